"""The pipeline: small registered stages that each read and extend one `PackContext`.

The registry runs them in this order (`stage_names()`; a test holds this line to it):

    extract -> agenda -> front_sheet -> documents -> tables -> minutes -> document_kinds

The tables and minutes stages live in their own modules and register themselves behind
`documents`; the minutes are read while page shards still look for tables (the minutes stage is
declared independent of that pending work). A stage is a plain function that calls extractors
and files what they return; `@stage(name, after=...)` registers it, the way spaCy registers
pipeline components, so a new capability plugs in without editing a list.
"""

from __future__ import annotations

import logging
import multiprocessing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Protocol

from agendapack.extractors import agenda as agenda_ex
from agendapack.extractors import documents as documents_ex
from agendapack.extractors import front_sheet as front_ex
from agendapack.extractors.documents import Segment
from agendapack.extractors.pdf.common import sha256_of
from agendapack.extractors.pdf.reader import PageReader, read_pages, with_fallback
from agendapack.extractors.pdf.types import PdfError, RawPage
from agendapack.extractors.text.layer import TextLayer, assemble_text_layer, build_text_layer
from agendapack.model import Pack, PrintedPage, SourceFile
from agendapack.pipeline.config import DEFAULT, Settings

if TYPE_CHECKING:
    from agendapack.pipeline.shards import Shards

log = logging.getLogger("agendapack")


class PendingResult(Protocol):
    """Work handed to other processes (a future): `result()` waits for it."""

    def result(self) -> Any: ...


@dataclass
class PackContext:
    path: Path
    settings: Settings
    layer: Optional[TextLayer] = None
    pack: Optional[Pack] = None
    segments: list[Segment] = field(default_factory=list)
    # the engine-neutral pages the text layer was built from (chars and rules; tables read them)
    raw_pages: list[RawPage] = field(default_factory=list)
    # or, for a long PDF read by several processes, those processes, which keep its pages
    shards: Optional["Shards"] = None
    # whether the raw pages must be read here and kept to the end (callers that draw a page)
    keep_pages: bool = True
    # work a stage handed to other processes: (future, apply) pairs, settled before any stage
    # that is not declared independent of them (`future.result()` waits for the work)
    pending: list[tuple[PendingResult, Callable[[PackContext, Any], None]]] = field(default_factory=list)

    @property
    def text(self) -> TextLayer:
        """The text layer, which the extract stage builds before any other stage runs."""
        if self.layer is None:
            raise RuntimeError("the extract stage must run first")
        return self.layer

    @property
    def record(self) -> Pack:
        """The pack record, which the extract stage starts and the other stages fill."""
        if self.pack is None:
            raise RuntimeError("the extract stage must run first")
        return self.pack

    def close(self) -> None:
        if self.shards is not None:
            self.shards.close()
            self.shards = None

    def settle(self) -> None:
        while self.pending:
            future, apply = self.pending.pop(0)
            apply(self, future.result())


StageFn = Callable[[PackContext], None]
_REGISTRY: dict[str, StageFn] = {}
_ORDER: list[str] = []
# stages that read the raw pages (characters and rules); once none is left to run, a parse that
# only wants the record lets the pages go: they are most of a parse's memory
_READS_PAGES: set[str] = set()
# stages that read none of the records pending work (`ctx.pending`) adds, so may run while it goes on
_INDEPENDENT: set[str] = set()


def stage(name: str, after: Optional[str] = None, reads_pages: bool = False, independent: bool = False):
    """Register a stage; `after` places it behind an existing stage (default: at the end);
    `reads_pages` says it reads `ctx.raw_pages`, not only the text layer and the record;
    `independent` that it reads only the text layer, agenda and documents, so it may run while
    work an earlier stage handed to other processes (`ctx.pending`) is still going."""

    def deco(fn: StageFn) -> StageFn:
        _REGISTRY[name] = fn
        for flag, names in ((reads_pages, _READS_PAGES), (independent, _INDEPENDENT)):
            if flag:
                names.add(name)
            else:
                names.discard(name)
        if name in _ORDER:
            _ORDER.remove(name)
        if after and after in _ORDER:
            _ORDER.insert(_ORDER.index(after) + 1, name)
        else:
            _ORDER.append(name)
        return fn

    return deco


def stage_names() -> list[str]:
    _load_plugins()
    return list(_ORDER)


def _load_plugins() -> None:
    # stages living in their own modules register themselves on import
    for mod in ("agendapack.pipeline.minutes_stage", "agendapack.pipeline.tables_stage"):
        try:
            __import__(mod)
        except ModuleNotFoundError as exc:
            if exc.name != mod:
                raise


# ---- text layer ------------------------------------------------------------------------------


def read_text_layer(path: str | Path, settings: Settings = DEFAULT) -> TextLayer:
    return build_text_layer(read_pages(path, engine=settings.engine))


# ---- stages ----------------------------------------------------------------------------------


def _read(ctx: PackContext, engine: str) -> TextLayer:
    """Read the PDF with `engine` into the text layer, keeping its pages here (`raw_pages`) or
    in shard processes (`shards`)."""
    settings = ctx.settings
    with PageReader(ctx.path, engine) as reader:
        total = reader.total
        if 0 < settings.max_pages < total:
            # before any page is read: a PDF this long would take minutes and its records be of no use
            raise PdfError(f"{total} pages, over the limit of {settings.max_pages} (settings max_pages / --max-pages)")
        # with one job a shard brings no speed, only memory that stays flat: worth it past a
        # shard's worth of pages
        least = settings.parallel_min_pages if settings.jobs > 1 else settings.shard_pages + 1
        # a daemonic process (a Dask worker's) may not start processes: it reads the pages itself
        sharded = not ctx.keep_pages and total >= least and not multiprocessing.current_process().daemon
        if not sharded:
            ctx.raw_pages = list(reader.pages())
            return build_text_layer(ctx.raw_pages)
    # a long PDF: shard processes read its pages, and keep them for the tables stage or, past
    # `jobs * shard_pages` pages, read them again for it (memory bounded by `jobs`)
    from agendapack.pipeline.shards import start_shards

    ctx.shards = start_shards(ctx.path, total, settings.jobs, engine, settings.shard_pages)
    try:
        return assemble_text_layer(ctx.shards.page_texts())
    except BaseException:
        ctx.close()  # before the file is read again with another engine
        raise


@stage("extract")
def extract_stage(ctx: PackContext) -> None:
    layer, warnings = with_fallback(ctx.settings.engine, lambda engine: _read(ctx, engine))
    ctx.layer = layer
    ctx.pack = Pack(
        source=SourceFile(
            file=ctx.path.name,
            sha256=sha256_of(ctx.path),
            pages=len(layer.pages),
            scanned_pages=layer.scanned_pages,
            blank_pages=layer.blank_pages,
            printed_pages=[
                PrintedPage(page=p.number, printed=p.printed_number) for p in layer.pages if p.printed_number
            ],
        )
    )
    ctx.pack.warnings += warnings
    scanned = layer.scanned_pages
    if scanned:
        if len(scanned) == len(layer.pages):
            ctx.pack.warnings.append(
                f"scanned: none of the {len(scanned)} pages has a text layer; OCR the file to extract records"
            )
        else:
            ctx.pack.warnings.append(
                f"scanned: {len(scanned)} of {len(layer.pages)} pages have no text layer (pages {_ranges(scanned)})"
            )


@stage("agenda")
def agenda_stage(ctx: PackContext) -> None:
    lines, announced = documents_ex.agenda_lines(ctx.text)
    if not lines:
        return
    candidates = agenda_ex.extract_agenda_items(lines)
    if len(candidates) <= 1:
        heading = documents_ex.agenda_heading(lines)
        if heading is not None:  # never silently: the pack says it has an agenda and at most one item was read
            read = "only one agenda item was" if candidates else "no agenda items were"
            ctx.record.warnings.append(f"agenda: heading {heading.text.strip()!r} on page {heading.page} but {read} read")
    if not candidates:
        return
    if not announced and not any(c.pages for c in candidates):
        return  # an unannounced numbered list is only an agenda when it cites page ranges
    ctx.record.agenda = agenda_ex.agenda_records(candidates, ctx.text)


@stage("front_sheet")
def front_sheet_stage(ctx: PackContext) -> None:
    layer = ctx.text
    text_pages = [p for p in layer.pages if p.lines][:2]
    if not text_pages:
        return
    lines = [ln for p in text_pages for ln in p.lines]
    ctx.record.meeting = front_ex.extract_meeting(lines, dayfirst=ctx.settings.dayfirst)


@stage("documents")
def documents_stage(ctx: PackContext) -> None:
    layer = ctx.text
    pack = ctx.record
    ctx.segments = documents_ex.segment_documents(layer, documents_ex.item_page_ranges(layer, pack.agenda))
    pack.documents = documents_ex.document_records(ctx.segments, layer)
    documents_ex.locate_stamped_items(pack.agenda, pack.documents)


@stage("document_kinds")
def document_kinds_stage(ctx: PackContext) -> None:
    """A paper that is a table (a forward plan, a work programme) is filed as kind "table",
    once the tables stage has found it; runs last, after every stage that adds records."""
    pack = ctx.record
    typed = {"action_plan", "forward_plan", "work_programme", "risk_register", "financial"}
    for doc in pack.documents:
        if doc.kind != "other":
            continue
        opening = [t for t in pack.tables if t.pages.first == doc.pages.first and t.kind in typed]
        if opening:
            doc.kind = "table"
            doc.title = doc.title or opening[0].title


# ---- running ---------------------------------------------------------------------------------


def run_stages(
    path: str | Path, settings: Settings = DEFAULT, stages: Optional[list[str]] = None, keep_pages: bool = True
) -> PackContext:
    """Run the stages over one PDF and keep everything they built (text layer, raw pages,
    segments) beside the record, for callers that draw or inspect the parse; with
    `keep_pages=False` the raw pages are dropped as soon as no stage left needs them."""
    ctx = PackContext(path=Path(path), settings=settings, keep_pages=keep_pages)
    names = stages or stage_names()
    try:
        for i, name in enumerate(names):
            if ctx.pack is None and name != "extract":
                raise RuntimeError("the extract stage must run first")
            if name != "extract" and not any(p.lines for p in ctx.text.pages):
                continue  # nothing to read on a fully scanned file
            if name not in _INDEPENDENT:
                ctx.settle()
            _REGISTRY[name](ctx)
            if not keep_pages and ctx.raw_pages and not _READS_PAGES.intersection(names[i + 1 :]):
                ctx.raw_pages = []
        ctx.settle()
    finally:
        ctx.close()
    return ctx


def parse_pack(path: str | Path, settings: Settings = DEFAULT, stages: Optional[list[str]] = None) -> Pack:
    """Parse one PDF into a validated `Pack` record. Raises `PdfError` on unreadable input."""
    # stages edit records in place; validating the finished record checks the contract once
    return Pack.model_validate(run_stages(path, settings, stages, keep_pages=False).record.model_dump())


def _ranges(numbers: list[int]) -> str:
    """Sorted page numbers as ranges: [1, 2, 3, 5] -> "1-3, 5"."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    return ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in runs)

"""Read a PDF into engine-neutral pages (`types.RawPage`): characters, ruling lines, images.

Two engines produce them, each in its own module and nowhere else (`engines` names them): PDFium
(`pdfium_engine`, the fast default) and pdfminer through pdfplumber (`pdfplumber_engine`, the
reference). Both hand their drawn paths to `common.rules_from_paths`, so ruling lines, fills and
marks are classified by one rule whichever engine read the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, TypeVar

from agendapack.extractors.pdf.common import check_header, reason
from agendapack.extractors.pdf.engines import FALLBACK, label, open_engine
from agendapack.extractors.pdf.types import EngineError, PdfError, RawPage

T = TypeVar("T")


class PageReader:
    """One open PDF: its page count and its pages read one by one.

    Opening parses the cross-reference table, so a caller that needs both the count and the
    pages keeps one reader rather than opening the file twice. `engine` is "pdfium" (fast) or
    "pdfplumber" (pdfminer, the reference the fast engine is tested against).
    """

    def __init__(self, path: str | Path, engine: str = "pdfium"):
        self.path = Path(path)
        self.engine = engine
        check_header(self.path)
        self._doc = open_engine(engine, self.path)
        self.total = self._doc.total
        if self.total == 0:
            self._doc.close()
            raise PdfError("no pages: the PDF has zero pages")

    def __enter__(self) -> "PageReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._doc.close()

    def pages(self, numbers: Optional[Iterable[int]] = None) -> Iterator[RawPage]:
        """The given physical pages (1-based; all when None), one at a time. A page the engine
        fails on raises `EngineError`: the file may be damaged, or the engine may be at fault."""
        for n in numbers if numbers is not None else range(1, self.total + 1):
            try:
                yield self._doc.page(n)
            except PdfError:
                raise
            except Exception as exc:
                raise EngineError(self.engine, n, reason(exc)) from None


def with_fallback(engine: str, read: Callable[[str], T]) -> tuple[T, list[str]]:
    """`read(engine)`, or, if that engine fails on the file (`EngineError`), `read` with the
    engine that stands in for it (`engines.FALLBACK`), and a warning saying so.

    The whole file is read again, not only the page that failed: every page then comes from one
    engine, and processes that each read a share of the pages all use the engine the parse
    chose. A file the other engine cannot read either fails with that engine's reason."""
    try:
        return read(engine), []
    except EngineError as exc:
        other = FALLBACK.get(exc.engine)
        if other is None:
            raise
        what = "open the file" if exc.page is None else f"read page {exc.page} ({exc.why})"
        return read(other), [f"{label(exc.engine)} could not {what}; read with {label(other)} instead"]


def read_pages(path: str | Path, numbers: Optional[Iterable[int]] = None, engine: str = "pdfium") -> list[RawPage]:
    """Read the given physical pages (1-based; all when None), with the fallback engine if
    `engine` fails on the file."""
    wanted = list(numbers) if numbers is not None else None

    def read(name: str) -> list[RawPage]:
        with PageReader(path, name) as reader:
            return list(reader.pages(wanted))

    return with_fallback(engine, read)[0]


def render_page(path: str | Path, number: int, resolution: int = 100):
    """A pdfplumber PageImage for drawing debug overlays (used by `agendapack inspect`)."""
    from agendapack.extractors.pdf.pdfplumber_engine import open_document

    check_header(Path(path))
    pdf = open_document(Path(path))
    page = pdf.pages[number - 1]
    return pdf, page.to_image(resolution=resolution)

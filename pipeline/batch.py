"""Parse many PDFs: one bad file never stops the batch nor loses another file's results."""

from __future__ import annotations

import logging
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from tqdm import tqdm

from extractors.pdf_reader import PdfError

from .config import DEFAULT, Settings
from .io import atomic_write_text, dumps_json
from .records import Pack
from .stages import parse_pack, slug

log = logging.getLogger("agendapack")


@dataclass
class Result:
    path: str
    output: Optional[str] = None
    error: Optional[str] = None
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None


def output_dir_for(pdf: str | Path, out_root: str | Path) -> Path:
    return Path(out_root) / slug(pdf)


def write_pack(pack: Pack, out_dir: Path, settings: Settings = DEFAULT) -> Path:
    """Write pack.json and, when `settings.table_files`, one CSV and Parquet file per table;
    every file atomically. The table files are written first so pack.json, which make watches,
    only appears once everything derived from it is in place."""
    from . import exports

    target = out_dir / "pack.json"
    if settings.table_files:
        exports.write_table_files(pack, out_dir)
    atomic_write_text(target, dumps_json(pack.model_dump(mode="json")))
    return target


def parse_one(pdf: str | Path, out_root: str | Path, settings: Settings = DEFAULT) -> Result:
    pdf = Path(pdf)
    try:
        pack = parse_pack(pdf, settings)
        target = write_pack(pack, output_dir_for(pdf, out_root), settings)
        return Result(str(pdf), output=str(target), warnings=tuple(pack.warnings))
    except PdfError as exc:
        return Result(str(pdf), error=str(exc))
    except Exception as exc:  # a parser bug on one file must not end the batch
        log.debug("internal error on %s\n%s", pdf, traceback.format_exc())
        first = str(exc).splitlines()[0] if str(exc) else ""
        return Result(str(pdf), error=f"internal error: {type(exc).__name__}: {first}"[:200])


def parse_files(
    pdfs: Iterable[str | Path], out_root: str | Path, settings: Settings = DEFAULT, progress: bool = True
) -> list[Result]:
    pdfs = [Path(p) for p in pdfs]
    results: list[Result] = []
    show = progress and sys.stderr.isatty() and len(pdfs) >= settings.progress_threshold
    bar = tqdm(total=len(pdfs), unit="pdf", disable=not show, desc="parsing", file=sys.stderr)
    if settings.jobs > 1 and len(pdfs) > 1:
        # several files: one process per file; each reads its own pages serially
        per_file = settings.with_(jobs=1, page_progress=False)
        with ProcessPoolExecutor(max_workers=settings.jobs) as pool:
            futures = {pool.submit(parse_one, p, out_root, per_file): p for p in pdfs}
            for fut in as_completed(futures):
                try:
                    results.append(fut.result())
                except Exception as exc:  # a worker that died (out of memory, signal)
                    results.append(Result(str(futures[fut]), error=f"worker failed: {type(exc).__name__}"))
                bar.update(1)
    else:
        for p in pdfs:
            bar.set_postfix_str(p.name[:40])
            results.append(parse_one(p, out_root, settings))
            bar.update(1)
    bar.close()
    order = {str(p): i for i, p in enumerate(pdfs)}
    return sorted(results, key=lambda r: order.get(r.path, 0))

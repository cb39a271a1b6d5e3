"""The PDF engines behind one interface, and the registry that names them.

An engine opens one PDF and reads its pages into `RawPage`s. Each lives in its own module, the
only place that touches its PDF library, and imports only `types` and `common`; the registry names
them by module, so an engine's library is imported only when that engine is chosen (pdfminer
through pdfplumber costs start-up time a PDFium parse does not need).
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import Protocol

from agendapack.extractors.pdf.types import RawPage


class Engine(Protocol):
    """One open PDF, as an engine reads it."""

    total: int  # pages

    def page(self, number: int) -> RawPage:
        """Physical page `number` (1-based)."""
        ...

    def close(self) -> None: ...


# name -> (module, class, name in messages): PDFium is the fast default, pdfminer (through
# pdfplumber) the reference the fast engine is tested against
ENGINES: dict[str, tuple[str, str, str]] = {
    "pdfium": ("agendapack.extractors.pdf.pdfium_engine", "PdfiumDocument", "PDFium"),
    "pdfplumber": ("agendapack.extractors.pdf.pdfplumber_engine", "PdfplumberDocument", "pdfplumber"),
}
# the engine that reads a file the named one fails on (`types.EngineError`): pdfminer is slower
# but parses what PDFium gives up on, and gives the same records
FALLBACK: dict[str, str] = {"pdfium": "pdfplumber"}


def open_engine(name: str, path: Path) -> Engine:
    """Open `path` with the engine called `name`."""
    try:
        module, cls, _ = ENGINES[name]
    except KeyError:
        raise ValueError(f"unknown PDF engine {name!r} (choose from {', '.join(ENGINES)})") from None
    engine: Engine = getattr(import_module(module), cls)(path)
    return engine


def label(name: str) -> str:
    """The engine's name as messages give it."""
    return ENGINES[name][2]

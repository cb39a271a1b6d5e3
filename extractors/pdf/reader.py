"""Read a PDF into engine-neutral pages (`types.RawPage`): characters, ruling lines, images.

Two engines produce them, each in its own module and nowhere else (`engines` names them): PDFium
(`pdfium_engine`, the fast default) and pdfminer through pdfplumber (`pdfplumber_engine`, the
reference). Both hand their drawn paths to `common.rules_from_paths`, so ruling lines, fills and
marks are classified by one rule whichever engine read the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Optional

from agendapack.extractors.pdf.common import check_header, reason
from agendapack.extractors.pdf.engines import open_engine
from agendapack.extractors.pdf.types import PdfError, RawPage


class PageReader:
    """One open PDF: its page count and its pages read one by one.

    Opening parses the cross-reference table, so a caller that needs both the count and the
    pages keeps one reader rather than opening the file twice. `engine` is "pdfium" (fast) or
    "pdfplumber" (pdfminer, the reference the fast engine is tested against).
    """

    def __init__(self, path: str | Path, engine: str = "pdfium"):
        self.path = Path(path)
        check_header(self.path)
        self._doc = open_engine(engine, self.path)
        self.total = self._doc.total
        if self.total == 0:
            self._doc.close()
            raise PdfError("PDF has no pages")

    def __enter__(self) -> "PageReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._doc.close()

    def pages(self, numbers: Optional[Iterable[int]] = None) -> Iterator[RawPage]:
        """The given physical pages (1-based; all when None), one at a time."""
        for n in numbers if numbers is not None else range(1, self.total + 1):
            try:
                yield self._doc.page(n)
            except PdfError:
                raise
            except Exception as exc:
                raise PdfError(f"damaged or truncated PDF (page {n}: {reason(exc)})") from None


def read_pages(path: str | Path, numbers: Optional[Iterable[int]] = None, engine: str = "pdfium") -> list[RawPage]:
    """Read the given physical pages (1-based; all when None)."""
    with PageReader(path, engine) as reader:
        return list(reader.pages(numbers))


def render_page(path: str | Path, number: int, resolution: int = 100):
    """A pdfplumber PageImage for drawing debug overlays (used by `agendapack inspect`)."""
    from agendapack.extractors.pdf.pdfplumber_engine import open_document

    check_header(Path(path))
    pdf = open_document(Path(path))
    page = pdf.pages[number - 1]
    return pdf, page.to_image(resolution=resolution)

"""Read pages through pdfminer, by way of pdfplumber: the reference engine.

Slower than PDFium (`pdfium_engine.py`) because pdfminer parses content streams in Python, but
it is the engine the project's extractors were first measured on; the fast engine is tested to
give the same records.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSEOF
from pdfplumber.utils.exceptions import PdfminerException

from agendapack.extractors.pdf.common import char_from_pdfminer, reason, rules_from_paths
from agendapack.extractors.pdf.types import PdfError, RawPage


def open_document(path: Path):
    try:
        return pdfplumber.open(path)
    except Exception as exc:  # pdfminer raises a zoo of types on damaged files
        # pdfplumber wraps what pdfminer raised
        inner = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise PdfError("encrypted PDF (password required)") from None
        if isinstance(inner, (PDFSyntaxError, PSEOF)):
            raise PdfError(f"damaged or truncated PDF ({reason(inner)})") from None
        raise PdfError(f"unreadable PDF ({reason(inner)})") from None


class PdfplumberDocument:
    """One open PDF read with pdfminer."""

    def __init__(self, path: Path):
        self._pdf = open_document(path)
        try:
            self.total = len(self._pdf.pages)
        except Exception as exc:
            try:
                self._pdf.close()
            except Exception:  # closing walks the pages again, and fails as they did
                pass
            raise PdfError(f"damaged or truncated PDF ({reason(exc)})") from None

    def close(self) -> None:
        self._pdf.close()

    def page(self, number: int) -> RawPage:
        page = self._pdf.pages[number - 1]
        try:
            return _read_page(page, number)
        finally:
            page.close()  # a read page's layout objects are not needed again: memory stays flat


def _read_page(page, number: int) -> RawPage:
    chars = [c for c in map(char_from_pdfminer, page.chars) if c is not None]
    raw = RawPage(number=number, width=round(float(page.width), 2), height=round(float(page.height), 2), chars=chars)
    lines = [[(p[0], p[1]) for p in ln["pts"]] for ln in page.lines]
    rects = [([(r["x0"], r["top"]), (r["x1"], r["bottom"])], bool(r.get("stroke"))) for r in page.rects]
    curves = [[(p[0], p[1]) for p in cv.get("pts") or []] for cv in page.curves]
    images = [(i["x0"], i["top"], i["x1"], i["bottom"]) for i in page.images]
    rules_from_paths(raw, lines, rects, [c for c in curves if c], images)
    return raw

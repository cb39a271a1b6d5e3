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
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSEOF, PSLiteral
from pdfminer.utils import decode_text
from pdfplumber.utils.exceptions import PdfminerException

from agendapack.extractors.pdf.common import (
    FormField,
    char_from_pdfminer,
    form_text,
    reason,
    rules_from_paths,
    with_typed,
)
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
    raw = RawPage(number=number, width=round(float(page.width), 2), height=round(float(page.height), 2),
                  chars=with_typed(chars, _filled_in(page)))
    lines = [[(p[0], p[1]) for p in ln["pts"]] for ln in page.lines]
    rects = [([(r["x0"], r["top"]), (r["x1"], r["bottom"])], bool(r.get("stroke"))) for r in page.rects]
    curves = [[(p[0], p[1]) for p in cv.get("pts") or []] for cv in page.curves]
    images = [(i["x0"], i["top"], i["x1"], i["bottom"]) for i in page.images]
    rules_from_paths(raw, lines, rects, [c for c in curves if c], images)
    return raw


def _string(value) -> str:
    value = resolve1(value)
    if isinstance(value, bytes):
        return decode_text(value)
    if isinstance(value, PSLiteral):
        name = value.name
        return name.decode("latin-1") if isinstance(name, bytes) else str(name)
    return str(value or "")


def _filled_in(page) -> list[FormField]:
    """What was typed in the page's form fields and free-text notes (`common.with_typed`)."""
    fields: list[FormField] = []
    try:
        annots = page.annots
    except Exception:  # a damaged /Annots array: the page's own text is still read
        return fields
    for annot in annots:
        data = annot.get("data") or {}
        subtype = _string(data.get("Subtype"))
        if subtype not in ("Widget", "FreeText"):
            continue
        appearance = resolve1(data.get("DA")) or b""
        appearance = appearance if isinstance(appearance, bytes) else str(appearance).encode("latin-1", "replace")
        value = _string(data.get("V" if subtype == "Widget" else "Contents"))
        text = form_text(value, appearance, int(resolve1(data.get("F")) or 0))
        if text is not None:
            box = (float(annot["x0"]), float(annot["top"]), float(annot["x1"]), float(annot["bottom"]))
            fields.append(FormField(text, box, appearance))
    return fields

"""A file that is not a readable PDF fails with one line naming the reason, the same line
whichever engine reads it (the CLI puts the file name in front)."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from agendapack.extractors.pdf.types import PdfError
from agendapack.pipeline.config import Settings
from agendapack.pipeline.stages import parse_pack

from .pdfbytes import pdf_bytes

ENGINES = ["pdfium", "pdfplumber"]


def _pdf(path, password=None):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for n in range(1, 40):
        pdf.cell(text=f"{n}. Minutes of the previous meeting")
        pdf.ln(6)
    if password:
        pdf.set_encryption(owner_password="owner", user_password=password)
    pdf.output(str(path))
    return path


def _zero_pages(path):
    path.write_bytes(pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    return path


def _truncated(path):
    whole = _pdf(path).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _text_file(path):
    path.write_text("these are not the minutes you are looking for\n")
    return path


def _empty(path):
    path.write_bytes(b"")
    return path


BAD = {
    "zero pages": (_zero_pages, "no pages: the PDF has zero pages"),
    "encrypted": (lambda p: _pdf(p, password="user"), "encrypted PDF (password required)"),
    "truncated": (_truncated, "damaged or truncated PDF (Unexpected EOF)"),
    "text file": (_text_file, "not a PDF (no %PDF- header)"),
    "empty": (_empty, "empty file (0 bytes)"),
}


def _error(path, engine: str) -> str:
    with pytest.raises(PdfError) as caught:
        parse_pack(path, Settings(engine=engine, jobs=1, spacy_model="blank"))
    return str(caught.value)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("kind", BAD)
def test_a_bad_file_fails_with_one_line_naming_the_reason(tmp_path, kind, engine):
    make, message = BAD[kind]
    assert _error(make(tmp_path / "bad.pdf"), engine) == message


@pytest.mark.parametrize("engine", ENGINES)
def test_the_reason_is_not_the_one_of_the_file_before(tmp_path, engine):
    # PDFium keeps its last error code across files, and fails to load a PDF without pages
    # without setting one
    assert _error(_pdf(tmp_path / "locked.pdf", password="user"), engine) == "encrypted PDF (password required)"
    assert _error(_zero_pages(tmp_path / "zero.pdf"), engine) == "no pages: the PDF has zero pages"
    assert _error(_truncated(tmp_path / "cut.pdf"), engine) == "damaged or truncated PDF (Unexpected EOF)"

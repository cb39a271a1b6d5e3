"""A file the fast engine (PDFium) fails on is read by the reference engine (pdfplumber) instead,
the whole file, in one process or in page shards, and the record says so in its warnings; a file
neither engine can read fails with one line naming the reason."""

from __future__ import annotations

import multiprocessing

import pypdfium2
import pytest
from fpdf import FPDF

from agendapack.extractors.pdf import pdfium_engine, pdfplumber_engine
from agendapack.extractors.pdf.reader import PageReader, read_pages
from agendapack.extractors.pdf.types import EngineError, PdfError
from agendapack.pipeline.config import Settings
from agendapack.pipeline.stages import parse_pack, run_stages

needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="the failure is injected into forked shard processes")

ONE = Settings(engine="pdfium", jobs=1, spacy_model="blank")
# every file of two pages or more is read by page shards
SHARDED = Settings(engine="pdfium", jobs=2, parallel_min_pages=2, spacy_model="blank")
READ_WITH_PDFPLUMBER = "PDFium could not read page 2 (unknown operator); read with pdfplumber instead"


@pytest.fixture
def minutes(tmp_path):
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for n in range(1, 5):
        pdf.add_page()
        pdf.cell(text=f"Minutes of the Finance Committee, page {n}")
        pdf.ln(10)
        pdf.cell(text=f"{n}. Budget monitoring report - agreed")
    path = tmp_path / "minutes.pdf"
    pdf.output(str(path))
    return path


@pytest.fixture
def pdfium_fails_on_page_2(monkeypatch):
    read = pdfium_engine.PdfiumDocument.page

    def page(self, number):
        if number == 2:
            raise ValueError("unknown operator")
        return read(self, number)

    monkeypatch.setattr(pdfium_engine.PdfiumDocument, "page", page)


def _record(pdf, settings):
    return parse_pack(pdf, settings).model_dump(mode="json")


def _text(pdf, settings) -> list[set[str]]:
    """Each page's lines as the parse read them (running headers and footers too)."""
    layer = run_stages(pdf, settings, stages=["extract"], keep_pages=False).text
    return [{line.text for line in page.furniture + page.lines} for page in layer.pages]


def test_a_page_pdfium_fails_on_is_an_engine_error(minutes, pdfium_fails_on_page_2):
    with PageReader(minutes, "pdfium") as reader, pytest.raises(EngineError) as caught:
        list(reader.pages())
    assert (caught.value.engine, caught.value.page) == ("pdfium", 2)
    assert str(caught.value) == "damaged or truncated PDF (page 2: unknown operator)"


@pytest.mark.parametrize("settings", [ONE, pytest.param(SHARDED, marks=needs_fork)], ids=["one process", "shards"])
def test_a_file_pdfium_fails_on_is_read_with_pdfplumber_and_the_record_warns(minutes, pdfium_fails_on_page_2, settings):
    reference = _record(minutes, settings.with_(engine="pdfplumber"))
    record = _record(minutes, settings)
    assert record["warnings"] == [READ_WITH_PDFPLUMBER]
    assert {**record, "warnings": []} == reference
    assert _text(minutes, settings)[1] == {"Minutes of the Finance Committee, page 2", "2. Budget monitoring report - agreed"}
    assert multiprocessing.active_children() == []


def test_read_pages_falls_back_too(minutes, pdfium_fails_on_page_2):
    pages = read_pages(minutes)
    assert [p.number for p in pages] == [1, 2, 3, 4]
    assert pages == read_pages(minutes, engine="pdfplumber")


def test_a_file_pdfium_cannot_open_is_read_with_pdfplumber(minutes, monkeypatch):
    def fail(*args, **kwargs):
        # what PDFium says when it sets no error code of its own
        raise pypdfium2.PdfiumError("Failed to load document (PDFium: Success).")

    monkeypatch.setattr(pdfium_engine.pdfium, "PdfDocument", fail)
    record = _record(minutes, ONE)
    assert record["warnings"] == ["PDFium could not open the file; read with pdfplumber instead"]
    assert {**record, "warnings": []} == _record(minutes, ONE.with_(engine="pdfplumber"))


@pytest.mark.parametrize("settings", [ONE, pytest.param(SHARDED, marks=needs_fork)], ids=["one process", "shards"])
def test_a_page_neither_engine_reads_fails_the_file_with_one_line(minutes, pdfium_fails_on_page_2, monkeypatch, settings):
    def broken(self, number):
        raise KeyError("Length")

    monkeypatch.setattr(pdfplumber_engine.PdfplumberDocument, "page", broken)
    with pytest.raises(PdfError, match=r"^damaged or truncated PDF \(page \d: KeyError 'Length'\)$"):
        parse_pack(minutes, settings)
    assert multiprocessing.active_children() == []

"""A notice template filled in a PDF viewer: what was typed sits in form fields and free-text notes,
not in the page content, yet a reader sees it. Both engines read it into the page's text, the
same way (invented one-page form written byte by byte; the corpus's Chicago district council
agenda is such a form)."""

from __future__ import annotations

import pytest

from agendapack.extractors.pdf.reader import read_pages
from agendapack.extractors.text.layer import build_text_layer
from agendapack.pipeline.stages import parse_pack

from .pdfbytes import pdf_bytes

CONTENT = b"""BT /F1 14 Tf 150 760 Td (NOTICE OF NEIGHBOURHOOD BOARD MEETING) Tj ET
BT /F1 11 Tf 72 730 Td (Notice is given that Board ______ will meet.) Tj ET
BT /F1 11 Tf 72 700 Td (Date/Time:) Tj ET
BT /F1 11 Tf 72 680 Td (Location:) Tj ET
BT /F1 11 Tf 72 640 Td (1.  Approval of minutes of February 3, 2026) Tj ET
BT /F1 11 Tf 72 620 Td (2.  Public comment) Tj ET
"""


def _widget(rect: bytes, value: bytes, appearance: bytes = b"/Helv 12 Tf 0 g", extra: bytes = b"") -> bytes:
    return (b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /Rect [" + rect + b"] /V " + value
            + b" /DA (" + appearance + b") /P 3 0 R " + extra + b">>")


ANNOTS = [
    _widget(b"199 726 240 740", b"(7)", b"/Helv 9 Tf 0 g"),                     # over the blank
    _widget(b"150 695 350 711", b"(March 3, 630pm)"),
    _widget(b"150 675 230 691", b"(Oak Hall, )"),
    b"<< /Type /Annot /Subtype /FreeText /Rect [230 675 330 691] /Contents (12 Mill Road) /DA (/Helv 12 Tf 0 g) >>",
    _widget(b"400 695 411 706", b"/On", b"/ZaDb 0 Tf 0 g", b"/FT /Btn "),       # a tick box
    _widget(b"400 600 500 612", b"(NOT SHOWN)", extra=b"/F 2 "),               # a hidden field
]


@pytest.fixture(scope="module")
def form_pdf(tmp_path_factory):
    first = 6  # object number of the first annotation
    refs = b" ".join(b"%d 0 R" % (first + i) for i in range(len(ANNOTS)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [" + refs + b"] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >>"
        b" /Annots [" + refs + b"] >>",
        b"<< /Length %d >>\nstream\n" % len(CONTENT) + CONTENT + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *ANNOTS,
    ]
    path = tmp_path_factory.mktemp("form") / "filled-notice.pdf"
    path.write_bytes(pdf_bytes(objects))
    return path


def _line_texts(path, engine):
    return [ln.text for p in build_text_layer(read_pages(path, engine=engine)).pages for ln in p.lines]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_typed_values_join_their_labels_lines(form_pdf, engine):
    lines = _line_texts(form_pdf, engine)
    assert "Date/Time: March 3, 630pm" in lines
    assert "Location: Oak Hall, 12 Mill Road" in lines
    # the typed number covers the blank's underscores instead of sitting among them
    assert "Notice is given that Board 7 will meet." in lines
    text = "\n".join(lines)
    assert "NOT SHOWN" not in text and "On" not in text.split()


def test_both_engines_lay_the_typed_text_out_alike(form_pdf):
    typed = [[c for c in read_pages(form_pdf, engine=e)[0].chars if c.fontname == "FormField"]
             for e in ("pdfium", "pdfplumber")]
    assert typed[0] and typed[0] == typed[1]


def test_the_meeting_is_read_from_the_filled_form(form_pdf):
    meeting = parse_pack(form_pdf).meeting
    assert (meeting.date, meeting.start_time, meeting.venue) == ("2026-03-03", "18:30", "Oak Hall, 12 Mill Road")


def test_chicago_district_council_form(corpus):
    # values read in a viewer: "Date/Time: June 6, 530pm", the venue typed partly in a field and
    # partly in a free-text note, the minutes date in item 3
    pack = parse_pack(corpus / "agendas/chicago_police-district-council-001_2023-06-06_agenda.pdf")
    assert (pack.meeting.date, pack.meeting.start_time) == ("2023-06-06", "17:30")
    assert pack.meeting.venue == "Maggie Daley Fieldhouse, 337 E Randolph St"
    assert pack.agenda[2].title == "Approval of minutes from meeting date: May 9, 2023"

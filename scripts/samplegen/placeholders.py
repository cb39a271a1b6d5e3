"""Pages that stand in for content: a restricted document's notice and the even-page padding."""

from __future__ import annotations

from .pdf import FONT, SamplePDF


def render_restricted(pdf: SamplePDF):
    pdf.set_y(120)
    pdf.set_font(FONT, "B", 20)
    pdf.cell(0, 12, "Document is Restricted", align="C")


def blank_page(pdf: SamplePDF):
    pdf.add_page("P")
    pdf.set_y(pdf.h / 2 - 5)
    pdf.set_font(FONT, "", 11)
    pdf.cell(0, 10, "This page is intentionally left blank", align="C")

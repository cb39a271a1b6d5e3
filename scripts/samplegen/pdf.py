"""The PDF layer: a deterministic FPDF base, the samples' page furniture and text helpers."""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .content.meeting import COUNCIL

FONT = "Helvetica"
MARGIN = 18.0  # left / right / top margin, mm
BOTTOM = 20.0  # bottom margin (the "Page N" footer sits inside it)

# A paragraph that starts with BULLET gets a hanging indent from wrap(), so the content writes
# bulleted lists in table cells as lines starting with it.
BULLET = "\u2022 "


class FixedPDF(FPDF):
    """A4 portrait whose bytes depend only on what is drawn: fixed creation date and metadata."""

    def __init__(self, created: dt.datetime, creator: str, title: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"  # bullets and dashes in the core fonts
        self.set_creation_date(created)
        self.set_creator(creator)
        self.set_producer("fpdf2")
        self.set_title(title)


class SamplePDF(FixedPDF):
    """A sample document: "Page N" footers from a given physical page and an optional running header."""

    def __init__(self, created: dt.datetime, title: str, running_header: str | None = None):
        super().__init__(created, "agendapack scripts/make_samples.py", title)
        self.numbered_from: int | None = None
        self.running_header = running_header
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=BOTTOM)
        self.set_author(f"{COUNCIL} (fictional sample)")

    def printed(self, physical: int) -> int | None:
        """The "Page N" of a physical page; None before the numbering starts (front sheet, agenda)."""
        if self.numbered_from is None or physical < self.numbered_from:
            return None
        return physical - self.numbered_from + 1

    def header(self):
        if self.running_header:
            self.set_font(FONT, "I", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 8)
            self.cell(0, 4, self.running_header, align="R")
            self.set_text_color(0, 0, 0)
            self.set_xy(self.l_margin, self.t_margin)

    def footer(self):
        n = self.printed(self.page_no())
        if n is not None:
            self.set_y(-13)
            self.set_font(FONT, "", 9)
            self.cell(0, 5, f"Page {n}", align="C")


def usable_width(pdf: FPDF) -> float:
    return pdf.w - pdf.l_margin - pdf.r_margin


def ensure_space(pdf: FPDF, h: float) -> None:
    if pdf.get_y() + h > pdf.h - BOTTOM:
        pdf.add_page(same=True)


def para(pdf, text, size=10.5, style="", indent=0.0, lh=None, after=2.0, align="L"):
    pdf.set_font(FONT, style, size)
    lh = lh or size * 0.47
    ensure_space(pdf, lh * 2)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(usable_width(pdf) - indent, lh, text, align=align,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


def labelled(pdf, label, text, label_w=10.0, indent=0.0, size=10.5, style="", label_style=None,
             after=2.0):
    """A paragraph with a hanging label ("1.", "16.", bullet)."""
    lh = size * 0.47
    pdf.set_font(FONT, style, size)
    ensure_space(pdf, lh * 2)
    pdf.set_x(pdf.l_margin + indent)
    pdf.set_font(FONT, style if label_style is None else label_style, size)
    pdf.cell(label_w, lh, label)
    pdf.set_font(FONT, style, size)
    pdf.multi_cell(usable_width(pdf) - indent - label_w, lh, text,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


def stamp(pdf, text):
    """'Agenda Item N' (or 'Appendix A') at the top right of a document's first page."""
    pdf.set_font(FONT, "B", 12)
    w = pdf.get_string_width(text) + 6
    pdf.set_xy(pdf.w - pdf.r_margin - w, 9)
    pdf.cell(w, 7, text, border=1, align="C")
    pdf.set_xy(pdf.l_margin, max(pdf.t_margin, 22))


def wrap(pdf, text, width):
    """Word-wrap text for the current font. Returns [(x_offset, line)].

    Paragraphs are separated by newlines; a paragraph starting with a bullet gets a hanging
    indent so that its continuation lines line up with the text after the bullet.
    """
    out = []
    for paragraph in text.split("\n"):
        offset = pdf.get_string_width(BULLET) if paragraph.startswith(BULLET) else 0.0
        words = paragraph.split(" ")
        line = ""
        first = True
        for word in words:
            cand = word if not line else line + " " + word
            avail = width - (0.0 if first else offset)
            if pdf.get_string_width(cand) <= avail or not line:
                # hard-break a single word longer than the cell
                while pdf.get_string_width(cand) > avail and len(cand) > 1:
                    cut = len(cand)
                    while cut > 1 and pdf.get_string_width(cand[:cut]) > avail:
                        cut -= 1
                    out.append((0.0 if first else offset, cand[:cut]))
                    first = False
                    cand = cand[cut:]
                    avail = width - offset
                line = cand
            else:
                out.append((0.0 if first else offset, line))
                first = False
                line = word
        out.append((0.0 if first else offset, line))
    return out


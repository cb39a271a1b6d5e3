"""The pack's agenda, with each item's printed page range."""

from __future__ import annotations

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .content.meeting import AGENDA, PART2_NOTE
from .pdf import FONT, SamplePDF, ensure_space, para, usable_width, wrap

NUMBER_W = 12.0  # the item number column, mm
PAGES_W = 24.0  # the right-hand column a trailing page range is printed in, mm


def title_width(pdf: FPDF) -> float:
    return usable_width(pdf) - NUMBER_W - PAGES_W


def render_agenda(pdf: SamplePDF, ranges: dict):
    """The agenda; ranges maps item number -> (first, last) printed pages."""
    pdf.add_page("P")
    pdf.set_font(FONT, "B", 18)
    pdf.cell(0, 10, "Agenda", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    title_w = title_width(pdf)
    lh = 5.4
    for entry in AGENDA:
        if "heading" in entry:
            pdf.ln(2)
            ensure_space(pdf, 20)
            pdf.set_font(FONT, "B", 12)
            pdf.cell(0, 7, entry["heading"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if entry["heading"].startswith("Part 2"):
                para(pdf, PART2_NOTE, size=9.5, after=2)
            pdf.ln(1)
            continue
        pdf.set_font(FONT, "", 11)
        lines = wrap(pdf, entry["title"], title_w)
        rng = ranges.get(entry["number"])
        style = entry.get("style")
        n_lines = len(lines) + (1 if rng and style == "bracketed" else 0)
        ensure_space(pdf, n_lines * lh + 3)
        y0 = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y0)
        pdf.cell(NUMBER_W, lh, entry["number"])
        for i, (_, line) in enumerate(lines):
            pdf.set_xy(pdf.l_margin + NUMBER_W, y0 + i * lh)
            pdf.cell(title_w, lh, line)
        y = y0 + len(lines) * lh
        if rng:
            text = f"{rng[0]} - {rng[1]}"
            if style == "trailing":
                pdf.set_xy(pdf.l_margin + NUMBER_W + title_w, y0 + (len(lines) - 1) * lh)
                pdf.cell(PAGES_W, lh, text, align="R")
            else:
                pdf.set_xy(pdf.l_margin + NUMBER_W, y)
                pdf.cell(title_w, lh, f"(Pages {text})")
                y += lh
        pdf.set_xy(pdf.l_margin, y + 3.5)

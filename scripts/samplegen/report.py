"""The officer report, agenda item 6."""

from __future__ import annotations

from fpdf.enums import XPos, YPos

from .content.meeting import BODY
from .content.report import REPORT
from .pdf import BULLET, FONT, SamplePDF, ensure_space, labelled, para


def render_report(pdf: SamplePDF):
    r = REPORT
    pdf.set_font(FONT, "B", 13)
    pdf.multi_cell(0, 6.5, r["title"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    rows = [("Committee name", BODY), ("Officer reporting", f"{r['contact_officer']}, Director of "
                                                              "Children's Services"),
            ("Papers with report", r["papers_with_report"]), ("Ward", "All")]
    pdf.set_font(FONT, "", 10)
    for label, value in rows:
        pdf.set_font(FONT, "B", 10)
        pdf.multi_cell(45, 5.5, label, border=1, new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_font(FONT, "", 10)
        pdf.multi_cell(0, 5.5, value, border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    para(pdf, f"Contact Officer: {r['contact_officer']}", style="B", after=0.5)
    para(pdf, f"Telephone: {r['telephone']}", after=5)

    def section(title):
        pdf.ln(1)
        ensure_space(pdf, 18)
        para(pdf, title, size=11, style="B", after=2)

    section("REASON FOR ITEM")
    para(pdf, r["reason"], after=3)
    section("OPTIONS AVAILABLE TO THE COMMITTEE")
    for line in r["options"]:
        if line.startswith(BULLET):
            labelled(pdf, "\u2022", line[len(BULLET):], label_w=6, indent=4, after=1)
        else:
            para(pdf, line, after=1.5)
    pdf.ln(2)
    section("INFORMATION")
    n = 0
    for sub, text in r["information"]:
        if sub:
            para(pdf, sub, style="BI", after=1.5)
        else:
            n += 1
            labelled(pdf, f"{n}.", text, label_w=9, after=2.5)
    section("FINANCIAL IMPLICATIONS")
    para(pdf, r["financial"], after=3)
    section("LEGAL IMPLICATIONS")
    para(pdf, r["legal"], after=3)
    section("BACKGROUND PAPERS")
    para(pdf, r["background_papers"], after=3)

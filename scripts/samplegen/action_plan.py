"""The improvement plan: Appendix A in the pack, and on its own as version 2."""

from __future__ import annotations

from fpdf.enums import XPos, YPos

from .content.action_plan import WORKSTREAMS
from .content.meeting import COUNCIL
from .pdf import FONT, SamplePDF, ensure_space, para, stamp
from .table import Table


def plan_rows_for_table(rows):
    return [{"cells": [r["ref"], r["action"], r["lead"], r["start"], r["end"], r["progress"],
                       r["measures"], r["targets"]]} for r in rows]


PLAN_REL_WIDTHS = [11, 56, 30, 18, 18, 68, 40, 32]


def plan_header(ws, version):
    return [
        [("Action / Process", 6), ("Improvement Targets and Outcomes", 2)],
        [("Ref", 1), ("Action", 1), ("Lead", 1), ("Start Date", 1), ("End Date", 1),
         (ws["progress_header"][version], 1), (ws["measures_header"], 1), ("Key Targets", 1)],
    ]


def plan_columns(ws, version):
    return [t for t, _ in plan_header(ws, version)[1]]


def render_action_plan(pdf: SamplePDF, rows, version, updated_text, stamp_text=None):
    """Render the work-stream tables.

    Returns the physical pages of each row by ref, per work stream what its table looks like and
    where it is, and how many rows split across a page break.
    """
    if stamp_text:
        stamp(pdf, stamp_text)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 6, COUNCIL, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 15)
    pdf.cell(0, 8, "Children and Young People's Services Improvement Plan 2025-26",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 10.5)
    pdf.cell(0, 6, f"Published March 2025 / Updated {updated_text}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    para(pdf, "This plan sets out the actions the Council and its partners are taking in response to the "
              "Ofsted inspection of January 2025. Progress is reviewed monthly by the Improvement Board and "
              "reported quarterly to Cabinet and the Children and Young People Policy Overview Committee.",
         size=9.5, after=3)

    row_pages, ws_info = {}, []
    splits = 0
    for ws in WORKSTREAMS:
        ws_rows = [r for r in rows if r["ws"] == ws["number"]]
        table = Table(pdf, PLAN_REL_WIDTHS, plan_header(ws, version))
        ensure_space(pdf, 9 + table.min_start_height())
        pdf.ln(1.5)
        pdf.set_font(FONT, "B", 11)
        heading = f"Work stream {ws['number']}: {ws['name']}"
        pdf.cell(0, 7, heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        heading_page = pdf.page
        table.draw_header()
        pages = table.draw_rows(plan_rows_for_table(ws_rows))
        splits += table.splits
        for r, p in zip(ws_rows, pages):
            row_pages[r["ref"]] = p
        ws_info.append({"number": ws["number"], "name": ws["name"], "heading": heading,
                        "heading_page": heading_page, "columns": plan_columns(ws, version),
                        "header_groups": ["Action / Process", "Improvement Targets and Outcomes"],
                        "pages": table.pages, "row_count": len(ws_rows)})
        pdf.ln(5)
    return row_pages, ws_info, splits

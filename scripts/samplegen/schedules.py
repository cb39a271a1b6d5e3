"""The schedules of future business: the Cabinet forward plan (item 7) and the work programme (item 8).

Each renderer returns its rows as ground truth, with the physical pages every row was drawn on.
"""

from __future__ import annotations

from fpdf.enums import XPos, YPos

from .content.meeting import BODY
from .content.schedules import FORWARD_PLAN, FORWARD_PLAN_COLUMNS, WORK_PROGRAMME
from .pdf import FONT, SamplePDF, para
from .table import Table


def render_forward_plan(pdf: SamplePDF):
    pdf.set_font(FONT, "B", 14)
    pdf.cell(0, 8, "CABINET FORWARD PLAN", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 10)
    para(pdf, "The Forward Plan lists the key decisions and other matters to be taken by the Cabinet or by "
              "individual Cabinet Members over the coming months. Private decisions are marked with the "
              "paragraph of Schedule 12A to the Local Government Act 1972 under which they are exempt.",
         size=9.5, after=3)
    table = Table(pdf, [42, 62, 24, 18, 30, 26, 34, 13, 18],
                  [[(c, 1) for c in FORWARD_PLAN_COLUMNS]], font_size=8.5, lh=3.9)
    table.draw_header()
    rows, meta = [], []
    for group, items in FORWARD_PLAN:
        rows.append({"group": group})
        meta.append(None)
        for cells in items:
            rows.append({"cells": cells})
            meta.append((group, cells))
    pages = table.draw_rows(rows)
    out = []
    for m, p in zip(meta, pages):
        if m:
            group, cells = m
            rec = {"group": group}
            rec.update({c: v for c, v in zip(FORWARD_PLAN_COLUMNS, cells)})
            rec["physical_pages"] = p
            out.append(rec)
    return out, table.pages


def render_work_programme(pdf: SamplePDF):
    pdf.set_font(FONT, "B", 14)
    pdf.cell(0, 8, "WORK PROGRAMME 2025/26", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 6, BODY, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    para(pdf, "Meetings start at 7.00 pm unless otherwise stated. Rooms are at the Civic Centre. "
              "The Committee is asked to note the programme and to suggest any changes.", size=10, after=4)
    table = Table(pdf, [38, 30, 106], [[("Meeting Date", 1), ("Room", 1), ("Item", 1)]],
                  font_size=10, lh=5.0, pad=1.8)
    table.draw_header()
    pages = table.draw_rows([{"cells": [d, room, "\n".join(items)]} for _, d, room, items in WORK_PROGRAMME])
    out = []
    for (iso, d, room, items), p in zip(WORK_PROGRAMME, pages):
        out.append({"date": iso, "date_text": d, "room": room, "items": items, "physical_pages": p})
    return out, table.pages

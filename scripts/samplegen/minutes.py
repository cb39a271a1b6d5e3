"""Minutes of the previous meeting, agenda item 5."""

from __future__ import annotations

from fpdf.enums import XPos, YPos

from .content.meeting import MEETING
from .content.minutes import MINUTE_ITEMS, MINUTES
from .pdf import FONT, SamplePDF, ensure_space, labelled, para


def render_minutes(pdf: SamplePDF):
    m = MINUTES
    pdf.set_font(FONT, "B", 16)
    pdf.cell(0, 9, "Minutes", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 12)
    pdf.multi_cell(0, 6, m["body"].upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 11)
    pdf.cell(0, 6, m["date_text"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    para(pdf, f"Meeting held at {m['venue']}", after=4)

    def and_join(parts):
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]

    present = [f"{n} ({r})" if r else n for n, r in m["present"]]
    para(pdf, "Committee Members Present: Councillors " + and_join(present) + ".", after=3)
    para(pdf, "Co-opted Members Present: " + and_join([n for n, _ in m["co_opted_present"]]) + ".", after=3)
    para(pdf, "Also Present: Councillor " + and_join([f"{n} ({r})" for n, r in m["also_present"]]) + ".",
         after=3)
    para(pdf, "Officers Present: " + and_join([f"{n} ({r})" for n, r in m["officers"]]) + ".", after=5)

    for item in MINUTE_ITEMS:
        ensure_space(pdf, 30)
        heading = f"{item['title']} (Agenda Item {item['agenda_item']})"
        labelled(pdf, f"{item['number']}.", heading, label_w=12, size=10.5, style="B", after=2.5)
        for text in item["paras"]:
            para(pdf, text, indent=12, after=2.5)
        if item["resolutions"]:
            if item.get("resolved_style") == "single":
                pdf.set_font(FONT, "B", 10.5)
                para(pdf, "Resolved: That " + item["resolutions"][0], indent=12, after=4)
            else:
                para(pdf, "Resolved: That:", indent=12, style="B", after=1.5)
                for i, clause in enumerate(item["resolutions"], 1):
                    labelled(pdf, f"{i}.", clause, label_w=8, indent=12, after=1.5)
                pdf.ln(3)
        else:
            pdf.ln(1.5)
    pdf.ln(4)
    para(pdf, m["closing"], after=6)
    para(pdf, "These are the minutes of the above meeting. For more information on any of the resolutions "
              f"please contact {MEETING['contact']['name']} on {MEETING['contact']['phone']}. Circulation "
              "of these minutes is to Councillors, Officers, the Press and Members of the Public.",
         size=9, style="I")

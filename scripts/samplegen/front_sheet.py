"""The pack's unnumbered front matter: the front sheet and the visitor information page."""

from __future__ import annotations

from fpdf.enums import XPos, YPos

from .content.meeting import BODY, CO_OPTEES, COUNCIL, COUNCILLORS, MEETING
from .pdf import FONT, SamplePDF, para


def render_front_sheet(pdf: SamplePDF):
    pdf.add_page("P")
    pdf.set_font(FONT, "B", 11)
    pdf.set_text_color(0, 70, 120)
    pdf.cell(0, 6, COUNCIL.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font(FONT, "B", 22)
    pdf.multi_cell(0, 10, BODY, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    def field(label, lines, style=""):
        pdf.set_font(FONT, "B", 11)
        pdf.cell(34, 6, label)
        pdf.set_font(FONT, style, 11)
        x = pdf.get_x()
        for line in lines:
            pdf.set_x(x)
            pdf.cell(0, 6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)

    field("Date:", [MEETING["date_text"]], "B")
    field("Time:", [MEETING["time_text"]], "B")
    field("Venue:", MEETING["venue_lines"], "B")
    field("Meeting Details:", ["Members of the public and press are welcome to attend this meeting.",
                               "This agenda is available online at:"])
    pdf.set_font(FONT, "", 9)
    pdf.set_x(pdf.l_margin + 34)
    pdf.cell(0, 5, MEETING["url"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    pdf.set_font(FONT, "B", 12)
    pdf.cell(0, 7, "Councillors on the Committee", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 11)
    for name, role in COUNCILLORS:
        pdf.cell(0, 5.6, f"{name} ({role})" if role else name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 6, "Co-opted Members", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 11)
    for name, role in CO_OPTEES:
        pdf.cell(0, 5.6, f"{name}, {role}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)

    pdf.set_font(FONT, "", 11)
    pdf.cell(0, 6, f"Published: {MEETING['published_text']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    c = MEETING["contact"]
    pdf.cell(0, 6, f"Contact: {c['name']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, f"Tel: {c['phone']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, f"Email: {c['email']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font(FONT, "I", 9)
    pdf.multi_cell(0, 4.5, "Putting our residents first\nChief Executive, Borough of Eastbrook, Civic Centre, "
                           "Market Street, Eastbrook EB1 2QA", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def render_visitor_info(pdf: SamplePDF):
    pdf.add_page("P")
    pdf.set_font(FONT, "B", 14)
    pdf.cell(0, 8, "Useful information for residents and visitors", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    sections = [
        ("Travel and parking", "Bus routes 14, 27 and 61 stop outside the Civic Centre. Eastbrook railway "
         "station is a ten minute walk away. Limited visitor parking is available in the Civic Centre car "
         "park off Station Approach; please tell reception your car registration on arrival."),
        ("Accessibility", "The Committee Rooms are on the first floor and can be reached by lift. An "
         "induction loop system is available for the hearing impaired. Please ask Democratic Services if "
         "you need any other help to attend."),
        ("Attending, reporting and filming of meetings", "Members of the public and press may report on "
         "this meeting, including by filming or recording, provided that this does not disrupt the meeting. "
         "Please let the clerk know before the meeting starts if you intend to film."),
        ("Emergency procedures", "If the fire alarm sounds, please leave the building by the nearest exit "
         "and follow the stewards to the assembly point in Market Square. Do not use the lifts."),
    ]
    for head, text in sections:
        para(pdf, head, size=11, style="B", after=1)
        para(pdf, text, after=4)

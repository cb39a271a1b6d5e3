"""An Irish county council's Municipal District: the March monthly meeting.

Fictional throughout: Ballinmore County Council (Comhairle Contae Bhaile an Mhóir) and its
Carrigdrum Municipal District. Printed the way Irish councils print them: the agenda is a
letter from the Meetings Administrator to each member with the "Clár / Agenda" below it
(numbered items, lettered correspondence and notices of motion); the minutes carry minute
numbers of the form "CMD/31/25" in a left-hand column, a Present / Officials Present /
Apologies block, "On the proposal of Cllr X, seconded by Cllr Y, it was resolved ..." and
"Proposed by ..., Seconded by ... and agreed" decisions, a recorded vote on a notice of motion
and a signature block for the Cathaoirleach.

The printed text and the expected records are built from the same data below, so they agree.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

COUNCIL_SLUG = "ballinmore-cc"
BODY_SLUG = "carrigdrum-md"
DATE = "2025-03-11"
BODY = "Carrigdrum Municipal District"
COUNCIL_EN = "BALLINMORE COUNTY COUNCIL"
COUNCIL_GA = "COMHAIRLE CONTAE BHAILE AN MHÓIR"
ADDRESS = ["Civic Offices", "Main Street", "Carrigdrum", "Co. Ballinmore", "R99 C4D2"]
PHONE = "(099) 900 0142"
EMAIL = "carrigdrummd@ballinmorecoco.ie"
WEB = "www.ballinmorecoco.ie"
ADMIN = "Niamh Tobin"
ADMIN_TITLE = "Meetings Administrator"

# --------------------------------------------------------------------------------------------
# Agenda content
# --------------------------------------------------------------------------------------------

MOTION_MURTAGH = (
    "That Carrigdrum Municipal District calls on Ballinmore County Council to bring forward "
    "draft Special Speed Limit Bye-Laws introducing a 30 km/h limit on all residential "
    "estate roads in Carrigdrum town and Ballyfin village, and that the draft be placed on "
    "public display before the end of June 2025."
)
MOTION_LYONS = (
    "That this Municipal District writes to Iarnród Éireann requesting that the pedestrian "
    "footbridge at Carrigdrum Railway Station be made fully accessible, and that a lift be "
    "provided at the earliest opportunity."
)
MOTION_CASSIDY = (
    "That the Council provides an update on the proposed Carrigdrum Greenway extension to "
    "Kilbride Cross, including the timeline for land acquisition and the funding received "
    "to date."
)

# number, title, parent, note (printed in brackets after the title), topics (lines printed
# beneath the item that are not items)
AGENDA: list[dict] = [
    {"number": "1", "title": "Confirmation of Minutes of the Monthly Meeting of Carrigdrum "
     "Municipal District held on 11th February 2025", "parent": None,
     "note": "Copy attached"},
    {"number": "2", "title": "Matters Arising from the Minutes", "parent": None},
    {"number": "3", "title": "Proposed disposal of property at No. 4 Chapel Lane, Carrigdrum, "
     "to Mr. Ciarán Hogan, in accordance with Section 183 of the Local Government Act 2001",
     "parent": None, "note": "Notice circulated to Members on 20th February 2025"},
    {"number": "4", "title": "Schedule of Municipal District Works 2025 - to consider and "
     "adopt", "parent": None, "note": "Report attached"},
    {"number": "5", "title": "Part 8 Proposal: Footpath and Public Lighting Improvement "
     "Scheme, Ballyfin Road, Carrigdrum - Chief Executive's Report under Section 179A of the "
     "Planning and Development Act 2000 (as amended)", "parent": None,
     "note": "Report attached"},
    {"number": "6", "title": "Community and Amenity Grants Scheme 2025 - Allocations",
     "parent": None, "note": "Schedule attached"},
    {"number": "7", "title": "Correspondence", "parent": None},
    {"number": "a", "printed": "(a)", "title": "Letter dated 14th February 2025 from the "
     "Department of Rural and Community Development re: Town and Village Renewal Scheme 2025",
     "parent": "7"},
    {"number": "b", "printed": "(b)", "title": "Letter dated 20th February 2025 from "
     "Transport Infrastructure Ireland re: N87 Carrigdrum Inner Relief Road", "parent": "7"},
    {"number": "c", "printed": "(c)", "title": "Email dated 3rd March 2025 from ESB Networks "
     "re: reporting of public lighting faults", "parent": "7"},
    {"number": "8", "title": "Notices of Motion", "parent": None},
    {"number": "a", "printed": "(a)", "title": "Notice of Motion in the name of Cllr Declan "
     "Murtagh", "parent": "8", "topics": [MOTION_MURTAGH]},
    {"number": "b", "printed": "(b)", "title": "Notice of Motion in the name of Cllr Gráinne "
     "Lyons", "parent": "8", "topics": [MOTION_LYONS]},
    {"number": "c", "printed": "(c)", "title": "Notice of Motion in the name of Cllr Noel "
     "Cassidy", "parent": "8", "topics": [MOTION_CASSIDY]},
    {"number": "9", "title": "Any Other Business", "parent": None},
]

# --------------------------------------------------------------------------------------------
# Minutes content
# --------------------------------------------------------------------------------------------

# (name, status, role, printed line)
PRESENT = [
    ("Máire Ní Bhriain", "present", "Cathaoirleach", "Cathaoirleach Cllr Máire Ní Bhriain"),
    ("Tomás Fitzgerald", "present", "Leas-Chathaoirleach",
     "Leas-Chathaoirleach Cllr Tomás Fitzgerald"),
]
MEMBERS = ["Noel Cassidy", "Pádraig Doyle", "Siobhán Kehoe", "Gráinne Lyons",
           "Declan Murtagh", "Eamon Rafferty"]
OFFICIALS = [
    ("Jarlath Kenny", "Mr.", "Director of Services, Roads and Transportation"),
    ("Colm Brady", "Mr.", "Senior Executive Officer, Municipal District Manager"),
    ("Aoife Walsh", "Ms.", "Senior Executive Engineer"),
    ("Ruth Geraghty", "Ms.", "Administrative Officer"),
    ("Niamh Tobin", "Ms.", "Meetings Administrator"),
]
IN_ATTENDANCE_ITEM = [("Karen Duffy", "Ms.", "Senior Planner")]
APOLOGIES = ["Seán Burke"]

VOTE_FOR = ["Pádraig Doyle", "Siobhán Kehoe", "Gráinne Lyons", "Declan Murtagh",
            "Máire Ní Bhriain"]
VOTE_AGAINST = ["Tomás Fitzgerald", "Eamon Rafferty"]


def _surname(name: str) -> str:
    parts = name.split()
    return " ".join(parts[1:])


# Each minute: number, title, agenda item, resolutions, body (list of blocks).
# A block is a str (paragraph) or a tuple: ("quote", text), ("vote", None), ("bullets", [..]),
# ("attend", text)
MINUTES: list[dict] = [
    {"number": "CMD/31/25", "title": "Votes of Sympathy", "agenda_item": None,
     "resolutions": 0, "body": [
         "The Cathaoirleach, on behalf of the Members and Officials, extended a vote of "
         "sympathy to the family of the late Mr. Brendan Kinsella, Ballyfin, former member of "
         "Ballinmore County Council from 1991 to 2009, and to the family of the late Mrs. "
         "Peggy Whelan, Chapel Lane, Carrigdrum, mother of Mr. Liam Whelan, General Services "
         "Supervisor in the Carrigdrum Area Office.",
         "All present stood for a minute's silence.",
     ]},
    {"number": "CMD/32/25", "title": "Confirmation of Minutes", "agenda_item": "1",
     "resolutions": 1, "body": [
         "On the proposal of Cllr Pádraig Doyle, seconded by Cllr Gráinne Lyons, it was "
         "resolved that the minutes of the Monthly Meeting of Carrigdrum Municipal District "
         "held on 11th February 2025, as circulated, be confirmed and signed.",
     ]},
    {"number": "CMD/33/25", "title": "Matters Arising", "agenda_item": "2",
     "resolutions": 0, "body": [
         "Cllr Eamon Rafferty asked for an update on the drainage works at Kilbride Cross "
         "which had been raised at the February meeting. Ms. Aoife Walsh, Senior Executive "
         "Engineer, advised that the contractor had been appointed and that works would "
         "commence in the week beginning 24th March 2025, subject to weather. A temporary "
         "traffic management plan would be in place for approximately three weeks.",
         "Cllr Siobhán Kehoe referred to the request for additional litter bins on the Quay "
         "Road walkway. Mr. Colm Brady, Municipal District Manager, confirmed that four bins "
         "had been ordered and would be installed by the end of March.",
     ]},
    {"number": "CMD/34/25", "title": "Section 183 Disposal - No. 4 Chapel Lane, Carrigdrum",
     "agenda_item": "3", "resolutions": 1, "body": [
         "The Members considered the notice, circulated on 20th February 2025 in accordance "
         "with Section 183 of the Local Government Act 2001, of the proposed disposal of the "
         "property at No. 4 Chapel Lane, Carrigdrum, comprising a vacant two-storey terraced "
         "dwelling, to Mr. Ciarán Hogan for the sum of EUR 85,000, under the Council's "
         "Vacant Property Refurbishment Scheme.",
         "Mr. Colm Brady outlined the background to the disposal and confirmed that the "
         "purchaser had undertaken to refurbish the dwelling for owner-occupation within "
         "eighteen months. In reply to Cllr Noel Cassidy, he confirmed that the proceeds "
         "would be ring-fenced for the acquisition of further derelict sites in the District.",
         "On the proposal of Cllr Noel Cassidy, seconded by Cllr Declan Murtagh, it was "
         "resolved:",
         ("quote", "\"That Ballinmore County Council, pursuant to Section 183 of the Local "
          "Government Act 2001, hereby consents to the disposal of the property at No. 4 "
          "Chapel Lane, Carrigdrum, to Mr. Ciarán Hogan, in accordance with the terms of the "
          "notice circulated to the Members on 20th February 2025.\""),
     ]},
    {"number": "CMD/35/25", "title": "Schedule of Municipal District Works 2025",
     "agenda_item": "4", "resolutions": 0, "body": [
         "Ms. Aoife Walsh, Senior Executive Engineer, presented the draft Schedule of "
         "Municipal District Works 2025, which had been circulated with the agenda. She "
         "advised that the total allocation for the District was EUR 4.82 million, comprising "
         "Restoration Improvement Grant of EUR 2.31 million, Restoration Maintenance Grant of "
         "EUR 0.74 million, Discretionary Grant of EUR 0.62 million, Community Involvement "
         "Scheme funding of EUR 0.28 million and the Council's own resources for public "
         "lighting, footpaths and drainage.",
         "The Members welcomed the Schedule. Cllr Tomás Fitzgerald asked that the resurfacing "
         "of the L-5021 at Glenmore be advanced from the reserve list, and Cllr Siobhán Kehoe "
         "asked for an assessment of the footpath on Bridge Street, Ballyfin. Ms. Walsh agreed "
         "to review both locations and report back to the April meeting.",
         "Proposed by Cllr Tomás Fitzgerald, Seconded by Cllr Eamon Rafferty and agreed that "
         "the Schedule of Municipal District Works 2025, as presented, be adopted.",
     ]},
    {"number": "CMD/36/25", "title": "Part 8 Proposal - Footpath and Public Lighting "
     "Improvement Scheme, Ballyfin Road, Carrigdrum", "agenda_item": "5", "resolutions": 1,
     "body": [
         ("attend", "Ms. Karen Duffy, Senior Planner, attended the meeting for this item."),
         "Ms. Karen Duffy presented the Chief Executive's Report prepared under Section 179A "
         "of the Planning and Development Act 2000 (as amended) on the proposed footpath and "
         "public lighting improvement scheme on Ballyfin Road. Nine submissions had been "
         "received during the public consultation period, the main issues being the retention "
         "of roadside trees, access to private driveways during construction and the type of "
         "lighting columns proposed. The Chief Executive recommended that the development "
         "proceed as proposed, subject to the modifications set out in Section 6 of the "
         "Report.",
         "Cllr Gráinne Lyons welcomed the scheme, which she said had been sought by residents "
         "for many years. Cllr Eamon Rafferty asked that residents be given at least two "
         "weeks' notice of any works affecting access to their homes, and Ms. Walsh confirmed "
         "that this would be a condition of the contract.",
         "On the proposal of Cllr Gráinne Lyons, seconded by Cllr Pádraig Doyle, it was "
         "resolved to recommend to the Members of Ballinmore County Council that the proposed "
         "development proceed as recommended in the Chief Executive's Report.",
     ]},
    {"number": "CMD/37/25", "title": "Community and Amenity Grants Scheme 2025",
     "agenda_item": "6", "resolutions": 1, "body": [
         "Ms. Ruth Geraghty, Administrative Officer, outlined the recommended allocations under "
         "the Community and Amenity Grants Scheme 2025. Forty-two applications had been "
         "received, of which thirty-eight were deemed eligible, and the total recommended "
         "allocation was EUR 96,500.",
         "Cllr Declan Murtagh asked that groups whose applications were ineligible be offered "
         "assistance to reapply in the autumn round, and this was agreed.",
         "On the proposal of Cllr Siobhán Kehoe, seconded by Cllr Noel Cassidy, it was resolved "
         "that the allocations under the Community and Amenity Grants Scheme 2025, as set out "
         "in the schedule circulated, be approved.",
     ]},
    {"number": "CMD/38/25", "title": "Correspondence", "agenda_item": "7", "resolutions": 0,
     "body": [
         "The following correspondence was noted:",
         ("bullets", [
             "Letter dated 14th February 2025 from the Department of Rural and Community "
             "Development advising that the Town and Village Renewal Scheme 2025 would open "
             "for applications in April 2025. Mr. Brady undertook to bring proposals for "
             "Ballyfin and Kilbride to the April meeting.",
             "Letter dated 20th February 2025 from Transport Infrastructure Ireland "
             "confirming that the N87 Carrigdrum Inner Relief Road remained at Phase 2 "
             "(Options Selection) and that a preferred route would be published in Q3 2025.",
             "Email dated 3rd March 2025 from ESB Networks setting out the arrangements for "
             "the reporting of public lighting faults through the online fault reporting "
             "system.",
         ]),
     ]},
    {"number": "CMD/39/25", "title": "Notice of Motion - Cllr Declan Murtagh",
     "agenda_item": "a", "agenda_parent": "8", "resolutions": 0, "vote": True, "body": [
         "The following Notice of Motion in the name of Cllr Declan Murtagh was considered:",
         ("quote", "\"" + MOTION_MURTAGH + "\""),
         "Cllr Murtagh proposed the motion, which was seconded by Cllr Siobhán Kehoe. He "
         "stated that a number of residents' associations had requested lower speed limits "
         "in their estates and that the national guidelines now supported 30 km/h limits in "
         "residential areas.",
         "Cllr Tomás Fitzgerald said that he supported safer estates but that the motion did "
         "not allow sufficient time for consultation with the Gardaí, and Cllr Eamon Rafferty "
         "stated that the matter should be considered by the Roads and Transportation "
         "Strategic Policy Committee before any draft bye-laws were prepared. Mr. Jarlath "
         "Kenny, Director of Services, advised that draft bye-laws could be prepared within "
         "the timeframe proposed but that a period of public consultation would be required.",
         "Cllr Noel Cassidy left the meeting at 12.05 p.m.",
         "Cllr Rafferty requested a recorded vote. The result of the vote was as follows:",
         ("vote", None),
         "The Cathaoirleach declared the motion carried.",
     ]},
    {"number": "CMD/40/25", "title": "Notice of Motion - Cllr Gráinne Lyons",
     "agenda_item": "b", "agenda_parent": "8", "resolutions": 0, "body": [
         "The following Notice of Motion in the name of Cllr Gráinne Lyons was considered:",
         ("quote", "\"" + MOTION_LYONS + "\""),
         "Cllr Lyons stated that wheelchair users and parents with buggies could not reach "
         "the Dublin-bound platform without a round trip of over two kilometres by road. The "
         "Members supported the motion.",
         "Proposed by Cllr Gráinne Lyons, Seconded by Cllr Pádraig Doyle and agreed.",
     ]},
    {"number": "CMD/41/25", "title": "Notice of Motion - Cllr Noel Cassidy",
     "agenda_item": "c", "agenda_parent": "8", "resolutions": 0, "body": [
         "As Cllr Cassidy had left the meeting, it was agreed that his Notice of Motion be "
         "deferred to the April meeting.",
     ]},
    {"number": "CMD/42/25", "title": "Any Other Business", "agenda_item": "9",
     "resolutions": 0, "body": [
         "Cllr Siobhán Kehoe congratulated Ballyfin Tidy Towns Committee on receiving a "
         "county award at the Ballinmore Pride of Place awards.",
         "Cllr Pádraig Doyle raised the condition of the public toilets at the Fair Green car "
         "park. Mr. Brady advised that a contract for their refurbishment would be advertised "
         "in April.",
         "The date of the next meeting was confirmed as Tuesday, 8th April 2025 at 10.00 a.m.",
         "This concluded the business of the meeting.",
     ]},
]

END_TIME = "12:40"

# --------------------------------------------------------------------------------------------
# PDF rendering
# --------------------------------------------------------------------------------------------


class _Doc(FPDF):
    running_title = ""
    footer_kind = "agenda"

    def header(self):
        if self.page_no() > 1 and self.running_title:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(80, 80, 80)
            self.set_xy(self.l_margin, 9)
            self.cell(0, 4, self.running_title, align="R")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 14, self.w - self.r_margin, 14)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)
            self.set_y(20)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        if self.footer_kind == "minutes":
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        else:
            self.cell(0, 4, f"{COUNCIL_EN.title()}  |  {', '.join(ADDRESS[:4])}  |  "
                      f"Tel: {PHONE}  |  {WEB}", align="C")


def _new_pdf() -> _Doc:
    pdf = _Doc(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title(f"{BODY} - {DATE}")
    pdf.set_author(COUNCIL_EN.title())
    return pdf


def _letterhead(pdf: _Doc) -> None:
    # A crest-like box on the left, the council name in both languages centred.
    pdf.set_draw_color(0, 90, 60)
    pdf.set_line_width(0.6)
    pdf.rect(pdf.l_margin, 14, 18, 22)
    pdf.set_font("Times", "B", 7)
    pdf.set_xy(pdf.l_margin, 22)
    pdf.cell(18, 4, "B.C.C.", align="C")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin + 22, 15)
    pdf.set_font("Times", "B", 15)
    pdf.set_text_color(0, 90, 60)
    pdf.cell(0, 7, COUNCIL_GA, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 6, COUNCIL_EN, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 4, f"{', '.join(ADDRESS)}", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.cell(0, 4, f"Tel: {PHONE}   Email: {EMAIL}   Web: {WEB}", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.set_draw_color(0, 90, 60)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, 40, pdf.w - pdf.r_margin, 40)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(45)


def _agenda_pdf(path: Path) -> None:
    pdf = _new_pdf()
    pdf.running_title = f"{BODY} - Monthly Meeting - 11th March 2025 - Agenda"
    pdf.add_page()
    _letterhead(pdf)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 5, "Ref: CMD/MM/03/25", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 5, "4th March 2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 5, "To: Each Member of Carrigdrum Municipal District", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 5, "A Chomhairleoir, a chara,", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.multi_cell(w, 5.2, "You are hereby requested to attend the **March Monthly Meeting** "
                   "of **Carrigdrum Municipal District** which will be held in the Council "
                   "Chamber, Civic Offices, Carrigdrum, on **Tuesday, 11th March 2025 at "
                   "10.00 a.m.** The business to be transacted is set out in the Agenda "
                   "below.", markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.multi_cell(w, 5.2, "Members who wish to attend remotely are asked to notify the "
                   f"Meetings Administrator at {EMAIL} not later than 4.00 p.m. on Monday, "
                   "10th March 2025.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.cell(0, 5, "Is mise, le meas,", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(7)
    pdf.set_font("Times", "I", 13)
    pdf.cell(0, 5, "Niamh Tobin", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", 11)
    pdf.ln(1)
    pdf.cell(0, 5, "_____________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 5, ADMIN, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 5, f"{ADMIN_TITLE}, {BODY}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    pdf.set_font("Times", "B", 14)
    pdf.cell(0, 7, "CLÁR / AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    num_w, sub_w = 12, 10
    for item in AGENDA:
        top = item["parent"] is None
        # keep an item with its first line
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        if top:
            pdf.ln(1.5)
            pdf.set_font("Times", "B", 11)
            pdf.set_x(pdf.l_margin)
            pdf.cell(num_w, 5.6, item["number"] + ".")
            text = item["title"]
            pdf.multi_cell(w - num_w, 5.6, text, align="L", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            if item.get("note"):
                pdf.set_font("Times", "I", 10)
                pdf.set_x(pdf.l_margin + num_w)
                pdf.multi_cell(w - num_w, 5, "(" + item["note"] + ")", align="L",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.set_font("Times", "", 11)
            pdf.set_x(pdf.l_margin + num_w)
            pdf.cell(sub_w, 5.6, item["printed"])
            pdf.multi_cell(w - num_w - sub_w, 5.6, item["title"] + (":" if item.get("topics")
                                                                   else ""),
                           align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            for topic in item.get("topics", []):
                pdf.set_font("Times", "I", 11)
                pdf.set_x(pdf.l_margin + num_w + sub_w)
                pdf.multi_cell(w - num_w - sub_w - 6, 5.4, "\u201c" + topic + "\u201d",
                               align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1.5)
    pdf.output(str(path))


def _minutes_pdf(path: Path) -> None:
    pdf = _new_pdf()
    pdf.footer_kind = "minutes"
    pdf.running_title = f"Minutes - {BODY} - 11th March 2025"
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Times", "B", 14)
    pdf.cell(0, 7, COUNCIL_GA, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 7, COUNCIL_EN, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Times", "B", 12)
    pdf.multi_cell(w, 6, "MINUTES OF THE MONTHLY MEETING OF CARRIGDRUM MUNICIPAL DISTRICT "
                   "HELD IN THE COUNCIL CHAMBER, CIVIC OFFICES, CARRIGDRUM, ON TUESDAY, "
                   "11th MARCH 2025 AT 10.00 A.M.", align="C", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.ln(5)

    label_w = 42

    def block(label: str, lines: list[str]) -> None:
        pdf.set_font("Times", "B", 11)
        pdf.set_x(pdf.l_margin)
        pdf.cell(label_w, 5.5, label)
        pdf.set_font("Times", "", 11)
        for i, line in enumerate(lines):
            pdf.set_x(pdf.l_margin + label_w)
            pdf.multi_cell(w - label_w, 5.5, line, align="L", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
        pdf.ln(3)

    block("Present:", [p[3] for p in PRESENT] + [
        "Cllrs " + ", ".join(MEMBERS[:-1]) + " and " + MEMBERS[-1] + "."])
    block("Officials Present:", [f"{t} {n}, {r}" for n, t, r in OFFICIALS])
    block("Also in attendance:", [f"{t} {n}, {r} (for item CMD/36/25)"
                                  for n, t, r in IN_ATTENDANCE_ITEM])
    block("Apologies:", ["Cllr " + a for a in APOLOGIES])
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(w, 5.5, "The Cathaoirleach, Cllr Máire Ní Bhriain, presided.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    num_w = 30
    body_x = pdf.l_margin + num_w
    body_w = w - num_w
    lh = 5.4
    for m in MINUTES:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("Times", "B", 11)
        pdf.set_x(pdf.l_margin)
        pdf.cell(num_w, 6, m["number"])
        pdf.set_font("Times", "BU", 11)
        pdf.multi_cell(body_w, 6, m["title"].upper(), align="L", new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
        pdf.ln(1)
        for b in m["body"]:
            if isinstance(b, str):
                pdf.set_font("Times", "", 11)
                pdf.set_x(body_x)
                pdf.multi_cell(body_w, lh, b, align="J", new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
            elif b[0] == "quote":
                pdf.set_font("Times", "I", 11)
                pdf.set_x(body_x + 8)
                pdf.multi_cell(body_w - 16, lh, b[1], align="J", new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
            elif b[0] == "attend":
                pdf.set_font("Times", "I", 10)
                pdf.set_x(body_x)
                pdf.multi_cell(body_w, lh, b[1], align="L", new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
            elif b[0] == "bullets":
                pdf.set_font("Times", "", 11)
                for t in b[1]:
                    pdf.set_x(body_x + 4)
                    pdf.cell(6, lh, "\u2022")
                    pdf.multi_cell(body_w - 10, lh, t, align="J", new_x=XPos.LMARGIN,
                                   new_y=YPos.NEXT)
                    pdf.ln(1)
            elif b[0] == "vote":
                if pdf.get_y() > pdf.h - 50:
                    pdf.add_page()
                rows = [
                    ("For:", str(len(VOTE_FOR)),
                     "Cllrs " + ", ".join(_surname(n) for n in VOTE_FOR)),
                    ("Against:", str(len(VOTE_AGAINST)),
                     "Cllrs " + ", ".join(_surname(n) for n in VOTE_AGAINST)),
                    ("Abstain:", "0", ""),
                ]
                for lab, cnt, names in rows:
                    pdf.set_x(body_x + 8)
                    pdf.set_font("Times", "B", 11)
                    pdf.cell(22, lh, lab)
                    pdf.cell(10, lh, cnt)
                    pdf.set_font("Times", "", 11)
                    pdf.multi_cell(body_w - 40, lh, names or " ", align="L",
                                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.8)

    pdf.ln(2)
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(w, 5.5, "The meeting concluded at 12.40 p.m.", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    pdf.ln(14)
    y = pdf.get_y()
    for x, role, name in ((pdf.l_margin, "CATHAOIRLEACH", "Cllr Máire Ní Bhriain"),
                          (pdf.l_margin + w / 2 + 5, "MEETINGS ADMINISTRATOR", ADMIN)):
        pdf.set_xy(x, y)
        pdf.set_font("Times", "", 11)
        pdf.cell(w / 2 - 10, 5, "Signed: ______________________________",
                 new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("Times", "B", 11)
        pdf.cell(w / 2 - 10, 6, role, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("Times", "", 11)
        pdf.cell(w / 2 - 10, 5, name, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_xy(x, pdf.get_y() + 6)
        pdf.cell(w / 2 - 10, 5, "Date: ________________", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.output(str(path))


def _stem(kind: str) -> str:
    return f"{COUNCIL_SLUG}_{BODY_SLUG}_{DATE}_{kind}"


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    (folder / "agendas").mkdir(parents=True, exist_ok=True)
    (folder / "minutes").mkdir(parents=True, exist_ok=True)
    agenda = folder / "agendas" / f"{_stem('agenda')}.pdf"
    minutes = folder / "minutes" / f"{_stem('minutes')}.pdf"
    _agenda_pdf(agenda)
    _minutes_pdf(minutes)
    return [agenda, minutes]


# --------------------------------------------------------------------------------------------
# Expected records
# --------------------------------------------------------------------------------------------


def _meeting() -> dict:
    return {"body": BODY, "date": DATE, "start_time": "10:00"}


def gold() -> dict[str, dict]:
    agenda_items = []
    for item in AGENDA:
        rec = {"number": item["number"], "title": item["title"], "pages": None,
               "part": "public", "parent": item["parent"]}
        if item.get("printed"):
            rec["number_printed"] = item["printed"]
        if item.get("note"):
            rec["note"] = item["note"]
        if item.get("topics"):
            rec["topics"] = item["topics"]
        agenda_items.append(rec)
    agenda_meeting = _meeting()
    agenda_meeting["contact"] = {"name": ADMIN, "phone": PHONE, "email": EMAIL}
    agenda_doc = {
        "file": f"agendas/{_stem('agenda')}.pdf",
        "kind": "agenda",
        "country": "IE",
        "notes": [
            "Irish county council Municipal District; country given as IE, which the format's "
            "list (UK | CA | US) does not name.",
            "The agenda is a letter to each member (Ref, date, 'A Chomhairleoir, a chara', "
            "signed by the Meetings Administrator) with the Clar / Agenda below it; only the "
            "Clar holds items.",
            "Lettered sub-items print as '(a)', '(b)', '(c)'; their number is given as the bare "
            "letter ('a') with the printed form in number_printed; the letters restart under "
            "7 (Correspondence) and 8 (Notices of Motion).",
            "The italic bracketed lines under items ('(Report attached)', '(Copy attached)', "
            "'(Notice circulated ...)') are notes, not part of the title.",
            "The quoted motion text under each Notice of Motion is a topic line, not part of "
            "the item title ('Notice of Motion in the name of Cllr ...'); the colon printed "
            "after that title is left out.",
            "No page numbers are printed against items: pages null.",
            "Contact: the Meetings Administrator who signs the letter, with the letterhead's "
            "telephone and the District's email address given in the letter.",
        ],
        "meeting": agenda_meeting,
        "agenda": agenda_items,
    }

    attendance = [{"name": n, "status": s, "role": r} for n, s, r, _ in PRESENT]
    attendance += [{"name": n, "status": "present"} for n in MEMBERS]
    attendance += [{"name": n, "status": "in_attendance", "role": r} for n, _, r in OFFICIALS]
    attendance += [{"name": n, "status": "in_attendance", "role": r}
                   for n, _, r in IN_ATTENDANCE_ITEM]
    attendance += [{"name": n, "status": "apologies"} for n in APOLOGIES]

    items = []
    per_item = {}
    for m in MINUTES:
        rec = {"number": m["number"], "title": m["title"], "agenda_item": m["agenda_item"]}
        if m.get("agenda_parent"):
            rec["agenda_item_parent"] = m["agenda_parent"]
        items.append(rec)
        if m["resolutions"]:
            per_item[m["number"]] = m["resolutions"]
        # the printed text must say "resolved" as many times as counted
        text = " ".join(b if isinstance(b, str) else (b[1] if isinstance(b[1], str) else "")
                        for b in m["body"])
        assert text.lower().count("resolved") == m["resolutions"], m["number"]
    minutes_doc = {
        "file": f"minutes/{_stem('minutes')}.pdf",
        "kind": "minutes",
        "country": "IE",
        "notes": [
            "Irish county council Municipal District; country given as IE.",
            "Minute numbers print as 'CMD/31/25' in a left column with an underlined capitals "
            "heading beside them; titles are given in the printed words, not in capitals.",
            "CMD/31/25 (Votes of Sympathy) answers no agenda item (agenda_item null); "
            "CMD/39/25 to CMD/41/25 answer the lettered notices of motion (a), (b), (c) under "
            "agenda item 8.",
            "Resolutions count only the clauses that say 'resolved' (CMD/32, 34, 36, 37); the "
            "'Proposed by ..., Seconded by ... and agreed' decisions (CMD/35/25, CMD/40/25), "
            "the deferral 'it was agreed' (CMD/41/25) and the motion 'declared carried' after "
            "the recorded vote (CMD/39/25) are not counted.",
            "The recorded vote prints 'For: 5 / Against: 2 / Abstain: 0' with surnames; Cllr "
            "Cassidy had left before it and is not counted as absent in the vote (the minutes "
            "print no absent line), so no absent count is given.",
            "The Cathaoirleach and Leas-Chathaoirleach are listed first under Present with "
            "their titles as roles; the other members print on one line after 'Cllrs'.",
            "'Officials Present' are in_attendance; the Senior Planner, printed under 'Also in "
            "attendance:' for one item, is an officer and so in_attendance too, not "
            "also_present.",
            "People named in the text who are not at the meeting (the late Mr. Kinsella, Mrs. "
            "Whelan, Mr. Whelan, the purchaser Mr. Hogan) are not attendance.",
            "Correspondence in CMD/38/25 prints as bullets, not as minute items.",
            "start_time from the heading ('AT 10.00 A.M.'), end_time from 'The meeting "
            "concluded at 12.40 p.m.'.",
        ],
        "meeting": dict(_meeting(), end_time=END_TIME),
        "minutes": {
            "items": items,
            "resolutions": sum(m["resolutions"] for m in MINUTES),
            "resolutions_per_item": per_item,
            "votes": [{
                "item": "CMD/39/25",
                "item_title": "Notice of Motion - Cllr Declan Murtagh",
                "motion": MOTION_MURTAGH,
                "mover": "Declan Murtagh",
                "seconder": "Siobhán Kehoe",
                "result": "carried",
                "result_as_printed": "The Cathaoirleach declared the motion carried.",
                "counts": {"yes": len(VOTE_FOR), "no": len(VOTE_AGAINST), "abstain": 0},
                "voters": {"yes": VOTE_FOR, "no": VOTE_AGAINST, "abstain": []},
            }],
            "attendance": attendance,
        },
    }
    return {
        f"agendas__{_stem('agenda')}.json": agenda_doc,
        f"minutes__{_stem('minutes')}.json": minutes_doc,
    }

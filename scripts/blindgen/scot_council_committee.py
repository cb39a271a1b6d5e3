"""Glenmorrach Council, Strathlarig Area Committee (fictional, written blind): the agenda and the
minute of the meeting of 18 March 2025, and the roads capital programme table (Appendix 1 to one
of its reports). Every name, place and figure is invented.

    python -m blindgen [FOLDER]        (from scripts/; every council, default out/generated)
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

COUNCIL = "Glenmorrach Council"
COUNCIL_GAELIC = "Comhairle Ghleann Mh\u00f2rach"
ADDRESS = ["Burgh Chambers", "High Street", "Kinlarig", "KL14 2RD"]
BODY = "Strathlarig Area Committee"
DATE = "2025-03-18"
DATE_LONG = "Tuesday, 18 March 2025"
START, START_PRINTED = "10:00", "10.00 am"
END, END_PRINTED = "12:47", "12.47 pm"
VENUE = "the Council Chamber, Burgh Chambers, High Street, Kinlarig"
STEM = "glenmorrach_strathlarig-area_2025-03-18"
AGENDA_NAME = f"{STEM}_agenda"
MINUTES_NAME = f"{STEM}_minutes"
PLAN_NAME = f"{STEM}_roads-capital-programme"
CONTACT = {"name": "Fiona MacRae", "phone": "01632 960418", "email": "fiona.macrae@glenmorrach.gov.uk"}
SIGNATORY = ("Morven Aitchison", "Head of Legal and Governance")
PREVIOUS_MEETING = "21 January 2025"
CREATED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)

# (first name, surname, role) in the order the membership is printed
MEMBERS = [
    ("Alasdair", "Rennie", "Convener"),
    ("Morag", "Cattanach", "Vice Convener"),
    ("Shona", "Birse", ""),
    ("Euan", "Dalgleish", ""),
    ("Gregor", "Duthie", ""),
    ("Eilidh", "Forsyth", ""),
    ("Calum", "Laing", ""),
    ("Rhona", "Mackintosh", ""),
    ("Hamish", "Munro", ""),
    ("Duncan", "Ogilvie", ""),
    ("Isla", "Petrie", ""),
    ("Fraser", "Souter", ""),
]
APOLOGIES = ["Birse", "Dalgleish"]
REMOTE = ["Souter"]
OFFICERS = [
    ("Gordon Lyall", "Executive Director (Place)"),
    ("Kirsteen Baird", "Executive Director (Finance and Resources)"),
    ("Catriona Buchan", "Head of Roads and Infrastructure"),
    ("Morven Aitchison", "Head of Legal and Governance"),
    ("Fiona MacRae", "Committee Services Officer"),
]
# (rank, name, organisation)
ALSO_PRESENT = [
    ("Chief Inspector", "Ruaridh Sinclair", "Police Scotland"),
    ("Group Manager", "Heather Lindsay", "Scottish Fire and Rescue Service"),
]

# ---------------------------------------------------------------- agenda
AGENDA = [
    {"number": "1", "title": "Apologies for Absence", "lines": []},
    {"number": "2", "title": "Declarations of Interest", "lines": [
        "Members are asked to consider whether they have an interest to declare in relation to any item on "
        "the agenda for this meeting. Any member making a declaration should state the nature of the "
        "interest and whether it is financial or non-financial."]},
    {"number": "3", "title": "Minute of Previous Meeting", "lines": [
        f"Minute of meeting of the Strathlarig Area Committee held on {PREVIOUS_MEETING} (copy attached)."]},
    {"number": "4", "title": "Police Scotland - Strathlarig Area Performance Report", "lines": [
        "Report by the Area Commander, Police Scotland, for the period 1 October to 31 December 2024 "
        "(copy attached)."]},
    {"number": "5", "title": "Scottish Fire and Rescue Service - Local Performance Report", "lines": [
        "Report by the Local Senior Officer, Scottish Fire and Rescue Service, for Quarter 3 of 2024/25 "
        "(copy attached)."]},
    {"number": "6", "title": "Strathlarig Common Good Fund - Grant Applications", "report": "SAC/05/25", "lines": [
        "Report No SAC/05/25 by the Executive Director (Finance and Resources) (copy attached). The "
        "Committee is asked to determine the following applications for financial assistance:-"]},
    {"number": "6.1", "parent": "6", "title": "Kinlarig Gala Committee - Kinlarig Summer Gala 2025",
     "lines": ["Amount requested: \u00a32,400"]},
    {"number": "6.2", "parent": "6", "title": "Auchterbrae Village Hall Trust - Replacement Heating System",
     "lines": ["Amount requested: \u00a35,750"]},
    {"number": "6.3", "parent": "6", "title": "Strathlarig Camanachd Club - Pitch Maintenance Equipment",
     "lines": ["Amount requested: \u00a34,500"]},
    {"number": "7", "title": "Roads Capital Programme 2025/26", "report": "SAC/06/25", "lines": [
        "Report No SAC/06/25 by the Executive Director (Place) (copy attached)."]},
    {"number": "8", "title": "Proposed Traffic Regulation Order - Station Road, Kinlarig", "report": "SAC/07/25",
     "lines": ["Report No SAC/07/25 by the Executive Director (Place) (copy attached)."]},
    {"number": "9", "title": "Place Based Investment Programme - Kinlarig Town Centre", "report": "SAC/08/25",
     "lines": ["Report No SAC/08/25 by the Executive Director (Place) (copy attached)."]},
    {"number": "10", "title": "Lease of Former Auchterbrae Primary School", "report": "SAC/09/25",
     "part": "exempt", "lines": [
         "Report No SAC/09/25 by the Executive Director (Finance and Resources) (circulated to members "
         "only)."]},
]
EXEMPT_NOTICE = (
    "The Committee is invited to resolve that, under Section 50A(4) of the Local Government (Scotland) "
    "Act 1973, the public be excluded from the meeting for the following item of business on the grounds "
    "that it involves the likely disclosure of exempt information as defined in Paragraphs 6 and 9 of "
    "Part I of Schedule 7A of the Act.")

# ---------------------------------------------------------------- minute
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

VOTES = {
    "VII": {
        "mover": "Cattanach", "seconder": "Duthie",
        "motion": "that the Committee approve the Roads Capital Programme 2025/26 as set out in Appendix 1 "
                  "to the report.",
        "am_mover": "Mackintosh", "am_seconder": "Ogilvie",
        "amendment": "that the Committee approve the programme subject to the resurfacing of the C1147 Glen "
                     "Ardle Road (Ch 1900-2600) being brought forward from the reserve list and funded by "
                     "deferring the footway reconstruction at Mill Wynd, Kinlarig to 2026/27.",
        "yes": ["Rennie", "Cattanach", "Duthie", "Forsyth", "Laing", "Munro"],
        "no": ["Mackintosh", "Ogilvie", "Petrie", "Souter"],
        "abstain": [],
        "outcome": "The motion was accordingly carried and the amendment fell.",
    },
    "VIII": {
        "mover": "Rennie", "seconder": "Forsyth",
        "motion": "that the Committee set aside the objections and make the Order as advertised.",
        "am_mover": "Ogilvie", "am_seconder": "Petrie",
        "amendment": "that the Committee make the Order with the exception of the proposed restrictions "
                     "outside Nos 2 to 14 Station Road, which would be reconsidered following further "
                     "consultation with residents.",
        "yes": ["Rennie", "Cattanach", "Duthie", "Forsyth", "Munro"],
        "no": ["Mackintosh", "Ogilvie", "Petrie"],
        "abstain": ["Souter"],
        "outcome": "The motion was accordingly carried.",
    },
}

# blocks: ("p", text) | ("agreed", lead, [clauses]) | ("vote", key)
MINUTE = {
    "I": [("p", "Apologies for absence were intimated on behalf of Councillors Shona Birse and Euan Dalgleish.")],
    "II": [("p", "Councillor Petrie declared a non-financial interest in Article VI of this minute, insofar as "
                 "it related to the application from Strathlarig Camanachd Club, by virtue of her membership "
                 "of the club's committee, and took no part in the consideration of that application.")],
    "III": [("p", f"The minute of meeting of the Strathlarig Area Committee held on {PREVIOUS_MEETING} was "
                  "submitted."),
            ("agreed", "The Committee agreed to approve the minute as a correct record.", [])],
    "IV": [("p", "There was submitted a report by the Area Commander, Police Scotland, on police performance "
                 "in the Strathlarig area for the period 1 October to 31 December 2024. Chief Inspector "
                 "Sinclair highlighted a 14% reduction in reported housebreakings compared with the same "
                 "period in 2023 and an increase in detections for drug supply offences in Kinlarig town "
                 "centre."),
           ("p", "In response to questions from members, Chief Inspector Sinclair advised that speed checks on "
                 "the A986 at Auchterbrae would continue through the spring and that a further community "
                 "engagement event would be held in Drumvaich in April 2025."),
           ("agreed", "The Committee agreed:-", [
               "to note the report; and",
               "that the Area Commander be invited to provide an update on rural speeding enforcement to "
               "the next meeting of the Committee."])],
    "V": [("p", "There was submitted a report by the Local Senior Officer, Scottish Fire and Rescue Service, "
                "on performance against the Local Fire and Rescue Plan for Glenmorrach for the third quarter "
                "of 2024/25. Group Manager Lindsay advised that there had been 37 unwanted fire alarm "
                "signals in the area during the quarter, a reduction of 9 on the previous quarter."),
          ("agreed", "The Committee agreed to note the report.", [])],
    "VI": [("p", "There was submitted Report No SAC/05/25 by the Executive Director (Finance and Resources) "
                 "advising of the projected outturn of the Strathlarig Common Good Fund for 2024/25 and "
                 "seeking a decision on three applications for financial assistance. The report advised "
                 "that the uncommitted balance available for grants in 2024/25 was \u00a314,820."),
           ("p", "Councillor Petrie, having declared an interest, took no part in the consideration of the "
                 "application from Strathlarig Camanachd Club."),
           ("agreed", "The Committee agreed:-", [
               "to award a grant of \u00a32,400 to Kinlarig Gala Committee towards the cost of staging the "
               "Kinlarig Summer Gala 2025;",
               "to award a grant of \u00a35,750 to Auchterbrae Village Hall Trust towards the replacement of "
               "the hall's heating system, subject to the Trust securing the balance of funding by 30 "
               "September 2025;",
               "to award a grant of \u00a33,000 to Strathlarig Camanachd Club towards the purchase of pitch "
               "maintenance equipment, being a reduction from the \u00a34,500 requested; and",
               "otherwise to note the projected outturn of the Fund for 2024/25."])],
    "VII": [("p", "There was submitted Report No SAC/06/25 by the Executive Director (Place) seeking approval "
                  "of the Roads Capital Programme for the Strathlarig area for 2025/26, with an allocation "
                  "of \u00a31,184,000, as set out in Appendix 1 to the report."),
            ("vote", "VII", []),
            ("agreed", "The Committee resolved:-", [
                "to approve the Roads Capital Programme 2025/26 as set out in Appendix 1 to the report; and",
                "to instruct the Executive Director (Place) to report progress on the delivery of the "
                "programme to the meeting of the Committee in September 2025."])],
    "VIII": [("p", "Councillor Laing left the meeting at this point."),
             ("p", "There was submitted Report No SAC/07/25 by the Executive Director (Place) advising of the "
                   "outcome of the statutory consultation on the proposed Glenmorrach Council (Station Road, "
                   "Kinlarig) (Waiting Restrictions) Order 2025. Four objections had been received, which "
                   "were summarised in Appendix 2 to the report."),
             ("vote", "VIII", []),
             ("agreed", "The Committee resolved to set aside the objections and to make the Glenmorrach "
                        "Council (Station Road, Kinlarig) (Waiting Restrictions) Order 2025 as advertised.", [])],
    "IX": [("p", "There was submitted Report No SAC/08/25 by the Executive Director (Place) seeking approval "
                 "of the allocation of \u00a3212,500 of Place Based Investment Programme funding to three "
                 "projects in Kinlarig town centre."),
           ("agreed", "The Committee agreed:-", [
               "to approve the allocation of \u00a3118,000 to the Mercat Cross Square public realm "
               "improvements;",
               "to approve the allocation of \u00a362,500 to the Kinlarig Shopfront Improvement Scheme;",
               "to approve the allocation of \u00a332,000 to the Burgh Chambers accessible entrance; and",
               "to delegate authority to the Executive Director (Place), in consultation with the Convener, "
               "to reallocate any underspend between the three projects."])],
    "X": [("agreed", "The Committee resolved, in terms of Section 50A(4) of the Local Government (Scotland) "
                     "Act 1973, that the public and press be excluded from the meeting for the following "
                     "item of business on the grounds that it involved the likely disclosure of exempt "
                     "information of the classes described in Paragraphs 6 and 9 of Part I of Schedule 7A "
                     "of the Act.", []),
          ("p", "There was submitted Report No SAC/09/25 by the Executive Director (Finance and Resources) on "
                "the proposed lease of the former Auchterbrae Primary School building to Auchterbrae "
                "Community Development Trust."),
          ("agreed", "The Committee agreed:-", [
              "to approve the lease of the former Auchterbrae Primary School building to Auchterbrae "
              "Community Development Trust for a period of 25 years on the terms set out in the report; and",
              "to authorise the Head of Legal and Governance to conclude the lease on such other terms as "
              "she considers appropriate."])],
}
TOP_LEVEL = [a for a in AGENDA if "parent" not in a]
MINUTE_TITLES = {ROMAN[i]: a["title"].upper() for i, a in enumerate(TOP_LEVEL)}
MINUTE_AGENDA = {ROMAN[i]: a["number"] for i, a in enumerate(TOP_LEVEL)}

# ---------------------------------------------------------------- plan table
PLAN_TITLE = "Strathlarig Area - Roads Capital Programme 2025/26"
PLAN_COLUMNS = ["Ref", "Route", "Location", "Treatment", "Length (m)", "Estimate (\u00a3)"]
PLAN_WIDTHS = [16, 18, 62, 38, 18, 22]
PLAN_GROUPS = [
    ("Carriageway Resurfacing", [
        ("CR01", "A986", "Auchterbrae, Main Street", "Inlay 100mm", "420", "168,000"),
        ("CR02", "B9178", "Kinlarig, Station Road", "Inlay 60mm", "310", "96,500"),
        ("CR03", "C1147", "Glen Ardle Road (Ch 1200-1900)", "Overlay 40mm", "700", "142,000"),
        ("CR04", "U2210", "Drumvaich, Schoolhouse Brae", "Inlay 60mm", "185", "51,500"),
        ("CR05", "B9178", "Kinlarig, Market Street", "Inlay 100mm", "260", "118,000"),
    ]),
    ("Surface Dressing", [
        ("SD01", "C1152", "Balgowan to Craigdhu", "Surface dressing", "2,850", "88,000"),
        ("SD02", "U2231", "Achnabreck road end to Tullochbeg", "Surface dressing", "1,940", "57,500"),
        ("SD03", "C1147", "Glen Ardle Road (Ch 0-1200)", "Surface dressing", "1,200", "39,000"),
        ("SD04", "U2245", "Strathlarig Mains access", "Surface dressing", "760", "24,000"),
    ]),
    ("Footway Reconstruction", [
        ("FW01", "-", "Kinlarig, Mill Wynd", "Full reconstruction", "240", "72,000"),
        ("FW02", "-", "Kinlarig, Burnside Terrace", "Resurface", "310", "44,500"),
        ("FW03", "-", "Auchterbrae, Kirk Road", "Resurface", "150", "23,000"),
    ]),
    ("Bridges and Structures", [
        ("BR01", "B9178", "Kinlarig Bridge", "Parapet repairs", "-", "86,000"),
        ("BR02", "C1152", "Craigdhu Burn culvert", "Culvert replacement", "-", "112,000"),
        ("BR03", "U2231", "Tullochbeg footbridge", "Deck replacement", "-", "62,000"),
    ]),
]
PLAN_TOTAL = "1,184,000"


# ================================================================ rendering helpers
class _Doc(FPDF):
    def __init__(self, footer_left: str, orientation: str = "P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.footer_left = footer_left
        self.set_creation_date(CREATED)
        self.set_author(COUNCIL)
        self.set_margins(20, 16, 20)
        self.set_auto_page_break(True, 22)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 6, self.footer_left, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)


def _para(pdf: FPDF, text: str, x: float, size: float = 10, style: str = "", align: str = "L",
          h: float = 5, gap: float = 2) -> None:
    """A paragraph whose every line starts at `x`."""
    pdf.set_font("Helvetica", style, size)
    keep = pdf.l_margin
    pdf.set_left_margin(x)
    pdf.set_x(x)
    pdf.multi_cell(0, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_left_margin(keep)
    pdf.set_x(keep)
    if gap:
        pdf.ln(gap)


def _labelled(pdf: FPDF, label: str, text: str, x_label: float, x_text: float, size: float = 10,
              label_style: str = "B", style: str = "", align: str = "L", h: float = 5, gap: float = 2) -> None:
    """A label in its own column with the text wrapped in the column to its right."""
    _room(pdf, 2 * h)
    y = pdf.get_y()
    pdf.set_font("Helvetica", label_style, size)
    pdf.set_xy(x_label, y)
    pdf.cell(x_text - x_label, h, label)
    pdf.set_xy(x_text, y)
    _para(pdf, text, x_text, size=size, style=style, align=align, h=h, gap=gap)


def _room(pdf: FPDF, need: float) -> None:
    if pdf.get_y() + need > pdf.page_break_trigger:
        pdf.add_page()


def _letterhead(pdf: FPDF) -> None:
    pdf.set_fill_color(0, 72, 94)
    pdf.rect(pdf.l_margin, 14, 4, 22, style="F")
    pdf.set_xy(pdf.l_margin + 7, 14)
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_text_color(0, 72, 94)
    pdf.cell(110, 10, COUNCIL.upper())
    pdf.set_xy(pdf.l_margin + 7, 25)
    pdf.set_font("Helvetica", "I", 11)
    pdf.cell(110, 6, COUNCIL_GAELIC)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 8.5)
    y = 14
    for line in ADDRESS:
        pdf.set_xy(140, y)
        pdf.cell(50, 4.2, line, align="R")
        y += 4.2
    pdf.set_xy(140, y)
    pdf.cell(50, 4.2, "www.glenmorrach.gov.uk", align="R")
    pdf.set_draw_color(0, 72, 94)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, 40, pdf.w - pdf.r_margin, 40)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(46)


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _councillors(surnames: list[str]) -> str:
    return ("Councillor " if len(surnames) == 1 else "Councillors ") + _names(surnames)


def _member(surname: str) -> tuple[str, str, str]:
    return next(m for m in MEMBERS if m[1] == surname)


# ================================================================ agenda
def _render_agenda(path: Path) -> None:
    pdf = _Doc(f"{BODY} - {DATE_LONG}")
    pdf.add_page()
    _letterhead(pdf)
    refs = [("Our Ref:", "SAC/2025/02"), ("Please ask for:", CONTACT["name"]),
            ("Direct Line:", CONTACT["phone"]), ("Email:", CONTACT["email"]), ("Date:", "7 March 2025")]
    for label, value in refs:
        _labelled(pdf, label, value, 20, 52, size=9.5, h=4.8, gap=0)
    pdf.ln(6)
    _para(pdf, "Dear Councillor,", 20, gap=3)
    _para(pdf, BODY.upper(), 20, style="B", size=11, gap=3)
    _para(pdf, f"You are requested to attend a meeting of the {BODY} to be held in {VENUE}, and by remote "
               f"video link, on {DATE_LONG} at {START_PRINTED}, for the purpose of considering the business "
               "set out in the agenda overleaf.", 20, align="J", gap=3)
    _para(pdf, "The meeting will be webcast live and will be available for viewing on the Council's website "
               "thereafter. Members attending remotely are asked to join the meeting not later than 9.45 am "
               "to allow connections to be tested.", 20, align="J", gap=5)
    _para(pdf, "Yours sincerely", 20, gap=10)
    _para(pdf, SIGNATORY[0], 20, style="B", gap=0)
    _para(pdf, SIGNATORY[1], 20, gap=8)

    pdf.set_fill_color(235, 240, 242)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 7, "  MEMBERSHIP", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    roles = [f"{f} {s}" + (f" ({r})" if r else "") for f, s, r in MEMBERS]
    _labelled(pdf, "Councillors:", ", ".join(roles[:-1]) + " and " + roles[-1] + ".", 20, 50, size=9.5,
              h=4.8, gap=4)
    _labelled(pdf, "Quorum:", "Four members", 20, 50, size=9.5, h=4.8, gap=0)

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, COUNCIL.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, BODY.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, f"{DATE_LONG} at {START_PRINTED}", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "AGENDA", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(4)
    for item in AGENDA:
        if item.get("part") == "exempt":
            _room(pdf, 50)
            pdf.ln(2)
            y0 = pdf.get_y()
            pdf.set_xy(24, y0 + 3)
            _para(pdf, "ITEM WHICH THE COMMITTEE MAY WISH TO CONSIDER IN PRIVATE", 24, style="B", size=9.5,
                  h=4.8, gap=1)
            pdf.set_right_margin(24)
            _para(pdf, EXEMPT_NOTICE, 24, size=9.5, h=4.8, align="J", gap=0)
            pdf.set_right_margin(20)
            pdf.rect(20, y0, 170, pdf.get_y() - y0 + 3)
            pdf.set_y(pdf.get_y() + 8)
        if "parent" in item:
            _room(pdf, 14)
            _labelled(pdf, item["number"], item["title"], 32, 44, label_style="", style="B", size=10, gap=0)
            for line in item["lines"]:
                _para(pdf, line, 44, size=9.5, style="I", h=4.8, gap=0)
            pdf.ln(3)
        else:
            _room(pdf, 18)
            _labelled(pdf, f"{item['number']}.", item["title"], 20, 32, style="B", size=10.5, h=5.5, gap=1)
            for line in item["lines"]:
                _para(pdf, line, 32, size=9.5, h=4.8, align="J", gap=0)
            pdf.ln(5)
    pdf.output(str(path))


# ================================================================ minute
def _vote_lines(key: str) -> list[tuple[str, list[str]]]:
    vote = VOTES[key]
    rows = [(f"for the motion ({len(vote['yes'])})", vote["yes"]),
            (f"for the amendment ({len(vote['no'])})", vote["no"])]
    if vote["abstain"]:
        rows.append((f"declined to vote ({len(vote['abstain'])})", vote["abstain"]))
    return rows


def _render_vote(pdf: FPDF, key: str) -> None:
    vote = VOTES[key]
    _para(pdf, f"Councillor {vote['mover']}, seconded by Councillor {vote['seconder']}, moved as a "
               f"motion:- {vote['motion'][0].upper()}{vote['motion'][1:]}", 32, align="J", gap=3)
    _para(pdf, f"Councillor {vote['am_mover']}, seconded by Councillor {vote['am_seconder']}, moved as an "
               f"amendment:- {vote['amendment'][0].upper()}{vote['amendment'][1:]}", 32, align="J", gap=3)
    _room(pdf, 26)
    _para(pdf, "On a division, there voted:-", 32, gap=1)
    rows = _vote_lines(key)
    for i, (label, names) in enumerate(rows):
        end = "." if i == len(rows) - 1 else ";"
        _labelled(pdf, label, f"- {_councillors(names)}{end}", 38, 80, label_style="", h=5, gap=1)
    pdf.ln(2)
    _para(pdf, vote["outcome"], 32, gap=3)


def _render_minutes(path: Path) -> None:
    pdf = _Doc(f"{BODY} - {DATE_LONG} - Minute")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, COUNCIL.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(0, 5, COUNCIL_GAELIC, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, BODY.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    _para(pdf, f"MINUTE of MEETING of the {BODY.upper()} held in {VENUE}, and by remote video link, on "
               f"{DATE_LONG} at {START_PRINTED}.", 20, align="J", gap=5)

    present = [m for m in MEMBERS if m[1] not in APOLOGIES]
    chair, vice = present[0], present[1]
    rest = sorted(present[2:], key=lambda m: m[1])
    rest_names = [f"{f} {s}" + (" (remote)" if s in REMOTE else "") for f, s, _ in rest]
    sederunt = (f"Councillor {chair[0]} {chair[1]} ({chair[2]}); Councillor {vice[0]} {vice[1]} ({vice[2]}); "
                f"and Councillors {_names(rest_names)}.")
    _labelled(pdf, "Sederunt:", sederunt, 20, 56, gap=3)
    officers = "; ".join(f"{n}, {r}" for n, r in OFFICERS[:-1]) + f"; and {OFFICERS[-1][0]}, {OFFICERS[-1][1]}."
    _labelled(pdf, "In Attendance:", officers, 20, 56, gap=3)
    also = "; ".join(f"{rank} {n}, {org}" for rank, n, org in ALSO_PRESENT[:-1])
    rank, n, org = ALSO_PRESENT[-1]
    also += f"; and {rank} {n}, {org}."
    _labelled(pdf, "Also Present:", also, 20, 56, gap=4)
    _para(pdf, f"Councillor {chair[0]} {chair[1]}, {chair[2]}, in the Chair.", 20, style="B", gap=5)

    for number in ROMAN:
        _room(pdf, 24)
        _labelled(pdf, number, MINUTE_TITLES[number], 20, 32, style="B", h=5.5, gap=2)
        for block in MINUTE[number]:
            kind = block[0]
            if kind == "p":
                _para(pdf, block[1], 32, align="J", gap=3)
            elif kind == "vote":
                _render_vote(pdf, block[1])
            else:
                lead, clauses = block[1], block[2]
                _para(pdf, lead, 32, align="J", gap=1 if clauses else 3)
                for i, clause in enumerate(clauses, 1):
                    _labelled(pdf, f"({i})", clause, 32, 42, label_style="", align="J", gap=1)
                if clauses:
                    pdf.ln(1)
        pdf.ln(3)
    _para(pdf, f"The meeting concluded at {END_PRINTED}.", 20, gap=12)
    _room(pdf, 20)
    pdf.line(20, pdf.get_y(), 85, pdf.get_y())
    pdf.ln(1)
    _para(pdf, f"{chair[0].upper()} {chair[1].upper()}", 20, style="B", gap=0)
    _para(pdf, chair[2].upper(), 20, gap=0)
    pdf.output(str(path))


# ================================================================ plan table
def _render_plan(path: Path) -> None:
    pdf = _Doc("Report No SAC/06/25 - Appendix 1")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "APPENDIX 1", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_text_color(0, 72, 94)
    pdf.cell(0, 7, COUNCIL.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, PLAN_TITLE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, f"For approval by the {BODY} on 18 March 2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    aligns = ["L", "L", "L", "L", "R", "R"]
    pdf.set_line_width(0.25)
    pdf.set_fill_color(0, 72, 94)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 9)
    for col, w, a in zip(PLAN_COLUMNS, PLAN_WIDTHS, aligns):
        pdf.cell(w, 8, col, border=1, align="C" if a == "L" and col != "Location" else a, fill=True)
    pdf.ln(8)
    pdf.set_text_color(0, 0, 0)
    total_w = sum(PLAN_WIDTHS)
    for group, rows in PLAN_GROUPS:
        pdf.set_fill_color(220, 230, 234)
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(total_w, 7, group, border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "", 9)
        for row in rows:
            for value, w, a in zip(row, PLAN_WIDTHS, aligns):
                assert pdf.get_string_width(value) < w - 2, value
                pdf.cell(w, 7, value, border=1, align="C" if value == "-" else a)
            pdf.ln(7)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(total_w - 22, 6, "Programme total (\u00a3)", align="R")
    pdf.cell(22, 6, PLAN_TOTAL, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    _para(pdf, "Notes: Chainages (Ch) are measured in metres from the junction with the classified route "
               "named first. Estimates include design and supervision fees at 8% and are at 2025/26 prices. "
               "Schemes on the reserve list are not shown.", 18, size=8.5, style="I", h=4.4, align="J")
    pdf.output(str(path))


# ================================================================ build and gold
def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    paths = [folder / "agendas" / f"{AGENDA_NAME}.pdf", folder / "minutes" / f"{MINUTES_NAME}.pdf",
             folder / "plans" / f"{PLAN_NAME}.pdf"]
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
    _render_agenda(paths[0])
    _render_minutes(paths[1])
    _render_plan(paths[2])
    return paths


def _resolution_count(number: str) -> int:
    return sum(max(1, len(b[2])) for b in MINUTE[number] if b[0] == "agreed")


def _gold_agenda() -> dict:
    items = []
    for item in AGENDA:
        record = {"number": item["number"], "title": item["title"], "pages": None,
                  "part": item.get("part", "public"), "parent": item.get("parent")}
        if item["lines"]:
            record["topics"] = list(item["lines"])
        if "report" in item:
            record["report"] = item["report"]
        items.append(record)
    return {
        "file": f"generated/agendas/{AGENDA_NAME}.pdf",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Sub-items print their own numbers (6.1 to 6.3) indented under item 6, so they are kept as items "
            "with parent 6; the application amounts under them are topics, not items.",
            "The descriptive lines under each item (report numbers, 'copy attached') are topics and are kept "
            "out of the titles.",
            "Item 10 follows a boxed notice proposing exclusion of the public, so it is exempt; the notice is "
            "not an item.",
            "No page numbers are printed against items, so pages are null.",
            "The membership list on the covering letter is not attendance, so the agenda has no attendance.",
            "The contact is the 'Please ask for' officer with the direct line and email printed beside her.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": START, "contact": dict(CONTACT)},
        "agenda": items,
    }


def _gold_minutes() -> dict:
    items = [{"number": n, "title": MINUTE_TITLES[n], "agenda_item": MINUTE_AGENDA[n]} for n in ROMAN]
    per_item = {n: _resolution_count(n) for n in ROMAN}
    votes = []
    for key, vote in VOTES.items():
        voters = {"yes": list(vote["yes"]), "no": list(vote["no"])}
        if vote["abstain"]:
            voters["abstain"] = list(vote["abstain"])
        votes.append({
            "item": key, "result": "carried",
            "counts": {"yes": len(vote["yes"]), "no": len(vote["no"]), "abstain": len(vote["abstain"])},
            "voters": voters,
            "motion": vote["motion"][0].upper() + vote["motion"][1:], "mover": vote["mover"], "seconder": vote["seconder"],
            "result_as_printed": vote["outcome"],
        })
    attendance = []
    for first, surname, role in MEMBERS:
        if surname in APOLOGIES:
            continue
        status = "virtual" if surname in REMOTE else "present"
        record = {"name": f"{first} {surname}", "status": status}
        if role:
            record["role"] = role
        attendance.append(record)
    for surname in APOLOGIES:
        first, _, _ = _member(surname)
        attendance.append({"name": f"{first} {surname}", "status": "apologies"})
    for name, role in OFFICERS:
        attendance.append({"name": name, "status": "in_attendance", "role": role})
    for rank, name, org in ALSO_PRESENT:
        attendance.append({"name": name, "status": "also_present", "role": f"{rank}, {org}"})
    return {
        "file": f"generated/minutes/{MINUTES_NAME}.pdf",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Articles are numbered in Roman numerals (I to X) as printed; each maps to the agenda item in "
            "the same position.",
            "Titles are given in capitals as printed.",
            "Each 'The Committee agreed' or 'The Committee resolved' sentence counts once, and each numbered "
            "part under an 'agreed:-' or 'resolved:-' lead counts once instead of the lead.",
            "The exclusion of the public is printed as a 'resolved' sentence at the start of Article X, so "
            "it counts as a resolution of Article X.",
            "Motions and amendments ('moved as a motion:- That the Committee ...') are proposals, not "
            "decisions, and are not counted as resolutions.",
            "In each division the votes for the motion are yes and those for the amendment are no; "
            "'declined to vote' is counted as abstain; the motion being carried gives result carried.",
            "Divisions name councillors by surname only, so voters are surnames.",
            "Councillor Souter is marked '(remote)' in the sederunt, so his status is virtual.",
            "Councillor Laing left the meeting before Article VIII but attended, so he is present.",
            "Apologies are recorded only in Article I; the two councillors named there have status apologies.",
            "The police and fire officers under 'Also Present' are also_present, with rank and service as "
            "role; council officers under 'In Attendance' are in_attendance with their posts as role.",
            "Councillor Petrie declared an interest but remained present for the meeting.",
            "The end time is taken from 'The meeting concluded at 12.47 pm.'",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": START, "end_time": END},
        "minutes": {
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
    }


def _gold_plan() -> dict:
    rows, groups, index = [], [], 0
    for group, group_rows in PLAN_GROUPS:
        groups.append({"title": group, "first_index": index, "last_index": index + len(group_rows) - 1})
        for row in group_rows:
            rows.append({"index": index, "group": group, "cells": dict(zip(PLAN_COLUMNS, row))})
            index += 1
    samples = [rows[i] for i in (0, 2, 5, 10, 13)]
    return {
        "file": f"generated/plans/{PLAN_NAME}.pdf",
        "kind": "plan",
        "country": "UK",
        "notes": [
            "The group banners (Carriageway Resurfacing and so on) span the table and are groups, not rows.",
            "The programme total is printed below the ruled table, not as a row of it, so it is not counted.",
            "A '-' printed in a cell is kept as its value.",
        ],
        "meeting": {"body": BODY, "date": DATE},
        "tables": [{
            "page": 1, "title": PLAN_TITLE, "columns": list(PLAN_COLUMNS), "row_count": len(rows),
            "pages": {"first": 1, "last": 1}, "groups": groups, "ruled": True, "rows": samples,
        }],
    }


def gold() -> dict[str, dict]:
    return {
        f"agendas__{AGENDA_NAME}": _gold_agenda(),
        f"minutes__{MINUTES_NAME}": _gold_minutes(),
        f"plans__{PLAN_NAME}": _gold_plan(),
    }

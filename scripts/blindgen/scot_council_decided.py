"""Drumloch Council (fictional Scottish unitary council): Education and Children's Services Committee.

Printed the way west-central Scottish councils print committee papers:

* ``agendas/drumloch_education-childrens-services-committee_2025-11-20_agenda.pdf`` - the notice
  of meeting (letter from the Head of Legal and Democratic Services, membership with the religious
  representatives, contact details), then the BUSINESS list: items numbered 1 to 11 with the
  sub-items 5(a), 5(b), 9(a) and 9(b), each with a line on the report and the pack page range in a
  "Page" column, and a Part II section "Items likely to be considered in private" (items 12 and
  13) with the paragraphs of Part I of Schedule 7A of the Local Government (Scotland) Act 1973 in
  a "Para" column.
* ``minutes/drumloch_education-childrens-services-committee_2025-11-20_minutes.pdf`` - the minutes
  of that meeting: a sederunt (Present / Also Present / Attending / Apologies paragraphs), running
  minute numbers 212 to 226 at the left margin with bold capital headings, narrative paragraphs
  ("There was submitted a report by ..."), bold "DECIDED:" decisions (single sentence or lettered
  sub-decisions), Highland-style "The Committee: i. NOTED ...; ii. AGREED ..." lists, a show of
  hands vote (minute 217) and a roll call vote (minute 218), and the exclusion of the public before
  the two private items.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

COUNCIL = "Drumloch Council"
COUNCIL_SLUG = "drumloch"
BODY = "Education and Children's Services Committee"
BODY_SLUG = "education-childrens-services-committee"
DATE = datetime.date(2025, 11, 20)
DATE_LONG = "Thursday, 20 November 2025"
START = "10:00"
START_PRINTED = "10.00 am"
END = "12:40"
END_PRINTED = "12.40 pm"
VENUE = "Committee Room 2, Municipal Buildings, Kirk Wynd, Drumloch"

CONTACT = {"name": "Ailsa Kerr", "phone": "01632 960418", "email": "committee.services@drumloch.gov.uk"}

STEM = f"{COUNCIL_SLUG}_{BODY_SLUG}_{DATE.isoformat()}"
AGENDA_FILE = f"agendas/{STEM}_agenda.pdf"
MINUTES_FILE = f"minutes/{STEM}_minutes.pdf"

CREATED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)

# --------------------------------------------------------------------------------------------
# Agenda
# --------------------------------------------------------------------------------------------

AGENDA = [
    {"number": "1", "title": "Apologies for Absence", "pages": None, "part": "public", "parent": None,
     "desc": None},
    {"number": "2", "title": "Declarations of Interest", "pages": None, "part": "public", "parent": None,
     "desc": "Members are asked to declare any financial or non-financial interest in any item of business "
             "on the agenda, identifying the relevant item and the nature of the interest."},
    {"number": "3", "title": "Minute of Previous Meeting", "pages": (5, 12), "part": "public",
     "parent": None,
     "desc": "Submit minute of meeting of the Education and Children's Services Committee held on "
             "2 October 2025 (copy herewith)."},
    {"number": "4", "title": "Revenue Budget Monitoring 2025/26 - Period 6", "pages": (13, 22),
     "part": "public", "parent": None, "desc": "Report by Chief Financial Officer (copy herewith)."},
    {"number": "5", "title": "Attainment and Improvement", "pages": None, "part": "public", "parent": None,
     "desc": None},
    {"number": "5(a)", "title": "Scottish Attainment Challenge: Strategic Equity Funding Plan 2025/26",
     "pages": (23, 34), "part": "public", "parent": "5",
     "desc": "Report by Chief Education Officer (copy herewith)."},
    {"number": "5(b)", "title": "Senior Phase Examination Results 2025", "pages": (35, 48), "part": "public",
     "parent": "5", "desc": "Report by Chief Education Officer (copy herewith)."},
    {"number": "6", "title": "Early Learning and Childcare: Review of Funded Provider Rates 2026/27",
     "pages": (49, 56), "part": "public", "parent": None,
     "desc": "Report by Chief Education Officer (copy herewith)."},
    {"number": "7", "title": "Proposed Closure of Glenmirren Primary School: Outcome of Statutory "
                             "Consultation",
     "pages": (57, 80), "part": "public", "parent": None,
     "desc": "Report by Chief Education Officer, including the Consultation Report prepared under the "
             "Schools (Consultation) (Scotland) Act 2010 (copy herewith)."},
    {"number": "8", "title": "Children's Services Plan 2023-2026: Annual Progress Report", "pages": (81, 96),
     "part": "public", "parent": None, "desc": "Report by Head of Children's Services (copy herewith)."},
    {"number": "9", "title": "Learning Estate", "pages": None, "part": "public", "parent": None,
     "desc": None},
    {"number": "9(a)", "title": "Learning Estate Investment Programme: Drumloch West Campus Progress Update",
     "pages": (97, 104), "part": "public", "parent": "9",
     "desc": "Report by Chief Education Officer (copy herewith)."},
    {"number": "9(b)", "title": "Digital Learning Devices Refresh", "pages": (105, 110), "part": "public",
     "parent": "9", "desc": "Report by Chief Education Officer (copy herewith)."},
    {"number": "10", "title": "Education Scotland Inspection Reports", "pages": (111, 118),
     "part": "public", "parent": None, "desc": "Report by Chief Education Officer (copy herewith)."},
    {"number": "11",
     "title": "Scottish Government Consultation on Teacher Numbers and Class Contact Time: Proposed Response",
     "pages": (119, 126), "part": "public", "parent": None,
     "desc": "Report by Chief Education Officer (copy herewith)."},
    {"number": "12", "title": "School Transport Contracts 2026-2031: Award of Contracts", "pages": (127, 134),
     "part": "exempt", "parent": None, "paras": "6 & 8",
     "desc": "Report by Chief Education Officer (copy herewith)."},
    {"number": "13", "title": "Staffing Matter: Additional Support Needs Service", "pages": (135, 138),
     "part": "exempt", "parent": None, "paras": "1",
     "desc": "Report by Chief Education Officer (copy herewith)."},
]

MEMBERSHIP = (
    "Councillor Fiona Lennox (Convener); Councillor Graeme Docherty (Vice-Convener); Councillors "
    "Morag Baird, Iain Cairney, Lorna Hepburn, Peter McAllister, Shona Muirhead, Stuart Quinn, Callum "
    "Rennie, Tariq Sattar, Hugh Whyte and Alison Wishart."
)
RELIGIOUS = "Mrs Eleanor Thomson, Mr Ronald Gillies and the Reverend Andrew Galbraith."

# --------------------------------------------------------------------------------------------
# Minutes: sederunt
# --------------------------------------------------------------------------------------------

# (name as printed, status, role, substitute_for)
ATTENDANCE = [
    ("Fiona Lennox", "present", "Convener", None),
    ("Graeme Docherty", "present", "Vice-Convener", None),
    ("Morag Baird", "present", None, None),
    ("Iain Cairney", "present", None, None),
    ("Karen Forsyth", "substitute", None, "Stuart Quinn"),
    ("Lorna Hepburn", "present", None, None),
    ("Peter McAllister", "present", None, None),
    ("Shona Muirhead", "present", None, None),
    ("Callum Rennie", "present", None, None),
    ("Tariq Sattar", "present", None, None),
    ("Hugh Whyte", "present", None, None),
    ("Eleanor Thomson", "present", "Religious Representative", None),
    ("Ronald Gillies", "present", "Religious Representative", None),
    ("Douglas Speirs", "also_present", "Local Member", None),
    ("D Rankin", "in_attendance", "Chief Education Officer", None),
    ("S Fairlie", "in_attendance", "Head of Education (Schools and Learning)", None),
    ("J McCrindle", "in_attendance", "Head of Children's Services", None),
    ("R Abernethy", "in_attendance", "Finance Manager (Education and Children's Services)", None),
    ("L Gow", "in_attendance", "Senior Solicitor", None),
    ("A Kerr", "in_attendance", "Committee Services Officer", None),
    ("Stuart Quinn", "apologies", None, None),
    ("Alison Wishart", "apologies", None, None),
    ("Andrew Galbraith", "apologies", "Religious Representative", None),
]

SEDERUNT = [
    ("Present:",
     "Councillor Fiona Lennox (Convener); Councillor Graeme Docherty (Vice-Convener); Councillors Morag "
     "Baird, Iain Cairney, Karen Forsyth (substitute for Councillor Stuart Quinn), Lorna Hepburn, Peter "
     "McAllister, Shona Muirhead, Callum Rennie, Tariq Sattar and Hugh Whyte; and Mrs Eleanor Thomson and "
     "Mr Ronald Gillies (Religious Representatives)."),
    ("Also Present:", "Councillor Douglas Speirs (Local Member, for minute 218)."),
    ("Attending:",
     "D Rankin, Chief Education Officer; S Fairlie, Head of Education (Schools and Learning); J McCrindle, "
     "Head of Children's Services; R Abernethy, Finance Manager (Education and Children's Services); "
     "L Gow, Senior Solicitor; and A Kerr, Committee Services Officer."),
    ("Apologies:",
     "Councillors Stuart Quinn and Alison Wishart; and the Reverend Andrew Galbraith (Religious "
     "Representative)."),
]

# --------------------------------------------------------------------------------------------
# Minutes: items
# --------------------------------------------------------------------------------------------

VOTE_217 = {
    "kind": "hands",
    "mover": "Docherty", "seconder": "Rennie",
    "motion": "that the recommendations in the report be approved",
    "am_mover": "Hepburn", "am_seconder": "Sattar",
    "amendment": "that the hourly rate for children aged three and four years be set at \xa36.65 and that "
                 "the additional cost of \xa3318,000 be met from the Education and Children's Services "
                 "earmarked reserve",
    "for_motion": 7, "for_amendment": 5,
}

VOTE_218 = {
    "kind": "roll",
    "mover": "Lennox", "seconder": "Docherty",
    "motion": "that the recommendations in the report be approved",
    "am_mover": "Cairney", "am_seconder": "Whyte",
    "amendment": "that consideration of the proposal be continued to allow officers to examine the option "
                 "of a shared headship between Glenmirren and Ardgour Primary Schools, and to report back "
                 "to the Committee in March 2026",
    "motion_names": (["Baird", "Docherty", "Lennox", "McAllister", "Rennie"], ["Thomson"]),
    "amendment_names": (["Cairney", "Forsyth", "Hepburn", "Sattar", "Whyte"], []),
    "abstain_names": (["Muirhead"], []),
}


def _vote_paragraphs(v: dict) -> list[tuple]:
    """The printed text of a contested item, from the vote's data."""
    blocks: list[tuple] = [(
        "para",
        f"After discussion, Councillor {v['mover']}, seconded by Councillor {v['seconder']}, moved "
        f"{v['motion']}. Councillor {v['am_mover']}, seconded by Councillor {v['am_seconder']}, moved as an "
        f"amendment {v['amendment']}.",
    )]
    if v["kind"] == "hands":
        blocks.append((
            "para",
            f"On a vote being taken by show of hands, {v['for_amendment']} members voted for the amendment "
            f"and {v['for_motion']} for the motion. The motion was accordingly declared carried.",
        ))
    else:
        blocks.append(("para", "The roll was called and the members voted as follows:-"))
        rows = []
        for label, (cllrs, others) in (("For the motion", v["motion_names"]),
                                       ("For the amendment", v["amendment_names"]),
                                       ("Abstained", v["abstain_names"])):
            count = len(cllrs) + len(others)
            if len(cllrs) == 1:
                text = f"Councillor {cllrs[0]}"
            else:
                text = "Councillors " + ", ".join(cllrs[:-1]) + f" and {cllrs[-1]}"
            if others:
                text += ", and " + " and ".join(f"Mrs {o}" for o in others)
            rows.append((f"{label} ({count}):", text + "."))
        blocks.append(("roll", rows))
        blocks.append(("para", "The motion was accordingly declared carried."))
    return blocks


MINUTES = [
    {"number": "212", "title": "DECLARATIONS OF INTEREST", "agenda_item": "2", "blocks": [
        ("para", "Councillor Baird declared a non-financial interest in item 6 of the agenda, Early Learning "
                 "and Childcare: Review of Funded Provider Rates 2026/27, as a member of the management "
                 "committee of Kirkhill Community Playgroup, which is a funded provider in partnership with "
                 "the Council. She indicated that she would leave the meeting during consideration of that "
                 "item and take no part in the discussion or decision."),
        ("para", "Councillor Sattar declared a non-financial interest in item 7 of the agenda, Proposed "
                 "Closure of Glenmirren Primary School, as a member of the parent council of a neighbouring "
                 "school. Having applied the objective test set out in the Councillors' Code of Conduct, he "
                 "considered that the interest did not preclude his participation and he remained in the "
                 "meeting."),
        ("para", "No other declarations of interest were intimated."),
    ]},
    {"number": "213", "title": "MINUTE OF PREVIOUS MEETING", "agenda_item": "3", "blocks": [
        ("para", "There was submitted the minute of the meeting of the Education and Children's Services "
                 "Committee held on 2 October 2025."),
        ("decided", ["That the minute be approved as a correct record and signed by the Convener."]),
    ]},
    {"number": "214", "title": "REVENUE BUDGET MONITORING 2025/26 - PERIOD 6", "agenda_item": "4", "blocks": [
        ("para", "There was submitted a report by the Chief Financial Officer advising of the projected "
                 "outturn position for Education and Children's Services as at period 6 (26 September "
                 "2025). The report indicated a projected overspend of \xa3412,000, representing 0.2% of "
                 "the net budget, arising mainly from the demand for residential and external fostering "
                 "placements, partially offset by staff turnover savings within the teaching "
                 "establishment. The Finance Manager answered members' questions on the assumptions used "
                 "for the recruitment of pupil support assistants and on the timing of the pay award "
                 "funding from the Scottish Government."),
        ("decided", ["That the report be noted."]),
    ]},
    {"number": "215", "title": "SCOTTISH ATTAINMENT CHALLENGE: STRATEGIC EQUITY FUNDING PLAN 2025/26",
     "agenda_item": "5(a)", "blocks": [
        ("para", "There was submitted a report by the Chief Education Officer seeking approval of the "
                 "Strategic Equity Funding Plan for 2025/26, which set out proposals for the use of the "
                 "Council's allocation of \xa32,184,600 to close the poverty-related attainment gap. The "
                 "plan prioritised family learning, targeted literacy interventions at the early level and "
                 "support for care experienced young people, and proposed that a proportion of the funding "
                 "be devolved to school clusters on the basis of the number of pupils residing in SIMD "
                 "quintile 1."),
        ("decided", [
            "that the Strategic Equity Funding Plan 2025/26, as detailed in Appendix 1 to the report, be "
            "approved;",
            "that \xa3640,000 of the allocation be devolved to the six school clusters on the basis set "
            "out in "
            "paragraph 4.3 of the report; and",
            "that the Chief Education Officer submit a report on the impact of the plan to a meeting of the "
            "Committee in June 2026.",
        ]),
    ]},
    {"number": "216", "title": "SENIOR PHASE EXAMINATION RESULTS 2025", "agenda_item": "5(b)", "blocks": [
        ("para", "There was submitted a report by the Chief Education Officer providing an analysis of the "
                 "performance of young people in Drumloch's eight secondary schools in the 2025 SQA "
                 "examination diet, comparing attainment against the virtual comparator and the national "
                 "average. The report highlighted that the proportion of S4 pupils achieving five or more "
                 "awards at SCQF level 5 had increased for the third consecutive year, while the proportion "
                 "of leavers achieving one or more awards at SCQF level 6 had fallen slightly."),
        ("para", "In response to a question from Councillor Whyte, the Head of Education (Schools and "
                 "Learning) undertook to circulate a breakdown of the results by school and by SIMD quintile "
                 "to all members of the Committee."),
        ("committee", [
            ("NOTED", "the improvement in attainment at SCQF level 5 and the continued narrowing of the gap "
                      "between the most and least deprived quintiles;"),
            ("NOTED", "that a breakdown of the results by school and SIMD quintile would be circulated to "
                      "members; and"),
            ("AGREED", "that the Head of Education (Schools and Learning) arrange a members' seminar on "
                       "senior "
                       "phase curriculum pathways before the end of March 2026."),
        ]),
    ]},
    {"number": "217", "title": "EARLY LEARNING AND CHILDCARE: REVIEW OF FUNDED PROVIDER RATES 2026/27",
     "agenda_item": "6", "vote": VOTE_217, "blocks": [
        ("note", "Councillor Baird, having declared an interest in this item (minute 212 refers), left the "
                 "meeting and took no part in its consideration."),
        ("para", "There was submitted a report by the Chief Education Officer advising of the outcome of the "
                 "annual review of the hourly rate paid to private and voluntary providers delivering funded "
                 "early learning and childcare in partnership with the Council. The report set out the "
                 "findings of the cost collection exercise undertaken with 34 funded providers in August "
                 "2025 and recommended an increase in the hourly rate for children aged three and four years "
                 "from \xa36.15 to \xa36.42, and in the rate for eligible two year olds from \xa36.90 to "
                 "\xa37.18, with effect from 1 April 2026."),
        *_vote_paragraphs(VOTE_217),
        ("decided", [
            "that the hourly rate paid to funded providers be increased to \xa36.42 for children aged three "
            "and four years and to \xa37.18 for eligible two year olds, with effect from 1 April 2026; and",
            "that the Chief Education Officer write to all funded providers confirming the revised rates no "
            "later than 19 December 2025.",
        ]),
        ("note", "Councillor Baird rejoined the meeting following consideration of this item. Mr "
                 "Gillies left "
                 "the meeting at this point."),
    ]},
    {"number": "218",
     "title": "PROPOSED CLOSURE OF GLENMIRREN PRIMARY SCHOOL: OUTCOME OF STATUTORY CONSULTATION",
     "agenda_item": "7", "vote": VOTE_218, "blocks": [
        ("para", "There was submitted a report by the Chief Education Officer on the outcome of the "
                 "statutory "
                 "consultation carried out under the Schools (Consultation) (Scotland) Act 2010 on the "
                 "proposal to close Glenmirren Primary School, which had a roll of 11 pupils, and to extend "
                 "the catchment area of Ardgour Primary School to include the existing Glenmirren catchment "
                 "area. The Consultation Report, which took account of 142 written responses, the views "
                 "expressed at the public meeting held on 9 September 2025 and the report by Education "
                 "Scotland, was attached as an appendix. The report advised that, should the proposal be "
                 "approved, it would require to be notified to the Scottish Ministers, who would have a "
                 "period of eight weeks in which to decide whether to call in the proposal."),
        ("para", "Councillor Speirs, as a local member for the ward, addressed the Committee with the "
                 "permission of the Convener and outlined the concerns expressed by parents regarding "
                 "travel times for younger pupils and the future use of the school building."),
        *_vote_paragraphs(VOTE_218),
        ("decided", [
            "that the proposal to close Glenmirren Primary School with effect from 30 June 2026, and to "
            "extend "
            "the catchment area of Ardgour Primary School to include the existing Glenmirren catchment area, "
            "be approved;",
            "that the Chief Education Officer notify the Scottish Ministers of the decision in "
            "accordance with "
            "section 15 of the Schools (Consultation) (Scotland) Act 2010; and",
            "that, subject to the proposal not being called in, the Chief Education Officer put in place "
            "transition arrangements for the pupils concerned, including free school transport to Ardgour "
            "Primary School.",
        ]),
    ]},
    {"number": "219", "title": "CHILDREN'S SERVICES PLAN 2023-2026: ANNUAL PROGRESS REPORT",
     "agenda_item": "8",
     "blocks": [
        ("para", "There was submitted a report by the Head of Children's Services presenting the second "
                 "annual progress report on the Drumloch Children's Services Plan 2023-2026, prepared "
                 "jointly with NHS partners in accordance with Part 3 of the Children and Young People "
                 "(Scotland) Act 2014. The report summarised progress against the four priorities of the "
                 "plan, including the implementation of The Promise, and advised that work had commenced on "
                 "the preparation of the next plan for the period 2026-2029."),
        ("decided", ["That the report be noted."]),
    ]},
    {"number": "220",
     "title": "LEARNING ESTATE INVESTMENT PROGRAMME: DRUMLOCH WEST CAMPUS PROGRESS UPDATE",
     "agenda_item": "9(a)", "blocks": [
        ("para", "There was submitted a report by the Chief Education Officer providing an update on the "
                 "construction of the Drumloch West Campus, which would bring together St Columba's High "
                 "School, Bankhead Primary School and a 120 place early learning and childcare centre on a "
                 "single site. The report advised that the main contractor had reached wind and watertight "
                 "stage in October 2025, that the project remained within the approved budget of \xa368.4 "
                 "million, and that the revised date for handover was 7 August 2026, some four weeks later "
                 "than originally programmed, owing to delays in the delivery of the steel frame."),
        ("committee", [
            ("NOTED", "the progress of the construction works and the revised handover date of 7 August "
                      "2026;"),
            ("NOTED", "that the project remained within the approved budget; and"),
            ("AGREED", "that a site visit for members of the Committee be arranged in the spring of 2026."),
        ]),
    ]},
    {"number": "221", "title": "DIGITAL LEARNING DEVICES REFRESH", "agenda_item": "9(b)", "blocks": [
        ("para", "There was submitted a report by the Chief Education Officer seeking approval to proceed "
                 "with the refresh of the digital learning devices issued to pupils in P6 to S6, the current "
                 "devices having reached the end of their supported life. The report advised that the total "
                 "cost of the refresh over three years was estimated at \xa33.9 million, to be met from the "
                 "capital programme, and that the procurement would be undertaken through a national "
                 "framework agreement."),
        ("decided", [
            "that the refresh of digital learning devices be approved on the phased basis set out in section "
            "5 of the report; and",
            "that authority be delegated to the Chief Education Officer, in consultation with the "
            "Convener, to "
            "award the contract following the procurement exercise.",
        ]),
    ]},
    {"number": "222", "title": "EDUCATION SCOTLAND INSPECTION REPORTS", "agenda_item": "10", "blocks": [
        ("para", "There was submitted a report by the Chief Education Officer on the outcomes of the "
                 "inspections by Education Scotland and the Care Inspectorate of Kilbride Primary School and "
                 "Nursery Class, Lochside Early Years Centre and Drumloch Academy, published between August "
                 "and October 2025, together with the improvement actions identified by each "
                 "establishment."),
        ("decided", ["That the report be noted and that the congratulations of the Committee be conveyed to "
                     "the staff of Lochside Early Years Centre on the very good grades awarded."]),
    ]},
    {"number": "223",
     "title": "SCOTTISH GOVERNMENT CONSULTATION ON TEACHER NUMBERS AND CLASS CONTACT TIME: PROPOSED RESPONSE",
     "agenda_item": "11", "blocks": [
        ("para", "There was submitted a report by the Chief Education Officer on the Scottish Government's "
                 "consultation on proposals to reduce the class contact time of teachers to 21 hours per "
                 "week while maintaining teacher numbers, and seeking approval of the proposed response by "
                 "the Council, a copy of which was appended to the report."),
        ("decided", ["That the proposed response be approved for submission to the Scottish Government "
                     "by the "
                     "closing date of 5 December 2025."]),
    ]},
    {"number": "224", "title": "EXCLUSION OF PRESS AND PUBLIC", "agenda_item": None, "blocks": [
        ("decided", ["That, under Section 50A(4) of the Local Government (Scotland) Act 1973, the press and "
                     "public be excluded from the meeting for the following items of business on the grounds "
                     "that they involved the likely disclosure of exempt information as defined in "
                     "paragraphs "
                     "1, 6 and 8 of Part I of Schedule 7A of the Act."]),
    ]},
    {"number": "225", "title": "SCHOOL TRANSPORT CONTRACTS 2026-2031: AWARD OF CONTRACTS",
     "agenda_item": "12",
     "blocks": [
        ("para", "There was submitted a report by the Chief Education Officer on the outcome of the tender "
                 "exercise for the provision of home to school transport for the period 2026 to 2031."),
        ("decided", ["That the contracts be awarded to the tenderers identified in Appendix 2 to the "
                     "report, at "
                     "an estimated total cost of \xa311.2 million over the five year period."]),
    ]},
    {"number": "226", "title": "STAFFING MATTER: ADDITIONAL SUPPORT NEEDS SERVICE", "agenda_item": "13",
     "blocks": [
        ("para", "There was submitted a report by the Chief Education Officer on a staffing matter "
                 "within the "
                 "Additional Support Needs Service."),
        ("decided", [
            "that the recommendations in the report be approved; and",
            "that the Chief Education Officer report on the implementation of the revised staffing structure "
            "to a future meeting of the Committee.",
        ]),
    ]},
]

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

LEFT = 20.0
RIGHT = 20.0
LINE = 5.2


class _Doc(FPDF):
    def __init__(self, running_head: str, footer: str):
        super().__init__(format="A4")
        self.running_head = running_head
        self.footer_style = footer
        self.set_margins(LEFT, 18, RIGHT)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(CREATED)
        self.set_author("Drumloch Council")
        self.set_title(running_head)

    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.set_xy(LEFT, 10)
            self.cell(0, 4, self.running_head, align="R")
            self.set_draw_color(120, 120, 120)
            self.line(LEFT, 15, self.w - RIGHT, 15)
            self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 9)
        if self.footer_style == "of":
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        else:
            self.cell(0, 5, f"{self.page_no()}", align="C")

    # -- text helpers ------------------------------------------------------------------------

    def block(self, text: str, x: float, size: float = 11, style: str = "", h: float = LINE,
              align: str = "J", after: float = 2.5):
        """A paragraph wrapped between x and the right margin, continuing on the next page at x."""
        self.set_font("Helvetica", style, size)
        self.set_left_margin(x)
        self.set_x(x)
        self.multi_cell(0, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_left_margin(LEFT)
        self.set_x(LEFT)
        self.ln(after)

    def hanging(self, label: str, text: str, label_x: float, text_x: float, size: float = 11,
                label_style: str = "B", style: str = "", after: float = 2.5, align: str = "J"):
        """A label at label_x with its text wrapped from text_x (a hanging indent)."""
        self.ensure(2 * LINE)
        y = self.get_y()
        self.set_font("Helvetica", label_style, size)
        self.set_xy(label_x, y)
        self.cell(text_x - label_x, LINE, label)
        self.set_xy(text_x, y)
        self.block(text, text_x, size=size, style=style, after=after, align=align)

    def ensure(self, height: float):
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()


def _agenda_pdf() -> FPDF:
    pdf = _Doc(f"{BODY} - 20 November 2025 - Agenda", "of")
    pdf.add_page()
    width = pdf.w - LEFT - RIGHT

    # letterhead
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, "DRUMLOCH COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Legal and Democratic Services  |  Municipal Buildings, Kirk Wynd, Drumloch",
             align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(LEFT, pdf.get_y() + 2, pdf.w - RIGHT, pdf.get_y() + 2)
    pdf.ln(7)

    top = pdf.get_y()
    pdf.set_font("Helvetica", "", 10)
    for label, value in (("Our Ref:", "ECS/AK/1125"), ("Contact:", CONTACT["name"]),
                         ("Tel:", CONTACT["phone"]), ("Email:", CONTACT["email"])):
        pdf.set_x(LEFT)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(20, 5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(80, 5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(140, top)
    pdf.cell(50, 5, "Date: 10 November 2025", align="R")
    pdf.set_y(top + 26)

    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, f"To: Members of the {BODY}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.block("Dear Councillor", LEFT)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, BODY.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.block(f"You are requested to attend a meeting of the {BODY} to be held in {VENUE} on "
              f"{DATE_LONG} at {START_PRINTED}, for the purpose of considering the undernoted business.",
              LEFT)
    pdf.block("Members of the press and public are welcome to attend the meeting, which will also be webcast "
              "live on the Council's website. Any member who is unable to attend is asked to intimate "
              "apologies to Committee Services as soon as possible, and to arrange for a substitute where "
              "the political group concerned has nominated one.", LEFT)
    pdf.ln(2)
    pdf.block("Yours faithfully", LEFT, after=8)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 5, "MORVEN CALDER", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 5, "Head of Legal and Democratic Services", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    pdf.hanging("Membership:", MEMBERSHIP, LEFT, LEFT + 50, size=10)
    pdf.hanging("Religious Representatives:", RELIGIOUS, LEFT, LEFT + 50, size=10)
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 9)
    pdf.block("Substitutes: any member of the Council may attend as a substitute for a member of the "
              "Committee from the same political group. Religious representatives may not be substituted.",
              LEFT, size=9, style="I")

    # business
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "BUSINESS", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_x(LEFT + width - 25)
    pdf.cell(25, 5, "Page", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)

    def item_row(item: dict, private: bool):
        sub = item["parent"] is not None
        num_x = LEFT + (12 if sub else 0)
        title_x = num_x + 14
        title_w = (LEFT + width - 50 if private else LEFT + width - 30) - title_x
        pdf.ensure(3 * LINE)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(num_x, y)
        pdf.cell(14, LINE, item["number"])
        if item["pages"]:
            pdf.set_xy(LEFT + width - 25, y)
            pdf.set_font("Helvetica", "", 11)
            pdf.cell(25, LINE, f"{item['pages'][0]} - {item['pages'][1]}", align="R")
        if private:
            pdf.set_xy(LEFT + width - 47, y)
            pdf.set_font("Helvetica", "", 11)
            pdf.cell(20, LINE, item["paras"], align="C")
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(title_x, y)
        pdf.multi_cell(title_w, LINE, item["title"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if item["desc"]:
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(title_x)
            pdf.multi_cell(title_w, LINE - 0.4, item["desc"], align="L", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
        pdf.ln(3.5)

    for item in AGENDA:
        if item["part"] == "public":
            item_row(item, False)

    pdf.ln(4)
    pdf.ensure(60)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "PART II - ITEMS LIKELY TO BE CONSIDERED IN PRIVATE", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.block("The documentation relative to the following items has been treated as exempt information in "
              "terms of the Local Government (Scotland) Act 1973 as amended, the nature of the exempt "
              "information being that set out in the paragraphs of Part I of Schedule 7A of the Act whose "
              "numbers are set out opposite the heading to each item.", LEFT, size=10, style="I")
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.set_xy(LEFT + width - 47, y)
    pdf.cell(20, 5, "Para", align="C")
    pdf.set_xy(LEFT + width - 25, y)
    pdf.cell(25, 5, "Page", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    for item in AGENDA:
        if item["part"] == "exempt":
            item_row(item, True)

    pdf.ln(6)
    pdf.ensure(30)
    pdf.set_font("Helvetica", "", 9)
    pdf.block(f"Enquiries to: {CONTACT['name']}, Committee Services Officer - Tel: {CONTACT['phone']} - "
              f"Email: {CONTACT['email']}", LEFT, size=9, align="L")
    pdf.block("Copies of reports are available on the Council's website. Reports for items in Part II are "
              "circulated to members of the Committee only.", LEFT, size=9, align="L")
    return pdf


NUM_X = LEFT
TEXT_X = LEFT + 16
LETTER_X = TEXT_X + 2
LETTER_TEXT_X = TEXT_X + 11


def _minutes_pdf() -> FPDF:
    pdf = _Doc(f"{BODY} - 20 November 2025", "num")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "DRUMLOCH COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, BODY.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.block(f"Minutes of meeting held in {VENUE} on {DATE_LONG.replace(',', '')} at {START_PRINTED}.",
              LEFT, align="L", after=4)

    for label, text in SEDERUNT:
        pdf.hanging(label, text, LEFT, LEFT + 30, after=3)
    pdf.block("Councillor Lennox, Convener, presided.", LEFT, after=3)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(LEFT, pdf.get_y() + 1, pdf.w - RIGHT, pdf.get_y() + 1)
    pdf.ln(5)
    pdf.block("The following paragraphs are submitted for information only, having been dealt with under the "
              "powers delegated to the Committee.", LEFT, size=10, style="I", after=5)

    for item in MINUTES:
        pdf.ensure(4 * LINE)
        if item["number"] == "225":
            pdf.ln(2)
            pdf.block("PART II - ITEMS CONSIDERED IN PRIVATE", LEFT, style="B", align="C", after=4)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(NUM_X, y)
        pdf.cell(TEXT_X - NUM_X, LINE, item["number"])
        pdf.set_xy(TEXT_X, y)
        pdf.block(item["title"], TEXT_X, style="B", align="L", after=2.5)
        for block in item["blocks"]:
            kind = block[0]
            if kind == "para":
                pdf.block(block[1], TEXT_X)
            elif kind == "note":
                pdf.block(block[1], TEXT_X, style="I")
            elif kind == "roll":
                for label, names in block[1]:
                    pdf.hanging(label, names, TEXT_X + 6, TEXT_X + 54, label_style="", after=1.5, align="L")
                pdf.ln(1.5)
            elif kind == "decided":
                parts = block[1]
                pdf.ensure(3 * LINE)
                if len(parts) == 1:
                    pdf.hanging("DECIDED:", parts[0], TEXT_X, TEXT_X + 22, after=4)
                else:
                    pdf.block("DECIDED:", TEXT_X, style="B", after=1.5)
                    for i, text in enumerate(parts):
                        pdf.hanging(f"({'abcdefgh'[i]})", text, LETTER_X, LETTER_TEXT_X, label_style="",
                                    after=1.5)
                    pdf.ln(2.5)
            elif kind == "committee":
                pdf.ensure(3 * LINE)
                pdf.block("The Committee:", TEXT_X, after=1.5)
                for i, (verb, text) in enumerate(block[1]):
                    numeral = ["i.", "ii.", "iii.", "iv.", "v."][i]
                    pdf.ensure(2 * LINE)
                    y = pdf.get_y()
                    pdf.set_font("Helvetica", "", 11)
                    pdf.set_xy(LETTER_X, y)
                    pdf.cell(LETTER_TEXT_X - LETTER_X, LINE, numeral)
                    pdf.set_left_margin(LETTER_TEXT_X)
                    pdf.set_xy(LETTER_TEXT_X, y)
                    pdf.set_font("Helvetica", "B", 11)
                    pdf.write(LINE, verb + " ")
                    pdf.set_font("Helvetica", "", 11)
                    pdf.write(LINE, text)
                    pdf.ln(LINE)
                    pdf.set_left_margin(LEFT)
                    pdf.ln(1.5)
                pdf.ln(2.5)
        pdf.ln(1.5)

    pdf.ln(4)
    pdf.block(f"The meeting ended at {END_PRINTED}.", LEFT, after=3)
    return pdf


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    written = []
    for rel, make in ((AGENDA_FILE, _agenda_pdf), (MINUTES_FILE, _minutes_pdf)):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        make().output(str(path))
        written.append(path)
    return written


# --------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------


def _resolutions(item: dict) -> int:
    count = 0
    for block in item["blocks"]:
        if block[0] in ("decided", "committee"):
            count += len(block[1])
    return count


def _vote_gold(number: str, v: dict) -> dict:
    if v["kind"] == "hands":
        return {"item": number, "result": "carried",
                "counts": {"yes": v["for_motion"], "no": v["for_amendment"], "abstain": 0},
                "mover": v["mover"], "seconder": v["seconder"], "motion": v["motion"],
                "result_as_printed": "The motion was accordingly declared carried.",
                "note": "Show of hands, motion against amendment; no abstentions printed."}
    yes = v["motion_names"][0] + v["motion_names"][1]
    no = v["amendment_names"][0] + v["amendment_names"][1]
    abstain = v["abstain_names"][0] + v["abstain_names"][1]
    return {"item": number, "result": "carried",
            "counts": {"yes": len(yes), "no": len(no), "abstain": len(abstain)},
            "voters": {"yes": yes, "no": no, "abstain": abstain},
            "mover": v["mover"], "seconder": v["seconder"], "motion": v["motion"],
            "result_as_printed": "The motion was accordingly declared carried.",
            "note": "Roll call, motion against amendment."}


def gold() -> dict[str, dict]:
    agenda_items = []
    for item in AGENDA:
        rec = {"number": item["number"], "title": item["title"],
               "pages": {"first": item["pages"][0], "last": item["pages"][1]} if item["pages"] else None,
               "part": item["part"], "parent": item["parent"]}
        if item.get("desc"):
            rec["report"] = item["desc"]
        if item.get("paras"):
            rec["note"] = f"Schedule 7A paragraph(s) {item['paras']}"
        agenda_items.append(rec)

    agenda = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Sub-items are printed with their full number (5(a), 5(b), 9(a), 9(b)) and take items 5 and 9, "
            "which print no page range, as their parents.",
            "Page ranges are the pack pages printed in the Page column, not the pages of this agenda file.",
            "Items 12 and 13 under 'Part II - Items likely to be considered in private' are exempt; the "
            "Schedule 7A paragraph numbers in the Para column are kept out of the titles.",
            "The 'Report by ... (copy herewith)' line under each title is a description, not part of the "
            "title.",
            "The membership list on the notice page is not attendance, so no attendance is given.",
        ],
        "meeting": {"body": BODY, "date": DATE.isoformat(), "start_time": START, "contact": dict(CONTACT)},
        "agenda": agenda_items,
    }

    items = [{"number": m["number"], "title": m["title"], "agenda_item": m["agenda_item"]} for m in MINUTES]
    per_item = {m["number"]: _resolutions(m) for m in MINUTES}
    votes = [_vote_gold(m["number"], m["vote"]) for m in MINUTES if "vote" in m]
    attendance = []
    for name, status, role, sub_for in ATTENDANCE:
        rec = {"name": name, "status": status, "role": role}
        if sub_for:
            rec["substitute_for"] = sub_for
        attendance.append(rec)

    minutes = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute numbers 212 to 226 run on across the council year; the agenda number each minute deals "
            "with is given as agenda_item, and the exclusion of the public (224) has none.",
            "Apologies are printed in the sederunt, not as a numbered minute, so agenda item 1 has no "
            "minute.",
            "Each lettered part under one DECIDED counts as one resolution, and a single-sentence DECIDED "
            "counts as one.",
            "Each numbered NOTED or AGREED line in a 'The Committee:' list counts as one resolution.",
            "The declarations of interest minute (212) records no decision, so it has no resolution.",
            "For both contested items yes is the vote for the motion and no the vote for the amendment.",
            "The show of hands in minute 217 prints no abstentions, so abstain is 0.",
            "The roll call in minute 218 names Mrs Thomson, a religious representative, among those for the "
            "motion, and names no absentees.",
            "Councillor Forsyth attended as substitute for Councillor Quinn, who is listed under apologies.",
            "Religious representatives are voting members, so they are present with role Religious "
            "Representative; 'the Reverend' is dropped from Andrew Galbraith's name as an honorific.",
            "Councillor Speirs (Also Present) is a non-member local member, so his status is also_present.",
            "Officers are named with an initial and surname as printed under Attending, with the job title "
            "as role.",
            "Councillor Baird leaving for minute 217 and Mr Gillies leaving after it do not change their "
            "attendance status.",
        ],
        "meeting": {"body": BODY, "date": DATE.isoformat(), "start_time": START, "end_time": END},
        "minutes": {
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
    }
    return {
        "agendas__" + Path(AGENDA_FILE).stem: agenda,
        "minutes__" + Path(MINUTES_FILE).stem: minutes,
    }

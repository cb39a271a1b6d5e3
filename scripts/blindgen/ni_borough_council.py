"""Lough Carra and Mourne Vale Borough Council (fictional), a Northern Ireland borough council.

The Council has 40 Members (9 Aldermen and 31 Councillors) and meets monthly in the Council
Chamber of Carrabridge Civic Centre, with Members able to join remotely. Its papers are printed the
way Northern Ireland councils print them:

* ``agendas/lough-carra-mourne-vale_council_2025-10-06_agenda.pdf`` - the summons from the Chief
  Executive, then the agenda of the monthly meeting of Monday 6 October 2025 at 7.00 pm: numbered
  items 1 to 8 with sub-items 5.1 to 5.4 (committee minutes to adopt) and 7.1 to 7.2 (notices of
  motion, with the motion text printed under each), a "Pages" column giving the page range of each
  report in the agenda pack, and an "Items in Committee" part (items 9 to 11, exempt under
  Schedule 6 to the Local Government Act (Northern Ireland) 2014, no pages printed).
* ``minutes/lough-carra-mourne-vale_council_2025-10-06_minutes.pdf`` - the minutes of that meeting:
  "Present:" paragraph with titles grouped in the plural, "In attendance:" officers, "Apologies:",
  one Member attending remotely, minute numbers "C 187/25" to "C 202/25", decisions printed
  "Proposed by ..., Seconded by ... and AGREED - that ...", a notice of motion debated with an
  amendment carried on a recorded vote (FOR / AGAINST / ABSTAIN lists of names), show-of-hands
  votes with counts only, and the confidential "Items in Committee" minutes.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

COUNCIL = "Lough Carra and Mourne Vale Borough Council"
SLUG = "lough-carra-mourne-vale"
BODY = "Council"
BODY_SLUG = "council"
DATE = "2025-10-06"
DATE_LONG = "Monday 6 October 2025"
START = "19:00"
VENUE = "Council Chamber, Carrabridge Civic Centre"

AGENDA_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_agenda.pdf"
MINUTES_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_minutes.pdf"

# ---------------------------------------------------------------------------------------------
# Members. Surnames as the minutes print them (initials only where two Members share a surname).
MAYOR = "Fearon"            # a Councillor
DEPUTY = "Gilliland"        # an Alderman
ALDERMEN = ["Baxter", "Brennan", "Cardwell", "Gilliland", "Hanna", "Kerr", "McAleer", "Moffett", "Stitt"]
COUNCILLORS = ["Agnew", "Boyle", "Campbell", "Connolly", "Crossan", "Devlin", "Doherty", "Donnelly",
               "Fearon", "Ferris", "Gallagher", "Greer", "Haughey", "Irvine", "Keown", "Lavery",
               "Loughran", "Mallon", "A McKenna", "P McKenna", "McNulty", "Morrow", "Nesbitt",
               "O'Hagan", "Quinlan", "Rooney", "Savage", "Sloan", "Tate", "Ward", "Whyte"]
APOLOGIES = ["Kerr", "Doherty", "Mallon"]
REMOTE = "Devlin"
LATE = "Haughey"            # joined at 7.12 pm
LEFT = "Quinlan"            # left at 8.02 pm, before the notice of motion
TITLE = {**{n: "Alderman" for n in ALDERMEN}, **{n: "Councillor" for n in COUNCILLORS}}
assert len(ALDERMEN) + len(COUNCILLORS) == 40

# Officers: (honorific, name, role, printed with the title first)
OFFICERS = [
    ("Mr", "D Lennon", "Chief Executive", True),
    ("Ms", "C Magill", "Director of Corporate Services and Finance", False),
    ("Mr", "P Rafferty", "Director of Environment and Place", False),
    ("Mrs", "H Corr", "Director of Community and Wellbeing", False),
    ("Mr", "S Kearney", "Head of Planning", False),
    ("Ms", "L Ferran", "Borough Solicitor", False),
    ("Mrs", "J Orr", "Democratic Services Manager", False),
    ("Miss", "N Doak", "Democratic Services Officer", False),
]


def join(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def surname_key(name: str) -> str:
    return name.split()[-1].replace("'", "") + name


def describe_members(names: list[str], and_before_last_group: bool = True, sep: str = "; ") -> str:
    """'The Mayor (Councillor X); The Deputy Mayor (Alderman Y); Aldermen A and B; Councillors ...'."""
    parts = []
    if MAYOR in names:
        parts.append(f"The Mayor (Councillor {MAYOR})")
    if DEPUTY in names:
        parts.append(f"The Deputy Mayor (Alderman {DEPUTY})")
    for title, plural in (("Alderman", "Aldermen"), ("Councillor", "Councillors")):
        group = sorted((n for n in names if TITLE[n] == title and n not in (MAYOR, DEPUTY)), key=surname_key)
        if group:
            parts.append(f"{title if len(group) == 1 else plural} {join(group)}")
    if and_before_last_group and len(parts) > 1:
        parts[-1] = "and " + parts[-1]
    return sep.join(parts)


PRESENT = [n for n in ALDERMEN + COUNCILLORS if n not in APOLOGIES]
VOTING_AFTER_LEFT = [n for n in PRESENT if n != LEFT]
assert len(PRESENT) == 37 and len(VOTING_AFTER_LEFT) == 36

# ---------------------------------------------------------------------------------------------
# Agenda: (number, title, pages, part, parent, note)
AGENDA = [
    ("1", "Apologies", None, "public", None, None),
    ("2", "Declarations of Interest", None, "public", None, None),
    ("3", "Mayor's Business", None, "public", None, None),
    ("4", "Minutes of the Monthly Meeting of Council held on Monday 1 September 2025", (1, 12),
     "public", None, None),
    ("5", "Minutes of Committees for Adoption", None, "public", None, None),
    ("5.1", "Planning Committee held on Monday 15 September 2025", (13, 24), "public", "5", None),
    ("5.2", "Environment and Operations Committee held on Tuesday 9 September 2025", (25, 38),
     "public", "5", None),
    ("5.3", "Community and Wellbeing Committee held on Thursday 11 September 2025", (39, 48),
     "public", "5", None),
    ("5.4", "Policy and Resources Committee held on Tuesday 23 September 2025 (Part A - public "
     "business)", (49, 62), "public", "5", None),
    ("6", "Correspondence", (63, 70), "public", None, None),
    ("7", "Notices of Motion", None, "public", None, None),
    ("7.1", "Notice of Motion submitted by Councillor Rooney - Cost of Childcare", (71, 72),
     "public", "7", None),
    ("7.2", "Notice of Motion submitted by Alderman Stitt - Rural Bus Services", (73, 74),
     "public", "7", None),
    ("8", "Documents for Sealing: Lease of Former Carrabridge Gasworks Site to Lough Carra Community "
     "Energy Co-operative Limited and Deed of Dedication, Mourne Vale Greenway (Phase 2)", (75, 76),
     "public", None, None),
    ("9", "Minutes of Policy and Resources Committee held on Tuesday 23 September 2025 (Part B - "
     "items in confidence)", None, "exempt", None, "Exempt information - Schedule 6, Paragraph 3"),
    ("10", "Tender for the Supply of Refuse Collection Vehicles 2025-2029", None, "exempt", None,
     "Exempt information - Schedule 6, Paragraph 3"),
    ("11", "Staffing Matter - Corporate Services Directorate", None, "exempt", None,
     "Exempt information - Schedule 6, Paragraphs 1 and 2"),
]

MOTION_CHILDCARE = (
    "That this Council recognises the pressure which the rising cost of childcare places on working "
    "families across the Borough; notes that parents here receive less help with childcare costs than "
    "parents in neighbouring jurisdictions; and calls on the Minister for Education to bring forward a "
    "fully funded Early Learning and Childcare Strategy without further delay.")
AMENDMENT_WORDS = (
    "and further calls on the Executive to ensure that the Strategy makes specific provision for rural "
    "and community-based childcare providers, including those operating from church and community halls")
MOTION_CHILDCARE_AMENDED = MOTION_CHILDCARE[:-1] + "; " + AMENDMENT_WORDS + "."
MOTION_BUS = (
    "That this Council notes with concern the reduction in the frequency of rural bus services serving "
    "Drumkeel, Ballyfern and the Lough shore villages since April; recognises that many older residents "
    "and young people depend on these services to reach work, school and health appointments; and "
    "calls on the Department for Infrastructure to meet with the Council and local community groups to "
    "agree a plan to restore the services.")
AGENDA_TEXT = {"7.1": MOTION_CHILDCARE, "7.2": MOTION_BUS}

# ---------------------------------------------------------------------------------------------
# Votes, from which both the minutes text and the gold are written.
FOR_CHILDCARE = [MAYOR, DEPUTY, "Baxter", "Cardwell", "Hanna", "Moffett", "Stitt", "Agnew", "Campbell",
                 "Ferris", "Greer", "Irvine", "Keown", "A McKenna", "Morrow", "Nesbitt", "Sloan", "Tate",
                 "Ward", "Whyte"]
AGAINST_CHILDCARE = ["McAleer", "Boyle", "Connolly", "Crossan", "Devlin", "Donnelly", "Gallagher",
                     "Haughey", "Lavery", "Loughran", "O'Hagan", "Rooney", "Savage"]
ABSTAIN_CHILDCARE = ["Brennan", "P McKenna", "McNulty"]
assert sorted(FOR_CHILDCARE + AGAINST_CHILDCARE + ABSTAIN_CHILDCARE) == sorted(VOTING_AFTER_LEFT)

VOTES = [
    {"item": "C 192/25", "kind": "hands", "what": "amendment", "result": "lost",
     "counts": {"yes": 14, "no": 21, "abstain": 2}},
    {"item": "C 196/25", "kind": "recorded", "what": "amendment", "result": "carried",
     "counts": {"yes": len(FOR_CHILDCARE), "no": len(AGAINST_CHILDCARE), "abstain": len(ABSTAIN_CHILDCARE)},
     "voters": {"yes": FOR_CHILDCARE, "no": AGAINST_CHILDCARE, "abstain": ABSTAIN_CHILDCARE}},
    {"item": "C 196/25", "kind": "hands", "what": "substantive motion", "result": "carried",
     "counts": {"yes": 23, "no": 10, "abstain": 3}},
    {"item": "C 201/25", "kind": "hands", "what": "proposal", "result": "carried",
     "counts": {"yes": 27, "no": 6, "abstain": 3}},
]
assert sum(VOTES[0]["counts"].values()) == len(PRESENT)
assert all(sum(v["counts"].values()) == len(VOTING_AFTER_LEFT) for v in VOTES[1:])


def vote_sentence(vote: dict) -> str:
    c = vote["counts"]
    if vote["kind"] == "recorded":
        return (f"On a recorded vote, {c['yes']} Members voted For, {c['no']} Against and {c['abstain']} "
                "Abstained, as follows:")
    return (f"On a vote by show of hands, {c['yes']} Members voted For, {c['no']} Against and "
            f"{c['abstain']} Abstained. The Mayor declared the {vote['what']} **{vote['result'].upper()}**.")


# ---------------------------------------------------------------------------------------------
# Minutes: each item is (number, title, agenda item, blocks). A block is (kind, payload):
#   "p" paragraph, "note" italic line, "quote" indented italic motion text,
#   "dec" a decision paragraph (payload: text, resolutions), "sub" lettered sub-paragraphs,
#   "vote" a vote from VOTES (payload: index), "voters" the FOR/AGAINST/ABSTAIN lists (payload: index).
def P(text: str) -> tuple:
    return ("p", text)


def DEC(text: str, n: int = 1) -> tuple:
    return ("dec", (text, n))


MINUTES = [
    ("C 187/25", "APOLOGIES", "1", [
        P(f"Apologies were received from {describe_members(APOLOGIES, False, ' and ')}."),
    ]),
    ("C 188/25", "DECLARATIONS OF INTEREST", "2", [
        P("Alderman Brennan declared an interest in Item 5.1, Minutes of Planning Committee, in respect of "
          "application LA12/2025/0412/F (Replacement dwelling and garage, 41 Glenmore Road, Drumkeel), "
          "as he had made representations to the Planning Committee on behalf of a neighbouring resident."),
        P("Councillor Boyle declared an interest in Item 6, Correspondence, as a member of the board of "
          "Lough Carra Rivers Trust."),
    ]),
    ("C 189/25", "MAYOR'S BUSINESS", "3", [
        P("The Mayor welcomed Members, officers and those following the meeting on the live stream. He "
          "reminded Members attending remotely that they should keep their cameras switched on throughout "
          "the meeting and should indicate to the Democratic Services Manager if they lost connection."),
        P("The Mayor congratulated the Carrabridge Gaelic Athletic Club minor team on winning the county "
          "championship, the Mourne Vale Silver Band on its first place at the All-Ireland Brass Band "
          "Championships in the third section, and the staff of Drumkeel Leisure Centre on the centre's "
          "recent Quest accreditation."),
        P(f"Councillor {LATE} joined the meeting at 7.12 pm, during consideration of this item."),
    ]),
    ("C 190/25", "MINUTES OF THE MONTHLY MEETING OF COUNCIL HELD ON 1 SEPTEMBER 2025", "4", [
        DEC("Proposed by Alderman Baxter, Seconded by Councillor Keown and **AGREED** - that the minutes of "
            "the Monthly Meeting of Council held on 1 September 2025 be taken as read and signed as correct."),
    ]),
    ("C 191/25", "MINUTES OF PLANNING COMMITTEE HELD ON 15 SEPTEMBER 2025", "5.1", [
        P("Alderman Brennan, having declared an interest, took no part in the discussion on application "
          "LA12/2025/0412/F."),
        P("Councillor Tate, Chair of the Planning Committee, presented the minutes and drew Members' "
          "attention to the Committee's decision to defer application LA12/2025/0387/O (Site for dwelling "
          "adjacent to 6 Carrick Lane, Ballyfern) for a site visit."),
        DEC("Proposed by Councillor Tate, Seconded by Councillor Ward and **AGREED** - that the minutes of "
            "the Planning Committee meeting held on 15 September 2025 be adopted."),
    ]),
    ("C 192/25", "MINUTES OF ENVIRONMENT AND OPERATIONS COMMITTEE HELD ON 9 SEPTEMBER 2025", "5.2", [
        P("Councillor Rooney referred to minute EO 112/25, Household Recycling Centre Opening Hours, and "
          "expressed concern that the proposed reduction in weekday opening hours at the Drumkeel Household "
          "Recycling Centre from 1 November 2025 would lead to an increase in fly-tipping in rural areas."),
        P("Proposed by Councillor Rooney, Seconded by Councillor Savage, that minute EO 112/25 be referred "
          "back to the Environment and Operations Committee for further consideration."),
        P("The Director of Environment and Place (Mr Rafferty) advised that the revised hours reflected "
          "the pattern of use recorded over the previous eighteen months and would release savings of "
          "approximately £38,000 in a full year, and that weekend opening at all sites would be unchanged."),
        ("vote", 0),
        DEC("Proposed by Alderman Hanna, Seconded by Councillor Greer and **AGREED** - that the minutes of "
            "the Environment and Operations Committee meeting held on 9 September 2025 be adopted."),
    ]),
    ("C 193/25", "MINUTES OF COMMUNITY AND WELLBEING COMMITTEE HELD ON 11 SEPTEMBER 2025", "5.3", [
        P("Councillor McNulty, Chair of the Community and Wellbeing Committee, presented the minutes and "
          "noted the success of the Summer Schemes programme, which had provided 2,140 places across eleven "
          "venues in the Borough."),
        ("dec", ("Proposed by Councillor McNulty, Seconded by Alderman Moffett and **AGREED** -\n"
                 "(i)    that the minutes of the Community and Wellbeing Committee meeting held on "
                 "11 September 2025 be adopted; and\n"
                 "(ii)   that a letter of congratulation be issued on behalf of the Council to Drumkeel "
                 "Community Association on being awarded the Queen's Award for Voluntary Service.", 2)),
    ]),
    ("C 194/25", "MINUTES OF POLICY AND RESOURCES COMMITTEE HELD ON 23 SEPTEMBER 2025 (PART A)", "5.4", [
        P("Alderman Gilliland, Chair of the Policy and Resources Committee, presented Part A of the "
          "minutes. He advised that Part B, which contained exempt information, would be taken under Items "
          "in Committee."),
        P("In response to a query from Councillor Loughran regarding minute PR 141/25, Rates Estimates "
          "2026-2027 Timetable, the Director of Corporate Services and Finance (Ms Magill) confirmed that "
          "party group briefings would take place during the week commencing 10 November 2025."),
        DEC("Proposed by Alderman Gilliland, Seconded by Councillor Nesbitt and **AGREED** - that Part A of "
            "the minutes of the Policy and Resources Committee meeting held on 23 September 2025 be "
            "adopted."),
    ]),
    ("C 195/25", "CORRESPONDENCE", "6", [
        P("The Chief Executive presented the following items of correspondence:"),
        ("sub", [
            ("(a)", "Letter from the Northern Ireland Housing Executive regarding the Housing Investment "
                    "Plan Annual Update 2025-2026 for the Borough;"),
            ("(b)", "Letter from the Department for Infrastructure regarding the deferral of resurfacing "
                    "works on the B47 Carrabridge to Drumkeel Road to the 2026-2027 financial year;"),
            ("(c)", "Letter from the Mourne Vale Silver Band thanking the Council for its support towards "
                    "the band's travel to the All-Ireland Championships; and"),
            ("(d)", "Letter from Lough Carra Rivers Trust providing an update on the control of invasive "
                    "species along the Carra and Fern rivers."),
        ]),
        P("Councillor Lavery referred to item (b) and stated that the condition of the B47 was a matter of "
          "serious concern to residents, school transport operators and the emergency services."),
        DEC("Proposed by Councillor Lavery, Seconded by Councillor Boyle and **AGREED** - that the Council "
            "write to the Department for Infrastructure seeking an urgent meeting with the Divisional Roads "
            "Manager regarding the condition of the B47 Carrabridge to Drumkeel Road."),
        DEC("**AGREED** - to note the remaining correspondence."),
        P(f"Councillor {LEFT} left the meeting at 8.02 pm."),
    ]),
    ("C 196/25", "NOTICE OF MOTION - COST OF CHILDCARE", "7.1", [
        P("The following Notice of Motion was proposed by Councillor Rooney and seconded by Councillor "
          "O'Hagan:"),
        ("quote", MOTION_CHILDCARE),
        P("Councillor Rooney spoke in support of the motion, referring to a recent survey by a parents' "
          "organisation which found that more than half of respondents spent over a quarter of their "
          "household income on childcare."),
        P("Proposed by Alderman Cardwell, Seconded by Councillor Irvine, that the motion be amended by the "
          "addition at the end of the words:"),
        ("quote", f"\"{AMENDMENT_WORDS}.\""),
        P("Following debate, during which a number of Members spoke both in support of and against the "
          "amendment, Councillor Rooney requested a recorded vote."),
        ("vote", 1),
        ("voters", 1),
        P("The Mayor declared the amendment **CARRIED**. The amendment, having been carried, became the "
          "substantive motion, which was then put to the meeting."),
        ("vote", 2),
        DEC("**AGREED** - that this Council recognises the pressure which the rising cost of childcare "
            "places on working families across the Borough; notes that parents here receive less help with "
            "childcare costs than parents in neighbouring jurisdictions; calls on the Minister for "
            "Education to bring forward a fully funded Early Learning and Childcare Strategy without "
            f"further delay; {AMENDMENT_WORDS}."),
    ]),
    ("C 197/25", "NOTICE OF MOTION - RURAL BUS SERVICES", "7.2", [
        P("The following Notice of Motion was proposed by Alderman Stitt and seconded by Councillor Whyte:"),
        ("quote", MOTION_BUS),
        P("Members from all parties spoke in support of the motion. Councillor Crossan asked that the "
          "Council's Rural Support Officer be invited to any meeting with the Department."),
        DEC("Proposed by Alderman Stitt, Seconded by Councillor Whyte and **AGREED** - that the Notice of "
            "Motion be adopted and that the Council's Rural Support Officer be invited to attend any "
            "meeting arranged with the Department for Infrastructure."),
    ]),
    ("C 198/25", "DOCUMENTS FOR SEALING", "8", [
        P("The following documents were presented for sealing:"),
        ("sub", [
            ("(a)", "Lease of the former Carrabridge Gasworks site, Mill Street, Carrabridge, to Lough Carra "
                    "Community Energy Co-operative Limited for a term of 25 years; and"),
            ("(b)", "Deed of Dedication in respect of the Mourne Vale Greenway (Phase 2), Ballyfern to "
                    "Tullyhoran."),
        ]),
        DEC("Proposed by Alderman Moffett, Seconded by Councillor Sloan and **AGREED** - that the Common Seal "
            "of the Council be affixed to the documents listed above."),
    ]),
    ("C 199/25", "ITEMS IN COMMITTEE", None, [
        DEC("Proposed by Councillor Tate, Seconded by Alderman Hanna and **AGREED** - that the Council "
            "proceed to conduct the following business 'In Committee', the items containing exempt "
            "information as defined in Schedule 6 to the Local Government Act (Northern Ireland) 2014."),
        P("The live stream was paused and members of the press and public left the meeting at 8.41 pm. "
          f"Councillor {REMOTE} confirmed that no other person was present in the room from which he was "
          "attending remotely."),
    ]),
    ("C 200/25", "MINUTES OF POLICY AND RESOURCES COMMITTEE HELD ON 23 SEPTEMBER 2025 (PART B)", "9", [
        ("note", "(Exempt information - Schedule 6, Paragraph 3)"),
        DEC("Proposed by Alderman Gilliland, Seconded by Councillor Agnew and **AGREED** - that Part B of the "
            "minutes of the Policy and Resources Committee meeting held on 23 September 2025 be adopted."),
    ]),
    ("C 201/25", "TENDER FOR THE SUPPLY OF REFUSE COLLECTION VEHICLES 2025-2029", "10", [
        ("note", "(Exempt information - Schedule 6, Paragraph 3)"),
        P("The Director of Environment and Place (Mr Rafferty) presented a report on the outcome of the "
          "tender exercise for the supply of refuse collection vehicles for the period 2025 to 2029, which "
          "had been evaluated on the basis of the most economically advantageous tender."),
        P("Proposed by Alderman Moffett, Seconded by Councillor Ferris, that the recommendation set out in "
          "the report be approved."),
        P("Councillor Savage stated that she could not support the recommendation as the report did not "
          "include an option for electric or alternatively fuelled vehicles."),
        ("vote", 3),
        DEC("**AGREED** - that the contract for the supply of refuse collection vehicles 2025-2029 be awarded "
            "to the highest scoring tenderer, as set out in the report, at a total cost not exceeding "
            "£2,460,000."),
    ]),
    ("C 202/25", "STAFFING MATTER - CORPORATE SERVICES DIRECTORATE", "11", [
        ("note", "(Exempt information - Schedule 6, Paragraphs 1 and 2)"),
        P("The Director of Corporate Services and Finance (Ms Magill) presented a report on a staffing matter "
          "within the Corporate Services Directorate."),
        DEC("Proposed by Councillor Nesbitt, Seconded by Alderman McAleer and **AGREED** - that the "
            "recommendation set out in the report be approved."),
        P("The Council resumed in public session at 9.10 pm."),
    ]),
]


# ---------------------------------------------------------------------------------------------
# Rendering
class CouncilPDF(FPDF):
    def __init__(self, running_head: str, first_page_head: bool = False):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.running_head = running_head
        self.first_page_head = first_page_head
        self.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=22)
        self.set_title(running_head)
        self.set_author(COUNCIL)

    def header(self):
        if self.page_no() == 1 and not self.first_page_head:
            self.set_y(20)
            self.set_x(self.l_margin)
            return
        self.set_font("Helvetica", "", 8)
        self.set_xy(20, 10)
        self.cell(85, 4, COUNCIL)
        self.cell(85, 4, self.running_head, align="R")
        self.set_draw_color(120, 120, 120)
        self.line(20, 15, 190, 15)
        self.set_y(21)
        self.set_x(self.l_margin)

    def footer(self):
        self.set_font("Helvetica", "", 8)
        self.set_xy(20, -14)
        self.cell(170, 4, f"Page {self.page_no()} of {{nb}}", align="C")


LH = 5.2  # body line height


def para(pdf: FPDF, text: str, x: float, *, size: float = 11, style: str = "", gap: float = 3.2,
         markdown: bool = True, width: float = 0) -> None:
    pdf.set_font("Helvetica", style, size)
    old = pdf.l_margin
    pdf.set_left_margin(x)
    pdf.set_x(x)
    pdf.multi_cell(width, LH, text, markdown=markdown, new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(old)
    pdf.set_x(old)
    pdf.ln(gap)


def labelled(pdf: FPDF, label: str, text: str, x: float, x_text: float, *, size: float = 11,
             gap: float = 3) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.set_x(x)
    pdf.cell(x_text - x, LH, label)
    pdf.set_font("Helvetica", "", size)
    old = pdf.l_margin
    pdf.set_left_margin(x_text)
    pdf.multi_cell(0, LH, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(old)
    pdf.set_x(old)
    pdf.ln(gap)


def need(pdf: FPDF, mm: float) -> None:
    if pdf.get_y() + mm > pdf.h - 24:
        pdf.add_page()


def build_agenda(path: Path) -> None:
    pdf = CouncilPDF("Council - Monday 6 October 2025 - Agenda")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Carrabridge Civic Centre, 14 Quayside Road, Carrabridge, BT99 4LC", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Tel: 028 9900 4100   |   democratic.services@loughcarramournevale.example", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, LH, "30 September 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(pdf, "Dear Alderman/Councillor,", 20, gap=3)
    para(pdf, "You are hereby summoned to attend the Monthly Meeting of Lough Carra and Mourne Vale Borough "
              f"Council, which will be held in the {VENUE} and remotely via Microsoft Teams on "
              f"**{DATE_LONG} at 7.00 pm**, for the transaction of the business set out below.", 20, gap=3)
    para(pdf, "Members attending remotely are reminded that they must be able to hear and be heard, and "
              "see and be seen, throughout the meeting, and that they must confirm that no other person "
              "is present in the room from which they are attending before any item is taken in committee.",
         20, gap=3)
    para(pdf, "Refreshments will be available in the Members' Room from 6.15 pm.", 20, gap=6)
    para(pdf, "Yours faithfully,", 20, gap=10)
    para(pdf, "**D Lennon**\nChief Executive", 20, gap=8)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_x(20)
    pdf.cell(130, 6, "Item")
    pdf.cell(40, 6, "Pages", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 0, 0)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(3)

    for number, title, pages, part, parent, note in AGENDA:
        if number == "9":
            need(pdf, 60)
            pdf.ln(4)
            pdf.set_font("Helvetica", "B", 12)
            pdf.cell(0, 7, "ITEMS IN COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            para(pdf, "The following items are likely to be considered in the absence of the press and "
                      "public, as they contain exempt information as defined in Schedule 6 to the Local "
                      "Government Act (Northern Ireland) 2014. Reports on these items are circulated to "
                      "Members only.", 20, size=10, style="I", gap=4)
        need(pdf, 14)
        y0 = pdf.get_y()
        sub = parent is not None
        x_num = 32 if sub else 20
        x_title = 45 if sub else 32
        pdf.set_font("Helvetica", "" if sub else "B", 11)
        pdf.set_xy(x_num, y0)
        pdf.cell(x_title - x_num, LH + 0.6, f"{number}" if sub else f"{number}.")
        pdf.set_left_margin(x_title)
        pdf.set_xy(x_title, y0)
        pdf.multi_cell(163 - x_title, LH + 0.6, title, new_x="LMARGIN", new_y="NEXT")
        y1 = pdf.get_y()
        if pages:
            pdf.set_font("Helvetica", "", 11)
            pdf.set_xy(165, y0)
            text = f"{pages[0]} - {pages[1]}" if pages[0] != pages[1] else f"{pages[0]}"
            pdf.cell(25, LH + 0.6, text, align="R")
        pdf.set_xy(x_title, y1)
        if note:
            pdf.set_font("Helvetica", "I", 9.5)
            pdf.multi_cell(163 - x_title, LH, f"({note})", new_x="LMARGIN", new_y="NEXT")
        if number in AGENDA_TEXT:
            pdf.ln(1)
            pdf.set_font("Helvetica", "I", 10)
            pdf.multi_cell(163 - x_title, LH, f"\"{AGENDA_TEXT[number]}\"", new_x="LMARGIN", new_y="NEXT")
        if number == "5":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(163 - x_title, LH, "To receive and adopt the minutes of the following Committees:",
                           new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(20)
        pdf.set_x(20)
        pdf.ln(3.5 if sub else 4.5)

    pdf.ln(6)
    para(pdf, "Date of next meeting: Monday 3 November 2025 at 7.00 pm", 20, size=10, style="B", gap=2)
    para(pdf, "Distribution: All Members of Council; Chief Executive; Directors; Borough Solicitor; "
              "Democratic Services.", 20, size=9, gap=2)
    para(pdf, "Agenda pack page numbers are shown in the right-hand column. This agenda and the public "
              "reports are available on the Council's website; if you require the papers in an alternative "
              "format please contact Democratic Services.", 20, size=9, gap=2)
    pdf.output(str(path))


def build_minutes(path: Path) -> None:
    pdf = CouncilPDF("Council - 6 October 2025 - Minutes")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, LH + 0.4, "MINUTES OF THE MONTHLY MEETING OF COUNCIL HELD IN THE COUNCIL CHAMBER, "
                   "CARRABRIDGE CIVIC CENTRE AND REMOTELY VIA MICROSOFT TEAMS ON MONDAY 6 OCTOBER 2025 AT "
                   "7.00 PM", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    officers = []
    for honorific, name, role, title_first in OFFICERS:
        officers.append(f"{role} ({honorific} {name})" if title_first else f"{honorific} {name} ({role})")
    present = describe_members(PRESENT).replace(f"(Councillor {MAYOR})", f"(Councillor {MAYOR}) (Chair)")
    labelled(pdf, "Present:", present + ".", 20, 52)
    para(pdf, f"(Councillor {REMOTE} attended the meeting remotely via Microsoft Teams.)", 52, size=10,
         style="I", gap=3)
    labelled(pdf, "In attendance:", "; ".join(officers[:-1]) + " and " + officers[-1] + ".", 20, 52)
    labelled(pdf, "Apologies:", describe_members(APOLOGIES, False, " and ") + ".", 20, 52, gap=5)
    para(pdf, "The meeting commenced at 7.00 pm. The Mayor's Chaplain opened the meeting with prayer.", 20,
         gap=6)

    x_body = 45
    for number, title, _agenda_item, blocks in MINUTES:
        if number == "C 199/25":
            need(pdf, 50)
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.cell(0, 7, "IN COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "I", 9.5)
            pdf.cell(0, 5, "(Items containing exempt information - Local Government Act (Northern Ireland) "
                     "2014, Schedule 6)", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        need(pdf, 30)
        y0 = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(20, y0)
        pdf.cell(x_body - 20, LH + 0.6, number)
        para(pdf, title, x_body, style="B", gap=3, markdown=False)
        for kind, payload in blocks:
            if kind == "p":
                para(pdf, payload, x_body)
            elif kind == "note":
                para(pdf, payload, x_body, size=10, style="I")
            elif kind == "quote":
                para(pdf, payload, x_body + 8, style="I", markdown=False, width=190 - x_body - 16)
            elif kind == "dec":
                text, _n = payload
                if "\n" in text:
                    head, *lines = text.split("\n")
                    para(pdf, head, x_body, gap=1.5)
                    for line in lines:
                        label, rest = line.split(None, 1)
                        labelled(pdf, label, rest, x_body + 6, x_body + 17, gap=1.5)
                    pdf.ln(1.5)
                else:
                    para(pdf, text, x_body)
            elif kind == "sub":
                for label, text in payload:
                    pdf.set_font("Helvetica", "", 11)
                    pdf.set_x(x_body)
                    old = pdf.l_margin
                    pdf.cell(10, LH, label)
                    pdf.set_left_margin(x_body + 10)
                    pdf.multi_cell(0, LH, text, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_left_margin(old)
                    pdf.ln(1.5)
                pdf.ln(1.5)
            elif kind == "vote":
                para(pdf, vote_sentence(VOTES[payload]), x_body)
            elif kind == "voters":
                vote = VOTES[payload]
                for key, label in (("yes", "FOR"), ("no", "AGAINST"), ("abstain", "ABSTAIN")):
                    names = vote["voters"][key]
                    need(pdf, 12)
                    labelled(pdf, f"{label} ({len(names)})", describe_members(names, False) + ".",
                             x_body, x_body + 30, size=10.5, gap=2.5)
                pdf.ln(1)
        pdf.ln(2)

    need(pdf, 50)
    para(pdf, "There being no further business, the Mayor thanked Members for their attendance and the "
              "meeting concluded at 9.14 pm.", 20, gap=18)
    pdf.set_font("Helvetica", "", 11)
    pdf.set_x(20)
    pdf.cell(80, LH, "_______________________________")
    pdf.cell(90, LH, "_______________________", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.cell(80, LH, "Mayor")
    pdf.cell(90, LH, "Date", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    (folder / "agendas").mkdir(parents=True, exist_ok=True)
    (folder / "minutes").mkdir(parents=True, exist_ok=True)
    agenda = folder / "agendas" / AGENDA_FILE
    minutes = folder / "minutes" / MINUTES_FILE
    build_agenda(agenda)
    build_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------
# Gold
def _attendance() -> list[dict]:
    rows = []
    for name in ALDERMEN + COUNCILLORS:
        if name == MAYOR:
            role = "Mayor (Chair)"
        elif name == DEPUTY:
            role = "Deputy Mayor"
        else:
            role = TITLE[name]
        if name in APOLOGIES:
            status = "apologies"
        elif name == REMOTE:
            status = "virtual"
        else:
            status = "present"
        rows.append({"name": name, "status": status, "role": role})
    civic = {MAYOR: 0, DEPUTY: 1}
    rows.sort(key=lambda r: (r["status"] == "apologies", civic.get(r["name"], 2), r["role"] != "Alderman",
                             surname_key(r["name"])))
    officers = [{"name": name, "status": "in_attendance", "role": role} for _h, name, role, _t in OFFICERS]
    present = [r for r in rows if r["status"] != "apologies"]
    apologies = [r for r in rows if r["status"] == "apologies"]
    return present + officers + apologies


def gold() -> dict[str, dict]:
    meeting = {"body": BODY, "date": DATE, "start_time": START}
    agenda_items = []
    for number, title, pages, part, parent, note in AGENDA:
        item = {"number": number, "title": title,
                "pages": {"first": pages[0], "last": pages[1]} if pages else None,
                "part": part, "parent": parent}
        if note:
            item["note"] = note
        if number in AGENDA_TEXT:
            item["topics"] = [AGENDA_TEXT[number]]
        agenda_items.append(item)
    agenda_record = {
        "file": f"generated/agendas/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Meeting body is the full Council (its monthly meeting); start time 7.00 pm from the summons.",
            "Page ranges are those printed in the Pages column, which refer to the agenda pack, not to the "
            "pages of this agenda document.",
            "Items 5 and 7 are headings with sub-items 5.1 to 5.4 and 7.1 to 7.2, so the sub-items take them "
            "as parent; neither heading prints a page range.",
            "The line 'To receive and adopt the minutes of the following Committees' under item 5 is "
            "explanatory text, not part of the title.",
            "The notice of motion text printed under items 7.1 and 7.2 is kept out of the titles.",
            "The 'ITEMS IN COMMITTEE' heading is a banner, not an item; items 9 to 11 under it are exempt.",
            "The Schedule 6 paragraph reference printed under each exempt item is a note, not title text.",
            "Item numbers are given without the trailing dot printed after top-level numbers.",
        ],
        "meeting": meeting,
        "agenda": agenda_items,
    }

    resolutions_per_item = {}
    items = []
    for number, title, agenda_item, blocks in MINUTES:
        items.append({"number": number, "title": title, "agenda_item": agenda_item})
        resolutions_per_item[number] = sum(p[1] for k, p in blocks if k == "dec")
    votes = []
    for v in VOTES:
        vote = {"item": v["item"], "result": v["result"], "counts": dict(v["counts"]),
                "note": v["what"]}
        if "voters" in v:
            vote["voters"] = {k: list(names) for k, names in v["voters"].items()}
        votes.append(vote)
    minutes_record = {
        "file": f"generated/minutes/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Members are named as printed, by surname only, with an initial only for the two McKennas; "
            "officers are named by initial and surname without Mr, Ms, Mrs or Miss.",
            f"Councillor {REMOTE} is listed under Present but a note says he attended remotely, so his "
            "status is virtual.",
            f"Councillor {LATE} joined late (7.12 pm) and Councillor {LEFT} left at 8.02 pm; both are "
            "recorded as present.",
            "The Mayor is recorded with role 'Mayor (Chair)' and the Deputy Mayor with role 'Deputy Mayor'; "
            "other Members have their title (Alderman or Councillor) as role.",
            "Apologies appear both in the Apologies paragraph and in minute C 187/25; each person is listed "
            "once.",
            "Every clause printed 'AGREED -' counts as one resolution, including 'AGREED - to note'.",
            "The decision in C 193/25 has parts (i) and (ii) under one AGREED and counts as two.",
            "Proposals that were put to a vote but are not printed with AGREED (the lost referral amendment "
            "in C 192/25, the carried amendment in C 196/25) are not counted as resolutions.",
            "C 196/25 holds two votes: the amendment on a recorded vote and the substantive motion on a show "
            "of hands.",
            "Recorded-vote voters are listed by surname, the Mayor and Deputy Mayor by the surnames in "
            "their brackets.",
            "C 199/25 (going into committee) has no agenda item number; the agenda prints only a banner "
            "there.",
            "The meeting concluded at 9.14 pm.",
        ],
        "meeting": {**meeting, "end_time": "21:14"},
        "minutes": {
            "items": items,
            "resolutions": sum(resolutions_per_item.values()),
            "resolutions_per_item": resolutions_per_item,
            "votes": votes,
            "attendance": _attendance(),
        },
    }
    return {
        f"agendas__{AGENDA_FILE[:-4]}": agenda_record,
        f"minutes__{MINUTES_FILE[:-4]}": minutes_record,
    }

"""Comhairle Chontae an Bhearna / Barnagh County Council (fictional), an Irish county council.

The council's monthly meeting of Monday 10th March 2025 at 2.00 p.m. in the Council Chamber,
Aras an Chontae, Mill Street, Barnagh, printed the way Irish county councils print them:

* agendas/barnagh-county-council_monthly-meeting_2025-03-10_agenda.pdf -- the summons letter
  from the Meetings Administrator (bilingual salutation) and the Clar: thirteen numbered items,
  three of them with lettered sub-items ((a), (b), (c)): the minutes to confirm, two Section 183
  disposals and three notices of motion printed in full under the name of the member. No page
  references are printed against the items. Footer "Page n of N".
* minutes/barnagh-county-council_monthly-meeting_2025-03-10_minutes.pdf -- the minutes: bold
  heading sentence, "Cathaoirleach:" line, "Present:" councillors in a three-column block
  ("Cllr." before each name), "Apologies:" line, "Officials in attendance:" one a line with
  their titles, then minute items numbered "MM 24/25" to "MM 38/25" in a hanging layout.
  Decisions are worded "On the proposal of ..., seconded by ..., it was agreed ..." or
  "It was proposed by ..., seconded by ... and RESOLVED:" followed by the quoted text (two
  Section 183 disposals, the Part 8 approval under Section 179, an HFA loan, the Annual Service
  Delivery Plan as a numbered two-part resolution and one notice of motion). The Part 8 item
  has a roll-call vote "For (18): / Against (5): / Abstain (1): / Absent (4):" by initial and
  surname; a second motion is lost on a show of hands (11 to 13). Votes of sympathy, members
  leaving early, and a signature block close the document.
"""

from __future__ import annotations

import datetime
import unicodedata
from pathlib import Path

from fpdf import FPDF

COUNCIL_SLUG = "barnagh-county-council"
BODY_SLUG = "monthly-meeting"
DATE = "2025-03-10"
DATE_LONG = "Monday, 10th March, 2025"
BODY = "Barnagh County Council"

AGENDA_NAME = f"{COUNCIL_SLUG}_{BODY_SLUG}_{DATE}_agenda.pdf"
MINUTES_NAME = f"{COUNCIL_SLUG}_{BODY_SLUG}_{DATE}_minutes.pdf"

CONTACT = {"name": "Gráinne Mulhare", "phone": "(098) 555 0142", "email": "meetings@barnaghcoco.ie"}

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

CATHAOIRLEACH = ("Pádraig", "Mac Giolla Phádraig")

# councillors present at the start of the meeting (besides the Cathaoirleach)
PRESENT = [
    ("Caoimhe", "Brannigan"),
    ("Bríd", "Costigan"),
    ("Liam", "Cuddihy"),
    ("Michael Joe", "Dunphy"),
    ("Declan", "Fahy"),
    ("Damien", "Garvan"),
    ("Maeve", "Geraghty"),
    ("Patricia", "Hession"),
    ("Gerard", "Kilbride"),
    ("Kevin", "Lenihan-Rourke"),
    ("Tadhg", "Mac Aodha"),
    ("Áine", "Mhic Craith"),
    ("Fergal", "Moynagh"),
    ("Síle", "Ní Bhriain"),
    ("Róisín", "Ní Chonaill"),
    ("Siobhán", "Ní Fhearghail"),
    ("Úna", "Ní Mhaoláin"),
    ("Máire", "Nic Giolla"),
    ("Colm", "Ó hAodha"),
    ("Donncha", "Ó Laoire"),
    ("Eoghan", "Ó Murchú"),
    ("Seán", "Ó Súilleabháin"),
    ("Bernadette", "Quilty"),
    ("Enda", "Rabbitte"),
    ("Niamh", "Tuohy"),
]

APOLOGIES = [("Proinsias", "Keaveney"), ("Orla", "Bergin")]

# left the meeting before the Part 8 roll call (time, minute under which it is recorded)
LEFT_EARLY = {"Kilbride": ("3.15 p.m.", "MM 28/25"), "Moynagh": ("3.40 p.m.", "MM 29/25")}

OFFICIALS = [
    ("Mr.", "Conall Furlong", "Chief Executive"),
    ("Ms.", "Deirdre Ní Ghallchóir", "Director of Services, Housing"),
    ("Mr.", "Ciarán Ó Dálaigh", "Director of Services, Planning and Economic Development"),
    ("Ms.", "Yvonne Threadgold", "Head of Finance"),
    ("Mr.", "Barry Coughlan-Maher", "Senior Planner"),
    ("Mr.", "Lorcan Spillane", "Senior Executive Architect"),
    ("Ms.", "Aoife Ní Riain", "Senior Executive Officer, Property Management"),
    ("Ms.", "Gráinne Mulhare", "Meetings Administrator"),
    ("Ms.", "Tracey Kinsella", "Assistant Staff Officer"),
]

ALL_MEMBERS = [CATHAOIRLEACH] + PRESENT + APOLOGIES


def full(person: tuple[str, str]) -> str:
    return f"{person[0]} {person[1]}"


def initials(person: tuple[str, str]) -> str:
    first = "".join(part[0] + "." for part in person[0].split())
    return f"{first} {person[1]}"


def member(surname: str) -> tuple[str, str]:
    for person in ALL_MEMBERS:
        if person[1] == surname:
            return person
    raise KeyError(surname)


def cllr(surname: str) -> str:
    return f"Cllr. {full(member(surname))}"


# Part 8 roll call (MM 30/25)
ROLL_AGAINST = ["Dunphy", "Garvan", "Hession", "Ní Chonaill", "Rabbitte"]
ROLL_ABSTAIN = ["Quilty"]
ROLL_ABSENT = ["Bergin", "Keaveney", "Kilbride", "Moynagh"]


def sort_key(surname: str) -> str:
    """Alphabetical order as the roll is called: fadas ignored, prefixes (O, Ni, Mac) kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", surname) if not unicodedata.combining(c)).lower()


ROLL_FOR = [p[1] for p in sorted(ALL_MEMBERS, key=lambda p: sort_key(p[1]))
            if p[1] not in ROLL_AGAINST + ROLL_ABSTAIN + ROLL_ABSENT]
assert len(ROLL_FOR) == 18 and len(ALL_MEMBERS) == 28

# show of hands (MM 36/25)
HANDS = {"yes": 11, "no": 13, "abstain": 0}
assert sum(HANDS.values()) == len(ALL_MEMBERS) - len(ROLL_ABSENT)

# ---------------------------------------------------------------------------------------------
# Agenda (Clar)
# ---------------------------------------------------------------------------------------------

MOTIONS = [
    ("Ní Bhriain",
     "That Barnagh County Council calls on the National Transport Authority to extend the Local "
     "Link evening service between Kilrane, Ballycurra and Barnagh town to seven days a week, and "
     "to provide accessible, lit bus shelters at each stop on the route."),
    ("Garvan",
     "That Barnagh County Council suspends the introduction of pay parking at the Quay Road car "
     "park in Ballycurra until a full public consultation with local traders, residents and the "
     "Ballycurra Tidy Towns committee has been carried out and reported to this Council."),
    ("Moynagh",
     "That Barnagh County Council writes to the Minister for Housing, Local Government and "
     "Heritage requesting that the income limits for social housing support in County Barnagh be "
     "reviewed and increased in line with current average earnings in the county."),
]

# (number, title, note or None, sub-items [(letter, title, note)])
AGENDA = [
    ("1", "Confirmation of Minutes", None, [
        ("a", "Monthly Meeting held on 10th February 2025", None),
        ("b", "Special Meeting (Draft Development Contribution Scheme 2025-2031) held on "
              "24th February 2025", None),
    ]),
    ("2", "Matters Arising from the Minutes", None, []),
    ("3", "Votes of Sympathy", None, []),
    ("4", "Cathaoirleach's Business", None, []),
    ("5", "Chief Executive's Monthly Management Report - February 2025",
     "(Report circulated herewith)", []),
    ("6", "Disposal of Property - Section 183 of the Local Government Act 2001",
     "To consider the following proposed disposals, notice of which was circulated to the members "
     "on 19th February 2025:", [
         ("a", "Disposal of 0.412 hectares of land at Gortnaclohy, Kilrane to Kilrane Community "
               "Sports Club CLG for the sum of EUR 22,500", None),
         ("b", "Disposal of the freehold interest in a plot of land (approx. 0.031 hectares) at Abbey "
               "Lane, Ballycurra to Mr. Tomás Breathnach for the sum of EUR 4,000", None),
     ]),
    ("7", "Part 8 - Proposed Development of 34 No. Social Housing Units at Knockaunbrack, Barnagh",
     "To consider the report of the Chief Executive prepared in accordance with Section 179(4) of "
     "the Planning and Development Act 2000 (as amended) and Part 8 of the Planning and "
     "Development Regulations 2001 (as amended). (Report circulated herewith)", []),
    ("8", "Approval of Borrowing - Housing Finance Agency Loan of EUR 3,200,000",
     "To approve borrowing under Section 106 of the Local Government Act 2001 for the acquisition "
     "of 12 No. dwellings for social housing.", []),
    ("9", "Annual Service Delivery Plan 2025", "(To consider and adopt - circulated herewith)", []),
    ("10", "Report of the Corporate Policy Group",
     "Nomination of a member to the Barnagh Local Community Development Committee.", []),
    ("11", "Correspondence", None, []),
    ("12", "Notices of Motion", None, [
        (chr(ord("a") + i), f"Motion in the name of {cllr(surname)}", f'"{text}"')
        for i, (surname, text) in enumerate(MOTIONS)
    ]),
    ("13", "Any Other Business", "(With the agreement of the Cathaoirleach)", []),
]

# ---------------------------------------------------------------------------------------------
# Minutes: list of (number, title, agenda item, blocks). Block kinds:
#   ("p", text)  paragraph   ("sub", text) lettered sub-heading   ("q", text) quoted resolution
#   ("list", [lines])   ("vote", label, names)   ("res", count) marker: RESOLVED clauses here
# ---------------------------------------------------------------------------------------------


def roll(surnames: list[str]) -> str:
    return ", ".join(initials(member(s)) for s in surnames)


MINUTES = [
    ("MM 24/25", "Confirmation of Minutes", "1", [
        ("sub", "(a)  Monthly Meeting held on 10th February 2025"),
        ("p", f"On the proposal of {cllr('Ní Chonaill')}, seconded by {cllr('Ó Murchú')}, it was "
              "agreed that the minutes of the Monthly Meeting held on 10th February 2025, as "
              "circulated, be confirmed and signed."),
        ("sub", "(b)  Special Meeting held on 24th February 2025"),
        ("p", f"On the proposal of {cllr('Cuddihy')}, seconded by {cllr('Costigan')}, it was agreed "
              "that the minutes of the Special Meeting (Draft Development Contribution Scheme "
              "2025-2031) held on 24th February 2025 be confirmed and signed."),
    ]),
    ("MM 25/25", "Matters Arising from the Minutes", "2", [
        ("p", f"{cllr('Tuohy')} referred to minute MM 14/25 (Ballycurra Flood Relief Scheme) and asked "
              "when the contractor would return to site. Mr. Ciarán Ó Dálaigh, Director of Services, "
              "advised that works would recommence on 24th March 2025 following the end of the "
              "in-stream works restriction period and that the scheme remained on programme for "
              "completion in the autumn."),
        ("p", f"In response to a query from {cllr('Dunphy')}, the Meetings Administrator confirmed "
              "that the replies to the questions submitted for the February meeting had issued to all "
              "members by email on 14th February 2025."),
    ]),
    ("MM 26/25", "Votes of Sympathy", "3", [
        ("p", "The Cathaoirleach, on behalf of the members, the Chief Executive and the staff of the "
              "Council, extended a vote of sympathy to the following:"),
        ("list", [
            "The Hession family, Curraghmore, Kilrane, on the death of Mary Hession, mother of "
            "Cllr. Patricia Hession.",
            "The family of the late Jack Fennelly, Main Street, Ballycurra, a former member of Barnagh "
            "County Council (1991 - 2009).",
            "The Ó Gríofa family, Drumcarrig, Barnagh, on the death of Nóra Ó Gríofa.",
            "The family of the late Sergeant Martin Halloran, Barnagh Garda Station.",
        ]),
        ("p", "Members paid tribute to the late Jack Fennelly, recalling his long service to the people "
              "of the Ballycurra area and his work on the establishment of the county library "
              "service. The members stood for a minute's silence as a mark of respect."),
    ]),
    ("MM 27/25", "Cathaoirleach's Business", "4", [
        ("p", "The Cathaoirleach congratulated the Barnagh Gaels under-16 camogie team on winning the "
              "All-Ireland Féile title, and the pupils and staff of Scoil Náisiúnta Bhríde, Kilrane, "
              "on receiving their seventh Green Flag from An Taisce."),
        ("p", "The Cathaoirleach reminded members that the Council's St. Patrick's Day civic reception "
              "would take place in Áras an Chontae on Friday, 14th March 2025 at 6.00 p.m., and that "
              "the annual Cathaoirleach's Awards would be presented on the same evening."),
    ]),
    ("MM 28/25", "Chief Executive's Monthly Management Report - February 2025", "5", [
        ("p", "Mr. Conall Furlong, Chief Executive, presented the Monthly Management Report for "
              "February 2025, which had been circulated with the Clár. He drew members' attention to "
              "the housing delivery figures for the first two months of the year, the commencement of "
              "the Active Travel scheme on the Station Road, Barnagh, and the launch of the public "
              "consultation on the Barnagh Town Centre First Plan."),
        ("p", f"{cllr('Fahy')}, {cllr('Mhic Craith')} and {cllr('Garvan')} raised the condition of the "
              "regional road between Kilrane and Gortnaclohy following the recent flooding, the "
              "number of vacant local authority dwellings awaiting re-letting, and the staffing of "
              "the Ballycurra library branch on Saturdays."),
        ("p", "Responding, Ms. Deirdre Ní Ghallchóir, Director of Services, advised that 23 vacant "
              "units were currently being refurbished under the Voids Programme and that 15 of these "
              "would be re-let by the end of April. Mr. Ó Dálaigh undertook to arrange an inspection "
              "of the Kilrane road with the District Engineer and to revert to the members directly."),
        ("p", "The report was noted."),
        ("p", f"{cllr('Kilbride')} left the meeting at {LEFT_EARLY['Kilbride'][0]}"),
    ]),
    ("MM 29/25", "Disposal of Property - Section 183 of the Local Government Act 2001", "6", [
        ("sub", "(a)  Land at Gortnaclohy, Kilrane"),
        ("p", "Ms. Aoife Ní Riain, Senior Executive Officer, outlined the proposed disposal, notice of "
              "which had been circulated to the members on 19th February 2025 in accordance with "
              "Section 183 of the Local Government Act 2001. The land adjoins the existing club "
              "grounds and will be used for a juvenile training pitch and car parking."),
        ("p", f"It was proposed by {cllr('Ó hAodha')}, seconded by {cllr('Brannigan')} and RESOLVED:"),
        ("q", '"That Barnagh County Council hereby approves the disposal of 0.412 hectares of land at '
              "Gortnaclohy, Kilrane, Co. Barnagh to Kilrane Community Sports Club CLG for the sum of "
              "EUR 22,500, in accordance with the terms of the notice circulated to the members under "
              'Section 183 of the Local Government Act 2001."'),
        ("res", 1),
        ("sub", "(b)  Plot at Abbey Lane, Ballycurra"),
        ("p", "Ms. Ní Riain advised that the plot had been used as a side garden by the adjoining "
              "property owner for many years, that it is not required for any Council purpose, and "
              "that the purchaser will bear all legal and registration costs."),
        ("p", f"It was proposed by {cllr('Cuddihy')}, seconded by {cllr('Rabbitte')} and RESOLVED:"),
        ("q", '"That Barnagh County Council hereby approves the disposal of the freehold interest in a '
              "plot of land containing approximately 0.031 hectares at Abbey Lane, Ballycurra, Co. "
              "Barnagh to Mr. Tomás Breathnach for the sum of EUR 4,000, in accordance with the terms "
              'of the notice circulated to the members under Section 183 of the Local Government Act 2001."'),
        ("res", 1),
        ("p", f"{cllr('Moynagh')} left the meeting at {LEFT_EARLY['Moynagh'][0]}"),
    ]),
    ("MM 30/25", "Part 8 - Proposed Development of 34 No. Social Housing Units at Knockaunbrack, "
                 "Barnagh", "7", [
        ("p", "Mr. Barry Coughlan-Maher, Senior Planner, presented the report of the Chief Executive "
              "prepared under Section 179(4)(a) of the Planning and Development Act 2000 (as amended), "
              "which had been circulated to the members. The report noted that 41 submissions had "
              "been received during the public display period from 9th January 2025 to 20th February "
              "2025, and recommended that the proposed development proceed subject to the "
              "modifications set out in Section 6 of the report, including a revised junction layout "
              "on the Knockaunbrack Road and the retention of the existing hedgerow along the "
              "northern boundary of the site."),
        ("p", "Mr. Lorcan Spillane, Senior Executive Architect, outlined the design of the scheme, "
              "which comprises 8 one-bedroom, 16 two-bedroom and 10 three-bedroom homes, a "
              "community play area and a new pedestrian link to Knockaunbrack National School."),
        ("p", "A lengthy discussion followed in which Cllrs. Garvan, Ní Chonaill, Dunphy, Hession, "
              "Quilty, Ó Súilleabháin and Tuohy contributed. Concerns were raised regarding traffic "
              "on the Knockaunbrack Road at school opening and closing times, the capacity of the "
              "local school, and the density of the scheme relative to the surrounding houses. "
              "Other members welcomed the scheme as a much needed addition to the social housing "
              "stock in Barnagh town, where 412 households are currently on the housing list."),
        ("p", "In reply, Ms. Ní Ghallchóir advised that the Department of Education had been consulted "
              "and had raised no objection, and that a road safety audit of the revised junction would "
              "be completed before any works commence."),
        ("p", f"{cllr('Ó Súilleabháin')} proposed, seconded by {cllr('Nic Giolla')}, that the proposed "
              "development be carried out as recommended in the Chief Executive's report. "
              f"{cllr('Garvan')} requested a recorded vote and the Meetings Administrator called the "
              "roll. The result of the vote was as follows:"),
        ("vote", f"For ({len(ROLL_FOR)}):", "Cllrs. " + roll(ROLL_FOR)),
        ("vote", f"Against ({len(ROLL_AGAINST)}):", "Cllrs. " + roll(ROLL_AGAINST)),
        ("vote", f"Abstain ({len(ROLL_ABSTAIN)}):", "Cllr. " + roll(ROLL_ABSTAIN)),
        ("vote", f"Absent ({len(ROLL_ABSENT)}):", "Cllrs. " + roll(ROLL_ABSENT)),
        ("p", "The Cathaoirleach declared the proposal carried and it was accordingly RESOLVED:"),
        ("q", '"That Barnagh County Council, having considered the report of the Chief Executive under '
              "Section 179(4)(a) of the Planning and Development Act 2000 (as amended), hereby approves "
              "the proposed development of 34 No. social housing units at Knockaunbrack, Barnagh, as "
              "described in the report and subject to the modifications recommended therein, in "
              'accordance with Section 179(4)(b) of the Act."'),
        ("res", 1),
    ]),
    ("MM 31/25", "Approval of Borrowing - Housing Finance Agency Loan of EUR 3,200,000", "8", [
        ("p", "Ms. Yvonne Threadgold, Head of Finance, outlined the proposal to borrow EUR 3,200,000 "
              "from the Housing Finance Agency for the acquisition of 12 No. dwellings for social "
              "housing. She confirmed that the loan charges will be met in full from the rental "
              "income and the Department's payment and availability arrangements, at no cost to the "
              "Council's revenue budget."),
        ("p", f"It was proposed by {cllr('Ó Laoire')}, seconded by {cllr('Ní Mhaoláin')} and RESOLVED:"),
        ("q", '"That Barnagh County Council, in accordance with Section 106 of the Local Government Act '
              "2001, hereby approves the borrowing of EUR 3,200,000 from the Housing Finance Agency "
              "over a term of 25 years at a variable rate of interest for the acquisition of 12 No. "
              "dwellings for social housing, subject to the sanction of the Minister for Housing, "
              'Local Government and Heritage."'),
        ("res", 1),
    ]),
    ("MM 32/25", "Annual Service Delivery Plan 2025", "9", [
        ("p", "The Chief Executive presented the draft Annual Service Delivery Plan 2025, prepared in "
              "accordance with Section 134A of the Local Government Act 2001 and reflecting the "
              "budget adopted by the members in November 2024. He advised that the Plan sets out the "
              "principal services to be delivered in each directorate, together with the performance "
              "standards and indicators against which delivery will be measured."),
        ("p", f"{cllr('Geraghty')} welcomed the inclusion of targets for the re-letting of vacant "
              "dwellings and asked that members receive regular updates on progress."),
        ("p", f"It was proposed by {cllr('Geraghty')}, seconded by {cllr('Mac Aodha')} and RESOLVED:"),
        ("q", "1.  That the Annual Service Delivery Plan 2025, as circulated, be adopted."),
        ("q", "2.  That a progress report on the performance indicators in the Plan be presented to the "
              "Council at the September 2025 Monthly Meeting."),
        ("res", 2),
    ]),
    ("MM 33/25", "Report of the Corporate Policy Group", "10", [
        ("p", "The Cathaoirleach reported that the Corporate Policy Group, at its meeting on 3rd March "
              "2025, had considered the vacancy on the Barnagh Local Community Development Committee "
              f"arising from the resignation of {cllr('Keaveney')} from that committee."),
        ("p", f"On the proposal of {cllr('Ní Fhearghail')}, seconded by {cllr('Lenihan-Rourke')}, it "
              f"was agreed to nominate {cllr('Mhic Craith')} to the Barnagh Local Community "
              "Development Committee."),
    ]),
    ("MM 34/25", "Correspondence", "11", [
        ("p", "The following correspondence, circulated to the members in advance of the meeting, was "
              "noted:"),
        ("list", [
            "Letter dated 18th February 2025 from the Office of the Minister for Transport "
            "acknowledging the Council's motion on road safety at Kilrane Cross.",
            "Email dated 25th February 2025 from Uisce Éireann regarding the programme for the "
            "upgrade of the Barnagh Wastewater Treatment Plant.",
            "Letter dated 3rd March 2025 from Barnagh Chamber of Commerce regarding the Barnagh Town "
            "Centre First Plan.",
        ]),
    ]),
    ("MM 35/25", f"Notice of Motion in the name of {cllr('Ní Bhriain')}", "12(a)", [
        ("p", f"It was proposed by {cllr('Ní Bhriain')}, seconded by {cllr('Costigan')} and RESOLVED:"),
        ("q", f'"{MOTIONS[0][1]}"'),
        ("res", 1),
        ("p", "Cllr. Ní Bhriain, in moving the motion, said that the absence of an evening and weekend "
              "service left older people and young workers in the west of the county without any "
              "means of travel to Barnagh town. The motion was supported by a number of members. "
              "A reply from the Director of Services, circulated to the members, advised that the "
              "Council would forward the motion to the National Transport Authority and to the "
              "Local Link office."),
    ]),
    ("MM 36/25", f"Notice of Motion in the name of {cllr('Garvan')}", "12(b)", [
        ("p", f"The following motion was proposed by {cllr('Garvan')} and seconded by "
              f"{cllr('Ní Chonaill')}:"),
        ("q", f'"{MOTIONS[1][1]}"'),
        ("p", "Mr. Ó Dálaigh, Director of Services, advised that the introduction of pay parking at the "
              "Quay Road car park had been approved by the members of the Ballycurra Municipal District "
              "under the Ballycurra Parking Bye-Laws 2024, following a statutory public consultation "
              "during which 63 submissions were received, and that the Council had no power to suspend "
              "bye-laws made by the Municipal District members."),
        ("p", "The motion was put to a vote by a show of hands, with "
              f"{HANDS['yes']} members voting in favour, {HANDS['no']} against and no abstentions. "
              "The Cathaoirleach declared the motion defeated."),
    ]),
    ("MM 37/25", f"Notice of Motion in the name of {cllr('Moynagh')}", "12(c)", [
        ("p", "As Cllr. Moynagh had left the meeting, it was agreed that the motion be deferred to the "
              "April Monthly Meeting."),
    ]),
    ("MM 38/25", "Any Other Business", "13", [
        ("p", f"{cllr('Hession')} thanked the Cathaoirleach and members for their expressions of "
              "sympathy on the death of her mother."),
        ("p", f"{cllr('Brannigan')} asked that the Council write to Uisce Éireann regarding repeated "
              "water outages in Gortnaclohy. The Chief Executive agreed to do so."),
        ("p", "This concluded the business of the meeting, which ended at 5.25 p.m."),
    ]),
]

# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

FONT = "Helvetica"
LEFT = 20.0
RIGHT = 190.0


class CouncilPDF(FPDF):
    running_title = ""

    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(LEFT, 18, 210 - RIGHT)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
        self.alias_nb_pages()

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font(FONT, "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.running_title, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(LEFT, self.get_y() + 1, RIGHT, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font(FONT, "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    # helpers ---------------------------------------------------------------------------------
    def lines_needed(self, width: float, text: str) -> int:
        return len(self.multi_cell(width, 5, text, dry_run=True, output="LINES"))

    def ensure(self, height: float) -> None:
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    def text_at(self, x: float, text: str, style: str = "", size: float = 11, align: str = "J",
                lh: float = 5.2, after: float = 2.5) -> None:
        self.set_font(FONT, style, size)
        self.set_x(x)
        self.multi_cell(RIGHT - x, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def hanging(self, x_label: float, label: str, x_text: float, text: str, style: str = "",
                label_style: str = "B", size: float = 11, lh: float = 5.2, after: float = 2.0,
                keep: float = 0.0) -> None:
        self.set_font(FONT, style, size)
        first = lh * min(2, self.lines_needed(RIGHT - x_text, text))
        self.ensure(first + keep)
        y = self.get_y()
        self.set_font(FONT, label_style, size)
        self.set_xy(x_label, y)
        self.cell(x_text - x_label, lh, label)
        self.set_font(FONT, style, size)
        self.set_xy(x_text, y)
        self.multi_cell(RIGHT - x_text, lh, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(after)


def render_agenda(path: Path) -> None:
    pdf = CouncilPDF()
    pdf.running_title = "Comhairle Chontae an Bhearna - Clár - Monthly Meeting 10th March 2025"
    pdf.add_page()
    pdf.set_font(FONT, "B", 15)
    pdf.cell(0, 8, "COMHAIRLE CHONTAE AN BHEARNA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "B", 12)
    pdf.cell(0, 6, "BARNAGH COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 9)
    pdf.cell(0, 5, "Áras an Chontae, Mill Street, Barnagh, Co. Barnagh, R98 T2W6", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"Fón / Tel: {CONTACT['phone']}     Ríomhphost / Email: {CONTACT['email']}",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.5)
    pdf.line(LEFT, pdf.get_y() + 2, RIGHT, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.ln(7)
    pdf.set_font(FONT, "", 11)
    pdf.cell(0, 5, "4th March 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 5.5, "Do gach Ball de Chomhairle Chontae an Bhearna", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.5, "To each Member of Barnagh County Council", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(FONT, "", 11)
    pdf.cell(0, 5.5, "A Chomhairleoir, a chara,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.text_at(LEFT, "Iarrtar ort freastal ar Chruinniú Míosúil Chomhairle Chontae an Bhearna a "
                      "thionólfar i Seomra na Comhairle, Áras an Chontae, An Bearna, Dé Luain, an 10ú "
                      "Márta 2025 ag 2.00 i.n.", style="I", after=2)
    pdf.text_at(LEFT, "You are hereby requested to attend the Monthly Meeting of Barnagh County Council "
                      "which will be held in the Council Chamber, Áras an Chontae, Mill Street, Barnagh on "
                      "Monday, 10th March 2025 at 2.00 p.m. to transact the business set out in the Clár "
                      "below.", after=4)
    pdf.set_font(FONT, "", 11)
    pdf.cell(0, 5.5, "Is mise, le meas,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(7)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 5.5, CONTACT["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 11)
    pdf.cell(0, 5.5, "Riarthóir Cruinnithe / Meetings Administrator", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font(FONT, "BU", 13)
    pdf.cell(0, 7, "CLÁR / AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    x_num, x_text, x_sub, x_subtext = LEFT, LEFT + 12, LEFT + 12, LEFT + 22
    for number, title, note, subs in AGENDA:
        pdf.hanging(x_num, f"{number}.", x_text, title, style="B", after=1.5, keep=12 if subs else 0)
        if note:
            pdf.text_at(x_text, note, style="I" if note.startswith("(") else "", size=10.5, lh=5,
                        align="L", after=1.5)
        for letter, sub_title, sub_note in subs:
            pdf.hanging(x_sub, f"({letter})", x_subtext, sub_title, label_style="", after=1.2,
                        keep=10 if sub_note else 0)
            if sub_note:
                pdf.text_at(x_subtext, sub_note, style="I", size=10.5, lh=5, after=2.5)
        pdf.ln(3)

    pdf.ln(4)
    pdf.ensure(30)
    pdf.set_font(FONT, "I", 9.5)
    pdf.multi_cell(0, 4.6, "Members are reminded of the requirement under Part 15 of the Local Government "
                           "Act 2001 to disclose at the meeting any pecuniary or other beneficial interest "
                           "in, or material to, any matter to be considered, and to withdraw from the "
                           "meeting while the matter is being dealt with.", align="J",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 4.6, "Sound and images from this meeting will be broadcast live on the Council's "
                           "webcasting service and recorded for later viewing.", align="J",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def render_minutes(path: Path) -> None:
    pdf = CouncilPDF()
    pdf.running_title = "Minutes of Monthly Meeting of Barnagh County Council - 10th March 2025"
    pdf.add_page()
    pdf.set_font(FONT, "B", 14)
    pdf.cell(0, 7, "COMHAIRLE CHONTAE AN BHEARNA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "B", 12)
    pdf.cell(0, 6, "BARNAGH COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.text_at(LEFT, "Minutes of the Monthly Meeting of Barnagh County Council held in the Council "
                      "Chamber, Áras an Chontae, Mill Street, Barnagh on " + DATE_LONG + " at 2.00 p.m.",
                style="B", size=11.5, lh=6, after=5)

    x_label, x_val = LEFT, LEFT + 28
    pdf.hanging(x_label, "Cathaoirleach:", LEFT + 30, f"Cllr. {full(CATHAOIRLEACH)}", after=4)

    # Present: three columns, reading down
    pdf.set_font(FONT, "B", 11)
    pdf.set_xy(x_label, pdf.get_y())
    pdf.cell(28, 5.2, "Present:")
    names = [f"Cllr. {full(p)}" for p in PRESENT]
    rows = (len(names) + 2) // 3
    col_w = (RIGHT - x_val) / 3
    y0 = pdf.get_y()
    pdf.set_font(FONT, "", 10)
    for i, name in enumerate(names):
        col, row = divmod(i, rows)
        pdf.set_xy(x_val + col * col_w, y0 + row * 5.2)
        assert pdf.get_string_width(name) < col_w - 1, name
        pdf.cell(col_w, 5.2, name)
    pdf.set_xy(LEFT, y0 + rows * 5.2 + 4)

    pdf.hanging(x_label, "Apologies:", LEFT + 30,
                ", ".join(f"Cllr. {full(p)}" for p in APOLOGIES) + ".", after=4)

    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 5.2, "Officials in attendance:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font(FONT, "", 11)
    for title, name, role in OFFICIALS:
        pdf.set_x(x_val + 2)
        pdf.cell(0, 5.2, f"{title} {name}, {role}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.text_at(LEFT, f"The Cathaoirleach, Cllr. {full(CATHAOIRLEACH)}, presided. The meeting opened with "
                      "a prayer and the Cathaoirleach welcomed the members, officials and members of the "
                      "press to the meeting.", after=5)

    x_num, x_body = LEFT, LEFT + 26
    for number, title, _agenda_no, blocks in MINUTES:
        pdf.hanging(x_num, number, x_body, title, style="B", after=2.5, keep=16)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                pdf.text_at(x_body, block[1])
            elif kind == "sub":
                pdf.ensure(16)
                pdf.text_at(x_body, block[1], style="BI", align="L", after=1.5)
            elif kind == "q":
                pdf.text_at(x_body + 8, block[1], after=2.5)
            elif kind == "list":
                for line in block[1]:
                    pdf.hanging(x_body + 2, "-", x_body + 8, line, label_style="", after=1.5)
                pdf.ln(1.5)
            elif kind == "vote":
                pdf.hanging(x_body + 4, block[1], x_body + 30, block[2], after=1.8)
                if block[1].startswith("Absent"):
                    pdf.ln(1.5)
        pdf.ln(3)

    pdf.ln(8)
    pdf.ensure(40)
    pdf.set_font(FONT, "", 11)
    for label in ("Cathaoirleach", "Meetings Administrator"):
        pdf.cell(80, 6, "Signed: ______________________________")
        pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.cell(0, 6, "Date:     ______________________________", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    (folder / "agendas").mkdir(parents=True, exist_ok=True)
    (folder / "minutes").mkdir(parents=True, exist_ok=True)
    agenda = folder / "agendas" / AGENDA_NAME
    minutes = folder / "minutes" / MINUTES_NAME
    render_agenda(agenda)
    render_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def _agenda_gold() -> dict:
    items = []
    for number, title, note, subs in AGENDA:
        entry = {"number": number, "title": title, "pages": None, "part": "public", "parent": None}
        if note:
            entry["note"] = note
        items.append(entry)
        for letter, sub_title, sub_note in subs:
            sub = {"number": letter, "title": sub_title, "pages": None, "part": "public", "parent": number}
            if sub_note:
                sub["topics"] = [sub_note]
            items.append(sub)
    return {
        "file": f"generated/agendas/{AGENDA_NAME}",
        "kind": "agenda",
        "country": "IE",
        "notes": [
            "The body is the full council (Barnagh County Council); 'Monthly Meeting' is the meeting type.",
            "Lettered sub-items are printed '(a)', '(b)', '(c)'; the number is the letter without "
            "brackets and the parent is the numbered item above.",
            "No page references are printed against any item, so every item's pages are null.",
            "The printed explanatory lines under items (in italics or plain) are notes, not items.",
            "Each notice of motion is titled by its heading line 'Motion in the name of Cllr. ...'; "
            "the quoted motion text printed under it is kept as topics.",
            "All items are public; the Clár prints no in-committee or confidential part.",
            "Start time 2.00 p.m. is read from the summons letter; the contact is the Meetings "
            "Administrator who signs it, with the phone and email in the letterhead.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": "14:00", "meeting_type": "Monthly Meeting",
                    "contact": dict(CONTACT)},
        "agenda": items,
    }


def _minutes_gold() -> dict:
    items = []
    per_item: dict[str, int] = {}
    for number, title, agenda_no, blocks in MINUTES:
        items.append({"number": number, "title": title, "agenda_item": agenda_no})
        count = sum(b[1] for b in blocks if b[0] == "res")
        if count:
            per_item[number] = count

    attendance = [{"name": full(CATHAOIRLEACH), "status": "present", "role": "Cathaoirleach"}]
    attendance += [{"name": full(p), "status": "present", "role": "Councillor"} for p in PRESENT]
    attendance += [{"name": full(p), "status": "apologies", "role": "Councillor"} for p in APOLOGIES]
    attendance += [{"name": name, "status": "in_attendance", "role": role} for _, name, role in OFFICIALS]

    votes = [
        {"item": "MM 30/25", "result": "carried", "result_as_printed": "carried",
         "motion": "That the proposed Part 8 development of 34 No. social housing units at Knockaunbrack, "
                   "Barnagh be carried out as recommended in the Chief Executive's report",
         "mover": full(member("Ó Súilleabháin")), "seconder": full(member("Nic Giolla")),
         "counts": {"yes": len(ROLL_FOR), "no": len(ROLL_AGAINST), "abstain": len(ROLL_ABSTAIN),
                    "absent": len(ROLL_ABSENT)},
         "voters": {"yes": list(ROLL_FOR), "no": list(ROLL_AGAINST), "abstain": list(ROLL_ABSTAIN),
                    "absent": list(ROLL_ABSENT)}},
        {"item": "MM 36/25", "result": "lost", "result_as_printed": "defeated",
         "motion": MOTIONS[1][1], "mover": full(member("Garvan")), "seconder": full(member("Ní Chonaill")),
         "counts": dict(HANDS),
         "note": "Show of hands; the minutes print 'no abstentions', recorded as 0."},
    ]

    return {
        "file": f"generated/minutes/{MINUTES_NAME}",
        "kind": "minutes",
        "country": "IE",
        "notes": [
            "The body is the full council (Barnagh County Council); 'Monthly Meeting' is the meeting type.",
            "Resolutions count only the clauses worded 'RESOLVED' (the minutes use that word for formal "
            "decisions); decisions worded 'it was agreed' (minutes confirmed, LCDC nomination, deferral) "
            "are not counted.",
            "The Annual Service Delivery Plan resolution (MM 32/25) has two numbered parts under one "
            "'RESOLVED', counted as two.",
            "The Cathaoirleach, printed on the 'Cathaoirleach:' line and not repeated in the Present "
            "block, is present with role Cathaoirleach; the Present block councillors get role Councillor.",
            "Cllrs. Kilbride and Moynagh, who left the meeting part way through, stay 'present' "
            "(they were present at the start); the roll call counts them absent.",
            "Officials take their printed title (after the first comma) as role and status in_attendance.",
            "The roll-call voters are given by surname as printed after the initials; 'Absent (4)' is kept "
            "as counts.absent and voters.absent.",
            "The show-of-hands vote prints 'no abstentions', taken as abstain 0; 'defeated' is result lost.",
            "The Part 8 vote is recorded under MM 30/25 where the Cathaoirleach declares it carried.",
            "Lettered sub-headings (a)/(b) inside MM 24/25 and MM 29/25 are parts of the minute, not items.",
            "The reference to 'minute MM 14/25' inside MM 25/25 is a cross-reference, not an item.",
            "People named in the votes of sympathy and correspondence are not attendees.",
            "agenda_item for the motions is written '12(a)', '12(b)', '12(c)' for the lettered sub-items.",
            "End time 5.25 p.m. is read from the last minute.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": "14:00", "end_time": "17:25",
                    "meeting_type": "Monthly Meeting"},
        "minutes": {
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
    }


def gold() -> dict[str, dict]:
    return {
        f"agendas__{AGENDA_NAME.removesuffix('.pdf')}": _agenda_gold(),
        f"minutes__{MINUTES_NAME.removesuffix('.pdf')}": _minutes_gold(),
    }

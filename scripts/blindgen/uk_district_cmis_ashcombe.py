"""Ashcombe Vale District Council (fictional): one committee agenda pack, printed the way
CMIS / ModernGov-style committee systems print an English district council's pack.

One PDF: a front sheet ("Public Document Pack", committee name on two lines, date, time, venue,
membership, contact officer), a page of information for the public (webcasting), the agenda
(numbered items, page ranges in a right-hand column, a Part 2 section), the minutes of the
previous meeting, an officer report with numbered paragraphs, its appendix (a ruled action
plan in landscape, header repeated on each page, theme banner rows), and a "Document is
Restricted" page for the exempt report. "Page N" footers run from the agenda on.

Everything printed comes from the data below, which `gold()` also reads, so the expected record
is written from what is printed (by hand, never from the parser).

    python -m blindgen [FOLDER]        (from scripts/; every council; --gold writes the gold)
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

# --------------------------------------------------------------------------------------------
# The meeting
# --------------------------------------------------------------------------------------------

SLUG = "ashcombe-vale"
COUNCIL = "Ashcombe Vale District Council"
BODY = "Overview and Scrutiny Committee (Environment and Place)"
BODY_LINES = ["Overview and Scrutiny Committee", "(Environment and Place)"]
COMMITTEE_SLUG = "environment-place-os"
DATE = datetime.date(2025, 6, 17)
DATE_TEXT = "Tuesday, 17 June 2025"
TIME_TEXT = "6.30 pm"
START_TIME = "18:30"
VENUE = "Council Chamber, Vale House, Market Street, Ashcombe, AV1 4QT"
PUBLISHED = "Monday, 9 June 2025"
CHIEF_EXECUTIVE = "Helena Marchbank"
CONTACT = {
    "name": "Siobhan Reilly",
    "title": "Democratic Services Officer",
    "phone": "01632 960418",
    "email": "siobhan.reilly@ashcombevale.gov.uk",
}

# Printed membership of the committee on the front sheet (not attendance).
MEMBERSHIP = [
    ("Janet Harland", "Chairman"),
    ("Peter Okafor", "Vice-Chairman"),
    ("Neil Carraway", None),
    ("Amira Haddad", None),
    ("Stephen Kilbride", None),
    ("Lorna McVey", None),
    ("David Penrose", None),
    ("Gareth Price", None),
    ("Fiona Quarrie", None),
    ("Imran Shafiq", None),
    ("Helen Ward", None),
]

PAGE_OFFSET = 2  # front sheet and public information page carry no page number

# --------------------------------------------------------------------------------------------
# The agenda (pages are the printed "Page N" numbers; the renderer checks them)
# --------------------------------------------------------------------------------------------

PART2_HEADING = "PART 2 - ITEMS WHICH MAY BE CONSIDERED IN THE ABSENCE OF THE PRESS AND PUBLIC"
PART1_HEADING = "PART 1 - ITEMS TO BE CONSIDERED IN PUBLIC"

AGENDA = [
    {"number": "1", "title": "Apologies for Absence and Substitutions", "pages": None,
     "part": "public", "parent": None,
     "text": ["To receive apologies for absence and to note any substitute members."]},
    {"number": "2", "title": "Declarations of Interest", "pages": None, "part": "public",
     "parent": None,
     "text": ["To receive any declarations of disclosable pecuniary interests, other "
              "registrable interests and non-registrable interests in respect of items on this "
              "agenda."]},
    {"number": "3", "title": "Minutes", "pages": (3, 5), "part": "public", "parent": None,
     "text": ["To confirm as a correct record the minutes of the meeting held on 8 April 2025."]},
    {"number": "4", "title": "Public Participation", "pages": None, "part": "public",
     "parent": None,
     "text": ["To deal with any questions or petitions received in accordance with Council "
              "Procedure Rules 9 and 10."]},
    {"number": "4.1", "title": "Questions from Members of the Public", "pages": None,
     "part": "public", "parent": "4",
     "text": ["Deadline for receipt: 12 noon, Thursday 12 June 2025."]},
    {"number": "4.2", "title": "Petitions", "pages": None, "part": "public", "parent": "4",
     "text": ["None had been received at the time of publication."]},
    {"number": "5", "title": "Climate Emergency Action Plan 2024-2027: Annual Progress Report",
     "pages": (6, 10), "part": "public", "parent": None,
     "text": ["Report of the Assistant Director (Environment).",
              "Portfolio Holder: Councillor Marcus Fenwick."]},
    {"number": "6", "title": "Waste and Recycling Collections: Verbal Update", "pages": None,
     "part": "public", "parent": None,
     "text": ["The Head of Waste Services will update the Committee on the roll-out of weekly "
              "food waste collections."]},
    {"number": "7", "title": "Committee Work Programme 2025/26", "pages": None,
     "part": "public", "parent": None,
     "text": ["To consider the Committee's work programme, which will be circulated at the "
              "meeting."]},
    {"number": "8", "title": "Urgent Business", "pages": None, "part": "public", "parent": None,
     "text": ["To consider any other items which the Chairman is of the opinion should be "
              "considered as a matter of urgency."]},
    {"number": "9", "title": "Exclusion of the Press and Public", "pages": None,
     "part": "public", "parent": None,
     "text": ["To consider passing the following resolution:",
              "\"That under Section 100A(4) of the Local Government Act 1972, the press and "
              "public be excluded from the meeting for the following items of business on the "
              "grounds that they involve the likely disclosure of exempt information as defined "
              "in paragraph 3 of Part 1 of Schedule 12A to the Act.\""]},
    {"number": "10", "title": "Ferrier Lane Depot: Options for Disposal", "pages": (11, 11),
     "part": "exempt", "parent": None,
     "text": ["Report of the Head of Property Services.",
              "(Paragraph 3 - information relating to the financial or business affairs of any "
              "particular person, including the authority holding that information.)"]},
    {"number": "11", "title": "Grounds Maintenance Contract: Extension", "pages": None,
     "part": "exempt", "parent": None,
     "text": ["Report to follow. (Paragraph 3)"]},
]

# --------------------------------------------------------------------------------------------
# Minutes of the previous meeting
# --------------------------------------------------------------------------------------------

PREV_DATE_TEXT = "Tuesday, 8 April 2025"
PREV_DATE = "2025-04-08"

ATTENDANCE = [
    # name, status, role, substitute_for
    ("Janet Harland", "present", "Chairman", None),
    ("Peter Okafor", "present", "Vice-Chairman", None),
    ("Neil Carraway", "present", None, None),
    ("Amira Haddad", "present", None, None),
    ("Stephen Kilbride", "present", None, None),
    ("Lorna McVey", "present", None, None),
    ("David Penrose", "present", None, None),
    ("Fiona Quarrie", "present", None, None),
    ("Imran Shafiq", "present", None, None),
    ("Tom Ashby", "substitute", None, "Helen Ward"),
    ("Rachel Dunmore", "substitute", None, "Gareth Price"),
    ("Gareth Price", "apologies", None, None),
    ("Helen Ward", "apologies", None, None),
    ("Marcus Fenwick", "also_present", "Portfolio Holder for Environment and Climate", None),
    ("Dominic Lyle", "in_attendance", "Assistant Director (Environment)", None),
    ("Carla Benning", "in_attendance", "Parks and Open Spaces Manager", None),
    ("Owen Maddox", "in_attendance", "Parking Services Manager", None),
    ("Siobhan Reilly", "in_attendance", "Democratic Services Officer", None),
]

# Each minute: number, title, body blocks. Blocks: ("p", text) paragraph;
# ("resolved", intro, [clauses]) a RESOLVED block; ("vote", label, text) a recorded-vote line.
MINUTES = [
    ("23", "Apologies for Absence and Substitutions", [
        ("p", "Apologies for absence were received from Councillors Gareth Price and Helen Ward. "
              "Councillor Rachel Dunmore attended as substitute for Councillor Price and "
              "Councillor Tom Ashby attended as substitute for Councillor Ward."),
    ]),
    ("24", "Declarations of Interest", [
        ("p", "Councillor Neil Carraway declared a non-registrable interest in Minute 27 "
              "(Allotment Provision Review) as secretary of the Ashcombe and District Allotment "
              "Society. He remained in the meeting for the discussion but did not vote on the "
              "item."),
        ("p", "There were no other declarations of interest."),
    ]),
    ("25", "Minutes", [
        ("resolved", "That the minutes of the meeting held on 11 February 2025 be confirmed as a "
                     "correct record and signed by the Chairman.", []),
    ]),
    ("26", "Public Question Time", [
        ("p", "One question had been received from a member of the public, Mr Alan Prothero, who "
              "asked what steps the Council was taking to reduce fly-tipping in Brockhurst Lane, "
              "which he described as the worst affected road in the Lower Vale."),
        ("p", "Councillor Marcus Fenwick, Portfolio Holder for Environment and Climate, replied "
              "that Brockhurst Lane had been added to the list of sites covered by the Council's "
              "deployable CCTV cameras from 1 March 2025, that warning signs had been installed, "
              "and that the enforcement team would report the results of the camera deployment "
              "in the update considered under Minute 29. A written reply would also be sent."),
    ]),
    ("27", "Allotment Provision Review", [
        ("p", "The Committee considered a report of the Parks and Open Spaces Manager which set "
              "out the findings of the review of allotment provision in the district. There were "
              "412 plots on nine council-owned sites and 236 people on the waiting lists, with "
              "the longest waits in Ashcombe and Millbridge, where some applicants had waited "
              "more than three years."),
        ("p", "Members discussed the scope for dividing full plots into half plots as they were "
              "relet, the poor condition of the water supply at the Station Road site, the level "
              "of rents compared with neighbouring authorities, and the potential for parish "
              "councils to take on the management of smaller sites. The Parks and Open Spaces "
              "Manager confirmed that the water supply at Station Road would be replaced before "
              "the start of the growing season."),
        ("resolved", "That", [
            "the findings of the allotment provision review be noted;",
            "officers be asked to report back on options for new allotment sites in Ashcombe "
            "and Millbridge, including land held by the Council for other purposes; and",
            "Cabinet be recommended to approve a standard half-plot tenancy for new tenants from "
            "1 October 2025.",
        ]),
    ]),
    ("28", "Review of Off-Street Car Parking Charges", [
        ("p", "The Parking Services Manager presented a report which proposed changes to the "
              "charges in the Council's 14 off-street car parks from 1 July 2025, including a 20p "
              "increase in the hourly tariff in the Ashcombe town centre car parks and the "
              "introduction of a GBP1 evening charge after 6.00 pm. The charges had last been "
              "reviewed in 2022 and income had not kept pace with the cost of maintenance and "
              "enforcement."),
        ("p", "Several Members expressed concern about the effect of an evening charge on "
              "restaurants, the cinema and other businesses in the town centre, while others "
              "noted that the proposed charges remained lower than those of neighbouring "
              "districts."),
        ("p", "Councillor David Penrose moved, and Councillor Imran Shafiq seconded, an amendment "
              "that the evening charge be removed from the proposals. On being put to the vote the "
              "amendment was LOST."),
        ("p", "A recorded vote was requested on the substantive recommendations and the voting "
              "was as follows:"),
        ("vote", "For:", "Councillors Carraway, Dunmore, Harland, Kilbride, McVey, Okafor and "
                         "Quarrie."),
        ("vote", "Against:", "Councillors Haddad, Penrose and Shafiq."),
        ("vote", "Abstention:", "Councillor Ashby."),
        ("p", "The recommendations were therefore CARRIED (For 7, Against 3, Abstentions 1)."),
        ("resolved", "That Cabinet be recommended to:", [
            "approve the revised off-street car parking charges set out in Appendix 1 to the "
            "report, to take effect from 1 July 2025; and",
            "review the evening charge after six months in the light of its effect on town "
            "centre footfall.",
        ]),
    ]),
    ("29", "Fly-tipping Enforcement: Six-Month Update", [
        ("p", "The Assistant Director (Environment) reported that 1,184 fly-tipping incidents had "
              "been recorded between 1 October 2024 and 31 March 2025, 9% fewer than in the same "
              "period a year earlier, and that 27 fixed penalty notices and two formal cautions "
              "had been issued. Three cases had been referred for prosecution."),
        ("p", "Members welcomed the reduction and asked that future updates include figures for "
              "each ward and the cost of clearance to the Council."),
        ("resolved", "That the report be noted.", []),
    ]),
    ("30", "Committee Work Programme", [
        ("resolved", "That the work programme for 2025/26 be agreed, subject to the addition of "
                     "an annual progress report on the Climate Emergency Action Plan 2024-2027 at "
                     "the meeting on 17 June 2025.", []),
    ]),
    ("31", "Urgent Business", [
        ("p", "There was no urgent business."),
    ]),
]

MINUTES_CLOSE = "The meeting commenced at 6.30 pm and closed at 8.42 pm."

VOTES = [
    {"item": "28", "result": "lost", "counts": None,
     "motion": "Amendment that the evening charge be removed from the proposals",
     "mover": "David Penrose", "seconder": "Imran Shafiq"},
    {"item": "28", "result": "carried", "counts": {"yes": 7, "no": 3, "abstain": 1},
     "motion": "Substantive recommendations on off-street car parking charges",
     "voters": {"yes": ["Carraway", "Dunmore", "Harland", "Kilbride", "McVey", "Okafor",
                        "Quarrie"],
                "no": ["Haddad", "Penrose", "Shafiq"],
                "abstain": ["Ashby"]}},
]

# --------------------------------------------------------------------------------------------
# Officer report (agenda item 5)
# --------------------------------------------------------------------------------------------

PLAN_TITLE = "Climate Emergency Action Plan 2024-2027"
REPORT_TITLE = AGENDA[6]["title"]
REPORT_CONTACT = ("Priya Sandhu", "Climate Change Manager", "01632 960427",
                  "priya.sandhu@ashcombevale.gov.uk")

REPORT_HEADER = [
    ("Report to:", BODY),
    ("Date of meeting:", "17 June 2025"),
    ("Report of:", "Assistant Director (Environment)"),
    ("Portfolio Holder:", "Councillor Marcus Fenwick, Environment and Climate"),
    ("Subject:", REPORT_TITLE),
    ("Wards affected:", "All wards"),
    ("Key decision:", "No"),
    ("Exempt information:", "No"),
]

# --------------------------------------------------------------------------------------------
# Appendix A: the action plan tracker
# --------------------------------------------------------------------------------------------

TABLE_TITLE = f"Appendix A: {PLAN_TITLE} - Progress Tracker at 31 March 2025"
COLUMNS = [  # (header lines as printed, width mm)
    (["Ref"], 13),
    (["Action"], 80),
    (["Lead Officer"], 36),
    (["Start", "Date"], 21),
    (["End", "Date"], 21),
    (["RAG", "Status"], 19),
    (["Measures of success"], 83),
]
COLUMN_NAMES = [" / ".join(lines) for lines, _ in COLUMNS]

THEMES = [
    ("Theme 1: Council Estate and Operations", [
        ("1.1", "Install solar PV arrays on the roofs of Vale House and Ashcombe Leisure Centre, "
                "with battery storage at the leisure centre.",
         "Head of Property Services", "01/04/2024", "31/03/2026", "Amber",
         "250 kWp of installed capacity; 20% reduction in grid electricity used at both "
         "sites."),
        ("1.2", "Replace the gas boilers at the Council's three depots with air source heat "
                "pumps, funded through the Public Sector Decarbonisation Scheme.",
         "Head of Property Services", "01/06/2024", "30/09/2025", "Green",
         "No gas used at the depots; heating emissions reduced by 180 tCO2e a year."),
        ("1.3", "Move the refuse collection fleet to electric and HVO-fuelled vehicles as "
                "existing vehicle leases expire.",
         "Head of Waste Services", "01/04/2024", "31/03/2027", "Green",
         "12 of 31 fleet vehicles electric or HVO by March 2025; fleet emissions down 40% by "
         "March 2027."),
        ("1.4", "Introduce a staff travel plan, including salary-sacrifice e-bikes and pool "
                "electric cars for business mileage.",
         "HR and Organisational Development Manager", "01/09/2024", "31/03/2025", "Red",
         "Grey-fleet mileage reduced by 25%; 40 members of staff joined the cycle scheme."),
        ("1.5", "Adopt a sustainable procurement policy requiring carbon reduction plans from "
                "suppliers of all contracts over GBP100,000.",
         "Procurement Lead", "01/04/2024", "31/12/2024", "Complete",
         "Policy adopted by Cabinet and applied to all new tenders from 1 January 2025."),
    ]),
    ("Theme 2: Transport and Travel", [
        ("2.1", "Deliver 60 additional public electric vehicle charge points in council car "
                "parks, giving priority to the rural market towns.",
         "Parking Services Manager", "01/04/2024", "31/03/2026", "Amber",
         "60 charge points in use; average utilisation above 15% after 12 months."),
        ("2.2", "Work with the County Council to complete phase 2 of the Ashcombe to Millbridge "
                "cycle route.",
         "Transport Policy Officer", "01/07/2024", "31/03/2026", "Amber",
         "4.2 km of segregated cycleway opened; cycle counts on the corridor up by 30%."),
        ("2.3", "Review the taxi licensing policy to require zero-emission capable vehicles for "
                "all new vehicle licences from 2027.",
         "Licensing Manager", "01/10/2024", "31/07/2025", "Green",
         "Revised policy consulted on and adopted; timetable for the change published for the "
         "trade."),
        ("2.4", "Pilot a demand-responsive bus service for the villages of the Lower Vale, in "
                "partnership with a local operator.",
         "Transport Policy Officer", "01/01/2025", "31/12/2025", "Red",
         "Service running five days a week; 1,500 passenger journeys in the first six months."),
        ("2.5", "Install secure cycle parking and shelters at Ashcombe and Millbridge railway "
                "stations and at the main council offices.",
         "Transport Policy Officer", "01/04/2024", "30/06/2025", "Green",
         "120 additional cycle spaces provided; usage surveyed twice a year."),
    ]),
    ("Theme 3: Nature and Biodiversity", [
        ("3.1", "Plant 15,000 trees on council-owned land through the Vale Forest programme, "
                "with community planting days each winter.",
         "Parks and Open Spaces Manager", "01/11/2024", "31/03/2027", "Green",
         "5,000 trees planted each season; survival rate of at least 85% after two years."),
        ("3.2", "Change the grass-cutting regime on road verges and amenity land so that "
                "wildflower meadows can establish.",
         "Parks and Open Spaces Manager", "01/04/2024", "30/09/2024", "Complete",
         "38 hectares managed for wildflowers; baseline pollinator surveys completed."),
        ("3.3", "Prepare a Local Nature Recovery action list for the district to inform the "
                "county-wide strategy.",
         "Ecology Officer", "01/05/2024", "31/07/2025", "Amber",
         "Action list agreed with the County Council and adopted by Cabinet."),
        ("3.4", "Create Biodiversity Net Gain off-site units on council land at Haldon Meadows "
                "and register them for sale to developers.",
         "Ecology Officer", "01/04/2024", "31/03/2026", "Amber",
         "Habitat management plan approved; first units registered and available."),
    ]),
    ("Theme 4: Communities and Partnerships", [
        ("4.1", "Launch a Community Climate Fund offering grants of up to GBP5,000 to parish "
                "councils and voluntary groups.",
         "Climate Change Manager", "01/06/2024", "31/03/2025", "Complete",
         "GBP75,000 awarded to at least 15 projects, each reporting carbon or nature "
         "outcomes."),
        ("4.2", "Provide free home energy advice and retrofit referrals to households in fuel "
                "poverty, working with Vale Citizens Advice.",
         "Private Sector Housing Manager", "01/04/2024", "31/03/2026", "Green",
         "600 households advised each year; 120 referrals to grant-funded retrofit schemes."),
        ("4.3", "Publish an annual district carbon emissions report and a public progress "
                "dashboard on the Council's website.",
         "Climate Change Manager", "01/04/2024", "31/07/2024", "Complete",
         "Report published in July 2024; dashboard updated every quarter."),
        ("4.4", "Establish a Climate Partnership Board with businesses, schools and health "
                "partners to coordinate action across the district.",
         "Assistant Director (Environment)", "01/09/2024", "31/03/2026", "Amber",
         "Board meeting quarterly; shared partnership action plan agreed by March 2026."),
        ("4.5", "Run a climate awareness programme for schools, including an annual Young "
                "People's Climate Summit hosted at Vale House.",
         "Climate Change Manager", "01/09/2024", "31/03/2027", "Green",
         "At least 20 schools taking part each year; summit held each spring with pupil "
         "pledges published."),
    ]),
]
TABLE_PAGES = (8, 10)
RAG_FILL = {"Red": (244, 176, 176), "Amber": (250, 214, 150), "Green": (180, 222, 170),
            "Complete": (190, 205, 230)}
RAG_KEY = ("Key: Green - on track; Amber - some delay, expected to finish within six months of "
           "the end date; Red - significantly behind schedule; Complete - action finished.")


def _gbp(text: str) -> str:
    """The data writes the pound sign as GBP so the file stays ASCII; print it as a pound sign."""
    return text.replace("GBP", "\u00a3")


def _rag_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, rows in THEMES:
        for row in rows:
            counts[row[5]] = counts.get(row[5], 0) + 1
    return counts


def _report_sections() -> list[tuple[str, list[tuple[str, str]]]]:
    n = sum(len(rows) for _, rows in THEMES)
    c = _rag_counts()
    return [
        ("1. Purpose of the Report", [
            ("1.1", f"To present the first annual progress report on the {PLAN_TITLE}, covering "
                    "the first year of the plan to 31 March 2025."),
            ("1.2", "At its meeting on 8 April 2025 (Minute 30) the Committee asked to review "
                    "progress on the plan each year. This is the first such review, and the "
                    "detailed position of each action is set out in Appendix A."),
        ]),
        ("2. Recommendation", [
            ("2.1", f"That the Committee notes the progress made in the first year of the "
                    f"{PLAN_TITLE}, as set out in Appendix A, and identifies any actions it "
                    "wishes to refer to Cabinet for further consideration, in particular the "
                    "actions rated Red."),
        ]),
        ("3. Background", [
            ("3.1", "The Council declared a climate emergency in July 2019 and committed to "
                    "making its own operations net zero by 2030 and to supporting the district "
                    "as a whole to reach net zero by 2045."),
            ("3.2", f"The {PLAN_TITLE} was adopted by Cabinet on 14 March 2024. It contains {n} "
                    "actions grouped under four themes: Council Estate and Operations; Transport "
                    "and Travel; Nature and Biodiversity; and Communities and Partnerships."),
            ("3.3", "Each action has a lead officer, start and end dates and measures of "
                    "success. Progress is assessed using a Red, Amber, Green (RAG) rating, and "
                    "actions that have finished are shown as Complete."),
        ]),
        ("4. Progress in 2024/25", [
            ("4.1", f"Of the {n} actions, {c['Complete']} are complete, {c['Green']} are on "
                    f"track (Green), {c['Amber']} are subject to some delay (Amber) and "
                    f"{c['Red']} are significantly behind schedule (Red)."),
            ("4.2", "The Council's own emissions fell from 4,210 tCO2e in 2023/24 to 3,870 "
                    "tCO2e in 2024/25, a reduction of 8.1%. The main contributors were the "
                    "sustainable procurement policy, the first electric refuse vehicles and "
                    "lower gas use at the Ashcombe depot after its heat pumps were commissioned."),
            ("4.3", "The two actions rated Red are the staff travel plan (action 1.4), delayed "
                    "by the need to renegotiate the salary-sacrifice scheme with the new payroll "
                    "provider, and the demand-responsive bus pilot (action 2.4), where the "
                    "preferred operator withdrew in January 2025. A revised procurement for the "
                    "bus pilot will begin in July 2025."),
            ("4.4", "Most actions rated Amber have been delayed by long lead times for "
                    "electrical equipment or by the time taken to agree designs with the County "
                    "Council. None is expected to finish more than six months after its end "
                    "date."),
        ]),
        ("5. Financial Implications", [
            ("5.1", _gbp("The plan is funded from the Climate Reserve (GBP1.2 million at 1 April "
                         "2024) and from external grants. Spending in 2024/25 was GBP486,000, "
                         "of which GBP212,000 was met from grants. There are no new financial "
                         "implications arising from this report.")),
        ]),
        ("6. Legal Implications", [
            ("6.1", "There are no direct legal implications arising from this report."),
        ]),
        ("7. Equality and Climate Impact", [
            ("7.1", "An equality impact assessment was completed when the plan was adopted. "
                    "This report does not propose any change to the plan."),
        ]),
    ]


REPORT_END = [
    ("Appendices:", f"Appendix A - {PLAN_TITLE}: Progress Tracker at 31 March 2025"),
    ("Background papers:", f"{PLAN_TITLE} (Cabinet, 14 March 2024)"),
]

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

FONT = "Helvetica"
MARGIN = 20


class _Pack(FPDF):
    def footer(self) -> None:
        if self.page_no() > PAGE_OFFSET:
            self.set_y(-14)
            self.set_font(FONT, "", 9)
            self.set_text_color(0)
            self.cell(0, 6, f"Page {self.page_no() - PAGE_OFFSET}", align="C")


def _printed(pdf: _Pack) -> int:
    return pdf.page_no() - PAGE_OFFSET


def _front_sheet(pdf: _Pack) -> None:
    pdf.add_page()
    pdf.set_font(FONT, "B", 10)
    pdf.cell(0, 6, "Public Document Pack", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(FONT, "B", 15)
    pdf.set_text_color(0, 70, 60)
    pdf.cell(0, 8, COUNCIL.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 70, 60)
    pdf.set_line_width(0.8)
    pdf.line(MARGIN, pdf.get_y() + 2, 210 - MARGIN, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0)
    pdf.ln(10)
    pdf.set_text_color(0)
    pdf.set_font(FONT, "B", 22)
    for line in BODY_LINES:
        pdf.cell(0, 10, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    for label, value in (("Date:", DATE_TEXT), ("Time:", TIME_TEXT), ("Venue:", VENUE)):
        pdf.set_font(FONT, "B", 12)
        pdf.cell(28, 7, label)
        pdf.set_font(FONT, "", 12)
        pdf.multi_cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(FONT, "B", 12)
    pdf.cell(0, 7, "Membership:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 11)
    half = (len(MEMBERSHIP) + 1) // 2
    y0 = pdf.get_y()
    for col, chunk in enumerate((MEMBERSHIP[:half], MEMBERSHIP[half:])):
        pdf.set_y(y0)
        for name, role in chunk:
            pdf.set_x(MARGIN + col * 85)
            text = f"Councillor {name}" + (f" ({role})" if role else "")
            pdf.cell(85, 6, text, new_x="LEFT", new_y="NEXT")
    pdf.set_y(y0 + half * 6 + 6)
    pdf.set_font(FONT, "", 11)
    pdf.multi_cell(0, 5.5, "Quorum: 4 Members", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_fill_color(232, 240, 238)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 7, "Contact Officer", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 11)
    for text in (f"{CONTACT['name']}, {CONTACT['title']}", f"Tel: {CONTACT['phone']}",
                 f"Email: {CONTACT['email']}"):
        pdf.cell(0, 6, text, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font(FONT, "", 10)
    pdf.cell(0, 5.5, f"{CHIEF_EXECUTIVE}, Chief Executive", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.5, f"Date of publication: {PUBLISHED}", new_x="LMARGIN", new_y="NEXT")


PUBLIC_INFO = [
    ("Information for Members of the Public", [
        "Members of the public are welcome to attend this meeting, which is held in public "
        "except where exempt or confidential information is likely to be disclosed. The "
        "Council Chamber is on the first floor of Vale House and is accessible by lift. An "
        "induction loop is available; please ask a member of staff at reception.",
    ]),
    ("Webcasting and Recording", [
        "This meeting will be webcast live and will be available to view on the Council's "
        "website for six months afterwards. The Chairman will confirm at the start of the "
        "meeting that it is being filmed. By entering the Council Chamber you are consenting to "
        "being filmed and to the use of those images and sound recordings for webcasting and "
        "training purposes.",
        "Members of the public may also film, record or report on the public parts of the "
        "meeting, provided they do so without disrupting the proceedings. Please let the "
        "Democratic Services Officer know before the meeting if you intend to do so.",
    ]),
    ("Public Participation", [
        "Members of the public who live or work in the district may ask a question at this "
        "meeting on any matter within the Committee's remit. Questions must be received in "
        "writing by the Democratic Services Officer by 12 noon on the third working day before "
        "the meeting. Each speaker is allowed three minutes.",
    ]),
    ("Exempt Information", [
        "Part 2 of the agenda contains items which are likely to be considered in private "
        "because they involve exempt information under Schedule 12A to the Local Government "
        "Act 1972. The reports for these items are not published and are marked \"Document is "
        "Restricted\" in this pack.",
    ]),
    ("Fire Evacuation", [
        "If the fire alarm sounds, please leave the building by the nearest exit and gather at "
        "the assembly point in the Market Street car park. Do not use the lifts.",
    ]),
    ("Other Formats", [
        "This agenda can be made available in large print, in Braille or in other languages on "
        "request. Please contact Democratic Services on " + CONTACT["phone"] + ".",
    ]),
]


def _public_info(pdf: _Pack) -> None:
    pdf.add_page()
    for heading, paras in PUBLIC_INFO:
        pdf.set_font(FONT, "B", 12)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, "", 10.5)
        for para in paras:
            pdf.multi_cell(0, 5.2, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        pdf.ln(3)


def _agenda(pdf: _Pack) -> None:
    pdf.add_page()
    pdf.set_font(FONT, "B", 16)
    pdf.cell(0, 9, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    w_no, w_pages = 16, 24
    w_subj = 210 - 2 * MARGIN - w_no - w_pages
    pdf.set_font(FONT, "B", 10)
    pdf.set_fill_color(225, 225, 225)
    pdf.cell(w_no, 7, "Item", fill=True)
    pdf.cell(w_subj, 7, "Subject", fill=True)
    pdf.cell(w_pages, 7, "Pages", fill=True, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(FONT, "B", 10.5)
    pdf.multi_cell(0, 5.5, PART1_HEADING, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    part = "public"
    for item in AGENDA:
        if item["part"] == "exempt" and part == "public":
            part = "exempt"
            pdf.ln(2)
            pdf.set_font(FONT, "B", 10.5)
            pdf.multi_cell(0, 5.5, PART2_HEADING, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        sub = item["parent"] is not None
        indent = 10 if sub else 0
        if pdf.get_y() > 297 - 45:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font(FONT, "B", 11)
        if sub:
            pdf.set_xy(MARGIN + w_no, y)
            pdf.cell(indent, 6, item["number"])
        else:
            pdf.set_xy(MARGIN, y)
            pdf.cell(w_no, 6, item["number"] + ".")
        if item["pages"]:
            first, last = item["pages"]
            rng = f"{first} - {last}" if last != first else f"{first}"
            pdf.set_xy(MARGIN + w_no + w_subj, y)
            pdf.set_font(FONT, "", 11)
            pdf.cell(w_pages, 6, rng, align="R")
        pdf.set_font(FONT, "B", 11)
        pdf.set_xy(MARGIN + w_no + indent, y)
        pdf.multi_cell(w_subj - indent, 6, item["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, "", 10)
        for line in item["text"]:
            pdf.set_x(MARGIN + w_no + indent)
            pdf.multi_cell(w_subj - indent, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)


def _agenda_item_marker(pdf: _Pack, number: str) -> None:
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 6, f"Agenda Item {number}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _minutes(pdf: _Pack) -> tuple[int, int]:
    pdf.add_page()
    first = _printed(pdf)
    _agenda_item_marker(pdf, "3")
    pdf.set_font(FONT, "B", 13)
    pdf.cell(0, 7, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "B", 12)
    pdf.multi_cell(0, 6.5, BODY.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(FONT, "", 11)
    pdf.multi_cell(0, 5.8, f"Minutes of the meeting held on {PREV_DATE_TEXT} at 6.30 pm in the "
                           "Council Chamber, Vale House, Ashcombe", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    by_status: dict[str, list] = {}
    for row in ATTENDANCE:
        by_status.setdefault(row[1], []).append(row)

    def names(rows: list) -> str:
        ns = [r[0] for r in rows]
        return ns[0] if len(ns) == 1 else ", ".join(ns[:-1]) + " and " + ns[-1]

    pres = by_status["present"]
    subs = by_status["substitute"]
    present_lines = [f"Councillor {r[0]} ({r[2]})" for r in pres if r[2]]
    present_lines.append("Councillors " + names([r for r in pres if not r[2]]))
    present_lines.append("Councillors " + " and ".join(
        f"{r[0]} (substitute for Councillor {r[3]})" for r in subs))
    blocks = [
        ("Present:", present_lines),
        ("Apologies:", ["Councillors " + names(by_status["apologies"])]),
        ("Also present:", [f"Councillor {r[0]} ({r[2]})" for r in by_status["also_present"]]),
        ("Officers in attendance:", [f"{r[0]}, {r[2]}" for r in by_status["in_attendance"]]),
    ]
    label_w = 45
    for label, lines in blocks:
        y = pdf.get_y()
        pdf.set_font(FONT, "B", 11)
        pdf.set_xy(MARGIN, y)
        pdf.multi_cell(label_w - 3, 5.8, label, align="L")
        pdf.set_font(FONT, "", 11)
        pdf.set_xy(MARGIN + label_w, y)
        for line in lines:
            pdf.set_x(MARGIN + label_w)
            pdf.multi_cell(210 - 2 * MARGIN - label_w, 5.8, line, new_x="LMARGIN",
                           new_y="NEXT")
        pdf.ln(3)
    pdf.ln(3)

    body_x = MARGIN + 15
    body_w = 210 - MARGIN - body_x
    for number, title, blocks_ in MINUTES:
        if pdf.get_y() > 297 - 50:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font(FONT, "B", 11)
        pdf.set_xy(MARGIN, y)
        pdf.cell(15, 6, f"{number}.")
        pdf.set_xy(body_x, y)
        pdf.multi_cell(body_w, 6, title.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for block in blocks_:
            kind = block[0]
            if kind == "p":
                pdf.set_font(FONT, "", 11)
                pdf.set_x(body_x)
                pdf.multi_cell(body_w, 5.8, _gbp(block[1]), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
            elif kind == "vote":
                y = pdf.get_y()
                pdf.set_font(FONT, "B", 11)
                pdf.set_xy(body_x + 8, y)
                pdf.cell(27, 5.8, block[1])
                pdf.set_font(FONT, "", 11)
                pdf.multi_cell(body_w - 35, 5.8, block[2], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            else:
                _, intro, clauses = block
                pdf.ln(1)
                pdf.set_font(FONT, "", 11)
                pdf.set_x(body_x)
                pdf.multi_cell(body_w, 5.8, f"**RESOLVED:** {intro}", markdown=True,
                               new_x="LMARGIN", new_y="NEXT")
                pdf.set_font(FONT, "", 11)
                for i, clause in enumerate(clauses, 1):
                    y = pdf.get_y() + 1
                    pdf.set_xy(body_x + 8, y)
                    pdf.cell(10, 5.8, f"({i})")
                    pdf.multi_cell(body_w - 18, 5.8, clause, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3.5)
        pdf.ln(2.5)
    pdf.set_font(FONT, "", 11)
    pdf.multi_cell(0, 5.8, MINUTES_CLOSE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.cell(90, 6, "Chairman ...............................................")
    pdf.cell(0, 6, "Date ...................................", new_x="LMARGIN", new_y="NEXT")
    return first, _printed(pdf)


def _report(pdf: _Pack) -> int:
    pdf.add_page()
    first = _printed(pdf)
    _agenda_item_marker(pdf, "5")
    pdf.set_font(FONT, "B", 13)
    pdf.cell(0, 7, COUNCIL, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    w1, w2 = 45, 210 - 2 * MARGIN - 45
    for label, value in REPORT_HEADER:
        pdf.set_font(FONT, "", 10.5)
        lines = pdf.multi_cell(w2 - 4, 5.5, value, dry_run=True, output="LINES")
        h = 5.5 * len(lines) + 2
        y = pdf.get_y()
        pdf.rect(MARGIN, y, w1, h)
        pdf.rect(MARGIN + w1, y, w2, h)
        pdf.set_font(FONT, "B", 10.5)
        pdf.set_xy(MARGIN + 2, y + 1)
        pdf.cell(w1 - 4, 5.5, label)
        pdf.set_font(FONT, "B" if label == "Subject:" else "", 10.5)
        pdf.set_xy(MARGIN + w1 + 2, y + 1)
        pdf.multi_cell(w2 - 4, 5.5, value)
        pdf.set_xy(MARGIN, y + h)
    pdf.ln(6)
    for heading, paras in _report_sections():
        if pdf.get_y() > 297 - 45:
            pdf.add_page()
        pdf.set_font(FONT, "B", 11.5)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for num, text in paras:
            y = pdf.get_y()
            pdf.set_font(FONT, "", 11)
            pdf.set_xy(MARGIN, y)
            pdf.cell(12, 5.8, num)
            pdf.multi_cell(0, 5.8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        pdf.ln(2)
    for label, value in REPORT_END:
        y = pdf.get_y()
        pdf.set_font(FONT, "B", 11)
        pdf.cell(45, 5.8, label)
        pdf.set_font(FONT, "", 11)
        pdf.multi_cell(0, 5.8, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    name, title, phone, email = REPORT_CONTACT
    pdf.ln(3)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(45, 5.8, "Contact Officer:")
    pdf.set_font(FONT, "", 11)
    for i, line in enumerate((f"{name}, {title}", f"Tel: {phone}", f"Email: {email}")):
        if i:
            pdf.set_x(MARGIN + 45)
        pdf.cell(0, 5.8, line, new_x="LMARGIN", new_y="NEXT")
    return first


def _table(pdf: _Pack) -> tuple[int, int, list[int]]:
    """Returns first and last printed page, and the pages where a data row was split."""
    pdf.add_page(orientation="L")
    first = _printed(pdf)
    left = 12
    page_h, bottom = 210, 18
    lh, pad = 4.2, 1.5
    pdf.set_font(FONT, "B", 11)
    pdf.set_x(left)
    pdf.cell(0, 6, "Appendix A", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(left)
    pdf.set_font(FONT, "B", 13)
    pdf.cell(0, 8, TABLE_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    widths = [w for _, w in COLUMNS]
    total_w = sum(widths)
    splits: list[int] = []

    def header() -> None:
        y = pdf.get_y()
        h = 2 * lh + 2 * pad
        x = left
        pdf.set_fill_color(0, 70, 60)
        pdf.set_text_color(255)
        pdf.set_font(FONT, "B", 9)
        for lines, w in COLUMNS:
            pdf.rect(x, y, w, h, style="DF")
            for i, line in enumerate(lines):
                pdf.set_xy(x + pad, y + pad + i * lh)
                pdf.cell(w - 2 * pad, lh, line)
            x += w
        pdf.set_text_color(0)
        pdf.set_xy(left, y + h)

    def cell_lines(row: tuple) -> list[list[str]]:
        pdf.set_font(FONT, "", 9)
        out = []
        for text, w in zip(row, widths):
            out.append(pdf.multi_cell(w - 2 * pad, lh, _gbp(text), dry_run=True,
                                      output="LINES"))
        return out

    def draw_part(row: tuple, parts: list[list[str]]) -> None:
        n = max(len(p) for p in parts)
        h = n * lh + 2 * pad
        y = pdf.get_y()
        x = left
        pdf.set_font(FONT, "", 9)
        for (text, w, lines) in zip(row, widths, parts):
            if w == widths[5] and lines and text in RAG_FILL:
                pdf.set_fill_color(*RAG_FILL[text])
                pdf.rect(x, y, w, h, style="DF")
            else:
                pdf.rect(x, y, w, h)
            for i, line in enumerate(lines):
                pdf.set_xy(x + pad, y + pad + i * lh)
                pdf.cell(w - 2 * pad, lh, line)
            x += w
        pdf.set_xy(left, y + h)

    def room() -> float:
        return page_h - bottom - pdf.get_y()

    header()
    for theme, rows in THEMES:
        banner_h = lh + 2 * pad + 1
        if room() < banner_h + 3 * lh + 2 * pad:
            pdf.add_page(orientation="L")
            header()
        y = pdf.get_y()
        pdf.set_fill_color(214, 228, 224)
        pdf.rect(left, y, total_w, banner_h, style="DF")
        pdf.set_font(FONT, "B", 9.5)
        pdf.set_xy(left + pad, y + pad + 0.5)
        pdf.cell(total_w - 2 * pad, lh, theme)
        pdf.set_xy(left, y + banner_h)
        for row in rows:
            parts = cell_lines(row)
            n = max(len(p) for p in parts)
            fit = int((room() - 2 * pad) // lh)
            if n <= fit:
                draw_part(row, parts)
                continue
            if fit >= 2:  # the row breaks across the page, as word-processed tables do
                draw_part(row, [p[:fit] for p in parts])
                splits.append(_printed(pdf))
                rest = [p[fit:] for p in parts]
                pdf.add_page(orientation="L")
                header()
                draw_part(row, rest)
            else:
                pdf.add_page(orientation="L")
                header()
                draw_part(row, parts)
    pdf.ln(4)
    pdf.set_x(left)
    pdf.set_font(FONT, "I", 9)
    pdf.multi_cell(total_w, 4.5, RAG_KEY, new_x="LMARGIN", new_y="NEXT")
    return first, _printed(pdf), splits


def _restricted(pdf: _Pack) -> int:
    pdf.add_page()
    _agenda_item_marker(pdf, "10")
    pdf.set_y(120)
    pdf.set_font(FONT, "B", 20)
    pdf.cell(0, 10, "Document is Restricted", align="C", new_x="LMARGIN", new_y="NEXT")
    return _printed(pdf)


def _file_stem() -> str:
    return f"{SLUG}_{COMMITTEE_SLUG}_{DATE.isoformat()}_pack"


def build(folder: Path) -> list[Path]:
    out = Path(folder) / "packs"
    out.mkdir(parents=True, exist_ok=True)
    pdf = _Pack(orientation="P", unit="mm", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(f"{BODY} - {DATE_TEXT} - Agenda Pack")
    pdf.set_author(COUNCIL)
    pdf.set_margins(MARGIN, 18, MARGIN)
    pdf.set_auto_page_break(True, margin=22)
    _front_sheet(pdf)
    _public_info(pdf)
    agenda_first = pdf.page_no() + 1
    _agenda(pdf)
    assert agenda_first - PAGE_OFFSET == 1
    minutes = _minutes(pdf)
    report_first = _report(pdf)
    table_first, table_last, _ = _table(pdf)
    restricted = _restricted(pdf)
    pages = {item["number"]: item["pages"] for item in AGENDA}
    assert pages["3"] == minutes, minutes
    assert pages["5"] == (report_first, table_last), (report_first, table_last)
    assert (table_first, table_last) == TABLE_PAGES, (table_first, table_last)
    assert pages["10"] == (restricted, restricted), restricted
    path = out / f"{_file_stem()}.pdf"
    pdf.output(str(path))
    return [path]


# --------------------------------------------------------------------------------------------
# Expected record
# --------------------------------------------------------------------------------------------

def gold() -> dict:
    rows = []
    groups = []
    for theme, trs in THEMES:
        start = len(rows)
        for r in trs:
            rows.append(dict(zip(COLUMN_NAMES, (_gbp(c) for c in r))))
        groups.append({"title": theme, "first_index": start, "last_index": len(rows) - 1})
    samples = [0, 4, 17, 18]  # 17 (action 4.4) breaks across pages 9 and 10
    resolutions_per_item = {}
    for number, _, blocks in MINUTES:
        n = sum(max(1, len(b[2])) for b in blocks if b[0] == "resolved")
        if n:
            resolutions_per_item[number] = n
    return {
        "file": f"generated/packs/{_file_stem()}.pdf",
        "kind": "pack",
        "country": "UK",
        "notes": [
            "Fictional English district council committee pack in a CMIS/ModernGov-like layout, "
            "written blind; every value comes from the data the renderer prints.",
            "The front sheet and the public-information page carry no page number; 'Page 1' is "
            "the first agenda page, so agenda page ranges are those printed numbers "
            "(PDF page = printed page + 2).",
            "meeting is the meeting the pack is for (17 June 2025); the minutes inside the pack "
            "are of the previous meeting (8 April 2025, 6.30 pm to 8.42 pm), given under "
            "minutes.meeting for reference.",
            "Agenda numbers are printed '1.' etc.; sub-items print '4.1' and '4.2' indented under "
            "item 4, so their parent is 4.",
            "Item 9 (Exclusion of the Press and Public) is printed before the Part 2 heading, so "
            "it is public; items 10 and 11 under the Part 2 heading are exempt.",
            "Item 10 prints a single page '11' in the Pages column: pages first = last = 11.",
            "Agenda titles are the bold line only; the plain lines under each item (report of, "
            "deadline, the exclusion resolution text) are not part of the title.",
            "Minute titles are printed in capitals; the gold gives them in title case (matching "
            "ignores case).",
            "The front-sheet membership list is not attendance; attendance is from the minutes' "
            "Present / Apologies / Also present / Officers in attendance blocks.",
            "Substitutes are printed in the Present block as '(substitute for Councillor ...)': "
            "status substitute; the members they replaced are under Apologies.",
            "Mr Alan Prothero, a member of the public asking a question under minute 26, is not "
            "attendance.",
            "Resolutions: one each for minutes 25, 29 and 30; minute 27's 'RESOLVED: That' "
            "with three numbered parts counts 3; minute 28's 'That Cabinet be recommended to:' "
            "with two numbered parts counts 2; total 8.",
            "Minute 28 has two votes: an amendment LOST with no figures (counts null) and the "
            "recorded vote on the substantive recommendations, names listed by option and "
            "'For 7, Against 3, Abstentions 1' printed.",
            "The action plan table is on landscape pages 8-10 (printed), its two-line header "
            "repeated on each page; stacked header lines are joined with ' / ' ('Start / Date'). "
            "Row 4.4 breaks across pages 9 and 10 (its last Action line printed under the "
            "repeated header with the other cells empty) and counts once; the theme banners are "
            "groups, not rows. The RAG key line under the table is not a row.",
            "The PART 2 heading falls at the foot of agenda page 1 and its items 10 and 11 at "
            "the top of page 2; they are still exempt.",
            "The officer report's header box (Report to / Date of meeting ...) is a two-column "
            "layout box, not a table, and is left out of tables.",
        ],
        "meeting": {
            "body": BODY,
            "date": DATE.isoformat(),
            "start_time": START_TIME,
            "venue": VENUE,
            "contact": {k: CONTACT[k] for k in ("name", "phone", "email")},
        },
        "agenda": [
            {"number": it["number"], "title": it["title"],
             "pages": ({"first": it["pages"][0], "last": it["pages"][1]} if it["pages"]
                       else None),
             "part": it["part"], "parent": it["parent"]}
            for it in AGENDA
        ],
        "minutes": {
            "meeting": {"date": PREV_DATE, "start_time": "18:30", "end_time": "20:42"},
            "items": [{"number": n, "title": t} for n, t, _ in MINUTES],
            "resolutions": sum(resolutions_per_item.values()),
            "resolutions_per_item": resolutions_per_item,
            "votes": VOTES,
            "attendance": [
                {"name": name, "status": status,
                 **({"role": role} if role else {}),
                 **({"substitute_for": sub} if sub else {})}
                for name, status, role, sub in ATTENDANCE
            ],
        },
        "tables": [{
            "page": TABLE_PAGES[0],
            "title": TABLE_TITLE,
            "columns": COLUMN_NAMES,
            "row_count": len(rows),
            "pages": {"first": TABLE_PAGES[0], "last": TABLE_PAGES[1]},
            "ruled": True,
            "header_rows": 1,
            "groups": groups,
            "rows": [{"index": i, "cells": rows[i]} for i in samples],
        }],
    }

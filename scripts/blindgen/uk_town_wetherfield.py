"""Wetherfield Town Council (fictional market town in the fictional unitary area of North Marlshire, England).

Two files for the ordinary meeting of the Town Council held on Monday 20th October 2025 at 7.00pm:

* agendas/wetherfield-town-council_town-council_2025-10-20_agenda.pdf - the Town Clerk's summons on the
  council's letterhead ("You are hereby summoned ..."), the public participation / recording notice and the
  agenda: 19 numbered items in bold capitals, each with a "To receive ..." line below; committee minutes,
  finance and planning applications carry decimal sub-items (7.1, 8.1, 9.1 ...); a notice of motion under
  Standing Order 9 is quoted in italics; item 18 is the resolution to exclude the press and public under the
  Public Bodies (Admission to Meetings) Act 1960 and item 19 (staffing) is confidential. "Page n of N" footers.
* minutes/wetherfield-town-council_town-council_2025-10-20_minutes.pdf - draft minutes in the usual
  small-town style: council-wide running minute numbers for the civic year ("147/25" ... "165/25") in a left
  column with bold capital headings, the attendance block at the top (councillors with roles in brackets, a
  late arrival and an early departure, officers with job titles, North Marlshire ward councillors, the PCSO,
  members of the public and press), apologies and an absentee, declarations of interest, an adjournment for
  public participation, lettered sub-paragraphs under committee minutes and finance, a payments schedule
  table, planning applications each with the council's observation, a show-of-hands vote with figures, an
  amendment lost on figures and a recorded vote with names, confidential business after exclusion of the
  public. Decisions are written several ways, as real clerks do: "RESOLVED that ...", "It was RESOLVED to
  ...", "RESOLVED:" followed by a numbered or lettered list, "Resolved:" in lower case. Some narrative
  uses "agreed" or "has been resolved" informally; those are not resolutions. Every page carries a
  "Signed ... Chairman / Date ..." line and "Page n of N".

Everything (people, items, amounts, votes, wording) is invented. Both the PDFs and the gold records are
produced from the module-level data below.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

COUNCIL = "Wetherfield Town Council"
BODY = "Town Council"
DATE_ISO = "2025-10-20"
DATE_LONG = "Monday 20th October 2025"
START = ("7.00pm", "19:00")
END = ("9.31pm", "21:31")
VENUE = "the Council Chamber, Town Hall, Market Place, Wetherfield"
ADDRESS = "Town Hall, Market Place, Wetherfield, North Marlshire WE7 1TH"
CLERK = {"name": "Helen Marchbank", "phone": "01763 482190", "email": "clerk@wetherfield-tc.gov.uk"}
SUMMONS_DATE = "14th October 2025"
NEXT_MEETING = "Monday 17th November 2025 at 7.00pm"
CREATED = dt.datetime(2025, 10, 14, 16, 5, tzinfo=dt.timezone.utc)
CREATED_MINUTES = dt.datetime(2025, 10, 23, 11, 40, tzinfo=dt.timezone.utc)

AGENDA_FILE = "agendas/wetherfield-town-council_town-council_2025-10-20_agenda.pdf"
MINUTES_FILE = "minutes/wetherfield-town-council_town-council_2025-10-20_minutes.pdf"

# ---------------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------------

# (honorific, name, role printed in brackets, time note printed after)
PRESENT = [
    ("Cllr", "Margaret Ellery", "Town Mayor, in the Chair", None),
    ("Cllr", "Robert Castell", "Deputy Town Mayor", None),
    ("Cllr", "Graham Ashdown", None, None),
    ("Cllr", "Simon Bramall", None, "left 8.52pm"),
    ("Cllr", "Anthea Brook", None, None),
    ("Cllr", "Lucy Drummond", None, None),
    ("Cllr", "Peter Fenwick", None, "arrived 7.24pm"),
    ("Cllr", "Dominic Ferrers", None, None),
    ("Cllr", "Harjit Nayar", None, None),
    ("Cllr", "Frances Quayle", None, None),
    ("Cllr", "Colin Tasker", None, None),
    ("Cllr", "Elaine Whitlock", None, None),
]
OFFICERS = [
    ("Mrs", "Helen Marchbank", "Town Clerk", None),
    ("Mr", "Daniel Okafor", "Deputy Town Clerk and Responsible Financial Officer", "not present for minute 165/25"),
    ("Ms", "Priya Lowther", "Events and Communications Officer", "for minute 157/25 only"),
]
ALSO_PRESENT = [
    ("Cllr", "Gareth Pennock", "North Marlshire Council, Wetherfield East Division", None),
    ("Cllr", "Susan Aldous", "North Marlshire Council, Wetherfield West and Rural Division", None),
    ("PCSO", "Tom Haverly", "Marlshire Police", "to minute 150/25"),
]
PUBLIC_LINE = "7 members of the public and 1 representative of the press (Wetherfield & Vale Gazette)"
APOLOGIES = [
    ("Cllr", "Janet Ruddock", "work commitments"),
    ("Cllr", "Oliver Penhaligon", "family illness"),
]
ABSENT = [("Cllr", "Kevin Drayton")]

# ---------------------------------------------------------------------------------------------------------
# Planning applications and payments (shared by agenda and minutes)
# ---------------------------------------------------------------------------------------------------------

PLANNING = [
    {
        "ref": "25/04418/FUL",
        "address": "Land to the rear of 14-18 Sheep Street, Wetherfield",
        "proposal": "Erection of two detached dwellings with associated access and parking",
        "observation": "It was **RESOLVED** to **OBJECT** to the application. The Council considers the proposed "
        "access onto Sheep Street, almost opposite the junction with Tanners Lane, to be unsafe because of the "
        "restricted visibility and the existing on-street parking. The development would also harm the setting "
        "of the Wetherfield Conservation Area and would result in the loss of the mature lime trees on the "
        "northern boundary, which make an important contribution to the street scene.",
        "resolutions": 1,
    },
    {
        "ref": "25/04502/LBC",
        "address": "The Old Corn Exchange, 3 Market Place, Wetherfield",
        "proposal": "Listed building consent for replacement of rear timber windows with slim-profile double "
        "glazed timber units and internal alterations at first floor",
        "before": "Cllr Whitlock, having declared a non-registrable interest (minute 148/25), left the room at "
        "8.05pm and took no part in the discussion.",
        "observation": "**RESOLVED** to **SUPPORT** the application, subject to the Conservation Officer being "
        "satisfied with the glazing bar profile and the finish of the replacement windows.",
        "after": "Cllr Whitlock returned to the meeting at 8.10pm.",
        "resolutions": 1,
    },
    {
        "ref": "25/04537/HOU",
        "address": "27 Orchard Rise, Wetherfield",
        "proposal": "Single storey rear extension and loft conversion with rear dormer",
        "observation": "**RESOLVED:** no objection.",
        "resolutions": 1,
    },
    {
        "ref": "25/04611/ADV",
        "address": "Unit 4, Wharf Road Trading Estate, Wetherfield",
        "proposal": "Display of two internally illuminated fascia signs and one free-standing illuminated totem sign",
        "observation": "**RESOLVED** to raise no objection to the two fascia signs but to **OBJECT** to the totem "
        "sign, which by reason of its height (6.5m) and internal illumination would be visually intrusive at the "
        "approach to the town along the B4471 Wharf Road.",
        "resolutions": 1,
    },
    {
        "ref": "25/04650/TCA",
        "address": "8 Church Walk, Wetherfield",
        "proposal": "Fell one silver birch and reduce the crown of one yew by up to 2m (trees in a Conservation Area)",
        "observation": "Members noted the application and had no comment to make, the works having been "
        "recommended by the applicant's arboricultural consultant.",
        "resolutions": 0,
    },
]

# (voucher, payee, details, net pence, vat pence)
PAYMENTS = [
    ("1412", "North Marlshire Council", "Business rates, Town Hall (October)", 128400, 0),
    ("1413", "Marlshire Pension Fund", "Employer and employee contributions, September", 391246, 0),
    ("1414", "HMRC", "PAYE and NI, September", 410690, 0),
    ("1415", "Staff salaries", "Net salaries, September (per payroll)", 1487235, 0),
    ("1416", "Greenway Grounds Ltd", "Grounds maintenance contract, October", 245000, 49000),
    ("1417", "Vale Electrical Services", "Market Place lighting column repairs", 38650, 7730),
    ("1418", "Marl Valley Water", "Water charges, Recreation Ground pavilion", 6412, 0),
    ("1419", "Playsafe Inspections Ltd", "Quarterly play area inspections", 42000, 8400),
    ("1420", "Kingfisher Office Supplies", "Stationery and toner", 11874, 2375),
    ("1421", "Marlshire Assoc. of Local Councils", "Planning training for councillors (2 places)", 9000, 1800),
    ("1422", "Unity Trust Bank", "Monthly service charge (direct debit)", 1800, 0),
    ("1423", "Brightstar Festive Lighting Ltd", "Christmas lights - 50% deposit (min. 118/25)", 325000, 65000),
]


def _money(pence: int) -> str:
    return f"{pence // 100:,}.{pence % 100:02d}"


PAY_NET = sum(p[3] for p in PAYMENTS)
PAY_VAT = sum(p[4] for p in PAYMENTS)
PAY_TOTAL = PAY_NET + PAY_VAT

# ---------------------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------------------

# number, title, description printed under the heading, parent, part
AGENDA = [
    (
        "1",
        "APOLOGIES FOR ABSENCE",
        "To receive apologies for absence and to consider whether to approve the reasons given.",
        None,
        "public",
    ),
    (
        "2",
        "DECLARATIONS OF INTEREST",
        "To receive declarations of disclosable pecuniary interests, other "
        "registrable interests and non-registrable interests in items on this agenda, in accordance with the "
        "Council's Code of Conduct, and to consider any written requests for dispensations.",
        None,
        "public",
    ),
    (
        "3",
        "PUBLIC PARTICIPATION",
        "The meeting will be adjourned for a period of up to 15 minutes to allow "
        "members of the public to address the Council or ask questions about matters on this agenda. Each speaker "
        "is limited to 3 minutes.",
        None,
        "public",
    ),
    (
        "4",
        "REPORTS FROM NORTH MARLSHIRE COUNCILLORS AND MARLSHIRE POLICE",
        "To receive brief verbal reports from "
        "the North Marlshire Council ward members for Wetherfield and from the Safer Neighbourhood Team.",
        None,
        "public",
    ),
    (
        "5",
        "MINUTES OF THE PREVIOUS MEETING",
        "To approve as a correct record, and for the Chairman to sign, the "
        "minutes of the meeting of the Town Council held on Monday 15th September 2025 (attached).",
        None,
        "public",
    ),
    (
        "6",
        "TOWN MAYOR'S ANNOUNCEMENTS",
        "To receive the Town Mayor's report of civic engagements since the last meeting.",
        None,
        "public",
    ),
    (
        "7",
        "COMMITTEE MINUTES",
        "To receive the minutes of the following committees and to consider any recommendations contained in them:",
        None,
        "public",
    ),
    (
        "7.1",
        "Planning & Highways Committee - meetings held on 22nd September 2025 and 6th October 2025",
        None,
        "7",
        "public",
    ),
    (
        "7.2",
        "Finance & General Purposes Committee - 29th September 2025, including the recommendation at minute "
        "FGP/44/25 to adopt revised Financial Regulations",
        None,
        "7",
        "public",
    ),
    (
        "7.3",
        "Amenities & Open Spaces Committee - 1st October 2025, including the recommendation at minute "
        "AOS/31/25 on replacement play equipment at King George's Field",
        None,
        "7",
        "public",
    ),
    ("8", "FINANCE", None, None, "public"),
    ("8.1", "To approve the schedule of payments for October 2025 (Appendix A)", None, "8", "public"),
    ("8.2", "To note the bank reconciliation as at 30th September 2025", None, "8", "public"),
    ("8.3", "To receive the budget monitoring report for the six months to 30th September 2025", None, "8", "public"),
    (
        "8.4",
        "To receive the External Auditor's report and certificate for 2024/25 and to note the publication "
        "of the Notice of Conclusion of Audit",
        None,
        "8",
        "public",
    ),
    (
        "9",
        "PLANNING APPLICATIONS",
        "To consider the following applications and to agree the Town Council's "
        "observations to North Marlshire Council as local planning authority:",
        None,
        "public",
    ),
]
for _i, _app in enumerate(PLANNING, start=1):
    AGENDA.append((f"9.{_i}", f"{_app['ref']} - {_app['address']} - {_app['proposal']}", None, "9", "public"))
AGENDA += [
    (
        "10",
        "PLANNING DECISIONS",
        "To note decisions notified by North Marlshire Council since the last meeting.",
        None,
        "public",
    ),
    (
        "11",
        "CHRISTMAS LIGHTS SWITCH-ON 2025",
        "To receive the report of the Events and Communications Officer "
        "and to approve the date, budget and arrangements for this year's event.",
        None,
        "public",
    ),
    (
        "12",
        "BUDGET AND PRECEPT 2026/27 - TIMETABLE",
        "To approve the timetable for preparation of the 2026/27 budget and setting of the precept.",
        None,
        "public",
    ),
    (
        "13",
        "MOTION UNDER STANDING ORDER 9 - TOWN CENTRE 20MPH LIMIT",
        "To consider the following motion, of which notice has been given by Cllr Harjit Nayar:",
        None,
        "public",
    ),
    ("14", "TOWN CLERK'S REPORT", "To receive the Town Clerk's report for information (attached).", None, "public"),
    ("15", "CORRESPONDENCE", "To note correspondence received since the last meeting (list attached).", None, "public"),
    (
        "16",
        "REPORTS FROM REPRESENTATIVES ON OUTSIDE BODIES",
        "To receive brief reports from councillors appointed to outside bodies.",
        None,
        "public",
    ),
    (
        "17",
        "DATE OF NEXT MEETING",
        f"To note that the next ordinary meeting of the Town Council will be held on "
        f"{NEXT_MEETING} in the Council Chamber.",
        None,
        "public",
    ),
    (
        "18",
        "EXCLUSION OF THE PRESS AND PUBLIC",
        "To resolve that, in view of the confidential nature of the "
        "business about to be transacted, it is advisable in the public interest that the press and public are "
        "temporarily excluded and they are instructed to withdraw, in accordance with section 1(2) of the Public "
        "Bodies (Admission to Meetings) Act 1960.",
        None,
        "public",
    ),
    (
        "19",
        "STAFFING MATTERS",
        "To consider the recommendation of the Personnel Committee (minute PC/12/25) concerning the grading of a post.",
        None,
        "exempt",
    ),
]

MOTION_TEXT = (
    "That this Council (a) writes to North Marlshire Council, as highway authority, requesting the introduction "
    "of a 20mph speed limit across the town centre, including High Street, Market Place, Sheep Street and "
    "Bridge Street; and (b) allocates up to £2,500 from the General Reserve to commission an independent speed "
    "and traffic volume survey in support of that request."
)

# ---------------------------------------------------------------------------------------------------------
# Votes (printed from this data)
# ---------------------------------------------------------------------------------------------------------

VOTES = {
    "minutes": {
        "item": "151/25",
        "motion": "That the minutes of 15th September 2025 be approved as a correct record, as amended",
        "result": "carried",
        "counts": {"yes": 11, "no": 0, "abstain": 1},
        "voters": None,
    },
    "lights": {
        "item": "157/25",
        "motion": "Christmas Lights Switch-On 2025 date, budget and road closure",
        "mover": "Quayle",
        "seconder": "Fenwick",
        "result": "carried",
        "counts": {"yes": 8, "no": 2, "abstain": 1},
        "voters": None,
    },
    "amendment": {
        "item": "159/25",
        "motion": "Amendment to delete part (b) of the motion (speed survey funding)",
        "mover": "Tasker",
        "seconder": "Drummond",
        "result": "lost",
        "counts": {"yes": 4, "no": 6, "abstain": 1},
        "voters": None,
    },
    "motion": {
        "item": "159/25",
        "motion": "Substantive motion: town centre 20mph limit and speed survey",
        "mover": "Nayar",
        "seconder": "Brook",
        "result": "carried",
        "counts": {"yes": 7, "no": 3, "abstain": 1},
        "voters": {
            "yes": ["Ashdown", "Brook", "Castell", "Ellery", "Fenwick", "Nayar", "Quayle"],
            "no": ["Drummond", "Ferrers", "Tasker"],
            "abstain": ["Whitlock"],
        },
    },
}


def _figures(v: dict) -> str:
    c = v["counts"]
    ab = "abstention" if c["abstain"] == 1 else "abstentions"
    return f"{c['yes']} in favour, {c['no']} against, {c['abstain']} {ab}"


def _names(names: list[str]) -> str:
    if len(names) == 1:
        return f"Cllr {names[0]}"
    return "Cllrs " + ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------------------------------------------------
# Minutes.  Blocks: ("p", text) paragraph; ("res", text, n) paragraph holding n resolutions; ("list", lead,
# [parts], labels, counted) a lead line and labelled parts (counted parts are resolutions); ("sub", text) a
# lettered sub-heading; ("bullets", [..]); ("payments",) the payments table; ("recorded", vote key).
# ---------------------------------------------------------------------------------------------------------

_M = VOTES["minutes"]
_L = VOTES["lights"]
_A = VOTES["amendment"]
_V = VOTES["motion"]

MINUTES = [
    {
        "number": "147/25",
        "title": "APOLOGIES FOR ABSENCE",
        "agenda": "1",
        "blocks": [
            (
                "p",
                "Apologies for absence had been received from "
                + " and ".join(f"{h} {n} ({why})" for h, n, why in APOLOGIES)
                + ".",
            ),
            ("res", "**RESOLVED** that the apologies and the reasons given be accepted.", 1),
            ("p", "No apology had been received from Cllr Kevin Drayton."),
        ],
    },
    {
        "number": "148/25",
        "title": "DECLARATIONS OF INTEREST",
        "agenda": "2",
        "blocks": [
            ("p", "The following declarations were made:"),
            (
                "list",
                None,
                [
                    "Cllr Whitlock declared a non-registrable interest in agenda item 9.2 (planning application "
                    "25/04502/LBC, The Old Corn Exchange) as the owner of the adjoining property, and said that she "
                    "would leave the room while that application was considered.",
                    "Cllr Castell declared an other registrable interest in agenda item 11 (Christmas Lights "
                    "Switch-On) as a committee member of the Wetherfield Chamber of Trade, which co-organises the "
                    "event. He would take part in the discussion but would not vote.",
                ],
                "alpha",
                False,
            ),
            ("p", "No written requests for dispensations had been received."),
        ],
    },
    {
        "number": "149/25",
        "title": "PUBLIC PARTICIPATION",
        "agenda": "3",
        "blocks": [
            ("p", "The Chairman adjourned the meeting at 7.03pm for the public participation session."),
            (
                "p",
                "A resident of Tanners Lane spoke about vehicles parking on the footway outside numbers 2-12, "
                "which forced pedestrians with pushchairs and mobility scooters into the road. The Town Clerk "
                "undertook to report the matter to North Marlshire Council's parking services and to the Safer "
                "Neighbourhood Team.",
            ),
            (
                "p",
                "Two residents spoke in support of the motion at item 13 (town centre 20mph limit), referring to "
                "near misses outside the Co-op on High Street. A third resident, a local business owner, spoke "
                "against, questioning whether a lower limit would be enforced.",
            ),
            (
                "p",
                "The secretary of Wetherfield Allotment Society thanked the Council for the new water trough at "
                "the Pound Lane site and asked whether the Society's lease, which expires in March 2026, could be "
                "renewed on the same terms. The Chairman said this would be referred to the Amenities & Open Spaces "
                "Committee.",
            ),
            ("p", "The meeting was reconvened at 7.21pm."),
        ],
    },
    {
        "number": "150/25",
        "title": "REPORTS FROM NORTH MARLSHIRE COUNCILLORS AND MARLSHIRE POLICE",
        "agenda": "4",
        "blocks": [
            (
                "p",
                "**Cllr Pennock** reported that resurfacing of Bridge Street was now programmed for February "
                "2026 and that the Cabinet would consider the future of the household recycling centre at Wharf Road "
                "in December. He would circulate the consultation document when it was published.",
            ),
            ("p", "Cllr Fenwick arrived at 7.24pm."),
            (
                "p",
                "**Cllr Aldous** reported on the Regulation 18 consultation on the North Marlshire Local Plan "
                "Review, which would close on 28th November 2025 and included two proposed housing allocations on "
                "the western edge of Wetherfield. She urged the Town Council to respond. She also reported that the "
                "bus shelter on Station Road would be replaced before Christmas.",
            ),
            (
                "p",
                "**PCSO Haverly** reported 23 crimes in the Wetherfield beat area in September, compared with 31 "
                "in August, including four shed break-ins at Orchard Rise and Pound Lane allotments. Residents were "
                "encouraged to register tools and bicycles on the national property register. In answer to a "
                "question from Cllr Drummond, he confirmed that speed checks had been carried out on Station Road on "
                "three occasions during the month.",
            ),
            ("p", "The Chairman thanked the speakers. PCSO Haverly left the meeting at 7.33pm."),
        ],
    },
    {
        "number": "151/25",
        "title": "MINUTES OF THE PREVIOUS MEETING",
        "agenda": "5",
        "blocks": [
            (
                "p",
                'Cllr Tasker pointed out that minute 136/25 referred to "Pond Lane car park" where it should '
                'read "Pound Lane car park".',
            ),
            (
                "res",
                "**RESOLVED** that the minutes of the meeting of the Town Council held on Monday 15th September "
                "2025, having been circulated, be approved as a correct record and signed by the Chairman, subject "
                f"to the correction of minute 136/25 as above ({_figures(_M)} - Cllr Ferrers not having been "
                "present at that meeting).",
                1,
            ),
        ],
    },
    {
        "number": "152/25",
        "title": "TOWN MAYOR'S ANNOUNCEMENTS",
        "agenda": "6",
        "blocks": [
            ("p", "The Town Mayor reported that since the last meeting she had attended:"),
            (
                "bullets",
                [
                    "the Wetherfield in Bloom awards evening at the Corn Hall (18th September);",
                    "the Heritage Open Days tour of the Town Hall, at which 140 visitors had been welcomed (20th "
                    "September);",
                    "the Royal British Legion branch standard dedication at St Aldhelm's Church (28th September);",
                    "the Marlshire Mayors' charity dinner at Ambridge Abbey (3rd October);",
                    "the reopening of the refurbished Wetherfield Library (10th October).",
                ],
            ),
            ("p", "The Mayor's charity appeal for the Vale Community Larder currently stood at £2,318."),
        ],
    },
    {
        "number": "153/25",
        "title": "COMMITTEE MINUTES",
        "agenda": "7",
        "blocks": [
            ("sub", "(a)  Planning & Highways Committee - 22nd September 2025 and 6th October 2025"),
            (
                "res",
                "It was **RESOLVED** that the minutes of the meetings of the Planning & Highways Committee "
                "held on 22nd September 2025 and 6th October 2025 be received.",
                1,
            ),
            ("sub", "(b)  Finance & General Purposes Committee - 29th September 2025"),
            (
                "p",
                "Cllr Ashdown, Chairman of the Committee, presented the minutes and explained the recommendation "
                "at minute FGP/44/25. The revised Financial Regulations followed the 2025 model published by the "
                "National Association of Local Councils, raised the threshold for formal tenders to £30,000 and "
                "introduced quarterly verification of bank reconciliations by a non-signatory councillor. It was "
                "proposed by Cllr Ashdown, seconded by Cllr Castell and carried unanimously that the recommendation "
                "be adopted.",
            ),
            (
                "list",
                "**RESOLVED** that:",
                [
                    "the minutes of the meeting of the Finance & General Purposes Committee held on 29th September "
                    "2025 be received; and",
                    "the revised Financial Regulations (October 2025) be adopted with immediate effect.",
                ],
                "roman",
                True,
            ),
            ("sub", "(c)  Amenities & Open Spaces Committee - 1st October 2025"),
            (
                "p",
                "The minutes of the meeting held on 1st October 2025 were received. Cllr Brook drew attention "
                "to recommendation AOS/31/25. Three quotations had been obtained for replacing the multi-play unit "
                "and the cradle swings at King George's Field, which had failed their annual inspection; the "
                "Committee had preferred the Meadowplay Ltd scheme on quality and on the shorter installation "
                "period.",
            ),
            (
                "res",
                "It was proposed by Cllr Brook, seconded by Cllr Nayar and **RESOLVED** to accept the "
                "quotation from Meadowplay Ltd in the sum of £18,450 plus VAT for the supply and installation of "
                "replacement play equipment at King George's Field, the cost to be met from the Play Areas "
                "earmarked reserve.",
                1,
            ),
        ],
    },
    {
        "number": "154/25",
        "title": "FINANCE",
        "agenda": "8",
        "blocks": [
            ("sub", "(a)  Schedule of payments - October 2025"),
            (
                "p",
                "The schedule of payments (Appendix A to the agenda) was considered. In answer to a question "
                "from Cllr Tasker, the RFO confirmed that voucher 1423 was the 50% deposit for the hire of the "
                "Christmas lights approved at minute 118/25.",
            ),
            ("payments",),
            (
                "res",
                f"**RESOLVED** that the payments listed above, totalling £{_money(PAY_TOTAL)}, be approved, and "
                "that the Town Mayor and one other authorised councillor approve the online payments.",
                1,
            ),
            ("sub", "(b)  Bank reconciliation"),
            (
                "p",
                "The bank reconciliation as at 30th September 2025 was noted, showing combined balances of "
                "£287,614.09 held in the Unity Trust current and instant access accounts and the CCLA Public Sector "
                "Deposit Fund. Cllr Quayle had checked the reconciliation against the bank statements and signed "
                "them as correct.",
            ),
            ("sub", "(c)  Budget monitoring"),
            (
                "p",
                "The budget monitoring report for the six months to 30th September 2025 was noted. Income "
                "stood at 54% of the annual budget and expenditure at 46%. The RFO drew attention to the overspend "
                "on Town Hall utilities (cost centre 2140), which was expected to be offset by the higher than "
                "budgeted interest receipts.",
            ),
            ("sub", "(d)  External audit 2024/25"),
            (
                "p",
                "Members received the External Auditor's report and certificate for the year ended 31st March "
                "2025, which had been issued without qualification. The Notice of Conclusion of Audit had been "
                "published on the Council's website and noticeboards on 26th September 2025.",
            ),
            (
                "res",
                "Resolved: that the External Auditor's report and certificate for 2024/25 be accepted and "
                "that the Council's thanks be recorded to the RFO.",
                1,
            ),
        ],
    },
    {
        "number": "155/25",
        "title": "PLANNING APPLICATIONS",
        "agenda": "9",
        "blocks": [("p", "The Council considered the following applications:")],
    },
    {
        "number": "156/25",
        "title": "PLANNING DECISIONS",
        "agenda": "10",
        "blocks": [
            ("p", "The following decisions of North Marlshire Council were noted:"),
            (
                "bullets",
                [
                    "25/03190/HOU - 11 Mill Lane - two storey side extension - Granted;",
                    "25/03347/FUL - Former Fire Station, Bridge Street - conversion to four flats - Refused (the Town "
                    "Council had objected);",
                    "25/03402/TPO - Land adjoining 2 The Paddocks - fell one ash (ash dieback) - Consent granted.",
                ],
            ),
        ],
    },
    {
        "number": "157/25",
        "title": "CHRISTMAS LIGHTS SWITCH-ON 2025",
        "agenda": "11",
        "blocks": [
            (
                "p",
                "Ms Lowther presented her report. The event would follow the same format as last year, with "
                "the lights switched on by the Town Mayor at 5.30pm, stalls run by the Chamber of Trade and local "
                "charities, and a lantern parade from the Recreation Ground organised with Wetherfield Primary "
                "School. Quotations had been received for the stage and PA, and the St John Ambulance unit had "
                "confirmed first aid cover. Members discussed whether the event should move to the Sunday to "
                "reduce the impact of the road closure on traders; Cllr Drummond felt that the Saturday closure "
                "had harmed footfall last year.",
            ),
            (
                "p",
                "Cllr Castell, having declared an interest at minute 148/25, took part in the discussion but "
                "did not vote.",
            ),
            (
                "p",
                f"It was proposed by Cllr {_L['mover']} and seconded by Cllr {_L['seconder']} that the "
                "recommendations in the report be approved. On a show of hands the proposal was **CARRIED** "
                f"({_figures(_L)}).",
            ),
            (
                "list",
                "**RESOLVED** that:",
                [
                    "the Christmas Lights Switch-On be held on Saturday 29th November 2025 from 3.00pm to 7.00pm in "
                    "the Market Place;",
                    "expenditure of up to £6,200 be approved from the Events budget (cost centre 4210), including "
                    "the stage, PA and first aid provision; and",
                    "the Town Clerk be authorised to apply to North Marlshire Council for a temporary order closing "
                    "Market Place and part of High Street, and to submit the necessary event notifications.",
                ],
                "num",
                True,
            ),
            ("p", "The Chairman thanked Ms Lowther, who left the meeting at 8.38pm."),
        ],
    },
    {
        "number": "158/25",
        "title": "BUDGET AND PRECEPT 2026/27 - TIMETABLE",
        "agenda": "12",
        "blocks": [
            (
                "p",
                "The RFO presented the proposed timetable. Committees would submit their spending proposals by "
                "7th November 2025, the tax base would be notified by North Marlshire Council in early December, "
                "and an all-member budget workshop would be held on Wednesday 3rd December 2025.",
            ),
            (
                "res",
                "**RESOLVED** to adopt the timetable, with the Finance & General Purposes Committee considering "
                "the draft budget on 24th November 2025 and the Town Council setting the precept for 2026/27 at its "
                "meeting on Monday 19th January 2026.",
                1,
            ),
        ],
    },
    {
        "number": "159/25",
        "title": "MOTION UNDER STANDING ORDER 9 - TOWN CENTRE 20MPH LIMIT",
        "agenda": "13",
        "blocks": [
            (
                "p",
                "Cllr Nayar moved the following motion, of which notice had been given under Standing Order 9, "
                "and which was seconded by Cllr Brook:",
            ),
            ("quote", MOTION_TEXT),
            (
                "p",
                "Cllr Nayar referred to the evidence given in the public session and to the number of children "
                "crossing High Street to reach the primary school and the library. Several members supported the "
                "principle but questioned whether a survey should be funded by the Town Council when the highway "
                "authority was responsible for speed limits.",
            ),
            ("p", "Cllr Bramall left the meeting at 8.52pm."),
            (
                "p",
                f"Cllr {_A['mover']}, seconded by Cllr {_A['seconder']}, moved an amendment that part (b) of "
                f"the motion be deleted. On being put to the vote the amendment was **LOST** ({_figures(_A)}).",
            ),
            (
                "p",
                "Debate resumed on the original motion. Before the vote was taken Cllr Tasker requested that "
                "the voting be recorded, in accordance with Standing Order 3(u), and this was supported by two "
                "other members. The voting was as follows:",
            ),
            ("recorded", "motion"),
            ("p", "The motion was therefore **CARRIED**."),
            (
                "list",
                "**RESOLVED** that the Council:",
                [
                    "writes to North Marlshire Council, as highway authority, requesting the introduction of a 20mph "
                    "speed limit across the town centre, including High Street, Market Place, Sheep Street and "
                    "Bridge Street; and",
                    "allocates up to £2,500 from the General Reserve to commission an independent speed and traffic "
                    "volume survey in support of that request, the Town Clerk to obtain quotations.",
                ],
                "alpha",
                True,
            ),
        ],
    },
    {
        "number": "160/25",
        "title": "TOWN CLERK'S REPORT",
        "agenda": "14",
        "blocks": [
            ("p", "The Town Clerk's report had been circulated. In particular:"),
            (
                "bullets",
                [
                    "the fault with camera 3 of the Market Place CCTV system, reported at the last meeting, has now "
                    "been resolved by the contractor at no cost to the Council;",
                    "the noticeboard at Pound Lane car park had been damaged and a single quotation of £640 had been "
                    "received for its replacement. Members agreed that the Clerk should obtain a further quotation "
                    "before an order is placed;",
                    "arrangements for Remembrance Sunday (9th November 2025) were in hand and the road closure had "
                    "been confirmed;",
                    "the internal auditor's interim visit would take place on 18th November 2025.",
                ],
            ),
            ("p", "The report was noted."),
        ],
    },
    {
        "number": "161/25",
        "title": "CORRESPONDENCE",
        "agenda": "15",
        "blocks": [
            ("p", "The following correspondence was noted:"),
            (
                "bullets",
                [
                    "Marlshire Association of Local Councils - briefing on the Government's planning reform "
                    "consultation (circulated 2nd October);",
                    "Wetherfield in Bloom - letter of thanks for the Council's grant of £750;",
                    "North Marlshire Council - notice of the Local Plan Review Regulation 18 consultation. The Clerk "
                    "will place this on the agenda of the Planning & Highways Committee on 3rd November 2025;",
                    "Mrs P. Garland of Station Road - email about overgrown hedges on the footpath to the station, "
                    "which the Clerk had referred to the landowner.",
                ],
            ),
        ],
    },
    {
        "number": "162/25",
        "title": "REPORTS FROM REPRESENTATIVES ON OUTSIDE BODIES",
        "agenda": "16",
        "blocks": [
            (
                "p",
                "Cllr Quayle reported that the trustees of the Wetherfield Almshouse Charity had met on 8th "
                "October and had appointed a new scheme manager. Cllr Ashdown reported on the annual general "
                "meeting of Wetherfield Community Transport, which had carried 4,100 passengers during the year. "
                "Cllr Nayar reported that the Youth Club steering group was seeking volunteers for Tuesday "
                "evenings.",
            ),
        ],
    },
    {
        "number": "163/25",
        "title": "DATE OF NEXT MEETING",
        "agenda": "17",
        "blocks": [
            (
                "p",
                f"The next ordinary meeting of the Town Council will be held on {NEXT_MEETING} in the Council "
                "Chamber, Town Hall.",
            ),
        ],
    },
    {
        "number": "164/25",
        "title": "EXCLUSION OF THE PRESS AND PUBLIC",
        "agenda": "18",
        "blocks": [
            (
                "res",
                "**RESOLVED** that, in accordance with section 1(2) of the Public Bodies (Admission to "
                "Meetings) Act 1960, the press and public be excluded from the meeting for the following item by "
                "reason of the confidential nature of the business to be transacted, which relates to an individual "
                "member of staff.",
                1,
            ),
            (
                "p",
                "The members of the public and the press left the meeting at 9.14pm, as did Cllrs Pennock and Aldous.",
            ),
        ],
    },
    {
        "number": "165/25",
        "title": "STAFFING MATTERS",
        "agenda": "19",
        "blocks": [
            (
                "p",
                "Mr Okafor left the meeting at 9.15pm. Cllr Castell, Chairman of the Personnel Committee, "
                "presented the Committee's recommendation following the job evaluation carried out in September.",
            ),
            (
                "res",
                "**RESOLVED** that the recommendation of the Personnel Committee at minute PC/12/25 be approved "
                "and that the post of Deputy Town Clerk and Responsible Financial Officer be regraded from SCP 25-28 "
                "to SCP 29-32 with effect from 1st November 2025, the additional cost in 2025/26 being met from the "
                "staffing contingency.",
                1,
            ),
            ("p", "Mr Okafor returned to the meeting at 9.29pm and was informed of the decision."),
        ],
    },
]

# the planning minute is built from the PLANNING list
for _i, _app in enumerate(PLANNING):
    _blocks = MINUTES[8]["blocks"]
    _blocks.append(("sub", f"({'abcde'[_i]})  {_app['ref']} - {_app['address']}"))
    _blocks.append(("p", f"__{_app['proposal']}__"))
    if "before" in _app:
        _blocks.append(("p", _app["before"]))
    _blocks.append(("res", _app["observation"], _app["resolutions"]))
    if "after" in _app:
        _blocks.append(("p", _app["after"]))
assert MINUTES[8]["number"] == "155/25"

CLOSE_LINE = f"There being no further business, the Chairman closed the meeting at {END[0]}."


def _resolutions(item: dict) -> int:
    n = 0
    for b in item["blocks"]:
        if b[0] == "res":
            n += b[2]
        elif b[0] == "list" and b[4]:
            n += len(b[2])
    return n


# ---------------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------------

FONT = "Helvetica"


class _Doc(FPDF):
    def __init__(self, running: str, minutes: bool):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.running = running
        self.minutes = minutes
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=30 if minutes else 22)
        self.set_author(CLERK["name"])
        self.set_creator("Microsoft Word")

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font(FONT, "I", 8.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(20, 10)
        self.cell(170, 4, self.running, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(20, 15, 190, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_text_color(0, 0, 0)
        if self.minutes:
            self.set_y(-24)
            self.set_x(20)
            self.set_font(FONT, "", 9.5)
            self.cell(110, 5, "Signed: ..........................................  (Chairman)")
            self.cell(60, 5, "Date: ........................", align="R")
        self.set_y(-15)
        self.set_x(20)
        self.set_font(FONT, "", 8.5)
        self.cell(170, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def _para(pdf: FPDF, text: str, size: float = 10.5, style: str = "", h: float = 5.0, gap: float = 2.0):
    pdf.set_font(FONT, style, size)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(0, h, text, markdown=True, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def _labelled(pdf: FPDF, label: str, text: str, indent: float, size: float = 10.5):
    """A hanging paragraph: label at the current left margin, text indented by `indent`."""
    left = pdf.l_margin
    pdf.set_font(FONT, "", size)
    if pdf.get_y() > pdf.page_break_trigger - 10:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_xy(left, y)
    pdf.cell(indent, 5, label)
    pdf.set_left_margin(left + indent)
    pdf.set_xy(left + indent, y)
    pdf.multi_cell(0, 5, text, markdown=True, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(left)
    pdf.ln(1.5)


def _letterhead(pdf: FPDF):
    pdf.set_font(FONT, "B", 18)
    pdf.cell(0, 9, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 9.5)
    pdf.cell(0, 5, ADDRESS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"Telephone: {CLERK['phone']}    Email: {CLERK['email']}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"Town Clerk: {CLERK['name']}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.5)
    pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.ln(7)


def _render_agenda(path: Path):
    pdf = _Doc("Town Council - 20th October 2025 - Agenda", minutes=False)
    pdf.set_title("Agenda - Town Council - 20 October 2025")
    pdf.set_creation_date(CREATED)
    pdf.add_page()
    _letterhead(pdf)
    pdf.set_font(FONT, "", 10.5)
    pdf.cell(0, 5, "To: All Members of Wetherfield Town Council", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, SUMMONS_DATE, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    _para(pdf, "Dear Councillor,")
    _para(
        pdf,
        f"You are hereby summoned to attend the meeting of **Wetherfield Town Council** to be held in {VENUE} "
        f"on **{DATE_LONG} at {START[0]}** for the purpose of transacting the business set out below.",
    )
    _para(pdf, "Yours sincerely,", gap=8)
    pdf.set_font("Times", "I", 15)
    pdf.cell(0, 7, CLERK["name"], new_x="LMARGIN", new_y="NEXT")
    _para(pdf, f"{CLERK['name']}\nTown Clerk", gap=4)
    pdf.set_fill_color(235, 235, 235)
    pdf.set_font(FONT, "", 9)
    pdf.multi_cell(
        0,
        4.5,
        "Members of the public and press are welcome to attend. The meeting may be filmed, "
        "photographed or recorded under the Openness of Local Government Bodies Regulations 2014; "
        "anyone intending to do so is asked to let the Town Clerk know before the meeting starts. "
        "Papers referred to in this agenda are available on the Council's website or from the Town "
        "Hall.",
        fill=True,
        align="J",
        new_x="LMARGIN",
        new_y="NEXT",
        padding=2,
    )
    pdf.ln(5)
    pdf.set_font(FONT, "B", 14)
    pdf.cell(0, 7, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for number, title, desc, parent, part in AGENDA:
        if number == "19":
            if pdf.get_y() > pdf.page_break_trigger - 30:
                pdf.add_page()
            pdf.set_font(FONT, "B", 10.5)
            pdf.cell(
                0,
                6,
                "CONFIDENTIAL BUSINESS - NOT OPEN TO THE PRESS AND PUBLIC",
                align="C",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(2)
        if parent is None:
            if pdf.get_y() > pdf.page_break_trigger - 18:
                pdf.add_page()
            pdf.set_font(FONT, "B", 10.5)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.cell(10, 5, f"{number}.")
            pdf.set_left_margin(30)
            pdf.set_xy(30, y)
            pdf.multi_cell(0, 5, title, align="L", new_x="LMARGIN", new_y="NEXT")
            if desc:
                _para(pdf, desc, gap=0)
            if number == "13":
                pdf.ln(1)
                pdf.set_left_margin(36)
                pdf.set_right_margin(26)
                _para(pdf, f'__"{MOTION_TEXT}"__', gap=0)
                pdf.set_right_margin(20)
            pdf.set_left_margin(20)
            pdf.ln(3)
        else:
            _labelled_agenda(pdf, number, title)
            if number == PARENT_LAST.get(parent):
                pdf.ln(2)
    pdf.ln(2)
    _para(pdf, "Appendix A: Schedule of payments, October 2025 (circulated with this agenda).", size=9, style="I")
    pdf.output(str(path))


PARENT_LAST = {}
for _n, _t, _d, _p, _part in AGENDA:
    if _p:
        PARENT_LAST[_p] = _n


def _labelled_agenda(pdf: FPDF, number: str, title: str):
    pdf.set_left_margin(30)
    _labelled(pdf, number, title, indent=11)
    pdf.set_left_margin(20)


def _attendance_block(pdf: FPDF):
    def row(label: str, lines: list[str], two_col: list[str] | None = None):
        pdf.set_font(FONT, "B", 10.5)
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(32, 5, label)
        pdf.set_font(FONT, "", 10.5)
        pdf.set_left_margin(52)
        pdf.set_xy(52, y)
        for line in lines:
            pdf.multi_cell(0, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
        if two_col:
            for i in range(0, len(two_col), 2):
                pdf.set_x(52)
                pdf.cell(69, 5, two_col[i])
                if i + 1 < len(two_col):
                    pdf.cell(69, 5, two_col[i + 1])
                pdf.ln(5)
        pdf.set_left_margin(20)
        pdf.ln(2.5)

    def fmt(h, n, role, note):
        s = f"{h} {n}"
        if role:
            s += f" ({role})"
        if note:
            s += f" - {note}"
        return s

    first = [fmt(*p) for p in PRESENT[:2]]
    rest = [fmt(*p) for p in PRESENT[2:]]
    row("Present:", first, rest)
    row("In attendance:", [f"{h} {n} - {role}" + (f" ({note})" if note else "") for h, n, role, note in OFFICERS])
    row("Also present:", [fmt(*p) for p in ALSO_PRESENT] + [PUBLIC_LINE])
    row("Apologies:", [", ".join(f"{h} {n}" for h, n, _ in APOLOGIES)])
    row("Absent:", [", ".join(f"{h} {n}" for h, n in ABSENT)])


def _payments_table(pdf: FPDF):
    if pdf.get_y() > pdf.page_break_trigger - 45:
        pdf.add_page()
    pdf.set_font(FONT, "", 8.5)
    widths = (10, 43, 46, 17, 15, 17)
    heads = ("Vch", "Payee", "Details", "Net £", "VAT £", "Gross £")
    with pdf.table(
        col_widths=widths,
        width=sum(widths),
        align="L",
        line_height=4.2,
        text_align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="SINGLE_TOP_LINE",
        first_row_as_headings=True,
        repeat_headings=1,
    ) as table:
        r = table.row()
        for hd in heads:
            r.cell(hd)
        for vch, payee, det, net, vat in PAYMENTS:
            r = table.row()
            for cell in (vch, payee, det, _money(net), _money(vat), _money(net + vat)):
                r.cell(cell)
        r = table.row()
        for cell in ("", "TOTAL", "", _money(PAY_NET), _money(PAY_VAT), _money(PAY_TOTAL)):
            r.cell(cell)
    pdf.ln(3)


def _render_minutes(path: Path):
    pdf = _Doc("Wetherfield Town Council - Minutes of the meeting held on 20th October 2025", minutes=True)
    pdf.set_title("Minutes - Town Council - 20 October 2025")
    pdf.set_creation_date(CREATED_MINUTES)
    pdf.add_page()
    pdf.set_font(FONT, "B", 16)
    pdf.cell(0, 8, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(FONT, "B", 11)
    pdf.multi_cell(
        0,
        5.5,
        f"MINUTES of the Ordinary Meeting of the Town Council held in {VENUE} on {DATE_LONG} at {START[0]}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font(FONT, "I", 9)
    pdf.cell(
        0,
        6,
        "DRAFT - subject to approval at the meeting to be held on 17th November 2025",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    _attendance_block(pdf)
    pdf.ln(2)
    for item in MINUTES:
        if pdf.get_y() > pdf.page_break_trigger - 22:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font(FONT, "B", 10.5)
        pdf.set_xy(20, y)
        pdf.cell(22, 5.5, item["number"])
        pdf.set_left_margin(42)
        pdf.set_xy(42, y)
        pdf.multi_cell(0, 5.5, item["title"], align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for block in item["blocks"]:
            _block(pdf, block)
        pdf.set_left_margin(20)
        pdf.ln(2)
    pdf.set_left_margin(42)
    _para(pdf, CLOSE_LINE)
    pdf.set_left_margin(20)
    pdf.output(str(path))


def _block(pdf: FPDF, block: tuple):
    kind = block[0]
    if kind in ("p", "res"):
        _para(pdf, block[1])
    elif kind == "sub":
        if pdf.get_y() > pdf.page_break_trigger - 15:
            pdf.add_page()
        _para(pdf, block[1], style="B", gap=1)
    elif kind == "quote":
        left = pdf.l_margin
        pdf.set_left_margin(left + 8)
        pdf.set_right_margin(28)
        _para(pdf, f'__"{block[1]}"__')
        pdf.set_right_margin(20)
        pdf.set_left_margin(left)
    elif kind == "bullets":
        left = pdf.l_margin
        for text in block[1]:
            pdf.set_left_margin(left + 3)
            _labelled(pdf, "-", text, indent=5)
        pdf.set_left_margin(left)
        pdf.ln(1)
    elif kind == "list":
        _, lead, parts, labels, _counted = block
        if lead:
            _para(pdf, lead, gap=1)
        left = pdf.l_margin
        pdf.set_left_margin(left + 4)
        for i, text in enumerate(parts):
            label = {"alpha": f"({'abcdefgh'[i]})", "roman": f"({['i', 'ii', 'iii', 'iv'][i]})", "num": f"{i + 1}."}[
                labels
            ]
            _labelled(pdf, label, text, indent=9)
        pdf.set_left_margin(left)
        pdf.ln(1.5)
    elif kind == "payments":
        _payments_table(pdf)
    elif kind == "recorded":
        v = VOTES[block[1]]
        left = pdf.l_margin
        pdf.set_left_margin(left + 4)
        for key, label in (("yes", "For"), ("no", "Against"), ("abstain", "Abstained")):
            names = v["voters"][key]
            assert len(names) == v["counts"][key]
            _labelled(pdf, f"{label} ({len(names)}):", _names(names), indent=30)
        pdf.set_left_margin(left)
        pdf.ln(1.5)
    else:
        raise ValueError(kind)


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    out = []
    for rel, render in ((AGENDA_FILE, _render_agenda), (MINUTES_FILE, _render_minutes)):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        render(path)
        out.append(path)
    return out


# ---------------------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------------------


def _attendance() -> list[dict]:
    rows = []
    for _h, name, role, _note in PRESENT:
        rec = {"name": name, "status": "present"}
        if role:
            rec["role"] = role
        rows.append(rec)
    for _h, name, role, _note in OFFICERS:
        rows.append({"name": name, "status": "in_attendance", "role": role})
    for h, name, role, _note in ALSO_PRESENT:
        rows.append({"name": name, "status": "also_present", "role": f"{h}, {role}" if h == "PCSO" else role})
    rows += [{"name": name, "status": "apologies"} for _h, name, _why in APOLOGIES]
    rows += [{"name": name, "status": "absent"} for _h, name in ABSENT]
    return rows


def _meeting(with_end: bool) -> dict:
    m = {"body": BODY, "date": DATE_ISO, "start_time": START[1]}
    if with_end:
        m["end_time"] = END[1]
    return m


def gold() -> dict:
    agenda = [{"number": n, "title": t, "pages": None, "part": part, "parent": p} for n, t, _d, p, part in AGENDA]
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Agenda titles are the bold headings as printed in capitals; the 'To receive ...' line printed "
            "under each heading is description, not part of the title.",
            "Sub-items 7.1-7.3, 8.1-8.4 and 9.1-9.5 are printed with decimal numbers under their parent and "
            "are given parent 7, 8 and 9; item 8 has no description line.",
            "Planning sub-item titles are the whole printed line: reference, site address and proposal.",
            "The text of the Standing Order 9 motion quoted in italics under item 13 is part of that item, "
            "not a separate item.",
            "The 'CONFIDENTIAL BUSINESS' banner before item 19 is not an item; item 19 is exempt, while item 18 "
            "(the resolution to exclude the press and public) is taken in public.",
            "No page numbers are printed against agenda items, so pages are null.",
            "The summons letter, the recording notice and the closing Appendix A note are not agenda items.",
        ],
        "meeting": {**_meeting(False), "contact": dict(CLERK)},
        "agenda": agenda,
    }

    items = [{"number": m["number"], "title": m["title"], "agenda_item": m["agenda"]} for m in MINUTES]
    per_item = {m["number"]: _resolutions(m) for m in MINUTES if _resolutions(m)}
    votes = []
    for v in VOTES.values():
        rec = {"item": v["item"], "result": v["result"], "counts": dict(v["counts"]), "motion": v["motion"]}
        if v.get("mover"):
            rec["mover"] = v["mover"]
            rec["seconder"] = v["seconder"]
        if v["voters"]:
            rec["voters"] = {k: list(x) for k, x in v["voters"].items()}
        votes.append(rec)
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute items are the council's running numbers 147/25-165/25; the lettered sub-paragraphs under "
            "153/25, 154/25 and 155/25 are parts of those minutes, not minute items of their own.",
            "Each minute's agenda_item is the agenda number of the same heading; the minutes print no agenda "
            "numbers, but the headings and order match the agenda one to one.",
            "Resolutions count each 'RESOLVED'/'Resolved' clause once, and each lettered, numbered or roman part "
            "under one 'RESOLVED that:' separately (153/25(b) two parts, 157/25 three, 159/25 two).",
            "The motion text quoted in 159/25 with its own parts (a) and (b) is not a resolution; only the "
            "'RESOLVED that the Council:' list after the recorded vote counts.",
            "'has now been resolved by the contractor' in 160/25 describes a fault being fixed and is not "
            "counted; 'Members agreed' in 160/25 and 'carried unanimously' in 153/25(b) are not counted either, "
            "since the minutes use 'resolved' for their formal decisions.",
            "Each planning application under 155/25 has its own RESOLVED observation (four); application (e) "
            "was only noted and has no resolution.",
            "Four votes have printed figures: the minutes approval (11-0-1) under 151/25, the show of hands "
            "under 157/25, the lost amendment and the recorded vote under 159/25; only the recorded vote names "
            "voters.",
            "'Carried unanimously' in 153/25(b) prints no figures or names, so it is not listed as a vote.",
            "Cllr Castell did not vote under 157/25 (declared interest) and Cllr Bramall had left before 159/25, "
            "so 11 votes are cast in each; the figures are as printed.",
            "Attendance names drop Cllr, Mr, Mrs, Ms and PCSO; PCSO and the force go into the role of Tom "
            "Haverly, who is listed under 'Also present'.",
            "Peter Fenwick (arrived 7.24pm) and Simon Bramall (left 8.52pm) are counted as present; the "
            "officers with partial attendance stay in_attendance.",
            "The North Marlshire (unitary) ward councillors Pennock and Aldous are also_present, not members "
            "of the Town Council.",
            "Unnamed members of the public and press are not attendance entries.",
            "Kevin Drayton is listed under 'Absent:' (no apology received) and is given status absent.",
            "The end time is taken from the closing line 'closed the meeting at 9.31pm'.",
        ],
        "meeting": _meeting(True),
        "minutes": {
            "meeting": _meeting(True),
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": _attendance(),
        },
    }
    return {
        "agendas__" + Path(AGENDA_FILE).stem: agenda_record,
        "minutes__" + Path(MINUTES_FILE).stem: minutes_record,
    }

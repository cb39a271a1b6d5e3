"""Marlowby Town Council (fictional English market-town council, Northshire): Full Council, 21 July 2025.

Files
-----
agendas/marlowby-town-council_full-council_2025-07-21_agenda.pdf
    The clerk's summons: letterhead, "You are hereby summoned ..." letter signed by the Town Clerk, a notice on
    public participation and recording, then the agenda.  Items are numbered 1-18 with bold Title Case headings
    and a "To receive / To consider ..." line under each; sub-items are decimal (4.1, 8.1 ... 10.3).  Planning
    sub-items print the application reference, site and proposal on one wrapped line.  Items 17-18 sit under a
    "PART B - CONFIDENTIAL" banner after the exclusion resolution (item 16).  No page numbers per item; each
    page has a "Page n of N" footer and pages after the first a running header.

minutes/marlowby-town-council_full-council_2025-07-21_minutes.pdf
    Draft minutes in the usual market-town style: minutes numbered by year ("58/25" ... "76/25"), minute number
    in a left column with a bold CAPS heading beside it; a PRESENT paragraph with full names (Town Mayor in the
    Chair), IN ATTENDANCE officers with job titles, ALSO PRESENT (county/district councillors, PCSO, a count of
    public and press).  Apologies and an absentee are recorded in the first minute with initials.  A late
    arrival, members leaving for a declared interest and one leaving early are minuted in the body.  The
    meeting is adjourned for public participation.  Item 11 of the agenda is brought forward (its own minute,
    not on the agenda).  Decisions are recorded in several ways, as real clerks do: "RESOLVED that ...",
    "RESOLVED: No objection.", "It was RESOLVED to ...", and lettered/numbered lists under one RESOLVED.
    Votes: an amendment lost on a show of hands with figures, a recorded vote (Standing Order 3(u)) with
    names For / Against / Abstained, and two shows of hands with figures in brackets; other decisions carry
    unanimously or without figures.  Running header, "Page n of N" footer with a "Mayor's initials" box,
    signature block at the end.  A summary schedule of payments is printed as a small table.

All data (people, agenda, minutes blocks, votes) live in module-level structures from which both the PDFs
and `gold()` are produced.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

COUNCIL = "Marlowby Town Council"
DATE_LONG = "Monday 21st July 2025"
DATE_ISO = "2025-07-21"
START = "19:00"
END = "21:41"
VENUE = "the Council Chamber, The Corn Exchange, Market Place, Marlowby"
ADDRESS = "The Corn Exchange, Market Place, Marlowby, Northshire MB7 2QT"
CLERK = "Joanna Steele"
PHONE = "01632 960418"
EMAIL = "clerk@marlowby-tc.gov.uk"

AGENDA_FILE = "agendas/marlowby-town-council_full-council_2025-07-21_agenda.pdf"
MINUTES_FILE = "minutes/marlowby-town-council_full-council_2025-07-21_minutes.pdf"

# --------------------------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------------------------

# (full name, role or None, note printed after the name or None)
PRESENT = [
    ("Helen Ashworth", "Town Mayor", None),
    ("David Pryce", "Deputy Town Mayor", None),
    ("Stephen Calloway", None, None),
    ("Rachel Dunmore", None, None),
    ("Sally Fenwick", None, None),
    ("Tom Hughes", None, "from 7.20pm"),
    ("Graham Ludlow", None, None),
    ("Bernard Okafor", None, None),
    ("Margaret Ormsby", None, "until 9.08pm"),
    ("Priya Patel", None, None),
    ("Ian Thwaite", None, None),
    ("Karen Willoughby", None, None),
]

# (honorific, name, job title)
OFFICERS = [
    ("Mrs", "Joanna Steele", "Town Clerk and Responsible Financial Officer"),
    ("Mr", "Martin Quayle", "Deputy Town Clerk"),
    ("Miss", "Ellie Barrow", "Administration Officer, minutes"),
]

# (printed prefix, name, role printed in brackets, note)
ALSO_PRESENT = [
    ("County Cllr", "Robert Dennison", "Northshire County Council, Marlowby Division", "until 8.21pm"),
    ("District Cllr", "Fiona Achebe", "Marlowby District Council, Marlowby East Ward", "until 8.21pm"),
    ("PCSO", "Daniel Rigby", "Northshire Police", "for public participation only"),
]
PUBLIC_COUNT = "14 members of the public and 1 representative of the press (Marlowby Mercury)"

# (printed initial form, reason)
APOLOGIES = [("P Garside", "holiday"), ("A Kirkby", "ill health")]
ABSENT = ["L Marsh"]

# --------------------------------------------------------------------------------------------------------------
# Agenda: (number, title, description or None, part, parent)
# --------------------------------------------------------------------------------------------------------------

AGENDA = [
    (
        "1",
        "Apologies for Absence",
        "To receive apologies for absence and to consider approving the reasons given (Local Government Act "
        "1972, s85).",
        "public",
        None,
    ),
    (
        "2",
        "Declarations of Interest",
        "To receive declarations of disclosable pecuniary interests and other registrable or non-registrable "
        "interests in items on this agenda, and to consider any written requests for dispensations received by "
        "the Town Clerk.",
        "public",
        None,
    ),
    (
        "3",
        "Public Participation",
        "The meeting will be adjourned for up to 15 minutes to allow members of the public to address the "
        "Council on matters on this agenda. Each speaker is limited to three minutes (Standing Order 3(f)). The "
        "Council's Police Community Support Officer has been invited to give a short update.",
        "public",
        None,
    ),
    (
        "4",
        "Minutes",
        "To approve as a correct record, and for the Town Mayor to sign, the minutes of the following meetings:",
        "public",
        None,
    ),
    ("4.1", "Full Council meeting held on Monday 16th June 2025", None, "public", "4"),
    ("4.2", "Extraordinary Council meeting held on Tuesday 1st July 2025", None, "public", "4"),
    (
        "5",
        "Town Clerk's Report",
        "To receive the Town Clerk's report on matters arising and progress on actions (for information only).",
        "public",
        None,
    ),
    (
        "6",
        "Reports from County and District Councillors",
        "To receive reports from the County Division member and the District Ward members (for information).",
        "public",
        None,
    ),
    (
        "7",
        "Town Mayor's Announcements",
        "To receive the Town Mayor's announcements and report of civic engagements since the last meeting.",
        "public",
        None,
    ),
    (
        "8",
        "Planning",
        "To consider the following applications and agree the Council's observations to Marlowby District "
        "Council as the local planning authority:",
        "public",
        None,
    ),
    (
        "8.1",
        "25/00812/FUL - 14 Church Street, MB7 1AD - Single storey rear extension and replacement of existing "
        "conservatory",
        None,
        "public",
        "8",
    ),
    (
        "8.2",
        "25/00834/HOU - 3 Orchard Rise, MB7 3LP - Two storey side extension and formation of new vehicular access",
        None,
        "public",
        "8",
    ),
    (
        "8.3",
        "25/00851/LBC - The Old Tannery, Bridge Street, MB7 1HF - Listed building consent for internal "
        "alterations and replacement shopfront",
        None,
        "public",
        "8",
    ),
    (
        "8.4",
        "25/00866/ADV - Unit 4, Kingsmead Retail Park - Display of 2 no. internally illuminated fascia signs and "
        "1 no. freestanding totem sign",
        None,
        "public",
        "8",
    ),
    (
        "8.5",
        "To note decisions notified by Marlowby District Council since the last meeting (list attached)",
        None,
        "public",
        "8",
    ),
    (
        "9",
        "Committee Minutes",
        "To receive the minutes of the following committees and to consider any recommendations contained therein:",
        "public",
        None,
    ),
    ("9.1", "Amenities and Open Spaces Committee - 7th July 2025", None, "public", "9"),
    ("9.2", "Finance and General Purposes Committee - 14th July 2025", None, "public", "9"),
    ("10", "Finance", None, "public", None),
    ("10.1", "To approve the schedule of payments for July 2025 (attached)", None, "public", "10"),
    ("10.2", "To note the bank reconciliation as at 30th June 2025", None, "public", "10"),
    (
        "10.3",
        "To receive the budget monitoring report for the quarter ended 30th June 2025 and to consider a virement",
        None,
        "public",
        "10",
    ),
    (
        "11",
        "Market Place Car Park - Proposed Parking Charges",
        "To consider the report of the Deputy Town Clerk (attached) on the introduction of charges at the Market "
        "Place car park, which is owned and managed by the Town Council, and to agree a tariff and "
        "implementation date.",
        "public",
        None,
    ),
    (
        "12",
        "Christmas Lights 2025",
        "To consider the three quotations received for the supply, installation, maintenance and removal of the "
        "town centre Christmas lights (report attached).",
        "public",
        None,
    ),
    (
        "13",
        "Neighbourhood Plan Review",
        "To consider draft terms of reference for a Neighbourhood Plan Review Steering Group, to appoint members "
        "and to allocate a budget.",
        "public",
        None,
    ),
    ("14", "Correspondence", "To note the correspondence list circulated with this agenda.", "public", None),
    (
        "15",
        "Items for Next Agenda and Date of Next Meeting",
        "For information only; no decisions may be taken. The next meeting of the Council is scheduled for "
        "Monday 15th September 2025 at 7.00pm.",
        "public",
        None,
    ),
    (
        "16",
        "Exclusion of Press and Public",
        "To resolve that, in view of the confidential nature of the business about to be transacted, it is "
        "advisable in the public interest that the press and public be temporarily excluded and they are "
        "instructed to withdraw (Public Bodies (Admission to Meetings) Act 1960, s1(2)).",
        "public",
        None,
    ),
    (
        "17",
        "Staffing Committee Recommendation - Town Clerk's Salary Review",
        "To consider the confidential recommendation of the Staffing Committee (report to members only).",
        "exempt",
        None,
    ),
    (
        "18",
        "Grounds Maintenance Contract 2026-2028",
        "To consider the tenders received and to award the contract (confidential report to members only).",
        "exempt",
        None,
    ),
]
PART_B_BEFORE = "17"

# --------------------------------------------------------------------------------------------------------------
# Votes (figures printed in the minutes are built from these)
# --------------------------------------------------------------------------------------------------------------

VOTES = {
    "carpark_amendment": {
        "item": "62/25",
        "result": "lost",
        "yes": 4,
        "no": 7,
        "abstain": 1,
        "motion": "Amendment that any decision on charges be deferred until a six-week public consultation has "
        "been carried out",
        "mover": "Okafor",
        "seconder": "Hughes",
    },
    "carpark_recorded": {
        "item": "62/25",
        "result": "carried",
        "voters": {
            "yes": ["Ashworth", "Calloway", "Dunmore", "Fenwick", "Pryce", "Thwaite", "Willoughby"],
            "no": ["Hughes", "Ludlow", "Okafor", "Ormsby"],
            "abstain": ["Patel"],
        },
        "motion": "Substantive motion to introduce car park charges",
        "mover": "Thwaite",
        "seconder": "Dunmore",
    },
    "xmas_lights": {
        "item": "70/25",
        "result": "carried",
        "yes": 9,
        "no": 1,
        "abstain": 1,
        "motion": "Accept the quotation of Brightwell Festive Lighting Ltd",
        "mover": "Pryce",
        "seconder": "Willoughby",
    },
    "grounds": {
        "item": "76/25",
        "result": "carried",
        "yes": 10,
        "no": 0,
        "abstain": 1,
        "motion": "Award the grounds maintenance contract to Greenacre Landscapes Ltd",
        "mover": "Fenwick",
        "seconder": "Calloway",
    },
}
for _v in VOTES.values():
    if "voters" in _v:
        for _k in ("yes", "no", "abstain"):
            _v[_k] = len(_v["voters"][_k])


def _hands(key: str, style: str) -> str:
    v = VOTES[key]
    if style == "for_against":
        abst = "abstention" if v["abstain"] == 1 else "abstentions"
        return f"{v['yes']} for, {v['no']} against, {v['abstain']} {abst}"
    if style == "in_favour":
        abst = "abstention" if v["abstain"] == 1 else "abstentions"
        return f"{v['yes']} in favour, {v['no']} against, {v['abstain']} {abst}"
    raise ValueError(style)


def _names(surnames: list[str]) -> str:
    if len(surnames) == 1:
        return f"Cllr {surnames[0]}"
    return "Cllrs " + ", ".join(surnames[:-1]) + " and " + surnames[-1]


# --------------------------------------------------------------------------------------------------------------
# Payments (summary schedule printed in minute 69/25)
# --------------------------------------------------------------------------------------------------------------

PAYMENTS = [
    ("2025/112", "Northshire County Council", "Employer pension contributions (June)", 3412.60),
    ("2025/113", "HMRC", "PAYE and NI (June)", 4987.21),
    ("2025/114", "Staff salaries", "Net salaries (July)", 14206.88),
    ("2025/116", "Greenacre Landscapes Ltd", "Grounds maintenance (June), incl. VAT", 3228.00),
    ("2025/118", "Wessex Play Surfaces", "Wetpour repair, Jubilee Park, incl. VAT", 2874.00),
    ("2025/121", "Marlowby in Bloom", "Grant award (minute 39/25)", 750.00),
    ("2025/124", "Zurich Municipal", "Insurance premium 2025/26", 6981.35),
    ("2025/127", "Northgrid Energy", "Corn Exchange electricity (Q1), incl. VAT", 2310.47),
    ("2025/112-131", "Various (12 items)", "Other payments per full schedule", 8631.65),
]
PAYMENTS_TOTAL = round(sum(p[3] for p in PAYMENTS), 2)


def _money(x: float) -> str:
    return f"{x:,.2f}"


# --------------------------------------------------------------------------------------------------------------
# Minutes: each item has blocks.  Block kinds:
#   ("p", text)                             narrative paragraph (markdown bold allowed)
#   ("bullets", [text, ...])
#   ("res", lead, parts, label_style)       a resolution: lead text (contains RESOLVED); parts list or None
#   ("sub", label, heading, [blocks])       lettered sub-paragraph
#   ("recorded", vote_key)                  names For / Against / Abstained
#   ("table", payments)
# --------------------------------------------------------------------------------------------------------------

MINUTES = [
    {
        "number": "58/25",
        "title": "APOLOGIES FOR ABSENCE",
        "agenda_item": "1",
        "blocks": [
            (
                "p",
                "Apologies for absence were received from "
                + " and ".join(f"Cllr {n} ({r})" for n, r in APOLOGIES)
                + ". No apologies had been received from "
                + " or ".join(f"Cllr {n}" for n in ABSENT)
                + ", who was therefore recorded as absent.",
            ),
            ("res", "**RESOLVED** that the apologies and the reasons given be accepted.", None, None),
        ],
    },
    {
        "number": "59/25",
        "title": "DECLARATIONS OF INTEREST",
        "agenda_item": "2",
        "blocks": [
            (
                "p",
                "Cllr Patel declared a disclosable pecuniary interest in agenda item 12 (Christmas Lights 2025) as "
                "her husband is a director of one of the companies that had submitted a quotation, and stated "
                "that she would leave the meeting for that item.",
            ),
            (
                "p",
                "Cllr Ludlow declared a non-registrable interest in agenda item 8.2 (3 Orchard Rise) as the "
                "applicant is a close neighbour and friend, and stated that he would leave the room and take no "
                "part in the discussion or vote.",
            ),
            (
                "p",
                "Cllr Calloway declared an other registrable interest in the planning items as a member of "
                "Marlowby District Council's Planning Committee; he would consider each application afresh at "
                "district level having regard to all the information then available.",
            ),
            ("p", "No written requests for dispensations had been received."),
        ],
    },
    {
        "number": "60/25",
        "title": "PUBLIC PARTICIPATION",
        "agenda_item": "3",
        "blocks": [
            ("p", "The Town Mayor adjourned the meeting at 7.03pm to allow members of the public to speak."),
            (
                "p",
                "Three residents of Tanners Row spoke against the proposed car park charges (agenda item 11). "
                "They were concerned that shoppers would park in residential streets to avoid the charges, that "
                "the proposed one hour free period was too short for patients attending the Riverside Surgery, "
                "and that there had been no public consultation.",
            ),
            (
                "p",
                "A representative of the Marlowby Chamber of Trade spoke in support of charges, provided that "
                "the first hour remained free and that the income was spent on the town centre. He asked that "
                "the Council consider a discounted permit for town centre employees.",
            ),
            (
                "p",
                "A resident raised the problem of dog fouling on the footpath between Jubilee Park and Mill "
                "Lane. The Town Clerk undertook to order additional signage and to ask the District Council's "
                "enforcement team to patrol the area.",
            ),
            ("p", "Cllr Hughes arrived at 7.20pm, during the adjournment."),
            (
                "p",
                "PCSO Rigby gave the neighbourhood policing update. 41 incidents had been recorded on the "
                "Marlowby beat in June, including four thefts from vehicles in the Kingsmead Retail Park and "
                "reports of anti-social behaviour at the skate park. Additional evening patrols were planned "
                "over the school holidays. PCSO Rigby left the meeting at 7.29pm.",
            ),
            ("p", "The Town Mayor reconvened the meeting at 7.34pm."),
        ],
    },
    {
        "number": "61/25",
        "title": "ORDER OF BUSINESS",
        "agenda_item": None,
        "blocks": [
            (
                "p",
                "In view of the number of members of the public present for the car park item, the Town Mayor "
                "proposed that agenda item 11 be taken as the next item of business.",
            ),
            (
                "res",
                "**RESOLVED** that agenda item 11 (Market Place Car Park - Proposed Parking Charges) be brought "
                "forward and taken next.",
                None,
                None,
            ),
        ],
    },
    {
        "number": "62/25",
        "title": "MARKET PLACE CAR PARK - PROPOSED PARKING CHARGES",
        "agenda_item": "11",
        "blocks": [
            (
                "p",
                "Members considered the report of the Deputy Town Clerk, which set out the cost to the Council of "
                "maintaining the Market Place car park (£14,300 in 2024/25, including business rates, the "
                "resurfacing reserve contribution and CCTV maintenance) and proposed a tariff of free for the "
                "first hour, £1.20 for up to three hours and £3.50 all day, with free parking on Sundays and bank "
                "holidays. Net income after enforcement and machine costs was estimated at £21,000 a year.",
            ),
            (
                "p",
                "Cllr Okafor said that the views expressed during public participation showed that residents "
                "and traders had not been properly consulted. Cllr Thwaite responded that the car park was a "
                "Council asset which was currently subsidised by every council tax payer in the town, including "
                "those who never used it.",
            ),
            (
                "p",
                "An amendment was proposed by Cllr Okafor and seconded by Cllr Hughes, that any decision on "
                "charges be deferred until a six-week public consultation had been carried out. On being put to "
                f"the vote the amendment was **LOST** ({_hands('carpark_amendment', 'for_against')}).",
            ),
            (
                "p",
                "The substantive motion was proposed by Cllr Thwaite and seconded by Cllr Dunmore. Before the "
                "vote was taken Cllr Okafor requested, under Standing Order 3(u), that the voting be recorded. "
                "The voting was as follows:",
            ),
            ("recorded", "carpark_recorded"),
            (
                "res",
                "The motion was carried and it was **RESOLVED** that:",
                [
                    "charges be introduced at the Market Place car park from 1st November 2025 in accordance with "
                    "the tariff set out in Appendix A to the report;",
                    "the Town Clerk be authorised to procure two pay and display machines accepting card and "
                    "contactless payment, at a cost not exceeding £9,000, to be met from the Capital Projects "
                    "earmarked reserve; and",
                    "the tariff be reviewed by the Finance and General Purposes Committee after six months of "
                    "operation, including its effect on parking in Tanners Row and Mill Lane.",
                ],
                "(a)",
            ),
            ("p", "Eleven members of the public left the meeting at 8.06pm."),
        ],
    },
    {
        "number": "63/25",
        "title": "MINUTES OF PREVIOUS MEETINGS",
        "agenda_item": "4",
        "blocks": [
            (
                "sub",
                "a)",
                "Full Council - 16th June 2025",
                [
                    (
                        "res",
                        "**RESOLVED** that the minutes of the meeting held on 16th June 2025, having been "
                        "circulated, be approved as a correct record and signed by the Town Mayor.",
                        None,
                        None,
                    ),
                ],
            ),
            (
                "sub",
                "b)",
                "Extraordinary Council - 1st July 2025",
                [
                    (
                        "p",
                        "Cllr Fenwick pointed out that minute 51/25 gave the wrong closing date for the District "
                        "Council's Local Plan consultation; it should read 29th August 2025, not 22nd August 2025.",
                    ),
                    (
                        "res",
                        "**RESOLVED** that, subject to that amendment, the minutes of the Extraordinary meeting "
                        "held on 1st July 2025 be approved as a correct record and signed by the Town Mayor.",
                        None,
                        None,
                    ),
                ],
            ),
        ],
    },
    {
        "number": "64/25",
        "title": "TOWN CLERK'S REPORT",
        "agenda_item": "5",
        "blocks": [
            ("p", "The Town Clerk's report was received. In addition, members noted the following updates:"),
            (
                "bullets",
                [
                    "cleaning of the war memorial had been completed ahead of the VJ Day 80th anniversary "
                    "commemoration on Friday 15th August;",
                    "the replacement defibrillator at the Corn Exchange had been installed and registered with "
                    "The Circuit;",
                    "the part-time Caretaker vacancy (15 hours per week) had attracted six applications and "
                    "interviews would be held on 4th August;",
                    "the Annual Governance and Accountability Return 2024/25 had been submitted to the external "
                    "auditor before the 1st July deadline; the period for the exercise of public rights runs "
                    "until 25th July 2025.",
                ],
            ),
            (
                "p",
                "In answer to a question from Cllr Ludlow, the Deputy Town Clerk confirmed that a replacement "
                "for the damaged bench on Riverside Walk had been ordered and would be installed in August.",
            ),
        ],
    },
    {
        "number": "65/25",
        "title": "REPORTS FROM COUNTY AND DISTRICT COUNCILLORS",
        "agenda_item": "6",
        "blocks": [
            (
                "p",
                "**County Cllr Dennison** reported that Northshire County Council's highways team had "
                "programmed the resurfacing of Station Road (B4417) for October, with overnight closures. The "
                "consultation on a 20mph limit in the town centre closes on 8th August and he encouraged members "
                "to respond. The County Council's Household Waste Recycling Centre at Pound Lane would move to "
                "winter opening hours from 1st October.",
            ),
            (
                "p",
                "**District Cllr Achebe** reported that the District Council's Local Plan Regulation 19 "
                "consultation had opened, and that charges for the garden waste collection service would "
                "increase to £58 a year from April 2026. **Cllr Calloway**, also a District Councillor, added "
                "that the District Council had agreed to fund a further year of the town centre ranger post.",
            ),
            (
                "p",
                "The Town Mayor thanked them for their reports. County Cllr Dennison and District Cllr Achebe "
                "left the meeting at 8.21pm.",
            ),
        ],
    },
    {
        "number": "66/25",
        "title": "TOWN MAYOR'S ANNOUNCEMENTS",
        "agenda_item": "7",
        "blocks": [
            (
                "p",
                "The Town Mayor reported on her engagements since the last meeting, which had included the "
                "Armed Forces Day flag raising, the Marlowby Carnival, the St Aldhelm's School leavers' service "
                "and the Northshire Mayors' summer reception. Her charity quiz night on 11th July had raised "
                "£1,146 for Marlowby Community First Responders. The Mayor's Garden Party would take place on "
                "Sunday 7th September in the Vicarage Gardens and all members were invited.",
            ),
        ],
    },
    {
        "number": "67/25",
        "title": "PLANNING",
        "agenda_item": "8",
        "blocks": [
            ("p", "The Council considered the following applications:"),
            (
                "sub",
                "a)",
                "25/00812/FUL - 14 Church Street - Single storey rear extension and replacement of existing "
                "conservatory",
                [("res", "**RESOLVED:** No objection.", None, None)],
            ),
            (
                "sub",
                "b)",
                "25/00834/HOU - 3 Orchard Rise - Two storey side extension and formation of new vehicular access",
                [
                    ("p", "Cllr Ludlow left the room at 8.29pm."),
                    (
                        "p",
                        "Members noted that the Highway Authority had not yet commented and that the proposed "
                        "access was close to the junction with Mill Lane.",
                    ),
                    (
                        "res",
                        "**RESOLVED** to object to the application on the grounds that the proposed vehicular "
                        "access would have inadequate visibility splays close to the junction with Mill Lane, "
                        "to the detriment of highway safety, and that the two storey extension would be "
                        "overbearing on the neighbouring property at 5 Orchard Rise.",
                        None,
                        None,
                    ),
                    ("p", "Cllr Ludlow returned to the room at 8.36pm."),
                ],
            ),
            (
                "sub",
                "c)",
                "25/00851/LBC - The Old Tannery, Bridge Street - Listed building consent for internal alterations "
                "and replacement shopfront",
                [
                    (
                        "res",
                        "**RESOLVED:** Support. The Council welcomes the sympathetic re-use of this Grade II "
                        "listed building and asks that the District Council's Conservation Officer is satisfied "
                        "with the joinery details of the shopfront.",
                        None,
                        None,
                    ),
                ],
            ),
            (
                "sub",
                "d)",
                "25/00866/ADV - Unit 4, Kingsmead Retail Park - Illuminated fascia signs and totem sign",
                [
                    (
                        "res",
                        "**RESOLVED** to raise no objection to the fascia signs but to object to the totem sign, "
                        "which at 6.5 metres high would be visually intrusive at the approach to the town from "
                        "the A361, and to ask that any illumination be switched off between 11.00pm and 7.00am.",
                        None,
                        None,
                    ),
                ],
            ),
            (
                "sub",
                "e)",
                "Decisions notified by Marlowby District Council",
                [
                    (
                        "p",
                        "The list of decisions was noted. Members noted with disappointment that application "
                        "25/00402/FUL (land off Pound Lane, 9 dwellings) had been approved contrary to the Town "
                        "Council's objection.",
                    ),
                ],
            ),
        ],
    },
    {
        "number": "68/25",
        "title": "COMMITTEE MINUTES",
        "agenda_item": "9",
        "blocks": [
            (
                "sub",
                "a)",
                "Amenities and Open Spaces Committee - 7th July 2025",
                [
                    (
                        "p",
                        "The minutes were received. Cllr Fenwick, Chairman of the Committee, presented the "
                        "recommendation at minute AOS 14/25.",
                    ),
                    (
                        "res",
                        "**RESOLVED** that the replacement of the junior multi-play unit at Jubilee Park be "
                        "approved at a cost not exceeding £18,450 plus VAT, funded from the Play Equipment "
                        "earmarked reserve (£11,200) and a grant from the Marlowby Wind Farm Community Fund "
                        "(£7,250).",
                        None,
                        None,
                    ),
                ],
            ),
            (
                "sub",
                "b)",
                "Finance and General Purposes Committee - 14th July 2025",
                [
                    (
                        "res",
                        "The minutes were received and it was **RESOLVED** that the recommendations at minutes "
                        "FGP 09/25 (revised Financial Regulations based on the 2024 model) and FGP 11/25 "
                        "(renewal of the Council's insurance under a three-year long term agreement) be adopted.",
                        None,
                        None,
                    ),
                ],
            ),
        ],
    },
    {
        "number": "69/25",
        "title": "FINANCE",
        "agenda_item": "10",
        "blocks": [
            (
                "sub",
                "a)",
                "Schedule of payments",
                [
                    (
                        "p",
                        "The schedule of payments for July 2025 was considered. A summary is set out below; the "
                        "full schedule is appended to the signed copy of these minutes.",
                    ),
                    ("table", "payments"),
                    (
                        "res",
                        "**RESOLVED** that payments 2025/112 to 2025/131 totalling "
                        f"£{_money(PAYMENTS_TOTAL)} be approved, and that Cllrs Willoughby and Pryce authorise "
                        "the online banking payments.",
                        None,
                        None,
                    ),
                ],
            ),
            (
                "sub",
                "b)",
                "Bank reconciliation as at 30th June 2025",
                [
                    (
                        "p",
                        "The bank reconciliation was noted. Cllr Willoughby reported that, as the Council's "
                        "internal control member, she had checked it against the bank statements and found it "
                        "to be in order. Balances at 30th June 2025: Unity Trust current account £36,118.42; "
                        "Unity Trust instant access account £212,604.90; CCLA Public Sector Deposit Fund "
                        "£150,000.00.",
                    ),
                ],
            ),
            (
                "sub",
                "c)",
                "Budget monitoring - quarter 1",
                [
                    (
                        "p",
                        "The report showed expenditure of £118,420 (27% of the annual budget) and income of "
                        "£201,660, including the first half of the precept. The Town Clerk drew attention to an "
                        "overspend on Corn Exchange utilities following the end of the fixed-price energy "
                        "contract.",
                    ),
                    (
                        "res",
                        "**RESOLVED** that the report be received and that a virement of £2,500 from budget "
                        "heading 4120 (Contingency) to heading 4310 (Corn Exchange - Utilities) be approved.",
                        None,
                        None,
                    ),
                ],
            ),
        ],
    },
    {
        "number": "70/25",
        "title": "CHRISTMAS LIGHTS 2025",
        "agenda_item": "12",
        "blocks": [
            (
                "p",
                "Cllr Patel, having declared a disclosable pecuniary interest (minute 59/25), left the meeting "
                "at 8.52pm.",
            ),
            (
                "p",
                "Members considered three quotations for the supply, installation, maintenance and removal of "
                "the Christmas lights for 2025, with an option to extend for 2026 and 2027:",
            ),
            (
                "bullets",
                [
                    "Brightwell Festive Lighting Ltd - £12,870 plus VAT;",
                    "Northshire Illuminations - £14,205 plus VAT;",
                    "Starline Events and Lighting - £11,940 plus VAT, excluding the Market Place tree.",
                ],
            ),
            (
                "p",
                "The Deputy Town Clerk advised that the Starline quotation was not comparable because it did not "
                "include the tree lights or the annual electrical safety testing.",
            ),
            (
                "res",
                "It was proposed by Cllr Pryce, seconded by Cllr Willoughby, and on a vote "
                f"({_hands('xmas_lights', 'in_favour')}) it was **RESOLVED** that the quotation of Brightwell "
                "Festive Lighting Ltd in the sum of £12,870 plus VAT be accepted for 2025, with the option to "
                "extend for 2026 and 2027 subject to satisfactory performance, the cost to be met from budget "
                "heading 4450 (Christmas Lights).",
                None,
                None,
            ),
            ("p", "Cllr Patel returned to the meeting at 9.01pm."),
        ],
    },
    {
        "number": "71/25",
        "title": "NEIGHBOURHOOD PLAN REVIEW",
        "agenda_item": "13",
        "blocks": [
            (
                "p",
                "The Deputy Town Clerk introduced the draft terms of reference. The Marlowby Neighbourhood Plan "
                "was made in March 2019 and a review was needed so that its policies remained up to date once "
                "the District Council's new Local Plan was adopted. Cllr Dunmore suggested that the Steering "
                "Group should include residents who are not councillors and a representative of the Chamber of "
                "Trade.",
            ),
            (
                "res",
                "**RESOLVED:**",
                [
                    "That the draft terms of reference for the Neighbourhood Plan Review Steering Group be "
                    "adopted, subject to paragraph 4 being amended to provide for up to four co-opted community "
                    "members.",
                    "That Cllrs Dunmore, Fenwick and Thwaite be appointed to the Steering Group, with Cllr "
                    "Dunmore as interim Chairman.",
                    "That a budget of £5,000 be allocated from the Neighbourhood Plan earmarked reserve for "
                    "2025/26 and that the Town Clerk apply for grant funding from the national support "
                    "programme.",
                ],
                "1.",
            ),
        ],
    },
    {
        "number": "72/25",
        "title": "CORRESPONDENCE",
        "agenda_item": "14",
        "blocks": [
            ("p", "The correspondence list was noted. Items of note were:"),
            (
                "bullets",
                [
                    "Northshire County Council - temporary closure of High Street from 1st to 3rd September for "
                    "gas main replacement;",
                    "Marlowby in Bloom - letter of thanks for the Council's grant of £750;",
                    "a resident - street lighting on Kiln Lane (referred to the Amenities and Open Spaces Committee);",
                    "Northshire Association of Local Councils - summer newsletter and autumn training programme "
                    "(circulated to members).",
                ],
            ),
            ("p", "Cllr Ormsby left the meeting at 9.08pm."),
        ],
    },
    {
        "number": "73/25",
        "title": "ITEMS FOR NEXT AGENDA AND DATE OF NEXT MEETING",
        "agenda_item": "15",
        "blocks": [
            (
                "p",
                "Items requested for the next agenda: allotment rents for 2026/27 (Cllr Ludlow); Remembrance "
                "Sunday arrangements; review of the Grant Awarding Policy (Cllr Willoughby).",
            ),
            (
                "p",
                "It was noted that the next meeting of the Council will be held on Monday 15th September 2025 "
                "at 7.00pm in the Council Chamber.",
            ),
        ],
    },
    {
        "number": "74/25",
        "title": "EXCLUSION OF PRESS AND PUBLIC",
        "agenda_item": "16",
        "blocks": [
            (
                "res",
                "**RESOLVED** that, in accordance with section 1(2) of the Public Bodies (Admission to Meetings) "
                "Act 1960, in view of the confidential nature of the business about to be transacted (staffing "
                "matters and commercially sensitive tender information), the press and public be excluded from "
                "the meeting for the following items.",
                None,
                None,
            ),
            (
                "p",
                "The remaining members of the public and the representative of the press left the meeting at 9.11pm.",
            ),
        ],
    },
    {
        "number": "75/25",
        "title": "STAFFING COMMITTEE RECOMMENDATION - TOWN CLERK'S SALARY REVIEW",
        "agenda_item": "17",
        "blocks": [
            (
                "p",
                "The Town Clerk, the Deputy Town Clerk and the Administration Officer left the meeting at "
                "9.12pm and the Deputy Town Mayor took a note of the item.",
            ),
            (
                "p",
                "Cllr Pryce, as Chairman of the Staffing Committee, presented the Committee's recommendation "
                "following the Town Clerk's annual appraisal.",
            ),
            (
                "res",
                "It was **RESOLVED** to accept the recommendation of the Staffing Committee that the Town Clerk "
                "be placed on SCP 36 of the NJC pay scales with effect from 1st August 2025, in recognition of "
                "the additional responsibility for managing the Corn Exchange.",
                None,
                None,
            ),
            ("p", "The officers returned to the meeting at 9.24pm."),
        ],
    },
    {
        "number": "76/25",
        "title": "GROUNDS MAINTENANCE CONTRACT 2026-2028",
        "agenda_item": "18",
        "blocks": [
            (
                "p",
                "The Deputy Town Clerk presented the confidential report on the four tenders received, which "
                "had been evaluated on the basis of 60% price and 40% quality. One tenderer had withdrawn. The "
                "evaluation scores were: Greenacre Landscapes Ltd 86.5; Marlowby Garden Services 79.0; Ashdown "
                "Grounds Care Ltd 71.5.",
            ),
            (
                "res",
                "On the proposal of Cllr Fenwick, seconded by Cllr Calloway "
                f"({_hands('grounds', 'for_against')}), it was **RESOLVED** that:",
                [
                    "the grounds maintenance contract for the period 1st January 2026 to 31st December 2028 be "
                    "awarded to Greenacre Landscapes Ltd at an annual cost of £38,760 plus VAT; and",
                    "the Town Clerk be authorised to sign the contract on behalf of the Council and to notify the "
                    "unsuccessful tenderers.",
                ],
                "(i)",
            ),
        ],
    },
]
CLOSING = "There being no further business, the Town Mayor closed the meeting at 9.41pm."


def _labels(style: str, n: int) -> list[str]:
    if style == "(a)":
        return [f"({chr(97 + i)})" for i in range(n)]
    if style == "(i)":
        roman = ["i", "ii", "iii", "iv", "v", "vi"]
        return [f"({roman[i]})" for i in range(n)]
    if style == "1.":
        return [f"{i + 1}." for i in range(n)]
    raise ValueError(style)


def _count(blocks: list) -> int:
    total = 0
    for b in blocks:
        if b[0] == "res":
            total += len(b[2]) if b[2] else 1
        elif b[0] == "sub":
            total += _count(b[3])
    return total


# --------------------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------------------

LEFT = 20
RIGHT = 20
PAGE_W = 210
LINE = 5.0


class _Doc(FPDF):
    def __init__(self, running: str, minutes: bool) -> None:
        super().__init__(format="A4", unit="mm")
        self.running = running
        self.minutes = minutes
        self.set_margins(LEFT, 24, RIGHT)
        self.set_auto_page_break(True, margin=24)
        self.alias_nb_pages()
        self.set_title(running)
        self.set_author(COUNCIL)

    def header(self) -> None:
        if self.page_no() == 1:
            self.set_y(14)
            return
        keep = self.l_margin
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(LEFT, 10)
        self.cell(PAGE_W - LEFT - RIGHT, 4, self.running, align="R")
        self.line(LEFT, 15, PAGE_W - RIGHT, 15)
        self.set_text_color(0, 0, 0)
        self.set_xy(keep, 20)

    def footer(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_text_color(60, 60, 60)
        if self.minutes:
            self.set_xy(LEFT, -16)
            self.cell(60, 4, "Mayor's initials: ............")
            self.set_xy(PAGE_W - RIGHT - 60, -16)
            self.cell(60, 4, f"Page {self.page_no()} of {{nb}}", align="R")
            self.set_xy(LEFT, -12)
            self.cell(PAGE_W - LEFT - RIGHT, 4, "Draft minutes - subject to approval by the Council", align="C")
        else:
            self.set_xy(LEFT, -15)
            self.cell(PAGE_W - LEFT - RIGHT, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    def para(self, x: float, text: str, size: float = 10.5, style: str = "", gap: float = 1.8) -> None:
        self.set_left_margin(x)
        self.set_x(x)
        self.set_font("Helvetica", style, size)
        self.multi_cell(PAGE_W - RIGHT - x, LINE, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)
        self.set_left_margin(LEFT)

    def labelled(self, x: float, label: str, indent: float, text: str, style: str = "", gap: float = 1.2) -> None:
        if self.will_page_break(LINE * 2):
            self.add_page()
        y = self.get_y()
        self.set_font("Helvetica", style, 10.5)
        self.set_xy(x, y)
        self.cell(indent, LINE, label)
        self.set_xy(x + indent, y)
        self.para(x + indent, text, style=style, gap=gap)


def _agenda_pdf(path: Path) -> None:
    pdf = _Doc(f"{COUNCIL} - Agenda - Full Council - {DATE_LONG}", minutes=False)
    pdf.set_creation_date(datetime(2025, 7, 15, 9, 30, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("Times", "B", 20)
    pdf.cell(0, 9, "MARLOWBY TOWN COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 4.5, ADDRESS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0, 4.5, f"Tel: {PHONE}   Email: {EMAIL}   www.marlowby-tc.gov.uk", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.cell(0, 4.5, f"Town Clerk: Mrs {CLERK}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.line(LEFT, pdf.get_y() + 2, PAGE_W - RIGHT, pdf.get_y() + 2)
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, LINE, "To: The Town Mayor and all Members of Marlowby Town Council", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, LINE, "15th July 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.para(LEFT, "Dear Councillor,")
    pdf.para(
        LEFT,
        f"You are hereby summoned to attend a meeting of **Marlowby Town Council** to be held in {VENUE} on "
        f"**{DATE_LONG} at 7.00pm** for the purpose of transacting the business set out below.",
    )
    pdf.para(LEFT, "Yours sincerely,", gap=0.5)
    pdf.set_font("Times", "I", 15)
    pdf.cell(0, 8, CLERK, new_x="LMARGIN", new_y="NEXT")
    pdf.para(LEFT, f"{CLERK}\nTown Clerk", gap=3)

    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_fill_color(235, 235, 235)
    pdf.multi_cell(
        0,
        4.2,
        "Members of the public and press are welcome to attend. Members of the public may speak during the "
        "public participation session (item 3). The proceedings may be filmed, photographed or recorded under "
        "the Openness of Local Government Bodies Regulations 2014; please inform the Town Clerk beforehand. "
        "Members are reminded of their obligations under the Council's Code of Conduct to declare interests.",
        border=1,
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    for number, title, desc, _part, parent in AGENDA:
        if number == PART_B_BEFORE:
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 6, "PART B - CONFIDENTIAL", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "I", 9)
            pdf.cell(
                0,
                5,
                "(Press and public excluded - items not open to the public)",
                align="C",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(2)
        if parent is None:
            if pdf.will_page_break(LINE * 3):
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.set_xy(LEFT, y)
            pdf.cell(12, LINE, f"{number}.")
            pdf.set_xy(LEFT + 12, y)
            pdf.para(LEFT + 12, title, style="B", gap=0.6 if desc else 2.5)
            if desc:
                pdf.para(LEFT + 12, desc, gap=2.5)
        else:
            pdf.labelled(LEFT + 12, number, 12, title, gap=1.5)
            if number.endswith(".2") and parent in ("4", "9") or number in ("8.5", "10.3"):
                pdf.ln(1.5)
    pdf.ln(4)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0,
        4.2,
        "Distribution: all Members; County and District Councillors for the Marlowby Division and Wards; "
        "Marlowby Mercury; public notice boards and website.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(str(path))


def _render_blocks(pdf: _Doc, blocks: list, x: float) -> None:
    for b in blocks:
        kind = b[0]
        if kind == "p":
            pdf.para(x, b[1])
        elif kind == "bullets":
            for t in b[1]:
                pdf.labelled(x + 2, "-", 5, t, gap=0.8)
            pdf.ln(1)
        elif kind == "res":
            _kind, lead, parts, style = b
            pdf.para(x, lead, gap=1.0 if parts else 1.8)
            if parts:
                for label, text in zip(_labels(style, len(parts)), parts):
                    pdf.labelled(x + 4, label, 9, text, gap=1.0)
                pdf.ln(1)
        elif kind == "sub":
            _kind, label, heading, inner = b
            pdf.labelled(x, label, 8, heading, style="B", gap=1.0)
            _render_blocks(pdf, inner, x + 8)
        elif kind == "recorded":
            v = VOTES[b[1]]
            for key, word in (("yes", "For"), ("no", "Against"), ("abstain", "Abstained")):
                names = v["voters"][key]
                pdf.labelled(x + 4, f"{word} ({len(names)}):", 30, _names(names), gap=0.6)
            pdf.ln(1.5)
        elif kind == "table":
            _payments_table(pdf, x)
        else:
            raise ValueError(kind)


def _payments_table(pdf: _Doc, x: float) -> None:
    widths = [24, 46, 62, 22]
    scale = (PAGE_W - RIGHT - x) / sum(widths)
    widths = [w * scale for w in widths]
    heads = ["Ref", "Payee", "Details", "Amount £"]
    if pdf.will_page_break(5.5 * (len(PAYMENTS) + 3)):
        pdf.add_page()
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_fill_color(225, 225, 225)
    pdf.set_x(x)
    for w, h in zip(widths, heads):
        pdf.cell(w, 5.5, h, border=1, fill=True, align="R" if h.startswith("Amount") else "L")
    pdf.ln(5.5)
    pdf.set_font("Helvetica", "", 8.5)
    for ref, payee, details, amount in PAYMENTS:
        pdf.set_x(x)
        for w, t, al in zip(widths, (ref, payee, details, _money(amount)), "LLLR"):
            pdf.cell(w, 5.5, t, border=1, align=al)
        pdf.ln(5.5)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_x(x)
    pdf.cell(sum(widths[:3]), 5.5, "Total", border=1, align="R")
    pdf.cell(widths[3], 5.5, _money(PAYMENTS_TOTAL), border=1, align="R")
    pdf.ln(8)


def _minutes_pdf(path: Path) -> None:
    pdf = _Doc(f"{COUNCIL} - Full Council - 21.07.2025 (Draft)", minutes=True)
    pdf.set_creation_date(datetime(2025, 7, 24, 14, 5, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    pdf.cell(0, 8, "MARLOWBY TOWN COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.para(
        LEFT,
        f"**MINUTES** of the Meeting of Marlowby Town Council held in {VENUE} on **{DATE_LONG}** commencing at 7.00pm.",
        size=11,
        gap=3,
    )

    def present_text() -> str:
        first = []
        others = []
        for name, role, note in PRESENT:
            if role:
                extra = f"{role}, in the Chair" if role == "Town Mayor" else role
                first.append(f"Cllr {name} ({extra})")
            else:
                others.append(f"{name} ({note})" if note else name)
        return "; ".join(first) + "; Cllrs " + ", ".join(others[:-1]) + " and " + others[-1] + "."

    rows = [
        ("PRESENT:", present_text()),
        ("IN ATTENDANCE:", "; ".join(f"{h} {n} ({t})" for h, n, t in OFFICERS) + "."),
        (
            "ALSO PRESENT:",
            "; ".join(f"{pre} {n} ({r}) - {note}" for pre, n, r, note in ALSO_PRESENT) + f"; {PUBLIC_COUNT}.",
        ),
    ]
    for label, text in rows:
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_xy(LEFT, y)
        pdf.cell(36, LINE, label)
        pdf.set_xy(LEFT + 36, y)
        pdf.para(LEFT + 36, text, gap=2.5)
    pdf.line(LEFT, pdf.get_y() + 1, PAGE_W - RIGHT, pdf.get_y() + 1)
    pdf.ln(5)

    body_x = LEFT + 22
    for item in MINUTES:
        if pdf.will_page_break(LINE * 4):
            pdf.add_page()
        if item["number"] == "75/25":
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.cell(0, 6, "CONFIDENTIAL ITEMS (press and public excluded)", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_xy(LEFT, y)
        pdf.cell(22, LINE, item["number"])
        pdf.set_xy(body_x, y)
        pdf.para(body_x, item["title"], style="B", gap=1.2)
        _render_blocks(pdf, item["blocks"], body_x)
        pdf.ln(2)

    pdf.para(LEFT, CLOSING, gap=10)
    if pdf.will_page_break(20):
        pdf.add_page()
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(
        0, LINE, "Signed: ..............................................  Town Mayor", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(5)
    pdf.cell(0, LINE, "Date:   ..............................................", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    out = []
    for rel, fn in ((AGENDA_FILE, _agenda_pdf), (MINUTES_FILE, _minutes_pdf)):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        fn(path)
        out.append(path)
    return out


# --------------------------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------------------------


def _meeting() -> dict:
    return {
        "body": "Full Council",
        "date": DATE_ISO,
        "start_time": START,
        "contact": {"name": CLERK, "phone": PHONE, "email": EMAIL},
    }


def _attendance() -> list[dict]:
    att = []
    for name, role, _note in PRESENT:
        rec = {"name": name, "status": "present"}
        if role:
            rec["role"] = role
        att.append(rec)
    for _h, name, title in OFFICERS:
        att.append({"name": name, "status": "in_attendance", "role": title})
    for _pre, name, role, _note in ALSO_PRESENT:
        att.append({"name": name, "status": "also_present", "role": role})
    for name, _reason in APOLOGIES:
        att.append({"name": name, "status": "apologies"})
    for name in ABSENT:
        att.append({"name": name, "status": "absent"})
    return att


def _votes() -> list[dict]:
    out = []
    for v in VOTES.values():
        rec = {
            "item": v["item"],
            "result": v["result"],
            "counts": {"yes": v["yes"], "no": v["no"], "abstain": v["abstain"]},
            "motion": v["motion"],
            "mover": v["mover"],
            "seconder": v["seconder"],
        }
        if "voters" in v:
            rec["voters"] = {k: list(v["voters"][k]) for k in ("yes", "no", "abstain")}
        out.append(rec)
    return out


def gold() -> dict:
    agenda = [
        {"number": n, "title": t, "pages": None, "part": part, "parent": parent} for n, t, _d, part, parent in AGENDA
    ]
    per_item = {m["number"]: _count(m["blocks"]) for m in MINUTES}
    per_item = {k: v for k, v in per_item.items() if v}
    agenda_rec = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Titles are the bold headings only; the 'To receive / To consider ...' line printed under a heading "
            "is a description, not part of the title.",
            "Sub-items are numbered 4.1, 8.1 ... 10.3 as printed and take the enclosing whole number as parent.",
            "Planning sub-item titles keep the application reference, site and proposal as one title.",
            "No page numbers are printed against items, so pages is null throughout.",
            "Items 17 and 18 follow the 'PART B - CONFIDENTIAL' banner and are exempt; item 16 (the exclusion "
            "resolution itself) is public; the banner is not an item.",
            "The summons letter, public notice box and distribution line are not agenda items.",
        ],
        "meeting": _meeting(),
        "agenda": agenda,
    }
    minutes_rec = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute items are the year-numbered minutes 58/25 to 76/25; the lettered paragraphs a), b) ... inside a "
            "minute (planning applications, committee minutes, finance) are parts of that minute, not items.",
            "Minute 61/25 (Order of Business) records agenda item 11 being brought forward and has no agenda item; "
            "62/25 is therefore agenda item 11 although it is printed before the minutes item (agenda 4).",
            "Resolutions count every clause containing 'RESOLVED' (including 'RESOLVED:' with a planning "
            "observation and 'It was RESOLVED to'), and each lettered, roman or numbered part under one RESOLVED "
            "counts separately: 62/25 has 3, 71/25 has 3, 76/25 has 2.",
            "Noted items, motions carried and the lost amendment are not counted as resolutions.",
            "Votes are listed only where figures or names are printed: the lost amendment and the recorded vote "
            "under 62/25, and the shows of hands under 70/25 and 76/25.",
            "The recorded vote's counts are the number of names printed under For, Against and Abstained.",
            "Present members are named in full in the PRESENT paragraph; the notes 'from 7.20pm' and 'until "
            "9.08pm' are not roles and Hughes and Ormsby remain present.",
            "Apologies and the absent member are taken from minute 58/25 where they are printed with initials "
            "only, so their names are kept as 'P Garside', 'A Kirkby' and 'L Marsh'.",
            "Officers listed IN ATTENDANCE are in_attendance with their job titles as role; honorifics are dropped.",
            "County Cllr Dennison, District Cllr Achebe and PCSO Rigby are also_present; the unnamed members of "
            "the public and press are not listed.",
            "Cllr Calloway is a town councillor who is also a District Councillor and is listed only as present.",
            "No substitutes or remote attendees: a town council full meeting has neither.",
            "The end time is taken from the closing line (9.41pm).",
        ],
        "meeting": {"body": "Full Council", "date": DATE_ISO, "start_time": START, "end_time": END},
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": [{"number": m["number"], "title": m["title"], "agenda_item": m["agenda_item"]} for m in MINUTES],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": _votes(),
            "attendance": _attendance(),
        },
    }
    return {
        "agendas__marlowby-town-council_full-council_2025-07-21_agenda": agenda_rec,
        "minutes__marlowby-town-council_full-council_2025-07-21_minutes": minutes_rec,
    }

"""Thornleigh Town Council: a fictional town council in West Yorkshire (principal authority: the equally
fictional Westmoor Metropolitan District Council), printed the way a Yorkshire town clerk prints the papers
for an ordinary meeting of the full council.

Files (both for the Ordinary Meeting of Monday 3 November 2025, 7.00 pm, Council Chamber, Thornleigh Civic Hall):

* ``agendas/thornleigh-town-council_town-council_2025-11-03_agenda.pdf`` - a summons signed by the Town Clerk
  ("You are hereby summoned to attend ..."), a notice on public participation and recording, then the
  numbered agenda: 20 items, sub-items numbered 4.1-4.3 and 9.1-9.4, the planning applications listed as a
  small table under item 10 (not agenda items), the motion under Standing Order 9 quoted in full, and a
  "PART B - CONFIDENTIAL" banner over the last item after the Public Bodies (Admission to Meetings) Act
  1960 exclusion item. No page numbers are printed against items.
* ``minutes/thornleigh-town-council_town-council_2025-11-03_minutes.pdf`` - draft minutes with the
  council-year minute numbering (25/131 to 25/150), upper-case headings, Present / Attending remotely /
  In attendance / Also present blocks, apologies and the absentee recorded in the first minute, lettered
  sub-parts (a), (b) ... inside a minute (they follow the agenda's sub-items but are not minutes of their
  own), "RESOLVED:" statements (some in numbered, lettered or roman parts), a stray "It was AGREED",
  several ways of recording votes (amendment lost with figures, show of hands, a recorded vote by name, a
  vote with a member taking no part), late arrival and early departure, an adjournment for public
  participation and a comfort break, the exclusion of the public and a confidential item, a payments
  table, a planning observations table and a tender table, "Chair's initials" and "Page x of y" footers
  and a signature block.

All people, places, amounts and wording are invented. The data below feeds both the PDFs and gold().
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

COUNCIL = "Thornleigh Town Council"
DATE_LONG = "Monday 3 November 2025"
STEM = "thornleigh-town-council_town-council_2025-11-03"
AGENDA_FILE = f"agendas/{STEM}_agenda.pdf"
MINUTES_FILE = f"minutes/{STEM}_minutes.pdf"
CREATED = dt.datetime(2025, 11, 5, 9, 30, tzinfo=dt.timezone.utc)
AGENDA_CREATED = dt.datetime(2025, 10, 27, 16, 5, tzinfo=dt.timezone.utc)

CLERK = {"name": "Helen Ackroyd", "phone": "01632 960418", "email": "clerk@thornleigh-tc.gov.uk"}

# --------------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------------

# (full name, role or None) - councillors present in the chamber, in the order printed
PRESENT = [
    ("Margaret Hirst", "Town Mayor"),
    ("David Crabtree", "Deputy Town Mayor"),
    ("Paul Barraclough", None),
    ("Janet Dyson", None),
    ("Robert Greenwood", None),
    ("Christine Holroyd", None),
    ("Andrew Lumb", None),
    ("Imran Qureshi", None),
    ("Stephen Ramsden", None),
    ("Nadia Shaw", None),
    ("Gillian Whiteley", None),
]
PRESENT_NOTES = {
    "Margaret Hirst": "(Town Mayor) (in the Chair)",
    "David Crabtree": "(Deputy Town Mayor)",
    "Janet Dyson": "(until 8.40 pm, minute 25/145)",
    "Robert Greenwood": "(from 7.22 pm, minute 25/134)",
}
VIRTUAL = [("Kathryn Illingworth", None)]
OFFICERS = [
    ("Helen Ackroyd", "Town Clerk and Responsible Financial Officer"),
    ("Gareth Pickles", "Deputy Town Clerk"),
    ("Sophie Marsden", "Events and Communications Officer"),
]
ALSO_PRESENT = [
    ("Fiona Naylor", "Westmoor Council Ward Councillor, Thornleigh and Holme Ward", "Westmoor Councillor "),
    ("Laura Fenwick", "PCSO, West Yorkshire Police", "PCSO "),
    ("Jonathan Sykes", "Thornleigh Chronicle", "Mr "),
]
APOLOGIES = [("Peter Brook", "work commitment"), ("Aisha Rahman", "illness")]
ABSENT = [("Tom Haigh", None)]


def surname(full: str) -> str:
    return full.split()[-1]


# --------------------------------------------------------------------------------------------------
# Agenda
# --------------------------------------------------------------------------------------------------

PLANNING = [
    (
        "2025/62/91234/W",
        "14 Moor Lane, Thornleigh",
        "Erection of two storey side extension and rear dormer window",
        "No objection.",
    ),
    (
        "2025/62/91301/W",
        "Land adjacent to Holme Mill, Mill Lane, Thornleigh",
        "Outline application for erection of 9 dwellings with access, parking and landscaping",
        "OBJECT. Overdevelopment of the site; poor visibility at the junction of the proposed access with Mill "
        "Lane; the site lies partly within Flood Zone 3 beside Thorn Beck and no sequential test has been "
        "provided. The Town Council asks that the application is determined by the Planning Sub-Committee "
        "and not under delegated powers.",
    ),
    (
        "2025/62/91322/W",
        "The Black Bull, 3 Towngate, Thornleigh",
        "Listed building consent for replacement fascia signage and external lighting",
        "No objection, provided the Conservation Officer is satisfied that the lighting is of a design and "
        "intensity appropriate to the Conservation Area.",
    ),
    (
        "2025/62/91350/W",
        "27 Crossley Street, Thornleigh",
        "Change of use from shop (Class E) to hot food takeaway (sui generis) with extraction flue",
        "OBJECT. Loss of an active retail frontage in the primary shopping area; the proposed opening hours "
        "(until 23.30) and the rear flue would harm the amenity of the flats above and at 25 Crossley Street.",
    ),
    (
        "2025/62/91377/W",
        "Thornleigh Cricket Club, Sandbeds Road, Thornleigh",
        "Erection of practice nets and 6m high ball-stop netting to the northern boundary",
        "SUPPORT. The Town Council welcomes this investment in community sport.",
    ),
]

MOTION_TEXT = (
    "That this Council, noting the concerns raised by parents at Thornleigh Primary School and by residents of "
    "Towngate and Mill Lane, requests Westmoor Council's Highways Service to consult on the introduction of a "
    "20mph speed limit on Towngate, Mill Lane, School Street and Crossley Street, and offers to contribute up "
    "to \xa32,000 from the Highways Improvements earmarked reserve towards the cost of the consultation and "
    "signage."
)

# number, title, parent, part, description (printed below the title; None for a sub-item)
AGENDA = [
    ("1", "Apologies for Absence", None, "public", "To receive and consider approval of apologies for absence."),
    (
        "2",
        "Declarations of Interest and Dispensations",
        None,
        "public",
        "To receive declarations of disclosable pecuniary interests, other registerable interests and "
        "non-registerable interests in items on this agenda, in accordance with the Council's Code of Conduct "
        "adopted under the Localism Act 2011, and to consider any written requests for dispensation received "
        "by the Town Clerk before the meeting.",
    ),
    (
        "3",
        "Public Participation",
        None,
        "public",
        "The meeting will be adjourned for a period not exceeding 15 minutes to allow members of the public to "
        "put questions or make representations on matters on this agenda or of concern to the town. Each "
        "speaker is limited to three minutes. Questions which cannot be answered at the meeting will receive "
        "a written reply.",
    ),
    ("4", "Minutes", None, "public", None),
    (
        "4.1",
        "To approve as a correct record the minutes of the Ordinary Meeting of the Council held on Monday "
        "6 October 2025",
        "4",
        "public",
        None,
    ),
    (
        "4.2",
        "To receive the minutes of the Planning Committee meetings held on 13 October and 27 October 2025",
        "4",
        "public",
        None,
    ),
    (
        "4.3",
        "To receive the minutes of the Finance and General Purposes Committee held on 20 October 2025 and to "
        "consider the recommendations at minutes FGP25/044 and FGP25/047",
        "4",
        "public",
        None,
    ),
    (
        "5",
        "Town Mayor's Announcements",
        None,
        "public",
        "To receive the Town Mayor's announcements and a report of civic engagements since the last meeting "
        "(for information only).",
    ),
    (
        "6",
        "Reports from Westmoor Council Ward Councillors",
        None,
        "public",
        "To receive reports from the Ward Councillors for Thornleigh and Holme Ward.",
    ),
    (
        "7",
        "Police Report",
        None,
        "public",
        "To receive a report from the Thornleigh and Holme Neighbourhood Policing Team, West Yorkshire Police.",
    ),
    (
        "8",
        "Town Clerk's Report",
        None,
        "public",
        "To receive the Town Clerk's report on progress with Council resolutions and other matters (enclosed, "
        "for information).",
    ),
    ("9", "Finance", None, "public", None),
    ("9.1", "To approve the schedule of payments for October 2025 (Appendix A)", "9", "public", None),
    (
        "9.2",
        "To receive and approve the bank reconciliation as at 30 September 2025 and the budget monitoring "
        "report for the period to 30 September 2025 (Appendix B)",
        "9",
        "public",
        None,
    ),
    (
        "9.3",
        "To consider the draft budget for 2026/27 and refer it to the Finance and General Purposes Committee "
        "(Appendix C)",
        "9",
        "public",
        None,
    ),
    (
        "9.4",
        "To receive the internal auditor's interim report for 2025/26 and agree any actions (Appendix D)",
        "9",
        "public",
        None,
    ),
    (
        "10",
        "Planning Applications",
        None,
        "public",
        "To consider the following applications notified by Westmoor Council as Local Planning Authority and "
        "to agree the Town Council's observations:",
    ),
    (
        "11",
        "Christmas Lights Switch-On 2025",
        None,
        "public",
        "To consider the report of the Events and Communications Officer on the arrangements for Saturday 29 "
        "November 2025, including the road closure and a request for additional budget.",
    ),
    (
        "12",
        "Remembrance Sunday 2025",
        None,
        "public",
        "To note the arrangements for the Act of Remembrance at Thornleigh War Memorial on Sunday 9 November 2025.",
    ),
    (
        "13",
        "Motion submitted under Standing Order 9",
        None,
        "public",
        "To consider the following motion, notice of which was received from Cllr S Ramsden on 17 October 2025:",
    ),
    (
        "14",
        "Thornleigh Park Play Area Refurbishment",
        None,
        "public",
        "To consider the tenders received for the refurbishment of the junior play area (report enclosed) and "
        "to agree the funding of the scheme.",
    ),
    (
        "15",
        "Allotment Rents 2026/27",
        None,
        "public",
        "To consider the recommendation of the Allotments Working Group on plot rents for the year commencing "
        "1 October 2026. Tenants must be given twelve months' notice of any increase.",
    ),
    (
        "16",
        "Correspondence",
        None,
        "public",
        "To receive the schedule of correspondence received since the last meeting (enclosed) and agree any action.",
    ),
    (
        "17",
        "Councillors' Reports and Items for Information",
        None,
        "public",
        "To receive brief reports from councillors, including reports from representatives on outside bodies. "
        "No decisions may be taken under this item.",
    ),
    (
        "18",
        "Date of Next Meeting",
        None,
        "public",
        "To note that the next Ordinary Meeting of the Council will be held on Monday 1 December 2025 at "
        "7.00 pm in the Council Chamber.",
    ),
    (
        "19",
        "Exclusion of the Press and Public",
        None,
        "public",
        "To resolve that, in view of the confidential nature of the business about to be transacted, it is "
        "advisable in the public interest that the press and public be temporarily excluded and they are "
        "instructed to withdraw (Public Bodies (Admission to Meetings) Act 1960, section 1(2)).",
    ),
    (
        "20",
        "Staffing Matters",
        None,
        "exempt",
        "To consider the recommendations of the Staffing Committee held on 23 October 2025 regarding the "
        "grading of the Deputy Town Clerk post (confidential report circulated to members only).",
    ),
]

# --------------------------------------------------------------------------------------------------
# Minutes
# --------------------------------------------------------------------------------------------------

PAYMENTS = [
    ("02/10/25", "Westmoor Council", "Business rates - Civic Hall (DD)", "1,284.00"),
    ("03/10/25", "Pennine Grounds Maintenance Ltd", "Grass cutting and shrub beds - September", "2,916.00"),
    ("06/10/25", "Yorkshire Water", "Water - allotments and Civic Hall (DD)", "318.47"),
    ("10/10/25", "Calder Festive Lighting Ltd", "Christmas lights installation - 50% stage payment", "7,740.00"),
    ("15/10/25", "HMRC", "PAYE and NI - October", "3,402.15"),
    ("15/10/25", "West Yorkshire Pension Fund", "Employer and employee contributions - October", "2,861.09"),
    ("17/10/25", "Holme Valley Print", "Winter newsletter - print and delivery", "1,188.00"),
    ("20/10/25", "Thornleigh Royal British Legion", "Wreaths (x3) and donation", "150.00"),
    ("24/10/25", "YLCA", "Training - Cllr Whiteley and Cllr Shaw (planning)", "96.00"),
    ("31/10/25", "Salaries", "Net salaries - October (4 staff)", "3,462.91"),
]
PAYMENTS_TOTAL = "23,418.62"

TENDERS = [
    ("Pennine Play Ltd", "48,760.00", "36 / 40", "91.0"),
    ("Northern Leisure Surfaces Ltd", "44,215.00", "27 / 40", "87.0"),
    ("Aire Valley Playgrounds", "56,930.00", "38 / 40", "84.5"),
]

# Blocks: ("p", text) paragraph; ("sub", heading) lettered sub-part; ("res", [parts], style) resolution, parts
# counted one each (a single-element list is one unnumbered resolution); ("vote", dict); ("table", name);
# ("agreed", text) a stray agreement not counted.
V_AMEND = {
    "kind": "amendment",
    "counts": {"yes": 3, "no": 7, "abstain": 1},
    "result": "lost",
    "mover": "Andrew Lumb",
    "seconder": "Stephen Ramsden",
}
V_SUBST = {
    "kind": "substantive",
    "counts": {"yes": 8, "no": 2, "abstain": 1},
    "result": "carried",
    "mover": "Paul Barraclough",
    "seconder": "Gillian Whiteley",
}
V_RECORDED = {
    "kind": "recorded",
    "counts": {"yes": 8, "no": 2, "abstain": 1},
    "result": "carried",
    "mover": "Stephen Ramsden",
    "seconder": "Christine Holroyd",
    "voters": {
        "yes": ["Dyson", "Greenwood", "Hirst", "Holroyd", "Qureshi", "Ramsden", "Shaw", "Whiteley"],
        "no": ["Barraclough", "Lumb"],
        "abstain": ["Crabtree"],
    },
}
V_HANDS = {
    "kind": "hands",
    "counts": {"yes": 7, "no": 3, "abstain": 1},
    "result": "carried",
    "mover": "Gillian Whiteley",
    "seconder": "David Crabtree",
}
V_ALLOT = {
    "kind": "interest",
    "counts": {"yes": 8, "no": 1, "abstain": 1},
    "result": "carried",
    "mover": "Nadia Shaw",
    "seconder": "Christine Holroyd",
}

MINUTES = [
    {
        "number": "25/131",
        "title": "APOLOGIES FOR ABSENCE",
        "agenda": "1",
        "blocks": [
            (
                "p",
                "Apologies for absence were received from Cllr Peter Brook (work commitment) and Cllr Aisha "
                "Rahman (illness).",
            ),
            ("res", ["That the apologies and the reasons given be accepted and approved."], "plain"),
            (
                "p",
                "Cllr Tom Haigh was absent. No apologies had been received. The Town Clerk reminded members of "
                "the six month attendance rule under section 85 of the Local Government Act 1972; the "
                "Councillor's last attendance was on 7 July 2025.",
            ),
            (
                "p",
                "Cllr Kathryn Illingworth joined the meeting remotely by video link in accordance with the "
                "Council's Remote Participation Protocol. The Town Mayor reminded members that a councillor "
                "attending remotely is not present in law, does not count towards the quorum and may not "
                "vote.",
            ),
        ],
    },
    {
        "number": "25/132",
        "title": "DECLARATIONS OF INTEREST AND DISPENSATIONS",
        "agenda": "2",
        "blocks": [
            (
                "p",
                "(a) Cllr Nadia Shaw declared a non-registerable interest in planning application "
                "2025/62/91234/W (14 Moor Lane) as the applicant is a close friend and neighbour. She would "
                "leave the room while the application was considered (minute 25/140).",
            ),
            (
                "p",
                "(b) Cllr David Crabtree declared an other registerable interest in agenda item 15 (Allotment "
                "Rents 2026/27) as Secretary of the Thornleigh Allotment Holders' Association and as a plot "
                "holder. He would remain in the room but take no part in the discussion or vote.",
            ),
            (
                "p",
                "(c) Cllr Imran Qureshi reminded members that he is also a member of Westmoor Council and sits on "
                "its Strategic Planning Committee. He would consider any application afresh if it came before "
                "that committee.",
            ),
            ("p", "No written requests for dispensation had been received."),
        ],
    },
    {
        "number": "25/133",
        "title": "PUBLIC PARTICIPATION",
        "agenda": "3",
        "blocks": [
            (
                "p",
                "The Town Mayor adjourned the meeting at 7.04 pm. Nine members of the public and one member of "
                "the press were present.",
            ),
            (
                "p",
                "A resident of Mill Lane spoke against planning application 2025/62/91301/W (Land adjacent to "
                "Holme Mill). She described flooding of the lane from Thorn Beck in February 2024 and January "
                "2025 and said that the visibility splay shown on the plans crossed land not in the applicant's "
                "ownership. She asked the Council to object.",
            ),
            (
                "p",
                "Two parents of pupils at Thornleigh Primary School spoke in support of the motion at item 13. One "
                "handed in a petition of 212 signatures asking for a 20mph limit outside the school. The Town "
                "Mayor thanked them and the petition was received by the Town Clerk.",
            ),
            (
                "p",
                "A resident of Sandbeds Road asked what the Council was doing about dog fouling on the riverside "
                "path between Sandbeds Bridge and the park. The Deputy Town Clerk replied that two additional "
                "dog bins had been ordered and that Westmoor Council's enforcement team had been asked to "
                "patrol the path; a written reply would follow.",
            ),
            ("p", "The meeting was reconvened at 7.19 pm."),
        ],
    },
    {
        "number": "25/134",
        "title": "MINUTES",
        "agenda": "4",
        "blocks": [
            ("p", "Cllr Robert Greenwood arrived at 7.22 pm during consideration of this item."),
            ("sub", "(a) Ordinary Meeting of the Council held on 6 October 2025"),
            (
                "p",
                "Cllr Holroyd pointed out that minute 25/118 recorded the Remembrance parade as starting at 10.30 "
                "am; it should read 10.45 am.",
            ),
            (
                "res",
                [
                    'That, subject to the amendment of minute 25/118 to read "10.45 am", the minutes of the '
                    "Ordinary Meeting held on 6 October 2025 be approved as a correct record and signed by the "
                    "Town Mayor."
                ],
                "plain",
            ),
            ("sub", "(b) Planning Committee held on 13 October and 27 October 2025"),
            (
                "res",
                [
                    "That the minutes of the Planning Committee meetings held on 13 October and 27 October 2025 "
                    "be received."
                ],
                "plain",
            ),
            ("sub", "(c) Finance and General Purposes Committee held on 20 October 2025"),
            (
                "p",
                "Cllr Barraclough, Chair of the Committee, introduced the minutes. In answer to a question from "
                "Cllr Lumb, the Town Clerk confirmed that the three-year long term agreement for insurance "
                "would save about \xa3640 a year compared with annual renewal.",
            ),
            (
                "res",
                [
                    "That the minutes of the Finance and General Purposes Committee held on 20 October 2025 be "
                    "received;",
                    "That the recommendation at minute FGP25/044 be approved and the Council's insurance be placed "
                    "with Moorside Mutual Insurance under a three year long term agreement from 1 December 2025 at "
                    "an annual premium of \xa34,318.56;",
                    "That the recommendation at minute FGP25/047 be approved and the revised Financial Regulations "
                    "(2025 model) be adopted with immediate effect.",
                ],
                "roman",
            ),
        ],
    },
    {
        "number": "25/135",
        "title": "TOWN MAYOR'S ANNOUNCEMENTS",
        "agenda": "5",
        "blocks": [
            (
                "p",
                "The Town Mayor reported that since the last meeting she had attended the Thornleigh Brass Band "
                "autumn concert, the opening of the refurbished Holme Community Library, the Westmoor Mayor's "
                "charity dinner and the 100th birthday celebration of Mrs Edna Bottomley at Crossley Court. "
                "The Deputy Town Mayor had represented the Council at the Harvest Festival service at St "
                "Oswald's Church.",
            ),
            (
                "p",
                "The Town Mayor thanked the volunteers of Thornleigh in Bloom, whose entry had won a silver-gilt "
                "award in the Yorkshire in Bloom small town category. The announcements were NOTED.",
            ),
        ],
    },
    {
        "number": "25/136",
        "title": "REPORTS FROM WESTMOOR COUNCIL WARD COUNCILLORS",
        "agenda": "6",
        "blocks": [
            (
                "p",
                "Westmoor Councillor Fiona Naylor reported that the resurfacing of Sandbeds Road between the "
                "cricket club and Holme Lane was programmed for the week beginning 17 November 2025 and would "
                "be done under a road closure between 9.00 am and 4.00 pm. Westmoor Council's draft budget "
                "proposed the transfer of the Thornleigh public conveniences to the Town Council or their "
                "closure from April 2027; formal consultation would begin in January.",
            ),
            (
                "p",
                "Cllr Qureshi (also a Westmoor Councillor) reported that the Local Plan review examination "
                "hearings had closed and that the Inspector's report was expected in the spring. He had asked "
                "for the gritting route on Moor Lane to be restored for this winter.",
            ),
            (
                "p",
                "Members asked that the Town Clerk write to Westmoor Council seeking early talks on the future of "
                "the public conveniences.",
            ),
        ],
    },
    {
        "number": "25/137",
        "title": "POLICE REPORT",
        "agenda": "7",
        "blocks": [
            (
                "p",
                "PCSO Laura Fenwick presented the report of the Neighbourhood Policing Team for October 2025. 31 "
                "crimes had been recorded in the Thornleigh and Holme ward (September: 38), including 4 "
                "burglaries, 6 vehicle crimes and 9 incidents of criminal damage, most of them at the Sandbeds "
                "Road car park. There had been 14 reports of anti-social behaviour, down from 22, following "
                "extra patrols around the bus station on Friday and Saturday evenings.",
            ),
            (
                "p",
                "In answer to questions, PCSO Fenwick said that speed checks had been carried out on Towngate on "
                "three occasions, with 17 drivers stopped, and that the team would support any consultation on a "
                "20mph limit. Members thanked PCSO Fenwick for her report, which was NOTED.",
            ),
            ("p", "PCSO Fenwick left the meeting at 7.48 pm."),
        ],
    },
    {
        "number": "25/138",
        "title": "TOWN CLERK'S REPORT",
        "agenda": "8",
        "blocks": [
            (
                "p",
                "The Town Clerk's report had been circulated. Members noted in particular that the damaged bus "
                "shelter on Halifax Road had been replaced by the insurers' contractor; that the second public "
                "access defibrillator had been installed at Thornleigh Cricket Club and registered on The "
                "Circuit; that the Civic Hall boiler had failed its annual service and a replacement would be "
                "reported to the Finance and General Purposes Committee; and that the Council's annual return "
                "for 2024/25 had been signed off by the external auditor without qualification. The report was "
                "NOTED.",
            ),
        ],
    },
    {
        "number": "25/139",
        "title": "FINANCE",
        "agenda": "9",
        "blocks": [
            ("sub", "(a) Schedule of payments - October 2025"),
            ("p", "The schedule of payments (Appendix A) was considered. Payments made and due were as follows:"),
            ("table", "payments"),
            (
                "res",
                [
                    f"That the payments listed in Appendix A totalling \xa3{PAYMENTS_TOTAL} be approved and the "
                    "schedule signed by two authorised councillors."
                ],
                "plain",
            ),
            ("sub", "(b) Bank reconciliation and budget monitoring to 30 September 2025"),
            (
                "p",
                "The Town Clerk presented the bank reconciliation, which showed combined balances of "
                "\xa3286,410.37 across the current account, the business reserve account and the CCLA Public "
                "Sector Deposit Fund, and the budget monitoring report showing spending at 47% of the annual "
                "budget at the half year.",
            ),
            (
                "res",
                [
                    "That the bank reconciliation as at 30 September 2025 be approved and the bank statements "
                    "signed by the Town Mayor, and that the budget monitoring report be received."
                ],
                "plain",
            ),
            ("sub", "(c) Draft budget 2026/27"),
            (
                "p",
                "The Town Clerk introduced the draft budget (Appendix C), which assumed a 3% pay award, the "
                "ending of Westmoor Council's grant for grounds maintenance and a contribution to the Civic "
                "Hall roof reserve. On the draft as it stood the Band D precept would rise by 6.2%.",
            ),
            (
                "p",
                "It was proposed by Cllr Barraclough and seconded by Cllr Whiteley that the draft budget be "
                "referred to the Finance and General Purposes Committee on 17 November 2025 with an instruction "
                "to bring forward a budget for 2026/27 requiring an increase in the Band D precept of no more "
                "than 4.5%.",
            ),
            (
                "p",
                'An amendment was proposed by Cllr Lumb and seconded by Cllr Ramsden that "4.5%" be replaced '
                'by "2.9%". Cllr Lumb argued that households in the town faced rises in Westmoor Council\'s '
                "and the Fire Authority's charges as well, and that the Civic Hall roof contribution could be "
                "spread over a longer period.",
            ),
            ("vote", V_AMEND),
            ("vote", V_SUBST),
            (
                "res",
                [
                    "That the draft budget for 2026/27 be referred to the Finance and General Purposes Committee "
                    "on 17 November 2025 with an instruction to bring forward a budget requiring an increase in "
                    "the Band D precept of no more than 4.5%, for approval by the Council on 12 January 2026."
                ],
                "plain",
            ),
            ("sub", "(d) Internal audit interim report 2025/26"),
            (
                "p",
                "The interim report of the internal auditor, Dales Audit Services, was received. It made two "
                "recommendations: that the asset register be reconciled to the insurance schedule, and that "
                "the Council's website be brought fully into line with the Transparency Code by publishing "
                "all items of expenditure over \xa3100.",
            ),
            (
                "res",
                [
                    "That the interim internal audit report be received and both recommendations be accepted, "
                    "the Town Clerk to complete the actions by 31 January 2026."
                ],
                "plain",
            ),
            ("p", "The meeting adjourned for a short comfort break at 8.02 pm and reconvened at 8.09 pm."),
        ],
    },
    {
        "number": "25/140",
        "title": "PLANNING APPLICATIONS",
        "agenda": "10",
        "blocks": [
            (
                "p",
                "Having declared an interest (minute 25/132), Cllr Shaw left the room while application "
                "2025/62/91234/W was considered and returned afterwards. Members considered the applications "
                "listed on the agenda, taking account of the representations made under public participation.",
            ),
            ("table", "planning"),
            (
                "res",
                [
                    "That the observations set out above be submitted to Westmoor Council as the Local Planning "
                    "Authority."
                ],
                "plain",
            ),
        ],
    },
    {
        "number": "25/141",
        "title": "CHRISTMAS LIGHTS SWITCH-ON 2025",
        "agenda": "11",
        "blocks": [
            (
                "p",
                "The Events and Communications Officer presented her report. Westmoor Council had granted the "
                "temporary road closure of Towngate and Market Street from 2.00 pm to 8.00 pm on Saturday 29 "
                "November 2025. Twenty-six stalls had been booked, the Thornleigh Brass Band and the Holme "
                "Junior School choir would perform, and the switch-on would be at 5.30 pm. Because the "
                "traffic management company had increased its charges and additional stewards were now "
                "required under the event safety plan, there was a projected overspend of \xa31,250.",
            ),
            (
                "res",
                [
                    "That the event arrangements set out in the report be approved, including the road closure "
                    "order and the event safety plan;",
                    "That additional expenditure of up to \xa31,250 be met from the Events earmarked reserve;",
                    "That the switch-on be performed by the winner of the Town Mayor's Christmas card competition "
                    "for primary school pupils.",
                ],
                "numbered",
            ),
        ],
    },
    {
        "number": "25/142",
        "title": "REMEMBRANCE SUNDAY 2025",
        "agenda": "12",
        "blocks": [
            (
                "p",
                "The Town Clerk reported on the arrangements for Sunday 9 November 2025. The parade would form up "
                "at the Civic Hall at 10.30 am and move off at 10.45 am, with the two minutes' silence at the "
                "War Memorial at 11.00 am and a service at St Oswald's Church afterwards. Members were asked to "
                "assemble at the Civic Hall by 10.15 am.",
            ),
            (
                "agreed",
                "It was AGREED that the Town Mayor lay the Council's wreath and that the Deputy Town Mayor "
                "lay a wreath at the Holme memorial at 2.00 pm.",
            ),
        ],
    },
    {
        "number": "25/143",
        "title": "MOTION SUBMITTED UNDER STANDING ORDER 9 - 20MPH SPEED LIMIT",
        "agenda": "13",
        "blocks": [
            ("p", "Cllr Ramsden moved the following motion, which was seconded by Cllr Holroyd:"),
            ("quote", MOTION_TEXT),
            (
                "p",
                "Cllr Ramsden referred to the petition received under minute 25/133 and to the police speed "
                "checks. Cllr Barraclough said that he supported lower speeds outside the school but considered "
                "that a blanket limit on Towngate, an A-road, would not be supported by Westmoor Council or the "
                "police and that the money would be better spent on a vehicle activated sign. Cllr Whiteley "
                "said that a consultation was only a first step and would show the strength of feeling in the "
                "town.",
            ),
            ("vote", V_RECORDED),
            (
                "res",
                [
                    "That this Council requests Westmoor Council's Highways Service to consult on the introduction "
                    "of a 20mph speed limit on Towngate, Mill Lane, School Street and Crossley Street, and offers "
                    "a contribution of up to \xa32,000 from the Highways Improvements earmarked reserve towards "
                    "the cost of the consultation and signage."
                ],
                "plain",
            ),
        ],
    },
    {
        "number": "25/144",
        "title": "THORNLEIGH PARK PLAY AREA REFURBISHMENT",
        "agenda": "14",
        "blocks": [
            (
                "p",
                "The Deputy Town Clerk presented the report. Three tenders had been received by the closing date "
                "of 10 October 2025 and had been scored 60% on price and 40% on quality by the Deputy Town "
                "Clerk and two members of the Parks Working Group:",
            ),
            ("table", "tenders"),
            (
                "p",
                "Cllr Lumb asked whether the Council could afford the scheme in the light of the budget "
                "pressures discussed under minute 25/139(c), and proposed that the decision be deferred until "
                "the budget had been set. The proposal was not seconded. Cllr Dyson said that the junior "
                "equipment had been closed twice this year on safety grounds and that families could not wait "
                "another year.",
            ),
            (
                "p",
                "It was proposed by Cllr Whiteley and seconded by Cllr Crabtree that the highest scoring tender "
                "be accepted.",
            ),
            ("vote", V_HANDS),
            (
                "res",
                [
                    "That the tender from Pennine Play Ltd in the sum of \xa348,760.00 plus VAT be accepted;",
                    "That the scheme be funded from Community Infrastructure Levy receipts (\xa330,000), the Play "
                    "Areas earmarked reserve (\xa312,000) and the Westmoor Council Ward Budget grant "
                    "(\xa36,760);",
                    "That the Town Clerk be authorised to sign the contract on behalf of the Council.",
                ],
                "lettered",
            ),
        ],
    },
    {
        "number": "25/145",
        "title": "ALLOTMENT RENTS 2026/27",
        "agenda": "15",
        "blocks": [
            (
                "p",
                "Cllr Crabtree, having declared an interest (minute 25/132), took no part in the discussion or vote.",
            ),
            (
                "p",
                "The Allotments Working Group recommended that the rent for a full plot increase from \xa342.00 "
                "to \xa346.00 a year, and for a half plot from \xa322.00 to \xa324.00, with the 50% concession "
                "for tenants over 65 or in receipt of means-tested benefits continuing. Water charges had risen "
                "by 19% over two years and the rents now recovered less than half of the cost of the sites. "
                "The motion was proposed by Cllr Shaw and seconded by Cllr Holroyd.",
            ),
            ("vote", V_ALLOT),
            (
                "res",
                [
                    "That with effect from 1 October 2026 allotment rents be \xa346.00 a year for a full plot and "
                    "\xa324.00 a year for a half plot, the existing concessions to continue, and that tenants be "
                    "given notice of the increase before 30 November 2025."
                ],
                "plain",
            ),
            ("p", "Cllr Dyson left the meeting at 8.40 pm."),
        ],
    },
    {
        "number": "25/146",
        "title": "CORRESPONDENCE",
        "agenda": "16",
        "blocks": [
            (
                "p",
                "The schedule of correspondence was received. Members noted a letter from Westmoor Council "
                "announcing the review of polling districts and places; an invitation from Holme Parish Council "
                "to its Christmas market on 6 December 2025; and a letter from Thornleigh in Bloom asking for a "
                "grant of \xa3800 towards spring bulb planting on the Halifax Road verges.",
            ),
            (
                "res",
                [
                    "That the request from Thornleigh in Bloom be referred to the Grants Panel for consideration "
                    "at its meeting on 24 November 2025."
                ],
                "plain",
            ),
        ],
    },
    {
        "number": "25/147",
        "title": "COUNCILLORS' REPORTS AND ITEMS FOR INFORMATION",
        "agenda": "17",
        "blocks": [
            (
                "p",
                "Cllr Holroyd reported on the meeting of the Thornleigh Community Association, which had "
                "secured lottery funding for a new kitchen at the Community Centre. Cllr Greenwood reported "
                "that the footbridge over Thorn Beck at Holme Mill had been closed by Westmoor Council after "
                "storm damage. Cllr Illingworth (attending remotely) reported that the Youth Council would "
                "hold its first meeting of the year on 12 November 2025.",
            ),
        ],
    },
    {
        "number": "25/148",
        "title": "DATE OF NEXT MEETING",
        "agenda": "18",
        "blocks": [
            (
                "p",
                "It was noted that the next Ordinary Meeting of the Council will be held on Monday 1 December "
                "2025 at 7.00 pm in the Council Chamber, Thornleigh Civic Hall.",
            ),
        ],
    },
    {
        "number": "25/149",
        "title": "EXCLUSION OF THE PRESS AND PUBLIC",
        "agenda": "19",
        "blocks": [
            (
                "res",
                [
                    "That in view of the confidential nature of the business about to be transacted, relating to "
                    "individual employees of the Council, it is advisable in the public interest that the press "
                    "and public be temporarily excluded and they are instructed to withdraw (Public Bodies "
                    "(Admission to Meetings) Act 1960, section 1(2))."
                ],
                "plain",
            ),
            (
                "p",
                "The members of the public and the press left the meeting at 8.47 pm. The Deputy Town Clerk and "
                "the Events and Communications Officer also left the meeting, and Cllr Illingworth's remote "
                "connection was ended.",
            ),
        ],
    },
    {
        "number": "25/150",
        "title": "STAFFING MATTERS - DEPUTY TOWN CLERK POST",
        "agenda": "20",
        "blocks": [
            (
                "p",
                "The Town Mayor, as Chair of the Staffing Committee, presented the Committee's recommendations "
                "following the job evaluation of the Deputy Town Clerk post carried out by the Yorkshire Local "
                "Councils Associations' HR adviser.",
            ),
            (
                "res",
                [
                    "That the recommendations of the Staffing Committee be approved and the Deputy Town Clerk "
                    "post be regraded to NJC spinal column points 24 to 27 with effect from 1 December 2025, the "
                    "additional cost in 2025/26 to be met from the staffing contingency."
                ],
                "plain",
            ),
        ],
    },
]

END_TIME = "9.12 pm"


# --------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------

NUM_X = 20
TEXT_X = 38
RIGHT = 190


class Doc(FPDF):
    def __init__(self, running_head: str, minutes: bool):
        super().__init__(format="A4")
        self.running_head = running_head
        self.minutes = minutes
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 24)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 9)
        self.cell(170, 4, self.running_head, align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        if self.minutes:
            self.set_x(20)
            self.cell(85, 4, "Chair's initials ..............")
            self.cell(85, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        else:
            self.set_x(20)
            self.cell(170, 4, f"Page {self.page_no()} of {{nb}}", align="C")

    # helpers -------------------------------------------------------------------------------------
    def para(self, text, x=TEXT_X, size=10, style="", h=4.9, after=1.8, markdown=True):
        self.set_font("Helvetica", style, size)
        self.set_x(x)
        self.multi_cell(RIGHT - x, h, text, markdown=markdown, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def numbered(self, number, title, size=10.5):
        if self.get_y() > 250:
            self.add_page()
        self.set_font("Helvetica", "B", size)
        y = self.get_y()
        self.set_xy(NUM_X, y)
        self.cell(TEXT_X - NUM_X, 5.4, number)
        self.set_xy(TEXT_X, y)
        self.multi_cell(RIGHT - TEXT_X, 5.4, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.2)

    def grid(self, headings, rows, widths, x=TEXT_X, size=8.5, aligns=None):
        old = self.l_margin
        self.set_left_margin(x)
        self.set_font("Helvetica", "", size)
        with self.table(
            col_widths=widths,
            width=RIGHT - x,
            line_height=3.9,
            text_align=aligns or "LEFT",
            headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)),
            first_row_as_headings=True,
            padding=0.9,
            v_align="TOP",
        ) as table:
            head = table.row()
            self.set_font("Helvetica", "B", size)
            for h in headings:
                head.cell(h)
            for r in rows:
                row = table.row()
                for c in r:
                    row.cell(c)
        self.set_left_margin(old)
        self.set_x(old)
        self.ln(3)


def fmt_names(people, notes=None):
    out = []
    for name, _role in people:
        extra = (notes or {}).get(name)
        out.append(f"{name} {extra}" if extra else name)
    return ", ".join(out[:-1]) + " and " + out[-1] if len(out) > 1 else out[0]


def build_agenda(path: Path) -> None:
    pdf = Doc(f"{COUNCIL} - Agenda - Ordinary Meeting - {DATE_LONG}", minutes=False)
    pdf.set_creation_date(AGENDA_CREATED)
    pdf.set_title(f"{COUNCIL} - Agenda - 3 November 2025")
    pdf.set_author(COUNCIL)
    pdf.add_page()
    pdf.set_font("Times", "B", 20)
    pdf.cell(0, 9, "THORNLEIGH TOWN COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        4.5,
        "Thornleigh Civic Hall, Market Street, Thornleigh, West Yorkshire",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0,
        4.5,
        f"Tel: {CLERK['phone']}   Email: {CLERK['email']}   www.thornleigh-tc.gov.uk",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(0, 4.5, f"Town Clerk: {CLERK['name']}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5, "To: The Town Mayor and all Members of Thornleigh Town Council", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "27 October 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.para("Dear Councillor,", x=20)
    pdf.para(
        "You are hereby summoned to attend the **Ordinary Meeting of Thornleigh Town Council** to be held in the "
        f"Council Chamber, Thornleigh Civic Hall, Market Street, Thornleigh on **{DATE_LONG} at 7.00 pm** for the "
        "purpose of transacting the business set out below.",
        x=20,
    )
    pdf.para("Yours faithfully,", x=20, after=1)
    pdf.set_font("Times", "I", 15)
    pdf.cell(0, 7, CLERK["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5, f"{CLERK['name']}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Town Clerk and Responsible Financial Officer", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_fill_color(235, 235, 235)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(
        170,
        4.2,
        "Members of the public and press are welcome to attend. The meeting is open to the public and may be "
        "filmed, photographed or recorded under the Openness of Local Government Bodies Regulations 2014; anyone "
        "wishing to record is asked to let the Town Clerk know before the meeting. Members of the public may "
        "speak during the Public Participation item only. Hearing loop available. Agenda papers are available "
        "on the Council's website and from the Civic Hall.",
        border=1,
        fill=True,
        padding=2,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for number, title, parent, part, desc in AGENDA:
        if number == "20":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.cell(0, 6, "PART B - CONFIDENTIAL", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "I", 9)
            pdf.cell(
                0,
                5,
                "(The press and public are likely to be excluded for the following item)",
                align="C",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(2)
        if parent:
            pdf.set_font("Helvetica", "", 10)
            y = pdf.get_y()
            pdf.set_xy(TEXT_X, y)
            pdf.cell(12, 4.9, number)
            pdf.set_xy(TEXT_X + 12, y)
            pdf.multi_cell(RIGHT - TEXT_X - 12, 4.9, title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            continue
        pdf.numbered(number, title)
        if desc:
            pdf.para(desc, after=1.5)
        if number == "10":
            pdf.grid(
                ["Application No.", "Location", "Proposal"],
                [(a, loc, prop) for a, loc, prop, _obs in PLANNING],
                (27, 45, 76),
            )
        if number == "13":
            pdf.para(f'"{MOTION_TEXT}"', x=TEXT_X + 6, style="I", after=1)
            pdf.para("Proposed: Cllr S Ramsden        Seconded: Cllr C Holroyd", x=TEXT_X + 6)
        pdf.ln(1.5)
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.set_x(20)
    pdf.multi_cell(
        170,
        4.2,
        "Councillors are reminded of their duty under the Code of Conduct to declare any interest at the start of "
        "the meeting or as soon as it becomes apparent. Any councillor unable to attend should send apologies, "
        "with the reason, to the Town Clerk before the meeting.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def render_vote(pdf: Doc, v: dict) -> None:
    c = v["counts"]
    if v["kind"] == "amendment":
        pdf.para(
            f"On being put to the vote the amendment was **LOST** ({c['yes']} votes for, {c['no']} against and "
            f"{c['abstain']} abstention)."
        )
    elif v["kind"] == "substantive":
        pdf.para(
            "The substantive motion was then put to the vote: For "
            f"{c['yes']}, Against {c['no']}, Abstentions {c['abstain']}. The motion was **CARRIED**."
        )
    elif v["kind"] == "recorded":
        pdf.para(
            "Immediately before the vote Cllr Lumb requested that the voting be recorded in accordance with "
            "Standing Order 13(d). The voting was as follows:"
        )
        labels = (("yes", "For"), ("no", "Against"), ("abstain", "Abstained"))
        for key, label in labels:
            names = ", ".join(f"Cllr {n}" for n in v["voters"][key])
            pdf.set_font("Helvetica", "B", 10)
            y = pdf.get_y()
            pdf.set_xy(TEXT_X + 6, y)
            pdf.cell(30, 4.9, f"{label} ({c[key]}):")
            pdf.set_font("Helvetica", "", 10)
            pdf.set_xy(TEXT_X + 36, y)
            pdf.multi_cell(RIGHT - TEXT_X - 36, 4.9, names, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.para("The motion was therefore **CARRIED**.")
    elif v["kind"] == "hands":
        pdf.para(
            f"On a show of hands there were {c['yes']} votes in favour, {c['no']} against and {c['abstain']} "
            "abstention, and the motion was declared carried."
        )
    elif v["kind"] == "interest":
        pdf.para(
            f"The motion was carried by {c['yes']} votes to {c['no']} with {c['abstain']} abstention (Cllr "
            "Crabtree did not vote)."
        )


def render_res(pdf: Doc, parts: list[str], style: str) -> None:
    if len(parts) == 1:
        pdf.para(f"**RESOLVED:** {parts[0]}", after=2.5)
        return
    pdf.para("**RESOLVED:**", after=0.8)
    for i, text in enumerate(parts):
        label = {
            "numbered": f"{i + 1}.",
            "lettered": f"({'abc'[i]})",
            "roman": f"({['i', 'ii', 'iii', 'iv'][i]})",
        }[style]
        pdf.set_font("Helvetica", "", 10)
        y = pdf.get_y()
        pdf.set_xy(TEXT_X + 4, y)
        pdf.cell(9, 4.9, label)
        pdf.set_xy(TEXT_X + 13, y)
        pdf.multi_cell(RIGHT - TEXT_X - 13, 4.9, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.0)
    pdf.ln(1.5)


def build_minutes(path: Path) -> None:
    pdf = Doc(f"{COUNCIL} - Ordinary Meeting - {DATE_LONG} - DRAFT MINUTES", minutes=True)
    pdf.set_creation_date(CREATED)
    pdf.set_title(f"{COUNCIL} - Minutes - 3 November 2025")
    pdf.set_author(COUNCIL)
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    pdf.cell(0, 8, "THORNLEIGH TOWN COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(
        0,
        5,
        "DRAFT - subject to approval at the meeting of the Council on 1 December 2025",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.para(
        "**MINUTES** of the Ordinary Meeting of Thornleigh Town Council held in the Council Chamber, Thornleigh "
        f"Civic Hall, Market Street, Thornleigh on **{DATE_LONG}**, commencing at **7.00 pm**.",
        x=20,
        after=3,
    )

    def block(label, text):
        pdf.set_font("Helvetica", "B", 10)
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.multi_cell(38, 5.2, label, new_x="LMARGIN", new_y="TOP")
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(60, y)
        pdf.multi_cell(130, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    block("PRESENT:", "Councillors " + fmt_names(PRESENT, PRESENT_NOTES) + ".")
    block(
        "ATTENDING REMOTELY:",
        f"Cllr {VIRTUAL[0][0]} (by video link, not counted in the quorum and not entitled to vote; until "
        "8.47 pm, minute 25/149).",
    )
    block("IN ATTENDANCE:", "\n".join(f"{n} ({r})" for n, r in OFFICERS))
    block(
        "ALSO PRESENT:",
        f"{ALSO_PRESENT[0][2]}{ALSO_PRESENT[0][0]} (Thornleigh and Holme Ward); {ALSO_PRESENT[1][2]}"
        f"{ALSO_PRESENT[1][0]} (West Yorkshire Police) for minutes 25/131 to 25/137; {ALSO_PRESENT[2][2]}"
        f"{ALSO_PRESENT[2][0]} ({ALSO_PRESENT[2][1]}); 9 members of the public.",
    )
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(4)

    for m in MINUTES:
        pdf.numbered(m["number"], m["title"])
        for b in m["blocks"]:
            kind = b[0]
            if kind == "p":
                pdf.para(b[1])
            elif kind == "agreed":
                pdf.para(b[1].replace("AGREED", "**AGREED**"))
            elif kind == "sub":
                pdf.para(b[1], style="B", after=1)
            elif kind == "quote":
                pdf.para(f'"{b[1]}"', x=TEXT_X + 6, style="I")
            elif kind == "res":
                render_res(pdf, b[1], b[2])
            elif kind == "vote":
                render_vote(pdf, b[1])
            elif kind == "table":
                if b[1] == "payments":
                    rows = [list(r) for r in PAYMENTS] + [["", "", "TOTAL", PAYMENTS_TOTAL]]
                    pdf.grid(
                        ["Date", "Payee", "Details", "Gross (\xa3)"],
                        rows,
                        (18, 48, 58, 24),
                        aligns=("LEFT", "LEFT", "LEFT", "RIGHT"),
                    )
                elif b[1] == "planning":
                    rows = [(a, f"{loc}\n{prop}", obs) for a, loc, prop, obs in PLANNING]
                    pdf.grid(["Application", "Location and proposal", "Observations"], rows, (27, 58, 63))
                elif b[1] == "tenders":
                    pdf.grid(
                        ["Tenderer", "Tender sum excl. VAT (\xa3)", "Quality score", "Total score (/100)"],
                        TENDERS,
                        (58, 34, 28, 28),
                        aligns=("LEFT", "RIGHT", "CENTER", "CENTER"),
                    )
        pdf.ln(1.5)

    pdf.para(f"There being no further business the Town Mayor closed the meeting at {END_TIME}.", x=20, after=10)
    if pdf.get_y() > 255:
        pdf.add_page()
    pdf.set_font("Helvetica", "", 10.5)
    pdf.set_x(20)
    pdf.cell(100, 6, "Signed: ...........................................................")
    pdf.cell(70, 6, "Date: ..............................", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.cell(100, 6, "Town Mayor", new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    build_agenda(agenda)
    build_minutes(minutes)
    return [agenda, minutes]


# --------------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------------


def _resolutions() -> dict[str, int]:
    per = {}
    for m in MINUTES:
        n = sum(len(b[1]) for b in m["blocks"] if b[0] == "res")
        if n:
            per[m["number"]] = n
    return per


def _votes() -> list[dict]:
    out = []
    for m in MINUTES:
        for b in m["blocks"]:
            if b[0] != "vote":
                continue
            v = b[1]
            rec = {
                "item": m["number"],
                "result": v["result"],
                "counts": dict(v["counts"]),
                "mover": surname(v["mover"]),
                "seconder": surname(v["seconder"]),
            }
            if v["kind"] == "amendment":
                rec["motion"] = "Amendment: replace 4.5% by 2.9% (precept increase cap)"
            if "voters" in v:
                rec["voters"] = {k: list(names) for k, names in v["voters"].items()}
            out.append(rec)
    return out


def _attendance() -> list[dict]:
    att = []
    for name, role in PRESENT:
        rec = {"name": name, "status": "present"}
        if role:
            rec["role"] = role
        att.append(rec)
    for name, _ in VIRTUAL:
        att.append({"name": name, "status": "virtual", "role": "Councillor (remote, non-voting)"})
    for name, role in OFFICERS:
        att.append({"name": name, "status": "in_attendance", "role": role})
    for name, role, _title in ALSO_PRESENT:
        att.append({"name": name, "status": "also_present", "role": role})
    for name, _reason in APOLOGIES:
        att.append({"name": name, "status": "apologies"})
    for name, _ in ABSENT:
        att.append({"name": name, "status": "absent"})
    return att


def _check() -> None:
    # voting members in the room at each vote: 10 at 7.00, Greenwood from 7.22 (11), Dyson left 8.40 (after 25/145)
    for v in (V_AMEND, V_SUBST, V_RECORDED, V_HANDS):
        assert sum(v["counts"].values()) == 11
    assert sum(V_ALLOT["counts"].values()) == 10  # Crabtree took no part
    for key, names in V_RECORDED["voters"].items():
        assert len(names) == V_RECORDED["counts"][key]
    total = sum(float(r[3].replace(",", "")) for r in PAYMENTS)
    assert f"{total:,.2f}" == PAYMENTS_TOTAL, total


def gold() -> dict:
    _check()
    meeting = {
        "body": COUNCIL,
        "date": "2025-11-03",
        "start_time": "19:00",
        "contact": {"name": CLERK["name"], "phone": CLERK["phone"], "email": CLERK["email"]},
    }
    agenda = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "The agenda is a clerk's summons with numbered items; sub-items 4.1-4.3 and 9.1-9.4 are given their "
            "printed numbers and parent 4 or 9.",
            "The five planning applications listed in a table under item 10 are topics of that item, not agenda items.",
            "The quoted motion and the 'Proposed/Seconded' line under item 13 are part of item 13, not items.",
            "The 'PART B - CONFIDENTIAL' line is a banner, not an item; item 20 under it is marked exempt and "
            "item 19 (the resolution to exclude the public) stays public.",
            "No page numbers are printed against items, so pages is null throughout.",
            "The item titles are the bold headings; the explanatory text under a heading is not part of the title.",
            "The meeting contact is the Town Clerk named in the letterhead, with the telephone and email printed "
            "there.",
        ],
        "meeting": meeting,
        "agenda": [
            {"number": n, "title": t, "pages": None, "part": part, "parent": parent}
            for n, t, parent, part, _d in AGENDA
        ],
    }
    per = _resolutions()
    minutes = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute items are the numbered headings 25/131 to 25/150; the lettered sub-parts (a)-(d) printed "
            "inside 25/134 and 25/139 follow agenda sub-items 4.1-4.3 and 9.1-9.4 but are not minute items.",
            "Each minute's agenda_item is the top-level agenda number it follows (1 to 20).",
            "The minutes record decisions as 'RESOLVED:', so resolutions count the RESOLVED statements, each "
            "numbered, lettered or roman part counting one: 25/134 has 1+1+3 (parts (i)-(iii)), 25/141 has 3 "
            "(1.-3.), 25/144 has 3 ((a)-(c)), the rest one each where printed.",
            "The 'It was AGREED' about wreath laying in 25/142 is a stray agreement and is not counted.",
            "Items recorded only as 'NOTED' (25/135, 25/137, 25/138) or with no decision carry no resolution.",
            "The resolution to exclude the press and public (25/149) and the confidential staffing resolution "
            "(25/150) are counted.",
            "Motions put to the vote are not counted themselves; the amendment lost in 25/139(c) and the proposal "
            "to defer in 25/144 (not seconded) add nothing.",
            "Five votes print figures: the lost amendment and the substantive motion in 25/139, the recorded vote "
            "in 25/143 (names by surname), the show of hands in 25/144 and the allotment rent vote in 25/145.",
            "In 25/145 Cllr Crabtree took no part, so the counts are 8-1-1 as printed and nobody is recorded as "
            "absent.",
            "Councillors listed as PRESENT are present, including Greenwood (arrived late) and Dyson (left early).",
            "Cllr Illingworth, attending remotely by video link and unable to vote, is virtual.",
            "Officers under IN ATTENDANCE are in_attendance with their job titles as role.",
            "Westmoor Councillor Naylor, PCSO Fenwick and the press reporter Sykes are also_present; the nine "
            "unnamed members of the public are not listed.",
            "Apologies (Brook, Rahman) and the absent councillor (Haigh) are printed in minute 25/131, not the "
            "header, and are included in attendance.",
            "Members of the public who spoke under 25/133 are not named and are not attendance entries.",
            "End time 21:12 is taken from the closing sentence.",
        ],
        "meeting": meeting,
        "minutes": {
            "meeting": {"date": "2025-11-03", "start_time": "19:00", "end_time": "21:12"},
            "items": [{"number": m["number"], "title": m["title"], "agenda_item": m["agenda"]} for m in MINUTES],
            "resolutions": sum(per.values()),
            "resolutions_per_item": per,
            "votes": _votes(),
            "attendance": _attendance(),
        },
    }
    return {
        f"agendas__{STEM}_agenda": agenda,
        f"minutes__{STEM}_minutes": minutes,
    }

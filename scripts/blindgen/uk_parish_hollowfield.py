"""Hollowfield Parish Council: a fictional parish council in the Kent Weald (Medweald Borough).

Two files for the Annual Meeting of the Parish Council on Monday 12th May 2025 at 7.30pm:

* agendas/hollowfield-pc_parish-council_2025-05-12_agenda.pdf - the clerk's summons on letterhead
  ("You are hereby summoned to attend ..."), signed by the Clerk, then the agenda: 19 items numbered
  "1." to "19." with bold capitalised headings and a description under most; decimal sub-items under
  items 8, 10 and 11 (8.1, 10.1 ...); planning applications listed under 10.1 as lines, not items; a
  "PART II - CONFIDENTIAL" banner before item 19; public notes at the foot; "Page x of y" footer.
* minutes/hollowfield-pc_parish-council_2025-05-12_minutes.pdf - minutes numbered in the calendar-year
  series "25/061" onwards in a left-hand column with the heading and text indented beside it; sub-minutes
  numbered "25/070.1"; a head block (Present / Remote / In attendance / Also present) with roles and
  arrival/departure times; apologies and absence recorded in minute 25/063; decisions recorded as
  "RESOLVED" (sometimes "it was RESOLVED:" with lettered or numbered parts, sometimes "RESOLVED: No
  objection."), with stray "NOTED"/"AGREED" that are not decisions; votes recorded in several ways
  (show of hands with figures, "For 3, Against 5", a recorded vote naming members, "carried by 6 votes
  to 2"); a payments schedule and an appointments table; page header, footer with "Chairman's
  initials" and "Page x of y", and a signature line at the end.

All people, places, amounts and wording are invented. `ITEMS`, `MEMBERS` and `MINUTES` drive both the
PDFs and the gold records.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

COUNCIL = "HOLLOWFIELD PARISH COUNCIL"
STEM = "hollowfield-pc_parish-council_2025-05-12"
CREATED = dt.datetime(2025, 5, 6, 16, 20, 0, tzinfo=dt.timezone.utc)
CREATED_MINUTES = dt.datetime(2025, 5, 16, 10, 5, 0, tzinfo=dt.timezone.utc)

CLERK = "Helen Marchant"
PHONE = "01622 790318"
EMAIL = "clerk@hollowfieldpc.org.uk"

# --------------------------------------------------------------------------------------------------
# Agenda: (number, title, description, parent, part, topics)
# --------------------------------------------------------------------------------------------------

APPLICATIONS = [
    (
        "25/00398/HOUS",
        "Oast View, Church Road",
        "Erection of single storey side extension and replacement of conservatory.",
    ),
    (
        "25/00412/FUL",
        "Little Orchard, Forge Lane",
        "Erection of two storey rear extension and detached double garage with home office over.",
    ),
    (
        "25/00455/LBC",
        "Hollowfield Manor Barn, The Street",
        "Listed building consent for replacement of six timber windows on a like-for-like basis.",
    ),
]

MOTION_TEXT = (
    '"That the Council install two solar-powered LED lighting columns in the Village Hall car park at a cost '
    'not exceeding £4,200, to be met from general reserves."'
)

ITEMS = [
    (
        "1",
        "ELECTION OF CHAIRMAN",
        "To elect a Chairman of the Council for 2025/26 and for the Chairman to sign the Declaration of "
        "Acceptance of Office.",
        None,
        "public",
        [],
    ),
    (
        "2",
        "ELECTION OF VICE-CHAIRMAN",
        "To elect a Vice-Chairman for 2025/26 and to receive the Declaration of Acceptance of Office.",
        None,
        "public",
        [],
    ),
    (
        "3",
        "APOLOGIES FOR ABSENCE",
        "To receive apologies and to approve reasons for absence (Local Government Act 1972, s.85).",
        None,
        "public",
        [],
    ),
    (
        "4",
        "DECLARATIONS OF INTEREST",
        "To receive declarations of Disclosable Pecuniary Interests, Other Registrable Interests and "
        "Non-Registrable Interests in items on this agenda, and to consider any written requests for "
        "dispensations.",
        None,
        "public",
        [],
    ),
    (
        "5",
        "MINUTES",
        "To approve as a correct record, and for the Chairman to sign, the minutes of the meeting of the Parish "
        "Council held on Monday 14th April 2025 (previously circulated).",
        None,
        "public",
        [],
    ),
    (
        "6",
        "PUBLIC SESSION",
        "The meeting will be adjourned for a period of up to 15 minutes to allow members of the public to ask "
        "questions or make statements on items on this agenda. Each speaker is limited to 3 minutes.",
        None,
        "public",
        [],
    ),
    (
        "7",
        "REPORTS FROM COUNTY AND BOROUGH COUNCILLORS AND KENT POLICE",
        "To receive reports (for information only).",
        None,
        "public",
        [],
    ),
    ("8", "REVIEW OF GOVERNANCE DOCUMENTS", "To review and adopt:", None, "public", []),
    ("8.1", "Standing Orders (revised May 2025, based on the NALC Model Standing Orders 2024)", "", "8", "public", []),
    ("8.2", "Financial Regulations (revised May 2025)", "", "8", "public", []),
    ("8.3", "Risk Assessment 2025/26 and Asset Register as at 31st March 2025", "", "8", "public", []),
    ("8.4", "Insurance - renewal for 2025/26 (year two of three-year long-term agreement)", "", "8", "public", []),
    (
        "9",
        "COMMITTEES, WORKING PARTIES AND OUTSIDE BODIES",
        "To appoint members to committees and working parties, and representatives to outside bodies, for "
        "2025/26 (current list attached).",
        None,
        "public",
        [],
    ),
    ("10", "PLANNING", "", None, "public", []),
    (
        "10.1",
        "To consider the following planning applications:",
        "",
        "10",
        "public",
        [f"{ref}  {site} - {desc}" for ref, site, desc in APPLICATIONS],
    ),
    ("10.2", "To note planning decisions received from Medweald Borough Council", "", "10", "public", []),
    ("11", "FINANCE", "", None, "public", []),
    ("11.1", "To approve the schedule of payments for May 2025 (attached)", "", "11", "public", []),
    ("11.2", "To note the bank reconciliation as at 30th April 2025", "", "11", "public", []),
    ("11.3", "To receive the Internal Auditor's report for 2024/25", "", "11", "public", []),
    (
        "11.4",
        "To consider and approve Section 1 - Annual Governance Statement 2024/25 of the Annual Governance and "
        "Accountability Return (AGAR)",
        "",
        "11",
        "public",
        [],
    ),
    ("11.5", "To consider and approve Section 2 - Accounting Statements 2024/25 (AGAR)", "", "11", "public", []),
    ("11.6", "To agree the period for the exercise of public rights", "", "11", "public", []),
    (
        "12",
        "HIGHWAYS AND TRAFFIC",
        "Community Speedwatch report; proposal from Cllr Fagg regarding a 20mph limit in the village; to note "
        "highway faults reported to Kent County Council.",
        None,
        "public",
        [],
    ),
    (
        "13",
        "RECREATION GROUND AND PLAY AREA",
        "To receive the monthly inspection reports and to consider quotations for the replacement of the cradle "
        "swing seats and wetpour surfacing.",
        None,
        "public",
        [],
    ),
    (
        "14",
        "MOTION - VILLAGE HALL CAR PARK LIGHTING",
        "To consider the following motion submitted by Cllr Brennan under Standing Order 9: " + MOTION_TEXT,
        None,
        "public",
        [],
    ),
    ("15", "CORRESPONDENCE", "To receive correspondence (list to be circulated at the meeting).", None, "public", []),
    (
        "16",
        "MATTERS FOR INFORMATION AND ITEMS FOR THE NEXT AGENDA",
        "Members are reminded that no decisions may be taken under this item.",
        None,
        "public",
        [],
    ),
    ("17", "DATE OF NEXT MEETING", "Monday 9th June 2025 at 7.30pm, Hollowfield Village Hall.", None, "public", []),
    (
        "18",
        "EXCLUSION OF THE PRESS AND PUBLIC",
        "To resolve that, under section 1(2) of the Public Bodies (Admission to Meetings) Act 1960, the press "
        "and public be excluded from the meeting for the following item by reason of the confidential nature of "
        "the business to be transacted, which relates to an individual member of staff.",
        None,
        "public",
        [],
    ),
    (
        "19",
        "CLERK'S ANNUAL APPRAISAL AND SALARY REVIEW",
        "To receive the report of the Staffing Committee and to make decisions on its recommendations.",
        None,
        "exempt",
        [],
    ),
]
CONFIDENTIAL_BANNER = "PART II - CONFIDENTIAL"

# --------------------------------------------------------------------------------------------------
# Attendance: (label printed in the head block or minute 25/063, name, printed suffix, status, role)
# --------------------------------------------------------------------------------------------------

MEMBERS = [
    ("Present", "Susan Thackeray", "(Chairman)", "present", "Chairman"),
    ("Present", "Graham Keane", "(Vice-Chairman)", "present", "Vice-Chairman"),
    ("Present", "Peter Hollis", "(retiring Chairman, in the Chair for minute 25/061)", "present", None),
    ("Present", "Nicola Ashworth", "(from 7.48pm)", "present", None),
    ("Present", "Angela Brennan", "", "present", None),
    ("Present", "Michael Fagg", "", "present", None),
    ("Present", "David Okafor", "", "present", None),
    ("Present", "Rosemary Pilbeam", "", "present", None),
    ("Present", "Trevor Wenham", "(until 9.10pm)", "present", None),
]
REMOTE = [("Kathryn Sully", "(by video link - observing only; not counted in the quorum and did not vote)")]
OFFICERS = [("Mrs", CLERK, "Clerk & Responsible Financial Officer")]
ALSO_PRESENT = [
    ("Kent County Councillor", "Derek Ashdown", "(until 8.12pm)", "Kent County Councillor"),
    ("PCSO", "Lauren Tapsell", "(Kent Police, until 8.05pm)", "PCSO, Kent Police"),
]
PUBLIC_COUNT = 7
APOLOGIES = [("Claire Dunstall", "Councillor"), ("Priya Landon", "Borough Councillor, Medweald Borough Council")]
ABSENT = [("James Ridley", "Councillor")]

# --------------------------------------------------------------------------------------------------
# Minutes. Blocks: ("p", text) paragraph; ("res", text) one Resolved clause; ("reslist", intro, parts)
# one clause per part; ("list", lines) indented lines; ("vote", vote, text) a vote with printed figures;
# ("table", widths, header, rows, aligns); ("quote", text); ("banner", text) a centred line before the minute.
# --------------------------------------------------------------------------------------------------

PAYMENTS = [
    ("DD", "Unity Trust Bank", "Bank charges - April", 1800, 0),
    ("BACS", "H Marchant", "Clerk's salary - May (net)", 141236, 0),
    ("BACS", "HMRC", "PAYE and NI - May", 35309, 0),
    ("BACS", "Kent County Council Pension Fund", "Pension contributions - May", 48621, 0),
    ("BACS", "Clarion Parish Insurance", "Insurance premium 2025/26 (incl. IPT)", 214862, 0),
    ("BACS", "Weald Grounds Maintenance Ltd", "Grass cutting - April (3 cuts)", 73500, 14700),
    ("BACS", "Kent Association of Local Councils", "Annual subscription 2025/26", 81240, 0),
    ("BACS", "Downs Internal Audit Services", "Internal audit 2024/25", 37500, 7500),
    ("BACS", "Hollowfield Village Hall", "Hall hire - April and May meetings", 6000, 0),
    ("BACS", "Medweald Borough Council", "Dog bin emptying - Q1 2025/26", 18200, 3640),
    ("BACS", "Office Supplies Kent Ltd", "Printer ink and paper", 4124, 825),
    ("BACS", "H Marchant", "Expenses - mileage and postage", 3620, 0),
]


def money(pence: int) -> str:
    return f"{pence // 100:,}.{pence % 100:02d}"


PAY_NET = sum(p[3] for p in PAYMENTS)
PAY_VAT = sum(p[4] for p in PAYMENTS)
PAY_TOTAL = PAY_NET + PAY_VAT

APPOINTMENTS = [
    ("Staffing Committee", "Cllrs Thackeray, Keane and Pilbeam"),
    ("Finance Working Party", "Cllrs Okafor, Keane and Hollis"),
    ("Recreation Ground and Play Area (inspections)", "Cllrs Wenham and Ashworth"),
    ("Hollowfield Village Hall Management Committee", "Cllr Pilbeam"),
    ("KALC Medweald Area Committee", "Cllr Thackeray and the Clerk"),
    ("Community Speedwatch co-ordinator", "Cllr Fagg"),
    ("Hollowfield Primary School liaison", "Cllr Okafor"),
    ("Tree Warden", "Cllr Dunstall"),
    ("Internal controls check (quarterly)", "Cllr Brennan"),
]

VOTE_OBJECT = {
    "result": "carried",
    "counts": {"yes": 5, "no": 2, "abstain": 1},
    "motion": "That the Council object to application 25/00412/FUL",
    "mover": "Brennan",
    "seconder": "Wenham",
}
VOTE_20MPH = {
    "result": "lost",
    "counts": {"yes": 3, "no": 5, "abstain": 1},
    "motion": "That the Council write to KCC requesting a 20mph limit in the village",
    "mover": "Fagg",
    "seconder": "Brennan",
}
VOTE_SWINGS = {
    "result": "carried",
    "counts": {"yes": 6, "no": 2, "abstain": 1},
    "voters": {
        "yes": ["Ashworth", "Hollis", "Keane", "Okafor", "Pilbeam", "Thackeray"],
        "no": ["Brennan", "Fagg"],
        "abstain": ["Wenham"],
    },
    "motion": "To accept the quotation from Wealden Play Services Ltd",
    "note": "Recorded vote at the request of Cllr Okafor.",
}
VOTE_AMENDMENT = {
    "result": "carried",
    "counts": {"yes": 5, "no": 2, "abstain": 1},
    "motion": "Amendment (Cllr Keane): obtain three quotations and report back",
    "mover": "Keane",
    "seconder": "Pilbeam",
}
VOTE_SUBSTANTIVE = {
    "result": "carried",
    "counts": {"yes": 6, "no": 2, "abstain": 0},
    "motion": "Substantive motion as amended",
    "note": "Printed as 'carried by 6 votes to 2'; no abstentions printed.",
}


def _hands(v: dict) -> str:
    c = v["counts"]
    return f"{c['yes']} in favour, {c['no']} against, {c['abstain']} abstention{'s' if c['abstain'] != 1 else ''}"


def _recorded(v: dict) -> list[str]:
    lines = []
    for key, label in (("yes", "For"), ("no", "Against"), ("abstain", "Abstained")):
        names = v["voters"][key]
        lines.append(f"{label} ({len(names)}):  Cllr{'s' if len(names) > 1 else ''} {', '.join(names)}")
    return lines


MINUTES = [
    {
        "number": "25/061",
        "title": "ELECTION OF CHAIRMAN",
        "agenda_item": "1",
        "blocks": [
            (
                "p",
                "Cllr Hollis, as retiring Chairman, opened the meeting at 7.30pm and welcomed those present. He "
                "thanked members and the Clerk for their support during his three years in the Chair and called for "
                "nominations for the office of Chairman for the municipal year 2025/26.",
            ),
            (
                "p",
                "Cllr Thackeray was nominated by Cllr Keane and seconded by Cllr Pilbeam. There being no further "
                "nominations, it was",
            ),
            (
                "res",
                "**RESOLVED** that Cllr Susan Thackeray be elected Chairman of Hollowfield Parish Council for 2025/26.",
            ),
            (
                "p",
                "Cllr Thackeray signed the Declaration of Acceptance of Office, which was witnessed by the Clerk, and "
                "took the Chair. She thanked Cllr Hollis for his leadership, particularly during the refurbishment of "
                "the Village Hall kitchen, and members showed their appreciation.",
            ),
        ],
    },
    {
        "number": "25/062",
        "title": "ELECTION OF VICE-CHAIRMAN",
        "agenda_item": "2",
        "blocks": [
            (
                "p",
                "Cllr Keane was proposed by Cllr Okafor and seconded by Cllr Hollis. Cllr Brennan was invited to "
                "stand but declined. There being no other nominations, it was",
            ),
            ("res", "**RESOLVED** that Cllr Graham Keane be elected Vice-Chairman for 2025/26."),
            ("p", "Cllr Keane signed his Declaration of Acceptance of Office in the presence of the Clerk."),
        ],
    },
    {
        "number": "25/063",
        "title": "APOLOGIES FOR ABSENCE",
        "agenda_item": "3",
        "blocks": [
            (
                "p",
                "Apologies had been received from Cllr Claire Dunstall (on holiday) and from Borough Councillor "
                "Priya Landon (Medweald Borough Council), who had sent a written report.",
            ),
            ("res", "**RESOLVED** that the reason given by Cllr Dunstall for her absence be approved."),
            (
                "p",
                "Absent: Cllr James Ridley (no apologies received). The Clerk reminded members that Cllr Ridley last "
                "attended a meeting of the Council on 13th January 2025 and drew attention to the six-month rule "
                "in section 85 of the Local Government Act 1972.",
            ),
            (
                "p",
                "The Chairman noted that Cllr Sully was following the meeting by video link. As the law requires "
                "members to be physically present, Cllr Sully was not counted towards the quorum and could not vote.",
            ),
        ],
    },
    {
        "number": "25/064",
        "title": "DECLARATIONS OF INTEREST",
        "agenda_item": "4",
        "blocks": [
            (
                "list",
                [
                    "- Cllr Fagg declared a Disclosable Pecuniary Interest in planning application 25/00412/FUL "
                    "(minute 25/070.1) as the owner of the adjoining property, and would leave the room for that "
                    "application.",
                    "- Cllr Wenham declared an Other Registrable Interest in item 15 (correspondence from Hollowfield "
                    "Cricket Club) as Treasurer of the Club.",
                ],
            ),
            (
                "p",
                "No requests for dispensations had been received. Members were reminded to notify the Monitoring "
                "Officer of any change to their Register of Interests within 28 days.",
            ),
        ],
    },
    {
        "number": "25/065",
        "title": "MINUTES OF THE PREVIOUS MEETING",
        "agenda_item": "5",
        "blocks": [
            (
                "res",
                "**RESOLVED** that the minutes of the meeting of the Parish Council held on 14th April 2025 be "
                "approved as a correct record and signed by the Chairman, subject to the correction of minute "
                '25/049(c) to read "Forge Lane" instead of "Forge Road".',
            ),
            (
                "p",
                "Matters arising: the Clerk reported that the replacement dog waste bin at the Church Road entrance "
                "to the recreation ground had been installed by Medweald Borough Council on 2nd May.",
            ),
        ],
    },
    {
        "number": "25/066",
        "title": "PUBLIC SESSION",
        "agenda_item": "6",
        "blocks": [
            (
                "p",
                f"The meeting was adjourned at 7.41pm for the public session. {PUBLIC_COUNT} members of the public "
                "were present.",
            ),
            (
                "list",
                [
                    "- Two residents of Forge Lane spoke against application 25/00412/FUL (Little Orchard), citing "
                    "the loss of light to their gardens and the size of the proposed garage.",
                    "- A resident asked whether the Council could do more about parking on the pavement outside "
                    "Hollowfield Primary School at pick-up time. PCSO Tapsell undertook to arrange a visit by the "
                    "Safer Neighbourhood Team.",
                    "- A resident reported continued dog fouling on the recreation ground near the play area and "
                    "asked for more signage. The Clerk will order two further signs.",
                ],
            ),
            ("p", "Cllr Ashworth arrived at 7.48pm during the public session."),
            ("p", "The meeting was reconvened at 7.58pm."),
        ],
    },
    {
        "number": "25/067",
        "title": "REPORTS FROM COUNTY AND BOROUGH COUNCILLORS AND KENT POLICE",
        "agenda_item": "7",
        "blocks": [
            (
                "p",
                "a) Kent County Council: KCC Cllr Ashdown reported that the County Council had received an "
                "additional £3.1m from the Department for Transport for pothole repairs, that the consultation on "
                "changes to the 218 bus service had closed on 30th April, and that resurfacing of Stonecrouch Road "
                "between the village and Stonecrouch Green was programmed for August. He answered questions on the "
                "flooding at Mill Bridge and agreed to chase the drainage team.",
            ),
            (
                "p",
                "b) Medweald Borough Council: Borough Cllr Landon's written report had been circulated before the "
                "meeting. It covered the Local Plan examination timetable and the new charges for garden waste "
                "collections.",
            ),
            (
                "p",
                "c) Kent Police: PCSO Tapsell reported four crimes in the parish in April (two thefts from vehicles, "
                "one shed burglary and one incident of criminal damage) and encouraged residents to sign up to Kent "
                "Community Messaging. PCSO Tapsell left the meeting at 8.05pm.",
            ),
            ("p", "Cllr Ashdown left the meeting at 8.12pm. The reports were NOTED."),
        ],
    },
    {
        "number": "25/068",
        "title": "REVIEW OF GOVERNANCE DOCUMENTS",
        "agenda_item": "8",
        "blocks": [
            (
                "p",
                "Members had received the Clerk's report and the draft documents in advance. The Clerk explained "
                "that the revised Standing Orders followed the NALC Model Standing Orders 2024, the only local "
                "variations being the 15-minute public session and the 9.30pm closing time in Standing Order 3(x).",
            ),
            (
                "reslist",
                "Following discussion, it was **RESOLVED**:",
                [
                    "(a)  to adopt the revised Standing Orders (May 2025), based on the NALC Model Standing Orders "
                    "2024;",
                    "(b)  to adopt the revised Financial Regulations (May 2025), with the Clerk's delegated spending "
                    "limit to remain at £500 and the limit for three written quotations at £3,000;",
                    "(c)  to approve the Risk Assessment 2025/26 and the Asset Register as at 31st March 2025 (total "
                    "insured value £187,430);",
                    "(d)  to renew the Council's insurance with Clarion Parish Insurance for year two of the "
                    "three-year long-term agreement, at an annual premium of £2,148.62.",
                ],
            ),
            ("p", "The Clerk will publish the adopted documents on the Council's website."),
        ],
    },
    {
        "number": "25/069",
        "title": "COMMITTEES, WORKING PARTIES AND OUTSIDE BODIES",
        "agenda_item": "9",
        "blocks": [
            (
                "res",
                "**RESOLVED** that the membership of committees and working parties, and the Council's "
                "representatives on outside bodies, for 2025/26 be as follows:",
            ),
            ("table", [72, 76], ["Committee / body", "Member(s)"], APPOINTMENTS, ["L", "L"]),
            (
                "p",
                "It was noted that Cllr Ridley's appointment to the Footpaths Working Party had lapsed and that the "
                "working party would not be re-formed this year.",
            ),
        ],
    },
    {"number": "25/070", "title": "PLANNING", "agenda_item": "10", "blocks": []},
    {
        "number": "25/070.1",
        "title": "Planning applications",
        "agenda_item": "10.1",
        "sub": True,
        "blocks": [
            ("p", "**(i)  25/00398/HOUS - Oast View, Church Road** - " + APPLICATIONS[0][2]),
            ("res", "**RESOLVED:** No objection."),
            ("p", "**(ii)  25/00412/FUL - Little Orchard, Forge Lane** - " + APPLICATIONS[1][2]),
            (
                "p",
                "Cllr Fagg, having declared a Disclosable Pecuniary Interest (minute 25/064), left the room at "
                "8.31pm. Members considered the plans and the concerns raised by residents in the public session.",
            ),
            (
                "vote",
                VOTE_OBJECT,
                "Cllr Brennan proposed that the Council object to the application, seconded by Cllr Wenham. On a show "
                f"of hands: {_hands(VOTE_OBJECT)}.",
            ),
            (
                "res",
                "**RESOLVED** to OBJECT on the grounds that the detached garage, by reason of its height and position "
                "close to the boundary, would be overbearing and cause an unacceptable loss of light to the "
                "neighbouring properties in Forge Lane, and that the development as a whole would be "
                "overdevelopment of the plot.",
            ),
            ("p", "Cllr Fagg returned to the room at 8.44pm."),
            ("p", "**(iii)  25/00455/LBC - Hollowfield Manor Barn, The Street** - " + APPLICATIONS[2][2]),
            (
                "res",
                "**RESOLVED** to SUPPORT the application, subject to the Borough Council's Conservation Officer being "
                "satisfied with the joinery details.",
            ),
        ],
    },
    {
        "number": "25/070.2",
        "title": "Planning decisions",
        "agenda_item": "10.2",
        "sub": True,
        "blocks": [
            ("p", "The following decisions of Medweald Borough Council were NOTED:"),
            (
                "list",
                [
                    "25/00187/HOUS - 3 Pound Cottages, Mill Lane - Single storey rear extension - GRANTED",
                    "25/00203/FUL - Land rear of The Forge, Forge Lane - Erection of one dwelling - REFUSED",
                    "24/02291/TPOA - The Old Rectory, Church Road - Fell one ash tree (ash dieback) - GRANTED",
                ],
            ),
            (
                "p",
                "The Clerk reported that an appeal had been lodged against the refusal of 25/00203/FUL. Members asked "
                "that the Council's original objection be forwarded to the Planning Inspectorate.",
            ),
        ],
    },
    {"number": "25/071", "title": "FINANCE", "agenda_item": "11", "blocks": []},
    {
        "number": "25/071.1",
        "title": "Payments",
        "agenda_item": "11.1",
        "sub": True,
        "blocks": [
            (
                "p",
                "The schedule of payments for May 2025 had been circulated with the agenda and had been checked "
                "against the invoices by Cllr Okafor before the meeting.",
            ),
            (
                "table",
                [12, 47, 50, 14, 11, 14],
                ["Method", "Payee", "Details", "Net £", "VAT £", "Total £"],
                [(m, p, d, money(n), money(v), money(n + v)) for m, p, d, n, v in PAYMENTS]
                + [("", "", "TOTAL", money(PAY_NET), money(PAY_VAT), money(PAY_TOTAL))],
                ["L", "L", "L", "R", "R", "R"],
            ),
            (
                "res",
                f"**RESOLVED** that the payments listed above, totalling £{money(PAY_TOTAL)}, be approved, and that "
                "Cllrs Okafor and Keane authorise the online payments.",
            ),
        ],
    },
    {
        "number": "25/071.2",
        "title": "Bank reconciliation",
        "agenda_item": "11.2",
        "sub": True,
        "blocks": [
            (
                "p",
                "The bank reconciliation as at 30th April 2025 was NOTED and signed by Cllr Okafor. Balances: Unity "
                "Trust current account £6,214.87; Unity Trust instant access account £71,903.55; total £78,118.42, "
                "of which £32,500.00 is held in earmarked reserves.",
            ),
        ],
    },
    {
        "number": "25/071.3",
        "title": "Internal Auditor's report 2024/25",
        "agenda_item": "11.3",
        "sub": True,
        "blocks": [
            (
                "p",
                "The report of the internal auditor, Downs Internal Audit Services, had been circulated. The auditor "
                "had answered 'Yes' to every control objective in the Annual Internal Audit Report and made one "
                "recommendation: that the annual review of the asset register be minuted separately from the "
                "insurance renewal (see minute 25/068(c)). The report was NOTED.",
            ),
        ],
    },
    {
        "number": "25/071.4",
        "title": "AGAR Section 1 - Annual Governance Statement 2024/25",
        "agenda_item": "11.4",
        "sub": True,
        "blocks": [
            (
                "p",
                "The Chairman read each of the assertions in Section 1 of the Annual Governance and Accountability "
                "Return, and members considered them in turn.",
            ),
            (
                "res",
                "**RESOLVED** that the Annual Governance Statement 2024/25 be approved, with all assertions answered "
                "'Yes', and that it be signed by the Chairman and the Clerk. (Proposed Cllr Hollis, seconded "
                "Cllr Okafor; unanimous.)",
            ),
        ],
    },
    {
        "number": "25/071.5",
        "title": "AGAR Section 2 - Accounting Statements 2024/25",
        "agenda_item": "11.5",
        "sub": True,
        "blocks": [
            (
                "p",
                "The Responsible Financial Officer presented the Accounting Statements, which she had signed before "
                "the meeting, with the explanation of variances and the bank reconciliation as at 31st March 2025. "
                "Balances brought forward £64,302; precept £48,500; other receipts £11,218; staff costs £22,640; "
                "loan interest and capital repayments £0; all other payments £24,473; balances carried forward "
                "£76,907. Total fixed assets £187,430; total borrowings £0.",
            ),
            (
                "res",
                "**RESOLVED** that the Accounting Statements for the year ended 31st March 2025 be approved and "
                "signed by the Chairman.",
            ),
        ],
    },
    {
        "number": "25/071.6",
        "title": "Period for the exercise of public rights",
        "agenda_item": "11.6",
        "sub": True,
        "blocks": [
            (
                "res",
                "**RESOLVED** that the period for the exercise of public rights be Monday 2nd June 2025 to Friday 11th "
                "July 2025 inclusive, and that the Clerk publish the notice on the website and noticeboards.",
            ),
        ],
    },
    {
        "number": "25/072",
        "title": "HIGHWAYS AND TRAFFIC",
        "agenda_item": "12",
        "blocks": [
            (
                "p",
                "Cllr Fagg reported that the Community Speedwatch team had held six sessions in April on The Street "
                "and Stonecrouch Road, recording 41 vehicles exceeding the limit; the highest speed recorded was "
                "52mph in the 30mph limit. The details had been passed to Kent Police.",
            ),
            (
                "vote",
                VOTE_20MPH,
                "Cllr Fagg proposed that the Council write to Kent County Council requesting a 20mph speed limit "
                "throughout the village and offering to contribute up to £5,000 towards the cost. This was seconded "
                "by Cllr Brennan. Some members felt that speed data should first be obtained from KCC. Upon being "
                f"put to the vote: For {VOTE_20MPH['counts']['yes']}, Against {VOTE_20MPH['counts']['no']}, "
                f"Abstentions {VOTE_20MPH['counts']['abstain']}. The motion was LOST.",
            ),
            (
                "p",
                "Members AGREED that the Clerk ask KCC Highways to install a speed data logger on The Street and on "
                "Stonecrouch Road, and that the matter be brought back when the data are available.",
            ),
            (
                "p",
                "The Clerk reported that the pothole outside 14 Forge Lane had been reported on the KCC fault "
                "reporting tool (ref. 2504-88137) and was scheduled for repair.",
            ),
        ],
    },
    {
        "number": "25/073",
        "title": "RECREATION GROUND AND PLAY AREA",
        "agenda_item": "13",
        "blocks": [
            (
                "p",
                "Cllr Wenham presented the monthly inspection reports for April and May. The wetpour surface under "
                "the cradle swings was breaking up and had been coned off; the annual independent inspection in "
                "March had rated this a medium risk.",
            ),
            (
                "p",
                "Three quotations had been obtained for replacing the two cradle swing seats and the wetpour "
                "surfacing beneath the swing bay:",
            ),
            (
                "list",
                [
                    "Wealden Play Services Ltd - £6,850.00 plus VAT",
                    "Playsafe South East - £7,420.00 plus VAT",
                    "Kingfisher Leisure Surfaces - £8,115.00 plus VAT",
                ],
            ),
            (
                "p",
                "Cllrs Brennan and Fagg questioned whether grass matting would be better value than wetpour. "
                "Cllr Okafor requested a recorded vote on the proposal to accept the lowest quotation (Standing "
                "Order 13(b)), proposed by Cllr Wenham and seconded by Cllr Ashworth.",
            ),
            ("vote", VOTE_SWINGS, "RECORDED"),
            (
                "res",
                "**RESOLVED** to accept the quotation from Wealden Play Services Ltd of £6,850.00 plus VAT, to be "
                "funded from the Play Area earmarked reserve.",
            ),
            ("p", "Cllr Wenham left the meeting at 9.10pm."),
        ],
    },
    {
        "number": "25/074",
        "title": "MOTION - VILLAGE HALL CAR PARK LIGHTING",
        "agenda_item": "14",
        "blocks": [
            ("p", "The following motion had been received from Cllr Brennan under Standing Order 9:"),
            ("quote", MOTION_TEXT),
            (
                "p",
                "The motion was seconded by Cllr Fagg. Cllr Brennan explained that hall users had complained about "
                "the car park being unlit on winter evenings.",
            ),
            (
                "p",
                'Cllr Keane moved an amendment, seconded by Cllr Pilbeam, to delete all words after "That the '
                'Council" and insert "obtain three quotations for solar-powered lighting in the Village Hall car '
                "park, consult the Village Hall Management Committee, and report back to the meeting on 9th June "
                '2025".',
            ),
            (
                "vote",
                VOTE_AMENDMENT,
                f"On being put to the vote the amendment was CARRIED ({_hands(VOTE_AMENDMENT)}) and became the "
                "substantive motion.",
            ),
            (
                "vote",
                VOTE_SUBSTANTIVE,
                "The substantive motion was then put to the meeting and carried by "
                f"{VOTE_SUBSTANTIVE['counts']['yes']} votes to {VOTE_SUBSTANTIVE['counts']['no']}, whereupon it was",
            ),
            (
                "res",
                "**RESOLVED** that the Clerk obtain three quotations for solar-powered lighting in the Village Hall "
                "car park, consult the Village Hall Management Committee, and report back to the meeting on 9th June "
                "2025.",
            ),
        ],
    },
    {
        "number": "25/075",
        "title": "CORRESPONDENCE",
        "agenda_item": "15",
        "blocks": [
            ("p", "The following correspondence had been received:"),
            (
                "list",
                [
                    "(a)  Hollowfield Cricket Club - request to hold a family fun day on the recreation ground on "
                    "Saturday 19th July 2025. Cllr Wenham, who had declared an interest in this item, had already "
                    "left the meeting.",
                ],
            ),
            (
                "res",
                "**RESOLVED** to grant permission for the fun day, subject to the Club providing the Clerk with a "
                "copy of its public liability insurance (minimum cover £5m) and its risk assessment.",
            ),
            (
                "list",
                [
                    "(b)  KALC - Kent Local Councils newsletter, May 2025 - circulated to members.",
                    "(c)  Medweald Borough Council - consultation on the Draft Parking Strategy, closing 20th June "
                    "2025. Cllr Keane to draft a response for the June meeting.",
                    "(d)  Mr and Mrs Oliver, Mill Lane - letter of thanks for the clearance of the ditch at Mill "
                    "Bridge.",
                ],
            ),
            ("p", "The remaining correspondence was NOTED."),
        ],
    },
    {
        "number": "25/076",
        "title": "MATTERS FOR INFORMATION AND ITEMS FOR THE NEXT AGENDA",
        "agenda_item": "16",
        "blocks": [
            (
                "p",
                "At 9.29pm members agreed, under Standing Order 3(x), to continue the meeting beyond 9.30pm in order "
                "to complete the business on the agenda.",
            ),
            (
                "list",
                [
                    "- The Chairman thanked the volunteers who organised the VE Day 80 beacon lighting on the "
                    "recreation ground on 8th May.",
                    "- The bench at the Church Road entrance to the recreation ground is damaged; Cllr Hollis will "
                    "inspect it.",
                    "- Items for June: car park lighting quotations (25/074); response to the Draft Parking "
                    "Strategy; speed data (25/072).",
                ],
            ),
        ],
    },
    {
        "number": "25/077",
        "title": "DATE OF NEXT MEETING",
        "agenda_item": "17",
        "blocks": [
            (
                "p",
                "The next meeting of the Parish Council will be held on Monday 9th June 2025 at 7.30pm at Hollowfield "
                "Village Hall.",
            ),
        ],
    },
    {
        "number": "25/078",
        "title": "EXCLUSION OF THE PRESS AND PUBLIC",
        "agenda_item": "18",
        "blocks": [
            (
                "res",
                "**RESOLVED** that, in accordance with section 1(2) of the Public Bodies (Admission to Meetings) Act "
                "1960, the press and public be excluded from the meeting for the following item by reason of the "
                "confidential nature of the business to be transacted, which relates to an individual member of "
                "staff.",
            ),
            (
                "p",
                "The two remaining members of the public left at 9.33pm and Cllr Sully's video link was ended. The "
                "Clerk left the meeting for the following item, and the Vice-Chairman took the note.",
            ),
        ],
    },
    {
        "number": "25/079",
        "title": "CLERK'S ANNUAL APPRAISAL AND SALARY REVIEW",
        "agenda_item": "19",
        "banner": CONFIDENTIAL_BANNER,
        "blocks": [
            (
                "p",
                "The Chairman presented the report of the Staffing Committee following the Clerk's annual appraisal "
                "held on 24th April 2025.",
            ),
            (
                "reslist",
                "**RESOLVED** that:",
                [
                    "1.  the report of the Staffing Committee be accepted and the Clerk's objectives for 2025/26 be "
                    "agreed;",
                    "2.  the Clerk's salary be increased from SCP 25 to SCP 26 with effect from 1st April 2025, in "
                    "addition to any national pay award for 2025/26;",
                    "3.  the Clerk be authorised to attend the KALC CiLCA preparation course at a cost of £395.",
                ],
            ),
            ("p", "The Clerk returned to the meeting at 9.44pm and was informed of the decisions."),
        ],
    },
]
CLOSE = "There being no further business, the Chairman closed the meeting at 9.47pm."

# --------------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------------


class _AgendaPDF(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


class _MinutesPDF(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, "Hollowfield Parish Council - Annual Meeting - 12th May 2025", align="L")
        self.cell(0, 5, "DRAFT - subject to approval", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.cell(95, 5, "Chairman's initials ..........", align="L")
        self.cell(75, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def _new(cls: type[FPDF], title: str, created: dt.datetime) -> FPDF:
    pdf = cls(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author("Hollowfield Parish Council")
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def _agenda_pdf(path: Path) -> None:
    pdf = _new(_AgendaPDF, "Agenda - Annual Meeting of the Parish Council - 12 May 2025", CREATED)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 9, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 4.5, f"Clerk to the Council: Mrs {CLERK}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0,
        4.5,
        "4 Wheelwright Cottages, Forge Lane, Hollowfield, Kent TN27 8QX",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0,
        4.5,
        f"Tel: {PHONE}   |   Email: {EMAIL}   |   www.hollowfieldpc.org.uk",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2)
    pdf.ln(7)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5.5, "To: All Members of Hollowfield Parish Council", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.5, "Date: 6th May 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5.5, "Dear Councillor,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.multi_cell(
        0,
        5.5,
        "You are hereby summoned to attend the **ANNUAL MEETING OF HOLLOWFIELD PARISH COUNCIL** to be held at "
        "Hollowfield Village Hall, The Street, Hollowfield on **Monday 12th May 2025 at 7.30pm** for the purpose "
        "of transacting the business set out below.",
        markdown=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Times", "I", 14)
    pdf.cell(0, 6, "H. Marchant", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5.5, f"{CLERK}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.5, "Clerk and Responsible Financial Officer", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for number, title, desc, parent, part, topics in ITEMS:
        if part == "exempt":
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.cell(0, 6, CONFIDENTIAL_BANNER, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        if parent is None:
            if pdf.get_y() > 255:
                pdf.add_page()
            pdf.ln(1.5)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.set_x(20)
            pdf.cell(10, 5.5, f"{number}.")
            pdf.multi_cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
            if desc:
                pdf.set_font("Helvetica", "", 10.5)
                pdf.set_x(30)
                pdf.multi_cell(0, 5.5, desc, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_x(30)
            pdf.cell(11, 5.5, number)
            pdf.multi_cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
            for line in topics:
                pdf.set_font("Helvetica", "", 9.5)
                pdf.set_x(41)
                pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(
        0,
        4.3,
        "Members of the public and press are welcome to attend and may speak during the public session (item 6). "
        "Under the Openness of Local Government Bodies Regulations 2014 the meeting may be filmed, photographed or "
        "recorded; anyone wishing to do so is asked to inform the Clerk beforehand. Plans for the applications "
        "under item 10.1 can be viewed on the Medweald Borough Council planning portal.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


NUM_X, TEXT_X, TEXT_W = 20, 42, 148


def _para(pdf: FPDF, text: str, x: float = TEXT_X, style: str = "") -> None:
    pdf.set_font("Helvetica", style, 10)
    pdf.set_x(x)
    pdf.multi_cell(190 - x, 5, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _table(pdf: FPDF, widths: list[float], header: list[str], rows: list[tuple], aligns: list[str]) -> None:
    size = 8 if len(widths) > 2 else 9
    pdf.set_font("Helvetica", "B", size)
    if pdf.get_y() > 250:
        pdf.add_page()
    pdf.set_x(TEXT_X)
    for w, h, a in zip(widths, header, aligns):
        pdf.cell(w, 5.5, h, border=1, align=a)
    pdf.ln(5.5)
    for row in rows:
        bold = row[2] == "TOTAL" if len(row) > 2 else False
        pdf.set_font("Helvetica", "B" if bold else "", size)
        pdf.set_x(TEXT_X)
        for w, c, a in zip(widths, row, aligns):
            pdf.cell(w, 5, c, border=1, align=a)
        pdf.ln(5)
    pdf.ln(2)


def _minutes_pdf(path: Path) -> None:
    pdf = _new(_MinutesPDF, "Minutes - Annual Meeting of the Parish Council - 12 May 2025", CREATED_MINUTES)
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.multi_cell(
        0,
        5.5,
        "MINUTES OF THE ANNUAL MEETING OF THE PARISH COUNCIL HELD AT HOLLOWFIELD VILLAGE HALL, THE STREET, "
        "HOLLOWFIELD ON MONDAY 12TH MAY 2025, COMMENCING AT 7.30PM",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    def head(label: str, lines: list[str]) -> None:
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_x(20)
        pdf.cell(32, 5, label)
        pdf.set_font("Helvetica", "", 10)
        for i, line in enumerate(lines):
            pdf.set_x(52)
            pdf.multi_cell(138, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    head("Present:", [f"Cllr {n} {s}".rstrip() for _, n, s, _, _ in MEMBERS])
    head("Remote:", [f"Cllr {n} {s}" for n, s in REMOTE])
    head("In attendance:", [f"{t} {n} ({r})" for t, n, r in OFFICERS])
    head(
        "Also present:",
        [f"{t} {n} {s}" for t, n, s, _ in ALSO_PRESENT] + [f"{PUBLIC_COUNT} members of the public"],
    )
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(4)

    for minute in MINUTES:
        if minute.get("banner"):
            if pdf.get_y() > 245:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.cell(0, 6, minute["banner"], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        if pdf.get_y() > 252:
            pdf.add_page()
        sub = minute.get("sub", False)
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_x(NUM_X)
        pdf.cell(TEXT_X - NUM_X, 5.5, minute["number"])
        pdf.set_font("Helvetica", "BU" if sub else "B", 10)
        pdf.multi_cell(TEXT_W, 5.5, minute["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for block in minute["blocks"]:
            kind = block[0]
            if kind in ("p", "res"):
                _para(pdf, block[1])
            elif kind == "quote":
                _para(pdf, block[1], x=TEXT_X + 8, style="I")
            elif kind == "list":
                for line in block[1]:
                    _para(pdf, line, x=TEXT_X + 5)
            elif kind == "reslist":
                _para(pdf, block[1])
                for part in block[2]:
                    _para(pdf, part, x=TEXT_X + 5)
            elif kind == "vote":
                vote, text = block[1], block[2]
                if text == "RECORDED":
                    _para(pdf, "The result of the recorded vote was as follows:")
                    for line in _recorded(vote):
                        _para(pdf, line, x=TEXT_X + 5)
                else:
                    _para(pdf, text)
            elif kind == "table":
                _table(pdf, *block[1:])
        pdf.ln(1.5)
    if pdf.get_y() > 235:
        pdf.add_page()
    _para(pdf, CLOSE, x=20)
    pdf.ln(12)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "Signed: .............................................. (Chairman)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 6, "Date: ................................................", new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / "agendas" / f"{STEM}_agenda.pdf"
    minutes = folder / "minutes" / f"{STEM}_minutes.pdf"
    _agenda_pdf(agenda)
    _minutes_pdf(minutes)
    return [agenda, minutes]


# --------------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------------

MEETING = {"body": "Parish Council", "date": "2025-05-12", "start_time": "19:30"}


def _resolutions(minute: dict) -> int:
    n = 0
    for block in minute["blocks"]:
        if block[0] == "res":
            n += 1
        elif block[0] == "reslist":
            n += len(block[2])
    return n


def _attendance() -> list[dict]:
    out = []
    for _, name, _, status, role in MEMBERS:
        rec = {"name": name, "status": status}
        if role:
            rec["role"] = role
        out.append(rec)
    for name, _ in REMOTE:
        out.append({"name": name, "status": "virtual"})
    for _, name, role in OFFICERS:
        out.append({"name": name, "status": "in_attendance", "role": role})
    for _, name, _, role in ALSO_PRESENT:
        out.append({"name": name, "status": "also_present", "role": role})
    for name, role in APOLOGIES:
        out.append({"name": name, "status": "apologies", "role": role})
    for name, role in ABSENT:
        out.append({"name": name, "status": "absent", "role": role})
    return out


def _votes() -> list[dict]:
    out = []
    for minute in MINUTES:
        for block in minute["blocks"]:
            if block[0] == "vote":
                vote = {"item": minute["number"], **{k: v for k, v in block[1].items()}}
                vote["counts"] = dict(vote["counts"])
                out.append(vote)
    return out


def gold() -> dict:
    agenda = []
    for number, title, desc, parent, part, topics in ITEMS:
        rec = {"number": number, "title": title, "pages": None, "part": part, "parent": parent}
        if topics:
            rec["topics"] = list(topics)
        if part == "exempt":
            rec["section"] = CONFIDENTIAL_BANNER
        agenda.append(rec)
    agenda_rec = {
        "file": f"generated/agendas/{STEM}_agenda.pdf",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Item titles are the bold headings; the description printed under a heading is not part of the title.",
            "Sub-items 8.1-8.4, 10.1-10.2 and 11.1-11.6 are printed with decimal numbers and take their whole "
            "printed line as the title, with the enclosing item as parent.",
            "The three planning applications under 10.1 are listed as topics, not agenda items, since they carry no "
            "item number.",
            "No page numbers are printed against items, so pages are null.",
            "Item 19 follows the 'PART II - CONFIDENTIAL' banner and is exempt; item 18 (the exclusion resolution) "
            "is taken in public.",
            "The body is recorded as 'Parish Council' (the Annual Meeting of the Parish Council); the contact is the "
            "Clerk named in the letterhead.",
        ],
        "meeting": {**MEETING, "contact": {"name": CLERK, "phone": PHONE, "email": EMAIL}},
        "agenda": agenda,
    }

    per_item = {m["number"]: _resolutions(m) for m in MINUTES if _resolutions(m)}
    minutes_rec = {
        "file": f"generated/minutes/{STEM}_minutes.pdf",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute numbers are printed in the calendar-year series 25/061-25/079; decimal sub-minutes "
            "(25/070.1, 25/071.1 ...) are printed as numbered headings and are listed as minute items.",
            "The minutes record decisions as 'RESOLVED', so only Resolved clauses are counted; 'NOTED', "
            "'Members AGREED' (25/072) and 'members agreed' to extend the meeting (25/076) are not counted.",
            "The lettered parts (a)-(d) under 'it was RESOLVED:' in 25/068 count four and the numbered parts 1-3 "
            "in 25/079 count three; the introductory 'RESOLVED' does not count separately.",
            "Each planning application in 25/070.1 has its own Resolved clause ('RESOLVED: No objection.', to "
            "OBJECT, to SUPPORT), counted three.",
            "The lettered a)-c) in 25/067 and (a)-(d) in 25/075 are reports and letters, not parts of a decision; "
            "only the one Resolved clause in 25/075 counts.",
            "The text of Cllr Brennan's motion and Cllr Keane's amendment in 25/074 are not decisions; only the "
            "Resolved clause following the substantive vote counts.",
            "Elections of Chairman and Vice-Chairman (unopposed, no figures) are counted as resolutions but not as "
            "votes; the unanimous AGAR vote in 25/071.4 prints no figures and is not a vote record.",
            "The 20mph proposal in 25/072 was lost and is recorded as a vote only, with no resolution.",
            "'Carried by 6 votes to 2' in 25/074 is recorded as 6 for, 2 against and 0 abstentions.",
            "The recorded vote in 25/073 names members for, against and abstaining; the other votes print figures "
            "only.",
            "Cllr Ashworth (arrived 7.48pm) and Cllr Wenham (left 9.10pm) are present; Cllr Fagg left the room for "
            "one application only and remains present.",
            "Cllr Sully followed by video link without counting in the quorum, recorded as virtual.",
            "Apologies and absence are printed in minute 25/063, not the head block; Borough Cllr Landon's apologies "
            "are included although she is not a member of the Parish Council.",
            "The Kent County Councillor and the PCSO are also_present; the seven members of the public are not named.",
            "Cllr Thackeray is given the role Chairman as printed, though Cllr Hollis chaired minute 25/061.",
        ],
        "meeting": {**MEETING, "end_time": "21:47"},
        "minutes": {
            "meeting": {"date": "2025-05-12", "start_time": "19:30", "end_time": "21:47"},
            "items": [{"number": m["number"], "title": m["title"], "agenda_item": m["agenda_item"]} for m in MINUTES],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": _votes(),
            "attendance": _attendance(),
        },
    }
    return {
        f"agendas__{STEM}_agenda": agenda_rec,
        f"minutes__{STEM}_minutes": minutes_rec,
    }

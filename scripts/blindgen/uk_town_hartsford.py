"""Hartsford Town Council (fictional, England): the summons and agenda of a Full Council meeting and its minutes.

Hartsford is an invented market town in the invented county of Downshire, with eighteen town councillors, a
Town Mayor who chairs Full Council, a Town Clerk (the Proper Officer) and a Deputy Town Clerk who is also the
Responsible Financial Officer. The files follow the habits of English town councils working to NALC-style
Standing Orders:

- agendas/hartsford-town-council_full-council_2025-07-14_agenda.pdf: a letter-headed summons ("You are hereby
  summoned ...") signed by the Town Clerk, then the agenda: numbered items in bold capitals with a "To ..." line
  under each, dotted sub-items (8.1, 9.2) under the committee-report and finance headings, the notice of motion
  quoted in full, and a PART II banner over the two confidential items taken after the exclusion of the press
  and public. Page footers print "Page n of N"; no item prints a page number.
- minutes/hartsford-town-council_full-council_2025-07-14_minutes.pdf: draft minutes with the Town Mayor in the
  Chair, a PRESENT / OBSERVING REMOTELY / IN ATTENDANCE / ALSO PRESENT block, prayers, then minutes referenced
  FC/25/038 onwards (the council numbers Full Council minutes through the municipal year) in a left margin
  column. Decisions are printed as "RESOLVED that ...", "Proposed ..., seconded ... and RESOLVED", "RESOLVED:"
  with numbered parts, "RESOLVED that (a) ...; and (b) ..." and "It was further RESOLVED"; items merely noted
  say "NOTED" or "It was agreed". Votes are printed three ways: a show of hands with figures in a sentence, an
  amendment "LOST (For 5; Against 8; Abstentions 1)", and a recorded vote under Standing Order 3(u) with the
  names for, against and abstaining; one tie is settled by the Town Mayor's casting vote. Late arrival,
  councillors leaving for a declared interest and returning, a councillor not returning after a comfort break,
  an adjournment for public participation, and the press and public leaving for Part II are all recorded.
  Each page has a running header, the Town Mayor's initials line and "Page n of N".

All people, places, amounts and wording are invented. The data below produce both the PDFs and the gold.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

COUNCIL = "Hartsford Town Council"
BODY = "Full Council"
DATE_ISO = "2025-07-14"
DATE_LONG = "Monday 14 July 2025"
START = "19:00"
END = "21:47"
VENUE = "the Council Chamber, Town Hall, Market Place, Hartsford"
ADDRESS = "Town Hall, Market Place, Hartsford, Downshire HF4 2AB"
PHONE = "01632 960418"
EMAIL = "townclerk@hartsford-tc.gov.uk"
CLERK = "Helen Marchbank"
CREATED = datetime(2025, 7, 8, 16, 30, tzinfo=timezone.utc)
MINUTES_CREATED = datetime(2025, 7, 17, 11, 15, tzinfo=timezone.utc)

AGENDA_FILE = "hartsford-town-council_full-council_2025-07-14_agenda"
MINUTES_FILE = "hartsford-town-council_full-council_2025-07-14_minutes"

# ---------------------------------------------------------------------------------------------------------------
# People. Councillors: key -> (full name, initials form for votes, role)
# ---------------------------------------------------------------------------------------------------------------
COUNCILLORS = {
    "Oyelaran": ("Margaret Oyelaran", "M Oyelaran", "Town Mayor"),
    "Pennock": ("David Pennock", "D Pennock", "Deputy Town Mayor"),
    "Aldred": ("Susan Aldred", "S Aldred", None),
    "Bhandari": ("Rajesh Bhandari", "R Bhandari", None),
    "Carrow": ("Fiona Carrow", "F Carrow", None),
    "Dunstable": ("Peter Dunstable", "P Dunstable", None),
    "Fairweather": ("Elaine Fairweather", "E Fairweather", None),
    "Gethin": ("Owen Gethin", "O Gethin", None),
    "Kemble": ("Hilary Kemble", "H Kemble", None),
    "Lockyer": ("Martin Lockyer", "M Lockyer", None),
    "Mirza": ("Nadia Mirza", "N Mirza", None),
    "Prowse": ("Colin Prowse", "C Prowse", None),
    "Quayle": ("Rebecca Quayle", "R Quayle", None),
    "Yardley": ("Stephen Yardley", "S Yardley", None),
    "Ashdown": ("Tom Ashdown", "T Ashdown", None),
    "Threlfall": ("Joanna Threlfall", "J Threlfall", None),
    "Nuttall": ("Barry Nuttall", "B Nuttall", None),
    "Harker": ("Glen Harker", "G Harker", None),
}
CHAIR = "Oyelaran"
PRESENT = [
    "Oyelaran",
    "Pennock",
    "Aldred",
    "Bhandari",
    "Carrow",
    "Dunstable",
    "Fairweather",
    "Gethin",
    "Kemble",
    "Lockyer",
    "Mirza",
    "Prowse",
    "Quayle",
    "Yardley",
]
LATE = {"Yardley": "from 7.22 pm"}
REMOTE = ["Ashdown"]
APOLOGIES = [("Threlfall", "work commitments"), ("Nuttall", "ill health")]
ABSENT = ["Harker"]

OFFICERS = [
    ("Helen Marchbank", "Town Clerk", None),
    ("Gareth Tolley", "Deputy Town Clerk and Responsible Financial Officer", None),
    ("Priya Chaudhry", "Events and Communications Officer", "minutes FC/25/038 to FC/25/053"),
]
ALSO_PRESENT = [
    ("Alan Brierley", "County Councillor", "County Councillor Alan Brierley (Downshire County Council) - to 7.48 pm"),
    ("Karen Whitlock", "PCSO, Downshire Police", "PCSO Karen Whitlock (Downshire Police) - to 7.26 pm"),
]
PUBLIC_LINE = "12 members of the public and 1 representative of the press (Hartsford Gazette)"
OTHER_APOLOGY = ("Ken Osei", "District Councillor")
CHAPLAIN = "the Reverend Canon Anne Fielding"


def cllr(key: str) -> str:
    return f"Cllr {COUNCILLORS[key][1]}"


def names_list(keys: list[str]) -> str:
    short = [COUNCILLORS[k][1] for k in keys]
    return ", ".join(short[:-1]) + " and " + short[-1] if len(short) > 1 else short[0]


# ---------------------------------------------------------------------------------------------------------------
# Agenda: number, title (as printed), explanatory lines, part, parent
# ---------------------------------------------------------------------------------------------------------------
MOTION_TEXT = (
    "'That this Council asks Downshire County Council, as Highway Authority, to introduce an experimental "
    "traffic order closing Bridge Street to motor vehicles between 10.00 am and 4.00 pm on Saturdays from "
    "April 2026 for a period of twelve months, and authorises the Town Clerk to work with the County Council, "
    "the Hartsford Chamber of Trade and Bridge Street residents on the arrangements for loading and "
    "disabled access.'"
)

AGENDA = [
    {
        "number": "1",
        "title": "APOLOGIES FOR ABSENCE",
        "text": ["To receive apologies for absence and to consider whether to approve the reasons given."],
    },
    {
        "number": "2",
        "title": "DECLARATIONS OF INTEREST",
        "text": [
            "To receive declarations of disclosable pecuniary interests, other registrable interests and "
            "non-registrable interests in items on this agenda, in accordance with the Council's Code of "
            "Conduct, and to consider any written requests for dispensations."
        ],
    },
    {
        "number": "3",
        "title": "PUBLIC PARTICIPATION",
        "text": [
            "The meeting will be adjourned for a period of up to 15 minutes to allow members of the public to "
            "ask questions or make representations on items on this agenda (Standing Order 3(e)). The "
            "Neighbourhood Policing Team has been invited to give a short report."
        ],
    },
    {
        "number": "4",
        "title": "MINUTES",
        "text": [
            "To approve as a correct record, and for the Town Mayor to sign, the minutes of the Annual Meeting "
            "of the Town Council held on 12 May 2025 and of the Extraordinary Meeting held on 16 June 2025 "
            "(copies enclosed)."
        ],
    },
    {
        "number": "5",
        "title": "TOWN MAYOR'S ANNOUNCEMENTS",
        "text": ["To receive the Town Mayor's announcements and report of civic engagements (for information only)."],
    },
    {
        "number": "6",
        "title": "REPORTS FROM COUNTY AND DISTRICT COUNCILLORS",
        "text": ["To receive verbal reports (for information only)."],
    },
    {
        "number": "7",
        "title": "TOWN CLERK'S REPORT",
        "text": ["To receive the Town Clerk's report on matters arising and progress on actions (enclosed)."],
    },
    {"number": "8", "title": "COMMITTEE REPORTS", "text": []},
    {
        "number": "8.1",
        "title": "Planning Committee",
        "parent": "8",
        "text": ["To receive the minutes of the meetings held on 2 June 2025 and 30 June 2025."],
    },
    {
        "number": "8.2",
        "title": "Finance and General Purposes Committee",
        "parent": "8",
        "text": [
            "To receive the minutes of the meeting held on 23 June 2025 and to consider recommendation "
            "FGP/25/019 (grant to Hartsford Community Association - Riverside Festival 2025)."
        ],
    },
    {
        "number": "8.3",
        "title": "Amenities and Open Spaces Committee",
        "parent": "8",
        "text": [
            "To receive the minutes of the meeting held on 7 July 2025 and to consider recommendation "
            "AOS/25/011 (replacement play equipment, Kingsmead Recreation Ground). Minutes to follow."
        ],
    },
    {"number": "9", "title": "FINANCE", "text": []},
    {
        "number": "9.1",
        "title": "Schedule of Payments",
        "parent": "9",
        "text": [
            "To approve the schedule of payments for June 2025 and to note the bank reconciliation as at "
            "30 June 2025 (Appendix A)."
        ],
    },
    {
        "number": "9.2",
        "title": "Budget Monitoring",
        "parent": "9",
        "text": ["To note the income and expenditure report for the quarter ended 30 June 2025."],
    },
    {
        "number": "9.3",
        "title": "Internal Audit Report 2024/25",
        "parent": "9",
        "text": [
            "To receive the Internal Auditor's final report for 2024/25 and to agree the Council's response "
            "to the recommendations (Appendix B)."
        ],
    },
    {
        "number": "10",
        "title": "NOTICE OF MOTION - BRIDGE STREET SATURDAY CLOSURE",
        "text": [
            "To consider the following motion submitted under Standing Order 9 by Cllr F Carrow and Cllr O Gethin:",
            MOTION_TEXT,
        ],
    },
    {
        "number": "11",
        "title": "HARTSFORD NEIGHBOURHOOD PLAN REVIEW",
        "text": [
            "To receive an update from the Chair of the Neighbourhood Plan Steering Group, to adopt revised "
            "Terms of Reference for the Steering Group and to appoint two additional Council members to it."
        ],
    },
    {
        "number": "12",
        "title": "CHRISTMAS LIGHTS 2025",
        "text": [
            "To consider the report of the Events and Communications Officer on the options for the supply, "
            "installation and maintenance of the town centre Christmas lights from 2025."
        ],
    },
    {
        "number": "13",
        "title": "REPRESENTATIVES ON OUTSIDE BODIES",
        "text": ["To appoint a representative to the Hartsford Almshouse Charity following a resignation."],
    },
    {
        "number": "14",
        "title": "CORRESPONDENCE",
        "text": ["To note correspondence received since the last meeting (schedule enclosed)."],
    },
    {
        "number": "15",
        "title": "DATE OF NEXT MEETING",
        "text": [
            "To note that the next meeting of the Full Council will be held on Monday 8 September 2025 at "
            "7.00 pm in the Council Chamber."
        ],
    },
    {
        "number": "16",
        "title": "EXCLUSION OF THE PRESS AND PUBLIC",
        "text": [
            "To consider passing a resolution under section 1(2) of the Public Bodies (Admission to Meetings) "
            "Act 1960 to exclude the press and public from the meeting for the following items, by reason "
            "of the confidential nature of the business to be transacted."
        ],
    },
    {
        "number": "17",
        "title": "STAFFING COMMITTEE RECOMMENDATION - PAY AND GRADING REVIEW",
        "part": "exempt",
        "text": [
            "To consider the confidential recommendation of the Staffing Committee held on 1 July 2025 "
            "(confidential report to members only)."
        ],
    },
    {
        "number": "18",
        "title": "TOWN HALL ROOF REPAIRS - AWARD OF CONTRACT",
        "part": "exempt",
        "text": [
            "To consider the tender evaluation report and to award the contract for repairs to the Town Hall "
            "roof (confidential report to members only - commercially sensitive)."
        ],
    },
]
PART_II_BEFORE = "17"

# ---------------------------------------------------------------------------------------------------------------
# Minutes. Each item: ref, title as printed, agenda item, blocks.
# Blocks: ("p", text)             a paragraph (markdown **bold**); must not contain the word "resolved"
#         ("bullets", [texts])    a dashed list
#         ("res", text, parts)    a decision clause with the word RESOLVED; parts printed as a numbered list
#                                 (or inline in the text when `parts` is a tuple of inline parts)
#         ("vote", key)           a vote from VOTES, printed in its own style
#         ("note", text)          an italic procedural line (arrivals, departures)
# ---------------------------------------------------------------------------------------------------------------
RECORDED_FOR = ["Bhandari", "Carrow", "Fairweather", "Gethin", "Kemble", "Mirza", "Oyelaran", "Quayle"]
RECORDED_AGAINST = ["Aldred", "Dunstable", "Lockyer", "Prowse", "Yardley"]
RECORDED_ABSTAIN = ["Pennock"]

VOTES = {
    "grant": {
        "item": "FC/25/046",
        "result": "carried",
        "yes": 9,
        "no": 3,
        "abstain": 1,
        "motion": "Recommendation FGP/25/019: grant of £2,500 to Hartsford Community Association",
        "note": "Show of hands with Cllr Dunstable out of the room (13 voting).",
    },
    "amendment": {
        "item": "FC/25/051",
        "result": "lost",
        "yes": 5,
        "no": 8,
        "abstain": 1,
        "motion": "Amendment (Cllr Yardley): replace the April 2026 start with a public consultation first",
        "mover": "Yardley",
        "seconder": "Aldred",
    },
    "recorded": {
        "item": "FC/25/051",
        "result": "carried",
        "yes": len(RECORDED_FOR),
        "no": len(RECORDED_AGAINST),
        "abstain": len(RECORDED_ABSTAIN),
        "motion": "Substantive motion - Bridge Street Saturday closure",
        "mover": "Carrow",
        "seconder": "Gethin",
        "voters": {"yes": RECORDED_FOR, "no": RECORDED_AGAINST, "abstain": RECORDED_ABSTAIN},
        "note": "Recorded vote requested by Cllr Kemble under Standing Order 3(u).",
    },
    "lights": {
        "item": "FC/25/053",
        "result": "carried",
        "yes": 6,
        "no": 6,
        "abstain": 1,
        "motion": "Christmas lights Option B (three-year LED lease)",
        "note": "Tied 6-6 and carried on the Town Mayor's casting vote; figures kept as printed.",
    },
}

MINUTES = [
    {
        "ref": "FC/25/038",
        "title": "APOLOGIES FOR ABSENCE",
        "agenda": "1",
        "blocks": [
            (
                "p",
                f"Apologies were received from Cllr {COUNCILLORS['Threlfall'][0]} ({APOLOGIES[0][1]}) and Cllr "
                f"{COUNCILLORS['Nuttall'][0]} ({APOLOGIES[1][1]}).",
            ),
            (
                "res",
                "**RESOLVED** that the apologies of Cllrs Threlfall and Nuttall, for the reasons given, be accepted "
                "and approved.",
                [],
            ),
            (
                "p",
                f"No apology had been received from Cllr {COUNCILLORS['Harker'][0]}. Apologies were also received "
                f"from District Councillor {OTHER_APOLOGY[0]}.",
            ),
        ],
    },
    {
        "ref": "FC/25/039",
        "title": "DECLARATIONS OF INTEREST",
        "agenda": "2",
        "blocks": [
            (
                "p",
                "Cllr P Dunstable declared a non-registrable interest in minute FC/25/046 (recommendation "
                "FGP/25/019) as a trustee of Hartsford Community Association, and stated that he would leave the "
                "room for that item.",
            ),
            (
                "p",
                "Cllr R Bhandari declared an other registrable interest in minute FC/25/051 as a member of the "
                "committee of the Hartsford Chamber of Trade. As the motion did not directly relate to the finances "
                "or wellbeing of the Chamber, he remained in the meeting and took part in the item.",
            ),
            ("p", "No requests for dispensations had been received."),
        ],
    },
    {
        "ref": "FC/25/040",
        "title": "PUBLIC PARTICIPATION",
        "agenda": "3",
        "blocks": [
            (
                "p",
                "The Town Mayor adjourned the meeting at 7.03 pm to allow members of the public to speak. The "
                "following matters were raised:",
            ),
            (
                "bullets",
                [
                    "A resident of Tanner's Lane spoke in support of the notice of motion at agenda item 10, describing "
                    "the congestion and pavement parking on Bridge Street on market days and the benefit to families of "
                    "a traffic-free street.",
                    "The proprietor of a Bridge Street business spoke against the motion, citing concerns about "
                    "Saturday deliveries, customers with limited mobility and the lack of any survey of traders.",
                    "A resident asked when the replacement play equipment at Kingsmead Recreation Ground would be "
                    "installed, as the junior climbing frame had been fenced off since March. The Town Mayor advised "
                    "that the matter would be considered under minute FC/25/047.",
                    "A member of the Hartsford Civic Society asked whether the Town Hall roof works would respect the "
                    "listed status of the building. The Town Clerk confirmed that listed building consent had been "
                    "granted in April and that the works would be carried out under its conditions.",
                ],
            ),
            (
                "p",
                "PCSO Karen Whitlock reported that 41 crimes had been recorded in the Hartsford beat area in June, "
                "compared with 47 in May. Reports of anti-social behaviour around the skate park had fallen since "
                "the installation of the new lighting, and a speed watch session on Station Road had recorded 62 "
                "vehicles exceeding the limit in one hour. Members thanked PCSO Whitlock, who left at 7.26 pm.",
            ),
            ("note", "Cllr Yardley arrived at 7.22 pm, during the public session."),
            ("p", "The meeting was reconvened at 7.26 pm."),
        ],
    },
    {
        "ref": "FC/25/041",
        "title": "MINUTES",
        "agenda": "4",
        "blocks": [
            (
                "res",
                "**RESOLVED** that, subject to the amendment of minute FC/25/017 so that the name of the "
                "Council's representative on the Hartsford Twinning Association reads 'Cllr Quayle' in place of "
                "'Cllr Quale', the minutes of the Annual Meeting of the Town Council held on 12 May 2025 be "
                "approved as a correct record and signed by the Town Mayor.",
                [],
            ),
            (
                "res",
                "It was further **RESOLVED** that the minutes of the Extraordinary Meeting held on 16 June 2025 be "
                "approved as a correct record and signed by the Town Mayor.",
                [],
            ),
        ],
    },
    {
        "ref": "FC/25/042",
        "title": "TOWN MAYOR'S ANNOUNCEMENTS",
        "agenda": "5",
        "blocks": [
            (
                "p",
                "The Town Mayor reported that since the Annual Meeting she and the Deputy Town Mayor had carried "
                "out 23 civic engagements, including the Armed Forces Day flag-raising at the War Memorial on "
                "28 June, the Hartsford Carnival on 5 July, the reopening of the refurbished Hartsford Library and "
                "the 90th birthday celebrations of the Hartsford Silver Band. The Mayor's charity appeal for "
                "Hartsford Foodbank had so far raised £3,412. The Mayor thanked the Events and Communications "
                "Officer and the volunteers who had helped with the Carnival.",
            ),
            ("p", "The announcements were NOTED."),
        ],
    },
    {
        "ref": "FC/25/043",
        "title": "REPORTS FROM COUNTY AND DISTRICT COUNCILLORS",
        "agenda": "6",
        "blocks": [
            (
                "p",
                "County Councillor Brierley reported that resurfacing of Station Road between the railway bridge and "
                "the Kingsmead roundabout was programmed for the week commencing 15 September 2025, with overnight "
                "closures; that the County Council's consultation on home-to-school transport closes on 31 July; "
                "and that the automatic traffic count on Bridge Street requested by the Town Council had been "
                "completed and the results would be shared shortly. County Councillor Brierley left the meeting "
                "at 7.48 pm.",
            ),
            (
                "p",
                "Cllr Lockyer, in his capacity as a member of North Downshire District Council, reported that "
                "the Regulation 19 consultation on the District Local Plan would run until 29 August 2025 and "
                "that weekly food waste collections would begin in Hartsford in October.",
            ),
            ("p", "The reports were NOTED."),
        ],
    },
    {
        "ref": "FC/25/044",
        "title": "TOWN CLERK'S REPORT",
        "agenda": "7",
        "blocks": [
            ("p", "The Town Clerk's report had been circulated. In answer to questions the Town Clerk advised that:"),
            (
                "bullets",
                [
                    "the Town Hall lift had been repaired under the maintenance contract at no cost to the Council;",
                    "the vacancy for a part-time Caretaker had been advertised, with a closing date of 25 July;",
                    "the new website accessibility statement had been published and an audit of older PDF documents "
                    "was under way.",
                ],
            ),
            ("p", "Members NOTED the report."),
        ],
    },
    {
        "ref": "FC/25/045",
        "title": "PLANNING COMMITTEE",
        "agenda": "8.1",
        "blocks": [
            (
                "p",
                "The minutes of the Planning Committee meetings held on 2 June 2025 and 30 June 2025 were received "
                "and NOTED. Cllr Kemble, Chair of the Committee, drew members' attention to the District Council's "
                "refusal of application 25/00614/FUL (erection of 34 dwellings, land east of Mill Road), which "
                "the Committee had objected to, and advised that an appeal was expected.",
            ),
        ],
    },
    {
        "ref": "FC/25/046",
        "title": "FINANCE AND GENERAL PURPOSES COMMITTEE",
        "agenda": "8.2",
        "blocks": [
            ("p", "Cllr Pennock, Chair of the Committee, presented the minutes of the meeting held on 23 June 2025."),
            (
                "res",
                "**RESOLVED** that the minutes of the Finance and General Purposes Committee held on 23 June 2025 "
                "be received.",
                [],
            ),
            (
                "note",
                "Cllr Dunstable, having declared a non-registrable interest (minute FC/25/039), left the room at "
                "7.58 pm.",
            ),
            (
                "p",
                "**Recommendation FGP/25/019 - Grant to Hartsford Community Association.** The Committee had "
                "recommended a grant of £2,500 towards the costs of the Riverside Festival 2025. Cllr Aldred "
                "questioned whether the award was consistent with the limit of £1,500 per applicant in the "
                "Council's Grants Policy; the Responsible Financial Officer advised that paragraph 6 of the policy "
                "allows the Council to exceed the limit on the recommendation of the Committee, and that the "
                "grants budget (code 4710) had £6,850 remaining.",
            ),
            ("vote", "grant"),
            (
                "res",
                "It was therefore **RESOLVED** that a grant of £2,500 be awarded to Hartsford Community Association "
                "towards the costs of the Riverside Festival 2025, using the power in section 137 of the Local "
                "Government Act 1972, subject to receipt of the festival accounts by 31 December 2025.",
                [],
            ),
            ("note", "Cllr Dunstable returned to the meeting at 8.04 pm and was informed of the decision."),
        ],
    },
    {
        "ref": "FC/25/047",
        "title": "AMENITIES AND OPEN SPACES COMMITTEE",
        "agenda": "8.3",
        "blocks": [
            (
                "p",
                "Cllr Quayle, Chair of the Committee, presented the minutes of the meeting held on 7 July 2025, "
                "which had been circulated on 9 July. The Committee recommended (AOS/25/011) the replacement of "
                "the junior play equipment at Kingsmead Recreation Ground. Three quotations had been obtained: "
                "Playscape Leisure Ltd £38,740; Greenbank Play Systems £41,900; and Timbercraft Outdoor Ltd "
                "£44,215 (all excluding VAT). Members welcomed the inclusion of an accessible roundabout and "
                "asked that the old equipment be offered to local schools before disposal.",
            ),
            (
                "res",
                "**RESOLVED:**",
                [
                    "That the minutes of the Amenities and Open Spaces Committee held on 7 July 2025 be received.",
                    "That the quotation of Playscape Leisure Ltd in the sum of £38,740 (excluding VAT) for the supply "
                    "and installation of replacement junior play equipment at Kingsmead Recreation Ground be accepted.",
                    "That the cost be met from the Play Areas earmarked reserve (£30,000), with the balance of £8,740 "
                    "from general reserves.",
                ],
            ),
        ],
    },
    {
        "ref": "FC/25/048",
        "title": "SCHEDULE OF PAYMENTS",
        "agenda": "9.1",
        "blocks": [
            (
                "p",
                "The schedule of payments for June 2025 (Appendix A), totalling £46,218.37, and the bank "
                "reconciliation as at 30 June 2025 had been circulated. Cllr Fairweather queried payment 2025-0612 "
                "(£1,980.00 to Hartsford Signs Ltd); the Responsible Financial Officer confirmed that it related to "
                "the replacement noticeboards approved by the Finance and General Purposes Committee in April. "
                "The bank reconciliation was NOTED.",
            ),
            (
                "res",
                "Proposed by Cllr Pennock, seconded by Cllr Kemble and **RESOLVED** that the payments listed in "
                "the schedule for June 2025, totalling £46,218.37, be approved and the schedule be signed by two "
                "authorised members.",
                [],
            ),
        ],
    },
    {
        "ref": "FC/25/049",
        "title": "BUDGET MONITORING",
        "agenda": "9.2",
        "blocks": [
            (
                "p",
                "The Responsible Financial Officer presented the income and expenditure report for the quarter "
                "ended 30 June 2025. Income to date was £312,640 against a profiled budget of £309,100, including "
                "the first instalment of the precept (£298,500). Expenditure was £96,384 against a profiled budget "
                "of £104,770. The only significant variance was an overspend of £2,310 on cemetery grounds "
                "maintenance, caused by additional grass cutting in the wet spring, which was expected to be "
                "recovered by the end of the year.",
            ),
            ("p", "The report was NOTED."),
        ],
    },
    {
        "ref": "FC/25/050",
        "title": "INTERNAL AUDIT REPORT 2024/25",
        "agenda": "9.3",
        "blocks": [
            (
                "p",
                "The final report of the Internal Auditor, Downland Audit Services, for the year 2024/25 had been "
                "circulated. The auditor had made three recommendations: that the asset register be reconciled "
                "with the insurance schedule; that the Financial Regulations be updated to the 2024 model; and "
                "that the Council's risk assessment record the date of each review. The Town Clerk presented the "
                "proposed responses and timetable at Appendix B.",
            ),
            (
                "res",
                "**RESOLVED** that (a) the Internal Auditor's report for 2024/25 be received; and (b) the responses "
                "and action plan set out at Appendix B be adopted, with progress to be reported to the Finance "
                "and General Purposes Committee in October 2025.",
                ("a", "b"),
            ),
        ],
    },
    {
        "ref": "FC/25/051",
        "title": "NOTICE OF MOTION - BRIDGE STREET SATURDAY CLOSURE",
        "agenda": "10",
        "blocks": [
            ("p", "Cllr Carrow proposed, and Cllr Gethin seconded, the motion set out on the agenda:"),
            ("quote", MOTION_TEXT),
            (
                "p",
                "Cllr Carrow referred to the support expressed at the public session and to the success of similar "
                "schemes in neighbouring market towns. Cllr Gethin noted that the County Council's traffic count "
                "would inform any experimental order.",
            ),
            (
                "p",
                "Cllr Yardley proposed, and Cllr Aldred seconded, an amendment to replace the words 'from April "
                "2026 for a period of twelve months' with 'following a public consultation by the Town Council with "
                "residents and businesses, the results of which are to be reported to Council before any request "
                "is made'.",
            ),
            ("vote", "amendment"),
            (
                "p",
                "Debate continued on the substantive motion. Cllr Kemble requested a recorded vote under Standing "
                "Order 3(u), and the names of those voting were recorded as follows:",
            ),
            ("vote", "recorded"),
            (
                "res",
                "The motion was CARRIED and it was **RESOLVED** that this Council:",
                [
                    "asks Downshire County Council, as Highway Authority, to introduce an experimental traffic order "
                    "closing Bridge Street to motor vehicles between 10.00 am and 4.00 pm on Saturdays from April 2026 "
                    "for a period of twelve months; and",
                    "authorises the Town Clerk to work with the County Council, the Hartsford Chamber of Trade and "
                    "Bridge Street residents on the arrangements for loading and disabled access.",
                ],
            ),
        ],
    },
    {
        "ref": "FC/25/052",
        "title": "HARTSFORD NEIGHBOURHOOD PLAN REVIEW",
        "agenda": "11",
        "blocks": [
            (
                "p",
                "Cllr Mirza, Chair of the Neighbourhood Plan Steering Group, reported that the housing needs "
                "assessment and the design code had been completed with grant funding from Locality, and that the "
                "Regulation 14 consultation on the reviewed Plan was expected to begin in November 2025. The "
                "Steering Group had proposed revised Terms of Reference to allow up to four Council members and "
                "eight community members to serve.",
            ),
            (
                "res",
                "**RESOLVED** unanimously:",
                [
                    "that the revised Terms of Reference for the Neighbourhood Plan Steering Group be adopted; and",
                    "that Cllrs Aldred and Fairweather be appointed to the Steering Group.",
                ],
            ),
            (
                "between",
                "The Town Mayor adjourned the meeting at 8.41 pm for a short comfort break. The meeting "
                "reconvened at 8.50 pm. Cllr Prowse did not return to the meeting.",
            ),
        ],
    },
    {
        "ref": "FC/25/053",
        "title": "CHRISTMAS LIGHTS 2025",
        "agenda": "12",
        "blocks": [
            (
                "p",
                "The Events and Communications Officer presented her report, which compared three options: "
                "(A) continuing to hire the existing tungsten displays at £9,850 a year; (B) leasing new LED "
                "displays with installation, testing and maintenance included, at £14,200 a year for three years; "
                "and (C) purchasing LED displays outright at an estimated £51,600, with annual installation costs "
                "of about £4,900. Some members favoured Option C as offering better value over ten years, while "
                "others were concerned about storage and the use of reserves.",
            ),
            ("vote", "lights"),
            (
                "res",
                "**RESOLVED** that Option B be approved and the Town Clerk be authorised to enter into a three-year "
                "lease agreement with Festive Illuminations (UK) Ltd at an annual cost of £14,200, to be met from "
                "budget code 4420 (Christmas Lights).",
                [],
            ),
            ("note", "The Events and Communications Officer left the meeting at 9.00 pm."),
        ],
    },
    {
        "ref": "FC/25/054",
        "title": "REPRESENTATIVES ON OUTSIDE BODIES",
        "agenda": "13",
        "blocks": [
            (
                "p",
                "The Town Clerk reported that Cllr Harker had written to stand down as the Council's representative "
                "on the Hartsford Almshouse Charity.",
            ),
            (
                "res",
                "**RESOLVED** that Cllr Quayle be appointed as the Council's representative on the Hartsford "
                "Almshouse Charity for the remainder of the 2025/26 municipal year.",
                [],
            ),
        ],
    },
    {
        "ref": "FC/25/055",
        "title": "CORRESPONDENCE",
        "agenda": "14",
        "blocks": [
            ("p", "The following correspondence was NOTED:"),
            (
                "bullets",
                [
                    "(a) a letter from Hartsford Bowls Club thanking the Council for the new bench at the green;",
                    "(b) an email from the Downshire Association of Local Councils giving dates of autumn training, "
                    "including new councillor training on 4 October;",
                    "(c) a letter from a resident of Orchard Close about overhanging trees on the Council's land at "
                    "the Orchard Close open space.",
                ],
            ),
            (
                "p",
                "On item (c), it was agreed that the Town Clerk would arrange an inspection by the Council's tree "
                "contractor and report to the next meeting of the Amenities and Open Spaces Committee.",
            ),
        ],
    },
    {
        "ref": "FC/25/056",
        "title": "DATE OF NEXT MEETING",
        "agenda": "15",
        "blocks": [
            (
                "p",
                "It was noted that the next meeting of the Full Council will be held on Monday 8 September 2025 at "
                "7.00 pm in the Council Chamber.",
            ),
        ],
    },
    {
        "ref": "FC/25/057",
        "title": "EXCLUSION OF THE PRESS AND PUBLIC",
        "agenda": "16",
        "blocks": [
            (
                "res",
                "Proposed by the Town Mayor, seconded by Cllr Pennock and **RESOLVED** that, in accordance with "
                "section 1(2) of the Public Bodies (Admission to Meetings) Act 1960, the press and public be "
                "excluded from the meeting for the following two items by reason of the confidential nature of "
                "the business to be transacted, which relates to individual members of staff and to commercially "
                "sensitive tender information.",
                [],
            ),
            ("note", "The members of the press and public left the meeting at 9.03 pm."),
        ],
    },
    {
        "ref": "FC/25/058",
        "title": "STAFFING COMMITTEE RECOMMENDATION - PAY AND GRADING REVIEW",
        "agenda": "17",
        "blocks": [
            ("note", "The Deputy Town Clerk left the meeting at 9.04 pm for this item."),
            (
                "p",
                "Cllr Kemble, Chair of the Staffing Committee, presented the confidential recommendation of the "
                "Committee held on 1 July 2025, arising from the independent pay and grading review undertaken "
                "by the Downshire Association of Local Councils.",
            ),
            (
                "res",
                "**RESOLVED** that the recommendations of the Staffing Committee be approved, namely:",
                [
                    "that the post of Deputy Town Clerk and Responsible Financial Officer be regraded from SCP 24-27 to "
                    "SCP 28-31 with effect from 1 April 2025; and",
                    "that the Town Clerk be authorised to issue a revised statement of particulars of employment.",
                ],
            ),
            ("note", "The Deputy Town Clerk returned to the meeting at 9.19 pm."),
        ],
    },
    {
        "ref": "FC/25/059",
        "title": "TOWN HALL ROOF REPAIRS - AWARD OF CONTRACT",
        "agenda": "18",
        "blocks": [
            (
                "p",
                "The Town Clerk presented the tender evaluation report. Four tenders had been received by the "
                "closing date of 27 June 2025 following advertisement on Contracts Finder, and had been evaluated "
                "by the Town Clerk, the Council's surveyor and two members on the basis of 60% price and 40% "
                "quality. The highest scoring tender (86.5 points) was submitted by Pellow and Daughters Roofing "
                "Ltd. Members asked about the contingency and the programme; the surveyor's advice was that a 10% "
                "contingency should be held and that works could start in late September.",
            ),
            (
                "res",
                "Proposed by Cllr Lockyer, seconded by Cllr Gethin and **RESOLVED** unanimously that:",
                [
                    "the tender submitted by Pellow and Daughters Roofing Ltd in the sum of £112,460 (excluding VAT) "
                    "be accepted;",
                    "the cost, together with a contingency of £11,250, be met from the Town Hall Repairs earmarked "
                    "reserve (£85,000) and the balance from general reserves; and",
                    "the Town Clerk be authorised to notify the unsuccessful tenderers and to sign the contract on "
                    "behalf of the Council.",
                ],
            ),
        ],
    },
]
CLOSING = "There being no further business, the Town Mayor closed the meeting at 9.47 pm."


# ---------------------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------------------
class _Doc(FPDF):
    def __init__(self, running: str, initials: bool):
        super().__init__(format="A4")
        self.running = running
        self.initials = initials
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=24)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(160, 160, 160)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(60, 60, 60)
        if self.initials:
            self.cell(85, 5, "Town Mayor's initials ..............", align="L")
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        else:
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _check_text(text: str) -> None:
    assert "--" not in text and "__" not in text, text
    text.encode("latin-1")


def _para(
    pdf: FPDF,
    x: float,
    w: float,
    text: str,
    h: float = 5.0,
    style: str = "",
    size: float = 10.0,
    gap: float = 2.0,
    align: str = "J",
) -> None:
    _check_text(text)
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(x)
    pdf.multi_cell(w, h, text, markdown=True, align=align, new_x="LMARGIN", new_y="NEXT")
    if gap:
        pdf.ln(gap)


def _letterhead(pdf: FPDF) -> None:
    pdf.set_font("Times", "B", 20)
    pdf.cell(0, 9, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, ADDRESS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0, 5, f"Telephone: {PHONE}   Email: {EMAIL}   www.hartsford-tc.gov.uk", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(0, 5, f"Town Clerk: {CLERK} BA (Hons) CiLCA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.6)
    pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.ln(7)


def render_agenda(path: Path) -> None:
    pdf = _Doc(f"{COUNCIL} - Full Council - {DATE_LONG} - Agenda", initials=False)
    pdf.set_creation_date(CREATED)
    pdf.set_title(f"{COUNCIL} Full Council agenda {DATE_LONG}")
    pdf.set_author(COUNCIL)
    pdf.alias_nb_pages()
    pdf.add_page()
    _letterhead(pdf)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5, "8 July 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _para(pdf, 20, 170, "To: All Members of Hartsford Town Council", align="L")
    _para(pdf, 20, 170, "Dear Councillor,", align="L")
    _para(
        pdf,
        20,
        170,
        f"You are hereby summoned to attend a **Meeting of the Full Council** to be held in {VENUE} "
        f"on **{DATE_LONG} at 7.00 pm** for the purpose of transacting the business set out in the "
        "agenda below.",
    )
    _para(pdf, 20, 170, "Yours sincerely,", gap=6, align="L")
    pdf.set_font("Times", "I", 15)
    pdf.cell(0, 7, CLERK, new_x="LMARGIN", new_y="NEXT")
    _para(pdf, 20, 170, f"**{CLERK}**\nTown Clerk and Proper Officer", gap=3, align="L")
    pdf.set_fill_color(235, 235, 235)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(
        170,
        4.2,
        "Members of the public and press are welcome to attend. Members of the public may "
        "speak during the public participation session (agenda item 3) for up to three minutes each. "
        "The meeting may be filmed, photographed or recorded in accordance with the Openness of Local "
        "Government Bodies Regulations 2014; please inform the Town Clerk beforehand. Enquiries: "
        f"{CLERK}, Town Clerk, {PHONE}, {EMAIL}.",
        fill=True,
        border=1,
        padding=2,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for item in AGENDA:
        if item["number"] == PART_II_BEFORE:
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.cell(0, 6, "PART II - CONFIDENTIAL ITEMS", border="TB", align="C", new_x="LMARGIN", new_y="NEXT")
            _para(
                pdf,
                20,
                170,
                "The following items are likely to be taken in the absence of the press and "
                "public, subject to a resolution under agenda item 16.",
                style="I",
                size=9,
                align="C",
                gap=3,
            )
        sub = item.get("parent") is not None
        if pdf.get_y() > 255:
            pdf.add_page()
        num_x, title_x = (30, 42) if sub else (20, 30)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_x(num_x)
        pdf.cell(title_x - num_x, 5.5, item["number"] + ("" if sub else "."))
        _check_text(item["title"])
        pdf.multi_cell(190 - title_x, 5.5, item["title"], new_x="LMARGIN", new_y="NEXT")
        for line in item["text"]:
            quoted = line.startswith("'")
            x = title_x + (6 if quoted else 0)
            _para(pdf, x, 190 - x - (6 if quoted else 0), line, style="I" if quoted else "", size=10, gap=0)
        pdf.ln(3)
    pdf.output(str(path))


def _vote_lines(key: str) -> list[tuple[str, str]]:
    """A vote's printed text: a list of (kind, text)."""
    v = VOTES[key]
    if key == "grant":
        return [
            (
                "p",
                f"On being put to the vote there were {v['yes']} votes in favour, {v['no']} against and "
                f"{v['abstain']} abstention.",
            )
        ]
    if key == "amendment":
        return [
            (
                "p",
                f"The amendment was put to the vote and was **LOST** (For {v['yes']}; Against {v['no']}; "
                f"Abstentions {v['abstain']}).",
            )
        ]
    if key == "lights":
        return [
            (
                "p",
                f"A proposal by Cllr Pennock, seconded by Cllr Mirza, that Option B be approved was put to "
                f"the vote. There being {v['yes']} votes in favour and {v['no']} against, with "
                f"{v['abstain']} abstention, the Town Mayor used her casting vote in favour of the "
                "proposal.",
            )
        ]
    if key == "recorded":
        rows = []
        for label, option in (("For", "yes"), ("Against", "no"), ("Abstained", "abstain")):
            names = v["voters"][option]
            rows.append(
                (
                    "row",
                    f"{label} ({len(names)}):|Cllrs {names_list(sorted(names))}"
                    if len(names) > 1
                    else f"{label} ({len(names)}):|{cllr(names[0])}",
                )
            )
        return rows
    raise KeyError(key)


def render_minutes(path: Path) -> None:
    pdf = _Doc(f"{COUNCIL} - Full Council Minutes - {DATE_LONG}", initials=True)
    pdf.set_creation_date(MINUTES_CREATED)
    pdf.set_title(f"{COUNCIL} Full Council minutes {DATE_LONG}")
    pdf.set_author(COUNCIL)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    pdf.cell(0, 8, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    _para(
        pdf,
        20,
        170,
        f"**MINUTES** of the Meeting of the **Full Council** held in {VENUE}, on {DATE_LONG} at 7.00 pm",
        align="C",
        gap=1,
    )
    _para(
        pdf,
        20,
        170,
        "(Draft - subject to approval at the meeting of the Council on 8 September 2025)",
        style="I",
        size=9,
        align="C",
        gap=4,
    )

    label_w = 46
    others = [k for k in PRESENT if k != CHAIR]
    text = (
        ", ".join(
            COUNCILLORS[k][0]
            + (f" ({COUNCILLORS[k][2]})" if COUNCILLORS[k][2] else "")
            + (f" ({LATE[k]})" if k in LATE else "")
            for k in others[:-1]
        )
        + f" and {COUNCILLORS[others[-1]][0]}"
        + (f" ({LATE[others[-1]]})" if others[-1] in LATE else "")
    )
    blocks = [
        ("PRESENT:", f"Councillor {COUNCILLORS[CHAIR][0]} (Town Mayor) - in the Chair\nCouncillors {text}"),
        (
            "OBSERVING REMOTELY:",
            f"Councillor {COUNCILLORS['Ashdown'][0]} (by video link; not present for the "
            "purposes of the quorum or voting)",
        ),
        ("IN ATTENDANCE:", "\n".join(f"{n} ({r})" + (f" - {w}" if w else "") for n, r, w in OFFICERS)),
        ("ALSO PRESENT:", "\n".join(line for _, _, line in ALSO_PRESENT) + "\n" + PUBLIC_LINE),
    ]
    for label, body in blocks:
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(label_w, 5, label)
        _para(pdf, 20 + label_w, 170 - label_w, body, size=10, gap=2.5, align="L")
    pdf.ln(1)
    _para(
        pdf,
        20,
        170,
        f"Prior to the commencement of business, the Mayor's Chaplain, {CHAPLAIN}, led those present in prayer.",
        style="I",
        size=10,
        gap=4,
    )

    ref_w = 26
    tx = 20 + ref_w
    tw = 170 - ref_w
    for item in MINUTES:
        if pdf.get_y() > 248:
            pdf.add_page()
        if item["ref"] == "FC/25/058":
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.cell(0, 6, "PART II - CONFIDENTIAL", border="TB", align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_x(20)
        pdf.cell(ref_w, 5.5, item["ref"])
        pdf.multi_cell(tw, 5.5, item["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for block in item["blocks"]:
            kind = block[0]
            if kind == "p":
                assert "resolved" not in block[1].lower(), block[1]
                _para(pdf, tx, tw, block[1])
            elif kind == "quote":
                _para(pdf, tx + 6, tw - 12, block[1], style="I")
            elif kind == "note":
                _para(pdf, tx, tw, block[1], style="I")
            elif kind == "between":
                pdf.ln(1)
                _para(pdf, 20, 170, block[1], style="I", align="C", gap=4)
            elif kind == "bullets":
                for b in block[1]:
                    assert "resolved" not in b.lower()
                    pdf.set_font("Helvetica", "", 10)
                    marker, rest = ("-", b)
                    if re.match(r"\([a-z]\) ", b):
                        marker, rest = b.split(" ", 1)
                    pdf.set_x(tx + 2)
                    pdf.cell(7, 5, marker)
                    _para(pdf, tx + 9, tw - 9, rest, gap=1)
                pdf.ln(1)
            elif kind == "res":
                _, text, parts = block
                _para(pdf, tx, tw, text, gap=1.5 if isinstance(parts, list) and parts else 2)
                if isinstance(parts, list):
                    for i, part in enumerate(parts, 1):
                        pdf.set_font("Helvetica", "", 10)
                        pdf.set_x(tx + 3)
                        pdf.cell(7, 5, f"{i}.")
                        _para(pdf, tx + 10, tw - 10, part, gap=1)
                    if parts:
                        pdf.ln(1.5)
            elif kind == "vote":
                for vk, vt in _vote_lines(block[1]):
                    if vk == "p":
                        _para(pdf, tx, tw, vt)
                    else:
                        label, names = vt.split("|")
                        pdf.set_font("Helvetica", "B", 10.5)
                        pdf.set_x(tx + 6)
                        pdf.cell(30, 5, label)
                        _para(pdf, tx + 36, tw - 36, names, gap=1, align="L")
                if block[1] == "recorded":
                    pdf.ln(1.5)
            else:
                raise ValueError(kind)
        pdf.ln(2)
    pdf.ln(2)
    _para(pdf, 20, 170, CLOSING, gap=14)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(95, 6, "Signed .............................................. Town Mayor")
    pdf.cell(0, 6, "Date ...............................", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    out = []
    for sub, stem, render in (("agendas", AGENDA_FILE, render_agenda), ("minutes", MINUTES_FILE, render_minutes)):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        path = folder / sub / f"{stem}.pdf"
        render(path)
        out.append(path)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------------------------
def _res_count(block: tuple) -> int:
    parts = block[2]
    return max(1, len(parts))


def _hm(text: str) -> str:
    h, m = re.match(r"(\d+)\.(\d+) pm", text).groups()
    return f"{int(h) + 12:02d}:{m}"


def gold() -> dict:
    meeting = {
        "body": BODY,
        "date": DATE_ISO,
        "start_time": START,
        "contact": {"name": CLERK, "phone": PHONE, "email": EMAIL},
    }
    agenda = [
        {
            "number": it["number"],
            "title": it["title"],
            "pages": None,
            "part": it.get("part", "public"),
            "parent": it.get("parent"),
        }
        for it in AGENDA
    ]
    agenda_record = {
        "file": f"generated/agendas/{AGENDA_FILE}.pdf",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "No agenda item prints a page number, so every item's pages are null.",
            "Items 8 and 9 are bare headings printed with numbers, so they are items and 8.1-8.3 and 9.1-9.3 "
            "are their sub-items.",
            "Titles are the bold capitalised headings as printed; the 'To ...' lines under them and the quoted "
            "motion text are descriptions, not titles or items.",
            "Item 16 (the exclusion resolution) is taken in public; only items 17 and 18 under the PART II "
            "banner are exempt, and the banner is not an item.",
            "The meeting contact is the Town Clerk named in the enquiries box of the summons.",
        ],
        "meeting": meeting,
        "agenda": agenda,
    }

    items, per_item, votes = [], {}, []
    for m in MINUTES:
        items.append({"number": m["ref"], "title": m["title"], "agenda_item": m["agenda"]})
        count = sum(_res_count(b) for b in m["blocks"] if b[0] == "res")
        if count:
            per_item[m["ref"]] = count
        for b in m["blocks"]:
            if b[0] == "vote":
                v = VOTES[b[1]]
                vote = {
                    "item": v["item"],
                    "result": v["result"],
                    "counts": {"yes": v["yes"], "no": v["no"], "abstain": v["abstain"]},
                    "motion": v["motion"],
                }
                for k in ("mover", "seconder", "note"):
                    if k in v:
                        vote[k] = v[k]
                if "voters" in v:
                    vote["voters"] = {k: list(names) for k, names in v["voters"].items()}
                votes.append(vote)

    attendance = []
    for k in PRESENT:
        role = COUNCILLORS[k][2]
        if k == CHAIR:
            role = "Town Mayor (Chair)"
        rec = {"name": COUNCILLORS[k][0], "status": "present"}
        if role:
            rec["role"] = role
        attendance.append(rec)
    for k in REMOTE:
        attendance.append({"name": COUNCILLORS[k][0], "status": "virtual"})
    for n, r, _ in OFFICERS:
        attendance.append({"name": n, "status": "in_attendance", "role": r})
    for n, r, _ in ALSO_PRESENT:
        attendance.append({"name": n, "status": "also_present", "role": r})
    for k, _reason in APOLOGIES:
        attendance.append({"name": COUNCILLORS[k][0], "status": "apologies"})
    attendance.append({"name": OTHER_APOLOGY[0], "status": "apologies", "role": OTHER_APOLOGY[1]})
    for k in ABSENT:
        attendance.append({"name": COUNCILLORS[k][0], "status": "absent"})

    minutes_record = {
        "file": f"generated/minutes/{MINUTES_FILE}.pdf",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute numbers are the council's references FC/25/038 to FC/25/059 printed in the left margin; each "
            "agenda sub-item (8.1-8.3, 9.1-9.3) has its own minute, so agenda_item gives the dotted number.",
            "Resolutions count every clause containing the word RESOLVED (including 'It was further RESOLVED' and "
            "'It was therefore RESOLVED'); where one RESOLVED governs a numbered list or an inline (a)/(b) list, "
            "each numbered or lettered part counts separately.",
            "Items recorded only as NOTED, 'It was agreed' (FC/25/055) or 'It was noted' are not resolutions, and "
            "the amendment that was LOST at FC/25/051 is not a resolution.",
            "The 'RESOLVED unanimously' decisions at FC/25/052 and FC/25/059 print no figures, so they are not "
            "recorded as votes.",
            "The Christmas lights vote (FC/25/053) is kept as printed, 6 for, 6 against and 1 abstention, and "
            "marked carried because the Town Mayor's casting vote decided it.",
            "The recorded vote at FC/25/051 lists voters by surname exactly as the For/Against/Abstained names "
            "print them.",
            "Cllr Yardley arrived late (7.22 pm) and is present; Cllr Prowse and Cllr Dunstable left during the "
            "meeting but are still recorded as present.",
            "Cllr Ashdown observed by video link and was not legally present, so he is recorded as virtual, not "
            "present or apologies.",
            "District Councillor Ken Osei's apologies are printed in the apologies minute, so he is recorded as "
            "apologies although he is not a town councillor.",
            "Cllr Harker, who sent no apology, is recorded as absent.",
            "The Mayor's Chaplain who led prayers and the unnamed members of the public and press are not "
            "part of the attendance.",
            "The end time is the time the Town Mayor closed the meeting (9.47 pm); the adjournments for public "
            "participation and the comfort break do not change the start time.",
        ],
        "meeting": {"body": BODY, "date": DATE_ISO, "start_time": START, "end_time": _hm(CLOSING.split(" at ")[-1])},
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
    }
    assert minutes_record["meeting"]["end_time"] == END
    return {
        f"agendas__{AGENDA_FILE}": agenda_record,
        f"minutes__{MINUTES_FILE}": minutes_record,
    }

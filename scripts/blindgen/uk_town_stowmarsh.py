"""Stowmarsh Town Council (fictional market town in Suffolk): Full Council, Monday 8 September 2025.

Two files, printed the way a Suffolk or Norfolk town clerk prints them from a Word template:

* ``agendas/stowmarsh-town-council_full-council_2025-09-08_agenda.pdf`` - the statutory summons on the
  council letterhead ("You are hereby summoned to attend ..."), signed by the Town Clerk three clear days
  before the meeting, then a numbered agenda: bold item headings with an explanatory "To receive ..."
  line beneath, decimal sub-items (9.1, 10.1, 12.1) under Committee Minutes, Finance and Community
  Grants, a numbered Public Forum item, and a Part 2 banner before the confidential staffing item.
  No page references are printed against items; the footer prints "Page x of y".
* ``minutes/stowmarsh-town-council_full-council_2025-09-08_minutes.pdf`` - draft minutes with a
  running header and a "Page x of y" / Chairman's initials footer.  Present members are set in two
  columns with their offices in brackets; officers "In attendance" and county/district councillors and
  the PCSO "Also present" follow.  Apologies and the one absence are recorded under the first minute.
  Minutes are numbered FC25/101 onwards in the left margin with capitalised headings; one item was
  taken out of agenda order, so minute numbers run in the order taken.  Decisions are recorded in the
  "RESOLVED" form, sometimes with numbered parts; votes are recorded variously as "Proposed ...
  seconded ... Voting: 9 in favour ...", "carried by 9 votes to 2, with 1 abstention", inline
  "RESOLVED (10 for, 0 against, 1 abstention)", a lost amendment, a lost notice of motion, and a
  recorded vote (Standing Order 3(u)) naming members For / Against / Abstained.  Late arrival, early
  departures, a member leaving the room for an item where she declared an interest, an adjournment
  for the Public Forum and a comfort break, and the exclusion of the press and public are all minuted.

Everything (people, places, sums, wording) is invented.  The agenda, the minutes and the gold records
are all produced from the module-level structures below.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

COUNCIL = "Stowmarsh Town Council"
BODY = "Full Council"
DATE_ISO = "2025-09-08"
DATE_LONG = "Monday 8 September 2025"
START = "19:00"
END = "21:24"
VENUE = "the Council Chamber, Town Hall, Market Place, Stowmarsh"
ADDRESS = "Town Hall, Market Place, Stowmarsh, Suffolk IP99 4TC"
PHONE = "01632 960418"
EMAIL = "clerk@stowmarshtowncouncil.org.uk"
CLERK = "Karen Rumsby"
CREATED = dt.datetime(2025, 9, 2, 10, 15, tzinfo=dt.timezone.utc)
CREATED_MINUTES = dt.datetime(2025, 9, 12, 14, 40, tzinfo=dt.timezone.utc)

AGENDA_FILE = "agendas/stowmarsh-town-council_full-council_2025-09-08_agenda.pdf"
MINUTES_FILE = "minutes/stowmarsh-town-council_full-council_2025-09-08_minutes.pdf"

# ----------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------

# (full name, role for gold, bracket text printed after the name)
PRESENT = [
    ("Jane Abbott", "Town Mayor", "Town Mayor, in the Chair"),
    ("Robert Fulcher", "Deputy Town Mayor", "Deputy Town Mayor"),
    ("Linda Borrett", None, None),
    ("Sarah Catchpole", None, "until 8.40pm"),
    ("Margaret Garrod", None, None),
    ("Clare Girling", None, None),
    ("Neil Hammond", None, None),
    ("David Keeble", None, None),
    ("Graham Kemball", None, None),
    ("Anne Sillett", None, None),
    ("Peter Thurlow", None, None),
    ("Tom Woolnough", None, "from 7.41pm"),
]

OFFICERS = [
    ("Karen Rumsby", "Town Clerk and Responsible Financial Officer"),
    ("Daniel Aldous", "Deputy Town Clerk"),
    ("Lucy Cattermole", "Administration Officer (minutes)"),
]

# (printed prefix, name, role for gold, printed suffix)
ALSO_PRESENT = [
    ("County Councillor", "Philip Gooderham", "County Councillor", "(Suffolk County Council) - until 8.02pm"),
    ("District Councillor", "Harriet Mayhew", "District Councillor", "(Orwen Vale District Council) - until 8.02pm"),
    ("PCSO", "Emma Kerridge", "PCSO, Suffolk Constabulary", "(Suffolk Constabulary) - for minute FC25/108"),
]
PUBLIC_LINE = "14 members of the public and one representative of the press (Stowmarsh Mercury)"

APOLOGIES = [("Paul Scarfe", "work commitments"), ("Helen Brame", "illness")]
ABSENT = ["Martin Durrant"]

# ----------------------------------------------------------------------------------------------
# Agenda
# ----------------------------------------------------------------------------------------------

# number, title, explanatory text (or None), parent, part
AGENDA = [
    (
        "1",
        "Apologies for Absence",
        "To receive apologies for absence and to consider approval of the reasons given.",
        None,
        "public",
    ),
    (
        "2",
        "Declarations of Interest",
        "To receive declarations of Disclosable Pecuniary Interests, Other Registrable Interests and Non-Registrable "
        "Interests in items on this agenda, and to consider any written requests for dispensations.",
        None,
        "public",
    ),
    (
        "3",
        "Minutes of the Previous Meeting",
        "To approve and sign as a correct record the minutes of the Full Council meeting held on Monday 14 July 2025 "
        "(circulated).",
        None,
        "public",
    ),
    (
        "4",
        "Public Forum",
        "The meeting will be adjourned for a period of up to 15 minutes to allow members of the public to address the "
        "Council on matters relating to the business of the Council. Each speaker is limited to three minutes.",
        None,
        "public",
    ),
    (
        "5",
        "Town Mayor's Announcements",
        "To receive the Town Mayor's announcements and report of engagements attended since the last meeting.",
        None,
        "public",
    ),
    (
        "6",
        "County and District Councillors' Reports",
        "To receive reports from the County Councillor and District Councillors for the Stowmarsh divisions and wards.",
        None,
        "public",
    ),
    ("7", "Police Report", "To receive the report of the Stowmarsh Safer Neighbourhood Team.", None, "public"),
    (
        "8",
        "Town Clerk's Report",
        "To receive the Town Clerk's report on progress with actions arising from previous meetings (for information).",
        None,
        "public",
    ),
    (
        "9",
        "Committee Minutes",
        "To receive the minutes, and to consider any recommendations, of the following committees (circulated):",
        None,
        "public",
    ),
    ("9.1", "Planning and Highways Committee - 21 July and 18 August 2025", None, "9", "public"),
    ("9.2", "Amenities and Open Spaces Committee - 28 July 2025", None, "9", "public"),
    ("9.3", "Finance and General Purposes Committee - 1 September 2025", None, "9", "public"),
    ("10", "Finance", None, None, "public"),
    ("10.1", "To approve the schedule of payments for July and August 2025 totalling £48,216.37", None, "10", "public"),
    ("10.2", "To receive the bank reconciliations for July and August 2025", None, "10", "public"),
    ("10.3", "To note the budget monitoring report to 31 August 2025", None, "10", "public"),
    (
        "10.4",
        "To receive the External Auditor's Report and Certificate for 2024/25 and to note the publication of "
        "the Notice of Conclusion of Audit",
        None,
        "10",
        "public",
    ),
    (
        "11",
        "Mill Meadow Recreation Ground - Junior Play Area",
        "To consider the tenders received for the replacement of the junior play equipment, and the recommendation of "
        "the Amenities and Open Spaces Committee (minute AOS25/034), and to award the contract (report FC 09/25-01).",
        None,
        "public",
    ),
    (
        "12",
        "Community Grants",
        "To consider the following applications under the Council's Community Grants Scheme (applications circulated):",
        None,
        "public",
    ),
    ("12.1", "Stowmarsh Carnival Association - £750", None, "12", "public"),
    ("12.2", "Stowmarsh and District Foodbank - £1,000", None, "12", "public"),
    ("12.3", "Orwen Valley Riding for the Disabled Group - £400", None, "12", "public"),
    (
        "13",
        "Christmas Lights 2025",
        "To consider quotations for the hire, installation and removal of the Christmas lights and to agree the "
        "arrangements for the switch-on event on Saturday 29 November 2025.",
        None,
        "public",
    ),
    (
        "14",
        "Orwen Vale Local Plan Review - Regulation 18 Consultation",
        "To agree the Council's response to the Orwen Vale District Council Local Plan Review (Regulation 18) "
        "consultation, which closes on 30 September 2025. Draft response prepared by the Planning and Highways "
        "Committee attached.",
        None,
        "public",
    ),
    (
        "15",
        "Notice of Motion",
        'To consider the following motion, received from Cllr Tom Woolnough under Standing Order 9: "That this '
        "Council supports the introduction of a 20mph speed limit throughout Stowmarsh town centre and writes to "
        'Suffolk County Council as highway authority asking it to bring forward a scheme in 2026."',
        None,
        "public",
    ),
    (
        "16",
        "Correspondence",
        "To receive correspondence received since the last meeting (list circulated).",
        None,
        "public",
    ),
    (
        "17",
        "Items for the Next Agenda",
        "Members are reminded that no decisions can be taken under this item.",
        None,
        "public",
    ),
    (
        "18",
        "Date of Next Meeting",
        "To note that the next meeting of the Full Council will be held on Monday 13 October 2025 at 7.00pm.",
        None,
        "public",
    ),
    (
        "19",
        "Exclusion of the Press and Public",
        "To resolve that, in view of the confidential nature of the business about to be transacted, the press and "
        "public be excluded from the meeting for the following item under the Public Bodies (Admission to Meetings) "
        "Act 1960, section 1(2).",
        None,
        "public",
    ),
    (
        "20",
        "Staffing Matters",
        "To consider the recommendation of the Personnel Committee (minute P25/012) on the "
        "Council's staffing structure. CONFIDENTIAL - report to members only.",
        None,
        "exempt",
    ),
]
PART2_BEFORE = "20"


# ----------------------------------------------------------------------------------------------
# Votes
# ----------------------------------------------------------------------------------------------


def _names(surnames: list[str]) -> str:
    if len(surnames) == 1:
        return "Cllr " + surnames[0]
    return "Cllrs " + ", ".join(surnames[:-1]) + " and " + surnames[-1]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _vote(style, yes, no, abstain, result, motion, mover=None, seconder=None, voters=None, requested_by=None):
    """A vote with the sentence the clerk prints for it (several house phrasings)."""
    if style == "proposed":
        text = (
            f"Proposed by Cllr {mover}, seconded by Cllr {seconder}. Voting: {yes} in favour, {no} against, "
            f"{_plural(abstain, 'abstention')}."
        )
    elif style == "amendment":
        text = (
            f"On being put to the vote the amendment was **LOST** ({yes} in favour, {no} against, "
            f"{abstain} abstentions)."
        )
    elif style == "substantive":
        text = (
            f"The substantive motion, proposed by Cllr {mover} and seconded by Cllr {seconder}, was then put to "
            f"the vote and was carried by {yes} votes to {no}, with {_plural(abstain, 'abstention')}."
        )
    elif style == "inline":
        text = f"({yes} for, {no} against, {_plural(abstain, 'abstention')})"
    elif style == "motion_lost":
        text = f"The motion was put to the vote and was **LOST**: For {yes}, Against {no}, Abstentions {abstain}."
    elif style == "recorded":
        text = (
            f"A recorded vote having been requested by Cllr {requested_by} in accordance with Standing Order "
            f"3(u), the voting was as follows:"
        )
    else:
        raise ValueError(style)
    return {
        "style": style,
        "yes": yes,
        "no": no,
        "abstain": abstain,
        "result": result,
        "motion": motion,
        "mover": mover,
        "seconder": seconder,
        "voters": voters,
        "text": text,
    }


V_MINUTES = _vote(
    "proposed",
    9,
    0,
    2,
    "carried",
    "That the minutes of 14 July 2025 be approved as amended",
    mover="Fulcher",
    seconder="Garrod",
)
V_PLAY_AMEND = _vote(
    "amendment",
    4,
    8,
    0,
    "lost",
    "Amendment: that the award be deferred to allow consultation with young people",
    mover="Thurlow",
    seconder="Hammond",
)
V_PLAY = _vote(
    "substantive", 9, 2, 1, "carried", "To accept the tender from Wherry Play Ltd", mover="Kemball", seconder="Girling"
)
V_CARNIVAL = _vote(
    "inline",
    10,
    0,
    1,
    "carried",
    "Grant of £750 to Stowmarsh Carnival Association",
    mover="Fulcher",
    seconder="Catchpole",
)
V_LOCALPLAN = _vote(
    "recorded",
    7,
    3,
    1,
    "carried",
    "That the draft response, as amended, be submitted",
    mover="Fulcher",
    seconder="Borrett",
    requested_by="Woolnough",
    voters={
        "yes": ["Abbott", "Borrett", "Fulcher", "Garrod", "Girling", "Kemball", "Woolnough"],
        "no": ["Hammond", "Sillett", "Thurlow"],
        "abstain": ["Keeble"],
    },
)
V_MOTION = _vote(
    "motion_lost",
    5,
    6,
    0,
    "lost",
    "Notice of Motion: 20mph speed limit in the town centre",
    mover="Woolnough",
    seconder="Thurlow",
)

# ----------------------------------------------------------------------------------------------
# Minutes
# ----------------------------------------------------------------------------------------------
# Blocks: ("p", text) paragraph; ("i", text) italic note; ("sub", label, heading); ("list", [lines]);
# ("vote", vote); ("res", lead, parts) - lead ends the sentence, or introduces the numbered parts;
# ("resv", text with {v}, vote) - a Resolved clause carrying its own figures.

MINUTES = [
    (
        "FC25/101",
        "APOLOGIES FOR ABSENCE",
        "1",
        [
            (
                "p",
                "Apologies for absence were received from Cllr Paul Scarfe (work commitments) and Cllr Helen Brame "
                "(illness).",
            ),
            ("res", "**RESOLVED** to accept the apologies and the reasons given.", []),
            (
                "p",
                "Cllr Martin Durrant was absent. No apology had been received and the Town Clerk was asked to make "
                "contact with him.",
            ),
        ],
    ),
    (
        "FC25/102",
        "DECLARATIONS OF INTEREST AND REQUESTS FOR DISPENSATIONS",
        "2",
        [
            (
                "p",
                "Cllr Sillett declared a Non-Registrable Interest in agenda item 12.1 (Stowmarsh Carnival "
                "Association) as Treasurer of the Association, and stated that she would leave the room for that "
                "item.",
            ),
            (
                "p",
                "Cllr Keeble declared an Other Registrable Interest in agenda item 14 as a member of Orwen Vale "
                "District Council and of its Local Plan Working Group. He stated that he would take part in the "
                "discussion with an open mind but would not vote on the Council's response.",
            ),
            (
                "p",
                "Cllr Girling declared a Non-Registrable Interest in agenda item 11 as her grandchildren use the "
                "Mill Meadow play area. She considered that the interest was not so significant as to affect her "
                "judgement and remained in the meeting.",
            ),
            ("p", "No requests for dispensations had been received."),
        ],
    ),
    (
        "FC25/103",
        "MINUTES OF THE PREVIOUS MEETING",
        "3",
        [
            (
                "p",
                "Cllr Kemball pointed out that minute FC25/094 recorded the cost of the replacement noticeboard "
                "at Church Street as £3,540, which should read £3,450. Members agreed the correction.",
            ),
            ("vote", V_MINUTES),
            (
                "res",
                "**RESOLVED** that the minutes of the Full Council meeting held on Monday 14 July 2025, as "
                "amended, be approved as a correct record and signed by the Town Mayor.",
                [],
            ),
            ("p", "Cllrs Borrett and Girling abstained as they had not been present at that meeting."),
        ],
    ),
    (
        "FC25/104",
        "PUBLIC FORUM",
        "4",
        [
            ("p", "The Town Mayor adjourned the meeting at 7.06pm for the Public Forum."),
            (
                "p",
                "Three residents of the Mill Lane and Fen Lane area spoke about the proposed replacement of the "
                "junior play equipment at Mill Meadow. Two welcomed the proposal but asked that the new layout "
                "include equipment suitable for children with disabilities; the third asked whether the "
                "basketball hoop would be kept, as it was well used by older children in the evenings.",
            ),
            (
                "p",
                "A resident of Bridge Street raised continuing concerns about vehicles parking on the pavement "
                "outside the pharmacy, which forced pedestrians with pushchairs into the road. The Town Mayor "
                "suggested that this be raised with the Safer Neighbourhood Team under item 7.",
            ),
            (
                "p",
                "A resident of Orchard Close asked the Council to provide additional dog bins along the riverside "
                "footpath between Mill Meadow and the Maltings. The Deputy Town Clerk undertook to report on "
                "possible locations to the next meeting of the Amenities and Open Spaces Committee.",
            ),
            (
                "p",
                "The representative of the Stowmarsh Carnival Association thanked the Council for its support of "
                "the 2025 carnival, which had raised over £6,000 for local good causes.",
            ),
            ("p", "The meeting reconvened at 7.33pm."),
            (
                "res",
                "In view of the number of residents present for agenda item 11, it was **RESOLVED** that the order "
                "of business be varied so that item 11 be taken as the next item.",
                [],
            ),
        ],
    ),
    (
        "FC25/105",
        "MILL MEADOW RECREATION GROUND - REPLACEMENT JUNIOR PLAY EQUIPMENT",
        "11",
        [
            ("i", "(Agenda item 11, taken out of order - see minute FC25/104.)"),
            (
                "p",
                "The Deputy Town Clerk introduced report FC 09/25-01. Following the recommendation of the Amenities "
                "and Open Spaces Committee (minute AOS25/034), tenders had been invited from five suppliers for the "
                "design, supply and installation of replacement junior play equipment, the existing equipment "
                "having been identified as life-expired in the annual independent inspection. Three tenders had "
                "been received:",
            ),
            (
                "list",
                [
                    "PlayScape East Ltd - £41,870.00 plus VAT",
                    "Wherry Play Ltd - £38,460.00 plus VAT",
                    "Broadland Leisure Installations - £44,120.00 plus VAT",
                ],
            ),
            (
                "p",
                "The tenders had been scored against the published criteria of price (60%) and quality, play value "
                "and inclusivity (40%), and the tender from Wherry Play Ltd had scored highest on both. The scheme "
                "could be funded from Community Infrastructure Levy receipts of £25,000 held by the Council and the "
                "balance from the Play Areas earmarked reserve, which stood at £21,300.",
            ),
            ("i", "Cllr Woolnough arrived at 7.41pm."),
            (
                "p",
                "Members welcomed the inclusion of a wheelchair-accessible roundabout and an inclusive "
                "basket swing in the Wherry Play design, which addressed the points raised in the Public Forum. The "
                "Deputy Town Clerk confirmed that the basketball hoop would be retained and relocated within the "
                "site.",
            ),
            (
                "p",
                "Cllr Thurlow proposed an amendment, seconded by Cllr Hammond, that the award of the contract be "
                "deferred to the October meeting to allow the designs to be shown to pupils at Stowmarsh Primary "
                "School and the Stowmarsh Youth Club.",
            ),
            ("vote", V_PLAY_AMEND),
            ("vote", V_PLAY),
            (
                "res",
                "**RESOLVED**:",
                [
                    "To accept the tender from Wherry Play Ltd in the sum of £38,460.00 plus VAT for the replacement of "
                    "the junior play equipment at Mill Meadow Recreation Ground.",
                    "That the scheme be funded from Community Infrastructure Levy receipts (£25,000) and the Play Areas "
                    "earmarked reserve (£13,460).",
                    "To delegate to the Town Clerk, in consultation with the Chair of the Amenities and Open Spaces "
                    "Committee, the agreement of the final layout and installation date, and that the designs be shown "
                    "to the primary school and youth club before installation.",
                ],
            ),
            ("p", "Nine members of the public left the meeting at 7.58pm."),
        ],
    ),
    (
        "FC25/106",
        "TOWN MAYOR'S ANNOUNCEMENTS AND ENGAGEMENTS",
        "5",
        [
            ("p", "The Town Mayor reported that since the last meeting she had attended the following engagements:"),
            (
                "list",
                [
                    "the Stowmarsh Carnival procession and fete, 19 July;",
                    "the opening of the refurbished Maltings Community Centre, 26 July;",
                    "the civic service of the Mayor of Orwen Market, 3 August;",
                    "the Stowmarsh Horticultural Society Summer Show, 16 August (presenting the cups);",
                    "the 100th birthday celebration of Mrs Ivy Pettit at Fen Lane Care Home, 28 August.",
                ],
            ),
            (
                "p",
                "The Town Mayor also reminded members that her charity quiz night in aid of the Orwen Valley "
                "Riding for the Disabled Group would be held at the Town Hall on Friday 10 October 2025.",
            ),
        ],
    ),
    (
        "FC25/107",
        "REPORTS FROM COUNTY AND DISTRICT COUNCILLORS",
        "6",
        [
            (
                "p",
                "County Councillor Gooderham reported that resurfacing of the A1196 between the Bridge Street "
                "roundabout and the Station Road junction would take place overnight from 22 September, with a "
                "diversion in place. The County Council's review of the 88 bus service was expected to conclude "
                "in November and he encouraged residents to respond. In answer to a question from Cllr Borrett "
                "he undertook to chase the replacement of the bus shelter on Needham Road, which had been damaged "
                "in June.",
            ),
            (
                "p",
                "District Councillor Mayhew reported on the progress of the Local Plan Review, the introduction "
                "of weekly food waste collections from April 2026 and the District Council's new Community "
                "Enablement Fund, which would open for applications in October. Cllr Keeble added that the "
                "District Council's Planning Committee would consider the application for the former Cooper's "
                "Yard site on 24 September.",
            ),
            ("p", "The Town Mayor thanked the County and District Councillors for their reports, which were noted."),
            ("i", "County Councillor Gooderham and District Councillor Mayhew left the meeting at 8.02pm."),
        ],
    ),
    (
        "FC25/108",
        "POLICE REPORT",
        "7",
        [
            (
                "p",
                "PCSO Kerridge presented the report of the Safer Neighbourhood Team for July and August 2025. 37 "
                "crimes had been recorded in the Stowmarsh area, compared with 44 for the same period last year, "
                "of which 11 were shoplifting offences in the town centre. Reports of anti-social behaviour in the "
                "Market Place on Friday and Saturday evenings had reduced following additional patrols.",
            ),
            (
                "p",
                "With regard to the matter raised in the Public Forum, PCSO Kerridge advised that obstruction of "
                "the footway was a matter for the police where it caused an obstruction, and that the team would "
                "include Bridge Street in its patrol plan. Residents were encouraged to report incidents online.",
            ),
            ("p", "The Town Mayor thanked PCSO Kerridge, who left the meeting at 8.10pm."),
        ],
    ),
    (
        "FC25/109",
        "TOWN CLERK'S REPORT",
        "8",
        [
            (
                "p",
                "The Town Clerk's report, circulated with the agenda, was received. Members noted in particular "
                "that the repairs to the Town Hall roof had been completed within budget, that the allotment "
                "water supply at Hollow Lane had been renewed, and that the Clerk had completed the CiLCA "
                "qualification.",
            ),
            (
                "p",
                "Cllr Hammond asked about progress with the new Town Council website. The Town Clerk advised "
                "that the new website met the accessibility regulations and would go live on 1 October 2025.",
            ),
            (
                "i",
                "The Town Mayor adjourned the meeting at 8.16pm for a short comfort break. The meeting "
                "reconvened at 8.22pm with the same members present.",
            ),
        ],
    ),
    (
        "FC25/110",
        "MINUTES OF COMMITTEES",
        "9",
        [
            ("sub", "a)", "Planning and Highways Committee - 21 July and 18 August 2025"),
            (
                "res",
                "**RESOLVED** to receive the minutes of the meetings of the Planning and Highways Committee held "
                "on 21 July and 18 August 2025.",
                [],
            ),
            ("sub", "b)", "Amenities and Open Spaces Committee - 28 July 2025"),
            ("p", "The recommendation at minute AOS25/034 had been dealt with under minute FC25/105 above."),
            (
                "res",
                "**RESOLVED**:",
                [
                    "To receive the minutes of the meeting of the Amenities and Open Spaces Committee held on 28 July "
                    "2025.",
                    "To adopt the recommendation at minute AOS25/036 that allotment rents for 2026/27 be set at £38.00 "
                    "per full plot (250 square metres) and £20.00 per half plot, with a 50% concession for tenants "
                    "in receipt of Pension Credit.",
                ],
            ),
            ("sub", "c)", "Finance and General Purposes Committee - 1 September 2025"),
            (
                "p",
                "The minutes of the meeting were received and noted. Cllr Garrod, Chair of the Committee, "
                "introduced the recommendation at minute FGP25/019 that the Council adopt revised Financial "
                "Regulations based on the 2025 model published by NALC, with the tender threshold set at £30,000.",
            ),
            (
                "res",
                "**RESOLVED** to adopt the recommendation at minute FGP25/019 and to adopt the revised Financial "
                "Regulations with immediate effect.",
                [],
            ),
        ],
    ),
    (
        "FC25/111",
        "FINANCE",
        "10",
        [
            ("sub", "a)", "Schedule of payments"),
            (
                "res",
                "**RESOLVED** to approve the schedule of payments for July 2025 (£21,904.12) and August 2025 "
                "(£26,312.25), totalling £48,216.37, and that the schedules be signed by Cllrs Garrod and "
                "Kemball.",
                [],
            ),
            ("sub", "b)", "Bank reconciliations"),
            (
                "p",
                "The bank reconciliations for July and August 2025 were received. Cllr Hammond, as the member "
                "appointed to verify the reconciliations, confirmed that he had checked them against the bank "
                "statements and signed them.",
            ),
            ("sub", "c)", "Budget monitoring"),
            (
                "p",
                "The Town Clerk and RFO presented the budget monitoring report to 31 August 2025. Income was in "
                "line with budget; expenditure stood at 39% of the annual budget at the end of the fifth month. "
                "The overspend on the grounds maintenance budget reflected the additional grass cutting required "
                "in June and would be met from the contingency budget.",
            ),
            ("res", "**RESOLVED** to note the budget monitoring report to 31 August 2025.", []),
            ("sub", "d)", "External audit 2024/25"),
            (
                "res",
                "**RESOLVED** to receive the External Auditor's Report and Certificate for the year ended 31 March "
                "2025, which raised no matters for the Council's attention, and to note that the Notice of "
                "Conclusion of Audit had been published on the Council's website and noticeboards on 1 September "
                "2025.",
                [],
            ),
        ],
    ),
    (
        "FC25/112",
        "COMMUNITY GRANTS",
        "12",
        [
            (
                "p",
                "Members considered the three applications, which had been assessed by the Town Clerk against the "
                "criteria of the Community Grants Scheme. £3,150 remained in the 2025/26 grants budget.",
            ),
            ("i", "Having declared an interest (minute FC25/102), Cllr Sillett left the room at 8.31pm."),
            ("sub", "a)", "Stowmarsh Carnival Association - £750"),
            (
                "resv",
                "Proposed by Cllr Fulcher, seconded by Cllr Catchpole and **RESOLVED** {v} to award a grant of "
                "£750 to the Stowmarsh Carnival Association towards the cost of road closures and stewarding for "
                "the 2026 carnival.",
                V_CARNIVAL,
            ),
            ("i", "Cllr Sillett returned to the meeting at 8.36pm."),
            ("sub", "b)", "Stowmarsh and District Foodbank - £1,000"),
            (
                "res",
                "**RESOLVED** unanimously to award a grant of £1,000 to the Stowmarsh and District Foodbank "
                "towards the purchase of a chest freezer and winter stock.",
                [],
            ),
            ("sub", "c)", "Orwen Valley Riding for the Disabled Group - £400"),
            (
                "p",
                "The Town Clerk advised that the Group was based outside the parish, and that under the Scheme "
                "grants to organisations outside the parish were limited to £250 unless at least half of the "
                "beneficiaries lived in Stowmarsh. The Group had indicated that seven of its 22 riders lived "
                "in the town.",
            ),
            (
                "res",
                "It was **RESOLVED** to award a grant of £250 to the Orwen Valley Riding for the Disabled Group, "
                "being the maximum permitted under the Scheme.",
                [],
            ),
            ("i", "Cllr Catchpole left the meeting at 8.40pm."),
        ],
    ),
    (
        "FC25/113",
        "CHRISTMAS LIGHTS 2025",
        "13",
        [
            (
                "p",
                "The Deputy Town Clerk reported that the three-year contract for the hire of the Christmas lights "
                "had ended in January 2025. Two quotations had been received for a further three-year hire, "
                "including installation, testing and removal each year: Festive Lighting East Ltd, £9,850 plus "
                "VAT per annum, and Brightway Illuminations, £11,200 plus VAT per annum. The Festive Lighting "
                "East quotation included the replacement of the Market Place tree lights with LED lights at no "
                "extra cost.",
            ),
            (
                "p",
                "Members discussed the switch-on event. The Stowmarsh Business Association had offered to run "
                "a Christmas market in the Market Place on the same afternoon.",
            ),
            (
                "res",
                "**RESOLVED** that:",
                [
                    "The quotation of Festive Lighting East Ltd of £9,850 plus VAT per annum for the three years "
                    "2025/26 to 2027/28 be accepted.",
                    "The Christmas lights switch-on be held on Saturday 29 November 2025 at 4.30pm in the Market Place, "
                    "and the Town Clerk apply to Suffolk County Council for the necessary road closure.",
                    "A budget of £2,500 be approved for the switch-on event from the Events budget, and the offer of the "
                    "Business Association to run a Christmas market be accepted with thanks.",
                ],
            ),
        ],
    ),
    (
        "FC25/114",
        "ORWEN VALE LOCAL PLAN REVIEW - REGULATION 18 CONSULTATION",
        "14",
        [
            (
                "p",
                "Cllr Fulcher, Chair of the Planning and Highways Committee, introduced the draft response prepared "
                "by the Committee. The consultation document proposed 640 new dwellings in Stowmarsh over the "
                "plan period, on three sites: STW1 Land west of Station Road (180 dwellings), STW2 the former "
                "Cooper's Yard (70 dwellings) and STW3 Land north of Fen Lane (240 dwellings), together with "
                "150 dwellings already permitted.",
            ),
            (
                "p",
                "The draft response supported STW1 and STW2 but raised serious concerns about STW3 on the grounds "
                "of flood risk, the capacity of Fen Lane and the lack of primary school places. Cllr Hammond "
                "considered that the response should go further and object to any further allocations until the "
                "new primary school had been delivered; Cllr Thurlow and Cllr Sillett agreed. Cllr Woolnough "
                "proposed that the paragraph on STW3 be strengthened to a formal objection, and this was accepted "
                "by the proposer and seconder of the motion.",
            ),
            ("p", "Cllr Keeble took part in the discussion but, as declared at minute FC25/102, did not vote."),
            ("vote", V_LOCALPLAN),
            (
                "res",
                "**RESOLVED** that the draft response, amended so as to object to the allocation of site STW3, be "
                "approved and submitted to Orwen Vale District Council by the Town Clerk before the closing date "
                "of 30 September 2025.",
                [],
            ),
        ],
    ),
    (
        "FC25/115",
        "NOTICE OF MOTION - 20MPH SPEED LIMIT IN THE TOWN CENTRE",
        "15",
        [
            (
                "p",
                "Cllr Woolnough moved the motion set out on the agenda, which was seconded by Cllr Thurlow. He "
                "referred to the 20mph schemes introduced in two other Suffolk market towns and to the number of "
                "near misses reported by residents at the Bridge Street crossing.",
            ),
            (
                "p",
                "Several members supported the principle but were concerned that the Council had no evidence of "
                "traffic speeds in the town centre, and noted that the County Council would expect a town council "
                "to contribute towards the cost of a scheme.",
            ),
            ("vote", V_MOTION),
            (
                "p",
                "Cllr Hammond then proposed, and Cllr Girling seconded, that the matter be referred to the "
                "Planning and Highways Committee to gather evidence.",
            ),
            (
                "res",
                "**RESOLVED** that the Planning and Highways Committee be asked to arrange speed surveys in "
                "Bridge Street, Market Place and Church Street, using the Council's speed indicator device, and "
                "report back to the Council by March 2026.",
                [],
            ),
        ],
    ),
    (
        "FC25/116",
        "CORRESPONDENCE",
        "16",
        [
            ("p", "The list of correspondence was received. Members noted in particular:"),
            (
                "list",
                [
                    "a letter from the Orwen Vale Citizens Advice thanking the Council for its 2025/26 grant;",
                    "notification from Anglian Water of works to the sewer in Church Street from 6 October 2025;",
                    "an invitation to the Suffolk Association of Local Councils' annual conference on 15 November;",
                    "a request from Stowmarsh Bowls Club for permission to hold a charity tea in the Town Hall "
                    "garden (referred to the Amenities and Open Spaces Committee).",
                ],
            ),
        ],
    ),
    (
        "FC25/117",
        "ITEMS FOR THE NEXT AGENDA",
        "17",
        [
            (
                "p",
                "The following items were suggested: review of cemetery fees and charges for 2026/27; Remembrance "
                "Sunday arrangements; dog bins on the riverside footpath (see minute FC25/104).",
            ),
        ],
    ),
    (
        "FC25/118",
        "DATE OF NEXT MEETING",
        "18",
        [
            (
                "p",
                "The next meeting of the Full Council will be held on Monday 13 October 2025 at 7.00pm in the "
                "Council Chamber.",
            ),
        ],
    ),
    (
        "FC25/119",
        "EXCLUSION OF THE PRESS AND PUBLIC",
        "19",
        [
            (
                "res",
                "**RESOLVED** that, under section 1(2) of the Public Bodies (Admission to Meetings) Act 1960, the "
                "press and public be excluded from the meeting for the following item of business by reason of "
                "the confidential nature of the business to be transacted, which relates to individual members of "
                "staff.",
                [],
            ),
            (
                "i",
                "The representative of the press and the remaining members of the public left the meeting at "
                "9.02pm. The Deputy Town Clerk and the Administration Officer left the meeting at 9.03pm.",
            ),
        ],
    ),
    (
        "FC25/120",
        "STAFFING MATTERS - PERSONNEL COMMITTEE RECOMMENDATION",
        "20",
        [
            (
                "p",
                "The Town Mayor, as Chair of the Personnel Committee, introduced the confidential report. The "
                "Town Clerk took the minute for this item.",
            ),
            (
                "res",
                "**RESOLVED** to approve the recommendation of the Personnel Committee (minute P25/012):",
                [
                    "That the post of Deputy Town Clerk be regraded to NJC scale points 25 to 28 with effect from "
                    "1 October 2025.",
                    "That a new part-time post of Events and Communications Officer (18.5 hours per week, scale points "
                    "12 to 17) be created and recruitment begin in October, the cost in 2025/26 to be met from the "
                    "staffing contingency.",
                ],
            ),
        ],
    ),
]
CLOSE_LINE = "There being no further business, the Town Mayor closed the meeting at 9.24pm."

# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------


class _Doc(FPDF):
    def __init__(self, kind: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.kind = kind
        self.set_margins(20, 18, 18)
        self.set_auto_page_break(True, margin=24)
        self.alias_nb_pages()

    def header(self):
        if self.kind == "minutes" and self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.set_xy(20, 9)
            self.cell(85, 4, f"{COUNCIL} - Full Council - 8 September 2025")
            self.cell(87, 4, "DRAFT - subject to approval at the next meeting", align="R")
            self.set_draw_color(120, 120, 120)
            self.line(20, 14, 192, 14)
            self.set_y(18)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        if self.kind == "minutes":
            self.set_x(20)
            self.cell(86, 4, "Chairman's initials ...............")
            self.cell(86, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        else:
            self.set_x(20)
            self.cell(172, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def _new(kind: str, title: str, created: dt.datetime) -> _Doc:
    pdf = _Doc(kind)
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author(COUNCIL)
    pdf.set_creator("Microsoft Word for Microsoft 365")
    pdf.add_page()
    return pdf


def _letterhead(pdf: _Doc) -> None:
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 9, "STOWMARSH TOWN COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 4.5, ADDRESS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4.5, f"Tel: {PHONE}    Email: {EMAIL}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4.5, f"Town Clerk: {CLERK}", align="C", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 2
    pdf.set_line_width(0.6)
    pdf.line(20, y, 192, y)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 5)


def _build_agenda(path: Path) -> None:
    pdf = _new("agenda", "Full Council Agenda 8 September 2025", CREATED)
    _letterhead(pdf)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(86, 5, "To: All Members of the Town Council")
    pdf.cell(86, 5, "2 September 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Dear Councillor,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(
        0,
        5,
        f"You are hereby summoned to attend a meeting of the **FULL COUNCIL** to be held in {VENUE} "
        f"on **{DATE_LONG.upper()} at 7.00pm** for the purpose of transacting the business set out "
        "below.",
        markdown=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Yours sincerely,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(7)
    pdf.set_font("Times", "I", 14)
    pdf.cell(0, 6, "K. Rumsby", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5, CLERK, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Town Clerk and RFO", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for number, title, text, parent, _part in AGENDA:
        if number == PART2_BEFORE:
            pdf.ln(3)
            if pdf.get_y() > 240:
                pdf.add_page()
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.multi_cell(
                0,
                5,
                "PART 2 - ITEMS TO BE CONSIDERED IN THE ABSENCE OF THE PRESS AND PUBLIC",
                align="C",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(2)
        if parent is None:
            if pdf.get_y() > 252:
                pdf.add_page()
            pdf.ln(2.5)
            y = pdf.get_y()
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.set_xy(20, y)
            pdf.cell(10, 5.5, f"{number}.")
            pdf.set_xy(30, y)
            pdf.multi_cell(162, 5.5, title, new_x="LMARGIN", new_y="NEXT")
            if text:
                pdf.set_font("Helvetica", "", 10.5)
                pdf.set_x(30)
                pdf.multi_cell(162, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        else:
            y = pdf.get_y() + 1
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_xy(30, y)
            pdf.cell(12, 5.2, number)
            pdf.set_xy(42, y)
            pdf.multi_cell(150, 5.2, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    if pdf.get_y() > 235:
        pdf.add_page()
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "Notes for members of the public", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for note in [
        "Members of the public and press are welcome to attend. Anyone wishing to speak in the Public Forum is "
        "asked to let the Town Clerk know before the meeting starts.",
        "The meeting may be filmed, photographed or recorded in accordance with the Openness of Local Government "
        "Bodies Regulations 2014. Please advise the Town Clerk beforehand if you intend to record the meeting.",
        "Papers for this meeting are available on the Council's website and from the Town Hall during office hours "
        "(Monday to Friday, 9.30am to 1.00pm).",
    ]:
        pdf.multi_cell(0, 4.4, note, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def _minutes_para(pdf: _Doc, text: str, style: str = "", indent: float = 0) -> None:
    pdf.set_font("Helvetica", style, 10)
    pdf.set_x(45 + indent)
    pdf.multi_cell(147 - indent, 5, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)


def _build_minutes(path: Path) -> None:
    pdf = _new("minutes", "Full Council Minutes 8 September 2025", CREATED_MINUTES)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "STOWMARSH TOWN COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(
        0,
        5.5,
        f"Minutes of the meeting of the Full Council held in {VENUE}, on {DATE_LONG} at 7.00pm",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    # Present - two columns, as typed with tabs in the Word template
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.set_xy(20, y)
    pdf.cell(25, 5, "Present:")
    pdf.set_font("Helvetica", "", 10)
    labels = [f"Cllr {name}" + (f" ({bracket})" if bracket else "") for name, _r, bracket in PRESENT]
    first, rest = labels[:2], labels[2:]
    for label in first:
        pdf.set_xy(45, y)
        pdf.cell(147, 5, label)
        y += 5
    half = (len(rest) + 1) // 2
    for i in range(half):
        pdf.set_xy(45, y)
        pdf.cell(74, 5, rest[i])
        if i + half < len(rest):
            pdf.set_xy(119, y)
            pdf.cell(73, 5, rest[i + half])
        y += 5
    y += 3
    pdf.set_xy(20, y)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(22, 5, "In attendance:")
    pdf.set_font("Helvetica", "", 10)
    for name, role in OFFICERS:
        pdf.set_xy(45, y)
        pdf.cell(147, 5, f"{name} - {role}")
        y += 5
    y += 3
    pdf.set_xy(20, y)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(22, 5, "Also present:")
    pdf.set_font("Helvetica", "", 10)
    for prefix, name, _role, suffix in ALSO_PRESENT:
        pdf.set_xy(45, y)
        pdf.cell(147, 5, f"{prefix} {name} {suffix}")
        y += 5
    pdf.set_xy(45, y)
    pdf.cell(147, 5, PUBLIC_LINE)
    pdf.set_y(y + 9)
    _minutes_para(
        pdf,
        "The Town Mayor opened the meeting at 7.00pm, welcomed those present and reminded the "
        "meeting that it was being recorded to assist with the taking of the minutes.",
    )

    for number, title, _agenda_item, blocks in MINUTES:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.ln(2)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(22, 5, number)
        pdf.set_xy(45, y)
        pdf.multi_cell(147, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                _minutes_para(pdf, block[1])
            elif kind == "i":
                _minutes_para(pdf, block[1], "I")
            elif kind == "sub":
                if pdf.get_y() > 255:
                    pdf.add_page()
                pdf.set_font("Helvetica", "B", 10)
                pdf.set_x(45)
                pdf.multi_cell(147, 5, f"{block[1]}  {block[2]}", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "list":
                for line in block[1]:
                    pdf.set_font("Helvetica", "", 10)
                    y = pdf.get_y()
                    pdf.set_xy(50, y)
                    pdf.cell(5, 5, "-")
                    pdf.set_xy(55, y)
                    pdf.multi_cell(137, 5, line, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.8)
            elif kind == "vote":
                vote = block[1]
                _minutes_para(pdf, vote["text"])
                if vote["style"] == "recorded":
                    for key, label in (("yes", "For"), ("no", "Against"), ("abstain", "Abstained")):
                        names = vote["voters"][key]
                        pdf.set_font("Helvetica", "", 10)
                        y = pdf.get_y()
                        pdf.set_xy(50, y)
                        pdf.cell(30, 5, f"{label} ({len(names)}):")
                        pdf.set_xy(80, y)
                        pdf.multi_cell(112, 5, _names(names), new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.8)
            elif kind == "res":
                lead, parts = block[1], block[2]
                _minutes_para(pdf, lead)
                for i, part in enumerate(parts, 1):
                    pdf.set_font("Helvetica", "", 10)
                    y = pdf.get_y()
                    pdf.set_xy(50, y)
                    pdf.cell(7, 5, f"{i}.")
                    pdf.set_xy(57, y)
                    pdf.multi_cell(135, 5, part, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1)
                if parts:
                    pdf.ln(0.8)
            elif kind == "resv":
                _minutes_para(pdf, block[1].format(v=block[2]["text"]))
            else:
                raise ValueError(kind)
    pdf.ln(2)
    if pdf.get_y() > 250:  # keep the closing line with the signature block
        pdf.add_page()
    _minutes_para(pdf, CLOSE_LINE)
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_x(45)
    pdf.cell(90, 5, "Signed ........................................ Chairman")
    pdf.cell(60, 5, "Date ..............................", new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    _build_agenda(agenda)
    _build_minutes(minutes)
    return [agenda, minutes]


# ----------------------------------------------------------------------------------------------
# Gold
# ----------------------------------------------------------------------------------------------


def _resolution_count(block) -> int:
    if block[0] == "res":
        return len(block[2]) or 1
    if block[0] == "resv":
        return 1
    return 0


def _votes() -> list[dict]:
    out = []
    for number, _title, _agenda_item, blocks in MINUTES:
        for block in blocks:
            vote = block[1] if block[0] == "vote" else block[2] if block[0] == "resv" else None
            if vote is None:
                continue
            record = {
                "item": number,
                "result": vote["result"],
                "counts": {"yes": vote["yes"], "no": vote["no"], "abstain": vote["abstain"]},
                "motion": vote["motion"],
            }
            if vote["mover"]:
                record["mover"] = vote["mover"]
            if vote["seconder"]:
                record["seconder"] = vote["seconder"]
            if vote["voters"]:
                record["voters"] = vote["voters"]
            out.append(record)
    return out


def _attendance() -> list[dict]:
    out = []
    for name, role, _bracket in PRESENT:
        entry = {"name": name, "status": "present"}
        if role:
            entry["role"] = role
        out.append(entry)
    for name, role in OFFICERS:
        out.append({"name": name, "status": "in_attendance", "role": role})
    for _prefix, name, role, _suffix in ALSO_PRESENT:
        out.append({"name": name, "status": "also_present", "role": role})
    for name, _reason in APOLOGIES:
        out.append({"name": name, "status": "apologies"})
    for name in ABSENT:
        out.append({"name": name, "status": "absent"})
    return out


def _meeting() -> dict:
    return {"body": BODY, "date": DATE_ISO, "start_time": START}


def gold() -> dict:
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Every numbered heading is an item, including 4 Public Forum, which the agenda numbers like any other.",
            "Decimal sub-items 9.1-9.3, 10.1-10.4 and 12.1-12.3 are sub-items with parent 9, 10 and 12.",
            "Titles are the bold headings; the explanatory 'To receive ...' sentence under a heading is not part "
            "of the title, while the sub-items have no heading and their whole printed line is the title.",
            "The 'PART 2 - ITEMS TO BE CONSIDERED IN THE ABSENCE OF THE PRESS AND PUBLIC' banner is not an item; "
            "item 20 under it is exempt, while item 19 (the exclusion resolution itself) is public.",
            "No page numbers are printed against items, so pages are null.",
            "The meeting contact is the Town Clerk named on the letterhead and in the signature.",
        ],
        "meeting": {**_meeting(), "contact": {"name": CLERK, "phone": PHONE, "email": EMAIL}},
        "agenda": [
            {"number": n, "title": t, "pages": None, "part": part, "parent": parent}
            for n, t, _text, parent, part in AGENDA
        ],
    }
    per_item = {}
    for number, _title, _agenda_item, blocks in MINUTES:
        per_item[number] = sum(_resolution_count(b) for b in blocks)
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute items are the twenty margin-numbered minutes FC25/101-FC25/120; the lettered sub-headings "
            "a)-d) inside FC25/110, FC25/111 and FC25/112 are parts of those minutes, not minute items.",
            "Agenda item 11 was taken immediately after the Public Forum, so FC25/105 maps to agenda item 11 and "
            "FC25/106-FC25/110 map to agenda items 5-9.",
            "The minutes record decisions as 'RESOLVED', so only Resolved clauses are counted: 'received and "
            "noted' (FC25/110 c), FC25/107), the bank reconciliations received (FC25/111 b)) and 'members agreed "
            "the correction' (FC25/103) are not counted.",
            "Each numbered part under one RESOLVED counts one: FC25/105 (3), FC25/110 b) (2), FC25/113 (3) and "
            "FC25/120 (2).",
            "A single RESOLVED joining 'to receive ... and to note ...' (FC25/111 d)) counts one because its "
            "parts are not numbered.",
            "The resolution varying the order of business is minuted under FC25/104 (Public Forum) and counted there.",
            "The lost amendment (FC25/105) and the lost notice of motion (FC25/115) are not resolutions; the "
            "referral to the Planning and Highways Committee that followed in FC25/115 is a Resolved clause and "
            "counts.",
            "The exclusion of the press and public (FC25/119) is a Resolved clause and counts.",
            "Votes are only those with printed figures; 'RESOLVED unanimously' (FC25/112 b)) prints no figures "
            "and is not listed.",
            "The minutes-approval vote in FC25/103 is recorded as 'Proposed ... seconded ... Voting: 9 in favour, "
            "0 against, 2 abstentions' and is carried.",
            "The recorded vote in FC25/114 names members For, Against and Abstained; Cllr Keeble, said not to "
            "vote, is printed under Abstained and is kept there.",
            "Apologies (Scarfe, Brame) and the absence of Cllr Durrant are taken from minute FC25/101, the only "
            "place they are printed.",
            "Cllr Woolnough (arrived 7.41pm) and Cllr Catchpole (left 8.40pm) are present, as is Cllr Keeble, "
            "who attended as a town councillor although he is also a district councillor.",
            "The County Councillor, District Councillor and PCSO printed under 'Also present' are also_present; "
            "the unnamed members of the public and press are not attendance entries.",
            "Roles are the offices printed in brackets for members and the job titles printed for officers; "
            "'from 7.41pm' and 'until 8.40pm' are not roles.",
            "End time is from 'closed the meeting at 9.24pm'; the Public Forum adjournment (7.06pm-7.33pm) and "
            "the comfort break (8.16pm-8.22pm) do not change the start or end.",
        ],
        "meeting": _meeting(),
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": [{"number": n, "title": t, "agenda_item": a} for n, t, a, _b in MINUTES],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": _votes(),
            "attendance": _attendance(),
        },
    }
    return {
        "agendas__stowmarsh-town-council_full-council_2025-09-08_agenda": agenda_record,
        "minutes__stowmarsh-town-council_full-council_2025-09-08_minutes": minutes_record,
    }

"""Auchterbrae Council (fictional Scottish council in the Fife / Central belt mould): Inverkeil Area Committee.

One meeting, Wednesday 12 November 2025, printed as two files:

* ``agendas/auchterbrae_inverkeil-area-committee_2025-11-12_agenda.pdf`` - the agenda front sheet in the
  house style of a Fife-type area committee: committee name, "Blended Meeting" venue line, date and time,
  "AGENDA" and a right-hand "Page Nos." column (page numbers printed on the first line of each item, as
  "3 - 8"). Items are numbered 1-13 in capitals followed by " - Report by the Head of ...". Items 3
  (MINUTES) and 8 (AREA BUDGETS) carry lettered sub-items "(a)", "(b)". An unnumbered banner
  ("Items 12 and 13 - It is recommended that under Section 50A(4) ...") sits before the two exempt items.
  Page 2 onwards carries "- 2 -" centred at the top and the page ends with a continuation marker "9./"
  naming the first item of the next page, then the closing block (reminder to members, the Head of Legal
  and Democratic Services' name and address, date of issue, committee officer contact) and a boxed
  "BLENDED MEETING NOTICE".
* ``minutes/auchterbrae_inverkeil-area-committee_2025-11-12_minutes.pdf`` - the minute, in the style of
  Fife area committee minutes: a minute-book page reference "2025 IAC 41", "2025 IAC 42" ... at the top
  right of every page (these are page numbers, not paragraph numbers); a heading "THE AUCHTERBRAE
  COUNCIL - INVERKEIL AREA COMMITTEE - BLENDED MEETING", venue, date with start and end time
  ("10.00 a.m. - 1.05 p.m."); hanging-label blocks PRESENT / ATTENDING / ALSO IN ATTENDANCE / APOLOGY
  FOR ABSENCE; then paragraphs numbered 87-99 continuing the year's sequence, bold capital titles,
  cross references "(Para. 81 of 2025 IAC 38 refers)", "Motion" / "Amendment" / "Roll Call" or "Vote"
  sub-headings and a "Decision" paragraph closing each item. The clerk never uses the word "resolved":
  decisions are "The committee agreed:-" / "The committee:-" followed by numbered (1), (2) or lettered
  (a), (b) parts, or a single sentence ("The committee noted the report."). Arrivals, departures, a
  declaration of interest, an adjournment, a varied order of business (agenda item 7 taken before 6) and
  an exclusion of the public before the two exempt items are all recorded in the running text.

All people, places, amounts and wording are invented. The data below drives both the PDFs and the gold.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

COUNCIL = "Auchterbrae Council"
AREA = "Inverkeil"
BODY = "Inverkeil Area Committee"
DATE_ISO = "2025-11-12"
START = "10:00"
END = "13:05"
SLUG = "auchterbrae_inverkeil-area-committee_2025-11-12"
AGENDA_FILE = f"agendas/{SLUG}_agenda.pdf"
MINUTES_FILE = f"minutes/{SLUG}_minutes.pdf"
CREATED = datetime(2025, 11, 20, 9, 30, tzinfo=timezone.utc)
MINUTE_CODE = "2025 IAC"
FIRST_MINUTE_PAGE = 41

CONTACT = {
    "name": "Eilidh Reekie",
    "phone": "03451 555777, ext. 471186",
    "email": "Eilidh.Reekie@auchterbrae.gov.uk",
}

# --------------------------------------------------------------------------------------------- people
# (full name, role printed in brackets or None); Convener first, then by surname, as the clerk prints them
MEMBERS = [
    ("Morag Inglis", "Convener"),
    ("Kirsty Baird", None),
    ("Ailsa Brodie", None),
    ("Fraser Cunningham-Hay", None),
    ("Callum Dewar", None),
    ("Tam Gillespie", None),
    ("Andy Kinnear", None),
    ("Euan Lumsden", None),
    ("Shona McAra", None),
    ("Derek Pattullo", None),
    ("Graeme Rintoul", None),
    ("Lorna Whyte", None),
]
REMOTE = ["Ailsa Brodie", "Tam Gillespie"]
APOLOGIES = ["Fiona Rennie"]

# officers, grouped by service as the ATTENDING block prints them
OFFICERS = [
    (
        "Communities and Neighbourhoods Service",
        [
            ("Niall Buchanan", "Community Manager (Inverkeil)"),
            ("Rhona Stenhouse", "Community Development Team Manager"),
        ],
    ),
    (
        "Roads and Transportation Services",
        [
            ("Gordon Aitchison", "Lead Professional (Traffic Management)"),
            ("Carol Mathieson", "Service Manager - Structural Services"),
        ],
    ),
    ("Housing Services", [("Iain Dow", "Housing Manager (Inverkeil)")]),
    ("Business and Employability Service", [("Pamela Kerr", "Lead Officer - Business Support")]),
    ("Property Services", [("Alasdair Frew", "Service Manager - Estates")]),
    ("Legal and Democratic Services", [("Joanna Moffat", "Solicitor"), ("Eilidh Reekie", "Committee Officer")]),
]

# (rank/title printed before the name, name, role)
ALSO = [
    ("Chief Inspector", "Karen Dalgleish", "Local Area Commander, Police Scotland"),
    ("Sergeant", "Lewis Baxter", "Inverkeil Community Policing Team, Police Scotland"),
    ("Station Commander", "Ross Tennant", "Inverkeil Community Fire Station, Scottish Fire and Rescue Service"),
]


def surname(name: str) -> str:
    return name.split(" ", 1)[1]


# ---------------------------------------------------------------------------------------------- agenda
# number, title (as printed), "report by" tail or None, pages (first, last) or None, part, parent
AGENDA = [
    ("1", "APOLOGIES FOR ABSENCE", None, None, "public", None),
    (
        "2",
        "DECLARATIONS OF INTEREST",
        "In terms of Section 5 of the Code of Conduct, members of the Committee are asked to declare any "
        "interest in particular items on the agenda and the nature of the interest(s) at this stage.",
        None,
        "public",
        None,
    ),
    ("3", "MINUTES", None, None, "public", None),
    ("(a)", "Minute of Inverkeil Area Committee of 3 September 2025", None, (3, 8), "public", "3"),
    ("(b)", "Minute of Inverkeil Common Good Sub-Committee of 1 October 2025", None, (9, 10), "public", "3"),
    (
        "4",
        "POLICE SCOTLAND - INVERKEIL AREA POLICING UPDATE (JULY - SEPTEMBER 2025)",
        "Report by the Local Area Commander, Police Scotland.",
        (11, 26),
        "public",
        None,
    ),
    (
        "5",
        "SCOTTISH FIRE AND RESCUE SERVICE - INVERKEIL AREA PERFORMANCE REPORT, QUARTER 2, 2025-26",
        "Report by the Station Commander, Inverkeil Community Fire Station, Scottish Fire and Rescue Service.",
        (27, 44),
        "public",
        None,
    ),
    (
        "6",
        "AREA ROADS PROGRAMME 2026-27",
        "Report by the Head of Roads and Transportation Services.",
        (45, 60),
        "public",
        None,
    ),
    (
        "7",
        "PROPOSED 20MPH SPEED LIMIT - GLENCAIRN ROAD AND ADJOINING STREETS, KILDRUMMIE",
        "Report by the Head of Roads and Transportation Services.",
        (61, 74),
        "public",
        None,
    ),
    ("8", "AREA BUDGETS", None, None, "public", None),
    (
        "(a)",
        "Local Community Planning Budget 2025-26",
        "Report by the Head of Communities and Neighbourhoods Service.",
        (75, 82),
        "public",
        "8",
    ),
    (
        "(b)",
        "Inverkeil Common Good Fund - Applications for Funding",
        "Report by the Head of Communities and Neighbourhoods Service.",
        (83, 96),
        "public",
        "8",
    ),
    (
        "9",
        "SUPPORTING LOCAL BUSINESS - INVERKEIL TOWN CENTRE",
        "Verbal update by the Lead Officer - Business Support, Business and Employability Service.",
        None,
        "public",
        None,
    ),
    (
        "10",
        "INVERKEIL AREA HOUSING SERVICE UPDATE",
        "Report by the Head of Housing Services.",
        (97, 110),
        "public",
        None,
    ),
    (
        "11",
        "INVERKEIL AREA COMMITTEE FORWARD WORK PROGRAMME",
        "Report by the Head of Legal and Democratic Services.",
        (111, 113),
        "public",
        None,
    ),
    (
        "12",
        "PROPOSED DISPOSAL OF FORMER ROADS DEPOT, MILLBANK LANE, KILDRUMMIE",
        "Report by the Head of Property Services.",
        (114, 121),
        "exempt",
        None,
    ),
    (
        "13",
        "COMMUNITY ASSET TRANSFER REQUEST - BRAESIDE PAVILION, LOCHBRAE",
        "Report by the Head of Property Services.",
        (122, 139),
        "exempt",
        None,
    ),
]

EXEMPT_BANNER = (
    "Items 12 and 13 - It is recommended that under Section 50A(4) of the Local Government (Scotland) Act 1973 "
    "the public be excluded from the meeting for the following items of business on the grounds that they "
    "involve the likely disclosure of exempt information as defined in paragraphs 6 and 9 of Part 1 of "
    "Schedule 7A of the Act."
)

# ---------------------------------------------------------------------------------------------- votes
VOTES = {
    "91": {
        "style": "roll",
        "mover": "Inglis",
        "seconder": "Pattullo",
        "motion": ["Baird", "Cunningham-Hay", "Dewar", "Gillespie", "Inglis", "Pattullo", "Rintoul"],
        "amendment": ["Kinnear", "Lumsden", "McAra", "Whyte"],
        "abstain": ["Brodie"],
        "winner": "motion",
    },
    "94": {
        "style": "count",
        "mover": "Inglis",
        "seconder": "Gillespie",
        "motion_count": 8,
        "amendment_count": 3,
        "winner": "motion",
    },
    "99": {
        "style": "roll",
        "mover": "Inglis",
        "seconder": "Dewar",
        "motion": ["Dewar", "Gillespie", "Inglis", "Pattullo", "Rintoul"],
        "amendment": ["Baird", "Brodie", "Cunningham-Hay", "Lumsden", "McAra", "Whyte"],
        "abstain": [],
        "winner": "amendment",
    },
}


def roll_call_blocks(vote: dict) -> list:
    def names(group: list[str]) -> str:
        label = "Councillor" if len(group) == 1 else "Councillors"
        listed = group[0] if len(group) == 1 else ", ".join(group[:-1]) + " and " + group[-1]
        return f"{label} {listed}."

    def votes_word(n: int) -> str:
        return f"{n} vote" if n == 1 else f"{n} votes"

    blocks: list = []
    if vote["style"] == "roll":
        blocks.append(("sub", "Roll Call"))
        blocks.append(("plain", f"For the Motion - {votes_word(len(vote['motion']))}"))
        blocks.append(("plain", names(vote["motion"])))
        blocks.append(("plain", f"For the Amendment - {votes_word(len(vote['amendment']))}"))
        blocks.append(("plain", names(vote["amendment"])))
        if vote["abstain"]:
            blocks.append(("plain", f"Abstention - {votes_word(len(vote['abstain']))}"))
            blocks.append(("plain", names(vote["abstain"])))
    else:
        blocks.append(("sub", "Vote"))
        blocks.append(("tight", f"Amendment - {votes_word(vote['amendment_count'])}"))
        blocks.append(("plain", f"Motion - {votes_word(vote['motion_count'])}"))
    blocks.append(("p", f"Having received a majority of votes, the {vote['winner']} was carried."))
    return blocks


# ---------------------------------------------------------------------------------------------- minute
# Each item: number, title, agenda item, blocks before the decision, decision, blocks after.
# A decision is either {"text": "..."} (one statement) or {"intro": "...", "marks": "num"|"alpha", "parts": [...]}.
MINUTE_ITEMS = [
    {
        "number": "87",
        "title": "DECLARATIONS OF INTEREST",
        "agenda": "2",
        "blocks": [
            (
                "p",
                "Councillor McAra declared an interest in para. 94 - Inverkeil Common Good Fund - Applications for "
                "Funding, as she was a member of the organising committee of Kildrummie Gala Day Association, one "
                "of the applicant organisations. Councillor McAra advised that she would leave the meeting during "
                "consideration of that item.",
            ),
            ("p", "No other declarations of interest were submitted in terms of Standing Order No. 7.1."),
        ],
        "decision": None,
        "after": [],
    },
    {
        "number": "88",
        "title": "MINUTES",
        "agenda": "3",
        "blocks": [
            ("p", "The committee considered the following minutes:-"),
            (
                "list",
                [
                    ("(a)", "Minute of Inverkeil Area Committee of 3 September 2025."),
                    ("(b)", "Minute of Inverkeil Common Good Sub-Committee of 1 October 2025."),
                ],
            ),
            (
                "p",
                "Councillor Lumsden referred to para. 79 of the minute of 3 September 2025 and asked that the "
                'reference to "Station Road, Craigmyre" in the third paragraph be corrected to read "Station '
                'Brae, Craigmyre". The committee agreed to the correction.',
            ),
        ],
        "decision": {
            "intro": "The committee:-",
            "marks": "num",
            "parts": [
                "approved the minute of the meeting of 3 September 2025, subject to the correction noted above; and",
                "noted the minute of the Inverkeil Common Good Sub-Committee of 1 October 2025.",
            ],
        },
        "after": [],
    },
    {
        "number": "89",
        "title": "POLICE SCOTLAND - INVERKEIL AREA POLICING UPDATE (JULY - SEPTEMBER 2025)",
        "agenda": "4",
        "blocks": [
            (
                "p",
                "The committee considered a report by the Local Area Commander, Police Scotland, providing an "
                "update on policing activity in the Inverkeil area for the period 1 July to 30 September 2025, "
                "measured against the priorities in the Inverkeil Local Policing Plan 2023-26.",
            ),
            (
                "p",
                "Chief Inspector Dalgleish highlighted a 14 per cent reduction in reported acquisitive crime "
                "compared with the same period in 2024 and a detection rate of 61 per cent for crimes of "
                "dishonesty. She advised members of Operation Braeside, a multi-agency response to youth "
                "disorder and the antisocial use of off-road motorcycles in Lochbrae and Craigmyre, which had "
                "resulted in 23 warnings, 6 vehicle seizures and 4 referrals to the Children's Reporter. "
                "Sergeant Baxter outlined the work of the community policing team with licensed premises in "
                "Inverkeil town centre ahead of the festive period.",
            ),
            (
                "p",
                "Members raised concerns about speeding on the B9172 between Kildrummie and Lochbrae, the "
                "visibility of community officers in the smaller villages, thefts from rural outbuildings and "
                "farm steadings, and the time taken to answer non-emergency calls to the 101 number. Chief "
                "Inspector Dalgleish undertook to provide figures on the speed checks carried out on the B9172 "
                "and to raise the call handling concerns with the Service Centre.",
            ),
        ],
        "decision": {
            "intro": "The committee:-",
            "marks": "num",
            "parts": [
                "noted the content of the report and the progress made against the local policing priorities; and",
                "asked that information on the number and outcome of speed checks carried out on the B9172 be "
                "circulated to members following the meeting.",
            ],
        },
        "after": [("note", "Councillor Rintoul joined the meeting during consideration of the above item.")],
    },
    {
        "number": "90",
        "title": "SCOTTISH FIRE AND RESCUE SERVICE - INVERKEIL AREA PERFORMANCE REPORT, QUARTER 2, 2025-26",
        "agenda": "5",
        "blocks": [
            (
                "p",
                "The committee considered a report by the Station Commander, Inverkeil Community Fire Station, "
                "Scottish Fire and Rescue Service, on the Service's performance in the Inverkeil area for the "
                "second quarter of 2025-26.",
            ),
            (
                "p",
                "Station Commander Tennant advised that unwanted fire alarm signals from non-domestic premises "
                "had fallen by 31 per cent following the change in the Service's attendance policy, releasing "
                "crew time for prevention work. Deliberate secondary fires, mainly grass and refuse fires, had "
                "risen during the dry summer, with a cluster of incidents on the former colliery bing at "
                "Craigmyre. 212 Home Fire Safety Visits had been completed in the quarter, 64 of them to "
                "households referred by partner agencies. In response to a question from Councillor Whyte, he "
                "confirmed that the retained duty system at Kildrummie was fully crewed for daytime cover.",
            ),
        ],
        "decision": {"text": "The committee noted the report."},
        "after": [
            (
                "p",
                "The Convener, with the agreement of the committee, varied the order of business to take item 7 "
                "on the agenda at this point, in view of the number of members of the public in attendance for "
                "that item.",
            )
        ],
    },
    {
        "number": "91",
        "title": "PROPOSED 20MPH SPEED LIMIT - GLENCAIRN ROAD AND ADJOINING STREETS, KILDRUMMIE",
        "agenda": "7",
        "blocks": [
            ("ref", "(Para. 81 of 2025 IAC 38 refers)"),
            (
                "p",
                "The committee considered a report by the Head of Roads and Transportation Services advising of "
                "the outcome of the statutory consultation on a proposed 20mph speed limit for Glencairn Road, "
                "Mill Wynd, Castle View and Hopefield Terrace, Kildrummie, and seeking a decision on whether to "
                "set aside the nine objections received and make the Traffic Regulation Order as advertised.",
            ),
            (
                "p",
                "The committee heard a deputation from Mr Alan Gourlay, on behalf of Glencairn Road Residents' "
                "Association, in support of the proposal, and from Mrs Helen Strachan, one of the objectors, "
                "who asked that a raised table or similar feature at the junction of Glencairn Road and "
                "Hopefield Terrace be considered before any change to the limit was introduced. Mr Aitchison "
                "responded to questions from members on the speed survey results, which showed a mean speed of "
                "26.4mph and an 85th percentile speed of 31.2mph on Glencairn Road.",
            ),
            ("sub", "Motion"),
            (
                "p",
                "Councillor Inglis, seconded by Councillor Pattullo, moved that the committee approve the "
                "recommendations contained in the report.",
            ),
            ("sub", "Amendment"),
            (
                "p",
                "Councillor Lumsden, seconded by Councillor McAra, moved as an amendment that consideration of "
                "the Order be continued to the next meeting of the committee, to allow officers to assess the "
                "case for traffic calming at the Hopefield Terrace junction and to report back.",
            ),
            ("vote", "91"),
        ],
        "decision": {
            "intro": "The committee agreed:-",
            "marks": "num",
            "parts": [
                "to set aside the nine objections received during the statutory consultation, for the reasons "
                "set out in Appendix 2 to the report;",
                "to make the Auchterbrae Council (Glencairn Road and Adjoining Streets, Kildrummie) (20mph "
                "Speed Limit) Order 2025 as advertised; and",
                "that the Head of Roads and Transportation Services write to each objector advising of the "
                "outcome of the consultation.",
            ],
        },
        "after": [("note", "The meeting adjourned at 11.25 a.m. and reconvened at 11.35 a.m.")],
    },
    {
        "number": "92",
        "title": "AREA ROADS PROGRAMME 2026-27",
        "agenda": "6",
        "blocks": [
            (
                "p",
                "The committee considered a report by the Head of Roads and Transportation Services seeking "
                "approval of the proposed programme of carriageway, footway, street lighting and structures "
                "works in the Inverkeil area for 2026-27, with a total estimated value of £1,486,000.",
            ),
            (
                "p",
                "Ms Mathieson advised that the programme had been prioritised using the Council's road "
                "condition index and inspection data, and that the replacement of the parapet on the "
                "Pitcorthie Burn bridge, deferred from 2025-26, had been included as the largest single scheme. "
                "Members welcomed the inclusion of the footway at Kirk Brae, Lochbrae, and asked that community "
                "councils be given advance notice of the timing of works affecting bus routes.",
            ),
        ],
        "decision": {
            "intro": "The committee:-",
            "marks": "num",
            "parts": [
                "approved the Area Roads Programme 2026-27 as detailed in Appendix 1 to the report;",
                "noted that the programme was subject to the Council's revenue and capital budgets for 2026-27 "
                "being agreed in February 2026; and",
                "delegated authority to the Head of Roads and Transportation Services, in consultation with the "
                "Convener, to substitute schemes of a similar value should any scheme in the programme become "
                "undeliverable in the year.",
            ],
        },
        "after": [],
    },
    {
        "number": "93",
        "title": "LOCAL COMMUNITY PLANNING BUDGET 2025-26",
        "agenda": "8(a)",
        "blocks": [
            (
                "p",
                "The committee considered a report by the Head of Communities and Neighbourhoods Service "
                "detailing expenditure from the Inverkeil Local Community Planning Budget in 2025-26 and "
                "seeking approval of further allocations. Of the budget of £238,400, £171,950 had been "
                "committed by 31 October 2025, leaving £66,450 available for allocation.",
            ),
            (
                "p",
                "Mr Buchanan outlined the three proposals at paragraph 3.2 of the report: £9,800 to Craigmyre "
                "Parish Church for the Warm Spaces project over the winter; £4,750 to Inverkeil Men's Shed for "
                "workshop equipment; and £6,000 to Lochbrae Thistle Youth Football Club for floodlight repairs "
                "at the Braeside pitches.",
            ),
        ],
        "decision": {
            "intro": "The committee agreed:-",
            "marks": "alpha",
            "parts": [
                "to note the expenditure to date from the Local Community Planning Budget 2025-26; and",
                "to approve the allocations set out at paragraph 3.2 of the report, totalling £20,550.",
            ],
        },
        "after": [],
    },
    {
        "number": "94",
        "title": "INVERKEIL COMMON GOOD FUND - APPLICATIONS FOR FUNDING",
        "agenda": "8(b)",
        "blocks": [
            (
                "note",
                "Councillor McAra, having declared an interest in this item at para. 87 above, left the meeting "
                "prior to its consideration.",
            ),
            (
                "p",
                "The committee considered a report by the Head of Communities and Neighbourhoods Service on "
                "three applications to the Inverkeil Common Good Fund. The uncommitted balance available for "
                "grants in 2025-26 was £41,270.",
            ),
            (
                "p",
                "The report recommended an award of £5,000 to Kildrummie Gala Day Association towards the cost "
                "of the 2026 gala day, an award of £1,850 to Inverkeil and District Pipe Band towards new "
                "uniforms, and that the application from Craigmyre Curling Club for £3,200 be declined, as the "
                "project would not principally benefit the inhabitants of the former burgh of Inverkeil.",
            ),
            ("sub", "Motion"),
            (
                "p",
                "Councillor Inglis, seconded by Councillor Gillespie, moved that the committee approve the "
                "recommendations contained in the report.",
            ),
            ("sub", "Amendment"),
            (
                "p",
                "Councillor Lumsden, seconded by Councillor Kinnear, moved as an amendment that the award to "
                "Kildrummie Gala Day Association be limited to £3,500, with a further £1,500 to be considered "
                "once the Association had confirmed its other sources of funding.",
            ),
            ("vote", "94"),
        ],
        "decision": {
            "intro": "The committee agreed:-",
            "marks": "num",
            "parts": [
                "to award £5,000 to Kildrummie Gala Day Association towards the cost of the 2026 gala day;",
                "to award £1,850 to Inverkeil and District Pipe Band towards the purchase of uniforms; and",
                "to decline the application from Craigmyre Curling Club, as the project did not meet the "
                "criteria of the fund.",
            ],
        },
        "after": [("note", "Councillor McAra rejoined the meeting following consideration of the above item.")],
    },
    {
        "number": "95",
        "title": "SUPPORTING LOCAL BUSINESS - INVERKEIL TOWN CENTRE",
        "agenda": "9",
        "blocks": [
            (
                "p",
                "The committee received a verbal update from Ms Kerr, Lead Officer - Business Support, on the "
                "support provided to businesses in Inverkeil town centre since the last meeting. 18 businesses "
                "had received start-up or growth advice, 7 shop fronts had been improved through the Town Centre "
                "Improvement Grant, and the vacancy rate on High Street and Market Wynd had fallen from 14 per "
                "cent to 11 per cent over the year. Ms Kerr also advised of the Christmas shopping weekend "
                "planned for 6 and 7 December 2025 with free parking in the Council's town centre car parks.",
            ),
        ],
        "decision": {
            "text": "The committee noted the update and the range of support being provided to businesses in the "
            "Inverkeil area."
        },
        "after": [],
    },
    {
        "number": "96",
        "title": "INVERKEIL AREA HOUSING SERVICE UPDATE",
        "agenda": "10",
        "blocks": [
            (
                "p",
                "The committee considered a report by the Head of Housing Services providing an update on the "
                "performance of the housing service in the Inverkeil area, including the affordable housing "
                "programme, homelessness, void management and rent arrears.",
            ),
            (
                "p",
                "Mr Dow advised that 46 new council homes at Mossgiel Gardens, Inverkeil, had been handed over "
                "in September 2025, with a further 32 at Lochbrae Road due for completion in spring 2026. The "
                "average time to re-let empty homes stood at 58 days against a target of 35 days, largely "
                "because of delays in gas and electrical certification. Members expressed concern at the rent "
                "lost on empty properties and asked for more detail on the causes and the steps being taken.",
            ),
        ],
        "decision": {
            "intro": "The committee:-",
            "marks": "num",
            "parts": [
                "noted the content of the report; and",
                "requested a further report on void property performance in the Inverkeil area to the meeting "
                "of the committee in March 2026.",
            ],
        },
        "after": [("note", "Councillor Kinnear left the meeting following consideration of the above item.")],
    },
    {
        "number": "97",
        "title": "INVERKEIL AREA COMMITTEE FORWARD WORK PROGRAMME",
        "agenda": "11",
        "blocks": [
            (
                "p",
                "The committee considered its forward work programme for the remainder of 2025-26.",
            ),
        ],
        "decision": {
            "text": "The committee noted the forward work programme, subject to the addition of the further "
            "report requested at para. 96 above."
        },
        "after": [
            (
                "p",
                "The committee agreed to exclude the public and press from the meeting for the following items "
                "of business on the grounds that they involved the likely disclosure of exempt information as "
                "defined in paragraphs 6 and 9 of Part 1 of Schedule 7A of the Local Government (Scotland) Act "
                "1973.",
            )
        ],
    },
    {
        "number": "98",
        "title": "PROPOSED DISPOSAL OF FORMER ROADS DEPOT, MILLBANK LANE, KILDRUMMIE",
        "agenda": "12",
        "blocks": [
            (
                "p",
                "The committee considered a report by the Head of Property Services on the outcome of the "
                "marketing of the former roads depot at Millbank Lane, Kildrummie, which had been declared "
                "surplus to operational requirements, and seeking approval to conclude a sale to the preferred "
                "bidder.",
            ),
        ],
        "decision": {"text": "The committee agreed the recommendations contained in the report."},
        "after": [],
    },
    {
        "number": "99",
        "title": "COMMUNITY ASSET TRANSFER REQUEST - BRAESIDE PAVILION, LOCHBRAE",
        "agenda": "13",
        "blocks": [
            (
                "p",
                "The committee considered a report by the Head of Property Services on a request from Lochbrae "
                "Community Sports Trust for the transfer of ownership of Braeside Pavilion and the adjoining "
                "pitches under Part 5 of the Community Empowerment (Scotland) Act 2015.",
            ),
            ("sub", "Motion"),
            (
                "p",
                "Councillor Inglis, seconded by Councillor Dewar, moved that the committee approve the "
                "recommendations contained in the report.",
            ),
            ("sub", "Amendment"),
            (
                "p",
                "Councillor Cunningham-Hay, seconded by Councillor Whyte, moved as an amendment that "
                "consideration of the request be continued, to allow officers to work with the Trust on a "
                "revised business plan addressing the maintenance liabilities identified in the report.",
            ),
            ("vote", "99"),
        ],
        "decision": {
            "intro": "The committee agreed:-",
            "marks": "num",
            "parts": [
                "to continue consideration of the request to a future meeting of the committee; and",
                "that officers work with Lochbrae Community Sports Trust on a revised business plan and report "
                "back within six months.",
            ],
        },
        "after": [],
    },
]


def decision_count(item: dict) -> int:
    dec = item["decision"]
    if dec is None:
        return 0
    return len(dec["parts"]) if "parts" in dec else 1


def present_at(number: str) -> set[str]:
    """Surnames of members in the room (or online) when minute `number` was taken."""
    n = int(number)
    here = {surname(name) for name, _ in MEMBERS}
    if n <= 89:
        here.discard("Rintoul")  # joined during 89; not there for a vote before it
    if n == 94:
        here.discard("McAra")
    if n > 96:
        here.discard("Kinnear")
    return here


def _check() -> None:
    for number, vote in VOTES.items():
        if vote["style"] == "roll":
            voted = set(vote["motion"]) | set(vote["amendment"]) | set(vote["abstain"])
            assert voted == present_at(number), number
        else:
            assert vote["motion_count"] + vote["amendment_count"] == len(present_at(number)), number


# ---------------------------------------------------------------------------------------------- rendering
LEFT = 20.0
RIGHT = 190.0


class MinutePDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "B", 11)
        self.set_xy(LEFT, 10)
        self.cell(RIGHT - LEFT, 6, f"{MINUTE_CODE} {FIRST_MINUTE_PAGE + self.page_no() - 1}", align="R")
        self.set_y(22)


class AgendaPDF(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 11)
            self.set_xy(LEFT, 12)
            self.cell(RIGHT - LEFT, 6, f"- {self.page_no()} -", align="C")
            self.set_y(24)


def _new(cls: type[FPDF], title: str) -> FPDF:
    pdf = cls(format="A4", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_title(title)
    pdf.set_author(COUNCIL)
    pdf.set_margins(LEFT, 20, 210 - RIGHT)
    pdf.set_auto_page_break(True, margin=18)
    return pdf


def _text(pdf: FPDF, x: float, text: str, style: str = "", size: float = 11, gap: float = 4.5, h: float = 5.2):
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(x)
    pdf.multi_cell(RIGHT - x, h, text, align="J" if not style else "L")
    pdf.ln(gap)


def _lines(pdf: FPDF, w: float, text: str) -> int:
    return len(pdf.multi_cell(w, 5.2, text, dry_run=True, output="LINES"))


# ---- minutes


def _list_people() -> tuple[str, str, str]:
    present = []
    for name, role in MEMBERS:
        present.append(f"{name} ({role})" if role else name)
    present_text = "Councillors " + ", ".join(present[:-1]) + " and " + present[-1] + "."
    groups = []
    for service, people in OFFICERS:
        bits = [f"{n}, {job}" for n, job in people]
        joined = bits[0] if len(bits) == 1 else ", ".join(bits[:-1]) + " and " + bits[-1]
        groups.append(f"{joined}, {service}")
    attending = "; ".join(groups[:-1]) + "; and " + groups[-1] + "."
    also = "; ".join(f"{rank} {n}, {role}" for rank, n, role in ALSO) + "."
    return present_text, attending, also


def _label_block(pdf: FPDF, label: str, text: str) -> None:
    pdf.set_font("Helvetica", "B", 11)
    y = pdf.get_y()
    pdf.set_xy(LEFT, y)
    pdf.multi_cell(38, 5.2, label, align="L")
    y_label = pdf.get_y()
    pdf.set_font("Helvetica", "", 11)
    pdf.set_xy(LEFT + 40, y)
    pdf.multi_cell(RIGHT - LEFT - 40, 5.2, text, align="L")
    pdf.set_y(max(y_label, pdf.get_y()) + 3)


def _decision(pdf: FPDF, dec: dict) -> None:
    ind = LEFT + 18
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_x(ind)
    pdf.cell(0, 5.2, "Decision", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    if "text" in dec:
        _text(pdf, ind, dec["text"])
        return
    _text(pdf, ind, dec["intro"])
    for i, part in enumerate(dec["parts"]):
        mark = f"({i + 1})" if dec["marks"] == "num" else f"({'abcdefgh'[i]})"
        y = pdf.get_y()
        if y + 5.2 * _lines(pdf, RIGHT - ind - 10, part) > pdf.h - 18:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_font("Helvetica", "", 11)
        pdf.set_xy(ind, y)
        pdf.cell(10, 5.2, mark)
        pdf.set_xy(ind + 10, y)
        pdf.multi_cell(RIGHT - ind - 10, 5.2, part, align="J")
        pdf.ln(2)
    pdf.ln(2.5)


def _blocks(pdf: FPDF, blocks: list) -> None:
    ind = LEFT + 18
    for block in blocks:
        kind = block[0]
        if kind == "p":
            _text(pdf, ind, block[1])
        elif kind == "plain":
            _text(pdf, ind, block[1], gap=1.5)
        elif kind == "tight":
            _text(pdf, ind, block[1], gap=0)
        elif kind == "note":
            _text(pdf, ind, block[1], style="I")
        elif kind == "ref":
            _text(pdf, ind, block[1], gap=2)
        elif kind == "sub":
            if pdf.get_y() > pdf.h - 35:
                pdf.add_page()
            pdf.set_font("Helvetica", "B", 11)
            pdf.set_x(ind)
            pdf.cell(0, 5.2, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "list":
            for mark, text in block[1]:
                y = pdf.get_y()
                pdf.set_font("Helvetica", "", 11)
                pdf.set_xy(ind, y)
                pdf.cell(10, 5.2, mark)
                pdf.set_xy(ind + 10, y)
                pdf.multi_cell(RIGHT - ind - 10, 5.2, text, align="L")
                pdf.ln(1)
            pdf.ln(3.5)
        elif kind == "vote":
            _blocks(pdf, roll_call_blocks(VOTES[block[1]]))
        else:  # pragma: no cover
            raise ValueError(kind)


def _minute_text_all() -> str:
    parts = []
    for item in MINUTE_ITEMS:
        parts.append(item["title"])
        for b in item["blocks"] + item["after"]:
            if b[0] == "list":
                parts += [t for _, t in b[1]]
            elif b[0] == "vote":
                parts += [str(x[1]) for x in roll_call_blocks(VOTES[b[1]])]
            else:
                parts.append(b[1])
        if item["decision"]:
            parts += [item["decision"].get("text", ""), item["decision"].get("intro", "")]
            parts += item["decision"].get("parts", [])
    return "\n".join(parts)


def build_minutes(path: Path) -> None:
    pdf = _new(MinutePDF, f"{BODY} - Minute - 12 November 2025")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_x(LEFT)
    pdf.multi_cell(RIGHT - LEFT, 5.5, "THE AUCHTERBRAE COUNCIL - INVERKEIL AREA COMMITTEE - BLENDED MEETING", align="C")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(RIGHT - LEFT, 5.5, "Council Chamber, Burgh Chambers, Inverkeil", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 11)
    y = pdf.get_y()
    pdf.cell(80, 5.5, "12 November 2025")
    pdf.set_xy(RIGHT - 80, y)
    pdf.cell(80, 5.5, "10.00 a.m. - 1.05 p.m.", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    present_text, attending, also = _list_people()
    _label_block(pdf, "PRESENT:", present_text)
    _label_block(pdf, "ATTENDING:", attending)
    _label_block(pdf, "ALSO IN\nATTENDANCE:", also)
    label = "APOLOGY FOR\nABSENCE:" if len(APOLOGIES) == 1 else "APOLOGIES FOR\nABSENCE:"
    _label_block(pdf, label, ("Councillor " if len(APOLOGIES) == 1 else "Councillors ") + ", ".join(APOLOGIES) + ".")
    remote = " and ".join(REMOTE)
    _text(pdf, LEFT, f"Councillors {remote} attended the meeting remotely.", gap=4)

    for item in MINUTE_ITEMS:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.ln(2)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(LEFT, y)
        pdf.cell(16, 5.2, f"{item['number']}.")
        pdf.set_xy(LEFT + 18, y)
        pdf.multi_cell(RIGHT - LEFT - 18, 5.2, item["title"], align="L")
        pdf.ln(3)
        _blocks(pdf, item["blocks"])
        if item["decision"]:
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            _decision(pdf, item["decision"])
        _blocks(pdf, item["after"])
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---- agenda


def _agenda_entry_height(pdf: FPDF, entry: tuple) -> float:
    number, title, tail, pages, part, parent = entry
    pdf.set_font("Helvetica", "", 11)
    x_text = LEFT + 22 if parent else LEFT + 12
    w = 150 - x_text
    text = title if not tail else f"{title} - {tail}"
    return _lines(pdf, w, text) * 5.2 + 4


def _agenda_entry(pdf: FPDF, entry: tuple) -> None:
    number, title, tail, pages, part, parent = entry
    y = pdf.get_y()
    x_num = LEFT + 12 if parent else LEFT
    x_text = LEFT + 22 if parent else LEFT + 12
    w = 150 - x_text
    pdf.set_font("Helvetica", "", 11)
    pdf.set_xy(x_num, y)
    pdf.cell(10, 5.2, number if parent else f"{number}.")
    if pages:
        pdf.set_xy(RIGHT - 30, y)
        first, last = pages
        pdf.cell(30, 5.2, f"{first} - {last}" if last != first else str(first), align="R")
    pdf.set_xy(x_text, y)
    if parent:
        text = title if not tail else f"{title} - {tail}"
        if not tail:
            text += "."
        pdf.multi_cell(w, 5.2, text, align="L")
    else:
        # caps title, then the report line run on after " - "
        text = title if not tail else f"{title} - {tail}"
        pdf.multi_cell(w, 5.2, text, align="L")
    pdf.ln(1.5 if title in ("MINUTES", "AREA BUDGETS") else 4)


def _page_nos(pdf: FPDF) -> None:
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_x(RIGHT - 30)
    pdf.cell(30, 5.2, "Page Nos.", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def build_agenda(path: Path) -> None:
    pdf = _new(AgendaPDF, f"{BODY} - Agenda - 12 November 2025")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(RIGHT - LEFT, 5, COUNCIL.upper(), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(RIGHT - LEFT, 9, BODY, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(
        RIGHT - LEFT,
        6,
        "Blended Meeting - Council Chamber, Burgh Chambers, 14 High Street, Inverkeil / Microsoft Teams",
        align="L",
    )
    pdf.ln(3)
    pdf.cell(RIGHT - LEFT, 6, "Wednesday, 12 November 2025 - 10.00 a.m.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "BU", 12)
    pdf.cell(RIGHT - LEFT, 6, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _page_nos(pdf)
    bottom = pdf.h - 28
    for i, entry in enumerate(AGENDA):
        need = _agenda_entry_height(pdf, entry)
        if entry[0] == "12":
            need += _lines(pdf, RIGHT - LEFT, EXEMPT_BANNER) * 5.2 + 6
        if entry[5] is None:
            need += sum(_agenda_entry_height(pdf, e) for e in AGENDA[i + 1 :] if e[5] == entry[0])
        else:
            need = 0.0  # sub-items travel with their parent
        if pdf.get_y() + need > bottom:
            nxt = entry[0] if entry[5] is None else entry[5]
            pdf.set_font("Helvetica", "", 11)
            pdf.set_xy(RIGHT - 30, pdf.h - 22)
            pdf.cell(30, 5, f"{nxt}./", align="R")
            pdf.add_page()
            _page_nos(pdf)
        if entry[0] == "12":
            pdf.ln(2)
            pdf.set_font("Helvetica", "", 11)
            pdf.set_x(LEFT)
            pdf.multi_cell(RIGHT - LEFT, 5.2, EXEMPT_BANNER, align="J")
            pdf.ln(5)
        _agenda_entry(pdf, entry)

    pdf.ln(4)
    _text(
        pdf,
        LEFT,
        "Members are reminded that where they have a query on the detail of a report they should, where "
        "possible, contact the report author before the meeting to seek clarification.",
        gap=8,
    )
    pdf.set_font("Helvetica", "", 11)
    for line in (
        "Morven Aitken",
        "Head of Legal and Democratic Services",
        "Finance and Corporate Services",
        "Burgh Chambers",
        "14 High Street",
        "Inverkeil, KY19 2LN",
    ):
        pdf.cell(0, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 5.2, "4 November 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(
        RIGHT - LEFT,
        5,
        f"If telephoning, please ask for:\n{CONTACT['name']}, Committee Officer, Burgh Chambers\n"
        f"Telephone: {CONTACT['phone']}; email: {CONTACT['email']}",
        align="L",
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        RIGHT - LEFT,
        5,
        "Agendas and papers for all Committee meetings can be accessed on www.auchterbrae.gov.uk/committees",
        align="L",
    )

    # blended meeting notice, boxed, on a page of its own as the house style does
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(RIGHT - LEFT, 7, "BLENDED MEETING NOTICE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    y0 = pdf.get_y()
    pdf.set_font("Helvetica", "", 10.5)
    notice = [
        "This is a formal meeting of the Committee. The standards of behaviour and debate expected are the "
        "same as at a meeting held wholly in person, and Standing Orders apply to the proceedings.",
        "Members joining through Microsoft Teams should keep their camera on throughout and their microphone "
        "muted until invited to speak by the Convener. Members wishing to speak should use the 'raise hand' "
        "function.",
        "If a vote is required it will be taken by roll call, each member being asked in turn how they wish to vote.",
        "The meeting will be webcast live and the recording will be available on the Council's website for a "
        "period of 180 days after the meeting, except for any items taken in private.",
    ]
    for para in notice:
        pdf.set_x(LEFT + 4)
        pdf.multi_cell(RIGHT - LEFT - 8, 5, para, align="J")
        pdf.ln(2.5)
    pdf.rect(LEFT, y0 - 2, RIGHT - LEFT, pdf.get_y() - y0 + 2)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    _check()
    assert "resolv" not in _minute_text_all().lower()
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    build_agenda(agenda)
    build_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------- gold


def _agenda_gold() -> list[dict]:
    out = []
    for number, title, tail, pages, part, parent in AGENDA:
        rec: dict = {
            "number": number,
            "title": title,
            "pages": {"first": pages[0], "last": pages[1]} if pages else None,
            "part": part,
            "parent": parent,
        }
        if tail and tail.startswith(("Report", "Verbal")):
            rec["report"] = tail
        elif tail:
            rec["note"] = tail
        out.append(rec)
    return out


def _votes_gold() -> list[dict]:
    out = []
    for number, vote in VOTES.items():
        if vote["style"] == "roll":
            yes, no, ab = len(vote["motion"]), len(vote["amendment"]), len(vote["abstain"])
        else:
            yes, no, ab = vote["motion_count"], vote["amendment_count"], 0
        rec: dict = {
            "item": number,
            "motion": "motion against amendment",
            "mover": vote["mover"],
            "seconder": vote["seconder"],
            "result": "carried" if vote["winner"] == "motion" else "lost",
            "result_as_printed": f"Having received a majority of votes, the {vote['winner']} was carried.",
            "counts": {"yes": yes, "no": no, "abstain": ab},
        }
        if vote["style"] == "roll":
            voters = {"yes": vote["motion"], "no": vote["amendment"], "abstain": vote["abstain"]}
            rec["voters"] = {k: v for k, v in voters.items() if v}
        out.append(rec)
    return out


def _attendance_gold() -> list[dict]:
    out = []
    for name, role in MEMBERS:
        rec: dict = {"name": name, "status": "virtual" if name in REMOTE else "present"}
        if role:
            rec["role"] = role
        out.append(rec)
    for service, people in OFFICERS:
        for name, job in people:
            out.append({"name": name, "status": "in_attendance", "role": f"{job}, {service}"})
    for _rank, name, role in ALSO:
        out.append({"name": name, "status": "also_present", "role": role})
    for name in APOLOGIES:
        out.append({"name": name, "status": "apologies"})
    return out


def gold() -> dict:
    meeting = {"body": BODY, "date": DATE_ISO, "start_time": START}
    agenda_rec = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Item titles are the capitalised (or, for lettered sub-items, sentence-case) heading only; the run-on "
            "' - Report by ...' or 'Verbal update by ...' text is kept in `report`, not in the title.",
            "Item 2's explanatory sentence about Section 5 of the Code of Conduct is kept in `note`, not the title.",
            "Lettered sub-items are numbered as printed, '(a)' and '(b)', with parent '3' or '8'; items 3 and 8 "
            "print no page numbers of their own so their pages are null.",
            "Pages are the printed 'Page Nos.' ranges, which refer to the full agenda pack, not to this front "
            "sheet; item 9 (verbal update) and items 1-3 and 8 print none.",
            "The 'Items 12 and 13 - It is recommended that under Section 50A(4) ...' paragraph is a banner, not "
            "an item; items 12 and 13 are part 'exempt'.",
            "The continuation marker '9./' at the foot of page 1 and the '- 2 -' page header are page furniture, "
            "not items.",
            "The contact is the committee officer named after 'If telephoning, please ask for:', with the "
            "telephone and extension as printed.",
        ],
        "meeting": {**meeting, "contact": dict(CONTACT)},
        "agenda": _agenda_gold(),
    }
    per_item = {item["number"]: decision_count(item) for item in MINUTE_ITEMS}
    minutes_rec = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "The minute never uses the word 'resolved', so resolutions count the clerk's 'Decision' paragraphs: "
            "each numbered (1), (2) or lettered (a), (b) part counts once, and a one-sentence decision counts one.",
            "The committee's agreement to exclude the public before para. 98, the agreement to vary the order of "
            "business after para. 90 and the agreement to the correction in para. 88 are running text, not "
            "'Decision' paragraphs, and are not counted; para. 87 (declarations) has no Decision and counts 0.",
            "The lettered (a)/(b) list of minutes considered in para. 88 lists papers, not decisions, and is not "
            "counted.",
            "Votes are motion against amendment: 'yes' is the votes for the motion and 'no' the votes for the "
            "amendment, with 'abstain' from the printed abstention line.",
            "In para. 99 the amendment was carried, so the vote's result is recorded as 'lost' (the motion lost).",
            "The vote in para. 94 prints figures only ('Amendment - 3 votes', 'Motion - 8 votes'), so it has "
            "counts and no voters.",
            "'2025 IAC 41' etc. at the top of each page are minute-book page numbers, not minute numbers; minute "
            "items are the paragraphs 87-99.",
            "Minute items 91 and 92 record agenda items 7 and 6 respectively because the order of business was "
            "varied; paras 93 and 94 map to agenda sub-items 8(a) and 8(b); para. 88 covers both minutes under "
            "agenda item 3.",
            "Agenda item 1 (apologies) has no numbered minute paragraph; the apology is in the heading block.",
            "Councillors Brodie and Gillespie are listed under PRESENT but the minute records that they attended "
            "remotely, so their status is 'virtual'.",
            "Councillor Rintoul (joined during para. 89), Kinnear (left after para. 96) and McAra (out for "
            "para. 94) are recorded as present; their movements are in the running text.",
            "Ranks such as 'Chief Inspector', 'Sergeant' and 'Station Commander' are treated as honorifics and "
            "left out of the names of those ALSO IN ATTENDANCE, who are 'also_present'.",
            "The deputations heard in para. 91 (Alan Gourlay, Helen Strachan) are named in the item, not in the "
            "attendance part, and are not listed in attendance.",
            "Officer roles combine the job title and the service the ATTENDING block groups them under.",
        ],
        "meeting": {**meeting, "end_time": END},
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": [
                {"number": item["number"], "title": item["title"], "agenda_item": item["agenda"]}
                for item in MINUTE_ITEMS
            ],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": _votes_gold(),
            "attendance": _attendance_gold(),
        },
    }
    return {
        f"agendas__{SLUG}_agenda": agenda_rec,
        f"minutes__{SLUG}_minutes": minutes_rec,
    }

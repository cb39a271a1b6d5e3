"""Kinnordy Council (fictional, north-east Scotland): the Mearns Area Committee of 17 June 2025.

Two files, printed the way north-east Scottish councils print their area committee papers:

* ``agendas/kinnordy_mearns-area-committee_2025-06-17_agenda.pdf`` - the agenda front sheet of the
  pack: a letter from Legal and Governance with the clerk's contact block, the members listed by
  initial and surname, then "BUSINESS" with a right-hand "Page" column giving each report's printed
  range in the pack. Items 2A and 2B print the full text of the equalities and exempt-information
  resolutions beneath them; unnumbered directorate banners sit over groups of items; the planning
  applications under item 7 are a ruled table (Item / Reference and Description / Recommendation /
  Page) numbered 7A-7C; the exempt item comes under the usual "press and public excluded" banner
  with the description of exempt information after it.
* ``minutes/kinnordy_mearns-area-committee_2025-06-17_minutes.pdf`` - the Minute: council and
  committee name, place, date and time in capitals, then the sederunt as a label column (Present /
  Apologies / Officers / Also in Attendance), officers written as "Job Title (Initial Surname)".
  Items are numbered as on the agenda with headings in bold capitals and hanging indents. In the
  house style the Committee never "resolves": every decision is "the Committee agreed" (sometimes a
  single sentence, sometimes "agreed:-" with numbered parts). Planning items record a motion and an
  amendment with movers and seconders and, where a vote was taken, "Members of the Committee
  voted:-" with the figures in brackets and the names of those voting; one later vote is recorded
  only as a show of hands with figures. Late arrivals, members leaving for declared interests and
  an adjournment are recorded in parenthesised notes. Pages after the first carry a running header
  and every page a "Page n of N" footer.

All people, places, amounts and wording are invented. The data below drives both the PDFs and the
gold records.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

COUNCIL = "Kinnordy Council"
BODY = "Mearns Area Committee"
DATE_ISO = "2025-06-17"
START = "10:00"
END = "13:26"
VENUE = "Council Chamber, Viewfield House, Carronhaven"
CREATED = dt.datetime(2025, 6, 10, 9, 0, 0, tzinfo=dt.timezone.utc)
MINUTE_CREATED = dt.datetime(2025, 6, 24, 14, 30, 0, tzinfo=dt.timezone.utc)

AGENDA_FILE = "kinnordy_mearns-area-committee_2025-06-17_agenda.pdf"
MINUTES_FILE = "kinnordy_mearns-area-committee_2025-06-17_minutes.pdf"

CONTACT = {"name": "Ruth Forbes", "phone": "01632 960417", "email": "ruth.forbes@kinnordy.gov.uk"}

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

# (printed name, surname, role, status)
MEMBERS = [
    ("F Rattray", "Rattray", "Chair", "present"),
    ("D Meldrum", "Meldrum", "Vice Chair", "present"),
    ("L Buchan", "Buchan", None, "present"),
    ("R Coutts", "Coutts", None, "present"),
    ("N Duthie", "Duthie", None, "present"),
    ("I Falconer", "Falconer", None, "present"),
    ("A Gauld", "Gauld", None, "present"),
    ("E Lindsay", "Lindsay", None, "present"),
    ("J Ogston", "Ogston", None, "apologies"),
    ("C Skene", "Skene", None, "virtual"),
    ("M Strachan", "Strachan", None, "present"),
]

# (job title, printed name, qualifier printed after the name)
OFFICERS = [
    ("Area Manager, Mearns", "K Blackhall", ""),
    ("Team Manager, Planning and Environment", "C Dey", ""),
    ("Senior Planner", "M Rennie", ""),
    ("Planner", "J Ritchie", " (Item 7C only)"),
    ("Principal Engineer, Roads", "P Lamont", ""),
    ("Senior Engineer, Traffic Management", "D Paterson", " (Item 8 only)"),
    ("Solicitor, Legal Services", "H Gillanders", ""),
    ("Committee Officer", "R Forbes", ""),
]

# (rank, printed name, organisation)
ALSO = [
    ("Inspector", "G Wallace", "Police Scotland"),
    ("Group Commander", "L Adam", "Scottish Fire and Rescue Service"),
]

# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------

EQUALITY_TEXT = [
    ("", "Consider, and if so decided, adopt the following resolution:-"),
    ("(1)", "to have due regard to the need to:-"),
    ("(a)", "eliminate discrimination, harassment and victimisation;"),
    (
        "(b)",
        "advance equality of opportunity between those who share a protected characteristic and "
        "persons who do not share it; and",
    ),
    (
        "(c)",
        "foster good relations between those who share a protected characteristic and persons who do not share it.",
    ),
    (
        "(2)",
        "where an Integrated Impact Assessment is provided, to consider its contents and take those "
        "into account when reaching a decision.",
    ),
]

EXEMPT_TEXT = (
    'Consider, and if so decided, adopt the following resolution:- "That under Section 50A(4) and '
    "(5) of the Local Government (Scotland) Act 1973, as amended, the public and media representatives "
    "be excluded from the meeting for Item 11 of the business below, on the grounds that it involves "
    "the likely disclosure of exempt information of the classes described in the relevant paragraphs "
    'of Part 1 of Schedule 7A of the Act."'
)

# Each agenda entry: number, title, pages, part, parent, section (banner), extra fields.
# "kind": "item" (numbered line), "banner" (unnumbered heading, not an item), "app" (table row).
AGENDA = [
    {"kind": "item", "number": "1", "title": "Sederunt and Declaration of Members' Interests", "pages": None},
    {"kind": "item", "number": "2A", "title": "Public Sector Equality Duty", "pages": None, "text": "equality"},
    {"kind": "item", "number": "2B", "title": "Exempt Information", "pages": None, "text": "exempt"},
    {
        "kind": "item",
        "number": "3",
        "title": "Minute of Meeting of the Mearns Area Committee of 6 May 2025",
        "pages": (4, 11),
    },
    {"kind": "item", "number": "4", "title": "Statement of Outstanding Business", "pages": (12, 17)},
    {
        "kind": "item",
        "number": "5",
        "title": "Police Scotland and Scottish Fire and Rescue Service - Mearns Area Performance Reports, "
        "Quarter 4 2024/25",
        "pages": (18, 45),
    },
    {"kind": "banner", "title": "BUSINESS SERVICES"},
    {
        "kind": "item",
        "number": "6",
        "title": "Carronhaven Common Good Fund - Applications for Financial Assistance",
        "pages": (46, 59),
    },
    {"kind": "banner", "title": "ENVIRONMENT AND INFRASTRUCTURE SERVICES"},
    {
        "kind": "item",
        "number": "7",
        "title": "Planning Applications for Determination - Reports by the Director of Environment and "
        "Infrastructure Services",
        "pages": None,
        "minute_title": "Planning Applications for Determination",
    },
    {
        "kind": "app",
        "number": "7A",
        "parent": "7",
        "ref": "APP/2025/0312",
        "title": "Full Planning Permission for Erection of 24 Dwellinghouses, Formation of Access and "
        "Associated Infrastructure at Land to North of Glebe Road, Laurenmuir",
        "recommendation": "Grant (subject to Section 75 Legal Agreement)",
        "speak": True,
        "pages": (60, 101),
    },
    {
        "kind": "app",
        "number": "7B",
        "parent": "7",
        "ref": "APP/2025/0457",
        "title": "Full Planning Permission for Erection of Dwellinghouse and Detached Garage at Site to East of "
        "Mill of Inchbreck, Glenbervock",
        "recommendation": "Refuse",
        "speak": True,
        "pages": (102, 127),
    },
    {
        "kind": "app",
        "number": "7C",
        "parent": "7",
        "ref": "APP/2024/2281",
        "title": "Change of Use from Class 1A (Shops, Financial, Professional and Other Services) to Hot Food "
        "Takeaway (Sui Generis) and Installation of Extraction Flue at 14 High Street, Carronhaven",
        "recommendation": "Grant",
        "speak": False,
        "pages": (128, 145),
    },
    {
        "kind": "item",
        "number": "8",
        "title": "Bervie Road, Carronhaven - Proposed 20mph Speed Limit (Traffic Regulation Order) - "
        "Consideration of Objections",
        "pages": (146, 163),
    },
    {"kind": "item", "number": "9", "title": "Mearns Area Roads Maintenance Programme 2025/26", "pages": (164, 181)},
    {"kind": "banner", "title": "BUSINESS SERVICES"},
    {
        "kind": "item",
        "number": "10",
        "title": "Mearns Area Budget 2025/26 - Applications for Funding",
        "pages": (182, 193),
    },
    {
        "kind": "exempt_banner",
        "title": "ITEM WHICH THE COMMITTEE MAY WISH TO CONSIDER WITH THE PRESS AND PUBLIC EXCLUDED",
    },
    {
        "kind": "item",
        "number": "11",
        "title": "Disposal of Former Public Conveniences, Harbour Brae, Hallgreen Bay",
        "pages": (194, 203),
        "part": "exempt",
    },
]

EXEMPT_DESCRIPTION = (
    "Item 11 - Information relating to the financial or business affairs of any particular person "
    "(other than the authority holding that information) (paragraph 6); and information relating to "
    "any terms proposed or to be proposed by or to the authority in the course of negotiations for a "
    "contract for the acquisition or disposal of property or the supply of goods or services "
    "(paragraph 9)."
)


def _agenda_title(entry: dict) -> str:
    if entry["kind"] == "app":
        return f"{entry['ref']} {entry['title']}"
    return entry["title"]


# ---------------------------------------------------------------------------------------------
# Minute
# ---------------------------------------------------------------------------------------------

# Blocks: ("p", text) paragraph; ("note", text) parenthesised note; ("list", [(label, text)]) numbered
# paragraphs that are not decisions; ("agreed", intro, parts) a decision of the Committee - parts is
# a list of (text, [sub-parts]); with no parts the intro is the whole decision; ("vote", key).

VOTES = {
    "7A": {
        "style": "named",
        "mover": "Meldrum",
        "seconder": "Gauld",
        "motion": "that the Committee agree to grant Full Planning Permission in accordance with the "
        "recommendation in the report",
        "amender": "Lindsay",
        "amend_seconder": "Buchan",
        "amendment": "that the Committee refuse Full Planning Permission on the grounds that the proposed "
        "access onto Glebe Road, with the visibility splays shown, would be detrimental to road safety, "
        "contrary to Policy RD1 Providing Suitable Services of the Kinnordy Local Development Plan 2023",
        "for": ["Rattray", "Meldrum", "Gauld", "Coutts", "Falconer"],
        "against": ["Lindsay", "Buchan", "Skene"],
        "abstain": ["Duthie"],
        "outcome": "The motion was carried",
        "result": "carried",
    },
    "7B": {
        "style": "named",
        "mover": "Gauld",
        "seconder": "Rattray",
        "motion": "that the Committee refuse Full Planning Permission for the reasons detailed in the report",
        "amender": "Buchan",
        "amend_seconder": "Duthie",
        "amendment": "that the Committee indicate that it was minded to grant Full Planning Permission, contrary "
        "to the recommendation, and refer the application to the Infrastructure Services Committee for "
        "determination",
        "for": ["Rattray", "Gauld", "Meldrum", "Strachan"],
        "against": ["Buchan", "Coutts", "Duthie", "Falconer", "Lindsay", "Skene"],
        "abstain": [],
        "outcome": "The amendment was carried",
        "result": "lost",
    },
    "8": {
        "style": "show",
        "mover": "Coutts",
        "seconder": "Skene",
        "motion": "that the Committee set aside the objections received and approve the making of the Order "
        "as advertised",
        "amender": "Meldrum",
        "amend_seconder": "Lindsay",
        "amendment": "that consideration of the Order be deferred to a future meeting of the Committee "
        "pending a further traffic survey, to be undertaken after the opening of the new Bervie Road "
        "Primary School in August 2025",
        "yes": 6,
        "no": 3,
        "abstain_n": 0,
        "outcome": "The motion was accordingly carried",
        "result": "carried",
    },
}

MINUTE = [
    {
        "number": "1",
        "blocks": [
            (
                "p",
                "The Chair asked Members if they had any interests to declare in terms of the Councillors' "
                "Code of Conduct. The following declarations and transparency statements were made:-",
            ),
            (
                "p",
                "Councillor Strachan declared an interest in Item 7A, by virtue of a close family member "
                "residing at a property adjoining the application site. She advised that she would leave "
                "the meeting during consideration of the item and take no part in its determination.",
            ),
            (
                "p",
                "Councillor Coutts made a transparency statement in relation to Item 6, as a volunteer with "
                "Carronhaven Men's Shed, one of the applicants. Having applied the objective test, he "
                "concluded that he had no interest to declare and that he would remain in the meeting for "
                "the item.",
            ),
            (
                "p",
                "Councillor Buchan declared an interest in Item 10, in so far as it related to the "
                "application from Hallgreen Bay Gala Committee, as she is the Secretary of that Committee, "
                "and advised that she would leave the meeting for that part of the item.",
            ),
            (
                "p",
                "Councillor Skene attended the meeting remotely. Councillor Duthie joined the meeting at "
                "10.12 am, during consideration of Item 4. Councillor Falconer left the meeting at "
                "12.41 pm, following consideration of Item 7C.",
            ),
        ],
    },
    {
        "number": "2A",
        "blocks": [
            (
                "agreed",
                "In making decisions on the following items of business, the Committee agreed, in terms of "
                "Section 149 of the Equality Act 2010:-",
                [
                    (
                        "to have due regard to the need to:-",
                        [
                            "eliminate discrimination, harassment and victimisation;",
                            "advance equality of opportunity between those who share a protected characteristic "
                            "and persons who do not share it; and",
                            "foster good relations between those who share a protected characteristic and "
                            "persons who do not share it, and",
                        ],
                    ),
                    (
                        "where an Integrated Impact Assessment was provided, to consider its contents and take "
                        "those into account when reaching a decision.",
                        [],
                    ),
                ],
            ),
        ],
    },
    {
        "number": "2B",
        "blocks": [
            (
                "agreed",
                "The Committee agreed that under Section 50A(4) and (5) of the Local Government (Scotland) Act "
                "1973, as amended, the public and media representatives be excluded from the meeting for Item "
                "11 of the business on the grounds that it involved the likely disclosure of exempt information "
                "of the classes described in paragraphs 6 and 9 of Part 1 of Schedule 7A of the Act.",
                [],
            ),
        ],
    },
    {
        "number": "3",
        "blocks": [
            ("p", "There had been circulated the Minute of Meeting of the Mearns Area Committee of 6 May 2025."),
            (
                "p",
                'Councillor Lindsay noted that, at Item 9 of the Minute, the reference to "Glenbervock Road" '
                'should read "Glenbervock Brae".',
            ),
            (
                "agreed",
                "Subject to that correction, the Committee agreed, in terms of Standing Order 7.1.1, that the "
                "Minute was a correct record of proceedings.",
                [],
            ),
        ],
    },
    {
        "number": "4",
        "blocks": [
            (
                "p",
                "There had been circulated a Statement of Outstanding Business, setting out the actions "
                "arising from previous meetings of the Committee and their current status.",
            ),
            (
                "p",
                "The Area Manager provided updates in respect of Item 3 (Laurenmuir Play Park "
                "Refurbishment), where works had been completed on 22 May 2025, and Item 5 (Carronhaven "
                "Harbour Wall - Structural Inspection), where the inspection report had been received and "
                "circulated to Ward Members. In response to a question from Councillor Gauld, the Principal "
                "Engineer, Roads advised that Item 4 (Bervie Road Footway Extension) remained programmed "
                "for the autumn, subject to the completion of utility diversions.",
            ),
            ("note", "Councillor Duthie joined the meeting during consideration of this item."),
            (
                "agreed",
                "The Committee agreed:-",
                [
                    ("to note the Statement of Outstanding Business; and", []),
                    ("to remove Items 3 and 5 from the Statement as complete.", []),
                ],
            ),
        ],
    },
    {
        "number": "5",
        "blocks": [
            (
                "p",
                "There had been circulated reports by Police Scotland and the Scottish Fire and Rescue "
                "Service covering performance in the Mearns area for the period 1 January to 31 March 2025.",
            ),
            (
                "p",
                "Inspector Wallace spoke to the Police Scotland report, highlighting a reduction in "
                "acquisitive crime of 14 per cent against the five-year average and the continuing work "
                "with the Community Safety Partnership on antisocial behaviour at Carronhaven Harbour. "
                "Group Commander Adam spoke to the Scottish Fire and Rescue Service report, noting an "
                "increase in deliberate secondary fires in woodland around Laurenmuir during March and the "
                "prevention activity undertaken with local schools.",
            ),
            (
                "p",
                "Members asked a number of questions, including on speeding enforcement on the B9786 between "
                "Carronhaven and Hallgreen Bay, the recruitment of retained firefighters at Glenbervock "
                "station and the response times to rural properties, which were answered by the officers.",
            ),
            (
                "agreed",
                "The Committee agreed to acknowledge and note the content of both performance reports and to "
                "thank Inspector Wallace and Group Commander Adam for their attendance.",
                [],
            ),
        ],
    },
    {
        "number": "6",
        "blocks": [
            (
                "p",
                "There had been circulated a report dated 27 May 2025 by the Director of Business Services "
                "which sought a decision on three applications for financial assistance from the "
                "Carronhaven Common Good Fund. The report advised that the uncommitted balance available "
                "for 2025/26 was \xa331,482.",
            ),
            ("note", "Councillor Coutts referred to his transparency statement at Item 1 and remained in the meeting."),
            (
                "p",
                "Members discussed the application from Carronhaven Pipe Band, which had requested "
                "\xa33,000, and took the view that a reduced award would be appropriate given that the Band had "
                "also secured funding from other sources. Officers confirmed that the works at Viewfield "
                "Bowling Club had been commenced before the application was lodged.",
            ),
            (
                "agreed",
                "Having considered the applications, the Committee agreed:-",
                [
                    ("to award \xa34,500 to Carronhaven Men's Shed towards the replacement of the workshop roof;", []),
                    (
                        "to award \xa32,000 to Carronhaven Pipe Band towards the purchase of replacement uniforms; and",
                        [],
                    ),
                    (
                        "to refuse the application from Viewfield Bowling Club, as the works to which it related "
                        "had commenced prior to the application being received, contrary to the criteria of the "
                        "Fund.",
                        [],
                    ),
                ],
            ),
        ],
    },
    {
        "number": "7",
        "blocks": [
            (
                "p",
                "There had been circulated reports by the Director of Environment and Infrastructure "
                "Services on the undernoted applications for planning permission. The Committee had regard "
                "to the terms of the reports, the relevant policies of the Kinnordy Local Development Plan "
                "2023, National Planning Framework 4 and all other material considerations. Copies of all "
                "representations received had been made available to Members in advance of the meeting.",
            ),
        ],
    },
    {
        "number": "7A",
        "blocks": [
            (
                "note",
                "Councillor Strachan, having declared an interest at Item 1, left the meeting prior to "
                "consideration of this item.",
            ),
            (
                "p",
                "There had been circulated a report dated 30 May 2025 by the Director of Environment and "
                "Infrastructure Services which recommended that Full Planning Permission be granted, "
                "subject to the conditions detailed in the report and to the applicant entering into a "
                "Section 75 Legal Agreement in respect of affordable housing and developer obligations.",
            ),
            (
                "p",
                "The Senior Planner introduced the report, advising that the site was allocated for "
                "housing (OP3) in the Local Development Plan and that 17 letters of objection had been "
                "received, together with an objection from Laurenmuir and District Community Council. "
                "The main concerns related to road safety at the Glebe Road junction, the capacity of "
                "Laurenmuir Primary School and surface water drainage.",
            ),
            (
                "p",
                "The Committee heard from Mr A Cowie, on behalf of Laurenmuir and District Community "
                "Council, in objection to the application, and from Ms H Knox, Knox Planning Consultancy, "
                "agent for the applicant, in support of the application.",
            ),
            (
                "p",
                "In response to questions from Members, the Principal Engineer, Roads advised that the "
                "visibility splays proposed met the Council's standards for a 30mph road and that Roads "
                "Development had no objection subject to conditions; and the Team Manager advised that "
                "Education and Children's Services had confirmed that the school roll forecasts could "
                "accommodate the development.",
            ),
            ("vote", "7A"),
            (
                "agreed",
                VOTES["7A"]["outcome"]
                + " and the Committee agreed to grant Full Planning Permission, subject to the conditions detailed "
                "in the report and to the applicant entering into a Section 75 Legal Agreement in respect of "
                "affordable housing and developer obligations.",
                [],
            ),
            (
                "note",
                "Councillor Strachan re-joined the meeting. The Chair adjourned the meeting at 11.52 am. "
                "The meeting reconvened at 12.04 pm with the same Members present.",
            ),
        ],
    },
    {
        "number": "7B",
        "blocks": [
            (
                "p",
                "There had been circulated a report dated 30 May 2025 by the Director of Environment and "
                "Infrastructure Services which recommended that Full Planning Permission be refused, as the "
                "proposal did not comply with Policy R2 Housing and Employment Development Elsewhere in "
                "the Countryside, in that the site did not form part of an existing cluster of three or "
                "more dwellings and the development would not round off or consolidate a settlement.",
            ),
            (
                "p",
                "The Committee heard from Mr D Mackie, the applicant, who explained that he farmed the "
                "adjoining land at Mill of Inchbreck and that the dwellinghouse was required to allow his "
                "family to remain in the area and to provide supervision of livestock.",
            ),
            (
                "p",
                "Members discussed whether the existing buildings at Mill of Inchbreck and the former mill "
                "cottages to the south could be regarded as a cluster, and the Senior Planner advised that "
                "officers had concluded that they were visually separated by the mill lade and tree belt.",
            ),
            ("vote", "7B"),
            (
                "agreed",
                VOTES["7B"]["outcome"] + " and the Committee agreed:-",
                [
                    (
                        "that it was minded to grant Full Planning Permission, contrary to the recommendation of "
                        "officers, on the grounds that the proposal represented appropriate rural development "
                        "supporting the retention of a working family within the Glenbervock community, and that "
                        "the siting, scale and design of the dwellinghouse would integrate with the existing "
                        "group of buildings at Mill of Inchbreck; and",
                        [],
                    ),
                    (
                        "that, as a grant of permission would represent a departure from the Local Development "
                        "Plan, the application be referred to the Infrastructure Services Committee for "
                        "determination, with a recommendation that it be granted subject to appropriate conditions "
                        "to be drafted by officers.",
                        [],
                    ),
                ],
            ),
        ],
    },
    {
        "number": "7C",
        "blocks": [
            (
                "p",
                "There had been circulated a report dated 30 May 2025 by the Director of Environment and "
                "Infrastructure Services which recommended that Full Planning Permission be granted, "
                "subject to the conditions detailed in the report.",
            ),
            (
                "p",
                "The Planner introduced the report and advised that one objection had been received, "
                "raising concerns about cooking odours and late-night noise. Members asked about the "
                "height of the extraction flue and the proposed opening hours, and noted that the "
                "Environmental Health Service had no objection subject to conditions.",
            ),
            (
                "p",
                "Councillor Lindsay, seconded by Councillor Coutts, moved that the application be granted "
                "with condition 3 amended to restrict the opening hours.",
            ),
            (
                "agreed",
                "There being no amendment, the Committee agreed to grant Full Planning Permission subject to the conditions detailed in "
                "the report, with condition 3 amended to restrict the opening hours of the premises to between "
                "11.00 am and 10.00 pm daily.",
                [],
            ),
            ("note", "Councillor Falconer left the meeting at 12.41 pm."),
        ],
    },
    {
        "number": "8",
        "blocks": [
            (
                "p",
                "There had been circulated a report dated 2 June 2025 by the Director of Environment and "
                "Infrastructure Services which advised that four objections had been received to the "
                "proposed Kinnordy Council (Bervie Road, Carronhaven) (20mph Speed Limit) Order 2025 during "
                "the statutory consultation period, and which sought a decision on whether the objections "
                "should be set aside and the Order made as advertised.",
            ),
            (
                "p",
                "The Senior Engineer, Traffic Management summarised the objections, which related mainly "
                "to the length of the proposed restriction and to journey times for through traffic, and "
                "advised that Police Scotland supported the proposal.",
            ),
            ("vote", "8"),
            (
                "agreed",
                VOTES["8"]["outcome"] + " and the Committee agreed:-",
                [
                    ("to set aside the four objections received to the proposed Order; and", []),
                    (
                        "to approve the making of the Kinnordy Council (Bervie Road, Carronhaven) (20mph Speed "
                        "Limit) Order 2025 as advertised, and to instruct officers to proceed with its "
                        "implementation.",
                        [],
                    ),
                ],
            ),
        ],
    },
    {
        "number": "9",
        "blocks": [
            (
                "p",
                "There had been circulated a report dated 2 June 2025 by the Director of Environment and "
                "Infrastructure Services which presented the programme of carriageway resurfacing, surface "
                "dressing and footway works for the Mearns area for 2025/26, with a total budget of "
                "\xa31,184,000.",
            ),
            (
                "p",
                "Members welcomed the inclusion of the C12K Glenbervock to Auchcairnie road and asked that "
                "the surface dressing schedule be shared with Community Councils as early as possible. The "
                "Principal Engineer, Roads advised that the schedule was weather-dependent but would be "
                "circulated once contractor dates were confirmed.",
            ),
            (
                "agreed",
                "The Committee agreed to note the Mearns Area Roads Maintenance Programme for 2025/26 and to "
                "request that officers circulate the confirmed surface dressing schedule to Members and "
                "Community Councils.",
                [],
            ),
        ],
    },
    {
        "number": "10",
        "blocks": [
            (
                "p",
                "There had been circulated a report dated 28 May 2025 by the Director of Business Services "
                "which sought a decision on two applications to the Mearns Area Budget for 2025/26. The "
                "report advised that the Area Budget for the year was \xa330,000, of which \xa37,910 had "
                "already been committed.",
            ),
            (
                "note",
                "Councillor Buchan, having declared an interest at Item 1, left the meeting during "
                "consideration of the application from Hallgreen Bay Gala Committee and re-joined the "
                "meeting thereafter.",
            ),
            (
                "agreed",
                "The Committee agreed:-",
                [
                    ("to award \xa31,500 to Hallgreen Bay Gala Committee towards the costs of the 2025 Gala Day;", []),
                    (
                        "to award \xa32,250 to Laurenmuir Community Hall Association towards the installation of a "
                        "public access defibrillator cabinet and energy-efficient lighting; and",
                        [],
                    ),
                    (
                        "to note that, following these awards, the uncommitted balance of the Area Budget for "
                        "2025/26 was \xa318,340.",
                        [],
                    ),
                ],
            ),
        ],
    },
    {
        "number": "11",
        "blocks": [
            (
                "p",
                "In terms of the decision at Item 2B, the public and media representatives were excluded "
                "from the meeting for this item.",
            ),
            (
                "p",
                "There had been circulated a report dated 26 May 2025 by the Director of Business Services "
                "which provided details of the offers received following the marketing of the former "
                "public conveniences at Harbour Brae, Hallgreen Bay and sought approval to dispose of the "
                "property to the preferred bidder.",
            ),
            (
                "agreed",
                "The Committee agreed:-",
                [
                    (
                        "to declare the former public conveniences at Harbour Brae, Hallgreen Bay surplus to the "
                        "Council's requirements; and",
                        [],
                    ),
                    (
                        "to approve the disposal of the property to the preferred bidder on the terms and "
                        "conditions set out in the report, and to delegate authority to the Head of Legal and "
                        "Governance to conclude the missives.",
                        [],
                    ),
                ],
            ),
        ],
    },
]


def _agenda_entry(number: str) -> dict:
    for entry in AGENDA:
        if entry.get("number") == number:
            return entry
    raise KeyError(number)


def _minute_title(number: str) -> str:
    entry = _agenda_entry(number)
    if entry["kind"] == "app":
        return f"{entry['ref']} - {entry['title']}".upper()
    return entry.get("minute_title", entry["title"]).upper()


def _decisions(item: dict) -> int:
    return sum(max(1, len(b[2])) for b in item["blocks"] if b[0] == "agreed")


# ---------------------------------------------------------------------------------------------
# Rendering helpers
# ---------------------------------------------------------------------------------------------

LH = 5.4  # line height


class _Doc(FPDF):
    running_header = ""

    def header(self) -> None:
        if self.page_no() > 1 and self.running_header:
            self.set_font("Helvetica", "", 8.5)
            self.set_y(10)
            self.cell(0, 4, self.running_header, align="R")
            self.set_y(20)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8.5)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def _new_doc(title: str, created: dt.datetime) -> _Doc:
    pdf = _Doc(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author(COUNCIL)
    pdf.alias_nb_pages()
    return pdf


def _ensure(pdf: FPDF, height: float) -> None:
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def _hanging(
    pdf: FPDF,
    label: str,
    text: str,
    label_x: float,
    text_x: float,
    style: str = "",
    size: float = 11,
    after: float = 2.5,
    width: float = 0,
    align: str = "J",
) -> None:
    """A labelled paragraph with a hanging indent; the text wraps at text_x on every page."""
    pdf.set_font("Helvetica", style, size)
    _ensure(pdf, LH * 2)
    old = pdf.l_margin
    pdf.set_x(label_x)
    if label:
        pdf.cell(text_x - label_x, LH, label)
    pdf.set_left_margin(text_x)
    pdf.set_x(text_x)
    pdf.multi_cell(width, LH, text, new_x="LMARGIN", new_y="NEXT", align=align)
    pdf.set_left_margin(old)
    pdf.set_x(old)
    pdf.ln(after)


# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------


def _members_line() -> str:
    parts = []
    for printed, _surname, role, _status in MEMBERS:
        parts.append(f"{printed} ({role})" if role else printed)
    return "Councillors " + ", ".join(parts[:-1]) + " and " + parts[-1] + "."


def _pages_text(pages: tuple[int, int] | None) -> str:
    if not pages:
        return ""
    return f"{pages[0]} - {pages[1]}"


def _render_agenda(path: Path) -> None:
    pdf = _new_doc(f"{BODY} - Agenda - 17 June 2025", CREATED)
    pdf.running_header = f"{BODY} - 17 June 2025 - Agenda"
    pdf.add_page()
    # letterhead
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(95, 10, "Kinnordy Council")
    pdf.set_font("Helvetica", "", 9)
    block = [
        "Legal and Governance",
        "Viewfield House",
        "Bervie Road",
        "Carronhaven",
        "KN3 2DB",
        "",
        f"Tel: {CONTACT['phone']}",
        f"Email: {CONTACT['email']}",
        "Our Ref: MAC/RF/25",
        "Date: 10 June 2025",
    ]
    y0 = 20
    for i, line in enumerate(block):
        pdf.set_xy(135, y0 + i * 4.3)
        pdf.cell(55, 4.3, line)
    pdf.set_xy(20, 32)
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(95, 5, "Please ask for: Ruth Forbes, Committee Officer")
    pdf.set_y(y0 + len(block) * 4.3 + 6)
    pdf.set_font("Helvetica", "", 11)
    _hanging(pdf, "To:", "Members of the Mearns Area Committee - " + _members_line(), 20, 32)
    pdf.ln(1)
    pdf.multi_cell(0, LH, "Dear Councillor,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "MEARNS AREA COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(
        0,
        LH,
        "You are requested to attend a meeting of the Mearns Area Committee to be held in the Council "
        "Chamber, Viewfield House, Carronhaven on **TUESDAY, 17 JUNE 2025 at 10.00 am**. Members may attend "
        "in person or remotely using Microsoft Teams.",
        markdown=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.multi_cell(
        0,
        LH,
        "This meeting will be live streamed, and a recording of the public part of the meeting will be "
        "made available on the Council's website. Members who are unable to attend are asked to intimate "
        "their apologies to the Committee Officer named above.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.multi_cell(0, LH, "Yours sincerely,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, LH, "Alasdair Gillespie", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, LH, "Head of Legal and Governance", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    # business
    _ensure(pdf, 20)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(150, 7, "B U S I N E S S")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(20, 7, "Page", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    apps_started = False
    for entry in AGENDA:
        kind = entry["kind"]
        if kind in ("banner", "exempt_banner"):
            _ensure(pdf, 16)
            pdf.ln(2)
            pdf.set_font("Helvetica", "BU" if kind == "banner" else "B", 10.5)
            pdf.multi_cell(150, LH, entry["title"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
            continue
        if kind == "app":
            if not apps_started:
                _app_table_header(pdf)
                apps_started = True
            _app_row(pdf, entry)
            continue
        if apps_started:
            apps_started = False
            pdf.ln(3)
        _ensure(pdf, 12)
        y = pdf.get_y()
        page = pdf.page_no()
        _hanging(pdf, f"{entry['number']}.", entry["title"], 20, 32, style="B", size=11, after=0, width=134, align="L")
        end_y = pdf.get_y()
        if entry["pages"]:
            if pdf.page_no() == page:
                pdf.set_xy(170, y)
            else:
                pdf.set_xy(170, end_y - LH)
            pdf.set_font("Helvetica", "", 10.5)
            pdf.cell(20, LH, _pages_text(entry["pages"]), align="R")
            pdf.set_xy(20, end_y)
        pdf.ln(1.5)
        if entry.get("text") == "equality":
            for label, text in EQUALITY_TEXT:
                if not label:
                    _hanging(pdf, "", text, 32, 32, size=10, after=1.5)
                elif label.startswith("(") and label[1].isdigit():
                    _hanging(pdf, label, text, 32, 42, size=10, after=1.5)
                else:
                    _hanging(pdf, label, text, 42, 52, size=10, after=1.0)
            pdf.ln(2)
        elif entry.get("text") == "exempt":
            _hanging(pdf, "", EXEMPT_TEXT, 32, 32, size=10, after=3)
        elif entry["number"] == "7":
            pdf.set_font("Helvetica", "I", 9.5)
            pdf.set_x(32)
            pdf.multi_cell(
                138,
                4.6,
                "Planning applications are listed below with the officer recommendation. "
                "Where requests to speak have been received, this is indicated.",
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.ln(2)
        else:
            pdf.ln(1.5)
    pdf.ln(4)
    _ensure(pdf, 30)
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(0, LH, "Description of Exempt Information:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, LH, EXEMPT_DESCRIPTION, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0,
        4.5,
        "Copies of the reports are available on the Council's website. For further information about "
        f"this agenda please contact {CONTACT['name']}, Committee Officer, on {CONTACT['phone']} or at "
        f"{CONTACT['email']}.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


APP_COLS = [(20, 12), (32, 98), (130, 40), (170, 20)]  # (x, width)


def _app_table_header(pdf: FPDF) -> None:
    _ensure(pdf, 20)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_fill_color(225, 225, 225)
    y = pdf.get_y()
    for (x, w), text in zip(APP_COLS, ["Item", "Reference and Description", "Recommendation", "Page"]):
        pdf.set_xy(x, y)
        pdf.cell(w, 6, text, border=1, fill=True, align="R" if text == "Page" else "L")
    pdf.set_xy(20, y + 6)


def _app_row(pdf: FPDF, entry: dict) -> None:
    pdf.set_font("Helvetica", "", 9.5)
    lh = 4.6
    desc = f"{entry['ref']} {entry['title']}"
    desc_lines = pdf.multi_cell(APP_COLS[1][1] - 2, lh, desc, dry_run=True, output="LINES")
    rec_lines = pdf.multi_cell(APP_COLS[2][1] - 2, lh, entry["recommendation"], dry_run=True, output="LINES")
    n = max(len(desc_lines) + (2 if entry["speak"] else 0), len(rec_lines))
    height = n * lh + 3
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()
        _app_table_header(pdf)
    y = pdf.get_y()
    for x, w in APP_COLS:
        pdf.rect(x, y, w, height)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_xy(APP_COLS[0][0] + 1, y + 1.5)
    pdf.cell(APP_COLS[0][1] - 2, lh, entry["number"])
    pdf.set_font("Helvetica", "", 9.5)
    for i, line in enumerate(desc_lines):
        pdf.set_xy(APP_COLS[1][0] + 1, y + 1.5 + i * lh)
        pdf.cell(APP_COLS[1][1] - 2, lh, line)
    if entry["speak"]:
        pdf.set_font("Helvetica", "I", 9)
        pdf.set_xy(APP_COLS[1][0] + 1, y + 1.5 + (len(desc_lines) + 0.6) * lh)
        pdf.cell(APP_COLS[1][1] - 2, lh, "Requests to speak received")
        pdf.set_font("Helvetica", "", 9.5)
    for i, line in enumerate(rec_lines):
        pdf.set_xy(APP_COLS[2][0] + 1, y + 1.5 + i * lh)
        pdf.cell(APP_COLS[2][1] - 2, lh, line)
    pdf.set_xy(APP_COLS[3][0] + 1, y + 1.5)
    pdf.cell(APP_COLS[3][1] - 2, lh, _pages_text(entry["pages"]), align="R")
    pdf.set_xy(20, y + height)


# ---------------------------------------------------------------------------------------------
# Minute
# ---------------------------------------------------------------------------------------------


def _names(surnames: list[str]) -> str:
    if len(surnames) == 1:
        return f"Councillor {surnames[0]}"
    return "Councillors " + ", ".join(surnames[:-1]) + " and " + surnames[-1]


def _render_vote(pdf: FPDF, key: str) -> None:
    v = VOTES[key]
    chair = {"Rattray": "the Chair"}
    seconder = chair.get(v["seconder"], f"Councillor {v['seconder']}")
    _hanging(pdf, "", f"Councillor {v['mover']}, seconded by {seconder}, moved {v['motion']}.", 35, 35)
    _hanging(
        pdf,
        "",
        f"Councillor {v['amender']}, seconded by Councillor {v['amend_seconder']}, moved as an "
        f"amendment {v['amendment']}.",
        35,
        35,
    )
    if v["style"] == "named":
        _hanging(pdf, "", "Members of the Committee voted:-", 35, 35, after=1.5)
        rows = [("for the motion", v["for"]), ("for the amendment", v["against"])]
        if v["abstain"]:
            rows.append(("abstained", v["abstain"]))
        for i, (label, names) in enumerate(rows):
            end = "." if i == len(rows) - 1 else (";" if i < len(rows) - 2 else "; and")
            _hanging(pdf, f"{label} ({len(names)})", f"- {_names(names)}{end}", 45, 90, after=1.2, align="L")
        pdf.ln(1.5)
    else:
        _hanging(
            pdf,
            "",
            f"On a vote being taken by a show of hands, {v['yes']} Members voted for the motion and {v['no']} "
            "Members voted for the amendment.",
            35,
            35,
        )


def _render_minutes(path: Path) -> None:
    pdf = _new_doc(f"{BODY} - Minute - 17 June 2025", MINUTE_CREATED)
    pdf.running_header = f"{BODY} - 17 June 2025"
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 7, BODY.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(
        0,
        6,
        "COUNCIL CHAMBER, VIEWFIELD HOUSE, CARRONHAVEN (AND REMOTELY),\n17 JUNE 2025 AT 10.00 AM",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)

    present = [m for m in MEMBERS if m[3] in ("present", "virtual")]
    present_txt = []
    for printed, _s, role, status in present:
        bits = []
        if role:
            bits.append(role)
        if status == "virtual":
            bits.append("remotely")
        present_txt.append(f"{printed} ({', '.join(bits)})" if bits else printed)
    present_line = "Councillors " + ", ".join(present_txt[:-1]) + " and " + present_txt[-1] + "."
    apologies = [m[0] for m in MEMBERS if m[3] == "apologies"]
    officers = "; ".join(f"{title} ({name}){extra}" for title, name, extra in OFFICERS) + "."
    also = f"{ALSO[0][0]} {ALSO[0][1]}, {ALSO[0][2]}, and {ALSO[1][0]} {ALSO[1][1]}, {ALSO[1][2]} (both for Item 5)."
    for label, text in [
        ("Present:", present_line),
        ("Apologies:", "Councillor " + " and ".join(apologies) + "."),
        ("Officers:", officers),
        ("Also in\nAttendance:", also),
    ]:
        pdf.set_font("Helvetica", "B", 11)
        _ensure(pdf, LH * 2)
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.multi_cell(30, LH, label)
        pdf.set_xy(52, y)
        pdf.set_font("Helvetica", "", 11)
        pdf.set_left_margin(52)
        pdf.multi_cell(0, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(20)
        pdf.set_y(max(pdf.get_y(), y + (LH * 2 if "\n" in label else LH)))
        pdf.ln(3)
    pdf.ln(3)

    for item in MINUTE:
        number = item["number"]
        _ensure(pdf, 26)
        _hanging(pdf, f"{number}.", _minute_title(number), 20, 35, style="B", after=3, align="L")
        for block in item["blocks"]:
            kind = block[0]
            if kind == "p":
                _hanging(pdf, "", block[1], 35, 35)
            elif kind == "note":
                pdf.set_font("Helvetica", "I", 11)
                _hanging(pdf, "", f"({block[1]})", 35, 35, style="I")
            elif kind == "vote":
                _render_vote(pdf, block[1])
            elif kind == "agreed":
                intro, parts = block[1], block[2]
                _hanging(pdf, "", intro, 35, 35, after=2 if parts else 2.5)
                for i, (text, subs) in enumerate(parts, start=1):
                    _hanging(pdf, f"({i})", text, 35, 45, after=1.5 if subs else 2)
                    for j, sub in enumerate(subs):
                        _hanging(pdf, f"({chr(97 + j)})", sub, 45, 55, after=1.2)
                    if subs:
                        pdf.ln(1)
                pdf.ln(1)
        pdf.ln(3)
    _ensure(pdf, 20)
    pdf.ln(4)
    pdf.set_font("Helvetica", "I", 11)
    pdf.cell(0, LH, "The meeting concluded at 1.26 pm.", align="L", new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------
# Contract
# ---------------------------------------------------------------------------------------------


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / "agendas" / AGENDA_FILE
    minutes = folder / "minutes" / MINUTES_FILE
    _render_agenda(agenda)
    _render_minutes(minutes)
    return [agenda, minutes]


def _meeting() -> dict:
    return {"body": BODY, "date": DATE_ISO, "start_time": START}


def _gold_agenda() -> list[dict]:
    rows = []
    section = None
    for entry in AGENDA:
        if entry["kind"] in ("banner", "exempt_banner"):
            section = entry["title"]
            continue
        row = {
            "number": entry["number"],
            "title": _agenda_title(entry),
            "pages": {"first": entry["pages"][0], "last": entry["pages"][1]} if entry["pages"] else None,
            "part": entry.get("part", "public"),
            "parent": entry.get("parent"),
        }
        if section and entry["kind"] != "app":
            row["section"] = section
        if entry["kind"] == "app":
            row["note"] = "Recommendation: " + entry["recommendation"]
            if entry["speak"]:
                row["note"] += "; requests to speak received"
        rows.append(row)
    return rows


def _gold_votes() -> list[dict]:
    votes = []
    for key, v in VOTES.items():
        if v["style"] == "named":
            counts = {"yes": len(v["for"]), "no": len(v["against"]), "abstain": len(v["abstain"])}
            voters = {"yes": list(v["for"]), "no": list(v["against"]), "abstain": list(v["abstain"])}
        else:
            counts = {"yes": v["yes"], "no": v["no"], "abstain": v["abstain_n"]}
            voters = None
        vote = {
            "item": key,
            "result": v["result"],
            "result_as_printed": v["outcome"],
            "counts": counts,
            "motion": v["motion"],
            "mover": v["mover"],
            "seconder": v["seconder"],
            "note": f"yes = for the motion (moved by {v['mover']}), no = for the amendment (moved by {v['amender']}).",
        }
        if voters:
            vote["voters"] = voters
        votes.append(vote)
    return votes


def _gold_attendance() -> list[dict]:
    rows = []
    for printed, _s, role, status in MEMBERS:
        row = {"name": printed, "status": status}
        if role:
            row["role"] = role
        rows.append(row)
    for title, name, _extra in OFFICERS:
        rows.append({"name": name, "status": "in_attendance", "role": title})
    for rank, name, org in ALSO:
        rows.append({"name": name, "status": "also_present", "role": f"{rank}, {org}"})
    return rows


def gold() -> dict:
    agenda_record = {
        "file": f"generated/agendas/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Items 2A and 2B are top-level items (no item 2 is printed); the resolution text printed under "
            "them, with its (1), (a)-(c) and (2) labels, is body text, not agenda items.",
            "The planning applications 7A-7C are rows of a table under item 7 and are given parent 7; their "
            "titles are the application reference followed by the description, without the recommendation "
            "column or the 'Requests to speak received' line.",
            "Item 7's title is printed with its sub-heading '- Reports by the Director of Environment and "
            "Infrastructure Services' on the same line, so the whole line is kept as the title.",
            "Directorate banners (BUSINESS SERVICES, ENVIRONMENT AND INFRASTRUCTURE SERVICES) and the "
            "'press and public excluded' banner are headings, not items; they are recorded as section only.",
            "Item 11 is the only item under the exempt banner and is marked exempt; every other item is public.",
            "Pages are the printed pack page ranges from the right-hand column; items with no range printed "
            "(1, 2A, 2B and the item 7 heading) have pages null.",
        ],
        "meeting": {**_meeting(), "contact": dict(CONTACT)},
        "agenda": _gold_agenda(),
    }
    per_item = {item["number"]: _decisions(item) for item in MINUTE}
    minutes_record = {
        "file": f"generated/minutes/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "The Minute never uses the word 'resolved', so the Committee's own decision statements ('the "
            "Committee agreed ...') are counted: one for a single-sentence decision, or one for each "
            "numbered part under 'agreed:-'.",
            "Under Item 2A the lettered (a)-(c) lines complete part (1) ('to have due regard to the need "
            "to:-') and are not counted separately, so Item 2A counts 2.",
            "Items 1 and 7 record no decision (declarations, and the introduction to the planning "
            "applications) and count 0.",
            "For each vote 'yes' is the vote for the motion and 'no' the vote for the amendment; at Item 7B "
            "the amendment carried, so the vote's result is recorded as lost (the motion fell).",
            "The Item 8 vote is a show of hands printed with figures only, so it has counts and no voters.",
            "Councillor Skene attended remotely and is recorded as virtual; Councillor Duthie arrived late "
            "and Councillor Falconer left early but both are recorded as present.",
            "Officers are printed as 'Job Title (Initial Surname)' and are in_attendance with the job title as "
            "role; the police and fire officers under 'Also in Attendance' are also_present with their rank "
            "and service as role.",
            "Names are kept as printed in the sederunt (initial and surname).",
            "Speakers at planning items (Mr A Cowie, Ms H Knox, Mr D Mackie) are named only in the body of "
            "the Minute, not in the attendance part, and are not listed in attendance.",
            "The heading of Item 7 ('Planning Applications for Determination') is a numbered minute item of "
            "its own, and 7A-7C are items under it mapping to agenda items 7A-7C.",
            "The end time is taken from 'The meeting concluded at 1.26 pm.'; the adjournment from 11.52 am "
            "to 12.04 pm is not a separate meeting.",
        ],
        "meeting": {**_meeting(), "end_time": END},
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": [
                {"number": item["number"], "title": _minute_title(item["number"]), "agenda_item": item["number"]}
                for item in MINUTE
            ],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": _gold_votes(),
            "attendance": _gold_attendance(),
        },
    }
    return {
        f"agendas__{Path(AGENDA_FILE).stem}": agenda_record,
        f"minutes__{Path(MINUTES_FILE).stem}": minutes_record,
    }

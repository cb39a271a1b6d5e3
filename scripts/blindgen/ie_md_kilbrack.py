"""Kilbrack Municipal District (fictional), one of the municipal districts of the fictional
Carrigmore County Council (Comhairle Contae na Carraige Moire), Ireland.

Two files for the Ordinary Meeting of Monday 19th May 2025:

* ``agendas/kilbrack-md_ordinary-meeting_2025-05-19_agenda.pdf`` - the summons letter from the
  Meetings Administrator (page 1) and the "Clar / Agenda" (page 2 on), thirteen numbered items
  with lettered sub-items "(a)", "(b)" under items 1, 6, 7 and 12, explanatory lines (notice
  references, motion texts in quotes) printed in italics under the item headings. No page
  references are printed against the items.
* ``minutes/kilbrack-md_ordinary-meeting_2025-05-19_minutes.pdf`` - the minutes, in the house
  style of Irish municipal district minutes: a bilingual masthead, a label/value attendance block
  (In the Chair, Members Present, Attending Remotely, Apologies, Officials in Attendance, Also
  Present), minute numbers of the form "KMD 58/25" continuing the district's running series for
  the year, upper-case headings, "Proposed by / Seconded by / and RESOLVED:" blocks beside
  "AND AGREED:" blocks and inline "it was proposed ... and resolved that" sentences, a show of
  hands recorded by figures only, a roll call printed as a member-by-member table, late arrival,
  a member leaving, a declaration of interest under Section 177 of the Local Government Act
  2001, a deputation heard under suspended Standing Orders, a short adjournment, running
  header on continuation pages and "Page n of N" footers.

Conventions of this clerk: decisions that bind the Council (minutes, land disposal, Part 8,
taking in charge, standing orders, a motion adopted formally) are worded "Resolved"; routine
agreement (scheme approvals, noting, letters) is worded "AND AGREED" or "agreed" and is no
resolution. Money is printed "EUR" (core fonts carry no euro sign in latin-1).

All data (people, agenda, minutes blocks, votes) is held once in module-level structures; the
PDFs and the gold records are both produced from them.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

CREATED = datetime(2025, 6, 17, 9, 30, tzinfo=timezone.utc)
AGENDA_CREATED = datetime(2025, 5, 13, 15, 10, tzinfo=timezone.utc)

AGENDA_FILE = "agendas/kilbrack-md_ordinary-meeting_2025-05-19_agenda.pdf"
MINUTES_FILE = "minutes/kilbrack-md_ordinary-meeting_2025-05-19_minutes.pdf"

COUNCIL_GA = "COMHAIRLE CONTAE NA CARRAIGE MÓIRE"
COUNCIL_EN = "CARRIGMORE COUNTY COUNCIL"
DISTRICT_GA = "Ceantar Bardasach Chill Bhreac"
DISTRICT_EN = "Kilbrack Municipal District"
VENUE = "the Council Chamber, Civic Offices, Main Street, Kilbrack, Co. Carrigmore"
ADDRESS = "Civic Offices, Main Street, Kilbrack, Co. Carrigmore, R42 K7W3"
PHONE = "(059) 914 2260"
EMAIL = "kilbrackmd@carrigmorecoco.ie"

MEETING = {"date": "2025-05-19", "start_time": "10:00", "end_time": "13:20"}

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

# first, surname, short form used in the body, role, status, remark printed in attendance
MEMBERS = [
    {"first": "Mick", "surname": "Culleton", "short": "M. Culleton", "role": None, "status": "present"},
    {"first": "Siobhán", "surname": "Dunphy", "short": "S. Dunphy", "role": None, "status": "present"},
    {"first": "Tom", "surname": "Fennelly", "short": "T. Fennelly", "role": "Leas-Chathaoirleach", "status": "present"},
    {"first": "Pádraig", "surname": "Hartigan", "short": "P. Hartigan", "role": None, "status": "present"},
    {"first": "Bríd", "surname": "Kehoe", "short": "B. Kehoe", "role": "Cathaoirleach", "status": "present"},
    {"first": "Aoife", "surname": "Ní Bhriain", "short": "A. Ní Bhriain", "role": None, "status": "virtual"},
    {"first": "Eamon", "surname": "O'Dwyer", "short": "E. O'Dwyer", "role": None, "status": "apologies"},
    {"first": "John Joe", "surname": "Quirke", "short": "J.J. Quirke", "role": None, "status": "present"},
    {"first": "Caroline", "surname": "Stafford-Burke", "short": "C. Stafford-Burke", "role": None, "status": "present"},
]
BY_SURNAME = {m["surname"]: m for m in MEMBERS}

OFFICIALS = [
    ("Ms.", "Gráinne Doolan", "Director of Services, Roads, Transportation and Municipal District Operations"),
    ("Mr.", "Colm Treacy", "Senior Executive Officer, Kilbrack Municipal District"),
    ("Mr.", "Ronan Hickey", "Senior Executive Engineer, Kilbrack Municipal District"),
    ("Ms.", "Lorraine Furey", "Senior Executive Planner (Item KMD 63/25 only)"),
    ("Mr.", "Kevin Moran", "Administrative Officer, Housing Delivery"),
    ("Ms.", "Niamh Costigan", "Meetings Administrator"),
    ("Ms.", "Deirdre Phelan", "Assistant Staff Officer"),
]

ALSO_PRESENT = [
    ("Mr.", "Declan Brophy", "Chairperson, Ballyconnor Business Association"),
    ("Ms.", "Helen Kinsella", "Secretary, Ballyconnor Business Association"),
]


def cllr(surname: str) -> str:
    return "Cllr. " + BY_SURNAME[surname]["short"]


# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------

MOTIONS = {
    "14": (
        "Siobhán Dunphy",
        "That Kilbrack Municipal District calls on Transport Infrastructure Ireland to fund and deliver, as "
        "a matter of urgency, safety improvements at the junction of the N87 and the L-30419 at Rathgorm "
        "Cross, where there have been three serious collisions since 2022.",
    ),
    "15": (
        "Eamon O'Dwyer",
        "That Kilbrack Municipal District extends public lighting along the R967 from the Ballinvally "
        "national school to the entrance to Ballinvally GAA grounds, a distance of approximately 400 "
        "metres, and that the works be included in the 2026 public lighting programme.",
    ),
    "16": (
        "Mick Culleton",
        "That Kilbrack Municipal District reintroduces free parking for the first hour in all Council "
        "operated pay and display car parks in Kilbrack and Ballyconnor town centres, to support local "
        "traders.",
    ),
    "17": (
        "Caroline Stafford-Burke",
        "That Kilbrack Municipal District writes to the Minister for Housing, Local Government and "
        "Heritage requesting that the maximum Vacant Property Refurbishment Grant under the Croí "
        "Cónaithe (Towns) Fund be increased in line with construction cost inflation since 2023.",
    ),
}

# number, title, lines printed under the heading (italic), sub-items (letter, title, lines)
AGENDA = [
    (
        "1",
        "Confirmation of Minutes",
        [],
        [
            ("a", "Minutes of Ordinary Meeting of Kilbrack Municipal District held on 14th April 2025", []),
            ("b", "Minutes of Special Meeting of Kilbrack Municipal District held on 28th April 2025", []),
        ],
    ),
    ("2", "Matters Arising from the Minutes", [], []),
    ("3", "Votes of Sympathy and Congratulations", [], []),
    (
        "4",
        "Disposal of Property - Section 183 of the Local Government Act 2001: Disposal of 0.081 hectares of "
        "land at Knocknagree Road, Kilbrack, Co. Carrigmore to Mr. Ciarán Walsh",
        ["Notice under Section 183 dated 30th April 2025 circulated herewith."],
        [],
    ),
    (
        "5",
        "Part 8 - Proposed Public Realm Enhancement Scheme, Market Square, Ballyconnor",
        [
            "To consider the Chief Executive's Report pursuant to Section 179(4) of the Planning and Development "
            "Act 2000 (as amended) - report herewith."
        ],
        [],
    ),
    (
        "6",
        "Taking in Charge of Residential Developments - Section 180 of the Planning and Development Act 2000 "
        "(as amended) and Section 11 of the Roads Act 1993",
        [],
        [
            ("a", "Cluain Ard, Kilbrack (38 units)", []),
            ("b", "The Paddocks, Rathgorm (22 units)", []),
        ],
    ),
    (
        "7",
        "Roads and Transportation",
        [],
        [
            ("a", "Schedule of Municipal District Works 2025 - Progress Report", []),
            ("b", "Community Involvement Scheme 2025 - Approval of Schemes", []),
        ],
    ),
    ("8", "Housing Update - Kilbrack Municipal District", [], []),
    ("9", "Town and Village Renewal Scheme 2025 - Proposed Applications", [], []),
    ("10", "Questions", ["Replies to questions received in accordance with Standing Orders."], []),
    ("11", "Correspondence", [], []),
    (
        "12",
        "Notices of Motion",
        [],
        [
            (chr(ord("a") + i), f"Notice of Motion No. {no}/2025 - Cllr. {MOTIONS[no][0]}", [f'"{MOTIONS[no][1]}"'])
            for i, no in enumerate(sorted(MOTIONS))
        ],
    ),
    ("13", "Any Other Business", ["With the agreement of the Cathaoirleach."], []),
]

# ---------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------
# Blocks:
#   ("p", text[, resolutions])      paragraph; resolutions = "resolved" clauses it holds (default 0)
#   ("sub", text)                   bold sub-heading inside a minute
#   ("time", text)                  italic procedural note (arrivals, departures, adjournments)
#   ("quote", text)                 indented motion text
#   ("list", [items])               indented bullet list
#   ("table", header, rows)         small table of figures
#   ("resolved", proposer, seconder, clause, parts)   "Proposed by/Seconded by/and RESOLVED:" block;
#                                   counts len(parts) resolutions, or 1 without parts
#   ("agreed", proposer, seconder, clause, parts)     "AND AGREED:" block (no resolution)
#   ("show", vote)                  show of hands, figures only
#   ("roll", vote)                  roll call table

SHOW_AMENDMENT = {
    "motion": "Amendment (Cllr. M. Culleton): retain fourteen on-street parking spaces on the eastern side",
    "counts": {"yes": 3, "no": 5, "abstain": 0},
    "result": "lost",
    "text": "The amendment was put to the meeting by a show of hands, Cllr. A. Ní Bhriain indicating her vote "
    "remotely, with {yes} members voting in favour and {no} against, with no abstentions. The "
    "Cathaoirleach declared the amendment lost.",
}

ROLL_PART8 = {
    "motion": "That the proposed development proceed as recommended in the Chief Executive's report",
    "result": "carried",
    "votes": {
        "Culleton": "Against",
        "Dunphy": "For",
        "Fennelly": "For",
        "Hartigan": "For",
        "Kehoe": "For",
        "Ní Bhriain": "Abstain",
        "O'Dwyer": "Absent",
        "Quirke": "For",
        "Stafford-Burke": "For",
    },
    "mover": "Dunphy",
    "seconder": "Stafford-Burke",
}

SHOW_MOTION16 = {
    "motion": "Notice of Motion No. 16/2025 (free first hour parking)",
    "counts": {"yes": 2, "no": 4, "abstain": 1},
    "result": "lost",
    "text": "The Cathaoirleach put the motion to the meeting by a show of hands. {yes} members voted in favour, "
    "{no} against and {abstain} member abstained. The Cathaoirleach declared the motion lost.",
}

MINUTES = [
    {
        "number": "KMD 58/25",
        "title": "VOTES OF SYMPATHY AND CONGRATULATIONS",
        "agenda_item": "3",
        "blocks": [
            ("p", "At the outset, and with the agreement of the members, the Cathaoirleach took Item 3 on the agenda."),
            (
                "p",
                "The Cathaoirleach, on behalf of the members and staff of Kilbrack Municipal District, extended a "
                "vote of sympathy to the following:",
            ),
            (
                "list",
                [
                    "The family of the late Mr. Paddy Furlong, Ballyconnor, former member of Kilbrack Town Council "
                    "(1985 - 2004) and Cathaoirleach of that Council in 1991/1992.",
                    "Mrs. Noreen Byrne, Rathgorm, on the death of her husband, Jim.",
                    "Ms. Anne Devereux, Roads Section, Kilbrack Area Office, on the death of her father, Michael.",
                ],
            ),
            (
                "p",
                "Cllrs. T. Fennelly, P. Hartigan and M. Culleton paid tribute to the late Mr. Furlong, recalling "
                "his work for the Ballyconnor swimming pool and his long service on the board of the Kilbrack "
                "Credit Union. The members and officials stood for a minute's silence.",
            ),
            (
                "p",
                "Votes of congratulations were extended to Kilbrack Rovers U-15 team on winning the Carrigmore "
                "Schoolboys Cup, to Scoil Mhuire, Rathgorm on the award of its fifth Green Flag, and to Ms. Sorcha "
                "Nolan, Ballyconnor, on her selection for the Irish U-20 rowing squad. It was agreed that letters "
                "of sympathy and congratulations would issue on behalf of the Municipal District.",
            ),
        ],
    },
    {
        "number": "KMD 59/25",
        "title": "CONFIRMATION OF MINUTES",
        "agenda_item": "1",
        "blocks": [
            ("sub", "(a) Minutes of Ordinary Meeting held on 14th April 2025"),
            (
                "resolved",
                "Dunphy",
                "Fennelly",
                "That the Minutes of the Ordinary Meeting of Kilbrack Municipal District held on Monday, 14th April "
                "2025, copies of which had been circulated to each Member, be and are hereby confirmed.",
                [],
            ),
            ("sub", "(b) Minutes of Special Meeting held on 28th April 2025"),
            (
                "p",
                "Cllr. M. Culleton noted that his name had been omitted from the list of members present at the "
                "Special Meeting. The Meetings Administrator apologised for the error and confirmed that the record "
                "would be corrected. The minutes, as so amended, were confirmed on the proposal of Cllr. M. "
                "Culleton, seconded by Cllr. C. Stafford-Burke.",
            ),
        ],
    },
    {
        "number": "KMD 60/25",
        "title": "MATTERS ARISING FROM THE MINUTES",
        "agenda_item": "2",
        "blocks": [
            (
                "p",
                "Cllr. S. Dunphy referred to minute KMD 47/25 and asked for an update on the flooding at Tobar Lane, "
                "Kilbrack. Mr. R. Hickey, Senior Executive Engineer, advised that the matter had been resolved "
                "following the cleaning and partial replacement of the culvert under the lane in the week of 22nd "
                "April, and that the drainage crew would monitor the location during the next period of heavy "
                "rainfall.",
            ),
            ("time", "Cllr. J.J. Quirke arrived at the meeting at 10.20 a.m."),
            (
                "p",
                "Cllr. P. Hartigan asked when the faulty public lights at Rathgorm Green, reported at the April "
                "meeting, would be repaired. Mr. Hickey replied that the lanterns had been ordered by the public "
                "lighting contractor and that the work was scheduled for completion by the end of May. Cllr. "
                "Hartigan asked that the residents be kept informed, which Mr. Hickey agreed to do.",
            ),
        ],
    },
    {
        "number": "KMD 61/25",
        "title": "DISPOSAL OF PROPERTY - SECTION 183 OF THE LOCAL GOVERNMENT ACT 2001 - LAND AT KNOCKNAGREE ROAD, "
        "KILBRACK",
        "agenda_item": "4",
        "blocks": [
            (
                "p",
                "Cllr. J.J. Quirke declared an interest in this item under Section 177 of the Local Government Act "
                "2001, the proposed purchaser being a relative by marriage. He withdrew from the Chamber for the "
                "duration of the item and took no part in the discussion or decision.",
            ),
            (
                "p",
                "Mr. C. Treacy, Senior Executive Officer, referred to the notice under Section 183 dated 30th April "
                "2025, which had been circulated to the members. He explained that the plot comprised a roadside "
                "strip of 0.081 hectares at Knocknagree Road which had become surplus to the Council's requirements "
                "following completion of the Knocknagree junction improvement scheme in 2023. The consideration of "
                "EUR 12,500 had been agreed following a valuation by the Council's valuer, with each party bearing "
                "its own legal costs.",
            ),
            (
                "p",
                "In response to Cllr. S. Dunphy, Mr. Treacy confirmed that the purchaser would be required to erect "
                "a new boundary wall to the Council's specification and that the sightlines at the junction would "
                "not be affected. Cllr. T. Fennelly welcomed the disposal, which would tidy up an untidy corner on "
                "one of the main approaches to the town.",
            ),
            (
                "resolved",
                "Fennelly",
                "Dunphy",
                "That Kilbrack Municipal District of Carrigmore County Council, pursuant to Section 183 of the Local "
                "Government Act 2001, hereby approves the disposal of 0.081 hectares of land at Knocknagree Road, "
                "Kilbrack, Co. Carrigmore, to Mr. Ciarán Walsh, 4 Hazel Grove, Kilbrack, for the sum of EUR 12,500, in "
                "accordance with the terms set out in the notice dated 30th April 2025.",
                [],
            ),
            ("time", "Cllr. J.J. Quirke returned to the Chamber at 10.41 a.m."),
        ],
    },
    {
        "number": "KMD 62/25",
        "title": "SUSPENSION OF STANDING ORDERS - DEPUTATION FROM BALLYCONNOR BUSINESS ASSOCIATION",
        "agenda_item": None,
        "blocks": [
            (
                "p",
                "It was proposed by Cllr. P. Hartigan, seconded by Cllr. A. Ní Bhriain and resolved that Standing "
                "Orders be suspended to allow a deputation from Ballyconnor Business Association to address the "
                "meeting for a period not exceeding ten minutes in advance of the consideration of Item 5 on the "
                "agenda.",
                1,
            ),
            (
                "p",
                "The Cathaoirleach welcomed Mr. Declan Brophy, Chairperson, and Ms. Helen Kinsella, Secretary, of "
                "Ballyconnor Business Association. Mr. Brophy said that the Association supported the principle of "
                "the public realm scheme but was concerned at the loss of on-street parking on Market Square, "
                "which traders relied on for short stay customers. Ms. Kinsella asked that the works be phased to "
                "avoid the November and December trading period and that access to premises be maintained at all "
                "times during construction.",
            ),
            (
                "p",
                "Cllrs. M. Culleton, C. Stafford-Burke and T. Fennelly thanked the deputation for their "
                "presentation. The Cathaoirleach thanked Mr. Brophy and Ms. Kinsella, who then left the meeting. "
                "Standing Orders were resumed at 11.02 a.m.",
            ),
        ],
    },
    {
        "number": "KMD 63/25",
        "title": "PART 8 - PROPOSED PUBLIC REALM ENHANCEMENT SCHEME, MARKET SQUARE, BALLYCONNOR",
        "agenda_item": "5",
        "blocks": [
            (
                "p",
                "Ms. L. Furey, Senior Executive Planner, presented the Chief Executive's report dated 7th May 2025, "
                "prepared pursuant to Section 179(4) of the Planning and Development Act 2000 (as amended). She "
                "advised that the plans and particulars had been on public display from 20th February 2025 to 20th "
                "March 2025 and that 27 submissions had been received by the closing date of 3rd April 2025, "
                "including submissions from Transport Infrastructure Ireland and Uisce Éireann. An Appropriate "
                "Assessment screening had concluded that the scheme would not have a significant effect on any "
                "European site, and a preliminary examination had concluded that an Environmental Impact "
                "Assessment was not required.",
            ),
            (
                "p",
                "Ms. Furey outlined the modifications recommended at Section 7 of the report: the retention of "
                "eight of the twenty-two existing on-street parking spaces, the provision of an additional "
                "accessible parking bay and a dedicated loading bay at the northern end of the Square, and a "
                "phasing condition excluding works between 1st November and 6th January. The Chief Executive "
                "recommended that the development proceed subject to those modifications.",
            ),
            (
                "p",
                "A lengthy discussion followed. Cllr. M. Culleton said that he could not support a scheme which "
                "removed fourteen parking spaces from the commercial heart of Ballyconnor, and that the views of "
                "the traders had not been given sufficient weight. Cllr. C. Stafford-Burke supported the scheme, "
                "noting the road safety concerns raised by Scoil Naomh Bríd and the number of older residents who "
                "had asked for wider footpaths and seating. Cllr. P. Hartigan said that the scheme would allow the "
                "District to draw down EUR 1.1 million under the Rural Regeneration and Development Fund and that "
                "the opportunity should not be lost. Cllr. A. Ní Bhriain, attending remotely, asked whether the "
                "loading bay could be extended to serve the pharmacy and the post office.",
            ),
            (
                "p",
                "Ms. G. Doolan, Director of Services, responded to the points raised. She advised that the loading "
                "bay would be sized to serve both premises, that the phasing condition addressed the request of "
                "the Business Association, and that the Council would carry out a parking survey twelve months "
                "after completion and report back to the members.",
            ),
            (
                "p",
                "Cllr. M. Culleton proposed an amendment, seconded by Cllr. A. Ní Bhriain, that the proposed "
                "development be further modified to retain fourteen on-street parking spaces on the eastern side "
                "of Market Square. Ms. Furey advised that the amendment would reduce the footpath on the eastern "
                "side below the minimum width set out in the Design Manual for Urban Roads and Streets.",
            ),
            ("show", SHOW_AMENDMENT),
            (
                "p",
                "Cllr. S. Dunphy then proposed, seconded by Cllr. C. Stafford-Burke, that the proposed development "
                "proceed as recommended in the Chief Executive's report. At the request of Cllr. M. Culleton a roll "
                "call vote was taken, with the following result:",
            ),
            ("roll", ROLL_PART8),
            ("p", "The Cathaoirleach declared the motion carried and it was accordingly"),
            (
                "resolved",
                None,
                None,
                "That Kilbrack Municipal District, having considered the report of the Chief Executive dated 7th May "
                "2025 prepared pursuant to Section 179(4)(a) of the Planning and Development Act 2000 (as amended) and "
                "Part 8 of the Planning and Development Regulations 2001 (as amended):",
                [
                    "notes the contents of the said report and the submissions received; and",
                    "approves that the proposed Public Realm Enhancement Scheme, Market Square, Ballyconnor be carried "
                    "out as recommended in the report, subject to the modifications set out in Section 7 thereof.",
                ],
            ),
            ("time", "The meeting adjourned at 11.50 a.m. for a short break and resumed at 12.05 p.m."),
        ],
    },
    {
        "number": "KMD 64/25",
        "title": "TAKING IN CHARGE OF RESIDENTIAL DEVELOPMENTS",
        "agenda_item": "6",
        "blocks": [
            (
                "p",
                "Mr. R. Hickey, Senior Executive Engineer, reported that both developments had been inspected and "
                "that all outstanding defects had been remedied by the developers to the satisfaction of the "
                "Council. Uisce Éireann had confirmed its acceptance of the water services in each estate. Public "
                "notices had been published in the Carrigmore Echo on 12th March 2025 and no objections or "
                "submissions had been received.",
            ),
            (
                "p",
                "Cllr. J.J. Quirke welcomed the taking in charge of The Paddocks, which the residents had sought for "
                "over six years, and thanked the residents' association for its persistence. Cllr. P. Hartigan "
                "asked that the open space at Cluain Ard be added to the grass cutting programme without delay, "
                "which Mr. Hickey confirmed.",
            ),
            (
                "resolved",
                "Hartigan",
                "Quirke",
                "That, pursuant to Section 180 of the Planning and Development Act 2000 (as amended) and Section 11 of "
                "the Roads Act 1993, the roads, footpaths, public lighting, open spaces and surface water drainage "
                "serving the following developments be taken in charge by Carrigmore County Council and the roads "
                "therein be declared to be public roads:",
                [
                    "Cluain Ard, Kilbrack (38 units), Planning Reg. Ref. 17/00412;",
                    "The Paddocks, Rathgorm (22 units), Planning Reg. Ref. 19/00981.",
                ],
            ),
        ],
    },
    {
        "number": "KMD 65/25",
        "title": "SCHEDULE OF MUNICIPAL DISTRICT WORKS 2025 - PROGRESS REPORT",
        "agenda_item": "7(a)",
        "blocks": [
            (
                "p",
                "Mr. R. Hickey presented the progress report on the Schedule of Municipal District Works 2025, "
                "which had been circulated with the agenda. The position on the main grant categories at 30th April "
                "2025 was as follows:",
            ),
            (
                "table",
                ["Grant category", "Allocation 2025", "Spent to 30/04/2025"],
                [
                    ["Restoration Improvement", "EUR 1,184,000", "EUR 212,450"],
                    ["Restoration Maintenance", "EUR 402,500", "EUR 96,310"],
                    ["Discretionary Grant", "EUR 338,000", "EUR 141,020"],
                    ["Local Improvement Scheme", "EUR 126,000", "EUR 0"],
                    ["Community Involvement Scheme", "EUR 95,000", "EUR 0"],
                ],
            ),
            (
                "p",
                "The surface dressing programme had commenced on 6th May and fourteen of the thirty-one roads on the "
                "programme had been completed. Resurfacing of the R967 at Ballinvally was due to start on 9th June, "
                "with a stop and go system in place for approximately three weeks.",
            ),
            (
                "p",
                "Cllr. M. Culleton raised the condition of the L-30577 at Ballinvally Upper, which he said had "
                "deteriorated badly over the winter. Cllr. C. Stafford-Burke asked that the hedge cutting notices "
                "be publicised again before the start of the season. Cllr. S. Dunphy asked for a footpath survey "
                "of Church Street, Kilbrack. Mr. Hickey responded to each of the queries and undertook to revert "
                "to Cllr. Dunphy on the footpath survey before the June meeting. The report was noted.",
            ),
        ],
    },
    {
        "number": "KMD 66/25",
        "title": "COMMUNITY INVOLVEMENT SCHEME 2025 - APPROVAL OF SCHEMES",
        "agenda_item": "7(b)",
        "blocks": [
            (
                "p",
                "Mr. R. Hickey advised that five applications had been received under the Community Involvement "
                "Scheme 2025, of which three met the criteria of the scheme, and that the local contribution in each "
                "case would be 15 per cent of the estimated cost.",
            ),
            (
                "agreed",
                "Ní Bhriain",
                "Culleton",
                "That the following roads be approved for inclusion in the Community Involvement Scheme 2025:",
                [
                    "L-30412 Coolnahorna (estimated cost EUR 41,000);",
                    "L-30577 Ballinvally Upper (estimated cost EUR 33,500);",
                    "L-8104 Tinnakilly (estimated cost EUR 20,500).",
                ],
            ),
        ],
    },
    {
        "number": "KMD 67/25",
        "title": "HOUSING UPDATE - KILBRACK MUNICIPAL DISTRICT",
        "agenda_item": "8",
        "blocks": [
            (
                "p",
                "Mr. K. Moran, Administrative Officer, presented the housing report for the Municipal District. "
                "There were 612 households on the social housing list with an area of choice in the District. "
                "Fourteen homes at Bóthar an Mhuilinn, Kilbrack had been completed and allocated in April, and "
                "construction of twenty-two homes at Rathgorm was on programme for completion in the first quarter "
                "of 2026. Forty-one applications for the Vacant Property Refurbishment Grant had been received from "
                "the District, of which nineteen had been approved.",
            ),
            (
                "p",
                "Cllr. C. Stafford-Burke asked about the time taken to re-let vacant Council houses. Mr. Moran "
                "advised that the average re-let time in the District was 21 weeks and that two additional "
                "contractors had been appointed to the voids framework. Cllr. J.J. Quirke asked that the Council "
                "consider purchasing the vacant former Garda station in Rathgorm for housing, and Mr. Moran agreed "
                "to examine the matter. Cllr. T. Fennelly complimented the housing staff on the standard of the "
                "homes at Bóthar an Mhuilinn. The report was noted.",
            ),
            ("time", "Cllr. P. Hartigan left the meeting at 12.40 p.m."),
        ],
    },
    {
        "number": "KMD 68/25",
        "title": "TOWN AND VILLAGE RENEWAL SCHEME 2025 - PROPOSED APPLICATIONS",
        "agenda_item": "9",
        "blocks": [
            (
                "p",
                "Mr. C. Treacy advised that the Department of Rural and Community Development had opened the Town "
                "and Village Renewal Scheme 2025, with a closing date of 27th June 2025. Following consultation with "
                "community groups, three projects were proposed for the District: a riverside walkway extension at "
                "Kilbrack (EUR 250,000), the upgrade of the village green at Rathgorm (EUR 150,000), and a "
                "feasibility study for the reuse of the former creamery building at Ballyconnor (EUR 75,000).",
            ),
            (
                "p",
                "Cllr. A. Ní Bhriain asked whether a fourth application could be made for Tinnakilly. Mr. Treacy "
                "explained that the Department had limited each local authority to a set number of applications and "
                "that Tinnakilly would be prioritised in 2026. Following discussion, on the proposal of Cllr. T. "
                "Fennelly, seconded by Cllr. J.J. Quirke, it was unanimously resolved that the three projects set "
                "out in the report be submitted to the Department of Rural and Community Development for funding "
                "under the Town and Village Renewal Scheme 2025.",
                1,
            ),
        ],
    },
    {
        "number": "KMD 69/25",
        "title": "QUESTIONS",
        "agenda_item": "10",
        "blocks": [
            (
                "p",
                "Replies to the following questions, submitted in accordance with Standing Orders, had been "
                "circulated to the members in advance of the meeting and were taken as read:",
            ),
            (
                "list",
                [
                    "Cllr. S. Dunphy - provision of a bring bank at the Kilbrack Community Centre car park.",
                    "Cllr. E. O'Dwyer - public lighting faults reported in the Ballinvally area since January 2025.",
                    "Cllr. C. Stafford-Burke - number of properties on the Derelict Sites Register in the District.",
                ],
            ),
            (
                "p",
                "Arising from the reply to her question, Cllr. C. Stafford-Burke asked how many derelict site levies "
                "had been collected in 2024. Mr. C. Treacy undertook to provide the figure to all members.",
            ),
        ],
    },
    {
        "number": "KMD 70/25",
        "title": "CORRESPONDENCE",
        "agenda_item": "11",
        "blocks": [
            ("p", "The following correspondence was noted:"),
            (
                "list",
                [
                    "Letter dated 24th April 2025 from Transport Infrastructure Ireland acknowledging the District's "
                    "letter regarding the N87 at Rathgorm Cross.",
                    "Letter dated 29th April 2025 from Uisce Éireann regarding capacity at the Rathgorm wastewater "
                    "treatment plant.",
                    "Email dated 2nd May 2025 from the office of the Minister for Housing, Local Government and Heritage "
                    "acknowledging the District's resolution on the Local Property Tax baseline.",
                    "Letter dated 6th May 2025 from Kilbrack Tidy Towns thanking the District for its support.",
                ],
            ),
            (
                "p",
                "Following discussion of the Uisce Éireann letter, it was agreed that Uisce Éireann be invited to "
                "attend the July meeting of the Municipal District.",
            ),
        ],
    },
    {
        "number": "KMD 71/25",
        "title": "NOTICE OF MOTION NO. 14/2025 - CLLR. S. DUNPHY",
        "agenda_item": "12(a)",
        "blocks": [
            (
                "p",
                'The following reply was read by Mr. R. Hickey: "Transport Infrastructure Ireland has included the '
                "junction at Rathgorm Cross in its 2025 review of high collision locations on the national road "
                "network. The Council has submitted the collision data held by the Area Office and a preliminary "
                "design for a right turning lane and improved sightlines. Funding for the scheme is a matter for "
                'TII."',
            ),
            (
                "p",
                "Cllr. S. Dunphy said that the junction was used by three school buses each morning and that a "
                "fatality could not be allowed to happen before action was taken. The motion was supported by all "
                "the members who spoke.",
            ),
            ("resolved", "Dunphy", "Kehoe", MOTIONS["14"][1], []),
        ],
    },
    {
        "number": "KMD 72/25",
        "title": "NOTICE OF MOTION NO. 15/2025 - CLLR. E. O'DWYER",
        "agenda_item": "12(b)",
        "blocks": [
            ("p", "In the absence of Cllr. E. O'Dwyer, it was agreed that the motion be deferred to the June meeting."),
        ],
    },
    {
        "number": "KMD 73/25",
        "title": "NOTICE OF MOTION NO. 16/2025 - CLLR. M. CULLETON",
        "agenda_item": "12(c)",
        "blocks": [
            ("quote", MOTIONS["16"][1]),
            (
                "p",
                'The following reply was read by Mr. C. Treacy: "Free parking for the first hour was withdrawn in '
                "2023 on the adoption of the Carrigmore County Council (Parking Control) Bye-Laws 2023. Its "
                "reintroduction would require a variation of the Bye-Laws following public consultation and would "
                "reduce the District's parking income by an estimated EUR 86,000 per annum.\"",
            ),
            (
                "p",
                "The motion was proposed by Cllr. M. Culleton and seconded by Cllr. A. Ní Bhriain. Cllr. Culleton "
                "said that the footfall in both towns had fallen since the free hour was withdrawn. Cllr. T. "
                "Fennelly said that he could not support a motion that would remove funding from the District's "
                "discretionary budget without identifying a replacement.",
            ),
            ("show", SHOW_MOTION16),
        ],
    },
    {
        "number": "KMD 74/25",
        "title": "NOTICE OF MOTION NO. 17/2025 - CLLR. C. STAFFORD-BURKE",
        "agenda_item": "12(d)",
        "blocks": [
            ("quote", MOTIONS["17"][1]),
            (
                "p",
                "The motion, having been proposed by Cllr. C. Stafford-Burke and seconded by Cllr. T. Fennelly, was "
                "adopted, and it was agreed that a letter issue to the Minister accordingly.",
            ),
        ],
    },
    {
        "number": "KMD 75/25",
        "title": "ANY OTHER BUSINESS",
        "agenda_item": "13",
        "blocks": [
            (
                "list",
                [
                    "Cllr. J.J. Quirke reminded members that the Kilbrack Agricultural Show would take place on Sunday, "
                    "27th July and asked that the District consider sponsoring the schools' art competition.",
                    "Cllr. M. Culleton asked that the verge at the entrance to Ballyconnor cemetery be cut before the "
                    "cemetery Sunday on 15th June. Mr. R. Hickey agreed to arrange this.",
                    "Cllr. T. Fennelly thanked the Outdoor staff for their work on the Kilbrack St. Patrick's Day parade "
                    "clean-up and the Spring Clean.",
                ],
            ),
            (
                "p",
                "It was agreed that the next Ordinary Meeting of Kilbrack Municipal District be held on Monday, 16th "
                "June 2025 at 10.00 a.m. in the Council Chamber, Civic Offices, Kilbrack.",
            ),
            ("p", "This concluded the business of the meeting, which ended at 1.20 p.m."),
        ],
    },
]


def resolution_count(blocks: list[tuple]) -> int:
    n = 0
    for block in blocks:
        if block[0] == "resolved":
            n += len(block[4]) or 1
        elif block[0] == "p" and len(block) > 2:
            n += block[2]
    return n


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

LINE = 5.2


class Doc(FPDF):
    running_header = ""
    footer_left = ""

    def header(self):
        if self.page_no() > 1 and self.running_header:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(80, 80, 80)
            self.set_y(10)
            self.cell(0, 4, self.running_header, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 15, self.w - self.r_margin, 15)
            self.set_text_color(0, 0, 0)
            self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        if self.footer_left:
            self.cell(0, 4, self.footer_left, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def new_doc(title: str, created: datetime) -> Doc:
    pdf = Doc(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author("Kilbrack Municipal District")
    pdf.set_creator("Microsoft Word")
    return pdf


def masthead(pdf: Doc) -> None:
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 6, COUNCIL_GA, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, COUNCIL_EN, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "I", 10.5)
    pdf.cell(0, 5.5, DISTRICT_GA, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 5.5, DISTRICT_EN.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(0, 0, 0)
    y = pdf.get_y() + 2
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_y(y + 5)


def para(pdf: Doc, text: str, indent: float = 0, style: str = "", size: float = 10.5, after: float = 2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - indent, LINE, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


# ----- agenda ---------------------------------------------------------------------------------


def render_agenda(path: Path) -> None:
    pdf = new_doc("Agenda - Ordinary Meeting of Kilbrack Municipal District - 19th May 2025", AGENDA_CREATED)
    pdf.footer_left = f"{DISTRICT_EN}, {ADDRESS}"
    pdf.add_page()
    masthead(pdf)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, LINE, "13th May 2025", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    para(pdf, "To: Each Member of Kilbrack Municipal District", style="B")
    para(pdf, "A Chomhairleoir, a chara,")
    para(
        pdf,
        "I am directed to summon you to attend the Ordinary Meeting of Kilbrack Municipal District which "
        f"will be held in {VENUE} on",
    )
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "MONDAY, 19th MAY 2025 at 10.00 a.m.", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    para(pdf, "for the transaction of the business set out on the attached Clár / Agenda.")
    para(
        pdf,
        "Members who wish to attend the meeting remotely through Microsoft Teams are asked to notify the "
        "Meetings Administrator by 4.00 p.m. on Friday, 16th May 2025. Members are reminded of their "
        "obligations under Part 15 of the Local Government Act 2001 in relation to the declaration of "
        "interests, and that Notices of Motion for the June meeting must be received by 12 noon on Monday, "
        "2nd June 2025.",
    )
    para(pdf, "Iarrtar ort a bheith i láthair ag an gcruinniú.", style="I")
    pdf.ln(2)
    para(pdf, "Is mise le meas,", after=10)
    para(pdf, "Niamh Costigan", style="B", after=0)
    para(pdf, "Meetings Administrator", after=0)
    para(pdf, DISTRICT_EN, after=4)
    para(pdf, f"Tel: {PHONE}    Email: {EMAIL}", size=9.5)

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "CLÁR / AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5,
        "Ordinary Meeting of Kilbrack Municipal District - Monday, 19th May 2025 at 10.00 a.m.",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(5)
    width = pdf.w - pdf.r_margin - pdf.l_margin
    for number, title, lines, subs in AGENDA:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_x(pdf.l_margin)
        pdf.cell(10, LINE, f"{number}.")
        pdf.multi_cell(width - 10, LINE, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for line in lines:
            pdf.set_font("Helvetica", "I", 10)
            pdf.set_x(pdf.l_margin + 10)
            pdf.multi_cell(width - 10, LINE, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for letter, sub_title, sub_lines in subs:
            pdf.ln(1)
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_x(pdf.l_margin + 10)
            pdf.cell(9, LINE, f"({letter})")
            pdf.multi_cell(width - 19, LINE, sub_title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            for line in sub_lines:
                pdf.set_font("Helvetica", "I", 10)
                pdf.set_x(pdf.l_margin + 19)
                pdf.multi_cell(width - 19, LINE, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3.5)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ----- minutes --------------------------------------------------------------------------------


def label_row(pdf: Doc, label: str, text: str, lines: list[str] | None = None) -> None:
    width = pdf.w - pdf.r_margin - pdf.l_margin
    pdf.set_font("Helvetica", "B", 10.5)
    y = pdf.get_y()
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(48, LINE, label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    label_end = pdf.get_y()
    pdf.set_y(y)
    pdf.set_font("Helvetica", "", 10.5)
    for line in lines or [text]:
        pdf.set_x(pdf.l_margin + 48)
        pdf.multi_cell(width - 48, LINE, line, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(max(pdf.get_y(), label_end) + 2.5)


def member_listing(m: dict) -> str:
    text = f"{m['first']} {m['surname']}"
    if m["role"] and m["role"] != "Cathaoirleach":
        text += f" ({m['role']})"
    return text


def render_block(pdf: Doc, block: tuple) -> None:
    kind = block[0]
    width = pdf.w - pdf.r_margin - pdf.l_margin
    if kind == "p":
        para(pdf, block[1])
    elif kind == "sub":
        para(pdf, block[1], style="B", after=1.5)
    elif kind == "time":
        para(pdf, block[1], style="I")
    elif kind == "quote":
        para(pdf, f'"{block[1]}"', indent=10, style="I")
    elif kind == "list":
        for entry in block[1]:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_x(pdf.l_margin + 6)
            pdf.cell(6, LINE, "-")
            pdf.multi_cell(width - 12, LINE, entry, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        pdf.ln(1.5)
    elif kind == "table":
        header, rows = block[1], block[2]
        widths = [70, 45, width - 115]
        pdf.set_x(pdf.l_margin + 4)
        pdf.set_font("Helvetica", "B", 9.5)
        for w, h in zip(widths, header):
            pdf.cell(w - 3, 6, h, border=1, align="L" if w == 70 else "R")
        pdf.ln(6)
        pdf.set_font("Helvetica", "", 9.5)
        for row in rows:
            pdf.set_x(pdf.l_margin + 4)
            for w, c in zip(widths, row):
                pdf.cell(w - 3, 5.5, c, border=1, align="L" if w == 70 else "R")
            pdf.ln(5.5)
        pdf.ln(3)
    elif kind in ("resolved", "agreed"):
        _, proposer, seconder, clause, parts = block
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.set_font("Helvetica", "", 10.5)
        if proposer:
            for label, who in (("Proposed by:", proposer), ("Seconded by:", seconder)):
                pdf.set_x(pdf.l_margin)
                pdf.cell(32, LINE, label)
                pdf.cell(0, LINE, cllr(who), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(
            0,
            LINE,
            ("and RESOLVED:" if proposer else "RESOLVED:") if kind == "resolved" else "AND AGREED:",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.ln(1)
        close = "" if parts else '"'
        para(pdf, f'"{clause}{close}', indent=8, after=1.5 if parts else 3)
        for i, part in enumerate(parts):
            letter = "abcdefgh"[i] if kind == "resolved" else ["i", "ii", "iii", "iv", "v"][i]
            last = i == len(parts) - 1
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_x(pdf.l_margin + 14)
            pdf.cell(9, LINE, f"({letter})")
            pdf.multi_cell(width - 23, LINE, part + ('"' if last else ""), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1 if not last else 3)
    elif kind == "show":
        vote = block[1]
        para(pdf, vote["text"].format(**vote["counts"]))
    elif kind == "roll":
        vote = block[1]
        if pdf.get_y() > 200:
            pdf.add_page()
        x0 = pdf.l_margin + 20
        pdf.set_x(x0)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(70, 6, "Member", border=1)
        pdf.cell(35, 6, "Vote", border=1, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "", 10)
        for surname, option in vote["votes"].items():
            pdf.set_x(x0)
            m = BY_SURNAME[surname]
            pdf.cell(70, 5.5, f"Cllr. {m['first']} {m['surname']}", border=1)
            pdf.cell(35, 5.5, option, border=1, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        tally = roll_counts(vote)
        pdf.ln(2)
        pdf.set_x(x0)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(
            0,
            LINE,
            f"For: {tally['yes']}     Against: {tally['no']}     Abstain: {tally['abstain']}     "
            f"Absent: {tally['absent']}",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.ln(3)


def roll_counts(vote: dict) -> dict:
    options = list(vote["votes"].values())
    return {
        "yes": options.count("For"),
        "no": options.count("Against"),
        "abstain": options.count("Abstain"),
        "absent": options.count("Absent"),
    }


def render_minutes(path: Path) -> None:
    pdf = new_doc("Minutes - Ordinary Meeting of Kilbrack Municipal District - 19th May 2025", CREATED)
    pdf.running_header = "Kilbrack Municipal District - Minutes of Ordinary Meeting held on 19th May 2025"
    pdf.add_page()
    masthead(pdf)
    para(
        pdf,
        "MINUTES OF THE ORDINARY MEETING OF KILBRACK MUNICIPAL DISTRICT HELD IN THE COUNCIL CHAMBER, "
        "CIVIC OFFICES, MAIN STREET, KILBRACK ON MONDAY, 19TH MAY 2025 AT 10.00 A.M.",
        style="B",
        after=5,
    )

    chair = next(m for m in MEMBERS if m["role"] == "Cathaoirleach")
    label_row(pdf, "In the Chair:", f"Cllr. {chair['first']} {chair['surname']}, Cathaoirleach")
    present = [member_listing(m) for m in MEMBERS if m["status"] == "present" and m is not chair]
    label_row(pdf, "Members Present:", "Cllrs. " + ", ".join(present[:-1]) + " and " + present[-1] + ".")
    remote = [m for m in MEMBERS if m["status"] == "virtual"]
    label_row(
        pdf,
        "Attending Remotely:",
        "; ".join(f"Cllr. {m['first']} {m['surname']}" for m in remote) + " (via Microsoft Teams).",
    )
    sent = [m for m in MEMBERS if m["status"] == "apologies"]
    label_row(pdf, "Apologies:", "; ".join(f"Cllr. {m['first']} {m['surname']}" for m in sent) + ".")
    label_row(pdf, "Officials in Attendance:", "", [f"{t} {n}, {r}" for t, n, r in OFFICIALS])
    label_row(
        pdf,
        "Also Present:",
        f"{ALSO_PRESENT[0][0]} {ALSO_PRESENT[0][1]}, {ALSO_PRESENT[0][2].split(',')[0]}, and "
        f"{ALSO_PRESENT[1][0]} {ALSO_PRESENT[1][1]}, {ALSO_PRESENT[1][2].split(',')[0]}, "
        "Ballyconnor Business Association (Item KMD 62/25 only).",
    )
    pdf.ln(1)
    para(
        pdf,
        f"The Cathaoirleach, Cllr. {chair['short']}, presided and welcomed the members, officials and "
        "members of the public and press to the meeting.",
        after=4,
    )

    for minute in MINUTES:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_x(pdf.l_margin)
        pdf.cell(26, LINE, minute["number"])
        pdf.multi_cell(
            pdf.w - pdf.r_margin - pdf.l_margin - 26, LINE, minute["title"], new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        pdf.ln(2)
        for block in minute["blocks"]:
            render_block(pdf, block)
        pdf.ln(2)

    if pdf.get_y() > 225:
        pdf.add_page()
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 10.5)
    for left, right in (
        ("Signed: ____________________________", "Signed: ____________________________"),
        ("Cathaoirleach", "Meetings Administrator"),
    ):
        pdf.set_x(pdf.l_margin)
        pdf.cell(85, LINE + 1, left)
        pdf.cell(0, LINE + 1, right, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.cell(0, LINE, "Date: ______________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    render_agenda(agenda)
    render_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def gold_agenda() -> list[dict]:
    items = []
    for number, title, lines, subs in AGENDA:
        item = {"number": number, "title": title, "pages": None, "part": "public", "parent": None}
        if lines:
            item["topics"] = lines
        items.append(item)
        for letter, sub_title, sub_lines in subs:
            sub = {
                "number": letter,
                "title": sub_title,
                "pages": None,
                "part": "public",
                "parent": number,
                "path": f"{number}.{letter}",
                "number_printed": f"({letter})",
            }
            if sub_lines:
                sub["topics"] = sub_lines
            items.append(sub)
    return items


def gold_attendance() -> list[dict]:
    people = []
    for m in MEMBERS:
        person = {"name": f"{m['first']} {m['surname']}", "status": m["status"]}
        if m["role"]:
            person["role"] = m["role"]
        people.append(person)
    for _, name, role in OFFICIALS:
        people.append({"name": name, "status": "in_attendance", "role": role})
    for _, name, role in ALSO_PRESENT:
        people.append({"name": name, "status": "also_present", "role": role})
    return people


def gold_votes() -> list[dict]:
    votes = []
    for minute in MINUTES:
        for block in minute["blocks"]:
            if block[0] == "show":
                v = block[1]
                votes.append(
                    {
                        "item": minute["number"],
                        "motion": v["motion"],
                        "result": v["result"],
                        "counts": dict(v["counts"]),
                        "note": "Show of hands; figures printed, no names.",
                    }
                )
            elif block[0] == "roll":
                v = block[1]
                tally = roll_counts(v)
                names = {
                    key: [s for s, o in v["votes"].items() if o == opt]
                    for key, opt in (("yes", "For"), ("no", "Against"), ("abstain", "Abstain"), ("absent", "Absent"))
                }
                votes.append(
                    {
                        "item": minute["number"],
                        "motion": v["motion"],
                        "result": v["result"],
                        "counts": tally,
                        "voters": names,
                        "mover": v["mover"],
                        "seconder": v["seconder"],
                        "note": "Roll call printed as a member-by-member table with totals.",
                    }
                )
    return votes


def gold() -> dict:
    meeting = {
        "body": DISTRICT_EN,
        "date": MEETING["date"],
        "start_time": MEETING["start_time"],
        "meeting_type": "Ordinary Meeting",
    }
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "IE",
        "notes": [
            "Country is given as IE (Ireland), which the README's UK/CA/US list does not name.",
            "Lettered sub-items printed '(a)', '(b)' are recorded with number 'a', 'b', parent set to the "
            "enclosing item and a path such as '12.a', since the letters repeat under items 1, 6, 7 and 12.",
            "Italic lines printed under an item (the Section 183 notice line, the Part 8 report line, the motion "
            "texts, the Standing Orders line) are recorded as topics, not as part of the title.",
            "No page references are printed against the items, so pages are null.",
            "The page 1 summons letter carries no items; the meeting contact is the Meetings Administrator who "
            "signs it.",
        ],
        "meeting": dict(meeting, contact={"name": "Niamh Costigan", "phone": PHONE, "email": EMAIL}),
        "agenda": gold_agenda(),
    }

    per_item = {m["number"]: resolution_count(m["blocks"]) for m in MINUTES}
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "IE",
        "notes": [
            "Country is given as IE (Ireland), which the README's UK/CA/US list does not name.",
            "Resolutions count every 'RESOLVED' block (each lettered part separately) and every inline "
            "'resolved that' sentence; 'AND AGREED' blocks, 'it was agreed' sentences, minutes 'confirmed on the "
            "proposal of' and a motion 'adopted' are not counted because the minutes use the word resolved "
            "elsewhere.",
            "KMD 59/25 counts 1: part (a) is a RESOLVED block, part (b) records the minutes as 'confirmed' "
            "without the word resolved.",
            "KMD 63/25 counts 2 for the lettered parts (a) and (b) of one RESOLVED; the carried roll call is "
            "not counted on its own.",
            "KMD 64/25 counts 2 for the lettered estates (a) and (b) under one RESOLVED.",
            "The phrase 'the matter had been resolved' in KMD 60/25 describes a repaired culvert and is no resolution.",
            "KMD 66/25 'AND AGREED' with three roman-numeral roads is not a resolution.",
            "KMD 58/25 was taken first, before the confirmation of minutes, so minute order differs from "
            "agenda order; agenda_item maps it to item 3.",
            "KMD 62/25 (suspension of Standing Orders for a deputation) matches no agenda item, so agenda_item "
            "is null.",
            "Minute agenda_item for lettered sub-items is written '7(a)', '12(c)' and so on.",
            "The amendment show of hands in KMD 63/25 prints 3 for, 5 against and 'no abstentions', so abstain is 0.",
            "The roll call in KMD 63/25 lists Cllr. O'Dwyer as Absent; this is recorded under counts.absent "
            "and voters.absent, not as a vote.",
            "Cllr. Ní Bhriain attended remotely and is recorded as virtual; Cllr. Quirke arrived late and "
            "Cllr. Hartigan left early but both are recorded as present.",
            "Cllr. Kehoe is in the chair (role Cathaoirleach) and Cllr. Fennelly carries the role "
            "Leas-Chathaoirleach printed in brackets.",
            "The two Business Association representatives listed under 'Also Present' are also_present; "
            "officials are in_attendance with their printed job titles as role.",
            "Names are written without Cllr./Mr./Ms.; surnames such as 'Ní Bhriain', 'O'Dwyer' and "
            "'Stafford-Burke' are kept as printed.",
            "People named only in the body (deceased persons, the purchaser, people congratulated) are not attendance.",
            "The deferred motion KMD 72/25 and the adopted motion KMD 74/25 carry no resolution and no vote.",
        ],
        "meeting": dict(meeting, end_time=MEETING["end_time"]),
        "minutes": {
            "meeting": dict(MEETING),
            "items": [{"number": m["number"], "title": m["title"], "agenda_item": m["agenda_item"]} for m in MINUTES],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": {k: v for k, v in per_item.items() if v},
            "votes": gold_votes(),
            "attendance": gold_attendance(),
        },
    }
    return {
        "agendas__kilbrack-md_ordinary-meeting_2025-05-19_agenda": agenda_record,
        "minutes__kilbrack-md_ordinary-meeting_2025-05-19_minutes": minutes_record,
    }

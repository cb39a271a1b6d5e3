"""Ardmhor Council (fictional large rural Scottish council): the Strathbeg Area Committee.

Two files for the hybrid meeting of Wednesday 3 September 2025 at 10.00 am, printed the way a rural
Scottish council's committee services team prints an area committee from Word:

* agendas/ardmhor_strathbeg-area-committee_2025-09-03_agenda.pdf - the agenda letter: an address
  block with "Ask for" contact details, "Dear Councillor" text, then the BUSINESS list. Items are
  numbered 1-11; the two procedural items are printed "2(a)" and "2(b)" with no item 2 above them;
  item 5 "Planning Applications" carries sub-items 5(a)-5(c). Report lines ("Report by ...") and the
  equality and exempt-information resolutions (with their own (1), (a) ... lettering) are printed
  under the titles. An unnumbered banner introduces the one exempt item, 11.
* minutes/ardmhor_strathbeg-area-committee_2025-09-03_minutes.pdf - the minute: a sederunt with a
  flowing "Present: Councillors ..." paragraph (late arrival, remote member and an early departure
  in brackets), apologies, a list of officers with job titles and an "Also in attendance" list
  (police, planning speakers, hall trust). Minute items carry the agenda numbers in capitals, are
  printed in the order taken (item 9 before item 8), and record declarations and transparency
  statements, motions and amendments by named councillors, one named vote ("Members voted:-"
  with counts in brackets) and one division by figures only, a short adjournment and a member's
  remote connection dropping out.

Conventions: the minute never uses the word "resolved"; every decision is a "The Committee agreed"
statement, either a single sentence or an "agreed:-" list with numbered (1), (2) or lettered (a),
(b) parts. The gold counts each such statement once, or each top-level part of a list. All people,
places, amounts and wording are invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

COUNCIL = "Ardmhor Council"
BODY = "Strathbeg Area Committee"
DATE_ISO = "2025-09-03"
DATE_LONG = "Wednesday, 3 September 2025"
START = "10:00"
END = "13:25"
PREVIOUS = "25 June 2025"
STEM = "ardmhor_strathbeg-area-committee_2025-09-03"
AGENDA_FILE = f"agendas/{STEM}_agenda.pdf"
MINUTES_FILE = f"minutes/{STEM}_minutes.pdf"
CREATED = dt.datetime(2025, 9, 10, 9, 30, tzinfo=dt.timezone.utc)
AGENDA_CREATED = dt.datetime(2025, 8, 26, 14, 5, tzinfo=dt.timezone.utc)

CONTACT = {"name": "Kirsty Hepburn", "phone": "01479 870213", "email": "kirsty.hepburn@ardmhor.gov.uk"}

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

# key: surname used in votes; first/surname; role; status; bracket note printed after the name
MEMBERS = [
    {"first": "Alasdair", "surname": "Forbes", "role": "Chair", "status": "present", "note": "Chair"},
    {"first": "Morag", "surname": "Mackintosh", "role": "Vice Chair", "status": "present", "note": "Vice Chair"},
    {"first": "Kenneth", "surname": "Duthie", "role": None, "status": "present", "note": None},
    {"first": "Iona", "surname": "Grant", "role": None, "status": "virtual", "note": "remotely"},
    {"first": "Graeme", "surname": "Lumsden", "role": None, "status": "present", "note": None},
    {"first": "Fiona", "surname": "McRae", "role": None, "status": "present", "note": None},
    {"first": "Duncan", "surname": "Ritchie", "role": None, "status": "present", "note": "until the end of Item 8"},
    {"first": "Eilidh", "surname": "Sangster", "role": None, "status": "present", "note": None},
    {"first": "Patrick", "surname": "Urquhart", "role": None, "status": "present", "note": "from Item 4"},
    {"first": "Catriona", "surname": "Watt", "role": None, "status": "present", "note": None},
]
APOLOGIES = [{"first": "Sandy", "surname": "Milne"}]

OFFICERS = [
    ("Ms", "Lorna Cruickshank", "Area Manager (Strathbeg)"),
    ("Mr", "Neil Stephen", "Team Leader (Development Management)"),
    ("Mr", "Ewan Gillanders", "Planner, Development Management"),
    ("Mr", "Derek Mowat", "Area Roads Manager (Strathbeg)"),
    ("Mr", "Fraser Allardyce", "Principal Engineer (Traffic Management)"),
    ("Mrs", "Heather Joss", "Estates Surveyor, Property and Estates"),
    ("Mr", "Andrew Sim", "Community Development Officer (Item 8)"),
    ("Ms", "Mhairi Bruce", "Solicitor, Legal and Governance"),
    ("Mrs", "Kirsty Hepburn", "Committee Officer"),
]

# (printed title, name, printed description, gold role)
ALSO = [
    ("Inspector", "Graham Tosh", "Local Area Commander, Police Scotland (Item 10)", "Inspector, Police Scotland"),
    ("Mrs", "Shona Coutts", "objector (Item 5(b))", "Objector"),
    ("Mr", "Robert Gauld", "Gauld Planning Ltd, agent for the applicant (Item 5(b))", "Agent for the applicant"),
    ("Mr", "Callum Reid", "Chair, Auchenlea Hall Trust (Item 9)", "Chair, Auchenlea Hall Trust"),
    ("Ms", "Annie Fyfe", "Secretary, Auchenlea Hall Trust (Item 9, remotely)", "Secretary, Auchenlea Hall Trust"),
]

# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------

PSED_LINES = [
    ("", "Consider, and if so desired, adopt the following resolution:-"),
    ("(1)", "to have due regard to the need to:-"),
    ("(a)", "eliminate discrimination, harassment and victimisation;"),
    (
        "(b)",
        "advance equality of opportunity between people who share a protected characteristic and those who do not; and",
    ),
    ("(c)", "foster good relations between people who share a protected characteristic and those who do not; and"),
    (
        "(2)",
        "where an Integrated Impact Assessment is provided, to consider its contents and take them into "
        "account when reaching a decision.",
    ),
]
EXEMPT_LINES = [
    ("", "Consider, and if so desired, adopt the following resolution:-"),
    (
        "",
        '"That under Section 50A(4) and (5) of the Local Government (Scotland) Act 1973, as amended, the '
        "public and media representatives be excluded from the meeting for Item 11 of business below, on the "
        "grounds that it involves the likely disclosure of exempt information of the classes described in the "
        'relevant paragraphs of Part 1 of Schedule 7A of the Act."',
    ),
]

# number, title, parent, part, lines printed under the title
AGENDA = [
    ("1", "Sederunt and Declaration of Members' Interests", None, "public", []),
    ("2(a)", "Public Sector Equality Duty", None, "public", PSED_LINES),
    ("2(b)", "Exempt Information", None, "public", EXEMPT_LINES),
    ("3", f"Draft Minute of Meeting of {PREVIOUS}", None, "public", [("", "(copy attached)")]),
    ("4", "Statement of Outstanding Business", None, "public", [("", "Report by Area Manager (Strathbeg) (attached)")]),
    ("5", "Planning Applications", None, "public", [("", "Reports by Head of Planning and Economy (attached)")]),
    (
        "5(a)",
        "APP/2025/0817 - Full Planning Permission for Erection of Dwellinghouse and Detached Garage at Site "
        "Adjacent to Mains of Corskie, Auchenlea",
        "5",
        "public",
        [("", "Ward 3 - Glen Ardle and Tullach")],
    ),
    (
        "5(b)",
        "APP/2025/1102 - Full Planning Permission for Change of Use of Agricultural Land to Form Extension to "
        "Touring Caravan Park (34 Pitches) with Associated Access and Landscaping at Braeside Caravan Park, "
        "Portcraig",
        "5",
        "public",
        [("", "Ward 2 - Inverbeg and Coast")],
    ),
    (
        "5(c)",
        "APP/2024/2291 - Planning Permission in Principle for Residential Development of up to 12 "
        "Dwellinghouses at Land North of Station Road, Kirkton of Tullach",
        "5",
        "public",
        [("", "Ward 3 - Glen Ardle and Tullach")],
    ),
    (
        "6",
        "Proposed 20mph Speed Limit - Portcraig",
        None,
        "public",
        [("", "Report by Director of Infrastructure Services (attached)")],
    ),
    (
        "7",
        "Strathbeg Area Roads Programme 2025/26 - Progress Report",
        None,
        "public",
        [("", "Report by Director of Infrastructure Services (attached)")],
    ),
    (
        "8",
        "Strathbeg Area Committee Budget 2025/26 - Ward Budget Applications",
        None,
        "public",
        [("", "Report by Area Manager (Strathbeg) (attached)")],
    ),
    (
        "9",
        "Community Asset Transfer Request - Auchenlea Public Hall, Main Street, Auchenlea",
        None,
        "public",
        [("", "Report by Director of Business Services (attached)")],
    ),
    (
        "10",
        "Police Scotland - Strathbeg Area Quarterly Performance Report (April to June 2025)",
        None,
        "public",
        [("", "Report by Local Area Commander, Police Scotland (attached)")],
    ),
    (
        "11",
        "Proposed Disposal of Former Roads Depot, Shore Street, Portcraig",
        None,
        "exempt",
        [
            ("", "Report by Director of Business Services (attached)"),
            ("", "(Paragraphs 6 and 9 of Part 1 of Schedule 7A)"),
        ],
    ),
]
TITLES = {number: title for number, title, *_ in AGENDA}

# ---------------------------------------------------------------------------------------------
# Minute
# ---------------------------------------------------------------------------------------------
# Block kinds:
#   ("p", text)                       narrative paragraph (never holds the word "agreed")
#   ("note", text)                    arrival / departure, in italics
#   ("decl", label, text)             a declaration, label in the margin
#   ("agreed", text)                  one decision sentence: counts 1
#   ("agreed_list", intro, parts)     parts = [(label, text, [(sublabel, subtext)])]: counts one per part
#   ("vote_named", vote)              "Members voted:-" with names
#   ("vote_figures", vote)            "there voted" with figures only

VOTE_5B = {
    "item": "5(b)",
    "mover": "Lumsden",
    "seconder": "McRae",
    "amendment_mover": "Duthie",
    "amendment_seconder": "Watt",
    "options": [
        ("for the motion", "yes", ["Forbes", "Grant", "Lumsden", "Mackintosh", "McRae", "Sangster"]),
        ("for the amendment", "no", ["Duthie", "Urquhart", "Watt"]),
        ("abstained", "abstain", ["Ritchie"]),
    ],
    "result": "carried",
    "result_text": "The motion was carried and the Committee agreed:-",
}
VOTE_6 = {
    "item": "6",
    "mover": "Mackintosh",
    "seconder": "Forbes",
    "amendment_mover": "Watt",
    "amendment_seconder": "Duthie",
    "figures": [("for the motion", "yes", 5), ("for the amendment", "no", 4), ("abstentions", "abstain", 0)],
    "result": "carried",
}

PREAMBLE = [
    "The Chair welcomed everyone to the meeting, including those Members and members of the public "
    "participating remotely, and reminded those present that the meeting was being webcast and that the "
    "recording would be available on the Council's website for a period of six months.",
    "With the consent of the Committee, the Chair varied the order of business so that Item 9 would be taken "
    "before Item 8, to allow the representatives of Auchenlea Hall Trust, who required to leave by 12.30 pm, "
    "to address the Committee. The items are minuted below in the order in which they were taken.",
]

MINUTE = [
    (
        "1",
        [
            (
                "p",
                "The Chair asked Members if they had any interests to declare in terms of the Councillors' Code of "
                "Conduct. The following declarations and transparency statements were made:-",
            ),
            (
                "decl",
                "Item 5(b)",
                "Councillor Watt made a transparency statement by virtue of being acquainted with one "
                "of the objectors through her former membership of Portcraig Community Council. "
                "Having applied the objective test, she concluded that she would remain in the "
                "meeting and participate in the consideration of the item.",
            ),
            (
                "decl",
                "Item 8",
                "Councillor Ritchie declared an interest in the application from Portcraig Gala "
                "Committee by virtue of being its treasurer, and indicated that he would leave the "
                "meeting during consideration of that application and take no part in its "
                "determination.",
            ),
            (
                "decl",
                "Item 9",
                "Councillor Sangster declared an interest by virtue of being a trustee of Auchenlea "
                "Hall Trust, the body making the asset transfer request. Having applied the objective "
                "test, she concluded that she would leave the meeting and take no part in the "
                "discussion or determination of the item.",
            ),
        ],
    ),
    (
        "2(a)",
        [
            (
                "agreed_list",
                "In taking decisions on the undernoted items of business, the Committee agreed, in terms "
                "of Section 149 of the Equality Act 2010:-",
                [
                    (
                        "(1)",
                        "to have due regard to the need to:-",
                        [
                            ("(a)", "eliminate discrimination, harassment and victimisation;"),
                            (
                                "(b)",
                                "advance equality of opportunity between people who share a protected characteristic "
                                "and those who do not; and",
                            ),
                            (
                                "(c)",
                                "foster good relations between people who share a protected characteristic and those "
                                "who do not; and",
                            ),
                        ],
                    ),
                    (
                        "(2)",
                        "where an Integrated Impact Assessment had been provided, to consider its contents and take "
                        "them into account when reaching a decision.",
                        [],
                    ),
                ],
            ),
        ],
    ),
    (
        "2(b)",
        [
            (
                "agreed",
                "The Committee agreed, in terms of Section 50A(4) and (5) of the Local Government (Scotland) "
                "Act 1973, as amended, to exclude the public and media representatives from the meeting during "
                "consideration of Item 11 below, on the grounds that it involved the likely disclosure of "
                "exempt information of the classes described in paragraphs 6 and 9 of Part 1 of Schedule 7A "
                "of the Act.",
            ),
        ],
    ),
    (
        "3",
        [
            (
                "p",
                "Councillor Duthie pointed out that paragraph 6 of the draft minute recorded the estimated cost of "
                "repairs to the Glenmorrach footbridge as £48,000, whereas the figure reported to the meeting had "
                "been £84,000.",
            ),
            (
                "agreed",
                f"The Committee agreed to approve the minute of the meeting of {PREVIOUS} as a correct record, "
                "subject to the figure in paragraph 6 being corrected to £84,000.",
            ),
        ],
    ),
    (
        "4",
        [
            (
                "p",
                "There had been circulated a statement of outstanding business prepared by the Area Manager "
                "(Strathbeg), listing those matters on which officers had been asked to report back to the "
                "Committee, together with the current position on each.",
            ),
            ("note", "Councillor Urquhart joined the meeting during consideration of this item."),
            (
                "p",
                "The Area Manager advised that the review of school-time parking at Inverbeg Academy had been "
                "delayed while a further traffic count was carried out in the first weeks of the new session, "
                "and that a report would now come to the November meeting. In response to a question from "
                "Councillor Lumsden about the weight restriction on Tullach Water Bridge (C47S), the Area Roads "
                "Manager explained that the structural assessment was complete and that the 7.5 tonne limit would "
                "remain in place until strengthening works could be programmed and funded. Members expressed "
                "concern at the length of the diversion for agricultural and timber traffic.",
            ),
            (
                "agreed_list",
                "The Committee agreed:-",
                [
                    ("(1)", "to note the statement of outstanding business;", []),
                    ("(2)", "to remove items 2 and 5 from the statement as complete; and", []),
                    (
                        "(3)",
                        "to request the Area Roads Manager to report to the next meeting on the programme and "
                        "estimated cost of strengthening works to Tullach Water Bridge (C47S).",
                        [],
                    ),
                ],
            ),
        ],
    ),
    (
        "5",
        [
            (
                "p",
                "The Committee had before it reports by the Head of Planning and Economy on the following "
                "applications which, in terms of the Council's Scheme of Delegation, required to be determined by "
                "the Area Committee. Members were reminded that all representations had been circulated in full.",
            ),
        ],
    ),
    (
        "5(a)",
        [
            (
                "p",
                "The application had been referred to the Committee because the applicant is an employee of the "
                "Council's Infrastructure Services. Mr Gillanders presented the report and advised that the site "
                "formed an acceptable rounding-off of the existing group at Mains of Corskie in terms of Policy R2 "
                "(Housing in the Countryside) of the Ardmhor Local Development Plan 2023, that the design and "
                "materials reflected the traditional buildings nearby, and that no representations had been "
                "received.",
            ),
            (
                "agreed",
                "The Committee unanimously agreed to grant Full Planning Permission, subject to the conditions "
                "detailed in the report.",
            ),
        ],
    ),
    (
        "5(b)",
        [
            (
                "p",
                "The application had been referred to the Committee as more than five objections had been "
                "received and the recommendation was to grant permission. The Team Leader (Development Management) "
                "presented the report and advised that 17 letters of objection and 4 letters of support had been "
                "received. The main concerns raised were the capacity of the U18S Braeside Brae road to take "
                "caravan and towing traffic, the absence of passing places, surface water drainage and the effect "
                "of the extension on the landscape setting of Portcraig when seen from the coast.",
            ),
            (
                "p",
                "Mrs Coutts addressed the Committee on behalf of the objectors and described the difficulty local "
                "residents already had in meeting towed caravans on the single-track section of Braeside Brae "
                "during the summer months. Mr Gauld, agent for the applicant, responded that the applicant would "
                "form two new passing places at her own expense, that the extension would operate only between "
                "March and October, and that the park supported eleven seasonal jobs in the village.",
            ),
            (
                "p",
                "The Principal Engineer (Traffic Management) confirmed that Roads Development had no objection, "
                "subject to the passing places being formed before the new pitches were brought into use, and that "
                "the accident record for the road showed no injury collisions in the last five years. In answer to "
                "Councillor Duthie, the Team Leader advised that the landscaping proposals included a shelter belt "
                "of native trees along the northern boundary which would screen the pitches within ten years.",
            ),
            (
                "p",
                "Councillor Lumsden, seconded by Councillor McRae, moved as a motion that the Committee grant Full "
                "Planning Permission in accordance with the recommendation in the report, with an additional "
                "condition requiring a construction traffic management plan.",
            ),
            (
                "p",
                "Councillor Duthie, seconded by Councillor Watt, moved as an amendment that the Committee refuse "
                "the application on the grounds that the proposal was contrary to Policy B4 (Tourism Development) "
                "and Policy RD1 (Providing Suitable Services) of the Ardmhor Local Development Plan 2023, as the "
                "local road network was unable to accommodate the additional caravan traffic safely.",
            ),
            ("vote_named", VOTE_5B),
            (
                "agreed_list",
                VOTE_5B["result_text"],
                [
                    (
                        "(1)",
                        "to grant Full Planning Permission, subject to the conditions detailed in the report; and",
                        [],
                    ),
                    (
                        "(2)",
                        "to add a further condition requiring a construction traffic management plan, including the "
                        "timing of deliveries on Braeside Brae, to be submitted to and approved by the Planning "
                        "Authority before any works commence on site.",
                        [],
                    ),
                ],
            ),
        ],
    ),
    (
        "5(c)",
        [
            (
                "p",
                "The Team Leader (Development Management) advised that the site lay outside the settlement "
                "boundary for Kirkton of Tullach and was not allocated for housing in the Local Development Plan, "
                "and that the recommendation was therefore to refuse planning permission in principle. Councillor "
                "Urquhart, as a local Member, asked that Members see the site and its relationship to the existing "
                "village and the former railway line before reaching a view, and this was supported by Councillors "
                "Grant and Watt.",
            ),
            (
                "agreed",
                "The Committee agreed to defer consideration of the application to allow a site visit to take "
                "place before the next meeting of the Committee.",
            ),
        ],
    ),
    (
        "ADJOURN",
        "The meeting adjourned at 11.48 am and reconvened at 12.00 noon with all Members present as per the sederunt.",
    ),
    (
        "6",
        [
            (
                "p",
                "There had been circulated a report by the Director of Infrastructure Services seeking approval to "
                "promote a Traffic Regulation Order introducing a 20mph speed limit on the residential streets of "
                "Portcraig, as part of the Council's implementation of the national 20mph strategy. The Principal "
                "Engineer (Traffic Management) advised that informal consultation had produced 23 responses, of "
                "which 15 supported the proposal, and that Police Scotland had raised no objection. A number of "
                "respondents had asked that Shore Road, which carries traffic to the harbour and the caravan park, "
                "be included.",
            ),
            (
                "note",
                "During discussion, Councillor Grant's remote connection was lost and she took no further part "
                "in the consideration of this item.",
            ),
            (
                "p",
                "Councillor Mackintosh, seconded by Councillor Forbes, moved as a motion that the Committee approve "
                "the recommendations in the report.",
            ),
            (
                "p",
                "Councillor Watt, seconded by Councillor Duthie, moved as an amendment that the Committee approve "
                "the recommendations in the report, subject to the extent of the Order being widened to include "
                "Shore Road and the length of Harbour Brae between Shore Road and the primary school.",
            ),
            ("vote_figures", VOTE_6),
            (
                "agreed_list",
                "The Committee accordingly agreed:-",
                [
                    (
                        "(1)",
                        "to approve the promotion of The Ardmhor Council (Portcraig) (20mph Speed Limit) Order 2025, "
                        "as detailed in Appendix 1 to the report; and",
                        [],
                    ),
                    (
                        "(2)",
                        "to request officers to carry out speed surveys on Shore Road twelve months after the Order "
                        "comes into force and to report the results to the Committee.",
                        [],
                    ),
                ],
            ),
        ],
    ),
    (
        "7",
        [
            ("note", "Councillor Grant rejoined the meeting remotely at the start of this item."),
            (
                "p",
                "There had been circulated a report by the Director of Infrastructure Services on progress with "
                "the 2025/26 roads programme in the Strathbeg area. The Area Roads Manager reported that five of "
                "the eight carriageway resurfacing schemes were complete, including the A981 at Mill of Auchenlea "
                "and the C12S Inverbeg to Corskie road, that the surface dressing programme had been finished in "
                "July, and that 1,142 potholes had been repaired in the first quarter of the year. The remaining "
                "schemes at Harbour Brae, Portcraig, and the C47S at Kirkton of Tullach would be delivered in "
                "October, weather permitting.",
            ),
            (
                "p",
                "Members welcomed the progress but raised the condition of the unclassified roads in Glen Ardle, "
                "flooding at the Burn of Lethnie culvert and the time taken to repair street lighting faults in "
                "Inverbeg. The Area Roads Manager undertook to arrange a meeting with the Ward 3 Members on the "
                "Glen Ardle roads and to provide Members with an update on the street lighting contract.",
            ),
            (
                "agreed",
                "After discussion, the Committee agreed to note the progress made in delivering the 2025/26 "
                "roads programme in the Strathbeg area.",
            ),
        ],
    ),
    (
        "9",
        [
            (
                "note",
                "Councillor Sangster, having declared an interest, left the meeting prior to consideration of "
                "this item.",
            ),
            (
                "p",
                "There had been circulated a report by the Director of Business Services on a request made by "
                "Auchenlea Hall Trust SCIO, under Part 5 of the Community Empowerment (Scotland) Act 2015, for the "
                "transfer of ownership of Auchenlea Public Hall, Main Street, Auchenlea. The Estates Surveyor "
                "advised that the market value of the hall had been assessed at £62,000, that the Trust had "
                "offered £1, and that the request had scored 78 out of 100 against the Council's assessment "
                "criteria. The benefits identified included the retention of the only public meeting space in the "
                "village, an extended programme of youth and older people's activities and savings to the Council "
                "of around £9,400 a year in running costs.",
            ),
            (
                "p",
                "Mr Reid, Chair of the Trust, outlined the Trust's business plan and its success in securing "
                "£45,000 from the Strathbeg Windfarm Community Fund towards roof repairs, and Ms Fyfe answered "
                "questions on the Trust's membership and volunteer base. Members sought assurance about the "
                "Trust's ability to meet future maintenance costs, and the Estates Surveyor confirmed that a "
                "condition survey had been shared with the Trust and that the transfer would include a right of "
                "pre-emption in the Council's favour.",
            ),
            (
                "agreed_list",
                "The Committee agreed:-",
                [
                    (
                        "(1)",
                        "to approve the asset transfer request from Auchenlea Hall Trust SCIO for the transfer of "
                        "ownership of Auchenlea Public Hall at a price of £1, subject to the terms and conditions set "
                        "out in Appendix 2 to the report;",
                        [],
                    ),
                    (
                        "(2)",
                        "to delegate authority to the Head of Property and Estates, in consultation with the Head of "
                        "Legal and Governance, to conclude the transfer; and",
                        [],
                    ),
                    (
                        "(3)",
                        "to note that the Trust would report on its use of the hall to the Committee one year after "
                        "the date of entry.",
                        [],
                    ),
                ],
            ),
            ("note", "Councillor Sangster rejoined the meeting at the conclusion of this item."),
        ],
    ),
    (
        "8",
        [
            (
                "p",
                "There had been circulated a report by the Area Manager (Strathbeg) on applications for funding "
                "from the Strathbeg Area Committee Budget for 2025/26. Mr Sim advised that the budget for the year "
                "was £32,000, that £8,925 had been allocated at the meeting in June, and that four applications "
                "were now before the Committee, three of which met the eligibility criteria.",
            ),
            (
                "note",
                "Councillor Ritchie, having declared an interest, left the meeting during consideration of the "
                "application from Portcraig Gala Committee and returned for the remainder of the item.",
            ),
            (
                "agreed_list",
                "The Committee agreed:-",
                [
                    (
                        "(a)",
                        "to award £1,500 to Portcraig Gala Committee towards the cost of temporary road closures and "
                        "traffic management for Gala Week 2026;",
                        [],
                    ),
                    (
                        "(b)",
                        "to award £640 to Auchenlea Parent and Toddler Group towards replacement play equipment;",
                        [],
                    ),
                    (
                        "(c)",
                        "to award £2,200 to Tullach Paths Group towards the resurfacing of the Riverside Walk, "
                        "subject to written consent from the landowner being provided;",
                        [],
                    ),
                    (
                        "(d)",
                        "to decline the application from Inverbeg Golf Club Limited, as the costs requested related "
                        "to routine course maintenance and were not eligible under the budget criteria; and",
                        [],
                    ),
                    ("(e)", "to note that a balance of £18,735 remained available for allocation in 2025/26.", []),
                ],
            ),
            ("note", "Councillor Ritchie left the meeting at the conclusion of this item."),
        ],
    ),
    (
        "10",
        [
            (
                "p",
                "Inspector Tosh presented the quarterly performance report for the Strathbeg area for the period "
                "April to June 2025. He highlighted a 12% reduction in reported antisocial behaviour compared with "
                "the same period last year, 14 detections for drink or drug driving, and the results of a joint "
                "operation with the Council's trading standards team on doorstep crime in the Glen Ardle villages.",
            ),
            (
                "p",
                "Councillor McRae asked about speeding on the A981 through Auchenlea, and Inspector Tosh undertook "
                "to arrange additional speed checks and to share the results with the local Members. Councillor "
                "Urquhart raised the number of thefts of farm machinery, and was advised that officers were working "
                "with the local NFU Scotland branch on a property marking scheme.",
            ),
            ("agreed", "The Committee agreed to note the report and to thank Inspector Tosh for his attendance."),
        ],
    ),
    (
        "EXEMPT",
        "In terms of the decision taken under Item 2(b) above, the public and media representatives "
        "were excluded from the meeting for the following item.",
    ),
    (
        "11",
        [
            (
                "p",
                "There had been circulated a report by the Director of Business Services on the former roads "
                "depot at Shore Street, Portcraig, which had been vacant since the roads service moved to the "
                "Inverbeg depot in 2023. The Estates Surveyor outlined the condition of the buildings and the "
                "interest already shown in the site.",
            ),
            (
                "agreed_list",
                "The Committee agreed:-",
                [
                    (
                        "(1)",
                        "to declare the former roads depot, Shore Street, Portcraig surplus to the Council's "
                        "operational requirements; and",
                        [],
                    ),
                    (
                        "(2)",
                        "to instruct the Head of Property and Estates to market the site for sale on the open market "
                        "and to report any offers received to a future meeting of the Committee.",
                        [],
                    ),
                ],
            ),
        ],
    ),
]
CLOSE = "The meeting closed at 1.25 pm."

LEFT = 20.0
TEXT_X = 35.0
LINE_H = 5.4


def _names(surnames: list[str]) -> str:
    if not surnames:
        return "None"
    if len(surnames) == 1:
        return f"Councillor {surnames[0]}"
    return "Councillors " + ", ".join(surnames[:-1]) + " and " + surnames[-1]


def _decision_count(blocks: list) -> int:
    count = 0
    for block in blocks:
        if block[0] == "agreed":
            count += 1
        elif block[0] == "agreed_list":
            count += len(block[2])
    return count


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


class _Agenda(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"{BODY} - 3 September 2025 - Agenda", align="L")
        self.set_x(LEFT)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


class _Minute(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_y(10)
        self.cell(0, 4, f"{BODY} - 3 September 2025", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(6)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 9)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def _new(cls: type, created: dt.datetime, title: str) -> FPDF:
    pdf = cls(format="A4", unit="mm")
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author("Ardmhor Council Committee Services")
    pdf.set_margins(LEFT, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def _width(pdf: FPDF, x: float) -> float:
    return pdf.w - pdf.r_margin - x


def _para(pdf: FPDF, x: float, text: str, style: str = "", size: float = 11, gap: float = 3) -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(x)
    pdf.multi_cell(_width(pdf, x), LINE_H, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(gap)


def _need(pdf: FPDF, height: float) -> None:
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def _hanging(
    pdf: FPDF,
    x: float,
    label: str,
    text_x: float,
    text: str,
    style: str = "",
    gap: float = 2.5,
    label_style: str | None = None,
    align: str = "J",
) -> None:
    _need(pdf, LINE_H * 2)
    y = pdf.get_y()
    pdf.set_font("Helvetica", style if label_style is None else label_style, 11)
    pdf.set_xy(x, y)
    pdf.cell(text_x - x, LINE_H, label)
    pdf.set_font("Helvetica", style, 11)
    pdf.set_xy(text_x, y)
    pdf.multi_cell(_width(pdf, text_x), LINE_H, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(gap)


def _agenda_pdf(path: Path) -> None:
    pdf = _new(_Agenda, AGENDA_CREATED, f"{BODY} - Agenda - 3 September 2025")
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(90, 8, "ARDMHOR COUNCIL")
    pdf.set_font("Helvetica", "", 9)
    for i, line in enumerate(
        ["Legal and Governance", "Strathbeg Area Office", "14 Castle Street", "Inverbeg", "AH15 3LP"]
    ):
        pdf.set_xy(130, 18 + i * 4.2)
        pdf.cell(60, 4.2, line)
    pdf.set_y(44)
    for label, value in [
        ("Ask for:", CONTACT["name"]),
        ("Tel:", CONTACT["phone"]),
        ("Email:", CONTACT["email"]),
        ("Our Ref:", "SAC/2025/05"),
        ("Date:", "26 August 2025"),
    ]:
        pdf.set_x(130)
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(18, 4.4, label)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(50, 4.4, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    chairs = [m for m in MEMBERS if m["note"] in ("Chair", "Vice Chair")]
    others = sorted([m for m in MEMBERS if m not in chairs] + APOLOGIES, key=lambda m: m["surname"])
    listed = [f"{m['first'][0]} {m['surname']} ({m['note']})" for m in chairs]
    listed += [f"{m['first'][0]} {m['surname']}" for m in others]
    _para(
        pdf,
        LEFT,
        "To: Members of the Strathbeg Area Committee - Councillors "
        + ", ".join(listed[:-1])
        + " and "
        + listed[-1]
        + ".",
        size=10,
    )
    _para(pdf, LEFT, "Dear Councillor,", size=11)
    _para(pdf, LEFT, f"STRATHBEG AREA COMMITTEE - {DATE_LONG.upper()}", style="B")
    _para(
        pdf,
        LEFT,
        f"A meeting of the Strathbeg Area Committee will be held in the Council Chamber, Area Office, "
        f"14 Castle Street, Inverbeg and by remote access on {DATE_LONG} at 10.00 am. Members "
        "attending remotely will receive a Microsoft Teams invitation separately. The public part "
        "of the meeting will be webcast.",
    )
    _para(
        pdf,
        LEFT,
        "The business to be considered is listed below. Members are reminded of their obligation to "
        "declare any financial or non-financial interest which they may have in any item on this "
        "agenda in accordance with the Councillors' Code of Conduct.",
    )
    _para(pdf, LEFT, "Yours sincerely,", gap=8)
    _para(pdf, LEFT, "Kirsty Hepburn\nCommittee Officer\nfor Head of Legal and Governance", gap=6)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "BUSINESS", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for number, title, parent, part, lines in AGENDA:
        if part == "exempt":
            _need(pdf, 40)
            pdf.ln(2)
            _para(pdf, LEFT, "ITEMS WHICH THE COMMITTEE MAY WISH TO CONSIDER IN PRIVATE", style="B", gap=2)
            _para(
                pdf,
                LEFT,
                "The report for the following item is not for publication as it contains exempt "
                "information as described in Schedule 7A of the Local Government (Scotland) Act "
                "1973.",
                size=10,
                gap=4,
            )
        _need(pdf, 18)
        num_x = LEFT if parent is None else LEFT + 4
        title_x = 36.0
        _hanging(
            pdf,
            num_x,
            number + ("." if parent is None and "(" not in number else ""),
            title_x,
            title,
            style="B",
            gap=1,
            align="L",
        )
        for label, text in lines:
            if not label:
                pdf.set_font("Helvetica", "I" if text.startswith(("Report", "(", "Ward")) else "", 10)
                pdf.set_x(title_x)
                pdf.multi_cell(_width(pdf, title_x), 4.8, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)
            else:
                lx = title_x + (10 if label.startswith("(") and label[1].isalpha() else 0)
                pdf.set_font("Helvetica", "", 10)
                y = pdf.get_y()
                pdf.set_xy(lx, y)
                pdf.cell(10, 4.8, label)
                pdf.set_xy(lx + 10, y)
                pdf.multi_cell(_width(pdf, lx + 10), 4.8, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)
        pdf.ln(3)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def _heading(pdf: FPDF, number: str, title: str) -> None:
    _need(pdf, 26)
    pdf.ln(2)
    _hanging(pdf, LEFT, number + ("." if "(" not in number else ""), TEXT_X, title.upper(), style="B", gap=3, align="L")


def _block(pdf: FPDF, block: tuple) -> None:
    kind = block[0]
    if kind in ("p", "agreed"):
        _para(pdf, TEXT_X, block[1])
    elif kind == "note":
        _para(pdf, TEXT_X, block[1], style="I")
    elif kind == "decl":
        _hanging(pdf, TEXT_X, block[1], TEXT_X + 22, block[2], label_style="B", gap=3)
    elif kind == "agreed_list":
        _para(pdf, TEXT_X, block[1], gap=2)
        for label, text, subs in block[2]:
            _hanging(pdf, TEXT_X, label, TEXT_X + 10, text, gap=2)
            for sub_label, sub_text in subs:
                _hanging(pdf, TEXT_X + 10, sub_label, TEXT_X + 20, sub_text, gap=1.5)
        pdf.ln(1)
    elif kind == "vote_named":
        vote = block[1]
        _para(pdf, TEXT_X, "Members voted:-", gap=2)
        _need(pdf, LINE_H * 5)
        for printed, _key, names in vote["options"]:
            y = pdf.get_y()
            pdf.set_font("Helvetica", "", 11)
            pdf.set_xy(TEXT_X + 5, y)
            pdf.cell(38, LINE_H, printed)
            pdf.cell(10, LINE_H, f"({len(names)})")
            pdf.set_xy(TEXT_X + 55, y)
            last = printed == vote["options"][-1][0]
            tail = "." if last else ("; and" if printed == vote["options"][-2][0] else ";")
            pdf.multi_cell(
                _width(pdf, TEXT_X + 55), LINE_H, _names(names) + tail, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            pdf.ln(1.5)
        pdf.ln(2)
    elif kind == "vote_figures":
        vote = block[1]
        parts = [f"{printed} - {n}" for printed, _key, n in vote["figures"]]
        _para(pdf, TEXT_X, "On a division, there voted: " + "; ".join(parts) + ". The motion was therefore carried.")
    else:  # pragma: no cover - guarded by the data
        raise ValueError(kind)


def _sederunt(pdf: FPDF) -> None:
    present = []
    for m in MEMBERS:
        note = f" ({m['note']})" if m["note"] else ""
        present.append(f"{m['first']} {m['surname']}{note}")
    _hanging(
        pdf,
        LEFT,
        "Present:",
        48,
        "Councillors " + ", ".join(present[:-1]) + " and " + present[-1] + ".",
        label_style="B",
        gap=3,
    )
    apologies = [f"{a['first']} {a['surname']}" for a in APOLOGIES]
    _hanging(pdf, LEFT, "Apologies:", 48, "Councillor " + ", ".join(apologies) + ".", label_style="B", gap=3)
    first = True
    for title, name, job in OFFICERS:
        _hanging(
            pdf, LEFT, "Officers:" if first else "", 48, f"{title} {name}, {job}", label_style="B", gap=0.6, align="L"
        )
        first = False
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, LINE_H, "Also in attendance:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(0.6)
    for title, name, desc, _role in ALSO:
        _hanging(pdf, LEFT, "", 48, f"{title} {name}, {desc}", gap=0.6)
    pdf.ln(4)


def _minutes_pdf(path: Path) -> None:
    pdf = _new(_Minute, CREATED, f"{BODY} - Minute - 3 September 2025")
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "ARDMHOR COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 7, "STRATHBEG AREA COMMITTEE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(
        0,
        LINE_H,
        "MINUTE OF MEETING OF THE STRATHBEG AREA COMMITTEE HELD IN THE COUNCIL CHAMBER, "
        "AREA OFFICE, 14 CASTLE STREET, INVERBEG AND BY REMOTE ACCESS ON WEDNESDAY, "
        "3 SEPTEMBER 2025 AT 10.00 AM",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(6)
    _sederunt(pdf)
    for text in PREAMBLE:
        _para(pdf, LEFT, text)
    for number, body in MINUTE:
        if number == "ADJOURN":
            pdf.ln(1)
            _para(pdf, LEFT, body, style="I")
            continue
        if number == "EXEMPT":
            pdf.ln(1)
            _need(pdf, 40)
            _para(pdf, LEFT, "EXEMPT INFORMATION", style="B", gap=2)
            _para(pdf, LEFT, body)
            continue
        _heading(pdf, number, TITLES[number])
        for block in body:
            _block(pdf, block)
    pdf.ln(2)
    _para(pdf, LEFT, CLOSE)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    _agenda_pdf(agenda)
    _minutes_pdf(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def _check() -> None:
    """The counting rule relies on the minute never saying "resolved" and on "agreed" only in decisions."""
    texts = list(PREAMBLE) + [CLOSE]
    for number, body in MINUTE:
        if isinstance(body, str):
            assert "agreed" not in body.lower(), body
            texts.append(body)
            continue
        for block in body:
            if block[0] in ("p", "note", "decl"):
                assert "agreed" not in block[-1].lower(), block
                texts.append(block[-1])
            elif block[0] == "agreed":
                texts.append(block[1])
    assert not any("resolved" in t.lower() for t in texts)


def _agenda_record() -> dict:
    items = []
    for number, title, parent, part, lines in AGENDA:
        item = {"number": number, "title": title, "pages": None, "part": part, "parent": parent}
        topics = [f"{label} {text}".strip() for label, text in lines]
        if topics:
            item["topics"] = topics
        items.append(item)
    return {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Items 2(a) and 2(b) are printed with no item 2 above them, so they are top-level items numbered "
            "'2(a)' and '2(b)' with parent null.",
            "Item 5 'Planning Applications' is a numbered item of its own and is the parent of 5(a)-5(c).",
            "The lines printed under a title (report lines, ward names, the equality and exempt-information "
            "resolutions with their own (1), (a)-(c) numbering) are not items; they are kept in topics and out "
            "of the titles.",
            "Item 11 follows the unnumbered 'items which the Committee may wish to consider in private' banner "
            "and is the only exempt item; the banner is not an item.",
            "No page numbers are printed against the items, so pages is null throughout.",
            "The contact is the 'Ask for' officer in the letter heading.",
        ],
        "meeting": {"body": BODY, "date": DATE_ISO, "start_time": START, "contact": dict(CONTACT)},
        "agenda": items,
    }


def _minutes_record() -> dict:
    _check()
    items = []
    per_item: dict[str, int] = {}
    votes = []
    for number, body in MINUTE:
        if isinstance(body, str):
            continue
        items.append({"number": number, "title": TITLES[number].upper(), "agenda_item": number})
        per_item[number] = _decision_count(body)
        for block in body:
            if block[0] == "vote_named":
                vote = block[1]
                counts = {key: len(names) for _printed, key, names in vote["options"]}
                voters = {key: list(names) for _printed, key, names in vote["options"]}
                votes.append(
                    {
                        "item": vote["item"],
                        "result": vote["result"],
                        "counts": counts,
                        "voters": voters,
                        "motion": "grant Full Planning Permission (motion) v refuse (amendment)",
                        "mover": vote["mover"],
                        "seconder": vote["seconder"],
                    }
                )
            elif block[0] == "vote_figures":
                vote = block[1]
                counts = {key: n for _printed, key, n in vote["figures"]}
                votes.append(
                    {
                        "item": vote["item"],
                        "result": vote["result"],
                        "counts": counts,
                        "motion": "approve the recommendations (motion) v widen the Order (amendment)",
                        "mover": vote["mover"],
                        "seconder": vote["seconder"],
                    }
                )
    attendance = []
    for m in MEMBERS:
        entry = {"name": f"{m['first']} {m['surname']}", "status": m["status"]}
        if m["role"]:
            entry["role"] = m["role"]
        attendance.append(entry)
    for a in APOLOGIES:
        attendance.append({"name": f"{a['first']} {a['surname']}", "status": "apologies"})
    for _title, name, job in OFFICERS:
        attendance.append({"name": name, "status": "in_attendance", "role": job})
    for _title, name, _desc, role in ALSO:
        attendance.append({"name": name, "status": "also_present", "role": role})
    return {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "The minute never uses the word 'resolved', so the count is of its own decision statements: each "
            "'The Committee agreed' sentence counts once and each top-level numbered or lettered part of an "
            "'agreed:-' list counts separately.",
            "In item 2(a) the lettered lines (a)-(c) complete part (1) ('to have due regard to the need to') "
            "and are not separate decisions, so 2(a) counts 2.",
            "'The Committee agreed to note the report and to thank Inspector Tosh' is one sentence and counts 1.",
            "Motions and amendments moved by named councillors are not counted; only the 'agreed' statements "
            "that follow them are.",
            "The unnumbered 'Exempt Information' paragraph before item 11 refers back to the decision under 2(b) "
            "and is neither a new decision nor a minute item.",
            "Items are listed in the order printed (item 9 was taken and minuted before item 8); each minute "
            "item carries the agenda number, so agenda_item equals the number.",
            "Minute item titles are given in capitals, exactly as the minute prints its headings.",
            "Item 5 'Planning Applications' is printed as a numbered minute heading with a short introduction "
            "and no decision, so it is a minute item with 0 resolutions.",
            "In both votes 'yes' is the vote for the motion and 'no' the vote for the amendment; the motion was "
            "carried each time, so both results are 'carried'.",
            "The item 6 division prints figures only (5-4-0, nine Members voting after Councillor Grant's "
            "connection dropped), so it has counts but no voters.",
            "Councillor Grant attended remotely and is 'virtual'; late arrival (Urquhart) and early departure "
            "(Ritchie) are noted in brackets but both are 'present'.",
            "Names are given without 'Councillor(s)', 'Mr', 'Mrs', 'Ms' or the police rank 'Inspector'; the "
            "rank is kept in Inspector Tosh's role.",
            "Police, the planning speakers and the hall trust representatives are named in the 'Also in "
            "attendance' part of the sederunt and are 'also_present'; Ms Fyfe's remote attendance does not "
            "make her a virtual member.",
            "There were no substitutes; Councillor Milne's apology is recorded without one.",
            "The meeting ran 10.00 am to 1.25 pm; the short adjournment (11.48 am to 12.00 noon) is not an item.",
        ],
        "meeting": {"body": BODY, "date": DATE_ISO, "start_time": START, "end_time": END},
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
    }


def gold() -> dict:
    return {
        f"agendas__{STEM}_agenda": _agenda_record(),
        f"minutes__{STEM}_minutes": _minutes_record(),
    }

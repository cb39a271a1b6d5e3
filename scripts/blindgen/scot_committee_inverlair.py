"""Inverlair City Council (fictional Scottish city council): Transport and Environment Committee, 7 October 2025.

Two files, printed the way a large Scottish city council's committee services team publishes them:

* ``agendas/inverlair_transport-environment-committee_2025-10-07_agenda.pdf`` - the "Notice of meeting and
  agenda" front sheet. Business sits under numbered section headings (1. Order of Business, 4. Minutes,
  7. Executive Decisions ...) with the business itself numbered 1.1, 4.1, 7.1 ... The "Report by ..." line is
  printed under the report title, pack page ranges are right aligned, motions submitted by members are
  printed in full (their own "1) ... 2) ..." paragraphs), and the private business follows the statutory
  "Resolution to Consider in Private". The contact, membership and webcasting notes close the front sheet.
* ``minutes/inverlair_transport-environment-committee_2025-10-07_minutes.pdf`` - the minute. A sederunt
  (Present with "(substituting for ...)", a note of remote attendance, Apologies, Also present, In
  attendance for officers with job titles), then items numbered 1, 2, 3 ... in the minute's own numbering.
  Each item gives the background, any Motion and Amendment in numbered paragraphs "- moved by Councillor X,
  seconded by Councillor Y", addenda accepted under Standing Orders, "Voting" with "For the motion - 7 votes"
  lines and the names in brackets (except one vote printed without names), and a "Decision" paragraph -
  sometimes a numbered list, sometimes "To approve the motion by Councillor X", sometimes a re-printed
  motion, and for the private item "Detailed in the Confidential Schedule". The word "resolved" is never
  used. Arrivals, departures, a declaration of interest, a dissent, an adjournment and the closing time are
  recorded where they happened. Footer: committee and date, "Page x of y".

All people, places, figures and wording are invented. Both the PDFs and the gold come from the module-level
data below.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

COUNCIL = "Inverlair City Council"
BODY = "Transport and Environment Committee"
DATE_ISO = "2025-10-07"
DATE_TEXT = "Tuesday 7 October 2025"
DATE_SHORT = "7 October 2025"
START_TEXT = "10.00am"
START_ISO = "10:00"
END_TEXT = "1.36pm"
END_ISO = "13:36"
VENUE = "Council Chamber - City Chambers, Marischal Wynd, Inverlair"
PREVIOUS = "12 August 2025"

AGENDA_FILE = "agendas/inverlair_transport-environment-committee_2025-10-07_agenda.pdf"
MINUTES_FILE = "minutes/inverlair_transport-environment-committee_2025-10-07_minutes.pdf"

CONTACT = {"name": "Lindsay Garvie", "phone": "0131 496 0418", "email": "lindsay.garvie@inverlair.gov.uk"}
SIGNATORY = ("Morven Allardyce", "Service Director, Legal and Democratic Services")

PLACE = "Report by the Executive Director of Place"
LEGAL = "Report by the Service Director, Legal and Democratic Services"

# --------------------------------------------------------------------------------------------------
# Members, in the order the sederunt prints them
# --------------------------------------------------------------------------------------------------

MEMBERS = [
    {"first": "Euan", "last": "Strachan", "role": "Convener", "status": "present"},
    {"first": "Kirsty", "last": "Lennox-Bain", "role": "Vice-Convener", "status": "present"},
    {"first": "Alasdair", "last": "Drummond", "role": None, "status": "present"},
    {"first": "Fraser", "last": "Dunlop", "role": None, "status": "substitute", "for": "Morag Fairlie"},
    {"first": "Hamish", "last": "Gow", "role": None, "status": "present"},
    {"first": "Joanna", "last": "McAteer", "role": None, "status": "present"},
    {"first": "Ruaridh", "last": "Ogilvie", "role": None, "status": "virtual"},
    {"first": "Shona", "last": "Pettigrew", "role": None, "status": "present"},
    {"first": "Callum", "last": "Rennie", "role": None, "status": "present"},
    {"first": "Ailsa", "last": "Thornton", "role": None, "status": "present"},
    {"first": "Niall", "last": "Urquhart", "role": None, "status": "present"},
]
# the committee's own membership (agenda), Fairlie in place of her substitute
COMMITTEE = [m for m in MEMBERS if m["status"] != "substitute"]
COMMITTEE.insert(3, {"first": "Morag", "last": "Fairlie", "role": None, "status": "apologies"})

APOLOGIES = [{"name": "Morag Fairlie"}]
ALSO_PRESENT = [
    {"name": "Iain MacQuarrie", "printed": "Councillor Iain MacQuarrie (for item 6)"},
    {"name": "Lorna Whyte", "printed": "Councillor Lorna Whyte (for item 15)"},
]
OFFICERS = [
    {"honorific": "", "name": "Gavin Muirhead", "role": "Executive Director of Place"},
    {"honorific": "Dr ", "name": "Eilidh Forsyth", "role": "Service Director, Transport and Network Management"},
    {"honorific": "", "name": "Paul Kerrigan", "role": "Service Director, Operational Services"},
    {"honorific": "", "name": "Aileen Baxter", "role": "Head of Finance - Place"},
    {"honorific": "", "name": "Rachel Oduya", "role": "Senior Solicitor, Legal Services"},
    {"honorific": "", "name": "Stuart Baillie", "role": "Committee Officer"},
]

# --------------------------------------------------------------------------------------------------
# Motions printed in the agenda and again in the minute
# --------------------------------------------------------------------------------------------------

GOW_MOTION = [
    "Notes that the Council's carriageway defect backlog stood at 9,870 reported defects at the end of "
    "August 2025, an increase of 31% on the same point in 2024;",
    "Notes that the average time taken to repair a Category 2 defect is now 41 working days against a "
    "target of 20 working days, and that claims for vehicle damage have risen accordingly;",
    "Calls for a report within one cycle setting out the cost of clearing the backlog by 31 March 2026 "
    "and options for funding this from reserves, including the Low Emission Zone income account.",
]
THORNTON_MOTION = [
    "Notes that 34 of the city's 88 primary schools now operate a School Street, and that the evaluation "
    "of the 2024 schemes showed a 27% fall in the number of children driven to the school gate;",
    "Notes that requests for new schemes have been received from 19 further schools and parent councils, "
    "including Kilbryde Primary School and St Ninian's RC Primary School;",
    "Requests a report within three cycles setting out a programme to offer a School Street to every "
    "primary school where it is practicable, including the staffing, signing and enforcement resources "
    "required and how these would be funded.",
]

# --------------------------------------------------------------------------------------------------
# Agenda
# --------------------------------------------------------------------------------------------------

AGENDA = [
    {"number": "1", "title": "Order of Business"},
    {
        "number": "1.1",
        "title": "Including any notices of motion and any other items of business accepted by the Convener as "
        "urgent for consideration at the meeting",
        "parent": "1",
    },
    {"number": "2", "title": "Declaration of Interests"},
    {
        "number": "2.1",
        "title": "Members are asked to declare any financial or non-financial interest in the business on this "
        "agenda, stating the item concerned and the nature of the interest",
        "parent": "2",
    },
    {"number": "3", "title": "Deputations"},
    {"number": "3.1", "title": "If any", "parent": "3"},
    {"number": "4", "title": "Minutes"},
    {
        "number": "4.1",
        "title": f"Minute of the {BODY} of {PREVIOUS} - submitted for approval as a correct record",
        "parent": "4",
        "pages": (5, 16),
    },
    {"number": "5", "title": "Forward Planning"},
    {"number": "5.1", "title": f"{BODY} Work Programme", "parent": "5", "pages": (17, 20)},
    {"number": "5.2", "title": f"{BODY} Rolling Actions Log", "parent": "5", "pages": (21, 34)},
    {"number": "6", "title": "Business Bulletin"},
    {"number": "6.1", "title": f"{BODY} Business Bulletin", "parent": "6", "pages": (35, 42)},
    {"number": "7", "title": "Executive Decisions"},
    {
        "number": "7.1",
        "title": "Westhaven Active Travel Corridor - Outcome of Statutory Consultation on Traffic Regulation "
        "Order TRO/24/31",
        "parent": "7",
        "report": PLACE,
        "pages": (43, 86),
    },
    {
        "number": "7.2",
        "title": "Low Emission Zone - First Year Review",
        "parent": "7",
        "report": PLACE,
        "pages": (87, 110),
    },
    {
        "number": "7.3",
        "title": "Controlled Parking Zone Review Phase 3 - Ardmore, Kilbryde and Lochside",
        "parent": "7",
        "report": PLACE,
        "pages": (111, 138),
    },
    {"number": "7.4", "title": "Winter Maintenance Plan 2025/26", "parent": "7", "report": PLACE, "pages": (139, 160)},
    {
        "number": "7.5",
        "title": "Communal Bin Review - Phase 4 Implementation Update",
        "parent": "7",
        "report": PLACE,
        "pages": (161, 176),
    },
    {"number": "8", "title": "Routine Decisions"},
    {
        "number": "8.1",
        "title": "Revenue Budget Monitoring 2025/26 - Month Five Position",
        "parent": "8",
        "report": "Report by the Executive Director of Place and the Service Director, Finance",
        "pages": (177, 186),
    },
    {
        "number": "8.2",
        "title": "Appointments to Working Groups 2025/26",
        "parent": "8",
        "report": LEGAL,
        "pages": (187, 190),
    },
    {
        "number": "8.3",
        "title": "Pavement Parking Enforcement - Response to Motion by Councillor Rennie",
        "parent": "8",
        "report": PLACE,
        "pages": (191, 198),
    },
    {"number": "9", "title": "Motions"},
    {
        "number": "9.1",
        "title": "Motion by Councillor Gow - Carriageway Defects and Pothole Backlog",
        "parent": "9",
        "motion": GOW_MOTION,
    },
    {
        "number": "9.2",
        "title": "Motion by Councillor Thornton - Expansion of School Streets",
        "parent": "9",
        "motion": THORNTON_MOTION,
    },
    {"number": "10", "title": "Resolution to Consider in Private"},
    {
        "number": "10.1",
        "title": "The Committee is requested under Section 50(A)(4) of the Local Government (Scotland) Act 1973 "
        "to exclude the public from the meeting for the following item of business on the grounds that it "
        "would involve the disclosure of exempt information as defined in Paragraphs 6 and 8 of Part 1 of "
        "Schedule 7(A) of the Act",
        "parent": "10",
    },
    {"number": "11", "title": "Private Business", "part": "exempt"},
    {
        "number": "11.1",
        "title": "Carriageway Resurfacing Framework Agreement 2026-2030 - Award of Contract",
        "parent": "11",
        "report": PLACE,
        "pages": (199, 212),
        "part": "exempt",
    },
]

# --------------------------------------------------------------------------------------------------
# Minutes. Blocks: ("p", text) ("sub", heading) ("head", label) ("list", [parts]) ("moved", text)
# ("vote", {...}) ("decision", {...}) ("ref", text) ("interest", text) ("dissent", text) ("quote", text)
# --------------------------------------------------------------------------------------------------

MINUTES: list[dict] = [
    {
        "number": "1",
        "title": "Deputations",
        "agenda_item": "3.1",
        "blocks": [
            (
                "sub",
                "(a) Inverlair Cycle Forum - Westhaven Active Travel Corridor (in relation to item 7.1 on the agenda)",
            ),
            (
                "p",
                "The deputation was presented by Catriona Bell and Duncan Forbes on behalf of the Inverlair Cycle "
                "Forum. The deputation welcomed the proposed segregated route between Westhaven Harbour and the "
                "city centre, which it considered would be the most significant improvement to cycling in the "
                "north of the city in a decade. It was concerned, however, that the revised design removed the "
                "protected space for people cycling at the junction of Marine Parade and Kelpie Street, where "
                "three serious collisions had been recorded since 2021, and asked the Committee to require a "
                "protected crossing at that junction before the scheme was built.",
            ),
            (
                "sub",
                "(b) Westhaven Traders' Association - Westhaven Active Travel Corridor (in relation to item 7.1 on the agenda)",
            ),
            (
                "p",
                "The deputation was presented by Gordon Menzies, Chair of the Westhaven Traders' Association. The "
                "deputation did not oppose the principle of the route, but considered that the loss of 46 on-street "
                "parking spaces on Marine Parade and Harbour Brae, and the proposed restriction of loading to "
                "before 10.00am, would cause real harm to the 60 or so independent businesses on the harbour "
                "front. It asked the Committee to defer a decision for one cycle to allow further engagement on "
                "loading and short-stay parking.",
            ),
            (
                "decision",
                {
                    "intro": "To thank the deputations for their presentations and to consider the points raised "
                    "as part of the Committee's consideration of item 6 below.",
                },
            ),
            (
                "ref",
                "(References - emails from the Inverlair Cycle Forum and the Westhaven Traders' Association, submitted)",
            ),
        ],
    },
    {
        "number": "2",
        "title": "Minutes",
        "agenda_item": "4.1",
        "blocks": [
            (
                "decision",
                {"intro": f"To approve the minute of the {BODY} of {PREVIOUS} as a correct record."},
            ),
        ],
    },
    {
        "number": "3",
        "title": "Work Programme",
        "agenda_item": "5.1",
        "blocks": [
            ("p", f"The {BODY} Work Programme for October 2025 to March 2026 was presented."),
            ("decision", {"intro": "To note the Work Programme."}),
            ("ref", "(Reference - Work Programme, submitted)"),
        ],
    },
    {
        "number": "4",
        "title": "Rolling Actions Log",
        "agenda_item": "5.2",
        "blocks": [
            (
                "p",
                "Details were provided of the outstanding actions arising from decisions taken by the Committee, "
                "together with the actions which officers recommended for closure.",
            ),
            ("p", "Councillor Gow joined the meeting during consideration of this item."),
            (
                "decision",
                {
                    "parts": [
                        "To agree to close actions 2, 5, 11(2) and 14.",
                        "To note that the update on the Marchburn Road bus gate requested under action 8 would "
                        "be provided in the Business Bulletin for the meeting on 2 December 2025.",
                        "To otherwise note the remaining outstanding actions.",
                    ]
                },
            ),
            ("ref", "(Reference - Rolling Actions Log, submitted)"),
        ],
    },
    {
        "number": "5",
        "title": "Business Bulletin",
        "agenda_item": "6.1",
        "blocks": [
            (
                "p",
                f"The {BODY} Business Bulletin for October 2025 was presented. It included updates on the "
                "emergency closure of Kelpie Street bridge, the trial of solar-powered compacting litter bins "
                "in Lochside Park, the Council's bid to Transport Scotland's Bus Infrastructure Fund and the "
                "planting season for the Urban Tree Programme.",
            ),
            (
                "p",
                "In response to questions from members, the Service Director, Transport and Network Management "
                "advised that the structural assessment of Kelpie Street bridge was due to be completed by the "
                "end of October and that a date for reopening the bridge to pedestrians could not yet be given.",
            ),
            (
                "decision",
                {
                    "parts": [
                        "To note the Business Bulletin.",
                        "To ask officers to circulate to members a briefing note on the timescale for reopening "
                        "Kelpie Street bridge to pedestrians once the structural assessment had been completed.",
                    ]
                },
            ),
            ("ref", "(Reference - Business Bulletin, submitted)"),
        ],
    },
    {
        "number": "6",
        "title": "Westhaven Active Travel Corridor - Outcome of Statutory Consultation on Traffic Regulation "
        "Order TRO/24/31",
        "agenda_item": "7.1",
        "blocks": [
            (
                "p",
                "On 11 February 2025, the Committee approved the start of the statutory process for the Traffic "
                "Regulation Order (TRO) needed to deliver the Westhaven Active Travel Corridor, a 3.2 kilometre "
                "segregated walking, wheeling and cycling route between Westhaven Harbour and Castlegate. The "
                "report set out the outcome of the statutory consultation, during which 214 representations "
                "were received, 131 of them objections, and sought approval to make the Order with "
                "modifications to the loading arrangements on Marine Parade.",
            ),
            (
                "p",
                "Councillor MacQuarrie addressed the Committee as a ward councillor for Westhaven and Harbour.",
            ),
            ("head", "Motion"),
            (
                "list",
                [
                    "To note the outcome of the statutory consultation on TRO/24/31 and the officer responses "
                    "to the objections set out in Appendix 2 to the report.",
                    "To set aside the objections and make the Order, subject to the modifications to loading "
                    "arrangements on Marine Parade described in paragraphs 4.12 to 4.15 of the report.",
                    "To agree that a post-implementation review of loading and parking demand in Westhaven be "
                    "reported to Committee within 12 months of the route opening.",
                    "To thank the deputations for their contributions.",
                ],
            ),
            ("moved", "moved by Councillor Strachan, seconded by Councillor Lennox-Bain"),
            ("head", "Amendment 1"),
            (
                "list",
                [
                    "To note the outcome of the statutory consultation on TRO/24/31 and the officer responses "
                    "to the objections set out in Appendix 2 to the report.",
                    "To defer a decision on making the Order for one cycle to allow officers to carry out further "
                    "engagement with the Westhaven Traders' Association on loading, servicing and the loss of 46 "
                    "on-street parking spaces.",
                    "To ask officers to report back to Committee on 2 December 2025 with options to retain "
                    "short-stay parking on Harbour Brae.",
                ],
            ),
            ("moved", "moved by Councillor Gow, seconded by Councillor Ogilvie"),
            ("head", "Amendment 2"),
            ("p", "To add a new paragraph 5 to the motion:"),
            (
                "quote",
                '"5) To ask officers to include in the detailed design for the Marine Parade and Kelpie Street '
                "junction a protected crossing for people cycling, as requested by the Inverlair Cycle Forum, and "
                'to provide members with a briefing on the revised layout before construction begins."',
            ),
            ("moved", "moved by Councillor Rennie, seconded by Councillor Thornton"),
            ("p", "In accordance with Standing Order 22(12), Amendment 2 was accepted as an addendum to the motion."),
            (
                "vote",
                {
                    "options": [
                        (
                            "For the motion (as adjusted)",
                            ["Drummond", "Dunlop", "Lennox-Bain", "Rennie", "Strachan", "Thornton", "Urquhart"],
                        ),
                        ("For Amendment 1", ["Gow", "McAteer", "Ogilvie", "Pettigrew"]),
                    ],
                    "names": True,
                    "result": "carried",
                    "motion": "Motion by Councillor Strachan (as adjusted) against Amendment 1 by Councillor Gow",
                },
            ),
            (
                "decision",
                {
                    "intro": "To approve the following adjusted motion by Councillor Strachan:",
                    "parts": [
                        "To note the outcome of the statutory consultation on TRO/24/31 and the officer responses "
                        "to the objections set out in Appendix 2 to the report.",
                        "To set aside the objections and make the Order, subject to the modifications to loading "
                        "arrangements on Marine Parade described in paragraphs 4.12 to 4.15 of the report.",
                        "To agree that a post-implementation review of loading and parking demand in Westhaven be "
                        "reported to Committee within 12 months of the route opening.",
                        "To thank the deputations for their contributions.",
                        "To ask officers to include in the detailed design for the Marine Parade and Kelpie Street "
                        "junction a protected crossing for people cycling, as requested by the Inverlair Cycle "
                        "Forum, and to provide members with a briefing on the revised layout before construction "
                        "begins.",
                    ],
                },
            ),
            (
                "ref",
                f"(References - {BODY} of 11 February 2025 (item 9); report by the Executive Director of Place, "
                "submitted)",
            ),
        ],
    },
    {
        "kind": "interlude",
        "text": "The meeting adjourned at 11.41am and reconvened at 11.55am with all the members listed in the "
        "sederunt present.",
    },
    {
        "number": "7",
        "title": "Low Emission Zone - First Year Review",
        "agenda_item": "7.2",
        "blocks": [
            (
                "p",
                "An update was provided on the first year of enforcement of the Inverlair Low Emission Zone, which "
                "began on 1 June 2024. Roadside monitoring showed that annual mean nitrogen dioxide "
                "concentrations at the five sites within the zone had fallen by 21% compared with 2023, and "
                "compliance among vehicles entering the zone had reached 97.4%. A total of 8,612 Penalty Charge "
                "Notices had been issued, producing net income of £312,000 after operating costs.",
            ),
            ("head", "Motion"),
            (
                "list",
                [
                    "To note the findings of the first year review.",
                    "To agree that net income from penalty charges continue to be ring-fenced for the Low "
                    "Emission Zone retrofit and active travel grant scheme.",
                    "To ask officers to report on the case for extending the boundary of the zone to include "
                    "Harbour Brae as part of the Air Quality Annual Progress Report in 2026.",
                ],
            ),
            ("moved", "moved by Councillor Strachan, seconded by Councillor Urquhart"),
            ("head", "Amendment"),
            (
                "list",
                [
                    "To note the findings of the first year review.",
                    "To agree that net income from penalty charges be directed to the carriageway and pothole "
                    "repair budget for 2026/27.",
                    "To rule out any extension of the zone boundary during the current Council term.",
                ],
            ),
            ("moved", "moved by Councillor McAteer, seconded by Councillor Gow"),
            (
                "vote",
                {
                    "options": [
                        ("For the motion", ["Lennox-Bain", "Rennie", "Strachan", "Thornton", "Urquhart"]),
                        ("For the amendment", ["Gow", "McAteer", "Ogilvie", "Pettigrew"]),
                        ("Abstentions", ["Drummond", "Dunlop"]),
                    ],
                    "names": True,
                    "result": "carried",
                    "motion": "Motion by Councillor Strachan against the amendment by Councillor McAteer",
                },
            ),
            ("decision", {"intro": "To approve the motion by Councillor Strachan."}),
            ("ref", "(Reference - report by the Executive Director of Place, submitted)"),
        ],
    },
    {
        "number": "8",
        "title": "Controlled Parking Zone Review Phase 3 - Ardmore, Kilbryde and Lochside",
        "agenda_item": "7.3",
        "blocks": [
            (
                "p",
                "Approval was sought to begin the statutory process to introduce controlled parking in Ardmore, "
                "Kilbryde and Lochside following Phase 3 of the city-wide parking review. The proposals would "
                "create 1,164 permit holder bays and 212 pay-and-display bays, with controls operating Monday "
                "to Friday, 8.30am to 5.30pm. The informal consultation had shown 58% of responding residents "
                "in Ardmore in favour of controls, but a majority against in Kilbryde and Lochside.",
            ),
            ("head", "Motion"),
            (
                "list",
                [
                    "To note the outcome of the Phase 3 informal consultation.",
                    "To approve the start of the statutory process to introduce controlled parking in Ardmore, "
                    "Kilbryde and Lochside as set out in Appendix 3 to the report.",
                    "To note that the statutory consultation would include a further drop-in event in each area.",
                ],
            ),
            ("moved", "moved by Councillor Strachan, seconded by Councillor Lennox-Bain"),
            ("head", "Amendment"),
            (
                "list",
                [
                    "To note the outcome of the Phase 3 informal consultation.",
                    "To approve the start of the statutory process to introduce controlled parking in Ardmore only.",
                    "To ask officers to carry out further engagement with residents and businesses in Kilbryde "
                    "and Lochside and to report back to Committee within two cycles.",
                ],
            ),
            ("moved", "moved by Councillor Drummond, seconded by Councillor Dunlop"),
            (
                "vote",
                {
                    "options": [
                        ("For the motion", ["Lennox-Bain", "Rennie", "Strachan", "Thornton"]),
                        ("For the amendment", ["Drummond", "Dunlop", "Gow", "McAteer", "Ogilvie", "Pettigrew"]),
                    ],
                    "names": True,
                    "result": "lost",
                    "motion": "Motion by Councillor Strachan against the amendment by Councillor Drummond",
                },
            ),
            (
                "decision",
                {
                    "intro": "To approve the following amendment by Councillor Drummond:",
                    "parts": [
                        "To note the outcome of the Phase 3 informal consultation.",
                        "To approve the start of the statutory process to introduce controlled parking in Ardmore "
                        "only.",
                        "To ask officers to carry out further engagement with residents and businesses in "
                        "Kilbryde and Lochside and to report back to Committee within two cycles.",
                    ],
                },
            ),
            ("ref", "(Reference - report by the Executive Director of Place, submitted)"),
            (
                "interest",
                "Councillor Urquhart declared a financial interest in the above item as the owner of a retail "
                "unit on Lochside Road within the proposed zone, and left the meeting during its consideration.",
            ),
        ],
    },
    {
        "number": "9",
        "title": "Winter Maintenance Plan 2025/26",
        "agenda_item": "7.4",
        "blocks": [
            (
                "p",
                "Details were provided of the Council's arrangements for the winter maintenance of roads and "
                "footways for 2025/26, including the priority treatment routes, salt stocks of 14,500 tonnes, "
                "the deployment of 23 gritters and 38 footway machines, and the refilling of 1,250 grit bins "
                "before 1 November.",
            ),
            (
                "p",
                "In response to questions from Councillor Gow, the Service Director, Operational Services advised "
                "that the mutual aid arrangements agreed with neighbouring authorities in 2024 would continue, "
                "and that community resilience groups would again be offered salt and equipment.",
            ),
            (
                "decision",
                {
                    "parts": [
                        "To approve the Winter Maintenance Plan 2025/26 as set out in Appendix 1 to the report.",
                        "To note the salt stock position and the mutual aid arrangements with neighbouring "
                        "authorities.",
                        "To agree that ward councillors be sent the priority route maps for their wards by 31 "
                        "October 2025.",
                    ]
                },
            ),
            ("ref", "(Reference - report by the Executive Director of Place, submitted)"),
        ],
    },
    {
        "number": "10",
        "title": "Communal Bin Review - Phase 4 Implementation Update",
        "agenda_item": "7.5",
        "blocks": [
            (
                "p",
                "An update was provided on Phase 4 of the Communal Bin Review, covering the introduction of "
                "412 bin hubs in the Castlegate and Old Harbour areas. Delays in the supply of glass "
                "containers had moved the completion date from November 2025 to March 2026. Missed collection "
                "reports in areas already converted to hubs had fallen by 38%.",
            ),
            ("head", "Motion"),
            (
                "list",
                [
                    "To note the progress made in implementing Phase 4 of the Communal Bin Review.",
                    "To note the revised completion date of March 2026 for Phase 4.",
                    "To agree that the final evaluation of the Communal Bin Review be reported to Committee in "
                    "June 2026.",
                ],
            ),
            ("moved", "moved by Councillor Strachan, seconded by Councillor Lennox-Bain"),
            ("head", "Amendment"),
            ("p", "To add a new paragraph 4 to the motion:"),
            (
                "quote",
                '"4) To ask officers to provide ward councillors with a list of bin hubs which have been the '
                'subject of repeated fly-tipping complaints since installation, together with the action taken."',
            ),
            ("moved", "moved by Councillor Pettigrew, seconded by Councillor Ogilvie"),
            ("p", "In accordance with Standing Order 22(12), the amendment was accepted as an addendum to the motion."),
            (
                "decision",
                {
                    "intro": "To approve the motion by Councillor Strachan as adjusted, namely:",
                    "parts": [
                        "To note the progress made in implementing Phase 4 of the Communal Bin Review.",
                        "To note the revised completion date of March 2026 for Phase 4.",
                        "To agree that the final evaluation of the Communal Bin Review be reported to Committee "
                        "in June 2026.",
                        "To ask officers to provide ward councillors with a list of bin hubs which have been the "
                        "subject of repeated fly-tipping complaints since installation, together with the action "
                        "taken.",
                    ],
                },
            ),
            ("ref", "(Reference - report by the Executive Director of Place, submitted)"),
            ("p", "Councillor Thornton left the meeting at the conclusion of this item."),
        ],
    },
    {
        "number": "11",
        "title": "Revenue Budget Monitoring 2025/26 - Month Five Position",
        "agenda_item": "8.1",
        "blocks": [
            (
                "p",
                "The projected 2025/26 revenue budget position for the Place Directorate services within the "
                "remit of the Committee was set out. At month five a net overspend of £1.284m was forecast, "
                "mainly as a result of lower than budgeted parking income (£0.812m) and higher fleet "
                "maintenance costs (£0.397m). Management actions of £0.950m had been identified, leaving a "
                "residual pressure of £0.334m.",
            ),
            (
                "decision",
                {
                    "parts": [
                        "To note the projected overspend of £1.284m and the management actions identified to "
                        "reduce it.",
                        "To refer the report to the Finance and Resources Committee for information.",
                    ]
                },
            ),
            (
                "ref",
                "(Reference - report by the Executive Director of Place and the Service Director, Finance, submitted)",
            ),
        ],
    },
    {
        "number": "12",
        "title": "Appointments to Working Groups 2025/26",
        "agenda_item": "8.2",
        "blocks": [
            (
                "p",
                "The Committee was asked to fill vacancies on two of its working groups for the remainder of 2025/26.",
            ),
            (
                "decision",
                {
                    "intro": "To appoint Councillor Rennie and Councillor Pettigrew to the Inverlair Bus "
                    "Partnership Working Group, and Councillor Dunlop to the Road Safety Working Group in place "
                    "of Councillor Fairlie, for the remainder of 2025/26.",
                },
            ),
            ("ref", "(Reference - report by the Service Director, Legal and Democratic Services, submitted)"),
        ],
    },
    {
        "number": "13",
        "title": "Pavement Parking Enforcement - Response to Motion by Councillor Rennie",
        "agenda_item": "8.3",
        "blocks": [
            (
                "p",
                f"On {PREVIOUS} the Committee approved a motion by Councillor Rennie calling for a report on the "
                "enforcement of the national ban on pavement and double parking. Since enforcement began, 4,931 "
                "Penalty Charge Notices had been issued, 61% of them in the Castlegate and Old Harbour areas. "
                "Two additional parking attendants had been recruited from within existing budgets.",
            ),
            ("head", "Motion"),
            (
                "list",
                [
                    "To note the report.",
                    "To note that two additional parking attendants had been deployed from September 2025.",
                ],
            ),
            ("moved", "moved by Councillor Strachan, seconded by Councillor Urquhart"),
            ("head", "Amendment"),
            (
                "list",
                [
                    "To note the report.",
                    "To ask officers to bring forward proposals for a dedicated pavement parking patrol in each "
                    "locality, funded from parking income, to the next meeting of the Committee.",
                ],
            ),
            ("moved", "moved by Councillor Rennie, seconded by Councillor Pettigrew"),
            (
                "vote",
                {
                    "options": [
                        (
                            "For the motion",
                            ["Drummond", "Dunlop", "Gow", "Lennox-Bain", "McAteer", "Ogilvie", "Strachan", "Urquhart"],
                        ),
                        ("For the amendment", ["Pettigrew", "Rennie"]),
                    ],
                    "names": False,
                    "result": "carried",
                    "motion": "Motion by Councillor Strachan against the amendment by Councillor Rennie",
                },
            ),
            ("decision", {"intro": "To approve the motion by Councillor Strachan."}),
            (
                "ref",
                f"(References - {BODY} of {PREVIOUS} (item 14); report by the Executive Director of Place, submitted)",
            ),
        ],
    },
    {
        "number": "14",
        "title": "Motion by Councillor Gow - Carriageway Defects and Pothole Backlog",
        "agenda_item": "9.1",
        "blocks": [
            ("p", "The following motion by Councillor Gow was submitted in terms of Standing Order 17:"),
            ("motion", GOW_MOTION),
            ("head", "Motion"),
            ("p", "To approve the motion by Councillor Gow."),
            ("moved", "moved by Councillor Gow, seconded by Councillor McAteer"),
            ("head", "Amendment"),
            (
                "list",
                [
                    "Notes that the carriageway defect backlog stood at 9,870 reported defects at the end of "
                    "August 2025, and that the condition of the network reflects more than a decade of "
                    "real-terms reductions in capital funding for roads;",
                    "Notes the additional £2.5m allocated to carriageway and footway repairs in the 2025/26 "
                    "capital budget and the second find-and-fix team introduced in September 2025;",
                    "Agrees that a report on the defect backlog and repair performance be included in the Roads "
                    "Asset Management annual update to Committee in March 2026.",
                ],
            ),
            ("moved", "moved by Councillor Strachan, seconded by Councillor Drummond"),
            (
                "vote",
                {
                    "options": [
                        ("For the motion", ["Gow", "McAteer", "Ogilvie", "Pettigrew"]),
                        (
                            "For the amendment",
                            ["Drummond", "Dunlop", "Lennox-Bain", "Rennie", "Strachan", "Urquhart"],
                        ),
                    ],
                    "names": True,
                    "result": "lost",
                    "motion": "Motion by Councillor Gow against the amendment by Councillor Strachan",
                },
            ),
            ("decision", {"intro": "To approve the amendment by Councillor Strachan."}),
            ("dissent", "Councillor Gow requested that his dissent be recorded in respect of the above decision."),
        ],
    },
    {
        "number": "15",
        "title": "Motion by Councillor Thornton - Expansion of School Streets",
        "agenda_item": "9.2",
        "blocks": [
            (
                "p",
                "Councillor Thornton having left the meeting, the Committee agreed that her motion, submitted in "
                "terms of Standing Order 17, be moved by Councillor Rennie and seconded by Councillor "
                "Lennox-Bain. No amendment was proposed.",
            ),
            (
                "p",
                "Councillor Whyte addressed the Committee in support of the motion as a ward councillor for Kilbryde.",
            ),
            (
                "decision",
                {
                    "intro": "To approve the following motion by Councillor Thornton:",
                    "lead": '"Committee:',
                    "parts": THORNTON_MOTION,
                    "close_quote": True,
                },
            ),
        ],
    },
    {
        "number": "16",
        "title": "Resolution to Consider in Private",
        "agenda_item": "10.1",
        "blocks": [
            (
                "p",
                "The Committee, under Section 50(A)(4) of the Local Government (Scotland) Act 1973, excluded the "
                "public from the meeting for the following item of business on the grounds that it involved the "
                "likely disclosure of exempt information as defined in Paragraphs 6 and 8 of Part 1 of Schedule "
                "7(A) of the Act.",
            ),
        ],
    },
    {
        "number": "17",
        "title": "Carriageway Resurfacing Framework Agreement 2026-2030 - Award of Contract",
        "agenda_item": "11.1",
        "blocks": [
            (
                "decision",
                {
                    "intro": "Detailed in the Confidential Schedule, signed by the Convener, with reference to this minute."
                },
            ),
            ("ref", "(Reference - report by the Executive Director of Place, submitted)"),
        ],
    },
]

CLOSING = f"The meeting closed at {END_TEXT}."

# --------------------------------------------------------------------------------------------------
# Rendering helpers
# --------------------------------------------------------------------------------------------------


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _votes(n: int) -> str:
    return f"{n} vote" if n == 1 else f"{n} votes"


def _check_latin1(text: str) -> str:
    text.encode("latin-1")
    return text


class _Doc(FPDF):
    footer_left = ""
    page_style = "of"
    body_size = 10.5
    line_h = 5.2
    para_gap = 2.6

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("Helvetica", "", 8.5)
        self.set_text_color(60, 60, 60)
        if self.page_style == "of":
            self.cell(self.epw / 2, 5, self.footer_left)
            self.cell(self.epw / 2, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        else:
            self.cell(self.epw / 2, 5, self.footer_left)
            self.cell(self.epw / 2, 5, f"Page {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)

    # text helpers ---------------------------------------------------------------------------
    def para(self, text: str, indent: float = 0, style: str = "", size: float = 0, gap: float = -1) -> None:
        self.set_font("Helvetica", style, size or self.body_size)
        if self.get_y() + self.line_h > self.page_break_trigger:
            self.add_page()
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, self.line_h, _check_latin1(text), new_x="LMARGIN", new_y="NEXT")
        self.ln(self.para_gap if gap < 0 else gap)

    def hanging(self, label: str, text: str, indent: float = 0, hang: float = 9, gap: float = 1.4) -> None:
        self.set_font("Helvetica", "", self.body_size)
        if self.get_y() + 2 * self.line_h > self.page_break_trigger:
            self.add_page()
        self.set_x(self.l_margin + indent)
        self.cell(hang, self.line_h, label)
        self.multi_cell(self.epw - indent - hang, self.line_h, _check_latin1(text), new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def keep(self, needed: float) -> None:
        if self.get_y() + needed > self.page_break_trigger:
            self.add_page()


def _new_doc(footer: str, style: str, title: str, created: datetime) -> _Doc:
    pdf = _Doc(format="A4")
    pdf.footer_left = footer
    pdf.page_style = style
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author(COUNCIL)
    pdf.set_creator("Committee Services")
    return pdf


# --------------------------------------------------------------------------------------------------
# Agenda
# --------------------------------------------------------------------------------------------------


def _render_agenda(path: Path) -> None:
    pdf = _new_doc(
        f"{BODY} - {DATE_SHORT}",
        "plain",
        f"{BODY} - {DATE_SHORT} - Agenda",
        datetime(2025, 9, 29, 9, 30, tzinfo=timezone.utc),
    )
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, COUNCIL.upper(), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 20)
    pdf.cell(0, 10, "Notice of meeting and agenda", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, BODY, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, f"{START_TEXT}, {DATE_TEXT}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 7, VENUE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.para(
        "This is a public meeting and members of the public are welcome to attend in person or to watch the "
        "live webcast on the Council's website."
    )
    pdf.para(
        "The law allows the Council to consider some issues in private. Any items listed under Private "
        "Business will not be published, although the decisions will be recorded in the minute."
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Contacts", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5.5, f"Email: {CONTACT['email']}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.5, f"Tel: {CONTACT['phone']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)

    num_w, title_x, pages_w = 12, pdf.l_margin + 12, 26
    title_w = pdf.epw - 12 - pages_w - 4
    for item in AGENDA:
        if item.get("parent") is None:
            pdf.keep(22)
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 12)
            pdf.cell(num_w, 7, f"{item['number']}.")
            pdf.cell(0, 7, item["title"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            continue
        pdf.keep(45 if item.get("motion") else 12)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "", 10.5)
        pdf.cell(num_w, 5.4, item["number"])
        pdf.set_xy(title_x, y)
        pdf.multi_cell(title_w, 5.4, _check_latin1(item["title"]), new_x="LMARGIN", new_y="NEXT")
        end_y = pdf.get_y()
        if item.get("pages"):
            first, last = item["pages"]
            pdf.set_xy(pdf.l_margin + pdf.epw - pages_w, y)
            pdf.cell(pages_w, 5.4, f"{first} - {last}", align="R")
        pdf.set_y(end_y)
        if item.get("report"):
            pdf.set_font("Helvetica", "I", 10)
            pdf.set_x(title_x)
            pdf.multi_cell(title_w, 5.2, item["report"], new_x="LMARGIN", new_y="NEXT")
        if item.get("motion"):
            pdf.ln(1.5)
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_x(title_x)
            pdf.cell(title_w, 5.2, "Committee:", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            for n, text in enumerate(item["motion"], 1):
                pdf.hanging(f"{n})", text, indent=12, hang=8)
                pdf.set_x(pdf.l_margin)
            surname = item["title"].split(" - ")[0].replace("Motion by ", "")
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_x(title_x)
            pdf.cell(title_w, 5.2, f"- by {surname}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    pdf.ln(6)
    pdf.keep(30)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, SIGNATORY[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 6, SIGNATORY[1], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)

    members = ", ".join(
        f"Councillor {m['first']} {m['last']}" + (f" ({m['role']})" if m["role"] else "") for m in COMMITTEE[:-1]
    )
    last = COMMITTEE[-1]
    closing = [
        ("Committee Members", f"{members} and Councillor {last['first']} {last['last']}."),
        (
            f"Information about the {BODY}",
            f"The {BODY} consists of 11 councillors and is appointed by the Council. It "
            "usually meets in the Council Chamber, City Chambers, Marischal Wynd, Inverlair, and is open to "
            "the public except when exempt business is being considered. Members may also attend remotely.",
        ),
        (
            "Further information",
            f"If you have any questions about the agenda or the arrangements for the meeting, please contact "
            f"{CONTACT['name']}, Committee Services, City Chambers, Marischal Wynd, Inverlair IV9 1QX, "
            f"Tel {CONTACT['phone']}, email {CONTACT['email']}. Agendas, reports and minutes for meetings of "
            "the Committee can be viewed on the Council's website up to seven days before the meeting.",
        ),
        (
            "Webcasting of Council meetings",
            "Please note this meeting may be filmed for live and archived broadcast on the Council's website. "
            "The Council is a Data Controller under the UK General Data Protection Regulation and the Data "
            "Protection Act 2018. Generally the public seating areas will not be filmed, but if you are "
            "addressing the Committee as part of a deputation you will be filmed. If you have any queries "
            "about the webcasting of meetings, please contact Committee Services.",
        ),
    ]
    for heading, text in closing:
        pdf.keep(20)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.para(text, gap=5)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    # the minute for approval starts on page 5 of the pack: the front sheet must not run past page 4
    assert pdf.page_no() <= 4, pdf.page_no()


# --------------------------------------------------------------------------------------------------
# Minutes
# --------------------------------------------------------------------------------------------------


def _sederunt_present() -> str:
    parts = []
    for m in MEMBERS:
        text = f"{m['first']} {m['last']}"
        if m["role"]:
            text += f" ({m['role']})"
        if m["status"] == "substitute":
            text += f" (substituting for Councillor {m['for']})"
        parts.append(text)
    return "Councillors " + _and(parts) + "."


def _render_vote(pdf: _Doc, vote: dict) -> None:
    pdf.keep(30)
    pdf.set_font("Helvetica", "B", pdf.body_size)
    pdf.cell(0, 5.6, "Voting", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.para("The voting was as follows:", gap=1.5)
    pdf.set_font("Helvetica", "", pdf.body_size)
    for label, names in vote["options"]:
        pdf.set_x(pdf.l_margin + 8)
        pdf.cell(70, 5.2, label)
        pdf.cell(0, 5.2, f"-   {_votes(len(names))}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    if vote["names"]:
        lines = []
        for i, (label, names) in enumerate(vote["options"]):
            lead = "(" if i == 0 else ""
            tail = ".)" if i == len(vote["options"]) - 1 else "."
            who = "Councillor" if len(names) == 1 else "Councillors"
            lines.append(f"{lead}{label}: {who} {_and(names)}{tail}")
        for line in lines:
            pdf.para(line, gap=1)
        pdf.ln(2)


def _render_decision(pdf: _Doc, dec: dict) -> None:
    pdf.keep(22)
    pdf.set_font("Helvetica", "B", pdf.body_size)
    pdf.cell(0, 5.6, "Decision", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    if dec.get("intro"):
        pdf.para(dec["intro"], gap=2)
    if dec.get("lead"):
        pdf.para(dec["lead"], indent=0, gap=1.5)
    parts = dec.get("parts") or []
    for n, text in enumerate(parts, 1):
        if dec.get("close_quote") and n == len(parts):
            text += '"'
        pdf.hanging(f"{n})", text)
    if parts:
        pdf.ln(1.5)


def _render_minutes(path: Path) -> None:
    pdf = _new_doc(
        f"{BODY} - {DATE_SHORT}",
        "of",
        f"{BODY} - {DATE_SHORT} - Minutes",
        datetime(2025, 10, 21, 14, 5, tzinfo=timezone.utc),
    )
    pdf.body_size, pdf.line_h, pdf.para_gap = 10, 4.7, 2.0
    pdf.set_margins(19, 16, 19)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, COUNCIL.upper(), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 22)
    pdf.cell(0, 11, "Minutes", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, BODY, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11.5)
    pdf.cell(0, 7, f"{START_TEXT}, {DATE_TEXT}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 6, f"{VENUE} (hybrid meeting)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    def label(text: str) -> None:
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)

    label("Present")
    pdf.para(_sederunt_present(), gap=1.5)
    for m in MEMBERS:
        if m["status"] == "virtual":
            pdf.para(f"Councillor {m['last']} attended the meeting remotely.", gap=3)
    label("Apologies")
    pdf.para(_and([f"Councillor {a['name']}" for a in APOLOGIES]) + ".", gap=3)
    label("Also present")
    pdf.para(_and([a["printed"] for a in ALSO_PRESENT]) + ".", gap=3)
    label("In attendance")
    pdf.para(_and([f"{o['honorific']}{o['name']} ({o['role']})" for o in OFFICERS]) + ".", gap=4)

    for entry in MINUTES:
        if entry.get("kind") == "interlude":
            pdf.ln(1)
            pdf.para(entry["text"], style="I", gap=5)
            continue
        pdf.keep(26)
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11.5)
        y = pdf.get_y()
        pdf.cell(10, 6.2, f"{entry['number']}.")
        pdf.set_xy(pdf.l_margin + 10, y)
        pdf.multi_cell(pdf.epw - 10, 6.2, _check_latin1(entry["title"]), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
        for kind, body in entry["blocks"]:
            if kind == "p":
                pdf.para(body)
            elif kind == "sub":
                pdf.keep(16)
                pdf.para(body, style="B", gap=1.5)
            elif kind == "head":
                pdf.keep(16)
                pdf.set_font("Helvetica", "B", pdf.body_size)
                pdf.cell(0, 6, body, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "list":
                for n, text in enumerate(body, 1):
                    pdf.hanging(f"{n})", text)
                pdf.ln(0.5)
            elif kind == "motion":
                pdf.para('"Committee:', indent=8, gap=1.5)
                for n, text in enumerate(body, 1):
                    pdf.hanging(f"{n})", text + ('"' if n == len(body) else ""), indent=8)
                pdf.ln(1)
            elif kind == "quote":
                pdf.para(body, indent=8)
            elif kind == "moved":
                pdf.para(f"- {body}", indent=8, gap=3.5)
            elif kind == "vote":
                _render_vote(pdf, body)
            elif kind == "decision":
                _render_decision(pdf, body)
            elif kind == "ref":
                pdf.para(body, gap=3)
            elif kind in ("interest", "dissent"):
                pdf.keep(16)
                pdf.set_font("Helvetica", "B", pdf.body_size)
                pdf.cell(
                    0, 6, "Declaration of Interests" if kind == "interest" else "Dissent", new_x="LMARGIN", new_y="NEXT"
                )
                pdf.ln(1)
                pdf.para(body, gap=3)
            else:  # pragma: no cover - data error
                raise ValueError(kind)
    pdf.ln(4)
    pdf.para(CLOSING)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------------------
# Public interface
# --------------------------------------------------------------------------------------------------


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    _render_agenda(agenda)
    _render_minutes(minutes)
    return [agenda, minutes]


def _agenda_gold() -> list[dict]:
    out = []
    for item in AGENDA:
        record = {
            "number": item["number"],
            "title": item["title"],
            "pages": {"first": item["pages"][0], "last": item["pages"][1]} if item.get("pages") else None,
            "part": item.get("part", "public"),
            "parent": item.get("parent"),
        }
        if item.get("report"):
            record["report"] = item["report"]
        out.append(record)
    return out


def _decision_count(dec: dict) -> int:
    return len(dec["parts"]) if dec.get("parts") else 1


def _minutes_gold() -> dict:
    items, per_item, votes = [], {}, []
    for entry in MINUTES:
        if entry.get("kind") == "interlude":
            continue
        items.append({"number": entry["number"], "title": entry["title"], "agenda_item": entry["agenda_item"]})
        per_item[entry["number"]] = sum(_decision_count(b) for k, b in entry["blocks"] if k == "decision")
        for kind, body in entry["blocks"]:
            if kind != "vote":
                continue
            opts = body["options"]
            counts = {"yes": len(opts[0][1]), "no": len(opts[1][1]), "abstain": len(opts[2][1]) if len(opts) > 2 else 0}
            vote = {
                "item": entry["number"],
                "motion": body["motion"],
                "result": body["result"],
                "result_as_printed": "; ".join(f"{label} - {_votes(len(names))}" for label, names in opts),
                "counts": counts,
            }
            if body["names"]:
                vote["voters"] = {
                    key: list(opts[i][1]) for i, key in enumerate(("yes", "no", "abstain")) if i < len(opts)
                }
            votes.append(vote)

    attendance = []
    for m in MEMBERS:
        rec = {"name": f"{m['first']} {m['last']}", "status": m["status"]}
        if m["role"]:
            rec["role"] = m["role"]
        if m["status"] == "substitute":
            rec["substitute_for"] = m["for"]
        attendance.append(rec)
    attendance += [{"name": a["name"], "status": "apologies"} for a in APOLOGIES]
    attendance += [{"name": a["name"], "status": "also_present", "role": "Ward Councillor"} for a in ALSO_PRESENT]
    attendance += [{"name": o["name"], "status": "in_attendance", "role": o["role"]} for o in OFFICERS]

    return {
        "meeting": {"date": DATE_ISO, "start_time": START_ISO, "end_time": END_ISO},
        "items": items,
        "resolutions": sum(per_item.values()),
        "resolutions_per_item": per_item,
        "votes": votes,
        "attendance": attendance,
    }


def gold() -> dict:
    meeting = {"body": BODY, "date": DATE_ISO, "start_time": START_ISO}
    agenda = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Section headings (1. Order of Business, 4. Minutes, 7. Executive Decisions ...) are numbered, so "
            "they are listed as top-level items and the entries numbered 1.1, 4.1, 7.1 ... as their sub-items.",
            "The explanatory lines 1.1, 2.1, 3.1 ('If any') and the statutory wording at 10.1 are printed with "
            "their own numbers, so they are counted as sub-items with that text as their title.",
            "The 'Report by ...' line printed under a report title is kept out of the title and given as report.",
            "Item 4.1's title keeps '- submitted for approval as a correct record', as it is printed on the one line.",
            "The motion text printed under 9.1 and 9.2 ('Committee:' and its paragraphs 1) to 3), and the '- by "
            "Councillor' line) is text of the item, not agenda items.",
            "Page ranges are the pack pages printed against each item; items with no printed range have pages null.",
            "Items 10 and 10.1 (Resolution to Consider in Private) are public; item 11 Private Business and 11.1 "
            "under it are exempt.",
            "The contact is the Committee Services officer named under Further information, whose email and "
            "telephone also appear under Contacts on page 1.",
        ],
        "meeting": {**meeting, "contact": dict(CONTACT)},
        "agenda": _agenda_gold(),
    }
    minutes = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "The minutes never use the word 'resolved', so resolutions count the 'Decision' paragraphs: each "
            "numbered part printed under a Decision heading counts once, and a Decision with no numbered parts "
            "counts one.",
            "A Decision reading 'To approve the motion by Councillor Strachan' (or the amendment) counts one, "
            "although the motion printed above it has numbered parts: motions and amendments are never counted "
            "as such.",
            "Minute 15's Decision re-prints Councillor Thornton's motion with paragraphs 1) to 3) under the "
            "Decision heading, so it counts three.",
            "Minute 16 (Resolution to Consider in Private) records the exclusion of the public in a narrative "
            "paragraph with no Decision heading and counts none.",
            "Minute 17's 'Detailed in the Confidential Schedule' Decision counts one.",
            "Votes map 'For the motion' to yes, 'For the amendment' / 'For Amendment 1' to no and 'Abstentions' "
            "to abstain; the result is the fate of the motion, so it is lost where the amendment won (minutes 8 "
            "and 14).",
            "Minute 6's vote is between the motion as adjusted by the accepted addendum (Amendment 2) and "
            "Amendment 1; the addenda accepted in minutes 6 and 10 were not voted on.",
            "Minute 13's vote prints the figures without names, so it has no voters.",
            "Councillor Ogilvie is in the Present list but recorded as attending remotely, so is virtual.",
            "Councillor Dunlop is listed as substituting for Councillor Fairlie, whose apologies are recorded.",
            "Councillors MacQuarrie and Whyte (Also present) are ward councillors addressing particular items "
            "and are also_present; the officers under In attendance are in_attendance with their job titles as "
            "role, 'Dr' dropped.",
            "Councillor Gow (joined during minute 4), Councillor Urquhart (left for minute 8 after declaring an "
            "interest) and Councillor Thornton (left after minute 10) stay present in the attendance.",
            "Deputation speakers named in minute 1 are not in the attendance part and are not listed; the "
            "deputations (a) and (b) are parts of minute 1, not minute items.",
            "The adjournment between minutes 6 and 7 is not an item.",
            "Agenda items are matched from the titles and references; the Deputations minute is matched to "
            "3.1, the numbered entry under the Deputations heading.",
            "The end time comes from 'The meeting closed at 1.36pm'.",
        ],
        "meeting": dict(meeting, end_time=END_ISO),
        "minutes": _minutes_gold(),
    }
    return {
        "agendas__" + Path(AGENDA_FILE).stem: agenda,
        "minutes__" + Path(MINUTES_FILE).stem: minutes,
    }

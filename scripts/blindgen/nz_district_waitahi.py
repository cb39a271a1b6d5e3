"""Waitahi District Council (fictional New Zealand district council, Waikato / Bay of Plenty house style).

One ordinary meeting of the full Council, Wednesday 30 April 2025, 9.30am, Council Chambers, District Office,
27 Kahikatea Street, Maungarei. Two files:

- agendas/waitahi-district_council_2025-04-30_agenda.pdf: a notice of meeting with the membership and quorum,
  then the agenda list ("1. APOLOGIES AND LEAVE OF ABSENCE" ... top-level items in capitals with a trailing dot,
  sub-items "6.1 Minutes of ..." in mixed case, page numbers at the right only for items that carry a report),
  then one report per item in the district's report template ("Open Meeting", To / From / Date / Prepared by /
  Chief Executive Approved / Reference # / Report Title, numbered report sections "1. EXECUTIVE SUMMARY",
  "2. RECOMMENDATION" ...), an attached copy of the previous minutes, and the LGOIMA section 48 exclusion
  report with its three-column grounds table. Public excluded items 9.1-9.3 are listed with no page (their
  reports are not in the open agenda). Footer "Waitahi District Council  <page>  Agenda: 30 April 2025".
- minutes/waitahi-district_council_2025-04-30_minutes.pdf: "Minutes of a meeting of the District Council held
  in ... commencing at 9.30am", a Present: block (initials and surnames, arrival/departure times in square
  brackets, one member via audio-visual link), an Attending: block (community board chairs, officers with
  titles in brackets, a reporter), then numbered minute items following the agenda numbering (item 8.6 was
  taken before 8.5 and is printed in the order taken). Decisions are recorded Waikato-style as
  "Resolved: (Crs Mover/Seconder)" + "THAT ..." (sometimes with lettered a) or numbered 1. parts, sometimes
  with "AND THAT" clauses) + "CARRIED  WDC2504/nn". Also an amendment lost on a show of hands with figures,
  a division with names, a recorded vote against, declarations of interest, public forum speakers, an
  adjournment, members leaving and returning, the exclusion of the public with its grounds table, and one
  public excluded resolution released into open meeting. Footer with page number and a Document Set ID.

Everything (people, items, decisions, votes) lives in module-level data from which both the PDFs and the
gold records are produced.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

COUNCIL = "Waitahi District Council"
DATE_ISO = "2025-04-30"
VENUE = "Council Chambers, District Office, 27 Kahikatea Street, Maungarei"
START, START_24 = "9.30am", "09:30"
END, END_24 = "1.09pm", "13:09"
AGENDA_STEM = "waitahi-district_council_2025-04-30_agenda"
MINUTES_STEM = "waitahi-district_council_2025-04-30_minutes"
CONTACT = {"name": "JL Purcell", "phone": "07 555 0143", "email": "governance@waitahidc.govt.nz"}
AGENDA_CREATED = datetime(2025, 4, 23, 14, 5, tzinfo=timezone(timedelta(hours=12)))
MINUTES_CREATED = datetime(2025, 5, 7, 10, 40, tzinfo=timezone(timedelta(hours=12)))

# ---------------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------------

# printed prefix, initials, surname, role, status at this meeting, bracketed note printed after the name
MEMBERS = [
    ("His Worship the Mayor, Mr", "PJ", "Haretuku", "Chairperson", "present", ""),
    ("Cr", "HR", "Aperahama", None, "present", ""),
    ("Cr", "DL", "Beaumont", None, "present", "[from 9.52am]"),
    ("Cr", "KT", "Chisholm", None, "present", ""),
    ("Cr", "RA", "Fenwick", None, "virtual", "(via audio-visual link) [until 11.58am]"),
    ("Cr", "SM", "Galbraith", "Deputy Mayor", "present", ""),
    ("Cr", "JM", "Hollis", None, "present", "[until 12.18pm]"),
    ("Cr", "WN", "Kereama", None, "present", ""),
    ("Cr", "AL", "McCartney", None, "present", ""),
    ("Cr", "BP", "O'Halloran", None, "apologies", ""),
    ("Cr", "TE", "Rangitaawa", None, "present", "[until 11.12am and then from 11.20am]"),
    ("Cr", "GF", "Stanaway", None, "present", ""),
]

# the Attending: block - community boards first, then officers, then the press
BOARD_REPS = [
    ("Mrs", "LK Tomoana", "Chairperson, Rakaunui Community Board"),
    ("Mr", "DA Walden", "Deputy Chairperson, Okaramu Community Board"),
]
OFFICERS = [
    ("Ms", "TA Whakaue", "Chief Executive", ""),
    ("Mr", "GR Pilkington", "General Manager Infrastructure Services", ""),
    ("Mrs", "AM Reddy", "Chief Financial Officer", ""),
    ("Mr", "SK Te Whare", "General Manager Community and Regulatory Services", ""),
    ("Ms", "NJ Barraclough", "Strategic Planning Manager", "[Item 8.2]"),
    ("Mr", "KD Vosper", "Three Waters Manager", "[Items 8.3 and 8.6]"),
    ("Mrs", "CL Dunphy", "Animal Control Team Leader", "[Item 8.4]"),
    ("Mr", "MW Sutcliffe", "Roading Team Leader", "[Item 8.5]"),
    ("Ms", "JL Purcell", "Governance Manager", ""),
    ("Mr", "DT Amoroa", "Democracy Advisor", ""),
]
MEDIA = [("Ms", "PR Ngata", "Reporter, Waitahi Weekly")]

# ---------------------------------------------------------------------------------------------------------
# The agenda: number, title as printed, parent, part, report (None when the item carries no report)
# ---------------------------------------------------------------------------------------------------------

CE = ("TA Whakaue", "Chief Executive")
GM_INFRA = ("GR Pilkington", "General Manager Infrastructure Services")
GM_COMM = ("SK Te Whare", "General Manager Community and Regulatory Services")
CFO = ("AM Reddy", "Chief Financial Officer")
GOV = ("JL Purcell", "Governance Manager")

REPORTS: dict[str, dict] = {
    "6.1": {
        "from": CE,
        "prepared": GOV,
        "date": "15 April 2025",
        "ref": "GOV1318 / 25/0412",
        "sections": [
            (
                "EXECUTIVE SUMMARY",
                [
                    "To confirm the minutes of the ordinary meeting of the Waitahi District Council held on Wednesday, "
                    "26 March 2025.",
                ],
            ),
            (
                "RECOMMENDATION",
                [
                    (
                        "rec",
                        "THAT the minutes of the meeting of the Waitahi District Council held on Wednesday, 26 March "
                        "2025 be confirmed as a true and correct record of that meeting.",
                    ),
                ],
            ),
            ("ATTACHMENTS", ["Attachment 1 - WDC Minutes 26 March 2025"]),
        ],
        "attachment": "previous",
    },
    "6.2": {
        "from": CE,
        "prepared": GOV,
        "date": "15 April 2025",
        "ref": "GOV1318 / 25/0419",
        "sections": [
            (
                "EXECUTIVE SUMMARY",
                [
                    "To confirm the minutes of the extraordinary meeting of the Waitahi District Council held on "
                    "Wednesday, 9 April 2025 to consider the Council's submission on the Draft Regional Public "
                    "Transport Plan.",
                ],
            ),
            (
                "RECOMMENDATION",
                [
                    (
                        "rec",
                        "THAT the minutes of the extraordinary meeting of the Waitahi District Council held on "
                        "Wednesday, 9 April 2025 be confirmed as a true and correct record of that meeting.",
                    ),
                ],
            ),
            ("ATTACHMENTS", ["Attachment 1 - WDC Extraordinary Minutes 9 April 2025 (circulated separately)"]),
        ],
    },
    "7.1": {
        "from": CE,
        "prepared": GOV,
        "date": "14 April 2025",
        "ref": "GOV1301 / 25/0407",
        "sections": [
            (
                "EXECUTIVE SUMMARY",
                [
                    "To receive the minutes of the Strategy and Finance Committee meeting held on Tuesday, 8 April "
                    "2025, and to adopt the recommendation of that Committee in relation to the review of the "
                    "Treasury Risk Management Policy (S&F2504/07), which the Committee does not have the delegation "
                    "to adopt.",
                ],
            ),
            (
                "RECOMMENDATION",
                [
                    (
                        "rec",
                        "THAT the minutes of the meeting of the Strategy and Finance Committee held on Tuesday, "
                        "8 April 2025 be received;",
                    ),
                    (
                        "rec",
                        "AND THAT Committee recommendation S&F2504/07 (Treasury Risk Management Policy Review 2025) "
                        "be adopted.",
                    ),
                ],
            ),
            ("ATTACHMENTS", ["Attachment 1 - S&F Committee Minutes 8 April 2025"]),
        ],
    },
    "7.2": {
        "from": CE,
        "prepared": ("DT Amoroa", "Democracy Advisor"),
        "date": "15 April 2025",
        "ref": "GOV0504 / 25/0421",
        "sections": [
            (
                "EXECUTIVE SUMMARY",
                [
                    "To receive the minutes of the Rakaunui Community Board meeting held on Monday, 14 April 2025. "
                    "The Board Chairperson, Mrs Tomoana, will be in attendance to speak to the minutes.",
                ],
            ),
            (
                "RECOMMENDATION",
                [
                    (
                        "rec",
                        "THAT the minutes of the meeting of the Rakaunui Community Board held on Monday, 14 April "
                        "2025 be received.",
                    ),
                ],
            ),
            ("ATTACHMENTS", ["Attachment 1 - Rakaunui Community Board Minutes 14 April 2025"]),
        ],
    },
    "8.1": {
        "from": ("PJ Haretuku", "Mayor"),
        "prepared": ("RJ Kaui", "Executive Assistant to the Mayor"),
        "date": "22 April 2025",
        "ref": "GOV0102 / 25/0433",
        "sections": [
            (
                "EXECUTIVE SUMMARY",
                [
                    "This report provides an overview of the Mayor's activities and engagements since the Council "
                    "meeting of 26 March 2025.",
                ],
            ),
            ("RECOMMENDATION", [("rec", "THAT the report from His Worship the Mayor be received.")]),
            (
                "MAYORAL ENGAGEMENTS",
                [
                    (
                        "list",
                        [
                            "27 March - Mayoral Forum, Tauranga Moana; discussion on regional spatial planning.",
                            "2 April - Opening of the Okaramu Bay boat ramp with the Okaramu Community Board.",
                            "4 April - Meeting with the Minister of Local Government's office on water services.",
                            "10 April - Citizenship ceremony, Maungarei Memorial Hall (23 new citizens).",
                            "15-16 April - Annual Plan 2025/26 hearings.",
                            "25 April - ANZAC Day dawn services at Maungarei and Rakaunui.",
                        ],
                    ),
                    "I wish to acknowledge the many volunteers who made the ANZAC Day commemorations across the "
                    "district such a success, and the Rakaunui RSA for its continued support of our younger people.",
                ],
            ),
        ],
    },
    "8.2": {
        "from": CE,
        "prepared": ("NJ Barraclough", "Strategic Planning Manager"),
        "date": "22 April 2025",
        "ref": "CPM2526 / 25/0429",
        "sections": [
            (
                "EXECUTIVE SUMMARY",
                [
                    "Consultation on the Annual Plan 2025/26 ran from 10 March to 9 April 2025. A total of 287 "
                    "submissions were received and 31 submitters spoke to their submissions at hearings held on "
                    "15 and 16 April 2025. This report summarises the submissions by topic and seeks Council's "
                    "decisions so that staff can prepare the final Annual Plan for adoption on 25 June 2025.",
                    "The consultation document proposed an average general rates increase of 9.4%, compared with "
                    "the 11.2% signalled for Year 2 in the Long Term Plan 2024-2034.",
                ],
            ),
            (
                "RECOMMENDATION",
                [
                    ("rec", "THAT the report from the Chief Financial Officer be received;"),
                    (
                        "rec",
                        "AND THAT Council, having considered all submissions and the views presented at the "
                        "hearings, provides direction to staff on each of the matters set out in section 4 of "
                        "this report.",
                    ),
                ],
            ),
            (
                "BACKGROUND",
                [
                    "Section 95 of the Local Government Act 2002 requires Council to prepare and adopt an annual plan "
                    "for each financial year. Because the proposed changes from the Long Term Plan were significant, "
                    "Council resolved on 26 February 2025 (WDC2502/14) to consult using a consultation document.",
                ],
            ),
            (
                "SUMMARY OF SUBMISSIONS",
                [
                    "The table below summarises the submissions received on the four consultation topics.",
                    (
                        "table",
                        ["Topic", "Submissions", "Support", "Oppose", "Staff recommendation"],
                        [30, 18, 15, 15, 52],
                        [
                            ["1. Rates increase of 9.4%", "241", "88", "153", "Retain 9.4%"],
                            ["2. Rakaunui Library extension", "164", "131", "33", "Fund design phase only ($185,000)"],
                            [
                                "3. Okaramu clubroom grant",
                                "58",
                                "44",
                                "14",
                                "Decline; refer to Community Facilities Fund",
                            ],
                            [
                                "4. Station Road shared path",
                                "96",
                                "71",
                                "25",
                                "Reallocate $95,000 from footpath renewals",
                            ],
                        ],
                    ),
                    "A further 63 submissions raised matters outside the consultation topics, including roading "
                    "maintenance, freedom camping at Okaramu Bay and the level of development contributions. These "
                    "have been referred to the relevant activity managers and the Long Term Plan 2027-2037 work "
                    "programme.",
                ],
            ),
            (
                "DISCUSSION AND ANALYSIS OF OPTIONS",
                [
                    "Option 1 - adopt the staff recommendations: this retains the 9.4% average increase and keeps "
                    "net debt within the 175% of revenue limit set in the Financial Strategy.",
                    "Option 2 - reduce the average increase by deferring capital projects: deferring stage 2 of the "
                    "Matai Street stormwater upgrade and the Maungarei Aquatic Centre heating renewal to 2026/27 "
                    "would reduce the increase to approximately 7.9%, but would increase the risk of asset failure "
                    "and is expected to add $310,000 to the cost of the projects.",
                    "Staff recommend Option 1.",
                ],
            ),
            (
                "SIGNIFICANCE AND ENGAGEMENT",
                [
                    "The decisions sought are significant in terms of Council's Significance and Engagement Policy. "
                    "The community has been consulted in accordance with sections 82 and 95A of the Act.",
                ],
            ),
            (
                "ATTACHMENTS",
                [
                    "Attachment 1 - Submissions and staff comments by topic (circulated separately)",
                    "Attachment 2 - Draft Schedule of Fees and Charges 2025/26 (circulated separately)",
                ],
            ),
        ],
    },
    "8.3": {
        "from": GM_INFRA,
        "prepared": ("KD Vosper", "Three Waters Manager"),
        "date": "17 April 2025",
        "ref": "SW0211 / 25/0414",
        "sections": [
            (
                "EXECUTIVE SUMMARY",
                [
                    "Tenders for stage 1 of the Matai Street stormwater upgrade closed on 3 April 2025. The lowest "
                    "conforming tender of $1,884,300 (excluding GST), together with professional fees and a 10% "
                    "contingency, exceeds the approved budget of $1,450,000 by $612,000. This report seeks approval "
                    "of the additional funding so that the contract can be awarded under delegation.",
                ],
            ),
            (
                "RECOMMENDATION",
                [
                    ("rec", "THAT Council:"),
                    ("part", "a)", "receives the report from the General Manager Infrastructure Services;"),
                    (
                        "part",
                        "b)",
                        "approves additional capital expenditure of $612,000 for stage 1 of the Matai Street "
                        "stormwater upgrade, bringing the total project budget to $2,062,000;",
                    ),
                    (
                        "part",
                        "c)",
                        "notes that the additional expenditure will be loan funded and serviced from the "
                        "Maungarei stormwater targeted rate from 2026/27.",
                    ),
                ],
            ),
            (
                "BACKGROUND",
                [
                    "The Matai Street catchment flooded in January 2023 and again in May 2024, affecting eleven "
                    "dwellings. The upgrade replaces 640 metres of undersized pipe and adds a new outfall to the "
                    "Waitahi River.",
                ],
            ),
            (
                "DISCUSSION",
                [
                    "Five tenders were received. The price difference reflects higher than expected costs for "
                    "traffic management on State Highway 29A and the discovery of an asbestos cement watermain in "
                    "the corridor. Re-tendering is not expected to produce a materially lower price.",
                ],
            ),
        ],
    },
    "8.4": {
        "from": GM_COMM,
        "prepared": ("CL Dunphy", "Animal Control Team Leader"),
        "date": "16 April 2025",
        "ref": "BYL0307 / 25/0409",
        "sections": [
            (
                "EXECUTIVE SUMMARY",
                [
                    "The Dog Control Bylaw 2015 lapses on 1 September 2025. A review has been completed and a "
                    "Statement of Proposal for a new Dog Control Bylaw 2025 has been prepared for consultation "
                    "using the special consultative procedure.",
                ],
            ),
            (
                "RECOMMENDATION",
                [
                    ("rec", "THAT Council:"),
                    ("part", "1.", "receives the report;"),
                    (
                        "part",
                        "2.",
                        "determines that a bylaw is the most appropriate way of addressing the perceived "
                        "problems, in accordance with section 155(1) of the Local Government Act 2002;",
                    ),
                    (
                        "part",
                        "3.",
                        "adopts the Statement of Proposal for the Proposed Dog Control Bylaw 2025 for "
                        "consultation from 12 May to 13 June 2025;",
                    ),
                    ("part", "4.", "appoints a hearings panel of three elected members to hear submissions."),
                ],
            ),
            (
                "KEY CHANGES PROPOSED",
                [
                    (
                        "list",
                        [
                            "Dogs prohibited on Rakaunui Beach between the surf club and the estuary from 1 December "
                            "to 28 February between 9.00am and 7.00pm.",
                            "New on-leash area around the Maungarei Domain playground.",
                            "Limit of two dogs per urban property without a permit.",
                        ],
                    ),
                ],
            ),
        ],
    },
    "8.5": {
        "from": GM_INFRA,
        "prepared": ("MW Sutcliffe", "Roading Team Leader"),
        "date": "11 April 2025",
        "ref": "RDN0418 / 25/0398",
        "sections": [
            (
                "EXECUTIVE SUMMARY",
                [
                    "Kowhai Ridge Developments Limited has requested approval of names for one public road and one "
                    "private right-of-way in stage 2 of the Te Maunga Rise subdivision, Maungarei. The names have "
                    "been checked against the Road Naming Policy 2021 and Land Information New Zealand standards, "
                    "and mana whenua have been consulted.",
                ],
            ),
            (
                "RECOMMENDATION",
                [
                    (
                        "rec",
                        "THAT Council approves the name 'Kotare Lane' for the new public road shown as Road 1 on "
                        "the plan attached to this report;",
                    ),
                    (
                        "rec",
                        "AND THAT Council approves the name 'Toetoe Way' for the private right-of-way shown as "
                        "Lot 402 on the same plan.",
                    ),
                ],
            ),
            ("ATTACHMENTS", ["Attachment 1 - Te Maunga Rise Stage 2 scheme plan"]),
        ],
    },
    "8.6": {
        "from": GM_INFRA,
        "prepared": ("KD Vosper", "Three Waters Manager"),
        "date": "22 April 2025",
        "ref": "LWDW0102 / 25/0431",
        "sections": [
            (
                "EXECUTIVE SUMMARY",
                [
                    "The Local Government (Water Services Preliminary Arrangements) Act 2024 requires Council to "
                    "prepare a Water Services Delivery Plan and submit it to the Secretary for Local Government by "
                    "3 September 2025. Following consultation from 3 to 31 March 2025, in which 58% of the 412 "
                    "respondents preferred the in-house option, a draft plan has been prepared on the basis of an "
                    "in-house business unit.",
                ],
            ),
            (
                "RECOMMENDATION",
                [
                    ("rec", "THAT Council:"),
                    ("part", "a)", "receives the report;"),
                    (
                        "part",
                        "b)",
                        "approves the draft Water Services Delivery Plan, based on an in-house business "
                        "unit delivery model, for submission to the Secretary for Local Government;",
                    ),
                    (
                        "part",
                        "c)",
                        "delegates authority to the Chief Executive to make minor editorial amendments "
                        "before submission.",
                    ),
                ],
            ),
            (
                "OPTIONS CONSIDERED",
                [
                    (
                        "table",
                        ["Option", "Description", "Projected average 2034 water bill"],
                        [18, 52, 30],
                        [
                            ["1", "In-house business unit (preferred)", "$3,420"],
                            ["2", "Joint water organisation with Rangitaiki and Okahu councils", "$3,110"],
                            ["3", "Stand-alone council-controlled organisation", "$3,560"],
                        ],
                    ),
                    "The joint organisation option offers lower projected charges but relies on agreement with two "
                    "neighbouring councils that have not yet made their own decisions.",
                ],
            ),
        ],
    },
    "8.7": {
        "from": CFO,
        "prepared": ("HE Quinlan", "Finance Manager"),
        "date": "17 April 2025",
        "ref": "FIN0203 / 25/0416",
        "sections": [
            (
                "EXECUTIVE SUMMARY",
                [
                    "This report presents the financial performance of Council for the nine months ended 31 March "
                    "2025. The operating surplus is $1.12 million ahead of budget, mainly because of the timing of "
                    "roading subsidies from NZ Transport Agency Waka Kotahi.",
                ],
            ),
            (
                "RECOMMENDATION",
                [
                    (
                        "rec",
                        "THAT the report from the Chief Financial Officer for the nine months ended 31 March 2025 "
                        "be received.",
                    ),
                ],
            ),
            (
                "OPERATING RESULT BY ACTIVITY",
                [
                    (
                        "table",
                        ["Activity", "YTD Actual $000", "YTD Budget $000", "Variance $000"],
                        [40, 20, 20, 20],
                        [
                            ["Roading and footpaths", "9,842", "9,115", "727"],
                            ["Water supply", "4,210", "4,388", "(178)"],
                            ["Wastewater", "3,967", "3,902", "65"],
                            ["Stormwater", "1,106", "1,094", "12"],
                            ["Community facilities", "5,331", "5,587", "(256)"],
                            ["Regulatory services", "2,948", "2,874", "74"],
                            ["Governance and corporate", "3,502", "3,410", "92"],
                        ],
                    ),
                    "Capital expenditure to 31 March is $14.6 million against a year-to-date budget of $19.2 "
                    "million. Net debt is $82.4 million, within the limits of the Financial Strategy.",
                ],
            ),
        ],
    },
    "8.8": {
        "from": CE,
        "prepared": CE,
        "date": "23 April 2025",
        "ref": "GOV0101 / 25/0436",
        "sections": [
            (
                "EXECUTIVE SUMMARY",
                [
                    "This report updates Council on significant operational matters since the last meeting.",
                ],
            ),
            ("RECOMMENDATION", [("rec", "THAT the report from the Chief Executive be received.")]),
            (
                "MATTERS FOR COUNCIL'S INFORMATION",
                [
                    (
                        "list",
                        [
                            "Maungarei Library: detailed seismic assessment rates the building at 30% NBS; options for "
                            "temporary library services are being prepared.",
                            "Customer services: 94% of calls answered within 20 seconds in March 2025.",
                            "Building consents: 61 consents issued in the quarter, all within statutory timeframes.",
                            "Staff turnover for the year to date is 11.8%.",
                        ],
                    ),
                ],
            ),
        ],
    },
    "9": {
        "title": "Exclusion of the Public",
        "from": CE,
        "prepared": GOV,
        "date": "15 April 2025",
        "ref": "GOV1318 / 25/0424",
        "sections": [
            (
                "EXECUTIVE SUMMARY",
                [
                    "To exclude the public from the whole or part of the proceedings of the meeting to enable "
                    "Council to deliberate in private on confidential matters.",
                ],
            ),
            (
                "RECOMMENDATION",
                [
                    ("rec", "THAT the public be excluded from the following parts of the proceedings of this meeting."),
                    (
                        "rec",
                        "The general subject of each matter to be considered while the public is excluded, the "
                        "reason for passing this resolution in relation to each matter, and the specific grounds "
                        "under section 48(1) of the Local Government Official Information and Meetings Act 1987 "
                        "for the passing of this resolution are as follows:",
                    ),
                    ("pe_table",),
                ],
            ),
        ],
    },
}

AGENDA = [
    ("1", "KARAKIA TIMATANGA", None, "public"),
    ("2", "APOLOGIES AND LEAVE OF ABSENCE", None, "public"),
    ("3", "CONFIRMATION OF STATUS OF AGENDA ITEMS", None, "public"),
    ("4", "DISCLOSURES OF INTEREST", None, "public"),
    ("5", "PUBLIC FORUM", None, "public"),
    ("6", "CONFIRMATION OF MINUTES", None, "public"),
    ("6.1", "Minutes of the Ordinary Meeting of Council held on Wednesday, 26 March 2025", "6", "public"),
    ("6.2", "Minutes of the Extraordinary Meeting of Council held on Wednesday, 9 April 2025", "6", "public"),
    ("7", "RECEIPT OF COMMITTEE AND COMMUNITY BOARD MINUTES", None, "public"),
    ("7.1", "Receipt of Strategy and Finance Committee Minutes - 8 April 2025", "7", "public"),
    ("7.2", "Receipt of Rakaunui Community Board Minutes - 14 April 2025", "7", "public"),
    ("8", "REPORTS", None, "public"),
    ("8.1", "Mayor's Report - April 2025", "8", "public"),
    ("8.2", "Annual Plan 2025/26 - Deliberations on Submissions and Direction to Staff", "8", "public"),
    ("8.3", "Matai Street Stormwater Upgrade Stage 1 - Request for Additional Funding", "8", "public"),
    ("8.4", "Proposed Dog Control Bylaw 2025 - Adoption of Statement of Proposal for Consultation", "8", "public"),
    ("8.5", "Road Naming - Te Maunga Rise Subdivision Stage 2, Maungarei", "8", "public"),
    ("8.6", "Local Water Done Well - Draft Water Services Delivery Plan", "8", "public"),
    ("8.7", "Financial Performance Report for the Nine Months ended 31 March 2025", "8", "public"),
    ("8.8", "Chief Executive's Report - April 2025", "8", "public"),
    ("9", "EXCLUSION OF THE PUBLIC", None, "public"),
    ("9.1", "Confirmation of Public Excluded Minutes - 26 March 2025", "9", "exempt"),
    ("9.2", "Contract 24/17 Maungarei Wastewater Treatment Plant Renewal - Tender Award", "9", "exempt"),
    ("9.3", "Property Acquisition - 118 Totara Road, Maungarei", "9", "exempt"),
    ("10", "KARAKIA WHAKAMUTUNGA", None, "public"),
]

# the section 48 grounds table, printed in the agenda's exclusion report and again in the minutes
PE_HEAD = [
    "General subject of each matter to be considered",
    "Reason for passing this resolution in relation to each matter",
    "Ground(s) under section 48(1) for the passing of this resolution",
]
PE_ROWS = [
    [
        "Item 9.1 Confirmation of Public Excluded Minutes - 26 March 2025",
        "Refer to the previous public excluded reason in the agenda for that meeting.",
        "Section 48(1)(a)",
    ],
    [
        "Item 9.2 Contract 24/17 Maungarei Wastewater Treatment Plant Renewal - Tender Award",
        "Good reason to withhold exists under section 7.",
        "Section 48(1)(a)",
    ],
    [
        "Item 9.3 Property Acquisition - 118 Totara Road, Maungarei",
        "Good reason to withhold exists under section 7.",
        "Section 48(1)(a)",
    ],
]
PE_INTERESTS = [
    ("Item 9.1", "Refer to the previous public excluded reason in the agenda for that meeting."),
    (
        "Item 9.2",
        "Section 7(2)(b)(ii) - to protect information where the making available of the information would "
        "be likely unreasonably to prejudice the commercial position of the person who supplied or who is "
        "the subject of the information; and section 7(2)(i) - to enable Council to carry on, without "
        "prejudice or disadvantage, negotiations (including commercial and industrial negotiations).",
    ),
    (
        "Item 9.3",
        "Section 7(2)(i) - to enable Council to carry on, without prejudice or disadvantage, negotiations "
        "(including commercial and industrial negotiations).",
    ),
]

# ---------------------------------------------------------------------------------------------------------
# The minutes: items in printed order (8.6 was taken before 8.5), each a list of blocks
#   ("p", text) paragraph; ("bul", [..]) bullet points; ("res", {...}) a "Resolved:" decision;
#   ("amend", {...}) an amendment as moved and its show of hands; ("division", {...}); ("pe_table",);
#   ("sub", text) an unnumbered sub-heading
# A res: movers, lead text, lettered/numbered parts, "AND THAT" tail clauses, optional fixed number.
# ---------------------------------------------------------------------------------------------------------

MINUTES = [
    (
        "1",
        "KARAKIA TIMATANGA",
        [
            ("p", "Cr Kereama opened the meeting with a karakia."),
            (
                "p",
                "His Worship the Mayor welcomed members, staff and members of the public. He acknowledged the "
                "recent passing of former Councillor Moana Te Rangi, who served the Okaramu ward from 1998 to "
                "2010, and members stood for a minute's silence.",
            ),
        ],
    ),
    (
        "2",
        "APOLOGIES AND LEAVE OF ABSENCE",
        [
            (
                "res",
                {
                    "movers": "Crs Galbraith/Chisholm",
                    "lead": "THAT an apology for non-attendance from Cr O'Halloran be received;",
                    "tail": ["AND THAT an apology for lateness from Cr Beaumont be received."],
                },
            ),
        ],
    ),
    (
        "3",
        "CONFIRMATION OF STATUS OF AGENDA ITEMS",
        [
            (
                "p",
                "His Worship the Mayor advised that Item 8.6 (Local Water Done Well) would be taken before Item 8.5 "
                "to accommodate the availability of the Three Waters Manager.",
            ),
            (
                "res",
                {
                    "movers": "Crs Hollis/McCartney",
                    "lead": "THAT the agenda for a meeting of the Waitahi District Council held on Wednesday, 30 April "
                    "2025 be confirmed and all items therein be considered in open meeting with the exception "
                    "of those items detailed at agenda item 9, which shall be considered with the public "
                    "excluded;",
                    "tail": ["AND THAT Item 8.6 be considered before Item 8.5."],
                },
            ),
        ],
    ),
    (
        "4",
        "DISCLOSURES OF INTEREST",
        [
            (
                "p",
                "Cr Hollis declared a conflict of interest in Item 8.5 (Road Naming - Te Maunga Rise Subdivision "
                "Stage 2, Maungarei), as a family member is a director of the developer.",
            ),
            (
                "p",
                "Cr Stanaway declared a non-pecuniary interest in Public Excluded Item 9.3 (Property Acquisition - "
                "118 Totara Road, Maungarei), as he owns an adjoining property.",
            ),
        ],
    ),
    (
        "5",
        "PUBLIC FORUM",
        [
            (
                "p",
                "Mrs J Carmody (Rakaunui Residents' Association) spoke in support of the Rakaunui Library "
                "extension and tabled a petition of 412 signatures. She asked that the design phase be funded in "
                "2025/26 so that construction could begin the following year.",
            ),
            ("p", "Cr Beaumont joined the meeting at 9.52am."),
            (
                "p",
                "Mr H Paki (Chairperson, Ngati Rehu Trust) spoke on the renewal of the Maungarei Wastewater "
                "Treatment Plant and the water services delivery plan. He asked that the Trust be involved in the "
                "design of any new discharge arrangements to the Waitahi River. His Worship the Mayor thanked Mr "
                "Paki and noted that the Chief Executive would arrange a hui with the Trust.",
            ),
        ],
    ),
    ("6", "CONFIRMATION OF MINUTES", []),
    (
        "6.1",
        "MINUTES OF THE ORDINARY MEETING OF COUNCIL - 26 MARCH 2025",
        [
            (
                "res",
                {
                    "movers": "Crs Aperahama/Stanaway",
                    "lead": "THAT the minutes of the meeting of the Waitahi District Council held on Wednesday, "
                    "26 March 2025 be confirmed as a true and correct record of that meeting.",
                },
            ),
        ],
    ),
    (
        "6.2",
        "MINUTES OF THE EXTRAORDINARY MEETING OF COUNCIL - 9 APRIL 2025",
        [
            (
                "p",
                "Cr McCartney advised that page 3 of the minutes recorded Cr Chisholm as seconder of the resolution "
                "approving the submission on the Draft Regional Public Transport Plan; she had seconded that "
                "resolution.",
            ),
            (
                "res",
                {
                    "movers": "Crs McCartney/Kereama",
                    "lead": "THAT the minutes of the extraordinary meeting of the Waitahi District Council held on "
                    "Wednesday, 9 April 2025 be confirmed as a true and correct record of that meeting, "
                    "subject to page 3 being amended to record Cr McCartney as the seconder of the "
                    "resolution approving the submission on the Draft Regional Public Transport Plan.",
                },
            ),
        ],
    ),
    ("7", "RECEIPT OF COMMITTEE AND COMMUNITY BOARD MINUTES", []),
    (
        "7.1",
        "STRATEGY AND FINANCE COMMITTEE MINUTES - 8 APRIL 2025",
        [
            (
                "p",
                "Cr Galbraith, as Chairperson of the Committee, spoke to the minutes and the Committee's "
                "recommendation on the Treasury Risk Management Policy.",
            ),
            (
                "res",
                {
                    "movers": "Crs Galbraith/Chisholm",
                    "lead": "THAT the minutes of the meeting of the Strategy and Finance Committee held on Tuesday, "
                    "8 April 2025 be received;",
                    "tail": [
                        "AND THAT Committee recommendation S&F2504/07 (Treasury Risk Management Policy Review "
                        "2025) be adopted."
                    ],
                },
            ),
        ],
    ),
    (
        "7.2",
        "RAKAUNUI COMMUNITY BOARD MINUTES - 14 APRIL 2025",
        [
            (
                "p",
                "Mrs Tomoana spoke to the minutes and highlighted the Board's concerns about vehicle speeds on "
                "Rakaunui Beach Road over the summer period. The General Manager Infrastructure Services undertook "
                "to report back to the Board on a speed management review.",
            ),
            (
                "res",
                {
                    "movers": "Crs Chisholm/Kereama",
                    "lead": "THAT the minutes of the meeting of the Rakaunui Community Board held on Monday, 14 April "
                    "2025 be received.",
                },
            ),
        ],
    ),
    ("8", "REPORTS", []),
    (
        "8.1",
        "MAYOR'S REPORT - APRIL 2025",
        [
            ("p", "His Worship the Mayor took his report as read and highlighted the following:"),
            (
                "bul",
                [
                    "the good attendance at ANZAC Day services in Maungarei and Rakaunui;",
                    "his meeting with the Minister's office on water services, which had confirmed the 3 September 2025 "
                    "deadline for water services delivery plans; and",
                    "the opening of the Okaramu Bay boat ramp, completed $40,000 under budget.",
                ],
            ),
            (
                "res",
                {"movers": "Crs Galbraith/Hollis", "lead": "THAT the report from His Worship the Mayor be received."},
            ),
        ],
    ),
    (
        "8.2",
        "ANNUAL PLAN 2025/26 - DELIBERATIONS ON SUBMISSIONS AND DIRECTION TO STAFF",
        [
            (
                "p",
                "The Chief Financial Officer and the Strategic Planning Manager spoke to the report. A total of 287 "
                "submissions had been received and 31 submitters had spoken at the hearings on 15 and 16 April "
                "2025.",
            ),
            (
                "res",
                {
                    "movers": "Crs Galbraith/McCartney",
                    "lead": "THAT the report from the Chief Financial Officer be received.",
                },
            ),
            ("p", "The following matters were discussed:"),
            (
                "bul",
                [
                    "the balance between affordability for fixed-income ratepayers and the need to maintain three "
                    "waters assets;",
                    "the level of support in submissions for the Rakaunui Library extension, including the petition "
                    "tabled in the public forum;",
                    "whether the Okaramu Sports Collective could obtain funding through the Community Facilities Fund "
                    "before the 2025/26 winter season.",
                ],
            ),
            (
                "amend",
                {
                    "mover": "Rangitaawa",
                    "seconder": "Beaumont",
                    "text": "THAT Council reduces the proposed average general rates increase for 2025/26 to 7.9% "
                    "by deferring stage 2 of the Matai Street stormwater upgrade and the Maungarei Aquatic "
                    "Centre heating renewal to 2026/27.",
                    "result": "The amendment was put and, on a show of hands, was declared LOST (3 votes for and "
                    "8 votes against).",
                },
            ),
            ("p", "The substantive motion was then put."),
            (
                "res",
                {
                    "movers": "Crs Galbraith/McCartney",
                    "lead": "THAT Council, having considered all submissions and the views presented at the hearings "
                    "on 15 and 16 April 2025:",
                    "parts": [
                        ("a)", "retains the proposed average general rates increase of 9.4% for 2025/26;"),
                        (
                            "b)",
                            "includes $185,000 in 2025/26 for the design phase of the Rakaunui Library extension, "
                            "with construction to be considered in the 2026/27 Annual Plan;",
                        ),
                        (
                            "c)",
                            "declines the request from the Okaramu Sports Collective for a grant of $240,000 "
                            "towards new clubrooms, and invites the Collective to apply to the Community "
                            "Facilities Fund;",
                        ),
                        (
                            "d)",
                            "reallocates $95,000 from the 2025/26 footpath renewals programme to the Station Road "
                            "shared path;",
                        ),
                        (
                            "e)",
                            "notes that the Schedule of Fees and Charges 2025/26 will be adopted with the final "
                            "Annual Plan;",
                        ),
                        (
                            "f)",
                            "directs staff to prepare the final Annual Plan 2025/26, incorporating the above "
                            "decisions, for adoption at the Council meeting on 25 June 2025.",
                        ),
                    ],
                },
            ),
            ("p", "The meeting adjourned at 10.45am and resumed at 11.00am."),
        ],
    ),
    (
        "8.3",
        "MATAI STREET STORMWATER UPGRADE STAGE 1 - REQUEST FOR ADDITIONAL FUNDING",
        [
            (
                "p",
                "The General Manager Infrastructure Services and the Three Waters Manager spoke to the report and "
                "answered questions on the tender evaluation and the asbestos cement watermain found in the road "
                "corridor.",
            ),
            ("p", "Cr Rangitaawa left the meeting at 11.12am and returned at 11.20am."),
            (
                "res",
                {
                    "movers": "Crs Stanaway/Chisholm",
                    "lead": "THAT Council:",
                    "parts": [
                        ("a)", "receives the report from the General Manager Infrastructure Services;"),
                        (
                            "b)",
                            "approves additional capital expenditure of $612,000 for stage 1 of the Matai Street "
                            "stormwater upgrade, bringing the total project budget to $2,062,000;",
                        ),
                        (
                            "c)",
                            "notes that the additional expenditure will be loan funded and serviced from the "
                            "Maungarei stormwater targeted rate from 2026/27.",
                        ),
                    ],
                },
            ),
        ],
    ),
    (
        "8.4",
        "PROPOSED DOG CONTROL BYLAW 2025 - ADOPTION OF STATEMENT OF PROPOSAL",
        [
            ("p", "The Animal Control Team Leader spoke to the report. In response to questions she advised that:"),
            (
                "bul",
                [
                    "the summer restriction on Rakaunui Beach had been requested by the Rakaunui Community Board and "
                    "the surf life saving club;",
                    "dog registration fees were not part of the bylaw and were set through the fees and charges "
                    "schedule.",
                ],
            ),
            (
                "res",
                {
                    "movers": "Crs Kereama/Galbraith",
                    "lead": "THAT Council:",
                    "parts": [
                        ("1.", "receives the report;"),
                        (
                            "2.",
                            "determines, in accordance with section 155(1) of the Local Government Act 2002, that "
                            "a bylaw is the most appropriate way of addressing the perceived problems relating to "
                            "dog control in the district;",
                        ),
                        (
                            "3.",
                            "adopts the Statement of Proposal for the Proposed Dog Control Bylaw 2025 for public "
                            "consultation using the special consultative procedure from 12 May to 13 June 2025;",
                        ),
                        (
                            "4.",
                            "appoints Crs Galbraith, Kereama and McCartney as the hearings panel to hear and "
                            "consider submissions and make recommendations to Council.",
                        ),
                    ],
                },
            ),
            ("p", "Crs Aperahama and Beaumont requested that their votes against the motion be recorded."),
        ],
    ),
    (
        "8.6",
        "LOCAL WATER DONE WELL - DRAFT WATER SERVICES DELIVERY PLAN",
        [
            (
                "p",
                "The General Manager Infrastructure Services and the Three Waters Manager spoke to the report. "
                "Members discussed the projected water charges under each option and the uncertainty about the "
                "intentions of the neighbouring councils.",
            ),
            (
                "res",
                {
                    "movers": "His Worship the Mayor/Cr Galbraith",
                    "lead": "THAT Council:",
                    "parts": [
                        ("a)", "receives the report;"),
                        (
                            "b)",
                            "approves the draft Water Services Delivery Plan, based on an in-house business unit "
                            "delivery model, for submission to the Secretary for Local Government by 3 September "
                            "2025;",
                        ),
                        (
                            "c)",
                            "delegates authority to the Chief Executive to make minor editorial amendments to the "
                            "Plan before submission.",
                        ),
                    ],
                    "body": [
                        (
                            "division",
                            {
                                "caller": "Cr Beaumont",
                                "for": [
                                    "Mayor Haretuku",
                                    "Crs Chisholm",
                                    "Fenwick",
                                    "Galbraith",
                                    "Kereama",
                                    "McCartney",
                                    "Stanaway",
                                ],
                                "against": ["Crs Aperahama", "Beaumont", "Rangitaawa"],
                                "abstained": ["Cr Hollis"],
                                "result": "The division was declared CARRIED by 7 votes to 3, with 1 abstention.",
                            },
                        )
                    ],
                },
            ),
        ],
    ),
    (
        "8.5",
        "ROAD NAMING - TE MAUNGA RISE SUBDIVISION STAGE 2, MAUNGAREI",
        [
            (
                "p",
                "Cr Hollis, having declared a conflict of interest, withdrew from the table at 11.56am and took no "
                "part in the discussion or voting on this item.",
            ),
            ("p", "Cr Fenwick's audio-visual link disconnected at 11.58am and she did not rejoin the meeting."),
            (
                "res",
                {
                    "movers": "Crs Kereama/Rangitaawa",
                    "lead": "THAT Council approves the name 'Kotare Lane' for the new public road shown as Road 1 on "
                    "the Te Maunga Rise Stage 2 scheme plan;",
                    "tail": [
                        "AND THAT Council approves the name 'Toetoe Way' for the private right-of-way shown as "
                        "Lot 402 on the same plan."
                    ],
                },
            ),
            ("p", "Cr Hollis returned to the table at 12.01pm."),
        ],
    ),
    (
        "8.7",
        "FINANCIAL PERFORMANCE REPORT FOR THE NINE MONTHS ENDED 31 MARCH 2025",
        [
            (
                "p",
                "The Chief Financial Officer took the report as read and answered questions on the under-spend in "
                "capital expenditure, which she attributed mainly to delays in the Maungarei Wastewater Treatment "
                "Plant renewal tender.",
            ),
            (
                "res",
                {
                    "movers": "Crs McCartney/Aperahama",
                    "lead": "THAT the report from the Chief Financial Officer for the nine months ended 31 March "
                    "2025 be received.",
                },
            ),
        ],
    ),
    (
        "8.8",
        "CHIEF EXECUTIVE'S REPORT - APRIL 2025",
        [
            (
                "p",
                "The Chief Executive spoke to her report, with particular reference to the seismic assessment of "
                "the Maungarei Library building.",
            ),
            (
                "res",
                {"movers": "Crs Stanaway/Kereama", "lead": "THAT the report from the Chief Executive be received."},
            ),
            (
                "p",
                "Council noted the update on the Maungarei Library and agreed that a workshop be held with members "
                "in June 2025 on options for temporary library services.",
            ),
            ("p", "Cr Hollis left the meeting at 12.18pm."),
        ],
    ),
    (
        "9",
        "EXCLUSION OF THE PUBLIC",
        [
            (
                "res",
                {
                    "movers": "Crs Galbraith/Stanaway",
                    "lead": "THAT the public be excluded from the following parts of the proceedings of this meeting.",
                    "body": [
                        (
                            "p",
                            "The general subject of each matter to be considered while the public is excluded, the "
                            "reason for passing this resolution in relation to each matter, and the specific "
                            "grounds under section 48(1) of the Local Government Official Information and "
                            "Meetings Act 1987 for the passing of this resolution are as follows:",
                        ),
                        ("pe_table",),
                        (
                            "p",
                            "This resolution is made in reliance on section 48(1)(a) of the Local Government "
                            "Official Information and Meetings Act 1987 and the particular interest or interests "
                            "protected by section 6 or section 7 of that Act which would be prejudiced by the "
                            "holding of the whole or the relevant part of the proceedings of the meeting in public, "
                            "as follows:",
                        ),
                        ("pe_interests",),
                    ],
                    "tail": [
                        "AND THAT Mr KD Vosper (Three Waters Manager) be permitted to remain at this meeting "
                        "after the public has been excluded, because of his knowledge of the tender evaluation "
                        "for Contract 24/17."
                    ],
                },
            ),
            ("p", "The meeting went into public excluded session at 12.23pm."),
            ("p", "The meeting resumed in open session at 1.04pm."),
            ("p", "The following resolution, made while the public was excluded, was released into open meeting:"),
            (
                "sub",
                "Contract 24/17 Maungarei Wastewater Treatment Plant Renewal - Tender Award (Public Excluded Item 9.2)",
            ),
            (
                "res",
                {
                    "movers": "Crs McCartney/Chisholm",
                    "number": "WDC2504/PE3",
                    "lead": "THAT Council awards Contract 24/17 Maungarei Wastewater Treatment Plant Renewal to "
                    "Tasman Civil Limited for the sum of $4,386,210.00 (excluding GST).",
                },
            ),
        ],
    ),
    (
        "10",
        "KARAKIA WHAKAMUTUNGA",
        [
            ("p", "Cr Kereama closed the meeting with a karakia."),
            ("p", f"There being no further business the meeting was declared closed at {END}."),
        ],
    ),
]

# votes with figures or names, by minute number; all produced from the blocks above
AMEND_YES, AMEND_NO = 3, 8

# ---------------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------------

FONT = "Helvetica"
LM = 20


class CouncilPDF(FPDF):
    def __init__(self, label: str, docset: str | None, created: datetime):
        super().__init__(format="A4")
        self.label = label
        self.docset = docset
        self.set_margins(LM, 18, 20)
        self.set_auto_page_break(True, margin=26)
        self.set_creation_date(created)
        self.set_author(COUNCIL)

    def footer(self) -> None:
        self.set_y(-21)
        self.set_draw_color(90, 90, 90)
        self.line(LM, self.get_y(), 190, self.get_y())
        self.ln(1)
        self.set_font(FONT, "", 8)
        self.cell(70, 4.5, COUNCIL)
        self.cell(30, 4.5, str(self.page_no()), align="C")
        self.cell(70, 4.5, self.label, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if self.docset:
            self.set_font(FONT, "", 6.5)
            self.cell(0, 3.5, self.docset)


def need(pdf: FPDF, mm: float) -> None:
    if pdf.get_y() + mm > pdf.page_break_trigger:
        pdf.add_page()


def para(
    pdf: FPDF,
    text: str,
    indent: float = 0,
    style: str = "",
    size: float = 10.5,
    gap: float = 2.2,
    align: str = "L",
    h: float = 5.2,
) -> None:
    pdf.set_font(FONT, style, size)
    pdf.set_x(LM + indent)
    pdf.multi_cell(0, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(gap)


def hanging(
    pdf: FPDF,
    label: str,
    text: str,
    indent: float,
    label_w: float,
    style: str = "",
    size: float = 10.5,
    gap: float = 1.5,
    h: float = 5.2,
) -> None:
    pdf.set_font(FONT, style, size)
    pdf.set_x(LM + indent)
    pdf.cell(label_w, h, label)
    pdf.multi_cell(0, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(gap)


def table(
    pdf: FPDF,
    head: list[str],
    widths: list[float],
    rows: list[list[str]],
    size: float = 8.5,
    width: float | None = None,
) -> None:
    pdf.set_font(FONT, "", size)
    pdf.set_draw_color(0, 0, 0)
    with pdf.table(
        col_widths=widths,
        text_align="LEFT",
        line_height=4.4,
        padding=1.2,
        width=width,
        align="RIGHT" if width else "CENTER",
        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
    ) as t:
        for row in [head, *rows]:
            r = t.row()
            for cell in row:
                r.cell(cell)
    pdf.ln(3)


def member_line(m: tuple) -> str:
    prefix, initials, surname, role, _status, note = m
    text = f"{prefix} {initials} {surname}"
    if role:
        text += f" ({role})"
    return f"{text} {note}".rstrip()


# ---------------------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------------------


def render_agenda(pages: dict[str, int] | None) -> tuple[CouncilPDF, dict[str, tuple[int, int]]]:
    pdf = CouncilPDF("Agenda: 30 April 2025", None, AGENDA_CREATED)
    pdf.set_title("Waitahi District Council - Agenda - 30 April 2025")
    spans: dict[str, tuple[int, int]] = {}

    # page 1: notice of meeting
    pdf.add_page()
    pdf.set_font(FONT, "B", 20)
    pdf.cell(0, 10, "WAITAHI DISTRICT COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 12)
    pdf.cell(0, 7, "Te Kaunihera a Rohe o Waitahi", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font(FONT, "B", 15)
    pdf.cell(0, 8, "NOTICE OF MEETING", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    para(
        pdf,
        "Notice is hereby given that an ordinary meeting of the Waitahi District Council will be held in the "
        f"{VENUE} on WEDNESDAY, 30 APRIL 2025 commencing at {START}.",
        size=11,
        h=6,
    )
    pdf.ln(4)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 6, "Membership", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    mayor = MEMBERS[0]
    deputy = next(m for m in MEMBERS if m[3] == "Deputy Mayor")
    hanging(pdf, "Chairperson", f"His Worship the Mayor {mayor[1]} {mayor[2]}", 0, 45, gap=0.5)
    hanging(pdf, "Deputy Chairperson", f"Cr {deputy[1]} {deputy[2]}", 0, 45, gap=0.5)
    others = [m for m in MEMBERS[1:] if m is not deputy]
    for i, m in enumerate(others):
        hanging(pdf, "Members" if i == 0 else "", f"Cr {m[1]} {m[2]}", 0, 45, gap=0)
    pdf.ln(2)
    hanging(pdf, "Quorum", "6 members", 0, 45)
    pdf.ln(8)
    pdf.set_font(FONT, "", 10.5)
    pdf.cell(0, 5.5, "TA Whakaue", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 10.5)
    pdf.cell(0, 5.5, "CHIEF EXECUTIVE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 10.5)
    pdf.cell(0, 5.5, "23 April 2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    para(pdf, f"Contact: {CONTACT['name']}, Governance Manager", size=9.5, gap=0)
    para(pdf, f"Telephone: {CONTACT['phone']}    Email: {CONTACT['email']}", size=9.5, gap=0)
    para(pdf, "Website: www.waitahidc.govt.nz", size=9.5, gap=0)

    # page 2: the agenda list
    pdf.add_page()
    para(
        pdf,
        "Agenda for a meeting of the Waitahi District Council to be held in the "
        f"{VENUE} on WEDNESDAY, 30 APRIL 2025 commencing at {START}.",
        style="B",
        size=11,
        h=5.8,
    )
    para(
        pdf,
        "Information and recommendations are included in the reports to assist Council in the decision "
        "making process and may not constitute Council's decision or policy until considered by Council.",
        size=9.5,
        gap=4,
    )
    pdf.set_font(FONT, "B", 9)
    pdf.cell(0, 5, "PAGE", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for number, title, parent, part in AGENDA:
        if number == "9.1":
            pdf.ln(1)
            pdf.set_font(FONT, "BI", 9.5)
            pdf.set_x(LM + 10)
            pdf.cell(
                0,
                5,
                "PUBLIC EXCLUDED ITEMS (reports not included in the open agenda)",
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            pdf.ln(1)
        need(pdf, 12)
        top = parent is None
        x_num = LM + (0 if top else 10)
        y = pdf.get_y()
        pdf.set_font(FONT, "B" if top else "", 10.5)
        pdf.set_xy(x_num, y)
        pdf.cell(12, 5.6, f"{number}." if top else number)
        pdf.set_xy(x_num + 12, y)
        pdf.multi_cell(172 - (x_num + 12), 5.6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y_end = pdf.get_y()
        if number in REPORTS:
            pdf.set_font(FONT, "", 10.5)
            pdf.set_xy(174, y)
            pdf.cell(16, 5.6, str(pages[number]) if pages else "0", align="R")
        pdf.set_y(y_end + (2 if top else 0.8))

    # the reports, each from a new page
    for number, title, _parent, _part in AGENDA:
        rep = REPORTS.get(number)
        if not rep:
            continue
        pdf.add_page()
        first = pdf.page_no()
        render_report(pdf, title, rep)
        if rep.get("attachment") == "previous":
            pdf.add_page()
            render_previous_minutes(pdf)
        spans[number] = (first, pdf.page_no())
    return pdf, spans


def render_report(pdf: CouncilPDF, title: str, rep: dict) -> None:
    pdf.set_font(FONT, "B", 13)
    pdf.cell(0, 7, "Open Meeting", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    rows = [
        ("To", COUNCIL),
        ("From", f"{rep['from'][0]}\n{rep['from'][1]}"),
        ("Date", rep["date"]),
        ("Prepared by", f"{rep['prepared'][0]}\n{rep['prepared'][1]}"),
        ("Chief Executive Approved", "Y"),
        ("Reference #", rep["ref"]),
        ("Report Title", rep.get("title", title)),
    ]
    for label, value in rows:
        y = pdf.get_y()
        pdf.set_font(FONT, "B", 10)
        pdf.set_xy(LM, y)
        pdf.multi_cell(48, 5, label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y_label = pdf.get_y()
        pdf.set_font(FONT, "", 10)
        pdf.set_xy(LM + 50, y)
        pdf.multi_cell(0, 5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(max(y_label, pdf.get_y()) + 1.2)
    pdf.ln(1)
    pdf.line(LM, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(4)
    for i, (heading, blocks) in enumerate(rep["sections"], start=1):
        need(pdf, 18)
        para(pdf, f"{i}.   {heading}", style="B", size=10.5, gap=1.5)
        for block in blocks:
            render_report_block(pdf, block)
        pdf.ln(1.5)


def render_report_block(pdf: CouncilPDF, block) -> None:
    if isinstance(block, str):
        para(pdf, block, indent=8, align="J")
    elif block[0] == "rec":
        para(pdf, block[1], indent=8, gap=1.5)
    elif block[0] == "part":
        hanging(pdf, block[1], block[2], 14, 8)
    elif block[0] == "list":
        for line in block[1]:
            hanging(pdf, "-", line, 10, 5, gap=0.8)
        pdf.ln(1.2)
    elif block[0] == "table":
        _tag, head, widths, rows = block
        table(pdf, head, widths, rows, width=162)
    elif block[0] == "pe_table":
        table(pdf, PE_HEAD, [40, 40, 20], PE_ROWS, width=162)
        para(
            pdf,
            "This resolution is made in reliance on section 48(1)(a) of the Local Government Official "
            "Information and Meetings Act 1987 and the particular interest or interests protected by section "
            "6 or section 7 of that Act which would be prejudiced by the holding of the whole or the relevant "
            "part of the proceedings of the meeting in public, as follows:",
            indent=8,
            align="J",
        )
        for label, text in PE_INTERESTS:
            hanging(pdf, label, text, 8, 20, size=9.5)


def render_previous_minutes(pdf: CouncilPDF) -> None:
    """Attachment 1 to item 6.1: the 26 March minutes as circulated (an attachment, not agenda items)."""
    para(pdf, "Attachment 1", style="B", size=10, gap=1)
    para(
        pdf,
        "Minutes of a meeting of the Waitahi District Council held in the "
        f"{VENUE} on WEDNESDAY, 26 MARCH 2025 commencing at 9.30am.",
        style="B",
        size=10.5,
    )
    hanging(pdf, "Present:", "His Worship the Mayor, Mr PJ Haretuku (Chairperson)", 0, 30, gap=0)
    for m in MEMBERS[1:]:
        text = f"Cr {m[1]} {m[2]}" + (f" ({m[3]})" if m[3] else "")
        hanging(pdf, "", text, 0, 30, gap=0)
    pdf.ln(3)
    hanging(pdf, "Attending:", "Ms TA Whakaue (Chief Executive)", 0, 30, gap=0)
    hanging(pdf, "", "Mrs AM Reddy (Chief Financial Officer)", 0, 30, gap=0)
    hanging(pdf, "", "Ms JL Purcell (Governance Manager)", 0, 30, gap=3)
    para(pdf, "APOLOGIES AND LEAVE OF ABSENCE", style="B", gap=1)
    para(pdf, "All members were present.")
    para(pdf, "DISCLOSURES OF INTEREST", style="B", gap=1)
    para(pdf, "There were no disclosures of interest.")
    para(pdf, "Annual Plan 2025/26 - Hearing Arrangements", style="B", gap=1)
    para(pdf, "Resolved: (Crs Galbraith/Kereama)", style="B", gap=1)
    para(pdf, "THAT hearings of submissions on the Annual Plan 2025/26 be held on 15 and 16 April 2025.", indent=8)
    para(pdf, "CARRIED     WDC2503/11", style="B", align="R")
    para(
        pdf,
        "[The remainder of the minutes of 26 March 2025 is held on file and available on request.]",
        style="I",
        size=9.5,
    )


# ---------------------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------------------


def render_minutes() -> CouncilPDF:
    pdf = CouncilPDF(
        "Minutes: 30 April 2025", "Document Set ID: 3418822  Version: 2, Version Date: 07/05/2025", MINUTES_CREATED
    )
    pdf.set_title("Waitahi District Council - Minutes - 30 April 2025")
    pdf.add_page()
    para(
        pdf,
        "Minutes of a meeting of the Waitahi District Council held in the "
        f"{VENUE} on WEDNESDAY, 30 APRIL 2025 commencing at {START}.",
        style="B",
        size=11,
        h=5.8,
        gap=5,
    )

    present = [member_line(m) for m in MEMBERS if m[4] in ("present", "virtual")]
    for i, line in enumerate(present):
        hanging(pdf, "Present:" if i == 0 else "", line, 0, 35, style="", gap=0.3)
    pdf.ln(4)
    for i, (hon, name, role) in enumerate(BOARD_REPS):
        hanging(pdf, "Attending:" if i == 0 else "", f"{hon} {name} ({role})", 0, 35, gap=0.3)
    pdf.ln(3)
    for hon, name, role, note in OFFICERS:
        hanging(pdf, "", f"{hon} {name} ({role}) {note}".rstrip(), 0, 35, gap=0.3)
    pdf.ln(3)
    for i, (hon, name, role) in enumerate(MEDIA):
        hanging(pdf, "Media:" if i == 0 else "", f"{hon} {name} ({role})", 0, 35, gap=0.3)
    pdf.ln(6)

    counter = 0
    for number, title, blocks in MINUTES:
        need(pdf, 22 if blocks else 30)
        y = pdf.get_y()
        pdf.set_font(FONT, "B", 10.5)
        pdf.set_xy(LM, y)
        pdf.cell(14, 5.4, number)
        pdf.set_xy(LM + 14, y)
        pdf.multi_cell(0, 5.4, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)
        for block in blocks:
            counter = render_minute_block(pdf, block, counter)
        pdf.ln(2 if blocks else 0)

    need(pdf, 40)
    pdf.ln(6)
    para(
        pdf,
        "Minutes approved and confirmed this                   day of                                  2025.",
        gap=14,
    )
    para(pdf, "..........................................................", gap=0)
    para(pdf, "PJ Haretuku", gap=0)
    para(pdf, "CHAIRPERSON", style="B", gap=0)
    return pdf


def render_minute_block(pdf: CouncilPDF, block, counter: int) -> int:
    kind = block[0]
    if kind == "p":
        para(pdf, block[1], indent=14, align="J")
    elif kind == "sub":
        need(pdf, 30)
        para(pdf, block[1], indent=14, style="BI", gap=1.5)
    elif kind == "bul":
        for line in block[1]:
            hanging(pdf, "-", line, 18, 5, gap=0.6)
        pdf.ln(1.6)
    elif kind == "pe_table":
        table(pdf, PE_HEAD, [40, 40, 20], PE_ROWS, width=156)
    elif kind == "pe_interests":
        for label, text in PE_INTERESTS:
            hanging(pdf, label, text, 20, 20, size=9.5)
        pdf.ln(1)
    elif kind == "amend":
        a = block[1]
        need(pdf, 30)
        para(pdf, f"An amendment was moved by Cr {a['mover']} and seconded by Cr {a['seconder']}:", indent=14, gap=1.5)
        para(pdf, a["text"], indent=22, align="J")
        para(pdf, a["result"], indent=14, align="J")
    elif kind == "division":
        d = block[1]
        need(pdf, 36)
        para(pdf, f"A division was called for by {d['caller']}, voting on which was as follows:", indent=14, gap=1.5)
        hanging(pdf, "For:", join_names(d["for"]), 22, 25, gap=0.8)
        hanging(pdf, "Against:", join_names(d["against"]), 22, 25, gap=0.8)
        hanging(pdf, "Abstained:", join_names(d["abstained"]), 22, 25, gap=2)
        para(pdf, d["result"], indent=14)
    elif kind == "res":
        r = block[1]
        counter += 1
        number = r.get("number") or f"WDC2504/{counter:02d}"
        need(pdf, 28)
        para(pdf, f"Resolved: ({r['movers']})", indent=14, style="B", gap=1.5)
        para(pdf, r["lead"], indent=14, align="J", gap=1.5)
        for label, text in r.get("parts", []):
            hanging(pdf, label, text, 22, 8, gap=1)
        for sub in r.get("body", []):
            render_minute_block(pdf, sub, counter)
        for tail in r.get("tail", []):
            para(pdf, tail, indent=14, align="J", gap=1.5)
        pdf.ln(0.5)
        pdf.set_font(FONT, "B", 10.5)
        pdf.cell(0, 5.2, f"CARRIED          {number}", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3.5)
    return counter


def join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------------------------------------------------
# build / gold
# ---------------------------------------------------------------------------------------------------------


def agenda_spans() -> dict[str, tuple[int, int]]:
    _pdf, spans = render_agenda(None)
    return spans


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    spans = agenda_spans()
    pdf, spans2 = render_agenda({n: s[0] for n, s in spans.items()})
    assert spans == spans2, "agenda layout moved between passes"
    agenda_path = folder / "agendas" / f"{AGENDA_STEM}.pdf"
    agenda_path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(agenda_path))
    minutes_path = folder / "minutes" / f"{MINUTES_STEM}.pdf"
    minutes_path.parent.mkdir(parents=True, exist_ok=True)
    render_minutes().output(str(minutes_path))
    return [agenda_path, minutes_path]


def surname(printed: str) -> str:
    return printed.split()[-1]


def resolution_counts() -> dict[str, int]:
    per: dict[str, int] = {}
    for number, _title, blocks in MINUTES:
        n = sum(len(b[1].get("parts", [])) or 1 for b in blocks if b[0] == "res")
        if n:
            per[number] = n
    return per


def minute_votes() -> list[dict]:
    votes = []
    for number, _title, top_blocks in MINUTES:
        blocks = []
        for block in top_blocks:
            blocks.append(block)
            if block[0] == "res":
                blocks += block[1].get("body", [])
        for block in blocks:
            if block[0] == "amend":
                a = block[1]
                votes.append(
                    {
                        "item": number,
                        "result": "lost",
                        "result_as_printed": "LOST",
                        "counts": {"yes": AMEND_YES, "no": AMEND_NO, "abstain": 0},
                        "motion": a["text"],
                        "mover": a["mover"],
                        "seconder": a["seconder"],
                        "note": "Amendment decided on a show of hands; figures printed, no names.",
                    }
                )
            elif block[0] == "division":
                d = block[1]
                voters = {
                    k: [surname(x) for x in d[key]]
                    for k, key in (("yes", "for"), ("no", "against"), ("abstain", "abstained"))
                }
                votes.append(
                    {
                        "item": number,
                        "result": "carried",
                        "result_as_printed": "CARRIED",
                        "counts": {k: len(v) for k, v in voters.items()},
                        "voters": voters,
                        "mover": "Haretuku",
                        "seconder": "Galbraith",
                        "note": "Division on the substantive motion, names printed under For/Against/Abstained.",
                    }
                )
            elif block[0] == "p" and "requested that their votes against" in block[1]:
                votes.append(
                    {
                        "item": number,
                        "result": "carried",
                        "counts": None,
                        "voters": {"no": ["Aperahama", "Beaumont"]},
                        "note": "Only the members asking for their votes against to be recorded are named; "
                        "no figures are printed.",
                    }
                )
    return votes


def attendance() -> list[dict]:
    people = []
    for prefix, initials, sname, role, status, _note in MEMBERS:
        rec = {"name": f"{initials} {sname}", "status": status}
        if prefix.startswith("His Worship"):
            rec["role"] = "Mayor (Chairperson)"
        elif role:
            rec["role"] = role
        if status == "apologies":
            rec["name"] = sname  # only "Cr O'Halloran" is printed, in the apologies resolution
        people.append(rec)
    for _hon, name, role in BOARD_REPS:
        people.append({"name": name, "status": "also_present", "role": role})
    for _hon, name, role, _note in OFFICERS:
        people.append({"name": name, "status": "in_attendance", "role": role})
    for _hon, name, role in MEDIA:
        people.append({"name": name, "status": "also_present", "role": role})
    return people


def gold() -> dict:
    spans = agenda_spans()
    agenda = []
    for number, title, parent, part in AGENDA:
        pages = {"first": spans[number][0], "last": spans[number][1]} if number in spans else None
        agenda.append({"number": number, "title": title, "pages": pages, "part": part, "parent": parent})
    meeting = {"body": COUNCIL, "date": DATE_ISO, "start_time": START_24}
    per = resolution_counts()
    agenda_rec = {
        "file": f"generated/agendas/{AGENDA_STEM}.pdf",
        "kind": "agenda",
        "country": "NZ",
        "notes": [
            "Top-level items print a trailing dot ('1.'), which is dropped from the number as the format asks.",
            "Only items with a report print a page number; procedural items and the section headings 6, 7 and 8 "
            "have pages null.",
            "Each report starts on a new page, so an item runs to the page before the next paged item; item 9 "
            "(the exclusion report) runs to the last page because 9.1-9.3 and 10 carry no page.",
            "Item 6.1's range includes its attachment (the 26 March minutes), whose unnumbered headings are not "
            "agenda items.",
            "Items 9.1-9.3 are listed under a 'PUBLIC EXCLUDED ITEMS' banner with no report in the open agenda, "
            "so they are part exempt with parent 9; the banner itself is not an item.",
            "The numbered report sections ('1. EXECUTIVE SUMMARY', '2. RECOMMENDATION' ...) inside each report "
            "are report headings, not agenda items.",
            "The contact is the Governance Manager named on the notice of meeting.",
        ],
        "meeting": {**meeting, "contact": dict(CONTACT)},
        "agenda": agenda,
    }
    items = [{"number": n, "title": t, "agenda_item": n} for n, t, _b in MINUTES]
    minutes_rec = {
        "file": f"generated/minutes/{MINUTES_STEM}.pdf",
        "kind": "minutes",
        "country": "NZ",
        "notes": [
            "Minute items carry the agenda numbers; item 8.6 was taken before 8.5 and the items are listed in "
            "the printed order.",
            "The headings 6 CONFIRMATION OF MINUTES, 7 RECEIPT OF ... MINUTES and 8 REPORTS are printed with "
            "numbers and no content, and are kept as minute items.",
            "Decisions are recorded as 'Resolved: (Crs X/Y)' followed by 'CARRIED WDC2504/nn', so resolutions "
            "are counted as Resolved clauses: one per clause, or one per lettered a)/numbered 1. part where the "
            "clause has parts.",
            "'AND THAT ...' continuations (items 2, 3, 7.1, 8.5, 9) are unlettered parts of one Resolved clause "
            "and are not counted separately.",
            "Item 8.2 has two Resolved clauses: the report received (1) and the substantive decision with parts "
            "a)-f) (6), so 7; the amendment as moved and lost is not a resolution.",
            "The public excluded resolution released into open meeting (WDC2504/PE3) is printed as a Resolved "
            "clause in these minutes and is counted under item 9, with the exclusion resolution (2 for item 9).",
            "The exclusion resolution is one clause; its grounds table and section 7 list are not parts.",
            "'Council noted ... and agreed that a workshop be held' (item 8.8) and 'agreed' wording are not "
            "Resolved clauses and are not counted.",
            "Three votes: the amendment lost 3-8 on a show of hands (figures, no names), the division on item "
            "8.6 (7 for, 3 against, 1 abstention, names printed; 'Mayor Haretuku' counted as a yes), and item "
            "8.4's recorded votes against by Aperahama and Beaumont with no figures (counts null).",
            "Cr Fenwick attended via audio-visual link and is 'virtual'; Crs Beaumont, Rangitaawa and Hollis are "
            "present with times in brackets.",
            "Cr O'Halloran's apology appears only in the apologies resolution ('Cr O'Halloran', no initials) and "
            "is recorded as apologies under the surname; Cr Beaumont's apology for lateness is not an apology "
            "status because he attended.",
            "Community board representatives and the Waitahi Weekly reporter in the Attending/Media lines are "
            "also_present; officers, including those attending for single items, are in_attendance.",
            "Public forum speakers (Mrs J Carmody, Mr H Paki) are named only in the body and are not in the "
            "attendance list.",
            "End time is the printed closing time 1.09pm; the adjournment 10.45am-11.00am and public excluded "
            "session 12.23pm-1.04pm are inside the meeting.",
        ],
        "meeting": {**meeting, "end_time": END_24},
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START_24, "end_time": END_24},
            "items": items,
            "resolutions": sum(per.values()),
            "resolutions_per_item": per,
            "votes": minute_votes(),
            "attendance": attendance(),
        },
    }
    return {
        f"agendas__{AGENDA_STEM}": agenda_rec,
        f"minutes__{MINUTES_STEM}": minutes_rec,
    }

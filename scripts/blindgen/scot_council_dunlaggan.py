"""Dunlaggan City Council (fictional Scottish city council): City Growth and Resources Committee, 14 May 2025.

Two files, printed in the house style of a large Scottish city council's committee papers (the
Aberdeen / Dundee family of ModernGov documents):

* ``agendas/dunlaggan_city-growth-and-resources-committee_2025-05-14_agenda.pdf`` - the agenda front
  sheet of the "Public Document Pack": the Chief Officer - Governance's address block, the "To:"
  list of members, the summons with date, time and venue, then "B U S I N E S S" with numbered
  headings (1, 2, ... 13) each holding numbered sub-items (1.1, 9.2 ...), pack page references
  "(Pages 29 - 78)", report numbers after the titles (RES/25/112), an "EXEMPT / CONFIDENTIAL
  BUSINESS" heading, a contact line and a final "This page is intentionally left blank".
  Footer "Page N".
* ``minutes/dunlaggan_city-growth-and-resources-committee_2025-05-14_minutes.pdf`` - the minute: a
  one-paragraph sederunt ("Town House, DUNLAGGAN, 14 May 2025 at 10.00 am. Minute of Meeting of the
  ... Present:- Councillor ..., Convener; ... and Councillors ...") with a substitute, a late
  arrival and a remote member, then apologies, "Also present" and officers "In attendance".
  Articles are numbered 1..18 in the minute's own sequence under CAPITALISED headings (report
  numbers in the heading); decisions are recorded as "The Committee resolved:-" followed by a
  single clause or a (i), (ii) ... list. The report's recommendations ((a), (b) ...) and motions and
  amendments as moved ((1), (2) ...) are printed too but are not decisions. Divisions are printed
  inline ("On a division, there voted:- for the motion (5) - ...; for the amendment (6) - ...")
  and once in block form (one line per option), naming "the Convener" and "the Vice Convener" by
  office and the rest by surname. Running header on pages 2+ (page number, committee, date);
  closes with "- COUNCILLOR FIONA STRACHAN, Convener".

Everything (people, agenda, articles, votes, resolutions) lives in module-level structures from
which both the PDFs and ``gold()`` are produced.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

COUNCIL = "Dunlaggan City Council"
BODY = "City Growth and Resources Committee"
DATE_ISO = "2025-05-14"
DATE_TEXT = "14 May 2025"
START = "10:00"
END = "13:41"
VENUE = "Committee Room 2 - Town House"
STEM = "dunlaggan_city-growth-and-resources-committee_2025-05-14"
AGENDA_FILE = f"agendas/{STEM}_agenda.pdf"
MINUTES_FILE = f"minutes/{STEM}_minutes.pdf"
CREATED = datetime(2025, 5, 21, 9, 30, tzinfo=timezone.utc)

CONTACT = {"name": "Euan Petrie", "phone": "01574 052318", "email": "epetrie@dunlaggan.gov.uk"}
CHIEF_OFFICER_GOVERNANCE = "Morag Keddie"

# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------

# Committee membership as summoned (agenda "To:" list).  `status` is the minute's attendance.
MEMBERS = [
    {"first": "Fiona", "surname": "Strachan", "role": "Convener", "status": "present"},
    {"first": "Graeme", "surname": "Ironside", "role": "Vice Convener", "status": "present"},
    {"first": "Aileen", "surname": "Baxter", "status": "present"},
    {"first": "Tom", "surname": "Cruickshank", "status": "present"},
    {"first": "Kirsty", "surname": "Duguid", "status": "apologies"},
    {"first": "Ross", "surname": "Findlater", "status": "present"},
    {"first": "Hamish", "surname": "Gauld", "status": "present"},
    {"first": "Neil", "surname": "McKessock", "status": "present"},
    {"first": "Priya", "surname": "Raghavan", "status": "virtual", "suffix": " (remotely)"},
    {"first": "Lorna", "surname": "Tosh", "status": "present"},
    {"first": "Callum", "surname": "Wishart", "status": "present", "suffix": " (from article 4)"},
]
SUBSTITUTES = [
    {"first": "Moira", "surname": "Lumsden", "status": "substitute", "for": "Kirsty Duguid"},
]
ALSO_PRESENT = [
    {"first": "Derek", "surname": "Moncur", "status": "also_present", "suffix": " (for article 9)"},
]
OFFICERS = [
    ("Alasdair Kerr", "Director of Resources"),
    ("Shona Middleton", "Chief Officer - Finance"),
    ("Nadia Forsyth", "Chief Officer - City Development and Regeneration"),
    ("Morag Keddie", "Chief Officer - Governance"),
    ("Iain Baird", "Head of Commercial and Procurement Services"),
    ("Catriona Rennie", "Legal Manager (Commercial and Property)"),
    ("Euan Petrie", "Committee Officer"),
]

CONVENER = "Strachan"
VICE = "Ironside"


def full(p: dict) -> str:
    return f"{p['first']} {p['surname']}"


# --------------------------------------------------------------------------------------------
# Agenda: (number, title, pages or None, part, parent)
# --------------------------------------------------------------------------------------------

AGENDA = [
    ("1", "Notification of Urgent Business", None, "public", None),
    ("1.1", "There are no items of urgent business at this time", None, "public", "1"),
    ("2", "Determination of Exempt Business", None, "public", None),
    (
        "2.1",
        "Members are requested to determine that any exempt business be considered with the press and public excluded",
        None,
        "public",
        "2",
    ),
    ("3", "Declarations of Interests and Transparency Statements", None, "public", None),
    (
        "3.1",
        "Members are requested to intimate any declarations of interest or transparency statements in respect of "
        "the items on today's agenda",
        None,
        "public",
        "3",
    ),
    ("4", "Deputations", None, "public", None),
    (
        "4.1",
        "Deputation from Old Harbour Traders' Association and Kirkgate and Old Harbour Community Council in "
        "relation to item 10.1 (Old Harbour Quarter Regeneration - Phase 2 Delivery Plan)",
        None,
        "public",
        "4",
    ),
    ("5", "Minute of Previous Meeting", None, "public", None),
    ("5.1", "Minute of Previous Meeting of 19 March 2025", (5, 16), "public", "5"),
    ("6", "Committee Planner", None, "public", None),
    ("6.1", "Committee Business Planner", (17, 26), "public", "6"),
    ("7", "Notices of Motion", None, "public", None),
    ("7.1", "Notice of Motion by Councillor Tosh - Dunlaggan Credit Union Partnership", (27, 28), "public", "7"),
    ("8", "Referrals from Council, Committees and Sub Committees", None, "public", None),
    ("8.1", "There are no referrals at this time", None, "public", "8"),
    ("9", "Finance", None, "public", None),
    ("9.1", "Council Financial Performance - Quarter 4, 2024/25 - RES/25/112", (29, 78), "public", "9"),
    ("9.2", "Treasury Management Activity Update - RES/25/109", (79, 92), "public", "9"),
    ("10", "City Growth and Regeneration", None, "public", None),
    ("10.1", "Old Harbour Quarter Regeneration - Phase 2 Delivery Plan - CGR/25/118", (93, 134), "public", "10"),
    ("10.2", "Dunlaggan Business Improvement District - Renewal Ballot - CGR/25/121", (135, 150), "public", "10"),
    ("10.3", "Westfield Cycleway Phase 3 - Outline Business Case - CGR/25/104", (151, 176), "public", "10"),
    ("11", "Commissioning and Procurement", None, "public", None),
    ("11.1", "Procurement Workplan and Business Cases - RES/25/115", (177, 212), "public", "11"),
    ("11.2", "Energy from Waste Contract - Annual Performance Report 2024/25 - CGR/25/099", (213, 230), "public", "11"),
    ("12", "Assets and Property", None, "public", None),
    ("12.1", "Corporate Property Condition and Suitability Programme 2025/26 - RES/25/117", (231, 262), "public", "12"),
    ("12.2", "Kirkgate Halls - Community Asset Transfer Request - RES/25/120", (263, 290), "public", "12"),
    ("13", "Exempt / Confidential Business", None, "exempt", None),
    ("13.1", "Procurement Workplan and Business Cases - Exempt Appendices", (291, 304), "exempt", "13"),
    ("13.2", "Former Balmossie Depot - Disposal Update - RES/25/119", (305, 318), "exempt", "13"),
    ("13.3", "Old Harbour Quarter - Land Acquisition - CGR/25/122", (319, 330), "exempt", "13"),
]

# --------------------------------------------------------------------------------------------
# Minute articles.  Blocks:
#   ("p", text)                      paragraph
#   ("list", [lines])                indented lettered/numbered lines that are NOT decisions
#   ("resolved", str | [parts])      "The Committee resolved:-" (counted: 1, or one per part)
#   ("vote", VOTE)                   a division
# --------------------------------------------------------------------------------------------

VOTE_EXEMPT = {
    "style": "inline",
    "options": [
        ("for the procedural motion", ["Baxter", "Findlater", "McKessock", "Tosh"]),
        ("against the procedural motion", [CONVENER, VICE, "Cruickshank", "Gauld", "Lumsden", "Raghavan"]),
    ],
    "declined": [],
    "result": "lost",
    "motion": "Procedural motion (Findlater) to consider item 13.2 in public",
}
VOTE_NOM = {
    "style": "inline",
    "options": [
        ("for the motion", ["Baxter", "Findlater", "McKessock", "Tosh", "Wishart"]),
        ("for the amendment", [CONVENER, VICE, "Cruickshank", "Gauld", "Lumsden", "Raghavan"]),
    ],
    "declined": [],
    "result": "lost",
    "motion": "Motion (Tosh) to approve the notice of motion; amendment (Convener) adopted",
}
VOTE_HARBOUR = {
    "style": "inline",
    "options": [
        ("for the motion", [CONVENER, VICE, "Cruickshank", "Gauld", "Lumsden", "Raghavan"]),
        ("for the amendment", ["Baxter", "Findlater", "Tosh", "Wishart"]),
    ],
    "declined": ["McKessock"],
    "result": "carried",
    "motion": "Motion (Convener) to approve the report's recommendations",
}
VOTE_KIRKGATE = {
    "style": "block",
    "options": [
        ("For the motion", [CONVENER, VICE, "Baxter", "Lumsden", "Tosh", "Wishart"]),
        ("For the amendment", ["Cruickshank", "Findlater", "McKessock"]),
    ],
    "declined": [],
    "result": "carried",
    "motion": "Motion (Convener) to approve the community asset transfer",
}

CFO = "Chief Officer - City Development and Regeneration"

ARTICLES = [
    {
        "number": "1",
        "heading": "ANNOUNCEMENTS",
        "agenda_item": None,
        "blocks": [
            (
                "p",
                "(A) The Convener welcomed Ms Forsyth to her first meeting of the Committee following her appointment "
                "as Chief Officer - City Development and Regeneration, and placed on record the Committee's thanks "
                "to her predecessor, Mr Iain Dalgetty, who had retired in March 2025 after 31 years of service with "
                "the Council and its predecessor authorities.",
            ),
            (
                "p",
                "(B) The Convener advised that the Old Harbour Quarter project team had been shortlisted in the "
                "Regeneration Project of the Year category of the Scottish Urban Renewal Awards 2025, with the "
                "winners to be announced in Glasgow on 19 June 2025.",
            ),
            ("resolved", "to concur with the remarks of the Convener."),
        ],
    },
    {
        "number": "2",
        "heading": "DETERMINATION OF EXEMPT BUSINESS",
        "agenda_item": "2",
        "blocks": [
            (
                "p",
                "The Convener proposed that the Committee consider items 13.1 (Procurement Workplan and Business "
                "Cases - Exempt Appendices), 13.2 (Former Balmossie Depot - Disposal Update) and 13.3 (Old Harbour "
                "Quarter - Land Acquisition) with the press and public excluded.",
            ),
            (
                "p",
                "Councillor Findlater moved as a procedural motion, seconded by Councillor Tosh:-\n"
                "that the Committee consider item 13.2 (Former Balmossie Depot - Disposal Update) in the public "
                "section of the agenda, with only the appendix detailing the offers received being considered with "
                "the press and public excluded.",
            ),
            ("vote", VOTE_EXEMPT),
            (
                "resolved",
                [
                    "to reject the procedural motion; and",
                    "in terms of Section 50A(4) of the Local Government (Scotland) Act 1973, to exclude the press and "
                    "public from the meeting during consideration of items 13.1, 13.2 and 13.3 (articles 16 to 18 of "
                    "this minute refer) so as to avoid disclosure of exempt information of the classes described in "
                    "paragraphs 6, 8 and 9 of Schedule 7A to the Act.",
                ],
            ),
        ],
    },
    {
        "number": "3",
        "heading": "DECLARATIONS OF INTEREST AND TRANSPARENCY STATEMENTS",
        "agenda_item": "3",
        "blocks": [
            (
                "p",
                "(A) Councillor Gauld declared an interest in relation to item 12.2 (Kirkgate Halls - Community Asset "
                "Transfer Request) by virtue of his position as a trustee of the Kirkgate Halls Community Trust, the "
                "applicant body. Councillor Gauld advised that he would withdraw from the meeting during "
                "consideration of that item and would take no part in the discussion or decision.",
            ),
            (
                "p",
                "(B) Councillor McKessock advised that he had a connection in relation to item 10.2 (Dunlaggan "
                "Business Improvement District - Renewal Ballot) as the proprietor of a business within the BID area "
                "which paid the BID levy, however having applied the objective test, he did not consider that he had "
                "an interest and would not be withdrawing from the meeting.",
            ),
            (
                "p",
                "(C) Councillor Raghavan made a transparency statement in relation to item 11.2 (Energy from Waste "
                "Contract - Annual Performance Report 2024/25) as a Council-appointed observer on the Board of "
                "Dunlaggan Resource Recovery Limited. Having applied the objective test, she did not consider that "
                "she had an interest and would remain in the meeting.",
            ),
        ],
    },
    {
        "number": "4",
        "heading": "MINUTE OF PREVIOUS MEETING OF 19 MARCH 2025",
        "agenda_item": "5.1",
        "blocks": [
            ("p", "The Committee had before it the minute of its previous meeting of 19 March 2025 for approval."),
            ("p", "Councillor Wishart joined the meeting during consideration of this item."),
            (
                "resolved",
                "to approve the minute as a correct record, subject to article 11 (Seafront Events Programme 2025) "
                "being amended to record that Councillor Tosh had asked that the evaluation include footfall data for "
                "Kirkgate and the Old Harbour.",
            ),
        ],
    },
    {
        "number": "5",
        "heading": "COMMITTEE BUSINESS PLANNER",
        "agenda_item": "6.1",
        "blocks": [
            (
                "p",
                "The Committee had before it the Committee Business Planner as prepared by the Chief Officer - Governance.",
            ),
            (
                "p",
                "In response to a question regarding item 14 (Dunlaggan Heat Network - Full Business Case), the "
                "Director of Resources advised that the full business case had been delayed pending confirmation of "
                "grant funding from the Scottish Government's Heat Network Fund, which was now expected in July 2025.",
            ),
            (
                "resolved",
                [
                    "to note the reasons for the delay to items 14 (Dunlaggan Heat Network - Full Business Case) and "
                    "22 (Review of Fees and Charges for Commercial Waste) as set out in the Planner;",
                    "to remove item 9 (Seafront Events Programme - Interim Evaluation) from the Planner for the reasons "
                    "outlined by the Chief Officer - City Development and Regeneration; and",
                    "to otherwise note the content of the Committee Business Planner.",
                ],
            ),
        ],
    },
    {
        "number": "6",
        "heading": "NOTICE OF MOTION BY COUNCILLOR TOSH - DUNLAGGAN CREDIT UNION PARTNERSHIP",
        "agenda_item": "7.1",
        "blocks": [
            ("p", "The Committee had before it the following notice of motion by Councillor Tosh:-"),
            ("p", '"That the Committee -'),
            (
                "list",
                [
                    "(1)|notes that Dunlaggan Credit Union has provided affordable savings and loan products to more "
                    "than 6,400 residents of the city since 2011;",
                    "(2)|recognises the part that affordable credit plays in reducing the reliance of low income "
                    "households on high cost lenders; and",
                    "(3)|instructs the Chief Officer - Finance to enter into discussions with Dunlaggan Credit Union "
                    "regarding a payroll deduction savings scheme for Council employees, and to report back to this "
                    'Committee in November 2025 with a proposed partnership agreement."',
                ],
            ),
            (
                "p",
                "Councillor Tosh moved, seconded by Councillor Baxter:-\n"
                "that the Committee approve the terms of the notice of motion.",
            ),
            ("p", "The Convener moved as an amendment, seconded by the Vice Convener:-\nthat the Committee -"),
            (
                "list",
                [
                    "(1)|note the terms of the notice of motion; and",
                    "(2)|instruct the Chief Officer - Finance to include an assessment of a payroll deduction savings "
                    "scheme, alongside other employee financial wellbeing options, within the Employee Benefits Review "
                    "which is due to be reported to the Staff Governance Committee in early 2026.",
                ],
            ),
            ("vote", VOTE_NOM),
            ("resolved", "to adopt the amendment."),
        ],
    },
    {
        "number": "7",
        "heading": "COUNCIL FINANCIAL PERFORMANCE - QUARTER 4, 2024/25 - RES/25/112",
        "agenda_item": "9.1",
        "blocks": [
            (
                "p",
                "The Committee had before it a report by the Director of Resources which presented the unaudited "
                "financial outturn for the General Fund, the Housing Revenue Account and the Common Good for the "
                "financial year 2024/25.",
            ),
            ("p", "The report recommended:-\nthat the Committee -"),
            (
                "list",
                [
                    "(a)|note the unaudited outturn for the General Fund, which showed a net underspend of £1.274 "
                    "million after the use of earmarked reserves, as set out in Appendix 1;",
                    "(b)|note the Housing Revenue Account outturn, which showed a surplus of £0.618 million to be "
                    "transferred to the HRA working balance;",
                    "(c)|note the position of the Common Good Fund as at 31 March 2025, as detailed at Appendix 3; and",
                    "(d)|approve the virements and budget adjustments set out in Appendix 4.",
                ],
            ),
            (
                "p",
                "Ms Middleton, Chief Officer - Finance, responded to questions from members in relation to the "
                "continued pressure on temporary accommodation budgets, the level of uncommitted General Fund "
                "reserves and the anticipated impact of the 2025/26 pay award, which had not yet been settled.",
            ),
            (
                "resolved",
                [
                    "to approve the recommendations contained within the report; and",
                    "to instruct the Chief Officer - Finance to provide a service update to members by 30 June 2025 on "
                    "the measures being taken to address the overspend of £2.06 million on temporary accommodation.",
                ],
            ),
        ],
    },
    {
        "number": "8",
        "heading": "TREASURY MANAGEMENT ACTIVITY UPDATE - RES/25/109",
        "agenda_item": "9.2",
        "blocks": [
            (
                "p",
                "The Committee had before it a report by the Director of Resources which provided an update on the "
                "Council's treasury management activities for the period from 1 October 2024 to 31 March 2025, "
                "including borrowing and investment activity and performance against the prudential indicators.",
            ),
            (
                "p",
                "The report recommended:-\nthat the Committee note the treasury management activity undertaken "
                "during the period and the forecast prudential indicators detailed in section 3.6 of the report.",
            ),
            ("resolved", "to note the treasury management activity undertaken and the prudential indicators."),
            (
                "p",
                "At this juncture, the Convener proposed a short adjournment and this was agreed. The Committee "
                "adjourned at 11.37 am and resumed at 11.52 am with all members listed in the sederunt in attendance.",
            ),
        ],
    },
    {
        "number": "9",
        "heading": "OLD HARBOUR QUARTER REGENERATION - PHASE 2 DELIVERY PLAN - CGR/25/118",
        "agenda_item": "10.1",
        "blocks": [
            (
                "p",
                "With reference to article 8 of the minute of its meeting of 22 January 2025, the Committee had "
                f"before it a report by the {CFO} which presented the Phase 2 Delivery Plan for the Old Harbour "
                "Quarter, comprising the refurbishment of the former Fish Market buildings, public realm improvements "
                "along Shore Wynd and the delivery of 140 mid-market rent homes at Cooper's Yard.",
            ),
            (
                "p",
                "The Committee heard a deputation from Mr Douglas Thain, Chair of the Old Harbour Traders' "
                "Association, who expressed support for the principle of the Phase 2 works but raised concern at the "
                "proposed closure of Shore Wynd to vehicles for up to 18 months, and asked that a business support "
                "package be put in place for traders affected by the construction programme.",
            ),
            (
                "p",
                "The Committee then heard from Ms Elspeth Nairn, Secretary of Kirkgate and Old Harbour Community "
                "Council, who welcomed the provision of mid-market rent housing but expressed concern that the "
                "Delivery Plan did not retain the public toilets at Harbour Green.",
            ),
            (
                "p",
                "Members asked questions of the deputations, following which the Convener thanked them for their attendance.",
            ),
            (
                "p",
                "Councillor Moncur, as a local member for the Harbour and Kirkgate ward, addressed the Committee in "
                "relation to the phasing of the Shore Wynd works and the arrangements for deliveries to premises "
                "on the Wynd.",
            ),
            ("p", "The report recommended:-\nthat the Committee -"),
            (
                "list",
                [
                    "(a)|approve the Old Harbour Quarter Phase 2 Delivery Plan as appended to the report;",
                    "(b)|approve a capital budget of £18.6 million for Phase 2, to be funded as set out in section 4 "
                    "of the report;",
                    f"(c)|instruct the {CFO} to undertake a procurement exercise for a design and build contractor "
                    "for the refurbishment of the former Fish Market buildings;",
                    "(d)|approve the temporary closure of Shore Wynd to vehicular traffic for the duration of the "
                    "public realm works, subject to the making of the necessary traffic regulation orders; and",
                    f"(e)|instruct the {CFO} to report on progress to this Committee in November 2025.",
                ],
            ),
            (
                "p",
                "The Convener moved, seconded by the Vice Convener:-\n"
                "that the Committee approve the recommendations contained within the report.",
            ),
            ("p", "Councillor Baxter moved as an amendment, seconded by Councillor Findlater:-\nthat the Committee -"),
            (
                "list",
                [
                    "(1)|approve recommendations (a), (b), (c) and (e);",
                    f"(2)|defer a decision on recommendation (d) and instruct the {CFO} to report to the next meeting "
                    "of the Committee with options for phasing the public realm works so that vehicular access to "
                    "Shore Wynd can be maintained; and",
                    f"(3)|instruct the {CFO} to develop a business support package for affected traders, to be "
                    "reported to the same meeting.",
                ],
            ),
            ("vote", VOTE_HARBOUR),
            ("resolved", "to adopt the motion."),
        ],
    },
    {
        "number": "10",
        "heading": "DUNLAGGAN BUSINESS IMPROVEMENT DISTRICT - RENEWAL BALLOT - CGR/25/121",
        "agenda_item": "10.2",
        "blocks": [
            (
                "p",
                f"The Committee had before it a report by the {CFO} which advised of the proposal by Dunlaggan City "
                "Centre BID Limited to seek a third five-year term from April 2026, with the renewal ballot to close "
                "on 9 October 2025, and sought a decision on how the Council would cast its votes in respect of the "
                "23 rateable properties it occupied within the BID area.",
            ),
            (
                "p",
                "Members discussed the BID's proposed business plan, in particular the proposed increase in the levy "
                "from 1.0% to 1.25% of rateable value and the BID's commitment to a city centre evening economy "
                "programme.",
            ),
            (
                "resolved",
                [
                    "to note the renewal proposal and business plan for 2026 to 2031 submitted by Dunlaggan City "
                    "Centre BID Limited, as appended to the report;",
                    "to agree that the Council vote in favour of the renewal of the BID in respect of each of the "
                    "rateable properties which it occupies within the BID area; and",
                    f"to delegate authority to the {CFO} to complete and return the Council's ballot papers.",
                ],
            ),
        ],
    },
    {
        "number": "11",
        "heading": "WESTFIELD CYCLEWAY PHASE 3 - OUTLINE BUSINESS CASE - CGR/25/104",
        "agenda_item": "10.3",
        "blocks": [
            (
                "p",
                f"The Committee had before it a report by the {CFO} which presented the Outline Business Case for "
                "Phase 3 of the Westfield Cycleway, linking the existing route at Mill Brae with Carden Street and "
                "the city centre, and sought approval to proceed to detailed design.",
            ),
            (
                "p",
                "Members raised a number of questions regarding the loss of on-street parking on Westfield Road, the "
                "proposed junction arrangement at Carden Street and the level of match funding required, which "
                "officers addressed.",
            ),
            (
                "resolved",
                [
                    "to approve the Outline Business Case for Westfield Cycleway Phase 3 as appended to the report;",
                    "to approve Option 2 (a segregated two-way cycle track along Westfield Road between Mill Brae and "
                    "Carden Street) as the preferred option, subject to the outcome of statutory consultation;",
                    f"to instruct the {CFO} to submit an application to the Active Travel Infrastructure Fund for the "
                    "construction phase; and",
                    f"to instruct the {CFO} to hold a drop-in consultation event for residents and businesses on "
                    "Westfield Road before the detailed design is finalised.",
                ],
            ),
        ],
    },
    {
        "number": "12",
        "heading": "PROCUREMENT WORKPLAN AND BUSINESS CASES - RES/25/115",
        "agenda_item": "11.1",
        "blocks": [
            (
                "p",
                "The Committee had before it a report by the Director of Resources which presented procurement "
                "workplans where revenue and capital expenditure was included for the City Growth and Resources "
                "function, together with procurement business cases for approval.",
            ),
            (
                "p",
                "Mr Baird, Head of Commercial and Procurement Services, advised that the business case for the "
                "Winter Maintenance Salt Supply had been withdrawn from the appendix as a collaborative framework "
                "had since become available through Scotland Excel.",
            ),
            (
                "resolved",
                [
                    "to approve the procurement business cases, including the total estimated expenditure for the "
                    "proposed contracts, as set out in Appendix B to the report, with the exception of the Winter "
                    "Maintenance Salt Supply business case; and",
                    "to note the procurement workplan as detailed in Appendix A to the report.",
                ],
            ),
        ],
    },
    {
        "number": "13",
        "heading": "ENERGY FROM WASTE CONTRACT - ANNUAL PERFORMANCE REPORT 2024/25 - CGR/25/099",
        "agenda_item": "11.2",
        "blocks": [
            (
                "p",
                f"The Committee had before it a report by the {CFO} which presented the annual performance of the "
                "Energy from Waste contract with Dunlaggan Resource Recovery Limited for 2024/25, including "
                "tonnages processed, availability of the facility and the volume of heat exported to the district "
                "heat network.",
            ),
            ("resolved", "to note the report."),
        ],
    },
    {
        "number": "14",
        "heading": "CORPORATE PROPERTY CONDITION AND SUITABILITY PROGRAMME 2025/26 - RES/25/117",
        "agenda_item": "12.1",
        "blocks": [
            ("p", "Councillor Raghavan left the meeting prior to consideration of this item."),
            (
                "p",
                "The Committee had before it a report by the Director of Resources which sought approval of the "
                "Corporate Property Condition and Suitability Programme for 2025/26, with a total value of £7.42 "
                "million, and provided an update on the programme delivered in 2024/25.",
            ),
            (
                "resolved",
                [
                    "to approve the Condition and Suitability Programme for 2025/26 as detailed in Appendix 1 to the "
                    "report; and",
                    "to instruct the Director of Resources to report on the delivery of the programme to this "
                    "Committee in March 2026, including the outcome of the survey of Reinforced Autoclaved Aerated "
                    "Concrete in the non-domestic estate.",
                ],
            ),
        ],
    },
    {
        "number": "15",
        "heading": "KIRKGATE HALLS - COMMUNITY ASSET TRANSFER REQUEST - RES/25/120",
        "agenda_item": "12.2",
        "blocks": [
            (
                "p",
                "In accordance with article 3 of this minute, Councillor Gauld withdrew from the meeting prior to "
                "consideration of this item.",
            ),
            (
                "p",
                "The Committee had before it a report by the Director of Resources which presented an asset transfer "
                "request submitted by the Kirkgate Halls Community Trust under Part 5 of the Community Empowerment "
                "(Scotland) Act 2015 for the transfer of ownership of Kirkgate Halls, 14 Kirkgate, at nil "
                "consideration.",
            ),
            (
                "p",
                "The Convener moved, seconded by the Vice Convener:-\n"
                "that the Committee agree to the asset transfer request and approve the transfer of ownership of "
                "Kirkgate Halls to the Kirkgate Halls Community Trust at nil consideration, subject to the conditions "
                "set out in section 3.9 of the report.",
            ),
            (
                "p",
                "Councillor Cruickshank moved as an amendment, seconded by Councillor Findlater:-\n"
                "that the Committee refuse the request for the transfer of ownership, and instruct the Director of "
                "Resources to offer the Trust a 25 year lease of the property at a nominal rent.",
            ),
            ("vote", VOTE_KIRKGATE),
            ("resolved", "to adopt the motion."),
            ("p", "Councillor Gauld returned to the meeting following consideration of this item."),
        ],
    },
    {
        "number": "16",
        "heading": "PROCUREMENT WORKPLAN AND BUSINESS CASES - EXEMPT APPENDICES",
        "agenda_item": "13.1",
        "exempt_intro": True,
        "blocks": [
            (
                "p",
                "With reference to article 12 of this minute, the Committee had before it the exempt appendices to "
                "the report by the Director of Resources.",
            ),
            ("resolved", "to note the information contained within the exempt appendices."),
        ],
    },
    {
        "number": "17",
        "heading": "FORMER BALMOSSIE DEPOT - DISPOSAL UPDATE - RES/25/119",
        "agenda_item": "13.2",
        "blocks": [
            (
                "p",
                "The Committee had before it a report by the Director of Resources which provided an update on the "
                "marketing of the former Balmossie Depot and the offers received.",
            ),
            (
                "resolved",
                [
                    "to approve the disposal of the site to the preferred bidder on the terms set out in the report;",
                    "to instruct the Director of Resources to report to this Committee should the preferred bidder "
                    "withdraw or seek to vary the price by more than 5%; and",
                    "to delegate authority to the Chief Officer - Governance to conclude missives on the terms set out "
                    "in the report.",
                ],
            ),
        ],
    },
    {
        "number": "18",
        "heading": "OLD HARBOUR QUARTER - LAND ACQUISITION - CGR/25/122",
        "agenda_item": "13.3",
        "blocks": [
            (
                "p",
                f"The Committee had before it a report by the {CFO} which sought approval to acquire land at Cooper's "
                "Yard required for the delivery of Phase 2 of the Old Harbour Quarter.",
            ),
            ("resolved", "to approve the recommendations contained within the report."),
        ],
    },
]

# --------------------------------------------------------------------------------------------
# Rendering helpers
# --------------------------------------------------------------------------------------------

LEFT = 20
RIGHT = 20
TEXT_X = 35
LINE = 5.0


def join_and(items: list[str], sep: str = ", ") -> str:
    if len(items) <= 1:
        return "".join(items)
    return sep.join(items[:-1]) + " and " + items[-1]


def voter_text(surnames: list[str], block: bool) -> str:
    """'the Convener, the Vice Convener and Councillors A, B and C' (block: semicolons)."""
    lead = []
    if CONVENER in surnames:
        lead.append("the Convener")
    if VICE in surnames:
        lead.append("the Vice Convener")
    rest = sorted(s for s in surnames if s not in (CONVENER, VICE))
    parts = list(lead)
    if rest:
        parts.append(("Councillor " if len(rest) == 1 else "Councillors ") + join_and(rest))
    if block:
        if len(parts) == 1:
            text = parts[0]
        else:
            text = "; ".join(parts[:-1]) + "; and " + parts[-1]
        return text
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


class Doc(FPDF):
    kind = "agenda"

    def header(self) -> None:
        if self.kind == "minutes" and self.page_no() > 1:
            self.set_font("Helvetica", "", 10)
            self.set_y(10)
            self.cell(0, 5, str(self.page_no()), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_font("Helvetica", "B", 10)
            self.cell(0, 5, BODY.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_font("Helvetica", "", 10)
            self.cell(0, 5, DATE_TEXT, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(6)

    def footer(self) -> None:
        if self.kind == "agenda":
            self.set_y(-15)
            self.set_font("Helvetica", "", 9)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")


def new_doc(kind: str, title: str) -> Doc:
    pdf = Doc(format="A4")
    pdf.kind = kind
    pdf.set_creation_date(CREATED)
    pdf.set_title(title)
    pdf.set_author(COUNCIL)
    pdf.set_margins(LEFT, 20, RIGHT)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    return pdf


def text_at(pdf: Doc, x: float, text: str, style: str = "", size: float = 10.5, align: str = "J", gap: float = 2.2):
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(x)
    pdf.multi_cell(pdf.w - RIGHT - x, LINE, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if gap:
        pdf.ln(gap)


def numbered(pdf: Doc, num_x: float, num: str, x: float, text: str, style: str = "", gap: float = 2.2):
    """A number at num_x with a hanging paragraph at x; keeps the pair on one page."""
    pdf.set_font("Helvetica", style, 10.5)
    if pdf.get_y() + 2 * LINE > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_xy(num_x, y)
    pdf.cell(x - num_x, LINE, num)
    pdf.set_xy(x, y)
    pdf.multi_cell(pdf.w - RIGHT - x, LINE, text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if gap:
        pdf.ln(gap)


# --------------------------------------------------------------------------------------------
# Agenda
# --------------------------------------------------------------------------------------------


def pages_text(pages: tuple[int, int] | None) -> str:
    if not pages:
        return ""
    return f" (Pages {pages[0]} - {pages[1]})"


def build_agenda(path: Path) -> None:
    pdf = new_doc("agenda", f"{BODY} - {DATE_TEXT} - Agenda")
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_xy(140, 10)
    pdf.cell(50, 5, "Public Document Pack", align="R")
    pdf.set_xy(LEFT, 22)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, LINE, CHIEF_OFFICER_GOVERNANCE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    for line in [
        "Chief Officer - Governance",
        COUNCIL,
        "Democratic Services",
        "Level 2 North",
        "Town House",
        "Kirkgate",
        "Dunlaggan DU1 1TH",
        "",
        f"Tel {CONTACT['phone']}",
        f"Email {CONTACT['email']}",
    ]:
        pdf.cell(0, 4.6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    members = MEMBERS
    to = (
        f"To: Councillor {full(members[0])}, Convener; Councillor {full(members[1])}, Vice Convener; and Councillors "
        + join_and([full(m) for m in members[2:]])
        + "."
    )
    text_at(pdf, LEFT, to, gap=5)
    text_at(pdf, LEFT, "Town House,\nDUNLAGGAN, 7 May 2025", gap=5, align="L")
    text_at(pdf, LEFT, BODY.upper(), style="B", size=13, align="C", gap=4)
    text_at(
        pdf,
        LEFT,
        f"The Members of the {BODY.upper()} are requested to meet in {VENUE} on WEDNESDAY, 14 MAY 2025 at "
        "10.00 am. This is a hybrid meeting and Members may also attend remotely.",
        gap=3,
    )
    text_at(
        pdf,
        LEFT,
        "The meeting will be webcast and a live stream, together with the recordings of previous meetings, can be "
        "viewed on the Council's website.",
        gap=8,
    )
    text_at(pdf, LEFT, f"{CHIEF_OFFICER_GOVERNANCE.upper()}\nCHIEF OFFICER - GOVERNANCE", style="B", align="L", gap=8)
    text_at(pdf, LEFT, "B U S I N E S S", style="B", size=12, align="C", gap=5)

    for number, title, pages, _part, parent in AGENDA:
        if parent is None:
            if pdf.get_y() + 4 * LINE > pdf.page_break_trigger:
                pdf.add_page()
            numbered(pdf, LEFT, number, 32, title, style="B", gap=2.5)
        else:
            numbered(pdf, 32, number, 46, title + pages_text(pages), gap=3.5)
    pdf.ln(4)
    text_at(
        pdf,
        LEFT,
        "Integrated Impact Assessments related to reports on this agenda can be viewed on the Council's website.\n"
        "To access the Service Updates for this Committee please visit the Committee's page on the Council's website.",
        size=10,
        align="L",
        gap=4,
    )
    text_at(pdf, LEFT, "Website Address: www.dunlaggan.gov.uk", size=10, align="L", gap=4)
    text_at(
        pdf,
        LEFT,
        f"Should you require any further information about this agenda, please contact {CONTACT['name']}, "
        f"tel {CONTACT['phone']} or email {CONTACT['email']}",
        size=10,
        align="L",
        gap=0,
    )
    pdf.add_page()
    pdf.set_y(140)
    pdf.set_font("Helvetica", "I", 11)
    pdf.cell(0, LINE, "This page is intentionally left blank", align="C")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------------
# Minute
# --------------------------------------------------------------------------------------------


def sederunt() -> str:
    conv, vice = MEMBERS[0], MEMBERS[1]
    others = [m for m in MEMBERS[2:] if m["status"] != "apologies"]
    names = []
    for m in sorted(others + SUBSTITUTES, key=lambda p: p["surname"]):
        text = full(m) + m.get("suffix", "")
        if m["status"] == "substitute":
            text += f" (as substitute for Councillor {m['for']})"
        names.append(text)
    return (
        f"Town House, DUNLAGGAN, {DATE_TEXT} at 10.00 am. Minute of Meeting of the {BODY.upper()}. "
        f"Present:- Councillor {full(conv)}, Convener; Councillor {full(vice)}, Vice Convener; and Councillors "
        + join_and(names)
        + "."
    )


def vote_lines(vote: dict) -> list[str]:
    block = vote["style"] == "block"
    lines = []
    for label, names in vote["options"]:
        lines.append(f"{label} ({len(names)}) - {voter_text(names, block)}")
    if vote["declined"]:
        label = "Declined to vote" if block else "declined to vote"
        lines.append(f"{label} ({len(vote['declined'])}) - {voter_text(vote['declined'], block)}")
    return lines


def render_vote(pdf: Doc, vote: dict) -> None:
    lines = vote_lines(vote)
    if vote["style"] == "inline":
        text_at(pdf, TEXT_X, "On a division, there voted:- " + "; ".join(lines) + ".")
        return
    text_at(pdf, TEXT_X, "On a division, there voted:-")
    for line in lines:
        text_at(pdf, TEXT_X + 8, line + ".", gap=2)
    pdf.ln(1)


def render_resolved(pdf: Doc, resolved: str | list[str]) -> None:
    if pdf.get_y() + 3 * LINE > pdf.page_break_trigger:
        pdf.add_page()
    text_at(pdf, TEXT_X, "The Committee resolved:-", gap=1)
    if isinstance(resolved, str):
        text_at(pdf, TEXT_X, resolved, gap=4)
        return
    romans = ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)"]
    for i, part in enumerate(resolved):
        numbered(pdf, TEXT_X, romans[i], TEXT_X + 12, part, gap=1.5 if i < len(resolved) - 1 else 4)


def build_minutes(path: Path) -> None:
    pdf = new_doc("minutes", f"{BODY} - {DATE_TEXT} - Minute")
    text_at(pdf, LEFT, COUNCIL.upper(), style="B", size=13, align="C", gap=1)
    text_at(pdf, LEFT, BODY.upper(), style="B", size=12, align="C", gap=6)
    text_at(pdf, LEFT, sederunt(), gap=3)
    apologies = [m for m in MEMBERS if m["status"] == "apologies"]
    text_at(pdf, LEFT, "Apologies:- Councillor " + join_and([full(m) for m in apologies]) + ".", gap=3)
    also = "; ".join(f"Councillor {full(m)}{m.get('suffix', '')}" for m in ALSO_PRESENT)
    text_at(pdf, LEFT, f"Also present:- {also}.", gap=3)
    officers = "; ".join(f"{name} ({title})" for name, title in OFFICERS[:-1])
    text_at(pdf, LEFT, f"In attendance:- {officers}; and {OFFICERS[-1][0]} ({OFFICERS[-1][1]}).", gap=3)
    text_at(
        pdf,
        LEFT,
        "The agenda, reports and recording associated with this minute can be found on the Council's website.",
        size=10,
        gap=2,
    )
    text_at(
        pdf,
        LEFT,
        "Please note that if any changes are made to this minute at the point of approval, these will be outlined in "
        "the subsequent minute and this document will not be retrospectively altered.",
        size=10,
        gap=6,
    )

    for art in ARTICLES:
        if art.get("exempt_intro"):
            text_at(
                pdf,
                LEFT,
                "In accordance with article 2 of this minute, the following items were considered with the press and "
                "public excluded.",
                style="I",
                gap=5,
            )
        if pdf.get_y() + 5 * LINE > pdf.page_break_trigger:
            pdf.add_page()
        text_at(pdf, LEFT, art["heading"], style="B", align="L", gap=2.5)
        first = True
        for kind, body in art["blocks"]:
            if kind == "p":
                if first:
                    numbered(pdf, LEFT, f"{art['number']}.", TEXT_X, body)
                else:
                    text_at(pdf, TEXT_X, body)
            elif kind == "list":
                for i, line in enumerate(body):
                    num, text = line.split("|", 1)
                    numbered(pdf, TEXT_X, num, TEXT_X + 10, text, gap=1.5 if i < len(body) - 1 else 2.5)
            elif kind == "vote":
                render_vote(pdf, body)
            elif kind == "resolved":
                render_resolved(pdf, body)
            first = False
        pdf.ln(2)

    text_at(pdf, LEFT, "The meeting concluded at 1.41 pm.", gap=6)
    conv = MEMBERS[0]
    text_at(pdf, LEFT, f"- COUNCILLOR {full(conv).upper()}, Convener", style="B", align="L", gap=0)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    build_agenda(agenda)
    build_minutes(minutes)
    return [agenda, minutes]


# --------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------


def resolutions_per_item() -> dict[str, int]:
    counts = {}
    for art in ARTICLES:
        n = 0
        for kind, body in art["blocks"]:
            if kind == "resolved":
                n += 1 if isinstance(body, str) else len(body)
        counts[art["number"]] = n
    return counts


def gold_votes() -> list[dict]:
    votes = []
    for art in ARTICLES:
        for kind, body in art["blocks"]:
            if kind != "vote":
                continue
            (yes_label, yes), (no_label, no) = body["options"]
            voters = {"yes": list(yes), "no": list(no)}
            if body["declined"]:
                voters["abstain"] = list(body["declined"])
            votes.append(
                {
                    "item": art["number"],
                    "result": body["result"],
                    "counts": {"yes": len(yes), "no": len(no), "abstain": len(body["declined"])},
                    "voters": voters,
                    "motion": body["motion"],
                    "note": f"yes = '{yes_label}', no = '{no_label}'",
                }
            )
    return votes


def gold_attendance() -> list[dict]:
    rows = []
    for m in MEMBERS:
        row = {"name": full(m), "status": m["status"]}
        if m.get("role"):
            row["role"] = m["role"]
        rows.append(row)
    for m in SUBSTITUTES:
        rows.append({"name": full(m), "status": "substitute", "substitute_for": m["for"]})
    for m in ALSO_PRESENT:
        rows.append({"name": full(m), "status": "also_present", "role": "local ward member"})
    for name, title in OFFICERS:
        rows.append({"name": name, "status": "in_attendance", "role": title})
    return rows


def gold() -> dict:
    meeting = {"body": BODY, "date": DATE_ISO, "start_time": START}
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Every numbered heading (1 ... 13) and every numbered sub-item (1.1, 9.2 ...) is listed as an item, the "
            "sub-items with the heading as parent.",
            "Placeholder sub-items such as '1.1 There are no items of urgent business at this time' are listed as "
            "items because they are printed with their own number.",
            "Page ranges are the pack references printed as '(Pages x - y)' and are left out of the titles; items "
            "without a reference have pages null.",
            "Report numbers (RES/25/112 ...) are kept in the titles as printed.",
            "Heading 13 'Exempt / Confidential Business' and its sub-items are part exempt; everything before is public.",
            "The contact is the officer named in the closing 'Should you require any further information' line.",
            "The last page 'This page is intentionally left blank' is not an item.",
        ],
        "meeting": {**meeting, "contact": dict(CONTACT)},
        "agenda": [
            {
                "number": number,
                "title": title,
                "pages": {"first": pages[0], "last": pages[1]} if pages else None,
                "part": part,
                "parent": parent,
            }
            for number, title, pages, part, parent in AGENDA
        ],
    }
    per_item = resolutions_per_item()
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute articles are numbered 1-18 in the minute's own sequence; agenda_item links each to the agenda "
            "sub-item whose title it repeats, or to the heading (2, 3) where the article repeats the heading's title.",
            "Article 1 (Announcements) is not on the agenda, so agenda_item is null; agenda item 4.1 (deputation) has "
            "no article of its own because the deputation was heard under article 9.",
            "Decisions are recorded as 'The Committee resolved:-', so resolutions count those clauses: a single "
            "clause counts one, a (i), (ii) ... list counts one per part.",
            "The report's recommendations (a)-(e), the notice of motion's parts and the motions and amendments as "
            "moved (1)-(3) are not decisions and are not counted.",
            "'to adopt the motion' / 'to adopt the amendment' counts one although the adopted text has numbered parts.",
            "The stray 'this was agreed' for the adjournment in article 8 and the 'noted' statements are not counted.",
            "Article 3 (declarations) has no resolution.",
            "For each division yes = the first option printed (the motion or procedural motion) and no = the second "
            "(the amendment, or 'against'); 'declined to vote' is abstain.",
            "'The Convener' and 'the Vice Convener' in the division lists are given as Strachan and Ironside.",
            "Article 2's procedural motion and article 6's motion were defeated (result lost); articles 9 and 15 "
            "carried the motion.",
            "Kirsty Duguid is listed as apologies because the minute prints an 'Apologies:-' line; Moira Lumsden is "
            "the substitute for her.",
            "Priya Raghavan, marked '(remotely)' in the sederunt, is virtual; she left before article 14 but stays "
            "in the attendance list.",
            "Callum Wishart, marked '(from article 4)', is present (late arrival).",
            "Councillor Derek Moncur, not a committee member, is also_present (for article 9 only).",
            "Officers named after 'In attendance:-' are in_attendance with their job titles as role.",
            "The deputations (Mr Thain, Ms Nairn) and the retired officer mentioned in article 1 are named only in "
            "the body of the minute, not in the attendance part, so they are not in attendance.",
            "Start time is taken from '14 May 2025 at 10.00 am' in the sederunt, end time from 'The meeting "
            "concluded at 1.41 pm'.",
        ],
        "meeting": {**meeting, "end_time": END},
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": [
                {"number": art["number"], "title": art["heading"], "agenda_item": art["agenda_item"]}
                for art in ARTICLES
            ],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": gold_votes(),
            "attendance": gold_attendance(),
        },
    }
    return {
        f"agendas__{STEM}_agenda": agenda_record,
        f"minutes__{STEM}_minutes": minutes_record,
    }

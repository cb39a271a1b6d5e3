"""Ballykeel Municipal District (fictional), one of the municipal districts of the fictional
Tullagh County Council (Comhairle Contae na Tulai) in the west of Ireland.

Files written by `build`:

* agendas/ballykeel-md_monthly-meeting_2025-11-10_agenda.pdf - the summons letter from the
  Meetings Administrator ("A Chomhairleoir, / Dear Councillor") followed by the CLAR / AGENDA for
  the monthly meeting of Monday 10th November 2025 at 11.00 a.m.  Items are numbered 1., 2., ...
  with decimal sub-items (3.1, 9.2, 12.4); each notice of motion prints its quoted text under it.
  No page references are printed; the footer carries "Page x of y".
* minutes/ballykeel-md_monthly-meeting_2025-11-10_minutes.pdf - the minutes of that meeting, typed
  the way western county councils type municipal district minutes: letterhead, a long capitalised
  heading, PRESENT (Cathaoirleach, Leas-Chathaoirleach, members, a member attending remotely),
  APOLOGIES, OFFICIALS IN ATTENDANCE with job titles, ALSO PRESENT (a deputation); then minute
  items in a left-hand number column (BMD 141/25 ...) with capitalised titles.  Decisions are
  recorded in more than one way, as real clerks do: "it was resolved that ..." in running text,
  the "Proposed by / Seconded by / Resolved:-" block, a numbered "IT WAS RESOLVED:" list, and
  "agreed" / "approved" for things that are not resolutions.  Votes are printed three ways: a
  show of hands with names, a bare count in a sentence, and a roll-call table naming absentees.
  A late arrival, a member leaving the Chamber for a declared interest, a member leaving the
  meeting and a lunch adjournment are recorded in the body.  Running header from page 2 and
  "Page x of y" footer.

All people, places, amounts and wording are invented.  The module-level data below feed both the
PDFs and `gold()`, so the two cannot disagree.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

COUNCIL = "Tullagh County Council"
COUNCIL_GA = "Comhairle Contae na Tula\u00ed"
DISTRICT = "Ballykeel Municipal District"
DISTRICT_GA = "Ceantar Bardasach Bhaile Caoil"
ADDRESS = "Ballykeel Area Office, Church Street, Ballykeel, Co. Tullagh, F28 K7P3"
PHONE = "(096) 71482"
EMAIL = "ballykeelmd@tullaghcoco.ie"
VENUE = "Council Chamber, Ballykeel Area Office, Church Street, Ballykeel"

MEETING_DATE = "2025-11-10"
MEETING_DATE_TEXT = "Monday, 10th November 2025"
START = "11:00"
END = "14:41"

AGENDA_STEM = "ballykeel-md_monthly-meeting_2025-11-10_agenda"
MINUTES_STEM = "ballykeel-md_monthly-meeting_2025-11-10_minutes"

FONT = "Helvetica"

# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------

# surname key -> (full name, role, attendance status)
MEMBERS = {
    "Hession": ("P\u00e1draig Hession", "Cathaoirleach", "present"),
    "Tuohy": ("Noreen Tuohy", "Leas-Chathaoirleach", "present"),
    "Breathnach": ("Tom\u00e1s Breathnach", None, "present"),
    "Geraghty": ("Siobh\u00e1n Geraghty", None, "present"),
    "Joyce": ("Martin Joyce", None, "present"),
    "McHale": ("Declan McHale", None, "present"),
    "Loftus": ("Carmel Loftus", None, "virtual"),
    "O'Boyle": ("Aidan O'Boyle", None, "apologies"),
}

# (honorific, name, job title)
OFFICERS = [
    ("Mr.", "Fergal Nestor", "Director of Services, Roads, Transportation and Municipal Districts"),
    ("Mr.", "Colm Ruane", "Senior Executive Engineer, Ballykeel Municipal District"),
    ("Ms.", "Deirdre Kilcoyne", "Senior Executive Officer, Housing and Property Management"),
    ("Ms.", "Orla Gavin", "Senior Executive Planner, Forward Planning"),
    ("Mr.", "Enda Moloney", "Executive Engineer, Active Travel Office"),
    ("Ms.", "Sin\u00e9ad Carney", "Management Accountant, Finance"),
    ("Ms.", "R\u00f3is\u00edn Durcan", "Meetings Administrator, Ballykeel Municipal District"),
    ("Mr.", "Kevin Hopkins", "Assistant Staff Officer, Ballykeel Municipal District"),
]

# (honorific, name, capacity)
ALSO_PRESENT = [
    ("Ms.", "Patricia Walsh", "Chairperson, Ballykeel Community Development Association"),
    ("Mr.", "Eoin Rafter", "Secretary, Ballykeel Community Development Association"),
]


def cllr(surname: str) -> str:
    return f"Cllr. {MEMBERS[surname][0]}"


def names_list(surnames: list[str]) -> str:
    if not surnames:
        return "None"
    if len(surnames) == 1:
        return f"Cllr. {surnames[0]}"
    return "Cllrs. " + ", ".join(surnames[:-1]) + " and " + surnames[-1]


# --------------------------------------------------------------------------------------------
# Agenda
# --------------------------------------------------------------------------------------------

MOTIONS = {
    "27/2025": (
        "Breathnach",
        "That Ballykeel Municipal District calls on Transport Infrastructure Ireland to carry out "
        "a full road safety audit of the N89 junction at Lisdrum Cross, following three serious "
        "collisions at this location in the past two years.",
    ),
    "28/2025": (
        "McHale",
        "That Ballykeel Municipal District requests the Council to provide a signalised pedestrian "
        "crossing and traffic calming measures on the L-5410 outside Cloonfad National School.",
    ),
    "29/2025": (
        "Geraghty",
        "That Ballykeel Municipal District requests that a dedicated litter warden be assigned to "
        "the District for the 2026 tourist season, from May to September inclusive.",
    ),
    "30/2025": (
        "Joyce",
        "That Ballykeel Municipal District calls on Tullagh County Council to reverse its decision "
        "to close the public toilets at Ballykeel Pier from 1st November to 31st March and to keep "
        "the facility open all year round.",
    ),
}


def motion_heading(ref: str) -> str:
    return f"Notice of Motion No. {ref} - {cllr(MOTIONS[ref][0])}"


# number, title, parent, topics (lines printed under the item that are not items)
AGENDA = [
    ("1", "Votes of Sympathy and Congratulations", None, []),
    (
        "2",
        "Disclosure of Conflict of Interest (Section 177 of the Local Government Act 2001, as amended)",
        None,
        [],
    ),
    ("3", "Confirmation of Minutes", None, []),
    ("3.1", "Monthly Meeting of Ballykeel Municipal District held on 13th October 2025", "3", []),
    ("3.2", "Special Meeting (Draft Budgetary Plan 2026) held on 27th October 2025", "3", []),
    ("4", "Matters Arising from the Minutes", None, []),
    ("5", "Deputation: Ballykeel Community Development Association - Fair Green Regeneration Proposals", None, []),
    ("6", "District Engineer's Report - November 2025", None, []),
    (
        "7",
        "Part 8 - Proposed Active Travel Scheme at Knockaun Road and School Lane, Ballykeel: to consider "
        "the Chief Executive's Report pursuant to Section 179(4) of the Planning and Development Act 2000 "
        "(as amended) and Part 8 of the Planning and Development Regulations 2001 (as amended)",
        None,
        [],
    ),
    (
        "8",
        "General Municipal Allocation 2026: to consider and adopt the General Municipal Allocation for "
        "Ballykeel Municipal District in accordance with Section 102(4A) of the Local Government Act "
        "2001 (as amended)",
        None,
        [],
    ),
    ("9", "Disposal of Property - Section 183 of the Local Government Act 2001 (as amended)", None, []),
    (
        "9.1",
        "Disposal of 0.064 hectares at Carrowkeel, Ballykeel, Co. Tullagh to Mr. Seamus Feeney and "
        "Mrs. Anne Feeney for the sum of EUR 3,800",
        "9",
        [],
    ),
    (
        "9.2",
        "Disposal of former cottage site of 0.21 hectares (Folio TU41872F) at Gortnamona, Lisdrum, "
        "Co. Tullagh to Mr. Ciar\u00e1n Mulroy for the sum of EUR 11,500",
        "9",
        [],
    ),
    (
        "10",
        "Taking in Charge of Residential Development at Cnoc na Gr\u00e9ine, Ballykeel (Planning Ref. 06/1184) - "
        "Section 180 of the Planning and Development Act 2000 (as amended)",
        None,
        [],
    ),
    ("11", "Community Amenity and Burial Ground Maintenance Grants 2025 - Allocations", None, []),
    ("12", "Notices of Motion", None, []),
    ("12.1", motion_heading("27/2025"), "12", [MOTIONS["27/2025"][1]]),
    ("12.2", motion_heading("28/2025"), "12", [MOTIONS["28/2025"][1]]),
    ("12.3", motion_heading("29/2025"), "12", [MOTIONS["29/2025"][1]]),
    ("12.4", motion_heading("30/2025"), "12", [MOTIONS["30/2025"][1]]),
    ("13", "Correspondence", None, []),
    ("14", "Any Other Business", None, []),
    ("15", "Date of Next Meeting", None, []),
]

# --------------------------------------------------------------------------------------------
# Minutes
# --------------------------------------------------------------------------------------------
# Block kinds:
#   ("p", text)            plain paragraph (must not contain the word "resolved")
#   ("pres", text)         paragraph holding one inline "resolved that" clause
#   ("note", text)         italic procedural line (arrivals, departures)
#   ("sub", text)          bold run-in sub-heading
#   ("bullets", [texts])
#   ("quote", text)        quoted motion text, italic and indented
#   ("resolve", dict)      Proposed by / Seconded by / Resolved:- block; every part counts
#   ("show", dict)         show-of-hands vote with names
#   ("count", dict)        vote printed as figures in a sentence
#   ("roll", dict)         roll-call table, absentees named
#   ("table", dict)        a small figures table

GMA_ROWS = [
    ("Community and Amenity Grants", 92000, 95000),
    ("Burial Ground Maintenance Grants", 40000, 40000),
    ("Town Centre Enhancement", 55000, 60000),
    ("Public Lighting Upgrades", 40000, 45000),
    ("Local Roads Discretionary Works", 200000, 210000),
    ("Footpath Repair Programme", 112500, 110500),
    ("Festivals and Events", 38000, 38000),
]
GMA_2025 = sum(r[1] for r in GMA_ROWS)
GMA_2026 = sum(r[2] for r in GMA_ROWS)


def eur(n: int) -> str:
    return f"{n:,}"


MINUTES = [
    {
        "number": "BMD 141/25",
        "title": "Votes of Sympathy and Congratulations",
        "agenda_item": "1",
        "blocks": [
            ("p", "Votes of sympathy were extended to the following:"),
            (
                "bullets",
                [
                    "The family of the late Mr. Michael (Mickey) Gaughan, Lisdrum, who served as overseer with "
                    "the Ballykeel road crew for over thirty years.",
                    "Mrs. Bernadette Cawley, Carrowkeel, on the death of her husband, Johnny.",
                    "The family of the late Ms. Eileen Nally, Main Street, Ballykeel, long-serving secretary of "
                    "Ballykeel Tidy Towns Committee.",
                ],
            ),
            ("p", "The members and officials stood for a minute's silence as a mark of respect."),
            ("p", "Votes of congratulations were extended to:"),
            (
                "bullets",
                [
                    "Ballykeel Gaels GAA Club on winning the County Junior Football Championship.",
                    "Scoil Naomh Br\u00edd, Lisdrum, on being awarded its fifth Green Flag.",
                    "Ballykeel Tidy Towns on achieving a bronze medal in the 2025 National Tidy Towns "
                    "Competition, the first medal in the history of the town.",
                ],
            ),
        ],
    },
    {
        "number": "BMD 142/25",
        "title": "Disclosure of Conflict of Interest",
        "agenda_item": "2",
        "blocks": [
            (
                "p",
                "Cllr. Siobh\u00e1n Geraghty declared an interest in Item 9.2 (Disposal of property at "
                "Gortnamona, Lisdrum) on the basis that the proposed purchaser, Mr. Ciar\u00e1n Mulroy, is her "
                "brother-in-law. She stated that she would withdraw from the Chamber for the consideration of "
                "that item and would take no part in the discussion or vote, in accordance with Section 177 of "
                "the Local Government Act 2001, as amended.",
            ),
            ("p", "No other disclosures were made."),
        ],
    },
    {
        "number": "BMD 143/25",
        "title": "Confirmation of Minutes",
        "agenda_item": "3",
        "blocks": [
            (
                "pres",
                "(a) On the proposal of Cllr. Noreen Tuohy, seconded by Cllr. Declan McHale, it was resolved "
                "that the minutes of the Monthly Meeting of Ballykeel Municipal District held on 13th October "
                "2025, as circulated, be confirmed and signed.",
            ),
            (
                "p",
                "(b) The minutes of the Special Meeting of Ballykeel Municipal District held on 27th October "
                "2025 to consider the Draft Budgetary Plan 2026 were confirmed on the proposal of Cllr. Tom\u00e1s "
                "Breathnach, seconded by Cllr. Carmel Loftus, subject to the following amendment: on page 3, "
                "the reference to 'Lisdrum Community Centre' should read 'Lisdrum Community Hall'.",
            ),
        ],
    },
    {
        "number": "BMD 144/25",
        "title": "Matters Arising from the Minutes",
        "agenda_item": "4",
        "blocks": [
            (
                "p",
                "Cllr. McHale referred to Minute BMD 131/25 and asked for an update on the replacement of the "
                "damaged pedestrian railings at Bridge Street, Ballykeel. Mr. Colm Ruane, Senior Executive "
                "Engineer, advised that fabrication of the new railings had been completed and that "
                "installation was scheduled for the week commencing 24th November 2025, weather permitting.",
            ),
            (
                "p",
                "Cllr. Tuohy referred to Minute BMD 134/25 regarding the public lighting fault at Ard Caoin, "
                "Lisdrum. Mr. Ruane confirmed that the fault had been traced to a damaged underground cable, "
                "which had since been repaired by the Council's public lighting contractor, and that all eleven "
                "lights in the estate were now operational.",
            ),
        ],
    },
    {
        "number": "BMD 145/25",
        "title": "Deputation: Ballykeel Community Development Association - Fair Green Regeneration",
        "agenda_item": "5",
        "blocks": [
            (
                "p",
                "The Cathaoirleach welcomed Ms. Patricia Walsh, Chairperson, and Mr. Eoin Rafter, Secretary, of "
                "Ballykeel Community Development Association (CDA) to the meeting.",
            ),
            (
                "p",
                "Ms. Walsh outlined the Association's proposals for the regeneration of the Fair Green, which "
                "included a multi-use games area, a sensory garden, a looped walking track of approximately 600 "
                "metres and upgraded public lighting. She advised that the Association had raised EUR 42,000 "
                "locally and intended to apply under the Town and Village Renewal Scheme 2026, for which the "
                "support and co-operation of the Council, as landowner, would be required.",
            ),
            (
                "p",
                "Mr. Rafter outlined the results of a community survey carried out in September 2025, to which "
                "412 households had responded, with over 80 per cent identifying the Fair Green as the priority "
                "project for the town.",
            ),
            ("note", "Cllr. Martin Joyce joined the meeting at 11.25 a.m."),
            (
                "p",
                "Members welcomed the deputation and complimented the Association on the quality of its "
                "presentation. Cllr. Breathnach stated that the Fair Green had been neglected for far too long "
                "and that the proposal would transform the centre of the town. Cllr. Tuohy asked whether the "
                "needs of older people and people with disabilities had been considered in the design, and "
                "Ms. Walsh confirmed that the walking track would be fully accessible and that seating would be "
                "provided at intervals of not more than 50 metres. Cllr. Joyce asked that the mature trees "
                "along the eastern boundary be retained.",
            ),
            (
                "p",
                "Mr. Fergal Nestor, Director of Services, thanked the deputation and advised that the Council "
                "would work with the Association on the preparation of an application under the Town and "
                "Village Renewal Scheme. He noted that a letter of consent from the Council as landowner would "
                "be required, together with confirmation of match funding, and that the Community Section would "
                "contact the Association well in advance of the closing date.",
            ),
            ("p", "The Cathaoirleach thanked Ms. Walsh and Mr. Rafter, who then left the meeting."),
        ],
    },
    {
        "number": "BMD 146/25",
        "title": "District Engineer's Report - November 2025",
        "agenda_item": "6",
        "blocks": [
            (
                "p",
                "Mr. Colm Ruane, Senior Executive Engineer, presented his report, which had been circulated to "
                "members in advance of the meeting. The report covered the following matters:",
            ),
            (
                "bullets",
                [
                    "Roads Programme 2025: 38 of the 41 Restoration Improvement schemes had been completed; the "
                    "remaining three (L-5402 Cloonfad, L-5417 Derrylea and L-54112 Gortnamona) were scheduled for "
                    "completion by 12th December 2025.",
                    "Community Involvement Schemes: six schemes had been completed and two were at tender stage.",
                    "Local Improvement Scheme (LIS): works on four private lanes had been completed at a total "
                    "cost of EUR 118,600, with a further 23 applications on the waiting list.",
                    "Drainage: following the heavy rainfall of 22nd and 23rd October, remedial drainage works had "
                    "been carried out at 14 locations, with a further 9 locations to be addressed.",
                    "Winter Maintenance Plan 2025/2026: three priority gritting routes totalling 164 km would be "
                    "treated in the District, with salt stocks of 1,450 tonnes held at the Ballykeel depot.",
                ],
            ),
            (
                "p",
                "Cllr. McHale welcomed the report and commended the outdoor staff on the progress of the Roads "
                "Programme in difficult weather. He asked that the L-5402 at Cloonfad be prioritised, as the "
                "surface had deteriorated considerably since the October flooding. Mr. Ruane advised that the "
                "contractor was due on site on 17th November 2025.",
            ),
            (
                "p",
                "Cllr. Geraghty raised the flooding at Gortnamona Cross, which she stated had cut off four "
                "households on two occasions in October, and asked that a permanent solution be examined, "
                "including the replacement of the existing culvert. Mr. Ruane stated that a hydraulic "
                "assessment of the culvert had been commissioned and that an application would be made to the "
                "Office of Public Works under the Minor Flood Mitigation Works and Coastal Protection Scheme "
                "once the assessment was complete.",
            ),
            (
                "p",
                "Cllr. Loftus asked whether the R-341 from Ballykeel to Lisdrum could be added to the priority "
                "gritting routes, given the number of school buses using the road. Mr. Ruane advised that "
                "routes were prioritised on the basis of traffic volumes under the national guidelines and that "
                "the R-341 was already a Priority 2 route, to be treated once the Priority 1 routes had been "
                "completed.",
            ),
            (
                "p",
                "Cllr. Joyce expressed disappointment at the length of the LIS waiting list, noting that some "
                "applicants had been waiting since 2019, and called on the Department of Rural and Community "
                "Development to increase the allocation to the county. Mr. Nestor advised that the 2026 "
                "allocation had not yet been notified but that the Council had made a submission seeking an "
                "increase.",
            ),
            (
                "p",
                "The report was noted. On the proposal of Cllr. Hession, seconded by Cllr. Tuohy, it was agreed "
                "that a copy of the Winter Maintenance Plan 2025/2026 be forwarded to the Ballykeel, Lisdrum and "
                "Cloonfad community alert groups.",
            ),
        ],
    },
    {
        "number": "BMD 147/25",
        "title": "Part 8 - Proposed Active Travel Scheme, Knockaun Road and School Lane, Ballykeel",
        "agenda_item": "7",
        "blocks": [
            (
                "p",
                "Ms. Orla Gavin, Senior Executive Planner, presented the Chief Executive's Report prepared "
                "pursuant to Section 179(4) of the Planning and Development Act 2000 (as amended) and Part 8 of "
                "the Planning and Development Regulations 2001 (as amended), which had been circulated to "
                "members on 21st October 2025.",
            ),
            (
                "p",
                "She advised that the proposed development comprised 1.4 km of segregated cycle track and "
                "widened footpaths on Knockaun Road, a raised table pedestrian crossing at the entrance to "
                "Scoil Mhuire, the narrowing of the carriageway on School Lane to 6.0 metres, new public "
                "lighting, landscaping and all associated site works. The proposal had been on public display "
                "from 28th August 2025 to 26th September 2025 and 17 submissions had been received by the "
                "closing date of 10th October 2025. The main issues raised related to the loss of on-street "
                "parking, access to private dwellings, the location of the pedestrian crossing and the impact "
                "on trees.",
            ),
            (
                "p",
                "Mr. Enda Moloney, Executive Engineer, Active Travel Office, outlined the responses to the "
                "submissions and advised that the Chief Executive recommended that the development proceed "
                "subject to one modification, namely the relocation of the raised table crossing approximately "
                "15 metres east of the location originally proposed, to maintain access to Nos. 3 and 5 "
                "Knockaun Road.",
            ),
            (
                "p",
                "Cllr. Breathnach welcomed the scheme, stating that it would make the journey to school safer "
                "for over 400 pupils. Cllr. Tuohy concurred and asked that the works be timed to avoid the "
                "school term where possible. Mr. Moloney advised that the main works would be programmed for "
                "the summer of 2026, subject to funding approval from the National Transport Authority.",
            ),
            (
                "p",
                "Cllr. Joyce stated that, while he supported active travel in principle, the loss of 22 "
                "on-street parking spaces on Knockaun Road would have a serious impact on local businesses and "
                "that the traders had not been adequately consulted. Cllr. Geraghty supported this view and "
                "asked what alternative parking would be provided. Mr. Moloney advised that 14 spaces would be "
                "re-provided in the Council car park at the Fair Green and that a further meeting would be held "
                "with the traders before construction.",
            ),
            (
                "p",
                "Cllr. Joyce proposed that the item be deferred to the December meeting to allow further "
                "engagement with the traders on Knockaun Road. This proposal was not seconded.",
            ),
            (
                "p",
                "Ms. R\u00f3is\u00edn Durcan, Meetings Administrator, advised members that under Section 179(4)(b) of "
                "the Act the members may, by resolution, vary or modify the proposed development or decide "
                "that it should not be carried out, and that the period for making such a decision would expire "
                "on 21st November 2025.",
            ),
            (
                "show",
                {
                    "motion": "That the Part 8 Active Travel Scheme at Knockaun Road and School Lane proceed as "
                    "recommended in the Chief Executive's Report, with the modification set out therein",
                    "mover": "Breathnach",
                    "seconder": "Tuohy",
                    "intro": "It was proposed by Cllr. Breathnach and seconded by Cllr. Tuohy that the proposed "
                    "development proceed as recommended in the Chief Executive's Report. The Cathaoirleach called "
                    "for a vote by show of hands; Cllr. Loftus, attending remotely, indicated her vote verbally. "
                    "The result of the vote was as follows:",
                    "yes": ["Breathnach", "Hession", "Loftus", "McHale", "Tuohy"],
                    "no": ["Geraghty", "Joyce"],
                    "abstain": [],
                    "result": "carried",
                    "outro": "The Cathaoirleach declared the proposal carried and it was:",
                },
            ),
            (
                "resolve",
                {
                    "style": "numbered",
                    "parts": [
                        "That Ballykeel Municipal District, having considered the Chief Executive's Report dated "
                        "21st October 2025 prepared under Section 179(4) of the Planning and Development Act 2000 "
                        "(as amended), approves the carrying out of the proposed Active Travel Scheme at Knockaun "
                        "Road and School Lane, Ballykeel, as recommended in that report.",
                        "That the proposed development be modified, as recommended at Section 6.2 of the report, "
                        "by relocating the raised table pedestrian crossing at the entrance to Scoil Mhuire "
                        "approximately 15 metres eastwards.",
                    ],
                },
            ),
            ("note", "The meeting adjourned for lunch at 12.45 p.m. and resumed at 1.30 p.m."),
        ],
    },
    {
        "number": "BMD 148/25",
        "title": "General Municipal Allocation 2026",
        "agenda_item": "8",
        "blocks": [
            (
                "p",
                "Ms. Sin\u00e9ad Carney, Management Accountant, presented the report on the General Municipal "
                "Allocation (GMA) for 2026. She advised that, following the adoption of the Draft Budgetary "
                f"Plan at the Special Meeting on 27th October 2025, the sum of EUR {eur(GMA_2026)} had been made "
                f"available to Ballykeel Municipal District, an increase of EUR {eur(GMA_2026 - GMA_2025)} on "
                "2025. She outlined the proposed allocation as follows:",
            ),
            (
                "table",
                {
                    "columns": ["Heading", "2025 Allocation (EUR)", "2026 Proposed (EUR)"],
                    "rows": [[r[0], eur(r[1]), eur(r[2])] for r in GMA_ROWS],
                    "total": ["Total", eur(GMA_2025), eur(GMA_2026)],
                },
            ),
            (
                "p",
                "Cllr. Joyce stated that burial ground committees across the District were struggling to meet "
                "the cost of grass-cutting and boundary wall repairs and that the allocation had not increased "
                "in three years. He proposed an amendment that EUR 15,000 be transferred from Town Centre "
                "Enhancement to Burial Ground Maintenance Grants. The amendment was seconded by Cllr. Geraghty.",
            ),
            (
                "p",
                "Cllr. Hession and Cllr. Breathnach spoke against the amendment, noting that the Town Centre "
                "Enhancement allocation would be needed as match funding for the Fair Green project. "
                "Ms. Carney advised that any unspent balance on the burial ground heading in 2025 could be "
                "carried forward to 2026.",
            ),
            (
                "count",
                {
                    "motion": "Amendment (Cllr. Joyce): transfer EUR 15,000 from Town Centre Enhancement to "
                    "Burial Ground Maintenance Grants",
                    "mover": "Joyce",
                    "seconder": "Geraghty",
                    "yes": 2,
                    "no": 4,
                    "abstain": 1,
                    "result": "lost",
                },
            ),
            (
                "pres",
                "The Cathaoirleach then put the original proposal. On the proposal of Cllr. McHale, seconded by "
                "Cllr. Loftus, it was resolved that the General Municipal Allocation for Ballykeel Municipal "
                f"District for 2026, in the sum of EUR {eur(GMA_2026)}, be adopted as set out above, in "
                "accordance with Section 102(4A) of the Local Government Act 2001 (as amended).",
            ),
        ],
    },
    {
        "number": "BMD 149/25",
        "title": "Disposal of Property - Section 183 of the Local Government Act 2001",
        "agenda_item": "9",
        "blocks": [
            (
                "p",
                "Ms. Deirdre Kilcoyne, Senior Executive Officer, Housing and Property Management, presented the "
                "notices under Section 183 of the Local Government Act 2001 (as amended), which had been "
                "circulated to members on 24th October 2025.",
            ),
            ("sub", "(a) Carrowkeel, Ballykeel"),
            (
                "resolve",
                {
                    "style": "mayo",
                    "proposer": "McHale",
                    "seconder": "Joyce",
                    "parts": [
                        "That Tullagh County Council, pursuant to Section 183 of the Local Government Act 2001 (as "
                        "amended), approves the disposal of 0.064 hectares of land at Carrowkeel, Ballykeel, "
                        "Co. Tullagh, to Mr. Seamus Feeney and Mrs. Anne Feeney for the sum of EUR 3,800, plus "
                        "costs, in accordance with the notice dated 24th October 2025.",
                    ],
                },
            ),
            ("sub", "(b) Gortnamona, Lisdrum"),
            (
                "note",
                "Having declared an interest under Minute BMD 142/25, Cllr. Geraghty left the Chamber at "
                "1.55 p.m. and took no part in the discussion or vote on this item.",
            ),
            (
                "resolve",
                {
                    "style": "mayo",
                    "proposer": "Tuohy",
                    "seconder": "Breathnach",
                    "parts": [
                        "That Tullagh County Council, pursuant to Section 183 of the Local Government Act 2001 (as "
                        "amended), approves the disposal of the former cottage site of 0.21 hectares (Folio "
                        "TU41872F) at Gortnamona, Lisdrum, Co. Tullagh, to Mr. Ciar\u00e1n Mulroy for the sum of "
                        "EUR 11,500, plus costs, in accordance with the notice dated 24th October 2025.",
                    ],
                },
            ),
            ("note", "Cllr. Geraghty returned to the Chamber at 1.58 p.m."),
        ],
    },
    {
        "number": "BMD 150/25",
        "title": "Taking in Charge - Cnoc na Gr\u00e9ine, Ballykeel",
        "agenda_item": "10",
        "blocks": [
            (
                "p",
                "Mr. Ruane reported that the statutory procedures under Section 180 of the Planning and "
                "Development Act 2000 (as amended) and Section 11 of the Roads Act 1993 had been completed in "
                "respect of the residential development of 36 houses at Cnoc na Gr\u00e9ine, Ballykeel (Planning "
                "Ref. 06/1184). The notice had been published on 5th September 2025 and no objections or "
                "submissions had been received. The bond had been called in and the remedial works, including "
                "the resurfacing of the estate road and the repair of two foul sewer manholes, had been "
                "completed in September 2025.",
            ),
            (
                "p",
                "Cllr. Tuohy welcomed the report on behalf of the residents, who had sought the taking in charge "
                "of the estate for over twelve years, and thanked the District staff for their work.",
            ),
            (
                "resolve",
                {
                    "style": "mayo",
                    "proposer": "Tuohy",
                    "seconder": "McHale",
                    "parts": [
                        "That the roads, footpaths, open spaces, public lighting and surface water drainage at "
                        "Cnoc na Gr\u00e9ine, Ballykeel, as shown on Drawing No. BMD-TIC-0412, be taken in charge by "
                        "Tullagh County Council and that the roads be declared to be public roads in accordance "
                        "with Section 11 of the Roads Act 1993.",
                    ],
                },
            ),
        ],
    },
    {
        "number": "BMD 151/25",
        "title": "Community Amenity and Burial Ground Maintenance Grants 2025",
        "agenda_item": "11",
        "blocks": [
            (
                "p",
                "Ms. Durcan presented the schedule of proposed allocations under the Community Amenity Grant "
                "Scheme 2025 and the Burial Ground Maintenance Grant Scheme 2025, which had been circulated "
                "with the agenda. A total of 47 applications had been received under the Community Amenity "
                "Grant Scheme, of which 44 were eligible, and 29 burial ground committees had applied for "
                "assistance.",
            ),
            (
                "p",
                "Cllr. Loftus asked that the three groups whose applications were ineligible be given assistance "
                "in completing their applications for 2026. Ms. Durcan confirmed that the Community Section would "
                "contact each group.",
            ),
            (
                "p",
                "The allocations, totalling EUR 92,000 and EUR 40,000 respectively, were approved on the "
                "proposal of Cllr. Breathnach, seconded by Cllr. Joyce.",
            ),
        ],
    },
    {
        "banner": "Notices of Motion",
    },
    {
        "number": "BMD 152/25",
        "title": motion_heading("27/2025"),
        "agenda_item": "12.1",
        "blocks": [
            ("p", "The following Notice of Motion was submitted by Cllr. Tom\u00e1s Breathnach:"),
            ("quote", MOTIONS["27/2025"][1]),
            (
                "p",
                "Cllr. Breathnach stated that the junction was used by over 9,000 vehicles a day and that "
                "sightlines for traffic emerging from the Lisdrum road were wholly inadequate. Cllr. Loftus "
                "seconded the motion and stated that she had been contacted by several families in the area "
                "who were afraid to use the junction.",
            ),
            (
                "p",
                "Mr. Nestor advised that the Council's Road Design Office had completed a collision review of "
                "the junction in September and had forwarded it to Transport Infrastructure Ireland (TII), and "
                "that the motion, if passed, would be sent to TII in support of the Council's request for "
                "funding under the Safety Improvement Works programme for 2026.",
            ),
            (
                "resolve",
                {
                    "style": "mayo",
                    "proposer": "Breathnach",
                    "seconder": "Loftus",
                    "parts": [MOTIONS["27/2025"][1]],
                },
            ),
        ],
    },
    {
        "number": "BMD 153/25",
        "title": motion_heading("28/2025"),
        "agenda_item": "12.2",
        "blocks": [
            ("p", "The following Notice of Motion was submitted by Cllr. Declan McHale:"),
            ("quote", MOTIONS["28/2025"][1]),
            (
                "p",
                "Cllr. McHale stated that parents had raised concerns about the speed of traffic passing the "
                "school at drop-off and collection times. The motion was seconded by the Cathaoirleach.",
            ),
            ("note", "Cllr. Geraghty left the meeting at 2.25 p.m."),
            (
                "p",
                "Mr. Ruane advised that a signalised crossing would require a speed and pedestrian count survey "
                "to establish whether the warrant for a crossing was met, and that the location would be "
                "considered under the Safe Routes to School programme. Following discussion, it was agreed that "
                "a speed survey be carried out at the school and that the results be reported to the January "
                "2026 meeting.",
            ),
        ],
    },
    {
        "number": "BMD 154/25",
        "title": motion_heading("29/2025"),
        "agenda_item": "12.3",
        "blocks": [
            ("quote", MOTIONS["29/2025"][1]),
            (
                "p",
                "As Cllr. Geraghty had left the meeting, the motion was not moved and it was agreed that it be "
                "placed on the agenda for the December meeting.",
            ),
        ],
    },
    {
        "number": "BMD 155/25",
        "title": motion_heading("30/2025"),
        "agenda_item": "12.4",
        "blocks": [
            ("p", "The following Notice of Motion was submitted by Cllr. Martin Joyce:"),
            ("quote", MOTIONS["30/2025"][1]),
            (
                "p",
                "Cllr. Joyce stated that the pier was used all year round by walkers, sea swimmers and anglers "
                "and that the winter closure was a false economy which damaged the image of the town. The motion "
                "was seconded by Cllr. McHale.",
            ),
            (
                "p",
                "Mr. Nestor advised that the cost of keeping the facility open from November to March was "
                "estimated at EUR 18,400, that usage during the winter months of 2024/2025 had averaged fewer "
                "than 40 visits per week, and that there had been repeated incidents of vandalism. He stated "
                "that the Council had agreed with Ballykeel Community Centre that its toilets would be "
                "available to the public during its opening hours. Cllr. Breathnach suggested that the "
                "arrangement be reviewed after the winter.",
            ),
            (
                "roll",
                {
                    "motion": MOTIONS["30/2025"][1],
                    "mover": "Joyce",
                    "seconder": "McHale",
                    "intro": "Cllr. Joyce requested a recorded vote. The Meetings Administrator called the roll, "
                    "with the following result:",
                    "votes": {
                        "Breathnach": "Against",
                        "Geraghty": "Absent",
                        "Hession": "Against",
                        "Joyce": "For",
                        "Loftus": "Abstain",
                        "McHale": "For",
                        "O'Boyle": "Absent",
                        "Tuohy": "Against",
                    },
                    "result": "lost",
                    "outro": "The Cathaoirleach declared the motion lost. It was agreed that the Director of "
                    "Services would report to the March 2026 meeting on the usage of the facility and on the "
                    "winter opening arrangements.",
                },
            ),
        ],
    },
    {
        "number": "BMD 156/25",
        "title": "Correspondence",
        "agenda_item": "13",
        "blocks": [
            ("p", "The following items of correspondence were circulated to members:"),
            (
                "bullets",
                [
                    "Letter dated 20th October 2025 from Uisce \u00c9ireann regarding the timeframe for the upgrade of "
                    "Ballykeel Wastewater Treatment Plant, now expected to go to construction in quarter 3 of 2026.",
                    "Acknowledgement dated 28th October 2025 from the office of the Minister for Transport of the "
                    "motion adopted at the October meeting regarding rural bus services.",
                    "Email dated 3rd November 2025 from Tullagh Sports Partnership regarding community walking "
                    "groups in the District in January and February 2026.",
                ],
            ),
            ("p", "The correspondence was noted."),
        ],
    },
    {
        "number": "BMD 157/25",
        "title": "Any Other Business",
        "agenda_item": "14",
        "blocks": [
            (
                "p",
                "Cllr. Tuohy advised that the Ballykeel Christmas lights would be switched on at 6.00 p.m. on "
                "Saturday, 29th November 2025 and thanked the Council for its contribution towards the new "
                "festive lighting on Main Street.",
            ),
            (
                "p",
                "Cllr. Loftus raised the illegal dumping of household waste on the Derrylea bog road. Mr. Nestor "
                "advised that the matter would be referred to the Environment Section for investigation and "
                "that the location would be considered for mobile CCTV monitoring.",
            ),
            (
                "p",
                "On behalf of the members, the Cathaoirleach wished Mr. Kevin Hopkins, Assistant Staff Officer, "
                "well on his transfer to the Planning Department and thanked him for his assistance to the "
                "Municipal District over the past four years.",
            ),
        ],
    },
    {
        "number": "BMD 158/25",
        "title": "Date of Next Meeting",
        "agenda_item": "15",
        "blocks": [
            (
                "p",
                "It was agreed that the next Monthly Meeting of Ballykeel Municipal District would be held on "
                "Monday, 8th December 2025, at 11.00 a.m. in the Council Chamber, Ballykeel Area Office.",
            ),
            ("p", "This concluded the business of the meeting, which ended at 2.41 p.m."),
        ],
    },
]

RESOLVED_RE = re.compile(r"\bresolved\b", re.I)


def _resolutions_in(item: dict) -> int:
    n = 0
    for kind, data in item.get("blocks", []):
        if kind == "pres":
            assert len(RESOLVED_RE.findall(data)) == 1, data
            n += 1
        elif kind == "resolve":
            n += len(data["parts"])
        elif kind in ("p", "note", "quote", "sub"):
            assert not RESOLVED_RE.search(data), data
        elif kind == "bullets":
            assert not any(RESOLVED_RE.search(b) for b in data)
    return n


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


class CouncilPDF(FPDF):
    def __init__(self, running: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.running = running
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=19)

    def header(self):
        if self.page_no() == 1:
            self.set_y(12)
            return
        self.set_font(FONT, "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(85, 4, COUNCIL)
        self.cell(85, 4, self.running, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(20, 15, 190, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font(FONT, "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _letterhead(pdf: CouncilPDF) -> None:
    pdf.set_font(FONT, "B", 15)
    pdf.cell(0, 7, COUNCIL_GA.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "B", 13)
    pdf.cell(0, 6, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 10)
    pdf.cell(0, 5, f"{DISTRICT_GA}  |  {DISTRICT}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 8.5)
    pdf.cell(0, 4.5, ADDRESS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4.5, f"Tel: {PHONE}   Email: {EMAIL}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.6)
    pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.ln(7)


def _par(
    pdf: CouncilPDF,
    x: float,
    text: str,
    style: str = "",
    size: float = 10,
    h: float = 4.6,
    align: str = "J",
    gap: float = 2.0,
) -> None:
    old = pdf.l_margin
    pdf.set_left_margin(x)
    pdf.set_x(x)
    pdf.set_font(FONT, style, size)
    pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(old)
    pdf.set_x(old)
    if gap:
        pdf.ln(gap)


def _labelled(
    pdf: CouncilPDF,
    x: float,
    label: str,
    text: str,
    label_w: float,
    style: str = "",
    label_style: str = "B",
    size: float = 10,
    gap: float = 1.0,
) -> None:
    if pdf.get_y() > pdf.page_break_trigger - 6:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font(FONT, label_style, size)
    pdf.set_xy(x, y)
    pdf.cell(label_w, 4.8, label)
    _par(pdf, x + label_w, text, style=style, size=size, align="L", gap=gap)


def _need(pdf: CouncilPDF, mm: float) -> None:
    if pdf.get_y() + mm > pdf.page_break_trigger:
        pdf.add_page()


# -------------------------------- agenda --------------------------------------------------


def _render_agenda(path: Path) -> None:
    pdf = CouncilPDF(f"{DISTRICT} - Agenda - 10th November 2025")
    pdf.set_creation_date(datetime(2025, 11, 4, 9, 30, tzinfo=timezone.utc))
    pdf.set_title(f"{DISTRICT} Monthly Meeting 10 November 2025 - Agenda")
    pdf.set_author(COUNCIL)
    pdf.add_page()
    _letterhead(pdf)

    pdf.set_font(FONT, "", 10.5)
    pdf.cell(0, 5, "4th November 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _par(pdf, 20, "To: Each Member of Ballykeel Municipal District", style="B", gap=3)
    _par(pdf, 20, "A Chomhairleoir,", gap=0)
    _par(pdf, 20, "Dear Councillor,", gap=3)
    _par(
        pdf,
        20,
        "You are hereby requested to attend the Monthly Meeting of Ballykeel Municipal District which will be "
        f"held in the {VENUE}, on {MEETING_DATE_TEXT}, at 11.00 a.m., for the purpose of transacting the "
        "business set out in the Agenda hereunder.",
        gap=3,
    )
    _par(
        pdf,
        20,
        "Members who wish to attend remotely should notify the Meetings Administrator not later than 12 noon "
        "on Friday, 7th November 2025, and a Microsoft Teams invitation will issue. Please note that the meeting "
        "will be recorded for the purpose of minute-taking.",
        gap=4,
    )
    _par(pdf, 20, "Is mise le meas,", gap=8)
    _par(pdf, 20, "R\u00f3is\u00edn Durcan", style="B", gap=0)
    _par(pdf, 20, "Meetings Administrator", gap=0)
    _par(pdf, 20, DISTRICT, gap=6)

    pdf.set_font(FONT, "B", 12)
    pdf.cell(0, 7, "CL\u00c1R / AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    for number, title, parent, topics in AGENDA:
        lines = 2 + len(topics) * 3
        _need(pdf, lines * 5.2)
        y = pdf.get_y()
        if parent is None:
            pdf.set_font(FONT, "B", 10.5)
            pdf.set_xy(20, y)
            pdf.cell(12, 5.4, f"{number}.")
            _par(pdf, 32, title, style="B", h=5.4, align="L", gap=2.5)
        else:
            pdf.set_font(FONT, "", 10.5)
            pdf.set_xy(32, y)
            pdf.cell(12, 5.4, number)
            _par(pdf, 44, title, h=5.4, align="L", gap=1.2)
            for topic in topics:
                _par(pdf, 50, f'"{topic}"', style="I", size=10, h=5.0, align="J", gap=2.5)
        if number in ("3.2", "9.2"):
            pdf.ln(1.3)

    pdf.ln(4)
    _need(pdf, 30)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(2)
    _par(
        pdf,
        20,
        "Members are reminded of their obligations under Part 15 of the Local Government Act 2001, as amended, "
        "in relation to the disclosure of pecuniary or other beneficial interests, and of the Code of Conduct "
        "for Councillors.",
        style="I",
        size=9,
        h=4.5,
        gap=1.5,
    )
    _par(
        pdf,
        20,
        f"Enquiries: R\u00f3is\u00edn Durcan, Meetings Administrator. Tel: {PHONE}. Email: {EMAIL}",
        style="I",
        size=9,
        h=4.5,
        gap=0,
    )
    pdf.output(str(path))


# -------------------------------- minutes -------------------------------------------------

NUM_X = 20
BODY_X = 44


def _render_block(pdf: CouncilPDF, kind: str, data) -> None:
    if kind in ("p", "pres"):
        _par(pdf, BODY_X, data)
    elif kind == "note":
        _par(pdf, BODY_X, data, style="I")
    elif kind == "sub":
        _need(pdf, 22)
        _par(pdf, BODY_X, data, style="BU", gap=1.5)
    elif kind == "bullets":
        for b in data:
            y = pdf.get_y()
            pdf.set_font(FONT, "", 10)
            pdf.set_xy(BODY_X + 2, y)
            pdf.cell(5, 4.8, "-")
            _par(pdf, BODY_X + 7, b, align="L", gap=1.0)
        pdf.ln(1.0)
    elif kind == "quote":
        _par(pdf, BODY_X + 8, f'"{data}"', style="I", gap=2.5)
    elif kind == "resolve":
        _need(pdf, 30)
        if data["style"] == "mayo":
            _labelled(pdf, BODY_X, "Proposed by:", cllr(data["proposer"]), 30, gap=0.3)
            _labelled(pdf, BODY_X, "Seconded by:", cllr(data["seconder"]), 30, gap=0.3)
            _par(pdf, BODY_X, "And Resolved:-", style="B", gap=1.0)
            for part in data["parts"]:
                _par(pdf, BODY_X + 8, f'"{part}"', gap=2.5)
        else:
            _par(pdf, BODY_X, "RESOLVED:", style="B", gap=1.0)
            for i, part in enumerate(data["parts"], 1):
                y = pdf.get_y()
                pdf.set_font(FONT, "", 10)
                pdf.set_xy(BODY_X + 2, y)
                pdf.cell(6, 4.8, f"{i}.")
                _par(pdf, BODY_X + 8, part, gap=1.8)
            pdf.ln(0.8)
    elif kind == "show":
        _par(pdf, BODY_X, data["intro"])
        _need(pdf, 20)
        for label, key in (("FOR", "yes"), ("AGAINST", "no"), ("ABSTAIN", "abstain")):
            names = data[key]
            _labelled(pdf, BODY_X + 4, f"{label} ({len(names)}):", names_list(names), 32, gap=0.6)
        pdf.ln(1.8)
        _par(pdf, BODY_X, data["outro"])
    elif kind == "count":
        text = (
            "The amendment was put to the meeting and was defeated, there being "
            f"{data['yes']} votes in favour, {data['no']} votes against and {data['abstain']} abstention."
        )
        _par(pdf, BODY_X, text)
    elif kind == "roll":
        _par(pdf, BODY_X, data["intro"])
        rows = list(data["votes"].items())
        _need(pdf, 7 * (len(rows) + 3))
        x0 = BODY_X + 10
        pdf.set_font(FONT, "B", 10)
        pdf.set_fill_color(225, 225, 225)
        pdf.set_x(x0)
        pdf.cell(70, 6.5, "Comhairleoir / Member", border=1, fill=True)
        pdf.cell(40, 6.5, "Vote", border=1, fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, "", 10)
        for surname, vote in rows:
            pdf.set_x(x0)
            pdf.cell(70, 6, cllr(surname), border=1)
            pdf.cell(40, 6, vote, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
        tally = {v: sum(1 for _, x in rows if x == v) for v in ("For", "Against", "Abstain", "Absent")}
        pdf.ln(2)
        _par(
            pdf,
            BODY_X,
            f"Result:  For {tally['For']};  Against {tally['Against']};  Abstain {tally['Abstain']};  "
            f"Absent {tally['Absent']}.",
            style="B",
        )
        _par(pdf, BODY_X, data["outro"])
    elif kind == "table":
        widths = [64, 40, 40]
        _need(pdf, 6.5 * (len(data["rows"]) + 3))
        pdf.set_font(FONT, "B", 9.5)
        pdf.set_fill_color(225, 225, 225)
        pdf.set_x(BODY_X)
        for w, c in zip(widths, data["columns"]):
            pdf.cell(w, 6.5, c, border=1, fill=True, align="L" if w == 64 else "C")
        pdf.ln(6.5)
        pdf.set_font(FONT, "", 9.5)
        for row in data["rows"]:
            pdf.set_x(BODY_X)
            for w, c in zip(widths, row):
                pdf.cell(w, 6, c, border=1, align="L" if w == 64 else "R")
            pdf.ln(6)
        pdf.set_font(FONT, "B", 9.5)
        pdf.set_x(BODY_X)
        for w, c in zip(widths, data["total"]):
            pdf.cell(w, 6, c, border=1, align="L" if w == 64 else "R")
        pdf.ln(9)
    else:  # pragma: no cover
        raise ValueError(kind)


def _render_minutes(path: Path) -> None:
    pdf = CouncilPDF(f"Minutes - {DISTRICT} - 10th November 2025")
    pdf.set_creation_date(datetime(2025, 12, 9, 15, 0, tzinfo=timezone.utc))
    pdf.set_title(f"Minutes of Monthly Meeting of {DISTRICT} 10 November 2025")
    pdf.set_author(COUNCIL)
    pdf.add_page()
    _letterhead(pdf)

    heading = (
        "MINUTES OF THE MONTHLY MEETING OF BALLYKEEL MUNICIPAL DISTRICT HELD IN THE COUNCIL CHAMBER, "
        "BALLYKEEL AREA OFFICE, CHURCH STREET, BALLYKEEL, ON MONDAY, 10th NOVEMBER 2025, AT 11.00 A.M."
    )
    _par(pdf, 20, heading, style="B", size=11, h=5.6, align="C", gap=5)

    lw = 48
    _par(pdf, 20, "PRESENT:", style="BU", gap=1.5)
    _labelled(pdf, 24, "Cathaoirleach:", cllr("Hession"), lw - 4, label_style="")
    _labelled(pdf, 24, "Leas-Chathaoirleach:", cllr("Tuohy"), lw - 4, label_style="")
    floor = [MEMBERS[s][0] for s in ("Breathnach", "Geraghty", "Joyce", "McHale")]
    _labelled(
        pdf, 24, "Comhairleoir\u00ed:", "Cllrs. " + ", ".join(floor[:-1]) + " and " + floor[-1], lw - 4, label_style=""
    )
    _labelled(pdf, 24, "Attending remotely:", f"{cllr('Loftus')} (via Microsoft Teams)", lw - 4, label_style="")
    pdf.ln(2)
    _labelled(pdf, 20, "APOLOGIES:", cllr("O'Boyle"), lw, gap=3)
    _par(pdf, 20, "OFFICIALS IN ATTENDANCE:", style="BU", gap=1.5)
    for hon, name, title in OFFICERS:
        _par(pdf, 24, f"{hon} {name}, {title}", align="L", gap=0.6)
    pdf.ln(2.4)
    also = " and ".join(f"{h} {n}, {c.split(',')[0]}" for h, n, c in ALSO_PRESENT)
    _labelled(
        pdf,
        20,
        "ALSO PRESENT:",
        f"{also}, Ballykeel Community Development Association (Minute BMD 145/25 only); members of the press.",
        lw,
        gap=4,
    )
    _par(
        pdf,
        20,
        "The Cathaoirleach, Cllr. P\u00e1draig Hession, presided. He welcomed the members, officials and members "
        "of the press to the November meeting, welcomed Cllr. Loftus, who was attending remotely, and reminded "
        "those present that the meeting was being recorded for the purpose of minute-taking.",
        gap=4,
    )

    for item in MINUTES:
        if "banner" in item:
            _need(pdf, 30)
            pdf.ln(1)
            _par(pdf, 20, item["banner"].upper(), style="BU", size=11, align="C", gap=3)
            continue
        _need(pdf, 24)
        y = pdf.get_y()
        pdf.set_font(FONT, "B", 10)
        pdf.set_xy(NUM_X, y)
        pdf.cell(BODY_X - NUM_X, 5.0, item["number"])
        _par(pdf, BODY_X, item["title"].upper(), style="B", h=5.0, align="L", gap=2.2)
        for kind, data in item["blocks"]:
            _render_block(pdf, kind, data)
        pdf.ln(1.5)

    _need(pdf, 26)
    pdf.ln(4)
    pdf.set_font(FONT, "", 10.5)
    for label in ("Cathaoirleach", "Meetings Administrator"):
        pdf.set_x(20)
        pdf.cell(20, 6, "Signed:")
        pdf.cell(70, 6, "_" * 34)
        pdf.cell(15, 6, "Date:")
        pdf.cell(40, 6, "_" * 18, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(40)
        pdf.set_font(FONT, "I", 10)
        pdf.cell(70, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, "", 10.5)
        pdf.ln(3)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / "agendas" / f"{AGENDA_STEM}.pdf"
    minutes = folder / "minutes" / f"{MINUTES_STEM}.pdf"
    for p in (agenda, minutes):
        p.parent.mkdir(parents=True, exist_ok=True)
    _render_agenda(agenda)
    _render_minutes(minutes)
    return [agenda, minutes]


# --------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------


def _attendance() -> list[dict]:
    out = []
    for surname, (name, role, status) in MEMBERS.items():
        rec = {"name": name, "status": status}
        if role:
            rec["role"] = role
        out.append(rec)
    for _, name, title in OFFICERS:
        out.append({"name": name, "status": "in_attendance", "role": title})
    for _, name, capacity in ALSO_PRESENT:
        out.append({"name": name, "status": "also_present", "role": capacity})
    return out


def _votes() -> list[dict]:
    votes = []
    for item in MINUTES:
        for kind, data in item.get("blocks", []):
            if kind == "show":
                votes.append(
                    {
                        "item": item["number"],
                        "motion": data["motion"],
                        "mover": data["mover"],
                        "seconder": data["seconder"],
                        "result": data["result"],
                        "counts": {"yes": len(data["yes"]), "no": len(data["no"]), "abstain": len(data["abstain"])},
                        "voters": {"yes": list(data["yes"]), "no": list(data["no"]), "abstain": list(data["abstain"])},
                        "note": "Show of hands with the names printed under FOR / AGAINST / ABSTAIN.",
                    }
                )
            elif kind == "count":
                votes.append(
                    {
                        "item": item["number"],
                        "motion": data["motion"],
                        "mover": data["mover"],
                        "seconder": data["seconder"],
                        "result": data["result"],
                        "result_as_printed": "defeated",
                        "counts": {"yes": data["yes"], "no": data["no"], "abstain": data["abstain"]},
                        "note": "Figures printed in a sentence; no names.",
                    }
                )
            elif kind == "roll":
                by = {"For": [], "Against": [], "Abstain": [], "Absent": []}
                for surname, v in data["votes"].items():
                    by[v].append(surname)
                votes.append(
                    {
                        "item": item["number"],
                        "motion": data["motion"],
                        "mover": data["mover"],
                        "seconder": data["seconder"],
                        "result": data["result"],
                        "counts": {
                            "yes": len(by["For"]),
                            "no": len(by["Against"]),
                            "abstain": len(by["Abstain"]),
                            "absent": len(by["Absent"]),
                        },
                        "voters": {
                            "yes": by["For"],
                            "no": by["Against"],
                            "abstain": by["Abstain"],
                            "absent": by["Absent"],
                        },
                        "note": "Recorded (roll-call) vote printed as a member/vote table.",
                    }
                )
    return votes


def gold() -> dict:
    contact = {"name": "R\u00f3is\u00edn Durcan", "phone": PHONE, "email": EMAIL}
    agenda_rec = {
        "file": f"generated/agendas/{AGENDA_STEM}.pdf",
        "kind": "agenda",
        "country": "IE",
        "notes": [
            "Country is given as IE (Ireland), which the README's list of countries does not name.",
            "Sub-items print decimal numbers (3.1, 9.2, 12.4) and are given with parent set to the whole-number item.",
            "The quoted text printed under each notice of motion (12.1-12.4) is kept in topics, not in the title, "
            "since the printed item line is 'Notice of Motion No. ... - Cllr. ...'.",
            "The agenda prints no page references, so pages is null for every item; all items are public.",
            "The long statutory titles of items 7, 8 and 10 wrap over several lines and are given whole.",
            "The contact is the Meetings Administrator who signs the summons and is named in the enquiries line.",
        ],
        "meeting": {"body": DISTRICT, "date": MEETING_DATE, "start_time": START, "contact": contact},
        "agenda": [],
    }
    for number, title, parent, topics in AGENDA:
        rec = {"number": number, "title": title, "pages": None, "part": "public", "parent": parent}
        if topics:
            rec["topics"] = list(topics)
        agenda_rec["agenda"].append(rec)

    items = []
    per_item = {}
    total = 0
    for item in MINUTES:
        if "banner" in item:
            continue
        items.append({"number": item["number"], "title": item["title"].upper(), "agenda_item": item["agenda_item"]})
        n = _resolutions_in(item)
        if n:
            per_item[item["number"]] = n
        total += n

    minutes_rec = {
        "file": f"generated/minutes/{MINUTES_STEM}.pdf",
        "kind": "minutes",
        "country": "IE",
        "notes": [
            "Minute titles are printed in capitals and are given as printed.",
            "Resolutions count every 'resolved' clause: inline 'it was resolved that' sentences (BMD 143/25(a), "
            "BMD 148/25) count one each, each 'And Resolved:-' block counts one, and the numbered 'RESOLVED:' "
            "list under BMD 147/25 counts its two parts.",
            "Decisions recorded as 'agreed', 'confirmed', 'approved' or 'noted' (e.g. BMD 143/25(b), BMD 146/25, "
            "BMD 151/25, BMD 153/25) are not counted as resolutions.",
            "The unnumbered 'NOTICES OF MOTION' banner is not a minute item; each motion has its own minute "
            "number and maps to agenda sub-item 12.1-12.4.",
            "Joyce's deferral proposal under BMD 147/25 was not seconded and is not a vote; the Part 8 vote is "
            "the show of hands with names (5-2-0).",
            "The GMA amendment vote under BMD 148/25 prints figures only (2 for, 4 against, 1 abstention).",
            "The roll call under BMD 155/25 lists Geraghty (left the meeting) and O'Boyle (apologies) as Absent; "
            "they are kept apart in counts.absent and voters.absent.",
            "Loftus attended via Microsoft Teams and is given as virtual rather than present.",
            "Joyce arrived late (11.25 a.m.) and Geraghty left at 2.25 p.m.; both are listed under PRESENT and "
            "are given as present.",
            "The two deputation members listed under ALSO PRESENT are also_present; 'members of the press' are "
            "not named and are left out.",
            "Officials in attendance, including the Meetings Administrator and the minute-taking staff officer, "
            "are in_attendance with their job titles as role.",
            "Municipal districts have no substitute members, so no substitute status appears.",
            "The end time is taken from 'the meeting, which ended at 2.41 p.m.' under BMD 158/25; the lunch "
            "adjournment (12.45-1.30 p.m.) does not change start or end.",
            "Minute references inside the text (BMD 131/25, BMD 134/25, BMD 142/25) are cross-references, not items.",
        ],
        "meeting": {
            "body": DISTRICT,
            "date": MEETING_DATE,
            "start_time": START,
            "end_time": END,
        },
        "minutes": {
            "meeting": {"date": MEETING_DATE, "start_time": START, "end_time": END},
            "items": items,
            "resolutions": total,
            "resolutions_per_item": per_item,
            "votes": _votes(),
            "attendance": _attendance(),
        },
    }
    return {
        f"agendas__{AGENDA_STEM}": agenda_rec,
        f"minutes__{MINUTES_STEM}": minutes_rec,
    }

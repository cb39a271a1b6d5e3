"""Kilcarrig Municipal District (fictional), one of the municipal districts of the fictional Ardmoy County
Council (Comhairle Chontae Ard Maigh), printed in the house style of a western Irish county council's
municipal district (Galway / Cork county council models).

Files, for the Monthly Meeting of Monday 23rd June 2025 at 11.00 a.m.:

* agendas/kilcarrig-md_monthly-meeting_2025-06-23_agenda.pdf - the summons letter from the Meetings
  Administrator (bilingual Irish / English salutation, "Mise le meas") followed by the CLAR / AGENDA.
  Items are numbered 1-11; sub-items print as "1(a)", "4(b)", "9(c)" on their own indented lines;
  notices of motion print the motion text in quotes under the "Notice of Motion from Cllr. ..." line;
  "[Report attached]" style notes follow some titles. No page references, no exempt part.
* minutes/kilcarrig-md_monthly-meeting_2025-06-23_minutes.pdf - the minutes. An "I LATHAIR" block
  (Cathaoirleach / Baill / remote attendance / Oifigigh / Also Present / Apologies), the opening prayer,
  then one heading per item with the minute reference ("KMD 25/074") printed at the right margin, Galway
  style; the agenda number is not printed in the minutes. Decisions are recorded as "RESOLVED:" either in
  a block (Proposed by / Seconded by / RESOLVED: "That ...") or inline ("On the proposal of ..., it was
  RESOLVED that ..."); notices of motion are recorded as "proposed ..., seconded ... and agreed" (motions,
  not resolutions); recorded votes print FOR / AGAINST / ABSTAIN / ABSENT with names and figures, and an
  amendment is decided on a show of hands with figures only. A late arrival, a member leaving, a declaration
  of interest, remote attendance, an adjournment, page headers and "Page n of N" footers are printed.

The data (people, items, resolutions, votes) are module-level structures from which both the PDFs and the
gold records are produced.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

CREATED = dt.datetime(2025, 6, 26, 9, 30, tzinfo=dt.timezone.utc)
AGENDA_FILE = "agendas/kilcarrig-md_monthly-meeting_2025-06-23_agenda.pdf"
MINUTES_FILE = "minutes/kilcarrig-md_monthly-meeting_2025-06-23_minutes.pdf"

COUNCIL_IRISH = "COMHAIRLE CHONTAE ARD MAIGH"
COUNCIL = "ARDMOY COUNTY COUNCIL"
MD_IRISH = "Ceantar Bardasach Chill Charraig"
MD = "Municipal District of Kilcarrig"
BODY = "Kilcarrig Municipal District"
VENUE = "the Council Chamber, Kilcarrig Area Office, Bridge Street, Kilcarrig"
DATE = "2025-06-23"
DATE_LONG = "Monday, 23rd June 2025"
START = "11:00"
END = "13:45"
CONTACT = {"name": "Sinéad Darcy", "phone": "099 457 2210", "email": "kilcarrigmd@ardmoycoco.ie"}

# ---------------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------------

# surname key -> (full name, role or None)
MEMBERS = {
    "Ó Flatharta": ("Declan Ó Flatharta", "Cathaoirleach"),
    "Nic Dhonnchadha": ("Bríd Nic Dhonnchadha", "Leas-Chathaoirleach"),
    "Kilbride": ("Séamus Kilbride", None),
    "Mulkerrin": ("Pádraig Mulkerrin", None),
    "Garvey": ("Aoife Garvey", None),
    "Conneely": ("Noel Conneely", None),
    "Tierney": ("Gerard Tierney", None),
    "Lydon": ("Siobhán Lydon", None),
}
IN_CHAIR = "Ó Flatharta"
BAILL = ["Nic Dhonnchadha", "Kilbride", "Mulkerrin", "Garvey", "Conneely"]
BAILL_NOTE = {"Nic Dhonnchadha": "(Leas-Chathaoirleach)", "Conneely": "(from 11.25 a.m.)"}
REMOTE = ["Tierney"]
MEMBER_APOLOGIES = ["Lydon"]

OFFICERS = [
    ("Mr.", "Fergal Dowd", "Director of Services"),
    ("Ms.", "Orla Keady", "Senior Executive Officer & Municipal District Co-ordinator"),
    ("Mr.", "Liam Hession", "Senior Executive Engineer"),
    ("Ms.", "Gráinne Costello", "Executive Engineer"),
    ("Mr.", "Ronan Kyne", "Executive Planner"),
    ("Ms.", "Sinéad Darcy", "Meetings Administrator"),
    ("Ms.", "Eileen Burke", "Assistant Staff Officer"),
]
ALSO_PRESENT = [
    ("Ms.", "Dearbhla Quinn", "Associate, Hollin Dunne Consulting Engineers (for item KMD 25/078)"),
    ("Mr.", "Joe Naughton", "Kilcarrig Tidy Towns Committee"),
    ("Ms.", "Mary Concannon", "Kilcarrig Tidy Towns Committee"),
]
OFFICER_APOLOGIES = [("Mr.", "Kevin Rooney", "Senior Engineer, Roads & Transportation")]


def cllr(surname: str) -> str:
    return f"Cllr. {surname}"


def cllr_full(surname: str) -> str:
    return f"Cllr. {MEMBERS[surname][0]}"


# ---------------------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------------------

# (number, title, parent, note, motion text)
AGENDA = [
    ("1", "Confirmation of Minutes", None, None, None),
    ("1(a)", "Monthly Meeting of the Municipal District of Kilcarrig held on 26th May 2025", "1", None, None),
    ("1(b)", "Annual Meeting of the Municipal District of Kilcarrig held on 13th June 2025", "1", None, None),
    ("2", "Matters Arising from the Minutes", None, None, None),
    ("3", "Votes of Sympathy", None, None, None),
    ("4", "Roads, Transportation and Active Travel", None, None, None),
    ("4(a)", "Schedule of Municipal District Works 2025 - Progress Report", "4", "[Report attached]", None),
    (
        "4(b)",
        "Presentation by Hollin Dunne Consulting Engineers on the Kilcarrig Active Travel Scheme (Phase 2)",
        "4",
        None,
        None,
    ),
    (
        "5",
        "To consider and approve the General Municipal Allocation 2025 for the Municipal District of Kilcarrig",
        None,
        "[Report attached]",
        None,
    ),
    (
        "6",
        "Disposal of Property in accordance with Section 183 of the Local Government Act 2001 (as amended)",
        None,
        None,
        None,
    ),
    (
        "6(a)",
        "Disposal of 0.042 hectares of land at Carrowkeel, Kilcarrig, Co. Ardmoy to Mr. Martin Garvey",
        "6",
        "[Notice dated 10th June 2025 attached]",
        None,
    ),
    (
        "6(b)",
        "Disposal of No. 7 Church View, Tullyvarra, Co. Ardmoy to Ms. Ann Kelleher under the Tenant "
        "(Incremental) Purchase Scheme 2016",
        "6",
        "[Notice dated 10th June 2025 attached]",
        None,
    ),
    (
        "7",
        "To consider the Draft Kilcarrig Town Centre First Plan and to approve its publication for public consultation",
        None,
        "[Report attached]",
        None,
    ),
    (
        "8",
        "To consider the Chief Executive's Report on the public consultation on the Draft Kilcarrig Municipal "
        "District (Casual Trading) Bye-Laws 2025 and, if thought fit, to make the Bye-Laws",
        None,
        "[Report attached]",
        None,
    ),
    ("9", "Notices of Motion", None, None, None),
    (
        "9(a)",
        "Notice of Motion from Cllr. Bríd Nic Dhonnchadha",
        "9",
        None,
        "That Kilcarrig Municipal District calls on Ardmoy County Council to install age-friendly seating and a "
        "public water refill station along the Kilcarrig Riverside Walk before the end of 2025.",
    ),
    (
        "9(b)",
        "Notice of Motion from Cllr. Séamus Kilbride",
        "9",
        None,
        "That Kilcarrig Municipal District calls on Ardmoy County Council to reduce the speed limit on the "
        "R-461 at Ballinaskea National School from 80 km/h to 50 km/h without further delay, in the interests "
        "of the safety of pupils, parents and staff.",
    ),
    (
        "9(c)",
        "Notice of Motion from Cllr. Noel Conneely",
        "9",
        None,
        "That Kilcarrig Municipal District calls on the Chief Executive to defer the introduction of pay and "
        "display charges at the Fair Green car park, Kilcarrig, due on 1st August 2025, pending a review of "
        "their impact on town centre businesses.",
    ),
    (
        "9(d)",
        "Notice of Motion from Cllr. Gerard Tierney",
        "9",
        None,
        "That Kilcarrig Municipal District requests a report on the feasibility of providing a public slipway "
        "and parking area at Derrylahan Pier for the 2026 season.",
    ),
    ("10", "Correspondence", None, None, None),
    ("11", "Any Other Business", None, "(with the agreement of the Cathaoirleach)", None),
]
MOTIONS = {number: motion for number, _, _, _, motion in AGENDA if motion}

# ---------------------------------------------------------------------------------------------------------
# Minutes: items and their blocks
# ---------------------------------------------------------------------------------------------------------
# Block kinds:
#   ("p", text)                                  paragraph (markdown bold allowed)
#   ("sub", text)                                bold sub-heading inside an item
#   ("res_block", proposer, seconder, text, parts)  Proposed by / Seconded by / RESOLVED: "..."
#   ("res_inline", text)                         paragraph holding one inline RESOLVED clause
#   ("quote", text)                              an indented quotation (a motion as moved)
#   ("vote", vote)                               recorded vote (names) or show of hands (figures)
#   ("list", [lines])                            an indented list

VOTE_BYELAWS = {
    "kind": "recorded",
    "motion": "That the Kilcarrig Municipal District (Casual Trading) Bye-Laws 2025 be made",
    "for": ["Ó Flatharta", "Nic Dhonnchadha", "Mulkerrin", "Garvey", "Tierney"],
    "against": ["Kilbride", "Conneely"],
    "abstain": [],
    "absent": ["Lydon"],
    "result": "carried",
    "declared": "The Cathaoirleach declared the proposal carried and it was accordingly",
}
VOTE_AMENDMENT = {
    "kind": "hands",
    "motion": "Amendment proposed by Cllr. Mulkerrin to the Notice of Motion from Cllr. Kilbride",
    "counts": (2, 4, 1),
    "result": "lost",
}
VOTE_PARKING = {
    "kind": "recorded",
    "motion": "Notice of Motion from Cllr. Conneely (Fair Green car park charges)",
    "for": ["Conneely", "Tierney"],
    "against": ["Ó Flatharta", "Nic Dhonnchadha", "Mulkerrin", "Garvey"],
    "abstain": [],
    "absent": ["Kilbride", "Lydon"],
    "result": "lost",
    "declared": "The Cathaoirleach declared the motion lost.",
}

ITEMS = [
    {
        "number": "KMD 25/074",
        "title": "Confirmation of Minutes",
        "agenda_item": "1",
        "blocks": [
            ("sub", "(a) Monthly Meeting held on 26th May 2025"),
            (
                "res_block",
                "Garvey",
                "Mulkerrin",
                "That the Minutes of the Monthly Meeting of the Municipal District of Kilcarrig held on 26th "
                "May 2025, as circulated, be confirmed and signed by the Cathaoirleach.",
                [],
            ),
            ("sub", "(b) Annual Meeting held on 13th June 2025"),
            (
                "p",
                "Cllr. Kilbride asked that the minutes of the Annual Meeting be amended to record that the "
                "nomination of Cllr. Nic Dhonnchadha as Leas-Chathaoirleach had been proposed by him and "
                "seconded by Cllr. Mulkerrin, and not as printed. Ms. Darcy confirmed that the correction "
                "would be made before the minutes were signed.",
            ),
            (
                "res_inline",
                "On the proposal of Cllr. Kilbride, seconded by Cllr. Nic Dhonnchadha, it was **RESOLVED** that "
                "the Minutes of the Annual Meeting of the Municipal District of Kilcarrig held on 13th June "
                "2025, as amended, be confirmed and signed by the Cathaoirleach.",
            ),
        ],
    },
    {
        "number": "KMD 25/075",
        "title": "Matters Arising from the Minutes",
        "agenda_item": "2",
        "blocks": [
            (
                "p",
                "Cllr. Mulkerrin, referring to the footpath scheme at Cloonbeg National School, asked whether "
                "the Safe Routes to School funding had now been confirmed. Mr. Hession advised that the "
                "National Transport Authority had confirmed an allocation of EUR 185,000 by letter dated 4th "
                "June 2025. Detailed design would be completed over the summer and construction was planned "
                "for the 2026 Easter break so as to avoid disruption to the school.",
            ),
            (
                "p",
                "Cllr. Garvey raised the public lighting fault at Bóthar na Trá, Kilcarrig, reported at the May "
                "meeting. Ms. Costello said that the public lighting contractor had replaced three lanterns on "
                "10th June and that the remaining two would be replaced once ESB Networks had restored the "
                "supply to the column at the junction with Chapel Lane. It was agreed that the Area Office "
                "would revert to Cllr. Garvey when the works were complete.",
            ),
        ],
    },
    {
        "number": "KMD 25/076",
        "title": "Votes of Sympathy",
        "agenda_item": "3",
        "blocks": [
            (
                "p",
                "The Cathaoirleach, on behalf of the members and staff of the Municipal District, extended a vote "
                "of sympathy to the family of the late Mr. Tadhg Conghaile, Knockaunroe, Kilcarrig, who served "
                "as an overseer with the Kilcarrig Area Office for thirty-one years before his retirement in "
                "2016. Cllrs. Nic Dhonnchadha, Mulkerrin and Tierney wished to be associated with the vote of "
                "sympathy and paid tribute to his knowledge of every road in the District.",
            ),
            (
                "p",
                "A vote of sympathy was also extended to Cllr. Lydon on the death of her aunt, Mrs. Nora Fahy, "
                "Cappagh, Ballinaskea. The members stood for a minute's silence.",
            ),
        ],
    },
    {
        "number": "KMD 25/077",
        "title": "Schedule of Municipal District Works 2025 - Progress Report",
        "agenda_item": "4(a)",
        "blocks": [
            (
                "p",
                "Mr. Hession presented the progress report on the Schedule of Municipal District Works 2025, "
                "which had been circulated with the agenda. He advised that of the total allocation of EUR "
                "4,318,600 for regional and local roads in the District, approximately 46% had been expended "
                "to the end of May. Restoration Improvement works were complete on 14 of the 22 schemes, "
                "including the L-5318 at Derrylahan and the R-461 at Tullyvarra Cross. The surface dressing "
                "programme would commence on 30th June, weather permitting, and would run for five weeks.",
            ),
            ("p", "Cllr. Conneely arrived at the meeting at 11.25 a.m."),
            (
                "p",
                "Cllr. Kilbride raised ongoing flooding on the R-461 at Knockaunroe following heavy rain and "
                "asked that the culvert at the Mill Road junction be examined. Mr. Hession replied that an "
                "application had been made under the Climate Change Adaptation and Resilience grant for the "
                "replacement of that culvert and that the outcome was expected in August. In the meantime the "
                "drains on both sides would be cleaned by the District crew.",
            ),
            (
                "p",
                "Cllr. Conneely apologised for his late arrival and asked for an update on the Local Improvement "
                "Scheme. Ms. Costello said that 47 applications were on the Local Improvement Scheme list for "
                "the District, of which six were being funded in 2025 from an allocation of EUR 212,000; "
                "the list would be reviewed in the autumn in line with the Department's circular.",
            ),
            (
                "p",
                "Cllr. Tierney, attending remotely, asked about overhanging hedges on the L-5326 Ballinaskea to "
                "Cappagh road. Ms. Costello confirmed that 112 notices had issued in the District under Section "
                "70 of the Roads Act 1993 and that landowners had been reminded that cutting is permitted from "
                "1st September. The report was noted.",
            ),
        ],
    },
    {
        "number": "KMD 25/078",
        "title": "Presentation - Kilcarrig Active Travel Scheme (Phase 2)",
        "agenda_item": "4(b)",
        "blocks": [
            (
                "p",
                "Ms. Quinn, Hollin Dunne Consulting Engineers, gave a presentation on Phase 2 of the Kilcarrig "
                "Active Travel Scheme, which provides 1.4 km of segregated cycle track and widened footpath from "
                "Bridge Street to Kilcarrig Community College along the R-461 Ballinaskea Road. The "
                "non-statutory public consultation had closed on 30th May 2025 and 212 submissions had been "
                "received. It was intended that the Part 8 proposal would be brought to a meeting of the full "
                "Council in the fourth quarter of 2025.",
            ),
            (
                "p",
                "Cllr. Nic Dhonnchadha welcomed the scheme and the high level of public engagement. Cllr. "
                "Kilbride expressed concern at the loss of on-street parking outside the shops on the Ballinaskea "
                "Road; Ms. Quinn replied that 31 of the existing 38 spaces would be retained and that a loading "
                "bay would be provided. Cllr. Mulkerrin asked that the design of the Market Square junction be "
                "reconsidered to give more time to pedestrians. Mr. Dowd confirmed that the scheme was fully "
                "funded by the National Transport Authority.",
            ),
            (
                "p",
                "It was agreed that a workshop for members would be held before the Part 8 documents were "
                "finalised. The Cathaoirleach thanked Ms. Quinn, who left the meeting at 12.05 p.m.",
            ),
        ],
    },
    {
        "number": "KMD 25/079",
        "title": "General Municipal Allocation 2025",
        "agenda_item": "5",
        "blocks": [
            (
                "p",
                "Ms. Keady outlined the report circulated with the agenda. The General Municipal Allocation for "
                "the District in 2025, as provided in the Annual Budgetary Plan, was EUR 168,000. The proposed "
                "distribution had been discussed at the members' workshop on 9th June. Cllr. Kilbride asked that "
                "consideration be given in 2026 to dividing part of the allocation equally between the electoral "
                "areas of the District; Ms. Keady said that this would be considered when the 2026 Annual "
                "Budgetary Plan was being prepared.",
            ),
            (
                "res_block",
                "Nic Dhonnchadha",
                "Conneely",
                "That, in accordance with the Annual Budgetary Plan 2025 for the Municipal District of Kilcarrig, "
                "the General Municipal Allocation of EUR 168,000 be allocated as follows:",
                [
                    "(a) EUR 96,000 to the Kilcarrig Municipal District Community Support Scheme 2025, to be "
                    "administered in accordance with the scheme guidelines;",
                    "(b) EUR 42,000 to local improvement and minor amenity works as listed in Appendix 1 to the "
                    "report; and",
                    "(c) EUR 30,000 to the Kilcarrig Summer Festival, Christmas lighting and Tidy Towns supports.",
                ],
            ),
        ],
    },
    {
        "number": "KMD 25/080",
        "title": "Section 183 Disposal - Lands at Carrowkeel, Kilcarrig",
        "agenda_item": "6(a)",
        "blocks": [
            (
                "p",
                "Cllr. Garvey declared an interest in this item, as the proposed purchaser is a relative, and "
                "left the Chamber at 12.10 p.m. She took no part in the discussion or decision.",
            ),
            (
                "p",
                "Ms. Keady referred to the notice dated 10th June 2025 circulated to the members in accordance "
                "with Section 183 of the Local Government Act 2001 (as amended). The land is a residual "
                "roadside strip remaining after the realignment of the L-5320 at Carrowkeel in 2019 and adjoins "
                "the purchaser's property.",
            ),
            (
                "res_block",
                "Mulkerrin",
                "Kilbride",
                "That Ardmoy County Council dispose of 0.042 hectares of land at Carrowkeel, Kilcarrig, Co. "
                "Ardmoy to Mr. Martin Garvey, Carrowkeel, Kilcarrig, for the sum of EUR 3,500 plus costs, in "
                "accordance with the notice dated 10th June 2025 under Section 183 of the Local Government Act "
                "2001 (as amended).",
                [],
            ),
            ("p", "Cllr. Garvey returned to the Chamber at 12.14 p.m."),
        ],
    },
    {
        "number": "KMD 25/081",
        "title": "Section 183 Disposal - No. 7 Church View, Tullyvarra",
        "agenda_item": "6(b)",
        "blocks": [
            (
                "p",
                "Ms. Keady advised that the tenant had applied to purchase the dwelling under the Tenant "
                "(Incremental) Purchase Scheme 2016 and that the purchase price had been determined at EUR "
                "118,750 following valuation, subject to the charge in favour of the Council provided for by "
                "the scheme.",
            ),
            (
                "res_inline",
                "On the proposal of Cllr. Nic Dhonnchadha, seconded by Cllr. Garvey, it was **RESOLVED** that "
                "Ardmoy County Council dispose of No. 7 Church View, Tullyvarra, Co. Ardmoy to Ms. Ann Kelleher "
                "for the sum of EUR 118,750 under the Tenant (Incremental) Purchase Scheme 2016, in accordance "
                "with the notice dated 10th June 2025.",
            ),
        ],
    },
    {
        "number": "KMD 25/082",
        "title": "Draft Kilcarrig Town Centre First Plan",
        "agenda_item": "7",
        "blocks": [
            (
                "p",
                "Mr. Kyne presented the Draft Kilcarrig Town Centre First Plan, prepared with the Kilcarrig Town "
                "Team following the health check carried out in 2024. The plan identifies twelve projects, "
                "including the redevelopment of the former Mart site on Fair Green, a shopfront improvement "
                "scheme and the public realm enhancement of Market Square. The commercial vacancy rate in the "
                "town centre had been recorded at 17.8%.",
            ),
            (
                "p",
                "Cllr. Conneely said that vacancy on Main Street was the most serious issue facing the town and "
                "asked that the Vacant Property Refurbishment Grant be promoted more actively. Cllr. Garvey "
                "asked that the Tidy Towns Committee and the Chamber of Commerce be written to directly when the "
                "plan was published. Mr. Kyne agreed to both requests.",
            ),
            (
                "res_block",
                "Mulkerrin",
                "Tierney",
                "That the Draft Kilcarrig Town Centre First Plan be published for public consultation for a "
                "period of six weeks from 7th July 2025, and that a report on the submissions received be "
                "presented to the members at the October 2025 meeting.",
                [],
            ),
            (
                "p",
                "The meeting adjourned at 12.40 p.m. for a short recess and resumed at 12.55 p.m. with the same "
                "members in attendance.",
            ),
        ],
    },
    {
        "number": "KMD 25/083",
        "title": "Kilcarrig Municipal District (Casual Trading) Bye-Laws 2025",
        "agenda_item": "8",
        "blocks": [
            (
                "p",
                "Ms. Keady presented the Chief Executive's Report on the public consultation on the draft "
                "bye-laws, which had been on public display from 17th March to 28th April 2025. Fourteen "
                "submissions had been received. The report recommended that the designated casual trading area "
                "at Market Square be reduced from twelve to nine bays to facilitate the Active Travel Scheme, "
                "and that the annual licence fee be set at EUR 450 and the daily fee at EUR 40.",
            ),
            (
                "p",
                "Cllr. Kilbride and Cllr. Conneely objected to the removal of Sunday trading at the Fair Green "
                "and said that traders had not been consulted adequately. Cllr. Kilbride proposed that the item "
                "be deferred to the September meeting to allow further engagement with traders; this proposal "
                "was not seconded.",
            ),
            (
                "p",
                "It was proposed by Cllr. Nic Dhonnchadha and seconded by Cllr. Garvey that the bye-laws be "
                "made as recommended in the report. Cllr. Kilbride requested a recorded vote, the result of "
                "which was as follows:",
            ),
            ("vote", VOTE_BYELAWS),
            (
                "res_block",
                None,
                None,
                "That, having considered the Chief Executive's Report on the submissions received, the Kilcarrig "
                "Municipal District (Casual Trading) Bye-Laws 2025, as set out in Appendix 2 to the report, be "
                "made in accordance with Section 6 of the Casual Trading Act 1995 and Part 19 of the Local "
                "Government Act 2001 (as amended), to come into operation on 1st September 2025.",
                [],
            ),
        ],
    },
    {
        "number": "KMD 25/084",
        "title": "Notice of Motion - Cllr. Bríd Nic Dhonnchadha",
        "agenda_item": "9(a)",
        "blocks": [
            ("p", "The following Notice of Motion was proposed by Cllr. Nic Dhonnchadha:"),
            ("quote", MOTIONS["9(a)"]),
            (
                "p",
                "Cllr. Nic Dhonnchadha said that the Riverside Walk was used daily by older residents and by the "
                "Kilcarrig Men's Shed and that there was nowhere to rest between the bridge and the weir. Ms. "
                "Costello replied that three benches would be provided from the allocation for minor amenity "
                "works approved earlier in the meeting, and that the Council would make an application to "
                "Uisce Éireann under its Water Refill Station programme.",
            ),
            (
                "p",
                "The motion, proposed by Cllr. Nic Dhonnchadha and seconded by Cllr. Mulkerrin, was agreed by "
                "the members.",
            ),
        ],
    },
    {
        "number": "KMD 25/085",
        "title": "Notice of Motion - Cllr. Séamus Kilbride",
        "agenda_item": "9(b)",
        "blocks": [
            ("p", "The following Notice of Motion was proposed by Cllr. Kilbride and seconded by Cllr. Conneely:"),
            ("quote", MOTIONS["9(b)"]),
            (
                "p",
                "Mr. Hession replied that a review of special speed limits throughout the county was being "
                "carried out in accordance with the national guidelines issued in 2024, with public consultation "
                "planned for the autumn. A permanent change to the limit on a regional road could only be made "
                "by the members of the full Council through the speed limit bye-laws, but a periodic 30 km/h "
                "school zone could be introduced at Ballinaskea in the meantime.",
            ),
            (
                "p",
                "Cllr. Mulkerrin proposed the following amendment, seconded by Cllr. Garvey: to delete the "
                'words after "Ardmoy County Council" and substitute:',
            ),
            (
                "quote",
                "include the R-461 at Ballinaskea National School as a priority in the county-wide speed limit "
                "review and install a periodic 30 km/h school zone before the start of the 2025/26 school year.",
            ),
            ("vote", VOTE_AMENDMENT),
            (
                "p",
                "The original motion was then put and was agreed by the members. Cllr. Kilbride left the meeting "
                "at 1.10 p.m.",
            ),
        ],
    },
    {
        "number": "KMD 25/086",
        "title": "Notice of Motion - Cllr. Noel Conneely",
        "agenda_item": "9(c)",
        "blocks": [
            ("p", "The following Notice of Motion was proposed by Cllr. Conneely and seconded by Cllr. Tierney:"),
            ("quote", MOTIONS["9(c)"]),
            (
                "p",
                "Mr. Dowd said that the charges had been provided for in the Kilcarrig Parking Bye-Laws 2024, "
                "made by the members in November 2024, and that the revenue was committed to the maintenance of "
                "the car park and to the town centre public realm programme. A deferral would require the "
                "bye-laws to be amended. Cllr. Mulkerrin and Cllr. Garvey said that the first hour would remain "
                "free and that turnover of spaces would help Main Street traders.",
            ),
            ("p", "Cllr. Conneely requested a vote, the result of which was as follows:"),
            ("vote", VOTE_PARKING),
        ],
    },
    {
        "number": "KMD 25/087",
        "title": "Notice of Motion - Cllr. Gerard Tierney",
        "agenda_item": "9(d)",
        "blocks": [
            (
                "p",
                "Cllr. Tierney asked that his motion be deferred to the July meeting, as the Marine Officer was "
                "not available to attend. This was agreed.",
            ),
        ],
    },
    {
        "number": "KMD 25/088",
        "title": "Correspondence",
        "agenda_item": "10",
        "blocks": [
            ("p", "The following correspondence was circulated and noted:"),
            (
                "list",
                [
                    "(i) Letter dated 29th May 2025 from Transport Infrastructure Ireland regarding the "
                    "N-97 Kilcarrig Bypass, confirming that the project remains at Phase 3 (Design and "
                    "Environmental Evaluation).",
                    "(ii) E-mail dated 5th June 2025 from Uisce Éireann regarding the upgrade of the Kilcarrig "
                    "Wastewater Treatment Plant.",
                    "(iii) Letter dated 12th June 2025 from the Department of Rural and Community Development "
                    "advising of an allocation of EUR 250,000 under the Town and Village Renewal Scheme 2025 "
                    "for the Market Square project.",
                ],
            ),
        ],
    },
    {
        "number": "KMD 25/089",
        "title": "Any Other Business",
        "agenda_item": "11",
        "blocks": [
            (
                "p",
                "With the agreement of the members, the Cathaoirleach invited Mr. Naughton, Kilcarrig Tidy "
                "Towns Committee, to address the meeting. Mr. Naughton thanked the District staff for their "
                "support and outlined the Committee's preparations for the adjudication in July, in particular "
                "weed control on the approach roads. Mr. Hession confirmed that additional street sweeping would "
                "be arranged for the weeks before the adjudication.",
            ),
            (
                "p",
                "Cllr. Garvey congratulated the pupils and staff of Cloonbeg National School on the award of "
                "their fifth Green Flag.",
            ),
            (
                "res_block",
                "Nic Dhonnchadha",
                "Mulkerrin",
                "That no meeting of the Municipal District of Kilcarrig be held in August 2025 and that the July "
                "Monthly Meeting be held on Monday, 28th July 2025 at 11.00 a.m.",
                [],
            ),
            ("p", "This concluded the business of the meeting, which ended at 1.45 p.m."),
        ],
    },
]


def resolutions_per_item() -> dict[str, int]:
    """Each RESOLVED clause counts one; each lettered part of a resolution counts one."""
    counts: dict[str, int] = {}
    for item in ITEMS:
        n = 0
        for block in item["blocks"]:
            if block[0] == "res_block":
                n += len(block[4]) or 1
            elif block[0] == "res_inline":
                n += 1
        counts[item["number"]] = n
    return counts


# ---------------------------------------------------------------------------------------------------------
# PDF plumbing
# ---------------------------------------------------------------------------------------------------------


class CouncilPDF(FPDF):
    running_head = ""

    def header(self):
        if self.page_no() > 1 and self.running_head:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.running_head, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.set_text_color(0, 0, 0)
            self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def new_pdf(title: str, running_head: str) -> CouncilPDF:
    pdf = CouncilPDF(format="A4")
    pdf.running_head = running_head
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(CREATED)
    pdf.set_title(title)
    pdf.set_author("Ardmoy County Council")
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def masthead(pdf: CouncilPDF) -> None:
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, COUNCIL_IRISH, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 11)
    pdf.cell(0, 6, MD_IRISH, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, MD, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.5)
    y = pdf.get_y() + 2
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_line_width(0.2)
    pdf.ln(6)


def para(pdf: CouncilPDF, text: str, indent: float = 0, size: float = 10.5, style: str = "") -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, 5.2, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


# ---------------------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------------------


def render_agenda(path: Path) -> None:
    pdf = new_pdf("Kilcarrig Municipal District - Agenda - 23rd June 2025", "Kilcarrig MD - Agenda - 23rd June 2025")
    masthead(pdf)
    pdf.set_font("Helvetica", "", 9.5)
    top = pdf.get_y()
    for line in ["Kilcarrig Area Office", "Bridge Street", "Kilcarrig", "Co. Ardmoy"]:
        pdf.cell(80, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(pdf.w - pdf.r_margin - 75, top)
    for line in [f"Tel: {CONTACT['phone']}", f"Email: {CONTACT['email']}", "", "16th June 2025"]:
        pdf.set_x(pdf.w - pdf.r_margin - 75)
        pdf.cell(75, 4.6, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    para(
        pdf,
        "Chuig gach Ball de Cheantar Bardasach Chill Charraig\nTo each Member of the Municipal District of Kilcarrig",
    )
    para(pdf, "A Chara,")
    para(
        pdf,
        "Iarrtar ort leis seo bheith i láthair ag Cruinniú Míosúil de Cheantar Bardasach Chill Charraig a "
        "thionólfar i Seomra na Comhairle, Oifig Cheantair Chill Charraig, Dé Luain 23 Meitheamh 2025 ag "
        "11.00 r.n.",
        style="I",
        size=10,
    )
    para(
        pdf,
        f"You are hereby requested to attend the Monthly Meeting of the Municipal District of Kilcarrig, which "
        f"will be held in {VENUE}, on **{DATE_LONG} at 11.00 a.m.** Members who wish to attend remotely via "
        f"Microsoft Teams are asked to notify the Meetings Administrator by 12 noon on Friday, 20th June 2025.",
    )
    para(pdf, "Mise le meas,")
    pdf.ln(4)
    para(pdf, "Sinéad Darcy\nRiarthóir Cruinnithe / Meetings Administrator", size=10.5)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "C L Á R  /  A G E N D A", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for number, title, parent, note, motion in AGENDA:
        indent = 10 if parent else 0
        num_w = 14
        text = title + (f"  {note}" if note else "")
        pdf.set_font("Helvetica", "B" if parent is None else "", 10.5)
        if pdf.will_page_break(12):
            pdf.add_page()
        pdf.set_x(pdf.l_margin + indent)
        label = f"{number}." if parent is None else number
        pdf.cell(num_w, 5.4, label)
        pdf.multi_cell(pdf.epw - indent - num_w, 5.4, text, new_x="LMARGIN", new_y="NEXT")
        if motion:
            pdf.set_font("Helvetica", "I", 10)
            pdf.set_x(pdf.l_margin + indent + num_w)
            pdf.multi_cell(pdf.epw - indent - num_w - 6, 5, f'"{motion}"', new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.4)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------------------


def label_row(pdf: CouncilPDF, label: str, text: str, label_w: float = 40) -> None:
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(label_w, 5.4, label)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(pdf.epw - label_w, 5.4, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)


def officer_text(rows: list[tuple[str, str, str]]) -> str:
    return "; ".join(f"{t} {name}, {role}" for t, name, role in rows) + "."


def render_vote(pdf: CouncilPDF, vote: dict) -> None:
    if vote["kind"] == "hands":
        yes, no, abstain = vote["counts"]
        para(
            pdf,
            f"The amendment was put to the meeting and, on a show of hands, {yes} members voted in favour, "
            f"{no} members voted against and {abstain} member abstained. The Cathaoirleach declared the "
            f"amendment {vote['result']}.",
        )
        return
    rows = [
        ("FOR", vote["for"]),
        ("AGAINST", vote["against"]),
        ("ABSTAIN", vote["abstain"]),
        ("ABSENT", vote["absent"]),
    ]
    for label, names in rows:
        pdf.set_x(pdf.l_margin + 10)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(34, 5.4, f"{label} ({len(names)}):")
        pdf.set_font("Helvetica", "", 10.5)
        if not names:
            shown = "-"
        elif len(names) == 1:
            shown = cllr(names[0])
        else:
            shown = "Cllrs. " + ", ".join(names)
        pdf.multi_cell(pdf.epw - 44, 5.4, shown, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    para(pdf, vote["declared"])


def render_block(pdf: CouncilPDF, block: tuple) -> None:
    kind = block[0]
    if kind == "p":
        para(pdf, block[1])
    elif kind == "sub":
        pdf.set_font("Helvetica", "BU", 10.5)
        pdf.cell(0, 5.6, block[1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    elif kind == "res_inline":
        para(pdf, block[1])
    elif kind == "quote":
        para(pdf, f'"{block[1]}"', indent=10, style="I")
    elif kind == "list":
        for line in block[1]:
            para(pdf, line, indent=8)
    elif kind == "vote":
        render_vote(pdf, block[1])
    elif kind == "res_block":
        _, proposer, seconder, text, parts = block
        if pdf.will_page_break(30):
            pdf.add_page()
        if proposer:
            label_row(pdf, "Proposed by:", cllr_full(proposer), 30)
            label_row(pdf, "Seconded by:", cllr_full(seconder), 30)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(0, 5.6, "RESOLVED:", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        if parts:
            para(pdf, f'"{text}', indent=10)
            for i, part in enumerate(parts):
                closing = '"' if i == len(parts) - 1 else ""
                para(pdf, part + closing, indent=18)
        else:
            para(pdf, f'"{text}"', indent=10)


def render_minutes(path: Path) -> None:
    pdf = new_pdf(
        "Minutes of Monthly Meeting - Municipal District of Kilcarrig - 23rd June 2025",
        "Minutes of the Monthly Meeting of the Municipal District of Kilcarrig held on 23rd June 2025",
    )
    masthead(pdf)
    para(
        pdf,
        f"**Minutes of the Monthly Meeting of the Municipal District of Kilcarrig held in {VENUE}, and by "
        f"Microsoft Teams, on {DATE_LONG} at 11.00 a.m.**",
        size=11,
    )
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "I LÁTHAIR / PRESENT:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    label_row(pdf, "Cathaoirleach:", cllr_full(IN_CHAIR))
    baill = ", ".join(MEMBERS[s][0] + (f" {BAILL_NOTE[s]}" if s in BAILL_NOTE else "") for s in BAILL)
    label_row(pdf, "Baill / Members:", f"Cllrs. {baill}")
    label_row(pdf, "Remotely:", f"{cllr_full(REMOTE[0])} (via Microsoft Teams)")
    label_row(pdf, "Oifigigh / Officials:", officer_text(OFFICERS))
    label_row(pdf, "Also Present:", officer_text(ALSO_PRESENT))
    apologies = f"{cllr_full(MEMBER_APOLOGIES[0])}; " + officer_text(OFFICER_APOLOGIES)
    label_row(pdf, "Apologies:", apologies)
    pdf.ln(2)
    para(pdf, "Thosnaigh an cruinniú leis an paidir.", style="I")
    para(
        pdf,
        "The Cathaoirleach welcomed the members and officials to his first Monthly Meeting since his election "
        "at the Annual Meeting on 13th June 2025. Cllr. Tierney confirmed that he was attending remotely from "
        "within the administrative area of Ardmoy County Council.",
    )
    for item in ITEMS:
        if pdf.will_page_break(22):
            pdf.add_page()
        pdf.ln(2)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(pdf.epw - 34, 6, item["title"], new_x="LMARGIN", new_y="NEXT")
        after = pdf.get_y()
        pdf.set_xy(pdf.w - pdf.r_margin - 32, y)
        pdf.cell(32, 6, item["number"], align="R")
        pdf.set_xy(pdf.l_margin, after)
        pdf.ln(1.5)
        for block in item["blocks"]:
            render_block(pdf, block)
    pdf.ln(10)
    if pdf.will_page_break(40):
        pdf.add_page()
    pdf.set_font("Helvetica", "", 10.5)
    for label in ["Cathaoirleach", "Meetings Administrator"]:
        pdf.cell(0, 6, "Signed: ______________________________", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, f"            {label}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    pdf.cell(0, 6, "Date: ____________________", new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    render_agenda(agenda)
    render_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------------------


def _vote_gold(number: str, vote: dict) -> dict:
    if vote["kind"] == "hands":
        yes, no, abstain = vote["counts"]
        return {
            "item": number,
            "motion": vote["motion"],
            "result": vote["result"],
            "counts": {"yes": yes, "no": no, "abstain": abstain},
        }
    return {
        "item": number,
        "motion": vote["motion"],
        "result": vote["result"],
        "counts": {
            "yes": len(vote["for"]),
            "no": len(vote["against"]),
            "abstain": len(vote["abstain"]),
            "absent": len(vote["absent"]),
        },
        "voters": {
            "yes": list(vote["for"]),
            "no": list(vote["against"]),
            "abstain": list(vote["abstain"]),
            "absent": list(vote["absent"]),
        },
    }


def _attendance() -> list[dict]:
    rows = []
    chair_name, chair_role = MEMBERS[IN_CHAIR]
    rows.append({"name": chair_name, "status": "present", "role": chair_role})
    for s in BAILL:
        name, role = MEMBERS[s]
        row = {"name": name, "status": "present"}
        if role:
            row["role"] = role
        rows.append(row)
    for s in REMOTE:
        rows.append({"name": MEMBERS[s][0], "status": "virtual"})
    for _, name, role in OFFICERS:
        rows.append({"name": name, "status": "in_attendance", "role": role})
    for _, name, role in ALSO_PRESENT:
        rows.append({"name": name, "status": "also_present", "role": role})
    for s in MEMBER_APOLOGIES:
        rows.append({"name": MEMBERS[s][0], "status": "apologies"})
    for _, name, role in OFFICER_APOLOGIES:
        rows.append({"name": name, "status": "apologies", "role": role})
    return rows


def gold() -> dict:
    agenda_rows = []
    for number, title, parent, note, motion in AGENDA:
        row = {"number": number, "title": title, "pages": None, "part": "public", "parent": parent}
        if note:
            row["note"] = note
        if motion:
            row["topics"] = [motion]
        agenda_rows.append(row)
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "IE",
        "notes": [
            "Sub-items print as '1(a)', '4(b)', '9(c)' on their own indented lines, so their numbers are given as printed with the enclosing item as parent.",
            "The bracketed notes '[Report attached]' / '[Notice dated 10th June 2025 attached]' and '(with the agreement of the Cathaoirleach)' are kept out of the titles as notes.",
            "The quoted text of each notice of motion printed under 'Notice of Motion from Cllr. ...' is treated as a line under the item (topics), not part of its title.",
            "No page references are printed against any item, so pages are null, and there is no exempt part, so every item is public.",
            "The bilingual summons letter above the CLAR / AGENDA heading is not an agenda item.",
        ],
        "meeting": {
            "body": BODY,
            "date": DATE,
            "start_time": START,
            "contact": dict(CONTACT),
        },
        "agenda": agenda_rows,
    }

    votes = []
    for item in ITEMS:
        for block in item["blocks"]:
            if block[0] == "vote":
                votes.append(_vote_gold(item["number"], block[1]))
    per_item = resolutions_per_item()
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "IE",
        "notes": [
            "Minute numbers are the references printed at the right of each heading ('KMD 25/074'); the minutes do not print the agenda numbers, so agenda_item is matched by subject.",
            "The minutes record decisions as 'RESOLVED' (in a Proposed by / Seconded by / RESOLVED block or inline 'it was RESOLVED that'), so only RESOLVED clauses are counted.",
            "The General Municipal Allocation resolution (KMD 25/079) has lettered parts (a)-(c), counted as three resolutions.",
            "The two confirmations of minutes under KMD 25/074, (a) in block form and (b) inline, count one resolution each.",
            "Notices of motion are recorded as 'proposed ..., seconded ... and agreed' or are lost on a vote; these are motions, not RESOLVED clauses, and are not counted.",
            "Stray 'It was agreed' / 'noted' statements (revert to a member, members' workshop, deferral of a motion, noting of reports and correspondence) are not counted.",
            "The casual trading bye-laws decision (KMD 25/083) is counted once, for its RESOLVED clause printed after the recorded vote; the vote itself is not a further resolution.",
            "The amendment under KMD 25/085 is decided on a show of hands with figures only (2 for, 4 against, 1 abstention), so it has counts and no voters.",
            "The recorded votes print ABSENT members by name; they are kept apart as counts.absent and voters.absent, not as votes.",
            "Cllr. Conneely arrived late (11.25 a.m.) and Cllr. Kilbride left at 1.10 p.m.; both are recorded as present, as in the attendance block.",
            "Cllr. Tierney attended remotely via Microsoft Teams and is recorded as virtual.",
            "Officials and the presenter / Tidy Towns deputation are recorded as in_attendance and also_present respectively; the officer who sent apologies is recorded under apologies with the absent member.",
            "Municipal districts have no substitute members, so no substitute status is used.",
            "End time 13:45 is taken from 'ended at 1.45 p.m.'; the 12.40-12.55 adjournment does not change start or end.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": START, "end_time": END},
        "minutes": {
            "meeting": {"date": DATE, "start_time": START, "end_time": END},
            "items": [
                {"number": item["number"], "title": item["title"], "agenda_item": item["agenda_item"]} for item in ITEMS
            ],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": _attendance(),
        },
    }
    return {
        "agendas__kilcarrig-md_monthly-meeting_2025-06-23_agenda": agenda_record,
        "minutes__kilcarrig-md_monthly-meeting_2025-06-23_minutes": minutes_record,
    }

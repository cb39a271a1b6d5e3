"""Inishrath Municipal District (fictional), a municipal district of the fictional Ardcarrig County Council
(Comhairle Contae Ard Charraige), Ireland: the agenda and the minutes of its Monthly Meeting of Monday
28th April 2025, held in the Council Chamber of the Civic Offices, Inishrath, and via Microsoft Teams.

Files
  agendas/inishrath-md_monthly-meeting_2025-04-28_agenda.pdf    the summons and Clár / Agenda (2 pages)
  minutes/inishrath-md_monthly-meeting_2025-04-28_minutes.pdf  the minutes (about 7 pages)

Conventions (those of Irish county council municipal district meetings)
  * The agenda is a letter from the Meetings Administrator ("A Chomhairleoir, ... Is mise le meas") followed
    by a numbered Clár / Agenda; Section 183 disposals and notices of motion are numbered sub-items
    (5.1, 10.1 ...) and each motion's text is printed in quotes under its heading line.
  * The minutes open with "In the Chair", the members present (one arrives late, one attends remotely),
    apologies, the officials in attendance with their job titles and a deputation "also present".
  * Minute numbers run on through the year in the form "IMD 41/25", printed in a left margin column with
    the heading in capitals beside it; the minutes cite the agenda only through their headings.
  * Decisions are recorded in more than one way, as real clerks do: "it was resolved that", the
    "It was proposed by ..., seconded by ..., and RESOLVED:" form with the resolution in quotes, the
    stacked "Proposed by: / Seconded by: / And Resolved:" form, a lettered list under one "RESOLVED that",
    a numbered list under "resolved that:", and plain "agreed" / "noted" outcomes which are not resolutions.
  * Votes: a recorded vote printed as a For / Against / Abstain / Not Present block, a show of hands with
    figures only, and a roll call told in prose; votes of sympathy are no votes.
  * A declaration of interest (the member leaves and returns), a member leaving before a motion in his name
    (deferred), an adjournment, and "Page N of M" footers with a running header after page 1.
Everything (places, people, amounts, wording) is invented.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

COUNCIL_IRISH = "COMHAIRLE CONTAE ARD CHARRAIGE"
COUNCIL = "ARDCARRIG COUNTY COUNCIL"
DISTRICT_IRISH = "Ceantar Bardasach Inis Ráth"
DISTRICT = "Inishrath Municipal District"
ADDRESS = "Civic Offices, Main Street, Inishrath, Co. Ardcarrig, R47 KX20"
PHONE = "(094) 965 2210"
EMAIL = "inishrathmd@ardcarrigcoco.ie"
VENUE = "the Council Chamber, Civic Offices, Main Street, Inishrath"
DATE_ISO = "2025-04-28"
DATE_TEXT = "Monday 28th April 2025"
START_TEXT = "10.00 a.m."
START = "10:00"
END_TEXT = "1.15 p.m."
END = "13:15"
AGENDA_ISSUED = "22nd April 2025"
CREATED = dt.datetime(2025, 4, 29, 9, 30, tzinfo=dt.timezone.utc)

AGENDA_FILE = "agendas/inishrath-md_monthly-meeting_2025-04-28_agenda.pdf"
MINUTES_FILE = "minutes/inishrath-md_monthly-meeting_2025-04-28_minutes.pdf"

# ---------------------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------------------

# (first, surname, role, status, printed remark)
MEMBERS = [
    ("Bríd", "Ní Mhurchú", "Cathaoirleach", "present", ""),
    ("Declan", "Furlong", "Leas-Cathaoirleach", "present", ""),
    ("Noel", "Brosnan", None, "present", "left at 12.40 p.m."),
    ("Aoife", "Cregan", None, "present", ""),
    ("Eamon", "Keaveney", None, "present", "from 10.20 a.m."),
    ("Pádraig", "Ó Conchúir", None, "present", ""),
    ("Siobhán", "Tierney", None, "virtual", ""),
    ("Gerard", "McGlinchey", None, "apologies", ""),
]

# (honorific, first, surname, job title as printed)
OFFICIALS = [
    ("Mr.", "Fergal", "Noonan", "Director of Services, Roads, Transportation and Municipal District Operations"),
    ("Ms.", "Caitríona", "Lyster", "Senior Executive Officer and District Manager"),
    ("Mr.", "Liam", "Garvey", "Senior Executive Engineer, Inishrath Municipal District"),
    ("Mr.", "Shane", "Quirke", "Executive Engineer, Roads Design Office"),
    ("Ms.", "Deirdre", "Costigan", "Senior Executive Planner (item IMD 49/25 only)"),
    ("Ms.", "Nuala", "Kerins", "Meetings Administrator"),
    ("Ms.", "Orla", "Phelan", "Staff Officer"),
]

ALSO_PRESENT = [
    ("Ms.", "Úna", "Darcy", "Chairperson, Inishrath Tidy Towns Committee"),
    ("Mr.", "Colm", "Rafter", "Secretary, Inishrath Tidy Towns Committee"),
]


def member(surname: str) -> tuple:
    return next(m for m in MEMBERS if m[1] == surname)


def cllr(surname: str) -> str:
    """'Cllr. B. Ní Mhurchú' as the minutes print a member in running text."""
    first = member(surname)[0]
    return f"Cllr. {first[0]}. {surname}"


def cllrs(surnames: list[str]) -> str:
    """'Cllrs. A. Cregan, D. Furlong' for a list of members."""
    return "Cllrs. " + ", ".join(f"{member(s)[0][0]}. {s}" for s in surnames)


# ---------------------------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------------------------

MOTIONS = {
    "10.1": (
        "9/2025",
        "Ó Conchúir",
        "That Inishrath Municipal District requests a review of the speed limit on the R-471 at Carrigeen "
        "National School, with a view to introducing a 30 km/h periodic speed limit at school opening and "
        "closing times.",
    ),
    "10.2": (
        "10/2025",
        "Cregan",
        "That Inishrath Municipal District prioritises the upgrade to LED of the remaining sodium public lights in "
        "the District in the 2025 programme, with particular regard to the unlit section of the Ballinamona Road "
        "between the town boundary and the GAA grounds.",
    ),
    "10.3": (
        "11/2025",
        "Brosnan",
        "That Inishrath Municipal District calls on the Minister for Housing, Local Government and Heritage to "
        "increase the 2025 allocation to Ardcarrig County Council under the Local Improvement Scheme, having "
        "regard to the number of eligible applications on the waiting list in this District.",
    ),
    "10.4": (
        "12/2025",
        "Tierney",
        "That Inishrath Municipal District suspends pay parking charges in the Council car parks in Inishrath "
        "town centre on each Saturday in December 2025, in support of local retailers.",
    ),
}


def motion_title(number: str) -> str:
    ref, surname, _text = MOTIONS[number]
    first = member(surname)[0]
    return f"Motion No. {ref} in the name of Cllr. {first} {surname}"


# (number, title as printed, parent, note printed under the title)
AGENDA = [
    (
        "1",
        "Confirmation of Minutes of Monthly Meeting of Inishrath Municipal District held on 24th March 2025",
        None,
        None,
    ),
    ("2", "Matters Arising", None, None),
    ("3", "Votes of Sympathy and Congratulations", None, None),
    (
        "4",
        "Deputation: Inishrath Tidy Towns Committee - Draft Inishrath Biodiversity Action Plan 2025-2030",
        None,
        None,
    ),
    (
        "5",
        "Disposal of Property - Section 183 of the Local Government Act 2001",
        None,
        "(Notices dated 7th April 2025 circulated to all Members)",
    ),
    (
        "5.1",
        "Disposal of 0.042 hectares of land at Cloonfad Road, Inishrath, Co. Ardcarrig to Mr. Martin Gaughan "
        "and Ms. Áine Gaughan for the sum of EUR 4,500, plus costs",
        "5",
        None,
    ),
    (
        "5.2",
        "Disposal of dwellinghouse and site at No. 3 Ardnagreeve Cottages, Kilrooskey, Co. Ardcarrig to "
        "Mr. Thomas Rynne for the sum of EUR 62,000",
        "5",
        None,
    ),
    ("6", "Schedule of Municipal District Works 2025 - Progress Report", None, None),
    ("7", "General Municipal Allocation 2025 - Allocation of Discretionary Funding", None, None),
    (
        "8",
        "Part 8 of the Planning and Development Regulations 2001 (as amended) - Proposed Quay Street Pedestrian "
        "and Cycle Improvement Scheme, Inishrath: Chief Executive's Report under Section 179(4)(a) of the Planning "
        "and Development Act 2000 (as amended)",
        None,
        None,
    ),
    (
        "9",
        "Taking in Charge of Roads and Services at Cnoc na Léana, Kilrooskey - Section 11 of the Roads Act 1993",
        None,
        None,
    ),
    ("10", "Notices of Motion", None, None),
    ("10.1", motion_title("10.1"), "10", None),
    ("10.2", motion_title("10.2"), "10", None),
    ("10.3", motion_title("10.3"), "10", None),
    ("10.4", motion_title("10.4"), "10", None),
    ("11", "Questions", None, None),
    ("12", "Correspondence", None, None),
    ("13", "Any Other Business", None, None),
]

# ---------------------------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------------------------
# Each minute: number, heading as printed (capitals), agenda item, blocks.
# Blocks: ("p", text) paragraph (markdown bold allowed); ("i", text) italic procedural line;
# ("q", text) indented quoted text; ("list", [lines]) indented list;
# ("stack", proposer, seconder, verb) stacked proposer/seconder lines; ("vote", VOTE key).
# RES holds, per minute, the number of resolution clauses its text prints (checked by hand against the text).

VOTES = {
    "s183": {
        "item": "IMD 46/25",
        "style": "block",
        "motion": "That the disposal of No. 3 Ardnagreeve Cottages, Kilrooskey to Mr. Thomas Rynne be approved",
        "mover": "Cregan",
        "seconder": "Keaveney",
        "result": "carried",
        "yes": ["Cregan", "Furlong", "Keaveney", "Ní Mhurchú", "Ó Conchúir"],
        "no": ["Tierney"],
        "abstain": [],
        "absent": ["Brosnan", "McGlinchey"],
    },
    "gma": {
        "item": "IMD 48/25",
        "style": "hands",
        "motion": "Amendment: that EUR 3,000 be transferred from Amenity and Tidy Towns Grants to Festivals and Events",
        "mover": "Tierney",
        "seconder": "Brosnan",
        "result": "lost",
        "counts": (2, 5, 0),
    },
    "parking": {
        "item": "IMD 54/25",
        "style": "prose",
        "motion": "Motion No. 12/2025 (Cllr. S. Tierney): suspension of Saturday pay parking charges in December 2025",
        "mover": "Tierney",
        "seconder": "Keaveney",
        "result": "lost",
        "yes": ["Tierney", "Keaveney"],
        "no": ["Furlong", "Ní Mhurchú", "Ó Conchúir"],
        "abstain": ["Cregan"],
        "absent": ["Brosnan", "McGlinchey"],
    },
}

S183_1 = AGENDA[5][1]
S183_2 = AGENDA[6][1]

MINUTES = [
    (
        "IMD 41/25",
        "CONFIRMATION OF MINUTES",
        "1",
        [
            (
                "p",
                f"On the proposal of {cllr('Furlong')}, seconded by {cllr('Cregan')}, it was resolved that the "
                "minutes of the Monthly Meeting of Inishrath Municipal District held on 24th March 2025, as "
                "circulated, be confirmed and signed by the Cathaoirleach.",
            ),
        ],
    ),
    (
        "IMD 42/25",
        "MATTERS ARISING",
        "2",
        [
            (
                "p",
                f"{cllr('Ó Conchúir')} referred to minute IMD 33/25 and asked whether the flooding at the Bóthar na "
                "Trá junction had been addressed. Mr. L. Garvey, Senior Executive Engineer, advised that a blocked "
                "culvert had been cleared by the District crew on 2nd April 2025 and that the matter had since been "
                "resolved; the location would continue to be monitored during periods of heavy rainfall.",
            ),
            (
                "p",
                f"{cllr('Brosnan')} asked for an update on the replacement of the pedestrian crossing signals at "
                "Church Street. Ms. C. Lyster, District Manager, confirmed that the contractor was due on site in "
                "the week commencing 12th May 2025 and that the works would be carried out at night to minimise "
                "disruption to traders.",
            ),
        ],
    ),
    (
        "IMD 43/25",
        "VOTES OF SYMPATHY AND CONGRATULATIONS",
        "3",
        [
            ("p", "Votes of sympathy were extended to the following:"),
            (
                "list",
                [
                    "The family of the late Mr. Séamus Hickey, Carrigeen, former caretaker of Inishrath Community Hall.",
                    "The family of the late Mrs. Kathleen Duignan, Lisheenmore, Kilrooskey.",
                    "Mr. Brendan Moriarty, Outdoor Staff, Inishrath Municipal District, on the death of his mother, "
                    "Mrs. Peggy Moriarty.",
                ],
            ),
            ("p", "The Members and officials stood for a minute's silence as a mark of respect."),
            (
                "p",
                "Votes of congratulations were extended to Kilrooskey National School, winners of the Ardcarrig "
                "Green Schools Award 2025, and to Inishrath Rowing Club on winning three titles at the Connacht "
                "Indoor Rowing Championships.",
            ),
        ],
    ),
    (
        "IMD 44/25",
        "DEPUTATION - INISHRATH TIDY TOWNS COMMITTEE: DRAFT INISHRATH BIODIVERSITY ACTION PLAN 2025-2030",
        "4",
        [
            (
                "p",
                "The Cathaoirleach welcomed Ms. Úna Darcy, Chairperson, and Mr. Colm Rafter, Secretary, of Inishrath "
                "Tidy Towns Committee to the meeting. Ms. Darcy gave a presentation on the Draft Inishrath Biodiversity "
                "Action Plan 2025-2030, which had been prepared by the Committee with the support of the Council's "
                "Heritage Officer and the Local Authority Waters Programme. The plan proposes a pollinator corridor "
                "along the River Walk, swift nest boxes on the gable of the Old Mill, the planting of native hedgerow "
                "at the Fair Green and a reduced mowing regime at six Council-owned greens in the town.",
            ),
            ("i", f"{cllr('Keaveney')} arrived at the meeting at 10.20 a.m."),
            (
                "p",
                f"The Members welcomed the presentation and commended the work of the Committee. {cllr('Cregan')} "
                "asked whether the Municipal District continued to use herbicides on footpaths. Ms. Lyster advised "
                "that the spraying of footpaths in the town had ceased in 2023 and that the District crew now used "
                f"mechanical sweeping and hand weeding. {cllr('Keaveney')} asked that residents be consulted before "
                "any change to the mowing of the greens at Ard Mhuire, as there had been complaints in previous "
                f"years. {cllr('Tierney')}, attending remotely, asked that the plan include the Kilrooskey "
                "village amenity area.",
            ),
            (
                "p",
                "It was agreed that the draft plan would be referred to the Environment, Climate Action and "
                "Biodiversity Strategic Policy Committee, and that the Senior Executive Engineer would meet the "
                "Committee to agree a revised mowing regime for the 2025 season.",
            ),
            ("p", "The Cathaoirleach thanked Ms. Darcy and Mr. Rafter, who then left the meeting."),
        ],
    ),
    (
        "IMD 45/25",
        "DISPOSAL OF PROPERTY - SECTION 183 OF THE LOCAL GOVERNMENT ACT 2001: LANDS AT CLOONFAD ROAD, INISHRATH",
        "5.1",
        [
            (
                "p",
                "Ms. Lyster outlined the proposed disposal, notice of which had been circulated to the Members on 7th "
                "April 2025. She advised that the plot was a residual strip of land left over following the "
                "realignment of the Cloonfad Road in 2019, that it would be incorporated into the purchasers' "
                "adjoining garden and that the price had been agreed on the advice of the Council's valuer. The "
                "purchasers would be responsible for the boundary wall and for the Council's legal costs.",
            ),
            ("p", f"It was proposed by {cllr('Ó Conchúir')}, seconded by {cllr('Furlong')}, and **RESOLVED:**"),
            (
                "q",
                '"That the disposal of the freehold interest in 0.042 hectares of land at Cloonfad Road, Inishrath, '
                "Co. Ardcarrig, to Mr. Martin Gaughan and Ms. Áine Gaughan for the sum of EUR 4,500, plus costs, in "
                "accordance with the notice under Section 183 of the Local Government Act 2001 dated 7th April 2025, "
                'be approved."',
            ),
        ],
    ),
    (
        "IMD 46/25",
        "DISPOSAL OF PROPERTY - SECTION 183 OF THE LOCAL GOVERNMENT ACT 2001: NO. 3 ARDNAGREEVE COTTAGES, KILROOSKEY",
        "5.2",
        [
            (
                "p",
                f"**Declaration of Interest:** {cllr('Brosnan')} declared an interest in this item, as the proposed "
                "purchaser is a relative of his, and he left the Chamber at 10.48 a.m. for its consideration.",
            ),
            (
                "p",
                "Ms. Lyster advised that the cottage had been vacant since 2021 and had been assessed by the Housing "
                "Section as unsuitable for retention in the social housing stock, having regard to the cost of "
                "refurbishment, estimated at EUR 148,000. The property had been offered for sale by public auction "
                "in February 2025 and the highest bid received, EUR 62,000, exceeded the reserve set by the Council's "
                "valuer.",
            ),
            (
                "p",
                f"{cllr('Tierney')} stated that she could not support the disposal of any Council dwelling at a time "
                "of acute housing need in the District and asked that the property be offered under the Repair and "
                "Leasing Scheme or sold subject to the Croí Cónaithe (Vacant Property) Grant conditions. Mr. F. "
                "Noonan, Director of Services, responded that both options had been examined by the Housing Section, "
                "that the proceeds of the sale would be ring-fenced for the Council's vacant homes programme, and "
                "that the purchaser intended to occupy the dwelling as his principal private residence.",
            ),
            (
                "p",
                f"It was proposed by {cllr('Cregan')} and seconded by {cllr('Keaveney')} that the disposal be "
                f"approved. {cllr('Tierney')} requested a recorded vote, which resulted as follows:",
            ),
            ("vote", "s183"),
            ("p", "The Cathaoirleach declared the proposal carried and it was accordingly **RESOLVED:**"),
            (
                "q",
                '"That the disposal of the dwellinghouse and site at No. 3 Ardnagreeve Cottages, Kilrooskey, Co. '
                "Ardcarrig, to Mr. Thomas Rynne for the sum of EUR 62,000, in accordance with the notice under "
                'Section 183 of the Local Government Act 2001 dated 7th April 2025, be approved."',
            ),
            ("i", f"{cllr('Brosnan')} returned to the Chamber at 10.59 a.m."),
        ],
    ),
    (
        "IMD 47/25",
        "SCHEDULE OF MUNICIPAL DISTRICT WORKS 2025 - PROGRESS REPORT",
        "6",
        [
            (
                "p",
                "Mr. Garvey presented the progress report on the Schedule of Municipal District Works 2025, which had "
                "been circulated with the agenda. He advised that 14 of the 31 Restoration Improvement schemes on "
                "regional and local roads had been completed, that the Restoration Maintenance (surface dressing) "
                "programme of EUR 1.62 million would commence in mid-May weather permitting, and that three roads "
                "had been approved under the Local Improvement Scheme. The footpath extension at Kilrooskey village "
                "was substantially complete, and drainage works on the L-5120 at Derrylahan were programmed for June.",
            ),
            ("p", "The following matters were raised by the Members:"),
            (
                "list",
                [
                    f"{cllr('Ó Conchúir')} asked that the L-5120 works include the replacement of the damaged "
                    "safety barrier at Derrylahan Bridge.",
                    f"{cllr('Tierney')} asked that the surface dressing programme be advertised locally in advance so "
                    "that residents could plan for the road closures.",
                    f"{cllr('Keaveney')} raised the number of potholes on the Ballinamona Road following the winter "
                    "and asked for a timeframe for repairs.",
                    f"{cllr('Furlong')} thanked the District crew for their work during Storm Éabha and asked that "
                    "this be conveyed to the outdoor staff.",
                ],
            ),
            (
                "p",
                "Mr. Garvey responded that the barrier at Derrylahan Bridge was included in the drainage contract, "
                "that notices of the surface dressing programme would be placed in the Ardcarrig Champion and on the "
                "Council's social media channels, and that a pothole repair crew would be deployed to the "
                "Ballinamona Road within the next two weeks.",
            ),
            ("p", "The report was noted."),
        ],
    ),
    (
        "IMD 48/25",
        "GENERAL MUNICIPAL ALLOCATION 2025",
        "7",
        [
            (
                "p",
                "Ms. Lyster reminded the Members that a General Municipal Allocation of EUR 214,000 had been provided "
                "for the District in the Annual Budget 2025. After existing commitments, including Christmas lighting, "
                "the summer bus service and the maintenance of public conveniences, EUR 59,500 was available for "
                "allocation at the discretion of the Members. The proposed allocation, which had been circulated, "
                "provided EUR 38,000 for the Community Grants Scheme, EUR 12,500 for Amenity and Tidy Towns Grants "
                "and EUR 9,000 for Festivals and Events.",
            ),
            (
                "p",
                f"{cllr('Tierney')}, seconded by {cllr('Brosnan')}, proposed an amendment that EUR 3,000 be "
                "transferred from Amenity and Tidy Towns Grants to Festivals and Events, so that the Inishrath "
                f"Maritime Festival could be supported at the same level as in 2024. {cllr('Furlong')} and "
                f"{cllr('Cregan')} spoke against the amendment, noting the number of Tidy Towns groups in the District "
                "and the timing of the National Tidy Towns competition.",
            ),
            (
                "p",
                f"On a show of hands, {VOTES['gma']['counts'][0]} Members voted in favour of the amendment and "
                f"{VOTES['gma']['counts'][1]} against, with no abstentions. The Cathaoirleach declared the amendment "
                "lost.",
            ),
            ("vote", "gma"),
            (
                "p",
                f"On the proposal of {cllr('Furlong')}, seconded by {cllr('Ó Conchúir')}, it was **RESOLVED** that "
                "the discretionary element of the General Municipal Allocation 2025 be allocated as follows:",
            ),
            (
                "list",
                [
                    "(a)  Community Grants Scheme 2025 - EUR 38,000;",
                    "(b)  Amenity and Tidy Towns Grants - EUR 12,500;",
                    "(c)  Festivals and Events - EUR 9,000.",
                ],
            ),
            (
                "p",
                "It was further agreed that the list of individual grant recipients would be circulated to the Members "
                "in advance of the May meeting.",
            ),
        ],
    ),
    ("ADJ", "The meeting adjourned at 11.50 a.m. and resumed at 12.05 p.m.", None, []),
    (
        "IMD 49/25",
        "PART 8 - PROPOSED QUAY STREET PEDESTRIAN AND CYCLE IMPROVEMENT SCHEME, INISHRATH: CHIEF EXECUTIVE'S REPORT",
        "8",
        [
            ("i", "Ms. D. Costigan, Senior Executive Planner, joined the meeting."),
            (
                "p",
                "Ms. Costigan presented the Chief Executive's Report under Section 179(4)(a) of the Planning and "
                "Development Act 2000 (as amended), which had been circulated to the Members. The proposed development "
                "had been on public display from 6th February to 7th March 2025 and 14 submissions had been received, "
                "including one from Transport Infrastructure Ireland. The principal issues raised were the loss of 11 "
                "on-street parking spaces, deliveries to premises on Quay Street, the removal of two trees and access "
                "for people with disabilities. The Chief Executive recommended that the development proceed, subject "
                "to modifications: the retention of two accessible parking bays, the relocation of the loading bay to "
                "Bridge Lane and the replacement planting of four semi-mature trees.",
            ),
            (
                "p",
                f"{cllr('Keaveney')} expressed concern at the impact of the loss of parking on businesses on Quay "
                f"Street. {cllr('Cregan')} welcomed the scheme, which would provide a safe route from the town centre "
                f"to the secondary school. {cllr('Tierney')} asked that the works not take place during the Maritime "
                "Festival. Mr. Quirke advised that construction was expected to commence in September 2025 and would "
                "take approximately five months.",
            ),
            ("p", f"It was proposed by {cllr('Cregan')}, seconded by {cllr('Furlong')}, and resolved that:"),
            (
                "list",
                [
                    "1.  Having considered the Chief Executive's Report under Section 179(4)(a) of the Planning and "
                    "Development Act 2000 (as amended), the Members of Inishrath Municipal District approve the "
                    "proposed Quay Street Pedestrian and Cycle Improvement Scheme, Inishrath, in accordance with "
                    "Section 179(4)(b) of the Act;",
                    "2.  The modifications recommended in Section 7 of the Chief Executive's Report be incorporated in "
                    "the development.",
                ],
            ),
            ("i", "Ms. Costigan left the meeting."),
        ],
    ),
    (
        "IMD 50/25",
        "TAKING IN CHARGE - CNOC NA LÉANA, KILROOSKEY",
        "9",
        [
            (
                "p",
                "Ms. Lyster advised that Cnoc na Léana is a development of 36 dwellings. Following the liquidation of "
                "the developer, the bond had been drawn down and the outstanding remedial works completed under the "
                "supervision of the Municipal District. A request to take the estate in charge had been received from "
                "a majority of the residents. Public notice was published in the Ardcarrig Champion on 27th February "
                "2025 and no objections or submissions were received.",
            ),
            ("stack", "Cregan", "Keaveney", "And Resolved:"),
            (
                "q",
                '"That Inishrath Municipal District, having considered the report of the Senior Executive Engineer, '
                "and no objections having been received, hereby declares the roads at Cnoc na Léana, Kilrooskey, as "
                "described in the Schedule to the public notice dated 27th February 2025, to be public roads in "
                'accordance with Section 11 of the Roads Act 1993."',
            ),
            ("p", f"{cllr('Cregan')} thanked the residents' association for their persistence over many years."),
        ],
    ),
    (
        "IMD 51/25",
        "NOTICE OF MOTION NO. 9/2025 - CLLR. P. Ó CONCHÚIR",
        "10.1",
        [
            ("q", f'"{MOTIONS["10.1"][2]}"'),
            ("p", f"The motion was proposed by {cllr('Ó Conchúir')} and seconded by {cllr('Brosnan')}."),
            (
                "p",
                "Reply: Mr. Quirke, Executive Engineer, advised that Carrigeen National School had been included in "
                "Phase 3 of the Safe Routes to School Programme and that the speed limits in the vicinity would be "
                "considered as part of the county-wide review of special speed limits under Section 9 of the Road "
                "Traffic Act 2004. Draft Special Speed Limit Bye-Laws would go on public consultation in the third "
                "quarter of 2025.",
            ),
            ("p", "The motion was agreed."),
        ],
    ),
    (
        "IMD 52/25",
        "NOTICE OF MOTION NO. 10/2025 - CLLR. A. CREGAN",
        "10.2",
        [
            ("q", f'"{MOTIONS["10.2"][2]}"'),
            ("p", f"The motion was proposed by {cllr('Cregan')} and seconded by {cllr('Keaveney')}."),
            (
                "p",
                "Reply: Mr. Garvey advised that 212 sodium lanterns remained in the District and that these were "
                "scheduled for replacement under the Public Lighting Energy Efficiency Project in the fourth quarter "
                "of 2025. The provision of new lighting on the unlit section of the Ballinamona Road would require "
                "design and ducting at an estimated cost of EUR 46,000, and could be considered for Active Travel "
                "funding in 2026.",
            ),
            ("i", f"{cllr('Brosnan')} left the meeting at 12.40 p.m."),
            (
                "p",
                "Following discussion, it was unanimously resolved that the motion be adopted and that a copy be "
                "forwarded to the Public Lighting Section and to the Active Travel Office.",
            ),
        ],
    ),
    (
        "IMD 53/25",
        "NOTICE OF MOTION NO. 11/2025 - CLLR. N. BROSNAN",
        "10.3",
        [
            ("q", f'"{MOTIONS["10.3"][2]}"'),
            (
                "p",
                f"As {cllr('Brosnan')} had left the meeting, it was agreed, in accordance with Standing Orders, that "
                "the motion be deferred to the May meeting of the Municipal District.",
            ),
        ],
    ),
    (
        "IMD 54/25",
        "NOTICE OF MOTION NO. 12/2025 - CLLR. S. TIERNEY",
        "10.4",
        [
            ("q", f'"{MOTIONS["10.4"][2]}"'),
            ("p", f"The motion was proposed by {cllr('Tierney')} and seconded by {cllr('Keaveney')}."),
            (
                "p",
                "Reply: Ms. Lyster advised that the income from pay parking in the town centre car parks on the four "
                "Saturdays in December 2024 was EUR 7,400, and that any loss of income would have to be met from the "
                "General Municipal Allocation. Free parking was already provided after 3.00 p.m. on each day from "
                "1st December under the Parking Bye-Laws 2022.",
            ),
            (
                "p",
                f"{cllr('Furlong')} stated that he could not support a proposal that would reduce the funding "
                f"available to community groups. {cllr('Keaveney')} said that retailers in the town were facing "
                "strong competition from out-of-town centres and that the measure would be a positive signal.",
            ),
            ("p", f"{cllr('Tierney')} requested a roll call vote."),
            ("vote", "parking"),
            ("p", "The Cathaoirleach declared the motion lost."),
        ],
    ),
    (
        "IMD 55/25",
        "QUESTIONS",
        "11",
        [
            (
                "p",
                "Replies to questions submitted by Members in advance of the meeting had been circulated. The "
                "following questions and replies were noted:",
            ),
            (
                "list",
                [
                    f"Q.1  {cllr('Furlong')} - the status of the Local Improvement Scheme application for the "
                    "Gortnaskeagh cul-de-sac. Reply: The application is ranked fourth on the District list; the "
                    "2025 allocation provides for three schemes.",
                    f"Q.2  {cllr('Cregan')} - the provision of a bring bank at Kilrooskey. Reply: A site at the "
                    "Community Centre car park is under assessment by the Environment Section.",
                    f"Q.3  {cllr('Ó Conchúir')} - the timeline for the repair of the slipway at Carrigeen Pier. "
                    "Reply: An application has been made under the Fishery Harbour and Coastal Infrastructure "
                    "Development Programme 2025; a decision is awaited.",
                ],
            ),
        ],
    ),
    (
        "IMD 56/25",
        "CORRESPONDENCE",
        "12",
        [
            ("p", "The following correspondence was noted:"),
            (
                "list",
                [
                    "(i)  Letter dated 3rd April 2025 from Transport Infrastructure Ireland acknowledging the "
                    "Municipal District's correspondence regarding the N-59 junction at Lisheenmore.",
                    "(ii)  Email dated 10th April 2025 from the Department of Rural and Community Development "
                    "confirming receipt of the Town and Village Renewal Scheme application for Kilrooskey.",
                    "(iii)  Letter dated 15th April 2025 from Inishrath Chamber of Commerce regarding Christmas "
                    "lighting in the town.",
                ],
            ),
        ],
    ),
    (
        "IMD 57/25",
        "ANY OTHER BUSINESS",
        "13",
        [
            (
                "p",
                f"{cllr('Keaveney')} raised the condition of the public toilets at the Pier car park. Ms. Lyster "
                "undertook to have them inspected and to report back to the Members.",
            ),
            (
                "p",
                f"{cllr('Tierney')} asked that the May meeting include a presentation from An Garda Síochána on "
                "anti-social behaviour at the Town Park. This was agreed.",
            ),
            (
                "p",
                "**Date of Next Meeting:** It was agreed that the next Monthly Meeting of Inishrath Municipal District "
                "would be held on Monday 26th May 2025 at 10.00 a.m.",
            ),
            ("p", f"This concluded the business of the meeting at {END_TEXT}"),
        ],
    ),
]

# resolution clauses per minute, as printed (see notes); the adjournment line is no minute
RES = {"IMD 41/25": 1, "IMD 45/25": 1, "IMD 46/25": 1, "IMD 48/25": 3, "IMD 49/25": 2, "IMD 50/25": 1, "IMD 52/25": 1}


# ---------------------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------------------

LM = 20
RM = 20
LABEL = 26


class _Doc(FPDF):
    running = ""

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.running, align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(150, 150, 150)
            self.line(LM, self.get_y(), self.w - RM, self.get_y())
            self.set_text_color(0, 0, 0)
            self.ln(4)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _new_doc(running: str) -> _Doc:
    pdf = _Doc(format="A4")
    pdf.running = running
    pdf.set_creation_date(CREATED)
    pdf.set_margins(LM, 15, RM)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def _masthead(pdf: _Doc) -> None:
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 6, COUNCIL_IRISH, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, f"{DISTRICT_IRISH}  |  {DISTRICT}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 4.5, ADDRESS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4.5, f"Tel: {PHONE}   Email: {EMAIL}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.4)
    pdf.line(LM, pdf.get_y(), pdf.w - RM, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(5)


def _build_agenda(path: Path) -> None:
    pdf = _new_doc(f"{DISTRICT} - Monthly Meeting - {DATE_TEXT} - Agenda")
    _masthead(pdf)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5.5, AGENDA_ISSUED, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 5.5, f"To: Each Member of {DISTRICT}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5.5, "A Chomhairleoir,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(
        0,
        5.5,
        f"You are hereby requested to attend the Monthly Meeting of {DISTRICT} which will be "
        f"held in {VENUE} on **{DATE_TEXT} at {START_TEXT}** Members who wish to attend "
        "remotely may do so via Microsoft Teams; the link has been issued by email.",
        align="J",
        markdown=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.multi_cell(
        0,
        5.5,
        "Notices of Motion for the May meeting must be received by the Meetings Administrator "
        "not later than 12 noon on Wednesday 14th May 2025.",
        align="J",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.cell(0, 5.5, "Is mise le meas,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 5.5, "Nuala Kerins", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.5, "Meetings Administrator", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "CLÁR / AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    width = pdf.w - LM - RM
    for number, title, parent, note in AGENDA:
        if pdf.get_y() > 255:
            pdf.add_page()
        indent = 0 if parent is None else 12
        label = 12
        pdf.set_font("Helvetica", "B" if parent is None else "", 10.5)
        pdf.set_x(LM + indent)
        pdf.cell(label, 5.5, f"{number}." if parent is None else number)
        pdf.multi_cell(
            width - indent - label, 5.5, title + (":" if number in MOTIONS else ""), new_x="LMARGIN", new_y="NEXT"
        )
        if note:
            pdf.set_font("Helvetica", "I", 9.5)
            pdf.set_x(LM + indent + label)
            pdf.multi_cell(width - indent - label, 5, note, new_x="LMARGIN", new_y="NEXT")
        if number in MOTIONS:
            pdf.set_font("Helvetica", "I", 10)
            pdf.set_x(LM + indent + label + 6)
            pdf.multi_cell(
                width - indent - label - 12, 5.2, f'"{MOTIONS[number][2]}"', align="J", new_x="LMARGIN", new_y="NEXT"
            )
        pdf.ln(2.5)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def _vote_lines(key: str) -> list[tuple[str, str]]:
    v = VOTES[key]

    def names(group: list[str]) -> str:
        if not group:
            return "-"
        return ("Cllr. " if len(group) == 1 else "Cllrs. ") + ", ".join(f"{member(s)[0][0]}. {s}" for s in group)

    return [
        (f"FOR ({len(v['yes'])}):", names(v["yes"])),
        (f"AGAINST ({len(v['no'])}):", names(v["no"])),
        (f"ABSTAIN ({len(v['abstain'])}):", names(v["abstain"])),
        (f"NOT PRESENT ({len(v['absent'])}):", names(v["absent"])),
    ]


def _and(names: list[str]) -> str:
    short = [f"{member(s)[0][0]}. {s}" for s in names]
    return short[0] if len(short) == 1 else ", ".join(short[:-1]) + " and " + short[-1]


def _build_minutes(path: Path) -> None:
    pdf = _new_doc(f"{DISTRICT} - Minutes of Monthly Meeting - {DATE_TEXT}")
    _masthead(pdf)
    width = pdf.w - LM - RM
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(
        0,
        5.8,
        f"MINUTES OF THE MONTHLY MEETING OF {DISTRICT.upper()} HELD IN THE COUNCIL CHAMBER, "
        f"CIVIC OFFICES, MAIN STREET, INISHRATH AND VIA MICROSOFT TEAMS ON {DATE_TEXT.upper()} AT "
        f"{START_TEXT.upper()}",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    chair = MEMBERS[0]
    others = sorted((m for m in MEMBERS[1:] if m[3] == "present"), key=lambda m: m[1])

    def member_text(m: tuple) -> str:
        extra = [x for x in (m[2], m[4]) if x]
        return f"{m[0]} {m[1]}" + (f" ({', '.join(extra)})" if extra else "")

    rows = [
        ("IN THE CHAIR:", [f"Cllr. {chair[0]} {chair[1]}, Cathaoirleach"]),
        ("MEMBERS PRESENT:", ["Cllrs. " + ", ".join(member_text(m) for m in others)]),
        ("ATTENDING REMOTELY:", [f"Cllr. {m[0]} {m[1]} (via Microsoft Teams)" for m in MEMBERS if m[3] == "virtual"]),
        ("APOLOGIES:", [f"Cllr. {m[0]} {m[1]}" for m in MEMBERS if m[3] == "apologies"]),
        ("OFFICIALS IN ATTENDANCE:", [f"{h} {f} {s}, {t}" for h, f, s, t in OFFICIALS]),
        ("ALSO PRESENT:", [f"{h} {f} {s}, {t} (item IMD 44/25)" for h, f, s, t in ALSO_PRESENT]),
    ]
    label_w = 58
    for label, lines in rows:
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_x(LM)
        pdf.cell(label_w, 5.3, label)
        pdf.set_font("Helvetica", "", 10)
        for i, line in enumerate(lines):
            if i:
                pdf.set_x(LM + label_w)
            pdf.multi_cell(width - label_w, 5.3, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(2)

    body_x = LM + LABEL
    body_w = width - LABEL
    for number, heading, _agenda, blocks in MINUTES:
        if number == "ADJ":
            pdf.set_font("Helvetica", "I", 10)
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, 5.3, heading, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            continue
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_x(LM)
        pdf.cell(LABEL, 5.6, number)
        pdf.multi_cell(body_w, 5.6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                pdf.set_font("Helvetica", "", 10)
                pdf.set_x(body_x)
                pdf.multi_cell(body_w, 5.2, block[1], align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
            elif kind == "i":
                pdf.set_font("Helvetica", "I", 10)
                pdf.set_x(body_x)
                pdf.multi_cell(body_w, 5.2, block[1], new_x="LMARGIN", new_y="NEXT")
            elif kind == "q":
                pdf.set_font("Helvetica", "I", 10)
                pdf.set_x(body_x + 8)
                pdf.multi_cell(body_w - 16, 5.2, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            elif kind == "list":
                pdf.set_font("Helvetica", "", 10)
                for line in block[1]:
                    bullet = not (line[0] in "(Q" or line[0].isdigit())
                    pdf.set_x(body_x + 6)
                    if bullet:
                        pdf.cell(5, 5.2, "-")
                        pdf.multi_cell(body_w - 11, 5.2, line, align="J", new_x="LMARGIN", new_y="NEXT")
                    else:
                        label, _sep, text = line.partition("  ")
                        pdf.cell(11, 5.2, label)
                        pdf.multi_cell(body_w - 17, 5.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(0.8)
            elif kind == "stack":
                _k, proposer, seconder, verb = block
                for label, value in (("Proposed by:", cllr(proposer)), ("Seconded by:", cllr(seconder)), (verb, "")):
                    pdf.set_x(body_x)
                    pdf.set_font("Helvetica", "B", 10)
                    pdf.cell(32, 5.2, label)
                    pdf.set_font("Helvetica", "", 10)
                    pdf.cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")
            elif kind == "vote":
                v = VOTES[block[1]]
                if v["style"] == "block":
                    for label, value in _vote_lines(block[1]):
                        pdf.set_x(body_x + 8)
                        pdf.set_font("Helvetica", "B", 10)
                        pdf.cell(38, 5.2, label)
                        pdf.set_font("Helvetica", "", 10)
                        pdf.multi_cell(body_w - 46, 5.2, value, new_x="LMARGIN", new_y="NEXT")
                elif v["style"] == "prose":
                    pdf.set_font("Helvetica", "", 10)
                    pdf.set_x(body_x)
                    text = (
                        f"Voting in favour of the motion were Cllrs. {_and(v['yes'])} ({len(v['yes'])}); "
                        f"voting against were Cllrs. {_and(v['no'])} ({len(v['no'])}); "
                        f"Cllr. {_and(v['abstain'])} abstained ({len(v['abstain'])}). "
                        f"Cllrs. {_and(v['absent'])} were absent."
                    )
                    pdf.multi_cell(body_w, 5.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
                else:
                    continue  # a show of hands is told in the paragraph above
            pdf.ln(2)
        pdf.ln(2.5)

    if pdf.get_y() > 250:
        pdf.add_page()
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    half = width / 2
    y = pdf.get_y()
    pdf.set_xy(LM, y)
    pdf.cell(half, 5.2, "Signed: ______________________________")
    pdf.cell(half, 5.2, "Signed: ______________________________", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(LM)
    pdf.cell(half, 5.2, "             Cathaoirleach")
    pdf.cell(half, 5.2, "             Meetings Administrator", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_x(LM)
    pdf.cell(half, 5.2, "Date:   ______________________________", new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    _build_agenda(agenda)
    _build_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------------------------


def _meeting() -> dict:
    return {
        "body": DISTRICT,
        "date": DATE_ISO,
        "start_time": START,
        "meeting_type": "Monthly Meeting",
        "contact": {"name": "Nuala Kerins", "phone": PHONE, "email": EMAIL},
    }


def _agenda_gold() -> list[dict]:
    items = []
    for number, title, parent, note in AGENDA:
        item = {"number": number, "title": title, "pages": None, "part": "public", "parent": parent}
        if note:
            item["note"] = note
        if number in MOTIONS:
            item["topics"] = [f'"{MOTIONS[number][2]}"']
        items.append(item)
    return items


def _vote_gold(v: dict) -> dict:
    record = {
        "item": v["item"],
        "motion": v["motion"],
        "mover": v["mover"],
        "seconder": v["seconder"],
        "result": v["result"],
    }
    if v["style"] == "hands":
        yes, no, abstain = v["counts"]
        record["counts"] = {"yes": yes, "no": no, "abstain": abstain}
        record["note"] = "Show of hands; only the figures are printed."
    else:
        record["counts"] = {
            "yes": len(v["yes"]),
            "no": len(v["no"]),
            "abstain": len(v["abstain"]),
            "absent": len(v["absent"]),
        }
        record["voters"] = {k: list(v[k]) for k in ("yes", "no", "abstain", "absent")}
    return record


def gold() -> dict:
    attendance = []
    for first, surname, role, status, remark in MEMBERS:
        rec = {"name": f"{first} {surname}", "status": status}
        if role:
            rec["role"] = role
        if remark:
            rec["note"] = remark
        attendance.append(rec)
    for _h, first, surname, title in OFFICIALS:
        attendance.append({"name": f"{first} {surname}", "status": "in_attendance", "role": title})
    for _h, first, surname, title in ALSO_PRESENT:
        attendance.append({"name": f"{first} {surname}", "status": "also_present", "role": title})

    items = [{"number": n, "title": h, "agenda_item": a} for n, h, a, _b in MINUTES if n != "ADJ"]

    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "IE",
        "notes": [
            "The country is given as IE (Ireland), which the README's list of UK / CA / US does not name.",
            "Top-level items print as '1.' and sub-items as '5.1' / '10.1'; numbers are given without the trailing "
            "dot and every 5.x and 10.x item takes its printed parent.",
            "Each notice of motion is titled by its heading line ('Motion No. 9/2025 in the name of Cllr. ...'), "
            "with the trailing colon dropped; the quoted motion text printed beneath it is kept in topics, not in "
            "the title.",
            "The italic line '(Notices dated 7th April 2025 circulated to all Members)' under item 5 is a note, "
            "not part of the title or an item.",
            "No page numbers are printed against the items, so pages is null; the whole agenda is public.",
            "The meeting date, start time and contact come from the summons letter above the Clar / Agenda.",
        ],
        "meeting": _meeting(),
        "agenda": _agenda_gold(),
    }

    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "IE",
        "notes": [
            "Minute numbers are printed as 'IMD 41/25' in the margin and are given exactly so; titles are the "
            "printed capitalised headings, joined where they wrap.",
            "Each minute's agenda_item is taken from the matching agenda heading, as the minutes print no agenda "
            "numbers; each notice of motion has its own minute and maps to its sub-item 10.x.",
            "The italic adjournment line between IMD 48/25 and IMD 49/25 has no number and is not a minute item.",
            "Resolutions count every 'resolved' clause that records a decision: IMD 41/25 (1), IMD 45/25 (1), "
            "IMD 46/25 (1), IMD 48/25 (3: lettered parts (a)-(c) under one RESOLVED), IMD 49/25 (2: numbered "
            "parts 1-2 under one 'resolved that'), IMD 50/25 (1, stacked 'And Resolved:'), IMD 52/25 (1), 10 in all.",
            "'The matter had since been resolved' in IMD 42/25 reports that a drainage problem was fixed and is not "
            "a resolution, so it is not counted.",
            "Outcomes recorded as 'agreed', 'noted', 'the motion was agreed' or 'deferred' (IMD 44/25, 47/25, 51/25, "
            "53/25, 55/25-57/25) are not counted, because these minutes do use the word resolved elsewhere.",
            "In IMD 46/25 the proposal is put, voted on and then recorded once as RESOLVED; that is one resolution, "
            "not two.",
            "The votes of sympathy and congratulations in IMD 43/25 and the unanimous adoption in IMD 52/25 print "
            "no figures or names and are not listed as votes.",
            "The recorded vote in IMD 46/25 prints NOT PRESENT (2): Cllrs. Brosnan (out of the room after declaring "
            "an interest) and McGlinchey (apologies); they are kept apart as absent.",
            "The show of hands in IMD 48/25 prints figures only (2 for, 5 against, no abstentions), so it has counts "
            "but no voters.",
            "The roll call in IMD 54/25 is told in prose; Cregan's abstention counts as 1 and the two absentees are "
            "kept apart as absent.",
            "Keaveney arrived at 10.20 a.m. and Brosnan left at 12.40 p.m.; both are recorded as present.",
            "Tierney attended via Microsoft Teams and is recorded as virtual; McGlinchey sent apologies.",
            "The officials, including Costigan who attended for IMD 49/25 only, are in_attendance with their "
            "printed job titles as roles.",
            "The Tidy Towns deputation (Darcy, Rafter) is also_present.",
            "The end time is taken from 'This concluded the business of the meeting at 1.15 p.m.'.",
        ],
        "meeting": {
            "body": DISTRICT,
            "date": DATE_ISO,
            "start_time": START,
            "end_time": END,
            "meeting_type": "Monthly Meeting",
        },
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": items,
            "resolutions": sum(RES.values()),
            "resolutions_per_item": dict(RES),
            "votes": [_vote_gold(VOTES[k]) for k in ("s183", "gma", "parking")],
            "attendance": attendance,
        },
    }
    return {
        "agendas__inishrath-md_monthly-meeting_2025-04-28_agenda": agenda_record,
        "minutes__inishrath-md_monthly-meeting_2025-04-28_minutes": minutes_record,
    }

"""Glenaskeagh Municipal District of Dunmara County Council (fictional), Ireland.

One ordinary monthly meeting (Monday 17th February 2025, 10.30am, Public Services Centre,
Glenaskeagh), printed in the house style of a Donegal municipal district:

* agendas/glenaskeagh-md_ordinary-meeting_2025-02-17_agenda.pdf - a bilingual "Fógra Cruinnithe"
  notice (Irish then English, divided by a row of asterisks) signed by the Meetings Administrator,
  then the AGENDA: numbered items, service reports as decimal sub-items (4.1 ... 4.6), a Part 8
  decision with its scheme described underneath, Section 183 disposals as 6.1 / 6.2, and a
  "Motions" banner over four motions, each printed as "Motion in the name of Cllr ..." with the
  motion's words in quotes below. Footer "Page No. n"; no page numbers against items.
* minutes/glenaskeagh-md_ordinary-meeting_2025-02-17_minutes.pdf - minutes numbered in the
  district's running annual series "GMD 19/25" ... "GMD 44/25" in a left column with upper-case
  headings; MEMBERS PRESENT, APOLOGIES, OFFICIALS PRESENT and IN ATTENDANCE are numbered minutes
  of their own, as in Donegal. Decisions are recorded mostly as "it was agreed" (on the proposal
  of / "Proposed by:" blocks), while the statutory decisions (Part 8, Section 183 disposals) are
  recorded as "it was resolved". Motions carry their written reply and end "proposed ...,
  seconded ... and adopted". A recorded vote (For / Against / Abstain with names) and a show of
  hands with figures only; a late arrival, a member attending remotely, a declaration of interest
  with the member leaving the chamber, a member leaving early, suspension of standing orders to
  take a presentation early, a lunch adjournment, a table of grant allocations, and a header /
  "Page n of N" footer on every page.

All people, places, amounts and wording are invented. Text is latin-1 (fadas allowed; "EUR" for
the euro sign, which latin-1 lacks).
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

STEM = "glenaskeagh-md_ordinary-meeting_2025-02-17"
AGENDA_FILE = f"agendas/{STEM}_agenda.pdf"
MINUTES_FILE = f"minutes/{STEM}_minutes.pdf"
CREATED = datetime(2025, 2, 18, 9, 0, tzinfo=timezone.utc)

COUNCIL = "DUNMARA COUNTY COUNCIL"
COUNCIL_GA = "COMHAIRLE CONTAE DHÚN MARA"
BODY = "Municipal District of Glenaskeagh"
BODY_GA = "Ceantar Bardasach Ghleann Eascach"
VENUE = "the Public Services Centre, Glenaskeagh"
DATE_ISO = "2025-02-17"
DATE_LONG = "Monday 17th February 2025"
START = "10:30"
END = "14:40"
ADMIN_EN = "Paul Mullan"
ADMIN_GA = "Pól Ó Maoláin"

# --------------------------------------------------------------------------- people

# (full name, surname as the minutes use it, role in brackets or None, status)
MEMBERS = [
    ("Pádraig Mac Giolla Bhríde", "Mac Giolla Bhríde", "Cathaoirleach", "present"),
    ("Siobhán Ní Bhriain", "Ní Bhriain", "Leas-Chathaoirleach", "present"),
    ("Declan McGettigan", "McGettigan", None, "present"),
    ("Rosaleen Harkin", "Harkin", None, "present"),
    ("Martin Devenney", "Devenney", None, "present"),
    ("Gráinne Ní Dhochartaigh", "Ní Dhochartaigh", None, "present"),
    ("Eunan Boyle", "Boyle", None, "virtual"),
]
MEMBER_APOLOGIES = [("Terence Sweeney", "Sweeney")]
OFFICER_APOLOGIES = [("Joe Gillespie", "Senior Engineer, Water & Environment")]

OFFICIALS = [
    ("Fionnuala Carr", "Director of Service, Community Development & Planning Services"),
    ("Ciarán Ó Domhnaill", "Area Manager, Housing & Corporate Services"),
    ("Niall Gildea", "S.E.E./Area Manager, Roads & Transportation"),
    ("Colm Breslin", "Executive Engineer, Roads & Transportation (for item GMD 35/25)"),
    ("Aidan Crerand", "Executive Planner"),
    ("Louise Temple", "Development Officer, Community Development"),
    ("Shane Friel", "A/Senior Executive Scientist, Water & Environment"),
    ("Maeve Doherty", "Business Advisor, Local Enterprise Office"),
    ("Bríd McCafferty", "Staff Officer, Housing & Corporate Services"),
]
GUESTS = [
    ("Dermot Lafferty", "Director, Tullagh Marine Consultants Ltd."),
    ("Helen Quigley", "Senior Marine Engineer, Tullagh Marine Consultants Ltd."),
]

# --------------------------------------------------------------------------- motions (agenda and minutes)

MOTIONS = {
    "9": (
        "Rosaleen Harkin",
        "That Dunmara County Council carries out a speed survey on the R263 at Drumkeeragh National School "
        "and, subject to its findings, installs flashing amber school warning signs on both approaches to "
        "the school before the start of the 2025/2026 school year.",
    ),
    "10": (
        "Declan McGettigan",
        "That this Municipal District calls on the Minister for Housing, Local Government and Heritage to "
        "increase the Vacant Property Refurbishment Grant for properties on the offshore islands of the "
        "District to reflect the additional cost of transporting materials and labour by sea.",
    ),
    "11": (
        "Siobhán Ní Bhriain",
        "That the Council engages with the National Transport Authority and TFI Local Link to extend the "
        "evening bus service between Glenaskeagh, Meenacross and Rossbeg to operate on Sundays.",
    ),
    "12": (
        "Martin Devenney",
        "That the Municipal District requests the Council to prepare a costed scheme for the provision of "
        "public toilets and changing facilities at Maghery Strand in time for the 2026 bathing season.",
    ),
}

# --------------------------------------------------------------------------- agenda

PART8_SCHEME = (
    "Proposed footpath, public lighting and traffic calming scheme at Main Street and Chapel Road, "
    "Drumkeeragh, Co. Dunmara."
)
# (number, title, parent, topics)
AGENDA = [
    (
        "1",
        "Consideration of Minutes of the Municipal District of Glenaskeagh Meeting held on 13th January 2025",
        None,
        [],
    ),
    (
        "2",
        "Consideration of Minutes of the Special Meeting of the Municipal District of Glenaskeagh held on "
        "27th January 2025 (Draft Schedule of Municipal District Works 2025)",
        None,
        [],
    ),
    ("3", "Matters Arising from the Minutes", None, []),
    ("4", "Update Reports from Council Services", None, []),
    ("4.1", "Roads & Transportation", "4", []),
    ("4.2", "Housing & Corporate Services", "4", []),
    ("4.3", "Community Development", "4", []),
    ("4.4", "Planning Services", "4", []),
    ("4.5", "Water & Environment", "4", []),
    ("4.6", "Economic Development, Information Systems & Emergency Services", "4", []),
    (
        "5",
        "Taking of decision pursuant to Part XI of the Planning and Development Act 2000 (as amended) and "
        "Part 8 of the Planning and Development Regulations 2001 (as amended)",
        None,
        [PART8_SCHEME],
    ),
    ("6", "Disposal of Land - Section 183 of the Local Government Act 2001", None, []),
    ("6.1", "To dispose of a plot of land (0.031 hectares) at Meenacross, Glenaskeagh to Ms Mary Curran", "6", []),
    (
        "6.2",
        "To dispose of the former pump-house site at Rossbeg, Glenaskeagh to Rossbeg Community Association CLG",
        "6",
        [],
    ),
    ("7", "Municipal District Community Support Grant Scheme 2025 - Allocations", None, []),
    (
        "8",
        "Presentation: Glenaskeagh Harbour Regeneration Feasibility Study - Tullagh Marine Consultants Ltd.",
        None,
        [],
    ),
    ("9", f"Motion in the name of Cllr {MOTIONS['9'][0]}", None, [MOTIONS["9"][1]]),
    ("10", f"Motion in the name of Cllr {MOTIONS['10'][0]}", None, [MOTIONS["10"][1]]),
    ("11", f"Motion in the name of Cllr {MOTIONS['11'][0]}", None, [MOTIONS["11"][1]]),
    ("12", f"Motion in the name of Cllr {MOTIONS['12'][0]}", None, [MOTIONS["12"][1]]),
    ("13", "Correspondence", None, []),
    ("14", "Any Other Business (with the agreement of the Cathaoirleach)", None, []),
    ("15", "Date of Next Meeting", None, []),
]
MOTIONS_BANNER_BEFORE = "9"

# --------------------------------------------------------------------------- votes

VOTES = {
    "GMD 35/25": {
        "kind": "recorded",
        "motion": "That the proposed development proceed as recommended in the Chief Executive's report",
        "mover": "McGettigan",
        "seconder": "Harkin",
        "yes": ["Mac Giolla Bhríde", "Ní Bhriain", "McGettigan", "Harkin", "Boyle"],
        "no": ["Devenney"],
        "abstain": ["Ní Dhochartaigh"],
        "result": "carried",
    },
    "GMD 39/25": {
        "kind": "hands",
        "motion": MOTIONS["10"][1],
        "mover": "McGettigan",
        "seconder": "Mac Giolla Bhríde",
        "counts": (4, 2, 0),
        "result": "carried",
    },
}

# --------------------------------------------------------------------------- grants table

GRANT_ROWS = [
    ("Sports clubs", 11, 17400),
    ("Community and residents' associations", 9, 13900),
    ("Tidy Towns and environmental groups", 6, 8100),
    ("Festivals and events", 7, 9300),
    ("Arts, heritage and Irish language groups", 5, 5500),
]
GRANT_BUDGET = 60000


def eur(amount: int) -> str:
    return f"EUR {amount:,}"


GRANT_TOTAL = sum(r[2] for r in GRANT_ROWS)
GRANT_COUNT = sum(r[1] for r in GRANT_ROWS)


def _names(surnames: list[str]) -> str:
    if len(surnames) == 1:
        return f"Cllr. {surnames[0]}"
    return "Cllrs. " + ", ".join(surnames[:-1]) + " and " + surnames[-1]


# --------------------------------------------------------------------------- minutes
# Blocks: ("p", text) paragraph; ("b", text) bold line; ("i", text) italic paragraph; ("bul", [..]) bullets;
# ("dec", text) a decision statement (counted once); ("decparts", intro, [parts]) each part counted;
# ("pb", [(label, value)]) a "Proposed by:" block whose last row is a decision (counted once);
# ("vote", number); ("table", ...) the grants table; ("note", text) an unnumbered line between minutes.


def _members_line() -> str:
    parts = []
    for full, _sur, role, status in MEMBERS:
        text = f"Cllr. {full}"
        if role:
            text += f" ({role})"
        if status == "virtual":
            text += " (attended remotely via Microsoft Teams)"
        parts.append(text)
    return ", ".join(parts[:-1]) + " and " + parts[-1] + "."


def _officials_line() -> str:
    return "; ".join(f"{n}, {t}" for n, t in OFFICIALS) + "."


def _motion_reply_blocks(number: str) -> list:
    name, text = MOTIONS[number]
    return [("b", f"Motion: Cllr. {name}"), ("i", f'"{text}"')]


MINUTES = [
    ("GMD 19/25", "MEMBERS PRESENT", None, [("p", _members_line())]),
    (
        "GMD 20/25",
        "APOLOGIES",
        None,
        [
            (
                "p",
                f"Apologies were received from Cllr. {MEMBER_APOLOGIES[0][0]} and from {OFFICER_APOLOGIES[0][0]}, "
                f"{OFFICER_APOLOGIES[0][1]}.",
            )
        ],
    ),
    ("GMD 21/25", "OFFICIALS PRESENT", None, [("p", _officials_line())]),
    (
        "GMD 22/25",
        "IN ATTENDANCE",
        None,
        [
            (
                "p",
                f"{GUESTS[0][0]}, {GUESTS[0][1].removesuffix(', Tullagh Marine Consultants Ltd.')}, and "
                f"{GUESTS[1][0]}, {GUESTS[1][1]} (for item GMD 28/25).",
            ),
            ("p", "Members of the press were also present."),
            ("p", "The meeting was chaired by Cllr. Pádraig Mac Giolla Bhríde, Cathaoirleach."),
        ],
    ),
    (
        "GMD 23/25",
        "VOTES OF SYMPATHY",
        None,
        [
            (
                "p",
                "The Cathaoirleach proposed a vote of sympathy to the family of the late Francie Gallagher, "
                "Meenacross, a former Chairman of Glenaskeagh Community Development Association and a long-serving "
                "member of the Rossbeg lifeboat crew. Cllr. Ní Bhriain proposed a vote of sympathy to Bríd "
                "McCafferty, Staff Officer, on the death of her uncle, Seamus Rodgers, Ardbane.",
            ),
            (
                "p",
                "The Members and officials present wished to be associated with the votes of sympathy and a minute's "
                "silence was observed.",
            ),
        ],
    ),
    (
        "GMD 24/25",
        "CONFIRMATION OF MINUTES - 13TH JANUARY 2025",
        "1",
        [
            (
                "dec",
                "On the proposal of Cllr. Devenney, seconded by Cllr. Ní Dhochartaigh, it was agreed to adopt the "
                "Minutes of the meeting of the Municipal District of Glenaskeagh held on 13th January 2025.",
            )
        ],
    ),
    (
        "GMD 25/25",
        "CONFIRMATION OF MINUTES - SPECIAL MEETING 27TH JANUARY 2025",
        "2",
        [
            (
                "p",
                "Cllr. McGettigan pointed out that minute GMD 16/25 recorded the allocation for the Carnaween to "
                "Lettermore road (L-6412-1) as EUR 58,000 whereas the figure agreed at the workshop had been "
                "EUR 85,000. The Area Manager, Roads & Transportation, confirmed that this was a typographical "
                "error and that EUR 85,000 was the correct figure in the Draft Schedule of Municipal District Works.",
            ),
            (
                "pb",
                [
                    ("Proposed by:", "Cllr. McGettigan"),
                    ("Seconded by:", "Cllr. Ní Bhriain"),
                    (
                        "",
                        "It was agreed to adopt the Minutes of the Special Meeting of the Municipal District of "
                        "Glenaskeagh held on 27th January 2025, subject to the above correction.",
                    ),
                ],
            ),
        ],
    ),
    (
        "GMD 26/25",
        "MATTERS ARISING FROM THE MINUTES",
        "3",
        [
            (
                "p",
                "Cllr. Ní Dhochartaigh sought an update on the gully cleaning on the Loughanure road which had been "
                "raised at the January meeting. Niall Gildea advised that the works had been completed on 29th "
                "January and that the outfall at Loughanure bridge had also been cleared. There were no other "
                "matters arising.",
            )
        ],
    ),
    (
        "GMD 27/25",
        "SUSPENSION OF STANDING ORDERS",
        None,
        [
            (
                "p",
                "The Cathaoirleach advised that the representatives of Tullagh Marine Consultants Ltd. were due "
                "at a meeting in Carrickbrack in the afternoon.",
            ),
            (
                "dec",
                "On the proposal of Cllr. Ní Bhriain, seconded by Cllr. Boyle, it was agreed to suspend Standing "
                "Orders to allow the presentation at Item 8 on the agenda to be taken at this point in the meeting.",
            ),
        ],
    ),
    (
        "GMD 28/25",
        "PRESENTATION - GLENASKEAGH HARBOUR REGENERATION FEASIBILITY STUDY",
        "8",
        [
            (
                "p",
                "The Cathaoirleach welcomed Dermot Lafferty and Helen Quigley of Tullagh Marine Consultants Ltd. "
                "to the meeting. Mr. Lafferty gave a presentation on the emerging findings of the feasibility "
                "study commissioned by the Council with funding under the Rural Regeneration and Development Fund. "
                "The main points of the presentation were as follows:",
            ),
            (
                "bul",
                [
                    "The existing pier (built 1892, extended 1968) is in fair structural condition but the "
                    "berthing face has lost approximately 30% of its pointing and the slipway is undermined at its "
                    "toe.",
                    "Three options were examined: (1) repair and re-point the existing structure; (2) repair plus a "
                    "new 45 metre pontoon for leisure craft and the island ferry; (3) option 2 plus a new "
                    "breakwater arm to the north-west.",
                    "Indicative costs range from EUR 1.2 million (option 1) to EUR 7.9 million (option 3), "
                    "excluding VAT and foreshore licensing.",
                    "Consultation with the island community, the fishing co-operative and Rossbeg Sailing Club "
                    "will take place during March 2025.",
                ],
            ),
            ("note", "Cllr. Harkin joined the meeting at 10.55am."),
            (
                "p",
                "Cllr. Boyle, speaking remotely, welcomed the study but stressed that the island ferry could not "
                "berth at low water on spring tides and that any option chosen must resolve this. Ms. Quigley "
                "advised that dredging of the approach channel to -2.5m chart datum formed part of options 2 and 3.",
            ),
            (
                "p",
                "Cllr. McGettigan and Cllr. Ní Dhochartaigh asked that the fishermen who use the harbour in winter "
                "be consulted separately, as many would be at sea during the March sessions. Cllr. Devenney asked "
                "whether the Council would seek funding under the Brexit Adjustment Reserve successor schemes; "
                "Fionnuala Carr advised that the funding strategy would be set out in the final report.",
            ),
            (
                "dec",
                "It was agreed that the final feasibility report would be circulated to Members and brought before "
                "the April meeting of the Municipal District for consideration.",
            ),
            (
                "p",
                "The Cathaoirleach thanked Mr. Lafferty and Ms. Quigley for their presentation and they left the "
                "meeting at 11.40am.",
            ),
        ],
    ),
    (
        "GMD 29/25",
        "ROADS & TRANSPORTATION",
        "4.1",
        [
            (
                "p",
                "The contents of the Roads & Transportation report as circulated with the agenda were taken as "
                "read. Niall Gildea, Area Manager, highlighted the following:",
            ),
            (
                "bul",
                [
                    "Winter maintenance: 41 gritting runs had been completed on the three priority routes since "
                    "1st November 2024 and salt stocks at the Glenaskeagh depot stood at 620 tonnes.",
                    "Schedule of Municipal District Works 2025: following the Special Meeting, the Schedule had been "
                    "submitted for adoption and restoration works would commence on the L-6412-1 in April.",
                    "Local Improvement Scheme: 17 applications had been received and site assessments were ongoing; "
                    "a ranked list would be brought to the April meeting.",
                    "Storm Éowyn clean-up: fallen trees had been cleared from all regional roads, with two local "
                    "roads at Ardbane and Cloghercor still subject to stop/go traffic control.",
                ],
            ),
            (
                "p",
                "Cllr. McGettigan raised the condition of the Drumkeeragh/Ardbane junction, where two collisions had "
                "occurred since Christmas, and asked that sightlines be improved as a matter of urgency. Mr. Gildea "
                "agreed to arrange a site inspection with the Road Safety Engineer.",
            ),
            (
                "p",
                "Cllr. Harkin asked when the public lighting fault at the Meenacross housing estate would be "
                "repaired. Mr. Gildea advised that the fault had been logged with the Council's public lighting "
                "contractor on 4th February and that the cable would be replaced within two weeks.",
            ),
            (
                "p",
                "Cllr. Devenney thanked the outdoor staff for their work during Storm Éowyn and asked that the "
                "Council write to ESB Networks regarding the length of time some households on the Cloghercor road "
                "were without power.",
            ),
            (
                "dec",
                "Following discussion, it was agreed that the Area Manager would arrange a site meeting with the "
                "Members at the Drumkeeragh/Ardbane junction before the March meeting.",
            ),
        ],
    ),
    (
        "GMD 30/25",
        "HOUSING & CORPORATE SERVICES",
        "4.2",
        [
            (
                "p",
                "The contents of the Housing & Corporate Services report as circulated were taken as read. Ciarán Ó "
                "Domhnaill, Area Manager, advised that there were 412 approved applicants on the social housing list "
                "for the District, that 9 allocations had been made since 1st January 2025 and that 6 vacant units "
                "were currently being refurbished. The 16-unit scheme at Ard Na Mara, Glenaskeagh, was on programme "
                "for handover in June 2025.",
            ),
            (
                "p",
                "Cllr. Ní Bhriain asked about the number of applicants on the island waiting lists. Mr. Ó Domhnaill "
                "advised that 14 applicants had listed an island as their first area of choice and that two "
                "Council-owned properties on Inis Caorach were included in the current refurbishment programme.",
            ),
        ],
    ),
    (
        "GMD 31/25",
        "COMMUNITY DEVELOPMENT",
        "4.3",
        [
            (
                "p",
                "Louise Temple, Development Officer, outlined the update report. The CLÁR 2025 call had opened on "
                "3rd February with a closing date of 28th March 2025, and the Community Development section would "
                "hold a funding clinic in the Public Services Centre on 5th March. Seven groups in the District had "
                "registered for the 2025 Tidy Towns competition.",
            ),
            (
                "p",
                "Cllr. Ní Dhochartaigh welcomed the funding clinic and asked that it also be held on Inis Caorach. "
                "Ms. Temple undertook to discuss dates with the island co-operative.",
            ),
        ],
    ),
    (
        "GMD 32/25",
        "PLANNING SERVICES",
        "4.4",
        [
            (
                "p",
                "Aidan Crerand, Executive Planner, presented the Planning Services report. In January 2025, 31 "
                "planning applications had been received for the District, 27 had been granted, 2 refused and 4 "
                "were the subject of further information requests. There were 12 live enforcement files.",
            ),
            (
                "p",
                "Cllr. Devenney raised concerns about the length of time taken to validate applications in the "
                "Gaeltacht area. Mr. Crerand advised that the average validation period in January was 6 working "
                "days and that a second technician had been assigned to the validation team from 10th February.",
            ),
        ],
    ),
    (
        "GMD 33/25",
        "WATER & ENVIRONMENT",
        "4.5",
        [
            (
                "p",
                "Shane Friel, A/Senior Executive Scientist, presented the report. The 2024 bathing water results "
                "for Maghery Strand and Rossbeg had both been classified as 'Excellent'. Eleven litter fines had "
                "been issued in the District in January and the anti-dumping initiative at Meenacross bog road had "
                "resulted in two prosecutions.",
            ),
            (
                "p",
                "Cllr. Boyle raised ongoing complaints about odours from the Glenaskeagh Wastewater Treatment Plant, "
                "particularly in the Chapel Road area, and stated that residents had been waiting since 2022 for the "
                "upgrade promised by Uisce Éireann.",
            ),
            (
                "dec",
                "It was agreed to write to Uisce Éireann requesting a timeline for the upgrade of the Glenaskeagh "
                "Wastewater Treatment Plant and inviting a representative to attend the April meeting.",
            ),
        ],
    ),
    (
        "GMD 34/25",
        "ECONOMIC DEVELOPMENT, INFORMATION SYSTEMS & EMERGENCY SERVICES",
        "4.6",
        [
            (
                "p",
                "Maeve Doherty, Business Advisor, Local Enterprise Office, outlined the supports available to "
                "businesses in the District, including the Trading Online Voucher and the Energy Efficiency Grant. "
                "Twenty-three local businesses had attended the 'Start Your Own Business' course in Glenaskeagh in "
                "January. The report also noted that the Glenaskeagh retained fire station had responded to 19 "
                "incidents in the period.",
            ),
            (
                "p",
                "Cllr. Harkin asked that the Local Enterprise Office consider holding a mentoring day for craft "
                "producers before the tourist season. Ms. Doherty agreed to bring this back to the office.",
            ),
        ],
    ),
    ("NOTE", "The meeting adjourned for lunch at 12.55pm and resumed at 1.35pm.", None, []),
    (
        "GMD 35/25",
        "PART 8 - FOOTPATH, PUBLIC LIGHTING AND TRAFFIC CALMING SCHEME, MAIN STREET AND CHAPEL ROAD, DRUMKEERAGH",
        "5",
        [
            (
                "p",
                "Colm Breslin, Executive Engineer, presented the Chief Executive's report prepared under Section "
                "179(3) of the Planning and Development Act 2000 (as amended), which had been circulated with the "
                "agenda. The proposal had been on public display from 2nd December 2024 to 17th January 2025 and 14 "
                "submissions had been received. The main issues raised were the loss of on-street parking, the "
                "location of the bus stop and surface water drainage at Chapel Road.",
            ),
            (
                "p",
                "The Chief Executive recommended that the development proceed with two modifications: the retention "
                "of four parking spaces outside the Post Office through a narrowing of the build-out, and the "
                "relocation of the bus stop 25 metres to the east opposite the community centre.",
            ),
            (
                "p",
                "Cllr. Devenney stated that he could not support a scheme that would still remove nine parking "
                "spaces from the Main Street and that the traders of Drumkeeragh had not been properly consulted. "
                "Cllr. McGettigan and Cllr. Harkin stated that the footpath was long overdue and that parents had "
                "campaigned for a safe route to the school for over ten years. Cllr. Ní Dhochartaigh asked whether "
                "the scheme could be phased; Mr. Breslin advised that the funding allocation from the National "
                "Transport Authority was for 2025 only.",
            ),
            (
                "p",
                "Cllr. McGettigan, seconded by Cllr. Harkin, proposed that the proposed development proceed as "
                "recommended in the Chief Executive's report. Cllr. Devenney called for a vote, the result of which "
                "was as follows:",
            ),
            ("vote", "GMD 35/25"),
            (
                "dec",
                "The Cathaoirleach declared the proposal carried and it was therefore resolved that the proposed "
                "footpath, public lighting and traffic calming scheme at Main Street and Chapel Road, Drumkeeragh, "
                "proceed in accordance with the recommendation of the Chief Executive, including the modifications "
                "set out in the report.",
            ),
        ],
    ),
    (
        "GMD 36/25",
        "DISPOSAL OF LAND - SECTION 183 OF THE LOCAL GOVERNMENT ACT 2001",
        "6",
        [
            ("b", "6.1 Plot of land at Meenacross, Glenaskeagh"),
            (
                "p",
                "Notice under Section 183 of the Local Government Act 2001 had been circulated to Members on 3rd "
                "February 2025. Ciarán Ó Domhnaill advised that the plot adjoins Ms. Curran's dwelling and is to be "
                "used as a garden.",
            ),
            (
                "dec",
                "On the proposal of Cllr. Ní Dhochartaigh, seconded by Cllr. Boyle, it was resolved to approve the "
                "disposal of a plot of land (0.031 hectares) at Meenacross, Glenaskeagh, to Ms. Mary Curran for the "
                "sum of EUR 4,500, in accordance with the notice circulated.",
            ),
            ("b", "6.2 Former pump-house site at Rossbeg, Glenaskeagh"),
            (
                "p",
                "Cllr. Ní Bhriain welcomed the proposal, which would allow the Association to develop a storage "
                "base for the Rossbeg community first responders.",
            ),
            (
                "dec",
                "On the proposal of Cllr. Ní Bhriain, seconded by Cllr. Devenney, it was resolved to approve the "
                "disposal of the former pump-house site at Rossbeg, Glenaskeagh, to Rossbeg Community Association "
                "CLG for a nominal consideration of EUR 1, subject to the site being used for community purposes.",
            ),
        ],
    ),
    (
        "GMD 37/25",
        "MUNICIPAL DISTRICT COMMUNITY SUPPORT GRANT SCHEME 2025",
        "7",
        [
            (
                "p",
                "Cllr. Devenney declared an interest in the application from Glenaskeagh Gaels GAA Club, of which he "
                "is Treasurer, and left the chamber for the duration of this item in accordance with Part 15 of the "
                "Local Government Act 2001.",
            ),
            (
                "p",
                f"Louise Temple, Development Officer, advised that {GRANT_COUNT} eligible applications had been "
                f"received against a budget of {eur(GRANT_BUDGET)}. The recommended allocations, summarised below, "
                "had been assessed against the published criteria and the full schedule had been circulated with "
                "the agenda.",
            ),
            ("table", None),
            (
                "decparts",
                "On the proposal of Cllr. Ní Bhriain, seconded by Cllr. Harkin, it was agreed:",
                [
                    f"(a) to approve the allocations as set out in the schedule circulated with the agenda, "
                    f"totalling {eur(GRANT_TOTAL)};",
                    f"(b) to ring-fence the balance of {eur(GRANT_BUDGET - GRANT_TOTAL)} for a second call for "
                    "applications from island and Gaeltacht groups, to close on 30th May 2025;",
                    "(c) that all groups be required to draw down their grants by 31st October 2025.",
                ],
            ),
            ("note", "Cllr. Devenney returned to the meeting at 2.00pm. Cllr. Ní Bhriain left the meeting at 2.05pm."),
        ],
    ),
    (
        "GMD 38/25",
        "MOTION - CLLR. ROSALEEN HARKIN",
        "9",
        _motion_reply_blocks("9")
        + [
            (
                "p",
                "Reply: The Roads & Transportation section will carry out a speed survey on both approaches to "
                "Drumkeeragh National School during March 2025 using automatic traffic counters. The results will "
                "be assessed against the Council's School Zone Guidelines and, where warranted, flashing school "
                "warning signs will be included in the 2025 Low Cost Safety Scheme submission to the Department.",
            ),
            (
                "p",
                "Cllr. Harkin thanked the Area Manager for the reply and asked that the survey results be shared "
                "with the school's Board of Management. The motion was proposed by Cllr. Harkin, seconded by Cllr. "
                "Boyle and adopted.",
            ),
        ],
    ),
    (
        "GMD 39/25",
        "MOTION - CLLR. DECLAN McGETTIGAN",
        "10",
        _motion_reply_blocks("10")
        + [
            (
                "p",
                "Reply: The Vacant Property Refurbishment Grant is a national scheme administered by the Council on "
                "behalf of the Department of Housing, Local Government and Heritage. The maximum grant for a "
                "property on an offshore island not connected by bridge is currently set by the Department and any "
                "change is a matter for the Minister. Housing & Corporate Services will forward the Members' "
                "views should the motion be adopted.",
            ),
            (
                "p",
                "Cllr. Ní Dhochartaigh and Cllr. Devenney stated that, while they supported the aim of the motion, "
                "it should be brought before the full Council so that the case could be made for all of the "
                "county's islands. Cllr. McGettigan declined to withdraw the motion, which was seconded by the "
                "Cathaoirleach.",
            ),
            ("vote", "GMD 39/25"),
        ],
    ),
    (
        "GMD 40/25",
        "MOTION - CLLR. SIOBHÁN NÍ BHRIAIN",
        "11",
        _motion_reply_blocks("11")
        + [
            (
                "dec",
                "As Cllr. Ní Bhriain had left the meeting, it was agreed, on the proposal of Cllr. Harkin, seconded "
                "by Cllr. McGettigan, to defer the motion to the March meeting of the Municipal District.",
            ),
        ],
    ),
    (
        "GMD 41/25",
        "MOTION - CLLR. MARTIN DEVENNEY",
        "12",
        _motion_reply_blocks("12")
        + [
            (
                "p",
                "Reply: Fionnuala Carr, Director of Service, advised that there is no provision in the 2025 budget "
                "for public toilets at Maghery Strand. The Community Development section will prepare an outline "
                "design and cost estimate, including options for a modular unit, and will examine the funding "
                "available under the Platforms for Growth and Outdoor Recreation Infrastructure schemes.",
            ),
            (
                "p",
                "Cllr. Devenney said that up to 2,000 people used the strand on fine days in July and August and "
                "that the lack of facilities was damaging the area. The motion was proposed by Cllr. Devenney, "
                "seconded by Cllr. Ní Dhochartaigh and adopted.",
            ),
            (
                "dec",
                "It was further agreed that the Director of Service would write to Fáilte Ireland seeking its "
                "support for the inclusion of Maghery Strand in the next round of the Platforms for Growth programme.",
            ),
        ],
    ),
    (
        "GMD 42/25",
        "CORRESPONDENCE",
        "13",
        [
            ("p", "Bríd McCafferty, Staff Officer, referred Members to the following correspondence:"),
            (
                "bul",
                [
                    "Letter dated 22nd January 2025 from the Office of the Minister for Rural and Community "
                    "Development acknowledging the Municipal District's letter regarding the CLÁR programme.",
                    "Email dated 30th January 2025 from Transport Infrastructure Ireland regarding the N56 "
                    "Glenaskeagh to Meenacross realignment, advising that the scheme remains at Phase 2 (Options "
                    "Selection).",
                    "Letter dated 6th February 2025 from ESB Networks regarding the restoration of supply following "
                    "Storm Éowyn.",
                ],
            ),
            ("p", "The correspondence had been circulated to Members in advance of the meeting."),
        ],
    ),
    (
        "GMD 43/25",
        "ANY OTHER BUSINESS",
        "14",
        [
            (
                "p",
                "Cllr. Boyle reported storm damage to the landing steps at Rossbeg pier. Mr. Gildea advised that the "
                "Marine Engineer would inspect the steps during the week of 24th February.",
            ),
            (
                "p",
                "Cllr. Ní Dhochartaigh asked that all new road signage in the Gaeltacht area of the District be "
                "erected in Irish only, in line with the Placenames Order. Mr. Gildea confirmed that this was "
                "already Council policy.",
            ),
        ],
    ),
    (
        "GMD 44/25",
        "DATE OF NEXT MEETING",
        "15",
        [
            (
                "dec",
                "It was agreed that the next meeting of the Municipal District of Glenaskeagh would be held on "
                "Monday 24th March 2025 at 10.30am in the Public Services Centre, Glenaskeagh.",
            ),
            ("p", "This concluded the business of the meeting at 2.40pm."),
        ],
    ),
]


def _resolutions(blocks: list) -> int:
    count = 0
    for block in blocks:
        if block[0] == "dec":
            count += 1
        elif block[0] == "decparts":
            count += len(block[2])
        elif block[0] == "pb":
            count += 1
    return count


# --------------------------------------------------------------------------- rendering


class _AgendaPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 9)
        self.cell(0, 6, f"Page No. {self.page_no()}", align="C")


class _MinutesPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_xy(20, 10)
        self.cell(85, 5, "Dunmara County Council")
        self.cell(85, 5, "Municipal District of Glenaskeagh - 17th February 2025", align="R")
        self.line(20, 15.5, 190, 15.5)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")


def _new(cls) -> FPDF:
    pdf = cls(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.set_author("Dunmara County Council")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, 22)
    return pdf


def _render_agenda(path: Path) -> None:
    pdf = _new(_AgendaPDF)
    pdf.set_title("Glenaskeagh Municipal District - Agenda 17th February 2025")
    pdf.add_page()
    lh = 5.5
    # Irish notice
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, COUNCIL_GA, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, BODY_GA, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, lh, "Oifig Riarthóir na gCruinnithe", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, lh, "Áras an Chontae", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, lh, "An Charraig Bhreac", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, lh, "11ú Feabhra 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "FÓGRA CRUINNITHE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        lh,
        "Beidh Cruinniú de Cheantar Bardasach Ghleann Eascach ar siúl Dé Luain 17ú Feabhra 2025, ag 10.30 r.n. "
        "san Ionad Seirbhísí Poiblí, Gleann Eascach.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, lh, "DO GACH BHALL DE CHEANTAR BARDASACH GHLEANN EASCACH", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.ln(1)
    pdf.cell(0, lh, "A Chara,", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(
        0,
        lh,
        "Iarrtar ort a bheith i láthair ag an gcruinniú seo de Cheantar Bardasach Ghleann Eascach. Tá Clár an "
        "Chruinnithe faoi iamh.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(1)
    pdf.cell(0, lh, "Mise, le meas,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, lh, ADMIN_GA, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, lh, "Riarthóir Cruinnithe", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Courier", "", 10)
    pdf.cell(0, lh, "*" * 68, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    # English notice
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, BODY, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for line in ("Office of Meetings Administrator", "County House", "Carrickbrack"):
        pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, lh, "11th February 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "NOTICE OF MEETING", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        lh,
        f"The next Meeting of the {BODY} will be held on {DATE_LONG}, at 10.30 a.m. in {VENUE}.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, lh, "TO EACH MEMBER OF THE MUNICIPAL DISTRICT OF GLENASKEAGH", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.ln(1)
    pdf.cell(0, lh, "Dear Councillor,", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(
        0,
        lh,
        f"You are summoned to attend this meeting of the {BODY}. The Agenda is attached. Reports from Council "
        "Services are enclosed in the colour coded sections of the meeting pack.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(1)
    pdf.cell(0, lh, "Yours sincerely,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, lh, ADMIN_EN, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, lh, "Meetings Administrator", new_x="LMARGIN", new_y="NEXT")

    # agenda
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    previous_parent = None
    for number, title, parent, topics in AGENDA:
        if previous_parent and not parent:
            pdf.ln(2)
        previous_parent = parent
        if number == MOTIONS_BANNER_BEFORE:
            pdf.ln(2)
            pdf.set_font("Helvetica", "BU", 11)
            pdf.cell(0, 7, "Motions", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        indent = 30 if parent else 20
        num_w = 12 if parent else 10
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.set_x(indent)
        pdf.set_font("Helvetica", "B" if not parent else "", 10.5)
        pdf.cell(num_w, 6, f"{number}." if not parent else number)
        pdf.set_left_margin(indent + num_w)
        pdf.multi_cell(0, 6, title + ":" if number == "4" else title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for topic in topics:
            pdf.ln(1)
            quoted = topic if title.startswith("Taking") else f'"{topic}"'
            pdf.set_font("Helvetica", "I" if quoted.startswith('"') else "", 10)
            pdf.multi_cell(0, 5.5, quoted, new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(20)
        pdf.ln(2.5 if not parent else 1)
    pdf.output(str(path))


def _render_minutes(path: Path) -> None:
    pdf = _new(_MinutesPDF)
    pdf.set_title("Minutes - Glenaskeagh Municipal District - 17th February 2025")
    pdf.add_page()
    lh = 5.2
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, COUNCIL_GA, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(
        0,
        6,
        "MINUTES OF MEETING OF THE MUNICIPAL DISTRICT OF GLENASKEAGH HELD IN THE PUBLIC SERVICES CENTRE, "
        "GLENASKEAGH ON MONDAY 17TH FEBRUARY 2025 AT 10.30AM",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    body_x = 48
    for number, title, _agenda, blocks in MINUTES:
        if number == "NOTE":
            pdf.set_font("Helvetica", "I", 10)
            pdf.set_left_margin(body_x)
            pdf.multi_cell(0, lh, title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(20)
            pdf.ln(3)
            continue
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_x(20)
        pdf.cell(body_x - 20, lh, number)
        pdf.set_left_margin(body_x)
        pdf.multi_cell(0, lh, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for block in blocks:
            kind = block[0]
            if kind in ("p", "dec"):
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(0, lh, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "b":
                pdf.set_font("Helvetica", "B", 10)
                pdf.multi_cell(0, lh, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            elif kind == "i":
                pdf.set_font("Helvetica", "I", 10)
                pdf.multi_cell(0, lh, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "note":
                pdf.set_font("Helvetica", "I", 10)
                pdf.multi_cell(0, lh, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "bul":
                pdf.set_font("Helvetica", "", 10)
                for text in block[1]:
                    pdf.set_x(body_x + 2)
                    pdf.cell(5, lh, "-")
                    pdf.set_left_margin(body_x + 7)
                    pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_left_margin(body_x)
                    pdf.ln(0.8)
                pdf.ln(1.5)
            elif kind == "pb":
                for label, value in block[1]:
                    pdf.set_font("Helvetica", "B", 10)
                    if label:
                        pdf.cell(28, lh, label)
                        pdf.set_font("Helvetica", "", 10)
                        pdf.cell(0, lh, value, new_x="LMARGIN", new_y="NEXT")
                    else:
                        pdf.set_font("Helvetica", "", 10)
                        pdf.ln(1)
                        pdf.multi_cell(0, lh, value, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "decparts":
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(0, lh, block[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
                for part in block[2]:
                    label, text = part.split(" ", 1)
                    pdf.set_x(body_x + 4)
                    pdf.cell(8, lh, label)
                    pdf.set_left_margin(body_x + 12)
                    pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT")
                    pdf.set_left_margin(body_x)
                    pdf.ln(0.8)
                pdf.ln(1.5)
            elif kind == "vote":
                vote = VOTES[block[1]]
                pdf.set_font("Helvetica", "", 10)
                if vote["kind"] == "recorded":
                    for label, key in (("For", "yes"), ("Against", "no"), ("Abstain", "abstain")):
                        names = vote[key]
                        pdf.set_x(body_x + 4)
                        pdf.set_font("Helvetica", "B", 10)
                        pdf.cell(26, lh, f"{label} ({len(names)}):")
                        pdf.set_font("Helvetica", "", 10)
                        pdf.set_left_margin(body_x + 30)
                        pdf.multi_cell(0, lh, _names(names), new_x="LMARGIN", new_y="NEXT")
                        pdf.set_left_margin(body_x)
                    pdf.ln(2)
                else:
                    yes, no, _abst = vote["counts"]
                    pdf.multi_cell(
                        0,
                        lh,
                        f"The motion was put to a show of hands: {yes} Members voted in favour and {no} against, "
                        "with no abstentions. The Cathaoirleach declared the motion carried.",
                        new_x="LMARGIN",
                        new_y="NEXT",
                    )
                    pdf.ln(2)
            elif kind == "table":
                widths = (70, 36, 36)
                pdf.set_font("Helvetica", "B", 9)
                for w, head in zip(widths, ("Category", "No. of applications", "Amount recommended")):
                    pdf.cell(w, 6, head, border=1, align="C" if w != widths[0] else "L")
                pdf.ln(6)
                pdf.set_font("Helvetica", "", 9)
                for cat, n, amount in GRANT_ROWS:
                    pdf.cell(widths[0], 5.5, cat, border=1)
                    pdf.cell(widths[1], 5.5, str(n), border=1, align="C")
                    pdf.cell(widths[2], 5.5, eur(amount), border=1, align="R")
                    pdf.ln(5.5)
                pdf.set_font("Helvetica", "B", 9)
                pdf.cell(widths[0], 5.5, "Total", border=1)
                pdf.cell(widths[1], 5.5, str(GRANT_COUNT), border=1, align="C")
                pdf.cell(widths[2], 5.5, eur(GRANT_TOTAL), border=1, align="R")
                pdf.ln(8)
        pdf.set_left_margin(20)
        pdf.ln(2)

    # signature block
    if pdf.get_y() > 235:
        pdf.add_page()
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(85, 6, "Signed: ____________________________")
    pdf.cell(85, 6, "Signed: ____________________________", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(85, 6, "             Cathaoirleach")
    pdf.cell(85, 6, "             Meetings Administrator", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(85, 6, "Date:   ____________________________", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    paths = []
    for rel, render in ((AGENDA_FILE, _render_agenda), (MINUTES_FILE, _render_minutes)):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        render(path)
        paths.append(path)
    return paths


# --------------------------------------------------------------------------- gold


def _agenda_gold() -> list[dict]:
    items = []
    for number, title, parent, topics in AGENDA:
        item = {"number": number, "title": title, "pages": None, "part": "public", "parent": parent}
        if topics:
            item["topics"] = topics
        if number in MOTIONS:
            item["section"] = "Motions"
        items.append(item)
    return items


def _attendance_gold() -> list[dict]:
    people = []
    for full, _sur, role, status in MEMBERS:
        entry = {"name": full, "status": status}
        if role:
            entry["role"] = role
        people.append(entry)
    for full, _sur in MEMBER_APOLOGIES:
        people.append({"name": full, "status": "apologies"})
    for full, role in OFFICER_APOLOGIES:
        people.append({"name": full, "status": "apologies", "role": role})
    for full, role in OFFICIALS:
        people.append({"name": full, "status": "in_attendance", "role": role})
    for full, role in GUESTS:
        people.append({"name": full, "status": "also_present", "role": role})
    return people


def _votes_gold() -> list[dict]:
    votes = []
    for item, vote in VOTES.items():
        if vote["kind"] == "recorded":
            counts = {"yes": len(vote["yes"]), "no": len(vote["no"]), "abstain": len(vote["abstain"])}
            record = {
                "item": item,
                "result": vote["result"],
                "counts": counts,
                "voters": {"yes": vote["yes"], "no": vote["no"], "abstain": vote["abstain"]},
                "note": "Recorded vote printed For / Against / Abstain with the councillors named.",
            }
        else:
            yes, no, abstain = vote["counts"]
            record = {
                "item": item,
                "result": vote["result"],
                "counts": {"yes": yes, "no": no, "abstain": abstain},
                "note": "Show of hands; figures only, 'no abstentions' printed.",
            }
        record.update({"motion": vote["motion"], "mover": vote["mover"], "seconder": vote["seconder"]})
        votes.append(record)
    return votes


def gold() -> dict:
    meeting = {"body": BODY, "date": DATE_ISO, "start_time": START}
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "IE",
        "notes": [
            "The bilingual notice of meeting (Irish then English) on page 1 is not agenda content; items start "
            "at the AGENDA heading on page 2.",
            "Service reports 4.1-4.6 and the disposals 6.1-6.2 are sub-items with parent 4 and 6 respectively.",
            "'Motions' is an unnumbered banner over items 9-12, recorded as section, not as an item.",
            "Each motion item's title is the printed 'Motion in the name of Cllr ...' line; the quoted motion "
            "text below it is kept in topics.",
            "The Part 8 scheme description printed under item 5 is a topic line, not an item.",
            "The colon printed after 'Update Reports from Council Services' is dropped from the title.",
            "No page numbers are printed against items, so pages are null.",
        ],
        "meeting": meeting,
        "agenda": _agenda_gold(),
    }

    items = []
    per_item = {}
    for number, title, agenda_item, blocks in MINUTES:
        if number == "NOTE":
            continue
        items.append({"number": number, "title": title, "agenda_item": agenda_item})
        count = _resolutions(blocks)
        if count:
            per_item[number] = count
    total = sum(per_item.values())
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "IE",
        "notes": [
            "Minute numbers are printed in the district's running annual series (GMD 19/25 ... GMD 44/25) and "
            "are kept exactly as printed.",
            "MEMBERS PRESENT, APOLOGIES, OFFICIALS PRESENT and IN ATTENDANCE are numbered minutes, so they are "
            "items with no agenda_item.",
            "GMD 27/25 (suspension of standing orders) has no agenda item; GMD 28/25 is the presentation at "
            "agenda item 8, taken early.",
            "The lunch adjournment line between GMD 34/25 and GMD 35/25 is unnumbered and is not an item.",
            "Decisions are mostly recorded as 'it was agreed' with the statutory ones as 'it was resolved', so "
            f"resolutions count every agreed and resolved decision statement: {total} in all.",
            "The 'Proposed by: / Seconded by: / It was agreed' block at GMD 25/25 counts as one decision.",
            "GMD 37/25 'it was agreed:' with parts (a), (b), (c) counts three.",
            "GMD 36/25 holds two separate 'it was resolved' disposals (6.1 and 6.2) and counts two; its bold "
            "'6.1' / '6.2' lines are agenda references inside the minute, not minute items.",
            "Motions ending 'proposed ..., seconded ... and adopted' (GMD 38/25, GMD 41/25) and the motion "
            "carried on a show of hands (GMD 39/25) are not counted, as a motion never counts because it carried.",
            "GMD 41/25 'It was further agreed' to write to Fáilte Ireland is a decision of its own and counts one.",
            "An officer 'agreed to arrange' / 'agreed to bring this back' (GMD 29/25, GMD 34/25) is an "
            "undertaking, not a decision of the Members, and is not counted.",
            "The GMD 35/25 resolution follows the recorded vote and counts one; the Chief Executive's "
            "modifications are described in the report text, not as lettered parts.",
            "Cllr Boyle attended remotely via Microsoft Teams and is recorded as virtual.",
            "Cllr Harkin arrived at 10.55am and Cllr Ní Bhriain left at 2.05pm; both are present.",
            "Joe Gillespie's apology is an officer's apology, recorded with status apologies.",
            "The Tullagh Marine Consultants representatives in GMD 22/25 are also_present; the unnamed press "
            "are not recorded.",
            "Bríd McCafferty and Colm Breslin, named in the officials list, are in_attendance even though one "
            "attended for a single item.",
            "The GMD 39/25 show of hands printed '4 Members voted in favour and 2 against, with no "
            "abstentions', so abstain is 0.",
            "End time 14:40 is taken from 'This concluded the business of the meeting at 2.40pm'.",
        ],
        "meeting": dict(meeting, end_time=END),
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": items,
            "resolutions": total,
            "resolutions_per_item": per_item,
            "votes": _votes_gold(),
            "attendance": _attendance_gold(),
        },
    }
    return {
        f"agendas__{STEM}_agenda": agenda_record,
        f"minutes__{STEM}_minutes": minutes_record,
    }

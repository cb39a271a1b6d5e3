"""Kingsbarrow Town Council (fictional market town in Wiltshire): Planning and Environment Committee, 30 June 2025.

Two files, printed the way a small Wiltshire town council clerk prints them from a word processor:

* agendas/kingsbarrow-town-council_planning-and-environment-committee_2025-06-30_agenda.pdf - the summons:
  letterhead, the committee membership, "You are hereby summoned", the clerk's signature, a boxed note on
  public participation and recording, then the agenda: items "1." to "17." with bold Title Case headings and a
  line of explanatory text under each; sub-items as "a)" / "b)" (declarations, working group) and "7.1" /
  "10.1" (planning applications, consultations); a "CONFIDENTIAL ITEM" banner before the last item, which is
  taken after the Public Bodies (Admission to Meetings) Act 1960 exclusion. No page numbers per item.
* minutes/kingsbarrow-town-council_planning-and-environment-committee_2025-06-30_minutes.pdf - the minutes:
  attendance block (Present / Substitute / In attendance / Also present), apologies and absence recorded in
  the first minute, minute numbers of the form "PE/25/030" in a left column with UPPERCASE headings, planning
  applications as lettered paragraphs "(a)".."(f)" inside one minute, decisions recorded as "RESOLVED:" /
  "it was RESOLVED" (with numbered or lettered parts where the decision has several), a stray "Noted" and
  "Members agreed" that are not resolutions, votes printed three ways (show of hands in a sentence, a
  recorded vote with names, figures in brackets after RESOLVED), a late arrival, a member and an officer
  leaving the room, an adjournment for public participation, agenda item 13 brought forward before item 12,
  and a running header plus "Chair's initials" / "Page X of Y" footer.

All data (people, items, applications, decisions, votes) live in module-level structures from which both the
PDFs and the gold are produced.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

SLUG = "kingsbarrow-town-council_planning-and-environment-committee_2025-06-30"
AGENDA_FILE = f"agendas/{SLUG}_agenda.pdf"
MINUTES_FILE = f"minutes/{SLUG}_minutes.pdf"

COUNCIL = "KINGSBARROW TOWN COUNCIL"
COMMITTEE = "Planning and Environment Committee"
ADDRESS = "The Corn Exchange, Market Place, Kingsbarrow, Wiltshire"
PHONE = "01632 960412"
EMAIL = "clerk@kingsbarrow-tc.gov.uk"
WEB = "www.kingsbarrow-tc.gov.uk"
CLERK = "Helen Brackley"

MEETING = {"date": "2025-06-30", "start_time": "19:00", "end_time": "21:31"}

# ---------------------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------------------

# committee membership as printed on the summons (initial + surname, as the clerk prints it there)
MEMBERSHIP = [
    "Cllr M Aldous (Chair)",
    "Cllr T Greenslade (Vice-Chair)",
    "Cllr M Coles",
    "Cllr P Hiscock",
    "Cllr K Lusty",
    "Cllr A Mistry",
    "Cllr J Pridham",
    "Cllr N Tarrant (Town Mayor, ex officio)",
    "Cllr S Whitcombe",
]

# the attendance block of the minutes: (label, printed line, gold name, status, role)
ATTENDANCE_BLOCK = [
    ("Present:", "Cllr Margaret Aldous (Chair)", "Margaret Aldous", "present", "Chair"),
    ("", "Cllr Tom Greenslade (Vice-Chair)", "Tom Greenslade", "present", "Vice-Chair"),
    ("", "Cllr Peter Hiscock (left at 8.52pm, after minute PE/25/040)", "Peter Hiscock", "present", None),
    ("", "Cllr Anjali Mistry (arrived at 7.25pm, during minute PE/25/033)", "Anjali Mistry", "present", None),
    ("", "Cllr Nick Tarrant (Town Mayor, ex officio)", "Nick Tarrant", "present", "Town Mayor, ex officio"),
    ("", "Cllr Sue Whitcombe", "Sue Whitcombe", "present", None),
    ("Substitute:", "Cllr Gail Fairweather (for Cllr Kevin Lusty)", "Gail Fairweather", "substitute", None),
    ("In attendance:", "Mrs Helen Brackley (Town Clerk)", "Helen Brackley", "in_attendance", "Town Clerk"),
    (
        "",
        "Mr Owen Treloar (Planning and Projects Officer)",
        "Owen Treloar",
        "in_attendance",
        "Planning and Projects Officer",
    ),
    (
        "",
        "Miss Rachel Venn (Committee Administrator - minutes)",
        "Rachel Venn",
        "in_attendance",
        "Committee Administrator",
    ),
    (
        "Also present:",
        "Wiltshire Cllr Brian Saltmarsh (Kingsbarrow East Division) - until 9.05pm",
        "Brian Saltmarsh",
        "also_present",
        "Wiltshire Councillor, Kingsbarrow East Division",
    ),
    (
        "",
        "PCSO Lauren Hext (Wiltshire Police) - for minute PE/25/033 only",
        "Lauren Hext",
        "also_present",
        "PCSO, Wiltshire Police",
    ),
    (
        "",
        "14 members of the public and 1 representative of the press (Kingsbarrow & District Gazette)",
        None,
        None,
        None,
    ),
]

# recorded in minute PE/25/030 rather than in the block above
APOLOGIES = [
    ("Kevin Lusty", "work commitments"),
    ("Jenny Pridham", "family reasons"),
]
ABSENT = ["Martin Coles"]

# ---------------------------------------------------------------------------------------------------------------
# Planning applications (agenda 7.1 - 7.6, minute PE/25/036 (a) - (f))
# ---------------------------------------------------------------------------------------------------------------

APPLICATIONS = [
    {
        "no": "7.1",
        "letter": "a",
        "ref": "PL/2025/04187",
        "address": "14 Tanners Lane",
        "proposal": "Single storey rear extension and conversion of integral garage to habitable room",
    },
    {
        "no": "7.2",
        "letter": "b",
        "ref": "PL/2025/04302 and PL/2025/04303 (Listed Building Consent)",
        "address": "The Old Forge, 22 Bridge Street",
        "proposal": "Change of use of ground floor from shop (Class E(a)) to cafe (Class E(b)), installation of "
        "extraction flue to rear elevation and internal alterations",
    },
    {
        "no": "7.3",
        "letter": "c",
        "ref": "PL/2025/04455",
        "address": "Land north of Ridgeway Road",
        "proposal": "Outline application (all matters reserved except access) for up to 48 dwellings, including "
        "40% affordable housing, public open space, attenuation pond and associated infrastructure",
    },
    {
        "no": "7.4",
        "letter": "d",
        "ref": "PL/2025/04519",
        "address": "3 Castle Mews",
        "proposal": "Works to trees in a Conservation Area: fell one sycamore (T1) and reduce crown of one horse "
        "chestnut (T2) by 2m",
    },
    {
        "no": "7.5",
        "letter": "e",
        "ref": "PL/2025/04590",
        "address": "Kingsbarrow Garden Centre, Coombe Lane",
        "proposal": "Advertisement consent for 2 no. internally illuminated fascia signs and 1 no. illuminated "
        "freestanding totem sign",
    },
    {
        "no": "7.6",
        "letter": "f",
        "ref": "PL/2025/04611",
        "address": "27 Station Road",
        "proposal": "Listed Building Consent for replacement of timber sash windows to front elevation",
    },
]


def _app_title(app: dict) -> str:
    return f"{app['ref']} - {app['address']} - {app['proposal']}"


# ---------------------------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------------------------

AGENDA = [
    {
        "number": "1",
        "title": "Apologies for Absence",
        "text": "To receive and consider approval of apologies for absence, and to note any substitutions notified "
        "to the Town Clerk in accordance with Standing Orders.",
    },
    {"number": "2", "title": "Declarations of Interest", "text": None},
    {
        "number": "a",
        "parent": "2",
        "title": "To receive declarations of disclosable pecuniary interests, other registrable interests and "
        "non-registrable interests in items on this agenda",
    },
    {
        "number": "b",
        "parent": "2",
        "title": "To consider any written requests for dispensations received by the Town Clerk",
    },
    {
        "number": "3",
        "title": "Minutes",
        "text": "To approve as a correct record, and for the Chair to sign, the minutes of the meeting of the Planning "
        "and Environment Committee held on Monday 2 June 2025 (previously circulated).",
    },
    {
        "number": "4",
        "title": "Public Participation",
        "text": "The meeting will be adjourned for a period of up to 15 minutes to allow members of the public to make "
        "representations, answer questions and give evidence in respect of business on the agenda. Each "
        "speaker is limited to 3 minutes. To receive reports from the Wiltshire Council Division Members and "
        "the Community Policing Team.",
    },
    {
        "number": "5",
        "title": "Chair's Announcements",
        "text": "To receive any announcements from the Chair (for information only).",
    },
    {
        "number": "6",
        "title": "Action List",
        "text": "To note progress against actions arising from previous meetings (attached).",
    },
    {
        "number": "7",
        "title": "Planning Applications",
        "text": "To consider the following applications notified by Wiltshire Council and to agree the Town "
        "Council's response. Plans may be viewed on the Wiltshire Council planning portal.",
    },
    *({"number": a["no"], "parent": "7", "title": _app_title(a)} for a in APPLICATIONS),
    {
        "number": "8",
        "title": "Planning Decisions and Appeals",
        "text": "To note decisions issued by Wiltshire Council and the Planning Inspectorate since the last meeting "
        "(schedule attached).",
    },
    {
        "number": "9",
        "title": "Licensing Application - The Wheatsheaf, 9 High Street",
        "text": "To consider an application under the Licensing Act 2003 to vary the premises licence (consultation "
        "closes 8 July 2025).",
    },
    {
        "number": "10",
        "title": "Wiltshire Council Consultations",
        "text": "To consider the Town Council's response to the following consultations:",
    },
    {
        "number": "10.1",
        "parent": "10",
        "title": "Kingsbarrow Parking Review - draft Traffic Regulation Order (closing date 11 July 2025)",
    },
    {
        "number": "10.2",
        "parent": "10",
        "title": "Proposed Public Spaces Protection Order (Dog Control) 2025 (closing date 25 July 2025)",
    },
    {
        "number": "11",
        "title": "Street Naming - Millbrook Farm",
        "text": "To consider a request from Wiltshire Council Street Naming and Numbering for suggested street names "
        "for the development of 36 dwellings at Millbrook Farm (PL/2023/08814).",
    },
    {
        "number": "12",
        "title": "Environment and Climate Action Working Group",
        "text": "To receive the notes of the Working Group meeting held on 12 June 2025 (attached) and to consider its "
        "recommendations on:",
    },
    {"number": "a", "parent": "12", "title": "Native hedgerow planting, northern boundary of Barrow Fields"},
    {"number": "b", "parent": "12", "title": "Electric vehicle charging points, Station Road car park"},
    {
        "number": "13",
        "title": "Kingsbarrow Neighbourhood Plan Review",
        "text": "To receive an update from the Steering Group and to consider quotations for an independent housing "
        "site assessment (report attached).",
    },
    {
        "number": "14",
        "title": "Highways and Footpaths",
        "text": "To receive an update on highway and rights of way matters reported to Wiltshire Council, and to "
        "consider a request to the Local Highway and Footway Improvement Group (LHFIG) for a pedestrian "
        "crossing on Salisbury Road.",
    },
    {"number": "15", "title": "Date of Next Meeting", "text": "Monday 28 July 2025 at 7.00pm in the Council Chamber."},
    {
        "number": "16",
        "title": "Exclusion of the Press and Public",
        "text": 'To consider passing the following resolution: "That in view of the confidential nature of the '
        "business about to be transacted, it is advisable in the public interest that the press and public "
        'are temporarily excluded and they are instructed to withdraw" (Public Bodies (Admission to '
        "Meetings) Act 1960, section 1(2)), in respect of the following item, which concerns the terms of a "
        "proposed lease.",
    },
    {
        "number": "17",
        "title": "Kiln Lane Allotments - Lease Renewal",
        "part": "exempt",
        "banner": "CONFIDENTIAL ITEM",
        "text": "To consider the heads of terms proposed by the landowner for renewal of the lease of the Kiln Lane "
        "allotment site (confidential report circulated to members only).",
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Votes (rendered into the minutes text and listed in the gold)
# ---------------------------------------------------------------------------------------------------------------

VOTE_FORGE = {
    "item": "PE/25/036",
    "result": "carried",
    "counts": {"yes": 3, "no": 1, "abstain": 1},
    "motion": "That the Town Council supports applications PL/2025/04302 and PL/2025/04303",
    "mover": "Tarrant",
    "seconder": "Fairweather",
    "note": "Show of hands printed in a sentence; Cllr Whitcombe out of the room, Cllr Greenslade not voting.",
}
VOTE_RIDGEWAY = {
    "item": "PE/25/036",
    "result": "carried",
    "counts": {"yes": 4, "no": 1, "abstain": 1},
    "voters": {"yes": ["Aldous", "Fairweather", "Tarrant", "Whitcombe"], "no": ["Hiscock"], "abstain": ["Mistry"]},
    "motion": "That the Town Council objects to application PL/2025/04455",
    "mover": "Whitcombe",
    "seconder": "Tarrant",
    "note": "Recorded vote requested by Cllr Hiscock; Cllr Greenslade took no part.",
}
VOTE_LICENCE = {
    "item": "PE/25/038",
    "result": "lost",
    "counts": {"yes": 3, "no": 4, "abstain": 0},
    "motion": "That the Town Council objects to the variation of the premises licence at The Wheatsheaf",
    "mover": "Hiscock",
    "seconder": "Mistry",
    "note": "Printed as 'LOST (3 in favour, 4 against)'; no abstentions printed, all 7 present voted.",
}
VOTE_NDP = {
    "item": "PE/25/041",
    "result": "carried",
    "counts": {"yes": 5, "no": 0, "abstain": 1},
    "motion": "To appoint Ridgeline Planning Ltd and note the revised timetable",
    "mover": "Greenslade",
    "seconder": "Tarrant",
    "note": "Figures printed in brackets after RESOLVED.",
}
VOTES = [VOTE_FORGE, VOTE_RIDGEWAY, VOTE_LICENCE, VOTE_NDP]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _hands(v: dict) -> str:
    c = v["counts"]
    return f"{c['yes']} in favour, {c['no']} against, {_plural(c['abstain'], 'abstention')}"


# ---------------------------------------------------------------------------------------------------------------
# Minutes. Blocks: ("p", text) paragraph (markdown bold allowed); ("b", [lines]) dash list;
# ("sub", label, heading) lettered sub-heading; ("res", text, [parts], labels) a RESOLVED clause whose
# lettered/numbered parts each count; ("recorded", vote) a recorded vote table.
# ---------------------------------------------------------------------------------------------------------------

_A = {a["letter"]: a for a in APPLICATIONS}


def _sub(letter: str) -> tuple:
    app = _A[letter]
    return ("sub", f"({letter})", f"{app['ref']} - {app['address']} (agenda item {app['no']})", app["proposal"])


MINUTES = [
    {
        "number": "PE/25/030",
        "title": "APOLOGIES FOR ABSENCE",
        "agenda_item": "1",
        "blocks": [
            (
                "p",
                "Apologies for absence were received from Cllr Kevin Lusty (" + APOLOGIES[0][1] + ") and Cllr Jenny "
                "Pridham (" + APOLOGIES[1][1] + "). Cllr Gail Fairweather attended as substitute for Cllr Lusty, "
                "notice having been given to the Town Clerk in accordance with Standing Order 4. No apology had been "
                "received from Cllr Martin Coles.",
            ),
            (
                "res",
                "**RESOLVED:** That the apologies and reasons for absence of Cllrs Lusty and Pridham be accepted.",
                [],
                None,
            ),
        ],
    },
    {
        "number": "PE/25/031",
        "title": "DECLARATIONS OF INTEREST",
        "agenda_item": "2",
        "blocks": [
            ("p", "(a) The following declarations were made:"),
            (
                "b",
                [
                    "Cllr Whitcombe declared a non-registrable interest in agenda item 7.2 (The Old Forge, 22 Bridge "
                    "Street) as her home adjoins the application site. She would leave the room during consideration of "
                    "that item.",
                    "Cllr Tarrant declared a non-registrable interest in agenda item 9 as a member of The Wheatsheaf "
                    "skittles team. Having regard to the Code of Conduct he did not consider that the matter affected his "
                    "wellbeing or financial interest to a greater extent than other residents, and he remained in the "
                    "meeting and took part in the vote.",
                    "Cllr Greenslade, as a member of Wiltshire Council's Northern Area Planning Committee, stated that he "
                    "would take part in the debate on the planning applications at agenda item 7 but would not vote, so "
                    "as not to fetter his discretion should any of them come before that committee.",
                ],
            ),
            ("p", "(b) No requests for dispensations had been received."),
        ],
    },
    {
        "number": "PE/25/032",
        "title": "MINUTES",
        "agenda_item": "3",
        "blocks": [
            (
                "p",
                "The minutes of the meeting held on Monday 2 June 2025 were considered. Cllr Hiscock asked that "
                "minute PE/25/026 be amended to record that he had abstained, not voted against, on application "
                "PL/2025/03340.",
            ),
            (
                "res",
                "Proposed by Cllr Greenslade, seconded by Cllr Tarrant, it was **RESOLVED** that the minutes of the "
                "meeting held on 2 June 2025, as amended, be approved as a correct record and signed by the Chair.",
                [],
                None,
            ),
        ],
    },
    {
        "number": "PE/25/033",
        "title": "PUBLIC PARTICIPATION",
        "agenda_item": "4",
        "blocks": [
            (
                "p",
                "The Chair welcomed everyone to the meeting and explained the fire evacuation procedure. The meeting "
                "was adjourned at 7.04pm to allow members of the public to speak.",
            ),
            (
                "b",
                [
                    "Mr Colin Ashdown of Ridgeway Road spoke in objection to application PL/2025/04455 (agenda item 7.3). "
                    "He described the surface water flooding of Ridgeway Road in January 2024, when three properties had "
                    "been flooded, and questioned whether the attenuation pond shown on the illustrative layout could "
                    "cope with run-off from the higher part of the site.",
                    "Mrs Deborah Kemp, on behalf of the Ridgeway Residents' Association, spoke in objection to the same "
                    "application and handed the Chair a petition of 212 signatures. She raised the width of Ridgeway Road "
                    "at its junction with Salisbury Road and the absence of a footway on the northern side.",
                    "Ms Priya Nandra (Tidecombe Planning, agent for the applicant) explained that the scheme would provide "
                    "19 affordable homes and a new footway link to Barrow Lane, and that the drainage strategy had been "
                    "designed to reduce run-off below greenfield rates. She answered questions from members on the "
                    "phasing of the footway works.",
                    "Mr Alan Brewster, licensee of The Wheatsheaf, spoke in support of his licensing application (agenda "
                    "item 9) and explained the measures he proposed to manage noise from the rear garden.",
                    "PCSO Hext reported 9 incidents of anti-social behaviour in the Station Road car park during May, "
                    "mostly involving vehicles gathering late in the evening, and said that patrols had been increased.",
                    "Wiltshire Cllr Saltmarsh reported that resurfacing of Market Place was now programmed for October "
                    "2025 and that he had raised the condition of the Coombe Lane footway with the area highway engineer.",
                ],
            ),
            (
                "p",
                "Cllr Mistry arrived at 7.25pm. The meeting was reconvened at 7.26pm and PCSO Hext left the meeting.",
            ),
        ],
    },
    {
        "number": "PE/25/034",
        "title": "CHAIR'S ANNOUNCEMENTS",
        "agenda_item": "5",
        "blocks": [
            ("p", "The Chair:"),
            (
                "b",
                [
                    "reminded members of the planning training session for town and parish councillors to be held by "
                    "Wiltshire Council at the Corn Exchange on Tuesday 15 July 2025 at 6.30pm;",
                    "reported that Kingsbarrow in Bloom judging would take place on 17 July 2025 and thanked the "
                    "volunteers who had planted the Market Place troughs;",
                    "advised that the Town Council's response to the Wiltshire Local Plan consultation had been "
                    "acknowledged.",
                ],
            ),
        ],
    },
    {
        "number": "PE/25/035",
        "title": "ACTION LIST",
        "agenda_item": "6",
        "blocks": [
            ("p", "The Committee received the action list. The following updates were noted:"),
            (
                "b",
                [
                    "Bus shelter, Salisbury Road: replacement glazing has been ordered and is expected to be fitted in "
                    "July.",
                    "Dropped kerb, Market Place/Church Walk: completed by Wiltshire Council on 19 June 2025; to be removed "
                    "from the list.",
                    "Bench, Kiln Lane green: installed on 12 June 2025; to be removed from the list.",
                    "Grit bin, Tolsey Hill: Wiltshire Council has declined to supply a bin. The Clerk will obtain "
                    "quotations for a bin funded by the Town Council for the next meeting.",
                ],
            ),
            (
                "p",
                "Cllr Hiscock asked for an update on the overdue reply from Wiltshire Council about the damaged verge "
                "in Pound Lane. The Clerk undertook to chase this.",
            ),
        ],
    },
    {
        "number": "PE/25/036",
        "title": "PLANNING APPLICATIONS",
        "agenda_item": "7",
        "blocks": [
            (
                "p",
                "The Committee considered the following applications notified by Wiltshire Council. Cllr Greenslade "
                "took no part in any vote under this minute (see minute PE/25/031).",
            ),
            _sub("a"),
            ("p", "Members noted that two off-road parking spaces would be retained on the frontage."),
            ("res", "**RESOLVED:** No objection.", [], None),
            _sub("b"),
            (
                "p",
                "Cllr Whitcombe left the room at 7.41pm. The Planning and Projects Officer advised that the building "
                "is Grade II listed and lies within the Kingsbarrow Conservation Area. Members welcomed the reuse of a "
                "unit that had been empty for over two years, but concern was expressed about cooking odours and the "
                "visibility of the flue from Tanyard Walk.",
            ),
            (
                "p",
                "It was proposed by Cllr Tarrant and seconded by Cllr Fairweather that the Town Council supports the "
                f"applications. On being put to the vote: {_hands(VOTE_FORGE)}.",
            ),
            (
                "res",
                "**RESOLVED:** That the Town Council SUPPORTS the applications, subject to Wiltshire Council's "
                "Conservation Officer being satisfied as to the siting and finish of the extraction flue, and asks "
                "that opening hours be limited to 07.00 to 18.00.",
                [],
                None,
            ),
            ("p", "Cllr Whitcombe returned to the meeting at 7.52pm."),
            _sub("c"),
            (
                "p",
                "The Planning and Projects Officer summarised the application. The site lies outside the settlement "
                "boundary defined in the Kingsbarrow Neighbourhood Plan (made 2019). 63 comments had been posted on "
                "the planning portal, 58 of them objecting. Members discussed the points raised during public "
                "participation. Cllr Hiscock noted that Wiltshire Council could not currently demonstrate a "
                "five-year housing land supply and that the affordable housing was much needed in the town; other "
                "members considered that flooding and highway safety concerns outweighed those benefits.",
            ),
            (
                "p",
                "It was proposed by Cllr Whitcombe and seconded by Cllr Tarrant that the Town Council objects to the "
                "application. Cllr Hiscock requested a recorded vote, which was taken as follows:",
            ),
            ("recorded", VOTE_RIDGEWAY),
            (
                "res",
                "**RESOLVED:**",
                [
                    "That the Town Council OBJECTS to the application on the following grounds:",
                    "That the Division Member, Wiltshire Cllr Saltmarsh, be asked to call the application in for "
                    "determination by the Northern Area Planning Committee should officers be minded to approve it.",
                ],
                ["(i)", "(ii)"],
            ),
            ("p", "Wiltshire Cllr Saltmarsh confirmed that he would do so."),
            _sub("d"),
            (
                "res",
                "**RESOLVED:** No objection, subject to the views of Wiltshire Council's Arboricultural Officer. The "
                "Town Council would welcome the planting of a replacement tree within the garden.",
                [],
                None,
            ),
            _sub("e"),
            (
                "p",
                "Members were concerned about light spill from the totem sign into the houses opposite in Coombe Lane.",
            ),
            (
                "res",
                "**RESOLVED:** That the Town Council has no objection to the fascia signs but OBJECTS to the "
                "illuminated totem sign on the grounds of visual amenity and light spill into adjoining residential "
                "properties, and asks that any illumination be switched off outside opening hours.",
                [],
                None,
            ),
            _sub("f"),
            (
                "p",
                "The Planning and Projects Officer reported that this application had been withdrawn by the applicant "
                "on 26 June 2025. Noted.",
            ),
        ],
    },
    {
        "number": "PE/25/037",
        "title": "PLANNING DECISIONS AND APPEALS",
        "agenda_item": "8",
        "blocks": [
            (
                "p",
                "The Committee noted the following decisions issued since the last meeting (Town Council response in "
                "brackets):",
            ),
            (
                "b",
                [
                    "PL/2025/02871 - 8 Mill Race - two storey side extension - Approved with conditions (No objection)",
                    "PL/2025/03012 - Land adjacent to 41 Hill View - erection of one dwelling - Refused (Objection)",
                    "PL/2025/03340 - 2 Church Walk - works to trees in a Conservation Area - No objection raised (No "
                    "objection)",
                    "Appeal APP/K3905/W/25/3361187 - Land at Pound Lane - erection of 4 dwellings - Appeal dismissed, 11 "
                    "June 2025",
                ],
            ),
            (
                "p",
                "Members welcomed the appeal decision, in which the Inspector had given significant weight to the "
                "Neighbourhood Plan. Noted.",
            ),
        ],
    },
    {
        "number": "PE/25/038",
        "title": "LICENSING APPLICATION - THE WHEATSHEAF, 9 HIGH STREET",
        "agenda_item": "9",
        "blocks": [
            (
                "p",
                "The Committee considered an application under the Licensing Act 2003 to vary the premises licence "
                "of The Wheatsheaf to extend the sale of alcohol on Fridays and Saturdays until 00.30 and to permit "
                "live music in the rear garden until 23.00. Members discussed the proximity of houses in Tanyard Walk "
                "and the complaints about noise received by the Town Council in summer 2024.",
            ),
            (
                "p",
                "Cllr Hiscock proposed, seconded by Cllr Mistry, that the Town Council objects to the application on "
                "the grounds of the prevention of public nuisance. On being put to the vote the motion was **LOST** "
                f"({VOTE_LICENCE['counts']['yes']} in favour, {VOTE_LICENCE['counts']['no']} against).",
            ),
            (
                "res",
                "Cllr Aldous then proposed, seconded by Cllr Greenslade, and it was **RESOLVED** that the Town "
                "Council raises no objection to the variation but asks the Licensing Authority to attach conditions "
                "requiring that live and amplified music in the rear garden ceases at 22.00 and that the garden is "
                "cleared of customers by 23.00.",
                [],
                None,
            ),
        ],
    },
    {
        "number": "PE/25/039",
        "title": "WILTSHIRE COUNCIL CONSULTATIONS",
        "agenda_item": "10",
        "blocks": [
            ("sub", "(a)", "Kingsbarrow Parking Review - draft Traffic Regulation Order (agenda item 10.1)", None),
            (
                "p",
                "The Planning and Projects Officer summarised the proposals, which include new limited waiting bays in "
                "Market Place and double yellow lines in Chapel Row, Bridge Street and at the Orchard Rise junction.",
            ),
            (
                "res",
                "**RESOLVED:** To support the draft Order, with the exception of the proposed double yellow lines on "
                "the west side of Chapel Row, which members considered would displace parking into Orchard Rise, "
                "and to ask that a school keep clear marking be provided outside St Aldhelm's Primary School.",
                [],
                None,
            ),
            ("sub", "(b)", "Proposed Public Spaces Protection Order (Dog Control) 2025 (agenda item 10.2)", None),
            (
                "p",
                "Members welcomed the proposed order. Members agreed that the Town Clerk should respond in support, "
                "asking that the Barrow Fields play area be added to the schedule of dog exclusion areas.",
            ),
        ],
    },
    {
        "number": "PE/25/040",
        "title": "STREET NAMING - MILLBROOK FARM",
        "agenda_item": "11",
        "blocks": [
            (
                "p",
                "Members considered suggestions from the Kingsbarrow Civic Society reflecting the history of the site "
                "as a wheelwright's yard and maltings.",
            ),
            (
                "res",
                "**RESOLVED:** To propose Wheelwright Close as the Town Council's first preference, with Maltings "
                "Row and Tolsey Way as alternatives.",
                [],
                None,
            ),
            ("p", "Cllr Hiscock left the meeting at 8.52pm."),
            ("p", "With the agreement of members, the Chair brought forward agenda item 13."),
        ],
    },
    {
        "number": "PE/25/041",
        "title": "KINGSBARROW NEIGHBOURHOOD PLAN REVIEW",
        "agenda_item": "13",
        "blocks": [
            (
                "p",
                "Cllr Greenslade, as Chair of the Neighbourhood Plan Steering Group, reported that the call for sites "
                "had closed on 30 May 2025 with 11 sites submitted. Three quotations had been sought for an "
                "independent site assessment: Ridgeline Planning Ltd, £3,450; Harcourt Vane Associates, £4,200; the "
                "third consultant had declined to quote. The cost could be met from earmarked reserve EMR 327 "
                "(Neighbourhood Plan), which stands at £8,920.",
            ),
            (
                "res",
                f"Proposed by Cllr Greenslade, seconded by Cllr Tarrant, it was **RESOLVED** ({_hands(VOTE_NDP)}):",
                [
                    "to appoint Ridgeline Planning Ltd to undertake the site assessment at a cost of £3,450 plus "
                    "VAT, funded from EMR 327;",
                    "to note the revised timetable, with Regulation 14 consultation now expected in spring 2026.",
                ],
                ["a)", "b)"],
            ),
        ],
    },
    {
        "number": "PE/25/042",
        "title": "ENVIRONMENT AND CLIMATE ACTION WORKING GROUP",
        "agenda_item": "12",
        "blocks": [
            (
                "p",
                "The notes of the Working Group meeting held on 12 June 2025 were received. Cllr Mistry, the Working "
                "Group lead, introduced its recommendations.",
            ),
            (
                "res",
                "It was **RESOLVED:**",
                [
                    "To approve the planting of 30 native hedgerow whips along the northern boundary of Barrow Fields in "
                    "November 2025, at a cost not exceeding £600 from budget 4410 (Open Spaces - Maintenance), with "
                    "volunteers from Kingsbarrow in Bloom.",
                    "To RECOMMEND to Full Council on 14 July 2025 that the Town Clerk opens discussions with Wiltshire "
                    "Council on the installation of two electric vehicle charging points in Station Road car park, and that "
                    "£5,000 be allocated from the Climate Action earmarked reserve as a contribution.",
                ],
                ["1.", "2."],
            ),
        ],
    },
    {
        "number": "PE/25/043",
        "title": "HIGHWAYS AND FOOTPATHS",
        "agenda_item": "14",
        "blocks": [
            (
                "p",
                "The Planning and Projects Officer reported on matters logged with Wiltshire Council through the "
                "MyWiltshire system since the last meeting, including overgrowth obstructing footpath KING12 "
                "(Coombe Lane to Barrow Fields) and a collapsed drain cover in Tolsey Hill.",
            ),
            (
                "p",
                "Members discussed pedestrian safety on Salisbury Road near its junction with Barrow Lane, where "
                "children cross to reach St Aldhelm's Primary School. Wiltshire Cllr Saltmarsh advised that the "
                "Kingsbarrow Area LHFIG would next meet on 10 September 2025 and that a 25% contribution is expected "
                "from town and parish councils.",
            ),
            (
                "res",
                "It was **RESOLVED** to submit a request to the Kingsbarrow Area LHFIG for a feasibility study for a "
                "controlled pedestrian crossing on Salisbury Road near its junction with Barrow Lane, and to commit "
                "a 25% contribution of up to £2,500 from budget 4620 (Highway Improvements) should a scheme be "
                "approved.",
                [],
                None,
            ),
            ("p", "Wiltshire Cllr Saltmarsh left the meeting at 9.05pm."),
        ],
    },
    {
        "number": "PE/25/044",
        "title": "DATE OF NEXT MEETING",
        "agenda_item": "15",
        "blocks": [
            (
                "p",
                "It was noted that the next meeting of the Committee will be held on Monday 28 July 2025 at 7.00pm in "
                "the Council Chamber.",
            ),
        ],
    },
    {
        "number": "PE/25/045",
        "title": "EXCLUSION OF THE PRESS AND PUBLIC",
        "agenda_item": "16",
        "blocks": [
            (
                "res",
                "**RESOLVED:** That in accordance with section 1(2) of the Public Bodies (Admission to Meetings) Act "
                "1960 the press and public be excluded from the meeting for the following item by reason of the "
                "confidential nature of the business to be transacted, namely the terms of a proposed lease.",
                [],
                None,
            ),
            (
                "p",
                "The representative of the press and the remaining members of the public left the meeting at 9.12pm.",
            ),
        ],
    },
    {
        "number": "PE/25/046",
        "title": "KILN LANE ALLOTMENTS - LEASE RENEWAL (CONFIDENTIAL)",
        "agenda_item": "17",
        "blocks": [
            (
                "p",
                "The Town Clerk reported on negotiations with the Kingsbarrow Estate Trust for the renewal of the "
                "lease of the Kiln Lane allotment site, which expires on 28 September 2025. The Trust proposes a "
                "ten-year term at a rent of £1,150 a year (currently £875), with a tenant-only break at year five.",
            ),
            (
                "res",
                "**RESOLVED:**",
                [
                    "To accept the heads of terms as reported.",
                    "To delegate authority to the Town Clerk, in consultation with the Chair and Vice-Chair, to agree the "
                    "final wording of the lease, with legal costs not exceeding £1,200 met from budget 4150 (Professional "
                    "Fees).",
                ],
                ["a)", "b)"],
            ),
        ],
    },
]

RIDGEWAY_GROUNDS = [
    "the site lies outside the settlement boundary and is contrary to Policy H1 of the Kingsbarrow Neighbourhood "
    "Plan and Core Policies 1 and 2 of the Wiltshire Core Strategy;",
    "the risk of surface water flooding to properties in Ridgeway Road, which flooded in January 2024, has not been "
    "adequately addressed;",
    "the proposed access onto Ridgeway Road, which has no footway on its northern side and a substandard junction "
    "with Salisbury Road, would be detrimental to highway safety;",
    "the development would harm the rural setting of the town and views from public footpath KING9.",
]

CLOSING = "There being no further business, the Chair closed the meeting at 9.31pm."


def _resolution_count(block: tuple) -> int:
    return max(1, len(block[2]))


# ---------------------------------------------------------------------------------------------------------------
# PDF rendering
# ---------------------------------------------------------------------------------------------------------------

LM = 20.0
RM = 20.0


class _Doc(FPDF):
    def __init__(self, running: str, minutes: bool) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.running = running
        self.is_minutes = minutes
        self.set_margins(LM, 18, RM)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(LM, 9)
        self.cell(self.w - LM - RM, 4, self.running, align="R")
        self.line(LM, 14, self.w - RM, 14)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 18)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(60, 60, 60)
        if self.is_minutes:
            self.set_x(LM)
            self.cell(60, 4, "Chair's initials: ..............")
            self.set_x(LM)
            self.cell(self.w - LM - RM, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        else:
            self.set_x(LM)
            self.cell(self.w - LM - RM, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    # --- helpers ---------------------------------------------------------------------------------------------
    def para(
        self,
        text: str,
        indent: float,
        size: float = 10,
        style: str = "",
        h: float = 5,
        markdown: bool = False,
        gap: float = 1.5,
    ) -> None:
        old = self.l_margin
        self.set_left_margin(indent)
        self.set_x(indent)
        self.set_font("Helvetica", style, size)
        self.multi_cell(0, h, text, markdown=markdown, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_left_margin(old)
        self.set_x(old)
        if gap:
            self.ln(gap)

    def labelled(
        self,
        label: str,
        label_x: float,
        text_x: float,
        text: str,
        style: str = "",
        size: float = 10,
        h: float = 5,
        markdown: bool = False,
        gap: float = 1.0,
        label_style: str = "",
    ) -> None:
        self.set_font("Helvetica", label_style, size)
        self.set_x(label_x)
        y = self.get_y()
        self.cell(text_x - label_x, h, label)
        self.set_xy(text_x, y)
        self.para(text, text_x, size=size, style=style, h=h, markdown=markdown, gap=gap)

    def keep(self, needed: float) -> None:
        if self.get_y() + needed > self.page_break_trigger:
            self.add_page()


def _letterhead(pdf: _Doc) -> None:
    pdf.set_font("Times", "B", 20)
    pdf.cell(0, 9, COUNCIL, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 4.5, ADDRESS, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 4.5, f"Telephone: {PHONE}   Email: {EMAIL}   {WEB}", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(0, 4.5, f"Town Clerk: {CLERK} PSLCC", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    y = pdf.get_y() + 2
    pdf.set_line_width(0.6)
    pdf.line(LM, y, pdf.w - RM, y)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 5)


def _agenda_pdf(path: Path) -> None:
    pdf = _Doc(f"Kingsbarrow Town Council - {COMMITTEE} - Agenda - 30 June 2025", minutes=False)
    pdf.set_creation_date(datetime(2025, 6, 24, 9, 30, tzinfo=timezone.utc))
    pdf.set_title(f"{COMMITTEE} agenda 30 June 2025")
    pdf.set_author(COUNCIL.title())
    pdf.add_page()
    _letterhead(pdf)

    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, f"To: All Members of the {COMMITTEE}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 9.5)
    half = (len(MEMBERSHIP) + 1) // 2
    y0 = pdf.get_y()
    for i, name in enumerate(MEMBERSHIP):
        col, row = divmod(i, half)
        pdf.set_xy(LM + 6 + col * 85, y0 + row * 4.6)
        pdf.cell(85, 4.6, name)
    pdf.set_y(y0 + half * 4.6 + 1)
    pdf.para(
        "Copy for information: all other members of the Council; Wiltshire Councillors for Kingsbarrow East and "
        "Kingsbarrow West; press; public noticeboards.",
        LM,
        size=8.5,
        style="I",
        h=4.2,
        gap=3,
    )

    pdf.para("Dear Councillor,", LM, gap=2)
    pdf.para(
        f"You are hereby summoned to attend a meeting of the **{COMMITTEE}** to be held in the **Council "
        "Chamber, The Corn Exchange, Market Place, Kingsbarrow** on **Monday 30 June 2025 at 7.00pm** for the "
        "purpose of transacting the business set out below.",
        LM,
        markdown=True,
        gap=4,
    )
    pdf.set_font("Times", "I", 15)
    pdf.cell(0, 7, "H. Brackley", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, f"{CLERK}, Town Clerk", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 5, "24 June 2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    note = (
        "Members of the public are welcome to attend and may speak during the period of public participation "
        "(item 4) for up to 3 minutes each. Please notify the Town Clerk by noon on the day of the meeting if you "
        "wish to speak. Under the Openness of Local Government Bodies Regulations 2014 the meeting may be "
        "filmed, photographed or recorded; anyone wishing to do so is asked to inform the Chair before the "
        "meeting."
    )
    pdf.set_font("Helvetica", "", 8.5)
    x, y = LM, pdf.get_y()
    pdf.set_x(LM + 3)
    pdf.set_left_margin(LM + 3)
    pdf.set_right_margin(RM + 3)
    pdf.set_y(y + 2.5)
    pdf.multi_cell(0, 4.2, note, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_left_margin(LM)
    pdf.set_right_margin(RM)
    y1 = pdf.get_y() + 2.5
    pdf.rect(x, y, pdf.w - LM - RM, y1 - y)
    pdf.set_y(y1 + 6)

    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 6, "AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(
        0, 5, f"{COMMITTEE.upper()} - MONDAY 30 JUNE 2025 AT 7.00PM", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(5)

    num_x, text_x, sub_text_x = LM, LM + 10, LM + 22
    previous_sub = False
    for item in AGENDA:
        if item.get("parent"):
            label = f"{item['number']})" if item["number"].isalpha() else item["number"]
            pdf.keep(10)
            pdf.labelled(label, text_x, sub_text_x, item["title"], gap=1.2)
            previous_sub = True
            continue
        if previous_sub:
            pdf.ln(2.2)
            previous_sub = False
        if item.get("banner"):
            pdf.keep(30)
            pdf.ln(2)
            pdf.set_font("Helvetica", "BU", 10.5)
            pdf.cell(0, 6, item["banner"], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        pdf.keep(16)
        pdf.labelled(f"{item['number']}.", num_x, text_x, item["title"], style="B", label_style="B", gap=0.6)
        if item.get("text"):
            pdf.para(item["text"], text_x, gap=1.0)
        pdf.ln(2.2)
    pdf.output(str(path))


def _minutes_pdf(path: Path) -> None:
    pdf = _Doc(f"Kingsbarrow Town Council - {COMMITTEE} - 30 June 2025", minutes=True)
    pdf.set_creation_date(datetime(2025, 7, 3, 14, 0, tzinfo=timezone.utc))
    pdf.set_title(f"{COMMITTEE} minutes 30 June 2025")
    pdf.set_author(COUNCIL.title())
    pdf.add_page()
    _letterhead(pdf)

    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(
        0,
        5.5,
        f"MINUTES OF THE MEETING OF THE {COMMITTEE.upper()} HELD ON MONDAY 30 JUNE 2025 AT "
        "7.00PM IN THE COUNCIL CHAMBER, THE CORN EXCHANGE, MARKET PLACE, KINGSBARROW",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.cell(
        0,
        5,
        "These minutes are in draft until approved at the next meeting of the Committee.",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)

    label_x, names_x = LM, LM + 30
    for label, line, _name, _status, _role in ATTENDANCE_BLOCK:
        if label and label != "Present:":
            pdf.ln(1.5)
        pdf.labelled(label, label_x, names_x, line, label_style="B", gap=0.2)
    pdf.ln(5)

    num_x, body_x = LM, LM + 28
    for minute in MINUTES:
        pdf.keep(22)
        pdf.labelled(minute["number"], num_x, body_x, minute["title"], style="B", label_style="B", size=10, gap=1.5)
        for block in minute["blocks"]:
            kind = block[0]
            if kind == "p":
                pdf.para(block[1], body_x, markdown=True)
            elif kind == "b":
                for line in block[1]:
                    pdf.labelled("-", body_x + 2, body_x + 7, line, gap=0.8)
                pdf.ln(0.8)
            elif kind == "sub":
                pdf.keep(18)
                pdf.ln(1)
                pdf.labelled(block[1], body_x, body_x + 9, block[2], style="B", label_style="B", gap=0.3)
                if block[3]:
                    pdf.para(block[3], body_x + 9, style="I", gap=1.5)
                else:
                    pdf.ln(1.2)
            elif kind == "res":
                text, parts, labels = block[1], block[2], block[3]
                pdf.para(text, body_x, markdown=True, gap=1.0 if parts else 2.0)
                for label, part in zip(labels or [], parts):
                    pdf.labelled(label, body_x + 2, body_x + 10, part, gap=0.8)
                    if minute["number"] == "PE/25/036" and label == "(i)":
                        for ground in RIDGEWAY_GROUNDS:
                            pdf.labelled("-", body_x + 12, body_x + 16, ground, gap=0.5)
                        pdf.ln(0.6)
                if parts:
                    pdf.ln(1.5)
            elif kind == "recorded":
                vote = block[1]
                rows = [
                    ("For:", vote["voters"]["yes"]),
                    ("Against:", vote["voters"]["no"]),
                    ("Abstained:", vote["voters"]["abstain"]),
                ]
                for label, names in rows:
                    who = (
                        ("Cllrs " + ", ".join(names[:-1]) + " and " + names[-1])
                        if len(names) > 1
                        else f"Cllr {names[0]}"
                    )
                    pdf.labelled(label, body_x + 6, body_x + 30, f"{who} ({len(names)})", gap=0.3)
                pdf.para(
                    "(Cllr Greenslade took no part in the vote.) The motion was therefore CARRIED.",
                    body_x + 6,
                    style="I",
                    gap=2.0,
                )
        pdf.ln(2.5)

    pdf.para(CLOSING, LM, style="B", gap=12)
    pdf.keep(20)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(95, 6, "Signed: ........................................ (Chair)")
    pdf.cell(0, 6, "Date: ..............................", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    agenda.parent.mkdir(parents=True, exist_ok=True)
    minutes.parent.mkdir(parents=True, exist_ok=True)
    _agenda_pdf(agenda)
    _minutes_pdf(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------------------------


def _agenda_gold() -> dict:
    items = []
    for item in AGENDA:
        items.append(
            {
                "number": item["number"],
                "title": item["title"],
                "pages": None,
                "part": item.get("part", "public"),
                "parent": item.get("parent"),
            }
        )
    return {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Top-level items are printed '1.' to '17.' and recorded without the trailing dot.",
            "Each item's title is its bold heading; the explanatory line printed under it is not part of the title.",
            "Sub-items printed 'a)' and 'b)' under items 2 and 12 are recorded with numbers 'a' and 'b' and the "
            "enclosing item as parent.",
            "Planning applications 7.1-7.6 and consultations 10.1-10.2 are sub-items of items 7 and 10; their title "
            "is the whole printed line (reference, address and proposal).",
            "The 'CONFIDENTIAL ITEM' line is a banner, not an item; item 17 under it is exempt, while item 16 (the "
            "resolution to exclude the press and public) is public.",
            "No page numbers are printed against items, so pages is null.",
            "The committee membership list and the public participation box on page 1 are not agenda items.",
        ],
        "meeting": {
            "body": COMMITTEE,
            "date": MEETING["date"],
            "start_time": MEETING["start_time"],
            "contact": {"name": CLERK, "phone": PHONE, "email": EMAIL},
        },
        "agenda": items,
    }


def _minutes_gold() -> dict:
    items = [{"number": m["number"], "title": m["title"], "agenda_item": m["agenda_item"]} for m in MINUTES]
    per_item = {}
    for m in MINUTES:
        n = sum(_resolution_count(b) for b in m["blocks"] if b[0] == "res")
        if n:
            per_item[m["number"]] = n
    attendance = []
    for _label, _line, name, status, role in ATTENDANCE_BLOCK:
        if not name:
            continue
        rec = {"name": name, "status": status}
        if role:
            rec["role"] = role
        if status == "substitute":
            rec["substitute_for"] = "Kevin Lusty"
        attendance.append(rec)
    for name, _reason in APOLOGIES:
        attendance.append({"name": name, "status": "apologies"})
    for name in ABSENT:
        attendance.append({"name": name, "status": "absent"})
    votes = []
    for v in VOTES:
        rec = {
            "item": v["item"],
            "result": v["result"],
            "counts": dict(v["counts"]),
            "motion": v["motion"],
            "mover": v["mover"],
            "seconder": v["seconder"],
            "note": v["note"],
        }
        if "voters" in v:
            rec["voters"] = {k: list(names) for k, names in v["voters"].items()}
        votes.append(rec)
    return {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute items are the 'PE/25/0nn' headings; the lettered application paragraphs (a)-(f) in PE/25/036 "
            "and (a)-(b) in PE/25/039 are parts of those minutes, not separate minute items.",
            "Minute titles are recorded in upper case as printed.",
            "Agenda item 13 was brought forward, so PE/25/041 maps to agenda item 13 and PE/25/042 to agenda item 12.",
            "The minutes record decisions as 'RESOLVED', so the count is of RESOLVED clauses only.",
            "A RESOLVED clause with numbered or lettered parts ((i)/(ii) in PE/25/036(c), a)/b) in PE/25/041 and "
            "PE/25/046, 1./2. in PE/25/042) counts one per part.",
            "The dash-listed grounds of objection under part (i) of PE/25/036(c) are reasons, not separate parts, so "
            "they are not counted.",
            "The recommendation to Full Council in PE/25/042 is counted because it is a numbered part of a RESOLVED "
            "clause.",
            "'Noted' (PE/25/036(f), PE/25/037), 'It was noted' (PE/25/044) and 'Members agreed' (PE/25/039(b)) are not "
            "counted, as the minutes' form of decision is RESOLVED.",
            "The lost motion in PE/25/038 is a vote, not a resolution; only the following RESOLVED clause counts.",
            "Votes are recorded where figures or names are printed: the show of hands (3-1-1) and recorded vote "
            "(4-1-1) in PE/25/036, the lost motion (3-4) in PE/25/038 and the bracketed 5-0-1 in PE/25/041.",
            "The lost motion in PE/25/038 prints no abstentions, so abstain is 0 (all 7 members present voted).",
            "Cllr Greenslade's non-participation in planning votes is not counted as an abstention, as the minutes "
            "print it apart from the figures.",
            "Apologies (Lusty, Pridham) and absence without apology (Coles) are taken from minute PE/25/030, since "
            "the attendance block lists only those present.",
            "Cllr Fairweather is recorded as substitute (for Lusty) rather than present.",
            "Cllr Mistry (arrived late) and Cllr Hiscock (left early) are recorded as present.",
            "Wiltshire Cllr Saltmarsh and PCSO Hext are also_present; 'PCSO' is treated as a rank and kept in role.",
            "Members of the public named in PE/25/033 are speakers, not part of the attendance record.",
            "The start time is 7.00pm as printed in the heading; the end time is the 9.31pm closure.",
        ],
        "meeting": {"body": COMMITTEE, **MEETING},
        "minutes": {
            "meeting": dict(MEETING),
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
    }


def gold() -> dict:
    agenda = _agenda_gold()
    minutes = _minutes_gold()
    key = lambda rec: rec["file"].removeprefix("generated/").removesuffix(".pdf").replace("/", "__")  # noqa: E731
    return {key(agenda): agenda, key(minutes): minutes}

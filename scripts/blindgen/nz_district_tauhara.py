"""Tauhara Plains District Council (fictional, New Zealand): one Ordinary Council Meeting, 26 March 2025.

Two files, printed the way an Infocouncil-style New Zealand district council publishes them:

* ``agendas/tauhara-plains_council_2025-03-26_agenda.pdf`` - the full open agenda: a notice-of-meeting
  cover (date, time, venue, membership, quorum, governance contact), an "Order of Business" contents
  page with dotted leaders and page numbers, then each item on its own pages: procedural items 1-4
  together on one page, the previous minutes (attached in full, with their own resolution numbers),
  the Mayor's report, officers' reports in the house template (Author / Authoriser, numbered
  sections, a "Recommendation" that Council resolves lettered or numbered parts, options tables,
  attachments), committee minutes for receipt, and the proposed resolution to exclude the public
  with its LGOIMA 1987 section 48 grounds table. Public-excluded items are listed as PE1 / PE2 with
  no pages. Running header "Ordinary Council Meeting Agenda / 26 March 2025", footer "Item x.y" and
  "Page n".
* ``minutes/tauhara-plains_council_2025-03-26_minutes.pdf`` - the unconfirmed open minutes: capitals
  title block, PRESENT / IN ATTENDANCE / ALSO PRESENT / APOLOGIES in hanging-indent paragraphs with
  roles in brackets (a late arrival, an early departure, a member on an audio-visual link, officers
  attending for single items), then items numbered as in the agenda. Decisions are shaded
  "Resolution TPDC/2025/nnn" blocks with Moved / Seconded and lettered or numbered parts, ending
  "CARRIED"; the word "resolved" is never printed. A lost amendment (division, narrative style), a
  show of hands, a recorded dissent, a division printed as a For / Against / Abstained table, a
  conflict of interest with a member leaving the table, an adjournment, a dropped video link, the
  resolution to exclude the public with its grounds table and a non-member permitted to remain,
  readmittance, closing karakia and the confirmation block. Running header, "Page n of m" footer.

All people, places, amounts and wording are invented. Macrons are left off (latin-1 core fonts).
Module data (MEMBERS, OFFICERS, AGENDA, MINUTE_ITEMS) drive both the PDFs and `gold()`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

COUNCIL = "Tauhara Plains District Council"
DATE_ISO = "2025-03-26"
DATE_LONG = "Wednesday, 26 March 2025"
DATE_SHORT = "26 March 2025"
VENUE = "Council Chamber, 14 Totara Street, Rangipo"
START_TIME = "09:30"
END_TIME = "12:56"
AGENDA_FILE = "agendas/tauhara-plains_council_2025-03-26_agenda.pdf"
MINUTES_FILE = "minutes/tauhara-plains_council_2025-03-26_minutes.pdf"
CONTACT = {"name": "Shona Te Whata", "phone": "(07) 883 5120", "email": "shona.tewhata@tauharaplains.govt.nz"}
CREATED = dt.datetime(2025, 3, 20, 16, 5, 0, tzinfo=dt.timezone(dt.timedelta(hours=13)))
CREATED_MIN = dt.datetime(2025, 4, 2, 10, 40, 0, tzinfo=dt.timezone(dt.timedelta(hours=13)))

# ---------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------

MEMBERS = {
    "tekani": {"title": "Mayor", "first": "Rachel", "last": "Te Kani"},
    "hollingsworth": {"title": "Deputy Mayor", "first": "Bruce", "last": "Hollingsworth"},
    "paratawiniata": {"title": "Cr", "first": "Aroha", "last": "Parata-Winiata"},
    "mccallum": {"title": "Cr", "first": "Dean", "last": "McCallum"},
    "dromgool": {"title": "Cr", "first": "Sue", "last": "Dromgool"},
    "ngatai": {"title": "Cr", "first": "Kiri", "last": "Ngatai"},
    "rapana": {"title": "Cr", "first": "Tane", "last": "Rapana"},
    "ruawai": {"title": "Cr", "first": "Peter", "last": "Ruawai"},
    "strachan": {"title": "Cr", "first": "Fiona", "last": "Strachan"},
    "torrance": {"title": "Cr", "first": "Hamish", "last": "Torrance"},
    "vandenberg": {"title": "Cr", "first": "Lisa", "last": "Vandenberg"},
}

# who sat on 26 March 2025, in the order the minutes print them; `printed` is the bracket after the name
PRESENT = [
    {"key": "tekani", "printed": "Chairperson", "status": "present", "role": "Mayor (Chairperson)"},
    {"key": "hollingsworth", "printed": None, "status": "present", "role": "Deputy Mayor"},
    {"key": "mccallum", "printed": "from 9.48am", "status": "present", "role": "Councillor"},
    {"key": "ngatai", "printed": None, "status": "present", "role": "Councillor"},
    {"key": "paratawiniata", "printed": None, "status": "present", "role": "Councillor"},
    {"key": "rapana", "printed": None, "status": "present", "role": "Councillor"},
    {"key": "ruawai", "printed": "via audio-visual link", "status": "virtual", "role": "Councillor"},
    {"key": "strachan", "printed": "until 12.05pm", "status": "present", "role": "Councillor"},
    {"key": "torrance", "printed": None, "status": "present", "role": "Councillor"},
    {"key": "vandenberg", "printed": None, "status": "present", "role": "Councillor"},
]
APOLOGIES = [{"key": "dromgool", "printed": "leave of absence"}]

OFFICERS = [
    ("Graeme Oberholzer", "Chief Executive", None),
    ("Mereana Hohaia", "General Manager Strategy and Community", None),
    ("Craig Fenwick", "General Manager Infrastructure Services", None),
    ("Anita Kaur", "Chief Financial Officer", None),
    ("Jody Whitcombe", "Strategic Planning Lead", "item 7.2"),
    ("Leon Marsters", "Roading Asset Manager", "item 7.3"),
    ("Paul Ashdown", "Regulatory Services Manager", "item 7.4"),
    ("Kelvin Marsh", "Legal Counsel", "items 7.5 and PE2"),
    ("Shona Te Whata", "Governance Advisor", None),
]
ALSO_PRESENT = [
    ("Hemi Tautahi", "Chairperson, Rangipo Community Board", None),
    ("Dion Farquhar", "Farquhar Property Advisory Limited", "item PE2"),
]
ALSO_PRESENT_TAIL = "five members of the public and one member of the media (Plains Herald)"


def cr(key: str) -> str:
    """Short form used in the body of the minutes: "Cr Rapana", "Mayor Te Kani"."""
    m = MEMBERS[key]
    return f"{m['title']} {m['last']}"


def full(key: str) -> str:
    m = MEMBERS[key]
    return f"{m['title']} {m['first']} {m['last']}"


def name_list(keys: list[str]) -> str:
    """Division style: "Mayor Te Kani, Deputy Mayor Hollingsworth, Crs Ngatai, Strachan and Torrance"."""
    heads = [cr(k) for k in keys if MEMBERS[k]["title"] != "Cr"]
    crs = [MEMBERS[k]["last"] for k in keys if MEMBERS[k]["title"] == "Cr"]
    parts = list(heads)
    if len(crs) == 1:
        parts.append(f"Cr {crs[0]}")
    elif crs:
        parts.append("Crs " + ", ".join(crs[:-1]) + f" and {crs[-1]}")
    if len(parts) > 1 and len(crs) <= 1:
        return ", ".join(parts[:-1]) + f" and {parts[-1]}"
    return ", ".join(parts)


# ---------------------------------------------------------------------------------------------------
# The public-excluded grounds (printed in the agenda item 9 and in the minutes)
# ---------------------------------------------------------------------------------------------------

PE_HEAD = [
    "General subject of each matter to be considered",
    "Reason for passing this resolution in relation to each matter",
    "Ground(s) under section 48 for the passing of this resolution",
]
S48 = (
    "s48(1)(a)(i) - the public conduct of the relevant part of the proceedings of the meeting would be "
    "likely to result in the disclosure of information for which good reason for withholding would exist "
    "under section 6 or section 7"
)
PE_ROWS = [
    [
        "PE1 - Public Excluded Minutes of the Ordinary Council Meeting - 26 February 2025",
        "s7(2)(h) - to enable Council to carry out, without prejudice or disadvantage, commercial activities; "
        "s7(2)(i) - to enable Council to carry on, without prejudice or disadvantage, negotiations "
        "(including commercial and industrial negotiations)",
        S48,
    ],
    [
        "PE2 - Sale of Council Land - 18 Matai Street, Rangipo",
        "s7(2)(b)(ii) - to protect information where the making available of the information would be "
        "likely unreasonably to prejudice the commercial position of the person who supplied or who is the "
        "subject of the information; s7(2)(i) - to enable Council to carry on negotiations without "
        "prejudice or disadvantage",
        S48,
    ],
]
PE_LEAD = (
    "excludes the public from the following parts of the proceedings of this meeting. The general subject "
    "of each matter to be considered while the public is excluded, the reason for passing this resolution "
    "in relation to each matter, and the specific grounds under section 48 of the Local Government "
    "Official Information and Meetings Act 1987 for the passing of this resolution are as follows:"
)
PE_TAIL = (
    "This resolution is made in reliance on section 48(1)(a) of the Local Government Official Information "
    "and Meetings Act 1987 and the particular interest or interests protected by section 6 or section 7 of "
    "that Act which would be prejudiced by the holding of the whole or the relevant part of the proceedings "
    "of the meeting in public are as shown above."
)
PE_REMAIN = (
    "permits Mr Dion Farquhar of Farquhar Property Advisory Limited to remain at this meeting after the "
    "public has been excluded, because of his knowledge of the Rangipo commercial property market and the "
    "offers received for 18 Matai Street. This knowledge, which will be of assistance in relation to item "
    "PE2, is needed because Mr Farquhar prepared the marketing campaign and the valuation advice."
)

# ---------------------------------------------------------------------------------------------------
# Minutes of 26 March 2025: every block the renderer prints, and the gold counts come from here
# ---------------------------------------------------------------------------------------------------


def _res(number, mover, seconder, parts=None, text=None, preamble="That Council:", style="lines", lists="alpha"):
    return {
        "number": number,
        "mover": mover,
        "seconder": seconder,
        "parts": parts or [],
        "text": text,
        "preamble": preamble if parts else None,
        "style": style,
        "lists": lists,
    }


MINUTE_ITEMS: list[dict] = [
    {
        "number": "1",
        "title": "Karakia Timatanga",
        "blocks": [
            (
                "p",
                "Cr Kiri Ngatai opened the meeting with a karakia. Mayor Te Kani welcomed members, staff, the "
                "Chairperson of the Rangipo Community Board and members of the public, and acknowledged Cr "
                "Ruawai, who was attending by audio-visual link from Wellington.",
            ),
            ("p", "The Mayor declared the meeting open at 9.30am."),
        ],
    },
    {
        "number": "2",
        "title": "Nga Whakapaha / Apologies",
        "blocks": [
            (
                "res",
                _res(
                    "TPDC/2025/031",
                    "torrance",
                    "strachan",
                    text="That the apology for lateness from Cr Dean McCallum be received, and that it be "
                    "noted that Cr Sue Dromgool is on a leave of absence granted by Council on 26 "
                    "February 2025.",
                ),
            ),
        ],
    },
    {
        "number": "3",
        "title": "Conflicts of Interest",
        "blocks": [
            (
                "p",
                "Cr Lisa Vandenberg declared a conflict of interest in item 7.4 (Draft Local Alcohol Policy 2025 "
                "- Approval for Public Consultation) as a director and shareholder of Rangipo Hospitality "
                "Limited, which holds the on-licence for the Rangipo Hotel. Cr Vandenberg advised that she "
                "would withdraw from the table for that item.",
            ),
            (
                "p",
                "Cr Kiri Ngatai noted that she is a member of the Rangipo Community Board's reserves working "
                "group (item 8.2). Following advice from the Chief Executive the meeting agreed that this was "
                "not a conflict of interest and Cr Ngatai remained at the table.",
            ),
        ],
    },
    {
        "number": "4",
        "title": "Public Forum",
        "blocks": [
            (
                "speaker",
                "Margaret Olsen - Tauhara Plains Grey Power",
                "Mrs Olsen spoke about the effect of successive rates increases on ratepayers living on national "
                "superannuation, particularly in Rangipo township where property values had risen faster than "
                "incomes. She asked Council to widen the rates postponement scheme and to publish a plain-English "
                "summary of the options in the Annual Plan consultation document. The Mayor thanked Mrs Olsen and "
                "noted that the consultation document was on the agenda at item 7.2.",
            ),
            ("i", "Cr McCallum arrived at the meeting at 9.48am, during Mrs Olsen's presentation."),
            (
                "speaker",
                "Wiremu Hape - Kahikatea Road residents",
                "Mr Hape spoke in support of the seal extension on Kahikatea Road (item 7.3). He described dust "
                "nuisance affecting eleven households and the Kahikatea School bus route, and tabled a letter "
                "signed by 64 residents. In response to a question from Cr Torrance, Mr Hape confirmed that "
                "residents had not been asked to contribute to the cost of the work.",
            ),
            (
                "speaker",
                "Dr Joanna Frame - Rangipo Medical Centre",
                "Dr Frame spoke to item 7.4, supporting the proposed earlier closing time for off-licences and the "
                "one-way door restriction for on-licences in the town centre. She referred to local emergency "
                "department presentation data and offered to make a full submission once consultation opened.",
            ),
        ],
    },
    {"number": "5", "title": "Confirmation of Minutes", "blocks": []},
    {
        "number": "5.1",
        "title": "Ordinary Council Meeting - 26 February 2025",
        "blocks": [
            (
                "res",
                _res(
                    "TPDC/2025/032",
                    "ruawai",
                    "ngatai",
                    text="That the minutes of the Ordinary Council Meeting held on 26 February 2025 be "
                    "confirmed as a true and correct record.",
                ),
            ),
            (
                "p",
                "Matters arising: in response to a question from Cr Rapana, the Chief Executive confirmed that "
                "the Rangipo Library roof repairs had been completed on 14 March 2025, within the approved "
                "budget of $186,000.",
            ),
        ],
    },
    {
        "number": "5.2",
        "title": "Extraordinary Council Meeting - 12 March 2025",
        "blocks": [
            (
                "res",
                _res(
                    "TPDC/2025/033",
                    "tekani",
                    "torrance",
                    style="inline",
                    text="That the minutes of the Extraordinary Council Meeting held on 12 March 2025 be "
                    "confirmed as a true and correct record.",
                ),
            ),
        ],
    },
    {
        "number": "6",
        "title": "Mayor's Report - March 2025",
        "blocks": [
            (
                "p",
                "Mayor Te Kani spoke to her report, highlighting the Waikowhai Stream flood recovery meeting with "
                "the Minister for Emergency Management, the opening of the Te Kura Road cycle bridge and the "
                "Mayoral Taskforce for Jobs placements, which had reached 41 young people since July 2024.",
            ),
            (
                "res",
                _res(
                    "TPDC/2025/034",
                    "tekani",
                    "hollingsworth",
                    text="That the Mayor's Report for March 2025 be received.",
                ),
            ),
        ],
    },
    {"number": "7", "title": "Reports", "blocks": []},
    {
        "number": "7.1",
        "title": "Chief Executive's Report - March 2025",
        "blocks": [
            (
                "p",
                "The Chief Executive spoke to the report and answered questions on the Local Water Done Well "
                "water services delivery plan timetable, the vacancy rate in the building consents team and "
                "the lost-time injury recorded at the Rangipo transfer station in February.",
            ),
            (
                "res",
                _res(
                    "TPDC/2025/035",
                    "strachan",
                    "vandenberg",
                    parts=[
                        'Receives the report titled "Chief Executive\'s Report - March 2025".',
                        "Approves the attendance of the Mayor and the Chief Executive at the Local Government New "
                        "Zealand annual conference in Christchurch from 16 to 18 July 2025, at an estimated cost of "
                        "$7,400 to be met from the governance budget.",
                    ],
                ),
            ),
        ],
    },
    {
        "number": "7.2",
        "title": "Annual Plan 2025/26 - Consultation Document and Supporting Information",
        "blocks": [
            (
                "p",
                "The Strategic Planning Lead and the Chief Financial Officer spoke to the report. The draft "
                "consultation document presents three options for the 2025/26 year, with Option 2 (an average "
                "rates increase of 6.4% and a staged renewal of the Rangipo Aquatic Centre) as Council's "
                "preferred option. Members asked about the effect of each option on a median residential "
                "property, the level of external debt at 30 June 2026 and the timing of the pool closure.",
            ),
            ("p", "Deputy Mayor Hollingsworth moved the officers' recommendation, seconded by Cr Torrance."),
            (
                "motion",
                {
                    "heading": "Amendment",
                    "mover": "rapana",
                    "seconder": "paratawiniata",
                    "text": "That the consultation document present Option 3 (an average rates increase of 4.7%, with "
                    "the Rangipo Aquatic Centre renewal deferred to 2027/28) as Council's preferred option.",
                },
            ),
            (
                "division",
                {
                    "style": "narrative",
                    "lead": "The amendment was put. Cr McCallum called for a division, the voting being as follows:",
                    "note": "Division printed in narrative style, members named for and against; no abstentions printed.",
                    "tail": "The amendment was declared LOST by 3 votes to 7.",
                    "motion": "Amendment (Rapana/Parata-Winiata) - Option 3 as the preferred option",
                    "result": "lost",
                    "result_as_printed": "LOST",
                    "yes": ["mccallum", "paratawiniata", "rapana"],
                    "no": ["tekani", "hollingsworth", "ngatai", "ruawai", "strachan", "torrance", "vandenberg"],
                    "abstain": [],
                },
            ),
            ("p", "The substantive motion was then put."),
            (
                "res",
                _res(
                    "TPDC/2025/036",
                    "hollingsworth",
                    "torrance",
                    parts=[
                        'Receives the report titled "Annual Plan 2025/26 - Consultation Document and Supporting '
                        'Information".',
                        "Adopts the supporting information for the Annual Plan 2025/26, being the information relied "
                        "on by the content of the consultation document, in accordance with section 95A(4) of the "
                        "Local Government Act 2002.",
                        'Adopts the Annual Plan 2025/26 consultation document "Keeping the Plains Moving" for public '
                        "consultation, with Option 2 as Council's preferred option.",
                        "Approves a consultation period from 2 April 2025 to 4pm on 2 May 2025, with hearings on 21 "
                        "May 2025.",
                        "Delegates to the Mayor and the Chief Executive the authority to approve minor editorial "
                        "changes to the consultation document before it is released.",
                    ],
                ),
            ),
            (
                "recorded",
                {
                    "text": "Cr Rapana requested that his vote against the motion be recorded.",
                    "motion": "Substantive motion TPDC/2025/036",
                    "result": "carried",
                    "no": ["rapana"],
                },
            ),
            ("i", "The meeting adjourned for morning tea at 10.52am and reconvened at 11.08am."),
        ],
    },
    {
        "number": "7.3",
        "title": "Kahikatea Road Seal Extension - Unbudgeted Expenditure Request",
        "blocks": [
            (
                "p",
                "The Roading Asset Manager spoke to the report, noting that the 2.3 km section between Miro "
                "Road and the Kahikatea School gate carries an estimated 410 vehicles per day and that NZ "
                "Transport Agency co-funding is not available for seal extensions in the current National "
                "Land Transport Programme.",
            ),
            ("i", "Cr Ruawai's audio-visual link was lost at 11.20am. He rejoined the meeting at 11.26am."),
            (
                "res",
                _res(
                    "TPDC/2025/037",
                    "mccallum",
                    "rapana",
                    parts=[
                        'Receives the report titled "Kahikatea Road Seal Extension - Unbudgeted Expenditure Request".',
                        "Approves unbudgeted expenditure of up to $412,000 (excluding GST) to seal 2.3 km of Kahikatea "
                        "Road in the 2025/26 construction season, funded from the Roading Special Reserve.",
                        "Notes that the ongoing maintenance cost of approximately $6,800 a year will be included in "
                        "the roading maintenance budget from 2026/27.",
                    ],
                ),
            ),
            (
                "hands",
                {
                    "text": "The motion was put and, on a show of hands, was declared CARRIED by 8 votes to 2.",
                    "motion": "TPDC/2025/037 - Kahikatea Road seal extension",
                    "result": "carried",
                    "yes": 8,
                    "no": 2,
                    "abstain": 0,
                },
            ),
        ],
    },
    {
        "number": "7.4",
        "title": "Draft Local Alcohol Policy 2025 - Approval for Public Consultation",
        "blocks": [
            (
                "i",
                "Having declared a conflict of interest (item 3), Cr Vandenberg withdrew from the table at "
                "11.41am and took no part in the discussion or voting on this item.",
            ),
            (
                "p",
                "The Regulatory Services Manager spoke to the report. The draft policy proposes maximum trading "
                "hours of 7am to 9pm for off-licences, a 1am one-way door for on-licences in the Rangipo town "
                "centre, and a cap on new bottle stores within 500 metres of a school. Members discussed the "
                "effect on the Rangipo A and P Show and on the two licensed clubs.",
            ),
            (
                "res",
                _res(
                    "TPDC/2025/038",
                    "ngatai",
                    "strachan",
                    lists="numeric",
                    parts=[
                        'Receives the report titled "Draft Local Alcohol Policy 2025 - Approval for Public '
                        'Consultation".',
                        "Determines that the draft Local Alcohol Policy 2025 is the most appropriate way of addressing "
                        "the harm from the sale and supply of alcohol in the district.",
                        "Approves the draft Local Alcohol Policy 2025 and the statement of proposal for public "
                        "consultation using the special consultative procedure, from 7 April to 9 May 2025.",
                        "Notes that hearings of submissions are scheduled for 4 June 2025.",
                    ],
                ),
            ),
            (
                "division",
                {
                    "style": "table",
                    "lead": "A division was called for by Cr McCallum, voting on which was as follows:",
                    "note": "Division printed as a For / Against / Abstained table with members named.",
                    "tail": "The motion was declared CARRIED by 6 votes to 2, with 1 abstention.",
                    "motion": "TPDC/2025/038 - Draft Local Alcohol Policy for consultation",
                    "result": "carried",
                    "result_as_printed": "CARRIED",
                    "yes": ["tekani", "hollingsworth", "ngatai", "paratawiniata", "strachan", "torrance"],
                    "no": ["mccallum", "rapana"],
                    "abstain": ["ruawai"],
                },
            ),
            ("i", "Cr Vandenberg returned to the meeting at 12.02pm."),
        ],
    },
    {
        "number": "7.5",
        "title": "Delegations Register - Amendments",
        "blocks": [
            (
                "p",
                "Legal Counsel spoke to the report, which updates the delegations to reflect the Local "
                "Alcohol Policy process, the new Fast-track Approvals Act 2024 and the restructure of the "
                "Infrastructure Services group.",
            ),
            ("i", "Cr Strachan left the meeting at 12.05pm and did not return."),
            (
                "res",
                _res(
                    "TPDC/2025/039",
                    "torrance",
                    "vandenberg",
                    parts=[
                        'Receives the report titled "Delegations Register - Amendments".',
                        "Adopts the amended Delegations Register, as set out in Attachment 1 to the report, with effect "
                        "from 1 April 2025.",
                    ],
                ),
            ),
        ],
    },
    {"number": "8", "title": "Receipt of Committee Minutes", "blocks": []},
    {
        "number": "8.1",
        "title": "Audit and Risk Committee - 4 March 2025",
        "blocks": [
            (
                "p",
                "Deputy Mayor Hollingsworth spoke to the minutes on behalf of the Independent Chair, noting "
                "the interim management letter from Council's auditors and the two new risks added to the "
                "strategic risk register.",
            ),
            (
                "res",
                _res(
                    "TPDC/2025/040",
                    "hollingsworth",
                    "vandenberg",
                    style="inline",
                    text="That the unconfirmed minutes of the Audit and Risk Committee meeting held on 4 "
                    "March 2025 be received.",
                ),
            ),
        ],
    },
    {
        "number": "8.2",
        "title": "Rangipo Community Board - 10 March 2025",
        "blocks": [
            (
                "p",
                "Mr Hemi Tautahi, Chairperson of the Rangipo Community Board, spoke to the minutes and to the "
                "Board's recommendation on the naming of the reserve at 7 Miro Place.",
            ),
            (
                "res",
                _res(
                    "TPDC/2025/041",
                    "ngatai",
                    "tekani",
                    parts=[
                        "Receives the unconfirmed minutes of the Rangipo Community Board meeting held on 10 March "
                        "2025.",
                        "Adopts the recommendation of the Rangipo Community Board that the reserve at 7 Miro Place, "
                        'Rangipo, be named "Piripiri Reserve".',
                    ],
                ),
            ),
        ],
    },
    {
        "number": "9",
        "title": "Resolution to Exclude the Public",
        "blocks": [
            (
                "res",
                _res(
                    "TPDC/2025/042",
                    "tekani",
                    "torrance",
                    parts=[
                        {"text": PE_LEAD, "table": (PE_HEAD, PE_ROWS), "tail": PE_TAIL},
                        PE_REMAIN,
                    ],
                ),
            ),
            ("i", "The public was excluded at 12.14pm."),
        ],
    },
    {
        "number": "10",
        "title": "Readmittance of the Public",
        "blocks": [
            (
                "res",
                _res("TPDC/2025/043", "rapana", "paratawiniata", text="That the public be re-admitted to the meeting."),
            ),
            (
                "i",
                "The public was re-admitted at 12.51pm. The decisions made with the public excluded are "
                "recorded in the public excluded minutes of this meeting.",
            ),
        ],
    },
    {
        "number": "11",
        "title": "Karakia Whakamutunga",
        "blocks": [
            ("p", "Cr Aroha Parata-Winiata closed the meeting with a karakia."),
            ("p", "The meeting closed at 12.56pm."),
        ],
    },
]

# ---------------------------------------------------------------------------------------------------
# Short minutes attached in the agenda (previous meetings and committees), same house style
# ---------------------------------------------------------------------------------------------------

PREV_ORDINARY = {
    "title": [
        "TAUHARA PLAINS DISTRICT COUNCIL",
        "MINUTES OF THE ORDINARY MEETING OF COUNCIL",
        "HELD IN THE COUNCIL CHAMBER, 14 TOTARA STREET, RANGIPO",
        "ON WEDNESDAY, 26 FEBRUARY 2025, COMMENCING AT 9.30AM",
    ],
    "lists": [
        (
            "PRESENT:",
            "Mayor Rachel Te Kani (Chairperson), Deputy Mayor Bruce Hollingsworth, Cr Sue Dromgool, Cr "
            "Dean McCallum, Cr Kiri Ngatai, Cr Aroha Parata-Winiata, Cr Tane Rapana, Cr Peter Ruawai, Cr "
            "Fiona Strachan, Cr Hamish Torrance, Cr Lisa Vandenberg",
        ),
        (
            "IN ATTENDANCE:",
            "Graeme Oberholzer (Chief Executive), Mereana Hohaia (General Manager Strategy and "
            "Community), Craig Fenwick (General Manager Infrastructure Services), Anita Kaur (Chief "
            "Financial Officer), Bridget Amos (Rates Team Leader), Shona Te Whata (Governance "
            "Advisor)",
        ),
    ],
    "items": [
        {
            "number": "1",
            "title": "Karakia Timatanga",
            "blocks": [
                ("p", "Cr Torrance opened the meeting with a karakia. The meeting was declared open at 9.30am.")
            ],
        },
        {"number": "2", "title": "Nga Whakapaha / Apologies", "blocks": [("p", "Nil.")]},
        {
            "number": "3",
            "title": "Conflicts of Interest",
            "blocks": [("p", "There were no conflicts of interest declared.")],
        },
        {
            "number": "4",
            "title": "Public Forum",
            "blocks": [("p", "There were no requests to speak in the public forum.")],
        },
        {
            "number": "5",
            "title": "Confirmation of Minutes",
            "blocks": [
                (
                    "res",
                    _res(
                        "TPDC/2025/012",
                        "vandenberg",
                        "mccallum",
                        text="That the minutes of the Ordinary Council Meeting held on 11 December 2024 be "
                        "confirmed as a true and correct record.",
                    ),
                )
            ],
        },
        {
            "number": "6",
            "title": "Mayor's Report - February 2025",
            "blocks": [
                (
                    "res",
                    _res(
                        "TPDC/2025/013",
                        "tekani",
                        "ruawai",
                        text="That the Mayor's Report for February 2025 be received.",
                    ),
                )
            ],
        },
        {
            "number": "7.1",
            "title": "Chief Executive's Report - February 2025",
            "blocks": [
                (
                    "res",
                    _res(
                        "TPDC/2025/014",
                        "strachan",
                        "ngatai",
                        text='That Council receives the report titled "Chief Executive\'s Report - February 2025".',
                    ),
                )
            ],
        },
        {
            "number": "7.2",
            "title": "Leave of Absence - Cr Dromgool",
            "blocks": [
                (
                    "res",
                    _res(
                        "TPDC/2025/015",
                        "hollingsworth",
                        "paratawiniata",
                        text="That Council grants Cr Sue Dromgool leave of absence from 10 March 2025 to 30 April "
                        "2025 inclusive.",
                    ),
                )
            ],
        },
        {
            "number": "7.3",
            "title": "Rates Remission Policy - Review Outcome",
            "blocks": [
                (
                    "p",
                    "The Rates Team Leader spoke to the report. Members discussed the uptake of the hardship "
                    "remission and the cost of extending it to retirement village units.",
                ),
                (
                    "res",
                    _res(
                        "TPDC/2025/016",
                        "rapana",
                        "dromgool",
                        parts=[
                            'Receives the report titled "Rates Remission Policy - Review Outcome".',
                            "Notes that 212 hardship remissions totalling $61,450 were granted in the 2023/24 rating year.",
                            "Agrees to include a proposed amendment to the Rates Remission Policy in the Annual Plan 2025/26 "
                            "consultation.",
                        ],
                    ),
                ),
            ],
        },
        {
            "number": "8",
            "title": "Resolution to Exclude the Public",
            "blocks": [
                (
                    "res",
                    _res(
                        "TPDC/2025/017",
                        "tekani",
                        "torrance",
                        text="That the public be excluded from the following part of the proceedings of this "
                        "meeting, namely PE1 Sale of Council Land - 18 Matai Street, Rangipo, on the "
                        "grounds set out in the agenda under sections 7(2)(b)(ii) and 7(2)(i) of the Local "
                        "Government Official Information and Meetings Act 1987.",
                    ),
                ),
                ("p", "The public was excluded at 11.20am and re-admitted at 11.44am."),
                ("p", "The meeting closed at 11.47am."),
            ],
        },
    ],
}

PREV_EXTRAORDINARY = {
    "title": [
        "TAUHARA PLAINS DISTRICT COUNCIL",
        "MINUTES OF THE EXTRAORDINARY MEETING OF COUNCIL",
        "HELD IN THE COUNCIL CHAMBER, 14 TOTARA STREET, RANGIPO",
        "ON WEDNESDAY, 12 MARCH 2025, COMMENCING AT 1.00PM",
    ],
    "lists": [
        (
            "PRESENT:",
            "Mayor Rachel Te Kani (Chairperson), Deputy Mayor Bruce Hollingsworth, Cr Dean McCallum, Cr "
            "Kiri Ngatai, Cr Aroha Parata-Winiata, Cr Tane Rapana, Cr Peter Ruawai (via audio-visual "
            "link), Cr Fiona Strachan, Cr Hamish Torrance, Cr Lisa Vandenberg",
        ),
        (
            "IN ATTENDANCE:",
            "Graeme Oberholzer (Chief Executive), Craig Fenwick (General Manager Infrastructure "
            "Services), Anita Kaur (Chief Financial Officer), Rangi Poutama (Three Waters Manager), "
            "Shona Te Whata (Governance Advisor)",
        ),
        ("LEAVE OF ABSENCE:", "Cr Sue Dromgool"),
    ],
    "items": [
        {
            "number": "1",
            "title": "Karakia Timatanga",
            "blocks": [("p", "Mayor Te Kani opened the meeting with a karakia at 1.00pm.")],
        },
        {"number": "2", "title": "Nga Whakapaha / Apologies", "blocks": [("p", "Nil.")]},
        {"number": "3", "title": "Conflicts of Interest", "blocks": [("p", "Nil.")]},
        {
            "number": "4",
            "title": "Water Services Delivery Plan - Consultation Approach",
            "blocks": [
                (
                    "p",
                    "The Three Waters Manager spoke to the report and the joint arrangement being explored with "
                    "two neighbouring councils.",
                ),
                (
                    "res",
                    _res(
                        "TPDC/2025/021",
                        "hollingsworth",
                        "torrance",
                        parts=[
                            'Receives the report titled "Water Services Delivery Plan - Consultation Approach".',
                            "Agrees to consult on two delivery models: an in-house business unit and a multi-council "
                            "water organisation.",
                            "Notes that the water services delivery plan must be submitted to the Secretary for Local "
                            "Government by 3 September 2025.",
                        ],
                    ),
                ),
                ("p", "The meeting closed at 2.18pm."),
            ],
        },
    ],
}

ARC_MINUTES = {
    "title": [
        "TAUHARA PLAINS DISTRICT COUNCIL",
        "UNCONFIRMED MINUTES OF THE AUDIT AND RISK COMMITTEE",
        "HELD IN THE KAHIKATEA ROOM, 14 TOTARA STREET, RANGIPO",
        "ON TUESDAY, 4 MARCH 2025, COMMENCING AT 10.00AM",
    ],
    "lists": [
        (
            "PRESENT:",
            "Marion Kettle (Independent Chair), Mayor Rachel Te Kani, Deputy Mayor Bruce Hollingsworth, "
            "Cr Hamish Torrance, Cr Lisa Vandenberg",
        ),
        (
            "IN ATTENDANCE:",
            "Graeme Oberholzer (Chief Executive), Anita Kaur (Chief Financial Officer), Trent "
            "Lowry (Health, Safety and Wellbeing Lead), Shona Te Whata (Governance Advisor)",
        ),
        ("APOLOGIES:", "Cr Fiona Strachan"),
    ],
    "items": [
        {
            "number": "1",
            "title": "Apologies",
            "blocks": [
                (
                    "res",
                    _res(
                        "ARC/2025/001",
                        "torrance",
                        "vandenberg",
                        text="That the apology from Cr Fiona Strachan be received.",
                    ),
                )
            ],
        },
        {
            "number": "2",
            "title": "Health, Safety and Wellbeing Report",
            "blocks": [
                (
                    "res",
                    _res(
                        "ARC/2025/002",
                        "hollingsworth",
                        "tekani",
                        text="That the Health, Safety and Wellbeing Report for the period to 31 January 2025 "
                        "be received.",
                    ),
                )
            ],
        },
        {
            "number": "3",
            "title": "Interim Management Letter - Year Ended 30 June 2025",
            "blocks": [
                (
                    "p",
                    "The committee noted two matters raised by the auditors: the timeliness of fixed asset "
                    "capitalisation and the review of user access to the rating system.",
                ),
                (
                    "res",
                    _res(
                        "ARC/2025/003",
                        "vandenberg",
                        "torrance",
                        text="That the interim management letter for the year ending 30 June 2025 be received.",
                    ),
                ),
            ],
        },
        {
            "number": "4",
            "title": "Strategic Risk Register",
            "blocks": [
                (
                    "res",
                    _res(
                        "ARC/2025/004",
                        "hollingsworth",
                        "torrance",
                        parts=[
                            "Receives the updated strategic risk register.",
                            "Agrees to add risk SR14 (water services reform transition) and SR15 (cyber security of "
                            "operational technology) to the register.",
                        ],
                        preamble="That the Committee:",
                    ),
                ),
                ("p", "The meeting closed at 11.32am."),
            ],
        },
    ],
}

RCB_MINUTES = {
    "title": [
        "RANGIPO COMMUNITY BOARD",
        "UNCONFIRMED MINUTES OF THE MEETING OF THE RANGIPO COMMUNITY BOARD",
        "HELD IN THE RANGIPO MEMORIAL HALL, 3 KOWHAI STREET, RANGIPO",
        "ON MONDAY, 10 MARCH 2025, COMMENCING AT 5.30PM",
    ],
    "lists": [
        (
            "PRESENT:",
            "Hemi Tautahi (Chairperson), Tessa Brightwell, Gina Lockwood, Ray Pomare, Cr Kiri Ngatai "
            "(Council appointee)",
        ),
        (
            "IN ATTENDANCE:",
            "Mereana Hohaia (General Manager Strategy and Community), Ollie Prentice (Parks and "
            "Reserves Planner), Shona Te Whata (Governance Advisor)",
        ),
    ],
    "items": [
        {"number": "1", "title": "Apologies", "blocks": [("p", "Nil.")]},
        {
            "number": "2",
            "title": "Confirmation of Minutes",
            "blocks": [
                (
                    "res",
                    _res(
                        "RCB/2025/004",
                        "lockwood_none",
                        "pomare_none",
                        text="That the minutes of the Rangipo Community Board meeting held on 9 December 2024 be "
                        "confirmed as a true and correct record.",
                    ),
                )
            ],
        },
        {
            "number": "3",
            "title": "Naming of Reserve - 7 Miro Place",
            "blocks": [
                (
                    "p",
                    "The Parks and Reserves Planner spoke to the report and the feedback received from mana "
                    "whenua and neighbouring residents.",
                ),
                (
                    "res",
                    _res(
                        "RCB/2025/005",
                        "pomare_none",
                        "ngatai",
                        preamble="That the Board:",
                        parts=[
                            'Receives the report titled "Naming of Reserve - 7 Miro Place".',
                            'Recommends to Council that the reserve at 7 Miro Place, Rangipo, be named "Piripiri '
                            'Reserve".',
                        ],
                    ),
                ),
                ("p", "The meeting closed at 6.41pm."),
            ],
        },
    ],
}

# people in the short minutes who are not Council members, for Moved / Seconded lines
OTHER_MOVERS = {"lockwood_none": "Gina Lockwood", "pomare_none": "Ray Pomare"}

# ---------------------------------------------------------------------------------------------------
# Agenda: the order of business and each item's printed content
# ---------------------------------------------------------------------------------------------------

SPEAKERS = [
    ("Margaret Olsen", "Tauhara Plains Grey Power", "Rates affordability and the Annual Plan 2025/26"),
    ("Wiremu Hape", "Kahikatea Road residents", "Kahikatea Road seal extension (item 7.3)"),
    ("Dr Joanna Frame", "Rangipo Medical Centre", "Draft Local Alcohol Policy (item 7.4)"),
]

REPORTS = {
    "6": {
        "author": "Rachel Te Kani, Mayor",
        "authoriser": None,
        "sections": [
            (
                "Purpose",
                [
                    "To update Council on the Mayor's activities and engagements since the last ordinary "
                    "meeting of Council."
                ],
            ),
            (
                "Mayor's commentary",
                [
                    "February closed with the Waikowhai Stream flood recovery meeting in Rangipo, where the Minister "
                    "for Emergency Management heard directly from the farmers and whanau whose properties were "
                    "affected last winter. I am grateful to the Civil Defence team and to the volunteers from the "
                    "Rangipo Volunteer Fire Brigade for the work they have continued to do.",
                    "The Te Kura Road cycle bridge opened on 8 March, completing the link between Rangipo township "
                    "and the Tauhara Plains rail trail. The bridge was delivered two weeks ahead of programme and "
                    "within budget.",
                    "Placements through the Mayoral Taskforce for Jobs have now reached 41 young people since July "
                    "2024, the majority in agriculture, construction and hospitality.",
                ],
            ),
            (
                "Engagements",
                [
                    (
                        "table",
                        (
                            ["Date", "Engagement"],
                            [
                                [
                                    "27 February",
                                    "Waikowhai Stream flood recovery meeting with the Minister for Emergency Management",
                                ],
                                ["28 February", "Regional Mayoral Forum, Hamilton"],
                                ["3 March", "Citizenship ceremony - 14 new citizens"],
                                ["5 March", "Meeting with Te Runanga o Tauhara Plains board"],
                                ["8 March", "Opening of the Te Kura Road cycle bridge"],
                                ["11 March", "Kahikatea School - student council visit to the chamber"],
                                ["14 March", "Mayoral Taskforce for Jobs - employer breakfast"],
                                ["18 March", "Rangipo A and P Association annual general meeting"],
                                ["20 March", "Local Government New Zealand zone meeting (online)"],
                            ],
                            (30, 140),
                        ),
                    )
                ],
            ),
        ],
        "recommendation": {"text": "That the Mayor's Report for March 2025 be received."},
        "attachments": [],
    },
    "7.1": {
        "author": "Graeme Oberholzer, Chief Executive",
        "authoriser": "Graeme Oberholzer, Chief Executive",
        "sections": [
            (
                "Te Take / Purpose",
                ["To update Council on organisational matters and to seek approval for conference attendance."],
            ),
            ("Recommendation", ["REC"]),
            (
                "Local Water Done Well",
                [
                    "Work on the water services delivery plan continues. Following the decision at the "
                    "Extraordinary Council Meeting on 12 March 2025, consultation on the two delivery models will "
                    "run alongside the Annual Plan consultation. A joint workshop with the two neighbouring "
                    "councils is scheduled for 9 April 2025.",
                ],
            ),
            (
                "Building consents",
                [
                    "The building consents team is carrying two vacancies. Statutory timeframes were met for 91% of "
                    "consents in February, compared with 97% in the same month last year. A contract processor has "
                    "been engaged until June.",
                ],
            ),
            (
                "Health and safety",
                [
                    "One lost-time injury was recorded in February, when a contractor's staff member was struck by "
                    "a reversing loader at the Rangipo transfer station. The site traffic management plan has been "
                    "revised and WorkSafe has been notified.",
                    (
                        "table",
                        (
                            ["Month", "Incidents", "Near misses", "Lost-time injuries"],
                            [
                                ["December 2024", "6", "11", "0"],
                                ["January 2025", "4", "9", "0"],
                                ["February 2025", "7", "13", "1"],
                            ],
                            (50, 40, 40, 40),
                        ),
                    ),
                ],
            ),
            (
                "Conference attendance",
                [
                    "The Local Government New Zealand annual conference will be held in Christchurch from 16 to 18 "
                    "July 2025. Approval is sought for the Mayor and Chief Executive to attend. The estimated cost "
                    "of $7,400 (registration, travel and accommodation) can be met from the governance budget.",
                ],
            ),
        ],
        "recommendation": {
            "parts": [
                'Receives the report titled "Chief Executive\'s Report - March 2025".',
                "Approves the attendance of the Mayor and the Chief Executive at the Local Government New Zealand "
                "annual conference in Christchurch from 16 to 18 July 2025, at an estimated cost of $7,400 to be "
                "met from the governance budget.",
            ]
        },
        "attachments": [],
    },
    "7.2": {
        "author": "Jody Whitcombe, Strategic Planning Lead",
        "authoriser": "Mereana Hohaia, General Manager Strategy and Community",
        "sections": [
            (
                "Te Take / Purpose",
                [
                    "To adopt the consultation document and supporting information for the Annual Plan 2025/26, "
                    "and to approve the consultation period.",
                ],
            ),
            (
                "Whakarapopototanga / Executive Summary",
                [
                    "The Annual Plan 2025/26 is year two of the Long Term Plan 2024-2034. Because the draft plan "
                    "differs significantly from what the Long Term Plan forecast for 2025/26, Council must consult "
                    "on it. The main differences are higher insurance and interest costs and the condition "
                    "assessment of the Rangipo Aquatic Centre, which found that the main pool tank needs to be "
                    "replaced sooner than planned.",
                    "Three options are presented. Officers recommend Option 2.",
                ],
            ),
            ("Tutohunga / Recommendation", ["REC"]),
            (
                "Options",
                [
                    (
                        "table",
                        (
                            ["Option", "Average rates increase", "Advantages", "Disadvantages"],
                            [
                                [
                                    "1 - Full renewal of the aquatic centre in 2025/26",
                                    "7.9%",
                                    "Pool reopens by December 2026; lowest whole-of-life cost",
                                    "Highest rates increase; debt rises to $96.2m",
                                ],
                                [
                                    "2 - Staged renewal (preferred)",
                                    "6.4%",
                                    "Main pool replaced first; learn-to-swim pool stays open",
                                    "Longer construction period; some programmes relocated",
                                ],
                                [
                                    "3 - Defer renewal to 2027/28",
                                    "4.7%",
                                    "Lowest rates increase in 2025/26",
                                    "Risk of unplanned closure; higher cost later",
                                ],
                            ],
                            (55, 25, 45, 45),
                        ),
                    )
                ],
            ),
            (
                "Significance and engagement",
                [
                    "The proposal is significant under Council's Significance and Engagement Policy because of the "
                    "level of rates increase and the effect on a strategic asset. Consultation will use the special "
                    "consultative procedure with drop-in sessions in Rangipo, Te Kura and Waikowhai, an online "
                    "survey and a hearing on 21 May 2025.",
                ],
            ),
            (
                "Financial considerations",
                [
                    "The cost of consultation, estimated at $18,500, is within the strategy and policy budget. The "
                    "Office of the Auditor-General does not audit an annual plan consultation document.",
                ],
            ),
        ],
        "recommendation": {
            "parts": [
                'Receives the report titled "Annual Plan 2025/26 - Consultation Document and Supporting Information".',
                "Adopts the supporting information for the Annual Plan 2025/26, being the information relied on by "
                "the content of the consultation document, in accordance with section 95A(4) of the Local "
                "Government Act 2002.",
                'Adopts the Annual Plan 2025/26 consultation document "Keeping the Plains Moving" for public '
                "consultation, with Option 2 as Council's preferred option.",
                "Approves a consultation period from 2 April 2025 to 4pm on 2 May 2025, with hearings on 21 May 2025.",
                "Delegates to the Mayor and the Chief Executive the authority to approve minor editorial changes to "
                "the consultation document before it is released.",
            ]
        },
        "attachments": [
            "Draft Annual Plan 2025/26 Consultation Document (under separate cover)",
            "Supporting Information - Draft Financial Statements 2025/26 (under separate cover)",
        ],
    },
    "7.3": {
        "author": "Leon Marsters, Roading Asset Manager",
        "authoriser": "Craig Fenwick, General Manager Infrastructure Services",
        "sections": [
            (
                "Te Take / Purpose",
                [
                    "To seek approval for unbudgeted expenditure to seal 2.3 km of Kahikatea Road.",
                ],
            ),
            ("Tutohunga / Recommendation", ["REC"]),
            (
                "Background",
                [
                    "Kahikatea Road is an unsealed collector road serving eleven dwellings, two dairy farms and "
                    "the Kahikatea School. Traffic counts in October 2024 recorded an average of 410 vehicles per "
                    "day, including the school bus and milk tankers. Dust complaints have increased from 3 in "
                    "2022/23 to 19 in 2023/24.",
                    "Seal extensions are not eligible for co-funding from the NZ Transport Agency in the current "
                    "National Land Transport Programme, so the full cost would fall on ratepayers.",
                ],
            ),
            (
                "Cost estimate",
                [
                    (
                        "table",
                        (
                            ["Component", "Estimate ($, excl. GST)"],
                            [
                                ["Pavement strengthening and drainage", "238,000"],
                                ["First coat chip seal", "112,000"],
                                ["Traffic management", "24,000"],
                                ["Design, supervision and contingency", "38,000"],
                                ["Total", "412,000"],
                            ],
                            (110, 60),
                        ),
                    )
                ],
            ),
            (
                "Funding",
                [
                    "The Roading Special Reserve had a balance of $1.31m at 31 January 2025. Using $412,000 would "
                    "leave $898,000 for emergency works. The ongoing maintenance cost is estimated at $6,800 a year.",
                ],
            ),
        ],
        "recommendation": {
            "parts": [
                'Receives the report titled "Kahikatea Road Seal Extension - Unbudgeted Expenditure Request".',
                "Approves unbudgeted expenditure of up to $412,000 (excluding GST) to seal 2.3 km of Kahikatea Road "
                "in the 2025/26 construction season, funded from the Roading Special Reserve.",
                "Notes that the ongoing maintenance cost of approximately $6,800 a year will be included in the "
                "roading maintenance budget from 2026/27.",
            ]
        },
        "attachments": ["Kahikatea Road - Location Plan"],
    },
    "7.4": {
        "author": "Paul Ashdown, Regulatory Services Manager",
        "authoriser": "Mereana Hohaia, General Manager Strategy and Community",
        "sections": [
            (
                "Te Take / Purpose",
                [
                    "To approve the draft Local Alcohol Policy 2025 for public consultation under the Sale and "
                    "Supply of Alcohol Act 2012.",
                ],
            ),
            ("Tutohunga / Recommendation", ["REC"]),
            (
                "Background",
                [
                    "Council's current Local Alcohol Policy took effect in 2018. Since then the number of "
                    "off-licences in the district has grown from 14 to 21. The District Licensing Committee, Police "
                    "and the Medical Officer of Health were consulted on a draft in late 2024.",
                ],
            ),
            (
                "Key proposals",
                [
                    (
                        "bullets",
                        [
                            "Maximum trading hours for off-licences of 7am to 9pm, every day.",
                            "Maximum trading hours for on-licences of 8am to 3am in the Rangipo town centre and 8am to 1am "
                            "elsewhere, with a one-way door from 1am.",
                            "No new bottle store within 500 metres of a school, marae or early childhood centre.",
                            "Discretionary conditions for large events, including the Rangipo A and P Show.",
                        ],
                    )
                ],
            ),
            (
                "Next steps",
                [
                    "If approved, consultation will run from 7 April to 9 May 2025 and hearings will be held on 4 "
                    "June 2025. A provisional policy would then be publicly notified, after which appeals may be "
                    "lodged with the Alcohol Regulatory and Licensing Authority.",
                ],
            ),
        ],
        "recommendation": {
            "lists": "numeric",
            "parts": [
                'Receives the report titled "Draft Local Alcohol Policy 2025 - Approval for Public Consultation".',
                "Determines that the draft Local Alcohol Policy 2025 is the most appropriate way of addressing the "
                "harm from the sale and supply of alcohol in the district.",
                "Approves the draft Local Alcohol Policy 2025 and the statement of proposal for public consultation "
                "using the special consultative procedure, from 7 April to 9 May 2025.",
                "Notes that hearings of submissions are scheduled for 4 June 2025.",
            ],
        },
        "attachments": ["Draft Local Alcohol Policy 2025", "Statement of Proposal"],
    },
    "7.5": {
        "author": "Kelvin Marsh, Legal Counsel",
        "authoriser": "Graeme Oberholzer, Chief Executive",
        "sections": [
            ("Te Take / Purpose", ["To adopt amendments to the Delegations Register."]),
            ("Tutohunga / Recommendation", ["REC"]),
            (
                "Discussion",
                [
                    "The register was last reviewed in May 2024. The amendments reflect three changes: the "
                    "delegations needed for the Local Alcohol Policy process, the Fast-track Approvals Act 2024, and "
                    "the new positions created in the Infrastructure Services group. No delegation to a position "
                    "below third tier is proposed for the approval of unbudgeted expenditure.",
                    (
                        "table",
                        (
                            ["Part", "Change", "Reason"],
                            [
                                [
                                    "C3",
                                    "Add Regulatory Services Manager as a delegate under s 78 SSAA",
                                    "Alcohol policy process",
                                ],
                                [
                                    "D7",
                                    "New delegations to comment on fast-track referral applications",
                                    "Fast-track Approvals Act",
                                ],
                                ["F2", "Replace Utilities Manager with Three Waters Manager", "Restructure"],
                                [
                                    "F5",
                                    "Financial delegation for Roading Asset Manager raised to $150,000",
                                    "Restructure",
                                ],
                            ],
                            (15, 105, 50),
                        ),
                    ),
                ],
            ),
        ],
        "recommendation": {
            "parts": [
                'Receives the report titled "Delegations Register - Amendments".',
                "Adopts the amended Delegations Register, as set out in Attachment 1 to the report, with effect from "
                "1 April 2025.",
            ]
        },
        "attachments": ["Delegations Register - tracked changes (under separate cover)"],
    },
}

# number, title, parent, part, what the body prints (None: nothing, listed only)
AGENDA = [
    {"number": "1", "title": "Karakia Timatanga", "parent": None, "part": "public", "body": "procedural"},
    {"number": "2", "title": "Nga Whakapaha / Apologies", "parent": None, "part": "public", "body": "procedural"},
    {"number": "3", "title": "Conflicts of Interest", "parent": None, "part": "public", "body": "procedural"},
    {"number": "4", "title": "Public Forum", "parent": None, "part": "public", "body": "procedural"},
    {"number": "5", "title": "Confirmation of Minutes", "parent": None, "part": "public", "body": None},
    {
        "number": "5.1",
        "title": "Ordinary Council Meeting - 26 February 2025",
        "parent": "5",
        "part": "public",
        "body": "minutes",
        "minutes": PREV_ORDINARY,
        "author": "Shona Te Whata, Governance Advisor",
        "rec": "That the minutes of the Ordinary Council Meeting held on 26 February 2025 be confirmed as a true and "
        "correct record.",
    },
    {
        "number": "5.2",
        "title": "Extraordinary Council Meeting - 12 March 2025",
        "parent": "5",
        "part": "public",
        "body": "minutes",
        "minutes": PREV_EXTRAORDINARY,
        "author": "Shona Te Whata, Governance Advisor",
        "rec": "That the minutes of the Extraordinary Council Meeting held on 12 March 2025 be confirmed as a true "
        "and correct record.",
    },
    {"number": "6", "title": "Mayor's Report - March 2025", "parent": None, "part": "public", "body": "report"},
    {"number": "7", "title": "Reports", "parent": None, "part": "public", "body": None},
    {
        "number": "7.1",
        "title": "Chief Executive's Report - March 2025",
        "parent": "7",
        "part": "public",
        "body": "report",
    },
    {
        "number": "7.2",
        "title": "Annual Plan 2025/26 - Consultation Document and Supporting Information",
        "parent": "7",
        "part": "public",
        "body": "report",
    },
    {
        "number": "7.3",
        "title": "Kahikatea Road Seal Extension - Unbudgeted Expenditure Request",
        "parent": "7",
        "part": "public",
        "body": "report",
    },
    {
        "number": "7.4",
        "title": "Draft Local Alcohol Policy 2025 - Approval for Public Consultation",
        "parent": "7",
        "part": "public",
        "body": "report",
    },
    {"number": "7.5", "title": "Delegations Register - Amendments", "parent": "7", "part": "public", "body": "report"},
    {"number": "8", "title": "Receipt of Committee Minutes", "parent": None, "part": "public", "body": None},
    {
        "number": "8.1",
        "title": "Audit and Risk Committee - 4 March 2025",
        "parent": "8",
        "part": "public",
        "body": "minutes",
        "minutes": ARC_MINUTES,
        "author": "Shona Te Whata, Governance Advisor",
        "rec": "That the unconfirmed minutes of the Audit and Risk Committee meeting held on 4 March 2025 be received.",
    },
    {
        "number": "8.2",
        "title": "Rangipo Community Board - 10 March 2025",
        "parent": "8",
        "part": "public",
        "body": "minutes",
        "minutes": RCB_MINUTES,
        "author": "Shona Te Whata, Governance Advisor",
        "rec_parts": [
            "Receives the unconfirmed minutes of the Rangipo Community Board meeting held on 10 March 2025.",
            "Adopts the recommendation of the Rangipo Community Board that the reserve at 7 Miro Place, Rangipo, be "
            'named "Piripiri Reserve".',
        ],
    },
    {"number": "9", "title": "Resolution to Exclude the Public", "parent": None, "part": "public", "body": "exclude"},
    {
        "number": "PE1",
        "title": "Public Excluded Minutes of the Ordinary Council Meeting - 26 February 2025",
        "parent": "9",
        "part": "exempt",
        "body": None,
    },
    {
        "number": "PE2",
        "title": "Sale of Council Land - 18 Matai Street, Rangipo",
        "parent": "9",
        "part": "exempt",
        "body": None,
    },
    {"number": "10", "title": "Readmittance of the Public", "parent": None, "part": "public", "body": None},
    {"number": "11", "title": "Karakia Whakamutunga", "parent": None, "part": "public", "body": None},
]

# ---------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------

LM = 20.0
WIDTH = 170.0
FILL = (232, 236, 240)


class _Doc(FPDF):
    def __init__(self, head_left: str, head_right: str, page_of: bool = False) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.head_left = head_left
        self.head_right = head_right
        self.page_of = page_of
        self.show_head = False
        self.show_foot = True
        self.foot_left = ""
        self._page_foot: tuple[bool, str] = (True, "")
        self.set_margins(LM, 22, LM)
        self.set_auto_page_break(True, margin=22)
        if page_of:
            self.alias_nb_pages("{nb}")

    def header(self) -> None:
        # the footer of a page is drawn when the next page starts: remember this page's footer now
        self._page_foot = (self.show_foot, self.foot_left)
        if not self.show_head:
            return
        self.set_font("Helvetica", "", 8.5)
        self.set_text_color(70, 70, 70)
        self.set_xy(LM, 10)
        self.cell(WIDTH / 2, 4, self.head_left)
        self.cell(WIDTH / 2, 4, self.head_right, align="R")
        self.set_draw_color(120, 120, 120)
        self.line(LM, 15, LM + WIDTH, 15)
        self.set_text_color(0, 0, 0)
        self.set_xy(LM, 22)

    def footer(self) -> None:
        show, left = self._page_foot
        if not show:
            return
        self.set_y(-14)
        self.set_font("Helvetica", "", 8.5)
        self.set_text_color(70, 70, 70)
        self.cell(WIDTH / 2, 4, left)
        page = f"Page {self.page_no()} of {{nb}}" if self.page_of else f"Page {self.page_no()}"
        self.cell(WIDTH / 2, 4, page, align="R")
        self.set_text_color(0, 0, 0)

    # text helpers ------------------------------------------------------------------------------
    def para(
        self,
        text: str,
        style: str = "",
        size: float = 10,
        indent: float = 0,
        after: float = 2.2,
        align: str = "J",
        h: float = 5,
        fill: bool = False,
    ) -> None:
        self.set_font("Helvetica", style, size)
        self.set_x(LM + indent)
        self.multi_cell(WIDTH - indent, h, text, align=align, fill=fill, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if after:
            self.ln(after)

    def hanging(
        self,
        label: str,
        text: str,
        label_w: float,
        indent: float = 0,
        style: str = "",
        size=10,
        label_style: str = "",
        h: float = 5,
        fill: bool = False,
        after: float = 1.2,
    ) -> None:
        self.set_font("Helvetica", style, size)
        height = self.multi_cell(WIDTH - indent - label_w, h, text, dry_run=True, output="HEIGHT")
        if self.will_page_break(height if fill else h * 2):
            self.add_page()
        if fill:  # shade the whole row, margin to margin, before writing on it
            self.rect(LM, self.get_y(), WIDTH, height, style="F")
        self.set_x(LM + indent)
        self.set_font("Helvetica", label_style, size)
        self.cell(label_w, h, label)
        self.set_font("Helvetica", style, size)
        self.multi_cell(WIDTH - indent - label_w, h, text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if after:
            if fill:
                self.cell(WIDTH, after, "", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                self.ln(after)

    def heading(self, number: str, title: str, size: float = 11, upper: bool = False, keep: float = 20) -> None:
        if self.will_page_break(keep):
            self.add_page()
        self.ln(1.5)
        self.set_font("Helvetica", "B", size)
        self.cell(16, 6, number)
        self.multi_cell(
            WIDTH - 16, 6, title.upper() if upper else title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.ln(1.5)

    def grid(self, head: list[str], rows: list[list[str]], widths: tuple, size: float = 8.5) -> None:
        self.set_font("Helvetica", "", size)
        self.set_draw_color(90, 90, 90)
        with self.table(
            col_widths=widths,
            width=sum(widths),
            align="LEFT",
            line_height=4.2,
            text_align="LEFT",
            first_row_as_headings=True,
            repeat_headings=1,
            headings_style=_heading_style(),
        ) as table:
            row = table.row()
            for cell in head:
                row.cell(cell)
            for values in rows:
                row = table.row()
                for cell in values:
                    row.cell(cell)
        self.ln(3)


def _heading_style():
    from fpdf.fonts import FontFace

    return FontFace(emphasis="BOLD", fill_color=(215, 222, 230))


def _mover_name(key: str) -> str:
    return full(key) if key in MEMBERS else OTHER_MOVERS[key]


def _parts(pdf: _Doc, parts: list, lists: str, fill: bool) -> None:
    for i, part in enumerate(parts):
        label = f"{chr(ord('a') + i)})" if lists == "alpha" else f"{i + 1}."
        text = part["text"] if isinstance(part, dict) else part
        pdf.hanging(label, text, 8, indent=4, fill=fill, after=1.5)
        if isinstance(part, dict) and part.get("table"):
            head, rows = part["table"]
            pdf.ln(1)
            pdf.grid(head, rows, (45, 70, 55), size=8)
            pdf.para(part["tail"], indent=12, fill=False, after=2)


def render_resolution(pdf: _Doc, res: dict) -> None:
    """A shaded decision block: number, Moved / Seconded, the text or lettered parts, CARRIED."""
    if pdf.will_page_break(30):
        pdf.add_page()
    pdf.set_fill_color(*FILL)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(WIDTH, 2, "", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(WIDTH, 5.5, f"  Resolution {res['number']}", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(WIDTH, 1.5, "", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if res["style"] == "inline":
        short = cr(res["mover"]) if res["mover"] in MEMBERS else OTHER_MOVERS[res["mover"]]
        second = cr(res["seconder"]) if res["seconder"] in MEMBERS else OTHER_MOVERS[res["seconder"]]
        pdf.para(f"  Moved: {short}; Seconded: {second}", size=10, after=0, align="L", fill=True)
    else:
        pdf.hanging("  Moved:", _mover_name(res["mover"]), 24, fill=True, after=0)
        pdf.hanging("  Seconded:", _mover_name(res["seconder"]), 24, fill=True, after=0)
    pdf.cell(WIDTH, 2, "", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    has_table = any(isinstance(p, dict) for p in res["parts"])
    if res["parts"]:
        pdf.hanging("", res["preamble"], 2.5, fill=True, after=0)
        pdf.cell(WIDTH, 1.5, "", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        _parts(pdf, res["parts"], res["lists"], fill=not has_table)
    else:
        pdf.hanging("", res["text"], 2.5, fill=True, after=0)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(WIDTH, 6, "CARRIED  ", align="R", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)


def render_blocks(pdf: _Doc, blocks: list) -> None:
    for block in blocks:
        kind = block[0]
        if kind == "p":
            pdf.para(block[1])
        elif kind == "i":
            pdf.para(block[1], style="I")
        elif kind == "speaker":
            if pdf.will_page_break(18):
                pdf.add_page()
            pdf.para(block[1], style="B", after=1)
            pdf.para(block[2])
        elif kind == "res":
            render_resolution(pdf, block[1])
        elif kind == "motion":
            m = block[1]
            if pdf.will_page_break(28):
                pdf.add_page()
            pdf.para(m["heading"].upper(), style="B", after=1)
            pdf.hanging("Moved:", full(m["mover"]), 24, after=0)
            pdf.hanging("Seconded:", full(m["seconder"]), 24, after=1.5)
            pdf.para(m["text"], indent=4)
        elif kind == "division":
            v = block[1]
            pdf.para(v["lead"])
            if v["style"] == "narrative":
                pdf.hanging("For:", name_list(v["yes"]), 26, indent=4, after=0.5)
                pdf.hanging("Against:", name_list(v["no"]), 26, indent=4, after=0.5)
                if v["abstain"]:
                    pdf.hanging("Abstained:", name_list(v["abstain"]), 26, indent=4, after=0.5)
                pdf.ln(2)
                pdf.para(v["tail"], style="B")
            else:
                cols = [v["yes"], v["no"], v["abstain"]]
                head = [f"For ({len(v['yes'])})", f"Against ({len(v['no'])})", f"Abstained ({len(v['abstain'])})"]
                depth = max(len(c) for c in cols)
                rows = [[cr(c[i]) if i < len(c) else "" for c in cols] for i in range(depth)]
                pdf.grid(head, rows, (56, 56, 56), size=9)
                pdf.para(v["tail"], style="B")
        elif kind in ("hands", "recorded"):
            pdf.para(block[1]["text"])
        else:  # pragma: no cover - data error
            raise ValueError(kind)


def render_minutes_body(pdf: _Doc, spec: dict, list_w: float = 42) -> None:
    for line in spec["title"]:
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(WIDTH, 6, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    for label, text in spec["lists"]:
        pdf.hanging(label, text, list_w, label_style="B", after=2.5, h=5)
    pdf.ln(2)
    for item in spec["items"]:
        pdf.heading(item["number"], item["title"], upper=True, keep=20 if item["blocks"] else 50)
        render_blocks(pdf, item["blocks"])


def _attendance_lines() -> list[tuple[str, str]]:
    def member(entry: dict) -> str:
        return full(entry["key"]) + (f" ({entry['printed']})" if entry["printed"] else "")

    def person(name: str, role: str, note: str | None) -> str:
        return f"{name} ({role}" + (f" - {note})" if note else ")")

    return [
        ("PRESENT:", ", ".join(member(e) for e in PRESENT)),
        ("IN ATTENDANCE:", ", ".join(person(*o) for o in OFFICERS)),
        ("ALSO PRESENT:", ", ".join(person(*o) for o in ALSO_PRESENT) + f", {ALSO_PRESENT_TAIL}"),
        ("APOLOGIES:", ", ".join(member(e) for e in APOLOGIES)),
    ]


def build_minutes(path: Path) -> None:
    pdf = _Doc("Ordinary Council Meeting Minutes", DATE_SHORT, page_of=True)
    pdf.set_creation_date(CREATED_MIN)
    pdf.set_title("Minutes of the Ordinary Council Meeting - 26 March 2025")
    pdf.set_author(COUNCIL)
    pdf.foot_left = "Unconfirmed minutes - subject to confirmation at the next ordinary meeting"
    pdf.add_page()
    pdf.show_head = True
    spec = {
        "title": [
            "TAUHARA PLAINS DISTRICT COUNCIL",
            "MINUTES OF THE ORDINARY MEETING OF COUNCIL",
            "HELD IN THE COUNCIL CHAMBER, 14 TOTARA STREET, RANGIPO",
            "ON WEDNESDAY, 26 MARCH 2025, COMMENCING AT 9.30AM",
        ],
        "lists": _attendance_lines(),
        "items": MINUTE_ITEMS,
    }
    render_minutes_body(pdf, spec)
    # confirmation block
    if pdf.will_page_break(45):
        pdf.add_page()
    pdf.ln(8)
    pdf.para(
        "CONFIRMED AS A TRUE AND CORRECT RECORD AT THE ORDINARY COUNCIL MEETING TO BE HELD ON 30 APRIL 2025.",
        style="B",
        size=9.5,
        align="L",
    )
    pdf.ln(12)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(80, 5, "..................................................", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(80, 5, "CHAIRPERSON", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.cell(80, 5, "DATE: ........................................", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# agenda --------------------------------------------------------------------------------------------


def _cover(pdf: _Doc) -> None:
    pdf.show_head = False
    pdf.show_foot = False
    pdf.add_page()
    pdf.set_y(28)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(WIDTH, 10, COUNCIL.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "I", 11)
    pdf.cell(WIDTH, 6, "Te Kaunihera a Rohe o Tauhara", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(14)
    pdf.set_font("Helvetica", "B", 26)
    pdf.cell(WIDTH, 12, "AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(WIDTH, 8, "Ordinary Council Meeting", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.para("I hereby give notice that an Ordinary Meeting of Council will be held on:", size=10.5, align="L")
    pdf.ln(2)
    for label, value in (("Date:", DATE_LONG), ("Time:", "9.30am"), ("Location:", VENUE)):
        pdf.hanging(label, value, 30, indent=20, label_style="B", size=10.5, after=1)
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(WIDTH, 6, "MEMBERSHIP", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    rows = [("Chairperson", full("tekani")), ("Deputy Chairperson", full("hollingsworth"))]
    others = [k for k in MEMBERS if k not in ("tekani", "hollingsworth")]
    others.sort(key=lambda k: MEMBERS[k]["last"])
    rows += [("Members" if i == 0 else "", full(k)) for i, k in enumerate(others)]
    for label, value in rows:
        pdf.hanging(label, value, 50, indent=4, size=10, after=0)
    pdf.ln(3)
    pdf.hanging("Quorum", "6 members", 50, indent=4, size=10, label_style="B")
    pdf.ln(10)
    pdf.para("Graeme Oberholzer", style="B", after=0, align="L")
    pdf.para("Chief Executive", after=6, align="L")
    pdf.set_font("Helvetica", "", 9)
    pdf.para(
        f"Contact: {CONTACT['name']}, Governance Advisor  |  Phone: {CONTACT['phone']}  |  Email: {CONTACT['email']}",
        size=9,
        align="L",
    )
    pdf.para(
        "The reports in this agenda are officers' advice for Council to consider and do not represent a "
        "decision of Council until Council has considered them at the meeting. Members seeking further information on "
        "a report should contact the author or the authoriser before the meeting.",
        size=8.5,
        style="I",
    )


def _contents(pdf: _Doc, pages: dict[str, int]) -> None:
    pdf.show_head = True
    pdf.show_foot = True
    pdf.foot_left = ""
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(WIDTH, 8, "ORDER OF BUSINESS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(WIDTH - 12, 5, "ITEM   SUBJECT")
    pdf.cell(12, 5, "PAGE", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    was_sub = False
    for item in AGENDA:
        sub = item["parent"] is not None
        if was_sub and not sub:
            pdf.ln(0.8)
        was_sub = sub
        indent = 10 if sub else 0
        size = 10
        pdf.set_font("Helvetica", "" if sub else "B", size)
        if item["number"] == "PE1":
            pdf.ln(1)
            pdf.set_font("Helvetica", "BI", 9)
            pdf.set_x(LM + 10)
            pdf.cell(
                WIDTH - 10,
                5,
                "Public Excluded items (reports circulated separately to members)",
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            pdf.set_font("Helvetica", "", size)
        num_w = 14
        title_w = WIDTH - indent - num_w - 16
        page = pages.get(item["number"]) if item["body"] else None
        pdf.set_x(LM + indent)
        pdf.cell(num_w, 5.5, item["number"])
        lines = pdf.multi_cell(title_w, 5.5, item["title"], dry_run=True, output="LINES")
        x_title = LM + indent + num_w
        for line in lines[:-1]:
            pdf.set_x(x_title)
            pdf.cell(title_w, 5.5, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_x(x_title)
        last = lines[-1]
        if page is not None:
            used = pdf.get_string_width(last + " ")
            dot_w = pdf.get_string_width(".")
            dots = "." * int((title_w + 8 - used) / dot_w)
            pdf.cell(title_w + 8, 5.5, f"{last} {dots}")
            pdf.cell(8, 5.5, str(page), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.cell(title_w, 5.5, last, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8 if sub else 1.6)


def _item_head(pdf: _Doc, number: str, title: str) -> None:
    pdf.set_font("Helvetica", "B", 12.5)
    pdf.cell(16, 7, number)
    pdf.multi_cell(WIDTH - 16, 7, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)


def _byline(pdf: _Doc, author: str, authoriser: str | None) -> None:
    pdf.hanging("Author:", author, 26, label_style="B", after=0)
    if authoriser:
        pdf.hanging("Authoriser:", authoriser, 26, label_style="B", after=0)
    pdf.ln(4)


def _recommendation(pdf: _Doc, rec: dict, who: str = "That Council:") -> None:
    if "text" in rec:
        pdf.para(rec["text"], indent=4)
        return
    pdf.para(who, indent=4, after=1)
    lists = rec.get("lists", "alpha")
    for i, part in enumerate(rec["parts"]):
        label = f"{chr(ord('a') + i)})" if lists == "alpha" else f"{i + 1}."
        pdf.hanging(label, part, 8, indent=8, after=1.2)
    pdf.ln(2)


def _report(pdf: _Doc, item: dict) -> None:
    rep = REPORTS[item["number"]]
    _item_head(pdf, item["number"], item["title"])
    _byline(pdf, rep["author"], rep["authoriser"])
    printed_rec = False
    for n, (head, content) in enumerate(rep["sections"], start=1):
        if pdf.will_page_break(22):
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(10, 6, f"{n}.")
        pdf.cell(WIDTH - 10, 6, head, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        for piece in content:
            if piece == "REC":
                _recommendation(pdf, rep["recommendation"])
                printed_rec = True
            elif isinstance(piece, tuple) and piece[0] == "table":
                head_row, rows, widths = piece[1]
                pdf.grid(head_row, rows, widths, size=8.5)
            elif isinstance(piece, tuple) and piece[0] == "bullets":
                for b in piece[1]:
                    pdf.hanging("-", b, 6, indent=6, after=0.8)
                pdf.ln(2)
            else:
                pdf.para(piece, indent=0)
    if not printed_rec:
        if pdf.will_page_break(20):
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(WIDTH, 6, "Recommendation", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        _recommendation(pdf, rep["recommendation"])
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.ln(2)
    pdf.cell(WIDTH, 6, "Attachments", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if rep["attachments"]:
        for i, name in enumerate(rep["attachments"], start=1):
            pdf.hanging(f"{i}.", name, 8, indent=4, after=0.5)
    else:
        pdf.para("There are no attachments for this report.", after=0)


def _minutes_item(pdf: _Doc, item: dict) -> None:
    _item_head(pdf, item["number"], item["title"])
    _byline(pdf, item["author"], "Graeme Oberholzer, Chief Executive")
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(WIDTH, 6, "Recommendation", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    if "rec_parts" in item:
        _recommendation(pdf, {"parts": item["rec_parts"]})
    else:
        _recommendation(pdf, {"text": item["rec"]})
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(WIDTH, 6, "Attachments", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.hanging("1.", f"Minutes - {item['title']}", 8, indent=4)
    pdf.foot_left = f"Item {item['number']} - Attachment 1"
    pdf.add_page()
    render_minutes_body(pdf, item["minutes"])


def _procedural(pdf: _Doc, item: dict) -> None:
    _item_head(pdf, item["number"], item["title"])
    n = item["number"]
    if n == "1":
        pdf.para("Kia hora te marino, kia whakapapa pounamu te moana. The meeting will open with a karakia.")
    elif n == "2":
        pdf.para(
            "At the close of the agenda an apology for lateness had been received from Cr Dean McCallum. Cr Sue "
            "Dromgool is on a leave of absence granted by Council on 26 February 2025."
        )
    elif n == "3":
        pdf.para(
            "Members are reminded of the need to be vigilant and to stand aside from decision-making when a "
            "conflict arises between their role as an elected member and any private or other external "
            "interest they might have."
        )
    elif n == "4":
        pdf.para(
            "Up to 30 minutes is set aside for members of the public to speak to Council, with each speaker "
            "allowed five minutes. At the close of the agenda the following requests to speak had been "
            "received:"
        )
        for name, org, topic in SPEAKERS:
            pdf.hanging("-", f"{name} ({org}) - {topic}", 6, indent=6, after=0.8)
    pdf.ln(3)


def _exclude(pdf: _Doc, item: dict) -> None:
    _item_head(pdf, item["number"], item["title"])
    pdf.para("Recommendation", style="B", size=10.5, after=1)
    pdf.para("That Council:", indent=4, after=1)
    pdf.hanging("a)", PE_LEAD, 8, indent=8, after=1.5)
    pdf.grid(PE_HEAD, PE_ROWS, (45, 70, 55), size=8)
    pdf.para(PE_TAIL, indent=16)
    pdf.hanging("b)", PE_REMAIN, 8, indent=8, after=2)


def _agenda_pdf(pages: dict[str, int]) -> tuple[_Doc, dict[str, int], dict[str, int]]:
    pdf = _Doc("Ordinary Council Meeting Agenda", DATE_SHORT)
    pdf.set_creation_date(CREATED)
    pdf.set_title("Ordinary Council Meeting Agenda - 26 March 2025")
    pdf.set_author(COUNCIL)
    _cover(pdf)
    _contents(pdf, pages)
    starts: dict[str, int] = {}
    ends: dict[str, int] = {}
    for item in AGENDA:
        body = item["body"]
        if body is None:
            continue
        if not (body == "procedural" and item["number"] != "1"):
            pdf.foot_left = f"Item {item['number']}" if body != "procedural" else ""
            pdf.add_page()
        starts[item["number"]] = pdf.page_no()
        if body == "procedural":
            _procedural(pdf, item)
        elif body == "report":
            _report(pdf, item)
        elif body == "minutes":
            _minutes_item(pdf, item)
        elif body == "exclude":
            _exclude(pdf, item)
        ends[item["number"]] = pdf.page_no()
    return pdf, starts, ends


def build_agenda(path: Path) -> dict[str, tuple[int, int]]:
    _, starts, _ = _agenda_pdf({})
    pdf, starts2, ends = _agenda_pdf(starts)
    assert starts == starts2, "page numbers moved between passes"
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return {n: (starts[n], ends[n]) for n in starts}


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    build_agenda(agenda)
    build_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------------


def _agenda_pages() -> dict[str, tuple[int, int]]:
    _, starts, ends = _agenda_pdf({})
    _, starts, ends = _agenda_pdf(starts)
    return {n: (starts[n], ends[n]) for n in starts}


def _res_count(res: dict) -> int:
    return len(res["parts"]) or 1


def _minutes_gold() -> dict:
    items, per_item, votes = [], {}, []
    for item in MINUTE_ITEMS:
        items.append({"number": item["number"], "title": item["title"], "agenda_item": item["number"]})
        count = sum(_res_count(b[1]) for b in item["blocks"] if b[0] == "res")
        if count:
            per_item[item["number"]] = count
        for kind, *rest in item["blocks"]:
            v = rest[0] if rest else None
            if kind == "division":
                surname = lambda keys: [MEMBERS[k]["last"] for k in keys]  # noqa: E731
                votes.append(
                    {
                        "item": item["number"],
                        "motion": v["motion"],
                        "result": v["result"],
                        "result_as_printed": v["result_as_printed"],
                        "counts": {"yes": len(v["yes"]), "no": len(v["no"]), "abstain": len(v["abstain"])},
                        "voters": {"yes": surname(v["yes"]), "no": surname(v["no"]), "abstain": surname(v["abstain"])},
                        "note": v["note"],
                    }
                )
            elif kind == "hands":
                votes.append(
                    {
                        "item": item["number"],
                        "motion": v["motion"],
                        "result": v["result"],
                        "counts": {"yes": v["yes"], "no": v["no"], "abstain": v["abstain"]},
                        "note": "Show of hands; figures printed, no names.",
                    }
                )
            elif kind == "recorded":
                votes.append(
                    {
                        "item": item["number"],
                        "motion": v["motion"],
                        "result": v["result"],
                        "counts": None,
                        "voters": {"no": [MEMBERS[k]["last"] for k in v["no"]]},
                        "note": "Voices vote with one member's vote against recorded at his request; no figures.",
                    }
                )
    attendance = []
    for e in PRESENT:
        m = MEMBERS[e["key"]]
        attendance.append({"name": f"{m['first']} {m['last']}", "status": e["status"], "role": e["role"]})
    for name, role, _note in OFFICERS:
        attendance.append({"name": name, "status": "in_attendance", "role": role})
    for name, role, _note in ALSO_PRESENT:
        attendance.append({"name": name, "status": "also_present", "role": role})
    for e in APOLOGIES:
        m = MEMBERS[e["key"]]
        attendance.append({"name": f"{m['first']} {m['last']}", "status": "apologies", "role": "Councillor"})
    return {
        "meeting": {"date": DATE_ISO, "start_time": START_TIME, "end_time": END_TIME},
        "items": items,
        "resolutions": sum(per_item.values()),
        "resolutions_per_item": per_item,
        "votes": votes,
        "attendance": attendance,
    }


def gold() -> dict:
    pages = _agenda_pages()
    agenda = []
    for item in AGENDA:
        span = pages.get(item["number"]) if item["body"] else None
        agenda.append(
            {
                "number": item["number"],
                "title": item["title"],
                "pages": {"first": span[0], "last": span[1]} if span else None,
                "part": item["part"],
                "parent": item["parent"],
            }
        )
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "NZ",
        "notes": [
            "Country is given as NZ, outside the README's UK/CA/US list, because the council is a New Zealand "
            "district council.",
            "Items 1-4 are procedural and printed together on one page, so each carries that same page as both "
            "first and last page, as the contents prints it for each.",
            "The group headings 5, 7 and 8 print no page number in the Order of Business, so their pages are null "
            "while their sub-items carry the pages printed against them.",
            "Each paged item runs from its printed page to the page before the next printed page; attached "
            "minutes (items 5.1, 5.2, 8.1, 8.2) belong to their item's range.",
            "Item 9 is the last item with a page and runs to the last page of the agenda.",
            "PE1 and PE2 are listed under item 9 after a 'Public Excluded items' sub-heading with no page "
            "numbers; they are exempt sub-items of item 9 (the sub-heading is not an item).",
            "Items 10 (Readmittance of the Public) and 11 (Karakia Whakamutunga) print no page and are public "
            "because they take place after the public is re-admitted.",
            "The three public forum speakers listed under item 4 are topics of that item, not agenda items.",
            "The minutes attached inside the agenda (previous Council meetings and committees) are part of their "
            "items and are not scored as minutes of this file.",
            "Meeting contact is the Governance Advisor named on the cover page.",
        ],
        "meeting": {
            "body": "Council",
            "meeting_type": "Ordinary Council Meeting",
            "date": DATE_ISO,
            "start_time": START_TIME,
            "contact": dict(CONTACT),
        },
        "agenda": agenda,
    }
    minutes = _minutes_gold()
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "NZ",
        "notes": [
            "The minutes never print the word 'resolved', so resolutions are counted from the council's own "
            "formal decision blocks headed 'Resolution TPDC/2025/nnn': each lettered or numbered part counts "
            "once and a block without parts counts one.",
            "The lost amendment under item 7.2 is a motion that was not adopted and is not counted as a resolution.",
            "The resolution to exclude the public (item 9) counts two, for its parts a) and b); the grounds "
            "table and the reliance paragraph inside part a) are not separate parts.",
            "Item 10's readmittance resolution is printed in the open minutes and counted, although it is "
            "passed at the end of the public excluded session.",
            "Votes: the 7.2 amendment division (3-7, lost) and the 7.4 division (6-2 with 1 abstention) print "
            "names and figures; the 7.3 show of hands prints figures only.",
            "Cr Rapana's request that his vote against the 7.2 substantive motion be recorded is given as a "
            "vote with null counts and his name under 'no', since no figures are printed.",
            "Cr Vandenberg, who withdrew for item 7.4 because of a conflict of interest, is neither a voter nor "
            "an absentee in that division.",
            "Cr McCallum (arrived 9.48am) and Cr Strachan (left 12.05pm) are present; Cr Ruawai, printed "
            "'via audio-visual link', is virtual.",
            "Cr Dromgool is listed under APOLOGIES with '(leave of absence)' and is given as apologies.",
            "Officers are in_attendance, including those attending only for single items; the Community Board "
            "chair and the property adviser permitted to remain for PE2 are also_present; unnamed members of "
            "the public and media are not listed.",
            "Public forum speakers are named only within item 4, not in the attendance part, so they are not in "
            "attendance.",
            "The group headings 5, 7 and 8 are printed as numbered minute headings with no text and are listed "
            "as items; PE1 and PE2 appear only in the grounds table and are not minute items.",
            "The Mayor's role is given as 'Mayor (Chairperson)' from the PRESENT list.",
            "End time 12:56 is taken from 'The meeting closed at 12.56pm' under item 11.",
        ],
        "meeting": {
            "body": "Council",
            "meeting_type": "Ordinary Council Meeting",
            "date": DATE_ISO,
            "start_time": START_TIME,
            "end_time": END_TIME,
        },
        "minutes": minutes,
    }
    return {
        "agendas__tauhara-plains_council_2025-03-26_agenda": agenda_record,
        "minutes__tauhara-plains_council_2025-03-26_minutes": minutes_record,
    }

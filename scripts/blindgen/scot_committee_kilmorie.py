"""Kilmorie Council (fictional Scottish unitary council): Communities Committee of Thursday 19 June 2025.

Two files, printed in the house style of an Angus Council service committee:

* ``agendas/kilmorie_communities_2025-06-19_agenda.pdf`` - the summons letter signed by the Director of Legal,
  Governance and Change ("Dear Councillor, You are requested to attend ..."), a membership page, then the
  AGENDA: numbered items in bold capitals, each with an indented "Submit Report No 2xx/25 by the Director of
  ... (copy herewith)" line; item 3 (MINUTES) has lettered sub-items (a)-(c); an unnumbered "EXEMPT
  INFORMATION" banner sits above the last two items, which carry the Schedule 7A paragraph numbers. No page
  numbers are printed against the items; pages carry a centred "Page n" footer.
* ``minutes/kilmorie_communities_2025-06-19_minutes.pdf`` - "MINUTE of MEETING of the COMMUNITIES COMMITTEE
  held in ... and remotely on ...", a sederunt in Angus form (Present: Councillors in capitals, a line naming
  those who attended remotely, Also Present, In Attendance officers with job titles, "Councillor X, Convener,
  in the Chair"), then minute items numbered 1-14 in the order of business. Decisions are recorded as "The
  Committee agreed:-" with (i), (ii) ... parts, or "There was submitted and noted Report No ..."; the single
  exception is the exclusion of the public, recorded as "The Committee resolved that ...". Divisions are
  printed in two ways (a "there voted:-" block with "For the motion:-", "For the amendment:-", "No vote:-"
  and a count in brackets, and once inline in a sentence); one division is tied and settled by the
  Convener's casting vote. Members arrive late, withdraw for a declared interest, leave, and the meeting
  adjourns. The minute numbers run one ahead of the agenda numbers after the exclusion minute (which has no
  agenda item). Running header with committee and date, "Page n of m" footer.

All names, places, amounts and wording are invented. Both the PDFs and gold() are produced from the
module-level data below.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from fpdf import FPDF

COUNCIL = "KILMORIE COUNCIL"
BODY = "Communities Committee"
DATE_ISO = "2025-06-19"
DATE_TEXT = "Thursday 19 June 2025"
START_TEXT = "10.00 am"
START_ISO = "10:00"
END_TEXT = "12.41 pm"
END_ISO = "12:41"
VENUE = "the Council Chamber, County Buildings, Ardkeld"
CREATED = dt.datetime(2025, 6, 27, 9, 30, 0, tzinfo=dt.timezone.utc)
AGENDA_CREATED = dt.datetime(2025, 6, 10, 14, 5, 0, tzinfo=dt.timezone.utc)

AGENDA_FILE = "agendas/kilmorie_communities_2025-06-19_agenda.pdf"
MINUTES_FILE = "minutes/kilmorie_communities_2025-06-19_minutes.pdf"

CONTACT = {"name": "Hazel Stirton", "phone": "01632 960210", "email": "committee.services@kilmorie.gov.uk"}
SIGNATORY = ("ROSLYN MACKIE", "Director of Legal, Governance and Change")

# ---------------------------------------------------------------- people
# key -> (first name, surname); the committee membership in the order of the membership page
MEMBERS = {
    "duthie": ("Morag", "Duthie"),
    "reidford": ("Calum", "Reidford"),
    "balfour": ("Derek", "Balfour"),
    "crichton": ("Elaine", "Crichton"),
    "ferrier": ("Isla", "Ferrier"),
    "guthrie": ("Lorna", "Guthrie"),
    "lowson": ("Kirsteen", "Lowson"),
    "mccrone": ("Alan", "McCrone"),
    "mckechnie": ("Ruaraidh", "McKechnie"),
    "soutar": ("Jean", "Soutar"),
    "strachan": ("Peter", "Strachan"),
    "tawse": ("Graham", "Tawse"),
}
ROLES = {"duthie": "Convener", "reidford": "Vice-Convener"}
SUBSTITUTES = {"arbuthnott": ("Neil", "Arbuthnott", "strachan")}  # key -> (first, surname, for whom)
APOLOGIES = ["guthrie", "strachan"]
REMOTE = ["mckechnie", "soutar"]
# printed order of the "Present:" line: Convener, Vice-Convener, then alphabetical (substitute included)
PRESENT_ORDER = [
    "duthie",
    "reidford",
    "arbuthnott",
    "balfour",
    "crichton",
    "ferrier",
    "lowson",
    "mccrone",
    "mckechnie",
    "soutar",
    "tawse",
]
ALSO_PRESENT = [("Anne", "Whytock", "for item 8")]
OFFICERS = [
    ("Alison", "Keillor", "Director of Communities"),
    ("Martin", "Dryburgh", "Service Leader - Housing"),
    ("Gillian", "Petrie", "Service Leader - Roads and Transportation"),
    ("Colin", "MacHardy", "Service Leader - Environmental Services"),
    ("Pauline", "Gray", "Team Leader - Community Assets (for item 9)"),
    ("Fraser", "Inglis", "Manager - Finance (Communities)"),
    ("Catriona", "Bell", "Team Leader - Legal Services"),
    ("Hazel", "Stirton", "Committee Officer"),
]


def first_last(key: str) -> tuple[str, str]:
    if key in SUBSTITUTES:
        return SUBSTITUTES[key][0], SUBSTITUTES[key][1]
    return MEMBERS[key]


def surname(key: str) -> str:
    return first_last(key)[1]


def caps_name(first: str, last: str) -> str:
    """Angus style capitals, keeping the small c of Mc names (ALAN McCRONE)."""
    if last.startswith("Mc"):
        return f"{first.upper()} Mc{last[2:].upper()}"
    return f"{first.upper()} {last.upper()}"


def caps_surname(key: str) -> str:
    last = surname(key)
    return f"Mc{last[2:].upper()}" if last.startswith("Mc") else last.upper()


def join_and(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def councillors(keys: list[str]) -> str:
    word = "Councillor" if len(keys) == 1 else "Councillors"
    return f"{word} {join_and([surname(k) for k in keys])}"


# ---------------------------------------------------------------- agenda
# number, title, description lines, part, parent, report
AGENDA = [
    {"number": "1", "title": "APOLOGIES/SUBSTITUTES", "lines": [], "part": "public", "parent": None},
    {
        "number": "2",
        "title": "DECLARATIONS OF INTEREST",
        "part": "public",
        "parent": None,
        "lines": [
            "Members are reminded that, in terms of The Councillors' Code, it is their responsibility to make "
            "decisions about whether to declare an interest in any item on this agenda and whether to take "
            "part in any discussions or voting."
        ],
    },
    {"number": "3", "title": "MINUTES", "lines": [], "part": "public", "parent": None},
    {
        "number": "(a)",
        "title": "Previous Meeting",
        "part": "public",
        "parent": "3",
        "lines": [
            "Submit, for approval as a correct record, the minute of meeting of this Committee of "
            "24 April 2025 (copy herewith)."
        ],
    },
    {
        "number": "(b)",
        "title": "Strathkeld Common Good Fund Sub-Committee",
        "part": "public",
        "parent": "3",
        "lines": [
            "Submit, for noting, the minute of meeting of the Strathkeld Common Good Fund Sub-Committee of "
            "20 May 2025 (copy herewith)."
        ],
    },
    {
        "number": "(c)",
        "title": "Housing Tenant Participation Forum",
        "part": "public",
        "parent": "3",
        "lines": [
            "Submit, for noting, the minute of meeting of the Housing Tenant Participation Forum of "
            "3 June 2025 (copy herewith)."
        ],
    },
    {
        "number": "4",
        "title": "COMMUNITIES REVENUE MONITORING 2025/26",
        "part": "public",
        "parent": None,
        "report": "211/25",
        "by": "the Director of Finance",
    },
    {
        "number": "5",
        "title": "HOUSING REVENUE ACCOUNT CAPITAL PROGRAMME 2024/25 - OUTTURN",
        "part": "public",
        "parent": None,
        "report": "212/25",
        "by": "the Director of Communities",
    },
    {
        "number": "6",
        "title": "LOCAL HOUSING STRATEGY 2025-2030 - CONSULTATION OUTCOME AND FINAL STRATEGY",
        "part": "public",
        "parent": None,
        "report": "213/25",
        "by": "the Director of Communities",
    },
    {
        "number": "7",
        "title": "PUBLIC CONVENIENCE PROVISION - REVIEW OF OPENING ARRANGEMENTS",
        "part": "public",
        "parent": None,
        "report": "214/25",
        "by": "the Director of Communities",
    },
    {
        "number": "8",
        "title": "PROPOSED 20MPH SPEED LIMIT - GLENBRAE AND MILLHOLM",
        "part": "public",
        "parent": None,
        "report": "215/25",
        "by": "the Director of Communities",
    },
    {
        "number": "9",
        "title": "COMMUNITY ASSET TRANSFER REQUEST - FORMER BOWLING PAVILION, KNOCKSIDE PARK, ARDKELD",
        "part": "public",
        "parent": None,
        "report": "216/25",
        "by": "the Director of Communities",
    },
    {
        "number": "10",
        "title": "BEREAVEMENT SERVICES - MEMORIAL SAFETY INSPECTION PROGRAMME 2025-2028",
        "part": "public",
        "parent": None,
        "report": "217/25",
        "by": "the Director of Communities",
    },
    {
        "number": "11",
        "title": "WINTER SERVICE PLAN 2025/26",
        "part": "public",
        "parent": None,
        "report": "218/25",
        "by": "the Director of Communities",
    },
    {
        "number": "12",
        "title": "CONTRACT AWARD - RESPONSIVE REPAIRS TO VOID PROPERTIES FRAMEWORK",
        "part": "exempt",
        "parent": None,
        "report": "219/25",
        "by": "the Director of Communities",
        "paragraphs": "Paragraphs 6 and 8",
    },
    {
        "number": "13",
        "title": "PROPOSED ACQUISITION OF LAND AT WEST MAINS, STRATHKELD",
        "part": "exempt",
        "parent": None,
        "report": "220/25",
        "by": "the Director of Communities",
        "paragraphs": "Paragraph 9",
    },
]
EXEMPT_BANNER = "EXEMPT INFORMATION"
EXEMPT_TEXT = (
    "It is anticipated that the public and press will be excluded from the meeting during "
    "consideration of the following items so as to prevent the disclosure of information which is "
    "exempt in terms of Part I of Schedule 7A to the Local Government (Scotland) Act 1973."
)

# ---------------------------------------------------------------- votes (divisions)
VOTES = {
    "7": {
        "mover": "duthie",
        "seconder": "reidford",
        "motion": "that the Committee approve the recommendations contained in the Report.",
        "amender": "ferrier",
        "amend_seconder": "tawse",
        "amendment_intro": "moved as an amendment that the Committee:-",
        "amendment": [
            "note the contents of the Report;",
            "agree that the public conveniences at Portlevan Harbour and Kirkbrae Square remain open on a "
            "year-round basis; and",
            "request the Director of Communities to identify the sum of £38,500 required to do so from within "
            "the Communities revenue budget and to report back to the next meeting of this Committee.",
        ],
        "yes": ["duthie", "reidford", "arbuthnott", "balfour", "crichton", "lowson", "mccrone"],
        "no": ["ferrier", "mckechnie", "tawse"],
        "abstain": ["soutar"],
        "style": "block",
        "result": "carried",
        "outcome": "The motion was declared carried and the Committee agreed:-",
    },
    "8": {
        "mover": "mccrone",
        "seconder": "crichton",
        "motion": "that the Committee approve the recommendations contained in the Report.",
        "amender": "balfour",
        "amend_seconder": "soutar",
        "amendment_intro": "moved as an amendment that the Committee:-",
        "amendment": [
            "defer consideration of the proposed Traffic Regulation Order for a period of three months; and",
            "request the Director of Communities to undertake further consultation with residents of the "
            "B9314 Millholm Road, the operators of the Glenbrae Business Park and the local bus operator, "
            "and to report back to the meeting of this Committee on 25 September 2025.",
        ],
        "yes": ["duthie", "arbuthnott", "crichton", "lowson", "mccrone"],
        "no": ["balfour", "ferrier", "mckechnie", "soutar", "tawse"],
        "abstain": [],
        "style": "block",
        "result": "carried",
        "outcome": "There being an equality of votes, the Convener exercised her casting vote in favour of the "
        "motion, which was accordingly declared carried, and the Committee agreed:-",
    },
    "9": {
        "mover": "crichton",
        "seconder": "arbuthnott",
        "motion": "that the Committee approve the recommendations contained in the Report.",
        "amender": "tawse",
        "amend_seconder": "ferrier",
        "amendment_intro": "moved as an amendment that the Committee",
        "amendment_inline": "refuse the request for the transfer of ownership, agree instead to offer the "
        "Knockside Pavilion Group a 25-year lease at a nominal rent of £1 per annum, and "
        "request officers to report back on the terms of the lease.",
        "yes": ["duthie", "reidford", "arbuthnott", "balfour", "crichton", "mccrone", "mckechnie", "soutar"],
        "no": ["ferrier", "tawse"],
        "abstain": [],
        "style": "inline",
        "result": "carried",
        "outcome": "The motion was declared carried and the Committee agreed:-",
    },
}

# ---------------------------------------------------------------- minute
# Each block: ("p", text) paragraph; ("bold", text) bold paragraph; ("bullets", [text]); ("sub", label, heading)
# lettered sub-heading inside an item; ("agreed", intro, [parts]) the Committee's decision in parts;
# ("resolved", text) a "resolved" clause; ("vote", item) the division from VOTES; ("note", text) a procedural
# note in italics.
MINUTE = [
    {
        "number": "1",
        "title": "APOLOGIES/SUBSTITUTES",
        "agenda_item": "1",
        "blocks": [
            (
                "p",
                "Apologies for absence were intimated on behalf of Councillors "
                f"{join_and([' '.join(MEMBERS[k]) for k in APOLOGIES])}, with Councillor "
                f"{' '.join(SUBSTITUTES['arbuthnott'][:2])} substituting for Councillor Strachan.",
            ),
        ],
    },
    {
        "number": "2",
        "title": "DECLARATIONS OF INTEREST",
        "agenda_item": "2",
        "blocks": [
            ("p", "The following declarations of interest were intimated:-"),
            (
                "bullets",
                [
                    "Councillor Reidford declared a financial interest in item 8 as he owned a residential property on "
                    "Millholm Road, Glenbrae, which would be affected by the proposals. He indicated that he would leave "
                    "the meeting during consideration of that item.",
                    "Councillor Ferrier declared a non-financial interest in item 6 as a non-executive board member of "
                    "Ardkeld and District Housing Association. Having regard to the specific exclusion in paragraph 5.18 "
                    "of The Councillors' Code, she indicated that she would take part in discussion and voting.",
                    "Councillor Crichton made a transparency statement in relation to item 9, as she had been a member of "
                    "Knockside Bowling Club until its dissolution in 2023. Having applied the objective test, she did "
                    "not consider that she had an interest to declare and indicated that she would take part in "
                    "discussion and voting.",
                ],
            ),
        ],
    },
    {
        "number": "3",
        "title": "MINUTES",
        "agenda_item": "3",
        "blocks": [
            ("sub", "(a)", "PREVIOUS MEETING"),
            (
                "p",
                "The minute of meeting of this Committee of 24 April 2025 was submitted and approved as a correct "
                'record and signed by the Convener, subject to the deletion of the words "and Inchdrew" in the '
                "second paragraph of Article 6.",
            ),
            ("sub", "(b)", "STRATHKELD COMMON GOOD FUND SUB-COMMITTEE"),
            (
                "p",
                "The minute of meeting of the Strathkeld Common Good Fund Sub-Committee of 20 May 2025, a copy of "
                "which is appended hereto, was submitted and noted (APPENDIX I).",
            ),
            ("sub", "(c)", "HOUSING TENANT PARTICIPATION FORUM"),
            (
                "p",
                "The minute of meeting of the Housing Tenant Participation Forum of 3 June 2025, a copy of which is "
                "appended hereto, was submitted and noted (APPENDIX II).",
            ),
        ],
    },
    {
        "number": "4",
        "title": "COMMUNITIES REVENUE MONITORING 2025/26",
        "agenda_item": "4",
        "blocks": [
            (
                "p",
                "There was submitted Report No 211/25 by the Director of Finance providing an update on the "
                "projected revenue outturn for the Communities directorate for 2025/26, based on financial "
                "information as at 31 May 2025.",
            ),
            (
                "p",
                "The Report indicated a projected net overspend of £412,000 against a net revenue budget of "
                "£61.84 million, largely attributable to increased demand for temporary accommodation (£286,000) "
                "and higher than anticipated vehicle maintenance costs within the fleet service (£171,000), partly "
                "offset by staff turnover savings within Roads and Transportation. Appendix 2 to the Report set out "
                "proposed budget virements totalling £95,000.",
            ),
            ("note", "Councillor Balfour joined the meeting at 10.20 am, during consideration of this item."),
            (
                "p",
                "Having heard from the Manager - Finance (Communities) in response to questions from members "
                "regarding the use of bed and breakfast accommodation in Portlevan, the Committee agreed:-",
            ),
            (
                "agreed",
                None,
                [
                    "to note the projected revenue position of the Communities directorate for 2025/26 as set out in "
                    "the Report;",
                    "to approve the budget virements detailed in Appendix 2 to the Report; and",
                    "to request the Director of Communities to submit a report to a future meeting of this Committee on "
                    "the measures being taken to reduce reliance on bed and breakfast accommodation.",
                ],
            ),
        ],
    },
    {
        "number": "5",
        "title": "HOUSING REVENUE ACCOUNT CAPITAL PROGRAMME 2024/25 - OUTTURN",
        "agenda_item": "5",
        "blocks": [
            (
                "p",
                "There was submitted Report No 212/25 by the Director of Communities advising of the outturn "
                "position of the Housing Revenue Account (HRA) capital programme for 2024/25 and seeking approval "
                "for the carry forward of slippage into 2025/26.",
            ),
            (
                "p",
                "The Report indicated that gross capital expenditure of £27.31 million had been incurred against "
                "a revised budget of £30.02 million. The principal areas of slippage related to the new build "
                "programme at Kirkbrae Road, where completion of 36 units had moved into the first quarter of "
                "2025/26, and the external wall insulation programme in Strathkeld, which had been delayed by the "
                "availability of specialist contractors.",
            ),
            (
                "p",
                "The Service Leader - Housing confirmed, in response to a question from Councillor Tawse, that "
                "the delay at Kirkbrae Road had not resulted in any additional cost to the Council.",
            ),
            (
                "agreed",
                "The Committee agreed:-",
                [
                    "to note the HRA capital outturn for 2024/25 as detailed in Appendix 1 to the Report; and",
                    "to approve the carry forward of slippage of £2.71 million into the 2025/26 HRA capital programme.",
                ],
            ),
        ],
    },
    {
        "number": "6",
        "title": "LOCAL HOUSING STRATEGY 2025-2030 - CONSULTATION OUTCOME AND FINAL STRATEGY",
        "agenda_item": "6",
        "blocks": [
            (
                "p",
                "With reference to Article 9 of the minute of meeting of this Committee of 6 February 2025, there "
                "was submitted Report No 213/25 by the Director of Communities presenting the outcome of the "
                "public consultation on the draft Local Housing Strategy 2025-2030 and seeking approval of the "
                "final Strategy, a copy of which was appended to the Report.",
            ),
            (
                "p",
                "The Report advised that 412 responses had been received during the twelve-week consultation "
                "period, together with the views of 14 community councils and of the Housing Tenant Participation "
                "Forum. The principal changes made to the draft Strategy in light of the responses included a "
                "strengthened commitment on accessible housing, a revised target of 1,050 affordable homes over "
                "the five-year period and a new priority on rural housing in the Glens.",
            ),
            (
                "p",
                "Members welcomed the Strategy and commended the level of engagement achieved, particularly with "
                "younger people through the schools' housing survey.",
            ),
            (
                "agreed",
                "The Committee agreed:-",
                [
                    "to note the outcome of the consultation as detailed in Appendix 1 to the Report;",
                    "to approve the Local Housing Strategy 2025-2030 as set out in Appendix 2 to the Report;",
                    "to delegate authority to the Director of Communities to make minor presentational amendments to "
                    "the Strategy prior to its submission to the Scottish Government; and",
                    "to note that annual progress reports on the Strategy would be submitted to this Committee.",
                ],
            ),
        ],
    },
    {
        "number": "7",
        "title": "PUBLIC CONVENIENCE PROVISION - REVIEW OF OPENING ARRANGEMENTS",
        "agenda_item": "7",
        "blocks": [
            (
                "p",
                "There was submitted Report No 214/25 by the Director of Communities presenting the findings of the "
                "review of public convenience provision across Kilmorie and proposing revised opening "
                "arrangements with effect from 1 October 2025.",
            ),
            (
                "p",
                "The Report proposed that the facilities at Portlevan Harbour, Kirkbrae Square, Inchdrew Links and "
                "Glenbrae Car Park operate on a seasonal basis between April and September only, that the "
                "Comfort Scheme be extended to a further 12 participating businesses, and that the annual "
                "payment to each participating business be increased from £600 to £750. The proposals would "
                "achieve a net saving of £64,200 per annum towards the savings target agreed by the Council on "
                "27 February 2025.",
            ),
            (
                "p",
                "The Service Leader - Environmental Services responded to questions from members on usage figures, "
                "the accessibility of Comfort Scheme premises and the provision of Changing Places toilets.",
            ),
            ("vote", "7"),
        ],
    },
    {
        "number": "8",
        "title": "PROPOSED 20MPH SPEED LIMIT - GLENBRAE AND MILLHOLM",
        "agenda_item": "8",
        "blocks": [
            (
                "note",
                "Having declared an interest at Article 2 above, Councillor Reidford left the meeting during "
                "consideration of this item.",
            ),
            (
                "p",
                "There was submitted Report No 215/25 by the Director of Communities seeking approval to promote a "
                "Traffic Regulation Order introducing a 20mph speed limit on the roads in Glenbrae and Millholm "
                "detailed in Appendix 1 to the Report, including the B9314 Millholm Road between its junctions "
                "with Station Brae and the A977.",
            ),
            (
                "p",
                "The Report advised that the proposals formed part of the national strategy for 20mph speed limits "
                "in built-up areas, and that speed surveys undertaken in March 2025 had recorded mean speeds of "
                "between 24mph and 31mph on the roads concerned. Of the 96 responses to the informal consultation, "
                "61 had been in favour of the proposals.",
            ),
            (
                "p",
                "The Committee heard a deputation from Mr Iain Tulloch and Mrs Sheila Haggart on behalf of "
                "Glenbrae and Millholm Community Council, who spoke in support of the proposals and highlighted "
                "the concerns of parents at Millholm Primary School. The Convener thanked the deputation, who "
                "returned to the public gallery.",
            ),
            (
                "p",
                "Councillor Whytock, as a local member for the Glens ward, addressed the Committee and asked that "
                "consideration be given to the impact of the proposals on the Glenbrae Business Park.",
            ),
            ("vote", "8"),
            (
                "note",
                "Councillors McKechnie and Soutar, who were attending remotely, intimated their votes verbally. "
                "Councillor Reidford rejoined the meeting at the conclusion of this item.",
            ),
        ],
    },
    {
        "number": "9",
        "title": "COMMUNITY ASSET TRANSFER REQUEST - FORMER BOWLING PAVILION, KNOCKSIDE PARK, ARDKELD",
        "agenda_item": "9",
        "blocks": [
            (
                "note",
                "The Convener adjourned the meeting at 11.35 am. The meeting reconvened at 11.45 am with all "
                "members present as per the sederunt, with the exception of Councillor Lowson, who had left "
                "the meeting during the adjournment.",
            ),
            (
                "p",
                "There was submitted Report No 216/25 by the Director of Communities considering a request from "
                "the Knockside Pavilion Group, a Scottish Charitable Incorporated Organisation, under Part 5 of "
                "the Community Empowerment (Scotland) Act 2015, for the transfer of ownership of the former "
                "bowling pavilion and green at Knockside Park, Ardkeld.",
            ),
            (
                "p",
                "The Report advised that the Group proposed to refurbish the pavilion as a community hub, with a "
                "cafe operated as a social enterprise, at an estimated cost of £318,000, and that the assessment "
                "panel had scored the request at 71 out of 100. The market value of the property had been assessed "
                "by the District Valuer at £42,000 and the Group had offered a price of £5,000, a discount of "
                "88 per cent.",
            ),
            (
                "p",
                "The Team Leader - Community Assets advised members on the conditions which would be attached to "
                "the transfer, including a right of pre-emption in favour of the Council should the property "
                "cease to be used for community purposes.",
            ),
            ("vote", "9"),
            (
                "agreed",
                None,
                [
                    "to agree the transfer of ownership of the former bowling pavilion and green at Knockside Park, "
                    "Ardkeld, to the Knockside Pavilion Group for the sum of £5,000, subject to the conditions set "
                    "out in Section 5 of the Report;",
                    "to note that the Group would require to demonstrate that funding for the refurbishment had been "
                    "secured before the transfer was concluded; and",
                    "to delegate authority to the Team Leader - Legal Services to conclude the transfer on terms which "
                    "protect the interests of the Council.",
                ],
            ),
        ],
    },
    {
        "number": "10",
        "title": "BEREAVEMENT SERVICES - MEMORIAL SAFETY INSPECTION PROGRAMME 2025-2028",
        "agenda_item": "10",
        "blocks": [
            (
                "p",
                "There was submitted and noted Report No 217/25 by the Director of Communities providing details of "
                "the programme of memorial safety inspections to be undertaken in the Council's 47 burial grounds "
                "between August 2025 and March 2028, in accordance with the statutory guidance on burial ground "
                "management.",
            ),
            (
                "p",
                "The Service Leader - Environmental Services advised that lair holders would be notified in "
                "writing, and that notices would be displayed at each burial ground at least four weeks before "
                "inspections began. Any memorial found to be unstable would be made safe by temporary support "
                "rather than being laid flat, wherever practicable.",
            ),
        ],
    },
    {
        "number": "11",
        "title": "WINTER SERVICE PLAN 2025/26",
        "agenda_item": "11",
        "blocks": [
            (
                "p",
                "There was submitted Report No 218/25 by the Director of Communities presenting the Winter Service "
                "Plan for 2025/26 and a review of the winter service provided during 2024/25.",
            ),
            (
                "p",
                "The Report indicated that 2024/25 had been a moderate winter, with 96 gritting actions undertaken "
                "on the primary network and 14,350 tonnes of salt used, and that the cost of the service had been "
                "£3.42 million against a budget of £3.60 million. The Plan proposed that the primary gritting "
                "network remain unchanged, that 20 additional grit bins be provided at sites identified by "
                "community councils, and that the pilot of route-based weather forecasting be extended to the "
                "Glens.",
            ),
            (
                "p",
                "In response to a question from Councillor McKechnie, the Service Leader - Roads and Transportation "
                "confirmed that salt stocks stood at 19,800 tonnes, which exceeded the recommended minimum.",
            ),
            (
                "agreed",
                "The Committee agreed:-",
                [
                    "to note the review of the winter service for 2024/25;",
                    "to approve the Winter Service Plan 2025/26 as set out in the Appendix to the Report;",
                    "to approve the provision of 20 additional grit bins at the locations listed in Section 4 of the "
                    "Report; and",
                    "to note that the Plan would be published on the Council's website and circulated to all community "
                    "councils.",
                ],
            ),
        ],
    },
    {
        "number": "12",
        "title": "EXCLUSION OF PUBLIC AND PRESS",
        "agenda_item": None,
        "blocks": [
            (
                "resolved",
                "The Committee resolved that, under Section 50A(4) of the Local Government (Scotland) Act "
                "1973, the public and press be excluded from the meeting during consideration of the "
                "following items so as to prevent the disclosure of information which is exempt in terms "
                "of Paragraphs 6, 8 and 9 of Part I of Schedule 7A to the Act.",
            ),
        ],
    },
    {
        "number": "13",
        "title": "CONTRACT AWARD - RESPONSIVE REPAIRS TO VOID PROPERTIES FRAMEWORK",
        "agenda_item": "12",
        "blocks": [
            (
                "p",
                "There was submitted Report No 219/25 by the Director of Communities seeking approval for the "
                "award of a four-lot framework agreement for responsive repairs to void council properties for "
                "the period 1 August 2025 to 31 July 2029.",
            ),
            (
                "agreed",
                "After discussion, the Committee agreed:-",
                [
                    "to approve the award of the framework agreement as detailed in Section 6 of the Report; and",
                    "to note that performance under the framework would be reported to this Committee annually.",
                ],
            ),
        ],
    },
    {
        "number": "14",
        "title": "PROPOSED ACQUISITION OF LAND AT WEST MAINS, STRATHKELD",
        "agenda_item": "13",
        "blocks": [
            (
                "p",
                "There was submitted Report No 220/25 by the Director of Communities seeking approval for the "
                "acquisition of land at West Mains, Strathkeld, for the purposes of affordable housing.",
            ),
            ("p", "The Committee agreed to approve the recommendations contained in the Report."),
        ],
    },
]
CLOSING = f"The meeting ended at {END_TEXT}."

ROMAN = ["(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)", "(vii)"]


# ---------------------------------------------------------------- rendering helpers
class KilmoriePDF(FPDF):
    def __init__(self, header_text: str | None, footer_total: bool) -> None:
        super().__init__(format="A4", unit="mm")
        self.header_text = header_text
        self.footer_total = footer_total
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=22)

    def header(self) -> None:
        if self.header_text and self.page_no() > 1:
            self.set_font("Helvetica", "", 8)
            self.set_xy(20, 9)
            self.cell(0, 4, self.header_text, align="R")
            self.set_y(18)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 9)
        text = f"Page {self.page_no()} of {{nb}}" if self.footer_total else f"Page {self.page_no()}"
        self.cell(0, 5, text, align="C")


LINE = 5.4


def para(pdf: FPDF, x: float, text: str, style: str = "", size: float = 11, gap: float = 2.5) -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(x)
    pdf.multi_cell(190 - x, LINE, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def hanging(pdf: FPDF, x: float, label: str, indent: float, text: str, gap: float = 1.8) -> None:
    pdf.set_font("Helvetica", "", 11)
    if pdf.will_page_break(LINE * 2):
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_xy(x, y)
    pdf.cell(indent, LINE, label)
    pdf.set_xy(x + indent, y)
    pdf.multi_cell(190 - x - indent, LINE, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


# ---------------------------------------------------------------- agenda
def agenda_lines(item: dict) -> list[str]:
    """The description lines printed under an agenda item (not items themselves)."""
    lines = list(item.get("lines", []))
    if item.get("report"):
        lines.append(f"Submit Report No {item['report']} by {item['by']} (copy herewith).")
    if item.get("paragraphs"):
        lines.append(f"({item['paragraphs']})")
    return lines


def render_agenda(path: Path) -> None:
    pdf = KilmoriePDF(None, False)
    pdf.set_creation_date(AGENDA_CREATED)
    pdf.set_title("Communities Committee - 19 June 2025 - Agenda")
    pdf.add_page()
    # letterhead
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 9, COUNCIL, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for line in ["County Buildings", "Market Street", "ARDKELD", "KL6 1AA"]:
        pdf.set_x(130)
        pdf.cell(60, 4.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_x(130)
    pdf.cell(60, 4.5, "Telephone: 01632 960200", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(130)
    pdf.cell(60, 4.5, "Date: 10 June 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    para(pdf, 20, "Dear Councillor,", gap=4)
    pdf.set_font("Helvetica", "BU", 11)
    pdf.cell(0, 6, "COMMUNITIES COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(
        pdf,
        20,
        "You are requested to attend a meeting of the COMMUNITIES COMMITTEE to be held in the COUNCIL "
        "CHAMBER, COUNTY BUILDINGS, ARDKELD and remotely on THURSDAY 19 JUNE 2025 at 10.00 AM.",
        gap=4,
    )
    para(
        pdf,
        20,
        "The meeting will be broadcast live on the Council's website. Members of the public who wish to "
        "observe the meeting in person should note that seating in the public gallery is limited.",
        gap=4,
    )
    para(
        pdf,
        20,
        "Members attending remotely are asked to join the meeting no later than 9.45 am to allow "
        "connection checks to be carried out.",
        gap=8,
    )
    para(pdf, 20, "Yours faithfully,", gap=12)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, LINE, SIGNATORY[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, LINE, SIGNATORY[1], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(
        0,
        5,
        f"Please contact {CONTACT['name']}, Committee Officer, on {CONTACT['phone']} or by email "
        f"to {CONTACT['email']} if you have any queries about this agenda.",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    # membership
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "COMMUNITIES COMMITTEE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "MEMBERSHIP", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 11)
    for key, (first, last) in MEMBERS.items():
        pdf.set_x(45)
        pdf.cell(80, 6.5, f"Councillor {first} {last}")
        pdf.cell(0, 6.5, ROLES.get(key, ""), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    para(pdf, 45, "Quorum: Four members")

    # agenda
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    banner_done = False
    for item in AGENDA:
        if item["part"] == "exempt" and not banner_done:
            banner_done = True
            pdf.ln(2)
            para(pdf, 20, EXEMPT_BANNER, style="B", gap=1.5)
            para(pdf, 20, EXEMPT_TEXT, gap=5)
        lines = agenda_lines(item)
        if pdf.will_page_break(LINE * (2 + len(lines))):
            pdf.add_page()
        y = pdf.get_y()
        if item["parent"] is None:
            pdf.set_font("Helvetica", "B", 11)
            pdf.set_xy(20, y)
            pdf.cell(12, LINE, f"{item['number']}.")
            pdf.set_xy(32, y)
            pdf.multi_cell(158, LINE, item["title"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            for line in lines:
                para(pdf, 32, line, gap=1.5)
            pdf.ln(3)
        else:
            pdf.set_font("Helvetica", "B", 11)
            pdf.set_xy(32, y)
            pdf.cell(10, LINE, item["number"])
            pdf.set_xy(42, y)
            pdf.multi_cell(148, LINE, item["title"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            for line in lines:
                para(pdf, 42, line, gap=1.5)
            pdf.ln(2)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---------------------------------------------------------------- minute
def render_vote(pdf: FPDF, number: str) -> None:
    v = VOTES[number]
    para(
        pdf,
        32,
        f"Councillor {surname(v['mover'])}, seconded by Councillor {surname(v['seconder'])}, moved {v['motion']}",
    )
    lead = f"Councillor {surname(v['amender'])}, seconded by Councillor {surname(v['amend_seconder'])}, "
    if "amendment" in v:
        para(pdf, 32, lead + v["amendment_intro"], gap=1.5)
        for label, text in zip(ROMAN, v["amendment"]):
            hanging(pdf, 32, label, 10, text)
        pdf.ln(0.7)
    else:
        para(pdf, 32, lead + v["amendment_intro"] + " " + v["amendment_inline"])
    if v["style"] == "block":
        para(pdf, 32, "On a division, there voted:-", gap=2)
        groups = [("For the motion:-", v["yes"]), ("For the amendment:-", v["no"]), ("No vote:-", v["abstain"])]
        for label, keys in groups:
            if not keys:
                continue
            para(pdf, 32, label, style="B", gap=1)
            para(pdf, 42, f"{councillors(keys)} ({len(keys)}).", gap=2.5)
    else:
        text = (
            f"On a division, there voted for the motion, {councillors(v['yes'])} ({len(v['yes'])}); and for "
            f"the amendment, {councillors(v['no'])} ({len(v['no'])})."
        )
        para(pdf, 32, text)
    follows = number in AFTER_VOTE or any(b[0] == "agreed" and b[1] is None for b in _blocks(number))
    if v["outcome"].endswith(":-") and not follows:
        raise ValueError(f"vote {number} ends in ':-' but no decision follows")


def _blocks(number: str) -> list:
    return next(m["blocks"] for m in MINUTE if m["number"] == number)


# decisions printed straight after the division, keyed by minute number
AFTER_VOTE = {
    "7": [
        "to approve the revised opening arrangements for public conveniences set out in Section 4 of the Report "
        "with effect from 1 October 2025;",
        "to approve the extension of the Comfort Scheme and the increase in the annual payment to participating "
        "businesses to £750; and",
        "to request the Director of Communities to report back to this Committee in twelve months' time on the "
        "operation of the revised arrangements.",
    ],
    "8": [
        "to approve the promotion of the Traffic Regulation Order detailed in Appendix 1 to the Report;",
        "to note that any objections received during the statutory consultation period would be reported to "
        "this Committee for determination; and",
        "to request the Director of Communities to meet with the operators of the Glenbrae Business Park to "
        "discuss their concerns.",
    ],
}


def render_minutes(path: Path) -> None:
    pdf = KilmoriePDF(f"Communities Committee - {DATE_TEXT}", True)
    pdf.set_creation_date(CREATED)
    pdf.set_title("Communities Committee - 19 June 2025 - Minute")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(
        pdf,
        20,
        f"MINUTE of MEETING of the COMMUNITIES COMMITTEE held in {VENUE} and remotely on {DATE_TEXT} at {START_TEXT}.",
        gap=4,
    )
    present = [caps_name(*first_last(k)) for k in PRESENT_ORDER]
    para(pdf, 20, f"Present: Councillors {join_and(present)}.", gap=3)
    remote = " and ".join(caps_surname(k) for k in REMOTE)
    para(pdf, 20, f"Councillors {remote} attended the meeting remotely.", gap=3)
    also = ", ".join(f"Councillor {caps_name(f, s)} ({why})" for f, s, why in ALSO_PRESENT)
    para(pdf, 20, f"Also Present: {also}.", gap=3)
    officers = [f"{caps_name(f, s)}, {title}" for f, s, title in OFFICERS]
    para(pdf, 20, "In Attendance: " + "; ".join(officers[:-1]) + " and " + officers[-1] + ".", gap=3)
    para(pdf, 20, f"Councillor {caps_surname('duthie')}, Convener, in the Chair.", gap=5)

    for item in MINUTE:
        if pdf.will_page_break(LINE * 4):
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(20, y)
        pdf.cell(12, LINE, f"{item['number']}.")
        pdf.set_xy(32, y)
        pdf.multi_cell(158, LINE, item["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
        for block in item["blocks"]:
            kind = block[0]
            if kind == "p":
                para(pdf, 32, block[1])
            elif kind == "note":
                para(pdf, 32, block[1], style="I")
            elif kind == "resolved":
                para(pdf, 32, block[1])
            elif kind == "bullets":
                for text in block[1]:
                    hanging(pdf, 32, chr(149), 6, text, gap=2.2)
                pdf.ln(0.5)
            elif kind == "sub":
                if pdf.will_page_break(LINE * 3):
                    pdf.add_page()
                y = pdf.get_y()
                pdf.set_font("Helvetica", "B", 11)
                pdf.set_xy(32, y)
                pdf.cell(10, LINE, block[1])
                pdf.set_xy(42, y)
                pdf.multi_cell(148, LINE, block[2], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "agreed":
                if block[1]:
                    para(pdf, 32, block[1], gap=1.8)
                for label, text in zip(ROMAN, block[2]):
                    hanging(pdf, 32, label, 10, text)
                pdf.ln(1.2)
            elif kind == "vote":
                render_vote(pdf, block[1])
                para(pdf, 32, VOTES[block[1]]["outcome"], gap=1.8)
                for label, text in zip(ROMAN, AFTER_VOTE.get(block[1], [])):
                    hanging(pdf, 32, label, 10, text)
                if block[1] in AFTER_VOTE:
                    pdf.ln(1.2)
        pdf.ln(2)
    pdf.ln(2)
    para(pdf, 20, CLOSING)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    render_agenda(agenda)
    render_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------- gold
def _minute_texts(item: dict) -> list[str]:
    texts = [item["title"]]
    for block in item["blocks"]:
        if block[0] in ("p", "note", "resolved"):
            texts.append(block[1])
        elif block[0] == "bullets":
            texts += block[1]
        elif block[0] == "sub":
            texts.append(block[2])
        elif block[0] == "agreed":
            texts += [block[1] or ""] + block[2]
        elif block[0] == "vote":
            v = VOTES[block[1]]
            texts += [v["motion"], v.get("amendment_inline", ""), v["outcome"]] + v.get("amendment", [])
            texts += AFTER_VOTE.get(block[1], [])
    return texts


def _resolutions_per_item() -> dict[str, int]:
    per = {}
    for item in MINUTE:
        count = sum(1 for b in item["blocks"] if b[0] == "resolved")
        # every printed use of the word must be one of the counted clauses
        used = sum(len(re.findall(r"\bresolved\b", t, re.I)) for t in _minute_texts(item))
        if used != count:
            raise ValueError(f"minute {item['number']}: 'resolved' printed {used} times, {count} counted")
        if count:
            per[item["number"]] = count
    return per


def _agenda_gold() -> dict:
    items = []
    for item in AGENDA:
        record = {
            "number": item["number"],
            "title": item["title"],
            "pages": None,
            "part": item["part"],
            "parent": item["parent"],
        }
        if item["part"] == "exempt":
            record["section"] = EXEMPT_BANNER
            record["note"] = item["paragraphs"]
        if item.get("report"):
            record["report"] = f"Report No {item['report']}"
        if agenda_lines(item):
            record["topics"] = agenda_lines(item)
        items.append(record)
    return {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            'Sub-items of item 3 are numbered as printed, "(a)", "(b)" and "(c)", with parent "3".',
            "The 'Submit Report No ... (copy herewith)' and 'Submit, for approval ...' lines under each item are "
            "descriptions of the item, not items, and are kept out of the titles.",
            "The unnumbered EXEMPT INFORMATION heading and its paragraph are a banner, not an agenda item; items "
            "12 and 13 below it are marked exempt and given that banner as section.",
            "The Schedule 7A paragraph line printed under each exempt item is kept out of the title as a note.",
            "No page numbers are printed against agenda items, so every item has pages null.",
            "The membership list and summons letter are not agenda items.",
        ],
        "meeting": {"body": BODY, "date": DATE_ISO, "start_time": START_ISO, "contact": dict(CONTACT)},
        "agenda": items,
    }


def _attendance() -> list[dict]:
    rows = []
    for key in PRESENT_ORDER:
        first, last = first_last(key)
        if key in SUBSTITUTES:
            rows.append(
                {
                    "name": f"{first} {last}",
                    "status": "substitute",
                    "substitute_for": " ".join(MEMBERS[SUBSTITUTES[key][2]]),
                }
            )
        elif key in REMOTE:
            rows.append({"name": f"{first} {last}", "status": "virtual"})
        else:
            row = {"name": f"{first} {last}", "status": "present"}
            if key == "duthie":
                row["role"] = "Convener"
            rows.append(row)
    for first, last, _why in ALSO_PRESENT:
        rows.append({"name": f"{first} {last}", "status": "also_present"})
    for first, last, title in OFFICERS:
        rows.append({"name": f"{first} {last}", "status": "in_attendance", "role": title})
    for key in APOLOGIES:
        rows.append({"name": " ".join(MEMBERS[key]), "status": "apologies"})
    return rows


def _votes_gold() -> list[dict]:
    out = []
    for number, v in VOTES.items():
        out.append(
            {
                "item": number,
                "result": v["result"],
                "counts": {"yes": len(v["yes"]), "no": len(v["no"]), "abstain": len(v["abstain"])},
                "voters": {
                    "yes": [surname(k) for k in v["yes"]],
                    "no": [surname(k) for k in v["no"]],
                    "abstain": [surname(k) for k in v["abstain"]],
                },
                "motion": v["motion"],
                "mover": surname(v["mover"]),
                "seconder": surname(v["seconder"]),
                "result_as_printed": v["outcome"],
            }
        )
    out[1]["note"] = "Tied 5-5; carried on the Convener's casting vote, which is not added to the printed figures."
    return out


# the decisions per minute under the gold format's rule for minutes whose decisions are worded
# "The Committee agreed:-" (tests/gold/README.md): every agreed, approved or noted statement and
# each numbered part, and the one "resolved" clause; recounted by a second reader from the PDF
DECISIONS_PER_ITEM = {
    "3": 3,
    "4": 3,
    "5": 2,
    "6": 4,
    "7": 3,
    "8": 3,
    "9": 3,
    "10": 1,
    "11": 4,
    "12": 1,
    "13": 2,
    "14": 1,
}


def _minutes_gold() -> dict:
    _resolutions_per_item()  # checks that "resolved" is printed only where the exclusion is
    per = dict(DECISIONS_PER_ITEM)
    meeting = {"body": BODY, "date": DATE_ISO, "start_time": START_ISO, "end_time": END_ISO}
    return {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "The minute words its decisions 'The Committee agreed:-' (the word 'resolved' only once, for the "
            "exclusion of the public), so resolutions count every agreed, approved or noted statement, each "
            "numbered part (i), (ii) ... once, and the resolved clause; motions and amendments as moved are not "
            "counted. (First written as 1, the 'resolved' clause only; recounted under the README's rule.)",
            "The lettered paragraphs (a)-(c) under Article 3 are parts of one minute item, not separate items.",
            "Article 12 (exclusion of public and press) has no agenda item, so its agenda_item is null and "
            "Articles 13 and 14 record agenda items 12 and 13.",
            "In each division 'For the motion' is counted as yes, 'For the amendment' as no and 'No vote' as abstain.",
            "The tied division at Article 8 (5-5) is recorded as carried because the Convener's casting vote "
            "went to the motion; the casting vote is not added to the printed counts.",
            "The inline division at Article 9 is recorded like the block divisions, with no abstentions.",
            "Councillors McKechnie and Soutar, named in the Present line but recorded as attending remotely, "
            "are given status virtual.",
            "Councillor Arbuthnott, in the Present line and recorded at Article 1 as substituting for "
            "Councillor Strachan, is given status substitute.",
            "Councillors Guthrie and Strachan are taken as apologies from Article 1, the only place they are named.",
            "Councillor Whytock, printed under Also Present for item 8, is also_present.",
            "Officers under In Attendance are in_attendance with their job titles as role, including the officer "
            "attending for item 9 only.",
            "The deputation speakers at Article 8 are named only in the body of the item and are not attendance.",
            "Late arrival (Balfour), withdrawal (Reidford), departure (Lowson) and the adjournment do not change "
            "anyone's attendance status.",
            "The end time is taken from the closing line 'The meeting ended at 12.41 pm'.",
        ],
        "meeting": dict(meeting),
        "minutes": {
            "meeting": dict(meeting),
            "items": [{"number": m["number"], "title": m["title"], "agenda_item": m["agenda_item"]} for m in MINUTE],
            "resolutions": sum(per.values()),
            "resolutions_per_item": per,
            "votes": _votes_gold(),
            "attendance": _attendance(),
        },
    }


def gold() -> dict:
    return {
        "agendas__" + Path(AGENDA_FILE).stem: _agenda_gold(),
        "minutes__" + Path(MINUTES_FILE).stem: _minutes_gold(),
    }

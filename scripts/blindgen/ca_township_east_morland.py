"""Township of East Morland (fictional small Ontario township): regular Council meeting of 18 February 2025.

The council has seven members (Mayor, Deputy Mayor and five Councillors elected at large) and meets on the first
and third Tuesday of the month at 7:00 p.m. in the Council Chambers of the Municipal Office in Harrowby, with
members allowed to take part electronically under the Procedural By-law. The CAO/Clerk prints Word-style
documents on letter paper:

* ``agendas/east-morland_council_2025-02-18_agenda.pdf`` - the agenda: corporate banner, a decimal-numbered
  list of items (1 to 16, sub-items 5.1, 8.1.1 ...), with the staff recommendation printed in italics under
  many items (not items themselves), closed-session items citing s. 239(2) of the Municipal Act, 2001, and a
  closing block naming the Clerk with phone and e-mail. No page references are printed against items.
* ``minutes/east-morland_council_2025-02-18_minutes.pdf`` - the minutes: attendance block (Present / Present
  Electronically / Regrets / Staff Present / Also Present), headings following the agenda numbers (the
  correspondence items received together under the section heading, an item added to the agenda at the
  meeting), every decision as a numbered resolution ("Resolution No. 2025-058", Moved by / Seconded by,
  "THAT ...", Carried or Defeated), some resolutions in numbered or lettered parts, two recorded votes (one
  printed as Yeas/Nays lists, one as a table), arrivals, departures, a recess, a lost electronic connection,
  a declaration of pecuniary interest, a statutory Planning Act public meeting, closed session and rise and
  report, confirming by-law and adjournment. Running header and "Page x of y" footer.

All people, places, amounts and wording are invented. The data below drives both the PDFs and the gold.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

CORPORATION = "THE CORPORATION OF THE TOWNSHIP OF EAST MORLAND"
DATE_ISO = "2025-02-18"
DATE_LONG = "Tuesday, February 18, 2025"
DATE_SHORT = "February 18, 2025"
START = ("19:00", "7:00 p.m.")
END = ("21:33", "9:33 p.m.")
VENUE = "Council Chambers, Municipal Office, 1187 Harrowby Road, Harrowby, Ontario"
CLERK = {"name": "Meredith Kowalchuk", "phone": "613-555-0148", "email": "clerk@eastmorland.ca"}
CREATED = datetime(2025, 2, 19, 10, 15, tzinfo=timezone.utc)

AGENDA_FILE = "agendas/east-morland_council_2025-02-18_agenda.pdf"
MINUTES_FILE = "minutes/east-morland_council_2025-02-18_minutes.pdf"

# ---------------------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------------------

# surname -> (first name, title, status in the minutes, note printed after the name)
MEMBERS = {
    "Whitcombe": ("Darlene", "Mayor", "present", ""),
    "Ruttan": ("Gordon", "Deputy Mayor", "present", ""),
    "Brouwer": ("Annelise", "Councillor", "virtual", ""),
    "Gauthier": ("Pat", "Councillor", "present", "(arrived 7:06 p.m.)"),
    "Hebert": ("Lorne", "Councillor", "present", ""),
    "McAllister": ("Ferris", "Councillor", "present", ""),
    "Tiessen": ("Warren", "Councillor", "apologies", ""),
}
MEMBER_ORDER = ["Whitcombe", "Ruttan", "Brouwer", "Gauthier", "Hebert", "McAllister", "Tiessen"]

# (name, job title, note)
STAFF = [
    ("Meredith Kowalchuk", "CAO/Clerk", ""),
    ("Janice Oddie", "Deputy Clerk (Recording Secretary)", ""),
    ("Trevor Lindqvist", "Treasurer", ""),
    ("Owen Desrosiers", "Director of Public Works", ""),
    ("Glen Hartwick", "Fire Chief", ""),
    ("Ruth-Ann Pyper", "Chief Building Official", "(departed 8:52 p.m.)"),
]

# printed as one line each; (printed text, [(gold name, role)])
ALSO_PRESENT = [
    ("Nadia Oyelaran, Senior Planner, County of Hastwick", [("Nadia Oyelaran", "Senior Planner, County of Hastwick")]),
    (
        "Kathleen Ostrander, President, Morland Valley Agricultural Society",
        [("Kathleen Ostrander", "President, Morland Valley Agricultural Society")],
    ),
    ("Dale Furtado, P.Eng., Greyhaven Engineering Ltd.", [("Dale Furtado", "Greyhaven Engineering Ltd.")]),
    ("Rose and Ivan Szabo (applicants, Item 7.1)", [("Rose Szabo", "Applicant"), ("Ivan Szabo", "Applicant")]),
    ("Hank Vanderploeg", [("Hank Vanderploeg", None)]),
    ("Tessa Lam, Morland Valley Courier", [("Tessa Lam", "Morland Valley Courier")]),
]


def who(surname: str) -> str:
    """How the minutes name a member: title and surname."""
    return f"{MEMBERS[surname][1]} {surname}"


# ---------------------------------------------------------------------------------------------------------------
# Agenda: (number, title, parent, part, note, lines printed under the item)
# ---------------------------------------------------------------------------------------------------------------

AGENDA = [
    ("1", "Call to Order", None, "public", None, []),
    ("2", "Land Acknowledgement", None, "public", None, []),
    (
        "3",
        "Adoption of the Agenda",
        None,
        "public",
        None,
        [
            "Recommendation: THAT the agenda for the Regular Meeting of Council of February 18, 2025 be adopted as "
            "circulated."
        ],
    ),
    ("4", "Disclosure of Pecuniary Interest and the General Nature Thereof", None, "public", None, []),
    ("5", "Adoption of Minutes", None, "public", None, []),
    (
        "5.1",
        "Regular Meeting of Council - February 4, 2025",
        "5",
        "public",
        None,
        [
            "Recommendation: THAT the minutes of the Regular Meeting of Council held February 4, 2025 be adopted as "
            "circulated."
        ],
    ),
    (
        "5.2",
        "Special Meeting of Council (2025 Budget) - February 10, 2025",
        "5",
        "public",
        None,
        [
            "Recommendation: THAT the minutes of the Special Meeting of Council held February 10, 2025 be adopted as "
            "circulated."
        ],
    ),
    ("6", "Delegations and Presentations", None, "public", None, []),
    (
        "6.1",
        "Kathleen Ostrander, Morland Valley Agricultural Society - 2025 Harrowby Fall Fair and Request for "
        "Municipal Grant",
        "6",
        "public",
        None,
        ["Recommendation: THAT Council receive the delegation for information."],
    ),
    (
        "6.2",
        "Dale Furtado, P.Eng., Greyhaven Engineering Ltd. - Concession 6 Bridge over Tinker's Creek "
        "(Structure 014), Rehabilitation Options",
        "6",
        "public",
        None,
        ["Recommendation: THAT Council receive the presentation for information."],
    ),
    ("7", "Public Meeting - Planning Act", None, "public", "(7:30 p.m. or as soon thereafter)", []),
    (
        "7.1",
        "Zoning By-law Amendment Application Z-01-2025 (Szabo), Part Lot 14, Concession 5, 2871 Concession Road 5",
        "7",
        "public",
        None,
        [
            "Planning Report PL-2025-02, County of Hastwick Planning Services",
            "Purpose: to rezone a surplus farm dwelling lot to Rural Residential (RR) and the retained farmland to "
            "Agricultural Exception Fourteen (A-14), as a condition of consent application B-22-2024.",
        ],
    ),
    ("8", "Staff Reports", None, "public", None, []),
    ("8.1", "Public Works", "8", "public", None, []),
    (
        "8.1.1",
        "Report PW-2025-03 - Winter Maintenance Update",
        "8.1",
        "public",
        None,
        ["Recommendation: THAT Council receive Report PW-2025-03 for information."],
    ),
    (
        "8.1.2",
        "Report PW-2025-04 - Tender Award, 2025 Gravel Supply",
        "8.1",
        "public",
        None,
        [
            "Recommendation: THAT Tender T-PW-2025-01 be awarded to Kessler Sand & Gravel Ltd. in the amount of "
            "$318,640.00 plus HST."
        ],
    ),
    ("8.2", "Finance", "8", "public", None, []),
    (
        "8.2.1",
        "Report TR-2025-05 - 2025 Operating and Capital Budget",
        "8.2",
        "public",
        None,
        ["Recommendation: THAT Council adopt the 2025 Operating and Capital Budget as presented."],
    ),
    (
        "8.2.2",
        "Report TR-2025-06 - 2024 Statement of Remuneration and Expenses, Members of Council and Appointees",
        "8.2",
        "public",
        None,
        ["Recommendation: THAT Council receive Report TR-2025-06 for information."],
    ),
    ("8.3", "Fire Department", "8", "public", None, []),
    (
        "8.3.1",
        "Report FD-2025-01 - 2024 Annual Report of the East Morland Fire Department",
        "8.3",
        "public",
        None,
        ["Recommendation: THAT Council receive Report FD-2025-01 for information."],
    ),
    ("8.4", "Building and By-law Enforcement", "8", "public", None, []),
    (
        "8.4.1",
        "Report CBO-2025-02 - Building Permit Activity, January 2025",
        "8.4",
        "public",
        None,
        ["Recommendation: THAT Council receive Report CBO-2025-02 for information."],
    ),
    ("8.5", "Clerk's Department", "8", "public", None, []),
    (
        "8.5.1",
        "Report CL-2025-07 - Amendments to Procedural By-law 2023-41, Electronic Participation",
        "8.5",
        "public",
        None,
        ["Recommendation: THAT By-law 2025-11 be brought forward for consideration under Item 12.3."],
    ),
    ("9", "Correspondence", None, "public", None, []),
    ("9.1", "County of Hastwick - 2025 Upper-Tier Levy Apportionment", "9", "public", None, ["For information."]),
    (
        "9.2",
        "Morland Valley Conservation Authority - 2025 Budget and Municipal Levy",
        "9",
        "public",
        None,
        ["For information."],
    ),
    (
        "9.3",
        "Township of Bexley Falls - Resolution regarding Rural Broadband and Cellular Coverage",
        "9",
        "public",
        None,
        ["Request for support."],
    ),
    ("10", "Committee Minutes and Reports", None, "public", None, []),
    ("10.1", "East Morland Recreation Committee - January 22, 2025", "10", "public", None, []),
    ("10.2", "Harrowby Public Library Board - January 15, 2025", "10", "public", None, []),
    ("11", "Notices of Motion", None, "public", None, []),
    ("12", "By-laws", None, "public", None, []),
    (
        "12.1",
        "By-law 2025-09 - Zoning By-law Amendment (Szabo), Part Lot 14, Concession 5",
        "12",
        "public",
        None,
        [],
    ),
    ("12.2", "By-law 2025-10 - Appointment of a Deputy Chief Building Official", "12", "public", None, []),
    ("12.3", "By-law 2025-11 - Amendment to Procedural By-law 2023-41", "12", "public", None, []),
    (
        "13",
        "Closed Session",
        None,
        "public",
        None,
        [
            "Recommendation: THAT Council proceed into closed session pursuant to Section 239(2) of the Municipal "
            "Act, 2001 to discuss the following matters:"
        ],
    ),
    (
        "13.1",
        "Section 239(2)(c) - Proposed or Pending Disposition of Land - Unopened Road Allowance, Concession 2",
        "13",
        "exempt",
        None,
        [],
    ),
    (
        "13.2",
        "Section 239(2)(b) - Personal Matters about an Identifiable Individual - Fire Department Staffing",
        "13",
        "exempt",
        None,
        [],
    ),
    ("14", "Rise and Report from Closed Session", None, "public", None, []),
    (
        "15",
        "Confirming By-law",
        None,
        "public",
        None,
        ["By-law 2025-12, being a by-law to confirm the proceedings of Council at its meeting held February 18, 2025."],
    ),
    ("16", "Adjournment", None, "public", None, []),
]
AGENDA_TITLES = {number: title for number, title, *_ in AGENDA}


def level(number: str) -> int:
    return number.count(".") + 1


def printed_title(number: str, title: str) -> str:
    """Top-level headings are printed in capitals in both documents."""
    return title.upper() if level(number) == 1 else title


# ---------------------------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------------------------


def res(no, mover, seconder, text, parts=None, label="num", tail="", result="Carried", vote=None):
    """One numbered resolution as printed."""
    return {
        "no": f"2025-{no:03d}",
        "mover": mover,
        "seconder": seconder,
        "text": text,
        "parts": parts or [],
        "label": label,
        "tail": tail,
        "result": result,
        "vote": vote,
    }


def counted(resolution: dict) -> int:
    """Resolutions that carried count one, or one per numbered or lettered part; a defeated one is no decision."""
    if resolution["result"] != "Carried":
        return 0
    if resolution["label"] == "bullet":
        return 1
    return len(resolution["parts"]) or 1


VOTE_GRANT = {
    "style": "lists",
    "requested_by": "Gauthier",
    "yes": ["Gauthier", "Hebert"],
    "no": ["Whitcombe", "Ruttan", "Brouwer", "McAllister"],
    "absent": ["Tiessen"],
}
VOTE_BUDGET = {
    "style": "table",
    "requested_by": "Gauthier",
    "yes": ["Whitcombe", "Ruttan", "Brouwer", "Hebert", "McAllister"],
    "no": ["Gauthier"],
    "absent": ["Tiessen"],
}

# Each minute item: number, title (None: the agenda's), agenda item, blocks.
# Blocks: ("p", text) paragraph, ("i", text) italic note, ("b", text) bold lead-in, ("res", resolution).
MINUTES = [
    {
        "number": "1",
        "agenda_item": "1",
        "blocks": [
            (
                "p",
                "Mayor Whitcombe called the meeting to order at 7:00 p.m. The Clerk confirmed that a quorum was "
                "present in the Council Chambers and that Councillor Brouwer was participating electronically in "
                "accordance with Section 5.4 of Procedural By-law 2023-41. Regrets were received from Councillor "
                "Tiessen.",
            ),
        ],
    },
    {
        "number": "2",
        "agenda_item": "2",
        "blocks": [("p", "Deputy Mayor Ruttan read the Township's land acknowledgement statement.")],
    },
    {
        "number": "3",
        "agenda_item": "3",
        "blocks": [
            (
                "res",
                res(
                    58,
                    "McAllister",
                    "Ruttan",
                    "THAT the agenda for the Regular Meeting of Council of February 18, 2025 be adopted as "
                    "amended to add Item 8.3.2, Verbal Update from the Fire Chief regarding the structure fire "
                    "on Mill Road on February 12, 2025.",
                ),
            ),
        ],
    },
    {
        "number": "4",
        "agenda_item": "4",
        "blocks": [
            (
                "p",
                "Councillor Hebert declared a pecuniary interest with respect to Item 8.1.2, Report PW-2025-04, "
                "Tender Award, 2025 Gravel Supply, as his brother-in-law is a principal of Hebert Bros. "
                "Aggregates Ltd., one of the bidders. Councillor Hebert advised that he would not take part in "
                "the discussion of, or vote on, the matter.",
            ),
            ("p", "No other disclosures were made."),
        ],
    },
    {"number": "5", "agenda_item": "5", "blocks": []},
    {
        "number": "5.1",
        "agenda_item": "5.1",
        "blocks": [
            ("i", "Councillor Gauthier arrived at 7:06 p.m."),
            (
                "res",
                res(
                    59,
                    "Ruttan",
                    "Brouwer",
                    "THAT the minutes of the Regular Meeting of Council held February 4, 2025 be adopted as "
                    "circulated.",
                ),
            ),
        ],
    },
    {
        "number": "5.2",
        "agenda_item": "5.2",
        "blocks": [
            (
                "res",
                res(
                    60,
                    "Hebert",
                    "McAllister",
                    "THAT the minutes of the Special Meeting of Council held February 10, 2025 be adopted as "
                    "amended to correct the transfer to the Fire Equipment Reserve on page 3 from $45,000 to "
                    "$54,000.",
                ),
            ),
        ],
    },
    {"number": "6", "agenda_item": "6", "blocks": []},
    {
        "number": "6.1",
        "agenda_item": "6.1",
        "blocks": [
            (
                "p",
                "Ms. Ostrander, President of the Morland Valley Agricultural Society, thanked Council for its "
                "continued support and outlined plans for the 148th Harrowby Fall Fair, to be held September 12 "
                "to 14, 2025. She advised that the Society's liability insurance premium has increased by 38 per "
                "cent and that repairs to the grandstand roof are estimated at $21,700. The Society is "
                "requesting a municipal grant of $5,000 for 2025.",
            ),
            (
                "p",
                "In response to questions from Council, Ms. Ostrander advised that the Society has applied to the "
                "Ontario Trillium Foundation for the roof repairs and expects a decision in June, and that the "
                "Township's 2024 grant of $2,500 was used for the youth livestock show.",
            ),
            (
                "res",
                res(
                    61,
                    "McAllister",
                    "Brouwer",
                    "THAT Council receive the delegation from Kathleen Ostrander on behalf of the Morland Valley "
                    "Agricultural Society for information.",
                ),
            ),
            (
                "res",
                res(
                    62,
                    "Gauthier",
                    "Hebert",
                    "THAT Council approve a grant of $5,000 to the Morland Valley Agricultural Society for 2025, "
                    "to be funded from the Community Grants Reserve.",
                    result="Defeated",
                    vote=VOTE_GRANT,
                ),
            ),
            (
                "res",
                res(
                    63,
                    "Ruttan",
                    "McAllister",
                    "THAT Council approve a grant of $2,500 to the Morland Valley Agricultural Society for 2025, "
                    "to be funded from the Community Grants Reserve; AND THAT the balance of the Society's "
                    "request be reconsidered once the Ontario Trillium Foundation has made its decision.",
                ),
            ),
        ],
    },
    {
        "number": "6.2",
        "agenda_item": "6.2",
        "blocks": [
            (
                "p",
                "Mr. Furtado presented the findings of the 2024 inspection of the Concession 6 bridge over "
                "Tinker's Creek. The deck and east abutment show advanced deterioration and the load posting of "
                "15 tonnes will need to be reduced within three years if no work is done. He reviewed three "
                "options: (1) deck rehabilitation and new barriers, estimated at $612,000; (2) replacement of the "
                "superstructure, estimated at $1,140,000; and (3) closure and removal of the structure, "
                "estimated at $185,000. Greyhaven recommends Option 1, which would extend the service life of "
                "the bridge by 15 to 20 years.",
            ),
            (
                "p",
                "Council discussed the length of the detour for farm equipment and school buses during "
                "construction and the availability of provincial funding.",
            ),
            (
                "res",
                res(
                    64,
                    "Hebert",
                    "Gauthier",
                    "THAT Council receive the presentation from Greyhaven Engineering Ltd. regarding Structure "
                    "014; AND THAT staff be directed to include Option 1, deck rehabilitation, in the draft 2026 "
                    "Capital Budget and to apply to the Ontario Community Infrastructure Fund for the project.",
                ),
            ),
        ],
    },
    {
        "number": "7",
        "agenda_item": "7",
        "blocks": [
            (
                "res",
                res(
                    65,
                    "Brouwer",
                    "Ruttan",
                    "THAT Council recess the regular meeting at 7:41 p.m. and convene a public meeting under "
                    "Section 34 of the Planning Act, R.S.O. 1990, c. P.13.",
                ),
            ),
        ],
    },
    {
        "number": "7.1",
        "agenda_item": "7.1",
        "blocks": [
            (
                "p",
                "Mayor Whitcombe opened the public meeting at 7:41 p.m. and explained that any person who wishes "
                "to be notified of Council's decision must leave their name and address with the Clerk, and that "
                "a person who does not make oral submissions at this meeting or written submissions before the "
                "by-law is passed may not be entitled to appeal the decision to the Ontario Land Tribunal.",
            ),
            (
                "p",
                "The Clerk advised that notice of the public meeting was given by prepaid first class mail to all "
                "owners within 120 metres of the subject lands and by a sign posted on the property on January "
                "24, 2025, in accordance with the Planning Act.",
            ),
            (
                "p",
                "Nadia Oyelaran, Senior Planner, County of Hastwick, presented Planning Report PL-2025-02. The "
                "application would rezone the 2.1 hectare lot containing the surplus farm dwelling from "
                "Agricultural (A) to Rural Residential (RR), and the 38 hectare retained farm parcel to "
                "Agricultural Exception Fourteen (A-14) to prohibit a new dwelling, as required by condition 4 "
                "of consent application B-22-2024. The application is consistent with the Provincial Planning "
                "Statement and conforms to the County Official Plan. County Planning Services recommends "
                "approval.",
            ),
            ("b", "Written Comments:"),
            ("p", "Morland Valley Conservation Authority, letter dated February 6, 2025 - no objection."),
            ("b", "Public Comments:"),
            (
                "p",
                "Rose Szabo, applicant, advised that the farm parcel is being sold to a neighbouring dairy "
                "operation and that the family will remain in the house.",
            ),
            (
                "p",
                "Hank Vanderploeg, 2903 Concession Road 5, asked whether the rezoning would affect the "
                "Vanderploeg Municipal Drain. Ms. Oyelaran advised that the amendment does not permit any new "
                "construction and does not change the drainage assessment schedule. Mr. Vanderploeg indicated "
                "that he was satisfied.",
            ),
            (
                "p",
                "No other persons spoke to the application. Mayor Whitcombe declared the public meeting closed at "
                "7:58 p.m.",
            ),
            (
                "res",
                res(
                    66,
                    "McAllister",
                    "Hebert",
                    "THAT the public meeting be closed and Council reconvene the regular meeting at 7:58 p.m.",
                ),
            ),
            (
                "res",
                res(
                    67,
                    "Ruttan",
                    "Gauthier",
                    "THAT Council receive Planning Report PL-2025-02 and the comments received at the public "
                    "meeting; AND THAT the implementing by-law be considered under Item 12.1 of this agenda.",
                ),
            ),
        ],
    },
    {"number": "8", "agenda_item": "8", "blocks": []},
    {"number": "8.1", "agenda_item": "8.1", "blocks": []},
    {
        "number": "8.1.1",
        "agenda_item": "8.1.1",
        "blocks": [
            (
                "p",
                "Owen Desrosiers, Director of Public Works, reported that as of February 14, 2025 the Township "
                "had used 2,870 tonnes of winter sand, 71 per cent of the budgeted quantity, and that winter "
                "overtime to date was $48,300 against a seasonal budget of $62,000. Grader 4 remains out of "
                "service pending a transmission repair, and the Director thanked operators for covering the "
                "additional route.",
            ),
            (
                "p",
                "It was the consensus of Council that staff post the updated sand pick-up schedule for residents "
                "on the Township website and social media.",
            ),
            (
                "res",
                res(
                    68,
                    "Gauthier",
                    "McAllister",
                    "THAT Council receive Report PW-2025-03, Winter Maintenance Update, for information.",
                ),
            ),
        ],
    },
    {
        "number": "8.1.2",
        "agenda_item": "8.1.2",
        "blocks": [
            ("i", "Having declared a pecuniary interest, Councillor Hebert left the Council Chambers at 8:09 p.m."),
            (
                "p",
                "The Director of Public Works advised that three bids were received for the supply, delivery and "
                "application of 21,000 tonnes of Granular 'M'. The lowest compliant bid, from Kessler Sand & "
                "Gravel Ltd., is within the approved 2025 budget of $335,000.",
            ),
            (
                "res",
                res(
                    69,
                    "McAllister",
                    "Brouwer",
                    "THAT Council receive Report PW-2025-04; AND THAT Tender T-PW-2025-01 for the supply, "
                    "delivery and application of Granular 'M' be awarded to Kessler Sand & Gravel Ltd. in the "
                    "amount of $318,640.00 plus HST; AND THAT the Mayor and CAO/Clerk be authorized to sign the "
                    "contract.",
                ),
            ),
            ("i", "Councillor Hebert returned to the Council Chambers at 8:13 p.m."),
        ],
    },
    {"number": "8.2", "agenda_item": "8.2", "blocks": []},
    {
        "number": "8.2.1",
        "agenda_item": "8.2.1",
        "blocks": [
            (
                "p",
                "Trevor Lindqvist, Treasurer, presented the final 2025 budget as amended by Council at the Special "
                "Meeting held February 10, 2025. The net levy requirement of $3,902,640 represents an increase "
                "of 4.6 per cent over 2024, or approximately $71 for a residential property assessed at "
                "$285,000.",
            ),
            (
                "p",
                "Councillor Gauthier stated that he could not support an increase above 3 per cent and asked "
                "whether the increased transfer to the Roads Capital Reserve could be phased in over two years. "
                "The Treasurer advised that reducing the transfer would defer the Concession 6 bridge project "
                "unless grant funding is received.",
            ),
            (
                "res",
                res(
                    70,
                    "Ruttan",
                    "Brouwer",
                    "THAT Council:",
                    parts=[
                        "receive Report TR-2025-05, 2025 Operating and Capital Budget;",
                        "adopt the 2025 Operating Budget with gross expenditures of $6,418,250 and a net levy "
                        "requirement of $3,902,640;",
                        "adopt the 2025 Capital Budget in the amount of $2,137,500, funded as set out in "
                        "Schedule B to the report; and",
                        "direct the Treasurer to bring forward the 2025 tax rates by-law once the County and "
                        "education tax rates have been set.",
                    ],
                    vote=VOTE_BUDGET,
                ),
            ),
            ("i", "Council recessed at 8:34 p.m. and reconvened at 8:43 p.m. with all members present as noted above."),
        ],
    },
    {
        "number": "8.2.2",
        "agenda_item": "8.2.2",
        "blocks": [
            (
                "res",
                res(
                    71,
                    "Hebert",
                    "McAllister",
                    "THAT Council receive Report TR-2025-06, being the statement of remuneration and expenses "
                    "paid in 2024 to members of Council and persons appointed by Council, as required by Section "
                    "284 of the Municipal Act, 2001.",
                ),
            ),
        ],
    },
    {"number": "8.3", "agenda_item": "8.3", "blocks": []},
    {
        "number": "8.3.1",
        "agenda_item": "8.3.1",
        "blocks": [
            (
                "p",
                "Fire Chief Glen Hartwick reported that the Department responded to 187 calls in 2024, compared "
                "with 164 in 2023, including 41 motor vehicle collisions and 23 structure fires. Two volunteer "
                "firefighters completed Firefighter II certification and the Department now has 31 active "
                "volunteers at its two stations.",
            ),
            ("res", res(72, "Brouwer", "Gauthier", "THAT Council receive Report FD-2025-01 for information.")),
        ],
    },
    {
        "number": "8.3.2",
        "title": "Verbal Update - Structure Fire, Mill Road, February 12, 2025",
        "agenda_item": None,
        "blocks": [
            (
                "p",
                "Chief Hartwick provided a verbal update on the barn fire on Mill Road on February 12, 2025. There "
                "were no injuries and all livestock was removed safely. Mutual aid was provided by the Township "
                "of Bexley Falls tanker. Council thanked the firefighters for their response in difficult "
                "weather.",
            ),
        ],
    },
    {"number": "8.4", "agenda_item": "8.4", "blocks": []},
    {
        "number": "8.4.1",
        "agenda_item": "8.4.1",
        "blocks": [
            (
                "p",
                "Ruth-Ann Pyper, Chief Building Official, reported that 6 building permits were issued in January "
                "2025 with a construction value of $1,284,000, compared with 4 permits and $612,500 in January "
                "2024.",
            ),
            ("res", res(73, "McAllister", "Ruttan", "THAT Council receive Report CBO-2025-02 for information.")),
            ("i", "Ms. Pyper left the meeting at 8:52 p.m."),
        ],
    },
    {"number": "8.5", "agenda_item": "8.5", "blocks": []},
    {
        "number": "8.5.1",
        "agenda_item": "8.5.1",
        "blocks": [
            (
                "p",
                "Meredith Kowalchuk, CAO/Clerk, explained that the amendment would allow members participating "
                "electronically to be counted for quorum and to take part in closed sessions, and would require "
                "a member intending to participate electronically to notify the Clerk by noon on the day of the "
                "meeting.",
            ),
            (
                "i",
                "Councillor Brouwer's electronic connection was lost at 8:55 p.m. She rejoined the meeting at "
                "8:59 p.m.",
            ),
            (
                "res",
                res(
                    74,
                    "Gauthier",
                    "Hebert",
                    "THAT Council receive Report CL-2025-07; AND THAT By-law 2025-11, being a by-law to amend "
                    "Procedural By-law 2023-41, be considered under Item 12.3 of this agenda.",
                ),
            ),
        ],
    },
    {
        "number": "9",
        "agenda_item": "9",
        "blocks": [
            (
                "res",
                res(
                    75,
                    "Ruttan",
                    "Hebert",
                    "THAT correspondence Item 9.1, County of Hastwick - 2025 Upper-Tier Levy Apportionment, and "
                    "Item 9.2, Morland Valley Conservation Authority - 2025 Budget and Municipal Levy, be "
                    "received for information.",
                ),
            ),
        ],
    },
    {
        "number": "9.3",
        "agenda_item": "9.3",
        "blocks": [
            (
                "res",
                res(
                    76,
                    "Brouwer",
                    "McAllister",
                    "THAT the Council of the Township of East Morland support the resolution of the Township of "
                    "Bexley Falls dated January 27, 2025 calling on the Province of Ontario to accelerate "
                    "funding for rural broadband and cellular coverage in eastern Ontario; AND THAT a copy of "
                    "this resolution be forwarded to the local Member of Provincial Parliament, the Township of "
                    "Bexley Falls and the Association of Municipalities of Ontario.",
                ),
            ),
        ],
    },
    {"number": "10", "agenda_item": "10", "blocks": []},
    {
        "number": "10.1",
        "agenda_item": "10.1",
        "blocks": [
            (
                "res",
                res(
                    77,
                    "McAllister",
                    "Gauthier",
                    "THAT Council:",
                    parts=[
                        "receive the minutes of the East Morland Recreation Committee meeting held January 22, "
                        "2025; and",
                        "approve the Committee's recommendation to waive the rental fee for the Harrowby "
                        "Community Hall for the Royal Canadian Legion Branch 412 Spring Euchre Fundraiser on "
                        "March 29, 2025.",
                    ],
                    label="alpha",
                ),
            ),
        ],
    },
    {
        "number": "10.2",
        "agenda_item": "10.2",
        "blocks": [
            (
                "res",
                res(
                    78,
                    "Hebert",
                    "Brouwer",
                    "THAT the minutes of the Harrowby Public Library Board meeting held January 15, 2025 be "
                    "received for information.",
                ),
            ),
        ],
    },
    {
        "number": "11",
        "agenda_item": "11",
        "blocks": [
            (
                "p",
                "Councillor Gauthier gave notice that at the Regular Meeting of Council on March 4, 2025 he will "
                "introduce a motion directing staff to report on options for phasing future increases in the "
                "transfer to the Roads Capital Reserve.",
            ),
        ],
    },
    {"number": "12", "agenda_item": "12", "blocks": []},
    {
        "number": "12.1",
        "agenda_item": "12.1",
        "blocks": [
            (
                "res",
                res(
                    79,
                    "Ruttan",
                    "McAllister",
                    "THAT By-law 2025-09, being a By-law to amend Zoning By-law 2012-30 of the Township of East "
                    "Morland with respect to lands described as Part Lot 14, Concession 5 (Szabo), be read a "
                    "first, second and third time and finally passed this 18th day of February, 2025.",
                ),
            ),
        ],
    },
    {
        "number": "12.2",
        "agenda_item": "12.2",
        "blocks": [
            (
                "res",
                res(
                    80,
                    "Gauthier",
                    "Brouwer",
                    "THAT By-law 2025-10, being a By-law to appoint Kyle Brandt as Deputy Chief Building "
                    "Official for the Township of East Morland, be read a first, second and third time and "
                    "finally passed this 18th day of February, 2025.",
                ),
            ),
        ],
    },
    {
        "number": "12.3",
        "agenda_item": "12.3",
        "blocks": [
            (
                "res",
                res(
                    81,
                    "Hebert",
                    "McAllister",
                    "THAT By-law 2025-11, being a By-law to amend Procedural By-law 2023-41 with respect to "
                    "electronic participation, be read a first, second and third time and finally passed this "
                    "18th day of February, 2025.",
                ),
            ),
        ],
    },
    {
        "number": "13",
        "agenda_item": "13",
        "blocks": [
            (
                "res",
                res(
                    82,
                    "Hebert",
                    "Ruttan",
                    "THAT Council proceed into closed session at 9:04 p.m. pursuant to Section 239(2) of the "
                    "Municipal Act, 2001 to discuss the following matters:",
                    parts=[
                        "Item 13.1 - a proposed or pending disposition of land by the municipality, Section "
                        "239(2)(c) - unopened road allowance between Lots 20 and 21, Concession 2;",
                        "Item 13.2 - personal matters about an identifiable individual, including municipal "
                        "employees, Section 239(2)(b) - Fire Department staffing.",
                    ],
                    label="bullet",
                ),
            ),
            (
                "p",
                "The CAO/Clerk, the Fire Chief and the Director of Public Works remained in the meeting for the "
                "closed session.",
            ),
        ],
    },
    {
        "number": "14",
        "agenda_item": "14",
        "blocks": [
            (
                "res",
                res(83, "McAllister", "Gauthier", "THAT Council rise from closed session at 9:29 p.m. and report."),
            ),
            (
                "p",
                "Mayor Whitcombe reported that Council met in closed session to discuss Items 13.1 and 13.2, and "
                "that direction was given to staff with respect to Item 13.2.",
            ),
            (
                "res",
                res(
                    84,
                    "Ruttan",
                    "Brouwer",
                    "THAT Council:",
                    parts=[
                        "declare surplus to the needs of the municipality the unopened road allowance between "
                        "Lots 20 and 21, Concession 2; and",
                        "direct staff to give notice of the proposed sale in accordance with the Township's "
                        "Disposition of Land Policy and to bring forward a by-law to stop up, close and convey "
                        "the road allowance to the abutting owner.",
                    ],
                ),
            ),
        ],
    },
    {
        "number": "15",
        "agenda_item": "15",
        "blocks": [
            (
                "res",
                res(
                    85,
                    "Gauthier",
                    "Hebert",
                    "THAT By-law 2025-12, being a By-law to confirm the proceedings of the Council of the "
                    "Corporation of the Township of East Morland at its Regular Meeting held February 18, 2025, "
                    "be read a first, second and third time and finally passed this 18th day of February, "
                    "2025.",
                ),
            ),
        ],
    },
    {
        "number": "16",
        "agenda_item": "16",
        "blocks": [
            (
                "res",
                res(
                    86,
                    "Brouwer",
                    "McAllister",
                    "THAT Council adjourn at 9:33 p.m. to meet again on Tuesday, March 4, 2025 at 7:00 p.m., or "
                    "at the call of the Mayor.",
                ),
            ),
        ],
    },
]


def minute_title(item: dict) -> str:
    return item.get("title") or AGENDA_TITLES[item["number"]]


def resolutions_of(item: dict) -> list[dict]:
    return [block[1] for block in item["blocks"] if block[0] == "res"]


# ---------------------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------------------

LEFT = 20.0
RIGHT = 20.0
NUM_W = 15.0


class TownshipPDF(FPDF):
    def __init__(self, footer_text: str):
        super().__init__(orientation="P", unit="mm", format="letter")
        self.footer_text = footer_text
        self.set_margins(LEFT, 15, RIGHT)
        self.set_auto_page_break(True, margin=19)
        self.set_creation_date(CREATED)
        self.alias_nb_pages()

    @property
    def width(self) -> float:
        return self.w - LEFT - RIGHT

    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(80, 80, 80)
            self.cell(0, 4, "Township of East Morland", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_draw_color(120, 120, 120)
        self.line(LEFT, self.get_y(), self.w - RIGHT, self.get_y())
        self.set_font("Helvetica", "", 8)
        self.cell(self.width / 2, 6, self.footer_text)
        self.cell(self.width / 2, 6, f"Page {self.page_no()} of {{nb}}", align="R")

    def need(self, height: float):
        if self.get_y() + height > self.h - self.b_margin:
            self.add_page()

    def text_at(self, x: float, text: str, style: str = "", size: float = 9.5, h: float = 4.4, align: str = "L"):
        self.set_font("Helvetica", style, size)
        self.set_x(x)
        self.multi_cell(self.w - RIGHT - x, h, text, align=align, new_x="LMARGIN", new_y="NEXT")


def render_agenda(path: Path) -> None:
    pdf = TownshipPDF(f"Regular Meeting of Council - Agenda - {DATE_SHORT}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, CORPORATION, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "REGULAR MEETING OF COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    for line in (
        f"{DATE_LONG} at {START[1]}",
        VENUE,
        "Electronic participation by Members in accordance with Procedural By-law 2023-41",
    ):
        pdf.cell(0, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(LEFT, pdf.get_y(), pdf.w - RIGHT, pdf.get_y())
    pdf.ln(3)
    pdf.text_at(
        LEFT,
        "Members of the public may attend in person or watch the live stream on the Township's "
        "YouTube channel. Delegations must register with the Clerk by noon on the Wednesday before "
        "the meeting.",
        style="I",
        size=8.5,
        h=4,
    )
    pdf.ln(3)
    for number, title, _parent, _part, note, lines in AGENDA:
        depth = level(number) - 1
        x_num = LEFT + depth * 10
        x_title = x_num + NUM_W + (3 if depth == 2 else 0)
        pdf.need(12 if depth else 16)
        if depth == 0:
            pdf.ln(2)
        style = "B" if depth < 2 else ""
        pdf.set_font("Helvetica", style, 10.5 if depth == 0 else 10)
        pdf.set_x(x_num)
        pdf.cell(x_title - x_num, 5.5, f"{number}." if depth == 0 else number)
        text = printed_title(number, title) + (f"  {note}" if note else "")
        pdf.multi_cell(pdf.w - RIGHT - x_title, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.text_at(x_title + 4, line, style="I", size=9, h=4.5)
        if lines:
            pdf.ln(1)
    pdf.ln(8)
    pdf.need(30)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Agenda prepared by:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, f"{CLERK['name']}, CAO/Clerk", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, f"Tel. {CLERK['phone']} | {CLERK['email']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.text_at(
        LEFT,
        "This agenda is available in an alternate format upon request. Please contact the Clerk's "
        "Office at least two business days before the meeting.",
        style="I",
        size=8.5,
        h=4,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def render_vote(pdf: TownshipPDF, vote: dict, x: float) -> None:
    pdf.text_at(x, f"A recorded vote was requested by {who(vote['requested_by'])}.", style="I")
    pdf.ln(1)
    if vote["style"] == "lists":
        for label, key in (("Yeas", "yes"), ("Nays", "no"), ("Absent", "absent")):
            names = ", ".join(who(s) for s in vote[key])
            pdf.set_font("Helvetica", "B", 9.5)
            pdf.set_x(x)
            pdf.cell(26, 4.4, f"{label} ({len(vote[key])}):")
            pdf.set_font("Helvetica", "", 9.5)
            pdf.multi_cell(pdf.w - RIGHT - x - 26, 4.4, names, new_x="LMARGIN", new_y="NEXT")
        return
    widths = (70, 20, 20, 20)
    pdf.need(9 * 6 + 10)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_x(x)
    for width, head in zip(widths, ("Member of Council", "Yea", "Nay", "Absent")):
        pdf.cell(width, 6, head, border=1, align="L" if head.startswith("Member") else "C")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 9.5)
    for surname in MEMBER_ORDER:
        marks = ["X" if surname in vote[key] else "" for key in ("yes", "no", "absent")]
        pdf.set_x(x)
        pdf.cell(widths[0], 5.5, who(surname), border=1)
        for width, mark in zip(widths[1:], marks):
            pdf.cell(width, 5.5, mark, border=1, align="C")
        pdf.ln(5.5)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_x(x)
    pdf.cell(widths[0], 5.5, "Results", border=1)
    for width, key in zip(widths[1:], ("yes", "no", "absent")):
        pdf.cell(width, 5.5, str(len(vote[key])), border=1, align="C")
    pdf.ln(6)


def render_resolution(pdf: TownshipPDF, r: dict, x: float) -> None:
    pdf.need(22)
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_x(x)
    pdf.cell(0, 4.6, f"Resolution No. {r['no']}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x)
    for label, surname in (("Moved by:", r["mover"]), ("Seconded by:", r["seconder"])):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(21 if label.startswith("Moved") else 23, 4.4, label)
        pdf.cell(52, 4.4, who(surname))
    pdf.ln(4.4)
    pdf.ln(1.5)
    pdf.text_at(x, r["text"])
    for index, part in enumerate(r["parts"]):
        label = {"num": f"{index + 1}.", "alpha": f"({'abcdefgh'[index]})", "bullet": "-"}[r["label"]]
        pdf.set_font("Helvetica", "", 9.5)
        pdf.set_x(x + 6)
        pdf.cell(8, 4.4, label)
        pdf.multi_cell(pdf.w - RIGHT - x - 14, 4.4, part, new_x="LMARGIN", new_y="NEXT")
    if r["tail"]:
        pdf.text_at(x, r["tail"])
    if r["vote"]:
        pdf.ln(1.5)
        render_vote(pdf, r["vote"], x)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(0, 5, r["result"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def render_attendance(pdf: TownshipPDF) -> None:
    label_w = 44
    x = LEFT + label_w

    def block(label: str, lines: list[str]):
        pdf.need(6 * len(lines) + 2)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.set_x(LEFT)
        pdf.cell(label_w, 4.6, label)
        pdf.set_font("Helvetica", "", 9.5)
        for line in lines:
            pdf.set_x(x)
            pdf.multi_cell(pdf.w - RIGHT - x, 4.6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def member_line(surname: str) -> str:
        first, title, _status, note = MEMBERS[surname]
        return f"{title} {first} {surname}" + (f" {note}" if note else "")

    block("Present:", [member_line(s) for s in MEMBER_ORDER if MEMBERS[s][2] == "present"])
    block("Present Electronically:", [member_line(s) for s in MEMBER_ORDER if MEMBERS[s][2] == "virtual"])
    block("Regrets:", [member_line(s) for s in MEMBER_ORDER if MEMBERS[s][2] == "apologies"])
    block("Staff Present:", [f"{name}, {job}" + (f" {note}" if note else "") for name, job, note in STAFF])
    block("Also Present:", [text for text, _people in ALSO_PRESENT])


def render_minutes(path: Path) -> None:
    pdf = TownshipPDF(f"Regular Meeting of Council - Minutes - {DATE_SHORT}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, CORPORATION, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "MINUTES OF THE REGULAR MEETING OF COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(0, 5, f"{DATE_LONG} - {START[1]}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, VENUE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.line(LEFT, pdf.get_y(), pdf.w - RIGHT, pdf.get_y())
    pdf.ln(4)
    render_attendance(pdf)
    pdf.line(LEFT, pdf.get_y(), pdf.w - RIGHT, pdf.get_y())
    pdf.ln(3)
    body_x = LEFT + NUM_W
    for item in MINUTES:
        number = item["number"]
        depth = level(number) - 1
        pdf.need(20 if item["blocks"] else 14)
        pdf.ln(2 if depth == 0 else 1)
        pdf.set_font("Helvetica", "B" if depth < 2 else "BI", 10.5 if depth == 0 else 10)
        pdf.set_x(LEFT)
        pdf.cell(NUM_W, 5.5, f"{number}." if depth == 0 else number)
        pdf.multi_cell(
            pdf.w - RIGHT - body_x, 5.5, printed_title(number, minute_title(item)), new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(1)
        for kind, content in item["blocks"]:
            if kind == "res":
                render_resolution(pdf, content, body_x)
            elif kind == "i":
                pdf.text_at(body_x, content, style="I")
                pdf.ln(1)
            elif kind == "b":
                pdf.text_at(body_x, content, style="B")
            else:
                pdf.text_at(body_x, content)
                pdf.ln(1)
    pdf.need(26)
    pdf.ln(12)
    y = pdf.get_y()
    half = pdf.width / 2
    pdf.set_draw_color(0, 0, 0)
    for i, (name, role) in enumerate((("Darlene Whitcombe", "Mayor"), (CLERK["name"], "CAO/Clerk"))):
        x0 = LEFT + i * half
        pdf.line(x0, y, x0 + half - 12, y)
        pdf.set_xy(x0, y + 1)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(half - 12, 5, f"{role} {name}" if i == 0 else f"{name}, {role}")
    pdf.ln(10)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.cell(0, 4, "Minutes adopted by Council on: ____________________", new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    render_agenda(agenda)
    render_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------------------------


def _attendance() -> list[dict]:
    people = []
    for surname in MEMBER_ORDER:
        first, title, status, _note = MEMBERS[surname]
        people.append({"name": f"{first} {surname}", "status": status, "role": title})
    for name, job, _note in STAFF:
        people.append({"name": name, "status": "in_attendance", "role": job})
    for _text, persons in ALSO_PRESENT:
        for name, role in persons:
            entry = {"name": name, "status": "also_present"}
            if role:
                entry["role"] = role
            people.append(entry)
    return people


def _votes() -> list[dict]:
    votes = []
    for item in MINUTES:
        for r in resolutions_of(item):
            vote = r["vote"]
            if not vote:
                continue
            votes.append(
                {
                    "item": item["number"],
                    "motion": f"Resolution No. {r['no']}",
                    "mover": r["mover"],
                    "seconder": r["seconder"],
                    "result": "carried" if r["result"] == "Carried" else "lost",
                    "result_as_printed": r["result"],
                    "counts": {
                        "yes": len(vote["yes"]),
                        "no": len(vote["no"]),
                        "abstain": 0,
                        "absent": len(vote["absent"]),
                    },
                    "voters": {"yes": list(vote["yes"]), "no": list(vote["no"]), "absent": list(vote["absent"])},
                }
            )
    return votes


def gold() -> dict:
    meeting = {"body": "Council", "date": DATE_ISO, "start_time": START[0]}
    agenda_items = []
    for number, title, parent, part, note, _lines in AGENDA:
        entry = {"number": number, "title": printed_title(number, title), "pages": None, "part": part, "parent": parent}
        if note:
            entry["note"] = note
        agenda_items.append(entry)
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "CA",
        "notes": [
            "Top-level headings are printed in capitals and are given as printed; sub-items keep their mixed case.",
            "Sub-items take the enclosing decimal number as parent (5.1 under 5, 8.1.1 under 8.1, 8.1 under 8).",
            "The italic 'Recommendation:' and purpose lines under items are not items and are left out.",
            "The time '(7:30 p.m. or as soon thereafter)' after item 7 is a procedural note kept out of the title.",
            "The closed-session matters 13.1 and 13.2 are marked exempt; item 13 itself (the motion to go into "
            "closed session) is public.",
            "No page references are printed against items, so every item has pages null.",
            "The contact is the Clerk named in the closing 'Agenda prepared by' block with phone and e-mail.",
        ],
        "meeting": {**meeting, "contact": dict(CLERK)},
        "agenda": agenda_items,
    }

    per_item = {}
    items = []
    for item in MINUTES:
        items.append(
            {
                "number": item["number"],
                "title": printed_title(item["number"], minute_title(item)),
                "agenda_item": item["agenda_item"],
            }
        )
        count = sum(counted(r) for r in resolutions_of(item))
        if count:
            per_item[item["number"]] = count
    total = sum(per_item.values())
    minutes_meeting = {**meeting, "end_time": END[0]}
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "CA",
        "notes": [
            "Decisions are recorded as numbered resolutions (Resolution No. 2025-058 to 2025-086); each carried "
            "resolution counts one.",
            "Resolution 2025-062 (a $5,000 grant) was Defeated on a recorded vote, so it is a motion, not a "
            "decision, and is not counted.",
            "Resolutions printed in numbered parts (2025-070, four parts; 2025-084, two parts) or lettered parts "
            "(2025-077, two parts) count one per part.",
            "Unnumbered 'AND THAT' clauses within one resolution are not separate parts and the resolution counts "
            "once.",
            "The closed-session resolution 2025-082 lists its two subjects as dashed bullets of one motion, so it "
            "counts once.",
            "The consensus of Council under 8.1.1 and the direction given in closed session are not resolutions "
            "and are not counted.",
            f"Total: {total} resolutions from 29 numbered ones (28 carried plus 5 extra parts).",
            "Minute items follow the agenda numbers; empty section headings (5, 6, 8, 8.1 ...) are listed as "
            "items because they are printed as numbered headings.",
            "Correspondence 9.1 and 9.2 have no headings in the minutes (received together under heading 9), so "
            "they are not minute items.",
            "Item 8.3.2 was added to the agenda at the meeting and has no agenda item in the printed agenda, so "
            "agenda_item is null.",
            "Recorded votes count Yeas as yes and Nays as no; Councillor Tiessen (regrets) is listed as absent and "
            "kept apart; Ontario members cannot abstain so abstain is 0.",
            "The first recorded vote is printed as Yeas/Nays/Absent lists, the second as a table with a Results "
            "row; both are given by surname.",
            "Councillor Brouwer participated electronically and is 'virtual'; Councillor Gauthier arrived late "
            "and is 'present'.",
            "Staff, including the CBO who departed early and the Deputy Clerk as recording secretary, are "
            "in_attendance with their job titles as role.",
            "'Rose and Ivan Szabo' is one printed line giving two people, both also_present.",
            "'P.Eng.' is a post-nominal and is left out of Dale Furtado's name.",
            "End time is the adjournment time in Resolution 2025-086 (9:33 p.m.).",
        ],
        "meeting": minutes_meeting,
        "minutes": {
            "meeting": dict(minutes_meeting),
            "items": items,
            "resolutions": total,
            "resolutions_per_item": per_item,
            "votes": _votes(),
            "attendance": _attendance(),
        },
    }
    return {
        "agendas__east-morland_council_2025-02-18_agenda": agenda_record,
        "minutes__east-morland_council_2025-02-18_minutes": minutes_record,
    }

"""Balgarvie Council: a fictional Scottish unitary council printed in an east-coast house style.

Two files for the ordinary meeting of the full Council on Thursday 25th September 2025:

* ``agendas/balgarvie_council_2025-09-25_agenda.pdf`` - the Chief Executive's summons (a letter
  on the first page) followed by the "Agenda of Business": numbered items, decimal sub-items
  (4.1, 5.1 ... 14.3) for previous minutes, committee minutes and notices of motion, report
  references in brackets under each title, the text of each notice of motion printed under it,
  and an unnumbered banner before the two items taken in private (Schedule 7A paragraphs).
* ``minutes/balgarvie_council_2025-09-25_minutes.pdf`` - the minute of that meeting in the
  Scottish style: "At a MEETING of ..." opening, a sederunt (civic heads, Bailies and a
  three-column grid of councillors in "Forename SURNAME" form), members attending remotely,
  officers "In attendance" as one wrapped paragraph with job titles, "Also present", then
  Articles numbered in Roman numerals (I, II, ...) which do not follow the agenda numbers (each
  notice of motion is its own Article and the exclusion of the public is an Article of its own).
  Decisions are always worded "The Council resolved:-" with (i), (ii) ... parts, or "resolved to
  ..." in one clause. Motions and amendments are moved and seconded by named councillors;
  divisions name the members voting for each side, printed in two house ways (a "For the
  motion:-" block and a running "there voted for the motion - ... (13); and for the amendment -
  ..." sentence), including a vote between two amendments, members declining to vote, and an
  equality of votes settled by the Provost's casting vote. Late arrival, departures, a lost
  remote connection, two adjournments, declarations of interest and the Provost vacating the
  chair are recorded in the Articles. Running header on later pages, "- n -" page footers.

Everything (people, sums, places, wording) is invented. The same module-level data drive the
PDFs and the gold records.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

CREATED = datetime(2025, 9, 26, 9, 0, tzinfo=timezone.utc)
AGENDA_FILE = "agendas/balgarvie_council_2025-09-25_agenda.pdf"
MINUTES_FILE = "minutes/balgarvie_council_2025-09-25_minutes.pdf"

BODY = "Balgarvie Council"
DATE_ISO = "2025-09-25"
START = "10:00"
END = "15:48"
CONTACT = {"name": "Lorna Crichton", "phone": "01674 555214", "email": "committee.services@balgarvie.gov.uk"}

# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------

# surname -> (forename, civic title)
MEMBERS = {
    "Kinnear": ("Margaret", "Provost"),
    "Duthie": ("Alan", "Depute Provost"),
    "Wright": ("Helen", "Bailie"),
    "Rennie": ("Kenneth", "Bailie"),
    "Abercrombie": ("Graham", "Councillor"),
    "Ahmed": ("Parveen", "Councillor"),
    "Anderson": ("Lewis", "Councillor"),
    "Beattie": ("Ross", "Councillor"),
    "Cargill": ("Jennifer", "Councillor"),
    "Doig": ("Kirsty", "Councillor"),
    "Findlater": ("Catriona", "Councillor"),
    "Forbes": ("Callum", "Councillor"),
    "Guthrie": ("Alistair", "Councillor"),
    "Hay": ("Gillian", "Councillor"),
    "Kerr": ("Derek", "Councillor"),
    "Lindsay": ("Shona", "Councillor"),
    "Lorimer": ("Donald", "Councillor"),
    "Mathers": ("Euan", "Councillor"),
    "Melville": ("Heather", "Councillor"),
    "Milne": ("Stuart", "Councillor"),
    "Nicoll": ("Eilidh", "Councillor"),
    "Ogilvie": ("Fraser", "Councillor"),
    "Petrie": ("Ailsa", "Councillor"),
    "Rashid": ("Mohammed", "Councillor"),
    "Strachan": ("Moira", "Councillor"),
    "Sturrock": ("Niall", "Councillor"),
    "Tosh": ("Brian", "Councillor"),
    "Wallace": ("Ian", "Councillor"),
}
CIVIC = ["Kinnear", "Duthie", "Wright", "Rennie"]
REMOTE = ["Nicoll", "Kerr"]
APOLOGIES = ["Beattie", "Strachan"]
# the sederunt grid: every other councillor, alphabetically
GRID = sorted(s for s, (_, t) in MEMBERS.items() if t == "Councillor" and s not in REMOTE + APOLOGIES)
ROLL = CIVIC + sorted(s for s in MEMBERS if s not in CIVIC)  # order in which divisions list members

# political blocks (never printed; used to build and check the divisions)
ADMIN = [
    "Kinnear",
    "Duthie",
    "Wright",
    "Abercrombie",
    "Lindsay",
    "Hay",
    "Wallace",
    "Mathers",
    "Doig",
    "Ahmed",
    "Rashid",
    "Anderson",
    "Nicoll",
]
CON = ["Cargill", "Sturrock", "Lorimer", "Melville", "Ogilvie", "Forbes"]
LAB = ["Rennie", "Milne", "Guthrie", "Petrie", "Kerr"]

OFFICERS = [
    ("Fiona Drummond", "Chief Executive"),
    ("Martin Lyall", "Executive Director of Corporate Services"),
    ("Rhona Birrell", "Executive Director of Place"),
    ("Susan Greig", "Director of Finance"),
    ("Peter Cowie", "Director of Education and Children's Services"),
    ("Iain Baxter", "Chief Officer, Balgarvie Health and Social Care Partnership"),
    ("Andrew Kidd", "Head of Legal and Democratic Services"),
    ("Lorna Crichton", "Committee Services Manager"),
]
OFFICER_PRINT = {"Iain Baxter": "Dr Iain Baxter"}
ALSO_PRESENT = [
    ("Karen Bell", "Audit Director, Audit Scotland", "Karen Bell, Audit Director, Audit Scotland (for Article VII)"),
    ("Ewan Soutar", "Member of the Scottish Youth Parliament", "Ewan Soutar MSYP"),
    ("Holly Brand", "Member of the Scottish Youth Parliament", "Holly Brand MSYP, Scottish Youth Parliament"),
]


def full(surname: str) -> str:
    return f"{MEMBERS[surname][0]} {surname}"


def caps_name(surname: str) -> str:
    return f"{MEMBERS[surname][0]} {surname.upper()}"


def title_name(surname: str) -> str:
    """As the running text refers to a member: 'Councillor Hay', 'Bailie Rennie', 'Provost Kinnear'."""
    return f"{MEMBERS[surname][1]} {surname}"


def names_for_division(surnames: list[str]) -> str:
    """'Provost Kinnear, Depute Provost Duthie, Bailie Wright, Councillors Abercrombie, Hay and Nicoll (13)'."""
    ordered = [s for s in ROLL if s in surnames]
    assert len(ordered) == len(surnames), surnames
    tokens, last_title = [], None
    plural = {"Bailie": "Bailies", "Councillor": "Councillors"}
    for s in ordered:
        t = MEMBERS[s][1]
        if t != last_title:
            count = sum(1 for o in ordered if MEMBERS[o][1] == t)
            prefix = plural.get(t, t) if count > 1 else t
            tokens.append(f"{prefix} {s}")
            last_title = t
        else:
            tokens.append(s)
    text = tokens[0] if len(tokens) == 1 else ", ".join(tokens[:-1]) + " and " + tokens[-1]
    return f"{text} ({len(ordered)})"


# --------------------------------------------------------------------------------------------
# Agenda of business
# --------------------------------------------------------------------------------------------

MOTION_BUS = (
    '"Council notes with concern the withdrawal by Strathmorie Coaches Ltd of local bus services 41 and 43 '
    "from 1st November 2025, which will leave the villages of Glenlunan, Easter Bothkennar and Balnacraig "
    "without any scheduled public transport to Kinvarrie. Council agrees to establish a twelve-month Demand "
    "Responsive Transport pilot for the affected communities, funded up to a maximum of \u00a3240,000 from "
    "unearmarked reserves, and instructs the Executive Director of Place to have the pilot operating by "
    '1st January 2026."'
)
MOTION_MEALS = (
    '"Council notes that school meal debt across Balgarvie schools stood at \u00a348,310 at 31st August 2025, '
    "owed by 1,126 families. Council agrees that no child should be refused a meal or singled out because "
    "of debt, agrees to write off the school meal debt of families in receipt of Council Tax Reduction, and "
    "instructs the Director of Education and Children's Services to implement this with immediate effect.\""
)
MOTION_RNLI = (
    '"Council congratulates the volunteer crew and fundraisers of Inverlunan Lifeboat Station on 150 years '
    "of service to the Balgarvie coast, and on the rescue of four fishermen from the creel boat Girl Morven "
    "off Scurdie Ness on 14th August 2025, and asks the Provost to mark the anniversary with a civic "
    'reception."'
)

# number, title, parent, part, detail lines (printed under the title; not items)
AGENDA = [
    ("1", "APOLOGIES", None, "public", []),
    (
        "2",
        "DECLARATIONS OF INTEREST",
        None,
        "public",
        [
            "Members are reminded that, in terms of the Councillors' Code of Conduct, it is their responsibility "
            "to make decisions about whether to declare an interest in any item on this agenda and whether to "
            "take part in any discussions or voting."
        ],
    ),
    ("3", "PROVOST'S REMARKS", None, "public", []),
    ("4", "MINUTES OF PREVIOUS MEETINGS", None, "public", []),
    ("4.1", "Minute of Meeting of Balgarvie Council of 26th June 2025", "4", "public", ["(Copy attached)"]),
    ("4.2", "Minute of Special Meeting of Balgarvie Council of 21st August 2025", "4", "public", ["(Copy attached)"]),
    ("5", "MINUTES OF COMMITTEES", None, "public", ["(Copies attached for information and record purposes)"]),
    ("5.1", "Policy and Resources Committee of 28th August 2025", "5", "public", []),
    ("5.2", "Children and Learning Committee of 2nd September 2025", "5", "public", []),
    ("5.3", "Communities and Place Committee of 4th September 2025", "5", "public", []),
    ("5.4", "Scrutiny and Audit Committee of 9th September 2025", "5", "public", []),
    (
        "6",
        "QUESTIONS BY MEMBERS",
        None,
        "public",
        ["(Questions submitted in terms of Standing Order 23 will be circulated at the meeting)"],
    ),
    (
        "7",
        "ANNUAL ACCOUNTS 2024/25 AND ANNUAL AUDIT REPORT TO MEMBERS AND THE CONTROLLER OF AUDIT",
        None,
        "public",
        ["(Report No 236-2025 by the Director of Finance, copy attached)"],
    ),
    (
        "8",
        "REVENUE BUDGET MONITORING 2025/26 - POSITION AS AT 31ST JULY 2025",
        None,
        "public",
        ["(Report No 231-2025 by the Director of Finance, copy attached)"],
    ),
    (
        "9",
        "GENERAL FUND CAPITAL PLAN 2025/26 TO 2029/30 - MID-YEAR REVIEW",
        None,
        "public",
        ["(Report No 232-2025 by the Director of Finance, copy attached)"],
    ),
    (
        "10",
        "KINVARRIE HARBOUR REGENERATION - OUTLINE BUSINESS CASE",
        None,
        "public",
        ["(Report No 233-2025 by the Executive Director of Place, copy attached)"],
    ),
    (
        "11",
        "PROPOSED BALGARVIE LOCAL DEVELOPMENT PLAN 2",
        None,
        "public",
        [
            "(Report No 234-2025 by the Executive Director of Place, copy attached; the Proposed Plan and its "
            "Environmental Report are available in the Members' Library and on the Council's website)"
        ],
    ),
    (
        "12",
        "FUTURE OF RURAL PRIMARY PROVISION - GLENLUNAN AND EASTER BOTHKENNAR PRIMARY SCHOOLS",
        None,
        "public",
        ["(Report No 235-2025 by the Director of Education and Children's Services, copy attached)"],
    ),
    (
        "13",
        "APPOINTMENTS TO COMMITTEES AND OUTSIDE BODIES",
        None,
        "public",
        ["(Report No 237-2025 by the Head of Legal and Democratic Services, copy attached)"],
    ),
    ("14", "NOTICES OF MOTION", None, "public", []),
    (
        "14.1",
        "Rural Bus Services",
        "14",
        "public",
        ["Councillor Jennifer Cargill will move, seconded by Councillor Niall Sturrock:-", MOTION_BUS],
    ),
    (
        "14.2",
        "School Meal Debt",
        "14",
        "public",
        ["Councillor Stuart Milne will move, seconded by Councillor Alistair Guthrie:-", MOTION_MEALS],
    ),
    (
        "14.3",
        "Inverlunan Lifeboat - 150th Anniversary",
        "14",
        "public",
        ["Councillor Ailsa Petrie will move, seconded by Councillor Catriona Findlater:-", MOTION_RNLI],
    ),
    (
        "15",
        "KINVARRIE HARBOUR - ACQUISITION OF LAND AND BUILDINGS AT EAST PIER",
        None,
        "exempt",
        ["(Report No 238-2025 by the Executive Director of Place, copy attached) - Paragraphs 6 and 9"],
    ),
    (
        "16",
        "SENIOR OFFICER STRUCTURE - DIRECTOR OF EDUCATION AND CHILDREN'S SERVICES",
        None,
        "exempt",
        ["(Report No 239-2025 by the Chief Executive, copy attached) - Paragraph 1"],
    ),
]
EXEMPT_BANNER = "ITEMS OF BUSINESS WHICH THE COUNCIL MAY WISH TO CONSIDER IN PRIVATE"
EXEMPT_TEXT = (
    "The Council is asked to resolve that under Section 50A(4) of the Local Government (Scotland) Act 1973 "
    "the public be excluded from the meeting for the following items of business on the grounds that they "
    "involve the likely disclosure of exempt information as defined in the undernoted paragraphs of Part I "
    "of Schedule 7A of the Act."
)

# --------------------------------------------------------------------------------------------
# The minute
# --------------------------------------------------------------------------------------------

# the members present (voting) at each division, built from the events the minute records
ALL_VOTING = [s for s in MEMBERS if s not in APOLOGIES]  # 26, Ogilvie arrived in Article VIII
AT_X = list(ALL_VOTING)
AT_XI = [s for s in ALL_VOTING if s != "Wallace"]
AT_XII = [s for s in ALL_VOTING if s not in ("Forbes", "Kerr")]
AT_XIV = [s for s in ALL_VOTING if s not in ("Forbes", "Ahmed")]


def _minus(group: list[str], *gone: str) -> list[str]:
    return [s for s in group if s not in gone]


DIV_X = {
    "style": "block",
    "item": "X",
    "result": "carried",
    "motion": "Approve the recommendations of Report No 233-2025 (Kinvarrie Harbour Outline Business Case)",
    "mover": "Abercrombie",
    "seconder": "Lindsay",
    "options": [
        ("For the motion", ADMIN + LAB, "yes"),
        ("For the amendment", _minus(CON) + ["Findlater"], "no"),
        ("Declined to vote", ["Tosh"], "abstain"),
    ],
    "present": AT_X,
    "note": "Motion against amendment: yes = for the motion, no = for the amendment, abstain = declined to vote.",
}
DIV_XI = {
    "style": "sentence",
    "item": "XI",
    "result": "carried",
    "motion": "Approve the Proposed Balgarvie Local Development Plan 2 for publication",
    "mover": "Lindsay",
    "seconder": "Mathers",
    "options": [
        ("for the motion", _minus(ADMIN, "Wallace") + ["Tosh"], "yes"),
        ("for the amendment", LAB + _minus(CON) + ["Findlater"], "no"),
    ],
    "present": AT_XI,
    "note": "Councillor Wallace had withdrawn (financial interest); yes = motion, no = amendment.",
}
DIV_XII_A = {
    "style": "block",
    "item": "XII",
    "result": "carried",
    "motion": "First amendment (consult on Glenlunan only) against second amendment (working group)",
    "mover": "Cargill",
    "seconder": "Lorimer",
    "options": [
        ("For the first amendment", _minus(CON, "Forbes") + ["Findlater", "Tosh"], "yes"),
        ("For the second amendment", _minus(LAB, "Kerr"), "no"),
        ("Declined to vote", ADMIN, "abstain"),
    ],
    "present": AT_XII,
    "note": "A vote between two amendments: yes = first amendment, no = second amendment; the first amendment "
    "carried and went forward against the motion.",
}
DIV_XII_B = {
    "style": "block",
    "item": "XII",
    "result": "carried",
    "motion": "Commence statutory consultation on the closure of Glenlunan and Easter Bothkennar Primary Schools",
    "mover": "Doig",
    "seconder": "Ahmed",
    "options": [
        ("For the motion", ADMIN, "yes"),
        ("For the first amendment", _minus(CON, "Forbes") + ["Findlater", "Tosh"] + _minus(LAB, "Kerr"), "no"),
    ],
    "present": AT_XII,
    "note": "Motion against the surviving first amendment: yes = motion, no = amendment.",
}
DIV_XIV = {
    "style": "sentence",
    "item": "XIV",
    "result": "lost",
    "motion": "Notice of Motion - Rural Bus Services (Demand Responsive Transport pilot from reserves)",
    "mover": "Cargill",
    "seconder": "Sturrock",
    "options": [
        ("for the motion", _minus(CON, "Forbes") + LAB + ["Findlater", "Tosh"], "yes"),
        ("for the amendment", _minus(ADMIN, "Ahmed"), "no"),
    ],
    "present": AT_XIV,
    "note": "Equality of votes (12-12) decided by the Provost's casting vote for the amendment; the casting vote is "
    "not added to the printed counts and the motion is recorded as lost.",
}
DIVISIONS = [DIV_X, DIV_XI, DIV_XII_A, DIV_XII_B, DIV_XIV]

# Blocks: ("p", text) paragraph; ("list", [(label, text)]) hanging list; ("res", intro, [parts]) a
# "resolved" decision with numbered parts; ("res1", text) a one-clause "resolved" decision;
# ("div", division); ("note", text) an italic procedural line (adjournments).
ARTICLES = [
    {
        "num": "I",
        "title": "APOLOGIES FOR ABSENCE",
        "agenda": "1",
        "blocks": [
            (
                "p",
                "Apologies for absence were intimated on behalf of Councillor Ross Beattie and Councillor Moira "
                "Strachan.",
            ),
        ],
    },
    {
        "num": "II",
        "title": "DECLARATIONS OF INTEREST",
        "agenda": "2",
        "blocks": [
            (
                "p",
                "Members were reminded of their obligations under the Councillors' Code of Conduct. The following "
                "declarations of interest were made:-",
            ),
            (
                "list",
                [
                    (
                        "(a)",
                        "Councillor Hay declared a non-financial interest in Articles X and XVIII of this minute "
                        "(Kinvarrie Harbour) by virtue of her appointment by the Council as a trustee of Kinvarrie "
                        "Harbour Trust. Having applied the objective test, she considered that her interest did not "
                        "preclude her participation and she remained in the meeting for those items;",
                    ),
                    (
                        "(b)",
                        "Councillor Wallace declared a financial interest in Article XI of this minute (Proposed "
                        "Balgarvie Local Development Plan 2) by virtue of his family's ownership of land at Carnbrae "
                        "North which is identified in the Proposed Plan as housing site H12, and intimated that he "
                        "would withdraw from the meeting during consideration of that item;",
                    ),
                    (
                        "(c)",
                        "Councillor Rashid declared a non-financial interest in Article XV of this minute (School "
                        "Meal Debt) as an unpaid director of Balgarvie Community Food Network SCIO; and",
                    ),
                    (
                        "(d)",
                        "Provost Kinnear declared a non-financial interest in Article XVI of this minute (Inverlunan "
                        "Lifeboat) as Honorary President of the Inverlunan Lifeboat Guild.",
                    ),
                ],
            ),
        ],
    },
    {
        "num": "III",
        "title": "PROVOST'S REMARKS",
        "agenda": "3",
        "blocks": [
            (
                "list",
                [
                    (
                        "(a)",
                        "Former Councillor James Macaulay - The Provost referred to the death on 3rd September 2025 "
                        "of former Councillor James Macaulay, who had represented the Lunanbank ward from 1999 "
                        "until 2017 and had served as Convener of the former Education Committee. Members stood "
                        "for a minute's silence as a mark of respect.",
                    ),
                    (
                        "(b)",
                        "Scottish Youth Parliament - The Provost welcomed Ewan Soutar MSYP and Holly Brand MSYP, "
                        "who were observing the meeting as part of the Council's youth participation programme.",
                    ),
                    (
                        "(c)",
                        "Balgarvie in Bloom - The Provost congratulated the volunteers of Auchtermill in Bloom on "
                        "the award of a silver gilt medal in the Beautiful Scotland awards 2025.",
                    ),
                ],
            ),
        ],
    },
    {
        "num": "IV",
        "title": "MINUTES OF PREVIOUS MEETINGS",
        "agenda": "4",
        "blocks": [
            (
                "p",
                "The minute of meeting of this Council held on 26th June 2025 and the minute of the special meeting "
                "of this Council held on 21st August 2025 were submitted.",
            ),
            (
                "p",
                "Councillor Findlater asked that the minute of 26th June 2025, Article IX (Balgarvie Leisure Trust - "
                "Service Level Agreement), be amended to record that she had asked for her dissent to be noted. "
                "The Head of Legal and Democratic Services confirmed that the dissent had been intimated at the "
                "meeting.",
            ),
            (
                "res",
                "The Council resolved:-",
                [
                    "to approve the minute of meeting of 26th June 2025 as a correct record, subject to the addition at "
                    'Article IX of the words "Councillor Findlater requested that her dissent be recorded."; and',
                    "to approve the minute of the special meeting of 21st August 2025 as a correct record.",
                ],
            ),
        ],
    },
    {
        "num": "V",
        "title": "MINUTES OF COMMITTEES",
        "agenda": "5",
        "blocks": [
            ("p", "The minutes of the undernoted meetings were submitted for information and record purposes:-"),
            (
                "list",
                [
                    ("(a)", "Policy and Resources Committee of 28th August 2025;"),
                    ("(b)", "Children and Learning Committee of 2nd September 2025;"),
                    ("(c)", "Communities and Place Committee of 4th September 2025; and"),
                    ("(d)", "Scrutiny and Audit Committee of 9th September 2025."),
                ],
            ),
            (
                "p",
                "Arising from the minute of the Policy and Resources Committee of 28th August 2025, Article VII "
                "(Council Tax - Second Homes Premium), it was noted that the decision of the Committee had been "
                "referred to the Council for ratification in terms of Standing Order 31(3).",
            ),
            (
                "res1",
                "The Council resolved to ratify the decision of the Policy and Resources Committee to apply a "
                "premium of 100 per cent to the council tax charged on second homes with effect from 1st April "
                "2026, and otherwise to note the minutes.",
            ),
        ],
    },
    {
        "num": "VI",
        "title": "QUESTIONS BY MEMBERS",
        "agenda": "6",
        "blocks": [
            (
                "p",
                "Five questions had been submitted in terms of Standing Order 23 and were answered by the Leader of "
                "the Council or the relevant Convener. Supplementary questions were asked by Councillors Sturrock, "
                "Milne and Findlater. The questions, the answers given and the supplementary questions are "
                "recorded in the Appendix to this minute, which is published with it on the Council's website.",
            ),
        ],
    },
    {
        "num": "VII",
        "title": "ANNUAL ACCOUNTS 2024/25 AND ANNUAL AUDIT REPORT TO MEMBERS AND THE CONTROLLER OF AUDIT",
        "agenda": "7",
        "blocks": [
            (
                "p",
                "There was submitted Report No 236-2025 by the Director of Finance presenting the audited Annual "
                "Accounts of the Council and its group for the year ended 31st March 2025, together with the "
                "External Auditor's Annual Audit Report to Members and the Controller of Audit.",
            ),
            (
                "p",
                "Karen Bell, Audit Director, Audit Scotland, introduced the Annual Audit Report and advised that an "
                "unqualified opinion had been given on the accounts. She highlighted the Council's medium-term "
                "financial position, with a cumulative funding gap of \u00a331.7 million over the period 2026/27 to "
                "2028/29, and the need for the transformation programme to deliver recurring savings. The Audit "
                "Director and the Director of Finance thereafter answered questions from members.",
            ),
            (
                "res",
                "The Council resolved:-",
                [
                    "to note the Annual Audit Report 2024/25 and the action plan agreed by management at Appendix 3 to "
                    "the report;",
                    "to approve the audited Annual Accounts 2024/25 for signature by the Provost, the Chief Executive and "
                    "the Director of Finance; and",
                    "to record its thanks to the staff of the Finance Service and to Audit Scotland for completing the "
                    "audit within the statutory timescale.",
                ],
            ),
        ],
    },
    {
        "num": "VIII",
        "title": "REVENUE BUDGET MONITORING 2025/26 - POSITION AS AT 31ST JULY 2025",
        "agenda": "8",
        "blocks": [
            (
                "p",
                "There was submitted Report No 231-2025 by the Director of Finance advising of a projected net "
                "overspend of \u00a32.418 million on General Fund services for 2025/26, principally attributable to "
                "demand in children's residential placements (\u00a31.36 million) and home to school transport "
                "(\u00a30.71 million), partly offset by additional income from planning and building warrant fees.",
            ),
            ("note", "Councillor Ogilvie entered the meeting at 10.40am during consideration of this item."),
            (
                "p",
                "In response to a question from Councillor Lorimer, the Director of Finance confirmed that, were the "
                "overspend to be met in full from reserves, the Council's unearmarked General Fund balance would "
                "fall to 2.1 per cent of net expenditure, below the minimum of 2.5 per cent set in the Reserves "
                "Strategy.",
            ),
            (
                "res",
                "The Council resolved:-",
                [
                    "to note the projected General Fund revenue outturn for 2025/26;",
                    "to approve the budget virements detailed in Appendix 2 to the report; and",
                    "to instruct the Chief Executive and the Director of Finance to submit a financial recovery plan to "
                    "the Policy and Resources Committee on 30th October 2025.",
                ],
            ),
        ],
    },
    {
        "num": "IX",
        "title": "GENERAL FUND CAPITAL PLAN 2025/26 TO 2029/30 - MID-YEAR REVIEW",
        "agenda": "9",
        "blocks": [
            (
                "p",
                "There was submitted Report No 232-2025 by the Director of Finance presenting a revised General Fund "
                "Capital Plan of \u00a3287.6 million for the five years 2025/26 to 2029/30, reflecting tender returns, "
                "slippage and additional grant funding of \u00a32.2 million for active travel.",
            ),
            (
                "res",
                "The Council resolved:-",
                [
                    "to approve the revised General Fund Capital Plan 2025/26 to 2029/30 as set out in Appendix 1 to the "
                    "report; and",
                    "to note the reprofiling of \u00a36.85 million of expenditure on the Auchtermill Community Campus from "
                    "2025/26 into 2026/27.",
                ],
            ),
            (
                "note",
                "The Provost adjourned the meeting at 11.25am. The meeting reconvened at 11.40am with the same "
                "sederunt.",
            ),
        ],
    },
    {
        "num": "X",
        "title": "KINVARRIE HARBOUR REGENERATION - OUTLINE BUSINESS CASE",
        "agenda": "10",
        "blocks": [
            (
                "p",
                "Councillor Hay, having earlier declared a non-financial interest in this item, remained in the "
                "meeting.",
            ),
            (
                "p",
                "There was submitted Report No 233-2025 by the Executive Director of Place seeking approval of the "
                "Outline Business Case for Phase 1 of the Kinvarrie Harbour Regeneration project (the refurbishment "
                "of the Fish Quay, a new marine operations building and public realm works on Shore Street), with an "
                "estimated capital cost of \u00a318.4 million, of which \u00a311.2 million would be met from the East "
                "Coast Growth Deal.",
            ),
            (
                "p",
                "Thereafter, the Leader of the Council, Councillor Abercrombie, seconded by Councillor Lindsay, moved "
                "that the Council approve the recommendations contained in the report.",
            ),
            ("p", "As an amendment, Councillor Cargill, seconded by Councillor Sturrock, moved that the Council:-"),
            (
                "list",
                [
                    ("(a)", "note the Outline Business Case;"),
                    (
                        "(b)",
                        "defer a decision on proceeding to a Full Business Case until an independent review of the "
                        "project's cost estimates and risk allowances has been reported to the Council; and",
                    ),
                    (
                        "(c)",
                        "instruct the Executive Director of Place to report on the implications of any such deferral "
                        "for the Growth Deal programme.",
                    ),
                ],
            ),
            ("div", DIV_X),
            (
                "res",
                "The motion was accordingly declared carried and the Council resolved:-",
                [
                    "to approve the Outline Business Case for Phase 1 of the Kinvarrie Harbour Regeneration project;",
                    "to authorise the Executive Director of Place to proceed to the preparation of a Full Business Case "
                    "for submission to the Council in 2026; and",
                    "to delegate authority to the Executive Director of Place, in consultation with the Director of "
                    "Finance, to submit the Outline Business Case to the Growth Deal Programme Management Office.",
                ],
            ),
        ],
    },
    {
        "num": "XI",
        "title": "PROPOSED BALGARVIE LOCAL DEVELOPMENT PLAN 2",
        "agenda": "11",
        "blocks": [
            (
                "note",
                "Councillor Wallace, having declared a financial interest in this item, left the meeting prior to "
                "its consideration.",
            ),
            (
                "p",
                "There was submitted Report No 234-2025 by the Executive Director of Place seeking approval of the "
                "Proposed Balgarvie Local Development Plan 2 for publication and a twelve-week period of "
                "representation, and of the Proposed Action Programme and Environmental Report. The Proposed Plan "
                "allocates land for 4,150 homes to 2036, including 320 homes at site H12 (Carnbrae North).",
            ),
            (
                "p",
                "Councillor Lindsay, seconded by Councillor Mathers, moved that the Council approve the "
                "recommendations contained in the report.",
            ),
            (
                "p",
                "Councillor Milne, seconded by Councillor Guthrie, moved as an amendment that the Council approve "
                "the recommendations contained in the report subject to the deletion of site H12 (Carnbrae North) "
                "from the Proposed Plan and the consequential adjustment of the housing land supply figures.",
            ),
            ("div", DIV_XI),
            ("res1", "The Council resolved to adopt the motion."),
            ("note", "Councillor Wallace rejoined the meeting at the conclusion of this item."),
            (
                "note",
                "The meeting adjourned at 12.55pm and reconvened at 1.40pm. Councillor Forbes did not return to "
                "the meeting following the adjournment.",
            ),
        ],
    },
    {
        "num": "XII",
        "title": "FUTURE OF RURAL PRIMARY PROVISION - GLENLUNAN AND EASTER BOTHKENNAR PRIMARY SCHOOLS",
        "agenda": "12",
        "blocks": [
            (
                "p",
                "There was submitted Report No 235-2025 by the Director of Education and Children's Services seeking "
                "approval to commence statutory consultation under the Schools (Consultation) (Scotland) Act 2010 on "
                "proposals to close Glenlunan Primary School (roll 9; capacity 50) and Easter Bothkennar Primary "
                "School (roll 14; capacity 75), with the pupils of both schools transferring to Strathmorie Primary "
                "School from August 2026.",
            ),
            (
                "note",
                "Councillor Kerr's remote connection was lost during consideration of this item and he took no "
                "part in the divisions.",
            ),
            ("p", "Councillor Doig, seconded by Councillor Ahmed, moved that the Council:-"),
            (
                "list",
                [
                    (
                        "(i)",
                        "agree to commence statutory consultation on the proposal to close Glenlunan Primary School;",
                    ),
                    (
                        "(ii)",
                        "agree to commence statutory consultation on the proposal to close Easter Bothkennar Primary "
                        "School; and",
                    ),
                    (
                        "(iii)",
                        "note that the outcome of the consultations would be reported to the Council by March 2026.",
                    ),
                ],
            ),
            (
                "p",
                "As a first amendment, Councillor Cargill, seconded by Councillor Lorimer, moved that the Council "
                "agree to commence statutory consultation on the proposal to close Glenlunan Primary School only, "
                "and that the future of Easter Bothkennar Primary School be considered as part of the School Estate "
                "Strategy to be reported in 2026.",
            ),
            (
                "p",
                "As a second amendment, Bailie Rennie, seconded by Councillor Petrie, moved that the Council agree "
                "not to commence statutory consultation on either school at this time, and establish a cross-party "
                "Rural Schools Working Group to report to the Children and Learning Committee within six months.",
            ),
            ("p", "In terms of Standing Order 28(5), a vote was first taken between the first and second amendments."),
            ("div", DIV_XII_A),
            ("p", "The first amendment was accordingly carried and was put against the motion."),
            ("div", DIV_XII_B),
            (
                "res",
                "The motion was accordingly declared carried and the Council resolved:-",
                [
                    "to commence statutory consultation on the proposal to close Glenlunan Primary School;",
                    "to commence statutory consultation on the proposal to close Easter Bothkennar Primary School; and",
                    "to note that the outcome of the consultations would be reported to the Council by March 2026.",
                ],
            ),
            ("p", "Bailie Rennie requested that his dissent from the decision be recorded."),
        ],
    },
    {
        "num": "XIII",
        "title": "APPOINTMENTS TO COMMITTEES AND OUTSIDE BODIES",
        "agenda": "13",
        "blocks": [
            ("note", "Councillor Kerr rejoined the meeting remotely during consideration of this item."),
            (
                "p",
                "There was submitted Report No 237-2025 by the Head of Legal and Democratic Services inviting the "
                "Council to fill vacancies arising from the resignation of Councillor Beattie from the Scrutiny and "
                "Audit Committee and of Councillor Strachan from the Board of Balgarvie Leisure Trust.",
            ),
            ("note", "Councillor Ahmed left the meeting at 2.45pm during consideration of this item."),
            (
                "res",
                "The Council resolved:-",
                [
                    "to appoint Councillor Rashid as a member of the Scrutiny and Audit Committee in place of Councillor "
                    "Beattie;",
                    "to appoint Councillor Melville as a Council-nominated director of Balgarvie Leisure Trust in place "
                    "of Councillor Strachan; and",
                    "to appoint Councillor Findlater as the substitute member of the Council on the East Coast Regional "
                    "Transport Partnership.",
                ],
            ),
        ],
    },
    {
        "num": "XIV",
        "title": "NOTICE OF MOTION - RURAL BUS SERVICES",
        "agenda": "14.1",
        "blocks": [
            (
                "p",
                "Councillor Cargill, seconded by Councillor Sturrock, moved the Notice of Motion as printed on the "
                "agenda, namely:-",
            ),
            ("quote", MOTION_BUS),
            (
                "p",
                "As an amendment, the Leader of the Council, Councillor Abercrombie, seconded by Councillor Anderson, "
                'moved that all words after "Kinvarrie." be deleted and replaced with "Council instructs the '
                "Executive Director of Place to report to the Communities and Place Committee on 6th November 2025 "
                "on the options, costs and funding sources for Demand Responsive Transport in the affected "
                'communities."',
            ),
            ("div", DIV_XIV),
            ("res1", "The Council resolved to adopt the amendment."),
        ],
    },
    {
        "num": "XV",
        "title": "NOTICE OF MOTION - SCHOOL MEAL DEBT",
        "agenda": "14.2",
        "blocks": [
            ("p", "Councillor Rashid, having earlier declared a non-financial interest, remained in the meeting."),
            (
                "p",
                "Councillor Milne, seconded by Councillor Guthrie, moved the Notice of Motion as printed on the "
                "agenda. Following discussion, and with the agreement of the mover and seconder, the motion was "
                "altered by the addition of the words at part (iii) below, whereupon it was agreed without a vote.",
            ),
            (
                "res",
                "The Council resolved:-",
                [
                    "to note that school meal debt across Balgarvie schools stood at \u00a348,310 at 31st August 2025, owed "
                    "by 1,126 families;",
                    "to write off the school meal debt of families in receipt of Council Tax Reduction, and to instruct "
                    "the Director of Education and Children's Services to ensure that no child is refused a meal or "
                    "singled out because of debt; and",
                    "to instruct the Director of Finance to report to the Policy and Resources Committee on the cost of "
                    "the write-off and the arrangements for its funding.",
                ],
            ),
        ],
    },
    {
        "num": "XVI",
        "title": "NOTICE OF MOTION - INVERLUNAN LIFEBOAT - 150TH ANNIVERSARY",
        "agenda": "14.3",
        "blocks": [
            (
                "note",
                "The Provost, having declared a non-financial interest in this item, vacated the chair, which was "
                "taken by the Depute Provost.",
            ),
            (
                "p",
                "Councillor Petrie, seconded by Councillor Findlater, moved the Notice of Motion as printed on the "
                "agenda, which was unanimously agreed.",
            ),
            (
                "res",
                "The Council resolved unanimously:-",
                [
                    "to congratulate the volunteer crew and fundraisers of Inverlunan Lifeboat Station on 150 years of "
                    "service to the Balgarvie coast and on the rescue of four fishermen off Scurdie Ness on 14th August "
                    "2025; and",
                    "to instruct the Chief Executive to arrange a civic reception to mark the anniversary.",
                ],
            ),
            ("note", "The Provost resumed the chair."),
        ],
    },
    {
        "num": "XVII",
        "title": "EXCLUSION OF THE PUBLIC",
        "agenda": None,
        "blocks": [
            (
                "res1",
                "The Council resolved under Section 50A(4) of the Local Government (Scotland) Act 1973 that the "
                "press and public be excluded from the meeting for the undernoted items of business on the "
                "grounds that they involved the likely disclosure of exempt information as defined in "
                "paragraphs 1, 6 and 9 of Part I of Schedule 7A of the Act.",
            ),
        ],
    },
    {
        "num": "XVIII",
        "title": "KINVARRIE HARBOUR - ACQUISITION OF LAND AND BUILDINGS AT EAST PIER",
        "agenda": "15",
        "blocks": [
            (
                "p",
                "There was submitted Report No 238-2025 by the Executive Director of Place regarding the proposed "
                "acquisition of land and buildings at East Pier, Kinvarrie required for Phase 1 of the Kinvarrie "
                "Harbour Regeneration project.",
            ),
            (
                "res",
                "The Council resolved:-",
                [
                    "to approve the acquisition of the land and buildings at East Pier, Kinvarrie on the terms and "
                    "conditions set out in the report; and",
                    "to authorise the Head of Legal and Democratic Services to conclude missives.",
                ],
            ),
        ],
    },
    {
        "num": "XIX",
        "title": "SENIOR OFFICER STRUCTURE - DIRECTOR OF EDUCATION AND CHILDREN'S SERVICES",
        "agenda": "16",
        "blocks": [
            (
                "note",
                "The Director of Education and Children's Services left the meeting prior to consideration of "
                "this item.",
            ),
            (
                "p",
                "There was submitted Report No 239-2025 by the Chief Executive advising of the intended retirement "
                "of the Director of Education and Children's Services on 31st March 2026 and seeking approval of "
                "the arrangements for the appointment of a successor.",
            ),
            (
                "res",
                "The Council resolved:-",
                [
                    "to note the retirement of Peter Cowie, Director of Education and Children's Services, with effect "
                    "from 31st March 2026, and to record its appreciation of his service;",
                    "to approve the recruitment of a Director of Education and Children's Services on the terms set out "
                    "in the report; and",
                    "to appoint an Appointments Panel comprising the Leader of the Council and Councillors Doig, Cargill, "
                    "Milne and Findlater.",
                ],
            ),
        ],
    },
]
CLOSING = "The meeting concluded at 3.48pm."


def resolutions_in(article: dict) -> int:
    count = 0
    for block in article["blocks"]:
        if block[0] == "res":
            count += len(block[2])
        elif block[0] == "res1":
            count += 1
    return count


def _check() -> None:
    assert len(MEMBERS) == 28 and len(GRID) == 20
    for div in DIVISIONS:
        voted = [s for _, names, _ in div["options"] for s in names]
        assert sorted(voted) == sorted(div["present"]), (div["item"], sorted(set(div["present"]) - set(voted)))
    assert len(DIV_XIV["options"][0][1]) == len(DIV_XIV["options"][1][1]) == 12


_check()

# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

LEFT = 22
RIGHT = 20
ROMAN_W = 16


class CouncilPDF(FPDF):
    def __init__(self, running_head: str, body_size: float = 11, line_h: float = 5.2):
        super().__init__(format="A4", unit="mm")
        self.running_head = running_head
        self.body_size = body_size
        self.line_h = line_h
        self.set_margins(LEFT, 18, RIGHT)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(CREATED)
        self.set_author("Balgarvie Council")

    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8.5)
            self.set_text_color(70, 70, 70)
            self.set_y(9)
            self.cell(0, 4, self.running_head, align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(18)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 9)
        self.cell(0, 5, f"- {self.page_no()} -", align="C")

    @property
    def text_w(self) -> float:
        return self.w - self.l_margin - self.r_margin


def para(
    pdf: CouncilPDF, text: str, x: float = LEFT, style: str = "", size: float = 0, gap: float = 2.5, align: str = "J"
) -> None:
    pdf.set_font("Helvetica", style, size or pdf.body_size)
    pdf.set_x(x)
    pdf.multi_cell(pdf.w - pdf.r_margin - x, pdf.line_h, text, align=align)
    pdf.ln(gap)


def hanging(
    pdf: CouncilPDF,
    label: str,
    text: str,
    x_label: float,
    x_text: float,
    style: str = "",
    label_style: str = "",
    gap: float = 1.8,
) -> None:
    if pdf.get_y() > pdf.h - 34:
        pdf.add_page()
    pdf.set_font("Helvetica", label_style, pdf.body_size)
    y = pdf.get_y()
    pdf.set_xy(x_label, y)
    pdf.cell(x_text - x_label, pdf.line_h, label)
    pdf.set_font("Helvetica", style, pdf.body_size)
    pdf.set_xy(x_text, y)
    pdf.multi_cell(pdf.w - pdf.r_margin - x_text, pdf.line_h, text, align="J")
    pdf.ln(gap)


# ---------------------------------------------------------------- agenda


def render_agenda(path: Path) -> None:
    pdf = CouncilPDF("Balgarvie Council - Thursday, 25th September 2025 - Agenda of Business")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 9, "BALGARVIE COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(0, 4.5, "Burgh Chambers, 14 High Street, Kinvarrie KN8 1BG", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4.5, "www.balgarvie.gov.uk", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.line(LEFT, pdf.get_y(), pdf.w - RIGHT, pdf.get_y())
    pdf.ln(5)

    top = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(80, 5, "Fiona Drummond", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(80, 5, "Chief Executive", new_x="LMARGIN", new_y="NEXT")
    refs = [
        ("Our Ref:", "LC/COUN/25-09"),
        ("Date:", "15th September 2025"),
        ("Enquiries:", CONTACT["name"]),
        ("Tel:", CONTACT["phone"]),
        ("Email:", CONTACT["email"]),
    ]
    y = top
    for label, value in refs:
        pdf.set_xy(112, y)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(20, 5, label)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(0, 5, value)
        y += 5
    pdf.set_y(y + 6)
    para(pdf, "To: All Members of Balgarvie Council", size=10.5, gap=4, align="L")
    para(pdf, "Dear Member,", gap=3, align="L")
    para(pdf, "BALGARVIE COUNCIL - THURSDAY, 25TH SEPTEMBER 2025", style="B", gap=3, align="L")
    para(
        pdf,
        "I hereby give notice that a meeting of BALGARVIE COUNCIL will be held in the Council Chamber, "
        "Burgh Chambers, High Street, Kinvarrie, and remotely by Microsoft Teams, on Thursday, 25th "
        "September 2025 at 10.00am, and I request your attendance.",
    )
    para(
        pdf,
        "Members wishing to attend remotely should notify Committee Services by 12 noon on Tuesday, 23rd "
        "September 2025 so that the necessary arrangements can be made. Members of the press and public "
        "may observe the meeting from the public gallery or through the Council's webcast, other than "
        "for any items taken in private.",
    )
    para(
        pdf,
        "The business to be transacted is set out in the following pages. Reports referred to in the Agenda "
        "of Business are attached or will follow.",
    )
    pdf.ln(3)
    para(pdf, "Yours faithfully", gap=10, align="L")
    para(pdf, "FIONA DRUMMOND", style="B", gap=0, align="L")
    para(pdf, "Chief Executive", gap=8, align="L")
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0,
        4.3,
        "This meeting will be webcast live and the recording archived on the Council's website. "
        "By entering the Council Chamber and using the microphones you are consenting to being "
        "filmed and to the possible use of the images and sound recordings for webcasting "
        "and training purposes.",
        align="J",
    )

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "AGENDA OF BUSINESS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(
        0, 5, "Balgarvie Council - Thursday, 25th September 2025 at 10.00am", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(6)
    banner_done = False
    for number, title, parent, part, details in AGENDA:
        if part == "exempt" and not banner_done:
            banner_done = True
            pdf.ln(2)
            if pdf.get_y() > pdf.h - 70:
                pdf.add_page()
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 5.4, EXEMPT_BANNER, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            para(pdf, EXEMPT_TEXT, size=10.5, gap=4)
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        if parent is None:
            hanging(pdf, number, title, LEFT, LEFT + 12, style="B", label_style="B", gap=1.2)
            detail_x = LEFT + 12
        else:
            hanging(pdf, number, title, LEFT + 12, LEFT + 24, gap=1.0)
            detail_x = LEFT + 24
        for line in details:
            italic = "I" if line.startswith('"') else ""
            para(pdf, line, x=detail_x, style=italic, size=10.5, gap=1.5)
        pdf.ln(2.5)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---------------------------------------------------------------- minutes


def render_division(pdf: CouncilPDF, div: dict) -> None:
    if div["style"] == "block":
        para(pdf, "On a division, there voted:-", gap=1.5)
        for label, names, _ in div["options"]:
            hanging(pdf, f"{label}:-", names_for_division(names) + ".", LEFT + 6, LEFT + 60, gap=1.2)
        pdf.ln(1)
        return
    first, second = div["options"][0], div["options"][1]
    text = (
        f"On a division, there voted {first[0]} - {names_for_division(first[1])}; and {second[0]} - "
        f"{names_for_division(second[1])}"
    )
    if div["item"] == "XIV":
        text += (
            " - there being an equality of votes, the Provost exercised her casting vote in favour of the "
            "amendment, whereupon the amendment was declared carried."
        )
    else:
        text += " - whereupon the motion was declared carried."
    para(pdf, text)


def render_minutes(path: Path) -> None:
    pdf = CouncilPDF("Balgarvie Council - 25th September 2025", body_size=10.5, line_h=4.9)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 6, "BALGARVIE COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(
        pdf,
        "At a MEETING of the BALGARVIE COUNCIL held in the Council Chamber, Burgh Chambers, Kinvarrie and "
        "remotely on Thursday, 25th September, 2025 at 10.00am.",
        gap=4,
    )
    para(pdf, "Present:-", style="B", gap=2, align="L")
    col_w = (pdf.text_w) / 3
    civic = [f"{MEMBERS[s][1]} {caps_name(s)}" for s in CIVIC]
    pdf.set_font("Helvetica", "", 10.5)
    for row in (civic[:2], civic[2:]):
        for i, name in enumerate(row):
            pdf.set_x(LEFT + i * col_w * 1.5)
            pdf.cell(col_w * 1.5, 5.2, name)
        pdf.ln(5.6)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 5.2, "COUNCILLORS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 10.5)
    for r in range(0, len(GRID), 3):
        for i, s in enumerate(GRID[r : r + 3]):
            pdf.set_x(LEFT + i * col_w)
            pdf.cell(col_w, 5.2, caps_name(s))
        pdf.ln(5.4)
    pdf.ln(3)
    hanging(
        pdf,
        "Attending remotely:-",
        " and ".join(f"Councillor {caps_name(s)}" for s in REMOTE) + ".",
        LEFT,
        LEFT + 40,
        label_style="B",
        gap=3,
    )
    para(pdf, f"Provost {caps_name('Kinnear')}, in the Chair.", align="C", gap=4)
    officers = "; ".join(f"{OFFICER_PRINT.get(n, n)}, {role}" for n, role in OFFICERS) + "."
    hanging(pdf, "In attendance:-", officers, LEFT, LEFT + 40, label_style="B", gap=3)
    also = [p for _, _, p in ALSO_PRESENT]
    also_text = f"{also[0]}; {also[1]} and {also[2]}."
    hanging(pdf, "Also present:-", also_text, LEFT, LEFT + 40, label_style="B", gap=5)

    for article in ARTICLES:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.ln(2)
        hanging(pdf, article["num"], article["title"], LEFT, LEFT + ROMAN_W, style="B", label_style="B", gap=2.5)
        for block in article["blocks"]:
            kind = block[0]
            if kind == "p":
                para(pdf, block[1])
            elif kind == "note":
                para(pdf, block[1], style="I")
            elif kind == "quote":
                para(pdf, block[1], x=LEFT + 10, style="I", size=10)
            elif kind == "list":
                for label, text in block[1]:
                    hanging(pdf, label, text, LEFT + 6, LEFT + 18)
                pdf.ln(1)
            elif kind == "div":
                render_division(pdf, block[1])
            elif kind == "res1":
                para(pdf, block[1])
            elif kind == "res":
                para(pdf, block[1], gap=1.5)
                labels = ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]
                for label, text in zip(labels, block[2]):
                    hanging(pdf, label, text, LEFT + 6, LEFT + 18)
                pdf.ln(1.5)
    pdf.ln(3)
    para(pdf, CLOSING, gap=14)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 5.2, caps_name("Kinnear") + ",", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.2, "Provost.", new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    render_agenda(agenda)
    render_minutes(minutes)
    return [agenda, minutes]


# --------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------


def _agenda_gold() -> list[dict]:
    items = []
    for number, title, parent, part, details in AGENDA:
        item = {"number": number, "title": title, "pages": None, "part": part, "parent": parent}
        if number.startswith("14."):
            item["presenter"] = details[0].split(" will move")[0].removeprefix("Councillor ")
            item["topics"] = details[1:]
        elif details:
            item["note"] = details[0]
        items.append(item)
    return items


def _attendance_gold() -> list[dict]:
    people = []
    for s in CIVIC:
        role = MEMBERS[s][1] + (" (in the Chair)" if s == "Kinnear" else "")
        people.append({"name": full(s), "status": "present", "role": role})
    for s in GRID:
        people.append({"name": full(s), "status": "present"})
    for s in REMOTE:
        people.append({"name": full(s), "status": "virtual"})
    for name, role in OFFICERS:
        people.append({"name": name, "status": "in_attendance", "role": role})
    for name, role, _ in ALSO_PRESENT:
        people.append({"name": name, "status": "also_present", "role": role})
    for s in APOLOGIES:
        people.append({"name": full(s), "status": "apologies"})
    return people


def _votes_gold() -> list[dict]:
    votes = []
    for div in DIVISIONS:
        counts = {"yes": 0, "no": 0, "abstain": 0}
        voters: dict[str, list[str]] = {}
        for _, names, key in div["options"]:
            counts[key] = len(names)
            voters[key] = [s for s in ROLL if s in names]
        votes.append(
            {
                "item": div["item"],
                "result": div["result"],
                "counts": counts,
                "voters": voters,
                "motion": div["motion"],
                "mover": div["mover"],
                "seconder": div["seconder"],
                "note": div["note"],
            }
        )
    return votes


def gold() -> dict:
    meeting = {"body": BODY, "date": DATE_ISO, "start_time": START}
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Sub-items are printed with decimal numbers (4.1, 5.1 ... 14.3) and carry their parent's number.",
            "No page numbers are printed against items, so every item's pages are null.",
            "Report references and '(Copy attached)' lines under a title are kept out of the title as notes.",
            "The quoted text of each notice of motion and the 'will move, seconded by' line are topics of items "
            "14.1 to 14.3, not items.",
            "The banner 'Items of business which the Council may wish to consider in private' and its Section 50A "
            "paragraph are not an item; items 15 and 16 after it are exempt.",
            "Item 2's reminder about the Code of Conduct is a note under the item, not part of its title.",
            "The Chief Executive's covering letter on page 1 holds no agenda items.",
        ],
        "meeting": {**meeting, "contact": dict(CONTACT)},
        "agenda": _agenda_gold(),
    }

    per_item = {a["num"]: resolutions_in(a) for a in ARTICLES}
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute items are the Articles numbered in Roman numerals I to XIX; agenda_item links each to the "
            "agenda item of the same subject (the three notices of motion, Articles XIV to XVI, link to 14.1 to "
            "14.3).",
            "Article XVII (Exclusion of the Public) has no agenda item of its own (it answers the unnumbered "
            "private-business banner), so its agenda_item is null.",
            "Lettered paragraphs (a), (b) ... inside Articles II, III, V and X (declarations, Provost's remarks, "
            "committee minutes listed, parts of an amendment) are not minute items.",
            "Resolutions counted: each (i), (ii) ... part under a 'The Council resolved:-' counts once, and a "
            "one-clause 'The Council resolved to ...' counts once.",
            "The numbered parts of motions and amendments as moved (Article X amendment (a)-(c), Article XII "
            "motion (i)-(iii)) are not counted; only the parts restated under 'resolved' are.",
            "'The Council resolved to adopt the motion/amendment' after a division counts as one resolution.",
            "Article V's single clause 'resolved to ratify ... and otherwise to note the minutes' counts once.",
            "The Section 50A exclusion resolution (Article XVII) counts as a resolution.",
            "Motion-against-amendment divisions record yes = for the motion, no = for the amendment, abstain = "
            "declined to vote.",
            "The first division in Article XII is between two amendments: yes = first amendment, no = second "
            "amendment, abstain = the 13 members recorded as declining to vote; result carried (first amendment).",
            "The 12-12 division in Article XIV was settled by the Provost's casting vote for the amendment: counts "
            "are as printed (the casting vote is not added) and the motion's result is lost.",
            "Voters are given by surname; the Provost, Depute Provost and Bailies are listed by surname like "
            "councillors.",
            "Members attending remotely (Nicoll, Kerr) are virtual; the four civic office-bearers and the 20 "
            "councillors in the sederunt grid are present, including Ogilvie (arrived late), Forbes and Ahmed "
            "(left early).",
            "Civic titles (Provost, Depute Provost, Bailie) go to role, not name; 'Dr' is dropped from Iain Baxter "
            "and the post-nominal 'MSYP' from the youth parliament members.",
            "Officers listed 'In attendance' are in_attendance with their job titles as role; the Audit Scotland "
            "director and the two MSYPs under 'Also present' are also_present.",
            "Apologies are recorded in Article I, not in the sederunt, and are taken as apologies.",
            "Former Councillor James Macaulay (Provost's remarks) and officers named only in the Articles are not "
            "attendance.",
            "No substitutes are printed: members of a full Council cannot be substituted.",
            "Start 10.00am from the opening paragraph and end 3.48pm from 'The meeting concluded at 3.48pm'.",
        ],
        "meeting": {**meeting, "end_time": END},
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": [{"number": a["num"], "title": a["title"], "agenda_item": a["agenda"]} for a in ARTICLES],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": _votes_gold(),
            "attendance": _attendance_gold(),
        },
    }
    return {
        "agendas__balgarvie_council_2025-09-25_agenda": agenda_record,
        "minutes__balgarvie_council_2025-09-25_minutes": minutes_record,
    }

"""Pee Dee Landing County, South Carolina (fictional): County Council, regular meeting of May 13, 2025.

A nine-member council elected by single-member districts, with a Chairman, a Vice Chairman and a
Secretary-Chaplain chosen from among the members, an appointed County Administrator, County
Attorney and Clerk to Council (Council-Administrator form of government under S.C. Code 4-9-610).

Files written under `folder`:

* agendas/pee-dee-landing-county_county-council_2025-05-13_agenda.pdf - the posted agenda: a
  centred heading block with the roster of members, then Roman-numeral items in capitals with
  lettered sub-items and numbered ordinances under "Third / Second / First Reading", presenter
  lines, statutory citations for the executive-session items, the FOIA/ADA notice and a posting
  line; "Page n of N" footer.
* minutes/pee-dee-landing-county_county-council_2025-05-13_minutes.pdf - the minutes as the Clerk
  to Council types them: members present with district and a remark (telephone, late arrival,
  early departure), absent, staff present, others present; then the same Roman-numeral headings
  as the agenda, with ordinances and resolutions as bold un-numbered lead-ins inside each item.
  Motions are narrated ("X made a motion ...; Y seconded"), unanimous votes without figures, other
  votes as "carried 6-1, with ... voting in opposition", a "Vote: 8-0." line, an "In Favor: /
  Opposed:" list, a roll call table (Aye / Nay / Absent) and a 7-0-1 abstention. Two resolutions
  are spread on the minutes with their "BE IT RESOLVED" clauses; a recusal under the State Ethics
  Act is attached as the last page. Running header and "Page n of N" footer.

Everything (people, items, votes, resolution clauses) lives in the module-level structures below;
both the PDFs and `gold()` are produced from them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

COUNTY = "Pee Dee Landing County"
BODY = "County Council"
DATE_ISO = "2025-05-13"
DATE_LONG = "Tuesday, May 13, 2025"
START = "18:00"
END = "20:58"
AGENDA_FILE = "agendas/pee-dee-landing-county_county-council_2025-05-13_agenda.pdf"
MINUTES_FILE = "minutes/pee-dee-landing-county_county-council_2025-05-13_minutes.pdf"
CREATED = dt.datetime(2025, 5, 9, 16, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
MINUTES_CREATED = dt.datetime(2025, 6, 11, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
CLERK = {"name": "Angela R. Stackhouse", "phone": "(843) 555-0142", "email": "clerk@pdlcounty-sc.gov"}

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

MEMBERS = {
    "mccutcheon": {
        "printed": "Willie J. McCutcheon",
        "name": "Willie J. McCutcheon",
        "office": "Chairman",
        "district": 3,
        "ref": "Chairman McCutcheon",
        "status": "present",
        "remark": "",
    },
    "lane": {
        "printed": "Deborah Graham Lane",
        "name": "Deborah Graham Lane",
        "office": "Vice Chairman",
        "district": 5,
        "ref": "Vice Chairman Lane",
        "status": "present",
        "remark": "",
    },
    "ervin": {
        "printed": "Rev. Harold T. Ervin",
        "name": "Harold T. Ervin",
        "office": "Secretary-Chaplain",
        "district": 1,
        "ref": "Secretary-Chaplain Ervin",
        "status": "present",
        "remark": "",
    },
    "poston": {
        "printed": "Travis M. Poston",
        "name": "Travis M. Poston",
        "office": "Councilman",
        "district": 2,
        "ref": "Councilman Poston",
        "status": "present",
        "remark": "",
    },
    "hucks": {
        "printed": "Lorraine B. Hucks",
        "name": "Lorraine B. Hucks",
        "office": "Councilwoman",
        "district": 4,
        "ref": "Councilwoman Hucks",
        "status": "virtual",
        "remark": "participated by telephone",
    },
    "bethea": {
        "printed": "Shaquita N. Bethea",
        "name": "Shaquita N. Bethea",
        "office": "Councilwoman",
        "district": 7,
        "ref": "Councilwoman Bethea",
        "status": "present",
        "remark": "arrived at 6:18 p.m.",
    },
    "rogers": {
        "printed": 'Carl E. "Buddy" Rogers',
        "name": 'Carl E. "Buddy" Rogers',
        "office": "Councilman",
        "district": 8,
        "ref": "Councilman Rogers",
        "status": "present",
        "remark": "departed at 8:05 p.m.",
    },
    "whitlock": {
        "printed": "Annette P. Whitlock",
        "name": "Annette P. Whitlock",
        "office": "Councilwoman",
        "district": 9,
        "ref": "Councilwoman Whitlock",
        "status": "present",
        "remark": "",
    },
    "atkinson": {
        "printed": "Jimmy Ray Atkinson",
        "name": "Jimmy Ray Atkinson",
        "office": "Councilman",
        "district": 6,
        "ref": "Councilman Atkinson",
        "status": "absent",
        "remark": "",
    },
}
# order in which the roster prints: officers first, then by district
ROSTER = ["mccutcheon", "lane", "ervin", "poston", "hucks", "bethea", "rogers", "whitlock"]
ABSENT = ["atkinson"]
# the roll call is taken by district
BY_DISTRICT = sorted(MEMBERS, key=lambda k: MEMBERS[k]["district"])

STAFF = [
    ("Marcus D. Hanna", "County Administrator"),
    ("Teresa L. Cribb", "Deputy County Administrator / Finance Director"),
    ("J. Wesley Gause", "County Attorney"),
    ("Angela R. Stackhouse", "Clerk to Council"),
    ("Renee H. Sellers", "Deputy Clerk to Council"),
    ("Dwayne Moody", "Public Works Director"),
    ("Kristin Altman", "Planning and Zoning Director"),
    ("Leon T. Brockington", "Sheriff"),
]
OTHERS = [
    ("Frank D. McLeod, Jr.", "Bond Counsel, McLeod Hartsell & Pope, LLC"),
    ("Tonya Kirby", "The Landing Ledger"),
]

# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------

T_FILOT = (
    "Ordinance No. 2025-04: An Ordinance Authorizing the Execution and Delivery of a Fee-in-Lieu of Ad "
    "Valorem Taxes and Incentive Agreement by and between Pee Dee Landing County, South Carolina and a "
    "Company Identified for the Time Being as Project Magnolia; Providing for Special Source Revenue "
    "Credits; and Other Related Matters"
)
T_ANIMAL = (
    "Ordinance No. 2025-05: An Ordinance to Amend Chapter 6 (Animals and Fowl), Article II, Section 6-24 "
    "of the Code of Ordinances of Pee Dee Landing County, Regarding Dangerous and Vicious Animals and "
    "the Impoundment Thereof"
)
T_BUDGET = (
    "Ordinance No. 2025-07: An Ordinance to Provide for the Levy of Taxes for Ordinary County Purposes "
    "in Pee Dee Landing County for the Fiscal Year Beginning July 1, 2025 and Ending June 30, 2026; to "
    "Provide for the Expenditure Thereof; and to Provide for Other County Purposes"
)
T_MCIP = (
    "Ordinance No. 2025-08: An Ordinance Authorizing the Execution and Delivery of an Amendment to the "
    "Master Agreement Governing the Lynches River-Pee Dee Landing Multi-County Industrial/Business Park "
    "to Include Certain Property Located in Pee Dee Landing County; and Other Related Matters"
)
T_REZONE = (
    "Ordinance No. 2025-09: An Ordinance to Amend the Official Zoning Map of Pee Dee Landing County to "
    "Rezone Property Located at 4410 Hannah Crossroads Highway (TMS# 081-00-02-017), Containing "
    "Approximately 38.6 Acres, from Rural Agricultural (RA) to General Commercial (GC) - Council "
    "District 2"
)
T_FEES = (
    "Ordinance No. 2025-10: An Ordinance to Amend the Pee Dee Landing County Schedule of Fees to Adjust "
    "Solid Waste Convenience Center Fees and Building Permit Fees Effective July 1, 2025"
)
T_BONDS = (
    "Ordinance No. 2025-11: An Ordinance Authorizing the Issuance and Sale of Not Exceeding $6,500,000 "
    "General Obligation Bonds, Series 2025, of Pee Dee Landing County, South Carolina; Fixing the Form "
    "and Details of the Bonds; and Other Matters Relating Thereto"
)
T_RES11 = (
    'Resolution No. R-2025-11: A Resolution Honoring Master Deputy Clarence "Bo" Woodberry of the Pee '
    "Dee Landing County Sheriff's Office upon His Retirement after Thirty-One Years of Service"
)
T_RES12 = (
    "Resolution No. R-2025-12: A Resolution Authorizing the County Administrator to Execute a Memorandum "
    "of Agreement with the South Carolina Department of Transportation for the Resurfacing of Secondary "
    "Roads Using County Transportation Committee (C-Fund) Allocations"
)
T_RES13 = (
    "Resolution No. R-2025-13: A Resolution Authorizing the Submission of an Application to the South "
    "Carolina Rural Infrastructure Authority for a Basic Infrastructure Grant for the Dothan Community "
    "Water Line Extension and Committing Local Matching Funds"
)


def _item(number, title, children=(), presenter=None, inline=None, lines=(), note=None, part="public"):
    """One agenda item. `inline` prints right-aligned on the title line; `lines` print beneath it."""
    return {
        "number": number,
        "title": title,
        "children": list(children),
        "presenter": presenter,
        "inline": inline,
        "lines": list(lines),
        "note": note,
        "part": part,
    }


AGENDA = [
    _item("I", "CALL TO ORDER", inline="Chairman Willie J. McCutcheon", presenter="Chairman Willie J. McCutcheon"),
    _item(
        "II",
        "INVOCATION",
        inline="Secretary-Chaplain Rev. Harold T. Ervin",
        presenter="Secretary-Chaplain Rev. Harold T. Ervin",
    ),
    _item(
        "III",
        "PLEDGE OF ALLEGIANCE",
        inline='Councilman Carl E. "Buddy" Rogers',
        presenter='Councilman Carl E. "Buddy" Rogers',
    ),
    _item(
        "IV",
        "WELCOME AND MEETING NOTICE",
        lines=[
            "Notice of this meeting was posted and provided to the news media in accordance with the "
            "South Carolina Freedom of Information Act, S.C. Code Section 30-4-80."
        ],
    ),
    _item("V", "APPROVAL OF AGENDA"),
    _item(
        "VI",
        "APPROVAL OF MINUTES",
        [
            _item("A", "Regular Meeting of April 8, 2025"),
            _item("B", "Special Called Meeting (Budget Work Session) of April 22, 2025"),
        ],
    ),
    _item(
        "VII",
        "RECOGNITIONS AND PRESENTATIONS",
        [
            _item("A", T_RES11, presenter="Sheriff Leon T. Brockington"),
            _item(
                "B",
                "Recognition of the Cypress Ferry High School Lady Gators Softball Team, 2025 SCHSL Class AA "
                "State Runner-Up",
                presenter="Councilman Travis M. Poston",
            ),
        ],
    ),
    _item(
        "VIII",
        "PUBLIC HEARINGS",
        [
            _item("A", T_BUDGET, presenter="Teresa L. Cribb, Deputy County Administrator / Finance Director"),
            _item("B", T_REZONE, presenter="Kristin Altman, Planning and Zoning Director"),
        ],
    ),
    _item(
        "IX",
        "CITIZENS' COMMENTS",
        note="(Limited to three (3) minutes per speaker. Persons wishing to address Council must sign up "
        "with the Clerk to Council prior to the Call to Order.)",
    ),
    _item(
        "X",
        "CONSENT AGENDA",
        [
            _item(
                "A",
                "Approval of Bid No. 25-14, Purchase of One (1) Motor Grader for the Public Works Department, "
                "to Lowcountry Tractor & Equipment Co. in the Amount of $318,742.00 (Budgeted - Road "
                "Maintenance Fund)",
            ),
            _item(
                "B",
                "Approval to Declare Twelve (12) Vehicles and Miscellaneous Equipment as Surplus Property "
                "and to Authorize Disposal by Public Internet Auction",
            ),
            _item(
                "C",
                "Approval to Accept a 2025 Edward Byrne Memorial Justice Assistance Grant (JAG) Award in the "
                "Amount of $24,650.00 for the Sheriff's Office (No County Match Required)",
            ),
            _item(
                "D",
                "Approval of the Renewal of the Inmate Medical Services Agreement with Carolina Correctional "
                "Health, LLC for FY 2025-26 in an Amount Not to Exceed $412,000.00",
            ),
        ],
        note="(Items on the Consent Agenda are considered routine and are approved by a single motion. Any "
        "member of Council may request that an item be removed for separate consideration.)",
    ),
    _item(
        "XI",
        "ORDINANCES",
        [
            _item(
                "A",
                "Third Reading",
                [
                    _item("1", T_FILOT, presenter="Marcus D. Hanna, County Administrator"),
                    _item("2", T_ANIMAL, presenter="Sheriff Leon T. Brockington"),
                ],
            ),
            _item(
                "B",
                "Second Reading",
                [
                    _item("1", T_BUDGET, presenter="Teresa L. Cribb, Deputy County Administrator / Finance Director"),
                    _item("2", T_MCIP, presenter="Marcus D. Hanna, County Administrator"),
                    _item("3", T_REZONE, presenter="Kristin Altman, Planning and Zoning Director"),
                ],
            ),
            _item(
                "C",
                "First Reading (By Title Only)",
                [
                    _item("1", T_FEES, presenter="Teresa L. Cribb, Deputy County Administrator / Finance Director"),
                    _item("2", T_BONDS, presenter="Frank D. McLeod, Jr., Bond Counsel"),
                ],
            ),
        ],
    ),
    _item(
        "XII",
        "RESOLUTIONS",
        [
            _item("A", T_RES12, presenter="Dwayne Moody, Public Works Director"),
            _item("B", T_RES13, presenter="Marcus D. Hanna, County Administrator"),
        ],
    ),
    _item(
        "XIII",
        "APPOINTMENTS TO BOARDS AND COMMISSIONS",
        [
            _item("A", "Planning Commission - Council District 2 (Unexpired Term Ending June 30, 2027)"),
            _item("B", "Pee Dee Landing County Library Board of Trustees - Council District 7 (Reappointment)"),
        ],
    ),
    _item(
        "XIV",
        "COMMITTEE REPORTS",
        [
            _item("A", "Finance Committee", presenter="Vice Chairman Deborah Graham Lane, Committee Chair"),
            _item("B", "Public Safety Committee", presenter='Councilman Carl E. "Buddy" Rogers, Committee Chair'),
            _item(
                "C",
                "Infrastructure and Transportation Committee",
                presenter="Councilwoman Annette P. Whitlock, Committee Chair",
                lines=["Committee Recommendation: Approval of the FY 2025-26 Secondary Road Resurfacing List"],
            ),
        ],
    ),
    _item("XV", "ADMINISTRATOR'S REPORT", presenter="Marcus D. Hanna, County Administrator"),
    _item("XVI", "COUNCIL COMMENTS"),
    _item(
        "XVII",
        "EXECUTIVE SESSION",
        [
            _item(
                "A",
                "Receipt of Legal Advice Relating to Pending Litigation: Harrelson Timber Co., LLC v. Pee Dee "
                "Landing County, Case No. 2024-CP-33-00418",
                lines=["S.C. Code Section 30-4-70(a)(2)"],
                part="exempt",
            ),
            _item(
                "B",
                "Discussion of Negotiations Incident to Proposed Contractual Arrangements and the Proposed "
                "Location of an Industry - Project Magnolia",
                lines=["S.C. Code Section 30-4-70(a)(5)"],
                part="exempt",
            ),
            _item(
                "C",
                "Personnel Matter - Annual Performance Evaluation of the County Administrator",
                lines=["S.C. Code Section 30-4-70(a)(1)"],
                part="exempt",
            ),
        ],
        part="exempt",
    ),
    _item("XVIII", "ACTION ON MATTERS DISCUSSED IN EXECUTIVE SESSION (IF ANY)"),
    _item("XIX", "ADJOURNMENT"),
]

AGENDA_CLOSING = [
    "Council may take action on any item listed on this agenda. Items may be taken out of the order listed "
    "upon approval of Council.",
    "In compliance with the Americans with Disabilities Act, individuals needing special assistance or a "
    "modification of policies or procedures to participate in this meeting should contact the Office of the "
    "Clerk to Council at (843) 555-0142 no later than 48 hours prior to the meeting.",
    "The meeting will be streamed live on the Pee Dee Landing County YouTube channel.",
]
POSTED = "Posted: Friday, May 9, 2025 at 4:30 p.m. - A. Stackhouse, Clerk to Council"

# ---------------------------------------------------------------------------------------------
# Votes with figures or names printed (unanimous votes without figures are narrated in the text only)
# ---------------------------------------------------------------------------------------------

VOTES = {
    "consent": {
        "item": "X",
        "motion": "Approve Consent Agenda Items A through C",
        "mover": "whitlock",
        "seconder": "poston",
        "yes": ["ervin", "poston", "mccutcheon", "hucks", "lane", "bethea", "rogers", "whitlock"],
        "no": [],
        "abstain": [],
        "absent": [],
        "result": "carried",
        "names": [],
        "sentence": "The motion carried unanimously ({y}-{n}).",
    },
    "filot": {
        "item": "XI",
        "motion": "Approve Ordinance No. 2025-04 on third reading",
        "mover": "lane",
        "seconder": "rogers",
        "yes": ["ervin", "mccutcheon", "hucks", "lane", "bethea", "rogers"],
        "no": ["whitlock"],
        "abstain": [],
        "absent": [],
        "result": "carried",
        "names": ["no"],
        "sentence": "The motion carried {y}-{n}, with {no} voting in opposition.",
    },
    "animal": {
        "item": "XI",
        "motion": "Approve Ordinance No. 2025-05 on third reading",
        "mover": "rogers",
        "seconder": "bethea",
        "yes": ["ervin", "poston", "mccutcheon", "hucks", "lane", "bethea", "rogers", "whitlock"],
        "no": [],
        "abstain": [],
        "absent": [],
        "result": "carried",
        "names": [],
        "sentence": "Vote: {y}-{n}.",
    },
    "amend": {
        "item": "XI",
        "motion": "Amend Ordinance No. 2025-07 to remove the 2.0 mill increase",
        "mover": "hucks",
        "seconder": "rogers",
        "yes": ["hucks", "rogers", "whitlock"],
        "no": ["mccutcheon", "lane", "ervin", "poston", "bethea"],
        "abstain": [],
        "absent": [],
        "result": "lost",
        "names": ["yes", "no"],
        "sentence": "The motion to amend failed {y}-{n}.",
        "style": "favor_opposed",
    },
    "budget": {
        "item": "XI",
        "motion": "Approve Ordinance No. 2025-07 on second reading",
        "mover": "poston",
        "seconder": "lane",
        "yes": ["ervin", "poston", "mccutcheon", "lane", "bethea", "whitlock"],
        "no": ["hucks", "rogers"],
        "abstain": [],
        "absent": ["atkinson"],
        "result": "carried",
        "names": ["yes", "no", "absent"],
        "style": "rollcall",
        "sentence": "The motion carried {y}-{n}, and Ordinance No. 2025-07 passed second reading. Third reading is "
        "scheduled for the June 10, 2025 regular meeting.",
    },
    "defer": {
        "item": "XI",
        "motion": "Defer second reading of Ordinance No. 2025-09 to June 10, 2025",
        "mover": "poston",
        "seconder": "whitlock",
        "yes": ["poston", "mccutcheon", "hucks", "rogers", "whitlock"],
        "no": ["ervin", "lane", "bethea"],
        "abstain": [],
        "absent": [],
        "result": "carried",
        "names": ["no"],
        "sentence": "The motion to defer carried {y}-{n}, with {no} opposed.",
    },
    "fees": {
        "item": "XI",
        "motion": "Approve Ordinance No. 2025-10 on first reading by title only",
        "mover": "whitlock",
        "seconder": "poston",
        "yes": ["ervin", "poston", "mccutcheon", "hucks", "lane", "rogers", "whitlock"],
        "no": [],
        "abstain": ["bethea"],
        "absent": [],
        "result": "carried",
        "names": ["abstain"],
        "sentence": "The motion carried {y}-{n}-{a}, with {abstain} abstaining.",
    },
    "ria": {
        "item": "XII",
        "motion": "Adopt Resolution No. R-2025-13",
        "mover": "ervin",
        "seconder": "bethea",
        "yes": ["ervin", "poston", "mccutcheon", "hucks", "lane", "bethea", "rogers", "whitlock"],
        "no": [],
        "abstain": [],
        "absent": [],
        "result": "carried",
        "names": [],
        "sentence": "The motion carried {y}-{n}.",
    },
    "paving": {
        "item": "XIV",
        "motion": "Approve the FY 2025-26 Secondary Road Resurfacing List (committee recommendation)",
        "mover": "whitlock",
        "seconder": None,
        "yes": ["ervin", "poston", "mccutcheon", "hucks", "lane", "bethea", "whitlock"],
        "no": ["rogers"],
        "abstain": [],
        "absent": [],
        "result": "approved",
        "names": ["no"],
        "sentence": "The committee recommendation was approved {y}-{n}, with {no} opposed.",
    },
    "settle": {
        "item": "XVIII",
        "motion": "Authorize settlement of Harrelson Timber Co., LLC v. Pee Dee Landing County",
        "mover": "ervin",
        "seconder": "bethea",
        "yes": ["ervin", "poston", "mccutcheon", "lane", "bethea", "whitlock"],
        "no": ["hucks"],
        "abstain": [],
        "absent": [],
        "result": "carried",
        "names": ["no"],
        "sentence": "The motion carried {y}-{n}, with {no} opposed.",
    },
}


def _surname(key: str) -> str:
    return MEMBERS[key]["name"].split()[-1]


def _refs(keys: list[str]) -> str:
    names = [MEMBERS[k]["ref"] for k in keys]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]


def _vote_sentence(v: dict) -> str:
    return v["sentence"].format(
        y=len(v["yes"]), n=len(v["no"]), a=len(v["abstain"]), no=_refs(v["no"]), abstain=_refs(v["abstain"])
    )


# ---------------------------------------------------------------------------------------------
# Resolutions spread upon the minutes (the only places the minutes use the word "resolved" as a clause)
# ---------------------------------------------------------------------------------------------

RESOLUTIONS = {
    "R-2025-11": {
        "item": "VII",
        "whereas": [
            'WHEREAS, Master Deputy Clarence "Bo" Woodberry began his career with the Pee Dee Landing County '
            "Sheriff's Office on March 2, 1994 as a detention officer, and thereafter served with distinction as "
            "a road patrol deputy, a school resource officer at Dothan Elementary School, and for the last eleven "
            "years as the Sheriff's Office community outreach coordinator; and",
            "WHEREAS, Master Deputy Woodberry founded the Sheriff's Office Christmas Toy Drive, which has served "
            "more than four thousand children of this County since 2003, and has been a steady and familiar "
            "presence at ball fields, churches and community centers in every district of the County; and",
            "WHEREAS, Master Deputy Woodberry will retire on May 31, 2025 after thirty-one years of faithful and "
            "honorable service to the citizens of Pee Dee Landing County;",
        ],
        "kind": "clauses",
        "clauses": [
            "NOW, THEREFORE, BE IT RESOLVED that the Pee Dee Landing County Council, in meeting duly assembled, "
            'does hereby honor and commend Master Deputy Clarence "Bo" Woodberry for his thirty-one years of '
            "dedicated service and extends to him its sincere best wishes for a long, healthy and happy "
            "retirement.",
            "BE IT FURTHER RESOLVED that this Resolution be spread upon the minutes of this meeting and that a "
            "copy be presented to Master Deputy Woodberry and his family.",
        ],
    },
    "R-2025-13": {
        "item": "XII",
        "whereas": [],
        "kind": "lettered",
        "intro": "NOW, THEREFORE, BE IT RESOLVED by the County Council of Pee Dee Landing County, South Carolina, "
        "in meeting duly assembled, that:",
        "clauses": [
            "the County Administrator is authorized to submit an application to the South Carolina Rural "
            "Infrastructure Authority for a Basic Infrastructure Grant in an amount not to exceed $600,000 for "
            "the Dothan Community Water Line Extension;",
            "the County commits local matching funds in the amount of $150,000 from the Capital Projects Fund, "
            "contingent upon award of the grant; and",
            "the County Administrator is designated as the County's authorized representative for all matters "
            "relating to the application and, if the grant is awarded, the administration of the grant.",
        ],
    },
}

# ---------------------------------------------------------------------------------------------
# Minutes: Roman-numeral items; blocks are ("p", text), ("h", lead-in), ("bullets", [...]),
# ("vote", key), ("res", key), ("indent", text)
# ---------------------------------------------------------------------------------------------

MINUTES = [
    {
        "number": "I",
        "title": "CALL TO ORDER",
        "agenda_item": "I",
        "blocks": [
            (
                "p",
                "Chairman McCutcheon called the meeting to order at 6:00 p.m. and declared that a quorum was "
                "present. He noted that Councilman Atkinson was absent and that Councilwoman Hucks was "
                "participating by telephone and could hear and be heard by all members of Council and by the "
                "public in attendance.",
            ),
        ],
    },
    {
        "number": "II",
        "title": "INVOCATION",
        "agenda_item": "II",
        "blocks": [
            ("p", "Secretary-Chaplain Ervin gave the invocation."),
        ],
    },
    {
        "number": "III",
        "title": "PLEDGE OF ALLEGIANCE",
        "agenda_item": "III",
        "blocks": [
            ("p", "Councilman Rogers led the Pledge of Allegiance to the Flag of the United States of America."),
        ],
    },
    {
        "number": "IV",
        "title": "WELCOME AND MEETING NOTICE",
        "agenda_item": "IV",
        "blocks": [
            (
                "p",
                "Chairman McCutcheon welcomed everyone in attendance and those watching on the County's YouTube "
                "channel. The Clerk to Council confirmed that notice of the meeting, together with the agenda, was "
                "posted on the bulletin board of the County Administration Building and on the County website, "
                "and was provided to the local news media more than twenty-four (24) hours in advance, in "
                "accordance with S.C. Code Section 30-4-80.",
            ),
        ],
    },
    {
        "number": "V",
        "title": "APPROVAL OF AGENDA",
        "agenda_item": "V",
        "blocks": [
            (
                "p",
                "County Administrator Hanna requested that Consent Agenda Item X.D, renewal of the Inmate Medical "
                "Services Agreement with Carolina Correctional Health, LLC, be removed from the agenda and "
                "deferred to the June 10, 2025 regular meeting pending receipt of final contract language.",
            ),
            (
                "p",
                "Vice Chairman Lane made a motion to approve the agenda as amended; Councilwoman Whitlock seconded "
                "the motion, which was approved unanimously.",
            ),
        ],
    },
    {
        "number": "VI",
        "title": "APPROVAL OF MINUTES",
        "agenda_item": "VI",
        "blocks": [
            (
                "p",
                "Councilman Poston made a motion to approve the minutes of the April 8, 2025 regular meeting and "
                "the April 22, 2025 special called meeting (budget work session) as presented. Secretary-Chaplain "
                "Ervin seconded the motion.",
            ),
            (
                "p",
                "Councilwoman Whitlock asked that page 4 of the April 8, 2025 minutes be corrected to show that "
                "her comments referred to Pine Bluff Church Road and not Pine Bluff Road. Councilman Poston and "
                "Secretary-Chaplain Ervin accepted the correction. The motion to approve both sets of minutes, "
                "with the April 8, 2025 minutes as corrected, was approved unanimously.",
            ),
        ],
    },
    {
        "number": "VII",
        "title": "RECOGNITIONS AND PRESENTATIONS",
        "agenda_item": "VII",
        "blocks": [
            ("h", T_RES11),
            (
                "p",
                'Sheriff Brockington introduced Master Deputy Clarence "Bo" Woodberry, who was accompanied by his '
                "wife, Gail, their two daughters and several grandchildren, and spoke of his thirty-one years "
                "with the Sheriff's Office. At the request of the Chairman, the Clerk to Council read the "
                "Resolution into the record, as follows:",
            ),
            ("res", "R-2025-11"),
            (
                "p",
                "Vice Chairman Lane made a motion to adopt Resolution No. R-2025-11; Councilman Rogers seconded the "
                "motion, which was approved unanimously. Council members came down from the dais to present the "
                "framed Resolution to Master Deputy Woodberry, who received a standing ovation.",
            ),
            ("h", "Recognition of the Cypress Ferry High School Lady Gators Softball Team"),
            (
                "p",
                "Councilman Poston recognized Head Coach Tamika Rhodes, Assistant Coach Dale Stokes and the members "
                "of the Cypress Ferry High School Lady Gators softball team, who finished the 2025 season as "
                "SCHSL Class AA State Runner-Up with a record of 27-4. Certificates were presented to each player "
                "and coach. No action was required.",
            ),
        ],
    },
    {
        "number": "VIII",
        "title": "PUBLIC HEARINGS",
        "agenda_item": "VIII",
        "blocks": [
            ("h", T_BUDGET),
            (
                "p",
                "Chairman McCutcheon opened the public hearing at 6:14 p.m. Deputy County Administrator / Finance "
                "Director Cribb presented a summary of the proposed FY 2025-26 budget. The recommended General "
                "Fund budget totals $48,916,300, an increase of 5.2 percent over the current year, and includes a "
                "2.0 mill increase in the County operating levy to fund two (2) additional twenty-four hour EMS "
                "crews, a 3 percent cost-of-living adjustment for County employees and the first year of the "
                "revised public safety pay plan. Total County operating millage would be 118.4 mills.",
            ),
            ("p", "Councilwoman Bethea arrived at 6:18 p.m., during Ms. Cribb's presentation."),
            ("p", "The following persons spoke:"),
            (
                "bullets",
                [
                    "Mr. Roland Grice, 212 Tobacco Barn Road, Cypress Ferry, spoke in opposition to the proposed millage "
                    "increase, stating that many residents of the County live on fixed incomes and that property "
                    "reassessment had already increased tax bills in several areas.",
                    "Ms. Patrice Wilds, 88 Gum Swamp Lane, Dothan, spoke in support of the two additional EMS crews, "
                    "stating that her father waited thirty-four minutes for an ambulance in January.",
                    "Mr. Dale Hyman, President of the Pee Dee Landing County Firefighters Association, spoke in support "
                    "of the public safety pay plan and thanked Council and staff for their work on it.",
                ],
            ),
            (
                "p",
                "There being no one else wishing to speak, Chairman McCutcheon closed the public hearing at 6:31 p.m.",
            ),
            ("h", T_REZONE),
            (
                "p",
                "Chairman McCutcheon opened the public hearing at 6:32 p.m. Planning and Zoning Director Altman "
                "stated that the applicant, Hannah Crossroads Partners, LLC, proposes a retail center and "
                "convenience store with fuel sales on the property. The Planning Commission, at its April 15, "
                "2025 meeting, recommended approval subject to a Type C buffer along the eastern property line "
                "adjoining existing residences.",
            ),
            ("p", "The following persons spoke:"),
            (
                "bullets",
                [
                    "Mr. Jason Truluck, P.E., of Truluck Engineering, on behalf of the applicant, spoke in favor, "
                    "stating that the project would include a stormwater detention pond designed for the 25-year storm "
                    "and that the applicant had applied to SCDOT for a turn lane permit.",
                    "Mrs. Gloria Baxley, 4388 Hannah Crossroads Highway, spoke in opposition, citing truck traffic on "
                    "Highway 41 and flooding of her property after heavy rains.",
                    "Mr. Odell Cooper, 19 Mill Branch Road, spoke in opposition and presented a petition signed by "
                    "sixty-three (63) residents of the Hannah Crossroads community, which was received as information "
                    "and is on file with the Clerk to Council.",
                ],
            ),
            (
                "p",
                "There being no one else wishing to speak, Chairman McCutcheon closed the public hearing at 6:49 p.m.",
            ),
        ],
    },
    {
        "number": "IX",
        "title": "CITIZENS' COMMENTS",
        "agenda_item": "IX",
        "blocks": [
            ("p", "The Clerk to Council reported that three (3) persons had signed up to speak."),
            (
                "p",
                "Ms. Wanda Pridgen, 305 Depot Street, Dothan, addressed Council regarding the condition of Old "
                "Stage Road, an unpaved County road, which she said has been impassable after rains for much of "
                "the spring. She asked that the road be considered for paving.",
            ),
            (
                "p",
                "Mr. Terrence Lowery, speaking for the Dothan Community Association, thanked Council and "
                "staff for pursuing grant funding for the Dothan water line extension.",
            ),
            ("p", "Mr. Ellis Kinlaw, who had signed up to speak, was not present when called."),
        ],
    },
    {
        "number": "X",
        "title": "CONSENT AGENDA",
        "agenda_item": "X",
        "blocks": [
            (
                "p",
                "Councilwoman Whitlock made a motion to approve Consent Agenda Items A through C as presented, Item "
                "D having been removed under Approval of Agenda. Councilman Poston seconded the motion.",
            ),
            (
                "bullets",
                [
                    "A. Bid No. 25-14, purchase of one (1) motor grader for the Public Works Department from Lowcountry "
                    "Tractor & Equipment Co. in the amount of $318,742.00.",
                    "B. Declaration of twelve (12) vehicles and miscellaneous equipment as surplus property, to be "
                    "disposed of by public internet auction.",
                    "C. Acceptance of a 2025 Edward Byrne Memorial Justice Assistance Grant (JAG) award of $24,650.00 "
                    "for the Sheriff's Office.",
                ],
            ),
            ("vote", "consent"),
        ],
    },
    {
        "number": "XI",
        "title": "ORDINANCES",
        "agenda_item": "XI",
        "blocks": [
            ("sub", "THIRD READING"),
            ("h", T_FILOT),
            (
                "p",
                "Prior to any discussion, Councilman Poston stated that he is employed by an engineering firm that "
                "has performed site work for the company identified as Project Magnolia. On the advice of the "
                "County Attorney, he recused himself from discussion and voting on this matter and left the dais. "
                "His written Statement of Recusal, filed pursuant to S.C. Code Section 8-13-700, is attached to and "
                "made a part of these minutes.",
            ),
            (
                "p",
                "County Administrator Hanna stated that Project Magnolia anticipates a capital investment of "
                "approximately $42 million and the creation of eighty-five (85) new full-time jobs over five years "
                "at the Cypress Ferry Industrial Park. The agreement provides for a 6 percent assessment ratio and "
                "a fixed millage rate for a term of thirty (30) years, with a special source revenue credit of 20 "
                "percent for the first ten (10) years. There have been no changes since second reading.",
            ),
            (
                "p",
                "Vice Chairman Lane made a motion to approve Ordinance No. 2025-04 on third reading; Councilman "
                "Rogers seconded the motion. Councilwoman Whitlock stated that while she supports new jobs for the "
                "County, she could not support a thirty-year agreement at a 6 percent ratio without a commitment "
                "from the company to hire local residents.",
            ),
            ("vote", "filot"),
            (
                "p",
                "Councilman Poston, having recused himself, did not vote, and returned to the dais following the vote.",
            ),
            ("h", T_ANIMAL),
            (
                "p",
                "Sheriff Brockington stated that the amendments, recommended by the Public Safety Committee, "
                "clarify the procedure for declaring an animal dangerous, allow the Animal Control Officer to "
                "impound an animal pending a hearing, and increase the reclaim fee for a second impoundment. No "
                "changes have been made since second reading. Councilman Rogers made a motion to approve Ordinance "
                "No. 2025-05 on third reading; Councilwoman Bethea seconded the motion.",
            ),
            ("vote", "animal"),
            ("sub", "SECOND READING"),
            ("h", T_BUDGET),
            (
                "p",
                "Councilman Poston made a motion to approve Ordinance No. 2025-07 on second reading; Vice Chairman "
                "Lane seconded the motion.",
            ),
            (
                "p",
                "Councilwoman Hucks made a motion to amend the ordinance by removing the proposed 2.0 mill "
                "increase and funding the two (2) additional EMS crews from General Fund fund balance in the "
                "amount of $1,106,000. Councilman Rogers seconded the motion to amend. Deputy County Administrator "
                "Cribb cautioned that using fund balance for recurring personnel costs would reduce unassigned fund "
                "balance below the 20 percent minimum set by the County's Fund Balance Policy and could affect the "
                "County's bond rating ahead of the Series 2025 bond sale. Discussion followed.",
            ),
            ("vote", "amend"),
            (
                "p",
                "Chairman McCutcheon then called for a vote on the main motion. At the request of Councilman "
                "Rogers, the vote was taken by roll call:",
            ),
            ("vote", "budget"),
            ("h", T_MCIP),
            (
                "p",
                "County Administrator Hanna stated that the amendment adds the Project Magnolia site to the "
                "multi-county park with Lynches River County, which is required for the special source revenue "
                "credits approved under Ordinance No. 2025-04. Secretary-Chaplain Ervin made a motion to approve "
                "Ordinance No. 2025-08 on second reading; Councilwoman Bethea seconded the motion, which was "
                "approved unanimously by those voting. Councilman Poston did not vote, citing his previously "
                "stated conflict of interest.",
            ),
            ("h", T_REZONE),
            (
                "p",
                "Councilman Poston, in whose district the property is located, stated that he had met with the "
                "applicant and with residents and believed additional time was needed. He made a motion to defer "
                "second reading to the June 10, 2025 regular meeting to allow the applicant to meet with adjoining "
                "property owners concerning traffic and stormwater. Councilwoman Whitlock seconded the motion. "
                "Vice Chairman Lane stated that the application had been pending since February and that the "
                "residents and the applicant deserved a decision.",
            ),
            ("vote", "defer"),
            ("sub", "FIRST READING (BY TITLE ONLY)"),
            ("h", T_FEES),
            (
                "p",
                "Councilwoman Whitlock made a motion to approve Ordinance No. 2025-10 on first reading by title "
                "only; Councilman Poston seconded the motion. Councilwoman Bethea stated that she had not "
                "received the fee comparison with neighboring counties in time to review it and would abstain.",
            ),
            ("vote", "fees"),
            ("h", T_BONDS),
            (
                "p",
                "Mr. McLeod, Bond Counsel, explained that the bonds would finance two fire apparatus, the "
                "construction of EMS Station 7 in Dothan and the renovation of the Magistrate's Office, and that "
                "the issue is within the County's 8 percent constitutional debt limit. A public hearing will be "
                "held at second reading. Vice Chairman Lane made a motion to approve Ordinance No. 2025-11 on first "
                "reading by title only; Councilman Rogers seconded the motion, which was approved unanimously.",
            ),
        ],
    },
    {
        "number": "XII",
        "title": "RESOLUTIONS",
        "agenda_item": "XII",
        "blocks": [
            ("h", T_RES12),
            (
                "p",
                "Public Works Director Moody stated that the County Transportation Committee has allocated "
                "$1,410,000 in C-Fund monies to Pee Dee Landing County for FY 2025-26 and that SCDOT requires an "
                "executed Memorandum of Agreement before the funds are released. Councilwoman Whitlock made a "
                "motion to adopt Resolution No. R-2025-12; Councilman Poston seconded the motion, which was "
                "approved unanimously.",
            ),
            ("h", T_RES13),
            (
                "p",
                "County Administrator Hanna stated that the extension would bring public water to approximately "
                "140 households in the Dothan community whose private wells have tested high for nitrates. "
                "Because the Rural Infrastructure Authority requires the operative language of the governing "
                "body's resolution to appear in its minutes, the Clerk to Council read the following into the "
                "record:",
            ),
            ("res", "R-2025-13"),
            (
                "p",
                "Secretary-Chaplain Ervin made a motion to adopt Resolution No. R-2025-13; Councilwoman Bethea "
                "seconded the motion.",
            ),
            ("vote", "ria"),
        ],
    },
    {
        "number": "XIII",
        "title": "APPOINTMENTS TO BOARDS AND COMMISSIONS",
        "agenda_item": "XIII",
        "blocks": [
            (
                "p",
                "Planning Commission: Councilman Poston nominated Mr. Garrison L. Huggins of the Hannah Crossroads "
                "community to fill the unexpired term of Mr. Wendell Ray Matthews, who resigned, representing "
                "Council District 2, for a term ending June 30, 2027. There being no other nominations, Council "
                "approved the appointment by unanimous consent.",
            ),
            (
                "p",
                "Library Board of Trustees: Councilwoman Bethea made a motion to reappoint Mrs. Evelyn S. Pressley "
                "to the Pee Dee Landing County Library Board of Trustees, representing Council District 7, for a "
                "four-year term ending June 30, 2029. Vice Chairman Lane seconded the motion, which was approved "
                "unanimously.",
            ),
        ],
    },
    {
        "number": "XIV",
        "title": "COMMITTEE REPORTS",
        "agenda_item": "XIV",
        "blocks": [
            ("h", "Finance Committee"),
            (
                "p",
                "Vice Chairman Lane reported that the Finance Committee met on May 6, 2025 and reviewed the "
                "third-quarter financial report. Through March 31, 2025, General Fund revenues were at 81.4 "
                "percent of budget and expenditures at 72.9 percent, and local option sales tax receipts were 4.1 "
                "percent ahead of the same period last year. No action was required.",
            ),
            ("h", "Public Safety Committee"),
            (
                "p",
                "Councilman Rogers reported that the Public Safety Committee met on April 29, 2025 and discussed "
                "EMS response times, which averaged 11 minutes 42 seconds countywide in the third quarter, the "
                "replacement of the Sheriff's Office body-worn cameras, and the improvement of the Dothan Fire "
                "District ISO rating from Class 6 to Class 4. No action was required.",
            ),
            ("h", "Infrastructure and Transportation Committee"),
            (
                "p",
                "Councilwoman Whitlock reported that the Infrastructure and Transportation Committee met on May 1, "
                "2025 and recommends approval of the FY 2025-26 Secondary Road Resurfacing List, consisting of "
                "fourteen (14) roads totaling 9.7 miles at an estimated cost of $2,284,000, to be funded from "
                "C-Fund allocations and the County Road Maintenance Fee. The recommendation, coming from "
                "committee, constituted a motion and did not require a second.",
            ),
            (
                "p",
                "Councilman Rogers objected that no roads in District 8 were included although two had been "
                "rated in poor condition. Public Works Director Moody explained that the list was ranked by "
                "Pavement Condition Index and that Sand Hill Road and Beaver Dam Church Road are first and second "
                "on the alternate list.",
            ),
            ("vote", "paving"),
        ],
    },
    {
        "number": "XV",
        "title": "ADMINISTRATOR'S REPORT",
        "agenda_item": "XV",
        "blocks": [
            ("p", "County Administrator Hanna reported the following:"),
            (
                "bullets",
                [
                    "Third reading of the FY 2025-26 budget ordinance is scheduled for the June 10, 2025 regular "
                    "meeting.",
                    "The billing error that affected approximately 340 solid waste accounts in the April billing cycle "
                    "has been resolved, and corrected statements were mailed on May 5.",
                    "The groundbreaking for EMS Station 7 in Dothan will be held on Thursday, May 29, 2025 at 10:00 "
                    "a.m. All members of Council are invited.",
                    "The Emergency Management Division will hold its hurricane preparedness briefing for County "
                    "departments and the municipalities on Wednesday, June 4, 2025.",
                    "County offices and convenience centers will be closed on Monday, May 26, 2025 in observance of "
                    "Memorial Day.",
                ],
            ),
        ],
    },
    {
        "number": "XVI",
        "title": "COUNCIL COMMENTS",
        "agenda_item": "XVI",
        "blocks": [
            (
                "p",
                "Secretary-Chaplain Ervin congratulated Master Deputy Woodberry and the Lady Gators and asked "
                "everyone to keep the family of former Councilman James Odom in their prayers.",
            ),
            (
                "p",
                "Councilwoman Hucks thanked Council for allowing her to participate by telephone while she "
                "recovers from surgery and said she expects to return in person in June.",
            ),
            (
                "p",
                "Councilwoman Bethea apologized for her late arrival, which was due to a work obligation, and "
                "invited everyone to the District 7 community cleanup on Saturday, May 17.",
            ),
            (
                "p",
                "Councilman Rogers asked staff to look again at Old Stage Road, as raised under Citizens' "
                "Comments. He stated that he had a prior commitment and left the meeting at 8:05 p.m.",
            ),
            (
                "p",
                "Councilwoman Whitlock thanked Public Works for the quick response to the washout on Pine Bluff "
                "Church Road.",
            ),
        ],
    },
    {
        "number": "XVII",
        "title": "EXECUTIVE SESSION",
        "agenda_item": "XVII",
        "blocks": [
            (
                "p",
                "At 8:07 p.m., Vice Chairman Lane made a motion to enter Executive Session to receive legal advice "
                "relating to pending litigation, Harrelson Timber Co., LLC v. Pee Dee Landing County, pursuant to "
                "S.C. Code Section 30-4-70(a)(2); to discuss negotiations incident to proposed contractual "
                "arrangements and the proposed location of an industry, Project Magnolia, pursuant to Section "
                "30-4-70(a)(5); and to discuss a personnel matter, the annual performance evaluation of the County "
                "Administrator, pursuant to Section 30-4-70(a)(1). Councilwoman Whitlock seconded the motion, which "
                "was approved unanimously.",
            ),
            (
                "p",
                "Council entered Executive Session at 8:10 p.m. The County Administrator and the County Attorney "
                "were present for Items A and B; the County Administrator was excused for Item C. Councilman "
                "Poston did not participate in the discussion of Item B. Councilwoman Hucks remained on the "
                "telephone conference line.",
            ),
            (
                "p",
                "Council reconvened in open session at 8:51 p.m. Chairman McCutcheon stated that no votes were "
                "taken and no action was taken in Executive Session.",
            ),
        ],
    },
    {
        "number": "XVIII",
        "title": "ACTION ON MATTERS DISCUSSED IN EXECUTIVE SESSION",
        "agenda_item": "XVIII",
        "blocks": [
            (
                "p",
                "Secretary-Chaplain Ervin made a motion to authorize the County Attorney and the County "
                "Administrator to settle the case of Harrelson Timber Co., LLC v. Pee Dee Landing County, Case No. "
                "2024-CP-33-00418, on the terms discussed in Executive Session, in an amount not to exceed "
                "$85,000, and to execute all documents necessary to conclude the settlement. Councilwoman Bethea "
                "seconded the motion.",
            ),
            ("vote", "settle"),
            ("p", "No action was taken on Executive Session Items B and C."),
        ],
    },
    {
        "number": "XIX",
        "title": "ADJOURNMENT",
        "agenda_item": "XIX",
        "blocks": [
            (
                "p",
                "There being no further business to come before Council, Councilwoman Whitlock made a motion to "
                "adjourn; Vice Chairman Lane seconded the motion, which was approved unanimously. The meeting "
                "adjourned at 8:58 p.m.",
            ),
        ],
    },
]

RECUSAL = [
    "STATE OF SOUTH CAROLINA",
    "COUNTY OF PEE DEE LANDING",
]
RECUSAL_TEXT = [
    "I, Travis M. Poston, a member of the Pee Dee Landing County Council representing Council District 2, "
    "hereby state that I am required to recuse myself from participating in any discussion, deliberation or "
    "vote concerning the matter identified below, pursuant to S.C. Code Section 8-13-700(B).",
    "Matter: Ordinance No. 2025-04 (Fee-in-Lieu of Ad Valorem Taxes and Incentive Agreement - Project "
    "Magnolia), and related matters, including Ordinance No. 2025-08 and Executive Session Item XVII.B, at the "
    "regular meeting of May 13, 2025.",
    "Nature of the potential conflict: I am employed by Sandlapper Civil & Site Engineering, Inc., a business "
    "with which I am associated, which has performed and may continue to perform engineering services for the "
    "company identified as Project Magnolia.",
    "I request that this statement be made a part of the minutes of the meeting and that I be excused from "
    "votes, deliberations and other actions on this matter.",
]


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


class _Doc(FPDF):
    def __init__(self, kind: str):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.kind = kind
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Times", "I", 9)
        if self.kind == "minutes":
            self.cell(0, 4, "Pee Dee Landing County Council", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, "Minutes - Regular Meeting - May 13, 2025", new_x="LMARGIN", new_y="NEXT")
        else:
            self.cell(
                0,
                4,
                "Pee Dee Landing County Council - Regular Meeting Agenda - May 13, 2025",
                new_x="LMARGIN",
                new_y="NEXT",
            )
        self.ln(5)

    def footer(self):
        self.set_y(-15)
        self.set_font("Times", "", 9)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    # helpers ----------------------------------------------------------------------------------
    def para(
        self,
        text: str,
        indent: float = 0,
        style: str = "",
        size: float = 10,
        align: str = "J",
        h: float = 4.4,
        after: float = 1.2,
    ):
        self.set_font("Times", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def need(self, mm: float):
        if self.get_y() + mm > self.h - self.b_margin:
            self.add_page()


def _new(kind: str, created: dt.datetime, title: str) -> _Doc:
    pdf = _Doc(kind)
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author("Office of the Clerk to Council, Pee Dee Landing County")
    pdf.add_page()
    return pdf


def _render_agenda(path: Path):
    pdf = _new("agenda", CREATED, "County Council Regular Meeting Agenda - May 13, 2025")
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "PEE DEE LANDING COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "REGULAR MEETING", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for line in [
        f"{DATE_LONG} - 6:00 P.M.",
        "County Council Chambers",
        "Pee Dee Landing County Administration Building",
        "1200 West Ferry Street, Cypress Ferry, South Carolina 29599",
    ]:
        pdf.cell(0, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 8)
    roster = [
        f"{MEMBERS[k]['printed']}, {MEMBERS[k]['office']}"
        if MEMBERS[k]["office"] in ("Chairman", "Vice Chairman", "Secretary-Chaplain")
        else f"{MEMBERS[k]['printed']}"
        for k in ROSTER[:3]
    ]
    roster += [MEMBERS[k]["printed"] for k in BY_DISTRICT if k not in ROSTER[:3]]
    pdf.multi_cell(0, 4, "COUNCIL MEMBERS: " + "  |  ".join(roster), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(
        0,
        4,
        "Marcus D. Hanna, County Administrator  |  J. Wesley Gause, County Attorney  |  "
        "Angela R. Stackhouse, Clerk to Council",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(1)
    y = pdf.get_y()
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    cols = [(0, 13), (13, 8), (21, 7)]  # (offset of number, width of number) per level

    def item(it: dict, level: int):
        off, width = cols[level]
        pdf.need(14 if level == 0 else 10)
        x_num = pdf.l_margin + off
        x_txt = x_num + width
        size = 10.5
        style = "B" if level == 0 or it["children"] else ""
        pdf.set_font("Helvetica", style, size)
        pdf.set_x(x_num)
        pdf.cell(width, 5.2, f"{it['number']}.")
        if it["inline"]:
            tw = pdf.get_string_width(it["title"]) + 2
            pdf.cell(tw, 5.2, it["title"])
            pdf.set_font("Helvetica", "I", 9.5)
            pdf.cell(pdf.w - pdf.r_margin - pdf.get_x(), 5.2, it["inline"], align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(pdf.w - pdf.r_margin - x_txt, 5.2, it["title"], new_x="LMARGIN", new_y="NEXT")
            if it["presenter"]:
                pdf.set_font("Helvetica", "I", 9.5)
                pdf.set_x(x_txt)
                pdf.multi_cell(pdf.w - pdf.r_margin - x_txt, 4.6, it["presenter"], new_x="LMARGIN", new_y="NEXT")
        for line in it["lines"] + ([it["note"]] if it["note"] else []):
            pdf.set_font("Helvetica", "I", 9)
            pdf.set_x(x_txt)
            pdf.multi_cell(pdf.w - pdf.r_margin - x_txt, 4.4, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.6 if level else 2.4)
        for child in it["children"]:
            item(child, level + 1)

    for it in AGENDA:
        item(it, 0)

    pdf.ln(3)
    pdf.need(40)
    y = pdf.get_y()
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.ln(2)
    for text in AGENDA_CLOSING:
        pdf.set_font("Helvetica", "", 8.5)
        pdf.multi_cell(0, 4, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.cell(0, 4, POSTED, new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def _render_vote(pdf: _Doc, v: dict):
    style = v.get("style")
    if style == "favor_opposed":
        pdf.para(_vote_sentence(v), after=1)
        for label, keys in (("In Favor:", v["yes"]), ("Opposed:", v["no"])):
            pdf.set_font("Times", "B", 10)
            pdf.set_x(pdf.l_margin + 10)
            pdf.cell(22, 4.5, label)
            pdf.set_font("Times", "", 10)
            pdf.multi_cell(
                pdf.epw - 32, 4.5, ", ".join(MEMBERS[k]["ref"] for k in keys), align="L", new_x="LMARGIN", new_y="NEXT"
            )
        pdf.ln(2.5)
        return
    if style == "rollcall":
        pdf.need(9 * 4.5 + 20)
        pdf.set_font("Times", "B", 10)
        pdf.set_x(pdf.l_margin + 20)
        pdf.cell(70, 5.6, "ROLL CALL VOTE - ORDINANCE NO. 2025-07", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Times", "", 10)
        for k in BY_DISTRICT:
            word = "Aye" if k in v["yes"] else "Nay" if k in v["no"] else "Absent" if k in v["absent"] else "Abstain"
            m = MEMBERS[k]
            pdf.set_x(pdf.l_margin + 20)
            pdf.cell(70, 4.5, f"{m['ref']} (District {m['district']})", border="B")
            pdf.cell(30, 4.5, word, border="B", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(pdf.l_margin + 20)
        pdf.set_font("Times", "I", 10.5)
        pdf.cell(
            100,
            5.6,
            f"Ayes: {len(v['yes'])}     Nays: {len(v['no'])}     Absent: {len(v['absent'])}",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.ln(2.5)
        pdf.para(_vote_sentence(v))
        return
    if v["sentence"].startswith("Vote:"):
        pdf.para(_vote_sentence(v), style="B", indent=10)
        return
    pdf.para(_vote_sentence(v))


def _render_resolution(pdf: _Doc, r: dict):
    for w in r["whereas"]:
        pdf.para(w, indent=10, size=9.5, h=4.3)
    if r["kind"] == "clauses":
        for c in r["clauses"]:
            pdf.para(c, indent=10, size=9.5, h=4.3)
    else:
        pdf.para(r["intro"], indent=10, size=9.5, h=4.3, after=1.5)
        for letter, c in zip("abcdefgh", r["clauses"]):
            pdf.set_font("Times", "", 9.5)
            pdf.set_x(pdf.l_margin + 16)
            pdf.cell(8, 4.3, f"({letter})")
            pdf.multi_cell(pdf.epw - 24, 4.3, c, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.ln(1)


def _render_minutes(path: Path):
    pdf = _new("minutes", MINUTES_CREATED, "County Council Regular Meeting Minutes - May 13, 2025")
    pdf.set_font("Times", "B", 14)
    pdf.cell(0, 7, "PEE DEE LANDING COUNTY COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 6, "MINUTES OF THE REGULAR MEETING", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 12)
    pdf.cell(0, 6, DATE_LONG, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.para(
        "The Pee Dee Landing County Council met in regular session on Tuesday, May 13, 2025 at 6:00 p.m. "
        "in the County Council Chambers of the Pee Dee Landing County Administration Building, 1200 West "
        "Ferry Street, Cypress Ferry, South Carolina."
    )

    def block(label: str, rows: list[tuple[str, str]]):
        pdf.need(6 + 5 * len(rows))
        pdf.set_font("Times", "B", 10)
        pdf.cell(0, 5.4, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Times", "", 10)
        for left, right in rows:
            pdf.set_x(pdf.l_margin + 10)
            pdf.multi_cell(
                pdf.epw - 10, 4.5, f"{left}, {right}" if right else left, align="L", new_x="LMARGIN", new_y="NEXT"
            )
        pdf.ln(2.5)

    def member_row(k: str) -> tuple[str, str]:
        m = MEMBERS[k]
        right = f"{m['office']}, District {m['district']}"
        if m["remark"]:
            right += f" ({m['remark']})"
        return m["printed"], right

    block("COUNCIL MEMBERS PRESENT:", [member_row(k) for k in ROSTER])
    block("COUNCIL MEMBER ABSENT:", [member_row(k) for k in ABSENT])
    block("STAFF PRESENT:", STAFF)
    pdf.need(16)
    pdf.set_font("Times", "B", 10)
    pdf.cell(0, 5.4, "OTHERS PRESENT:", new_x="LMARGIN", new_y="NEXT")
    pdf.para("; ".join(f"{n}, {r}" for n, r in OTHERS) + "; and approximately forty-five (45) citizens.", indent=10)
    pdf.ln(1)

    for item in MINUTES:
        pdf.need(34 if item["blocks"][0][0] in ("h", "sub") else 22)
        pdf.set_font("Times", "B", 11.5)
        pdf.cell(16, 6, f"{item['number']}.")
        pdf.cell(0, 6, item["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for kind, val in item["blocks"]:
            if kind == "p":
                pdf.para(val)
            elif kind == "sub":
                pdf.need(30)
                pdf.set_font("Times", "BU", 11)
                pdf.cell(0, 5.6, val, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "h":
                pdf.need(18)
                pdf.para(val, style="B", h=5.0, after=1.5)
            elif kind == "bullets":
                for b in val:
                    pdf.set_font("Times", "", 10)
                    pdf.set_x(pdf.l_margin + 8)
                    pdf.cell(5, 4.5, chr(149))
                    pdf.multi_cell(pdf.epw - 13, 4.5, b, align="J", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.2)
                pdf.ln(1.3)
            elif kind == "vote":
                _render_vote(pdf, VOTES[val])
            elif kind == "res":
                _render_resolution(pdf, RESOLUTIONS[val])
        pdf.ln(1.5)

    pdf.need(36)
    pdf.ln(3)
    pdf.set_font("Times", "", 10.5)
    pdf.cell(80, 5, "Respectfully submitted,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(7)
    pdf.cell(80, 5, "______________________________")
    pdf.cell(0, 5, "______________________________", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 5, "Angela R. Stackhouse")
    pdf.cell(0, 5, "Willie J. McCutcheon", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 5, "Clerk to Council")
    pdf.cell(0, 5, "Chairman", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, 5, "Approved by Council: June 10, 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Times", "I", 9.5)
    pdf.cell(0, 5, "Attachment A: Statement of Recusal - Councilman Travis M. Poston", new_x="LMARGIN", new_y="NEXT")

    # Attachment A
    pdf.add_page()
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 6, "ATTACHMENT A", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for line in RECUSAL:
        pdf.cell(0, 5.4, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 6, "STATEMENT OF RECUSAL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10)
    pdf.cell(
        0,
        5,
        "(S.C. Code Section 8-13-700 - Ethics, Government Accountability, and Campaign Reform Act)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)
    for t in RECUSAL_TEXT:
        pdf.para(t, after=3.5)
    pdf.ln(10)
    pdf.set_font("Times", "", 11)
    pdf.cell(90, 5, "______________________________")
    pdf.cell(0, 5, "May 13, 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(90, 5, "Travis M. Poston, Council District 2")
    pdf.cell(0, 5, "Date", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(
        0, 5, "Received and filed by: ______________________________, Clerk to Council", new_x="LMARGIN", new_y="NEXT"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    _render_agenda(agenda)
    _render_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def _agenda_gold() -> list[dict]:
    out: list[dict] = []

    def walk(it: dict, parent: dict | None, path: str):
        rec = {
            "number": it["number"],
            "title": it["title"],
            "pages": None,
            "part": it["part"],
            "parent": parent["number"] if parent else None,
            "path": path,
        }
        if it["presenter"]:
            rec["presenter"] = it["presenter"]
        if it["lines"]:
            rec["topics"] = list(it["lines"])
        if it["note"]:
            rec["note"] = it["note"]
        out.append(rec)
        for child in it["children"]:
            walk(child, it, f"{path}.{child['number']}")

    for it in AGENDA:
        walk(it, None, it["number"])
    return out


def _resolution_count(r: dict) -> int:
    return len(r["clauses"])


def _votes_gold() -> list[dict]:
    out = []
    for key, v in VOTES.items():
        counts = {"yes": len(v["yes"]), "no": len(v["no"]), "abstain": len(v["abstain"])}
        if v["absent"]:
            counts["absent"] = len(v["absent"])
        rec = {
            "item": v["item"],
            "result": v["result"],
            "counts": counts,
            "motion": v["motion"],
            "mover": _surname(v["mover"]),
            "seconder": _surname(v["seconder"]) if v["seconder"] else None,
        }
        if v["names"]:
            rec["voters"] = {opt: [_surname(k) for k in v[opt]] for opt in v["names"]}
        rec["result_as_printed"] = _vote_sentence(v)
        out.append(rec)
    return out


def _attendance_gold() -> list[dict]:
    out = []
    for k in ROSTER + ABSENT:
        m = MEMBERS[k]
        rec = {"name": m["name"], "status": m["status"], "role": f"{m['office']}, District {m['district']}"}
        if m["remark"]:
            rec["note"] = m["remark"]
        out.append(rec)
    out += [{"name": n, "status": "in_attendance", "role": r} for n, r in STAFF]
    out += [{"name": n, "status": "also_present", "role": r} for n, r in OTHERS]
    return out


def gold() -> dict:
    meeting = {"body": BODY, "date": DATE_ISO, "start_time": START}
    per_item: dict[str, int] = {}
    for r in RESOLUTIONS.values():
        per_item[r["item"]] = per_item.get(r["item"], 0) + _resolution_count(r)
    agenda = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "US",
        "notes": [
            "Every Roman-numeral item, lettered sub-item and numbered ordinance is listed in printed order; "
            "lettered and numbered sub-items carry the enclosing item as parent and a path (e.g. XI.B.2) because "
            "letters and numbers repeat under different headings.",
            "The names printed right-aligned on the lines of items I-III and the italic presenter lines are "
            "kept out of the titles and recorded as presenter.",
            "Italic lines printed under an item (FOIA notice sentence, statutory citations of the executive "
            "session items, the committee recommendation under XIV.C) are topics, not items, and the "
            "procedural parentheses under IX and X are notes.",
            "Executive Session (XVII) and its three sub-items are marked exempt because they are taken in "
            "closed session under S.C. Code 30-4-70; XVIII (action in open session) is public.",
            "The agenda prints no page numbers per item, so pages are null.",
            "The Finance Committee, Public Safety Committee and Infrastructure Committee sub-items print the "
            "committee chair on a presenter line; it is not part of the title.",
            "Ordinance Nos. 2025-07 and 2025-09 appear twice (public hearing and second reading), each as its own "
            "item in printed order.",
        ],
        "meeting": {**meeting, "contact": dict(CLERK)},
        "agenda": _agenda_gold(),
    }
    minutes = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "US",
        "notes": [
            "Minute items are the nineteen Roman-numeral headings, which follow the agenda numbering, so "
            "agenda_item equals the number; the bold ordinance/resolution titles and the underlined "
            "THIRD/SECOND/FIRST READING headings inside an item are un-numbered lead-ins, not minute items.",
            "Resolutions are counted strictly as 'resolved' clauses: Resolution R-2025-11 spread on the minutes "
            "under VII has 'NOW, THEREFORE, BE IT RESOLVED' and 'BE IT FURTHER RESOLVED' (2), and Resolution "
            "R-2025-13 under XII has one 'BE IT RESOLVED ... that:' with lettered parts (a)-(c), each counted "
            "(3), for 5 in all.",
            "Resolution R-2025-12 is recorded only as 'adopted' by motion with no resolved clause printed, so "
            "it is not counted, and no carried motion is counted as a resolution.",
            "The Administrator's report line 'has been resolved' (billing error) is ordinary prose, not a "
            "resolved clause, and is not counted.",
            "Only votes with figures or names printed are listed; motions recorded as 'approved unanimously' "
            "or 'by unanimous consent' without figures are left out.",
            "Yes counts include the Chairman, who votes in South Carolina county councils; Councilman Poston's "
            "recusal on Ordinance No. 2025-04 is not an abstention (he did not vote), so that vote is 6-1-0.",
            "Ordinance No. 2025-08 was 'approved unanimously by those voting' (Poston not voting) with no "
            "figures printed, so that vote is not listed.",
            "The 'unanimously (8-0)' consent vote and the 'Vote: 8-0.' and 'carried 8-0' lines print figures "
            "and are listed with no voter names.",
            "For votes naming only the opponents or the abstainer, voters lists only that option; the failed "
            "amendment lists In Favor and Opposed names; the budget roll call lists Aye, Nay and Absent "
            "(Atkinson) with absent kept apart from the counts.",
            "The Infrastructure Committee recommendation is recorded as 'approved 7-1', so its result is "
            "approved; it came from committee and had no seconder.",
            "Councilwoman Hucks, listed as participating by telephone, is virtual; Councilwoman Bethea (arrived "
            "6:18 p.m.) and Councilman Rogers (departed 8:05 p.m.) are present.",
            "Names drop honorifics (Rev. Harold T. Ervin -> Harold T. Ervin; Sheriff stays as role only) but "
            'keep a nickname printed inside the name (Carl E. "Buddy" Rogers) and the suffix Jr.',
            "Staff Present are in_attendance; Others Present (bond counsel and the reporter) are also_present; "
            "members of the public who spoke at the hearings or under Citizens' Comments are not in the "
            "attendance part and are left out.",
            "There are no substitutes: a South Carolina county council has none.",
            "Start time 6:00 p.m. from the call to order; end time 8:58 p.m. from the adjournment.",
        ],
        "meeting": {**meeting, "end_time": END},
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": [{"number": m["number"], "title": m["title"], "agenda_item": m["agenda_item"]} for m in MINUTES],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": _votes_gold(),
            "attendance": _attendance_gold(),
        },
    }
    return {
        "agendas__pee-dee-landing-county_county-council_2025-05-13_agenda": agenda,
        "minutes__pee-dee-landing-county_county-council_2025-05-13_minutes": minutes,
    }

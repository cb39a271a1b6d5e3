"""Fallow Creek County, Virginia (fictional): Board of Supervisors, regular meeting of June 10, 2025.

A seven-member board elected by magisterial district (Tannery, Courthouse, Sawmill, Big Lick, Walnut
Bottom, Piney Grove, Rocky Branch), printed the way Virginia county boards publish their papers.

Files
  agendas/fallow-creek-county_board-of-supervisors_2025-06-10_agenda.pdf
      The final agenda: title block, a roster of supervisors by district, decimal numbered items
      ("7." with sub-items "7.1" ... "7.4"), presenters in italics, short summaries under public
      hearings, closed-meeting subjects listed under item 12, an accessibility notice with the
      Clerk's contact, and a "Page N of M" footer.
  minutes/fallow-creek-county_board-of-supervisors_2025-06-10_minutes.pdf
      The approved minutes in the style of many Virginia counties: a running header
      "June 10, 2025 (Regular Meeting) / (Page N)", an attendance block (members present with their
      districts, remote participation under Code of Virginia 2.2-3708.3, absent member, staff, also
      present), then "Agenda Item No. N." headings with "Item No. N.M." sub-items.  Every motion
      carries a recorded vote naming each supervisor by district, printed three ways: AYES / NAYS /
      ABSTAIN / ABSENT lines, a ruled recorded-vote table, and a roll call for the closed meeting
      certification (Code of Virginia 2.2-3712).  Resolutions are spread on the minutes with
      WHEREAS recitals and NOW, THEREFORE, BE IT RESOLVED clauses (some with numbered or lettered
      parts); one ordinance is adopted with BE IT ORDAINED.  A member arrives late, one participates
      remotely, one is absent, one leaves before the closed meeting, one discloses an interest under
      2.2-3112 and abstains, a motion to defer fails, and the Board recesses once.

Everything (people, items, votes, resolutions) lives in module-level structures from which both
the PDFs and `gold()` are produced.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

# ----------------------------------------------------------------------------------------------
# Meeting facts
# ----------------------------------------------------------------------------------------------

COUNTY = "Fallow Creek County"
BODY = "Board of Supervisors"
DATE = "2025-06-10"
DATE_LONG = "June 10, 2025"
START_TIME = "18:00"
END_TIME = "21:58"
PLACE = "Board Meeting Room, Harlan M. Pruett Government Center, 1400 Courthouse Road, Tillery, Virginia 24199"
STEM = "fallow-creek-county_board-of-supervisors_2025-06-10"
AGENDA_FILE = f"agendas/{STEM}_agenda.pdf"
MINUTES_FILE = f"minutes/{STEM}_minutes.pdf"
AGENDA_CREATED = dt.datetime(2025, 6, 4, 15, 20, tzinfo=dt.timezone.utc)
MINUTES_CREATED = dt.datetime(2025, 7, 9, 13, 45, tzinfo=dt.timezone.utc)

CLERK = {"name": "Kendra L. Ashby", "phone": "(540) 555-0148", "email": "bosclerk@fallowcreekva.gov"}

# Supervisors.  `key` is the surname used in votes.
MEMBERS = [
    {"key": "Tolliver", "hon": "Ms.", "name": "Marjorie E. Tolliver", "role": "Chairman", "district": "Tannery"},
    {
        "key": "Vasbinder",
        "hon": "Mr.",
        "name": "Desmond R. Vasbinder",
        "role": "Vice Chairman",
        "district": "Courthouse",
    },
    {"key": "Fentress", "hon": "Mr.", "name": "Lionel T. Fentress", "role": None, "district": "Sawmill"},
    {"key": "Overbey", "hon": "Ms.", "name": "Carla J. Overbey", "role": None, "district": "Big Lick"},
    {"key": "Dunnavant", "hon": "Mr.", "name": "Harrison W. Dunnavant, Jr.", "role": None, "district": "Walnut Bottom"},
    {"key": "Glasscock", "hon": "Ms.", "name": "Patrice N. Glasscock", "role": None, "district": "Piney Grove"},
    {"key": "Mayhew", "hon": "Mr.", "name": "Quentin A. Mayhew", "role": None, "district": "Rocky Branch"},
]
BY_KEY = {m["key"]: m for m in MEMBERS}
# the order the Clerk calls the roll: the Chairman votes last
ROLL_ORDER = ["Vasbinder", "Fentress", "Overbey", "Dunnavant", "Glasscock", "Mayhew", "Tolliver"]

PRESENT_NOTES = {"Dunnavant": "arrived at 6:19 p.m.", "Mayhew": "left the meeting at 9:01 p.m."}
REMOTE = {"Overbey": "participating from Roanoke, Virginia, pursuant to Section 2.2-3708.3 of the Code of Virginia"}
ABSENT = ["Glasscock"]

STAFF = [
    ("Bradley K. Sizemore", "County Administrator"),
    ("Miriam F. Oakes", "Deputy County Administrator"),
    ("Alisha M. Threadgill", "County Attorney"),
    ("Warren P. Haskins", "Director of Finance"),
    ("Yolanda S. Petrie", "Director of Planning and Community Development"),
    ("Curtis B. Lanier", "Chief of Fire and Emergency Medical Services"),
    ("Kendra L. Ashby", "Deputy Clerk to the Board"),
]
ALSO_PRESENT = [
    ("Dana Whitlock", "Residency Administrator, Virginia Department of Transportation"),
    ("Raymond T. Cutshaw", "Sheriff"),
]

EARLY = ["Vasbinder", "Fentress", "Overbey", "Mayhew", "Tolliver"]  # before Mr. Dunnavant arrived
MAIN = ["Vasbinder", "Fentress", "Overbey", "Dunnavant", "Mayhew", "Tolliver"]
LATE = ["Vasbinder", "Fentress", "Overbey", "Dunnavant", "Tolliver"]  # after Mr. Mayhew left

# ----------------------------------------------------------------------------------------------
# Agenda: (number, title, parent, presenter, summary lines, topics)
# ----------------------------------------------------------------------------------------------

AGENDA = [
    ("1", "Call to Order", None, None, [], []),
    ("2", "Roll Call", None, None, [], []),
    ("3", "Invocation and Pledge of Allegiance", None, None, [], []),
    ("4", "Adoption of Final Agenda", None, None, [], []),
    ("5", "Recognitions and Presentations", None, None, [], []),
    (
        "5.1",
        "Resolution of Recognition: Fallow Creek High School Girls' Track and Field Team, 2025 VHSL Class 2 "
        "State Champions",
        "5",
        "Marjorie E. Tolliver, Chairman",
        [],
        [],
    ),
    (
        "5.2",
        "Virginia Department of Transportation (VDOT) Quarterly Report",
        "5",
        "Dana Whitlock, Residency Administrator",
        [],
        [],
    ),
    ("6", "Matters from the Public: Matters Not Listed for Public Hearing on the Agenda", None, None, [], []),
    ("7", "Consent Agenda", None, None, [], []),
    (
        "7.1",
        "Approval of Minutes: May 13, 2025 Regular Meeting and May 20, 2025 Budget Work Session",
        "7",
        None,
        [],
        [],
    ),
    ("7.2", "Approval of Claims and Payroll for the Month of May 2025", "7", None, [], []),
    (
        "7.3",
        "FY 2025 Supplemental Appropriation: VDEM Hazard Mitigation Grant Program, Dry Fork Road Culvert "
        "Elevation Project ($48,300)",
        "7",
        None,
        [],
        [],
    ),
    (
        "7.4",
        "Resolution Requesting Addition of Quail Hollow Lane (Route 1187) to the Secondary System of State Highways",
        "7",
        None,
        [],
        [],
    ),
    ("8", "Public Hearings", None, None, [], []),
    (
        "8.1",
        "Ordinance to Amend Chapter 14, Taxation, Article V, Transient Occupancy Tax, Section 14-87, Rate of Tax, "
        "of the Fallow Creek County Code",
        "8",
        "Warren P. Haskins, Director of Finance",
        [
            "To consider increasing the transient occupancy tax on hotel, motel, bed and breakfast and short-term "
            "rental lodging from five percent (5%) to seven percent (7%), effective October 1, 2025."
        ],
        [],
    ),
    (
        "8.2",
        "CUP-2025-03 Brindle Ridge Solar, LLC: Conditional Use Permit for a 4.8 MW Utility-Scale Solar Energy "
        "Facility, Tax Map Parcel 47-A-12 (Sawmill District)",
        "8",
        "Yolanda S. Petrie, Director of Planning and Community Development",
        [
            "Request for a conditional use permit for a photovoltaic generating facility on approximately 38 acres "
            "of a 112.4-acre parcel on the north side of Route 647 (Brindle Ridge Road). The Planning Commission "
            "recommended approval with conditions on May 15, 2025."
        ],
        [],
    ),
    (
        "8.3",
        "REZ-2025-02 Harlow & Pike Development Group, LLC: Rezoning of 31.6 Acres from A-2, Agricultural "
        "General, to R-1, Residential Limited, Route 614 (Courthouse District)",
        "8",
        "Yolanda S. Petrie, Director of Planning and Community Development",
        [
            "The applicant has requested deferral to July 8, 2025. The public hearing will be opened and may be "
            "continued to that date."
        ],
        [],
    ),
    ("9", "Unfinished Business", None, None, [], []),
    (
        "9.1",
        "Memorandum of Understanding with Tarrant Valley Electric Cooperative for the VATI 2025 Broadband "
        "Expansion Project (Deferred from May 13, 2025)",
        "9",
        "Miriam F. Oakes, Deputy County Administrator",
        [],
        [],
    ),
    ("10", "New Business", None, None, [], []),
    (
        "10.1",
        "Adoption of the FY 2026 Annual Budget and Appropriation Resolution",
        "10",
        "Warren P. Haskins, Director of Finance",
        [],
        [],
    ),
    ("10.2", "Appointments to Boards, Committees and Commissions", "10", None, [], []),
    ("11", "Reports", None, None, [], []),
    ("11.1", "County Administrator's Report", "11", None, [], []),
    ("11.2", "County Attorney's Report", "11", None, [], []),
    ("11.3", "Board Member Comments", "11", None, [], []),
    (
        "12",
        "Closed Meeting Pursuant to Section 2.2-3711(A) of the Code of Virginia",
        None,
        None,
        [],
        [
            "(A)(1) Personnel: annual performance evaluation of the County Administrator",
            "(A)(3) Acquisition of real property for a public purpose: solid waste convenience center site, "
            "Rocky Branch District",
            "(A)(8) Consultation with legal counsel: solid waste collection and hauling contract",
        ],
    ),
    ("13", "Certification of Closed Meeting", None, None, [], []),
    ("14", "Action Following Closed Meeting, if any", None, None, [], []),
    ("15", "Adjourn to July 8, 2025, 6:00 p.m., Board Meeting Room", None, None, [], []),
]

# ----------------------------------------------------------------------------------------------
# Votes.  Counts in the gold are the lengths of these lists.
# ----------------------------------------------------------------------------------------------


def _vote(item, style, motion, mover, seconder, ayes, nays=(), abstain=(), absent=(), result="carried", note=None):
    return {
        "item": item,
        "style": style,  # "lines" (AYES/NAYS), "table" (recorded vote table) or "roll" (roll call)
        "motion": motion,
        "mover": mover,
        "seconder": seconder,
        "ayes": list(ayes),
        "nays": list(nays),
        "abstain": list(abstain),
        "absent": list(absent),
        "result": result,
        "note": note,
    }


VOTES = {
    "remote": _vote(
        "2",
        "lines",
        "To approve Ms. Overbey's remote participation due to a personal matter",
        "Fentress",
        "Mayhew",
        ["Vasbinder", "Fentress", "Mayhew", "Tolliver"],
        absent=["Dunnavant", "Glasscock"],
        note="Ms. Overbey did not vote on the motion.",
    ),
    "agenda": _vote(
        "4", "lines", "To adopt the final agenda", "Mayhew", "Vasbinder", EARLY, absent=["Dunnavant", "Glasscock"]
    ),
    "track": _vote(
        "5.1",
        "lines",
        "To adopt the resolution of recognition",
        "Fentress",
        "Overbey",
        EARLY,
        absent=["Dunnavant", "Glasscock"],
    ),
    "consent": _vote(
        "7",
        "lines",
        "To approve Consent Agenda Items No. 7.1, 7.3 and 7.4",
        "Vasbinder",
        "Dunnavant",
        MAIN,
        absent=ABSENT,
    ),
    "claims": _vote(
        "7.2",
        "lines",
        "To approve May 2025 claims and payroll",
        "Fentress",
        "Overbey",
        [k for k in MAIN if k != "Mayhew"],
        abstain=["Mayhew"],
        absent=ABSENT,
    ),
    "tot": _vote(
        "8.1",
        "table",
        "To adopt Ordinance No. 25-04",
        "Overbey",
        "Vasbinder",
        ["Vasbinder", "Overbey", "Mayhew", "Tolliver"],
        nays=["Fentress", "Dunnavant"],
        absent=ABSENT,
    ),
    "cup_defer": _vote(
        "8.2",
        "lines",
        "To defer CUP-2025-03 to July 8, 2025",
        "Fentress",
        "Mayhew",
        ["Fentress", "Mayhew"],
        nays=["Vasbinder", "Overbey", "Dunnavant", "Tolliver"],
        absent=ABSENT,
        result="lost",
    ),
    "cup": _vote(
        "8.2",
        "table",
        "To adopt the resolution approving CUP-2025-03 with conditions",
        "Overbey",
        "Dunnavant",
        ["Vasbinder", "Overbey", "Dunnavant", "Tolliver"],
        nays=["Fentress", "Mayhew"],
        absent=ABSENT,
    ),
    "rez_defer": _vote(
        "8.3",
        "lines",
        "To defer REZ-2025-02 and continue the public hearing to July 8, 2025",
        "Vasbinder",
        "Fentress",
        MAIN,
        absent=ABSENT,
    ),
    "vati": _vote(
        "9.1", "lines", "To adopt the resolution approving the VATI MOU", "Fentress", "Mayhew", MAIN, absent=ABSENT
    ),
    "budget": _vote(
        "10.1",
        "table",
        "To adopt Resolution No. 25-066, FY 2026 budget and appropriations",
        "Vasbinder",
        "Overbey",
        [k for k in MAIN if k != "Dunnavant"],
        nays=["Dunnavant"],
        absent=ABSENT,
    ),
    "appoint": _vote("10.2", "lines", "To make the appointments listed", "Overbey", "Vasbinder", MAIN, absent=ABSENT),
    "closed": _vote(
        "12", "lines", "To convene in closed meeting", "Vasbinder", "Fentress", LATE, absent=["Glasscock", "Mayhew"]
    ),
    "certify": _vote(
        "13",
        "roll",
        "To adopt the resolution certifying the closed meeting",
        "Vasbinder",
        "Overbey",
        LATE,
        absent=["Glasscock", "Mayhew"],
    ),
    "option": _vote(
        "14",
        "lines",
        "To authorize an option agreement for Tax Map Parcel 63-A-9",
        "Vasbinder",
        "Overbey",
        LATE,
        absent=["Glasscock", "Mayhew"],
    ),
}

# ----------------------------------------------------------------------------------------------
# Resolutions and the ordinance spread on the minutes.
# clauses: (lead words, text, parts); a clause with parts counts once per part.
# ----------------------------------------------------------------------------------------------

FUNDS = [
    ("General Fund", 52_118_640),
    ("School Operating Fund", 34_806_215),
    ("School Cafeteria Fund", 2_214_000),
    ("Capital Projects Fund", 4_925_000),
    ("Debt Service Fund", 1_861_515),
    ("Fallow Creek Utility Enterprise Fund", 487_500),
]
BUDGET_TOTAL = sum(amount for _, amount in FUNDS)


def _money(amount: int) -> str:
    return f"${amount:,}"


RESOLUTIONS = {
    "track": {
        "item": "5.1",
        "heading": [
            "RESOLUTION OF RECOGNITION",
            "FALLOW CREEK HIGH SCHOOL GIRLS' TRACK AND FIELD TEAM",
            "2025 VHSL CLASS 2 STATE CHAMPIONS",
        ],
        "whereas": [
            "the Fallow Creek High School Wildcats girls' track and field team won the Virginia High School League "
            "Class 2 outdoor state championship on May 31, 2025, scoring 94 team points, the highest total in the "
            "history of the program; and",
            "the championship is the first state title for a Fallow Creek High School girls' team since 1998, and "
            "eleven members of the team earned all-state recognition in individual and relay events;",
        ],
        "clauses": [
            (
                "NOW, THEREFORE, BE IT RESOLVED",
                "that the Board of Supervisors of Fallow Creek County, Virginia, on behalf of all citizens of the "
                "County, does hereby congratulate the Fallow Creek High School girls' track and field team, its "
                "coaches and families on winning the 2025 VHSL Class 2 State Championship; and",
                [],
            ),
            (
                "BE IT FURTHER RESOLVED",
                "that a copy of this resolution be presented to Head Coach Ruckers and the members of the team and "
                "that this resolution be spread upon the minutes of this meeting.",
                [],
            ),
        ],
    },
    "hmgp": {
        "item": "7.3",
        "heading": ["RESOLUTION NO. 25-061", "APPROVING A SUPPLEMENTAL APPROPRIATION FOR FISCAL YEAR 2025"],
        "whereas": [
            "the Virginia Department of Emergency Management has awarded Fallow Creek County a Hazard Mitigation "
            "Grant Program subgrant in the amount of $48,300 for the elevation and replacement of the Dry Fork Road "
            "(Route 632) culvert, which has overtopped in four storm events since 2020; and",
            "the subgrant requires no local cash match, the non-federal share being met by in-kind engineering "
            "services from the Department of Public Works;",
        ],
        "clauses": [
            (
                "NOW, THEREFORE, BE IT RESOLVED",
                "by the Board of Supervisors of Fallow Creek County, Virginia, that:",
                [
                    "The FY 2025 General Fund revenue budget is hereby increased by $48,300 in account "
                    "3-100-24040-0021, Federal Pass-Through, Hazard Mitigation;",
                    "The FY 2025 General Fund expenditure budget is hereby increased by $48,300 in account "
                    "4-100-94100-8200, Capital Outlay, Dry Fork Road Culvert; and",
                    "The County Administrator is authorized to execute the subgrant agreement and any related "
                    "documents on behalf of the County.",
                ],
            )
        ],
    },
    "quail": {
        "item": "7.4",
        "heading": [
            "RESOLUTION NO. 25-062",
            "REQUESTING ADDITION OF QUAIL HOLLOW LANE (ROUTE 1187)",
            "TO THE SECONDARY SYSTEM OF STATE HIGHWAYS",
        ],
        "whereas": [
            "the street described on the attached Additions Form AM-4.3, fully incorporated herein by reference, is "
            "shown on plats recorded in the Clerk's Office of the Circuit Court of Fallow Creek County; and",
            "the Residency Administrator for the Virginia Department of Transportation has advised this Board that "
            "the street meets the requirements established by the Secondary Street Acceptance Requirements of the "
            "Virginia Department of Transportation;",
        ],
        "clauses": [
            (
                "NOW, THEREFORE, BE IT RESOLVED",
                "that this Board requests the Virginia Department of Transportation to add the street described on "
                "the attached Additions Form AM-4.3 to the secondary system of state highways, pursuant to "
                "Section 33.2-705 of the Code of Virginia and the Department's Subdivision Street Requirements; and",
                [],
            ),
            (
                "BE IT FURTHER RESOLVED",
                "that this Board guarantees a clear and unrestricted right-of-way, as described, and any necessary "
                "easements for cuts, fills and drainage; and",
                [],
            ),
            (
                "BE IT FURTHER RESOLVED",
                "that a certified copy of this resolution be forwarded to the Residency Administrator for the "
                "Virginia Department of Transportation.",
                [],
            ),
        ],
    },
    "cup": {
        "item": "8.2",
        "heading": [
            "RESOLUTION NO. 25-063",
            "APPROVING CONDITIONAL USE PERMIT CUP-2025-03",
            "BRINDLE RIDGE SOLAR, LLC",
        ],
        "whereas": [
            "Brindle Ridge Solar, LLC has applied for a conditional use permit to construct and operate a 4.8 "
            "megawatt utility-scale solar energy facility on approximately 38 acres of Tax Map Parcel 47-A-12 in "
            "the Sawmill District; and",
            "the Board has held a duly advertised public hearing and finds that the proposed facility is "
            "substantially in accord with the Fallow Creek County Comprehensive Plan, as required by Section "
            "15.2-2232 of the Code of Virginia;",
        ],
        "clauses": [
            (
                "NOW, THEREFORE, BE IT RESOLVED",
                "that the Board of Supervisors of Fallow Creek County, Virginia, hereby approves CUP-2025-03, subject "
                "to the conditions recommended by the Planning Commission as set forth in the staff report dated May "
                "27, 2025, with the condition relating to landscaping amended to require a vegetative buffer of not "
                "less than seventy-five (75) feet along Route 647.",
                [],
            )
        ],
    },
    "vati": {
        "item": "9.1",
        "heading": [
            "RESOLUTION NO. 25-064",
            "APPROVING A MEMORANDUM OF UNDERSTANDING WITH",
            "TARRANT VALLEY ELECTRIC COOPERATIVE",
        ],
        "whereas": [
            "the Virginia Department of Housing and Community Development has awarded a Virginia Telecommunication "
            "Initiative grant of $4,260,000 to Tarrant Valley Electric Cooperative, in partnership with the County, "
            "to extend fiber-to-the-premises service to approximately 1,870 unserved locations; and",
            "the County's share of the project is $1,150,000, to be paid from the unassigned balance of the Capital "
            "Projects Fund in three installments tied to construction milestones;",
        ],
        "clauses": [
            (
                "NOW, THEREFORE, BE IT RESOLVED",
                "that the Board of Supervisors of Fallow Creek County, Virginia, approves the Memorandum of "
                "Understanding with Tarrant Valley Electric Cooperative in substantially the form presented; and",
                [],
            ),
            (
                "BE IT FURTHER RESOLVED",
                "that the County Administrator is authorized to execute the Memorandum of Understanding, in a form "
                "approved by the County Attorney, and to disburse the County's share as milestones are certified.",
                [],
            ),
        ],
    },
    "budget": {
        "item": "10.1",
        "heading": [
            "RESOLUTION NO. 25-066",
            "ADOPTING THE FISCAL YEAR 2026 ANNUAL BUDGET AND APPROPRIATING FUNDS",
            "FOR THE FISCAL YEAR BEGINNING JULY 1, 2025",
        ],
        "whereas": [
            "the County Administrator presented the proposed Fiscal Year 2026 budget to the Board on March 25, "
            "2025; and",
            "the Board held a public hearing on the proposed budget on April 22, 2025, in accordance with Section "
            "15.2-2506 of the Code of Virginia, and adopted the calendar year 2025 tax rates on April 29, 2025;",
        ],
        "clauses": [
            (
                "NOW, THEREFORE, BE IT RESOLVED",
                "by the Board of Supervisors of Fallow Creek County, Virginia, that the Fiscal Year 2026 Annual "
                f"Budget, in the total amount of {_money(BUDGET_TOTAL)} for all funds, is hereby adopted; and",
                [],
            ),
            (
                "BE IT FURTHER RESOLVED",
                "that the following amounts are hereby appropriated for the fiscal year beginning July 1, 2025 and "
                "ending June 30, 2026:",
                [],
            ),
            (
                "BE IT FURTHER RESOLVED",
                "that:",
                [
                    "appropriations are made on an annual basis, and any unexpended balance shall lapse at the end of "
                    "the fiscal year except as provided herein;",
                    "the County Administrator may transfer amounts of up to $50,000 between departments within a "
                    "fund, reporting each transfer to the Board at its next regular meeting; and",
                    "funds encumbered by purchase order on June 30, 2025 are re-appropriated to the same purpose in "
                    "Fiscal Year 2026.",
                ],
            ),
        ],
        "table_after": 1,  # print the fund table after the second clause
        "lettered": True,  # parts print a., b., c.
    },
    "certify": {
        "item": "13",
        "heading": ["RESOLUTION NO. 25-067", "CERTIFICATION OF CLOSED MEETING"],
        "whereas": [
            "the Board of Supervisors of Fallow Creek County has convened a closed meeting on this date by an "
            "affirmative recorded vote and in accordance with the Virginia Freedom of Information Act; and",
            "Section 2.2-3712(D) of the Code of Virginia requires the Board to certify that the closed meeting was "
            "conducted in conformity with Virginia law;",
        ],
        "clauses": [
            (
                "NOW, THEREFORE, BE IT RESOLVED",
                "that the Board of Supervisors of Fallow Creek County, Virginia, hereby certifies that, to the best "
                "of each member's knowledge:",
                [
                    "only public business matters lawfully exempted from open meeting requirements by Virginia law "
                    "were discussed in the closed meeting to which this certification applies; and",
                    "only such public business matters as were identified in the motion convening the closed meeting "
                    "were heard, discussed or considered by the Board.",
                ],
            )
        ],
    },
}


def resolution_count(key: str) -> int:
    return sum(len(parts) or 1 for _, _, parts in RESOLUTIONS[key]["clauses"])


ORDINANCE = {
    "item": "8.1",
    "heading": [
        "ORDINANCE NO. 25-04",
        "AN ORDINANCE TO AMEND CHAPTER 14, TAXATION, ARTICLE V, TRANSIENT OCCUPANCY TAX,",
        "SECTION 14-87, RATE OF TAX, OF THE FALLOW CREEK COUNTY CODE",
    ],
    "text": [
        "BE IT ORDAINED by the Board of Supervisors of Fallow Creek County, Virginia, that Chapter 14, Taxation, "
        "Article V, Transient Occupancy Tax, Section 14-87, Rate of Tax, of the Fallow Creek County Code is hereby "
        "amended and reordained as follows:",
        "Sec. 14-87. Rate of tax.",
        "There is hereby levied and imposed on each transient a tax equivalent to seven percent (7%) of the total "
        "amount paid for lodging by or for any such transient to any hotel, motel, bed and breakfast, short-term "
        "rental or other lodging facility.",
        "This ordinance shall be effective on and after October 1, 2025.",
    ],
}

# ----------------------------------------------------------------------------------------------
# Minutes: items and their blocks.  Block kinds: p (paragraph), i (italic aside), vote, res, ord,
# list (indented lines), sig (signature block).
# ----------------------------------------------------------------------------------------------

MINUTE_ITEMS = [
    {
        "number": "1",
        "title": "Call to Order",
        "blocks": [
            ("p", "The meeting was called to order at 6:00 p.m. by the Chairman, Ms. Tolliver."),
        ],
    },
    {
        "number": "2",
        "title": "Roll Call",
        "blocks": [
            (
                "p",
                "Ms. Ashby, Deputy Clerk, called the roll. All members were present in the Board Meeting Room "
                "except Ms. Overbey; Mr. Dunnavant, who had notified the Clerk that he would be delayed; and Ms. "
                "Glasscock, who was absent due to illness.",
            ),
            (
                "p",
                "Ms. Tolliver stated that on June 6, 2025, Ms. Overbey had notified her that she was unable to "
                "attend the meeting in person due to a personal matter, specifically the care of a family member "
                "recovering from surgery, and had requested to participate electronically from Roanoke, Virginia, "
                "pursuant to Section 2.2-3708.3 of the Code of Virginia and the Board's Remote Participation Policy.",
            ),
            (
                "p",
                "Mr. Fentress moved that the Board approve Ms. Overbey's request to participate remotely in this "
                "meeting. Mr. Mayhew seconded the motion.",
            ),
            ("vote", "remote"),
        ],
    },
    {
        "number": "3",
        "title": "Invocation and Pledge of Allegiance",
        "blocks": [
            (
                "p",
                "The invocation was delivered by Pastor Eunice Hargrove of Zion Hill Baptist Church, and Mr. Fentress "
                "led the Pledge of Allegiance.",
            ),
        ],
    },
    {
        "number": "4",
        "title": "Adoption of Final Agenda",
        "blocks": [
            (
                "p",
                "Mr. Sizemore, County Administrator, advised the Board that the applicant for Item No. 8.3, REZ-2025-02, "
                "had requested deferral to the Board's July 8, 2025 meeting, and that the public hearing, having been "
                "advertised, would be opened and could be continued to that date.",
            ),
            (
                "p",
                "Mr. Mayhew moved that the Board adopt the final agenda as presented. Mr. Vasbinder seconded the "
                "motion.",
            ),
            ("vote", "agenda"),
        ],
    },
    {
        "number": "5",
        "title": "Recognitions and Presentations",
        "blocks": [],
    },
    {
        "number": "5.1",
        "title": "Resolution of Recognition: Fallow Creek High School Girls' Track and Field Team, 2025 VHSL Class 2 "
        "State Champions",
        "blocks": [
            (
                "p",
                "Ms. Tolliver welcomed Head Coach Delphine A. Ruckers and members of the team and read the "
                "resolution into the record.",
            ),
            (
                "p",
                "Mr. Fentress moved that the Board adopt the resolution of recognition as read. Ms. Overbey seconded "
                "the motion.",
            ),
            ("vote", "track"),
            ("res", "track"),
        ],
    },
    {
        "number": "5.2",
        "title": "Virginia Department of Transportation (VDOT) Quarterly Report",
        "blocks": [
            (
                "p",
                "Ms. Dana Whitlock, Residency Administrator, reported that plant-mix resurfacing of Route 640 "
                "(Stillhouse Road) and Route 711 (Gum Spring Road) would begin the week of June 23, 2025, and that "
                "the Route 614 (Sawyers Mill Road) bridge replacement over Fallow Creek remained on schedule for "
                "advertisement in January 2026.",
            ),
            ("i", "(Mr. Dunnavant arrived at 6:19 p.m.)"),
            (
                "p",
                "Mr. Mayhew asked about sight distance at Route 622 and Route 698; Ms. Whitlock stated that "
                "vegetation would be trimmed before school opens in August.",
            ),
        ],
    },
    {
        "number": "6",
        "title": "Matters from the Public: Matters Not Listed for Public Hearing on the Agenda",
        "blocks": [
            (
                "p",
                "Ms. Tolliver opened the public comment period at 6:31 p.m. and reminded speakers of the "
                "three-minute limit.",
            ),
            (
                "p",
                "Mr. Orrin Baskerville, Piney Grove District, asked the Board to request a reduced speed zone on "
                "Route 622 in front of Piney Grove Elementary School.",
            ),
            (
                "p",
                "Mr. Terrence Yow, Rocky Branch District, expressed concern about Saturday wait times at the Rocky "
                "Branch convenience center and asked that staff consider extending its hours.",
            ),
            ("p", "There being no other speakers, Ms. Tolliver closed the public comment period at 6:40 p.m."),
        ],
    },
    {
        "number": "7",
        "title": "Consent Agenda",
        "blocks": [
            (
                "p",
                "Mr. Mayhew asked that Item No. 7.2 be pulled from the consent agenda for a separate vote. Pursuant "
                "to Section 2.2-3112 of the Code of Virginia, he disclosed that he holds an ownership interest of "
                "more than three percent in Rocky Branch Farm Supply, Inc., which appears on the May 2025 claims "
                "list in the amount of $1,842.16, and stated that he would abstain from the vote on that item.",
            ),
            (
                "p",
                "Mr. Vasbinder moved that the Board approve Items No. 7.1, 7.3 and 7.4 of the consent agenda as "
                "presented. Mr. Dunnavant seconded the motion.",
            ),
            ("vote", "consent"),
        ],
    },
    {
        "number": "7.1",
        "title": "Approval of Minutes: May 13, 2025 Regular Meeting and May 20, 2025 Budget Work Session",
        "blocks": [
            (
                "p",
                "By the above-recorded vote, the Board approved the minutes of its May 13, 2025 regular meeting and "
                "its May 20, 2025 budget work session as presented.",
            ),
        ],
    },
    {
        "number": "7.2",
        "title": "Approval of Claims and Payroll for the Month of May 2025",
        "blocks": [
            (
                "p",
                "Mr. Mayhew restated his disclosure. Mr. Fentress moved that the Board approve claims of $3,417,902.55 "
                "and payroll of $1,286,440.18 for May 2025. Ms. Overbey seconded the motion.",
            ),
            ("vote", "claims"),
        ],
    },
    {
        "number": "7.3",
        "title": "FY 2025 Supplemental Appropriation: VDEM Hazard Mitigation Grant Program, Dry Fork Road Culvert "
        "Elevation Project ($48,300)",
        "blocks": [
            ("p", "By the above-recorded vote, the Board adopted the following resolution:"),
            ("res", "hmgp"),
        ],
    },
    {
        "number": "7.4",
        "title": "Resolution Requesting Addition of Quail Hollow Lane (Route 1187) to the Secondary System of State "
        "Highways",
        "blocks": [
            ("p", "By the above-recorded vote, the Board adopted the following resolution:"),
            ("res", "quail"),
        ],
    },
    {
        "number": "8",
        "title": "Public Hearings",
        "blocks": [
            (
                "p",
                "Ms. Threadgill, County Attorney, confirmed that each of the following hearings had been advertised "
                "in the Fallow Creek Courier on May 27 and June 3, 2025.",
            ),
        ],
    },
    {
        "number": "8.1",
        "title": "Ordinance to Amend Chapter 14, Taxation, Article V, Transient Occupancy Tax, Section 14-87, Rate of "
        "Tax, of the Fallow Creek County Code",
        "blocks": [
            (
                "p",
                "Mr. Haskins, Director of Finance, stated that the County has levied a transient occupancy tax of five "
                "percent since 2012. The proposed ordinance would raise the rate to seven percent effective October "
                "1, 2025, producing an estimated $212,000 in additional annual revenue. Revenue from the rate above two "
                "percent would be designated for tourism promotion, as state law requires.",
            ),
            ("p", "Ms. Tolliver opened the public hearing at 6:52 p.m."),
            (
                "p",
                "Mr. Roscoe Billups, owner of the Laurel Gap Inn, Sawmill District, spoke in opposition.",
            ),
            (
                "p",
                "Ms. Henrietta Vandiver, executive director of the Fallow Creek Chamber of Commerce, spoke in favor, "
                "provided that the additional revenue is used for tourism marketing as proposed.",
            ),
            ("p", "There being no other speakers, Ms. Tolliver closed the public hearing at 7:04 p.m."),
            (
                "p",
                "Mr. Fentress stated that he could not support an increase that falls most heavily on the County's "
                "family-owned inns. Mr. Dunnavant agreed. Mr. Vasbinder noted that the tax is paid by visitors, "
                "not residents.",
            ),
            (
                "p",
                "Ms. Overbey moved that the Board adopt Ordinance No. 25-04 as advertised. Mr. Vasbinder seconded the "
                "motion.",
            ),
            ("vote", "tot"),
            ("p", "By the above-recorded vote, the Board adopted the following ordinance:"),
            ("ord", None),
        ],
    },
    {
        "number": "8.2",
        "title": "CUP-2025-03 Brindle Ridge Solar, LLC: Conditional Use Permit for a 4.8 MW Utility-Scale Solar "
        "Energy Facility, Tax Map Parcel 47-A-12 (Sawmill District)",
        "blocks": [
            (
                "p",
                "Ms. Petrie, Director of Planning and Community Development, presented the staff report. The "
                "facility would occupy approximately 38 acres of a 112.4-acre parcel zoned A-2, Agricultural General, "
                "on Route 647 (Brindle Ridge Road). The Planning Commission recommended approval on May 15, 2025, "
                "subject to fourteen conditions.",
            ),
            (
                "p",
                "Mr. Anders Kettleby, project developer, stated that the applicant accepts all recommended conditions.",
            ),
            ("p", "Ms. Tolliver opened the public hearing at 7:16 p.m."),
            (
                "p",
                "Ms. Lorraine Quesenberry, Sawmill District, an adjoining owner, spoke in opposition. Mr. Elton "
                "Rakes, Sawmill District, spoke in favor.",
            ),
            ("p", "There being no other speakers, Ms. Tolliver closed the public hearing at 7:39 p.m."),
            (
                "p",
                "Mr. Fentress moved that the Board defer action on CUP-2025-03 to its July 8, 2025 meeting to allow "
                "the County Attorney to review the form of the decommissioning surety. Mr. Mayhew seconded the "
                "motion.",
            ),
            ("vote", "cup_defer"),
            (
                "p",
                "Ms. Overbey then moved that the Board adopt the resolution approving CUP-2025-03, with the "
                "landscaping condition amended to require a vegetative buffer of not less than 75 feet along Route "
                "647. Mr. Dunnavant seconded the motion.",
            ),
            ("vote", "cup"),
            ("p", "By the above-recorded vote, the Board adopted the following resolution:"),
            ("res", "cup"),
            ("i", "At 7:58 p.m., the Board recessed. The Board reconvened at 8:07 p.m."),
        ],
    },
    {
        "number": "8.3",
        "title": "REZ-2025-02 Harlow & Pike Development Group, LLC: Rezoning of 31.6 Acres from A-2, Agricultural "
        "General, to R-1, Residential Limited, Route 614 (Courthouse District)",
        "blocks": [
            (
                "p",
                "Ms. Petrie stated that by letter dated June 4, 2025, the applicant requested deferral to July 8, "
                "2025, in order to revise its proffer statement regarding cash contributions for school capacity and "
                "turn-lane improvements on Route 614.",
            ),
            ("p", "Ms. Tolliver opened the public hearing at 8:08 p.m."),
            (
                "p",
                "No one wished to speak.",
            ),
            (
                "p",
                "Mr. Vasbinder moved that the Board defer REZ-2025-02 to its July 8, 2025 meeting and continue the "
                "public hearing to that date. Mr. Fentress seconded the motion.",
            ),
            ("vote", "rez_defer"),
        ],
    },
    {
        "number": "9",
        "title": "Unfinished Business",
        "blocks": [],
    },
    {
        "number": "9.1",
        "title": "Memorandum of Understanding with Tarrant Valley Electric Cooperative for the VATI 2025 Broadband "
        "Expansion Project",
        "blocks": [
            (
                "p",
                "Ms. Oakes, Deputy County Administrator, reminded the Board that the item had been deferred on May 13, "
                "2025, pending confirmation of the number of locations to be served in the Piney Grove and Rocky "
                "Branch Districts. The cooperative has since confirmed 1,870 locations.",
            ),
            (
                "p",
                "Mr. Fentress moved that the Board adopt the resolution approving the Memorandum of Understanding. "
                "Mr. Mayhew seconded the motion.",
            ),
            ("vote", "vati"),
            ("p", "By the above-recorded vote, the Board adopted the following resolution:"),
            ("res", "vati"),
        ],
    },
    {
        "number": "10",
        "title": "New Business",
        "blocks": [],
    },
    {
        "number": "10.1",
        "title": "Adoption of the FY 2026 Annual Budget and Appropriation Resolution",
        "blocks": [
            (
                "p",
                f"Mr. Haskins presented the Fiscal Year 2026 budget totaling {_money(BUDGET_TOTAL)} for all funds. "
                "The budget keeps the real estate tax rate at $0.62 per $100 of assessed value and funds a three "
                "percent salary adjustment and five new positions.",
            ),
            (
                "p",
                "Mr. Dunnavant stated that he would vote against the budget because General Fund spending grows by "
                "6.8 percent over the current year, and he would have preferred to hold the increase to the rate of "
                "inflation.",
            ),
            (
                "p",
                "Mr. Vasbinder moved that the Board adopt Resolution No. 25-066, adopting the Fiscal Year 2026 budget "
                "and appropriating funds. Ms. Overbey seconded the motion.",
            ),
            ("vote", "budget"),
            ("p", "By the above-recorded vote, the Board adopted the following resolution:"),
            ("res", "budget"),
        ],
    },
    {
        "number": "10.2",
        "title": "Appointments to Boards, Committees and Commissions",
        "blocks": [
            ("p", "Ms. Overbey moved that the Board make the following appointments:"),
            (
                "list",
                [
                    "Reappoint Ellis G. Marchbanks (Courthouse District) to the Planning Commission, for a four-year "
                    "term ending June 30, 2029;",
                    "Appoint Tamsin R. Oduya (Big Lick District) to the Fallow Creek Library Board of Trustees, to "
                    "fill an unexpired term ending December 31, 2026; and",
                    "Appoint Chief Curtis B. Lanier to the Regional Emergency Communications Authority Board, for a "
                    "term ending June 30, 2028.",
                ],
            ),
            ("p", "Mr. Vasbinder seconded the motion."),
            ("vote", "appoint"),
        ],
    },
    {
        "number": "11",
        "title": "Reports",
        "blocks": [],
    },
    {
        "number": "11.1",
        "title": "County Administrator's Report",
        "blocks": [
            (
                "p",
                "Mr. Sizemore reported that the Tillery Park splash pad will open on June 21, 2025; that the "
                "Government Center HVAC replacement is 60 percent complete and within budget; and that County offices "
                "will be closed on Friday, July 4, 2025.",
            ),
        ],
    },
    {
        "number": "11.2",
        "title": "County Attorney's Report",
        "blocks": [
            (
                "p",
                "Ms. Threadgill stated that she would circulate a summary of 2025 legislation affecting the County, "
                "most of which takes effect July 1, 2025.",
            ),
        ],
    },
    {
        "number": "11.3",
        "title": "Board Member Comments",
        "blocks": [
            (
                "p",
                "Mr. Dunnavant announced a Walnut Bottom District town hall on June 26, 2025, at 7:00 p.m. Mr. "
                "Mayhew asked staff to follow up with Mr. Yow regarding the convenience center.",
            ),
            ("i", "(Mr. Mayhew left the meeting at 9:01 p.m.)"),
            (
                "p",
                "Ms. Overbey thanked the Board for accommodating her remote participation.",
            ),
        ],
    },
    {
        "number": "12",
        "title": "Closed Meeting",
        "blocks": [
            (
                "p",
                "At 9:05 p.m., Mr. Vasbinder moved that the Board convene in a closed meeting pursuant to Section "
                "2.2-3711(A) of the Code of Virginia under:",
            ),
            (
                "list",
                [
                    "Subsection (1), to discuss the annual performance evaluation of the County Administrator;",
                    "Subsection (3), to discuss the acquisition of real property for a public purpose, namely a site "
                    "for a solid waste convenience center in the Rocky Branch District, where discussion in an open "
                    "meeting would adversely affect the bargaining position or negotiating strategy of the County; and",
                    "Subsection (8), to consult with legal counsel regarding specific legal matters requiring the "
                    "provision of legal advice concerning the County's solid waste collection and hauling contract.",
                ],
            ),
            ("p", "Mr. Fentress seconded the motion."),
            ("vote", "closed"),
            (
                "p",
                "Ms. Overbey confirmed that she was alone at her remote location and that no other person could hear "
                "the closed meeting. The Board convened in closed meeting at 9:06 p.m.",
            ),
        ],
    },
    {
        "number": "13",
        "title": "Certification of Closed Meeting",
        "blocks": [
            (
                "p",
                "At 9:51 p.m., the Board reconvened in open meeting. Mr. Vasbinder moved that the Board adopt the "
                "following resolution certifying the closed meeting. Ms. Overbey seconded the motion.",
            ),
            ("res", "certify"),
            ("vote", "certify"),
            ("p", "No member stated that there had been any departure from the foregoing certification."),
        ],
    },
    {
        "number": "14",
        "title": "Action Following Closed Meeting",
        "blocks": [
            (
                "p",
                "Mr. Vasbinder moved that the Board authorize the County Administrator to execute an option "
                "agreement with the owners of Tax Map Parcel 63-A-9 for the purchase of approximately 3.2 acres for "
                "a solid waste convenience center, at a purchase price not to exceed $96,000, in a form approved by "
                "the County Attorney. Ms. Overbey seconded the motion.",
            ),
            ("vote", "option"),
        ],
    },
    {
        "number": "15",
        "title": "Adjourn to July 8, 2025, 6:00 p.m., Board Meeting Room",
        "blocks": [
            (
                "p",
                "At 9:58 p.m., there being no further business, Ms. Tolliver adjourned the meeting to Tuesday, July 8, "
                "2025, at 6:00 p.m., in the Board Meeting Room of the Harlan M. Pruett Government Center.",
            ),
            ("sig", None),
        ],
    },
]

# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------

LETTER = (215.9, 279.4)
MARGIN = 20.0


def _district(key: str) -> str:
    return f"{BY_KEY[key]['district']} District"


def _surnames(keys: list[str]) -> str:
    """'Supervisors Vasbinder (Courthouse), Fentress (Sawmill) and Tolliver (Tannery)'."""
    ordered = [k for k in ROLL_ORDER if k in keys]
    if not ordered:
        return "None"
    names = [f"{k} ({BY_KEY[k]['district']})" for k in ordered]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return ("Supervisor " if len(names) == 1 else "Supervisors ") + joined


class _AgendaPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Fallow Creek County Board of Supervisors - Regular Meeting - {DATE_LONG}", align="L")
        self.set_x(MARGIN)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


class _MinutesPDF(FPDF):
    def header(self):
        self.set_font("Times", "", 10)
        self.set_xy(MARGIN, 8)
        self.cell(0, 4.5, f"{DATE_LONG} (Regular Meeting)", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4.5, f"(Page {self.page_no()})", new_x="LMARGIN", new_y="NEXT")
        self.set_y(19)

    def footer(self):
        self.set_y(-11)
        self.set_font("Times", "I", 8)
        self.cell(0, 4, "Fallow Creek County Board of Supervisors - Approved Minutes", align="C")


def _new_pdf(cls, created: dt.datetime, title: str) -> FPDF:
    pdf = cls(unit="mm", format=LETTER)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author("Fallow Creek County")
    pdf.set_creator("Fallow Creek County Clerk to the Board")
    return pdf


# -------- agenda ---------------------------------------------------------------------------------


def _render_agenda(path: Path) -> None:
    pdf = _new_pdf(_AgendaPDF, AGENDA_CREATED, "Board of Supervisors Agenda - June 10, 2025")
    pdf.alias_nb_pages()
    pdf.add_page()
    width = pdf.w - 2 * MARGIN

    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, "FALLOW CREEK COUNTY, VIRGINIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12.5)
    pdf.cell(0, 6, "BOARD OF SUPERVISORS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "REGULAR MEETING - FINAL AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5.5, "Tuesday, June 10, 2025 - 6:00 p.m.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 4.6, PLACE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_line_width(0.5)
    pdf.line(MARGIN, pdf.get_y(), pdf.w - MARGIN, pdf.get_y())
    pdf.ln(2)

    # roster in two columns
    pdf.set_font("Helvetica", "", 8.5)
    half = width / 2
    rows = []
    for m in MEMBERS:
        label = m["name"] + (f", {m['role']}" if m["role"] else "")
        rows.append(f"{label} - {m['district']} District")
    staff = [f"{n}, {t}" for n, t in STAFF[:3]] + [f"{CLERK['name']}, Deputy Clerk"]
    top = pdf.get_y()
    for i, line in enumerate(rows):
        pdf.set_xy(MARGIN, top + i * 4.2)
        pdf.cell(half, 4.2, line)
    for i, line in enumerate(staff):
        pdf.set_xy(MARGIN + half + 6, top + i * 4.2)
        pdf.cell(half - 6, 4.2, line)
    pdf.set_y(top + len(rows) * 4.2 + 2)
    pdf.set_line_width(0.2)
    pdf.line(MARGIN, pdf.get_y(), pdf.w - MARGIN, pdf.get_y())
    pdf.ln(4)

    for number, title, parent, presenter, summary, topics in AGENDA:
        indent = 0 if parent is None else 11
        text_x = MARGIN + indent + (11 if parent is None else 12)
        text_w = pdf.w - MARGIN - text_x
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        if parent is None:
            pdf.ln(1.5)
            pdf.set_font("Helvetica", "B", 10.5)
            shown = title.upper()
        else:
            pdf.set_font("Helvetica", "", 10)
            shown = title
        y = pdf.get_y()
        pdf.set_xy(MARGIN + indent, y)
        pdf.cell(text_x - MARGIN - indent, 5, f"{number}.")
        pdf.set_xy(text_x, y)
        pdf.multi_cell(text_w, 5, shown, new_x="LMARGIN", new_y="NEXT")
        if presenter:
            pdf.set_font("Helvetica", "I", 9)
            pdf.set_x(text_x)
            pdf.multi_cell(text_w, 4.4, presenter, new_x="LMARGIN", new_y="NEXT")
        for line in summary:
            pdf.set_font("Helvetica", "", 9)
            pdf.set_x(text_x)
            pdf.multi_cell(text_w, 4.4, line, align="J", new_x="LMARGIN", new_y="NEXT")
        for line in topics:
            pdf.set_font("Helvetica", "", 9)
            pdf.set_x(text_x + 2)
            pdf.cell(4, 4.4, "-")
            pdf.multi_cell(text_w - 6, 4.4, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.0)

    pdf.ln(4)
    pdf.set_line_width(0.2)
    pdf.line(MARGIN, pdf.get_y(), pdf.w - MARGIN, pdf.get_y())
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 8.5)
    notice = (
        "Public hearing notices were published in the Fallow Creek Courier on May 27 and June 3, 2025. Agenda "
        "materials are available in the Office of the County Administrator and at www.fallowcreekva.gov/bos. "
        "Meetings are broadcast live on FCTV Channel 17. In compliance with the Americans with Disabilities Act, "
        "persons needing assistance to participate in this meeting should contact "
        f"{CLERK['name']}, Deputy Clerk to the Board, at {CLERK['phone']} or {CLERK['email']} at least 48 hours "
        "before the meeting."
    )
    pdf.multi_cell(0, 4.2, notice, align="J", new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# -------- minutes --------------------------------------------------------------------------------

BODY_FONT = ("Times", 10)
LINE = 3.9


def _para(pdf: FPDF, text: str, indent: float = 0, style: str = "", align: str = "J", size: float | None = None):
    pdf.set_font(BODY_FONT[0], style, size or BODY_FONT[1])
    pdf.set_x(MARGIN + indent)
    pdf.multi_cell(pdf.w - 2 * MARGIN - indent, LINE, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.0)


def _keep(pdf: FPDF, height: float) -> None:
    if pdf.get_y() + height > pdf.h - 16:
        pdf.add_page()


def _render_vote(pdf: FPDF, vote: dict) -> None:
    carried = vote["result"] == "carried"
    verb = "carried" if carried else "failed"
    if vote["style"] == "lines":
        _keep(pdf, 30)
        _para(pdf, f"Roll was called and the motion {verb} by the following recorded vote:")
        rows = [("AYES:", vote["ayes"]), ("NAYS:", vote["nays"])]
        if vote["abstain"]:
            rows.append(("ABSTAIN:", vote["abstain"]))
        if vote["absent"]:
            rows.append(("ABSENT:", vote["absent"]))
        for label, keys in rows:
            pdf.set_font("Times", "B", 10)
            pdf.set_x(MARGIN + 10)
            pdf.cell(24, LINE, label)
            pdf.set_font("Times", "", 10)
            pdf.multi_cell(pdf.w - 2 * MARGIN - 34, LINE, _surnames(keys) + ".", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        if vote["note"]:
            _para(pdf, vote["note"])
    elif vote["style"] == "table":
        _keep(pdf, 12 + 4.0 * len(ROLL_ORDER) + 10)
        _para(pdf, f"The motion {verb} on the following recorded vote:")
        x0 = MARGIN + 10
        widths = (72, 46, 26)
        pdf.set_font("Times", "B", 10)
        pdf.set_x(x0)
        for head, w in zip(("Supervisor", "District", "Vote"), widths):
            pdf.cell(w, 4.8, head, border="B")
        pdf.ln(5.0)
        pdf.set_font("Times", "", 10)
        for key in ROLL_ORDER:
            m = BY_KEY[key]
            if key in vote["ayes"]:
                cast = "Aye"
            elif key in vote["nays"]:
                cast = "Nay"
            elif key in vote["abstain"]:
                cast = "Abstain"
            else:
                cast = "Absent"
            pdf.set_x(x0)
            name = m["name"] + (f", {m['role']}" if m["role"] else "")
            pdf.cell(widths[0], 4.0, name)
            pdf.cell(widths[1], 4.0, _district(key))
            pdf.cell(widths[2], 4.0, cast)
            pdf.ln(4.0)
        pdf.ln(3)
    else:  # roll call
        _keep(pdf, 12 + 4.0 * len(ROLL_ORDER))
        pdf.set_font("Times", "B", 10)
        pdf.cell(0, LINE, "ROLL CALL VOTE", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Times", "", 10)
        for key in ROLL_ORDER:
            m = BY_KEY[key]
            if key in vote["ayes"]:
                cast = "Aye"
            elif key in vote["nays"]:
                cast = "Nay"
            elif key in vote["abstain"]:
                cast = "Abstain"
            else:
                cast = "Absent"
            pdf.set_x(MARGIN + 10)
            who = ("Chairman " if m["role"] == "Chairman" else "Supervisor ") + key
            pdf.cell(55, 4.0, who)
            pdf.cell(50, 4.0, _district(key))
            pdf.cell(30, 4.0, cast)
            pdf.ln(4.0)
        pdf.ln(2.5)
        _para(pdf, f"The resolution was adopted, {len(vote['ayes'])} to {len(vote['nays'])}.")


def _render_resolution(pdf: FPDF, res: dict) -> None:
    _keep(pdf, 40)
    pdf.ln(1)
    pdf.set_font("Times", "B", 10)
    for line in res["heading"]:
        pdf.multi_cell(0, 4.0, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for text in res["whereas"]:
        pdf.set_font("Times", "", 10)
        pdf.set_x(MARGIN + 8)
        pdf.multi_cell(pdf.w - 2 * MARGIN - 16, LINE, f"**WHEREAS**, {text}", align="J", markdown=True)
        pdf.ln(1.0)
    for index, (lead, text, parts) in enumerate(res["clauses"]):
        pdf.set_font("Times", "", 10)
        pdf.set_x(MARGIN + 8)
        pdf.multi_cell(pdf.w - 2 * MARGIN - 16, LINE, f"**{lead}** {text}", align="J", markdown=True)
        pdf.ln(1.0)
        labels = "abcdefgh" if res.get("lettered") else None
        for n, part in enumerate(parts):
            label = f"{labels[n]}." if labels else f"{n + 1}."
            _keep(pdf, 2 * LINE)
            y = pdf.get_y()
            pdf.set_x(MARGIN + 16)
            pdf.cell(8, LINE, label)
            pdf.set_xy(MARGIN + 24, y)
            pdf.multi_cell(pdf.w - 2 * MARGIN - 32, LINE, part, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        if res.get("table_after") == index:
            _fund_table(pdf)
    pdf.ln(1)


def _fund_table(pdf: FPDF) -> None:
    _keep(pdf, 6 * (len(FUNDS) + 2))
    x0 = MARGIN + 24
    pdf.set_font("Times", "B", 10)
    pdf.set_x(x0)
    pdf.cell(80, 5.4, "Fund", border="B")
    pdf.cell(36, 5.4, "Appropriation", border="B", align="R")
    pdf.ln(5.6)
    pdf.set_font("Times", "", 10)
    for name, amount in FUNDS:
        pdf.set_x(x0)
        pdf.cell(80, 4.0, name)
        pdf.cell(36, 4.0, _money(amount), align="R")
        pdf.ln(4.0)
    pdf.set_font("Times", "B", 10)
    pdf.set_x(x0)
    pdf.cell(80, 5.4, "Total, All Funds", border="T")
    pdf.cell(36, 5.4, _money(BUDGET_TOTAL), border="T", align="R")
    pdf.ln(5)


def _render_ordinance(pdf: FPDF) -> None:
    _keep(pdf, 40)
    pdf.set_font("Times", "B", 10)
    for line in ORDINANCE["heading"]:
        pdf.multi_cell(0, 4.0, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for n, text in enumerate(ORDINANCE["text"]):
        if text.startswith("Sec. "):
            _para(pdf, text, indent=8, style="B", size=11)
        elif n == 0:
            pdf.set_font("Times", "", 10)
            pdf.set_x(MARGIN + 8)
            body = text.removeprefix("BE IT ORDAINED")
            pdf.multi_cell(pdf.w - 2 * MARGIN - 16, LINE, f"**BE IT ORDAINED**{body}", align="J", markdown=True)
            pdf.ln(2)
        else:
            pdf.set_font("Times", "", 10)
            pdf.set_x(MARGIN + 8)
            pdf.multi_cell(pdf.w - 2 * MARGIN - 16, LINE, text, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)


def _render_attendance(pdf: FPDF) -> None:
    present = []
    for key in ["Tolliver", "Vasbinder", "Fentress", "Dunnavant", "Mayhew"]:
        m = BY_KEY[key]
        text = f"{m['hon']} {m['name']}"
        if m["role"]:
            text += f", {m['role']}"
        text += f" ({m['district']} District)"
        if key in PRESENT_NOTES:
            text += f" ({PRESENT_NOTES[key]})"
        present.append(text)
    blocks = [
        ("BOARD MEMBERS PRESENT:", "; ".join(present[:-1]) + "; and " + present[-1] + "."),
        (
            "BOARD MEMBER PARTICIPATING REMOTELY:",
            "; ".join(
                f"{BY_KEY[k]['hon']} {BY_KEY[k]['name']} ({BY_KEY[k]['district']} District), {why}"
                for k, why in REMOTE.items()
            )
            + ".",
        ),
        (
            "ABSENT:",
            "; ".join(f"{BY_KEY[k]['hon']} {BY_KEY[k]['name']} ({BY_KEY[k]['district']} District)" for k in ABSENT)
            + ".",
        ),
        (
            "STAFF PRESENT:",
            ", ".join(f"{n}, {t}" for n, t in STAFF[:-1]) + f"; and {STAFF[-1][0]}, {STAFF[-1][1]}.",
        ),
        ("ALSO PRESENT:", "; ".join(f"{n}, {t}" for n, t in ALSO_PRESENT) + "."),
    ]
    for label, text in blocks:
        pdf.set_font("Times", "B", 10)
        pdf.set_x(MARGIN)
        pdf.multi_cell(0, LINE, f"**{label}** {text}", markdown=True, align="J")
        pdf.ln(2.4)


def _render_signatures(pdf: FPDF) -> None:
    """Chairman and Deputy Clerk signature lines, with the Clerk's approval stamp at the left."""
    _keep(pdf, 34)
    pdf.ln(6)
    top = pdf.get_y()
    pdf.set_font("Times", "", 9.5)
    for n, line in enumerate(("Approved by Board", "Date: 07/08/2025", "Initials: KLA")):
        pdf.set_xy(MARGIN, top + n * 4)
        pdf.cell(50, 4, line)
    pdf.set_font("Times", "", 10)
    pdf.set_xy(MARGIN + 95, top)
    pdf.cell(70, LINE, "", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(MARGIN + 95)
    pdf.cell(70, LINE, "Chairman, Board of Supervisors", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_x(MARGIN + 81)
    pdf.cell(14, LINE, "Attest:")
    pdf.cell(70, LINE, "", border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(MARGIN + 95)
    pdf.cell(70, LINE, "Deputy Clerk to the Board", new_x="LMARGIN", new_y="NEXT")


def _render_minutes(path: Path) -> None:
    pdf = _new_pdf(_MinutesPDF, MINUTES_CREATED, "Board of Supervisors Minutes - June 10, 2025")
    pdf.add_page()
    pdf.ln(2)
    _para(
        pdf,
        "A regular meeting of the Board of Supervisors of Fallow Creek County, Virginia, was held on Tuesday, June "
        "10, 2025, at 6:00 p.m., in the Board Meeting Room of the Harlan M. Pruett Government Center, 1400 "
        "Courthouse Road, Tillery, Virginia.",
    )
    _render_attendance(pdf)
    pdf.ln(2)
    for item in MINUTE_ITEMS:
        number = item["number"]
        sub = "." in number
        _keep(pdf, 18 if item["blocks"] else 32)
        pdf.ln(1.5)
        label = f"Item No. {number}. " if sub else f"Agenda Item No. {number}. "
        _para(pdf, f"{label}{item['title']}.", style="B", align="L")
        for kind, value in item["blocks"]:
            if kind == "p":
                _para(pdf, value)
            elif kind == "i":
                _para(pdf, value, style="I", align="L")
            elif kind == "vote":
                _render_vote(pdf, VOTES[value])
            elif kind == "res":
                _render_resolution(pdf, RESOLUTIONS[value])
            elif kind == "ord":
                _render_ordinance(pdf)
            elif kind == "list":
                for line in value:
                    pdf.set_font("Times", "", 10)
                    _keep(pdf, 2 * LINE)
                    y = pdf.get_y()
                    pdf.set_x(MARGIN + 12)
                    pdf.cell(6, LINE, "-")
                    pdf.set_xy(MARGIN + 18, y)
                    pdf.multi_cell(pdf.w - 2 * MARGIN - 26, LINE, line, align="J", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.0)
                pdf.ln(1.5)
            elif kind == "sig":
                _render_signatures(pdf)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    _render_agenda(agenda)
    _render_minutes(minutes)
    return [agenda, minutes]


# ----------------------------------------------------------------------------------------------
# Gold
# ----------------------------------------------------------------------------------------------


def _meeting() -> dict:
    return {"body": BODY, "date": DATE, "start_time": START_TIME}


def _agenda_gold() -> dict:
    items = []
    for number, title, parent, presenter, summary, topics in AGENDA:
        record = {
            "number": number,
            "title": title,
            "pages": None,
            "part": "exempt" if number == "12" else "public",
            "parent": parent,
        }
        if presenter:
            record["presenter"] = presenter
        if summary:
            record["hearing_note"] = " ".join(summary)
        if topics:
            record["topics"] = topics
        items.append(record)
    return {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "US",
        "notes": [
            "Top-level items print in upper case; titles are recorded in the case of the minutes headings, as the "
            "normalised comparison ignores case.",
            "Sub-items print their own decimal number (5.1, 7.3) and are recorded with the enclosing whole number "
            "as parent.",
            "Presenter lines in italics under an item are kept as `presenter`, not as items.",
            "The summary paragraphs under the three public hearings are kept as `hearing_note`, not as items.",
            "The three Code of Virginia 2.2-3711(A) subjects listed under item 12 are `topics` of the closed meeting "
            "item, not agenda items.",
            "Item 12 is marked exempt because its business is conducted in closed session; items 13 and 14 happen "
            "in open session after the Board reconvenes and are public.",
            "No page numbers are printed against items, so `pages` is null throughout.",
            "The roster of supervisors and staff at the top and the accessibility notice at the foot are not items.",
        ],
        "meeting": {**_meeting(), "contact": dict(CLERK)},
        "agenda": items,
    }


def _attendance_gold() -> list[dict]:
    out = []
    for m in MEMBERS:
        key = m["key"]
        if key in REMOTE:
            status = "virtual"
        elif key in ABSENT:
            status = "absent"
        else:
            status = "present"
        record = {"name": m["name"], "status": status}
        role = ", ".join(p for p in (m["role"], f"{m['district']} District") if p)
        record["role"] = role
        out.append(record)
    for name, title in STAFF:
        out.append({"name": name, "status": "in_attendance", "role": title})
    for name, title in ALSO_PRESENT:
        out.append({"name": name, "status": "also_present", "role": title})
    return out


def _votes_gold() -> list[dict]:
    out = []
    order = [value for item in MINUTE_ITEMS for kind, value in item["blocks"] if kind == "vote"]
    for key in order:
        v = VOTES[key]
        counts = {"yes": len(v["ayes"]), "no": len(v["nays"]), "abstain": len(v["abstain"])}
        voters = {"yes": list(v["ayes"]), "no": list(v["nays"])}
        if v["abstain"]:
            voters["abstain"] = list(v["abstain"])
        if v["absent"]:
            counts["absent"] = len(v["absent"])
            voters["absent"] = list(v["absent"])
        record = {
            "item": v["item"],
            "motion": v["motion"],
            "mover": v["mover"],
            "seconder": v["seconder"],
            "result": v["result"],
            "counts": counts,
            "voters": voters,
        }
        if v["note"]:
            record["note"] = v["note"]
        out.append(record)
    return out


def _minutes_gold() -> dict:
    per_item: dict[str, int] = {}
    for key, res in RESOLUTIONS.items():
        per_item[res["item"]] = per_item.get(res["item"], 0) + resolution_count(key)
    items = [{"number": it["number"], "title": it["title"], "agenda_item": it["number"]} for it in MINUTE_ITEMS]
    return {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "US",
        "notes": [
            "Resolutions are counted strictly by 'RESOLVED' clauses: each NOW, THEREFORE, BE IT RESOLVED and each BE "
            "IT FURTHER RESOLVED counts once, except that a clause followed by a numbered or lettered list counts "
            "once per part instead of once.",
            "The closed meeting certification (item 13) counts 2, one for each numbered part of its single RESOLVED "
            "clause, even though the parts are certifications rather than decisions.",
            "The budget resolution (item 10.1) counts 5: the adopting clause, the appropriating clause (the fund "
            "table under it is not a part) and the three lettered parts a-c of the last clause.",
            "The supplemental appropriation (item 7.3) counts 3 for its numbered parts 1-3 under one RESOLVED clause.",
            "Ordinance No. 25-04 under item 8.1 is enacted by 'BE IT ORDAINED' and contains no 'resolved', so it is "
            "not counted; motions that carried without resolution text (claims, appointments, deferrals, "
            "option agreement) are not counted either.",
            "Minute items are numbered as printed ('Agenda Item No. 7.' and 'Item No. 7.1.'), and each matches the "
            "agenda item of the same number; heading-only items (5, 9, 10, 11) are kept as minute items.",
            "Some minutes headings differ from the agenda titles (12 'Closed Meeting', 14 without 'if any', 9.1 "
            "without the deferral note); titles are recorded as the minutes print them.",
            "Every recorded vote is listed with counts of the supervisors named; absent members (the roll call's "
            "ABSENT or 'Absent' entries) are kept apart in counts.absent and are not votes.",
            "On the remote-participation vote (item 2) Ms. Overbey is named as not voting; she is in no option, so "
            "the counts are 4-0-0 with 2 absent.",
            "Mr. Mayhew's abstention on item 7.2 follows his disclosure under Code of Virginia 2.2-3112 and is "
            "counted as abstain; his place in item 7's consent vote (which excluded 7.2) is Aye.",
            "The consent agenda vote is recorded under item 7, where it is printed, although it approves 7.1, 7.3 "
            "and 7.4.",
            "The failed motion to defer CUP-2025-03 is recorded as lost, followed by the carried approval motion under "
            "the same item 8.2.",
            "Mr. Dunnavant arrived at 6:19 p.m. and Mr. Mayhew left at 9:01 p.m.; both are recorded as present, and "
            "votes taken while they were out list them as absent, as printed.",
            "Ms. Overbey participated remotely under Code of Virginia 2.2-3708.3 and is recorded as virtual.",
            "Staff listed under STAFF PRESENT are in_attendance; the VDOT Residency Administrator and the Sheriff "
            "under ALSO PRESENT are also_present.",
            "Names keep the suffix 'Jr.' as printed; honorifics (Mr., Ms.) are dropped; roles combine the Board "
            "office with the district.",
            "Members of the public and applicants who spoke (for example Mr. Billups, Mr. Kettleby, Mr. Yow) appear "
            "only in the body of the minutes, not in the attendance block, so they are not in attendance.",
            "The end time is the adjournment at 9:58 p.m.; the recess (7:58-8:07 p.m.) and the closed meeting "
            "(9:06-9:51 p.m.) do not change it.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": START_TIME, "end_time": END_TIME},
        "minutes": {
            "meeting": {"date": DATE, "start_time": START_TIME, "end_time": END_TIME},
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": _votes_gold(),
            "attendance": _attendance_gold(),
        },
    }


def gold() -> dict:
    return {
        f"agendas__{STEM}_agenda": _agenda_gold(),
        f"minutes__{STEM}_minutes": _minutes_gold(),
    }

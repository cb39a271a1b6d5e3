"""Long Shoals County, North Carolina (fictional, Piedmont): Board of Commissioners, regular meeting of
Monday, October 6, 2025, 6:30 p.m., Commissioners' Meeting Room, Long Shoals County Governmental Center,
Tillery Mills.

Two files, printed in the house style of a Piedmont North Carolina county clerk (the Cabarrus / Rowan
family):

* agendas/long-shoals-county_board-of-commissioners_2025-10-06_agenda.pdf - the regular meeting agenda:
  a centred masthead, three unnumbered opening items (call to order, presentation of colours, invocation)
  with the troop and pastor printed under them, then lettered sections "A." to "L." with numbered
  sub-items "1.", "2." restarting under every section and written "Department - Subject", a consent
  agenda note in brackets, a scheduled-meetings table and an ADA notice at the end, "Page n of N" footer.
* minutes/long-shoals-county_board-of-commissioners_2025-10-06_minutes.pdf - the minutes, typed in a
  monospaced face with the minute-book running head "October 6, 2025 (Regular Meeting)   Page 4127"
  (book pages, not PDF pages). The attendance block uses "Present - Chairman: / Vice Chairman: /
  Commissioners:" columns, a remote member listed apart, "Also present were ..." staff. Call to order,
  colours, invocation are unnumbered paragraphs; the minute headings repeat the agenda letters as "(A)"
  and sub-items as "(F-1)". Decisions are recorded the Cabarrus way, "UPON MOTION of Commissioner X,
  seconded by Commissioner Y and unanimously carried, the Board approved ...", with figures ("carried
  6-0") and the names of those voting for and against on split votes, and one roll-call vote set out
  as "Ayes: ... / Nays: ..." (an installment financing resolution, as bond counsel requires). Adopted
  resolutions and ordinances are referenced by number and Ordinance Book page, not printed; a
  proclamation is printed in full. Conflicts are handled by a motion excusing the member (G.S. 153A-44);
  one member arrives late and another is excused and leaves before the closed session.

All data (people, items, motions, votes) lives in module-level structures used both by the renderer and
by gold(), so the PDFs and the expected records cannot disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

COUNTY = "Long Shoals County"
BODY = "Board of Commissioners"
DATE = dt.date(2025, 10, 6)
DATE_LONG = "October 6, 2025"
START = "18:30"
END = "21:34"
SEAT = "Tillery Mills"
ROOM = "Commissioners' Meeting Room"
BUILDING = "Long Shoals County Governmental Center"
ADDRESS = "118 Courthouse Square, Tillery Mills, NC 28139"
BOOK_FIRST_PAGE = 4127
CREATED = dt.datetime(2025, 10, 2, 16, 45, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
MINUTES_CREATED = dt.datetime(2025, 10, 17, 11, 20, tzinfo=dt.timezone(dt.timedelta(hours=-4)))

AGENDA_FILE = "agendas/long-shoals-county_board-of-commissioners_2025-10-06_agenda.pdf"
MINUTES_FILE = "minutes/long-shoals-county_board-of-commissioners_2025-10-06_minutes.pdf"

CLERK = {"name": "Sharon L. Ketner", "phone": "(704) 555-0142", "email": "sketner@longshoalscountync.gov"}

# ---------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Member:
    name: str
    surname: str
    role: str  # Chairman | Vice Chairman | Commissioner
    status: str = "present"  # present | virtual
    pronoun: str = "he"


MEMBERS = [
    Member("Wendell R. Lassiter", "Lassiter", "Chairman"),
    Member("Patricia A. Misenheimer", "Misenheimer", "Vice Chairman", pronoun="she"),
    Member("Roy L. Barringer", "Barringer", "Commissioner"),
    Member("Dale E. Furches", "Furches", "Commissioner"),
    Member("Marcus T. Overcash", "Overcash", "Commissioner"),
    Member("Janine L. Sifford-Kluttz", "Sifford-Kluttz", "Commissioner", pronoun="she"),
    Member("Kendra M. Plyler", "Plyler", "Commissioner", status="virtual", pronoun="she"),
]
BY_SURNAME = {m.surname: m for m in MEMBERS}

STAFF = [
    ("Gregory A. Spainhour", "County Manager"),
    ("J. Thaddeus Brinkley", "County Attorney"),
    ("Alisha D. Troutman", "Deputy County Manager"),
    ("Bryan K. Yount", "Finance Director"),
    ("Sharon L. Ketner", "Clerk to the Board"),
    ("Meredith C. Lyerly", "Deputy Clerk to the Board"),
]

YOUTH_COMMISSIONER = ("Abigail Towe", "Youth Commissioner At-Large")

LATE = {"Barringer": "6:41 p.m."}  # arrived during item C-1


def ref(surname: str) -> str:
    """How the clerk refers to a member in running text."""
    m = BY_SURNAME[surname]
    return f"{m.role} {surname}"


def join_and(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def name_group(surnames: list[str]) -> str:
    """'Chairman Lassiter, Vice Chairman Misenheimer and Commissioners Barringer and Plyler'."""
    lead = [ref(s) for s in surnames if BY_SURNAME[s].role != "Commissioner"]
    rank = [s for s in surnames if BY_SURNAME[s].role == "Commissioner"]
    parts = list(lead)
    if len(rank) == 1:
        parts.append(f"Commissioner {rank[0]}")
    elif rank:
        parts.append("Commissioners " + join_and(rank))
    return join_and(parts)


# ---------------------------------------------------------------------------------------------------
# Motions and votes
# ---------------------------------------------------------------------------------------------------


@dataclass
class Motion:
    mover: str
    seconder: str
    action: str  # "the Board approved ..." continuation, without "the Board"
    style: str = "unanimous"  # unanimous | count | named | rollcall
    yes: list[str] = field(default_factory=list)
    no: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    tally: tuple[int, int] | None = None  # for style "count"
    after: str = ""  # sentence printed after the motion paragraph
    note: str = ""

    def counts(self) -> dict | None:
        if self.style == "unanimous":
            return None
        if self.style == "count":
            yes, no = self.tally
        else:
            yes, no = len(self.yes), len(self.no)
        out = {"yes": yes, "no": no, "abstain": 0}
        if self.absent:
            out["absent"] = len(self.absent)
        return out

    def paragraphs(self) -> list[str]:
        mv, sc = ref(self.mover), ref(self.seconder)
        if self.style == "unanimous":
            text = f"UPON MOTION of {mv}, seconded by {sc} and unanimously carried, the Board {self.action}"
            return [text] + ([self.after] if self.after else [])
        if self.style == "count":
            y, n = self.tally
            extra = ""
            if self.absent:
                extra = ", with " + join_and([ref(s) for s in self.absent]) + " absent"
            text = f"UPON MOTION of {mv}, seconded by {sc} and carried {y}-{n}{extra}, the Board {self.action}"
            return [text] + ([self.after] if self.after else [])
        if self.style == "named":
            text = (
                f"UPON MOTION of {mv}, seconded by {sc} and carried {len(self.yes)}-{len(self.no)}, with "
                f"{name_group(self.yes)} voting for and {name_group(self.no)} voting against, the Board "
                f"{self.action}"
            )
            return [text] + ([self.after] if self.after else [])
        # roll call
        text = (
            f"{mv} MOVED that the Board {self.action} {sc} seconded the motion. The Clerk to the Board "
            f"called the roll, and the MOTION carried {len(self.yes)}-{len(self.no)} by the following vote:"
        )
        return [text]


# ---------------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------------


@dataclass
class AgendaItem:
    number: str | None
    title: str
    parent: str | None = None
    topics: list[str] = field(default_factory=list)
    note: str = ""


CONSENT_NOTE = (
    "(Items on the Consent Agenda are considered routine and may be approved by the Board in a single "
    "motion. Any Commissioner may ask that an item be withdrawn from the Consent Agenda for separate "
    "discussion and action.)"
)

AGENDA: list[AgendaItem] = [
    AgendaItem(None, "CALL TO ORDER BY THE CHAIRMAN"),
    AgendaItem(None, "PRESENTATION OF COLORS", topics=["BOY SCOUT TROOP 47", "MOUNT ZION LUTHERAN CHURCH"]),
    AgendaItem(None, "INVOCATION", topics=["PASTOR LEMUEL HARTSELL", "BETHPAGE REFORMED CHURCH"]),
    AgendaItem(
        "A",
        "APPROVAL OR CORRECTION OF MINUTES",
        topics=["September 2, 2025 (Agenda Work Session)", "September 15, 2025 (Regular Meeting)"],
    ),
    AgendaItem("B", "APPROVAL OF THE AGENDA"),
    AgendaItem("C", "RECOGNITIONS AND PRESENTATIONS"),
    AgendaItem("1", "Fire Marshal - Fire Prevention Week Proclamation, October 5-11, 2025", "C"),
    AgendaItem("2", "Cooperative Extension - Recognition of the Long Shoals County 4-H Livestock Judging Team", "C"),
    AgendaItem(
        "3",
        "Human Resources - Recognition of Lieutenant Darrell W. Efird on His Retirement from the Long Shoals "
        "County Sheriff's Office",
        "C",
    ),
    AgendaItem("D", "INFORMAL PUBLIC COMMENTS", note="(Each speaker is limited to three minutes.)"),
    AgendaItem("E", "GOVERNMENTAL AGENCY REPORTS"),
    AgendaItem("1", "NCDOT Division 9 - Quarterly Project Update", "E"),
    AgendaItem("F", "CONSENT AGENDA", note=CONSENT_NOTE),
    AgendaItem("1", "Appointments - Long Shoals County Library Board of Trustees", "F"),
    AgendaItem("2", "Appointments and Removals - Nursing Home Community Advisory Committee", "F"),
    AgendaItem(
        "3",
        "Emergency Management - Acceptance of the FY 2025 Emergency Management Performance Grant and "
        "Budget Amendment ($48,216)",
        "F",
    ),
    AgendaItem("4", "Finance - Write-Off of Ambulance Receivables for FY 2021", "F"),
    AgendaItem(
        "5",
        "Human Services - Request for Two Additional Social Worker III (Child Protective Services) Positions",
        "F",
    ),
    AgendaItem(
        "6",
        "Infrastructure and Asset Management - Transfer of Surplus Brush Truck to Cold Water Volunteer Fire Department",
        "F",
    ),
    AgendaItem("7", "Tax Administration - Refund and Release Reports - August 2025", "F"),
    AgendaItem("G", "NEW BUSINESS"),
    AgendaItem(
        "1",
        "Planning and Development - Rezoning Petition RZ2025-07, Brookstone Crossing Conditional District "
        "(Old Saltworks Road) - Public Hearing 6:30 P.M.",
        "G",
    ),
    AgendaItem(
        "2",
        "Planning and Development - Text Amendment TA2025-03, Solar Energy Systems (Chapter 8, Unified "
        "Development Ordinance) - Public Hearing 6:30 P.M.",
        "G",
    ),
    AgendaItem(
        "3",
        "Finance - Resolution Approving an Installment Financing Contract for Western Long Shoals Elementary "
        "School and Requesting Local Government Commission Approval ($38,500,000)",
        "G",
    ),
    AgendaItem("4", "County Manager - Opioid Settlement Funds Budget Amendment and Project Ordinance", "G"),
    AgendaItem("5", "BOC - Board of Commissioners 2026 Meeting Schedule", "G"),
    AgendaItem("H", "REPORTS"),
    AgendaItem("1", "County Manager - Monthly Building Activity Reports", "H"),
    AgendaItem("2", "Finance - Monthly Financial Update", "H"),
    AgendaItem("3", "Request for Applications for County Boards/Committees", "H"),
    AgendaItem("I", "GENERAL COMMENTS BY BOARD MEMBERS"),
    AgendaItem("J", "WATCH LIST"),
    AgendaItem("K", "CLOSED SESSION"),
    AgendaItem(
        "1",
        "Closed Session - Pending Litigation and Economic Development as Authorized by NCGS 143-318.11(a)(3) and (4)",
        "K",
    ),
    AgendaItem("L", "ADJOURN"),
]

SCHEDULED = [
    ("October 20, 2025", "Regular Meeting", "6:30 p.m.", "Commissioners' Meeting Room"),
    ("November 3, 2025", "Agenda Work Session", "4:00 p.m.", "Multipurpose Room"),
    ("November 17, 2025", "Regular Meeting", "6:30 p.m.", "Commissioners' Meeting Room"),
    ("December 1, 2025", "Organizational Meeting", "6:30 p.m.", "Commissioners' Meeting Room"),
]


def agenda_title(section: str, number: str) -> str:
    for item in AGENDA:
        if item.parent == section and item.number == number:
            return item.title
    raise KeyError((section, number))


def top_title(letter: str) -> str:
    for item in AGENDA:
        if item.parent is None and item.number == letter:
            return item.title
    raise KeyError(letter)


# ---------------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------------


@dataclass
class Minute:
    number: str
    title: str
    agenda_item: str | None
    blocks: list = field(default_factory=list)  # ("p", text) | ("motion", Motion) | ("roll", Motion)
    # | ("centre", [lines]) | ("list", [lines]) | ("budget", None)


def sub(letter: str, n: int, blocks: list, title: str | None = None, agenda: bool = True) -> Minute:
    return Minute(
        f"{letter}-{n}",
        title or agenda_title(letter, str(n)),
        f"{letter}.{n}" if agenda else None,
        blocks,
    )


def top(letter: str, blocks: list) -> Minute:
    return Minute(letter, top_title(letter), letter, blocks)


F8_TITLE = "Sheriff's Office - Acceptance of Governor's Highway Safety Program Grant ($62,750)"

CONSENT_MOTION = ("Misenheimer", "Barringer")

PROCLAMATION = [
    ("centre", ["Proclamation No. 2025-14", "", "FIRE PREVENTION WEEK", "OCTOBER 5-11, 2025"]),
    (
        "p",
        "WHEREAS, Long Shoals County is committed to the safety and security of all those who live in, work "
        "in and visit the county; and",
    ),
    (
        "p",
        "WHEREAS, home fires remain the leading cause of fire deaths in North Carolina, and most of them "
        "begin in the kitchen while food is left cooking unattended; and",
    ),
    (
        "p",
        "WHEREAS, the nineteen volunteer and combination fire departments serving Long Shoals County "
        "answered more than 3,100 fire and rescue calls during Fiscal Year 2025; and",
    ),
    (
        "p",
        "WHEREAS, working smoke alarms cut the risk of dying in a reported home fire by about half, and "
        "households that practice a home escape plan are far more likely to get out safely; and",
    ),
    (
        "p",
        "WHEREAS, the Long Shoals County Fire Marshal's Office and the county's fire departments will visit "
        "every elementary school in the county this month to teach children to find two ways out of every "
        "room;",
    ),
    (
        "p",
        "NOW, THEREFORE, the Long Shoals County Board of Commissioners does hereby proclaim October 5-11, "
        "2025, as FIRE PREVENTION WEEK in Long Shoals County, and urges every household to test its smoke "
        "alarms, plan and practice a home escape, and thank the firefighters who serve our communities.",
    ),
    ("p", "Adopted this 6th day of October, 2025."),
    (
        "list",
        [
            "                                 /s/ Wendell R. Lassiter",
            "                                 Wendell R. Lassiter, Chairman",
            "                                 Board of Commissioners",
            "ATTEST:",
            "/s/ Sharon L. Ketner",
            "Sharon L. Ketner, Clerk to the Board",
        ],
    ),
]

BUDGET_F3 = {
    "head": [
        "Date: 9/24/2025                           Amount: $48,216.00",
        "Dept. Head: Harold T. Cline               Department: Emergency Management",
        "___ Internal Transfer Within Department",
        "___ Transfer Between Departments/Funds",
        "_X_ Supplemental Request",
    ],
    "purpose": (
        "Purpose: To accept the FY 2025 Emergency Management Performance Grant award and appropriate the "
        "funds for a trailer-mounted generator and equipment for the Emergency Operations Center. The "
        "required local match is met with salaries already budgeted."
    ),
    "columns": ["Account Number", "Account Name", "Approved Budget", "Inc Amount", "Dec Amount", "Revised Budget"],
    "rows": [
        ["001-6-25210-6210", "EMPG Grant Revenue", "41,500.00", "48,216.00", "", "89,716.00"],
        ["001-9-25210-9331", "Minor Equipment", "12,000.00", "19,716.00", "", "31,716.00"],
        ["001-9-25210-9860", "Equipment & Furniture", "0.00", "28,500.00", "", "28,500.00"],
    ],
    "total": ["", "Total", "53,500.00", "96,432.00", "0.00", "149,932.00"],
}

MINUTES: list[Minute] = [
    top(
        "A",
        [
            (
                "motion",
                Motion(
                    "Overcash",
                    "Sifford-Kluttz",
                    "approved the minutes of September 2, 2025 (Agenda Work Session) and September 15, 2025 "
                    "(Regular Meeting) as written.",
                ),
            )
        ],
    ),
    top(
        "B",
        [
            ("p", "Chairman Lassiter reviewed the following changes to the Agenda:"),
            (
                "list",
                [
                    "Addition:",
                    "   Consent Agenda",
                    "   F-8  Sheriff's Office - Acceptance of Governor's Highway Safety",
                    "        Program Grant ($62,750)",
                    "Supplemental Information:",
                    "   New Business",
                    "   G-3  Finance - Revised Resolution (Exhibit A, Debt Service",
                    "        Schedule) and Local Government Commission Findings",
                    "   G-4  County Manager - Opioid Settlement Strategy Spreadsheet",
                ],
            ),
            (
                "motion",
                Motion(
                    "Misenheimer",
                    "Furches",
                    "approved the agenda as amended.",
                    style="count",
                    tally=(6, 0),
                    absent=["Barringer"],
                ),
            ),
        ],
    ),
    top("C", []),
    sub(
        "C",
        1,
        [
            (
                "p",
                "Commissioner Sifford-Kluttz read the following proclamation and presented it to Fire Marshal "
                "Tobias J. Lentz, who was joined by Chief Warren Holshouser of the Cold Water Volunteer Fire "
                "Department and Chief Angela Rymer of the Tillery Mills Fire Department.",
            ),
            *PROCLAMATION,
            (
                "motion",
                Motion(
                    "Sifford-Kluttz",
                    "Plyler",
                    "adopted Proclamation No. 2025-14 proclaiming October 5-11, 2025, as Fire Prevention Week "
                    "in Long Shoals County.",
                ),
            ),
            (
                "p",
                "Fire Marshal Lentz thanked the Board and reminded residents that free smoke alarms are "
                "available from the Fire Marshal's Office for homeowners who cannot afford them.",
            ),
            ("p", "Commissioner Barringer arrived at 6:41 p.m."),
        ],
    ),
    sub(
        "C",
        2,
        [
            (
                "p",
                "Laurel Hinson, County Extension Director, introduced the members of the Long Shoals County "
                "4-H Livestock Judging Team, which placed second of twenty-two teams at the North Carolina "
                "State 4-H Livestock Judging Contest in Raleigh on July 19, 2025. Team members Carson Yost, "
                "Maggie Lentz, Owen Drye and Hadley Safrit were present with their coach, Extension Agent "
                "Travis Kepley. Ms. Hinson noted that Hadley Safrit was the high individual in the senior "
                "division and will represent North Carolina at the national contest in Louisville in "
                "November.",
            ),
            ("p", "Members of the Board congratulated the team and had photographs taken with them."),
        ],
    ),
    sub(
        "C",
        3,
        [
            (
                "p",
                "Sheriff Dwight E. Cruse recognized Lieutenant Darrell W. Efird, who is retiring on October 31, "
                "2025, after thirty-one years with the Long Shoals County Sheriff's Office. Lieutenant Efird "
                "began his career as a detention officer in 1994, served eleven years in the Criminal "
                "Investigations Division and has supervised the Civil Process Unit since 2017. Sheriff Cruse "
                "presented Lieutenant Efird with his service weapon and badge, as authorized by G.S. 20-187.2.",
            ),
            (
                "p",
                "Chairman Lassiter presented Lieutenant Efird with a framed certificate of appreciation on "
                "behalf of the Board. Lieutenant Efird thanked the Board, the Sheriff and his family, several "
                "of whom were in attendance.",
            ),
        ],
    ),
    top(
        "D",
        [
            (
                "p",
                "Chairman Lassiter opened the meeting for Informal Public Comments at 6:55 p.m. He stated each "
                "speaker would be limited to three minutes and asked speakers to address their comments to "
                "the Board as a whole.",
            ),
            (
                "p",
                "Lorraine Eudy, resident of 418 Cedar Lane, Tillery Mills, expressed concern about the volume "
                "of truck traffic on Old Saltworks Road since the opening of the quarry on Hatley Road. She "
                "asked the Board to request that NCDOT lower the speed limit near Saltworks Elementary School "
                "and add a turn lane at the school entrance.",
            ),
            (
                "p",
                "Harold Safrit, resident of 2904 Deal Mill Road, Gold Hill Township, spoke on behalf of the "
                "Cold Water Volunteer Fire Department auxiliary. He thanked the Board for the transfer of the "
                "surplus brush truck listed on the Consent Agenda and invited the Board to the department's "
                "barbecue fundraiser on October 25, 2025.",
            ),
            (
                "p",
                "Dr. Aisha Moorefield, resident of 77 Larkspur Court, Tillery Mills, asked the Board to "
                "restore Saturday hours at the East Branch Library, which were reduced in July. She presented "
                "a petition with 412 signatures to the Clerk to the Board.",
            ),
            (
                "p",
                "With there being no one else to address the Board, Chairman Lassiter closed that portion of "
                "the meeting at 7:06 p.m.",
            ),
        ],
    ),
    top("E", []),
    sub(
        "E",
        1,
        [
            (
                "p",
                "Clarissa Dunlap, P.E., Division 9 Engineer with the North Carolina Department of "
                "Transportation, presented the quarterly project update. Highlights included: resurfacing of "
                "12.4 miles of secondary roads in the northern part of the county is complete; the widening of "
                "US 29 between Shoals Parkway and Bethpage Road (U-6104) has been delayed to a January 2027 "
                "letting because of right-of-way acquisition; and replacement of Bridge No. 136 on Foil Mill "
                "Road over Dutch Buffalo Creek is scheduled to begin in the spring of 2026, with a detour of "
                "approximately six miles.",
            ),
            (
                "p",
                "Commissioner Overcash asked whether a speed study could be done on Old Saltworks Road near "
                "Saltworks Elementary School. Ms. Dunlap responded that the Division Traffic Engineer would "
                "begin a speed and turn-lane study this month and report the results to the County Manager. "
                "Vice Chairman Misenheimer asked about the condition of the shoulders on Rimer Church Road. "
                "Ms. Dunlap stated that shoulder repairs are included in the maintenance contract awarded in "
                "September.",
            ),
            ("p", "No action was required of the Board."),
        ],
    ),
    top(
        "F",
        [
            (
                "p",
                "Commissioner Overcash requested that Item F-5 be removed from the Consent Agenda for separate "
                "discussion. The remaining items were approved in a single motion, as recorded under each item "
                "below.",
            ),
        ],
    ),
    sub(
        "F",
        1,
        [
            (
                "p",
                "The Library Board of Trustees has two seats expiring September 30, 2025. Martha Ridenhour and "
                "Wesley Goodnight are eligible for and have requested reappointment.",
            ),
            (
                "motion",
                Motion(
                    *CONSENT_MOTION,
                    "reappointed Martha Ridenhour and Wesley Goodnight to the Long Shoals County Library Board "
                    "of Trustees for terms of three years ending September 30, 2028.",
                ),
            ),
        ],
    ),
    sub(
        "F",
        2,
        [
            (
                "p",
                "Juanita Berrier has resigned from the Nursing Home Community Advisory Committee after "
                "relocating out of the county. The Region F Long Term Care Ombudsman recommends the appointment "
                "of Colleen Furr, who has completed the required training.",
            ),
            (
                "motion",
                Motion(
                    *CONSENT_MOTION,
                    "removed Juanita Berrier from the Nursing Home Community Advisory Committee with regret "
                    "and appointed Colleen Furr to an initial one-year term ending October 31, 2026.",
                ),
            ),
        ],
    ),
    sub(
        "F",
        3,
        [
            (
                "p",
                "The Department of Emergency Management has been awarded $48,216 in FY 2025 Emergency "
                "Management Performance Grant (EMPG) funds from the North Carolina Division of Emergency "
                "Management. A budget amendment is required to appropriate the funds.",
            ),
            (
                "motion",
                Motion(
                    *CONSENT_MOTION,
                    "accepted the FY 2025 Emergency Management Performance Grant and adopted the following "
                    "budget amendment:",
                ),
            ),
            ("budget", None),
        ],
    ),
    sub(
        "F",
        4,
        [
            (
                "p",
                "The County's Write-Off Policy requires Board approval before uncollectible ambulance accounts "
                "older than four years are removed from the books. Ambulance receivables for services provided in FY 2021 total $1,184,392.61 after "
                "collection agency and debt setoff efforts. Collection efforts will continue after write-off.",
            ),
            (
                "motion",
                Motion(
                    *CONSENT_MOTION,
                    "approved the write-off of $1,184,392.61 in FY 2021 ambulance receivables and authorized "
                    "the Finance Director to continue collection efforts through the NC Debt Setoff Program.",
                ),
            ),
        ],
    ),
    sub(
        "F",
        5,
        [
            (
                "p",
                "Tanya Morrow, Human Services Director, stated that Child Protective Services assessments "
                "have increased 23 percent over the past two years while staffing has remained unchanged, and "
                "that average caseloads are at 14 families per worker against a state standard of 10. She "
                "requested two Social Worker III positions at an annual cost of $172,840, of which $86,420 "
                "is reimbursed by federal and state funds. The County share for the remainder of FY 2026 is "
                "$57,600 and would come from salary savings in the department.",
            ),
            (
                "p",
                "Commissioner Overcash said he supported the work of the department but was not prepared to "
                "add recurring positions outside of the annual budget process. Commissioner Sifford-Kluttz "
                "agreed and asked that the request be brought back with the FY 2027 recommended budget. "
                "Commissioner Plyler stated that the caseload figures showed the need could not wait until "
                "July. Ms. Morrow confirmed that two of the workers who resigned this year cited caseload "
                "as the reason.",
            ),
            (
                "motion",
                Motion(
                    "Plyler",
                    "Misenheimer",
                    "approved two additional Social Worker III positions in Child Protective Services, "
                    "effective November 1, 2025, funded for the remainder of FY 2026 within the Human "
                    "Services Department's existing budget.",
                    style="named",
                    yes=["Lassiter", "Misenheimer", "Barringer", "Furches", "Plyler"],
                    no=["Overcash", "Sifford-Kluttz"],
                ),
            ),
        ],
    ),
    sub(
        "F",
        6,
        [
            (
                "p",
                "Infrastructure and Asset Management has declared a 2009 Ford F-550 brush truck (VIN ending "
                "4471) surplus to the County's needs. The Cold Water Volunteer Fire Department has requested "
                "the vehicle. G.S. 160A-279, made applicable to counties by G.S. 153A-176, allows the County "
                "to convey surplus property to a nonprofit fire department that provides service under "
                "contract with the County.",
            ),
            (
                "motion",
                Motion(
                    *CONSENT_MOTION,
                    "declared the 2009 Ford F-550 brush truck surplus and authorized its conveyance to the Cold "
                    "Water Volunteer Fire Department for the sum of one dollar.",
                ),
            ),
        ],
    ),
    sub(
        "F",
        7,
        [
            (
                "p",
                "The Tax Administrator presented the refund and release reports for August 2025, totaling "
                "$18,412.09 in releases and $6,207.55 in refunds.",
            ),
            (
                "motion",
                Motion(
                    *CONSENT_MOTION,
                    "approved the August 2025 Refund and Release Reports as submitted and granted authority to "
                    "the Tax Collector to process the refunds and releases. The reports are hereby included by "
                    "reference as part of the minutes and are on file with the Clerk to the Board.",
                ),
            ),
        ],
    ),
    sub(
        "F",
        8,
        [
            (
                "p",
                "The Sheriff's Office has been awarded a Governor's Highway Safety Program grant of $62,750 "
                "for a traffic safety officer position and equipment for the period October 1, 2025 through "
                "September 30, 2026. The grant requires a 15 percent local match, which is budgeted.",
            ),
            (
                "motion",
                Motion(
                    *CONSENT_MOTION,
                    "accepted the Governor's Highway Safety Program grant in the amount of $62,750 and adopted "
                    "the related budget amendment.",
                ),
            ),
        ],
        title=F8_TITLE,
        agenda=False,
    ),
    top("G", []),
    sub(
        "G",
        1,
        [
            (
                "p",
                "Prior to the presentation, Commissioner Furches advised the Board that his sister-in-law, "
                "Deborah H. Lingle, is one of the owners of the property that is the subject of the petition. "
                "He asked to be excused from participating in and voting on the matter pursuant to G.S. "
                "153A-44 and G.S. 160D-109(a).",
            ),
            (
                "motion",
                Motion(
                    "Overcash",
                    "Misenheimer",
                    "excused Commissioner Furches from participating in and voting on Item G-1.",
                    style="count",
                    tally=(6, 0),
                ),
            ),
            ("p", "Commissioner Furches left the dais at 7:24 p.m."),
            (
                "p",
                "Kelsey Bost, Senior Planner, presented Rezoning Petition RZ2025-07. Brookstone Land Partners, "
                "LLC requests to rezone approximately 46.8 acres on the north side of Old Saltworks Road "
                "(PINs 5634-88-1120 and 5634-89-0417) from Agricultural Residential (AR) to Residential Medium "
                "Density Conditional District (RM-CD) for a subdivision of no more than 118 single-family "
                "lots. The applicant has offered six conditions, including a 50-foot undisturbed buffer "
                "along the western property line, a right-turn lane into the site, dedication of a greenway "
                "easement along Buffalo Branch and a maximum of 30 building permits in any one calendar year.",
            ),
            (
                "p",
                "Ms. Bost stated the property is designated Suburban Residential on the Future Land Use Map "
                "of the Long Shoals 2040 Land Use Plan and is served by public water and sewer. The Planning "
                "and Zoning Board held a community meeting on August 12, 2025 and, at its meeting on August "
                "26, 2025, voted 5-2 to recommend approval.",
            ),
            (
                "p",
                "Chairman Lassiter opened the public hearing at 7:31 p.m. The Notice of Public Hearing was "
                "published in the Long Shoals Courier-Journal on September 24 and October 1, 2025, mailed to "
                "adjoining property owners and posted on the property.",
            ),
            (
                "p",
                "Neil Cranford, attorney for the applicant, 210 West Innes Avenue, Tillery Mills, stated the "
                "conditions were developed with the neighbors at the community meeting and that the phasing "
                "condition will keep the project within the capacity of Saltworks Elementary School as shown "
                "in the school system's letter of August 4, 2025.",
            ),
            (
                "p",
                "Ruth Ann Holshouser, 2210 Old Saltworks Road, spoke in opposition. She stated her family has "
                "farmed next to the property since 1948 and she is concerned about stormwater runoff onto "
                "her pasture and about the effect of new wells on the water table.",
            ),
            (
                "p",
                "Curtis Menius, 2375 Old Saltworks Road, spoke in opposition, citing traffic and the number "
                "of school buses on the road each morning.",
            ),
            (
                "p",
                "Dana Whitley, President of the Tillery Mills Area Chamber of Commerce, spoke in favor of the "
                "request, stating the county needs housing that teachers and first responders can afford.",
            ),
            (
                "p",
                "There being no one else present to address the Board, Chairman Lassiter closed the public "
                "hearing at 7:58 p.m.",
            ),
            (
                "p",
                "In response to questions from Commissioner Sifford-Kluttz, Ms. Bost stated the development "
                "will connect to public water and will not use wells, and that stormwater must meet the "
                "County's post-construction standards for a 25-year storm. Commissioner Overcash said he could "
                "not support the request until the turn-lane study requested of NCDOT earlier in the evening "
                "is complete. Commissioner Barringer noted that the applicant had reduced the number of lots "
                "from 164 to 118 in response to neighbors' concerns.",
            ),
            (
                "motion",
                Motion(
                    "Barringer",
                    "Plyler",
                    "adopted the following statement of consistency and approved Rezoning Petition RZ2025-07 "
                    "with the six conditions agreed to by the applicant:",
                    style="named",
                    yes=["Lassiter", "Misenheimer", "Barringer", "Plyler"],
                    no=["Overcash", "Sifford-Kluttz"],
                ),
            ),
            (
                "p",
                "Statement of Consistency: The Board finds the zoning map amendment consistent with the Long "
                "Shoals 2040 Land Use Plan, which designates the property Suburban Residential, and reasonable "
                "and in the public interest because the property adjoins existing residential development, is "
                "served by public water and sewer, and the conditions limit the pace of development to the "
                "capacity of the schools and roads serving the site.",
            ),
            ("p", "Commissioner Furches did not participate in the discussion or vote."),
            (
                "p",
                "Ordinance No. 2025-18 is recorded in Ordinance Book No. 58, page 198, and is hereby included "
                "by reference as a part of the minutes.",
            ),
            ("p", "Commissioner Furches returned to the dais at 8:02 p.m."),
            (
                "p",
                "Chairman Lassiter called for a recess at 8:03 p.m. The meeting reconvened at 8:14 p.m. with "
                "all members present and Commissioner Plyler continuing to participate by video conference.",
            ),
        ],
    ),
    sub(
        "G",
        2,
        [
            (
                "p",
                "Ravi Deshmukh, Planning and Development Director, presented Text Amendment TA2025-03. The "
                "amendment replaces Section 8-14 of the Unified Development Ordinance with new standards for "
                "ground-mounted solar energy systems, including a 200-foot setback from dwellings on adjoining "
                "lots, an opaque vegetative buffer, a decommissioning plan with a financial guarantee equal to "
                "125 percent of the estimated removal cost, and a limit of 50 acres of panels on any parcel in "
                "the Agricultural Residential district. The Planning and Zoning Board unanimously recommended "
                "approval on August 26, 2025.",
            ),
            ("p", "Chairman Lassiter opened the public hearing at 8:16 p.m."),
            (
                "p",
                "Gavin Pethel, Piedmont Sun Developers, stated his company supported the decommissioning "
                "requirements but asked the Board to consider a setback of 150 feet rather than 200 feet.",
            ),
            (
                "p",
                "There being no one else present to address the Board, Chairman Lassiter closed the public "
                "hearing at 8:24 p.m.",
            ),
            (
                "motion",
                Motion(
                    "Misenheimer",
                    "Furches",
                    "adopted Text Amendment TA2025-03 as presented, finding it consistent with Goal 4 of the "
                    "Long Shoals 2040 Land Use Plan (preserving farmland and rural character) and reasonable "
                    "and in the public interest.",
                    style="count",
                    tally=(7, 0),
                    after="Ordinance No. 2025-19 is recorded in Ordinance Book No. 58, page 205, and is hereby "
                    "included by reference as a part of the minutes.",
                ),
            ),
        ],
    ),
    sub(
        "G",
        3,
        [
            (
                "p",
                "Bryan Yount, Finance Director, presented a resolution approving an installment financing "
                "contract under G.S. 160A-20 in an amount not to exceed $38,500,000 for the construction of "
                "Western Long Shoals Elementary School, and requesting approval of the financing by the Local "
                "Government Commission at its meeting on November 4, 2025. He stated the public hearing on the "
                "financing was held on September 15, 2025, that the financing is expected to be sold as "
                "limited obligation bonds in December, and that annual debt service of approximately "
                "$2,790,000 is included in the Board's adopted debt model beginning in FY 2027.",
            ),
            (
                "p",
                "Jasper Ruffin of Ashby Thornburg PLLC, bond counsel, reviewed the findings the resolution "
                "asks the Local Government Commission to make and noted that the revised Exhibit A was "
                "distributed to the Board as supplemental information.",
            ),
            (
                "p",
                "Commissioner Sifford-Kluttz said she supported the school but could not support the total "
                "interest cost of a twenty-year financing and would prefer a larger cash contribution from "
                "fund balance. Mr. Yount responded that the County's unassigned fund balance is 19.6 percent "
                "of expenditures and the Board's policy floor is 16 percent.",
            ),
            (
                "roll",
                Motion(
                    "Furches",
                    "Barringer",
                    "adopt the Resolution Approving an Installment Financing Contract for Western Long Shoals "
                    "Elementary School and Requesting Local Government Commission Approval, in an amount not "
                    "to exceed $38,500,000.",
                    style="rollcall",
                    yes=["Lassiter", "Misenheimer", "Barringer", "Furches", "Overcash", "Plyler"],
                    no=["Sifford-Kluttz"],
                ),
            ),
            (
                "p",
                "Resolution No. 2025-27 is recorded in Ordinance Book No. 58, page 214, and is hereby included "
                "by reference as a part of the minutes.",
            ),
            (
                "p",
                "Commissioner Furches asked to be excused from the remainder of the meeting because of a "
                "family matter.",
            ),
            (
                "motion",
                Motion(
                    "Overcash",
                    "Plyler",
                    "excused Commissioner Furches from the remainder of the meeting.",
                    style="count",
                    tally=(6, 0),
                    after="Commissioner Furches left the meeting at 8:49 p.m.",
                ),
            ),
        ],
    ),
    sub(
        "G",
        4,
        [
            (
                "p",
                "Alisha Troutman, Deputy County Manager, stated Long Shoals County will receive $612,400 from "
                "the national opioid settlements during FY 2026. Following the strategy planning sessions held "
                "with the Opioid Settlement Advisory Committee, staff recommends funding under Exhibit A of the "
                "Memorandum of Agreement for the following strategies: naloxone distribution ($84,000), "
                "post-overdose response team ($213,400), recovery housing support ($180,000) and "
                "evidence-based addiction treatment in the detention center ($135,000).",
            ),
            (
                "p",
                "Chairman Lassiter asked how results would be reported. Ms. Troutman responded that the "
                "Advisory Committee will report to the Board twice a year and that the annual financial report "
                "required by the Memorandum of Agreement will be posted on the County's website.",
            ),
            (
                "motion",
                Motion(
                    "Plyler",
                    "Sifford-Kluttz",
                    "adopted the Opioid Settlement Funds Project Ordinance and the related budget amendment "
                    "appropriating $612,400 for the four strategies presented, and authorized the County "
                    "Manager to execute agreements with providers within the amounts appropriated.",
                ),
            ),
        ],
    ),
    sub(
        "G",
        5,
        [
            (
                "p",
                "Sharon Ketner, Clerk to the Board, presented the proposed 2026 meeting schedule. Regular "
                "meetings will be held on the third Monday of each month at 6:30 p.m. and agenda work "
                "sessions on the first Monday at 4:00 p.m., except that the January meetings move to January "
                "5 and January 20 because of the holidays, and the June regular meeting moves to June 8 for "
                "adoption of the budget.",
            ),
            (
                "motion",
                Motion(
                    "Barringer",
                    "Overcash",
                    "adopted the 2026 Board of Commissioners meeting schedule as presented and directed the "
                    "Clerk to post the schedule as required by G.S. 143-318.12.",
                ),
            ),
        ],
    ),
    top(
        "H",
        [
            (
                "motion",
                Motion(
                    "Misenheimer",
                    "Plyler",
                    "received the following reports as information.",
                ),
            ),
        ],
    ),
    sub("H", 1, [("p", "The report was received as information.")]),
    sub(
        "H",
        2,
        [
            (
                "p",
                "The report was received as information. Mr. Yount noted that sales tax receipts for July "
                "were 3.1 percent above the same month last year.",
            )
        ],
    ),
    sub(
        "H",
        3,
        [
            (
                "p",
                "The list of boards and committees with vacancies was received as information and will be "
                "published on the County's website.",
            )
        ],
    ),
    top(
        "I",
        [
            (
                "p",
                "Commissioner Barringer thanked the Cooperative Extension staff for the success of the "
                "Livestock and Harvest Festival and congratulated the 4-H judging team.",
            ),
            (
                "p",
                "Commissioner Plyler thanked the Board for accommodating her remote participation while she "
                "attends the NCACC County Leadership Forum in Asheville.",
            ),
            (
                "p",
                "Commissioner Sifford-Kluttz asked staff to provide the Board with the cost of restoring "
                "Saturday hours at the East Branch Library, as requested during public comment.",
            ),
            (
                "p",
                "Commissioner Overcash encouraged residents to attend the NCDOT public meeting on the US 29 "
                "widening at Shoals Crossing Middle School on October 16.",
            ),
            (
                "p",
                "Vice Chairman Misenheimer recognized Lieutenant Efird for his service and wished him well in "
                "retirement.",
            ),
            (
                "p",
                "Chairman Lassiter thanked staff for their work on the school financing and reminded everyone "
                "that early voting for the municipal elections begins October 16.",
            ),
        ],
    ),
    top(
        "J",
        [
            (
                "p",
                "Mr. Spainhour reported that the Old Saltworks Road speed and turn-lane study will be added to "
                "the Watch List until NCDOT reports its findings. There were no other changes to the Watch "
                "List.",
            ),
        ],
    ),
    top("K", []),
    sub(
        "K",
        1,
        [
            (
                "motion",
                Motion(
                    "Overcash",
                    "Barringer",
                    "moved to go into closed session at 9:02 p.m. to consult with the County Attorney in order "
                    "to preserve the attorney-client privilege concerning Harwell v. Long Shoals County (25 CVS "
                    "1187), and to discuss matters relating to the location or expansion of an industry, as "
                    "authorized by NCGS 143-318.11(a)(3) and (4).",
                ),
            ),
            (
                "motion",
                Motion(
                    "Misenheimer",
                    "Overcash",
                    "moved to come out of closed session at 9:31 p.m.",
                    after="No action was taken in closed session.",
                ),
            ),
        ],
    ),
    top(
        "L",
        [
            (
                "motion",
                Motion(
                    "Sifford-Kluttz",
                    "Barringer",
                    "adjourned the meeting at 9:34 p.m.",
                ),
            ),
        ],
    ),
]

OPENING = [
    (
        "p",
        "The Board of Commissioners for the County of Long Shoals met in regular session in the "
        "Commissioners' Meeting Room at the Long Shoals County Governmental Center in Tillery Mills, North "
        "Carolina on Monday, October 6, 2025, at 6:30 p.m.",
    ),
    (
        "attendance",
        None,
    ),
    (
        "p",
        "Also present were " + "; ".join(f"{n}, {r}" for n, r in STAFF[:-1]) + f"; and {STAFF[-1][0]}, {STAFF[-1][1]}.",
    ),
    ("p", "Chairman Lassiter called the meeting to order at 6:30 p.m."),
    (
        "p",
        "Boy Scout Troop 47 from Mount Zion Lutheran Church in Tillery Mills conducted the Flag Ceremony. "
        "Scouts participating were: Eli Cauble, Mason Rinehardt, Josiah Wyrick and Braden Ketchie.",
    ),
    ("p", "Pastor Lemuel Hartsell from Bethpage Reformed Church delivered the invocation."),
    (
        "p",
        f"Chairman Lassiter recognized {YOUTH_COMMISSIONER[1]} {YOUTH_COMMISSIONER[0]} in attendance.",
    ),
    (
        "p",
        "Chairman Lassiter stated that Commissioner Plyler was participating by video conference in "
        "accordance with Rule 31 of the Board's Rules of Procedure. Commissioner Plyler confirmed that she "
        "could hear and be heard by the Board and the public, and that she would state her vote aloud on each "
        "motion.",
    ),
]


# ---------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------


class AgendaPDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Long Shoals County Board of Commissioners - Regular Meeting - {DATE_LONG}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def render_agenda(path: Path) -> None:
    pdf = AgendaPDF(format="letter")
    pdf.set_creation_date(CREATED)
    pdf.set_title("Long Shoals County Board of Commissioners - Agenda - October 6, 2025")
    pdf.set_author("Clerk to the Board")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("Times", "B", 15)
    for line in ["LONG SHOALS COUNTY", "BOARD OF COMMISSIONERS"]:
        pdf.cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Times", "B", 12)
    for line in ["REGULAR MEETING", "OCTOBER 6, 2025", "6:30 P.M."]:
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10)
    pdf.cell(0, 5, f"{ROOM}, {BUILDING}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, ADDRESS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Times", "I", 9.5)
    pdf.multi_cell(
        0,
        4.5,
        "MISSION: Through visionary leadership and good stewardship, we will administer state requirements, "
        "ensure public safety, determine county needs and provide services that continually enhance the "
        "quality of life in Long Shoals County.",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for item in AGENDA:
        if item.number is None:
            pdf.set_font("Times", "B", 11.5)
            pdf.multi_cell(0, 6, item.title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Times", "", 11)
            for topic in item.topics:
                pdf.set_x(pdf.l_margin + 12)
                pdf.multi_cell(width - 12, 5, topic, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            continue
        if item.parent is None:
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("Times", "B", 11.5)
            pdf.set_x(pdf.l_margin)
            pdf.cell(9, 6, f"{item.number}.")
            pdf.multi_cell(width - 9, 6, item.title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Times", "", 11)
            if item.note:
                pdf.set_font("Times", "I", 10)
                pdf.set_x(pdf.l_margin + 9)
                pdf.multi_cell(width - 9, 4.6, item.note, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Times", "", 11)
            for topic in item.topics:
                pdf.set_x(pdf.l_margin + 16)
                pdf.multi_cell(width - 16, 5, topic, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        else:
            pdf.set_font("Times", "", 11)
            pdf.set_x(pdf.l_margin + 9)
            pdf.cell(7, 5.2, f"{item.number}.")
            pdf.multi_cell(width - 16, 5.2, item.title, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
    # scheduled meetings
    if pdf.get_y() > pdf.h - 72:
        pdf.add_page()
    pdf.ln(6)
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 6, "Scheduled Meetings:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10.5)
    for row in SCHEDULED:
        for w, text in zip((38, 48, 22, 60), row):
            pdf.cell(w, 5.2, text)
        pdf.ln(5.2)
    pdf.ln(5)
    pdf.set_font("Times", "", 9.5)
    pdf.multi_cell(
        0,
        4.5,
        "Meetings are broadcast live on Spectrum Cable Channel 16 and streamed on the County's website and "
        "YouTube channel. Replays air daily at 10:00 a.m., 2:00 p.m. and 8:00 p.m.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.multi_cell(
        0,
        4.5,
        "In accordance with the Americans with Disabilities Act, any person who needs an accommodation to "
        "participate in this meeting should contact the ADA Coordinator at (704) 555-0100 at least 48 hours "
        "before the meeting.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.multi_cell(
        0,
        4.5,
        f"Agenda questions: {CLERK['name']}, Clerk to the Board, {CLERK['phone']}, {CLERK['email']}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("Times", "", 11)
        self.set_y(12)
        self.cell(0, 5, f"{DATE_LONG} (Regular Meeting)", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {BOOK_FIRST_PAGE + self.page_no() - 1}", align="R")
        self.set_y(22)


FACE = "Times"
SIZE = 11
LINE_H = 4.8
INDENT_MM = 12.7
GAP = 1.8


def render_minutes(path: Path) -> None:
    pdf = MinutesPDF(format="letter")
    pdf.set_creation_date(MINUTES_CREATED)
    pdf.set_title("Minutes - Long Shoals County Board of Commissioners - October 6, 2025 (Regular Meeting)")
    pdf.set_author("Clerk to the Board")
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text: str, indent: float = INDENT_MM) -> None:
        pdf.set_font(FACE, "", SIZE)
        with pdf.text_columns(text_align="J", line_height=1.05) as cols:
            with cols.paragraph(first_line_indent=indent, bottom_margin=GAP) as par:
                par.write(text)

    def lines(rows: list[str], x: float = 0.0) -> None:
        """Rows whose leading spaces give their indent (about 1.6 mm a space)."""
        pdf.set_font(FACE, "", SIZE)
        for row in rows:
            text = row.lstrip(" ")
            dx = x + 1.6 * (len(row) - len(text))
            pdf.set_x(pdf.l_margin + dx)
            pdf.cell(width - dx, LINE_H, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(GAP)

    def attendance() -> None:
        pdf.set_font(FACE, "", SIZE)
        x0, x1, x2 = pdf.l_margin + INDENT_MM, pdf.l_margin + INDENT_MM + 17, pdf.l_margin + INDENT_MM + 50
        present = [m for m in MEMBERS if m.status == "present"]
        groups = [
            ("Chairman:", [m for m in present if m.role == "Chairman"]),
            ("Vice Chairman:", [m for m in present if m.role == "Vice Chairman"]),
            ("Commissioners:", [m for m in present if m.role == "Commissioner"]),
        ]
        first = True
        for label, people in groups:
            for i, m in enumerate(people):
                if first:
                    pdf.set_x(x0)
                    pdf.cell(17, LINE_H, "Present -")
                    first = False
                if i == 0:
                    pdf.set_x(x1)
                    pdf.cell(33, LINE_H, label)
                pdf.set_x(x2)
                pdf.cell(0, LINE_H, m.name, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        remote = [m for m in MEMBERS if m.status == "virtual"]
        pdf.set_x(x0)
        pdf.cell(0, LINE_H, "Present via Video Conference -", new_x="LMARGIN", new_y="NEXT")
        for m in remote:
            pdf.set_x(x1)
            pdf.cell(33, LINE_H, "Commissioner:")
            pdf.set_x(x2)
            pdf.cell(0, LINE_H, m.name, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(GAP + 1)

    def render_blocks(blocks: list) -> None:
        for kind, value in blocks:
            if kind == "p":
                para(value)
            elif kind == "attendance":
                attendance()
            elif kind == "motion":
                for text in value.paragraphs():
                    para(text)
            elif kind == "roll":
                for text in value.paragraphs():
                    para(text)
                pdf.set_font(FACE, "", SIZE)
                for label, names in (("Ayes:", value.yes), ("Nays:", value.no)):
                    pdf.set_x(pdf.l_margin + 25)
                    pdf.cell(14, LINE_H, label)
                    pdf.multi_cell(width - 39, LINE_H, name_group(names), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(GAP)
            elif kind == "centre":
                if pdf.get_y() > pdf.h - 60:
                    pdf.add_page()
                pdf.set_font(FACE, "B", SIZE)
                for row in value:
                    pdf.cell(width, LINE_H, row, align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(GAP)
            elif kind == "list":
                lines(value, x=INDENT_MM)
            elif kind == "budget":
                budget()
            else:  # pragma: no cover
                raise ValueError(kind)

    def budget() -> None:
        data = BUDGET_F3
        if pdf.get_y() > pdf.h - 75:
            pdf.add_page()
        pdf.set_font("Courier", "B", 9.5)
        pdf.cell(width, 4.5, "BUDGET REVISION/AMENDMENT REQUEST", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Courier", "", 9.5)
        for row in data["head"]:
            pdf.cell(width, 4.5, row, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(width, 4.5, data["purpose"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        widths = [32, 40, 24, 22, 18, 26]
        scale = width / sum(widths)
        widths = [w * scale for w in widths]
        pdf.set_font("Courier", "B", 8)
        for w, col in zip(widths, data["columns"]):
            pdf.cell(w, 4.5, col, border="B", align="L" if col.startswith("Account") else "R")
        pdf.ln(5)
        pdf.set_font("Courier", "", 8)
        for row in data["rows"] + [data["total"]]:
            if row is data["total"]:
                pdf.set_font("Courier", "B", 8)
            for i, (w, text) in enumerate(zip(widths, row)):
                pdf.cell(w, 4.5, text, align="L" if i < 2 else "R")
            pdf.ln(4.5)
        pdf.ln(GAP + 2)

    render_blocks(OPENING)
    for minute in MINUTES:
        if pdf.get_y() > pdf.h - 34:
            pdf.add_page()
        pdf.set_font(FACE, "B", SIZE)
        pdf.cell(14 if "-" in minute.number else 9, LINE_H, f"({minute.number})")
        pdf.multi_cell(0, LINE_H, minute.title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(GAP)
        render_blocks(minute.blocks)
    # signature
    pdf.ln(LINE_H)
    pdf.set_font(FACE, "", SIZE)
    for text in ("______________________________", "Sharon L. Ketner, Clerk to the Board"):
        pdf.set_x(pdf.l_margin + 90)
        pdf.cell(width - 90, LINE_H, text, new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    render_agenda(agenda)
    render_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------------


def _agenda_gold() -> list[dict]:
    out = []
    for item in AGENDA:
        rec: dict = {
            "number": item.number,
            "title": item.title,
            "pages": None,
            "part": "public",
            "parent": item.parent,
        }
        if item.parent:
            rec["path"] = f"{item.parent}.{item.number}"
        elif item.number:
            rec["path"] = item.number
        if item.topics:
            rec["topics"] = list(item.topics)
        if item.note:
            rec["note"] = item.note
        out.append(rec)
    return out


def _all_motions() -> list[tuple[str, Motion]]:
    found = []
    for minute in MINUTES:
        for kind, value in minute.blocks:
            if kind in ("motion", "roll"):
                found.append((minute.number, value))
    return found


def _votes_gold() -> list[dict]:
    votes = []
    for number, motion in _all_motions():
        counts = motion.counts()
        if counts is None:
            continue
        rec: dict = {
            "item": number,
            "result": "carried",
            "counts": counts,
            "mover": motion.mover,
            "seconder": motion.seconder,
            "motion": motion.action,
        }
        voters = {}
        if motion.yes:
            voters["yes"] = list(motion.yes)
        if motion.no:
            voters["no"] = list(motion.no)
        if motion.absent:
            voters["absent"] = list(motion.absent)
        if voters:
            rec["voters"] = voters
        if motion.style == "rollcall":
            rec["note"] = "Roll-call vote, Ayes and Nays named."
        votes.append(rec)
    return votes


def _attendance_gold() -> list[dict]:
    out = []
    for m in MEMBERS:
        rec = {"name": m.name, "status": m.status, "role": m.role}
        if m.surname in LATE:
            rec["note"] = f"arrived at {LATE[m.surname]}"
        out.append(rec)
    for name, role in STAFF:
        out.append({"name": name, "status": "in_attendance", "role": role})
    out.append({"name": YOUTH_COMMISSIONER[0], "status": "also_present", "role": YOUTH_COMMISSIONER[1]})
    return out


def gold() -> dict:
    meeting = {"body": BODY, "date": DATE.isoformat(), "start_time": START}
    agenda_notes = [
        "The three opening items (call to order, presentation of colors, invocation) are printed in capitals "
        "without a number, so they are gold items with number null.",
        "Sub-items are numbered 1., 2. afresh under each lettered section, so each carries its section letter "
        "as parent and a path such as F.1.",
        "The troop/church and pastor/church lines under the opening items and the minutes dates under item A "
        "are kept as topics, not items.",
        "The bracketed consent paragraph and the three-minute limit under D are kept as notes, not part of the title.",
        "'Public Hearing 6:30 P.M.' is printed on the same line as the G-1 and G-2 titles, so it stays in the title.",
        "No page numbers are printed against items, so pages is null throughout.",
        "The closed session (K, K-1) is marked public: the agenda prints no exempt or confidential part and "
        "the motion to enter closed session is taken in open session.",
        "The Scheduled Meetings table, broadcast note, ADA notice and clerk contact at the end are not items.",
    ]
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "US",
        "notes": agenda_notes,
        "meeting": {**meeting, "contact": dict(CLERK)},
        "agenda": _agenda_gold(),
    }

    minute_items = [{"number": m.number, "title": m.title, "agenda_item": m.agenda_item} for m in MINUTES]
    votes = _votes_gold()
    minutes_notes = [
        "Minute numbers are printed in brackets, '(A)' and '(F-1)', and recorded without them; the call to "
        "order, flag ceremony, invocation and youth commissioner paragraphs are unnumbered and not items.",
        "agenda_item uses the agenda path (F.1 for minute F-1) because the agenda prints the sub-item only as "
        "'1.' under section F.",
        "F-8 was added to the agenda at the meeting (item B) and is not on the printed agenda, so its "
        "agenda_item is null.",
        "Resolutions are 0: every decision is recorded as 'UPON MOTION of ..., seconded by ... and carried, "
        "the Board approved ...' (or a roll-call motion), which records motions and votes, not Resolved "
        "clauses; references to Resolution No. 2025-27 and Ordinances 2025-18/19 (kept in the Ordinance Book) "
        "and the 'NOW, THEREFORE ... does hereby proclaim' of the printed proclamation are not counted.",
        "Votes are recorded only where figures or names are printed ('carried 6-0', 'carried 5-2, with ... "
        "voting for and ... voting against', the roll call); motions recorded as 'unanimously carried' print "
        "no figures or names and are not gold votes.",
        "The item B vote 'carried 6-0, with Commissioner Barringer absent' is given absent 1 (Barringer) "
        "apart from the counts.",
        "In G-1 Commissioner Furches had been excused from voting, so the 4-2 vote counts no absent or "
        "abstention for him; the motion excusing him is its own 6-0 vote.",
        "Item G-3 holds two votes: the 6-1 roll call on the financing resolution and the 6-0 vote excusing "
        "Commissioner Furches from the rest of the meeting.",
        "The Planning and Zoning Board's '5-2' recommendation quoted in G-1 is another body's vote and is "
        "not a gold vote.",
        "Commissioner Plyler, listed 'Present via Video Conference', is virtual; Commissioner Barringer is "
        "listed present in the attendance block and arrived at 6:41 p.m., so he is present.",
        "Staff named in 'Also present were ...' are in_attendance; Youth Commissioner Abigail Towe, "
        "recognized as in attendance in the opening paragraphs, is also_present.",
        "Staff, speakers, honorees and scouts named only inside items (Planning Director, Sheriff, public "
        "speakers, 4-H team) are not in the attendance part and are left out.",
        "Start time 18:30 is both the time of the meeting and the call to order; end time 21:34 is the "
        "adjournment time in item L.",
    ]
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "US",
        "notes": minutes_notes,
        "meeting": {**meeting, "end_time": END},
        "minutes": {
            "meeting": {"date": DATE.isoformat(), "start_time": START, "end_time": END},
            "items": minute_items,
            "resolutions": 0,
            "resolutions_per_item": {m.number: 0 for m in MINUTES},
            "votes": votes,
            "attendance": _attendance_gold(),
        },
    }
    return {
        "agendas__" + Path(AGENDA_FILE).stem: agenda_record,
        "minutes__" + Path(MINUTES_FILE).stem: minutes_record,
    }

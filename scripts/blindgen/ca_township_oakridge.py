"""Township of Oakridge Falls (fictional, Ontario, Canada): a Regular Meeting of Council, 22 April 2025.

A small lower-tier township (Mayor, Deputy Mayor and five Councillors elected at large) in the fictional
County of Glenmoor. The Clerk's office produces its agendas and minutes from a word-processor template
(not eScribe), printed on US Letter in Helvetica. Two files:

- agendas/oakridge-falls_regular-council_2025-04-22_agenda.pdf: the published agenda. Centred
  "THE CORPORATION OF THE TOWNSHIP OF OAKRIDGE FALLS" title block, a hybrid-meeting note, then
  numbered headings in capitals (1. CALL TO ORDER ... 17. ADJOURNMENT) with decimal sub-items
  (5.1, 8.3 ...). Under some sub-items the template prints the presenter of a delegation or the staff
  "Recommendation: THAT ..." in italics; the confirming by-law is an unnumbered line under item 16.
  Closed session sub-items cite Section 239(2) of the Municipal Act, 2001. No page numbers per item;
  footer "Regular Council Agenda - April 22, 2025 ... Page X of Y".
- minutes/oakridge-falls_regular-council_2025-04-22_minutes.pdf: the minutes. Title block, then a
  two-column attendance block (Members Present / Members Absent / Staff Present / Also Present, with
  late arrival, early departure and electronic participation in brackets), then the agenda's
  numbering. Decisions are numbered resolutions ("Resolution No. 2025-112", Moved by / Seconded by,
  "BE IT RESOLVED THAT ...", some with "AND THAT" paragraphs, one with numbered parts and one with
  lettered by-laws, "CARRIED" at the right). Some items are simply "received for information" with no
  motion. A defeated amendment (worded "THAT ...", no resolution number) and two recorded votes printed
  as Yeas / Nays lists, a third recorded vote printed as a Yea / Nay / Absent table with totals. The
  minutes collapse the agenda's sub-items under 10 (committee minutes) and 13 (by-laws) into one
  heading each, add an item 9.4 agreed when the agenda was adopted, record a pecuniary interest
  declaration with the member leaving and returning, a public meeting under the Planning Act held
  inside the council meeting, a closed session and its rise-and-report, the confirming by-law and
  adjournment, and end with signature lines. Running header from page 2, "Page X of Y" footer.

All people, places, amounts and wording are invented. The same module-level data produce the PDFs and
the gold records, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

CORPORATION = "THE CORPORATION OF THE TOWNSHIP OF OAKRIDGE FALLS"
DATE_ISO = "2025-04-22"
DATE_LONG = "Tuesday, April 22, 2025"
START = "19:00"
END = "22:31"
VENUE = ["Council Chambers, Municipal Office", "41 Mill Street East, Oakridge Falls, Ontario"]
AGENDA_FILE = "agendas/oakridge-falls_regular-council_2025-04-22_agenda.pdf"
MINUTES_FILE = "minutes/oakridge-falls_regular-council_2025-04-22_minutes.pdf"
CREATED = datetime(2025, 4, 17, 14, 5, 0, tzinfo=timezone(timedelta(hours=-4)))
MINUTES_CREATED = datetime(2025, 5, 14, 9, 40, 0, tzinfo=timezone(timedelta(hours=-4)))
FONT = "Helvetica"

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

# surname -> (first name, title used in the minutes)
MEMBERS = {
    "Vandermeer": ("Lorraine", "Mayor"),
    "Brancato": ("Douglas", "Deputy Mayor"),
    "Achterberg": ("Simon", "Councillor"),
    "Beaulieu": ("Jean-Marc", "Councillor"),
    "MacIsaac": ("Heather", "Councillor"),
    "Raghunathan": ("Priya", "Councillor"),
    "Tolmie": ("Wayne", "Councillor"),
}


def ref(surname: str) -> str:
    """How the minutes refer to a member: "Councillor MacIsaac"."""
    return f"{MEMBERS[surname][1]} {surname}"


@dataclass(frozen=True)
class Attendee:
    name: str
    status: str  # gold status
    role: str
    printed: str  # the line as printed in the attendance block


# (label printed at the left, [attendees]); "None" lines are printed but name nobody
ATTENDANCE: list[tuple[str, list[Attendee]]] = [
    (
        "Members Present:",
        [
            Attendee("Lorraine Vandermeer", "present", "Mayor", "Mayor Lorraine Vandermeer (Chair)"),
            Attendee(
                "Douglas Brancato", "present", "Deputy Mayor", "Deputy Mayor Douglas Brancato (departed at 9:38 p.m.)"
            ),
            Attendee("Simon Achterberg", "present", "Councillor", "Councillor Simon Achterberg (arrived at 7:14 p.m.)"),
            Attendee("Heather MacIsaac", "present", "Councillor", "Councillor Heather MacIsaac"),
            Attendee(
                "Priya Raghunathan",
                "virtual",
                "Councillor",
                "Councillor Priya Raghunathan (electronic participation)",
            ),
            Attendee("Wayne Tolmie", "present", "Councillor", "Councillor Wayne Tolmie"),
        ],
    ),
    ("Members Absent:", [Attendee("Jean-Marc Beaulieu", "absent", "Councillor", "Councillor Jean-Marc Beaulieu")]),
    (
        "Staff Present:",
        [
            Attendee("Kathleen Orr", "in_attendance", "CAO/Clerk", "Kathleen Orr, CAO/Clerk"),
            Attendee(
                "Brent Lachance",
                "in_attendance",
                "Deputy Clerk (Recording Secretary)",
                "Brent Lachance, Deputy Clerk (Recording Secretary)",
            ),
            Attendee("Anita Szabo", "in_attendance", "Treasurer", "Anita Szabo, Treasurer"),
            Attendee(
                "Michael Dufresne",
                "in_attendance",
                "Director of Public Works",
                "Michael Dufresne, Director of Public Works",
            ),
            Attendee("Colin Ferreira", "in_attendance", "Fire Chief", "Colin Ferreira, Fire Chief (until 9:22 p.m.)"),
            Attendee(
                "Tamara Keddy", "in_attendance", "Chief Building Official", "Tamara Keddy, Chief Building Official"
            ),
        ],
    ),
    (
        "Also Present:",
        [
            Attendee(
                "Rachel Osei",
                "also_present",
                "Senior Planner, County of Glenmoor",
                "Rachel Osei, Senior Planner, County of Glenmoor (Items 7.1 and 8.4)",
            ),
            Attendee(
                "Dana Whitcombe", "also_present", "Oakridge Falls Gazette", "Dana Whitcombe, Oakridge Falls Gazette"
            ),
        ],
    ),
]
ALSO_PRESENT_TAIL = "Approximately 12 members of the public"

# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaItem:
    number: str
    title: str
    parent: str | None = None
    part: str = "public"
    presenter: str | None = None
    lines: tuple[str, ...] = ()  # unnumbered lines printed under the item (recommendations etc.)


def _rec(text: str) -> str:
    return f"Recommendation: {text}"


AGENDA: list[AgendaItem] = [
    AgendaItem("1", "CALL TO ORDER"),
    AgendaItem("2", "LAND ACKNOWLEDGEMENT"),
    AgendaItem(
        "3",
        "ADOPTION OF THE AGENDA",
        lines=(_rec("THAT the agenda for the Regular Meeting of Council of April 22, 2025 be adopted as circulated."),),
    ),
    AgendaItem("4", "DISCLOSURE OF PECUNIARY INTEREST AND THE GENERAL NATURE THEREOF"),
    AgendaItem("5", "ADOPTION OF MINUTES"),
    AgendaItem(
        "5.1",
        "Regular Meeting of Council - April 8, 2025",
        parent="5",
        lines=(
            _rec("THAT the minutes of the Regular Meeting of Council held on April 8, 2025 be adopted as circulated."),
        ),
    ),
    AgendaItem(
        "5.2",
        "Special Meeting of Council (2025 Operating and Capital Budget) - April 14, 2025",
        parent="5",
        lines=(
            _rec("THAT the minutes of the Special Meeting of Council held on April 14, 2025 be adopted as circulated."),
        ),
    ),
    AgendaItem("6", "DELEGATIONS AND PRESENTATIONS"),
    AgendaItem(
        "6.1",
        "Oakridge Falls Curling Club - Request for Capital Grant towards Ice Plant Compressor Replacement",
        parent="6",
        presenter="Marion Tessier, President, and Gord Beckstead, Treasurer",
    ),
    AgendaItem(
        "6.2",
        "Ontario Provincial Police - Glenmoor County Detachment 2024 Annual Report",
        parent="6",
        presenter="Staff Sergeant Ian Prowse, Detachment Commander",
    ),
    AgendaItem("7", "PUBLIC MEETING UNDER THE PLANNING ACT"),
    AgendaItem(
        "7.1",
        "Zoning By-law Amendment Application Z-03-2025 - Brian and Colleen Hartwell, Part Lot 22, Concession 6, "
        "4180 Sideroad 20",
        parent="7",
    ),
    AgendaItem("8", "STAFF REPORTS"),
    AgendaItem(
        "8.1",
        "Public Works - Report PW-2025-09 - Tender Award, 2025 Surface Treatment Program",
        parent="8",
        lines=(
            _rec(
                "THAT Council receive Report PW-2025-09; AND THAT Tender PW-T-2025-02 be awarded to Glenmoor Road "
                "Maintenance Ltd. in the amount of $487,316.50 plus HST."
            ),
        ),
    ),
    AgendaItem(
        "8.2",
        "Public Works - Report PW-2025-10 - Purchase of Tandem Axle Plow Truck",
        parent="8",
        lines=(
            _rec(
                "THAT Council approve the purchase of one 2025 tandem axle plow truck from Trans-Ontario Truck "
                "Centre in the amount of $412,870.00 plus HST."
            ),
        ),
    ),
    AgendaItem(
        "8.3",
        "Finance - Report FIN-2025-06 - 2025 Tax Rates and Tax Ratios",
        parent="8",
    ),
    AgendaItem(
        "8.4",
        "Planning - Report PL-2025-05 - Recommendation Report, Zoning By-law Amendment Z-03-2025 (Hartwell)",
        parent="8",
        lines=(_rec("THAT Council approve Zoning By-law Amendment Application Z-03-2025."),),
    ),
    AgendaItem(
        "8.5",
        "Clerk - Report CL-2025-08 - Review of Fireworks By-law",
        parent="8",
        lines=(_rec('THAT Council endorse the draft Fireworks By-law attached as Appendix "B" to the report.'),),
    ),
    AgendaItem(
        "8.6",
        "Fire - Report FD-2025-03 - First Quarter Activity Report, January to March 2025",
        parent="8",
        lines=("For information",),
    ),
    AgendaItem("8.7", "Building - Chief Building Official's Monthly Report, March 2025", parent="8"),
    AgendaItem("9", "CORRESPONDENCE"),
    AgendaItem(
        "9.1",
        "Municipality of North Brennan - Resolution Requesting Provincial Funding for Rural Broadband Expansion in "
        "Eastern Ontario",
        parent="9",
    ),
    AgendaItem(
        "9.2",
        "Ministry of Municipal Affairs and Housing - 2025 Ontario Municipal Partnership Fund Allocation Notice",
        parent="9",
    ),
    AgendaItem(
        "9.3",
        "Oakridge Falls Horticultural Society - Request to Waive Community Hall Rental Fee for Annual Plant Sale",
        parent="9",
    ),
    AgendaItem("10", "COMMITTEE AND LOCAL BOARD MINUTES"),
    AgendaItem("10.1", "Recreation Committee - March 19, 2025", parent="10"),
    AgendaItem("10.2", "Oakridge Falls Public Library Board - March 12, 2025", parent="10"),
    AgendaItem("11", "NOTICE OF MOTION"),
    AgendaItem("12", "MEMBERS' REPORTS"),
    AgendaItem("13", "BY-LAWS"),
    AgendaItem(
        "13.1",
        "By-law 2025-031 - Being a By-law to Amend Zoning By-law 2012-40 (Hartwell, Part Lot 22, Concession 6)",
        parent="13",
    ),
    AgendaItem(
        "13.2",
        "By-law 2025-032 - Being a By-law to Adopt the Tax Rates and Provide for the Levy and Collection of Taxes "
        "for the Year 2025",
        parent="13",
    ),
    AgendaItem(
        "13.3",
        "By-law 2025-033 - Being a By-law to Regulate the Sale and Discharge of Fireworks and to Repeal By-law "
        "2019-044",
        parent="13",
    ),
    AgendaItem(
        "13.4",
        "By-law 2025-034 - Being a By-law to Authorize the Execution of an Agreement with Glenmoor Road "
        "Maintenance Ltd. for the 2025 Surface Treatment Program",
        parent="13",
    ),
    AgendaItem("14", "CLOSED SESSION"),
    AgendaItem(
        "14.1",
        "Personal matters about an identifiable individual, including municipal employees - Fire Department "
        "Staffing (Section 239(2)(b))",
        parent="14",
        part="exempt",
    ),
    AgendaItem(
        "14.2",
        "A proposed or pending acquisition or disposition of land by the municipality - Part Lot 14, Concession 4 "
        "(Section 239(2)(c))",
        parent="14",
        part="exempt",
    ),
    AgendaItem("15", "RISE AND REPORT FROM CLOSED SESSION"),
    AgendaItem(
        "16",
        "CONFIRMING BY-LAW",
        lines=(
            "By-law 2025-035 - Being a By-law to Confirm the Proceedings of Council at its Regular Meeting held on "
            "April 22, 2025",
        ),
    ),
    AgendaItem("17", "ADJOURNMENT"),
]

# ---------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Res:
    """A numbered resolution: 'BE IT RESOLVED THAT ...'."""

    no: str
    mover: str
    seconder: str
    text: str
    parts: tuple[str, ...] = ()
    lettered: bool = False
    tail: tuple[str, ...] = ()  # "AND THAT ..." paragraphs, part of the same resolution
    result: str = "CARRIED"  # printed under it; "" when the result follows a recorded vote

    @property
    def count(self) -> int:
        return len(self.parts) or 1


@dataclass(frozen=True)
class Motion:
    """An amendment, worded 'THAT ...' without a resolution number."""

    label: str
    mover: str
    seconder: str
    text: str


@dataclass(frozen=True)
class Vote:
    requested_by: str
    on: str
    motion: str
    yeas: tuple[str, ...]
    nays: tuple[str, ...]
    result: str  # gold result
    printed_result: str
    table: bool = False
    absent: tuple[str, ...] = ()
    mover: str = ""
    seconder: str = ""


@dataclass(frozen=True)
class P:
    text: str


@dataclass(frozen=True)
class MinuteItem:
    number: str
    title: str
    agenda_item: str | None
    body: tuple = ()

    @property
    def top(self) -> bool:
        return "." not in self.number


MINUTES: list[MinuteItem] = [
    MinuteItem(
        "1",
        "CALL TO ORDER",
        "1",
        (
            P(
                "Mayor Vandermeer called the meeting to order at 7:00 p.m. and welcomed those present in the Council "
                "Chambers and those watching the livestream. The Clerk confirmed that Councillor Raghunathan was "
                "participating electronically in accordance with Section 4.7 of Procedure By-law 2023-015 and that a "
                "quorum was present."
            ),
        ),
    ),
    MinuteItem(
        "2",
        "LAND ACKNOWLEDGEMENT",
        "2",
        (P("Mayor Vandermeer read the Township's land acknowledgement."),),
    ),
    MinuteItem(
        "3",
        "ADOPTION OF THE AGENDA",
        "3",
        (
            P(
                "The Clerk advised that a letter from the Glenmoor Federation of Agriculture regarding seasonal load "
                "restrictions was received after the agenda was published and asked that it be added as Item 9.4."
            ),
            Res(
                "2025-112",
                "MacIsaac",
                "Tolmie",
                "BE IT RESOLVED THAT the agenda for the Regular Meeting of Council of April 22, 2025 be adopted as "
                "amended to add Item 9.4, Glenmoor Federation of Agriculture - Seasonal Load Restrictions on "
                "Township Roads.",
            ),
        ),
    ),
    MinuteItem(
        "4",
        "DISCLOSURE OF PECUNIARY INTEREST AND THE GENERAL NATURE THEREOF",
        "4",
        (
            P(
                "Councillor Tolmie declared a pecuniary interest in Item 8.1, Report PW-2025-09, Tender Award - 2025 "
                "Surface Treatment Program, and in Item 13.4, By-law 2025-034, as his son is employed as a foreman "
                "by Glenmoor Road Maintenance Ltd., the recommended bidder. Councillor Tolmie advised that he would "
                "leave the Council Chambers and would not take part in the discussion of or vote on those items."
            ),
            P("No other disclosures of pecuniary interest were made."),
        ),
    ),
    MinuteItem("5", "ADOPTION OF MINUTES", "5"),
    MinuteItem(
        "5.1",
        "Regular Meeting of Council - April 8, 2025",
        "5.1",
        (
            Res(
                "2025-113",
                "Brancato",
                "Raghunathan",
                "BE IT RESOLVED THAT the minutes of the Regular Meeting of Council held on April 8, 2025 be adopted as "
                "circulated.",
            ),
        ),
    ),
    MinuteItem(
        "5.2",
        "Special Meeting of Council (2025 Operating and Capital Budget) - April 14, 2025",
        "5.2",
        (
            P(
                "Councillor MacIsaac noted that page 3 of the draft minutes should record that the replacement of "
                "Fire Department bunker gear is funded from the Fire Equipment Reserve and not from the Working "
                "Capital Reserve."
            ),
            Res(
                "2025-114",
                "MacIsaac",
                "Brancato",
                "BE IT RESOLVED THAT the minutes of the Special Meeting of Council held on April 14, 2025 be adopted "
                "as amended.",
            ),
        ),
    ),
    MinuteItem("6", "DELEGATIONS AND PRESENTATIONS", "6"),
    MinuteItem(
        "6.1",
        "Oakridge Falls Curling Club - Request for Capital Grant towards Ice Plant Compressor Replacement",
        "6.1",
        (
            P(
                "Marion Tessier, President, and Gord Beckstead, Treasurer, of the Oakridge Falls Curling Club "
                "addressed Council. Ms. Tessier advised that the club's 1988 ice plant compressor failed in January "
                "and was repaired on a temporary basis, and that a replacement unit has been quoted at $61,400 plus "
                "HST. The club has raised $28,000 from its members and an application to the Ontario Trillium "
                "Foundation is pending. The club is requesting a one-time capital grant of $15,000 from the Township."
            ),
            P("Councillor Achterberg arrived at 7:14 p.m."),
            P(
                "In response to questions from Council, Ms. Tessier advised that the club has 142 members, that the "
                "rink is used by Oakridge Falls Public School in February and March, and that the club would accept a "
                "grant paid in two instalments."
            ),
            Res(
                "2025-115",
                "Tolmie",
                "Raghunathan",
                "BE IT RESOLVED THAT Council receive the delegation from the Oakridge Falls Curling Club;",
                tail=(
                    "AND THAT the request for a one-time capital grant of $15,000 be referred to staff for a report "
                    "to the Regular Meeting of Council on May 13, 2025, including options for funding from the "
                    "Community Facilities Reserve.",
                ),
            ),
        ),
    ),
    MinuteItem(
        "6.2",
        "Ontario Provincial Police - Glenmoor County Detachment 2024 Annual Report",
        "6.2",
        (
            P(
                "Staff Sergeant Ian Prowse, Detachment Commander, Glenmoor County Detachment of the Ontario "
                "Provincial Police, presented the 2024 Annual Report. Calls for service in the Township increased by "
                "6.2% to 1,318, and traffic complaints on County Road 9 and Sideroad 20 remain the most frequent "
                "local concern. Staff Sergeant Prowse advised that the detachment will carry out targeted enforcement "
                "in the Mill Street community safety zone in May and June."
            ),
            P("Council thanked Staff Sergeant Prowse and the presentation was received for information."),
        ),
    ),
    MinuteItem(
        "7",
        "PUBLIC MEETING UNDER THE PLANNING ACT",
        "7",
        (
            Res(
                "2025-116",
                "Raghunathan",
                "Achterberg",
                "BE IT RESOLVED THAT Council adjourn the Regular Meeting at 7:41 p.m. in order to hold a Public "
                "Meeting under Section 34 of the Planning Act, R.S.O. 1990, c. P.13, as amended.",
            ),
        ),
    ),
    MinuteItem(
        "7.1",
        "Zoning By-law Amendment Application Z-03-2025 - Brian and Colleen Hartwell, Part Lot 22, Concession 6, "
        "4180 Sideroad 20",
        "7.1",
        (
            P(
                "Mayor Vandermeer opened the Public Meeting and explained its purpose and the appeal rights under the "
                "Planning Act. The Clerk confirmed that notice was given by prepaid first class mail to all owners of "
                "property within 120 metres of the subject lands and by a sign posted on the property on March 28, "
                "2025."
            ),
            P(
                "Rachel Osei, Senior Planner, County of Glenmoor, summarized the application. The amendment would "
                "rezone the retained farm parcel from General Agricultural (A1) to Restricted Agricultural (A2) to "
                "prohibit a new dwelling, as a condition of consent application B-11-2025 for the severance of a "
                "surplus farm dwelling."
            ),
            P(
                "Glen Harcourt of Harcourt Planning Ltd., agent for the applicants, spoke in support of the "
                "application."
            ),
            P(
                "One written submission was received from Allan Fenwick, 4211 Sideroad 20, asking that the existing "
                "hedgerow along the shared lot line be retained. Mr. Harcourt confirmed that no removal of the "
                "hedgerow is proposed. No other members of the public spoke to the application."
            ),
            Res(
                "2025-117",
                "Achterberg",
                "Brancato",
                "BE IT RESOLVED THAT the Public Meeting be closed and the Regular Meeting of Council reconvene at "
                "7:58 p.m.",
            ),
        ),
    ),
    MinuteItem("8", "STAFF REPORTS", "8"),
    MinuteItem(
        "8.1",
        "Public Works - Report PW-2025-09 - Tender Award, 2025 Surface Treatment Program",
        "8.1",
        (
            P("Councillor Tolmie, having declared a pecuniary interest, left the Council Chambers at 8:00 p.m."),
            P(
                "Michael Dufresne, Director of Public Works, reviewed the report. Four tenders were received for "
                "Tender PW-T-2025-02, which covers single surface treatment on 14.6 km of Township roads and double "
                "surface treatment on Concession 4 and Concession 7. The lowest compliant bid is within the approved "
                "2025 capital budget of $520,000."
            ),
            Res(
                "2025-118",
                "Brancato",
                "MacIsaac",
                "BE IT RESOLVED THAT Council receive Report PW-2025-09, Tender Award - 2025 Surface Treatment Program;",
                tail=(
                    "AND THAT Tender PW-T-2025-02 be awarded to Glenmoor Road Maintenance Ltd. in the amount of "
                    "$487,316.50 plus HST;",
                    "AND FURTHER THAT the Mayor and Clerk be authorized by by-law to execute an agreement with "
                    "Glenmoor Road Maintenance Ltd. for the work.",
                ),
            ),
            P("Councillor Tolmie returned to the Council Chambers at 8:06 p.m."),
        ),
    ),
    MinuteItem(
        "8.2",
        "Public Works - Report PW-2025-10 - Purchase of Tandem Axle Plow Truck",
        "8.2",
        (
            P(
                "The Director of Public Works advised that the 2011 tandem plow truck (Unit 11) failed its annual "
                "safety inspection in March and that the repairs identified exceed $48,000. Three quotations were "
                "obtained through the Canoe Procurement Group of Canada. The recommended unit exceeds the 2025 "
                "capital budget allocation of $375,000 by $37,870, and staff propose that the difference be funded "
                "from the Roads Equipment Reserve."
            ),
            Res(
                "2025-119",
                "Achterberg",
                "Tolmie",
                "BE IT RESOLVED THAT Council receive Report PW-2025-10, Purchase of Tandem Axle Plow Truck;",
                tail=(
                    "AND THAT Council approve the purchase of one 2025 tandem axle plow truck, complete with wing "
                    "and sander, from Trans-Ontario Truck Centre in the amount of $412,870.00 plus HST through the "
                    "Canoe Procurement Group of Canada;",
                    "AND THAT the amount exceeding the approved budget, $37,870.00, be funded from the Roads "
                    "Equipment Reserve.",
                ),
                result="",
            ),
            Motion(
                "Amendment",
                "MacIsaac",
                "Brancato",
                "THAT Resolution No. 2025-119 be amended by deleting the second and third paragraphs and substituting "
                '"AND THAT staff obtain a quotation for the refurbishment of Unit 11 and report back to Council '
                'before any purchase is made."',
            ),
            P(
                "Discussion ensued on the age of the roads fleet and the availability of new trucks before the "
                "2025-2026 winter season. The Director of Public Works advised that the current delivery time for a "
                "new unit is approximately eight months and that a refurbished Unit 11 would likely require a "
                "further engine replacement within three years."
            ),
            Vote(
                "Brancato",
                "the amendment",
                "Amendment to Resolution No. 2025-119 (refurbish Unit 11 instead of purchase)",
                yeas=("MacIsaac", "Brancato"),
                nays=("Achterberg", "Raghunathan", "Tolmie", "Vandermeer"),
                result="lost",
                printed_result="AMENDMENT DEFEATED",
                mover="MacIsaac",
                seconder="Brancato",
            ),
            Vote(
                "MacIsaac",
                "the main motion",
                "Resolution No. 2025-119 - purchase of tandem axle plow truck",
                yeas=("Achterberg", "Raghunathan", "Tolmie", "Vandermeer"),
                nays=("Brancato", "MacIsaac"),
                result="carried",
                printed_result="MAIN MOTION CARRIED (4 - 2)",
                mover="Achterberg",
                seconder="Tolmie",
            ),
        ),
    ),
    MinuteItem(
        "8.3",
        "Finance - Report FIN-2025-06 - 2025 Tax Rates and Tax Ratios",
        "8.3",
        (
            P(
                "Anita Szabo, Treasurer, reviewed the report. The 2025 Township levy of $6,842,150 approved in the "
                "budget is an increase of 3.9% over 2024. For a residential property assessed at the Township median "
                "of $268,000, the Township portion of the taxes will increase by $71.40."
            ),
            P("Councillor Raghunathan's electronic connection was lost at 8:41 p.m. and restored at 8:46 p.m."),
            P(
                "The Treasurer confirmed that the tax ratios are set by the County of Glenmoor and that the Township "
                "has no discretion over them for 2025."
            ),
            Res(
                "2025-120",
                "MacIsaac",
                "Achterberg",
                "BE IT RESOLVED THAT Council:",
                parts=(
                    "receive Report FIN-2025-06, 2025 Tax Rates and Tax Ratios, for information;",
                    'approve the 2025 Township tax rates as set out in Schedule "A" to the report, based on the tax '
                    "ratios established by County of Glenmoor By-law 2025-18; and",
                    "direct the Treasurer to issue the 2025 final tax bills with instalment due dates of July 31, 2025 "
                    "and October 31, 2025.",
                ),
            ),
        ),
    ),
    MinuteItem(
        "8.4",
        "Planning - Report PL-2025-05 - Recommendation Report, Zoning By-law Amendment Z-03-2025 (Hartwell)",
        "8.4",
        (
            P(
                "Rachel Osei, Senior Planner, County of Glenmoor, advised that the application is consistent with the "
                "Provincial Planning Statement, 2024 and conforms to the County of Glenmoor Official Plan. The "
                "written submission received at the Public Meeting is addressed in the report."
            ),
            Res(
                "2025-121",
                "Tolmie",
                "Brancato",
                "BE IT RESOLVED THAT Council receive Report PL-2025-05 and approve Zoning By-law Amendment Application "
                "Z-03-2025 submitted by Brian and Colleen Hartwell for Part Lot 22, Concession 6, and that the "
                "implementing by-law be considered under Item 13 of this agenda.",
            ),
        ),
    ),
    MinuteItem(
        "8.5",
        "Clerk - Report CL-2025-08 - Review of Fireworks By-law",
        "8.5",
        (
            P(
                "Kathleen Orr, CAO/Clerk, reviewed the report and the results of the public survey, in which 211 of "
                "298 respondents supported further restrictions on the discharge of consumer fireworks. The draft "
                "by-law would permit consumer fireworks only on Victoria Day, Canada Day, Diwali and New Year's Eve, "
                "and on the day before and the day after Victoria Day and Canada Day, from dusk until 11:00 p.m."
            ),
            P(
                "Deputy Mayor Brancato and Councillor Tolmie expressed concern that the restrictions would be "
                "difficult to enforce in the rural area of the Township with one part-time Municipal Law Enforcement "
                "Officer."
            ),
            Res(
                "2025-122",
                "Raghunathan",
                "MacIsaac",
                "BE IT RESOLVED THAT Council receive Report CL-2025-08, Review of Fireworks By-law, and endorse the "
                'draft Fireworks By-law attached as Appendix "B" to the report for enactment under Item 13 of this '
                "agenda.",
                result="",
            ),
            Vote(
                "Raghunathan",
                "Resolution No. 2025-122",
                "Resolution No. 2025-122 - endorse draft Fireworks By-law",
                yeas=("Achterberg", "MacIsaac", "Raghunathan", "Vandermeer"),
                nays=("Brancato", "Tolmie"),
                absent=("Beaulieu",),
                result="carried",
                printed_result="CARRIED",
                table=True,
                mover="Raghunathan",
                seconder="MacIsaac",
            ),
        ),
    ),
    MinuteItem(
        "8.6",
        "Fire - Report FD-2025-03 - First Quarter Activity Report, January to March 2025",
        "8.6",
        (
            P(
                "Colin Ferreira, Fire Chief, reviewed the quarterly report. The department responded to 47 calls in "
                "the first quarter, including 11 structure and chimney fires, 19 medical assists and 9 motor vehicle "
                "collisions. Recruitment of six volunteer firefighters is under way, with training to begin in June."
            ),
            P("The report was received for information."),
            P("Fire Chief Ferreira left the meeting at 9:22 p.m."),
        ),
    ),
    MinuteItem(
        "8.7",
        "Building - Chief Building Official's Monthly Report, March 2025",
        "8.7",
        (
            P(
                "Tamara Keddy, Chief Building Official, advised that 18 building permits with a construction value of "
                "$3,184,500 were issued in March 2025, compared to 11 permits with a value of $1,962,000 in March "
                "2024."
            ),
            Res(
                "2025-123",
                "Achterberg",
                "Tolmie",
                "BE IT RESOLVED THAT the Chief Building Official's Monthly Report for March 2025 be received for "
                "information.",
            ),
        ),
    ),
    MinuteItem("9", "CORRESPONDENCE", "9"),
    MinuteItem(
        "9.1",
        "Municipality of North Brennan - Resolution Requesting Provincial Funding for Rural Broadband Expansion in "
        "Eastern Ontario",
        "9.1",
        (
            Res(
                "2025-124",
                "Raghunathan",
                "Achterberg",
                "BE IT RESOLVED THAT Council support the resolution of the Municipality of North Brennan dated March "
                "24, 2025 requesting that the Province of Ontario provide dedicated funding for the expansion of "
                "high-speed internet service to underserved rural areas of Eastern Ontario;",
                tail=(
                    "AND THAT a copy of this resolution be forwarded to the Minister of Infrastructure, MPP Daniel "
                    "Okafor, the County of Glenmoor and the Municipality of North Brennan.",
                ),
            ),
        ),
    ),
    MinuteItem(
        "9.2",
        "Ministry of Municipal Affairs and Housing - 2025 Ontario Municipal Partnership Fund Allocation Notice",
        "9.2",
        (
            P(
                "Received for information. The Treasurer noted that the Township's 2025 Ontario Municipal "
                "Partnership Fund allocation of $1,126,400 is $38,900 higher than the amount estimated in the 2025 "
                "budget."
            ),
        ),
    ),
    MinuteItem(
        "9.3",
        "Oakridge Falls Horticultural Society - Request to Waive Community Hall Rental Fee for Annual Plant Sale",
        "9.3",
        (
            Res(
                "2025-125",
                "Tolmie",
                "MacIsaac",
                "BE IT RESOLVED THAT Council approve the request of the Oakridge Falls Horticultural Society to waive "
                "the rental fee of $225.00 for the use of the Oakridge Falls Community Hall for its annual plant sale "
                "on Saturday, May 17, 2025.",
            ),
        ),
    ),
    MinuteItem(
        "9.4",
        "Glenmoor Federation of Agriculture - Seasonal Load Restrictions on Township Roads",
        None,
        (
            P(
                "Council discussed the letter, which asks that the Township lift the half-load restrictions on "
                "Concession 2 and Concession 5 by May 1 to accommodate spring planting. By consensus, Council "
                "referred the letter to the Director of Public Works, who will respond to the Federation directly."
            ),
        ),
    ),
    MinuteItem(
        "10",
        "COMMITTEE AND LOCAL BOARD MINUTES",
        "10",
        (
            Res(
                "2025-126",
                "MacIsaac",
                "Raghunathan",
                "BE IT RESOLVED THAT the minutes of the Recreation Committee meeting of March 19, 2025 and of the "
                "Oakridge Falls Public Library Board meeting of March 12, 2025 be received for information.",
            ),
        ),
    ),
    MinuteItem(
        "11",
        "NOTICE OF MOTION",
        "11",
        (
            P(
                "Councillor MacIsaac gave notice that at the Regular Meeting of Council on May 13, 2025 she will "
                "introduce a motion directing staff to review the purchasing thresholds in Procurement By-law "
                "2021-027 and to report on requiring Council approval of any capital purchase that exceeds its "
                "approved budget by more than 5%."
            ),
        ),
    ),
    MinuteItem(
        "12",
        "MEMBERS' REPORTS",
        "12",
        (
            P(
                "Mayor Vandermeer reported that she attended the Glenmoor County Council meeting on April 16, 2025, "
                "at which the County approved its 2025 road rehabilitation program, including County Road 9 from "
                "Mill Street to the Brennan townline."
            ),
            P(
                "Deputy Mayor Brancato reported that the Oakridge Falls Lions Club Easter egg hunt at Riverside Park "
                "on April 19 drew more than 300 children, and thanked Public Works staff for their help."
            ),
            P("Deputy Mayor Brancato left the meeting at 9:38 p.m."),
            P(
                "Councillor Achterberg reported that the Recreation Committee is seeking volunteers for the Canada "
                "Day celebration at the fairgrounds."
            ),
            P(
                "Councillor Raghunathan reported that the Library Board will launch its summer reading program on "
                "June 28, 2025."
            ),
        ),
    ),
    MinuteItem(
        "13",
        "BY-LAWS",
        "13",
        (
            Res(
                "2025-127",
                "Achterberg",
                "MacIsaac",
                "BE IT RESOLVED THAT the following by-laws be read a first, second and third time and finally "
                "passed, signed by the Mayor and Clerk and sealed with the Seal of the Corporation:",
                parts=(
                    "By-law 2025-031, being a by-law to amend Zoning By-law 2012-40 (Hartwell, Part Lot 22, "
                    "Concession 6);",
                    "By-law 2025-032, being a by-law to adopt the tax rates and provide for the levy and collection "
                    "of taxes for the year 2025;",
                    "By-law 2025-033, being a by-law to regulate the sale and discharge of fireworks and to repeal "
                    "By-law 2019-044.",
                ),
                lettered=True,
            ),
            P(
                "Councillor Tolmie, having declared a pecuniary interest in By-law 2025-034, left the Council "
                "Chambers at 9:44 p.m."
            ),
            Res(
                "2025-128",
                "Raghunathan",
                "Achterberg",
                "BE IT RESOLVED THAT By-law 2025-034, being a by-law to authorize the execution of an agreement with "
                "Glenmoor Road Maintenance Ltd. for the 2025 Surface Treatment Program, be read a first, second and "
                "third time and finally passed.",
            ),
            P("Councillor Tolmie returned to the Council Chambers at 9:45 p.m."),
        ),
    ),
    MinuteItem(
        "14",
        "CLOSED SESSION",
        "14",
        (
            Res(
                "2025-129",
                "MacIsaac",
                "Tolmie",
                "BE IT RESOLVED THAT Council proceed into closed session at 9:47 p.m. pursuant to Section 239(2)(b) "
                "and (c) of the Municipal Act, 2001, S.O. 2001, c. 25, as amended, to consider personal matters "
                "about an identifiable individual, including municipal employees (Fire Department staffing), and a "
                "proposed or pending acquisition or disposition of land by the municipality (Part Lot 14, "
                "Concession 4).",
            ),
            P("The CAO/Clerk and the Director of Public Works remained for the closed session."),
        ),
    ),
    MinuteItem(
        "14.1",
        "Personal Matters about an Identifiable Individual - Fire Department Staffing - Section 239(2)(b)",
        "14.1",
    ),
    MinuteItem(
        "14.2",
        "Proposed or Pending Acquisition or Disposition of Land - Part Lot 14, Concession 4 - Section 239(2)(c)",
        "14.2",
    ),
    MinuteItem(
        "15",
        "RISE AND REPORT FROM CLOSED SESSION",
        "15",
        (
            Res(
                "2025-130",
                "Achterberg",
                "Raghunathan",
                "BE IT RESOLVED THAT Council rise from closed session at 10:26 p.m. and report.",
            ),
            P(
                "Mayor Vandermeer reported that Council gave direction to staff in closed session with respect to "
                "Item 14.2, and that the following resolution arises from Item 14.1."
            ),
            Res(
                "2025-131",
                "Tolmie",
                "MacIsaac",
                "BE IT RESOLVED THAT Council confirm the appointment of Darren Pyke as Deputy Fire Chief of the "
                "Oakridge Falls Fire Department effective May 5, 2025, in accordance with Establishing and "
                "Regulating By-law 2020-012.",
            ),
        ),
    ),
    MinuteItem(
        "16",
        "CONFIRMING BY-LAW",
        "16",
        (
            Res(
                "2025-132",
                "Raghunathan",
                "Tolmie",
                "BE IT RESOLVED THAT By-law 2025-035, being a by-law to confirm the proceedings of the Council of The "
                "Corporation of the Township of Oakridge Falls at its Regular Meeting held on April 22, 2025, be read "
                "a first, second and third time and finally passed.",
            ),
        ),
    ),
    MinuteItem(
        "17",
        "ADJOURNMENT",
        "17",
        (
            Res(
                "2025-133",
                "Achterberg",
                "MacIsaac",
                "BE IT RESOLVED THAT this meeting of Council adjourn at 10:31 p.m. to meet again on Tuesday, May 13, "
                "2025 at 7:00 p.m., or at the call of the Mayor.",
            ),
        ),
    ),
]

# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

LEFT = 22.0
NUM_W = 11.0
SIZE = 9.5  # body text, points
LH = 4.3  # body line height, mm


class Doc(FPDF):
    def __init__(self, running_head: str, footer_left: str, created: datetime):
        super().__init__(orientation="P", unit="mm", format="letter")
        self.running_head = running_head
        self.footer_left = footer_left
        self.set_margins(LEFT, 21, LEFT)
        self.set_auto_page_break(True, 21)
        self.set_creation_date(created)
        self.set_title(footer_left)
        self.set_author("Township of Oakridge Falls - Clerk's Department")
        self.set_creator("Microsoft Word")

    def header(self):
        if self.page_no() > 1 and self.running_head:
            self.set_font(FONT, "I", 8.5)
            self.set_xy(LEFT, 11)
            self.cell(0, 4, self.running_head, align="R")
            self.set_draw_color(140, 140, 140)
            self.line(LEFT, 16, self.w - LEFT, 16)
            self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-16)
        self.set_draw_color(140, 140, 140)
        self.line(LEFT, self.get_y(), self.w - LEFT, self.get_y())
        self.set_y(-14.5)
        self.set_font(FONT, "", 8.5)
        self.cell(0, 4, self.footer_left, align="L")
        self.set_x(LEFT)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")

    @property
    def right(self) -> float:
        return self.w - self.r_margin

    def ensure(self, need: float) -> None:
        if self.get_y() + need > self.page_break_trigger:
            self.add_page()

    def lines(self, x: float, text: str, style: str = "", size: float = SIZE) -> int:
        """How many lines `text` takes from x to the right margin."""
        self.set_font(FONT, style, size)
        return len(self.multi_cell(self.right - x, LH, text, dry_run=True, output=MethodReturnValue.LINES))

    def para(self, x: float, text: str, style: str = "", size: float = SIZE, h: float = LH, gap: float = 2.0):
        self.set_font(FONT, style, size)
        self.set_x(x)
        self.multi_cell(self.right - x, h, text, new_x="LMARGIN", new_y="NEXT")
        if gap:
            self.ln(gap)

    def hanging(
        self,
        x: float,
        label_w: float,
        label: str,
        text: str,
        style: str = "",
        size: float = SIZE,
        label_style: str | None = None,
        h: float = LH,
    ):
        self.set_font(FONT, style if label_style is None else label_style, size)
        self.set_x(x)
        self.cell(label_w, h, label)
        self.set_font(FONT, style, size)
        self.multi_cell(self.right - x - label_w, h, text, new_x="LMARGIN", new_y="NEXT")

    def centred(self, text: str, style: str, size: float, h: float):
        self.set_font(FONT, style, size)
        self.set_x(LEFT)
        self.multi_cell(0, h, text, align="C", new_x="LMARGIN", new_y="NEXT")


def _title_block(pdf: Doc, kind: str) -> None:
    pdf.centred(CORPORATION, "B", 13, 6.5)
    pdf.ln(1)
    pdf.centred(kind, "B", 12, 6)
    pdf.ln(1)
    pdf.centred(DATE_LONG + " at 7:00 p.m.", "", SIZE, 5)
    for line in VENUE:
        pdf.centred(line, "", SIZE, 5)
    pdf.ln(3)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.5)
    pdf.line(LEFT, pdf.get_y(), pdf.right, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(4)


# ----- agenda ----------------------------------------------------------------------------------


def render_agenda(path: Path) -> None:
    pdf = Doc(
        "Regular Meeting of Council - Agenda - April 22, 2025", "Regular Council Agenda - April 22, 2025", CREATED
    )
    pdf.add_page()
    _title_block(pdf, "REGULAR MEETING OF COUNCIL\nAGENDA")
    pdf.para(
        LEFT,
        "This is a hybrid meeting. Members of Council may participate in person or electronically in accordance "
        "with Procedure By-law 2023-015. The meeting will be livestreamed on the Township's YouTube channel and the "
        "recording posted to www.oakridgefalls.ca. Members of the public wishing to appear as a delegation must "
        "register with the Clerk by noon on the Wednesday before the meeting.",
        style="I",
        size=9.5,
        h=4.4,
        gap=5,
    )
    sub_x = LEFT + NUM_W
    sub_num_w = 13.0
    for item in AGENDA:
        if item.parent is None:
            pdf.ensure(14)
            pdf.ln(1.5)
            pdf.hanging(LEFT, NUM_W, f"{item.number}.", item.title, style="B", size=10.5, h=5.0)
            pdf.ln(2)
            text_x = LEFT + NUM_W
        else:
            pdf.ensure(10)
            pdf.hanging(sub_x, sub_num_w, item.number, item.title)
            pdf.ln(1)
            text_x = sub_x + sub_num_w
        if item.presenter:
            pdf.para(text_x, item.presenter, style="I", size=9.5, h=4.4, gap=1.5)
        for line in item.lines:
            pdf.para(text_x, line, style="I", size=9.5, h=4.4, gap=1.5)
        if item.parent is not None and (item.presenter or item.lines):
            pdf.ln(1)
    pdf.output(str(path))


# ----- minutes ---------------------------------------------------------------------------------

BODY_X = LEFT + NUM_W


def _movers(pdf: Doc, mover: str, seconder: str) -> None:
    """'Moved by: ...   Seconded by: ...' on one line, as the template prints it."""
    pdf.set_x(BODY_X)
    for label, surname in (("Moved by:", mover), ("Seconded by:", seconder)):
        pdf.set_font(FONT, "", SIZE)
        pdf.cell(pdf.get_string_width(label) + 2, LH, label)
        pdf.cell(62 if label == "Moved by:" else 0, LH, ref(surname))
    pdf.ln(LH)


def _res_height(pdf: Doc, res: Res) -> float:
    n = 2 + pdf.lines(BODY_X, res.text) + sum(pdf.lines(BODY_X + 15, part) for part in res.parts)
    n += sum(pdf.lines(BODY_X, para) for para in res.tail) + (1 if res.result else 0)
    return n * LH + 6 + 1.5 * (len(res.parts) + len(res.tail))


def _render_res(pdf: Doc, res: Res) -> None:
    need = _res_height(pdf, res)
    pdf.ensure(need if need < 90 else 40)
    pdf.set_font(FONT, "B", SIZE)
    pdf.set_x(BODY_X)
    pdf.cell(0, LH, f"Resolution No. {res.no}", new_x="LMARGIN", new_y="NEXT")
    _movers(pdf, res.mover, res.seconder)
    pdf.ln(1.5)
    pdf.para(BODY_X, res.text, gap=1.2)
    for i, part in enumerate(res.parts):
        label = f"({'abcdefgh'[i]})" if res.lettered else f"{i + 1}."
        pdf.hanging(BODY_X + 6, 9, label, part)
        pdf.ln(1)
    for para in res.tail:
        pdf.para(BODY_X, para, gap=1.2)
    if res.result:
        pdf.set_font(FONT, "B", SIZE)
        pdf.set_x(BODY_X)
        pdf.cell(pdf.right - BODY_X, LH, res.result, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _render_motion(pdf: Doc, motion: Motion) -> None:
    pdf.ensure((2 + pdf.lines(BODY_X, motion.text)) * LH + 5)
    pdf.set_font(FONT, "BU", SIZE)
    pdf.set_x(BODY_X)
    pdf.cell(0, LH, motion.label, new_x="LMARGIN", new_y="NEXT")
    _movers(pdf, motion.mover, motion.seconder)
    pdf.ln(1.5)
    pdf.para(BODY_X, motion.text, gap=2.5)


def _order(surnames) -> list[str]:
    rank = {"Mayor": 0, "Deputy Mayor": 1, "Councillor": 2}
    return sorted(surnames, key=lambda s: (rank[MEMBERS[s][1]], s))


def _render_vote(pdf: Doc, vote: Vote) -> None:
    members = len(vote.yeas + vote.nays + vote.absent)
    pdf.ensure((members + 2) * 5.4 + 16 if vote.table else 28)
    pdf.para(BODY_X, f"{ref(vote.requested_by)} requested a recorded vote on {vote.on}.", gap=1.2)
    if not vote.table:
        pdf.hanging(BODY_X + 6, 16, "Yeas:", ", ".join(ref(s) for s in vote.yeas), label_style="B")
        pdf.ln(0.5)
        pdf.hanging(BODY_X + 6, 16, "Nays:", ", ".join(ref(s) for s in vote.nays), label_style="B")
        pdf.ln(1)
    else:
        widths = (70, 20, 20, 20)
        heads = ("Member of Council", "Yea", "Nay", "Absent")
        x0 = BODY_X + 6
        pdf.set_font(FONT, "B", 9.5)
        pdf.set_fill_color(225, 225, 225)
        pdf.set_x(x0)
        for w, head in zip(widths, heads):
            pdf.cell(w, 5.6, head, border=1, align="L" if w == widths[0] else "C", fill=True)
        pdf.ln(5.6)
        pdf.set_font(FONT, "", 9.5)
        for surname in _order(vote.yeas + vote.nays + vote.absent):
            marks = (
                "X" if surname in vote.yeas else "",
                "X" if surname in vote.nays else "",
                "X" if surname in vote.absent else "",
            )
            pdf.set_x(x0)
            pdf.cell(widths[0], 5.2, ref(surname), border=1)
            for w, mark in zip(widths[1:], marks):
                pdf.cell(w, 5.2, mark, border=1, align="C")
            pdf.ln(5.2)
        pdf.set_font(FONT, "B", 9.5)
        pdf.set_x(x0)
        pdf.cell(widths[0], 5.2, "Totals", border=1, align="R")
        for w, n in zip(widths[1:], (len(vote.yeas), len(vote.nays), len(vote.absent))):
            pdf.cell(w, 5.2, str(n), border=1, align="C")
        pdf.ln(6.5)
    pdf.set_font(FONT, "B", SIZE)
    pdf.set_x(BODY_X)
    pdf.cell(pdf.right - BODY_X, LH, vote.printed_result, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def _first_height(pdf: Doc, item: MinuteItem) -> float:
    """Height of the heading plus its first entry, kept together."""
    height = pdf.lines(BODY_X, item.title, "B") * 5.0 + 3
    if item.body and isinstance(item.body[0], P):
        height += min(pdf.lines(BODY_X, item.body[0].text), 3) * LH
    elif item.body and isinstance(item.body[0], Res):
        height += min(_res_height(pdf, item.body[0]), 60)
    return height


def render_minutes(path: Path) -> None:
    pdf = Doc(
        "Township of Oakridge Falls - Regular Council Minutes - April 22, 2025",
        "Regular Council Minutes - April 22, 2025",
        MINUTES_CREATED,
    )
    pdf.add_page()
    _title_block(pdf, "MINUTES OF THE REGULAR MEETING OF COUNCIL")
    for label, people in ATTENDANCE:
        lines = [p.printed for p in people]
        if label == "Also Present:":
            lines.append(ALSO_PRESENT_TAIL)
        for i, line in enumerate(lines):
            pdf.hanging(LEFT, 38, label if i == 0 else "", line, label_style="B")
        pdf.ln(2)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(LEFT, pdf.get_y(), pdf.right, pdf.get_y())
    pdf.ln(4)
    for index, item in enumerate(MINUTES):
        need = _first_height(pdf, item)
        if not item.body and index + 1 < len(MINUTES):  # a bare heading stays with the next one
            need += _first_height(pdf, MINUTES[index + 1])
        pdf.ensure(need)
        if item.top:
            pdf.ln(1)
            pdf.hanging(LEFT, NUM_W, f"{item.number}.", item.title, style="B", size=10.5, h=5.0)
        else:
            pdf.hanging(LEFT, NUM_W, item.number, item.title, style="B", h=5.0)
        pdf.ln(1.8)
        for entry in item.body:
            if isinstance(entry, P):
                pdf.para(BODY_X, entry.text, gap=1.8)
            elif isinstance(entry, Res):
                _render_res(pdf, entry)
            elif isinstance(entry, Motion):
                _render_motion(pdf, entry)
            elif isinstance(entry, Vote):
                _render_vote(pdf, entry)
        if not item.body:
            pdf.ln(0.8)
    pdf.ensure(40)
    pdf.ln(14)
    y = pdf.get_y()
    pdf.set_draw_color(0, 0, 0)
    pdf.line(LEFT, y, LEFT + 70, y)
    pdf.line(pdf.right - 70, y, pdf.right, y)
    pdf.set_font(FONT, "", SIZE)
    pdf.set_xy(LEFT, y + 1)
    pdf.cell(70, 5, "Lorraine Vandermeer, Mayor")
    pdf.set_xy(pdf.right - 70, y + 1)
    pdf.cell(70, 5, "Kathleen Orr, CAO/Clerk")
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    for path in (agenda, minutes):
        path.parent.mkdir(parents=True, exist_ok=True)
    render_agenda(agenda)
    render_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def _entries(kind):
    for item in MINUTES:
        for entry in item.body:
            if isinstance(entry, kind):
                yield item, entry


def _resolutions_per_item() -> dict[str, int]:
    counts: dict[str, int] = {}
    for item, res in _entries(Res):
        assert "RESOLVED" in res.text
        counts[item.number] = counts.get(item.number, 0) + res.count
    return counts


def _votes() -> list[dict]:
    votes = []
    for item, vote in _entries(Vote):
        counts = {"yes": len(vote.yeas), "no": len(vote.nays), "abstain": 0}
        voters = {"yes": list(vote.yeas), "no": list(vote.nays)}
        if vote.absent:
            counts["absent"] = len(vote.absent)
            voters["absent"] = list(vote.absent)
        votes.append(
            {
                "item": item.number,
                "motion": vote.motion,
                "mover": vote.mover,
                "seconder": vote.seconder,
                "result": vote.result,
                "result_as_printed": vote.printed_result,
                "counts": counts,
                "voters": voters,
                "note": f"Recorded vote requested by {ref(vote.requested_by)}"
                + (
                    ", printed as a Yea / Nay / Absent table with totals."
                    if vote.table
                    else ", printed as Yeas / Nays lists."
                ),
            }
        )
    return votes


def _attendance() -> list[dict]:
    return [{"name": p.name, "status": p.status, "role": p.role} for _, people in ATTENDANCE for p in people]


def _meeting() -> dict:
    return {"body": "Council", "meeting_type": "Regular Meeting of Council", "date": DATE_ISO, "start_time": START}


def gold() -> dict:
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "CA",
        "notes": [
            'Numbers are given as printed without the trailing dot on top-level headings ("1." -> "1"); '
            "titles keep the capitals the template prints for top-level headings.",
            "No page numbers are printed against items, so every item's pages is null.",
            "The italic 'Recommendation: THAT ...' lines, 'For information' and the delegation presenters are not "
            "items; they are kept as topics/presenter.",
            "The confirming by-law line printed under item 16 has no number and is a topic of item 16, not an item.",
            "Closed session sub-items 14.1 and 14.2 are marked exempt; the heading 14 (the motion to go into closed "
            "session is moved in public) and 15 (rise and report) are public.",
        ],
        "meeting": _meeting(),
        "agenda": [],
    }
    for item in AGENDA:
        record = {
            "number": item.number,
            "title": item.title,
            "pages": None,
            "part": item.part,
            "parent": item.parent,
        }
        if item.presenter:
            record["presenter"] = item.presenter
        if item.lines:
            record["topics"] = list(item.lines)
        agenda_record["agenda"].append(record)

    per_item = _resolutions_per_item()
    minutes_meeting = {"date": DATE_ISO, "start_time": START, "end_time": END}
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "CA",
        "notes": [
            "Resolutions: each 'Resolution No. 2025-xxx' worded 'BE IT RESOLVED THAT' counts once; its 'AND THAT' / "
            "'AND FURTHER THAT' paragraphs are part of the same resolution and are not counted separately.",
            "Resolution No. 2025-120 (item 8.3) has three numbered parts under 'BE IT RESOLVED THAT Council:' and "
            "counts 3; Resolution No. 2025-127 (item 13) lists by-laws (a) to (c) and counts 3.",
            "The amendment to Resolution No. 2025-119 is worded 'THAT ...' with no resolution number and was "
            "defeated, so it is not counted as a resolution.",
            "Items received for information or referred by consensus without a motion (6.2, 8.6, 9.2, 9.4) and the "
            "notice of motion (11) carry no resolution.",
            "Resolution No. 2025-116 is printed under heading 7 before the 7.1 heading, so it is counted under "
            "item 7; Resolution No. 2025-117 closes the public meeting under 7.1.",
            "Resolutions No. 2025-119 and 2025-122 print no CARRIED under the motion; their result follows the "
            "recorded vote and each still counts once.",
            "Votes: only the three recorded votes print names or figures; every other motion is only marked "
            "CARRIED and has no vote record.",
            "The recorded vote table under 8.5 lists Councillor Beaulieu in an Absent column (total 1), kept apart "
            "as counts.absent; the Yeas/Nays lists under 8.2 name no absentees, so no absent is given there.",
            "The amendment vote result 'AMENDMENT DEFEATED' is recorded as lost.",
            "Councillor Beaulieu is printed under 'Members Absent' with no reason, so the status is absent, not "
            "apologies.",
            "Councillor Raghunathan took part electronically, so her status is virtual although she is listed "
            "under Members Present.",
            "Councillor Achterberg (arrived late) and Deputy Mayor Brancato (departed early) are present; the "
            "Fire Chief who left at 9:22 p.m. is in_attendance.",
            "Rachel Osei, a County planner listed under 'Also Present', is also_present rather than in_attendance; "
            "the unnamed members of the public are not listed.",
            "Delegates and other people named only inside items (Tessier, Beckstead, Prowse, Harcourt, Fenwick) are "
            "not in the attendance block and are not attendance records.",
            "Minute 9.4 was added when the agenda was adopted and has no item in the published agenda, so its "
            "agenda_item is null.",
            "The minutes print agenda items 10.1-10.2 and 13.1-13.4 under the single headings 10 and 13, so only "
            "the printed headings are minute items.",
            "Closed session headings 14.1 and 14.2 are printed with no text and are still minute items.",
            "The end time 22:31 is taken from the adjournment resolution (10:31 p.m.).",
        ],
        "meeting": {**_meeting(), "end_time": END},
        "minutes": {
            "meeting": minutes_meeting,
            "items": [{"number": m.number, "title": m.title, "agenda_item": m.agenda_item} for m in MINUTES],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": _votes(),
            "attendance": _attendance(),
        },
    }
    return {
        "agendas__" + Path(AGENDA_FILE).stem: agenda_record,
        "minutes__" + Path(MINUTES_FILE).stem: minutes_record,
    }

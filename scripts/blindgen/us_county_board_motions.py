"""Oconee Ridge County, Georgia (fictional): Board of Commissioners, regular meeting of Tuesday 6 May 2025.

The Board has six members: a Chairman elected at large and five district commissioners (the Vice
Chairman sits for District 3). Commissioner Oakes (District 5) is absent, so every vote is out of five.
The county seat is the fictional town of Tallow Creek. Everything here is invented.

Three PDFs, printed the way Georgia county clerks print them:

* ``agendas/..._2025-05-06_agenda.pdf`` - the posted agenda (Helvetica, letter size): a title block
  and roster, fifteen sections numbered with Roman numerals in bold capitals, the Consent Agenda's
  items lettered A.-E., Old Business numbered 1.-2. and New Business numbered on 3.-8. (the county
  numbers business items straight through), presenter lines in italics, procedural notes, the
  Executive Session's topics as dashes, and an ADA notice with the Clerk's telephone number.
* ``packs/..._2025-05-06_agenda-pack.pdf`` - the agenda packet: a cover, the same agenda with a
  "Page" column giving each attachment's packet pages, then one "Agenda Item Summary" per item
  with attachments: a budget amendment table, a bid tabulation (two-line header), draft
  resolutions with WHEREAS clauses, a hearing calendar table and a 38-row road resurfacing list
  that runs over a page break with its header repeated.
* ``minutes/..._2025-05-06_minutes.pdf`` - the minutes (Times): PRESENT / ABSENT / STAFF PRESENT /
  ALSO PRESENT blocks, sections numbered as on the agenda, MOTION / SECOND / VOTE blocks, prose
  motions ("Upon motion by ..., seconded by ..."), a rezoning motion that fails 2-3 with the names
  for, against and absent, a 4-0-1 vote with an abstention, the full text of Resolution 2025-R-14,
  an executive session entered and left by motion, adjournment time, signature lines and the
  presiding officer's executive session affidavit.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

COUNCIL = "oconee-ridge-county"
BODY_SLUG = "board-of-commissioners"
BODY = "Board of Commissioners"
DATE = "2025-05-06"
LONG_DATE = "Tuesday, May 6, 2025"
COUNTY = "Oconee Ridge County"
ADDRESS = "210 Courthouse Square, Tallow Creek, Georgia 30698"
ROOM = "Board of Commissioners Meeting Room, Oconee Ridge County Government Center"
CLERK_PHONE = "(706) 555-0142"

LEFT = 25.4
RIGHT_EDGE = 215.9 - 25.4

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

MEMBERS = [
    {"name": "Harlan D. Whitfield", "surname": "Whitfield", "title": "Chairman", "seat": "At-Large",
     "status": "present"},
    {"name": "Loretta Pruitt", "surname": "Pruitt", "title": "Vice Chairman", "seat": "District 3",
     "status": "present"},
    {"name": "Dwayne Ashworth", "surname": "Ashworth", "title": "Commissioner", "seat": "District 1",
     "status": "present"},
    {"name": "Celeste Varnadoe", "surname": "Varnadoe", "title": "Commissioner", "seat": "District 2",
     "status": "present"},
    {"name": "Raymond Tillery", "surname": "Tillery", "title": "Commissioner", "seat": "District 4",
     "status": "present"},
    {"name": "Benjamin Oakes", "surname": "Oakes", "title": "Commissioner", "seat": "District 5",
     "status": "absent"},
]
BY_SURNAME = {m["surname"]: m for m in MEMBERS}
VOTING = [m["surname"] for m in MEMBERS if m["status"] == "present"]

STAFF = [
    ("Teresa Kimbrough", "County Manager"),
    ("Nathaniel Eberhart", "County Attorney"),
    ("Judith Mabry", "County Clerk"),
    ("Anil Desai", "Finance Director"),
    ("Curtis Langford", "Public Works Director"),
    ("Marisol Fuentes", "Planning and Zoning Director"),
]

ALSO_PRESENT = [
    ("Kendrick Olds", "Kendrick Olds, P.E.", "Project Manager, Georgia Department of Transportation"),
    ("Hollis Bramlett", "Hollis Bramlett", "The Ridge County Ledger"),
]


def who(surname: str) -> str:
    """'Commissioner Tillery', 'Vice Chairman Pruitt' - as the clerk writes a member in the minutes."""
    return f"{BY_SURNAME[surname]['title']} {surname}"


def joined(surnames: list[str]) -> str:
    names = [who(s) for s in surnames]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------------------------------------
# Fiscal data shared by the agenda, packet and minutes
# ---------------------------------------------------------------------------------------------

ROADS = [
    "Bethany Church Road", "Old Mill Road", "Sandy Ford Road", "Cattail Branch Road", "Lower Shoals Road",
    "Macedonia Church Road", "Turkey Creek Road", "Quail Run Drive", "Hickory Flat Road", "Cedar Bluff Lane",
    "Ebenezer Road", "Wildcat Bridge Road", "Pleasant Grove Church Road", "Red Clay Road", "Fox Hollow Drive",
    "Bramblewood Court", "Twin Oaks Drive", "Sawmill Road", "Beaver Dam Road", "Liberty Hill Road",
    "Possum Trot Road", "Gum Springs Road", "Antioch Road", "Shady Dale Lane", "Cotton Gin Road",
    "Ridgecrest Drive", "Mount Olive Road", "Persimmon Lane", "Hollis Crossroads Road", "Depot Street",
    "Pine Hollow Road", "Mulberry Creek Road", "Rock Fence Road", "Jericho Road", "Buckhead Spur",
    "Walnut Grove Road", "Chestnut Ridge Drive", "Dove Field Lane",
]


def _road_rows() -> list[dict]:
    rows = []
    for i, road in enumerate(ROADS):
        start = ROADS[(i + 7) % len(ROADS)] if i % 3 else "SR 15"
        end = ROADS[(i + 13) % len(ROADS)] if i % 4 else "Dead End"
        length = ((i * 37) % 23 + 3) / 20.0
        cost = round(length * 46250 + (i * 1373) % 4100, 2) + (0.5 if i % 5 == 2 else 0.0)
        rows.append({"No.": str(i + 1), "Road Name": road, "From": start, "To": end,
                     "Length / (Miles)": f"{length:.2f}", "Estimated / Cost": f"${cost:,.2f}", "_cost": cost,
                     "_length": length})
    return rows


ROAD_ROWS = _road_rows()
LMIG_TOTAL = f"${sum(r['_cost'] for r in ROAD_ROWS):,.2f}"
LMIG_MILES = f"{sum(r['_length'] for r in ROAD_ROWS):.2f}"

BUDGET_ROWS = [
    ("100-3300-51.1300", "Sheriff - Overtime (Detention)", "$212,000.00", "$48,500.00", "$260,500.00"),
    ("100-3300-51.2200", "Sheriff - Social Security (FICA)", "$402,150.00", "$3,710.00", "$405,860.00"),
    ("100-3300-52.2203", "Sheriff - Vehicle Maintenance", "$185,000.00", "($31,200.00)", "$153,800.00"),
    ("100-3300-53.1270", "Sheriff - Gasoline and Diesel", "$296,000.00", "($14,010.00)", "$281,990.00"),
    ("100-3300-52.3500", "Sheriff - Travel", "$24,000.00", "($4,500.00)", "$19,500.00"),
    ("100-3300-53.1100", "Sheriff - General Supplies", "$61,500.00", "($2,500.00)", "$59,000.00"),
]

BID_ROWS = [
    ("Piedmont Mechanical Services, LLC", "Harlow Mill, GA", "$171,240.00", "$15,500.00", "$186,740.00"),
    ("Coastal Plain Air & Heat, Inc.", "Tifton, GA", "$178,900.00", "$16,250.00", "$195,150.00"),
    ("Tri-County Climate Control", "Tallow Creek, GA", "$184,375.00", "$12,900.00", "$197,275.00"),
    ("Southern Comfort Systems Group", "Macon, GA", "$192,600.00", "$18,480.00", "$211,080.00"),
    ("Blue Ridge Building Services", "Gainesville, GA", "$205,000.00", "No Bid", "$205,000.00*"),
]

HEARING_ROWS = [
    ("FY 2026 Budget - First Public Hearing", "June 3, 2025", "6:00 p.m.", "Board Meeting Room"),
    ("FY 2026 Budget - Second Public Hearing and Adoption", "June 17, 2025", "6:00 p.m.",
     "Board Meeting Room"),
    ("2025 Millage Rate - First Public Hearing", "July 15, 2025", "9:00 a.m.", "Board Meeting Room"),
    ("2025 Millage Rate - Second Public Hearing", "July 15, 2025", "6:00 p.m.", "Board Meeting Room"),
    ("2025 Millage Rate - Third Public Hearing and Adoption", "July 22, 2025", "6:00 p.m.",
     "Board Meeting Room"),
]

# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------


def _item(number, title, parent=None, path=None, part="public", presenter=None, lines=(), note=None):
    return {"number": number, "title": title, "parent": parent, "path": path or number, "part": part,
            "presenter": presenter, "lines": list(lines), "note": note}


AGENDA = [
    _item("I", "CALL TO ORDER", presenter="Chairman Harlan D. Whitfield"),
    _item("II", "INVOCATION", presenter="Reverend Everett Combs, Shiloh Grove Baptist Church"),
    _item("III", "PLEDGE OF ALLEGIANCE"),
    _item("IV", "APPROVAL OF AGENDA"),
    _item("V", "APPROVAL OF MINUTES - APRIL 15, 2025 REGULAR MEETING AND EXECUTIVE SESSION"),
    _item("VI", "PUBLIC COMMENT", lines=[
        "Citizens wishing to address the Board must complete a speaker card and submit it to the County "
        "Clerk before the meeting is called to order. Comments are limited to three (3) minutes per "
        "speaker and thirty (30) minutes in total. Public hearings on zoning matters are not reopened "
        "during Public Comment."]),
    _item("VII", "PRESENTATION: GEORGIA DEPARTMENT OF TRANSPORTATION - STATE ROUTE 211 WIDENING PROJECT "
                 "UPDATE",
          presenter="Kendrick Olds, P.E., Project Manager, Georgia Department of Transportation"),
    _item("VIII", "CONSENT AGENDA", lines=[
        "All items listed under the Consent Agenda are considered routine and will be enacted by one "
        "motion. There will be no separate discussion of these items unless a Commissioner requests that "
        "an item be removed from the Consent Agenda and considered separately."]),
    _item("A", "Fiscal Year 2025 Budget Amendment No. 7 - Reallocation of $48,500.00 within the Sheriff's "
               "Office Budget to Fund Detention Center Overtime", parent="VIII", path="VIII.A",
          presenter="Anil Desai, Finance Director"),
    _item("B", "Award of Bid No. 25-011, Courthouse Annex HVAC Replacement, to Piedmont Mechanical Services, "
               "LLC of Harlow Mill, Georgia in the Amount of $186,740.00 (Base Bid and Alternate No. 1)",
          parent="VIII", path="VIII.B", presenter="Curtis Langford, Public Works Director"),
    _item("C", "Resolution 2025-R-12 Authorizing the Submission of a Hazard Mitigation Grant Program "
               "Application to the Georgia Emergency Management and Homeland Security Agency for the "
               "Emergency Operations Center Generator Project", parent="VIII", path="VIII.C",
          presenter="Teresa Kimbrough, County Manager"),
    _item("D", "Acceptance of Right-of-Way Deed from Wilbur and Frances Gentry for the Pine Hollow Road "
               "Improvement Project (Tax Parcel 14-027)", parent="VIII", path="VIII.D",
          presenter="Curtis Langford, Public Works Director"),
    _item("E", "Alcohol Beverage License, Beer and Wine (Consumption on Premises) - Casa Verde Mexican "
               "Grill, LLC, 1180 Highway 15 North", parent="VIII", path="VIII.E",
          presenter="Judith Mabry, County Clerk"),
    _item("IX", "OLD BUSINESS"),
    _item("1", "Second Reading and Adoption of Ordinance 2025-O-03 Amending Chapter 22 (Solid Waste) of the "
               "Code of Oconee Ridge County Regarding Convenience Center Hours and Fees", parent="IX",
          path="IX.1", presenter="Curtis Langford, Public Works Director",
          lines=["First reading held April 15, 2025."]),
    _item("2", "Rezoning Application RZ-25-04 - Tract Holdings Group, LLC - Request to Rezone 38.6 Acres on "
               "Bethany Church Road (Tax Parcel 09-041) from AG-1 (Agricultural) to R-2 (Single-Family "
               "Residential)", parent="IX", path="IX.2",
          presenter="Marisol Fuentes, Planning and Zoning Director",
          lines=["Public hearing held and item tabled at the March 18, 2025 Regular Meeting. Planning "
                 "Commission recommendation: Approval with conditions."]),
    _item("X", "NEW BUSINESS"),
    _item("3", "Resolution 2025-R-13 Establishing the Calendar of Public Hearings for the Fiscal Year 2026 "
               "Budget and the 2025 Property Tax Millage Rate", parent="X", path="X.3",
          presenter="Anil Desai, Finance Director"),
    _item("4", "Resolution 2025-R-14 Requesting the Georgia Department of Transportation to Conduct a Speed "
               "Zone Study and Reduce the Speed Limit on State Route 211 in the Hollis Crossroads Community",
          parent="X", path="X.4", presenter="Commissioner Celeste Varnadoe, District 2"),
    _item("5", "Intergovernmental Agreement with the City of Tallow Creek for Fire Protection and Emergency "
               "Response Services, July 1, 2025 through June 30, 2026", parent="X", path="X.5",
          presenter="Teresa Kimbrough, County Manager"),
    _item("6", "Award of Contract - 2025 Local Maintenance and Improvement Grant (LMIG) Road Resurfacing "
               f"Program to Middle Georgia Paving Company, Inc. in the Amount of {LMIG_TOTAL}", parent="X",
          path="X.6", presenter="Curtis Langford, Public Works Director"),
    _item("7", "Appointment to the Oconee Ridge County Library Board of Trustees - One (1) Seat, Term "
               "Expiring June 30, 2028", parent="X", path="X.7", presenter="Judith Mabry, County Clerk"),
    _item("8", "Resolution 2025-R-15 Amending Section 7.4 of the Oconee Ridge County Personnel Policy to "
               "Provide Paid Parental Leave for Full-Time Employees", parent="X", path="X.8",
          presenter="Teresa Kimbrough, County Manager"),
    _item("XI", "COUNTY MANAGER'S REPORT"),
    _item("XII", "COMMISSIONER COMMENTS"),
    _item("XIII", "EXECUTIVE SESSION", part="exempt", lines=[
        "- Pending or Potential Litigation, O.C.G.A. \xa7 50-14-2(1)",
        "- Acquisition of Real Estate, O.C.G.A. \xa7 50-14-3(b)(1)"]),
    _item("XIV", "ACTION FOLLOWING EXECUTIVE SESSION"),
    _item("XV", "ADJOURNMENT"),
]

ADA_NOTICE = (
    "Oconee Ridge County does not discriminate on the basis of disability in the admission or access to its "
    "programs, services or meetings. Persons with disabilities who need assistance to participate in this "
    f"meeting should contact the Office of the County Clerk at {CLERK_PHONE} at least forty-eight (48) hours "
    "before the meeting. The Board reserves the right to amend this agenda at the meeting and to enter "
    "Executive Session at any time as permitted by the Georgia Open Meetings Act.")


class CountyPDF(FPDF):
    """Letter-size page with the county's running head (page 2 on) and a 'Page X of Y' footer."""

    def __init__(self, family: str, head_left: str, head_right: str, foot: str = "Page {n} of {{nb}}"):
        super().__init__(orientation="P", unit="mm", format="letter")
        self.family = family
        self.head_left = head_left
        self.head_right = head_right
        self.foot = foot
        self.set_margins(LEFT, 20, 25.4)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
        self.set_author("Office of the County Clerk, Oconee Ridge County")

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font(self.family, "I", 9)
        self.set_xy(LEFT, 11)
        self.cell(RIGHT_EDGE - LEFT, 4.5, self.head_left)
        self.set_xy(LEFT, 11)
        self.cell(RIGHT_EDGE - LEFT, 4.5, self.head_right, align="R")
        self.set_line_width(0.2)
        self.line(LEFT, 16.5, RIGHT_EDGE, 16.5)
        self.set_xy(LEFT, 21)

    def footer(self):
        self.set_y(-15)
        self.set_font(self.family, "", 9)
        self.cell(0, 5, self.foot.format(n=self.page_no()), align="C")

    # helpers -----------------------------------------------------------------------------------
    def ensure(self, height: float) -> None:
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    def para(self, text: str, x: float, h: float = 5.5, style: str = "", size: float = 11, align: str = "J",
             markdown: bool = False, after: float = 2.0) -> None:
        self.set_font(self.family, style, size)
        self.set_x(x)
        self.multi_cell(RIGHT_EDGE - x, h, text, align=align, markdown=markdown,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def lines_for(self, text: str, width: float) -> int:
        return len(self.multi_cell(width, 5, text, dry_run=True, output="LINES"))


def _agenda_title_block(pdf: CountyPDF, packet: bool) -> None:
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, "OCONEE RIDGE COUNTY", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 12.5)
    pdf.cell(0, 6, "BOARD OF COMMISSIONERS", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, "REGULAR MEETING AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5.5, f"{LONG_DATE}  |  6:00 P.M.", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 5, ROOM, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 5, ADDRESS, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    # roster box, two columns as the county prints it
    top = pdf.get_y()
    pdf.set_line_width(0.3)
    left_col = [f"{m['name']}, {m['title']}" + ("" if m["title"] == "Chairman" else f", {m['seat']}")
                if m["title"] != "Commissioner" else f"{m['name']}, {m['seat']}" for m in MEMBERS]
    right_col = [f"{n}, {t}" for n, t in STAFF[:3]]
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_xy(LEFT + 3, top + 2)
    pdf.cell(80, 4, "COMMISSIONERS")
    pdf.set_xy(LEFT + 95, top + 2)
    pdf.cell(70, 4, "COUNTY STAFF")
    pdf.set_font("Helvetica", "", 8.5)
    for i, text in enumerate(left_col):
        pdf.set_xy(LEFT + 3, top + 6.5 + i * 4)
        pdf.cell(90, 4, text)
    for i, text in enumerate(right_col):
        pdf.set_xy(LEFT + 95, top + 6.5 + i * 4)
        pdf.cell(70, 4, text)
    bottom = top + 6.5 + len(left_col) * 4 + 2
    pdf.rect(LEFT, top, RIGHT_EDGE - LEFT, bottom - top)
    pdf.set_xy(LEFT, bottom + 5)
    if packet:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(RIGHT_EDGE - LEFT, 4, "Packet Page", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)


def _render_agenda(pdf: CountyPDF, page_refs: dict[str, str] | None) -> None:
    """The agenda proper. `page_refs` (packet only) maps an item's path to its printed page range."""
    pdf.add_page()
    _agenda_title_block(pdf, packet=page_refs is not None)
    ref_w = 20 if page_refs is not None else 0
    for item in AGENDA:
        top = item["parent"] is None
        x_num = LEFT if top else LEFT + 13
        x_title = LEFT + 13 if top else LEFT + 22
        width = RIGHT_EDGE - x_title - ref_w
        pdf.set_font("Helvetica", "B" if top else "", 11)
        n_lines = pdf.lines_for(item["title"], width)
        extra = 5 if item["presenter"] else 0
        if top:
            pdf.ln(2.5)
        pdf.ensure(n_lines * 5.5 + extra + (7 if top else 0))
        y0 = pdf.get_y()
        pdf.set_x(x_num)
        pdf.cell(x_title - x_num, 5.5, f"{item['number']}.")
        if page_refs is not None and item["path"] in page_refs:
            pdf.set_font("Helvetica", "", 10)
            pdf.set_xy(RIGHT_EDGE - ref_w, y0)
            pdf.cell(ref_w, 5.5, page_refs[item["path"]], align="R")
            pdf.set_font("Helvetica", "B" if top else "", 11)
        pdf.set_xy(x_title, y0)
        pdf.multi_cell(width, 5.5, item["title"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if item["presenter"]:
            pdf.set_font("Helvetica", "I", 9.5)
            pdf.set_x(x_title)
            pdf.multi_cell(width, 4.8, item["presenter"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for line in item["lines"]:
            pdf.set_font("Helvetica", "I" if not line.startswith("-") else "", 9.5)
            pdf.set_x(x_title + (4 if line.startswith("-") else 0))
            pdf.multi_cell(width - (4 if line.startswith("-") else 0), 4.8, line, align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.2)
    pdf.ln(6)
    pdf.ensure(30)
    pdf.set_line_width(0.2)
    pdf.line(LEFT, pdf.get_y(), RIGHT_EDGE, pdf.get_y())
    pdf.ln(2)
    pdf.para(ADA_NOTICE, LEFT, h=4.4, size=8.5, after=1.5)
    pdf.para("Agenda posted May 1, 2025 at the Oconee Ridge County Government Center and on the County "
             "website.", LEFT, h=4.4, style="I", size=8.5)


def _agenda_pdf() -> CountyPDF:
    pdf = CountyPDF("Helvetica", "Oconee Ridge County Board of Commissioners",
                    "Regular Meeting Agenda - May 6, 2025")
    pdf.set_title("Regular Meeting Agenda - May 6, 2025")
    _render_agenda(pdf, None)
    return pdf


# ---------------------------------------------------------------------------------------------
# Agenda packet
# ---------------------------------------------------------------------------------------------

DRAFT_R12 = {
    "number": "2025-R-12",
    "caption": "A RESOLUTION OF THE BOARD OF COMMISSIONERS OF OCONEE RIDGE COUNTY, GEORGIA AUTHORIZING THE "
               "SUBMISSION OF A HAZARD MITIGATION GRANT PROGRAM APPLICATION FOR THE EMERGENCY OPERATIONS "
               "CENTER GENERATOR PROJECT; AUTHORIZING THE CHAIRMAN TO EXECUTE ALL NECESSARY DOCUMENTS; AND "
               "FOR OTHER PURPOSES.",
    "whereas": [
        "the Oconee Ridge County Emergency Operations Center serves as the coordination point for county "
        "response to severe storms, tornadoes, flooding and other hazards identified in the Oconee Ridge "
        "County Hazard Mitigation Plan adopted in 2022",
        "the Emergency Operations Center lost commercial power for approximately thirty-one hours during the "
        "storms of January 2025 and operated on a portable generator of insufficient capacity",
        "the Georgia Emergency Management and Homeland Security Agency has announced the availability of "
        "Hazard Mitigation Grant Program funds, which may pay up to seventy-five percent (75%) of eligible "
        "project costs",
    ],
    "resolved": [
        "NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of Oconee Ridge County, Georgia, that "
        "the County Manager is authorized to submit an application for Hazard Mitigation Grant Program funds "
        "in an amount not to exceed $142,500.00 for the purchase and installation of a permanent standby "
        "generator at the Emergency Operations Center.",
        "BE IT FURTHER RESOLVED that the County commits to provide the required local match of twenty-five "
        "percent (25%), not to exceed $47,500.00, from the Special Purpose Local Option Sales Tax Fund, and "
        "that the Chairman is authorized to execute all documents necessary to apply for and accept the "
        "grant.",
    ],
    "adopted": "SO RESOLVED this ____ day of May, 2025.",
}

R14 = {
    "number": "2025-R-14",
    "caption": "A RESOLUTION OF THE BOARD OF COMMISSIONERS OF OCONEE RIDGE COUNTY, GEORGIA REQUESTING THE "
               "GEORGIA DEPARTMENT OF TRANSPORTATION TO CONDUCT A SPEED ZONE STUDY AND REDUCE THE SPEED "
               "LIMIT "
               "ON STATE ROUTE 211 IN THE HOLLIS CROSSROADS COMMUNITY; AND FOR OTHER PURPOSES.",
    "whereas": [
        "State Route 211 carries an average of 9,400 vehicles per day through the Hollis Crossroads "
        "community, "
        "where the posted speed limit is fifty-five (55) miles per hour",
        "the segment of State Route 211 between Persimmon Lane and Hollis Crossroads Road is bordered by "
        "Hollis Crossroads Elementary School, two churches, a volunteer fire station and more than forty "
        "residential driveways",
        "the Oconee Ridge County Sheriff's Office has responded to eleven (11) crashes on this segment since "
        "January 1, 2023, three of which resulted in serious injury",
        "the Board of Commissioners finds that a reduced speed limit on this segment is necessary for the "
        "safety of the traveling public and the residents of the Hollis Crossroads community",
    ],
    "resolved": [
        "NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of Oconee Ridge County, Georgia, that "
        "the Board respectfully requests the Georgia Department of Transportation to conduct a speed zone "
        "study of State Route 211 between Persimmon Lane and Hollis Crossroads Road and to reduce the posted "
        "speed limit on that segment to forty-five (45) miles per hour.",
        "BE IT FURTHER RESOLVED that the County Clerk is directed to transmit a certified copy of this "
        "resolution to the District Engineer of the Georgia Department of Transportation and to the members "
        "of the Oconee Ridge County legislative delegation.",
    ],
    "adopted": "SO RESOLVED this 6th day of May, 2025.",
}

DRAFT_R14 = dict(R14, adopted="SO RESOLVED this ____ day of May, 2025.")


def _summary(dept, section, subject, background, financial, recommendation, attachments):
    return {"dept": dept, "section": section, "subject": subject, "background": background,
            "financial": financial, "recommendation": recommendation, "attachments": attachments}


def _agenda_item(path: str) -> dict:
    return next(i for i in AGENDA if i["path"] == path)


SUMMARIES = {
    "VIII.A": _summary(
        "Finance", "Consent Agenda", _agenda_item("VIII.A")["title"],
        ["Staffing vacancies at the Detention Center have required deputies to work mandatory overtime "
         "since January. Detention overtime has used 96 percent of its annual appropriation with two months "
         "remaining in the fiscal year. The Sheriff has identified savings in vehicle maintenance, fuel, "
         "travel and supplies to cover the projected shortfall, together with the employer share of Social "
         "Security on the additional overtime."],
        "None. The amendment moves appropriations between line items within the Sheriff's Office budget; the "
        "net effect on the General Fund is $0.00.",
        "Staff recommends approval of Fiscal Year 2025 Budget Amendment No. 7.",
        ["Budget Amendment No. 7"]),
    "VIII.B": _summary(
        "Public Works", "Consent Agenda", _agenda_item("VIII.B")["title"],
        ["The Courthouse Annex is served by four rooftop units installed in 2003, two of which failed during "
         "the summer of 2024. Bid No. 25-011 was advertised on March 6, 2025 and five (5) sealed bids were "
         "opened on April 10, 2025. Alternate No. 1 adds a building automation controls upgrade that "
         "allows the units to be scheduled and monitored remotely."],
        "$186,740.00 from the 2019 Special Purpose Local Option Sales Tax, Public Facilities category "
        "(Account 320-1565-54.1300).",
        "Staff recommends award of the base bid and Alternate No. 1 to Piedmont Mechanical Services, LLC, "
        "the "
        "lowest responsive and responsible bidder.",
        ["Bid Tabulation"]),
    "VIII.C": _summary(
        "County Manager / Emergency Management", "Consent Agenda", _agenda_item("VIII.C")["title"],
        ["The attached resolution authorizes an application for Hazard Mitigation Grant Program funds for "
         "a permanent standby generator at the Emergency Operations Center. The application is due to the "
         "Georgia Emergency Management and Homeland Security Agency by May 30, 2025."],
        "Local match of up to $47,500.00 from the Special Purpose Local Option Sales Tax Fund if the grant "
        "is "
        "awarded.",
        "Staff recommends adoption of Resolution 2025-R-12.",
        ["Draft Resolution 2025-R-12"]),
    "VIII.D": _summary(
        "Public Works", "Consent Agenda", _agenda_item("VIII.D")["title"],
        ["Wilbur and Frances Gentry have agreed to donate 0.18 acres of right-of-way along Pine Hollow Road "
         "for the widening of the curve near the Cattail Branch culvert. The County Attorney has reviewed "
         "the deed and the title certificate."],
        "None. The right-of-way is donated; recording fees of $25.00 are paid from the Public Works budget.",
        "Staff recommends acceptance of the deed.",
        ["Right-of-Way Deed", "Plat of Right-of-Way"]),
    "VIII.E": _summary(
        "County Clerk", "Consent Agenda", _agenda_item("VIII.E")["title"],
        ["Casa Verde Mexican Grill, LLC has applied for a license to sell beer and wine for consumption on "
         "the premises at 1180 Highway 15 North. The Sheriff's Office background investigation, the "
         "distance survey and the Planning and Zoning review are complete and the application meets the "
         "requirements of Chapter 6 of the County Code."],
        "License fee of $1,250.00 has been paid.",
        "Staff recommends approval of the license.",
        ["Application Checklist"]),
    "IX.1": _summary(
        "Public Works", "Old Business", _agenda_item("IX.1")["title"],
        ["The ordinance extends Saturday hours at the Bethany and Hollis convenience centers from 3:00 p.m. "
         "to 5:00 p.m., closes all centers on the Fourth of July, Thanksgiving Day and Christmas Day, and "
         "raises the bulk item disposal fee from $10.00 to $15.00 per load. The first reading was held on "
         "April 15, 2025."],
        "The fee change is projected to produce approximately $18,600.00 in additional annual revenue for "
        "the "
        "Solid Waste Fund, which offsets the cost of the added Saturday hours.",
        "Staff recommends adoption of Ordinance 2025-O-03 on second reading.",
        ["Ordinance 2025-O-03"]),
    "IX.2": _summary(
        "Planning and Zoning", "Old Business", _agenda_item("IX.2")["title"],
        ["The applicant proposes a subdivision of not more than 74 single-family lots with a minimum lot "
         "size "
         "of 15,000 square feet, served by public water. The property adjoins agricultural land on three "
         "sides. The Board held the public hearing on March 18, 2025 and tabled the application to allow "
         "the applicant to meet with neighbors about road improvements.",
         "The Planning Commission recommended approval on February 24, 2025 by a vote of 4-1, with "
         "conditions "
         "requiring a left-turn lane on Bethany Church Road, a 50-foot undisturbed buffer along the eastern "
         "boundary and a limit of 74 lots."],
        "Not applicable.",
        "Staff recommends approval with the three conditions recommended by the Planning Commission.",
        ["Staff Report", "Planning Commission Minutes (Excerpt)", "Concept Plan"]),
    "X.3": _summary(
        "Finance", "New Business", _agenda_item("X.3")["title"],
        ["Georgia law requires the Board to advertise and hold public hearings before adopting the annual "
         "budget and, where the proposed millage rate exceeds the rollback rate, three public hearings on "
         "the "
         "millage rate. The attached calendar sets the hearing dates so that notices can be published in "
         "The Ridge County Ledger."],
        "Advertising costs of approximately $1,900.00 are included in the current budget.",
        "Staff recommends adoption of Resolution 2025-R-13.",
        ["Exhibit A - Calendar of Public Hearings"]),
    "X.4": _summary(
        "Board of Commissioners - District 2", "New Business", _agenda_item("X.4")["title"],
        ["Commissioner Varnadoe has requested that the Board ask the Georgia Department of Transportation to "
         "study the speed limit on State Route 211 in the Hollis Crossroads community following several "
         "serious crashes near the elementary school."],
        "None.",
        "Adoption of Resolution 2025-R-14.",
        ["Draft Resolution 2025-R-14"]),
    "X.6": _summary(
        "Public Works", "New Business", _agenda_item("X.6")["title"],
        ["The 2025 LMIG program resurfaces the thirty-eight (38) county roads listed in Exhibit A, a total "
         "of "
         f"{LMIG_MILES} miles. Nine (9) bids were opened on April 17, 2025; Middle Georgia Paving Company, "
         "Inc. submitted the lowest responsive bid. The Georgia Department of Transportation LMIG allocation "
         "for 2025 is $1,046,388.00 and the County's required match is thirty percent (30%)."],
        "LMIG allocation of $1,046,388.00 with the balance from the 2019 Special Purpose Local Option Sales "
        "Tax, Roads and Bridges category.",
        "Staff recommends award of the contract to Middle Georgia Paving Company, Inc.",
        ["Exhibit A - 2025 LMIG Resurfacing List"]),
}


def _form_row(pdf: CountyPDF, label: str, value: str) -> None:
    pdf.set_font("Helvetica", "B", 10)
    y0 = pdf.get_y()
    pdf.set_x(LEFT)
    pdf.cell(40, 6, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(LEFT + 40, y0)
    pdf.multi_cell(RIGHT_EDGE - LEFT - 40, 6, value, border="B", align="L", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)


def _render_summary(pdf: CountyPDF, path: str) -> None:
    s = SUMMARIES[path]
    item = _agenda_item(path)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "OCONEE RIDGE COUNTY BOARD OF COMMISSIONERS", align="C", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "AGENDA ITEM SUMMARY", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    label = path.replace(".", "-")
    _form_row(pdf, "Meeting Date:", "May 6, 2025 - Regular Meeting")
    _form_row(pdf, "Agenda Item:", f"{label}  ({s['section']})")
    _form_row(pdf, "Department:", s["dept"])
    _form_row(pdf, "Presented By:", item["presenter"] or "")
    _form_row(pdf, "Subject:", s["subject"])
    pdf.ln(5)
    for heading, body in (("BACKGROUND / SUMMARY:", s["background"]), ("FINANCIAL IMPACT:", [s["financial"]]),
                          ("STAFF RECOMMENDATION:", [s["recommendation"]])):
        pdf.ensure(18)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(0, 6, heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for text in body:
            pdf.para(text, LEFT + 5, h=5.2, size=10.5, after=2)
        pdf.ln(1)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 6, "ATTACHMENTS:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for i, name in enumerate(s["attachments"], 1):
        pdf.para(f"{i}) {name}", LEFT + 5, h=5.2, size=10.5, align="L", after=0.5)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Reviewed by County Manager: T.K.        Reviewed by County Attorney: N.E.",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _table(pdf: CountyPDF, title: str, columns: list[str], rows: list[tuple], widths: tuple, aligns: tuple,
           subtitle: str | None = None, new_page: bool = True, gap: float = 0) -> dict:
    if new_page:
        pdf.add_page()
    else:
        pdf.ln(gap)
        pdf.ensure(60)
    first = pdf.page_no()
    pdf.set_font("Helvetica", "B", 11.5)
    pdf.multi_cell(0, 6, title, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if subtitle:
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(0, 5, subtitle, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 9)
    for col, width in zip(columns, widths):
        for part in col.split(" / "):
            # the header stacks only where the column prints it stacked
            assert pdf.get_string_width(part) + 3 <= width * (pdf.epw / sum(widths)), (title, part)
    pdf.set_font("Helvetica", "", 9)
    with pdf.table(col_widths=widths, text_align=aligns, line_height=5.2,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                   padding=(1, 1.5, 1, 1.5)) as table:
        head = table.row()
        for col in columns:
            head.cell(col.replace(" / ", "\n"), align="C")
        for row in rows:
            r = table.row()
            for cell in row:
                r.cell(cell)
    return {"title": title, "columns": columns, "rows": rows, "first": first, "last": pdf.page_no()}


def _render_resolution(pdf: CountyPDF, res: dict, x: float, size: float = 11.5) -> None:
    """A resolution as the county types it: number, caption, WHEREAS clauses, RESOLVED clauses."""
    pdf.ensure(40)
    pdf.set_font("Times", "B", size + 0.5)
    pdf.set_x(x)
    pdf.cell(RIGHT_EDGE - x, 6, f"RESOLUTION {res['number']}", align="C", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.para(res["caption"], x + 6, h=5.2, style="B", size=size - 1, after=3)
    last = len(res["whereas"]) - 1
    for i, clause in enumerate(res["whereas"]):
        tail = ";" if i == last else "; and"
        pdf.para(f"**WHEREAS**, {clause}{tail}", x, h=5.6, size=size, markdown=True, after=2.2)
    for clause in res["resolved"]:
        lead, _, rest = clause.partition(" that ")
        pdf.para(f"**{lead}** that {rest}", x, h=5.6, size=size, markdown=True, after=2.2)
    pdf.para(res["adopted"], x, h=5.6, size=size, align="L", after=1)


def _render_signatures(pdf: CountyPDF, x: float, size: float = 11) -> None:
    """Blank signature lines under a draft resolution."""
    pdf.ensure(48)
    pdf.ln(4)
    pdf.set_font("Times", "B", size)
    for line in ("BOARD OF COMMISSIONERS OF", "OCONEE RIDGE COUNTY, GEORGIA"):
        pdf.set_x(x + 70)
        pdf.cell(0, 6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(7)
    pdf.set_font("Times", "", size)
    pdf.set_x(x + 70)
    pdf.cell(0, 5.5, "By: ______________________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(x + 78)
    pdf.cell(0, 5.5, "Harlan D. Whitfield, Chairman", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.set_x(x)
    pdf.cell(0, 5.5, "Attest: ____________________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(x + 14)
    pdf.cell(0, 5.5, "Judith Mabry, County Clerk", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


BUDGET_COLUMNS = ["Account Number", "Account Description", "Current / Budget", "Increase / (Decrease)",
                  "Amended / Budget"]
BID_COLUMNS = ["Bidder", "Location", "Base Bid", "Alternate No. 1 / (Controls Upgrade)", "Total Bid"]
HEARING_COLUMNS = ["Hearing", "Date", "Time", "Location"]
ROAD_COLUMNS = ["No.", "Road Name", "From", "To", "Length / (Miles)", "Estimated / Cost"]


def _render_attachments(pdf: CountyPDF) -> tuple[dict[str, tuple[int, int]], list[dict]]:
    spans: dict[str, tuple[int, int]] = {}
    tables: list[dict] = []

    def start(path):
        _render_summary(pdf, path)
        return pdf.page_no()

    first = start("VIII.A")
    tables.append(_table(pdf, "FISCAL YEAR 2025 BUDGET AMENDMENT NO. 7", BUDGET_COLUMNS, BUDGET_ROWS,
                         (36, 53, 25, 26, 25), ("L", "L", "R", "R", "R"),
                         subtitle="General Fund (100) - Sheriff's Office (3300)"))
    pdf.ln(4)
    pdf.para("Net effect on the General Fund: $0.00. Prepared by the Finance Department, April 24, 2025.",
             LEFT, h=5, size=9.5, style="I", align="L")
    spans["VIII.A"] = (first, pdf.page_no())

    first = start("VIII.B")
    tables.append(_table(pdf, "BID TABULATION", BID_COLUMNS, BID_ROWS, (52, 28, 25, 35, 25),
                         ("L", "L", "R", "R", "R"),
                         subtitle="Bid No. 25-011 - Courthouse Annex HVAC Replacement - Opened April 10, "
                                  "2025, "
                                  "2:00 p.m."))
    pdf.ln(3)
    pdf.para("* Bidder did not price Alternate No. 1; total shown is base bid only. Bids verified by Curtis "
             "Langford, Public Works Director, and Anil Desai, Finance Director.", LEFT, h=5, size=9,
             style="I", align="L")
    spans["VIII.B"] = (first, pdf.page_no())

    first = start("VIII.C")
    pdf.add_page()
    _render_resolution(pdf, DRAFT_R12, LEFT)
    _render_signatures(pdf, LEFT)
    spans["VIII.C"] = (first, pdf.page_no())

    for path in ("VIII.D", "VIII.E"):
        first = start(path)
        spans[path] = (first, pdf.page_no())

    first = start("IX.1")
    spans["IX.1"] = (first, pdf.page_no())
    first = start("IX.2")
    spans["IX.2"] = (first, pdf.page_no())

    first = start("X.3")
    tables.append(_table(pdf, "EXHIBIT A - CALENDAR OF PUBLIC HEARINGS", HEARING_COLUMNS, HEARING_ROWS,
                         (75, 28, 22, 40), ("L", "L", "L", "L"),
                         subtitle="Fiscal Year 2026 Budget and 2025 Property Tax Millage Rate",
                         new_page=False, gap=10))
    spans["X.3"] = (first, pdf.page_no())

    first = start("X.4")
    pdf.add_page()
    _render_resolution(pdf, DRAFT_R14, LEFT)
    _render_signatures(pdf, LEFT)
    spans["X.4"] = (first, pdf.page_no())

    first = start("X.6")
    rows = [tuple(r[c] for c in ROAD_COLUMNS) for r in ROAD_ROWS]
    tables.append(_table(pdf, "EXHIBIT A - 2025 LMIG RESURFACING LIST", ROAD_COLUMNS, rows,
                         (10, 42, 39, 39, 15, 20), ("C", "L", "L", "L", "R", "R"),
                         subtitle="Oconee Ridge County Public Works Department"))
    pdf.ln(3)
    pdf.para(f"Total length: {LMIG_MILES} miles.    Total estimated cost: {LMIG_TOTAL}", LEFT, h=5, size=9.5,
             style="B", align="L")
    spans["X.6"] = (first, pdf.page_no())
    return spans, tables


def _page_ref(span: tuple[int, int]) -> str:
    return str(span[0]) if span[0] == span[1] else f"{span[0]} - {span[1]}"


def _render_pack(page_refs: dict[str, str]) -> tuple[CountyPDF, dict, list[dict]]:
    pdf = CountyPDF("Helvetica", "Oconee Ridge County Board of Commissioners",
                    "Agenda Packet - May 6, 2025 Regular Meeting", foot="Packet Page {n} of {{nb}}")
    pdf.set_title("Agenda Packet - Regular Meeting - May 6, 2025")
    pdf.add_page()
    pdf.ln(55)
    pdf.set_font("Helvetica", "B", 24)
    pdf.cell(0, 12, "OCONEE RIDGE COUNTY", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "BOARD OF COMMISSIONERS", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(12)
    pdf.set_font("Helvetica", "", 15)
    for line in ("REGULAR MEETING", "AGENDA PACKET", "", LONG_DATE, "6:00 P.M."):
        pdf.cell(0, 8, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(30)
    pdf.set_font("Helvetica", "", 10)
    for line in (ROOM, ADDRESS, f"Office of the County Clerk  |  {CLERK_PHONE}"):
        pdf.cell(0, 5.5, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    _render_agenda(pdf, page_refs)
    spans, tables = _render_attachments(pdf)
    return pdf, spans, tables


def _pack() -> tuple[CountyPDF, dict, list[dict]]:
    guess = {p: "00 - 00" for p in SUMMARIES}
    _, spans, _ = _render_pack(guess)
    refs = {p: _page_ref(s) for p, s in spans.items()}
    pdf, spans2, tables = _render_pack(refs)
    assert spans2 == spans, "packet page references moved between passes"
    return pdf, spans, tables


# ---------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------


def unanimous(decisions: int = 1) -> dict:
    return {"result": "carried", "counts": {"yes": 5, "no": 0, "abstain": 0}, "text": "Unanimous (5-0)",
            "decisions": decisions}


def carried(opposed: list[str] = (), abstained: list[str] = ()) -> dict:
    yes = len(VOTING) - len(opposed) - len(abstained)
    figures = f"{yes}-{len(opposed)}" + (f"-{len(abstained)}" if abstained else "")
    said = []
    if opposed:
        said.append(f"{joined(list(opposed))} opposed")
    if abstained:
        said.append(f"{joined(list(abstained))} abstained")
    voters = {}
    if opposed:
        voters["no"] = list(opposed)
    if abstained:
        voters["abstain"] = list(abstained)
    return {"result": "carried", "counts": {"yes": yes, "no": len(opposed), "abstain": len(abstained)},
            "text": f"Motion carried {figures} ({'; '.join(said)})", "voters": voters, "decisions": 1}


def motion(mover: str, text: str, second: str, vote: dict) -> dict:
    return {"t": "motion", "mover": mover, "text": text, "second": second, "vote": vote}


def prose(text: str, vote: dict) -> dict:
    return {"t": "prose", "text": text, "vote": vote}


def p(text: str) -> dict:
    return {"t": "p", "text": text}


FAILED_RZ = {
    "result": "lost", "counts": {"yes": 2, "no": 3, "abstain": 0, "absent": 1},
    "text": "Motion failed 2-3.",
    "voters": {"yes": ["Pruitt", "Tillery"], "no": ["Whitfield", "Ashworth", "Varnadoe"],
               "absent": ["Oakes"]},
    "decisions": 0,
}
FAILED_RZ["lines"] = [
    f"Voting For: {', '.join(who(s) for s in FAILED_RZ['voters']['yes'])}",
    f"Voting Against: {', '.join(who(s) for s in FAILED_RZ['voters']['no'])}",
    f"Absent: {', '.join(who(s) for s in FAILED_RZ['voters']['absent'])}",
]

CONSENT_LIST = [(i["number"], i["title"]) for i in AGENDA if i["parent"] == "VIII"]


def _sec(number, title, agenda_item, blocks, level=0):
    return {"number": number, "title": title, "agenda_item": agenda_item, "blocks": blocks, "level": level}


MINUTES = [
    _sec("I", "CALL TO ORDER", "I", [
        p("Chairman Whitfield called the regular meeting of the Oconee Ridge County Board of Commissioners "
          "to "
          "order at 6:00 p.m. and declared that a quorum was present. He noted that Commissioner Oakes had "
          "notified the County Clerk that he would be unable to attend because of a family matter."),
    ]),
    _sec("II", "INVOCATION", "II", [
        p("Reverend Everett Combs, pastor of Shiloh Grove Baptist Church, delivered the invocation."),
    ]),
    _sec("III", "PLEDGE OF ALLEGIANCE", "III", [
        p("Vice Chairman Pruitt led those assembled in the Pledge of Allegiance to the Flag of the United "
          "States of America."),
    ]),
    _sec("IV", "APPROVAL OF AGENDA", "IV", [
        p("County Manager Kimbrough advised that staff had no changes to the agenda as posted."),
        motion("Tillery", "moved to approve the agenda as presented.", "Varnadoe", unanimous()),
    ]),
    _sec("V", "APPROVAL OF MINUTES", "V", [
        prose("Upon motion by Commissioner Varnadoe, seconded by Commissioner Ashworth, the Board voted "
              "unanimously to approve the minutes of the April 15, 2025 Regular Meeting and Executive "
              "Session "
              "as submitted.",
              {"result": "carried", "counts": None, "decisions": 1}),
    ]),
    _sec("VI", "PUBLIC COMMENT", "VI", [
        p("The following persons signed in and addressed the Board:"),
        {"t": "indent", "text": "Gordon Haskell, 412 Persimmon Lane, spoke in opposition to Rezoning "
                                "Application "
                                "RZ-25-04, citing traffic on Bethany Church Road and crowding at Bethany "
                                "Elementary School."},
        {"t": "indent", "text": "Abigail Sutter, 88 Old Mill Road, asked the Board to consider paving the "
                                "remaining unpaved section of Old Mill Road and thanked Public Works crews "
                                "for "
                                "their recent ditch maintenance."},
        p("There being no other speakers, Chairman Whitfield closed Public Comment at 6:11 p.m."),
    ]),
    _sec("VII", "PRESENTATION: GDOT - STATE ROUTE 211 WIDENING PROJECT UPDATE", "VII", [
        p("Kendrick Olds, P.E., Project Manager with the Georgia Department of Transportation, presented an "
          "update on the State Route 211 widening project. He reported that right-of-way acquisition is "
          "approximately eighty percent complete and that the project is expected to be let for construction "
          "in the spring of 2026. In response to questions from Commissioner Varnadoe, Mr. Olds stated that "
          "a "
          "roundabout at Hollis Crossroads remains under study and that the Department would welcome a "
          "formal request from the Board regarding the speed limit. No action was taken."),
    ]),
    _sec("VIII", "CONSENT AGENDA", "VIII", [
        p("The following items were presented for approval on the Consent Agenda:"),
        {"t": "list", "items": CONSENT_LIST},
        motion("Pruitt", "moved to approve the Consent Agenda, Items A through E, as presented.", "Ashworth",
               unanimous(decisions=len(CONSENT_LIST))),
        p("Resolution 2025-R-12, a resolution authorizing the submission of a Hazard Mitigation Grant "
          "Program "
          "application to the Georgia Emergency Management and Homeland Security Agency for the Emergency "
          "Operations Center generator project, was adopted as part of the Consent Agenda."),
    ]),
    _sec("IX", "OLD BUSINESS", "IX", []),
    _sec("1", _agenda_item("IX.1")["title"], "1", [
        p("Public Works Director Langford reviewed the proposed amendments, which extend Saturday hours at "
          "the "
          "Bethany and Hollis convenience centers to 5:00 p.m., close all centers on three holidays, and "
          "increase the bulk item disposal fee from $10.00 to $15.00 per load. County Attorney Eberhart read "
          "the ordinance by title for its second reading. Commissioner Varnadoe stated that she could not "
          "support a fee increase without a discount for residents over sixty-five."),
        motion("Ashworth", "moved to adopt Ordinance 2025-O-03 on second reading as presented.", "Tillery",
               carried(opposed=["Varnadoe"])),
    ], level=1),
    _sec("2", _agenda_item("IX.2")["title"], "2", [
        p("Planning and Zoning Director Fuentes reminded the Board that the public hearing on this "
          "application "
          "was held on March 18, 2025 and that the item was tabled to allow the applicant to meet with "
          "neighboring property owners. She reported that the applicant has agreed to construct a left-turn "
          "lane on Bethany Church Road and to reduce the number of lots from 81 to 74. Chairman Whitfield "
          "stated his concern that the school system had not yet committed to additional classroom capacity "
          "in the Bethany attendance zone."),
        motion("Tillery", "moved to approve Rezoning Application RZ-25-04 with the three conditions "
               "recommended by the Planning Commission.", "Pruitt", FAILED_RZ),
        motion("Varnadoe", "moved to deny Rezoning Application RZ-25-04 without prejudice.", "Ashworth",
               carried(opposed=["Pruitt", "Tillery"])),
    ], level=1),
    _sec("X", "NEW BUSINESS", "X", []),
    _sec("3", _agenda_item("X.3")["title"], "3", [
        p("Finance Director Desai presented the proposed calendar, which schedules two public hearings on "
          "the "
          "Fiscal Year 2026 budget in June and three public hearings on the 2025 millage rate in July, and "
          "noted that the dates allow the required notices to be published in The Ridge County Ledger."),
        prose("Upon motion by Commissioner Tillery, seconded by Commissioner Ashworth, the Board voted "
              "unanimously (5-0) in favor, and Resolution 2025-R-13, a resolution establishing the calendar "
              "of "
              "public hearings for the Fiscal Year 2026 budget and the 2025 property tax millage rate, was "
              "adopted.",
              {"result": "carried", "counts": {"yes": 5, "no": 0, "abstain": 0}, "decisions": 1}),
    ], level=1),
    _sec("4", _agenda_item("X.4")["title"], "4", [
        p("Commissioner Varnadoe presented the resolution, noting the eleven crashes on this section of "
          "State "
          "Route 211 since 2023 and the comments received from parents at Hollis Crossroads Elementary "
          "School."),
        motion("Varnadoe", "moved to adopt Resolution 2025-R-14 as presented.", "Pruitt", unanimous()),
        p("The resolution, as adopted, reads as follows:"),
        {"t": "resolution", "res": R14},
    ], level=1),
    _sec("5", _agenda_item("X.5")["title"], "5", [
        p("County Manager Kimbrough explained that the agreement continues automatic aid between the Tallow "
          "Creek Fire Department and Oconee Ridge County Fire Rescue within the city limits and the "
          "adjoining "
          "fire district, with an annual county payment of $212,400.00, an increase of three percent over "
          "the "
          "current year."),
        motion("Pruitt", "moved to approve the Intergovernmental Agreement with the City of Tallow Creek for "
               "Fire Protection and Emergency Response Services for Fiscal Year 2026 and to authorize the "
               "Chairman to execute the agreement.", "Tillery", unanimous()),
    ], level=1),
    _sec("6", _agenda_item("X.6")["title"], "6", [
        p("Public Works Director Langford reported that nine bids were received and that Middle Georgia "
          "Paving "
          "Company, Inc. submitted the lowest responsive bid for the thirty-eight roads on the 2025 "
          "resurfacing list. Commissioner Ashworth stated that he could not support the list because only "
          "two "
          "of the roads are in District 1 and asked that future lists be based on the pavement condition "
          "survey."),
        motion("Tillery", f"moved to award the 2025 LMIG Road Resurfacing Program contract to Middle Georgia "
               f"Paving Company, Inc. in the amount of {LMIG_TOTAL} and to authorize the Chairman to execute "
               "the contract documents.", "Varnadoe", carried(opposed=["Ashworth"])),
    ], level=1),
    _sec("7", _agenda_item("X.7")["title"], "7", [
        p("County Clerk Mabry reported that three applications were received for the seat vacated by the "
          "resignation of a trustee: Delphine Rowe, Terrence Odom and Priya Natarajan."),
        prose("Upon motion by Commissioner Varnadoe, seconded by Vice Chairman Pruitt, the Board voted 5-0 "
              "to "
              "appoint Delphine Rowe to the Oconee Ridge County Library Board of Trustees for a term "
              "expiring "
              "June 30, 2028.",
              {"result": "carried", "counts": {"yes": 5, "no": 0, "abstain": 0}, "decisions": 1}),
    ], level=1),
    _sec("8", _agenda_item("X.8")["title"], "8", [
        p("County Manager Kimbrough presented the proposed amendment, which provides up to six weeks of paid "
          "parental leave to full-time employees with at least twelve months of service following the birth, "
          "adoption or foster placement of a child, at an estimated annual cost of $71,000.00. Commissioner "
          "Tillery announced that he would abstain because his daughter is employed by the County."),
        motion("Ashworth", "moved to adopt Resolution 2025-R-15 amending Section 7.4 of the Personnel "
               "Policy, "
               "effective July 1, 2025.", "Varnadoe", carried(abstained=["Tillery"])),
    ], level=1),
    _sec("XI", "COUNTY MANAGER'S REPORT", "XI", [
        p("County Manager Kimbrough reported that the Fiscal Year 2026 recommended budget will be delivered "
          "to "
          "the Board on May 16, 2025; that the Senior Center kitchen renovation is complete and meals "
          "resumed "
          "on April 28; that household hazardous waste day will be held on Saturday, May 17 at the Public "
          "Works yard; and that the County's insurance carrier has completed its annual safety inspection "
          "with no significant findings."),
    ]),
    _sec("XII", "COMMISSIONER COMMENTS", "XII", [
        p("Commissioner Ashworth thanked the Sheriff's Office for its response to the storm damage on "
          "Sawmill "
          "Road. Commissioner Varnadoe congratulated the Hollis Crossroads Elementary School robotics team "
          "on "
          "its state title. Commissioner Tillery reminded citizens that the Tallow Creek Farmers Market "
          "opens "
          "on May 10. Vice Chairman Pruitt thanked the staff for their work on the parental leave policy. "
          "Chairman Whitfield thanked the citizens who attended and spoke."),
    ]),
    _sec("XIII", "EXECUTIVE SESSION", "XIII", [
        motion("Ashworth", "moved to enter Executive Session at 7:58 p.m. to discuss pending litigation and "
               "the "
               "acquisition of real estate.", "Tillery", unanimous()),
        prose("Upon motion by Commissioner Varnadoe, seconded by Vice Chairman Pruitt, the Board voted "
              "unanimously (5-0) to close the Executive Session and reconvene in regular session at 8:36 "
              "p.m. "
              "Chairman Whitfield executed the affidavit required by O.C.G.A. \xa7 50-14-4, which is "
              "attached to "
              "and made a part of these minutes.",
              {"result": "carried", "counts": {"yes": 5, "no": 0, "abstain": 0}, "decisions": 1}),
    ]),
    _sec("XIV", "ACTION FOLLOWING EXECUTIVE SESSION", "XIV", [
        motion("Tillery", "moved to authorize the Chairman to execute a contract for the purchase of "
               "approximately 4.2 acres on Depot Street (Tax Parcel 22-114) for the expansion of the Public "
               "Works yard, at a price not to exceed $96,000.00, subject to a satisfactory title "
               "examination.",
               "Ashworth", unanimous()),
        p("No action was taken on the litigation matter."),
    ]),
    _sec("XV", "ADJOURNMENT", "XV", [
        prose("There being no further business to come before the Board, upon motion by Commissioner "
              "Varnadoe, "
              "seconded by Commissioner Ashworth, the Board voted unanimously to adjourn the meeting at "
              "8:41 p.m.",
              {"result": "carried", "counts": None, "decisions": 1}),
    ]),
]
END_TIME = "20:41"


def _render_label_block(pdf: CountyPDF, label: str, lines: list[str], x_label: float, x_text: float) -> None:
    y0 = pdf.get_y()
    pdf.set_font("Times", "B", 12)
    pdf.set_xy(x_label, y0)
    pdf.cell(x_text - x_label, 5.8, label)
    pdf.set_font("Times", "", 12)
    for i, line in enumerate(lines):
        if i:
            pdf.set_x(x_text)
        else:
            pdf.set_xy(x_text, y0)
        pdf.multi_cell(RIGHT_EDGE - x_text, 5.8, line, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.2)


def _minutes_pdf() -> CountyPDF:
    pdf = CountyPDF("Times", "Oconee Ridge County Board of Commissioners - Regular Meeting Minutes",
                    "May 6, 2025")
    pdf.set_title("Regular Meeting Minutes - May 6, 2025")
    pdf.add_page()
    pdf.set_font("Times", "B", 14)
    for line in ("OCONEE RIDGE COUNTY BOARD OF COMMISSIONERS", "REGULAR MEETING MINUTES"):
        pdf.cell(0, 7, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 6.5, "TUESDAY, MAY 6, 2025 - 6:00 P.M.", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.para("The Board of Commissioners of Oconee Ridge County, Georgia met in regular session on Tuesday, "
             f"May 6, 2025 in the {ROOM}, {ADDRESS.rsplit(' ', 1)[0]}. Notice of the meeting was posted at "
             "the "
             "Government Center and provided to The Ridge County Ledger, the legal organ of the County.",
             LEFT, h=5.8, size=12, after=4)
    x_text = LEFT + 42
    present = [f"{m['title']} {m['name']}, {m['seat']}" for m in MEMBERS if m["status"] == "present"]
    absent = [f"{m['title']} {m['name']}, {m['seat']}" for m in MEMBERS if m["status"] == "absent"]
    _render_label_block(pdf, "PRESENT:", present, LEFT, x_text)
    pdf.ln(1.5)
    _render_label_block(pdf, "ABSENT:", absent, LEFT, x_text)
    pdf.ln(1.5)
    _render_label_block(pdf, "STAFF PRESENT:", [f"{n}, {t}" for n, t in STAFF], LEFT, x_text)
    pdf.ln(1.5)
    _render_label_block(pdf, "ALSO PRESENT:", [f"{shown}, {role}" for _, shown, role in ALSO_PRESENT], LEFT,
                        x_text)
    pdf.ln(3)

    body_x = LEFT + 10
    for sec in MINUTES:
        top = sec["level"] == 0
        x_num = LEFT if top else LEFT + 10
        x_title = LEFT + 13 if top else LEFT + 18
        pdf.set_font("Times", "B", 12)
        n_lines = pdf.lines_for(sec["title"], RIGHT_EDGE - x_title)
        pdf.ln(2)
        pdf.ensure(n_lines * 5.8 + 18)
        y0 = pdf.get_y()
        pdf.set_x(x_num)
        pdf.cell(x_title - x_num, 5.8, f"{sec['number']}.")
        pdf.set_xy(x_title, y0)
        pdf.multi_cell(RIGHT_EDGE - x_title, 5.8, sec["title"], align="L", new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
        pdf.ln(3)
        text_x = body_x if top else LEFT + 18
        for block in sec["blocks"]:
            kind = block["t"]
            if kind == "p":
                pdf.para(block["text"], text_x, h=5.8, size=12, after=3)
            elif kind == "indent":
                pdf.para(block["text"], text_x + 8, h=5.8, size=12, after=2)
            elif kind == "prose":
                pdf.para(block["text"], text_x, h=5.8, size=12, after=3)
            elif kind == "list":
                pdf.set_font("Times", "", 12)
                for letter, title in block["items"]:
                    y1 = pdf.get_y()
                    pdf.set_x(text_x + 6)
                    pdf.cell(8, 5.8, f"{letter}.")
                    pdf.set_xy(text_x + 14, y1)
                    pdf.multi_cell(RIGHT_EDGE - text_x - 14, 5.8, title, align="L", new_x=XPos.LMARGIN,
                                   new_y=YPos.NEXT)
                    pdf.ln(1.2)
                pdf.ln(2)
            elif kind == "motion":
                vote = block["vote"]
                pdf.ensure(24)
                lx = text_x + 4
                tx = lx + 24
                _render_label_block(pdf, "MOTION:", [f"{who(block['mover'])} {block['text']}"], lx, tx)
                _render_label_block(pdf, "SECOND:", [who(block["second"])], lx, tx)
                _render_label_block(pdf, "VOTE:", [vote["text"]] + vote.get("lines", []), lx, tx)
                pdf.ln(2)
            elif kind == "resolution":
                pdf.ln(1)
                _render_resolution(pdf, block["res"], text_x + 4, size=11.5)
                pdf.ln(3)
                pdf.set_font("Times", "", 11.5)
                pdf.set_x(text_x + 4)
                pdf.multi_cell(RIGHT_EDGE - text_x - 4, 5.6,
                               "/s/ Harlan D. Whitfield, Chairman          Attest: /s/ Judith Mabry, County "
                               "Clerk",
                               align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(4)

    # signature lines
    pdf.ln(8)
    pdf.ensure(92)
    pdf.set_font("Times", "", 12)
    pdf.para("These minutes were approved by the Board of Commissioners on the ______ day of "
             "_______________, 2025.", LEFT, h=5.8, size=12, after=8)
    pdf.set_font("Times", "B", 12)
    pdf.set_x(LEFT + 85)
    pdf.cell(0, 6, "OCONEE RIDGE COUNTY", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(LEFT + 85)
    pdf.cell(0, 6, "BOARD OF COMMISSIONERS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font("Times", "", 12)
    pdf.set_x(LEFT + 85)
    pdf.cell(0, 6, "_________________________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(LEFT + 85)
    pdf.cell(0, 6, "Harlan D. Whitfield, Chairman", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_x(LEFT)
    pdf.cell(0, 6, "ATTEST:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_x(LEFT)
    pdf.cell(0, 6, "_________________________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(LEFT)
    pdf.cell(0, 6, "Judith Mabry, County Clerk", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # the presiding officer's affidavit, attached to the minutes
    pdf.add_page()
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 7, "AFFIDAVIT OF PRESIDING OFFICER", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 6, "CLOSED MEETING - O.C.G.A. \xa7 50-14-4(b)", align="C", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Times", "", 12)
    pdf.cell(0, 6, "STATE OF GEORGIA", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, "COUNTY OF OCONEE RIDGE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.para("Personally appeared before the undersigned officer, duly authorized to administer oaths, "
             "Harlan D. "
             "Whitfield, who, after first being duly sworn, deposes and states that he is the Chairman of "
             "the "
             "Board of Commissioners of Oconee Ridge County and presided over the executive session held on "
             "May 6, 2025, and that the subject matter of the closed portion of the meeting was devoted to "
             "the following matters within the exceptions provided by law:", LEFT, h=5.8, size=12, after=4)
    for mark, text in (("X", "Consultation with the county attorney or other legal counsel to discuss "
                             "pending or "
                             "potential litigation, O.C.G.A. \xa7 50-14-2(1)"),
                       ("X", "Discussion or voting on the future acquisition of real estate, O.C.G.A. "
                             "\xa7 50-14-3(b)(1)"),
                       ("  ", "Discussion or deliberation on the appointment, employment, compensation, "
                             "discipline or dismissal of a public officer or employee, O.C.G.A. "
                             "\xa7 50-14-3(b)(2)")):
        y1 = pdf.get_y()
        pdf.set_font("Times", "", 12)
        pdf.set_x(LEFT + 8)
        pdf.cell(10, 5.8, f"[{mark}]")
        pdf.set_xy(LEFT + 18, y1)
        pdf.multi_cell(RIGHT_EDGE - LEFT - 18, 5.8, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)
    pdf.ln(3)
    pdf.para("This 6th day of May, 2025.", LEFT, h=5.8, size=12, after=10)
    pdf.set_x(LEFT + 85)
    pdf.cell(0, 6, "_________________________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(LEFT + 85)
    pdf.cell(0, 6, "Harlan D. Whitfield, Presiding Officer", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_x(LEFT)
    pdf.cell(0, 6, "Sworn to and subscribed before me", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, "this 6th day of May, 2025.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.cell(0, 6, "_________________________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, "Notary Public", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, "My Commission Expires: ______________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return pdf


# ---------------------------------------------------------------------------------------------
# Files and gold
# ---------------------------------------------------------------------------------------------


def _name(kind: str) -> str:
    return f"{COUNCIL}_{BODY_SLUG}_{DATE}_{kind}.pdf"


FILES = {
    "agendas": _name("agenda"),
    "packs": _name("agenda-pack"),
    "minutes": _name("minutes"),
}


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    written = []
    for sub, pdf in (("agendas", _agenda_pdf()), ("packs", _pack()[0]), ("minutes", _minutes_pdf())):
        out = folder / sub
        out.mkdir(parents=True, exist_ok=True)
        path = out / FILES[sub]
        pdf.output(str(path))
        written.append(path)
    return written


MEETING = {"body": BODY, "date": DATE, "start_time": "18:00",
           "contact": {"name": "Judith Mabry", "phone": CLERK_PHONE}}


def _gold_agenda(spans: dict[str, tuple[int, int]] | None) -> list[dict]:
    items = []
    for item in AGENDA:
        rec = {"number": item["number"], "title": item["title"], "pages": None, "part": item["part"],
               "parent": item["parent"], "path": item["path"]}
        if spans is not None and item["path"] in spans:
            first, last = spans[item["path"]]
            rec["pages"] = {"first": first, "last": last}
        if item["presenter"]:
            rec["presenter"] = item["presenter"]
        if item["lines"]:
            rec["topics"] = list(item["lines"])
        items.append(rec)
    return items


AGENDA_NOTES = [
    "Top-level sections are numbered with Roman numerals and their sub-items with letters (Consent Agenda) "
    "or "
    "Arabic numerals (Old and New Business); each sub-item's parent is its section and path gives both "
    "levels.",
    "New Business continues the Old Business numbering (3 to 8), as printed, so no number repeats.",
    "The italic presenter line under an item is kept as presenter, not as part of the title.",
    "Italic procedural notes (Public Comment rules, the Consent Agenda statement, the first-reading and "
    "tabling "
    "notes) and the Executive Session's dashed topics are topics, not items.",
    "The Executive Session item (XIII) is the closed part of the meeting and is marked exempt; every other "
    "item is public.",
    "The roster box, ADA notice and posting line are not agenda items; the meeting contact is the County "
    "Clerk "
    "whose telephone number the ADA notice prints.",
]


def _gold_minutes() -> dict:
    items, votes, per_item = [], [], {}
    total = 0
    for sec in MINUTES:
        items.append({"number": sec["number"], "title": sec["title"], "agenda_item": sec["agenda_item"]})
        count = 0
        for block in sec["blocks"]:
            if block["t"] not in ("motion", "prose"):
                continue
            v = block["vote"]
            count += v["decisions"]
            rec = {"item": sec["number"], "result": v["result"],
                   "counts": dict(v["counts"]) if v["counts"] is not None else None}
            if v.get("voters"):
                rec["voters"] = {k: list(s) for k, s in v["voters"].items()}
            if block["t"] == "motion":
                rec["mover"] = BY_SURNAME[block["mover"]]["name"]
                rec["seconder"] = BY_SURNAME[block["second"]]["name"]
                rec["motion"] = block["text"]
                rec["result_as_printed"] = v["text"]
            votes.append(rec)
        if count:
            per_item[sec["number"]] = count
        total += count
    attendance = []
    for m in MEMBERS:
        role = m["title"] + (f", {m['seat']}" if m["seat"] else "")
        attendance.append({"name": m["name"], "status": m["status"], "role": role})
    for n, t in STAFF:
        attendance.append({"name": n, "status": "in_attendance", "role": t})
    for n, _, role in ALSO_PRESENT:
        attendance.append({"name": n, "status": "also_present", "role": role})
    # the prompt asked for carried motions; the gold format counts "Resolved" clauses
    return {"items": items, "motions_carried": total, "motions_carried_per_item": per_item, "votes": votes,
            "attendance": attendance}


MINUTES_NOTES = [
    "Integration note: the author counted each carried motion as a resolution, as the prompt asked; the gold format counts Resolved clauses, so the count is kept as motions_carried and resolutions are not scored here.",
    "Minute items are numbered as printed: Roman numerals for the sections, which follow the agenda, and the "
    "Arabic business item numbers 1 to 8 under Old and New Business.",
    "The lettered Consent Agenda list in the minutes is the content of one motion, not separate minute "
    "items.",
    "Resolutions count every decision the Board took: each motion carried and each resolution adopted, one "
    "decision per motion, with the failed rezoning motion not counted.",
    "The Consent Agenda motion counts as five decisions because it approves the five lettered items A to E; "
    "Resolution 2025-R-12 is one of them and is not counted again.",
    "Resolution 2025-R-14's printed WHEREAS and BE IT RESOLVED clauses are one adopted resolution, counted "
    "once "
    "with the motion that adopted it.",
    "The motions entering and leaving Executive Session and the adjournment motion are decisions and count.",
    "A vote recorded as 'voted unanimously' with no figures (minutes approval, adjournment) has counts null; "
    "'voted unanimously (5-0)' and 'voted 5-0' in prose give their figures.",
    "Where a VOTE line names only those opposed or abstaining, voters lists only those names; the failed "
    "rezoning vote names everyone for, against and absent, so its counts carry absent 1.",
    "Minute 2 records two votes, the failed motion to approve the rezoning and the carried motion to deny "
    "it.",
    "Where a vote prints two figures (4-1, 2-3) abstain is 0; the adjournment time 8:41 p.m. is the end "
    "time.",
    "The 4-0-1 vote on Resolution 2025-R-15 is yes 4, no 0, abstain 1 (Commissioner Tillery abstained).",
    "Attendance comes from the PRESENT, ABSENT, STAFF PRESENT and ALSO PRESENT blocks; the invocation "
    "speaker, "
    "public commenters and library applicants are named in the text but are not attendees.",
    "Commissioner Oakes is listed under ABSENT (he gave notice, but the minutes print him as absent, not as "
    "an "
    "apology).",
    "The executive session affidavit after the signature lines is an attachment; its checked boxes are not "
    "minute items.",
]


def gold() -> dict[str, dict]:
    _, spans, tables = _pack()
    out: dict[str, dict] = {}
    out[f"agendas__{Path(FILES['agendas']).stem}"] = {
        "file": f"generated/agendas/{FILES['agendas']}", "kind": "agenda", "country": "US",
        "notes": AGENDA_NOTES + ["The posted agenda prints no page numbers for items, so every item's pages "
                                 "is "
                                 "null."],
        "meeting": dict(MEETING), "agenda": _gold_agenda(None),
    }
    gold_tables = []
    for t in tables:
        rows = t["rows"]
        picks = sorted({0, len(rows) // 2, len(rows) - 1})
        gold_tables.append({
            "page": t["first"], "title": t["title"], "columns": list(t["columns"]), "row_count": len(rows),
            "pages": {"first": t["first"], "last": t["last"]},
            "rows": [{"index": i, "cells": dict(zip(t["columns"], rows[i]))} for i in picks],
        })
    out[f"packs__{Path(FILES['packs']).stem}"] = {
        "file": f"generated/packs/{FILES['packs']}", "kind": "pack", "country": "US",
        "notes": AGENDA_NOTES + [
            "Packet pages are the 'Packet Page X of Y' numbers, which equal the PDF page numbers (the cover "
            "is "
            "page 1).",
            "The agenda's Page column prints each attachment's full range (a single page prints one number); "
            "items with no attachment print no page and have pages null.",
            "The bid tabulation's fourth header prints on two lines and is joined with ' / '.",
            "The resurfacing list runs over a page break with its header repeated; the 38 rows are counted "
            "once, and the totals line under the table is not a row.",
            "The Agenda Item Summary forms and draft resolutions are attachments, not agenda items.",
        ],
        "meeting": dict(MEETING), "agenda": _gold_agenda(spans), "tables": gold_tables,
    }
    out[f"minutes__{Path(FILES['minutes']).stem}"] = {
        "file": f"generated/minutes/{FILES['minutes']}", "kind": "minutes", "country": "US",
        "notes": MINUTES_NOTES,
        "meeting": {"body": BODY, "date": DATE, "start_time": "18:00", "end_time": END_TIME},
        "minutes": _gold_minutes(),
    }
    return out

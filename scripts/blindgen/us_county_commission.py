"""Laurelton County, North Carolina (fictional): Board of Commissioners, regular meeting of
Monday, April 7, 2025, 6:00 p.m.

Two PDFs, printed the way a North Carolina county clerk to the board prints them:

* agendas/laurelton-county_board-of-commissioners_2025-04-07_agenda.pdf - the regular meeting
  agenda (three pages): a title block with the board and staff, numbered items (call to order,
  invocation and pledge, roll call, approval of agenda, public comment, a consent agenda with
  lettered items, public hearings, old and new business carrying resolution and ordinance
  numbers, reports, a closed session under N.C.G.S. 143-318.11, adjournment), the agenda
  packet page range of each item in a right-hand column, italic presenter/action lines, a
  running footer "Page X of Y" and the clerk's ADA and contact notice.
* minutes/laurelton-county_board-of-commissioners_2025-04-07_minutes.pdf - the minutes of the
  same meeting (seven pages): attendance block (commissioners present and absent, staff present,
  also present), unnumbered capitalised headings that follow the agenda, motions in the form
  "Commissioner X moved, seconded by Commissioner Y, to ...", votes as the clerk prints them
  (AYES / NAYS / ABSTAINING / ABSENT blocks, a called roll with Aye/Nay per name, and
  "carried unanimously (4-0)"), one motion that fails on a 2-2 tie, resolutions adopted by
  number, public comment and hearing speakers, a small ruled table of board appointments, the
  closed session motion, the adjournment time and the chairman's and clerk's signature block.

Everything (names, places, figures, case numbers) is invented.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

SLUG = "laurelton-county"
BODY_SLUG = "board-of-commissioners"
DATE = "2025-04-07"
COUNTY = "Laurelton County"
BODY = "Board of Commissioners"
LONG_DATE = "Monday, April 7, 2025"
PLACE = "Commissioners' Meeting Room, Laurelton County Government Center"
ADDRESS = "118 West Main Street, Marlow, North Carolina 28797"
CLERK = ("Janelle R. Boykin", "(828) 555-0142", "jboykin@laureltoncountync.gov")

AGENDA_NAME = f"{SLUG}_{BODY_SLUG}_{DATE}_agenda.pdf"
MINUTES_NAME = f"{SLUG}_{BODY_SLUG}_{DATE}_minutes.pdf"

# --------------------------------------------------------------------------------------------
# Agenda data: (number, title, pages or None, detail lines, sub-items)
# detail lines: ("presenter", text) | ("action", text) | ("note", text) | ("topic", text)
# --------------------------------------------------------------------------------------------

AGENDA: list[dict] = [
    {"n": "1", "t": "CALL TO ORDER", "p": None,
     "d": [("presenter", "Chairman Dwight A. Pruett")]},
    {"n": "2", "t": "INVOCATION AND PLEDGE OF ALLEGIANCE", "p": None,
     "d": [("presenter", "Reverend Thomas Gaither, Mount Zion A.M.E. Church")]},
    {"n": "3", "t": "ROLL CALL", "p": None,
     "d": [("presenter", "Janelle R. Boykin, Clerk to the Board")]},
    {"n": "4", "t": "APPROVAL OF AGENDA", "p": None,
     "d": [("action", "Approve the agenda as presented or as amended")]},
    {"n": "5", "t": "PUBLIC COMMENT", "p": None,
     "d": [("note", "Speakers are limited to three (3) minutes each and the comment period to "
                    "thirty (30) minutes. Comments on matters scheduled for public hearing will "
                    "be received during the hearing.")]},
    {"n": "6", "t": "CONSENT AGENDA", "p": None,
     "d": [("note", "All items listed under the Consent Agenda are considered routine and will "
                    "be enacted by one motion. Any Commissioner may request that an item be "
                    "removed for separate discussion and action.")],
     "s": [
         {"n": "A", "t": "Approval of Minutes: March 17, 2025 Regular Meeting and March 24, 2025 "
                         "Budget Work Session", "p": (4, 15), "d": []},
         {"n": "B", "t": "Tax Releases and Refunds for March 2025", "p": (16, 19), "d": []},
         {"n": "C", "t": "Budget Amendment No. 25-14: Sheriff's Office, Governor's Highway Safety "
                         "Program Grant ($38,400)", "p": (20, 21), "d": []},
         {"n": "D", "t": "Resolution No. 2025-21 Declaring Certain Property Surplus and "
                         "Authorizing Sale by Electronic Auction", "p": (22, 24), "d": []},
         {"n": "E", "t": "Resolution No. 2025-22 Proclaiming April 2025 as Child Abuse "
                         "Prevention Month in Laurelton County", "p": (25, 25), "d": []},
         {"n": "F", "t": "Award of Contract: Courthouse HVAC Controls Replacement to Piedmont "
                         "Mechanical Services, Inc. ($214,750)", "p": (26, 31), "d": []},
     ]},
    {"n": "7", "t": "PUBLIC HEARINGS", "p": None, "d": [],
     "s": [
         {"n": "A", "t": "Rezoning Case RZ-25-03: Request by Foxfire Land Partners, LLC to rezone "
                         "approximately 42.6 acres on Old Mill Road (PIN 7734-55-1208) from R-A "
                         "(Residential Agricultural) to R-15 (Single-Family Residential)",
          "p": (32, 58),
          "d": [("presenter", "Priya Raman, Planning Director"),
                ("action", "Conduct legislative hearing; approve or deny the request and adopt a "
                           "statement of consistency and reasonableness")]},
         {"n": "B", "t": "Ordinance No. 2025-04 Amending Chapter 14 (Solid Waste) of the "
                         "Laurelton County Code of Ordinances", "p": (59, 66),
          "d": [("presenter", "Theresa L. Vann, County Manager"),
                ("action", "Conduct hearing; adopt Ordinance No. 2025-04")]},
         {"n": "C", "t": "Community Development Block Grant Neighborhood Revitalization (CDBG-NR) "
                         "Project Closeout", "p": (67, 70),
          "d": [("presenter", "Owen Caudill, Finance Director"),
                ("action", "Receive public comment; no action required")]},
     ]},
    {"n": "8", "t": "OLD BUSINESS", "p": None, "d": [],
     "s": [
         {"n": "A", "t": "Resolution No. 2025-23 Approving the Laurelton County Capital "
                         "Improvement Plan, FY 2026-2030", "p": (71, 94),
          "d": [("note", "(Tabled at the March 17, 2025 Regular Meeting)"),
                ("presenter", "Owen Caudill, Finance Director"),
                ("action", "Remove from the table; adopt Resolution No. 2025-23")]},
     ]},
    {"n": "9", "t": "NEW BUSINESS", "p": None, "d": [],
     "s": [
         {"n": "A", "t": "Resolution No. 2025-24 Authorizing the Filing of an Application with "
                         "the Local Government Commission and Making Certain Findings for "
                         "Installment Financing of the Northside Elementary School Project, Not "
                         "to Exceed $18,500,000", "p": (95, 112),
          "d": [("presenter", "Owen Caudill, Finance Director"),
                ("action", "Adopt Resolution No. 2025-24 (roll call vote)")]},
         {"n": "B", "t": "Ordinance No. 2025-05 Establishing a Temporary Moratorium on the "
                         "Development of Battery Energy Storage Systems", "p": (113, 121),
          "d": [("presenter", "Priya Raman, Planning Director"),
                ("action", "Adopt Ordinance No. 2025-05")]},
         {"n": "C", "t": "Appointments to Boards and Committees", "p": (122, 130),
          "d": [("topic", "Board of Adjustment - one regular seat (District 2) and one alternate "
                          "seat"),
                ("topic", "Library Board of Trustees - one at-large seat"),
                ("presenter", "Janelle R. Boykin, Clerk to the Board")]},
         {"n": "D", "t": "Purchase of Replacement Tanker for Ellery Volunteer Fire Department and "
                         "Budget Amendment No. 25-15 ($412,000)", "p": (131, 136),
          "d": [("presenter", "Curtis Bledsoe, Fire Marshal"),
                ("action", "Approve purchase and adopt Budget Amendment No. 25-15")]},
     ]},
    {"n": "10", "t": "COUNTY MANAGER'S REPORT", "p": (137, 140),
     "d": [("presenter", "Theresa L. Vann, County Manager")]},
    {"n": "11", "t": "COUNTY ATTORNEY'S REPORT", "p": None,
     "d": [("presenter", "Marcus D. Feld, County Attorney")]},
    {"n": "12", "t": "COMMISSIONER REPORTS", "p": None, "d": []},
    {"n": "13", "t": "CLOSED SESSION", "p": None, "exempt": True,
     "d": [("note", "Pursuant to N.C.G.S. \u00a7 143-318.11(a)(3) to consult with the County "
                    "Attorney in order to preserve the attorney-client privilege, and N.C.G.S. "
                    "\u00a7 143-318.11(a)(5) to instruct staff concerning the position to be "
                    "taken in negotiating the acquisition of real property.")]},
    {"n": "14", "t": "ADJOURNMENT", "p": None, "d": []},
]

BOARD = [
    ("Dwight A. Pruett", "Chairman"),
    ("Sandra K. Oakes", "Vice Chair"),
    ("Reginald T. Hollis", "District 3"),
    ("Beverly Tran-Whitaker", "District 4"),
    ("Luis M. Carrasco", "At-Large"),
]
STAFF = [
    ("Theresa L. Vann", "County Manager"),
    ("Marcus D. Feld", "County Attorney"),
    ("Janelle R. Boykin", "Clerk to the Board"),
    ("Owen Caudill", "Finance Director"),
    ("Priya Raman", "Planning Director"),
    ("Curtis Bledsoe", "Fire Marshal"),
    ("Angela Whitt", "Deputy Clerk"),
]


def _pages_text(pages: tuple[int, int] | None) -> str:
    if pages is None:
        return ""
    first, last = pages
    return str(first) if first == last else f"{first} - {last}"


class _AgendaPDF(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(70, 70, 70)
        self.set_xy(18, 10)
        self.cell(0, 4, f"{COUNTY} {BODY} - Regular Meeting Agenda - April 7, 2025",
                  align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(120, 120, 120)
        self.line(18, 15, 192, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(19)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(70, 70, 70)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _agenda_item_height(pdf: FPDF, item: dict, indent: float) -> float:
    pdf.set_font("Helvetica", "B" if indent == 0 else "", 10)
    lines = pdf.multi_cell(128 - indent, 5, item["t"], dry_run=True, output="LINES")
    height = 5 * len(lines) + 1.5
    pdf.set_font("Helvetica", "I", 8.5)
    for _kind, text in item["d"]:
        height += 4 * len(pdf.multi_cell(120 - indent, 4, text, dry_run=True, output="LINES"))
    return height


def _render_agenda_item(pdf: FPDF, item: dict, indent: float) -> None:
    need = _agenda_item_height(pdf, item, indent)
    if indent == 0 and item.get("s"):
        need += _agenda_item_height(pdf, item["s"][0], 8)
    if pdf.get_y() + need > pdf.h - 22:
        pdf.add_page()
    y = pdf.get_y()
    x_num = 22 + indent
    x_title = 31 + indent
    pdf.set_font("Helvetica", "B" if indent == 0 else "", 10)
    pdf.set_xy(x_num, y)
    pdf.cell(9, 5, f"{item['n']}.")
    pdf.set_xy(x_title, y)
    pdf.multi_cell(128 - indent, 5, item["t"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    after = pdf.get_y()
    if item["p"] is not None:
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(166, y)
        pdf.cell(26, 5, _pages_text(item["p"]), align="R")
    pdf.set_y(after)
    pdf.set_font("Helvetica", "I", 8.5)
    for kind, text in item["d"]:
        label = {"presenter": "Presenter: ", "action": "Action Requested: "}.get(kind, "")
        pdf.set_x(x_title + 4)
        pdf.multi_cell(120 - indent, 4, label + text, align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5 if indent else 2.5)
    for sub in item.get("s", []):
        _render_agenda_item(pdf, sub, 8)
    if item.get("s"):
        pdf.ln(1.5)


def _build_agenda(path: Path) -> None:
    pdf = _AgendaPDF(format="Letter")
    pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title("Regular Meeting Agenda - April 7, 2025")
    pdf.set_author("Laurelton County Clerk to the Board")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    # title block
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, "LAURELTON COUNTY", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 7, "BOARD OF COMMISSIONERS", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "REGULAR MEETING AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, f"{LONG_DATE} - 6:00 P.M.", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 5, PLACE, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 5, ADDRESS, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.6)
    pdf.line(18, pdf.get_y(), 197.9, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(2)
    # board and staff, two columns
    y0 = pdf.get_y()
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_xy(18, y0)
    pdf.cell(85, 4, "COMMISSIONERS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 8.5)
    for name, role in BOARD:
        pdf.set_x(18)
        pdf.cell(85, 4, f"{name}, {role}" if role in ("Chairman", "Vice Chair")
                 else f"{name} ({role})", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    y1 = pdf.get_y()
    pdf.set_xy(118, y0)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.cell(80, 4, "STAFF", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 8.5)
    for name, role in STAFF[:3]:
        pdf.set_x(118)
        pdf.cell(80, 4, f"{name}, {role}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(max(y1, pdf.get_y()) + 2)
    pdf.line(18, pdf.get_y(), 197.9, pdf.get_y())
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_x(150)
    pdf.cell(42, 4, "PACKET PAGE(S)", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    for item in AGENDA:
        _render_agenda_item(pdf, item, 0)
    # closing notices
    notice = (
        "The Board of Commissioners meets in regular session on the first and third Mondays of "
        "each month at 6:00 p.m. Meetings are streamed live on the County's website and on "
        "Laurelton County Government TV (Spectrum Channel 192). The complete agenda packet is "
        "available for review in the Office of the Clerk to the Board and at "
        "www.laureltoncountync.gov/agendas.")
    ada = (
        "In accordance with the Americans with Disabilities Act, persons who need an "
        "accommodation to participate in this meeting should contact Janelle R. Boykin, Clerk to "
        f"the Board, at {CLERK[1]} or {CLERK[2]} at least 48 hours before the meeting.")
    pdf.set_font("Helvetica", "", 8.5)
    h = 4 * (len(pdf.multi_cell(174, 4, notice, dry_run=True, output="LINES"))
             + len(pdf.multi_cell(174, 4, ada, dry_run=True, output="LINES"))) + 22
    if pdf.get_y() + h > pdf.h - 22:
        pdf.add_page()
    pdf.ln(2)
    pdf.line(18, pdf.get_y(), 197.9, pdf.get_y())
    pdf.ln(2)
    pdf.multi_cell(0, 4, notice, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.multi_cell(0, 4, ada, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 4, "Posted: Thursday, April 3, 2025, 4:30 p.m.",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 4, "Janelle R. Boykin, NCCCC, Clerk to the Board",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------------
# Minutes data
# --------------------------------------------------------------------------------------------

PRESENT = [("Dwight A. Pruett", "Chairman", "Chairman"),
           ("Sandra K. Oakes", "Vice Chair", "Vice Chair"),
           ("Beverly Tran-Whitaker", "Commissioner", None),
           ("Luis M. Carrasco", "Commissioner", None)]
ABSENT = [("Reginald T. Hollis", "Commissioner", None)]
ALSO = [("Wade Honeycutt", "Sheriff Wade Honeycutt", "Sheriff"),
        ("Lorraine Batts", "Dr. Lorraine Batts, Superintendent, Laurelton County Schools",
         "Superintendent, Laurelton County Schools"),
        ("Kendra Lyle", "Kendra Lyle, The Marlow Courier", "The Marlow Courier")]

ALL_AYE = ["Carrasco", "Oakes", "Pruett", "Tran-Whitaker"]


def _u(motion: str) -> dict:
    """A motion the clerk records as carried unanimously (4-0)."""
    return {"kind": "unanimous", "motion": motion, "yes": 4, "no": 0, "abstain": 0,
            "result": "carried"}


def _blk(motion: str, ayes: list[str], nays: list[str], result_line: str, result: str,
         abstain: list[str] | None = None, abstain_label: str = "ABSTAINING") -> dict:
    return {"kind": "block", "motion": motion, "ayes": ayes, "nays": nays,
            "abstain_names": abstain or [], "abstain_label": abstain_label,
            "absent": ["Hollis"], "line": result_line, "result": result,
            "yes": len(ayes), "no": len(nays), "abstain": len(abstain or [])}


MINUTES: list[dict] = [
    {"h": "CALL TO ORDER", "a": "1", "b": [
        ("p", "Chairman Pruett called the meeting to order at 6:00 p.m. and welcomed those in "
              "attendance and those watching the livestream."),
    ]},
    {"h": "INVOCATION AND PLEDGE OF ALLEGIANCE", "a": "2", "b": [
        ("p", "Reverend Thomas Gaither of Mount Zion A.M.E. Church delivered the invocation. "
              "Sheriff Honeycutt led those present in the Pledge of Allegiance to the Flag."),
    ]},
    {"h": "ROLL CALL", "a": "3", "b": [
        ("p", "Clerk to the Board Janelle Boykin called the roll and announced that a quorum was "
              "present. Commissioner Hollis was absent. Chairman Pruett stated that Commissioner "
              "Hollis had notified the Clerk that he would be out of state on a family matter."),
    ]},
    {"h": "APPROVAL OF AGENDA", "a": "4", "b": [
        ("p", "County Manager Vann requested that an update on the Laurel Creek Greenway grant be "
              "added under the County Manager's Report. Vice Chair Oakes requested that Consent "
              "Agenda Item 6F, Award of Contract: Courthouse HVAC Controls Replacement, be removed "
              "from the Consent Agenda and considered separately."),
        ("vote", _blk("Vice Chair Oakes moved, seconded by Commissioner Carrasco, to approve the "
                      "agenda as amended.", ALL_AYE, [], "The motion carried 4-0.", "carried")),
    ]},
    {"h": "PUBLIC COMMENT", "a": "5", "b": [
        ("p", "Chairman Pruett opened the floor for public comment on matters not scheduled for "
              "public hearing. The following persons addressed the Board:"),
        ("list", [
            ("1.", "Ms. Harriet Dunmore, 412 Sycamore Lane, Marlow, spoke concerning speeding on "
                   "Burnt Ridge Road near the Pine Hollow subdivision and asked the Board to "
                   "request a speed study from the North Carolina Department of Transportation."),
            ("2.", "Mr. Calvin Rudd, 88 Tater Hill Road, Ellery, thanked the Fire Marshal's "
                   "Office and the Ellery Volunteer Fire Department for their response to a "
                   "structure fire on his property on March 2, 2025."),
            ("3.", "Ms. Yesenia Portillo, representing the Laurelton Literacy Council, invited "
                   "the Board and the public to the Council's spring book sale on April 26, 2025 "
                   "at the Marlow Public Library."),
        ]),
        ("p", "There being no other speakers, Chairman Pruett closed public comment at 6:14 p.m. "
              "Manager Vann stated that staff would forward Ms. Dunmore's request to NCDOT "
              "Division 14."),
    ]},
    {"h": "CONSENT AGENDA", "a": "6", "res": 2, "b": [
        ("vote", _u("Commissioner Tran-Whitaker moved, seconded by Vice Chair Oakes, to approve "
                    "the Consent Agenda as amended, consisting of the following items:")),
        ("list", [
            ("A.", "Approval of Minutes: March 17, 2025 Regular Meeting and March 24, 2025 Budget "
                   "Work Session"),
            ("B.", "Tax Releases and Refunds for March 2025 (releases totaling $4,812.37; refunds "
                   "totaling $1,206.55)"),
            ("C.", "Budget Amendment No. 25-14: Sheriff's Office, Governor's Highway Safety "
                   "Program Grant ($38,400)"),
            ("D.", "Resolution No. 2025-21 Declaring Certain Property Surplus and Authorizing Sale "
                   "by Electronic Auction"),
            ("E.", "Resolution No. 2025-22 Proclaiming April 2025 as Child Abuse Prevention Month "
                   "in Laurelton County"),
        ]),
        ("p", "The motion carried unanimously (4-0). Resolution No. 2025-21 and Resolution No. "
              "2025-22 were adopted and are recorded in Resolution Book 9."),
    ]},
    {"h": "CONSENT AGENDA ITEM 6F - AWARD OF CONTRACT, COURTHOUSE HVAC CONTROLS REPLACEMENT",
     "a": "6.F", "b": [
        ("p", "Finance Director Owen Caudill reported that three bids were received and opened on "
              "March 11, 2025 for replacement of the building automation and HVAC controls at the "
              "Laurelton County Courthouse. Piedmont Mechanical Services, Inc. of Hickory was the "
              "lowest responsive, responsible bidder at $214,750; the other bids were $229,400 and "
              "$251,980. Vice Chair Oakes asked about the warranty. Mr. Caudill stated that the "
              "contract includes a two-year parts and labor warranty and one year of remote "
              "monitoring."),
        ("p", "Commissioner Tran-Whitaker stated that her husband is employed by Piedmont "
              "Mechanical Services, Inc. and asked to be excused from voting pursuant to "
              "G.S. 153A-44."),
        ("vote", _u("Commissioner Carrasco moved, seconded by Vice Chair Oakes, to excuse "
                    "Commissioner Tran-Whitaker from voting on this item. The motion carried "
                    "unanimously (4-0).")),
        ("vote", _blk("Vice Chair Oakes moved, seconded by Commissioner Carrasco, to award the "
                      "contract for the Courthouse HVAC Controls Replacement to Piedmont "
                      "Mechanical Services, Inc. in the amount of $214,750 and to authorize the "
                      "County Manager to execute the contract.",
                      ["Carrasco", "Oakes", "Pruett"], [], "The motion carried 3-0.", "carried",
                      abstain=["Tran-Whitaker"])),
    ]},
    {"h": "PUBLIC HEARING - REZONING CASE RZ-25-03, FOXFIRE LAND PARTNERS, LLC", "a": "7.A",
     "b": [
        ("p", "Chairman Pruett opened the public hearing at 6:22 p.m. Planning Director Priya "
              "Raman presented the staff report. Foxfire Land Partners, LLC requests that "
              "approximately 42.6 acres on the north side of Old Mill Road (PIN 7734-55-1208) be "
              "rezoned from R-A (Residential Agricultural) to R-15 (Single-Family Residential). "
              "The property adjoins the Marlow town limits and is served by public water; sewer "
              "would be extended by the developer. Ms. Raman stated that the 2040 Comprehensive "
              "Land Use Plan designates the area as Suburban Residential and that the Planning "
              "Board recommended approval by a vote of 5 to 2 at its March 10, 2025 meeting."),
        ("p", "Mr. Gordon Ashby, attorney for the applicant, stated that the conceptual plan "
              "shows no more than 96 lots and a 50-foot undisturbed buffer along Little Laurel "
              "Creek. The following persons spoke in opposition: Ms. Dorothy Kimsey, 1906 Old "
              "Mill Road, who cited traffic and the narrow bridge at Little Laurel Creek; and "
              "Mr. Frank Oyler, 2011 Old Mill Road, who raised concerns about stormwater runoff. "
              "There being no further speakers, Chairman Pruett closed the public hearing at "
              "6:51 p.m."),
        ("p", "Commissioner Tran-Whitaker stated that she could not support the request until "
              "the bridge replacement on Old Mill Road is funded in the State Transportation "
              "Improvement Program."),
        ("vote", _blk("Commissioner Carrasco moved, seconded by Vice Chair Oakes, to approve "
                      "Rezoning Case RZ-25-03 and to adopt the Statement of Consistency and "
                      "Reasonableness finding the request consistent with the Laurelton County "
                      "2040 Comprehensive Land Use Plan and reasonable and in the public "
                      "interest.", ["Carrasco", "Oakes", "Pruett"], ["Tran-Whitaker"],
                      "The motion carried 3-1.", "carried")),
    ]},
    {"h": "PUBLIC HEARING - ORDINANCE NO. 2025-04, AMENDING CHAPTER 14 (SOLID WASTE) OF THE "
          "LAURELTON COUNTY CODE OF ORDINANCES", "a": "7.B", "b": [
        ("p", "Chairman Pruett opened the public hearing at 6:58 p.m. County Manager Vann "
              "explained that the amendments establish a disposal fee of $12.00 per ton for "
              "construction and demolition debris at the Ellery Transfer Station, require that "
              "all loads be covered or secured, and revise the operating hours of the six "
              "convenience centers. No one spoke, and Chairman Pruett closed the public hearing "
              "at 7:04 p.m."),
        ("vote", _u("Commissioner Tran-Whitaker moved, seconded by Commissioner Carrasco, to "
                    "adopt Ordinance No. 2025-04 Amending Chapter 14 (Solid Waste) of the "
                    "Laurelton County Code of Ordinances, effective July 1, 2025. The motion "
                    "carried unanimously (4-0).")),
    ]},
    {"h": "PUBLIC HEARING - COMMUNITY DEVELOPMENT BLOCK GRANT NEIGHBORHOOD REVITALIZATION "
          "PROJECT CLOSEOUT", "a": "7.C", "b": [
        ("p", "Chairman Pruett opened the public hearing at 7:05 p.m. Finance Director Caudill "
              "reported that CDBG-NR Grant No. 19-C-3390 in the amount of $750,000 funded the "
              "rehabilitation of eleven owner-occupied homes and the replacement of 1,900 feet of "
              "water line in the Piney Flats community, and that all grant funds have been "
              "expended and the project is ready for closeout. No one spoke, and Chairman Pruett "
              "closed the public hearing at 7:09 p.m. No action was required."),
    ]},
    {"h": "OLD BUSINESS - RESOLUTION NO. 2025-23, CAPITAL IMPROVEMENT PLAN FY 2026-2030",
     "a": "8.A", "res": 1, "b": [
        ("p", "At its March 17, 2025 meeting the Board tabled the proposed Capital Improvement "
              "Plan and asked staff to revise the timing of the Animal Services facility "
              "renovation. Finance Director Caudill presented the revised plan, which totals "
              "$64.2 million over five years and moves the Animal Services renovation from "
              "FY 2026 to FY 2027. The plan is a planning document only and does not appropriate "
              "funds."),
        ("vote", _u("Vice Chair Oakes moved, seconded by Commissioner Tran-Whitaker, to remove "
                    "the item from the table and to adopt Resolution No. 2025-23 Approving the "
                    "Laurelton County Capital Improvement Plan, FY 2026-2030. The motion carried "
                    "unanimously (4-0).")),
    ]},
    {"h": "NEW BUSINESS - RESOLUTION NO. 2025-24, INSTALLMENT FINANCING FOR THE NORTHSIDE "
          "ELEMENTARY SCHOOL PROJECT", "a": "9.A", "res": 1, "b": [
        ("p", "Finance Director Caudill explained that the resolution authorizes staff to file "
              "an application with the Local Government Commission for installment financing "
              "under G.S. 160A-20 in an amount not to exceed $18,500,000 for the construction of "
              "the new Northside Elementary School, makes the findings required by the "
              "Commission, and calls for a public hearing on the financing at the Board's May 5, "
              "2025 meeting. Estimated annual debt service is $1.42 million over twenty years."),
        ("p", "Superintendent Batts reviewed enrollment at the existing Northside and Cane Creek "
              "schools, both of which are operating above capacity with a combined eleven "
              "mobile classroom units. Commissioner Carrasco stated that he supports the project "
              "but would prefer to wait for the State's decision on the County's application to "
              "the Needs-Based Public School Capital Fund, expected in June."),
        ("roll", {"motion": "Vice Chair Oakes moved, seconded by Commissioner Tran-Whitaker, to "
                            "adopt Resolution No. 2025-24 Authorizing the Filing of an Application "
                            "with the Local Government Commission and Making Certain Findings for "
                            "Installment Financing of the Northside Elementary School Project, "
                            "Not to Exceed $18,500,000. Chairman Pruett requested a roll call "
                            "vote, and the Clerk called the roll:",
                  "calls": [("Commissioner Carrasco", "Carrasco", "Nay"),
                            ("Commissioner Hollis", "Hollis", "Absent"),
                            ("Vice Chair Oakes", "Oakes", "Aye"),
                            ("Chairman Pruett", "Pruett", "Aye"),
                            ("Commissioner Tran-Whitaker", "Tran-Whitaker", "Aye")],
                  "line": "The motion carried 3-1, and Resolution No. 2025-24 was adopted.",
                  "result": "carried"}),
    ]},
    {"h": "NEW BUSINESS - ORDINANCE NO. 2025-05, TEMPORARY MORATORIUM ON BATTERY ENERGY STORAGE "
          "SYSTEMS", "a": "9.B", "b": [
        ("p", "Planning Director Raman stated that the County has received inquiries about two "
              "utility-scale battery energy storage facilities and that the Unified Development "
              "Ordinance contains no standards for such uses. The proposed ordinance would "
              "establish a 180-day moratorium on the acceptance of applications while standards "
              "are drafted. Vice Chair Oakes stated that a moratorium was not necessary if the "
              "Planning Board could bring forward standards within sixty days. Chairman Pruett "
              "agreed and noted that no application is pending."),
        ("vote", _blk("Commissioner Carrasco moved, seconded by Commissioner Tran-Whitaker, to "
                      "adopt Ordinance No. 2025-05 Establishing a Temporary Moratorium on the "
                      "Development of Battery Energy Storage Systems.",
                      ["Carrasco", "Tran-Whitaker"], ["Oakes", "Pruett"],
                      "The motion failed on a 2-2 vote.", "lost")),
        ("vote", _u("Vice Chair Oakes moved, seconded by Chairman Pruett, to refer the matter to "
                    "the Planning Board with direction to prepare draft standards for battery "
                    "energy storage systems and to return them to the Board no later than its "
                    "June 2, 2025 meeting. The motion carried unanimously (4-0).")),
    ]},
    {"h": "NEW BUSINESS - APPOINTMENTS TO BOARDS AND COMMITTEES", "a": "9.C", "b": [
        ("p", "Clerk to the Board Boykin reported that seven applications were received for the "
              "three vacancies and that the applications were included in the agenda packet."),
        ("vote", _u("Commissioner Tran-Whitaker moved, seconded by Commissioner Carrasco, to make "
                    "the following appointments:")),
        ("table", {
            "title": "Appointments",
            "columns": ["Board / Committee", "Appointee", "Seat", "Term Expires"],
            "widths": [48, 38, 46, 28],
            "rows": [
                ["Board of Adjustment", "Raymond Pettit", "Regular Member (District 2)",
                 "June 30, 2028"],
                ["Board of Adjustment", "Lucinda Farrow", "Alternate Member", "June 30, 2027"],
                ["Library Board of Trustees", "Oren Whitlock", "At-Large", "June 30, 2028"],
            ]}),
        ("p", "The motion carried unanimously (4-0)."),
    ]},
    {"h": "NEW BUSINESS - PURCHASE OF REPLACEMENT TANKER, ELLERY VOLUNTEER FIRE DEPARTMENT",
     "a": "9.D", "b": [
        ("p", "Fire Marshal Curtis Bledsoe stated that the 1998 tanker assigned to Ellery "
              "Volunteer Fire Department failed its annual pump test in January and that repair "
              "costs exceed the value of the unit. He requested approval to purchase a 3,000-"
              "gallon tanker from Blue Ridge Emergency Apparatus, Inc. through the HGACBuy "
              "cooperative purchasing contract at a cost of $412,000, funded from the Fire "
              "Service District fund balance. Delivery is expected in approximately fourteen "
              "months."),
        ("vote", _blk("Commissioner Carrasco moved, seconded by Vice Chair Oakes, to approve the "
                      "purchase of the replacement tanker from Blue Ridge Emergency Apparatus, "
                      "Inc. in the amount of $412,000 and to adopt Budget Amendment No. 25-15.",
                      ALL_AYE, [], "The motion carried 4-0.", "carried")),
    ]},
    {"h": "COUNTY MANAGER'S REPORT", "a": "10", "b": [
        ("p", "Manager Vann reported the following:"),
        ("list", [
            ("(1)", "The Recommended Budget for FY 2025-2026 will be presented at the May 5, 2025 "
                    "meeting, with budget work sessions on May 12 and May 19."),
            ("(2)", "The County has been awarded $1,100,000 in federal Transportation "
                    "Alternatives funds through NCDOT for Phase II of the Laurel Creek Greenway; "
                    "the required local match of $275,000 is included in the Capital "
                    "Improvement Plan."),
            ("(3)", "The spring litter sweep will take place April 12 through April 26, 2025, and "
                    "volunteers may pick up supplies at the Solid Waste office."),
        ]),
    ]},
    {"h": "COUNTY ATTORNEY'S REPORT", "a": "11", "b": [
        ("p", "County Attorney Marcus Feld stated that he had no items for open session and that "
              "he would report on pending litigation in closed session."),
    ]},
    {"h": "COMMISSIONER REPORTS", "a": "12", "b": [
        ("p", "Commissioner Carrasco reported on the Western Piedmont Council of Governments "
              "meeting of March 26 and the regional housing needs study now under way."),
        ("p", "Commissioner Tran-Whitaker thanked the Parks and Recreation staff for the Easter "
              "egg hunt at Riverside Park, which drew more than 600 children."),
        ("p", "Vice Chair Oakes reminded the public that the Laurelton County Agricultural Fair "
              "Board is seeking volunteers for the September fair."),
        ("p", "Chairman Pruett congratulated the Marlow High School wrestling team on its 2A "
              "state championship."),
    ]},
    {"h": "CLOSED SESSION", "a": "13", "b": [
        ("vote", _u("At 8:12 p.m., Commissioner Tran-Whitaker moved, seconded by Commissioner "
                    "Carrasco, to enter closed session pursuant to G.S. 143-318.11(a)(3) to "
                    "consult with the County Attorney in order to preserve the attorney-client "
                    "privilege concerning the matter of Brushy Fork Holdings, LLC v. Laurelton "
                    "County, 24 CVS 611, and G.S. 143-318.11(a)(5) to instruct staff concerning "
                    "the position to be taken on behalf of the County in negotiating the price "
                    "and terms of a contract for the acquisition of real property located at "
                    "2240 Depot Street, Marlow (PIN 7741-20-6637). The motion carried "
                    "unanimously (4-0).")),
        ("p", "The Board returned to open session at 8:51 p.m. Chairman Pruett announced that no "
              "action was taken in closed session."),
    ]},
    {"h": "ADJOURNMENT", "a": "14", "b": [
        ("vote", _u("There being no further business, Vice Chair Oakes moved, seconded by "
                    "Commissioner Tran-Whitaker, to adjourn. The motion carried unanimously "
                    "(4-0), and the meeting adjourned at 8:53 p.m.")),
    ]},
]


class _MinutesPDF(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Times", "", 9)
        self.set_xy(25, 12)
        self.cell(83, 4, "Laurelton County Board of Commissioners")
        self.cell(83, 4, "Regular Meeting - April 7, 2025", align="R")
        self.line(25, 17, 191, 17)
        self.set_y(23)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Times", "", 9)
        self.cell(83, 4, "Minute Book 42", new_x=XPos.RIGHT)
        self.cell(83, 4, f"Page {self.page_no()} of {{nb}}", align="R")


def _para(pdf: FPDF, text: str, indent: float = 0) -> None:
    pdf.set_font("Times", "", 11)
    pdf.set_x(25 + indent)
    pdf.multi_cell(166 - indent, 5.2, text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2.2)


def _para_height(pdf: FPDF, text: str) -> float:
    pdf.set_font("Times", "", 11)
    return 5.2 * len(pdf.multi_cell(166, 5.2, text, dry_run=True, output="LINES")) + 2.2


def _keep(pdf: FPDF, height: float) -> None:
    if pdf.get_y() + height > pdf.h - 22:
        pdf.add_page()


def _render_vote_block(pdf: FPDF, vote: dict) -> None:
    rows = [("AYES:", ", ".join(vote["ayes"]) or "None"),
            ("NAYS:", ", ".join(vote["nays"]) or "None")]
    if vote["abstain_names"]:
        rows.append((f"{vote['abstain_label']}:",
                     ", ".join(vote["abstain_names"]) + " (excused, G.S. 153A-44)"))
    rows.append(("ABSENT:", ", ".join(vote["absent"])))
    _keep(pdf, 5 * len(rows) + 8)
    pdf.set_font("Times", "", 11)
    for label, names in rows:
        pdf.set_x(45)
        pdf.cell(32, 5, label)
        pdf.cell(100, 5, names, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    _para(pdf, vote["line"])


def _build_minutes(path: Path) -> None:
    pdf = _MinutesPDF(format="Letter")
    pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title("Minutes - Regular Meeting - April 7, 2025")
    pdf.set_author("Laurelton County Clerk to the Board")
    pdf.set_margins(25, 20, 24.9)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Times", "B", 13)
    for line in ("MINUTES", "LAURELTON COUNTY BOARD OF COMMISSIONERS", "REGULAR MEETING",
                 "APRIL 7, 2025"):
        pdf.cell(0, 6, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    _para(pdf, "The Laurelton County Board of Commissioners met in regular session on Monday, "
               "April 7, 2025, at 6:00 p.m. in the Commissioners' Meeting Room of the Laurelton "
               "County Government Center, 118 West Main Street, Marlow, North Carolina.")
    groups = [
        ("COMMISSIONERS PRESENT:", [f"{t} {n}" for n, t, _r in PRESENT]),
        ("COMMISSIONER ABSENT:", [f"{t} {n}" for n, t, _r in ABSENT]),
        ("STAFF PRESENT:", [f"{n}, {r}" for n, r in STAFF]),
        ("ALSO PRESENT:", [p for _n, p, _r in ALSO]),
    ]
    for label, names in groups:
        pdf.set_font("Times", "B", 11)
        pdf.set_x(25)
        pdf.cell(58, 5.2, label)
        pdf.set_font("Times", "", 11)
        for i, name in enumerate(names):
            if i:
                pdf.set_x(83)
            pdf.cell(108, 5.2, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    pdf.ln(2)
    for section in MINUTES:
        _keep(pdf, 24)
        pdf.set_font("Times", "B", 11)
        pdf.multi_cell(0, 5.2, section["h"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
        for kind, data in section["b"]:
            if kind == "p":
                _para(pdf, data)
            elif kind == "list":
                pdf.set_font("Times", "", 11)
                for label, text in data:
                    lines = pdf.multi_cell(148, 5.2, text, dry_run=True, output="LINES")
                    _keep(pdf, 5.2 * len(lines))
                    y = pdf.get_y()
                    pdf.set_xy(33, y)
                    pdf.cell(10, 5.2, label)
                    pdf.set_xy(43, y)
                    pdf.multi_cell(148, 5.2, text, align="L", new_x=XPos.LMARGIN,
                                   new_y=YPos.NEXT)
                    pdf.ln(1)
                pdf.ln(1.5)
            elif kind == "vote":
                if data["kind"] == "block":
                    rows = 4 if data["abstain_names"] else 3
                    _keep(pdf, _para_height(pdf, data["motion"]) + 5 * rows + 10)
                _para(pdf, data["motion"])
                if data["kind"] == "block":
                    _render_vote_block(pdf, data)
            elif kind == "roll":
                _keep(pdf, _para_height(pdf, data["motion"]) + 5 * len(data["calls"]) + 10)
                _para(pdf, data["motion"])
                pdf.set_font("Times", "", 11)
                for label, _s, call in data["calls"]:
                    pdf.set_x(45)
                    pdf.cell(62, 5, label)
                    pdf.cell(30, 5, call, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1.5)
                _para(pdf, data["line"])
            elif kind == "table":
                _keep(pdf, 7 * (len(data["rows"]) + 1) + 6)
                pdf.set_font("Times", "B", 10)
                pdf.set_x(28)
                for col, w in zip(data["columns"], data["widths"]):
                    pdf.cell(w, 7, col, border=1, align="C")
                pdf.ln(7)
                pdf.set_font("Times", "", 10)
                for row in data["rows"]:
                    pdf.set_x(28)
                    for cell, w in zip(row, data["widths"]):
                        pdf.cell(w, 7, cell, border=1)
                    pdf.ln(7)
                pdf.ln(3)
        pdf.ln(1.5)
    # signatures
    _keep(pdf, 48)
    pdf.ln(6)
    y = pdf.get_y()
    pdf.set_font("Times", "", 11)
    pdf.set_xy(25, y)
    pdf.cell(70, 5, "ATTEST:")
    pdf.set_xy(112, y)
    pdf.cell(70, 5, "LAURELTON COUNTY BOARD OF COMMISSIONERS")
    y += 18
    pdf.line(25, y, 95, y)
    pdf.line(112, y, 186, y)
    pdf.set_xy(25, y + 1)
    pdf.cell(70, 5, "Janelle R. Boykin, NCCCC")
    pdf.set_xy(112, y + 1)
    pdf.cell(70, 5, "Dwight A. Pruett")
    pdf.set_xy(25, y + 6)
    pdf.cell(70, 5, "Clerk to the Board")
    pdf.set_xy(112, y + 6)
    pdf.cell(70, 5, "Chairman")
    pdf.set_xy(25, y + 16)
    pdf.set_font("Times", "I", 10)
    pdf.cell(0, 5, "Approved by the Board of Commissioners: April 21, 2025")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / "agendas" / AGENDA_NAME
    minutes = folder / "minutes" / MINUTES_NAME
    _build_agenda(agenda)
    _build_minutes(minutes)
    return [agenda, minutes]


# --------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------

def _gold_item(item: dict, parent: str | None) -> dict:
    record: dict = {
        "number": item["n"],
        "title": item["t"],
        "pages": None if item["p"] is None else {"first": item["p"][0], "last": item["p"][1]},
        "part": "exempt" if item.get("exempt") else "public",
        "parent": parent,
        "path": item["n"] if parent is None else f"{parent}.{item['n']}",
    }
    presenters = [t for k, t in item["d"] if k == "presenter"]
    topics = [t for k, t in item["d"] if k in ("topic", "action")]
    notes = [t for k, t in item["d"] if k == "note"]
    if presenters:
        record["presenter"] = presenters[0]
    if topics:
        record["topics"] = topics
    if notes:
        record["note"] = notes[0]
    return record


def _agenda_gold() -> dict:
    items = []
    for item in AGENDA:
        items.append(_gold_item(item, None))
        for sub in item.get("s", []):
            items.append(_gold_item(sub, item["n"]))
    return {
        "file": f"generated/agendas/{AGENDA_NAME}",
        "kind": "agenda",
        "country": "US",
        "notes": [
            "Items are numbered 1-14 with lettered sub-items (A, B, ...) under 6, 7, 8 and 9; "
            "letters restart under each heading, so sub-items carry parent and path (e.g. 7.A).",
            "Pages are the agenda-packet page ranges printed in the right-hand PACKET PAGE(S) "
            "column; a single printed page gives first == last; items with nothing printed are "
            "null. The agenda PDF itself is 3 pages.",
            "Closed Session (item 13) is marked exempt: it is the part of the meeting held in "
            "closed session under N.C.G.S. 143-318.11; every other item is public.",
            "Italic lines under an item (Presenter:, Action Requested:, the board-appointment "
            "seat lines, the consent and public comment explanations, the closed-session "
            "statute text and '(Tabled at the March 17, 2025 Regular Meeting)') are not part "
            "of the title; they are kept as presenter, topics or note.",
            "The contact is the Clerk to the Board named in the ADA notice at the end.",
        ],
        "meeting": {
            "body": BODY,
            "date": DATE,
            "start_time": "18:00",
            "contact": {"name": CLERK[0], "phone": CLERK[1], "email": CLERK[2]},
        },
        "agenda": items,
    }


def _minutes_gold() -> dict:
    items = []
    votes = []
    per_item: dict[str, int] = {}
    for section in MINUTES:
        items.append({"number": None, "title": section["h"], "agenda_item": section["a"]})
        if section.get("res"):
            per_item[section["h"]] = section["res"]
        for kind, data in section["b"]:
            if kind == "vote":
                vote: dict = {"item": None, "item_title": section["h"],
                              "result": data["result"], "motion": data["motion"],
                              "counts": {"yes": data["yes"], "no": data["no"],
                                         "abstain": data["abstain"]}}
                if data["kind"] == "block":
                    vote["counts"]["absent"] = len(data["absent"])
                    vote["voters"] = {"yes": list(data["ayes"]), "no": list(data["nays"]),
                                      "abstain": list(data["abstain_names"]),
                                      "absent": list(data["absent"])}
                    vote["result_as_printed"] = data["line"]
                votes.append(vote)
            elif kind == "roll":
                calls = data["calls"]
                voters = {
                    "yes": [s for _l, s, c in calls if c == "Aye"],
                    "no": [s for _l, s, c in calls if c == "Nay"],
                    "abstain": [],
                    "absent": [s for _l, s, c in calls if c == "Absent"],
                }
                votes.append({
                    "item": None, "item_title": section["h"], "result": data["result"],
                    "motion": data["motion"],
                    "counts": {"yes": len(voters["yes"]), "no": len(voters["no"]), "abstain": 0,
                               "absent": len(voters["absent"])},
                    "voters": voters, "result_as_printed": data["line"],
                    "note": "Roll call vote, one line per member (Aye / Nay / Absent).",
                })
    attendance = []
    for name, _title, role in PRESENT:
        entry = {"name": name, "status": "present"}
        if role:
            entry["role"] = role
        attendance.append(entry)
    for name, _title, _role in ABSENT:
        attendance.append({"name": name, "status": "absent"})
    for name, role in STAFF:
        attendance.append({"name": name, "status": "in_attendance", "role": role})
    for name, _printed, role in ALSO:
        attendance.append({"name": name, "status": "also_present", "role": role})
    table = next(d for s in MINUTES for k, d in s["b"] if k == "table")
    return {
        "file": f"generated/minutes/{MINUTES_NAME}",
        "kind": "minutes",
        "country": "US",
        "notes": [
            "The minutes print no item numbers: each capitalised heading is an item with number "
            "null; agenda_item gives the agenda number it follows (6.F was pulled from the "
            "consent agenda and heard on its own).",
            "The lettered list under CONSENT AGENDA repeats the consent items inside the motion; "
            "it is not a set of separate minute items. Numbered lists under PUBLIC COMMENT and "
            "COUNTY MANAGER'S REPORT are not items either.",
            "resolutions counts the numbered resolutions adopted (2025-21 and 2025-22 on the "
            "consent agenda, 2025-23, 2025-24); the minutes print no 'resolved' clauses. "
            "Ordinances 2025-04 (adopted) and 2025-05 (failed), the budget amendments and the "
            "statement of consistency are not counted.",
            "Every motion with a recorded outcome is a vote, including the motion to excuse "
            "Commissioner Tran-Whitaker, the motion to enter closed session and adjournment.",
            "'Carried unanimously (4-0)' is counted 4-0-0 with no absent figure, as the clerk "
            "names no absentee on those lines; AYES/NAYS/ABSENT blocks and the roll call name "
            "Hollis as absent.",
            "Tran-Whitaker, excused under G.S. 153A-44 on the HVAC award and printed as "
            "ABSTAINING, is counted as an abstention (3-0-1).",
            "The Planning Board's 5 to 2 recommendation reported in the rezoning hearing is "
            "another body's vote and is not a vote of this meeting.",
            "Attendance is the block at the top: commissioners present/absent, staff present "
            "(in_attendance), also present; the invocation pastor, public speakers, the "
            "applicant's attorney and the appointees are named but not recorded as attending.",
            "The vote on the financing resolution is the called roll; Chairman Pruett is "
            "recorded by surname as Pruett throughout.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": "18:00", "end_time": "20:53"},
        "minutes": {
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
        "tables": [{
            "page": 5,
            "pages": {"first": 5, "last": 5},
            "title": table["title"],
            "columns": list(table["columns"]),
            "row_count": len(table["rows"]),
            "rows": [{"index": i, "cells": dict(zip(table["columns"], row))}
                     for i, row in enumerate(table["rows"])],
        }],
    }


def gold() -> dict[str, dict]:
    return {
        f"agendas__{AGENDA_NAME.removesuffix('.pdf')}": _agenda_gold(),
        f"minutes__{MINUTES_NAME.removesuffix('.pdf')}": _minutes_gold(),
    }

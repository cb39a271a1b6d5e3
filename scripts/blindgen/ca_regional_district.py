"""Kestrel Lakes Regional District (fictional), British Columbia: Regular Board Meeting of
Thursday, March 13, 2025.

Two PDFs, printed the way BC regional districts print their board papers:

* the agenda (4 pages): letterhead block, numbered sections in capitals with dotted sub-items
  (7.1, 7.1.1 ...), a right-hand "Pages" column giving each item's pages in the full agenda
  package, boxed italic "Recommendation" paragraphs under items, a closed-meeting section under
  section 90 of the Community Charter, a running header and a page number in the footer;
* the minutes of the same meeting (5 pages): attendance (Chair, Directors with their electoral
  area or municipality, an alternate director, a director attending electronically, regrets,
  an absent director, staff, delegation), numbered items mirroring the agenda, resolutions
  numbered KLRD-2025-nnn in a left margin column with MOVED / SECONDED, CARRIED / DEFEATED,
  "Opposed: Director X" lines, a weighted corporate vote with the directors' vote weights and
  totals, a recorded vote naming directors for and against, the resolution to close the meeting
  under section 90, rise and report, adjournment and the certification signature block.

Every name, place, bylaw, figure and e-mail address is invented.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

SLUG = "kestrel-lakes-rd"
BODY_SLUG = "board"
DATE = "2025-03-13"
RD_NAME = "KESTREL LAKES REGIONAL DISTRICT"
MEETING_LONG = "Thursday, March 13, 2025"
NL = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}
CREATED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)

CONTACT = {"name": "Jolene Pritchard", "phone": "250-555-0148",
           "email": "corporateservices@kestrellakesrd.ca"}

# ---------------------------------------------------------------------------------------------
# Agenda data: (number, title, pages, recommendation, presenter line, part)
# pages: None, (first, last); a single page is (n, n) and is printed as one figure.
# ---------------------------------------------------------------------------------------------

CLOSE_TEXT = ("THAT the meeting be closed to the public pursuant to sections 90(1)(e) and 90(1)(i) "
              "of the Community Charter for the Board to consider matters related to the "
              "acquisition of land and advice that is subject to solicitor-client privilege.")

AGENDA: list[dict] = [
    {"n": "1", "t": "CALL TO ORDER",
     "text": ("The Chair will acknowledge that the meeting is being held on the traditional "
              "territories of the First Nations whose lands the Kestrel Lakes region lies "
              "within.")},
    {"n": "2", "t": "APPROVAL OF THE AGENDA",
     "rec": "THAT the agenda for the March 13, 2025 Regular Board Meeting be approved."},
    {"n": "3", "t": "ADOPTION OF MINUTES"},
    {"n": "3.1", "t": "Regular Board Meeting - February 27, 2025", "p": (5, 13),
     "rec": "THAT the minutes of the Regular Board Meeting held February 27, 2025 be adopted."},
    {"n": "3.2", "t": "Committee of the Whole - March 4, 2025", "p": (14, 18),
     "rec": ("THAT the minutes of the Committee of the Whole meeting held March 4, 2025 be "
             "received.")},
    {"n": "4", "t": "DELEGATIONS"},
    {"n": "4.1", "t": "Kestrel Lakes Watershed Society - 2024 Water Quality Monitoring Results",
     "p": (19, 30),
     "who": "Marguerite Olsen, Executive Director, and Dev Kaur, Program Coordinator"},
    {"n": "5", "t": "CORRESPONDENCE"},
    {"n": "5.1", "t": "Ministry of Transportation and Transit - Highway 27 Passing Lane Program",
     "p": (31, 32), "rec": "THAT the correspondence be received for information."},
    {"n": "5.2", "t": ("Kestrel Lakes Chamber of Commerce - Request for Letter of Support, "
                       "Pelton Regional Airport Terminal Expansion"), "p": (33, 34),
     "rec": ("THAT the Board provide a letter of support to the Kestrel Lakes Chamber of Commerce "
             "for its application to the Regional Air Access Program.")},
    {"n": "6", "t": "UNFINISHED BUSINESS"},
    {"n": "6.1", "t": "Kestrel Lakes Regional Trail Network - Follow-up from February 27, 2025",
     "p": (35, 39),
     "rec": ("THAT staff be directed to negotiate a licence of occupation for the former rail "
             "corridor between Pelton and Osprey Bay.")},
    {"n": "7", "t": "REPORTS"},
    {"n": "7.1", "t": "Administration"},
    {"n": "7.1.1", "t": "2025 Board Strategic Priorities - First Quarter Progress Report",
     "p": (40, 47), "rec": "THAT the report be received for information."},
    {"n": "7.1.2", "t": "Bylaw Enforcement Policy BE-02 - Update", "p": (48, 50),
     "rec": "THAT the Board adopt Bylaw Enforcement Policy BE-02 as amended."},
    {"n": "7.2", "t": "Finance"},
    {"n": "7.2.1", "t": "2025-2029 Five-Year Financial Plan - Requisition Summary", "p": (51, 66),
     "rec": "THAT the report be received for information."},
    {"n": "7.2.2", "t": "Grant-in-Aid Applications - March 2025", "p": (67, 70),
     "rec": ("THAT grants-in-aid be approved as set out in the report dated "
             "March 5, 2025.")},
    {"n": "7.3", "t": "Planning and Development Services"},
    {"n": "7.3.1", "t": ("Development Variance Permit DVP-24-017 - 4418 Lakeshore Road, "
                         "Electoral Area B"), "p": (71, 84),
     "rec": ("THAT Development Variance Permit DVP-24-017 to reduce the front setback from "
             "7.5 m to 4.5 m for a single detached dwelling at 4418 Lakeshore Road be approved.")},
    {"n": "7.3.2", "t": "Electoral Area C Official Community Plan Review - Engagement Summary",
     "p": (85, 102), "rec": "THAT the report be received for information."},
    {"n": "7.4", "t": "Environmental Services"},
    {"n": "7.4.1", "t": "Curbside Organics Collection - Contract Award", "p": (103, 110),
     "rec": ("THAT the Board award the curbside organics collection contract to Cascade Ridge "
             "Disposal Ltd. in the amount of $2,184,600 (excluding GST) for a five-year term.")},
    {"n": "7.4.2", "t": "Community Wildfire Resiliency Plan - Electoral Areas A and D",
     "p": (111, 118),
     "rec": "THAT the Board endorse the Community Wildfire Resiliency Plan."},
    {"n": "8", "t": "BYLAWS"},
    {"n": "8.1", "t": "Five-Year Financial Plan Bylaw No. 1187, 2025", "p": (119, 128),
     "rec": ("THAT \"Kestrel Lakes Regional District Five-Year Financial Plan Bylaw No. 1187, "
             "2025\" be read a first, second and third time."),
     "vote_note": "(Weighted vote - all Directors)"},
    {"n": "8.2", "t": "Electoral Area B Zoning Amendment Bylaw No. 1179, 2024", "p": (129, 134),
     "rec": ("THAT \"Electoral Area B Zoning Amendment Bylaw No. 1179, 2024\" be adopted."),
     "vote_note": "(Unweighted vote - Electoral Area Directors)"},
    {"n": "9", "t": "NEW BUSINESS"},
    {"n": "9.1", "t": "Notice of Motion - Director Marchetti: Short-Term Rental Regulation",
     "p": (135, 135)},
    {"n": "10", "t": "DIRECTORS' REPORTS"},
    {"n": "11", "t": "PUBLIC QUESTION PERIOD"},
    {"n": "12", "t": "CLOSED MEETING", "rec": CLOSE_TEXT},
    {"n": "12.1", "t": "Land Matter - Electoral Area C (s. 90(1)(e))", "part": "exempt"},
    {"n": "12.2", "t": "Legal Advice - Solid Waste Service Agreement (s. 90(1)(i))",
     "part": "exempt"},
    {"n": "13", "t": "RISE AND REPORT"},
    {"n": "14", "t": "ADJOURNMENT"},
]


def _parent(number: str) -> str | None:
    return number.rsplit(".", 1)[0] if "." in number else None


def _level(number: str) -> int:
    return number.count(".")


# ---------------------------------------------------------------------------------------------
# Attendance
# ---------------------------------------------------------------------------------------------

# (name as printed, where, status, role, note printed)
DIRECTORS = [
    ("Darlene Whitcombe", "Electoral Area D", "present", "Chair", ""),
    ("Harjit Sandhu", "City of Pelton", "present", "Vice Chair", ""),
    ("Tomas Reinholt", "Electoral Area A", "present", "Director", ""),
    ("Ellen Marchetti", "Electoral Area B", "present", "Director", ""),
    ("Graham Oduya", "Electoral Area C", "virtual", "Director", "(participated electronically)"),
    ("Beverley Hollis", "Electoral Area F", "present", "Director", ""),
    ("Priya Lalonde", "City of Pelton", "present", "Director", ""),
    ("Kenji Takeda", "City of Pelton", "present", "Director", ""),
    ("Shauna McBride", "District of Osprey Bay", "present", "Director", ""),
    ("Robert Fenwick", "Village of Ashcroft Falls", "substitute", "Alternate Director",
     "(for Director Pereira)"),
]
REGRETS = [("Nadia Pereira", "Village of Ashcroft Falls")]
ABSENT = [("Colin Ashby", "Electoral Area E")]
STAFF = [
    ("Carmen Delacroix", "Chief Administrative Officer"),
    ("Wesley Tran", "Chief Financial Officer"),
    ("Anand Mehra", "Manager of Planning Services"),
    ("Fiona Gallagher", "Manager of Environmental Services"),
    ("Lucas Brandt", "Planner II"),
    ("Jolene Pritchard", "Corporate Officer (Recorder)"),
]
DELEGATION = [
    ("Marguerite Olsen", "Executive Director, Kestrel Lakes Watershed Society"),
    ("Dev Kaur", "Program Coordinator, Kestrel Lakes Watershed Society"),
]

# ---------------------------------------------------------------------------------------------
# Minutes data: a list of blocks
#   ("h", number, title)         numbered heading (level from the number)
#   ("p", text)                  paragraph
#   ("m", res_no, mover, seconder, text, result, extra lines)   motion
# ---------------------------------------------------------------------------------------------

WEIGHTED_FOR = [("Whitcombe", 2), ("Sandhu", 5), ("Lalonde", 5), ("Takeda", 5), ("McBride", 4),
                ("Fenwick", 1), ("Oduya", 2)]
WEIGHTED_AGAINST = [("Reinholt", 2), ("Marchetti", 1), ("Hollis", 1)]
RECORDED_FOR = ["Marchetti", "Hollis", "Oduya", "Reinholt"]
RECORDED_AGAINST = ["Whitcombe", "Sandhu", "Lalonde", "Takeda", "McBride", "Fenwick"]


def _weighted_lines() -> list[str]:
    yes = sum(w for _, w in WEIGHTED_FOR)
    no = sum(w for _, w in WEIGHTED_AGAINST)
    return [
        "Weighted Corporate Vote:",
        f"In Favour ({yes}): Directors " + ", ".join(f"{n} ({w})" for n, w in WEIGHTED_FOR),
        f"Opposed ({no}): Directors " + ", ".join(f"{n} ({w})" for n, w in WEIGHTED_AGAINST),
    ]


MINUTES: list[tuple] = [
    ("h", "1", "CALL TO ORDER"),
    ("p", "The Chair called the meeting to order at 1:30 p.m. and acknowledged that the meeting "
          "was being held on the traditional territories of the First Nations whose lands the "
          "Kestrel Lakes region lies within."),
    ("h", "2", "APPROVAL OF THE AGENDA"),
    ("m", "KLRD-2025-061", "Takeda", "McBride",
     "THAT the agenda for the March 13, 2025 Regular Board Meeting be approved as amended to add "
     "item 9.2, Letter of Concern - Osprey Bay Ferry Schedule.", "CARRIED", []),
    ("h", "3", "ADOPTION OF MINUTES"),
    ("h", "3.1", "Regular Board Meeting - February 27, 2025"),
    ("m", "KLRD-2025-062", "Lalonde", "Hollis",
     "THAT the minutes of the Regular Board Meeting held February 27, 2025 be adopted.",
     "CARRIED", []),
    ("h", "3.2", "Committee of the Whole - March 4, 2025"),
    ("m", "KLRD-2025-063", "Reinholt", "Sandhu",
     "THAT the minutes of the Committee of the Whole meeting held March 4, 2025 be received.",
     "CARRIED", []),
    ("h", "4", "DELEGATIONS"),
    ("h", "4.1", "Kestrel Lakes Watershed Society - 2024 Water Quality Monitoring Results"),
    ("p", "Marguerite Olsen, Executive Director, and Dev Kaur, Program Coordinator, presented the "
          "results of the Society's 2024 volunteer monitoring program on Kestrel, Tamlin and "
          "Upper Osprey Lakes. Total phosphorus at the Tamlin Lake outlet exceeded the provincial "
          "guideline on four of eleven sampling dates. Directors asked about septic system "
          "contributions along the north shore and about continued funding for the program."),
    ("p", "The Chair thanked the delegation for its presentation."),
    ("h", "5", "CORRESPONDENCE"),
    ("h", "5.1", "Ministry of Transportation and Transit - Highway 27 Passing Lane Program"),
    ("m", "KLRD-2025-064", "McBride", "Oduya",
     "THAT the correspondence from the Ministry of Transportation and Transit dated February 20, "
     "2025 regarding the Highway 27 Passing Lane Program be received for information.",
     "CARRIED", []),
    ("h", "5.2", "Kestrel Lakes Chamber of Commerce - Request for Letter of Support, Pelton "
                 "Regional Airport Terminal Expansion"),
    ("m", "KLRD-2025-065", "Sandhu", "Takeda",
     "THAT the Board provide a letter of support to the Kestrel Lakes Chamber of Commerce for its "
     "application to the Regional Air Access Program for the Pelton Regional Airport terminal "
     "expansion.", "CARRIED", ["Opposed: Director Reinholt"]),
    ("h", "6", "UNFINISHED BUSINESS"),
    ("h", "6.1", "Kestrel Lakes Regional Trail Network - Follow-up from February 27, 2025"),
    ("p", "The Chief Administrative Officer reviewed the options for securing tenure over the "
          "former rail corridor and noted that the Province had indicated a preference for a "
          "licence of occupation over a lease for the first term."),
    ("m", "KLRD-2025-066", "Hollis", "Marchetti",
     "THAT staff be directed to negotiate a licence of occupation with the Province for the "
     "former rail corridor between Pelton and Osprey Bay and report back to the Board with the "
     "proposed terms.", "CARRIED", []),
    ("h", "7", "REPORTS"),
    ("h", "7.1", "Administration"),
    ("h", "7.1.1", "2025 Board Strategic Priorities - First Quarter Progress Report"),
    ("m", "KLRD-2025-067", "Lalonde", "Whitcombe",
     "THAT the report titled \"2025 Board Strategic Priorities - First Quarter Progress Report\" "
     "be received for information.", "CARRIED", []),
    ("h", "7.1.2", "Bylaw Enforcement Policy BE-02 - Update"),
    ("p", "Director Marchetti asked that complaints about unsightly premises continue to be "
          "accepted anonymously. Staff confirmed the amended policy keeps complainant "
          "information confidential but requires a contact for follow-up."),
    ("m", "KLRD-2025-068", "Marchetti", "Fenwick",
     "THAT the Board adopt Bylaw Enforcement Policy BE-02 as amended and attached to the report "
     "dated March 4, 2025.", "CARRIED", []),
    ("h", "7.2", "Finance"),
    ("h", "7.2.1", "2025-2029 Five-Year Financial Plan - Requisition Summary"),
    ("p", "The Chief Financial Officer reported that the 2025 tax requisition totals $18,742,300, "
          "an increase of 4.6% over 2024, of which 1.9% is attributable to the new curbside "
          "organics service."),
    ("m", "KLRD-2025-069", "Sandhu", "Lalonde",
     "THAT the report titled \"2025-2029 Five-Year Financial Plan - Requisition Summary\" be "
     "received for information.", "CARRIED", []),
    ("h", "7.2.2", "Grant-in-Aid Applications - March 2025"),
    ("m", "KLRD-2025-070", "Hollis", "Reinholt",
     "THAT the following grants-in-aid be approved: Pelton Valley Fall Fair Society, $1,500 "
     "(Electoral Area A); Lakeshore Community Hall Association, $2,750 (Electoral Area B); "
     "Upper Osprey Volunteer Fire Brigade Society, $4,000 (Electoral Area F).", "CARRIED", []),
    ("h", "7.3", "Planning and Development Services"),
    ("h", "7.3.1", "Development Variance Permit DVP-24-017 - 4418 Lakeshore Road, Electoral "
                   "Area B"),
    ("p", "Lucas Brandt, Planner II, summarized the application. Two written submissions were "
          "received from neighbouring owners, one in support and one opposed on the basis of "
          "views from the lake."),
    ("m", "KLRD-2025-071", "Marchetti", "McBride",
     "THAT Development Variance Permit DVP-24-017 to reduce the front setback from 7.5 m to 4.5 m "
     "for a single detached dwelling at 4418 Lakeshore Road, Electoral Area B, be approved "
     "subject to the conditions in Schedule A of the report.", "CARRIED",
     ["Opposed: Directors Hollis and Oduya"]),
    ("h", "7.3.2", "Electoral Area C Official Community Plan Review - Engagement Summary"),
    ("m", "KLRD-2025-072", "Oduya", "Hollis",
     "THAT the report titled \"Electoral Area C Official Community Plan Review - Engagement "
     "Summary\" be received for information.", "CARRIED", []),
    ("h", "7.4", "Environmental Services"),
    ("h", "7.4.1", "Curbside Organics Collection - Contract Award"),
    ("m", "KLRD-2025-073", "Takeda", "Lalonde",
     "THAT the Board award the curbside organics collection contract to Cascade Ridge Disposal "
     "Ltd. in the amount of $2,184,600 (excluding GST) for a five-year term commencing "
     "July 1, 2025;", "", []),
    ("c", "AND THAT the Chair and Corporate Officer be authorized to execute the contract.",
     "CARRIED UNANIMOUSLY"),
    ("h", "7.4.2", "Community Wildfire Resiliency Plan - Electoral Areas A and D"),
    ("m", "KLRD-2025-074", "Reinholt", "Whitcombe",
     "THAT the Board endorse the Community Wildfire Resiliency Plan for Electoral Areas A and D "
     "and direct staff to apply to the Community Resiliency Investment program for "
     "implementation funding.", "CARRIED", []),
    ("h", "8", "BYLAWS"),
    ("h", "8.1", "Five-Year Financial Plan Bylaw No. 1187, 2025"),
    ("m", "KLRD-2025-075", "Sandhu", "McBride",
     "THAT \"Kestrel Lakes Regional District Five-Year Financial Plan Bylaw No. 1187, 2025\" be "
     "read a first, second and third time.", "CARRIED", _weighted_lines()),
    ("h", "8.2", "Electoral Area B Zoning Amendment Bylaw No. 1179, 2024"),
    ("m", "KLRD-2025-076", "Marchetti", "Reinholt",
     "THAT \"Electoral Area B Zoning Amendment Bylaw No. 1179, 2024\" be adopted.", "CARRIED",
     []),
    ("h", "9", "NEW BUSINESS"),
    ("h", "9.1", "Notice of Motion - Director Marchetti: Short-Term Rental Regulation"),
    ("p", "Pursuant to notice given at the February 27, 2025 meeting, Director Marchetti "
          "introduced the following motion:"),
    ("m", None, "Marchetti", "Hollis",
     "THAT staff be directed to prepare a report on options for regulating short-term rental "
     "accommodation in the electoral areas, including a business licence service.", "DEFEATED",
     ["A recorded vote was requested.",
      "In Favour: Directors " + ", ".join(RECORDED_FOR),
      "Opposed: Directors " + ", ".join(RECORDED_AGAINST)]),
    ("h", "9.2", "Letter of Concern - Osprey Bay Ferry Schedule"),
    ("m", "KLRD-2025-077", "McBride", "Takeda",
     "THAT the Chair write to the Osprey Bay Ferry Corporation expressing the Board's concern "
     "about the reduction of the winter sailing schedule.", "CARRIED", []),
    ("h", "10", "DIRECTORS' REPORTS"),
    ("p", "Director Hollis reported on the Upper Osprey community wildfire workshop. Director "
          "Takeda reported on the City of Pelton downtown revitalization open house."),
    ("h", "11", "PUBLIC QUESTION PERIOD"),
    ("p", "A resident of Electoral Area B asked when the zoning amendment adopted under item 8.2 "
          "takes effect. Staff advised that it is in effect upon adoption."),
    ("h", "12", "CLOSED MEETING"),
    ("m", "KLRD-2025-078", "Lalonde", "Fenwick", CLOSE_TEXT, "CARRIED", []),
    ("p", "The open meeting recessed at 3:47 p.m. and reconvened at 4:36 p.m."),
    ("h", "13", "RISE AND REPORT"),
    ("p", "The Chair reported that in the closed meeting the Board authorized staff to proceed "
          "with the acquisition of a parcel in Electoral Area C for the Tamlin Lake water system "
          "reservoir, the details to be released on completion of the transaction."),
    ("h", "14", "ADJOURNMENT"),
    ("m", "KLRD-2025-079", "Reinholt", "", "THAT the meeting be adjourned.", "CARRIED", []),
    ("p", "The meeting adjourned at 4:41 p.m."),
]

# ---------------------------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------------------------


class _AgendaPDF(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(0, 4, "Kestrel Lakes Regional District", align="L")
        self.set_xy(20, 10)
        self.cell(0, 4, "Regular Board Meeting Agenda - March 13, 2025", align="R")
        self.set_draw_color(150, 150, 150)
        self.line(20, 15, 190, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


class _MinutesPDF(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 8)
        self.set_xy(20, 10)
        self.cell(0, 4, "Kestrel Lakes Regional District", align="L")
        self.set_xy(20, 10)
        self.cell(0, 4, "Minutes - Regular Board Meeting - March 13, 2025", align="R")
        self.line(20, 15, 190, 15)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def _new(cls: type[FPDF]) -> FPDF:
    pdf = cls(format="letter", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(False, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def _ensure(pdf: FPDF, height: float) -> None:
    if pdf.get_y() + height > pdf.h - 24:
        pdf.add_page()


def _lines(pdf: FPDF, width: float, text: str) -> int:
    return len(pdf.multi_cell(width, 5, text, dry_run=True, output="LINES"))


def _pages_text(pages: tuple[int, int] | None) -> str:
    if not pages:
        return ""
    first, last = pages
    return str(first) if first == last else f"{first} - {last}"


# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------


def _render_agenda(path: Path) -> None:
    pdf = _new(_AgendaPDF)
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, RD_NAME, align="C", **NL)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "REGULAR BOARD MEETING", align="C", **NL)
    pdf.cell(0, 6, "AGENDA", align="C", **NL)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    for line in (f"{MEETING_LONG}, 1:30 p.m.",
                 "Board Room, Regional District Office, 2150 Ridgeway Avenue, Pelton, BC",
                 "and by electronic means"):
        pdf.cell(0, 5, line, align="C", **NL)
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 8)
    pdf.multi_cell(0, 4, (f"Agenda enquiries: {CONTACT['name']}, Corporate Officer - "
                          f"{CONTACT['phone']} - {CONTACT['email']}"), align="C",
                   **NL)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.5)
    pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "Pages", align="R", **NL)
    pdf.ln(1)

    pages_w = 22
    for item in AGENDA:
        level = _level(item["n"])
        num_x = 20 + (0, 10, 22)[level]
        num_w = (10, 12, 15)[level]
        title_x = num_x + num_w
        title_w = 190 - pages_w - title_x
        top = level == 0
        if top:
            style = "B"
        elif level == 1 and item["n"].startswith("7."):
            style = "BU"
        else:
            style = ""
        pdf.set_font("Helvetica", style, 10)
        n_lines = _lines(pdf, title_w, item["t"])
        need = n_lines * 5 + 2
        rec = item.get("rec")
        if rec:
            pdf.set_font("Helvetica", "I", 9)
            need += _lines(pdf, title_w - 6, "Recommendation: " + rec) * 4.5 + 6
        if top and not rec and not item.get("text"):
            need += 12  # keep a section heading with its first item
        _ensure(pdf, need + (6 if top else 0))
        if top:
            pdf.ln(2)
        y = pdf.get_y()
        pdf.set_font("Helvetica", style, 10)
        pdf.set_font("Helvetica", style.replace("U", ""), 10)
        pdf.set_xy(num_x, y)
        pdf.cell(num_w, 5, item["n"] + ("." if top else ""))
        pdf.set_font("Helvetica", style, 10)
        pdf.set_xy(title_x, y)
        pdf.multi_cell(title_w, 5, item["t"], align="L", **NL)
        after = pdf.get_y()
        if item.get("p"):
            pdf.set_font("Helvetica", "", 10)
            pdf.set_xy(190 - pages_w, y)
            pdf.cell(pages_w, 5, _pages_text(item["p"]), align="R")
        pdf.set_y(after)
        if item.get("who"):
            pdf.set_font("Helvetica", "", 9)
            pdf.set_x(title_x)
            pdf.multi_cell(title_w, 4.5, item["who"], align="L", **NL)
        if item.get("text"):
            pdf.set_font("Helvetica", "", 9)
            pdf.set_x(title_x)
            pdf.multi_cell(title_w, 4.5, item["text"], align="L", **NL)
        if rec:
            pdf.ln(1.5)
            box_x = title_x
            box_w = title_w
            pdf.set_font("Helvetica", "I", 9)
            body = "**Recommendation:** " + rec
            if item.get("vote_note"):
                body += "\n" + item["vote_note"]
            text_lines = pdf.multi_cell(box_w - 6, 4.5, body, dry_run=True, output="LINES",
                                        markdown=True, align="L")
            box_h = len(text_lines) * 4.5 + 3
            top_y = pdf.get_y()
            pdf.set_fill_color(238, 238, 238)
            pdf.rect(box_x, top_y, box_w, box_h, style="DF")
            pdf.set_xy(box_x + 3, top_y + 1.5)
            pdf.multi_cell(box_w - 6, 4.5, body, markdown=True, align="L")
            pdf.set_y(top_y + box_h + 1.5)
        pdf.ln(1)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------

LEFT_COL = 38  # mm from the left margin where the body text starts


def _render_attendance(pdf: FPDF) -> None:
    def label(text: str) -> None:
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_x(20)
        pdf.cell(LEFT_COL, 5, text)

    def row(name: str, where: str, y_label: str | None = None) -> None:
        if y_label is not None:
            label(y_label)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_x(20 + LEFT_COL)
        pdf.cell(62, 5, name)
        pdf.multi_cell(190 - pdf.get_x(), 5, where, align="L", **NL)

    first = True
    for name, where, status, role, note in DIRECTORS:
        shown = f"{role} {name}"
        where_shown = where + (f" {note}" if note else "")
        row(shown, where_shown, "PRESENT:" if first else "")
        first = False
    pdf.ln(2)
    for i, (name, where) in enumerate(REGRETS):
        row(f"Director {name}", where, "REGRETS:" if i == 0 else "")
    pdf.ln(2)
    for i, (name, where) in enumerate(ABSENT):
        row(f"Director {name}", where, "ABSENT:" if i == 0 else "")
    pdf.ln(2)
    for i, (name, title) in enumerate(STAFF):
        row(name, title, "STAFF:" if i == 0 else "")
    pdf.ln(2)
    for i, (name, title) in enumerate(DELEGATION):
        row(name, title, "DELEGATION:" if i == 0 else "")
    pdf.ln(2)
    label("ALSO PRESENT:")
    pdf.set_font("Helvetica", "", 10)
    pdf.set_x(20 + LEFT_COL)
    pdf.cell(0, 5, "Members of the public and media", **NL)
    pdf.ln(3)


def _body(pdf: FPDF, text: str, style: str = "", size: float = 10) -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(20 + LEFT_COL)
    pdf.multi_cell(190 - 20 - LEFT_COL, 5, text, align="L", **NL)


def _render_minutes(path: Path) -> None:
    pdf = _new(_MinutesPDF)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, RD_NAME, align="C", **NL)
    pdf.set_font("Helvetica", "", 10)
    pdf.ln(2)
    pdf.multi_cell(0, 5, ("MINUTES of the Regular Meeting of the Board of Directors of the Kestrel "
                          "Lakes Regional District held on Thursday, March 13, 2025 at 1:30 p.m. "
                          "in the Board Room, 2150 Ridgeway Avenue, Pelton, BC and by electronic "
                          "means."), align="C", **NL)
    pdf.ln(4)
    _render_attendance(pdf)

    width = 190 - 20 - LEFT_COL
    for block in MINUTES:
        kind = block[0]
        if kind == "h":
            _, number, title = block
            level = _level(number)
            pdf.set_font("Helvetica", "B", 10)
            n_lines = _lines(pdf, 170 - 14, title)
            _ensure(pdf, n_lines * 5 + (36 if level == 0 else 24))
            pdf.ln(3 if level == 0 else 1.5)
            y = pdf.get_y()
            if level == 0:
                pdf.set_xy(20, y)
                pdf.cell(10, 5, number + ".")
                pdf.set_xy(30, y)
                pdf.multi_cell(160, 5, title.upper(), align="L", **NL)
            else:
                x = 20 + LEFT_COL
                pdf.set_xy(x, y)
                pdf.set_font("Helvetica", "B", 10)
                pdf.cell(14, 5, number)
                pdf.set_xy(x + 14, y)
                pdf.set_font("Helvetica", "BU" if level == 1 and number.startswith("7.") else "B",
                             10)
                pdf.multi_cell(width - 14, 5, title, align="L", **NL)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            _ensure(pdf, _lines(pdf, width, block[1]) * 5 + 2)
            _body(pdf, block[1])
            pdf.ln(1.5)
        elif kind == "c":
            _, text, result = block
            pdf.set_font("Helvetica", "", 10)
            _ensure(pdf, _lines(pdf, width, text) * 5 + 8)
            _body(pdf, text)
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 5, result, align="R", **NL)
            pdf.ln(2)
        else:
            _, res_no, mover, seconder, text, result, extra = block
            pdf.set_font("Helvetica", "", 10)
            need = 5 + _lines(pdf, width, text) * 5 + (6 if result else 0) + len(extra) * 6
            _ensure(pdf, need)
            y = pdf.get_y()
            if res_no:
                pdf.set_font("Helvetica", "B", 9)
                pdf.set_xy(20, y)
                pdf.cell(LEFT_COL, 5, res_no)
            pdf.set_xy(20 + LEFT_COL, y)
            moved = f"MOVED Director {mover},"
            if seconder:
                moved += f" SECONDED Director {seconder},"
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(width, 5, moved, **NL)
            _body(pdf, text)
            if not result:
                pdf.ln(1)
                continue
            pdf.ln(1)
            if extra and not extra[0].startswith("Opposed"):
                for line in extra:
                    style = "B" if line.endswith(":") else ""
                    pdf.set_font("Helvetica", style, 9.5)
                    pdf.set_x(20 + LEFT_COL + 6)
                    pdf.multi_cell(width - 6, 5, line, align="L", **NL)
                pdf.ln(1)
                extra = []
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 5, result, align="R", **NL)
            for line in extra:
                pdf.set_font("Helvetica", "", 10)
                pdf.cell(0, 5, line, align="R", **NL)
            pdf.ln(2)

    # certification
    _ensure(pdf, 50)
    pdf.ln(10)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "CERTIFIED CORRECT:", **NL)
    pdf.ln(16)
    y = pdf.get_y()
    pdf.line(20, y, 90, y)
    pdf.line(120, y, 190, y)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(20, y + 1)
    pdf.cell(70, 5, "Darlene Whitcombe, Chair")
    pdf.set_xy(120, y + 1)
    pdf.cell(70, 5, "Jolene Pritchard, Corporate Officer")
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------
# build / gold
# ---------------------------------------------------------------------------------------------


def _stem(kind: str) -> str:
    return f"{SLUG}_{BODY_SLUG}_{DATE}_{kind}"


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agendas = folder / "agendas"
    minutes = folder / "minutes"
    agendas.mkdir(parents=True, exist_ok=True)
    minutes.mkdir(parents=True, exist_ok=True)
    agenda_path = agendas / f"{_stem('agenda')}.pdf"
    minutes_path = minutes / f"{_stem('minutes')}.pdf"
    _render_agenda(agenda_path)
    _render_minutes(minutes_path)
    return [agenda_path, minutes_path]


def _agenda_gold() -> dict:
    items = []
    for item in AGENDA:
        rec = {
            "number": item["n"],
            "title": item["t"],
            "pages": {"first": item["p"][0], "last": item["p"][1]} if item.get("p") else None,
            "part": item.get("part", "public"),
            "parent": _parent(item["n"]),
        }
        if item.get("who"):
            rec["presenter"] = item["who"]
        items.append(rec)
    return {
        "file": f"generated/agendas/{_stem('agenda')}.pdf",
        "kind": "agenda",
        "country": "CA",
        "notes": [
            "Page figures in the right-hand Pages column are pages of the full agenda package "
            "that follow the agenda, so they run well beyond this file's page count.",
            "A single printed figure (9.1, page 135) is recorded as first = last = 135.",
            "Department headings 7.1-7.4 are numbered items without pages; their reports are "
            "third-level items (7.1.1 ...) whose parent is the department heading.",
            "Item 12 (Closed Meeting) holds the public resolution to close the meeting, so it is "
            "public; its sub-items 12.1 and 12.2 are considered in the closed meeting: exempt.",
            "The names under 4.1 are the presenters, not agenda items; recommendation boxes, the "
            "weighted-vote notes and the acknowledgement under item 1 are not items.",
            "Top-level numbers are printed with a trailing dot (\"1.\"), recorded without it.",
            "The contact is the 'Agenda enquiries' line under the meeting details.",
        ],
        "meeting": {"body": "Board of Directors", "date": DATE, "start_time": "13:30",
                    "contact": dict(CONTACT)},
        "agenda": items,
    }


def _attendance_gold() -> list[dict]:
    out = []
    for name, where, status, role, _note in DIRECTORS:
        rec = {"name": name, "status": status, "role": f"{role}, {where}"}
        if status == "substitute":
            rec["substitute_for"] = "Nadia Pereira"
        out.append(rec)
    for name, where in REGRETS:
        out.append({"name": name, "status": "apologies", "role": f"Director, {where}"})
    for name, where in ABSENT:
        out.append({"name": name, "status": "absent", "role": f"Director, {where}"})
    for name, title in STAFF:
        out.append({"name": name, "status": "in_attendance", "role": title})
    for name, title in DELEGATION:
        out.append({"name": name, "status": "also_present", "role": title})
    return out


def _minutes_gold() -> dict:
    agenda_numbers = {item["n"] for item in AGENDA}
    items = []
    per_item: dict[str, int] = {}
    votes = []
    current = None
    for block in MINUTES:
        if block[0] == "h":
            current = block[1]
            items.append({"number": block[1], "title": block[2],
                          "agenda_item": block[1] if block[1] in agenda_numbers else None})
        elif block[0] == "m":
            _, res_no, mover, seconder, text, result, extra = block
            if res_no:
                per_item[current] = per_item.get(current, 0) + 1
            if not result:
                continue
            vote = {"item": current, "result": "carried" if result == "CARRIED" else "lost",
                    "result_as_printed": result, "counts": None, "mover": mover}
            if seconder:
                vote["seconder"] = seconder
            if res_no:
                vote["resolution"] = res_no
            for line in extra:
                if line.startswith("Opposed: Director"):
                    names = line.split(" ", 2)[2].replace(" and ", ", ").split(", ")
                    vote["voters"] = {"no": names}
            if current == "8.1":
                vote["counts"] = {"yes": sum(w for _, w in WEIGHTED_FOR),
                                  "no": sum(w for _, w in WEIGHTED_AGAINST), "abstain": 0}
                vote["voters"] = {"yes": [n for n, _ in WEIGHTED_FOR],
                                  "no": [n for n, _ in WEIGHTED_AGAINST]}
                vote["note"] = ("Weighted corporate vote: the printed figures are vote weights "
                                "(24 for, 4 against), not heads (7 directors for, 3 against).")
            if current == "9.1":
                vote["voters"] = {"yes": list(RECORDED_FOR), "no": list(RECORDED_AGAINST)}
                vote["note"] = "Recorded vote; names printed, no figures."
            votes.append(vote)
        elif block[0] == "c":
            votes.append({"item": current, "result": "carried",
                          "result_as_printed": block[2], "counts": None,
                          "mover": "Takeda", "seconder": "Lalonde",
                          "resolution": "KLRD-2025-073"})
    return {
        "file": f"generated/minutes/{_stem('minutes')}.pdf",
        "kind": "minutes",
        "country": "CA",
        "notes": [
            "Minute items use the agenda numbering; 9.2 was added when the agenda was approved and "
            "has no agenda item.",
            "Department headings 7.1-7.4 are printed as numbered headings and kept as items.",
            "Resolutions are the numbered KLRD-2025-061 to 079 (19); the defeated motion under 9.1 "
            "carries no resolution number and is not counted; KLRD-2025-073's 'AND THAT' clause "
            "is part of the same resolution.",
            "Every motion is listed as a vote; figures are printed only for the weighted vote "
            "under 8.1 (vote weights 24 for, 4 against, no abstentions printed: abstain 0).",
            "'Opposed: Director X' lines under CARRIED give the no voters by surname only.",
            "Director Oduya participated electronically: virtual. Alternate Director Fenwick sat "
            "for Director Pereira (regrets): substitute and apologies.",
            "Staff are in_attendance; the two delegates are listed under DELEGATION at the head "
            "of the minutes: also_present. The unnamed public and media are not recorded.",
            "Roles give the printed title and the electoral area or municipality.",
        ],
        "meeting": {"body": "Board of Directors", "date": DATE, "start_time": "13:30"},
        "minutes": {
            "meeting": {"date": DATE, "start_time": "13:30", "end_time": "16:41"},
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": _attendance_gold(),
        },
    }


def gold() -> dict[str, dict]:
    return {
        f"agendas__{_stem('agenda')}": _agenda_gold(),
        f"minutes__{_stem('minutes')}": _minutes_gold(),
    }

"""Caddo Springs County, Texas (fictional): the Commissioners Court, regular session of 14 April 2025.

A Texas county is governed by a Commissioners Court: the County Judge presides over four
Commissioners elected by precinct, and the County Clerk sits as ex-officio clerk and keeps the
minutes in a bound volume. Caddo Springs County, its seat Lometa Crossing, its officials, roads,
contracts and amounts are all invented.

Two PDFs, US Letter, Times as county offices type them:

* ``agendas/caddo-springs-county_commissioners-court_2025-04-14_agenda.pdf`` - the posted
  "NOTICE OF MEETING OF THE COMMISSIONERS COURT" under Chapter 551 of the Texas Government Code,
  with the clerk's "FILED FOR RECORD" stamp, items 1-17 under unnumbered banners (CONSENT AGENDA with
  items 5a-5f, INDIVIDUAL ITEMS, EXECUTIVE SESSION under sections 551.071/551.072, OPEN SESSION),
  "Discuss, consider and take appropriate action on ..." captions with the requesting official in
  parentheses, then the executive-session reservation, the ADA notice, the County Judge's signature
  and the clerk's certificate of posting. No page references are printed against the items.
* ``minutes/caddo-springs-county_commissioners-court_2025-04-14_minutes.pdf`` - "COMMISSIONERS COURT
  MINUTES" as the clerk types them into the minute book (volume and book page in the running head):
  "BE IT REMEMBERED ..." with the members present, the member absent and the officials also present,
  then "Item 1." to "Item 17." with motions ("Motion by Commissioner Pct. 3 ..., seconded by ...,
  ... Motion carried 4-0."), roll calls ("Voting Aye: ...; Voting Nay: ...; Abstain: ...; Absent:
  ..."), a failed motion, court orders by number, Budget Amendment No. 2025-07 as a ruled table,
  a resolution with "BE IT RESOLVED BY THE COMMISSIONERS COURT ...", an item with no action, a tabled
  item, the executive session with its times, the adjournment time and the signature and attest block.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

COUNCIL = "caddo-springs-county"
BODY = "commissioners-court"
DATE = "2025-04-14"
AGENDA_FILE = f"{COUNCIL}_{BODY}_{DATE}_agenda.pdf"
MINUTES_FILE = f"{COUNCIL}_{BODY}_{DATE}_minutes.pdf"

FONT = "Times"
LINE = 5.4
CREATED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------------------------------------
# The court and the officials
# ---------------------------------------------------------------------------------------------

# surname -> (name as printed, office, how the clerk refers to the member in a motion)
MEMBERS = {
    "Hargrove": ("Wendell P. Hargrove", "County Judge", "Judge Hargrove"),
    "Villanueva": ("Dolores A. Villanueva", "Commissioner, Precinct 1", "Commissioner Pct. 1 Villanueva"),
    "Kimbrough": ("Travis L. Kimbrough", "Commissioner, Precinct 2", "Commissioner Pct. 2 Kimbrough"),
    "Pettibone": ("Ray Don Pettibone", "Commissioner, Precinct 3", "Commissioner Pct. 3 Pettibone"),
    "Oberholt": ("Glenda S. Oberholt", "Commissioner, Precinct 4", "Commissioner Pct. 4 Oberholt"),
}
PRESENT = ["Hargrove", "Villanueva", "Kimbrough", "Pettibone"]
ABSENT = ["Oberholt"]

ALSO_PRESENT = [
    ("Lorraine M. Tibbets", "County Clerk"),
    ("Angela R. Cuellar", "Deputy County Clerk"),
    ("Marcus J. Delacroix", "County Attorney"),
    ("Patricia A. Nunley", "County Auditor"),
    ("Alicia Brandvold", "Grants Administrator"),
    ("Clifton R. Ames", "Fire Marshal"),
    ("Denise Farrow-Lutz", "Human Resources Director"),
]

DA = "Discuss, consider and take appropriate action on "

# ---------------------------------------------------------------------------------------------
# The agenda: banners ("heading") and items, in printed order
# ---------------------------------------------------------------------------------------------

AGENDA = [
    {"number": "1", "text": "Call to Order, Invocation, and Pledges of Allegiance to the United States and "
                            "Texas Flags."},
    {"number": "2", "text": "Public Comments.",
     "note": "Citizens wishing to address the Court must complete a comment card and hand it to the County "
             "Clerk before the meeting is called to order. Comments are limited to three (3) minutes per "
             "speaker. The Court may not deliberate or take action on any subject that is not listed on "
             "this agenda."},
    {"number": "3", "text": DA + "approval of the minutes of the Regular Meeting of March 24, 2025 and "
                                 "the Special Meeting of April 2, 2025."},
    {"number": "4", "text": DA + "payment of bills, claims and payroll as submitted by the County Auditor.",
     "presenter": "County Auditor"},
    {"heading": "CONSENT AGENDA",
     "note": "All matters listed under the Consent Agenda are considered to be routine by the Commissioners "
             "Court and will be enacted by one motion. There will be no separate discussion of these items "
             "unless a member of the Court so requests, in which event the item will be removed from the "
             "Consent Agenda and considered separately."},
    {"number": "5", "text": DA + "the following Consent Agenda items:"},
    {"number": "5a", "parent": "5",
     "text": "Accept the Monthly Report of the County Treasurer for the month of March 2025, including the "
             "quarterly investment report for the quarter ending March 31, 2025.",
     "presenter": "County Treasurer"},
    {"number": "5b", "parent": "5",
     "text": "Approve Budget Amendment No. 2025-07, line item transfers within the General Fund and the "
             "Road and Bridge Funds, as presented by the County Auditor."},
    {"number": "5c", "parent": "5",
     "text": "Accept the 2024 annual racial profiling reports submitted by Constable Precinct 1, Constable "
             "Precinct 2 and the Caddo Springs County Sheriff's Office."},
    {"number": "5d", "parent": "5",
     "text": "Approve the renewal of the Interlocal Cooperation Agreement between Caddo Springs County and "
             "the City of Lometa Crossing for animal shelter services for the period May 1, 2025 through "
             "April 30, 2026."},
    {"number": "5e", "parent": "5",
     "text": "Approve the final plat of Mesquite Hollow Subdivision, Phase 1, being fourteen (14) "
             "residential lots on 37.62 acres out of the J. T. Sandoval Survey, Abstract No. 411, located "
             "on County Road 305 in Precinct 2."},
    {"number": "5f", "parent": "5",
     "text": "Approve the official bond of Deputy Constable Ramon E. Quintanilla, Constable Precinct 2."},
    {"heading": "INDIVIDUAL ITEMS"},
    {"number": "6", "text": DA + "a Proclamation designating April 2025 as Child Abuse Prevention Month in "
                                 "Caddo Springs County.",
     "presenter": "County Judge Hargrove"},
    {"number": "7", "text": DA + "a Court Order awarding RFB No. 2025-03, Hot Mix Asphalt Overlay of "
                                 "County Road 214 and County Road 219, to Red Bluff Paving, LLC in the "
                                 "amount of $486,250.00, and authorizing the County Judge to execute the "
                                 "contract.",
     "presenter": "Commissioner Pct. 1"},
    {"number": "8", "text": DA + "a Resolution authorizing the submission of a Texas Community "
                                 "Development Block Grant application to the Texas Department of "
                                 "Agriculture for water system improvements in the Pecan Flat community, "
                                 "committing local matching funds, and designating the County Judge as the "
                                 "County's authorized representative in all matters pertaining to the "
                                 "application.",
     "presenter": "Grants Administrator"},
    {"number": "9", "text": DA + "an Order continuing, modifying or lifting the prohibition of outdoor "
                                 "burning in the unincorporated areas of Caddo Springs County (burn ban).",
     "presenter": "Fire Marshal"},
    {"number": "10", "text": DA + "establishing a load limit of fifteen (15) tons on the Sandy Fork Creek "
                                  "bridge on County Road 108 and the placement of the related signage.",
     "presenter": "Commissioner Pct. 1"},
    {"number": "11", "text": DA + "the purchase of two (2) 2025 motor graders for Road and Bridge Precinct "
                                  "3 through the BuyBoard cooperative purchasing program, Contract No. "
                                  "706-23, in the total amount of $742,980.00, to be paid from the Road and "
                                  "Bridge Fund.",
     "presenter": "Commissioner Pct. 3"},
    {"number": "12", "text": DA + "renewal options for the county employee group health insurance plan for "
                                  "Fiscal Year 2026.",
     "presenter": "Human Resources Director"},
    {"number": "13", "text": DA + "a Right-of-Way Use Agreement with Hillcrest Rural Water Supply "
                                  "Corporation for the installation of an eight-inch water line within the "
                                  "right-of-way of County Road 305 in Precinct 2.",
     "presenter": "Commissioner Pct. 2"},
    {"heading": "EXECUTIVE SESSION",
     "note": "The Commissioners Court will recess the open meeting and convene in closed session, as "
             "authorized by Chapter 551 of the Texas Government Code, to discuss the following:"},
    {"number": "14", "part": "exempt",
     "text": "Consultation with Attorney, Texas Government Code Section 551.071: seek the advice of the "
             "County Attorney regarding pending litigation styled Harlan Dorsey v. Caddo Springs County, "
             "Texas, Cause No. 24-11-0387, in the District Court of Caddo Springs County, Texas."},
    {"number": "15", "part": "exempt",
     "text": "Deliberation Regarding Real Property, Texas Government Code Section 551.072: deliberate the "
             "purchase, exchange, lease or value of real property for a proposed Precinct 4 road and "
             "bridge maintenance yard."},
    {"heading": "OPEN SESSION"},
    {"number": "16", "text": "Reconvene in open session and discuss, consider and take appropriate action, "
                             "if any, on matters discussed in Executive Session."},
    {"number": "17", "text": "Adjourn."},
]

AGENDA_CLOSING = [
    "The Commissioners Court reserves the right to retire into executive session concerning any of the "
    "items listed on this agenda whenever it is considered necessary and legally justified under the "
    "Open Meetings Act, Chapter 551 of the Texas Government Code, including Sections 551.071 "
    "(Consultation with Attorney), 551.072 (Real Property), 551.074 (Personnel Matters) and 551.076 "
    "(Security Devices or Audits).",
    "Persons with disabilities who plan to attend this meeting and who may need auxiliary aids or "
    "services are requested to contact the office of the County Judge at (325) 555-0147 at least "
    "forty-eight (48) hours before the meeting so that appropriate arrangements can be made.",
]

# ---------------------------------------------------------------------------------------------
# The minutes: items with their blocks; a "motion" block is one vote
# ---------------------------------------------------------------------------------------------

RESOLUTION_TEXT = [
    ("b", "RESOLUTION NO. 2025-R-09"),
    ("b", "A RESOLUTION OF THE COMMISSIONERS COURT OF CADDO SPRINGS COUNTY, TEXAS, AUTHORIZING THE "
          "SUBMISSION OF A TEXAS COMMUNITY DEVELOPMENT BLOCK GRANT PROGRAM APPLICATION TO THE TEXAS "
          "DEPARTMENT OF AGRICULTURE FOR THE COMMUNITY DEVELOPMENT FUND"),
    ("", "WHEREAS, the Commissioners Court of Caddo Springs County desires to develop a viable "
         "community, including decent housing and a suitable living environment, principally for persons "
         "of low to moderate income; and"),
    ("", "WHEREAS, certain conditions exist which represent a threat to the public health and safety of "
         "the residents of the Pecan Flat community, whose water system has exceeded its useful life; and"),
    ("", "WHEREAS, it is necessary and in the best interests of Caddo Springs County to apply for funding "
         "under the Texas Community Development Block Grant Program;"),
    ("b", "NOW, THEREFORE, BE IT RESOLVED BY THE COMMISSIONERS COURT OF CADDO SPRINGS COUNTY, TEXAS:"),
    ("", "Section 1. That a Texas Community Development Block Grant application is hereby authorized to be "
         "filed on behalf of the County with the Texas Department of Agriculture for the Community "
         "Development Fund, in the amount of $350,000.00, for water system improvements in the Pecan Flat "
         "community."),
    ("", "Section 2. That the County commits $35,000.00 from the General Fund as a local cash match toward "
         "the activities described in the application."),
    ("", "Section 3. That the County Judge is designated as the County's Chief Executive Officer and "
         "Authorized Representative to act in all matters in connection with this application and the "
         "County's participation in the Texas Community Development Block Grant Program."),
    ("b", "BE IT FURTHER RESOLVED that the Commissioners Court directs and designates the County Judge to "
          "certify that the County will affirmatively further fair housing in carrying out the project."),
    ("", "PASSED, APPROVED AND ADOPTED this 14th day of April, 2025."),
]

BUDGET_TITLE = "BUDGET AMENDMENT NO. 2025-07"
BUDGET_COLUMNS = ["Fund", "Account Number", "Account Description", "Increase", "Decrease"]
BUDGET_WIDTHS = [14, 34, 72, 24, 24]
BUDGET_ROWS = [
    ("010", "010-0435-4310", "District Court - Court Appointed Attorneys", "18,000.00", ""),
    ("010", "010-0435-4320", "District Court - Visiting Judges", "", "6,000.00"),
    ("010", "010-0409-4990", "Non-Departmental - Contingency", "", "12,000.00"),
    ("010", "010-0560-3300", "Sheriff - Vehicle Fuel", "9,200.00", ""),
    ("010", "010-0560-4510", "Sheriff - Vehicle Repairs and Maintenance", "", "4,200.00"),
    ("010", "010-0560-5710", "Sheriff - Capital Outlay, Vehicles", "", "5,000.00"),
    ("010", "010-0512-3100", "Jail - Inmate Medical Services", "6,750.00", ""),
    ("010", "010-0512-3110", "Jail - Inmate Meals", "", "6,750.00"),
    ("021", "021-0621-3400", "Road & Bridge Pct. 1 - Culverts and Pipe", "2,800.00", ""),
    ("021", "021-0621-3450", "Road & Bridge Pct. 1 - Road Materials", "", "2,800.00"),
    ("024", "024-0624-4500", "Road & Bridge Pct. 4 - Equipment Repairs", "1,700.00", ""),
    ("024", "024-0624-3300", "Road & Bridge Pct. 4 - Fuel and Oil", "", "1,700.00"),
]


def _motion(mover, seconder, text, *, counts=(4, 0, 0), result="carried", printed=None, roll=None,
            insert=None, before_result=None):
    """One motion and its vote; `roll` names voters by option when the clerk prints a roll call."""
    yes, no, abstain = counts
    if printed is None:
        verb = "carried" if result == "carried" else "failed"
        printed = f"Motion {verb} {yes}-{no}" + (f"-{abstain}" if abstain else "") + "."
    return {"type": "motion", "mover": mover, "seconder": seconder, "text": text, "counts": counts,
            "result": result, "printed": printed, "roll": roll, "insert": insert,
            "before_result": before_result}


def _roll(aye, nay=(), abstain=(), absent=("Oberholt",)):
    return {"yes": list(aye), "no": list(nay), "abstain": list(abstain), "absent": list(absent)}


MINUTES = [
    {"number": "1", "title": "Call to Order, Invocation and Pledges", "agenda": "1", "blocks": [
        ("p", "Judge Hargrove called the meeting to order at 9:00 a.m. and declared a quorum present. The "
              "invocation was given by Commissioner Pettibone, followed by the Pledges of Allegiance to the "
              "United States and Texas flags."),
    ]},
    {"number": "2", "title": "Public Comments", "agenda": "2", "blocks": [
        ("p", "Two residents of County Road 214 addressed the Court regarding drainage and the condition of "
              "the road surface between the low-water crossing and the county line. The Court took the "
              "comments under advisement."),
    ]},
    {"number": "3", "title": "Approval of Minutes", "agenda": "3", "blocks": [
        _motion("Kimbrough", "Villanueva",
                "to approve the minutes of the Regular Meeting of March 24, 2025 and the Special Meeting of "
                "April 2, 2025 as presented."),
    ]},
    {"number": "4", "title": "Payment of Bills, Claims and Payroll", "agenda": "4", "blocks": [
        ("p", "Patricia A. Nunley, County Auditor, presented bills and claims in the amount of $1,246,318.57 "
              "and payroll in the amount of $612,904.33 for the period ending April 11, 2025."),
        _motion("Pettibone", "Kimbrough",
                "to approve payment of bills, claims and payroll as presented by the County Auditor."),
    ]},
    {"number": "5", "title": "Consent Agenda", "agenda": "5", "blocks": [
        _motion("Villanueva", "Pettibone",
                "to approve Consent Agenda Items 5a through 5f as presented, including Budget Amendment "
                "No. 2025-07, which is adopted as Court Order No. 2025-041."),
        ("p", "Budget Amendment No. 2025-07, Court Order No. 2025-041, is recorded as follows:"),
        ("table", None),
        ("p", "Total increases: $38,450.00. Total decreases: $38,450.00. Net change to the adopted budget: "
              "$0.00."),
    ]},
    {"number": "6", "title": "Proclamation - Child Abuse Prevention Month", "agenda": "6", "blocks": [
        ("p", "Judge Hargrove read the proclamation into the record and recognized staff of the Caddo "
              "Springs County Child Welfare Board."),
        _motion("Villanueva", "Kimbrough",
                "to adopt the Proclamation designating April 2025 as Child Abuse Prevention Month in Caddo "
                "Springs County."),
    ]},
    {"number": "7", "title": "Award of RFB No. 2025-03, Hot Mix Asphalt Overlay of County Roads 214 and 219",
     "agenda": "7", "blocks": [
         ("p", "Commissioner Villanueva reported that three (3) sealed bids were received and opened on April "
               "3, 2025, and that Red Bluff Paving, LLC submitted the lowest responsible bid. The work is "
               "budgeted in the Road and Bridge Precinct 1 capital line."),
         _motion("Villanueva", "Pettibone",
                 "to award RFB No. 2025-03, Hot Mix Asphalt Overlay of County Road 214 and County Road 219, "
                 "to Red Bluff Paving, LLC in the amount of $486,250.00, and to adopt Court Order No. "
                 "2025-042 authorizing the County Judge to execute the contract."),
     ]},
    {"number": "8", "title": "Resolution - Texas Community Development Block Grant Application",
     "agenda": "8", "blocks": [
         ("p", "Alicia Brandvold, Grants Administrator, presented the proposed application and the "
               "required local match."),
         _motion("Kimbrough", "Hargrove", "to adopt Resolution No. 2025-R-09 as follows:",
                 insert=RESOLUTION_TEXT),
     ]},
    {"number": "9", "title": "Burn Ban", "agenda": "9", "blocks": [
        ("p", "Clifton R. Ames, Fire Marshal, reported that the Keetch-Byram Drought Index for the county "
              "averages 612, with readings above 650 in Precincts 3 and 4, and that volunteer fire "
              "departments responded to eleven grass fires since the last meeting."),
        _motion("Pettibone", "Kimbrough", "to lift the burn ban.", counts=(2, 2, 0), result="lost",
                roll=_roll(["Kimbrough", "Pettibone"], ["Hargrove", "Villanueva"])),
        _motion("Villanueva", "Hargrove",
                "to continue the prohibition of outdoor burning in the unincorporated areas of the county for "
                "an additional thirty (30) days and to adopt Court Order No. 2025-043.",
                counts=(3, 1, 0), printed="Motion carried 3-1, Commissioner Pettibone voting nay.",
                roll={"no": ["Pettibone"]}),
    ]},
    {"number": "10", "title": "Load Limit - Sandy Fork Creek Bridge, County Road 108", "agenda": "10",
     "blocks": [
         ("p", "Commissioner Villanueva requested that the item be tabled pending receipt of the load rating "
               "report from the Texas Department of Transportation bridge inspection program."),
         _motion("Villanueva", "Kimbrough", "to table Item 10 until the next regular meeting of the Court."),
     ]},
    {"number": "11", "title": "Purchase of Motor Graders - Road and Bridge Precinct 3", "agenda": "11",
     "blocks": [
         ("p", "Commissioner Pettibone presented quotes under BuyBoard Contract No. 706-23 and stated that "
               "both graders being replaced have exceeded 14,000 operating hours."),
         _motion("Pettibone", "Villanueva",
                 "to approve the purchase of two (2) 2025 motor graders for Road and Bridge Precinct 3 "
                 "through the BuyBoard cooperative purchasing program in the total amount of $742,980.00, "
                 "to be paid from the Road and Bridge Fund, and to adopt Court Order No. 2025-044.",
                 counts=(3, 1, 0), roll=_roll(["Hargrove", "Villanueva", "Pettibone"], ["Kimbrough"]),
                 before_result="Commissioner Kimbrough stated that he could not support a purchase of this "
                               "size before the mid-year budget review."),
     ]},
    {"number": "12", "title": "Employee Group Health Insurance Renewal Options, FY 2026", "agenda": "12",
     "blocks": [
         ("p", "Denise Farrow-Lutz, Human Resources Director, presented three renewal options from the "
               "county's benefits consultant, with projected premium increases of 6.8%, 9.1% and 11.4%. "
               "The Court requested twelve months of claims data before making a decision."),
         ("p", "No action taken."),
     ]},
    {"number": "13", "title": "Right-of-Way Use Agreement - Hillcrest Rural Water Supply Corporation",
     "agenda": "13", "blocks": [
         ("p", "Commissioner Kimbrough stated that he serves on the board of directors of Hillcrest Rural "
               "Water Supply Corporation, that he has filed an affidavit of conflict of interest with the "
               "County Clerk, and that he would abstain from the discussion and vote."),
         _motion("Pettibone", "Villanueva",
                 "to approve the Right-of-Way Use Agreement with Hillcrest Rural Water Supply Corporation "
                 "for the installation of an eight-inch water line within the right-of-way of County Road "
                 "305 in Precinct 2.",
                 counts=(3, 0, 1), roll=_roll(["Hargrove", "Villanueva", "Pettibone"], [], ["Kimbrough"])),
     ]},
    {"number": "14", "title": "Executive Session - Section 551.071, Consultation with Attorney", "agenda": "14",
     "blocks": [
         ("p", "At 10:42 a.m., Judge Hargrove announced that the Commissioners Court would retire into "
               "Executive Session pursuant to Section 551.071 of the Texas Government Code to consult with "
               "the County Attorney regarding pending litigation styled Harlan Dorsey v. Caddo Springs "
               "County, Texas, Cause No. 24-11-0387."),
     ]},
    {"number": "15", "title": "Executive Session - Section 551.072, Deliberation Regarding Real Property",
     "agenda": "15", "blocks": [
         ("p", "The Court continued in Executive Session pursuant to Section 551.072 of the Texas Government "
               "Code to deliberate the value of real property for a proposed Precinct 4 road and bridge "
               "maintenance yard."),
     ]},
    {"number": "16", "title": "Reconvene in Open Session", "agenda": "16", "blocks": [
        ("p", "The Court reconvened in open session at 11:27 a.m. Judge Hargrove stated that no final "
              "action, decision or vote was taken in Executive Session."),
        _motion("Villanueva", "Pettibone",
                "to authorize the County Attorney to proceed with court-ordered mediation in Cause No. "
                "24-11-0387 as discussed in Executive Session."),
    ]},
    {"number": "17", "title": "Adjourn", "agenda": "17", "blocks": [
        ("p", "There being no further business to come before the Court, Judge Hargrove declared the meeting "
              "adjourned at 11:41 a.m."),
    ]},
]

# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


class _CourtPDF(FPDF):
    """Letter page, 1-inch margins, running head on later pages and 'Page x of y' at the foot."""

    def __init__(self, running_head: str, book_page: int | None = None):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.running_head = running_head
        self.book_page = book_page
        self.set_margins(25.4, 22, 25.4)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(CREATED)
        self.set_author("Caddo Springs County Clerk")

    def header(self):
        if self.book_page is not None:
            self.set_font(FONT, "B", 9)
            self.set_xy(self.l_margin, 10)
            self.cell(self.epw, 4, f"VOL. 38     PAGE {self.book_page + self.page_no() - 1}", align="R")
        if self.page_no() > 1:
            self.set_font(FONT, "I", 9)
            self.set_xy(self.l_margin, 14)
            self.cell(self.epw, 4, self.running_head)
            self.set_draw_color(0)
            self.set_line_width(0.2)
            self.line(self.l_margin, 18.6, self.w - self.r_margin, 18.6)
        self.set_xy(self.l_margin, 22)

    def footer(self):
        self.set_y(-15)
        self.set_font(FONT, "", 9)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def _room(pdf: FPDF, height: float) -> None:
    if pdf.y + height > pdf.page_break_trigger:
        pdf.add_page()


def _para(pdf: FPDF, text: str, x: float, *, style: str = "", size: float = 12, align: str = "J",
          markdown: bool = False, h: float = LINE, after: float = 2.0) -> None:
    pdf.set_font(FONT, style, size)
    _room(pdf, 2 * h)
    pdf.set_x(x)
    pdf.multi_cell(pdf.w - pdf.r_margin - x, h, text, align=align, markdown=markdown,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def _hang(pdf: FPDF, label: str, text: str, x_label: float, x_text: float, *, style: str = "",
          label_style: str = "", size: float = 12, after: float = 2.0) -> None:
    """A numbered paragraph: label in its own column, text wrapped on a hanging indent."""
    pdf.set_font(FONT, style, size)
    _room(pdf, 2 * LINE)
    y = pdf.y
    pdf.set_font(FONT, label_style, size)
    pdf.set_xy(x_label, y)
    pdf.cell(x_text - x_label, LINE, label)
    pdf.set_font(FONT, style, size)
    pdf.set_xy(x_text, y)
    pdf.multi_cell(pdf.w - pdf.r_margin - x_text, LINE, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def _agenda_text(entry: dict) -> str:
    text = entry["text"]
    if entry.get("presenter"):
        text += f" ({entry['presenter']})"
    return text


def _render_agenda() -> FPDF:
    pdf = _CourtPDF("Commissioners Court of Caddo Springs County, Texas - Notice of Regular Meeting - "
                    "April 14, 2025")
    pdf.set_title("Notice of Meeting - Commissioners Court - April 14, 2025")
    pdf.alias_nb_pages()
    pdf.add_page()
    left = pdf.l_margin

    # the clerk's filing stamp, top right of the first page
    pdf.set_line_width(0.5)
    pdf.rect(140, 10, 50, 27)
    pdf.set_font("Courier", "B", 8)
    for i, line in enumerate(["FILED FOR RECORD", "2025 APR 10 PM 3:52", "LORRAINE M. TIBBETS",
                              "COUNTY CLERK", "CADDO SPRINGS CO., TEXAS", "BY: AC  DEPUTY"]):
        pdf.set_xy(140, 11.5 + i * 4)
        pdf.cell(50, 4, line, align="C")

    pdf.set_xy(left, 40)
    pdf.set_font(FONT, "B", 15)
    pdf.cell(pdf.epw, 7, "NOTICE OF MEETING OF THE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(pdf.epw, 7, "COMMISSIONERS COURT OF CADDO SPRINGS COUNTY, TEXAS", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "B", 12)
    pdf.cell(pdf.epw, 6, "REGULAR SESSION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(pdf.epw, 6, "MONDAY, APRIL 14, 2025 - 9:00 A.M.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(FONT, "", 9)
    masthead = [f"{MEMBERS[s][0]}, {MEMBERS[s][1]}" for s in MEMBERS]
    pdf.cell(pdf.epw, 4.2, "   |   ".join(masthead[:3]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(pdf.epw, 4.2, "   |   ".join(masthead[3:]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.6)
    pdf.line(left, pdf.y + 2, pdf.w - pdf.r_margin, pdf.y + 2)
    pdf.ln(6)

    _para(pdf, "NOTICE IS HEREBY GIVEN that a Regular Meeting of the Commissioners Court of Caddo Springs "
               "County, Texas will be held on Monday, the 14th day of April, 2025 at 9:00 a.m. in the "
               "Commissioners Courtroom, Second Floor, Caddo Springs County Courthouse, 100 West Pecan "
               "Street, Lometa Crossing, Texas, in accordance with Chapter 551 of the Texas Government Code, "
               "at which time the following subjects will be discussed, considered and acted upon, to-wit:",
          left, after=4)

    for entry in AGENDA:
        if "heading" in entry:
            pdf.ln(1)
            _room(pdf, (9 if entry.get("note") else 4) * LINE)
            pdf.set_font(FONT, "BU", 12)
            pdf.cell(pdf.epw, LINE, entry["heading"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            if entry.get("note"):
                _para(pdf, entry["note"], left + 8, style="I", size=10.5, h=4.8, after=2.5)
            continue
        if entry.get("parent"):
            _hang(pdf, f"{entry['number']}.", _agenda_text(entry), left + 14, left + 24, after=1.5)
        else:
            _hang(pdf, f"{entry['number']}.", _agenda_text(entry), left, left + 10, label_style="B")
        if entry.get("note"):
            _para(pdf, entry["note"], left + 10, style="I", size=10.5, h=4.8, after=2.5)

    pdf.ln(3)
    for text in AGENDA_CLOSING:
        _para(pdf, text, left, size=10.5, h=4.8, after=3)

    _room(pdf, 40)
    pdf.ln(2)
    _para(pdf, "Signed this 10th day of April, 2025.", left, after=8)
    x_sig = left + 85
    pdf.set_line_width(0.3)
    pdf.line(x_sig, pdf.y, x_sig + 75, pdf.y)
    pdf.set_font(FONT, "", 12)
    pdf.set_xy(x_sig, pdf.y + 1)
    pdf.cell(75, LINE, "Wendell P. Hargrove, County Judge", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x_sig)
    pdf.cell(75, LINE, "Caddo Springs County, Texas", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    _room(pdf, 55)
    pdf.set_font(FONT, "B", 12)
    pdf.cell(pdf.epw, LINE, "CERTIFICATE OF POSTING", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _para(pdf, "I, the undersigned County Clerk of Caddo Springs County, Texas, do hereby certify that the "
               "above Notice of Meeting of the Commissioners Court was posted on the bulletin board at the "
               "south entrance of the Caddo Springs County Courthouse, a place readily accessible to the "
               "general public at all times, on the 10th day of April, 2025 at 3:52 p.m., and that said "
               "Notice remained so posted continuously for at least seventy-two (72) hours preceding the "
               "scheduled time of said meeting.", left, size=11, h=5, after=8)
    pdf.line(x_sig, pdf.y, x_sig + 75, pdf.y)
    pdf.set_font(FONT, "", 11)
    pdf.set_xy(x_sig, pdf.y + 1)
    pdf.cell(75, 5, "Lorraine M. Tibbets, County Clerk", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x_sig)
    pdf.cell(75, 5, "By: Angela R. Cuellar, Deputy", new_x="LMARGIN", new_y="NEXT")
    return pdf


def _voters_text(names: list[str]) -> str:
    if not names:
        return "None"
    parts = []
    if "Hargrove" in names:
        parts.append("Judge Hargrove")
    commissioners = [n for n in names if n != "Hargrove"]
    if commissioners:
        word = "Commissioner" if len(commissioners) == 1 else "Commissioners"
        parts.append(f"{word} " + ", ".join(commissioners))
    return ", ".join(parts)


def _motion_text(block: dict) -> str:
    return (f"Motion by {MEMBERS[block['mover']][2]}, seconded by {MEMBERS[block['seconder']][2]}, "
            f"{block['text']}")


def _render_table(pdf: FPDF, meta: dict) -> None:
    x0 = pdf.l_margin + 4
    row_h = 5.2

    def head():
        pdf.set_font(FONT, "B", 10)
        pdf.set_fill_color(225, 225, 225)
        pdf.set_x(x0)
        for col, w in zip(BUDGET_COLUMNS, BUDGET_WIDTHS):
            pdf.cell(w, 6, col, border=1, align="C", fill=True)
        pdf.ln(6)

    _room(pdf, 6 + 6 + 3 * row_h)
    pdf.set_font(FONT, "B", 11)
    pdf.set_x(x0)
    pdf.cell(sum(BUDGET_WIDTHS), 6, BUDGET_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    meta["table_page"] = pdf.page_no()
    head()
    for row in BUDGET_ROWS:
        if pdf.y + row_h > pdf.page_break_trigger:
            pdf.add_page()
            head()
        pdf.set_font(FONT, "", 10)
        pdf.set_x(x0)
        for i, (value, w) in enumerate(zip(row, BUDGET_WIDTHS)):
            pdf.cell(w, row_h, value, border=1, align="R" if i >= 3 else ("C" if i < 2 else "L"))
        pdf.ln(row_h)
    meta["table_last_page"] = pdf.page_no()
    pdf.ln(3)


def _render_minutes() -> tuple[FPDF, dict]:
    pdf = _CourtPDF("Commissioners Court Minutes - Regular Session - April 14, 2025", book_page=412)
    pdf.set_title("Commissioners Court Minutes - April 14, 2025")
    pdf.alias_nb_pages()
    pdf.add_page()
    left = pdf.l_margin
    meta: dict = {}

    pdf.set_font(FONT, "B", 15)
    pdf.cell(pdf.epw, 7, "COMMISSIONERS COURT MINUTES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "B", 12)
    pdf.cell(pdf.epw, 6, "REGULAR SESSION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(pdf.epw, 6, "APRIL 14, 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.set_font(FONT, "B", 12)
    for line in ["THE STATE OF TEXAS", "COUNTY OF CADDO SPRINGS"]:
        pdf.set_x(left)
        pdf.cell(75, LINE, line)
        pdf.cell(10, LINE, "\u00a7", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    _para(pdf, "BE IT REMEMBERED that on Monday, the 14th day of April, 2025, at 9:00 a.m., the Commissioners "
               "Court of Caddo Springs County, Texas convened in Regular Session in the Commissioners "
               "Courtroom of the Caddo Springs County Courthouse, Lometa Crossing, Texas, with the following "
               "members present, to-wit:", left, after=2)
    pdf.set_font(FONT, "", 12)
    for surname in PRESENT:
        name, office, _ = MEMBERS[surname]
        pdf.set_x(left + 15)
        pdf.cell(70, LINE, name)
        pdf.cell(60, LINE, office, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for surname in ABSENT:
        name, office, _ = MEMBERS[surname]
        pdf.set_x(left)
        pdf.cell(15, LINE, "and")
        pdf.cell(70, LINE, name)
        pdf.cell(60, LINE, f"{office}, absent,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    also = "; ".join(f"{n}, {r}" for n, r in ALSO_PRESENT)
    _para(pdf, f"constituting a quorum. Also present were {also}; and the following proceedings were had, "
               "to-wit:", left, after=4)

    for item in MINUTES:
        pdf.ln(1)
        _room(pdf, 4 * LINE)
        _hang(pdf, f"Item {item['number']}.", item["title"], left, left + 18, style="B", label_style="B",
              after=1.5)
        for block in item["blocks"]:
            if isinstance(block, dict):
                _render_motion(pdf, block, left + 18)
            elif block[0] == "table":
                _render_table(pdf, meta)
            else:
                _para(pdf, block[1], left + 18)

    pdf.ln(4)
    _room(pdf, 95)
    _para(pdf, "APPROVED AND ORDERED ENTERED of record in the Minutes of the Commissioners Court of Caddo "
               "Springs County, Texas, this 28th day of April, 2025.", left, after=10)
    sig_w = 72
    pdf.set_line_width(0.2)
    for row in [[(left + 45, "Hargrove")], [(left, "Villanueva"), (left + 92, "Kimbrough")],
                [(left, "Pettibone"), (left + 92, "Oberholt")]]:
        y = pdf.y
        for x, surname in row:
            name, office, _ = MEMBERS[surname]
            pdf.line(x, y, x + sig_w, y)
            pdf.set_font(FONT, "", 11)
            pdf.set_xy(x, y + 0.8)
            pdf.cell(sig_w, 5, name)
            pdf.set_xy(x, y + 5.6)
            pdf.cell(sig_w, 5, office)
        pdf.set_y(y + 22)
    pdf.ln(2)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(20, 5, "ATTEST:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    y = pdf.y
    pdf.line(left, y, left + 90, y)
    pdf.set_font(FONT, "", 11)
    pdf.set_xy(left, y + 0.8)
    pdf.cell(90, 5, "Lorraine M. Tibbets, County Clerk and Ex-Officio", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(90, 5, "Clerk of the Commissioners Court", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(90, 5, "Caddo Springs County, Texas", new_x="LMARGIN", new_y="NEXT")
    meta["pages"] = pdf.page_no()
    return pdf, meta


def _render_motion(pdf: FPDF, block: dict, x: float) -> None:
    text = _motion_text(block)
    if block["insert"]:
        _para(pdf, text, x)
        for style, line in block["insert"]:
            _para(pdf, line, x + 8, style=style, size=11, h=5, after=2)
        text = ""
    if block["before_result"]:
        text = (text + " " if text else "") + block["before_result"]
    roll = block["roll"]
    if roll and "yes" in roll:
        roll_text = (f"Voting Aye: {_voters_text(roll['yes'])}; Voting Nay: {_voters_text(roll['no'])}; "
                     f"Abstain: {_voters_text(roll['abstain'])}; Absent: {_voters_text(roll['absent'])}.")
        if text:
            _para(pdf, text, x, after=1.5)
        _para(pdf, f"{roll_text} **{block['printed']}**", x, markdown=True)
    else:
        _para(pdf, (text + " " if text else "") + f"**{block['printed']}**", x, markdown=True)


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    written = []
    for sub, name, pdf in [("agendas", AGENDA_FILE, _render_agenda()),
                           ("minutes", MINUTES_FILE, _render_minutes()[0])]:
        (folder / sub).mkdir(parents=True, exist_ok=True)
        path = folder / sub / name
        pdf.output(str(path))
        written.append(path)
    return written


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def _title(entry: dict) -> str:
    return entry["text"].rstrip(".:").strip()


def _agenda_gold() -> dict:
    items = []
    section = None
    for entry in AGENDA:
        if "heading" in entry:
            section = entry["heading"]
            continue
        record = {"number": entry["number"], "title": _title(entry), "pages": None,
                  "part": entry.get("part", "public"), "parent": entry.get("parent")}
        if section and not entry.get("parent"):
            record["section"] = section
        if entry.get("presenter"):
            record["presenter"] = entry["presenter"]
        if entry.get("note"):
            record["note"] = entry["note"]
        items.append(record)
    return {
        "file": f"generated/agendas/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "US",
        "notes": [
            "The body is the Commissioners Court of Caddo Springs County and the meeting is the regular "
            "session of Monday 14 April 2025 at 9:00 a.m. as the notice prints it.",
            "The clerk's FILED FOR RECORD stamp and the certificate of posting give 10 April 2025, the "
            "posting date, which is not the meeting date.",
            "The names in the masthead and the signature blocks are the court's members and clerk, not an "
            "attendance record, so the agenda gold has no attendance.",
            "CONSENT AGENDA, INDIVIDUAL ITEMS, EXECUTIVE SESSION and OPEN SESSION are unnumbered banners, "
            "not items; each top-level item under one carries it as its section.",
            "Consent items print as 5a to 5f under item 5 and are given parent 5.",
            "The requesting official printed in parentheses at the end of a caption is kept out of the "
            "title and recorded as presenter.",
            "The italic paragraph under item 2 (public comment rules) is kept as a note, not part of the "
            "title.",
            "Titles keep the printed 'Discuss, consider and take appropriate action on' wording; trailing "
            "full stops and the colon closing item 5 are dropped.",
            "Items 14 and 15 (closed session under 551.071 and 551.072) are exempt; item 16, reconvening "
            "in open session, is public.",
            "The notice prints no page references against the items, so every item's pages are null.",
        ],
        "meeting": {"body": "Commissioners Court", "date": DATE, "start_time": "09:00"},
        "agenda": items,
    }


def _minutes_gold() -> dict:
    _, meta = _render_minutes()
    items, votes, per_item = [], [], {}
    for item in MINUTES:
        items.append({"number": item["number"], "title": item["title"], "agenda_item": item["agenda"]})
        count = 0
        for block in item["blocks"]:
            if not isinstance(block, dict):
                continue
            yes, no, abstain = block["counts"]
            vote = {"item": item["number"], "result": block["result"],
                    "counts": {"yes": yes, "no": no, "abstain": abstain},
                    "motion": block["text"].rstrip(":."), "mover": block["mover"],
                    "seconder": block["seconder"], "result_as_printed": block["printed"]}
            roll = block["roll"]
            if roll:
                vote["voters"] = {k: list(v) for k, v in roll.items()}
                if "absent" in roll:
                    vote["counts"]["absent"] = len(roll["absent"])
            votes.append(vote)
            if block["result"] == "carried":
                count += 1
        per_item[item["number"]] = count

    attendance = [{"name": MEMBERS[s][0], "status": "present", "role": MEMBERS[s][1]} for s in PRESENT]
    attendance += [{"name": MEMBERS[s][0], "status": "absent", "role": MEMBERS[s][1]} for s in ABSENT]
    attendance += [{"name": n, "status": "in_attendance", "role": r} for n, r in ALSO_PRESENT]

    sample = [0, 1, 8, 11]
    table = {
        "page": meta["table_page"],
        "title": BUDGET_TITLE,
        "columns": list(BUDGET_COLUMNS),
        "row_count": len(BUDGET_ROWS),
        "pages": {"first": meta["table_page"], "last": meta["table_last_page"]},
        "rows": [{"index": i, "cells": dict(zip(BUDGET_COLUMNS, BUDGET_ROWS[i]))} for i in sample],
    }
    return {
        "file": f"generated/minutes/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "US",
        "notes": [
            "Resolutions count each action the court approved: every motion that carried is one, "
            "whether it adopts a court order, a resolution, a proclamation or approves a report.",
            "A court order or resolution adopted by a motion is the same action as the motion and is not "
            "counted a second time.",
            "The failed motion to lift the burn ban under Item 9 is a vote but not a resolution; the "
            "carried motion continuing the ban is one.",
            "The carried motion to table Item 10 counts as one resolution because the court approved it.",
            "Resolution No. 2025-R-09 with its three sections and its BE IT FURTHER RESOLVED clause is one "
            "resolution, adopted by one motion.",
            "The Consent Agenda (items 5a to 5f, with Budget Amendment No. 2025-07 as Court Order No. "
            "2025-041) was approved by one motion and counts as one resolution under Item 5.",
            "Items with no motion (call to order, public comments, Item 12 'No action taken', the "
            "executive session items and the adjournment without a motion) have no resolution.",
            "Votes printed only as 'Motion carried 4-0.' are given yes 4, no 0, abstain 0, with no "
            "absent count because no roll call is printed.",
            "Roll calls name the absent member (Commissioner Oberholt) and give counts.absent 1.",
            "'Motion carried 3-0-1.' under Item 13 is read from its roll call as 3 aye, 0 nay, 1 "
            "abstention (Commissioner Kimbrough).",
            "The second Item 9 vote prints only the nay voter by name, so voters lists only 'no'.",
            "The County Clerk, Deputy Clerk, County Attorney, Auditor and department heads printed as "
            "'Also present' are county officers and staff, so their status is in_attendance.",
            "Commissioner Precinct 4 Glenda S. Oberholt is printed as absent, with no apology recorded.",
            "The two public speakers under Item 2 are not named, so they are not in the attendance.",
            "The signature block names the whole court for the approval on 28 April 2025 and adds no "
            "attendance.",
            "Minute titles are the clerk's shortened captions as printed after 'Item N.', and each minute "
            "item records the agenda item of the same number.",
            "The meeting started at 9:00 a.m. and was adjourned at 11:41 a.m.; the executive session ran "
            "from 10:42 a.m. to 11:27 a.m.",
            "The budget amendment table has twelve data rows; the totals are printed as a sentence below "
            "the table and are not a row.",
            "The running head 'VOL. 38 PAGE n' is the minute book page, not the PDF page number.",
            "Integration note: the author counted each carried motion as a resolution, as the prompt asked; the gold format counts Resolved clauses, so the count is kept as motions_carried and resolutions are not scored here.",
        ],
        "meeting": {"body": "Commissioners Court", "date": DATE, "start_time": "09:00", "end_time": "11:41"},
        "minutes": {
            "items": items,
            # the prompt asked for carried motions; the gold format counts "Resolved" clauses
            "motions_carried": sum(per_item.values()),
            "motions_carried_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
        "tables": [table],
    }


def gold() -> dict[str, dict]:
    records = {}
    for record in (_agenda_gold(), _minutes_gold()):
        stem = record["file"].removeprefix("generated/").removesuffix(".pdf").replace("/", "__")
        records[stem] = record
    return records

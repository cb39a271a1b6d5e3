"""Cold Ashwell Parish Council (fictional): a small English village parish council whose clerk
produces the papers in a word processor.

Two PDFs for the Ordinary Meeting of Wednesday 12th March 2025:

* the agenda (2 pages): letterhead with the clerk's address, telephone and email, the summons
  ("Members of the Council are hereby summoned ..."), the clerk's signature, fifteen numbered
  items with lettered planning applications (7a-7e) and dotted finance items (8.1-8.4), public
  participation, and a confidential staffing item after the exclusion of the press and public;
* the minutes of the same meeting (5 pages): running minute numbers with the year (25/038 ...),
  present / in attendance / also present, apologies received and accepted, absence without
  apology, declarations of interest, proposed / seconded / RESOLVED decisions, three votes with
  figures (one of them a recorded vote by name) and a unanimous decision, a table of planning
  applications, a table of planning decisions, a schedule of payments (payee, description, net,
  VAT, total), and the Chairman's signature at the end.

Everything (names, places, figures, application numbers) is invented.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

SLUG = "cold-ashwell"
BODY_SLUG = "parish-council"
COUNCIL = "Cold Ashwell Parish Council"
DATE = "2025-03-12"
AGENDA_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_agenda.pdf"
MINUTES_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_minutes.pdf"

CLERK = "Helen Marchbank"
PHONE = "01632 960418"
EMAIL = "clerk@coldashwell-pc.gov.uk"
ADDRESS = "3 Pound Cottages, Back Lane, Cold Ashwell, Harlandshire CX14 2RL"

CREATED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------------------------------------
# agenda data: (number, heading, description, parent, part)
# top-level items have a bold heading and a description below; sub-items print only their text.
# ---------------------------------------------------------------------------------------------
AGENDA = [
    ("1", "Apologies for Absence",
     "To receive and consider accepting apologies for absence.", None, "public"),
    ("2", "Declarations of Interest",
     "To receive declarations of disclosable pecuniary interests and other registrable or "
     "non-registrable interests in items on this agenda, and to consider any written requests "
     "for dispensations.", None, "public"),
    ("3", "Minutes",
     "To approve and sign as a correct record the minutes of the Ordinary Meeting held on "
     "Wednesday 12th February 2025.", None, "public"),
    ("4", "Public Participation",
     "The meeting will be adjourned for a period of up to 15 minutes to allow members of the "
     "public to raise matters or comment on items on this agenda. Each speaker is limited to "
     "3 minutes.", None, "public"),
    ("5", "County and District Councillor Reports",
     "To receive reports from the County Councillor and the District Councillor.", None,
     "public"),
    ("6", "Clerk's Report",
     "To receive the Clerk's report on matters arising from previous meetings (for information "
     "only).", None, "public"),
    ("7", "Planning",
     "To consider the following applications and agree the Council's responses:", None,
     "public"),
    ("a", None, "25/00187/HOU - 14 Mill Lane, Cold Ashwell - Single storey rear extension and "
     "replacement front porch.", "7", "public"),
    ("b", None, "25/00203/FUL - Land adjacent to Brook Farm, Ashwell Road - Erection of two "
     "detached dwellings with garages and formation of new vehicular access.", "7", "public"),
    ("c", None, "25/00231/TCA - The Old Rectory, Church Lane - Fell one Leylandii and reduce the "
     "crown of one sycamore by 2m within the Conservation Area.", "7", "public"),
    ("d", None, "25/00245/LBC - Forge Cottage, The Green - Replacement of three timber "
     "casement windows to the front elevation (like for like).", "7", "public"),
    ("e", None, "To note decisions notified by South Harland District Council since the last "
     "meeting.", "7", "public"),
    ("8", "Finance", None, None, "public"),
    ("8.1", None, "To approve the schedule of payments for March 2025 (circulated).", "8",
     "public"),
    ("8.2", None, "To note receipts and the bank reconciliation to 28th February 2025.", "8",
     "public"),
    ("8.3", None, "To consider a grant request from Cold Ashwell Pre-School for £350 towards new "
     "outdoor play equipment.", "8", "public"),
    ("8.4", None, "To review and adopt the Financial Risk Assessment 2025/26.", "8", "public"),
    ("9", "Highways and Footpaths",
     "To receive the Speed Indicator Device (SID) data for February and to consider relocating "
     "the SID to Station Road; to report any highway or footpath defects.", None, "public"),
    ("10", "Playing Field and Play Area",
     "To receive the monthly inspection report and to consider quotations for replacement "
     "safety surfacing beneath the swings.", None, "public"),
    ("11", "Annual Parish Meeting",
     "To agree arrangements for the Annual Parish Meeting on Wednesday 23rd April 2025.", None,
     "public"),
    ("12", "Correspondence",
     "To note correspondence received since the last meeting (list circulated).", None,
     "public"),
    ("13", "Date of Next Meeting",
     "Wednesday 9th April 2025 at 7.30pm in the Committee Room, Cold Ashwell Village Hall.",
     None, "public"),
    ("14", "Exclusion of the Press and Public",
     "To resolve that, pursuant to section 1(2) of the Public Bodies (Admission to Meetings) "
     "Act 1960, the press and public be excluded from the meeting for the following item by "
     "reason of the confidential nature of the business to be transacted.", None, "public"),
    ("15", "Staffing",
     "CONFIDENTIAL - To consider the report of the Staffing Panel on the Clerk's annual "
     "appraisal and its recommendation on the Clerk's salary point.", None, "exempt"),
]

# ---------------------------------------------------------------------------------------------
# minutes data
# ---------------------------------------------------------------------------------------------
PRESENT = [
    ("Richard Pennycott", "Chairman"),
    ("Susan Oakes", "Vice-Chairman"),
    ("Peter Brooksbank", None),
    ("Anil Chaudhry", None),
    ("Margaret Lilley", None),
    ("David Tranmer", None),
]

PLANNING_COLUMNS = ["Application No.", "Location", "Proposal", "Parish Council Response"]
PLANNING_ROWS = [
    ["25/00187/HOU", "14 Mill Lane", "Single storey rear extension and replacement front porch",
     "No objection"],
    ["25/00203/FUL", "Land adj. Brook Farm, Ashwell Road",
     "Erection of two detached dwellings with garages and new vehicular access",
     "Objection - see minute 25/044(b)"],
    ["25/00231/TCA", "The Old Rectory, Church Lane",
     "Fell one Leylandii; reduce crown of one sycamore by 2m (Conservation Area)",
     "No comment - defer to Tree Officer"],
    ["25/00245/LBC", "Forge Cottage, The Green",
     "Replacement of three timber casement windows (like for like)",
     "Support"],
]

DECISION_COLUMNS = ["Reference", "Site", "Proposal", "Decision"]
DECISION_ROWS = [
    ["24/02951/HOU", "7 Orchard Close", "Two storey side extension", "Approved with conditions"],
    ["24/03018/FUL", "Ashwell Garage, Station Road",
     "Change of use to two residential units", "Refused"],
    ["25/00044/TPO", "Yew Tree House, Church Lane", "Reduce limb of protected oak (T3)",
     "Approved"],
]

PAYMENT_COLUMNS = ["Payee", "Description", "Net £", "VAT £", "Total £"]
# (payee, description, net pence, vat pence)
PAYMENTS = [
    ("H Marchbank", "Clerk's salary - March 2025", 74218, 0),
    ("HMRC", "PAYE and employer's NI - March 2025", 18540, 0),
    ("Harlandshire Pension Fund", "Pension contributions - March 2025", 21296, 0),
    ("Greenacre Grounds Maintenance Ltd", "Grass cutting, playing field and churchyard (Feb)",
     24000, 4800),
    ("Cold Ashwell Village Hall", "Hire of committee room Jan - Mar 2025", 5400, 0),
    ("Wenlow Signs & Print", "Replacement noticeboard outside village shop", 63500, 12700),
    ("South Harland District Council", "Dog and litter bin emptying Q4", 16850, 3370),
    ("HALC", "Clerk training - year end accounts webinar", 4500, 900),
    ("PlaySafe Inspections Ltd", "Quarterly play area inspection", 8500, 1700),
    ("Unity Trust Bank", "Bank charges - February", 1800, 0),
    ("Information Commissioner's Office", "Data protection fee 2025/26 (DD)", 4000, 0),
    ("H Marchbank", "Expenses - mileage and postage", 2385, 0),
]


def money(pence: int) -> str:
    return f"{pence // 100:,}.{pence % 100:02d}"


PAYMENTS_TOTAL = sum(n + v for _, _, n, v in PAYMENTS)

# A minute: number, title, agenda item, blocks. A block is ("p", text) for a paragraph
# (markdown bold), ("sub", label, heading) for a lettered sub-paragraph heading,
# ("table", key) for a table, ("list", [lines]) for an indented list.
MINUTES = [
    ("25/038", "APOLOGIES FOR ABSENCE", "1", [
        ("p", "Apologies were received from Cllr Thomas Wick (work commitments) and Cllr Fiona "
              "Castellan (family commitments). Proposed Cllr Lilley, seconded Cllr Brooksbank "
              "and **RESOLVED** that the apologies be accepted."),
        ("p", "Apologies were also received from District Cllr Colin Haverstock. Cllr Barry "
              "Nuttall was absent without apology."),
    ]),
    ("25/039", "DECLARATIONS OF INTEREST", "2", [
        ("p", "Cllr Brooksbank declared an Other Registrable Interest in item 8.3 as a trustee of "
              "Cold Ashwell Pre-School and stated that he would leave the room for that item."),
        ("p", "Cllr Chaudhry declared a Non-Registrable Interest in item 7c as a near neighbour "
              "of The Old Rectory and took no part in the discussion or decision on that "
              "application."),
        ("p", "No written requests for dispensations had been received."),
    ]),
    ("25/040", "MINUTES OF THE PREVIOUS MEETING", "3", [
        ("p", "The minutes of the Ordinary Meeting held on 12th February 2025, having been "
              "circulated, were taken as read. Proposed Cllr Oakes, seconded Cllr Lilley and "
              "**RESOLVED** that the minutes be approved as a correct record, and they were "
              "signed by the Chairman."),
    ]),
    ("25/041", "PUBLIC PARTICIPATION", "4", [
        ("p", "The meeting was adjourned at 7.34pm. Five members of the public were present."),
        ("p", "Two residents of Ashwell Road spoke against application 25/00203/FUL (Land "
              "adjacent to Brook Farm), raising concerns about visibility at the proposed "
              "access on the bend, surface water flooding on the lane after heavy rain, and the "
              "loss of some 40 metres of established hedgerow."),
        ("p", "A resident reported dog fouling on public footpath CA/7 between the allotments "
              "and Mill Lane. The Clerk will ask the District Council's dog warden to patrol "
              "the area and will put a reminder in the April edition of the Ashwell Courier."),
        ("p", "Cllr Chaudhry arrived at 7.38pm. County Cllr Oduya arrived at 7.41pm. The "
              "meeting was reconvened at 7.47pm."),
    ]),
    ("25/042", "COUNTY AND DISTRICT COUNCILLOR REPORTS", "5", [
        ("p", "County Cllr Oduya reported that Harlandshire County Council had set its budget "
              "for 2025/26 with a council tax increase of 4.99%. Resurfacing of the B4172 "
              "between Cold Ashwell and Wenlow is programmed for July, with overnight closures; "
              "gully clearance on Church Lane has been requested following the January floods."),
        ("p", "District Cllr Haverstock's written report had been circulated. Members noted that "
              "the Local Plan Regulation 19 consultation closes on 28th March 2025 and that "
              "garden waste subscriptions for 2025/26 are now open."),
        ("p", "County Cllr Oduya left the meeting at 8.02pm."),
    ]),
    ("25/043", "CLERK'S REPORT", "6", [
        ("p", "The Clerk's report had been circulated. The replacement noticeboard outside the "
              "village shop has been installed; the defibrillator pads at the telephone kiosk "
              "have been replaced ahead of their expiry date; and the internal auditor for "
              "2024/25 has been engaged for the end of April. The report was noted."),
    ]),
    ("25/044", "PLANNING", "7", [
        ("p", "The Council considered the following applications. The Clerk will submit the "
              "responses below to South Harland District Council."),
        ("caption", "Planning applications considered"),
        ("table", "planning"),
        ("sub", "a)", "25/00187/HOU - 14 Mill Lane"),
        ("p", "Proposed Cllr Brooksbank, seconded Cllr Oakes. **RESOLVED** that the Council has "
              "no objection to the application."),
        ("sub", "b)", "25/00203/FUL - Land adjacent to Brook Farm, Ashwell Road"),
        ("p", "Members discussed the points raised during public participation. The site lies "
              "outside the settlement boundary defined in Policy CA2 of the Cold Ashwell "
              "Neighbourhood Plan. Cllr Tranmer proposed that the Council objects on the grounds "
              "of highway safety at the proposed access, surface water drainage, conflict with "
              "Policy CA2 and the loss of hedgerow; seconded by Cllr Lilley."),
        ("p", "On being put to the vote: For 4, Against 1, Abstentions 1. **RESOLVED** that the "
              "Council objects to the application for the reasons stated."),
        ("sub", "c)", "25/00231/TCA - The Old Rectory, Church Lane"),
        ("p", "Cllr Chaudhry took no part in this item. It was **resolved** that the Council "
              "makes no comment and defers to the District Council's Tree Officer."),
        ("sub", "d)", "25/00245/LBC - Forge Cottage, The Green"),
        ("p", "Proposed Cllr Oakes, seconded Cllr Tranmer. **RESOLVED** that the Council "
              "supports the application, which would preserve the character of the listed "
              "building."),
        ("sub", "e)", "Decisions notified by the District Council"),
        ("p", "The following decisions were noted:"),
        ("caption", "Decisions notified by South Harland District Council"),
        ("table", "decisions"),
    ]),
    ("25/045", "FINANCE", "8", [
        ("sub", "a)", "Schedule of payments"),
        ("p", "The schedule of payments for March 2025 had been circulated with the agenda:"),
        ("caption", "Schedule of Payments - March 2025"),
        ("table", "payments"),
        ("p", f"Proposed Cllr Oakes, seconded Cllr Brooksbank and **RESOLVED** unanimously that "
              f"the payments totalling £{money(PAYMENTS_TOTAL)} be approved. The Chairman and "
              f"Cllr Oakes will authorise the online payments."),
        ("sub", "b)", "Receipts and bank reconciliation"),
        ("p", "Receipts since the last meeting: allotment rents £385.00 and VAT refund "
              "(2024/25 first half) £1,214.62. The bank reconciliation to 28th February 2025, "
              "showing balances of £9,842.17 (current account) and £21,506.40 (reserve "
              "account), was noted and signed by the Chairman."),
        ("sub", "c)", "Grant request - Cold Ashwell Pre-School"),
        ("p", "Cllr Brooksbank left the room at 8.31pm. Cllr Oakes proposed that a grant of "
              "£350 be awarded under section 137 of the Local Government Act 1972; seconded "
              "by Cllr Chaudhry. At the request of Cllr Tranmer a recorded vote was taken:"),
        ("list", ["For: Cllrs Oakes, Chaudhry and Pennycott (3)",
                  "Against: Cllrs Tranmer and Lilley (2)",
                  "Abstentions: none (0)"]),
        ("p", "**RESOLVED** that a grant of £350 be awarded to Cold Ashwell Pre-School towards "
              "outdoor play equipment, subject to receipts being provided. Cllr Brooksbank "
              "returned to the meeting at 8.40pm."),
        ("sub", "d)", "Financial Risk Assessment 2025/26"),
        ("p", "Members reviewed the Financial Risk Assessment. It was **resolved** that the "
              "Financial Risk Assessment 2025/26 be adopted without amendment."),
    ]),
    ("25/046", "HIGHWAYS AND FOOTPATHS", "9", [
        ("p", "The SID data for February had been circulated: 8,214 vehicles were recorded "
              "entering the village on Ashwell Road, of which 31% exceeded the 30mph limit; "
              "the highest speed recorded was 58mph at 06.12am."),
        ("p", "Cllr Lilley proposed that the SID be moved to Station Road from 1st April 2025; "
              "seconded by Cllr Tranmer. There were 2 votes in favour and 4 against, with no "
              "abstentions, and the motion was lost. It was agreed that the SID remain on "
              "Ashwell Road until the end of May and that its location be reviewed at the June "
              "meeting."),
        ("p", "The Clerk will report the pothole at the junction of Station Road and Mill Lane "
              "to the County Council. The stile on footpath CA/3 is loose; Cllr Tranmer will "
              "inspect it and report back."),
    ]),
    ("25/047", "PLAYING FIELD AND PLAY AREA", "10", [
        ("p", "The monthly inspection report (Cllr Brooksbank) was received: minor wear to the "
              "zip wire seat was noted and the bolts on the bench by the gate have been "
              "tightened. Three quotations for replacement safety surfacing beneath the swings "
              "had been obtained:"),
        ("list", ["PlaySafe Surfacing Ltd - £3,480.00 plus VAT",
                  "Greenfield Play Ltd - £2,950.00 plus VAT",
                  "Rubbertop Ltd - £3,215.00 plus VAT"]),
        ("p", "Proposed Cllr Brooksbank, seconded Cllr Oakes. It was **resolved** to accept the "
              "quotation from Greenfield Play Ltd of £2,950.00 plus VAT, to be met from the "
              "play area earmarked reserve."),
    ]),
    ("25/048", "ANNUAL PARISH MEETING", "11", [
        ("p", "Agreed: the Annual Parish Meeting will be held on Wednesday 23rd April 2025 at "
              "7.00pm in the Village Hall. The Clerk will invite a speaker from the Harland "
              "Wildlife Trust and arrange refreshments; the Chairman will prepare his annual "
              "report and local groups will be invited to give short reports."),
    ]),
    ("25/049", "CORRESPONDENCE", "12", [
        ("p", "The list of correspondence had been circulated and was noted, including the HALC "
              "monthly bulletin, the District Council's Local Plan consultation notice and a "
              "letter from a resident about the condition of the bus shelter on The Green, "
              "which will be placed on the April agenda."),
    ]),
    ("25/050", "DATE OF NEXT MEETING", "13", [
        ("p", "The next Ordinary Meeting will be held on Wednesday 9th April 2025 at 7.30pm in "
              "the Committee Room, Cold Ashwell Village Hall."),
    ]),
    ("25/051", "EXCLUSION OF THE PRESS AND PUBLIC", "14", [
        ("p", "Proposed Cllr Pennycott, seconded Cllr Oakes and **RESOLVED** that, pursuant to "
              "section 1(2) of the Public Bodies (Admission to Meetings) Act 1960, the press and "
              "public be excluded for the following item by reason of the confidential nature "
              "of the business to be transacted. The two remaining members of the public left "
              "the meeting at 9.08pm."),
    ]),
    ("25/052", "STAFFING (CONFIDENTIAL)", "15", [
        ("p", "The Chairman presented the report of the Staffing Panel on the Clerk's annual "
              "appraisal held on 26th February 2025. **RESOLVED** that the recommendation of the "
              "Staffing Panel be accepted and that the Clerk be moved from SCP 24 to SCP 25 with "
              "effect from 1st April 2025."),
    ]),
]

CLOSE = "There being no further business, the Chairman closed the meeting at 9.22pm."


# ---------------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------------
class _Doc(FPDF):
    def __init__(self, kind: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.kind = kind
        self.set_creation_date(CREATED)
        self.set_title(f"{COUNCIL} - {kind}")
        self.set_author(CLERK)
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=24)
        self.alias_nb_pages()

    def header(self) -> None:
        if self.kind == "Minutes" and self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 9)
            self.cell(170, 4, "Cold Ashwell Parish Council - Minutes of the Ordinary Meeting "
                      "held on 12th March 2025", align="R")
            self.set_text_color(0, 0, 0)
            self.set_xy(20, 18)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        if self.kind == "Minutes":
            self.cell(100, 4, "Chairman's initials: ..............")
            self.cell(70, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        else:
            self.cell(170, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def _para(pdf: FPDF, text: str, left: float, size: float = 10.5, gap: float = 1.6,
          style: str = "") -> None:
    old = pdf.l_margin
    pdf.set_left_margin(left)
    pdf.set_x(left)
    pdf.set_font("Helvetica", style, size)
    pdf.multi_cell(190 - left, 5, text, markdown=True, align="J",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(old)
    pdf.set_x(old)
    pdf.ln(gap)


def _render_agenda() -> FPDF:
    pdf = _Doc("Agenda")
    pdf.add_page()
    # letterhead
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(170, 9, "COLD ASHWELL PARISH COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(170, 4.5, f"Clerk: Mrs {CLERK}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(170, 4.5, ADDRESS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(170, 4.5, f"Tel: {PHONE}    Email: {EMAIL}", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_line_width(0.5)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(6)

    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(170, 5, "To: All Members of Cold Ashwell Parish Council", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(3)
    _para(pdf, "Members of the Council are hereby summoned to attend the **Ordinary Meeting** of "
               "Cold Ashwell Parish Council to be held in the Committee Room, Cold Ashwell "
               "Village Hall, Church Lane on **Wednesday 12th March 2025 at 7.30pm** for the "
               "purpose of transacting the business set out below.", 20, gap=4)
    # signature
    pdf.set_font("Times", "I", 20)
    pdf.cell(80, 9, "H. Marchbank", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(80, 5, CLERK, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 5, "Clerk to the Council", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 5, "5th March 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.set_font("Helvetica", "BU", 13)
    pdf.cell(170, 7, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    for number, heading, desc, parent, _part in AGENDA:
        if parent is None:
            if pdf.get_y() > 250:
                pdf.add_page()
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.set_x(20)
            pdf.cell(10, 5.5, f"{number}.")
            pdf.cell(160, 5.5, heading, new_x="LMARGIN", new_y="NEXT")
            if desc:
                _para(pdf, desc, 30, gap=2.4)
            else:
                pdf.ln(1)
        else:
            label = f"{number}." if not number[0].isdigit() else number
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_x(30)
            pdf.cell(10, 5, label)
            _para(pdf, desc, 40, gap=1.2)
            if number in ("e", "8.4"):
                pdf.ln(1.4)

    pdf.ln(4)
    pdf.set_font("Helvetica", "I", 8.5)
    _para(pdf, "Members of the public and press are welcome to attend. Any person wishing to "
               "speak during Public Participation is asked to notify the Clerk before the "
               "meeting. Under the Openness of Local Government Bodies Regulations 2014 the "
               "meeting may be filmed, recorded or reported; please inform the Chairman at the "
               "start of the meeting if you intend to do so.", 20, size=8.5, style="I")
    _para(pdf, "Councillors are reminded of the Code of Conduct and the need to declare any "
               "interests at the start of the meeting or as soon as the interest becomes "
               "apparent.", 20, size=8.5, style="I")
    return pdf


def _table(pdf: FPDF, columns: list[str], rows: list[list[str]], widths: tuple,
           numeric: int = 0) -> tuple[int, int]:
    first = pdf.page_no()
    pdf.set_font("Helvetica", "", 9)
    pdf.set_x(20)
    heading = FontFace(emphasis="B", fill_color=(225, 225, 225))
    align = ["LEFT"] * (len(columns) - numeric) + ["RIGHT"] * numeric
    with pdf.table(col_widths=widths, width=170, align="LEFT", text_align=align,
                   headings_style=heading, line_height=4.6, padding=1.2,
                   repeat_headings=1) as table:
        for line in [columns, *rows]:
            row = table.row()
            for value in line:
                row.cell(value)
    last = pdf.page_no()
    pdf.ln(3)
    return first, last


def _render_minutes(pages: dict | None = None) -> FPDF:
    pdf = _Doc("Minutes")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(170, 8, "COLD ASHWELL PARISH COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.multi_cell(170, 5, "MINUTES OF THE ORDINARY MEETING OF THE PARISH COUNCIL HELD IN THE "
                   "COMMITTEE ROOM, COLD ASHWELL VILLAGE HALL ON WEDNESDAY 12th MARCH 2025 AT "
                   "7.30pm", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    def block(label: str, lines: list[str]) -> None:
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_x(20)
        pdf.cell(32, 5, label)
        pdf.set_font("Helvetica", "", 10.5)
        for i, line in enumerate(lines):
            pdf.set_x(52)
            pdf.cell(138, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    present = [f"Cllr {n} ({r})" if r else f"Cllr {n}" for n, r in PRESENT]
    block("Present:", present)
    block("In attendance:", [f"Mrs {CLERK} (Clerk and RFO)"])
    block("Also present:", ["County Cllr Janet Oduya (from 7.41pm to 8.02pm)",
                            "Five members of the public"])
    pdf.ln(2)

    caption = ""
    for number, title, _agenda, blocks in MINUTES:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_x(20)
        pdf.cell(22, 5.5, number)
        pdf.cell(148, 5.5, title, new_x="LMARGIN", new_y="NEXT")
        for b in blocks:
            kind = b[0]
            if kind == "p":
                _para(pdf, b[1], 42)
            elif kind == "sub":
                if pdf.get_y() > 252:
                    pdf.add_page()
                pdf.set_font("Helvetica", "BI", 10.5)
                pdf.set_x(42)
                pdf.cell(8, 5, b[1])
                pdf.cell(120, 5, b[2], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.6)
            elif kind == "list":
                for line in b[1]:
                    _para(pdf, line, 50, gap=0.4)
                pdf.ln(1.2)
            elif kind == "caption":
                if pdf.get_y() > 240:
                    pdf.add_page()
                pdf.set_font("Helvetica", "B", 9.5)
                pdf.set_x(20)
                pdf.cell(170, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
                caption = b[1]
            elif kind == "table":
                key = b[1]
                if key == "planning":
                    span = _table(pdf, PLANNING_COLUMNS, PLANNING_ROWS, (28, 40, 60, 42))
                elif key == "decisions":
                    span = _table(pdf, DECISION_COLUMNS, DECISION_ROWS, (30, 46, 58, 36))
                else:
                    rows = [[p, d, money(n), money(v), money(n + v)] for p, d, n, v in PAYMENTS]
                    span = _table(pdf, PAYMENT_COLUMNS, rows, (50, 72, 16, 16, 16), numeric=3)
                if pages is not None:
                    pages[key] = (span, caption)
        pdf.ln(1.5)

    _para(pdf, CLOSE, 20, gap=12)
    if pdf.get_y() > 250:
        pdf.add_page()
    pdf.set_font("Helvetica", "", 10.5)
    pdf.set_x(20)
    pdf.cell(20, 8, "Signed:")
    pdf.set_font("Times", "I", 18)
    pdf.cell(60, 8, "R. Pennycott")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(15, 8, "Date:")
    pdf.cell(50, 8, "9th April 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(40)
    pdf.cell(60, 5, "Chairman", new_x="LMARGIN", new_y="NEXT")
    return pdf


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    written = []
    for sub, name, render in (("agendas", AGENDA_FILE, _render_agenda),
                              ("minutes", MINUTES_FILE, _render_minutes)):
        out = folder / sub
        out.mkdir(parents=True, exist_ok=True)
        path = out / name
        path.write_bytes(bytes(render().output()))
        written.append(path)
    return written


# ---------------------------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------------------------
def _plain(text: str) -> str:
    return text.replace("**", "")


def _resolutions(blocks: list) -> int:
    text = " ".join(_plain(b[1]) for b in blocks if b[0] == "p")
    return len(re.findall(r"\bresolved\b", text, flags=re.IGNORECASE))


def gold() -> dict[str, dict]:
    meeting = {"body": COUNCIL, "date": DATE, "start_time": "19:30"}
    agenda_items = []
    for number, heading, desc, parent, part in AGENDA:
        title = heading if heading else desc.rstrip(".")
        item = {"number": number, "title": title, "pages": None, "part": part,
                "parent": parent}
        if heading and desc:
            item["note"] = desc
        agenda_items.append(item)

    agenda_record = {
        "file": f"generated/agendas/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "The body is the full parish council, so meeting.body is the council's name.",
            "Top-level items print a bold heading and a description on the lines below; the "
            "title is the heading and the description is kept as note.",
            "Items 7a-7e print as 'a.' to 'e.' and their number is the letter without the dot; "
            "their parent is 7. Items 8.1-8.4 print dotted numbers with parent 8.",
            "Item 8 (Finance) prints a heading only, with no description.",
            "Sub-item titles are the whole printed line, without the final full stop.",
            "No page numbers are printed against items, so pages are null.",
            "Item 15 (Staffing) follows the exclusion of the press and public and is marked "
            "CONFIDENTIAL, so it is exempt; item 14 itself (the resolution to exclude) is "
            "public.",
            "The contact is the clerk from the letterhead; 'Mrs' is dropped from the name.",
            "The agenda is signed by the clerk on 5th March 2025; that date is not the meeting "
            "date.",
        ],
        "meeting": {**meeting,
                    "contact": {"name": CLERK, "phone": PHONE, "email": EMAIL}},
        "agenda": agenda_items,
    }

    pages: dict = {}
    _render_minutes(pages)

    items = []
    per_item = {}
    total = 0
    for number, title, agenda_no, blocks in MINUTES:
        items.append({"number": number, "title": title, "agenda_item": agenda_no})
        n = _resolutions(blocks)
        if n:
            per_item[number] = n
        total += n

    votes = [
        {"item": "25/044", "result": "carried",
         "counts": {"yes": 4, "no": 1, "abstain": 1},
         "motion": "That the Council objects to application 25/00203/FUL",
         "mover": "David Tranmer", "seconder": "Margaret Lilley",
         "result_as_printed": "RESOLVED"},
        {"item": "25/045", "result": "carried", "counts": None,
         "motion": f"That the payments totalling £{money(PAYMENTS_TOTAL)} be approved",
         "mover": "Susan Oakes", "seconder": "Peter Brooksbank",
         "result_as_printed": "RESOLVED unanimously",
         "note": "Unanimous; no figures printed."},
        {"item": "25/045", "result": "carried",
         "counts": {"yes": 3, "no": 2, "abstain": 0},
         "voters": {"yes": ["Susan Oakes", "Anil Chaudhry", "Richard Pennycott"],
                    "no": ["David Tranmer", "Margaret Lilley"], "abstain": []},
         "motion": "That a grant of £350 be awarded to Cold Ashwell Pre-School",
         "mover": "Susan Oakes", "seconder": "Anil Chaudhry",
         "result_as_printed": "RESOLVED",
         "note": "Recorded vote; Cllr Brooksbank had left the room (declared interest)."},
        {"item": "25/046", "result": "lost",
         "counts": {"yes": 2, "no": 4, "abstain": 0},
         "motion": "That the SID be moved to Station Road from 1st April 2025",
         "mover": "Margaret Lilley", "seconder": "David Tranmer",
         "result_as_printed": "the motion was lost"},
    ]

    attendance = [{"name": n, "status": "present", **({"role": r} if r else {})}
                  for n, r in PRESENT]
    attendance += [
        {"name": CLERK, "status": "in_attendance", "role": "Clerk and RFO"},
        {"name": "Janet Oduya", "status": "also_present", "role": "County Councillor"},
        {"name": "Thomas Wick", "status": "apologies"},
        {"name": "Fiona Castellan", "status": "apologies"},
        {"name": "Colin Haverstock", "status": "apologies", "role": "District Councillor"},
        {"name": "Barry Nuttall", "status": "absent"},
    ]

    def table(key: str, columns: list[str], rows: list[list[str]], sample: list[int]) -> dict:
        (first, last), caption = pages[key]
        return {
            "page": first, "title": caption, "columns": columns, "row_count": len(rows),
            "pages": {"first": first, "last": last},
            "rows": [{"index": i, "cells": dict(zip(columns, rows[i]))} for i in sample],
        }

    pay_rows = [[p, d, money(n), money(v), money(n + v)] for p, d, n, v in PAYMENTS]
    minutes_record = {
        "file": f"generated/minutes/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "The body is the full parish council, so meeting.body is the council's name.",
            "Minute numbers are printed as '25/038' etc. (year/running number); each maps to "
            "the agenda item of the same order.",
            "Lettered sub-paragraphs a)-e) inside minutes 25/044 and 25/045 are parts of one "
            "minute, not separate minute items.",
            "Resolutions count every 'RESOLVED' / 'It was resolved' clause (12); 'It was "
            "agreed' (25/046, 25/048) and 'noted' are not counted, nor the lost motion.",
            "The payments approval is 'RESOLVED unanimously' with no figures: a vote with "
            "counts null.",
            "The grant vote under 25/045 is a recorded vote naming councillors by surname; "
            "voters are given with full names from the Present list.",
            "The SID vote prints 'with no abstentions', so abstain is 0.",
            "County Cllr Oduya is printed under 'Also present' and is also_present; the Clerk "
            "under 'In attendance' is in_attendance. Five members of the public are not named.",
            "District Cllr Haverstock sent apologies (printed in minute 25/038) though not a "
            "member of the parish council; status apologies.",
            "Cllr Nuttall was 'absent without apology': status absent.",
            "Cllr Chaudhry arrived late (7.38pm) but is in the Present list: present.",
            "Payment table totals are printed in the resolution text below the table, not as "
            "a table row; amounts are given as printed (thousands separated by commas).",
            "The meeting closed at 9.22pm (end_time 21:22).",
        ],
        "meeting": {**meeting, "end_time": "21:22"},
        "minutes": {
            "items": items,
            "resolutions": total,
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
        "tables": [
            table("planning", PLANNING_COLUMNS, PLANNING_ROWS, [0, 1, 3]),
            table("decisions", DECISION_COLUMNS, DECISION_ROWS, [0, 1]),
            table("payments", PAYMENT_COLUMNS, pay_rows, [0, 3, 5, 11]),
        ],
    }
    return {
        f"agendas__{AGENDA_FILE[:-4]}": agenda_record,
        f"minutes__{MINUTES_FILE[:-4]}": minutes_record,
    }

"""Wexcombe Town Council (fictional English town council in the fictional county of Loamshire):
the Full Council meeting of Tuesday 12th November 2024 at 7.00pm, printed the way English town
councils type their papers in a word processor.

Three PDFs:

* agendas/..._agenda.pdf - the summons on the council letterhead ("Members of the Council are
  hereby summoned to attend ..."), signed by the Town Clerk, followed by the agenda: items 1-14
  in bold capitals with explanatory sentences beneath, lettered sub-items (a), (b), (c) under
  items 5, 7 and 8, a "PART II - CONFIDENTIAL ITEM" banner before item 14 (exclusion under the
  Public Bodies (Admission to Meetings) Act 1960 at item 13), notes for the public and a
  distribution list. Running header and "Page X of Y" footers.
* packs/..._agenda-pack.pdf - the same agenda, reissued with "(Appendix A, pages 4-5)" style
  references, followed by Appendix A (schedule of payments, a ruled table running over two pages
  with repeated headings), Appendix B (budget monitoring table with INCOME / EXPENDITURE banner
  rows) and Appendix C (the RFO's draft budget report with a cost-centre summary table).
* minutes/..._minutes.pdf - draft minutes with a two-column "Councillors present:" block,
  "In attendance:" officers and "Also present:" guests, minute references FC/24/101 to FC/24/114
  in a left-hand column, "RESOLVED: that ..." and "It was RESOLVED to ..." decisions (some in
  numbered parts), an amendment lost and a substantive motion carried with counts, a recorded vote
  by name under Standing Orders, a show-of-hands vote with counts, a late arrival and an early
  departure, and a signature/page footer on every page.

Everything (place, people, amounts, wording) is invented.
"""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

COUNCIL = "Wexcombe Town Council"
COUNCIL_SLUG = "wexcombe-town-council"
BODY = "Full Council"
BODY_SLUG = "full-council"
DATE = "2024-11-12"
DATE_LONG = "Tuesday 12th November 2024"
START = "19:00"
END = "21:02"
CLERK = "Jennifer Pellow"
PHONE = "01632 960418"
EMAIL = "townclerk@wexcombe-tc.gov.uk"
ADDRESS = "The Guildhall, Market Place, Wexcombe, Loamshire WX4 7QT"
CREATED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)

STEM = f"{COUNCIL_SLUG}_{BODY_SLUG}_{DATE}"
AGENDA_FILE = f"agendas/{STEM}_agenda.pdf"
PACK_FILE = f"packs/{STEM}_agenda-pack.pdf"
MINUTES_FILE = f"minutes/{STEM}_minutes.pdf"

L_MARGIN = 20.0
R_MARGIN = 20.0
TEXT_W = 210.0 - L_MARGIN - R_MARGIN


def _money(value: Decimal | int, sign: bool = False) -> str:
    value = Decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = f"{abs(value):,.2f}"
    if value < 0:
        return "-" + text
    return ("+" + text) if sign and value > 0 else text


def _whole(value: int, sign: bool = False) -> str:
    text = f"{abs(value):,}"
    if value < 0:
        return "-" + text
    return ("+" + text) if sign and value > 0 else text


def _pct(part: Decimal, whole: Decimal) -> int:
    return int((Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


# --------------------------------------------------------------------------------------------
# Finance data (Appendix A, B, C and the figures quoted in the agenda and minutes)
# --------------------------------------------------------------------------------------------

# date, payee, details, method, net, VAT-able
PAYMENTS = [
    ("01/10/2024", "Loamshire Pension Fund", "Employer and employee pension contributions - September 2024",
     "BACS", "6412.88", False),
    ("01/10/2024", "HM Revenue & Customs", "PAYE and National Insurance - month 6", "BACS", "5930.41", False),
    ("02/10/2024", "Wexvale District Council", "Business rates - The Guildhall (instalment 7 of 10)", "DD",
     "1284.00", False),
    ("02/10/2024", "Severnmoor Water", "Water and sewerage - Tanner's Field pavilion", "DD", "86.52", False),
    ("03/10/2024", "Brightline Energy Ltd", "Electricity - The Guildhall, September 2024", "DD", "742.15", True),
    ("03/10/2024", "Brightline Energy Ltd", "Electricity - public conveniences, Sheep Street", "DD", "118.40",
     True),
    ("04/10/2024", "Kestrel Telecom plc", "Telephone and broadband - Town Council office", "DD", "64.99", True),
    ("07/10/2024", "Loamshire Association of Local Councils", "Training - planning for councillors (2 places)",
     "BACS", "90.00", False),
    ("07/10/2024", "Greenway Grounds Maintenance Ltd", "Grass cutting and hedge maintenance - cut 8 of 10",
     "BACS", "2145.00", True),
    ("08/10/2024", "Hartwell Office Supplies", "Stationery and printer toner", "Card", "57.34", True),
    ("08/10/2024", "Wexcombe Hardware", "Padlocks and chain - allotment gates, Orchard Road", "Card", "42.50",
     True),
    ("09/10/2024", "Castle Hill Print", "Town newsletter - autumn edition, 4,800 copies", "BACS", "1187.00",
     False),
    ("10/10/2024", "Pellbrook Waste Services", "Trade waste collection - July to September", "BACS", "486.30",
     True),
    ("10/10/2024", "ParkSafe Inspections Ltd", "Quarterly operational inspection - four play areas", "BACS",
     "360.00", True),
    ("11/10/2024", "Wexcombe Scout Group", "Community grant (minute FC/24/079)", "BACS", "750.00", False),
    ("14/10/2024", "Orchard Locksmiths", "Repair to Guildhall rear fire door", "BACS", "214.00", True),
    ("14/10/2024", "Hendry & Cole Electrical", "Annual portable appliance testing - Guildhall and pavilion",
     "BACS", "295.00", True),
    ("15/10/2024", "Mercian Community Bank", "Bank charges - September 2024", "DD", "18.60", False),
    ("15/10/2024", "Loamshire Clean Co", "Cleaning - public conveniences, September 2024", "BACS", "1340.00",
     True),
    ("16/10/2024", "Marsh & Lowe Solicitors", "Legal advice - lease of Tanner's Field pavilion", "BACS",
     "875.00", True),
    ("17/10/2024", "Wexcombe Heritage Trust", "Remembrance Sunday - wreaths and printed programmes", "BACS",
     "185.00", False),
    ("18/10/2024", "Greenway Grounds Maintenance Ltd", "Grass cutting and hedge maintenance - cut 9 of 10",
     "BACS", "2145.00", True),
    ("21/10/2024", "Festive Lighting Solutions Ltd",
     "Christmas lights - installation and testing (50% deposit)", "BACS", "3150.00", True),
    ("22/10/2024", "Staff salaries", "Net salaries - October 2024 (8 staff)", "BACS", "16842.27", False),
    ("22/10/2024", "Hartwell Office Supplies", "Photocopier lease - quarterly rental", "DD", "312.00", True),
    ("23/10/2024", "Town Clerk (expenses)", "Mileage and parking - regional clerks' conference", "BACS",
     "48.60", False),
    ("24/10/2024", "Cloudwise IT Services", "IT support and email licences - October 2024", "DD", "226.80",
     True),
    ("25/10/2024", "Wexcombe Building Supplies", "Concrete and fence posts - allotment repairs", "Card",
     "167.45", True),
    ("28/10/2024", "Loamshire County Council", "Temporary traffic regulation order - Christmas event", "BACS",
     "460.00", False),
    ("28/10/2024", "Signal Security Ltd", "Intruder alarm monitoring - Guildhall, October to December",
     "BACS", "198.00", True),
    ("29/10/2024", "Parish Mutual Insurance", "Additional premium - new CCTV equipment", "BACS", "83.25",
     False),
    ("30/10/2024", "Hendry & Cole Electrical", "Replacement lighting - War Memorial gardens", "BACS",
     "1420.00", True),
    ("30/10/2024", "Wexcombe Hardware", "Bulbs and compost - town centre planters", "Card", "96.80", True),
    ("31/10/2024", "Mercian Community Bank", "Bank charges - October 2024", "DD", "18.60", False),
]


def _payment_rows() -> list[dict]:
    rows = []
    for date, payee, details, method, net, vatable in PAYMENTS:
        net_d = Decimal(net)
        vat = (net_d * Decimal("0.20")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) if vatable \
            else Decimal("0.00")
        rows.append({"Date": date, "Payee": payee, "Details": details, "Method": method,
                     "Net": _money(net_d), "VAT": _money(vat), "Gross": _money(net_d + vat),
                     "_gross": net_d + vat})
    return rows


PAYMENT_COLUMNS = ["Date", "Payee", "Details", "Method", "Net", "VAT", "Gross"]
PAYMENTS_TOTAL = _money(sum((r["_gross"] for r in _payment_rows()), Decimal("0")))

# code, heading, annual budget, actual to 31 October 2024
BUDGET_INCOME = [
    ("4001", "Precept", 552000, "552000.00"),
    ("4010", "Guildhall hire", 9500, "6214.50"),
    ("4020", "Allotment rents", 3850, "3702.00"),
    ("4030", "Market stall fees", 4200, "2611.00"),
    ("4040", "Cemetery fees", 3000, "2180.00"),
    ("4050", "Bank interest", 1500, "1247.63"),
]
BUDGET_EXPENDITURE = [
    ("5001", "Salaries and on-costs", 301200, "171440.12"),
    ("5010", "Training and conferences", 2400, "1385.00"),
    ("5020", "Office costs and IT", 11800, "6902.31"),
    ("5030", "Insurance", 6900, "6712.44"),
    ("5040", "Audit and professional fees", 4200, "2875.00"),
    ("5050", "Subscriptions", 2300, "2186.00"),
    ("5060", "Councillor allowances and civic", 12200, "5120.18"),
    ("6001", "Guildhall - utilities", 24500, "16318.90"),
    ("6010", "Guildhall - repairs and maintenance", 31650, "14207.66"),
    ("6020", "Guildhall - business rates", 12840, "8988.00"),
    ("6030", "Market Place and public conveniences", 15160, "9542.10"),
    ("7001", "Grounds maintenance contract", 42900, "25740.00"),
    ("7010", "Play areas - inspections and repairs", 9500, "4318.25"),
    ("7020", "Allotments", 6000, "3912.40"),
    ("7030", "Trees and planting", 15000, "6104.80"),
    ("8001", "Events", 22900, "9867.32"),
    ("8010", "Community grants", 18000, "11250.00"),
    ("9001", "Loan repayments (PWLB)", 19600, "9800.00"),
    ("9010", "Transfer to General Reserve", 15000, "0.00"),
]
EVENTS_CODE = "8001"
MONITOR_COLUMNS = ["Code", "Budget Heading", "Annual Budget", "Actual to Date", "Variance", "% Used"]


def _monitor_row(code: str, heading: str, budget: int, actual: str) -> dict:
    actual_d = Decimal(actual)
    return {"Code": code, "Budget Heading": heading, "Annual Budget": _money(budget),
            "Actual to Date": _money(actual_d), "Variance": _money(Decimal(budget) - actual_d),
            "% Used": f"{_pct(actual_d, Decimal(budget))}%"}


INCOME_PCT = _pct(sum(Decimal(a) for *_, a in BUDGET_INCOME), Decimal(sum(b for _, _, b, _ in BUDGET_INCOME)))
SPEND_PCT = _pct(sum(Decimal(a) for *_, a in BUDGET_EXPENDITURE),
                 Decimal(sum(b for _, _, b, _ in BUDGET_EXPENDITURE)))

# cost centre, budget 2024/25, draft 2025/26
BUDGET_SUMMARY = [
    ("Staffing", 301200, 318400),
    ("Administration", 39800, 41250),
    ("Guildhall and Market Place", 84150, 88730),
    ("Parks, Open Spaces and Allotments", 73400, 76900),
    ("Events and Civic", 22900, 24600),
    ("Community Grants", 18000, 18000),
    ("Capital Financing (loan repayments)", 19600, 19600),
    ("Contribution to General Reserve", 15000, 25000),
]
OTHER_INCOME = (22050, 23580)
NET_2425 = sum(r[1] for r in BUDGET_SUMMARY)
NET_2526 = sum(r[2] for r in BUDGET_SUMMARY)
PRECEPT_2425 = NET_2425 - OTHER_INCOME[0]
PRECEPT_2526 = NET_2526 - OTHER_INCOME[1]
TAX_BASE_2425 = Decimal("4688.3")
TAX_BASE_2526 = Decimal("4812.6")
assert (NET_2425, NET_2526, PRECEPT_2425, PRECEPT_2526) == (574050, 612480, 552000, 588900)
assert NET_2425 == sum(b for _, _, b, _ in BUDGET_EXPENDITURE)
assert PRECEPT_2425 == BUDGET_INCOME[0][2]


def _band_d(precept: int, base: Decimal) -> Decimal:
    return (Decimal(precept) / base).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


BAND_D_2425 = _band_d(PRECEPT_2425, TAX_BASE_2425)
BAND_D_2526 = _band_d(PRECEPT_2526, TAX_BASE_2526)
BAND_D_RISE = BAND_D_2526 - BAND_D_2425
BAND_D_PCT = (BAND_D_RISE * 100 / BAND_D_2425).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
AMENDED_RESERVE = 10000
AMENDED_PCT = ((_band_d(PRECEPT_2526 - (25000 - AMENDED_RESERVE), TAX_BASE_2526) - BAND_D_2425) * 100
               / BAND_D_2425).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
SUMMARY_TITLE = "Table 1: Draft budget 2025/26 by cost centre (all figures in \u00a3)"
SUMMARY_COLUMNS = ["Cost Centre", "Budget 2024/25", "Draft Budget 2025/26", "Change"]


def _summary_rows() -> list[dict]:
    rows = [{"Cost Centre": name, "Budget 2024/25": _whole(a), "Draft Budget 2025/26": _whole(b),
             "Change": _whole(b - a, sign=True) if b != a else "0"} for name, a, b in BUDGET_SUMMARY]
    rows.append({"Cost Centre": "Total net expenditure", "Budget 2024/25": _whole(NET_2425),
                 "Draft Budget 2025/26": _whole(NET_2526), "Change": _whole(NET_2526 - NET_2425, sign=True)})
    rows.append({"Cost Centre": "Less: other income", "Budget 2024/25": _whole(-OTHER_INCOME[0]),
                 "Draft Budget 2025/26": _whole(-OTHER_INCOME[1]),
                 "Change": _whole(OTHER_INCOME[0] - OTHER_INCOME[1])})
    rows.append({"Cost Centre": "Precept requirement", "Budget 2024/25": _whole(PRECEPT_2425),
                 "Draft Budget 2025/26": _whole(PRECEPT_2526),
                 "Change": _whole(PRECEPT_2526 - PRECEPT_2425, sign=True)})
    return rows


# --------------------------------------------------------------------------------------------
# Agenda
# --------------------------------------------------------------------------------------------

# Each item: number, title, description paragraphs, sub-items [(label, text, appendix)], part,
# appendix key for the item itself.
AGENDA = [
    {"number": "1", "title": "APOLOGIES FOR ABSENCE",
     "desc": ["To receive apologies for absence and to consider whether to approve the reasons given "
              "(Local Government Act 1972, section 85)."]},
    {"number": "2", "title": "DECLARATIONS OF INTEREST",
     "desc": ["To receive declarations of disclosable pecuniary interests, other registrable interests and "
              "non-registrable interests in respect of items on this agenda, in accordance with the Council's "
              "Code of Conduct, and to consider any written requests for dispensations received by the Town "
              "Clerk."]},
    {"number": "3", "title": "PUBLIC PARTICIPATION",
     "desc": ["The meeting will be adjourned for a period of up to 15 minutes to allow members of the public "
              "to ask questions or make representations on matters relating to the business of the Council. "
              "Each speaker may speak for up to three minutes. Questions which cannot be answered at the "
              "meeting will receive a written response from the Town Clerk."]},
    {"number": "4", "title": "MINUTES OF THE PREVIOUS MEETING",
     "desc": ["To approve as a correct record, and for the Town Mayor to sign, the minutes of the Full Council "
              "meeting held on Tuesday 8th October 2024 (previously circulated)."]},
    {"number": "5", "title": "REPORTS FROM COUNTY AND DISTRICT COUNCILLORS AND THE POLICE",
     "subs": [("(a)", "To receive a report from County Cllr S. Venn (Loamshire County Council, Wexcombe "
                      "Division)", None),
              ("(b)", "To receive a report from District Cllr R. Mabey (Wexvale District Council, Wexcombe "
                      "North Ward)", None),
              ("(c)", "To receive the Loamshire Police neighbourhood policing report for October 2024", None)]},
    {"number": "6", "title": "TOWN MAYOR'S ANNOUNCEMENTS",
     "desc": ["To receive the Town Mayor's report on civic engagements attended since the last meeting (for "
              "information only; no decisions may be taken under this item)."]},
    {"number": "7", "title": "COMMITTEE MINUTES AND RECOMMENDATIONS",
     "subs": [("(a)", "To receive the minutes of the Planning Committee meetings held on 15th October 2024 and "
                      "29th October 2024", None),
              ("(b)", "To receive the minutes of the Amenities and Open Spaces Committee meeting held on 22nd "
                      "October 2024 and to consider the recommendation at minute AOS/24/37 regarding the "
                      "replacement of play equipment at Tanner's Field", None)]},
    {"number": "8", "title": "FINANCE",
     "subs": [("(a)", f"To approve the schedule of payments for October 2024 totalling \u00a3{PAYMENTS_TOTAL}",
               "A"),
              ("(b)", "To receive the budget monitoring report for the period to 31st October 2024", "B"),
              ("(c)", "To approve the bank reconciliation as at 31st October 2024 and for a non-signatory "
                      "member to verify the bank statements", None)]},
    {"number": "9", "title": "DRAFT BUDGET AND PRECEPT 2025/26", "appendix": "C",
     "desc": ["To consider the report of the Responsible Financial Officer and the draft budget for 2025/26 as "
              "recommended by the Finance and General Purposes Committee, and to agree an indicative precept "
              "requirement for consultation {ref}. The precept will be formally set at the meeting of Council "
              "on Tuesday 14th January 2025."]},
    {"number": "10", "title": "NOTICE OF MOTION - 20MPH SPEED LIMITS IN THE TOWN CENTRE",
     "desc": ["To consider the following motion received under Standing Order 9 from Cllr P. Bhandari, "
              "seconded by Cllr O. Castleford:"],
     "quote": "\"That this Council supports the introduction of a 20mph speed limit on the residential streets "
              "within Wexcombe town centre, and writes to Loamshire County Council as Highway Authority "
              "asking that a scheme be investigated, costed and consulted upon during 2025.\""},
    {"number": "11", "title": "CHRISTMAS LIGHTS SWITCH-ON AND LATE-NIGHT SHOPPING EVENT",
     "desc": ["To receive an update from the Deputy Town Clerk on arrangements for the event on Friday 29th "
              "November 2024 and to consider approving expenditure of up to \u00a32,400 from the Events "
              f"budget (code {EVENTS_CODE}) for staging, stewarding and road closure costs."]},
    {"number": "12", "title": "TOWN CLERK'S REPORT AND CORRESPONDENCE",
     "desc": ["To receive the Town Clerk's report and the schedule of correspondence received since the last "
              "meeting (for information), and to consider the Council's response to the Wexvale District "
              "Council Local Plan Review (Regulation 18) consultation, which closes on 6th December 2024."]},
    {"number": "13", "title": "EXCLUSION OF THE PRESS AND PUBLIC",
     "desc": ["To resolve that, in view of the confidential nature of the business about to be transacted, it "
              "is advisable in the public interest that the press and public are temporarily excluded and "
              "they are instructed to withdraw, in accordance with the Public Bodies (Admission to Meetings) "
              "Act 1960, section 1(2)."]},
    {"number": "14", "title": "STAFFING MATTERS", "part": "exempt", "banner": "PART II - CONFIDENTIAL ITEM",
     "desc": ["To consider the recommendations of the Staffing Committee meeting held on 30th October 2024 "
              "concerning the grading of the Amenities Supervisor post (confidential report circulated to "
              "members only)."]},
]
APPENDIX_TITLES = {"A": "SCHEDULE OF PAYMENTS - OCTOBER 2024",
                   "B": "BUDGET MONITORING REPORT TO 31ST OCTOBER 2024",
                   "C": "DRAFT BUDGET AND PRECEPT 2025/26"}
APPENDIX_ITEMS = {"A": "8(a)", "B": "8(b)", "C": "9"}


def _ref_text(key: str, pages: dict | None) -> str:
    if not pages:
        return f"(Appendix {key})"
    if pages[key][0] == pages[key][1]:
        return f"(Appendix {key}, page {pages[key][0]})"
    return f"(Appendix {key}, pages {pages[key][0]}-{pages[key][1]})"


class _Doc(FPDF):
    """A4 word-processed council paper: running header after page 1, footer on every page."""

    def __init__(self, running_head: str, footer_left: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.running_head = running_head
        self.footer_left = footer_left
        self.set_margins(L_MARGIN, 16, R_MARGIN)
        self.set_auto_page_break(True, 24)
        self.set_creation_date(CREATED)
        self.set_author(COUNCIL)
        self.set_creator("Microsoft Word")
        self.appendix_tag = ""

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(TEXT_W - 45, 4, self.running_head)
        if self.appendix_tag:
            self.set_font("Helvetica", "B", 8)
            self.cell(45, 4, self.appendix_tag, border=1, align="C")
        self.ln(4)
        self.set_draw_color(150, 150, 150)
        self.line(L_MARGIN, self.get_y() + 1, 210 - R_MARGIN, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(self.get_y() + 6)

    def footer(self):
        self.set_y(-16)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(60, 60, 60)
        self.cell(TEXT_W * 0.7, 4, self.footer_left)
        self.cell(TEXT_W * 0.3, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # ---- text helpers ----
    def room(self, needed: float) -> None:
        if self.get_y() + needed > self.page_break_trigger:
            self.add_page()

    def para(self, text: str, x: float, w: float, size: float = 10.5, style: str = "", lh: float = 5.2,
             after: float = 2.2, markdown: bool = False, align: str = "J") -> None:
        self.set_font("Helvetica", style, size)
        self.set_x(x)
        self.multi_cell(w, lh, text, align=align, markdown=markdown, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)


def _letterhead(pdf: _Doc) -> None:
    pdf.set_font("Times", "B", 22)
    pdf.cell(TEXT_W, 10, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(TEXT_W, 4.5, ADDRESS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(TEXT_W, 4.5, f"Telephone: {PHONE}   |   Email: {EMAIL}   |   www.wexcombe-tc.gov.uk", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_line_width(0.6)
    pdf.line(L_MARGIN, pdf.get_y(), 210 - R_MARGIN, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(TEXT_W / 2, 4.5, f"Town Clerk: Mrs {CLERK} PSLCC")
    pdf.cell(TEXT_W / 2, 4.5, "5th November 2024", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)


def _render_agenda(pdf: _Doc, pages: dict | None) -> None:
    """The summons and agenda; `pages` maps appendix key -> (first, last) page in a pack."""
    pdf.add_page()
    _letterhead(pdf)
    pdf.para("To: All Members of Wexcombe Town Council", L_MARGIN, TEXT_W, size=11, after=3, align="L")
    pdf.para("Dear Councillor,", L_MARGIN, TEXT_W, size=11, after=2, align="L")
    pdf.para("Members of the Council are hereby summoned to attend a meeting of the **FULL COUNCIL** to be held "
             "in the Council Chamber, The Guildhall, Market Place, Wexcombe on **TUESDAY 12TH NOVEMBER 2024 at "
             "7.00pm** for the purpose of transacting the business set out in the agenda below.", L_MARGIN,
             TEXT_W, size=11, lh=5.6, markdown=True, after=2)
    pdf.para("Members of the press and public are welcome to attend and may address the Council during the "
             "period set aside for public participation.", L_MARGIN, TEXT_W, size=11, lh=5.6, after=5)
    pdf.set_font("Times", "I", 18)
    pdf.cell(TEXT_W, 8, "J. Pellow", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(TEXT_W, 5, CLERK, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(TEXT_W, 5, "Town Clerk", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    pdf.set_font("Helvetica", "BU", 14)
    pdf.cell(TEXT_W, 8, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    num_x, title_x, sub_x = L_MARGIN, L_MARGIN + 11, L_MARGIN + 21
    for item in AGENDA:
        if item.get("banner"):
            pdf.room(26)
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.set_fill_color(225, 225, 225)
            pdf.cell(TEXT_W, 7, item["banner"], align="C", fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        pdf.room(16)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(num_x, y)
        pdf.cell(10, 5.6, f"{item['number']}.")
        pdf.set_xy(title_x, y)
        pdf.multi_cell(TEXT_W - 11, 5.6, item["title"], align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
        for text in item.get("desc", []):
            ref = _ref_text(item["appendix"], pages) if item.get("appendix") else ""
            pdf.para(text.replace("{ref}", ref), title_x, TEXT_W - 11, size=10.5, lh=5.3, after=1.5)
        if item.get("quote"):
            pdf.set_font("Helvetica", "I", 10.5)
            pdf.set_x(title_x + 8)
            pdf.multi_cell(TEXT_W - 27, 5.3, item["quote"], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        for label, text, appendix in item.get("subs", []):
            if appendix:
                text = f"{text} {_ref_text(appendix, pages)}"
            pdf.room(11)
            y = pdf.get_y()
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_xy(title_x, y)
            pdf.cell(10, 5.3, label)
            pdf.para(text, sub_x, TEXT_W - 21, size=10.5, lh=5.3, after=1.2, align="L")
        pdf.ln(2.5)

    pdf.room(60)
    pdf.ln(2)
    pdf.para("Date of next meeting: Tuesday 10th December 2024 at 7.00pm in the Council Chamber.", L_MARGIN,
             TEXT_W, size=10.5, style="B", after=5, align="L")
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_x(L_MARGIN + 3)
    pdf.cell(TEXT_W - 6, 5.5, "NOTES FOR MEMBERS OF THE PUBLIC", new_x="LMARGIN", new_y="NEXT")
    for note in [
        "Recording of meetings: the public part of this meeting may be filmed, photographed or recorded by "
        "anyone present, provided that this does not disrupt the business of the meeting. Anyone wishing to "
        "record is asked to inform the Town Clerk before the start of the meeting.",
        "The Council Chamber is on the first floor and is served by a lift from the Market Place entrance. A "
        "hearing loop is available; please ask a member of staff.",
        "Agenda papers may be inspected at the Town Council office between 9.30am and 1.00pm, Monday to Friday, "
        "and are published on the Council's website.",
    ]:
        pdf.para(note, L_MARGIN + 3, TEXT_W - 6, size=9, lh=4.5, after=1.5)
    pdf.rect(L_MARGIN, y - 1.5, TEXT_W, pdf.get_y() - y + 1.5)
    pdf.ln(4)
    pdf.para("Distribution: All Members of the Council; County Cllr S. Venn; District Cllrs R. Mabey and "
             "K. Darrow; Wexcombe Library; Town Council notice boards (Guildhall, Market Place and Station Road).",
             L_MARGIN, TEXT_W, size=8.5, lh=4.3, after=0, align="L")


def _table(pdf: _Doc, widths: tuple, columns: list[str], rows: list, aligns: tuple, size: float = 8.5,
           banners: dict | None = None) -> tuple[int, int]:
    """A ruled table with repeated headings; `banners` maps row index -> banner title printed before it."""
    first = pdf.page_no()
    pdf.set_font("Helvetica", "", size)
    pdf.set_draw_color(110, 110, 110)
    heading = FontFace(emphasis="BOLD", fill_color=(215, 215, 215))
    with pdf.table(col_widths=widths, text_align=aligns, line_height=4.4, repeat_headings=1,
                   headings_style=heading, padding=1) as table:
        head = table.row()
        for column in columns:
            head.cell(column, align="C")
        for index, row in enumerate(rows):
            if banners and index in banners:
                band = table.row()
                band.cell(banners[index], colspan=len(columns), align="L",
                          style=FontFace(emphasis="BOLD", fill_color=(240, 240, 240)))
            line = table.row()
            for column in columns:
                line.cell(row[column])
    pdf.set_draw_color(0, 0, 0)
    return first, pdf.page_no()


def _appendix_heading(pdf: _Doc, key: str) -> None:
    pdf.appendix_tag = f"Appendix {key} - Item {APPENDIX_ITEMS[key]}"
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(TEXT_W, 6, APPENDIX_TITLES[key], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(TEXT_W, 5, f"{COUNCIL} - Full Council, {DATE_LONG} - Agenda item {APPENDIX_ITEMS[key]}",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def _render_appendices(pdf: _Doc) -> dict:
    """Appendices A-C of the pack; returns their page ranges and the tables' layout."""
    layout: dict = {"appendix": {}, "tables": {}}

    # Appendix A - schedule of payments
    _appendix_heading(pdf, "A")
    start = pdf.page_no()
    pdf.para("Payments made or due for the period 1st to 31st October 2024, for approval in accordance with "
             "Financial Regulation 5.3. Supporting invoices are available for inspection by members at the "
             "meeting. DD = direct debit; BACS = bank transfer authorised online by two signatories.",
             L_MARGIN, TEXT_W, size=9.5, lh=4.8, after=3)
    table_first = pdf.page_no()
    rows = _payment_rows()
    first, last = _table(pdf, (18, 34, 56, 13, 17, 15, 17), PAYMENT_COLUMNS, rows,
                         ("L", "L", "L", "C", "R", "R", "R"))
    layout["tables"]["A"] = (table_first, last)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(TEXT_W, 6, f"Total payments for approval: \u00a3{PAYMENTS_TOTAL}", align="R",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(TEXT_W / 2, 6, "Signed: ................................ (Chairman)")
    pdf.cell(TEXT_W / 2, 6, "Signed: ................................ (Member)", align="R",
             new_x="LMARGIN", new_y="NEXT")
    layout["appendix"]["A"] = (start, pdf.page_no())

    # Appendix B - budget monitoring
    _appendix_heading(pdf, "B")
    start = pdf.page_no()
    pdf.para("Income and expenditure against the approved budget for 2024/25 for the seven months to 31st "
             "October 2024 (58% of the financial year). All figures are in pounds; variance is the budget "
             "remaining.", L_MARGIN, TEXT_W, size=9.5, lh=4.8, after=3)
    rows = [_monitor_row(*r) for r in BUDGET_INCOME] + [_monitor_row(*r) for r in BUDGET_EXPENDITURE]
    first, last = _table(pdf, (14, 66, 24, 24, 24, 18), MONITOR_COLUMNS, rows,
                         ("C", "L", "R", "R", "R", "R"), size=8.5,
                         banners={0: "INCOME", len(BUDGET_INCOME): "EXPENDITURE"})
    layout["tables"]["B"] = (first, last)
    pdf.ln(3)
    pdf.para(f"Income received to date is {INCOME_PCT}% of the annual budget and expenditure to date is "
             f"{SPEND_PCT}% of the annual budget.", L_MARGIN, TEXT_W, size=9.5, lh=4.8, after=1.5)
    pdf.para("Note 1: Wexvale District Council pays the precept in two equal instalments, in April and "
             "September; both instalments for 2024/25 have now been received.", L_MARGIN, TEXT_W, size=8.5,
             lh=4.3, after=1.5)
    pdf.para("Note 2: Guildhall utilities are above profile owing to the unit rate in the fixed contract that "
             "ended in September 2024. New heating controls were installed in October.", L_MARGIN, TEXT_W,
             size=8.5, lh=4.3, after=1.5)
    layout["appendix"]["B"] = (start, pdf.page_no())

    # Appendix C - draft budget report
    _appendix_heading(pdf, "C")
    start = pdf.page_no()
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(TEXT_W, 5.5, "Report of the Responsible Financial Officer", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    sections = [
        ("1. Purpose of report",
         ["To present the draft budget for 2025/26, as recommended by the Finance and General Purposes "
          "Committee on 22nd October 2024, and to seek agreement to an indicative precept requirement so "
          "that the budget can be published for comment before the precept is set in January 2025."]),
        ("2. Background",
         ["The Council approves its budget and sets its precept each year. Wexvale District Council requires "
          "the precept demand by 31st January 2025. The provisional council tax base for 2025/26 has been "
          f"notified as {TAX_BASE_2526:,} Band D equivalent properties, compared with {TAX_BASE_2425:,} for "
          "2024/25, reflecting completions at the Lower Mill development.",
          "The internal auditor's report for 2023/24 recommended that the General Reserve be maintained at "
          "between three and six months of net expenditure. The reserve currently stands at the equivalent of "
          "2.6 months."]),
        ("3. Draft budget 2025/26",
         ["The draft budget is summarised by cost centre below. Staffing costs assume a pay award of 3% from "
          "1st April 2025 and include the increase in employer National Insurance contributions. The "
          "contribution to the General Reserve is increased to \u00a325,000."]),
    ]
    for heading, paragraphs in sections:
        pdf.room(20)
        pdf.para(heading, L_MARGIN, TEXT_W, size=10.5, style="B", after=1, align="L")
        for text in paragraphs:
            pdf.para(text, L_MARGIN, TEXT_W, size=10, lh=5, after=2)
    pdf.ln(1)
    pdf.room(30)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(TEXT_W, 5.5, SUMMARY_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    first, last = _table(pdf, (80, 30, 36, 24), SUMMARY_COLUMNS, _summary_rows(), ("L", "R", "R", "R"),
                         size=9)
    layout["tables"]["C"] = (first, last)
    pdf.ln(4)
    for heading, paragraphs in [
        ("4. Precept and council tax",
         [f"After allowing for other income of \u00a3{_whole(OTHER_INCOME[1])}, the precept requirement for "
          f"2025/26 would be \u00a3{_whole(PRECEPT_2526)}. On the provisional tax base this equates to a Band D "
          f"charge of \u00a3{BAND_D_2526}, an increase of \u00a3{BAND_D_RISE} ({BAND_D_PCT}%) on the 2024/25 "
          f"charge of \u00a3{BAND_D_2425}."]),
        ("5. Recommendation",
         ["That Council approves the draft budget for 2025/26 as the basis for setting the precept, notes the "
          "indicative precept requirement, and asks for the final budget and precept to be presented on 14th "
          "January 2025."]),
    ]:
        pdf.room(20)
        pdf.para(heading, L_MARGIN, TEXT_W, size=10.5, style="B", after=1, align="L")
        for text in paragraphs:
            pdf.para(text, L_MARGIN, TEXT_W, size=10, lh=5, after=2)
    pdf.ln(2)
    pdf.para("L. Varney, Responsible Financial Officer, 4th November 2024", L_MARGIN, TEXT_W, size=10,
             style="I", after=0, align="L")
    layout["appendix"]["C"] = (start, pdf.page_no())
    pdf.appendix_tag = ""
    return layout


def _agenda_pdf() -> _Doc:
    pdf = _Doc(f"{COUNCIL} - Full Council - {DATE_LONG} - Agenda", f"Full Council agenda - {DATE_LONG}")
    pdf.set_title(f"{COUNCIL} - Full Council Agenda - 12 November 2024")
    _render_agenda(pdf, None)
    return pdf


def _pack_pdf() -> tuple[_Doc, dict]:
    """Render the pack twice so that the page references printed in the agenda are the real ones."""
    pages = {"A": (90, 91), "B": (92, 92), "C": (93, 94)}
    for _ in range(4):
        pdf = _Doc(f"{COUNCIL} - Full Council - {DATE_LONG} - Agenda Pack",
                   f"Full Council agenda pack - {DATE_LONG}")
        pdf.set_title(f"{COUNCIL} - Full Council Agenda Pack - 12 November 2024")
        _render_agenda(pdf, pages)
        layout = _render_appendices(pdf)
        if layout["appendix"] == pages:
            return pdf, layout
        pages = layout["appendix"]
    raise RuntimeError("pack page references did not settle")


# --------------------------------------------------------------------------------------------
# Minutes
# --------------------------------------------------------------------------------------------

PRESENT = [  # (initial, surname, role, note printed after the name)
    ("M.", "Ashdown", "Town Mayor", ""),
    ("T.", "Kendrew", "Deputy Town Mayor", ""),
    ("P.", "Bhandari", "", ""),
    ("O.", "Castleford", "", ""),
    ("D.", "Fairlie", "", ""),
    ("G.", "Hollings", "", "until FC/24/111"),
    ("I.", "Lockyer", "", ""),
    ("S.", "Marchbank", "", ""),
    ("N.", "Oddie", "", ""),
    ("R.", "Pennock", "", ""),
    ("S.", "Quilliam", "", "from FC/24/105"),
    ("H.", "Rowsell", "", ""),
]
OFFICERS = [("Mrs", "J.", "Pellow", "Town Clerk"),
            ("Mr", "D.", "Okafor", "Deputy Town Clerk"),
            ("Ms", "L.", "Varney", "Responsible Financial Officer (RFO)")]
ALSO = [("District Cllr", "R.", "Mabey", "Wexvale District Council", "to FC/24/113", "District Councillor"),
        ("County Cllr", "S.", "Venn", "Loamshire County Council", "to FC/24/105", "County Councillor"),
        ("PCSO", "K.", "Haddow", "Loamshire Police", "to FC/24/105", "PCSO")]
APOLOGIES = [("A.", "Stebbing", "family commitment"), ("C.", "Tregear", "work commitments")]
ABSENT = [("F.", "Upjohn")]

# recorded vote at FC/24/110 (surnames as printed)
RV_FOR = ["Ashdown", "Bhandari", "Castleford", "Fairlie", "Marchbank", "Pennock", "Rowsell"]
RV_AGAINST = ["Hollings", "Lockyer", "Oddie", "Quilliam"]
RV_ABSTAIN = ["Kendrew"]
AMENDMENT = (3, 8, 1)
SUBSTANTIVE = (9, 2, 1)
SHOW_OF_HANDS = (6, 4, 1)


def _names(surnames: list[str]) -> str:
    if len(surnames) == 1:
        return f"Cllr {surnames[0]}"
    return "Cllrs " + ", ".join(surnames[:-1]) + " and " + surnames[-1]


def _abst(n: int) -> str:
    return f"{n} abstention" + ("" if n == 1 else "s")


# Blocks: ("p", text) paragraph (markdown allowed); ("sub", text) lettered sub-heading;
# ("res", text) one resolution paragraph; ("reslist", intro, [parts]) a resolution in numbered parts;
# ("quote", text); ("rv", [(label, text)]) recorded vote lines.
MINUTES = [
    ("FC/24/101", "APOLOGIES FOR ABSENCE", "1", [
        ("p", "Apologies were received and accepted from Cllrs "
              + " and ".join(f"{i} {s} ({why})" for i, s, why in APOLOGIES)
              + f". Cllr {ABSENT[0][0]} {ABSENT[0][1]} was absent."),
    ]),
    ("FC/24/102", "DECLARATIONS OF INTEREST", "2", [
        ("p", "Cllr T. Kendrew declared an other registrable interest in agenda item 11 (minute FC/24/111) as a "
              "trustee of the Wexcombe Chamber of Trade, and stated that he would leave the room for that item."),
        ("p", "Cllr D. Fairlie declared a non-registrable interest in planning application 24/01187/FUL "
              "(Planning Committee minute PL/24/58, agenda item 7(a)) as the owner of a neighbouring property."),
        ("p", "No requests for dispensations had been received."),
    ]),
    ("FC/24/103", "PUBLIC PARTICIPATION", "3", [
        ("p", "The meeting was adjourned at 7.02pm for public participation. Three members of the public were "
              "present."),
        ("p", "A resident of Mill Lane raised concerns about the speed of vehicles using Mill Lane and Station "
              "Road as a route to the bypass and asked the Council to support traffic-calming measures. The "
              "Town Mayor noted that a motion on speed limits was on the agenda (minute FC/24/110)."),
        ("p", "A representative of the Wexcombe Allotment Society thanked the Council for the repairs to the "
              "water supply at the Orchard Road site and asked about the timetable for the new perimeter "
              "fencing. The Deputy Town Clerk advised that the contractor was due to start in January 2025."),
        ("p", "The meeting was reconvened at 7.14pm."),
    ]),
    ("FC/24/104", "MINUTES OF THE PREVIOUS MEETING", "4", [
        ("res", "that the minutes of the Full Council meeting held on 8th October 2024 be approved as a correct "
                "record and signed by the Town Mayor, subject to the correction of minute FC/24/093 to show "
                "Cllr H. Rowsell, not Cllr R. Pennock, as the seconder."),
    ]),
    ("FC/24/105", "REPORTS FROM COUNTY AND DISTRICT COUNCILLORS AND THE POLICE", "5", [
        ("sub", "(a) County Councillor's report"),
        ("p", "County Cllr S. Venn reported that Loamshire County Council had confirmed that the resurfacing of "
              "the B3370 Castle Hill, between the Market Place and the railway bridge, would take place over "
              "four nights from 20th January 2025, with the road closed between 8.00pm and 6.00am. The County "
              "Council's consultation on the future of household waste recycling centres would close on 13th "
              "December 2024 and members were encouraged to respond individually."),
        ("sub", "(b) District Councillor's report"),
        ("p", "District Cllr R. Mabey reported on the Wexvale Local Plan Review, noting that the Regulation 18 "
              "consultation document identified two possible housing sites on the edge of Wexcombe: land "
              "north of Mill Lane (about 140 homes) and land at Pound Farm (about 60 homes). Drop-in sessions "
              "would be held at the Guildhall on 21st and 23rd November 2024."),
        ("p", "**Cllr S. Quilliam arrived at 7.24pm during this item.**"),
        ("sub", "(c) Police report"),
        ("p", "PCSO K. Haddow presented the neighbourhood policing report for October 2024. Twenty-three crimes "
              "had been recorded in the Wexcombe area, compared with thirty-one in October 2023, including four "
              "shed break-ins at the Orchard Road allotments. Members asked for additional patrols in the "
              "Market Place on Friday and Saturday evenings in the run-up to Christmas, and PCSO Haddow agreed "
              "to raise this with the neighbourhood sergeant."),
        ("p", "The reports were noted. County Cllr Venn and PCSO Haddow left the meeting at 7.38pm."),
    ]),
    ("FC/24/106", "TOWN MAYOR'S ANNOUNCEMENTS", "6", [
        ("p", "The Town Mayor reported that she had attended the Remembrance Sunday parade and service at St "
              "Aldhelm's Church on 10th November 2024, where she had laid a wreath on behalf of the Council, "
              "together with fourteen other civic engagements listed in the circulated report. She thanked the "
              "Deputy Town Clerk and the amenities team for their work in preparing the War Memorial gardens."),
        ("p", "The announcements were noted."),
    ]),
    ("FC/24/107", "COMMITTEE MINUTES AND RECOMMENDATIONS", "7", [
        ("sub", "(a) Planning Committee - 15th and 29th October 2024"),
        ("p", "Cllr D. Fairlie, having declared a non-registrable interest (minute FC/24/102), took no part in "
              "the discussion of Planning Committee minute PL/24/58."),
        ("res_to", "receive the minutes of the Planning Committee meetings held on 15th October 2024 and 29th "
                   "October 2024."),
        ("sub", "(b) Amenities and Open Spaces Committee - 22nd October 2024"),
        ("p", "The Chair of the Committee, Cllr H. Rowsell, introduced the recommendation at minute AOS/24/37. "
              "Three quotations had been obtained for the replacement of the junior multi-play unit and the "
              "cradle swings at Tanner's Field, which had failed the annual independent inspection in August "
              "2024 and had been taken out of use."),
        ("reslist", "that", [
            "the minutes of the Amenities and Open Spaces Committee meeting held on 22nd October 2024 be "
            "received;",
            "the quotation from Playcraft Leisure Ltd of \u00a318,450.00 plus VAT for replacement play equipment "
            "at Tanner's Field be accepted, to be funded from earmarked reserve EMR 322 (Play Areas); and",
            "the Town Clerk be authorised to place the order and to agree an installation date with the "
            "contractor, with the play area to remain closed until the new equipment has been installed and "
            "inspected.",
        ]),
    ]),
    ("FC/24/108", "FINANCE", "8", [
        ("sub", "(a) Schedule of payments"),
        ("res_to", f"approve the schedule of payments for October 2024 totalling \u00a3{PAYMENTS_TOTAL}, and "
                   "the schedule was signed by the Town Mayor and Cllr H. Rowsell."),
        ("sub", "(b) Budget monitoring"),
        ("p", "The budget monitoring report for the period to 31st October 2024 was received and noted. The RFO "
              f"advised that income received stood at {INCOME_PCT}% of the annual budget, the second precept "
              f"instalment having been received in September, and expenditure at {SPEND_PCT}% against a "
              "profiled figure of 58% at month seven. The overspend on Guildhall utilities was expected to "
              "reduce following the installation of new heating controls."),
        ("sub", "(c) Bank reconciliation"),
        ("res", "that the bank reconciliation as at 31st October 2024, showing combined balances of "
                "\u00a3412,906.18 across the current account, the business deposit account and the public "
                "sector deposit fund, be approved."),
        ("p", "Cllr R. Pennock, as a non-signatory member, verified the reconciliation against the bank "
              "statements and initialled the statements accordingly."),
    ]),
    ("FC/24/109", "DRAFT BUDGET AND PRECEPT 2025/26", "9", [
        ("p", f"The RFO presented her report and the draft budget for 2025/26 as recommended by the Finance and "
              f"General Purposes Committee. Net expenditure of \u00a3{_whole(NET_2526)} was proposed, including "
              "a contribution of \u00a325,000 to the General Reserve to bring it towards the range recommended "
              f"by the internal auditor. After allowing for other income of \u00a3{_whole(OTHER_INCOME[1])}, the "
              f"indicative precept requirement was \u00a3{_whole(PRECEPT_2526)}. On the provisional tax base of "
              f"{TAX_BASE_2526:,} Band D equivalent properties this represented a Band D charge of "
              f"\u00a3{BAND_D_2526}, an increase of \u00a3{BAND_D_RISE} ({BAND_D_PCT}%) on 2024/25."),
        ("p", "Cllr N. Oddie proposed, seconded by Cllr I. Lockyer, an amendment that the contribution to the "
              f"General Reserve be reduced from \u00a325,000 to \u00a3{_whole(AMENDED_RESERVE)}, which would "
              f"have reduced the Band D increase to {AMENDED_PCT}%. The amendment was put to the vote and was "
              f"**LOST**, with {AMENDMENT[0]} in favour, {AMENDMENT[1]} against and {_abst(AMENDMENT[2])}."),
        ("p", "The substantive motion, proposed by Cllr H. Rowsell and seconded by Cllr T. Kendrew, was then "
              f"put to the vote and was **CARRIED**, with {SUBSTANTIVE[0]} in favour, {SUBSTANTIVE[1]} against "
              f"and {_abst(SUBSTANTIVE[2])}."),
        ("reslist", "that", [
            f"the draft budget for 2025/26, showing net expenditure of \u00a3{_whole(NET_2526)} including a "
            "contribution of \u00a325,000 to the General Reserve, be approved as the basis for setting the "
            "precept;",
            f"an indicative precept requirement of \u00a3{_whole(PRECEPT_2526)}, equivalent to a Band D "
            f"increase of {BAND_D_PCT}%, be noted; and",
            "the final budget and precept be presented to the meeting of Council on 14th January 2025 for "
            "approval.",
        ]),
    ]),
    ("FC/24/110", "NOTICE OF MOTION - 20MPH SPEED LIMITS IN THE TOWN CENTRE", "10", [
        ("p", "Cllr P. Bhandari moved the following motion, submitted under Standing Order 9, which was seconded "
              "by Cllr O. Castleford:"),
        ("quote", AGENDA[9]["quote"]),
        ("p", "Cllr Bhandari referred to the concerns raised during public participation and to the Council's "
              "2023 residents' survey, in which 64% of respondents had supported lower speed limits in "
              "residential streets. Cllr G. Hollings expressed concern that a town-wide limit would be "
              "difficult to enforce and that the Council's efforts would be better directed to targeted "
              "measures on Mill Lane and Station Road. Other members spoke in support of the motion, noting "
              "that the County Council had introduced similar schemes in two neighbouring towns."),
        ("p", "Cllr I. Lockyer requested a recorded vote under Standing Order 5(h). The voting was recorded as "
              "follows:"),
        ("rv", [("For:", _names(RV_FOR) + ";"), ("Against:", _names(RV_AGAINST) + ";"),
                ("Abstained:", _names(RV_ABSTAIN) + ".")]),
        ("p", f"The motion was therefore **CARRIED** ({len(RV_FOR)} for, {len(RV_AGAINST)} against, "
              f"{_abst(len(RV_ABSTAIN))})."),
        ("res", "that this Council supports the introduction of a 20mph speed limit on the residential streets "
                "within Wexcombe town centre, and that the Town Clerk writes to Loamshire County Council as "
                "Highway Authority asking that a scheme be investigated, costed and consulted upon during 2025."),
    ]),
    ("FC/24/111", "CHRISTMAS LIGHTS SWITCH-ON AND LATE-NIGHT SHOPPING EVENT", "11", [
        ("p", "Cllr T. Kendrew, having declared an other registrable interest (minute FC/24/102), left the room "
              "at 8.19pm and took no part in the discussion or vote."),
        ("p", "The Deputy Town Clerk reported that the switch-on would take place at 5.30pm on Friday 29th "
              "November 2024, with stalls in the Market Place from 3.00pm. A temporary traffic regulation order "
              "had been granted for the closure of the Market Place and Sheep Street from 12 noon to 10.00pm. "
              "The estimated cost of staging, stewarding and the road closure was \u00a32,380, towards which "
              "the Wexcombe Chamber of Trade had offered a contribution of \u00a3500."),
        ("p", "Some members felt that the Chamber of Trade's contribution should reflect the benefit of the "
              "event to traders, and that the Council's share should be capped at a lower figure. The proposal "
              f"was put to the vote on a show of hands: {SHOW_OF_HANDS[0]} in favour, {SHOW_OF_HANDS[1]} "
              f"against, {_abst(SHOW_OF_HANDS[2])}."),
        ("res_to", f"approve expenditure of up to \u00a32,400 from the Events budget (code {EVENTS_CODE}) for the "
                   "Christmas Lights Switch-On and Late-Night Shopping Event on Friday 29th November 2024."),
        ("p", "**Cllr T. Kendrew returned to the meeting at 8.37pm.**"),
        ("p", "**Cllr G. Hollings left the meeting at 8.41pm, at the conclusion of this item.**"),
    ]),
    ("FC/24/112", "TOWN CLERK'S REPORT AND CORRESPONDENCE", "12", [
        ("p", "The Town Clerk's report and the schedule of correspondence were received and noted. Items of note "
              "included confirmation from the Loamshire Association of Local Councils that the Council's "
              "Civility and Respect pledge had been registered; a letter of thanks from the Wexcombe Scout "
              "Group for the grant of \u00a3750 awarded in September; and notification that the external audit "
              "for 2023/24 had been concluded without qualification."),
        ("p", "Members discussed the Wexvale District Council Local Plan Review (Regulation 18) consultation, "
              "noting the two sites referred to under minute FC/24/105, the capacity of Wexcombe Primary "
              "School and the need for improved bus services to any new development."),
        ("res_to", "delegate authority to the Town Clerk, in consultation with the Town Mayor and the Chair of "
                   "the Planning Committee, to submit the Council's response to the Local Plan Review "
                   "consultation by the closing date of 6th December 2024, based on the points raised by "
                   "members at this meeting."),
    ]),
    ("FC/24/113", "EXCLUSION OF THE PRESS AND PUBLIC", "13", [
        ("res", "that in view of the confidential nature of the business about to be transacted, it is advisable "
                "in the public interest that the press and public are temporarily excluded and they are "
                "instructed to withdraw, in accordance with section 1(2) of the Public Bodies (Admission to "
                "Meetings) Act 1960."),
        ("p", "District Cllr R. Mabey and the remaining member of the public left the meeting at 8.47pm. The "
              "Deputy Town Clerk and the RFO also left the meeting."),
    ]),
    ("FC/24/114", "STAFFING MATTERS", "14", [
        ("p", "Members considered the confidential report of the Staffing Committee meeting held on 30th October "
              "2024 concerning the job evaluation of the Amenities Supervisor post, which had been carried out "
              "by the Loamshire Association of Local Councils' HR adviser."),
        ("reslist", "that the recommendations of the Staffing Committee be approved, namely:", [
            "that the post of Amenities Supervisor be regraded from SCP 12 to SCP 17 of the national pay scales "
            "with effect from 1st December 2024;",
            "that the additional cost of \u00a32,910 in 2024/25 be met from the staffing contingency budget, "
            "and the full-year cost be included in the final budget for 2025/26; and",
            "that the Town Clerk writes to the postholder to confirm the outcome of the evaluation.",
        ]),
    ]),
]


def _resolution_counts() -> dict[str, int]:
    counts = {}
    for number, _title, _agenda, blocks in MINUTES:
        n = 0
        for block in blocks:
            if block[0] in ("res", "res_to"):
                n += 1
            elif block[0] == "reslist":
                n += len(block[2])
        if n:
            counts[number] = n
    return counts


def _render_minutes() -> _Doc:
    pdf = _Doc(f"{COUNCIL} - Full Council - {DATE_LONG} - Minutes (draft)",
               "Signed: ..................................... Town Mayor     Date: ....................")
    pdf.set_title(f"{COUNCIL} - Full Council Minutes - 12 November 2024")
    pdf.add_page()
    pdf.set_font("Times", "B", 20)
    pdf.cell(TEXT_W, 9, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(TEXT_W, 5.6, "MINUTES OF THE MEETING OF THE FULL COUNCIL HELD IN THE COUNCIL CHAMBER, THE "
                   "GUILDHALL, MARKET PLACE, WEXCOMBE ON TUESDAY 12TH NOVEMBER 2024 AT 7.00PM", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    label_w = 40
    col1 = L_MARGIN + label_w
    col2 = col1 + 66
    pdf.set_font("Helvetica", "B", 10.5)
    y0 = pdf.get_y()
    pdf.cell(label_w, 5.4, "Councillors present:")
    half = (len(PRESENT) + 1) // 2
    pdf.set_font("Helvetica", "", 10.5)
    for i, (initial, surname, role, note) in enumerate(PRESENT):
        text = f"Cllr {initial} {surname}"
        if role:
            text += f" ({role})"
        if note:
            text += f" ({note})"
        col, row = divmod(i, half)
        pdf.set_xy(col1 if col == 0 else col2, y0 + row * 5.4)
        pdf.cell(64, 5.4, text)
    pdf.set_y(y0 + half * 5.4 + 4)

    y0 = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(label_w, 5.4, "In attendance:")
    pdf.set_font("Helvetica", "", 10.5)
    for row, (title, initial, surname, role) in enumerate(OFFICERS):
        pdf.set_xy(col1, y0 + row * 5.4)
        pdf.cell(48, 5.4, f"{title} {initial} {surname}")
        pdf.cell(TEXT_W - label_w - 48, 5.4, role)
    pdf.set_y(y0 + len(OFFICERS) * 5.4 + 4)

    y0 = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(label_w, 5.4, "Also present:")
    pdf.set_font("Helvetica", "", 10.5)
    lines = [(f"{title} {initial} {surname}", f"{org} ({note})") for title, initial, surname, org, note, _ in
             ALSO] + [("3 members of the public", "")]
    for row, (left, right) in enumerate(lines):
        pdf.set_xy(col1, y0 + row * 5.4)
        pdf.cell(48, 5.4, left)
        pdf.cell(TEXT_W - label_w - 48, 5.4, right)
    pdf.set_y(y0 + len(lines) * 5.4 + 4)
    pdf.set_font("Helvetica", "I", 9.5)
    pdf.multi_cell(TEXT_W, 4.8, "The Town Mayor, Cllr M. Ashdown, presided. Members observed a minute's silence "
                   "in memory of Mr Leonard Foyle, Town Councillor 1987-2003, who had died in October.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_draw_color(120, 120, 120)
    pdf.line(L_MARGIN, pdf.get_y(), 210 - R_MARGIN, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(4)

    ref_w = 26
    body_x = L_MARGIN + ref_w
    body_w = TEXT_W - ref_w
    for number, title, _agenda, blocks in MINUTES:
        pdf.room(22)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_xy(L_MARGIN, y)
        pdf.cell(ref_w, 5.4, number)
        pdf.set_xy(body_x, y)
        pdf.multi_cell(body_w, 5.4, title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                pdf.para(block[1], body_x, body_w, markdown=True)
            elif kind == "sub":
                pdf.room(16)
                pdf.para(block[1], body_x, body_w, style="B", after=1, align="L")
            elif kind == "quote":
                pdf.para(block[1], body_x + 8, body_w - 16, style="I")
            elif kind == "res":
                pdf.para(f"**RESOLVED:** {block[1]}", body_x, body_w, markdown=True)
            elif kind == "res_to":
                pdf.para(f"It was **RESOLVED** to {block[1]}", body_x, body_w, markdown=True)
            elif kind == "reslist":
                pdf.room(14)
                pdf.para(f"**RESOLVED:** {block[1]}", body_x, body_w, markdown=True, after=1.2, align="L")
                for index, part in enumerate(block[2], start=1):
                    pdf.room(11)
                    y = pdf.get_y()
                    pdf.set_font("Helvetica", "", 10.5)
                    pdf.set_xy(body_x + 4, y)
                    pdf.cell(8, 5.2, f"{index}.")
                    pdf.para(part, body_x + 12, body_w - 12, after=1.2)
                pdf.ln(1)
            elif kind == "rv":
                pdf.room(20)
                for label, text in block[1]:
                    y = pdf.get_y()
                    pdf.set_font("Helvetica", "B", 10.5)
                    pdf.set_xy(body_x + 8, y)
                    pdf.cell(24, 5.2, label)
                    pdf.para(text, body_x + 32, body_w - 32, after=0.6, align="L")
                pdf.ln(1.6)
        pdf.ln(2.5)

    pdf.room(40)
    pdf.para("There being no further business, the Town Mayor closed the meeting at 9.02pm.", L_MARGIN, TEXT_W,
             after=3, align="L")
    pdf.para("Date of next meeting: Tuesday 10th December 2024 at 7.00pm in the Council Chamber.", L_MARGIN,
             TEXT_W, style="B", after=10, align="L")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(TEXT_W / 2, 6, "Signed: .......................................")
    pdf.cell(TEXT_W / 2, 6, "Date: ..............................", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(TEXT_W / 2, 6, "Town Mayor", new_x="LMARGIN", new_y="NEXT")
    return pdf


# --------------------------------------------------------------------------------------------
# build / gold
# --------------------------------------------------------------------------------------------

def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    outputs = [(AGENDA_FILE, _agenda_pdf()), (PACK_FILE, _pack_pdf()[0]), (MINUTES_FILE, _render_minutes())]
    written = []
    for name, pdf in outputs:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        pdf.output(str(path))
        written.append(path)
    return written


def _agenda_gold(pages: dict | None) -> list[dict]:
    items = []
    for item in AGENDA:
        own = pages[item["appendix"]] if pages and item.get("appendix") else None
        items.append({"number": item["number"], "title": item["title"],
                      "pages": {"first": own[0], "last": own[1]} if own else None,
                      "part": item.get("part", "public"), "parent": None})
        for label, text, appendix in item.get("subs", []):
            sub = pages[appendix] if pages and appendix else None
            items.append({"number": label, "title": text,
                          "pages": {"first": sub[0], "last": sub[1]} if sub else None,
                          "part": item.get("part", "public"), "parent": item["number"]})
    return items


AGENDA_NOTES = [
    "Item titles are the bold capitalised headings; the explanatory sentences printed beneath them are not part "
    "of the title.",
    "Lettered sub-items are numbered as printed, '(a)', '(b)', '(c)', with the number of the item they sit "
    "under as parent.",
    "Sub-item titles are the full sentence printed, without the bracketed '(Appendix A ...)' reference.",
    "Item 13 (the resolution to exclude the press and public) is public business; item 14, printed under the "
    "'PART II - CONFIDENTIAL ITEM' banner, is exempt.",
    "The 'PART II - CONFIDENTIAL ITEM' banner and the 'Date of next meeting' line are not agenda items.",
    "The meeting contact is the Town Clerk, who signs the summons, with the letterhead telephone and email.",
    "Names in the agenda (County and District Councillors, mover and seconder) are not attendance.",
]


def _meeting() -> dict:
    return {"body": BODY, "date": DATE, "start_time": START,
            "contact": {"name": CLERK, "phone": PHONE, "email": EMAIL}}


def _sample(rows: list[dict], columns: list[str], picks: list[int]) -> list[dict]:
    return [{"index": i, "cells": {c: rows[i][c] for c in columns}} for i in picks]


def gold() -> dict[str, dict]:
    records: dict[str, dict] = {}

    records[f"agendas__{STEM}_agenda"] = {
        "file": f"generated/{AGENDA_FILE}", "kind": "agenda", "country": "UK",
        "notes": AGENDA_NOTES + [
            "No page numbers are printed against items in the standalone agenda, so every item's pages is null.",
        ],
        "meeting": _meeting(),
        "agenda": _agenda_gold(None),
    }

    _pdf, layout = _pack_pdf()
    pages = layout["appendix"]
    payments = _payment_rows()
    monitor = [_monitor_row(*r) for r in BUDGET_INCOME] + [_monitor_row(*r) for r in BUDGET_EXPENDITURE]
    summary = _summary_rows()
    n_inc = len(BUDGET_INCOME)
    records[f"packs__{STEM}_agenda-pack"] = {
        "file": f"generated/{PACK_FILE}", "kind": "pack", "country": "UK",
        "notes": AGENDA_NOTES + [
            "Pages come from the '(Appendix X, page(s) N-M)' references printed against items 8(a), 8(b) and 9, "
            "which match the pack's 'Page N of M' footers; other items print no pages (null).",
            "The payments total is printed as a line below Appendix A's table and is not a table row.",
            "INCOME and EXPENDITURE in Appendix B are banner rows (groups), not data rows.",
            "Appendix C's table counts its three total lines (total net expenditure, less other income, precept "
            "requirement) as rows because they are printed as ruled rows of the table.",
            "Appendix A's table runs over two pages with its heading row repeated; the repeat is not a data row.",
        ],
        "meeting": _meeting(),
        "agenda": _agenda_gold(pages),
        "tables": [
            {"page": layout["tables"]["A"][0], "title": APPENDIX_TITLES["A"], "columns": PAYMENT_COLUMNS,
             "row_count": len(payments),
             "pages": {"first": layout["tables"]["A"][0], "last": layout["tables"]["A"][1]},
             "rows": _sample(payments, PAYMENT_COLUMNS, [0, 16, 22, len(payments) - 1])},
            {"page": layout["tables"]["B"][0], "title": APPENDIX_TITLES["B"], "columns": MONITOR_COLUMNS,
             "row_count": len(monitor),
             "pages": {"first": layout["tables"]["B"][0], "last": layout["tables"]["B"][1]},
             "groups": [{"title": "INCOME", "first_index": 0, "last_index": n_inc - 1},
                        {"title": "EXPENDITURE", "first_index": n_inc, "last_index": len(monitor) - 1}],
             "rows": _sample(monitor, MONITOR_COLUMNS, [0, n_inc, n_inc + 8, len(monitor) - 1])},
            {"page": layout["tables"]["C"][0], "title": SUMMARY_TITLE,
             "columns": SUMMARY_COLUMNS, "row_count": len(summary),
             "pages": {"first": layout["tables"]["C"][0], "last": layout["tables"]["C"][1]},
             "rows": _sample(summary, SUMMARY_COLUMNS, [0, 5, len(summary) - 1])},
        ],
    }

    attendance = []
    for initial, surname, role, _note in PRESENT:
        attendance.append({"name": f"{initial} {surname}", "status": "present", **({"role": role} if role else {})})
    for _title, initial, surname, role in OFFICERS:
        attendance.append({"name": f"{initial} {surname}", "status": "in_attendance", "role": role})
    for _title, initial, surname, _org, _note, role in ALSO:
        attendance.append({"name": f"{initial} {surname}", "status": "also_present", "role": role})
    for initial, surname, _why in APOLOGIES:
        attendance.append({"name": f"{initial} {surname}", "status": "apologies"})
    for initial, surname in ABSENT:
        attendance.append({"name": f"{initial} {surname}", "status": "absent"})

    per_item = _resolution_counts()
    records[f"minutes__{STEM}_minutes"] = {
        "file": f"generated/{MINUTES_FILE}", "kind": "minutes", "country": "UK",
        "notes": [
            "Minute references FC/24/101 to FC/24/114 printed in the left-hand column are the item numbers; "
            "lettered sub-headings (a), (b), (c) inside a minute are parts of that minute, not separate items.",
            "Each 'RESOLVED:' or 'It was RESOLVED to' clause counts as one resolution, and a numbered list under "
            "one 'RESOLVED:' counts each numbered part (FC/24/107(b), FC/24/109 and FC/24/114 have three each).",
            "Apologies 'received and accepted' in FC/24/101, reports noted, and motions described as CARRIED "
            "or LOST are not counted as resolutions; only the RESOLVED clauses are.",
            "FC/24/109 records two votes with counts: the amendment (lost) and the substantive motion (carried).",
            "The recorded vote in FC/24/110 names voters by surname; its counts are the printed '(7 for, 4 "
            "against, 1 abstention)', which agree with the names.",
            "The FC/24/111 show of hands totals 11 because Cllr Kendrew had left the room under his declared "
            "interest.",
            "Cllr Quilliam (arrived during FC/24/105) and Cllr Hollings (left after FC/24/111) are present; the "
            "bracketed minute references after their names are not roles.",
            "Names keep the initials as printed (e.g. 'M. Ashdown') and drop Cllr/Mrs/Mr/Ms; 'District Cllr', "
            "'County Cllr' and 'PCSO' are treated as titles and the office is kept in role.",
            "The '3 members of the public' are unnamed and have no attendance record.",
            "The end time 21:02 comes from the closing sentence; the 'Date of next meeting' line is not an item.",
            "Mr Leonard Foyle, a former councillor remembered in a minute's silence, is not attendance.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": START, "end_time": END},
        "minutes": {
            "items": [{"number": n, "title": t, "agenda_item": a} for n, t, a, _ in MINUTES],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": [
                {"item": "FC/24/109", "result": "lost", "motion": "Amendment to reduce the General Reserve "
                 "contribution", "mover": "Oddie", "seconder": "Lockyer",
                 "counts": {"yes": AMENDMENT[0], "no": AMENDMENT[1], "abstain": AMENDMENT[2]}},
                {"item": "FC/24/109", "result": "carried", "motion": "Substantive motion: draft budget 2025/26",
                 "mover": "Rowsell", "seconder": "Kendrew",
                 "counts": {"yes": SUBSTANTIVE[0], "no": SUBSTANTIVE[1], "abstain": SUBSTANTIVE[2]}},
                {"item": "FC/24/110", "result": "carried", "motion": "Notice of motion - 20mph speed limits",
                 "mover": "Bhandari", "seconder": "Castleford", "note": "recorded vote under Standing Order 5(h)",
                 "counts": {"yes": len(RV_FOR), "no": len(RV_AGAINST), "abstain": len(RV_ABSTAIN)},
                 "voters": {"yes": list(RV_FOR), "no": list(RV_AGAINST), "abstain": list(RV_ABSTAIN)}},
                {"item": "FC/24/111", "result": "carried", "motion": "Christmas event expenditure up to £2,400",
                 "note": "show of hands",
                 "counts": {"yes": SHOW_OF_HANDS[0], "no": SHOW_OF_HANDS[1], "abstain": SHOW_OF_HANDS[2]}},
            ],
            "attendance": attendance,
        },
    }
    # consistency of the printed figures
    assert len(RV_FOR) + len(RV_AGAINST) + len(RV_ABSTAIN) == len(PRESENT)
    assert sum(AMENDMENT) == sum(SUBSTANTIVE) == len(PRESENT)
    assert sum(SHOW_OF_HANDS) == len(PRESENT) - 1
    return records

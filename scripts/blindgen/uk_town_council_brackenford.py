"""Brackenford Town Council (fictional): an English town council whose Town Clerk types the
summons and agenda, the minutes and the precept/budget sheet in a word processor and a
spreadsheet.

Writes, under the folder given to `build`:
  agendas/brackenford_full-council_2025-01-13_agenda.pdf    summons + agenda items 1. to 14., 2 pages
  minutes/brackenford_full-council_2025-01-13_minutes.pdf   minutes 24/187 to 24/200, 4 pages
  plans/brackenford_budget_2025-26.pdf                      budget and precept sheet, 2 landscape pages

Everything printed comes from the data below, which `gold()` also reads to write the expected
records (tests/gold/README.md format); `python -m blindgen --gold` commits them.
All names, places, references and figures are invented.

    python scripts/blindgen/uk_town_council_brackenford.py OUT_FOLDER [--gold]
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

MODULE = "uk_town_council_brackenford"
SLUG = "brackenford"
BODY_SLUG = "full-council"
COUNCIL = "Brackenford Town Council"
BODY = "Full Council"
DATE = "2025-01-13"
DATE_LONG = "Monday 13th January 2025"
TIME_PRINTED = "7.30pm"
START = "19:30"
END_PRINTED = "9.18pm"
END = "21:18"
VENUE = "the Assembly Room, The Corn Exchange, Market Square, Brackenford"
ADDRESS = "The Corn Exchange, Market Square, Brackenford, Wessex BK4 7HN"
CLERK = "Helen Marsh"
PHONE = "01632 960418"
EMAIL = "clerk@brackenford-tc.gov.uk"
WEB = "www.brackenford-tc.gov.uk"
CREATED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)

# --------------------------------------------------------------------------------------------
# Agenda: (number, heading, description paragraphs, sub-items [(letter, text)], part)
# --------------------------------------------------------------------------------------------
AGENDA = [
    ("1", "APOLOGIES FOR ABSENCE",
     ["To receive and approve apologies for absence."], [], "public"),
    ("2", "DECLARATIONS OF INTEREST",
     ["To receive declarations of disclosable pecuniary interests and other registrable or "
      "non-registrable interests in items on this agenda, and to consider any written requests "
      "for dispensations."], [], "public"),
    ("3", "PUBLIC PARTICIPATION",
     ["A period of up to 15 minutes during which members of the public may address the Council "
      "on items on this agenda. Each speaker is limited to 3 minutes."], [], "public"),
    ("4", "MINUTES",
     ["To approve as a correct record, and for the Chair to sign, the minutes of the meeting of "
      "the Full Council held on Monday 9th December 2024."], [], "public"),
    ("5", "CLERK\u2019S REPORT",
     ["To receive the Clerk\u2019s report on progress with matters arising from previous "
      "meetings (for information only)."], [], "public"),
    ("6", "REPORTS FROM COUNTY AND DISTRICT COUNCILLORS",
     ["To receive reports from the Wessex County Councillor and the Mid Wessex District "
      "Councillors (for information only)."], [], "public"),
    ("7", "PLANNING",
     ["To consider the following applications and resolve the Council\u2019s comments to Mid "
      "Wessex District Council:"],
     [("a", "24/02115/FUL \u2013 14 Mill Lane, Brackenford: single storey rear extension and "
            "loft conversion with rear dormer window"),
      ("b", "24/02168/HOU \u2013 Orchard House, Kingsbury Road: erection of detached double "
            "garage with home office above"),
      ("c", "24/02201/LBC \u2013 The Old Bakehouse, 6 Sheep Street: replacement of ground floor "
            "shopfront windows (listed building consent)"),
      ("d", "To note planning decisions issued by Mid Wessex District Council since the last "
            "meeting.")], "public"),
    ("8", "FINANCE",
     [],
     [("a", "To approve the schedule of payments for January 2025 (circulated)."),
      ("b", "To note the bank reconciliation and budget monitoring report to 31st December 2024."),
      ("c", "To consider the draft budget for 2025/26 as recommended by the Finance & General "
            "Purposes Committee, and to set the precept for 2025/26 (budget sheet attached).")],
     "public"),
    ("9", "JUBILEE FIELD PLAY AREA",
     ["To consider three quotations for the replacement of the toddler play equipment at "
      "Jubilee Field (report circulated) and to resolve accordingly."], [], "public"),
    ("10", "CHRISTMAS LIGHTS",
     ["To receive a report on the 2024 Christmas lights switch-on and to consider arrangements "
      "for 2025."], [], "public"),
    ("11", "CORRESPONDENCE",
     ["To note correspondence received since the last meeting (list circulated)."], [],
     "public"),
    ("12", "DATE OF NEXT MEETING",
     ["Monday 10th February 2025 at 7.30pm in the Assembly Room."], [], "public"),
    ("13", "EXCLUSION OF THE PRESS AND PUBLIC",
     ["To resolve, under the Public Bodies (Admission to Meetings) Act 1960, s.1(2), that in "
      "view of the confidential nature of the business about to be transacted the press and "
      "public be excluded for the following item."], [], "public"),
    ("14", "STAFFING",
     ["To consider the recommendation of the Staffing Committee following the Clerk\u2019s "
      "annual appraisal (confidential \u2013 staffing matter)."], [], "exempt"),
]

# --------------------------------------------------------------------------------------------
# Minutes
# --------------------------------------------------------------------------------------------
PRESENT = [  # (name, role)
    ("Janet Whitlock", "Town Mayor, Chair"),
    ("Peter Adebayo", None),
    ("Sarah Carr", None),
    ("Martin Dunmore", "Deputy Town Mayor"),
    ("Rachel Fensome", None),
    ("Keith Holloway", None),
    ("Tom Ives", None),
]
OFFICERS = [("Helen Marsh", "Town Clerk"), ("Daniel Price", "Responsible Financial Officer")]
ALSO_PRESENT = [("Graham Lowe", "District Councillor"), ("Susan Hale", "County Councillor")]
APOLOGIES = [("Amrit Gill", "work commitment"), ("Linda Okafor", "illness")]
ABSENT = [("Brian Sutton", None)]

PAYMENTS = [  # payee, details, method, amount
    ("Mid Wessex Grounds Ltd", "Grounds maintenance contract \u2013 December", "BACS", "1,791.67"),
    ("Wessex ALC", "Clerk training \u2013 budget workshop", "BACS", "85.00"),
    ("Brightside Illuminations", "Christmas lights install and removal", "BACS", "7,920.00"),
    ("Kingsbury Water Ltd", "Allotment water supply Q3", "DD", "214.38"),
    ("Corn Exchange Trust", "Office rent and service charge Q4", "BACS", "1,600.00"),
    ("HMRC", "PAYE and NI \u2013 December", "BACS", "1,412.56"),
    ("Wessex Pension Fund", "Pension contributions \u2013 December", "BACS", "1,268.90"),
    ("Staff salaries", "December salaries (net)", "BACS", "3,986.44"),
    ("Unity Trust Bank", "Bank charges", "DD", "18.00"),
    ("A. Harding Tree Services", "Fallen ash removal, Cemetery Lane", "BACS", "575.00"),
]


def _payments_total() -> str:
    pence = sum(int(a.replace(",", "").replace(".", "")) for *_, a in PAYMENTS)
    return f"{pence // 100:,}.{pence % 100:02d}"


VOTE_FOR = ["Whitlock", "Adebayo", "Carr", "Dunmore"]
VOTE_AGAINST = ["Holloway", "Ives"]
VOTE_ABSTAIN = ["Fensome"]

# Blocks: ("p", text) paragraph; ("res", text, n) resolution paragraph counting n resolutions;
# ("sub", letter, heading) lettered sub-paragraph heading; ("list", [lines]) indented lines;
# ("plan", [(ref, site, comment)]); ("pay",); ("vote",)
MINUTES = [
    ("24/187", "APOLOGIES FOR ABSENCE", "1", [
        ("p", "Apologies were received from Cllr Amrit Gill (work commitment) and Cllr Linda "
              "Okafor (illness)."),
        ("res", "It was **RESOLVED** to accept the apologies for the reasons given.", 1),
        ("p", "Cllr Brian Sutton was absent; no apology had been received."),
    ]),
    ("24/188", "DECLARATIONS OF INTEREST", "2", [
        ("p", "Cllr Holloway declared a non-registrable interest in application 24/02168/HOU "
              "(minute 24/193(a)) as an immediate neighbour of the applicant, and took no part in "
              "the discussion or decision on that application. There were no requests for "
              "dispensations."),
    ]),
    ("24/189", "PUBLIC PARTICIPATION", "3", [
        ("p", "Two residents of Mill Lane spoke about application 24/02115/FUL, raising concerns "
              "about overlooking from the proposed rear dormer. A resident asked when the "
              "toddler play equipment at Jubilee Field would be replaced; the Mayor advised that "
              "this was on the agenda at item 9."),
    ]),
    ("24/190", "MINUTES", "4", [
        ("res", "It was **RESOLVED** that the minutes of the meeting of the Full Council held on "
                "9th December 2024 be approved as a correct record, and they were signed by the "
                "Chair.", 1),
    ]),
    ("24/191", "CLERK\u2019S REPORT", "5", [
        ("p", "The Clerk\u2019s report had been circulated. Members noted that the replacement "
              "bus shelter on Station Road had been installed on 18th December and that the "
              "annual internal audit visit has been booked for 14th May 2025."),
    ]),
    ("24/192", "REPORTS FROM COUNTY AND DISTRICT COUNCILLORS", "6", [
        ("p", "County Cllr Hale reported that resurfacing of the B3410 through the town centre "
              "is programmed for the week of 17th March 2025. District Cllr Lowe reported on the "
              "District Council\u2019s consultation on its draft Local Plan, which closes on "
              "28th February 2025. District Cllr Lowe left the meeting at 8.02pm."),
    ]),
    ("24/193", "PLANNING", "7", [
        ("sub", "a", "Applications"),
        ("res", "Members considered the applications below. It was **RESOLVED** to submit the "
                "following comments to Mid Wessex District Council:", 1),
        ("plan", [
            ("24/02115/FUL", "14 Mill Lane \u2013 single storey rear extension and loft "
                             "conversion with rear dormer window",
             "Objection: the rear dormer would cause unacceptable overlooking of 12 and 16 Mill "
             "Lane. The Council has no objection to the single storey extension."),
            ("24/02168/HOU", "Orchard House, Kingsbury Road \u2013 detached double garage with "
                             "home office above",
             "No objection, subject to a condition that the building is not used as a separate "
             "dwelling."),
            ("24/02201/LBC", "The Old Bakehouse, 6 Sheep Street \u2013 replacement of ground "
                             "floor shopfront windows",
             "Support: the proposed timber frames restore the historic shopfront."),
        ]),
        ("sub", "b", "Decisions"),
        ("p", "The following decisions of Mid Wessex District Council were noted:"),
        ("list", ["24/01877/HOU \u2013 3 Church View: two storey side extension \u2013 Approved",
                  "24/01902/FUL \u2013 Land at Hollow Farm: two holiday lodges \u2013 Refused"]),
    ]),
    ("24/194", "FINANCE", "8", [
        ("sub", "a", "Schedule of payments"),
        ("res", "It was **RESOLVED** to approve the following payments, totalling \u00a3"
                + _payments_total() + ":", 1),
        ("pay",),
        ("sub", "b", "Bank reconciliation and budget monitoring"),
        ("p", "The bank reconciliation to 31st December 2024 was noted, showing balances of "
              "\u00a348,216.03 (current account) and \u00a3112,540.77 (reserve account), which "
              "agreed with the cash book. The budget monitoring report was noted."),
        ("sub", "c", "Budget and precept 2025/26"),
        ("p", "The RFO presented the draft budget as recommended by the Finance & General "
              "Purposes Committee on 16th December 2024. Cllr Holloway proposed that the precept "
              "be held at the 2024/25 level; this was not seconded. Cllr Dunmore proposed and "
              "Cllr Carr seconded that the draft budget be adopted and the precept set "
              "accordingly. At the request of Cllr Ives a recorded vote was taken:"),
        ("vote",),
        ("p", "The motion was carried, 4 in favour, 2 against, 1 abstention."),
        ("res", "It was therefore **RESOLVED**:\n(i) to adopt the budget for 2025/26 as set out "
                "in the attached budget sheet; and\n(ii) to request a precept of \u00a3{PRECEPT} "
                "from Mid Wessex District Council for 2025/26.", 2),
    ]),
    ("24/195", "JUBILEE FIELD PLAY AREA", "9", [
        ("p", "Members considered the Clerk\u2019s report comparing three quotations for "
              "replacement toddler play equipment: Playwell Ltd \u00a323,480, Greenacre Play "
              "\u00a325,115 and Timberplay Direct \u00a321,900 (all excluding VAT). Members "
              "noted that the lowest quotation did not include safer surfacing. On being put to "
              "the vote (5 in favour, 1 against, 1 abstention):"),
        ("res", "It was **RESOLVED** to accept the quotation of Playwell Ltd in the sum of "
                "\u00a323,480 plus VAT, to be funded from the Play Equipment earmarked reserve.", 1),
    ]),
    ("24/196", "CHRISTMAS LIGHTS", "10", [
        ("p", "The Mayor thanked the Clerk, volunteers and the Chamber of Trade for an "
              "excellent switch-on event, attended by an estimated 1,400 people."),
        ("res", "It was **RESOLVED** to establish a Christmas Lights Working Party of Cllrs "
                "Carr, Fensome and Ives to report to the meeting in March 2025.", 1),
    ]),
    ("24/197", "CORRESPONDENCE", "11", [
        ("p", "The list of correspondence was noted. The Clerk will reply to the letter from "
              "Brackenford Bowls Club regarding the pavilion lease renewal."),
    ]),
    ("24/198", "DATE OF NEXT MEETING", "12", [
        ("p", "Monday 10th February 2025 at 7.30pm in the Assembly Room."),
    ]),
    ("24/199", "EXCLUSION OF THE PRESS AND PUBLIC", "13", [
        ("res", "It was **RESOLVED** under the Public Bodies (Admission to Meetings) Act 1960, "
                "s.1(2), to exclude the press and public for the following item owing to the "
                "confidential nature of the business. The members of the public left the "
                "meeting.", 1),
    ]),
    ("24/200", "STAFFING", "14", [
        ("res", "It was **RESOLVED** to accept the recommendation of the Staffing Committee and "
                "to award the Town Clerk one incremental point, to SCP 32, with effect from 1st "
                "April 2025.", 1),
    ]),
]

# --------------------------------------------------------------------------------------------
# Budget sheet: cost centres with (code, description, budget 24/25, actual to date, budget
# 25/26, note)
# --------------------------------------------------------------------------------------------
INCOME = ("INCOME", [
    ("1010", "Bank interest", 3500, 4212, 3800, ""),
    ("1020", "Allotment rents", 2150, 2090, 2250, "Rents +5% from Oct 2025"),
    ("1030", "Burial and memorial fees", 9000, 7845, 9500, ""),
    ("1040", "Pavilion hire", 4800, 3960, 5000, ""),
    ("1050", "Grants received", 1500, 0, 0, "Not expected to recur"),
], "Total income")
COST_CENTRES = [
    ("101 Administration", [
        ("4000", "Salaries \u2013 Clerk and RFO", 58400, 43210, 61900, "Pay award est. 3%"),
        ("4005", "Employer NI and pension", 16200, 12020, 17350, ""),
        ("4010", "Training", 1200, 640, 1200, ""),
        ("4020", "Office rent and service charge", 6400, 4800, 6600, ""),
        ("4025", "Telephone, IT and website", 2900, 2415, 3100, ""),
        ("4030", "Insurance", 4750, 4812, 5000, ""),
        ("4035", "Audit fees", 2100, 1260, 2200, ""),
        ("4040", "Subscriptions (WALC, SLCC)", 1650, 1598, 1700, ""),
        ("4045", "Election costs", 0, 0, 6000, "Elections May 2027"),
        ("4050", "Mayor\u2019s allowance", 600, 310, 600, ""),
    ], "Total Administration"),
    ("102 Open Spaces and Recreation", [
        ("4100", "Grounds maintenance contract", 21500, 16125, 22400, "Contract renewal Apr 2025"),
        ("4110", "Play area inspections and repairs", 3800, 2950, 4000, ""),
        ("4120", "Jubilee Field pavilion", 5200, 3870, 5300, ""),
        ("4130", "Trees and hedges", 2500, 3140, 3000, "Storm damage 2024"),
        ("4140", "Litter and dog bins", 4100, 3015, 4300, ""),
    ], "Total Open Spaces and Recreation"),
    ("103 Cemetery", [
        ("4200", "Cemetery maintenance", 6800, 5110, 7000, ""),
        ("4210", "Grave digging", 4200, 3150, 4400, ""),
        ("4220", "Memorial safety testing", 0, 0, 1200, "Five-yearly"),
    ], "Total Cemetery"),
    ("104 Allotments", [
        ("4300", "Water charges", 950, 1020, 1100, ""),
        ("4310", "Repairs and fencing", 800, 260, 800, ""),
    ], "Total Allotments"),
    ("105 Community and Events", [
        ("4400", "Christmas lights", 7500, 7920, 8200, ""),
        ("4410", "Community grants (s.137)", 6000, 4250, 6000, ""),
        ("4420", "Remembrance and civic events", 1200, 940, 1200, ""),
        ("4430", "Town newsletter", 2400, 1800, 2400, "Three issues"),
    ], "Total Community and Events"),
    ("106 Transfers to Earmarked Reserves", [
        ("4900", "Play equipment reserve", 10000, 10000, 8000, "See Min 24/195"),
        ("4910", "Buildings reserve", 5000, 5000, 5000, ""),
        ("4920", "Elections reserve", 2000, 2000, 0, "Now budgeted at 4045"),
    ], "Total Transfers to Reserves"),
]
TAX_BASE = "1,659.70"
TAX_BASE_NUM = 1659.70
TAX_BASE_2425 = 1642.30


def _sum(lines, i):
    return sum(line[i] for line in lines)


def budget_totals():
    inc = [_sum(INCOME[1], i) for i in (2, 3, 4)]
    exp = [sum(_sum(cc[1], i) for cc in COST_CENTRES) for i in (2, 3, 4)]
    net = [e - n for e, n in zip(exp, inc)]
    return inc, exp, net


def precept() -> int:
    return budget_totals()[2][2]


def money(v: int) -> str:
    if v == 0:
        return "0"
    return f"{v:,}" if v > 0 else f"({-v:,})"


def budget_rows():
    """The sheet's rows in printed order: ("banner", title) or ("row", cells, style)."""
    rows = [("banner", INCOME[0])]
    for code, desc, b, a, n, note in INCOME[1]:
        rows.append(("row", [code, desc, money(b), money(a), money(n), note], "line"))
    inc, exp, net = budget_totals()
    rows.append(("row", ["", INCOME[2], *(money(v) for v in inc), ""], "sub"))
    for title, lines, total in COST_CENTRES:
        rows.append(("banner", title))
        for code, desc, b, a, n, note in lines:
            rows.append(("row", [code, desc, money(b), money(a), money(n), note], "line"))
        rows.append(("row", ["", total, *(money(_sum(lines, i)) for i in (2, 3, 4)), ""], "sub"))
    rows.append(("banner", "SUMMARY"))
    rows.append(("row", ["", "Total expenditure", *(money(v) for v in exp), ""], "sub"))
    rows.append(("row", ["", "Less total income", *(money(v) for v in inc), ""], "line"))
    rows.append(("row", ["", "PRECEPT REQUIREMENT", *(money(v) for v in net),
                         "Min 24/194(c)"], "total"))
    return rows


BUDGET_COLUMNS = [("Code",), ("Description",), ("Budget", "2024/25"),
                  ("Actual to", "31/12/2024"), ("Budget", "2025/26"), ("Notes",)]


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------
class ClerkDoc(FPDF):
    footer_left = ""
    footer_right = ""

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(60, 60, 60)
        w = self.w - self.l_margin - self.r_margin
        if self.footer_left:
            self.cell(w / 3, 5, self.footer_left, align="L")
        else:
            self.cell(w / 3, 5, "")
        self.cell(w / 3, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.cell(w / 3, 5, self.footer_right, align="R")
        self.set_text_color(0, 0, 0)


def _new_pdf(orientation="P", cls=ClerkDoc) -> FPDF:
    pdf = cls(orientation=orientation, unit="mm", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(CREATED)
    pdf.set_author(CLERK)
    pdf.set_creator("Microsoft Word")
    return pdf


def _letterhead(pdf: FPDF):
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 9, COUNCIL.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 4.5, f"Town Clerk: {CLERK}", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 4.5, ADDRESS, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 4.5, f"Tel: {PHONE}   Email: {EMAIL}   {WEB}", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(5)


def render_agenda(path: Path):
    pdf = _new_pdf()
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.set_title(f"{COUNCIL} - Agenda - {DATE_LONG}")
    pdf.add_page()
    _letterhead(pdf)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(100, 6, "To: All Members of the Town Council")
    pdf.cell(0, 6, "7th January 2025", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.cell(0, 6, "Dear Councillor,", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.multi_cell(0, 5.5,
                   "You are hereby summoned to attend a meeting of the **Full Council** of "
                   f"{COUNCIL} to be held in {VENUE} on **{DATE_LONG} at {TIME_PRINTED}** for "
                   "the purpose of transacting the business set out below.",
                   markdown=True, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.cell(0, 6, "Yours faithfully,", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "I", 16)
    pdf.cell(0, 9, "H. Marsh", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 5.5, CLERK, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 5.5, "Town Clerk", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 9)
    pdf.set_fill_color(238, 238, 238)
    pdf.multi_cell(0, 4.5,
                   "Members of the public and press are welcome to attend. Public participation "
                   "is taken at item 3. The meeting may be filmed or recorded in accordance with "
                   "the Openness of Local Government Bodies Regulations 2014.",
                   border=1, fill=True, padding=2, align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.set_font("Helvetica", "BU", 13)
    pdf.cell(0, 7, "AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    num_x, text_x, sub_x = 20, 30, 38
    for number, heading, desc, subs, _part in AGENDA:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(num_x, y)
        pdf.cell(10, 5.5, f"{number}.")
        pdf.set_x(text_x)
        pdf.multi_cell(pdf.w - 20 - text_x, 5.5, heading, align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "", 11)
        for para in desc:
            pdf.set_x(text_x)
            pdf.multi_cell(pdf.w - 20 - text_x, 5.5, para, align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for letter, text in subs:
            pdf.ln(1)
            yy = pdf.get_y()
            pdf.set_xy(text_x, yy)
            pdf.cell(8, 5.5, f"{letter})")
            pdf.set_x(sub_x)
            pdf.multi_cell(pdf.w - 20 - sub_x, 5.5, text, align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3.5)
    pdf.output(str(path))


def _hanging(pdf: FPDF, label: str, lines: list[str], label_w=32):
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_x(20)
    pdf.cell(label_w, 5.5, label)
    pdf.set_font("Helvetica", "", 11)
    for i, line in enumerate(lines):
        pdf.set_x(20 + label_w)
        pdf.multi_cell(pdf.w - 40 - label_w, 5.5, line, align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)


class MinutesDoc(ClerkDoc):
    def header(self):
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(60, 60, 60)
            self.cell(0, 5, f"{COUNCIL} \u2013 Full Council \u2013 13th January 2025 "
                            "(Draft until approved)", align="R",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.ln(4)


def render_minutes(path: Path):
    pdf = _new_pdf(cls=MinutesDoc)
    pdf.footer_left = "Full Council 13.01.2025"
    pdf.footer_right = "Chair\u2019s initials ........"
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.set_title(f"{COUNCIL} - Minutes - {DATE_LONG}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, COUNCIL.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 5.5,
                   f"Minutes of the meeting of the Full Council held in {VENUE} on "
                   f"{DATE_LONG} at {TIME_PRINTED}", align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    cllr_chair = PRESENT[0]
    others = []
    for name, role in PRESENT[1:]:
        others.append(f"{name} ({role})" if role else name)
    _hanging(pdf, "Present:", [
        f"Cllr {cllr_chair[0]} (Town Mayor, in the Chair)",
        "Cllrs " + ", ".join(others[:-1]) + " and " + others[-1],
    ])
    _hanging(pdf, "In attendance:", [
        f"{OFFICERS[0][0]} ({OFFICERS[0][1]}) and {OFFICERS[1][0]} ({OFFICERS[1][1]})",
        f"District Cllr {ALSO_PRESENT[0][0]} (to minute 24/192) and County Cllr "
        f"{ALSO_PRESENT[1][0]}",
        "2 members of the public",
    ])
    pdf.ln(2)
    num_w, text_x = 22, 42
    width = pdf.w - 20 - text_x
    for ref, heading, _ag, blocks in MINUTES:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(20, y)
        pdf.cell(num_w, 5.5, ref)
        pdf.set_x(text_x)
        pdf.multi_cell(width, 5.5, heading, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        for block in blocks:
            kind = block[0]
            pdf.set_font("Helvetica", "", 11)
            if kind in ("p", "res"):
                text = block[1].replace("{PRECEPT}", f"{precept():,}")
                for line in text.split("\n"):
                    pdf.set_x(text_x)
                    pdf.multi_cell(width, 5.5, line, align="J", markdown=True,
                                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1.5)
            elif kind == "sub":
                if pdf.get_y() > pdf.h - 45:
                    pdf.add_page()
                pdf.set_x(text_x)
                pdf.set_font("Helvetica", "BI", 11)
                pdf.cell(0, 5.5, f"({block[1]}) {block[2]}", new_x=XPos.LMARGIN,
                         new_y=YPos.NEXT)
                pdf.ln(0.5)
            elif kind == "list":
                for line in block[1]:
                    pdf.set_x(text_x + 4)
                    pdf.cell(5, 5.5, "\u2022")
                    pdf.multi_cell(width - 9, 5.5, line, align="L",
                                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1.5)
            elif kind == "plan":
                for ref_no, site, comment in block[1]:
                    if pdf.get_y() > pdf.h - 40:
                        pdf.add_page()
                    pdf.set_font("Helvetica", "B", 10)
                    pdf.set_x(text_x + 4)
                    pdf.cell(30, 5, ref_no)
                    pdf.set_font("Helvetica", "", 10)
                    pdf.multi_cell(width - 34, 5, site, align="L",
                                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    pdf.set_x(text_x + 34)
                    pdf.set_font("Helvetica", "I", 10)
                    pdf.multi_cell(width - 34, 5, "Comment: " + comment, align="L",
                                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    pdf.ln(1.5)
            elif kind == "pay":
                _payments(pdf, text_x, width)
            elif kind == "vote":
                for label, names in (("For:", VOTE_FOR), ("Against:", VOTE_AGAINST),
                                     ("Abstention:", VOTE_ABSTAIN)):
                    pdf.set_x(text_x + 4)
                    pdf.set_font("Helvetica", "B", 11)
                    pdf.cell(26, 5.5, label)
                    pdf.set_font("Helvetica", "", 11)
                    word = "Cllrs " if len(names) > 1 else "Cllr "
                    joined = names[0] if len(names) == 1 else (
                        ", ".join(names[:-1]) + " and " + names[-1])
                    pdf.cell(0, 5.5, word + joined, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1.5)
        pdf.ln(2)
    pdf.set_font("Helvetica", "", 11)
    if pdf.get_y() > pdf.h - 40:
        pdf.add_page()
    pdf.set_x(20)
    pdf.cell(0, 6, f"There being no further business the meeting closed at {END_PRINTED}.",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.cell(0, 6, "Signed ...........................................  (Chair)        "
                   "Date ............................", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


def _payments(pdf: FPDF, x: float, width: float):
    cols = [("Payee", 46), ("Details", width - 46 - 16 - 22), ("Method", 16), ("Amount \u00a3", 22)]
    if pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_x(x)
    for name, w in cols:
        pdf.cell(w, 5, name, border="B", align="R" if name.startswith("Amount") else "L")
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 8.5)
    for payee, details, method, amount in PAYMENTS:
        pdf.set_x(x)
        for (name, w), val in zip(cols, (payee, details, method, amount)):
            pdf.cell(w, 4.6, val, align="R" if name.startswith("Amount") else "L")
        pdf.ln(4.6)
    pdf.set_x(x)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(sum(w for _, w in cols[:3]), 5, "Total")
    pdf.cell(cols[3][1], 5, _payments_total(), border="TB", align="R")
    pdf.ln(7)


class SheetDoc(ClerkDoc):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(90, 4, "Budget 2025-26 v4 FINAL.xlsx")
        self.cell(self.w - self.l_margin - self.r_margin - 180, 4,
                  f"Page {self.page_no()} of {{nb}}", align="C")
        self.cell(90, 4, "Printed 14/01/2025", align="R")
        self.set_text_color(0, 0, 0)


SHEET_WIDTHS = [18, 78, 30, 30, 30, 71]


def _sheet_header(pdf: FPDF):
    pdf.set_font("Helvetica", "B", 9)
    x0, y0 = pdf.l_margin, pdf.get_y()
    pdf.set_fill_color(221, 235, 247)
    pdf.rect(x0, y0, sum(SHEET_WIDTHS), 9, style="F")
    x = x0
    for (lines), w in zip(BUDGET_COLUMNS, SHEET_WIDTHS):
        align = "R" if w == 30 else "L"
        if lines == ("Notes",):
            x += 5
        if len(lines) == 1:
            pdf.set_xy(x, y0 + 2.25)
            pdf.cell(w, 4.5, lines[0], align=align)
        else:
            pdf.set_xy(x, y0)
            pdf.cell(w, 4.5, lines[0], align=align)
            pdf.set_xy(x, y0 + 4.5)
            pdf.cell(w, 4.5, lines[1], align=align)
        x += w
    pdf.set_line_width(0.3)
    pdf.line(x0, y0 + 9, x0 + sum(SHEET_WIDTHS), y0 + 9)
    pdf.set_line_width(0.2)
    pdf.set_xy(x0, y0 + 10)


def render_budget(path: Path):
    pdf = _new_pdf("L", cls=SheetDoc)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(False)
    pdf.set_title(f"{COUNCIL} - Budget and Precept 2025/26")
    pdf.set_creator("Microsoft Excel")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, COUNCIL.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Budget and Precept 2025/26", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "As approved by Full Council on 13th January 2025 (minute 24/194(c)).  "
                   "All figures in \u00a3.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    _sheet_header(pdf)
    row_h = 4.9
    bottom = pdf.h - 18
    for row in budget_rows():
        if pdf.get_y() + row_h * (2 if row[0] == "banner" else 1) > bottom:
            pdf.add_page()
            pdf.set_y(12)
            _sheet_header(pdf)
        y = pdf.get_y()
        if row[0] == "banner":
            pdf.ln(1.2)
            y = pdf.get_y()
            pdf.set_font("Helvetica", "B", 9)
            pdf.set_x(pdf.l_margin)
            pdf.cell(sum(SHEET_WIDTHS), row_h, row[1])
            pdf.set_xy(pdf.l_margin, y + row_h)
            continue
        cells, style = row[1], row[2]
        pdf.set_font("Helvetica", "B" if style in ("sub", "total") else "", 9)
        x = pdf.l_margin
        for i, (val, w) in enumerate(zip(cells, SHEET_WIDTHS)):
            pdf.set_xy(x, y)
            if i == 5:
                pdf.set_font("Helvetica", "I", 8)
                pdf.set_x(x + 5)
            pdf.cell(w, row_h, val, align="R" if 2 <= i <= 4 else "L")
            if style in ("sub", "total") and 2 <= i <= 4:
                pdf.line(x + 6, y, x + w, y)
                if style == "total":
                    pdf.line(x + 6, y + row_h, x + w, y + row_h)
                    pdf.line(x + 6, y + row_h + 0.6, x + w, y + row_h + 0.6)
            x += w
        pdf.set_xy(pdf.l_margin, y + row_h + (0.8 if style == "sub" else 0))
    pdf.ln(5)
    inc, exp, net = budget_totals()
    band_d = net[2] / TAX_BASE_NUM
    band_old = net[0] / TAX_BASE_2425
    pdf.set_font("Helvetica", "", 9)
    for line in (f"Council tax base 2025/26 (Band D equivalents): {TAX_BASE}",
                 f"Band D charge 2025/26: \u00a3{band_d:.2f}   (2024/25: \u00a3{band_old:.2f})",
                 f"Increase per Band D property: \u00a3{band_d - band_old:.2f} "
                 f"({(band_d / band_old - 1) * 100:.1f}%)"):
        pdf.cell(0, 4.8, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------------
# Files and gold
# --------------------------------------------------------------------------------------------
def _paths(folder: Path) -> dict[str, Path]:
    stem = f"{SLUG}_{BODY_SLUG}_{DATE}"
    return {
        "agenda": folder / "agendas" / f"{stem}_agenda.pdf",
        "minutes": folder / "minutes" / f"{stem}_minutes.pdf",
        "plan": folder / "plans" / f"{SLUG}_budget_2025-26.pdf",
    }


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    paths = _paths(folder)
    for p in paths.values():
        p.parent.mkdir(parents=True, exist_ok=True)
    render_agenda(paths["agenda"])
    render_minutes(paths["minutes"])
    render_budget(paths["plan"])
    return list(paths.values())


def _title(s: str) -> str:
    return s


def gold() -> dict[str, dict]:
    meeting = {"body": BODY, "date": DATE, "start_time": START}
    agenda_items = []
    for number, heading, desc, subs, part in AGENDA:
        item = {"number": number, "title": heading, "pages": None, "part": part, "parent": None}
        if desc:
            item["note"] = " ".join(desc)
        agenda_items.append(item)
        for letter, text in subs:
            agenda_items.append({"number": letter, "title": text, "pages": None,
                                 "part": part, "parent": number})
    agenda_gold = {
        "file": "agendas/" + _paths(Path("."))["agenda"].name,
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Item numbers are printed '1.' to '14.'; the trailing dot is dropped.",
            "Sub-items are printed 'a)' to 'd)'; their number is the letter alone, parent the "
            "enclosing item.",
            "Each item's title is its bold capitalised heading; the explanatory sentence printed "
            "below it is kept in 'note', not in the title.",
            "Sub-item titles are the whole printed line after the letter, planning reference "
            "included.",
            "No page numbers are printed against items, so pages is null throughout.",
            "Item 13 (the resolution to exclude the press and public) is public; only item 14 "
            "is exempt.",
            "The summons letter, signature and public-participation notice are not items.",
        ],
        "meeting": {**meeting, "contact": {"name": CLERK, "phone": PHONE, "email": EMAIL}},
        "agenda": agenda_items,
    }

    items, per_item, total = [], {}, 0
    for ref, heading, ag, blocks in MINUTES:
        items.append({"number": ref, "title": heading, "agenda_item": ag})
        n = sum(b[2] for b in blocks if b[0] == "res")
        if n:
            per_item[ref] = n
        total += n
    attendance = []
    for name, role in PRESENT:
        a = {"name": name, "status": "present"}
        if role:
            a["role"] = role
        attendance.append(a)
    for name, role in OFFICERS:
        attendance.append({"name": name, "status": "in_attendance", "role": role})
    for name, role in ALSO_PRESENT:
        attendance.append({"name": name, "status": "also_present", "role": role})
    for name, _reason in APOLOGIES:
        attendance.append({"name": name, "status": "apologies"})
    for name, _ in ABSENT:
        attendance.append({"name": name, "status": "absent"})
    minutes_gold = {
        "file": "minutes/" + _paths(Path("."))["minutes"].name,
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute numbers are printed '24/187' to '24/200' in a left column with the bold "
            "heading beside them; agenda_item is the agenda's plain number.",
            "Lettered sub-paragraphs in 24/193 and 24/194 ('(a) Applications', '(b) Decisions', "
            "'(a) Schedule of payments' ...) are printed in bold italic inside the minute and "
            "are not counted as separate minute items.",
            "Resolutions count each 'RESOLVED' clause; the budget resolution in 24/194 has two "
            "numbered parts (i) and (ii) and counts 2. A planning resolution introducing a list "
            "of comments counts 1.",
            "Two votes: the recorded vote on the budget in 24/194 (names given) and a show of "
            "hands in 24/195 with figures only. A proposal in 24/194 that was not seconded is "
            "no vote.",
            "District Cllr Lowe and County Cllr Hale are councillors of other bodies: "
            "also_present. The two members of the public are not people in the attendance.",
            "Apologies and the absence of Cllr Sutton are recorded inside minute 24/187, not in "
            "the attendance block.",
            "Chair of the meeting is the Town Mayor, Janet Whitlock.",
        ],
        "meeting": {**meeting, "end_time": END},
        "minutes": {
            "items": items,
            "resolutions": total,
            "resolutions_per_item": per_item,
            "votes": [
                {"item": "24/194", "result": "carried",
                 "counts": {"yes": 4, "no": 2, "abstain": 1},
                 "voters": {"yes": VOTE_FOR, "no": VOTE_AGAINST, "abstain": VOTE_ABSTAIN},
                 "motion": "That the draft budget for 2025/26 be adopted and the precept set "
                           "accordingly",
                 "mover": "Dunmore", "seconder": "Carr",
                 "result_as_printed": "The motion was carried, 4 in favour, 2 against, "
                                      "1 abstention."},
                {"item": "24/195", "result": "carried",
                 "counts": {"yes": 5, "no": 1, "abstain": 1},
                 "motion": "To accept the quotation of Playwell Ltd",
                 "note": "Show of hands, figures only."},
            ],
            "attendance": attendance,
        },
    }

    rows = budget_rows()
    data, groups, current = [], [], None
    for row in rows:
        if row[0] == "banner":
            current = {"title": row[1], "first_index": len(data), "last_index": None}
            groups.append(current)
        else:
            data.append(row[1])
            current["last_index"] = len(data) - 1
    columns = [" / ".join(c) for c in BUDGET_COLUMNS]

    # the page each data row is printed on, as the renderer paginates (checked on the image)
    def sample(i):
        return {"index": i, "cells": {c: v for c, v in zip(columns, data[i]) if v}}

    idx_admin_total = next(i for i, r in enumerate(data) if r[1] == "Total Administration")
    idx_4130 = next(i for i, r in enumerate(data) if r[0] == "4130")
    plan_gold = {
        "file": "plans/" + _paths(Path("."))["plan"].name,
        "kind": "plan",
        "country": "UK",
        "notes": [
            "One table over two landscape pages; the two-line column header is repeated on "
            "page 2 (spreadsheet 'rows to repeat at top').",
            "Banner rows (INCOME, the six cost centres '101 Administration' ... and SUMMARY) "
            "are groups, not data rows; subtotal rows ('Total Administration' ...) and the three "
            "summary rows are data rows.",
            "Column names join the stacked header lines with ' / '.",
            "The tax base and Band D lines printed under the table are free text, not a table.",
            "Nil figures are printed '0' and kept as cells.",
        ],
        "tables": [{
            "page": 1,
            "title": "Budget and Precept 2025/26",
            "columns": columns,
            "row_count": len(data),
            "pages": {"first": 1, "last": 2},
            "header_rows": 1,
            "ruled": False,
            "rows": [sample(0), sample(idx_4130), sample(idx_admin_total), sample(len(data) - 1)],
            "groups": groups,
        }],
    }
    return {"agenda": agenda_gold, "minutes": minutes_gold, "plan": plan_gold}

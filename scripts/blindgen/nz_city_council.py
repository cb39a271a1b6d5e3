"""Kaiwhero City Council (fictional, New Zealand): an Ordinary Council Meeting of 26 June 2025.

Two PDFs, printed the way New Zealand city and district councils print them:

* the agenda (4 pages): a cover with the notice of meeting (date, time, location), the
  membership (Her Worship the Mayor, Deputy Mayor, Councillors), quorum and governance contact;
  an Order of Business with numbered items, dotted sub-items (5.1, 6.1 ...) and page numbers,
  a "Public Excluded Items" banner over items C1-C3; then the items themselves: karakia,
  apologies, declarations of interest, public forum, confirmation of minutes, four officer
  reports with report numbers and recommendations, and the resolution to exclude the public
  under section 48 of the Local Government Official Information and Meetings Act 1987 with its
  three-column grounds table;
* the minutes of the same meeting (6 pages): Present / In Attendance / Also Present /
  Apologies, numbered items, resolutions numbered CO/2025/139 onwards with "Moved: Cr X /
  Seconded: Cr Y" and CARRIED / LOST, a lost amendment decided by a division (councillors named
  for and against, one per line), a second division printed as a paragraph, votes against
  recorded, a schedule of rates table, the public excluded resolution with its section 48
  table, re-admittance of the public, the closing time and the chairperson's signature block.

Every name, place, figure and report number is invented.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

SLUG = "kaiwhero-city"
BODY_SLUG = "council"
DATE = "2025-06-26"
DATE_LONG = "Thursday, 26 June 2025"
DATE_SHORT = "26 June 2025"
AGENDA_NAME = f"{SLUG}_{BODY_SLUG}_{DATE}_agenda.pdf"
MINUTES_NAME = f"{SLUG}_{BODY_SLUG}_{DATE}_minutes.pdf"

CONTACT = {"name": "Priya Laloli", "phone": "07 308 4410", "email": "priya.laloli@kaiwhero.govt.nz"}

MAYOR = "Helen Marsters"
DEPUTY = "Tane Whitcombe"
COUNCILLORS = [
    "Aroha Kingi", "Brent Dallimore", "Sione Fifita", "Maggie Oldfield", "Ravi Sandhu",
    "Jacqui Te Paa", "Colin Rutherford", "Leanne Brophy", "Pita Hohaia", "Nikau Ellison",
]

OFFICERS = [
    ("Grant Petrovic", "Chief Executive"),
    ("Louise Varcoe", "General Manager Finance and Corporate Services"),
    ("Hamish Dunnell", "General Manager Infrastructure"),
    ("Te Rina Parata", "Manager Strategy and Policy"),
    ("Owen Sturrock", "Transport Planning Lead"),
    ("Priya Laloli", "Governance Advisor"),
    ("Kelvin Aumua", "Governance Support Officer"),
]

S48_HEADERS = [
    "General subject of each matter to be considered",
    "Reason for passing this resolution in relation to each matter",
    "Ground(s) under section 48 for the passing of this resolution",
]
S48_ROWS = [
    ["C1 Confirmation of Public Excluded Minutes - 29 May 2025",
     "The reasons for withholding are as set out in the minutes of the meeting of 29 May 2025",
     "Section 48(1)(a)(i)"],
    ["C2 Proposed Sale of Council Land - 18 Kowhai Terrace, Mataroa",
     "s7(2)(i) - to enable Council to carry on, without prejudice or disadvantage, "
     "negotiations (including commercial and industrial negotiations)",
     "Section 48(1)(a)(i)"],
    ["C3 Contract 2025/07 - Pukeatua Wastewater Treatment Plant Upgrade - Award of Tender",
     "s7(2)(b)(ii) - to protect information where its release would be likely unreasonably to "
     "prejudice the commercial position of the person who supplied it",
     "Section 48(1)(a)(i)"],
]

RATES_HEADERS = ["Rate", "Category", "Basis", "Rate (GST incl.)", "Revenue ($)"]
RATES_ROWS = [
    ["General Rate", "Residential", "Capital value", "0.2841 cents per $", "38,412,000"],
    ["General Rate", "Commercial/Industrial", "Capital value", "0.5682 cents per $", "14,906,500"],
    ["General Rate", "Rural", "Capital value", "0.1705 cents per $", "6,238,900"],
    ["Uniform Annual General Charge", "All", "Per SUIP", "$712.00", "15,877,600"],
    ["Water Supply Rate", "Connected", "Per SUIP", "$865.00", "17,214,300"],
    ["Wastewater Rate", "Connected", "Per pan", "$947.00", "19,002,800"],
    ["Stormwater Rate", "Urban", "Capital value", "0.0398 cents per $", "3,861,200"],
    ["Kerbside Recycling Charge", "Serviced", "Per SUIP", "$154.00", "3,121,700"],
]

KARAKIA_OPEN = [
    "Kia hora te marino",
    "Kia whakapapa pounamu te moana",
    "Hei huarahi ma tatou i te rangi nei",
    "Aroha atu, aroha mai",
    "Tatou i a tatou katoa",
    "Hui e! Taiki e!",
]
KARAKIA_CLOSE = [
    "Kia tau ki a tatou katoa",
    "Te atawhai o to tatou Ariki, a Ihu Karaiti",
    "Me te aroha o te Atua",
    "Me te whiwhingatahitanga ki te Wairua Tapu",
    "Ake, ake, ake. Amine.",
]

# The agenda: number, title, part, parent, section, report number, text, recommendation.
AGENDA = [
    {"number": "1", "title": "Karakia Timatanga | Opening Karakia", "karakia": KARAKIA_OPEN},
    {"number": "2", "title": "Apologies",
     "text": ["An apology has been received from Cr Pita Hohaia."],
     "rec": ["That the apology received from Cr Pita Hohaia be accepted."]},
    {"number": "3", "title": "Declarations of Interest",
     "text": ["Members are reminded to stand aside from decision making when a conflict arises "
              "between their role as an elected member and any private or external interest."]},
    {"number": "4", "title": "Public Forum",
     "text": ["Up to 30 minutes is set aside for members of the public to speak on any item on "
              "the agenda. Each speaker is allowed five minutes."]},
    {"number": "5", "title": "Confirmation of Minutes"},
    {"number": "5.1", "parent": "5",
     "title": "Minutes of the Ordinary Council Meeting held on 29 May 2025",
     "rec": ["That the minutes of the Ordinary Council Meeting held on 29 May 2025 be confirmed "
             "as a true and correct record."]},
    {"number": "6", "title": "Reports"},
    {"number": "6.1", "parent": "6", "title": "Adoption of the Annual Plan 2025/26",
     "report": "CO25/061",
     "author": "Louise Varcoe, General Manager Finance and Corporate Services",
     "text": ["To adopt the Annual Plan 2025/26, following deliberations on 3 June 2025, with an "
              "average rates increase of 9.4%."],
     "rec": ["receives report CO25/061;",
             "adopts the Annual Plan 2025/26 under section 95 of the Local Government Act 2002;",
             "notes the average rates increase of 9.4% across all rating units;",
             "delegates to the Chief Executive the authority to make minor editorial changes."]},
    {"number": "6.2", "parent": "6", "title": "Setting of Rates for the 2025/26 Financial Year",
     "report": "CO25/062",
     "author": "Louise Varcoe, General Manager Finance and Corporate Services",
     "text": ["To set the rates for the year 1 July 2025 to 30 June 2026 under section 23 of the "
              "Local Government (Rating) Act 2002, once the Annual Plan has been adopted."],
     "rec": ["receives report CO25/062;",
             "sets the rates, due dates and penalties as set out in Attachment 1."]},
    {"number": "6.3", "parent": "6",
     "title": "Speed Management Plan 2025-2028 - Hearings Panel Recommendations",
     "report": "CO25/063", "author": "Owen Sturrock, Transport Planning Lead",
     "text": ["To consider the recommendations of the Hearings Panel on the 212 submissions "
              "received on the draft Speed Management Plan, and to adopt the Plan."],
     "rec": ["receives report CO25/063;",
             "adopts the Kaiwhero Speed Management Plan 2025-2028 as amended by the Hearings "
             "Panel."]},
    {"number": "6.4", "parent": "6",
     "title": "Water Services Delivery Plan - Adoption for Submission",
     "report": "CO25/064", "author": "Hamish Dunnell, General Manager Infrastructure",
     "text": ["To adopt the Water Services Delivery Plan for submission to the Secretary for Local "
              "Government by 3 September 2025."],
     "rec": ["receives report CO25/064;",
             "adopts the Water Services Delivery Plan for submission to the Secretary for Local "
             "Government."]},
    {"number": "7", "title": "Resolution to Exclude the Public", "s48": True},
    {"number": "C1", "title": "Confirmation of Public Excluded Minutes - 29 May 2025",
     "part": "exempt", "section": "Public Excluded Items"},
    {"number": "C2", "title": "Proposed Sale of Council Land - 18 Kowhai Terrace, Mataroa",
     "part": "exempt", "section": "Public Excluded Items"},
    {"number": "C3",
     "title": "Contract 2025/07 - Pukeatua Wastewater Treatment Plant Upgrade - Award of Tender",
     "part": "exempt", "section": "Public Excluded Items"},
    {"number": "8", "title": "Karakia Whakamutunga | Closing Karakia", "karakia": KARAKIA_CLOSE},
]

LETTERS = "abcdefghij"


class AgendaPdf(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(85, 4, "Kaiwhero City Council")
        self.cell(85, 4, "Ordinary Council Meeting Agenda", align="R", new_x=XPos.LMARGIN,
                  new_y=YPos.NEXT)
        self.cell(170, 4, DATE_SHORT, align="R")
        self.line(20, 19, 190, 19)
        self.set_text_color(0, 0, 0)
        self.set_y(24)

    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


class MinutesPdf(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_xy(20, 10)
        self.cell(120, 4, f"Ordinary Council Meeting Minutes - {DATE_SHORT}")
        self.set_font("Helvetica", "B", 8)
        self.cell(50, 4, "UNCONFIRMED", align="R")
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(85, 5, "Kaiwhero City Council")
        self.cell(85, 5, f"Page {self.page_no()}", align="R")


def _setup(pdf: FPDF) -> FPDF:
    pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title("Kaiwhero City Council - Ordinary Council Meeting - 26 June 2025")
    pdf.set_author("Kaiwhero City Council")
    return pdf


def _para(pdf: FPDF, text: str, size: float = 10, style: str = "", h: float = 5,
          indent: float = 0, after: float = 2) -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, h, text,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


def _lettered(pdf: FPDF, parts: list[str], indent: float = 0, size: float = 10,
              h: float = 5) -> None:
    pdf.set_font("Helvetica", "", size)
    width = pdf.w - pdf.l_margin - pdf.r_margin - indent - 8
    for i, part in enumerate(parts):
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(8, h, f"{LETTERS[i]})")
        pdf.multi_cell(width, h, part, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(h / 6)
    pdf.ln(h / 3)


def _s48_table(pdf: FPDF, size: float = 8.5, h: float = 4.2) -> None:
    pdf.set_font("Helvetica", "", size)
    with pdf.table(col_widths=(52, 60, 58), line_height=h, text_align="LEFT",
                   first_row_as_headings=True) as table:
        row = table.row()
        for head in S48_HEADERS:
            row.cell(head)
        for data in S48_ROWS:
            row = table.row()
            for value in data:
                row.cell(value)
    pdf.set_font("Helvetica", "", 10)
    pdf.ln(3)


def _agenda_cover(pdf: FPDF) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.set_text_color(0, 84, 110)
    pdf.cell(0, 10, "KAIWHERO CITY COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "I", 11)
    pdf.cell(0, 6, "Te Kaunihera o te Taone o Kaiwhero", align="C", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    _para(pdf, "Notice is hereby given that an Ordinary Meeting of Council will be held on:", 11)
    pdf.ln(2)
    for label, value in (("Date:", DATE_LONG), ("Time:", "9.30am"),
                         ("Location:", "Council Chamber"),
                         ("", "Civic Building, 41 Rewi Street, Kaiwhero")):
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(35, 6.5, label)
        pdf.set_font("Helvetica", "", 11)
        pdf.cell(0, 6.5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font("Helvetica", "B", 28)
    pdf.cell(0, 13, "AGENDA", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "Ordinary Council Meeting", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 14)
    pdf.cell(0, 8, DATE_SHORT, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "MEMBERSHIP", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    rows = [("Chairperson", f"Her Worship the Mayor {MAYOR}"),
            ("Deputy Chairperson", f"Deputy Mayor {DEPUTY}")]
    for label, value in rows:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(45, 5.5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 5.5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(45, 5.5, "Councillors")
    pdf.set_font("Helvetica", "", 10)
    for i in range(0, len(COUNCILLORS), 2):
        pdf.set_x(65)
        pdf.cell(55, 5.5, f"Cr {COUNCILLORS[i]}")
        pdf.cell(55, 5.5, f"Cr {COUNCILLORS[i + 1]}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(45, 5.5, "Quorum")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5.5, "6 members", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "Grant Petrovic", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Chief Executive", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(-52)
    pdf.set_draw_color(0, 84, 110)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 9)
    for line in (f"Governance Advisor: {CONTACT['name']}",
                 f"Telephone: {CONTACT['phone']}",
                 f"Email: {CONTACT['email']}",
                 "Website: www.kaiwhero.govt.nz"):
        pdf.cell(0, 4.6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_draw_color(0, 0, 0)


def _agenda_contents(pdf: FPDF, pages: dict[str, int]) -> None:
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "ORDER OF BUSINESS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(150, 6, "Item", border="B")
    pdf.cell(20, 6, "Page", border="B", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    banner_done = False
    for item in AGENDA:
        if item.get("section") and not banner_done:
            banner_done = True
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 6, "PUBLIC EXCLUDED ITEMS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        sub = bool(item.get("parent"))
        indent = 10 if sub else 0
        pdf.set_font("Helvetica", "" if sub else "B", 10)
        pdf.set_x(20 + indent)
        pdf.cell(12, 6, item["number"])
        title = item["title"] if sub else item["title"].upper()
        top = pdf.get_y()
        pdf.multi_cell(130 - indent, 6, title, new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(160, top)
        pdf.cell(30, 6, str(pages.get(item["number"], 0)), align="R")
        lines = len(pdf.multi_cell(130 - indent, 6, title, dry_run=True, output="LINES"))
        pdf.set_xy(20, top + 6 * lines)
        if item.get("report"):
            pdf.set_font("Helvetica", "I", 9)
            pdf.set_x(20 + indent + 12)
            pdf.cell(0, 4.5, f"Report No. {item['report']}", new_x=XPos.LMARGIN,
                     new_y=YPos.NEXT)
            pdf.ln(0.5)


def _agenda_body(pdf: FPDF, pages: dict[str, int]) -> None:
    pdf.add_page()
    size, h = 9.5, 4.5
    for item in AGENDA:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        if item["number"] == "C1":
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.set_fill_color(225, 225, 225)
            pdf.cell(0, 6.5, "PUBLIC EXCLUDED ITEMS", fill=True, new_x=XPos.LMARGIN,
                     new_y=YPos.NEXT)
            pdf.ln(1)
            _para(pdf, "The following items are to be considered with the public excluded. The "
                       "reports are not available to the public.", 9, "I", 4.3)
        pages[item["number"]] = pdf.page_no()
        sub = bool(item.get("parent"))
        pdf.set_font("Helvetica", "B", 10.5 if not sub else 10)
        pdf.cell(14, 5.5, item["number"])
        pdf.multi_cell(156, 5.5, item["title"].upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)
        if item.get("report"):
            pdf.set_font("Helvetica", "", 8.5)
            pdf.cell(20, 4, "Report No.:")
            pdf.cell(28, 4, item["report"])
            if item.get("author"):
                pdf.cell(14, 4, "Author:")
                pdf.cell(0, 4, item["author"])
            pdf.ln(5)
        if item.get("karakia"):
            for line in item["karakia"]:
                _para(pdf, line, 9, "I", 3.9, indent=14, after=0)
            pdf.ln(1.5)
        if item.get("report") and item.get("text"):
            pdf.set_font("Helvetica", "B", size)
            pdf.cell(0, h, "Purpose", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for text in item.get("text", []):
            _para(pdf, text, size, "", h, after=1)
        if item.get("rec"):
            pdf.set_font("Helvetica", "B", size)
            pdf.cell(0, h, "RECOMMENDATION", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if len(item["rec"]) == 1:
                _para(pdf, item["rec"][0], size, "", h, after=1)
            else:
                _para(pdf, "That Council:", size, "", h, after=0)
                _lettered(pdf, item["rec"], indent=4, size=size, h=h)
        if item.get("s48"):
            _para(pdf, "RECOMMENDATION", size, "B", h, after=0)
            _para(pdf, "That the public be excluded from the following parts of the proceedings "
                       "of this meeting.", size, "", h, after=1)
            _para(pdf, "The general subject matter of each matter to be considered while the "
                       "public is excluded, the reason for passing this resolution in relation to "
                       "each matter, and the specific grounds under section 48 of the Local "
                       "Government Official Information and Meetings Act 1987 for the passing of "
                       "this resolution are as follows:", size, "", h, after=1.5)
            _s48_table(pdf, 8, 3.7)
        pdf.ln(1.5)


def _render_agenda(pages_in: dict[str, int]) -> tuple[FPDF, dict[str, int]]:
    pdf = _setup(AgendaPdf(orientation="P", unit="mm", format="A4"))
    found: dict[str, int] = {}
    _agenda_cover(pdf)
    _agenda_contents(pdf, pages_in)
    _agenda_body(pdf, found)
    return pdf, found


def _agenda_pages() -> tuple[dict[str, int], int]:
    """The page each item starts on (first pass), and the page count."""
    pdf, found = _render_agenda({})
    return found, pdf.pages_count


# ---------------------------------------------------------------------------------------------
# Minutes

DIV_AMEND = {
    "yes": ["Brent Dallimore", "Maggie Oldfield", "Colin Rutherford"],
    "no": [MAYOR, DEPUTY, "Aroha Kingi", "Sione Fifita", "Ravi Sandhu", "Jacqui Te Paa",
           "Leanne Brophy", "Nikau Ellison"],
}
DIV_SPEED = {
    "yes": [MAYOR, DEPUTY, "Aroha Kingi", "Ravi Sandhu", "Jacqui Te Paa", "Leanne Brophy",
            "Nikau Ellison"],
    "no": ["Brent Dallimore", "Sione Fifita", "Maggie Oldfield", "Colin Rutherford"],
}


def _surname(name: str) -> str:
    return name.split(" ", 1)[1] if name.startswith(("Jacqui", "Te Rina")) else name.split()[-1]


def _title_for(name: str) -> str:
    if name == MAYOR:
        return f"Mayor {MAYOR}"
    if name == DEPUTY:
        return f"Deputy Mayor {DEPUTY}"
    return f"Cr {name}"


TABLE_PAGES: dict[str, tuple[int, int]] = {}

# Minute entries: heading / text / resolution / division / table, in printed order.
# A resolution: (number, mover, seconder, preamble, parts, result).
MINUTES: list[tuple] = [
    ("item", "1", "Karakia Timatanga | Opening Karakia", "1"),
    ("text", "Hemi Tautahi opened the meeting with a karakia."),
    ("item", "2", "Apologies", "2"),
    ("res", "CO/2025/139", "Cr Leanne Brophy", "Cr Sione Fifita",
     "That the apology received from Cr Pita Hohaia for absence, and from Cr Colin Rutherford "
     "for lateness, be accepted.", [], "CARRIED"),
    ("item", "3", "Declarations of Interest", "3"),
    ("text", "Cr Ravi Sandhu declared an interest in Item 6.4 (Water Services Delivery Plan) as a "
             "trustee of the Pukeatua Rural Water Scheme, and advised that he would take no part "
             "in the discussion or voting on that item."),
    ("item", "4", "Public Forum", "4"),
    ("sub", "4.1", "Dorothy Acland - Mataroa Residents' Association", None),
    ("text", "Mrs Acland spoke in support of a 40km/h limit on Mataroa Road past the school and "
             "the community hall, and tabled a petition of 418 signatures."),
    ("sub", "4.2", "Wiremu Pene - Kaiwhero Cycling Advocates", None),
    ("text", "Mr Pene spoke in support of the Speed Management Plan and asked Council to bring "
             "forward the Rewi Street cycleway. Cr Colin Rutherford joined the meeting at 9.48am "
             "during Mr Pene's presentation."),
    ("item", "5", "Confirmation of Minutes", "5"),
    ("sub", "5.1", "Minutes of the Ordinary Council Meeting held on 29 May 2025", "5.1"),
    ("res", "CO/2025/140", "Deputy Mayor Tane Whitcombe", "Cr Aroha Kingi",
     "That the minutes of the Ordinary Council Meeting held on 29 May 2025 be confirmed as a true "
     "and correct record.", [], "CARRIED"),
    ("item", "6", "Reports", "6"),
    ("sub", "6.1", "Adoption of the Annual Plan 2025/26", "6.1"),
    ("text", "Louise Varcoe (General Manager Finance and Corporate Services) spoke to the report. "
             "Cr Dallimore moved an amendment, seconded by Cr Oldfield:"),
    ("amend", "Moved: Cr Brent Dallimore", "Seconded: Cr Maggie Oldfield",
     "That the average rates increase be limited to 7.9% by deferring the Civic Building seismic "
     "strengthening programme to the 2026/27 year."),
    ("text", "A division was called for, voting on which was as follows:"),
    ("div_lines", DIV_AMEND),
    ("text", "The division was declared LOST by 3 votes to 8."),
    ("text", "The meeting adjourned at 10.47am and reconvened at 11.03am. Cr Sione Fifita was not "
             "present when the meeting reconvened and returned at 11.06am."),
    ("res", "CO/2025/141", "Mayor Helen Marsters", "Deputy Mayor Tane Whitcombe",
     "That Council:", AGENDA[7]["rec"], "CARRIED"),
    ("text", "Crs Dallimore and Oldfield requested that their votes against the motion be "
             "recorded."),
    ("sub", "6.2", "Setting of Rates for the 2025/26 Financial Year", "6.2"),
    ("res_rates", "CO/2025/142", "Cr Jacqui Te Paa", "Cr Ravi Sandhu", "That Council:",
     ["receives report CO25/062;",
      "sets the following rates under the Local Government (Rating) Act 2002 on rating units in "
      "the district for the financial year commencing 1 July 2025 and ending 30 June 2026:",
      "sets the due dates for payment of rates in four instalments: 20 August 2025, 20 November "
      "2025, 20 February 2026 and 20 May 2026;",
      "authorises a penalty of 10% on any instalment unpaid after the due date, under sections "
      "57 and 58 of the Local Government (Rating) Act 2002."], "CARRIED"),
    ("text", "Cr Dallimore requested that his vote against the motion be recorded."),
    ("sub", "6.3", "Speed Management Plan 2025-2028 - Hearings Panel Recommendations", "6.3"),
    ("text", "Owen Sturrock (Transport Planning Lead) spoke to the report and answered questions "
             "on the proposed 30km/h limits around schools."),
    ("res", "CO/2025/143", "Cr Leanne Brophy", "Cr Nikau Ellison", "That Council:",
     ["receives report CO25/063;",
      "adopts the Kaiwhero Speed Management Plan 2025-2028 as amended by the Hearings Panel;",
      "requests staff to report back on the costs of implementing the Plan by November 2025."],
     None),
    ("div_para", DIV_SPEED),
    ("text", "The motion was declared CARRIED by 7 votes to 4."),
    ("text", "Cr Ravi Sandhu left the meeting at 11.41am."),
    ("sub", "6.4", "Water Services Delivery Plan - Adoption for Submission", "6.4"),
    ("res", "CO/2025/144", "Cr Jacqui Te Paa", "Cr Aroha Kingi", "That Council:",
     ["receives report CO25/064;",
      "adopts the Water Services Delivery Plan for submission to the Secretary for Local "
      "Government;",
      "delegates to the Mayor and Chief Executive the approval of any minor amendments "
      "requested by the Department of Internal Affairs;",
      "notes that the Plan will be published on the Council website within 10 working days."],
     "CARRIED"),
    ("text", "Cr Ravi Sandhu returned to the meeting at 11.50am."),
    ("item", "7", "Resolution to Exclude the Public", "7"),
    ("res_s48", "CO/2025/145", "Mayor Helen Marsters", "Cr Leanne Brophy",
     "That the public be excluded from the following parts of the proceedings of this meeting at "
     "11.52am.", [], "CARRIED"),
    ("item", "C1", "Confirmation of Public Excluded Minutes - 29 May 2025", "C1"),
    ("pe",),
    ("item", "C2", "Proposed Sale of Council Land - 18 Kowhai Terrace, Mataroa", "C2"),
    ("pe",),
    ("item", "C3", "Contract 2025/07 - Pukeatua Wastewater Treatment Plant Upgrade - Award of "
                   "Tender", "C3"),
    ("pe",),
    ("item", None, "Re-admittance of the Public", None),
    ("res", "CO/2025/149", "Cr Jacqui Te Paa", "Cr Ravi Sandhu",
     "That the public be re-admitted to the meeting at 12.29pm.", [], "CARRIED"),
    ("item", "8", "Karakia Whakamutunga | Closing Karakia", "8"),
    ("text", "Hemi Tautahi closed the meeting with a karakia."),
    ("close", "The meeting closed at 12.34pm."),
]


def _attendance_block(pdf: FPDF) -> None:
    def labelled(label: str, lines: list[str]) -> None:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(42, 5.2, label)
        pdf.set_font("Helvetica", "", 10)
        for i, line in enumerate(lines):
            if i:
                pdf.set_x(62)
            pdf.multi_cell(108, 5.2, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)

    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(42, 5.2, "PRESENT:")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(40, 5.2, "Chairperson")
    pdf.cell(0, 5.2, f"Her Worship the Mayor {MAYOR}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(62)
    pdf.cell(40, 5.2, "Deputy Chairperson")
    pdf.cell(0, 5.2, f"Deputy Mayor {DEPUTY}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(62)
    pdf.cell(40, 5.2, "Members")
    members = [c for c in COUNCILLORS if c != "Pita Hohaia"]
    shown = []
    for name in members:
        suffix = ""
        if name == "Nikau Ellison":
            suffix = " (via audio-visual link)"
        if name == "Colin Rutherford":
            suffix = " (from 9.48am)"
        shown.append(f"Cr {name}{suffix}")
    for i, line in enumerate(shown):
        if i:
            pdf.set_x(102)
        pdf.cell(0, 5.2, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    labelled("IN ATTENDANCE:", [f"{n} ({r})" for n, r in OFFICERS])
    labelled("ALSO PRESENT:", ["Hemi Tautahi (Pou Tikanga, Te Runanga o Ngati Rewi)"])
    labelled("APOLOGIES:", ["Cr Pita Hohaia"])


def _resolution(pdf: FPDF, entry: tuple) -> None:
    kind, number, mover, seconder, preamble, parts, result = entry
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_fill_color(232, 238, 242)
    pdf.cell(0, 6, f"RESOLUTION  {number}", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(25, 5, "Moved:")
    pdf.cell(0, 5, mover, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(25, 5, "Seconded:")
    pdf.cell(0, 5, seconder, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    _para(pdf, preamble, 10, "", 5, after=1 if parts else 2)
    if kind == "res_rates":
        _lettered(pdf, parts[:2], indent=4)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.set_x(28)
        pdf.cell(0, 5, "Schedule of Rates 2025/26", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.set_x(28)
        TABLE_PAGES["rates"] = (pdf.page_no(), pdf.page_no())
        with pdf.table(col_widths=(46, 34, 28, 28, 26), width=162, align="RIGHT",
                       line_height=4.6, text_align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT"),
                       first_row_as_headings=True) as table:
            row = table.row()
            for head in RATES_HEADERS:
                row.cell(head)
            for data in RATES_ROWS:
                row = table.row()
                for value in data:
                    row.cell(value)
        pdf.ln(3)
        pdf.set_font("Helvetica", "", 10)
        for i, part in enumerate(parts[2:], start=2):
            pdf.set_x(24)
            pdf.cell(8, 5, f"{LETTERS[i]})")
            pdf.multi_cell(138, 5, part, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(0.8)
        pdf.ln(1.5)
    elif parts:
        _lettered(pdf, parts, indent=4)
    if kind == "res_s48":
        _para(pdf, "The general subject matter of each matter to be considered while the public "
                   "is excluded, the reason for passing this resolution in relation to each "
                   "matter, and the specific grounds under section 48 of the Local Government "
                   "Official Information and Meetings Act 1987 for the passing of this resolution "
                   "are as follows:", 10, "", 5)
        first = pdf.page_no()
        _s48_table(pdf)
        TABLE_PAGES["s48"] = (first, pdf.page_no())
        _para(pdf, "This resolution is made in reliance on section 48(1)(a) of the Local "
                   "Government Official Information and Meetings Act 1987 and the particular "
                   "interest or interests protected by section 7 of that Act which would be "
                   "prejudiced by the holding of the whole or relevant part of the proceedings of "
                   "the meeting in public are as shown above.", 10, "", 5)
    if result:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 5, result, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)


def _render_minutes() -> FPDF:
    pdf = _setup(MinutesPdf(orientation="P", unit="mm", format="A4"))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "KAIWHERO CITY COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 5.5, "MINUTES OF THE ORDINARY COUNCIL MEETING HELD IN THE COUNCIL CHAMBER, "
                           "CIVIC BUILDING, 41 REWI STREET, KAIWHERO ON THURSDAY, 26 JUNE 2025 AT "
                           "9.30AM", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    _attendance_block(pdf)
    for entry in MINUTES:
        kind = entry[0]
        if kind in ("item", "sub"):
            _, number, title, _agenda = entry
            if pdf.get_y() > pdf.h - 45:
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 11 if kind == "item" else 10.5)
            if number:
                pdf.cell(13, 6, number)
                pdf.multi_cell(157, 6, title.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.multi_cell(0, 6, title.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "text":
            _para(pdf, entry[1], 10, "", 5, after=3)
        elif kind in ("res", "res_rates", "res_s48"):
            _resolution(pdf, entry)
        elif kind == "amend":
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 5, "Amendment", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(0, 5, entry[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.cell(0, 5, entry[2], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
            _para(pdf, entry[3], 10, "", 5, indent=6, after=3)
        elif kind == "div_lines":
            div = entry[1]
            for label, key in (("For:", "yes"), ("Against:", "no"), ("Abstained:", None)):
                names = [_title_for(n) for n in div[key]] if key else ["Nil"]
                pdf.set_font("Helvetica", "B", 10)
                pdf.set_x(30)
                pdf.cell(30, 5, label)
                pdf.set_font("Helvetica", "", 10)
                for i, name in enumerate(names):
                    pdf.set_x(60)
                    pdf.cell(0, 5, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1.5)
            pdf.ln(1.5)
        elif kind == "div_para":
            div = entry[1]
            for label, key in (("For", "yes"), ("Against", "no")):
                names = div[key]
                lead = []
                crs = []
                for n in names:
                    (lead if n in (MAYOR, DEPUTY) else crs).append(n)
                words = [_title_for(n) for n in lead]
                surnames = [_surname(n) for n in crs]
                if surnames:
                    joined = (", ".join(surnames[:-1]) + " and " + surnames[-1]
                              if len(surnames) > 1 else surnames[0])
                    words.append(("Crs " if len(surnames) > 1 else "Cr ") + joined)
                _para(pdf, f"{label}: " + ", ".join(words) + f" ({len(names)})", 10, "", 5,
                      indent=6, after=1)
            _para(pdf, "Abstained: Nil", 10, "", 5, indent=6, after=3)
        elif kind == "pe":
            _para(pdf, "Resolutions in relation to this item are recorded in the confidential "
                       "section of these minutes and are not publicly available.", 10, "I", 5,
                  after=3)
        elif kind == "close":
            _para(pdf, entry[1], 10, "B", 5, after=12)
    if pdf.get_y() > pdf.h - 75:
        pdf.add_page()
    _para(pdf, "The minutes of this meeting were confirmed at the Ordinary Council Meeting held "
               "on 31 July 2025.", 10, "", 5, after=20)
    pdf.set_x(110)
    pdf.cell(80, 5, "...................................................", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(110)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(80, 5, "CHAIRPERSON", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_x(110)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(80, 5, "DATE: .....................................", align="C")
    return pdf


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    (folder / "agendas").mkdir(parents=True, exist_ok=True)
    (folder / "minutes").mkdir(parents=True, exist_ok=True)
    pages, _count = _agenda_pages()
    agenda, check = _render_agenda(pages)
    if check != pages:
        raise RuntimeError("agenda page numbers moved between passes")
    agenda_path = folder / "agendas" / AGENDA_NAME
    agenda.output(str(agenda_path))
    minutes_path = folder / "minutes" / MINUTES_NAME
    _render_minutes().output(str(minutes_path))
    return [agenda_path, minutes_path]


# ---------------------------------------------------------------------------------------------
# Gold


def _agenda_gold() -> dict:
    pages, count = _agenda_pages()
    items = []
    for i, item in enumerate(AGENDA):
        first = pages[item["number"]]
        if i + 1 < len(AGENDA):
            last = max(first, pages[AGENDA[i + 1]["number"]] - 1)
        else:
            last = count
        record = {"number": item["number"], "title": item["title"],
                  "pages": {"first": first, "last": last},
                  "part": item.get("part", "public"), "parent": item.get("parent")}
        if item.get("section"):
            record["section"] = item["section"]
        if item.get("report"):
            record["report"] = item["report"]
        items.append(record)
    return {
        "file": f"generated/agendas/{AGENDA_NAME}",
        "kind": "agenda",
        "country": "NZ",
        "notes": [
            "Body is given as 'Council' (the Ordinary Council Meeting of Kaiwhero City Council).",
            "The Order of Business prints only each item's first page; the last page is the page "
            "before the next item's first page, or the item's own first page when the next item "
            "starts on the same page; the last item runs to the end of the document.",
            "Titles are given in the case printed in the Order of Business (sub-items in title "
            "case; top-level items are printed in capitals there and in the body).",
            "C1-C3 sit under a 'PUBLIC EXCLUDED ITEMS' banner that is not an item: they have no "
            "parent, the banner is given as section, and they are exempt.",
            "Item 7 (Resolution to Exclude the Public) is moved in open meeting, so it is public; "
            "item 8 (closing karakia) follows the re-admittance of the public and is public.",
            "The report number printed under a report item is kept out of the title (key report).",
            "The contact is the Governance Advisor printed at the foot of the cover.",
            "The section 48 table's long headers wrap inside their cells; they are given as the "
            "full header sentences joined with spaces.",
        ],
        "meeting": {"body": "Council", "date": DATE, "start_time": "09:30", "contact": CONTACT},
        "agenda": items,
        "tables": [_s48_gold(pages["7"], pages["7"])],
    }


def _s48_gold(page: int, last: int) -> dict:
    return {
        "page": page, "pages": {"first": page, "last": last},
        "title": "Resolution to Exclude the Public",
        "columns": list(S48_HEADERS), "row_count": len(S48_ROWS),
        "rows": [{"index": i, "cells": dict(zip(S48_HEADERS, row))}
                 for i, row in enumerate(S48_ROWS)],
    }


def _minutes_layout() -> dict[str, tuple[int, int]]:
    """The pages the rates and section 48 tables print on, as the renderer placed them."""
    TABLE_PAGES.clear()
    _render_minutes()
    return dict(TABLE_PAGES)


def _minutes_gold() -> dict:
    items = []
    per_item: dict[str, int] = {}
    votes = []
    current = None
    total = 0
    for entry in MINUTES:
        kind = entry[0]
        if kind in ("item", "sub"):
            _, number, title, agenda = entry
            items.append({"number": number, "title": title, "agenda_item": agenda})
            current = number if number else title
        elif kind in ("res", "res_rates", "res_s48"):
            _, number, mover, seconder, preamble, parts, result = entry
            n = len(parts) if parts else 1
            total += n
            per_item[current] = per_item.get(current, 0) + n
            if result:
                votes.append({"item": current, "result": result.lower(), "counts": None,
                              "motion": number, "mover": _plain(mover),
                              "seconder": _plain(seconder)})
        elif kind == "amend":
            votes.append({"item": current, "result": "lost",
                          "counts": {"yes": 3, "no": 8, "abstain": 0},
                          "voters": {"yes": DIV_AMEND["yes"], "no": DIV_AMEND["no"],
                                     "abstain": []},
                          "motion": "Amendment", "mover": "Brent Dallimore",
                          "seconder": "Maggie Oldfield", "note": "division"})
        elif kind == "div_para":
            votes.append({"item": current, "result": "carried",
                          "counts": {"yes": 7, "no": 4, "abstain": 0},
                          "voters": {"yes": DIV_SPEED["yes"], "no": DIV_SPEED["no"],
                                     "abstain": []},
                          "motion": "CO/2025/143", "mover": "Leanne Brophy",
                          "seconder": "Nikau Ellison", "note": "division"})
    for vote in votes:
        if vote["motion"] == "CO/2025/141":
            vote["voters"] = {"no": ["Brent Dallimore", "Maggie Oldfield"]}
            vote["note"] = "votes against recorded; no figures printed"
        if vote["motion"] == "CO/2025/142":
            vote["voters"] = {"no": ["Brent Dallimore"]}
            vote["note"] = "vote against recorded; no figures printed"
    attendance = [{"name": MAYOR, "status": "present", "role": "Mayor (Chairperson)"},
                  {"name": DEPUTY, "status": "present", "role": "Deputy Mayor"}]
    for name in COUNCILLORS:
        if name == "Pita Hohaia":
            continue
        status = "virtual" if name == "Nikau Ellison" else "present"
        attendance.append({"name": name, "status": status, "role": "Councillor"})
    attendance += [{"name": n, "status": "in_attendance", "role": r} for n, r in OFFICERS]
    attendance.append({"name": "Hemi Tautahi", "status": "also_present",
                       "role": "Pou Tikanga, Te Runanga o Ngati Rewi"})
    attendance.append({"name": "Pita Hohaia", "status": "apologies", "role": "Councillor"})
    layout = _minutes_layout()
    s48 = _s48_gold(*layout["s48"])
    rates = {
        "page": layout["rates"][0],
        "pages": {"first": layout["rates"][0], "last": layout["rates"][1]},
        "title": "Schedule of Rates 2025/26", "columns": list(RATES_HEADERS),
        "row_count": len(RATES_ROWS),
        "rows": [{"index": i, "cells": dict(zip(RATES_HEADERS, RATES_ROWS[i]))}
                 for i in (0, 3, 5, 7)],
    }
    return {
        "file": f"generated/minutes/{MINUTES_NAME}",
        "kind": "minutes",
        "country": "NZ",
        "notes": [
            "Body is given as 'Council' (the Ordinary Council Meeting of Kaiwhero City Council).",
            "Minute items carry the agenda numbers; 4.1 and 4.2 (public forum speakers) are "
            "numbered in the minutes but are not agenda items.",
            "'Re-admittance of the Public' is printed as an unnumbered heading: number null.",
            "Resolutions count each lettered part (a), b) ...) under one 'That Council:' as one; "
            "a resolution without parts counts one; the lost amendment is not a resolution; "
            "CO/2025/146-148 were passed in the confidential section and are not printed.",
            "Every motion put is a vote; counts are null unless a division prints figures.",
            "The lost amendment's division prints no 'Abstained' names but prints 'Nil', so "
            "abstain is 0; both divisions are by name.",
            "Recorded votes against (CO/2025/141, CO/2025/142) are given as voters.no with "
            "null counts.",
            "Cr Nikau Ellison attended via audio-visual link: virtual. Cr Colin Rutherford "
            "arrived at 9.48am and Cr Sandhu left for item 6.4: both present.",
            "Hemi Tautahi (iwi representative who gave the karakia) is also_present; public forum "
            "speakers (Dorothy Acland, Wiremu Pene) are not recorded as attendees and are left "
            "out of attendance.",
            "The Mayor and Deputy Mayor are named in the divisions by office and full name, "
            "councillors by 'Cr' and full name (first division) or by surname after 'Crs' "
            "(second division).",
            "The Schedule of Rates table sits inside part b) of resolution CO/2025/142; it is "
            "not counted as a resolution of its own.",
            "The section 48 table's long headers wrap inside their cells; they are given as the "
            "full header sentences joined with spaces.",
        ],
        "meeting": {"body": "Council", "date": DATE, "start_time": "09:30", "end_time": "12:34"},
        "minutes": {
            "items": items,
            "resolutions": total,
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
        "tables": [rates, s48],
    }


def _plain(name: str) -> str:
    for prefix in ("Deputy Mayor ", "Mayor ", "Cr "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def gold() -> dict[str, dict]:
    agenda = _agenda_gold()
    minutes = _minutes_gold()
    return {
        "agendas__" + AGENDA_NAME.removesuffix(".pdf"): agenda,
        "minutes__" + MINUTES_NAME.removesuffix(".pdf"): minutes,
    }

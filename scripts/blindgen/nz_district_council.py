"""Korimako District Council (fictional), a New Zealand territorial authority.

One ordinary meeting of the full Council, on Wednesday 26 March 2025 in the Council Chamber at
Mataroa, printed the way NZ district councils print through their agenda software:

* ``agendas/korimako_council_2025-03-26_agenda.pdf`` - the open agenda: a cover giving notice of
  the meeting with the membership (Her Worship the Mayor, Deputy Mayor, Councillors), quorum and
  Chief Executive; an Order of Business with numbered items and dotted sub-items (5.1, 7.1 ...)
  and page numbers for the items that carry a report; then the items themselves (karakia,
  apologies, conflicts of interest, public forum, confirmation of minutes, Mayor's report, staff
  reports with report numbers, authors and lettered recommendations) and the resolution to
  exclude the public under section 48 of the Local Government Official Information and Meetings
  Act 1987 with its three-column grounds table. The public excluded reports (9.1, 9.2) are only
  listed, not printed.
* ``minutes/korimako_council_2025-03-26_minutes.pdf`` - the unconfirmed minutes of that meeting:
  Present / In Attendance / Also Present, items numbered as on the agenda, resolutions numbered
  RESOLUTION 2025/21 onward with Moved / Seconded and CARRIED or LOST, two divisions (one carried
  6/3, one amendment lost 3/5) naming members for and against, a recorded vote against, a lost
  procedural motion, the public excluded resolution with its grounds table, a restated public
  excluded decision, adjournment and closing times and the Chairperson's confirmation block.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

SLUG = "korimako"
BODY_SLUG = "council"
DATE = "2025-03-26"
COUNCIL = "Korimako District Council"
MAORI_NAME = "Te Kaunihera a Rohe o Korimako"
VENUE = "Council Chamber, 41 Seddon Street, Mataroa"
LONG_DATE = "Wednesday, 26 March 2025"
SHORT_DATE = "26 March 2025"

CONTACT = {"name": "Sophie van der Berg", "phone": "06 374 8812",
           "email": "sophie.vanderberg@korimako.govt.nz"}

MAYOR = "Mereana Whitcombe"
DEPUTY = "Grant Kerehoma"
COUNCILLORS = ["Bridget Ashby", "Robyn Feltham", "Dougal Fraser", "Jan Harvey", "Colin McQuarrie",
               "Tane Paewai", "Hemi Parata", "Sunita Prasad"]
CEO = "Andrea Lockwood"

# --------------------------------------------------------------------------------------------
# Agenda data. level 0 = numbered item, level 1 = dotted sub-item. "page" True: the Order of
# Business prints the page the item starts on. "body" is the text printed under the heading.

RPT_71 = "Draft Annual Plan 2025/26 - Adoption of Consultation Document"
RPT_72 = "Interim Speed Management Plan - Mataroa Township"
RPT_73 = "Proposed Lease - Mataroa Rugby and Sports Club, Domain Road"
RPT_74 = "Financial Report for the Period Ended 28 February 2025"
MIN_51 = "Minutes of the Ordinary Council Meeting held on 26 February 2025"
PE_91 = "Contract 24/17 - Kaiwera Bridge Replacement - Tender Award"
PE_92 = "Acquisition of Land - Mataroa Water Treatment Plant"

AGENDA = [
    {"num": "1", "title": "Karakia Timatanga / Opening Karakia", "level": 0, "page": False,
     "body": [("p", "Cr Tane Paewai will open the meeting with a karakia.")]},
    {"num": "2", "title": "Apologies", "level": 0, "page": False,
     "body": [("p", "An apology has been received from Cr Hemi Parata."),
              ("rec", ["That the apology received from Cr Hemi Parata be accepted."])]},
    {"num": "3", "title": "Conflicts of Interest", "level": 0, "page": False,
     "body": [("p", "Members are reminded to declare any interest in items on this agenda.")]},
    {"num": "4", "title": "Public Forum", "level": 0, "page": False,
     "body": [("p", "Public forum is a period of up to 30 minutes set aside for members of the "
                    "public to address Council. Two requests to speak had been received at the "
                    "close of the agenda.")]},
    {"num": "5", "title": "Confirmation of Minutes", "level": 0, "page": False, "body": []},
    {"num": "5.1", "title": MIN_51, "level": 1, "page": True, "report": "R25/038",
     "author": "Sophie van der Berg, Governance Advisor",
     "body": [("rec", ["That the minutes of the Ordinary Council Meeting held on 26 February 2025 "
                       "be confirmed as a true and correct record."]),
              ("att", "1. Minutes of the Ordinary Council Meeting held on 26 February 2025 "
                      "(circulated separately)")]},
    {"num": "6", "title": "Mayor's Report", "level": 0, "page": False, "body": []},
    {"num": "6.1", "title": "Mayor's Report - March 2025", "level": 1, "page": True,
     "report": "R25/039", "author": "Mereana Whitcombe, Mayor",
     "body": [("p", "This report covers my activities since the February meeting, including the "
                    "Mayoral Forum and meetings with Waka Kotahi on State Highway 54."),
              ("rec", ["That Council receives the Mayor's Report - March 2025."])]},
    {"num": "7", "title": "Reports", "level": 0, "page": False, "body": []},
    {"num": "7.1", "title": RPT_71, "level": 1, "page": True, "report": "R25/041",
     "author": "Rachel Dunstall, Group Manager Finance and Corporate Services",
     "body": [("h", "PURPOSE OF REPORT / TE TAKE O TE PURONGO"),
              ("p", "To adopt the Consultation Document and supporting information for the Annual "
                    "Plan 2025/26 for public consultation under section 95A of the Local "
                    "Government Act 2002."),
              ("rec", ["a) receives the report titled \"" + RPT_71 + "\";",
                       "b) adopts the Annual Plan 2025/26 Consultation Document for public "
                       "consultation;",
                       "c) adopts the supporting information for the Consultation Document;",
                       "d) approves a consultation period from 2 April 2025 to 2 May 2025;",
                       "e) delegates to the Mayor and Chief Executive authority to approve minor "
                       "editorial amendments prior to publication."])]},
    {"num": "7.2", "title": RPT_72, "level": 1, "page": True, "report": "R25/042",
     "author": "Warren Blyth, Roading Manager",
     "body": [("h", "PURPOSE OF REPORT / TE TAKE O TE PURONGO"),
              ("p", "To approve the draft Interim Speed Management Plan for Mataroa township for "
                    "consultation, including variable speed limits outside Kaiwera School and "
                    "Mataroa Primary School as required by the Land Transport Rule: Setting of "
                    "Speed Limits 2024."),
              ("rec", ["a) receives the report titled \"" + RPT_72 + "\";",
                       "b) approves the draft Interim Speed Management Plan for consultation;",
                       "c) notes that a final plan will be reported to Council for adoption by "
                       "30 June 2025."])]},
    {"num": "7.3", "title": RPT_73, "level": 1, "page": True, "report": "R25/043",
     "author": "Kiri Manahi, Group Manager Community and Regulatory",
     "body": [("h", "PURPOSE OF REPORT / TE TAKE O TE PURONGO"),
              ("p", "To consider a new ground lease to the Mataroa Rugby and Sports Club "
                    "Incorporated over 0.62 hectares of the Mataroa Domain for the club's "
                    "clubrooms and changing sheds. The current lease expires on 30 June 2025."),
              ("rec", ["a) receives the report titled \"" + RPT_73 + "\";",
                       "b) approves the grant of a lease to the Mataroa Rugby and Sports Club "
                       "Incorporated for a term of 20 years at an annual rental of $1,450 plus "
                       "GST, subject to the Reserves Act 1977;",
                       "c) authorises the Chief Executive to execute the lease."])]},
    {"num": "7.4", "title": RPT_74, "level": 1, "page": True, "report": "R25/044",
     "author": "Rachel Dunstall, Group Manager Finance and Corporate Services",
     "body": [("p", "Operating revenue to 28 February 2025 is $28.41 million against a year to "
                    "date budget of $27.96 million. Operating expenditure is $25.77 million, $1.12 "
                    "million below budget, largely due to the timing of roading maintenance. "
                    "Capital expenditure of $9.06 million is 61% of the year to date budget."),
              ("rec", ["That Council receives the Financial Report for the period ended "
                       "28 February 2025."])]},
    {"num": "8", "title": "Resolution to Exclude the Public", "level": 0, "page": True,
     "body": [("pe", None)]},
    {"num": "9", "title": "Public Excluded Items", "level": 0, "page": False, "part": "exempt",
     "printed": False},
    {"num": "9.1", "title": PE_91, "level": 1, "page": False, "part": "exempt", "printed": False},
    {"num": "9.2", "title": PE_92, "level": 1, "page": False, "part": "exempt", "printed": False},
    {"num": "10", "title": "Karakia Whakamutunga / Closing Karakia", "level": 0, "page": False,
     "body": [("p", "Cr Tane Paewai will close the meeting with a karakia.")]},
]

PE_COLUMNS = ["General subject of each matter to be considered",
              "Reason for passing this resolution in relation to each matter",
              "Ground(s) under section 48 for the passing of this resolution"]
S48 = ("s48(1)(a)(i) - the public conduct of the relevant part of the proceedings of the meeting "
       "would be likely to result in the disclosure of information for which good reason for "
       "withholding would exist under section 7")
PE_ROWS = [
    ["9.1 " + PE_91,
     "s7(2)(b)(ii) - the withholding of the information is necessary to protect information where "
     "the making available of the information would be likely unreasonably to prejudice the "
     "commercial position of the person who supplied or who is the subject of the information",
     S48],
    ["9.2 " + PE_92,
     "s7(2)(i) - the withholding of the information is necessary to enable Council to carry on, "
     "without prejudice or disadvantage, negotiations (including commercial and industrial "
     "negotiations)",
     S48],
]
PE_INTRO = ("The general subject matter of each matter to be considered while the public is "
            "excluded, the reason for passing this resolution in relation to each matter, and the "
            "specific grounds under section 48 of the Local Government Official Information and "
            "Meetings Act 1987 for the passing of this resolution are as follows:")


class CouncilPDF(FPDF):
    """A4 portrait, Helvetica, running header from page 2 and a page-number footer."""

    def __init__(self, running: str, of_total: bool):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=22)
        self.running = running
        self.of_total = of_total
        self.set_title(running)
        self.set_author(COUNCIL)
        self.pe_table_pages = (0, 0)
        self.body_size = 10.0
        self.line_h = 5.0
        self.para_gap = 2.5

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 8.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(20, 10)
        self.cell(85, 5, self.running, align="L")
        self.cell(85, 5, SHORT_DATE, align="R")
        self.set_draw_color(120, 120, 120)
        self.line(20, 16, 190, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        if self.page_no() == 1 and not self.of_total:
            return
        self.set_y(-15)
        self.set_font("Helvetica", "", 8.5)
        if self.of_total:
            self.cell(85, 5, f"{self.running} - {SHORT_DATE}", align="L")
            self.cell(85, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        else:
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    # helpers -------------------------------------------------------------------------------
    def need(self, height: float):
        if self.get_y() + height > self.h - 22:
            self.add_page()

    def para(self, text: str, size: float | None = None, style: str = "", indent: float = 0,
             gap: float | None = None, align: str = "J"):
        self.set_font("Helvetica", style, size or self.body_size)
        self.set_x(20 + indent)
        self.multi_cell(170 - indent, self.line_h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(self.para_gap if gap is None else gap)

    def pe_table(self):
        self.set_font("Helvetica", "", 8)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.need(40)
        first = self.page_no()
        with self.table(col_widths=(50, 68, 52), text_align="LEFT", line_height=3.8, v_align="TOP",
                        padding=1.5, headings_style=_heading_style(), first_row_as_headings=True,
                        repeat_headings=1) as table:
            table.row(PE_COLUMNS)
            for row in PE_ROWS:
                table.row(row)
        self.pe_table_pages = (first, self.page_no())
        self.ln(3)


def _heading_style():
    from fpdf.fonts import FontFace

    return FontFace(emphasis="BOLD", fill_color=(225, 225, 225))


# --------------------------------------------------------------------------------------------
# Agenda


def _agenda_cover(pdf: CouncilPDF):
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.set_y(28)
    pdf.cell(0, 10, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 12)
    pdf.cell(0, 7, MAORI_NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.para("I hereby give notice that an Ordinary Meeting of Council will be held on:", 11,
             align="L")
    pdf.ln(1)
    for label, value in (("Date:", LONG_DATE), ("Time:", "9.30am"), ("Location:", VENUE)):
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(30, 6.5, label)
        pdf.set_font("Helvetica", "", 11)
        pdf.cell(0, 6.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Helvetica", "B", 26)
    pdf.cell(0, 12, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "Ordinary Council Meeting", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 13)
    pdf.cell(0, 7, SHORT_DATE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "MEMBERSHIP", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    rows = [("Her Worship the Mayor", MAYOR + " (Chairperson)"), ("Deputy Mayor", DEPUTY)]
    rows += [("Councillors" if i == 0 else "", name) for i, name in enumerate(COUNCILLORS)]
    for label, name in rows:
        pdf.set_font("Helvetica", "", 10.5)
        pdf.cell(55, 5.6, label)
        pdf.cell(0, 5.6, name, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(55, 5.6, "Quorum:")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5.6, "5", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 5.6, CEO, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5.6, "Chief Executive", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.6, f"Governance Advisor: {CONTACT['name']}    Telephone: {CONTACT['phone']}"
                   f"    Email: {CONTACT['email']}    Website: www.korimako.govt.nz",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(0, 4.2, "Please note: the reports contained within this agenda are for "
                   "consideration and should not be construed as Council policy unless and until "
                   "adopted.", align="L", new_x="LMARGIN", new_y="NEXT")


def _order_of_business(pdf: CouncilPDF, pages: dict[str, int]):
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 9, "ORDER OF BUSINESS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(16, 6, "ITEM")
    pdf.cell(140, 6, "SUBJECT")
    pdf.cell(14, 6, "PAGE", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(2)
    for item in AGENDA:
        if item["num"] == "9":
            pdf.ln(1)
            pdf.set_font("Helvetica", "BI", 9.5)
            pdf.cell(0, 6, "PUBLIC EXCLUDED", new_x="LMARGIN", new_y="NEXT")
        if item["level"] == 0:
            pdf.ln(0.8)
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(16, 6, item["num"])
            title = item["title"]
            width = 140
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(16, 6, "")
            pdf.cell(12, 6, item["num"])
            title = item["title"]
            width = 128
        if item["page"]:
            text_w = pdf.get_string_width(title + " ")
            dots = "." * int((width - text_w) / pdf.get_string_width("."))
            pdf.cell(width, 6, title + " " + dots)
            pdf.cell(14, 6, str(pages[item["num"]]), align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(width, 6, title, new_x="LMARGIN", new_y="NEXT")


def _agenda_body(pdf: CouncilPDF) -> dict[str, int]:
    pages: dict[str, int] = {}
    pdf.ln(6)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(6)
    for item in AGENDA:
        if item.get("printed") is False:
            continue
        pdf.need(16 if item["body"] else 34)
        pages[item["num"]] = pdf.page_no()
        pdf.set_font("Helvetica", "B", 11 if item["level"] == 0 else 10.5)
        pdf.cell(14, 6.5, item["num"])
        pdf.multi_cell(156, 6.5, item["title"].upper(), align="L", new_x="LMARGIN",
                       new_y="NEXT")
        if "report" in item:
            pdf.set_font("Helvetica", "", 9)
            pdf.set_x(34)
            pdf.cell(70, 4.8, f"Report No: {item['report']}")
            pdf.cell(0, 4.8, f"Author: {item['author']}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(34)
            pdf.cell(0, 4.8, f"Authoriser: {CEO}, Chief Executive", new_x="LMARGIN",
                     new_y="NEXT")
        pdf.ln(1.5)
        for kind, text in item["body"]:
            if kind == "p":
                pdf.para(text, indent=14)
            elif kind == "h":
                pdf.need(12)
                pdf.para(text, 9.5, "B", indent=14, gap=0.5, align="L")
            elif kind == "att":
                pdf.para("Attachments: " + text, 9, "I", indent=14, align="L")
            elif kind == "rec":
                pdf.need(16)
                pdf.para("RECOMMENDATION", None, "B", indent=14, gap=0.5, align="L")
                if text[0].startswith("a)"):
                    pdf.para("That Council:", indent=14, gap=0.5, align="L")
                    for line in text:
                        pdf.para(line, indent=20, gap=0.5, align="L")
                    pdf.ln(2)
                else:
                    pdf.para(text[0], indent=14)
            elif kind == "pe":
                pdf.para("RECOMMENDATION", None, "B", indent=14, gap=0.5, align="L")
                pdf.para("That the public be excluded from the following parts of the proceedings "
                         "of this meeting.", indent=14)
                pdf.para(PE_INTRO, indent=14)
                pdf.pe_table()
        pdf.ln(1.5)
    return pages


def _render_agenda(pages: dict[str, int] | None) -> tuple[CouncilPDF, dict[str, int]]:
    pdf = CouncilPDF("Ordinary Council Meeting Agenda", of_total=False)
    pdf.body_size, pdf.line_h, pdf.para_gap = 9.5, 4.6, 1.8
    _agenda_cover(pdf)
    _order_of_business(pdf, pages or {i["num"]: 0 for i in AGENDA})
    found = _agenda_body(pdf)
    return pdf, found


def _agenda_pdf() -> tuple[CouncilPDF, dict[str, int]]:
    _, pages = _render_agenda(None)
    pdf, again = _render_agenda(pages)
    assert again == pages
    return pdf, pages


# --------------------------------------------------------------------------------------------
# Minutes data. Each item: number, title as printed, a list of blocks.

def _cr(name: str) -> str:
    if name == MAYOR:
        return "Her Worship the Mayor " + name
    if name == DEPUTY:
        return "Deputy Mayor " + name
    return "Cr " + name


DIV_71 = {"yes": [MAYOR, DEPUTY, "Bridget Ashby", "Robyn Feltham", "Colin McQuarrie",
                  "Sunita Prasad"],
          "no": ["Dougal Fraser", "Jan Harvey", "Tane Paewai"]}
DIV_73 = {"yes": ["Jan Harvey", "Tane Paewai", "Dougal Fraser"],
          "no": [MAYOR, DEPUTY, "Bridget Ashby", "Colin McQuarrie", "Sunita Prasad"]}

MINUTES = [
    {"num": "1", "title": "KARAKIA TIMATANGA", "blocks": [
        ("p", "Cr Tane Paewai opened the meeting with a karakia.")]},
    {"num": "2", "title": "APOLOGIES", "blocks": [
        ("res", {"no": "2025/21", "moved": "Cr Bridget Ashby", "seconded": "Cr Colin McQuarrie",
                 "lines": ["That the apology received from Cr Hemi Parata be accepted."],
                 "result": "CARRIED"})]},
    {"num": "3", "title": "CONFLICTS OF INTEREST", "blocks": [
        ("p", "Cr Robyn Feltham declared an interest in Item 7.3 Proposed Lease - Mataroa Rugby "
              "and Sports Club, Domain Road, as she is a member of the club's management "
              "committee, and advised that she would take no part in the discussion or voting "
              "on that item.")]},
    {"num": "4", "title": "PUBLIC FORUM", "blocks": [
        ("p", "Mr Dennis Hollis, on behalf of the Mataroa Pool Users Group, spoke about the "
              "reduced opening hours at the Mataroa Memorial Pool over the 2024/25 summer "
              "season and asked that Council consider additional funding for lifeguards in the "
              "draft Annual Plan."),
        ("p", "Ms Lena Vaughan, a resident of Kaiwera Road, spoke in support of a lower speed "
              "limit past Kaiwera School and tabled a petition of 212 signatures."),
        ("p", "The Mayor thanked the speakers for their presentations."),
        ("i", "Cr Sunita Prasad arrived at 9.41am.")]},
    {"num": "5", "title": "CONFIRMATION OF MINUTES", "blocks": []},
    {"num": "5.1", "title": MIN_51, "blocks": [
        ("res", {"no": "2025/22", "moved": "Deputy Mayor Grant Kerehoma",
                 "seconded": "Cr Dougal Fraser",
                 "lines": ["That the minutes of the Ordinary Council Meeting held on 26 February "
                           "2025 be confirmed as a true and correct record."],
                 "result": "CARRIED"})]},
    {"num": "6", "title": "MAYOR'S REPORT", "blocks": []},
    {"num": "6.1", "title": "Mayor's Report - March 2025", "blocks": [
        ("p", "The Mayor spoke to her report and updated members on the Mayoral Forum discussion "
              "of the Government's Local Water Done Well reforms. Cr McQuarrie asked for an "
              "update on the State Highway 54 resealing programme; the Group Manager "
              "Infrastructure advised "
              "that Waka Kotahi expects to complete the work by the end of April."),
        ("res", {"no": "2025/23", "moved": "Her Worship the Mayor",
                 "seconded": "Cr Robyn Feltham",
                 "lines": ["That Council receives the Mayor's Report - March 2025."],
                 "result": "CARRIED"})]},
    {"num": "7", "title": "REPORTS", "blocks": []},
    {"num": "7.1", "title": RPT_71, "blocks": [
        ("p", "The Group Manager Finance and Corporate Services spoke to the report. The draft "
              "plan proposes an average rates increase of 8.9%, compared with 11.2% forecast in "
              "year two of the Long Term Plan 2024-2034. Members discussed the matters raised at "
              "public forum and whether pool hours should be a key consultation issue."),
        ("p", "Cr Paewai and Cr Fraser spoke against the motion, stating that the increase was "
              "unaffordable for rural ratepayers and that further savings should be found before "
              "the plan went out for consultation."),
        ("res", {"no": "2025/24", "moved": "Cr Colin McQuarrie", "seconded": "Cr Bridget Ashby",
                 "lines": ["That Council:",
                           "(a) receives the report titled \"" + RPT_71 + "\";",
                           "(b) adopts the Annual Plan 2025/26 Consultation Document, including an "
                           "average rates increase of 8.9%, for public consultation;",
                           "(c) adopts the supporting information for the Consultation Document;",
                           "(d) approves a consultation period from 2 April 2025 to 2 May 2025, "
                           "with hearings on 21 May 2025;",
                           "(e) delegates to the Mayor and Chief Executive authority to approve "
                           "minor editorial amendments to the Consultation Document prior to "
                           "publication."],
                 "result": None}),
        ("div1", None),
        ("i", "The meeting adjourned at 10.48am and reconvened at 11.05am.")]},
    {"num": "7.2", "title": RPT_72, "blocks": [
        ("p", "The Roading Manager, Warren Blyth, spoke to the report and noted the petition "
              "tabled at public forum. The draft plan proposes a 30 km/h variable speed limit "
              "outside Kaiwera School and Mataroa Primary School at school start and finish "
              "times, and a permanent 40 km/h limit on Seddon Street between Domain Road and "
              "Tawa Street."),
        ("motion", {"label": "MOTION", "moved": "Cr Tane Paewai", "seconded": "Cr Dougal Fraser",
                    "lines": ["That consideration of the Interim Speed Management Plan be deferred "
                              "until the Government's amended speed limit rule has been "
                              "finalised."],
                    "result": "The motion was put and declared LOST."}),
        ("res", {"no": "2025/25", "moved": "Cr Sunita Prasad",
                 "seconded": "Deputy Mayor Grant Kerehoma",
                 "lines": ["That Council:",
                           "(a) receives the report titled \"" + RPT_72 + "\";",
                           "(b) approves the draft Interim Speed Management Plan for consultation, "
                           "including a 30 km/h variable speed limit outside Kaiwera School;",
                           "(c) notes that a final plan will be reported to Council for adoption "
                           "by 30 June 2025."],
                 "result": "CARRIED"}),
        ("p", "Cr Dougal Fraser requested that his vote against the motion be recorded.")]},
    {"num": "7.3", "title": RPT_73, "blocks": [
        ("i", "Having declared an interest, Cr Robyn Feltham left the meeting at 11.31am."),
        ("p", "The Group Manager Community and Regulatory spoke to the report. The club has "
              "occupied the site since 1968 and has recently completed a $310,000 upgrade of its "
              "changing sheds funded by the Lotteries Commission and local trusts."),
        ("motion", {"label": "AMENDMENT", "moved": "Cr Tane Paewai", "seconded": "Cr Jan Harvey",
                    "lines": ["That clause (b) of the recommendation be amended to provide for a "
                              "lease term of 10 years with one right of renewal of 10 years."],
                    "result": None}),
        ("div2", None),
        ("res", {"no": "2025/26", "moved": "Cr Colin McQuarrie", "seconded": "Cr Bridget Ashby",
                 "lines": ["That Council:",
                           "(a) receives the report titled \"" + RPT_73 + "\";",
                           "(b) approves the grant of a lease to the Mataroa Rugby and Sports Club "
                           "Incorporated over 0.62 hectares of the Mataroa Domain, Domain Road, "
                           "for a term of 20 years at an annual rental of $1,450 plus GST, "
                           "subject to the Reserves Act 1977;",
                           "(c) authorises the Chief Executive to execute the lease."],
                 "result": "CARRIED"}),
        ("i", "Cr Robyn Feltham returned to the meeting at 11.40am.")]},
    {"num": "7.4", "title": RPT_74, "blocks": [
        ("p", "The Group Manager Finance and Corporate Services answered questions on the "
              "underspend in roading maintenance and on the forecast year-end position for "
              "interest costs."),
        ("res", {"no": "2025/27", "moved": "Deputy Mayor Grant Kerehoma",
                 "seconded": "Cr Sunita Prasad",
                 "lines": ["That Council receives the Financial Report for the period ended "
                           "28 February 2025."],
                 "result": "CARRIED"})]},
    {"num": "8", "title": "RESOLUTION TO EXCLUDE THE PUBLIC", "blocks": [
        ("res", {"no": "2025/28", "moved": "Cr Bridget Ashby", "seconded": "Cr Colin McQuarrie",
                 "lines": ["That the public be excluded from the following parts of the "
                           "proceedings of this meeting.", PE_INTRO],
                 "result": "CARRIED", "table": True}),
        ("i", "The public was excluded at 11.52am.")]},
    {"num": "9", "title": "PUBLIC EXCLUDED ITEMS", "blocks": []},
    {"num": "9.1", "title": PE_91, "blocks": [
        ("p", "The following resolution, made with the public excluded, was restated in open "
              "meeting:"),
        ("res", {"no": "2025/29", "moved": None, "seconded": None,
                 "lines": ["That Council awards Contract 24/17 Kaiwera Bridge Replacement to "
                           "Hollings Civil Limited for the tendered sum of $3,184,550.00 "
                           "(excluding GST)."],
                 "result": None})]},
    {"num": "9.2", "title": PE_92, "blocks": [
        ("p", "This item was considered with the public excluded. The discussion and resolutions "
              "are recorded in the public excluded minutes of this meeting."),
        ("i", "The meeting resumed in open session at 12.21pm.")]},
    {"num": "10", "title": "KARAKIA WHAKAMUTUNGA", "blocks": [
        ("p", "Cr Tane Paewai closed the meeting with a karakia.")]},
]

PRESENT = [(f"Her Worship the Mayor {MAYOR} (Chairperson)", MAYOR, "present", "Mayor"),
           (f"Deputy Mayor {DEPUTY}", DEPUTY, "present", "Deputy Mayor"),
           ("Cr Bridget Ashby", "Bridget Ashby", "present", "Councillor"),
           ("Cr Robyn Feltham", "Robyn Feltham", "present", "Councillor"),
           ("Cr Dougal Fraser", "Dougal Fraser", "present", "Councillor"),
           ("Cr Jan Harvey (via audio-visual link)", "Jan Harvey", "virtual", "Councillor"),
           ("Cr Colin McQuarrie", "Colin McQuarrie", "present", "Councillor"),
           ("Cr Tane Paewai", "Tane Paewai", "present", "Councillor"),
           ("Cr Sunita Prasad (from 9.41am)", "Sunita Prasad", "present", "Councillor")]
IN_ATTENDANCE = [
    (CEO, "Chief Executive"),
    ("Rachel Dunstall", "Group Manager Finance and Corporate Services"),
    ("Mike Tahana", "Group Manager Infrastructure"),
    ("Kiri Manahi", "Group Manager Community and Regulatory"),
    ("Warren Blyth", "Roading Manager - Item 7.2"),
    ("Sophie van der Berg", "Governance Advisor"),
]
ALSO_PRESENT = [("Aroha Ngata", "Chair, Mataroa Community Board")]


def _names(names: list[str]) -> str:
    """'Mayor Whitcombe, Deputy Mayor Kerehoma, Crs Ashby, Feltham and Prasad' (surnames)."""
    lead = []
    crs = []
    for name in names:
        surname = name.split()[-1]
        if name == MAYOR:
            lead.append("Mayor " + surname)
        elif name == DEPUTY:
            lead.append("Deputy Mayor " + surname)
        else:
            crs.append(surname)
    parts = list(lead)
    if crs:
        tail = crs[0] if len(crs) == 1 else ", ".join(crs[:-1]) + " and " + crs[-1]
        parts.append(("Cr " if len(crs) == 1 else "Crs ") + tail)
    return ", ".join(parts)


def _full(names: list[str]) -> str:
    return ", ".join(_cr(n).replace("Her Worship the Mayor", "Mayor") for n in names)


def _resolution(pdf: CouncilPDF, res: dict):
    pdf.need(30)
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_x(34)
    pdf.cell(0, 5.5, f"RESOLUTION {res['no']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)
    _moved(pdf, res)
    _lines(pdf, res["lines"])
    if res.get("table"):
        pdf.set_x(34)
        pdf.pe_table()
    if res["result"]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 5.5, res["result"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def _moved(pdf: CouncilPDF, res: dict):
    if not res.get("moved"):
        return
    pdf.set_font("Helvetica", "", 10)
    for label, who in (("Moved:", res["moved"]), ("Seconded:", res["seconded"])):
        pdf.set_x(34)
        pdf.cell(22, 5, label)
        pdf.cell(0, 5, who, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _lines(pdf: CouncilPDF, lines: list[str]):
    for line in lines:
        indent = 22 if line.startswith("(") else 14
        pdf.para(line, indent=indent, gap=1.2, align="L")
    pdf.ln(0.5)


def _minutes_pdf() -> CouncilPDF:
    pdf = CouncilPDF("Ordinary Council Meeting Minutes", of_total=True)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, COUNCIL.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    for line in ("MINUTES OF THE ORDINARY COUNCIL MEETING",
                 f"HELD IN THE {VENUE.upper()}",
                 f"ON {LONG_DATE.upper()} AT 9.30AM"):
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    def block(label: str, lines: list[str]):
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(42, 5.2, label)
        pdf.set_font("Helvetica", "", 10)
        for i, text in enumerate(lines):
            if i:
                pdf.set_x(62)
            pdf.cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    block("PRESENT:", [p[0] for p in PRESENT])
    block("IN ATTENDANCE:", [f"{n} ({r})" for n, r in IN_ATTENDANCE])
    block("ALSO PRESENT:", [f"{n} ({r})" for n, r in ALSO_PRESENT]
          + ["Two members of the media and seven members of the public"])
    pdf.ln(2)

    for item in MINUTES:
        top = "." not in item["num"]
        pdf.need(24 if item["blocks"] else 34)
        pdf.set_font("Helvetica", "B", 11 if top else 10.5)
        pdf.cell(14, 6.5, item["num"])
        pdf.multi_cell(156, 6.5, item["title"], align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for kind, data in item["blocks"]:
            if kind == "p":
                pdf.para(data, indent=14)
            elif kind == "i":
                pdf.para(data, 10, "I", indent=14, align="L")
            elif kind == "res":
                _resolution(pdf, data)
            elif kind == "motion":
                pdf.need(28)
                pdf.set_font("Helvetica", "B", 10)
                pdf.set_x(34)
                pdf.cell(0, 5.5, data["label"], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.5)
                _moved(pdf, data)
                _lines(pdf, data["lines"])
                if data["result"]:
                    pdf.para(data["result"], indent=14)
            elif kind == "div1":
                pdf.need(34)
                pdf.para("In accordance with Standing Order 19.7, Cr Tane Paewai called for a "
                         "division, the voting on which was recorded as follows:", indent=14)
                for label, names in (("For:", DIV_71["yes"]), ("Against:", DIV_71["no"])):
                    pdf.set_font("Helvetica", "", 10)
                    pdf.set_x(34)
                    pdf.cell(22, 5, label)
                    pdf.multi_cell(134, 5, f"{_names(names)} ({len(names)})", align="L",
                                   new_x="LMARGIN", new_y="NEXT")
                pdf.set_x(34)
                pdf.cell(22, 5, "Abstained:")
                pdf.cell(0, 5, "Nil", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
                pdf.para("The division was declared CARRIED by 6 votes to 3.", 10, "B", indent=14)
            elif kind == "div2":
                pdf.need(34)
                pdf.para("A division was called for, voting on which was as follows:", indent=14)
                for label, names in (("In Favour:", DIV_73["yes"]), ("Against:", DIV_73["no"])):
                    pdf.set_font("Helvetica", "", 10)
                    pdf.set_x(34)
                    pdf.cell(22, 5, label)
                    pdf.multi_cell(134, 5, _full(names), align="L", new_x="LMARGIN",
                                   new_y="NEXT")
                pdf.set_x(34)
                pdf.cell(22, 5, "Abstained:")
                pdf.cell(0, 5, "Nil", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
                pdf.set_font("Helvetica", "B", 10)
                pdf.cell(0, 5.5, "LOST 3/5", align="R", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2.5)
        pdf.ln(1)

    pdf.para("The meeting closed at 12.26pm.", 10, "B", align="L")
    pdf.need(45)
    pdf.ln(4)
    pdf.para("The minutes of this meeting were confirmed at the Ordinary Council Meeting held on "
             "30 April 2025.", align="L")
    pdf.ln(14)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(80, 5, "." * 60)
    pdf.set_x(120)
    pdf.cell(0, 5, "." * 40, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(100, 5, "MAYOR / CHAIRPERSON")
    pdf.cell(0, 5, "DATE", new_x="LMARGIN", new_y="NEXT")
    return pdf


# --------------------------------------------------------------------------------------------


def _file(kind: str) -> tuple[str, str]:
    sub = "agendas" if kind == "agenda" else "minutes"
    return sub, f"{SLUG}_{BODY_SLUG}_{DATE}_{kind}.pdf"


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    written = []
    agenda, _ = _agenda_pdf()
    for kind, pdf in (("agenda", agenda), ("minutes", _minutes_pdf())):
        sub, name = _file(kind)
        (folder / sub).mkdir(parents=True, exist_ok=True)
        path = folder / sub / name
        pdf.output(str(path))
        written.append(path)
    return written


def _agenda_gold(pages: dict[str, int], last_page: int) -> list[dict]:
    out = []
    paged = [i["num"] for i in AGENDA if i["page"]]
    for item in AGENDA:
        num = item["num"]
        rec = {"number": num, "title": item["title"],
               "pages": None, "part": item.get("part", "public"),
               "parent": num.split(".")[0] if item["level"] else None}
        if item["page"]:
            first = pages[num]
            nxt = paged.index(num) + 1
            last = last_page if nxt == len(paged) else max(first, pages[paged[nxt]] - 1)
            rec["pages"] = {"first": first, "last": last}
        if "report" in item:
            rec["report"] = item["report"]
        out.append(rec)
    return out


def _pe_table_gold(pages: tuple[int, int]) -> dict:
    page = pages[0]
    return {"page": page, "title": "Resolution to Exclude the Public",
            "columns": list(PE_COLUMNS), "row_count": len(PE_ROWS),
            "pages": {"first": page, "last": pages[1]},
            "rows": [{"index": i, "cells": dict(zip(PE_COLUMNS, row))}
                     for i, row in enumerate(PE_ROWS)]}


def _count_parts(lines: list[str]) -> int:
    parts = sum(1 for line in lines if line.startswith("("))
    return parts or 1


def _minutes_gold() -> dict:
    items, per_item, votes = [], {}, []
    for item in MINUTES:
        items.append({"number": item["num"], "title": item["title"], "agenda_item": item["num"]})
        for kind, data in item["blocks"]:
            if kind == "res":
                per_item[item["num"]] = per_item.get(item["num"], 0) + _count_parts(data["lines"])
                if data["result"]:
                    vote = {"item": item["num"], "result": data["result"].lower(),
                            "counts": None, "motion": f"Resolution {data['no']}"}
                    if data["no"] == "2025/25":
                        vote["voters"] = {"no": ["Dougal Fraser"]}
                        vote["note"] = "Cr Fraser asked that his vote against be recorded."
                    votes.append(vote)
            elif kind == "motion" and data["result"]:
                votes.append({"item": item["num"], "result": "lost", "counts": None,
                              "motion": "Motion to defer (Cr Paewai / Cr Fraser)"})
            elif kind == "div1":
                votes.append({"item": item["num"], "result": "carried",
                              "counts": {"yes": 6, "no": 3, "abstain": 0},
                              "voters": {"yes": list(DIV_71["yes"]), "no": list(DIV_71["no"])},
                              "motion": "Resolution 2025/24 (division)"})
            elif kind == "div2":
                votes.append({"item": item["num"], "result": "lost",
                              "counts": {"yes": 3, "no": 5, "abstain": 0},
                              "voters": {"yes": list(DIV_73["yes"]), "no": list(DIV_73["no"])},
                              "motion": "Amendment (Cr Paewai / Cr Harvey), division"})
    attendance = [{"name": n, "status": s, "role": r} for _, n, s, r in PRESENT]
    attendance += [{"name": n, "status": "in_attendance", "role": r} for n, r in IN_ATTENDANCE]
    attendance += [{"name": n, "status": "also_present", "role": r} for n, r in ALSO_PRESENT]
    attendance.append({"name": "Hemi Parata", "status": "apologies", "role": "Councillor"})
    return {"items": items, "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item, "votes": votes, "attendance": attendance}


def gold() -> dict[str, dict]:
    agenda_pdf, pages = _agenda_pdf()
    agenda_last = agenda_pdf.page_no()
    minutes_pdf = _minutes_pdf()
    records = {}
    sub, name = _file("agenda")
    records[f"{sub}__{Path(name).stem}"] = {
        "file": f"generated/{sub}/{name}", "kind": "agenda", "country": "NZ",
        "notes": [
            "Country NZ is outside the listed UK/CA/US values; it is a New Zealand district "
            "council.",
            "Body given as Council: an ordinary meeting of the full Korimako District Council.",
            "Items are taken from the Order of Business; sub-items 5.1, 6.1, 7.1-7.4, 9.1, 9.2 "
            "have the number before the dot as parent.",
            "Only report items and item 8 print a page number; headings and procedural items "
            "(1-4, 5, 6, 7, 9, 10) have pages null.",
            "A page range runs from the printed page to the page before the next printed page "
            "(the same page when the next item starts on it); item 8 runs to the last page.",
            "Items 9, 9.1 and 9.2 are listed under a PUBLIC EXCLUDED banner and are exempt; their "
            "reports are not printed in the open agenda.",
            "The membership on the cover is not attendance and is not recorded.",
            "The section 48 grounds table under item 8 is recorded as a table; its title is the "
            "item heading since the table prints none.",
        ],
        "meeting": {"body": "Council", "meeting_type": "Ordinary Council Meeting", "date": DATE,
                    "start_time": "09:30", "contact": dict(CONTACT)},
        "agenda": _agenda_gold(pages, agenda_last),
        "tables": [_pe_table_gold(agenda_pdf.pe_table_pages)],
    }
    sub, name = _file("minutes")
    minutes = _minutes_gold()
    records[f"{sub}__{Path(name).stem}"] = {
        "file": f"generated/{sub}/{name}", "kind": "minutes", "country": "NZ",
        "notes": [
            "Every numbered heading of the minutes is a minute item, sub-items included; the "
            "numbers follow the agenda.",
            "Resolutions count each lettered part (a), (b) ... of a RESOLUTION as one; a "
            "resolution without parts counts once.",
            "The restated public excluded resolution 2025/29 under 9.1 is counted as a "
            "resolution but is not a vote (no result printed at this meeting).",
            "The lost motion to defer (7.2) and the lost amendment (7.3) are motions, not "
            "resolutions, so they are votes but not counted as resolutions.",
            "Every CARRIED/LOST decision is a vote; only the two divisions print figures, the "
            "others have counts null.",
            "The recorded vote against by Cr Fraser is attached to Resolution 2025/25 as a named "
            "no-voter with counts null.",
            "Division voters are given as full names although the 7.1 division prints surnames.",
            "Cr Harvey attended via audio-visual link: virtual; Cr Prasad arrived late at 9.41am "
            "but is present.",
            "Public forum speakers (Hollis, Vaughan) are named only in item 4, not in the "
            "attendance block, and are left out of attendance.",
            "The apology from Cr Parata is recorded in item 2 (apologies).",
            "The section 48 table inside Resolution 2025/28 is recorded as a table.",
        ],
        "meeting": {"body": "Council", "meeting_type": "Ordinary Council Meeting", "date": DATE,
                    "start_time": "09:30", "end_time": "12:26"},
        "minutes": minutes,
        "tables": [_pe_table_gold(minutes_pdf.pe_table_pages)],
    }
    return records

"""Strathkellan Council, Policy and Resources Committee (fictional, Scotland).

Two PDFs printed the way Scottish councils print them: the agenda ("Notice of Meeting" front
page, "Business" list with hanging item numbers, dotted sub-items, report references and an
exempt section under Schedule 7A to the Local Government (Scotland) Act 1973) and the minute of
the same meeting (Sederunt, In Attendance, Apologies, numbered minute items, "Decision" blocks
with numbered clauses and two divisions, one with the names of those voting).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

SLUG = "strathkellan"
BODY_SLUG = "policy-resources"
COUNCIL = "Strathkellan Council"
BODY = "Policy and Resources Committee"
DATE = "2025-06-12"
DATE_LONG = "Thursday, 12 June 2025"
START_PRINTED, START = "10.00 am", "10:00"
END_PRINTED, END = "12.25 pm", "12:25"
VENUE = "the Council Chamber, Burgh Chambers, 14 Abbey Wynd, Kilbraid"
FIN = "Executive Director of Finance and Corporate Services"
PLACE = "Executive Director of Place"
PEOPLE = "Executive Director of Education and Communities"
CONTACT = {"name": "Ewan Sutherland", "phone": "01764 552318",
           "email": "committee.services@strathkellan.gov.uk"}

# ---------------------------------------------------------------- agenda data
# number, title, parent, part, report line (or None), topics (lines that are not items), note
AGENDA = [
    ("1", "Apologies for Absence", None, "public", None, [], None),
    ("2", "Declarations of Interest", None, "public", None,
     ["Members are asked to consider whether they have an interest to declare in relation to "
      "any item of business on the agenda, in terms of the Councillors' Code of Conduct."], None),
    ("3", "Minute of Meeting of the Policy and Resources Committee of 24 April 2025", None,
     "public", None, ["Copy attached for approval."], None),
    ("4", "Revenue Budget Monitoring 2025/26 – Position at 31 May 2025", None, "public",
     f"Report by {FIN} (PR/25/041)", [], None),
    ("5", "Capital Programme", None, "public", None, [], None),
    ("5.1", "Capital Programme 2025/26 Monitoring", "5", "public",
     f"Report by {FIN} (PR/25/042)", [], None),
    ("5.2", "Kilbraid Town Centre Regeneration – Phase 2 Funding", "5", "public",
     f"Report by {PLACE} (PR/25/043)", [], None),
    ("6", "Council Tax Reduction and Discretionary Housing Payments Policy 2025/26", None,
     "public", f"Report by {FIN} (PR/25/044)", [], None),
    ("7", "Community Asset Transfer Requests", None, "public", None, [], None),
    ("7.1", "Former Glenmorrach Primary School – Glenmorrach Community Trust", "7", "public",
     f"Report by {PLACE} (PR/25/045)", [], None),
    ("7.2", "Lochside Pavilion, Ardvane – Ardvane Bowling Club", "7", "public",
     f"Report by {PLACE} (PR/25/046)", [], None),
    ("8", "Equalities Outcomes Progress Report 2025", None, "public",
     f"Report by {PEOPLE} (PR/25/047)", [], None),
    ("9", "Minutes of Sub-Committees and Joint Bodies", None, "public", None,
     ["Submitted for noting."], None),
    ("9.1", "Audit and Scrutiny Sub-Committee of 15 May 2025", "9", "public", None, [], None),
    ("9.2", "Joint Consultative Committee of 20 May 2025", "9", "public", None, [], None),
    ("10", "Disposal of Land at Mill Road Industrial Estate, Kilbraid", None, "exempt",
     f"Report by {PLACE} (PR/25/048)", [], "Paragraphs 6 and 9"),
    ("11", "Workforce Restructure – Roads and Neighbourhood Services", None, "exempt",
     f"Report by {PLACE} (PR/25/049)", [], "Paragraph 1"),
]
FIRST_EXEMPT = "10"

# ---------------------------------------------------------------- minutes data
# (name, role or None)
PRESENT = [
    ("Fiona McAllister", "Convener"), ("Duncan Reid", "Vice-Convener"),
    ("Alasdair Baird", None), ("Catriona Bell", None), ("Neil Cowan", None),
    ("Morven Dalgleish", None), ("Ruaraidh Kerr", None), ("Lorna MacPhail", None),
    ("Stuart Mitchell", None), ("Shona Paterson", None), ("Gordon Rintoul", None),
    ("Isla Strachan", None), ("Kenneth Tulloch", None), ("Jennifer Wishart", None),
]
ALSO_PRESENT = [("Morag Lindsay", "for item 6")]
IN_ATTENDANCE = [
    ("Graeme Fotheringham", "Chief Executive"),
    ("Alison Drummond", FIN),
    ("Callum Ogilvie", PLACE),
    ("Rhona Galbraith", "Head of Legal and Democratic Services"),
    ("Kirsty Lennox", "Head of Economic Development"),
    ("Peter Haldane", "Chief Accountant"),
    ("Ewan Sutherland", "Committee Services Officer"),
]
APOLOGIES = ["Hamish Grant", "Eilidh Fraser"]

ADMIN = ["McAllister", "Reid", "Baird", "Bell", "Dalgleish", "Kerr", "Mitchell", "Strachan",
         "Wishart"]
OPPOSITION = ["Cowan", "MacPhail", "Paterson", "Rintoul", "Tulloch"]
ADMIN_WITHOUT_BELL = [s for s in ADMIN if s != "Bell"]


def _join(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


# Each minute: number, title, agenda item, paragraphs, division (or None), decision clauses.
# A decision with one clause prints "The Committee agreed to ..."; more print
# "The Committee agreed:-" and numbered clauses (1), (2) ...
MINUTES = [
    {"number": "1", "title": "Apologies for Absence", "agenda_item": "1",
     "paras": [f"Apologies for absence were intimated on behalf of Councillors {_join(APOLOGIES)}."],
     "division": None, "decision": []},
    {"number": "2", "title": "Declarations of Interest", "agenda_item": "2",
     "paras": ["Councillor Catriona Bell declared a non-financial interest in item 8 below "
               "(Community Asset Transfer – Former Glenmorrach Primary School) as a trustee of "
               "the Glenmorrach Community Trust, and left the meeting during consideration of "
               "that item. No other declarations of interest were made."],
     "division": None, "decision": []},
    {"number": "3", "title": "Minute of Previous Meeting", "agenda_item": "3",
     "paras": ["There was submitted the minute of meeting of the Policy and Resources Committee "
               "of 24 April 2025."],
     "division": None,
     "decision": ["approve the minute as a correct record."]},
    {"number": "4", "title": "Revenue Budget Monitoring 2025/26 – Position at 31 May 2025",
     "agenda_item": "4",
     "paras": [f"There was submitted a report (PR/25/041) by the {FIN} advising of the projected "
               "revenue outturn for 2025/26 based on expenditure and income to 31 May 2025. "
               "A net overspend of £1.842 million was projected, mainly arising from demand for "
               "residential care placements and from home to school transport contracts.",
               "The Chief Accountant answered questions from members on the level of "
               "uncommitted reserves and on the timing of the pay award for 2025/26."],
     "division": None,
     "decision": ["to note the projected net overspend of £1.842 million for 2025/26;",
                  "to note the management actions set out in section 4 of the report to reduce "
                  "the projected overspend; and",
                  f"to instruct the {FIN} to submit a further monitoring report to the meeting "
                  "of the Committee on 28 August 2025."]},
    {"number": "5", "title": "Capital Programme 2025/26 Monitoring", "agenda_item": "5.1",
     "paras": [f"There was submitted a report (PR/25/042) by the {FIN} providing an update on "
               "the General Services capital programme for 2025/26, which totalled "
               "£48.615 million after the carry forward of slippage from 2024/25."],
     "division": None,
     "decision": ["to note the position of the capital programme at 31 May 2025; and",
                  "to approve the revised phasing of projects set out in Appendix 2 to the "
                  "report."]},
    {"number": "6", "title": "Kilbraid Town Centre Regeneration – Phase 2 Funding",
     "agenda_item": "5.2",
     "paras": [f"There was submitted a report (PR/25/043) by the {PLACE} seeking approval to "
               "allocate £2.350 million from the Place Based Investment Programme to the "
               "second phase of the Kilbraid town centre regeneration, comprising the "
               "refurbishment of the Old Corn Exchange and public realm works in the High "
               "Street and Tolbooth Wynd.",
               "Councillor Morag Lindsay, as a local member, addressed the Committee in support "
               "of the proposals."],
     "division": {
         "motion_by": ("Fiona McAllister", "Duncan Reid"),
         "motion": "That the Committee approve the recommendations contained in the report.",
         "amendment_by": ("Neil Cowan", "Shona Paterson"),
         "amendment": "That the Committee defer consideration of the report to allow a full "
                      "public consultation on the design of the public realm works, with a "
                      "further report to be submitted to the meeting on 28 August 2025.",
         "yes": 9, "no": 5, "names": False},
     "decision": ["to approve the allocation of £2.350 million from the Place Based Investment "
                  "Programme to Phase 2 of the Kilbraid Town Centre Regeneration; and",
                  f"to delegate authority to the {PLACE} to conclude the contracts for the "
                  "works within the approved budget."]},
    {"number": "7",
     "title": "Council Tax Reduction and Discretionary Housing Payments Policy 2025/26",
     "agenda_item": "6",
     "paras": [f"There was submitted a report (PR/25/044) by the {FIN} seeking approval of the "
               "revised Discretionary Housing Payments Policy for 2025/26 and advising of "
               "changes to the Council Tax Reduction scheme made by the Scottish Government."],
     "division": None,
     "decision": ["to approve the revised Discretionary Housing Payments Policy for 2025/26 "
                  "as set out in Appendix 1 to the report; and",
                  "to note the changes to the Council Tax Reduction scheme."]},
    {"number": "8",
     "title": "Community Asset Transfer – Former Glenmorrach Primary School",
     "agenda_item": "7.1",
     "paras": ["Councillor Catriona Bell, having declared an interest, left the meeting during "
               "consideration of this item.",
               f"There was submitted a report (PR/25/045) by the {PLACE} on a request from the "
               "Glenmorrach Community Trust for the transfer of ownership of the former "
               "Glenmorrach Primary School under Part 5 of the Community Empowerment "
               "(Scotland) Act 2015, at a discount of 75% on the market value of £140,000."],
     "division": {
         "motion_by": ("Fiona McAllister", "Isla Strachan"),
         "motion": "That the Committee agree the request for transfer of ownership on the terms "
                   "set out in the report.",
         "amendment_by": ("Kenneth Tulloch", "Gordon Rintoul"),
         "amendment": "That the Committee agree a long lease of 25 years to the Trust in place of "
                      "the transfer of ownership.",
         "yes": 8, "no": 5, "names": True,
         "yes_names": ADMIN_WITHOUT_BELL, "no_names": OPPOSITION},
     "decision": ["to agree the request from the Glenmorrach Community Trust for the transfer of "
                  "ownership of the former Glenmorrach Primary School for £35,000; and",
                  "to authorise the Head of Legal and Democratic Services to conclude the "
                  "transfer on such further terms as are necessary to protect the Council's "
                  "interests."]},
    {"number": "9", "title": "Community Asset Transfer – Lochside Pavilion, Ardvane",
     "agenda_item": "7.2",
     "paras": ["Councillor Catriona Bell rejoined the meeting.",
               f"There was submitted a report (PR/25/046) by the {PLACE} on a request from the "
               "Ardvane Bowling Club for a 20 year lease of the Lochside Pavilion, Ardvane, at a "
               "nominal rent."],
     "division": None,
     "decision": ["to agree a lease of the Lochside Pavilion to the Ardvane Bowling Club for a "
                  "period of 20 years at a rent of £1 per annum, if asked;",
                  "to note that the Club will be responsible for all repairs and insurance; and",
                  "to request an annual update from the Club on the use of the building by "
                  "the wider community."]},
    {"number": "10", "title": "Equalities Outcomes Progress Report 2025", "agenda_item": "8",
     "paras": [f"There was submitted a report (PR/25/047) by the {PEOPLE} on progress towards "
               "the Council's equality outcomes for 2021 to 2025 and on the publication of the "
               "mainstreaming report required under the Equality Act 2010 (Specific Duties) "
               "(Scotland) Regulations 2012."],
     "division": None,
     "decision": ["approve the Equalities Outcomes Progress Report 2025 for publication."]},
    {"number": "11", "title": "Minutes of Sub-Committees and Joint Bodies", "agenda_item": "9",
     "paras": ["There were submitted the minutes of the Audit and Scrutiny Sub-Committee of "
               "15 May 2025 and of the Joint Consultative Committee of 20 May 2025."],
     "division": None,
     "decision": ["note the minutes."]},
    {"number": "12", "title": "Disposal of Land at Mill Road Industrial Estate, Kilbraid",
     "agenda_item": "10",
     "paras": [f"There was submitted a report (PR/25/048) by the {PLACE} on offers received for "
               "the sale of 1.4 hectares of serviced land at Mill Road Industrial Estate, "
               "Kilbraid."],
     "division": None,
     "decision": ["to accept the highest offer received, as detailed in the report; and",
                  "to authorise the Head of Legal and Democratic Services to conclude the "
                  "missives."]},
    {"number": "13", "title": "Workforce Restructure – Roads and Neighbourhood Services",
     "agenda_item": "11",
     "paras": [f"There was submitted a report (PR/25/049) by the {PLACE} on proposals to "
               "restructure the management arrangements within Roads and Neighbourhood "
               "Services."],
     "division": None,
     "decision": ["to approve the revised structure set out in Appendix 1 to the report; and",
                  "to note that the trade unions had been consulted on the proposals through "
                  "the Joint Consultative Committee."]},
]
FIRST_PRIVATE_MINUTE = "12"
EXCLUSION = ("In terms of Section 50A(4) of the Local Government (Scotland) Act 1973, the press "
             "and public were excluded from the meeting for the following items of business on "
             "the grounds that they involved the likely disclosure of exempt information of the "
             "classes described in the relevant paragraphs of Part 1 of Schedule 7A of the Act.")


# ---------------------------------------------------------------- rendering
class _Doc(FPDF):
    def __init__(self, running: str) -> None:
        super().__init__(format="A4", unit="mm")
        self.running = running
        self.core_fonts_encoding = "windows-1252"
        self.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=22)
        self.set_author(COUNCIL)

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.running, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(150, 150, 150)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def letterhead(self) -> None:
        self.set_fill_color(18, 62, 99)
        self.rect(0, 0, 210, 8, style="F")
        self.set_y(14)
        self.set_font("Helvetica", "B", 20)
        self.set_text_color(18, 62, 99)
        self.cell(0, 9, COUNCIL.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Helvetica", "", 8.5)
        self.set_text_color(70, 70, 70)
        self.cell(0, 4.5, "Burgh Chambers, 14 Abbey Wynd, Kilbraid KB4 2RT",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.cell(0, 4.5, "www.strathkellan.gov.uk", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(18, 62, 99)
        self.set_line_width(0.6)
        self.line(20, self.get_y() + 2, 190, self.get_y() + 2)
        self.set_line_width(0.2)
        self.ln(7)

    def para(self, text: str, x: float = 20, size: float = 10.5, style: str = "",
             family: str = "Helvetica", h: float = 5.2, after: float = 2.5) -> None:
        self.set_font(family, style, size)
        self.set_x(x)
        self.multi_cell(190 - x, h, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def hanging(self, label: str, text: str, x: float, gap: float, style: str = "",
                size: float = 10.5, family: str = "Helvetica", h: float = 5.2,
                label_style: str | None = None) -> None:
        self.set_font(family, style if label_style is None else label_style, size)
        self.set_x(x)
        self.cell(gap, h, label)
        self.set_font(family, style, size)
        self.multi_cell(190 - x - gap, h, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def keep(self, needed: float) -> None:
        if self.get_y() + needed > self.h - 22:
            self.add_page()


def _agenda_pdf(path: Path) -> None:
    pdf = _Doc(f"{BODY} – {DATE_LONG} – Agenda")
    pdf.set_title(f"{BODY} – Agenda – {DATE_LONG}")
    pdf.add_page()
    pdf.letterhead()
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Date of issue: Thursday, 5 June 2025", align="R",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 9.5)
    for line in (f"Enquiries to: {CONTACT['name']}, Committee Services",
                 f"Tel: {CONTACT['phone']}", f"Email: {CONTACT['email']}"):
        pdf.cell(0, 4.8, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "Notice of Meeting", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.para(f"A meeting of the {BODY} will be held in {VENUE} on {DATE_LONG} at "
             f"{START_PRINTED} to consider the business detailed below.")
    pdf.para("Members of the press and public are welcome to attend the public part of the "
             "meeting, which will also be broadcast live on the Council's website.")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 5.2, "Graeme Fotheringham", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5.2, "Chief Executive", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Membership", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    members = [f"Councillor {n}" + (f" ({r})" if r else "") for n, r in PRESENT]
    members += [f"Councillor {n}" for n in APOLOGIES]
    members.sort(key=lambda m: (0 if "(" in m else 1, m.split()[2].split(" (")[0]))
    pdf.set_font("Helvetica", "", 9.5)
    half = (len(members) + 1) // 2
    top = pdf.get_y() + 1
    for col, chunk in enumerate((members[:half], members[half:])):
        pdf.set_y(top)
        for m in chunk:
            pdf.set_x(20 + col * 85)
            pdf.cell(85, 5, m, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(top + half * 5 + 6)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(0, 4.4, "If you require this agenda in an alternative format, please contact "
                   "Committee Services on the number above.", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "Business", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    for number, title, parent, part, report, topics, note in AGENDA:
        if number == FIRST_EXEMPT:
            pdf.keep(70)
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 6, "Exempt Information", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
            pdf.para("The Committee will be asked to resolve, in terms of Section 50A(4) of the "
                     "Local Government (Scotland) Act 1973, that the public be excluded from "
                     "the meeting for the following items of business on the grounds that they "
                     "involve the likely disclosure of exempt information of the classes "
                     "described in the paragraphs of Part 1 of Schedule 7A to the Act shown "
                     "against each item.", size=9.5, style="I", h=4.8, after=4)
        pdf.keep(22)
        if parent is None:
            x, gap, size = 20, 12, 11
        else:
            x, gap, size = 32, 12, 10.5
        text_x = x + gap
        if note:
            pdf.set_font("Helvetica", "", 9)
            y = pdf.get_y()
            pdf.set_xy(158, y)
            pdf.cell(32, 5.6, note, align="R")
            pdf.set_xy(20, y)
            pdf.set_font("Helvetica", "B", size)
            pdf.set_x(x)
            pdf.cell(gap, 5.6, number)
            pdf.multi_cell(158 - text_x - 2, 5.6, title, align="L", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
        else:
            pdf.hanging(number, title, x, gap, style="B", size=size, h=5.6)
        if report:
            pdf.para(report, x=text_x, size=9.5, h=4.8, after=0)
        for topic in topics:
            pdf.para(topic, x=text_x, size=9.5, style="I", h=4.8, after=0)
        pdf.ln(4 if parent is None and not report and not topics else 5)
    pdf.output(str(path))


def _minutes_pdf(path: Path) -> None:
    pdf = _Doc(f"Minute – {BODY} – {DATE_LONG}")
    pdf.set_title(f"{BODY} – Minute – {DATE_LONG}")
    pdf.add_page()
    pdf.letterhead()
    pdf.set_font("Times", "B", 13)
    for line in (f"MINUTE of MEETING of the {BODY.upper()}", f"held in {VENUE},",
                 f"on {DATE_LONG} at {START_PRINTED}."):
        pdf.cell(0, 6.2, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    def label(text: str) -> None:
        pdf.set_font("Times", "B", 11.5)
        pdf.cell(0, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    label("Sederunt:")
    names = [f"Councillor {n}" + (f" ({r})" if r else "") for n, r in PRESENT]
    pdf.set_font("Times", "", 11)
    half = (len(names) + 1) // 2
    top = pdf.get_y()
    for col, chunk in enumerate((names[:half], names[half:])):
        pdf.set_y(top)
        for n in chunk:
            pdf.set_x(32 + col * 78)
            pdf.cell(78, 5.2, n, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(top + half * 5.2 + 1)
    pdf.set_x(32)
    pdf.set_font("Times", "I", 11)
    pdf.cell(0, 5.2, f"Councillor {PRESENT[0][0]}, Convener, in the Chair.",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    label("Also Present:")
    for n, why in ALSO_PRESENT:
        pdf.para(f"Councillor {n} ({why})", x=32, family="Times", size=11, after=0)
    pdf.ln(3)
    label("In Attendance:")
    for n, post in IN_ATTENDANCE:
        pdf.para(f"{n}, {post}", x=32, family="Times", size=11, after=0)
    pdf.ln(3)
    label("Apologies:")
    pdf.para(f"Councillors {_join(APOLOGIES)}.", x=32, family="Times", size=11, after=4)

    for item in MINUTES:
        if item["number"] == FIRST_PRIVATE_MINUTE:
            pdf.keep(60)
            pdf.ln(2)
            pdf.set_font("Times", "B", 11.5)
            pdf.cell(0, 6, "EXCLUSION OF PRESS AND PUBLIC", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.para(EXCLUSION, x=32, family="Times", size=11, after=5)
        pdf.keep(40)
        pdf.hanging(f"{item['number']}.", item["title"], 20, 12, style="B", size=11.5,
                    family="Times", h=6)
        pdf.ln(1.5)
        for text in item["paras"]:
            pdf.para(text, x=32, family="Times", size=11, after=2.5)
        div = item["division"]
        if div:
            (m1, m2), (a1, a2) = div["motion_by"], div["amendment_by"]
            pdf.para(f"Motion by Councillor {m1}, seconded by Councillor {m2}:-", x=32,
                     family="Times", size=11, after=1)
            pdf.para(f"\"{div['motion']}\"", x=40, family="Times", size=11, style="I", after=2.5)
            pdf.para(f"Amendment by Councillor {a1}, seconded by Councillor {a2}:-", x=32,
                     family="Times", size=11, after=1)
            pdf.para(f"\"{div['amendment']}\"", x=40, family="Times", size=11, style="I",
                     after=2.5)
            if div["names"]:
                pdf.para("On a division, there voted:-", x=32, family="Times", size=11,
                         after=1)
                pdf.keep(24)
                for head, count, who in (("For the motion", div["yes"], div["yes_names"]),
                                         ("For the amendment", div["no"], div["no_names"])):
                    pdf.hanging(f"{head} ({count})", f"Councillors {_join(who)}.", 40, 44,
                                family="Times", size=11, label_style="B")
                    pdf.ln(1)
                pdf.ln(1.5)
                pdf.para("The motion was accordingly carried.", x=32, family="Times", size=11)
            else:
                pdf.para(f"On a division, there voted for the motion {div['yes']} Councillors "
                         f"and for the amendment {div['no']} Councillors, and the motion was "
                         "accordingly carried.", x=32, family="Times", size=11)
        clauses = item["decision"]
        if clauses:
            pdf.keep(16)
            pdf.para("Decision", x=32, family="Times", size=11, style="B", after=1)
            if len(clauses) == 1:
                pdf.para(f"The Committee agreed to {clauses[0]}", x=32, family="Times", size=11)
            else:
                pdf.para("The Committee agreed:-", x=32, family="Times", size=11, after=1)
                for k, clause in enumerate(clauses, 1):
                    pdf.hanging(f"({k})", clause, 32, 10, family="Times", size=11)
                    pdf.ln(1)
                pdf.ln(1.5)
        pdf.ln(3)
    pdf.ln(2)
    pdf.para(f"The meeting terminated at {END_PRINTED}.", x=20, family="Times", size=11,
             style="I")
    pdf.output(str(path))


def _names() -> tuple[str, str]:
    stem = f"{SLUG}_{BODY_SLUG}_{DATE}"
    return f"{stem}_agenda.pdf", f"{stem}_minutes.pdf"


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda_name, minutes_name = _names()
    (folder / "agendas").mkdir(parents=True, exist_ok=True)
    (folder / "minutes").mkdir(parents=True, exist_ok=True)
    agenda, minutes = folder / "agendas" / agenda_name, folder / "minutes" / minutes_name
    _agenda_pdf(agenda)
    _minutes_pdf(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------- gold
def _agenda_gold() -> dict:
    items = []
    for number, title, parent, part, report, topics, note in AGENDA:
        row = {"number": number, "title": title, "pages": None, "part": part, "parent": parent}
        if report:
            row["report"] = report
        if topics:
            row["topics"] = topics
        if note:
            row["note"] = note
        items.append(row)
    return {
        "file": f"generated/agendas/{_names()[0]}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Titles are the bold heading line only; the 'Report by ... (PR/25/nnn)' line "
            "printed under an item is kept in 'report', not in the title.",
            "Items 5, 7 and 9 are headings printed with a number and no report; they are items "
            "and the parents of their dotted sub-items 5.1, 5.2, 7.1, 7.2, 9.1, 9.2.",
            "The italic lines under items 2, 3 and 9 are explanatory text, kept in 'topics'.",
            "The 'Exempt Information' heading and its Section 50A(4) paragraph are a banner, "
            "not an item; items 10 and 11 printed after it are part 'exempt'.",
            "The Schedule 7A paragraphs printed at the right of items 10 and 11 are kept in "
            "'note', not in the title.",
            "No page numbers are printed against items, so pages are null.",
            "The membership list on the front page is not attendance and is not recorded.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": START, "contact": dict(CONTACT)},
        "agenda": items,
    }


def _minutes_gold() -> dict:
    items, per_item, votes = [], {}, []
    for m in MINUTES:
        items.append({"number": m["number"], "title": m["title"],
                      "agenda_item": m["agenda_item"]})
        per_item[m["number"]] = len(m["decision"])
        div = m["division"]
        if div:
            vote = {"item": m["number"], "result": "carried",
                    "counts": {"yes": div["yes"], "no": div["no"], "abstain": 0},
                    "motion": div["motion"], "mover": div["motion_by"][0],
                    "seconder": div["motion_by"][1],
                    "result_as_printed": "the motion was accordingly carried"}
            if div["names"]:
                vote["voters"] = {"yes": list(div["yes_names"]), "no": list(div["no_names"])}
            votes.append(vote)
    attendance = [{"name": n, "status": "present", **({"role": r} if r else {})}
                  for n, r in PRESENT]
    attendance += [{"name": n, "status": "also_present"} for n, _ in ALSO_PRESENT]
    attendance += [{"name": n, "status": "in_attendance", "role": post}
                   for n, post in IN_ATTENDANCE]
    attendance += [{"name": n, "status": "apologies"} for n in APOLOGIES]
    return {
        "file": f"generated/minutes/{_names()[1]}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute items are numbered 1 to 13 straight through; agenda sub-items 5.1, 5.2, "
            "7.1, 7.2 became minutes 5, 6, 8, 9 and the agenda headings 5 and 7 have no minute "
            "of their own; the link is kept in 'agenda_item'.",
            "Resolutions count each numbered clause (1), (2) ... under 'The Committee "
            "agreed:-' as one, and a single unnumbered 'The Committee agreed to ...' as one.",
            "Apologies (1) and Declarations of Interest (2) print no decision and count zero.",
            "The unnumbered 'Exclusion of Press and Public' paragraph is a procedural note in "
            "the passive, not a minute item and not a resolution.",
            "For each motion-versus-amendment division, yes = votes for the motion and no = "
            "votes for the amendment; abstain is 0 as none are printed; result 'carried' means "
            "the motion was carried.",
            "The division in minute 8 prints the names (surnames) for each side; Councillor "
            "Bell had left the meeting for that item, so 13 voted.",
            "The Convener is listed in the Sederunt and recorded present with role Convener; "
            "the 'in the Chair' line repeats her and is not a second entry.",
            "Councillor Morag Lindsay, printed under 'Also Present' (for item 6), is "
            "also_present.",
            "Officers under 'In Attendance' are in_attendance with their post as role; "
            "councillors under 'Apologies' are apologies.",
            "end_time is taken from 'The meeting terminated at 12.25 pm.'",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": START, "end_time": END},
        "minutes": {
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
    }


def gold() -> dict[str, dict]:
    agenda_name, minutes_name = _names()
    return {
        f"agendas__{agenda_name.removesuffix('.pdf')}": _agenda_gold(),
        f"minutes__{minutes_name.removesuffix('.pdf')}": _minutes_gold(),
    }

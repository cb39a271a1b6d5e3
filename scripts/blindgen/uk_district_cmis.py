"""Fenmoor District Council (fictional): an English district council committee agenda pack
printed the way committee-management systems (CMIS, ModernGov and the like) print them.

Writes, under the folder given to `build`:
  packs/fenmoor_communities-housing-environment-os_2025-03-11_agenda-pack.pdf   14 pages

The pack:
  PDF page 1       front sheet: letterhead, committee name in large type (two lines), date,
                   time, venue, membership in two columns, contact officer, despatch date
  PDF page 2       "Information for the public", webcasting notice, fire evacuation
  PDF pages 3-4    the agenda: numbered items, bold titles, descriptions, a right-hand
                   "Pages" column ("1 - 4"), items without pages, a Part 2 (exempt) section
  PDF pages 5-8    minutes of the previous meeting (stamped "Agenda Item 4", printed Page 1-4)
  PDF pages 9-10   officer report with numbered paragraphs 1.1, 1.2 ... (Page 5-6)
  PDF pages 11-13  Appendix A, landscape: improvement plan table ruled with lines, header
                   repeated on each page, theme banner rows (Page 7-9)
  PDF page 14      work programme table (Page 10)

As in the systems it imitates, the pack's printed page numbers ("Page 1" at the foot) start
at the first included document, so the agenda's page ranges are printed page numbers, not PDF
page numbers.  All names, places and figures are invented.
"""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

SLUG = "fenmoor"
COUNCIL = "Fenmoor District Council"
BODY = "Communities, Housing and Environment Overview and Scrutiny Committee"
BODY_SLUG = "communities-housing-environment-os"
DATE = "2025-03-11"
DATE_LONG = "Tuesday, 11th March, 2025"
TIME_PRINTED = "6.00 pm"
VENUE = "Council Chamber, Fenmoor House, Priory Road, Holme Market, PE38 4XQ"
DESPATCH = "Monday, 3 March 2025"
CONTACT = ("Rebecca Thornley", "Democratic Services Officer", "01632 960 512",
           "rebecca.thornley@fenmoor.gov.uk")
CHIEF_EXEC = "Martin Aldous"

PREV_DATE = "2025-01-14"
PREV_DATE_LONG = "Tuesday, 14 January 2025"
PREV_PREV_LONG = "12 November 2024"

CREATED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)

# --------------------------------------------------------------------------- people

# Membership (front sheet). (name, role)
MEMBERS = [
    ("Alan Pryce", "Chair"), ("Sandra Kettle", "Vice-Chair"), ("Tom Ashby", None),
    ("Deborah Cawston", None), ("Imran Hussain", None), ("Julia Marsh", None),
    ("Peter Newling", None), ("Grace Oduya", None), ("Stephen Rackham", None),
    ("Karen Southgate", None), ("William Tebbutt", None),
]

# Previous meeting (14 January 2025)
PREV_PRESENT = [("Alan Pryce", "Chair"), ("Sandra Kettle", "Vice-Chair"), ("Tom Ashby", None),
                ("Deborah Cawston", None), ("Imran Hussain", None), ("Julia Marsh", None),
                ("Peter Newling", None), ("Grace Oduya", None), ("Karen Southgate", None),
                ("William Tebbutt", None)]
PREV_APOLOGIES = ["Stephen Rackham"]
PREV_SUBSTITUTE = ("Helen Varley", "Stephen Rackham")
PREV_ALSO = [("Nigel Frost", "Portfolio Holder for Housing and Communities")]
PREV_OFFICERS = [
    ("Claire Whitmore", "Director of Housing and Communities"),
    ("Jonathan Beck", "Head of Revenues and Benefits"),
    ("Sunita Rao", "Private Sector Housing Manager"),
    ("Rebecca Thornley", "Democratic Services Officer"),
]

VOTE_FOR = ["Alan Pryce", "Sandra Kettle", "Tom Ashby", "Imran Hussain", "Julia Marsh",
            "Grace Oduya", "Helen Varley"]
VOTE_AGAINST = ["Deborah Cawston", "Peter Newling", "William Tebbutt"]
VOTE_ABSTAIN = ["Karen Southgate"]


def surname(name: str) -> str:
    return name.split()[-1]


def cllr_list(names: list[str]) -> str:
    return ", ".join(f"{n[0]} {surname(n)}" for n in names)


# --------------------------------------------------------------------------- agenda

# (number, title, description, document whose printed pages are given (or None), part)
AGENDA = [
    ("1", "Apologies for Absence", "To receive apologies for absence.", None, "public"),
    ("2", "Substitute Members",
     "To note any substitutions made in accordance with Council Procedure Rule 4.", None,
     "public"),
    ("3", "Declarations of Interest",
     "Members are asked to declare any disclosable pecuniary interests, other registerable "
     "interests or non-registerable interests in any item on this agenda.", None, "public"),
    ("4", "Minutes of the Previous Meeting",
     f"To confirm as a correct record the minutes of the meeting held on "
     f"{PREV_DATE_LONG.split(', ')[1]}.", "minutes", "public"),
    ("5", "Public Question Time",
     "To receive any questions from members of the public submitted in accordance with the "
     "Committee's procedure (deadline: 12 noon, Thursday 6 March 2025).", None, "public"),
    ("6", "Urgent Business",
     "To consider any items which the Chair decides are urgent by reason of special "
     "circumstances, which must be specified.", None, "public"),
    ("7", "Housing Services Improvement Plan 2025-2027: Response to the Regulator of Social "
          "Housing Inspection",
     "Report of the Director of Housing and Communities.", "report", "public"),
    ("8", "Committee Work Programme 2025/26",
     "To consider and agree the Committee's work programme.", "wp", "public"),
    ("9", "Exclusion of the Press and Public",
     "To consider passing the following resolution:\n\"That under Section 100A(4) of the "
     "Local Government Act 1972, the press and public be excluded from the meeting for the "
     "following items of business on the grounds that they involve the likely disclosure of "
     "exempt information as defined in Paragraph 3 of Part 1 of Schedule 12A to the Act.\"",
     None, "public"),
    ("10", "Disposal of Land at Station Yard, Holme Market",
     "Report of the Head of Property and Estates.", None, "exempt"),
    ("11", "Waste Collection Vehicle Replacement - Contract Award",
     "Report of the Head of Environmental Services.", None, "exempt"),
]

# --------------------------------------------------------------------------- minutes

# (number, title, paragraphs, resolutions) ; paragraph kinds: ("p", text), ("res", intro,
# [clauses]) for a RESOLVED with numbered clauses, ("res1", text) single RESOLVED,
# ("vote",) the recorded vote
MINUTES = [
    ("41", "Apologies for Absence and Substitutions", [
        ("p", f"Apologies for absence were received from Councillor "
              f"{PREV_APOLOGIES[0][0]} {surname(PREV_APOLOGIES[0])}. Councillor "
              f"{PREV_SUBSTITUTE[0]} attended as a substitute for Councillor "
              f"{PREV_SUBSTITUTE[1]}."),
    ], 0),
    ("42", "Declarations of Interest", [
        ("p", "Councillor Oduya declared an other registerable interest in minute 46 as a "
              "trustee of the Fenmoor Community Lettings Trust. She remained in the meeting "
              "and took part in the debate and vote, the interest not relating directly to "
              "her finances or wellbeing."),
    ], 0),
    ("43", "Minutes", [
        ("res1", f"That the minutes of the meeting held on {PREV_PREV_LONG} be confirmed as "
                 "a correct record and signed by the Chair."),
    ], 1),
    ("44", "Public Question Time", [
        ("p", "No questions had been received from members of the public."),
    ], 0),
    ("45", "Council Tax Reduction Scheme 2025/26", [
        ("p", "The Head of Revenues and Benefits presented the report, which set out the "
              "outcome of the public consultation on changes to the local Council Tax "
              "Reduction Scheme for working-age households. 412 responses had been received, "
              "of which 61% supported the introduction of a simplified income-banded scheme."),
        ("p", "Members asked about the effect of the proposed bands on households whose "
              "income varied from month to month. Officers explained that a tolerance of "
              "\u00a365 per week would apply before any change in income was reassessed, "
              "reducing the number of revised bills."),
        ("res", "RESOLVED: That it be RECOMMENDED to Cabinet that:", [
            "the income-banded Council Tax Reduction Scheme for working-age households set "
            "out in Appendix 1 to the report be adopted from 1 April 2025;",
            "the exceptional hardship fund be maintained at \u00a380,000 for 2025/26; and",
            "the Head of Revenues and Benefits report to the Committee in January 2026 on "
            "the first nine months of the scheme's operation.",
        ]),
    ], 3),
    ("46", "Empty Homes Strategy 2025-2030", [
        ("p", "The Private Sector Housing Manager introduced the draft strategy. There were "
              "587 dwellings in the district that had been empty for more than six months, "
              "of which 143 had been empty for more than two years. The strategy proposed "
              "using the maximum long-term empty homes premium and, as a last resort, "
              "Empty Dwelling Management Orders."),
        ("p", "Councillor Newling moved an amendment that the use of Empty Dwelling "
              "Management Orders be removed from the strategy. The amendment was not "
              "seconded and therefore fell."),
        ("p", "It was proposed by Councillor Ashby and seconded by Councillor Marsh that the "
              "recommendations in the report be supported."),
        ("vote",),
        ("res", "RESOLVED: That", [
            "the draft Empty Homes Strategy 2025-2030 be endorsed and referred to Cabinet for "
            "adoption; and",
            "officers provide the Committee with an annual report on the number of long-term "
            "empty dwellings brought back into use.",
        ]),
    ], 2),
    ("47", "Committee Work Programme 2024/25", [
        ("p", "The Committee considered its work programme for the remainder of the municipal "
              "year. Members asked that an update on the Housing Services Improvement Plan be "
              "brought to the March meeting."),
        ("res1", "That the work programme be noted, subject to the addition of the Housing "
                 "Services Improvement Plan to the meeting on 11 March 2025."),
    ], 1),
]
PREV_START, PREV_END = "6.00 pm", "7.42 pm"

# --------------------------------------------------------------------------- report

REPORT_META = [
    ("Report of:", "Director of Housing and Communities"),
    ("Portfolio Holder:", "Councillor Nigel Frost, Housing and Communities"),
    ("Report author:", "Claire Whitmore, claire.whitmore@fenmoor.gov.uk, 01632 960 530"),
    ("Wards affected:", "All"),
    ("Key decision:", "No"),
    ("Exempt:", "No"),
]

REPORT = [
    ("1", "Purpose of Report", [
        "This report presents the Housing Services Improvement Plan 2025-2027, prepared in "
        "response to the inspection of the Council's landlord services by the Regulator of "
        "Social Housing in October 2024, and invites the Committee to comment on it before "
        "it is considered by Cabinet on 1 April 2025.",
        "The plan is attached as Appendix A. It sets out 19 actions under four themes, with "
        "a lead officer, start and end dates, a current RAG status and the measures by which "
        "success will be judged.",
    ]),
    ("2", "Recommendations", [
        "That the Committee reviews the Housing Services Improvement Plan 2025-2027 at "
        "Appendix A and makes any comments or recommendations to Cabinet.",
        "That the Committee receives a progress report on the plan every six months, the "
        "first in September 2025.",
    ]),
    ("3", "Background", [
        "The Council owns and manages 3,214 homes, including 412 sheltered homes and 96 "
        "leasehold flats. Since April 2024 the Regulator has inspected large landlords against "
        "the revised consumer standards on a four-year cycle.",
        "The inspection, carried out between 7 and 25 October 2024, resulted in a C2 grading: "
        "the Regulator found some weaknesses in the landlord delivering the outcomes of the "
        "consumer standards, and improvement is needed. The principal findings related to "
        "the completeness of stock condition data, the timeliness of damp and mould "
        "responses, and the way tenants' views are used in decision making.",
        "The Regulator did not find evidence of serious detriment to tenants and has not "
        "taken enforcement action. It expects the Council to deliver the improvements it has "
        "identified and will monitor progress through quarterly liaison meetings.",
    ]),
    ("4", "The Improvement Plan", [
        "The plan has been developed with the Tenants' Scrutiny Panel, which met four times "
        "between November 2024 and February 2025, and with front-line staff. Its four themes "
        "are: Safety and Compliance; Repairs, Maintenance and Stock Condition; Tenant "
        "Engagement and Complaints; and Data, Performance and Governance.",
        "Each action has a single lead officer, who will report progress monthly to the "
        "Housing Improvement Board, chaired by the Director of Housing and Communities. The "
        "RAG status shown in the plan is at 28 February 2025: three actions are complete, "
        "eleven are on track (green), four are at risk (amber) and one is behind schedule "
        "(red).",
        "The action rated red (1.4, the installation of carbon monoxide alarms in all homes "
        "with a gas appliance) has been delayed by difficulties in gaining access. A revised "
        "access procedure, including evening and weekend appointments, was introduced in "
        "February 2025.",
    ]),
    ("5", "Financial Implications", [
        "The plan will be delivered within the approved Housing Revenue Account budget for "
        "2025/26, which includes a one-off provision of \u00a3450,000 for the stock condition "
        "survey (action 2.1) and \u00a3120,000 for the new housing management system "
        "interfaces (action 4.2).",
    ]),
    ("6", "Legal Implications", [
        "The Council is required as a registered provider to meet the Regulator's consumer "
        "standards under the Housing and Regeneration Act 2008, as amended by the Social "
        "Housing (Regulation) Act 2023. There are no other legal implications arising "
        "directly from this report.",
    ]),
    ("7", "Equality and Climate Implications", [
        "An equality impact assessment has been completed and is available on request. "
        "Actions 2.3 and 2.4 will contribute to the Council's target of bringing all its "
        "homes to EPC band C by 2030.",
    ]),
]
BACKGROUND_PAPERS = ("Regulator of Social Housing, Inspection Report: Fenmoor District "
                     "Council, December 2024.")

# --------------------------------------------------------------------------- appendix A

PLAN_TITLE = "Appendix A - Housing Services Improvement Plan 2025-2027"
PLAN_COLUMNS = ["Ref", "Action", "Lead Officer", "Start Date", "End Date", "RAG",
                "Progress Update", "Measures of Success"]
PLAN_WIDTHS = [11, 58, 30, 18, 18, 16, 63, 53]

# (theme title, [(ref, action, lead, start, end, rag, progress, measure)])
PLAN = [
    ("Theme 1: Safety and Compliance", [
        ("1.1", "Complete fire risk assessments for all blocks with communal areas and "
                "record the actions arising in the compliance system",
         "Compliance Manager", "Apr 2025", "Sep 2025", "Green",
         "38 of 61 assessments complete; remaining blocks scheduled by July 2025",
         "100% of blocks with an in-date fire risk assessment"),
        ("1.2", "Introduce a damp and mould policy with fixed response times",
         "Head of Housing Property Services", "Nov 2024", "Feb 2025", "Complete",
         "Policy approved by Cabinet on 4 February 2025 and published",
         "Policy in place; all reports inspected within 10 working days"),
        ("1.3", "Carry out electrical installation condition reports on a five-year cycle",
         "Compliance Manager", "Apr 2025", "Mar 2027", "Green",
         "Contract let to Anglia Electrical Services; programme agreed",
         "100% of homes with an EICR less than five years old"),
        ("1.4", "Install carbon monoxide alarms in all homes with a gas appliance",
         "Compliance Manager", "Jan 2025", "Jun 2025", "Red",
         "1,102 of 1,860 homes fitted; no-access cases referred under the new procedure",
         "All homes with a gas appliance fitted with a CO alarm"),
        ("1.5", "Review asbestos management surveys for communal areas",
         "Compliance Manager", "Jun 2025", "Dec 2025", "Green",
         "Survey specification drafted", "Up-to-date survey held for every communal area"),
    ]),
    ("Theme 2: Repairs, Maintenance and Stock Condition", [
        ("2.1", "Commission a 100% stock condition survey to be completed over two years, "
                "starting with homes with no survey data since 2018",
         "Asset Manager", "Apr 2025", "Mar 2027", "Amber",
         "Procurement delayed by four weeks; tender evaluation under way",
         "Stock condition data less than five years old for all homes"),
        ("2.2", "Reduce the backlog of non-urgent repairs",
         "Repairs Manager", "Jan 2025", "Sep 2025", "Amber",
         "Backlog reduced from 1,420 to 960 jobs; additional contractor appointed in February",
         "Backlog under 300 jobs; 90% of routine repairs completed within 28 days"),
        ("2.3", "Deliver the 2025/26 retrofit programme (loft and cavity wall insulation, air "
                "source heat pumps)",
         "Asset Manager", "Apr 2025", "Mar 2026", "Green",
         "Warm Homes: Social Housing Fund grant of \u00a31.2m confirmed",
         "240 homes improved to EPC band C"),
        ("2.4", "Replace single-glazed windows in the remaining 86 homes",
         "Asset Manager", "Jun 2025", "Mar 2026", "Green", "Survey of homes complete",
         "No Council homes with single glazing"),
        ("2.5", "Introduce an appointment system for all responsive repairs with a choice of "
                "morning, afternoon or school-hours slots",
         "Repairs Manager", "Apr 2025", "Oct 2025", "Green",
         "Scheduling module configured; staff training planned for May",
         "95% of appointments kept; tenant satisfaction with repairs above 80%"),
    ]),
    ("Theme 3: Tenant Engagement and Complaints", [
        ("3.1", "Establish a Tenants' Voice Panel with a published annual report to Cabinet",
         "Tenant Engagement Lead", "Jan 2025", "Jul 2025", "Green",
         "14 tenants recruited; first meeting held 20 February 2025",
         "Panel meets at least quarterly; annual report published"),
        ("3.2", "Self-assess against the Housing Ombudsman Complaint Handling Code and "
                "publish the outcome",
         "Customer Services Manager", "Nov 2024", "Jan 2025", "Complete",
         "Self-assessment published on the Council's website in January 2025",
         "Full compliance with the Code"),
        ("3.3", "Train all housing staff in handling complaints and learning from them",
         "Customer Services Manager", "Feb 2025", "Jul 2025", "Green",
         "Two of six sessions delivered", "100% of housing staff trained"),
        ("3.4", "Carry out the annual Tenant Satisfaction Measures survey and publish the "
                "results",
         "Tenant Engagement Lead", "Sep 2025", "Mar 2026", "Green",
         "Survey contractor appointed", "Results published by 30 June 2026"),
        ("3.5", "Review the information tenants receive at the start of a tenancy",
         "Tenancy Services Manager", "May 2025", "Nov 2025", "Amber",
         "Start postponed pending recruitment of a Tenancy Services Manager",
         "New tenancy pack in use; new tenant satisfaction above 85%"),
    ]),
    ("Theme 4: Data, Performance and Governance", [
        ("4.1", "Agree a data quality improvement plan for tenant and property records",
         "Housing Systems Manager", "Jan 2025", "Jun 2025", "Green",
         "Data cleansing of tenant contact details 70% complete",
         "Records verified for 95% of tenancies"),
        ("4.2", "Replace the interfaces between the housing management system and the "
                "repairs and compliance systems",
         "Housing Systems Manager", "Apr 2025", "Mar 2026", "Amber",
         "Supplier resourcing issue; revised plan expected April 2025",
         "Single record of each home's compliance and repairs data"),
        ("4.3", "Report the Tenant Satisfaction Measures and key compliance indicators to "
                "this Committee quarterly",
         "Director of Housing and Communities", "Apr 2025", "Ongoing", "Green",
         "First quarterly report scheduled for June 2025",
         "Quarterly reports received by the Committee"),
        ("4.4", "Train Members of the Committee and Cabinet on the consumer standards",
         "Director of Housing and Communities", "Nov 2024", "Jan 2025", "Complete",
         "Member briefing held on 9 January 2025",
         "Members able to scrutinise landlord performance"),
    ]),
]

# --------------------------------------------------------------------------- work programme

WP_TITLE = "Communities, Housing and Environment Overview and Scrutiny Committee - Work " \
           "Programme 2025/26"
WP_COLUMNS = ["Meeting Date", "Item", "Lead Officer", "Purpose"]
WP_WIDTHS = [24, 62, 44, 40]
WP = [
    ("10 June 2025", "Housing Services Improvement Plan - quarterly performance report",
     "Director of Housing and Communities", "Scrutiny of performance"),
    ("10 June 2025", "Annual Report of the Community Safety Partnership",
     "Community Safety Manager", "Statutory crime and disorder scrutiny"),
    ("9 September 2025", "Housing Services Improvement Plan - six-month progress report",
     "Director of Housing and Communities", "Scrutiny of progress"),
    ("9 September 2025", "Recycling and Waste Strategy - review of kerbside food waste "
                         "collections", "Head of Environmental Services", "Pre-decision "
                                                                           "scrutiny"),
    ("11 November 2025", "Homelessness and Rough Sleeping Strategy - annual update",
     "Housing Options Manager", "Scrutiny of progress"),
    ("11 November 2025", "Public Spaces Protection Orders - renewal",
     "Community Safety Manager", "Pre-decision scrutiny"),
    ("13 January 2026", "Council Tax Reduction Scheme - first nine months",
     "Head of Revenues and Benefits", "Requested at minute 45 (January 2025)"),
    ("10 March 2026", "Empty Homes Strategy - annual report", "Private Sector Housing Manager",
     "Requested at minute 46 (January 2025)"),
]

# --------------------------------------------------------------------------- rendering

GREY = (217, 217, 217)
RAG_FILL = {"Green": (146, 208, 80), "Amber": (255, 192, 0), "Red": (255, 80, 80),
            "Complete": (155, 194, 230)}


class _Pack(FPDF):
    page_offset: int | None = None   # printed page = pdf page - offset, from the minutes on
    layout: dict = {}

    def footer(self):
        if self.page_offset is None:
            return
        self.set_y(-13)
        self.set_font("Helvetica", "", 9)
        self.cell(0, 5, f"Page {self.page_no() - self.page_offset}", align="C")


def _new() -> _Pack:
    pdf = _Pack(orientation="P", unit="mm", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(CREATED)
    pdf.set_title(f"Agenda - {BODY} - {DATE_LONG}")
    pdf.set_author(COUNCIL)
    pdf.set_creator("Committee Management Information System")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.layout = {}
    return pdf


def _w(pdf: FPDF) -> float:
    return pdf.w - pdf.l_margin - pdf.r_margin


def _stamp(pdf: FPDF, text: str) -> None:
    """'Agenda Item 4' box at the top right of a document's first page."""
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 11)
    tw = pdf.get_string_width(text) + 6
    pdf.set_xy(pdf.w - pdf.r_margin - tw, 8)
    pdf.cell(tw, 7, text, border=1, align="C")
    pdf.set_xy(pdf.l_margin, y)


def _front_sheet(pdf: _Pack) -> None:
    pdf.add_page()
    w = _w(pdf)
    # letterhead: crest placeholder block and council name
    pdf.set_fill_color(0, 84, 122)
    pdf.rect(pdf.l_margin, 15, 16, 16, style="F")
    pdf.set_xy(pdf.l_margin + 20, 16)
    pdf.set_font("Helvetica", "B", 18)
    pdf.set_text_color(0, 84, 122)
    pdf.cell(w - 20, 8, COUNCIL, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(pdf.l_margin + 20)
    pdf.set_font("Helvetica", "", 9)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(w - 20, 5, "Fenmoor House, Priory Road, Holme Market, PE38 4XQ  |  "
                        "www.fenmoor.gov.uk", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(10)
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(w, 6, "Notice of Meeting", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 21)
    pdf.multi_cell(w, 9.5, BODY, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    for label, value in (("Date:", DATE_LONG), ("Time:", TIME_PRINTED),
                         ("Venue:", VENUE)):
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(25, 7, label)
        pdf.set_font("Helvetica", "", 12)
        pdf.multi_cell(w - 25, 7, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(w, 7, "Membership:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 11)
    half = (len(MEMBERS) + 1) // 2
    y0 = pdf.get_y()
    for col, chunk in enumerate((MEMBERS[:half], MEMBERS[half:])):
        pdf.set_xy(pdf.l_margin + col * w / 2, y0)
        for name, role in chunk:
            pdf.set_x(pdf.l_margin + col * w / 2)
            text = f"Councillor {name}" + (f" ({role})" if role else "")
            pdf.cell(w / 2, 6, text, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_xy(pdf.l_margin, y0 + half * 6 + 4)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(w, 5.5, "Quorum: 4 Members. Substitute Members may attend in accordance "
                           "with Council Procedure Rule 4.", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_fill_color(235, 241, 245)
    y = pdf.get_y()
    pdf.rect(pdf.l_margin, y, w, 36, style="F")
    pdf.set_xy(pdf.l_margin + 4, y + 3)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(w - 8, 6, "For further information about this agenda, or to request it in "
                             "another format, please contact:", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    for text, style in ((f"{CONTACT[0]}, {CONTACT[1]}", "B"), (f"Tel: {CONTACT[2]}", ""),
                        (f"Email: {CONTACT[3]}", "")):
        pdf.set_x(pdf.l_margin + 4)
        pdf.set_font("Helvetica", style, 11)
        pdf.cell(w - 8, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y + 44)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(w, 6, f"Despatch date: {DESPATCH}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.cell(w, 6, CHIEF_EXEC, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(w, 6, "Chief Executive", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _public_info(pdf: _Pack) -> None:
    pdf.add_page()
    w = _w(pdf)
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(w, 9, "Information for the public", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    sections = [
        ("Attending the meeting",
         "Members of the public are welcome to attend this meeting, except during any part of "
         "it at which confidential or exempt information is considered (Part 2). Seating in "
         "the public gallery is limited and is available on a first come, first served basis."),
        ("Webcasting and recording",
         "This meeting will be filmed for live and subsequent broadcast on the Council's "
         "website. The whole of the meeting will be filmed, except where there are "
         "confidential or exempt items. The footage will be available for six months. By "
         "entering the Council Chamber and using the public seating area, you are consenting "
         "to being filmed and to the possible use of those images and sound recordings for "
         "webcasting and training purposes. If you do not wish to have your image captured, "
         "please sit in the marked area at the back of the Chamber."),
        ("Public questions",
         "Questions must be submitted in writing to Democratic Services by 12 noon three "
         "clear working days before the meeting. Each questioner may ask one supplementary "
         "question. Public question time will last no longer than 15 minutes."),
        ("Accessibility",
         "Fenmoor House has step-free access and a hearing loop is installed in the Council "
         "Chamber. If you need this agenda in large print, Braille, audio or another "
         "language, please contact Democratic Services."),
        ("Fire evacuation",
         "If the fire alarm sounds, please leave the building by the nearest exit and "
         "assemble in the car park at the front of Fenmoor House. Do not use the lifts."),
        ("Mobile phones",
         "Please ensure that mobile phones are switched to silent during the meeting."),
    ]
    for head, body in sections:
        pdf.set_font("Helvetica", "B", 11.5)
        pdf.cell(w, 7, head, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(w, 5.3, body, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)


def _pages_text(pages) -> str:
    if pages is None:
        return ""
    a, b = pages
    return str(a) if a == b else f"{a} - {b}"


def _agenda(pdf: _Pack, ranges: dict) -> None:
    pdf.add_page()
    w = _w(pdf)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(w, 9, "AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    num_w, pages_w = 12, 22
    title_w = w - num_w - pages_w
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(num_w + title_w, 6, "")
    pdf.cell(pages_w, 6, "Pages", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(w, 7, "PART 1 - PUBLIC", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    for number, title, desc, doc, part in AGENDA:
        pages = ranges.get(doc) if doc else None
        need = 8 + 5.2 * (len(desc) // 80 + 2)
        if pdf.get_y() + need > pdf.h - 22:
            pdf.add_page()
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(num_w + title_w, 6, "")
            pdf.cell(pages_w, 6, "Pages", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        if number == "10":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(w, 6, "PART 2 - EXEMPT ITEMS WHICH MAY BE CONSIDERED IN THE "
                                 "ABSENCE OF THE PRESS AND PUBLIC", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            pdf.ln(2)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(num_w, 6, number)
        pdf.multi_cell(title_w - 4, 6, title, align="L", new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
        y_after = pdf.get_y()
        if pages:
            pdf.set_xy(pdf.l_margin + num_w + title_w, y)
            pdf.set_font("Helvetica", "", 11)
            pdf.cell(pages_w, 6, _pages_text(pages), align="R")
        pdf.set_xy(pdf.l_margin + num_w, y_after + 1)
        pdf.set_font("Helvetica", "", 10.5)
        for para in desc.split("\n"):
            pdf.set_x(pdf.l_margin + num_w)
            pdf.multi_cell(title_w - 4, 5.2, para, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(5)


def _minutes(pdf: _Pack) -> None:
    pdf.add_page()
    pdf.page_offset = pdf.page_no() - 1
    pdf.layout["minutes_first"] = pdf.page_no()
    _stamp(pdf, "Agenda Item 4")
    w = _w(pdf)
    pdf.set_y(22)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(w, 6.5, BODY, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(w, 5.3, f"Minutes of the meeting held on {PREV_DATE_LONG} at {PREV_START} "
                           f"in the Council Chamber, Fenmoor House, Holme Market", align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    lab = 30

    def row(label: str, text: str) -> None:
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(lab, 5.3, label)
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(w - lab, 5.3, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)

    present = [f"{n}" + (f" ({r})" if r else "") for n, r in PREV_PRESENT]
    present.append(f"{PREV_SUBSTITUTE[0]} (substitute for Councillor {PREV_SUBSTITUTE[1]})")
    row("Present:", "Councillors " + ", ".join(present))
    row("Apologies:", "Councillor " + ", ".join(PREV_APOLOGIES))
    row("Also Present:", "; ".join(f"Councillor {n} ({r})" for n, r in PREV_ALSO))
    row("Officers:", "; ".join(f"{n} ({t})" for n, t in PREV_OFFICERS))
    pdf.ln(3)
    num_w = 12
    body_w = w - num_w
    for number, title, paras, _ in MINUTES:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(num_w, 6, number)
        pdf.multi_cell(body_w, 6, title.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        for para in paras:
            kind = para[0]
            pdf.set_x(pdf.l_margin + num_w)
            if kind == "p":
                pdf.set_font("Helvetica", "", 10.5)
                pdf.multi_cell(body_w, 5.3, para[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            elif kind == "res1":
                pdf.set_font("Helvetica", "B", 10.5)
                pdf.cell(pdf.get_string_width("RESOLVED: ") + 0.5, 5.3, "RESOLVED: ")
                pdf.set_font("Helvetica", "", 10.5)
                pdf.multi_cell(0, 5.3, para[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            elif kind == "res":
                pdf.set_font("Helvetica", "B", 10.5)
                pdf.multi_cell(body_w, 5.3, para[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_font("Helvetica", "", 10.5)
                for i, clause in enumerate(para[2], 1):
                    pdf.ln(1)
                    pdf.set_x(pdf.l_margin + num_w + 4)
                    pdf.cell(8, 5.3, f"({i})")
                    pdf.multi_cell(body_w - 12, 5.3, clause, new_x=XPos.LMARGIN,
                                   new_y=YPos.NEXT)
            elif kind == "vote":
                pdf.set_font("Helvetica", "", 10.5)
                pdf.multi_cell(body_w, 5.3, "A recorded vote having been requested in "
                                            "accordance with Council Procedure Rule 17.4, the "
                                            "voting was as follows:", new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
                for label, names in (("For", VOTE_FOR), ("Against", VOTE_AGAINST),
                                     ("Abstentions", VOTE_ABSTAIN)):
                    pdf.set_x(pdf.l_margin + num_w + 4)
                    pdf.set_font("Helvetica", "B", 10.5)
                    pdf.cell(30, 5.3, f"{label}:")
                    pdf.set_font("Helvetica", "", 10.5)
                    pdf.multi_cell(body_w - 34, 5.3, "Councillors " + ", ".join(
                        surname(n) for n in names) if len(names) > 1 else
                        "Councillor " + surname(names[0]), new_x=XPos.LMARGIN,
                        new_y=YPos.NEXT)
                pdf.ln(1)
                pdf.set_x(pdf.l_margin + num_w)
                pdf.multi_cell(body_w, 5.3, f"For {len(VOTE_FOR)}, Against "
                                            f"{len(VOTE_AGAINST)}, Abstentions "
                                            f"{len(VOTE_ABSTAIN)}. The motion was therefore "
                                            "CARRIED, and it was", new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
            pdf.ln(2.5)
        pdf.ln(3)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(w, 5.3, f"The meeting ended at {PREV_END}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(12)
    pdf.cell(w, 5.3, "Chair ............................................................",
             align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.cell(w, 5.3, "Date ............................................................",
             align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.layout["minutes_last"] = pdf.page_no()


def _report(pdf: _Pack) -> None:
    pdf.add_page()
    pdf.layout["report_first"] = pdf.page_no()
    _stamp(pdf, "Agenda Item 7")
    w = _w(pdf)
    pdf.set_y(20)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(w, 6, COUNCIL, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(w - 40, 5.5, f"{BODY}\n{DATE_LONG.replace('th', '', 1)}", align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(w, 7, "Housing Services Improvement Plan 2025-2027: Response to the "
                         "Regulator of Social Housing Inspection", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.ln(3)
    for label, value in REPORT_META:
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(38, 5.5, label)
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(w - 38, 5.5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(4)
    for sec, head, paras in REPORT:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(12, 6, f"{sec}.")
        pdf.cell(w - 12, 6, head, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        for i, para in enumerate(paras, 1):
            pdf.set_font("Helvetica", "", 10.5)
            pdf.cell(12, 5.3, f"{sec}.{i}")
            pdf.multi_cell(w - 12, 5.3, para, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(w, 6, "Appendices", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(w, 5.3, PLAN_TITLE.replace(" - ", ": "), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(w, 6, "Background Papers", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(w, 5.3, BACKGROUND_PAPERS, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.layout["report_last"] = pdf.page_no()


def _plan(pdf: _Pack) -> None:
    pdf.add_page(orientation="L")
    pdf.set_margins(12, 14, 12)
    pdf.set_auto_page_break(True, 18)
    pdf.set_y(14)
    first = pdf.page_no()
    w = _w(pdf)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(w, 7, PLAN_TITLE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(w, 5, "RAG status at 28 February 2025.  Green - on track;  Amber - at risk;  "
                   "Red - behind schedule;  Complete - action delivered.",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 9)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    head = FontFace(emphasis="BOLD", fill_color=(31, 78, 121), color=(255, 255, 255))
    banner = FontFace(emphasis="BOLD", fill_color=GREY)
    with pdf.table(col_widths=PLAN_WIDTHS, width=sum(PLAN_WIDTHS), line_height=4.4,
                   headings_style=head, repeat_headings=1, text_align="LEFT",
                   padding=1.2, v_align="TOP") as table:
        hr = table.row()
        for c in PLAN_COLUMNS:
            hr.cell(c)
        for theme, actions in PLAN:
            br = table.row()
            br.cell(theme, colspan=len(PLAN_COLUMNS), style=banner)
            for a in actions:
                r = table.row()
                for j, text in enumerate(a):
                    if j == 5:
                        r.cell(text, style=FontFace(fill_color=RAG_FILL[text]),
                               align="CENTER")
                    else:
                        r.cell(text)
    pdf.layout["plan_first"] = first
    pdf.layout["plan_last"] = pdf.page_no()
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)


def _work_programme(pdf: _Pack) -> None:
    pdf.add_page(orientation="P")
    pdf.layout["wp_page"] = pdf.page_no()
    _stamp(pdf, "Agenda Item 8")
    w = _w(pdf)
    pdf.set_y(22)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(w - 10, 6.5, WP_TITLE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(w, 5, "Items may be added to the programme by the Committee, or by the Chair "
                         "and Vice-Chair between meetings. Dates are provisional.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 9.5)
    head = FontFace(emphasis="BOLD", fill_color=GREY)
    with pdf.table(col_widths=WP_WIDTHS, width=sum(WP_WIDTHS), line_height=4.6,
                   headings_style=head, text_align="LEFT", padding=1.5,
                   v_align="TOP") as table:
        hr = table.row()
        for c in WP_COLUMNS:
            hr.cell(c)
        for rec in WP:
            r = table.row()
            for text in rec:
                r.cell(text)


def _pack_path(folder: Path) -> Path:
    return folder / "packs" / f"{SLUG}_{BODY_SLUG}_{DATE}_agenda-pack.pdf"


def _ranges(layout: dict) -> dict:
    """Printed page ranges of the included documents, from a first pass's layout."""
    off = layout["offset"]
    return {"minutes": (layout["minutes_first"] - off, layout["minutes_last"] - off),
            "report": (layout["report_first"] - off, layout["plan_last"] - off),
            "wp": (layout["wp_page"] - off, layout["wp_page"] - off)}


def _render(path: Path, ranges: dict | None = None) -> dict:
    """Two passes: the first finds where the documents fall, the second prints the ranges."""
    if ranges is None:
        first = _render(path, {"minutes": (88, 88), "report": (88, 88), "wp": (88, 88)})
        ranges = _ranges(first)
        layout = _render(path, ranges)
        assert _ranges(layout) == ranges, (layout, ranges)
        return layout
    pdf = _new()
    _front_sheet(pdf)
    _public_info(pdf)
    _agenda(pdf, ranges)
    _minutes(pdf)
    _report(pdf)
    _plan(pdf)
    _work_programme(pdf)
    pdf.layout["pages"] = pdf.page_no()
    pdf.layout["offset"] = pdf.page_offset
    pdf.output(str(path))
    return dict(pdf.layout)


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    path = _pack_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    _render(path)
    return [path]


# --------------------------------------------------------------------------- expected records

def _plan_rows() -> tuple[list[dict], list[dict]]:
    rows, groups = [], []
    for theme, actions in PLAN:
        first = len(rows)
        for a in actions:
            rows.append({"index": len(rows), "group": theme,
                         "cells": dict(zip(PLAN_COLUMNS, a))})
        groups.append({"title": theme, "first_index": first, "last_index": len(rows) - 1})
    return rows, groups


def gold() -> dict[str, dict]:
    """Expected records, keyed by '<subfolder>__<stem>'."""
    with tempfile.TemporaryDirectory() as tmp:
        layout = _render(Path(tmp) / "pack.pdf")
    ranges = _ranges(layout)
    path = _pack_path(Path("."))
    agenda = [{"number": n, "title": t,
               "pages": ({"first": ranges[d][0], "last": ranges[d][1]} if d else None),
               "part": part, "parent": None}
              for n, t, _, d, part in AGENDA]

    attendance = [{"name": n, "status": "present", **({"role": r} if r else {})}
                  for n, r in PREV_PRESENT]
    attendance.append({"name": PREV_SUBSTITUTE[0], "status": "substitute",
                       "substitute_for": PREV_SUBSTITUTE[1]})
    attendance += [{"name": n, "status": "apologies"} for n in PREV_APOLOGIES]
    attendance += [{"name": n, "status": "also_present", "role": r} for n, r in PREV_ALSO]
    attendance += [{"name": n, "status": "in_attendance", "role": t} for n, t in PREV_OFFICERS]

    rows, groups = _plan_rows()
    samples = [rows[i] for i in (0, 3, 5, 12, len(rows) - 1)]
    wp_rows = [{"index": i, "cells": dict(zip(WP_COLUMNS, r))} for i, r in enumerate(WP)]
    record = {
        "file": f"packs/{path.name}", "kind": "pack", "country": "UK",
        "notes": [
            "Printed page numbers ('Page 1' at the foot) start at the minutes, the first "
            f"included document (PDF page {layout['minutes_first']}); the front sheet, "
            "public information page and agenda carry no page number. Agenda 'pages' are the "
            "printed numbers.",
            f"Item 8's single page is printed as '{ranges['wp'][0]}' in the Pages column; "
            "given with first = last.",
            "Item 7's range covers the report and its Appendix A.",
            "Item descriptions under bold titles ('To receive apologies for absence.', "
            "'Report of the Director ...', the quoted exclusion resolution) are not items.",
            "Item 9 (Exclusion of the Press and Public) is printed before the 'PART 2 - EXEMPT "
            "ITEMS' heading and is public; items 10 and 11 are exempt. The 'PART 1 - PUBLIC' "
            "and 'PART 2 ...' headings are section banners, not items.",
            "The committee name wraps over two lines on the front sheet; the body is the "
            "committee, and the meeting date/time are the pack's meeting, not the date of the "
            "minutes inside the pack (14 January 2025, 6.00 pm to 7.42 pm).",
            "'Agenda Item 4/7/8' boxes stamped at the top right of the included documents "
            "are not items.",
            "The front-sheet membership list is not attendance; attendance is taken from the "
            "minutes of 14 January 2025 included as agenda item 4.",
            "Minute headings are printed in upper case; titles given here in title case "
            "(matching is case-insensitive). The minutes print no agenda item numbers, so "
            "agenda_item is null.",
            "Resolutions: 43 (1), 45 (one 'RESOLVED: That it be RECOMMENDED to Cabinet that:' "
            "with 3 numbered clauses, counted as 3), 46 (2 numbered clauses), 47 (1): 7 in "
            "all.",
            "The recorded vote in minute 46 names the voters by surname ('Councillors "
            "Pryce, Kettle, ...'); the substitute Cllr Varley voted.",
            "Apology in the minutes for Cllr Rackham, whose substitute was Cllr Varley; the "
            "Portfolio Holder (not a committee member) is also_present; officers are "
            "in_attendance with their job titles as role.",
            "Appendix A is landscape (PDF pages "
            f"{layout['plan_first']}-{layout['plan_last']}), ruled, with "
            "the header row repeated on each page; theme rows spanning all columns are groups, "
            "not data rows. The RAG cell is coloured and also carries its word.",
            "Table 'pages' are PDF page numbers (1-based), not the printed page numbers.",
            "The work programme on the last page is a second, one-page ruled table.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": "18:00",
                    "contact": {"name": CONTACT[0], "phone": CONTACT[2],
                                "email": CONTACT[3]}},
        "agenda": agenda,
        "minutes": {
            # added by the lead when the gold format gained minutes.meeting: the pack's minutes
            # are of the previous meeting, as printed over them
            "meeting": {"date": PREV_DATE, "start_time": "18:00", "end_time": "19:42"},
            "items": [{"number": n, "title": t, "agenda_item": None}
                      for n, t, _, _ in MINUTES],
            "resolutions": sum(r for *_, r in MINUTES),
            "resolutions_per_item": {n: r for n, _, _, r in MINUTES if r},
            "votes": [{
                "item": "46", "result": "carried",
                "counts": {"yes": len(VOTE_FOR), "no": len(VOTE_AGAINST),
                           "abstain": len(VOTE_ABSTAIN)},
                "voters": {"yes": VOTE_FOR, "no": VOTE_AGAINST, "abstain": VOTE_ABSTAIN},
                "motion": "That the recommendations in the report be supported",
                "mover": "Tom Ashby", "seconder": "Julia Marsh",
            }],
            "attendance": attendance,
        },
        "tables": [
            {"page": layout["plan_first"], "title": PLAN_TITLE, "columns": PLAN_COLUMNS,
             "row_count": len(rows),
             "pages": {"first": layout["plan_first"], "last": layout["plan_last"]},
             "groups": groups, "ruled": "full", "header_rows": 1,
             "rows": [{"index": r["index"], "cells": r["cells"]} for r in samples]},
            {"page": layout["wp_page"], "title": WP_TITLE, "columns": WP_COLUMNS,
             "row_count": len(WP), "pages": {"first": layout["wp_page"],
                                            "last": layout["wp_page"]},
             "ruled": "full", "header_rows": 1,
             "rows": [wp_rows[i] for i in (0, 3, 7)]},
        ],
    }
    return {f"packs__{path.stem}": record}

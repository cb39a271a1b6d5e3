"""Ballinvarra County Council (fictional, Ireland): Monthly Meeting of 14th July 2025.

Printed the way Irish county councils print under the Local Government Act 2001: a bilingual
letterhead, a notice from the Meetings Administrator with the Clár / Agenda (items 1, 2 ... with
sub-items 1(a) and 7.1), Section 183 notices as an appendix; the minutes with the Cathaoirleach,
attendance lists, minute numbers "CC 112/25" and two recorded votes; a one-page ruled Schedule
of Municipal District Works. Every name, place and figure is invented.

    python -m blindgen [FOLDER]        (from scripts/; every council, default out/generated)
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos

EPOCH = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
SLUG = "ballinvarra-coco"
BODY_SLUG = "monthly-meeting"
DATE = "2025-07-14"
DATE_LONG = "Monday, 14th July 2025"
TIME_PRINTED = "11.00 a.m."
END_PRINTED = "1.35 p.m."

COUNCIL = "Ballinvarra County Council"
COUNCIL_GA = "Comhairle Contae Bhaile an Bhearra"
ADDRESS = ["Áras an Chontae", "Bóthar na Trá", "Ballinvarra", "V47 KX29"]
PHONE = "(069) 555 0142"
EMAIL = "meetings@ballinvarracoco.ie"
WEB = "www.ballinvarracoco.ie"
ADMIN = "Siobhán Ní Mhurchú"
CE = "Ciarán Whelan"

AGENDA_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_agenda"
MINUTES_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_minutes"
PLAN_FILE = f"{SLUG}_carrigmoyle-md_2025-03-03_schedule-of-works"

# ---------------------------------------------------------------- agenda (the Clár)
# (number, title, parent, topics printed in italics under the item, bullets under the item)
AGENDA = [
    ("1", "Confirmation of Minutes", None, [], []),
    ("1(a)", "Monthly Meeting held on 9th June 2025", "1", [], []),
    ("1(b)", "Annual Meeting held on 20th June 2025", "1", [], []),
    ("2", "Matters Arising from the Minutes", None, [], []),
    ("3", "Votes of Sympathy and Congratulations", None, [], []),
    ("4", "Chief Executive's Monthly Management Report – June 2025", None,
     ["Report of the Chief Executive pursuant to Section 136(2) of the Local Government Act 2001 "
      "(circulated)."], []),
    ("5", "Disposal of Property – Section 183 of the Local Government Act 2001", None,
     ["To consider the following proposed disposals, notice of which is attached at Appendix A:"], []),
    ("5(a)", "Disposal of 0.142 hectares of land at Knockanure Lower, Ballinvarra to Mr Declan "
     "Hegarty for the sum of €18,500", "5", [], []),
    ("5(b)", "Disposal of dwelling house at 14 Ard na Gréine, Carrigmoyle to Ms Aoife Brannigan "
     "for the sum of €162,000", "5", [], []),
    ("5(c)", "Grant of lease of 0.85 hectares at Drumlahan Road, Carrigmoyle to Carrigmoyle "
     "Community Games CLG for 25 years at €1 per annum", "5", [], []),
    ("6", "Proposed Variation No. 3 to the Ballinvarra County Development Plan 2022–2028", None,
     ["To consider the Chief Executive's Report on submissions received, in accordance with "
      "Section 13 of the Planning and Development Act 2000 (as amended)."], []),
    ("7", "Housing", None, [], []),
    ("7.1", "Housing Delivery Programme – Progress Report Quarter 2, 2025", "7", [], []),
    ("7.2", "Proposed Development of 18 Social Housing Units at Church Road, Drumlahan – Part 8 "
     "of the Planning and Development Regulations 2001 (as amended)", "7",
     ["Report of the Chief Executive under Section 179(4) of the Planning and Development Act "
      "2000 (as amended)."], []),
    ("8", "Finance", None, [], []),
    ("8.1", "Report of the Head of Finance for the period ended 30th June 2025", "8", [], []),
    ("8.2", "Approval of Borrowing of €2,400,000 for the Carrigmoyle Town Park Regeneration "
     "Scheme – Section 106 of the Local Government Act 2001", "8", [], []),
    ("9", "Reports of Strategic Policy Committees and Corporate Policy Group", None, [], []),
    ("10", "Attendance at Conferences and Training", None,
     ["To approve the attendance of Members at the Autumn Training Seminar for Elected Members, "
      "Tullamore, 18th–19th September 2025."], []),
    ("11", "Correspondence", None, [],
     ["Letter dated 12th June 2025 from the Department of Housing, Local Government and Heritage "
      "re: Vacant Property Refurbishment Grant allocations.",
      "Letter dated 19th June 2025 from Kilcrohane Town Council, Co. Derrymore, re: rural "
      "transport services.",
      "Email dated 2nd July 2025 from the Ballinvarra Chamber of Commerce re: Carrigmoyle "
      "Christmas lighting scheme."]),
    ("12", "Notices of Motion", None, [], []),
    ("12.1", "Notice of Motion No. 21/2025 – Cllr Pádraig Ó Dálaigh", "12",
     ["“That Ballinvarra County Council calls on the Minister for Housing, Local Government and "
      "Heritage to increase the Housing Adaptation Grant for Older People and People with a "
      "Disability by not less than 30 per cent in 2026.”"], []),
    ("12.2", "Notice of Motion No. 22/2025 – Cllr Sinéad Gallagher", "12",
     ["“That Ballinvarra County Council introduces a 30 km/h speed limit on all public roads "
      "within 500 metres of a primary school in the county with effect from 1st September 2025.”"],
     []),
    ("12.3", "Notice of Motion No. 23/2025 – Cllr Rory Fennessy", "12",
     ["“That Ballinvarra County Council prepares a feasibility study for a greenway on the "
      "disused Carrigmoyle to Kilcrohane railway line.”"], []),
    ("13", "Questions", None, [], []),
    ("13.1", "Question No. 14/2025 – Cllr Bríd McInerney", "13",
     ["To ask the Chief Executive the number of applications received under the Vacant Property "
      "Refurbishment Grant in 2025 to date and the number approved."], []),
    ("13.2", "Question No. 15/2025 – Cllr Fergal Hanrahan", "13",
     ["To ask the Chief Executive when works will commence on the replacement of the footbridge "
      "at Glenaskeagh."], []),
    ("13.3", "Question No. 16/2025 – Cllr Úna Breathnach", "13",
     ["To ask the Chief Executive for an update on the provision of Irish-language signage at "
      "Áras an Chontae."], []),
    ("14", "Any Other Business", None, ["(with the permission of the Cathaoirleach)"], []),
]

# Section 183 notices printed as Appendix A of the agenda (label / value rows, not items)
S183 = [
    [("Property", "Plot of land (unregistered), Knockanure Lower, Ballinvarra"),
     ("Area", "0.142 hectares (0.351 acres)"),
     ("Person from whom acquired", "Ballinvarra County Council (acquired from Ms Kathleen Roche, 1978)"),
     ("Person to whom disposed", "Mr Declan Hegarty, Knockanure Lower, Ballinvarra"),
     ("Consideration", "€18,500"),
     ("Conditions", "Purchaser to pay the Council's legal costs and to erect a stock-proof boundary")],
    [("Property", "Dwelling house at 14 Ard na Gréine, Carrigmoyle (Folio BV21874F)"),
     ("Area", "0.031 hectares"),
     ("Person from whom acquired", "Ardmore Homes Limited (acquired 2009)"),
     ("Person to whom disposed", "Ms Aoife Brannigan, the tenant, under the Tenant (Incremental) "
      "Purchase Scheme"),
     ("Consideration", "€162,000"),
     ("Conditions", "Subject to the incremental purchase charge and the terms of the Scheme")],
    [("Property", "Playing pitch and amenity lands at Drumlahan Road, Carrigmoyle"),
     ("Area", "0.85 hectares (2.10 acres)"),
     ("Person from whom acquired", "Representatives of the late Mr Martin Keyes (acquired 1994)"),
     ("Person to whom disposed", "Carrigmoyle Community Games CLG"),
     ("Consideration", "€1 per annum, for a term of 25 years"),
     ("Conditions", "Lands to be used for community sport and recreation only; lessee to insure")],
]

# ---------------------------------------------------------------- people
CATHAOIRLEACH = "Máire Uí Bhriain"
LEAS = "Declan Furlong"
MEMBERS_PRESENT = [  # printed under "Members Present:" (Cathaoirleach and Leas printed apart)
    "Úna Breathnach", "Noel Brennan", "Tom Costigan", "John Paul Culhane", "Catherine Dowling",
    "Gerard Doyle", "Sinéad Gallagher", "Fergal Hanrahan", "Liam Kavanagh", "Kieran Lynch",
    "Seán Mac Giolla Rua", "Bríd McInerney", "Aisling Moriarty", "Pádraig Ó Dálaigh",
    "Michael Phelan", "Deirdre Quilty", "Patrick Sheahan", "Orla Tierney",
]
APOLOGIES = ["Eileen Conroy", "Rory Fennessy"]
OFFICIALS = [  # (honorific, name, title as printed)
    ("Mr", CE, "Chief Executive"),
    ("Ms", "Gráinne Fitzpatrick", "Director of Services, Housing and Community"),
    ("Mr", "Tomás Rafferty", "Director of Services, Planning and Economic Development"),
    ("Mr", "Hugh Cassidy", "Director of Services, Roads and Transportation"),
    ("Ms", "Niamh Corrigan", "Head of Finance"),
    ("Mr", "Brian Tobin", "Senior Executive Officer, Property Management"),
    ("Ms", "Clodagh Nestor", "Senior Planner"),
    ("Ms", ADMIN, "Meetings Administrator"),
]

VOTE_VARIATION = {
    "item": "CC 119/25", "result": "carried",
    "yes": [CATHAOIRLEACH, LEAS, "Noel Brennan", "Tom Costigan", "John Paul Culhane", "Catherine Dowling",
            "Gerard Doyle", "Fergal Hanrahan", "Liam Kavanagh", "Kieran Lynch", "Bríd McInerney",
            "Aisling Moriarty", "Michael Phelan", "Orla Tierney"],
    "no": ["Sinéad Gallagher", "Seán Mac Giolla Rua", "Pádraig Ó Dálaigh", "Deirdre Quilty",
           "Patrick Sheahan"],
    "abstain": ["Úna Breathnach"],
    "motion": "That Variation No. 3 be made as recommended in the Chief Executive's Report",
    "mover": LEAS, "seconder": "Tom Costigan",
}
VOTE_SPEED = {
    "item": "CC 128/25", "result": "lost",
    "yes": ["Úna Breathnach", "Sinéad Gallagher", "Seán Mac Giolla Rua", "Aisling Moriarty",
            "Pádraig Ó Dálaigh", "Deirdre Quilty", "Patrick Sheahan", "Orla Tierney"],
    "no": [CATHAOIRLEACH, LEAS, "Noel Brennan", "Tom Costigan", "Catherine Dowling", "Gerard Doyle",
           "Fergal Hanrahan", "Liam Kavanagh", "Bríd McInerney", "Michael Phelan"],
    "abstain": ["John Paul Culhane"],
    "motion": "Notice of Motion No. 22/2025 (30 km/h speed limit near primary schools)",
    "mover": "Sinéad Gallagher", "seconder": "Deirdre Quilty",
}

# ---------------------------------------------------------------- minutes
# Blocks: ("p", text) paragraph; ("sub", text) underlined sub-heading; ("res", lead, text) a
# resolution (lead-in paragraph + indented italic resolution, or inline when text is None);
# ("vote_table", vote) / ("vote_list", vote) a recorded vote; ("bul", [..]) bullets.
MINUTES = [
    ("CC 112/25", "Confirmation of Minutes", "1", [
        ("sub", "(a) Monthly Meeting held on 9th June 2025"),
        ("res", "On the proposal of Cllr Liam Kavanagh, seconded by Cllr Orla Tierney, it was resolved "
         "that the minutes of the Monthly Meeting held on 9th June 2025 be confirmed and signed.", None),
        ("sub", "(b) Annual Meeting held on 20th June 2025"),
        ("res", "On the proposal of Cllr Michael Phelan, seconded by Cllr Aisling Moriarty, it was "
         "resolved that the minutes of the Annual Meeting held on 20th June 2025 be confirmed and "
         "signed.", None),
    ]),
    ("CC 113/25", "Matters Arising from the Minutes", "2", [
        ("p", "Cllr Fergal Hanrahan asked for an update on the drainage works at Glenaskeagh Cross "
         "raised at the June meeting. Mr Hugh Cassidy, Director of Services, advised that the "
         "works are programmed for August 2025."),
    ]),
    ("CC 114/25", "Votes of Sympathy and Congratulations", "3", [
        ("p", "The Members extended votes of sympathy to the following:"),
        ("bul", ["The family of the late Mrs Nora Costigan, Ballyfinnane, mother of Cllr Tom Costigan.",
                 "The family of the late Mr Jim Kiely, former Town Clerk of Carrigmoyle."]),
        ("p", "The Cathaoirleach, on behalf of the Members, congratulated the Drumlahan GAA minor "
         "team on winning the Munster Minor B Football Championship."),
    ]),
    ("CC 115/25", "Chief Executive's Monthly Management Report – June 2025", "4", [
        ("p", "The report of the Chief Executive, circulated in accordance with Section 136(2) of the "
         "Local Government Act 2001, was noted. Cllrs Pádraig Ó Dálaigh, Sinéad Gallagher and "
         "Catherine Dowling raised matters concerning housing voids, the rural water programme and "
         "library opening hours. The Chief Executive responded to the queries raised."),
    ]),
    ("CC 116/25", "Disposal of Property – Section 183 – Knockanure Lower, Ballinvarra", "5(a)", [
        ("res", "On the proposal of Cllr Gerard Doyle, seconded by Cllr Noel Brennan, it was resolved:",
         "That the disposal of 0.142 hectares of land at Knockanure Lower, Ballinvarra to Mr Declan "
         "Hegarty for the sum of €18,500, in accordance with the notice under Section 183 of the Local "
         "Government Act 2001 circulated to the Members on 4th July 2025, be approved."),
    ]),
    ("CC 117/25", "Disposal of Property – Section 183 – 14 Ard na Gréine, Carrigmoyle", "5(b)", [
        ("res", "On the proposal of Cllr Bríd McInerney, seconded by Cllr John Paul Culhane, it was "
         "resolved:",
         "That the disposal of the dwelling house at 14 Ard na Gréine, Carrigmoyle to Ms Aoife "
         "Brannigan for the sum of €162,000 under the Tenant (Incremental) Purchase Scheme, in "
         "accordance with the notice under Section 183 of the Local Government Act 2001, be approved."),
    ]),
    ("CC 118/25", "Disposal of Property – Section 183 – Lease at Drumlahan Road, Carrigmoyle", "5(c)", [
        ("p", "Mr Brian Tobin, Senior Executive Officer, outlined the terms of the proposed lease. "
         "Cllr Seán Mac Giolla Rua welcomed the proposal."),
        ("res", "On the proposal of Cllr Seán Mac Giolla Rua, seconded by Cllr Catherine Dowling, it "
         "was resolved:",
         "That the grant of a lease of 0.85 hectares at Drumlahan Road, Carrigmoyle to Carrigmoyle "
         "Community Games CLG for a term of 25 years at €1 per annum, in accordance with the notice "
         "under Section 183 of the Local Government Act 2001, be approved."),
    ]),
    ("CC 119/25", "Proposed Variation No. 3 to the Ballinvarra County Development Plan 2022–2028", "6", [
        ("p", "Ms Clodagh Nestor, Senior Planner, presented the Chief Executive's Report dated 20th "
         "June 2025 on the 41 submissions received during the public consultation on the proposed "
         "Variation, which rezones 6.4 hectares at Carrigmoyle West from Agriculture to Enterprise "
         "and Employment."),
        ("p", "Cllrs Sinéad Gallagher and Deirdre Quilty expressed concern regarding traffic on the "
         "L-4012 and asked that the matter be deferred. Cllr Declan Furlong, seconded by Cllr Tom "
         "Costigan, proposed that the Variation be made as recommended in the Chief Executive's "
         "Report. A recorded vote was called for, the result of which was as follows:"),
        ("vote_table", VOTE_VARIATION),
        ("res", "The Cathaoirleach declared the proposal carried and it was resolved:",
         "That Ballinvarra County Council, having considered the proposed Variation No. 3 and the "
         "Chief Executive's Report thereon, hereby makes Variation No. 3 to the Ballinvarra County "
         "Development Plan 2022–2028 in accordance with Section 13 of the Planning and Development "
         "Act 2000 (as amended)."),
    ]),
    ("CC 120/25", "Housing Delivery Programme – Progress Report Quarter 2, 2025", "7.1", [
        ("p", "Ms Gráinne Fitzpatrick, Director of Services, presented the report. 63 new social homes "
         "were delivered in the first half of 2025 against a target of 118 for the year. The report "
         "was noted."),
    ]),
    ("CC 121/25", "Part 8 – 18 Social Housing Units at Church Road, Drumlahan", "7.2", [
        ("p", "The Members considered the report of the Chief Executive under Section 179(4) of the "
         "Planning and Development Act 2000 (as amended). Nine submissions were received."),
        ("res", "On the proposal of Cllr Aisling Moriarty, seconded by Cllr Kieran Lynch, it was resolved:",
         "That the proposed development of 18 social housing units at Church Road, Drumlahan be "
         "carried out as recommended in the report of the Chief Executive dated 27th June 2025."),
    ]),
    ("CC 122/25", "Report of the Head of Finance for the period ended 30th June 2025", "8.1", [
        ("p", "Ms Niamh Corrigan, Head of Finance, presented the report. Revenue expenditure to 30th "
         "June 2025 was €61.8m, 49.2 per cent of the adopted budget. The report was noted."),
    ]),
    ("CC 123/25", "Approval of Borrowing – Carrigmoyle Town Park Regeneration Scheme", "8.2", [
        ("res", "On the proposal of Cllr Catherine Dowling, seconded by Cllr Michael Phelan, it was "
         "resolved:",
         "That Ballinvarra County Council approves, pursuant to Section 106 of the Local Government "
         "Act 2001, borrowing of €2,400,000 from the Housing Finance Agency for the Carrigmoyle Town "
         "Park Regeneration Scheme, subject to the sanction of the Minister."),
    ]),
    ("CC 124/25", "Reports of Strategic Policy Committees and Corporate Policy Group", "9", [
        ("p", "The reports of the Transportation SPC meeting of 11th June 2025 and the Corporate "
         "Policy Group meeting of 7th July 2025 were noted."),
    ]),
    ("CC 125/25", "Attendance at Conferences and Training", "10", [
        ("res", "On the proposal of Cllr Orla Tierney, seconded by Cllr Noel Brennan, it was resolved:",
         "That the attendance of Cllrs Úna Breathnach, Fergal Hanrahan and Deirdre Quilty at the "
         "Autumn Training Seminar for Elected Members, Tullamore, 18th–19th September 2025 be approved."),
        ("p", "Cllr Kieran Lynch left the meeting at 12.40 p.m."),
    ]),
    ("CC 126/25", "Correspondence", "11", [
        ("p", "The correspondence listed on the Clár was noted."),
    ]),
    ("CC 127/25", "Notice of Motion No. 21/2025 – Cllr Pádraig Ó Dálaigh", "12.1", [
        ("p", "Cllr Pádraig Ó Dálaigh moved the motion, which was seconded by Cllr Úna Breathnach. "
         "Ms Gráinne Fitzpatrick noted that the Council's 2025 allocation of €3.1m was fully committed."),
        ("res", "Following discussion, it was resolved:",
         "That Ballinvarra County Council calls on the Minister for Housing, Local Government and "
         "Heritage to increase the Housing Adaptation Grant for Older People and People with a "
         "Disability by not less than 30 per cent in 2026."),
    ]),
    ("CC 128/25", "Notice of Motion No. 22/2025 – Cllr Sinéad Gallagher", "12.2", [
        ("p", "Cllr Sinéad Gallagher moved the motion, which was seconded by Cllr Deirdre Quilty. "
         "Mr Hugh Cassidy, Director of Services, stated that special speed limits are a reserved "
         "function under the Road Traffic Act 2004 and require a public consultation, and that a "
         "county-wide review will be presented to the Members in November 2025. A vote was called "
         "for, with the following result:"),
        ("vote_list", VOTE_SPEED),
        ("p", "The Cathaoirleach declared the motion lost."),
    ]),
    ("CC 129/25", "Notice of Motion No. 23/2025 – Cllr Rory Fennessy", "12.3", [
        ("p", "In the absence of Cllr Rory Fennessy, the motion stands deferred to the September "
         "meeting in accordance with Standing Orders."),
    ]),
    ("CC 130/25", "Questions", "13", [
        ("p", "Written replies to Questions No. 14/2025, 15/2025 and 16/2025 were circulated to the "
         "Members and noted."),
    ]),
    ("CC 131/25", "Any Other Business", "14", [
        ("p", "Cllr Orla Tierney thanked the Carrigmoyle Municipal District staff for the works "
         "carried out ahead of the Carrigmoyle Summer Festival."),
    ]),
]

# ---------------------------------------------------------------- schedule of works (plan)
PLAN_TITLE = "Schedule of Municipal District Works 2025 – Carrigmoyle Municipal District"
PLAN_HEAD = [("Ref.",), ("Road No.",), ("Location",), ("Description of Works",),
             ("Length", "(m)"), ("Est. Cost", "(€)"), ("Funding", "Source")]
PLAN_WIDTHS = [18, 22, 54, 88, 22, 30, 43]
PLAN_GROUPS = [
    ("Restoration Improvement (RI)", [
        ("RI-01", "L-4012", "Knockanure Upper", "Road overlay and drainage improvements", "1,250", "96,000",
         "RI Grant"),
        ("RI-02", "L-4018", "Carrigmoyle West", "Surface restoration and kerbing", "860", "71,500", "RI Grant"),
        ("RI-03", "R-588", "Drumlahan Cross", "Strengthening overlay, road markings", "1,700", "188,000",
         "RI Grant"),
        ("RI-04", "L-6203", "Glenaskeagh", "Drainage, surface dressing", "940", "54,200", "RI Grant"),
        ("RI-05", "L-6211", "Ballyfinnane North", "Road overlay", "1,120", "83,000", "RI Grant"),
    ]),
    ("Restoration Maintenance (RM)", [
        ("RM-01", "L-4025", "Coolnahorna", "Surface dressing (double seal)", "2,400", "38,400", "RM Grant"),
        ("RM-02", "L-4031", "Kilgarvan Beg", "Surface dressing (single seal)", "1,850", "22,900", "RM Grant"),
        ("RM-03", "L-6240", "Rathcoole East", "Surface dressing (double seal)", "2,050", "32,800",
         "RM Grant"),
        ("RM-04", "L-6255", "Ardmore Lower", "Patching and surface dressing", "1,300", "19,500", "RM Grant"),
    ]),
    ("Local Improvement Scheme (LIS)", [
        ("LIS-01", "Private", "Tooreen Lane", "Private lane – overlay (4 households)", "420", "31,600",
         "LIS / Own Resources"),
        ("LIS-02", "Private", "Cnoc na Móna", "Private lane – drainage and overlay", "380", "28,750",
         "LIS / Own Resources"),
    ]),
    ("Footpaths and Active Travel", [
        ("FP-01", "R-588", "Main Street, Carrigmoyle", "Footpath renewal (north side)", "310", "118,000",
         "Active Travel"),
        ("FP-02", "L-4018", "Church Road, Drumlahan", "New footpath and public lighting", "450", "164,000",
         "Active Travel"),
        ("FP-03", "L-4012", "Scoil Naomh Bríd, Knockanure", "School zone, raised crossing", "120", "46,500",
         "Safe Routes to School"),
        ("FP-04", "N/A", "Carrigmoyle Town Park", "Shared path (phase 1)", "600", "212,000",
         "Active Travel"),
    ]),
]
PLAN_COLUMNS = [" / ".join(h) for h in PLAN_HEAD]


# ---------------------------------------------------------------- rendering
class Doc(FPDF):
    def __init__(self, footer_left: str, running_head: str | None = None, orientation: str = "P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_creation_date(EPOCH)
        self.set_author(COUNCIL)
        self.set_creator("Meetings Administration")
        self.footer_left = footer_left
        self.running_head = running_head
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=22)

    def header(self):
        if self.page_no() > 1 and self.running_head:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 10)
            self.cell(self.epw, 4, self.running_head, align="R")
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, 15, self.w - self.r_margin, 15)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)
            self.set_y(20)

    def footer(self):
        self.set_y(-15)
        self.set_draw_color(0, 102, 68)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_draw_color(0, 0, 0)
        self.set_font("Helvetica", "", 8)
        self.cell(self.epw / 2, 5, self.footer_left)
        self.cell(self.epw / 2, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def letterhead(pdf: Doc, compact: bool = False) -> None:
    """Crest, bilingual council name, address block on the right, a green rule."""
    top = 12
    pdf.set_draw_color(0, 102, 68)
    pdf.set_fill_color(0, 102, 68)
    pdf.set_line_width(0.6)
    pdf.ellipse(20, top, 16, 16)
    pdf.polygon([(24, top + 11), (28, top + 4), (32, top + 11)], style="F")
    pdf.set_line_width(0.2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(0, 102, 68)
    pdf.set_xy(40, top + 1)
    pdf.cell(95, 6, COUNCIL_GA.upper())
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(40, top + 7)
    pdf.cell(95, 7, COUNCIL.upper())
    pdf.set_text_color(0, 0, 0)
    if not compact:
        pdf.set_font("Helvetica", "", 8)
        lines = ADDRESS + [f"Tel: {PHONE}", WEB]
        for i, line in enumerate(lines):
            pdf.set_xy(140, top + i * 3.6)
            pdf.cell(50, 3.6, line, align="R")
        rule = top + len(lines) * 3.6 + 2
    else:
        rule = top + 19
    pdf.set_draw_color(0, 102, 68)
    pdf.set_line_width(0.8)
    pdf.line(20, rule, 190, rule)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(rule + 5)


def para(pdf: Doc, x: float, text: str, style: str = "", size: float = 10, lh: float = 5,
         after: float = 2, align: str = "J", w: float | None = None) -> None:
    pdf.set_font("Times" if style == "TI" else "Helvetica", "I" if style == "TI" else style, size)
    pdf.set_x(x)
    pdf.multi_cell(w or (190 - x), lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


def lines_needed(pdf: Doc, w: float, lh: float, text: str) -> float:
    out = pdf.multi_cell(w, lh, text, dry_run=True, output=MethodReturnValue.LINES)
    return len(out) * lh


def keep(pdf: Doc, height: float) -> None:
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def numbered(pdf: Doc, x_num: float, x_text: float, number: str, title: str, style: str,
             size: float) -> None:
    """A number in its own column and a wrapped title beside it."""
    pdf.set_font("Helvetica", style, size)
    lh = size * 0.5
    keep(pdf, lines_needed(pdf, 190 - x_text, lh, title) + 6)
    y = pdf.get_y()
    pdf.set_xy(x_num, y)
    pdf.cell(x_text - x_num, lh, number)
    pdf.set_xy(x_text, y)
    pdf.multi_cell(190 - x_text, lh, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def build_agenda(path: Path) -> None:
    pdf = Doc(f"{COUNCIL} – Clár / Agenda – {DATE_LONG}",
              running_head=f"Clár – Monthly Meeting – {DATE_LONG}")
    pdf.set_title(f"Clár - Monthly Meeting {DATE}")
    pdf.add_page()
    letterhead(pdf)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(85, 5, "Ref: MA/CC/07/2025")
    pdf.cell(85, 5, "4th July 2025", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    para(pdf, 20, "Do gach Ball de Chomhairle Contae Bhaile an Bhearra", "B", after=0)
    para(pdf, 20, "To each Member of Ballinvarra County Council", "B", after=4)
    para(pdf, 20, "A Chomhairleoir, a chara,", after=3)
    para(pdf, 20, f"You are hereby requested to attend the Monthly Meeting of {COUNCIL} which will be "
         f"held in the Council Chamber, Áras an Chontae, Ballinvarra, on {DATE_LONG} at {TIME_PRINTED} "
         "The business to be transacted at the meeting is set out in the Clár below.", after=3)
    para(pdf, 20, "Members are reminded that Notices of Motion and Questions for the September meeting "
         "must be received by the Meetings Administrator not later than 12 noon on Monday, 25th August "
         "2025, in accordance with Standing Orders.", after=4)
    para(pdf, 20, "Is mise le meas,", after=2)
    pdf.set_font("Times", "I", 15)
    pdf.cell(0, 7, ADMIN, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    para(pdf, 20, ADMIN, "B", after=0)
    para(pdf, 20, "Meetings Administrator", after=0)
    para(pdf, 20, f"Tel: {PHONE}   Email: {EMAIL}", size=9, after=6)

    pdf.set_font("Helvetica", "B", 15)
    pdf.set_fill_color(226, 239, 232)
    pdf.cell(0, 9, "CLÁR  /  AGENDA", align="C", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    para(pdf, 20, f"Monthly Meeting – {DATE_LONG} at {TIME_PRINTED} – Council Chamber", "I", size=10,
         align="C", after=5)
    for number, title, parent, topics, bullets in AGENDA:
        if parent is None:
            pdf.ln(1.5)
            numbered(pdf, 20, 32, f"{number}.", title, "B", 11)
            x_sub = 32
        else:
            numbered(pdf, 32, 46, number, title, "", 10.5)
            x_sub = 46
        for topic in topics:
            para(pdf, x_sub, topic, "TI", size=10.5, lh=5, after=0.5)
        for bullet in bullets:
            pdf.set_font("Helvetica", "", 10)
            keep(pdf, 10)
            y = pdf.get_y()
            pdf.set_xy(x_sub, y)
            pdf.cell(5, 5, "•")
            para(pdf, x_sub + 5, bullet, after=0.5)
        pdf.ln(1.5)

    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "APPENDIX A", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    para(pdf, 20, "Notices of Proposed Disposal of Property under Section 183 of the Local Government "
         "Act 2001", "B", size=11, after=3)
    for i, rows in enumerate(S183):
        keep(pdf, 62)
        pdf.set_fill_color(235, 235, 235)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 6.5, f"  Notice {'ABC'[i]} – {rows[0][1]}", fill=True, border=1,
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
        para(pdf, 20, "In accordance with Section 183 of the Local Government Act 2001, notice is hereby "
             f"given that {COUNCIL} proposes to dispose of the property described hereunder:", size=9.5,
             lh=4.5, after=1.5)
        for label, value in rows:
            pdf.set_font("Helvetica", "B", 9.5)
            y = pdf.get_y()
            pdf.set_xy(24, y)
            pdf.cell(52, 4.8, f"{label}:")
            para(pdf, 76, value, size=9.5, lh=4.8, after=0.4, align="L")
        pdf.ln(1)
        para(pdf, 24, f"{CE}, Chief Executive", "I", size=9.5, after=5)
    pdf.output(str(path))


def person_grid(pdf: Doc, x: float, names: list[str], cols: int = 2, lh: float = 5) -> None:
    width = (190 - x) / cols
    rows = (len(names) + cols - 1) // cols
    pdf.set_font("Helvetica", "", 10)
    y = pdf.get_y()
    for i, name in enumerate(names):  # column by column, as rolls are printed
        c, r = divmod(i, rows)
        pdf.set_xy(x + c * width, y + r * lh)
        pdf.cell(width, lh, f"Cllr {name}")
    pdf.set_xy(pdf.l_margin, y + rows * lh + 2)


def label_row(pdf: Doc, label: str, value: str | None = None) -> None:
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.set_xy(20, y)
    pdf.cell(42, 5, label)
    pdf.set_xy(62, y)
    if value is not None:
        para(pdf, 62, value, after=1.5, align="L")


def vote_table(pdf: Doc, vote: dict) -> None:
    heads = [("For", vote["yes"]), ("Against", vote["no"]), ("Abstain", vote["abstain"])]
    x0, w, lh = 46, 48, 4.8
    depth = max(len(names) for _, names in heads)
    keep(pdf, 8 + depth * lh + 6)
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_fill_color(226, 239, 232)
    for i, (head, names) in enumerate(heads):
        pdf.set_xy(x0 + i * w, pdf.get_y())
        pdf.cell(w, 6.5, f"{head}: ({len(names)})", border=1, fill=True, align="C")
    top = pdf.get_y() + 6.5
    pdf.set_font("Helvetica", "", 9.5)
    for i, (_, names) in enumerate(heads):
        pdf.rect(x0 + i * w, top, w, depth * lh + 2)
        for r, name in enumerate(names):
            pdf.set_xy(x0 + i * w + 2, top + 1 + r * lh)
            pdf.cell(w - 4, lh, f"Cllr {name}")
    pdf.set_xy(pdf.l_margin, top + depth * lh + 5)


def vote_list(pdf: Doc, vote: dict) -> None:
    for head, key in (("For", "yes"), ("Against", "no"), ("Abstain", "abstain")):
        names = vote[key]
        text = ("Cllrs " if len(names) > 1 else "Cllr ") + ", ".join(names) + "."
        pdf.set_font("Helvetica", "B", 10)
        keep(pdf, 12)
        y = pdf.get_y()
        pdf.set_xy(52, y)
        pdf.cell(26, 5, f"{head}: ({len(names)})")
        para(pdf, 78, text, after=1.5, align="L")
    pdf.ln(1)


def build_minutes(path: Path) -> None:
    pdf = Doc(f"Minutes – Monthly Meeting – {DATE_LONG}", running_head=f"{COUNCIL} – Miontuairiscí / Minutes")
    pdf.set_title(f"Minutes - Monthly Meeting {DATE}")
    pdf.add_page()
    letterhead(pdf, compact=True)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "MIONTUAIRISCÍ / MINUTES", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    para(pdf, 20, f"Minutes of the Monthly Meeting of {COUNCIL} held in the Council Chamber, Áras an "
         f"Chontae, Ballinvarra, on {DATE_LONG} at {TIME_PRINTED}", "B", size=10.5, align="C", after=5)

    label_row(pdf, "Cathaoirleach:", f"Cllr {CATHAOIRLEACH} (presiding)")
    label_row(pdf, "Leas-Chathaoirleach:", f"Cllr {LEAS}")
    label_row(pdf, "Members Present:")
    person_grid(pdf, 62, MEMBERS_PRESENT)
    label_row(pdf, "Apologies:", ", ".join(f"Cllr {n}" for n in APOLOGIES))
    label_row(pdf, "Officials Present:")
    for honorific, name, title in OFFICIALS:
        para(pdf, 62, f"{honorific} {name}, {title}", after=0.3, align="L")
    pdf.ln(3)
    pdf.set_draw_color(150, 150, 150)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(4)

    for number, title, _agenda, blocks in MINUTES:
        numbered(pdf, 20, 46, number, title, "B", 10.5)
        pdf.ln(1.5)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                para(pdf, 46, block[1])
            elif kind == "sub":
                pdf.set_font("Helvetica", "U", 10)
                keep(pdf, 16)
                pdf.set_x(46)
                pdf.cell(0, 5, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)
            elif kind == "res":
                _, lead, text = block
                para(pdf, 46, lead, after=1.5 if text else 2)
                if text:
                    para(pdf, 54, text, "TI", size=11, lh=5, after=2.5, w=128)
            elif kind == "bul":
                for bullet in block[1]:
                    pdf.set_font("Helvetica", "", 10)
                    pdf.set_xy(50, pdf.get_y())
                    pdf.cell(5, 5, "-")
                    para(pdf, 55, bullet, after=0.5, align="L")
                pdf.ln(1.5)
            elif kind == "vote_table":
                vote_table(pdf, block[1])
            elif kind == "vote_list":
                vote_list(pdf, block[1])
        pdf.ln(2.5)

    para(pdf, 20, f"The meeting concluded at {END_PRINTED}", "B", after=12)
    keep(pdf, 30)
    pdf.set_font("Helvetica", "", 10)
    for label in ("Signed:", "Date:"):
        pdf.cell(20, 6, label)
        pdf.cell(70, 6, "_" * 32)
        pdf.ln(9)
    pdf.set_x(40)
    pdf.cell(70, 5, "Cathaoirleach", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


def build_plan(path: Path) -> None:
    pdf = Doc("Carrigmoyle Municipal District – Roads Programme 2025", orientation="L")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_title(PLAN_TITLE)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_text_color(0, 102, 68)
    pdf.cell(0, 4.5, f"{COUNCIL_GA}  |  {COUNCIL}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, PLAN_TITLE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(0, 5, "As adopted by the Members of Carrigmoyle Municipal District on Monday, 3rd March 2025 "
             "(Section 103 of the Local Government Act 2001).", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    x0, y = pdf.l_margin, pdf.get_y()
    pdf.set_fill_color(0, 102, 68)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 9)
    x = x0
    for head, w in zip(PLAN_HEAD, PLAN_WIDTHS):
        pdf.rect(x, y, w, 10, style="DF")
        for j, part in enumerate(head):
            offset = 1 if len(head) == 2 else 3
            pdf.set_xy(x, y + offset + j * 4)
            pdf.cell(w, 4, part, align="C" if len(head) == 2 else "L")
        x += w
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x0, y + 10)
    total = 0
    rh = 6.4
    pdf.c_margin = 2
    for group, rows in PLAN_GROUPS:
        pdf.set_font("Helvetica", "B", 9)
        pdf.set_fill_color(226, 239, 232)
        pdf.cell(sum(PLAN_WIDTHS), rh, f" {group}", border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "", 9)
        for row in rows:
            for i, (cell, w) in enumerate(zip(row, PLAN_WIDTHS)):
                pdf.cell(w, rh, cell, border=1, align="R" if i in (4, 5) else "L")
            pdf.ln(rh)
            total += int(row[5].replace(",", ""))
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, f"Total estimated expenditure 2025: €{total:,}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 5, "Programme subject to grant allocations from the Department of Transport and to "
             "weather conditions. Enquiries: Carrigmoyle Municipal District Office, Tel: (069) 555 0871.",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    targets = [
        (folder / "agendas" / f"{AGENDA_FILE}.pdf", build_agenda),
        (folder / "minutes" / f"{MINUTES_FILE}.pdf", build_minutes),
        (folder / "plans" / f"{PLAN_FILE}.pdf", build_plan),
    ]
    written = []
    for path, make in targets:
        path.parent.mkdir(parents=True, exist_ok=True)
        make(path)
        written.append(path)
    return written


# ---------------------------------------------------------------- gold
def _meeting() -> dict:
    return {"body": COUNCIL, "meeting_type": "Monthly Meeting", "date": DATE, "start_time": "11:00"}


def _vote_gold(vote: dict) -> dict:
    return {
        "item": vote["item"], "result": vote["result"],
        "counts": {"yes": len(vote["yes"]), "no": len(vote["no"]), "abstain": len(vote["abstain"])},
        "voters": {"yes": list(vote["yes"]), "no": list(vote["no"]), "abstain": list(vote["abstain"])},
        "motion": vote["motion"], "mover": vote["mover"], "seconder": vote["seconder"],
    }


def gold() -> dict[str, dict]:
    agenda_items = []
    for number, title, parent, topics, bullets in AGENDA:
        item = {"number": number, "title": title, "pages": None, "part": "public", "parent": parent}
        if number == "14":
            item["note"] = topics[0]
        elif topics or bullets:
            item["topics"] = topics + bullets
        agenda_items.append(item)
    agenda = {
        "file": f"generated/agendas/{AGENDA_FILE}.pdf",
        "kind": "agenda",
        "country": "IE",
        "notes": [
            "Country is Ireland (IE), outside the UK/CA/US list of the format.",
            "Every numbered line of the Clár is an item: top-level items 1-14 and the sub-items printed "
            "with their full numbers (1(a), 5(b), 7.1, 12.3 ...), each sub-item with its top-level item "
            "as parent.",
            "Sub-item numbers are printed in full (\"5(a)\", not \"(a)\"), so the number is kept as "
            "printed with the parenthesis and no space.",
            "Items 7, 8, 12 and 13 (Housing, Finance, Notices of Motion, Questions) are headings with "
            "numbered sub-items; they are items themselves because they carry a number.",
            "The title of a Notice of Motion or Question is its bold heading line (\"Notice of Motion "
            "No. 21/2025 – Cllr Pádraig Ó Dálaigh\"); the quoted motion or question text printed in "
            "italics beneath is kept in topics.",
            "Italic explanatory lines under items 4, 5, 6, 7.2 and 10 and the bulleted letters under "
            "Correspondence are topics, not items.",
            "\"(with the permission of the Cathaoirleach)\" under item 14 is a procedural note kept out "
            "of the title.",
            "No page numbers are printed against items, so pages is null throughout; no item is exempt.",
            "Appendix A (Section 183 notices A-C with label/value rows) is supporting material, not "
            "agenda items.",
            "Meeting contact is the Meetings Administrator who signs the notice; her phone and email "
            "are printed under the signature.",
            "The start time is printed as \"11.00 a.m.\"; the date the notice was issued (4th July "
            "2025) is not the meeting date.",
        ],
        "meeting": {**_meeting(), "contact": {"name": ADMIN, "phone": PHONE, "email": EMAIL}},
        "agenda": agenda_items,
    }

    per_item = {}
    for number, _title, _agenda, blocks in MINUTES:
        count = sum(1 for b in blocks if b[0] == "res")
        if count:
            per_item[number] = count
    attendance = [{"name": CATHAOIRLEACH, "status": "present", "role": "Cathaoirleach"},
                  {"name": LEAS, "status": "present", "role": "Leas-Chathaoirleach"}]
    attendance += [{"name": n, "status": "present"} for n in MEMBERS_PRESENT]
    attendance += [{"name": n, "status": "apologies"} for n in APOLOGIES]
    attendance += [{"name": n, "status": "in_attendance", "role": t} for _h, n, t in OFFICIALS]
    minutes = {
        "file": f"generated/minutes/{MINUTES_FILE}.pdf",
        "kind": "minutes",
        "country": "IE",
        "notes": [
            "Country is Ireland (IE), outside the UK/CA/US list of the format.",
            "Minute numbers are printed \"CC 112/25\" in a column left of the bold title and are kept "
            "with the \"CC \" prefix as printed; each maps to one agenda item or sub-item (agenda_item).",
            "The underlined \"(a)\"/\"(b)\" headings inside CC 112/25 are sub-headings of that minute, "
            "not minute items.",
            "A resolution is each \"it was resolved\" clause (inline or followed by an indented italic "
            "\"That ...\" text): two in CC 112/25 (one per set of minutes confirmed) and one each in "
            "CC 116/25-119/25, 121/25, 123/25, 125/25 and 127/25.",
            "Reports \"noted\", the deferred motion CC 129/25 and the lost motion CC 128/25 carry no "
            "resolution; \"proposed that\" in CC 119/25 is the motion put to the vote, not a resolution.",
            "Two recorded votes: CC 119/25 printed as a ruled three-column For/Against/Abstain table "
            "(14-5-1, carried) and CC 128/25 printed as For/Against/Abstain paragraphs (8-10-1, lost).",
            "Voters are given by full name as printed after \"Cllr\"/\"Cllrs\"; the Cathaoirleach "
            "voted in both divisions.",
            "Cllr Kieran Lynch left at 12.40 p.m. (recorded under CC 125/25), so the second vote has 19 "
            "voters; he stays \"present\" in the attendance.",
            "Attendance: the Cathaoirleach (presiding) and Leas-Chathaoirleach, printed on their own "
            "label rows, and the 18 Councillors under \"Members Present:\" are present; the two "
            "Councillors under \"Apologies:\" have status apologies; everyone under \"Officials "
            "Present:\" is in_attendance with the printed title as role.",
            "People named only in the text (the late Mrs Nora Costigan, purchasers, the grant "
            "recipients) are not attendance.",
            "End time is from \"The meeting concluded at 1.35 p.m.\"",
        ],
        "meeting": {**_meeting(), "end_time": "13:35"},
        "minutes": {
            "items": [{"number": n, "title": t, "agenda_item": a} for n, t, a, _b in MINUTES],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": [_vote_gold(VOTE_VARIATION), _vote_gold(VOTE_SPEED)],
            "attendance": attendance,
        },
    }

    rows, groups, index = [], [], 0
    for group, data in PLAN_GROUPS:
        groups.append({"title": group, "first_index": index, "last_index": index + len(data) - 1})
        for row in data:
            rows.append({"index": index, "group": group, "cells": dict(zip(PLAN_COLUMNS, row))})
            index += 1
    samples = [rows[i] for i in (0, 4, 6, 9, 12, index - 1)]
    plan = {
        "file": f"generated/plans/{PLAN_FILE}.pdf",
        "kind": "plan",
        "country": "IE",
        "notes": [
            "Country is Ireland (IE), outside the UK/CA/US list of the format.",
            "One ruled table on one landscape page; the header cells \"Length\"/\"(m)\", \"Est. Cost\"/"
            "\"(€)\" and \"Funding\"/\"Source\" are printed on two lines and joined with \" / \".",
            "The four shaded full-width rows (Restoration Improvement (RI) ...) are group banners, not "
            "data rows; row indexes count data rows only, from 0.",
            "The \"Total estimated expenditure\" line is printed below the table, outside the ruling, "
            "and is not a row.",
        ],
        "tables": [{
            "page": 1, "title": PLAN_TITLE, "columns": PLAN_COLUMNS, "row_count": index,
            "pages": {"first": 1, "last": 1}, "groups": groups, "ruled": True, "header_rows": 1,
            "rows": samples,
        }],
    }
    return {
        f"agendas__{AGENDA_FILE}": agenda,
        f"minutes__{MINUTES_FILE}": minutes,
        f"plans__{PLAN_FILE}": plan,
    }

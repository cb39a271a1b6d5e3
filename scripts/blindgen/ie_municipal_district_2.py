"""Carrigmore Municipal District of (fictional) Ardcullen County Council, Ireland.

Comhairle Contae Ard Choillín / Ardcullen County Council is divided into municipal districts;
the Carrigmore Municipal District (Ceantar Bardasach Charraig Mhór) has eight elected members
and meets monthly in the Council Chamber of the Municipal District Office in Carrigmore, with
members allowed to join remotely over Microsoft Teams.

Two PDFs of the March 2025 monthly meeting (Tuesday 11th March 2025, 10.00 a.m.):

* ``agendas/ardcullen_carrigmore-md_2025-03-11_agenda.pdf``: the summons letter from the
  Meetings Administrator followed by the Clár / Agenda (eight numbered items, the notices of
  motion lettered 6(a)-6(e) under item 6), two pages, no page references for the items.
* ``minutes/ardcullen_carrigmore-md_2025-03-11_minutes.pdf``: the Miontuairiscí / Minutes,
  attendance in the Irish style (Cathaoirleach presiding, Comhairleoirí, a member attending
  remotely, a member arriving late, officials with titles, a Uisce Éireann representative,
  apologies), minute items numbered ``CMD nn/25`` with the number in a left-hand column, a
  Section 183 disposal, the Schedule of Municipal District Works 2025 (a summary table), the
  General Municipal Allocation 2025 (a table, an amendment lost on a roll call), notices of
  motion (one carried on a show of hands, one withdrawn, one deferred), correspondence, and a
  signature block.

All names, places, roads, figures and contact details are invented.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

SLUG = "ardcullen"
BODY_SLUG = "carrigmore-md"
DATE = "2025-03-11"
BODY = "Carrigmore Municipal District"

COUNCIL_GA = "Comhairle Contae Ard Choillín"
COUNCIL_EN = "Ardcullen County Council"
MD_GA = "Ceantar Bardasach Charraig Mhór"
ADDRESS = "Municipal District Office, Bridge Street, Carrigmore, Co. Ardcullen, A91 KX40"
PHONE = "(096) 555 0142"
EMAIL = "carrigmoremd@ardcullencoco.ie"
CLERK = "Gráinne Kiely"
CLERK_TITLE = "Meetings Administrator"

RUNNING = "Carrigmore Municipal District - Monthly Meeting - 11th March 2025"

# ---------------------------------------------------------------------------------------------
# The agenda: (number, title, parent, body lines printed under the title)
# ---------------------------------------------------------------------------------------------

MOTIONS = [
    ("6(a)", "Cllr Declan Furlong",
     "That Carrigmore Municipal District installs traffic calming measures, including a raised "
     "pedestrian crossing, on the approach to Cloonbeg National School on the L-4127."),
    ("6(b)", "Cllr Colm Devereux",
     "That this Municipal District calls on Uisce Éireann to set out a timeline for the upgrade "
     "of the Lisheen Public Water Supply, having regard to the repeated boil water notices "
     "issued during 2024."),
    ("6(c)", "Cllr Eileen Brosnan",
     "That Carrigmore Municipal District commences a public consultation on the pedestrianisation "
     "of Market Square, Carrigmore, on Saturdays between 10.00 a.m. and 4.00 p.m. from June to "
     "September 2025."),
    ("6(d)", "Cllr Pádraig Heffernan",
     "That the Council repairs the footpath at Church Road, Glenagh, between St. Fiacc's Church "
     "and Glenagh Community Hall."),
    ("6(e)", "Cllr Noreen Tierney",
     "That additional litter bins and a dog fouling bin be provided at Carrigmore Pier and along "
     "the Strand Walk before the 2025 summer season."),
]

AGENDA = [
    ("1", "Confirmation of Minutes of Monthly Meeting held on 11th February 2025", None, []),
    ("2", "Matters Arising from the Minutes", None, []),
    ("3", "Disposal of Property - Section 183, Local Government Act 2001", None,
     ["To consider the disposal of 0.052 hectares of land at Cloonbeg, Carrigmore, Co. Ardcullen "
      "to Liam and Catherine Hourigan, Cloonbeg, Carrigmore, for the sum of EUR 6,500, in "
      "accordance with Notice dated 17th February 2025 (circulated)."]),
    ("4", "Schedule of Municipal District Works 2025", None,
     ["To consider and adopt the draft Schedule of Municipal District Works 2025 (circulated "
      "to Members on 28th February 2025)."]),
    ("5", "General Municipal Allocation 2025", None,
     ["To consider and approve the proposed distribution of the General Municipal Allocation "
      "2025 (report attached)."]),
    ("6", "Notices of Motion", None, []),
] + [(num, f"Notice of Motion submitted by {who}", "6", [text]) for num, who, text in MOTIONS] + [
    ("7", "Correspondence", None, []),
    ("8", "Any Other Business (with the agreement of the Cathaoirleach)", None, []),
]

# ---------------------------------------------------------------------------------------------
# The minutes
# ---------------------------------------------------------------------------------------------

MEMBERS_PRESENT = [
    ("Máire Nic Giolla Phádraig", "Leas-Chathaoirleach"),
    ("Eileen Brosnan", None),
    ("Declan Furlong", None),
    ("Pádraig Heffernan", None),
    ("Tadhg Moriarty", None),
]
CHAIR = "Seán Ó Catháin"
REMOTE = "Colm Devereux"
APOLOGIES = ["Noreen Tierney"]
OFFICIALS = [
    ("Ms", "Deirdre Mulcahy", "Director of Services, Roads and Transportation"),
    ("Mr", "Fergal Ahearne", "District Manager"),
    ("Mr", "Ronan Culligan", "Senior Executive Engineer"),
    ("Ms", "Orla Spillane", "Administrative Officer"),
    ("Ms", "Gráinne Kiely", "Meetings Administrator"),
]
ALSO = ("Mr", "Brendan Costigan", "Local Authority Liaison, Uisce Éireann (for item CMD 25/25)")

WORKS_COLUMNS = ["Programme", "Funding Source", "Allocation 2025 (EUR)"]
WORKS_ROWS = [
    ["Restoration Improvement (RI)", "Department of Transport Grant", "1,240,500"],
    ["Restoration Maintenance (RM)", "Department of Transport Grant", "412,300"],
    ["Discretionary Maintenance", "Own Resources", "188,000"],
    ["Community Involvement Scheme", "DoT Grant / Local Contribution", "96,750"],
    ["Local Improvement Scheme", "Department of Transport Grant", "74,200"],
    ["Drainage Works", "Department of Transport Grant", "131,000"],
    ["Bridge Rehabilitation", "Department of Transport Grant", "58,400"],
    ["Safety Improvement Works", "Department of Transport Grant", "45,000"],
    ["Public Lighting Maintenance", "Own Resources", "62,500"],
    ["Winter Maintenance", "Own Resources", "88,000"],
]
WORKS_TOTAL = ["Total", "", "2,396,650"]

GMA_COLUMNS = ["Ref.", "Purpose", "Amount (EUR)"]
GMA_ROWS = [
    ["GMA/01", "Community Grants Scheme", "45,000"],
    ["GMA/02", "Tidy Towns Groups", "22,000"],
    ["GMA/03", "Festivals and Events", "18,500"],
    ["GMA/04", "Christmas Lighting", "15,000"],
    ["GMA/05", "Amenity and Playground Maintenance", "24,000"],
    ["GMA/06", "Town and Village Enhancement", "30,000"],
    ["GMA/07", "Twinning and Civic Receptions", "5,500"],
]
GMA_TOTAL = ["", "Total General Municipal Allocation 2025", "160,000"]

ROLL_FOR = ["Colm Devereux", "Declan Furlong", "Tadhg Moriarty"]
ROLL_AGAINST = ["Eileen Brosnan", "Pádraig Heffernan", "Máire Nic Giolla Phádraig", CHAIR]
ROLL_ABSENT = ["Noreen Tierney"]


def _cllrs(names: list[str]) -> str:
    return ", ".join(names)


# Each minute: (ref, heading, agenda item, blocks); a block is (kind, payload).
MINUTES = [
    ("CMD 18/25", "Vótaí Comhbhróin / Votes of Sympathy", None, [
        ("p", "The Members extended a vote of sympathy to the following:"),
        ("list", [
            "The family of the late Mr Michael (Mick) Gorman, Knockaun, Carrigmore, former member "
            "of Ardcullen County Council.",
            "Cllr Eileen Brosnan on the death of her aunt, Mrs Bridget Lonergan, Drumcarra.",
            "The family of the late Ms Philomena Keogh, Main Street, Lisheen.",
        ]),
        ("p", "A minute's silence was observed."),
    ]),
    ("CMD 19/25", "Dearbhú Miontuairiscí / Confirmation of Minutes", "1", [
        ("p", "On the proposal of Cllr Declan Furlong, seconded by Cllr Eileen Brosnan, it was "
              "resolved that the minutes of the February Monthly Meeting of Carrigmore Municipal "
              "District held on 11th February 2025 be confirmed and signed."),
    ]),
    ("CMD 20/25", "Matters Arising", "2", [
        ("p", "Cllr Heffernan referred to minute CMD 09/25 (flooding at Ballinree Cross) and "
              "requested an update. Mr Culligan, Senior Executive Engineer, advised that the "
              "drainage contractor had been appointed and that works were scheduled to commence "
              "in the week of 24th March 2025, subject to weather."),
        ("p", "Cllr Devereux asked that the Members be kept informed of the programme for the "
              "footpath extension at Lisheen Road. Mr Ahearne, District Manager, confirmed that a "
              "written update would be circulated to the Members before the April meeting."),
    ]),
    ("CMD 21/25", "Disposal of Property - Section 183, Local Government Act 2001", "3", [
        ("p", "The Members considered the Notice dated 17th February 2025, circulated with the "
              "agenda, under Section 183 of the Local Government Act 2001, relating to the "
              "proposed disposal of 0.052 hectares of land at Cloonbeg, Carrigmore, Co. "
              "Ardcullen, to Liam and Catherine Hourigan, Cloonbeg, Carrigmore, for the sum of "
              "EUR 6,500 plus VAT (if applicable), the purchasers to pay the Council's legal "
              "costs."),
        ("p", "Ms Spillane, Administrative Officer, outlined that the plot formed part of the "
              "former road alignment at Cloonbeg and was surplus to the Council's requirements. "
              "The price had been assessed by the Council's valuer and the purchasers own the "
              "adjoining property."),
        ("p", "Cllr Moriarty joined the meeting at 10.25 a.m."),
        ("p", "In reply to Cllr Nic Giolla Phádraig, Ms Spillane confirmed that a right of way "
              "for the Council to the roadside drain would be reserved in the transfer."),
        ("p", "On the proposal of Cllr Pádraig Heffernan, seconded by Cllr Máire Nic Giolla "
              "Phádraig, it was resolved that the disposal of the property in accordance with the "
              "terms of the Notice under Section 183 of the Local Government Act 2001 be "
              "approved."),
    ]),
    ("CMD 22/25", "Schedule of Municipal District Works 2025", "4", [
        ("p", "Mr Culligan, Senior Executive Engineer, presented the draft Schedule of Municipal "
              "District Works 2025, which had been circulated to the Members on 28th February "
              "2025. He advised that the Schedule sets out the works to be undertaken in the "
              "District from the Council's Annual Budget 2025 and the grant allocations notified "
              "by the Department of Transport, and that the total programme for the District "
              "amounts to EUR 2,396,650, summarised as follows:"),
        ("table", ("Schedule of Municipal District Works 2025 - Summary", WORKS_COLUMNS,
                   WORKS_ROWS, WORKS_TOTAL, [62, 66, 42])),
        ("p", "Cllr Heffernan welcomed the inclusion of the Glenagh Road (L-4133) and the Church "
              "Road footpath at Glenagh under the Restoration Improvement programme. Cllr Furlong "
              "raised the condition of Main Street, Lisheen, and Mr Culligan advised that it "
              "would be considered for the 2026 programme following the Uisce Éireann mains "
              "replacement. Cllr Devereux asked that the Community Involvement Scheme roads be "
              "listed by townland in future reports, which was agreed."),
        ("p", "On the proposal of Cllr Eileen Brosnan, seconded by Cllr Tadhg Moriarty, it was "
              "resolved that the Schedule of Municipal District Works 2025, as presented, be "
              "adopted."),
    ]),
    ("CMD 23/25", "General Municipal Allocation 2025", "5", [
        ("p", "Ms Spillane, Administrative Officer, outlined the General Municipal Allocation "
              "(GMA) for the District of EUR 160,000 as provided for in the Annual Budget 2025, "
              "and the proposed distribution, as set out in the report circulated with the "
              "agenda:"),
        ("table", ("General Municipal Allocation 2025 - Proposed Distribution", GMA_COLUMNS,
                   GMA_ROWS, GMA_TOTAL, [24, 104, 42])),
        ("p", "Cllr Moriarty proposed an amendment, seconded by Cllr Devereux, that EUR 10,000 "
              "be transferred from GMA/06 Town and Village Enhancement to GMA/03 Festivals and "
              "Events. Cllr Heffernan and the Cathaoirleach spoke against the amendment, noting "
              "that the Town and Village Enhancement provision was required as match funding. "
              "A roll call vote was taken on the amendment, with the following result:"),
        ("vote", [
            (f"For ({len(ROLL_FOR)}):", "Cllrs " + _cllrs(ROLL_FOR)),
            (f"Against ({len(ROLL_AGAINST)}):", "Cllrs " + _cllrs(ROLL_AGAINST)),
            ("Abstained (0):", "None"),
            (f"Absent ({len(ROLL_ABSENT)}):", "Cllr " + _cllrs(ROLL_ABSENT)),
        ]),
        ("p", "The Cathaoirleach declared the amendment lost."),
        ("p", "On the proposal of Cllr Máire Nic Giolla Phádraig, seconded by Cllr Pádraig "
              "Heffernan, it was resolved that the General Municipal Allocation 2025 be approved "
              "as presented."),
    ]),
    ("CMD 24/25", "Notice of Motion - Cllr Declan Furlong", "6(a)", [
        ("motion", MOTIONS[0][2]),
        ("reply", "Reply: A speed survey was carried out on the L-4127 in January 2025 and "
                  "recorded an 85th percentile speed of 58 km/h within the 50 km/h zone. A "
                  "design for a raised crossing and gateway signage will be prepared under the "
                  "Safety Improvement Works allocation for 2025. Ronan Culligan, Senior "
                  "Executive Engineer."),
        ("p", "Cllr Furlong thanked the Engineer for the reply and asked that the school board "
              "of management be consulted on the design."),
        ("p", "On the proposal of Cllr Declan Furlong, seconded by Cllr Pádraig Heffernan, it "
              "was resolved that the motion be adopted."),
    ]),
    ("CMD 25/25", "Notice of Motion - Cllr Colm Devereux", "6(b)", [
        ("motion", MOTIONS[1][2]),
        ("p", "Mr Costigan, Uisce Éireann, advised the Members that the upgrade of the Lisheen "
              "water treatment plant was included in the Uisce Éireann investment plan, that "
              "detailed design was under way and that construction was expected to commence in "
              "the first quarter of 2026. An interim ultraviolet treatment unit had been "
              "installed in December 2024."),
        ("p", "Cllr Devereux, speaking remotely, welcomed the update but noted that residents "
              "had endured five boil water notices in twelve months. Cllrs Moriarty and Brosnan "
              "supported the motion."),
        ("p", "On the proposal of Cllr Colm Devereux, seconded by Cllr Tadhg Moriarty, it was "
              "resolved that the motion be adopted and that a copy be forwarded to Uisce "
              "Éireann."),
    ]),
    ("CMD 26/25", "Notice of Motion - Cllr Eileen Brosnan", "6(c)", [
        ("motion", MOTIONS[2][2]),
        ("reply", "Reply: Should the Members support the motion, the Municipal District Office "
                  "will prepare a consultation paper in conjunction with the Carrigmore "
                  "Chamber of Commerce and An Garda Síochána, for publication in April 2025. "
                  "Fergal Ahearne, District Manager."),
        ("p", "Cllr Furlong and Cllr Moriarty opposed the motion, citing the concerns of traders "
              "on Market Square about deliveries and parking. Cllr Brosnan stated that the motion "
              "sought a consultation only and that no decision on pedestrianisation was being "
              "made."),
        ("p", "The motion was proposed by Cllr Eileen Brosnan and seconded by Cllr Máire Nic "
              "Giolla Phádraig. A vote was taken by show of hands, the result being: For 5; "
              "Against 2; Abstentions 0. The Cathaoirleach declared the motion carried and it was "
              "resolved that the motion be adopted."),
    ]),
    ("CMD 27/25", "Notice of Motion - Cllr Pádraig Heffernan", "6(d)", [
        ("motion", MOTIONS[3][2]),
        ("p", "Cllr Heffernan withdrew the motion, the footpath at Church Road, Glenagh, having "
              "been included in the Schedule of Municipal District Works 2025 adopted at minute "
              "CMD 22/25."),
        ("p", "Motion withdrawn."),
    ]),
    ("CMD 28/25", "Notice of Motion - Cllr Noreen Tierney", "6(e)", [
        ("motion", MOTIONS[4][2]),
        ("p", "In the absence of Cllr Tierney, it was agreed that the motion be deferred to the "
              "April Monthly Meeting."),
    ]),
    ("CMD 29/25", "Comhfhreagras / Correspondence", "7", [
        ("p", "The following correspondence, circulated to the Members, was noted:"),
        ("list", [
            "Letter dated 20th February 2025 from the Department of Transport regarding Active "
            "Travel allocations for 2025.",
            "Email dated 25th February 2025 from Transport Infrastructure Ireland acknowledging "
            "the District's resolution on the national secondary route through Lisheen.",
            "Letter dated 3rd March 2025 from Carrigmore Tidy Towns Committee thanking the "
            "Members for their support in 2024.",
            "Letter dated 4th March 2025 from Ardcullen Local Community Development Committee "
            "regarding the Community Recognition Fund.",
        ]),
    ]),
    ("CMD 30/25", "Aon Ghnó Eile / Any Other Business", "8", [
        ("p", "Cllr Brosnan congratulated Carrigmore GAA on winning the county under-16 "
              "championship and it was agreed that a letter of congratulations would issue from "
              "the Cathaoirleach."),
        ("p", "The Cathaoirleach reminded the Members that the next Monthly Meeting of the "
              "Municipal District would be held on Tuesday, 8th April 2025 at 10.00 a.m."),
        ("p", "This concluded the business of the meeting, which ended at 12.40 p.m."),
    ]),
]

RESOLUTIONS = {"CMD 19/25": 1, "CMD 21/25": 1, "CMD 22/25": 1, "CMD 23/25": 1,
               "CMD 24/25": 1, "CMD 25/25": 1, "CMD 26/25": 1}


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

class _Doc(FPDF):
    def __init__(self, kind: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()
        self.set_title(f"{BODY} - {kind}")
        self.set_author(COUNCIL_EN)

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, RUNNING, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_text_color(0, 0, 0)
        self.ln(5)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        if self.kind == "agenda":
            self.cell(0, 5, "Clár - Cruinniú Míosúil, Márta 2025", align="L")
            self.set_x(20)
            self.cell(0, 5, f"{self.page_no()}", align="R")
        else:
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _ensure(pdf: _Doc, height: float) -> None:
    """Start a new page unless `height` mm fit above the bottom margin."""
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def _letterhead(pdf: _Doc) -> None:
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, COUNCIL_GA, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 6, COUNCIL_EN, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(0, 5, f"{MD_GA} / {BODY}", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(0, 4, ADDRESS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4, f"Teil / Tel: {PHONE}   Ríomhphost / Email: {EMAIL}", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_line_width(0.6)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(5)


def _render_agenda(path: Path) -> None:
    pdf = _Doc("agenda")
    pdf.add_page()
    _letterhead(pdf)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "4th March 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 5, "To: Each Member of Carrigmore Municipal District", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5, "A Chomhairleoir, / Dear Councillor,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 5, "You are hereby requested to attend the March Monthly Meeting of "
                   "Carrigmore Municipal District, which will be held in the Council Chamber, "
                   "Municipal District Office, Bridge Street, Carrigmore, on", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "TUESDAY, 11th MARCH 2025 at 10.00 a.m.", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Members who wish to attend remotely via Microsoft Teams should notify "
                   "the Meetings Administrator by 4.00 p.m. on Monday, 10th March 2025. The "
                   "business to be transacted is set out in the Clár below.", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5, "Is mise le meas,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Times", "I", 13)
    pdf.cell(0, 6, CLERK, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "_______________________", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"{CLERK}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"{CLERK_TITLE}, {BODY}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "CLÁR / AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for number, title, parent, body in AGENDA:
        x_num, x_title = (30, 44) if parent else (20, 30)
        width = 190 - x_title
        needed = 6 + 5 * (len(body) * 3)
        if pdf.get_y() + needed > pdf.h - 24:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10.5 if not parent else 10)
        pdf.set_xy(x_num, y)
        pdf.cell(x_title - x_num, 6, f"{number}." if not parent else number)
        pdf.set_xy(x_title, y)
        pdf.set_font("Helvetica", "B" if not parent else "", 10.5 if not parent else 10)
        pdf.multi_cell(width, 6, title, new_x="LMARGIN", new_y="NEXT")
        for line in body:
            pdf.set_x(x_title)
            pdf.set_font("Helvetica", "I" if parent else "", 9.5)
            text = f'"{line}"' if parent else line
            pdf.multi_cell(width, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3 if not parent else 2)

    pdf.ln(6)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 4.5, "Enquiries regarding this agenda to: " + CLERK + ", " + CLERK_TITLE
                   + ", Tel: " + PHONE + ", Email: " + EMAIL + ". Notices of Motion for the "
                   "April Monthly Meeting must be received by 12 noon on Friday, 28th March "
                   "2025.", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 4.5, "This meeting will be recorded and may be streamed for the purposes "
                   "of the minutes. By attending, members of the public consent to the "
                   "processing of their personal data in accordance with the Council's Data "
                   "Protection Policy.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def _table(pdf: _Doc, spec: tuple) -> None:
    title, columns, rows, total, widths = spec
    x0 = 38
    if pdf.get_y() + 8 + 6 * (len(rows) + 2) > pdf.h - 24:
        pdf.add_page()
    pdf.set_x(x0)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(sum(widths), 6, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(225, 225, 225)
    pdf.set_x(x0)
    pdf.set_font("Helvetica", "B", 9)
    for i, (col, w) in enumerate(zip(columns, widths)):
        pdf.cell(w, 6, col, border=1, fill=True, align="R" if i == len(columns) - 1 else "L")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 9)
    for row in rows:
        pdf.set_x(x0)
        for i, (cell, w) in enumerate(zip(row, widths)):
            pdf.cell(w, 5.5, cell, border=1, align="R" if i == len(row) - 1 else "L")
        pdf.ln(5.5)
    pdf.set_x(x0)
    pdf.set_font("Helvetica", "B", 9)
    for i, (cell, w) in enumerate(zip(total, widths)):
        pdf.cell(w, 5.5, cell, border=1, align="R" if i == len(total) - 1 else "L")
    pdf.ln(8)


def _render_minutes(path: Path) -> None:
    pdf = _Doc("minutes")
    pdf.add_page()
    _letterhead(pdf)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "MIONTUAIRISCÍ / MINUTES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Minutes of the March Monthly Meeting of Carrigmore Municipal District "
                   "held in the Council Chamber, Municipal District Office, Bridge Street, "
                   "Carrigmore, and remotely via Microsoft Teams, on Tuesday, 11th March 2025 "
                   "at 10.00 a.m.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    label_w = 42

    def row(label: str, text: str, bold_label: bool = True) -> None:
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B" if bold_label else "", 10)
        pdf.set_xy(20, y)
        pdf.cell(label_w, 5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(20 + label_w, y)
        pdf.multi_cell(170 - label_w, 5, text, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Helvetica", "BU", 10)
    pdf.cell(0, 6, "I Láthair / Present:", new_x="LMARGIN", new_y="NEXT")
    row("Cathaoirleach:", f"Cllr {CHAIR} (presiding)")
    members = []
    for name, role in MEMBERS_PRESENT:
        mark = "*" if name == "Tadhg Moriarty" else ""
        members.append(f"Cllr {name}{mark}" + (f" ({role})" if role else ""))
    row("Comhairleoirí:", "\n".join(members))
    row("Remote attendance:", f"Cllr {REMOTE} (via Microsoft Teams)")
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.set_x(20 + label_w)
    pdf.multi_cell(170 - label_w, 4.5, "* Cllr Moriarty joined the meeting at 10.25 a.m. during "
                   "consideration of item CMD 21/25.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "BU", 10)
    pdf.cell(0, 6, "Oifigigh / Officials in Attendance:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for hon, name, title in OFFICIALS:
        pdf.set_x(20 + label_w)
        pdf.cell(0, 5, f"{hon} {name}, {title}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "BU", 10)
    pdf.cell(0, 6, "Also in Attendance:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.set_x(20 + label_w)
    pdf.multi_cell(170 - label_w, 5, f"{ALSO[0]} {ALSO[1]}, {ALSO[2]}", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "BU", 10)
    pdf.cell(0, 6, "Leithscéalta / Apologies:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.set_x(20 + label_w)
    pdf.cell(0, 5, ", ".join(f"Cllr {n}" for n in APOLOGIES), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 5, f"The Cathaoirleach, Cllr {CHAIR}, welcomed the Members, officials and "
                   "Mr Costigan of Uisce Éireann to the meeting, and confirmed that Cllr "
                   f"{REMOTE} was attending remotely from within the functional area of the "
                   "Council.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    ref_w = 26
    body_x = 20 + ref_w
    body_w = 170 - ref_w
    for ref, heading, _agenda, blocks in MINUTES:
        _ensure(pdf, 28)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(20, y)
        pdf.cell(ref_w, 5.5, ref)
        pdf.set_xy(body_x, y)
        pdf.multi_cell(body_w, 5.5, heading.upper() if "/" not in heading else heading,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for kind, payload in blocks:
            if kind == "p":
                pdf.set_font("Helvetica", "", 9.5)
                pdf.set_x(body_x)
                pdf.multi_cell(body_w, 4.6, payload, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "list":
                pdf.set_font("Helvetica", "", 9.5)
                romans = ["(i)", "(ii)", "(iii)", "(iv)", "(v)"]
                for roman, text in zip(romans, payload):
                    _ensure(pdf, 10)
                    y = pdf.get_y()
                    pdf.set_xy(body_x + 2, y)
                    pdf.cell(10, 5, roman)
                    pdf.set_xy(body_x + 12, y)
                    pdf.multi_cell(body_w - 12, 4.6, text, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1)
                pdf.ln(1)
            elif kind == "motion":
                pdf.set_font("Helvetica", "BI", 9.5)
                pdf.set_x(body_x + 6)
                pdf.multi_cell(body_w - 12, 4.6, f'"{payload}"', new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "reply":
                pdf.set_font("Helvetica", "I", 9.5)
                pdf.set_x(body_x)
                pdf.multi_cell(body_w, 4.6, payload, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "table":
                _table(pdf, payload)
            elif kind == "vote":
                _ensure(pdf, 6 * len(payload) + 6)
                for label, names in payload:
                    y = pdf.get_y()
                    pdf.set_font("Helvetica", "B", 10)
                    pdf.set_xy(body_x + 6, y)
                    pdf.cell(30, 5, label)
                    pdf.set_font("Helvetica", "", 9.5)
                    pdf.set_xy(body_x + 36, y)
                    pdf.multi_cell(body_w - 36, 5, names, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
        pdf.ln(2)

    _ensure(pdf, 70)
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 10)
    for who in ("Cathaoirleach", CLERK_TITLE):
        pdf.cell(0, 6, "Signed: ______________________________", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 5, f"            {who}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.cell(0, 6, "Date:    ______________________________", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
    pdf.output(str(path))


def _stem(kind: str) -> str:
    return f"{SLUG}_{BODY_SLUG}_{DATE}_{kind}"


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    written = []
    for sub, kind, render in (("agendas", "agenda", _render_agenda),
                              ("minutes", "minutes", _render_minutes)):
        out = folder / sub
        out.mkdir(parents=True, exist_ok=True)
        path = out / f"{_stem(kind)}.pdf"
        render(path)
        written.append(path)
    return written


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------

MEETING = {
    "body": BODY,
    "date": DATE,
    "start_time": "10:00",
    "contact": {"name": CLERK, "phone": PHONE, "email": EMAIL},
}

# printed page of each table in the minutes (checked against the rendered PDF)
TABLE_PAGES = {"works": 3, "gma": 3}


def _agenda_gold() -> dict:
    items = []
    for number, title, parent, body in AGENDA:
        item = {"number": number, "title": title, "pages": None, "part": "public",
                "parent": parent}
        if body:
            item["topics"] = [f'"{body[0]}"' if parent else body[0]]
        items.append(item)
    return {
        "file": f"generated/agendas/{_stem('agenda')}.pdf",
        "kind": "agenda",
        "country": "IE",
        "notes": [
            "Items print no page references, so every item's pages are null.",
            "Notices of motion print as 6(a)-6(e) under item 6 'Notices of Motion'; numbers are "
            "kept as printed ('6(a)') with parent '6'.",
            "The bold line is the title; the descriptive sentence or quoted motion text printed "
            "under an item is kept in 'topics', not in the title.",
            "Top-level numbers print with a trailing dot ('1.'), dropped in the gold.",
            "The contact is the Meetings Administrator named in the enquiries note at the end "
            "of the agenda (also the letterhead's phone and email).",
            "No item is exempt (municipal district meetings hold no private session here).",
        ],
        "meeting": dict(MEETING),
        "agenda": items,
    }


def _table_gold(key: str, title: str, columns: list[str], rows: list[list[str]],
                total: list[str]) -> dict:
    all_rows = rows + [total]
    samples = [0, 3, len(rows) - 1, len(rows)]
    return {
        "page": TABLE_PAGES[key],
        "pages": {"first": TABLE_PAGES[key], "last": TABLE_PAGES[key]},
        "title": title,
        "columns": columns,
        "row_count": len(all_rows),
        "rows": [{"index": i, "cells": {c: v for c, v in zip(columns, all_rows[i]) if v}}
                 for i in samples],
    }


def _minutes_gold() -> dict:
    attendance = [{"name": CHAIR, "status": "present", "role": "Cathaoirleach"}]
    for name, role in MEMBERS_PRESENT:
        entry = {"name": name, "status": "present"}
        if role:
            entry["role"] = role
        if name == "Tadhg Moriarty":
            entry["note"] = "joined the meeting at 10.25 a.m. during CMD 21/25"
        attendance.append(entry)
    attendance.append({"name": REMOTE, "status": "virtual",
                       "note": "attending remotely via Microsoft Teams"})
    for _hon, name, title in OFFICIALS:
        attendance.append({"name": name, "status": "in_attendance", "role": title})
    attendance.append({"name": ALSO[1], "status": "also_present",
                       "role": "Local Authority Liaison, Uisce Éireann"})
    for name in APOLOGIES:
        attendance.append({"name": name, "status": "apologies"})

    items = []
    for ref, heading, agenda_item, _blocks in MINUTES:
        title = heading.upper() if "/" not in heading else heading
        item = {"number": ref, "title": title}
        if agenda_item:
            item["agenda_item"] = agenda_item
        items.append(item)

    votes = [
        {"item": "CMD 23/25", "result": "lost",
         "counts": {"yes": len(ROLL_FOR), "no": len(ROLL_AGAINST), "abstain": 0,
                    "absent": len(ROLL_ABSENT)},
         "voters": {"yes": list(ROLL_FOR), "no": list(ROLL_AGAINST), "abstain": [],
                    "absent": list(ROLL_ABSENT)},
         "motion": "Amendment: transfer EUR 10,000 from GMA/06 to GMA/03",
         "mover": "Tadhg Moriarty", "seconder": "Colm Devereux",
         "result_as_printed": "The Cathaoirleach declared the amendment lost.",
         "note": "roll call vote"},
        {"item": "CMD 26/25", "result": "carried",
         "counts": {"yes": 5, "no": 2, "abstain": 0},
         "motion": "Notice of Motion - Cllr Eileen Brosnan (Market Square consultation)",
         "mover": "Eileen Brosnan", "seconder": "Máire Nic Giolla Phádraig",
         "result_as_printed": "The Cathaoirleach declared the motion carried",
         "note": "show of hands; no names recorded"},
    ]

    return {
        "file": f"generated/minutes/{_stem('minutes')}.pdf",
        "kind": "minutes",
        "country": "IE",
        "notes": [
            "Minute numbers are kept whole as printed in the left column ('CMD 18/25').",
            "Minute titles are as printed: bilingual headings keep both languages ('Vótaí "
            "Comhbhróin / Votes of Sympathy'); English-only headings print in capitals and are "
            "given in capitals.",
            "CMD 18/25 Votes of Sympathy has no agenda item; the other items map to the Clár.",
            "Resolutions count the 'it was resolved that' clauses only (one each in CMD 19, 21, "
            "22, 23, 24, 25 and 26/25); decisions worded 'it was agreed' (deferral in CMD 28/25, "
            "a letter of congratulations in CMD 30/25, listing roads by townland in CMD 22/25) "
            "and the noting of correspondence are not counted.",
            "The lost amendment in CMD 23/25 is a vote but not a resolution; the withdrawn "
            "motion CMD 27/25 has neither.",
            "Cllr Tadhg Moriarty arrived late (10.25 a.m.) and is listed among the Comhairleoirí "
            "present, so his status is present.",
            "Cllr Colm Devereux attended remotely via Microsoft Teams: status virtual.",
            "The Uisce Éireann representative is listed under 'Also in Attendance': "
            "also_present; council officials are in_attendance.",
            "The roll call prints 'Absent (1): Cllr Noreen Tierney', who had sent apologies; she "
            "is counted as absent on the vote and as apologies in attendance.",
            "People named in the text who did not attend (the deceased, purchasers of the land) "
            "are not attendance.",
            "The two tables' total rows are printed rows of the table and are counted in "
            "row_count.",
            "Amounts are printed in 'EUR' (the core fonts have no euro sign).",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": "10:00"},
        "minutes": {
            "meeting": {"date": DATE, "start_time": "10:00", "end_time": "12:40"},
            "items": items,
            "resolutions": sum(RESOLUTIONS.values()),
            "resolutions_per_item": dict(RESOLUTIONS),
            "votes": votes,
            "attendance": attendance,
        },
        "tables": [
            _table_gold("works", "Schedule of Municipal District Works 2025 - Summary",
                        WORKS_COLUMNS, WORKS_ROWS, WORKS_TOTAL),
            _table_gold("gma", "General Municipal Allocation 2025 - Proposed Distribution",
                        GMA_COLUMNS, GMA_ROWS, GMA_TOTAL),
        ],
    }


def gold() -> dict[str, dict]:
    return {
        f"agendas__{_stem('agenda')}": _agenda_gold(),
        f"minutes__{_stem('minutes')}": _minutes_gold(),
    }

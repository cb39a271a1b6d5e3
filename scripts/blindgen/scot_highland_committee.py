"""Comhairle na Gàidhealtachd an Iar / Wester Ardnish Council: Communities and Place Committee.

A fictional Highland-style Scottish council. Everything here (place, people, reports, sums) is
invented. Two PDFs are printed for the meeting of Wednesday 12 March 2025 at 10.30am:

* agendas/wester-ardnish_communities-and-place_2025-03-12_agenda.pdf: the summons letter on the
  first page (issue date, venue, webcast notice, "Yours faithfully"), then "BUSINESS": items 1-12,
  each number hanging in the margin with a bold English title, the Gaelic title in bold italics under
  the first five, a paragraph "There is circulated Report No COM/../25 ..." and a lower-case
  "The Committee is invited to: i. ... ii. ..." list (recommendations, not items). Items 6 and 9
  carry sub-items (a) and (b); the pack pages ("Pages 7 - 14") stand at the right of the title.
  An unnumbered exclusion paragraph stands before item 12, which is taken in private.
* minutes/wester-ardnish_communities-and-place_2025-03-12_minutes.pdf: the sederunt ("Present:"
  two-column table of members as "Mr A Mackintosh", "In attendance:" officers with titles,
  "Also in attendance:", "Mr A Mackintosh in the Chair"), then minute items 1-12 with the
  agenda's numbers, bilingual headings on 1-5, narratives and "The Committee:" followed by
  numbered decisions "i. NOTED ...", a "Decision" subheading on some items, two contested
  items (a "Motion (10): ..." name block vote and a Motion/Amendment/Abstain table vote) and a
  last item taken in private.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

COUNCIL_GAELIC = "Comhairle na G\u00e0idhealtachd an Iar"
COUNCIL = "Wester Ardnish Council"
BODY = "Communities and Place Committee"
SLUG = "wester-ardnish_communities-and-place"
DATE = "2025-03-12"
DATE_LONG = "Wednesday, 12 March 2025"
START = "10.30am"
END = "1.05pm"
VENUE = "the Council Chamber, Council Offices, Station Square, Port Caisteal"
ECO = "Executive Chief Officer Communities and Place"

AGENDA_NAME = f"{SLUG}_{DATE}_agenda.pdf"
MINUTES_NAME = f"{SLUG}_{DATE}_minutes.pdf"

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

# (honorific, initial, surname, remote) in the printed (alphabetical) order of the sederunt
MEMBERS = [
    ("Mrs", "H", "Beaton", False),
    ("Miss", "N", "Campbell", True),
    ("Dr", "G", "Chisholm", False),
    ("Mrs", "B", "Fraser", False),
    ("Mr", "R", "Fraser", False),
    ("Mr", "K", "Gillies", False),
    ("Mrs", "E", "Grant", False),
    ("Ms", "C", "Macaulay", False),
    ("Mrs", "L", "MacIver", False),
    ("Mr", "A", "Mackintosh", False),
    ("Mrs", "S", "MacLennan", False),
    ("Mr", "F", "MacRae", False),
    ("Mr", "M", "Matheson", False),
    ("Ms", "J", "Morrison", True),
    ("Mr", "D", "Munro", False),
    ("Mr", "I", "Nicolson", False),
    ("Mr", "T", "Ross", False),
    ("Mr", "P", "Stewart", False),
]
CHAIR = "A Mackintosh"

OFFICERS = [
    ("Ms", "F", "Urquhart", ECO.replace("Officer ", "Officer, ")),
    ("Mr", "G", "Lamont", "Head of Roads and Transport"),
    ("Mrs", "R", "Cormack", "Head of Amenities and Bereavement Services"),
    ("Mr", "S", "Oag", "Strategic Lead (Corporate Finance)"),
    ("Ms", "A", "Bremner", "Principal Solicitor (Regulatory Services)"),
    ("Mr", "J", "Keir", "Committee Administrator"),
]

# (printed prefix, initial, surname, printed description, gold role)
ALSO = [
    ("Inspector", "J", "Dunbar", "Area Commander, Police Scotland", "Inspector, Area Commander, Police Scotland"),
    ("Mr", "C", "Gunn", "Chair, Port Caisteal Community Council (item 7)",
     "Chair, Port Caisteal Community Council"),
]

APOLOGIES = [("Mrs", "V", "Sutherland"), ("Mr", "W", "Bain")]


def _full(key: str) -> str:
    """'B Fraser' -> 'Mrs B Fraser' as printed."""
    for hon, ini, sur, _ in MEMBERS:
        if f"{ini} {sur}" == key:
            return f"{hon} {ini} {sur}"
    raise KeyError(key)


def _surname(key: str) -> str:
    return key.split(" ", 1)[1]


# Vote 1 (minute 7): names block. Mrs Beaton out of the chamber (financial interest).
VOTE1 = {
    "Motion": ["B Fraser", "K Gillies", "E Grant", "L MacIver", "A Mackintosh", "S MacLennan",
               "M Matheson", "I Nicolson", "T Ross", "P Stewart"],
    "Amendment": ["N Campbell", "G Chisholm", "R Fraser", "C Macaulay", "F MacRae", "J Morrison"],
    "Abstention": ["D Munro"],
}
# Vote 2 (minute 10): table. Mr Munro had left the meeting during item 9.
VOTE2 = {
    "Motion": ["B Fraser", "E Grant", "A Mackintosh", "S MacLennan", "M Matheson", "T Ross", "P Stewart"],
    "Amendment": ["H Beaton", "N Campbell", "G Chisholm", "R Fraser", "K Gillies", "C Macaulay",
                  "L MacIver", "F MacRae", "J Morrison"],
    "Abstain": ["I Nicolson"],
}

# ---------------------------------------------------------------------------------------------
# Agenda data: (number, title, gaelic, pages, part, parent, paragraph, recommendations)
# ---------------------------------------------------------------------------------------------

AGENDA = [
    ("1", "Apologies for Absence", "Leisgeulan", None, "public", None, "", []),
    ("2", "Declarations of Interest", "Aithrisean Com-p\u00e0irt", None, "public", None,
     "Members are asked to consider whether they have an interest to declare in relation to any "
     "item on the agenda for this meeting. Any Member making a declaration of interest should give "
     "a brief description of the nature of the interest and, where required, leave the meeting for "
     "the item concerned. Advice may be sought from officers before the meeting takes place.", []),
    ("3", "Minutes of Previous Meeting", "Ge\u00e0rr-chunntas na Coinneimh Roimhe", (7, 14), "public", None,
     "There are circulated for approval the Minutes of Meeting of the Communities and Place "
     "Committee held on 21 November 2024.", []),
    ("4", "Revenue Budget Monitoring to 31 December 2024",
     "Sgr\u00f9dadh Buidseit Teachd-a-steach", (15, 24), "public", None,
     "There is circulated Report No COM/10/25 by the Strategic Lead (Corporate Finance) which sets "
     "out the revenue monitoring position of the Communities and Place Service for the period to "
     "31 December 2024, together with the projected year end outturn and the principal variances "
     "against the approved budget.",
     ["note the revenue monitoring position to 31 December 2024 and the forecast year end "
      "overspend of \u00a3412,000;",
      "note the pressures arising from waste disposal costs and winter service; and",
      "agree the management actions set out in section 6 of the report."]),
    ("5", "Communities and Place Performance Report - Quarter 3 2024/25",
     "Aithisg Coileanaidh Choimhearsnachdan is \u00c0ite", (25, 38), "public", None,
     "There is circulated Report No COM/11/25 by the Executive Chief Officer Communities and Place "
     "which provides information on the performance of the Service against the Corporate Plan "
     "indicators and the Statutory Performance Indicators for the third quarter of 2024/25.",
     ["scrutinise the performance information set out in the report; and",
      "agree the revised target for the cleanliness index set out at paragraph 5.4."]),
    ("6", "Community Asset Transfer Requests", "", None, "public", None,
     "The Committee is asked to determine the following requests made under Part 5 of the Community "
     "Empowerment (Scotland) Act 2015:-", []),
    ("(a)", "Former Library, Shore Street, Kilbrannan", "", (39, 47), "public", "6",
     "There is circulated Report No COM/12/25 by the Executive Chief Officer Communities and Place "
     "on a request from Kilbrannan Development Trust for the transfer of ownership of the former "
     "library building for use as a community hub and heritage centre.",
     ["agree to the transfer of ownership of the former library to Kilbrannan Development Trust "
      "for the sum of \u00a31 on the terms set out in the report."]),
    ("(b)", "Bowling Green Pavilion, Port Caisteal", "", (48, 55), "public", "6",
     "There is circulated Report No COM/13/25 by the Executive Chief Officer Communities and Place "
     "on a request from Port Caisteal Bowling Club for a 25 year lease of the pavilion and green.",
     ["approve a lease of 25 years at a rent of \u00a3100 per annum; and",
      "agree that the Club be responsible for all internal repairs."]),
    ("7", "Public Conveniences - Charging and Comfort Partnership Scheme", "", (56, 69), "public", None,
     "There is circulated Report No COM/14/25 by the Executive Chief Officer Communities and Place "
     "which sets out the outcome of the public consultation on charging at the Council's staffed and "
     "unstaffed public conveniences, and proposals for an expanded Comfort Partnership Scheme with "
     "local businesses across Wester Ardnish.",
     ["note the outcome of the consultation summarised at Appendix 1;",
      "approve the introduction of a charge of 50p at the eleven sites listed at Appendix 2 from "
      "1 May 2025; and",
      "approve the expansion of the Comfort Partnership Scheme as set out in section 7."]),
    ("8", "Roads Winter Service Review 2024/25", "", (70, 83), "public", None,
     "There is circulated Report No COM/15/25 by the Head of Roads and Transport which reviews the "
     "delivery of the winter service during 2024/25, including the severe weather event of "
     "January 2025, and proposes changes to the priority gritting routes for 2025/26.",
     ["note the review of the 2024/25 winter season;",
      "approve the revised priority routes shown at Appendix 3; and",
      "agree that the Winter Service Plan 2025/26 be presented to the Committee in September 2025."]),
    ("9", "Burial Grounds", "", None, "public", None, "", []),
    ("(a)", "Tobermuir Cemetery Extension", "", (84, 91), "public", "9",
     "There is circulated Report No COM/16/25 by the Head of Amenities and Bereavement Services on "
     "options for the extension of Tobermuir Cemetery, which is expected to reach capacity within "
     "three years.",
     ["approve Option 2, the acquisition of land to the north of the existing cemetery, subject to "
      "ground investigations."]),
    ("(b)", "Memorial Safety Inspection Policy", "", (92, 101), "public", "9",
     "There is circulated Report No COM/17/25 by the Head of Amenities and Bereavement Services "
     "which presents a revised policy on the inspection and making safe of memorials.",
     ["approve the revised Memorial Safety Inspection Policy at Appendix 1."]),
    ("10", "Off-Street Car Parking Charges Review", "", (102, 115), "public", None,
     "There is circulated Report No COM/18/25 by the Head of Roads and Transport which reviews the "
     "tariffs in the Council's off-street car parks and proposes a revised tariff structure, "
     "including the introduction of charges at the Glenarn Visitor Car Park, from 1 June 2025.",
     ["approve the revised tariffs set out at Appendix 1 with effect from 1 June 2025; and",
      "agree that income from the Glenarn Visitor Car Park be reinvested in visitor facilities "
      "in the Glenarn area."]),
    ("11", "Place Based Investment Programme 2025/26", "", (116, 127), "public", None,
     "There is circulated Report No COM/19/25 by the Executive Chief Officer Communities and Place "
     "which sets out proposals for the allocation of the Council's share of the Place Based "
     "Investment Programme for 2025/26 following engagement with Ward Members and community "
     "partners.",
     ["approve the allocations set out at Appendix 1;",
      "agree the reserve list of projects at Appendix 2; and",
      "note the monitoring arrangements set out in section 8."]),
    ("12", "Proposed Lease of Land at Harbour Road, Port Caisteal", "", None, "exempt", None,
     "There is circulated to Members only Report No COM/20/25 by the Executive Chief Officer "
     "Communities and Place.", []),
]

EXCLUSION = (
    "The Committee is asked to pass a resolution to exclude the public from the meeting for the "
    "following item on the grounds that it involves the likely disclosure of exempt information as "
    "defined in Paragraphs 6 and 9 of Part 1 of Schedule 7A of the Local Government (Scotland) "
    "Act 1973."
)

# ---------------------------------------------------------------------------------------------
# Minutes data. Each item: number, title, gaelic, blocks. Blocks are tuples:
#   ("p", text) paragraph; ("b", [bullets]); ("dec", heading or None, [decisions]);
#   ("vote1",) / ("vote2",) the recorded votes; ("note", text) italic line; ("line", text) unindented
# Decisions are printed "i. NOTED ..." under "The Committee:".
# ---------------------------------------------------------------------------------------------

MINUTES = [
    ("1", "Apologies for Absence", "Leisgeulan", [
        ("p", "Apologies for absence were intimated on behalf of "
              + " and ".join(f"{h} {i} {s}" for h, i, s in APOLOGIES) + "."),
    ]),
    ("2", "Declarations of Interest", "Aithrisean Com-p\u00e0irt", [
        ("p", "Declarations of interest were intimated as follows:-"),
        ("line", "Item 7 - Mrs H Beaton (Financial)"),
        ("line", "Item 10 - Dr G Chisholm (Non-Financial)"),
    ]),
    ("3", "Minutes of Previous Meeting", "Ge\u00e0rr-chunntas na Coinneimh Roimhe", [
        ("p", "There had been circulated the Minutes of Meeting of the Communities and Place Committee "
              "held on 21 November 2024."),
        ("dec", None, [
            "APPROVED the Minutes as a correct record; and",
            "NOTED that the replacement of the interpretation boards at Glenarn Falls, referred to at "
            "item 9 of the Minutes, had now been completed.",
        ]),
    ]),
    ("4", "Revenue Budget Monitoring to 31 December 2024", "Sgr\u00f9dadh Buidseit Teachd-a-steach", [
        ("p", "There had been circulated Report No COM/10/25 by the Strategic Lead (Corporate Finance) "
              "setting out the revenue monitoring position of the Communities and Place Service for the "
              "period to 31 December 2024 and the forecast year end outturn."),
        ("p", "During discussion, Members raised the following issues:-"),
        ("b", [
            "concern was expressed at the continued increase in the cost of residual waste disposal, "
            "and it was queried whether the diversion of food waste from landfill would be "
            "accelerated in the Isles wards;",
            "the Strategic Lead confirmed that the overspend on winter service reflected the "
            "prolonged severe weather in January 2025 and that a claim would be made under the "
            "Bellwin Scheme where eligible; and",
            "clarification was sought, and provided, on the staff vacancy savings target and the "
            "extent to which it had affected front-line amenity services.",
        ]),
        ("dec", "Decision", [
            "NOTED the revenue monitoring position to 31 December 2024 and the forecast year end "
            "overspend of \u00a3412,000;",
            "NOTED the pressures arising from waste disposal costs and winter service; and",
            "AGREED the management actions set out in section 6 of the report.",
        ]),
    ]),
    ("5", "Communities and Place Performance Report - Quarter 3 2024/25",
     "Aithisg Coileanaidh Choimhearsnachdan is \u00c0ite", [
        ("p", f"There had been circulated Report No COM/11/25 by the {ECO} providing information on the "
              "performance of the Service against the Corporate Plan indicators and the Statutory "
              "Performance Indicators for the third quarter of 2024/25."),
        ("p", "In the course of discussion, Members welcomed the improvement in the time taken to repair "
              "street lighting faults. It was noted that the cleanliness index had fallen in two town "
              "centres and the Executive Chief Officer agreed to circulate a briefing note to Members "
              "on the litter bin replacement programme. A Member asked that future reports show the "
              "performance of each ward separately, which the Executive Chief Officer agreed to "
              "consider."),
        ("dec", None, [
            "NOTED the performance information set out in the report; and",
            "AGREED the revised target of 92 for the cleanliness index, as set out at paragraph 5.4 of "
            "the report.",
        ]),
        ("note", "Mr D Munro joined the meeting during consideration of this item."),
    ]),
    ("6", "Community Asset Transfer Requests", "", [
        ("sub", "(a)", "Former Library, Shore Street, Kilbrannan"),
        ("p", f"There had been circulated Report No COM/12/25 by the {ECO} on a request from Kilbrannan "
              "Development Trust for the transfer of ownership of the former library building, Shore "
              "Street, Kilbrannan, for use as a community hub and heritage centre."),
        ("p", "Members commended the Trust on the quality of its business plan and the level of "
              "community support demonstrated through its consultation."),
        ("dec", None, [
            "AGREED to the transfer of ownership of the former library to Kilbrannan Development Trust "
            "for the sum of \u00a31, on the terms and conditions set out in the report; and",
            "NOTED that the Trust would be supported by the Community Support Team in applying for "
            "external funding for the refurbishment of the building.",
        ]),
        ("sub", "(b)", "Bowling Green Pavilion, Port Caisteal"),
        ("p", f"There had been circulated Report No COM/13/25 by the {ECO} on a request from Port Caisteal "
              "Bowling Club for a 25 year lease of the pavilion and green."),
        ("dec", None, [
            "APPROVED a lease of 25 years at a rent of \u00a3100 per annum;",
            "AGREED that the Club be responsible for all internal repairs and for the maintenance of "
            "the green; and",
            "NOTED that the Council would retain responsibility for the roof and external fabric of "
            "the pavilion for the first five years of the lease.",
        ]),
    ]),
    ("7", "Public Conveniences - Charging and Comfort Partnership Scheme", "", [
        ("note", "Mrs H Beaton, having declared a financial interest in this item, left the Chamber."),
        ("p", f"There had been circulated Report No COM/14/25 by the {ECO} setting out the outcome of the "
              "public consultation on charging at the Council's public conveniences and proposals for "
              "an expanded Comfort Partnership Scheme with local businesses."),
        ("p", "At the invitation of the Chair, Mr C Gunn, Chair of Port Caisteal Community Council, "
              "addressed the Committee on the concerns of residents regarding the proposed charge at the "
              "Harbour Road facility, which was heavily used by coach parties, and on the need for "
              "accessible facilities to remain free of charge."),
        ("p", "During discussion, Members raised the following issues:-"),
        ("b", [
            "the income generated from charging at the pilot sites had exceeded expectations and had "
            "contributed to the cost of cleaning and maintenance;",
            "it was important that disabled facilities and baby changing facilities remained free "
            "of charge at all sites;",
            "concern was expressed that charging would discourage visitors from stopping in smaller "
            "settlements and would increase instances of anti-social toileting in lay-bys; and",
            "businesses participating in the Comfort Partnership Scheme should receive an increased "
            "annual payment reflecting rising cleaning costs.",
        ]),
        ("p", "Thereafter, Mr A Mackintosh, seconded by Mrs B Fraser, moved that the recommendations as "
              "detailed in the report be approved."),
        ("p", "As an AMENDMENT, Ms C Macaulay, seconded by Mr F MacRae, moved that a decision on the "
              "introduction of charging be deferred until a review of the pilot sites had been carried "
              "out in partnership with the community councils affected, and that the expansion of the "
              "Comfort Partnership Scheme be approved."),
        ("p", "On a vote being taken, the MOTION received 10 votes, the AMENDMENT received 6 votes and "
              "there was 1 abstention, the votes having been cast as follows:"),
        ("vote1",),
        ("decline", "Decision: The Committee AGREED the Motion."),
    ]),
    ("8", "Roads Winter Service Review 2024/25", "", [
        ("p", "There had been circulated Report No COM/15/25 by the Head of Roads and Transport reviewing the "
              "delivery of the winter service during 2024/25 and proposing changes to the priority "
              "gritting routes for 2025/26."),
        ("p", "The Head of Roads and Transport paid tribute to the operatives and contractors who had "
              "worked throughout the severe weather event of January 2025, during which the Council's "
              "salt stocks had fallen to 30 per cent of capacity. Members echoed those comments and "
              "asked that their thanks be conveyed to the staff concerned."),
        ("p", "In response to questions, it was explained that the revised routes would bring the "
              "school transport routes in Glenarn and Strath Ardnish into the primary network, and "
              "that community grit bins would be refilled before the start of the 2025/26 season."),
        ("dec", None, [
            "NOTED the review of the 2024/25 winter season;",
            "APPROVED the revised priority routes shown at Appendix 3 of the report;",
            "AGREED that the Winter Service Plan 2025/26 be presented to the Committee in September "
            "2025; and",
            "NOTED that a seminar on winter service would be arranged for Members in the summer.",
        ]),
        ("note", "The Committee adjourned at 11.50am and resumed at 12.00noon."),
    ]),
    ("9", "Burial Grounds", "", [
        ("sub", "(a)", "Tobermuir Cemetery Extension"),
        ("p", "There had been circulated Report No COM/16/25 by the Head of Amenities and Bereavement "
              "Services on options for the extension of Tobermuir Cemetery, which was expected to reach "
              "capacity within three years."),
        ("dec", None, [
            "APPROVED Option 2, the acquisition of land to the north of the existing cemetery, subject "
            "to satisfactory ground investigations; and",
            "AGREED that Local Members be consulted on the design of the extension.",
        ]),
        ("note", "Mr D Munro left the meeting at 12.20pm."),
        ("sub", "(b)", "Memorial Safety Inspection Policy"),
        ("p", "There had been circulated Report No COM/17/25 by the Head of Amenities and Bereavement "
              "Services presenting a revised policy on the inspection and making safe of memorials."),
        ("dec", None, [
            "APPROVED the revised Memorial Safety Inspection Policy at Appendix 1 of the report; and",
            "AGREED that families be given at least 28 days' notice before a memorial is laid flat, "
            "except where there is an immediate danger to the public.",
        ]),
    ]),
    ("10", "Off-Street Car Parking Charges Review", "", [
        ("note", "Dr G Chisholm, having declared a non-financial interest in this item as a director of "
                 "Glenarn Visitor Trust, considered that the interest did not preclude his involvement "
                 "in the discussion and remained in the meeting."),
        ("p", "There had been circulated Report No COM/18/25 by the Head of Roads and Transport reviewing the "
              "tariffs in the Council's off-street car parks and proposing a revised tariff structure, "
              "including the introduction of charges at the Glenarn Visitor Car Park, from 1 June 2025."),
        ("p", "During discussion, Members raised the following issues:-"),
        ("b", [
            "the proposed tariffs in Port Caisteal town centre were considered too high in light of "
            "the pressures on local retailers;",
            "the introduction of charges at Glenarn had the potential to displace parking onto the "
            "single track road and into passing places; and",
            "Members welcomed the proposal that income from Glenarn be reinvested locally.",
        ]),
        ("p", "Mr A Mackintosh, seconded by Mr T Ross, moved that the recommendations as detailed in the "
              "report be approved."),
        ("p", "As an AMENDMENT, Mr R Fraser, seconded by Miss N Campbell, moved that the town centre "
              "tariffs remain at their current levels for 2025/26, that the charges at the Glenarn "
              "Visitor Car Park be introduced as proposed, and that the income from Glenarn be "
              "reinvested in visitor facilities in the Glenarn area."),
        ("p", "On a vote being taken, the votes were cast as follows:"),
        ("vote2",),
        ("decline", "Decision: The Committee AGREED the Amendment."),
    ]),
    ("11", "Place Based Investment Programme 2025/26", "", [
        ("p", f"There had been circulated Report No COM/19/25 by the {ECO} setting out proposals for the "
              "allocation of the Council's share of the Place Based Investment Programme for 2025/26 "
              "following engagement with Ward Members and community partners."),
        ("p", "Members welcomed the spread of projects across the area and the emphasis on town centre "
              "regeneration and active travel. Points raised included the need for projects to be "
              "deliverable within the financial year, the importance of match funding from community "
              "partners, and the risk that construction inflation would reduce the number of projects "
              "which could be supported. In response, the Executive Chief Officer advised that any "
              "underspend would be reallocated to projects on the reserve list."),
        ("dec", "Decision", [
            "NOTED the engagement undertaken with Ward Members and community partners in developing "
            "the programme;",
            "APPROVED the allocations set out at Appendix 1 of the report, totalling \u00a31,286,000, "
            "including \u00a3240,000 for the Kilbrannan shorefront regeneration, \u00a3185,000 for the "
            "Strath Ardnish active travel link and \u00a395,000 for the refurbishment of the Port "
            "Caisteal market cross;",
            "AGREED the reserve list of projects at Appendix 2 of the report, in the order of priority "
            "shown; and",
            "NOTED the monitoring arrangements set out in section 8 of the report, including six "
            "monthly progress reports to the Committee.",
        ]),
    ]),
    ("12", "Proposed Lease of Land at Harbour Road, Port Caisteal", "", [
        ("p", "There had been circulated to Members only Report No COM/20/25 by the "
              f"{ECO}."),
        ("dec", None, [
            "AGREED the recommendations as detailed in the report; and",
            "NOTED that the outcome would be reported to Local Members once the terms had been "
            "concluded.",
        ]),
    ]),
]

MINUTES_EXCLUSION = (
    "Members of the public were excluded from the meeting for the following item on the grounds that "
    "it involved the likely disclosure of exempt information as defined in Paragraphs 6 and 9 of Part 1 "
    "of Schedule 7A of the Local Government (Scotland) Act 1973."
)

ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

class _Doc(FPDF):
    kind = "agenda"

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_y(10)
        self.cell(0, 4, f"{BODY} - 12 March 2025", align="R")
        self.ln(8)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 9)
        if self.kind == "agenda":
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        else:
            self.cell(0, 5, str(self.page_no()), align="C")


def _new(kind: str) -> _Doc:
    pdf = _Doc(format="A4")
    pdf.kind = kind
    pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def _para(pdf: FPDF, text: str, x: float = 30, style: str = "", size: float = 11, gap: float = 3,
          align: str = "J") -> None:
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(x)
    pdf.multi_cell(190 - x, 5.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def _keep(pdf: FPDF, height: float) -> None:
    """Start a new page when fewer than `height` mm remain (a heading is not left alone)."""
    if pdf.get_y() + height > pdf.h - 22:
        pdf.add_page()


def _numbered(pdf: FPDF, lines: list[str], x: float = 30, gap: float = 1.5) -> None:
    pdf.set_font("Helvetica", "", 11)
    for idx, text in enumerate(lines):
        _keep(pdf, 11)
        y = pdf.get_y()
        pdf.set_xy(x, y)
        pdf.cell(10, 5.5, f"{ROMAN[idx]}.")
        pdf.set_xy(x + 10, y)
        pdf.multi_cell(190 - x - 10, 5.5, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)


def _heading(pdf: FPDF, number: str, title: str, gaelic: str, x_num: float = 20, x_title: float = 30,
             pages: str = "") -> None:
    _keep(pdf, 24)
    pdf.set_font("Helvetica", "B", 11)
    y = pdf.get_y()
    pdf.set_xy(x_num, y)
    pdf.cell(x_title - x_num, 5.5, f"{number}." if not number.startswith("(") else number)
    if pages:
        pdf.set_xy(155, y)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(35, 5.5, pages, align="R")
        pdf.set_font("Helvetica", "B", 11)
    pdf.set_xy(x_title, y)
    pdf.multi_cell(150 - x_title if pages else 190 - x_title, 5.5, title, new_x="LMARGIN", new_y="NEXT")
    if gaelic:
        pdf.set_font("Helvetica", "BI", 11)
        pdf.set_x(x_title)
        pdf.multi_cell(190 - x_title, 5.5, gaelic, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def _render_agenda(path: Path) -> None:
    pdf = _new("agenda")
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, COUNCIL_GAELIC, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    for label, value in [("Council Offices", "Station Square, Port Caisteal, PA99 4QX"),
                         ("Tel:", "01999 702 000"), ("Ref:", "CP/03/25"), ("Date:", "4 March 2025")]:
        pdf.cell(35, 5, label)
        pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, BODY, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    _para(pdf, f"A meeting of the {BODY} will be held in {VENUE} on {DATE_LONG} at {START}.", x=20)
    _para(pdf, "Webcast Notice: This meeting will be filmed and broadcast over the internet on the "
               "Council's website and will be archived and available for viewing for 12 months "
               "thereafter.", x=20, style="I", size=10)
    _para(pdf, "You are invited to attend the meeting and a note of the business to be considered is "
               "attached.", x=20)
    pdf.set_font("Helvetica", "", 11)
    for line in ["Yours faithfully", "", "Morag Dallas", "Head of Legal and Governance"]:
        pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "BUSINESS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for number, title, gaelic, pages, part, parent, text, recs in AGENDA:
        if number == "12":
            _keep(pdf, 40)
            _para(pdf, EXCLUSION, x=20, style="B", size=10)
        page_text = f"Pages {pages[0]} - {pages[1]}" if pages else ""
        if parent:
            _heading(pdf, number, title, gaelic, x_num=30, x_title=40, pages=page_text)
            x = 40
        else:
            _heading(pdf, number, title, gaelic, pages=page_text)
            x = 30
        if text:
            _para(pdf, text, x=x)
        if recs:
            _para(pdf, "The Committee is invited to:-", x=x, gap=1.5)
            _numbered(pdf, recs, x=x)
        pdf.ln(3)
    pdf.output(str(path))


def _render_vote1(pdf: FPDF) -> None:
    for label, names in VOTE1.items():
        _keep(pdf, 14)
        pdf.set_font("Helvetica", "", 11)
        pdf.set_x(30)
        text = f"**{label} ({len(names)}):** " + ", ".join(_full(n) for n in names)
        pdf.multi_cell(160, 5.5, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)


def _render_vote2(pdf: FPDF) -> None:
    cols = ["Motion", "Amendment", "Abstain"]
    voters = [(h, i, s) for h, i, s, _ in MEMBERS if f"{i} {s}" != "D Munro"]
    _keep(pdf, 30)
    x0, wn, wc, rh = 30, 64, 30, 6
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_x(x0)
    pdf.cell(wn, rh, "Member", border=1)
    for c in cols:
        pdf.cell(wc, rh, c, border=1, align="C")
    pdf.ln(rh)
    pdf.set_font("Helvetica", "", 10)
    for h, i, s in voters:
        if pdf.get_y() + rh > pdf.h - 22:
            pdf.add_page()
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_x(x0)
            pdf.cell(wn, rh, "Member", border=1)
            for c in cols:
                pdf.cell(wc, rh, c, border=1, align="C")
            pdf.ln(rh)
            pdf.set_font("Helvetica", "", 10)
        pdf.set_x(x0)
        pdf.cell(wn, rh, f"{h} {i} {s}", border=1)
        for c in cols:
            pdf.cell(wc, rh, "X" if f"{i} {s}" in VOTE2[c] else "", border=1, align="C")
        pdf.ln(rh)
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_x(x0)
    pdf.cell(wn, rh, "Total", border=1)
    for c in cols:
        pdf.cell(wc, rh, str(len(VOTE2[c])), border=1, align="C")
    pdf.ln(rh + 4)


def _render_minutes(path: Path) -> None:
    pdf = _new("minutes")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 4.5, f"{COUNCIL_GAELIC} / {COUNCIL}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    y = pdf.get_y()
    pdf.cell(120, 6, BODY)
    pdf.set_xy(130, y)
    pdf.cell(60, 6, "No. 5  2024/2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _para(pdf, f"Minutes of Meeting of the {BODY} held in {VENUE} on {DATE_LONG} at {START}.", x=20)
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Present:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 11)
    shown = [f"{h} {i} {s}" + (" (remote)" if r else "") for h, i, s, r in MEMBERS]
    half = (len(shown) + 1) // 2
    for row in range(half):
        pdf.set_x(20)
        pdf.cell(80, 5.5, shown[row])
        if row + half < len(shown):
            pdf.cell(80, 5.5, shown[row + half])
        pdf.ln(5.5)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "In attendance:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for h, i, s, title in OFFICERS:
        pdf.cell(0, 5.5, f"{h} {i} {s}, {title}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Also in attendance:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for h, i, s, desc, _ in ALSO:
        pdf.cell(0, 5.5, f"{h} {i} {s}, {desc}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 5.5, f"{_full(CHAIR)} in the Chair", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    for number, title, gaelic, blocks in MINUTES:
        if number == "12":
            _keep(pdf, 45)
            _para(pdf, MINUTES_EXCLUSION, x=20, gap=5)
        _heading(pdf, number, title, gaelic)
        for block in blocks:
            kind = block[0]
            if kind == "p":
                _para(pdf, block[1])
            elif kind == "line":
                _para(pdf, block[1], gap=0.5, align="L")
            elif kind == "note":
                _para(pdf, block[1], style="I")
            elif kind == "decline":
                _keep(pdf, 10)
                pdf.set_x(30)
                pdf.set_font("Helvetica", "B", 11)
                pdf.cell(pdf.get_string_width("Decision: ") + 0.5, 5.5, "Decision: ")
                pdf.set_font("Helvetica", "", 11)
                pdf.cell(0, 5.5, block[1].removeprefix("Decision: "), new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
            elif kind == "b":
                pdf.set_font("Helvetica", "", 11)
                for bullet in block[1]:
                    _keep(pdf, 11)
                    y = pdf.get_y()
                    pdf.circle(x=33.2, y=y + 2.75, radius=0.8, style="F")
                    pdf.set_xy(38, y)
                    pdf.multi_cell(152, 5.5, bullet, align="J", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.5)
                pdf.ln(1.5)
            elif kind == "sub":
                pdf.ln(1)
                _heading(pdf, block[1], block[2], "", x_num=30, x_title=40)
            elif kind == "dec":
                _keep(pdf, 22)
                if block[1]:
                    _para(pdf, block[1], style="B", gap=1)
                _para(pdf, "The Committee:-", gap=1.5)
                _numbered(pdf, block[2], x=30)
                pdf.ln(2)
            elif kind == "vote1":
                _render_vote1(pdf)
            elif kind == "vote2":
                _render_vote2(pdf)
        pdf.ln(3)
    _para(pdf, f"The meeting ended at {END}.", x=20)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    (folder / "agendas").mkdir(parents=True, exist_ok=True)
    (folder / "minutes").mkdir(parents=True, exist_ok=True)
    agenda = folder / "agendas" / AGENDA_NAME
    minutes = folder / "minutes" / MINUTES_NAME
    _render_agenda(agenda)
    _render_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------

def _count_decisions(blocks: list) -> int:
    n = 0
    for block in blocks:
        if block[0] == "dec":
            n += len(block[2])
        elif block[0] == "decline":
            n += 1
    return n


def _vote_gold(item: str, data: dict, result: str, printed: str, mover: str, seconder: str) -> dict:
    keys = list(data)
    yes, no, abstain = (data[k] for k in keys)
    return {
        "item": item,
        "result": result,
        "result_as_printed": printed,
        "counts": {"yes": len(yes), "no": len(no), "abstain": len(abstain)},
        "voters": {"yes": [_surname(n) for n in yes], "no": [_surname(n) for n in no],
                   "abstain": [_surname(n) for n in abstain]},
        "mover": mover,
        "seconder": seconder,
    }


def gold() -> dict[str, dict]:
    meeting = {"body": BODY, "date": DATE, "start_time": "10:30"}
    agenda_items = []
    for number, title, _gaelic, pages, part, parent, _text, _recs in AGENDA:
        agenda_items.append({
            "number": number,
            "title": title,
            "pages": {"first": pages[0], "last": pages[1]} if pages else None,
            "part": part,
            "parent": parent,
        })
    agenda = {
        "file": f"generated/agendas/{AGENDA_NAME}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "The Gaelic line printed under the titles of items 1-5 is a translation and is left out of "
            "the titles, which are the English headings.",
            "Sub-items are numbered as printed, '(a)' and '(b)', with the enclosing item 6 or 9 as parent.",
            "Items 6 and 9 print no page range of their own, only their sub-items do, so their pages "
            "are null.",
            "Items 1, 2 and the private item 12 print no page range, so their pages are null.",
            "The page ranges are pack pages printed at the right of each title ('Pages 7 - 14').",
            "The lower-case 'The Committee is invited to: i. ... ii. ...' lists are recommendations "
            "within an item, not agenda items.",
            "The bold exclusion paragraph before item 12 is not an item; item 12 is exempt.",
            "The issue date '4 March 2025' on the front page is not the meeting date.",
        ],
        "meeting": meeting,
        "agenda": agenda_items,
    }

    attendance = []
    for h, i, s, remote in MEMBERS:
        name = f"{i} {s}"
        attendance.append({"name": name, "status": "virtual" if remote else "present",
                           "role": "Chair" if name == CHAIR else None})
    for h, i, s in APOLOGIES:
        attendance.append({"name": f"{i} {s}", "status": "apologies", "role": None})
    for h, i, s, title in OFFICERS:
        attendance.append({"name": f"{i} {s}", "status": "in_attendance", "role": title})
    for h, i, s, _desc, role in ALSO:
        attendance.append({"name": f"{i} {s}", "status": "also_present", "role": role})

    per_item = {number: _count_decisions(blocks) for number, _t, _g, blocks in MINUTES}
    minutes = {
        "file": f"generated/minutes/{MINUTES_NAME}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "These minutes never word a decision 'Resolved'; resolutions are counted one per numbered "
            "decision (i., ii., iii. under 'The Committee:-'), each led by a verb in capitals.",
            "The unnumbered 'Decision: The Committee AGREED the Motion/Amendment.' line after each "
            "vote counts as one resolution of its item.",
            "Decisions under sub-headings (a) and (b) of minutes 6 and 9 count towards minute 6 or 9.",
            "Minute items are the numbered items 1-12; the (a)/(b) sub-headings under 6 and 9 are parts "
            "of those minutes and are not listed as items.",
            "Lower-case 'agreed' in narratives (the Executive Chief Officer agreed to circulate a note) "
            "is not a decision of the Committee and is not counted.",
            "The Gaelic line under the headings of items 1-5 is a translation and is left out of the "
            "titles.",
            "Votes map Motion to yes, Amendment to no and Abstention/Abstain to abstain.",
            "Minute 10's vote was won by the Amendment, so the vote (on the Motion) is recorded as lost.",
            "Minute 10's vote counts are the printed Total row of the table; voters are the rows marked X.",
            "Members marked '(remote)' in the sederunt are recorded as virtual.",
            "Mr A Mackintosh is given the role Chair from the line 'Mr A Mackintosh in the Chair'.",
            "Mrs H Beaton (left for item 7) and Mr D Munro (joined during item 5, left during item 9) "
            "remain present in the attendance.",
            "Inspector J Dunbar is named without the rank 'Inspector', which is kept in the role.",
            "Officers are named with their initials as printed; their titles are their roles.",
            "The end time is from 'The meeting ended at 1.05pm'; the 11.50am adjournment does not "
            "change the start time.",
            "'No. 5 2024/2025' at the top of the first page is the minute volume number, not an item.",
        ],
        "meeting": {**meeting, "end_time": "13:05"},
        "minutes": {
            "items": [{"number": number, "title": title, "agenda_item": number}
                      for number, title, _g, _b in MINUTES],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": [
                _vote_gold("7", VOTE1, "carried", "The Committee AGREED the Motion.",
                           "A Mackintosh", "B Fraser"),
                _vote_gold("10", VOTE2, "lost", "The Committee AGREED the Amendment.",
                           "A Mackintosh", "T Ross"),
            ],
            "attendance": attendance,
        },
    }
    return {
        f"agendas__{AGENDA_NAME.removesuffix('.pdf')}": agenda,
        f"minutes__{MINUTES_NAME.removesuffix('.pdf')}": minutes,
    }

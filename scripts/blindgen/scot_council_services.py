"""Dunmorven Council (fictional Scottish unitary authority): Education and Children's Services
Committee, meeting of Tuesday 11 March 2025.

Two PDFs:

* the agenda: a notice of meeting on council letterhead (contact officer, membership, hybrid
  meeting note) followed by the business list in two parts, Part A in public and Part B items
  which may be taken in private under Section 50A(4) and Schedule 7A of the Local Government
  (Scotland) Act 1973; items carry report references (ECS/NN/25) and pack page ranges, with
  two headings holding decimal sub-items (8.1, 8.2 and 12.1, 12.2);
* the minute of the same meeting as a Scottish council prints it: a sederunt in running prose
  (councillors, remote attendance, a substitute, religious and non-voting representatives),
  also present, in attendance, apologies; paragraphs numbered continuously through the
  calendar year (this meeting holds 16 to 32); decisions worded "The Committee agreed:-" with
  lettered clauses or as single sentences; two divisions between a motion and an amendment
  (one with numbers only, where the amendment is carried, one naming the members), an
  amendment that fell for want of a seconder, and recorded dissents.

Everything (names, places, figures, references) is invented.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

SLUG = "dunmorven"
BODY = "Education and Children's Services Committee"
BODY_SLUG = "education-childrens-services"
DATE = "2025-03-11"
STEM = f"{SLUG}_{BODY_SLUG}_{DATE}"
AGENDA_FILE = f"{STEM}_agenda.pdf"
MINUTES_FILE = f"{STEM}_minutes.pdf"

CONTACT = {"name": "Rachel Dunnet", "phone": "01764 553118",
           "email": "committee.services@dunmorven.gov.uk"}

# ----------------------------------------------------------------------------------------------
# Agenda data: (number, title, description, report, pages, part, parent)
# ----------------------------------------------------------------------------------------------

PART_A = [
    ("1", "Apologies for Absence", "", None, None, None),
    ("2", "Declarations of Interest",
     "Members are asked to consider whether they have an interest to declare in relation to "
     "any item on the agenda for this meeting. Any such declaration should be made at this "
     "stage, in accordance with the Councillors' Code of Conduct.", None, None, None),
    ("3", "Determination of Exempt Items",
     "The Committee is asked to determine whether the items of business in Part B of the "
     "agenda should be considered in private.", None, None, None),
    ("4", "Minute of Meeting of the Education and Children's Services Committee held on "
          "21 January 2025", "For approval.", None, (1, 8), None),
    ("5", "Rolling Action Log", "Update as at 25 February 2025.", None, (9, 12), None),
    ("6", "Revenue Budget Monitoring 2024/25 - Period 9",
     "Report by the Chief Financial Officer.", "ECS/06/25", (13, 24), None),
    ("7", "School Estate Strategy 2025-2035",
     "Report by the Director of Education and Children's Services.", "ECS/07/25", (25, 44),
     None),
    ("8", "Attainment and Achievement", "", None, None, None),
    ("8.1", "Broad General Education Attainment 2023/24",
     "Report by the Director of Education and Children's Services.", "ECS/08/25", (45, 62),
     "8"),
    ("8.2", "Senior Phase Attainment and Positive Destinations 2023/24",
     "Report by the Director of Education and Children's Services.", "ECS/09/25", (63, 78),
     "8"),
    ("9", "Early Learning and Childcare - Expansion of Funded Provision for Eligible "
          "Two-Year-Olds",
     "Report by the Director of Education and Children's Services.", "ECS/10/25", (79, 90),
     None),
    ("10", "Proposal to Change School Transport Eligibility Distances",
     "Joint report by the Director of Education and Children's Services and the Head of Roads "
     "and Transport.", "ECS/11/25", (91, 108), None),
    ("11", "Children's Services Plan Annual Report 2023/24",
     "Report by the Chief Social Work Officer.", "ECS/12/25", (109, 136), None),
    ("12", "Inspection Reports", "", None, None, None),
    ("12.1", "Education Scotland Inspection - Kilbarr Primary School and Nursery Class",
     "Report by the Director of Education and Children's Services.", "ECS/13/25", (137, 144),
     "12"),
    ("12.2", "Care Inspectorate Inspection - Strathmorven Children's House",
     "Report by the Chief Social Work Officer.", "ECS/14/25", (145, 152), "12"),
    ("13", "Consultation on Proposed Closure of Glenaskie Primary School",
     "Report by the Director of Education and Children's Services.", "ECS/15/25", (153, 178),
     None),
]

PART_B = [
    ("14", "Educational Psychology Service: Staffing Review",
     "Report by the Director of Education and Children's Services.", "ECS/16/25", (179, 188),
     None, "Paragraph 1"),
    ("15", "Award of Contract - Supply of School Meals Provisions",
     "Report by the Head of Commercial and Procurement Services.", "ECS/17/25", (189, 196),
     None, "Paragraphs 6 and 8"),
]

# ----------------------------------------------------------------------------------------------
# Minute data
# ----------------------------------------------------------------------------------------------

DIRECTOR = "the Director of Education and Children's Services"

# Blocks: ("p", text) narrative; ("dec", text) one decision sentence (one resolution);
# ("decl", intro, [clauses]) a decision with lettered clauses (one resolution per clause);
# ("list", intro, [clauses], marker) lettered/roman text that is not a decision;
# ("named", [(label, names)]) the lines of a named division; ("note", text) an italic line.
MINUTE = [
    ("16", "APOLOGIES FOR ABSENCE", "1", [
        ("p", "Apologies for absence were intimated on behalf of Councillors Balfour and "
              "McIlvanney. It was intimated that Councillor Kennoway was attending the meeting "
              "as substitute for Councillor McIlvanney."),
    ]),
    ("17", "DECLARATIONS OF INTEREST", "2", [
        ("p", "Councillor Petrie declared a non-financial interest in the item of business at "
              "paragraph 31 below (Educational Psychology Service: Staffing Review) as a close "
              "family member is employed within the service. Having applied the objective "
              "test, she considered that her interest was such that she should withdraw from "
              "the meeting during consideration of that item."),
        ("p", "Father Rafferty declared a non-financial interest in the item of business at "
              "paragraph 30 below (Glenaskie Primary School) as a trustee of a charity which "
              "leases part of the school grounds. Having applied the objective test, he did "
              "not consider that he required to withdraw and took part in the consideration "
              "of the item."),
    ]),
    ("18", "DETERMINATION OF EXEMPT ITEMS", "3", [
        ("dec", "The Committee agreed, in terms of Section 50A(4) of the Local Government "
                "(Scotland) Act 1973, to exclude the press and public from the meeting during "
                "consideration of the items of business at paragraphs 31 and 32 below on the "
                "grounds that they would involve the likely disclosure of exempt information as "
                "defined in Paragraphs 1, 6 and 8 of Part I of Schedule 7A of the Act."),
    ]),
    ("19", "MINUTE OF PREVIOUS MEETING", "4", [
        ("p", "There was submitted the minute of meeting of the Education and Children's "
              "Services Committee held on 21 January 2025."),
        ("p", "With reference to paragraph 9 of the minute (Additional Support for Learning - "
              "Staffing), Councillor Drummond sought an update on the recruitment of pupil "
              "support assistants. The Head of Education (Secondary and Inclusion) advised that "
              "14 of the 18 posts had now been filled and that the remaining four posts would "
              "be re-advertised during March."),
        ("dec", "The Committee approved the minute as a correct record."),
    ]),
    ("20", "ROLLING ACTION LOG", "5", [
        ("p", "There was submitted the rolling action log of the Committee as at 25 February "
              "2025."),
        ("dec", "The Committee noted the position in respect of each of the outstanding actions "
                "and agreed that actions ECS-A07, ECS-A11 and ECS-A12 be removed from the log "
                "as complete."),
    ]),
    ("21", "REVENUE BUDGET MONITORING 2024/25 - PERIOD 9", "6", [
        ("p", "The Committee had before it a report (ECS/06/25) by the Chief Financial Officer "
              "which provided an update on the projected financial position of Education and "
              "Children's Services for 2024/25 as at 31 December 2024 (Period 9). The report "
              "advised that a net overspend of \xa31.284 million was projected against a revised "
              "budget of \xa3212.6 million, principally as a result of demand pressures within "
              "externally purchased residential care placements and home to school transport, "
              "partly offset by vacancy savings within the central education teams."),
        ("p", "In response to questions from members, the Finance Manager advised that two new "
              "external residential placements had been made since Period 6 at a combined "
              "annual cost of \xa30.58 million, and that the transport overspend reflected "
              "contract price increases which had taken effect from August 2024. Members "
              "sought assurance that the overspend would not affect the delivery of frontline "
              "services in schools, and the Director confirmed that devolved school budgets "
              "had been protected in full."),
        ("decl", "The Committee agreed:-", [
            "to note the projected overspend of \xa31.284 million on the Education and "
            "Children's Services revenue budget for 2024/25;",
            "to note the management actions set out in section 4 of the report which were "
            "intended to reduce the overspend by the year end; and",
            "to request that the Director of Education and Children's Services submit a report "
            "to the next meeting of the Committee on options to reduce the reliance of the "
            "service on external residential placements.",
        ]),
    ]),
    ("22", "SCHOOL ESTATE STRATEGY 2025-2035", "7", [
        ("p", "There was submitted a report (ECS/07/25) by " + DIRECTOR + " which sought "
              "approval of the School Estate Strategy 2025-2035. The Strategy set out the "
              "condition and suitability of the 58 school buildings across Dunmorven, projected "
              "school rolls to 2035, and a prioritised programme of investment to be "
              "considered as part of the Council's capital planning process."),
        ("p", "Members welcomed the Strategy and discussed the condition of Ardlachie Academy, "
              "the pressures on capacity in the Kirkton and Balnagask areas arising from new "
              "housing development, and the importance of early community engagement in the "
              "development of proposals for individual schools. The Director confirmed that "
              "any proposal affecting an individual school would be subject to the statutory "
              "consultation requirements of the Schools (Consultation) (Scotland) Act 2010."),
        ("dec", "Thereafter, the Committee agreed to approve the School Estate Strategy "
                "2025-2035 as set out in Appendix 1 to the report and to refer the prioritised "
                "investment programme to the Policy and Resources Committee for consideration "
                "as part of the review of the capital plan."),
    ]),
    ("23", "BROAD GENERAL EDUCATION ATTAINMENT 2023/24", "8.1", [
        ("p", "The Committee had before it a report (ECS/08/25) by " + DIRECTOR + " which "
              "presented the Curriculum for Excellence levels achieved by pupils in Primary 1, "
              "Primary 4, Primary 7 and S3 in session 2023/24, together with a comparison "
              "against the national average and the Council's virtual comparator."),
        ("p", "The Head of Education (Primary and Early Years) highlighted that the proportion "
              "of P7 pupils achieving the expected level in literacy had risen to 71 per cent, "
              "the highest recorded, and that the gap in numeracy attainment between pupils "
              "living in SIMD quintile 1 and those in quintile 5 had narrowed by four "
              "percentage points. Members asked about the variation in performance between "
              "schools and the support being provided to schools with lower attainment, and "
              "the Head of Education outlined the targeted support delivered through the "
              "Strategic Equity Fund and the Pupil Equity Fund."),
        ("decl", "The Committee agreed:-", [
            "to note the attainment of pupils in the Broad General Education in session "
            "2023/24; and",
            "to congratulate pupils, staff and parents on the improvements achieved.",
        ]),
    ]),
    ("24", "SENIOR PHASE ATTAINMENT AND POSITIVE DESTINATIONS 2023/24", "8.2", [
        ("p", "There was submitted a report (ECS/09/25) by " + DIRECTOR + " which provided an "
              "analysis of attainment in the Senior Phase in 2023/24, based on the Insight "
              "benchmarking tool, and of the initial destinations of school leavers."),
        ("p", "The report advised that 95.8 per cent of 2023/24 school leavers had entered a "
              "positive initial destination, compared with 95.7 per cent nationally. Members "
              "noted the continued growth in the number of young people undertaking Foundation "
              "Apprenticeships and asked that the thanks of the Committee be passed to the "
              "Developing the Young Workforce co-ordinators in each secondary school."),
        ("dec", "The Committee noted the report and agreed that a development session on the "
                "Senior Phase curriculum be arranged for members before the summer recess."),
        ("note", "The meeting adjourned at 11.35 am and reconvened at 11.45 am with the same "
                 "sederunt."),
    ]),
    ("25", "EARLY LEARNING AND CHILDCARE - EXPANSION OF FUNDED PROVISION FOR ELIGIBLE "
           "TWO-YEAR-OLDS", "9", [
        ("p", "The Committee had before it a report (ECS/10/25) by " + DIRECTOR + " which "
              "sought approval of proposals to increase the uptake of funded early learning "
              "and childcare by eligible two-year-olds, including a targeted data-sharing "
              "approach with the Department for Work and Pensions and the creation of 48 "
              "additional places at three council nurseries."),
        ("p", "Councillor Strachan expressed concern that the proposals did not extend "
              "provision to families on low incomes who were not in receipt of qualifying "
              "benefits, and indicated that she wished to move an amendment to that effect. "
              "There being no seconder, the amendment fell."),
        ("decl", "The Committee agreed:-", [
            "to approve the proposals for increasing the uptake of funded early learning and "
            "childcare by eligible two-year-olds as detailed in section 3 of the report;",
            "to approve the creation of 48 additional places at Balnagask, Craigton and "
            "Kirkton Nursery Schools from August 2025, to be funded from the Scottish "
            "Government's specific grant; and",
            "to note that a progress report would be presented to the Committee in March "
            "2026.",
        ]),
        ("p", "Councillor Strachan requested that her dissent from the foregoing decision be "
              "recorded."),
    ]),
    ("26", "PROPOSAL TO CHANGE SCHOOL TRANSPORT ELIGIBILITY DISTANCES", "10", [
        ("p", "There was submitted a joint report (ECS/11/25) by " + DIRECTOR + " and the Head "
              "of Roads and Transport which sought approval to amend the Council's School "
              "Transport Policy so that free school transport would be provided to primary "
              "pupils living more than two miles, and to secondary pupils living more than "
              "three miles, from their catchment school, being the statutory walking "
              "distances, with effect from August 2026. The report estimated annual savings "
              "of \xa31.1 million once the change was fully implemented."),
        ("p", "Members discussed the likely impact of the proposals on rural families, the "
              "number of routes which had not yet been assessed as safe walking routes, and "
              "the consultation which had been undertaken with parent councils. The Head of "
              "Roads and Transport advised that 212 routes would require to be assessed before "
              "the change could take effect."),
        ("p", "The Convener, seconded by Councillor Lindsay, moved that the Committee approve "
              "the recommendations contained in the report."),
        ("list", "As an amendment, Councillor Drummond, seconded by Councillor Munro, moved "
                 "that the Committee:-", [
                     "agree not to amend the distance criteria in the School Transport Policy "
                     "at this time; and",
                     "instruct the Director of Education and Children's Services, in "
                     "consultation with the Head of Roads and Transport, to undertake a full "
                     "assessment of safe walking routes to schools across the Council area and "
                     "to report back to the Committee within 12 months.",
                 ], "roman"),
        ("p", "On a division, there voted for the motion 6 and for the amendment 8, with 1 "
              "abstention, and the amendment was declared carried."),
        ("decl", "The Committee accordingly agreed:-", [
            "not to amend the distance criteria within the School Transport Policy at this "
            "time; and",
            "to instruct the Director of Education and Children's Services, in consultation "
            "with the Head of Roads and Transport, to undertake a full assessment of safe "
            "walking routes to schools across the Council area and to report back to the "
            "Committee within 12 months.",
        ]),
    ]),
    ("27", "CHILDREN'S SERVICES PLAN ANNUAL REPORT 2023/24", "11", [
        ("p", "There was submitted a report (ECS/12/25) by the Chief Social Work Officer which "
              "presented the annual report on the Dunmorven Children's Services Plan 2023-2026 "
              "for 2023/24, prepared jointly by the Council, NHS Dunmorven and partners, as "
              "required by Part 3 of the Children and Young People (Scotland) Act 2014."),
        ("p", "The Chief Social Work Officer responded to questions from members on progress "
              "in implementing the Promise, the level of kinship care allowances and the "
              "number of looked after children placed outwith the Council area, which had "
              "reduced from 41 to 33 over the course of the year."),
        ("dec", "The Committee noted the Children's Services Plan Annual Report 2023/24 and "
                "agreed that it be submitted to the Scottish Government."),
        ("note", "Councillor Ferguson left the meeting at 12.05 pm during consideration of this "
                 "item."),
    ]),
    ("28", "EDUCATION SCOTLAND INSPECTION - KILBARR PRIMARY SCHOOL AND NURSERY CLASS", "12.1", [
        ("p", "The Committee had before it a report (ECS/13/25) by " + DIRECTOR + " which "
              "advised of the outcome of the inspection of Kilbarr Primary School and Nursery "
              "Class by Education Scotland in November 2024. Inspectors had evaluated "
              "learning, teaching and assessment as 'very good' and ensuring wellbeing, "
              "equality and inclusion as 'good'."),
        ("dec", "The Committee noted the positive findings of the inspection and agreed that a "
                "letter of congratulation be sent by the Convener to the Head Teacher, staff "
                "and pupils of Kilbarr Primary School."),
    ]),
    ("29", "CARE INSPECTORATE INSPECTION - STRATHMORVEN CHILDREN'S HOUSE", "12.2", [
        ("p", "There was submitted a report (ECS/14/25) by the Chief Social Work Officer which "
              "advised that, following an unannounced inspection in December 2024, the Care "
              "Inspectorate had awarded Strathmorven Children's House grades of 5 (very good) "
              "for how well the service supported children's rights and wellbeing, and 4 "
              "(good) for leadership, with two areas for improvement relating to staff "
              "supervision records."),
        ("decl", "The Committee agreed:-", [
            "to note the findings of the inspection; and",
            "to note the action plan at Appendix 2 to the report to address the areas for "
            "improvement.",
        ]),
    ]),
    ("30", "CONSULTATION ON PROPOSED CLOSURE OF GLENASKIE PRIMARY SCHOOL", "13", [
        ("p", "The Committee had before it a report (ECS/15/25) by " + DIRECTOR + " which "
              "sought approval to undertake a statutory consultation, in terms of the Schools "
              "(Consultation) (Scotland) Act 2010, on a proposal to close Glenaskie Primary "
              "School, which had been mothballed since August 2022 when the roll had fallen "
              "to three pupils, and to extend the catchment area of Inverbrae Primary School to "
              "include the Glenaskie catchment area."),
        ("p", "The Convener invited Councillor Hutcheon, as a local member, to address the "
              "Committee. Councillor Hutcheon outlined the views expressed by the Glenaskie "
              "community, including concerns about the loss of a community facility and the "
              "length of journeys to Inverbrae, and asked that any consultation explore "
              "alternative community uses of the school building."),
        ("p", "The Convener, seconded by Councillor Lindsay, moved that the Committee approve "
              "the recommendations contained in the report."),
        ("p", "As an amendment, Councillor Crichton, seconded by Councillor Strachan, moved that "
              "the Committee continue consideration of the report to allow officers to "
              "undertake informal engagement with the Glenaskie community on the future of the "
              "school building and to report back to the Committee in August 2025."),
        ("p", "On a division, there voted:-"),
        ("named", [
            ("For the motion (9)",
             "Councillors Baird, Kennoway, Lindsay, MacAskill, Munro, Petrie and Yule, "
             "Reverend Dr Sinclair and Mr Tait."),
            ("For the amendment (5)",
             "Councillors Crichton, Drummond, Strachan and Urquhart and Father Rafferty."),
        ]),
        ("decl", "The motion was accordingly carried and the Committee agreed:-", [
            "to undertake a statutory consultation on the proposal to close Glenaskie Primary "
            "School and to extend the catchment area of Inverbrae Primary School to include "
            "the current Glenaskie catchment area, with effect from 1 August 2026;",
            "to approve the proposal paper at Appendix 1 to the report for the purposes of "
            "the consultation; and",
            "to instruct the Director of Education and Children's Services to submit the "
            "consultation report to a future meeting of the Committee.",
        ]),
        ("p", "Councillor Crichton requested that his dissent from the foregoing decision be "
              "recorded."),
    ]),
    ("31", "EDUCATIONAL PSYCHOLOGY SERVICE: STAFFING REVIEW", "14", [
        ("note", "Councillor Petrie, having declared an interest in this item, left the meeting "
                 "prior to its consideration."),
        ("p", "The Committee had before it a report (ECS/16/25) by " + DIRECTOR + " which "
              "sought approval of a revised staffing structure for the Educational Psychology "
              "Service."),
        ("dec", "The Committee agreed the recommendations contained in the report."),
        ("note", "Councillor Petrie rejoined the meeting."),
    ]),
    ("32", "AWARD OF CONTRACT - SUPPLY OF SCHOOL MEALS PROVISIONS", "15", [
        ("p", "There was submitted a report (ECS/17/25) by the Head of Commercial and "
              "Procurement Services which advised of the outcome of the tender exercise for "
              "the supply of provisions to school kitchens."),
        ("decl", "The Committee agreed:-", [
            "to award the contract for the supply of provisions to school kitchens for the "
            "period 1 April 2025 to 31 March 2028, with an option to extend for a further 12 "
            "months, to the tenderers identified in the report; and",
            "to delegate authority to the Head of Commercial and Procurement Services to "
            "conclude the contract.",
        ]),
    ]),
]

EXEMPT_FROM = "31"

OFFICERS = [
    ("Marion Craigie", "Director of Education and Children's Services"),
    ("Stuart Allardyce", "Head of Education (Primary and Early Years)"),
    ("Dr Pauline Ogilvie", "Head of Education (Secondary and Inclusion)"),
    ("Gordon Rennie", "Chief Social Work Officer"),
    ("Lesley Tennant", "Finance Manager"),
    ("Colin Grassick", "Head of Roads and Transport (for item 26)"),
    ("Aileen Forsyth", "Senior Solicitor"),
    ("Rachel Dunnet", "Committee Services Officer"),
]

ATTENDANCE = [
    {"name": "Fiona MacAskill", "status": "present", "role": "Convener"},
    {"name": "Graham Lindsay", "status": "present", "role": "Vice-Convener"},
    {"name": "Shona Baird", "status": "present"},
    {"name": "Hamish Crichton", "status": "present"},
    {"name": "Iain Drummond", "status": "present"},
    {"name": "Catriona Ferguson", "status": "virtual"},
    {"name": "Andrew Kennoway", "status": "substitute", "substitute_for": "Ross McIlvanney"},
    {"name": "Alasdair Munro", "status": "present"},
    {"name": "Morag Petrie", "status": "present"},
    {"name": "Elaine Strachan", "status": "present"},
    {"name": "Neil Urquhart", "status": "virtual"},
    {"name": "Derek Yule", "status": "present"},
    {"name": "Moira Sinclair", "status": "present", "role": "Religious Representative"},
    {"name": "Dominic Rafferty", "status": "present", "role": "Religious Representative"},
    {"name": "Colin Tait", "status": "present", "role": "Religious Representative"},
    {"name": "Lorna Gilchrist", "status": "present", "role": "Teacher Representative"},
    {"name": "Ewan Darroch", "status": "present", "role": "Parent Representative"},
    {"name": "Brian Hutcheon", "status": "also_present", "role": "Local Member (for item 30)"},
] + [
    {"name": n.removeprefix("Dr "), "status": "in_attendance", "role": r} for n, r in OFFICERS
] + [
    {"name": "Kirsty Balfour", "status": "apologies"},
    {"name": "Ross McIlvanney", "status": "apologies"},
]

LETTERS = "abcdefgh"
ROMAN = ["i", "ii", "iii", "iv", "v"]


# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------


class AgendaPDF(FPDF):
    def footer(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(-14)
        self.set_font("Helvetica", "", 9)
        self.cell(0, 5, f"- {self.page_no()} -", align="C")

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Education and Children's Services Committee - 11 March 2025", align="R")
        self.set_text_color(0, 0, 0)
        self.ln(8)


class MinutePDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "ECS Committee 11.03.25", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Subject to approval", align="R")
        self.set_text_color(0, 0, 0)
        self.ln(9)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 9)
        self.cell(0, 5, str(self.page_no()), align="C")


def _new(cls: type[FPDF], title: str) -> FPDF:
    pdf = cls(format="A4", unit="mm")
    pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author("Dunmorven Council")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=22)
    return pdf


def _render_agenda(path: Path) -> None:
    pdf = _new(AgendaPDF, "Education and Children's Services Committee - Agenda")
    pdf.add_page()
    # letterhead
    pdf.set_font("Times", "B", 22)
    pdf.cell(0, 10, "Dunmorven Council", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8.5)
    for line in ("Legal and Democratic Services", "Municipal Buildings, High Street",
                 "Kirkton of Dunmorven  DM4 7HQ", "www.dunmorven.gov.uk"):
        pdf.cell(0, 4, line, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 70, 120)
    pdf.set_line_width(0.6)
    pdf.line(20, pdf.get_y() + 2, 190, pdf.get_y() + 2)
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 4, "Chief Executive: Alan Robb", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    top = pdf.get_y()
    for label, value in (("Our Ref:", "ECS/RD/0311"), ("Date:", "27 February 2025"),
                         ("Contact:", CONTACT["name"]), ("Tel:", CONTACT["phone"]),
                         ("Email:", CONTACT["email"])):
        pdf.set_x(112)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(18, 5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_y(top)
    pdf.multi_cell(85, 5, "To: The Members of the Education and Children's Services Committee "
                          "(see distribution below)")
    pdf.set_y(max(bottom, pdf.get_y()) + 8)
    pdf.cell(0, 5, "Dear Member,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "BU", 11)
    pdf.cell(0, 6, "EDUCATION AND CHILDREN'S SERVICES COMMITTEE", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "You are requested to attend a meeting of the Education and Children's "
                         "Services Committee which will be held in the Council Chamber, "
                         "Municipal Buildings, High Street, Kirkton of Dunmorven on",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "TUESDAY, 11 MARCH 2025 at 10.00 AM", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    for para in (
        "This will be a hybrid meeting. Members may attend in person or remotely using "
        "Microsoft Teams. The public part of the meeting will be webcast live on the Council's "
        "website and will be available to view afterwards.",
        "The business to be considered at the meeting is set out overleaf. Reports marked in "
        "Part B of the agenda contain exempt information and have been circulated to members "
        "of the Committee only.",
        "Members who are unable to attend are asked to intimate their apologies to the "
        "Committee Services Officer named above as soon as possible.",
    ):
        pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.cell(0, 5, "Yours sincerely,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(9)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "Karen Auchterlonie", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Head of Legal and Democratic Services", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "Distribution:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 4.5,
                   "Councillors MacAskill (Convener), Lindsay (Vice-Convener), Baird, Balfour, "
                   "Crichton, Drummond, Ferguson, McIlvanney, Munro, Petrie, Strachan, "
                   "Urquhart and Yule; Reverend Dr M Sinclair, Father D Rafferty and Mr C Tait "
                   "(Religious Representatives); Ms L Gilchrist (Teacher Representative) and "
                   "Mr E Darroch (Parent Representative) (non-voting).",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.multi_cell(0, 4.5, "For information: all other Councillors; Chief Executive; "
                           "Directors; Press (Part A only).", new_x="LMARGIN", new_y="NEXT")

    # business list
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "BUSINESS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def col_heads() -> None:
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(14, 5, "Item")
        pdf.cell(134, 5, "Subject")
        pdf.cell(22, 5, "Pages", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        pdf.line(20, pdf.get_y() + 0.5, 190, pdf.get_y() + 0.5)
        pdf.ln(3)

    def banner(text: str) -> None:
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_fill_color(225, 232, 240)
        pdf.cell(0, 6, text, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def row(num: str, title: str, desc: str, report: str | None,
            pages: tuple[int, int] | None, extra: str | None = None) -> None:
        sub = "." in num
        indent = 8 if sub else 0
        width = 124 - indent
        pdf.set_font("Helvetica", "B", 10)
        lines = len(pdf.multi_cell(width, 5, title, dry_run=True, output="LINES"))
        if desc:
            pdf.set_font("Helvetica", "", 9.5)
            lines += len(pdf.multi_cell(width, 4.6, desc, dry_run=True, output="LINES"))
        if pdf.get_y() + lines * 5 + 8 > pdf.page_break_trigger:
            pdf.add_page()
            col_heads()
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B" if not sub else "", 10)
        pdf.set_xy(20 + indent, y)
        pdf.cell(14, 5, num)
        pdf.set_xy(34 + indent, y)
        pdf.set_font("Helvetica", "B", 10)
        pdf.multi_cell(width, 5, title, new_x="LMARGIN", new_y="NEXT")
        if pages:
            pdf.set_xy(168, y)
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(22, 5, f"{pages[0]} - {pages[1]}", align="R")
            pdf.set_y(y + 5 * len(pdf.multi_cell(width, 5, title, dry_run=True,
                                                 output="LINES")))
        if desc or report or extra:
            pdf.set_font("Helvetica", "", 9.5)
            text = desc
            if report:
                text = f"{text.rstrip('.')} ({report})" if text else f"({report})"
            pdf.set_x(34 + indent)
            pdf.multi_cell(width, 4.6, text, new_x="LMARGIN", new_y="NEXT")
            if extra:
                pdf.set_x(34 + indent)
                pdf.set_font("Helvetica", "I", 9)
                pdf.multi_cell(width, 4.6, extra, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.2)

    banner("PART A - ITEMS OF BUSINESS TO BE CONSIDERED IN PUBLIC")
    col_heads()
    for num, title, desc, report, pages, _parent in PART_A:
        row(num, title, desc, report, pages)
    if pdf.get_y() > 200:
        pdf.add_page()
    pdf.ln(2)
    banner("PART B - ITEMS WHICH MAY BE CONSIDERED IN PRIVATE")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 4.6,
                   "The Committee is invited to resolve, in terms of Section 50A(4) of the Local "
                   "Government (Scotland) Act 1973, that the public be excluded from the meeting "
                   "during consideration of the following items of business on the grounds that "
                   "they involve the likely disclosure of exempt information as defined in the "
                   "undernoted paragraphs of Part I of Schedule 7A of the Act.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for num, title, desc, report, pages, _parent, para in PART_B:
        row(num, title, desc, report, pages, f"Exempt - {para} of Part I of Schedule 7A")
    pdf.output(str(path))


def _heading(pdf: FPDF, num: str, title: str) -> None:
    pdf.set_font("Helvetica", "B", 11)
    need = 5.5 * len(pdf.multi_cell(148, 5.5, title, dry_run=True, output="LINES")) + 22
    if pdf.get_y() + need > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_xy(20, y)
    pdf.cell(12, 5.5, f"{num}.")
    pdf.set_xy(32, y)
    pdf.multi_cell(158, 5.5, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _body(pdf: FPDF, text: str, style: str = "") -> None:
    pdf.set_font("Helvetica", style, 11)
    pdf.set_x(32)
    pdf.multi_cell(158, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def _clauses(pdf: FPDF, intro: str, clauses: list[str], marker: str, style: str = "") -> None:
    _body(pdf, intro, style)
    pdf.ln(-1)
    for i, clause in enumerate(clauses):
        label = f"({LETTERS[i]})" if marker == "letter" else f"({ROMAN[i]})"
        pdf.set_font("Helvetica", style, 11)
        lines = len(pdf.multi_cell(146, 5.5, clause, dry_run=True, output="LINES"))
        if pdf.get_y() + lines * 5.5 > pdf.page_break_trigger:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(32, y)
        pdf.cell(12, 5.5, label)
        pdf.set_xy(44, y)
        pdf.multi_cell(146, 5.5, clause, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(1.5)


def _render_minutes(path: Path) -> None:
    pdf = _new(MinutePDF, "Minute - Education and Children's Services Committee - 11 March 2025")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "DUNMORVEN COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "EDUCATION AND CHILDREN'S SERVICES COMMITTEE", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 5.5, "MINUTE of MEETING of the EDUCATION AND CHILDREN'S SERVICES "
                           "COMMITTEE held in the Council Chamber, Municipal Buildings, Kirkton "
                           "of Dunmorven and remotely by Microsoft Teams on Tuesday 11 March "
                           "2025 at 10.00 am.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def labelled(label: str, text: str) -> None:
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(20, y)
        pdf.cell(36, 5.5, label)
        pdf.set_font("Helvetica", "", 11)
        pdf.set_xy(56, y)
        pdf.multi_cell(134, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    labelled("Sederunt:",
             "Councillor Fiona MacAskill (Convener); Councillor Graham Lindsay "
             "(Vice-Convener); Councillors Shona Baird, Hamish Crichton, Iain Drummond, "
             "Catriona Ferguson (remotely), Andrew Kennoway (as substitute for Councillor Ross "
             "McIlvanney), Alasdair Munro, Morag Petrie, Elaine Strachan, Neil Urquhart "
             "(remotely) and Derek Yule.")
    labelled("", "Religious Representatives: Reverend Dr Moira Sinclair, Father Dominic "
                 "Rafferty and Mr Colin Tait.")
    labelled("", "Non-voting Representatives: Ms Lorna Gilchrist (Teacher Representative) "
                 "and Mr Ewan Darroch (Parent Representative).")
    labelled("Also Present:", "Councillor Brian Hutcheon (for item 30).")
    labelled("In Attendance:", "; ".join(f"{n}, {r}" for n, r in OFFICERS) + ".")
    labelled("Apologies:", "Councillors Kirsty Balfour and Ross McIlvanney.")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 5.5, "Councillor MacAskill, Convener, in the Chair.", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    for num, title, _agenda, blocks in MINUTE:
        if num == EXEMPT_FROM:
            if pdf.get_y() > 215:
                pdf.add_page()
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 5.5, "EXEMPT INFORMATION", align="C", new_x="LMARGIN",
                           new_y="NEXT")
            pdf.set_font("Helvetica", "I", 10)
            pdf.multi_cell(0, 5, "The following items were considered in private in terms of "
                                 "the decision at paragraph 18 above.", align="C",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        _heading(pdf, num, title)
        for block in blocks:
            kind = block[0]
            if kind in ("p", "dec"):
                _body(pdf, block[1])
            elif kind == "note":
                _body(pdf, block[1], "I")
            elif kind == "decl":
                _clauses(pdf, block[1], block[2], "letter")
            elif kind == "list":
                _clauses(pdf, block[1], block[2], block[3])
            elif kind == "named":
                for label, names in block[1]:
                    y = pdf.get_y()
                    pdf.set_font("Helvetica", "", 11)
                    pdf.set_xy(38, y)
                    pdf.cell(46, 5.5, label + ":")
                    pdf.set_xy(84, y)
                    pdf.multi_cell(106, 5.5, names, new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(1.5)
                pdf.ln(1.5)
        pdf.ln(2)

    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 5.5, "The meeting terminated at 1.20 pm.", new_x="LMARGIN", new_y="NEXT")
    if pdf.get_y() > 240:
        pdf.add_page()
    pdf.ln(14)
    pdf.cell(100, 5.5, "Signed .......................................................")
    pdf.cell(0, 5.5, "Date ..............................", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(40)
    pdf.cell(0, 5.5, "Convener", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    (folder / "agendas").mkdir(parents=True, exist_ok=True)
    (folder / "minutes").mkdir(parents=True, exist_ok=True)
    agenda = folder / "agendas" / AGENDA_FILE
    minutes = folder / "minutes" / MINUTES_FILE
    _render_agenda(agenda)
    _render_minutes(minutes)
    return [agenda, minutes]


# ----------------------------------------------------------------------------------------------
# Gold
# ----------------------------------------------------------------------------------------------


def _resolutions(blocks: list[tuple]) -> int:
    total = 0
    for block in blocks:
        if block[0] == "dec":
            total += 1
        elif block[0] == "decl":
            total += len(block[2])
    return total


MEETING = {"body": BODY, "date": DATE, "start_time": "10:00"}


def _agenda_gold() -> dict:
    items = []
    for num, title, desc, report, pages, parent in PART_A:
        item = {"number": num, "title": title,
                "pages": {"first": pages[0], "last": pages[1]} if pages else None,
                "part": "public", "parent": parent}
        if report:
            item["report"] = report
        if desc and not desc.startswith("Report by") and not desc.startswith("Joint report"):
            item["note"] = desc
        items.append(item)
    for num, title, _desc, report, pages, parent, para in PART_B:
        items.append({"number": num, "title": title,
                      "pages": {"first": pages[0], "last": pages[1]},
                      "part": "exempt", "parent": parent, "report": report,
                      "note": f"Exempt - {para} of Part I of Schedule 7A"})
    return {
        "file": f"generated/agendas/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Page 1 is the notice of meeting (letter); the business list starts on page 2.",
            "Pages are the printed page ranges of the full agenda pack, printed in a right-hand "
            "'Pages' column; headings 8 and 12 print no pages and are given null.",
            "Items 8.1/8.2 and 12.1/12.2 are sub-items of the headings 8 and 12 (parent set).",
            "The descriptive lines under titles (report author, report reference, 'For "
            "approval.') are not part of the title; report references are kept in 'report'.",
            "Items 14 and 15 follow the 'PART B - ITEMS WHICH MAY BE CONSIDERED IN PRIVATE' "
            "banner and are exempt under Schedule 7A; items 1-13 are under the Part A banner.",
            "The distribution list on page 1 names the membership but is not attendance.",
            "Contact is the committee services officer named in the letter's reference block "
            "(phone and email as printed there).",
        ],
        "meeting": {**MEETING, "contact": dict(CONTACT)},
        "agenda": items,
    }


def _minutes_gold() -> dict:
    items = [{"number": num, "title": title, "agenda_item": agenda}
             for num, title, agenda, _blocks in MINUTE]
    per_item = {num: _resolutions(blocks) for num, _t, _a, blocks in MINUTE}
    motion_9 = ["Shona Baird", "Andrew Kennoway", "Graham Lindsay", "Fiona MacAskill",
                "Alasdair Munro", "Morag Petrie", "Derek Yule", "Moira Sinclair", "Colin Tait"]
    amend_5 = ["Hamish Crichton", "Iain Drummond", "Elaine Strachan", "Neil Urquhart",
               "Dominic Rafferty"]
    votes = [
        {"item": "26", "result": "lost", "result_as_printed": "the amendment was declared "
         "carried", "counts": {"yes": 6, "no": 8, "abstain": 1},
         "motion": "That the Committee approve the recommendations contained in the report.",
         "mover": "Fiona MacAskill", "seconder": "Graham Lindsay",
         "note": "Motion v amendment: yes = for the motion, no = for the amendment; the "
                 "amendment (Drummond, seconded Munro) was carried, so the motion is 'lost'."},
        {"item": "30", "result": "carried", "result_as_printed": "The motion was accordingly "
         "carried", "counts": {"yes": 9, "no": 5, "abstain": 0},
         "voters": {"yes": motion_9, "no": amend_5},
         "motion": "That the Committee approve the recommendations contained in the report.",
         "mover": "Fiona MacAskill", "seconder": "Graham Lindsay",
         "note": "Named division, motion v amendment (Crichton, seconded Strachan); yes = for "
                 "the motion, no = for the amendment; no abstentions printed."},
    ]
    return {
        "file": f"generated/minutes/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute paragraphs are numbered continuously through the year; this meeting holds "
            "16 to 32, each mapped to the agenda item it records (agenda_item).",
            "Minute titles are given as printed (upper case headings).",
            "Resolutions: each decision sentence not split into clauses counts one (including "
            "'The Committee noted ... and agreed ...' and the approval of the minute); a "
            "decision with lettered clauses '(a) (b) (c)' under 'The Committee agreed:-' counts "
            "one per clause.",
            "Not counted as resolutions: the roman-numbered clauses of the amendment as moved "
            "at paragraph 26 (a proposal, not a decision), the motions, the amendment at 25 "
            "which fell without a seconder, declarations of interest, apologies, dissents, "
            "and the 'considered in private' line above paragraph 31.",
            "Votes: a division between a motion and an amendment is recorded with yes = votes "
            "for the motion, no = votes for the amendment; result is the motion's fate.",
            "Paragraph 26's division prints numbers only (6, 8, 1 abstention); paragraph 30's "
            "names the members, printed by surname (full names given here from the sederunt); "
            "religious representatives vote on education business.",
            "Dissents are recorded by Councillor Strachan (25) and Councillor Crichton (30).",
            "Attendance: the sederunt is prose; councillors marked '(remotely)' are virtual; "
            "Kennoway attended as substitute for McIlvanney (who sent apologies); the religious "
            "and non-voting representatives are committee members present; Hutcheon, a "
            "non-member local councillor, is also_present; officers are in_attendance.",
            "Honorifics (Councillor, Reverend Dr, Father, Mr, Ms, Dr) are dropped from names.",
            "Ferguson left at 12.05 pm during paragraph 27 and Petrie withdrew for paragraph "
            "31; neither changes the attendance status.",
            "Paragraphs 31 and 32 are the exempt items (agenda Part B), printed after an "
            "'EXEMPT INFORMATION' banner that is not a minute item.",
            "end_time is from 'The meeting terminated at 1.20 pm.'",
        ],
        "meeting": {**MEETING, "end_time": "13:20"},
        "minutes": {
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": [dict(a) for a in ATTENDANCE],
        },
    }


def gold() -> dict[str, dict]:
    return {
        f"agendas__{Path(AGENDA_FILE).stem}": _agenda_gold(),
        f"minutes__{Path(MINUTES_FILE).stem}": _minutes_gold(),
    }

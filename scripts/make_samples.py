#!/usr/bin/env python3
"""Generate deterministic, fictional ModernGov-style sample PDFs and their ground truth.

Outputs (all under ``samples/``):

* ``eastbrook_children-committee_2025-07-15_pack.pdf`` - a complete "public reports pack":
  front sheet, visitor information, agenda, then each item's documents starting on the
  item's printed page, "Page N" footers, even-page padding with "This page is intentionally
  left blank", "Agenda Item N" stamps.
* ``eastbrook_improvement-plan_v2_2025-10.pdf`` - a later version of the action plan that is
  Appendix A of agenda item 6 in the pack.
* ``expected.json`` - the ground truth, written from the same Python data that is rendered.

Everything (council, people, addresses, phone numbers) is fictional.  Phone numbers use the
Ofcom drama range 01632 960xxx and e-mail addresses use an ``example`` domain.

Run: ``python scripts/make_samples.py``.  Output is byte-for-byte deterministic for a given
fpdf2 version (fixed creation date, no random file ids).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
PACK_NAME = "eastbrook_children-committee_2025-07-15_pack.pdf"
PLAN_V2_NAME = "eastbrook_improvement-plan_v2_2025-10.pdf"
EXPECTED_NAME = "expected.json"

PACK_CREATED = dt.datetime(2025, 7, 7, 9, 30, 0, tzinfo=dt.timezone.utc)
PLAN_V2_CREATED = dt.datetime(2025, 10, 20, 14, 0, 0, tzinfo=dt.timezone.utc)

FONT = "Helvetica"
MARGIN = 18.0  # left / right / top margin, mm
BOTTOM = 20.0  # bottom margin (the "Page N" footer sits inside it)

# =============================================================================================
# DATA - the single source of truth for both the PDFs and expected.json
# =============================================================================================

COUNCIL = "Borough of Eastbrook"
BODY = "Children and Young People Policy Overview Committee"

MEETING = {
    "council": COUNCIL,
    "body": BODY,
    "date": "2025-07-15",
    "date_text": "TUESDAY, 15 JULY 2025",
    "start_time": "19:00",
    "time_text": "7.00 PM",
    "venue_lines": [
        "COMMITTEE ROOM 5 -",
        "CIVIC CENTRE,",
        "MARKET STREET,",
        "EASTBROOK",
        "EB1 2QA",
    ],
    "published": "2025-07-07",
    "published_text": "Monday, 7 July 2025",
    "contact": {
        "name": "Hannah Whitlock",
        "phone": "01632 960418",
        "email": "hwhitlock@eastbrook.example.gov.uk",
    },
    "url": "https://democracy.eastbrook.example.gov.uk/ieListDocuments.aspx?CId=312&MId=4471",
}
MEETING["venue"] = " ".join(MEETING["venue_lines"])

# Committee membership as printed on the front sheet.
COUNCILLORS = [
    ("Margaret Hollis", "Chairman"),
    ("Thomas Brackley", "Vice-Chairman"),
    ("Priya Sandhu", None),
    ("Gareth Owusu", None),
    ("Helen Marchetti", None),
    ("Daniel Fairweather", None),
    ("Colin Ashworth", None),
    ("Joanne Kerrigan", None),
    ("Peter Langford", "Labour Lead"),
]
CO_OPTEES = [
    ("Anne Beaumont", "Roman Catholic Diocesan Representative"),
    ("Michael Tully", "Church of England Diocesan Representative"),
    ("Fiona Castell", "Parent Governor Representative"),
]

# ---------------------------------------------------------------------------------------------
# Agenda.  "pages" is filled in from the rendered documents (never typed by hand).
# style: how the printed range is laid out - trailing on the title's last line, or bracketed
# "(Pages x - y)" on its own line under the title.
# ---------------------------------------------------------------------------------------------
AGENDA = [
    {"heading": "Part 1 - Members, Public and Press"},
    {"number": "1", "title": "Apologies for absence and to report the presence of any substitute Members",
     "part": "public", "docs": []},
    {"number": "2", "title": "Declarations of Interest in matters coming before this meeting",
     "part": "public", "docs": []},
    {"number": "3", "title": "To confirm that all items marked Part 1 will be considered in public and that "
                             "any items marked Part 2 will be considered in private",
     "part": "public", "docs": []},
    {"number": "4", "title": "Matters that have been notified in advance or urgent",
     "part": "public", "docs": []},
    {"number": "5", "title": "Minutes of the meeting held on 24 June 2025",
     "part": "public", "style": "trailing", "docs": ["minutes"]},
    {"number": "6", "title": "Children and Young People's Services Improvement Plan - Progress Report on the "
                             "Implementation of the Ofsted Inspection Recommendations",
     "part": "public", "style": "trailing", "docs": ["report", "action_plan"]},
    {"number": "7", "title": "Cabinet Forward Plan",
     "part": "public", "style": "bracketed", "docs": ["forward_plan"]},
    {"number": "8", "title": "Work Programme 2025/26",
     "part": "public", "style": "trailing", "docs": ["work_programme"]},
    {"heading": "Part 2 - PRIVATE, Members Only"},
    {"number": "9", "title": "Residential Placements for Looked After Children - Contract Award",
     "part": "exempt", "style": "bracketed", "docs": ["restricted"]},
]

PART2_NOTE = (
    "The reports in Part 2 of this agenda are not for publication because they contain exempt "
    "information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 "
    "(as amended), and the public interest in withholding the information outweighs the public "
    "interest in disclosing it."
)

# ---------------------------------------------------------------------------------------------
# Minutes of the previous meeting (24 June 2025), agenda item 5 of the pack.
# ---------------------------------------------------------------------------------------------
MINUTES = {
    "body": BODY,
    "date": "2025-06-24",
    "date_text": "24 June 2025",
    "venue": "Committee Room 5 - Civic Centre, Market Street, Eastbrook",
    "start_time": "19:00",
    "end_time": "20:35",
    "closing": "The meeting, which commenced at 7.00pm, closed at 8.35 pm.",
    "present": [
        ("Margaret Hollis", "Chairman"),
        ("Priya Sandhu", None),
        ("Gareth Owusu", None),
        ("Helen Marchetti", None),
        ("Daniel Fairweather", None),
        ("Colin Ashworth", None),
        ("Robert Pryce", None),
        ("Joanne Kerrigan", None),
        ("Peter Langford", "Labour Lead"),
    ],
    "co_opted_present": [
        ("Anne Beaumont", "Roman Catholic Diocesan Representative"),
        ("Fiona Castell", "Parent Governor Representative"),
    ],
    "also_present": [("Ruth Ellery", "Cabinet Member for Children, Families and Education")],
    "officers": [
        ("Sunita Rahman", "Director of Children's Services"),
        ("Mark Delaney", "Head of Early Help and Prevention"),
        ("Louise Ferris", "School Places Planning Manager"),
        ("Hannah Whitlock", "Democratic Services Officer"),
    ],
    "apologies": [("Thomas Brackley", "Vice-Chairman", "Robert Pryce"), ("Michael Tully", None, None)],
}

# Each minute: number, title, agenda_item, body paragraphs, resolutions (clauses), vote.
# "resolved_style": "numbered" -> "Resolved: That:" + numbered clauses; "single" -> one sentence.
MINUTE_ITEMS = [
    {
        "number": "12",
        "title": "APOLOGIES FOR ABSENCE AND TO REPORT THE PRESENCE OF ANY SUBSTITUTE MEMBERS",
        "agenda_item": "1",
        "paras": [
            "Apologies for absence were received from Cllr. Thomas Brackley (Vice-Chairman), with "
            "Cllr. Robert Pryce substituting, and from Michael Tully.",
        ],
        "resolutions": [],
    },
    {
        "number": "13",
        "title": "DECLARATIONS OF INTEREST IN MATTERS COMING BEFORE THIS MEETING",
        "agenda_item": "2",
        "paras": [
            "Councillor Priya Sandhu declared a non-pecuniary interest in Agenda Item 7 as a governor "
            "of Hollybank Primary School. She remained in the room during the consideration of the item.",
        ],
        "resolutions": [],
    },
    {
        "number": "14",
        "title": "TO CONFIRM THAT ALL ITEMS MARKED PART 1 WILL BE CONSIDERED IN PUBLIC AND THAT ANY "
                 "ITEMS MARKED PART 2 WILL BE CONSIDERED IN PRIVATE",
        "agenda_item": "3",
        "paras": ["It was confirmed that all items of business would be considered in public."],
        "resolutions": [],
    },
    {
        "number": "15",
        "title": "MATTERS THAT HAVE BEEN NOTIFIED IN ADVANCE OR URGENT",
        "agenda_item": "4",
        "paras": ["There were no matters notified in advance or urgent."],
        "resolutions": [],
    },
    {
        "number": "16",
        "title": "TO RECEIVE THE MINUTES OF THE MEETING HELD ON 20 MAY 2025",
        "agenda_item": "5",
        "paras": [],
        "resolved_style": "single",
        "resolutions": ["the minutes of the meeting held on 20 May 2025 be agreed as a correct record."],
    },
    {
        "number": "17",
        "title": "MAJOR REVIEW 2025/26: SELECTION OF REVIEW TOPIC",
        "agenda_item": "6",
        "paras": [
            "The Democratic Services Officer introduced the report, which set out three possible topics "
            "for the Committee's major review in the 2025/26 municipal year: support for young carers in "
            "Eastbrook schools; the sufficiency of local foster placements; and the take-up of funded "
            "early education places for two-year-olds.",
            "Members discussed each option in turn. Some Members felt that the foster placement topic "
            "overlapped with work already commissioned by the Improvement Board and that a review could "
            "duplicate effort. Others noted that the number of young carers known to schools had risen "
            "by almost a third in two years and that there was little local information about the help "
            "they received.",
            "The Director of Children's Services advised that officers would be able to support any of "
            "the three topics, although data on early education take-up would not be available at ward "
            "level until the autumn.",
            "Councillor Langford (Labour Lead) proposed that the Committee review the sufficiency of local "
            "foster placements, noting that the number of children placed more than 20 miles from Eastbrook "
            "had doubled since 2022. Councillor Owusu responded that the Improvement Board was already "
            "examining placement sufficiency and that a review of young carers would reach children who "
            "were not known to social care at all.",
            "Fiona Castell (Parent Governor Representative) commented that many young carers did not "
            "identify themselves to their school and that the review should hear directly from young people. "
            "The Chairman agreed and asked officers to involve the Young Carers' Forum in the scoping work.",
            "The proposed title 'Supporting Young Carers in Eastbrook Schools' was moved, seconded and "
            "upon being put to a vote was agreed by five votes to four.",
        ],
        "resolved_style": "numbered",
        "resolutions": [
            "The Committee's major review for 2025/26 be 'Supporting Young Carers in Eastbrook Schools'.",
            "Officers prepare a draft scoping report for consideration at the meeting on 16 September 2025.",
            "Members forward suggestions for witnesses to the Democratic Services Officer by 31 July 2025.",
        ],
        "vote": {"result": "carried", "counts": {"yes": 5, "no": 4, "abstain": 0},
                 "text": "agreed by five votes to four"},
    },
    {
        "number": "18",
        "title": "SCHOOL PLACES PLANNING: ANNUAL UPDATE",
        "agenda_item": "7",
        "paras": [
            "The School Places Planning Manager presented the annual update. Demand for reception places "
            "had fallen for the third consecutive year, reflecting a lower birth rate, while demand for "
            "secondary places was forecast to peak in September 2027 before falling back.",
            "In response to questions, Members were informed that two primary schools in the south of the "
            "Borough were operating with more than 15% surplus places and that officers were working with "
            "the governing bodies on options, including reducing the published admission number.",
            "Members asked about the impact of new housing developments on the north side of the Borough. "
            "Officers explained that pupil yield from the Eastbrook Wharf development had been lower than "
            "forecast, with most new households in one and two bedroom flats, but that the position would "
            "be kept under review as later phases were completed.",
            "A Member raised concerns about the distance some secondary pupils travelled to school and asked "
            "whether the admissions criteria could be changed to give greater priority to local children. "
            "The School Places Planning Manager advised that any change would require a statutory "
            "consultation and would not take effect before September 2027.",
            "Members asked that future updates include projections at ward level and information about "
            "places for children with Education, Health and Care Plans.",
        ],
        "resolved_style": "numbered",
        "resolutions": [
            "The update be noted.",
            "Officers circulate ward-level pupil projections to all Members of the Committee.",
        ],
    },
    {
        "number": "19",
        "title": "FORWARD PLAN",
        "agenda_item": "8",
        "paras": ["The Committee considered the Cabinet Forward Plan. No questions were raised."],
        "resolved_style": "numbered",
        "resolutions": ["The Forward Plan be noted."],
    },
    {
        "number": "20",
        "title": "WORK PROGRAMME",
        "agenda_item": "9",
        "paras": [
            "Members considered the Work Programme for the remainder of the year and agreed that a site "
            "visit to the Multi-Agency Safeguarding Hub would help them to understand the changes set out "
            "in the Improvement Plan.",
        ],
        "resolved_style": "numbered",
        "resolutions": [
            "The Work Programme be noted.",
            "A site visit to the Multi-Agency Safeguarding Hub be arranged before the September meeting.",
        ],
    },
]

# ---------------------------------------------------------------------------------------------
# Officer report, agenda item 6.
# ---------------------------------------------------------------------------------------------
REPORT = {
    "title": "CHILDREN AND YOUNG PEOPLE'S SERVICES IMPROVEMENT PLAN - PROGRESS REPORT",
    "contact_officer": "Sunita Rahman",
    "telephone": "01632 960552",
    "papers_with_report": "Appendix A - Improvement Plan (updated July 2025)",
    "reason": (
        "To provide the Committee with an update on the progress made against the Children and Young "
        "People's Services Improvement Plan, which was agreed by Cabinet in March 2025 following the "
        "Ofsted inspection of local authority children's services (ILACS) in January 2025."
    ),
    "options": [
        "The Committee may wish to:",
        "\u2022 question officers on the progress reported against each work stream;",
        "\u2022 identify any areas where further information or a more detailed report is required; and",
        "\u2022 make recommendations to Cabinet on the delivery of the plan.",
    ],
    "information": [
        ("Background", None),
        (None, "The Ofsted inspection in January 2025 judged the overall effectiveness of children's "
               "services in Eastbrook to 'require improvement to be good'. Inspectors identified strengths "
               "in the quality of work with children in care and care leavers, but found that the response "
               "to children at the point of referral was not consistently timely."),
        (None, "The Improvement Plan (Appendix A) is organised into four work streams, each led by a "
               "senior manager and overseen by an Improvement Board chaired by the Chief Executive. The "
               "plan was published in March 2025 and is updated every quarter."),
        ("Progress to date", None),
        (None, "Of the 22 actions in the plan, 7 have been completed, 13 are on track and 2 are behind "
               "schedule. The two actions behind schedule relate to the review of the scheme of delegation "
               "(action 1.3) and the step-down pathway to Early Help (action 2.3). Revised timescales for "
               "these actions will be agreed by the Improvement Board in September 2025."),
        (None, "The Multi-Agency Safeguarding Hub (MASH) has now moved to a single co-located base at "
               "the Civic Centre. Police and health colleagues have been working from the base since "
               "June 2025, and the proportion of contacts with a decision within one working day has "
               "risen from 71% in March to 88% in June."),
        (None, "Recruitment remains the most significant risk to the plan. Agency social workers make up "
               "27% of the workforce, against a target of below 20%. A recruitment campaign with a market "
               "supplement for hard-to-fill posts is due to start once the HR review has concluded."),
        (None, "The monthly case audit programme has completed 112 audits since April 2025. 64% of cases "
               "audited were graded good or better, compared with 52% in the baseline audit carried out in "
               "February 2025."),
        (None, "The Children in Care Council has been involved in the design of the practice standards for "
               "recording (action 4.2). Young people asked that records are written so that they can "
               "understand them if they read their files as adults, and this has been included in the draft "
               "standards."),
        ("Risks to delivery", None),
        (None, "The Improvement Board keeps a risk register for the plan. The three highest risks are the "
               "recruitment and retention of permanent social workers, the capacity of the Early Help "
               "service to take on step-down cases, and the pressure on the placements budget, which is "
               "forecast to overspend by 1.2 million pounds in 2025/26."),
        (None, "Mitigating actions include the conversion of agency workers to permanent contracts, a review "
               "of Early Help caseloads and the new residential placements framework, which is the subject "
               "of a separate report to Cabinet in July 2025."),
        ("Next steps", None),
        (None, "An external peer review will be commissioned in the autumn to test progress against the "
               "inspection recommendations. The findings will be reported to this Committee."),
        (None, "The next update on the Improvement Plan will be reported to the Committee on "
               "11 November 2025."),
    ],
    "financial": (
        "There are no direct financial implications arising from this report. The cost of the market "
        "supplement for social workers is met from the Children's Services workforce budget agreed by "
        "Council in February 2025."
    ),
    "legal": (
        "The Council is required to take action in response to the recommendations of an Ofsted "
        "inspection and to publish a written statement of the action it proposes to take. The "
        "Improvement Plan fulfils that requirement. There are no other legal implications arising "
        "from this report."
    ),
    "background_papers": "NIL.",
}

# ---------------------------------------------------------------------------------------------
# Action plan (Appendix A to item 6).  Version 1 = "Updated July 2025" (in the pack),
# version 2 = "Updated October 2025" (standalone PDF), derived from v1 by PLAN_CHANGES.
# ---------------------------------------------------------------------------------------------
WORKSTREAMS = [
    {"number": 1, "name": "Leadership, Governance and Management Oversight",
     "progress_header": {1: "Progress - at July 2025", 2: "Progress - at October 2025"},
     "measures_header": "Performance Measures and Milestones"},
    {"number": 2, "name": "Improving the Front Door, MASH and Assessment",
     "progress_header": {1: "Progress - Actions", 2: "Progress - Actions"},
     "measures_header": "Performance Measures"},
    {"number": 3, "name": "Workforce Recruitment, Retention and Development",
     "progress_header": {1: "Progress - at July 2025", 2: "Progress - at October 2025"},
     "measures_header": "Performance Measures and Milestones"},
    {"number": 4, "name": "Quality Assurance, Audit and Practice Standards",
     "progress_header": {1: "Progress \u2013 Outcomes and Key Targets",
                         2: "Progress \u2013 Outcomes and Key Targets"},
     "measures_header": "Performance Measures"},
]

B = "\u2022 "  # bullet used inside cells

PLAN_V1 = [
    # ---- Work stream 1
    {"ref": "1.1", "ws": 1,
     "action": "Establish an Improvement Board chaired by the Chief Executive to oversee delivery of the "
               "plan and receive a monthly performance report.",
     "lead": "Chief Executive", "start": "April 2025", "end": "Mar 2026",
     "progress": "Board established in April 2025 and has met monthly. Terms of reference agreed and "
                 "published on the Council's website. Independent adviser appointed from June 2025.",
     "measures": B + "Board minutes published\n" + B + "Monthly performance report received",
     "targets": "100% of scheduled Board meetings held"},
    {"ref": "1.2", "ws": 1,
     "action": "Introduce a monthly performance clinic for team managers, using the new performance "
               "dashboard to track caseloads, visits and supervision.",
     "lead": "Sunita Rahman, Director of Children's Services", "start": "May 2025", "end": "On-going",
     "progress": "Dashboard launched in May 2025. Clinics held in May and June with all team managers "
                 "attending. Caseload data now refreshed daily.",
     "measures": "Attendance at clinics; accuracy of dashboard data",
     "targets": "Average caseload of 18 or fewer by March 2026"},
    {"ref": "1.3", "ws": 1,
     "action": "Review the scheme of delegation and the escalation protocol so that decisions about legal "
               "planning and accommodation are taken at the right level.",
     "lead": "Head of Legal Services", "start": "May 2025", "end": "Sept 2025",
     "progress": "Draft scheme prepared and shared with heads of service. Consultation with partners has "
                 "taken longer than planned; completion now expected in the autumn.",
     "measures": "Revised scheme agreed by the Improvement Board",
     "targets": "Scheme in use across all teams"},
    {"ref": "1.4", "ws": 1,
     "action": "Deliver a Member development programme on corporate parenting, including visits to "
               "front-line teams.",
     "lead": "Democratic Services Manager", "start": "June 2025", "end": "Mar 26",
     "progress": "Programme agreed. First session held on 12 June 2025 and attended by 21 Members.",
     "measures": "Number of Members attending",
     "targets": "All Cabinet and Committee Members attend at least one session"},
    {"ref": "1.5", "ws": 1,
     "action": "Refresh the Safeguarding Children Partnership business plan with shared priorities for "
               "the Council, police and health partners.",
     "lead": "Partnership Business Manager", "start": "Jan 25", "end": "December 25",
     "progress": "Priorities agreed by the partnership executive in April 2025. Business plan to be "
                 "signed off at the partnership meeting in September.",
     "measures": B + "Business plan published\n" + B + "Partner audit completed",
     "targets": "Annual report published by December 2025"},
    {"ref": "1.6", "ws": 1,
     "action": "Commission an external peer review to test progress against the inspection "
               "recommendations.",
     "lead": "Director of Children's Services", "start": "Oct 2025", "end": "6 months from start",
     "progress": "Not yet started. Scope to be agreed by the Improvement Board in September.",
     "measures": "Peer review report received",
     "targets": "Findings reported to Cabinet and this Committee"},
    # ---- Work stream 2
    {"ref": "2.1", "ws": 2,
     "action": "Move the Multi-Agency Safeguarding Hub (MASH) to a single co-located base with police and "
               "health partners.",
     "lead": "Head of Service, MASH", "start": "April 2025", "end": "Sept 2025",
     "progress": "Completed. Police and health colleagues have worked from the Civic Centre base since "
                 "June 2025. Joint daily triage meeting in place.",
     "measures": "Contacts with a decision within one working day",
     "targets": "90% of contacts decided within one working day"},
    {"ref": "2.2", "ws": 2,
     "action": "Publish a revised threshold document and deliver briefings to all partner agencies, "
               "schools and early years settings so that referrals are appropriate and contain the right "
               "information about the child and family.",
     "lead": "Principal Social Worker", "start": "April 2025", "end": "July 2025 Dec 2025",
     "progress": "Revised threshold document agreed by the Safeguarding Children Partnership in May 2025 "
                 "and published on the partnership website. Briefings delivered so far:\n"
                 + B + "14 sessions for primary and secondary schools (212 staff)\n"
                 + B + "4 sessions for early years settings (63 staff)\n"
                 + B + "2 sessions for GP practices and health visitors\n"
                 + B + "1 session for housing and police neighbourhood teams\n"
                 "Further sessions for colleges and voluntary sector groups are planned for September and "
                 "October. The conversion rate from contact to referral will be monitored monthly to "
                 "test whether the briefings have improved the quality of referrals.",
     "measures": B + "Number of partner staff briefed\n" + B + "Contact to referral conversion rate\n"
                 + B + "Quality of referral information (audit)",
     "targets": "Conversion rate between 35% and 45%"},
    {"ref": "2.3", "ws": 2,
     "action": "Reduce re-referrals within 12 months by introducing a step-down pathway to Early Help.",
     "lead": "Mark Delaney, Head of Early Help", "start": "May 2025", "end": "Sept 2025",
     "progress": "Pathway designed with Early Help team managers. Launch delayed because of vacancies in "
                 "the Early Help service; interim arrangements in place.",
     "measures": "Re-referral rate within 12 months",
     "targets": "Re-referrals below 20%"},
    {"ref": "2.4", "ws": 2,
     "action": "Ensure that all strategy discussions are held within 24 hours and recorded on the case "
               "management system.",
     "lead": "Head of Service, MASH", "start": "April 2025", "end": "Ongoing",
     "progress": "Weekly exception report introduced. 93% of strategy discussions held within 24 hours "
                 "in June 2025.",
     "measures": "Timeliness of strategy discussions",
     "targets": "95% within 24 hours"},
    {"ref": "2.5", "ws": 2,
     "action": "Introduce a weekly audit of contacts that result in no further action, with findings "
               "reported to the Improvement Board.",
     "lead": "Quality Assurance Manager", "start": "June 2025", "end": "Dec 2025",
     "progress": "Audit tool agreed. First audits completed in June 2025 with no cases found to have been "
                 "closed inappropriately.",
     "measures": "Number of contacts audited",
     "targets": "10 contacts audited each week"},
    {"ref": "2.6", "ws": 2,
     "action": "Complete assessments within 45 working days, with the child seen and seen alone where "
               "appropriate.",
     "lead": "Assessment Team Managers", "start": "April 2025", "end": "Mar 2026",
     "progress": "Timeliness improved from 71% to 79% since April. Children seen alone recorded in 84% of "
                 "assessments.",
     "measures": B + "Assessments in timescale\n" + B + "Child seen alone",
     "targets": "85% of assessments in timescale"},
    # ---- Work stream 3
    {"ref": "3.1", "ws": 3,
     "action": "Launch a recruitment campaign for permanent social workers, with a market supplement for "
               "hard-to-fill posts.",
     "lead": "HR Business Partner", "start": "TBC by HR", "end": "Mar 2026",
     "progress": "Business case for the market supplement approved. Campaign materials being prepared "
                 "with the communications team.",
     "measures": "Number of permanent appointments",
     "targets": "20 permanent social workers appointed"},
    {"ref": "3.2", "ws": 3,
     "action": "Reduce the use of agency social workers across the service.",
     "lead": "Assistant Director, Safeguarding", "start": "April 2025", "end": "Ongoing",
     "progress": "Agency staff make up 27% of the workforce (31% in March 2025). Conversion offers made to "
                 "six agency workers.",
     "measures": "Proportion of agency social workers",
     "targets": "Below 20% by March 2026"},
    {"ref": "3.3", "ws": 3,
     "action": "Set up an Academy for newly qualified social workers in their assessed and supported year "
               "in employment (ASYE), with protected caseloads.",
     "lead": "Principal Social Worker", "start": "Sep 2025", "end": "Sept 2026",
     "progress": "Academy manager appointed. First cohort of 12 newly qualified social workers due to start "
                 "in September 2025.",
     "measures": B + "Number of ASYE social workers\n" + B + "Retention after two years",
     "targets": "80% of the first cohort retained after two years"},
    {"ref": "3.4", "ws": 3,
     "action": "Review the job descriptions of Team Managers and Senior Practitioners.",
     "lead": "HR Business Partner", "start": "July 2025", "end": "TBC by HR",
     "progress": "Scoping discussions held with HR.",
     "measures": "Revised job descriptions agreed",
     "targets": "Job evaluation completed"},
    {"ref": "3.5", "ws": 3,
     "action": "Ensure all social workers receive supervision at least every four weeks, recorded on the "
               "child's file.",
     "lead": "Team Managers", "start": "April 2025", "end": "On-going",
     "progress": "Supervision within timescale rose to 86% in June 2025. New supervision template in use "
                 "since May 2025.",
     "measures": "Supervision within four weeks",
     "targets": "95% of supervision in timescale"},
    # ---- Work stream 4
    {"ref": "4.1", "ws": 4,
     "action": "Implement a monthly case audit programme, with moderation of a sample of audits by senior "
               "managers.",
     "lead": "Quality Assurance Manager", "start": "April 2025", "end": "Ongoing",
     "progress": "112 audits completed since April 2025. 64% graded good or better (baseline 52%). "
                 "Moderation agreed with the auditor's grade in 81% of cases.",
     "measures": B + "Audits graded good or better\n" + B + "Moderation agreement rate",
     "targets": "70% good or better by March 2026"},
    {"ref": "4.2", "ws": 4,
     "action": "Launch practice standards for recording, including a section on the child's voice in every "
               "assessment and plan.",
     "lead": "Principal Social Worker", "start": "May 2025", "end": "Sept 2025",
     "progress": "Standards drafted with practitioners. Launch events booked for September 2025.",
     "measures": "Child's voice evident in audited cases",
     "targets": "90% of audited cases"},
    {"ref": "4.3", "ws": 4,
     "action": "Introduce a 'learning from practice' newsletter and a quarterly practice week.",
     "lead": "Workforce Development Manager", "start": "July 2025", "end": "Dec 2025",
     "progress": "First newsletter issued in July 2025.",
     "measures": "Number of practice week sessions",
     "targets": "Four practice weeks a year"},
    {"ref": "4.4", "ws": 4,
     "action": "Develop a feedback survey for children, young people and families after an assessment.",
     "lead": "Participation Officer", "start": "Sept 2025", "end": "Mar 2026",
     "progress": "Survey questions being designed with the Children in Care Council.",
     "measures": "Number of responses received",
     "targets": "Response rate of 25%"},
    {"ref": "4.5", "ws": 4,
     "action": "Report audit findings quarterly to the Policy Overview Committee.",
     "lead": "Director of Children's Services", "start": "Sept 2025", "end": "Ongoing",
     "progress": "First quarterly report scheduled for the Committee meeting in November 2025.",
     "measures": "Reports received by Committee",
     "targets": "Four reports a year"},
]

# The changes from v1 (July 2025) to v2 (October 2025).  v2 is *built* by applying these.
PLAN_CHANGES = {
    "added": [
        {"after": "2.6", "row": {
            "ref": "2.7", "ws": 2,
            "action": "Pilot an out-of-hours consultation line so that schools can discuss concerns with a "
                      "qualified social worker.",
            "lead": "Head of Service, MASH", "start": "Nov 2025", "end": "Mar 2026",
            "progress": "New action agreed by the Improvement Board in September 2025. Rota being drawn up "
                        "with the Emergency Duty Team.",
            "measures": "Number of consultations from schools",
            "targets": "Pilot evaluated by April 2026"}},
        {"after": "4.5", "row": {
            "ref": "4.6", "ws": 4,
            "action": "Commission an independent audit of Child in Need plans closed in the last six months.",
            "lead": "Quality Assurance Manager", "start": "Nov 2025", "end": "Feb 2026",
            "progress": "New action. Auditor being procured.",
            "measures": B + "Number of closed plans audited\n" + B + "Plans closed appropriately",
            "targets": "All closures in the sample judged appropriate"}},
    ],
    "dropped": [{"ref": "3.4", "reason": "Superseded by the Children's Services restructure (action 3.2)."}],
    "end_slipped": [
        {"ref": "1.3", "to": "Dec 2025"},
        {"ref": "2.3", "to": "Jan 2026"},
        {"ref": "4.2", "to": "Nov 2025"},
    ],
    "lead_changed": [
        {"ref": "2.5", "to": "Head of Quality Assurance and Safeguarding"},
        {"ref": "3.2", "to": "Sunita Rahman, Director of Children's Services"},
    ],
    "progress": {
        "1.1": "Board has met monthly since April 2025. Independent adviser's first report received in "
               "September 2025. Board now also receives the quarterly audit summary.",
        "1.2": "Clinics held every month since May 2025. Average caseload down from 22 to 19.",
        "1.3": "Draft scheme revised after consultation with partners. To be agreed by the Improvement "
               "Board in November; completion now expected in December 2025.",
        "1.5": "Business plan signed off by the partnership in September 2025 and published.",
        "1.6": "Scope agreed in September. Peer review team confirmed and on site 3 to 5 November 2025.",
        "2.1": "Completed June 2025. 91% of contacts decided within one working day in September.",
        "2.2": "Threshold briefings completed for schools, early years, health, housing and police. "
               "Sessions for colleges and voluntary sector groups held in September and October:\n"
               + B + "24 sessions delivered in total (402 staff)\n"
               + B + "Contact to referral conversion rate 38% in September\n"
               "Action to close in December 2025 after a final audit of referral quality.",
        "2.3": "Early Help vacancies filled in September. Pathway launch moved to January 2026.",
        "2.4": "96% of strategy discussions held within 24 hours in September 2025.",
        "2.5": "Weekly audits continuing; lead transferred to the new Head of Quality Assurance and "
               "Safeguarding. Two cases re-opened following audit.",
        "2.6": "Timeliness 83% in September 2025. Children seen alone recorded in 88% of assessments.",
        "3.1": "Campaign launched 1 September 2025. Nine permanent social workers appointed to date.",
        "3.2": "Agency staff now 23% of the workforce. Responsibility moved to the Director following the "
               "restructure of the service.",
        "3.3": "First cohort of 12 started in September 2025; all have protected caseloads.",
        "3.5": "Supervision within timescale 91% in September 2025.",
        "4.1": "171 audits completed. 68% graded good or better.",
        "4.2": "Launch events held in October. Standards will be in use from November 2025.",
        "4.3": "Newsletter issued monthly. First practice week held 15 to 19 September 2025.",
        "4.4": "Survey finalised and piloted with 20 families in October 2025.",
    },
}

# ---------------------------------------------------------------------------------------------
# Forward plan, agenda item 7.
# ---------------------------------------------------------------------------------------------
FORWARD_PLAN_COLUMNS = [
    "Decision", "Further information", "Ward(s)", "Final decision by Full Council",
    "Cabinet Member(s) Responsible", "Officer Contact", "Consultation", "NEW ITEM", "Private decision?",
]
FORWARD_PLAN = [
    ("Cabinet meeting - 23 July 2025", [
        ["Eastbrook SEND and Inclusion Strategy 2025-2030",
         "Cabinet will be asked to approve the new strategy for children and young people with special "
         "educational needs and disabilities following consultation.",
         "All", "", "Cllr Ruth Ellery", "CYP - Jane Doe",
         "Parents, carers, schools and health partners (March - May 2025)", "", "Public"],
        ["Residential Placements for Looked After Children - Contract Award",
         "Award of a four-year framework contract for residential and semi-independent placements.",
         "All", "", "Cllr Ruth Ellery", "CYP - Mark Delaney", "Market engagement with providers",
         "NEW", "Private (3)"],
        ["Youth Service Capital Grants 2025/26",
         "Allocation of capital grants to voluntary and community youth organisations.",
         "Brookfield; Ashwell", "", "Cllr Ruth Ellery", "CYP - Rhian Morgan", "Ward Councillors", "",
         "Public"],
    ]),
    ("Cabinet Member Decisions - July 2025", [
        ["Home to School Transport Policy - Post-16",
         "Annual approval of the transport policy statement for students aged 16 to 19.",
         "All", "", "Cllr Ruth Ellery and Cllr Simon Achebe", "CYP - Jane Doe",
         "Public consultation (6 weeks)", "NEW", "Public"],
        ["Short Breaks for Disabled Children - Contract Extension",
         "Extension of existing short breaks contracts for up to 12 months.",
         "All", "", "Cllr Ruth Ellery", "CYP - Kofi Mensah", "Parent carer forum", "", "Private (3)"],
    ]),
    ("Cabinet meeting - 17 September 2025", [
        ["Budget Monitoring Report - Month 4",
         "The Council's forecast revenue and capital position for 2025/26.",
         "All", "", "Cllr Simon Achebe", "FIN - Owen Pritchard", "N/A", "", "Public"],
        ["Children's Centres - Future Delivery Model",
         "Proposals for family hubs, following a review of the use of children's centre buildings.",
         "Millbrook; St Anne's; Eastbrook Central", "YES", "Cllr Ruth Ellery", "CYP - Rhian Morgan",
         "12 week public consultation", "NEW", "Public"],
        ["Disposal of the former Greenway Youth Centre",
         "Sale of the vacant youth centre site, with receipts ring-fenced for youth provision.",
         "Greenway", "", "Cllr Simon Achebe", "PLA - Tariq Hussein", "Ward Councillors", "",
         "Private (3)"],
    ]),
    ("Cabinet meeting - 15 October 2025", [
        ["Schools Capital Programme 2026-2029",
         "Approval of the programme of expansions and condition works at maintained schools.",
         "All", "YES", "Cllr Simon Achebe", "CYP - Louise Ferris", "Schools Forum", "", "Public"],
        ["Virtual School Annual Report 2024/25",
         "Annual report on the education of children looked after by the Council.",
         "All", "", "Cllr Ruth Ellery", "CYP - Jane Doe", "N/A", "", "Public"],
    ]),
]

# ---------------------------------------------------------------------------------------------
# Work programme, agenda item 8.
# ---------------------------------------------------------------------------------------------
WORK_PROGRAMME = [
    ("2025-07-15", "15 July 2025", "CR5", [
        "Improvement Plan - progress report", "Major Review: witness session 1",
        "Cabinet Forward Plan", "Work Programme"]),
    ("2025-09-16", "16 September 2025", "CR4 and CR4A", [
        "Major Review: draft scoping report", "School Places Planning - ward projections",
        "Cabinet Forward Plan", "Work Programme"]),
    ("2025-10-14", "14 October 2025", "Room TBC", [
        "Major Review: witness session 2", "Annual Complaints Report - Children's Social Care",
        "Cabinet Forward Plan", "Work Programme"]),
    ("2025-11-11", "11 November 2025", "CR5", [
        "Improvement Plan - progress report", "Quarterly audit findings",
        "Budget proposals 2026/27 - Children's Services", "Cabinet Forward Plan", "Work Programme"]),
    ("2026-01-13", "13 January 2026", "CR5", [
        "Major Review: witness session 3", "Virtual School Annual Report",
        "Cabinet Forward Plan", "Work Programme"]),
    ("2026-03-10", "10 March 2026", "Room TBC", [
        "Major Review: draft final report", "Improvement Plan - progress report",
        "Cabinet Forward Plan", "Work Programme"]),
]

# =============================================================================================
# PDF helpers
# =============================================================================================


class SamplePDF(FPDF):
    """FPDF with "Page N" footers from a given physical page and an optional running header."""

    def __init__(self, created: dt.datetime, title: str, running_header: str | None = None):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.core_fonts_encoding = "windows-1252"  # bullets and dashes in the core fonts
        self.numbered_from: int | None = None
        self.running_header = running_header
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=BOTTOM)
        self.set_creation_date(created)
        self.set_creator("agendapack scripts/make_samples.py")
        self.set_producer("fpdf2")
        self.set_author(f"{COUNCIL} (fictional sample)")
        self.set_title(title)

    # printed page number of a physical page (None on the front sheet / agenda)
    def printed(self, physical: int) -> int | None:
        if self.numbered_from is None or physical < self.numbered_from:
            return None
        return physical - self.numbered_from + 1

    def header(self):
        if self.running_header:
            self.set_font(FONT, "I", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 8)
            self.cell(0, 4, self.running_header, align="R")
            self.set_text_color(0, 0, 0)
            self.set_xy(self.l_margin, self.t_margin)

    def footer(self):
        n = self.printed(self.page_no())
        if n is not None:
            self.set_y(-13)
            self.set_font(FONT, "", 9)
            self.cell(0, 5, f"Page {n}", align="C")


def usable_width(pdf: FPDF) -> float:
    return pdf.w - pdf.l_margin - pdf.r_margin


def ensure_space(pdf: FPDF, h: float) -> None:
    if pdf.get_y() + h > pdf.h - BOTTOM:
        pdf.add_page(same=True)


def para(pdf, text, size=10.5, style="", indent=0.0, lh=None, after=2.0, align="L"):
    pdf.set_font(FONT, style, size)
    lh = lh or size * 0.47
    ensure_space(pdf, lh * 2)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(usable_width(pdf) - indent, lh, text, align=align,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


def labelled(pdf, label, text, label_w=10.0, indent=0.0, size=10.5, style="", label_style=None,
             after=2.0):
    """A paragraph with a hanging label ("1.", "16.", bullet)."""
    lh = size * 0.47
    pdf.set_font(FONT, style, size)
    ensure_space(pdf, lh * 2)
    pdf.set_x(pdf.l_margin + indent)
    pdf.set_font(FONT, style if label_style is None else label_style, size)
    pdf.cell(label_w, lh, label)
    pdf.set_font(FONT, style, size)
    pdf.multi_cell(usable_width(pdf) - indent - label_w, lh, text,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


def stamp(pdf, text):
    """'Agenda Item N' (or 'Appendix A') at the top right of a document's first page."""
    pdf.set_font(FONT, "B", 12)
    w = pdf.get_string_width(text) + 6
    pdf.set_xy(pdf.w - pdf.r_margin - w, 9)
    pdf.cell(w, 7, text, border=1, align="C")
    pdf.set_xy(pdf.l_margin, max(pdf.t_margin, 22))


def wrap(pdf, text, width):
    """Word-wrap text for the current font. Returns [(x_offset, line)].

    Paragraphs are separated by newlines; a paragraph starting with a bullet gets a hanging
    indent so that its continuation lines line up with the text after the bullet.
    """
    out = []
    for paragraph in text.split("\n"):
        offset = pdf.get_string_width(B) if paragraph.startswith(B) else 0.0
        words = paragraph.split(" ")
        line = ""
        first = True
        for word in words:
            cand = word if not line else line + " " + word
            avail = width - (0.0 if first else offset)
            if pdf.get_string_width(cand) <= avail or not line:
                # hard-break a single word longer than the cell
                while pdf.get_string_width(cand) > avail and len(cand) > 1:
                    cut = len(cand)
                    while cut > 1 and pdf.get_string_width(cand[:cut]) > avail:
                        cut -= 1
                    out.append((0.0 if first else offset, cand[:cut]))
                    first = False
                    cand = cand[cut:]
                    avail = width - offset
                line = cand
            else:
                out.append((0.0 if first else offset, line))
                first = False
                line = word
        out.append((0.0 if first else offset, line))
    return out


class Table:
    """A ruled table drawn cell by cell, so that rows can split across pages like real plans.

    header_rows: list of rows, each a list of (text, colspan).  The header is repeated at the
    top of every page the table continues on.  Rows are dicts {"cells": [...]} or {"group": str}
    (a full-width shaded bar such as "Cabinet meeting - 23 July 2025").
    """

    def __init__(self, pdf, rel_widths, header_rows, font_size=8.5, lh=3.9, pad=1.3,
                 split_min_fit=2, split_min_lines=3):
        self.pdf = pdf
        total = sum(rel_widths)
        uw = usable_width(pdf)
        self.widths = [uw * w / total for w in rel_widths]
        self.header_rows = header_rows
        self.fs, self.lh, self.pad = font_size, lh, pad
        self.split_min_fit, self.split_min_lines = split_min_fit, split_min_lines
        self.pages: list[int] = []
        self.splits = 0

    # -- drawing primitives
    def _bottom(self):
        return self.pdf.h - BOTTOM

    def _draw_cell(self, x, y, w, h, lines, style="", fill=None, align="L"):
        pdf = self.pdf
        if fill:
            pdf.set_fill_color(*fill)
            pdf.rect(x, y, w, h, style="DF")
        else:
            pdf.rect(x, y, w, h)
        pdf.set_font(FONT, style, self.fs)
        for i, (off, s) in enumerate(lines):
            pdf.set_xy(x + self.pad + off, y + self.pad + i * self.lh)
            pdf.cell(w - 2 * self.pad - off, self.lh, s, align=align)

    def _header_height(self):
        pdf = self.pdf
        pdf.set_font(FONT, "B", self.fs)
        total = 0.0
        for hrow in self.header_rows:
            col = 0
            n = 1
            for text, span in hrow:
                w = sum(self.widths[col:col + span])
                n = max(n, len(wrap(pdf, text, w - 2 * self.pad)))
                col += span
            total += n * self.lh + 2 * self.pad
        return total

    def draw_header(self):
        pdf = self.pdf
        y = pdf.get_y()
        pdf.set_font(FONT, "B", self.fs)
        for hrow in self.header_rows:
            col = 0
            cells = []
            for text, span in hrow:
                w = sum(self.widths[col:col + span])
                cells.append((pdf.l_margin + sum(self.widths[:col]), w, wrap(pdf, text, w - 2 * self.pad)))
                col += span
            h = max(len(c[2]) for c in cells) * self.lh + 2 * self.pad
            for x, w, lines in cells:
                self._draw_cell(x, y, w, h, lines, style="B", fill=(210, 210, 210), align="C")
            y += h
        pdf.set_xy(pdf.l_margin, y)
        self._note_page()

    def _note_page(self):
        if not self.pages or self.pages[-1] != self.pdf.page:
            self.pages.append(self.pdf.page)

    def new_page(self):
        self.pdf.add_page(same=True)
        self.pdf.set_xy(self.pdf.l_margin, self.pdf.t_margin)
        self.draw_header()

    def min_start_height(self):
        """Space needed to start the table: header plus a few lines of the first row."""
        return self._header_height() + self.split_min_fit * self.lh + 2 * self.pad

    # -- rows
    def draw_rows(self, rows):
        """Draw rows; return, per row, the physical pages it was drawn on (None for groups)."""
        pdf = self.pdf
        pdf.set_auto_page_break(False)
        result = []
        for row in rows:
            if "group" in row:
                gh = self.lh + 2 * self.pad + 1
                if pdf.get_y() + gh + self.lh * self.split_min_fit + 2 * self.pad > self._bottom():
                    self.new_page()
                y = pdf.get_y()
                pdf.set_font(FONT, "B", self.fs + 1)
                self._draw_cell(pdf.l_margin, y, sum(self.widths), gh, [(0.0, row["group"])],
                                style="B", fill=(240, 240, 240))
                pdf.set_xy(pdf.l_margin, y + gh)
                result.append(None)
                continue
            pdf.set_font(FONT, "", self.fs)
            remaining = [wrap(pdf, str(t), w - 2 * self.pad) if t else []
                         for t, w in zip(row["cells"], self.widths)]
            total_lines = max(1, max(len(c) for c in remaining))
            pages = []
            while True:
                n = max(1, max(len(c) for c in remaining))
                h = n * self.lh + 2 * self.pad
                y = pdf.get_y()
                avail = self._bottom() - y
                if h <= avail:
                    self._draw_row(y, remaining, h)
                    pages.append(pdf.page)
                    pdf.set_xy(pdf.l_margin, y + h)
                    break
                fit = int((avail - 2 * self.pad) // self.lh)
                if fit >= self.split_min_fit and total_lines >= self.split_min_lines and n - fit >= 1:
                    part = [c[:fit] for c in remaining]
                    self._draw_row(y, part, avail)
                    pages.append(pdf.page)
                    remaining = [c[fit:] for c in remaining]
                    self.splits += 1
                    self.new_page()
                else:
                    self.new_page()
            self._note_page()
            result.append(pages)
        pdf.set_auto_page_break(True, margin=BOTTOM)
        return result

    def _draw_row(self, y, cells, h):
        x = self.pdf.l_margin
        for lines, w in zip(cells, self.widths):
            self._draw_cell(x, y, w, h, lines)
            x += w


# =============================================================================================
# Document renderers.  Each starts its own page(s); the caller pads to an even page count.
# =============================================================================================


def render_front_sheet(pdf: SamplePDF):
    pdf.add_page("P")
    pdf.set_font(FONT, "B", 11)
    pdf.set_text_color(0, 70, 120)
    pdf.cell(0, 6, COUNCIL.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font(FONT, "B", 22)
    pdf.multi_cell(0, 10, BODY, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    def field(label, lines, style=""):
        pdf.set_font(FONT, "B", 11)
        pdf.cell(34, 6, label)
        pdf.set_font(FONT, style, 11)
        x = pdf.get_x()
        for i, line in enumerate(lines):
            pdf.set_x(x)
            pdf.cell(0, 6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)

    field("Date:", [MEETING["date_text"]], "B")
    field("Time:", [MEETING["time_text"]], "B")
    field("Venue:", MEETING["venue_lines"], "B")
    field("Meeting Details:", ["Members of the public and press are welcome to attend this meeting.",
                      "This agenda is available online at:"])
    pdf.set_font(FONT, "", 9)
    pdf.set_x(pdf.l_margin + 34)
    pdf.cell(0, 5, MEETING["url"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    pdf.set_font(FONT, "B", 12)
    pdf.cell(0, 7, "Councillors on the Committee", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 11)
    for name, role in COUNCILLORS:
        pdf.cell(0, 5.6, f"{name} ({role})" if role else name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 6, "Co-opted Members", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 11)
    for name, role in CO_OPTEES:
        pdf.cell(0, 5.6, f"{name}, {role}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)

    pdf.set_font(FONT, "", 11)
    pdf.cell(0, 6, f"Published: {MEETING['published_text']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    c = MEETING["contact"]
    pdf.cell(0, 6, f"Contact: {c['name']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, f"Tel: {c['phone']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, f"Email: {c['email']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font(FONT, "I", 9)
    pdf.multi_cell(0, 4.5, "Putting our residents first\nChief Executive, Borough of Eastbrook, Civic Centre, "
                           "Market Street, Eastbrook EB1 2QA", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def render_visitor_info(pdf: SamplePDF):
    pdf.add_page("P")
    pdf.set_font(FONT, "B", 14)
    pdf.cell(0, 8, "Useful information for residents and visitors", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    sections = [
        ("Travel and parking", "Bus routes 14, 27 and 61 stop outside the Civic Centre. Eastbrook railway "
         "station is a ten minute walk away. Limited visitor parking is available in the Civic Centre car "
         "park off Station Approach; please tell reception your car registration on arrival."),
        ("Accessibility", "The Committee Rooms are on the first floor and can be reached by lift. An "
         "induction loop system is available for the hearing impaired. Please ask Democratic Services if "
         "you need any other help to attend."),
        ("Attending, reporting and filming of meetings", "Members of the public and press may report on "
         "this meeting, including by filming or recording, provided that this does not disrupt the meeting. "
         "Please let the clerk know before the meeting starts if you intend to film."),
        ("Emergency procedures", "If the fire alarm sounds, please leave the building by the nearest exit "
         "and follow the stewards to the assembly point in Market Square. Do not use the lifts."),
    ]
    for head, text in sections:
        para(pdf, head, size=11, style="B", after=1)
        para(pdf, text, after=4)


def render_agenda(pdf: SamplePDF, ranges: dict):
    """The agenda; ranges maps item number -> (first, last) printed pages."""
    pdf.add_page("P")
    pdf.set_font(FONT, "B", 18)
    pdf.cell(0, 10, "Agenda", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    num_w, pages_w = 12.0, 24.0
    title_w = usable_width(pdf) - num_w - pages_w
    lh = 5.4
    for entry in AGENDA:
        if "heading" in entry:
            pdf.ln(2)
            ensure_space(pdf, 20)
            pdf.set_font(FONT, "B", 12)
            pdf.cell(0, 7, entry["heading"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if entry["heading"].startswith("Part 2"):
                para(pdf, PART2_NOTE, size=9.5, after=2)
            pdf.ln(1)
            continue
        pdf.set_font(FONT, "", 11)
        lines = wrap(pdf, entry["title"], title_w)
        rng = ranges.get(entry["number"])
        style = entry.get("style")
        n_lines = len(lines) + (1 if rng and style == "bracketed" else 0)
        ensure_space(pdf, n_lines * lh + 3)
        y0 = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y0)
        pdf.cell(num_w, lh, entry["number"])
        for i, (_, line) in enumerate(lines):
            pdf.set_xy(pdf.l_margin + num_w, y0 + i * lh)
            pdf.cell(title_w, lh, line)
        y = y0 + len(lines) * lh
        if rng:
            text = f"{rng[0]} - {rng[1]}"
            if style == "trailing":
                pdf.set_xy(pdf.l_margin + num_w + title_w, y0 + (len(lines) - 1) * lh)
                pdf.cell(pages_w, lh, text, align="R")
            else:
                pdf.set_xy(pdf.l_margin + num_w, y)
                pdf.cell(title_w, lh, f"(Pages {text})")
                y += lh
        pdf.set_xy(pdf.l_margin, y + 3.5)


def render_minutes(pdf: SamplePDF):
    m = MINUTES
    pdf.set_font(FONT, "B", 16)
    pdf.cell(0, 9, "Minutes", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 12)
    pdf.multi_cell(0, 6, m["body"].upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 11)
    pdf.cell(0, 6, m["date_text"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    para(pdf, f"Meeting held at {m['venue']}", after=4)

    def and_join(parts):
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]

    present = [f"{n} ({r})" if r else n for n, r in m["present"]]
    para(pdf, "Committee Members Present: Councillors " + and_join(present) + ".", after=3)
    para(pdf, "Co-opted Members Present: " + and_join([n for n, _ in m["co_opted_present"]]) + ".", after=3)
    para(pdf, "Also Present: Councillor " + and_join([f"{n} ({r})" for n, r in m["also_present"]]) + ".",
         after=3)
    para(pdf, "Officers Present: " + and_join([f"{n} ({r})" for n, r in m["officers"]]) + ".", after=5)

    for item in MINUTE_ITEMS:
        ensure_space(pdf, 30)
        heading = f"{item['title']} (Agenda Item {item['agenda_item']})"
        labelled(pdf, f"{item['number']}.", heading, label_w=12, size=10.5, style="B", after=2.5)
        for text in item["paras"]:
            para(pdf, text, indent=12, after=2.5)
        if item["resolutions"]:
            if item.get("resolved_style") == "single":
                pdf.set_font(FONT, "B", 10.5)
                para(pdf, "Resolved: That " + item["resolutions"][0], indent=12, after=4)
            else:
                para(pdf, "Resolved: That:", indent=12, style="B", after=1.5)
                for i, clause in enumerate(item["resolutions"], 1):
                    labelled(pdf, f"{i}.", clause, label_w=8, indent=12, after=1.5)
                pdf.ln(3)
        else:
            pdf.ln(1.5)
    pdf.ln(4)
    para(pdf, m["closing"], after=6)
    para(pdf, "These are the minutes of the above meeting. For more information on any of the resolutions "
              f"please contact {MEETING['contact']['name']} on {MEETING['contact']['phone']}. Circulation "
              "of these minutes is to Councillors, Officers, the Press and Members of the Public.",
         size=9, style="I")


def render_report(pdf: SamplePDF):
    r = REPORT
    pdf.set_font(FONT, "B", 13)
    pdf.multi_cell(0, 6.5, r["title"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    rows = [("Committee name", BODY), ("Officer reporting", f"{r['contact_officer']}, Director of "
                                                              "Children's Services"),
            ("Papers with report", r["papers_with_report"]), ("Ward", "All")]
    pdf.set_font(FONT, "", 10)
    for label, value in rows:
        y = pdf.get_y()
        pdf.set_font(FONT, "B", 10)
        pdf.multi_cell(45, 5.5, label, border=1, new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_font(FONT, "", 10)
        pdf.multi_cell(0, 5.5, value, border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    para(pdf, f"Contact Officer: {r['contact_officer']}", style="B", after=0.5)
    para(pdf, f"Telephone: {r['telephone']}", after=5)

    def section(title):
        pdf.ln(1)
        ensure_space(pdf, 18)
        para(pdf, title, size=11, style="B", after=2)

    section("REASON FOR ITEM")
    para(pdf, r["reason"], after=3)
    section("OPTIONS AVAILABLE TO THE COMMITTEE")
    for line in r["options"]:
        if line.startswith(B):
            labelled(pdf, "\u2022", line[len(B):], label_w=6, indent=4, after=1)
        else:
            para(pdf, line, after=1.5)
    pdf.ln(2)
    section("INFORMATION")
    n = 0
    for sub, text in r["information"]:
        if sub:
            para(pdf, sub, style="BI", after=1.5)
        else:
            n += 1
            labelled(pdf, f"{n}.", text, label_w=9, after=2.5)
    section("FINANCIAL IMPLICATIONS")
    para(pdf, r["financial"], after=3)
    section("LEGAL IMPLICATIONS")
    para(pdf, r["legal"], after=3)
    section("BACKGROUND PAPERS")
    para(pdf, r["background_papers"], after=3)


def plan_rows_for_table(rows):
    return [{"cells": [r["ref"], r["action"], r["lead"], r["start"], r["end"], r["progress"],
                       r["measures"], r["targets"]]} for r in rows]


PLAN_REL_WIDTHS = [11, 56, 30, 18, 18, 68, 40, 32]


def plan_header(ws, version):
    return [
        [("Action / Process", 6), ("Improvement Targets and Outcomes", 2)],
        [("Ref", 1), ("Action", 1), ("Lead", 1), ("Start Date", 1), ("End Date", 1),
         (ws["progress_header"][version], 1), (ws["measures_header"], 1), ("Key Targets", 1)],
    ]


def plan_columns(ws, version):
    return [t for t, _ in plan_header(ws, version)[1]]


def render_action_plan(pdf: SamplePDF, rows, version, updated_text, stamp_text=None):
    """Render the work-stream tables; returns (row pages by ref, workstream table info)."""
    if stamp_text:
        stamp(pdf, stamp_text)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 6, COUNCIL, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 15)
    pdf.cell(0, 8, "Children and Young People's Services Improvement Plan 2025-26",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 10.5)
    pdf.cell(0, 6, f"Published March 2025 / Updated {updated_text}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    para(pdf, "This plan sets out the actions the Council and its partners are taking in response to the "
              "Ofsted inspection of January 2025. Progress is reviewed monthly by the Improvement Board and "
              "reported quarterly to Cabinet and the Children and Young People Policy Overview Committee.",
         size=9.5, after=3)

    row_pages, ws_info = {}, []
    splits = 0
    for ws in WORKSTREAMS:
        ws_rows = [r for r in rows if r["ws"] == ws["number"]]
        table = Table(pdf, PLAN_REL_WIDTHS, plan_header(ws, version))
        ensure_space(pdf, 9 + table.min_start_height())
        pdf.ln(1.5)
        pdf.set_font(FONT, "B", 11)
        heading = f"Work stream {ws['number']}: {ws['name']}"
        pdf.cell(0, 7, heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        heading_page = pdf.page
        table.draw_header()
        pages = table.draw_rows(plan_rows_for_table(ws_rows))
        splits += table.splits
        for r, p in zip(ws_rows, pages):
            row_pages[r["ref"]] = p
        ws_info.append({"number": ws["number"], "name": ws["name"], "heading": heading,
                        "heading_page": heading_page, "columns": plan_columns(ws, version),
                        "header_groups": ["Action / Process", "Improvement Targets and Outcomes"],
                        "pages": table.pages, "row_count": len(ws_rows)})
        pdf.ln(5)
    return row_pages, ws_info, splits


def render_forward_plan(pdf: SamplePDF):
    pdf.set_font(FONT, "B", 14)
    pdf.cell(0, 8, "CABINET FORWARD PLAN", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "", 10)
    para(pdf, "The Forward Plan lists the key decisions and other matters to be taken by the Cabinet or by "
              "individual Cabinet Members over the coming months. Private decisions are marked with the "
              "paragraph of Schedule 12A to the Local Government Act 1972 under which they are exempt.",
         size=9.5, after=3)
    table = Table(pdf, [42, 62, 24, 18, 30, 26, 34, 13, 18],
                  [[(c, 1) for c in FORWARD_PLAN_COLUMNS]], font_size=8.5, lh=3.9)
    table.draw_header()
    rows, meta = [], []
    for group, items in FORWARD_PLAN:
        rows.append({"group": group})
        meta.append(None)
        for cells in items:
            rows.append({"cells": cells})
            meta.append((group, cells))
    pages = table.draw_rows(rows)
    out = []
    for m, p in zip(meta, pages):
        if m:
            group, cells = m
            rec = {"group": group}
            rec.update({c: v for c, v in zip(FORWARD_PLAN_COLUMNS, cells)})
            rec["physical_pages"] = p
            out.append(rec)
    return out, table.pages


def render_work_programme(pdf: SamplePDF):
    pdf.set_font(FONT, "B", 14)
    pdf.cell(0, 8, "WORK PROGRAMME 2025/26", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FONT, "B", 11)
    pdf.cell(0, 6, BODY, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    para(pdf, "Meetings start at 7.00 pm unless otherwise stated. Rooms are at the Civic Centre. "
              "The Committee is asked to note the programme and to suggest any changes.", size=10, after=4)
    table = Table(pdf, [38, 30, 106], [[("Meeting Date", 1), ("Room", 1), ("Item", 1)]],
                  font_size=10, lh=5.0, pad=1.8)
    table.draw_header()
    pages = table.draw_rows([{"cells": [d, room, "\n".join(items)]} for _, d, room, items in WORK_PROGRAMME])
    out = []
    for (iso, d, room, items), p in zip(WORK_PROGRAMME, pages):
        out.append({"date": iso, "date_text": d, "room": room, "items": items, "physical_pages": p})
    return out, table.pages


def render_restricted(pdf: SamplePDF):
    pdf.set_y(120)
    pdf.set_font(FONT, "B", 20)
    pdf.cell(0, 12, "Document is Restricted", align="C")


def blank_page(pdf: SamplePDF):
    pdf.add_page("P")
    pdf.set_y(pdf.h / 2 - 5)
    pdf.set_font(FONT, "", 11)
    pdf.cell(0, 10, "This page is intentionally left blank", align="C")


# =============================================================================================
# Builders
# =============================================================================================


def build_pack(ranges: dict):
    """Render the whole pack with the given agenda ranges; return the pdf and what went where."""
    pdf = SamplePDF(PACK_CREATED, f"{BODY} - {MEETING['date']} - Public reports pack")
    render_front_sheet(pdf)
    render_visitor_info(pdf)
    render_agenda(pdf, ranges)
    unnumbered = pdf.page
    pdf.numbered_from = unnumbered + 1

    documents, extra = [], {}

    def add_doc(kind, item, title, orientation, fn, stamp_text):
        start = pdf.page + 1
        pdf.add_page(orientation)
        if stamp_text and kind != "action_plan":
            stamp(pdf, stamp_text)
        result = fn()
        content_last = pdf.page
        blanks = []
        if (content_last - start + 1) % 2:
            blank_page(pdf)
            blanks.append(pdf.page)
        documents.append({
            "kind": kind, "agenda_item": item, "title": title,
            "physical_pages": {"first": start, "last": pdf.page},
            "printed_pages": {"first": pdf.printed(start), "last": pdf.printed(pdf.page)},
            "content_pages": content_last - start + 1,
            "blank_pages_printed": [pdf.printed(p) for p in blanks],
            "stamp": stamp_text,
        })
        return result

    for entry in AGENDA:
        if "heading" in entry:
            continue
        item = entry["number"]
        for i, kind in enumerate(entry["docs"]):
            st = f"Agenda Item {item}" if i == 0 else None
            if kind == "minutes":
                add_doc(kind, item, f"Minutes - {BODY} - {MINUTES['date_text']}", "P",
                        lambda: render_minutes(pdf), st)
            elif kind == "report":
                add_doc(kind, item, REPORT["title"], "P", lambda: render_report(pdf), st)
            elif kind == "action_plan":
                extra["plan"] = add_doc(
                    kind, item, "Appendix A - Children and Young People's Services Improvement Plan "
                                "(Updated July 2025)", "L",
                    lambda: render_action_plan(pdf, PLAN_V1, 1, "July 2025", stamp_text="Appendix A"),
                    "Appendix A")
            elif kind == "forward_plan":
                extra["forward_plan"] = add_doc(kind, item, "Cabinet Forward Plan", "L",
                                                lambda: render_forward_plan(pdf), st)
            elif kind == "work_programme":
                extra["work_programme"] = add_doc(kind, item, "Work Programme 2025/26", "P",
                                                  lambda: render_work_programme(pdf), st)
            elif kind == "restricted":
                add_doc(kind, item, "Document is Restricted", "P", lambda: render_restricted(pdf), st)

    actual = {}
    for entry in AGENDA:
        docs = [d for d in documents if d.get("agenda_item") == entry.get("number")]
        if docs:
            actual[entry["number"]] = (docs[0]["printed_pages"]["first"], docs[-1]["printed_pages"]["last"])
    return pdf, {"documents": documents, "ranges": actual, "unnumbered": unnumbered, **extra}


def make_plan_v2():
    """Apply PLAN_CHANGES to v1; return the v2 rows and the change list."""
    rows = copy.deepcopy(PLAN_V1)
    by_ref = {r["ref"]: r for r in rows}
    changes = []
    for d in PLAN_CHANGES["dropped"]:
        rows.remove(by_ref[d["ref"]])
        changes.append({"type": "action_dropped", "ref": d["ref"], "action": by_ref[d["ref"]]["action"],
                        "reason": d["reason"]})
    for a in PLAN_CHANGES["added"]:
        idx = [r["ref"] for r in rows].index(a["after"]) + 1
        rows.insert(idx, copy.deepcopy(a["row"]))
        changes.append({"type": "action_added", "ref": a["row"]["ref"], "action": a["row"]["action"]})
    for s in PLAN_CHANGES["end_slipped"]:
        changes.append({"type": "end_date_slipped", "ref": s["ref"], "from": by_ref[s["ref"]]["end"],
                        "to": s["to"]})
        by_ref[s["ref"]]["end"] = s["to"]
    for lc in PLAN_CHANGES["lead_changed"]:
        changes.append({"type": "lead_changed", "ref": lc["ref"], "from": by_ref[lc["ref"]]["lead"],
                        "to": lc["to"]})
        by_ref[lc["ref"]]["lead"] = lc["to"]
    for ref, text in PLAN_CHANGES["progress"].items():
        changes.append({"type": "progress_updated", "ref": ref})
        by_ref[ref]["progress"] = text
    return rows, changes


def build_plan_v2(rows):
    pdf = SamplePDF(PLAN_V2_CREATED, "Children and Young People's Services Improvement Plan - "
                                     "Updated October 2025",
                    running_header=f"{COUNCIL} - CYPS Improvement Plan - Updated October 2025")
    pdf.numbered_from = 1
    pdf.add_page("L")
    row_pages, ws_info, splits = render_action_plan(pdf, rows, 2, "October 2025")
    return pdf, row_pages, ws_info, splits


def plan_expected(rows, row_pages, ws_info, printed=None):
    ws_names = {w["number"]: w["name"] for w in WORKSTREAMS}
    out = []
    for r in rows:
        pages = row_pages[r["ref"]]
        rec = {"ref": r["ref"], "workstream": r["ws"], "workstream_name": ws_names[r["ws"]],
               "action": r["action"], "lead": r["lead"], "start_text": r["start"], "end_text": r["end"],
               "progress": r["progress"], "measures": r["measures"], "targets": r["targets"],
               "physical_page": pages[0], "physical_pages": pages, "split_across_pages": len(pages) > 1}
        if printed:
            rec["printed_page"] = printed(pages[0])
        out.append(rec)
    return out


def verify_plan_diff(v1, v2, changes):
    """Cross-check: the declared changes are exactly the differences between v1 and v2."""
    a = {r["ref"]: r for r in v1}
    b = {r["ref"]: r for r in v2}
    found = set()
    for ref in a.keys() - b.keys():
        found.add(("action_dropped", ref))
    for ref in b.keys() - a.keys():
        found.add(("action_added", ref))
    for ref in a.keys() & b.keys():
        if a[ref]["end"] != b[ref]["end"]:
            found.add(("end_date_slipped", ref))
        if a[ref]["lead"] != b[ref]["lead"]:
            found.add(("lead_changed", ref))
        if a[ref]["progress"] != b[ref]["progress"]:
            found.add(("progress_updated", ref))
        for k in ("action", "start", "measures", "targets", "ws"):
            assert a[ref][k] == b[ref][k], (ref, k)
    declared = {(c["type"], c["ref"]) for c in changes}
    assert found == declared, (found ^ declared)


def main():
    SAMPLES.mkdir(parents=True, exist_ok=True)

    # --- the pack: render until the agenda's printed ranges equal the documents' real pages
    ranges = {e["number"]: (888, 888) for e in AGENDA if e.get("docs")}
    for _ in range(5):
        pdf, info = build_pack(ranges)
        if info["ranges"] == ranges:
            break
        ranges = info["ranges"]
    else:
        raise SystemExit("agenda page ranges did not converge")
    row_pages_v1, ws_info_v1, splits_v1 = info["plan"]
    assert splits_v1 >= 1, "expected at least one action-plan row to split across a page break"
    # item 6's title must wrap so that its range sits on the second line
    probe = SamplePDF(PACK_CREATED, "probe")
    probe.add_page()
    probe.set_font(FONT, "", 11)
    assert len(wrap(probe, AGENDA[6]["title"], usable_width(probe) - 36)) == 2
    pdf.output(str(SAMPLES / PACK_NAME))

    # --- version 2 of the plan
    v2_rows, changes = make_plan_v2()
    verify_plan_diff(PLAN_V1, v2_rows, changes)
    pdf2, row_pages_v2, ws_info_v2, splits_v2 = build_plan_v2(v2_rows)
    pdf2.output(str(SAMPLES / PLAN_V2_NAME))

    # --- ground truth
    fp_rows, fp_pages = info["forward_plan"]
    wp_rows, wp_pages = info["work_programme"]
    printed = pdf.printed
    agenda_items = []
    for e in AGENDA:
        if "heading" in e:
            continue
        rng = ranges.get(e["number"])
        agenda_items.append({
            "number": e["number"], "title": e["title"],
            "pages": {"first": rng[0], "last": rng[1]} if rng else None,
            "part": e["part"], "parent": None,
            "range_style": ("bracketed" if e.get("style") == "bracketed" else
                            "trailing_wrapped" if e["number"] == "6" else e.get("style")) if rng else None,
        })

    attendance = []
    for name, role in MINUTES["present"]:
        sub_for = next((a for a, _, s in MINUTES["apologies"] if s == name), None)
        attendance.append({"name": name, "role": role, "status": "substitute" if sub_for else "present",
                           "substitute_for": sub_for, "type": "councillor"})
    for name, role in MINUTES["co_opted_present"]:
        attendance.append({"name": name, "role": role, "status": "present", "substitute_for": None,
                           "type": "co-opted"})
    for name, role in MINUTES["also_present"]:
        attendance.append({"name": name, "role": role, "status": "also_present", "substitute_for": None,
                           "type": "councillor"})
    for name, role in MINUTES["officers"]:
        attendance.append({"name": name, "role": role, "status": "in_attendance", "substitute_for": None,
                           "type": "officer"})
    for name, role, sub in MINUTES["apologies"]:
        attendance.append({"name": name, "role": role, "status": "apologies", "substitute_for": None,
                           "substituted_by": sub,
                           "type": "councillor" if name in dict(COUNCILLORS) else "co-opted"})

    minute_items = [{"number": it["number"], "title": it["title"], "agenda_item": it["agenda_item"],
                     "resolutions": len(it["resolutions"])} for it in MINUTE_ITEMS]
    votes = [{"item": it["number"], "agenda_item": it["agenda_item"], **it["vote"]}
             for it in MINUTE_ITEMS if "vote" in it]

    def tables_gold(ws_info, rows, prefix_printed=None):
        out = []
        for w in ws_info:
            wr = [r for r in rows if r["ws"] == w["number"]]
            out.append({"title": w["heading"], "physical_page": w["pages"][0],
                        "pages": {"first": w["pages"][0], "last": w["pages"][-1]},
                        "columns": w["columns"], "header_groups": w["header_groups"],
                        "row_count": len(wr)})
        return out

    pack_tables = tables_gold(ws_info_v1, PLAN_V1) + [
        {"title": "Cabinet Forward Plan", "physical_page": fp_pages[0],
         "pages": {"first": fp_pages[0], "last": fp_pages[-1]}, "columns": FORWARD_PLAN_COLUMNS,
         "row_count": len(fp_rows), "groups": [g for g, _ in FORWARD_PLAN]},
        {"title": "Work Programme 2025/26", "physical_page": wp_pages[0],
         "pages": {"first": wp_pages[0], "last": wp_pages[-1]}, "columns": ["Meeting Date", "Room", "Item"],
         "row_count": len(wp_rows)},
    ]

    expected = {
        "about": "Ground truth for the fictional samples generated by scripts/make_samples.py. "
                 "physical pages are 1-based PDF page indexes; printed pages are the 'Page N' footers.",
        "pack": {
            "file": f"samples/{PACK_NAME}",
            "kind": "pack",
            "country": "UK",
            "physical_pages": pdf.page,
            "unnumbered_pages": info["unnumbered"],
            "printed_page_offset": info["unnumbered"],
            "printed_pages": pdf.page - info["unnumbered"],
            "sections": {"front_sheet": [1, 2], "agenda": list(range(3, info["unnumbered"] + 1))},
            "meeting": {
                "council": MEETING["council"], "body": MEETING["body"], "date": MEETING["date"],
                "start_time": MEETING["start_time"], "venue": MEETING["venue"],
                "venue_lines": MEETING["venue_lines"], "postcode": MEETING["venue_lines"][-1],
                "published": MEETING["published"], "url": MEETING["url"],
                "contact": MEETING["contact"],
                "members": [{"name": n, "role": r, "type": "councillor"} for n, r in COUNCILLORS]
                + [{"name": n, "role": r, "type": "co-opted"} for n, r in CO_OPTEES],
            },
            "agenda": agenda_items,
            "documents": info["documents"],
            "minutes": {
                "body": MINUTES["body"], "date": MINUTES["date"], "venue": MINUTES["venue"],
                "start_time": MINUTES["start_time"], "end_time": MINUTES["end_time"],
                "items": minute_items,
                "resolutions": sum(len(it["resolutions"]) for it in MINUTE_ITEMS),
                "votes": votes,
                "attendance": attendance,
            },
            "action_plan": {
                "version": 1, "published": "March 2025", "updated": "July 2025",
                "agenda_item": "6", "appendix": "A",
                "workstreams": ws_info_v1,
                "rows": plan_expected(PLAN_V1, row_pages_v1, ws_info_v1, printed),
                "rows_split_across_pages": splits_v1,
            },
            "forward_plan": {"agenda_item": "7", "columns": FORWARD_PLAN_COLUMNS,
                             "groups": [g for g, _ in FORWARD_PLAN], "rows": fp_rows},
            "work_programme": {"agenda_item": "8", "rows": wp_rows},
            "tables": pack_tables,
        },
        "plan_v2": {
            "file": f"samples/{PLAN_V2_NAME}",
            "kind": "plan",
            "physical_pages": pdf2.page,
            "version": 2, "published": "March 2025", "updated": "October 2025",
            "workstreams": ws_info_v2,
            "rows": plan_expected(v2_rows, row_pages_v2, ws_info_v2),
            "rows_split_across_pages": splits_v2,
            "tables": tables_gold(ws_info_v2, v2_rows),
        },
        "plan_changes_v1_to_v2": changes,
        "plan_change_summary": {
            "added": len(PLAN_CHANGES["added"]), "dropped": len(PLAN_CHANGES["dropped"]),
            "end_date_slipped": len(PLAN_CHANGES["end_slipped"]),
            "lead_changed": len(PLAN_CHANGES["lead_changed"]),
            "progress_updated": len(PLAN_CHANGES["progress"]),
        },
    }
    (SAMPLES / EXPECTED_NAME).write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    print(f"pack: {pdf.page} pages ({info['unnumbered']} unnumbered), ranges {ranges}")
    for d in info["documents"]:
        print(f"  item {d['agenda_item']:>2} {d['kind']:<15} physical {d['physical_pages']} "
              f"printed {d['printed_pages']}")
    print(f"plan v2: {pdf2.page} pages; rows split: v1 {splits_v1}, v2 {splits_v2}")


if __name__ == "__main__":
    main()

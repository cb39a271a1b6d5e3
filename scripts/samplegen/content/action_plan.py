"""The improvement plan, Appendix A to agenda item 6.

Version 1 = "Updated July 2025" (in the pack), version 2 = "Updated October 2025" (standalone PDF),
derived from v1 by PLAN_CHANGES.
"""

from __future__ import annotations

from ..pdf import BULLET

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

PLAN_V1 = [
    # ---- Work stream 1
    {"ref": "1.1", "ws": 1,
     "action": "Establish an Improvement Board chaired by the Chief Executive to oversee delivery of the "
               "plan and receive a monthly performance report.",
     "lead": "Chief Executive", "start": "April 2025", "end": "Mar 2026",
     "progress": "Board established in April 2025 and has met monthly. Terms of reference agreed and "
                 "published on the Council's website. Independent adviser appointed from June 2025.",
     "measures": BULLET + "Board minutes published\n" + BULLET + "Monthly performance report received",
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
     "measures": BULLET + "Business plan published\n" + BULLET + "Partner audit completed",
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
                 + BULLET + "14 sessions for primary and secondary schools (212 staff)\n"
                 + BULLET + "4 sessions for early years settings (63 staff)\n"
                 + BULLET + "2 sessions for GP practices and health visitors\n"
                 + BULLET + "1 session for housing and police neighbourhood teams\n"
                 "Further sessions for colleges and voluntary sector groups are planned for September and "
                 "October. The conversion rate from contact to referral will be monitored monthly to "
                 "test whether the briefings have improved the quality of referrals.",
     "measures": BULLET + "Number of partner staff briefed\n" + BULLET + "Contact to referral conversion rate\n"
                 + BULLET + "Quality of referral information (audit)",
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
     "measures": BULLET + "Assessments in timescale\n" + BULLET + "Child seen alone",
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
     "measures": BULLET + "Number of ASYE social workers\n" + BULLET + "Retention after two years",
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
     "measures": BULLET + "Audits graded good or better\n" + BULLET + "Moderation agreement rate",
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
            "measures": BULLET + "Number of closed plans audited\n" + BULLET + "Plans closed appropriately",
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
               + BULLET + "24 sessions delivered in total (402 staff)\n"
               + BULLET + "Contact to referral conversion rate 38% in September\n"
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

"""The officer report, agenda item 6."""

from __future__ import annotations

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

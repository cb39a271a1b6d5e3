"""The schedules of future business: the Cabinet forward plan (item 7) and the work programme (item 8)."""

from __future__ import annotations

# Forward plan: rows under a group bar per decision-making meeting.
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

# Work programme: (date, date as printed, room, items) per meeting.
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

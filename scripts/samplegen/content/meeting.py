"""The council, the meeting the pack is for, the committee's membership and the agenda."""

from __future__ import annotations

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

# No page ranges here: they are measured from the rendered documents, never typed by hand.
# style: how the printed range is laid out - trailing on the title's last line, or bracketed
# "(Pages x - y)" on its own line under the title.
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

"""Brushy Mountain County, North Carolina (fictional mountain county): Board of Commissioners.

Two files for the regular meeting of Monday, March 17, 2025, 6:00 P.M., typed the way the clerk
of a western North Carolina county (Watauga, Ashe, Avery, Wilkes) types them:

* agendas/brushy-mountain-county_board-of-commissioners_2025-03-17_agenda.pdf - the "Tentative
  Agenda & Meeting Notice": a one-table agenda with TIME / # / TOPIC / PRESENTER / PAGE columns,
  16 numbered items, lettered sub-items (A., B., C.) under "Tax Matters" and "Miscellaneous
  Administrative Matters", lines under an item that are not items (the minutes to approve, the
  closed-session statutes), and packet page numbers printed against each item or sub-item.
* minutes/brushy-mountain-county_board-of-commissioners_2025-03-17_minutes.pdf - the minutes:
  centred title block, a narrative opening, a PRESENT block (commissioners with their offices,
  then county attorney, manager and clerk), STAFF PRESENT and ALSO PRESENT lines, unnumbered
  bold capitalised headings that follow the agenda topics, lettered sub-headings under two
  headings, "Commissioner X, seconded by Commissioner Y, moved to ..." motions each followed by
  a stacked "VOTE:  Aye-n / Nay-n / Absent-n(Name)" block (names in brackets on some votes,
  bare figures on others, an "Excused" line for a member excused under G.S. 153A-44), one
  bond-counsel style roll call (AYES / NAYS), a failed motion, a late arrival and an early
  departure in [Clerk's Note: ...] lines, a proclamation and two resolutions set out in full
  (WHEREAS ... NOW, THEREFORE, BE IT RESOLVED ...), bid and budget-amendment tables, a break,
  a closed session, an adjournment carried "unanimously" with no figures, signature block, and
  a "March 17, 2025 / Page n of N" footer.

Everything (people, items, motions, votes, resolution texts) is kept in module-level structures
that both the PDFs and gold() are produced from.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

COUNTY = "Brushy Mountain County"
SEAT = "Laurel Gap"
BODY = "Board of Commissioners"
DATE_ISO = "2025-03-17"
DATE_LONG = "March 17, 2025"
DAY_CAPS = "MONDAY, MARCH 17, 2025"
START = "18:00"
END = "20:26"
CREATED = datetime(2025, 3, 19, 10, 15, tzinfo=timezone.utc)

AGENDA_FILE = "agendas/brushy-mountain-county_board-of-commissioners_2025-03-17_agenda.pdf"
MINUTES_FILE = "minutes/brushy-mountain-county_board-of-commissioners_2025-03-17_minutes.pdf"

CLERK = {"name": "Brenda K. Isaacs", "phone": "(828) 555-0142", "email": "bisaacs@brushymountaincountync.gov"}

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

# (name as printed, office as printed, status in the gold)
PRESENT = [
    ("Harlan T. Presnell", "Chairman", "present"),
    ("Dana Whitener Coffey", "Vice-Chairman", "present"),
    ("Rufus Aldridge", "Commissioner", "present"),
    ("Leigh Ann Greer", "Commissioner", "present"),
    ("Wendell Triplett", "Commissioner", "present"),
    ("Marcus Hollifield", "County Attorney", "in_attendance"),
    ("Janine Teague", "County Manager", "in_attendance"),
    ("Brenda K. Isaacs", "Clerk to the Board", "in_attendance"),
]
STAFF_PRESENT = [
    ("Tamsin Vance", "Finance Director"),
    ("Orville Shook", "Tax Administrator"),
    ("Kyle Barnhardt", "Planning and Inspections Director"),
]
ALSO_PRESENT = [("Caleb Norris", "The Brushy Mountain Herald")]

# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------

AGENDA = [
    {"time": "6:00", "number": "1", "title": "Call Regular Meeting to Order"},
    {
        "number": "2",
        "title": "Approval of Minutes:",
        "topics": ["March 3, 2025, Regular Meeting", "March 3, 2025, Closed Session"],
        "page": 1,
    },
    {"number": "3", "title": "Approval of the March 17, 2025, Agenda", "page": 9},
    {
        "time": "6:05",
        "number": "4",
        "title": "Public Comment",
        "note": "Will last up to 30 minutes dependent on number of speakers",
        "presenter": "Chairman Presnell",
        "page": 11,
    },
    {
        "time": "6:15",
        "number": "5",
        "title": "Proclamation Recognizing April 2025 as Child Abuse Prevention Month",
        "presenter": "Ms. Rhonda Vannoy",
        "page": 13,
    },
    {
        "time": "6:20",
        "number": "6",
        "title": "Resolution Honoring Mr. Dwight E. Shepherd upon His Retirement as Emergency Services Director",
        "presenter": "Ms. Janine Teague",
        "page": 15,
    },
    {
        "time": "6:30",
        "number": "7",
        "title": "Public Hearing to Receive Citizen Comment on Proposed Amendments to the Brushy Mountain "
        "County High Impact Land Use Ordinance",
        "presenter": "Mr. Kyle Barnhardt",
        "page": 17,
    },
    {
        "time": "6:45",
        "number": "8",
        "title": "Parks and Recreation Trust Fund (PARTF) Grant Application - Flat Rock River Park Phase II",
        "presenter": "Mr. Jesse Mabe",
        "page": 43,
    },
    {
        "time": "6:50",
        "number": "9",
        "title": "Bid Award Request for Solid Waste Transfer Station Roof Replacement",
        "presenter": "Mr. Travis Osborne",
        "page": 55,
    },
    {
        "time": "6:55",
        "number": "10",
        "title": "Proposed Installment Financing for Brushy Mountain County Schools Roof and HVAC Projects",
        "presenter": "Ms. Tamsin Vance",
        "page": 63,
    },
    {
        "time": "7:05",
        "number": "11",
        "title": "Tax Matters",
        "presenter": "Mr. Orville Shook",
        "subs": [("A", "Monthly Collections Report", 77), ("B", "Refunds and Releases", 79)],
    },
    {"time": "7:10", "number": "12", "title": "Budget Amendments", "presenter": "Ms. Tamsin Vance", "page": 87},
    {
        "time": "7:15",
        "number": "13",
        "title": "Miscellaneous Administrative Matters",
        "presenter": "Ms. Janine Teague",
        "subs": [
            (
                "A",
                "Request to Schedule a Public Hearing for the Community Development Block Grant - "
                "Neighborhood Revitalization Program",
                91,
            ),
            ("B", "Boards and Commissions", 95),
            ("C", "Announcements", 99),
        ],
    },
    {"time": "7:25", "number": "14", "title": "Break", "page": 100},
    {
        "time": "7:30",
        "number": "15",
        "title": "Closed Session",
        "topics": [
            "Attorney/Client Matters - G. S. 143-318.11(a)(3)",
            "Personnel Matters - G. S. 143-318.11(a)(6)",
        ],
        "page": 100,
        "part": "exempt",
    },
    {"time": "8:00", "number": "16", "title": "Adjourn"},
]

# ---------------------------------------------------------------------------------------------
# Minutes: texts set out in full
# ---------------------------------------------------------------------------------------------

PROCLAMATION = {
    "title": "PROCLAMATION\nCHILD ABUSE PREVENTION MONTH\nAPRIL 2025",
    "whereas": [
        "WHEREAS, children are the most valuable resource of Brushy Mountain County and the future "
        "prosperity of our mountain communities depends upon their health, safety and well-being; and",
        "WHEREAS, the Brushy Mountain County Department of Social Services received and assessed 412 "
        "reports of suspected child abuse, neglect and dependency during calendar year 2024; and",
        "WHEREAS, the blue pinwheel has been adopted as the national symbol of the promise of a healthy "
        "and happy childhood for every child;",
    ],
    "closing": [
        "NOW, THEREFORE, the Brushy Mountain County Board of Commissioners does hereby proclaim April "
        "2025 as CHILD ABUSE PREVENTION MONTH in Brushy Mountain County and calls upon all citizens to "
        "join in the Pinwheels for Prevention campaign and to help build strong and nurturing families "
        "in every community of the County.",
        "Proclaimed this the 17th day of March, 2025.",
    ],
    "signed": ["Harlan T. Presnell, Chairman", "Brushy Mountain County Board of Commissioners"],
}

RESOLUTION_SHEPHERD = {
    "title": "RESOLUTION HONORING DWIGHT E. SHEPHERD\nUPON HIS RETIREMENT FROM BRUSHY MOUNTAIN COUNTY",
    "whereas": [
        "WHEREAS, Dwight E. Shepherd began his career with Brushy Mountain County on February 4, 1994, as "
        "an Emergency Medical Technician and served the County as Paramedic, Shift Supervisor, Deputy "
        "Director and, since July 1, 2011, as Emergency Services Director; and",
        "WHEREAS, Mr. Shepherd directed the County's response to the ice storms of 2014 and 2025, the "
        "flooding of Tropical Storm Fred in 2021 and Hurricane Helene in 2024, often working around the "
        "clock to keep the citizens of Brushy Mountain County safe; and",
        "WHEREAS, Mr. Shepherd will retire on March 31, 2025, after more than thirty-one years of "
        "dedicated public service;",
    ],
    # each entry is one clause; "parts" lists numbered parts printed under a single clause
    "resolved": [
        {
            "lead": "NOW, THEREFORE, BE IT RESOLVED that the Brushy Mountain County Board of Commissioners "
            "hereby expresses its deep appreciation to Dwight E. Shepherd for his years of faithful "
            "service and extends its best wishes for a long, healthy and happy retirement.",
            "parts": [],
        },
        {
            "lead": "BE IT FURTHER RESOLVED that a copy of this resolution be presented to Mr. Shepherd "
            "and spread upon the minutes of this meeting.",
            "parts": [],
        },
    ],
    "closing": ["Adopted this the 17th day of March, 2025."],
    "signed": [],
}

RESOLUTION_PARTF = {
    "title": "RESOLUTION AUTHORIZING SUBMISSION OF AN APPLICATION TO THE\n"
    "NORTH CAROLINA PARKS AND RECREATION TRUST FUND\nFLAT ROCK RIVER PARK - PHASE II",
    "whereas": [
        "WHEREAS, the Brushy Mountain County Board of Commissioners recognizes the need for public "
        "river access, trails and outdoor recreation facilities in the northern part of the County; and",
        "WHEREAS, Brushy Mountain County adopted the Comprehensive Parks and Recreation Master Plan on "
        "October 17, 2022, which identifies Flat Rock River Park as its highest priority project; and",
        "WHEREAS, the North Carolina Parks and Recreation Trust Fund (PARTF) provides matching grants to "
        "local governmental units for the acquisition and development of park and recreational "
        "facilities; and",
        "WHEREAS, Brushy Mountain County owns the 41-acre Flat Rock River Park site in fee simple and has "
        "assigned $500,000 of fund balance as the local match for Phase II;",
    ],
    "resolved": [
        {
            "lead": "NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of Brushy Mountain County that:",
            "parts": [
                "The County Manager is authorized to submit an application to the North Carolina Parks "
                "and Recreation Trust Fund in the amount of $500,000 for Flat Rock River Park - Phase II.",
                "Brushy Mountain County will provide the required dollar-for-dollar local match of "
                "$500,000 from assigned fund balance should the grant be awarded.",
                "Brushy Mountain County will operate and maintain the park and its facilities for public "
                "recreation in accordance with the requirements of the Trust Fund.",
            ],
        }
    ],
    "closing": ["Adopted this the 17th day of March, 2025."],
    "signed": [],
}

BIDS = [
    ("Ridgeline Commercial Roofing, LLC", "Cane Ridge, NC", "$287,450.00"),
    ("High Country Roofing & Sheet Metal, Inc.", "Laurel Gap, NC", "$301,900.00"),
    ("Appalachian Building Envelope, Inc.", "Sugar Hollow, NC", "$318,775.00"),
    ("Tri-County Contractors Group", "Elk Shoals, NC", "$344,200.00"),
]

RELEASES = [
    ("Real Property", "$4,118.62", "$612.40"),
    ("Personal Property", "$1,907.15", "$0.00"),
    ("Registered Motor Vehicles (NCVTS)", "$0.00", "$388.91"),
    ("Solid Waste Availability Fees", "$1,250.00", "$125.00"),
    ("TOTAL", "$7,275.77", "$1,126.31"),
]

BUDGET_AMENDMENTS = [
    (
        [
            ("103730-331004", "Office of State Fire Marshal Grant", "", "48,500"),
            ("104330-500200", "Capital Outlay - Rescue Equipment", "48,500", ""),
        ],
        "The amendment recognizes a grant from the North Carolina Office of State Fire Marshal for the "
        "purchase of hydraulic extrication tools and swift water rescue equipment. No County match is "
        "required.",
    ),
    (
        [
            ("103510-336901", "Federal Asset Forfeiture Revenue", "", "12,760"),
            ("104310-523700", "Sheriff - Small Equipment", "12,760", ""),
        ],
        "The amendment appropriates federal asset forfeiture funds received by the Sheriff's Office for "
        "the purchase of in-car radios for two patrol vehicles.",
    ),
    (
        [
            ("104190-599000", "Contingency", "", "35,000"),
            ("104260-443900", "Maintenance - Contracted Services (Snow Removal)", "35,000", ""),
        ],
        "The amendment transfers funds from contingency to cover snow and ice removal costs at County "
        "facilities that exceeded the budgeted amount following the January and February winter storms.",
    ),
]

# ---------------------------------------------------------------------------------------------
# Minutes: sections and the decisions in them
# ---------------------------------------------------------------------------------------------
#
# Block kinds: ("p", text), ("note", clerk's note), ("vote", vote), ("roll", vote), ("doc", text set
# out in full), ("table", (columns, widths, rows, aligns)), ("bullets", [text]).
# A vote: yes/no/absent/excused as lists of surnames (printed in brackets) or ints (bare figures).

MEMBERS5 = ["Presnell", "Coffey", "Aldridge", "Greer", "Triplett"]
FIRST4 = ["Presnell", "Coffey", "Aldridge", "Greer"]


def _vote(yes, no=0, absent=None, excused=None, result="carried", motion="", mover="", seconder="", named=False):
    return {
        "yes": yes,
        "no": no,
        "absent": absent,
        "excused": excused,
        "result": result,
        "motion": motion,
        "mover": mover,
        "seconder": seconder,
        "named": named,
    }


SECTIONS = [
    {
        "heading": "APPROVAL OF MINUTES",
        "agenda_item": "2",
        "blocks": [
            (
                "p",
                "Chairman Presnell called for additions and/or corrections to the March 3, 2025, regular "
                "meeting and closed session minutes.",
            ),
            (
                "p",
                "Commissioner Greer, seconded by Commissioner Aldridge, moved to approve the March 3, 2025, "
                "regular meeting minutes as presented.",
            ),
            (
                "vote",
                _vote(
                    FIRST4,
                    [],
                    ["Triplett"],
                    motion="Approve the March 3, 2025, regular meeting minutes",
                    mover="Greer",
                    seconder="Aldridge",
                    named=True,
                ),
            ),
            (
                "p",
                "Vice-Chairman Coffey, seconded by Commissioner Greer, moved to approve the March 3, 2025, "
                "closed session minutes as presented.",
            ),
            (
                "vote",
                _vote(
                    FIRST4,
                    [],
                    ["Triplett"],
                    motion="Approve the March 3, 2025, closed session minutes",
                    mover="Coffey",
                    seconder="Greer",
                    named=True,
                ),
            ),
        ],
    },
    {
        "heading": "APPROVAL OF AGENDA",
        "agenda_item": "3",
        "blocks": [
            ("p", "Chairman Presnell called for additions and/or corrections to the March 17, 2025, agenda."),
            (
                "p",
                "County Manager Teague requested to add Economic Development - G. S. 143-318.11(a)(4) to the "
                "Closed Session.",
            ),
            (
                "p",
                "Commissioner Aldridge, seconded by Vice-Chairman Coffey, moved to approve the March 17, "
                "2025, agenda as amended.",
            ),
            (
                "vote",
                _vote(
                    FIRST4,
                    [],
                    ["Triplett"],
                    motion="Approve the March 17, 2025, agenda as amended",
                    mover="Aldridge",
                    seconder="Coffey",
                    named=True,
                ),
            ),
        ],
    },
    {
        "heading": "PUBLIC COMMENT",
        "agenda_item": "4",
        "blocks": [
            (
                "p",
                "Chairman Presnell opened the floor for public comment and reminded those signed up to speak "
                "of the three-minute time limit.",
            ),
            (
                "p",
                "Mr. Garland Pruitt, Elk Shoals Township, expressed concerns regarding the condition of "
                "Piney Branch Road (SR 1314) and asked the Board to request that the North Carolina "
                "Department of Transportation prioritize paving the remaining 1.3 miles of gravel.",
            ),
            ("note", "Commissioner Triplett arrived at 6:09 P.M."),
            (
                "p",
                "Ms. Evangeline Roten, Brushy Fork community, spoke in opposition to a proposed "
                "telecommunications tower near Brushy Fork Baptist Church and asked the Board to review "
                "the setback requirements of the Telecommunications Tower Ordinance.",
            ),
            (
                "p",
                "Mr. Dewey Castevens, President of the Brushy Mountain Firefighters Association, thanked the "
                "Board for the increase in fire tax district funding in the current fiscal year.",
            ),
            (
                "p",
                "There being no further comments, Chairman Presnell closed public comment at 6:16 P.M.",
            ),
        ],
    },
    {
        "heading": "PROCLAMATION RECOGNIZING APRIL 2025 AS CHILD ABUSE PREVENTION MONTH",
        "agenda_item": "5",
        "blocks": [
            (
                "p",
                "Ms. Rhonda Vannoy, Social Services Director, presented the following proclamation. Ms. "
                "Vannoy stated that blue pinwheels would be placed on the Courthouse lawn on April 1, 2025, "
                "and thanked the Brushy Mountain Partnership for Children and the Child Advocacy Center for "
                "their support of the Pinwheels for Prevention campaign.",
            ),
            ("doc", PROCLAMATION),
            (
                "p",
                "Commissioner Triplett, seconded by Commissioner Greer, moved to adopt the proclamation "
                "recognizing April 2025 as Child Abuse Prevention Month as presented.",
            ),
            (
                "vote",
                _vote(
                    5,
                    0,
                    motion="Adopt the Child Abuse Prevention Month proclamation",
                    mover="Triplett",
                    seconder="Greer",
                ),
            ),
        ],
    },
    {
        "heading": "RESOLUTION HONORING DWIGHT E. SHEPHERD UPON HIS RETIREMENT",
        "agenda_item": "6",
        "blocks": [
            (
                "p",
                "County Manager Teague presented a resolution honoring Mr. Dwight E. Shepherd, Emergency "
                "Services Director, who will retire on March 31, 2025. Mr. Shepherd, his wife, Mrs. Carolyn "
                "Shepherd, and several members of the Emergency Services staff were in attendance.",
            ),
            ("doc", RESOLUTION_SHEPHERD),
            (
                "p",
                "Vice-Chairman Coffey, seconded by Commissioner Aldridge, moved to adopt the resolution "
                "honoring Dwight E. Shepherd upon his retirement as presented.",
            ),
            (
                "vote",
                _vote(
                    5, 0, motion="Adopt the resolution honoring Dwight E. Shepherd", mover="Coffey", seconder="Aldridge"
                ),
            ),
            (
                "p",
                "Chairman Presnell presented Mr. Shepherd with a framed copy of the resolution and a plaque "
                "on behalf of the Board. Mr. Shepherd thanked the Board and the staff with whom he had "
                "served.",
            ),
        ],
    },
    {
        "heading": "PUBLIC HEARING - PROPOSED AMENDMENTS TO THE BRUSHY MOUNTAIN COUNTY HIGH IMPACT LAND USE ORDINANCE",
        "agenda_item": "7",
        "blocks": [
            (
                "p",
                "Chairman Presnell declared the public hearing open at 6:31 P.M. to receive citizen comment "
                "on proposed amendments to the Brushy Mountain County High Impact Land Use Ordinance.",
            ),
            (
                "p",
                "Mr. Kyle Barnhardt, Planning and Inspections Director, stated that the Planning Board "
                "reviewed the proposed amendments at its January 23, 2025, and February 27, 2025, meetings "
                "and unanimously recommended approval. The proposed amendments would (1) increase the "
                "minimum separation of asphalt plants, quarries and concrete batch plants from any "
                "residence, school, church or licensed child care facility from 1,000 feet to 1,500 feet; "
                "(2) add battery energy storage systems greater than one megawatt to the list of high "
                "impact land uses; and (3) require the applicant to hold a community meeting before a "
                "permit application is submitted. Mr. Barnhardt stated that notice of the hearing was "
                "published in The Brushy Mountain Herald on March 5, 2025, and March 12, 2025.",
            ),
            ("p", "The following spoke during the public hearing:"),
            (
                "p",
                "Mr. Lonnie Blevins, owner of Blevins Aggregates, LLC, spoke in opposition to the increased "
                "separation distance, stating that it would effectively prohibit any new quarry in the "
                "County and increase the cost of gravel for road and driveway construction.",
            ),
            (
                "p",
                "Ms. Ruth Ann Sexton, Stony Creek Road, spoke in favor of the amendments and thanked the "
                "Planning Board for including the community meeting requirement.",
            ),
            (
                "p",
                "Mr. Abner Joines, Sugar Hollow community, asked whether existing operations would be "
                "affected. Mr. Barnhardt stated that facilities holding a valid permit would continue as "
                "legal nonconforming uses.",
            ),
            (
                "p",
                "There being no further comments, Chairman Presnell closed the public hearing at 6:52 P.M.",
            ),
            (
                "p",
                "Commissioner Triplett stated that he would like additional time to review the comments "
                "received and moved to postpone action on the proposed amendments until the April 7, 2025, "
                "regular meeting. Commissioner Greer seconded the motion.",
            ),
            (
                "vote",
                _vote(
                    ["Greer", "Triplett"],
                    ["Presnell", "Coffey", "Aldridge"],
                    result="lost",
                    motion="Postpone action on the High Impact Land Use Ordinance amendments to April 7, 2025",
                    mover="Triplett",
                    seconder="Greer",
                    named=True,
                ),
            ),
            ("p", "The motion failed."),
            (
                "p",
                "Vice-Chairman Coffey, seconded by Commissioner Aldridge, moved to adopt the amendments to "
                "the Brushy Mountain County High Impact Land Use Ordinance as recommended by the Planning "
                "Board and to adopt the accompanying statement finding the amendments consistent with the "
                "Brushy Mountain County Comprehensive Land Use Plan and reasonable and in the public "
                "interest.",
            ),
            (
                "vote",
                _vote(
                    ["Presnell", "Coffey", "Aldridge"],
                    ["Greer", "Triplett"],
                    motion="Adopt the High Impact Land Use Ordinance amendments and consistency statement",
                    mover="Coffey",
                    seconder="Aldridge",
                    named=True,
                ),
            ),
        ],
    },
    {
        "heading": "PARKS AND RECREATION TRUST FUND (PARTF) GRANT APPLICATION - FLAT ROCK RIVER PARK PHASE II",
        "agenda_item": "8",
        "blocks": [
            (
                "p",
                "Mr. Jesse Mabe, Parks and Recreation Director, requested approval to submit an application "
                "to the North Carolina Parks and Recreation Trust Fund in the amount of $500,000 for Phase "
                "II of Flat Rock River Park. Phase II includes a paddle access on the South Fork, a 0.8 mile "
                "riverside greenway, a restroom building, picnic shelter and additional parking. The total "
                "estimated project cost is $1,000,000 with the County's $500,000 match provided from fund "
                "balance previously assigned by the Board. Mr. Mabe stated that applications are due May 1, "
                "2025, and that the Trust Fund requires a resolution of the governing body.",
            ),
            ("doc", RESOLUTION_PARTF),
            (
                "p",
                "Commissioner Aldridge, seconded by Commissioner Triplett, moved to adopt the resolution "
                "authorizing submission of the PARTF application as presented.",
            ),
            (
                "vote",
                _vote(5, 0, motion="Adopt the PARTF application resolution", mover="Aldridge", seconder="Triplett"),
            ),
        ],
    },
    {
        "heading": "BID AWARD REQUEST FOR SOLID WASTE TRANSFER STATION ROOF REPLACEMENT",
        "agenda_item": "9",
        "blocks": [
            (
                "p",
                "Commissioner Greer stated that her brother-in-law, Mr. Dale Greer, is the owner of High "
                "Country Roofing & Sheet Metal, Inc., one of the bidders on the project, and requested to "
                "be excused from voting on the matter pursuant to G. S. 153A-44.",
            ),
            (
                "p",
                "Commissioner Aldridge, seconded by Vice-Chairman Coffey, moved to excuse Commissioner Greer "
                "from voting on the Solid Waste Transfer Station roof replacement bid award.",
            ),
            (
                "vote",
                _vote(
                    5,
                    0,
                    motion="Excuse Commissioner Greer from voting on the roof replacement bid award",
                    mover="Aldridge",
                    seconder="Coffey",
                ),
            ),
            (
                "p",
                "Mr. Travis Osborne, Solid Waste Director, stated that sealed bids for the replacement "
                "of the tipping floor building roof were opened on February 26, 2025, as follows:",
            ),
            (
                "table",
                (
                    ["Bidder", "Location", "Base Bid"],
                    [80, 45, 35],
                    BIDS,
                    ["L", "L", "R"],
                ),
            ),
            (
                "p",
                "Mr. Osborne recommended award of the contract to the lowest responsive, responsible bidder, "
                "Ridgeline Commercial Roofing, LLC, in the amount of $287,450.00, with a project contingency "
                "of $15,000. Funds are available in the Solid Waste Capital Reserve Fund.",
            ),
            (
                "p",
                "Commissioner Triplett, seconded by Commissioner Aldridge, moved to award the Solid Waste "
                "Transfer Station roof replacement contract to Ridgeline Commercial Roofing, LLC, in the "
                "amount of $287,450.00, with a project contingency of $15,000, and to authorize the County "
                "Manager to execute the contract upon review by the County Attorney.",
            ),
            (
                "vote",
                _vote(
                    4,
                    0,
                    excused=["Greer"],
                    motion="Award the transfer station roof replacement to Ridgeline Commercial Roofing, LLC",
                    mover="Triplett",
                    seconder="Aldridge",
                ),
            ),
        ],
    },
    {
        "heading": "PROPOSED INSTALLMENT FINANCING FOR BRUSHY MOUNTAIN COUNTY SCHOOLS ROOF AND HVAC PROJECTS",
        "agenda_item": "10",
        "blocks": [
            (
                "p",
                "Ms. Tamsin Vance, Finance Director, stated that, following the public hearing held on March "
                "3, 2025, the Board was requested to adopt a resolution approving the financing of roof "
                "replacement and HVAC improvements at Brushy Mountain High School and Laurel Gap Elementary "
                "School in an amount not to exceed $6,850,000. Staff recommended the proposal of "
                "Blue Ridge Commerce Bank at a fixed rate of 3.89% for a term of fifteen years. The resolution also requests approval of the financing by the North Carolina Local "
                "Government Commission at its May 6, 2025, meeting.",
            ),
            (
                "p",
                "Dr. Amos Wyatt, Superintendent of Brushy Mountain County Schools, thanked the Board for its "
                "support. County Attorney Hollifield stated that the resolution and financing "
                "documents had been reviewed by special counsel, Whitfield & Moody, PLLC.",
            ),
            (
                "p",
                "Vice-Chairman Coffey moved to adopt the Resolution Approving an Installment Financing "
                "Contract and Related Instruments and Requesting Local Government Commission Approval, as "
                "presented. Commissioner Greer seconded the motion, and the resolution was adopted by the "
                "following roll call vote:",
            ),
            (
                "roll",
                _vote(
                    ["Aldridge", "Coffey", "Greer", "Presnell", "Triplett"],
                    [],
                    motion="Adopt the installment financing resolution requesting LGC approval",
                    mover="Coffey",
                    seconder="Greer",
                    named=True,
                ),
            ),
            ("p", "(A copy of the resolution is attached to these minutes as Exhibit A.)"),
        ],
    },
    {
        "heading": "TAX MATTERS",
        "agenda_item": "11",
        "blocks": [],
    },
    {
        "heading": "Monthly Collections Report",
        "number": "A",
        "agenda_item": "11.A",
        "blocks": [
            (
                "p",
                "Mr. Orville Shook, Tax Administrator, presented the Monthly Collections Report for February "
                "2025. Collections on the 2024 levy through February 28, 2025, totaled $27,914,306.18, or "
                "94.21% of the amount charged, compared with 93.87% at the same time last year. The report was for information only; no action was required.",
            ),
        ],
    },
    {
        "heading": "Refunds and Releases",
        "number": "B",
        "agenda_item": "11.B",
        "blocks": [
            (
                "p",
                "Mr. Shook presented the following Refunds and Releases for the Board's approval. A detailed "
                "listing is on file in the Office of the Clerk to the Board.",
            ),
            (
                "table",
                (
                    ["Type", "Releases", "Refunds"],
                    [80, 35, 35],
                    RELEASES,
                    ["L", "R", "R"],
                ),
            ),
            (
                "p",
                "Commissioner Greer, seconded by Commissioner Triplett, moved to approve the Refunds and "
                "Releases as presented.",
            ),
            (
                "vote",
                _vote(5, 0, motion="Approve the Refunds and Releases", mover="Greer", seconder="Triplett"),
            ),
            ("note", "Commissioner Greer left the meeting at 7:31 P.M. due to a family matter."),
        ],
    },
    {
        "heading": "BUDGET AMENDMENTS",
        "agenda_item": "12",
        "blocks": [
            ("p", "Ms. Vance reviewed the following budget amendments:"),
            ("budget", BUDGET_AMENDMENTS),
            (
                "p",
                "Commissioner Triplett stated that he supported the grant and forfeiture amendments but "
                "could not support a further transfer from contingency this early in the spring and asked "
                "that snow removal be budgeted at the three-year average in the coming fiscal year.",
            ),
            (
                "p",
                "Commissioner Aldridge, seconded by Vice-Chairman Coffey, moved to approve the budget "
                "amendments as presented.",
            ),
            (
                "vote",
                _vote(
                    ["Presnell", "Coffey", "Aldridge"],
                    ["Triplett"],
                    ["Greer"],
                    motion="Approve the budget amendments",
                    mover="Aldridge",
                    seconder="Coffey",
                    named=True,
                ),
            ),
        ],
    },
    {
        "heading": "MISCELLANEOUS ADMINISTRATIVE MATTERS",
        "agenda_item": "13",
        "blocks": [],
    },
    {
        "heading": "Request to Schedule a Public Hearing for the Community Development Block Grant - "
        "Neighborhood Revitalization Program",
        "number": "A",
        "agenda_item": "13.A",
        "blocks": [
            (
                "p",
                "County Manager Teague requested the Board schedule a public hearing for Monday, April 7, "
                "2025, at 6:00 P.M., or as soon thereafter as the matter may be heard, to receive citizen "
                "input on the County's application for up to $950,000 in Community Development Block Grant "
                "- Neighborhood Revitalization funds for housing rehabilitation in the Elk Shoals and Stony "
                "Creek communities.",
            ),
            (
                "p",
                "Commissioner Triplett, seconded by Commissioner Aldridge, moved to schedule the public "
                "hearing as requested.",
            ),
            (
                "vote",
                _vote(
                    4,
                    0,
                    1,
                    motion="Schedule the CDBG-NR public hearing for April 7, 2025",
                    mover="Triplett",
                    seconder="Aldridge",
                ),
            ),
        ],
    },
    {
        "heading": "Boards and Commissions",
        "number": "B",
        "agenda_item": "13.B",
        "blocks": [
            (
                "p",
                "County Manager Teague stated that the term of Mr. Hobart Miller on the Brushy Mountain "
                "County Board of Health expires March 31, 2025, and that Mr. Miller is willing to serve "
                "another term. Ms. Teague also stated that the Nursing Home Community Advisory Committee "
                "has one vacancy, for which Ms. Connie Rhyne has submitted an application.",
            ),
            (
                "p",
                "Commissioner Aldridge, seconded by Commissioner Triplett, moved to reappoint Mr. Hobart "
                "Miller to the Board of Health for a three-year term ending March 31, 2028, and to appoint "
                "Ms. Connie Rhyne to the Nursing Home Community Advisory Committee for an initial one-year "
                "term.",
            ),
            (
                "vote",
                _vote(
                    ["Presnell", "Coffey", "Aldridge", "Triplett"],
                    [],
                    ["Greer"],
                    motion="Reappoint Hobart Miller and appoint Connie Rhyne",
                    mover="Aldridge",
                    seconder="Triplett",
                    named=True,
                ),
            ),
        ],
    },
    {
        "heading": "Announcements",
        "number": "C",
        "agenda_item": "13.C",
        "blocks": [
            ("p", "County Manager Teague announced the following:"),
            (
                "bullets",
                [
                    "The Board's annual budget work session will be held on Thursday, April 24, 2025, at "
                    "9:00 A.M. in the Commissioners' Conference Room.",
                    "County offices will be closed on Friday, April 18, 2025, in observance of Good Friday.",
                    "The North Carolina Association of County Commissioners' District 18 meeting will be "
                    "held in Laurel Gap on Wednesday, April 9, 2025.",
                ],
            ),
        ],
    },
    {
        "heading": "BREAK",
        "agenda_item": "14",
        "blocks": [
            (
                "p",
                "Chairman Presnell called for a short break at 7:38 P.M. The meeting reconvened at 7:45 P.M.",
            ),
        ],
    },
    {
        "heading": "CLOSED SESSION",
        "agenda_item": "15",
        "blocks": [
            (
                "p",
                "At 7:45 P.M., Commissioner Triplett, seconded by Vice-Chairman Coffey, moved to enter "
                "Closed Session to discuss Attorney/Client Matters - G. S. 143-318.11(a)(3), Economic "
                "Development - G. S. 143-318.11(a)(4), and Personnel Matters - G. S. 143-318.11(a)(6).",
            ),
            (
                "vote",
                _vote(4, 0, motion="Enter Closed Session", mover="Triplett", seconder="Coffey"),
            ),
            (
                "p",
                "Vice-Chairman Coffey, seconded by Commissioner Aldridge, moved to resume the open meeting "
                "at 8:24 P.M.",
            ),
            (
                "vote",
                _vote(4, 0, motion="Resume the open meeting", mover="Coffey", seconder="Aldridge"),
            ),
            ("p", "No action was taken following Closed Session."),
        ],
    },
    {
        "heading": "ADJOURN",
        "agenda_item": "16",
        "blocks": [
            (
                "p",
                "Commissioner Aldridge moved to adjourn the meeting at 8:26 P.M. The motion was seconded by "
                "Commissioner Triplett and carried unanimously.",
            ),
        ],
    },
]

# ---------------------------------------------------------------------------------------------
# Rendering helpers
# ---------------------------------------------------------------------------------------------

LEFT = 20.0
SIZE = 11
LH = 4.7
WIDTH = 215.9 - 2 * LEFT


class _Doc(FPDF):
    footer_left = ""

    def footer(self):
        self.set_y(-14)
        self.set_font("Times", "", 10)
        self.cell(WIDTH / 2, 5, self.footer_left, align="L")
        self.cell(WIDTH / 2, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def _new_doc(footer_left: str) -> _Doc:
    pdf = _Doc(format="Letter", unit="mm")
    pdf.footer_left = footer_left
    pdf.set_creation_date(CREATED)
    pdf.set_author("Clerk to the Board")
    pdf.set_margins(LEFT, 17, LEFT)
    pdf.set_auto_page_break(True, margin=19)
    pdf.alias_nb_pages()
    return pdf


def _names(value) -> str:
    if isinstance(value, list):
        return f"-{len(value)}({', '.join(value)})" if value else "-0"
    return f"-{value}"


def _vote_lines(v: dict) -> list[str]:
    lines = ["Aye" + _names(v["yes"]), "Nay" + _names(v["no"])]
    if v["absent"]:
        lines.append("Absent" + _names(v["absent"]))
    if v["excused"]:
        lines.append("Excused" + _names(v["excused"]))
    return lines


def _ensure(pdf: FPDF, height: float) -> None:
    if pdf.get_y() + height > pdf.h - 20:
        pdf.add_page()


def _para(pdf: FPDF, text: str, size: float = SIZE, style: str = "", indent: float = 0, align: str = "J") -> None:
    pdf.set_font("Times", style, size)
    pdf.set_x(LEFT + indent)
    pdf.multi_cell(WIDTH - indent, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)


def _render_doc(pdf: FPDF, doc: dict) -> None:
    indent = 12
    _ensure(pdf, 40)
    pdf.set_font("Times", "B", SIZE)
    for line in doc["title"].split("\n"):
        pdf.set_x(LEFT)
        pdf.cell(WIDTH, 5.2, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for text in doc["whereas"]:
        _para(pdf, text, indent=indent)
    for clause in doc.get("resolved", []):
        _para(pdf, clause["lead"], indent=indent)
        for i, part in enumerate(clause["parts"], 1):
            pdf.set_font("Times", "", SIZE)
            _ensure(pdf, 12)
            y = pdf.get_y()
            pdf.set_xy(LEFT + indent + 6, y)
            pdf.cell(8, LH, f"{i}.")
            pdf.set_xy(LEFT + indent + 14, y)
            pdf.multi_cell(WIDTH - indent - 14, LH, part, align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.2)
        if clause["parts"]:
            pdf.ln(1)
    for text in doc["closing"]:
        _para(pdf, text, indent=indent)
    if doc["signed"]:
        _ensure(pdf, 26)
        pdf.ln(4)
    pdf.set_font("Times", "", SIZE)
    for line in doc["signed"]:
        if line.startswith("ATTEST: "):
            pdf.ln(3)
            pdf.set_x(LEFT + 80)
            pdf.cell(60, LH, "ATTEST:", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
            line = line.removeprefix("ATTEST: ")
            pdf.set_x(LEFT + 80)
            pdf.cell(70, LH, "______________________________", new_x="LMARGIN", new_y="NEXT")
        elif line == doc["signed"][0]:
            pdf.set_x(LEFT + 80)
            pdf.cell(70, LH, "______________________________", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(LEFT + 80)
        pdf.cell(80, LH, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)


def _render_table(pdf: FPDF, columns, widths, rows, aligns) -> None:
    total = sum(widths)
    x0 = LEFT + (WIDTH - total) / 2
    _ensure(pdf, 7 * (len(rows) + 1) + 4)
    pdf.set_font("Times", "B", 11)
    pdf.set_x(x0)
    for col, w in zip(columns, widths):
        pdf.cell(w, 6.5, col, border=1, align="C")
    pdf.ln(6.5)
    for row in rows:
        bold = row[0].upper() == "TOTAL"
        pdf.set_font("Times", "B" if bold else "", 11)
        pdf.set_x(x0)
        for cell, w, a in zip(row, widths, aligns):
            pdf.cell(w, 6.2, cell, border=1, align=a)
        pdf.ln(6.2)
    pdf.ln(4)


def _render_budget(pdf: FPDF, amendments) -> None:
    for rows, explanation in amendments:
        _render_table(pdf, ["Account #", "Description", "Debit", "Credit"], [30, 88, 24, 24], rows, "LLRR")
        pdf.set_y(pdf.get_y() - 1)
        _para(pdf, explanation, indent=10)


def _render_vote(pdf: FPDF, v: dict) -> None:
    lines = _vote_lines(v)
    _ensure(pdf, 6 * len(lines) + 4)
    pdf.set_font("Times", "", SIZE)
    for i, line in enumerate(lines):
        pdf.set_x(LEFT)
        pdf.cell(18, LH, "VOTE:" if i == 0 else "")
        pdf.cell(WIDTH - 18, LH, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.8)


def _render_roll(pdf: FPDF, v: dict) -> None:
    _ensure(pdf, 16)
    pdf.set_font("Times", "", SIZE)
    ayes = ", ".join(v["yes"][:-1]) + " and " + v["yes"][-1]
    for label, text in (("AYES:", f"Commissioners {ayes}"), ("NAYS:", ", ".join(v["no"]) or "None")):
        pdf.set_x(LEFT + 12)
        pdf.cell(20, LH, label)
        pdf.cell(WIDTH - 32, LH, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.8)


def _render_bullets(pdf: FPDF, items) -> None:
    pdf.set_font("Times", "", SIZE)
    for text in items:
        _ensure(pdf, 11)
        y = pdf.get_y()
        pdf.set_xy(LEFT + 8, y)
        pdf.cell(6, LH, chr(149))
        pdf.set_xy(LEFT + 14, y)
        pdf.multi_cell(WIDTH - 14, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.6)
    pdf.ln(2)


def _render_heading(pdf: FPDF, section: dict) -> None:
    _ensure(pdf, 20)
    pdf.ln(1.5)
    if section.get("number"):
        pdf.set_font("Times", "BU", SIZE)
        pdf.set_x(LEFT + 8)
        pdf.multi_cell(WIDTH - 8, 5.2, f"{section['number']}.  {section['heading']}", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font("Times", "B", SIZE)
        pdf.multi_cell(WIDTH, 5.2, section["heading"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.6)


# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------


def _build_agenda(path: Path) -> None:
    pdf = _new_doc("Tentative Agenda - March 17, 2025")
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    width = 215.9 - 36
    pdf.set_font("Times", "B", 14)
    for line in (
        "TENTATIVE AGENDA & MEETING NOTICE",
        "BRUSHY MOUNTAIN COUNTY",
        "BOARD OF COUNTY COMMISSIONERS",
        DAY_CAPS,
        "6:00 P.M.",
        "BRUSHY MOUNTAIN COUNTY ADMINISTRATION BUILDING",
        "COMMISSIONERS' BOARD ROOM",
    ):
        pdf.cell(width, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Times", "B", SIZE)
    pdf.ln(5)
    cols = [("TIME", 15), ("#", 10), ("TOPIC", 100), ("PRESENTER", 40), ("PAGE", 14.9)]
    xs = [18.0]
    for _, w in cols[:-1]:
        xs.append(xs[-1] + w)
    pdf.set_font("Times", "B", 11)
    for (name, w), x in zip(cols, xs):
        pdf.set_x(x)
        pdf.cell(w, 7, name, border=1, align="C")
    pdf.ln(7)
    line_h = 5.0
    for item in AGENDA:
        # lines of the TOPIC column: (text, style, indent, page)
        topic_lines = []
        pdf.set_font("Times", "", 11)
        title_lines = pdf.multi_cell(96, line_h, item["title"], dry_run=True, output="LINES")
        for i, ln in enumerate(title_lines):
            topic_lines.append((ln, "", 0, item.get("page") if i == 0 else None))
        if item.get("note"):
            pdf.set_font("Times", "I", 10)
            for ln in pdf.multi_cell(92, line_h, item["note"], dry_run=True, output="LINES"):
                topic_lines.append((ln, "I", 4, None))
        for t in item.get("topics", []):
            topic_lines.append((t, "", 8, None))
        for letter, title, page in item.get("subs", []):
            pdf.set_font("Times", "", 11)
            sub = pdf.multi_cell(84, line_h, title, dry_run=True, output="LINES")
            for i, ln in enumerate(sub):
                topic_lines.append(((f"{letter}.", ln) if i == 0 else ("", ln), "sub", 4, page if i == 0 else None))
        height = line_h * len(topic_lines) + 4
        if pdf.get_y() + height > pdf.h - 30:
            pdf.add_page()
        y0 = pdf.get_y() + 2
        pdf.set_font("Times", "B", 11)
        pdf.set_xy(xs[0], y0)
        pdf.cell(cols[0][1], line_h, item.get("time", ""), align="C")
        pdf.set_xy(xs[1], y0)
        pdf.cell(cols[1][1] - 2, line_h, item["number"], align="R")
        if item.get("presenter"):
            pdf.set_font("Times", "", 11)
            pdf.set_xy(xs[3], y0)
            pdf.multi_cell(cols[3][1], line_h, item["presenter"], align="L")
        y = y0
        for text, style, indent, page in topic_lines:
            if style == "sub":
                letter, body = text
                pdf.set_font("Times", "", 11)
                pdf.set_xy(xs[2] + 2 + indent, y)
                pdf.cell(8, line_h, letter)
                pdf.set_xy(xs[2] + 2 + indent + 8, y)
                pdf.cell(84, line_h, body)
            else:
                pdf.set_font("Times", style, 10 if style == "I" else 11)
                pdf.set_xy(xs[2] + 2 + indent, y)
                pdf.cell(96 - indent, line_h, text)
            if page is not None:
                pdf.set_font("Times", "", 11)
                pdf.set_xy(xs[4], y)
                pdf.cell(cols[4][1], line_h, str(page), align="C")
            y += line_h
        pdf.set_y(y + 2)
        pdf.set_draw_color(150, 150, 150)
        pdf.line(18, pdf.get_y(), 18 + sum(w for _, w in cols), pdf.get_y())
        pdf.set_draw_color(0, 0, 0)
    pdf.ln(8)
    pdf.set_font("Times", "I", 10)
    pdf.multi_cell(
        width,
        4.6,
        "PLEASE NOTE: All times are approximate and items may be considered earlier or later than listed. "
        "The Board may add, delete or rearrange agenda items at the meeting. Page numbers refer to the "
        "agenda packet, which is available on the County website. Persons who need an accommodation to "
        f"participate should contact {CLERK['name']}, Clerk to the Board, at {CLERK['phone']} or "
        f"{CLERK['email']} at least 48 hours before the meeting.",
        align="J",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------


def _build_minutes(path: Path) -> None:
    pdf = _new_doc(DATE_LONG)
    pdf.add_page()
    pdf.set_font("Times", "B", 13)
    for line in ("MINUTES", "", "BRUSHY MOUNTAIN COUNTY BOARD OF COMMISSIONERS", DAY_CAPS):
        pdf.cell(WIDTH, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    _para(
        pdf,
        "The Brushy Mountain County Board of Commissioners held a regular meeting, as scheduled, on Monday, "
        "March 17, 2025, at 6:00 P.M. in the Commissioners' Board Room located in the Brushy Mountain "
        "County Administration Building, Laurel Gap, North Carolina.",
    )
    _para(pdf, "Chairman Presnell called the meeting to order at 6:00 P.M. The following were present:")
    pdf.set_font("Times", "", SIZE)

    def block(label: str, rows: list[tuple[str, str]]) -> None:
        for i, (name, role) in enumerate(rows):
            pdf.set_x(LEFT + 8)
            pdf.cell(42, 5.2, label if i == 0 else "")
            pdf.cell(WIDTH - 50, 5.2, f"{name}, {role}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    block("PRESENT:", [(n, r) for n, r, _ in PRESENT])
    block("STAFF PRESENT:", STAFF_PRESENT)
    block("ALSO PRESENT:", ALSO_PRESENT)
    pdf.ln(1)
    _para(pdf, "Commissioner Aldridge opened with a prayer and Vice-Chairman Coffey led the Pledge of Allegiance.")
    for section in SECTIONS:
        _render_heading(pdf, section)
        for kind, payload in section["blocks"]:
            if kind == "p":
                _para(pdf, payload)
            elif kind == "note":
                _para(pdf, f"[Clerk's Note: {payload}]", style="I")
            elif kind == "vote":
                _render_vote(pdf, payload)
            elif kind == "roll":
                _render_roll(pdf, payload)
            elif kind == "doc":
                _render_doc(pdf, payload)
            elif kind == "table":
                _render_table(pdf, *payload)
            elif kind == "budget":
                _render_budget(pdf, payload)
            elif kind == "bullets":
                _render_bullets(pdf, payload)
    _ensure(pdf, 45)
    pdf.ln(12)
    pdf.set_font("Times", "", SIZE)
    for line in (
        "______________________________",
        "Harlan T. Presnell, Chairman",
        "",
        "ATTEST:",
        "",
        "______________________________",
        "Brenda K. Isaacs, Clerk to the Board",
    ):
        pdf.set_x(LEFT + 88)
        pdf.cell(80, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    _build_agenda(agenda)
    _build_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def _agenda_gold() -> list[dict]:
    # every page printed in the PAGE column, in order, with the entry it belongs to
    entries: list[tuple[str, int]] = []
    for item in AGENDA:
        if item.get("page") is not None:
            entries.append((item["number"], item["page"]))
        for letter, _title, page in item.get("subs", []):
            entries.append((f"{item['number']}.{letter}", page))
    span: dict[str, dict] = {}
    for i, (key, first) in enumerate(entries):
        nxt = entries[i + 1][1] if i + 1 < len(entries) else first
        span[key] = {"first": first, "last": max(first, nxt - 1)}
    out = []
    for item in AGENDA:
        number = item["number"]
        pages = span.get(number)
        if item.get("subs"):
            keys = [f"{number}.{s[0]}" for s in item["subs"]]
            pages = {"first": span[keys[0]]["first"], "last": span[keys[-1]]["last"]}
        rec = {
            "number": number,
            "title": item["title"].rstrip(":"),
            "pages": pages,
            "part": item.get("part", "public"),
            "parent": None,
            "path": number,
        }
        if item.get("presenter"):
            rec["presenter"] = item["presenter"]
        if item.get("topics"):
            rec["topics"] = list(item["topics"])
        if item.get("note"):
            rec["note"] = item["note"]
        if item.get("time"):
            rec["time"] = item["time"]
        out.append(rec)
        for letter, title, _page in item.get("subs", []):
            key = f"{number}.{letter}"
            out.append(
                {
                    "number": letter,
                    "title": title,
                    "pages": span[key],
                    "part": "public",
                    "parent": number,
                    "path": key,
                }
            )
    return out


def _count(value) -> int:
    return len(value) if isinstance(value, list) else int(value or 0)


def _resolved_count(doc: dict) -> int:
    return sum(len(c["parts"]) or 1 for c in doc.get("resolved", []))


def _all_other_text() -> str:
    """Every printed text outside the RESOLVED clauses (to check none of it says 'resolved')."""
    parts = []
    for section in SECTIONS:
        parts.append(section["heading"])
        for kind, payload in section["blocks"]:
            if kind in ("p", "note"):
                parts.append(payload)
            elif kind == "doc":
                parts += [payload["title"], *payload["whereas"], *payload["closing"]]
            elif kind == "bullets":
                parts += payload
    return "\n".join(parts)


def _minutes_gold() -> dict:
    assert not re.search(r"resolved", _all_other_text(), re.I)
    items, votes, per_item = [], [], {}
    total = 0
    for section in SECTIONS:
        number = section.get("number")
        items.append({"number": number, "title": section["heading"], "agenda_item": section["agenda_item"]})
        count = sum(_resolved_count(p) for k, p in section["blocks"] if k == "doc")
        if count:
            per_item[section["heading"]] = count
            total += count
        for kind, v in section["blocks"]:
            if kind not in ("vote", "roll"):
                continue
            counts = {"yes": _count(v["yes"]), "no": _count(v["no"]), "abstain": 0}
            if v["absent"]:
                counts["absent"] = _count(v["absent"])
            rec = {
                "item": number,
                "item_title": section["heading"],
                "result": v["result"],
                "counts": counts,
                "motion": v["motion"],
                "mover": v["mover"],
                "seconder": v["seconder"],
            }
            if v["named"]:
                voters = {"yes": list(v["yes"]), "no": list(v["no"])}
                if isinstance(v["absent"], list):
                    voters["absent"] = list(v["absent"])
                rec["voters"] = voters
            if kind == "roll":
                rec["note"] = (
                    "Bond-counsel style roll call printed as AYES/NAYS name lists; counts taken from the names."
                )
            if v["excused"]:
                rec["note"] = "Printed 'Excused-1(Greer)': a member excused under G.S. 153A-44, not an abstention."
            if v["result"] == "lost":
                rec["result_as_printed"] = "The motion failed."
            votes.append(rec)
    attendance = [{"name": n, "status": s, "role": r} for n, r, s in PRESENT]
    attendance += [{"name": n, "status": "in_attendance", "role": r} for n, r in STAFF_PRESENT]
    attendance += [{"name": n, "status": "also_present", "role": r} for n, r in ALSO_PRESENT]
    return {
        "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
        "items": items,
        "resolutions": total,
        "resolutions_per_item": per_item,
        "votes": votes,
        "attendance": attendance,
    }


def gold() -> dict:
    meeting = {
        "body": BODY,
        "date": DATE_ISO,
        "start_time": START,
        "meeting_type": "regular",
        "contact": dict(CLERK),
    }
    agenda = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "US",
        "notes": [
            "Every item number is printed in the # column; sub-items print a letter (A., B., C.) and take "
            "the item above as parent, with path '11.A' etc. because letters repeat under items 11 and 13.",
            "The PAGE column gives packet pages, printing the first page only, so each item runs to the page "
            "before the next printed page; items sharing a page (Break, Closed Session on 100) get that page "
            "alone, and the last paged item ends on its own first page.",
            "Tax Matters (11) and Miscellaneous Administrative Matters (13) print no page of their own (the "
            "pages stand against their sub-items), so their range spans their sub-items' pages.",
            "Call to Order (1) and Adjourn (16) print no page, so pages is null.",
            "The minutes to approve (March 3 regular and closed session) and the G.S. 143-318.11 citations "
            "under Closed Session are topics printed under the item, not agenda items.",
            "The italic line 'Will last up to 30 minutes ...' under Public Comment is a note, not part of the "
            "title; the trailing colon of 'Approval of Minutes:' is dropped from the title.",
            "Closed Session (15) is marked exempt because its business is held in closed session under G.S. "
            "143-318.11; every other item is public.",
            "The start time is the 6:00 P.M. printed in the heading; the contact is the Clerk named in the "
            "accessibility note at the foot of the agenda.",
        ],
        "meeting": meeting,
        "agenda": _agenda_gold(),
    }
    minutes_data = _minutes_gold()
    minutes = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "US",
        "notes": [
            "The minutes print unnumbered bold capitalised headings following the agenda topics, so those "
            "items have number null; the lettered sub-headings under Tax Matters and Miscellaneous "
            "Administrative Matters keep their printed letters (A, B, C) as numbers.",
            "The call to order, invocation and pledge are recorded in the opening paragraphs without a "
            "heading, so no minute item is given for agenda item 1; agenda_item uses '11.A' style for the "
            "lettered sub-headings.",
            "Resolutions are counted strictly as 'RESOLVED' clauses: the Shepherd resolution prints BE IT "
            "RESOLVED and BE IT FURTHER RESOLVED (2), the PARTF resolution prints one BE IT RESOLVED ... "
            "that: with three numbered parts (3), total 5.",
            "The proclamation ('does hereby proclaim'), the installment financing resolution (adopted by roll "
            "call but attached as Exhibit A, not printed) and the other motions to adopt or approve are not "
            "counted, since they contain no 'resolved' clause.",
            "Every 'VOTE:' block is a vote with its printed figures; names in brackets are given as voters, "
            "and an 'Absent-n(Name)' line is kept apart in counts.absent and voters.absent.",
            "The bid award vote prints 'Excused-1(Greer)' (a member excused from voting under G.S. 153A-44); "
            "it is not printed as an abstention, so abstain is 0 and no absent figure is given.",
            "The installment financing roll call prints names only (AYES: five commissioners, NAYS: None); "
            "its counts are taken from those names.",
            "The failed motion to postpone the ordinance amendments (Aye-2, Nay-3, 'The motion failed.') is "
            "recorded as lost.",
            "The adjournment 'carried unanimously' with no figures or names printed, so it is not listed as a vote.",
            "Votes are keyed to the heading they are printed under: item null with item_title for the "
            "unnumbered headings, the printed letter for the lettered sub-headings.",
            "County Attorney, County Manager and Clerk to the Board are printed in the PRESENT block but are "
            "officers, so they are in_attendance; STAFF PRESENT are officers (in_attendance) and the "
            "newspaper reporter under ALSO PRESENT is also_present.",
            "Commissioner Triplett arrived late (6:09 P.M.) and Commissioner Greer left early (7:31 P.M.); "
            "both are listed in the PRESENT block and kept as present.",
            "Members of the public, presenters and honorees named only in the body (speakers, department "
            "heads, Mr. Shepherd, Dr. Wyatt) are not in the attendance part and are left out of attendance.",
            "The end time is the 8:26 P.M. adjournment.",
        ],
        "meeting": meeting,
        "minutes": minutes_data,
    }
    return {
        "agendas__" + Path(AGENDA_FILE).stem: agenda,
        "minutes__" + Path(MINUTES_FILE).stem: minutes,
    }

"""Sandhill Forks County, North Carolina (fictional, rural): Board of County Commissioners.

A five-member board (Chairman, Vice Chairman, three Commissioners) meeting in regular session on
the first and third Mondays at 6:00 p.m. in the Government Center at Forksville, the county seat.
The Clerk to the Board types the agenda and the minutes the way a small North Carolina county
clerk does:

* agendas/sandhill-forks-county_board-of-commissioners_2025-08-04_agenda.pdf - a two-page agenda
  on letterhead listing the Board and the appointed officers, numbered items 1-15 in bold capitals,
  lettered sub-items (A., B., ...) under the Consent Agenda, Recognitions, Public Hearings, Old
  Business and New Business, a presenter column on the right and italic procedural notes under
  some items (consent rule, public comment rule, the closed-session citation). No page numbers
  per item are printed.
* minutes/sandhill-forks-county_board-of-commissioners_2025-08-04_minutes.pdf - the minutes of
  the same meeting: a minute-book running header ("Book 41, Page 2xx") plus a "Page n of N"
  footer, an attendance block (Commissioners Present / Absent, Staff Present, Others Present),
  headings numbered after the agenda ("5.", "8A."), motions recorded in more than one way
  ("The motion carried 4-0.", "carried unanimously", "4-1, with Commissioner X voting no", a
  roll call with "Aye:"/"Nay:" lines), a late arrival and an early departure, a member excused
  from voting for a conflict (G.S. 153A-44), an item pulled from the consent agenda and heard
  under New Business, a recess, a closed session under G.S. 143-318.11, and the full text of
  the resolutions (BE IT RESOLVED / BE IT FURTHER RESOLVED, one with numbered parts), a
  proclamation (NOW, THEREFORE, I ... do hereby proclaim), an ordinance and a budget amendment
  (both BE IT ORDAINED) the Board adopts, spread upon the minutes.

All people, places, amounts and wording are invented. The module-level data below drive both
the PDFs and the gold records.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

COUNTY = "Sandhill Forks County"
BODY = "Board of Commissioners"
DATE_ISO = "2025-08-04"
DATE_LONG = "Monday, August 4, 2025"
START = "18:00"
END = "20:41"
STEM = "sandhill-forks-county_board-of-commissioners_2025-08-04"
AGENDA_FILE = f"agendas/{STEM}_agenda.pdf"
MINUTES_FILE = f"minutes/{STEM}_minutes.pdf"
PLACE = (
    "Commissioners' Meeting Room, Sandhill Forks County Government Center, "
    "210 East Main Street, Forksville, North Carolina"
)
CONTACT = {"name": "Tamara J. Blue", "phone": "(910) 555-0143", "email": "tblue@sandhillforksnc.gov"}

# ----------------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------------

MEMBERS = [
    {"name": "Wendell R. Hatcher", "surname": "Hatcher", "role": "Chairman", "note": ""},
    {"name": "Loretta B. Faircloth", "surname": "Faircloth", "role": "Vice Chairman", "note": ""},
    {"name": "Jimmy Dale Pruitt", "surname": "Pruitt", "role": "Commissioner", "note": ""},
    {"name": "Marcus T. Oxendine", "surname": "Oxendine", "role": "Commissioner", "note": ""},
    {"name": "Deborah S. Lunsford", "surname": "Lunsford", "role": "Commissioner", "note": "arrived at 6:12 p.m."},
]

STAFF = [
    ("Ashley N. McInnis", "County Manager"),
    ("Robert H. Strickland", "County Attorney"),
    ("Tamara J. Blue", "Clerk to the Board"),
    ("Keith A. Jernigan", "Finance Director"),
    ("Renee C. Autry", "Planning Director"),
    ("Travis L. Cashwell", "Emergency Services Director"),
    ("Darnell W. Graham", "Public Works Director"),
    ("Sherry M. Maynor", "Tax Administrator"),
]
CLERK_SUFFIX = {"Tamara J. Blue": ", NCMCC"}

# (name, role, as printed)
OTHERS = [
    ("Dwayne E. Kersey", "Sheriff", "Sheriff Dwayne E. Kersey"),
    ("Ellen Gaddy", "The Forks Record", "Ellen Gaddy, The Forks Record"),
]

# ----------------------------------------------------------------------------------------------
# Agenda: (number, title, parent, presenter, note)
# ----------------------------------------------------------------------------------------------

AGENDA = [
    ("1", "CALL TO ORDER", None, "Chairman Wendell R. Hatcher", ""),
    ("2", "INVOCATION", None, "Reverend Clayton Bullard, Pleasant Grove Free Will Baptist Church", ""),
    ("3", "PLEDGE OF ALLEGIANCE", None, "Commissioner Marcus T. Oxendine", ""),
    ("4", "APPROVAL OF AGENDA", None, "", ""),
    (
        "5",
        "CONSENT AGENDA",
        None,
        "",
        "All items listed under the Consent Agenda are considered routine and will be enacted by one motion. "
        "There will be no separate discussion of these items unless a Commissioner so requests, in which event "
        "the item will be removed from the Consent Agenda and considered separately.",
    ),
    ("A", "Approval of Minutes: July 7, 2025 Regular Meeting and July 21, 2025 Regular Meeting", "5", "", ""),
    ("B", "Tax Releases and Refunds for the Month of July 2025", "5", "Sherry M. Maynor, Tax Administrator", ""),
    (
        "C",
        "Tax Collector's Report on Collections through July 31, 2025",
        "5",
        "Sherry M. Maynor, Tax Administrator",
        "",
    ),
    (
        "D",
        "Budget Amendment #2026-03 - Sheriff's Office, Federal Equitable Sharing Funds ($18,450)",
        "5",
        "Keith A. Jernigan, Finance Director",
        "",
    ),
    (
        "E",
        "Resolution No. 2025-29 Declaring Certain Vehicles and Equipment Surplus and Authorizing Their Sale "
        "by Electronic Auction",
        "5",
        "Keith A. Jernigan, Finance Director",
        "",
    ),
    (
        "F",
        "Renewal of Inmate Medical Services Agreement with Carolina Correctional Health, PLLC",
        "5",
        "Sheriff Dwayne E. Kersey",
        "",
    ),
    ("6", "RECOGNITIONS AND PROCLAMATIONS", None, "", ""),
    ("A", "Proclamation Designating August 2025 as Child Support Awareness Month", "6", "Chairman Hatcher", ""),
    (
        "B",
        "Resolution No. 2025-30 of Appreciation - Glenda P. Monroe, Deputy Register of Deeds, 31 Years of Service",
        "6",
        "Chairman Hatcher",
        "",
    ),
    (
        "7",
        "PUBLIC COMMENT",
        None,
        "",
        "Speakers must sign up with the Clerk before the meeting is called to order. Each speaker is limited to "
        "three (3) minutes; the total period is limited to thirty (30) minutes.",
    ),
    ("8", "PUBLIC HEARINGS", None, "", ""),
    (
        "A",
        "Rezoning Case RZ-2025-04: 14.62 Acres on NC Highway 211 (PIN 9573-41-2286) from RA-20 "
        "Residential/Agricultural to HC Highway Commercial",
        "8",
        "Renee C. Autry, Planning Director",
        "",
    ),
    (
        "B",
        "Community Development Block Grant - Neighborhood Revitalization Application and Resolution No. 2025-31",
        "8",
        "Ashley N. McInnis, County Manager",
        "",
    ),
    ("9", "OLD BUSINESS", None, "", ""),
    (
        "A",
        "Ordinance Amending Chapter 50, Solid Waste, Section 50-12, Convenience Center Hours of Operation "
        "(Second Reading)",
        "9",
        "Darnell W. Graham, Public Works Director",
        "",
    ),
    ("10", "NEW BUSINESS", None, "", ""),
    (
        "A",
        "Budget Amendment #2026-04 - EMS Station 3 Roof Replacement ($86,300)",
        "10",
        "Travis L. Cashwell, Emergency Services Director",
        "",
    ),
    (
        "B",
        "Award of Bid - Historic Courthouse HVAC Replacement Project",
        "10",
        "Darnell W. Graham, Public Works Director",
        "",
    ),
    ("C", "Appointments to Boards and Commissions", "10", "Tamara J. Blue, Clerk to the Board", ""),
    (
        "D",
        "Interlocal Agreement with the Town of Forksville for Animal Control Services",
        "10",
        "Ashley N. McInnis, County Manager",
        "",
    ),
    ("11", "COUNTY MANAGER'S REPORT", None, "Ashley N. McInnis, County Manager", ""),
    ("12", "COUNTY ATTORNEY'S REPORT", None, "Robert H. Strickland, County Attorney", ""),
    ("13", "COMMISSIONERS' REPORTS AND COMMENTS", None, "", ""),
    (
        "14",
        "CLOSED SESSION",
        None,
        "",
        "Pursuant to N.C.G.S. 143-318.11(a)(3) to consult with the County Attorney, and 143-318.11(a)(5) to "
        "instruct staff concerning the acquisition of real property.",
    ),
    ("15", "ADJOURN", None, "", ""),
]

# ----------------------------------------------------------------------------------------------
# Minutes content. Blocks: ("p", text), ("pm", markdown text), ("i", italic line),
# ("bul", [lines]), ("vote", Vote), ("res", Resolution), ("proc", Proclamation),
# ("ord", Ordinance), ("table", Table), ("ind", indented text)
# ----------------------------------------------------------------------------------------------


def vote(lead: str, outcome: str, yes: int | None = None, no: int | None = None, **kw) -> tuple:
    """A motion. `outcome` may use {yes}, {no}; a vote with figures (or roll-call names) goes into the
    gold; `roll` prints Aye:/Nay: lines before the outcome."""
    return ("vote", {"lead": lead, "outcome": outcome, "yes": yes, "no": no, **kw})


def res(
    number: str, title: str, whereas: list[str], clauses: list[tuple[str, list[str]]], adopted: str, typed: bool = False
) -> tuple:
    """A resolution spread upon the minutes; `typed` prints "s/" signatures instead of signature lines."""
    data = {"number": number, "title": title, "whereas": whereas, "clauses": clauses, "adopted": adopted}
    return ("res", {**data, "typed": typed})


ADOPTED = "Adopted this the 4th day of August, 2025."

ITEMS: list[dict] = [
    {
        "number": "1",
        "title": "CALL TO ORDER",
        "agenda_item": "1",
        "blocks": [
            (
                "p",
                "Chairman Hatcher called the meeting to order at 6:00 p.m. and welcomed everyone in attendance. He "
                "noted that a quorum was present and that Commissioner Lunsford had notified the Clerk that she would "
                "be arriving late due to a work commitment in Fayetteville.",
            )
        ],
    },
    {
        "number": "2",
        "title": "INVOCATION",
        "agenda_item": "2",
        "blocks": [
            (
                "p",
                "Reverend Clayton Bullard, Pastor of Pleasant Grove Free Will Baptist Church, gave the invocation.",
            )
        ],
    },
    {
        "number": "3",
        "title": "PLEDGE OF ALLEGIANCE",
        "agenda_item": "3",
        "blocks": [("p", "Commissioner Oxendine led those present in the Pledge of Allegiance to the Flag.")],
    },
    {
        "number": "4",
        "title": "APPROVAL OF AGENDA",
        "agenda_item": "4",
        "blocks": [
            (
                "p",
                "Chairman Hatcher asked if there were any additions or changes to the agenda. Commissioner Pruitt "
                "requested that Consent Agenda Item 5F, Renewal of Inmate Medical Services Agreement with Carolina "
                "Correctional Health, PLLC, be removed from the Consent Agenda and placed under New Business as Item "
                "10E so that it could be discussed separately. County Manager McInnis asked that a revised roofing "
                "estimate for Item 10A be added to the Board's packet; copies were placed at each seat.",
            ),
            vote(
                "Commissioner Oxendine made a motion to approve the agenda as amended, seconded by Vice Chairman "
                "Faircloth.",
                "The motion carried {yes}-{no}.",
                4,
                0,
            ),
        ],
    },
    {
        "number": "5",
        "title": "CONSENT AGENDA",
        "agenda_item": "5",
        "blocks": [
            vote(
                "Vice Chairman Faircloth made a motion to approve the Consent Agenda as amended, seconded by "
                "Commissioner Oxendine.",
                "Upon vote, the motion carried {yes}-{no}. The following items were approved:",
                4,
                0,
            ),
            (
                "bul",
                [
                    "A. Approved the minutes of the July 7, 2025 Regular Meeting and the July 21, 2025 Regular "
                    "Meeting as presented.",
                    "B. Approved tax releases in the amount of $4,118.62 and refunds in the amount of $1,907.35 "
                    "for the month of July 2025, as presented by the Tax Administrator.",
                    "C. Received the Tax Collector's report showing 2024 levy collections of 97.81 percent through "
                    "July 31, 2025.",
                    "D. Approved Budget Amendment #2026-03, appropriating $18,450 in Federal Equitable Sharing "
                    "funds to the Sheriff's Office for the purchase of two in-car camera systems.",
                    "E. Adopted Resolution No. 2025-29 declaring certain vehicles and equipment surplus and "
                    "authorizing their sale by electronic auction, as follows:",
                ],
            ),
            res(
                "RESOLUTION NO. 2025-29",
                "A RESOLUTION DECLARING CERTAIN COUNTY PROPERTY SURPLUS AND AUTHORIZING ITS SALE BY ELECTRONIC AUCTION",
                [
                    "WHEREAS, Sandhill Forks County owns certain personal property that is no longer needed for "
                    "County purposes; and",
                    "WHEREAS, N.C.G.S. 160A-270(c), made applicable to counties by N.C.G.S. 153A-176, permits the "
                    "County to sell personal property by electronic auction upon adoption of a resolution "
                    "authorizing the appropriate official to dispose of the property in that manner; and",
                    "WHEREAS, the property consists of a 2012 Ford Crown Victoria, VIN ending 4417, and a 2014 "
                    "Chevrolet Tahoe, VIN ending 0952 (Sheriff's Office); a 2009 John Deere 5075E tractor with "
                    "bush hog (Public Works); and eleven (11) office chairs and two (2) four-drawer steel filing "
                    "cabinets (Register of Deeds);",
                ],
                [
                    (
                        "NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of Sandhill Forks County, "
                        "North Carolina, that:",
                        [
                            "The property described above is hereby declared surplus to the needs of the County.",
                            "The County Manager, or her designee, is authorized to dispose of the property by "
                            "electronic auction through GovDeals.com, with bidding to remain open for not less than "
                            "seven (7) days after notice of the sale is posted electronically.",
                            "The net proceeds of each sale shall be deposited to the General Fund, and the Finance "
                            "Director shall report the results of the sales to the Board.",
                        ],
                    )
                ],
                ADOPTED,
            ),
        ],
    },
    {
        "number": "6A",
        "title": "PROCLAMATION - CHILD SUPPORT AWARENESS MONTH",
        "agenda_item": "A",
        "blocks": [
            (
                "p",
                "Chairman Hatcher read the following proclamation into the record and presented it to Ms. Yolanda "
                "Chavis, Child Support Supervisor, and members of the Department of Social Services Child Support "
                "staff:",
            ),
            (
                "proc",
                {
                    "title": "PROCLAMATION - CHILD SUPPORT AWARENESS MONTH, AUGUST 2025",
                    "whereas": [
                        "WHEREAS, children have the best chance to thrive when both parents are involved in their "
                        "lives and provide for their emotional and financial support; and",
                        "WHEREAS, the Sandhill Forks County Child Support Services program collected and "
                        "distributed more than $3.9 million on behalf of 1,412 children during State Fiscal Year "
                        "2024-2025; and",
                        "WHEREAS, the staff of the program work every day to locate parents, establish paternity "
                        "and support orders, and make sure that payments reach the families who depend on them;",
                    ],
                    "proclaim": "NOW, THEREFORE, I, Wendell R. Hatcher, Chairman of the Sandhill Forks County Board "
                    "of Commissioners, do hereby proclaim August 2025 as CHILD SUPPORT AWARENESS MONTH in "
                    "Sandhill Forks County, and I urge all citizens to recognize the importance of both parents' "
                    "support in the lives of our children.",
                    "done": "Proclaimed this the 4th day of August, 2025.",
                },
            ),
            ("i", "Commissioner Lunsford arrived at 6:12 p.m."),
            (
                "p",
                "Ms. Chavis thanked the Board and introduced the six members of her staff who were present.",
            ),
        ],
    },
    {
        "number": "6B",
        "title": "RESOLUTION OF APPRECIATION - GLENDA P. MONROE",
        "agenda_item": "B",
        "blocks": [
            (
                "p",
                "Chairman Hatcher recognized Mrs. Glenda P. Monroe, Deputy Register of Deeds, who retired on July "
                "31, 2025 after thirty-one years of service to the County, and invited Register of Deeds Carolyn "
                "Sessoms to join him at the podium.",
            ),
            vote(
                "Commissioner Lunsford made a motion to adopt Resolution No. 2025-30, seconded by Commissioner Pruitt.",
                "The motion carried unanimously.",
            ),
            res(
                "RESOLUTION NO. 2025-30",
                "RESOLUTION OF APPRECIATION - GLENDA P. MONROE",
                [
                    "WHEREAS, Glenda P. Monroe began her career with Sandhill Forks County on June 3, 1994 as an "
                    "Office Assistant in the Office of the Register of Deeds and was promoted to Deputy Register "
                    "of Deeds in 2003; and",
                    "WHEREAS, Mrs. Monroe guided the office through the conversion of more than a century of land "
                    "records to digital images and trained a generation of deputies in the care of the public "
                    "record; and",
                    "WHEREAS, Mrs. Monroe has served the citizens of Sandhill Forks County with patience, "
                    "accuracy and good humor for thirty-one years;",
                ],
                [
                    (
                        "NOW, THEREFORE, BE IT RESOLVED that the Sandhill Forks County Board of Commissioners hereby "
                        "expresses its sincere appreciation to Glenda P. Monroe for her dedicated service and "
                        "extends its best wishes for a long, healthy and happy retirement.",
                        [],
                    ),
                    (
                        "BE IT FURTHER RESOLVED that this resolution be spread upon the minutes of the Board and that "
                        "a copy be presented to Mrs. Monroe.",
                        [],
                    ),
                ],
                ADOPTED,
                typed=True,
            ),
            (
                "p",
                "Mrs. Monroe thanked the Board, her co-workers and her family, several of whom were present. The "
                "Board and audience gave her a standing ovation and photographs were taken.",
            ),
        ],
    },
    {
        "number": "7",
        "title": "PUBLIC COMMENT",
        "agenda_item": "7",
        "blocks": [
            (
                "p",
                "Chairman Hatcher opened the floor for public comment at 6:20 p.m. and reminded speakers of the "
                "three-minute limit. The following persons addressed the Board:",
            ),
            (
                "bul",
                [
                    "Mr. Harold Dees, 412 Pine Log Road, Forksville, spoke about the condition of the shoulders on "
                    "Pine Log Road (SR 1304) and asked the Board to request that NCDOT add the road to its "
                    "resurfacing schedule.",
                    "Mrs. Pamela Strother, 88 Juniper Bay Lane, Lakeview, spoke in opposition to the proposed "
                    "Wednesday closure of the Old Dowd Road Convenience Center, stating that many older residents "
                    "in her community do not have another way to dispose of household garbage.",
                    "Mr. Luther Gainey, 2190 NC Highway 211, Forksville, asked to speak about the Highway 211 "
                    "rezoning. Chairman Hatcher advised him that he would be recognized during the public hearing "
                    "under Item 8A.",
                ],
            ),
            ("p", "There being no further speakers, Chairman Hatcher closed public comment at 6:27 p.m."),
        ],
    },
    {
        "number": "8A",
        "title": "PUBLIC HEARING - REZONING CASE RZ-2025-04, NC HIGHWAY 211 (RA-20 TO HC)",
        "agenda_item": "A",
        "blocks": [
            (
                "p",
                "Planning Director Renee Autry presented the request of Sandhill Holdings Group, LLC, applicant, "
                "and the heirs of Ruby M. Cole, owners, to rezone approximately 14.62 acres on the north side of "
                "NC Highway 211 at its intersection with Rockfish Church Road (PIN 9573-41-2286) from RA-20 "
                "Residential/Agricultural to HC Highway Commercial. Ms. Autry stated that notice of the hearing was "
                "published in The Forks Record on July 23 and July 30, 2025, mailed to 27 adjoining owners, and "
                "posted on the property. The 2040 Comprehensive Land Use Plan designates the intersection as a "
                "Rural Commercial Node. The Planning Board unanimously recommended approval at its July 15, 2025 "
                "meeting. She noted that this is a conventional rezoning and that all uses permitted in the HC "
                "district must be considered.",
            ),
            (
                "p",
                "Chairman Hatcher opened the public hearing at 6:29 p.m. The following persons spoke:",
            ),
            (
                "bul",
                [
                    "Mr. Grady Thames, P.E., Thames Engineering, Pinehurst, spoke in favor on behalf of the "
                    "applicant. He stated that the applicant intends to develop a convenience store with fuel "
                    "sales and a small retail center, that NCDOT has reviewed a preliminary driveway plan, and "
                    "that stormwater would be handled by an on-site wet pond.",
                    "Mr. Luther Gainey, 2190 NC Highway 211, spoke in opposition. He expressed concern about truck "
                    "traffic at the Rockfish Church Road intersection and about lighting and noise near his home.",
                    "Ms. Carla Byrd, 36 Cole Farm Lane, spoke in opposition, citing drainage problems that already "
                    "affect the ditch along the eastern property line.",
                ],
            ),
            (
                "p",
                "There being no one else wishing to speak, Chairman Hatcher closed the public hearing at 6:49 p.m.",
            ),
            (
                "p",
                "Commissioner Lunsford stated that she shared the neighbors' concerns about the intersection and "
                "would prefer a conditional zoning request. Commissioner Oxendine stated that the corridor had been "
                "planned for commercial use for a number of years and that the western end of the county needed "
                "the services.",
            ),
            vote(
                "Commissioner Oxendine made a motion to adopt the following Statement of Consistency and "
                "Reasonableness and to approve Rezoning Case RZ-2025-04 as requested, seconded by Vice Chairman "
                "Faircloth:",
                "The motion carried {yes}-{no}, with Commissioner Lunsford voting no.",
                4,
                1,
                no_names=["Lunsford"],
                statement="The Board of Commissioners finds that the rezoning of PIN 9573-41-2286 from RA-20 to HC "
                "is consistent with the Sandhill Forks County 2040 Comprehensive Land Use Plan, which designates "
                "the NC Highway 211 and Rockfish Church Road intersection as a Rural Commercial Node, and that the "
                "rezoning is reasonable and in the public interest because the property fronts a major "
                "thoroughfare, adjoins existing commercial uses to the west, and will provide goods and services "
                "to residents of the western part of the county.",
            ),
        ],
    },
    {
        "number": "8B",
        "title": "PUBLIC HEARING - COMMUNITY DEVELOPMENT BLOCK GRANT - NEIGHBORHOOD REVITALIZATION",
        "agenda_item": "B",
        "blocks": [
            (
                "p",
                "County Manager McInnis stated that this is the second of two public hearings required before the "
                "County may apply to the North Carolina Department of Commerce for Community Development Block "
                "Grant - Neighborhood Revitalization (CDBG-NR) funds. The County proposes to request up to "
                "$950,000 to rehabilitate or replace approximately twelve owner-occupied homes of low- and "
                "moderate-income households in the Blue's Crossroads community. No residents would be displaced. "
                "The County would provide $25,000 in local funds toward administration.",
            ),
            (
                "p",
                "Chairman Hatcher opened the public hearing at 6:53 p.m. Mrs. Annie Ruth Patterson, 117 Mill "
                "Branch Road, spoke in support, stating that many homes in the community need new roofs and "
                "accessible entrances. There being no other speakers, Chairman Hatcher closed the public hearing "
                "at 6:58 p.m.",
            ),
            vote(
                "Commissioner Pruitt made a motion to adopt Resolution No. 2025-31 authorizing submission of the "
                "application, seconded by Commissioner Lunsford.",
                "Motion carried {yes}-{no}.",
                5,
                0,
            ),
            res(
                "RESOLUTION NO. 2025-31",
                "RESOLUTION AUTHORIZING THE FILING OF AN APPLICATION FOR COMMUNITY DEVELOPMENT BLOCK GRANT - "
                "NEIGHBORHOOD REVITALIZATION FUNDS",
                [
                    "WHEREAS, the Congress of the United States has enacted the Housing and Community Development "
                    "Act of 1974, as amended, under which the State of North Carolina makes Community Development "
                    "Block Grant funds available to non-entitlement local governments; and",
                    "WHEREAS, the North Carolina Department of Commerce, Rural Economic Development Division, has "
                    "invited applications for the CDBG Neighborhood Revitalization program; and",
                    "WHEREAS, Sandhill Forks County has held two public hearings, on July 7, 2025 and August 4, "
                    "2025, to receive citizen comment on community development needs and on the proposed "
                    "application;",
                ],
                [
                    (
                        "NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of Sandhill Forks County that "
                        "the County Manager is authorized to submit an application to the North Carolina "
                        "Department of Commerce for CDBG Neighborhood Revitalization funds in an amount not to "
                        "exceed $950,000.",
                        [],
                    ),
                    (
                        "BE IT FURTHER RESOLVED that Sandhill Forks County commits $25,000 in local funds to the "
                        "project should the application be funded.",
                        [],
                    ),
                    (
                        "BE IT FURTHER RESOLVED that the Chairman, the County Manager and the Finance Director are "
                        "authorized to execute and file all documents and assurances required in connection with "
                        "the application.",
                        [],
                    ),
                ],
                ADOPTED,
            ),
            (
                "i",
                "RECESS: At 7:02 p.m., Chairman Hatcher called a brief recess. The Board reconvened at 7:11 p.m. "
                "with all members present.",
            ),
        ],
    },
    {
        "number": "9A",
        "title": "ORDINANCE AMENDING CHAPTER 50, SOLID WASTE - CONVENIENCE CENTER HOURS (SECOND READING)",
        "agenda_item": "A",
        "blocks": [
            (
                "p",
                "County Attorney Strickland reminded the Board that the ordinance was introduced at the July 7, "
                "2025 meeting, when it did not receive the unanimous vote required by N.C.G.S. 153A-45 for adoption "
                "on the date of introduction. It is therefore before the Board a second time, and it may now be "
                "adopted by a majority of the members present and voting.",
            ),
            (
                "p",
                "Public Works Director Darnell Graham stated that the amendment would close the Old Dowd Road and "
                "Crains Creek convenience centers on Wednesdays and shift their Saturday hours to 7:00 a.m. until "
                "3:00 p.m. He explained that the department has had three attendant positions vacant since the "
                "spring and that the change would allow full staffing on the busiest days. Commissioner Oxendine "
                "stated that he could not support reducing service at the two sites that serve the most rural "
                "parts of his district. Chairman Hatcher asked staff to bring back a recruitment plan for the "
                "attendant positions at the September 15 meeting.",
            ),
            vote(
                "Commissioner Pruitt made a motion to adopt the ordinance on second reading, seconded by "
                "Commissioner Lunsford. Chairman Hatcher asked the Clerk to call the roll. The vote was as follows:",
                "The Chairman declared the motion carried {yes}-{no} and the ordinance adopted.",
                3,
                2,
                roll=True,
                yes_names=["Faircloth", "Lunsford", "Pruitt"],
                no_names=["Hatcher", "Oxendine"],
            ),
            (
                "ord",
                {
                    "title": "AN ORDINANCE AMENDING CHAPTER 50, SOLID WASTE, OF THE CODE OF ORDINANCES OF SANDHILL "
                    "FORKS COUNTY, NORTH CAROLINA",
                    "lead": "BE IT ORDAINED by the Board of Commissioners of Sandhill Forks County, North Carolina:",
                    "sections": [
                        "Section 1. Section 50-12, Hours of operation, subsection (b), is hereby amended to read as "
                        'follows: "(b) The Old Dowd Road and Crains Creek convenience centers shall be open Monday, '
                        "Tuesday, Thursday and Friday from 7:00 a.m. until 7:00 p.m., and Saturday from 7:00 a.m. "
                        "until 3:00 p.m. The centers shall be closed on Wednesday and Sunday and on County "
                        'holidays."',
                        "Section 2. All ordinances or parts of ordinances in conflict herewith are hereby repealed.",
                        "Section 3. This ordinance shall become effective September 1, 2025.",
                    ],
                    "done": "Adopted on second reading this the 4th day of August, 2025.",
                },
            ),
        ],
    },
    {
        "number": "10A",
        "title": "BUDGET AMENDMENT #2026-04 - EMS STATION 3 ROOF REPLACEMENT",
        "agenda_item": "A",
        "blocks": [
            (
                "p",
                "Emergency Services Director Travis Cashwell reported that the roof of EMS Station 3 on Lakeview "
                "Road was damaged beyond repair in the hail storm of June 12, 2025. The County's insurer, the NCACC "
                "Property and Liability Pool, has paid a claim of $61,800. The revised estimate for a standing-seam "
                "metal roof is $86,300; the balance of $24,500 would be appropriated from fund balance. Finance "
                "Director Jernigan confirmed that unassigned fund balance remains above the Board's 18 percent "
                "policy minimum after the appropriation.",
            ),
            vote(
                "Commissioner Lunsford moved to approve Budget Amendment #2026-04 as presented; Commissioner "
                "Oxendine seconded the motion.",
                "The motion carried unanimously.",
            ),
            (
                "ba",
                {
                    "title": "BUDGET AMENDMENT #2026-04",
                    "lead": "BE IT ORDAINED by the Governing Board of the County of Sandhill Forks, North Carolina, "
                    "that the following amendment be made to the annual budget ordinance for the fiscal year ending "
                    "June 30, 2026:",
                    "sec1": "Section 1. To amend the General Fund, the appropriations are to be changed as follows:",
                    "exp": [("10-4370-3510", "EMS - Maintenance and Repair, Buildings", "86,300", "")],
                    "sec2": "Section 2. To provide the additional revenue for the above, the following revenues "
                    "will be increased:",
                    "rev": [
                        ("10-3839-0100", "Insurance Proceeds", "61,800", ""),
                        ("10-3990-0000", "Fund Balance Appropriated", "24,500", ""),
                    ],
                    "sec3": "Section 3. Copies of this budget amendment shall be furnished to the Clerk to the Board, "
                    "and to the Budget Officer and the Finance Officer for their direction.",
                    "done": "Adopted this 4th day of August, 2025.",
                },
            ),
        ],
    },
    {
        "number": "10B",
        "title": "AWARD OF BID - HISTORIC COURTHOUSE HVAC REPLACEMENT PROJECT",
        "agenda_item": "B",
        "blocks": [
            (
                "p",
                "Public Works Director Graham reported that four formal bids were opened on July 24, 2025 for the "
                "replacement of the heating, ventilation and air conditioning system in the Historic Courthouse. "
                "The project engineer, Piedmont Building Systems, PA, recommended award to the lowest responsible "
                "bidder. The bids were as follows:",
            ),
            (
                "table",
                {
                    "cols": [("Bidder", 95), ("Location", 40), ("Base Bid", 30)],
                    "rows": [
                        ("Crestline Mechanical Services, Inc.", "Laurinburg, NC", "$412,760.00"),
                        ("Sandhills Comfort Systems, LLC", "Aberdeen, NC", "$438,900.00"),
                        ("Cape Fear Air and Heat, Inc.", "Fayetteville, NC", "$451,275.00"),
                        ("Tri-County Mechanical Contractors", "Lumberton, NC", "$497,040.00"),
                    ],
                },
            ),
            (
                "p",
                "Commissioner Oxendine stated that his son-in-law is employed as an estimator by Crestline "
                "Mechanical Services, Inc., and asked to be excused from voting on this item.",
            ),
            vote(
                "Commissioner Pruitt made a motion to excuse Commissioner Oxendine from voting on Item 10B, "
                "seconded by Commissioner Lunsford.",
                "The motion carried {yes}-{no}.",
                4,
                0,
            ),
            ("i", "Commissioner Oxendine stepped away from the dais at 7:36 p.m."),
            vote(
                "Vice Chairman Faircloth made a motion to award the contract for the Historic Courthouse HVAC "
                "Replacement Project to Crestline Mechanical Services, Inc. in the amount of $412,760.00 and to "
                "authorize the County Manager to execute the contract, subject to review by the County Attorney, "
                "seconded by Commissioner Pruitt.",
                "The motion carried {yes}-{no}, with Commissioner Oxendine excused.",
                4,
                0,
                excused=["Oxendine"],
            ),
            ("i", "Commissioner Oxendine returned to the dais at 7:39 p.m."),
        ],
    },
    {
        "number": "10C",
        "title": "APPOINTMENTS TO BOARDS AND COMMISSIONS",
        "agenda_item": "C",
        "blocks": [
            (
                "p",
                "Clerk to the Board Tamara Blue presented the following vacancies and the applications on file: "
                "two seats on the Planning Board for three-year terms ending August 31, 2028 (incumbent Wayne D. "
                "Hardin eligible for reappointment; applicants Sheila M. Bethea and Curtis L. Register), and one "
                "seat on the Nursing Home Community Advisory Committee (applicant Dorothy K. Hall).",
            ),
            (
                "p",
                "Commissioner Pruitt nominated Wayne D. Hardin and Vice Chairman Faircloth nominated Sheila M. "
                "Bethea for the Planning Board. There were no other nominations.",
            ),
            vote(
                "Commissioner Lunsford made a motion to reappoint Wayne D. Hardin and appoint Sheila M. Bethea to "
                "the Planning Board for terms ending August 31, 2028, and to appoint Dorothy K. Hall to the "
                "Nursing Home Community Advisory Committee for an initial one-year term, seconded by Commissioner "
                "Oxendine.",
                "Motion carried {yes}-{no}.",
                5,
                0,
            ),
        ],
    },
    {
        "number": "10D",
        "title": "INTERLOCAL AGREEMENT WITH THE TOWN OF FORKSVILLE FOR ANIMAL CONTROL SERVICES",
        "agenda_item": "D",
        "blocks": [
            (
                "p",
                "County Manager McInnis presented a three-year interlocal agreement under which the Sheriff's "
                "Office Animal Services Unit would continue to provide animal control within the town limits of "
                "Forksville. The Town would pay the County $38,400 in the first year, increasing three percent "
                "annually. The Town Council approved the agreement on July 22, 2025.",
            ),
            vote(
                "Commissioner Oxendine moved to approve the interlocal agreement and authorize the Chairman to "
                "execute it, seconded by Vice Chairman Faircloth.",
                "The motion carried unanimously.",
            ),
        ],
    },
    {
        "number": "10E",
        "title": "RENEWAL OF INMATE MEDICAL SERVICES AGREEMENT - CAROLINA CORRECTIONAL HEALTH, PLLC "
        "(FROM CONSENT AGENDA ITEM 5F)",
        "agenda_item": "F",
        "blocks": [
            (
                "p",
                "Sheriff Kersey explained that the renewal covers on-site nursing at the Detention Center seven "
                "days a week, physician visits twice weekly and after-hours telehealth. The annual cost would "
                "increase 6.5 percent, from $287,400 to $306,081, primarily because of nursing wages. Commissioner "
                "Pruitt asked whether other providers had been solicited. Sheriff Kersey replied that two other "
                "firms had been contacted and that neither would serve a facility of fewer than 100 beds at a lower "
                "cost. Commissioner Pruitt stated that he would like to see the contract bid before the next "
                "renewal.",
            ),
            vote(
                "Commissioner Lunsford made a motion to approve the renewal of the Inmate Medical Services "
                "Agreement with Carolina Correctional Health, PLLC for the period August 1, 2025 through July 31, "
                "2026, in the amount of $306,081, seconded by Commissioner Oxendine.",
                "Motion carried {yes}-{no} (Commissioner Pruitt opposed).",
                4,
                1,
                no_names=["Pruitt"],
            ),
        ],
    },
    {
        "number": "11",
        "title": "COUNTY MANAGER'S REPORT",
        "agenda_item": "11",
        "blocks": [
            ("p", "County Manager McInnis reported on the following:"),
            (
                "bul",
                [
                    "The final tax collection rate for fiscal year 2024-2025 was 97.81 percent, the highest in "
                    "eleven years. She commended Tax Administrator Maynor and her staff.",
                    "The County has been notified that the GREAT broadband grant awarded to Carolina Rural "
                    "Connect will reach approximately 1,100 additional addresses in the Crains Creek and Lakeview "
                    "areas; construction is scheduled to begin in October.",
                    "The NCACC Annual Conference will be held August 21-23, 2025. Commissioners planning to "
                    "attend should notify the Clerk by August 8.",
                    "The employee appreciation picnic will be held Saturday, September 13, at Lakeview Park.",
                ],
            ),
            ("i", "Vice Chairman Faircloth left the meeting at 7:58 p.m."),
        ],
    },
    {
        "number": "12",
        "title": "COUNTY ATTORNEY'S REPORT",
        "agenda_item": "12",
        "blocks": [
            (
                "p",
                "County Attorney Strickland stated that he had no report in open session but asked that the Board "
                "hold the closed session listed on the agenda.",
            )
        ],
    },
    {
        "number": "13",
        "title": "COMMISSIONERS' REPORTS AND COMMENTS",
        "agenda_item": "13",
        "blocks": [
            (
                "p",
                "Commissioner Pruitt thanked the Sheriff's Office and Emergency Services for their response to the "
                "tractor-trailer fire on US 401 on July 26.",
            ),
            (
                "p",
                "Commissioner Oxendine asked staff to follow up with NCDOT on Mr. Dees' request about Pine Log "
                "Road. He also congratulated the Forksville Little League all-stars on their state tournament "
                "appearance.",
            ),
        ],
    },
    {
        "number": "14",
        "title": "CLOSED SESSION",
        "agenda_item": "14",
        "blocks": [
            vote(
                "At 8:06 p.m., Commissioner Lunsford made a motion to enter closed session pursuant to N.C.G.S. "
                "143-318.11(a)(3) to consult with the County Attorney in order to preserve the attorney-client "
                "privilege, and N.C.G.S. 143-318.11(a)(5) to instruct staff concerning the position to be taken in "
                "negotiating the price and terms of a contract for the acquisition of real property located on "
                "Rockfish Church Road (PIN 9572-18-6630), seconded by Commissioner Oxendine.",
                "The motion carried {yes}-{no}.",
                4,
                0,
            ),
            vote(
                "At 8:33 p.m., upon a motion by Commissioner Pruitt, seconded by Commissioner Oxendine, the Board "
                "returned to open session.",
                "The motion carried unanimously.",
            ),
            vote(
                "Commissioner Oxendine made a motion to authorize the County Manager to submit an offer of "
                "$148,000 for the purchase of approximately 22.4 acres on Rockfish Church Road (PIN 9572-18-6630) "
                "for a future western convenience center and EMS substation, contingent upon a satisfactory "
                "environmental assessment and survey, seconded by Commissioner Lunsford.",
                "The motion carried {yes}-{no}.",
                4,
                0,
            ),
        ],
    },
    {
        "number": "15",
        "title": "ADJOURN",
        "agenda_item": "15",
        "blocks": [
            vote(
                "There being no further business, Commissioner Pruitt moved to adjourn, seconded by Commissioner "
                "Lunsford.",
                "The motion carried unanimously and the meeting adjourned at 8:41 p.m.",
            )
        ],
    },
]

# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------

CREATED = dt.datetime(2025, 8, 19, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
AGENDA_CREATED = dt.datetime(2025, 7, 30, 15, 10, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
BOOK = 41
FIRST_BOOK_PAGE = 213


class AgendaPDF(FPDF):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(
            0, 4, "Sandhill Forks County Board of Commissioners - Regular Meeting Agenda - August 4, 2025", align="L"
        )
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


class MinutesPDF(FPDF):
    def header(self) -> None:
        self.set_font("Times", "", 9)
        self.set_y(10)
        self.cell(0, 4, "SANDHILL FORKS COUNTY BOARD OF COMMISSIONERS", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"BOOK {BOOK}, PAGE {FIRST_BOOK_PAGE + self.page_no()}", align="R")
        self.ln(4)
        self.cell(0, 4, "REGULAR MEETING - AUGUST 4, 2025", align="L")
        self.ln(4)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_y(21)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Times", "", 9)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def _lines(pdf: FPDF, w: float, text: str) -> int:
    return len(pdf.multi_cell(w, 5, text, dry_run=True, output="LINES"))


def _agenda_pdf() -> FPDF:
    pdf = AgendaPDF(format="Letter", unit="mm")
    pdf.set_creation_date(AGENDA_CREATED)
    pdf.set_title("Board of Commissioners Regular Meeting Agenda - August 4, 2025")
    pdf.set_author("Sandhill Forks County Clerk to the Board")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, "SANDHILL FORKS COUNTY", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "BOARD OF COMMISSIONERS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 8)
    chairs = "   |   ".join(f"{m['name']}, {m['role']}" for m in MEMBERS if m["role"] != "Commissioner")
    pdf.cell(0, 4, chairs, align="C", new_x="LMARGIN", new_y="NEXT")
    others = "   |   ".join(f"Commissioner {m['name']}" for m in MEMBERS if m["role"] == "Commissioner")
    pdf.cell(0, 4, others, align="C", new_x="LMARGIN", new_y="NEXT")
    officers = "   |   ".join(f"{n}, {r}" for n, r in STAFF[:3])
    pdf.cell(0, 4, officers, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.line(20, pdf.get_y(), pdf.w - 20, pdf.get_y())
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "REGULAR MEETING AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, f"{DATE_LONG} - 6:00 P.M.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, PLACE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    num_x, title_x, pres_x = 20.0, 30.0, 144.0
    pres_w = pdf.w - 20 - pres_x
    for number, title, parent, presenter, note in AGENDA:
        sub = parent is not None
        tx = title_x + 8 if sub else title_x
        tw = pres_x - 3 - tx
        pdf.set_font("Helvetica", "" if sub else "B", 10)
        n_title = _lines(pdf, tw, title)
        pdf.set_font("Helvetica", "I", 8.5)
        n_pres = _lines(pdf, pres_w, presenter) if presenter else 0
        n_note = _lines(pdf, pres_x + pres_w - tx, note) if note else 0
        need = max(n_title, n_pres) * 5 + n_note * 4.2 + 4
        if any(row[2] == number for row in AGENDA) and not sub:
            need += 16  # keep a section heading with its first sub-item
        if pdf.get_y() + need > pdf.h - 22:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Helvetica", "" if sub else "B", 10)
        pdf.set_xy(title_x if sub else num_x, y)
        pdf.cell(8, 5, f"{number}.")
        pdf.set_xy(tx, y)
        pdf.multi_cell(tw, 5, title, align="L")
        end = pdf.get_y()
        if presenter:
            pdf.set_font("Helvetica", "I", 8.5)
            pdf.set_xy(pres_x, y)
            pdf.multi_cell(pres_w, 5, presenter, align="L")
            end = max(end, pdf.get_y())
        pdf.set_y(end)
        if note:
            pdf.set_font("Helvetica", "I", 8.5)
            pdf.set_x(tx)
            pdf.multi_cell(pres_x + pres_w - tx, 4.2, note, align="L")
        pdf.ln(1.5 if sub else 2.5)

    pdf.ln(3)
    pdf.set_font("Helvetica", "", 8)
    pdf.multi_cell(
        0,
        4,
        "In accordance with the Americans with Disabilities Act, persons who need an accommodation to participate in "
        f"this meeting should contact {CONTACT['name']}, Clerk to the Board, at {CONTACT['phone']} or "
        f"{CONTACT['email']} at least 48 hours before the meeting. Agenda packets are available at the Clerk's "
        "office and on the County website.",
    )
    return pdf


def _para(pdf: FPDF, text: str, indent: float = 0, style: str = "", size: float = 11, md: bool = False) -> None:
    pdf.set_font("Times", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - indent, size * 0.43, text, align="J", markdown=md)
    pdf.ln(1.3)


def _keep(pdf: FPDF, need: float) -> None:
    if pdf.get_y() + need > pdf.h - 19:
        pdf.add_page()


def _signatures(pdf: FPDF, left: str, right: str, indent: float = 10, typed: bool = False) -> None:
    x0 = pdf.l_margin + indent
    pdf.set_font("Times", "", 10.5)
    if typed:
        _keep(pdf, 8)
        pdf.set_x(x0)
        pdf.cell(85, 5, f"ATTEST: s/ {left}")
        pdf.cell(70, 5, f"s/ {right}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        return
    _keep(pdf, 16)
    y = pdf.get_y() + 8
    pdf.set_xy(x0, y - 5)
    pdf.cell(20, 5, "ATTEST:")
    pdf.line(x0 + 17, y, x0 + 77, y)
    pdf.line(x0 + 90, y, x0 + 150, y)
    pdf.set_xy(x0 + 17, y + 0.5)
    pdf.cell(70, 5, left)
    pdf.set_xy(x0 + 90, y + 0.5)
    pdf.cell(70, 5, right)
    pdf.set_y(y + 8)


def _resolution(pdf: FPDF, r: dict) -> None:
    _keep(pdf, 30)
    pdf.ln(1)
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 5, r["number"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 12)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 24, 5, r["title"], align="C")
    pdf.ln(2)
    for w in r["whereas"]:
        _para(pdf, w, indent=10, size=10.5)
    for lead, parts in r["clauses"]:
        head, _, rest = lead.partition(" that")
        _para(pdf, f"**{head}** that{rest}", indent=10, size=10.5, md=True)
        for i, part in enumerate(parts, 1):
            _keep(pdf, 12)
            pdf.set_font("Times", "", 10.5)
            y = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 16, y)
            pdf.cell(6, 4.6, f"{i}.")
            pdf.set_xy(pdf.l_margin + 22, y)
            pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - 22, 4.6, part, align="J")
            pdf.ln(1.5)
    _para(pdf, r["adopted"], indent=10, size=10.5)
    _signatures(pdf, "Tamara J. Blue, Clerk to the Board", "Wendell R. Hatcher, Chairman", typed=r["typed"])


def _proclamation(pdf: FPDF, p: dict) -> None:
    _keep(pdf, 30)
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 5, p["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for w in p["whereas"]:
        _para(pdf, w, indent=10, size=10.5)
    _para(pdf, p["proclaim"], indent=10, size=10.5)
    _para(pdf, p["done"], indent=10, size=10.5)
    _keep(pdf, 14)
    x0 = pdf.l_margin + 95
    pdf.line(x0, pdf.get_y() + 6, x0 + 65, pdf.get_y() + 6)
    pdf.set_xy(x0, pdf.get_y() + 7)
    pdf.set_font("Times", "", 10.5)
    pdf.cell(65, 5, "Wendell R. Hatcher, Chairman", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def _ordinance(pdf: FPDF, o: dict) -> None:
    _keep(pdf, 20)
    pdf.set_font("Times", "B", 11)
    pdf.set_x(pdf.l_margin + 12)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 24, 5, o["title"], align="C")
    pdf.ln(2)
    _para(pdf, o["lead"], indent=10, size=10.5)
    for s in o["sections"]:
        _para(pdf, s, indent=10, size=10.5)
    _para(pdf, o["done"], indent=10, size=10.5)
    _signatures(pdf, "Tamara J. Blue, Clerk to the Board", "Wendell R. Hatcher, Chairman", typed=True)


def _grid(pdf: FPDF, cols: list[tuple[str, float]], rows: list[tuple], x0: float, aligns: str) -> None:
    pdf.set_font("Times", "B", 10)
    pdf.set_x(x0)
    for (head, w), a in zip(cols, aligns):
        pdf.cell(w, 6, head, border=1, align="C" if a != "L" else "L")
    pdf.ln(6)
    pdf.set_font("Times", "", 10)
    for row in rows:
        pdf.set_x(x0)
        for (_, w), a, value in zip(cols, aligns, row):
            pdf.cell(w, 5.5, value, border=1, align=a)
        pdf.ln(5.5)
    pdf.ln(3)


def _budget_amendment(pdf: FPDF, b: dict) -> None:
    _keep(pdf, 42)
    pdf.set_font("Times", "B", 11)
    pdf.cell(0, 5, b["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _para(pdf, b["lead"], indent=10, size=10.5)
    cols = [("Account Number", 30), ("Description", 70), ("Increase", 25), ("Decrease", 25)]
    _para(pdf, b["sec1"], indent=10, size=10.5)
    _grid(pdf, cols, b["exp"], pdf.l_margin + 10, "LLRR")
    _para(pdf, b["sec2"], indent=10, size=10.5)
    _grid(pdf, cols, b["rev"], pdf.l_margin + 10, "LLRR")
    _para(pdf, b["sec3"], indent=10, size=10.5)
    _para(pdf, b["done"], indent=10, size=10.5)
    _signatures(pdf, "Tamara J. Blue, Clerk to the Board", "Wendell R. Hatcher, Chairman")


def _vote_block(pdf: FPDF, v: dict) -> None:
    outcome = v["outcome"].format(yes=v["yes"], no=v["no"])
    if v.get("statement"):
        _para(pdf, v["lead"])
        _para(pdf, v["statement"], indent=10, style="I", size=10.5)
        _para(pdf, outcome)
    elif v.get("roll"):
        _para(pdf, v["lead"])
        _keep(pdf, 14)
        pdf.set_font("Times", "", 11)
        for label, names in (("Aye:", v["yes_names"]), ("Nay:", v["no_names"])):
            pdf.set_x(pdf.l_margin + 15)
            pdf.cell(15, 4.8, label)
            pdf.cell(0, 4.8, ", ".join(names), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        _para(pdf, outcome)
    else:
        _para(pdf, f"{v['lead']} {outcome}")


def _minutes_pdf() -> FPDF:
    pdf = MinutesPDF(format="Letter", unit="mm")
    pdf.set_creation_date(CREATED)
    pdf.set_title("Minutes - Board of Commissioners Regular Meeting - August 4, 2025")
    pdf.set_author("Sandhill Forks County Clerk to the Board")
    pdf.set_margins(24, 21, 22)
    pdf.set_auto_page_break(True, 19)
    pdf.add_page()

    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 6, "SANDHILL FORKS COUNTY BOARD OF COMMISSIONERS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "REGULAR MEETING MINUTES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 12)
    pdf.cell(0, 6, "AUGUST 4, 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _para(
        pdf,
        "The Sandhill Forks County Board of Commissioners met in regular session on Monday, August 4, 2025, at "
        "6:00 p.m. in the Commissioners' Meeting Room of the Sandhill Forks County Government Center, 210 East "
        "Main Street, Forksville, North Carolina.",
    )

    def member_text(m: dict) -> str:
        text = f"{m['role']} {m['name']}"
        return f"{text} (arrived at {m['note'].removeprefix('arrived at ')})" if m["note"] else text

    blocks = [
        ("COMMISSIONERS PRESENT:", "; ".join(member_text(m) for m in MEMBERS)),
        ("COMMISSIONERS ABSENT:", "None"),
        ("STAFF PRESENT:", "; ".join(f"{n}{CLERK_SUFFIX.get(n, '')}, {r}" for n, r in STAFF)),
        ("OTHERS PRESENT:", "; ".join(p for _, _, p in OTHERS) + "; and approximately 35 citizens"),
    ]
    for label, text in blocks:
        pdf.set_font("Times", "B", 10.5)
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(58, 5, label)
        pdf.set_font("Times", "", 10.5)
        pdf.set_xy(pdf.l_margin + 58, y)
        pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - 58, 4.8, text, align="L")
        pdf.ln(1.5)
    pdf.ln(3)

    for item in ITEMS:
        _keep(pdf, 22)
        if pdf.get_y() > pdf.t_margin + 1:
            pdf.ln(1.8)
        pdf.set_font("Times", "B", 11)
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(12, 5.4, f"{item['number']}.")
        pdf.set_xy(pdf.l_margin + 12, y)
        pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - 12, 5.4, item["title"], align="L")
        pdf.ln(0.6)
        for kind, data in item["blocks"]:
            if kind == "p":
                _para(pdf, data)
            elif kind == "i":
                _para(pdf, data, indent=10, style="I")
            elif kind == "bul":
                for line in data:
                    pdf.set_font("Times", "", 11)
                    _keep(pdf, 10.5)
                    y = pdf.get_y()
                    if line[:2] in {f"{c}." for c in "ABCDEF"}:
                        mark, text = line[:2], line[3:]
                    else:
                        mark, text = "-", line
                    pdf.set_xy(pdf.l_margin + 8, y)
                    pdf.cell(7, 4.75, mark)
                    pdf.set_xy(pdf.l_margin + 15, y)
                    pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - 15, 4.75, text, align="J")
                    pdf.ln(1.2)
                pdf.ln(1)
            elif kind == "vote":
                _vote_block(pdf, data)
            elif kind == "res":
                _resolution(pdf, data)
            elif kind == "proc":
                _proclamation(pdf, data)
            elif kind == "ord":
                _ordinance(pdf, data)
            elif kind == "ba":
                _budget_amendment(pdf, data)
            elif kind == "table":
                _keep(pdf, 8 + 6 * len(data["rows"]))
                _grid(pdf, data["cols"], data["rows"], pdf.l_margin + 5, "LLR")

    _keep(pdf, 26)
    pdf.ln(2)
    x0 = pdf.l_margin
    y = pdf.get_y() + 9
    pdf.line(x0, y, x0 + 70, y)
    pdf.line(x0 + 90, y, x0 + 160, y)
    pdf.set_font("Times", "", 11)
    pdf.set_xy(x0, y + 1)
    pdf.cell(70, 5, "Wendell R. Hatcher, Chairman")
    pdf.set_xy(x0 + 90, y + 1)
    pdf.cell(70, 5, "Tamara J. Blue, NCMCC")
    pdf.set_xy(x0 + 90, y + 6)
    pdf.cell(70, 5, "Clerk to the Board")
    pdf.set_xy(x0, y + 12)
    pdf.set_font("Times", "I", 10)
    pdf.cell(0, 5, "Approved by the Board of Commissioners: August 18, 2025")
    return pdf


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    out = []
    for rel, make in ((AGENDA_FILE, _agenda_pdf), (MINUTES_FILE, _minutes_pdf)):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        make().output(str(path))
        out.append(path)
    return out


# ----------------------------------------------------------------------------------------------
# Gold
# ----------------------------------------------------------------------------------------------


def _resolution_count(item: dict) -> int:
    return sum(max(1, len(parts)) for kind, data in item["blocks"] if kind == "res" for _, parts in data["clauses"])


def _votes() -> list[dict]:
    votes = []
    for item in ITEMS:
        for kind, v in item["blocks"]:
            if kind != "vote" or v["yes"] is None:
                continue
            record = {
                "item": item["number"],
                "result": "carried" if v["yes"] > v["no"] else "lost",
                "counts": {"yes": v["yes"], "no": v["no"], "abstain": 0},
                "motion": v["lead"],
                "result_as_printed": v["outcome"].format(yes=v["yes"], no=v["no"]),
            }
            voters = {}
            if v.get("yes_names"):
                voters["yes"] = v["yes_names"]
            if v.get("no_names"):
                voters["no"] = v["no_names"]
            if voters:
                record["voters"] = voters
            if v.get("excused"):
                record["note"] = "Excused from voting (G.S. 153A-44): " + ", ".join(v["excused"])
            votes.append(record)
    return votes


def _attendance() -> list[dict]:
    people = [{"name": m["name"], "status": "present", "role": m["role"]} for m in MEMBERS]
    people += [{"name": n, "status": "in_attendance", "role": r} for n, r in STAFF]
    people += [{"name": n, "status": "also_present", "role": r} for n, r, _ in OTHERS]
    return people


def gold() -> dict:
    meeting = {"body": BODY, "date": DATE_ISO, "start_time": START}
    agenda = []
    for number, title, parent, presenter, note in AGENDA:
        entry = {"number": number, "title": title, "pages": None, "part": "public", "parent": parent}
        if presenter:
            entry["presenter"] = presenter
        if note:
            entry["note"] = note
        agenda.append(entry)
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "US",
        "notes": [
            "Sub-items are printed with letters (A., B., ...) that restart under each numbered section, so each "
            "carries the section number as parent.",
            "Presenters printed in the right-hand column are kept out of the titles and given as presenter.",
            "The italic procedural lines under items 5, 7 and 14 are notes, not items.",
            "No page numbers are printed against the items, so pages is null throughout.",
            "The closed session (item 14) is listed in the ordinary running order with no separate part, so every "
            "item is marked public.",
            "The letterhead's list of commissioners and officers and the ADA notice are not items.",
        ],
        "meeting": {**meeting, "contact": dict(CONTACT)},
        "agenda": agenda,
    }

    per_item = {it["number"]: _resolution_count(it) for it in ITEMS if _resolution_count(it)}
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "US",
        "notes": [
            "Minute headings follow the agenda numbers; lettered agenda sub-items are printed as 6A, 8A, 10B etc., "
            "and agenda_item gives the sub-item's printed letter (its section is the digits of the minute number).",
            "Item 10E is consent item 5F pulled at the approval of the agenda, so its agenda_item is F.",
            "Resolutions are counted as the RESOLVED clauses printed in the minutes: each 'BE IT RESOLVED' and "
            "each 'BE IT FURTHER RESOLVED' counts once, and the three numbered parts under Resolution 2025-29's "
            "single 'BE IT RESOLVED ... that:' count separately (5: 3, 6B: 2, 8B: 3).",
            "The proclamation ('do hereby proclaim'), the Chapter 50 ordinance and Budget Amendment #2026-04 "
            "('BE IT ORDAINED') and the rezoning statement of consistency are not counted as resolutions.",
            "Only votes whose figures or voters' names are printed are listed; motions recorded only as 'carried "
            "unanimously' (6B, 10A, 10D, the return to open session, adjournment) have no printed figures and "
            "are left out.",
            "In 10B Commissioner Oxendine was excused from voting under G.S. 153A-44; the 4-0 award is recorded "
            "with abstain 0 because an excused member is neither a vote nor an abstention, and no absent count "
            "is printed.",
            "The 9A roll call prints 'Aye:' and 'Nay:' lines by surname, given as voters yes/no; in 8A and 10E "
            "only the dissenting member is named, so only voters.no is given.",
            "Commissioner Lunsford arrived at 6:12 p.m. and Vice Chairman Faircloth left at 7:58 p.m.; both are "
            "present, which is why early and late votes total four.",
            "Staff Present are in_attendance; the Sheriff and the newspaper reporter under Others Present are "
            "also_present (the reporter's role is her newspaper); the unnamed 'approximately 35 citizens', the "
            "invocation pastor and public speakers named only in the body are not attendance.",
            "The clerk's 'NCMCC' credential is left out of her name.",
            "End time is the adjournment time printed in item 15 (8:41 p.m.).",
            "The Planning Board's recommendation (8A) and the July 7 first reading (9A) report votes taken "
            "elsewhere, without figures, and are not votes of this meeting.",
            "The consent-agenda lines A-E under minute 5 and the recess paragraph under 8B are not minute items.",
        ],
        "meeting": dict(meeting),
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": [{"number": it["number"], "title": it["title"], "agenda_item": it["agenda_item"]} for it in ITEMS],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": _votes(),
            "attendance": _attendance(),
        },
    }
    return {
        f"agendas__{STEM}_agenda": agenda_record,
        f"minutes__{STEM}_minutes": minutes_record,
    }

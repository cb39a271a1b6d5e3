"""Uwharrie Gap County, North Carolina (fictional): Board of Commissioners, regular meeting of
Monday, October 6, 2025, 6:00 p.m.

A small rural North Carolina county with a five-member board (Chairman, Vice Chairman and three
Commissioners), a County Manager, a contract County Attorney and a Clerk to the Board who types
the agenda and the minutes in Word. Two files:

* agendas/uwharrie-gap-county_board-of-commissioners_2025-10-06_agenda.pdf - a two-page agenda,
  Helvetica, board roster under the banner, top-level items numbered 1-13 with lettered sub-items
  (A., B., ...) under Consent Agenda, Recognitions, Public Hearings, Old and New Business;
  presenters in italics under the items, procedural notes (consent rule, public comment rules) in
  italics that are not items, a list of board vacancies under Appointments (topics, not items), the
  closed session item citing N.C.G.S. 143-318.11, and an ADA/contact footer.
* minutes/uwharrie-gap-county_board-of-commissioners_2025-10-06_minutes.pdf - the approved minutes,
  Times, in the usual North Carolina style: an opening "met in regular session" paragraph, a
  tabbed attendance block (PRESENT / ABSENT / STAFF PRESENT / OTHERS PRESENT), headings that
  repeat the agenda numbering ("6. RECOGNITIONS ..." then "6A. Proclamation ..."), motions written
  as "Commissioner X made a motion, seconded by Commissioner Y, to ..." or "Upon motion by ...",
  votes recorded several ways (4-0, "unanimously (5-0)", "unanimously" with no figures, 4-1 with
  the dissenter named, and a roll call listing Ayes and Nays), a member arriving late and another
  leaving early, a conflict of interest excusal under N.C.G.S. 153A-44, a recess, resolutions and
  a proclamation spread on the minutes in full (WHEREAS ... NOW, THEREFORE, BE IT RESOLVED ...),
  a budget amendment ordinance with its account table, a rezoning ordinance with a consistency
  statement, a closed session, page headers with the Minute Book page and "Page x of y" footers,
  and the ATTEST signature block with the approval date.

Every item, person, motion and resolution is kept in module-level structures below, from which
both the PDFs and gold() are produced.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF

COUNTY = "Uwharrie Gap County"
BODY = "Board of Commissioners"
DATE_ISO = "2025-10-06"
DATE_LONG = "Monday, October 6, 2025"
START = "18:00"
END = "20:49"
CREATED = dt.datetime(2025, 10, 21, 9, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=-4)))

AGENDA_FILE = "agendas/uwharrie-gap-county_board-of-commissioners_2025-10-06_agenda.pdf"
MINUTES_FILE = "minutes/uwharrie-gap-county_board-of-commissioners_2025-10-06_minutes.pdf"

CLERK = {"name": "Angela D. Honeycutt", "phone": "(910) 555-0143", "email": "ahoneycutt@uwharriegapcountync.gov"}

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

# (name, role as printed, note printed after the name in the attendance block)
MEMBERS = [
    ("Curtis W. Ledbetter", "Chairman", ""),
    ("Janice M. Poole", "Vice Chairman", ""),
    ("Lamar T. Hinson", "Commissioner", ""),
    ("Rhonda Efird-Blalock", "Commissioner", "(arrived at 6:14 p.m.)"),
    ("Dwight A. Almond", "Commissioner", "(left at 8:06 p.m.)"),
]
STAFF = [
    ("Teresa L. Whitley", "County Manager"),
    ("Jonathan P. Marsh", "County Attorney"),
    ("Angela D. Honeycutt", "Clerk to the Board"),
    ("Brian K. Cagle", "Finance Director"),
    ("Marcus E. Lowder", "Planning Director"),
    ("Gary L. Misenheimer", "Facilities Maintenance Director"),
    ("Tonya R. Kiker", "Emergency Services Director"),
    ("Dana S. Burris", "Economic Development Director"),
]
OTHERS = [
    ("Kathy Russ", "The Uwharrie Gap Courier"),
]

# ---------------------------------------------------------------------------------------------
# Agenda: (number, title, parent, presenter, topics, part)
# ---------------------------------------------------------------------------------------------

AGENDA = [
    ("1", "Call to Order", None, "Chairman Curtis W. Ledbetter", [], "public"),
    (
        "2",
        "Invocation and Pledge of Allegiance",
        None,
        "Rev. Harlan Mabry, Pleasant Grove Baptist Church",
        [],
        "public",
    ),
    ("3", "Approval of Agenda", None, "", [], "public"),
    ("4", "Public Comment Period", None, "", [], "public"),
    ("5", "Consent Agenda", None, "", [], "public"),
    (
        "A",
        "Approval of Minutes - September 15, 2025 Regular Meeting and September 22, 2025 Budget Work Session",
        "5",
        "",
        [],
        "public",
    ),
    ("B", "Tax Releases and Refunds - September 2025", "5", "", [], "public"),
    (
        "C",
        "Budget Amendment No. 2026-07 - Sheriff's Office - Governor's Highway Safety Program Grant",
        "5",
        "",
        [],
        "public",
    ),
    (
        "D",
        "Resolution No. 2025-29 Declaring Certain Vehicles and Equipment Surplus and Authorizing Sale by "
        "Electronic Auction",
        "5",
        "",
        [],
        "public",
    ),
    ("E", "Tax Collector's Monthly Settlement Report - September 2025", "5", "", [], "public"),
    ("6", "Recognitions and Proclamations", None, "", [], "public"),
    (
        "A",
        "Proclamation - Fire Prevention Week, October 5-11, 2025",
        "6",
        "Tonya R. Kiker, Emergency Services Director",
        [],
        "public",
    ),
    (
        "B",
        "Resolution of Appreciation - Retirement of Wanda F. Tucker, Register of Deeds Office (31 Years)",
        "6",
        "Chairman Ledbetter",
        [],
        "public",
    ),
    ("7", "Public Hearings", None, "", [], "public"),
    (
        "A",
        "Rezoning Request REZ-25-04 - Parcel No. 6573-08-41-2290, 23.6 Acres on NC Highway 24/27 - RA "
        "(Residential Agricultural) to HB (Highway Business) - Applicant: Lanier Land Holdings, LLC",
        "7",
        "Marcus E. Lowder, Planning Director",
        [],
        "public",
    ),
    (
        "B",
        "Economic Development Incentive - Project Cardinal (N.C.G.S. 158-7.1)",
        "7",
        "Dana S. Burris, Economic Development Director",
        [],
        "public",
    ),
    ("8", "Old Business", None, "", [], "public"),
    (
        "A",
        "Broadband Update - NC GREAT Grant Project, Eastern Uwharrie Gap Service Area",
        "8",
        "Teresa L. Whitley, County Manager",
        [],
        "public",
    ),
    ("9", "New Business", None, "", [], "public"),
    (
        "A",
        "Award of Contract - Courthouse HVAC Replacement Project",
        "9",
        "Gary L. Misenheimer, Facilities Maintenance Director",
        [],
        "public",
    ),
    (
        "B",
        "Budget Amendment No. 2026-08 - Emergency Medical Services - Remount of Ambulance Units 14 and 17",
        "9",
        "Brian K. Cagle, Finance Director",
        [],
        "public",
    ),
    (
        "C",
        "Resolution No. 2025-32 Authorizing Application to the Parks and Recreation Trust Fund (PARTF) - "
        "Lick Creek Park Phase II",
        "9",
        "Teresa L. Whitley, County Manager",
        [],
        "public",
    ),
    (
        "D",
        "Appointments to Boards and Committees",
        "9",
        "Angela D. Honeycutt, Clerk to the Board",
        [
            "Planning Board - one (1) vacancy, District 3, unexpired term ending June 30, 2027",
            "Nursing Home Community Advisory Committee - two (2) vacancies, three-year terms",
            "Uwharrie Gap Tourism Development Authority - one (1) vacancy, lodging representative",
        ],
        "public",
    ),
    ("10", "County Manager's Report", None, "Teresa L. Whitley, County Manager", [], "public"),
    ("11", "Commissioners' Comments", None, "", [], "public"),
    (
        "12",
        "Closed Session - Pursuant to N.C.G.S. § 143-318.11(a)(3) Attorney-Client Privilege and "
        "§ 143-318.11(a)(5) Acquisition of Real Property",
        None,
        "",
        [],
        "exempt",
    ),
    ("13", "Adjourn", None, "", [], "public"),
]

AGENDA_NOTES = {
    "4": "Persons wishing to address the Board must sign up with the Clerk before the meeting begins. Comments "
    "are limited to three (3) minutes per speaker and thirty (30) minutes in total. Comments on items "
    "scheduled for public hearing should be made during that hearing.",
    "5": "All items listed under the Consent Agenda are considered routine and will be enacted by one motion. "
    "There will be no separate discussion of these items unless a Commissioner so requests, in which case "
    "the item will be removed from the Consent Agenda and considered separately.",
}


def agenda_paths() -> list[str]:
    """The outline path of each agenda item ("5.A" for sub-items)."""
    return [num if parent is None else f"{parent}.{num}" for num, _t, parent, *_r in AGENDA]


# ---------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------

MB_BOOK = 31
MB_FIRST_PAGE = 418


def motion(text, result, counts=None, voters=None, roll=None, note=None, inner=None):
    """A motion as the clerk writes it; `counts` only when the minutes print figures. `inner` blocks (a
    resolution or ordinance adopted "as follows") print between the motion and its result."""
    return {
        "kind": "motion",
        "text": text,
        "result": result,
        "counts": counts,
        "voters": voters,
        "roll": roll,
        "note": note,
        "inner": inner or [],
    }


def para(text):
    return {"kind": "p", "text": text}


def lettered(rows):
    return {"kind": "list", "rows": rows}


def resolution(number, title, whereas, resolved, closing, signed=True):
    """`resolved`: list of (lead-in clause, [numbered parts]) - each part counts; a clause without parts counts 1."""
    return {
        "kind": "resolution",
        "number": number,
        "title": title,
        "whereas": whereas,
        "resolved": resolved,
        "closing": closing,
        "signed": signed,
    }


def proclamation(title, whereas, proclaim, closing):
    return {"kind": "proclamation", "title": title, "whereas": whereas, "proclaim": proclaim, "closing": closing}


def ordinance(title, lead, sections, table=None, closing=""):
    return {"kind": "ordinance", "title": title, "lead": lead, "sections": sections, "table": table, "closing": closing}


ADOPTED = "Adopted this 6th day of October, 2025."

# (number printed, title printed, agenda path or None, blocks)
MINUTES = [
    (
        "1",
        "CALL TO ORDER",
        "1",
        [
            para(
                "Chairman Ledbetter called the meeting to order at 6:00 p.m. and welcomed those in attendance. He "
                "noted that a quorum was present and that Commissioner Efird-Blalock had notified the Clerk that she "
                "would be arriving late due to a prior work commitment."
            ),
        ],
    ),
    (
        "2",
        "INVOCATION AND PLEDGE OF ALLEGIANCE",
        "2",
        [
            para(
                "Reverend Harlan Mabry, Pastor of Pleasant Grove Baptist Church, gave the invocation. Vice Chairman "
                "Poole led those present in the Pledge of Allegiance to the Flag."
            ),
        ],
    ),
    (
        "3",
        "APPROVAL OF AGENDA",
        "3",
        [
            para(
                "County Manager Whitley requested the following amendments to the agenda: (1) add Item 9E, Lease "
                "Agreement - Lasker Mill Senior Center Annex, which was received from the Town after the agenda was "
                "published; and (2) amend Item 12, Closed Session, to add N.C.G.S. § 143-318.11(a)(4) to discuss "
                "matters relating to the location or expansion of industries or other businesses in the County."
            ),
            motion(
                "Vice Chairman Poole made a motion, seconded by Commissioner Hinson, to approve the agenda as amended.",
                "The motion carried 4-0.",
                {"yes": 4, "no": 0, "abstain": 0},
                note="Efird-Blalock had not yet arrived.",
            ),
        ],
    ),
    (
        "4",
        "PUBLIC COMMENT PERIOD",
        "4",
        [
            para(
                "Chairman Ledbetter opened the Public Comment Period at 6:05 p.m. and reminded speakers of the "
                "three-minute limit. The following persons addressed the Board:"
            ),
            lettered(
                [
                    (
                        "-",
                        "Eugene Tucker, 4410 Cottonville Road, Norwood, spoke regarding the condition of the "
                        "convenience site on Cottonville Road and asked that the hours be extended on Saturdays "
                        "during the fall.",
                    ),
                    (
                        "-",
                        "Marla Haithcock, 211 Walnut Lane, Lasker Mill, thanked the Board and the Sheriff's Office for "
                        "the school resource officer now assigned to East Uwharrie Elementary School.",
                    ),
                    (
                        "-",
                        "Dr. Pravin Desai, 88 Indian Mound Road, Badin Lake, expressed concern about traffic at the "
                        "intersection of NC Highway 24/27 and Flint Ridge Road and asked the Board to request a "
                        "traffic study from NCDOT before any further commercial rezoning along the corridor.",
                    ),
                ]
            ),
            para("Commissioner Efird-Blalock arrived at 6:14 p.m., during Dr. Desai's remarks, and took her seat."),
            para(
                "There being no one else signed up to speak, Chairman Ledbetter closed the Public Comment Period at "
                "6:17 p.m. Manager Whitley stated that staff would look into the convenience site hours and report "
                "back at the next meeting."
            ),
        ],
    ),
    (
        "5",
        "CONSENT AGENDA",
        "5",
        [
            para(
                "Chairman Ledbetter asked if any Commissioner wished to remove an item from the Consent Agenda. "
                "Hearing none, he called for a motion. The Consent Agenda consisted of the following:"
            ),
            lettered(
                [
                    (
                        "A.",
                        "Approval of the minutes of the September 15, 2025 Regular Meeting and the September 22, 2025 "
                        "Budget Work Session.",
                    ),
                    (
                        "B.",
                        "Tax Releases and Refunds for September 2025 in the amount of $4,812.37 (releases) and $1,106.90 "
                        "(refunds), as presented by the Tax Administrator.",
                    ),
                    (
                        "C.",
                        "Budget Amendment No. 2026-07, appropriating $38,400 in Governor's Highway Safety Program grant "
                        "funds to the Sheriff's Office for traffic enforcement equipment, with no local match required.",
                    ),
                    (
                        "D.",
                        "Resolution No. 2025-29 Declaring Certain Vehicles and Equipment Surplus and Authorizing Sale by "
                        "Electronic Auction (a copy of the resolution and the list of property are filed with the "
                        "Clerk and incorporated into these minutes by reference).",
                    ),
                    ("E.", "Tax Collector's Monthly Settlement Report for September 2025."),
                ]
            ),
            motion(
                "Commissioner Almond made a motion, seconded by Commissioner Efird-Blalock, to approve the Consent "
                "Agenda as presented.",
                "The motion carried unanimously (5-0).",
                {"yes": 5, "no": 0, "abstain": 0},
            ),
        ],
    ),
    ("6", "RECOGNITIONS AND PROCLAMATIONS", "6", []),
    (
        "6A",
        "Proclamation - Fire Prevention Week, October 5-11, 2025",
        "6.A",
        [
            para(
                "Emergency Services Director Tonya Kiker introduced Fire Marshal Randy Coble and representatives of "
                "the county's eleven volunteer fire departments who were present in the audience. Mrs. Kiker noted "
                'that this year\'s theme is "Charge into Fire Safety" and focuses on lithium-ion batteries in the '
                "home."
            ),
            motion(
                "Upon motion by Vice Chairman Poole, seconded by Commissioner Almond, the Board unanimously "
                "adopted the following proclamation:",
                "",
            ),
            proclamation(
                "PROCLAMATION - FIRE PREVENTION WEEK, OCTOBER 5-11, 2025",
                [
                    "WHEREAS, Uwharrie Gap County is committed to ensuring the safety and security of all those living in "
                    "and visiting the County; and",
                    "WHEREAS, fire is a serious public safety concern both locally and nationally, and homes are the "
                    "locations where people are at greatest risk from fire; and",
                    "WHEREAS, lithium-ion batteries power many everyday devices and, when damaged or improperly charged, "
                    "can overheat, start a fire or explode; and",
                    "WHEREAS, the volunteer firefighters of Uwharrie Gap County are dedicated to reducing the occurrence "
                    "of home fires and home fire injuries through prevention and protection education;",
                ],
                "NOW, THEREFORE, the Uwharrie Gap County Board of Commissioners does hereby proclaim October 5-11, "
                "2025 as FIRE PREVENTION WEEK throughout Uwharrie Gap County, and urges all residents to buy, charge "
                "and recycle batteries safely and to support the many public safety activities of our fire "
                "departments during this week.",
                "Proclaimed this 6th day of October, 2025.",
            ),
        ],
    ),
    (
        "6B",
        "Resolution of Appreciation - Wanda F. Tucker",
        "6.B",
        [
            para(
                "Chairman Ledbetter read the following resolution and presented a framed copy to Mrs. Tucker, who "
                "retired on September 30, 2025 after thirty-one years of service in the Register of Deeds Office. "
                "Register of Deeds Lisa McSwain thanked Mrs. Tucker for her years of service. The Board recessed "
                "briefly for photographs."
            ),
            resolution(
                "2025-30",
                "RESOLUTION OF APPRECIATION - WANDA F. TUCKER",
                [
                    "WHEREAS, Wanda F. Tucker began her employment with Uwharrie Gap County on August 3, 1994 as a "
                    "Deputy Register of Deeds and was promoted to Assistant Register of Deeds in 2009; and",
                    "WHEREAS, during her thirty-one years of service Mrs. Tucker helped convert more than one hundred "
                    "years of the County's land records to digital images and trained a generation of deputies; and",
                    "WHEREAS, Mrs. Tucker has been known to the citizens, attorneys and surveyors of this County for her "
                    "patience, her accuracy and her kindness;",
                ],
                [
                    (
                        "NOW, THEREFORE, BE IT RESOLVED that the Uwharrie Gap County Board of Commissioners, on behalf of "
                        "the citizens of Uwharrie Gap County, hereby expresses its sincere appreciation to Wanda F. Tucker "
                        "for her dedicated service and extends its best wishes for a long, healthy and happy retirement.",
                        [],
                    ),
                    (
                        "BE IT FURTHER RESOLVED that this resolution be spread upon the minutes of this Board and that a "
                        "copy be presented to Mrs. Tucker.",
                        [],
                    ),
                ],
                ADOPTED,
            ),
            motion(
                "Commissioner Hinson moved to adopt the Resolution of Appreciation; Commissioner Efird-Blalock "
                "seconded the motion, which carried unanimously.",
                "",
            ),
        ],
    ),
    ("7", "PUBLIC HEARINGS", "7", []),
    (
        "7A",
        "Public Hearing - Rezoning Request REZ-25-04, Lanier Land Holdings, LLC",
        "7.A",
        [
            para(
                "Planning Director Marcus Lowder presented the request of Lanier Land Holdings, LLC to rezone "
                "approximately 23.6 acres located on the north side of NC Highway 24/27 at its intersection with "
                "Flint Ridge Road (Parcel No. 6573-08-41-2290) from RA (Residential Agricultural) to HB (Highway "
                "Business). Mr. Lowder stated that notice of the hearing was published in The Uwharrie Gap Courier "
                "on September 24 and October 1, 2025, that adjoining owners were notified by first-class mail, and "
                "that the property was posted on September 23, 2025. The Planning Board reviewed the request on "
                "September 9, 2025 and voted 6-1 to recommend approval. He noted that the request is a general use "
                "rezoning and that the Board may not consider any particular use or site plan."
            ),
            motion(
                "Upon motion by Commissioner Almond, seconded by Vice Chairman Poole, the Board voted unanimously "
                "to open the public hearing at 6:41 p.m.",
                "",
            ),
            para(
                "The following persons spoke in favor of the request: Stewart Lanier, managing member of the "
                "applicant, 1400 Falls Road, Albemarle, stated that the property has been marketed for commercial "
                "use for several years and that public water is available at the road. Bobby Furr, 305 Flint Ridge "
                "Road, an adjoining owner, stated that he had no objection."
            ),
            para(
                "The following persons spoke in opposition: Dr. Pravin Desai, 88 Indian Mound Road, repeated his "
                "concerns about traffic and sight distance at the intersection. Ellen Kirk, 272 Flint Ridge Road, "
                "stated that she was concerned about lighting and noise near existing homes."
            ),
            motion(
                "There being no further comments, Commissioner Hinson made a motion to close the public hearing at "
                "7:02 p.m. Vice Chairman Poole seconded the motion and it carried unanimously.",
                "",
            ),
            para(
                "Commissioner Efird-Blalock asked whether NCDOT had been consulted. Mr. Lowder responded that NCDOT "
                "District 2 staff had reviewed the request and that a driveway permit and any turn lanes would be "
                "required at the time of development. Commissioner Efird-Blalock stated that she could not support "
                "the request until a traffic study of the intersection is completed."
            ),
            motion(
                "Commissioner Hinson made a motion to adopt the following Statement of Consistency and "
                'Reasonableness: "The Board of Commissioners finds that the proposed rezoning is consistent with '
                "the Uwharrie Gap County 2040 Comprehensive Land Use Plan, which designates the NC Highway 24/27 "
                "corridor at Flint Ridge Road as a Community Commercial Node, and that the rezoning is reasonable "
                "and in the public interest because the property has direct access to a major thoroughfare and to "
                'public water." Commissioner Almond seconded the motion.',
                "The motion carried 5-0.",
                {"yes": 5, "no": 0, "abstain": 0},
            ),
            motion(
                "Commissioner Hinson then made a motion, seconded by Commissioner Almond, to adopt Ordinance No. "
                "2025-O-11 Amending the Official Zoning Map of Uwharrie Gap County to rezone Parcel No. "
                "6573-08-41-2290 from RA to HB as requested in REZ-25-04.",
                "Upon a roll call vote, the motion carried 4-1 as follows:",
                {"yes": 4, "no": 1, "abstain": 0},
                voters={"yes": ["Ledbetter", "Poole", "Hinson", "Almond"], "no": ["Efird-Blalock"]},
                roll=[
                    ("Ayes:", "Chairman Ledbetter, Vice Chairman Poole, Commissioner Hinson and Commissioner Almond"),
                    ("Nays:", "Commissioner Efird-Blalock"),
                ],
            ),
            para("Ordinance No. 2025-O-11 and the map exhibit are filed in Ordinance Book 7, Page 233."),
        ],
    ),
    (
        "7B",
        "Public Hearing - Economic Development Incentive, Project Cardinal",
        "7.B",
        [
            para(
                "Economic Development Director Dana Burris explained that Project Cardinal is Carolina Precision "
                "Trailer, LLC, which proposes to purchase the vacant former Uwharrie Hosiery building at 900 "
                "Industrial Park Drive and invest approximately $6.2 million in building upfit and machinery and "
                "create 48 new full-time jobs over three years at an average wage of $52,300. The proposed "
                "performance-based incentive would not exceed $185,000, paid in five annual installments only after "
                "the company has paid its property taxes and verified its investment. Notice of the hearing was "
                "published on September 25, 2025 as required by N.C.G.S. 158-7.1(c)."
            ),
            para(
                "Chairman Ledbetter opened the public hearing at 7:11 p.m. Lynn Saunders, President of the Uwharrie "
                "Gap Chamber of Commerce, spoke in support of the project. No one spoke in opposition, and the "
                "Chairman closed the public hearing at 7:16 p.m."
            ),
            para(
                "In response to a question from Commissioner Almond, County Attorney Marsh confirmed that the "
                "agreement contains a clawback provision should the company fail to meet or maintain its investment "
                "and job commitments."
            ),
            motion(
                "Commissioner Efird-Blalock made a motion, seconded by Vice Chairman Poole, to adopt the following "
                "resolution:",
                "The motion carried unanimously.",
                inner=[
                    resolution(
                        "2025-31",
                        "RESOLUTION APPROVING AN ECONOMIC DEVELOPMENT INCENTIVE AGREEMENT - PROJECT CARDINAL",
                        [
                            'WHEREAS, Carolina Precision Trailer, LLC (the "Company") proposes to locate a manufacturing '
                            "facility in Uwharrie Gap County, investing approximately $6,200,000 and creating 48 new jobs; and",
                            "WHEREAS, N.C.G.S. 158-7.1 authorizes the County to make appropriations for economic development "
                            "purposes after a duly advertised public hearing, which was held on October 6, 2025; and",
                            "WHEREAS, the Board finds that the project will increase the taxable property base of the County and "
                            "create jobs paying at or above the County's average wage;",
                        ],
                        [
                            (
                                "NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of Uwharrie Gap County that:",
                                [
                                    "The County approves a performance-based economic development incentive to the Company in an amount "
                                    "not to exceed $185,000, payable in five annual installments.",
                                    "Each installment shall be paid only after the Company has paid all ad valorem taxes due and has "
                                    "certified its investment and employment to the County's satisfaction.",
                                    "The Chairman and the County Manager are authorized to execute an Economic Development Agreement "
                                    "with the Company in a form approved by the County Attorney.",
                                ],
                            )
                        ],
                        ADOPTED,
                        signed=False,
                    )
                ],
            ),
            para(
                "Chairman Ledbetter called a recess at 7:18 p.m. The meeting reconvened at 7:26 p.m. with all "
                "members present."
            ),
        ],
    ),
    ("8", "OLD BUSINESS", "8", []),
    (
        "8A",
        "Broadband Update - NC GREAT Grant Project",
        "8.A",
        [
            para(
                "Manager Whitley reported that the provider has completed 61 of the 94 miles of fiber in the Eastern "
                "Uwharrie Gap service area and that 812 of the planned 1,340 locations are now able to connect. The "
                "remaining construction along Mill Creek Road and in the Pee Dee community is scheduled to be "
                "completed by March 2026. No action was required."
            ),
        ],
    ),
    ("9", "NEW BUSINESS", "9", []),
    (
        "9A",
        "Award of Contract - Courthouse HVAC Replacement Project",
        "9.A",
        [
            para(
                "Commissioner Hinson stated that his son-in-law is employed as a project manager by Piedmont Comfort "
                "Systems, Inc., one of the bidders on this project, and asked to be excused from voting on the item "
                "pursuant to N.C.G.S. 153A-44."
            ),
            motion(
                "Vice Chairman Poole made a motion, seconded by Commissioner Almond, to excuse Commissioner Hinson "
                "from voting on Item 9A.",
                "The motion carried 4-0, with Commissioner Hinson not participating.",
                {"yes": 4, "no": 0, "abstain": 0},
            ),
            para(
                "Facilities Maintenance Director Gary Misenheimer reported that four bids were opened on September 25, "
                "2025 for the replacement of the chillers, air handlers and controls at the Historic Courthouse. The "
                "bids were as follows:"
            ),
            {
                "kind": "table",
                "widths": [100, 40],
                "align": ["L", "R"],
                "rows": [
                    ("Bidder", "Base Bid"),
                    ("Carolina Mechanical Contractors, Inc., Salisbury", "$1,184,600"),
                    ("Piedmont Comfort Systems, Inc., Concord", "$1,226,950"),
                    ("Tri-County Heating and Air, LLC, Troy", "$1,297,000"),
                    ("Batson-Wall Mechanical, Charlotte", "$1,351,420"),
                ],
            },
            para(
                "Mr. Misenheimer and the project engineer, Hall & Mabe Engineering, PA, recommended award to the "
                "lowest responsive, responsible bidder, Carolina Mechanical Contractors, Inc., in the amount of "
                "$1,184,600, with a 5% owner's contingency. Finance Director Cagle confirmed that funds are "
                "available in the Capital Projects Fund."
            ),
            motion(
                "Commissioner Almond made a motion, seconded by Commissioner Efird-Blalock, to award the contract "
                "for the Courthouse HVAC Replacement Project to Carolina Mechanical Contractors, Inc. in the amount "
                "of $1,184,600 and to authorize the County Manager to execute the contract and approve change "
                "orders within the contingency.",
                "The motion carried 4-0 (Commissioner Hinson excused).",
                {"yes": 4, "no": 0, "abstain": 0},
            ),
        ],
    ),
    (
        "9B",
        "Budget Amendment No. 2026-08 - Emergency Medical Services",
        "9.B",
        [
            para(
                "Finance Director Cagle explained that two ambulances (Units 14 and 17) have exceeded 250,000 miles "
                "and that remounting the patient compartments on new chassis will cost $312,000, compared with "
                "approximately $420,000 each for new units. The amendment appropriates $312,000 from General Fund "
                "fund balance. Commissioner Almond stated that he supported the remounts but could not support "
                "appropriating fund balance mid-year and would prefer the purchase be included in next year's "
                "budget or financed."
            ),
            motion(
                "Vice Chairman Poole made a motion, seconded by Commissioner Hinson, to adopt Budget Amendment No. "
                "2026-08 as follows:",
                "The motion carried 4-1, with Commissioner Almond voting against.",
                {"yes": 4, "no": 1, "abstain": 0},
                voters={"no": ["Almond"]},
                inner=[
                    ordinance(
                        "BUDGET AMENDMENT NO. 2026-08",
                        "BE IT ORDAINED by the Board of Commissioners of Uwharrie Gap County, North Carolina, that the "
                        "following amendment be made to the Annual Budget Ordinance for the fiscal year ending June 30, 2026:",
                        [
                            "Section 1. To amend the General Fund, the appropriations and revenues are to be changed as follows:",
                            "Section 2. Copies of this budget amendment shall be furnished to the Clerk to the Board, and to the "
                            "Budget Officer and the Finance Director for their direction.",
                        ],
                        table={
                            "widths": [30, 56, 28, 26, 26],
                            "align": ["L", "L", "R", "R", "R"],
                            "rows": [
                                ("Account Number", "Description", "Current Budget", "Increase", "Amended"),
                                ("", "EXPENDITURES", "", "", ""),
                                ("10-4370-7400", "EMS - Capital Outlay - Vehicles", "95,000", "312,000", "407,000"),
                                ("", "REVENUES", "", "", ""),
                                ("10-3990-0000", "Fund Balance Appropriated", "1,450,000", "312,000", "1,762,000"),
                            ],
                        },
                        closing=ADOPTED,
                    )
                ],
            ),
        ],
    ),
    (
        "9C",
        "Resolution No. 2025-32 - PARTF Grant Application, Lick Creek Park Phase II",
        "9.C",
        [
            para(
                "Manager Whitley presented a resolution authorizing an application to the North Carolina Parks and "
                "Recreation Trust Fund for $250,000 toward Phase II of Lick Creek Park (restroom building, 0.8-mile "
                "walking trail and canoe launch). The required dollar-for-dollar match would be provided through the "
                "value of the donated land and the County's Capital Improvement Plan."
            ),
            motion(
                "Commissioner Efird-Blalock made a motion, seconded by Commissioner Almond, to adopt Resolution No. "
                "2025-32.",
                "The motion carried 5-0.",
                {"yes": 5, "no": 0, "abstain": 0},
            ),
            resolution(
                "2025-32",
                "RESOLUTION AUTHORIZING AN APPLICATION TO THE PARKS AND RECREATION TRUST FUND",
                [
                    "WHEREAS, the Uwharrie Gap County Comprehensive Parks and Recreation Master Plan identifies the need "
                    "for additional passive recreation and river access in the western part of the County; and",
                    "WHEREAS, the North Carolina Parks and Recreation Authority offers matching grants to local "
                    "governments for the acquisition and development of public park and recreation facilities;",
                ],
                [
                    (
                        "NOW, THEREFORE, BE IT RESOLVED by the Uwharrie Gap County Board of Commissioners that the County "
                        "Manager is authorized to submit an application for a Parks and Recreation Trust Fund grant of "
                        "$250,000 for Lick Creek Park Phase II and to furnish such information as the Authority may "
                        "request.",
                        [],
                    ),
                    (
                        "BE IT FURTHER RESOLVED that the County will provide the required local match and will operate and "
                        "maintain the facilities for the public in perpetuity should the grant be awarded.",
                        [],
                    ),
                ],
                ADOPTED,
                signed=False,
            ),
        ],
    ),
    (
        "9D",
        "Appointments to Boards and Committees",
        "9.D",
        [
            para("Clerk Honeycutt reviewed the applications received for the current vacancies."),
            motion(
                "Planning Board: Commissioner Hinson nominated Derrick Lowe of the Ridge Road community to fill the "
                "unexpired District 3 term ending June 30, 2027. Upon motion by Commissioner Hinson, seconded by "
                "Vice Chairman Poole, the Board voted 5-0 to appoint Mr. Lowe.",
                "",
                {"yes": 5, "no": 0, "abstain": 0},
            ),
            motion(
                "Nursing Home Community Advisory Committee: Upon motion by Commissioner Efird-Blalock, seconded by "
                "Commissioner Almond, Brenda Morton and Carl Huneycutt were appointed to three-year terms ending "
                "September 30, 2028. The motion carried unanimously.",
                "",
            ),
            para(
                "Tourism Development Authority: No application has been received from a lodging representative. The "
                "Clerk will readvertise the vacancy."
            ),
        ],
    ),
    (
        "9E",
        "Lease Agreement - Lasker Mill Senior Center Annex (added to agenda)",
        None,
        [
            para(
                "Manager Whitley presented a five-year lease with the Town of Lasker Mill for the former town hall "
                "building at 204 North Second Street, to be used as an annex to the Senior Center for fitness and "
                "congregate nutrition programs, at a rent of $1.00 per year, the County to be responsible for "
                "utilities and interior maintenance. Attorney Marsh has reviewed the lease."
            ),
            motion(
                "Commissioner Almond made a motion, seconded by Commissioner Efird-Blalock, to approve the lease and "
                "authorize the Chairman to execute it.",
                "The motion carried 5-0.",
                {"yes": 5, "no": 0, "abstain": 0},
            ),
        ],
    ),
    (
        "10",
        "COUNTY MANAGER'S REPORT",
        "10",
        [
            para("Manager Whitley reported on the following:"),
            lettered(
                [
                    (
                        "-",
                        "The County's annual audit field work for FY 2024-2025 was completed on September 26 and the "
                        "auditors expect to present the report at the December 1 meeting.",
                    ),
                    (
                        "-",
                        "Fall litter sweep will be held October 18-25; volunteers can pick up bags and vests at "
                        "Solid Waste or any convenience site.",
                    ),
                    (
                        "-",
                        "The Board's annual planning retreat is tentatively scheduled for Friday, January 23, 2026 at "
                        "the Agri-Civic Center.",
                    ),
                ]
            ),
        ],
    ),
    (
        "11",
        "COMMISSIONERS' COMMENTS",
        "11",
        [
            para(
                "Commissioner Almond thanked the volunteer fire departments and congratulated Mrs. Tucker on her "
                "retirement. He then asked to be excused from the remainder of the meeting due to a family matter "
                "and left the meeting at 8:06 p.m."
            ),
            para(
                "Commissioner Efird-Blalock asked staff to forward Dr. Desai's traffic concerns to NCDOT Division 10."
            ),
            para("Commissioner Hinson reminded everyone of the Uwharrie Gap County Fair, October 9-12."),
            para(
                "Vice Chairman Poole and Chairman Ledbetter thanked staff for their work on the Project Cardinal "
                "announcement."
            ),
        ],
    ),
    (
        "12",
        "CLOSED SESSION",
        "12",
        [
            motion(
                "At 8:09 p.m., Vice Chairman Poole made a motion, seconded by Commissioner Hinson, to go into Closed "
                "Session pursuant to N.C.G.S. § 143-318.11(a)(3) to consult with the County Attorney, "
                "§ 143-318.11(a)(4) to discuss matters relating to the location or expansion of industries or other "
                "businesses, and § 143-318.11(a)(5) to instruct staff concerning the position to be taken in "
                "negotiating the price and terms of a contract for the acquisition of real property.",
                "The motion carried 4-0.",
                {"yes": 4, "no": 0, "abstain": 0},
                note="Almond had left at 8:06 p.m.",
            ),
            para(
                "Present in Closed Session were the four Commissioners, the County Manager, the County Attorney, the "
                "Clerk to the Board and the Economic Development Director. General account minutes of the Closed "
                "Session are sealed until public inspection would no longer frustrate the purpose of the session."
            ),
            motion(
                "Upon motion by Commissioner Efird-Blalock, seconded by Commissioner Hinson, the Board returned to "
                "Open Session at 8:41 p.m.",
                "Motion carried 4-0.",
                {"yes": 4, "no": 0, "abstain": 0},
            ),
            motion(
                "Commissioner Hinson made a motion, seconded by Vice Chairman Poole, to authorize the County Manager "
                "to make an offer to purchase approximately 4.1 acres adjoining the Government Center (Parcel No. "
                "6585-12-77-0132) for a price not to exceed $164,000, subject to a satisfactory survey and "
                "environmental review.",
                "The motion carried 4-0.",
                {"yes": 4, "no": 0, "abstain": 0},
            ),
        ],
    ),
    (
        "13",
        "ADJOURN",
        "13",
        [
            motion(
                "There being no further business, Commissioner Efird-Blalock made a motion, seconded by Vice Chairman "
                "Poole, to adjourn.",
                "The motion carried 4-0 and the meeting adjourned at 8:49 p.m.",
                {"yes": 4, "no": 0, "abstain": 0},
            ),
        ],
    ),
]


def resolved_count(block) -> int:
    if block["kind"] == "motion":
        return sum(resolved_count(b) for b in block["inner"])
    if block["kind"] != "resolution":
        return 0
    return sum(len(parts) if parts else 1 for _lead, parts in block["resolved"])


# ---------------------------------------------------------------------------------------------
# Rendering helpers
# ---------------------------------------------------------------------------------------------


def _out(folder: Path, rel: str) -> Path:
    path = Path(folder) / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


class AgendaPDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(
            0, 4, "Uwharrie Gap County Board of Commissioners - Regular Meeting Agenda - October 6, 2025", align="L"
        )
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def build_agenda(folder: Path) -> Path:
    pdf = AgendaPDF(format="letter")
    pdf.set_creation_date(CREATED)
    pdf.set_title("Agenda - Board of Commissioners - October 6, 2025")
    pdf.set_author(COUNTY)
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, "UWHARRIE GAP COUNTY", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "BOARD OF COMMISSIONERS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "REGULAR MEETING AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    for line in (
        "Monday, October 6, 2025 - 6:00 P.M.",
        "Commissioners' Meeting Room, Uwharrie Gap County Government Center",
        "118 East Main Street, Lasker Mill, North Carolina 27986",
    ):
        pdf.cell(0, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + w, pdf.get_y())
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 4, "   |   ".join(f"{n}, {r}" for n, r, _ in MEMBERS[:2]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0, 4, "Commissioners " + "   |   ".join(n for n, _r, _ in MEMBERS[2:]), align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.cell(
        0,
        4,
        "Teresa L. Whitley, County Manager   |   Jonathan P. Marsh, County Attorney   |   "
        "Angela D. Honeycutt, NCCCC, Clerk to the Board",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(1)
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + w, pdf.get_y())
    pdf.ln(4)

    num_w, sub_w = 10, 8
    for num, title, parent, presenter, topics, _part in AGENDA:
        if parent is None:
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(1.5)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.set_x(pdf.l_margin)
            pdf.cell(num_w, 5.2, f"{num}.")
            pdf.multi_cell(w - num_w, 5.2, title.upper(), new_x="LMARGIN", new_y="NEXT")
            indent = pdf.l_margin + num_w
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_x(pdf.l_margin + num_w)
            pdf.cell(sub_w, 5.2, f"{num}.")
            pdf.multi_cell(w - num_w - sub_w, 5.2, title, new_x="LMARGIN", new_y="NEXT")
            indent = pdf.l_margin + num_w + sub_w
        if presenter:
            pdf.set_font("Helvetica", "I", 9.5)
            pdf.set_x(indent)
            pdf.multi_cell(pdf.l_margin + w - indent, 4.6, presenter, new_x="LMARGIN", new_y="NEXT")
        for topic in topics:
            pdf.set_font("Helvetica", "", 9.5)
            pdf.set_x(indent + 3)
            pdf.cell(4, 4.6, "-")
            pdf.multi_cell(pdf.l_margin + w - indent - 7, 4.6, topic, new_x="LMARGIN", new_y="NEXT")
        if parent is None and num in AGENDA_NOTES:
            pdf.set_font("Helvetica", "I", 9)
            pdf.set_x(indent)
            pdf.multi_cell(pdf.l_margin + w - indent, 4.3, AGENDA_NOTES[num], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    pdf.ln(6)
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + w, pdf.get_y())
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(
        0,
        4,
        "In accordance with the Americans with Disabilities Act, persons who need an accommodation "
        "to participate in this meeting should contact the Clerk to the Board, Angela D. Honeycutt, at "
        f"{CLERK['phone']} or {CLERK['email']} at least 48 hours before the meeting. The agenda packet "
        "is available on the County website at www.uwharriegapcountync.gov.",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    path = _out(folder, AGENDA_FILE)
    pdf.output(str(path))
    return path


class MinutesPDF(FPDF):
    def header(self):
        self.set_font("Times", "", 8.5)
        self.set_y(9)
        self.cell(
            0,
            4,
            f"Minute Book {MB_BOOK}, Page {MB_FIRST_PAGE + self.page_no() - 1}",
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        if self.page_no() > 1:
            self.set_font("Times", "I", 9)
            self.cell(0, 4, "Uwharrie Gap County Board of Commissioners", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, "Regular Meeting - October 6, 2025", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_line_width(0.2)
            self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
            self.ln(5)
        else:
            self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Times", "", 9)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


LH = 4.7  # body line height


def _para(pdf: MinutesPDF, text: str, indent: float = 0, style: str = "", align: str = "J"):
    pdf.set_font("Times", style, 11)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - indent, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)


def _hanging(pdf: MinutesPDF, label: str, text: str, indent: float, label_w: float, style: str = ""):
    pdf.set_font("Times", style, 11)
    pdf.set_x(pdf.l_margin + indent)
    pdf.cell(label_w, LH, label)
    pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - indent - label_w, LH, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _table(pdf: MinutesPDF, spec: dict, indent: float):
    pdf.set_font("Times", "", 10.5)
    for i, row in enumerate(spec["rows"]):
        pdf.set_x(pdf.l_margin + indent)
        bold = i == 0 or not row[0]
        pdf.set_font("Times", "B" if bold else "", 10.5)
        for text, width, align in zip(row, spec["widths"], spec["align"]):
            pdf.cell(width, 5.6, text, border=1, align="C" if i == 0 else align)
        pdf.ln(5.6)
    pdf.ln(3)


def _signature(pdf: MinutesPDF, left: tuple[str, str], right: tuple[str, str]):
    if pdf.get_y() > pdf.h - 50:
        pdf.add_page()
    pdf.ln(6)
    y = pdf.get_y()
    half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    for k, (name, title) in enumerate((left, right)):
        x = pdf.l_margin + k * (half + 8)
        pdf.set_xy(x, y)
        pdf.set_font("Times", "", 11)
        pdf.cell(half - 8, 5, "_" * 34, new_x="LEFT", new_y="NEXT")
        pdf.cell(half - 8, 5, name, new_x="LEFT", new_y="NEXT")
        pdf.cell(half - 8, 5, title)
    pdf.set_xy(pdf.l_margin, y + 17)
    pdf.ln(2)


def _render_block(pdf: MinutesPDF, block: dict):
    kind = block["kind"]
    if kind == "p":
        _para(pdf, block["text"])
    elif kind == "list":
        for label, text in block["rows"]:
            _hanging(pdf, label, text, 8, 7)
        pdf.ln(1.2)
    elif kind == "motion":
        if block["inner"]:
            _para(pdf, block["text"])
            for inner in block["inner"]:
                _render_block(pdf, inner)
            text = block["result"]
        else:
            text = block["text"] if not block["result"] else f"{block['text']} {block['result']}"
        if text:
            _para(pdf, text)
        if block["roll"]:
            pdf.ln(-1.2)
            for label, names in block["roll"]:
                _hanging(pdf, label, names, 14, 16)
            pdf.ln(1.5)
    elif kind == "table":
        _table(pdf, block, 12)
    elif kind == "resolution":
        if pdf.get_y() > pdf.h - 70:
            pdf.add_page()
        pdf.set_font("Times", "B", 11.5)
        pdf.cell(0, LH, f"RESOLUTION NO. {block['number']}", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, LH, block["title"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for w in block["whereas"]:
            _para(pdf, w, indent=8)
        for lead, parts in block["resolved"]:
            _para(pdf, lead, indent=8)
            for i, part in enumerate(parts, 1):
                pdf.ln(-1.2)
                _hanging(pdf, f"{i}.", part, 16, 7)
            if parts:
                pdf.ln(1.2)
        _para(pdf, block["closing"], indent=8, align="L")
        if block["signed"]:
            _signature(pdf, ("Curtis W. Ledbetter", "Chairman"), ("Angela D. Honeycutt, NCCCC", "Clerk to the Board"))
    elif kind == "proclamation":
        if pdf.get_y() > pdf.h - 70:
            pdf.add_page()
        pdf.set_font("Times", "B", 11.5)
        pdf.multi_cell(0, LH, block["title"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for w in block["whereas"]:
            _para(pdf, w, indent=8)
        _para(pdf, block["proclaim"], indent=8)
        _para(pdf, block["closing"], indent=8, align="L")
        _signature(pdf, ("Curtis W. Ledbetter", "Chairman"), ("Angela D. Honeycutt, NCCCC", "Clerk to the Board"))
    elif kind == "ordinance":
        pdf.set_font("Times", "B", 11.5)
        pdf.cell(0, LH, block["title"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        _para(pdf, block["lead"], indent=8)
        _para(pdf, block["sections"][0], indent=8)
        if block["table"]:
            _table(pdf, block["table"], 10)
        for sec in block["sections"][1:]:
            _para(pdf, sec, indent=8)
        _para(pdf, block["closing"], indent=8, align="L")
    else:  # pragma: no cover
        raise ValueError(kind)


def build_minutes(folder: Path) -> Path:
    pdf = MinutesPDF(format="letter")
    pdf.set_creation_date(CREATED)
    pdf.set_title("Minutes - Board of Commissioners - October 6, 2025")
    pdf.set_author(COUNTY)
    pdf.set_margins(23, 16, 23)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()

    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 6, "UWHARRIE GAP COUNTY BOARD OF COMMISSIONERS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "REGULAR MEETING MINUTES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 6, "OCTOBER 6, 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    _para(
        pdf,
        "The Uwharrie Gap County Board of Commissioners met in regular session on Monday, October 6, 2025, "
        "at 6:00 p.m. in the Commissioners' Meeting Room of the Uwharrie Gap County Government Center, 118 "
        "East Main Street, Lasker Mill, North Carolina.",
    )

    label_w = 44
    first = True
    for name, role, note in MEMBERS:
        label = "PRESENT:" if first else ""
        first = False
        shown = f"{role} {name}" + (f" {note}" if note else "")
        _hanging(pdf, label, shown, 0, label_w, "")
        pdf.ln(-1)
    pdf.ln(2.5)
    _hanging(pdf, "ABSENT:", "None", 0, label_w)
    pdf.ln(1.5)
    first = True
    for name, role in STAFF:
        label = "STAFF PRESENT:" if first else ""
        first = False
        shown = f"{name}, NCCCC, {role}" if role == "Clerk to the Board" else f"{name}, {role}"
        _hanging(pdf, label, shown, 0, label_w)
        pdf.ln(-1)
    pdf.ln(2.5)
    _hanging(
        pdf, "OTHERS PRESENT:", "; ".join(f"{n}, {o}" for n, o in OTHERS) + "; approximately 35 citizens", 0, label_w
    )
    pdf.ln(3)

    for number, title, _agenda, blocks in MINUTES:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        top = len(number) <= 2 and number.isdigit()
        pdf.ln(1.5)
        pdf.set_font("Times", "B", 11.5)
        heading = f"{number}.  {title}"
        if top:
            pdf.multi_cell(0, LH, heading, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Times", "BU", 11.5)
            pdf.multi_cell(0, LH, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for block in blocks:
            _render_block(pdf, block)

    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.ln(4)
    half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    pdf.set_font("Times", "B", 11.5)
    pdf.cell(half + 8, LH, "ATTEST:")
    pdf.cell(0, LH, "UWHARRIE GAP COUNTY", new_x="LMARGIN", new_y="NEXT")
    _signature(pdf, ("Angela D. Honeycutt, NCCCC", "Clerk to the Board"), ("Curtis W. Ledbetter", "Chairman"))
    pdf.ln(2)
    pdf.set_font("Times", "I", 11)
    pdf.cell(0, LH, "Approved by the Board of Commissioners: October 20, 2025", new_x="LMARGIN", new_y="NEXT")
    path = _out(folder, MINUTES_FILE)
    pdf.output(str(path))
    return path


def build(folder: Path) -> list[Path]:
    return [build_agenda(Path(folder)), build_minutes(Path(folder))]


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def _agenda_gold() -> list[dict]:
    items = []
    for (num, title, parent, presenter, topics, part), path in zip(AGENDA, agenda_paths()):
        # top-level headings are printed in capitals; the gold keeps the title as printed
        rec = {
            "number": num,
            "title": title.upper() if parent is None else title,
            "pages": None,
            "part": part,
            "parent": parent,
        }
        if parent is not None:
            rec["path"] = path
        if presenter:
            rec["presenter"] = presenter
        if topics:
            rec["topics"] = topics
        if parent is None and num in AGENDA_NOTES:
            rec["note"] = AGENDA_NOTES[num]
        items.append(rec)
    return items


def _attendance_gold() -> list[dict]:
    out = []
    for name, role, note in MEMBERS:
        rec = {"name": name, "status": "present", "role": role}
        if note:
            rec["note"] = note.strip("()")
        out.append(rec)
    for name, role in STAFF:
        out.append({"name": name, "status": "in_attendance", "role": role})
    for name, org in OTHERS:
        out.append({"name": name, "status": "also_present", "role": org})
    return out


def _minutes_gold() -> dict:
    items, votes, per_item = [], [], {}
    for number, title, agenda_path, blocks in MINUTES:
        items.append({"number": number, "title": title, "agenda_item": agenda_path})
        count = sum(resolved_count(b) for b in blocks)
        if count:
            per_item[number] = count
        for b in blocks:
            if b["kind"] == "motion" and b["counts"] is not None:
                vote = {
                    "item": number,
                    "result": "carried",
                    "counts": dict(b["counts"]),
                    "motion": b["text"],
                    "result_as_printed": b["result"] or None,
                }
                if b["voters"]:
                    vote["voters"] = b["voters"]
                if b["note"]:
                    vote["note"] = b["note"]
                votes.append(vote)
    return {
        "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
        "items": items,
        "resolutions": sum(per_item.values()),
        "resolutions_per_item": per_item,
        "votes": votes,
        "attendance": _attendance_gold(),
    }


def gold() -> dict:
    meeting = {"body": BODY, "date": DATE_ISO, "start_time": START}
    agenda = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "US",
        "notes": [
            "Sub-items are printed as letters (A., B., ...) under each numbered section, so their number is the "
            "printed letter with the section as parent and an outline path such as 5.A.",
            "The agenda prints no page numbers against items, so every item's pages is null.",
            "Item 12 (Closed Session under N.C.G.S. 143-318.11) is marked exempt as the analogue of a private "
            "part, although its heading is printed on the public agenda.",
            "Presenter lines in italics, the consent and public comment rules in italics and the list of board "
            "vacancies under 9.D are not agenda items (kept as presenter, note and topics).",
            "The board roster and staff names under the banner are not items and not attendance.",
        ],
        "meeting": {**meeting, "contact": dict(CLERK)},
        "agenda": _agenda_gold(),
    }
    minutes = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "US",
        "notes": [
            "Minute items are the bold numbered headings, including section headings (6, 7, 8, 9) and the "
            "lettered sub-headings printed as 6A, 7B, 9E and so on; agenda_item gives the agenda outline path.",
            "The lettered list A.-E. inside the Consent Agenda minute and the dashed lists of speakers and "
            "manager's report points are content of their minute, not minute items.",
            "Item 9E was added to the agenda at the meeting, so it has agenda_item null; the recess is a "
            "paragraph at the end of 7B, not a minute item.",
            "Resolutions are counted strictly as printed 'RESOLVED' clauses: 'BE IT RESOLVED' and 'BE IT FURTHER "
            "RESOLVED' count one each, and the three numbered parts under the Project Cardinal 'BE IT RESOLVED "
            "... that:' count three, giving 2 (6B) + 3 (7B) + 2 (9C) = 7.",
            "Resolution No. 2025-29 adopted on the Consent Agenda is not printed (incorporated by reference), so "
            "it contributes no resolved clause; the proclamation ('does hereby proclaim') and the budget and "
            "zoning ordinances ('BE IT ORDAINED') contain no 'resolved' and are not counted.",
            "Only motions whose figures or voter names are printed are votes; motions recorded only as 'carried "
            "unanimously' or 'voted unanimously' (proclamation, resolution of appreciation, opening and closing "
            "the hearing, Project Cardinal, the Nursing Home committee appointment) are left out.",
            "The 4-0 votes on excusing Commissioner Hinson and awarding the HVAC contract are recorded as printed "
            "(yes 4, no 0, abstain 0); the excused member is not counted as an abstention.",
            "The 4-1 budget amendment vote names only the dissenter, so voters lists only no: Almond; the rezoning "
            "roll call names every member under Ayes and Nays.",
            "Votes before 6:14 p.m. and after 8:06 p.m. are 4-0 because Efird-Blalock arrived late and Almond "
            "left early; both remain present in the attendance with their times in a note.",
            "Staff listed under STAFF PRESENT are in_attendance, the reporter under OTHERS PRESENT is "
            "also_present, 'approximately 35 citizens' names nobody, ABSENT: None adds no one; speakers named in "
            "the body (public comment, hearings) are not attendance.",
            "The meeting end time is the adjournment at 8:49 p.m.; the Minute Book page in the header and the "
            "'Page x of y' footer are page furniture.",
        ],
        "meeting": {**meeting, "end_time": END},
        "minutes": _minutes_gold(),
    }
    return {
        "agendas__" + Path(AGENDA_FILE).stem: agenda,
        "minutes__" + Path(MINUTES_FILE).stem: minutes,
    }

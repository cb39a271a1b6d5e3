"""Yadkin Bend County, North Carolina (fictional): Board of County Commissioners, regular meeting of
Monday, August 18, 2025 at 6:00 p.m., printed the way a North Carolina Clerk to the Board prints them.

Files
-----
agendas/yadkin-bend-county_board-of-commissioners_2025-08-18_agenda.pdf
    The published regular-meeting agenda (three pages): a letterhead block naming the board and the
    staff, sixteen numbered items in capitals with lettered sub-items ("A.", "B.") under the
    Recognitions, Consent Agenda, Public Hearings, Unfinished Business, New Business and Appointments
    headings, italic "Presenter:" and "Action Requested:" lines under items, a consent-agenda
    explanation, a closed session item citing G.S. 143-318.11, and the accessibility notice with the
    Clerk's contact details. Running header and "Page X of Y" footer.
minutes/yadkin-bend-county_board-of-commissioners_2025-08-18_minutes.pdf
    The approved minutes of the same meeting: a minute-book header ("BOOK 41 PAGE 218" running on),
    "STATE OF NORTH CAROLINA / COUNTY OF YADKIN BEND" caption, a labelled attendance block (members
    present with a late arrival, a member absent, staff present with credentials after names,
    department staff in a sentence, press under "Others Present"), then the business under the agenda
    numbers: top-level headings in capitals ("8. PUBLIC HEARINGS") and sub-items printed as "8-A.".
    The consent items are a lettered list inside item 7 (not headings); a pulled consent item is heard
    under its own "7-F." heading; an item added at the meeting is "10-E.".

Conventions the minutes follow (on purpose, as real clerks mix them)
-------------------------------------------------------------------
* Motions are recorded in several ways in one document: "X moved, seconded by Y, ... The motion
  carried 5-0."; "A motion was made by ... carried unanimously (6-0)"; a Watauga-style block
  "VOTE: Aye-6 (names) / Nay-0 / Absent-1 (Crotts)"; a roll call "Ayes (5): ... Noes (1): ...";
  split votes naming those voting against; a failed motion naming those in favour; and a few
  "carried unanimously" with no figures.
* Resolutions are printed in full (WHEREAS ... NOW, THEREFORE, BE IT RESOLVED ... BE IT FURTHER
  RESOLVED), one appointment is recorded as "it was unanimously resolved that", one added resolution
  is only cited by number, and ordinances ("BE IT ORDAINED"), a proclamation and budget amendments
  are printed with their text or tables.
* A member is excused from voting under G.S. 153A-44 (conflict), one member arrives late and one
  leaves early (clerk's notes), a recess is recorded, and the closed session is followed by action
  taken in open session.

All data (people, items, resolutions, votes) live in the module-level structures below, and both the
PDFs and `gold()` are produced from them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

COUNTY = "Yadkin Bend County"
BODY = "Board of Commissioners"
DATE_ISO = "2025-08-18"
DATE_LONG = "Monday, August 18, 2025"
START = "18:00"
END = "21:16"
STEM = "yadkin-bend-county_board-of-commissioners_2025-08-18"
AGENDA_FILE = f"agendas/{STEM}_agenda.pdf"
MINUTES_FILE = f"minutes/{STEM}_minutes.pdf"
CREATED = dt.datetime(2025, 9, 3, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
AGENDA_CREATED = dt.datetime(2025, 8, 13, 16, 5, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
BOOK, FIRST_BOOK_PAGE = 41, 218

CLERK_CONTACT = {"name": "Karen S. Absher", "phone": "(336) 555-0142", "email": "kabsher@yadkinbendnc.gov"}

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------
# (printed name, surname, role, status, printed note)
MEMBERS_PRESENT = [
    ("Douglas R. Pettigrew", "Pettigrew", "Chairman", ""),
    ("Loretta M. Shoaf", "Shoaf", "Vice Chairman", ""),
    ("Calvin T. Hanes", "Hanes", "Commissioner", ""),
    ("Brenda K. Whitaker-Sloop", "Whitaker-Sloop", "Commissioner", "(left at 8:20 p.m.)"),
    ("Marcus D. Renfroe", "Renfroe", "Commissioner", "(arrived at 6:14 p.m.)"),
    ("Patricia A. Ledford", "Ledford", "Commissioner", ""),
]
MEMBERS_ABSENT = [("J. Wesley Crotts", "Crotts", "Commissioner", "")]
# staff block: (name as printed with credentials, clean name, title)
STAFF_PRESENT = [
    ("Russell E. Gantt", "Russell E. Gantt", "County Manager"),
    ("Denise L. Mabry", "Denise L. Mabry", "Assistant County Manager"),
    ("Hollis B. Yount", "Hollis B. Yount", "County Attorney"),
    ("Karen S. Absher, CMC, NCCCC", "Karen S. Absher", "Clerk to the Board"),
    ("Tonya R. Weatherman", "Tonya R. Weatherman", "Deputy Clerk to the Board"),
]
# department staff named in a sentence: (title, printed name, clean name)
DEPARTMENT_STAFF = [
    ("Finance Director", "Gail P. Tesh", "Gail P. Tesh"),
    ("Planning Director", "Anthony J. Slate", "Anthony J. Slate"),
    ("Senior Planner", "Mackenzie Furr", "Mackenzie Furr"),
    ("Emergency Services Director", "Lyle D. Ketner", "Lyle D. Ketner"),
    ("Human Services Director", "Dr. Renata Okafor", "Renata Okafor"),
    ("Fire Marshal", "Curtis Overcash", "Curtis Overcash"),
]
OTHERS_PRESENT = [
    ("Eli Cranford", "The Harlowe Courier-Ledger"),
    ("Melissa Dobbins", "WYBC 1340 AM"),
]

ALL_SIX = ["Pettigrew", "Shoaf", "Hanes", "Whitaker-Sloop", "Renfroe", "Ledford"]

# ---------------------------------------------------------------------------------------------
# Agenda as published
# ---------------------------------------------------------------------------------------------
# number, title as printed, parent, presenter line, action line, note line
AGENDA = [
    ("1", "CALL TO ORDER", None, "Chairman Douglas R. Pettigrew", None, None),
    ("2", "INVOCATION", None, "Rev. Alton P. Greer, Pastor, Shiloh Grove Baptist Church", None, None),
    ("3", "PLEDGE OF ALLEGIANCE", None, "Commissioner Patricia A. Ledford", None, None),
    ("4", "ADJUSTMENTS TO AND APPROVAL OF THE AGENDA", None, None, "Motion to approve the agenda", None),
    ("5", "RECOGNITIONS AND PRESENTATIONS", None, None, None, None),
    (
        "A",
        "Proclamation - National Preparedness Month, September 2025",
        "5",
        "Lyle D. Ketner, Emergency Services Director",
        "Motion to adopt the proclamation",
        None,
    ),
    (
        "B",
        "Recognition of EMS Captain Gerald W. Spainhour upon His Retirement after 31 Years of Service",
        "5",
        "Chairman Pettigrew",
        None,
        None,
    ),
    (
        "6",
        "PUBLIC COMMENT PERIOD",
        None,
        None,
        None,
        "Speakers must sign up with the Clerk before the meeting is called to order. Each speaker is limited to "
        "three (3) minutes; the period is limited to thirty (30) minutes.",
    ),
    (
        "7",
        "CONSENT AGENDA",
        None,
        None,
        "Motion to approve the Consent Agenda",
        "All items listed under the Consent Agenda are considered routine and will be enacted by one motion. "
        "There will be no separate discussion of these items unless a Commissioner so requests, in which "
        "event the item will be removed from the Consent Agenda and considered separately.",
    ),
    ("A", "Approval of Minutes - August 4, 2025 Regular Meeting and Closed Session", "7", None, None, None),
    ("B", "Tax Collector's Monthly Report - July 2025", "7", None, None, None),
    ("C", "Tax Releases and Refunds - July 2025", "7", None, None, None),
    ("D", "Budget Amendments #26-04 through #26-07", "7", None, None, None),
    (
        "E",
        "Resolution No. 2025-37 Declaring Certain Sheriff's Office Vehicles Surplus and Authorizing Their Sale "
        "by Electronic Auction",
        "7",
        None,
        None,
        None,
    ),
    (
        "F",
        "Resolution No. 2025-38 Requesting the Addition of Quail Hollow Lane to the State Secondary Road System",
        "7",
        None,
        None,
        None,
    ),
    ("8", "PUBLIC HEARINGS", None, None, None, None),
    (
        "A",
        "Rezoning Case RZ-25-07 - Tri-Rivers Land Partners, LLC - RA to HB-CZ, NC Highway 801 at Bethel Church "
        "Road (PIN 5739-42-1187)",
        "8",
        "Anthony J. Slate, Planning Director",
        "Hold public hearing; adopt Statement of Consistency and Reasonableness; approve or deny",
        None,
    ),
    (
        "B",
        "Unified Development Ordinance Text Amendment TA-25-03 - Solar Energy Systems (Article 9, Section 9.14)",
        "8",
        "Mackenzie Furr, Senior Planner",
        "Hold public hearing; adopt Statement of Consistency; adopt or deny ordinance",
        None,
    ),
    ("9", "UNFINISHED BUSINESS", None, None, None, None),
    (
        "A",
        "Harlowe Middle School Roof Replacement - Capital Project Ordinance Amendment CPO-2025-03",
        "9",
        "Dr. Garrett Loflin, Superintendent, and Gail P. Tesh, Finance Director",
        "Motion to adopt CPO-2025-03",
        None,
    ),
    ("10", "NEW BUSINESS", None, None, None, None),
    (
        "A",
        "Bid Award - Type I Ambulance Remount (Two Units)",
        "10",
        "Lyle D. Ketner, Emergency Services Director",
        "Motion to award bid and authorize the County Manager to execute the contract",
        None,
    ),
    (
        "B",
        "Resolution No. 2025-39 Authorizing an Application to the Local Government Commission for Installment "
        "Financing - P25 Public Safety Radio System",
        "10",
        "Gail P. Tesh, Finance Director",
        "Motion to adopt Resolution No. 2025-39",
        None,
    ),
    (
        "C",
        "Opioid Settlement Funds - Resolution No. 2025-40 Authorizing Expenditures and Budget Amendment #26-08",
        "10",
        "Dr. Renata Okafor, Human Services Director",
        "Motion to adopt the resolution and budget amendment",
        None,
    ),
    (
        "D",
        "Interlocal Agreement with the Town of Pruitt Mill for Fire Inspection Services",
        "10",
        "Curtis Overcash, Fire Marshal",
        "Motion to approve the agreement",
        None,
    ),
    ("11", "APPOINTMENTS TO BOARDS AND COMMISSIONS", None, None, None, None),
    ("A", "Yadkin Bend County Planning Board (One Vacancy - Eastern District)", "11", None, None, None),
    ("B", "Consolidated Human Services Board (Two Reappointments)", "11", None, None, None),
    ("C", "Nursing Home / Adult Care Home Community Advisory Committee (One Vacancy)", "11", None, None, None),
    ("12", "COUNTY MANAGER'S REPORT", None, None, None, None),
    ("13", "COUNTY ATTORNEY'S REPORT", None, None, None, None),
    ("14", "COMMISSIONERS' REPORTS AND COMMENTS", None, None, None, None),
    (
        "15",
        "CLOSED SESSION - Pursuant to N.C.G.S. 143-318.11(a)(3) Attorney-Client Privilege and "
        "N.C.G.S. 143-318.11(a)(4) Economic Development",
        None,
        None,
        None,
        None,
    ),
    ("16", "ADJOURNMENT", None, None, None, None),
]
AGENDA_EXEMPT = {"15"}


# ---------------------------------------------------------------------------------------------
# Minutes: blocks
# ---------------------------------------------------------------------------------------------
def P(text, resolved=0, indent=0, style=""):  # noqa: N802 - block constructors read like the document
    return {"t": "p", "text": text, "resolved": resolved, "indent": indent, "style": style}


def NOTE(text):  # noqa: N802
    return {"t": "p", "text": text, "resolved": 0, "indent": 0, "style": "I"}


def LIST(items, marker="letter", indent=8):  # noqa: N802
    return {"t": "list", "items": items, "marker": marker, "indent": indent}


def SUB(text):  # noqa: N802
    return {"t": "sub", "text": text}


def TABLE(columns, rows, widths, aligns=None, indent=8, total=None):  # noqa: N802
    return {
        "t": "table",
        "columns": columns,
        "rows": rows,
        "widths": widths,
        "aligns": aligns,
        "indent": indent,
        "total": total,
    }


def VOTE(**kw):  # noqa: N802
    kw.setdefault("style", "text")
    kw.setdefault("abstain", 0)
    kw.setdefault("result", "carried")
    return {"t": "vote", **kw}


def RES(**kw):  # noqa: N802
    return {"t": "res", **kw}


def ORD(**kw):  # noqa: N802
    return {"t": "ord", **kw}


def PROC(**kw):  # noqa: N802
    return {"t": "proc", **kw}


VEHICLES = TABLE(
    ["Unit", "Year / Make / Model", "VIN (last 6)", "Mileage", "Condition"],
    [
        ["S-114", "2016 Ford Police Interceptor Utility", "B41227", "148,302", "Fair"],
        ["S-121", "2017 Ford Police Interceptor Utility", "C10958", "161,877", "Poor - transmission"],
        ["S-133", "2018 Dodge Charger Pursuit", "H22716", "139,540", "Fair"],
        ["S-140", "2015 Chevrolet Tahoe PPV", "R83301", "187,214", "Poor - frame rust"],
    ],
    [14, 58, 22, 20, 36],
    ["L", "L", "C", "R", "L"],
    indent=16,
)

BUDGET_AMENDMENTS = TABLE(
    ["No.", "Department", "Purpose", "Amount", "Funding Source"],
    [
        ["26-04", "Sheriff", "Crime Commission grant - body-worn cameras", "$48,900.00", "Grant revenue"],
        ["26-05", "Library", "State Aid to Public Libraries over estimate", "$7,214.00", "State revenue"],
        [
            "26-06",
            "Parks and Recreation",
            "Lanier Park picnic shelter storm repair",
            "$22,650.00",
            "Insurance proceeds",
        ],
        ["26-07", "Health", "Child care health consultant carry-forward", "$31,480.00", "Restricted fund balance"],
    ],
    [12, 31, 68, 22, 35],
    ["C", "L", "L", "R", "L"],
)

CPO_TABLE = TABLE(
    ["Line Item", "Current Budget", "Change", "Amended Budget"],
    [
        ["Revenue: Transfer from Public School Capital Fund", "$2,300,000", "$386,000", "$2,686,000"],
        ["Expenditure: Construction (roof replacement)", "$2,150,000", "$268,700", "$2,418,700"],
        ["Expenditure: Design, testing and contingency", "$150,000", "$117,300", "$267,300"],
    ],
    [76, 28, 24, 28],
    ["L", "R", "R", "R"],
)

OPIOID_TABLE = TABLE(
    ["Strategy (MOA Exhibit A)", "Provider", "Amount"],
    [
        ["Evidence-based addiction treatment (Strategy 2)", "Yadkin Bend Recovery Partners, Inc.", "$96,000"],
        ["Post-overdose response team (Strategy 5)", "Yadkin Bend County EMS", "$60,000"],
        ["Naloxone distribution (Strategy 9)", "Yadkin Bend County Health Department", "$28,250"],
        ["Total", "", "$184,250"],
    ],
    [70, 62, 24],
    ["L", "L", "R"],
    indent=16,
)

BA_2608 = TABLE(
    ["Account", "Description", "Increase", "Decrease"],
    [
        ["212-3990-000", "Appropriated fund balance - Opioid Settlement Fund (revenue)", "$184,250.00", ""],
        ["212-5890-697", "Opioid remediation - post-overdose response", "$60,000.00", ""],
        ["212-5890-698", "Opioid remediation - naloxone distribution", "$28,250.00", ""],
        ["212-5890-699", "Opioid remediation - addiction treatment", "$96,000.00", ""],
    ],
    [28, 86, 26, 20],
    ["L", "L", "R", "R"],
    indent=8,
)

SIGNED = "Adopted this the 18th day of August, 2025."

MINUTES = [
    {
        "number": "1",
        "title": "CALL TO ORDER",
        "agenda": "1",
        "blocks": [
            P(
                "Chairman Pettigrew called the meeting to order at 6:00 p.m., welcomed those present and those "
                "watching the live stream on the County's YouTube channel, and announced that a quorum was present. "
                "He stated that Commissioner Crotts was out of state for a family commitment and would not attend."
            ),
        ],
    },
    {
        "number": "2",
        "title": "INVOCATION",
        "agenda": "2",
        "blocks": [
            P("Reverend Alton P. Greer, Pastor of Shiloh Grove Baptist Church, delivered the invocation."),
        ],
    },
    {
        "number": "3",
        "title": "PLEDGE OF ALLEGIANCE",
        "agenda": "3",
        "blocks": [
            P(
                "Commissioner Ledford led those present in the Pledge of Allegiance to the Flag of the United States "
                "of America."
            ),
        ],
    },
    {
        "number": "4",
        "title": "ADJUSTMENTS TO AND APPROVAL OF THE AGENDA",
        "agenda": "4",
        "blocks": [
            P("County Manager Gantt requested the following adjustments to the agenda as published:"),
            LIST(
                [
                    "Add Item 10-E, Resolution No. 2025-41 Supporting an Application to the N.C. Department of Commerce "
                    "for a Rural Building Reuse Grant (former Harlowe Hosiery Mill, 400 Depot Street). The application "
                    "deadline of August 29 does not allow the item to wait until the September 2 meeting.",
                    "Replace the budget amendment summary under Consent Item 7-D with the revised summary placed at each "
                    "Commissioner's seat, which corrects the revenue account shown for Budget Amendment #26-06.",
                ],
                marker="number",
            ),
            P(
                "Commissioner Hanes asked that Consent Item 7-F, Resolution No. 2025-38 (Quail Hollow Lane), be "
                "removed from the Consent Agenda and considered separately, as he had questions about the "
                "right-of-way."
            ),
            VOTE(
                mover="Shoaf",
                seconder="Whitaker-Sloop",
                motion="approve the agenda as amended",
                yes=5,
                no=0,
                text="Vice Chairman Shoaf moved, seconded by Commissioner Whitaker-Sloop, to approve the agenda as "
                "amended. The motion carried {yes}-{no}.",
            ),
        ],
    },
    {"number": "5", "title": "RECOGNITIONS AND PRESENTATIONS", "agenda": "5", "blocks": []},
    {
        "number": "5-A",
        "title": "Proclamation - National Preparedness Month, September 2025",
        "agenda": "5.A",
        "blocks": [
            P(
                "Vice Chairman Shoaf read the following proclamation into the record and presented it to Emergency "
                "Services Director Lyle Ketner and Emergency Management Coordinator Dustin Poole:"
            ),
            PROC(
                title=["PROCLAMATION", "NATIONAL PREPAREDNESS MONTH - SEPTEMBER 2025"],
                whereas=[
                    "WHEREAS, Yadkin Bend County has experienced river flooding, severe winter storms and the lasting "
                    "effects of Tropical Storm Helene, and households that prepare in advance recover sooner; and",
                    "WHEREAS, Yadkin Bend County Emergency Services, the volunteer fire departments and the American "
                    "Red Cross will hold a free Preparedness Fair on September 13, 2025;",
                ],
                body="NOW, THEREFORE, the Yadkin Bend County Board of Commissioners does hereby proclaim September "
                "2025 as NATIONAL PREPAREDNESS MONTH in Yadkin Bend County, and urges every household, "
                "business and congregation to make a plan, build a kit and sign up for YB Alert emergency "
                "notifications.",
                closing="Proclaimed this the 18th day of August, 2025.",
            ),
            VOTE(
                style="nofig",
                text="Commissioner Hanes moved to adopt the proclamation as read, seconded by "
                "Commissioner Ledford. The motion carried unanimously.",
            ),
            P(
                "Mr. Ketner thanked the Board and invited residents to the Preparedness Fair at the Yadkin Bend County "
                "Agricultural Center from 9:00 a.m. until 1:00 p.m. on September 13."
            ),
        ],
    },
    {
        "number": "5-B",
        "title": "Recognition of EMS Captain Gerald W. Spainhour upon Retirement",
        "agenda": "5.B",
        "blocks": [
            P(
                "Chairman Pettigrew and Director Ketner recognized Captain Gerald W. Spainhour, who retires on August "
                "31 after 31 years with Yadkin Bend County Emergency Medical Services, having been among the first "
                "paramedics hired when the County took over ambulance service in 1994. The Board presented Captain "
                "Spainhour with a plaque, and those present gave him a standing ovation."
            ),
            NOTE(
                "[Clerk's Note: Commissioner Renfroe arrived at 6:14 p.m., during the presentation, and was "
                "present for the remainder of the meeting.]"
            ),
        ],
    },
    {
        "number": "6",
        "title": "PUBLIC COMMENT PERIOD",
        "agenda": "6",
        "blocks": [
            P(
                "Chairman Pettigrew opened the public comment period at 6:21 p.m. and reminded speakers of the "
                "three-minute limit in the Board's Rules of Procedure. The following persons addressed the Board:"
            ),
            LIST(
                [
                    "Wendell Kiger, 1187 Old Shoals Road, Harlowe, asked the Board to press NCDOT for a reduced speed "
                    "limit on Old Shoals Road near Pruitt Mill Elementary School, where two wrecks have occurred since "
                    "June.",
                    "Rosalind Tuttle, 52 Cedar Knob Court, Pruitt Mill, for the Friends of the Library, asked that "
                    "Saturday hours be restored at the Pruitt Mill branch.",
                    "Jerome Ashby, 3310 NC Highway 801, Harlowe, stated that he would speak at the public hearing on "
                    "Rezoning Case RZ-25-07 but wanted the Board to know that forty-one neighbors had signed a petition "
                    "in opposition. He gave the petition to the Clerk.",
                ],
                marker="dash",
            ),
            P(
                "There being no one else signed up to speak, Chairman Pettigrew closed the public comment period at "
                "6:31 p.m."
            ),
        ],
    },
    {
        "number": "7",
        "title": "CONSENT AGENDA",
        "agenda": "7",
        "blocks": [
            P(
                "Chairman Pettigrew presented the Consent Agenda, with Item 7-F removed and Item 7-D revised as "
                "approved under Item 4."
            ),
            VOTE(
                style="block",
                mover="Hanes",
                seconder="Ledford",
                motion="approve the Consent Agenda as amended",
                yes=6,
                no=0,
                absent=1,
                yes_names=ALL_SIX,
                absent_names=["Crotts"],
                text="Commissioner Hanes, seconded by Commissioner Ledford, moved to approve the Consent Agenda as "
                "amended.",
            ),
            P("The following items were approved on the Consent Agenda:"),
            LIST(
                [
                    "Minutes of the August 4, 2025 regular meeting and of the closed session held that date, the closed "
                    "session minutes to remain sealed until further order of the Board.",
                    "Tax Collector's Monthly Report for July 2025, showing collections of $1,942,618.37 on the 2025 levy, "
                    "a collection rate of 4.81 percent in the first month of the fiscal year.",
                    "Tax releases totaling $6,318.42 and refunds totaling $1,207.55 for July 2025, as listed in the "
                    "report of the Tax Administrator on file in the Office of the Clerk to the Board.",
                    "Budget Amendments #26-04 through #26-07 to the Fiscal Year 2025-2026 Budget Ordinance, as revised:",
                    "Resolution No. 2025-37 Declaring Certain Sheriff's Office Vehicles Surplus and Authorizing Their Sale "
                    "by Electronic Auction, as follows:",
                ],
                marker="letter",
                indent=8,
            ),
            {"t": "after_list", "index": 3, "block": BUDGET_AMENDMENTS},
            RES(
                number="2025-37",
                title="RESOLUTION DECLARING CERTAIN VEHICLES SURPLUS AND AUTHORIZING THEIR SALE BY ELECTRONIC AUCTION",
                whereas=[
                    "WHEREAS, the Yadkin Bend County Sheriff's Office has replaced the four patrol vehicles listed "
                    "below, which are no longer needed for County purposes; and",
                    "WHEREAS, G.S. 160A-270(c), made applicable to counties by G.S. 153A-176, permits the Board to "
                    "authorize the sale of personal property by electronic auction;",
                ],
                lead="NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of Yadkin Bend County that:",
                parts=[
                    ("1.", "The following vehicles are declared surplus to the needs of the County:"),
                    (
                        "2.",
                        "The Purchasing Agent is authorized to sell the vehicles through the GovDeals electronic "
                        "auction website, with no sale for less than the reserve price set by the Fleet Manager.",
                    ),
                    (
                        "3.",
                        "The Clerk to the Board shall publish a notice summarizing this resolution at least ten "
                        "days before the auction closes.",
                    ),
                ],
                tables={0: VEHICLES},
                further=[],
                signed=False,
            ),
        ],
    },
    {
        "number": "7-F",
        "title": "Resolution No. 2025-38 Requesting the Addition of Quail Hollow Lane to the State "
        "Secondary Road System (removed from Consent Agenda)",
        "agenda": "7.F",
        "blocks": [
            P(
                "Commissioner Hanes asked whether the County would bear any cost of bringing Quail Hollow Lane up to "
                "state standards. Planning Director Slate explained that the developer of the Quail Hollow subdivision "
                "built the road to NCDOT standards in 2023, that the 50-foot right-of-way was dedicated on the recorded "
                "plat (Plat Book 31, Page 88), and that the NCDOT District Engineer has found the road eligible for "
                "addition. There is no cost to the County."
            ),
            RES(
                number="2025-38",
                title="RESOLUTION REQUESTING THE ADDITION OF QUAIL HOLLOW LANE TO THE STATE SECONDARY ROAD SYSTEM",
                whereas=[
                    "WHEREAS, the owners of all eleven lots on Quail Hollow Lane have petitioned the Board to request "
                    "that the North Carolina Department of Transportation add the road to the State Secondary Road "
                    "System; and",
                    "WHEREAS, the Division 9 District Engineer has investigated the road and reports that it meets "
                    "the minimum standards for addition;",
                ],
                lead="NOW, THEREFORE, BE IT RESOLVED that the Yadkin Bend County Board of Commissioners requests the "
                "North Carolina Department of Transportation to add Quail Hollow Lane, from its intersection with "
                "SR 1947 (Bethania Ridge Road) to its end, a distance of 0.42 mile, to the State Secondary Road "
                "System.",
                parts=[],
                tables={},
                further=[],
                signed=False,
            ),
            VOTE(
                mover="Hanes",
                seconder="Renfroe",
                motion="adopt Resolution No. 2025-38",
                yes=6,
                no=0,
                text="Commissioner Hanes moved, seconded by Commissioner Renfroe, to adopt Resolution No. 2025-38 as "
                "presented. The motion carried {yes}-{no}.",
            ),
        ],
    },
    {"number": "8", "title": "PUBLIC HEARINGS", "agenda": "8", "blocks": []},
    {
        "number": "8-A",
        "title": "Public Hearing - Rezoning Case RZ-25-07, Tri-Rivers Land Partners, LLC (RA to HB-CZ)",
        "agenda": "8.A",
        "blocks": [
            P(
                "Chairman Pettigrew opened the public hearing at 6:40 p.m. County Attorney Yount reminded the Board "
                "that a legislative rezoning does not require sworn testimony, but that the Board must adopt a "
                "statement of consistency and reasonableness with its decision under G.S. 160D-605."
            ),
            P(
                "Planning Director Anthony Slate presented the request of Tri-Rivers Land Partners, LLC to rezone "
                "approximately 14.6 acres on the west side of NC Highway 801 at Bethel Church Road (PIN "
                "5739-42-1187) from RA (Residential Agricultural) to HB-CZ (Highway Business - Conditional Zoning) "
                "for a convenience store with fuel sales, a 12,000 square foot retail building and up to three "
                "outparcels. The applicant has offered conditions including a 50-foot vegetated buffer along Bethel "
                "Church Road, no drive-through uses on the outparcels and a single full-movement driveway on NC 801 "
                "with a right-turn lane. The Planning Board reviewed the request on July 21, 2025 and recommended "
                "approval by a vote of 5-2. Staff finds the request consistent with the Yadkin Bend 2040 "
                "Comprehensive Plan, which designates the intersection a Rural Crossroads Node."
            ),
            P(
                "The following persons spoke in favor of the request: Brent Hollar, attorney for the applicant, 120 "
                "North Main Street, Harlowe; and Carla Dezern, 2208 Bethel Church Road, Harlowe, who said the northern "
                "townships have no grocery or fuel within eleven miles."
            ),
            P(
                "The following persons spoke in opposition: Jerome Ashby, 3310 NC Highway 801, Harlowe (traffic and "
                "private wells); Martha Sechrest, 3296 NC Highway 801, Harlowe (lighting and noise at night); and Dale "
                "Fesperman, 41 Bethel Church Road, Harlowe (stormwater draining to Dutchmans Creek)."
            ),
            P(
                "In rebuttal, Mr. Hollar stated that the applicant would accept an additional condition requiring full "
                "cut-off fixtures and limiting the fuel canopy lighting to the hours of 5:00 a.m. to 11:00 p.m. There "
                "being no further speakers, Chairman Pettigrew closed the public hearing at 7:19 p.m."
            ),
            P(
                "Commissioner Ledford said the neighbors deserved a meeting with the developer before a decision. "
                "Commissioner Whitaker-Sloop noted that the applicant held a community meeting on June 30."
            ),
            VOTE(
                mover="Ledford",
                seconder="Hanes",
                motion="defer a decision on RZ-25-07 to September 15, 2025",
                yes=2,
                no=4,
                result="lost",
                yes_names=["Ledford", "Hanes"],
                text="Commissioner Ledford moved, seconded by Commissioner Hanes, to defer a decision on Rezoning "
                "Case RZ-25-07 to the September 15, 2025 meeting. The motion failed {yes}-{no}, with "
                "Commissioners Ledford and Hanes voting in favor.",
            ),
            P(
                "Commissioner Renfroe moved, seconded by Commissioner Whitaker-Sloop, to adopt the following Statement "
                "of Consistency and Reasonableness and to approve Rezoning Case RZ-25-07 with the conditions "
                "recommended by the Planning Board and the additional lighting condition offered by the applicant "
                "(Ordinance No. 2025-O-10):"
            ),
            P(
                '"The Board of Commissioners finds that the map amendment is consistent with the Yadkin Bend 2040 '
                "Comprehensive Plan, which designates the NC 801 / Bethel Church Road intersection a Rural Crossroads "
                "Node suited to neighborhood-scale commercial uses. The amendment is reasonable and in the public "
                "interest because it places convenience retail where residents of the northern townships now travel "
                'eleven miles for fuel and groceries, while the conditions limit its effect on adjoining homes."',
                indent=10,
            ),
            VOTE(
                mover="Renfroe",
                seconder="Whitaker-Sloop",
                motion="adopt the Statement of Consistency and approve RZ-25-07 (Ordinance No. 2025-O-10)",
                yes=4,
                no=2,
                no_names=["Hanes", "Ledford"],
                text="The motion carried {yes}-{no}, with Commissioners Hanes and Ledford voting against.",
            ),
            NOTE(
                "Chairman Pettigrew called a recess at 7:36 p.m. The Board reconvened at 7:45 p.m. with all members "
                "previously present in attendance."
            ),
        ],
    },
    {
        "number": "8-B",
        "title": "Public Hearing - UDO Text Amendment TA-25-03, Solar Energy Systems",
        "agenda": "8.B",
        "blocks": [
            P(
                "Chairman Pettigrew opened the public hearing at 7:45 p.m. Senior Planner Mackenzie Furr explained "
                "that the amendment would (i) increase the setback of utility-scale (Level 3) solar facilities from "
                "residential lot lines from 100 feet to 200 feet, (ii) require a decommissioning plan and a financial "
                "guarantee of 125 percent of the estimated removal cost, and (iii) exempt roof-mounted systems on "
                "bona fide farm buildings from site plan review. The Planning Board recommended approval "
                "unanimously on July 21, 2025."
            ),
            P(
                "No one spoke for or against the amendment, and Chairman Pettigrew closed the public hearing at "
                "7:53 p.m."
            ),
            P(
                "Commissioner Whitaker-Sloop moved, seconded by Vice Chairman Shoaf, to find the text amendment "
                "consistent with Goal 4 (Protect Working Farmland) of the 2040 Comprehensive Plan and reasonable and "
                "in the public interest because it protects adjoining owners and ensures that abandoned facilities "
                "are removed at the owner's expense, and to adopt the following ordinance:"
            ),
            ORD(
                number="2025-O-11",
                title="AN ORDINANCE AMENDING ARTICLE 9, SECTION 9.14 OF THE YADKIN BEND COUNTY UNIFIED DEVELOPMENT "
                "ORDINANCE (SOLAR ENERGY SYSTEMS)",
                lead="BE IT ORDAINED by the Board of Commissioners of Yadkin Bend County, North Carolina:",
                sections=[
                    "Section 1. Section 9.14(C)(3) is amended to increase the minimum setback of a Level 3 solar "
                    "energy system from any residential lot line from 100 feet to 200 feet.",
                    "Section 2. A new Section 9.14(F), Decommissioning, is added, requiring every Level 3 "
                    "application to include a decommissioning plan and a bond, letter of credit or cash escrow "
                    "equal to 125 percent of the estimated cost of removal, renewed every five years.",
                    "Section 3. Section 9.14(B)(1) is amended to exempt roof-mounted systems on bona fide farm "
                    "buildings from site plan review.",
                    "Section 4. This ordinance shall be effective upon adoption.",
                ],
            ),
            VOTE(
                mover="Whitaker-Sloop",
                seconder="Shoaf",
                motion="adopt Ordinance No. 2025-O-11",
                yes=6,
                no=0,
                text="The motion carried unanimously ({yes}-{no}).",
            ),
        ],
    },
    {"number": "9", "title": "UNFINISHED BUSINESS", "agenda": "9", "blocks": []},
    {
        "number": "9-A",
        "title": "Harlowe Middle School Roof Replacement - Capital Project Ordinance Amendment CPO-2025-03",
        "agenda": "9.A",
        "blocks": [
            P(
                "Dr. Garrett Loflin, Superintendent of Yadkin Bend County Schools, and Finance Director Tesh reviewed "
                "the bids opened August 6 for the replacement of the Harlowe Middle School roof, which the Board "
                "deferred on August 4 pending the bid results. The low bid of $2,418,700 from Piedmont Commercial "
                "Roofing, Inc. exceeds the project budget. The Board of Education approved the award on August 11, "
                "subject to an additional $386,000 from the Public School Capital Fund."
            ),
            ORD(
                number="CPO-2025-03",
                title="HARLOWE MIDDLE SCHOOL ROOF REPLACEMENT CAPITAL PROJECT ORDINANCE AMENDMENT",
                lead="BE IT ORDAINED by the Board of Commissioners of Yadkin Bend County, North Carolina, that "
                "pursuant to G.S. 159-13.2 the Harlowe Middle School Roof Replacement Capital Project "
                "Ordinance adopted March 3, 2025 is amended as follows:",
                sections=[],
                table=CPO_TABLE,
            ),
            VOTE(
                style="block",
                mover="Hanes",
                seconder="Ledford",
                motion="adopt CPO-2025-03",
                yes=6,
                no=0,
                absent=1,
                yes_names=ALL_SIX,
                absent_names=["Crotts"],
                text="Commissioner Hanes, seconded by Commissioner Ledford, moved to adopt Capital Project Ordinance "
                "Amendment CPO-2025-03 as presented.",
            ),
        ],
    },
    {"number": "10", "title": "NEW BUSINESS", "agenda": "10", "blocks": []},
    {
        "number": "10-A",
        "title": "Bid Award - Type I Ambulance Remount (Two Units)",
        "agenda": "10.A",
        "blocks": [
            P(
                "Before discussion, Commissioner Renfroe stated that his brother-in-law is the sales manager for "
                "Carolina Coachworks Remount, LLC, the apparent low bidder, and asked to be excused from voting on "
                "this item under G.S. 153A-44."
            ),
            VOTE(
                mover="Shoaf",
                seconder="Hanes",
                motion="excuse Commissioner Renfroe from voting on Item 10-A",
                yes=5,
                no=0,
                text="Vice Chairman Shoaf moved, seconded by Commissioner Hanes, to excuse Commissioner Renfroe from "
                "voting on Item 10-A. The motion carried {yes}-{no}, Commissioner Renfroe not voting.",
            ),
            P(
                "Director Ketner reported that three bids were received on July 30, 2025 for remounting two Type I "
                "ambulance modules onto new 2026 chassis: Carolina Coachworks Remount, LLC, $318,460; Blue Ridge "
                "Emergency Vehicles, Inc., $331,900; and Tarheel Fleet Upfitters, $344,275. Funds are budgeted in the "
                "FY 2025-2026 EMS capital outlay line, and staff recommends award to the low bidder."
            ),
            VOTE(
                mover="Ledford",
                seconder="Whitaker-Sloop",
                motion="award the remount bid for $318,460",
                yes=5,
                no=0,
                text="Commissioner Ledford moved, seconded by Commissioner Whitaker-Sloop, to award the bid to "
                "Carolina Coachworks Remount, LLC in the amount of $318,460 and to authorize the County "
                "Manager to execute the purchase contract. The motion carried {yes}-{no}, with Commissioner "
                "Renfroe excused from voting.",
            ),
        ],
    },
    {
        "number": "10-B",
        "title": "Resolution No. 2025-39 - Installment Financing Application, P25 Public Safety Radio System",
        "agenda": "10.B",
        "blocks": [
            P(
                "Finance Director Tesh explained that the resolution begins the approval process for an installment "
                "purchase contract under G.S. 160A-20 of not more than $2,850,000 to fund the County's move to the "
                "State VIPER P25 radio network: fourteen dispatch consoles, 212 portable and 96 mobile radios, and "
                "tower equipment at Sauratown Ridge and Pruitt Mill, over a term of about ten years. The public "
                "hearing required by G.S. 160A-20(g) is scheduled for September 2, 2025."
            ),
            P(
                "Commissioner Ledford stated that she supports the radio project but could not support borrowing while "
                "the County holds $4.1 million of unassigned fund balance above its 16 percent policy minimum."
            ),
            RES(
                number="2025-39",
                title="RESOLUTION AUTHORIZING THE FILING OF AN APPLICATION WITH THE LOCAL "
                "GOVERNMENT COMMISSION FOR APPROVAL OF AN INSTALLMENT FINANCING CONTRACT",
                whereas=[
                    "WHEREAS, Yadkin Bend County intends to acquire and install public safety radio equipment "
                    'compatible with the State VIPER P25 network (the "Project"); and',
                    "WHEREAS, G.S. 160A-20 authorizes the County to finance the Project by an installment contract "
                    "secured by the equipment, subject to the approval of the Local Government Commission;",
                ],
                lead="NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of Yadkin Bend County, North "
                "Carolina, that the Board:",
                parts=[
                    (
                        "(a)",
                        "finds that the proposed installment financing contract, in a principal amount not to "
                        "exceed $2,850,000, is necessary and expedient for the County;",
                    ),
                    (
                        "(b)",
                        "finds that installment financing is preferable to a general obligation bond issue for "
                        "the Project, because the useful life of the equipment does not warrant a bond "
                        "referendum and the cost exceeds the amount that can prudently be appropriated from "
                        "available funds in one year; and",
                    ),
                    (
                        "(c)",
                        "authorizes the County Manager and the Finance Officer to file an application for "
                        "approval of the contract with the North Carolina Local Government Commission and to "
                        "solicit financing proposals from qualified lenders.",
                    ),
                ],
                tables={},
                further=[
                    "BE IT FURTHER RESOLVED that this resolution shall take effect immediately upon its adoption."
                ],
                signed=False,
            ),
            VOTE(
                style="rollcall",
                mover="Renfroe",
                seconder="Shoaf",
                motion="adopt Resolution No. 2025-39",
                yes=5,
                no=1,
                absent=1,
                yes_names=["Pettigrew", "Shoaf", "Hanes", "Whitaker-Sloop", "Renfroe"],
                no_names=["Ledford"],
                absent_names=["Crotts"],
                text="Commissioner Renfroe moved, seconded by Vice Chairman Shoaf, to adopt Resolution No. 2025-39. "
                "Upon a roll call vote, the resolution was adopted as follows:",
            ),
        ],
    },
    {
        "number": "10-C",
        "title": "Opioid Settlement Funds - Resolution No. 2025-40 and Budget Amendment #26-08",
        "agenda": "10.C",
        "blocks": [
            P(
                "Human Services Director Dr. Renata Okafor presented the Opioid Settlement Advisory Committee's "
                "recommendations for $184,250 of the funds received under the Memorandum of Agreement on opioid "
                'settlement proceeds (the "MOA"). Commissioner Hanes asked how outcomes would be measured; Dr. '
                "Okafor replied that each provider reports quarterly on the measures in its contract."
            ),
            RES(
                number="2025-40",
                title="RESOLUTION AUTHORIZING THE EXPENDITURE OF OPIOID SETTLEMENT FUNDS",
                whereas=[
                    "WHEREAS, Yadkin Bend County has joined the national settlement agreements with opioid "
                    "distributors and manufacturers and is a party to the MOA; and",
                    "WHEREAS, Section E.6 of the MOA requires the governing body to authorize the expenditure of "
                    "opioid settlement funds by resolution stating the strategy, amount and term of each "
                    "expenditure;",
                ],
                lead="NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of Yadkin Bend County that the "
                "following expenditures of opioid settlement funds are authorized for the period September 1, "
                "2025 through June 30, 2026:",
                parts=[],
                tables={-1: OPIOID_TABLE},
                further=[
                    "BE IT FURTHER RESOLVED that the Finance Officer shall include these expenditures in the "
                    "County's annual report to the North Carolina Department of Justice as required by the "
                    "MOA."
                ],
                signed=False,
            ),
            ORD(
                number="#26-08",
                title="BUDGET AMENDMENT #26-08",
                lead="BE IT ORDAINED by the Board of Commissioners of Yadkin Bend County, North Carolina, that the "
                "following amendment be made to the Annual Budget Ordinance for the fiscal year ending June 30, "
                "2026:",
                sections=[],
                table=BA_2608,
            ),
            VOTE(
                style="text",
                mover="Renfroe",
                seconder="Shoaf",
                motion="adopt Resolution No. 2025-40 and Budget Amendment #26-08",
                yes=6,
                no=0,
                text="A motion was made by Commissioner Renfroe and seconded by Vice Chairman Shoaf to adopt "
                "Resolution No. 2025-40 and Budget Amendment #26-08 as presented. The motion carried "
                "unanimously ({yes}-{no}).",
            ),
        ],
    },
    {
        "number": "10-D",
        "title": "Interlocal Agreement with the Town of Pruitt Mill for Fire Inspection Services",
        "agenda": "10.D",
        "blocks": [
            P(
                "Fire Marshal Curtis Overcash explained that the County Fire Marshal's Office would perform the "
                "periodic fire inspections required by the N.C. Fire Code within the Town of Pruitt Mill for $18,500 "
                "per year. Either party may end the agreement on ninety days' written notice."
            ),
            VOTE(
                mover="Hanes",
                seconder="Renfroe",
                motion="approve the interlocal agreement with the Town of Pruitt Mill",
                yes=6,
                no=0,
                text="Commissioner Hanes moved, seconded by Commissioner Renfroe, to approve the Interlocal "
                "Agreement with the Town of Pruitt Mill for Fire Inspection Services and to authorize the "
                "Chairman to sign it. The motion carried {yes}-{no}.",
            ),
        ],
    },
    {
        "number": "10-E",
        "title": "Resolution No. 2025-41 Supporting a Rural Building Reuse Grant Application - "
        "Former Harlowe Hosiery Mill (added under Item 4)",
        "agenda": None,
        "blocks": [
            P(
                "Assistant County Manager Mabry explained that Yadkin Valley Outfitters, LLC proposes to renovate the "
                "vacant 62,000 square foot Harlowe Hosiery Mill at 400 Depot Street for a distribution center, "
                "creating 45 jobs within two years. The County would apply for a $450,000 Rural Building Reuse grant "
                "on the company's behalf; the program requires a local cash match of five percent ($22,500)."
            ),
            VOTE(
                mover="Shoaf",
                seconder="Whitaker-Sloop",
                motion="adopt Resolution No. 2025-41 and commit a $22,500 local match",
                yes=6,
                no=0,
                text="Vice Chairman Shoaf moved, seconded by Commissioner Whitaker-Sloop, to adopt Resolution No. "
                "2025-41 supporting the application and committing a local cash match of $22,500 from the "
                "Economic Development Reserve. The motion carried {yes}-{no}. Resolution No. 2025-41 is on file "
                "in the Office of the Clerk to the Board.",
            ),
        ],
    },
    {"number": "11", "title": "APPOINTMENTS TO BOARDS AND COMMISSIONS", "agenda": "11", "blocks": []},
    {
        "number": "11-A",
        "title": "Yadkin Bend County Planning Board",
        "agenda": "11.A",
        "blocks": [
            P(
                "The Board considered two applications for the unexpired Eastern District term of Ronald Hege, who "
                "resigned in July, ending June 30, 2027: Nathaniel J. Brower and Sheila M. Cagle. Commissioner Hanes "
                "said he preferred Ms. Cagle because of her six years on the Pruitt Mill Board of Adjustment."
            ),
            VOTE(
                mover="Renfroe",
                seconder="Shoaf",
                motion="appoint Nathaniel J. Brower to the Planning Board",
                yes=5,
                no=1,
                no_names=["Hanes"],
                text="Commissioner Renfroe moved, seconded by Vice Chairman Shoaf, to appoint Nathaniel J. Brower to "
                "the Planning Board for the unexpired term ending June 30, 2027. The motion carried {yes}-{no}, "
                "with Commissioner Hanes voting against.",
            ),
        ],
    },
    {
        "number": "11-B",
        "title": "Consolidated Human Services Board",
        "agenda": "11.B",
        "blocks": [
            P(
                "Upon motion by Commissioner Hanes, seconded by Vice Chairman Shoaf, it was unanimously resolved that "
                "Dr. Monique Harrell (licensed physician seat) and Travis L. Eller (general public seat) be "
                "reappointed to the Consolidated Human Services Board for three-year terms expiring August 31, 2028.",
                resolved=1,
            ),
        ],
    },
    {
        "number": "11-C",
        "title": "Nursing Home / Adult Care Home Community Advisory Committee",
        "agenda": "11.C",
        "blocks": [
            VOTE(
                mover="Ledford",
                seconder="Hanes",
                motion="appoint Evelyn R. Boger",
                yes=6,
                no=0,
                text="Commissioner Ledford moved, seconded by Commissioner Hanes, to appoint Evelyn R. Boger to the "
                "Nursing Home / Adult Care Home Community Advisory Committee for an initial one-year term "
                "ending August 31, 2026. The motion carried {yes}-{no}.",
            ),
        ],
    },
    {
        "number": "12",
        "title": "COUNTY MANAGER'S REPORT",
        "agenda": "12",
        "blocks": [
            P("County Manager Gantt reported on the following:"),
            LIST(
                [
                    "Local option sales tax distributions for May 2025 totaled $1,186,402, 3.2 percent above May 2024.",
                    "Saturday hours at the Pruitt Mill branch library will resume on September 6, staffed with help from "
                    "the Friends of the Library.",
                    "The Department of Social Services will move to the new Human Services Center on October 10-13; DSS "
                    "will be closed to the public on Friday, October 10.",
                ],
                marker="dash",
            ),
            NOTE(
                "[Clerk's Note: Commissioner Whitaker-Sloop left the meeting at 8:20 p.m. to attend to a family "
                "matter and did not return.]"
            ),
        ],
    },
    {
        "number": "13",
        "title": "COUNTY ATTORNEY'S REPORT",
        "agenda": "13",
        "blocks": [
            P(
                "County Attorney Yount stated that he had no report in open session and would address his matters in "
                "closed session."
            ),
        ],
    },
    {
        "number": "14",
        "title": "COMMISSIONERS' REPORTS AND COMMENTS",
        "agenda": "14",
        "blocks": [
            P(
                "Vice Chairman Shoaf reported on the NCACC Annual Conference. Commissioner Hanes asked staff to share "
                "the NCDOT response on Old Shoals Road with Mr. Kiger. Commissioner Renfroe congratulated the Yadkin "
                "Bend High School band on its invitation to the 2026 Tournament of Roses Parade."
            ),
            P(
                "Chairman Pettigrew announced that the next regular meeting will be held on Tuesday, September 2, 2025 "
                "at 6:00 p.m., as County offices are closed on Monday, September 1 for Labor Day."
            ),
        ],
    },
    {
        "number": "15",
        "title": "CLOSED SESSION",
        "agenda": "15",
        "blocks": [
            VOTE(
                mover="Shoaf",
                seconder="Renfroe",
                motion="enter closed session under G.S. 143-318.11(a)(3) and (a)(4)",
                yes=5,
                no=0,
                text="At 8:34 p.m., Vice Chairman Shoaf moved, seconded by Commissioner Renfroe, that the Board "
                "enter closed session pursuant to G.S. 143-318.11(a)(3) to consult with the County Attorney in "
                "order to preserve the attorney-client privilege, including concerning the pending case of "
                "Yadkin Bend County v. Stallings Paving Company, Inc., 24 CVS 611 (Yadkin Bend County Superior "
                "Court), and pursuant to G.S. 143-318.11(a)(4) to discuss matters relating to the location or "
                "expansion of an industry in the County. The motion carried {yes}-{no}.",
            ),
            P(
                "Present in closed session were the five Commissioners then present, the County Manager, the "
                "Assistant County Manager, the County Attorney and the Clerk to the Board."
            ),
            SUB("RETURN TO OPEN SESSION"),
            VOTE(
                mover="Hanes",
                seconder="Ledford",
                motion="return to open session",
                yes=5,
                no=0,
                text="Commissioner Hanes moved, seconded by Commissioner Ledford, to return to open session. The "
                "motion carried {yes}-{no}, and the Board returned to open session at 9:11 p.m.",
            ),
            P(
                "Chairman Pettigrew reported that the Board received legal advice and gave direction to staff on the "
                "economic development matter and that no action was taken on it."
            ),
            VOTE(
                mover="Renfroe",
                seconder="Ledford",
                motion="authorize settlement of 24 CVS 611 for $42,500",
                yes=5,
                no=0,
                text="Commissioner Renfroe moved, seconded by Commissioner Ledford, to authorize the County Attorney "
                "to execute a settlement agreement and consent judgment in Yadkin Bend County v. Stallings "
                "Paving Company, Inc., under which the defendant will pay the County $42,500 and repair the "
                "Lanier Park access road at its own expense by November 30, 2025. The motion carried "
                "{yes}-{no}.",
            ),
        ],
    },
    {
        "number": "16",
        "title": "ADJOURNMENT",
        "agenda": "16",
        "blocks": [
            VOTE(
                mover="Ledford",
                seconder="Shoaf",
                motion="adjourn",
                yes=5,
                no=0,
                text="There being no further business, Commissioner Ledford moved, seconded by Vice Chairman Shoaf, "
                "to adjourn. The motion carried {yes}-{no}, and Chairman Pettigrew declared the meeting "
                "adjourned at 9:16 p.m.",
            ),
        ],
    },
]


def _res_count(block) -> int:
    if block["t"] == "p":
        return block["resolved"]
    if block["t"] == "res":
        return (len(block["parts"]) or 1) + len(block["further"])
    return 0


# ---------------------------------------------------------------------------------------------
# PDF rendering
# ---------------------------------------------------------------------------------------------
NEXT = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}


class _Doc(FPDF):
    kind = "minutes"

    def header(self):
        if self.kind == "minutes":
            self.set_font("Times", "", 9)
            self.set_y(9)
            self.cell(0, 4, "Yadkin Bend County Board of Commissioners", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, f"BOOK {BOOK}   PAGE {FIRST_BOOK_PAGE + self.page_no() - 1}", align="R", **NEXT)
            self.cell(0, 4, "Regular Meeting - August 18, 2025", align="L", **NEXT)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(22)
        else:
            if self.page_no() == 1:
                self.set_y(12)
                return
            self.set_font("Helvetica", "I", 8)
            self.set_y(10)
            self.cell(
                0,
                4,
                "Yadkin Bend County Board of Commissioners - Regular Meeting Agenda - August 18, 2025",
                align="L",
                **NEXT,
            )
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(20)

    def footer(self):
        self.set_y(-12)
        if self.kind == "minutes":
            self.set_font("Times", "", 9)
            self.cell(0, 4, f"Minutes - August 18, 2025 Regular Meeting - Page {self.page_no()} of {{nb}}", align="C")
        else:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def _new_doc(kind: str, created: dt.datetime, title: str, side: float = 25) -> _Doc:
    pdf = _Doc(format="Letter", unit="mm")
    pdf.kind = kind
    pdf.set_creation_date(created)
    pdf.set_title(title)
    pdf.set_author("Clerk to the Board, Yadkin Bend County")
    pdf.set_margins(side, 20, side)
    pdf.set_auto_page_break(True, margin=17)
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


class _Minutes:
    LH = 4.15
    FONT = "Times"
    SIZE = 10

    def __init__(self, pdf: _Doc):
        self.pdf = pdf

    def font(self, style="", size=None):
        self.pdf.set_font(self.FONT, style, size or self.SIZE)

    def para(self, text, indent=0, style="", gap=1.5, align="J", right=0, size=None):
        pdf = self.pdf
        self.font(style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(pdf.epw - indent - right, self.LH, text, align=align, **NEXT)
        pdf.ln(gap)

    def hanging(self, marker, text, indent, marker_w=8, gap=1.0, style=""):
        pdf = self.pdf
        self.font(style)
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(marker_w, self.LH, marker)
        pdf.multi_cell(pdf.epw - indent - marker_w, self.LH, text, align="J", **NEXT)
        pdf.ln(gap)

    def room(self, mm):
        if self.pdf.get_y() + mm > self.pdf.page_break_trigger:
            self.pdf.add_page()

    def heading(self, number, title, sub):
        self.room(22)
        pdf = self.pdf
        pdf.ln(1.0)
        self.font("B")
        indent = 0 if not sub else 6
        mark_w = 12 if not sub else 14
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(mark_w, self.LH + 0.4, f"{number}.")
        title_text = title
        if not sub:
            pdf.set_font(self.FONT, "BU", self.SIZE)
        pdf.multi_cell(pdf.epw - indent - mark_w, self.LH + 0.4, title_text, align="L", **NEXT)
        pdf.ln(1.2)

    def table(self, block):
        pdf = self.pdf
        self.room(18)
        pdf.set_font(self.FONT, "", 9)
        indent = block["indent"]
        aligns = block["aligns"] or ["L"] * len(block["columns"])
        width = sum(block["widths"])
        pdf.set_x(pdf.l_margin + indent)
        with pdf.table(
            col_widths=block["widths"],
            width=width,
            align="LEFT",
            line_height=4.3,
            text_align=aligns,
            first_row_as_headings=True,
            padding=0.8,
            headings_style=_bold_heading(),
        ) as t:
            row = t.row()
            for c in block["columns"]:
                row.cell(c)
            for r in block["rows"]:
                row = t.row()
                for c in r:
                    row.cell(c)
        pdf.ln(2.5)

    def vote(self, v):
        text = v["text"].format(yes=v.get("yes"), no=v.get("no"))
        self.para(text)
        if v["style"] == "block":
            names = ", ".join(v["yes_names"])
            lines = [("VOTE:", f"Aye-{v['yes']} ({names})"), ("", f"Nay-{v['no']}")]
            if v.get("absent"):
                lines.append(("", f"Absent-{v['absent']} ({', '.join(v['absent_names'])})"))
            self._vote_lines(lines)
        elif v["style"] == "rollcall":
            lines = [
                ("", f"Ayes ({v['yes']}): Commissioners {_join(v['yes_names'])}"),
                ("", f"Noes ({v['no']}): Commissioner {_join(v['no_names'])}"),
                ("", f"Absent ({v['absent']}): Commissioner {_join(v['absent_names'])}"),
            ]
            self._vote_lines(lines, indent=14)

    def _vote_lines(self, lines, indent=14):
        pdf = self.pdf
        for label, text in lines:
            self.font("B" if label else "")
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(16, self.LH, label)
            self.font("")
            pdf.multi_cell(pdf.epw - indent - 16, self.LH, text, align="L", **NEXT)
        pdf.ln(2.2)

    def resolution(self, b):
        pdf = self.pdf
        self.room(30)
        ind = 8
        self.para(f"RESOLUTION NO. {b['number']}", indent=ind, style="B", align="C", right=ind, gap=0.5)
        self.para(b["title"], indent=ind, style="B", align="C", right=ind, gap=2)
        for w in b["whereas"]:
            self.para(w, indent=ind, right=ind, gap=1.6)
        self.para(b["lead"], indent=ind, right=ind, gap=1.6)
        for i, (marker, text) in enumerate(b["parts"]):
            self.hanging(marker, text, indent=ind + 6, marker_w=9)
            if i in b["tables"]:
                self.table(b["tables"][i])
        if -1 in b["tables"]:
            self.table(b["tables"][-1])
        for f in b["further"]:
            self.para(f, indent=ind, right=ind, gap=1.6)
        if b["signed"]:
            self.signature(ind)
        pdf.ln(1)

    def signature(self, ind):
        pdf = self.pdf
        self.room(22)
        self.para(SIGNED, indent=ind, gap=3)
        self.font("", 10)
        y = pdf.get_y()
        left = pdf.l_margin + ind
        mid = pdf.l_margin + pdf.epw / 2 + 4
        pdf.set_xy(left, y)
        pdf.cell(70, 4.5, "ATTEST:")
        pdf.set_xy(mid, y)
        pdf.cell(70, 4.5, "/s/ Douglas R. Pettigrew", **NEXT)
        pdf.set_xy(left, y + 4.5)
        pdf.cell(70, 4.5, "/s/ Karen S. Absher")
        pdf.set_xy(mid, y + 4.5)
        pdf.cell(70, 4.5, "Douglas R. Pettigrew, Chairman", **NEXT)
        pdf.set_xy(left, y + 9)
        pdf.cell(70, 4.5, "Karen S. Absher, Clerk to the Board", **NEXT)
        pdf.ln(3)

    def ordinance(self, b):
        ind = 8
        self.room(26)
        self.para(b["title"], indent=ind, style="B", align="C", right=ind, gap=0.5)
        self.para(
            f"({'Ordinance No. ' + b['number'] if b['number'][0].isdigit() else 'Adopted August 18, 2025'})",
            indent=ind,
            align="C",
            right=ind,
            gap=2,
        )
        self.para(b["lead"], indent=ind, right=ind, gap=1.6)
        for s in b["sections"]:
            self.para(s, indent=ind + 6, right=ind, gap=1.4)
        if b.get("table"):
            self.table(b["table"])
        self.pdf.ln(1)

    def proclamation(self, b):
        ind = 8
        self.room(30)
        for line in b["title"]:
            self.para(line, indent=ind, style="B", align="C", right=ind, gap=0.5)
        self.pdf.ln(1.5)
        for w in b["whereas"]:
            self.para(w, indent=ind, right=ind, gap=1.6)
        self.para(b["body"], indent=ind, right=ind, gap=1.6)
        self.para(b["closing"], indent=ind, right=ind, gap=2.5, style="I")

    def blocks(self, blocks):
        pending_after = {b["index"]: b["block"] for b in blocks if b["t"] == "after_list"}
        for b in blocks:
            t = b["t"]
            if t == "p":
                self.para(b["text"], indent=b["indent"], style=b["style"], right=b["indent"])
            elif t == "list":
                for i, item in enumerate(b["items"]):
                    marker = {"letter": f"{chr(65 + i)}.", "number": f"{i + 1}.", "dash": "-"}[b["marker"]]
                    self.hanging(marker, item, indent=b["indent"])
                    if i in pending_after:
                        self.table(pending_after[i])
                self.pdf.ln(0.8)
            elif t == "sub":
                self.room(16)
                self.para(b["text"], style="B", gap=1.5)
            elif t == "table":
                self.table(b)
            elif t == "vote":
                self.vote(b)
            elif t == "res":
                self.resolution(b)
            elif t == "ord":
                self.ordinance(b)
            elif t == "proc":
                self.proclamation(b)


def _bold_heading():
    from fpdf.fonts import FontFace

    return FontFace(emphasis="BOLD")


def _join(names):
    names = list(names)
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _attendance_block(m: _Minutes):
    pdf = m.pdf
    label_w = 44

    def block(label, lines):
        m.room(6 * len(lines) + 4)
        y = pdf.get_y()
        m.font("B")
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(label_w, m.LH, label)
        m.font("")
        for line in lines:
            pdf.set_x(pdf.l_margin + label_w)
            pdf.multi_cell(pdf.epw - label_w, m.LH, line, align="L", **NEXT)
        pdf.ln(2.5)

    block("MEMBERS PRESENT:", [f"{n}, {r} {note}".strip() for n, _s, r, note in MEMBERS_PRESENT])
    block("MEMBERS ABSENT:", [n for n, *_ in MEMBERS_ABSENT])
    block("STAFF PRESENT:", [f"{printed}, {title}" for printed, _c, title in STAFF_PRESENT])
    block("OTHERS PRESENT:", [f"{n}, {org}" for n, org in OTHERS_PRESENT])
    dept = "; ".join(f"{title} {name}" for title, name, _c in DEPARTMENT_STAFF)
    m.para(f"Department staff in attendance: {dept}.", gap=3)


def _render_minutes(path: Path):
    pdf = _new_doc("minutes", CREATED, "Minutes - Board of Commissioners - August 18, 2025", side=19)
    m = _Minutes(pdf)
    m.para("YADKIN BEND COUNTY BOARD OF COMMISSIONERS", style="B", align="C", gap=0.5, size=13)
    m.para("MINUTES OF REGULAR MEETING", style="B", align="C", gap=0.5)
    m.para(DATE_LONG.upper(), style="B", align="C", gap=4)
    m.font("")
    for left, right in (("STATE OF NORTH CAROLINA", ")"), ("", ")"), ("COUNTY OF YADKIN BEND", ")")):
        pdf.cell(60, m.LH, left)
        pdf.cell(6, m.LH, right, **NEXT)
    pdf.ln(3)
    m.para(
        "The Yadkin Bend County Board of Commissioners met in regular session on Monday, August 18, 2025, at "
        "6:00 p.m. in the Commissioners' Meeting Room of the Yadkin Bend County Government Center, 214 East "
        "Ferry Street, Harlowe, North Carolina, with the following present:",
        gap=3,
    )
    _attendance_block(m)
    for item in MINUTES:
        m.heading(item["number"], item["title"], "-" in item["number"])
        m.blocks(item["blocks"])
    # approval and signatures
    m.room(30)
    pdf.ln(3)
    m.para("Approved by the Board of Commissioners in regular session on September 2, 2025.", style="I", gap=8)
    y = pdf.get_y()
    m.font("")
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(75, 5, "_______________________________")
    pdf.set_x(pdf.l_margin + 88)
    pdf.cell(75, 5, "_______________________________", **NEXT)
    pdf.cell(75, 5, "Douglas R. Pettigrew, Chairman")
    pdf.set_x(pdf.l_margin + 88)
    pdf.cell(75, 5, "Karen S. Absher, CMC, NCCCC", **NEXT)
    pdf.cell(75, 5, "")
    pdf.set_x(pdf.l_margin + 88)
    pdf.cell(75, 5, "Clerk to the Board", **NEXT)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def _render_agenda(path: Path):
    pdf = _new_doc("agenda", AGENDA_CREATED, "Agenda - Board of Commissioners - August 18, 2025", side=22)
    f = "Helvetica"

    def line(text, style="", size=10, align="C", h=5):
        pdf.set_font(f, style, size)
        pdf.multi_cell(0, h, text, align=align, **NEXT)

    line("YADKIN BEND COUNTY", "B", 16, h=7)
    line("BOARD OF COMMISSIONERS", "B", 13, h=6)
    line("REGULAR MEETING AGENDA", "B", 12, h=6)
    pdf.ln(1)
    line(f"{DATE_LONG} - 6:00 p.m.", "B", 11)
    line("Commissioners' Meeting Room, Yadkin Bend County Government Center", "", 10)
    line("214 East Ferry Street, Harlowe, North Carolina 27099", "", 10)
    pdf.ln(2)
    pdf.set_draw_color(0)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(1.5)
    members = "   |   ".join(
        [f"{n}, {r}" for n, _s, r, _x in MEMBERS_PRESENT[:2]] + [n for n, *_ in MEMBERS_PRESENT[2:4]]
    )
    line(members, "", 8, h=4)
    members2 = "   |   ".join([MEMBERS_PRESENT[4][0], MEMBERS_PRESENT[5][0], MEMBERS_ABSENT[0][0]])
    line(members2, "", 8, h=4)
    line(
        "Russell E. Gantt, County Manager   |   Hollis B. Yount, County Attorney   |   "
        "Karen S. Absher, CMC, NCCCC, Clerk to the Board",
        "I",
        8,
        h=4,
    )
    pdf.ln(1.5)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(4)

    previous_sub = False
    for number, title, parent, presenter, action, note in AGENDA:
        sub = parent is not None
        if previous_sub and not sub:
            pdf.ln(1.4)
        previous_sub = sub
        need = 14 + (5 if presenter else 0) + (5 if action else 0) + (10 if note else 0)
        if pdf.get_y() + need > pdf.page_break_trigger:
            pdf.add_page()
        indent = 12 if sub else 0
        num_w = 8 if sub else 10
        pdf.set_x(pdf.l_margin + indent)
        pdf.set_font(f, "B" if not sub else "", 10.5 if not sub else 10)
        pdf.cell(num_w, 5.2, f"{number}.")
        pdf.multi_cell(pdf.epw - indent - num_w, 5.2, title, align="L", **NEXT)
        body_x = indent + num_w
        if presenter:
            pdf.set_font(f, "I", 9)
            pdf.set_x(pdf.l_margin + body_x)
            pdf.multi_cell(pdf.epw - body_x, 4.4, f"Presenter: {presenter}", align="L", **NEXT)
        if action:
            pdf.set_font(f, "I", 9)
            pdf.set_x(pdf.l_margin + body_x)
            pdf.multi_cell(pdf.epw - body_x, 4.4, f"Action Requested: {action}", align="L", **NEXT)
        if note:
            pdf.set_font(f, "I", 8.5)
            pdf.set_x(pdf.l_margin + body_x)
            pdf.multi_cell(pdf.epw - body_x - 6, 4.2, note, align="J", **NEXT)
        pdf.ln(2.6 if not sub else 1.6)

    pdf.ln(3)
    if pdf.get_y() + 24 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2)
    pdf.set_font(f, "", 8.5)
    pdf.multi_cell(
        0,
        4.2,
        "In accordance with the Americans with Disabilities Act, persons who need an accommodation to participate "
        "in this meeting should contact Karen S. Absher, Clerk to the Board, at (336) 555-0142 or "
        "kabsher@yadkinbendnc.gov at least 48 hours before the meeting. Agenda materials are available at "
        "www.yadkinbendnc.gov/agendas and in the Office of the Clerk to the Board, Room 210, Government Center. "
        "Meetings are streamed live on the County's YouTube channel.",
        align="J",
        **NEXT,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    _render_agenda(agenda)
    _render_minutes(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------
def _agenda_gold() -> list[dict]:
    out = []
    for number, title, parent, presenter, action, note in AGENDA:
        rec = {
            "number": number,
            "title": title,
            "pages": None,
            "part": "exempt" if number in AGENDA_EXEMPT and parent is None else "public",
            "parent": parent,
        }
        if parent:
            rec["path"] = f"{parent}.{number}"
        if presenter:
            rec["presenter"] = presenter
        topics = [f"Action Requested: {action}"] if action else []
        if topics:
            rec["topics"] = topics
        if note:
            rec["note"] = note
        out.append(rec)
    return out


def _votes_gold() -> list[dict]:
    out = []
    for item in MINUTES:
        for b in item["blocks"]:
            if b["t"] != "vote" or b["style"] == "nofig":
                continue
            counts = {"yes": b["yes"], "no": b["no"], "abstain": b["abstain"]}
            if b.get("absent"):
                counts["absent"] = b["absent"]
            rec = {
                "item": item["number"],
                "motion": b["motion"],
                "mover": b["mover"],
                "seconder": b["seconder"],
                "result": b["result"],
                "counts": counts,
            }
            voters = {}
            if b.get("yes_names"):
                voters["yes"] = list(b["yes_names"])
            if b.get("no_names"):
                voters["no"] = list(b["no_names"])
            if b.get("absent_names"):
                voters["absent"] = list(b["absent_names"])
            if voters:
                rec["voters"] = voters
            out.append(rec)
    return out


def _attendance_gold() -> list[dict]:
    out = []
    for name, _s, role, note in MEMBERS_PRESENT:
        rec = {"name": name, "status": "present", "role": role}
        if note:
            rec["note"] = note.strip("()")
        out.append(rec)
    for name, _s, role, _n in MEMBERS_ABSENT:
        out.append({"name": name, "status": "absent", "role": role})
    for _printed, clean, title in STAFF_PRESENT:
        out.append({"name": clean, "status": "in_attendance", "role": title})
    for title, _printed, clean in DEPARTMENT_STAFF:
        out.append({"name": clean, "status": "in_attendance", "role": title})
    for name, org in OTHERS_PRESENT:
        out.append({"name": name, "status": "also_present", "role": f"Media - {org}"})
    return out


def gold() -> dict:
    per_item = {}
    for item in MINUTES:
        n = sum(_res_count(b) for b in item["blocks"])
        if n:
            per_item[item["number"]] = n
    meeting = {"body": BODY, "date": DATE_ISO, "start_time": START}
    agenda_rec = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "US",
        "notes": [
            "Sub-items are printed as letters (A., B.) that restart under each numbered heading, so each keeps "
            "its printed letter as number, the heading's number as parent, and a path such as '7.A'.",
            "The italic 'Presenter:' and 'Action Requested:' lines and the consent/public comment explanations "
            "are lines under items, not items; they are kept as presenter, topics and note.",
            "The Closed Session item (15) is marked exempt because its business is conducted with the public "
            "excluded under G.S. 143-318.11; every other item is public.",
            "The agenda prints no page numbers for items, so every item has pages null.",
            "The contact is the Clerk to the Board named in the accessibility notice.",
        ],
        "meeting": {**meeting, "contact": dict(CLERK_CONTACT)},
        "agenda": _agenda_gold(),
    }
    minutes_rec = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "US",
        "notes": [
            "Minute items are the numbered headings as printed: top-level numbers and sub-items printed as "
            "'8-A.'; agenda_item gives the agenda path ('8.A') since agenda sub-item letters repeat.",
            "The consent items approved under item 7 are a lettered list inside the item, not headings, so they "
            "are not minute items; the pulled consent item is its own heading '7-F'.",
            "Item 10-E was added at the meeting under item 4 and has no agenda item (agenda_item null).",
            "The unnumbered 'RETURN TO OPEN SESSION' subheading inside item 15 and the recess note are not "
            "minute items.",
            "Resolutions are counted strictly as 'Resolved'/'resolved that' clauses: each lettered or numbered "
            "part under one BE IT RESOLVED counts separately, each BE IT FURTHER RESOLVED counts one, a single "
            "unnumbered BE IT RESOLVED counts one, and the inline 'it was unanimously resolved that' in 11-B "
            "counts one.",
            "Resolution No. 2025-37 (three numbered parts) is printed inside the consent item, so its three "
            "clauses count under minute item 7.",
            "Resolution No. 2025-40 authorizes its expenditures in a table, not a numbered list, so its BE IT "
            "RESOLVED counts once plus one FURTHER RESOLVED.",
            "Resolution No. 2025-41 (item 10-E) is only cited by number and adopted by motion, and the "
            "proclamation, ordinances, budget amendments and statements of consistency use no 'resolved' "
            "wording, so none of them counts as a resolution.",
            "Votes are listed only where figures are printed; the proclamation motion ('carried unanimously') "
            "and the 11-B appointment ('unanimously resolved') print no figures and are left out.",
            "The Planning Board's 5-2 recommendation quoted in 8-A is a vote of another body, not of this "
            "meeting, and is not listed as a vote.",
            "Voters are given only where names are printed: the VOTE blocks and the roll call name every side; "
            "split votes name only those voting against (or, for the failed deferral, those in favour).",
            "Commissioner Renfroe was excused from voting under G.S. 153A-44 on item 10-A; the two 10-A votes "
            "are 5-0 with abstain 0, as an excused member neither votes nor abstains.",
            "Absent counts are given only where the minutes print them (the VOTE blocks and the roll call).",
            "Commissioner Renfroe (arrived 6:14 p.m.) and Commissioner Whitaker-Sloop (left 8:20 p.m.) are "
            "present; the Chairman and Vice Chairman carry their titles as role, the others 'Commissioner'.",
            "Staff under STAFF PRESENT and the department staff named in the sentence after the block are "
            "in_attendance; the press under OTHERS PRESENT are also_present.",
            "Names are given without honorifics or credentials ('Dr.', 'CMC, NCCCC' dropped).",
            "Speakers at the public comment period and the hearings, and officers named only in the text "
            "(the Superintendent, the Emergency Management Coordinator), are not in the attendance part.",
            "The end time is the adjournment at 9:16 p.m. recorded under item 16.",
        ],
        "meeting": {**meeting, "end_time": END},
        "minutes": {
            "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
            "items": [{"number": it["number"], "title": it["title"], "agenda_item": it["agenda"]} for it in MINUTES],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": _votes_gold(),
            "attendance": _attendance_gold(),
        },
    }
    return {
        f"agendas__{STEM}_agenda": agenda_rec,
        f"minutes__{STEM}_minutes": minutes_rec,
    }

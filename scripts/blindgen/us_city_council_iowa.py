"""City of Prairie Hollow, Iowa (fictional): a small Midwest city council whose papers are typed
by the City Clerk in a word processor, not produced by an agenda-management system.

Two PDFs for the regular meeting of Monday, April 14, 2025, 7:00 p.m.:

* ``agendas/prairie-hollow_city-council_2025-04-14_agenda.pdf`` - the Chapter 21 "Notice and Call
  of Public Meeting" (governmental body, date, time, place), then the tentative agenda: fourteen
  numbered items in bold capitals, lettered sub-items (consent agenda a.-h., reports, ordinances by
  reading, resolutions by number, old and new business), italic "Recommended Action" lines and the
  clerk's posting certificate. Letter size, running header and "Page X of Y" footer.
* ``minutes/prairie-hollow_city-council_2025-04-14_minutes.pdf`` - the clerk's minutes: items
  numbered as the agenda (short items run in after a bold "N. HEADING:" lead), roll call with
  present and absent members, staff and others present, motions with movers and seconders, votes
  printed three ways (named roll call with absentees, "Ayes: 4. Nays: 0.", "all ayes"), one failed
  tie vote, ordinance readings, resolution titles in capitals, one resolution printed in full with
  WHEREAS clauses and BE IT RESOLVED / BE IT FURTHER RESOLVED clauses, adjournment time, Mayor and
  "Attest" City Clerk signature lines, and the claims list (vendor, description, amount) that runs
  over a page break with its header repeated.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

COUNCIL = "prairie-hollow"
BODY = "city-council"
DATE = "2025-04-14"
LONG_DATE = "April 14, 2025"

AGENDA_NAME = f"{COUNCIL}_{BODY}_{DATE}_agenda.pdf"
MINUTES_NAME = f"{COUNCIL}_{BODY}_{DATE}_minutes.pdf"

LEFT = 25.4
PAGE_W = 215.9
TEXT_W = PAGE_W - 2 * LEFT

MAYOR = ("Gail", "Thorsen")
MEMBERS_PRESENT = [("Ray", "Ostrander"), ("Denise", "Kuehl"), ("Marcus", "Pfaff"), ("Colleen", "Delacroix")]
MEMBERS_ABSENT = [("Travis", "Brummer")]
STAFF = [
    ("City Administrator", "Megan Rask"),
    ("City Clerk", "Loretta Vanek"),
    ("City Attorney", "Paul Hemsath"),
    ("Public Works Director", "Curt Lindgren"),
    ("Police Chief", "Darnell Oakes"),
]
OTHERS = [
    ("Nate Gorsline", "Ridgeway Engineering"),
    ("Jon Hartwig", "Prairie Hollow Ledger"),
    ("Rita Solberg", "resident"),
    ("Howard Lutz", "resident"),
    ("Vern Abernathy", "resident"),
]

# ----------------------------------------------------------------------------------------------
# Agenda data: (number, title, topics, sub-items[(letter, title, topics)])
# ----------------------------------------------------------------------------------------------

CONSENT_NOTE = (
    "All items listed under the Consent Agenda are considered routine by the City Council and will "
    "be enacted by one motion and roll call vote. There will be no separate discussion of these items "
    "unless a Council Member so requests, in which case the item will be removed and considered "
    "separately."
)
PUBLIC_NOTE = (
    "This is the time for members of the public to address the Council on any matter not on the "
    "agenda. Speakers are asked to state their name and address and to limit remarks to three "
    "minutes. The Council may not take action on items raised under public comments."
)

AGENDA = [
    ("1", "CALL TO ORDER", [], []),
    ("2", "PLEDGE OF ALLEGIANCE", [], []),
    ("3", "ROLL CALL", [], []),
    ("4", "APPROVAL OF AGENDA", [], []),
    ("5", "CONSENT AGENDA", [CONSENT_NOTE], [
        ("a", "Approve minutes of the March 24, 2025 regular City Council meeting", []),
        ("b", "Approve claims list dated April 14, 2025", []),
        ("c", "Receive and file the Treasurer's Report and Budget Report for the month of March 2025", []),
        ("d", "Approve renewal of Class C Retail Alcohol License with Outdoor Service and Sunday Sales "
              "privileges for Hollow Creek Tap, 118 Main Street", []),
        ("e", "Approve renewal of Class E Retail Alcohol License for Corner Stop Fuel & Grocery, "
              "905 Prairie Avenue", []),
        ("f", "Approve Pay Estimate No. 3 to Brandt Excavating, Inc. in the amount of $84,216.40 for the "
              "2024 Sanitary Sewer Lining Project", []),
        ("g", "Approve closure of Main Street from First Avenue to Fourth Avenue on Saturday, June 7, 2025 "
              "from 9:00 a.m. to 1:00 p.m. for the Heritage Days parade", []),
        ("h", "Approve Mayor's appointment of Dale Vinter to the Library Board of Trustees for a term "
              "expiring June 30, 2030", []),
    ]),
    ("6", "PUBLIC COMMENTS", [PUBLIC_NOTE], []),
    ("7", "REPORTS", [], [
        ("a", "Police Department monthly report", []),
        ("b", "Public Works Department report", []),
        ("c", "City Administrator report", []),
    ]),
    ("8", "PUBLIC HEARING ON THE PROPOSED PLANS, SPECIFICATIONS, FORM OF CONTRACT AND ESTIMATE OF COST "
          "FOR THE 2025 STREET RESURFACING PROJECT", [], []),
    ("9", "ORDINANCES", [], [
        ("a", "Third and Final Reading of Ordinance No. 811, An Ordinance Amending Chapter 75 of the Code of "
              "Ordinances of the City of Prairie Hollow, Iowa, Regarding the Operation of Off-Road Utility "
              "Vehicles on City Streets",
         ["Recommended Action: Approve third reading and adopt Ordinance No. 811"]),
        ("b", "Second Reading of Ordinance No. 812, An Ordinance Amending Chapter 69, Parking Regulations, "
              "by Establishing No Parking Zones on Portions of Elm Street and Cottonwood Drive",
         ["Recommended Action: Approve second reading"]),
        ("c", "First Reading of Ordinance No. 813, An Ordinance Amending Chapter 92, Water Rates, to Adjust "
              "Water Service Charges Effective July 1, 2025",
         ["Recommended Action: Approve first reading"]),
    ]),
    ("10", "RESOLUTIONS", [], [
        ("a", "Resolution No. 2025-40: A Resolution Approving Plans, Specifications, Form of Contract and "
              "Estimate of Cost for the 2025 Street Resurfacing Project", []),
        ("b", "Resolution No. 2025-41: A Resolution Approving a Chapter 28E Agreement with Kessler County "
              "for Emergency Communications and Dispatch Services", []),
        ("c", "Resolution No. 2025-42: A Resolution Approving the Purchase of a 2025 Tandem-Axle Dump Truck "
              "from Heartland Truck & Body in the Amount of $186,450.00", []),
        ("d", "Resolution No. 2025-43: A Resolution Authorizing the Transfer of Funds from the Local Option "
              "Sales Tax Fund to the Debt Service Fund", []),
    ]),
    ("11", "OLD BUSINESS", [], [
        ("a", "Consider request from the Hollow Ridge Homeowners Association for a four-way stop at the "
              "intersection of Hollow Ridge Drive and Meadowlark Lane",
         ["Tabled at the March 24, 2025 meeting pending a traffic count."]),
    ]),
    ("12", "NEW BUSINESS", [], [
        ("a", "Consider approval of a fireworks display permit for Skyburst Displays, LLC for Heritage Days, "
              "June 7, 2025, at Miller Park", []),
        ("b", "Consider quote from Lindquist Tree Care in the amount of $9,870.00 for removal of fourteen ash "
              "trees in the city right-of-way", []),
        ("c", "Discussion of 2025 municipal pool season hours and admission fees", []),
    ]),
    ("13", "MAYOR AND COUNCIL COMMENTS", [], []),
    ("14", "ADJOURNMENT", [], []),
]

# ----------------------------------------------------------------------------------------------
# Claims list (vendor, description, amount in cents), printed after the minutes
# ----------------------------------------------------------------------------------------------

CLAIMS = [
    ("ABERG PLUMBING & HEATING", "CITY HALL WATER HEATER", 231800),
    ("AGRI-VALLEY COOPERATIVE", "DIESEL FUEL", 341277),
    ("ALLSTAR FIRE & SAFETY", "SCBA INSPECTION", 114000),
    ("BAUMGART SEED & FEED", "GRASS SEED", 31275),
    ("BLUESTEM LANDSCAPING", "PARK MULCH", 96000),
    ("BRANDT EXCAVATING INC", "PAY EST 3 SEWER LINING", 8421640),
    ("CEDAR BEND OFFICE SUPPLY", "OFFICE SUPPLIES", 18642),
    ("CENTRAL PLAINS AGGREGATE", "ROAD ROCK", 220481),
    ("CORNERSTONE LAB SERVICES", "WATER SAMPLE TESTING", 41200),
    ("DAKOTA VALLEY PRINTING", "UTILITY BILL FORMS", 41875),
    ("DRAKE ROOFING", "LIBRARY ROOF REPAIR", 187500),
    ("EASTFIELD ELECTRIC LLC", "LIFT STATION REPAIR", 127635),
    ("ELMWOOD CHEMICAL CO", "POOL CHEMICALS", 129060),
    ("FIELDSTONE IT SERVICES", "NETWORK SUPPORT", 73500),
    ("FOURSQUARE SIGN CO", "PARK SIGNAGE", 44800),
    ("GRANGER AUTO PARTS", "FILTERS AND WIPERS", 21463),
    ("GREYHAWK SOFTWARE", "UTILITY BILLING SUPPORT", 142500),
    ("HEARTLAND GAS UTILITY", "NATURAL GAS", 120788),
    ("HEMSATH & NOEL LAW PLC", "LEGAL SERVICES - MARCH", 265000),
    ("HOLLOW CREEK HARDWARE", "SHOP SUPPLIES", 34109),
    ("IRONWOOD TOOL SUPPLY", "SMALL TOOLS", 27615),
    ("JOHNSTON WELDING", "PLOW REPAIR", 31850),
    ("KESSLER COUNTY AUDITOR", "ELECTION COSTS", 111820),
    ("KESSLER COUNTY LANDFILL", "TIPPING FEES", 462750),
    ("KESSLER COUNTY RECORDER", "RECORDING FEES", 4200),
    ("KESSLER COUNTY SHERIFF", "CIVIL SERVICE FEES", 6500),
    ("LAKESHORE JANITORIAL", "CITY HALL CLEANING", 65000),
    ("LITTLE RIVER LUMBER", "PICNIC TABLE LUMBER", 51229),
    ("MAPLE LEAF UNIFORM RENTAL", "SHOP TOWELS & MATS", 14628),
    ("MEADOWLARK BOOK DISTRIBUTORS", "LIBRARY BOOKS", 93318),
    ("MIDLAND BUSINESS SYSTEMS", "COPIER LEASE", 22800),
    ("NELSON OVERHEAD DOOR", "FIRE STATION DOOR REPAIR", 68500),
    ("NORTHWOODS MUNICIPAL SUPPLY", "WATER METERS", 548200),
    ("OAK VALLEY VETERINARY", "ANIMAL IMPOUND", 21000),
    ("OLSEN SURVEYING", "PLAT REVIEW", 72000),
    ("PAYROLL", "WAGES 03/21 & 04/04", 3891427),
    ("PETTY CASH", "REPLENISH", 8437),
    ("PRAIRIE HOLLOW LEDGER", "PUBLICATIONS", 38716),
    ("PRAIRIE HOLLOW POSTMASTER", "UTILITY BILL POSTAGE", 61240),
    ("PRAIRIE LINE ELECTRIC", "STREET LIGHTING", 391544),
    ("PRAIRIE STATES HEALTH PLAN", "HEALTH INSURANCE - MAY", 1268814),
    ("PUBLIC EMPLOYEES RETIREMENT", "RETIREMENT - MARCH", 784266),
    ("QUILL CREEK TELEPHONE", "PHONE & INTERNET", 48691),
    ("REDBIRD COMPUTER", "LAPTOP - POLICE", 148999),
    ("RIDGEWAY ENGINEERING INC", "ENGINEERING - 2025 STREETS", 1874000),
    ("ROCKWELL BATTERY", "BATTERIES", 25990),
    ("SANDSTROM TIRE & SERVICE", "PATROL CAR TIRES", 86400),
    ("SKYLINE UNIFORMS", "POLICE UNIFORMS", 52995),
    ("SUMMIT ELEVATOR", "ELEVATOR INSPECTION", 32500),
    ("TREASURER, STATE OF IOWA", "SALES TAX - MARCH", 190418),
    ("TRI-COUNTY WASTE HAULERS", "GARBAGE & RECYCLING CONTRACT", 1430625),
    ("U.S. TREASURY", "FED/FICA TAXES", 1136209),
    ("VALLEY CHEMICAL SOLUTIONS", "WATER TREATMENT CHEMICALS", 294730),
    ("WESTFALL PEST CONTROL", "QUARTERLY SERVICE", 9500),
    ("WESTSIDE AUTO BODY", "SQUAD CAR REPAIR", 213640),
    ("ZEIGLER'S LAWN & GARDEN", "MOWER BLADES", 17840),
]
CLAIM_COLUMNS = ["VENDOR", "DESCRIPTION", "AMOUNT"]
CLAIM_WIDTHS = [68.0, 66.0, TEXT_W - 134.0]
CLAIMS_TITLE = "CLAIMS LIST APPROVED APRIL 14, 2025"


def _money(cents: int) -> str:
    return f"{cents // 100:,}.{cents % 100:02d}"


CLAIMS_TOTAL = sum(c[2] for c in CLAIMS)

# ----------------------------------------------------------------------------------------------
# Minutes data. Each vote: (item, motion text, vote line, gold vote)
# ----------------------------------------------------------------------------------------------

P = [m[1] for m in MEMBERS_PRESENT]  # Ostrander, Kuehl, Pfaff, Delacroix
OSTRANDER, KUEHL, PFAFF, DELACROIX = P
BRUMMER = MEMBERS_ABSENT[0][1]


def _roll(ayes: list[str], nays: list[str]) -> str:
    return (f"Roll call vote: Ayes - {', '.join(ayes)}. Nays - {', '.join(nays) if nays else 'none'}. "
            f"Absent - {BRUMMER}.")


def _named_vote(item: str, ayes: list[str], nays: list[str], motion: str, mover: str, seconder: str) -> dict:
    return {"item": item, "result": "carried", "result_as_printed": "Motion carried.",
            "counts": {"yes": len(ayes), "no": len(nays), "abstain": 0, "absent": 1},
            "voters": {"yes": list(ayes), "no": list(nays), "absent": [BRUMMER]},
            "motion": motion, "mover": mover, "seconder": seconder}


def _all_ayes_vote(item: str, motion: str, mover: str, seconder: str) -> dict:
    return {"item": item, "result": "carried", "result_as_printed": "Motion carried.", "counts": None,
            "motion": motion, "mover": mover, "seconder": seconder,
            "note": "Printed as 'all ayes' with no figures or names, so counts are null."}


def _count_vote(item: str, yes: int, no: int, motion: str, mover: str, seconder: str) -> dict:
    return {"item": item, "result": "carried", "result_as_printed": "Motion carried.",
            "counts": {"yes": yes, "no": no, "abstain": 0},
            "motion": motion, "mover": mover, "seconder": seconder}


CONSENT_AYES = [OSTRANDER, DELACROIX, KUEHL, PFAFF]
ORD811_AYES = [DELACROIX, OSTRANDER, KUEHL, PFAFF]
ORD813_AYES = [PFAFF, DELACROIX, OSTRANDER]
RES43_AYES = [PFAFF, OSTRANDER, DELACROIX, KUEHL]
TREE_AYES = [DELACROIX, PFAFF, KUEHL, OSTRANDER]

RES43_TITLE = ("A RESOLUTION AUTHORIZING THE TRANSFER OF FUNDS FROM THE LOCAL OPTION SALES TAX FUND TO "
               "THE DEBT SERVICE FUND")
RES43_WHEREAS = [
    "WHEREAS, the City of Prairie Hollow, Iowa has issued General Obligation Corporate Purpose Bonds, "
    "Series 2019, a portion of which was used to finance street reconstruction; and",
    "WHEREAS, the ballot measure approving the local option sales and services tax in the City provides "
    "that a share of the receipts may be used for the repayment of debt incurred for street improvements; "
    "and",
    "WHEREAS, the budget adopted for the fiscal year ending June 30, 2025 anticipates a transfer of "
    "$142,600.00 from the Local Option Sales Tax Fund to the Debt Service Fund to meet the principal and "
    "interest payment due June 1, 2025; and",
    "WHEREAS, Iowa law requires that transfers between funds be authorized by resolution of the City "
    "Council.",
]
RES43_RESOLVED = [
    "NOW, THEREFORE, BE IT RESOLVED BY THE CITY COUNCIL OF THE CITY OF PRAIRIE HOLLOW, IOWA, that the City "
    "Clerk is hereby authorized and directed to transfer the sum of $142,600.00 from the Local Option Sales "
    "Tax Fund to the Debt Service Fund.",
    "BE IT FURTHER RESOLVED that the transfer shall be made on or before June 30, 2025 and shall be "
    "recorded in the fiscal year ending on that date.",
    "BE IT FURTHER RESOLVED that the City Clerk shall file a certified copy of this resolution with the "
    "Kessler County Auditor.",
]

# Minutes items: (number, heading, agenda item, inline text or None, blocks)
# A block is ("p", text) a paragraph at the item indent, ("sub", letter, bold title, [paragraphs])
# a lettered sub-paragraph, ("list", [(letter, text)]) a lettered list, ("res43",) the resolution text.
MINUTES = [
    ("1", "CALL TO ORDER", "1",
     "The City Council of the City of Prairie Hollow, Iowa met in regular session at 7:00 p.m. on Monday, "
     f"{LONG_DATE}, in the Council Chambers of City Hall, 210 North Main Street, Mayor {MAYOR[0]} "
     f"{MAYOR[1]} presiding.", []),
    ("2", "PLEDGE OF ALLEGIANCE", "2",
     f"Mayor {MAYOR[1]} led the Council and those in attendance in the Pledge of Allegiance.", []),
    ("3", "ROLL CALL", "3",
     "Present: Council Members " + ", ".join(f"{f} {s}" for f, s in MEMBERS_PRESENT)
     + "; Absent: " + ", ".join(f"{f} {s}" for f, s in MEMBERS_ABSENT) + ". Staff present: "
     + ", ".join(f"{r} {n}" for r, n in STAFF[:-1]) + f" and {STAFF[-1][0]} {STAFF[-1][1]}. "
     "Also present: Nate Gorsline of Ridgeway Engineering; Jon Hartwig of the Prairie Hollow Ledger; "
     "and residents Rita Solberg, Howard Lutz and Vern Abernathy.", []),
    ("4", "APPROVAL OF AGENDA", "4",
     f"Motion by {PFAFF}, second by {KUEHL}, to approve the agenda as posted. Roll call: all ayes. "
     "Motion carried.", []),
    ("5", "CONSENT AGENDA", "5", None, [
        ("p", f"Council Member {KUEHL} asked what portion of the sewer lining project is covered by Pay "
              f"Estimate No. 3. Public Works Director Lindgren stated that the estimate covers 2,140 lineal "
              "feet of eight-inch main lined during March, with service reinstatements to follow in May."),
        ("p", f"Motion by {OSTRANDER}, second by {DELACROIX}, to approve the consent agenda as follows:"),
        ("list", [
            ("a", "Minutes of the March 24, 2025 regular City Council meeting;"),
            ("b", f"Claims list dated April 14, 2025 in the amount of ${_money(CLAIMS_TOTAL)} (list follows "
                  "these minutes);"),
            ("c", "Treasurer's Report and Budget Report for March 2025, received and filed;"),
            ("d", "Renewal of Class C Retail Alcohol License with Outdoor Service and Sunday Sales for "
                  "Hollow Creek Tap, 118 Main Street;"),
            ("e", "Renewal of Class E Retail Alcohol License for Corner Stop Fuel & Grocery, 905 Prairie "
                  "Avenue;"),
            ("f", "Pay Estimate No. 3 to Brandt Excavating, Inc. in the amount of $84,216.40 for the 2024 "
                  "Sanitary Sewer Lining Project;"),
            ("g", "Closure of Main Street from First Avenue to Fourth Avenue on June 7, 2025 from 9:00 a.m. "
                  "to 1:00 p.m. for the Heritage Days parade;"),
            ("h", "Mayor's appointment of Dale Vinter to the Library Board of Trustees for a term expiring "
                  "June 30, 2030."),
        ]),
        ("p", _roll(CONSENT_AYES, []) + " Motion carried."),
    ]),
    ("6", "PUBLIC COMMENTS", "6",
     "Rita Solberg, 412 Hollow Ridge Drive, spoke in favor of a four-way stop at Hollow Ridge Drive and "
     "Meadowlark Lane, citing vehicles traveling at high speed past the neighborhood playground. Vern "
     "Abernathy, 1120 West Street, asked when spring yard waste collection would begin; Mayor Thorsen "
     "referred the question to the Public Works report. No action was taken.", []),
    ("7", "REPORTS", "7", None, [
        ("sub", "a", "Police Department:", [
            "Chief Oakes reported 231 calls for service in March, including 14 traffic citations, 22 "
            "warnings and 3 arrests. The department's new body cameras were placed in service on March 17."]),
        ("sub", "b", "Public Works:", [
            "Director Lindgren reported that hydrant flushing will begin April 21 and will continue for "
            "approximately two weeks. Spring yard waste collection will begin the week of April 28. Crews "
            "have completed pothole patching on the collector streets."]),
        ("sub", "c", "City Administrator:", [
            "Administrator Rask reported that the FY 2026 budget was certified to the Kessler County Auditor "
            "on March 28 and that audit fieldwork for FY 2024 is scheduled for the week of May 12."]),
    ]),
    ("8", "PUBLIC HEARING - 2025 STREET RESURFACING PROJECT", "8", None, [
        ("p", "Mayor Thorsen opened the public hearing at 7:16 p.m. on the proposed plans, specifications, "
              "form of contract and estimate of cost for the 2025 Street Resurfacing Project. The City Clerk "
              "reported that notice of the hearing was published in the Prairie Hollow Ledger on March 27, "
              "2025 and that no written objections had been filed in her office."),
        ("p", "Nate Gorsline of Ridgeway Engineering reviewed the project, which consists of two-inch mill "
              "and overlay on portions of Elm Street, Cottonwood Drive, Third Avenue and Prairie Avenue, "
              "along with curb ramp replacement at eleven intersections. The engineer's estimate of cost is "
              "$612,480.00, with bids to be received on May 6, 2025."),
        ("p", "Howard Lutz, 703 Elm Street, asked whether driveway approaches would be replaced. Mr. "
              "Gorsline stated that approaches will be milled and adjusted to meet the new pavement grade "
              "but not replaced. There being no further comments, Mayor Thorsen closed the public hearing at "
              "7:29 p.m."),
    ]),
    ("9", "ORDINANCES", "9", None, [
        ("sub", "a", "ORDINANCE NO. 811 - THIRD READING: AN ORDINANCE AMENDING CHAPTER 75 OF THE CODE OF "
                     "ORDINANCES OF THE CITY OF PRAIRIE HOLLOW, IOWA, REGARDING THE OPERATION OF OFF-ROAD "
                     "UTILITY VEHICLES ON CITY STREETS", [
            f"Motion by {DELACROIX}, second by {OSTRANDER}, to approve the third and final reading of "
            "Ordinance No. 811 and to adopt the same. " + _roll(ORD811_AYES, []) + " Motion carried. "
            "Ordinance No. 811 shall be in effect after its publication as required by law."]),
        ("sub", "b", "ORDINANCE NO. 812 - SECOND READING: AN ORDINANCE AMENDING CHAPTER 69, PARKING "
                     "REGULATIONS, BY ESTABLISHING NO PARKING ZONES ON PORTIONS OF ELM STREET AND "
                     "COTTONWOOD DRIVE", [
            f"Motion by {OSTRANDER}, second by {PFAFF}, to approve the second reading of Ordinance No. 812. "
            "Roll call: all ayes. Motion carried."]),
        ("sub", "c", "ORDINANCE NO. 813 - FIRST READING: AN ORDINANCE AMENDING CHAPTER 92, WATER RATES, TO "
                     "ADJUST WATER SERVICE CHARGES EFFECTIVE JULY 1, 2025", [
            "Administrator Rask explained that the proposed rates increase the minimum monthly charge from "
            "$18.40 to $19.75 and the usage rate from $6.10 to $6.55 per 1,000 gallons, as recommended in the "
            f"2024 water rate study. Council Member {KUEHL} stated that she could not support a second "
            "increase in two years without first reviewing the capital plan for the water plant.",
            f"Motion by {PFAFF}, second by {DELACROIX}, to approve the first reading of Ordinance No. 813. "
            + _roll(ORD813_AYES, [KUEHL]) + " Motion carried."]),
    ]),
    ("10", "RESOLUTIONS", "10", None, [
        ("sub", "a", "RESOLUTION NO. 2025-40: A RESOLUTION APPROVING PLANS, SPECIFICATIONS, FORM OF CONTRACT "
                     "AND ESTIMATE OF COST FOR THE 2025 STREET RESURFACING PROJECT", [
            f"Moved by {KUEHL}, seconded by {PFAFF}, to adopt Resolution No. 2025-40. Ayes: 4. Nays: 0. "
            "Motion carried."]),
        ("sub", "b", "RESOLUTION NO. 2025-41: A RESOLUTION APPROVING A CHAPTER 28E AGREEMENT WITH KESSLER "
                     "COUNTY FOR EMERGENCY COMMUNICATIONS AND DISPATCH SERVICES", [
            "Chief Oakes stated that the agreement continues county dispatch of city police calls for five "
            "years at an annual cost of $48,300.00 for the first year, increasing by three percent each year "
            "thereafter.",
            f"Moved by {DELACROIX}, seconded by {KUEHL}, to adopt Resolution No. 2025-41. Ayes: 4. Nays: 0. "
            "Motion carried."]),
        ("sub", "c", "RESOLUTION NO. 2025-42: A RESOLUTION APPROVING THE PURCHASE OF A 2025 TANDEM-AXLE DUMP "
                     "TRUCK FROM HEARTLAND TRUCK & BODY IN THE AMOUNT OF $186,450.00", [
            "Director Lindgren stated that the truck replaces a 2006 unit with a failing box and hydraulics "
            "and that two quotes were received. The purchase is budgeted in the equipment replacement fund. "
            f"Council Member {PFAFF} stated that he preferred to delay the purchase until the next fiscal "
            "year.",
            f"Moved by {OSTRANDER}, seconded by {DELACROIX}, to adopt Resolution No. 2025-42. Ayes: 3. "
            f"Nays: 1 ({PFAFF}). Motion carried."]),
        ("sub", "d", "RESOLUTION NO. 2025-43: " + RES43_TITLE, [
            f"Motion by {PFAFF}, second by {OSTRANDER}, to adopt the following resolution:"]),
        ("res43",),
        ("p", _roll(RES43_AYES, []) + " Resolution adopted."),
    ]),
    ("11", "OLD BUSINESS", "11", None, [
        ("sub", "a", "Four-Way Stop Request - Hollow Ridge Drive and Meadowlark Lane:", [
            "The request was tabled at the March 24, 2025 meeting pending a traffic count. Chief Oakes "
            "reported that the seven-day count recorded an average of 412 vehicles per day with an 85th "
            "percentile speed of 29 miles per hour, below the volumes normally used to justify a multi-way "
            "stop.",
            f"Motion by {KUEHL}, second by {DELACROIX}, to direct the City Attorney to prepare an ordinance "
            "establishing a four-way stop at Hollow Ridge Drive and Meadowlark Lane. "
            f"Ayes: {KUEHL}, {DELACROIX}. Nays: {OSTRANDER}, {PFAFF}. Motion failed.",
            "By consensus, staff was directed to place the speed feedback sign on Hollow Ridge Drive for the "
            "summer months."]),
    ]),
    ("12", "NEW BUSINESS", "12", None, [
        ("sub", "a", "Fireworks Display Permit - Heritage Days:", [
            f"Moved by {OSTRANDER}, seconded by {KUEHL}, to approve a fireworks display permit for Skyburst "
            "Displays, LLC for June 7, 2025 at Miller Park, subject to receipt of a certificate of insurance. "
            "Ayes: 4. Nays: 0. Motion carried."]),
        ("sub", "b", "Ash Tree Removal:", [
            f"Motion by {DELACROIX}, second by {PFAFF}, to accept the quote of Lindquist Tree Care in the "
            "amount of $9,870.00 for removal of fourteen ash trees in the city right-of-way. "
            + _roll(TREE_AYES, []) + " Motion carried."]),
        ("sub", "c", "Municipal Pool Season:", [
            "Council discussed pool hours and admission fees for the 2025 season. Consensus was to keep "
            "daily admission at $4.00 and to extend Friday hours to 8:00 p.m. Staff will bring a fee "
            "resolution to the April 28, 2025 meeting. No action was taken."]),
    ]),
    ("13", "MAYOR AND COUNCIL COMMENTS", "13",
     "Mayor Thorsen reminded residents of the Arbor Day tree planting at Miller Park on April 25 at 10:00 "
     f"a.m. Council Member {DELACROIX} thanked the Public Works crew for the quick repair of the lift "
     "station on Cottonwood Drive.", []),
    ("14", "ADJOURNMENT", "14",
     f"Motion by {PFAFF}, second by {OSTRANDER}, to adjourn. All ayes. Motion carried. The meeting "
     "adjourned at 8:42 p.m.", []),
]

VOTES = [
    _all_ayes_vote("4", "Approve the agenda as posted", PFAFF, KUEHL),
    _named_vote("5", CONSENT_AYES, [], "Approve the consent agenda", OSTRANDER, DELACROIX),
    _named_vote("9", ORD811_AYES, [], "Approve third and final reading of Ordinance No. 811 and adopt",
                DELACROIX, OSTRANDER),
    _all_ayes_vote("9", "Approve second reading of Ordinance No. 812", OSTRANDER, PFAFF),
    _named_vote("9", ORD813_AYES, [KUEHL], "Approve first reading of Ordinance No. 813", PFAFF, DELACROIX),
    _count_vote("10", 4, 0, "Adopt Resolution No. 2025-40", KUEHL, PFAFF),
    _count_vote("10", 4, 0, "Adopt Resolution No. 2025-41", DELACROIX, KUEHL),
    dict(_count_vote("10", 3, 1, "Adopt Resolution No. 2025-42", OSTRANDER, DELACROIX),
         voters={"no": [PFAFF]}),
    dict(_named_vote("10", RES43_AYES, [], "Adopt Resolution No. 2025-43", PFAFF, OSTRANDER),
         result_as_printed="Resolution adopted."),
    {"item": "11", "result": "lost", "result_as_printed": "Motion failed.",
     "counts": {"yes": 2, "no": 2, "abstain": 0},
     "voters": {"yes": [KUEHL, DELACROIX], "no": [OSTRANDER, PFAFF]},
     "motion": "Direct the City Attorney to prepare a four-way stop ordinance", "mover": KUEHL,
     "seconder": DELACROIX},
    _count_vote("12", 4, 0, "Approve fireworks display permit for Skyburst Displays, LLC", OSTRANDER, KUEHL),
    _named_vote("12", TREE_AYES, [], "Accept Lindquist Tree Care quote for ash tree removal", DELACROIX, PFAFF),
    _all_ayes_vote("14", "Adjourn", PFAFF, OSTRANDER),
]

# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------


class _Doc(FPDF):
    def __init__(self, running: str, font: str) -> None:
        super().__init__(orientation="P", unit="mm", format="letter")
        self.running = running
        self.base_font = font
        self.set_margins(LEFT, 18, LEFT)
        self.set_auto_page_break(True, 22)
        self.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
        self.set_title(running)
        self.set_author("City Clerk, City of Prairie Hollow")
        self.on_claims = False

    def header(self) -> None:
        if self.page_no() == 1:
            return
        left = self.l_margin
        self.set_left_margin(LEFT)
        self.set_x(LEFT)
        self.set_font(self.base_font, "I", 9)
        self.cell(TEXT_W, 4.5, self.running, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(0, 0, 0)
        self.line(LEFT, self.get_y() + 0.5, LEFT + TEXT_W, self.get_y() + 0.5)
        self.ln(6)
        if self.on_claims:
            _claims_header(self)
        self.set_left_margin(left)
        self.set_x(left)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_x(LEFT)
        self.set_font(self.base_font, "", 9)
        self.cell(TEXT_W, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def _keep(pdf: FPDF, need: float) -> None:
    if pdf.get_y() + need > pdf.page_break_trigger:
        pdf.add_page()


def _write_para(pdf: _Doc, x: float, text: str, h: float, style: str = "", size: float = 11.5,
                lead: str = "", label: str = "", label_w: float = 0.0, after: float = 2.0) -> None:
    """A ragged-right paragraph with a hanging indent: optional label at x, text block at x+label_w."""
    _keep(pdf, h * 2)
    if label:
        pdf.set_x(x)
        pdf.set_font(pdf.base_font, "", size)
        pdf.cell(label_w, h, label)
    pdf.set_left_margin(x + label_w)
    pdf.set_x(x + label_w)
    if lead:
        pdf.set_font(pdf.base_font, "B", size)
        pdf.write(h, lead)
    pdf.set_font(pdf.base_font, style, size)
    if text:
        pdf.write(h, text)
    pdf.ln(h)
    pdf.set_left_margin(LEFT)
    pdf.set_x(LEFT)
    pdf.ln(after)


def _render_agenda() -> _Doc:
    pdf = _Doc(f"Prairie Hollow City Council - Regular Meeting Agenda - {LONG_DATE}", "Helvetica")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(TEXT_W, 7, "CITY OF PRAIRIE HOLLOW, IOWA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(TEXT_W, 5, "210 North Main Street  |  Prairie Hollow, Iowa  |  (319) 555-0142", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.line(LEFT, pdf.get_y(), LEFT + TEXT_W, pdf.get_y())
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(TEXT_W, 6, "NOTICE AND CALL OF PUBLIC MEETING", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for label, value in [
        ("Governmental Body:", "The City Council of the City of Prairie Hollow, Iowa"),
        ("Date of Meeting:", "Monday, April 14, 2025"),
        ("Time of Meeting:", "7:00 P.M."),
        ("Place of Meeting:", "Council Chambers, City Hall, 210 North Main Street, Prairie Hollow, Iowa"),
    ]:
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(40, 5.5, label)
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(TEXT_W - 40, 5.5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(TEXT_W, 5.2, "PUBLIC NOTICE IS HEREBY GIVEN that the governmental body named above will "
                   "meet at the date, time and place set out above. The tentative agenda for the meeting is "
                   "as follows:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(TEXT_W, 6, "REGULAR MEETING AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    h = 5.2
    num_w, let_w = 10.0, 7.0
    for number, title, topics, subs in AGENDA:
        _keep(pdf, h * 3)
        pdf.set_x(LEFT)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(num_w, h, f"{number}.")
        pdf.multi_cell(TEXT_W - num_w, h, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for topic in topics:
            pdf.ln(1)
            pdf.set_x(LEFT + num_w)
            pdf.set_font("Helvetica", "I", 9.5)
            pdf.multi_cell(TEXT_W - num_w, 4.6, topic, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if subs:
            pdf.ln(1.5)
        for letter, sub_title, sub_topics in subs:
            _keep(pdf, h * 2)
            pdf.set_x(LEFT + num_w)
            pdf.set_font("Helvetica", "", 10.5)
            pdf.cell(let_w, h, f"{letter}.")
            pdf.multi_cell(TEXT_W - num_w - let_w, h, sub_title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            for topic in sub_topics:
                pdf.set_x(LEFT + num_w + let_w)
                pdf.set_font("Helvetica", "I", 9.5)
                pdf.multi_cell(TEXT_W - num_w - let_w, 4.6, topic, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        pdf.ln(3.5)

    _keep(pdf, 50)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.set_x(LEFT + 95)
    pdf.cell(70, 5, "Loretta Vanek", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(LEFT + 95)
    pdf.cell(70, 5, "City Clerk", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(TEXT_W, 4.4, "This notice is given at the direction of the Mayor pursuant to Chapter 21, "
                   "Code of Iowa, and the local rules of the City Council. Posted at City Hall and on the "
                   "City website on April 10, 2025 at 3:30 p.m.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.multi_cell(TEXT_W, 4.4, "Persons needing special accommodation to attend or take part in the "
                   "meeting are asked to call the City Clerk at (319) 555-0142 at least 24 hours in advance. "
                   "Questions about this agenda may be directed to the City Clerk at the same number.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return pdf


def _claims_header(pdf: FPDF) -> None:
    pdf.set_x(LEFT)
    pdf.set_font("Helvetica", "B", 9)
    for col, w in zip(CLAIM_COLUMNS, CLAIM_WIDTHS):
        pdf.cell(w, 5.5, col, align="R" if col == "AMOUNT" else "L")
    pdf.ln(5.5)
    pdf.line(LEFT, pdf.get_y(), LEFT + TEXT_W, pdf.get_y())
    pdf.ln(1)


def _render_minutes() -> tuple[_Doc, dict]:
    pdf = _Doc(f"Prairie Hollow City Council - Regular Session Minutes - {LONG_DATE}", "Times")
    pdf.add_page()
    pdf.set_font("Times", "B", 14)
    pdf.cell(TEXT_W, 7, "CITY OF PRAIRIE HOLLOW, IOWA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "B", 12)
    pdf.cell(TEXT_W, 6, "MINUTES OF THE REGULAR CITY COUNCIL MEETING", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", 12)
    pdf.cell(TEXT_W, 6, LONG_DATE, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    h = 5.4
    sub_x, sub_w = LEFT + 6, 7.0
    for number, heading, _agenda, inline, blocks in MINUTES:
        if inline is not None:
            _write_para(pdf, LEFT, inline, h, lead=f"{number}. {heading}: ", after=3)
            continue
        _keep(pdf, h * 4)
        _write_para(pdf, LEFT, "", h, lead=f"{number}. {heading}", after=1.5)
        for block in blocks:
            if block[0] == "p":
                _write_para(pdf, sub_x, block[1], h)
            elif block[0] == "list":
                for letter, text in block[1]:
                    _write_para(pdf, sub_x + 6, text, h, label=f"{letter}.", label_w=sub_w, after=0.6)
                pdf.ln(1.4)
            elif block[0] == "sub":
                _, letter, title, paras = block
                _keep(pdf, h * 3)
                if title.endswith(":"):
                    # a short run-in title, followed by the paragraph on the same line
                    _write_para(pdf, sub_x, paras[0], h, lead=title + " ", label=f"{letter}.", label_w=sub_w,
                                after=1.5)
                    rest = paras[1:]
                else:
                    _write_para(pdf, sub_x, "", h, lead=title, label=f"{letter}.", label_w=sub_w, after=1.2)
                    rest = paras
                for para in rest:
                    _write_para(pdf, sub_x + sub_w, para, h, after=1.5)
            elif block[0] == "res43":
                _render_res43(pdf, h)
        pdf.ln(1.5)

    # signatures
    _keep(pdf, 45)
    pdf.ln(6)
    pdf.set_font("Times", "", 12)
    for line, name in [("", f"{MAYOR[0]} {MAYOR[1]}, Mayor"), ("Attest:", "Loretta Vanek, City Clerk")]:
        pdf.set_x(LEFT)
        pdf.cell(18, h, line)
        pdf.cell(80, h, "_" * 38, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_x(LEFT + 18)
        pdf.cell(80, h, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(6)

    # claims list, run on below the signatures
    _keep(pdf, 30)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(TEXT_W, 6, CLAIMS_TITLE, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    first_page = pdf.page_no()
    _claims_header(pdf)
    pdf.on_claims = True
    row_pages = []
    for vendor, desc, cents in CLAIMS:
        _keep(pdf, 4.8)
        row_pages.append(pdf.page_no())
        pdf.set_x(LEFT)
        pdf.set_font("Helvetica", "", 9)
        for text, w, align in zip((vendor, desc, _money(cents)), CLAIM_WIDTHS, ("L", "L", "R")):
            if pdf.get_string_width(text) > w - 2:
                raise ValueError(f"claims cell too wide: {text}")
            pdf.cell(w, 4.8, text, align=align)
        pdf.ln(4.8)
    pdf.on_claims = False
    pdf.line(LEFT, pdf.get_y() + 0.5, LEFT + TEXT_W, pdf.get_y() + 0.5)
    pdf.ln(2)
    _keep(pdf, 6)
    pdf.set_x(LEFT)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(CLAIM_WIDTHS[0] + CLAIM_WIDTHS[1], 5, "CLAIMS TOTAL", align="R")
    pdf.cell(CLAIM_WIDTHS[2], 5, _money(CLAIMS_TOTAL), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return pdf, {"first": first_page, "last": pdf.page_no(), "row_pages": row_pages}


def _render_res43(pdf: _Doc, h: float) -> None:
    x = LEFT + 13
    w = TEXT_W - 13
    _keep(pdf, h * 6)
    pdf.ln(1)
    pdf.set_font("Times", "B", 12)
    pdf.set_x(x)
    pdf.cell(w, h, "RESOLUTION NO. 2025-43", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(x)
    pdf.multi_cell(w, h, RES43_TITLE, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2.5)
    for para in RES43_WHEREAS + RES43_RESOLVED:
        _write_para(pdf, x, para, h, after=2.2)
    _write_para(pdf, x, "PASSED AND APPROVED this 14th day of April, 2025.", h, after=4)
    _keep(pdf, h * 5)
    pdf.set_font("Times", "", 12)
    y = pdf.get_y()
    pdf.set_xy(x + 70, y)
    pdf.cell(70, h, f"/s/ {MAYOR[0]} {MAYOR[1]}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(x + 70)
    pdf.cell(70, h, f"{MAYOR[0]} {MAYOR[1]}, Mayor", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(x)
    pdf.cell(60, h, "ATTEST: /s/ Loretta Vanek", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(x + 16)
    pdf.cell(60, h, "Loretta Vanek, City Clerk", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    written = []
    agenda = _render_agenda()
    minutes, _ = _render_minutes()
    for sub, name, pdf in [("agendas", AGENDA_NAME, agenda), ("minutes", MINUTES_NAME, minutes)]:
        out = folder / sub
        out.mkdir(parents=True, exist_ok=True)
        path = out / name
        pdf.output(str(path))
        written.append(path)
    return written


# ----------------------------------------------------------------------------------------------
# Gold
# ----------------------------------------------------------------------------------------------


def _agenda_gold() -> dict:
    items = []
    for number, title, topics, subs in AGENDA:
        item = {"number": number, "title": title, "pages": None, "part": "public", "parent": None,
                "path": number}
        if topics:
            item["topics"] = list(topics)
        items.append(item)
        for letter, sub_title, sub_topics in subs:
            sub = {"number": letter, "title": sub_title, "pages": None, "part": "public", "parent": number,
                   "path": f"{number}.{letter}"}
            if sub_topics:
                sub["topics"] = list(sub_topics)
            items.append(sub)
    return {
        "file": f"generated/agendas/{AGENDA_NAME}",
        "kind": "agenda",
        "country": "US",
        "notes": [
            "The agenda prints no page numbers for items, so every item has pages null.",
            "Lettered sub-items (a., b., ...) restart under each numbered item and take that item as parent; "
            "path gives number.letter because the letters repeat.",
            "The consent agenda and public comments explanations and the italic Recommended Action and "
            "tabled lines are recorded as topics, not items.",
            "The Notice and Call block and the clerk's posting statement are not items.",
            "The meeting is a regular meeting with no closed session, so every item is public.",
            "The contact is the City Clerk whose name and telephone number the notice prints; no e-mail is "
            "printed.",
        ],
        "meeting": {"body": "City Council", "date": DATE, "start_time": "19:00",
                    "contact": {"name": "Loretta Vanek", "phone": "(319) 555-0142"}},
        "agenda": items,
    }


def _attendance() -> list[dict]:
    people = [{"name": f"{MAYOR[0]} {MAYOR[1]}", "status": "present", "role": "Mayor"}]
    people += [{"name": f"{f} {s}", "status": "present", "role": "Council Member"} for f, s in MEMBERS_PRESENT]
    people += [{"name": f"{f} {s}", "status": "absent", "role": "Council Member"} for f, s in MEMBERS_ABSENT]
    people += [{"name": n, "status": "in_attendance", "role": r} for r, n in STAFF]
    people += [{"name": n, "status": "also_present", "role": r} for n, r in OTHERS]
    return people


def _minutes_gold() -> dict:
    _, info = _render_minutes()
    pages = info["row_pages"]
    break_index = next((i for i, p in enumerate(pages) if p != pages[0]), len(pages) - 1)
    samples = sorted({0, break_index - 1, break_index, len(CLAIMS) - 1})
    rows = [{"index": i, "cells": {"VENDOR": CLAIMS[i][0], "DESCRIPTION": CLAIMS[i][1],
                                   "AMOUNT": _money(CLAIMS[i][2])}} for i in samples]
    resolutions = len(RES43_RESOLVED)
    return {
        "file": f"generated/minutes/{MINUTES_NAME}",
        "kind": "minutes",
        "country": "US",
        "notes": [
            "Minute items are the numbered headings only; lettered paragraphs under them (consent list, "
            "reports, ordinances, resolutions, old and new business) are part of their numbered item.",
            "Run-in headings such as '1. CALL TO ORDER:' give the title without the colon and the text after it.",
            "Votes are recorded under the numbered item they are printed under, so item 9, 10 and 12 hold "
            "several votes each.",
            "Named roll calls ('Ayes - A, B, C, D. Nays - none. Absent - E.') give counts by counting the "
            "names, with counts.absent 1 for the named absentee.",
            "'Roll call: all ayes' and 'All ayes' print no figures or names, so those votes have counts null.",
            "Resolution No. 2025-42 prints 'Ayes: 3. Nays: 1 (Pfaff).' so only the no voter is listed.",
            "The failed tie vote names ayes and nays but no absentee, so it has no absent count.",
            "'Resolution adopted.' closing the roll call on Resolution No. 2025-43 is recorded as carried.",
            "Resolutions count the BE IT RESOLVED and two BE IT FURTHER RESOLVED clauses printed in "
            "Resolution No. 2025-43; resolution titles and carried motions are not counted.",
            "The mayor presides and is present but does not vote; council members are present or absent from "
            "the roll call.",
            "Staff named in 'Staff present' are in_attendance; the engineer, the reporter and the residents "
            "named in 'Also present' are also_present.",
            "Dale Vinter (appointee) is named in the consent list but not as attending, so is not in attendance.",
            "The claims list after the signatures is a table of vendor, description and amount; the "
            "CLAIMS TOTAL line below the rule is not a data row.",
            "The claims table runs over a page break with its header repeated on the next page.",
            "The meeting adjourned at 8:42 p.m. (end_time 20:42).",
        ],
        "meeting": {"body": "City Council", "date": DATE, "start_time": "19:00", "end_time": "20:42"},
        "minutes": {
            "items": [{"number": n, "title": t, "agenda_item": a} for n, t, a, _i, _b in MINUTES],
            "resolutions": resolutions,
            "resolutions_per_item": {"10": resolutions},
            "votes": [dict(v) for v in VOTES],
            "attendance": _attendance(),
        },
        "tables": [{
            "page": info["first"],
            "title": CLAIMS_TITLE,
            "columns": list(CLAIM_COLUMNS),
            "row_count": len(CLAIMS),
            "pages": {"first": info["first"], "last": info["last"]},
            "rows": rows,
        }],
    }


def gold() -> dict[str, dict]:
    return {
        f"agendas__{AGENDA_NAME.removesuffix('.pdf')}": _agenda_gold(),
        f"minutes__{MINUTES_NAME.removesuffix('.pdf')}": _minutes_gold(),
    }

"""Eno Valley County, North Carolina (fictional, urban): Board of Commissioners, regular meeting of 15 September 2025.

A nine-member board (Chair, Vice Chair and seven Commissioners, districts and at-large seats) that meets on the first
and third Mondays at 7:00 p.m. in the Commissioners' Chambers of the Government Center in Brannock, the county seat.
Two files are printed, in the house style of a large North Carolina county board (Guilford / Wake / Durham):

* agendas/eno-valley-county_board-of-commissioners_2025-09-15_agenda.pdf - an outline agenda: Roman numerals for
  the sections (I. WELCOME AND CALL TO ORDER ... XV. ADJOURN), capital letters for items under a section and arabic
  numbers under those (consent agenda VII.A.1 ...). Consent items print as one paragraph each, the item text followed
  by a fiscal note in capitals and the presenter in brackets; other items print the presenter on a line of its own.
  A list of the members sits under the title block; a running header and "Page x of y" footer from page 2.
* minutes/eno-valley-county_board-of-commissioners_2025-09-15_minutes.pdf - the minutes in the same Roman numbering,
  with lettered sub-headings for proclamations, public hearings, old and new business. Attendance is a hanging
  PRESENT / ABSENT / ALSO PRESENT block (a remote member, a late arrival; a member leaving is recorded in the body).
  Votes are recorded several ways, as real clerks do: the Guilford "VOTE: Motion carried 7 - 0 / AYES / NOES /
  EXCUSED / ABSENT" block, a bond-counsel roll call ("Ayes: 7 - ..."), a sentence ("carried 7-1, with Commissioner
  Renfrow voting no"), figures only ("voted unanimously (8-0)") and "carried unanimously" with no figures. Adopted
  resolutions are printed in full (WHEREAS ... NOW, THEREFORE, BE IT RESOLVED ... numbered parts or Sections);
  ordinances ("BE IT ORDAINED") and the proclamation ("do hereby proclaim") are not resolutions.

Everything printed and the gold records come from the module-level data below (MEMBERS, OFFICERS, AGENDA, MINUTES).
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

COUNCIL = "Eno Valley County"
BODY = "Board of Commissioners"
DATE_ISO = "2025-09-15"
DATE_LONG = "September 15, 2025"
START = "19:00"
END = "23:06"
STEM = "eno-valley-county_board-of-commissioners_2025-09-15"
AGENDA_FILE = f"agendas/{STEM}_agenda.pdf"
MINUTES_FILE = f"minutes/{STEM}_minutes.pdf"

CLERK = {"name": "Sharonda Melvin", "phone": "(919) 555-0142", "email": "clerktoboard@enovalleycountync.gov"}

# --------------------------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------------------------

# surname key -> member; print order is Chair, Vice Chair, then Commissioners alphabetically
MEMBERS = [
    {"key": "Batchelor", "name": "Lorraine M. Batchelor", "role": "Chair", "seat": "At-Large", "status": "present"},
    {"key": "Okafor", "name": "Desmond Okafor", "role": "Vice Chair", "seat": "District 3", "status": "present"},
    {
        "key": "Castellanos-Byrd",
        "name": "Renata Castellanos-Byrd",
        "role": "Commissioner",
        "seat": "District 1",
        "status": "present",
    },
    {"key": "Deshmukh", "name": "Anjali Deshmukh", "role": "Commissioner", "seat": "District 5", "status": "present"},
    {
        "key": "Hensley",
        "name": "Gerald W. Hensley",
        "role": "Commissioner",
        "seat": "District 6",
        "status": "absent",
        "printed_note": "excused",
    },
    {
        "key": "Pruitt-Langley",
        "name": "Harriet Pruitt-Langley",
        "role": "Commissioner",
        "seat": "District 2",
        "status": "present",
    },
    {"key": "Renfrow", "name": "Tobias Renfrow", "role": "Commissioner", "seat": "District 7", "status": "present"},
    {
        "key": "Santangelo",
        "name": "Maribel Santangelo",
        "role": "Commissioner",
        "seat": "At-Large",
        "status": "virtual",
        "printed_note": "participated remotely",
    },
    {
        "key": "Yarborough",
        "name": "Curtis Yarborough",
        "role": "Commissioner",
        "seat": "District 4",
        "status": "present",
        "printed_note": "arrived at 7:18 p.m.",
    },
]
BY_KEY = {m["key"]: m for m in MEMBERS}
ORDER = [m["key"] for m in MEMBERS]

# "ALSO PRESENT" in the minutes: county staff, printed "Name, Title"
OFFICERS = [
    {"name": "Marcus T. Ellery", "printed": "Dr. Marcus T. Ellery", "role": "County Manager"},
    {"name": "Jocelyn Arrington", "printed": "Jocelyn Arrington", "role": "Deputy County Manager"},
    {"name": "Victor Szymanski", "printed": "Victor Szymanski", "role": "Assistant County Manager"},
    {"name": "Priya Raman-Holt", "printed": "Priya Raman-Holt", "role": "County Attorney"},
    {"name": "Wendell Oakes", "printed": "Wendell Oakes", "role": "Chief Financial Officer"},
    {"name": "Sharonda Melvin", "printed": "Sharonda Melvin", "role": "Clerk to the Board"},
    {"name": "Kelsey Dunphy", "printed": "Kelsey Dunphy", "role": "Deputy Clerk to the Board"},
]

# --------------------------------------------------------------------------------------------------------------
# Agenda: (path, title, presenter, note); the printed number is the last part of the path
# --------------------------------------------------------------------------------------------------------------

SPEAKERS_NOTE = (
    "(Each speaker will be allowed three (3) minutes to address the Board on matters not scheduled for public "
    "hearing. Speakers from the Floor will last for a maximum of thirty (30) minutes. Persons wishing to speak must "
    "sign up with the Clerk to the Board before the meeting is called to order.)"
)
CONSENT_NOTE = (
    "(All items on the Consent Agenda are considered routine and will be enacted by one motion. There will be no "
    "separate discussion of these items unless a Commissioner so requests, in which event the item will be removed "
    "from the Consent Agenda and considered separately.)"
)
CLOSED_NOTE = (
    "Pursuant to G.S. 143-318.11(a)(3) to consult with the County Attorney in order to preserve the attorney-client "
    "privilege."
)

AGENDA = [
    ("I", "WELCOME AND CALL TO ORDER", "Chair Lorraine M. Batchelor", None),
    ("II", "INVOCATION", "Reverend Dr. Alma Whitted, Mount Pisgah A.M.E. Zion Church", None),
    ("III", "PLEDGE OF ALLEGIANCE", None, None),
    ("IV", "ADJUSTMENTS TO THE AGENDA AND APPROVAL OF AGENDA", None, None),
    ("V", "PROCLAMATIONS AND RECOGNITIONS", None, None),
    (
        "V.A",
        "Proclamation Recognizing September 15 - October 15, 2025 as Hispanic Heritage Month in Eno Valley County",
        "Commissioner Castellanos-Byrd",
        None,
    ),
    (
        "V.B",
        "Resolution of Appreciation Honoring Fire Marshal Dwight E. Lassiter upon His Retirement after 31 Years "
        "of Service",
        "Chief Ronnie Absher, Emergency Services Director",
        None,
    ),
    ("VI", "SPEAKERS FROM THE FLOOR", None, SPEAKERS_NOTE),
    ("VII", "CONSENT AGENDA", None, CONSENT_NOTE),
    ("VII.A", "MINUTES", None, None),
    ("VII.A.1", "Regular Meeting - September 2, 2025", None, None),
    ("VII.A.2", "Closed Session - September 2, 2025", None, None),
    ("VII.B", "BUDGET AMENDMENTS", None, None),
    (
        "VII.B.1",
        "Amend the Public Health Department's FY 2025-26 budget in the amount of $412,760 to recognize "
        "additional Maternal and Child Health Block Grant funds from the NC Department of Health and Human Services.",
        "Dr. Yvette Coggins, Public Health",
        "NO ADDITIONAL COUNTY FUNDS REQUIRED.",
    ),
    (
        "VII.B.2",
        "Amend the Emergency Services FY 2025-26 budget in the amount of $86,500 to recognize a Hazardous "
        "Materials Emergency Preparedness grant from the NC Department of Public Safety.",
        "Chief Ronnie Absher, Emergency Services",
        "NO ADDITIONAL COUNTY FUNDS REQUIRED.",
    ),
    (
        "VII.B.3",
        "Amend the Library FY 2025-26 budget in the amount of $24,000 to recognize a donation from the "
        "Friends of the Eno Valley Libraries for the Northside Regional Library teen makerspace.",
        "Camille Stroud, Library Director",
        "NO ADDITIONAL COUNTY FUNDS REQUIRED.",
    ),
    ("VII.C", "CONTRACTS", None, None),
    (
        "VII.C.1",
        "Award a contract to Piedmont Summit Roofing, LLC, the lowest responsive, responsible bidder, in the "
        "amount of $1,284,300 for roof replacement at the Northside Regional Library.",
        "Terrence Boyd, Facilities",
        "FUNDS BUDGETED IN THE CAPITAL IMPROVEMENT PLAN.",
    ),
    (
        "VII.C.2",
        "Approve Amendment No. 2 to the agreement with MedClaim Solutions of the Carolinas, Inc. for EMS "
        "billing and collection services, extending the term through June 30, 2026 at a rate of 4.9% of net "
        "collections.",
        "Chief Ronnie Absher, Emergency Services",
        "NO ADDITIONAL COUNTY FUNDS REQUIRED.",
    ),
    ("VII.D", "MISCELLANEOUS", None, None),
    (
        "VII.D.1",
        "Adopt a Resolution Approving Tax Releases and Refunds for August 2025.",
        "Benjamin Thigpen, Tax Administration",
        None,
    ),
    (
        "VII.D.2",
        "Adopt a Resolution Requesting the North Carolina Department of Transportation to Add Sawmill Creek "
        "Court in the Ashbury Glen Subdivision to the State Secondary Road System.",
        "Natalie Greer, Planning",
        None,
    ),
    (
        "VII.D.3",
        "Approve the Juvenile Crime Prevention Council (JCPC) FY 2025-26 County Funding Plan in the amount "
        "of $1,046,212.",
        "Jocelyn Arrington, Deputy County Manager",
        "NO ADDITIONAL COUNTY FUNDS REQUIRED.",
    ),
    ("VIII", "PUBLIC HEARINGS", None, None),
    (
        "VIII.A",
        "Public Hearing and Consideration of a Resolution Approving an Economic Development Incentive "
        "Agreement with Corvalis Biologics, Inc. Pursuant to G.S. 158-7.1 (Project Heron) - Not to Exceed $2,750,000 "
        "over Seven Years",
        "Lamont Ritchie, Economic Development Director",
        None,
    ),
    (
        "VIII.B",
        "Legislative Public Hearing on Rezoning Case RZ-25-07: Request by Hollowell Land Partners, LLC to "
        "Rezone Approximately 38.6 Acres at 4410 Old Hickory Grove Road (PIN 0857-33-1290) from RR (Rural Residential) "
        "to RS-20 (Residential Single-Family)",
        "Natalie Greer, Planning Director",
        "The Planning Board recommended approval by a vote of 6-2 on August 12, 2025.",
    ),
    (
        "VIII.C",
        "Public Hearing on a Proposed Installment Financing Agreement Not to Exceed $38,500,000 for the "
        "Detention Center HVAC Replacement and Courthouse Annex Renovation Projects, and Consideration of a Resolution "
        "Authorizing an Application to the Local Government Commission",
        "Wendell Oakes, Chief Financial Officer",
        None,
    ),
    ("IX", "OLD BUSINESS", None, None),
    (
        "IX.A",
        "Second Reading: Ordinance Amending Chapter 18 (Noise) of the Eno Valley County Code of Ordinances",
        "Priya Raman-Holt, County Attorney",
        None,
    ),
    ("X", "NEW BUSINESS", None, None),
    (
        "X.A",
        "Approve an Interlocal Agreement with the City of Brannock for Consolidated Emergency Communications (911) "
        "Services, FY 2025-26 through FY 2029-30",
        "Jocelyn Arrington, Deputy County Manager",
        None,
    ),
    (
        "X.B",
        "Adopt a Resolution Authorizing the Expenditure of Opioid Settlement Funds in the Amount of $1,618,400 for "
        "Recovery Support Services and Naloxone Distribution",
        "Dr. Yvette Coggins, Public Health Director",
        None,
    ),
    (
        "X.C",
        "Award a Construction Contract to Hargrove-Ellison Builders, Inc. in the Amount of $14,236,900 for the "
        "Eno Valley Behavioral Health Crisis Center and Adopt the Associated Capital Project Ordinance Amendment",
        "Terrence Boyd, Facilities Director",
        None,
    ),
    ("XI", "BOARD AND COMMISSION APPOINTMENTS", None, None),
    ("XI.A", "Eno Valley County Board of Health (1 vacancy - Optometrist)", None, None),
    ("XI.B", "Nursing Home Community Advisory Committee (2 vacancies)", None, None),
    ("XI.C", "Eno Valley County Planning Board (1 vacancy - District 4)", None, None),
    ("XII", "MANAGER'S REPORT", None, None),
    ("XIII", "COMMISSIONERS' COMMENTS", None, None),
    ("XIV", "CLOSED SESSION", None, CLOSED_NOTE),
    ("XV", "ADJOURN", None, None),
]
CLOSED_PATHS = {"XIV"}
# consent items print as one run-on paragraph: text, fiscal note in capitals, presenter in brackets
RUN_ON = {p for p, *_ in AGENDA if p.count(".") == 2}

# --------------------------------------------------------------------------------------------------------------
# Minutes
# --------------------------------------------------------------------------------------------------------------

ALL_BUT_HENSLEY = [k for k in ORDER if k != "Hensley"]


def _others(*drop: str) -> list[str]:
    return [k for k in ALL_BUT_HENSLEY if k not in drop]


# Votes. style: block (VOTE/AYES/NOES/EXCUSED/ABSENT), rollcall (Ayes: n - names), sentence_no (figures in a
# sentence, "no" voters named), figures (figures only), none (no figures, not a gold vote)
V_AGENDA = {
    "style": "block",
    "result": "carried",
    "yes": _others("Yarborough"),
    "no": [],
    "absent": ["Hensley", "Yarborough"],
}
V_PROCLAMATION = {"style": "none", "text": "The motion carried unanimously by roll call vote."}
V_CONSENT = {"style": "block", "result": "carried", "yes": ALL_BUT_HENSLEY, "no": [], "absent": ["Hensley"]}
V_ROOF = {
    "style": "sentence_no",
    "result": "carried",
    "yes": _others("Renfrow"),
    "no": ["Renfrow"],
    "text": "The motion carried 7-1, with Commissioner Renfrow voting no.",
}
V_EXCUSE = {"style": "figures", "result": "carried", "yes": ALL_BUT_HENSLEY, "no": []}
V_CORVALIS = {
    "style": "block",
    "result": "carried",
    "yes": _others("Renfrow", "Castellanos-Byrd"),
    "no": ["Renfrow"],
    "excused": ["Castellanos-Byrd"],
    "absent": ["Hensley"],
}
V_OPEN_RZ = {"style": "block", "result": "carried", "yes": ALL_BUT_HENSLEY, "no": [], "absent": ["Hensley"]}
V_REZONING = {
    "style": "block",
    "result": "carried",
    "yes": ["Batchelor", "Okafor", "Pruitt-Langley", "Renfrow", "Yarborough"],
    "no": ["Castellanos-Byrd", "Deshmukh", "Santangelo"],
    "absent": ["Hensley"],
}
V_FINANCING = {
    "style": "rollcall",
    "result": "carried",
    "yes": _others("Renfrow"),
    "no": ["Renfrow"],
    "absent": ["Hensley"],
}
V_NOISE = {
    "style": "block",
    "result": "carried",
    "yes": _others("Renfrow", "Yarborough"),
    "no": ["Renfrow", "Yarborough"],
    "absent": ["Hensley"],
}
V_911 = {"style": "none", "text": "The motion carried unanimously."}
V_OPIOID = {"style": "block", "result": "carried", "yes": ALL_BUT_HENSLEY, "no": [], "absent": ["Hensley"]}
V_SUBSTITUTE = {
    "style": "block",
    "result": "lost",
    "yes": ["Pruitt-Langley", "Renfrow", "Yarborough"],
    "no": ["Batchelor", "Okafor", "Castellanos-Byrd", "Deshmukh", "Santangelo"],
    "absent": ["Hensley"],
}
V_CRISIS = {
    "style": "block",
    "result": "carried",
    "yes": _others("Renfrow", "Yarborough"),
    "no": ["Renfrow", "Yarborough"],
    "absent": ["Hensley"],
}
V_CRISIS_MOTION = {"style": "motion"}
V_APPOINT = {"style": "figures", "result": "carried", "yes": ALL_BUT_HENSLEY, "no": []}
V_CLOSED = {
    "style": "block",
    "result": "carried",
    "yes": _others("Renfrow"),
    "no": [],
    "absent": ["Hensley", "Renfrow"],
}
V_ADJOURN = {"style": "none", "text": "The motion carried unanimously."}

PROCLAMATION = {
    "title": "PROCLAMATION\nHISPANIC HERITAGE MONTH\nSEPTEMBER 15 - OCTOBER 15, 2025",
    "whereas": [
        "each year from September 15 to October 15 the nation celebrates the histories, cultures and contributions "
        "of residents whose ancestors came from Spain, Mexico, the Caribbean and Central and South America; and",
        "more than 61,000 Hispanic and Latino residents make their homes in Eno Valley County, where they own more "
        "than 2,300 small businesses, serve in our schools, hospitals, farms and public safety agencies, and enrich "
        "the civic and cultural life of every community in the County; and",
        "organizations such as El Puente del Eno, the Brannock Latin American Chamber of Commerce and the Eno Valley "
        "Public Library's Biblioteca Viva program have connected thousands of families with services, "
        "scholarships and opportunities for civic participation;",
    ],
    "proclaim": "NOW, THEREFORE, I, Lorraine M. Batchelor, Chair of the Eno Valley County Board of Commissioners, on "
    "behalf of the Board, do hereby proclaim September 15 through October 15, 2025 as HISPANIC HERITAGE MONTH in Eno "
    "Valley County, and encourage all residents to join in the events planned throughout the County.",
    "closing": "Proclaimed this the 15th day of September, 2025.",
}

RES_ROAD = {
    "title": "RESOLUTION REQUESTING THE NORTH CAROLINA DEPARTMENT OF TRANSPORTATION TO ADD SAWMILL CREEK COURT "
    "TO THE STATE SECONDARY ROAD SYSTEM",
    "whereas": [
        "the Board of Commissioners has received a petition from the property owners of the Ashbury Glen "
        "Subdivision requesting that Sawmill Creek Court (0.27 miles) be added to the State Secondary Road System; "
        "and",
        "the District Engineer of the North Carolina Department of Transportation has inspected Sawmill Creek Court "
        "and has found that it meets the minimum standards and criteria established for the addition of roads to "
        "the system;",
    ],
    "resolved": [
        (
            "NOW, THEREFORE, BE IT RESOLVED by the Eno Valley County Board of Commissioners that the North Carolina "
            "Department of Transportation is hereby requested to add Sawmill Creek Court in the Ashbury Glen "
            "Subdivision to the State Secondary Road System.",
            [],
        ),
    ],
    "closing": "Adopted this the 15th day of September, 2025.",
}

RES_CORVALIS = {
    "title": "RESOLUTION APPROVING AN ECONOMIC DEVELOPMENT AGREEMENT WITH CORVALIS BIOLOGICS, INC.",
    "whereas": [
        'Corvalis Biologics, Inc. (the "Company") proposes to construct and equip a biologics manufacturing '
        "facility at 1900 Sedgefield Parkway in the Eno Valley Research Park, representing a taxable investment of "
        "not less than $312,000,000 and the creation of not less than 214 new full-time jobs at an average annual "
        'wage of not less than $94,600 (the "Project"); and',
        "G.S. 158-7.1 authorizes the County to make appropriations for economic development purposes that will "
        "increase the population, taxable property and business prospects of the County; and",
        "the Board of Commissioners held a public hearing on the proposed agreement on September 15, 2025, after "
        "notice published in The Brannock Ledger on September 4, 2025;",
    ],
    "resolved": [
        (
            "NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of Eno Valley County, North Carolina, as "
            "follows:",
            [
                "The Board finds that the Project will stimulate the local economy, promote business and result in the "
                "creation of a substantial number of jobs in the County at wages above the County average.",
                "The Board approves the Economic Development Agreement with the Company providing for incentive grants "
                "not to exceed $2,750,000, payable in seven annual installments only after the Company has paid its "
                "property taxes on the Project for the preceding year, with repayment of grants if the investment and "
                "job commitments are not met.",
                "The County Manager is authorized to execute the Agreement in substantially the form presented, with "
                "such changes as the County Attorney may approve.",
            ],
        ),
    ],
    "closing": "Adopted this the 15th day of September, 2025.",
}

RES_FINANCING = {
    "title": "RESOLUTION MAKING CERTAIN FINDINGS AND DETERMINATIONS AND AUTHORIZING THE FILING OF AN APPLICATION WITH "
    "THE LOCAL GOVERNMENT COMMISSION FOR APPROVAL OF AN INSTALLMENT FINANCING AGREEMENT",
    "whereas": [
        'Eno Valley County (the "County") is authorized by G.S. 160A-20 to finance the acquisition, construction '
        "and improvement of real and personal property by an installment contract secured by a security interest "
        "in some or all of the property financed; and",
        "the County intends to finance the replacement of the heating, ventilation and air conditioning systems at "
        "the Eno Valley County Detention Center and the renovation of the Courthouse Annex (together, the "
        '"Projects") in an amount not to exceed $38,500,000;',
    ],
    "resolved": [
        (
            "BE IT RESOLVED by the Board of Commissioners of Eno Valley County, North Carolina, as follows:",
            [
                "Section 1. The Board finds that the Projects are necessary and expedient for the County and that "
                "installment financing is preferable to a bond issue in that the cost is comparable and the Projects "
                "do not warrant the time and expense of a referendum.",
                "Section 2. The Board finds that the sums to be financed are adequate and not excessive, that the debt "
                "management policies of the County have been carried out in strict compliance with law, and that no "
                "increase in the property tax rate is expected to be necessary to pay the installment payments.",
                "Section 3. The Chief Financial Officer and the County Manager are directed to file an application with "
                "the North Carolina Local Government Commission for approval of the financing and to take all other "
                "action necessary to complete it.",
                "Section 4. This resolution shall take effect immediately upon its adoption.",
            ],
        ),
    ],
    "closing": None,
}

RES_OPIOID = {
    "title": "A RESOLUTION BY THE ENO VALLEY COUNTY BOARD OF COMMISSIONERS TO DIRECT THE EXPENDITURE OF OPIOID "
    "SETTLEMENT FUNDS",
    "whereas": [
        "Eno Valley County has joined national settlement agreements with companies engaged in the manufacturing, "
        "distribution and dispensing of opioids; and",
        "the allocation, use and reporting of funds stemming from those agreements are governed by the Memorandum "
        "of Agreement between the State of North Carolina and Local Governments on Proceeds Relating to the "
        'Settlement of Opioid Litigation (the "MOA"); and',
        "Section E.6 of the MOA states that, before spending opioid settlement funds, the local government's "
        "governing body must adopt a resolution that indicates that it is an authorization for expenditure of "
        "opioid settlement funds, states the specific strategy or strategies it authorizes, and states the amount "
        "authorized for each strategy;",
    ],
    "resolved": [
        (
            "NOW, THEREFORE, BE IT RESOLVED that Eno Valley County authorizes the expenditure of $1,618,400 from the "
            "Opioid Settlement Fund to fund Recovery Support Services (MOA Exhibit A, Strategy 9) in the amount of "
            "$1,142,000 and Naloxone Distribution (MOA Exhibit A, Strategy 3) in the amount of $476,400, for the period "
            "October 1, 2025 through June 30, 2027.",
            [],
        ),
        (
            "BE IT FURTHER RESOLVED that the Chief Financial Officer shall report these expenditures in the County's "
            "annual financial report and in the annual opioid settlement report required by the MOA.",
            [],
        ),
    ],
    "closing": "Adopted this the 15th day of September, 2025.",
}


def res_count(res: dict) -> int:
    return sum(max(1, len(parts)) for _, parts in res["resolved"])


# Minutes entries: ("h1"|"h2", number, title, agenda path) headings; ("p", text); ("ind", text) indented paragraph;
# ("list", [(ref, text), ...]); ("vote", vote, mover, seconder, motion); ("res", resolution); ("proc", proclamation);
# ("sub", text) an unnumbered run-in sub-heading inside an item
MINUTES: list[tuple] = [
    ("h1", "I", "WELCOME AND CALL TO ORDER", "I"),
    (
        "p",
        "Chair Batchelor called the meeting to order at 7:00 p.m. and welcomed those present in the Chambers and "
        "those watching online. The Chair announced that Commissioner Santangelo was participating remotely in "
        "accordance with the Board's Remote Participation Policy adopted March 4, 2024, and that all votes taken during "
        "the meeting would therefore be taken by roll call. The Chair noted that Commissioner Hensley had notified the "
        "Clerk that he would be unable to attend due to a family medical matter; by consensus, the Board excused his "
        "absence.",
    ),
    ("h1", "II", "INVOCATION", "II"),
    ("p", "Reverend Dr. Alma Whitted, Pastor of Mount Pisgah A.M.E. Zion Church, Brannock, provided the invocation."),
    ("h1", "III", "PLEDGE OF ALLEGIANCE", "III"),
    (
        "p",
        "Members of Cub Scout Pack 417 of Hollowell Elementary School led those present in the Pledge of Allegiance.",
    ),
    ("h1", "IV", "ADJUSTMENTS TO THE AGENDA AND APPROVAL OF AGENDA", "IV"),
    (
        "p",
        "Dr. Ellery, County Manager, requested that the purpose of the closed session under Item XIV be expanded "
        "to include G.S. 143-318.11(a)(4), to discuss matters relating to the location or expansion of industries or "
        "other businesses in the County.",
    ),
    (
        "p",
        "Chair Batchelor requested that Item XI-C, the appointment to the Planning Board for District 4, be removed "
        "from the agenda and placed on the October 6, 2025 agenda so that the Board may consider two applications "
        "received after the agenda was published.",
    ),
    ("vote", V_AGENDA, "Vice Chair Okafor", "Commissioner Deshmukh", "to approve the agenda as amended"),
    ("h1", "V", "PROCLAMATIONS AND RECOGNITIONS", "V"),
    (
        "h2",
        "A",
        "Proclamation Recognizing September 15 - October 15, 2025 as Hispanic Heritage Month in Eno Valley County",
        "V.A",
    ),
    ("p", "Commissioner Castellanos-Byrd read the following proclamation into the record:"),
    ("proc", PROCLAMATION),
    ("vote", V_PROCLAMATION, "Commissioner Castellanos-Byrd", "Commissioner Santangelo", "to adopt the proclamation"),
    (
        "p",
        "Lucia Ferrante-Ruiz, Executive Director of El Puente del Eno, accepted the proclamation on behalf of the "
        "community. She thanked the Board and invited residents to the Festival del Eno at Brannock Central Park on "
        "Saturday, October 4, 2025.",
    ),
    ("h2", "B", "Resolution of Appreciation Honoring Fire Marshal Dwight E. Lassiter upon His Retirement", "V.B"),
    (
        "p",
        "Chief Ronnie Absher, Emergency Services Director, recognized Fire Marshal Dwight E. Lassiter, who will "
        "retire on September 30, 2025 after 31 years of service to the County, the last twelve as Fire Marshal. Chief "
        "Absher highlighted Marshal Lassiter's leadership of the County's fire inspection program, the adoption of the "
        "community risk reduction plan and his service during Hurricane Florence. Chair Batchelor read and presented a "
        "Resolution of Appreciation to Marshal Lassiter; a copy of the resolution is on file in the Office of the Clerk "
        "to the Board. Commissioners thanked Marshal Lassiter and his family for his service.",
    ),
    ("h1", "VI", "SPEAKERS FROM THE FLOOR", "VI"),
    ("p", "The following persons addressed the Board:"),
    (
        "ind",
        "Margaret Tolliver, 1207 Rosemont Avenue, Brannock, asked the Board to extend weekend hours at the "
        "Southpoint Branch Library and thanked library staff for the summer reading program.",
    ),
    (
        "ind",
        "Darnell Whitfield, 58 Teaberry Lane, Brannock, spoke about flooding along Little Cane Creek after the "
        "storms of August 21 and asked the County to work with the City on a stormwater study for the Teaberry "
        "neighborhood.",
    ),
    ("p", "Commissioner Yarborough arrived at 7:18 p.m."),
    (
        "ind",
        "Eleanor Haskins-Poe, representing the Eno Valley Tenants Union, urged the Board to add funding for "
        "eviction diversion to the County's housing programs and to support a legal assistance pilot.",
    ),
    (
        "ind",
        "Rev. Thomas Akinyemi, 3300 Farrington Road, spoke in support of the proposed Behavioral Health Crisis "
        "Center and thanked staff for community engagement on the project.",
    ),
    (
        "ind",
        "Gary Muncy, 911 Quarry Ridge Road, Hollowell, objected to the cost of the Crisis Center project and "
        "asked the Board to rebid it.",
    ),
    (
        "p",
        "Chair Batchelor thanked the speakers and asked the County Manager to follow up with Mr. Whitfield on the "
        "stormwater concerns.",
    ),
    ("h1", "VII", "CONSENT AGENDA", "VII"),
    (
        "p",
        "Commissioner Renfrow requested that Item VII-C-1, the contract award for roof replacement at the "
        "Northside Regional Library, be removed from the consent agenda for separate consideration.",
    ),
    (
        "p",
        "Motion was made by Commissioner Pruitt-Langley and seconded by Vice Chair Okafor to approve the consent "
        "agenda, with the exception of Item VII-C-1, as follows:",
    ),
    (
        "list",
        [
            ("A-1", "Approved the minutes of the regular meeting of September 2, 2025."),
            (
                "A-2",
                "Approved the minutes of the closed session of September 2, 2025 and ordered that they be sealed "
                "until further action of the Board.",
            ),
            (
                "B-1",
                "Approved Budget Amendment #26-014 amending the Public Health FY 2025-26 budget in the amount of "
                "$412,760 to recognize Maternal and Child Health Block Grant funds.",
            ),
            (
                "B-2",
                "Approved Budget Amendment #26-015 amending the Emergency Services FY 2025-26 budget in the amount "
                "of $86,500 to recognize a Hazardous Materials Emergency Preparedness grant.",
            ),
            (
                "B-3",
                "Approved Budget Amendment #26-016 amending the Library FY 2025-26 budget in the amount of $24,000 "
                "to recognize a donation from the Friends of the Eno Valley Libraries.",
            ),
            (
                "C-2",
                "Approved Amendment No. 2 to the agreement with MedClaim Solutions of the Carolinas, Inc. for EMS "
                "billing and collection services, extending the term through June 30, 2026.",
            ),
            (
                "D-1",
                "Adopted a resolution approving tax releases in the amount of $187,442.16 and refunds in the amount "
                "of $23,906.71 for August 2025. (Resolution Book 34, Page 212)",
            ),
            ("D-2", "Adopted the following resolution:"),
        ],
    ),
    ("res", RES_ROAD),
    (
        "list",
        [
            (
                "D-3",
                "Approved the Juvenile Crime Prevention Council FY 2025-26 County Funding Plan in the amount of "
                "$1,046,212.",
            ),
        ],
    ),
    ("vote", V_CONSENT, None, None, None),
    ("sub", "Item VII-C-1 - Roof Replacement, Northside Regional Library"),
    (
        "p",
        "Commissioner Renfrow asked why the low bid exceeded the budget estimate of $1,050,000 and whether a "
        "coating system had been considered instead of full replacement. Terrence Boyd, Facilities Director, stated "
        "that the existing roof is 27 years old, that moisture surveys found saturated insulation across 60 percent of "
        "the roof area, and that a coating would not be warranted over wet insulation. He added that four bids were "
        "received and that the difference will be covered from the library capital reserve.",
    ),
    (
        "p",
        "Motion was made by Commissioner Deshmukh and seconded by Commissioner Yarborough to award a contract to "
        "Piedmont Summit Roofing, LLC in the amount of $1,284,300 for roof replacement at the Northside Regional "
        "Library.",
    ),
    ("vote", V_ROOF, None, None, None),
    ("h1", "VIII", "PUBLIC HEARINGS", "VIII"),
    (
        "h2",
        "A",
        "Public Hearing and Consideration of a Resolution Approving an Economic Development Incentive "
        "Agreement with Corvalis Biologics, Inc. (Project Heron)",
        "VIII.A",
    ),
    (
        "p",
        "Prior to the presentation, Commissioner Castellanos-Byrd stated that her spouse is employed by Corvalis "
        "Biologics, Inc. in a managerial position and requested to be excused from voting on this item pursuant to "
        "G.S. 153A-44.",
    ),
    (
        "p",
        "Upon motion of Commissioner Deshmukh, seconded by Vice Chair Okafor, the Board voted unanimously (8-0) to "
        "excuse Commissioner Castellanos-Byrd from voting on Item VIII-A.",
    ),
    ("vote", V_EXCUSE, None, None, None),
    (
        "p",
        "Lamont Ritchie, Economic Development Director, stated that Corvalis Biologics, Inc. proposes to invest "
        "not less than $312 million in a biologics manufacturing facility in the Eno Valley Research Park and to create "
        "214 new jobs at an average wage of $94,600. The proposed agreement provides incentive grants of up to "
        "$2,750,000 paid over seven years, each payment limited to a share of the new property taxes actually paid by "
        "the Company, with repayment provisions if the investment or jobs are not achieved. He said the State has "
        "offered a Job Development Investment Grant contingent on local participation.",
    ),
    ("p", "Chair Batchelor opened the public hearing at 7:41 p.m."),
    ("ind", "Warren Ostrander, President of the Brannock Chamber of Commerce, spoke in favor of the agreement."),
    (
        "ind",
        "Paula Dinkins, 412 Westbrook Drive, spoke in opposition, stating that incentives should include a "
        "requirement to hire County residents.",
    ),
    ("p", "There being no other speakers, Chair Batchelor closed the public hearing at 7:55 p.m."),
    (
        "p",
        "Commissioner Renfrow asked whether the repayment provisions had been used before. Mr. Ritchie responded "
        "that the County recovered $410,000 under similar provisions in 2021. Commissioner Deshmukh asked about local "
        "hiring; Mr. Ritchie stated that the Company has agreed to a workforce partnership with Eno Valley Community "
        "College. Commissioner Renfrow stated that he could not support cash incentives to a single company.",
    ),
    (
        "p",
        "Motion was made by Vice Chair Okafor and seconded by Commissioner Pruitt-Langley to adopt the following "
        "resolution:",
    ),
    ("res", RES_CORVALIS),
    ("vote", V_CORVALIS, None, None, None),
    (
        "h2",
        "B",
        "Legislative Public Hearing on Rezoning Case RZ-25-07: 4410 Old Hickory Grove Road, RR to RS-20",
        "VIII.B",
    ),
    (
        "p",
        "Natalie Greer, Planning Director, presented the request of Hollowell Land Partners, LLC to rezone "
        "approximately 38.6 acres at 4410 Old Hickory Grove Road from RR (Rural Residential) to RS-20 (Residential "
        "Single-Family). The property is designated Suburban Neighborhood in the Eno Valley 2040 Comprehensive Plan and "
        "is served by public water and sewer. She stated that the Planning Board recommended approval by a vote of 6-2 "
        "on August 12, 2025 and that staff finds the request consistent with the Comprehensive Plan. As a conventional "
        "rezoning, no conditions may be attached.",
    ),
    ("vote", V_OPEN_RZ, "Commissioner Pruitt-Langley", "Commissioner Yarborough", "to open the public hearing"),
    ("p", "The public hearing was opened at 8:09 p.m. The following persons spoke:"),
    (
        "ind",
        "Attorney Nathaniel Greer-Womble, representing the applicant, stated that the density allowed by RS-20 "
        "is consistent with adjoining subdivisions and that the applicant will dedicate right-of-way along Old Hickory "
        "Grove Road.",
    ),
    (
        "ind",
        "Deborah Lutterloh, 4318 Old Hickory Grove Road, spoke in opposition, citing traffic at the "
        "intersection with NC 86 and the lack of turn lanes.",
    ),
    (
        "ind",
        "Franklin Oyelaran, 21 Pinecastle Court, spoke in opposition, citing crowding at Hollowell Elementary School.",
    ),
    (
        "ind",
        "Susan Mabry, 4402 Old Hickory Grove Road, asked that a vegetated buffer be required along her property line.",
    ),
    ("p", "Chair Batchelor closed the public hearing at 8:36 p.m."),
    (
        "p",
        "Commissioner Santangelo stated that she shared the residents' concerns about school capacity and would "
        "prefer a conditional district with a buffer. Ms. Greer confirmed that the Unified Development Ordinance "
        "already requires a 30-foot perimeter buffer for a major subdivision adjoining existing lots. Commissioner "
        "Yarborough stated that the request is consistent with the plan the Board adopted.",
    ),
    (
        "p",
        "Motion was made by Commissioner Yarborough and seconded by Commissioner Renfrow to adopt the Statement of "
        "Consistency and Reasonableness finding the request consistent with the Eno Valley 2040 Comprehensive Plan and "
        "reasonable and in the public interest, and to approve Rezoning Case RZ-25-07.",
    ),
    ("vote", V_REZONING, None, None, None),
    (
        "p",
        "Clerk's Note: Ordinance #2025-31 amending the Official Zoning Map is recorded in Ordinance Book 12, Page 88.",
    ),
    (
        "h2",
        "C",
        "Public Hearing on Installment Financing Not to Exceed $38,500,000 for the Detention Center HVAC "
        "Replacement and Courthouse Annex Renovation Projects",
        "VIII.C",
    ),
    (
        "p",
        "Wendell Oakes, Chief Financial Officer, stated that the financing will be repaid over 15 years at an "
        "estimated interest rate of 4.1 percent, that the debt service was anticipated in the FY 2025-26 budget and the "
        "debt model, and that no tax increase is required. The Local Government Commission is expected to consider the "
        "application on November 4, 2025.",
    ),
    (
        "p",
        "Chair Batchelor opened the public hearing at 8:47 p.m. No one signed up to speak. Chair Batchelor closed "
        "the public hearing at 8:48 p.m.",
    ),
    (
        "p",
        "Commissioner Renfrow stated that he supported the HVAC work but could not support the Courthouse Annex "
        "renovation at this time.",
    ),
    (
        "p",
        "Motion was made by Commissioner Deshmukh and seconded by Commissioner Santangelo to adopt the following "
        "resolution:",
    ),
    ("res", RES_FINANCING),
    ("vote", V_FINANCING, None, None, None),
    ("h1", "IX", "OLD BUSINESS", "IX"),
    (
        "h2",
        "A",
        "Second Reading: Ordinance Amending Chapter 18 (Noise) of the Eno Valley County Code of Ordinances",
        "IX.A",
    ),
    (
        "p",
        "Priya Raman-Holt, County Attorney, stated that the ordinance was introduced on September 2, 2025 and "
        "received a vote of 6-2. Because it did not receive the approval of all members at its introduction, G.S. "
        "153A-45 requires that it be considered at a subsequent meeting, where a majority of the votes cast is "
        "sufficient for adoption. The amendments set quiet hours of 10:00 p.m. to 7:00 a.m. Sunday through Thursday "
        "and 11:00 p.m. to 7:00 a.m. on Friday and Saturday, set a nighttime limit of 60 dBA at a residential property "
        "line, and establish civil penalties of $100, $250 and $500 for first, second and subsequent violations.",
    ),
    (
        "p",
        "Commissioner Santangelo's remote connection was lost at 9:02 p.m.; she rejoined the meeting at 9:05 p.m., "
        "before any vote was taken.",
    ),
    (
        "p",
        "Commissioner Yarborough stated that the ordinance would burden agricultural operations in the rural "
        "districts. Ms. Raman-Holt confirmed that bona fide farm uses are exempt under Section 18-6.",
    ),
    (
        "vote",
        V_NOISE,
        "Commissioner Deshmukh",
        "Commissioner Castellanos-Byrd",
        "to adopt on second reading the ordinance amending Chapter 18 (Noise) of the Eno Valley County Code of "
        "Ordinances",
    ),
    ("h1", "X", "NEW BUSINESS", "X"),
    (
        "h2",
        "A",
        "Interlocal Agreement with the City of Brannock for Consolidated Emergency Communications (911) Services",
        "X.A",
    ),
    (
        "p",
        "Jocelyn Arrington, Deputy County Manager, stated that the agreement renews the consolidated 911 center "
        "operated by the City for a five-year term, allocates operating costs 58 percent to the City and 42 percent to "
        "the County based on call volume, and adds a joint oversight committee.",
    ),
    (
        "vote",
        V_911,
        "Vice Chair Okafor",
        "Commissioner Pruitt-Langley",
        "to approve the interlocal agreement and authorize the County Manager to execute it",
    ),
    ("h2", "B", "Resolution Authorizing the Expenditure of Opioid Settlement Funds", "X.B"),
    (
        "p",
        "Dr. Yvette Coggins, Public Health Director, stated that the Opioid Settlement Advisory Committee "
        "recommended funding for peer support and recovery housing services and for the expansion of naloxone "
        "distribution through the County's harm reduction program, community partners and the Detention Center. "
        "The County has received $9.4 million in settlement proceeds to date.",
    ),
    (
        "p",
        "Motion was made by Commissioner Castellanos-Byrd and seconded by Commissioner Santangelo to adopt the "
        "following resolution:",
    ),
    ("res", RES_OPIOID),
    ("vote", V_OPIOID, None, None, None),
    ("h2", "C", "Construction Contract for the Eno Valley Behavioral Health Crisis Center", "X.C"),
    (
        "p",
        "Terrence Boyd, Facilities Director, stated that five bids were received on August 28, 2025 and that "
        "Hargrove-Ellison Builders, Inc. submitted the lowest responsive, responsible bid of $14,236,900, with "
        "minority and women business participation of 12.4 percent against a goal of 10 percent. The Capital Project "
        "Ordinance amendment increases the project budget by $2,180,000, funded from the Capital Reserve Fund.",
    ),
    (
        "vote",
        V_CRISIS_MOTION,
        "Commissioner Deshmukh",
        "Commissioner Santangelo",
        "to award a construction contract to Hargrove-Ellison Builders, Inc. in the amount of $14,236,900 for the Eno "
        "Valley Behavioral Health Crisis Center and to adopt the Capital Project Ordinance amendment",
    ),
    (
        "p",
        "Commissioner Renfrow stated that the project had grown by more than $2 million since the design was "
        "approved. He made a substitute motion, seconded by Commissioner Yarborough, to defer the item to the October "
        "6, 2025 meeting to allow staff to pursue value engineering with the low bidder. Mr. Boyd cautioned that the "
        "bids are valid for 60 days and that a delay could jeopardize the $3.5 million state behavioral health grant, "
        "which must be under contract by December 31, 2025.",
    ),
    ("p", "The Chair called for a vote on the substitute motion."),
    ("vote", V_SUBSTITUTE, None, None, None),
    ("p", "The Chair then called for a vote on the original motion."),
    ("vote", V_CRISIS, None, None, None),
    ("h1", "XI", "BOARD AND COMMISSION APPOINTMENTS", "XI"),
    (
        "p",
        "Chair Batchelor noted that the Planning Board appointment (Item XI-C) was removed from the agenda under "
        "Item IV.",
    ),
    (
        "p",
        "Upon motion of Vice Chair Okafor, seconded by Commissioner Castellanos-Byrd, the Board voted 8-0 to make "
        "the following appointments:",
    ),
    (
        "list",
        [
            (
                "",
                "Eno Valley County Board of Health: Dr. Celeste Ivory-Mabe (Optometrist), for a term ending June 30, "
                "2028.",
            ),
            (
                "",
                "Nursing Home Community Advisory Committee: Harold Vick and Beatriz Olmedo, for initial one-year "
                "terms ending September 30, 2026.",
            ),
        ],
    ),
    ("vote", V_APPOINT, None, None, None),
    ("h1", "XII", "MANAGER'S REPORT", "XII"),
    (
        "p",
        "Dr. Ellery reported that informal reviews for the 2025 reappraisal have closed and that 4,118 of the "
        "4,362 appeals have been settled by staff; the Board of Equalization and Review will hear the remaining "
        "cases in October. He reminded the Board of the budget retreat on Friday, October 17, 2025 at the Eno Valley "
        "Agricultural Center, and announced that the Senior Resource Expo will be held on September 27, 2025.",
    ),
    ("h1", "XIII", "COMMISSIONERS' COMMENTS", "XIII"),
    (
        "p",
        "Commissioner Deshmukh congratulated the Eno Valley Public Library on its national award for the "
        "Biblioteca Viva program. Commissioner Pruitt-Langley thanked the Emergency Services staff for their work "
        "during the August storms. Commissioner Renfrow thanked Marshal Lassiter for his service and asked staff for a "
        "report on the Capital Reserve Fund balance.",
    ),
    ("p", "Commissioner Renfrow left the meeting at 10:14 p.m."),
    (
        "p",
        "Commissioner Yarborough invited residents to the Hollowell Harvest Day on October 11, 2025. Vice Chair "
        "Okafor and Chair Batchelor wished Commissioner Hensley's family well.",
    ),
    ("h1", "XIV", "CLOSED SESSION", "XIV"),
    (
        "vote",
        V_CLOSED,
        "Commissioner Deshmukh",
        "Vice Chair Okafor",
        "to go into closed session pursuant to G.S. 143-318.11(a)(3) to consult with the County Attorney in order to "
        "preserve the attorney-client privilege in the matter of Eno Valley County v. Tarheel Modular Systems, LLC, 24 "
        "CVS 1187, and pursuant to G.S. 143-318.11(a)(4) to discuss matters relating to the location or expansion of "
        "industries or other businesses in the County",
    ),
    (
        "p",
        "The Board went into closed session at 10:22 p.m. The Board reconvened in open session at 11:04 p.m. Chair "
        "Batchelor stated that the Board gave direction to staff and that no action was taken in closed session.",
    ),
    ("h1", "XV", "ADJOURNMENT", "XV"),
    ("vote", V_ADJOURN, "Vice Chair Okafor", "Commissioner Deshmukh", "to adjourn"),
    ("p", "There being no further business, the meeting adjourned at 11:06 p.m."),
]

# --------------------------------------------------------------------------------------------------------------
# Rendering helpers
# --------------------------------------------------------------------------------------------------------------

LEFT = 22.0
WIDTH = 215.9 - 2 * LEFT


def names_for(keys: list[str]) -> str:
    """Guilford style: 'Chair Batchelor, Vice Chair Okafor, Commissioners Deshmukh, Renfrow'."""
    keys = [k for k in ORDER if k in keys]
    if not keys:
        return "None"
    parts = []
    commissioners = []
    for k in keys:
        role = BY_KEY[k]["role"]
        if role == "Commissioner":
            commissioners.append(k)
        else:
            parts.append(f"{role} {k}")
    if commissioners:
        word = "Commissioner" if len(commissioners) == 1 else "Commissioners"
        parts.append(f"{word} {', '.join(commissioners)}")
    return ", ".join(parts)


def names_and(keys: list[str]) -> str:
    """Roll call style: 'Chair Batchelor, Vice Chair Okafor, Commissioners Deshmukh and Renfrow'."""
    keys = [k for k in ORDER if k in keys]
    officers = [f"{BY_KEY[k]['role']} {k}" for k in keys if BY_KEY[k]["role"] != "Commissioner"]
    commissioners = [k for k in keys if BY_KEY[k]["role"] == "Commissioner"]
    if len(commissioners) > 1:
        officers.append("Commissioners " + ", ".join(commissioners[:-1]) + " and " + commissioners[-1])
    elif commissioners:
        officers.append(f"Commissioner {commissioners[0]}")
    return ", ".join(officers) or "None"


class Doc(FPDF):
    running: str = ""

    def header(self):
        if self.page_no() > 1 and self.running:
            self.set_font("Times", "I", 9)
            self.set_xy(LEFT, 12)
            self.cell(WIDTH, 4, self.running, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_draw_color(120, 120, 120)
            self.line(LEFT, 17, LEFT + WIDTH, 17)
            self.set_y(20)

    def footer(self):
        self.set_y(-16)
        self.set_font("Times", "", 9)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def new_doc(running: str, created: datetime) -> Doc:
    pdf = Doc(format="Letter", unit="mm")
    pdf.running = running
    pdf.set_margins(LEFT, 20, LEFT)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_creation_date(created)
    pdf.set_author("Clerk to the Board")
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def para(
    pdf: FPDF,
    text: str,
    indent: float = 0,
    size: float = 10,
    style: str = "",
    gap: float = 1.1,
    align: str = "J",
    h: float = 4.15,
) -> None:
    pdf.set_font("Times", style, size)
    pdf.set_x(LEFT + indent)
    pdf.multi_cell(WIDTH - indent, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(gap)


def keep(pdf: FPDF, space: float) -> None:
    if pdf.get_y() + space > pdf.h - 20:
        pdf.add_page()


def hanging(
    pdf: FPDF,
    label: str,
    text: str,
    indent: float,
    label_w: float,
    size: float = 10,
    label_style: str = "",
    gap: float = 1.1,
    h: float = 4.25,
    text_style: str = "",
) -> None:
    pdf.set_font("Times", label_style, size)
    pdf.set_x(LEFT + indent)
    pdf.cell(label_w, h, label)
    pdf.set_font("Times", text_style, size)
    pdf.multi_cell(WIDTH - indent - label_w, h, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(gap)


# --------------------------------------------------------------------------------------------------------------
# Agenda
# --------------------------------------------------------------------------------------------------------------


def build_agenda(path: Path) -> None:
    pdf = new_doc(
        f"Eno Valley County Board of Commissioners - Regular Meeting Agenda - {DATE_LONG}",
        datetime(2025, 9, 10, 16, 30, tzinfo=timezone.utc),
    )
    pdf.set_font("Times", "B", 15)
    pdf.cell(WIDTH, 7, "ENO VALLEY COUNTY BOARD OF COMMISSIONERS", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "B", 13)
    pdf.cell(WIDTH, 6.5, "REGULAR MEETING AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", 11)
    for line in (
        "Commissioners' Chambers, Second Floor",
        "Eno Valley County Government Center",
        "200 East Lindley Street, Brannock, North Carolina",
    ):
        pdf.cell(WIDTH, 5, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "B", 12)
    pdf.cell(WIDTH, 6.5, f"Monday, {DATE_LONG} - 7:00 P.M.", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    # board listing, two columns in a ruled box
    top = pdf.get_y()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Times", "", 9.5)
    col = WIDTH / 2
    rows = (len(MEMBERS) + 1) // 2
    for i, m in enumerate(MEMBERS):
        x = LEFT + 3 + (i // rows) * col
        y = top + 2 + (i % rows) * 4.4
        role = f", {m['role']}" if m["role"] != "Commissioner" else ""
        pdf.set_xy(x, y)
        pdf.cell(col - 6, 4.4, f"{m['name']}{role} ({m['seat']})")
    bottom = top + 4 + rows * 4.4
    pdf.rect(LEFT, top, WIDTH, bottom - top)
    pdf.set_y(bottom + 3)
    para(
        pdf,
        "Dr. Marcus T. Ellery, County Manager     Priya Raman-Holt, County Attorney     Sharonda Melvin, Clerk "
        "to the Board",
        size=9.5,
        align="C",
        gap=1,
    )
    para(
        pdf,
        "Meetings are broadcast live on EVTV Channel 18 and streamed at www.enovalleycountync.gov/evtv. Persons "
        f"needing an accommodation to participate should contact the Clerk to the Board at {CLERK['phone']} or "
        f"{CLERK['email']} at least 48 hours before the meeting.",
        size=9.5,
        align="C",
        gap=4,
    )

    for p, title, presenter, note in AGENDA:
        level = p.count(".")
        number = p.split(".")[-1]
        indent = (0, 14, 23)[level]
        num_w = 14 if level == 0 else 9
        if level == 0:
            keep(pdf, 28)
            pdf.ln(1.5)
            hanging(pdf, f"{number}.", title, indent, num_w, size=11.5, label_style="B", gap=1.2, text_style="B")
            if p in CLOSED_PATHS:
                para(pdf, note, indent=num_w, size=10.5, style="I", gap=1.5)
            elif note:
                para(pdf, note, indent=num_w, size=10, gap=1.5)
            if presenter:
                para(pdf, f"({presenter})", indent=num_w, size=10, gap=1.0)
            continue
        keep(pdf, 11)
        if p in RUN_ON:
            text = title
            if note:
                text += f" {note}"
            if presenter:
                text += f" ({presenter})"
            hanging(pdf, f"{number}.", text, indent, num_w, size=11, gap=1.8)
            continue
        style = "B" if title.isupper() else ""
        hanging(pdf, f"{number}.", title, indent, num_w, size=11, label_style=style, gap=1.0, text_style=style)
        if note:
            para(pdf, note, indent=indent + num_w, size=10.5, style="I", gap=1.0)
        if presenter:
            para(pdf, f"({presenter})", indent=indent + num_w, size=10.5, gap=1.0)
        pdf.ln(1)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------------------------------
# Minutes
# --------------------------------------------------------------------------------------------------------------


def attendance_text() -> list[tuple[str, str]]:
    present = []
    for m in MEMBERS:
        if m["status"] == "absent":
            continue
        label = m["name"]
        if m.get("printed_note"):
            label += f" ({m['printed_note']})"
        present.append((m["role"], label))
    chair = next(lbl for r, lbl in present if r == "Chair")
    vice = next(lbl for r, lbl in present if r == "Vice Chair")
    comm = [lbl for r, lbl in present if r == "Commissioner"]
    text = f"Chair {chair}, presiding; Vice Chair {vice}; Commissioners {', '.join(comm[:-1])}, and {comm[-1]}."
    absent = [m for m in MEMBERS if m["status"] == "absent"]
    absent_text = "; ".join(f"Commissioner {m['name']} ({m['printed_note']})" for m in absent) + "."
    also = "; ".join(f"{o['printed']}, {o['role']}" for o in OFFICERS[:-1])
    also += f"; and {OFFICERS[-1]['printed']}, {OFFICERS[-1]['role']}; along with members of staff, the media and "
    also += "the public."
    return [("PRESENT:", text), ("ABSENT:", absent_text), ("ALSO PRESENT:", also)]


def render_resolution(pdf: FPDF, res: dict, indent: float) -> None:
    keep(pdf, 20)
    for line in res["title"].split("\n"):
        para(pdf, line, indent=indent, style="B", align="C", gap=0.5, size=10.5)
    pdf.ln(2)
    for w in res.get("whereas", []):
        para(pdf, f"WHEREAS, {w}", indent=indent, size=9.5, gap=1.0, h=4.0)
    if "proclaim" in res:
        para(pdf, res["proclaim"], indent=indent, size=9.5, gap=1.0, h=4.0)
    for lead, parts in res.get("resolved", []):
        para(pdf, lead, indent=indent, size=9.5, gap=1.0, h=4.0)
        for i, part in enumerate(parts, 1):
            if part.startswith("Section"):
                para(pdf, part, indent=indent + 6, size=9.5, gap=0.8, h=4.0)
            else:
                hanging(pdf, f"{i}.", part, indent + 6, 7, size=9.5, gap=0.8, h=4.0)
    if res.get("closing"):
        para(pdf, res["closing"], indent=indent, size=10.5, style="I", gap=2.5)


def render_vote(pdf: FPDF, vote: dict, mover: str | None, seconder: str | None, motion: str | None) -> None:
    if mover:
        para(pdf, f"Motion was made by {mover} and seconded by {seconder} {motion}.")
    style = vote["style"]
    if style == "motion":
        return  # the motion only; voted on further down
    if style == "none":
        para(pdf, vote["text"])
        return
    if style in ("figures",):
        return  # the figures are in the paragraph printed just before
    if style == "sentence_no":
        para(pdf, vote["text"])
        return
    yes, no = vote["yes"], vote["no"]
    if style == "rollcall":
        keep(pdf, 22)
        para(pdf, "Upon a roll call vote, the foregoing resolution was adopted by the following vote:", gap=1.5)
        hanging(pdf, "Ayes:", f"{len(yes)} - {names_and(yes)}", 10, 16, gap=0.5)
        hanging(pdf, "Noes:", f"{len(no)} - {names_and(no)}" if no else "0 - None", 10, 16, gap=0.5)
        hanging(pdf, "Absent:", f"{len(vote['absent'])} - {names_and(vote['absent'])}", 10, 16, gap=2.5)
        return
    keep(pdf, 22)
    word = "carried" if vote["result"] == "carried" else "failed"
    pdf.set_font("Times", "B", 11)
    pdf.set_x(LEFT + 10)
    pdf.cell(WIDTH - 10, 5, f"VOTE:  Motion {word} {len(yes)} - {len(no)}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(0.8)
    hanging(pdf, "AYES:", names_for(yes), 10, 24, gap=0.5)
    hanging(pdf, "NOES:", names_for(no), 10, 24, gap=0.5)
    if vote.get("excused"):
        hanging(pdf, "EXCUSED:", names_for(vote["excused"]), 10, 24, gap=0.5)
    hanging(pdf, "ABSENT:", names_for(vote.get("absent", [])), 10, 24, gap=2.5)


def build_minutes(path: Path) -> None:
    pdf = new_doc(
        f"Board of Commissioners - Regular Meeting - {DATE_LONG}", datetime(2025, 10, 7, 14, 0, tzinfo=timezone.utc)
    )
    pdf.set_font("Times", "B", 13)
    for line in ("MINUTES OF THE BOARD OF COMMISSIONERS", "OF", "ENO VALLEY COUNTY"):
        pdf.cell(WIDTH, 6, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Times", "", 11)
    pdf.cell(WIDTH / 2, 5, "Brannock, North Carolina")
    pdf.cell(WIDTH / 2, 5, DATE_LONG, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    para(
        pdf,
        "The Board of Commissioners of Eno Valley County met in a duly noticed regular meeting on Monday, "
        f"{DATE_LONG} at 7:00 p.m. in the Commissioners' Chambers, Second Floor, Eno Valley County Government "
        "Center, 200 East Lindley Street, Brannock, North Carolina. The meeting was broadcast live on EVTV Channel "
        "18 and streamed on the County's website.",
        gap=3,
    )
    for label, text in attendance_text():
        hanging(pdf, label, text, 0, 34, gap=1.8)
    pdf.ln(2)

    for entry in MINUTES:
        kind = entry[0]
        if kind == "h1":
            keep(pdf, 20)
            pdf.ln(1.5)
            hanging(pdf, f"{entry[1]}.", entry[2], 0, 14, label_style="B", gap=1.2, text_style="B", size=11)
        elif kind == "h2":
            keep(pdf, 18)
            pdf.set_font("Times", "B", 10.5)
            pdf.set_x(LEFT + 14)
            pdf.cell(8, 4.6, f"{entry[1]}.")
            pdf.multi_cell(WIDTH - 22, 4.6, entry[2], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.2)
        elif kind == "sub":
            keep(pdf, 14)
            para(pdf, entry[1], style="BI", gap=1.5)
        elif kind == "p":
            para(pdf, entry[1])
        elif kind == "ind":
            para(pdf, entry[1], indent=10, gap=1.6)
        elif kind == "list":
            for ref, text in entry[1]:
                if ref:
                    hanging(pdf, ref, text, 10, 12, gap=1.2)
                else:
                    hanging(pdf, "-", text, 10, 6, gap=1.2)
            pdf.ln(1)
        elif kind == "res":
            render_resolution(pdf, entry[1], indent=10)
        elif kind == "proc":
            render_resolution(pdf, entry[1], indent=10)
        elif kind == "vote":
            render_vote(pdf, *entry[1:])
    # signature block
    keep(pdf, 34)
    pdf.ln(8)
    pdf.set_font("Times", "", 11)
    y = pdf.get_y()
    for x, who, role in (
        (LEFT, "Lorraine M. Batchelor", "Chair"),
        (LEFT + WIDTH / 2 + 5, "Sharonda Melvin", "Clerk to the Board"),
    ):
        pdf.set_xy(x, y)
        pdf.cell(WIDTH / 2 - 10, 5, "_" * 34, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.cell(WIDTH / 2 - 10, 5, who, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.cell(WIDTH / 2 - 10, 5, role, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.ln(6)
    para(pdf, "Approved by the Board of Commissioners on October 6, 2025.", style="I", size=10)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda = folder / AGENDA_FILE
    minutes = folder / MINUTES_FILE
    build_agenda(agenda)
    build_minutes(minutes)
    return [agenda, minutes]


# --------------------------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------------------------

RESOLUTIONS_UNDER = {"VII": RES_ROAD, "VIII.A": RES_CORVALIS, "VIII.C": RES_FINANCING, "X.B": RES_OPIOID}


def gold_agenda() -> list[dict]:
    items = []
    for p, title, presenter, note in AGENDA:
        parts = p.split(".")
        item = {
            "number": parts[-1],
            "title": title,
            "pages": None,
            "part": "exempt" if p in CLOSED_PATHS else "public",
            "parent": parts[-2] if len(parts) > 1 else None,
            "path": p,
        }
        if presenter:
            item["presenter"] = presenter
        if note:
            item["note"] = note
        items.append(item)
    return items


def gold_minutes() -> dict:
    items = []
    for entry in MINUTES:
        if entry[0] in ("h1", "h2"):
            items.append({"number": entry[1], "title": entry[2], "agenda_item": entry[3]})
    per_item = {}
    for path, res in RESOLUTIONS_UNDER.items():
        per_item[path.split(".")[-1]] = res_count(res)
    assert len(per_item) == len(RESOLUTIONS_UNDER), "resolution-bearing minute numbers must be unique"

    votes = []
    heading_number, heading_title = None, None
    for entry in MINUTES:
        if entry[0] in ("h1", "h2"):
            heading_number, heading_title = entry[1], entry[2]
            continue
        if entry[0] != "vote":
            continue
        vote, mover, seconder, motion = entry[1:]
        if vote["style"] in ("none", "motion"):
            continue
        yes, no = vote["yes"], vote["no"]
        absent = vote.get("absent", [])
        total = len(yes) + len(no) + len(vote.get("excused", [])) + len(absent)
        if vote["style"] in ("block", "rollcall"):
            assert total == len(MEMBERS), (heading_title, total)
        counts = {"yes": len(yes), "no": len(no), "abstain": 0}
        record = {"item": heading_number, "item_title": heading_title, "result": vote["result"], "counts": counts}
        if vote["style"] in ("block", "rollcall"):
            counts["absent"] = len(absent)
            record["voters"] = {"yes": list(yes), "no": list(no), "absent": list(absent)}
            if vote.get("excused"):
                record["note"] = f"Excused from voting (G.S. 153A-44): {', '.join(vote['excused'])}."
        elif vote["style"] == "sentence_no":
            record["voters"] = {"no": list(no)}
        if mover:
            record["mover"], record["seconder"], record["motion"] = mover, seconder, motion
        votes.append(record)

    attendance = []
    for m in MEMBERS:
        rec = {"name": m["name"], "status": m["status"], "role": m["role"]}
        if m["key"] == "Yarborough":
            rec["note"] = "arrived at 7:18 p.m."
        if m["key"] == "Renfrow":
            rec["note"] = "left the meeting at 10:14 p.m. (recorded in the body under Item XIII)"
        attendance.append(rec)
    for o in OFFICERS:
        attendance.append({"name": o["name"], "status": "in_attendance", "role": o["role"]})

    return {
        "meeting": {"date": DATE_ISO, "start_time": START, "end_time": END},
        "items": items,
        "resolutions": sum(per_item.values()),
        "resolutions_per_item": per_item,
        "votes": votes,
        "attendance": attendance,
    }


def gold() -> dict:
    agenda_record = {
        "file": f"generated/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "US",
        "notes": [
            "Outline agenda: Roman sections, lettered items and numbered sub-items, so numbers repeat across "
            "levels and every item carries a path (VII.A.1) to fix its parent.",
            "Consent sub-items print as one run-on paragraph; the title is the item sentence only, the capitalised "
            "fiscal line (NO ADDITIONAL COUNTY FUNDS REQUIRED.) is kept as note and the bracketed name as presenter.",
            "The bracketed instructions under SPEAKERS FROM THE FLOOR and CONSENT AGENDA and the statutory line under "
            "CLOSED SESSION are notes, not items.",
            "The Planning Board recommendation line under VIII.B is a note, not an item.",
            "CLOSED SESSION is marked exempt because the business under it is conducted in closed session; every "
            "other item is public.",
            "No page numbers are printed against items, so pages are null.",
            "The box of member names under the title block is a roster, not attendance and not items.",
        ],
        "meeting": {"body": BODY, "date": DATE_ISO, "start_time": START, "contact": dict(CLERK)},
        "agenda": gold_agenda(),
    }
    minutes_record = {
        "file": f"generated/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "US",
        "notes": [
            "Minute items are the Roman-numbered headings and the lettered sub-headings under V, VIII, IX and X, "
            "with numbers as printed (letters repeat under different sections); agenda_item gives the agenda path.",
            "The consent agenda lines (A-1 ... D-3) and the run-in sub-heading 'Item VII-C-1' are part of minute VII, "
            "not separate minute items.",
            "Item XI-C was removed under Item IV, so the minutes print no heading for it.",
            "Resolutions are counted as RESOLVED clauses: each NOW, THEREFORE, BE IT RESOLVED / BE IT FURTHER "
            "RESOLVED clause counts once, and a clause followed by numbered parts (1., 2., 3.) or numbered Sections "
            "counts each part: VII road resolution 1, VIII-A Corvalis 3, VIII-C financing 4 Sections, X-B opioid 2.",
            "The proclamation (do hereby proclaim), the rezoning and noise ordinances, the tax release resolution "
            "listed by title only and the Resolution of Appreciation that is only mentioned print no resolved clause "
            "and are not counted.",
            "resolutions_per_item is keyed by minute number as printed; only minutes with resolutions are listed, "
            "and their letters do not collide (VII, A = VIII-A, C = VIII-C, B = X-B).",
            "Votes include every vote printing figures or names: VOTE blocks, the roll call on the financing "
            "resolution, the sentence 'carried 7-1, with Commissioner Renfrow voting no' and the figure-only 8-0 votes "
            "to excuse a member and to make appointments.",
            "Motions recorded only as 'carried unanimously' (proclamation, 911 agreement, adjournment) print no "
            "figures or names and are left out of votes.",
            "Commissioner Castellanos-Byrd, excused from voting on VIII-A under G.S. 153A-44, is neither a no nor "
            "absent; the printed figures are 6 - 1, so abstain is 0.",
            "absent counts are given only where the vote record prints ABSENT / Absent; votes under lettered minutes "
            "carry item as the printed letter and item_title to tell them apart.",
            "The substitute motion to defer X-C failed 3 - 5 and is recorded as lost.",
            "Figures quoted in the narrative for other bodies or earlier meetings (the Planning Board's 6-2 "
            "recommendation, the noise ordinance's 6-2 first reading on September 2) are not votes of this meeting.",
            "Attendance: PRESENT members are present except Santangelo (participated remotely), who is virtual; "
            "Yarborough arrived late and Renfrow left early but both are present.",
            "Hensley is printed under ABSENT (excused), so his status is absent rather than apologies.",
            "ALSO PRESENT lists county staff, recorded as in_attendance with their titles; 'Dr.' is dropped from the "
            "County Manager's name.",
            "Speakers, presenters and the invocation minister named in the body are not in the attendance part and "
            "are not listed.",
            "Meeting start 7:00 p.m. and adjournment 11:06 p.m. are taken from the opening paragraph and Item XV.",
        ],
        "meeting": {"body": BODY, "date": DATE_ISO, "start_time": START, "end_time": END},
        "minutes": gold_minutes(),
    }
    return {
        f"agendas__{STEM}_agenda": agenda_record,
        f"minutes__{STEM}_minutes": minutes_record,
    }

"""Brannock County, Virginia (fictional): Board of Supervisors, regular meeting of 8 April 2025.

A seven-member Virginia board of supervisors elected by magisterial district. Two PDFs:

* the regular meeting agenda (two pages): call to order, invocation and pledge, roll call,
  approval of the agenda, citizens' comment period, a lettered consent agenda, a VDOT
  presentation, three public hearings (an ordinance, a special use permit and a budget amendment),
  unfinished and new business carrying resolution numbers, the administrator's and board members'
  reports, a closed session under Code of Virginia section 2.2-3711, the certification of the
  closed meeting and adjournment, each item with the board packet pages of its papers;
* the minutes of the same meeting (seven pages) as a Virginia clerk types them, headed with the
  minute book and page: members present, one participating remotely, one absent, staff and
  others present; motions "Supervisor X moved, seconded by Supervisor Y"; roll-call votes printed
  "Ayes: ... Nays: ... Absent: ..." or name by name; a special use permit motion that fails;
  resolutions printed with their numbers; public comment; the closed-meeting certification and
  the adjournment time, with the chair's and clerk's signature lines.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from fpdf import FPDF

SLUG = "brannock-county"
BODY = "Board of Supervisors"
BODY_SLUG = "board-of-supervisors"
DATE = "2025-04-08"
DATE_LONG = "April 8, 2025"
AGENDA_NAME = f"{SLUG}_{BODY_SLUG}_{DATE}_agenda.pdf"
MINUTES_NAME = f"{SLUG}_{BODY_SLUG}_{DATE}_minutes.pdf"

CLERK = {"name": "Annette B. Sizemore", "phone": "(434) 555-0142",
         "email": "asizemore@brannockcountyva.gov"}

# surname -> (full name, district, role)
BOARD = {
    "Whitcomb": ("Dale R. Whitcomb", "Oak Hill District", "Chair"),
    "Okafor": ("Lorraine P. Okafor", "Tinsley District", "Vice-Chair"),
    "Brandt": ("Harold J. Brandt", "Courthouse District", None),
    "Vega-Trent": ("Marisol Vega-Trent", "Piney Run District", None),
    "Pruett": ("Curtis L. Pruett", "Sawyer's Mill District", None),
    "Hollis": ("Janine M. Hollis", "Ebbs Ferry District", None),
    "Gattis": ("Thomas E. Gattis", "Westover District", None),
}

STAFF = [
    ("Renee D. Castellaw", "County Administrator"),
    ("Philip A. Moorhouse", "County Attorney"),
    ("Annette B. Sizemore", "Clerk to the Board"),
    ("Kevin D. Lattimore", "Director of Finance"),
    ("Gwendolyn Shores", "Director of Planning and Zoning"),
    ("Marcus Leigh", "Director of Public Works"),
    ("Bradley Yount", "Chief, Brannock Fire & EMS"),
]

OTHERS = [
    ("Ashok Ramaswamy", "Resident Engineer, Virginia Department of Transportation"),
    ("Wade T. Colley", "Sheriff"),
]

# ---------------------------------------------------------------------------------------------
# Agenda data: (number, title, pages, part, parent, lines printed under the item)
# ---------------------------------------------------------------------------------------------

AGENDA = [
    ("1", "CALL TO ORDER", None, "public", None, ["Chair Whitcomb"]),
    ("2", "INVOCATION AND PLEDGE OF ALLEGIANCE", None, "public", None,
     ["Reverend Elton Pryor, Halvern First Baptist Church"]),
    ("3", "ROLL CALL", None, "public", None,
     ["Request for remote participation, Code of Virginia \xa7 2.2-3708.3(B)"]),
    ("4", "APPROVAL OF AGENDA", None, "public", None, []),
    ("5", "CITIZENS' COMMENT PERIOD", None, "public", None,
     ["Speakers are limited to three (3) minutes. Comments on public hearing items will be "
      "received during the hearing."]),
    ("6", "CONSENT AGENDA", None, "public", None,
     ["All matters listed under the Consent Agenda are considered routine and will be acted "
      "upon by one motion. Any member may ask that an item be removed for separate "
      "discussion."]),
    ("A", "Approval of Minutes - March 11, 2025 Regular Meeting and March 25, 2025 Budget "
          "Work Session", (4, 15), "public", "6", []),
    ("B", "Approval of Bills and Claims - March 2025", (16, 22), "public", "6", []),
    ("C", "Resolution 2025-21 - Supplemental Appropriation, Sheriff's Office DMV Highway "
          "Safety Grant ($18,400)", (23, 25), "public", "6", []),
    ("D", "Resolution 2025-22 - Proclaiming April 2025 as Child Abuse Prevention Month in "
          "Brannock County", (26, 27), "public", "6", []),
    ("E", "Treasurer's Monthly Report - February 2025", (28, 31), "public", "6", []),
    ("7", "PRESENTATIONS", None, "public", None, []),
    ("A", "Virginia Department of Transportation Quarterly Report", (32, 36), "public", "7",
     ["Ashok Ramaswamy, Resident Engineer"]),
    ("8", "PUBLIC HEARINGS", None, "public", None, ["Time certain: 6:30 p.m."]),
    ("A", "Ordinance 2025-03 - Amending Chapter 12 (Garbage and Refuse), Article II, "
          "Section 12-21, Convenience Center Hours of Operation", (37, 44), "public", "8",
     ["Marcus Leigh, Director of Public Works"]),
    ("B", "Special Use Permit SUP-25-02 - Tolliver Solar LLC, Utility-Scale Solar Facility, "
          "Tax Map Parcels 58-A-12 and 58-A-14 (Sawyer's Mill District)", (45, 98), "public",
     "8", ["Gwendolyn Shores, Director of Planning and Zoning",
           "Planning Commission recommendation: Approval with conditions (4-3)"]),
    ("C", "Resolution 2025-23 - Amendment to the FY 2025 Budget Exceeding One Percent of "
          "Total Expenditures (Code of Virginia \xa7 15.2-2507)", (99, 104), "public", "8",
     ["Kevin D. Lattimore, Director of Finance"]),
    ("9", "UNFINISHED BUSINESS", None, "public", None, []),
    ("A", "Resolution 2025-24 - Approving a Broadband Infrastructure Agreement with "
          "Southside Fiber Cooperative (tabled March 11, 2025)", (105, 121), "public", "9",
     ["Renee D. Castellaw, County Administrator"]),
    ("10", "NEW BUSINESS", None, "public", None, []),
    ("A", "Resolution 2025-25 - Awarding a Contract for Halvern Convenience Center "
          "Improvements to Rucker Site Works, Inc. ($412,860)", (122, 130), "public", "10",
     ["Marcus Leigh, Director of Public Works"]),
    ("B", "Resolution 2025-26 - Authorizing Lease-Purchase Financing of One Pumper Apparatus "
          "for Brannock Fire & EMS", (131, 140), "public", "10",
     ["Bradley Yount, Chief, Brannock Fire & EMS"]),
    ("C", "Appointments to Boards and Commissions", (141, 143), "public", "10",
     ["Planning Commission - Sawyer's Mill District (unexpired term ending December 31, 2026)",
      "Brannock County Social Services Board - one vacancy (four-year term)"]),
    ("11", "COUNTY ADMINISTRATOR'S REPORT", (144, 146), "public", None, []),
    ("12", "BOARD MEMBER REPORTS", None, "public", None, []),
    ("13", "CLOSED SESSION", None, "exempt", None,
     ["Pursuant to Code of Virginia \xa7 2.2-3711(A)(1), discussion of the performance of a "
      "specific employee of the Board (County Administrator);",
      "\xa7 2.2-3711(A)(3), discussion of the acquisition of real property for a public "
      "purpose (Route 611 fire station site), where discussion in an open meeting would "
      "adversely affect the bargaining position of the County; and",
      "\xa7 2.2-3711(A)(8), consultation with legal counsel regarding specific legal matters "
      "requiring the provision of legal advice (solid waste hauling agreement)."]),
    ("14", "CERTIFICATION OF CLOSED MEETING AND RETURN TO OPEN SESSION", None, "public", None,
     []),
    ("15", "ADJOURNMENT", None, "public", None,
     ["The Board will adjourn to its next regular meeting on Tuesday, April 22, 2025 at "
      "6:00 p.m."]),
]

# ---------------------------------------------------------------------------------------------
# Minutes data: a list of blocks, printed in order
# ---------------------------------------------------------------------------------------------

ALL_VOTING = ["Brandt", "Gattis", "Hollis", "Okafor", "Vega-Trent", "Whitcomb"]


def rc(ayes, nays=(), absent=("Pruett",), abstain=()):
    return ("rollcall", list(ayes), list(nays), list(absent), list(abstain))


MINUTES = [
    ("h1", "1", "CALL TO ORDER"),
    ("p", "Chair Whitcomb called the regular meeting of the Brannock County Board of Supervisors "
          "to order at 6:00 p.m. and welcomed those in attendance and those watching the "
          "livestream on the County's website."),
    ("h1", "2", "INVOCATION AND PLEDGE OF ALLEGIANCE"),
    ("p", "Reverend Elton Pryor of Halvern First Baptist Church gave the invocation. Supervisor "
          "Gattis led the Pledge of Allegiance."),
    ("h1", "3", "ROLL CALL"),
    ("p", "The Clerk called the roll. Six members were present, five in the Board Meeting Room "
          "and Supervisor Hollis by video conference; Supervisor Pruett was absent. A quorum was "
          "declared present."),
    ("p", "Supervisor Hollis stated that she was unable to attend in person due to a personal "
          "matter, namely the care of a family member following a medical procedure, and that "
          "she was participating from her residence in the Ebbs Ferry District. The Clerk "
          "confirmed that the audio and video connection could be heard by all members and by "
          "the public in attendance."),
    ("p", "Supervisor Brandt moved, seconded by Supervisor Vega-Trent, to approve Supervisor "
          "Hollis's remote participation pursuant to Code of Virginia \xa7 2.2-3708.3(B) and the "
          "Board's adopted remote participation policy. Supervisor Hollis did not vote on the "
          "motion. The motion carried by the following roll call vote:"),
    rc(["Brandt", "Gattis", "Okafor", "Vega-Trent", "Whitcomb"]),
    ("h1", "4", "APPROVAL OF AGENDA"),
    ("p", "Ms. Castellaw requested that the Board add a third purpose to the closed session, "
          "consultation with legal counsel regarding the solid waste hauling agreement under "
          "\xa7 2.2-3711(A)(8), which had been included in the posted agenda but omitted from the "
          "draft motion distributed to members."),
    ("p", "Supervisor Okafor moved, seconded by Supervisor Gattis, to approve the agenda as "
          "amended. The motion carried by the following roll call vote:"),
    rc(ALL_VOTING),
    ("h1", "5", "CITIZENS' COMMENT PERIOD"),
    ("p", "Chair Whitcomb opened the Citizens' Comment Period at 6:06 p.m. The following "
          "persons addressed the Board:"),
    ("ind", "Wendell Foust, Piney Run District, thanked the Department of Public Works for the "
            "repairs to the Piney Run convenience center compactor and asked that the County "
            "consider Sunday hours at that site."),
    ("ind", "Carla Dunnavant, Courthouse District, spoke about speeding on Route 622 (Mill Pond "
            "Road) near Halvern Elementary School and asked the Board to request a speed study "
            "from VDOT."),
    ("ind", "Reuben Sykes, Westover District, spoke in support of the broadband agreement with "
            "Southside Fiber Cooperative and stated that his household and farm operation have "
            "no wired internet service."),
    ("p", "There being no other speakers, Chair Whitcomb closed the Citizens' Comment Period at "
          "6:14 p.m."),
    ("h1", "6", "CONSENT AGENDA"),
    ("p", "Supervisor Vega-Trent moved, seconded by Supervisor Okafor, to approve the Consent "
          "Agenda as presented, consisting of the minutes of the March 11, 2025 regular meeting "
          "and the March 25, 2025 budget work session; bills and claims for March 2025 in the "
          "amount of $1,284,331.17; Resolution 2025-21; Resolution 2025-22; and the Treasurer's "
          "monthly report for February 2025. The motion carried by the following roll call "
          "vote:"),
    rc(ALL_VOTING),
    ("res", "RESOLUTION 2025-21",
     "SUPPLEMENTAL APPROPRIATION - SHERIFF'S OFFICE DMV HIGHWAY SAFETY GRANT",
     ["WHEREAS, the Brannock County Sheriff's Office has been awarded a Highway Safety grant by "
      "the Virginia Department of Motor Vehicles in the amount of $18,400 for selective "
      "enforcement of impaired driving and occupant protection laws; and",
      "WHEREAS, the grant requires no local cash match;",
      "NOW, THEREFORE, BE IT RESOLVED by the Brannock County Board of Supervisors that $18,400 "
      "is hereby appropriated to the Sheriff's Office, line 3102-1300 (Overtime), for fiscal "
      "year 2025, and that the revenue is recognized in account 3-100-33010-0009."]),
    ("res", "RESOLUTION 2025-22",
     "PROCLAIMING APRIL 2025 AS CHILD ABUSE PREVENTION MONTH",
     ["WHEREAS, the Brannock County Department of Social Services received 214 reports of "
      "suspected child abuse or neglect in calendar year 2024; and",
      "WHEREAS, prevention depends on the partnership of families, schools, faith communities, "
      "law enforcement and local government;",
      "NOW, THEREFORE, BE IT RESOLVED that the Brannock County Board of Supervisors does hereby "
      "proclaim April 2025 as Child Abuse Prevention Month in Brannock County and urges all "
      "citizens to wear blue on Friday, April 4, 2025 in recognition thereof."]),
    ("h1", "7", "PRESENTATIONS"),
    ("h2", "7-A", "Virginia Department of Transportation Quarterly Report"),
    ("p", "Mr. Ramaswamy reported that the Route 40 bridge replacement over Tinsley Creek remains "
          "on schedule for completion in August 2025, that pipe replacement on Route 654 was "
          "completed in March, and that secondary route mowing will begin the week of May 5. He "
          "stated that VDOT would conduct the speed study on Route 622 requested during public "
          "comment upon receipt of a resolution or letter from the Board. By consensus, the "
          "Board directed the County Administrator to send the request letter."),
    ("h1", "8", "PUBLIC HEARINGS"),
    ("h2", "8-A", "Ordinance 2025-03 - Amending Chapter 12 (Garbage and Refuse), Section 12-21, "
                  "Convenience Center Hours of Operation"),
    ("p", "Mr. Leigh presented the proposed ordinance, which sets uniform hours at all six "
          "convenience centers of 7:00 a.m. to 7:00 p.m. Monday through Saturday and closes "
          "the centers on Sundays, with seasonal Sunday hours at the Halvern site from April "
          "through October. He stated that the change would reduce attendant overtime by an "
          "estimated $46,000 per year. The hearing was advertised in the Brannock Courier-Record "
          "on March 20 and March 27, 2025."),
    ("p", "Chair Whitcomb opened the public hearing at 6:31 p.m. Wendell Foust, Piney Run "
          "District, asked that the Piney Run site also keep Sunday hours during the summer. "
          "Lucinda Bragg, Oak Hill District, spoke in favor of the uniform hours. There being no "
          "other speakers, Chair Whitcomb closed the public hearing at 6:37 p.m."),
    ("p", "Supervisor Gattis stated that he could not support closing the Westover site on "
          "Sundays. Supervisor Okafor moved, seconded by Supervisor Brandt, to adopt Ordinance "
          "2025-03 as advertised, effective July 1, 2025. The motion carried by the following "
          "roll call vote:"),
    rc(["Brandt", "Hollis", "Okafor", "Vega-Trent", "Whitcomb"], nays=["Gattis"]),
    ("h2", "8-B", "Special Use Permit SUP-25-02 - Tolliver Solar LLC, Utility-Scale Solar "
                  "Facility, Tax Map Parcels 58-A-12 and 58-A-14"),
    ("p", "Ms. Shores presented the staff report. The applicant requests a special use permit "
          "for a 20-megawatt photovoltaic facility on approximately 164 acres of a 402-acre "
          "assemblage zoned A-1 (Agricultural) in the Sawyer's Mill District. The Planning "
          "Commission recommended approval by a vote of 4-3 at its March 3, 2025 meeting, "
          "subject to 31 conditions including a 150-foot setback from Route 611, a vegetative "
          "buffer, and a decommissioning surety of $2.1 million. Staff noted that the project "
          "would occupy 41 acres of prime farmland soils as mapped by the NRCS."),
    ("p", "Brent Aldana, project manager for Tolliver Solar LLC, presented on behalf of the "
          "applicant and stated that the company had offered a siting agreement with annual "
          "payments to the County of $96,000 in addition to real property tax revenue."),
    ("p", "Chair Whitcomb opened the public hearing at 6:58 p.m. Eleven persons spoke. Speaking "
          "in favor were Owen Tolliver, property owner; Ruth Ann Kessler, Westover District; and "
          "Dwight Pannell, Tinsley District. Speaking in opposition were Margaret Haskins, Gary "
          "Eubank, Shelby Norcross, Alvin Ruffin, Teresa Overby, Donald Mays and Priscilla "
          "Weatherford, all of the Sawyer's Mill District, who cited the loss of farmland, "
          "glare, property values and construction traffic on Route 611, and Wendell Foust, "
          "Piney Run District, who asked that any approval require local hiring. There being no "
          "other speakers, Chair Whitcomb closed the public hearing at 7:36 p.m."),
    ("p", "Supervisor Gattis moved, seconded by Supervisor Okafor, to approve SUP-25-02 subject "
          "to the 31 conditions recommended by the Planning Commission. Supervisor Brandt "
          "stated that the Sawyer's Mill District supervisor was not present and that the "
          "community had spoken clearly. The motion failed by the following roll call vote:"),
    rc(["Gattis", "Okafor"], nays=["Brandt", "Hollis", "Vega-Trent", "Whitcomb"]),
    ("p", "Supervisor Brandt then moved, seconded by Supervisor Vega-Trent, to deny SUP-25-02 "
          "on the grounds that the application is not in accord with the Comprehensive Plan's "
          "designation of the area as Agricultural/Rural Conservation and that the loss of prime "
          "farmland soils is not adequately mitigated. The motion carried by the following roll "
          "call vote:"),
    rc(["Brandt", "Hollis", "Vega-Trent", "Whitcomb"], nays=["Gattis", "Okafor"]),
    ("p", "Chair Whitcomb called a recess at 7:44 p.m. The Board reconvened at 7:52 p.m."),
    ("h2", "8-C", "Resolution 2025-23 - Amendment to the FY 2025 Budget Exceeding One Percent of "
                  "Total Expenditures"),
    ("p", "Mr. Lattimore explained that the amendment appropriates $1,150,000 of unassigned fund "
          "balance and $310,000 of Children's Services Act state revenue to cover the "
          "increased cost of mandated foster care and special education placements, which "
          "exceeds one percent of the adopted budget and therefore requires a public hearing. "
          "Chair Whitcomb opened the public hearing at 7:55 p.m. No one spoke, and the public "
          "hearing was closed."),
    ("p", "Supervisor Hollis moved, seconded by Supervisor Vega-Trent, to adopt Resolution "
          "2025-23. The motion carried by the following roll call vote:"),
    rc(ALL_VOTING),
    ("res", "RESOLUTION 2025-23", "AMENDING THE FISCAL YEAR 2025 BUDGET",
     ["NOW, THEREFORE, BE IT RESOLVED by the Brannock County Board of Supervisors that the "
      "Fiscal Year 2025 budget is hereby amended to increase revenues and appropriations of the "
      "Children's Services Act fund by $1,460,000, of which $1,150,000 shall be transferred "
      "from the unassigned balance of the General Fund and $310,000 shall be recognized as "
      "Commonwealth revenue."]),
    ("h1", "9", "UNFINISHED BUSINESS"),
    ("h2", "9-A", "Resolution 2025-24 - Broadband Infrastructure Agreement with Southside Fiber "
                  "Cooperative"),
    ("p", "Ms. Castellaw reported that the agreement tabled on March 11 had been revised to cap "
          "the County's contribution at $2,750,000 from American Rescue Plan Act and VATI grant "
          "funds, to require passings of not fewer than 3,100 unserved locations by December "
          "31, 2026, and to provide for repayment of County funds if the milestones are not met. "
          "Supervisor Brandt stated that he remained opposed to a local contribution to a "
          "private cooperative."),
    ("p", "Supervisor Gattis moved, seconded by Supervisor Hollis, to adopt Resolution 2025-24. "
          "The motion carried by the following recorded vote:"),
    ("names", [("Whitcomb", "Aye"), ("Okafor", "Aye"), ("Brandt", "Nay"),
               ("Vega-Trent", "Aye"), ("Pruett", "Absent"), ("Hollis", "Aye"),
               ("Gattis", "Aye")]),
    ("res", "RESOLUTION 2025-24",
     "APPROVING A BROADBAND INFRASTRUCTURE AGREEMENT WITH SOUTHSIDE FIBER COOPERATIVE",
     ["NOW, THEREFORE, BE IT RESOLVED by the Brannock County Board of Supervisors that the "
      "Broadband Infrastructure Agreement between the County and Southside Fiber Cooperative, "
      "as revised and presented this day, is hereby approved; and",
      "BE IT FURTHER RESOLVED that the County Administrator is authorized to execute the "
      "agreement and any related documents, subject to approval as to form by the County "
      "Attorney."]),
    ("h1", "10", "NEW BUSINESS"),
    ("h2", "10-A", "Resolution 2025-25 - Award of Contract, Halvern Convenience Center "
                   "Improvements"),
    ("p", "Mr. Leigh reported that four bids were received on March 19, 2025 and that Rucker "
          "Site Works, Inc. of Halvern submitted the lowest responsive and responsible bid of "
          "$412,860. Supervisor Vega-Trent disclosed, pursuant to the State and Local "
          "Government Conflict of Interests Act, that her brother-in-law is employed by Rucker "
          "Site Works, Inc., and stated that she would abstain."),
    ("p", "Supervisor Okafor moved, seconded by Supervisor Hollis, to adopt Resolution 2025-25. "
          "The motion carried by the following roll call vote:"),
    rc(["Brandt", "Gattis", "Hollis", "Okafor", "Whitcomb"], abstain=["Vega-Trent"]),
    ("res", "RESOLUTION 2025-25",
     "AWARDING A CONTRACT FOR HALVERN CONVENIENCE CENTER IMPROVEMENTS",
     ["NOW, THEREFORE, BE IT RESOLVED by the Brannock County Board of Supervisors that a "
      "contract for the Halvern Convenience Center Improvements is awarded to Rucker Site "
      "Works, Inc. in the amount of $412,860, and that the County Administrator is "
      "authorized to execute the contract."]),
    ("h2", "10-B", "Resolution 2025-26 - Lease-Purchase Financing of One Pumper Apparatus"),
    ("p", "Chief Yount presented the request to finance one custom pumper at a cost of "
          "$987,500 over seven years through the Virginia Association of Counties lease "
          "program, replacing Engine 3 (1999). Supervisor Brandt asked that the Board see the "
          "Fire & EMS apparatus replacement schedule and the effect of the payments on the FY "
          "2026 budget before acting."),
    ("p", "Supervisor Brandt moved, seconded by Supervisor Gattis, to defer action on "
          "Resolution 2025-26 to the April 22, 2025 regular meeting. The motion carried by the "
          "following roll call vote:"),
    rc(["Brandt", "Gattis", "Hollis", "Vega-Trent"], nays=["Okafor", "Whitcomb"]),
    ("h2", "10-C", "Appointments to Boards and Commissions"),
    ("p", "Supervisor Okafor moved, seconded by Supervisor Brandt, to appoint Nathaniel Gosnell "
          "to the Planning Commission representing the Sawyer's Mill District for the unexpired "
          "term ending December 31, 2026, and to reappoint Yvette Carrington to the Brannock "
          "County Social Services Board for a four-year term ending June 30, 2029. The motion "
          "carried 6-0, with Supervisor Pruett absent."),
    ("h1", "11", "COUNTY ADMINISTRATOR'S REPORT"),
    ("p", "Ms. Castellaw reported that the FY 2026 proposed budget public hearing is scheduled "
          "for April 22, 2025; that the real estate reassessment notices were mailed on March "
          "28 and informal review appointments continue through May 9; and that the County "
          "has received an unqualified audit opinion for FY 2024."),
    ("h1", "12", "BOARD MEMBER REPORTS"),
    ("p", "Supervisor Okafor reported on the Tinsley Volunteer Fire Department pancake breakfast. "
          "Supervisor Gattis thanked the Westover Ruritan Club for the roadside cleanup. "
          "Supervisor Hollis thanked the Board and staff for accommodating her remote "
          "participation. Supervisor Vega-Trent and Supervisor Brandt had no report. Chair "
          "Whitcomb reminded members of the regional legislative breakfast on April 17."),
    ("h1", "13", "CLOSED SESSION"),
    ("p", "At 8:27 p.m., Supervisor Vega-Trent moved, seconded by Supervisor Okafor, that the "
          "Board convene in closed session pursuant to Code of Virginia \xa7 2.2-3711(A)(1) for "
          "the discussion of the performance of a specific employee of the Board, namely the "
          "County Administrator; \xa7 2.2-3711(A)(3) for the discussion of the acquisition of "
          "real property for a public purpose, namely a site on Route 611 for a fire station, "
          "where discussion in an open meeting would adversely affect the bargaining position "
          "of the County; and \xa7 2.2-3711(A)(8) for consultation with legal counsel regarding "
          "the solid waste hauling agreement. The motion carried by the following roll call "
          "vote:"),
    rc(ALL_VOTING),
    ("h1", "14", "CERTIFICATION OF CLOSED MEETING AND RETURN TO OPEN SESSION"),
    ("p", "The Board returned to open session at 9:06 p.m. Supervisor Okafor moved, seconded by "
          "Supervisor Gattis, to adopt the following resolution:"),
    ("res", "", "CERTIFICATION OF CLOSED MEETING",
     ["WHEREAS, the Brannock County Board of Supervisors has convened a closed meeting on this "
      "date pursuant to an affirmative recorded vote and in accordance with the provisions of "
      "the Virginia Freedom of Information Act; and",
      "WHEREAS, \xa7 2.2-3712(D) of the Code of Virginia requires a certification by this Board "
      "that such closed meeting was conducted in conformity with Virginia law;",
      "NOW, THEREFORE, BE IT RESOLVED that the Brannock County Board of Supervisors hereby "
      "certifies that, to the best of each member's knowledge, (i) only public business "
      "matters lawfully exempted from open meeting requirements by Virginia law were discussed "
      "in the closed meeting to which this certification applies, and (ii) only such public "
      "business matters as were identified in the motion convening the closed meeting were "
      "heard, discussed or considered by the Board."]),
    ("p", "The motion carried by the following recorded vote:"),
    ("names", [("Whitcomb", "Aye"), ("Okafor", "Aye"), ("Brandt", "Aye"),
               ("Vega-Trent", "Aye"), ("Pruett", "Absent"), ("Hollis", "Aye"),
               ("Gattis", "Aye")]),
    ("p", "No action was taken on the matters discussed in closed session."),
    ("h1", "15", "ADJOURNMENT"),
    ("p", "There being no further business to come before the Board, Chair Whitcomb declared "
          "the meeting adjourned at 9:14 p.m. until the next regular meeting on Tuesday, April "
          "22, 2025 at 6:00 p.m. in the Board Meeting Room."),
    ("sign",),
]

VOTE_NOTES = {
    "3": "Hollis did not vote on her own remote participation and is listed in no column.",
    "10-C": "Printed only as 6-0 with Pruett absent; no names by option.",
}


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

class _Doc(FPDF):
    def __init__(self, kind: str):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
        self.set_author("Brannock County Clerk to the Board")
        self.set_title(f"Board of Supervisors {kind} - {DATE_LONG}")
        self.alias_nb_pages()

    def header(self):
        if self.kind == "agenda":
            if self.page_no() > 1:
                self.set_font("Helvetica", "I", 8.5)
                self.set_y(10)
                self.cell(0, 4, f"Brannock County Board of Supervisors - Regular Meeting Agenda"
                                f" - {DATE_LONG}", align="L")
                self.ln(4)
                self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin,
                          self.get_y() + 1)
                self.set_y(22)
        else:
            self.set_font("Times", "", 9)
            self.set_y(9)
            self.cell(0, 4, "BRANNOCK COUNTY BOARD OF SUPERVISORS", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, f"Book 47, Page {211 + self.page_no()}", align="R")
            self.ln(4)
            self.cell(0, 4, f"Regular Meeting - {DATE_LONG}", align="L")
            self.set_y(21)

    def footer(self):
        self.set_y(-14)
        if self.kind == "agenda":
            self.set_font("Helvetica", "", 8)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        else:
            self.set_font("Times", "I", 8.5)
            self.cell(0, 4, "Minutes approved April 22, 2025", align="L")
            self.set_x(self.l_margin)
            self.set_font("Times", "", 9)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def _agenda_pdf(path: Path) -> None:
    pdf = _Doc("agenda")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, "BRANNOCK COUNTY, VIRGINIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "BOARD OF SUPERVISORS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "REGULAR MEETING AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Tuesday, April 8, 2025 - 6:00 P.M.", align="C", new_x="LMARGIN",
             new_y="NEXT")
    pdf.cell(0, 5, "Board Meeting Room, Brannock County Administration Building", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "210 Courthouse Square, Halvern, Virginia 24599", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    # board roster box
    y0 = pdf.get_y()
    pdf.set_font("Helvetica", "", 8)
    members = list(BOARD.values())
    left = members[:4]
    right = members[4:] + [("Renee D. Castellaw", "County Administrator", None)]
    for i in range(4):
        pdf.set_x(24)
        for col, group in enumerate((left, right)):
            if i < len(group):
                name, district, role = group[i]
                label = f"{name}, {role}" if role else name
                pdf.set_x(24 + col * 88)
                pdf.cell(88, 4, f"{label} - {district}" if "District" in district
                         else f"{label}, {district}")
        pdf.ln(4)
    pdf.rect(20, y0 - 1, pdf.w - 40, pdf.get_y() - y0 + 2)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 8)
    pdf.cell(0, 4, "Pkt. Page", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    for number, title, pages, _part, parent, lines in AGENDA:
        top = parent is None
        x_num = 20 if top else 30
        x_title = 30 if top else 38
        w_title = 150 - (x_title - 20) + 0
        pdf.set_font("Helvetica", "B" if top else "", 10)
        need = 6 + 5 * len(lines) + (5 if len(title) > 70 else 0)
        if pdf.get_y() + need > pdf.h - 22:
            pdf.add_page()
        if top:
            pdf.ln(2)
        y = pdf.get_y()
        pdf.set_x(x_num)
        pdf.cell(10, 5, f"{number}.")
        pdf.set_xy(x_title, y)
        pdf.multi_cell(w_title, 5, title, new_x="LMARGIN", new_y="NEXT")
        y_end = pdf.get_y()
        if pages:
            pdf.set_xy(pdf.w - 20 - 22, y)
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(22, 5, f"{pages[0]} - {pages[1]}", align="R")
        pdf.set_y(y_end)
        for line in lines:
            pdf.set_font("Helvetica", "I", 9)
            pdf.set_x(x_title + 3)
            pdf.multi_cell(w_title - 3, 4.5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    pdf.ln(5)
    if pdf.get_y() > pdf.h - 50:
        pdf.add_page()
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 4, "The Board of Supervisors agenda packet is available for review in the "
                         "office of the County Administrator and on the County website at "
                         "www.brannockcountyva.gov. Meetings are livestreamed and recorded.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 4, "Brannock County does not discriminate on the basis of disability. "
                         "Persons requiring an accommodation to participate in this meeting "
                         "should contact the Clerk to the Board at least 48 hours in advance: "
                         f"{CLERK['name']}, Clerk to the Board, {CLERK['phone']}, "
                         f"{CLERK['email']}.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def _vote_text(names):
    return ", ".join(names) if names else "None"


def _minutes_pdf(path: Path) -> None:
    pdf = _Doc("minutes")
    pdf.set_margins(24, 18, 24)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Times", "", 10.5)
    pdf.multi_cell(0, 4.9, "VIRGINIA:  At a regular meeting of the Brannock County Board of "
                           "Supervisors held on Tuesday, April 8, 2025, at 6:00 p.m. in the "
                           "Board Meeting Room of the Brannock County Administration Building, "
                           "210 Courthouse Square, Halvern, Virginia:",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def roster(label, rows):
        y = pdf.get_y()
        pdf.set_font("Times", "B", 10.5)
        pdf.multi_cell(45, 4.9, label, new_x="LMARGIN", new_y="NEXT")
        y_label = pdf.get_y()
        pdf.set_font("Times", "", 10.5)
        for row in rows:
            pdf.set_xy(70, y)
            pdf.multi_cell(0, 4.9, row, align="L", new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y()
        pdf.set_y(max(y, y_label))
        pdf.ln(2)

    present = []
    for name, district, role in BOARD.values():
        if name in ("Curtis L. Pruett", "Janine M. Hollis"):
            continue
        present.append(f"{name}, {role}, {district}" if role else f"{name}, {district}")
    roster("PRESENT:", present)
    roster("PARTICIPATING\nREMOTELY:", ["Janine M. Hollis, Ebbs Ferry District (see Item 3)"])
    roster("ABSENT:", ["Curtis L. Pruett, Sawyer's Mill District"])
    roster("STAFF PRESENT:", [f"{n}, {r}" for n, r in STAFF])
    roster("OTHERS PRESENT:", [f"{n}, {r}" for n, r in OTHERS])
    pdf.ln(2)

    for block in MINUTES:
        kind = block[0]
        if kind == "h1":
            if pdf.get_y() > pdf.h - 38:
                pdf.add_page()
            pdf.ln(3)
            pdf.set_font("Times", "B", 10.5)
            pdf.cell(12, 5.5, f"{block[1]}.")
            pdf.multi_cell(0, 5.5, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "h2":
            if pdf.get_y() > pdf.h - 38:
                pdf.add_page()
            pdf.ln(1.5)
            pdf.set_font("Times", "BU", 10.5)
            y = pdf.get_y()
            pdf.set_x(pdf.l_margin + 6)
            pdf.cell(12, 5.5, f"{block[1]}.")
            pdf.set_xy(pdf.l_margin + 19, y)
            pdf.multi_cell(0, 5.5, block[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font("Times", "", 10.5)
            pdf.multi_cell(0, 4.9, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "ind":
            pdf.set_font("Times", "", 10.5)
            pdf.set_x(pdf.l_margin + 10)
            pdf.multi_cell(0, 4.9, block[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "rollcall":
            _, ayes, nays, absent, abstain = block
            rows = [("Ayes:", ayes), ("Nays:", nays)]
            if abstain:
                rows.append(("Abstain:", abstain))
            rows.append(("Absent:", absent))
            if pdf.get_y() > pdf.h - 38:
                pdf.add_page()
            for label, names in rows:
                pdf.set_x(pdf.l_margin + 20)
                pdf.set_font("Times", "", 10.5)
                pdf.cell(22, 4.9, label)
                pdf.cell(0, 4.9, _vote_text(names), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "names":
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            pdf.set_font("Times", "", 10.5)
            for surname, vote in block[1]:
                pdf.set_x(pdf.l_margin + 20)
                pdf.cell(60, 4.9, f"Supervisor {surname}")
                pdf.cell(0, 4.9, vote, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "res":
            _, number, title, paras = block
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(1)
            pdf.set_font("Times", "B", 10.5)
            if number:
                pdf.cell(0, 5, number, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(pdf.l_margin + 15)
            pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 30, 5, title, align="C",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            pdf.set_font("Times", "", 10.5)
            for para in paras:
                pdf.set_x(pdf.l_margin + 10)
                pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 20, 4.8, para, align="J",
                               new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            pdf.ln(1.5)
        elif kind == "sign":
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            pdf.ln(10)
            pdf.set_font("Times", "", 10.5)
            y = pdf.get_y()
            pdf.cell(75, 4.9, "______________________________")
            pdf.cell(0, 4.9, "ATTEST:  ______________________________", new_x="LMARGIN",
                     new_y="NEXT")
            pdf.cell(75, 4.9, "Dale R. Whitcomb, Chair")
            pdf.set_x(pdf.l_margin + 75 + 17)
            pdf.cell(0, 4.9, "Annette B. Sizemore, Clerk to the Board", new_x="LMARGIN",
                     new_y="NEXT")
            pdf.cell(75, 4.9, "Brannock County Board of Supervisors")
            del y
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    (folder / "agendas").mkdir(parents=True, exist_ok=True)
    (folder / "minutes").mkdir(parents=True, exist_ok=True)
    agenda = folder / "agendas" / AGENDA_NAME
    minutes = folder / "minutes" / MINUTES_NAME
    _agenda_pdf(agenda)
    _minutes_pdf(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------

def _full(surname: str) -> str:
    return BOARD[surname][0]


def _agenda_gold() -> dict:
    items = []
    for number, title, pages, part, parent, lines in AGENDA:
        item = {"number": number, "title": title,
                "pages": {"first": pages[0], "last": pages[1]} if pages else None,
                "part": part, "parent": parent, "path": f"{parent}.{number}" if parent
                else number}
        if lines:
            item["topics"] = lines
        items.append(item)
    return {
        "file": f"generated/agendas/{AGENDA_NAME}",
        "kind": "agenda",
        "country": "US",
        "notes": [
            "Sub-items are lettered A, B, C under numbered headings and the letters restart in "
            "each section, so each carries parent and path (6.A, 8.B ...).",
            "The right-hand 'Pkt. Page' column prints a range for items with papers in the board "
            "packet; items with no range printed have pages null, and the section headings "
            "(6, 7, 8, 9, 10) print no range of their own.",
            "Italic lines under an item (presenter, time certain, procedural notes, the closed "
            "session code citations, the vacancies under 10.C) are kept as topics, not items.",
            "The closed session item (13) is marked exempt; the certification and return to open "
            "session (14) is public.",
            "The board roster box at the top and the clerk's ADA notice at the end are not items; "
            "the contact is the Clerk to the Board named in the notice.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": "18:00", "contact": dict(CLERK)},
        "agenda": items,
    }


def _minutes_gold() -> dict:
    items = []
    votes = []
    per_item: dict[str, int] = {}
    current = None
    agenda_paths = {(f"{p}-{n}" if p else n) for n, _t, _pg, _pa, p, _l in AGENDA}
    for block in MINUTES:
        kind = block[0]
        if kind in ("h1", "h2"):
            current = block[1]
            assert current in agenda_paths, current
            items.append({"number": current, "title": block[2],
                          "agenda_item": current.replace("-", ".")})
        text = ""
        if kind in ("p", "ind"):
            text = block[1]
        elif kind == "res":
            text = " ".join(block[3])
        n_res = len(re.findall(r"\bRESOLVED\b", text))
        if n_res:
            per_item[current] = per_item.get(current, 0) + n_res
        if kind == "rollcall":
            _, ayes, nays, absent, abstain = block
            votes.append({"item": current,
                          "result": "carried" if len(ayes) > len(nays) else "lost",
                          "counts": {"yes": len(ayes), "no": len(nays), "abstain": len(abstain),
                                     "absent": len(absent)},
                          "voters": {"yes": [_full(s) for s in ayes],
                                     "no": [_full(s) for s in nays],
                                     "abstain": [_full(s) for s in abstain],
                                     "absent": [_full(s) for s in absent]}})
        elif kind == "names":
            by = {"Aye": [], "Nay": [], "Absent": []}
            for surname, vote in block[1]:
                by[vote].append(_full(surname))
            votes.append({"item": current, "result": "carried",
                          "counts": {"yes": len(by["Aye"]), "no": len(by["Nay"]), "abstain": 0,
                                     "absent": len(by["Absent"])},
                          "voters": {"yes": by["Aye"], "no": by["Nay"], "abstain": [],
                                     "absent": by["Absent"]}})
        elif kind == "p" and "carried 6-0, with Supervisor Pruett absent" in block[1]:
            votes.append({"item": current, "result": "carried",
                          "counts": {"yes": 6, "no": 0, "abstain": 0, "absent": 1}})
    for vote in votes:
        if vote["item"] in VOTE_NOTES:
            vote["note"] = VOTE_NOTES[vote["item"]]
    motions = {
        "3": ("Brandt", "Vega-Trent"), "4": ("Okafor", "Gattis"), "6": ("Vega-Trent", "Okafor"),
        "8-A": ("Okafor", "Brandt"), "8-C": ("Hollis", "Vega-Trent"),
        "9-A": ("Gattis", "Hollis"), "10-A": ("Okafor", "Hollis"), "10-B": ("Brandt", "Gattis"),
        "10-C": ("Okafor", "Brandt"), "13": ("Vega-Trent", "Okafor"), "14": ("Okafor", "Gattis"),
    }
    for vote in votes:
        if vote["item"] in motions:
            vote["mover"], vote["seconder"] = (_full(s) for s in motions[vote["item"]])
    sup = [v for v in votes if v["item"] == "8-B"]
    sup[0]["mover"], sup[0]["seconder"] = _full("Gattis"), _full("Okafor")
    sup[0]["motion"] = "Approve SUP-25-02 subject to 31 conditions"
    sup[0]["result_as_printed"] = "The motion failed"
    sup[1]["mover"], sup[1]["seconder"] = _full("Brandt"), _full("Vega-Trent")
    sup[1]["motion"] = "Deny SUP-25-02"
    attendance = []
    for name, district, role in BOARD.values():
        status = {"Curtis L. Pruett": "absent", "Janine M. Hollis": "virtual"}.get(name,
                                                                                    "present")
        rec = {"name": name, "status": status}
        rec["role"] = f"{role}, {district}" if role else district
        attendance.append(rec)
    attendance += [{"name": n, "status": "in_attendance", "role": r} for n, r in STAFF]
    attendance += [{"name": n, "status": "also_present", "role": r} for n, r in OTHERS]
    return {
        "file": f"generated/minutes/{MINUTES_NAME}",
        "kind": "minutes",
        "country": "US",
        "notes": [
            "Minute headings follow the agenda numbers; sub-headings print as 8-A, 9-A, 10-B "
            "and so on, and agenda_item gives the agenda path (8.A).",
            "The consent agenda items are listed in the motion's prose, not as headings, so "
            "they are not minute items; the resolution title blocks (RESOLUTION 2025-21 ...) "
            "printed under a heading are not minute items either.",
            "Resolutions count every printed BE IT RESOLVED / BE IT FURTHER RESOLVED clause: "
            "2025-21, 2025-22, 2025-23, 2025-24 (two clauses), 2025-25 and the closed meeting "
            "certification; Ordinance 2025-03 is adopted by motion and prints no clause, and "
            "Resolution 2025-26 was deferred.",
            "Hollis participated remotely by video conference under Code of Virginia "
            "2.2-3708.3(B) and is recorded as virtual; she voted on every motion after item 3.",
            "The item 3 vote (approving Hollis's remote participation) lists five Ayes; Hollis "
            "is named in no column and is not counted as an abstention.",
            "The SUP-25-02 approval motion failed 2-4 and a denial motion then carried 4-2, "
            "both under 8-B.",
            "Vega-Trent's abstention under 10-A is printed as an 'Abstain:' line.",
            "The votes under 9-A and 14 are printed name by name (Supervisor X  Aye/Nay/"
            "Absent); the 10-C vote prints only '6-0, with Supervisor Pruett absent'.",
            "Staff are in_attendance; the VDOT resident engineer and the Sheriff, listed under "
            "OTHERS PRESENT, are also_present. The pastor who gave the invocation, the "
            "applicant's representative and public speakers are named in the text only and "
            "are not in the attendance.",
            "The running header prints the minute book page (Book 47, Page 212 ...), which is "
            "not the document's page number; the footer prints Page X of Y.",
            "No votes are taken on the VDOT report (consensus) or the adjournment (declared by "
            "the Chair).",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": "18:00", "end_time": "21:14"},
        "minutes": {
            "meeting": {"date": DATE, "start_time": "18:00", "end_time": "21:14"},
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
    }


def gold() -> dict[str, dict]:
    return {
        f"agendas__{AGENDA_NAME[:-4]}": _agenda_gold(),
        f"minutes__{MINUTES_NAME[:-4]}": _minutes_gold(),
    }

"""Pamlico Sound County, North Carolina (fictional): Board of Commissioners, regular meeting.

A five-member North Carolina county board of commissioners printed the way NC clerks to the board
print their papers (Word documents saved to PDF, Letter paper, one-inch margins):

* agendas/..._2025-04-07_agenda.pdf - the regular meeting agenda of Monday, April 7, 2025 at
  6:00 p.m.: a centred letterhead, eleven numbered items in bold capitals, the Consent Agenda (4)
  and New Business (8) with lettered sub-items "A." to "F." / "A." to "D.", italic presenter,
  "Action Requested" and statute lines under the items, the closed session citing
  G.S. 143-318.11(a)(3) and (a)(6), an accessibility notice and "Page X of Y" footers.
* minutes/..._2025-04-07_minutes.pdf - the minutes of that meeting as the Clerk to the Board types
  them: "met in regular session" opening, Present/Absent/Staff present block, each item headed
  "N.  TITLE" in bold capitals (New Business sub-items "A." to "D."), motions in prose
  ("... moved ... seconded ... The motion carried unanimously (4-0)." / "Upon motion by ..., the
  Board voted 3-1 ..., with Commissioner Ashby voting no."), a motion lost 2-2, a roll call on the
  ordinance naming the absent member, two resolutions printed in full (one with two "BE IT
  FURTHER RESOLVED" clauses), an ordinance ("BE IT ORDAINED"), a public hearing opened and closed
  by motion with speakers, closed session entered and left by motion, the adjournment time and
  signature lines for the Chairman and the Clerk to the Board.
* packs/..._2025-04-07_agenda-pack.pdf - the agenda packet: the same agenda with "Page N"
  references at the right margin, followed by "Request for Board Action" sheets, the draft minutes
  of the March 17, 2025 regular meeting (their own "Page x of y" footer over the packet's page
  stamp), a tax release list running over two pages with its header repeated, two budget
  amendment tables, a bid tabulation, a proclamation and draft resolution/ordinance texts.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

COUNCIL = "Pamlico Sound County"
COUNCIL_SLUG = "pamlico-sound-county"
BODY = "Board of Commissioners"
BODY_SLUG = "board-of-commissioners"
DATE = "2025-04-07"
DATE_LONG = "April 7, 2025"
PREV_DATE = "2025-03-17"
PREV_LONG = "March 17, 2025"
CREATED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)

PAGE_W = 215.9
LM = 25.4
TW = PAGE_W - 2 * LM          # text width
BOTTOM = 22.0

CLERK_PHONE = "(252) 555-0147"
CLERK_EMAIL = "tcredle@pamlicosoundcountync.gov"

# --------------------------------------------------------------------------------------------
# The people
# --------------------------------------------------------------------------------------------

BOARD = [  # name, role, surname
    ("Harlan T. Whitfield", "Chairman", "Whitfield"),
    ("Loretta M. Spruill", "Vice Chairman", "Spruill"),
    ("Dwayne E. Ashby", "Commissioner", "Ashby"),
    ("Curtis B. Mayo", "Commissioner", "Mayo"),
    ("Renee O. Tolson", "Commissioner", "Tolson"),
]
STAFF_APR = [
    ("Gregory L. Parnell", "County Manager"),
    ("Audra K. Lupton", "County Attorney"),
    ("Tamsin R. Credle", "Clerk to the Board"),
    ("Wendell J. Styron", "Finance Officer"),
    ("Marisol Fulcher", "Planning Director"),
]
STAFF_MAR = [
    ("Gregory L. Parnell", "County Manager"),
    ("Audra K. Lupton", "County Attorney"),
    ("Tamsin R. Credle", "Clerk to the Board"),
    ("Mitchell A. Gibbs", "Tax Administrator"),
]

# --------------------------------------------------------------------------------------------
# The agenda (printed twice: alone, and as the packet's front pages)
# kind of line under an item: presenter | topic | action | note
# --------------------------------------------------------------------------------------------

AGENDA = [
    dict(num="1", title="CALL TO ORDER", parent=None, part="public",
         lines=[("presenter", "Chairman Harlan T. Whitfield")]),
    dict(num="2", title="INVOCATION AND PLEDGE OF ALLEGIANCE", parent=None, part="public",
         lines=[("presenter", "Commissioner Dwayne E. Ashby")]),
    dict(num="3", title="APPROVAL OF AGENDA", parent=None, part="public", lines=[]),
    dict(num="4", title="CONSENT AGENDA", parent=None, part="public",
         lines=[("note", "All items listed under the Consent Agenda are considered routine and will be "
                         "enacted by one motion. There will be no separate discussion of these items "
                         "unless a Commissioner so requests, in which event the item will be removed "
                         "from the Consent Agenda and considered separately.")]),
    dict(num="A", title="Approval of Minutes - March 17, 2025 Regular Meeting and Closed Session",
         parent="4", part="public", lines=[]),
    dict(num="B", title="Tax Collector's Report - Releases and Refunds for March 2025",
         parent="4", part="public", lines=[]),
    dict(num="C", title="Budget Amendment No. 25-13 - Sheriff's Office Federal Equitable Sharing "
                        "Funds ($14,250)", parent="4", part="public", lines=[]),
    dict(num="D", title="Resolution Authorizing the Disposal of Surplus Vehicles and Equipment by "
                        "Electronic Auction", parent="4", part="public", lines=[]),
    dict(num="E", title="Proclamation Declaring April 2025 as Child Abuse Prevention Month in "
                        "Pamlico Sound County", parent="4", part="public", lines=[]),
    dict(num="F", title="Renewal of Agreement with Coastal Correctional Health, LLC for Inmate Medical "
                        "Services at the Pamlico Sound County Detention Center, July 1, 2025 through "
                        "June 30, 2026", parent="4", part="public", lines=[]),
    dict(num="5", title="PUBLIC HEARINGS", parent=None, part="public",
         lines=[("topic", "Text Amendment TA-25-02 to the Pamlico Sound County Unified Development "
                          "Ordinance, Article 7, Section 7.14 - Short-Term Rental Standards"),
                ("presenter", "Presenter: Marisol Fulcher, Planning Director"),
                ("action", "Action Requested: Conduct the public hearing; consider adoption of the "
                           "ordinance and statement of consistency")]),
    dict(num="6", title="PUBLIC COMMENT", parent=None, part="public",
         lines=[("note", "Speakers are asked to sign up with the Clerk to the Board before the meeting "
                         "is called to order. Each speaker is limited to three (3) minutes, and the "
                         "public comment period is limited to thirty (30) minutes in total.")]),
    dict(num="7", title="OLD BUSINESS", parent=None, part="public",
         lines=[("topic", "Sound Side Senior Center Lease Renewal (tabled March 17, 2025)"),
                ("presenter", "Presenter: Gregory L. Parnell, County Manager")]),
    dict(num="8", title="NEW BUSINESS", parent=None, part="public", lines=[]),
    dict(num="A", title="Budget Amendment No. 25-14 - Emergency Medical Services Ambulance Remount "
                        "($186,400)", parent="8", part="public",
         lines=[("presenter", "Presenter: Wendell J. Styron, Finance Officer")]),
    dict(num="B", title="Resolution Authorizing Application to the North Carolina Division of Water "
                        "Infrastructure for a Drinking Water Asset Inventory and Assessment Grant",
         parent="8", part="public",
         lines=[("presenter", "Presenter: Gregory L. Parnell, County Manager")]),
    dict(num="C", title="Award of Bid - Courthouse Annex Roof Replacement", parent="8", part="public",
         lines=[("presenter", "Presenter: Gregory L. Parnell, County Manager"),
                ("action", "Action Requested: Award contract to the lowest responsive, responsible "
                           "bidder and authorize the County Manager to execute the contract")]),
    dict(num="D", title="Appointments to Boards and Committees", parent="8", part="public",
         lines=[("presenter", "Presenter: Tamsin R. Credle, Clerk to the Board")]),
    dict(num="9", title="COUNTY MANAGER'S REPORT", parent=None, part="public", lines=[]),
    dict(num="10", title="CLOSED SESSION", parent=None, part="exempt",
         lines=[("topic", "Pursuant to G.S. 143-318.11(a)(3) to consult with the County Attorney in "
                          "order to preserve the attorney-client privilege, and G.S. 143-318.11(a)(6) "
                          "to consider the qualifications, competence and performance of a public "
                          "employee")]),
    dict(num="11", title="ADJOURNMENT", parent=None, part="public", lines=[]),
]

ADA_NOTICE = ("Pamlico Sound County complies with the Americans with Disabilities Act. Persons who need "
              "an accommodation to participate in this meeting should contact Tamsin R. Credle, Clerk "
              f"to the Board, at {CLERK_PHONE} or {CLERK_EMAIL} at least 48 hours before the meeting.")


def _key(item: dict) -> str:
    """The agenda item's full reference (4A, 8C, 10)."""
    return (item["parent"] or "") + item["num"]


# --------------------------------------------------------------------------------------------
# The minutes of April 7, 2025
# blocks: ("p", text) | ("vote", text, vote) | ("list", [(label, text)]) | ("res", res)
#         ("ord", ordinance) | ("roll", [(label, text)], vote)
# --------------------------------------------------------------------------------------------


def _v(result: str, yes: int, no: int, abstain: int = 0, **extra) -> dict:
    vote = {"result": result, "counts": {"yes": yes, "no": no, "abstain": abstain}}
    absent = extra.pop("absent", None)
    if absent is not None:
        vote["counts"]["absent"] = absent
    vote.update(extra)
    return vote


RES_SURPLUS = dict(
    number="RESOLUTION NO. 2025-11",
    title="A RESOLUTION AUTHORIZING THE DISPOSAL OF SURPLUS VEHICLES AND EQUIPMENT BY ELECTRONIC AUCTION",
    whereas=[
        "the Board of Commissioners of Pamlico Sound County desires to dispose of certain personal "
        "property of the County that is surplus to its needs and no longer useful for County "
        "operations; and",
        "G.S. 160A-270(c), made applicable to counties by G.S. 153A-176, permits the County to sell "
        "personal property by electronic auction upon adoption of a resolution authorizing the "
        "appropriate official to dispose of the property in that manner; and",
        "the property to be sold consists of three (3) Sheriff's Office patrol vehicles, one 2009 "
        "Chevrolet Silverado pickup truck assigned to Parks and Recreation, one 1998 John Deere "
        "tractor with bush hog, and assorted office furniture and obsolete computer equipment "
        "stored at the Public Works warehouse on Mill Pond Road;",
    ],
    resolved=[
        ("NOW, THEREFORE, BE IT RESOLVED",
         "by the Board of Commissioners of Pamlico Sound County that the Finance Officer is authorized "
         "to dispose of the property described above by electronic auction through a recognized "
         "online auction service, beginning no sooner than ten (10) days after publication of a "
         "notice summarizing this resolution, to accept the highest bid received for each item, and "
         "to execute the titles and bills of sale necessary to convey the property to the buyers."),
    ],
    adopted="Adopted this the 7th day of April, 2025.",
)

RES_WATER = dict(
    number="RESOLUTION NO. 2025-12",
    title="A RESOLUTION AUTHORIZING APPLICATION FOR A DRINKING WATER ASSET INVENTORY AND "
          "ASSESSMENT GRANT",
    whereas=[
        "the Federal Safe Drinking Water Act Amendments of 1996 and the North Carolina Water "
        "Infrastructure Act of 2005 (G.S. 159G) have authorized programs to assist units of local "
        "government in financing the cost of drinking water infrastructure; and",
        "Pamlico Sound County owns and operates a public water system serving approximately 6,800 "
        "connections and has identified the need for a comprehensive inventory and condition "
        "assessment of its wells, elevated storage tanks and distribution lines; and",
        "the County intends to request grant assistance from the State Drinking Water Reserve for an "
        "Asset Inventory and Assessment project in an amount not to exceed $150,000;",
    ],
    resolved=[
        ("NOW, THEREFORE, BE IT RESOLVED",
         "by the Board of Commissioners of Pamlico Sound County that Pamlico Sound County, the "
         "Applicant, will arrange financing for the local match of five percent (5%) of the project "
         "cost, in an amount not to exceed $7,500."),
        ("BE IT FURTHER RESOLVED",
         "that Gregory L. Parnell, County Manager, the Authorized Official, and successors so titled, "
         "is hereby authorized to execute and file an application on behalf of the Applicant with the "
         "State of North Carolina for a grant to aid in the project described above, and to furnish "
         "such information as the State may request in connection with the application."),
        ("BE IT FURTHER RESOLVED",
         "that the Applicant has substantially complied, or will substantially comply, with all "
         "Federal, State and local laws, rules, regulations and ordinances applicable to the project "
         "and to Federal and State grants pertaining to it."),
    ],
    adopted="Adopted this the 7th day of April, 2025, at Tillery Landing, North Carolina.",
)

ORD_STR = dict(
    number="ORDINANCE NO. 2025-03",
    title="AN ORDINANCE AMENDING ARTICLE 7, SECTION 7.14 OF THE PAMLICO SOUND COUNTY UNIFIED "
          "DEVELOPMENT ORDINANCE REGARDING SHORT-TERM RENTALS",
    enact="**BE IT ORDAINED** by the Board of Commissioners of Pamlico Sound County, North Carolina, "
          "that:",
    sections=[
        ("Section 1.", "Article 7, Section 7.14 of the Pamlico Sound County Unified Development "
                       "Ordinance is hereby amended by adding new subsections (D) through (G) to read "
                       "as follows:"),
        ("(D)", "Registration. Each dwelling offered for rent for periods of less than thirty (30) "
                "consecutive days shall be registered annually with the Planning Department on a "
                "form provided by the Department."),
        ("(E)", "Occupancy. Overnight occupancy shall not exceed two (2) persons per bedroom plus two "
                "(2) additional persons."),
        ("(F)", "Parking. One (1) off-street parking space shall be provided for every two (2) "
                "bedrooms or fraction thereof."),
        ("(G)", "Local contact. The owner shall designate a local contact person who is available at "
                "all times during a rental period and who will respond to complaints within one (1) "
                "hour."),
        ("Section 2.", "All ordinances or parts of ordinances in conflict with this ordinance are "
                       "hereby repealed."),
        ("Section 3.", "This ordinance shall be effective upon adoption, except that the registration "
                       "required by subsection (D) shall first be obtained on or before January 1, 2026."),
    ],
    adopted="Adopted this the 7th day of April, 2025.",
)

MINUTES_APR = [
    dict(num="1", title="CALL TO ORDER", level=0, blocks=[
        ("p", "Chairman Whitfield called the meeting to order at 6:00 p.m. and welcomed those in "
              "attendance. He announced that Commissioner Mayo had notified the Clerk earlier in the day "
              "that he was unable to attend because of a family medical matter."),
        ("vote", "Upon motion by Vice Chairman Spruill, seconded by Commissioner Tolson, the Board voted "
                 "unanimously (4-0) to excuse Commissioner Mayo from the meeting.",
         _v("carried", 4, 0, motion="Excuse Commissioner Mayo from the meeting", mover="Spruill",
            seconder="Tolson")),
    ]),
    dict(num="2", title="INVOCATION AND PLEDGE OF ALLEGIANCE", level=0, blocks=[
        ("p", "Commissioner Ashby offered the invocation and led those present in the Pledge of "
              "Allegiance to the Flag."),
    ]),
    dict(num="3", title="APPROVAL OF AGENDA", level=0, blocks=[
        ("p", "County Manager Parnell requested that Item 8D, Appointments to Boards and Committees, be "
              "amended to include one appointment to the Pamlico Sound County Planning Board, the "
              "applicant's paperwork having been received after the agenda was published."),
        ("vote", "Commissioner Ashby moved to approve the agenda as amended. Commissioner Tolson "
                 "seconded the motion. The motion carried unanimously (4-0).",
         _v("carried", 4, 0, motion="Approve the agenda as amended", mover="Ashby", seconder="Tolson")),
    ]),
    dict(num="4", title="CONSENT AGENDA", level=0, blocks=[
        ("p", "Chairman Whitfield asked whether any Commissioner wished to remove an item from the "
              "Consent Agenda for separate discussion. There were no requests. The Consent Agenda "
              "consisted of the following items:"),
        ("list", [
            ("A.", "Approval of the minutes of the March 17, 2025 regular meeting and closed session."),
            ("B.", "Tax Collector's Report of releases and refunds for March 2025."),
            ("C.", "Budget Amendment No. 25-13 appropriating $14,250 in federal equitable sharing "
                   "funds to the Sheriff's Office."),
            ("D.", "Resolution No. 2025-11 authorizing the disposal of surplus vehicles and equipment "
                   "by electronic auction."),
            ("E.", "Proclamation declaring April 2025 as Child Abuse Prevention Month in Pamlico Sound "
                   "County."),
            ("F.", "Renewal of the agreement with Coastal Correctional Health, LLC for inmate medical "
                   "services at the Detention Center for fiscal year 2025-2026 in an amount not to "
                   "exceed $318,600."),
        ]),
        ("vote", "Vice Chairman Spruill moved to approve the Consent Agenda as presented. Commissioner "
                 "Ashby seconded the motion. The motion carried unanimously (4-0).",
         _v("carried", 4, 0, motion="Approve the Consent Agenda as presented", mover="Spruill",
            seconder="Ashby")),
        ("p", "Resolution No. 2025-11, as adopted, reads as follows:"),
        ("res", RES_SURPLUS),
    ]),
    dict(num="5", title="PUBLIC HEARING - TEXT AMENDMENT TA-25-02, UNIFIED DEVELOPMENT ORDINANCE, "
                        "ARTICLE 7, SECTION 7.14, SHORT-TERM RENTAL STANDARDS", level=0, blocks=[
        ("p", "Planning Director Fulcher reviewed the proposed text amendment, which would require an "
              "annual registration of each short-term rental, limit overnight occupancy to two persons "
              "per bedroom plus two additional persons, require one off-street parking space for every "
              "two bedrooms, and require a local contact person who can respond to complaints within one "
              "hour. She reported that the Planning Board reviewed the amendment at its March 11, 2025 "
              "meeting and voted 6-1 to recommend approval, and that staff finds the amendment "
              "consistent with the Pamlico Sound County 2040 Land Use Plan."),
        ("vote", "Upon motion by Commissioner Tolson, seconded by Vice Chairman Spruill, the Board voted "
                 "unanimously (4-0) to open the public hearing at 6:14 p.m.",
         _v("carried", 4, 0, motion="Open the public hearing", mover="Tolson", seconder="Spruill")),
        ("p", "The following persons spoke during the public hearing:"),
        ("p", "Johanna Pruitt, 118 Heron Point Drive, spoke in favor of the amendment and described "
              "repeated problems with parking and late-night noise at a rental house next to her home."),
        ("p", "Carl Ventress, 42 Oyster Shell Lane, the owner of two rental cottages, spoke in opposition "
              "to the occupancy limit, stating that it would discourage bookings by extended families "
              "who travel together."),
        ("p", "Beatrice Lanier, representing the Tillery Landing Merchants Association, asked the Board to "
              "adopt the amendment but to delay the registration deadline until January 1, 2026 so that "
              "owners would have time to comply before the summer season."),
        ("p", "There being no one else wishing to speak, Chairman Whitfield called for a motion to close "
              "the hearing."),
        ("vote", "Upon motion by Commissioner Ashby, seconded by Commissioner Tolson, the Board voted "
                 "unanimously (4-0) to close the public hearing at 6:31 p.m.",
         _v("carried", 4, 0, motion="Close the public hearing", mover="Ashby", seconder="Tolson")),
        ("p", "Following discussion, Vice Chairman Spruill moved to adopt the ordinance amending Article 7 "
              "of the Unified Development Ordinance with the registration deadline set at January 1, 2026, "
              "and to adopt the statement of consistency and reasonableness as presented by staff. "
              "Commissioner Tolson seconded the motion. At the request of the County Attorney, the Clerk "
              "called the roll:"),
        ("roll", [("Ayes:", "Chairman Whitfield, Vice Chairman Spruill, Commissioners Ashby and Tolson"),
                  ("Noes:", "None"),
                  ("Absent:", "Commissioner Mayo")],
         _v("carried", 4, 0, absent=1, motion="Adopt Ordinance No. 2025-03 and the statement of consistency",
            mover="Spruill", seconder="Tolson",
            voters={"yes": ["Whitfield", "Spruill", "Ashby", "Tolson"], "no": [], "absent": ["Mayo"]})),
        ("p", "The motion carried 4-0, and the following ordinance was adopted:"),
        ("ord", ORD_STR),
    ]),
    dict(num="6", title="PUBLIC COMMENT", level=0, blocks=[
        ("p", "Chairman Whitfield opened the public comment period at 6:52 p.m."),
        ("p", "Raymond Oden, 905 Cedar Creek Road, asked the Board to request that the North Carolina "
              "Department of Transportation add Cedar Creek Road to the secondary road paving list, "
              "noting that school buses have become stuck on the road twice this winter."),
        ("p", "Lucinda Farrow, 27 Front Street, Tillery Landing, thanked the Board and the library staff "
              "for the new Saturday hours at the Tillery Landing Branch Library."),
        ("p", "There being no further speakers, Chairman Whitfield closed the public comment period at "
              "6:58 p.m."),
    ]),
    dict(num="7", title="OLD BUSINESS - SOUND SIDE SENIOR CENTER LEASE RENEWAL", level=0, blocks=[
        ("p", "County Manager Parnell reminded the Board that this item was tabled at the March 17, 2025 "
              "meeting. Since 2015 the County has leased the former Mill Pond Elementary School cafeteria "
              "building from the Pamlico Sound County Board of Education for use as the Sound Side Senior "
              "Center. The Board of Education has offered a five-year renewal at an annual rent of "
              "$24,000, an increase of $6,000 over the current rent, with the County becoming responsible "
              "for roof and HVAC repairs. The Board of Education has also offered a one-year renewal at "
              "the current rent of $18,000 while the parties negotiate responsibility for capital "
              "repairs."),
        ("vote", "Commissioner Tolson moved to approve the five-year lease renewal as offered by the Board "
                 "of Education. Vice Chairman Spruill seconded the motion. The motion failed 2-2, with Vice "
                 "Chairman Spruill and Commissioner Tolson voting aye and Chairman Whitfield and "
                 "Commissioner Ashby voting no.",
         _v("lost", 2, 2, motion="Approve the five-year lease renewal", mover="Tolson", seconder="Spruill",
            voters={"yes": ["Spruill", "Tolson"], "no": ["Whitfield", "Ashby"]})),
        ("vote", "Upon motion by Chairman Whitfield, seconded by Commissioner Ashby, the Board voted "
                 "unanimously (4-0) to approve a one-year renewal of the lease at the current annual rent "
                 "of $18,000 and to direct the County Manager to continue negotiations with the Board of "
                 "Education on a long-term lease.",
         _v("carried", 4, 0, motion="Approve a one-year renewal of the lease", mover="Whitfield",
            seconder="Ashby")),
    ]),
    dict(num="8", title="NEW BUSINESS", level=0, blocks=[]),
    dict(num="A", title="BUDGET AMENDMENT NO. 25-14 - EMERGENCY MEDICAL SERVICES AMBULANCE REMOUNT "
                        "($186,400)", level=1, blocks=[
        ("p", "Finance Officer Styron explained that Medic 3, a 2016 ambulance with more than 240,000 "
              "miles, has had repeated drivetrain failures. Remounting the existing patient compartment "
              "on a new chassis would cost $186,400, compared with approximately $395,000 for a new "
              "ambulance. The amendment appropriates $186,400 from the unassigned fund balance of the "
              "General Fund, which would remain above the Board's adopted minimum of twenty percent of "
              "General Fund expenditures."),
        ("vote", "Commissioner Ashby moved to approve Budget Amendment No. 25-14 as presented. Vice "
                 "Chairman Spruill seconded the motion. The motion carried unanimously (4-0).",
         _v("carried", 4, 0, motion="Approve Budget Amendment No. 25-14", mover="Ashby",
            seconder="Spruill")),
    ]),
    dict(num="B", title="RESOLUTION AUTHORIZING APPLICATION TO THE NORTH CAROLINA DIVISION OF WATER "
                        "INFRASTRUCTURE FOR A DRINKING WATER ASSET INVENTORY AND ASSESSMENT GRANT",
         level=1, blocks=[
        ("p", "County Manager Parnell stated that the grant would fund a complete inventory and condition "
              "assessment of the county water system, including the Goose Creek and Batts Mill well "
              "fields, three elevated storage tanks and approximately 96 miles of distribution lines. "
              "The maximum grant is $150,000, with a required local match of five percent. Commissioner "
              "Ashby stated that he could not support the application because the County completed a "
              "similar study in 2017 and its recommendations were never funded."),
        ("vote", "Upon motion by Commissioner Tolson, seconded by Vice Chairman Spruill, the Board voted "
                 "3-1 to adopt the following resolution, with Commissioner Ashby voting no.",
         _v("carried", 3, 1, motion="Adopt Resolution No. 2025-12", mover="Tolson", seconder="Spruill",
            voters={"no": ["Ashby"]})),
        ("res", RES_WATER),
    ]),
    dict(num="C", title="AWARD OF BID - COURTHOUSE ANNEX ROOF REPLACEMENT", level=1, blocks=[
        ("p", "Commissioner Tolson stated that her brother-in-law is employed as a project manager by "
              "Neuse Ridge Roofing, Inc., the apparent low responsive bidder, and asked to be excused from "
              "voting on this item."),
        ("vote", "Upon motion by Commissioner Ashby, seconded by Vice Chairman Spruill, the Board voted "
                 "unanimously (4-0) to excuse Commissioner Tolson from voting on Item 8C.",
         _v("carried", 4, 0, motion="Excuse Commissioner Tolson from voting on Item 8C", mover="Ashby",
            seconder="Spruill")),
        ("p", "County Manager Parnell reported that five bids for replacement of the Courthouse Annex roof "
              "were received and opened on March 25, 2025. The low bid of $400,900 from Sandhill Roof "
              "Services, Inc. was not accompanied by the required bid bond and was rejected as "
              "non-responsive. The lowest responsive, responsible bid was submitted by Neuse Ridge "
              "Roofing, Inc. of Kestrel Bay, North Carolina in the amount of $412,870, including "
              "Alternate No. 1 for replacement of the rooftop drains. Funds are available in the "
              "Capital Improvement Plan."),
        ("vote", "Commissioner Ashby moved to award the bid for the Courthouse Annex Roof Replacement to "
                 "Neuse Ridge Roofing, Inc. in the amount of $412,870, including Alternate No. 1, and to "
                 "authorize the County Manager to execute the contract. Vice Chairman Spruill seconded the "
                 "motion. The motion carried 3-0, Commissioner Tolson having been excused from voting.",
         _v("carried", 3, 0, motion="Award the roof replacement bid to Neuse Ridge Roofing, Inc.",
            mover="Ashby", seconder="Spruill")),
    ]),
    dict(num="D", title="APPOINTMENTS TO BOARDS AND COMMITTEES", level=1, blocks=[
        ("p", "Clerk to the Board Credle presented the following vacancies and applications:"),
        ("list", [
            ("1.", "Board of Health, pharmacist position - Naomi Selwyn, eligible for reappointment to a "
                   "three-year term ending April 30, 2028."),
            ("2.", "Nursing Home and Adult Care Home Community Advisory Committee - one vacancy; one "
                   "application received from Terrence Hollis."),
            ("3.", "Planning Board, District 2 - unexpired term ending June 30, 2026; one application "
                   "received from Gail Mercer (added to the agenda under Item 3)."),
        ]),
        ("vote", "Vice Chairman Spruill moved to reappoint Naomi Selwyn to the Board of Health, to appoint "
                 "Terrence Hollis to the Nursing Home and Adult Care Home Community Advisory Committee for "
                 "an initial one-year term, and to appoint Gail Mercer to the Planning Board for the "
                 "unexpired District 2 term ending June 30, 2026. Commissioner Tolson seconded the motion. "
                 "The motion carried unanimously (4-0).",
         _v("carried", 4, 0, motion="Make the appointments as listed", mover="Spruill", seconder="Tolson")),
    ]),
    dict(num="9", title="COUNTY MANAGER'S REPORT", level=0, blocks=[
        ("p", "County Manager Parnell reported on the following matters:"),
        ("list", [
            ("-", "Budget work sessions on the recommended fiscal year 2025-2026 budget are scheduled for "
                  "Tuesday, April 22 and Thursday, April 24, 2025 at 5:00 p.m. in this room."),
            ("-", "Construction of the Cutler's Point boat ramp and parking area is approximately eighty "
                  "percent complete, and staff expects the ramp to open before Memorial Day."),
            ("-", "The Register of Deeds office will be closed on Friday, April 18, 2025 in observance of "
                  "Good Friday."),
        ]),
    ]),
    dict(num="10", title="CLOSED SESSION", level=0, blocks=[
        ("vote", "Vice Chairman Spruill moved to enter closed session at 7:41 p.m. pursuant to "
                 "G.S. 143-318.11(a)(3) to consult with the County Attorney in order to preserve the "
                 "attorney-client privilege concerning the matter of Osprey Neck Holdings, LLC v. Pamlico "
                 "Sound County, 24 CVS 311, and pursuant to G.S. 143-318.11(a)(6) to consider the "
                 "performance of a public employee. Commissioner Tolson seconded the motion. The motion "
                 "carried unanimously (4-0).",
         _v("carried", 4, 0, motion="Enter closed session", mover="Spruill", seconder="Tolson")),
        ("vote", "Upon motion by Commissioner Ashby, seconded by Commissioner Tolson, the Board voted "
                 "unanimously (4-0) to return to open session at 8:22 p.m.",
         _v("carried", 4, 0, motion="Return to open session", mover="Ashby", seconder="Tolson")),
        ("p", "Chairman Whitfield announced that no action was taken in closed session."),
    ]),
    dict(num="11", title="ADJOURNMENT", level=0, blocks=[
        ("vote", "There being no further business, Commissioner Ashby moved to adjourn the meeting at "
                 "8:25 p.m. Vice Chairman Spruill seconded the motion. The motion carried unanimously (4-0).",
         _v("carried", 4, 0, motion="Adjourn", mover="Ashby", seconder="Spruill")),
    ]),
]

# --------------------------------------------------------------------------------------------
# The draft minutes of March 17, 2025 (in the packet behind Consent Agenda item 4A)
# --------------------------------------------------------------------------------------------

RES_ROADS = dict(
    number="RESOLUTION NO. 2025-09",
    title="A RESOLUTION REQUESTING SECONDARY ROAD IMPROVEMENTS IN PAMLICO SOUND COUNTY",
    whereas=[
        "the North Carolina Department of Transportation annually allocates secondary road funds to "
        "each county for the paving of unpaved roads and the improvement of paved secondary roads; and",
        "the Board of Commissioners has received petitions and comments from residents of Batts Mill "
        "Road (SR 1318), Shell Bank Road (SR 1402) and Doe Hollow Lane (SR 1455) describing unsafe "
        "conditions during wet weather;",
    ],
    resolved=[
        ("NOW, THEREFORE, BE IT RESOLVED",
         "by the Board of Commissioners of Pamlico Sound County that the Board requests the Division 2 "
         "office of the North Carolina Department of Transportation to give priority to Batts Mill Road, "
         "Shell Bank Road and Doe Hollow Lane in the 2025-2026 secondary road construction program."),
        ("BE IT FURTHER RESOLVED",
         "that the Clerk to the Board shall forward a certified copy of this resolution to the Division "
         "Engineer and to the members of the General Assembly representing Pamlico Sound County."),
    ],
    adopted="Adopted this the 17th day of March, 2025.",
)

MINUTES_MAR = [
    dict(num="1", title="CALL TO ORDER", level=0, blocks=[
        ("p", "Chairman Whitfield called the meeting to order at 6:00 p.m."),
    ]),
    dict(num="2", title="INVOCATION AND PLEDGE OF ALLEGIANCE", level=0, blocks=[
        ("p", "Vice Chairman Spruill offered the invocation, and Commissioner Mayo led the Pledge of "
              "Allegiance."),
    ]),
    dict(num="3", title="APPROVAL OF AGENDA", level=0, blocks=[
        ("vote", "Commissioner Mayo moved to approve the agenda as presented. Commissioner Tolson seconded "
                 "the motion. The motion carried unanimously (5-0).",
         _v("carried", 5, 0, motion="Approve the agenda as presented", mover="Mayo", seconder="Tolson")),
    ]),
    dict(num="4", title="CONSENT AGENDA", level=0, blocks=[
        ("list", [
            ("A.", "Approval of the minutes of the March 3, 2025 regular meeting."),
            ("B.", "Tax Collector's Report of releases and refunds for February 2025."),
            ("C.", "Budget Amendment No. 25-12 recognizing $9,870 in State Library grant funds."),
            ("D.", "Acceptance of the Fiscal Year 2023-2024 Annual Comprehensive Financial Report."),
        ]),
        ("vote", "Upon motion by Commissioner Ashby, seconded by Commissioner Mayo, the Board voted "
                 "unanimously (5-0) to approve the Consent Agenda as presented.",
         _v("carried", 5, 0, motion="Approve the Consent Agenda", mover="Ashby", seconder="Mayo")),
    ]),
    dict(num="5", title="PUBLIC COMMENT", level=0, blocks=[
        ("p", "Odell Banks, 311 Shell Bank Road, asked the Board to support paving of Shell Bank Road and "
              "thanked the Commissioners who had visited the road after the February storms."),
    ]),
    dict(num="6", title="OLD BUSINESS - SOUND SIDE SENIOR CENTER LEASE RENEWAL", level=0, blocks=[
        ("p", "County Manager Parnell presented the Board of Education's offer of a five-year renewal of "
              "the Sound Side Senior Center lease. Commissioner Mayo asked that staff obtain a cost "
              "estimate for the roof and HVAC repairs before the Board considers the offer."),
        ("vote", "Upon motion by Commissioner Mayo, seconded by Commissioner Ashby, the Board voted 4-1 to "
                 "table the item until the April 7, 2025 regular meeting, with Commissioner Tolson voting "
                 "no.",
         _v("carried", 4, 1, motion="Table the lease renewal until April 7, 2025", mover="Mayo",
            seconder="Ashby", voters={"no": ["Tolson"]})),
    ]),
    dict(num="7", title="NEW BUSINESS", level=0, blocks=[]),
    dict(num="A", title="RESOLUTION REQUESTING SECONDARY ROAD IMPROVEMENTS", level=1, blocks=[
        ("vote", "Commissioner Tolson moved to adopt the following resolution. Vice Chairman Spruill "
                 "seconded the motion. The motion carried unanimously (5-0).",
         _v("carried", 5, 0, motion="Adopt Resolution No. 2025-09", mover="Tolson", seconder="Spruill")),
        ("res", RES_ROADS),
    ]),
    dict(num="B", title="FISCAL YEAR 2025-2026 BUDGET CALENDAR", level=1, blocks=[
        ("p", "By consensus, the Board agreed to hold budget work sessions on April 22 and April 24, 2025 "
              "at 5:00 p.m. and to hold the public hearing on the recommended budget on June 2, 2025."),
    ]),
    dict(num="8", title="CLOSED SESSION", level=0, blocks=[
        ("vote", "Upon motion by Vice Chairman Spruill, seconded by Commissioner Mayo, the Board voted "
                 "unanimously (5-0) to enter closed session at 6:48 p.m. pursuant to G.S. 143-318.11(a)(3) "
                 "to consult with the County Attorney.",
         _v("carried", 5, 0, motion="Enter closed session", mover="Spruill", seconder="Mayo")),
        ("vote", "Upon motion by Commissioner Ashby, seconded by Commissioner Tolson, the Board voted "
                 "unanimously (5-0) to return to open session at 7:05 p.m. No action was taken.",
         _v("carried", 5, 0, motion="Return to open session", mover="Ashby", seconder="Tolson")),
    ]),
    dict(num="9", title="COUNTY MANAGER'S REPORT", level=0, blocks=[
        ("p", "County Manager Parnell reported that the recommended budget will be presented to the Board "
              "on April 22, 2025."),
    ]),
    dict(num="10", title="ADJOURNMENT", level=0, blocks=[
        ("vote", "Upon motion by Commissioner Ashby, seconded by Commissioner Mayo, the Board voted "
                 "unanimously (5-0) to adjourn at 7:12 p.m.",
         _v("carried", 5, 0, motion="Adjourn", mover="Ashby", seconder="Mayo")),
    ]),
]

MEET_APR = dict(date=DATE, long="MONDAY, APRIL 7, 2025", prose="Monday, April 7, 2025",
                start="18:00", end="20:25",
                present="Chairman Harlan T. Whitfield, Vice Chairman Loretta M. Spruill, Commissioners "
                        "Dwayne E. Ashby and Renee O. Tolson",
                absent="Commissioner Curtis B. Mayo",
                staff="County Manager Gregory L. Parnell, County Attorney Audra K. Lupton, Clerk to the "
                      "Board Tamsin R. Credle, Finance Officer Wendell J. Styron and Planning Director "
                      "Marisol Fulcher",
                absent_names=["Curtis B. Mayo"], staff_list=STAFF_APR, items=MINUTES_APR)
MEET_MAR = dict(date=PREV_DATE, long="MONDAY, MARCH 17, 2025", prose="Monday, March 17, 2025",
                start="18:00", end="19:12",
                present="Chairman Harlan T. Whitfield, Vice Chairman Loretta M. Spruill, Commissioners "
                        "Dwayne E. Ashby, Curtis B. Mayo and Renee O. Tolson",
                absent="None",
                staff="County Manager Gregory L. Parnell, County Attorney Audra K. Lupton, Clerk to the "
                      "Board Tamsin R. Credle and Tax Administrator Mitchell A. Gibbs",
                absent_names=[], staff_list=STAFF_MAR, items=MINUTES_MAR)

# --------------------------------------------------------------------------------------------
# Packet tables
# --------------------------------------------------------------------------------------------

_SURNAMES = ["HOLLOWELL", "BRINSON", "GASKILL", "WILLIS", "CAHOON", "MIDYETTE", "DAVENPORT", "SQUIRES",
             "TETTERTON", "O'NEAL", "BALLANCE", "SPENCER", "FULFORD", "PERRY", "MASON"]
_FIRSTS = ["JAMES R", "ELLEN M", "ROBERT L", "SHARON K", "DENNIS W", "PATRICIA A", "GLENN E", "WANDA F",
           "MARTIN J", "CAROL S", "THOMAS H", "BRENDA L", "KEITH D"]
_REASONS = ["Double listed", "Situs error - not in county", "Vehicle sold before Jan 1",
            "Elderly exclusion approved", "Clerical error - value", "Vessel not in county",
            "Disabled veteran exclusion", "Structure demolished"]


def _releases() -> list[list[str]]:
    rows = []
    for i in range(34):
        name = f"{_SURNAMES[(i * 4) % len(_SURNAMES)]}, {_FIRSTS[(i * 5) % len(_FIRSTS)]}"
        cents = 1875 + (i * 7919) % 61000
        rows.append([f"2024-0{14006 + i * 137}", name, "2023" if i % 5 == 3 else "2024",
                     _REASONS[(i * 3) % len(_REASONS)], f"{cents // 100:,}.{cents % 100:02d}"])
    return rows


RELEASES = _releases()
RELEASES_TOTAL = sum(int(r[4].replace(",", "").replace(".", "")) for r in RELEASES)

BA_COLS = ["Account Number", "Account Description", "Increase", "Decrease"]
BA_W = [34, 73, 29, 29]
BA_1313 = [
    ["10-3431-0200", "Federal Equitable Sharing Revenue", "14,250.00", ""],
    ["10-4310-7400", "Sheriff - Capital Outlay Equipment", "11,800.00", ""],
    ["10-4310-3300", "Sheriff - Departmental Supplies", "2,450.00", ""],
]
BA_1314 = [
    ["10-3990-0000", "Fund Balance Appropriated", "186,400.00", ""],
    ["10-4370-7410", "EMS - Capital Outlay Vehicles", "177,900.00", ""],
    ["10-4370-7400", "EMS - Capital Outlay Equipment", "8,500.00", ""],
    ["10-4370-3510", "EMS - Vehicle Maintenance and Repair", "", "4,200.00"],
    ["10-4370-3300", "EMS - Departmental Supplies", "4,200.00", ""],
]
BID_COLS = ["Bidder", "Location", "Bid Bond", "Base Bid", "Alternate No. 1", "Total Bid"]
BID_W = [51, 35, 16, 19, 24, 20]
BIDS = [
    ["Neuse Ridge Roofing, Inc.", "Kestrel Bay, NC", "Yes", "$398,420", "$14,450", "$412,870"],
    ["Tidewater Commercial Roofing, LLC", "Osprey Neck, NC", "Yes", "$421,900", "$12,800", "$434,700"],
    ["Carolina Membrane Systems, Inc.", "Brantley Shoals, NC", "Yes", "$447,315", "$16,200", "$463,515"],
    ["Atlantic Envelope Contractors", "Norwood Mills, SC", "Yes", "$452,000", "$18,750", "$470,750"],
    ["Sandhill Roof Services, Inc.", "Dorsey Crossroads, NC", "No", "$389,000", "$11,900", "$400,900"],
]
REL_COLS = ["Bill No.", "Taxpayer", "Tax Year", "Reason for Release", "Amount"]
REL_W = [28, 48, 17, 52, 20]

# --------------------------------------------------------------------------------------------
# PDF plumbing
# --------------------------------------------------------------------------------------------


class Doc(FPDF):
    """Letter paper; header/footer functions switch at a section start (see `section`)."""

    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.set_creation_date(CREATED)
        self.set_margins(LM, 20, LM)
        self.set_auto_page_break(True, margin=BOTTOM)
        self.alias_nb_pages()
        self.header_fn = None
        self.footer_fn = None
        self.pending = None
        self.sec_start = 1

    def section(self, header_fn, footer_fn) -> None:
        self.pending = (header_fn, footer_fn)
        self.add_page()

    def header(self) -> None:
        if self.pending is not None:
            self.header_fn, self.footer_fn = self.pending
            self.pending = None
            self.sec_start = self.page_no()
        if self.header_fn:
            self.header_fn(self)

    def footer(self) -> None:
        if self.footer_fn:
            self.footer_fn(self)


def mc(pdf: FPDF, x: float, w: float, h: float, text: str, align: str = "L", md: bool = False) -> None:
    pdf.set_x(x)
    pdf.multi_cell(w, h, text, align=align, markdown=md, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def centre(pdf: FPDF, text: str, style: str = "", size: float = 12, h: float = 5.5, fam: str = "") -> None:
    pdf.set_font(fam or pdf.font_family, style, size)
    pdf.set_x(LM)
    pdf.multi_cell(TW, h, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def keep(pdf: FPDF, height: float) -> None:
    """Start a new page rather than leave a heading alone at the foot of a page."""
    if pdf.will_page_break(height):
        pdf.add_page()


# --------------------------------------------------------------------------------------------
# Agenda
# --------------------------------------------------------------------------------------------


def agenda_letterhead(pdf: FPDF) -> None:
    pdf.set_text_color(0)
    centre(pdf, "PAMLICO SOUND COUNTY", "B", 16, 7, "Helvetica")
    centre(pdf, "BOARD OF COMMISSIONERS", "B", 13, 6)
    pdf.ln(1)
    centre(pdf, "REGULAR MEETING AGENDA", "B", 12, 6)
    centre(pdf, "Monday, April 7, 2025 - 6:00 P.M.", "", 11, 5.5)
    centre(pdf, "Commissioners' Meeting Room, Pamlico Sound County Government Center", "", 10, 5)
    centre(pdf, "415 Wharf Street, Tillery Landing, North Carolina", "", 10, 5)
    pdf.ln(2)
    centre(pdf, "Harlan T. Whitfield, Chairman   |   Loretta M. Spruill, Vice Chairman", "I", 8.5, 4)
    centre(pdf, "Commissioners Dwayne E. Ashby   |   Curtis B. Mayo   |   Renee O. Tolson", "I", 8.5, 4)
    centre(pdf, "Gregory L. Parnell, County Manager   |   Audra K. Lupton, County Attorney   |   "
                "Tamsin R. Credle, Clerk to the Board", "I", 8.5, 4)
    pdf.ln(1.5)
    pdf.set_line_width(0.6)
    pdf.line(LM, pdf.get_y(), LM + TW, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.line(LM, pdf.get_y() + 0.9, LM + TW, pdf.get_y() + 0.9)
    pdf.ln(6)


def agenda_header(pdf: FPDF) -> None:
    if pdf.page_no() - pdf.sec_start > 0:
        pdf.set_font("Helvetica", "I", 8.5)
        pdf.set_xy(LM, 11)
        pdf.cell(TW, 4, "Board of Commissioners - Regular Meeting Agenda - April 7, 2025", align="R")
        pdf.set_xy(LM, 22)


def render_agenda(pdf: Doc, refs: dict[str, int] | None, footer_fn) -> None:
    pdf.section(agenda_header, footer_fn)
    agenda_letterhead(pdf)
    ref_w = 20 if refs is not None else 0
    if refs is not None:
        pdf.set_font("Helvetica", "B", 9)
        pdf.set_x(LM + TW - ref_w)
        pdf.cell(ref_w, 4, "Page", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
    for item in AGENDA:
        sub = item["parent"] is not None
        num_x = LM + (10 if sub else 0)
        txt_x = LM + (18 if sub else 10)
        width = TW - (txt_x - LM) - ref_w
        pdf.set_font("Helvetica", "" if sub else "B", 11)
        lines = len(pdf.multi_cell(width, 5.5, item["title"], dry_run=True, output="LINES"))
        keep(pdf, lines * 5.5 + 6 + 5 * len(item["lines"]))
        y0 = pdf.get_y()
        pdf.set_x(num_x)
        pdf.cell(8, 5.5, item["num"] + ".")
        mc(pdf, txt_x, width, 5.5, item["title"])
        if refs is not None and _key(item) in refs:
            y1 = pdf.get_y()
            pdf.set_xy(LM + TW - ref_w, y0)
            pdf.set_font("Helvetica", "", 11)
            pdf.cell(ref_w, 5.5, f"Page {refs[_key(item)]}", align="R")
            pdf.set_xy(LM, y1)
        for kind, text in item["lines"]:
            pdf.set_font("Helvetica", "I" if kind in ("presenter", "note", "action") else "", 9.5)
            mc(pdf, txt_x, width, 4.6, text)
        pdf.ln(3.5 if not sub else 2.5)
    pdf.ln(4)
    keep(pdf, 30)
    pdf.set_line_width(0.2)
    pdf.line(LM, pdf.get_y(), LM + TW, pdf.get_y())
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 9)
    mc(pdf, LM, TW, 4.5, ADA_NOTICE)
    pdf.ln(1)
    mc(pdf, LM, TW, 4.5, "Agenda posted April 2, 2025. The meeting is broadcast live on PSC-TV Channel 7 "
                         "and on the County's website.")


def agenda_footer(pdf: FPDF) -> None:
    pdf.set_xy(LM, -15)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(TW / 2, 4, "Agenda - April 7, 2025")
    pdf.cell(TW / 2, 4, f"Page {pdf.page_no()} of {{nb}}", align="R")


# --------------------------------------------------------------------------------------------
# Minutes
# --------------------------------------------------------------------------------------------

MIN_FONT = "Times"


def para(pdf: FPDF, text: str, x: float = LM, w: float = TW, gap: float = 3.2, md: bool = False) -> None:
    pdf.set_font(MIN_FONT, "", 12)
    mc(pdf, x, w, 5.6, text, align="J", md=md)
    pdf.ln(gap)


def render_resolution(pdf: FPDF, res: dict, inset: float, signatures: bool) -> None:
    x, w = LM + inset, TW - 2 * inset
    keep(pdf, 40)
    pdf.set_font(MIN_FONT, "B", 12)
    mc(pdf, x, w, 5.6, res["number"], align="C")
    mc(pdf, x, w, 5.6, res["title"], align="C")
    pdf.ln(3)
    for text in res["whereas"]:
        para(pdf, f"**WHEREAS,** {text}", x, w, md=True)
    for lead, text in res["resolved"]:
        para(pdf, f"**{lead}** {text}", x, w, md=True)
    para(pdf, res["adopted"], x, w)
    if signatures:
        signature_lines(pdf, [("Harlan T. Whitfield, Chairman", ""),
                              ("Tamsin R. Credle, Clerk to the Board", "ATTEST:")])


def render_ordinance(pdf: FPDF, ordn: dict, inset: float, signatures: bool) -> None:
    x, w = LM + inset, TW - 2 * inset
    keep(pdf, 40)
    pdf.set_font(MIN_FONT, "B", 12)
    mc(pdf, x, w, 5.6, ordn["number"], align="C")
    mc(pdf, x, w, 5.6, ordn["title"], align="C")
    pdf.ln(3)
    para(pdf, ordn["enact"], x, w, md=True)
    for label, text in ordn["sections"]:
        sub = label.startswith("(")
        lx = x + (10 if sub else 0)
        pdf.set_font(MIN_FONT, "B" if not sub else "", 12)
        pdf.set_x(lx)
        pdf.cell(20 if not sub else 10, 5.6, label)
        tx = lx + (20 if not sub else 10)
        pdf.set_font(MIN_FONT, "", 12)
        mc(pdf, tx, w - (tx - x), 5.6, text, align="J")
        pdf.ln(2.5)
    para(pdf, ordn["adopted"], x, w)
    if signatures:
        signature_lines(pdf, [("Harlan T. Whitfield, Chairman", ""),
                              ("Tamsin R. Credle, Clerk to the Board", "ATTEST:")])


def signature_lines(pdf: FPDF, who: list[tuple[str, str]]) -> None:
    keep(pdf, 30)
    pdf.ln(10)
    y = pdf.get_y()
    col = TW / 2
    pdf.set_font(MIN_FONT, "", 11)
    for i, (name, label) in enumerate(who):
        x = LM + i * col
        if label:
            pdf.set_xy(x - 0, y - 5)
            pdf.cell(20, 5, label)
        pdf.line(x + 2, y + 4, x + col - 8, y + 4)
        pdf.set_xy(x + 2, y + 5)
        pdf.cell(col - 10, 5, name)
    pdf.set_xy(LM, y + 14)


def hanging(pdf: FPDF, label: str, text: str, label_w: float = 32, x: float = LM, style: str = "B") -> None:
    pdf.set_font(MIN_FONT, style, 12)
    pdf.set_x(x)
    pdf.cell(label_w, 5.6, label)
    pdf.set_font(MIN_FONT, "", 12)
    mc(pdf, x + label_w, TW - (x - LM) - label_w, 5.6, text)


def render_minutes(pdf: Doc, meet: dict, header_fn, footer_fn, draft: bool) -> None:
    pdf.section(header_fn, footer_fn)
    pdf.set_text_color(0)
    if draft:
        pdf.set_font(MIN_FONT, "BI", 11)
        pdf.set_x(LM)
        pdf.cell(TW, 5, "DRAFT - SUBJECT TO BOARD APPROVAL", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    centre(pdf, "PAMLICO SOUND COUNTY BOARD OF COMMISSIONERS", "B", 13, 6.5, MIN_FONT)
    centre(pdf, "REGULAR MEETING", "B", 12, 6, MIN_FONT)
    centre(pdf, meet["long"], "B", 12, 6, MIN_FONT)
    centre(pdf, "6:00 P.M.", "B", 12, 6, MIN_FONT)
    pdf.ln(5)
    para(pdf, f"The Pamlico Sound County Board of Commissioners met in regular session on {meet['prose']}, "
              "at 6:00 p.m. in the Commissioners' Meeting Room of the Pamlico Sound County Government "
              "Center, 415 Wharf Street, Tillery Landing, North Carolina.", gap=4)
    hanging(pdf, "Present:", meet["present"])
    pdf.ln(1.5)
    hanging(pdf, "Absent:", meet["absent"])
    pdf.ln(1.5)
    hanging(pdf, "Staff present:", meet["staff"])
    pdf.ln(1.5)
    hanging(pdf, "Also present:", "Members of the public and the news media")
    pdf.ln(5)
    for item in meet["items"]:
        sub = item["level"] == 1
        x = LM + (10 if sub else 0)
        tx = x + (9 if sub else 11)
        pdf.set_font(MIN_FONT, "B", 12)
        lines = len(pdf.multi_cell(TW - (tx - LM), 5.6, item["title"], dry_run=True, output="LINES"))
        keep(pdf, lines * 5.6 + 20)
        pdf.set_x(x)
        pdf.cell(tx - x, 5.6, item["num"] + ".")
        mc(pdf, tx, TW - (tx - LM), 5.6, item["title"])
        pdf.ln(2.5)
        for block in item["blocks"]:
            kind = block[0]
            if kind in ("p", "vote"):
                para(pdf, block[1])
            elif kind == "list":
                for label, text in block[1]:
                    pdf.set_font(MIN_FONT, "", 12)
                    pdf.set_x(LM + 10)
                    pdf.cell(8, 5.6, label)
                    mc(pdf, LM + 18, TW - 18, 5.6, text, align="J")
                    pdf.ln(1.2)
                pdf.ln(2)
            elif kind == "roll":
                for label, text in block[1]:
                    hanging(pdf, label, text, label_w=22, x=LM + 10, style="")
                pdf.ln(3)
            elif kind == "res":
                render_resolution(pdf, block[1], 10, signatures=False)
            elif kind == "ord":
                render_ordinance(pdf, block[1], 10, signatures=False)
        pdf.ln(1.5)
    pdf.ln(4)
    keep(pdf, 45)
    pdf.ln(8)
    signature_lines(pdf, [("Harlan T. Whitfield, Chairman", ""),
                          ("Tamsin R. Credle, Clerk to the Board", "ATTEST:")])


def minutes_header(pdf: FPDF) -> None:
    if pdf.page_no() - pdf.sec_start > 0:
        pdf.set_font(MIN_FONT, "I", 10)
        pdf.set_xy(LM, 11)
        pdf.cell(TW, 4, "Board of Commissioners - Regular Meeting - April 7, 2025", align="R")
        pdf.set_xy(LM, 22)


def minutes_footer(pdf: FPDF) -> None:
    pdf.set_xy(LM, -15)
    pdf.set_font(MIN_FONT, "", 10)
    pdf.cell(TW, 4, f"Page {pdf.page_no()} of {{nb}}", align="C")


# --------------------------------------------------------------------------------------------
# Packet
# --------------------------------------------------------------------------------------------


def table(pdf: FPDF, cols: list[str], widths: list[float], rows: list[list[str]], right: set[int],
          size: float = 9) -> tuple[int, int]:
    """A ruled table; the header repeats on each new page. Returns the first and last page."""
    h = 6.0

    def head() -> None:
        pdf.set_font("Helvetica", "B", size)
        pdf.set_fill_color(217, 217, 217)
        pdf.set_x(LM)
        for c, w in zip(cols, widths):
            pdf.cell(w, h, c, border=1, align="C", fill=True)
        pdf.ln(h)

    keep(pdf, 3 * h)
    first = pdf.page_no()
    head()
    pdf.set_font("Helvetica", "", size)
    for row in rows:
        if pdf.will_page_break(h):
            pdf.add_page()
            head()
            pdf.set_font("Helvetica", "", size)
        pdf.set_x(LM)
        for i, (cell, w) in enumerate(zip(row, widths)):
            assert pdf.get_string_width(cell) < w - 1.5, cell
            pdf.cell(w, h, cell, border=1, align="R" if i in right else "L")
        pdf.ln(h)
    return first, pdf.page_no()


def rfba(pdf: FPDF, item: str, fields: list[tuple[str, str]], parts: list[tuple[str, str]]) -> None:
    """A 'Request for Board Action' sheet (the page starts before this is called)."""
    centre(pdf, "PAMLICO SOUND COUNTY", "B", 14, 6.5, "Helvetica")
    centre(pdf, "REQUEST FOR BOARD ACTION", "B", 12, 6)
    pdf.ln(2)
    pdf.set_line_width(0.4)
    pdf.line(LM, pdf.get_y(), LM + TW, pdf.get_y())
    pdf.ln(3)
    for label, text in [("Meeting Date:", DATE_LONG), ("Agenda Item:", item)] + fields:
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_x(LM)
        pdf.cell(34, 5.2, label)
        pdf.set_font("Helvetica", "", 10)
        mc(pdf, LM + 34, TW - 34, 5.2, text)
        pdf.ln(0.8)
    pdf.ln(1)
    pdf.line(LM, pdf.get_y(), LM + TW, pdf.get_y())
    pdf.ln(4)
    for label, text in parts:
        keep(pdf, 16)
        pdf.set_font("Helvetica", "B", 10)
        mc(pdf, LM, TW, 5.2, label)
        pdf.set_font("Helvetica", "", 10)
        mc(pdf, LM, TW, 5.2, text, align="J")
        pdf.ln(3.5)


def memo(pdf: FPDF, fields: list[tuple[str, str]], body: list[str]) -> None:
    centre(pdf, "PAMLICO SOUND COUNTY TAX ADMINISTRATION", "B", 13, 6.5, "Helvetica")
    centre(pdf, "MEMORANDUM", "B", 12, 6)
    pdf.ln(4)
    for label, text in fields:
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_x(LM)
        pdf.cell(22, 5.5, label)
        pdf.set_font("Helvetica", "", 10)
        mc(pdf, LM + 22, TW - 22, 5.5, text)
    pdf.ln(1)
    pdf.set_line_width(0.4)
    pdf.line(LM, pdf.get_y(), LM + TW, pdf.get_y())
    pdf.ln(4)
    for text in body:
        pdf.set_font("Helvetica", "", 10)
        mc(pdf, LM, TW, 5.2, text, align="J")
        pdf.ln(3)


def pack_header(pdf: FPDF) -> None:
    pass


def pack_footer(pdf: FPDF) -> None:
    pdf.set_xy(LM, -14)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(TW / 2, 4, "Agenda Packet - April 7, 2025 Regular Meeting")
    pdf.cell(TW / 2, 4, f"Page {pdf.page_no()}", align="R")


def _money(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"


def render_pack(pdf: Doc, refs: dict[str, int], mar_pages: int) -> dict:
    """The whole packet; returns where each agenda item's papers and each table begin and end."""
    out: dict = {"refs": {}, "tables": {}}
    render_agenda(pdf, refs, pack_footer)

    def start(key: str) -> None:
        pdf.section(pack_header, pack_footer)
        out["refs"][key] = pdf.page_no()

    # 4A - minutes
    start("4A")
    rfba(pdf, "Consent Agenda 4A", [
        ("Subject:", "Approval of Minutes - March 17, 2025 Regular Meeting and Closed Session"),
        ("Department:", "Governing Body"),
        ("Presenter:", "Tamsin R. Credle, Clerk to the Board"),
        ("Attachments:", "1. Draft minutes, March 17, 2025 regular meeting"),
    ], [
        ("BACKGROUND:", "The draft minutes of the March 17, 2025 regular meeting are attached for the "
                        "Board's review. The general account of the closed session held that evening has "
                        "been provided to the Commissioners under separate cover and will be sealed upon "
                        "approval in accordance with G.S. 143-318.10(e)."),
        ("FISCAL IMPACT:", "None."),
        ("RECOMMENDATION:", "Approve the minutes of the March 17, 2025 regular meeting and closed session as "
                            "presented."),
    ])

    def mar_header(p: FPDF) -> None:
        if p.page_no() - p.sec_start > 0:
            p.set_font(MIN_FONT, "I", 10)
            p.set_xy(LM, 11)
            p.cell(TW, 4, "Board of Commissioners - Regular Meeting - March 17, 2025 - DRAFT", align="R")
            p.set_xy(LM, 22)

    def mar_footer(p: FPDF) -> None:
        p.set_xy(LM, -19)
        p.set_font(MIN_FONT, "", 10)
        p.cell(TW, 4, f"Page {p.page_no() - p.sec_start + 1} of {mar_pages}", align="C")
        pack_footer(p)

    render_minutes(pdf, MEET_MAR, mar_header, mar_footer, draft=True)
    out["mar"] = (pdf.sec_start, pdf.page_no())

    # 4B - tax releases
    start("4B")
    memo(pdf, [("TO:", "Board of Commissioners"), ("THRU:", "Gregory L. Parnell, County Manager"),
               ("FROM:", "Mitchell A. Gibbs, Tax Administrator"), ("DATE:", "March 31, 2025"),
               ("RE:", "Tax Collector's Report - Releases and Refunds for March 2025")],
         ["Pursuant to G.S. 105-381, the following taxpayers have requested and qualify for the release "
          "or refund of the taxes listed below. The requests have been reviewed by the Tax Administration "
          "staff and are recommended for approval. A release removes the tax from the taxpayer's bill; "
          "where the tax has already been paid, a refund will be issued by the Finance Department.",
          "Board action requested: Approve the releases and refunds listed below as part of the Consent "
          "Agenda."])
    pdf.set_font("Helvetica", "B", 10)
    mc(pdf, LM, TW, 5.5, "Releases and Refunds - March 2025")
    pdf.ln(1)
    out["tables"]["rel"] = table(pdf, REL_COLS, REL_W, RELEASES, {2, 4}, size=8.5)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    mc(pdf, LM, TW, 5.5, f"Total Releases and Refunds, March 2025: {_money(RELEASES_TOTAL)}")

    # 4C - budget amendment 25-13
    start("4C")
    rfba(pdf, "Consent Agenda 4C", [
        ("Subject:", "Budget Amendment No. 25-13 - Sheriff's Office Federal Equitable Sharing Funds"),
        ("Department:", "Sheriff's Office / Finance"),
        ("Presenter:", "Wendell J. Styron, Finance Officer"),
        ("Attachments:", "Budget Amendment No. 25-13"),
    ], [
        ("BACKGROUND:", "The Sheriff's Office has received $14,250 in federal equitable sharing funds from "
                        "a joint investigation with federal agencies. Federal guidelines require that the "
                        "funds be used to supplement, not supplant, law enforcement appropriations. The "
                        "Sheriff requests that the funds be appropriated for two in-car camera systems and "
                        "related supplies."),
        ("FISCAL IMPACT:", "No County funds are required. The amendment increases revenues and expenditures "
                           "of the General Fund by $14,250."),
        ("RECOMMENDATION:", "Approve Budget Amendment No. 25-13 as presented."),
    ])
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    mc(pdf, LM, TW, 5.5, "BUDGET AMENDMENT NO. 25-13 - GENERAL FUND")
    pdf.ln(1)
    out["tables"]["ba13"] = table(pdf, BA_COLS, BA_W, BA_1313, {2, 3})
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 9.5)
    mc(pdf, LM, TW, 5, "Be it ordained by the Board of Commissioners of Pamlico Sound County that the Fiscal "
                       "Year 2024-2025 Budget Ordinance is amended as shown above.")

    # 4D - surplus resolution
    start("4D")
    rfba(pdf, "Consent Agenda 4D", [
        ("Subject:", "Resolution Authorizing the Disposal of Surplus Vehicles and Equipment by Electronic "
                     "Auction"),
        ("Department:", "Finance"),
        ("Presenter:", "Wendell J. Styron, Finance Officer"),
        ("Attachments:", "Draft Resolution No. 2025-11"),
    ], [
        ("BACKGROUND:", "Departments have identified vehicles and equipment that are no longer needed. Sale "
                        "by electronic auction has returned higher prices than the former sealed bid sales "
                        "and requires a resolution of the Board."),
        ("FISCAL IMPACT:", "Proceeds are estimated at $21,000 and will be deposited to the General Fund."),
        ("RECOMMENDATION:", "Adopt the attached resolution."),
    ])
    pdf.add_page()
    render_resolution(pdf, RES_SURPLUS, 0, signatures=True)

    # 4E - proclamation
    start("4E")
    centre(pdf, "PAMLICO SOUND COUNTY", "B", 14, 6.5, MIN_FONT)
    centre(pdf, "PROCLAMATION", "B", 14, 6.5, MIN_FONT)
    centre(pdf, "CHILD ABUSE PREVENTION MONTH - APRIL 2025", "B", 12, 6, MIN_FONT)
    pdf.ln(6)
    for text in [
        "**WHEREAS,** every child in Pamlico Sound County deserves to grow up in a safe, stable and "
        "nurturing home; and",
        "**WHEREAS,** the Pamlico Sound County Department of Social Services received 214 reports of "
        "suspected child abuse and neglect in 2024, and prevention depends on the attention of neighbors, "
        "teachers, faith communities and public agencies alike; and",
        "**WHEREAS,** the blue pinwheel is the national symbol of child abuse prevention, and pinwheel "
        "gardens will be planted at the Government Center and at each public school during April;",
        "**NOW, THEREFORE,** I, Harlan T. Whitfield, Chairman of the Pamlico Sound County Board of "
        "Commissioners, do hereby proclaim April 2025 as **CHILD ABUSE PREVENTION MONTH** in Pamlico Sound "
        "County and call upon all citizens to help make every child's world a safer place.",
        "Proclaimed this the 7th day of April, 2025.",
    ]:
        para(pdf, text, md=True)
    signature_lines(pdf, [("Harlan T. Whitfield, Chairman", ""),
                          ("Tamsin R. Credle, Clerk to the Board", "ATTEST:")])

    # 4F - inmate medical
    start("4F")
    rfba(pdf, "Consent Agenda 4F", [
        ("Subject:", "Renewal of Agreement with Coastal Correctional Health, LLC for Inmate Medical "
                     "Services, July 1, 2025 through June 30, 2026"),
        ("Department:", "Sheriff's Office - Detention Center"),
        ("Presenter:", "Gregory L. Parnell, County Manager"),
        ("Attachments:", "Renewal letter from Coastal Correctional Health, LLC (on file with the Clerk)"),
    ], [
        ("BACKGROUND:", "Coastal Correctional Health, LLC has provided medical, dental and mental health "
                        "screening services at the Detention Center since July 2022. The agreement allows "
                        "annual renewal by mutual consent. The contractor proposes a 3.9 percent increase "
                        "based on an average daily population of 58 inmates, with a per diem adjustment if "
                        "the population exceeds 65."),
        ("FISCAL IMPACT:", "Not to exceed $318,600 in Fiscal Year 2025-2026. Funds will be included in the "
                           "recommended budget for the Detention Center."),
        ("RECOMMENDATION:", "Approve the renewal and authorize the County Manager to execute the agreement, "
                            "subject to appropriation of funds in the Fiscal Year 2025-2026 budget."),
    ])

    # 5 - public hearing
    start("5")
    rfba(pdf, "Public Hearing 5", [
        ("Subject:", "Text Amendment TA-25-02 - Unified Development Ordinance, Article 7, Section 7.14, "
                     "Short-Term Rental Standards"),
        ("Department:", "Planning and Inspections"),
        ("Presenter:", "Marisol Fulcher, Planning Director"),
        ("Attachments:", "1. Draft Ordinance No. 2025-03; 2. Planning Board minutes excerpt (on file)"),
    ], [
        ("BACKGROUND:", "The number of dwellings offered as short-term rentals in the unincorporated county "
                        "has grown from about 140 in 2019 to more than 460. The Planning Department has "
                        "received complaints about parking on road shoulders, trash and noise, "
                        "particularly in the Heron Point and Cutler's Point communities. The amendment "
                        "adds registration, occupancy, parking and local contact standards. The Planning "
                        "Board recommended approval at its March 11, 2025 meeting. Notice of the public "
                        "hearing was published on March 24 and March 31, 2025."),
        ("STATEMENT OF CONSISTENCY:", "The amendment is consistent with Policy 4.6 of the Pamlico Sound "
                                      "County 2040 Land Use Plan, which calls for protecting the character "
                                      "of established residential neighborhoods, and is reasonable and in "
                                      "the public interest."),
        ("FISCAL IMPACT:", "Registration fees are expected to offset the cost of administering the program."),
        ("RECOMMENDATION:", "Conduct the public hearing and adopt the ordinance and the statement of "
                            "consistency."),
    ])
    pdf.add_page()
    render_ordinance(pdf, ORD_STR, 0, signatures=True)

    # 7 - lease
    start("7")
    rfba(pdf, "Old Business 7", [
        ("Subject:", "Sound Side Senior Center Lease Renewal"),
        ("Department:", "Administration / Aging Services"),
        ("Presenter:", "Gregory L. Parnell, County Manager"),
        ("Attachments:", "Letter from the Board of Education dated February 20, 2025 (on file)"),
    ], [
        ("BACKGROUND:", "This item was tabled on March 17, 2025 pending a cost estimate for roof and HVAC "
                        "repairs. Facilities staff estimates the roof replacement at $96,000 and the HVAC "
                        "replacement at $61,000, both likely within the next five years. The Board of "
                        "Education offers either a five-year renewal at $24,000 per year with the County "
                        "responsible for capital repairs, or a one-year renewal at the current $18,000 "
                        "per year."),
        ("FISCAL IMPACT:", "$18,000 to $24,000 per year in rent, plus capital repairs under the five-year "
                           "option."),
        ("RECOMMENDATION:", "Board's discretion."),
    ])

    # 8A - budget amendment 25-14
    start("8A")
    rfba(pdf, "New Business 8A", [
        ("Subject:", "Budget Amendment No. 25-14 - Emergency Medical Services Ambulance Remount"),
        ("Department:", "Emergency Services / Finance"),
        ("Presenter:", "Wendell J. Styron, Finance Officer"),
        ("Attachments:", "Budget Amendment No. 25-14; remount quotation (on file)"),
    ], [
        ("BACKGROUND:", "Medic 3 is a 2016 Type I ambulance with more than 240,000 miles. The chassis has "
                        "had three drivetrain failures since October. The patient compartment is in good "
                        "condition and can be remounted on a new chassis for $186,400 under the State "
                        "contract, including a powered stretcher loading system. A new ambulance would cost "
                        "approximately $395,000, with a delivery time of more than eighteen months."),
        ("FISCAL IMPACT:", "Appropriates $186,400 from unassigned fund balance of the General Fund and moves "
                           "$4,200 from vehicle maintenance to departmental supplies for loose equipment."),
        ("RECOMMENDATION:", "Approve Budget Amendment No. 25-14."),
    ])
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    mc(pdf, LM, TW, 5.5, "BUDGET AMENDMENT NO. 25-14 - GENERAL FUND")
    pdf.ln(1)
    out["tables"]["ba14"] = table(pdf, BA_COLS, BA_W, BA_1314, {2, 3})

    # 8B - water grant resolution
    start("8B")
    rfba(pdf, "New Business 8B", [
        ("Subject:", "Resolution Authorizing Application to the North Carolina Division of Water "
                     "Infrastructure for a Drinking Water Asset Inventory and Assessment Grant"),
        ("Department:", "Public Utilities"),
        ("Presenter:", "Gregory L. Parnell, County Manager"),
        ("Attachments:", "Draft Resolution No. 2025-12"),
    ], [
        ("BACKGROUND:", "The Division of Water Infrastructure is accepting applications for Asset Inventory "
                        "and Assessment grants through April 30, 2025. The grant would fund a geographic "
                        "inventory and condition assessment of the County's wells, elevated tanks and "
                        "distribution lines and a capital improvement plan for the water system. The "
                        "application must include a resolution of the governing body."),
        ("FISCAL IMPACT:", "Local match of five percent, not to exceed $7,500, from the Water Fund."),
        ("RECOMMENDATION:", "Adopt the attached resolution."),
    ])
    pdf.add_page()
    render_resolution(pdf, RES_WATER, 0, signatures=True)

    # 8C - bid award
    start("8C")
    rfba(pdf, "New Business 8C", [
        ("Subject:", "Award of Bid - Courthouse Annex Roof Replacement"),
        ("Department:", "Facilities Maintenance"),
        ("Presenter:", "Gregory L. Parnell, County Manager"),
        ("Attachments:", "Bid tabulation; architect's recommendation letter (on file)"),
    ], [
        ("BACKGROUND:", "Formal bids were received and opened on March 25, 2025 for replacement of the "
                        "modified bitumen roof on the Courthouse Annex. The apparent low bidder, Sandhill "
                        "Roof Services, Inc., did not submit the five percent bid bond required by "
                        "G.S. 143-129, and its bid is non-responsive. The project architect recommends award "
                        "to Neuse Ridge Roofing, Inc., the lowest responsive, responsible bidder, including "
                        "Alternate No. 1 (replacement of rooftop drains)."),
        ("FISCAL IMPACT:", "$412,870, funded in the Capital Improvement Plan (project CIP-24-06)."),
        ("RECOMMENDATION:", "Award the contract to Neuse Ridge Roofing, Inc. in the amount of $412,870 and "
                            "authorize the County Manager to execute the contract."),
    ])
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    mc(pdf, LM, TW, 5.5, "BID TABULATION - COURTHOUSE ANNEX ROOF REPLACEMENT")
    pdf.ln(1)
    out["tables"]["bids"] = table(pdf, BID_COLS, BID_W, BIDS, {3, 4, 5}, size=8.5)
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 9)
    mc(pdf, LM, TW, 4.6, "Bids opened March 25, 2025 at 2:00 p.m. in the Government Center. Bid bond: five "
                         "percent of the total bid, as required by G.S. 143-129.")

    # 8D - appointments
    start("8D")
    rfba(pdf, "New Business 8D", [
        ("Subject:", "Appointments to Boards and Committees"),
        ("Department:", "Governing Body"),
        ("Presenter:", "Tamsin R. Credle, Clerk to the Board"),
        ("Attachments:", "Applications (on file with the Clerk to the Board)"),
    ], [
        ("BOARD OF HEALTH:", "Pharmacist position. Naomi Selwyn's term expires April 30, 2025. She is "
                             "eligible for and has requested reappointment to a three-year term ending "
                             "April 30, 2028."),
        ("NURSING HOME AND ADULT CARE HOME COMMUNITY ADVISORY COMMITTEE:",
         "One vacancy. One application has been received, from Terrence Hollis. Initial appointments are "
         "for one year."),
        ("RECOMMENDATION:", "Make appointments at the Board's discretion."),
    ])
    out["total"] = pdf.page_no()
    return out


# --------------------------------------------------------------------------------------------
# build / gold
# --------------------------------------------------------------------------------------------


def _name(kind: str) -> str:
    return f"{COUNCIL_SLUG}_{BODY_SLUG}_{DATE}_{kind}.pdf"


def _new(title: str) -> Doc:
    pdf = Doc()
    pdf.set_title(title)
    pdf.set_author("Clerk to the Board, Pamlico Sound County")
    return pdf


def _pack_doc() -> tuple[Doc, dict]:
    probe = render_pack(_new("probe"), {_key(i): 99 for i in AGENDA if _has_papers(i)}, 9)
    pages_mar = probe["mar"][1] - probe["mar"][0] + 1
    pdf = _new("Agenda Packet - Board of Commissioners - April 7, 2025")
    done = render_pack(pdf, probe["refs"], pages_mar)
    assert done["refs"] == probe["refs"] and done["mar"] == probe["mar"], (done, probe)
    return pdf, done


def _has_papers(item: dict) -> bool:
    return _key(item) in {"4A", "4B", "4C", "4D", "4E", "4F", "5", "7", "8A", "8B", "8C", "8D"}


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    written = []

    pdf = _new("Agenda - Board of Commissioners - April 7, 2025")
    render_agenda(pdf, None, agenda_footer)
    path = folder / "agendas" / _name("agenda")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    written.append(path)

    pdf = _new("Minutes - Board of Commissioners - April 7, 2025")
    render_minutes(pdf, MEET_APR, minutes_header, minutes_footer, draft=False)
    path = folder / "minutes" / _name("minutes")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    written.append(path)

    pdf, _ = _pack_doc()
    path = folder / "packs" / _name("agenda-pack")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    written.append(path)
    return written


def _agenda_gold(pages: dict[str, dict] | None) -> list[dict]:
    out = []
    for item in AGENDA:
        rec = {"number": item["num"], "title": item["title"],
               "pages": (pages or {}).get(_key(item)), "part": item["part"], "parent": item["parent"]}
        presenters = [t for k, t in item["lines"] if k == "presenter"]
        topics = [t for k, t in item["lines"] if k != "presenter"]
        if presenters:
            rec["presenter"] = presenters[0].removeprefix("Presenter: ")
        if topics:
            rec["topics"] = topics
        out.append(rec)
    return out


def _minutes_gold(meet: dict) -> dict:
    items, votes, per_item = [], [], {}
    total = 0
    for item in meet["items"]:
        items.append({"number": item["num"], "title": item["title"]})
        for block in item["blocks"]:
            if block[0] in ("vote", "roll"):
                votes.append({"item": item["num"], **block[2]})
            if block[0] == "res":
                n = len(block[1]["resolved"])
                total += n
                per_item[item["num"]] = per_item.get(item["num"], 0) + n
    attendance = []
    for name, role, _ in BOARD:
        attendance.append({"name": name, "status": "absent" if name in meet["absent_names"] else "present",
                           "role": role})
    for name, role in meet["staff_list"]:
        attendance.append({"name": name, "status": "in_attendance", "role": role})
    return {"items": items, "resolutions": total, "resolutions_per_item": per_item, "votes": votes,
            "attendance": attendance}


def _rows(cols: list[str], rows: list[list[str]], picks: list[int]) -> list[dict]:
    return [{"index": i, "cells": {c: v for c, v in zip(cols, rows[i]) if v}} for i in picks]


COMMON_NOTES = [
    "Sub-items print as letters ('A.', 'B.') under their numbered item, so their numbers are the letters "
    "as printed with the enclosing item's number as parent.",
    "Top-level agenda titles are kept in the capitals they are printed in.",
    "Item 10 Closed Session is marked exempt because the business it covers is held in closed session; "
    "the motion to enter it is taken in open session.",
    "Presenter lines, 'Action Requested' lines, the Consent Agenda and Public Comment procedure notes, the "
    "public hearing subject line, the lease subject line and the G.S. 143-318.11 citation are lines under "
    "items, not items.",
]


def gold() -> dict[str, dict]:
    meeting = {"body": BODY, "date": DATE, "start_time": "18:00"}
    contact = {"name": "Tamsin R. Credle", "phone": CLERK_PHONE, "email": CLERK_EMAIL}
    out: dict[str, dict] = {}

    stem = _name("agenda").removesuffix(".pdf")
    out[f"agendas__{stem}"] = {
        "file": f"generated/agendas/{_name('agenda')}", "kind": "agenda", "country": "US",
        "notes": COMMON_NOTES + ["The standalone agenda prints no page references, so every item's pages are "
                                 "null."],
        "meeting": {**meeting, "contact": contact},
        "agenda": _agenda_gold(None),
    }

    stem = _name("minutes").removesuffix(".pdf")
    mg = _minutes_gold(MEET_APR)
    out[f"minutes__{stem}"] = {
        "file": f"generated/minutes/{_name('minutes')}", "kind": "minutes", "country": "US",
        "notes": [
            "Minute numbers follow the agenda; the New Business sub-items print as 'A.' to 'D.' under "
            "'8. NEW BUSINESS' and are recorded by those letters, and votes under them carry the letter.",
            "Resolutions count the RESOLVED clauses printed: one in Resolution No. 2025-11 (item 4) and "
            "three in Resolution No. 2025-12 (item B); the ordinance's 'BE IT ORDAINED' is not counted.",
            "The Planning Board's 6-1 recommendation quoted in item 5 is another body's vote and is not "
            "recorded as a vote of this Board.",
            "The roll call on the ordinance names Commissioner Mayo as absent, so that vote carries "
            "counts.absent 1 and voters by surname; the unanimous prose votes print no names.",
            "The 3-1 vote on item B names only the dissenter, so voters lists only 'no'.",
            "The 3-0 bid award is recorded with Commissioner Tolson excused, not as an abstention.",
            "Public hearing and public comment speakers and the appointees are not recorded in attendance, "
            "which lists only the Present, Absent and Staff present block.",
            "Commissioner Mayo is 'absent' as printed under 'Absent:', although the Board excused him.",
            "The lettered list under '4. CONSENT AGENDA' and the numbered list of vacancies under 'D.' are "
            "lists inside an item, not minute items.",
        ],
        "meeting": {**meeting, "end_time": "20:25"},
        "minutes": mg,
    }

    _, done = _pack_doc()
    refs, total = done["refs"], done["total"]
    ordered = [(k, v) for k, v in sorted(refs.items(), key=lambda kv: kv[1])]
    pages = {}
    for i, (k, first) in enumerate(ordered):
        last = ordered[i + 1][1] - 1 if i + 1 < len(ordered) else total
        pages[k] = {"first": first, "last": last}
    pm = _minutes_gold(MEET_MAR)
    t = done["tables"]

    def tab(key: str, title: str, cols: list[str], rows: list[list[str]], picks: list[int]) -> dict:
        first, last = t[key]
        return {"page": first, "title": title, "columns": cols, "row_count": len(rows),
                "pages": {"first": first, "last": last}, "rows": _rows(cols, rows, picks)}

    stem = _name("agenda-pack").removesuffix(".pdf")
    out[f"packs__{stem}"] = {
        "file": f"generated/packs/{_name('agenda-pack')}", "kind": "pack", "country": "US",
        "notes": COMMON_NOTES + [
            "The packet's agenda prints only the first page of each item's papers; each item runs to the "
            "page before the next item with a page, and the last (8D) to the end of the packet.",
            "Items without papers (1-4, 6, 8, 9-11) have null pages, including the Consent Agenda and New "
            "Business headings whose sub-items carry pages.",
            "The minutes recorded are the draft minutes of the March 17, 2025 meeting attached to item 4A; "
            "the draft resolutions and ordinance attached to items 4D, 5 and 8B are not minutes and are "
            "not counted as resolutions.",
            "March 17 sub-items 'A.' and 'B.' under '7. NEW BUSINESS' are recorded by their letters.",
            "The 4-1 vote to table names only the dissenter, so voters lists only 'no'.",
            "The March 17 public comment speaker is not recorded in attendance, and the lettered Consent "
            "Agenda list under its item 4 holds no minute items.",
            "The tax release table runs over two pages with its header repeated; the total printed below "
            "it is not a row.",
        ],
        "meeting": {**meeting, "contact": contact},
        "agenda": _agenda_gold(pages),
        "minutes": {"meeting": {"date": PREV_DATE, "start_time": "18:00", "end_time": "19:12"}, **pm},
        "tables": [
            tab("rel", "Releases and Refunds - March 2025", REL_COLS, RELEASES, [0, 1, len(RELEASES) - 1]),
            tab("ba13", "BUDGET AMENDMENT NO. 25-13 - GENERAL FUND", BA_COLS, BA_1313, [0, 2]),
            tab("ba14", "BUDGET AMENDMENT NO. 25-14 - GENERAL FUND", BA_COLS, BA_1314, [0, 3]),
            tab("bids", "BID TABULATION - COURTHOUSE ANNEX ROOF REPLACEMENT", BID_COLS, BIDS, [0, 4]),
        ],
    }
    return out

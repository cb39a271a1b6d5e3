"""Township of Brennock Hills (fictional), a rural Ontario township of seven members of Council
(Mayor, Deputy Mayor and five Councillors) whose Clerk types the agenda and the minutes in Word
and prints them to PDF; there is no meeting-management system behind them.

Two PDFs for the Regular Meeting of Council of Tuesday, June 10, 2025, 6:00 p.m., a hybrid
meeting in the Council Chambers at Ardley with a YouTube livestream:

* agendas/brennock-hills_council_2025-06-10_agenda.pdf - the agenda (3 pages): township
  letterhead, meeting particulars, fourteen numbered sections (Call to Order through Adjournment)
  with decimal sub-items (5.1, 8.3) and lettered items under them (a), b)), staff reports by
  department with report numbers, a Closed Session under s.239(2) of the Municipal Act, 2001, and
  a right-hand "Page" column giving each attachment's page range in the agenda package.
* minutes/brennock-hills_council_2025-06-10_minutes.pdf - the minutes of the same meeting
  (about 6 pages): attendance (present, electronic, regrets, staff, also present), the agenda's
  numbering, numbered resolutions (Resolution No. 2025-143 to 2025-169) with Moved by / Seconded
  by and CARRIED / DEFEATED, two recorded votes (one as named lists with an absent member, one as
  a grid with a member who declared a pecuniary interest), an amendment, a deferral, closed
  session with rise and report, the confirming by-law and signature lines.

All names, places, figures and organisations are invented.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

SLUG = "brennock-hills"
BODY_SLUG = "council"
DATE = "2025-06-10"
DATE_LONG = "Tuesday, June 10, 2025"
TOWNSHIP = "Township of Brennock Hills"
CORP = "THE CORPORATION OF THE TOWNSHIP OF BRENNOCK HILLS"
ADDRESS = "412 Concession 6 Road, P.O. Box 70, Ardley, Ontario  K0H 2T0"
PHONE = "613-555-0142"
CLERK = "Jennifer Ashdown"
CLERK_PHONE = "613-555-0142 ext. 221"
CLERK_EMAIL = "clerk@brennockhills.ca"

AGENDA_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_agenda.pdf"
MINUTES_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_minutes.pdf"

LH = 4.3  # the minutes' line height and body size (9.5 pt, single spacing)
FS = 9.5
CREATED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)

# ---------------------------------------------------------------------------------------------
# Agenda: (level, number as printed, title as printed, (first, last) page or None, part, notes)
# "notes" are the Clerk's italic lines under an item (recommended motions, preambles): not items.
# ---------------------------------------------------------------------------------------------

LAND_ACK = (
    "We begin by acknowledging that the Township of Brennock Hills is situated on the "
    "traditional territory of the Anishinaabe and Haudenosaunee peoples. We are grateful for the "
    "opportunity to meet on this land and we commit to learning from and working with "
    "Indigenous communities in a spirit of respect and reconciliation."
)

AGENDA = [
    (0, "1.", "CALL TO ORDER", None, "public", []),
    (0, "2.", "LAND ACKNOWLEDGEMENT", None, "public", [LAND_ACK]),
    (0, "3.", "ADOPTION OF AGENDA", None, "public",
     ["Recommended Motion: THAT the agenda for the Regular Meeting of Council of June 10, 2025 "
      "be adopted as circulated."]),
    (0, "4.", "DISCLOSURE OF PECUNIARY INTEREST AND GENERAL NATURE THEREOF", None, "public", []),
    (0, "5.", "ADOPTION OF MINUTES", None, "public", []),
    (1, "5.1", "Regular Meeting of Council - May 27, 2025", (4, 11), "public", []),
    (1, "5.2", "Special Meeting of Council (2026 Capital Budget Workshop) - May 29, 2025",
     (12, 14), "public", []),
    (0, "6.", "DELEGATIONS", None, "public", []),
    (1, "6.1", "Karen Lindqvist, President, Brennock Hills Agricultural Society - 2025 Fall Fair "
     "Update and Grant Request", (15, 16), "public", []),
    (1, "6.2", "Arnold Veenstra - Drainage Concerns, Sideroad 15", (17, 17), "public", []),
    (0, "7.", "PUBLIC MEETINGS UNDER THE PLANNING ACT", None, "public", []),
    (1, "7.1", "Zoning By-law Amendment Application Z-04-2025 (Hendrickx) - 2287 Concession 4 "
     "Road", None, "public", []),
    (2, "a)", "Report PL-2025-14 - Planning Report, Zoning By-law Amendment Z-04-2025",
     (18, 27), "public", []),
    (2, "b)", "Written Comments Received", (28, 30), "public", []),
    (2, "c)", "Comments from the Public", None, "public", []),
    (1, "7.2", "Zoning By-law Amendment Application Z-05-2025 (Dawes Farms Ltd.) - 940 Glen "
     "Cairn Road", None, "public", []),
    (2, "a)", "Report PL-2025-16 - Planning Report, Zoning By-law Amendment Z-05-2025",
     (31, 38), "public", []),
    (2, "b)", "Comments from the Public", None, "public", []),
    (0, "8.", "STAFF REPORTS", None, "public", []),
    (1, "8.1", "Clerk's Department", None, "public", []),
    (2, "a)", "Report CLK-2025-09 - 2026 Municipal and School Board Election: Alternative "
     "Voting Methods", (39, 46), "public", []),
    (1, "8.2", "Finance Department", None, "public", []),
    (2, "a)", "Report FIN-2025-11 - 2024 Statement of Council Remuneration and Expenses",
     (47, 50), "public", []),
    (2, "b)", "Report FIN-2025-12 - Tax Write-Offs under Section 354 of the Municipal Act, 2001",
     (51, 53), "public", []),
    (1, "8.3", "Public Works Department", None, "public", []),
    (2, "a)", "Report PW-2025-17 - Award of Tender PW-T-2025-03, 2025 Surface Treatment Program",
     (54, 58), "public",
     ["Recommendation: THAT Tender PW-T-2025-03 be awarded to Kellerman Paving & Surface "
      "Treatment Ltd. in the amount of $684,212.40 plus HST."]),
    (2, "b)", "Report PW-2025-18 - Request for Reduced Speed Limit, Glen Cairn Road", (59, 63),
     "public", []),
    (1, "8.4", "Fire and Emergency Services", None, "public", []),
    (2, "a)", "Report FD-2025-05 - Fire Department Activity Report, May 2025", (64, 66),
     "public", []),
    (1, "8.5", "Planning and Building", None, "public", []),
    (2, "a)", "Report PL-2025-15 - Site Plan Agreement, Ridgeview Farm Supply Ltd., 1180 County "
     "Road 9", (67, 72), "public", []),
    (0, "9.", "BY-LAWS", None, "public", []),
    (1, "9.1", "By-law 2025-041 - Being a By-law to authorize the execution of an agreement with "
     "Kellerman Paving & Surface Treatment Ltd. for the 2025 Surface Treatment Program",
     (73, 74), "public", []),
    (1, "9.2", "By-law 2025-042 - Being a By-law to amend Zoning By-law 2012-30 (Hendrickx, "
     "2287 Concession 4 Road)", (75, 77), "public", []),
    (1, "9.3", "By-law 2025-043 - Being a By-law to amend Zoning By-law 2012-30 (Dawes Farms "
     "Ltd., 940 Glen Cairn Road)", (78, 80), "public", []),
    (1, "9.4", "By-law 2025-044 - Being a By-law to authorize a Site Plan Agreement with "
     "Ridgeview Farm Supply Ltd.", (81, 82), "public", []),
    (0, "10.", "CORRESPONDENCE", None, "public", []),
    (1, "10.1", "Items for Information", None, "public", []),
    (2, "a)", "Ministry of Municipal Affairs and Housing - 2025 Ontario Municipal Partnership "
     "Fund Allocation", (83, 84), "public", []),
    (2, "b)", "Kestrel River Conservation Authority - 2025 Municipal Levy Apportionment",
     (85, 85), "public", []),
    (2, "c)", "Township of Ferndale Mills - Resolution re: Rural Road Safety Funding", (86, 87),
     "public", []),
    (1, "10.2", "Items for Action", None, "public", []),
    (2, "a)", "County of Glenmorrow - Request for Support: Last-Mile Rural Broadband", (88, 89),
     "public", []),
    (2, "b)", "Municipality of East Harcourt - Request for Support: On-Farm Seasonal Worker "
     "Housing", (90, 91), "public", []),
    (0, "11.", "NOTICE OF MOTION", None, "public", []),
    (1, "11.1", "Councillor Thériault - Review of Council Remuneration By-law 2018-22", None,
     "public", []),
    (0, "12.", "CLOSED SESSION", None, "public",
     ["Resolution to proceed into Closed Session pursuant to Section 239(2) of the Municipal "
      "Act, 2001, as amended, to consider the following:"]),
    (1, "12.1", "Section 239(2)(c) - A proposed or pending acquisition or disposition of land "
     "by the municipality or local board - Unopened Road Allowance between Lots 18 and 19, "
     "Concession 3", None, "exempt", []),
    (1, "12.2", "Section 239(2)(b) - Personal matters about an identifiable individual, "
     "including municipal or local board employees - Fire Department Staffing", None, "exempt",
     []),
    (1, "12.3", "Rise and Report", None, "public", []),
    (0, "13.", "CONFIRMING BY-LAW", None, "public", []),
    (1, "13.1", "By-law 2025-045 - Being a By-law to confirm the proceedings of the Council "
     "meeting held on June 10, 2025", (92, 92), "public", []),
    (0, "14.", "ADJOURNMENT", None, "public", []),
]

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

COUNCIL = {  # surname -> (full name, title)
    "Verhoeven": ("Dianne Verhoeven", "Mayor"),
    "Okafor-Reid": ("Paul Okafor-Reid", "Deputy Mayor"),
    "Dunphy": ("Ross Dunphy", "Councillor"),
    "Kowalchuk": ("Glen Kowalchuk", "Councillor"),
    "MacRory": ("Eileen MacRory", "Councillor"),
    "Sandhu": ("Amrit Sandhu", "Councillor"),
    "Thériault": ("Marguerite Thériault", "Councillor"),
}


def who(surname: str) -> str:
    """'Councillor Thériault' as the minutes print a member."""
    return f"{COUNCIL[surname][1]} {surname}"


# (label, [(printed line, name, status, role)])
ATTENDANCE = [
    ("Council Present:", [
        ("Mayor Dianne Verhoeven", "Dianne Verhoeven", "present", "Mayor"),
        ("Deputy Mayor Paul Okafor-Reid", "Paul Okafor-Reid", "present", "Deputy Mayor"),
        ("Councillor Eileen MacRory", "Eileen MacRory", "present", "Councillor"),
        ("Councillor Amrit Sandhu", "Amrit Sandhu", "present", "Councillor"),
        ("Councillor Marguerite Thériault", "Marguerite Thériault", "present", "Councillor"),
    ]),
    ("Present Electronically:", [
        ("Councillor Ross Dunphy", "Ross Dunphy", "virtual", "Councillor"),
    ]),
    ("Regrets:", [
        ("Councillor Glen Kowalchuk", "Glen Kowalchuk", "apologies", "Councillor"),
    ]),
    ("Staff Present:", [
        ("Jennifer Ashdown, CAO/Clerk", "Jennifer Ashdown", "in_attendance", "CAO/Clerk"),
        ("Tamsin Boyle, Deputy Clerk (Recording Secretary)", "Tamsin Boyle", "in_attendance",
         "Deputy Clerk"),
        ("Howard Pretzlaff, Treasurer", "Howard Pretzlaff", "in_attendance", "Treasurer"),
        ("Mark Delorme, Director of Public Works", "Mark Delorme", "in_attendance",
         "Director of Public Works"),
        ("Bryan Sawchuk, Fire Chief", "Bryan Sawchuk", "in_attendance", "Fire Chief"),
        ("Lucie Brassard, Chief Building Official", "Lucie Brassard", "in_attendance",
         "Chief Building Official"),
    ]),
    ("Also Present:", [
        ("Stephanie Farrant, Senior Planner, County of Glenmorrow", "Stephanie Farrant",
         "also_present", "Senior Planner, County of Glenmorrow"),
    ]),
]

# ---------------------------------------------------------------------------------------------
# Minutes, as blocks:
#   ("h", level, number, title)          a minute heading (an item)
#   ("p", text)                          a paragraph
#   ("lp", label, text)                  a paragraph led by a bold label
#   ("list", [lines])                    indented lines that are not items
#   ("res", no, mover, seconder, [paragraphs], result or None, heading suffix)
#   ("result", text, resolution no)      a result line on its own (main motion as amended)
#   ("rv_list", [(label, [surnames])], result)
#   ("rv_grid", [(surname, column)], totals line, result)
# ---------------------------------------------------------------------------------------------

MINUTES = [
    ("h", 0, "1.", "CALL TO ORDER"),
    ("p", "Mayor Verhoeven called the meeting to order at 6:00 p.m. and noted that Councillor "
     "Dunphy was participating electronically and that Councillor Kowalchuk had sent regrets. "
     "The Mayor reminded those present that the meeting is being livestreamed and recorded."),
    ("h", 0, "2.", "LAND ACKNOWLEDGEMENT"),
    ("p", "Mayor Verhoeven read the Township's Land Acknowledgement."),
    ("h", 0, "3.", "ADOPTION OF AGENDA"),
    ("res", "2025-143", "Thériault", "Sandhu",
     ["THAT the agenda for the Regular Meeting of Council of June 10, 2025 be adopted as "
      "circulated."], "CARRIED", ""),
    ("h", 0, "4.", "DISCLOSURE OF PECUNIARY INTEREST AND GENERAL NATURE THEREOF"),
    ("p", "Deputy Mayor Okafor-Reid declared a pecuniary interest with respect to Item 7.1, "
     "Zoning By-law Amendment Application Z-04-2025, and Item 9.2, By-law 2025-042, as he owns "
     "farmland abutting the subject property at 2287 Concession 4 Road. He did not take part in "
     "the discussion of or vote on these items."),
    ("h", 0, "5.", "ADOPTION OF MINUTES"),
    ("h", 1, "5.1", "Regular Meeting of Council - May 27, 2025"),
    ("res", "2025-144", "MacRory", "Okafor-Reid",
     ["THAT the minutes of the Regular Meeting of Council held on May 27, 2025 be adopted as "
      "circulated."], "CARRIED", ""),
    ("h", 1, "5.2", "Special Meeting of Council (2026 Capital Budget Workshop) - May 29, 2025"),
    ("res", "2025-145", "Sandhu", "Dunphy",
     ["THAT the minutes of the Special Meeting of Council (2026 Capital Budget Workshop) held "
      "on May 29, 2025 be adopted as circulated."], "CARRIED", ""),
    ("h", 0, "6.", "DELEGATIONS"),
    ("h", 1, "6.1", "Karen Lindqvist, President, Brennock Hills Agricultural Society - 2025 Fall "
     "Fair Update and Grant Request"),
    ("p", "Karen Lindqvist provided an update on preparations for the 2025 Brennock Hills Fall "
     "Fair, to be held September 12 to 14, 2025, and requested a grant of $2,500.00 toward the "
     "replacement of the livestock barn roof. Members thanked the Society for its work and "
     "asked about the condition of the grandstand."),
    ("res", "2025-146", "Okafor-Reid", "MacRory",
     ["THAT Council receive the delegation from the Brennock Hills Agricultural Society; AND "
      "THAT the request for a grant of $2,500.00 be referred to the 2026 budget deliberations."],
     "CARRIED", ""),
    ("h", 1, "6.2", "Arnold Veenstra - Drainage Concerns, Sideroad 15"),
    ("p", "Arnold Veenstra, 1566 Sideroad 15, described repeated spring flooding of his field "
     "entrance and basement, which he attributes to a collapsed cross-road culvert west of his "
     "property. The Director of Public Works advised that the culvert is on the 2026 "
     "replacement list."),
    ("res", "2025-147", "Dunphy", "Thériault",
     ["THAT Council receive the delegation from Arnold Veenstra; AND THAT the Director of Public "
      "Works inspect the cross-road culvert on Sideroad 15 and report back to Council with "
      "options and costs."], "CARRIED", ""),
    ("h", 0, "7.", "PUBLIC MEETINGS UNDER THE PLANNING ACT"),
    ("p", "Mayor Verhoeven recessed the regular meeting at 6:38 p.m. to hold the public meetings "
     "required under Section 34 of the Planning Act."),
    ("h", 1, "7.1", "Zoning By-law Amendment Application Z-04-2025 (Hendrickx) - 2287 Concession 4 "
     "Road"),
    ("p", "Deputy Mayor Okafor-Reid, having declared a pecuniary interest, left the Council table "
     "at 6:38 p.m."),
    ("p", "The Mayor opened the public meeting at 6:39 p.m. The Clerk confirmed that notice was "
     "given by prepaid first class mail to all owners within 120 metres of the subject lands and "
     "by a sign posted on the property on May 16, 2025."),
    ("lp", "Staff Report:", "Stephanie Farrant, Senior Planner, County of Glenmorrow, presented "
     "Report PL-2025-14. The application rezones a 1.8 hectare parcel from Agricultural (A) to "
     "Rural Residential (RR) to implement a surplus farm dwelling severance granted by the "
     "County Land Division Committee (Consent B-11-2025), and rezones the retained farmland to "
     "Agricultural Exception Seven (A-7) to prohibit a new dwelling."),
    ("lp", "Written Comments:", "Three written submissions were received and are included in "
     "the agenda package."),
    ("lp", "Public Comments:", "Frank Ouellette, 2301 Concession 4 Road, asked whether the "
     "rezoning would permit a livestock operation closer to his home. Staff advised that the "
     "minimum distance separation requirements continue to apply. No other member of the "
     "public spoke to the application."),
    ("res", "2025-148", "Thériault", "Dunphy",
     ["THAT Council receive Report PL-2025-14 and all written and oral comments on Zoning By-law "
      "Amendment Application Z-04-2025 (Hendrickx); AND THAT the amending by-law be considered "
      "under Item 9.2 of this agenda."], "CARRIED", ""),
    ("p", "The public meeting for Application Z-04-2025 closed at 6:58 p.m. Deputy Mayor "
     "Okafor-Reid returned to the Council table at 6:59 p.m."),
    ("h", 1, "7.2", "Zoning By-law Amendment Application Z-05-2025 (Dawes Farms Ltd.) - 940 Glen "
     "Cairn Road"),
    ("p", "The Mayor opened the public meeting at 6:59 p.m. Stephanie Farrant presented Report "
     "PL-2025-16, which recommends approval of a site-specific exception to permit a farm "
     "machinery repair shop as an on-farm diversified use. No written comments were received and "
     "no member of the public spoke to the application."),
    ("res", "2025-149", "Okafor-Reid", "Sandhu",
     ["THAT Council receive Report PL-2025-16 regarding Zoning By-law Amendment Application "
      "Z-05-2025 (Dawes Farms Ltd.); AND THAT the amending by-law be considered under Item 9.3 "
      "of this agenda."], "CARRIED", ""),
    ("p", "Mayor Verhoeven closed the public meetings at 7:07 p.m. and Council resumed the "
     "regular meeting."),
    ("h", 0, "8.", "STAFF REPORTS"),
    ("h", 1, "8.1", "Clerk's Department"),
    ("h", 2, "a)", "Report CLK-2025-09 - 2026 Municipal and School Board Election: Alternative "
     "Voting Methods"),
    ("p", "The CAO/Clerk presented the report. Council discussed access to voting for electors "
     "without reliable internet service, particularly in the north end of the Township."),
    ("res", "2025-150", "Okafor-Reid", "Dunphy",
     ["THAT Council receive Report CLK-2025-09, 2026 Municipal and School Board Election: "
      "Alternative Voting Methods;",
      "AND THAT Council authorize internet and telephone voting for the 2026 Municipal and "
      "School Board Election;",
      "AND THAT staff bring forward the necessary by-law at a future meeting of Council."],
     None, ""),
    ("res", "2025-151", "Thériault", "MacRory",
     ["THAT Resolution No. 2025-150 be amended by adding the following: AND THAT a Voter Help "
      "Centre be provided at the Municipal Office during the voting period, with staff "
      "assistance for electors who do not have access to a telephone or the internet."],
     "CARRIED", " (Amendment)"),
    ("result", "The main motion, as amended, was then put to a vote.", "CARRIED AS AMENDED",
     "2025-150"),
    ("h", 1, "8.2", "Finance Department"),
    ("h", 2, "a)", "Report FIN-2025-11 - 2024 Statement of Council Remuneration and Expenses"),
    ("res", "2025-152", "Dunphy", "Thériault",
     ["THAT Council receive Report FIN-2025-11, 2024 Statement of Council Remuneration and "
      "Expenses, for information, as required under Section 284 of the Municipal Act, 2001."],
     "CARRIED", ""),
    ("h", 2, "b)", "Report FIN-2025-12 - Tax Write-Offs under Section 354 of the Municipal Act, "
     "2001"),
    ("res", "2025-153", "Sandhu", "Okafor-Reid",
     ["THAT Council receive Report FIN-2025-12; AND THAT Council approve the cancellation, "
      "reduction or refund of taxes in the amount of $4,318.62 under Section 354 of the "
      "Municipal Act, 2001, as set out in Schedule A to the report."], "CARRIED", ""),
    ("h", 1, "8.3", "Public Works Department"),
    ("h", 2, "a)", "Report PW-2025-17 - Award of Tender PW-T-2025-03, 2025 Surface Treatment "
     "Program"),
    ("p", "The Director of Public Works advised that four bids were received for Tender "
     "PW-T-2025-03, which closed on May 28, 2025. The lowest compliant bid exceeds the approved "
     "budget of $640,000.00 by $44,212.40. Councillor Dunphy and Councillor MacRory expressed "
     "concern about drawing on the reserve and suggested that the Sideroad 30 section be "
     "removed from this year's program."),
    ("res", "2025-154", "Okafor-Reid", "Thériault",
     ["THAT Council receive Report PW-2025-17;",
      "AND THAT Tender PW-T-2025-03, 2025 Surface Treatment Program, be awarded to Kellerman "
      "Paving & Surface Treatment Ltd. in the amount of $684,212.40, plus HST;",
      "AND THAT the shortfall of $44,212.40 be funded from the Roads Capital Reserve."],
     None, ""),
    ("p", "Councillor Dunphy requested a recorded vote."),
    ("rv_list", [("Yeas (4):", ["Verhoeven", "Okafor-Reid", "Sandhu", "Thériault"]),
                 ("Nays (2):", ["Dunphy", "MacRory"]),
                 ("Absent (1):", ["Kowalchuk"])], "CARRIED"),
    ("h", 2, "b)", "Report PW-2025-18 - Request for Reduced Speed Limit, Glen Cairn Road"),
    ("p", "Members asked that traffic volumes and speeds be measured before a decision is made."),
    ("res", "2025-155", "Thériault", "Dunphy",
     ["THAT Report PW-2025-18, Request for Reduced Speed Limit, Glen Cairn Road, be deferred to "
      "the Regular Meeting of Council on June 24, 2025, to allow staff to complete a seven-day "
      "traffic count and speed study."], "CARRIED", ""),
    ("h", 1, "8.4", "Fire and Emergency Services"),
    ("h", 2, "a)", "Report FD-2025-05 - Fire Department Activity Report, May 2025"),
    ("p", "Fire Chief Sawchuk reported 14 calls for service in May, including three grass fires "
     "and two motor vehicle collisions on County Road 9, and reminded residents that open air "
     "burning requires a permit."),
    ("res", "2025-156", "MacRory", "Sandhu",
     ["THAT Council receive Report FD-2025-05, Fire Department Activity Report, May 2025, for "
      "information."], "CARRIED", ""),
    ("h", 1, "8.5", "Planning and Building"),
    ("h", 2, "a)", "Report PL-2025-15 - Site Plan Agreement, Ridgeview Farm Supply Ltd., 1180 "
     "County Road 9"),
    ("res", "2025-157", "Okafor-Reid", "MacRory",
     ["THAT Council receive Report PL-2025-15 and approve the Site Plan Agreement with Ridgeview "
      "Farm Supply Ltd. for the lands at 1180 County Road 9; AND THAT the implementing by-law be "
      "considered under Item 9.4 of this agenda."], "CARRIED", ""),
    ("h", 0, "9.", "BY-LAWS"),
    ("h", 1, "9.1", "By-law 2025-041 - Being a By-law to authorize the execution of an agreement "
     "with Kellerman Paving & Surface Treatment Ltd. for the 2025 Surface Treatment Program"),
    ("res", "2025-158", "Thériault", "Okafor-Reid",
     ["THAT By-law 2025-041 be read a first, second and third time and finally passed."],
     "CARRIED", ""),
    ("h", 1, "9.2", "By-law 2025-042 - Being a By-law to amend Zoning By-law 2012-30 (Hendrickx, "
     "2287 Concession 4 Road)"),
    ("p", "Deputy Mayor Okafor-Reid, having declared a pecuniary interest, left the Council table "
     "at 7:58 p.m. Councillor Sandhu stated that he could not support the loss of prime "
     "agricultural land to residential use."),
    ("res", "2025-159", "MacRory", "Thériault",
     ["THAT By-law 2025-042 be read a first, second and third time and finally passed."],
     None, ""),
    ("p", "A recorded vote was requested by Councillor Sandhu."),
    ("rv_grid", [("Dunphy", "Yea"), ("Kowalchuk", "Absent"), ("MacRory", "Yea"),
                 ("Okafor-Reid", "Declared Interest"), ("Sandhu", "Nay"), ("Thériault", "Yea"),
                 ("Verhoeven", "Yea")], "Yeas: 4     Nays: 1", "CARRIED"),
    ("p", "Deputy Mayor Okafor-Reid returned to the Council table at 8:01 p.m."),
    ("h", 1, "9.3", "By-law 2025-043 - Being a By-law to amend Zoning By-law 2012-30 (Dawes Farms "
     "Ltd., 940 Glen Cairn Road)"),
    ("res", "2025-160", "Sandhu", "Dunphy",
     ["THAT By-law 2025-043 be read a first, second and third time and finally passed."],
     "CARRIED", ""),
    ("h", 1, "9.4", "By-law 2025-044 - Being a By-law to authorize a Site Plan Agreement with "
     "Ridgeview Farm Supply Ltd."),
    ("res", "2025-161", "Dunphy", "MacRory",
     ["THAT By-law 2025-044 be read a first, second and third time and finally passed."],
     "CARRIED", ""),
    ("h", 0, "10.", "CORRESPONDENCE"),
    ("h", 1, "10.1", "Items for Information"),
    ("list", ["a)  Ministry of Municipal Affairs and Housing - 2025 Ontario Municipal Partnership "
              "Fund Allocation",
              "b)  Kestrel River Conservation Authority - 2025 Municipal Levy Apportionment",
              "c)  Township of Ferndale Mills - Resolution re: Rural Road Safety Funding"]),
    ("res", "2025-162", "MacRory", "Okafor-Reid",
     ["THAT Correspondence Items 10.1 a) to c) be received for information."], "CARRIED", ""),
    ("h", 1, "10.2", "Items for Action"),
    ("h", 2, "a)", "County of Glenmorrow - Request for Support: Last-Mile Rural Broadband"),
    ("res", "2025-163", "Sandhu", "Thériault",
     ["THAT the Council of the Township of Brennock Hills support the resolution of the County "
      "of Glenmorrow dated May 14, 2025, requesting that the Province of Ontario extend the "
      "Improving Connectivity for Ontario program to last-mile rural connections; AND THAT a "
      "copy of this resolution be forwarded to the local Member of Provincial Parliament."],
     "CARRIED", ""),
    ("h", 2, "b)", "Municipality of East Harcourt - Request for Support: On-Farm Seasonal Worker "
     "Housing"),
    ("p", "Members expressed concern that the proposed exemptions from the Ontario Building Code "
     "could compromise fire safety in bunkhouse accommodation."),
    ("res", "2025-164", "Dunphy", "Sandhu",
     ["THAT Council support the resolution of the Municipality of East Harcourt dated May 2, "
      "2025, requesting exemptions from the Ontario Building Code for temporary on-farm "
      "seasonal worker housing."], "DEFEATED", ""),
    ("h", 0, "11.", "NOTICE OF MOTION"),
    ("h", 1, "11.1", "Councillor Thériault - Review of Council Remuneration By-law 2018-22"),
    ("p", "Councillor Thériault gave notice that she intends to introduce a motion at the Regular "
     "Meeting of Council on June 24, 2025, directing staff to review Council Remuneration By-law "
     "2018-22 and report on the remuneration paid by comparable municipalities."),
    ("h", 0, "12.", "CLOSED SESSION"),
    ("res", "2025-165", "Okafor-Reid", "Sandhu",
     ["THAT Council proceed into Closed Session at 8:05 p.m. pursuant to Section 239(2) of the "
      "Municipal Act, 2001, to consider a proposed or pending disposition of land by the "
      "municipality (Section 239(2)(c)) and personal matters about an identifiable individual "
      "(Section 239(2)(b))."], "CARRIED", ""),
    ("h", 1, "12.1", "Section 239(2)(c) - A proposed or pending acquisition or disposition of "
     "land by the municipality or local board - Unopened Road Allowance between Lots 18 and 19, "
     "Concession 3"),
    ("h", 1, "12.2", "Section 239(2)(b) - Personal matters about an identifiable individual, "
     "including municipal or local board employees - Fire Department Staffing"),
    ("h", 1, "12.3", "Rise and Report"),
    ("res", "2025-166", "MacRory", "Dunphy",
     ["THAT Council rise from Closed Session at 8:47 p.m. and report."], "CARRIED", ""),
    ("p", "Mayor Verhoeven reported that Council met in Closed Session to consider Items 12.1 and "
     "12.2. Direction was given to staff with respect to Item 12.1. No action is required with "
     "respect to Item 12.2."),
    ("res", "2025-167", "Thériault", "Okafor-Reid",
     ["THAT Council direct staff to proceed in accordance with the direction given in Closed "
      "Session regarding the unopened road allowance between Lots 18 and 19, Concession 3."],
     "CARRIED", ""),
    ("h", 0, "13.", "CONFIRMING BY-LAW"),
    ("h", 1, "13.1", "By-law 2025-045 - Being a By-law to confirm the proceedings of the Council "
     "meeting held on June 10, 2025"),
    ("res", "2025-168", "Sandhu", "MacRory",
     ["THAT By-law 2025-045, being a By-law to confirm the proceedings of the Council meeting "
      "held on June 10, 2025, be read a first, second and third time and finally passed."],
     "CARRIED", ""),
    ("h", 0, "14.", "ADJOURNMENT"),
    ("res", "2025-169", "Dunphy", "Thériault",
     ["THAT Council adjourn at 8:53 p.m."], "CARRIED", ""),
]

GRID_COLUMNS = ["Member of Council", "Yea", "Nay", "Declared Interest", "Absent"]


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


class _WordDoc(FPDF):
    """A letter-size page as Word prints it: 1-inch side margins, a running footer."""

    def __init__(self, kind: str) -> None:
        super().__init__(orientation="P", unit="mm", format="letter")
        self.kind = kind
        self.set_creation_date(CREATED)
        self.set_title(f"{TOWNSHIP} - Regular Meeting of Council - {kind.title()} - June 10, 2025")
        self.set_author("Township of Brennock Hills - Clerk's Department")
        self.set_creator("Microsoft Word")
        self.set_margins(25.4, 20, 25.4)
        self.set_auto_page_break(True, margin=19)
        self.alias_nb_pages()

    @property
    def right(self) -> float:
        return self.w - self.r_margin

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8.5)
        self.set_text_color(70, 70, 70)
        self.set_xy(self.l_margin, 10)
        if self.kind == "agenda":
            left = "Regular Meeting of Council - Agenda"
        else:
            left = "Regular Meeting of Council - Minutes"
        self.cell(0, 4, left)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, "June 10, 2025", align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 15, self.right, 15)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(20)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("Helvetica", "", 8.5)
        if self.kind == "agenda":
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        else:
            self.cell(0, 4, TOWNSHIP)
            self.set_x(self.l_margin)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")

    def lines(self, w: float, text: str) -> int:
        return len(self.multi_cell(w, 5, text, dry_run=True, output="LINES"))

    def need(self, height: float) -> None:
        if self.get_y() + height > self.h - self.b_margin:
            self.add_page()

    def letterhead(self) -> None:
        # a plain crest: a green disc with a white pine drawn from triangles
        x, y = self.l_margin, 14
        self.set_fill_color(38, 84, 56)
        self.ellipse(x, y, 18, 18, style="F")
        self.set_fill_color(255, 255, 255)
        for top, half, base in ((y + 3, 3, y + 8), (y + 5.5, 4.5, y + 11), (y + 8, 6, y + 14)):
            self.polygon([(x + 9, top), (x + 9 - half, base), (x + 9 + half, base)], style="F")
        self.rect(x + 8.3, y + 14, 1.4, 2, style="F")
        self.set_fill_color(0, 0, 0)
        self.set_xy(x + 22, y + 1)
        self.set_font("Times", "B", 14)
        self.cell(0, 6, CORP)
        self.set_xy(x + 22, y + 8)
        self.set_font("Times", "", 9.5)
        self.cell(0, 4.5, ADDRESS)
        self.set_xy(x + 22, y + 12.5)
        self.cell(0, 4.5, f"Telephone: {PHONE}     Fax: 613-555-0149     www.brennockhills.ca")
        self.set_line_width(0.6)
        self.set_draw_color(38, 84, 56)
        self.line(self.l_margin, y + 21, self.right, y + 21)
        self.set_line_width(0.2)
        self.set_draw_color(0, 0, 0)
        self.set_y(y + 25)


def _agenda_pdf() -> FPDF:
    pdf = _WordDoc("agenda")
    pdf.add_page()
    pdf.letterhead()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, "REGULAR MEETING OF COUNCIL", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    facts = [
        ("Date:", DATE_LONG),
        ("Time:", "6:00 p.m."),
        ("Location:", "Council Chambers, Municipal Office, 412 Concession 6 Road, Ardley"),
        ("", "Hybrid meeting - Members of Council, staff and the public may attend in person or "
             "electronically."),
        ("Livestream:", "The meeting will be streamed live and recorded on the Township's "
                        "YouTube channel: www.youtube.com/@BrennockHillsTownship"),
    ]
    for label, text in facts:
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_x(pdf.l_margin)
        pdf.cell(24, 5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(pdf.epw - 24, 5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(
        0, 4,
        "This agenda is available in an alternate format upon request. To request an "
        f"accommodation, or to register as a delegation, please contact {CLERK}, CAO/Clerk, at "
        f"{CLERK_PHONE} or {CLERK_EMAIL} no later than 12:00 p.m. on the Wednesday before the "
        "meeting.", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_draw_color(120, 120, 120)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.right, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "Page", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    page_w = 22.0
    indents = {0: (0.0, 10.0), 1: (10.0, 12.0), 2: (22.0, 8.0)}
    for level, number, title, pages, _part, notes in AGENDA:
        num_x, num_w = indents[level]
        x_num = pdf.l_margin + num_x
        x_title = x_num + num_w
        w_title = pdf.right - page_w - x_title
        if level == 0:
            pdf.set_font("Helvetica", "B", 10.5)
            gap = 3.0
        else:
            pdf.set_font("Helvetica", "", 10)
            gap = 1.2
        height = pdf.lines(w_title, title) * 5 + gap
        pdf.need(height + (6 if level == 0 else 0))
        pdf.ln(gap)
        y = pdf.get_y()
        pdf.set_xy(x_num, y)
        pdf.cell(num_w, 5, number)
        pdf.set_xy(x_title, y)
        pdf.multi_cell(w_title, 5, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        end = pdf.get_y()
        if pages:
            first, last = pages
            pdf.set_xy(pdf.right - page_w, y)
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(page_w, 5, str(first) if first == last else f"{first} - {last}", align="R")
            pdf.set_y(end)
        for note in notes:
            pdf.set_font("Helvetica", "I", 9)
            pdf.need(pdf.lines(w_title, note) * 4.5 + 1)
            pdf.set_x(x_title)
            pdf.multi_cell(w_title, 4.5, note, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return pdf


def _minutes_pdf() -> tuple[FPDF, dict]:
    pdf = _WordDoc("minutes")
    info: dict = {}
    pdf.add_page()
    pdf.set_y(18)
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 6, CORP, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 6, "MINUTES OF THE REGULAR MEETING OF COUNCIL", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 5.5, f"{DATE_LONG} at 6:00 p.m.", align="C", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.cell(0, 5.5, "Council Chambers, Municipal Office, and by Electronic Participation",
             align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    label_w = 45.0
    for label, people in ATTENDANCE:
        pdf.need(5 * len(people) + 2)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", FS)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(label_w, 5, label)
        pdf.set_font("Helvetica", "", FS)
        for line, *_ in people:
            pdf.set_x(pdf.l_margin + label_w)
            pdf.cell(0, 5, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    pdf.ln(1)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.right, pdf.get_y())
    pdf.ln(1)

    body_x = pdf.l_margin + 12.0
    body_w = pdf.right - body_x

    def para(text: str, style: str = "", size: float = FS, x: float = body_x) -> None:
        pdf.set_font("Helvetica", style, size)
        w = pdf.right - x
        pdf.need(pdf.lines(w, text) * LH + 2)
        pdf.ln(1.2)
        pdf.set_x(x)
        pdf.multi_cell(w, LH, text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def result_line(text: str) -> None:
        pdf.set_font("Helvetica", "B", FS)
        pdf.need(6)
        pdf.ln(0.5)
        pdf.cell(0, LH, text, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def heading_height(level: int, title: str) -> float:
        x_title = pdf.l_margin + (20.0 if level == 2 else 12.0)
        pdf.set_font("Helvetica", "B", 10.5 if level == 0 else FS)
        return pdf.lines(pdf.right - x_title, title) * LH + (3.5 if level == 0 else 2.0)

    for index, block in enumerate(MINUTES):
        kind = block[0]
        if kind == "h":
            _, level, number, title = block
            # keep a heading with the heading under it and the first lines that follow
            keep = heading_height(level, title) + 4 * LH
            following = MINUTES[index + 1] if index + 1 < len(MINUTES) else None
            if following is not None and following[0] == "h":
                keep += heading_height(following[1], following[3])
            num_x = {0: 0.0, 1: 0.0, 2: 12.0}[level]
            num_w = {0: 12.0, 1: 12.0, 2: 8.0}[level]
            x_num = pdf.l_margin + num_x
            x_title = x_num + num_w
            w_title = pdf.right - x_title
            pdf.set_font("Helvetica", "B", 10.5 if level == 0 else FS)
            gap = 3.5 if level == 0 else 2.0
            pdf.need(keep)
            pdf.ln(gap)
            y = pdf.get_y()
            pdf.set_xy(x_num, y)
            pdf.cell(num_w, LH, number)
            pdf.set_xy(x_title, y)
            if level == 2:
                pdf.set_font("Helvetica", "BU", FS)
            pdf.multi_cell(w_title, LH, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "p":
            para(block[1])
        elif kind == "lp":
            _, label, text = block
            pdf.set_font("Helvetica", "", FS)
            pdf.need(pdf.lines(body_w, f"{label} {text}") * LH + 2)
            pdf.ln(1.2)
            pdf.set_x(body_x)
            pdf.multi_cell(body_w, LH, f"**{label}** {text}", markdown=True, align="J",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "list":
            pdf.ln(1)
            pdf.set_font("Helvetica", "", FS)
            for line in block[1]:
                pdf.set_x(body_x + 4)
                pdf.multi_cell(body_w - 4, LH, line, align="L", new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
        elif kind == "res":
            _, number, mover, seconder, paras, result, suffix = block
            pdf.set_font("Helvetica", "", FS)
            pdf.need((3 + min(pdf.lines(body_w, paras[0]), 3)) * LH + 4)
            pdf.ln(2)
            pdf.set_x(body_x)
            pdf.set_font("Helvetica", "B", FS)
            pdf.cell(0, LH, f"Resolution No. {number}{suffix}", new_x=XPos.LMARGIN,
                     new_y=YPos.NEXT)
            pdf.set_font("Helvetica", "", FS)
            pdf.set_x(body_x)
            pdf.cell(20, LH, "Moved by:")
            pdf.cell(62, LH, who(mover))
            pdf.cell(24, LH, "Seconded by:")
            pdf.cell(0, LH, who(seconder), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            for i, text in enumerate(paras):
                pdf.set_font("Helvetica", "", FS)
                last = i == len(paras) - 1 and result is not None
                pdf.need(pdf.lines(body_w, text) * LH + (1 + LH if last else 1))
                pdf.ln(1 if i == 0 else 0.8)
                pdf.set_x(body_x)
                pdf.multi_cell(body_w, LH, text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if result:
                result_line(result)
        elif kind == "result":
            _, text, result, _number = block
            para(text)
            result_line(result)
        elif kind == "rv_list":
            _, rows, result = block
            pdf.ln(1.5)
            pdf.set_font("Helvetica", "B", FS)
            pdf.need(5 * (len(rows) + 2))
            pdf.set_x(body_x)
            pdf.cell(0, 5, "Recorded Vote:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            for label, members in rows:
                pdf.set_font("Helvetica", "", FS)
                pdf.set_x(body_x + 6)
                pdf.cell(24, 5, label)
                pdf.multi_cell(body_w - 30, 5, ", ".join(who(m) for m in members), align="L",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            result_line(result)
        elif kind == "rv_grid":
            _, rows, totals, result = block
            widths = (62.0, 16.0, 16.0, 30.0, 18.0)
            pdf.need(6 * (len(rows) + 1) + 18)
            pdf.ln(2)
            info["grid_page"] = pdf.page_no()
            pdf.set_font("Helvetica", "B", 9.5)
            pdf.set_x(body_x)
            for head, w in zip(GRID_COLUMNS, widths):
                pdf.cell(w, 6, head, border=1, align="L" if w == widths[0] else "C")
            pdf.ln(6)
            pdf.set_font("Helvetica", "", 9.5)
            for member, column in rows:
                full, title = COUNCIL[member]
                pdf.set_x(body_x)
                pdf.cell(widths[0], 6, f"{title} {full}", border=1)
                for head, w in zip(GRID_COLUMNS[1:], widths[1:]):
                    pdf.cell(w, 6, "X" if head == column else "", border=1, align="C")
                pdf.ln(6)
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", FS)
            pdf.set_x(body_x)
            pdf.cell(0, 5, totals, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            result_line(result)

    # closing and signatures
    pdf.need(45)
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 9.5)
    pdf.multi_cell(0, 5, "These minutes were adopted by Council on the ____ day of "
                   "______________, 2025, by Resolution No. ________.", align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(16)
    y = pdf.get_y()
    half = pdf.epw / 2
    pdf.set_font("Helvetica", "", FS)
    for i, (name, role) in enumerate((("Dianne Verhoeven", "Mayor"), (CLERK, "CAO/Clerk"))):
        x = pdf.l_margin + i * (half + 8)
        pdf.line(x, y, x + half - 8, y)
        pdf.set_xy(x, y + 1)
        pdf.cell(half - 8, 5, name)
        pdf.set_xy(x, y + 6)
        pdf.cell(half - 8, 5, role)
    return pdf, info


def build(folder: Path) -> list[Path]:
    """Write the agenda and the minutes under folder/agendas and folder/minutes."""
    folder = Path(folder)
    written = []
    for sub, name, pdf in (("agendas", AGENDA_FILE, _agenda_pdf()),
                           ("minutes", MINUTES_FILE, _minutes_pdf()[0])):
        out = folder / sub
        out.mkdir(parents=True, exist_ok=True)
        path = out / name
        pdf.output(str(path))
        written.append(path)
    return written


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def _bare(number: str) -> str:
    return number.rstrip(".)")


def _agenda_gold() -> list[dict]:
    items = []
    stack: list[str] = []  # bare numbers of the enclosing items, top level first
    for level, number, title, pages, part, _notes in AGENDA:
        bare = _bare(number)
        stack = stack[:level]
        parent = stack[-1] if stack else None
        path = bare if level < 2 else f"{stack[-1]}.{bare}"
        stack.append(bare if level < 2 else path)
        items.append({
            "number": bare,
            "title": title,
            "pages": {"first": pages[0], "last": pages[1]} if pages else None,
            "part": part,
            "parent": parent,
            "path": path,
        })
    return items


def _minutes_gold() -> tuple[dict, list[dict]]:
    headings = [b for b in MINUTES if b[0] == "h"]
    counts: dict[str, int] = {}
    for b in headings:
        counts[_bare(b[2])] = counts.get(_bare(b[2]), 0) + 1
    items = []
    per_item: dict[str, int] = {}
    votes = []
    current = None
    current_key = None
    current_title = None
    pending: dict | None = None
    for block in MINUTES:
        kind = block[0]
        if kind == "h":
            bare = _bare(block[2])
            current = bare
            current_key = bare if counts[bare] == 1 else block[3]
            current_title = block[3]
            items.append({"number": bare, "title": block[3], "agenda_item": bare})
        elif kind == "res":
            _, number, mover, seconder, _paras, result, suffix = block
            per_item[current_key] = per_item.get(current_key, 0) + 1
            vote = {"item": current, "motion": f"Resolution No. {number}{suffix}",
                    "item_title": current_title,
                    "mover": COUNCIL[mover][0], "seconder": COUNCIL[seconder][0],
                    "result": None, "result_as_printed": None, "counts": None}
            votes.append(vote)
            if result:
                vote["result"] = "lost" if result == "DEFEATED" else "carried"
                vote["result_as_printed"] = result
            else:
                pending = vote
        elif kind == "result":
            _, _text, result, number = block
            vote = next(v for v in votes if v["motion"] == f"Resolution No. {number}")
            vote["result"] = "carried"
            vote["result_as_printed"] = result
            # the main motion is decided after its amendment: list it in that order
            votes.remove(vote)
            votes.append(vote)
        elif kind == "rv_list":
            _, rows, result = block
            names = {label.split()[0].lower(): [COUNCIL[m][0] for m in members]
                     for label, members in rows}
            assert pending is not None
            pending["result"] = "carried"
            pending["result_as_printed"] = result
            pending["counts"] = {"yes": len(names["yeas"]), "no": len(names["nays"]),
                                 "abstain": 0, "absent": len(names["absent"])}
            pending["voters"] = {"yes": names["yeas"], "no": names["nays"],
                                 "absent": names["absent"]}
            pending["note"] = "Recorded vote printed as named lists; Councillor Kowalchuk absent."
            pending = None
        elif kind == "rv_grid":
            _, rows, _totals, result = block
            by = {c: [COUNCIL[m][0] for m, col in rows if col == c] for c in GRID_COLUMNS[1:]}
            assert pending is not None
            pending["result"] = "carried"
            pending["result_as_printed"] = result
            pending["counts"] = {"yes": len(by["Yea"]), "no": len(by["Nay"]), "abstain": 0,
                                 "absent": len(by["Absent"])}
            pending["voters"] = {"yes": by["Yea"], "no": by["Nay"], "absent": by["Absent"]}
            pending["note"] = ("Recorded vote printed as a grid; Deputy Mayor Okafor-Reid "
                               "declared a pecuniary interest and did not vote (not an "
                               "abstention); Councillor Kowalchuk absent.")
            pending = None
    attendance = [{"name": name, "status": status, "role": role}
                  for _label, people in ATTENDANCE for _line, name, status, role in people]
    minutes = {
        "items": items,
        "resolutions": sum(per_item.values()),
        "resolutions_per_item": per_item,
        "votes": votes,
        "attendance": attendance,
    }
    grid_block = next(b for b in MINUTES if b[0] == "rv_grid")
    grid_page = _minutes_pdf()[1]["grid_page"]
    rows = []
    for index, (member, column) in enumerate(grid_block[1]):
        full, title = COUNCIL[member]
        rows.append({"index": index, "cells": {"Member of Council": f"{title} {full}",
                                                column: "X"}})
    table = {"page": grid_page, "title": "Recorded vote on By-law 2025-042 (no caption printed)",
             "columns": list(GRID_COLUMNS), "row_count": len(rows),
             "pages": {"first": grid_page, "last": grid_page},
             "rows": [rows[0], rows[3], rows[4], rows[6]]}
    return minutes, [table]


MEETING = {
    "body": "Council",
    "meeting_type": "Regular Meeting of Council",
    "date": DATE,
    "start_time": "18:00",
    "contact": {"name": CLERK, "phone": CLERK_PHONE, "email": CLERK_EMAIL},
}


def gold() -> dict[str, dict]:
    agenda_notes = [
        "Body is the Council; the agenda is for its Regular Meeting (hybrid, livestreamed).",
        "Lettered items print as 'a)'; their number is given as the bare letter, with a path "
        "such as 8.3.a so that repeated letters stay apart; parent is the decimal item above.",
        "Decimal sub-items (5.1, 8.3) have the section number (5, 8) as parent.",
        "Top-level numbers print with a trailing dot ('5.'), given without it.",
        "Page ranges are the right-hand 'Page' column, which refers to the agenda package (the "
        "agenda itself is pages 1-3); a single number is a one-page attachment.",
        "Department headings (8.1 Clerk's Department etc.) and 7.1/7.2 print no page number.",
        "Italic lines under items (land acknowledgement text, recommended motions, the closed "
        "session preamble under 12) are not items.",
        "12.1 and 12.2 are the s.239(2) closed-session matters and are marked exempt; the "
        "heading 12 (its preamble is the public motion to go into closed session) and 12.3 Rise "
        "and Report are public.",
        "Contact is the CAO/Clerk named in the accessibility note on page 1.",
    ]
    minutes, tables = _minutes_gold()
    minutes_notes = [
        "The minutes follow the agenda numbering; lettered items print as 'a)' and are given as "
        "the bare letter, so vote items and minute numbers 'a'/'b' repeat across departments.",
        "resolutions_per_item is keyed by minute number where the number is unique and by the "
        "item title where a letter repeats.",
        "resolutions counts every printed 'Resolution No.' block (27, 2025-143 to 2025-169), "
        "including the amendment 2025-151 and the defeated 2025-164; none prints the word "
        "'Resolved' (Ontario 'THAT ...' style); 'AND THAT' clauses are not separate "
        "resolutions.",
        "Every resolution is listed as a vote with its result; counts are given only for the two "
        "recorded votes (2025-154 under 8.3 a) and 2025-159 under 9.2), null elsewhere.",
        "The main motion 2025-150 is listed after its amendment 2025-151, in the order decided "
        "('CARRIED AS AMENDED').",
        "Recorded vote 2025-159: the member who declared a pecuniary interest is in no option "
        "and abstain is 0; the absent member is counted under absent.",
        "The deferral 2025-155 (Report PW-2025-18) is a carried motion to defer.",
        "Councillor Dunphy is listed under 'Present Electronically' and given status virtual; "
        "Councillor Kowalchuk is under 'Regrets' (apologies); staff are in_attendance; the "
        "County planner under 'Also Present' is also_present.",
        "Delegates and members of the public named in the body of the minutes (Karen "
        "Lindqvist, Arnold Veenstra, Frank Ouellette) are not attendance.",
        "Correspondence 10.1 a) to c) print as plain lines under 10.1 and are not minute items; "
        "10.2 a) and b) are headings with their own resolutions.",
        "7.1 prints 'Staff Report:', 'Written Comments:' and 'Public Comments:' as bold run-in "
        "labels, not numbered items.",
        "The recorded-vote grid under 9.2 is given as a table (it prints no caption: the title "
        "is descriptive); the 'Yeas: 4 Nays: 1' line under it is not a row.",
        "Each vote also gives item_title, the heading it is recorded under, since the lettered "
        "minute numbers repeat.",
        "Lines under the attendance labels are a borderless layout, not a table.",
        "end_time is the adjournment time in Resolution 2025-169 (8:53 p.m.).",
    ]
    meeting_min = dict(MEETING)
    meeting_min.pop("contact")
    meeting_min["end_time"] = "20:53"
    return {
        f"agendas__{AGENDA_FILE[:-4]}": {
            "file": f"generated/agendas/{AGENDA_FILE}",
            "kind": "agenda",
            "country": "CA",
            "notes": agenda_notes,
            "meeting": dict(MEETING),
            "agenda": _agenda_gold(),
        },
        f"minutes__{MINUTES_FILE[:-4]}": {
            "file": f"generated/minutes/{MINUTES_FILE}",
            "kind": "minutes",
            "country": "CA",
            "notes": minutes_notes,
            "meeting": meeting_min,
            "minutes": minutes,
            "tables": tables,
        },
    }

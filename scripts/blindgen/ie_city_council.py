"""Carrigmore City and County Council (Comhairle Cathrach agus Contae Charraig Mhór), a fictional
Irish local authority of 32 members, and its Ordinary (monthly) Meeting of Monday 10 March 2025.

Two PDFs, printed the way Irish city and county councils print them:

* the Clár / Agenda: a covering letter from the Meetings Administrator ("A Chomhairleoir, /
  Dear Councillor"), then nine numbered items with bilingual headings and decimal sub-items
  (minutes to confirm, Cathaoirleach's business, Chief Executive's reports, Section 183
  disposals, a Part 8 housing scheme, correspondence, notices of motion with the names of the
  councillors who tabled them, questions, any other business);
* the Miontuairiscí / Minutes of the same meeting: the Cathaoirleach presiding, members present
  (in the chamber and remotely), apologies, officials in attendance and others also present,
  then minute items numbered with a "CM" prefix and the year ("CM 45/25") in a margin column,
  decisions in the "On the proposal of Cllr. X, seconded by Cllr. Y, it was agreed / RESOLVED"
  form, three roll-call votes naming those For, Against, Abstaining and Absent (one motion
  lost), questions with replies, and a signature block.

Everything (names, places, figures) is invented. `gold()` is written from the same data the
renderer prints.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

SLUG = "carrigmore"
BODY_SLUG = "council"
DATE = "2025-03-10"
COUNCIL_GA = "Comhairle Cathrach agus Contae Charraig Mhór"
COUNCIL_EN = "Carrigmore City and County Council"
ADDRESS_GA = "Halla na Cathrach, An Meal, Carraig Mhór"
ADDRESS_EN = "City Hall, The Mall, Carrigmore, C47 R2W8"
PHONE = "(052) 618 4400"
EMAIL = "meetings@carrigmorecouncil.ie"
CONTACT = "Siobhán Ní Bhriain"
LONG_DATE = "Monday, 10th March 2025"

AGENDA_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_agenda.pdf"
MINUTES_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_minutes.pdf"

# --------------------------------------------------------------------------------------------
# Members
# --------------------------------------------------------------------------------------------

CATHAOIRLEACH = "Máire Ní Fhlannagáin"
LEAS = "Liam Phelan"

IN_CHAMBER = [
    "Máire Ní Fhlannagáin", "Seán Ó Briain", "Declan Furlong", "Aoife Tierney",
    "Pádraig Hennessy", "Gráinne Costigan", "Eamon Kearney", "Niamh Dalton", "Liam Phelan",
    "Caoimhe Brophy", "Tadhg Ó Laoire", "Siobhán Keoghan", "Brendan Walshe", "Róisín Mulcahy",
    "Donal Fitzharris", "Orla Buckley", "Deirdre Cusack", "Eileen O'Gorman", "Ruairí Power",
    "Sinéad Dunphy", "Martin Quealy", "Áine de Búrca", "Ciarán Moloney", "Joe Kavanagh",
    "Mairéad Cashin", "Tom Griffin", "Shane Kiely",
]
REMOTE = ["Bríd Nolan", "Colm Prendergast"]
APOLOGIES = ["Fergal Hogan", "Helen Feeney", "Kevin Tobin"]

OFFICIALS = [
    ("Mr.", "Ciarán Ó Dálaigh", "Chief Executive"),
    ("Ms.", "Maeve Lonergan", "Director of Services, Housing, Community and Culture"),
    ("Mr.", "Paul Hartery", "Director of Services, Roads, Transportation and Environment"),
    ("Mr.", "Gerard Whelehan",
     "Director of Services, Planning, Economic Development and Placemaking"),
    ("Ms.", "Ann-Marie Colfer", "Head of Finance"),
    ("Mr.", "Dara Kinsella", "Senior Planner"),
    ("Ms.", "Noreen Flavin", "Senior Executive Officer, Corporate Services"),
    ("Ms.", "Siobhán Ní Bhriain", "Meetings Administrator"),
]
ALSO_PRESENT = [("Ms.", "Yvonne Harte", "Associate Director, Arup (for item CM 48/25)")]


def surname(name: str) -> str:
    parts = name.split()
    if len(parts) >= 3 and parts[-2] in ("Ní", "Ó", "de", "Mac", "Nic", "Ua"):
        return " ".join(parts[-2:])
    return parts[-1]


def sort_key(name: str) -> tuple[str, str]:
    sur = surname(name)
    for prefix in ("Ní ", "Ó ", "de ", "O'"):
        if sur.startswith(prefix):
            sur = sur[len(prefix):]
    return (sur.lower(), name.lower())


def by_surname(names: list[str]) -> list[str]:
    return sorted(names, key=sort_key)


ATTENDING = IN_CHAMBER + REMOTE

# --- roll-call votes -------------------------------------------------------------------------

VOTE_A_NO = ["Shane Kiely", "Sinéad Dunphy", "Tadhg Ó Laoire", "Mairéad Cashin", "Ciarán Moloney",
             "Brendan Walshe", "Martin Quealy", "Colm Prendergast"]
VOTE_A_ABSTAIN = ["Róisín Mulcahy"]
VOTE_A_YES = [n for n in ATTENDING if n not in VOTE_A_NO + VOTE_A_ABSTAIN]

VOTE_B_NO = ["Shane Kiely", "Brendan Walshe", "Martin Quealy", "Mairéad Cashin"]
VOTE_B_ABSTAIN = ["Ciarán Moloney"]
VOTE_B_YES = [n for n in ATTENDING if n not in VOTE_B_NO + VOTE_B_ABSTAIN]

LEFT_EARLY = "Joe Kavanagh"
VOTE_C_YES = ["Shane Kiely", "Sinéad Dunphy", "Tadhg Ó Laoire", "Mairéad Cashin", "Ciarán Moloney",
              "Brendan Walshe", "Martin Quealy", "Colm Prendergast", "Róisín Mulcahy"]
VOTE_C_ABSTAIN = ["Pádraig Hennessy", "Bríd Nolan"]
VOTE_C_NO = [n for n in ATTENDING if n not in VOTE_C_YES + VOTE_C_ABSTAIN + [LEFT_EARLY]]

VOTES = {
    "A": {"item": "CM 45/25", "result": "carried", "declared": "proposal carried",
          "called_by": "Cllr. Shane Kiely",
          "mover": "Declan Furlong", "seconder": "Liam Phelan",
          "motion": "That Variation No. 3 be made as recommended in the Chief Executive's Report",
          "yes": VOTE_A_YES, "no": VOTE_A_NO, "abstain": VOTE_A_ABSTAIN, "absent": APOLOGIES},
    "B": {"item": "CM 48/25", "result": "carried", "declared": "proposal carried",
          "called_by": "Cllr. Brendan Walshe",
          "mover": "Áine de Búrca", "seconder": "Ruairí Power",
          "motion": "That the proposed development at Bóthar na Trá proceed as recommended",
          "yes": VOTE_B_YES, "no": VOTE_B_NO, "abstain": VOTE_B_ABSTAIN, "absent": APOLOGIES},
    "C": {"item": "CM 53/25", "result": "lost", "declared": "motion lost",
          "called_by": "Cllr. Shane Kiely",
          "mover": "Shane Kiely", "seconder": "Mairéad Cashin",
          "motion": "Suspension of on-street pay parking charges in December 2025",
          "yes": VOTE_C_YES, "no": VOTE_C_NO, "abstain": VOTE_C_ABSTAIN,
          "absent": APOLOGIES + [LEFT_EARLY]},
}
for _v in VOTES.values():
    assert len(_v["yes"]) + len(_v["no"]) + len(_v["abstain"]) + len(_v["absent"]) == 32

# --------------------------------------------------------------------------------------------
# The Clár / Agenda
# --------------------------------------------------------------------------------------------
# Each item: number, title, parent, body (list of paragraphs), proposer (motions/questions).

AGENDA: list[dict] = [
    {"number": "1", "title": "MIONTUAIRISCÍ / MINUTES", "parent": None, "body": []},
    {"number": "1.1", "title": "Minutes of Ordinary Meeting held on 10th February 2025",
     "parent": "1",
     "body": ["To confirm and sign the Minutes of the Ordinary Meeting of Carrigmore City and "
              "County Council held on Monday, 10th February 2025. (Copy attached)"]},
    {"number": "1.2", "title": "Minutes of Special Meeting held on 24th February 2025",
     "parent": "1",
     "body": ["To confirm and sign the Minutes of the Special Meeting held on Monday, 24th "
              "February 2025 to consider the Draft Carrigmore Local Economic and Community "
              "Plan 2025-2031. (Copy attached)"]},
    {"number": "2", "title": "GNÓ AN CHATHAOIRLIGH / CATHAOIRLEACH'S BUSINESS", "parent": None,
     "body": ["Votes of Sympathy and Votes of Congratulations."]},
    {"number": "3", "title": "TUARASCÁLACHA AN PHRÍOMHFHEIDHMEANNAIGH / CHIEF EXECUTIVE'S REPORTS",
     "parent": None, "body": []},
    {"number": "3.1", "title": "Chief Executive's Monthly Management Report - February 2025",
     "parent": "3",
     "body": ["(Circulated in accordance with Section 136(2) of the Local Government Act 2001, "
              "as amended)"]},
    {"number": "3.2",
     "title": "Proposed Variation No. 3 to the Carrigmore City and County Development Plan "
              "2022-2028",
     "parent": "3",
     "body": ["To consider the Chief Executive's Report dated 21st February 2025 on the "
              "submissions received in respect of proposed Variation No. 3 (Rezoning of lands at "
              "Ballycarnane and Kilronan) and to decide whether to make the Variation, with or "
              "without modification, in accordance with Section 13 of the Planning and "
              "Development Act 2000, as amended."]},
    {"number": "3.3", "title": "Approval to Borrow - Affordable Housing Scheme, Glenmore Road",
     "parent": "3",
     "body": ["To consider and, if thought fit, approve borrowing of EUR 4,200,000 from the "
              "Housing Finance Agency for the delivery of 36 No. affordable homes at Glenmore "
              "Road, Carrigmore, in accordance with Section 106 of the Local Government Act "
              "2001."]},
    {"number": "4",
     "title": "DIÚSCAIRTÍ / DISPOSAL OF PROPERTY - SECTION 183, LOCAL GOVERNMENT ACT 2001",
     "parent": None,
     "body": ["To consider and, if thought fit, approve the following disposals, notice of which "
              "was circulated to each Member on 24th February 2025:"]},
    {"number": "4.1",
     "title": "Disposal of 0.021 hectares at Ardfallen, Ferrybank Road, Carrigmore",
     "parent": "4",
     "body": ["Disposal of 0.021 hectares of land at Ardfallen, Ferrybank Road, Carrigmore to "
              "Mr. Dermot Kehoe for the sum of EUR 3,500 plus VAT (if applicable), each party "
              "to bear its own legal costs."]},
    {"number": "4.2", "title": "Disposal of No. 14 St. Declan's Terrace, Carrigmore",
     "parent": "4",
     "body": ["Disposal of the freehold interest in No. 14 St. Declan's Terrace, Carrigmore to "
              "Ms. Patricia Walsh under the Tenant (Incremental) Purchase Scheme 2016 for the sum "
              "of EUR 118,750."]},
    {"number": "4.3", "title": "Lease of Former Fire Station, Quay Street, Lismeelan",
     "parent": "4",
     "body": ["Disposal by way of lease of the former Fire Station, Quay Street, Lismeelan to "
              "Lismeelan Community Development CLG for a term of 25 years at an annual rent of "
              "EUR 1, on the terms set out in the notice."]},
    {"number": "5", "title": "TITHÍOCHT / HOUSING", "parent": None, "body": []},
    {"number": "5.1",
     "title": "Part 8 - Proposed Development of 24 No. Residential Units at Bóthar na Trá, "
              "Carrigmore",
     "parent": "5",
     "body": ["To consider the Chief Executive's Report prepared under Section 179 of the "
              "Planning and Development Act 2000 (as amended) and Part 8 of the Planning and "
              "Development Regulations 2001 (as amended) on the proposed construction of 24 No. "
              "residential units, associated site works and public realm improvements at Bóthar "
              "na Trá, Carrigmore."]},
    {"number": "5.2", "title": "Housing Delivery Report - Quarter 4, 2024", "parent": "5",
     "body": ["(For noting)"]},
    {"number": "6", "title": "COMHFHREAGRAS / CORRESPONDENCE", "parent": None, "body": []},
    {"number": "7", "title": "FÓGRAÍ TAIRISCINTE / NOTICES OF MOTION", "parent": None, "body": []},
    {"number": "7.1", "title": "Carrigmore to Dublin Heuston Rail Service", "parent": "7",
     "proposer": ["Ruairí Power"],
     "body": ["\"That Carrigmore City and County Council calls on the Minister for Transport and "
              "Iarnród Éireann to restore the 06.10 direct service from Carrigmore to Dublin "
              "Heuston, which was withdrawn in December 2024, and to provide an hourly service "
              "on the line by 2027.\""]},
    {"number": "7.2", "title": "Age Friendly Parking Bays", "parent": "7",
     "proposer": ["Aoife Tierney", "Eamon Kearney"],
     "body": ["\"That this Council provides designated Age Friendly parking bays in all "
              "Council-operated car parks in Carrigmore city centre and in Lismeelan and "
              "Dunkettle town centres, and reports to the Transportation Strategic Policy "
              "Committee on the cost of doing so.\""]},
    {"number": "7.3", "title": "Suspension of Paid Parking in December", "parent": "7",
     "proposer": ["Shane Kiely"],
     "body": ["\"That Carrigmore City and County Council suspends all on-street pay parking "
              "charges in Carrigmore city centre for the month of December 2025 in order to "
              "support local retailers, with the loss of income to be met from the Council's "
              "Revenue Budget.\""]},
    {"number": "7.4", "title": "Public Drinking Water Refill Stations", "parent": "7",
     "proposer": ["Gráinne Costigan"],
     "body": ["\"That this Council, in partnership with Uisce Éireann, installs public drinking "
              "water refill stations in the People's Park, on Merchant's Quay and at Carrigmore "
              "Bus Station during 2025.\""]},
    {"number": "7.5", "title": "Traffic Calming at Scoil Mhuire, Kilronan", "parent": "7",
     "proposer": ["Kevin Tobin"],
     "body": ["\"That the Council carries out a speed survey on the R680 at Scoil Mhuire, "
              "Kilronan and brings forward proposals for traffic calming measures and a school "
              "zone before September 2025.\""]},
    {"number": "8", "title": "CEISTEANNA / QUESTIONS", "parent": None, "body": []},
    {"number": "8.1", "title": "Vacant Council Homes", "parent": "8",
     "proposer": ["Niamh Dalton"],
     "body": ["To ask the Chief Executive how many Council-owned homes were vacant on 28th "
              "February 2025, broken down by Local Electoral Area, and the average time taken to "
              "re-let a vacant home in 2024."]},
    {"number": "8.2", "title": "Derelict Sites Levy", "parent": "8",
     "proposer": ["Tadhg Ó Laoire"],
     "body": ["To ask the Chief Executive the amount of Derelict Sites Levy charged and the "
              "amount collected by the Council in each of the years 2022, 2023 and 2024."]},
    {"number": "8.3", "title": "Public Lighting - Ballybeg Drive and Ballybeg Close", "parent": "8",
     "proposer": ["Deirdre Cusack"],
     "body": ["To ask the Chief Executive when the public lights on Ballybeg Drive and Ballybeg "
              "Close, which have been out of order since January, will be repaired."]},
    {"number": "9", "title": "AON GHNÓ EILE / ANY OTHER BUSINESS", "parent": None,
     "body": ["(With the agreement of the Cathaoirleach)"]},
]
AGENDA_BY_NUMBER = {a["number"]: a for a in AGENDA}


def cllrs(names: list[str]) -> str:
    if len(names) == 1:
        return f"Cllr. {names[0]}"
    return "Cllrs. " + " and ".join([", ".join(names[:-1]), names[-1]])


# --------------------------------------------------------------------------------------------
# The Miontuairiscí / Minutes
# --------------------------------------------------------------------------------------------
# Each minute item: number, title, agenda_item, blocks. A block is ("p", text), ("sub", text)
# (an italic sub-heading), ("res", lead-in, resolution text) (prints one "RESOLVED"),
# ("vote", key) or ("q", question, reply).

def res(lead: str, text: str) -> tuple:
    return ("res", lead, text)


MINUTES: list[dict] = [
    {"number": "CM 41/25", "title": "Minutes of Ordinary Meeting held on 10th February 2025",
     "agenda_item": "1.1",
     "blocks": [("p", "On the proposal of Cllr. Liam Phelan, seconded by Cllr. Róisín Mulcahy, "
                      "it was agreed that the Minutes of the Ordinary Meeting held on Monday, "
                      "10th February 2025, as circulated, be confirmed and signed.")]},
    {"number": "CM 42/25", "title": "Minutes of Special Meeting held on 24th February 2025",
     "agenda_item": "1.2",
     "blocks": [("p", "On the proposal of Cllr. Brendan Walshe, seconded by Cllr. Caoimhe "
                      "Brophy, it was agreed that the Minutes of the Special Meeting held on "
                      "Monday, 24th February 2025 be confirmed and signed, subject to the name "
                      "of Cllr. Sinéad Dunphy being added to the list of Members present.")]},
    {"number": "CM 43/25", "title": "Cathaoirleach's Business", "agenda_item": "2",
     "blocks": [
         ("sub", "Votes of Sympathy"),
         ("p", "The Cathaoirleach, on behalf of the Members and staff of the Council, extended "
               "sympathy to the families of the late Mr. Noel Fennessy, former Town Clerk of "
               "Lismeelan Town Council, and the late Ms. Kathleen Ahearne, who served on the "
               "Carrigmore Joint Policing Committee for over twenty years. Members and officials "
               "stood for a minute's silence."),
         ("sub", "Votes of Congratulations"),
         ("p", "Votes of congratulations were extended to Carrigmore Harbour Rowing Club on "
               "winning the Irish Coastal Rowing Championships (Senior Women), to Gaelscoil na "
               "Carraige on its Green Flag award, and to Ms. Lorraine Doyle, Carrigmore Fire "
               "Service, on receiving a National Bravery Award."),
     ]},
    {"number": "CM 44/25", "title": "Chief Executive's Monthly Management Report - February 2025",
     "agenda_item": "3.1",
     "blocks": [
         ("p", "The Chief Executive's Monthly Management Report for February 2025, having been "
               "circulated, was noted."),
         ("p", "Cllrs. Tadhg Ó Laoire, Deirdre Cusack, Seán Ó Briain and Gráinne Costigan raised "
               "queries regarding the Lismeelan Greenway extension, the number of housing "
               "applicants on the Council's waiting list, the timeline for the Carrigmore Quays "
               "public realm works and litter enforcement in the city centre. Mr. Ciarán Ó "
               "Dálaigh, Chief Executive, and the Directors of Services responded to the queries "
               "raised. Mr. Ó Dálaigh confirmed that the Quays works are due to commence in May "
               "2025 and that a written reply on litter enforcement would issue to all Members."),
     ]},
    {"number": "CM 45/25",
     "title": "Proposed Variation No. 3 to the Carrigmore City and County Development Plan "
              "2022-2028",
     "agenda_item": "3.2",
     "blocks": [
         ("p", "Mr. Gerard Whelehan, Director of Services, and Mr. Dara Kinsella, Senior "
               "Planner, presented the Chief Executive's Report dated 21st February 2025 on the "
               "submissions received during the public display of proposed Variation No. 3. Mr. "
               "Kinsella advised that fourteen submissions had been received, including "
               "submissions from the Office of the Planning Regulator, the Southern Regional "
               "Assembly and Transport Infrastructure Ireland, and that the Chief Executive "
               "recommended that the Variation be made without modification."),
         ("p", "A discussion followed in which Cllrs. Shane Kiely, Sinéad Dunphy, Declan Furlong, "
               "Martin Quealy, Aoife Tierney and Colm Prendergast participated. Cllr. Kiely, "
               "seconded by Cllr. Dunphy, proposed that the lands at Kilronan (Site K2) be "
               "omitted from the Variation. Mr. Kinsella advised that such an omission would be "
               "a material alteration of the proposed Variation and would require a further "
               "period of public display."),
         ("p", "It was proposed by Cllr. Declan Furlong and seconded by Cllr. Liam Phelan that "
               "Variation No. 3 be made as recommended in the Chief Executive's Report. A "
               "roll-call vote was called for by Cllr. Shane Kiely, the result of which was as "
               "follows:"),
         ("vote", "A"),
         res("Accordingly, it was",
             "That Carrigmore City and County Council, having considered proposed Variation "
             "No. 3 to the Carrigmore City and County Development Plan 2022-2028, the Chief "
             "Executive's Report dated 21st February 2025 and the submissions received, hereby "
             "makes Variation No. 3 in accordance with Section 13(10) of the Planning and "
             "Development Act 2000, as amended."),
     ]},
    {"number": "CM 46/25", "title": "Approval to Borrow - Affordable Housing Scheme, Glenmore Road",
     "agenda_item": "3.3",
     "blocks": [
         ("p", "Ms. Ann-Marie Colfer, Head of Finance, outlined the report circulated with the "
               "agenda. The loan will be drawn down over three years and repaid from the "
               "proceeds of sale of the 36 affordable homes, with the support of the "
               "Affordable Housing Fund."),
         res("On the proposal of Cllr. Pádraig Hennessy, seconded by Cllr. Eileen O'Gorman, it "
             "was",
             "That Carrigmore City and County Council, in accordance with Section 106 of the "
             "Local Government Act 2001, hereby approves borrowing of EUR 4,200,000 from the "
             "Housing Finance Agency for the delivery of 36 No. affordable homes at Glenmore "
             "Road, Carrigmore."),
     ]},
    {"number": "CM 47/25",
     "title": "Disposals under Section 183 of the Local Government Act 2001",
     "agenda_item": "4",
     "blocks": [
         ("p", "The Members considered the following disposals, notice of which had been "
               "circulated on 24th February 2025 in accordance with Section 183 of the Local "
               "Government Act 2001."),
         ("sub", "(a) Disposal of 0.021 hectares at Ardfallen, Ferrybank Road, Carrigmore"),
         res("On the proposal of Cllr. Eamon Kearney, seconded by Cllr. Orla Buckley, it was",
             "That the disposal of 0.021 hectares of land at Ardfallen, Ferrybank Road, "
             "Carrigmore to Mr. Dermot Kehoe for the sum of EUR 3,500 plus VAT (if applicable), "
             "as set out in the notice dated 24th February 2025, be approved."),
         ("sub", "(b) Disposal of No. 14 St. Declan's Terrace, Carrigmore"),
         res("On the proposal of Cllr. Siobhán Keoghan, seconded by Cllr. Tom Griffin, it was",
             "That the disposal of the freehold interest in No. 14 St. Declan's Terrace, "
             "Carrigmore to Ms. Patricia Walsh for the sum of EUR 118,750, as set out in the "
             "notice dated 24th February 2025, be approved."),
         ("sub", "(c) Lease of Former Fire Station, Quay Street, Lismeelan"),
         ("p", "In reply to Cllr. Ciarán Moloney, Ms. Maeve Lonergan, Director of Services, "
               "confirmed that the lease provides for the building to be used as a community "
               "and enterprise hub and that responsibility for repairs rests with the lessee."),
         res("On the proposal of Cllr. Ciarán Moloney, seconded by Cllr. Niamh Dalton, it was",
             "That the disposal by way of lease of the former Fire Station, Quay Street, "
             "Lismeelan to Lismeelan Community Development CLG for a term of 25 years at an "
             "annual rent of EUR 1, as set out in the notice dated 24th February 2025, be "
             "approved."),
     ]},
    {"number": "CM 48/25",
     "title": "Part 8 - Proposed Development of 24 No. Residential Units at Bóthar na Trá, "
              "Carrigmore",
     "agenda_item": "5.1",
     "blocks": [
         ("p", "Ms. Maeve Lonergan, Director of Services, introduced the Chief Executive's Report "
               "and Ms. Yvonne Harte, Arup, gave a presentation on the proposed scheme, which "
               "comprises 10 No. one-bedroom, 8 No. two-bedroom and 6 No. three-bedroom homes. "
               "Ms. Lonergan advised that 31 submissions had been received and that the Chief "
               "Executive recommended that the development proceed subject to the modifications "
               "set out in Section 7 of the Report, including a revised junction layout at the "
               "Strand Road entrance."),
         ("p", "Cllrs. Brendan Walshe, Martin Quealy and Shane Kiely expressed concern about "
               "traffic on Strand Road and the loss of open space. Cllrs. Áine de Búrca, Ruairí "
               "Power and Bríd Nolan welcomed the scheme as a much-needed addition to the "
               "Council's housing stock."),
         ("p", "It was proposed by Cllr. Áine de Búrca and seconded by Cllr. Ruairí Power that "
               "the proposed development proceed as recommended in the Chief Executive's "
               "Report. A roll-call vote was requested by Cllr. Brendan Walshe, the result of "
               "which was as follows:"),
         ("vote", "B"),
         res("It was therefore",
             "That, in accordance with Section 179(4)(b) of the Planning and Development Act "
             "2000 (as amended), the proposed development of 24 No. residential units at "
             "Bóthar na Trá, Carrigmore be carried out as recommended in the Chief Executive's "
             "Report, subject to the modifications set out in Section 7 of that Report."),
     ]},
    {"number": "CM 49/25", "title": "Housing Delivery Report - Quarter 4, 2024",
     "agenda_item": "5.2",
     "blocks": [("p", "The Housing Delivery Report for Quarter 4, 2024 was noted. Ms. Lonergan "
                      "advised that 412 new social homes had been delivered in 2024 against a "
                      "target of 385.")]},
    {"number": "CM 50/25", "title": "Correspondence", "agenda_item": "6",
     "blocks": [
         ("p", "The following correspondence was noted:"),
         ("p", "(i) Letter dated 14th February 2025 from the Department of Housing, Local "
               "Government and Heritage regarding the Vacant Property Refurbishment Grant."),
         ("p", "(ii) Acknowledgement dated 19th February 2025 from the Office of the Minister for "
               "Transport of the Council's resolution regarding the N29 Ring Road."),
         ("p", "(iii) Letter dated 26th February 2025 from the HSE South East Community "
               "Healthcare regarding primary care services in Dunkettle."),
     ]},
    {"number": "CM 51/25", "title": "Notice of Motion: Carrigmore to Dublin Heuston Rail Service",
     "agenda_item": "7.1",
     "blocks": [
         ("p", "Cllr. Ruairí Power moved the motion standing in his name, which was seconded by "
               "Cllr. Colm Prendergast. Members spoke in support of the motion."),
         res("The motion was agreed unanimously and it was",
             AGENDA_BY_NUMBER["7.1"]["body"][0].strip('"')),
     ]},
    {"number": "CM 52/25", "title": "Notice of Motion: Age Friendly Parking Bays",
     "agenda_item": "7.2",
     "blocks": [
         ("p", "Cllr. Aoife Tierney moved the motion standing in her name and that of Cllr. "
               "Eamon Kearney, which was seconded by Cllr. Kearney."),
         ("p", "Mr. Paul Hartery, Director of Services, advised that 14 age friendly bays are "
               "already provided in Council car parks and that a costed report on extending "
               "them to all Council car parks would be brought to the next meeting of the "
               "Transportation Strategic Policy Committee. The motion was agreed."),
     ]},
    {"number": "CM 53/25", "title": "Notice of Motion: Suspension of Paid Parking in December",
     "agenda_item": "7.3",
     "blocks": [
         ("p", "Cllr. Shane Kiely moved the motion standing in his name, which was seconded by "
               "Cllr. Mairéad Cashin."),
         ("p", "Mr. Paul Hartery, Director of Services, advised that on-street parking income in "
               "December 2024 was EUR 312,400, that no provision had been made in the Revenue "
               "Budget 2025 to meet such a loss of income, and that the Chief Executive could not "
               "support the motion. Cllrs. Declan Furlong and Eileen O'Gorman spoke against the "
               "motion. Cllr. Kiely requested a roll-call vote on the motion, the result of "
               "which was as follows:"),
         ("vote", "C"),
     ]},
    {"number": "CM 54/25", "title": "Notice of Motion: Public Drinking Water Refill Stations",
     "agenda_item": "7.4",
     "blocks": [
         ("p", "Cllr. Gráinne Costigan moved the motion standing in her name, which was seconded "
               "by Cllr. Caoimhe Brophy. Mr. Hartery advised that the Council had applied to "
               "Uisce Éireann's Refill Ireland programme for funding for three stations."),
         res("The motion was agreed and it was",
             AGENDA_BY_NUMBER["7.4"]["body"][0].strip('"')),
     ]},
    {"number": "CM 55/25", "title": "Notice of Motion: Traffic Calming at Scoil Mhuire, Kilronan",
     "agenda_item": "7.5",
     "blocks": [("p", "As Cllr. Kevin Tobin had tendered his apologies, it was agreed that the "
                      "motion be deferred to the April meeting in accordance with Standing "
                      "Order 19.")]},
    {"number": "CM 56/25", "title": "Questions", "agenda_item": "8",
     "blocks": [
         ("p", "The following questions were submitted and the replies circulated to Members:"),
         ("q", "Cllr. Niamh Dalton: " + AGENDA_BY_NUMBER["8.1"]["body"][0],
          "There were 187 vacant Council homes on 28th February 2025: Carrigmore City East "
          "LEA 61, Carrigmore City West LEA 58, Lismeelan LEA 39 and Dunkettle LEA 29. The "
          "average re-letting time in 2024 was 27 weeks."),
         ("q", "Cllr. Tadhg Ó Laoire: " + AGENDA_BY_NUMBER["8.2"]["body"][0],
          "Levy charged: 2022, EUR 246,300; 2023, EUR 311,850; 2024, EUR 298,100. Levy "
          "collected: 2022, EUR 38,200; 2023, EUR 52,640; 2024, EUR 71,905."),
         ("q", "Cllr. Deirdre Cusack: " + AGENDA_BY_NUMBER["8.3"]["body"][0],
          "The faults have been traced to an underground cable. ESB Networks has scheduled the "
          "repair for the week commencing 24th March 2025."),
     ]},
    {"number": "CM 57/25", "title": "Any Other Business", "agenda_item": "9",
     "blocks": [("p", "Cllr. Sinéad Dunphy raised the storm damage to the railings on the "
                      "Promenade at Dunkettle. Mr. Hartery advised that the railings will be "
                      "repaired by the end of March 2025."),
                ("p", "This concluded the business of the meeting at 6.12 p.m.")]},
]


def resolutions_per_item() -> dict[str, int]:
    counts = {}
    for item in MINUTES:
        n = sum(1 for b in item["blocks"] if b[0] == "res")
        if n:
            counts[item["number"]] = n
    return counts


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

def _crest(pdf: FPDF, x: float, y: float) -> None:
    """A plain shield outline with a tower, standing in for the council's arms."""
    pdf.set_draw_color(40, 40, 40)
    pdf.set_line_width(0.5)
    pdf.polygon([(x, y), (x + 16, y), (x + 16, y + 11), (x + 8, y + 19), (x, y + 11)])
    pdf.set_line_width(0.3)
    pdf.rect(x + 5, y + 5, 6, 8)
    for i in range(3):
        pdf.rect(x + 5 + i * 2.2, y + 3.5, 1.4, 1.5)
    pdf.set_line_width(0.2)


class _AgendaPDF(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Times", "I", 9)
            self.set_text_color(80, 80, 80)
            self.cell(0, 5, "Clár - Cruinniú Míosúil / Agenda - Ordinary Meeting, 10th March 2025",
                      align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.ln(4)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"{COUNCIL_EN}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 6, f"Leathanach / Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


class _MinutesPDF(FPDF):
    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Times", "I", 9)
            self.cell(0, 5, "Miontuairiscí / Minutes", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, "Ordinary Meeting - 10th March 2025", align="R",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Times", "", 10)
        self.cell(0, 6, str(self.page_no()), align="C")


def _new(cls: type) -> FPDF:
    pdf = cls(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_author(COUNCIL_EN)
    pdf.set_margins(22, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    return pdf


def render_agenda(path: Path) -> None:
    pdf = _new(_AgendaPDF)
    pdf.set_title("Clár / Agenda - Ordinary Meeting 10 March 2025")
    pdf.add_page()
    _crest(pdf, pdf.w / 2 - 8, 12)
    pdf.set_y(34)
    pdf.set_font("Times", "B", 15)
    pdf.cell(0, 7, COUNCIL_GA, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 6, COUNCIL_EN.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 5, f"{ADDRESS_GA}  |  {ADDRESS_EN}", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 4.5, f"Teil / Tel: {PHONE}    R-phost / Email: {EMAIL}", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    y = pdf.get_y() + 2
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 5)

    pdf.set_font("Times", "", 11)
    pdf.cell(0, 5, "Dáta / Date: 4th March 2025", align="R", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.cell(0, 5, "Chuig gach Comhalta den Chomhairle / To each Member of the Council",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.cell(0, 5, "A Chomhairleoir, / Dear Councillor,", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.multi_cell(0, 5.2,
                   "You are hereby requested to attend the Ordinary Meeting of Carrigmore City "
                   f"and County Council which will be held in the Council Chamber, City Hall, "
                   f"The Mall, Carrigmore on {LONG_DATE} at 3.00 p.m. Members may also attend "
                   "remotely by Microsoft Teams in accordance with Section 44A of the Local "
                   "Government Act 2001, as amended. The business to be transacted is set out "
                   "in the Clár below.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.cell(0, 5, "Is mise le meas,", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(7)
    pdf.set_font("Times", "I", 12)
    pdf.cell(0, 5, CONTACT, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 5, CONTACT, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 5, "Riarthóir Cruinnithe / Meetings Administrator",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    pdf.set_font("Times", "B", 14)
    pdf.cell(0, 7, "CLÁR / AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", 10.5)
    pdf.cell(0, 5, f"Ordinary Meeting - {LONG_DATE} at 3.00 p.m.", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    num_w, sub_w = 12, 14
    for item in AGENDA:
        top = item["parent"] is None
        need = 22 if top else 16
        if pdf.get_y() + need > pdf.h - 22:
            pdf.add_page()
        if top:
            pdf.ln(2.5)
            pdf.set_font("Times", "B", 11.5)
            pdf.set_x(pdf.l_margin)
            pdf.cell(num_w, 6, f"{item['number']}.")
            pdf.multi_cell(0, 6, item["title"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            text_x = pdf.l_margin + num_w
        else:
            pdf.ln(1)
            pdf.set_font("Times", "B", 11)
            pdf.set_x(pdf.l_margin + num_w)
            pdf.cell(sub_w, 5.5, item["number"])
            pdf.multi_cell(0, 5.5, item["title"], align="L", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            text_x = pdf.l_margin + num_w + sub_w
        pdf.set_font("Times", "", 10.5)
        if item.get("proposer"):
            who = item["proposer"]
            if item["parent"] == "7":
                lead = "Proposer" if len(who) == 1 else "Proposers"
                line = f"{lead}: {cllrs(who)}"
            else:
                line = f"Ceist ó / Question from {cllrs(who)}:"
            pdf.set_font("Times", "I", 10.5)
            pdf.set_x(text_x)
            pdf.multi_cell(0, 5, line, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("Times", "", 10.5)
        for para in item["body"]:
            pdf.set_x(text_x)
            pdf.multi_cell(0, 5, para, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 4.2,
                   f"Enquiries: {CONTACT}, Meetings Administrator, Corporate Services. "
                   f"Tel: {PHONE}; Email: {EMAIL}. Notices of Motion and Questions for the "
                   "April meeting must be received by 12 noon on Monday, 31st March 2025.",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


def _names_in_columns(pdf: FPDF, names: list[str], x: float, cols: int, col_w: float) -> None:
    rows = (len(names) + cols - 1) // cols
    y0 = pdf.get_y()
    for i, name in enumerate(names):
        c, r = divmod(i, rows)
        pdf.set_xy(x + c * col_w, y0 + r * 5)
        pdf.cell(col_w, 5, name)
    pdf.set_xy(pdf.l_margin, y0 + rows * 5)


def _vote(pdf: FPDF, key: str, x: float) -> None:
    v = VOTES[key]
    label_w = 30
    width = pdf.w - pdf.r_margin - x - label_w
    pdf.ln(1)
    for ga, en, option in (("AR SON", "FOR", "yes"), ("IN AGHAIDH", "AGAINST", "no"),
                           ("STAON", "ABSTAIN", "abstain"), ("AS LÁTHAIR", "ABSENT", "absent")):
        names = by_surname(v[option])
        if pdf.get_y() + 12 > pdf.h - 22:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_xy(x, y)
        pdf.set_font("Times", "B", 10.5)
        pdf.multi_cell(label_w, 5, f"{ga} /\n{en} ({len(names)}):", align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        bottom = pdf.get_y()
        pdf.set_font("Times", "", 10.5)
        pdf.set_xy(x + label_w, y)
        body = "Cllrs. " if len(names) > 1 else "Cllr. "
        pdf.multi_cell(width, 5, body + ", ".join(names) + ".", align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(max(pdf.get_y(), bottom) + 1.5)
    pdf.set_x(x)
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 5.5, f"The Cathaoirleach declared the {v['declared']}.", align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)


def render_minutes(path: Path) -> None:
    pdf = _new(_MinutesPDF)
    pdf.set_title("Miontuairiscí / Minutes - Ordinary Meeting 10 March 2025")
    pdf.add_page()
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 6, COUNCIL_GA.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, COUNCIL_EN.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Times", "B", 12)
    pdf.cell(0, 6, "MIONTUAIRISCÍ / MINUTES", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 5.5,
                   "Minutes of the Ordinary Meeting of Carrigmore City and County Council held "
                   "in the Council Chamber, City Hall, The Mall, Carrigmore and remotely by "
                   f"Microsoft Teams on {LONG_DATE} at 3.00 p.m.",
                   align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    label_w = 44
    x2 = pdf.l_margin + label_w

    def label(text: str) -> float:
        """Print a bold label in the left column; return the y where it ends."""
        y = pdf.get_y()
        pdf.set_font("Times", "B", 11)
        pdf.set_xy(pdf.l_margin, y)
        pdf.multi_cell(label_w, 5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        bottom = pdf.get_y()
        pdf.set_xy(x2, y)
        pdf.set_font("Times", "", 11)
        return bottom

    def below(bottom: float, gap: float) -> None:
        pdf.set_y(max(pdf.get_y(), bottom) + gap)

    bottom = label("I LÁTHAIR /\nPRESENT:")
    pdf.cell(0, 5, f"Cathaoirleach: Cllr. {CATHAOIRLEACH} (presiding)",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_x(x2)
    pdf.set_font("Times", "BI", 11)
    pdf.cell(0, 5, "Comhairleoirí / Councillors:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", 10.5)
    members = []
    for name in by_surname([n for n in IN_CHAMBER if n != CATHAOIRLEACH]):
        members.append(f"Cllr. {name}" + (" (Leas-Chathaoirleach)" if name == LEAS else ""))
    _names_in_columns(pdf, members, x2, 2, 62)
    pdf.ln(3)

    bottom = label("I LÁTHAIR GO\nCIANDA / ATTENDED\nREMOTELY:")
    pdf.multi_cell(0, 5, ", ".join(f"Cllr. {n}" for n in by_surname(REMOTE)) + ".",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    below(bottom, 3)

    bottom = label("LEITHSCÉALTA /\nAPOLOGIES:")
    pdf.multi_cell(0, 5, ", ".join(f"Cllr. {n}" for n in by_surname(APOLOGIES)) + ".",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    below(bottom, 3)

    bottom = label("OIFIGIGH /\nIN ATTENDANCE:")
    for title, name, role in OFFICIALS:
        pdf.set_x(x2)
        pdf.multi_cell(0, 5, f"{title} {name}, {role}", align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    below(bottom, 3)
    bottom = label("ALSO PRESENT:")
    for title, name, role in ALSO_PRESENT:
        pdf.set_x(x2)
        pdf.multi_cell(0, 5, f"{title} {name}, {role}", align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    below(bottom, 5)

    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 5.5,
                   f"The Cathaoirleach, Cllr. {CATHAOIRLEACH}, presided and welcomed the Members, "
                   "officials and members of the public to the meeting. Cllr. Orla Buckley "
                   "joined the meeting at 3.20 p.m. Cllr. Joe Kavanagh left the meeting at "
                   "5.05 p.m., during consideration of item CM 52/25.",
                   align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    num_w = 26
    body_x = pdf.l_margin + num_w
    for item in MINUTES:
        if pdf.get_y() + 24 > pdf.h - 22:
            pdf.add_page()
        pdf.ln(2)
        y = pdf.get_y()
        pdf.set_font("Times", "B", 11)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(num_w, 5.5, item["number"])
        pdf.set_xy(body_x, y)
        pdf.set_font("Times", "BU", 11)
        pdf.multi_cell(0, 5.5, item["title"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
        for block in item["blocks"]:
            kind = block[0]
            pdf.set_font("Times", "", 11)
            if kind == "p":
                pdf.set_x(body_x)
                pdf.multi_cell(0, 5.5, block[1], align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2)
            elif kind == "sub":
                if pdf.get_y() + 20 > pdf.h - 22:
                    pdf.add_page()
                pdf.set_x(body_x)
                pdf.set_font("Times", "I", 11)
                pdf.multi_cell(0, 5.5, block[1], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)
            elif kind == "res":
                pdf.set_x(body_x)
                pdf.multi_cell(0, 5.5, f"{block[1]} RESOLVED:", align="J",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)
                pdf.set_x(body_x + 8)
                pdf.set_font("Times", "I", 11)
                pdf.multi_cell(pdf.w - pdf.r_margin - body_x - 16, 5.5, f'"{block[2]}"',
                               align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2.5)
            elif kind == "vote":
                _vote(pdf, block[1], body_x)
            elif kind == "q":
                pdf.set_x(body_x)
                pdf.set_font("Times", "B", 11)
                pdf.multi_cell(0, 5.5, "Question: " + block[1].split(": ", 1)[0], align="L",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_font("Times", "", 11)
                pdf.set_x(body_x)
                pdf.multi_cell(0, 5.5, block[1].split(": ", 1)[1], align="J",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)
                pdf.set_x(body_x)
                pdf.set_font("Times", "I", 11)
                pdf.multi_cell(0, 5.5, "Reply: " + block[2], align="J",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2.5)

    if pdf.get_y() + 40 > pdf.h - 22:
        pdf.add_page()
    pdf.ln(12)
    pdf.set_font("Times", "", 11)
    for left, right in (("Dearbhaithe / Confirmed:", "Cathaoirleach"),
                        ("Sínithe / Signed:", "Meetings Administrator")):
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(48, 6, left)
        pdf.line(pdf.l_margin + 50, y + 5, pdf.l_margin + 110, y + 5)
        pdf.set_xy(pdf.l_margin + 112, y)
        pdf.cell(0, 6, right, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(8)
    pdf.cell(0, 6, "Dáta / Date: ______________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda_dir = folder / "agendas"
    minutes_dir = folder / "minutes"
    agenda_dir.mkdir(parents=True, exist_ok=True)
    minutes_dir.mkdir(parents=True, exist_ok=True)
    agenda_path = agenda_dir / AGENDA_FILE
    minutes_path = minutes_dir / MINUTES_FILE
    render_agenda(agenda_path)
    render_minutes(minutes_path)
    return [agenda_path, minutes_path]


# --------------------------------------------------------------------------------------------
# Gold
# --------------------------------------------------------------------------------------------

MEETING = {
    "body": COUNCIL_EN, "meeting_type": "Ordinary Meeting", "date": DATE, "start_time": "15:00",
    "contact": {"name": CONTACT, "phone": PHONE, "email": EMAIL},
}

COMMON_NOTES = [
    "country is given as IE (Ireland), which the format's UK | CA | US list does not name.",
    "The body is the full council, Carrigmore City and County Council; the meeting is its "
    "Ordinary (monthly) Meeting, kept in meeting_type.",
    "The euro sign is outside the core fonts' latin-1 range, so sums are printed as EUR.",
]


def _agenda_gold() -> dict:
    items = []
    for a in AGENDA:
        rec = {"number": a["number"], "title": a["title"], "pages": None, "part": "public",
               "parent": a["parent"]}
        if a.get("proposer"):
            rec["presenter"] = ", ".join(a["proposer"])
        items.append(rec)
    return {
        "file": f"generated/agendas/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "IE",
        "notes": COMMON_NOTES + [
            "The Clár prints no page numbers against items, so every item's pages is null.",
            "Top-level items are printed 'N.' with bilingual capitalised headings (Irish / "
            "English); the title is the whole printed heading, both languages.",
            "Sub-items are printed N.N under their heading and have the heading as parent.",
            "Motions and questions print a short subject as the item title; the proposer line "
            "(Proposer: Cllr. ...) and the quoted motion or question text are body text, not "
            "part of the title; the proposers are kept in presenter.",
            "Item 4's introductory sentence and the one-line notes under items 2, 3.1, 5.2 and "
            "9 are body text, not items.",
            "The contact is the Meetings Administrator who signs the covering letter and is "
            "named in the enquiries line at the end.",
        ],
        "meeting": MEETING,
        "agenda": items,
    }


def _vote_gold(key: str) -> dict:
    v = VOTES[key]
    return {
        "item": v["item"], "result": v["result"],
        "result_as_printed": f"The Cathaoirleach declared the {v['declared']}.",
        "motion": v["motion"], "mover": v["mover"], "seconder": v["seconder"],
        "counts": {"yes": len(v["yes"]), "no": len(v["no"]), "abstain": len(v["abstain"]),
                   "absent": len(v["absent"])},
        "voters": {opt: by_surname(v[opt]) for opt in ("yes", "no", "abstain", "absent")},
    }


def _attendance_gold() -> list[dict]:
    out: list[dict] = [{"name": CATHAOIRLEACH, "status": "present", "role": "Cathaoirleach"}]
    for name in by_surname([n for n in IN_CHAMBER if n != CATHAOIRLEACH]):
        rec = {"name": name, "status": "present"}
        if name == LEAS:
            rec["role"] = "Leas-Chathaoirleach"
        out.append(rec)
    out += [{"name": n, "status": "virtual"} for n in by_surname(REMOTE)]
    out += [{"name": n, "status": "apologies"} for n in by_surname(APOLOGIES)]
    out += [{"name": n, "status": "in_attendance", "role": r} for _, n, r in OFFICIALS]
    out += [{"name": n, "status": "also_present", "role": r} for _, n, r in ALSO_PRESENT]
    return out


def _minutes_gold() -> dict:
    per_item = resolutions_per_item()
    return {
        "file": f"generated/minutes/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "IE",
        "notes": COMMON_NOTES + [
            "Minute numbers are printed with the prefix and year, 'CM 45/25', in a margin "
            "column; the number is given as printed.",
            "Each minute's agenda_item is the Clár number it records; CM 47/25 records the "
            "whole of item 4 (the three Section 183 disposals, printed as (a), (b), (c) "
            "sub-headings, which are not separate minutes).",
            "resolutions counts the clauses printed 'RESOLVED:' followed by a quoted "
            "resolution (8); decisions printed as 'it was agreed' (minutes confirmed, motion "
            "7.2 agreed, deferral of 7.5) and items 'noted' are not counted.",
            "Three roll-call votes print For / Against / Abstain / Absent with counts and names; "
            "absent members are the three who sent apologies, plus Cllr. Joe Kavanagh in the "
            "third vote after he left the meeting.",
            "The Cathaoirleach is listed apart ('Cathaoirleach: Cllr. ... (presiding)') and "
            "is counted present with role Cathaoirleach; she votes in each roll call.",
            "Members attending by Microsoft Teams ('Attended remotely') are virtual.",
            "Cllr. Orla Buckley joined late and Cllr. Joe Kavanagh left early; both are "
            "present.",
            "Ms. Yvonne Harte of Arup, listed under 'Also present' for one item, is "
            "also_present; the officials are in_attendance.",
            "The minutes name in passing people who were not at the meeting (the deceased, "
            "the purchasers in the disposals, award winners); they are not attendance.",
            "The motion lost is CM 53/25 (9 for, 17 against); the two carried votes are on "
            "the Development Plan Variation and the Part 8 scheme.",
        ],
        "meeting": {"body": COUNCIL_EN, "meeting_type": "Ordinary Meeting", "date": DATE,
                    "start_time": "15:00", "end_time": "18:12"},
        "minutes": {
            "items": [{"number": m["number"], "title": m["title"],
                       "agenda_item": m["agenda_item"]} for m in MINUTES],
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": [_vote_gold(k) for k in ("A", "B", "C")],
            "attendance": _attendance_gold(),
        },
    }


def gold() -> dict[str, dict]:
    return {
        f"agendas__{AGENDA_FILE.removesuffix('.pdf')}": _agenda_gold(),
        f"minutes__{MINUTES_FILE.removesuffix('.pdf')}": _minutes_gold(),
    }

"""Yarrabin Shire Council (fictional): an Australian (NSW) shire council whose agenda and minutes
come out of an InfoCouncil-like agenda system, and whose draft capital works program is an
attachment printed from a spreadsheet.

Writes, under the folder given to `build`:
  agendas/yarrabin_ordinary-council_2025-03-19_agenda.pdf    cover notice, Order of Business with
                                                             page numbers, one report per page
  minutes/yarrabin_ordinary-council_2025-03-19_minutes.pdf   minutes with RESOLUTION 2025/nn
                                                             blocks, divisions, closed council
  plans/yarrabin_capital-works-program_2025-26.pdf           ruled capital works program, 3
                                                             landscape pages, header repeated

Everything printed comes from the data below, which `gold()` also reads to write the expected
records (tests/gold/README.md format); `python -m blindgen --gold` commits them.
All names, places, references and figures are invented.

    python scripts/blindgen/au_shire_council.py OUT_FOLDER [--gold]
"""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

MODULE = "au_shire_council"
SLUG = "yarrabin"
BODY_SLUG = "ordinary-council"
COUNCIL = "Yarrabin Shire Council"
BODY = "Ordinary Council Meeting"
DATE = "2025-03-19"
DATE_LONG = "Wednesday, 19 March 2025"
DATE_SHORT = "19 March 2025"
TIME_PRINTED = "9.00am"
START = "09:00"
END_PRINTED = "11.24am"
END = "11:24"
VENUE = "Council Chambers, 42 Meehan Street, Kooringal"
GM = "Chris Mahoney"
CREATED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)

# --------------------------------------------------------------------------------------------
# Agenda.  Sections: (number, title, body) where body is a list of paragraphs or None, and
# reports: (number, title, fields) each printed from a new page.
# --------------------------------------------------------------------------------------------
CONFIDENTIAL_REASON = (
    "This item is confidential in accordance with section 10A(2)(d)(i) of the Local Government "
    "Act 1993 because it contains commercial information of a confidential nature that would, "
    "if disclosed, prejudice the commercial position of the person who supplied it.")

P_GENERIC = (
    "The report is provided to keep Council informed of progress and to seek the decisions "
    "set out in the recommendation. It has been prepared having regard to Council\u2019s "
    "Community Strategic Plan, the Delivery Program 2022\u20132026 and the Operational Plan "
    "2024/25.")


def report(number, title, author, authoriser, file_no, attachments, recommendation, sections):
    return {"number": number, "title": title, "author": author, "authoriser": authoriser,
            "file": file_no, "attachments": attachments, "recommendation": recommendation,
            "sections": sections}


SECTIONS = [
    {"number": "1", "title": "Opening of Meeting", "body": [], "reports": []},
    {"number": "2", "title": "Acknowledgement of Country",
     "body": ["Council acknowledges the Wiradjuri people, the Traditional Custodians of the land "
              "on which we meet, and pays its respects to Elders past and present."],
     "reports": []},
    {"number": "3", "title": "Apologies and Applications for a Leave of Absence by Councillors",
     "body": [], "reports": []},
    {"number": "4", "title": "Confirmation of Minutes",
     "topics": ["Ordinary Council Meeting - 19 February 2025"],
     "body": ["Ordinary Council Meeting - 19 February 2025",
              "RECOMMENDATION",
              "That the minutes of the Ordinary Council Meeting held on 19 February 2025 be "
              "confirmed."],
     "reports": []},
    {"number": "5", "title": "Disclosures of Interests", "body": [], "reports": []},
    {"number": "6", "title": "Mayoral Minute(s)", "body": ["Nil"], "reports": []},
    {"number": "7", "title": "General Manager\u2019s Reports", "body": None, "reports": [
        report("7.1", "Delivery Program Progress Report - July to December 2024",
               "Corporate Planning Coordinator", "General Manager", "GOV/04/11",
               ["Delivery Program Progress Report July - December 2024 (under separate cover)"],
               ["That Council receive and note the Delivery Program Progress Report for the "
                "period July to December 2024."],
               [("PURPOSE", ["To report on progress against the actions in the Delivery "
                             "Program 2022\u20132026 and Operational Plan 2024/25 for the six "
                             "months to 31 December 2024, as required by section 404(5) of the "
                             "Local Government Act 1993."]),
                ("REPORT", ["Of the 148 actions in the 2024/25 Operational Plan, 97 (66%) are "
                            "on track, 31 (21%) are complete, 14 (9%) are behind schedule and 6 "
                            "(4%) have been deferred. Actions behind schedule are mainly in the "
                            "roads program, where wet weather in October and November delayed "
                            "resealing works.", P_GENERIC])]),
    ]},
    {"number": "8", "title": "Engineering Services Reports", "body": None, "reports": [
        report("8.1", "Road Network Update - March 2025",
               "Manager Roads and Transport", "Director Engineering Services", "RDS/01/02",
               [], ["That Council note the Road Network Update for March 2025."],
               [("PURPOSE", ["To update Council on maintenance grading, resealing and flood "
                             "damage restoration works on the local and regional road network."]),
                ("REPORT", ["Maintenance grading was completed on 212 km of unsealed roads "
                            "between 1 January and 28 February 2025. The resealing program is "
                            "62% complete. Restoration of the November 2024 flood damage on "
                            "Mulga Creek Road and Tallowood Lane is expected to be completed by "
                            "30 June 2025, funded under the Disaster Recovery Funding "
                            "Arrangements."])]),
        report("8.2", "Heavy Vehicle Access - Mulga Creek Road and Boree Plains Road",
               "Manager Roads and Transport", "Director Engineering Services", "RDS/06/14",
               ["Route assessment - Mulga Creek Road (under separate cover)"],
               ["That Council:",
                "1. Approve access for 26 metre B-double vehicles on Mulga Creek Road between "
                "the Newell Highway and Boree Plains Road, subject to a 60 km/h speed limit.",
                "2. Notify the National Heavy Vehicle Regulator of the approved route."],
               [("PURPOSE", ["To consider a request from local grain growers for B-double "
                             "access to the Boree Plains receival site for the 2025 harvest."]),
                ("REPORT", ["A route assessment found the pavement and bridge capacity on "
                            "Mulga Creek Road adequate for B-double vehicles, subject to a "
                            "reduced speed limit at the Yarra Creek causeway."])]),
    ]},
    {"number": "9", "title": "Corporate Services Reports", "body": None, "reports": [
        report("9.1", "Quarterly Budget Review Statement - December 2024",
               "Chief Financial Officer", "Director Corporate Services", "FIN/12/04",
               ["Quarterly Budget Review Statement December 2024 (under separate cover)"],
               ["That Council:",
                "1. Adopt the Quarterly Budget Review Statement for the quarter ended 31 "
                "December 2024.",
                "2. Approve the budget variations set out in the report, which result in a "
                "projected operating surplus before capital grants of $412,000."],
               [("PURPOSE", ["To present the Quarterly Budget Review Statement (QBRS) for the "
                             "second quarter of 2024/25 in accordance with clause 203 of the "
                             "Local Government (General) Regulation 2021."]),
                ("REPORT", ["The original budget projected an operating surplus before capital "
                            "grants of $286,000. Proposed variations this quarter include "
                            "additional Financial Assistance Grant income of $184,000, increased "
                            "interest on investments of $96,000, and additional expenditure of "
                            "$154,000 on emergency road repairs following the November 2024 "
                            "storms.",
                            "The Responsible Accounting Officer has reported that, in their "
                            "opinion, the QBRS indicates that the financial position of Council "
                            "is satisfactory, having regard to the original budget and the "
                            "proposed variations.",
                            P_GENERIC]),
                ("FINANCIAL IMPLICATIONS", ["The net effect of the proposed variations is an "
                                            "improvement of $126,000 in the projected "
                                            "operating result."]),
                ("POLICY IMPLICATIONS", ["Nil."])]),
        report("9.2", "Draft Capital Works Program 2025/26 to 2027/28 for Public Exhibition",
               "Manager Finance and Assets", "Director Corporate Services", "FIN/03/18",
               ["Draft Capital Works Program 2025/26 to 2027/28"],
               ["That Council:",
                "1. Endorse the Draft Capital Works Program 2025/26 to 2027/28 for public "
                "exhibition for a period of 28 days, together with the draft Operational Plan "
                "2025/26.",
                "2. Receive a further report following the exhibition period."],
               [("PURPOSE", ["To present the draft three-year Capital Works Program for "
                             "endorsement for public exhibition."]),
                ("BACKGROUND", ["Council adopts a rolling three-year capital works program each "
                                "year as part of the Operational Plan. The program is informed "
                                "by the asset management plans for transport, buildings, water "
                                "supply and sewerage, and by available grant funding.",
                                "Councillors considered a first draft of the program at the "
                                "budget workshop held on 26 February 2025. The changes requested "
                                "at the workshop have been included in the attached draft."]),
                ("REPORT", ["The draft program totals $15.8 million over three years, of which "
                            "$5.8 million is proposed for 2025/26. Transport assets make up the "
                            "largest share of the program, reflecting the condition of the "
                            "sealed road network and the need to restore flood damaged "
                            "causeways.",
                            "Grant funded projects are shown only where funding has been "
                            "confirmed or where an application is well advanced. Projects "
                            "dependent on unconfirmed grants will not proceed unless the grant "
                            "is received.",
                            "Water and sewer projects are funded from the Water Fund and the "
                            "Sewer Fund respectively and have no impact on the General Fund.",
                            P_GENERIC]),
                ("PROGRAM SUMMARY", [
                    "Transport (sealed and unsealed roads, bridges and footpaths): $3.53 "
                    "million in 2025/26, including the reconstruction of Mulga Creek Road "
                    "funded by the Roads to Recovery program and the first stage of the Yarra "
                    "Creek causeway replacement.",
                    "Buildings, parks and pools: $0.66 million in 2025/26, the largest items "
                    "being the replacement of the asbestos roof of the Kooringal Memorial Hall "
                    "and the renewal of the Kooringal pool plant room, both identified as high "
                    "risk in the 2024 building condition audit.",
                    "Water supply and sewerage: $0.63 million in 2025/26, funded from the "
                    "Water Fund and Sewer Fund reserves in accordance with the Integrated Water "
                    "Cycle Management Strategy.",
                    "Plant and fleet: $0.96 million in 2025/26, funded from the Plant Reserve "
                    "in accordance with the ten-year plant replacement program."]),
                ("RISK IMPLICATIONS", [
                    "Tender prices for civil works have risen by around 9% over the past two "
                    "years. Estimates include a contingency of 10% on major projects, and "
                    "projects will be re-scoped or deferred where tenders exceed the budget. "
                    "Delivery capacity is also a risk; the program has been limited to what "
                    "Council\u2019s works crews and panel contractors delivered in 2023/24."]),
                ("FINANCIAL IMPLICATIONS", ["The General Fund contribution of $1.6 million in "
                                            "2025/26 is provided for in the draft budget."]),
                ("CONSULTATION", ["The draft program will be exhibited with the draft "
                                  "Operational Plan and Budget 2025/26. Submissions will be "
                                  "reported to the Ordinary Council Meeting in June 2025."]),
                ("CONCLUSION", ["It is recommended that the draft program be endorsed for "
                                "public exhibition."])]),
        report("9.3", "Investment Report - February 2025",
               "Chief Financial Officer", "Director Corporate Services", "FIN/07/02",
               [], ["That Council receive and note the Investment Report as at 28 February "
                    "2025."],
               [("PURPOSE", ["To report on Council\u2019s investments as required by clause "
                             "212 of the Local Government (General) Regulation 2021."]),
                ("REPORT", ["As at 28 February 2025 Council held investments of $38.62 "
                            "million, earning a weighted average return of 4.97% against the "
                            "benchmark of 4.35%. All investments comply with the Ministerial "
                            "Investment Order and Council\u2019s Investment Policy."])]),
    ]},
    {"number": "10", "title": "Environment and Planning Reports", "body": None, "reports": [
        report("10.1", "Development Application DA 2024/118 - Dual Occupancy (Detached), 27 "
                       "Wattle Street, Kooringal",
               "Senior Town Planner", "Director Environment and Planning", "DA2024/118",
               ["Draft conditions of consent", "Submissions (confidential - under separate "
                                               "cover)"],
               ["That Council approve Development Application DA 2024/118 for a detached dual "
                "occupancy at Lot 4 DP 758123, 27 Wattle Street, Kooringal, subject to the "
                "conditions in Attachment 1."],
               [("PURPOSE", ["The application is referred to Council because four "
                             "submissions objecting to the proposal were received during "
                             "notification."]),
                ("REPORT", ["The proposal is permissible with consent in the R1 General "
                            "Residential zone and complies with the Yarrabin Development "
                            "Control Plan 2019, except for a minor variation to the rear "
                            "setback, which is supported. The objections concern on-street "
                            "parking and privacy; these are addressed by conditions."])]),
        report("10.2", "Draft Companion Animals Management Plan 2025-2030",
               "Regulatory Services Coordinator", "Director Environment and Planning",
               "ENV/09/03", ["Draft Companion Animals Management Plan 2025-2030"],
               ["That Council place the Draft Companion Animals Management Plan 2025-2030 on "
                "public exhibition for 28 days."],
               [("PURPOSE", ["To seek endorsement of the draft plan for public exhibition."]),
                ("REPORT", ["The draft plan sets out Council\u2019s approach to registration, "
                            "off-leash areas, impounding and rehoming over the next five "
                            "years. It proposes two new off-leash areas, at Apex Park Kooringal "
                            "and the Boree Plains recreation reserve."])]),
    ]},
    {"number": "11", "title": "Notices of Motion", "body": None, "reports": [
        report("11.1", "Notice of Motion - Kooringal Swimming Pool Opening Hours",
               "Cr Bronwyn Gleeson", None, "REC/02/07", [],
               ["That Council extend the opening hours of the Kooringal Swimming Pool to 8.00pm "
                "on weekdays from 1 December to 28 February each season, commencing in "
                "December 2025."],
               [("COUNCILLOR\u2019S NOTE", ["Families have asked for later opening so that "
                                           "working parents can bring children to the pool "
                                           "after work during the hottest months."]),
                ("STAFF COMMENT", ["The additional lifeguard cost is estimated at $18,500 a "
                                   "season and would need to be included in the 2025/26 "
                                   "budget."])]),
    ]},
    {"number": "12", "title": "Questions with Notice", "body": ["Nil"], "reports": [],
     "new_page": True},
    {"number": "13", "title": "Confidential Matters",
     "body": ["RECOMMENDATION",
              "That Council moves into Closed Council to consider the business identified "
              "below, together with any late reports tabled at the meeting."],
     "reports": [
         {"number": "13.1", "title": "Tender RFT 2025-03 - Bitumen Sealing Services",
          "confidential": True},
     ]},
    {"number": "14", "title": "Close of Meeting", "body": [], "reports": []},
]

# --------------------------------------------------------------------------------------------
# Minutes
# --------------------------------------------------------------------------------------------
CR = {  # surname -> full name
    "Pollard": "Ken Pollard", "Tran": "Alison Tran", "Gleeson": "Bronwyn Gleeson",
    "Kowalski": "Darren Kowalski", "O'Halloran": "Mick O'Halloran",
    "Natarajan": "Priya Natarajan", "McLeod": "Stuart McLeod", "Whitford": "Jenny Whitford",
}
PRESENT = [("Ken Pollard", "Mayor"), ("Alison Tran", "Deputy Mayor"), ("Bronwyn Gleeson", None),
           ("Darren Kowalski", None), ("Mick O'Halloran", None), ("Priya Natarajan", None),
           ("Stuart McLeod", None)]
STAFF = [("Chris Mahoney", "General Manager"),
         ("Leanne Burke", "Director Corporate Services"),
         ("Ravi Singh", "Director Engineering Services"),
         ("Tamsin Cole", "Director Environment and Planning"),
         ("Megan Doyle", "Governance Officer")]
APOLOGIES = ["Jenny Whitford"]


def res(no, moved, seconded, text, parts=None, division=None, result="CARRIED"):
    """A resolution block. text: the lead line; parts: numbered parts (each counts)."""
    return {"kind": "res", "no": no, "moved": moved, "seconded": seconded, "text": text,
            "parts": parts or [], "division": division, "result": result}


def motion(moved, seconded, text, division, result):
    return {"kind": "motion", "moved": moved, "seconded": seconded, "text": text,
            "parts": [], "division": division, "result": result}


def para(text):
    return {"kind": "p", "text": text}


ALL7 = ["Pollard", "Tran", "Gleeson", "Kowalski", "O'Halloran", "Natarajan", "McLeod"]

MINUTES = [
    ("1", "Opening of Meeting", [para("The Mayor declared the meeting open at 9.01am.")]),
    ("2", "Acknowledgement of Country", [
        para("The Mayor acknowledged the Wiradjuri people, the Traditional Custodians of the "
             "land on which the meeting was held, and paid respects to Elders past and "
             "present.")]),
    ("3", "Apologies and Applications for a Leave of Absence by Councillors", [
        res("2025/41", "McLeod", "Natarajan",
            "That the apology received from Cr Jenny Whitford be accepted and leave of absence "
            "granted.")]),
    ("4", "Confirmation of Minutes", [
        res("2025/42", "Tran", "Kowalski",
            "That the minutes of the Ordinary Council Meeting held on 19 February 2025 be "
            "confirmed.")]),
    ("5", "Disclosures of Interests", [
        para("Cr Kowalski declared a less than significant non-pecuniary interest in Item 10.1 "
             "as the applicant is a fellow committee member of the Kooringal Football Club, and "
             "remained in the meeting for that item.")]),
    ("6", "Mayoral Minute(s)", [para("Nil")]),
    ("7", "General Manager\u2019s Reports", []),
    ("7.1", "Delivery Program Progress Report - July to December 2024", [
        res("2025/43", "Natarajan", "O'Halloran",
            "That Council receive and note the Delivery Program Progress Report for the period "
            "July to December 2024.")]),
    ("8", "Engineering Services Reports", []),
    ("8.1", "Road Network Update - March 2025", [
        res("2025/44", "O'Halloran", "Gleeson",
            "That Council note the Road Network Update for March 2025.")]),
    ("8.2", "Heavy Vehicle Access - Mulga Creek Road and Boree Plains Road", [
        res("2025/45", "McLeod", "Tran", "That Council:", [
            "Approve access for 26 metre B-double vehicles on Mulga Creek Road between the "
            "Newell Highway and Boree Plains Road, subject to a 60 km/h speed limit.",
            "Notify the National Heavy Vehicle Regulator of the approved route."])]),
    ("9", "Corporate Services Reports", []),
    ("9.1", "Quarterly Budget Review Statement - December 2024", [
        res("2025/46", "Kowalski", "Tran", "That Council:", [
            "Adopt the Quarterly Budget Review Statement for the quarter ended 31 December 2024.",
            "Approve the budget variations set out in the report, which result in a projected "
            "operating surplus before capital grants of $412,000."],
            division=(["Pollard", "Tran", "Kowalski", "O'Halloran", "Natarajan", "McLeod"],
                      ["Gleeson"]),
            result="CARRIED 6/1")]),
    ("9.2", "Draft Capital Works Program 2025/26 to 2027/28 for Public Exhibition", [
        res("2025/47", "Tran", "McLeod", "That Council:", [
            "Endorse the Draft Capital Works Program 2025/26 to 2027/28 for public exhibition "
            "for a period of 28 days, together with the draft Operational Plan 2025/26.",
            "Receive a further report following the exhibition period."])]),
    ("9.3", "Investment Report - February 2025", [
        res("2025/48", "Natarajan", "Kowalski",
            "That Council receive and note the Investment Report as at 28 February 2025.")]),
    ("10", "Environment and Planning Reports", []),
    ("10.1", "Development Application DA 2024/118 - Dual Occupancy (Detached), 27 Wattle Street, "
             "Kooringal", [
        para("Mr Alan Petrie addressed Council in objection to the application, and the "
             "applicant\u2019s consultant, Ms Rhiannon Walsh, addressed Council in support."),
        motion("Gleeson", "O'Halloran",
               "That Council refuse Development Application DA 2024/118 on the grounds that "
               "the proposal will result in unacceptable on-street parking demand in Wattle "
               "Street.",
               (["Gleeson", "O'Halloran", "Natarajan"],
                ["Pollard", "Tran", "Kowalski", "McLeod"]),
               "LOST 3/4"),
        res("2025/49", "Tran", "McLeod",
            "That Council approve Development Application DA 2024/118 for a detached dual "
            "occupancy at Lot 4 DP 758123, 27 Wattle Street, Kooringal, subject to the "
            "conditions in Attachment 1.",
            division=(["Pollard", "Tran", "Kowalski", "McLeod"],
                      ["Gleeson", "O'Halloran", "Natarajan"]),
            result="CARRIED 4/3")]),
    ("10.2", "Draft Companion Animals Management Plan 2025-2030", [
        res("2025/50", "Gleeson", "Natarajan",
            "That Council place the Draft Companion Animals Management Plan 2025-2030 on public "
            "exhibition for 28 days.")]),
    ("11", "Notices of Motion", []),
    ("11.1", "Notice of Motion - Kooringal Swimming Pool Opening Hours", [
        res("2025/51", "Gleeson", "O'Halloran",
            "That Council extend the opening hours of the Kooringal Swimming Pool to 8.00pm on "
            "weekdays from 1 December to 28 February each season, commencing in December 2025, "
            "and include the additional cost in the draft 2025/26 budget.")]),
    ("12", "Questions with Notice", [para("Nil")]),
    ("13", "Confidential Matters", [
        res("2025/52", "McLeod", "Kowalski",
            "That Council moves into Closed Council to consider the business identified below, "
            "together with any late reports tabled at the meeting."),
        para("13.1 Tender RFT 2025-03 - Bitumen Sealing Services. This matter is considered to "
             "be confidential under Section 10A(2)(d)(i) of the Local Government Act 1993 as it "
             "deals with commercial information of a confidential nature."),
        para("The meeting moved into Closed Council at 10.52am. Members of the public left the "
             "Chambers."),
        res("2025/53", "Tran", "Natarajan",
            "That Council moves out of Closed Council into Open Council."),
        para("The meeting returned to Open Council at 11.20am, and the General Manager read "
             "aloud the resolution made in Closed Council."),
    ]),
    ("13.1", "Tender RFT 2025-03 - Bitumen Sealing Services", [
        res("2025/54", "Kowalski", "McLeod", "That Council:", [
            "Accept the tender from Western Plains Sealing Pty Ltd for bitumen sealing services "
            "for a period of three years from 1 July 2025, at the schedule of rates submitted.",
            "Authorise the General Manager to execute the contract documents."])]),
    ("14", "Close of Meeting", [
        para(f"The Meeting closed at {END_PRINTED}."),
        para("The minutes of this meeting were confirmed at the Ordinary Council Meeting held "
             "on 16 April 2025.")]),
]


def cr_list(surnames: list[str]) -> str:
    names = [CR[s] for s in surnames]
    if len(names) == 1:
        return "Cr " + names[0]
    return "Crs " + ", ".join(names[:-1]) + " and " + names[-1]


# --------------------------------------------------------------------------------------------
# Capital works program
# --------------------------------------------------------------------------------------------
CWP_COLUMNS = ["Project No.", "Project Name", "Scope of Works", "Funding Source", "2025/26 ($)",
               "2026/27 ($)", "2027/28 ($)", "Total ($)"]
CWP_WIDTHS = [20, 44, 78, 37, 22, 22, 22, 22]
CWP = [
    ("TRANSPORT - SEALED ROADS", [
        ("TR25-01", "Mulga Creek Road reconstruction", "Reconstruct and widen 2.4 km of pavement "
         "from chainage 8.2 km to 10.6 km, including new culverts and line marking",
         "Roads to Recovery", 1250000, 0, 0),
        ("TR25-02", "Reseal program - urban streets", "Annual bitumen reseal of urban streets in "
         "Kooringal and Boree Plains in accordance with the pavement management system",
         "General Fund", 420000, 430000, 440000),
        ("TR25-03", "Reseal program - rural roads", "Annual two-coat reseal of rural sealed roads "
         "identified as priority 1 and 2 in the 2024 condition audit",
         "FAG - Roads component", 610000, 625000, 640000),
        ("TR25-04", "Boree Plains Road shoulder widening", "Widen sealed shoulders by 1.0 m each "
         "side over 3.1 km to improve heavy vehicle safety", "Fixed Local Roads and Bridges",
         0, 980000, 0),
    ]),
    ("TRANSPORT - UNSEALED ROADS", [
        ("TU25-01", "Gravel resheeting program", "Resheet unsealed roads with 150 mm of "
         "imported gravel, approximately 28 km a year", "General Fund", 560000, 575000, 590000),
        ("TU25-02", "Tallowood Lane flood restoration", "Restore flood damaged pavement and "
         "table drains following the November 2024 event", "Disaster Recovery Funding",
         340000, 0, 0),
    ]),
    ("BRIDGES AND MAJOR CULVERTS", [
        ("BR25-01", "Yarra Creek causeway replacement", "Replace low level causeway with a "
         "four-cell box culvert crossing and approach works", "Fixed Local Roads and Bridges",
         180000, 1420000, 0),
        ("BR25-02", "Timber bridge load testing", "Load testing and condition assessment of "
         "the four remaining timber bridges", "General Fund", 45000, 0, 0),
    ]),
    ("FOOTPATHS AND CYCLEWAYS", [
        ("FP25-01", "Meehan Street footpath renewal", "Replace cracked and uplifted concrete "
         "footpath between Wattle Street and Apex Park", "General Fund", 95000, 0, 0),
        ("FP25-02", "Kooringal shared path stage 2", "Construct 2.5 m wide shared path from "
         "the school to the sports ground, 1.2 km", "Active Transport Program (grant)",
         0, 385000, 0),
        ("FP25-03", "Pram ramp upgrades", "Upgrade non-compliant kerb ramps in the Kooringal "
         "CBD to current accessibility standards", "General Fund", 30000, 30000, 30000),
    ]),
    ("BUILDINGS AND FACILITIES", [
        ("BF25-01", "Kooringal Memorial Hall roof", "Replace asbestos roof sheeting, gutters and "
         "downpipes; licensed asbestos removal", "General Fund", 260000, 0, 0),
        ("BF25-02", "Administration building air conditioning", "Replace ducted air "
         "conditioning plant serving the customer service area", "General Fund",
         0, 145000, 0),
        ("BF25-03", "Boree Plains public toilets", "New accessible amenities block at the "
         "Boree Plains rest area", "Stronger Country Communities Fund", 210000, 0, 0),
    ]),
    ("PARKS, RECREATION AND POOLS", [
        ("PR25-01", "Kooringal pool plant room", "Replace filtration pumps and chlorination "
         "system; switchboard upgrade", "General Fund", 185000, 0, 0),
        ("PR25-02", "Apex Park playground renewal", "Replace play equipment and softfall, and "
         "install shade sail", "Stronger Country Communities Fund", 0, 240000, 0),
        ("PR25-03", "Sports ground lighting", "LED lighting upgrade to the main oval to "
         "competition standard", "Grant (application lodged)", 0, 0, 520000),
    ]),
    ("WATER SUPPLY", [
        ("WS25-01", "Water main replacement - Wattle Street", "Replace 640 m of 100 mm asbestos "
         "cement main with PVC, including service connections", "Water Fund", 310000, 0, 0),
        ("WS25-02", "Reservoir roof renewal", "Replace roof and access hatches on the Kooringal "
         "2 ML reservoir", "Water Fund", 0, 220000, 0),
        ("WS25-03", "Water meter replacement", "Replace water meters older than 15 years, "
         "approximately 300 a year", "Water Fund", 75000, 75000, 75000),
    ]),
    ("SEWERAGE", [
        ("SW25-01", "Sewer relining program", "CCTV inspection and relining of priority "
         "sewer mains", "Sewer Fund", 240000, 250000, 260000),
        ("SW25-02", "Pump station 3 renewal", "Replace pumps, valves and telemetry at Sewage "
         "Pump Station 3, Apex Street", "Sewer Fund", 0, 0, 410000),
    ]),
    ("PLANT AND FLEET", [
        ("PF25-01", "Heavy plant replacement", "Replace grader (unit 214) and 6 m3 tipper "
         "(unit 305) in accordance with the plant replacement program", "Plant Reserve",
         720000, 540000, 610000),
        ("PF25-02", "Light vehicle replacement", "Replace six light fleet vehicles at 100,000 "
         "km or 4 years", "Plant Reserve", 240000, 250000, 250000),
    ]),
]


def dollars(v: int) -> str:
    return "-" if v == 0 else f"{v:,}"


def cwp_rows():
    """("banner", title) | ("row", cells, style) in printed order."""
    rows, grand = [], [0, 0, 0]
    for title, projects in CWP:
        rows.append(("banner", title))
        sub = [0, 0, 0]
        for no, name, scope, fund, a, b, c in projects:
            rows.append(("row", [no, name, scope, fund, dollars(a), dollars(b), dollars(c),
                                 dollars(a + b + c)], "line"))
            for i, v in enumerate((a, b, c)):
                sub[i] += v
        rows.append(("row", ["", "Sub-total " + title.title().replace(" And ", " and "),
                             "", "", *(dollars(v) for v in sub), dollars(sum(sub))], "sub"))
        grand = [g + s for g, s in zip(grand, sub)]
    rows.append(("row", ["", "TOTAL CAPITAL WORKS PROGRAM", "", "",
                         *(dollars(v) for v in grand), dollars(sum(grand))], "total"))
    return rows


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------
class InfoDoc(FPDF):
    doc_name = "Ordinary Council Meeting Agenda"
    footer_item = None      # "Item 9.1" on report pages

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 9)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 5, self.doc_name, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, DATE_SHORT, align="R")
        self.set_line_width(0.3)
        self.line(self.l_margin, 16, self.w - self.r_margin, 16)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("Helvetica", "", 9)
        self.set_y(-13.5)
        if self.footer_item:
            self.cell(0, 5, self.footer_item, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()}", align="R")


def _new_pdf(cls=InfoDoc, orientation="P") -> FPDF:
    pdf = cls(orientation=orientation, unit="mm", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(CREATED)
    pdf.set_author(COUNCIL)
    pdf.set_creator("InfoCouncil")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, 22)
    return pdf


def _text(pdf, text, h=5.2, style="", size=10, indent=0, align="J", after=2.5):
    pdf.set_font("Helvetica", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, h, text, align=align,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


def _numbered_heading(pdf, number, title, size=11, gap=2.5):
    pdf.set_font("Helvetica", "B", size)
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(14, 5.8, number)
    pdf.set_x(pdf.l_margin + 14)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 14, 5.8, title.upper(), align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(gap)


def toc_entries():
    """(number, title, kind) in printed order; kind: section | item | topic."""
    out = []
    for s in SECTIONS:
        out.append((s["number"], s["title"], "section" if s["body"] is None or s["reports"]
                    else "item"))
        for t in s.get("topics", []):
            out.append((None, t, "topic"))
        for r in s["reports"]:
            out.append((r["number"], r["title"], "item"))
    return out


def render_agenda(path: Path | None, pages_in: dict) -> tuple[dict, dict]:
    """Render; returns ({number: first page}, {number: last page})."""
    pdf = _new_pdf()
    pdf.set_title(f"{COUNCIL} - Ordinary Council Meeting Agenda - {DATE_SHORT}")
    first, last = {}, {}
    # cover
    pdf.add_page()
    pdf.set_y(30)
    pdf.set_font("Helvetica", "B", 22)
    pdf.cell(0, 11, COUNCIL.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(20)
    pdf.set_font("Helvetica", "B", 26)
    pdf.cell(0, 12, "AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "Ordinary Council Meeting", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 9, DATE_LONG, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(25)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, f"NOTICE IS HEREBY GIVEN that an Ordinary Meeting of {COUNCIL} will be "
                         f"held in the {VENUE} on {DATE_LONG} at {TIME_PRINTED}.",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Members of the public may attend the meeting or watch the live "
                         "stream on Council\u2019s website. Requests to address Council on an "
                         "item of business must be lodged with the General Manager by 12 noon "
                         "on the Monday before the meeting.", align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(22)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, GM, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "General Manager", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    # Order of Business
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 9, "Order Of Business", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for number, title, kind in toc_entries():
        indent = 0 if kind == "section" or (number and "." not in number) else 10
        if kind == "topic":
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(pdf.l_margin + 24)
            pdf.cell(width - 24, 5.2, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
            continue
        bold = "." not in number
        pdf.set_font("Helvetica", "B" if bold else "", 10)
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin + indent, y)
        pdf.cell(14, 5.2, number)
        tx = pdf.l_margin + indent + 14
        tw = width - indent - 14 - 16
        lines = [ln.encode("latin-1").decode("windows-1252")
                 for ln in pdf.multi_cell(tw, 5.2, title, dry_run=True, output="LINES")]
        for i, line in enumerate(lines):
            pdf.set_xy(tx, y + i * 5.2)
            pdf.cell(tw, 5.2, line)
        if kind == "item":
            # dot leader and page number on the last line
            ly = y + (len(lines) - 1) * 5.2
            lw = pdf.get_string_width(lines[-1])
            dots_w = tw - lw - 2
            pdf.set_xy(tx + lw + 1, ly)
            dot = pdf.get_string_width(".")
            pdf.cell(dots_w + 14, 5.2, "." * int((dots_w + 14) / dot), align="R")
            pdf.set_xy(tx + tw, ly)
            pdf.cell(16, 5.2, str(pages_in.get(number, 0)), align="R")
        pdf.set_xy(pdf.l_margin, y + len(lines) * 5.2 + 1.2)
    # body
    pdf.add_page()
    pdf.footer_item = None
    for s in SECTIONS:
        if (s["reports"] and s["body"] is None) or s.get("new_page"):
            pdf.add_page()
            pdf.footer_item = None
        elif pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        first[s["number"]] = pdf.page_no()
        _numbered_heading(pdf, s["number"], s["title"], size=12, gap=3)
        for line in s["body"] or []:
            if line == "RECOMMENDATION":
                _text(pdf, line, style="B", after=1)
            elif line in s.get("topics", []):
                _text(pdf, line, style="B", after=2)
            else:
                _text(pdf, line)
        pdf.ln(3)
        last[s["number"]] = pdf.page_no()
        for r in s["reports"]:
            if r.get("confidential"):
                first[r["number"]] = pdf.page_no()
                _numbered_heading(pdf, r["number"], r["title"])
                _text(pdf, CONFIDENTIAL_REASON, style="I")
                pdf.ln(3)
                last[r["number"]] = pdf.page_no()
                continue
            if r is not s["reports"][0]:
                pdf.add_page()
            pdf.footer_item = f"Item {r['number']}"
            first[r["number"]] = pdf.page_no()
            _numbered_heading(pdf, r["number"], r["title"])
            fields = [("File Number:", r["file"]), ("Author:", r["author"])]
            if r["authoriser"]:
                fields.append(("Authoriser:", r["authoriser"]))
            att = r["attachments"]
            fields.append(("Attachments:", "\n".join(f"{i}. {a}" for i, a in enumerate(att, 1))
                           if att else "Nil"))
            for label, value in fields:
                y = pdf.get_y()
                pdf.set_font("Helvetica", "B", 10)
                pdf.set_xy(pdf.l_margin, y)
                pdf.cell(30, 5.2, label)
                pdf.set_font("Helvetica", "", 10)
                pdf.set_xy(pdf.l_margin + 30, y)
                pdf.multi_cell(width - 30, 5.2, value, align="L",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(4)
            _text(pdf, "RECOMMENDATION", style="B", after=1)
            for line in r["recommendation"]:
                if line[:2] in ("1.", "2.", "3."):
                    pdf.set_font("Helvetica", "B", 10)
                    y = pdf.get_y()
                    pdf.set_xy(pdf.l_margin + 6, y)
                    pdf.cell(6, 5.2, line[:2])
                    pdf.set_xy(pdf.l_margin + 12, y)
                    pdf.multi_cell(width - 12, 5.2, line[3:], align="J",
                                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                    pdf.ln(1)
                else:
                    _text(pdf, line, style="B", after=1)
            pdf.ln(3)
            for heading, paras in r["sections"]:
                if pdf.get_y() > pdf.h - 40:
                    pdf.add_page()
                _text(pdf, heading, style="B", after=1)
                for ptext in paras:
                    _text(pdf, ptext)
            last[r["number"]] = pdf.page_no()
    if path is not None:
        pdf.output(str(path))
    return first, last


class MinutesDoc(InfoDoc):
    doc_name = "Ordinary Council Meeting Minutes"


def render_minutes(path: Path):
    pdf = _new_pdf(MinutesDoc)
    pdf.set_title(f"{COUNCIL} - Ordinary Council Meeting Minutes - {DATE_SHORT}")
    pdf.add_page()
    pdf.set_y(20)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 6.5,
                   f"MINUTES OF {COUNCIL.upper()}\nORDINARY COUNCIL MEETING\nHELD AT THE "
                   f"{VENUE.upper()}\nON {DATE_LONG.upper()} AT {TIME_PRINTED.upper()}",
                   align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)

    def label_block(label, text):
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(26, 5.2, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(pdf.l_margin + 26, y)
        pdf.multi_cell(width - 26, 5.2, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)

    present = [f"{role} Cr {name}" if role else f"Cr {name}" for name, role in PRESENT]
    label_block("PRESENT:", ", ".join(present))
    label_block("STAFF:", ", ".join(f"{n} ({r})" for n, r in STAFF))
    pdf.ln(2)
    for number, title, blocks in MINUTES:
        if pdf.get_y() > pdf.h - 55:
            pdf.add_page()
        top = "." not in number
        _numbered_heading(pdf, number, title, size=12 if top else 11, gap=2.5)
        for b in blocks:
            if b["kind"] == "p":
                _text(pdf, b["text"])
                continue
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            if b["kind"] == "res":
                _text(pdf, f"RESOLUTION {b['no']}", style="B", after=1)
            else:
                _text(pdf, "MOTION", style="B", after=1)
            y = pdf.get_y()
            pdf.set_font("Helvetica", "", 10)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(70, 5.2, f"Moved:  Cr {CR[b['moved']]}")
            pdf.cell(0, 5.2, f"Seconded:  Cr {CR[b['seconded']]}",
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
            _text(pdf, b["text"], after=1.5)
            for i, part in enumerate(b["parts"], 1):
                y = pdf.get_y()
                pdf.set_font("Helvetica", "", 10)
                pdf.set_xy(pdf.l_margin + 6, y)
                pdf.cell(6, 5.2, f"{i}.")
                pdf.set_xy(pdf.l_margin + 12, y)
                pdf.multi_cell(width - 12, 5.2, part, align="J",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)
            if b["division"]:
                pdf.ln(1)
                for lab, names in (("In Favour:", b["division"][0]),
                                   ("Against:", b["division"][1])):
                    y = pdf.get_y()
                    pdf.set_font("Helvetica", "", 10)
                    pdf.set_xy(pdf.l_margin, y)
                    pdf.cell(22, 5.2, lab)
                    pdf.multi_cell(width - 22, 5.2, cr_list(names), align="L",
                                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 6, b["result"], align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        pdf.ln(2)
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.ln(18)
    pdf.set_font("Helvetica", "", 10)
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(70, 5, "...................................................")
    pdf.set_xy(pdf.l_margin + 100, y)
    pdf.cell(70, 5, "...................................................",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(100, 5, "MAYOR")
    pdf.cell(70, 5, "GENERAL MANAGER", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


class SheetDoc(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 7.5)
        self.cell(120, 4, "Yarrabin Shire Council - Draft Capital Works Program 2025/26 to 2027/28")
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


def _cwp_header(pdf):
    pdf.set_font("Helvetica", "B", 8.5)
    pdf.set_fill_color(31, 73, 125)
    pdf.set_text_color(255, 255, 255)
    pdf.set_draw_color(120, 120, 120)
    x = pdf.l_margin
    y = pdf.get_y()
    for name, w in zip(CWP_COLUMNS, CWP_WIDTHS):
        pdf.set_xy(x, y)
        pdf.cell(w, 8, name, border=1, fill=True, align="C")
        x += w
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, y + 8)


def render_cwp(path: Path) -> dict:
    pdf = _new_pdf(SheetDoc, orientation="L")
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(False)
    pdf.set_creator("Microsoft Excel")
    pdf.set_title("Draft Capital Works Program 2025/26 to 2027/28")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, COUNCIL.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Draft Capital Works Program 2025/26 to 2027/28",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.cell(0, 5, f"Attachment 1 - Item 9.2, Ordinary Council Meeting {DATE_SHORT}. "
                   "Draft for public exhibition.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    _cwp_header(pdf)
    bottom = pdf.h - 16
    lh = 4.2
    row_pages = []
    rows = cwp_rows()
    for k, row in enumerate(rows):
        if row[0] == "banner":
            need = 6.5 + 3 * lh + 2
        else:
            cells = row[1]
            nl = max(len(pdf.multi_cell(w - 2, lh, c, dry_run=True, output="LINES"))
                     for c, w in zip(cells, CWP_WIDTHS))
            need = nl * lh + 2
        if pdf.get_y() + need > bottom:
            pdf.add_page()
            pdf.set_y(12)
            _cwp_header(pdf)
        y = pdf.get_y()
        if row[0] == "banner":
            pdf.set_fill_color(217, 225, 242)
            pdf.set_font("Helvetica", "B", 8.5)
            pdf.cell(sum(CWP_WIDTHS), 6.5, row[1], border=1, fill=True,
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            continue
        cells, style = row[1], row[2]
        pdf.set_font("Helvetica", "B" if style != "line" else "", 8)
        nl = max(len(pdf.multi_cell(w - 2, lh, c, dry_run=True, output="LINES"))
                 for c, w in zip(cells, CWP_WIDTHS))
        h = nl * lh + 2
        if style != "line":
            pdf.set_fill_color(242, 242, 242 if style == "sub" else 200)
            pdf.rect(pdf.l_margin, y, sum(CWP_WIDTHS), h, style="F")
        x = pdf.l_margin
        for i, (c, w) in enumerate(zip(cells, CWP_WIDTHS)):
            pdf.rect(x, y, w, h)
            pdf.set_xy(x + 1, y + 1)
            pdf.multi_cell(w - 2, lh, c, align="R" if i >= 4 else "L")
            x += w
        row_pages.append(pdf.page_no())
        pdf.set_xy(pdf.l_margin, y + h)
    pdf.ln(4)
    pdf.set_font("Helvetica", "I", 7.5)
    pdf.multi_cell(0, 4, "Notes: Projects funded by grants proceed only if the grant is "
                         "confirmed. FAG = Financial Assistance Grant. Figures exclude GST.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))
    return {"pages": pdf.page_no(), "row_pages": row_pages}


# --------------------------------------------------------------------------------------------
# Files and gold
# --------------------------------------------------------------------------------------------
def _paths(folder: Path) -> dict[str, Path]:
    stem = f"{SLUG}_{BODY_SLUG}_{DATE}"
    return {
        "agenda": folder / "agendas" / f"{stem}_agenda.pdf",
        "minutes": folder / "minutes" / f"{stem}_minutes.pdf",
        "plan": folder / "plans" / f"{SLUG}_capital-works-program_2025-26.pdf",
    }


def agenda_pages() -> tuple[dict, dict]:
    first, _ = render_agenda(None, {})
    first2, last2 = render_agenda(None, first)
    assert first2 == first
    return first2, last2


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    paths = _paths(folder)
    for p in paths.values():
        p.parent.mkdir(parents=True, exist_ok=True)
    first, _ = agenda_pages()
    render_agenda(paths["agenda"], first)
    render_minutes(paths["minutes"])
    render_cwp(paths["plan"])
    return list(paths.values())


def gold() -> dict[str, dict]:
    first, last = agenda_pages()
    agenda_items = []
    for number, title, kind in toc_entries():
        if kind == "topic":
            agenda_items[-1].setdefault("topics", []).append(title)
            continue
        parent = number.split(".")[0] if "." in number else None
        part = "exempt" if number == "13.1" else "public"
        pages = ({"first": first[number], "last": last[number]} if kind == "item" else None)
        agenda_items.append({"number": number, "title": title, "pages": pages, "part": part,
                             "parent": parent})
    agenda_gold = {
        "file": "agendas/" + _paths(Path("."))["agenda"].name,
        "kind": "agenda",
        "country": "AU",
        "notes": [
            "Country is AU (the format lists UK | CA | US; this council is Australian).",
            "Items are taken from the Order Of Business; section headings ('9 Corporate "
            "Services Reports') are items with parent null and their reports ('9.1') have the "
            "section as parent.",
            "Section headings that hold reports print no page number in the Order Of "
            "Business, so their pages are null; every other item prints its first page.",
            "Only a first page is printed; 'last' is the last page the item occupies in the "
            "body. Each report starts on a new page, so 'last' is the next item's page minus "
            "one, or the same page when the next item follows on that page.",
            "Page numbers are the printed footer numbers, which equal the PDF page numbers "
            "(the cover is page 1).",
            "'Ordinary Council Meeting - 19 February 2025' under item 4 is a topic line, not "
            "an item.",
            "13.1 is confidential (closed council): exempt. Section 13 itself, the motion to "
            "close the meeting, is public.",
            "Report fields (File Number, Author, Authoriser, Attachments), RECOMMENDATION and "
            "report headings (PURPOSE, REPORT ...) are not items. The footer 'Item 9.1' on "
            "report pages is a running footer.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": START},
        "agenda": agenda_items,
    }

    items, per_item, total, votes = [], {}, 0, []
    agenda_numbers = {n for n, _, k in toc_entries() if n}
    for number, title, blocks in MINUTES:
        items.append({"number": number, "title": title,
                      "agenda_item": number if number in agenda_numbers else None})
        n = sum(max(1, len(b["parts"])) for b in blocks if b["kind"] == "res")
        if n:
            per_item[number] = n
        total += n
        for b in blocks:
            if b["kind"] in ("res", "motion") and b["division"]:
                yes, no = b["division"]
                result = b["result"].split()[0].lower()
                votes.append({"item": number, "result": result,
                              "counts": {"yes": len(yes), "no": len(no), "abstain": 0},
                              "voters": {"yes": yes, "no": no},
                              "mover": CR[b["moved"]], "seconder": CR[b["seconded"]],
                              "result_as_printed": b["result"],
                              "motion": (b["text"] + " " + " ".join(b["parts"])).strip()})
    attendance = []
    for name, role in PRESENT:
        a = {"name": name, "status": "present"}
        if role:
            a["role"] = role
        attendance.append(a)
    for name, role in STAFF:
        attendance.append({"name": name, "status": "in_attendance", "role": role})
    for name in APOLOGIES:
        attendance.append({"name": name, "status": "apologies"})
    minutes_gold = {
        "file": "minutes/" + _paths(Path("."))["minutes"].name,
        "kind": "minutes",
        "country": "AU",
        "notes": [
            "Country is AU (the format lists UK | CA | US; this council is Australian).",
            "Minute items are every numbered heading, sections ('9 Corporate Services "
            "Reports') included, numbered as the agenda; agenda_item is the same number.",
            "Resolutions: each 'RESOLUTION 2025/nn' block counts 1, or one per numbered part "
            "when it reads 'That Council:' followed by 1. 2. (2025/45, /46, /47, /54 count 2 "
            "each). The LOST motion under 10.1 is no resolution.",
            "Votes: only the three divisions (In Favour / Against with names) are listed; "
            "resolutions printed just 'CARRIED' have no counts and are not listed as votes.",
            "Abstain is 0 in every division: none is printed (NSW councillors may not abstain).",
            "The apology of Cr Jenny Whitford is recorded in the resolution under item 3; she "
            "is 'apologies'. Mayor and Deputy Mayor are roles printed before 'Cr'.",
            "The members of the public who addressed Council under 10.1 (Alan Petrie, "
            "Rhiannon Walsh) are speakers, not attendance.",
            "13.1 is minuted after the return to Open Council, as the resolution read out "
            "from Closed Council. The paragraph under 13 that opens '13.1 Tender RFT 2025-03 "
            "...' only lists the business to be taken in Closed Council; it is no minute item.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": START, "end_time": END},
        "minutes": {
            "items": items,
            "resolutions": total,
            "resolutions_per_item": per_item,
            "votes": votes,
            "attendance": attendance,
        },
    }

    rows = cwp_rows()
    data, groups, current = [], [], None
    for row in rows:
        if row[0] == "banner":
            current = {"title": row[1], "first_index": len(data), "last_index": None}
            groups.append(current)
        else:
            data.append(row[1])
            if row[2] != "total":
                current["last_index"] = len(data) - 1
    with tempfile.TemporaryDirectory() as tmp:
        info = render_cwp(Path(tmp) / "cwp.pdf")

    def sample(i):
        return {"index": i, "cells": {c: v for c, v in zip(CWP_COLUMNS, data[i]) if v},
                "page": info["row_pages"][i]}

    want = ["TR25-01", "BR25-01", "PF25-02"]
    idx = [next(i for i, r in enumerate(data) if r[0] == w) for w in want]
    idx_sub = next(i for i, r in enumerate(data) if r[1].startswith("Sub-total Water"))
    plan_gold = {
        "file": "plans/" + _paths(Path("."))["plan"].name,
        "kind": "plan",
        "country": "AU",
        "notes": [
            "Country is AU (the format lists UK | CA | US; this council is Australian).",
            "One ruled table over three landscape pages; the shaded header row is repeated at "
            "the top of pages 2 and 3; no row is split across a page break.",
            "Category banner rows (TRANSPORT - SEALED ROADS ...) are groups, not data rows; "
            "each group runs to its 'Sub-total' row. Sub-total rows and the final TOTAL row "
            "are data rows; the TOTAL row belongs to no group.",
            "Wrapped cells (Project Name, Scope of Works, Funding Source) are joined with "
            "single spaces.",
            "A nil amount is printed '-' and kept as a cell.",
            "The notes line under the table is free text.",
        ],
        "tables": [{
            "page": 1,
            "title": "Draft Capital Works Program 2025/26 to 2027/28",
            "columns": CWP_COLUMNS,
            "row_count": len(data),
            "pages": {"first": 1, "last": info["pages"]},
            "header_rows": 1,
            "ruled": True,
            "rows": [sample(i) for i in idx + [idx_sub, len(data) - 1]],
            "groups": groups,
        }],
    }
    return {"agenda": agenda_gold, "minutes": minutes_gold, "plan": plan_gold}

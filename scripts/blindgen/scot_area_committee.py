"""Strathcairn Council (fictional): the Glenmorie and Ardcraig Area Committee.

A Scottish unitary council in the Highland mould whose area committees cover several
multi-member wards (here Ward 9 Glenmorie North, Ward 10 Glenmorie South and Kilbrannan and
Ward 11 Ardcraig and Loch Tarvie). Papers are bilingual in the headings: each agenda business
item carries its Gaelic translation in italics under the English title.

Two PDFs for the meeting of Wednesday 12 March 2025:

* agendas/..._agenda.pdf - the Chief Executive's notice letter and the business list: numbered
  items, lettered sub-items under "Minutes", roman-numeral sub-items under "Common Good Funds",
  report numbers (GAC/nn/25), recommendations, pack page ranges in the right margin, and an
  "Exclusion of the Public" banner before two items exempt under Schedule 7A.
* minutes/..._minutes.pdf - the minute of the same meeting: Present (two columns, remote
  members marked), In attendance, Also in attendance, numbered paragraphs 1-13 following the
  agenda, decisions worded as "The Committee:" with roman-numeral clauses and capitalised
  verbs, single-sentence NOTED/AGREED/RESOLVED decisions and a lower-case "(1) noted ...;
  (2) approved" form; a motion against an amendment with members named for each, a vote with
  the figures only, a dissent recorded without a vote, an adjournment and a late arrival.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

SLUG = "strathcairn"
BODY = "Glenmorie and Ardcraig Area Committee"
BODY_SLUG = "glenmorie-and-ardcraig-area-committee"
DATE = "2025-03-12"
COUNCIL = "Strathcairn Council"
COUNCIL_GD = "Comhairle Shrath Chàirn"
VENUE = "the Council Chamber, Ardcraig Town House, High Street, Ardcraig"
CONTACT = {"name": "Jennifer Fraser", "phone": "01397 702418",
           "email": "jennifer.fraser@strathcairn.gov.uk"}

AGENDA_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_agenda.pdf"
MINUTES_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_minutes.pdf"

# ---------------------------------------------------------------------------------------------
# Agenda business list. pages: the printed pack range, or None where none is printed.

EXCLUSION_BANNER = "Exclusion of the Public"
EXCLUSION_GD = "Dùnadh a-mach a' Phobaill"
EXCLUSION_TEXT = (
    "The Committee is asked to resolve that, under Section 50A(4) of the Local Government "
    "(Scotland) Act 1973, the public be excluded from the meeting for the following items on "
    "the grounds that they involve the likely disclosure of exempt information as defined in "
    "Paragraphs 6 and 9 of Part 1 of Schedule 7A of the Act.")

AGENDA = [
    {"number": "1", "title": "Calling of the Roll and Apologies for Absence",
     "gd": "Gairm a' Chlàir agus Leisgeulan", "pages": None, "text": []},
    {"number": "2", "title": "Declarations of Interest/Transparency Statement",
     "gd": "Foillseachaidhean Com-pàirt/Aithris Fhollaiseachd", "pages": None,
     "text": ["Members are asked to declare an interest or make a transparency statement in "
              "respect of any item on the agenda, identifying the relevant agenda item and the "
              "nature of their interest. Members are reminded that it is their personal "
              "responsibility to consider whether they have an interest to declare."]},
    {"number": "3", "title": "Minutes", "gd": "Geàrr-chunntasan", "pages": None,
     "text": ["There are circulated for approval the Minutes of the following meetings:"],
     "children": [
         {"number": "(a)", "title": "Glenmorie and Ardcraig Area Committee, 27 November 2024",
          "pages": (5, 12)},
         {"number": "(b)",
          "title": "Ardcraig Common Good Fund Sub-Committee, 22 January 2025",
          "pages": (13, 16)},
     ]},
    {"number": "4", "title": "Police Scotland - Area Performance Report",
     "gd": "Poileas Alba - Aithisg Choileanaidh Sgìre", "pages": (17, 30),
     "report": "GAC/01/25",
     "text": ["There is circulated Report No GAC/01/25 by the Area Commander, Police Scotland.",
              "The Committee is invited to scrutinise and note the report."]},
    {"number": "5", "title": "Scottish Fire and Rescue Service - Area Performance Report",
     "gd": "Seirbheis Smàlaidh agus Teasairginn na h-Alba - Aithisg Choileanaidh Sgìre",
     "pages": (31, 42), "report": "GAC/02/25",
     "text": ["There is circulated Report No GAC/02/25 by the Local Senior Officer, Scottish "
              "Fire and Rescue Service.",
              "The Committee is invited to scrutinise and note the report."]},
    {"number": "6", "title": "Housing Performance Report - 1 April to 31 December 2024",
     "gd": "Aithisg Choileanaidh Taigheadais - 1 Giblean gu 31 Dùbhlachd 2024",
     "pages": (43, 56), "report": "GAC/03/25",
     "text": ["There is circulated Report No GAC/03/25 by the Assistant Chief Executive - "
              "Place.",
              "The Committee is invited to scrutinise the information on housing performance "
              "in the Glenmorie and Ardcraig area for the period 1 April to 31 December 2024."]},
    {"number": "7",
     "title": "Glenmorie and Ardcraig Area Place Plan - Community Engagement Update",
     "gd": "Plana Àite Sgìre Ghleann Mòraidh agus Àird Chreig - Cunntas as Ùr",
     "pages": (57, 68), "report": "GAC/04/25",
     "text": ["There is circulated Report No GAC/04/25 by the Area Manager.",
              "The Committee is invited to note the update and agree the engagement "
              "timetable set out in Section 5 of the report."]},
    {"number": "8",
     "title": "Proposed Traffic Regulation Order - Ardcraig Town Centre Parking Charges",
     "gd": "Òrdugh Riaghlaidh Trafaig a thathar a' Moladh - Cosgaisean Pàircidh",
     "pages": (69, 84), "report": "GAC/05/25",
     "text": ["There is circulated Report No GAC/05/25 by the Executive Chief Officer "
              "Infrastructure and Environment.",
              "The Committee is invited to:",
              "i.  approve the making of the Traffic Regulation Order as advertised; and",
              "ii. agree that the operation of the charges be reviewed after twelve months."]},
    {"number": "9", "title": "Common Good Funds", "gd": "Maoin Math Coitcheann",
     "pages": None, "text": [],
     "children": [
         {"number": "(i)",
          "title": "Ardcraig Common Good Fund - Quarter 3 Monitoring and Budget 2025/26",
          "pages": (85, 94), "report": "GAC/06/25",
          "text": ["There is circulated Report No GAC/06/25 by the Area Manager."]},
         {"number": "(ii)",
          "title": "Kilbrannan Common Good Fund - Quarter 3 Monitoring and Budget 2025/26",
          "pages": (95, 102), "report": "GAC/07/25",
          "text": ["There is circulated Report No GAC/07/25 by the Area Manager."]},
     ]},
    {"number": "10", "title": "Ward Discretionary Budget 2024/25 - Applications",
     "gd": "Buidseat Roghainneil nan Uàrdan 2024/25 - Iarrtasan", "pages": (103, 110),
     "report": "GAC/08/25",
     "text": ["There is circulated Report No GAC/08/25 by the Area Manager.",
              "The Committee is invited to determine the applications over £5,000 set out in "
              "Appendix 1 and note the awards made under delegated powers."]},
    {"number": "11", "title": "Roads Capital Programme 2025/26 - Glenmorie and Ardcraig",
     "gd": "Prògram Calpa Rathaidean 2025/26", "pages": (111, 124),
     "report": "GAC/09/25",
     "text": ["There is circulated Report No GAC/09/25 by the Executive Chief Officer "
              "Infrastructure and Environment.",
              "The Committee is invited to approve the programme at Appendix A."]},
    {"number": "12",
     "title": "Ardcraig Common Good Fund - Proposed Lease of Former Harbour Master's Office, "
              "Shore Road",
     "gd": "Maoin Math Coitcheann Àird Chreig - Aonta-màil a thathar a' Moladh",
     "pages": (125, 132), "report": "GAC/10/25", "part": "exempt",
     "text": ["There is circulated to Members only Report No GAC/10/25 by the Area Manager."]},
    {"number": "13",
     "title": "Glenmorie Business Units - Rent Arrears and Proposed Repayment Arrangement",
     "gd": "Aonadan Gnìomhachais Ghleann Mòraidh - Fiachan Màil", "pages": None,
     "report": "GAC/11/25", "part": "exempt", "to_follow": True,
     "text": ["Report No GAC/11/25 by the Area Manager will be circulated to Members only."]},
]


# ---------------------------------------------------------------------------------------------
# People. Printed forms: honorific + initial + surname, as the minute prints them.

PRESENT = [  # (honorific, name, printed suffix, status, role)
    ("Mr", "A MacRitchie", "", "present", "Chair"),
    ("Mrs", "F Urquhart", "", "present", None),
    ("Mr", "D Bain", "", "present", None),
    ("Ms", "K Drummond", " (remote)", "virtual", None),
    ("Mr", "L Fyfe", "", "present", None),
    ("Mr", "J Gillanders", "", "present", None),
    ("Mrs", "C MacAulay", "", "present", None),
    ("Mr", "H MacLennan", " (remote)", "virtual", None),
    ("Mr", "P Munro", "", "present", None),
    ("Mrs", "E Rennie", " (from item 4)", "present", None),
    ("Ms", "R Sutherland-Kerr", "", "present", None),
]
APOLOGIES = [("Mr", "G Ross"), ("Ms", "S Paterson")]
OFFICERS = [  # (honorific, name, role as printed)
    ("Ms", "L Grant", "Area Manager (Glenmorie and Ardcraig)"),
    ("Mr", "R Kennedy", "Area Roads Operations Manager"),
    ("Mr", "S Dunbar", "Senior Engineer, Traffic Management (items 8 and 11)"),
    ("Mrs", "A Whyte", "Housing Manager (North)"),
    ("Ms", "N Cowie", "Finance Manager (items 9 and 10)"),
    ("Mr", "C Mathers", "Principal Solicitor (Regulatory Services)"),
    ("Miss", "J Fraser", "Committee Administrator"),
]
ALSO = [  # (rank, name, organisation as printed)
    ("Chief Inspector", "M Lorimer", "Police Scotland (item 4)"),
    ("Inspector", "T Hendry", "Police Scotland (item 4)"),
    ("Group Manager", "I Carruthers", "Scottish Fire and Rescue Service (item 5)"),
]

MOTION_FOR = ["A MacRitchie", "F Urquhart", "D Bain", "C MacAulay", "P Munro", "H MacLennan",
              "E Rennie"]
AMENDMENT_FOR = ["J Gillanders", "R Sutherland-Kerr", "K Drummond", "L Fyfe"]


def _hon(name: str) -> str:
    for hon, n, *_ in PRESENT + [(h, n) for h, n in APOLOGIES]:
        if n == name:
            return f"{hon} {n}"
    raise KeyError(name)


# ---------------------------------------------------------------------------------------------
# Minute. Blocks: ("p", text) paragraph; ("b", [..]) bullets; ("c", lead, [clauses], style)
# decision clauses, roman numerals; ("sub", heading) bold italic sub-heading; ("v", ...) vote
# lists. Every block carries its resolution count in RES below, by minute number.

MINUTE = [
    {"number": "1", "title": "Calling of the Roll and Apologies for Absence",
     "gd": "Gairm a' Chlàir agus Leisgeulan", "agenda_item": "1",
     "blocks": [("p", "Apologies for absence were intimated on behalf of Mr G Ross and "
                      "Ms S Paterson.")]},
    {"number": "2", "title": "Declarations of Interest/Transparency Statement",
     "gd": "Foillseachaidhean Com-pàirt/Aithris Fhollaiseachd", "agenda_item": "2",
     "blocks": [("p", "Item 9(i): Mrs C MacAulay (non-financial)"),
                ("sub", "Transparency Statement"),
                ("p", "Item 10: Mr P Munro - as a trustee of Glenmorie Men's Shed, Mr Munro "
                      "had applied the objective test and considered that his interest did not "
                      "preclude his participation in the item.")]},
    {"number": "3", "title": "Minutes", "gd": "Geàrr-chunntasan", "agenda_item": "3",
     "blocks": [("p", "There had been circulated for approval the Minutes of the following "
                      "meetings."),
                ("c", "The Committee APPROVED the Minutes of:",
                 ["the Glenmorie and Ardcraig Area Committee held on 27 November 2024; and",
                  "the Ardcraig Common Good Fund Sub-Committee held on 22 January 2025."],
                 "alpha")]},
    {"number": "4", "title": "Police Scotland - Area Performance Report",
     "gd": "Poileas Alba - Aithisg Choileanaidh Sgìre", "agenda_item": "4",
     "blocks": [("p", "There had been circulated Report No GAC/01/25 by the Area Commander, "
                      "Police Scotland, which provided an update on performance against the "
                      "local policing priorities for the period 1 April to 31 December 2024."),
                ("p", "Mrs E Rennie joined the meeting during consideration of this item."),
                ("p", "During discussion, Members raised the following main points:"),
                ("b", ["the reduction in acquisitive crime across the three wards was welcomed, "
                       "and officers were thanked for the work of the community team in "
                       "Glenmorie over the winter months;",
                       "concern was expressed regarding anti-social driving on the A893 between "
                       "Ardcraig and Loch Tarvie, particularly at weekends, and information was "
                       "sought on the number of speed checks carried out since October;",
                       "it was queried whether the temporary closure of the Kilbrannan police "
                       "office had affected response times in the outlying communities, and "
                       "the Chief Inspector undertook to circulate the relevant figures;",
                       "the continued rise in reported frauds targeting older residents was "
                       "noted, and it was suggested that information sessions be held in "
                       "community halls in partnership with Trading Standards; and",
                       "Members requested that a breakdown of drug-related incidents by ward be "
                       "included in future reports."]),
                ("p", "Thereafter, the Committee NOTED the report.")]},
    {"number": "5", "title": "Scottish Fire and Rescue Service - Area Performance Report",
     "gd": "Seirbheis Smàlaidh agus Teasairginn na h-Alba - Aithisg Choileanaidh Sgìre",
     "agenda_item": "5",
     "blocks": [("p", "There had been circulated Report No GAC/02/25 by the Local Senior "
                      "Officer, Scottish Fire and Rescue Service."),
                ("p", "During discussion, Members raised the following main points:"),
                ("b", ["the number of unwanted fire alarm signals from non-domestic premises had "
                       "fallen by 18% compared with the same period in 2023, which was welcomed;",
                       "the recruitment of on-call firefighters at Kilbrannan and Loch Tarvie "
                       "stations remained a concern, and Members asked what support local "
                       "employers could offer to release staff for training; and",
                       "the increasing risk of wildfire on the Glenmorie estates in spring was "
                       "highlighted, together with the need for clear advice to visitors and "
                       "land managers."]),
                ("c", "The Committee:",
                 ["NOTED the performance of the Scottish Fire and Rescue Service in the "
                  "Glenmorie and Ardcraig area as set out in the report; and",
                  "AGREED that the Group Manager provide Members with a briefing on wildfire "
                  "preparedness before the start of the 2025 season."], "roman")]},
    {"number": "6", "title": "Housing Performance Report - 1 April to 31 December 2024",
     "gd": "Aithisg Choileanaidh Taigheadais - 1 Giblean gu 31 Dùbhlachd 2024",
     "agenda_item": "6",
     "blocks": [("p", "There had been circulated Report No GAC/03/25 by the Assistant Chief "
                      "Executive - Place."),
                ("p", "During discussion, the following main points were raised:"),
                ("b", ["the average time taken to re-let empty homes in Ardcraig, at 61 days, "
                       "remained well above the Council target of 35 days, and Members sought "
                       "assurance that the backlog of void repairs was being addressed;",
                       "current tenant rent arrears had risen to £412,780, and it was suggested "
                       "that the approach to early intervention be reviewed;",
                       "the completion of 24 new council homes at Croft Road, Glenmorie, was "
                       "welcomed; and",
                       "Mr D Bain expressed the view that no further changes should be made to "
                       "the arrears procedure until the outcome of the national review was "
                       "known, but did not move an amendment."]),
                ("c", "The Committee:",
                 ["NOTED the information provided on housing performance in the period 1 "
                  "April to 31 December 2024;",
                  "AGREED that officers review the early intervention procedure for rent "
                  "arrears and report back to a future meeting; and",
                  "NOTED that the Housing Manager would circulate to Members a list of void "
                  "properties in each ward with the expected date of re-let."], "roman"),
                ("p", "Mr D Bain asked that his dissent be recorded in respect of decision ii. "
                      "above.")]},
    {"number": "7",
     "title": "Glenmorie and Ardcraig Area Place Plan - Community Engagement Update",
     "gd": "Plana Àite Sgìre Ghleann Mòraidh agus Àird Chreig - Cunntas as Ùr",
     "agenda_item": "7",
     "blocks": [("p", "There had been circulated Report No GAC/04/25 by the Area Manager which "
                      "summarised the responses received during the first stage of engagement "
                      "on the Area Place Plan, in which 1,146 individual responses and "
                      "submissions from 14 community organisations had been received."),
                ("p", "Members commended the work of the Area Manager and the community "
                      "councils in promoting the engagement, and emphasised the importance of "
                      "reaching younger people and those living in the more remote glens. It "
                      "was suggested that the drop-in sessions be held in the evenings as well "
                      "as during the day, and that the school pupil councils be involved."),
                ("p", "Thereafter, the Committee NOTED the update and AGREED the engagement "
                      "timetable set out in Section 5 of the report.")]},
    {"number": "8",
     "title": "Proposed Traffic Regulation Order - Ardcraig Town Centre Parking Charges",
     "gd": "Òrdugh Riaghlaidh Trafaig a thathar a' Moladh - Cosgaisean Pàircidh",
     "agenda_item": "8",
     "blocks": [("p", "There had been circulated Report No GAC/05/25 by the Executive Chief "
                      "Officer Infrastructure and Environment which set out the outcome of the "
                      "statutory consultation on the proposed introduction of pay and display "
                      "charges in the Shore Road and Market Street car parks, Ardcraig. Eleven "
                      "objections had been received, nine of which remained unresolved."),
                ("p", "During discussion, Members raised the following main points:"),
                ("b", ["the income, estimated at £86,000 a year, would be retained for "
                       "transport improvements in the Ardcraig area;",
                       "town centre businesses had expressed concern that charges would "
                       "discourage visitors at a difficult time for retail; and",
                       "the first hour of parking would remain free, and blue badge holders "
                       "would be exempt from the charges."]),
                ("p", "Mr A MacRitchie, seconded by Mrs F Urquhart, MOVED that the Committee:"),
                ("l", ["i.", "approve the making of the Strathcairn Council (Ardcraig Town "
                             "Centre) (Off-Street Parking Places) Order 2025 as advertised; and"],
                 ["ii.", "agree that the operation of the charges be reviewed after twelve "
                         "months and a report brought back to the Committee."]),
                ("p", "As an AMENDMENT, Mr J Gillanders, seconded by Ms R Sutherland-Kerr, "
                      "moved that consideration of the Order be deferred pending further "
                      "consultation with the Ardcraig Business Association and the community "
                      "council."),
                ("p", "On a vote being taken, the MOTION received 7 votes and the AMENDMENT "
                      "received 4 votes, with no abstentions, and the MOTION was therefore "
                      "CARRIED, votes having been cast as follows:"),
                ("v", [("For the Motion (7):", MOTION_FOR),
                       ("For the Amendment (4):", AMENDMENT_FOR),
                       ("Abstentions (0):", [])]),
                ("c", "The Committee:",
                 ["APPROVED the making of the Strathcairn Council (Ardcraig Town Centre) "
                  "(Off-Street Parking Places) Order 2025 as advertised; and",
                  "AGREED that the operation of the charges be reviewed after twelve months "
                  "and a report brought back to the Committee."], "roman")]},
    {"number": "9", "title": "Common Good Funds", "gd": "Maoin Math Coitcheann",
     "agenda_item": "9",
     "blocks": [("sub", "(i)  Ardcraig Common Good Fund - Quarter 3 Monitoring and Budget "
                        "2025/26"),
                ("p", "Mrs C MacAulay, having declared an interest, left the meeting for this "
                      "item."),
                ("p", "There had been circulated Report No GAC/06/25 by the Area Manager. It "
                      "was reported that the Fund was forecast to achieve a surplus of £21,340 "
                      "in 2024/25, largely as a result of increased rental income from the "
                      "Shore Road units."),
                ("c", "The Committee:",
                 ["NOTED the financial monitoring position to 31 December 2024;",
                  "APPROVED the budget for 2025/26 as set out at Appendix 1 to the report; "
                  "and",
                  "AGREED to award a grant of £4,500 to Ardcraig Gala Committee towards the "
                  "2025 Gala Week."], "roman"),
                ("p", "Mrs C MacAulay rejoined the meeting."),
                ("sub", "(ii)  Kilbrannan Common Good Fund - Quarter 3 Monitoring and Budget "
                        "2025/26"),
                ("p", "There had been circulated Report No GAC/07/25 by the Area Manager."),
                ("p", "After consideration, the Committee (1) noted the financial monitoring "
                      "position to 31 December 2024; and (2) approved the budget for 2025/26 "
                      "as set out at Appendix 1 to the report.")]},
    {"number": "10", "title": "Ward Discretionary Budget 2024/25 - Applications",
     "gd": "Buidseat Roghainneil nan Uàrdan 2024/25 - Iarrtasan", "agenda_item": "10",
     "blocks": [("p", "There had been circulated Report No GAC/08/25 by the Area Manager which "
                      "set out four applications for funding over £5,000 and the awards made "
                      "under delegated powers since the last meeting."),
                ("p", "In relation to the application from Glenmorie Men's Shed for £6,200 "
                      "towards the extension of its workshop, Mrs F Urquhart, seconded by Mr D "
                      "Bain, moved that the application be approved in full. As an amendment, "
                      "Mr L Fyfe, seconded by Ms K Drummond, moved that an award of £3,000 be "
                      "made, to allow the remaining budget to be shared more widely across "
                      "Ward 10."),
                ("p", "On a vote being taken, the MOTION received 6 votes and the AMENDMENT "
                      "received 4 votes, with 1 abstention, and the MOTION was therefore "
                      "CARRIED."),
                ("c", "The Committee:",
                 ["AGREED to award £6,200 to Glenmorie Men's Shed towards the extension of "
                  "its workshop; and",
                  "APPROVED the remaining applications as set out in Appendix 1 to the "
                  "report."], "roman"),
                ("p", "The Committee adjourned at 11.50 am and reconvened at 12.00 noon.")]},
    {"number": "11", "title": "Roads Capital Programme 2025/26 - Glenmorie and Ardcraig",
     "gd": "Prògram Calpa Rathaidean 2025/26", "agenda_item": "11",
     "blocks": [("p", "There had been circulated Report No GAC/09/25 by the Executive Chief "
                      "Officer Infrastructure and Environment."),
                ("p", "Members welcomed the inclusion of the resurfacing of the C1140 "
                      "Kilbrannan to Achnaclach road, but expressed disappointment that the "
                      "B8172 Loch Tarvie road had again not been prioritised, given its "
                      "deteriorating condition and its importance as a school bus route. The "
                      "Area Roads Operations Manager explained that the scheme had been "
                      "assessed on the basis of the condition survey carried out in 2023, and "
                      "undertook to arrange a fresh inspection."),
                ("p", "Following discussion, the Committee RESOLVED to approve the Roads "
                      "Capital Programme 2025/26 for the Glenmorie and Ardcraig area as set "
                      "out in Appendix A to the report."),
                ("p", "The Committee further NOTED that the Area Roads Operations Manager would "
                      "report on the condition of the B8172 Loch Tarvie road to the next "
                      "meeting.")]},
    {"number": None, "title": EXCLUSION_BANNER, "gd": None, "agenda_item": None,
     "blocks": [("p", "The Committee RESOLVED that, under Section 50A(4) of the Local "
                      "Government (Scotland) Act 1973, the public be excluded from the meeting "
                      "for the following items on the grounds that they involved the likely "
                      "disclosure of exempt information as defined in Paragraphs 6 and 9 of "
                      "Part 1 of Schedule 7A of the Act.")]},
    {"number": "12",
     "title": "Ardcraig Common Good Fund - Proposed Lease of Former Harbour Master's Office, "
              "Shore Road",
     "gd": "Maoin Math Coitcheann Àird Chreig - Aonta-màil a thathar a' Moladh",
     "agenda_item": "12",
     "blocks": [("p", "There had been circulated to Members only Report No GAC/10/25 by the "
                      "Area Manager."),
                ("p", "The Committee AGREED the recommendations as detailed in the report.")]},
    {"number": "13",
     "title": "Glenmorie Business Units - Rent Arrears and Proposed Repayment Arrangement",
     "gd": "Aonadan Gnìomhachais Ghleann Mòraidh - Fiachan Màil", "agenda_item": "13",
     "blocks": [("p", "There had been circulated to Members only Report No GAC/11/25 by the "
                      "Area Manager."),
                ("c", "The Committee:",
                 ["NOTED the position regarding arrears at Unit 4, Glenmorie Business "
                  "Units; and",
                  "AGREED the proposed repayment arrangement as set out in Section 4 of the "
                  "report."], "roman")]},
]

# decision clauses per minute paragraph, counted by hand from MINUTE above
RES = {"3": 2, "4": 1, "5": 2, "6": 3, "7": 2, "8": 2, "9": 5, "10": 2, "11": 2,
       EXCLUSION_BANNER: 1, "12": 1, "13": 2}

END_TIME = "1.05 pm"


# ---------------------------------------------------------------------------------------------
# Rendering

ROMAN = ["i.", "ii.", "iii.", "iv.", "v."]
ALPHA = ["(a)", "(b)", "(c)", "(d)"]


class _Doc(FPDF):
    kind = ""

    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
        self.set_margins(22, 18, 20)
        self.set_auto_page_break(True, margin=22)
        self.set_author(COUNCIL)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 9)
        if self.kind == "minutes":
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        else:
            self.cell(0, 5, str(self.page_no()), align="C")


class _Agenda(_Doc):
    kind = "agenda"

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Helvetica", "I", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, f"{BODY} - 12 March 2025", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(4)


class _Minutes(_Doc):
    kind = "minutes"


def _agenda_pdf() -> FPDF:
    pdf = _Agenda()
    pdf.set_title(f"{BODY} - Agenda - 12 March 2025")
    pdf.add_page()
    lm = pdf.l_margin
    width = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("Helvetica", "B", 17)
    pdf.cell(0, 8, COUNCIL, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 12)
    pdf.cell(0, 6, COUNCIL_GD, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 80, 60)
    pdf.set_line_width(0.6)
    pdf.line(lm, pdf.get_y() + 2, lm + width, pdf.get_y() + 2)
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(85, 4.2, "Ardcraig Town House\nHigh Street\nArdcraig", new_x="RIGHT",
                   new_y="TOP")
    pdf.set_x(lm + 95)
    pdf.multi_cell(width - 95, 4.2,
                   f"Enquiries to: {CONTACT['name']}\n"
                   f"Committee Administrator\n"
                   f"Tel: {CONTACT['phone']}\n"
                   f"Email: {CONTACT['email']}\n"
                   "Date: 5 March 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(width, 5.5, f"To: All Members of the {BODY}", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(width, 5.5, "Dear Sir/Madam", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(width, 5.5, f"{BODY}\nWednesday 12 March 2025 at 10.30 am",
                   new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 11)
    for para in [
        f"You are requested to attend a meeting of the {BODY} to be held in {VENUE} and "
        "remotely on Wednesday, 12 March 2025 at 10.30 am, for consideration of the business "
        "set out below.",
        "This meeting will be webcast live and the recording will be available on the "
        "Council's website for twelve months. Members attending remotely should join through "
        "the link issued by the Committee Administrator no later than 10.15 am.",
        "Reports marked as exempt are circulated to Members only and are not available to "
        "the public.",
    ]:
        pdf.multi_cell(width, 5.5, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.multi_cell(width, 5.5, "Yours faithfully", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Times", "I", 15)
    pdf.cell(0, 7, "K. Dalgleish", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(width, 5.5, "Kenneth Dalgleish\nChief Executive", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(6)

    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "Business", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 11)
    pdf.cell(0, 6, "Gnothaichean", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    num_w, page_w = 10, 24
    title_w = width - num_w - page_w
    for item in AGENDA:
        if item.get("part") == "exempt" and item["number"] == "12":
            pdf.ln(1)
            pdf.set_x(lm + num_w)
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(title_w, 5.5, EXCLUSION_BANNER, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(lm + num_w)
            pdf.set_font("Helvetica", "I", 11)
            pdf.cell(title_w, 5.5, EXCLUSION_GD, new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(lm + num_w)
            pdf.set_font("Helvetica", "", 11)
            pdf.multi_cell(title_w, 5.5, EXCLUSION_TEXT, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(lm, y)
        pdf.cell(num_w, 5.5, f"{item['number']}.")
        pdf.set_xy(lm + num_w, y)
        pdf.multi_cell(title_w, 5.5, item["title"], new_x="LMARGIN", new_y="NEXT")
        if item.get("pages"):
            pdf.set_xy(lm + num_w + title_w, y)
            pdf.set_font("Helvetica", "", 11)
            first, last = item["pages"]
            pdf.cell(page_w, 5.5, f"{first} - {last}", align="R")
            pdf.set_xy(lm, y + 5.5 * _lines(pdf, item["title"], title_w, "B"))
        if item.get("gd"):
            pdf.set_x(lm + num_w)
            pdf.set_font("Helvetica", "I", 11)
            pdf.multi_cell(title_w, 5.5, item["gd"], new_x="LMARGIN", new_y="NEXT")
        if item.get("part") == "exempt":
            pdf.set_x(lm + num_w)
            pdf.set_font("Helvetica", "B", 9)
            pdf.cell(title_w, 5, "EXEMPT - NOT FOR PUBLICATION", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.set_font("Helvetica", "", 11)
        for para in item["text"]:
            pdf.set_x(lm + num_w + (6 if para[:3] in ("i. ", "ii.") else 0))
            pdf.multi_cell(title_w - 6, 5.5, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        if item.get("to_follow"):
            pdf.set_x(lm + num_w)
            pdf.set_font("Helvetica", "I", 11)
            pdf.cell(title_w, 5.5, "(Report to follow)", new_x="LMARGIN", new_y="NEXT")
        for child in item.get("children", []):
            cy = pdf.get_y()
            pdf.set_font("Helvetica", "B", 11)
            pdf.set_xy(lm + num_w, cy)
            pdf.cell(10, 5.5, child["number"])
            pdf.set_xy(lm + num_w + 10, cy)
            pdf.multi_cell(title_w - 10, 5.5, child["title"], new_x="LMARGIN", new_y="NEXT")
            end = pdf.get_y()
            pdf.set_font("Helvetica", "", 11)
            pdf.set_xy(lm + num_w + title_w, cy)
            first, last = child["pages"]
            pdf.cell(page_w, 5.5, f"{first} - {last}", align="R")
            pdf.set_xy(lm, end)
            for para in child.get("text", []):
                pdf.set_x(lm + num_w + 10)
                pdf.multi_cell(title_w - 10, 5.5, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        pdf.ln(3)
    return pdf


def _lines(pdf: FPDF, text: str, width: float, style: str) -> int:
    pdf.set_font("Helvetica", style, 11)
    return len(pdf.multi_cell(width, 5.5, text, dry_run=True, output="LINES"))


def _minutes_pdf() -> FPDF:
    pdf = _Minutes()
    pdf.set_title(f"{BODY} - Minutes - 12 March 2025")
    pdf.alias_nb_pages()
    pdf.add_page()
    lm = pdf.l_margin
    width = pdf.w - pdf.l_margin - pdf.r_margin
    lh = 5.6

    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 11)
    pdf.cell(0, 6, COUNCIL_GD, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(width, lh,
                   f"Minutes of Meeting of the {BODY} held in {VENUE} and remotely on "
                   "Wednesday 12 March 2025 at 10.30 am.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, lh, "Present:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    half = (len(PRESENT) + 1) // 2
    left, right = PRESENT[:half], PRESENT[half:]
    for i in range(half):
        hon, name, suffix, *_ = left[i]
        pdf.set_x(lm)
        pdf.cell(width / 2, lh, f"{hon} {name}{suffix}")
        if i < len(right):
            hon, name, suffix, *_ = right[i]
            pdf.cell(width / 2, lh, f"{hon} {name}{suffix}")
        pdf.ln(lh)
    pdf.ln(2)

    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, lh, "In attendance:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for hon, name, role in OFFICERS:
        pdf.multi_cell(width, lh, f"{hon} {name}, {role}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, lh, "Also in attendance:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for rank, name, org in ALSO:
        pdf.multi_cell(width, lh, f"{rank} {name}, {org}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, lh, "Mr A MacRitchie in the Chair", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, lh, "Business", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    num_w = 10
    text_w = width - num_w
    for item in MINUTE:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        if item["number"]:
            pdf.set_xy(lm, y)
            pdf.cell(num_w, lh, f"{item['number']}.")
        pdf.set_xy(lm + num_w, y)
        pdf.multi_cell(text_w, lh, item["title"], new_x="LMARGIN", new_y="NEXT")
        if item["gd"]:
            pdf.set_x(lm + num_w)
            pdf.set_font("Helvetica", "I", 11)
            pdf.multi_cell(text_w, lh, item["gd"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for block in item["blocks"]:
            _block(pdf, block, lm + num_w, text_w, lh)
        pdf.ln(2)

    pdf.set_font("Helvetica", "", 11)
    pdf.ln(2)
    pdf.set_x(lm + num_w)
    pdf.cell(0, lh, f"The meeting ended at {END_TIME}.", new_x="LMARGIN", new_y="NEXT")
    return pdf


def _room(pdf: FPDF, text: str, w: float, lh: float) -> None:
    """Start a new page first when a labelled row would not fit, so label and text stay
    together."""
    lines = len(pdf.multi_cell(w, lh, text, dry_run=True, output="LINES"))
    if pdf.get_y() + lines * lh > pdf.page_break_trigger:
        pdf.add_page()


def _block(pdf: FPDF, block: tuple, x: float, w: float, lh: float) -> None:
    kind = block[0]
    pdf.set_font("Helvetica", "", 11)
    if kind == "p":
        pdf.set_x(x)
        pdf.multi_cell(w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    elif kind == "sub":
        pdf.set_font("Helvetica", "BI", 11)
        pdf.set_x(x)
        pdf.multi_cell(w, lh, block[1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    elif kind == "b":
        for bullet in block[1]:
            _room(pdf, bullet, w - 8, lh)
            y = pdf.get_y()
            pdf.set_fill_color(0, 0, 0)
            pdf.ellipse(x + 3, y + lh / 2 - 0.8, 1.6, 1.6, style="F")
            pdf.set_xy(x + 8, y)
            pdf.multi_cell(w - 8, lh, bullet, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(1.7)
    elif kind in ("c", "l"):
        if kind == "c":
            _, lead, clauses, style = block
            labels = ROMAN if style == "roman" else ALPHA
            pairs = list(zip(labels, clauses))
            pdf.set_x(x)
            pdf.multi_cell(w, lh, lead, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pairs = [tuple(p) for p in block[1:]]
        for label, clause in pairs:
            _room(pdf, clause, w - 13, lh)
            y = pdf.get_y()
            pdf.set_xy(x + 4, y)
            pdf.cell(9, lh, label)
            pdf.set_xy(x + 13, y)
            pdf.multi_cell(w - 13, lh, clause, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.ln(1.5)
    elif kind == "v":
        for label, names in block[1]:
            _room(pdf, "x " * 40, w - 50, lh)
            y = pdf.get_y()
            pdf.set_font("Helvetica", "B", 11)
            pdf.set_xy(x, y)
            pdf.cell(50, lh, label)
            pdf.set_font("Helvetica", "", 11)
            pdf.set_xy(x + 50, y)
            text = ", ".join(_hon(n) for n in names) if names else "None"
            pdf.multi_cell(w - 50, lh, text, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1)
        pdf.ln(1.5)


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    written = []
    for sub, name, make in (("agendas", AGENDA_FILE, _agenda_pdf),
                            ("minutes", MINUTES_FILE, _minutes_pdf)):
        out = folder / sub
        out.mkdir(parents=True, exist_ok=True)
        path = out / name
        make().output(str(path))
        written.append(path)
    return written


# ---------------------------------------------------------------------------------------------
# Gold

def _agenda_gold() -> list[dict]:
    rows = []
    for item in AGENDA:
        part = item.get("part", "public")
        row = {"number": item["number"], "title": item["title"],
               "pages": ({"first": item["pages"][0], "last": item["pages"][1]}
                         if item.get("pages") else None),
               "part": part, "parent": None}
        if part == "exempt":
            row["section"] = EXCLUSION_BANNER
        if item.get("report"):
            row["report"] = item["report"]
        if item.get("gd"):
            row["note"] = f"Gaelic title printed beneath: {item['gd']}"
        rows.append(row)
        for child in item.get("children", []):
            crow = {"number": child["number"], "title": child["title"],
                    "pages": {"first": child["pages"][0], "last": child["pages"][1]},
                    "part": part, "parent": item["number"]}
            if child.get("report"):
                crow["report"] = child["report"]
            rows.append(crow)
    return rows


def _attendance() -> list[dict]:
    out = []
    for _hon_, name, suffix, status, role in PRESENT:
        rec = {"name": name, "status": status}
        if role:
            rec["role"] = role
        out.append(rec)
    for _hon_, name in APOLOGIES:
        out.append({"name": name, "status": "apologies"})
    for _hon_, name, role in OFFICERS:
        out.append({"name": name, "status": "in_attendance", "role": role})
    for rank, name, org in ALSO:
        out.append({"name": name, "status": "also_present", "role": f"{rank}, {org}"})
    return out


def gold() -> dict[str, dict]:
    meeting = {"body": BODY, "date": DATE, "start_time": "10:30", "contact": dict(CONTACT)}
    agenda = {
        "file": f"generated/agendas/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Each business item prints a Gaelic translation of its title in italics beneath "
            "the English title; the gold title is the English line only (Gaelic kept in note).",
            "Page ranges are the pack page numbers printed in the right margin; items 1, 2, 3 "
            "and 9 (headings over sub-items) and exempt item 13 (report to follow) print none.",
            "Sub-items are printed '(a)', '(b)' under item 3 and '(i)', '(ii)' under item 9; "
            "the gold number keeps the brackets as printed, with parent 3 or 9.",
            "'Exclusion of the Public' is an unnumbered banner with the Schedule 7A "
            "resolution text, not an item; items 12 and 13 after it are exempt and carry it as "
            "section.",
            "The notice letter's start time '10.30 am' is given as 10:30.",
            "The contact is the 'Enquiries to' block on page 1 (Committee Administrator).",
            "The report numbers (GAC/nn/25) are kept out of the titles, in 'report'.",
            "The recommendations 'i. approve ...' and 'ii. agree ...' printed under item 8 "
            "are the report's recommendations, not sub-items.",
            "The exempt items are marked 'EXEMPT - NOT FOR PUBLICATION' under their titles; "
            "that line is not part of the title.",
        ],
        "meeting": meeting,
        "agenda": _agenda_gold(),
    }
    items = [{"number": m["number"], "title": m["title"], "agenda_item": m["agenda_item"]}
             for m in MINUTE if m["number"]]
    minutes = {
        "file": f"generated/minutes/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Resolutions count every decision clause the minute records: each roman-numeral "
            "clause under 'The Committee:' (NOTED/AGREED/APPROVED), each lettered part under "
            "'The Committee APPROVED the Minutes of:', each numbered part of 'the Committee (1) "
            "noted ...; and (2) approved ...', each single-sentence 'The Committee NOTED/"
            "AGREED/RESOLVED ...', and 'NOTED ... and AGREED ...' in one sentence as two; "
            "the text of a motion before the vote is not counted, only the decision after it.",
            "The exclusion of the public is an unnumbered heading 'Exclusion of the Public' "
            "between items 11 and 12 with one RESOLVED clause; it is not listed as a minute "
            "item but its resolution is counted (per item under its heading title).",
            "Item 9's sub-headings (i) and (ii) are treated as parts of minute item 9, not as "
            "separate minute items; its 5 resolutions are 3 under (i) and 2 under (ii).",
            "Votes: 'yes' is the votes for the Motion and 'no' the votes for the Amendment; "
            "both motions were carried.",
            "Item 6 records Mr D Bain's dissent from decision ii. without a vote or an "
            "amendment; it is not listed as a vote.",
            "Members marked '(remote)' are 'virtual'; Mrs E Rennie, printed '(from item 4)' "
            "and recorded as joining during item 4, is 'present'.",
            "The Chair role comes from the line 'Mr A MacRitchie in the Chair' after the "
            "attendance lists; no other role is printed for members.",
            "Police and fire officers under 'Also in attendance' are 'also_present'; names "
            "drop the rank (Chief Inspector, Inspector, Group Manager) like an honorific.",
            "Names are printed with initials only (e.g. 'Mr A MacRitchie'), so the gold names "
            "are initial and surname.",
            "Apologies are recorded in minute item 1, not in the attendance block.",
        ],
        "meeting": {"body": BODY, "date": DATE, "start_time": "10:30", "end_time": "13:05"},
        "minutes": {
            "items": items,
            "resolutions": sum(RES.values()),
            "resolutions_per_item": dict(RES),
            "votes": [
                {"item": "8", "result": "carried",
                 "counts": {"yes": 7, "no": 4, "abstain": 0},
                 "voters": {"yes": list(MOTION_FOR), "no": list(AMENDMENT_FOR),
                            "abstain": []},
                 "motion": "approve the Traffic Regulation Order as advertised; review after "
                           "twelve months",
                 "mover": "A MacRitchie", "seconder": "F Urquhart",
                 "result_as_printed": "the MOTION was therefore CARRIED",
                 "note": "Amendment (J Gillanders / R Sutherland-Kerr) to defer for further "
                         "consultation."},
                {"item": "10", "result": "carried",
                 "counts": {"yes": 6, "no": 4, "abstain": 1},
                 "motion": "approve the Glenmorie Men's Shed application (£6,200) in full",
                 "mover": "F Urquhart", "seconder": "D Bain",
                 "result_as_printed": "the MOTION was therefore CARRIED",
                 "note": "Figures only; amendment (L Fyfe / K Drummond) for an award of "
                         "£3,000."},
            ],
            "attendance": _attendance(),
        },
    }
    return {
        f"agendas__{AGENDA_FILE[:-4]}": agenda,
        f"minutes__{MINUTES_FILE[:-4]}": minutes,
    }

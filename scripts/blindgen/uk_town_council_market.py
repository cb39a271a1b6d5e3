"""Market Harwell Town Council (fictional English market town): one Full Council meeting.

The council has fifteen seats, a Town Mayor who chairs the Full Council, a Town Clerk, a Deputy
Town Clerk who is the Responsible Financial Officer, and committees for planning, amenities and
finance. Two PDFs are written for the meeting of Wednesday 12th March 2025:

* agendas/market-harwell_full-council_2025-03-12_agenda.pdf - the summons signed by the Town
  Clerk and the agenda: numbered items with decimal sub-items (reports of committees, finance),
  a public forum, a resolution to exclude the press and public and two confidential items.
* minutes/market-harwell_full-council_2025-03-12_minutes.pdf - the minutes of that meeting as a
  town council prints them: "Present" in two columns with the Mayor in the chair, officers in
  attendance, others also present (county and district councillors, the press, a number of the
  public), apologies approved with reasons, a councillor absent, one arriving late and one
  leaving early, minute numbers in the "C/187/24" style, "RESOLVED: That ..." decisions (some in
  numbered parts), votes with figures, a recorded vote naming members, declarations of interest
  and a small table of Community Infrastructure Levy allocations.

All names, places and figures are invented.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

SLUG = "market-harwell"
BODY_SLUG = "full-council"
DATE = "2025-03-12"
COUNCIL = "MARKET HARWELL TOWN COUNCIL"
ADDRESS = "Town Hall, Sheep Street, Market Harwell, Midshire HW4 7BQ"
PHONE = "01632 960418"
EMAIL = "clerk@marketharwell-tc.gov.uk"
WEB = "www.marketharwell-tc.gov.uk"
CLERK = "Helen Garside"
LONG_DATE = "Wednesday 12th March 2025"
FIXED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)

AGENDA_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_agenda.pdf"
MINUTES_FILE = f"{SLUG}_{BODY_SLUG}_{DATE}_minutes.pdf"

# ---------------------------------------------------------------------------------------------
# Agenda data: (number, title, description lines, part, parent)
# ---------------------------------------------------------------------------------------------

PART2 = "PART 2 - CONFIDENTIAL BUSINESS"

AGENDA = [
    ("1", "Apologies for Absence",
     ["To receive apologies for absence and to consider approving the reasons given "
      "(Local Government Act 1972, s.85)."], "public", None),
    ("2", "Declarations of Interest and Dispensations",
     ["To receive declarations of disclosable pecuniary interests, other registrable interests "
      "and non-registrable interests in items on this agenda, in accordance with the Council's "
      "Code of Conduct, and to consider any written requests for dispensation received by the "
      "Town Clerk."], "public", None),
    ("3", "Public Forum",
     ["The meeting will be adjourned for a period of up to 15 minutes to allow members of the "
      "public to address the Council on items on this agenda or matters of local concern. Each "
      "speaker is limited to 3 minutes. The Council cannot take decisions on matters raised "
      "which are not on the agenda."], "public", None),
    ("4", "Minutes",
     ["To approve as a correct record and for the Mayor to sign the minutes of the Full Council "
      "meeting held on Wednesday 12th February 2025 (copy enclosed)."], "public", None),
    ("5", "Mayor's Announcements and Correspondence",
     ["To receive the Mayor's report of engagements since the last meeting and any "
      "correspondence received (for information only)."], "public", None),
    ("6", "Reports from County and District Councillors",
     ["To receive verbal reports from the Midshire County Councillor for Harwell Division and "
      "the Vale of Harwell District Councillors."], "public", None),
    ("7", "Reports of Committees",
     ["To receive the minutes of the following meetings and to consider any recommendations "
      "contained therein:"], "public", None),
    ("7.1", "Planning and Environment Committee - 17th February and 3rd March 2025", [],
     "public", "7"),
    ("7.2", "Amenities and Open Spaces Committee - 24th February 2025", [
        "Recommendation (minute AOS/41/24): that the quotation of Ridgeway Play Surfaces Ltd in "
        "the sum of £18,450.00 + VAT for resurfacing the skate park at Coopers Field be accepted "
        "and funded from the Open Spaces earmarked reserve."], "public", "7"),
    ("7.3", "Finance and General Purposes Committee - 26th February 2025", [], "public", "7"),
    ("8", "Finance", [], "public", None),
    ("8.1", "To approve the schedule of payments for February 2025 totalling £48,213.67 "
     "(App. A)", [], "public", "8"),
    ("8.2", "To receive the bank reconciliation as at 28th February 2025 (Appendix B)", [],
     "public", "8"),
    ("8.3", "To receive the budget monitoring report to 28th February 2025 (Appendix C)", [],
     "public", "8"),
    ("8.4", "To adopt the revised Earmarked Reserves Policy (Appendix D)", [], "public", "8"),
    ("9", "Charter Fair and Christmas Lights 2025",
     ["To consider the report of the Town Clerk on the 2025 Charter Fair, including the "
      "proposal to hold the fair over two days (Saturday 27th and Sunday 28th September 2025), "
      "and the contract for the Christmas lights."], "public", None),
    ("10", "Community Infrastructure Levy - Neighbourhood Portion",
     ["To consider the five applications received for funding from the neighbourhood portion of "
      "CIL receipts (summary enclosed) and to determine allocations."], "public", None),
    ("11", "Annual Town Meeting 2025",
     ["To confirm the date, venue and arrangements for the Annual Town Meeting."], "public",
     None),
    ("12", "Items for Information and Future Agendas",
     ["Members are reminded that no decisions may be taken under this item."], "public", None),
    ("13", "Date of Next Meeting",
     ["Wednesday 9th April 2025 at 7.00pm, Council Chamber, Town Hall."], "public", None),
    ("14", "Exclusion of the Press and Public",
     ["To resolve that, in view of the confidential nature of the business about to be "
      "transacted, it is advisable in the public interest that the press and public are "
      "temporarily excluded and they are instructed to withdraw (Public Bodies (Admission to "
      "Meetings) Act 1960, s.1(2))."], "public", None),
    ("15", "Staffing",
     ["To consider the recommendation of the Staffing Sub-Committee of 20th February 2025 "
      "regarding the grading of the post of Deputy Town Clerk."], "exempt", None),
    ("16", "Market Hall - Unit 3 Lease Renewal",
     ["To consider the proposed heads of terms for the renewal of the lease of Unit 3, "
      "Market Hall."], "exempt", None),
]

ENCLOSURES = [
    "Draft minutes of the Full Council meeting held on 12th February 2025",
    "Minutes of the Planning and Environment Committee (17th February and 3rd March 2025), the "
    "Amenities and Open Spaces Committee (24th February 2025) and the Finance and General "
    "Purposes Committee (26th February 2025)",
    "Appendices A to D (finance)",
    "Town Clerk's report: Charter Fair and Christmas Lights 2025",
    "Summary of CIL applications received",
    "Confidential papers for items 15 and 16 (members only, under separate cover)",
]
PUBLIC_NOTES = [
    "Public Forum: members of the public may speak for up to 3 minutes each during the Public "
    "Forum at item 3. Those wishing to speak are asked to give their name and the subject to "
    "the Town Clerk before the start of the meeting. Questions may also be submitted in writing "
    "by noon on the day of the meeting.",
    "Access: the Council Chamber is on the first floor of the Town Hall and is served by a lift "
    "from the Sheep Street entrance. A hearing loop is available.",
    "Papers: agendas, reports and minutes are published on the Council's website and may be "
    "inspected at the Town Hall between 9.30am and 1.00pm, Monday to Friday.",
]

# ---------------------------------------------------------------------------------------------
# Attendance
# ---------------------------------------------------------------------------------------------

# (name, role printed, note printed after the name)
PRESENT = [
    ("Patricia Whitlock", "Town Mayor", "in the Chair"),
    ("Richard Amberley", "Deputy Mayor", ""),
    ("Sunita Bhatt", "", ""),
    ("Dawn Coombes", "", ""),
    ("Terence Farrant", "", ""),
    ("Jill Hollis", "", ""),
    ("Kevin Lomax", "", "*"),
    ("Adaeze Nwosu", "", ""),
    ("Gareth Pendry", "", ""),
    ("Carol Rudd", "", ""),
    ("Martin Straker", "", ""),
    ("Dominic Tull", "", "*"),
]
OFFICERS = [
    ("Helen Garside", "Town Clerk"),
    ("Marcus Ellery", "Deputy Town Clerk and RFO"),
    ("Joanne Pask", "Administration Officer (minutes)"),
]
ALSO = [
    ("Alan Voss", "County Councillor, Harwell Division", "County Cllr"),
    ("Megan Thirlby", "District Councillor, Harwell East Ward", "District Cllr"),
    ("Owen Tate", "Harwell Courier", "Mr"),
]
PUBLIC_COUNT = 9
APOLOGIES = [("Fiona Gadd", "work commitments"), ("Nigel Oakes", "unwell")]
ABSENT = ["Brian Eccles"]

# ---------------------------------------------------------------------------------------------
# Minutes data: (number, heading, agenda item, blocks)
# blocks: ("p", text) | ("res", [parts]) | ("vote", text) | ("recorded", dict) | ("table", None)
#         | ("sub", heading) | ("i", italic note)
# ---------------------------------------------------------------------------------------------

CIL_COLUMNS = ["Ref", "Applicant", "Project", "Requested £", "Allocated £"]
CIL_WIDTHS = [19, 44, 65, 22, 22]
CIL_ROWS = [
    ["CIL/25/01", "Harwell Scout Group", "Replacement roof, Scout Hut, Tanners Lane", "6,500.00",
     "5,000.00"],
    ["CIL/25/02", "Friends of Abbotsmead Park", "Accessible path and two benches", "12,800.00",
     "12,800.00"],
    ["CIL/25/03", "Market Harwell Bowls Club", "Defibrillator cabinet and training", "1,450.00",
     "1,450.00"],
    ["CIL/25/04", "St Aldhelm's Church PCC", "Churchyard boundary wall repairs", "9,000.00",
     "Nil"],
    ["CIL/25/05", "Harwell Youth Hub CIC", "Youth shelter, Coopers Field", "7,200.00",
     "6,000.00"],
]
CIL_TITLE = "Table 1: CIL Neighbourhood Portion - Allocations March 2025"

MINUTES = [
    ("C/187/24", "APOLOGIES FOR ABSENCE", "1", [
        ("p", "Apologies for absence were received from Cllr Fiona Gadd (work commitments) and "
              "Cllr Nigel Oakes (unwell)."),
        ("res", ["That the apologies and the reasons given be received and approved."]),
        ("p", "Cllr Brian Eccles was absent; no apology had been received by the Town Clerk. "
              "Members noted that the six month period under s.85 of the Local Government Act "
              "1972 would not expire until July 2025."),
    ]),
    ("C/188/24", "DECLARATIONS OF INTEREST AND DISPENSATIONS", "2", [
        ("p", "Cllr Rudd declared an Other Registrable Interest in minute C/198/24 (Community "
              "Infrastructure Levy) as a trustee of the Harwell Scout Group, one of the "
              "applicants, and stated that she would leave the meeting for that item."),
        ("p", "Cllr Pendry declared a Non-Registrable Interest in minute C/197/24 (Charter "
              "Fair) as his son is employed by one of the travelling showmen's families "
              "attending the fair. He would remain in the meeting but would not speak; having "
              "taken the Town Clerk's advice he was permitted to vote."),
        ("p", "No written requests for dispensation had been received."),
    ]),
    ("C/189/24", "PUBLIC FORUM", "3", [
        ("p", "The Mayor adjourned the meeting at 7.04pm. Three members of the public addressed "
              "the Council:"),
        ("p", "(i) a resident of Mill Lane raised the continuing problem of vehicles parking on "
              "the pavement in Sheep Street on market days and asked the Council to press the "
              "County Council for enforcement;"),
        ("p", "(ii) a parent spoke in support of resurfacing the skate park at Coopers Field, "
              "describing the present surface as dangerous; and"),
        ("p", "(iii) the Group Scout Leader of the Harwell Scout Group spoke about the condition "
              "of the Scout Hut roof and the group's CIL application."),
        ("p", "The Mayor thanked the speakers. The Town Clerk would write to the Midshire "
              "Highways parking team about Sheep Street. The meeting was reconvened at 7.21pm."),
    ]),
    ("C/190/24", "MINUTES OF THE PREVIOUS MEETING", "4", [
        ("p", "The minutes of the Full Council meeting held on 12th February 2025, having been "
              "circulated, were considered. Cllr Hollis asked that minute C/176/24 be amended to "
              "read \"Coopers Field\" in place of \"Coopers Meadow\"; this was agreed."),
        ("vote", "Proposed by Cllr Straker and seconded by Cllr Hollis. On being put to the vote "
                 "there were 9 votes in favour, 0 against and 2 abstentions (members not present "
                 "at that meeting)."),
        ("res", ["That, subject to the amendment above, the minutes of the meeting held on 12th "
                 "February 2025 be approved as a correct record and signed by the Mayor."]),
    ]),
    ("C/191/24", "MAYOR'S ANNOUNCEMENTS AND CORRESPONDENCE", "5", [
        ("p", "The Mayor reported that since the last meeting she had attended eleven "
              "engagements, including the opening of the refurbished Corn Exchange foyer, the "
              "Harwell Primary School science fair and the Civic Service at St Aldhelm's Church, "
              "where she thanked the Deputy Mayor for reading the lesson."),
        ("p", "Correspondence had been received from the Vale of Harwell District Council "
              "confirming that the Market Place car park charges would not be increased in "
              "2025/26, and from a resident thanking the Council for the new bench on Bridge "
              "Walk. The announcements and correspondence were NOTED."),
    ]),
    ("C/192/24", "REPORTS FROM COUNTY AND DISTRICT COUNCILLORS", "6", [
        ("p", "County Cllr Voss reported that the resurfacing of the A4128 Harwell Road would "
              "start on 7th April with overnight closures for three weeks, and that the County "
              "Council had agreed its 2025/26 budget with a council tax increase of 4.99%. He "
              "undertook to raise the Sheep Street parking issue with the Cabinet Member."),
        ("p", "District Cllr Thirlby reported on the consultation on the District Local Plan "
              "review, which closes on 30th April 2025, and encouraged the Council to respond. "
              "The reports were NOTED."),
    ]),
    ("C/193/24", "PLANNING AND ENVIRONMENT COMMITTEE", "7.1", [
        ("i", "Cllr Tull arrived at 7.40pm, at the start of this item."),
        ("p", "The minutes of the meetings of the Planning and Environment Committee held on 17th "
              "February and 3rd March 2025 were presented by the Chairman of the Committee, Cllr "
              "Coombes. There were no recommendations to Council."),
        ("res", ["That the minutes of the Planning and Environment Committee meetings held on "
                 "17th February and 3rd March 2025 be received."]),
    ]),
    ("C/194/24", "AMENITIES AND OPEN SPACES COMMITTEE", "7.2", [
        ("p", "The minutes of the meeting held on 24th February 2025 were presented by Cllr "
              "Farrant. Members considered the recommendation at minute AOS/41/24 for the "
              "resurfacing of the skate park at Coopers Field. Three quotations had been "
              "obtained; the Deputy Town Clerk confirmed that the Open Spaces earmarked reserve "
              "stood at £31,260 and that the cost could be met from it."),
        ("p", "Some members felt that the Council should await the outcome of a bid to the "
              "Midshire Community Fund before committing its own reserves. It was proposed by "
              "Cllr Farrant and seconded by Cllr Nwosu that the recommendation be adopted."),
        ("vote", "For: 8    Against: 3    Abstentions: 1    - the motion was CARRIED."),
        ("res", ["That the minutes of the Amenities and Open Spaces Committee meeting held on "
                 "24th February 2025 be received.",
                 "That the recommendation at minute AOS/41/24 be adopted and the quotation of "
                 "Ridgeway Play Surfaces Ltd in the sum of £18,450.00 plus VAT be accepted, to "
                 "be funded from the Open Spaces earmarked reserve."]),
    ]),
    ("C/195/24", "FINANCE AND GENERAL PURPOSES COMMITTEE", "7.3", [
        ("p", "The minutes of the meeting held on 26th February 2025 were presented by the "
              "Chairman of the Committee, Cllr Amberley, who drew attention to the recommendation "
              "at minute FGP/58/24 that the Council renew its insurance with Harrowgate Mutual "
              "Insurance on a three year long-term agreement at an annual premium of £6,842.19."),
        ("res", ["That the minutes of the Finance and General Purposes Committee held on 26th "
                 "February 2025 be received and the recommendation at minute FGP/58/24 be "
                 "adopted."]),
    ]),
    ("C/196/24", "FINANCE", "8", [
        ("sub", "(a) Schedule of payments"),
        ("p", "The schedule of payments for February 2025 totalling £48,213.67 had been "
              "circulated. In answer to a question from Cllr Lomax, the Deputy Town Clerk "
              "explained that the payment of £7,415.00 to Vale Electrical Services was the final "
              "stage payment for the Market Place lighting columns."),
        ("res", ["That the schedule of payments for February 2025 totalling £48,213.67 be "
                 "approved and that two members sign the schedule and authorise the payments "
                 "online."]),
        ("sub", "(b) Bank reconciliation"),
        ("p", "The bank reconciliation as at 28th February 2025, showing balances of £214,377.52 "
              "across the current, deposit and public sector deposit fund accounts, had been "
              "checked and signed by Cllr Bhatt."),
        ("res", ["That the bank reconciliation as at 28th February 2025 be received."]),
        ("sub", "(c) Budget monitoring"),
        ("p", "The budget monitoring report to 28th February 2025 was NOTED. Income was 2% above "
              "the profiled budget, largely due to market stall fees; expenditure was within "
              "budget."),
        ("sub", "(d) Earmarked Reserves Policy"),
        ("res", ["That the revised Earmarked Reserves Policy be adopted with immediate "
                 "effect."]),
    ]),
    ("C/197/24", "CHARTER FAIR AND CHRISTMAS LIGHTS 2025", "9", [
        ("p", "The Town Clerk presented her report. The Charter Fair, held under the town's 1256 "
              "charter, had in recent years taken place on a single Saturday; the Showmen's Guild "
              "section had asked whether the Council would consider a two day fair in 2025. The "
              "Police and the County Council had raised no objection subject to a road closure "
              "order for the Market Place."),
        ("p", "It was proposed by Cllr Bhatt and seconded by the Deputy Mayor that the 2025 "
              "Charter Fair be held on Saturday 27th and Sunday 28th September 2025."),
        ("p", "An amendment was moved by Cllr Straker and seconded by Cllr Lomax that the fair "
              "remain a single day event on Saturday 27th September 2025. On being put to the "
              "vote the amendment was LOST (4 for, 7 against, 1 abstention)."),
        ("p", "Before the substantive motion was put, Cllr Straker requested a recorded vote, "
              "which was supported by two other members in accordance with Standing Order 3(j). "
              "The votes were recorded as follows:"),
        ("recorded", {
            "For": ["Amberley", "Bhatt", "Coombes", "Hollis", "Nwosu", "Rudd", "Tull",
                    "Whitlock"],
            "Against": ["Farrant", "Lomax", "Pendry", "Straker"],
            "Abstained": [],
        }),
        ("p", "The substantive motion was therefore CARRIED by 8 votes to 4. Members then "
              "considered the Christmas lights contract, which expires in January 2026."),
        ("res", ["That the 2025 Charter Fair be held over two days on Saturday 27th and Sunday "
                 "28th September 2025.",
                 "That the Town Clerk apply to Midshire County Council for a temporary road "
                 "closure order for the Market Place and Sheep Street for both days.",
                 "That the Town Clerk invite tenders for the supply, installation and removal of "
                 "the Christmas lights for 2026 to 2028, to be reported to the Amenities and "
                 "Open Spaces Committee."]),
        ("i", "Cllr Lomax left the meeting at 8.55pm at the conclusion of this item."),
    ]),
    ("C/198/24", "COMMUNITY INFRASTRUCTURE LEVY - NEIGHBOURHOOD PORTION", "10", [
        ("i", "Having declared an interest (minute C/188/24), Cllr Rudd left the Chamber at "
              "8.56pm."),
        ("p", "The Deputy Town Clerk reported that £27,614.20 of neighbourhood CIL was "
              "available. Five applications had been received and assessed against the "
              "Council's CIL Spending Protocol. The St Aldhelm's Church PCC application was not "
              "eligible as the works are repairs rather than infrastructure; the applicant "
              "would be signposted to the Council's community grants scheme. Allocations were "
              "proposed by Cllr Hollis and seconded by Cllr Pendry as set out in Table 1."),
        ("table", None),
        ("p", "Total allocated £25,250.00, leaving £2,364.20 to be carried forward."),
        ("vote", "Upon being put to the vote: 9 in favour, none against, 1 abstention. "
                 "CARRIED."),
        ("res", ["That neighbourhood CIL be allocated as shown in Table 1, each award to be "
                 "subject to the Council's standard conditions of grant and to be spent by 31st "
                 "March 2026."]),
        ("i", "Cllr Rudd returned to the Chamber at 9.08pm."),
    ]),
    ("C/199/24", "ANNUAL TOWN MEETING 2025", "11", [
        ("res", ["That the Annual Town Meeting be held on Wednesday 23rd April 2025 at 7.00pm in "
                 "the Corn Exchange, with light refreshments, and that local organisations be "
                 "invited to display information from 6.30pm."]),
    ]),
    ("C/200/24", "ITEMS FOR INFORMATION AND FUTURE AGENDAS", "12", [
        ("p", "Cllr Nwosu asked for a report on the Council's tree survey to be brought to the "
              "Amenities and Open Spaces Committee. Cllr Farrant asked that the Council's "
              "response to the District Local Plan consultation be placed on the April agenda."),
    ]),
    ("C/201/24", "DATE OF NEXT MEETING", "13", [
        ("p", "The next meeting of the Full Council will be held on Wednesday 9th April 2025 at "
              "7.00pm in the Council Chamber, Town Hall."),
    ]),
    ("C/202/24", "EXCLUSION OF THE PRESS AND PUBLIC", "14", [
        ("res", ["That in view of the confidential nature of the business about to be "
                 "transacted, relating to staffing and to commercial terms, it is advisable in "
                 "the public interest that the press and public be temporarily excluded and "
                 "they are instructed to withdraw (Public Bodies (Admission to Meetings) Act "
                 "1960, s.1(2))."]),
        ("p", "The member of the press, the members of the public and County Cllr Voss and "
              "District Cllr Thirlby left the meeting at 9.12pm."),
    ]),
    ("C/203/24", "STAFFING", "15", [
        ("i", "The Deputy Town Clerk left the meeting for this item."),
        ("p", "Members considered the recommendation of the Staffing Sub-Committee of 20th "
              "February 2025 following the job evaluation of the post of Deputy Town Clerk "
              "and RFO."),
        ("res", ["That the recommendation of the Staffing Sub-Committee be approved and the post "
                 "of Deputy Town Clerk and RFO be regraded to SCP 28-31 with effect from 1st April "
                 "2025."]),
        ("i", "The Deputy Town Clerk returned to the meeting."),
    ]),
    ("C/204/24", "MARKET HALL - UNIT 3 LEASE RENEWAL", "16", [
        ("p", "The Town Clerk reported on negotiations with the tenant of Unit 3, Market Hall, "
              "whose lease expires on 24th June 2025. The tenant had proposed a five year lease "
              "with a tenant's break at year three."),
        ("res", ["That the Town Clerk, in consultation with the Mayor and the Chairman of the "
                 "Finance and General Purposes Committee, be authorised to agree heads of terms "
                 "for a five year lease of Unit 3 at a rent of not less than £9,600 per annum.",
                 "That the Council's solicitors, Penrose & Wyatt, be instructed to prepare the "
                 "lease, the tenant to contribute £750 towards the Council's legal costs."]),
    ]),
]

END_TIME = "9.32pm"

VOTES = [
    {"item": "C/190/24", "result": "carried", "counts": {"yes": 9, "no": 0, "abstain": 2},
     "mover": "Straker", "seconder": "Hollis",
     "motion": "That the minutes of 12th February 2025 be approved as a correct record"},
    {"item": "C/194/24", "result": "carried", "counts": {"yes": 8, "no": 3, "abstain": 1},
     "mover": "Farrant", "seconder": "Nwosu",
     "motion": "That the recommendation at minute AOS/41/24 be adopted"},
    {"item": "C/197/24", "result": "lost", "counts": {"yes": 4, "no": 7, "abstain": 1},
     "mover": "Straker", "seconder": "Lomax",
     "motion": "Amendment: that the Charter Fair remain a single day event"},
    {"item": "C/197/24", "result": "carried", "counts": {"yes": 8, "no": 4, "abstain": 0},
     "mover": "Bhatt", "seconder": "Amberley",
     "motion": "That the 2025 Charter Fair be held over two days (recorded vote)",
     "voters": {"yes": ["Amberley", "Bhatt", "Coombes", "Hollis", "Nwosu", "Rudd", "Tull",
                        "Whitlock"],
                "no": ["Farrant", "Lomax", "Pendry", "Straker"], "abstain": []}},
    {"item": "C/198/24", "result": "carried", "counts": {"yes": 9, "no": 0, "abstain": 1},
     "mover": "Hollis", "seconder": "Pendry",
     "motion": "That neighbourhood CIL be allocated as shown in Table 1"},
]


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------


class _Doc(FPDF):
    def __init__(self, kind: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.kind = kind
        self.set_creation_date(FIXED)
        self.set_margins(20, 18, 18)
        self.set_auto_page_break(True, margin=24)
        self.alias_nb_pages()
        self.set_title(f"Market Harwell Town Council - Full Council - {kind}")
        self.set_author("Market Harwell Town Council")

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_x(20)
        if self.kind == "agenda":
            self.cell(0, 5, "Market Harwell Town Council - Full Council Agenda - 12th March 2025",
                      align="R")
        else:
            self.cell(0, 5, "Full Council - 12th March 2025", align="L")
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_x(20)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(60, 60, 60)
        if self.kind == "agenda":
            self.cell(0, 4, f"{ADDRESS}   |   Tel {PHONE}   |   {EMAIL}", align="C")
            self.ln(4)
            self.set_x(20)
            self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        else:
            self.cell(85, 4, "Mayor's initials: ..............")
            self.cell(0, 4, f"{self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def _letterhead(pdf: _Doc) -> None:
    pdf.set_font("Times", "B", 20)
    pdf.cell(0, 9, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10)
    pdf.cell(0, 5, ADDRESS, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, f"Telephone: {PHONE}    Email: {EMAIL}    {WEB}", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "I", 10)
    pdf.cell(0, 5, "Town Clerk: Helen M. Garside PSLCC", align="C", new_x="LMARGIN",
             new_y="NEXT")
    y = pdf.get_y() + 2
    pdf.set_line_width(0.6)
    pdf.line(20, y, 192, y)
    pdf.set_line_width(0.2)
    pdf.line(20, y + 1.2, 192, y + 1.2)
    pdf.set_y(y + 6)


def _render_agenda() -> _Doc:
    pdf = _Doc("agenda")
    pdf.add_page()
    _letterhead(pdf)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5, "5th March 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 5, "To: The Town Mayor and all Members of Market Harwell Town Council",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 5.2,
                   "Dear Councillor,\n\nYou are hereby summoned to attend a meeting of the "
                   "**FULL COUNCIL** of Market Harwell Town Council to be held in the Council "
                   "Chamber, Town Hall, Sheep Street, Market Harwell on **Wednesday 12th March "
                   "2025 at 7.00pm** for the purpose of transacting the business set out in the "
                   "agenda below.", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Times", "I", 15)
    pdf.cell(0, 7, "H M Garside", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5, "Helen Garside", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Town Clerk", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(0, 4.4,
                   "Members of the press and public are welcome to attend. This meeting may be "
                   "recorded or filmed by any person present in accordance with the Openness of "
                   "Local Government Bodies Regulations 2014; anyone wishing to do so is asked to "
                   "inform the Town Clerk before the meeting. Enquiries about this agenda: "
                   f"Helen Garside, Town Clerk, tel {PHONE}, email {EMAIL}.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "BU", 13)
    pdf.cell(0, 7, "AGENDA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    previous_sub = False
    for number, title, lines, part, parent in AGENDA:
        if parent is None and previous_sub:
            pdf.ln(2)
        previous_sub = parent is not None
        if number == "15":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 6, PART2, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        if pdf.get_y() > 250:
            pdf.add_page()
        y = pdf.get_y()
        if parent is None:
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.set_xy(20, y)
            pdf.cell(12, 5.4, f"{number}.")
            pdf.set_left_margin(32)
            pdf.set_xy(32, y)
            pdf.multi_cell(0, 5.4, title.upper() if part == "exempt" else title,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10.5)
            for line in lines:
                pdf.multi_cell(0, 5.2, line, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(20)
            pdf.ln(2.5 if lines else 1.5)
        else:
            pdf.set_font("Helvetica", "", 10.5)
            pdf.set_xy(32, y)
            pdf.cell(12, 5.2, number)
            pdf.set_left_margin(44)
            pdf.set_xy(44, y)
            pdf.multi_cell(0, 5.2, title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "I", 10)
            for line in lines:
                pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(20)
            pdf.ln(1.5)
    pdf.ln(4)
    if pdf.get_y() > 230:
        pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5.2, "Enclosures circulated with this agenda", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for line in ENCLOSURES:
        y = pdf.get_y()
        pdf.set_xy(24, y)
        pdf.cell(5, 5, "-")
        pdf.set_left_margin(29)
        pdf.set_xy(29, y)
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(20)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5.2, "Notes for members of the public", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    for line in PUBLIC_NOTES:
        pdf.multi_cell(0, 4.8, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(0, 4.2,
                   "Distribution: Members of the Council; County Cllr A. Voss; District Cllrs for "
                   "Harwell East and Harwell West; Harwell Courier; Town Hall and Market Place "
                   "notice boards; Council website.", new_x="LMARGIN", new_y="NEXT")
    return pdf


def _margin_heading(pdf: _Doc, number: str, heading: str) -> None:
    if pdf.get_y() > 245:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_xy(20, y)
    pdf.cell(24, 5.4, number)
    pdf.set_left_margin(45)
    pdf.set_xy(45, y)
    pdf.multi_cell(0, 5.4, heading, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def _body(pdf: _Doc, text: str, style: str = "") -> None:
    pdf.set_font("Helvetica", style, 10.5)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)


def _resolved(pdf: _Doc, parts: list[str]) -> None:
    if len(parts) == 1:
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(0, 5.2, f"**RESOLVED:** {parts[0]}", markdown=True, new_x="LMARGIN",
                       new_y="NEXT")
    else:
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(0, 5.2, "RESOLVED:", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10.5)
        for i, part in enumerate(parts, 1):
            y = pdf.get_y()
            pdf.set_xy(47, y)
            pdf.cell(7, 5.2, f"{i}.")
            pdf.set_left_margin(54)
            pdf.set_xy(54, y)
            pdf.multi_cell(0, 5.2, part, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(45)
    pdf.ln(1.6)


def _recorded(pdf: _Doc, groups: dict[str, list[str]]) -> None:
    pdf.set_font("Helvetica", "", 10.5)
    for label, names in groups.items():
        y = pdf.get_y()
        pdf.set_xy(50, y)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(32, 5.2, f"{label} ({len(names)}):")
        pdf.set_font("Helvetica", "", 10.5)
        pdf.set_left_margin(82)
        pdf.set_xy(82, y)
        text = ("Cllrs " + ", ".join(names)) if names else "None"
        pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(45)
    pdf.ln(1.6)


def _table(pdf: _Doc, meta: dict) -> None:
    if pdf.get_y() > 215:
        pdf.add_page()
    meta["table_page"] = pdf.page_no()
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(0, 5.5, CIL_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_fill_color(225, 225, 225)
    for col, w in zip(CIL_COLUMNS, CIL_WIDTHS):
        pdf.cell(w, 6, col, border=1, fill=True, align="R" if "£" in col else "L")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 9)
    for row in CIL_ROWS:
        pdf.set_x(20)
        for i, (val, w) in enumerate(zip(row, CIL_WIDTHS)):
            pdf.cell(w, 5.6, val, border=1, align="R" if i >= 3 else "L")
        pdf.ln(5.6)
    pdf.ln(2.5)


def _two_columns(pdf: _Doc, entries: list[str], x: float = 45, col_w: float = 73) -> None:
    half = (len(entries) + 1) // 2
    left, right = entries[:half], entries[half:]
    pdf.set_font("Helvetica", "", 10.5)
    for i in range(half):
        y = pdf.get_y()
        pdf.set_xy(x, y)
        pdf.cell(col_w, 5.2, left[i])
        if i < len(right):
            pdf.cell(col_w, 5.2, right[i])
        pdf.ln(5.2)


def _render_minutes() -> tuple[_Doc, dict]:
    meta: dict = {}
    pdf = _Doc("minutes")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 7, COUNCIL, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 5.6,
                   "MINUTES of the meeting of the FULL COUNCIL held in the Council Chamber, "
                   f"Town Hall, Sheep Street, Market Harwell on {LONG_DATE} at 7.00pm",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_xy(20, y)
    pdf.cell(29, 5.2, "Present:")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.set_xy(50, y)
    pdf.cell(0, 5.2, "Cllr Patricia Whitlock (Town Mayor) - in the Chair", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(1)
    entries = []
    for name, role, note in PRESENT[1:]:
        text = f"Cllr {name}"
        if role:
            text += f" ({role})"
        entries.append(text + note)
    _two_columns(pdf, entries, x=50, col_w=71)
    pdf.set_font("Helvetica", "I", 9)
    pdf.set_x(50)
    pdf.cell(0, 5, "* Cllr Tull from 7.40pm (minute C/193/24); Cllr Lomax until 8.55pm "
             "(minute C/197/24)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)

    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_xy(20, y)
    pdf.cell(29, 5.2, "In attendance:")
    pdf.set_font("Helvetica", "", 10.5)
    for name, role in OFFICERS:
        pdf.set_xy(50, pdf.get_y())
        pdf.cell(0, 5.2, f"{name} - {role}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)

    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_xy(20, y)
    pdf.cell(29, 5.2, "Also present:")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.set_left_margin(50)
    pdf.set_xy(50, y)
    also = (f"County Cllr {ALSO[0][0]} (Midshire County Council, Harwell Division); District "
            f"Cllr {ALSO[1][0]} (Vale of Harwell District Council, Harwell East Ward); "
            f"Mr {ALSO[2][0]} ({ALSO[2][1]}); and {PUBLIC_COUNT} members of the public.")
    pdf.multi_cell(0, 5.2, also, new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(20)
    pdf.ln(3)
    pdf.set_line_width(0.3)
    pdf.line(20, pdf.get_y(), 192, pdf.get_y())
    pdf.ln(4)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(0, 5, "The Mayor welcomed everyone to the meeting and reminded those present "
                   "that the meeting was being recorded by the Council for the purpose of "
                   "preparing the minutes.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    meta["pages"] = {}
    for number, heading, _agenda_item, blocks in MINUTES:
        if number == "C/203/24":
            pdf.set_left_margin(20)
            pdf.set_x(20)
            pdf.set_font("Helvetica", "B", 10.5)
            pdf.cell(0, 6, "CONFIDENTIAL ITEMS (PART 2)", align="C", new_x="LMARGIN",
                     new_y="NEXT")
            pdf.ln(1.5)
        _margin_heading(pdf, number, heading)
        meta["pages"][number] = pdf.page_no()
        for kind, value in blocks:
            if kind == "p":
                _body(pdf, value)
            elif kind == "i":
                _body(pdf, value, "I")
            elif kind == "sub":
                if pdf.get_y() > 250:
                    pdf.add_page()
                pdf.set_font("Helvetica", "BU", 10.5)
                pdf.cell(0, 5.4, value, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
            elif kind == "vote":
                _body(pdf, value)
            elif kind == "res":
                _resolved(pdf, value)
            elif kind == "recorded":
                _recorded(pdf, value)
            elif kind == "table":
                _table(pdf, meta)
        pdf.set_left_margin(20)
        pdf.ln(1.5)
    pdf.set_x(20)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5.2, f"There being no further business the Mayor closed the meeting at "
             f"{END_TIME}.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.cell(95, 5.2, "Signed ............................................")
    pdf.cell(0, 5.2, "Date ............................", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.2, "Town Mayor", new_x="LMARGIN", new_y="NEXT")
    return pdf, meta


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    written = []
    agenda_dir = folder / "agendas"
    minutes_dir = folder / "minutes"
    agenda_dir.mkdir(parents=True, exist_ok=True)
    minutes_dir.mkdir(parents=True, exist_ok=True)
    path = agenda_dir / AGENDA_FILE
    _render_agenda().output(str(path))
    written.append(path)
    path = minutes_dir / MINUTES_FILE
    _render_minutes()[0].output(str(path))
    written.append(path)
    return written


# ---------------------------------------------------------------------------------------------
# Gold
# ---------------------------------------------------------------------------------------------


def _attendance() -> list[dict]:
    out = []
    for name, role, _note in PRESENT:
        rec = {"name": name, "status": "present"}
        if role:
            rec["role"] = role + (" (Chair)" if name == "Patricia Whitlock" else "")
        out.append(rec)
    for name, role in OFFICERS:
        out.append({"name": name, "status": "in_attendance", "role": role})
    for name, role, _h in ALSO:
        out.append({"name": name, "status": "also_present", "role": role})
    for name, _reason in APOLOGIES:
        out.append({"name": name, "status": "apologies"})
    for name in ABSENT:
        out.append({"name": name, "status": "absent"})
    return out


def gold() -> dict[str, dict]:
    agenda_items = []
    for number, title, lines, part, parent in AGENDA:
        title_printed = title.upper() if part == "exempt" else title
        rec = {"number": number, "title": title_printed, "pages": None, "part": part,
               "parent": parent}
        if part == "exempt":
            rec["section"] = PART2
        if lines:
            rec["topics"] = list(lines)
        agenda_items.append(rec)

    meeting = {"body": "Full Council", "date": DATE, "start_time": "19:00",
               "contact": {"name": CLERK, "phone": PHONE, "email": EMAIL}}
    stem_a = AGENDA_FILE.removesuffix(".pdf")
    stem_m = MINUTES_FILE.removesuffix(".pdf")
    agenda_rec = {
        "file": f"generated/agendas/{AGENDA_FILE}",
        "kind": "agenda",
        "country": "UK",
        "notes": [
            "Sub-items are printed with decimal numbers (7.1, 8.1) under their parent; the parent "
            "is the whole-number item.",
            "Items 1-14 are public; items 15 and 16 follow the banner 'PART 2 - CONFIDENTIAL "
            "BUSINESS' (a banner, not an item) and are exempt; item 14, the resolution to "
            "exclude the press and public, is itself public.",
            "No page numbers are printed against agenda items, so pages is null throughout.",
            "Titles are the bold headings (exempt ones printed in capitals); the plain sentences "
            "under a heading are kept as topics, not items; the italic recommendation under 7.2 "
            "is a topic of 7.2.",
            "Sub-items 7.1-7.3 print the committee name and meeting dates as one line; the whole "
            "line is the title.",
            "The contact is the Town Clerk named in the summons and the enquiries paragraph.",
            "The summons is dated 5th March 2025; the meeting date is 12th March 2025.",
        ],
        "meeting": meeting,
        "agenda": agenda_items,
    }

    _pdf, meta = _render_minutes()
    items = []
    per_item: dict[str, int] = {}
    for number, heading, agenda_item, blocks in MINUTES:
        items.append({"number": number, "title": heading, "agenda_item": agenda_item})
        count = sum(len(v) for k, v in blocks if k == "res")
        if count:
            per_item[number] = count
    minutes_rec = {
        "file": f"generated/minutes/{MINUTES_FILE}",
        "kind": "minutes",
        "country": "UK",
        "notes": [
            "Minute numbers are printed in the margin in the form C/187/24 and recorded as "
            "printed.",
            "The Finance minute C/196/24 has lettered paragraphs (a)-(d) which are not separate "
            "minute numbers; they are not listed as items.",
            "Resolutions count each 'RESOLVED' paragraph; a RESOLVED with numbered parts counts "
            "each part (C/194/24: 2, C/197/24: 3, C/204/24: 2).",
            "Decisions printed as 'NOTED' (C/191/24, C/192/24, C/196/24(c)) are not counted as "
            "resolutions.",
            "Five votes with figures: C/190/24 9-0-2, C/194/24 8-3-1, the amendment at C/197/24 "
            "4-7-1 (lost), the recorded vote at C/197/24 8-4-0 and C/198/24 9-0-1 (printed as "
            "'none against').",
            "The recorded vote prints surnames only ('Cllrs Amberley, ...'); voters are given "
            "as printed surnames.",
            "Cllr Tull arrived late (7.40pm, at C/193/24) and Cllr Lomax left early (8.55pm, "
            "after C/197/24); both are 'present'.",
            "Apologies were approved with reasons: Gadd (work commitments), Oakes (unwell).",
            "Cllr Rudd left the chamber for C/198/24 after declaring an interest and returned; "
            "she remains 'present'.",
            "The Mayor, Patricia Whitlock, chairs the meeting; role given as 'Town Mayor "
            "(Chair)'.",
            "The reporter of the Harwell Courier (Mr Owen Tate) is also_present; the 9 members "
            "of the public are a number only and are not listed as attendance records.",
            "Apologies (Gadd, Oakes) and the absent councillor (Eccles) are printed only in "
            "minute C/187/24, not in the header block.",
            "Members of the public who spoke in the public forum are not named.",
            "Start time is the 7.00pm in the heading; end time the 9.32pm closing line.",
            "The CIL table has no total row; the total is printed in a sentence below it.",
            "Items C/203/24 and C/204/24 follow the banner 'CONFIDENTIAL ITEMS (PART 2)'.",
        ],
        "meeting": {"body": "Full Council", "date": DATE, "start_time": "19:00",
                    "end_time": "21:32"},
        "minutes": {
            "items": items,
            "resolutions": sum(per_item.values()),
            "resolutions_per_item": per_item,
            "votes": [dict(v) for v in VOTES],
            "attendance": _attendance(),
        },
        "tables": [{
            "page": meta["table_page"],
            "title": CIL_TITLE,
            "columns": list(CIL_COLUMNS),
            "row_count": len(CIL_ROWS),
            "pages": {"first": meta["table_page"], "last": meta["table_page"]},
            "rows": [{"index": i, "cells": dict(zip(CIL_COLUMNS, CIL_ROWS[i]))}
                     for i in (0, 3, 4)],
        }],
    }
    return {f"agendas__{stem_a}": agenda_rec, f"minutes__{stem_m}": minutes_rec}

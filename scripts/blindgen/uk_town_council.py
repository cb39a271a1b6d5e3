"""Ashcombe Town Council (fictional): an English town council whose clerk types the agenda,
the minutes and the budget sheet in a word processor.

Writes, under the folder given to `build`:
  agendas/ashcombe_town-council_2025-01-20_agenda.pdf   summons and numbered agenda, 2 pages
  minutes/ashcombe_town-council_2025-01-20_minutes.pdf  minutes numbered 25/101 ..., 3 pages
  plans/ashcombe_budget_2025-26.pdf                     budget and precept sheet, 1 landscape page

Everything printed comes from the data below, which `gold()` also reads to give the expected
records (tests/gold/README.md format).  All names, places and figures are invented.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

SLUG = "ashcombe"
COUNCIL = "Ashcombe Town Council"
DATE = "2025-01-20"
DATE_LONG = "Monday 20th January 2025"
TIME_PRINTED = "7.00pm"
END_PRINTED = "9.12pm"
VENUE = "the Council Chamber, Market House, High Street, Ashcombe"
ADDRESS = "Market House, High Street, Ashcombe, Wessex AS7 2QT"
PHONE = "01632 960418"
EMAIL = "clerk@ashcombe-tc.gov.uk"
CLERK = ("Jennifer Whitlow", "Town Clerk")
DEPUTY = ("Paul Brennan", "Deputy Town Clerk & RFO")
SUMMONS_DATE = "14th January 2025"
NEXT_MEETING = "Monday 17th February 2025 at 7.00pm"
PREV_MEETING = "16th December 2024"

CREATED = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)

# --------------------------------------------------------------------------- people

CHAIR = "Margaret Hartley"
VICE = "David Okafor"
PRESENT = [(CHAIR, "Chair"), (VICE, "Vice-Chair"), ("Susan Pell", None), ("Colin Dunmore", None),
           ("Robert Ashworth", None), ("Nasreen Begum", None), ("Helen Finch", None),
           ("Sarah Quinn", None)]
APOLOGIES = [("Gareth Lowe", "work commitments"), ("Priya Nair", "illness")]
ABSENT = ["Ian Sutcliffe"]
ALSO_PRESENT = [("Ruth Fenwick", "County Cllr", "County Councillor"),
                ("Alan Crewe", "District Cllr", "District Councillor")]
PUBLIC = "2 members of the public"

# The recorded vote (minute 25/109): Cllr Quinn had left the room (interest declared).
VOTE_YES = [CHAIR, VICE, "Susan Pell", "Colin Dunmore"]
VOTE_NO = ["Robert Ashworth", "Nasreen Begum"]
VOTE_ABSTAIN = ["Helen Finch"]


def surname(name: str) -> str:
    return name.split()[-1]


# --------------------------------------------------------------------------- planning

APPLICATIONS = [
    ("25/00012/FUL", "14 Station Road", "Single storey rear extension and replacement garage",
     "No objection."),
    ("25/00019/HOU", "Orchard Cottage, Mill Lane",
     "Two storey side extension and new vehicular access", "Objection: the proposal is "
     "overbearing on the neighbouring property and the new access would be unsafe on a "
     "narrow lane with no footway."),
    ("25/00023/LBC", "The Old Bakehouse, 3 Church Street",
     "Listed building consent for replacement sash windows to front elevation",
     "No objection, subject to the views of the Conservation Officer."),
    ("25/00031/TCA", "St Mary's Churchyard, Church Street",
     "Fell one sycamore (T4) and crown reduce one lime (T7) in the conservation area",
     "No objection."),
]

DECISIONS = [
    ("24/01544/HOU", "22 Beech Avenue", "Loft conversion with rear dormer", "Permitted"),
    ("24/01602/FUL", "Land rear of 8 to 12 Kings Road", "Erection of two dwellings", "Refused"),
]

# --------------------------------------------------------------------------- agenda
# number, heading, description, part, sub-items [(letter, text, topics)]

AGENDA = [
    ("1", "Apologies for Absence",
     "To receive and approve apologies for absence.", "public", []),
    ("2", "Declarations of Interest",
     "To receive declarations of disclosable pecuniary interests and other interests in items "
     "on this agenda, and to consider any written requests for dispensations.", "public", []),
    ("3", "Public Participation",
     "A period of up to 15 minutes for members of the public to raise matters or ask questions "
     "relating to the business of the meeting. Each speaker may speak for up to 3 minutes.",
     "public", []),
    ("4", "Minutes",
     f"To approve as a correct record the minutes of the meeting of the Council held on "
     f"{PREV_MEETING}.", "public", []),
    ("5", "Clerk\u2019s Report",
     "To receive the Clerk\u2019s report on progress with matters arising (for information "
     "only).", "public", []),
    ("6", "County and District Councillors\u2019 Reports",
     "To receive reports from the County and District Councillors.", "public", []),
    ("7", "Planning", None, "public", [
        ("a", "To consider the following planning applications and agree the Council\u2019s "
              "comments:", [f"{r} \u2013 {a} \u2013 {p}" for r, a, p, _ in APPLICATIONS]),
        ("b", "To note decisions received from East Wessex District Council since the last "
              "meeting.", []),
    ]),
    ("8", "Finance", None, "public", [
        ("a", "To approve the schedule of payments for January 2025 (circulated).", []),
        ("b", "To receive the bank reconciliation to 31st December 2024.", []),
        ("c", "To approve the budget for 2025/26 and set the precept for 2025/26, as recommended "
              "by the Finance and General Purposes Committee (draft budget attached).", []),
    ]),
    ("9", "Recreation Ground Play Equipment",
     "To consider the three quotations received for the replacement of the junior play unit "
     "and safety surfacing at King George\u2019s Field, and to agree a contractor.", "public", []),
    ("10", "Christmas Lights 2024 Review",
     "To review the Christmas lights switch-on event and consider arrangements for 2025.",
     "public", []),
    ("11", "Correspondence",
     "To note correspondence received since the last meeting (list circulated).", "public", []),
    ("12", "Date of Next Meeting",
     f"To confirm the date of the next meeting of the Council as {NEXT_MEETING}.", "public", []),
    ("13", "Exclusion of the Press and Public",
     "To resolve that, in view of the confidential nature of the business about to be "
     "transacted, the press and public be excluded from the meeting for the following item "
     "in accordance with the Public Bodies (Admission to Meetings) Act 1960, s.1(2).",
     "public", []),
    ("14", "Staffing Matters (Confidential)",
     "To consider the recommendation of the Staffing Committee on the grading of the post of "
     "Deputy Town Clerk.", "exempt", []),
]

# --------------------------------------------------------------------------- budget
# cost centre -> lines (code, description, budget 24/25, actual to 31 Dec, budget 25/26)
# income is negative and printed in brackets.

BUDGET = [
    ("Administration", [
        ("4000", "Staff salaries", 68400, 50930, 72150),
        ("4005", "Employer\u2019s NI and pension contributions", 19150, 14260, 20400),
        ("4010", "Insurance", 4850, 4712, 5100),
        ("4020", "Audit fees (internal and external)", 2400, 1260, 2550),
        ("4030", "Subscriptions (NALC, SLCC, CPRE)", 1650, 1598, 1720),
        ("4040", "Training and conferences", 1200, 645, 1200),
    ]),
    ("Market House", [
        ("4100", "Gas, electricity and water", 7800, 5122, 8200),
        ("4110", "Repairs and maintenance", 6500, 3980, 6000),
        ("4120", "Cleaning contract", 5200, 3900, 5400),
        ("1100", "Hall hire income", -9500, -7265, -9800),
    ]),
    ("Recreation Ground and Open Spaces", [
        ("4200", "Grounds maintenance contract", 24600, 18450, 25800),
        ("4210", "Play area inspections and repairs", 3200, 2874, 3500),
        ("4220", "Tree works", 2500, 3150, 3000),
        ("1200", "Sports pitch hire income", -3600, -2410, -3700),
    ]),
    ("Allotments", [
        ("4300", "Water charges", 950, 812, 1000),
        ("4310", "Hedging, fencing and paths", 800, 230, 800),
        ("1300", "Allotment rents", -2850, -2850, -2950),
    ]),
    ("Community and Events", [
        ("4400", "Christmas lights and switch-on event", 9800, 9615, 10500),
        ("4410", "Grants to local organisations", 6000, 4250, 6000),
        ("4420", "Civic events (Remembrance, Mayor\u2019s Sunday)", 1500, 1185, 1500),
        ("4430", "Town newsletter (three issues)", 2700, 1800, 2850),
    ]),
]
TAX_BASE = 4268.3          # Band D equivalents, 2025/26
TAX_BASE_2024 = 4231.9     # Band D equivalents, 2024/25
COLUMNS = ["Code", "Description", "2024/25 / Budget", "2024/25 / Actual to 31 Dec",
           "2025/26 / Budget"]


def money(v: int) -> str:
    return f"({-v:,})" if v < 0 else f"{v:,}"


def budget_rows() -> tuple[list[dict], list[dict], list[tuple[str, str]]]:
    """The table as printed: (data rows with cells, groups, print list [(kind, ...)])."""
    rows, groups, printed = [], [], []
    tot = [0, 0, 0]
    for title, lines in BUDGET:
        printed.append(("banner", title))
        first = len(rows)
        sub = [0, 0, 0]
        for code, desc, *figs in lines:
            cells = dict(zip(COLUMNS, [code, desc] + [money(f) for f in figs]))
            rows.append({"index": len(rows), "cells": cells, "group": title})
            printed.append(("line", cells))
            sub = [a + b for a, b in zip(sub, figs)]
        cells = dict(zip(COLUMNS, ["", f"Total {title}"] + [money(f) for f in sub]))
        rows.append({"index": len(rows), "cells": {k: v for k, v in cells.items() if v},
                     "group": title})
        printed.append(("subtotal", cells))
        groups.append({"title": title, "first_index": first, "last_index": len(rows) - 1})
        tot = [a + b for a, b in zip(tot, sub)]
    cells = dict(zip(COLUMNS, ["", "NET EXPENDITURE \u2013 PRECEPT REQUIREMENT"]
                     + [money(f) for f in tot]))
    rows.append({"index": len(rows), "cells": {k: v for k, v in cells.items() if v}})
    printed.append(("total", cells))
    return rows, groups, printed


def precept() -> tuple[int, int]:
    """(precept 2024/25, precept 2025/26) = net budgets."""
    b24 = sum(line[2] for _, lines in BUDGET for line in lines)
    b25 = sum(line[4] for _, lines in BUDGET for line in lines)
    return b24, b25


BAND_D_2024 = round(precept()[0] / TAX_BASE_2024, 2)


# --------------------------------------------------------------------------- minutes
# (number, title, blocks, resolutions). Blocks: ("p", text) paragraph (markdown bold), ("li", text) an indented list part,
# ("sub", heading) a lettered sub-heading, ("app", ref, text) a planning application line.

def _minutes() -> list[tuple[str, str, list[tuple], int]]:
    p24, p25 = precept()
    band_d = p25 / TAX_BASE
    rise = (band_d / BAND_D_2024 - 1) * 100
    apologies = " and ".join(f"Cllr {n} ({why})" for n, why in APOLOGIES)
    yes = ", ".join(surname(n) for n in VOTE_YES)
    no = " and ".join(surname(n) for n in VOTE_NO)
    ab = surname(VOTE_ABSTAIN[0])
    return [
        ("25/101", "Apologies for Absence", [
            ("p", f"Apologies were received from {apologies}. It was **RESOLVED** to accept "
                  f"the reasons given for absence. Cllr {ABSENT[0]} was absent."),
        ], 1),
        ("25/102", "Declarations of Interest", [
            ("p", "Cllr Sarah Quinn declared an other registrable interest in minute 25/109 "
                  "as a trustee of the King George\u2019s Field Playing Fields Association and "
                  "said that she would leave the room for that item. No other declarations "
                  "were made and no requests for dispensations had been received."),
        ], 0),
        ("25/103", "Public Participation", [
            ("p", "Two residents of Station Road raised concerns about vehicles parking on the "
                  "pavement near the primary school at drop-off and collection times, and "
                  "asked whether the Council would support a request for double yellow lines. "
                  "The Chair thanked them and said the Clerk would write to the County "
                  "Council\u2019s highways team and report back. A resident also thanked the "
                  "Council for the new bench on the Millennium Green."),
        ], 0),
        ("25/104", "Minutes", [
            ("p", f"It was **RESOLVED** to approve the minutes of the meeting of the Council "
                  f"held on {PREV_MEETING} as a correct record, and they were signed by the "
                  f"Chair."),
        ], 1),
        ("25/105", "Clerk\u2019s Report", [
            ("p", "The Clerk\u2019s report had been circulated. The Clerk added that the "
                  "replacement noticeboard for the Market Place had been ordered and would be "
                  "installed in February, that the annual allotment inspection would take "
                  "place on 8th March, and that the defibrillator at the Market House had "
                  "been serviced. The report was noted."),
        ], 0),
        ("25/106", "County and District Councillors\u2019 Reports", [
            ("p", f"County Cllr {ALSO_PRESENT[0][0]} reported that the resurfacing of the "
                  "B3147 through the town had been deferred to the summer because of the "
                  "wet weather, and that the County Council\u2019s budget consultation was "
                  "open until 7th February. District Cllr "
                  f"{ALSO_PRESENT[1][0]} reported on the District Council\u2019s review of "
                  "car parking charges and the new garden waste collection arrangements. "
                  f"Members thanked both councillors for their reports. District Cllr "
                  f"{surname(ALSO_PRESENT[1][0])} left the meeting at 7.48pm."),
        ], 0),
        ("25/107", "Planning", [
            ("sub", "a) Planning applications"),
            ("p", "The Council considered the following applications:"),
            *[("app", ref, f"{addr} \u2013 {prop}. {comment}")
              for ref, addr, prop, comment in APPLICATIONS],
            ("p", "It was **RESOLVED** to submit the comments above to East Wessex District "
                  "Council."),
            ("sub", "b) Decisions received"),
            ("p", "The following decisions of East Wessex District Council were noted:"),
            *[("app", ref, f"{addr} \u2013 {prop}. {dec}.")
              for ref, addr, prop, dec in DECISIONS],
        ], 1),
        ("25/108", "Finance", [
            ("sub", "a) Schedule of payments"),
            ("p", "The schedule of payments for January 2025, totalling \u00a314,382.56, had "
                  "been circulated with the invoices available for inspection. It was "
                  "**RESOLVED** to approve the payments as listed, and two members signed "
                  "the schedule."),
            ("sub", "b) Bank reconciliation"),
            ("p", "The bank reconciliation to 31st December 2024 was received. The balance of "
                  "all accounts at that date was \u00a3187,406.12, of which \u00a348,500 is "
                  "held in earmarked reserves. The reconciliation was checked against the "
                  "bank statements and signed by the Vice-Chair."),
            ("sub", "c) Budget and precept 2025/26"),
            ("p", "The RFO presented the draft budget recommended by the Finance and General "
                  "Purposes Committee. Members noted that the increase arose mainly from the "
                  "national pay award and the new grounds maintenance contract. Following "
                  "discussion it was **RESOLVED**:"),
            ("li", "(i)   to approve the budget for 2025/26 as presented; and"),
            ("li", f"(ii)  to set the precept for 2025/26 at \u00a3{p25:,}, an increase of "
                  f"{rise:.1f}% on the Band D charge (\u00a3{band_d:.2f} for 2025/26 against "
                  f"\u00a3{BAND_D_2024:.2f} for 2024/25), and to notify East Wessex District "
                  f"Council accordingly."),
        ], 3),
        ("25/109", "Recreation Ground Play Equipment", [
            ("p", "Cllr Quinn left the room for this item. Members considered the three "
                  "quotations for replacing the junior play unit and safety surfacing at King "
                  "George\u2019s Field: Playsafe Leisure Ltd (\u00a338,950), Greenway Play "
                  "(\u00a342,300) and Wessex Recreation Services (\u00a336,400, excluding "
                  "surfacing). Some members felt that the scheme should wait until the "
                  "outcome of the Community Infrastructure Levy bid was known."),
            ("p", "Cllr Okafor proposed, and Cllr Pell seconded, that the quotation from "
                  "Playsafe Leisure Ltd be accepted and funded from the play equipment "
                  "earmarked reserve. A recorded vote was requested by Cllr Ashworth."),
            ("p", f"In favour: Cllrs {yes}. Against: Cllrs {no}. Abstention: Cllr {ab}. "
                  f"({len(VOTE_YES)} in favour, {len(VOTE_NO)} against, "
                  f"{len(VOTE_ABSTAIN)} abstention.)"),
            ("p", "The motion was carried and it was **RESOLVED** to accept the quotation "
                  "from Playsafe Leisure Ltd of \u00a338,950, the works to be completed before "
                  "the Easter holidays. Cllr Quinn returned to the meeting."),
        ], 1),
        ("25/110", "Christmas Lights 2024 Review", [
            ("p", "Members agreed that the switch-on event on 30th November had been a "
                  "success, with an estimated 1,200 people attending, and thanked the "
                  "volunteers and the Ashcombe Rotary Club. Several of the older motifs in "
                  "the High Street had failed and will need replacing. It was **RESOLVED** to "
                  "set up a Christmas Lights working group of Cllrs Dunmore, Finch and Begum "
                  "to obtain quotations for new motifs and report to the March meeting."),
        ], 1),
        ("25/111", "Correspondence", [
            ("p", "The list of correspondence had been circulated. Members noted a letter from "
                  "Ashcombe in Bloom thanking the Council for its grant, and the Wessex "
                  "Association of Local Councils\u2019 consultation on its training "
                  "programme."),
        ], 0),
        ("25/112", "Date of Next Meeting", [
            ("p", f"The next meeting of the Council will be held on {NEXT_MEETING} in the "
                  "Council Chamber."),
        ], 0),
        ("25/113", "Exclusion of the Press and Public", [
            ("p", "It was **RESOLVED** that, in view of the confidential nature of the business "
                  "about to be transacted, the press and public be excluded from the meeting "
                  "for the following item under the Public Bodies (Admission to Meetings) Act "
                  "1960, s.1(2). The members of the public left the meeting, and the Deputy "
                  "Town Clerk left the meeting at 8.57pm."),
        ], 1),
        ("25/114", "Staffing Matters", [
            ("p", "Members considered the confidential recommendation of the Staffing "
                  "Committee. It was **RESOLVED** to approve the regrading of the post of "
                  "Deputy Town Clerk to SCP 24 with effect from 1st April 2025."),
        ], 1),
    ]


MINUTES = _minutes()

# --------------------------------------------------------------------------- rendering


class _Doc(FPDF):
    footer_left = ""

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        if self.footer_left:
            self.cell(0, 5, self.footer_left, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _new(orientation: str = "P") -> _Doc:
    pdf = _Doc(orientation=orientation, unit="mm", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(CREATED)
    pdf.set_title(COUNCIL)
    pdf.set_author(CLERK[0])
    pdf.set_creator("Microsoft Word")
    pdf.alias_nb_pages()
    return pdf


def _letterhead(pdf: _Doc) -> None:
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Times", "B", 22)
    pdf.cell(w, 10, COUNCIL.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(w, 4.5, ADDRESS, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(w, 4.5, f"Tel: {PHONE}   |   Email: {EMAIL}", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(w, 4.5, f"{CLERK[1]}: {CLERK[0]}", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, y + 1, pdf.w - pdf.r_margin, y + 1)
    pdf.ln(6)


def _agenda_pdf(path: Path) -> None:
    pdf = _new()
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    _letterhead(pdf)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(w / 2, 5, "To: All Members of the Town Council", new_x=XPos.RIGHT)
    pdf.cell(w / 2, 5, SUMMONS_DATE, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.multi_cell(w, 5, f"You are hereby summoned to attend a Meeting of {COUNCIL} to be held "
                         f"in {VENUE} on **{DATE_LONG} at {TIME_PRINTED}** for the purpose of "
                         f"transacting the business set out below.", markdown=True,
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(w, 7, "AGENDA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    num_w, sub_w = 10, 8
    body_x = pdf.l_margin + num_w
    for number, heading, desc, part, subs in AGENDA:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(num_w, 5.5, f"{number}.")
        pdf.cell(w - num_w, 5.5, heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Helvetica", "", 10.5)
        if desc:
            pdf.set_x(body_x)
            pdf.multi_cell(w - num_w, 5, desc, align="L", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
        for letter, text, topics in subs:
            pdf.set_x(body_x)
            pdf.cell(sub_w, 5, f"{letter})")
            pdf.multi_cell(w - num_w - sub_w, 5, text, align="L", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            pdf.set_font("Helvetica", "", 9.5)
            for topic in topics:
                ref, rest = topic.split(" \u2013 ", 1)
                pdf.set_x(body_x + sub_w)
                pdf.set_font("Helvetica", "B", 9.5)
                pdf.cell(27, 4.6, ref)
                pdf.set_font("Helvetica", "", 9.5)
                pdf.multi_cell(w - num_w - sub_w - 27, 4.6, rest, align="L",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("Helvetica", "", 10.5)
            pdf.ln(1)
        pdf.ln(3)
    pdf.ln(4)
    pdf.set_font("Times", "I", 15)
    pdf.cell(w, 7, CLERK[0], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(w, 5, CLERK[0], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(w, 5, CLERK[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(w, 4.2, "Members of the public and press are welcome to attend. Under the "
                           "Openness of Local Government Bodies Regulations 2014 the meeting "
                           "may be filmed or recorded; please let the Clerk know beforehand "
                           "if you intend to do so. Papers for this meeting are available from "
                           "the Clerk and on the Council\u2019s website.", align="L",
                   border=1, padding=2)
    pdf.output(str(path))


def _minutes_pdf(path: Path) -> None:
    pdf = _new()
    pdf.footer_left = "Chair\u2019s initials ..............."
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    _letterhead(pdf)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(w, 5.5, f"MINUTES OF THE MEETING OF {COUNCIL.upper()} held in {VENUE} on "
                           f"{DATE_LONG} at {TIME_PRINTED}", align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    lab_w = 30
    present = ", ".join(f"{n} ({r})" if r else n for n, r in PRESENT[:-1])
    present = f"Cllrs {present} and {PRESENT[-1][0]}"
    attend = f"{CLERK[0]} ({CLERK[1]}), {DEPUTY[0]} ({DEPUTY[1]}) and {PUBLIC}"
    also = " and ".join(f"{pre} {n}" for n, pre, _ in ALSO_PRESENT)
    for label, text in (("Present:", present), ("In attendance:", attend),
                        ("Also present:", also)):
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(lab_w, 5.2, label)
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(w - lab_w, 5.2, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)
    pdf.ln(3)
    num_w = 20
    body_x = pdf.l_margin + num_w
    bw = w - num_w
    for number, title, blocks, _ in MINUTES:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(num_w, 5.5, number)
        pdf.cell(bw, 5.5, title.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.5)
        for block in blocks:
            pdf.set_x(body_x)
            if block[0] == "sub":
                pdf.set_font("Helvetica", "BI", 10.5)
                pdf.cell(bw, 5.2, block[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                continue
            if block[0] == "app":
                pdf.set_x(body_x + 4)
                pdf.set_font("Helvetica", "B", 10)
                pdf.cell(28, 5, block[1])
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(bw - 32, 5, block[2], align="L", new_x=XPos.LMARGIN,
                               new_y=YPos.NEXT)
                pdf.ln(0.8)
                continue
            pdf.set_font("Helvetica", "", 10.5)
            if block[0] == "li":
                pdf.set_x(body_x + 6)
            pdf.multi_cell(bw - (6 if block[0] == "li" else 0), 5.2, block[1],
                           align="L" if block[0] == "li" else "J", markdown=True,
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.8)
        pdf.ln(2.5)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(w, 5.2, f"There being no further business, the Chair closed the meeting at "
                           f"{END_PRINTED}.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.cell(w * 0.6, 5, "Signed ...............................................  (Chair)")
    pdf.cell(w * 0.4, 5, "Date ...............................", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.output(str(path))


def _budget_pdf(path: Path) -> None:
    pdf = _new("L")
    pdf.footer_left = (f"{COUNCIL} \u2013 Budget 2025/26 \u2013 approved by Full Council on "
                       f"20th January 2025 (minute 25/108c)")
    pdf.set_margins(18, 12, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("Times", "B", 16)
    pdf.cell(w, 7, COUNCIL.upper(), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 11.5)
    pdf.cell(w, 6, "Budget 2025/26 and Precept Requirement", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(w, 4.5, "All figures in \u00a3.  Income shown in brackets.", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    widths = [18, 118, 38, 42, 38]
    x0 = pdf.l_margin + (w - sum(widths)) / 2
    rh = 4.0
    # two-line header, numbers right-aligned
    heads = [("", "Code"), ("", "Description"), ("2024/25", "Budget"),
             ("2024/25", "Actual to 31 Dec"), ("2025/26", "Budget")]
    pdf.set_font("Helvetica", "B", 9)
    for line in (0, 1):
        pdf.set_x(x0)
        for i, (wd, hd) in enumerate(zip(widths, heads)):
            pdf.cell(wd, 4.3, hd[line], align="L" if i < 2 else "R")
        pdf.ln(4.3)
    y = pdf.get_y() + 0.6
    pdf.set_line_width(0.3)
    pdf.line(x0, y, x0 + sum(widths), y)
    pdf.ln(1.6)
    pdf.set_line_width(0.15)
    _, _, printed = budget_rows()
    fig_x = x0 + widths[0] + widths[1]
    for kind, data in printed:
        pdf.set_x(x0)
        if kind == "banner":
            pdf.ln(0.8)
            pdf.set_x(x0)
            pdf.set_font("Helvetica", "BU", 9)
            pdf.cell(sum(widths), rh, data.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            continue
        vals = [data[c] for c in COLUMNS]
        if kind == "line":
            pdf.set_font("Helvetica", "", 9)
        else:
            y = pdf.get_y() + 0.3
            pdf.line(fig_x + 6, y, x0 + sum(widths), y)
            pdf.set_font("Helvetica", "B", 9)
            if kind == "total":
                pdf.ln(1.5)
                y = pdf.get_y() + 0.3
                pdf.line(fig_x + 6, y, x0 + sum(widths), y)
                pdf.set_x(x0)
        for i, (wd, v) in enumerate(zip(widths, vals)):
            pdf.cell(wd, rh + 0.3, v, align="L" if i < 2 else "R")
        pdf.ln(rh + 0.3)
        if kind == "total":
            y = pdf.get_y() + 0.2
            pdf.line(fig_x + 6, y, x0 + sum(widths), y)
            pdf.line(fig_x + 6, y + 0.8, x0 + sum(widths), y + 0.8)
    p24, p25 = precept()
    pdf.ln(4)
    pdf.set_x(x0)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.multi_cell(sum(widths), 4.2,
                   f"Precept 2025/26: \u00a3{p25:,}   |   Tax base (Band D equivalents): "
                   f"{TAX_BASE:,.1f}   |   Band D charge 2025/26: \u00a3{p25 / TAX_BASE:.2f} "
                   f"(2024/25: \u00a3{BAND_D_2024:.2f})", align="L")
    pdf.output(str(path))


def _paths(folder: Path) -> tuple[Path, Path, Path]:
    return (folder / "agendas" / f"{SLUG}_town-council_{DATE}_agenda.pdf",
            folder / "minutes" / f"{SLUG}_town-council_{DATE}_minutes.pdf",
            folder / "plans" / f"{SLUG}_budget_2025-26.pdf")


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    paths = _paths(folder)
    for p in paths:
        p.parent.mkdir(parents=True, exist_ok=True)
    _agenda_pdf(paths[0])
    _minutes_pdf(paths[1])
    _budget_pdf(paths[2])
    return list(paths)


# --------------------------------------------------------------------------- expected records

def gold() -> dict[str, dict]:
    """Expected records, keyed by '<subfolder>__<stem>'."""
    agenda_path, minutes_path, plan_path = _paths(Path("generated"))
    meeting = {"body": COUNCIL, "date": DATE, "start_time": "19:00"}
    items = []
    for number, heading, desc, part, subs in AGENDA:
        items.append({"number": number, "title": heading, "pages": None, "part": part,
                      "parent": None})
        for letter, text, topics in subs:
            item = {"number": letter, "title": text.rstrip(":"), "pages": None, "part": part,
                    "parent": number}
            if topics:
                item["topics"] = topics
            items.append(item)
    agenda = {
        "file": agenda_path.as_posix(), "kind": "agenda", "country": "UK",
        "notes": [
            "Item titles are the bold headings; the sentence printed under each heading is "
            "description, not title.",
            "Sub-items a), b), c) under 7 Planning and 8 Finance are items with parent 7 or 8; "
            "their title is the whole sub-item sentence (trailing colon dropped).",
            "The four planning applications listed under 7a are topics of 7a, not items.",
            "Item 14 (Staffing Matters, Confidential) follows the exclusion resolution, so "
            "part exempt; item 13 itself (the exclusion motion) is public.",
            "No page numbers are printed against items, so pages are null.",
            "The summons, the clerk's signature block and the boxed note on public attendance "
            "are not items.",
        ],
        "meeting": {**meeting, "contact": {"name": CLERK[0], "phone": PHONE, "email": EMAIL}},
        "agenda": items,
    }
    attendance = [{"name": n, "status": "present", "role": r} for n, r in PRESENT]
    attendance += [{"name": CLERK[0], "status": "in_attendance", "role": CLERK[1]},
                   {"name": DEPUTY[0], "status": "in_attendance", "role": DEPUTY[1]}]
    attendance += [{"name": n, "status": "also_present", "role": r}
                   for n, _, r in ALSO_PRESENT]
    attendance += [{"name": n, "status": "apologies", "role": None} for n, _ in APOLOGIES]
    attendance += [{"name": n, "status": "absent", "role": None} for n in ABSENT]
    minutes = {
        "file": minutes_path.as_posix(), "kind": "minutes", "country": "UK",
        "notes": [
            "Minute numbers as printed (25/101 ... 25/114); titles are the bold upper-case "
            "headings, written here in title case (matching ignores case).",
            "The lettered paragraphs a) b) c) inside 25/107 Planning and 25/108 Finance are "
            "parts of one minute, not minute items of their own.",
            "The minutes print no agenda item numbers, so agenda_item is null throughout.",
            "Resolutions: one per bold RESOLVED, except 25/108c where one RESOLVED introduces "
            "parts (i) and (ii), counted as two; total 10.",
            "The recorded vote in 25/109 names the voters; Cllr Quinn had left the room "
            "(declared interest), so 7 of the 8 present voted.",
            "'2 members of the public' in the In attendance line is not a person and is left "
            "out of attendance.",
            "Apologies and the absent member are printed only in minute 25/101, not in the "
            "header block.",
            "County and District Councillors printed on an 'Also present' line are also_present "
            "with their office as role; the District Councillor leaving early does not change "
            "the status.",
        ],
        "meeting": {**meeting, "end_time": "21:12"},
        "minutes": {
            "items": [{"number": n, "title": t, "agenda_item": None}
                      for n, t, _, _ in MINUTES],
            "resolutions": sum(r for *_, r in MINUTES),
            "resolutions_per_item": {n: r for n, _, _, r in MINUTES if r},
            "votes": [{
                "item": "25/109", "result": "carried",
                "counts": {"yes": len(VOTE_YES), "no": len(VOTE_NO),
                           "abstain": len(VOTE_ABSTAIN)},
                "voters": {"yes": VOTE_YES, "no": VOTE_NO, "abstain": VOTE_ABSTAIN},
                "motion": "That the quotation from Playsafe Leisure Ltd be accepted and funded "
                          "from the play equipment earmarked reserve",
                "mover": VICE, "seconder": "Susan Pell",
            }],
            "attendance": attendance,
        },
    }
    rows, groups, _ = budget_rows()
    samples = [rows[i] for i in (0, 6, 10, len(rows) - 1)]
    plan = {
        "file": plan_path.as_posix(), "kind": "plan", "country": "UK",
        "notes": [
            "One table on one landscape page; header printed on two stacked lines, joined with "
            "' / ' (Code and Description stand on the second line only).",
            "Cost-centre headings (bold, underlined, upper case) are banner rows: groups, not "
            "data rows; each group runs from its first budget line to its 'Total ...' subtotal.",
            "Subtotal rows and the final net expenditure/precept row are data rows "
            f"({len(rows)} in all: {sum(len(lines) for _, lines in BUDGET)} budget lines, "
            f"{len(BUDGET)} subtotals, 1 grand total).",
            "Income is printed in brackets, e.g. (9,800); cells are given as printed.",
            "The precept/tax-base line under the table and the footer are not rows.",
        ],
        "meeting": {"body": COUNCIL},
        "tables": [{
            "page": 1, "title": "Budget 2025/26 and Precept Requirement", "columns": COLUMNS,
            "row_count": len(rows), "pages": {"first": 1, "last": 1},
            "groups": [{**g, "title": g["title"].upper()} for g in groups],
            "header_rows": 2, "ruled": "light",
            "rows": [{"index": r["index"], "cells": r["cells"]} for r in samples],
        }],
    }
    return {f"{p.parent.name}__{p.stem}": rec
            for p, rec in ((agenda_path, agenda), (minutes_path, minutes), (plan_path, plan))}

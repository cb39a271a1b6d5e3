#!/usr/bin/env python3
"""Generate small PDFs in house styles that are NOT in the corpus, and their ground truth.

The stress set tests the pipeline's generality: each file is one council's way of printing an
agenda or minutes that the gold corpus does not hold.

* ``wexcombe_planning-committee_2025-09-10_agenda.pdf`` - a UK district council committee
  agenda: "Date of meeting:" / "Time:" / "Place:" label block, "Membership:" list
  ("Councillor A Smith (Chair)"), "Contact: ... Tel ... Email ...", items "1." with sub-items
  "(a)", page ranges in a right-aligned column headed "Pages", a "PART II - EXEMPT ITEMS" heading.
* ``pine-hollow_city-council_2025-03-04_minutes.pdf`` - US city council minutes: roll call
  ("PRESENT: Councilmembers X, Y and Mayor Z" / "ABSENT: ..."), items "5.1", motions
  "Motion by Councilmember X, seconded by Councilmember Y, to approve ...", roll-call votes
  "AYES: ... NOES: ... ABSTAIN: ..." with "Motion carried 3-1.", "The meeting adjourned at ...".
* ``ashcombe_town-council_2024-10-14_minutes.pdf`` - UK town council minutes: "Present:",
  "Apologies:", "In attendance:", minute numbers "TC/24/101", "RESOLVED: (i) ... (ii) ...",
  a recorded vote "4 in favour, 2 against, 1 abstention", "Meeting closed at 8.55pm".
* ``karrabin_ordinary-council_2025-03-18_agenda.pdf`` - an Australian / Irish style agenda:
  "Item 1" headings with the item's text below, "Item 6.1" sub-items, "Page 3 of 10" footers.
* ``expected.json`` - the ground truth, written from the same data that is rendered.

Everything (councils, people, places, phone numbers) is fictional. Phone numbers use the
Ofcom drama range 01632 960xxx and the US 555-01xx range; e-mail addresses use ``example``.

Run: ``python scripts/make_stress_samples.py``. Output is deterministic for a given fpdf2
version (fixed creation date).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from samplegen.pdf import FixedPDF

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "stress"
CREATED = dt.datetime(2025, 1, 1, 9, 0, 0, tzinfo=dt.timezone.utc)


class StressPDF(FixedPDF):
    """One council's document: its own font and an optional footer callback."""

    def __init__(self, title: str, font: str, footer_text=None):
        super().__init__(CREATED, "agendapack scripts/make_stress_samples.py", title)
        self.font_name = font
        self.footer_text = footer_text
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=22)

    def footer(self):
        if self.footer_text:
            text = self.footer_text(self)
            if text:
                self.set_y(-14)
                self.set_font(self.font_name, "", 8)
                self.cell(0, 5, text, align="R")

    # helpers ------------------------------------------------------------------------------
    def text_line(self, text: str, size: float = 11, style: str = "", h: float = 5.5, align: str = "L", x=None):
        self.set_font(self.font_name, style, size)
        if x is not None:
            self.set_x(x)
        self.cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")

    def para(self, text: str, size: float = 11, style: str = "", h: float = 5.5, x=None, w: float = 0):
        self.set_font(self.font_name, style, size)
        if x is not None:
            self.set_x(x)
        self.multi_cell(w, h, text, new_x="LMARGIN", new_y="NEXT")

    def gap(self, mm: float = 3):
        self.ln(mm)


# =============================================================================================
# a. UK district council committee agenda
# =============================================================================================

DISTRICT = {
    "file": "wexcombe_planning-committee_2025-09-10_agenda.pdf",
    "style": "UK district council committee agenda: label block, Membership list, 'Pages' column, PART II heading",
    "council": "Wexcombe District Council",
    "meeting": {
        "body": "Planning Committee",
        "date": "2025-09-10",
        "date_text": "Wednesday, 10 September 2025",
        "start_time": "18:30",
        "time_text": "6.30 pm",
        "venue": "Council Chamber, Wexcombe House, Mill Lane, Wexcombe, WX4 7PQ",
        "contact": {"name": "Daniel Okafor", "phone": "01632 960733",
                    "email": "democratic.services@wexcombe.example.gov.uk"},
    },
    "members": [
        ("Alison Pemberton", "Chair"),
        ("Graham Tulley", "Vice-Chair"),
        ("Farida Quereshi", None),
        ("Owen Llewellyn", None),
        ("Brenda Haddow", None),
        ("Marcus Feeney", None),
    ],
    # (number, title, description, pages, part, parent)
    "agenda": [
        ("1", "Apologies for Absence", None, None, "public", None),
        ("2", "Declarations of Interest", "Members to declare any interests in items on this agenda.", None, "public", None),
        ("3", "Minutes", "To confirm the minutes of the meeting held on 13 August 2025.", (5, 12), "public", None),
        ("4", "Planning Applications", None, None, "public", None),
        ("a", "25/00412/FUL - Land at Orchard Farm, Hensley Road, Upper Bray", None, (13, 28), "public", "4"),
        ("b", "25/00577/HOU - 14 Chapel Walk, Wexcombe", None, (29, 36), "public", "4"),
        ("c", "25/00603/LBC - The Old Forge, High Street, Nether Stowe", None, (37, 44), "public", "4"),
        ("5", "Appeal Decisions", "To note the appeal decisions received since the last meeting.", (45, 50), "public", None),
        ("6", "Enforcement Update", None, (51, 56), "public", None),
        ("7", "Exclusion of the Press and Public",
         "To consider passing a resolution to exclude the press and public for the following item.", None, "public", None),
        ("8", "Legal Advice - Brookside Yard Enforcement Appeal", None, (57, 64), "exempt", None),
    ],
}


def make_district(path: Path) -> dict:
    d = DISTRICT
    m = d["meeting"]
    pdf = StressPDF(f"{d['council']} {m['body']} agenda", "Helvetica")
    pdf.add_page()
    pdf.text_line(d["council"].upper(), 16, "B", 8)
    pdf.gap(4)
    pdf.text_line(m["body"], 14, "B", 7)
    pdf.gap(4)
    label_w = 40
    for label, value in (("Date of meeting:", m["date_text"]), ("Time:", m["time_text"]), ("Place:", m["venue"])):
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(label_w, 6, label)
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.gap(5)
    pdf.text_line("Membership:", 11, "B", 6)
    for name, role in d["members"]:
        pdf.text_line(f"Councillor {name}" + (f" ({role})" if role else ""), 11, "", 5.5, x=pdf.l_margin + 8)
    pdf.gap(5)
    c = m["contact"]
    pdf.para(f"Contact: {c['name']}   Tel {c['phone']}   Email {c['email']}", 10)
    pdf.gap(4)
    pdf.para("Members of the public may attend this meeting. The agenda and reports are available "
             "on the council's website.", 10)

    # agenda page
    pdf.add_page()
    pdf.text_line("AGENDA", 14, "B", 8)
    pdf.gap(2)
    num_x, title_x = pdf.l_margin, pdf.l_margin + 12
    sub_x, sub_title_x = pdf.l_margin + 12, pdf.l_margin + 22
    right = pdf.w - pdf.r_margin
    pages_w = 22
    title_w = right - pages_w - title_x - 6
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Pages", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.gap(1)
    for number, title, desc, pages, part, parent in d["agenda"]:
        if part == "exempt" and not getattr(pdf, "_part2", False):
            pdf._part2 = True
            pdf.gap(3)
            pdf.text_line("PART II - EXEMPT ITEMS", 11, "B", 6)
            pdf.para("The following item is likely to be considered in private because it contains "
                     "information relating to legal advice.", 10, "I", 5)
            pdf.gap(2)
        y = pdf.get_y()
        nx, tx = (sub_x, sub_title_x) if parent else (num_x, title_x)
        pdf.set_font("Helvetica", "B" if not parent else "", 11)
        pdf.set_xy(nx, y)
        pdf.cell(10, 6, f"({number})" if parent else f"{number}.")
        pdf.set_xy(tx, y)
        pdf.multi_cell(title_w - (tx - title_x), 6, title, new_x="LMARGIN", new_y="NEXT")
        end_y = pdf.get_y()
        if pages:
            pdf.set_font("Helvetica", "", 11)
            pdf.set_xy(right - pages_w, y)
            pdf.cell(pages_w, 6, f"{pages[0]} - {pages[1]}", align="R")
        pdf.set_y(end_y)
        if desc:
            pdf.para(desc, 10, "", 5, x=tx, w=title_w)
        pdf.gap(2.5)
    pdf.output(str(path))

    agenda = [
        {"number": n, "title": t, "pages": {"first": p[0], "last": p[1]} if p else None, "part": part, "parent": parent}
        for n, t, _desc, p, part, parent in d["agenda"]
    ]
    meeting = {k: v for k, v in m.items() if not k.endswith("_text")}
    meeting["council"] = d["council"]
    meeting["members"] = [{"name": n, "role": r} for n, r in d["members"]]
    return {"file": d["file"], "style": d["style"], "meeting": meeting, "agenda": agenda}


# =============================================================================================
# b. US city council minutes
# =============================================================================================

CITY = {
    "file": "pine-hollow_city-council_2025-03-04_minutes.pdf",
    "style": "US city council minutes: roll call, items 5.1, 'Motion by ..., seconded by ...', AYES/NOES/ABSTAIN",
    "heading": ["CITY OF PINE HOLLOW", "CITY COUNCIL REGULAR MEETING", "MINUTES", "Tuesday, March 4, 2025"],
    "meeting": {"date": "2025-03-04", "start_time": "19:00", "end_time": "21:42"},
    "present": [("Alvarez", None), ("Brennan", None), ("Choi", None), ("Delgado", "Mayor")],
    "absent": [("Eastman", None)],
    "staff": [("Ruth Kimani", "City Manager"), ("Paul Ostrowski", "City Attorney"), ("Janet Liu", "City Clerk")],
}
# (number, title, paragraphs, votes)   votes: (yes names, no names, abstain names)
CITY["items"] = [
    ("1", "CALL TO ORDER",
     ["Mayor Delgado called the regular meeting to order at 7:00 p.m. in the Council Chambers, "
      "City Hall, 200 Main Street, Pine Hollow."], []),
    ("2", "ROLL CALL", None, []),
    ("3", "PLEDGE OF ALLEGIANCE", ["Councilmember Choi led the Pledge of Allegiance."], []),
    ("4", "PUBLIC COMMENT",
     ["Two members of the public spoke about parking on Cedar Avenue. No action was taken."], []),
    ("5", "CONSENT CALENDAR", None, []),
    ("5.1", "Approval of Minutes of the Regular Meeting of February 18, 2025",
     ["Motion by Councilmember Brennan, seconded by Councilmember Alvarez, to approve the minutes "
      "as presented."],
     [(["Alvarez", "Brennan", "Choi", "Delgado"], [], [])]),
    ("5.2", "Award of Contract for Street Resurfacing Project No. 24-07",
     ["Motion by Councilmember Alvarez, seconded by Councilmember Brennan, to approve a contract "
      "with Ridgeline Paving Inc. in the amount of $412,800."],
     [(["Alvarez", "Brennan", "Delgado"], ["Choi"], [])]),
    ("6", "PUBLIC HEARINGS", None, []),
    ("6.1", "Ordinance Amending Chapter 12 of the Municipal Code Regarding Sidewalk Vending",
     ["The Mayor opened the public hearing at 7:41 p.m. Three speakers addressed the Council. "
      "The Mayor closed the public hearing at 8:10 p.m.",
      "Motion by Councilmember Choi, seconded by Councilmember Brennan, to introduce the ordinance "
      "and waive the first reading."],
     [(["Brennan", "Choi"], ["Alvarez"], ["Delgado"])]),
    ("7", "COUNCIL REPORTS",
     ["Councilmember Alvarez reported on the regional transit board meeting."], []),
    ("8", "ADJOURNMENT", ["The meeting adjourned at 9:42 p.m."], []),
]


def _names(names: list[str]) -> str:
    return ", ".join(names) if names else "None"


def make_city(path: Path) -> dict:
    d = CITY
    pdf = StressPDF("Pine Hollow City Council minutes", "Times")
    pdf.add_page()
    for i, line in enumerate(d["heading"]):
        pdf.text_line(line, 14 if i < 2 else 12, "B" if i < 3 else "", 7, align="C")
    pdf.gap(5)
    present = [n for n, r in d["present"] if not r]
    mayor = next(n for n, r in d["present"] if r)
    for number, title, paras, votes in d["items"]:
        pdf.set_font("Times", "B", 12)
        pdf.cell(12, 6.5, f"{number}.")
        pdf.multi_cell(0, 6.5, title, new_x="LMARGIN", new_y="NEXT")
        if title == "ROLL CALL":
            pdf.para(f"PRESENT: Councilmembers {', '.join(present[:-1])} and {present[-1]}, and Mayor {mayor}", 12, x=pdf.l_margin + 12, h=6)
            pdf.para("ABSENT: " + ", ".join(f"Councilmember {n}" for n, _ in d["absent"]), 12, x=pdf.l_margin + 12, h=6)
            pdf.para("STAFF PRESENT: " + ", ".join(f"{n}, {r}" for n, r in d["staff"]), 12, x=pdf.l_margin + 12, h=6)
        for p in paras or []:
            pdf.para(p, 12, x=pdf.l_margin + 12, h=6)
            pdf.gap(1.5)
        for yes, no, abstain in votes:
            pdf.set_x(pdf.l_margin + 12)
            pdf.para(f"AYES: {_names(yes)}    NOES: {_names(no)}    ABSTAIN: {_names(abstain)}", 12, h=6, x=pdf.l_margin + 12)
            pdf.para(f"Motion carried {len(yes)}-{len(no)}.", 12, h=6, x=pdf.l_margin + 12)
        pdf.gap(3)
    pdf.gap(6)
    pdf.text_line("Janet Liu, City Clerk", 12)
    pdf.output(str(path))

    votes = []
    for number, _t, _p, vs in d["items"]:
        for yes, no, abstain in vs:
            votes.append({"item": number, "result": "carried",
                          "counts": {"yes": len(yes), "no": len(no), "abstain": len(abstain)},
                          "voters": {"yes": yes, "no": no, "abstain": abstain}})
    attendance = ([{"name": n, "role": r, "status": "present"} for n, r in d["present"]]
                  + [{"name": n, "role": r, "status": "absent"} for n, r in d["absent"]]
                  + [{"name": n, "role": r, "status": "in_attendance"} for n, r in d["staff"]])
    return {
        "file": d["file"], "style": d["style"],
        "minutes": {
            "meeting": d["meeting"],
            "items": [{"number": n, "title": t} for n, t, _p, _v in d["items"]],
            "resolutions": 0,
            "votes": votes,
            "attendance": attendance,
        },
    }


# =============================================================================================
# c. UK town council minutes
# =============================================================================================

TOWN = {
    "file": "ashcombe_town-council_2024-10-14_minutes.pdf",
    "style": "UK town council minutes: Present/Apologies/In attendance, TC/24/101 numbers, RESOLVED (i) (ii), recorded vote",
    "meeting": {"date": "2024-10-14", "start_time": "19:00", "end_time": "20:55"},
    "present": [("J Marsh", "Town Mayor"), ("P Nkemelu", "Deputy Town Mayor"), ("H Abbott", None),
                ("K Drummond", None), ("S Farrant", None), ("V Gillespie", None), ("T Yeoman", None)],
    "apologies": [("R Tilley", None), ("S Quayle", None)],
    "attendance": [("L Fairweather", "Town Clerk")],
}
# (number, title, paragraphs, resolution clauses, vote)
TOWN["items"] = [
    ("TC/24/101", "APOLOGIES FOR ABSENCE",
     ["Apologies were received and accepted from Cllr R Tilley and Cllr S Quayle."], [], None),
    ("TC/24/102", "DECLARATIONS OF INTEREST",
     ["Cllr Drummond declared a non-pecuniary interest in item TC/24/106 as a trustee of the Ashcombe Bowls Club."], [], None),
    ("TC/24/103", "MINUTES OF THE PREVIOUS MEETING",
     [], ["that the minutes of the meeting held on 9 September 2024 be approved and signed as a correct record."], None),
    ("TC/24/104", "PUBLIC PARTICIPATION",
     ["One resident raised concerns about litter near the recreation ground."], [], None),
    ("TC/24/105", "FINANCE REPORT",
     ["The Town Clerk presented the payments schedule for September 2024 and the bank reconciliation."],
     ["that the payments totalling £18,442.16 be approved.",
      "that the bank reconciliation to 30 September 2024 be noted."], None),
    ("TC/24/106", "GRANT APPLICATION - ASHCOMBE BOWLS CLUB",
     ["Members considered a request for a grant of £1,500 towards new mowing equipment. "
      "A recorded vote was requested: 4 in favour, 2 against, 1 abstention."],
     ["that a grant of £1,500 be awarded to Ashcombe Bowls Club."], (4, 2, 1)),
    ("TC/24/107", "DATE OF NEXT MEETING",
     ["The next meeting will be held on Monday 11 November 2024 at 7.00pm."], [], None),
]
ROMAN = ["i", "ii", "iii", "iv"]


def make_town(path: Path) -> dict:
    d = TOWN
    pdf = StressPDF("Ashcombe Town Council minutes", "Helvetica")
    pdf.add_page()
    pdf.text_line("ASHCOMBE TOWN COUNCIL", 15, "B", 8, align="C")
    pdf.para("Minutes of the meeting of Ashcombe Town Council held on Monday 14 October 2024 at "
             "7.00pm in the Council Chamber, Ashcombe Town Hall, Fore Street, Ashcombe.", 11, "B", 6)
    pdf.gap(3)
    label_w = 32
    for label, people in (("Present:", d["present"]), ("Apologies:", d["apologies"]), ("In attendance:", d["attendance"])):
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(label_w, 6, label)
        pdf.set_font("Helvetica", "", 11)
        if label == "In attendance:":
            text = ", ".join(f"Mrs {n} ({r})" for n, r in people)
        else:
            text = ", ".join(f"Cllr {n}" + (f" ({r})" if r else "") for n, r in people)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.gap(1)
    pdf.gap(4)
    for number, title, paras, clauses, vote in d["items"]:
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(30, 6, number)
        pdf.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        body_x = pdf.l_margin + 30
        for p in paras:
            pdf.para(p, 11, x=body_x, h=5.5)
            pdf.gap(1)
        if len(clauses) == 1:
            pdf.para(f"RESOLVED: {clauses[0][0].upper()}{clauses[0][1:]}", 11, x=body_x, h=5.5)
        elif clauses:
            pdf.para("RESOLVED:", 11, x=body_x, h=5.5)
            for k, clause in enumerate(clauses):
                y = pdf.get_y()
                pdf.set_xy(body_x, y)
                pdf.set_font("Helvetica", "", 11)
                pdf.cell(10, 5.5, f"({ROMAN[k]})")
                pdf.multi_cell(0, 5.5, clause, new_x="LMARGIN", new_y="NEXT")
        pdf.gap(4)
    pdf.para("Meeting closed at 8.55pm", 11, x=pdf.l_margin)
    pdf.gap(10)
    pdf.text_line("Signed: ...................................   Chair        Date: ..................", 10)
    pdf.output(str(path))

    votes = [{"item": n, "result": "carried", "counts": {"yes": v[0], "no": v[1], "abstain": v[2]}}
             for n, _t, _p, _c, v in d["items"] if v]
    attendance = ([{"name": n, "role": r, "status": "present"} for n, r in d["present"]]
                  + [{"name": n, "role": r, "status": "apologies"} for n, r in d["apologies"]]
                  + [{"name": n, "role": r, "status": "in_attendance"} for n, r in d["attendance"]])
    return {
        "file": d["file"], "style": d["style"],
        "minutes": {
            "meeting": d["meeting"],
            "items": [{"number": n, "title": t} for n, t, _p, _c, _v in d["items"]],
            "resolutions": sum(len(c) for _n, _t, _p, c, _v in d["items"]),
            "resolutions_per_item": {n: len(c) for n, _t, _p, c, _v in d["items"] if c},
            "votes": votes,
            "attendance": attendance,
        },
    }


# =============================================================================================
# d. Australian / Irish style agenda: "Item N" headings, "Page N of M" footers
# =============================================================================================

SHIRE = {
    "file": "karrabin_ordinary-council_2025-03-18_agenda.pdf",
    "style": "Australian/Irish agenda: 'Item N' headings with text below, 'Item 6.1' sub-items, 'Page N of M' footers",
    "council": "Karrabin Shire Council",
    "meeting": {
        # an ordinary meeting of the full council: the council is the body (as in the gold records)
        "body": "Karrabin Shire Council",
        "date": "2025-03-18",
        "start_time": "17:30",
        "venue": "Council Chambers, 12 Wattle Street, Karrabin",
    },
}
# (number, title, paragraphs, parent)
SHIRE["agenda"] = [
    ("1", "Opening of Meeting", ["The Mayor will declare the meeting open."], None),
    ("2", "Acknowledgement of Country",
     ["The Mayor will acknowledge the Traditional Custodians of the land on which the meeting is held."], None),
    ("3", "Apologies and Leave of Absence", ["Nil at the time of printing."], None),
    ("4", "Disclosures of Interest",
     ["Councillors are reminded of their obligation to disclose any interest in a matter before Council."], None),
    ("5", "Confirmation of Minutes",
     ["Recommendation", "That the minutes of the Ordinary Council Meeting held on 18 February 2025 be confirmed."], None),
    ("6", "Reports of Officers", [], None),
    ("6.1", "Financial Report for the Period Ending 28 February 2025",
     ["Responsible officer: Director Corporate Services",
      "The monthly statement of financial activity is presented for Council's information.",
      "Recommendation",
      "That Council receives the financial report for the period ending 28 February 2025."], "6"),
    ("6.2", "Road Maintenance Program 2025/26",
     ["Responsible officer: Director Infrastructure",
      "This report seeks endorsement of the draft road maintenance program for consultation.",
      "Recommendation",
      "That Council endorses the draft program for public comment for a period of 28 days."], "6"),
    ("6.3", "Community Grants Round One Allocations",
     ["Responsible officer: Manager Community Development",
      "Eleven applications were received and assessed by the grants panel."], "6"),
    ("7", "Notices of Motion", ["Nil."], None),
    ("8", "Closure of Meeting", [], None),
]


def make_shire(path: Path) -> dict:
    d = SHIRE
    total = {"n": 0}
    pdf = StressPDF("Karrabin Shire Council agenda", "Times",
                    footer_text=lambda p: f"Page {p.page_no()} of {total['n']}" if total["n"] else None)

    def render():
        pdf.add_page()
        pdf.text_line(d["council"].upper(), 18, "B", 10, align="C")
        pdf.gap(6)
        pdf.text_line("ORDINARY COUNCIL MEETING", 16, "B", 9, align="C")
        pdf.text_line("AGENDA", 16, "B", 9, align="C")
        pdf.gap(8)
        pdf.para("Notice is hereby given that an Ordinary Meeting of Council will be held in the "
                 "Council Chambers, 12 Wattle Street, Karrabin on Tuesday 18 March 2025 commencing at 5.30pm.",
                 12, h=6.5)
        pdf.gap(6)
        pdf.text_line("Brett Calloway", 12)
        pdf.text_line("Chief Executive Officer", 12)
        pdf.add_page()
        for number, title, paras, parent in d["agenda"]:
            if pdf.get_y() > 235:
                pdf.add_page()
            pdf.text_line(f"Item {number}    {title}", 13 if not parent else 12, "B", 7)
            for p in paras:
                if p == "Recommendation":
                    pdf.text_line(p, 12, "I", 6)
                else:
                    pdf.para(p, 12, h=6)
            pdf.gap(5)

    render()
    total["n"] = pdf.pages_count
    # second pass with the page count known (the footer prints "Page N of M")
    pdf2 = StressPDF("Karrabin Shire Council agenda", "Times",
                     footer_text=lambda p: f"Page {p.page_no()} of {total['n']}")
    pdf = pdf2
    render()
    pdf.output(str(path))

    meeting = dict(d["meeting"], council=d["council"])
    agenda = [{"number": n, "title": t, "pages": None, "part": "public", "parent": parent}
              for n, t, _p, parent in d["agenda"]]
    return {"file": d["file"], "style": d["style"], "meeting": meeting, "agenda": agenda,
            "printed_pages": {str(i): str(i) for i in range(1, total["n"] + 1)}}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    expected = {
        "district_agenda": make_district(OUT / DISTRICT["file"]),
        "city_minutes": make_city(OUT / CITY["file"]),
        "town_minutes": make_town(OUT / TOWN["file"]),
        "shire_agenda": make_shire(OUT / SHIRE["file"]),
    }
    (OUT / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
    for v in expected.values():
        print("wrote", OUT / v["file"])


if __name__ == "__main__":
    main()

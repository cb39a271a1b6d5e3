"""Minutes house styles the corpus does not hold, built as PDFs with their ground truth.

tests/test_minutes_unseen.py builds each style into a temporary folder and parses it with the
whole pipeline. Every style is one way councils print something the minutes reader must get
right, and each failure is covered by two styles that print it differently:

* resolution clauses: ``committee_bold_clauses`` (UK committee minutes, running minute numbers
  14-18, "RESOLVED: That:" and numbered clauses "1." "2." "3." printed in bold like the minute
  headings, a bold date line under the committee name) and ``town_lettered_clauses`` (UK town
  council, clauses "(a)" "(b)", "(i)" "(ii)", one lettered clause with roman sub-clauses, and
  numbered clauses printed at the minute headings' margin in the same bold);
* small councils' minute numbers and decisions: ``parish_dotted_misprint`` (minute numbers
  "11.23.01" ... with a misprinted "11..23.05", plain headings, "Cllr X proposed, Cllr Y seconded
  and it was RESOLVED", a roll call on one line "AYES: ..., NAYS: ..., ABSENT: ...") and
  ``parish_bracketed_numbers`` (numbers "04(2).24.01" ..., attendance one name a line under
  "Present:", "Proposed by ..., seconded by ..., it was RESOLVED", a roll-call block
  AYES / NOES / ABSTAIN / ABSENT);
* decision records under an agenda-like title: ``voting_agenda`` (a board's "Voting Agenda",
  sections whose item numbers restart, "Voted: to grant ...", "Rescheduled ...", "Mr Z voted
  no") and ``action_agenda`` (a commission's "Action Agenda", roman sections, "ACTION: Approved
  6-1 (Commissioner X dissenting)", "ACTION: Continued to ...");
* running minute numbers with the title and its text on one line: ``community_running_numbers``
  (numbers 2629, 2630 ... continued from the last meeting, "2631. Police Report: PCSO ...", titles
  ended by a colon or a full stop, plain type, decisions without "RESOLVED") and
  ``parish_month_year_runon`` (month-year numbers "03.25.01" in their own column, wrapped lines back
  at the margin, a title ended by a dash, members listed with their initials "(AW) Chair");
* US township minutes: ``township_prose_caps`` (plain ALL-CAPS headings, attendance in a sentence
  with "Trustee X Absent" inside the present list, "A motion was made to ... by X, seconded by Y",
  inline roll calls "Trustee A – yes, ..., Trustee D – absent", "Ayes: ... Nays: ... Absent: ...",
  "Yes – A, B; No – C", voice votes, two motions in one paragraph) and ``township_roll_lines`` (bold
  headings, some with their text run on, the roll call answered one member a line, "supported
  by", "Motion carried 4-0.");
* a board's long minutes: unnumbered matters headed by a department and a subject, labels every
  matter repeats ("ACTION REQUESTED OF B/E:", "BACKGROUND/EXPLANATION:"), entries numbered 1, 2, 3
  afresh under some matters, a heading wrapped over two lines, the members and their deputies
  listed with no "Present" label: ``board_matters_underlined`` (matters underlined in plain type,
  labels bold at the same margin, entries whose first line is fields spaced out in columns, the
  roster "Name, Office"), ``board_matters_caps`` (matters in bold capitals, labels in plain capitals
  indented, entries "1)", the roster centred "Name – Office") and ``board_matters_bold_entries``
  (matters in bold mixed case, entries numbered in bold like headings, the roster in two columns
  under a first item);
* US city council minutes from agenda systems: ``city_minutes_file_numbers`` (numbered sections and
  items "3.1" with a file number "25-0412" between number and title, roll call and votes as
  tallies "Present: 6 - Councilmember A, ...", "Aye: 4 - ...", wrapped after an office, "The motion
  carried by the following vote:") and ``city_action_minutes`` (roman sections in capitals,
  lettered items beneath restarting at A, "Mayor Pro Tem" before a name, "MOTION: A / SECOND: B",
  the vote in capitals on one line wrapped after "ABSENT:", "Motion carried 5-0.");
* Australian council minutes: ``au_resolution_minutes`` (numbered resolutions, "Moved: Cr X" and
  "Seconded: Cr Y" on lines of their own, "CARRIED" alone, "In Favour:" / "Against:");
* UK district committee minutes: ``district_coded_minutes`` and ``district_coded_minutes_glued``
  (minute numbers carrying the committee's code "PL.23" or "PL23", labelled attendance sentences,
  lettered reasons under "RESOLVED – That ...", "there voted 3 for the motion and 2 against").

Everything (councils, people, places) is fictional. `build(style, folder)` writes one PDF and
returns its expected record; `STYLES` lists the style names.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Callable

from .pdf import FixedPDF

CREATED = dt.datetime(2025, 1, 1, 9, 0, 0, tzinfo=dt.timezone.utc)


class StylePDF(FixedPDF):
    """One council's minutes: its own font, margins and writing helpers (positions in mm)."""

    def __init__(self, title: str, font: str = "Helvetica"):
        super().__init__(CREATED, "agendapack scripts/samplegen/styles_minutes.py", title)
        self.font_name = font
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=22)
        self.add_page()

    def line(self, text: str, size: float = 11, style: str = "", x: float = 0.0, h: float = 5.5, align: str = "L"):
        self.set_font(self.font_name, style, size)
        self.set_x(self.l_margin + x)
        self.cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")

    def para(self, text: str, size: float = 11, style: str = "", x: float = 0.0, h: float = 5.5, after: float = 2.0):
        self.set_font(self.font_name, style, size)
        self.set_x(self.l_margin + x)
        self.multi_cell(self.w - self.r_margin - self.l_margin - x, h, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def labelled(self, label: str, text: str, x: float = 0.0, label_w: float = 12.0, size: float = 11,
                 style: str = "", h: float = 5.5, after: float = 2.0):
        """A hanging label ("14.", "(a)", "11.23.05") and its text, wrapped beside it."""
        if self.get_y() + 2 * h > self.h - 22:
            self.add_page()
        self.set_font(self.font_name, style, size)
        self.set_x(self.l_margin + x)
        self.cell(label_w, h, label)
        self.multi_cell(self.w - self.r_margin - self.l_margin - x - label_w, h, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def gap(self, mm: float = 3.0):
        self.ln(mm)


def _and_join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _expected(kind: str, date: str, items: list[tuple], attendance: list[tuple], votes: list[dict],
              clause_labels: dict[str, list[str]] | None = None) -> dict:
    """items: (number, title, agenda item, resolutions); attendance: (name, status)."""
    return {
        "kind": kind,
        "meeting": {"date": date},
        "items": [{"number": n, "title": t, "agenda_item": a} for n, t, a, _r in items],
        "resolutions_per_item": {n or t: r for n, t, _a, r in items if r},
        "resolutions": sum(r for *_x, r in items),
        "clause_labels": clause_labels or {},
        "votes": votes,
        "attendance": [{"name": n, "status": s} for n, s in attendance],
    }


# ---- failure 5: resolution clauses ---------------------------------------------------------------


def committee_bold_clauses(path: Path) -> dict:
    """UK committee minutes: bold minute headings 14-18 citing their agenda items, resolutions
    printed in bold with numbered clauses indented under "RESOLVED: That:"."""
    pdf = StylePDF("Housing Scrutiny Committee minutes")
    pdf.line("Minutes", 16, "B", h=9)
    pdf.line("HOUSING AND ENVIRONMENT SCRUTINY COMMITTEE", 12, "B", h=6)
    pdf.line("24 June 2025", 11, "B", h=6)
    pdf.gap(2)
    pdf.para("Meeting held at Committee Room 2, Civic Offices, Tanner Street, Holmebridge", after=4)
    present = ["Ruth Okonedo (Chairman)", "Imran Qadir", "Bethan Lowe", "Samuel Achterberg"]
    pdf.para("Committee Members Present: Councillors " + _and_join(present) + ".", after=3)
    pdf.para("Officers Present: Priya Banerjee (Democratic Services Officer) and Tom Whitcombe (Head of Housing).", after=5)

    items = [
        ("14", "APOLOGIES FOR ABSENCE", "1",
         ["Apologies for absence were received from Councillor Nadia Ferreira."], None, []),
        ("15", "MINUTES OF THE MEETING HELD ON 20 MAY 2025", "3", [], "single",
         ["the minutes of the meeting held on 20 May 2025 be agreed as a correct record."]),
        ("16", "HOUSING REPAIRS PERFORMANCE", "4",
         ["The Head of Housing introduced the report on responsive repairs. Members asked about damp "
          "and mould cases and the time taken to close them."], "numbered",
         ["The report be noted.",
          "The Head of Housing circulate the repairs backlog figures by estate to Members.",
          "A further update be brought to the meeting in November 2025."]),
        ("17", "FORWARD PLAN", "5", [], "numbered",
         ["The Forward Plan be noted.",
          "The tenancy strategy be added to the Forward Plan for September 2025."]),
        ("18", "WORK PROGRAMME", "6", ["Members discussed the dates of future meetings."], "single",
         ["the Work Programme be agreed."]),
    ]
    body_x = 12.0
    for number, title, agenda_item, paras, style, clauses in items:
        pdf.labelled(f"{number}.", f"{title} (Agenda Item {agenda_item})", style="B", after=2.5)
        for p in paras:
            pdf.para(p, x=body_x, after=2.5)
        if style == "single":
            pdf.para("RESOLVED: That " + clauses[0], x=body_x, style="B", after=4)
        elif style == "numbered":
            pdf.para("RESOLVED: That:", x=body_x, style="B", after=1.5)
            for k, clause in enumerate(clauses, 1):
                pdf.labelled(f"{k}.", clause, x=body_x, label_w=8, style="B", after=1.5)
            pdf.gap(3)
        else:
            pdf.gap(1.5)
    pdf.gap(3)
    pdf.para("The meeting, which commenced at 7.00 pm, closed at 8.12 pm.")
    pdf.output(str(path))
    expected = [(n, t.title(), a, len(c)) for n, t, a, _p, _s, c in items]
    attendance = [("Ruth Okonedo", "present"), ("Imran Qadir", "present"), ("Bethan Lowe", "present"),
                  ("Samuel Achterberg", "present"), ("Priya Banerjee", "in_attendance"),
                  ("Tom Whitcombe", "in_attendance"), ("Nadia Ferreira", "apologies")]
    return _expected("minutes", "2025-06-24", expected, attendance, [],
                     clause_labels={"16": ["1", "2", "3"], "17": ["1", "2"]})


def town_lettered_clauses(path: Path) -> dict:
    """UK town council committee minutes in Times: bold minute headings 31-35 at the margin,
    clauses "(a)" "(b)" and "(i)" "(ii)", a lettered clause whose roman sub-clauses belong to it,
    and numbered clauses printed at the headings' margin in the same bold."""
    pdf = StylePDF("Wexley Town Council Finance Committee minutes", "Times")
    pdf.line("WEXLEY TOWN COUNCIL", 15, "B", h=8, align="C")
    pdf.para("Minutes of the meeting of the Finance and General Purposes Committee held on Tuesday 9 September "
             "2025 at 7.30pm in the Guildhall, Bridge Street, Wexley.", 12, after=4)
    pdf.para("PRESENT: Cllr Helen Marsh (Chair), Cllr Owen Pike, Cllr Lydia Crane and Cllr Felix Arden.", after=2)
    pdf.para("IN ATTENDANCE: Mrs Joanna Reeve (Town Clerk).", after=5)
    # (number, title, paragraphs, resolution lead-in, clauses, sub-clauses of the first clause,
    # clauses printed at the headings' margin in bold)
    items = [
        ("31", "Apologies", ["Apologies were received from Cllr Martin Hale."], "", [], [], False),
        ("32", "Budget Monitoring Report", ["The Town Clerk presented the report for the quarter to June."],
         "RESOLVED that the Committee:", [("(a)", "notes the budget monitoring report;"),
                                          ("(b)", "approves the virement of £2,000 to the grounds budget; and"),
                                          ("(c)", "asks the Town Clerk to report again in December.")], [], False),
        ("33", "Internal Audit", ["The internal auditor's interim report had been circulated."],
         "RESOLVED:", [("(i)", "that the interim report be received;"),
                       ("(ii)", "that the actions in the report be completed by March 2026.")], [], False),
        ("34", "Grants to Local Organisations", ["Three applications had been received."],
         "RESOLVED that:", [("1.", "a grant of £500 be made to Wexley Scouts;"),
                            ("2.", "a grant of £300 be made to the Wexley Carnival Committee; and"),
                            ("3.", "the application from the Bridge Street Traders be deferred.")], [], True),
        ("35", "Insurance Renewal", ["Quotations from two brokers were considered."],
         "RESOLVED that the Committee:", [("(a)", "accepts the renewal quotation as follows:"),
                                          ("(b)", "reviews the cover again in 2026.")],
         [("(i)", "buildings and contents cover of £1.2m;"), ("(ii)", "public liability cover of £10m.")], False),
    ]
    for number, title, paras, lead, clauses, subs, at_margin in items:
        pdf.labelled(f"{number}.", title, style="B", label_w=10, after=2)
        for p in paras:
            pdf.para(p, x=10, after=2)
        if not lead:
            continue
        pdf.para(lead, x=10, after=1.5)
        for k, (label, clause) in enumerate(clauses):
            if at_margin:
                pdf.labelled(label, clause, style="B", label_w=10, after=1.5)
                continue
            pdf.labelled(label, clause, x=10, label_w=10, after=1.5)
            if k == 0:
                for sub_label, sub in subs:
                    pdf.labelled(sub_label, sub, x=20, label_w=10, after=1.5)
        pdf.gap(3)
    pdf.para("The meeting closed at 8.40pm.")
    pdf.output(str(path))
    expected = [(n, t, None, len(c)) for n, t, _p, _l, c, _s, _m in items]
    attendance = [("Helen Marsh", "present"), ("Owen Pike", "present"), ("Lydia Crane", "present"),
                  ("Felix Arden", "present"), ("Joanna Reeve", "in_attendance"), ("Martin Hale", "apologies")]
    return _expected("minutes", "2025-09-09", expected, attendance, [],
                     clause_labels={"32": ["a", "b", "c"], "33": ["i", "ii"], "34": ["1", "2", "3"], "35": ["a", "b"]})


# ---- failure 9: small councils' minute numbers, decisions and roll calls ---------------------------


def parish_dotted_misprint(path: Path) -> dict:
    """Community council minutes numbered 11.23.01 ... with a misprinted "11..23.05", headings in
    plain type, "Cllr X proposed, Cllr Y seconded and it was RESOLVED", and a roll call printed
    on one line."""
    pdf = StylePDF("Cwmderwen Community Council minutes")
    pdf.line("CWMDERWEN COMMUNITY COUNCIL", 13, "B", h=7, align="C")
    pdf.para("Minutes of the meeting of the Council held on Tuesday 14 November 2023 at 7.00pm in "
             "Cwmderwen Village Hall.", after=4)
    pdf.para("Present: Cllr G Pritchard (Chair), Cllr H Morgan, Cllr L Beddoe, Cllr S Vaughan and Cllr T Rees.", after=2)
    pdf.para("In attendance: Mrs A Jenkins (Clerk).", after=5)
    items = [
        ("11.23.01", "Apologies for absence", ["Apologies were received from Cllr D Price."]),
        ("11.23.02", "Declarations of interest", ["None."]),
        ("11.23.03", "Minutes of the previous meeting",
         ["Cllr Morgan proposed, Cllr Beddoe seconded and it was RESOLVED that the minutes of the meeting "
          "held on 10 October 2023 be signed as a true record."]),
        ("11.23.04", "Precept 2024/25",
         ["The Clerk presented the draft budget. A recorded vote was requested.",
          "Cllr Rees proposed, Cllr Vaughan seconded and it was RESOLVED that the precept for 2024/25 be set "
          "at £14,500.",
          "AYES: Cllr Pritchard, Cllr Morgan, Cllr Rees, Cllr Vaughan, NAYS: Cllr Beddoe, ABSENT: Cllr Price"]),
        ("11..23.05", "Bus shelter repairs",
         ["Two quotations had been received for the repair of the shelter on Heol Fawr.",
          "Cllr Beddoe proposed, Cllr Morgan seconded and it was RESOLVED to accept the lower quotation."]),
        ("11.23.06", "Correspondence", ["The Clerk read a letter from the county council about winter gritting."]),
        ("11.23.07", "Date of next meeting", ["Tuesday 12 December 2023 at 7.00pm."]),
    ]
    for number, title, paras in items:
        pdf.labelled(number, title, label_w=24, after=1.5)
        for p in paras:
            pdf.para(p, x=24, after=2)
        pdf.gap(2)
    pdf.para("The meeting closed at 8.30pm.")
    pdf.output(str(path))
    resolved = {"11.23.03": 1, "11.23.04": 1, "11..23.05": 1}
    expected = [(n, t, None, resolved.get(n, 0)) for n, t, _p in items]
    attendance = [("G Pritchard", "present"), ("H Morgan", "present"), ("L Beddoe", "present"),
                  ("S Vaughan", "present"), ("T Rees", "present"), ("A Jenkins", "in_attendance"),
                  ("D Price", "apologies")]
    votes = [{"item": "11.23.03", "result": "carried"},
             {"item": "11.23.04", "result": "carried", "counts": {"yes": 4, "no": 1, "abstain": 0},
              "voters": {"yes": ["Pritchard", "Morgan", "Rees", "Vaughan"], "no": ["Beddoe"]}},
             {"item": "11..23.05", "result": "carried"}]
    return _expected("minutes", "2023-11-14", expected, attendance, votes)


def parish_bracketed_numbers(path: Path) -> dict:
    """Parish minutes in Times numbered 04(2).24.01 ... (the second April meeting), bold headings,
    attendance one name a line under "Present:", "Proposed by ..., seconded by ..., it was
    RESOLVED" and a roll-call block AYES / NOES / ABSTAIN / ABSENT."""
    pdf = StylePDF("Little Hadbury Parish Council minutes", "Times")
    pdf.line("LITTLE HADBURY PARISH COUNCIL", 14, "B", h=7)
    pdf.line("Minutes of the Extraordinary Meeting held on 25 April 2024", 12, "B", h=6)
    pdf.gap(3)
    pdf.line("Present:", 12, "B", h=6)
    for name in ("Rachel Ashdown (Chairman)", "Martin Kettering", "Sunil Lyle", "Grace Quennell"):
        pdf.line(name, 12, x=4, h=6)
    pdf.gap(2)
    pdf.line("In attendance:", 12, "B", h=6)
    pdf.line("Paul Hollis (Clerk)", 12, x=4, h=6)
    pdf.gap(4)
    items = [
        ("04(2).24.01", "Apologies", ["Apologies were received from Cllr Dobbs."]),
        ("04(2).24.02", "Declarations of interest", ["Cllr Lyle declared an interest in item 04(2).24.04."]),
        ("04(2).24.03", "Village hall lease",
         ["The draft lease had been circulated. Proposed by Cllr Ashdown, seconded by Cllr Kettering, it was "
          "RESOLVED that the Chairman and Clerk sign the lease on behalf of the Council."]),
        ("04(2).24.04", "Playing field drainage",
         ["Members considered the two tenders. A recorded vote was taken on the motion to appoint "
          "Fenland Drainage Ltd.",
          "AYES: Cllrs Ashdown, Kettering and Quennell",
          "NOES: Cllr Lyle",
          "ABSTAIN: None",
          "ABSENT: Cllr Dobbs",
          "The motion was carried and it was RESOLVED to appoint Fenland Drainage Ltd."]),
        ("04(2).24.05", "Closure", ["The Chairman closed the meeting at 9.05pm."]),
    ]
    for number, title, paras in items:
        pdf.labelled(number, title, style="B", label_w=26, size=12, h=6, after=1.5)
        for p in paras:
            pdf.para(p, 12, x=26, h=6, after=1.5)
        pdf.gap(2)
    pdf.output(str(path))
    resolved = {"04(2).24.03": 1, "04(2).24.04": 1}
    expected = [(n, t, None, resolved.get(n, 0)) for n, t, _p in items]
    attendance = [("Rachel Ashdown", "present"), ("Martin Kettering", "present"), ("Sunil Lyle", "present"),
                  ("Grace Quennell", "present"), ("Paul Hollis", "in_attendance"), ("Dobbs", "apologies")]
    votes = [{"item": "04(2).24.03", "result": "carried"},
             {"item": "04(2).24.04", "result": "carried", "counts": {"yes": 3, "no": 1, "abstain": 0},
              "voters": {"yes": ["Ashdown", "Kettering", "Quennell"], "no": ["Lyle"]}}]
    return _expected("minutes", "2024-04-25", expected, attendance, votes)


# ---- failure 10: decision records under an agenda-like title ----------------------------------------


def voting_agenda(path: Path) -> dict:
    """A zoning board's "Voting Agenda": lettered sections whose item numbers restart at 1, each
    item followed by the decision taken ("Voted: to grant ...", "Rescheduled ...", "Mr Z voted no")."""
    pdf = StylePDF("Harwick Zoning Board of Appeals voting agenda")
    pdf.line("TOWN OF HARWICK", 12, "B", h=6, align="C")
    pdf.line("ZONING BOARD OF APPEALS", 14, "B", h=7, align="C")
    pdf.line("VOTING AGENDA", 14, "B", h=7, align="C")
    pdf.line("Thursday, March 6, 2025 - 7:00 PM, Town Hall, Room 204", 11, align="C")
    pdf.gap(5)
    sections = [
        ("A.", "PUBLIC HEARINGS", [
            ("1", "14 Elm Street - Petition of Dana Whitfield for a special permit to convert a garage to an "
                  "accessory dwelling unit.",
             ["Voted: to grant the special permit with the conditions in the staff memorandum."]),
            ("2", "88 Orchard Road - Petition of Orchard Road LLC for a variance from the side yard setback.",
             ["Rescheduled to April 3, 2025 at the petitioner's request."]),
            ("3", "5 Mill Lane - Appeal of the Building Commissioner's decision on a fence height.",
             ["Voted: to deny the appeal. Mr. Okafor voted no."]),
        ]),
        ("B.", "OTHER BUSINESS", [
            ("1", "Minutes of February 6, 2025", ["Voted: to approve the minutes as presented."]),
            ("2", "Election of Chair for 2025", ["Voted: to elect Ms. Lindqvist as Chair. Mr. Baptiste voted no."]),
        ]),
    ]
    for letter, heading, section_items in sections:
        pdf.labelled(letter, heading, style="B", label_w=8, after=2)
        for number, title, decisions in section_items:
            pdf.labelled(f"{number}.", title, x=8, label_w=8, after=1)
            for d in decisions:
                pdf.para(d, x=16, style="I", after=3)
    pdf.output(str(path))
    items = [(n, t, None, sum(d.startswith("Voted") for d in ds)) for _l, _h, its in sections for n, t, ds in its]
    votes = [{"item": "1", "result": "carried"},
             {"item": "3", "result": "carried", "voters": {"no": ["Okafor"]}},
             {"item": "1", "result": "carried"},
             {"item": "2", "result": "carried", "voters": {"no": ["Baptiste"]}}]
    return _expected("minutes", "2025-03-06", items, [], votes)


def action_agenda(path: Path) -> dict:
    """A planning commission's "Action Agenda": roman sections whose item numbers restart, each
    item followed by "ACTION: Approved 6-1 (Commissioner X dissenting)" or "ACTION: Continued ..."."""
    pdf = StylePDF("Bayview Planning Commission action agenda", "Times")
    pdf.line("CITY OF BAYVIEW PLANNING COMMISSION", 13, "B", h=7)
    pdf.line("ACTION AGENDA", 13, "B", h=7)
    pdf.line("Regular Meeting - Wednesday, May 14, 2025, 6:30 p.m.", 12, h=6)
    pdf.gap(5)
    sections = [
        ("I.", "CONSENT CALENDAR", [
            ("1", "Approval of the minutes of April 23, 2025", ["ACTION: Approved 7-0"]),
            ("2", "Extension of tentative map TM-24-03, 410 Harbor Way", ["ACTION: Approved 7-0"]),
        ]),
        ("II.", "PUBLIC HEARINGS", [
            ("1", "Use permit UP-25-011 for a restaurant with outdoor seating at 1200 Shoreline Drive",
             ["ACTION: Approved 6-1 (Commissioner Reyes dissenting)"]),
            ("2", "Design review DR-25-007 for a four-storey mixed use building at 35 Pier Street",
             ["ACTION: Continued to June 11, 2025"]),
            ("3", "Zoning text amendment on accessory dwelling units", ["ACTION: Recommended approval to City Council 5-2"]),
        ]),
    ]
    for roman, heading, section_items in sections:
        pdf.labelled(roman, heading, style="B", size=12, label_w=10, h=6, after=2)
        for number, title, decisions in section_items:
            pdf.labelled(f"{number}.", title, x=10, label_w=8, size=12, h=6, after=1)
            for d in decisions:
                pdf.para(d, 12, x=18, style="B", h=6, after=3)
    pdf.output(str(path))
    items = [(n, t, None, 0) for _r, _h, its in sections for n, t, _d in its]
    votes = [{"item": "1", "result": "approved", "counts": {"yes": 7, "no": 0, "abstain": 0}},
             {"item": "2", "result": "approved", "counts": {"yes": 7, "no": 0, "abstain": 0}},
             {"item": "1", "result": "approved", "counts": {"yes": 6, "no": 1, "abstain": 0}, "voters": {"no": ["Reyes"]}},
             {"item": "3", "result": "carried", "counts": {"yes": 5, "no": 2, "abstain": 0}}]
    return _expected("minutes", "2025-05-14", items, [], votes)


# ---- running minute numbers: number, title and text on one line ------------------------------------


def community_running_numbers(path: Path) -> dict:
    """Community council minutes numbered on from the last meeting (2629, 2630 ...): each minute
    opens with its number, its title ending at a colon or a full stop, and its text run on in the
    same line, wrapped under the title; plain type throughout, no "RESOLVED" on most decisions."""
    pdf = StylePDF("Pentrefelin Community Council minutes")
    pdf.line("PENTREFELIN COMMUNITY COUNCIL", 13, "B", h=7, align="C")
    pdf.para("Minutes of the meeting of Pentrefelin Community Council held at the Memorial Hall on Monday "
             "10th March 2025 at 7.00pm.", after=4)
    pdf.para("Present: Cllrs E Hughes (Chair), R Bowen, M Lloyd, C Parry and J Watkins.", after=2)
    pdf.para("In attendance: Mrs S Howells (Clerk).", after=5)
    items = [
        ("2629", "Apologies", ":", "Apologies were received from Cllr B Evans."),
        ("2630", "Declarations of Interest", ":", "None."),
        ("2631", "Police Report", ":", "PCSO Tanner attended and reported two thefts from vehicles in the village "
         "since the last meeting. Residents were reminded to keep vehicles locked and to report anything "
         "suspicious on the non-emergency number."),
        ("2632", "Minutes", ".", "The minutes of the meeting held on 10th February 2025 were approved and signed as "
         "a correct record."),
        ("2633", "Matters Arising", ":", "The Clerk reported that the dog bin at Heol y Nant had been replaced and "
         "that the council's insurer had confirmed cover for the new bench."),
        ("2634", "Planning", ":", "Application 25/0113, single storey extension at 3 Bryn Terrace. Cllr Parry "
         "proposed, Cllr Watkins seconded and it was RESOLVED to raise no objection."),
        ("2635", "Finance", ".", "The following payments were approved: Clerk's salary £412.50, Memorial Hall hire "
         "£30.00, grass cutting £260.00. All approved."),
        ("2636", "Date of Next Meeting", ":", "Monday 14th April 2025 at 7.00pm in the Memorial Hall."),
    ]
    for number, title, stop, text in items:
        pdf.labelled(f"{number}.", f"{title}{stop} {text}", label_w=14, after=2.5)
    pdf.para("The meeting closed at 8.35pm.")
    pdf.output(str(path))
    resolved = {"2634": 1}
    expected = [(n, t, None, resolved.get(n, 0)) for n, t, _s, _x in items]
    attendance = [("E Hughes", "present"), ("R Bowen", "present"), ("M Lloyd", "present"), ("C Parry", "present"),
                  ("J Watkins", "present"), ("S Howells", "in_attendance"), ("B Evans", "apologies")]
    votes = [{"item": "2634", "result": "carried"}]
    return _expected("minutes", "2025-03-10", expected, attendance, votes)


def parish_month_year_runon(path: Path) -> dict:
    """Parish minutes in Times numbered by month and year ("03.25.01" ...), the number in its own
    column, the title and its text on one line (title ending at a full stop or a dash), wrapped
    lines back at the number's margin; members listed with their initials, which the decisions use."""
    pdf = StylePDF("Ashcombe Parva Parish Council minutes", "Times")
    pdf.line("ASHCOMBE PARVA PARISH COUNCIL", 14, "B", h=7)
    pdf.line("Minutes of the Parish Council meeting held on Thursday 27th March 2025", 12, h=6)
    pdf.gap(3)
    pdf.para("Present: Alice Webb (AW) Chair, Tom Reyes (TR), Gina Holt (GH), Owen Marsh (OM).", 12, h=6, after=2)
    pdf.para("In attendance: Lucy Dane (Clerk).", 12, h=6, after=5)
    items = [
        ("03.25.01", "Apologies", ".", "Apologies were received from Cllr Fenwick."),
        ("03.25.02", "Declarations of interest", ".", "There were no declarations of interest."),
        ("03.25.03", "Minutes of the last meeting", ".", "The minutes of the meeting held on 27th February 2025 "
         "were checked, agreed as a true record and signed by the Chair."),
        ("03.25.04", "Village green", " –", "The mower quotation of £1,150 was considered. TR proposed GH seconded "
         "and it was RESOLVED to accept the quotation."),
        ("03.25.05", "Highways", ".", "It was agreed that the Clerk report the pothole on Mill Lane to the county "
         "council again."),
        ("03.25.06", "Finance", ".", "The accounts for payment were approved and signed by two councillors."),
    ]
    for number, title, stop, text in items:
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.set_font("Times", "", 12)
        pdf.cell(24, 6, number)
        pdf.multi_cell(0, 6, f"{title}{stop} {text}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))
    resolved = {"03.25.04": 1}
    expected = [(n, t, None, resolved.get(n, 0)) for n, t, _s, _x in items]
    attendance = [("Alice Webb", "present"), ("Tom Reyes", "present"), ("Gina Holt", "present"),
                  ("Owen Marsh", "present"), ("Lucy Dane", "in_attendance"), ("Fenwick", "apologies")]
    votes = [{"item": "03.25.04", "result": "carried"}]
    return _expected("minutes", "2025-03-27", expected, attendance, votes)


# ---- US township minutes: ALL-CAPS headings, motions and roll calls in prose ------------------------


def township_prose_caps(path: Path) -> dict:
    """US township board minutes: unnumbered ALL-CAPS headings in plain type, attendance in a
    sentence ("Present: Supervisor A, Clerk B, Trustees C, D and E. Trustee F Absent."), motions in
    prose ("A motion was made to ... by Trustee A, seconded by Trustee B.") with inline roll calls
    ("Trustee A – yes, ...", "Ayes: ... Nays: ... Absent: ...", "Yes – A, B; No – C"), voice votes,
    and two motions in one paragraph."""
    pdf = StylePDF("Maple Ridge Township Board minutes")
    pdf.line("MAPLE RIDGE TOWNSHIP", 13, "B", h=7, align="C")
    pdf.line("BOARD OF TRUSTEES REGULAR MEETING MINUTES", 12, "B", h=6, align="C")
    pdf.line("March 11, 2025", 11, h=6, align="C")
    pdf.gap(4)
    sections = [
        ("CALL TO ORDER", ["Supervisor Kowalski called the meeting to order at 7:00 p.m. at the Township Hall."]),
        ("ROLL CALL", ["Present: Supervisor Dana Kowalski, Clerk Mark Ostrowski, Treasurer Lisa Chen, Trustees "
                       "Paul Ruiz, Amy Becker and Tom Nguyen. Trustee Carl Jensen Absent.",
                       "Also present: Attorney Ruth Hall and Fire Chief Sam Ortiz."]),
        ("APPROVAL OF AGENDA", ["A motion was made to approve the agenda as presented by Trustee Ruiz, seconded by "
                                "Trustee Becker. All were in favor. Motion carried."]),
        ("APPROVAL OF MINUTES", ["Motion by Clerk Ostrowski, second by Treasurer Chen to approve the minutes of "
                                 "February 11, 2025 as presented. Roll Call: Trustee Ruiz – yes, Trustee Becker – yes, "
                                 "Trustee Nguyen – yes, Trustee Jensen – absent, Clerk Ostrowski – yes, Treasurer "
                                 "Chen – yes, Supervisor Kowalski – yes. Motion passes."]),
        ("TREASURER'S REPORT", ["Treasurer Chen presented the cash balances for February. A motion was made to accept "
                                "the Treasurer's report by Trustee Nguyen, seconded by Trustee Ruiz. All were in favor. "
                                "Motion carried."]),
        ("NEW BUSINESS", ["Fire Chief Ortiz asked the board to replace the rescue truck. Motion by Trustee Becker, "
                          "second by Trustee Nguyen to purchase a rescue truck for $182,000 from the equipment fund. "
                          "Roll call vote: Ayes: Becker, Nguyen, Ruiz, Chen. Nays: Ostrowski, Kowalski. Absent: "
                          "Jensen. Motion carried 4-2. A motion was made to set a public hearing on the road "
                          "millage for April 8, 2025 by Trustee Ruiz, seconded by Clerk Ostrowski. Roll Call: "
                          "Trustee Ruiz – yes, Trustee Becker – no, Trustee Nguyen – yes, Trustee Jensen – absent, "
                          "Clerk Ostrowski – yes, Treasurer Chen – yes, Supervisor Kowalski – yes. Motion passes."]),
        ("OLD BUSINESS", ["Motion by Trustee Nguyen, second by Trustee Becker to table the fence ordinance. Roll "
                          "call vote: Yes – Nguyen, Becker, Chen; No – Ruiz, Ostrowski, Kowalski. Motion failed."]),
        ("PUBLIC COMMENT", ["Two residents spoke about the condition of Orchard Road."]),
        ("ADJOURNMENT", ["A motion was made to adjourn by Trustee Ruiz, seconded by Trustee Becker. All were in "
                         "favor. Motion carried. The meeting adjourned at 8:42 p.m."]),
    ]
    for heading, paras in sections:
        pdf.line(heading, 11, h=6)
        for p in paras:
            pdf.para(p, after=3)
    pdf.para("Respectfully submitted, Mark Ostrowski, Township Clerk")
    pdf.output(str(path))
    items = [(None, h, None, 0) for h, _p in sections]
    attendance = [("Dana Kowalski", "present"), ("Mark Ostrowski", "present"), ("Lisa Chen", "present"),
                  ("Paul Ruiz", "present"), ("Amy Becker", "present"), ("Tom Nguyen", "present"),
                  ("Carl Jensen", "absent"), ("Ruth Hall", "also_present"), ("Sam Ortiz", "also_present")]
    everyone_yes = ["Ruiz", "Becker", "Nguyen", "Ostrowski", "Chen", "Kowalski"]
    votes = [
        {"item": None, "item_title": "APPROVAL OF AGENDA", "result": "carried", "mover": "Ruiz", "seconder": "Becker"},
        {"item": None, "item_title": "APPROVAL OF MINUTES", "result": "carried", "mover": "Ostrowski", "seconder": "Chen",
         "counts": {"yes": 6, "no": 0, "abstain": 0}, "voters": {"yes": everyone_yes, "absent": ["Jensen"]}},
        {"item": None, "item_title": "TREASURER'S REPORT", "result": "carried", "mover": "Nguyen", "seconder": "Ruiz"},
        {"item": None, "item_title": "NEW BUSINESS", "result": "carried", "mover": "Becker", "seconder": "Nguyen",
         "counts": {"yes": 4, "no": 2, "abstain": 0},
         "voters": {"yes": ["Becker", "Nguyen", "Ruiz", "Chen"], "no": ["Ostrowski", "Kowalski"], "absent": ["Jensen"]}},
        {"item": None, "item_title": "NEW BUSINESS", "result": "carried", "mover": "Ruiz", "seconder": "Ostrowski",
         "counts": {"yes": 5, "no": 1, "abstain": 0},
         "voters": {"yes": ["Ruiz", "Nguyen", "Ostrowski", "Chen", "Kowalski"], "no": ["Becker"], "absent": ["Jensen"]}},
        {"item": None, "item_title": "OLD BUSINESS", "result": "lost", "mover": "Nguyen", "seconder": "Becker",
         "counts": {"yes": 3, "no": 3, "abstain": 0},
         "voters": {"yes": ["Nguyen", "Becker", "Chen"], "no": ["Ruiz", "Ostrowski", "Kowalski"]}},
        {"item": None, "item_title": "ADJOURNMENT", "result": "carried", "mover": "Ruiz", "seconder": "Becker"},
    ]
    return _expected("minutes", "2025-03-11", items, attendance, votes)


def _roll(answers: list[tuple[str, str]], sep: str) -> str:
    """A roll call as one clause: "Trustee Elton – yes, Clerk Baird – yes, ..."."""
    return ", ".join(f"{name}{sep}{vote}" for name, vote in answers)


def township_typography(path: Path, *, run_in: bool = False, sep: str = " \u2013 ", words: tuple[str, str] = ("yes", "no"),
                        justify: bool = True, page_break_roll: bool = False, nbsp: bool = False,
                        font: str = "Helvetica") -> dict:
    """US township minutes as a word processor exports them: headings in capitals on their own line
    or (`run_in`) run into the start of their paragraph ("ROLL CALL: Present: ..."), paragraphs
    justified; each motion's roll call runs on over line breaks ("Trustee" at the end of one line,
    the name at the start of the next) and, with `page_break_roll`, over a page break; a name and
    its vote joined by `sep` (" – ", "-", ": ", ", "), the votes worded `words` in any case; two
    motions in one paragraph; results "Motion passed", "Motion carried", "All were in favor";
    `nbsp` joins titles to names with no-break spaces; a curly apostrophe in a heading."""
    pdf = StylePDF("Township minutes as exported", font)
    sp = "\u00a0" if nbsp else " "
    yes, no = words

    def who(title: str, name: str) -> str:
        return f"{title}{sp}{name}"

    board = [("Trustee", "Elton"), ("Trustee", "Marsh"), ("Clerk", "Baird"), ("Treasurer", "Quinn"),
             ("Supervisor", "Hale"), ("Trustee", "Dorsey")]
    every = [(who(t, n), yes if n != "Dorsey" else "absent") for t, n in board]
    split = [(who(t, n), {"Marsh": no, "Hale": no, "Dorsey": "absent"}.get(n, yes)) for t, n in board]
    shouted = [(who(t, n), (yes.upper() if k % 2 else yes.capitalize()) if n != "Dorsey" else "Absent")
               for k, (t, n) in enumerate(board)]
    pdf.line("LAKEVIEW TOWNSHIP BOARD", 13, "B", h=7, align="C")
    pdf.line("REGULAR MEETING MINUTES", 12, "B", h=6, align="C")
    pdf.line("April 8, 2025", 11, h=6, align="C")
    pdf.gap(4)
    sections = [
        ("CALL TO ORDER", "Supervisor Hale called the meeting to order at 7:00 p.m. at the Township Hall and led the "
                          "Pledge of Allegiance."),
        ("ROLL CALL", f"Present: {who('Supervisor', 'Nora Hale')}, {who('Clerk', 'Tom Baird')}, "
                      f"{who('Treasurer', 'Rita Quinn')}, Trustees Joe Elton and Kay Marsh. Absent: "
                      f"{who('Trustee', 'Lee Dorsey')}."),
        ("APPROVAL OF AGENDA", f"Motion by {who('Trustee', 'Elton')}, seconded by {who('Trustee', 'Marsh')}, to "
                               "approve the agenda as presented. All were in favor. Motion carried."),
        ("APPROVAL OF MINUTES", f"Motion by {who('Clerk', 'Baird')}, supported by {who('Treasurer', 'Quinn')}, to "
                                "approve the minutes of the March 11, 2025 regular meeting as corrected. Roll call "
                                f"vote: {_roll(every, sep)}. Motion passed."),
        ("TREASURER\u2019S REPORT", "Treasurer Quinn presented the balances of the general fund and the road fund "
                                   "for March and answered questions from the board."),
        ("BILLS", f"Motion by {who('Treasurer', 'Quinn')}, seconded by {who('Trustee', 'Elton')}, to pay the bills "
                  f"in the amount of $38,412.16 as presented. Roll call vote: {_roll(shouted, sep)}. Motion carried."),
        ("NEW BUSINESS", f"Motion by {who('Trustee', 'Marsh')}, seconded by {who('Clerk', 'Baird')}, to accept the "
                         "bid from a local contractor for the township hall roof in the amount of $24,900. Roll call "
                         f"vote: {_roll(every, sep)}. Motion carried. Motion by {who('Trustee', 'Elton')}, seconded "
                         f"by {who('Treasurer', 'Quinn')}, to purchase a mower for the cemetery not to exceed "
                         f"$6,500. Roll call vote: {_roll(split, sep)}. Motion passed 3-2."),
        ("PUBLIC COMMENT", "A resident asked about the spring clean-up day and the brush pick-up schedule."),
        ("ADJOURNMENT", f"Motion by {who('Trustee', 'Marsh')}, seconded by {who('Trustee', 'Elton')}, to adjourn "
                        "at 8:05 p.m. All were in favor."),
    ]
    width = pdf.w - pdf.r_margin - pdf.l_margin
    for heading, text in sections:
        if page_break_roll and heading == "NEW BUSINESS":
            pdf.set_y(pdf.h - 22 - 5.5 * 4)  # the paragraph starts four lines above the page's foot
        pdf.set_font(font, "", 11)
        if run_in:
            pdf.multi_cell(width, 5.5, f"{heading}: {text}", align="J" if justify else "L",
                           new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.line(heading, 11, h=6)
            pdf.multi_cell(width, 5.5, text, align="J" if justify else "L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.para("Respectfully submitted, Tom Baird, Township Clerk")
    pdf.output(str(path))
    items = [(None, h, None, 0) for h, _t in sections]
    attendance = [("Nora Hale", "present"), ("Tom Baird", "present"), ("Rita Quinn", "present"),
                  ("Joe Elton", "present"), ("Kay Marsh", "present"), ("Lee Dorsey", "absent")]
    all_yes = ["Elton", "Marsh", "Baird", "Quinn", "Hale"]

    def roll_vote(title: str, mover: str, seconder: str, voters: dict, result: str = "carried") -> dict:
        counts = {"yes": len(voters.get("yes", [])), "no": len(voters.get("no", [])), "abstain": 0}
        return {"item": None, "item_title": title, "result": result, "mover": mover, "seconder": seconder,
                "counts": counts, "voters": voters}

    votes = [
        {"item": None, "item_title": "APPROVAL OF AGENDA", "result": "carried", "mover": "Elton", "seconder": "Marsh"},
        roll_vote("APPROVAL OF MINUTES", "Baird", "Quinn", {"yes": all_yes, "absent": ["Dorsey"]}),
        roll_vote("BILLS", "Quinn", "Elton", {"yes": all_yes, "absent": ["Dorsey"]}),
        roll_vote("NEW BUSINESS", "Marsh", "Baird", {"yes": all_yes, "absent": ["Dorsey"]}),
        roll_vote("NEW BUSINESS", "Elton", "Quinn", {"yes": ["Elton", "Baird", "Quinn"], "no": ["Marsh", "Hale"],
                                                     "absent": ["Dorsey"]}),
        {"item": None, "item_title": "ADJOURNMENT", "result": "carried", "mover": "Marsh", "seconder": "Elton"},
    ]
    return _expected("minutes", "2025-04-08", items, attendance, votes)


def township_bold_run_in(path: Path, *, indent: float = 12.0, caps_names: bool = False, columns: bool = True,
                         font: str = "Times") -> dict:
    """US township minutes whose headings are bold capitals run into the first line of their paragraph
    with no colon ("CALL TO ORDER Supervisor Hale called ..."), the paragraph's first line indented
    `indent` mm; a roll call answered one member a line, the answers in a column of their own
    (`columns`) or after a dash, names in capitals with `caps_names` ("ELTON – AYE"); a voice vote
    "All in favor, motion carried."."""
    pdf = StylePDF("Township minutes with run-in headings", font)
    pdf.line("PINE GROVE TOWNSHIP", 13, "B", h=7, align="C")
    pdf.line("Regular Board Meeting - May 13, 2025", 11, h=6, align="C")
    pdf.gap(4)
    width = pdf.w - pdf.r_margin - pdf.l_margin

    def run_in(heading: str, text: str) -> None:
        pdf.set_x(pdf.l_margin + indent)
        pdf.set_font(font, "B", 11)
        pdf.write(5.5, heading + " ")
        pdf.set_font(font, "", 11)
        pdf.write(5.5, text)
        pdf.ln(8)

    def roll(answers: list[tuple[str, str]]) -> None:
        pdf.set_font(font, "", 11)
        for name, vote in answers:
            shown, said = (name.upper(), vote.upper()) if caps_names else (name, vote)
            pdf.set_x(pdf.l_margin + indent)
            if columns:
                pdf.cell(50, 5.5, shown)
                pdf.cell(0, 5.5, said, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(0, 5.5, f"{shown} \u2013 {said}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    run_in("CALL TO ORDER", "Supervisor Ann Wells called the meeting to order at 7:00 p.m. in the Township Hall.")
    run_in("ROLL CALL", "Present: Supervisor Ann Wells, Clerk Gary Novak, Treasurer Beth Ross and Trustee Carl Ames. "
                        "Absent: Trustee Dale Frey.")
    run_in("APPROVAL OF AGENDA", "Motion by Trustee Ames, seconded by Clerk Novak, to approve the agenda. All in "
                                 "favor, motion carried.")
    run_in("ROAD BIDS", "Motion by Clerk Novak, seconded by Treasurer Ross, to accept the low bid for chip sealing "
                        "from a county contractor. Roll call vote:")
    roll([("Trustee Ames", "aye"), ("Clerk Novak", "aye"), ("Treasurer Ross", "aye"), ("Supervisor Wells", "nay"),
          ("Trustee Frey", "absent")])
    pdf.set_font(font, "", 11)
    pdf.multi_cell(width, 5.5, "Motion carried.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    run_in("ZONING ORDINANCE", "Motion by Treasurer Ross, seconded by Trustee Ames, to adopt the amendment to the "
                               "sign ordinance as recommended. Roll call vote:")
    roll([("Trustee Ames", "aye"), ("Clerk Novak", "nay"), ("Treasurer Ross", "aye"), ("Supervisor Wells", "aye"),
          ("Trustee Frey", "absent")])
    pdf.set_font(font, "", 11)
    pdf.multi_cell(width, 5.5, "Motion carried.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    run_in("PUBLIC COMMENT", "None.")
    run_in("ADJOURNMENT", "Motion by Trustee Ames, seconded by Treasurer Ross, to adjourn at 7:48 p.m. All in favor, "
                          "motion carried.")
    pdf.output(str(path))
    titles = ["CALL TO ORDER", "ROLL CALL", "APPROVAL OF AGENDA", "ROAD BIDS", "ZONING ORDINANCE", "PUBLIC COMMENT",
              "ADJOURNMENT"]
    items = [(None, t, None, 0) for t in titles]
    attendance = [("Ann Wells", "present"), ("Gary Novak", "present"), ("Beth Ross", "present"),
                  ("Carl Ames", "present"), ("Dale Frey", "absent")]
    votes = [
        {"item": None, "item_title": "APPROVAL OF AGENDA", "result": "carried", "mover": "Ames", "seconder": "Novak"},
        {"item": None, "item_title": "ROAD BIDS", "result": "carried", "mover": "Novak", "seconder": "Ross",
         "counts": {"yes": 3, "no": 1, "abstain": 0},
         "voters": {"yes": ["Ames", "Novak", "Ross"], "no": ["Wells"], "absent": ["Frey"]}},
        {"item": None, "item_title": "ZONING ORDINANCE", "result": "carried", "mover": "Ross", "seconder": "Ames",
         "counts": {"yes": 3, "no": 1, "abstain": 0},
         "voters": {"yes": ["Ames", "Ross", "Wells"], "no": ["Novak"], "absent": ["Frey"]}},
        {"item": None, "item_title": "ADJOURNMENT", "result": "carried", "mover": "Ames", "seconder": "Ross"},
    ]
    return _expected("minutes", "2025-05-13", items, attendance, votes)


TYPOGRAPHY = {
    "typo_justified_en_dash": lambda p: township_typography(p),
    "typo_run_in_glued_hyphen": lambda p: township_typography(p, run_in=True, sep="-", words=("aye", "nay"),
                                                              font="Times"),
    "typo_colon_votes_page_break": lambda p: township_typography(p, sep=": ", page_break_roll=True, nbsp=True),
    "typo_comma_yea_run_in": lambda p: township_typography(p, run_in=True, sep=", ", words=("Yea", "Nay"),
                                                           justify=False, page_break_roll=True),
    "typo_bold_run_in_columns": lambda p: township_bold_run_in(p),
    "typo_bold_run_in_caps_dashes": lambda p: township_bold_run_in(p, indent=0, caps_names=True, columns=False,
                                                                   font="Helvetica"),
}


def township_roll_lines(path: Path) -> dict:
    """US township minutes in Times: bold ALL-CAPS headings, some with the item's text run on in the
    same line ("APPROVAL OF MINUTES: Motion by ..."), the roll call answered one member a line
    ("Trustee Hal Moreno – present"), "Motion by X, seconded by Y to ..." ("supported by"),
    roll-call votes on their own line ("Roll call vote: Ayes: ... Nays: ... Motion carried 3-1."), a
    result with its tally and no roll call ("Motion carried 4-0."), voice votes."""
    pdf = StylePDF("Cedar Falls Township minutes", "Times")
    pdf.line("CEDAR FALLS TOWNSHIP BOARD", 14, "B", h=7)
    pdf.line("Minutes of the Regular Meeting, Tuesday, June 10, 2025", 12, h=6)
    pdf.gap(4)
    roll = [("Supervisor", "Irene Walsh", "present"), ("Clerk", "Derek Fong", "present"),
            ("Treasurer", "Nora Blake", "present"), ("Trustee", "Hal Moreno", "present"),
            ("Trustee", "Jean Pratt", "absent")]
    pdf.line("CALL TO ORDER", 12, "B", h=6)
    pdf.para("The meeting was called to order by Supervisor Walsh at 6:30 p.m.", 12, h=6, after=3)
    pdf.line("ROLL CALL", 12, "B", h=6)
    for role, name, status in roll:
        pdf.line(f"{role} {name} – {status}", 12, x=6, h=6)
    pdf.gap(3)
    sections = [
        ("APPROVAL OF MINUTES", ["Motion by Trustee Moreno, seconded by Treasurer Blake to approve the minutes of "
                                 "May 13, 2025. All in favor. Motion carried."]),
        ("NEW BUSINESS", ["The board discussed bids for the cemetery fence.",
                          "Motion by Clerk Fong, seconded by Trustee Moreno to award the cemetery fence contract to "
                          "Hillside Fencing for $14,800.",
                          "Roll call vote: Ayes: Fong, Moreno, Blake. Nays: Walsh. Absent: Pratt. Motion carried 3-1."]),
        ("OLD BUSINESS", ["Motion by Trustee Moreno, supported by Clerk Fong, to renew the snow removal contract "
                          "for one year. Motion carried 4-0."]),
        ("ADJOURNMENT", ["Motion by Treasurer Blake, seconded by Clerk Fong to adjourn at 7:15 p.m. All in favor. "
                         "Motion carried."]),
    ]
    for heading, paras in sections:
        if len(paras) == 1:
            # the heading in bold capitals, the item's text run on after it in the same line
            pdf.set_font("Times", "B", 12)
            pdf.write(6, heading + ": ")
            pdf.set_font("Times", "", 12)
            pdf.write(6, paras[0])
            pdf.ln(8)
            continue
        pdf.line(heading, 12, "B", h=6)
        for p in paras:
            pdf.para(p, 12, h=6, after=2)
        pdf.gap(1)
    pdf.output(str(path))
    items = [(None, "CALL TO ORDER", None, 0), (None, "ROLL CALL", None, 0)] + [(None, h, None, 0) for h, _p in sections]
    attendance = [(name, status) for _r, name, status in roll]
    votes = [
        {"item": None, "item_title": "APPROVAL OF MINUTES", "result": "carried", "mover": "Moreno", "seconder": "Blake"},
        {"item": None, "item_title": "NEW BUSINESS", "result": "carried", "mover": "Fong", "seconder": "Moreno",
         "counts": {"yes": 3, "no": 1, "abstain": 0},
         "voters": {"yes": ["Fong", "Moreno", "Blake"], "no": ["Walsh"], "absent": ["Pratt"]}},
        {"item": None, "item_title": "OLD BUSINESS", "result": "carried", "mover": "Moreno", "seconder": "Fong",
         "counts": {"yes": 4, "no": 0, "abstain": 0}},
        {"item": None, "item_title": "ADJOURNMENT", "result": "carried", "mover": "Blake", "seconder": "Fong"},
    ]
    return _expected("minutes", "2025-06-10", items, attendance, votes)


# ---- long board minutes: unnumbered matters, entries numbered afresh under some ----------------


class _BoardPDF(StylePDF):
    """A board's minutes with the board, the date and "MINUTES" printed at the top of every page."""

    def __init__(self, title: str, font: str, running: tuple[str, str, str]):
        self.running = running
        super().__init__(title, font)

    def header(self):
        self.set_font(self.font_name, "", 9)
        left, middle, right = self.running
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, left)
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, middle, align="C")
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, right, align="R")
        self.set_xy(self.l_margin, self.t_margin)


# (name, role, status): the board's members, then the deputies who attend for them
BOARD_ROSTER = [
    ("Dana Whitlock", "President", "present"),
    ("Marcus Feld", "Mayor", "present"),
    ("Irene Vasquez", "Comptroller and Secretary", "present"),
    ("Paul Ostrowski", "City Solicitor", "present"),
    ("Lena Harcourt", "Director of Public Works", "present"),
    ("Samuel Greer", "Deputy City Solicitor", "in_attendance"),
    ("Ava Lindgren", "Deputy Director of Public Works", "in_attendance"),
    ("Ruth Ambler", "Deputy Comptroller and Clerk", "in_attendance"),
]
APPROVED = "UPON MOTION duly made and seconded, the Board approved"


def _request(action: str, amount: str, background: str, decision: str) -> list[str]:
    """A matter's request under the labels every request repeats, and the Board's decision."""
    return ["ACTION REQUESTED OF B/E:", f"The Board is requested to {action}", "AMOUNT OF MONEY AND SOURCE:", amount,
            "BACKGROUND/EXPLANATION:", background, "APPROVED FOR FUNDS BY FINANCE", decision]


# (heading, paragraphs, numbered entries (first line, second line)): the matters in order; a
# paragraph in capitals is a label inside the matter
BOARD_MATTERS = [
    ("Minutes", [f"{APPROVED} the minutes of the regular meeting of April 2, 2025."], []),
    ("Department of Transportation \u2013 Developer\u2019s Agreement No. 1421", _request(
        "approve and authorize execution of the developer\u2019s agreement with Quayside Partners, LLC for the "
        "installation of water and road services to its new development.",
        "$125,000.00 \u2013 Performance Bond",
        "The developer will install the services at its own cost and has posted a performance bond.",
        f"{APPROVED} and authorized execution of the developer\u2019s agreement."), []),
    ("Department of Public Works \u2013 Change Order No. 3", _request(
        "approve change order no. 3 to the contract for the rehabilitation of the Eastside pumping station.",
        "$84,300.00 \u2013 9960-905614-9557",
        "The change order covers the replacement of two corroded valves found when the station was opened.",
        f"{APPROVED} the change order."), []),
    ("Bureau of Procurement \u2013 Informal Awards, Renewals and Extensions", [
        f"{APPROVED} the informal awards, renewals and extensions listed below:"], [
        ("HARBOR SALT SUPPLY, INC.            $45,000.00            Renewal",
         "Contract No. B50001234 \u2013 Rock Salt \u2013 Department of Transportation"),
        ("NORTHSIDE OFFICE SYSTEMS            $12,480.00            Award",
         "Solicitation No. 06000 \u2013 Copier Maintenance \u2013 Department of Finance"),
        ("CRESTLINE UNIFORMS, LLC            $8,900.00            Extension",
         "Contract No. B50000877 \u2013 Uniforms \u2013 Fire Department"),
    ]),
    ("Department of Audits \u2013 Audit Reports", [
        "The Board is requested to note receipt of the audit reports of the Department of Finance and of "
        "the Parking Authority for the fiscal year ended June 30, 2024.",
        "The Board NOTED receipt of the audit reports."], []),
    ("Department of Human Resources \u2013 Personnel Matters", [
        f"{APPROVED} the personnel matters listed below:"], [
        ("Department of Recreation and Parks", "Reclassify one Recreation Leader position, Grade 083, to Recreation "
                                               "Programmer, Grade 090."),
        ("Department of General Services", "Create one Fleet Analyst position, Grade 112."),
    ]),
    ("Department of Real Estate \u2013 Lease Agreement", _request(
        "approve and authorize execution of a lease agreement with Marlow Street Associates for office space at "
        "210 Marlow Street for a term of three years.",
        "$96,000.00 annual rent \u2013 1001-000000-1970-195600-603013",
        "The Department of Housing has outgrown its present offices; the lease brings its staff into one building.",
        f"{APPROVED} and authorized execution of the lease agreement. The Comptroller ABSTAINED."), []),
    ("Bureau of Procurement \u2013 Extra Work Orders", [
        f"{APPROVED} the extra work orders listed below:"], [
        ("EWO #004, $36,210.00 \u2013 Contract TR 21013, Harbor Bridge Deck Repairs",
         "Cornerstone Civil, Inc.; 45 of 60 days elapsed"),
        ("EWO #011, $7,845.50 \u2013 Contract WC 1187, Sewer Main Rehabilitation",
         "Dunmore Pipeline Co.; 210 of 300 days elapsed"),
        ("EWO #002, $19,300.00 \u2013 Contract GS 08004, Central Library Roof",
         "Tallis Roofing, LLC; 30 of 120 days elapsed"),
    ]),
    ("Department of Transportation \u2013 Task Assignment No. 7 under the On-Call Design Contract with Meridian "
     "Engineering, Inc. for the Harbor Boulevard Signals", _request(
        "approve the assignment of Task No. 7 to Meridian Engineering, Inc. under its on-call design contract.",
        "$212,640.00 \u2013 9950-904711-9508",
        "The task covers the design of signal upgrades at eleven intersections on the Harbor Boulevard corridor.",
        f"{APPROVED} the assignment of Task No. 7."), []),
    ("Department of Finance \u2013 Bond Sale", _request(
        "approve the terms of sale of General Obligation Bonds, Series 2025A.",
        "Not to exceed $60,000,000.00",
        "The bonds fund the capital projects the voters approved in the 2024 bond referendum.",
        f"{APPROVED} the terms of sale. The President voted NO."), []),
]


def _board_expected(date: str) -> dict:
    items: list[tuple] = []
    for heading, _paras, entries in BOARD_MATTERS:
        items.append((None, heading, None, 0))
        # an entry's title is its first line; of a row of fields spaced out, the first field
        items.extend((str(k), re.split(r"\s{3,}", first)[0], None, 0) for k, (first, _second) in enumerate(entries, start=1))
    # each motion "duly made and seconded" approves: no figures printed
    votes = [{"item": None, "result": "approved"} for _h, paras, _e in BOARD_MATTERS
             if any(p.startswith(APPROVED) or f" {APPROVED}" in p for p in paras)]
    return _expected("minutes", date, items, [(n, s) for n, _r, s in BOARD_ROSTER], votes)


def board_matters_underlined(path: Path) -> dict:
    """A US city board's long minutes in Times: the members and their deputies listed at the top
    with no "Present" label, then unnumbered matters headed by a department and a subject in bold,
    underlined, mixed case ("Department of Audits – Audit Reports"); labels in capitals inside a
    matter ("ACTION REQUESTED OF B/E:"); under some matters, entries numbered 1, 2, 3 afresh, the
    entry's first line spaced out in columns; every page headed by the board, the date and MINUTES."""
    pdf = _BoardPDF("Port Alder Board of Estimates minutes", "Times", ("BOARD OF ESTIMATES", "04/09/2025", "MINUTES"))
    pdf.line("MINUTES", 13, "B", h=7, align="C")
    pdf.line("REGULAR MEETING", 12, "B", h=6, align="C")
    pdf.gap(3)
    for k, (name, role, _status) in enumerate(BOARD_ROSTER):
        pdf.line(f"{'Honorable ' if k < 3 else ''}{name}, {role}", 11, x=30, h=5.5)
    pdf.gap(4)
    pdf.para("The meeting of the Board of Estimates was called to order at 9:00 a.m. on Wednesday, April 9, "
             "2025 by the President.", after=5)
    for k, (heading, paras, entries) in enumerate(BOARD_MATTERS):
        if pdf.get_y() > pdf.h - 60 or k in (3, 6):
            pdf.add_page()
        pdf.set_font("Times", "U", 11)
        pdf.multi_cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.gap(2)
        for text in paras:
            if text.isupper():
                pdf.line(text, 11, "B")  # the labels at the headings' margin, bold
            else:
                pdf.para(text, x=8 if paras[0].isupper() else 0, after=3)
        for k, (first, second) in enumerate(entries, start=1):
            pdf.labelled(f"{k}.", first, label_w=8, after=0)
            pdf.line(second, 11, x=8)
            pdf.gap(2)
        pdf.gap(4)
    pdf.output(str(path))
    return _board_expected("2025-04-09")


def board_matters_caps(path: Path) -> dict:
    """The same kind of board minutes in Helvetica: the roster centred under the title, one name and
    office a line after a dash; matters headed in bold capitals at the margin; the labels inside a
    matter in plain capitals, indented; entries numbered "1)" with the rest of the entry wrapped
    under its text; the board and the date at the top of every page."""
    pdf = _BoardPDF("Lakemoor Board of Estimates minutes", "Helvetica",
                    ("Board of Estimates \u2013 Minutes", "", "Wednesday, April 9, 2025"))
    pdf.line("LAKEMOOR BOARD OF ESTIMATES", 13, "B", h=7, align="C")
    pdf.line("Minutes of the Regular Meeting, Wednesday, April 9, 2025", 11, h=6, align="C")
    pdf.gap(3)
    for name, role, _status in BOARD_ROSTER:
        pdf.line(f"{name} \u2013 {role}", 10, h=5, align="C")
    pdf.gap(5)
    for k, (heading, paras, entries) in enumerate(BOARD_MATTERS):
        if pdf.get_y() > pdf.h - 60 or k in (3, 6):
            pdf.add_page()
        pdf.para(heading.upper(), 10, "B", h=6, after=0)
        pdf.gap(1)
        for text in paras:
            if text.isupper():
                pdf.line(text, 10, x=6, h=5)
            else:
                pdf.para(text, 10, x=6 if paras[0].isupper() else 0, h=5, after=2)
        for k, (first, second) in enumerate(entries, start=1):
            pdf.labelled(f"{k})", f"{first}\n{second}", x=6, label_w=8, size=10, h=5, after=2)
        pdf.gap(3)
    pdf.output(str(path))
    exp = _board_expected("2025-04-09")
    for item in exp["items"]:
        if item["number"] is None:
            item["title"] = item["title"].upper()
    return exp


def board_matters_bold_entries(path: Path) -> dict:
    """The board's minutes with the entries numbered in bold like headings ("1. HARBOR SALT ...")
    under matters in bold mixed case, not underlined; the roster printed in two columns, the name,
    then the office in a column of its own, under a first matter opening the meeting."""
    pdf = _BoardPDF("Kestrel Bay Board of Estimates minutes", "Helvetica",
                    ("KESTREL BAY BOARD OF ESTIMATES", "", "April 9, 2025"))
    pdf.line("Minutes of the Board of Estimates", 14, "B", h=7)
    pdf.line("Wednesday, April 9, 2025, 9:00 a.m.", 11, h=6)
    pdf.gap(4)
    pdf.line("Call to Order", 11, "B", h=6)
    pdf.para("The President called the meeting to order. The following were present:", 10, h=5, after=1)
    for name, role, _status in BOARD_ROSTER:
        pdf.set_font("Helvetica", "", 10)
        pdf.set_x(pdf.l_margin + 10)
        pdf.cell(60, 5, f"Hon. {name}" if role in ("President", "Mayor") else name)
        pdf.cell(0, 5, role, new_x="LMARGIN", new_y="NEXT")
    pdf.gap(4)
    for k, (heading, paras, entries) in enumerate(BOARD_MATTERS):
        if pdf.get_y() > pdf.h - 60 or k in (3, 6):
            pdf.add_page()
        pdf.para(heading, 11, "B", h=6, after=1)
        for text in paras:
            if text.isupper():
                pdf.line(text, 10, "B", h=5)  # bold capitals at the headings' margin
            else:
                pdf.para(text, 10, h=5, after=2)
        for n, (first, second) in enumerate(entries, start=1):
            pdf.labelled(f"{n}.", first, label_w=8, size=10, style="B", h=5, after=0)
            pdf.line(second, 10, x=8, h=5)
            pdf.gap(2)
        pdf.gap(3)
    pdf.output(str(path))
    exp = _board_expected("2025-04-09")
    exp["items"].insert(0, {"number": None, "title": "Call to Order", "agenda_item": None})
    return exp


# ---- a board that opens every matter on a page of its own ----------------------------------------


def _lease(tenant: str, unit: str) -> list[str]:
    return _request(f"approve and authorize execution of a lease agreement with {tenant}, lessee, for the rental of "
                    f"Studio {unit} at the Old Mill Arts Building for one year.", "$3,600.00 annual rent",
                    "The studio will be used as an artist\u2019s workshop; the lessee pays for its own utilities.",
                    f"{APPROVED} and authorized execution of the lease agreement with {tenant}.")


# (department, subject or None, paragraphs, entries (first field, other fields), pages): in order;
# a list matter's entries are split over its pages evenly and its banner repeats on each page
PAGE_MATTERS: list[tuple[str, str | None, list[str], list[tuple[str, str]], int]] = [
    ("Department of Real Estate", "Lease Agreement", _lease("Nora Pell", "104"), [], 1),
    ("Department of Real Estate", "Lease Agreement", _lease("Tomas Abara", "207"), [], 1),
    ("Department of Real Estate", "Lease Agreement", _lease("Ivy Marsh", "310"), [], 1),
    ("Law Department", "Claim Settlements", [
        "The Board is requested to approve the settlement of the following claims, reviewed by the Settlement "
        "Committee of the Law Department.",
        f"{APPROVED} the settlement of the claims."], [
        ("Jordan Ellis v. Mayor and City Council of Port Alder", "$45,000.00"),
        ("Harlow Freight, Inc. v. Port Alder Harbor Authority et al.", "$12,500.00"),
    ], 1),
    ("Department of Public Works and Environmental Services",
     "Amendment No. 2 to the On-Call Engineering Agreement", _request(
         "approve and authorize execution of Amendment No. 2 to the on-call engineering agreement with Brightwater "
         "Consulting, LLC, extending the agreement for one year. " * 3,
         "$750,000.00 \u2013 9960-904212-9551",
         "The consultant designs the repairs of the water mains the department cannot design with its own staff. " * 6,
         f"{APPROVED} and authorized execution of Amendment No. 2."), [], 2),
    ("INFORMAL AWARDS, RENEWALS AND EXTENSIONS", None, [f"{APPROVED} the informal awards listed below:"], [
        ("HARBOR SALT SUPPLY, INC.", "$45,000.00   Renewal"),
        ("NORTHSIDE OFFICE SYSTEMS", "$12,480.00   Low Bid"),
        ("CRESTLINE UNIFORMS, LLC", "$8,900.00   Extension"),
        ("DELTA SIGNAL COMPANY", "$21,310.00   Sole Source"),
        ("MERIDIAN LAB SERVICES", "$9,875.00   Low Bid"),
        ("QUARRY STONE & GRAVEL CO.", "$17,440.00   Renewal"),
    ], 2),
    ("Department of Finance", "Bond Sale", _request(
        "approve the terms of sale of General Obligation Bonds, Series 2025A.", "Not to exceed $60,000,000.00",
        "The bonds fund the capital projects the voters approved in the 2024 bond referendum.",
        f"{APPROVED} the terms of sale."), [], 1),
]


def _page_matters_expected() -> dict:
    items: list[tuple] = []
    for dept, subject, _paras, entries, _pages in PAGE_MATTERS:
        items.append((None, f"{dept} \u2013 {subject}" if subject else dept, None, 0))
        items.extend((str(k), first, None, 0) for k, (first, _rest) in enumerate(entries, start=1))
    votes = [{"item": None, "result": "approved"} for _m in PAGE_MATTERS]
    return _expected("minutes", "2025-04-09", items, [(n, s) for n, _r, s in BOARD_ROSTER], votes)


def _underline(pdf: StylePDF, x: float, text: str, size: float) -> None:
    """A rule under `text` printed at `x` on the line just written (the cursor is below it)."""
    pdf.rect(x, pdf.get_y() - 0.9, pdf.get_string_width(text), 0.15, style="F")


def _matter_body(pdf: StylePDF, paras: list[str], size: float) -> None:
    for text in paras:
        if text.isupper():
            pdf.line(text, size, "B", h=5.5)
        else:
            pdf.para(text, size, h=5, after=3)


def board_pages_underlined(path: Path) -> dict:
    """A US board's minutes in Courier that open every matter on a page of its own, under the board,
    the date and MINUTES: the heading "Department \u2013 Subject" underlined in two pieces (the dash
    left bare); a long department set in a column of its own over two lines, the subject beside it;
    three leases under one heading, each decided; a matter running onto a page headed "\u2013 cont\u2019d";
    a list of awards whose banner repeats on its second page, its entries counting on under a
    department's sub-banner; claims whose first field wraps in its column."""
    pdf = _BoardPDF("Port Alder Board of Estimates minutes", "Courier", ("BOARD OF ESTIMATES", "MINUTES", "4/9/25"))
    pdf.line("BOARD OF ESTIMATES April 9, 2025", 11, "B", h=7)
    pdf.line("REGULAR MEETING", 11, "B", h=8)
    for k, (name, role, _status) in enumerate(BOARD_ROSTER):
        pdf.line(f"{'Honorable ' if k < 3 else ''}{name}, {role}", 11, h=5)
    pdf.gap(4)
    pdf.line("The meeting was called to order by the President.", 11, x=25)
    size, left_w = 11, 70
    for dept, subject, paras, entries, pages in PAGE_MATTERS:
        pdf.add_page()
        pdf.set_font("Courier", "B" if subject is None else "", size)
        x = pdf.l_margin
        if subject is None:
            pdf.line(dept, size, "B", h=5)
            _underline(pdf, x, dept, size)
        elif pdf.get_string_width(f"{dept} \u2013 {subject}") < pdf.w - 2 * pdf.l_margin:
            pdf.line(f"{dept} \u2013 {subject}", size, h=5)
            _underline(pdf, x, dept, size)
            _underline(pdf, x + pdf.get_string_width(f"{dept} \u2013 "), subject, size)
        else:
            # the department in a column of its own, the subject wrapped beside it
            top = pdf.get_y()
            pdf.set_xy(x, top)
            pdf.multi_cell(left_w, 5, dept, align="L", new_x="LMARGIN", new_y="NEXT")
            bottom = pdf.get_y()
            pdf.set_xy(x + left_w + 3, top)
            pdf.multi_cell(pdf.w - pdf.r_margin - x - left_w - 3, 5, f"\u2013 {subject}", align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(bottom, pdf.get_y()))
        pdf.gap(5)
        per_page = -(-len(entries) // pages) if entries else 0
        body = paras if pages == 1 or entries else paras[: len(paras) // 2]
        _matter_body(pdf, body, size)
        for k, (first, rest) in enumerate(entries, start=1):
            if k > 1 and (k - 1) % per_page == 0:
                pdf.add_page()
                pdf.line(dept, size, "B", h=5)  # the banner repeated over the list's next page
                _underline(pdf, x, dept, size)
                pdf.gap(4)
            if (k - 1) % per_page == 0 and subject is None:
                pdf.line("Bureau of Procurement", size, h=6)  # the department over its rows
            top = pdf.get_y()
            pdf.set_font("Courier", "", size)
            pdf.set_xy(x, top)
            pdf.cell(10, 5, f"{k}.")
            pdf.multi_cell(60, 5, first, align="L", new_x="LMARGIN", new_y="NEXT")
            end = pdf.get_y()
            pdf.set_xy(x + 80, top)
            pdf.cell(0, 5, rest)
            pdf.set_y(end + 4)
        if pages > 1 and not entries:
            pdf.add_page()
            pdf.line(f"{dept.split(' and ')[0]} \u2013 cont\u2019d", size, h=5)
            pdf.gap(5)
            _matter_body(pdf, paras[len(paras) // 2:], size)
    pdf.output(str(path))
    return _page_matters_expected()


def board_pages_bold(path: Path) -> dict:
    """The same board's minutes in Helvetica: each matter's page headed in bold, title case, not
    underlined, a long heading wrapped at the margin in bold; a matter going on over a page headed
    "(continued)"; the awards' banner centred in bold capitals on each of its pages."""
    pdf = _BoardPDF("Lakemoor Board of Estimates minutes", "Helvetica", ("Board of Estimates", "Minutes", "April 9, 2025"))
    pdf.line("Board of Estimates \u2013 April 9, 2025", 13, "B", h=7)
    pdf.line("Regular Meeting", 11, "B", h=8)
    for name, role, _status in BOARD_ROSTER:
        pdf.line(f"{name}, {role}", 10.5, h=5)
    pdf.gap(4)
    pdf.para("The President called the meeting to order at 9:00 a.m.", 10.5)
    size = 10.5
    for dept, subject, paras, entries, pages in PAGE_MATTERS:
        pdf.add_page()
        heading = f"{dept} \u2013 {subject}" if subject else dept
        pdf.para(heading, 11, "B", h=5.5, after=4) if subject else pdf.line(heading, 11, "B", h=6, align="C")
        per_page = -(-len(entries) // pages) if entries else 0
        body = paras if pages == 1 or entries else paras[: len(paras) // 2]
        if subject is None:
            pdf.gap(3)
        _matter_body(pdf, body, size)
        for k, (first, rest) in enumerate(entries, start=1):
            if k > 1 and (k - 1) % per_page == 0:
                pdf.add_page()
                pdf.line(heading, 11, "B", h=6, align="C")
                pdf.gap(3)
            top = pdf.get_y()
            pdf.set_font("Helvetica", "", size)
            pdf.set_xy(pdf.l_margin, top)
            pdf.cell(8, 5, f"{k}.")
            pdf.multi_cell(62, 5, first, align="L", new_x="LMARGIN", new_y="NEXT")
            end = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 80, top)
            pdf.cell(0, 5, rest)
            pdf.set_y(end + 3)
        if pages > 1 and not entries:
            pdf.add_page()
            pdf.para(f"{heading} (continued)", 11, "B", h=5.5, after=4)
            _matter_body(pdf, paras[len(paras) // 2:], size)
    pdf.output(str(path))
    return _page_matters_expected()


# ---- US city council minutes from an agenda system: numbered items, file numbers, tallies ------


CITY_COUNCIL = [("Councilmember", "Avery"), ("Councilmember", "Brandt"), ("Councilmember", "Chen"),
                ("Vice Mayor", "Diaz"), ("Councilmember", "Ellis"), ("Mayor", "Ruiz"), ("Councilmember", "Foster")]


def _members(names: list[str]) -> str:
    titled = [f"{t} {n}" for t, n in CITY_COUNCIL if n in names]
    return _and_join(titled)


def city_minutes_file_numbers(path: Path) -> dict:
    """US city council minutes as an agenda management system prints them: numbered sections
    ("3. CONSENT CALENDAR") and items ("3.1") with the file number beside the title ("25-0412"),
    the roll call as tallies ("Present: 6 - Councilmember A, ..." / "Absent: 1 - ..."), each
    motion "A motion was made by X, seconded by Y, that this Ordinance be ... The motion carried
    by the following vote:" and its tally lines "Aye: 4 - ...", "Nay: 2 - ...", "Absent: 1 - ..."."""
    pdf = StylePDF("Alder Grove City Council meeting minutes")
    pdf.line("City of Alder Grove", 16, "B", h=8)
    pdf.line("Meeting Minutes", 13, h=7)
    pdf.line("City Council", 13, "B", h=7)
    pdf.line("Tuesday, May 6, 2025        6:00 PM        Council Chambers", 11, h=6)
    pdf.gap(5)
    here = ["Avery", "Brandt", "Chen", "Diaz", "Ellis", "Ruiz"]
    consent_yes = here
    hearing_yes, hearing_no = ["Brandt", "Diaz", "Ellis", "Ruiz"], ["Avery", "Chen"]

    def tally(label: str, names: list[str]) -> None:
        pdf.labelled(f"{label}:", f"{len(names)} - {_members(names)}", x=10, label_w=16, after=0.5)

    def item(number: str, file_no: str, title: str) -> None:
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(12, 5.5, number)
        pdf.cell(22, 5.5, file_no)
        pdf.multi_cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.gap(1)

    pdf.line("1. CALL TO ORDER", 12, "B", h=6)
    pdf.para("Mayor Ruiz called the meeting to order at 6:02 p.m.", x=10)
    pdf.line("2. ROLL CALL", 12, "B", h=6)
    tally("Present", here)
    tally("Absent", ["Foster"])
    pdf.gap(3)
    pdf.line("3. CONSENT CALENDAR", 12, "B", h=6)
    pdf.para("A motion was made by Councilmember Chen, seconded by Councilmember Brandt, to approve the Consent "
             "Calendar. The motion carried by the following vote:", x=10, after=1)
    tally("Aye", consent_yes)
    tally("Absent", ["Foster"])
    pdf.gap(3)
    item("3.1", "25-0412", "Approval of the Minutes of the April 22, 2025 Regular Meeting")
    pdf.para("Approved on the Consent Calendar.", x=10)
    item("3.2", "25-0398", "Award of a contract for street resurfacing to Paveco, Inc. in an amount not to "
                           "exceed $1,250,000")
    pdf.para("Approved on the Consent Calendar.", x=10)
    pdf.line("4. PUBLIC HEARINGS", 12, "B", h=6)
    item("4.1", "25-0377", "Ordinance amending Chapter 17 (Zoning) to allow accessory dwelling units in all "
                           "residential districts")
    pdf.para("A motion was made by Vice Mayor Diaz, seconded by Councilmember Ellis, that this Ordinance be "
             "introduced and read by title only. The motion carried by the following vote:", x=10, after=1)
    tally("Aye", hearing_yes)
    tally("Nay", hearing_no)
    tally("Absent", ["Foster"])
    pdf.gap(3)
    pdf.line("5. ADJOURNMENT", 12, "B", h=6)
    pdf.para("The meeting adjourned at 7:48 p.m.", x=10)
    pdf.output(str(path))
    items = [("1", "CALL TO ORDER", None, 0), ("2", "ROLL CALL", None, 0), ("3", "CONSENT CALENDAR", None, 0),
             ("3.1", "Approval of the Minutes of the April 22, 2025 Regular Meeting", None, 0),
             ("3.2", "Award of a contract for street resurfacing to Paveco, Inc. in an amount not to exceed "
                     "$1,250,000", None, 0),
             ("4", "PUBLIC HEARINGS", None, 0),
             ("4.1", "Ordinance amending Chapter 17 (Zoning) to allow accessory dwelling units in all residential "
                     "districts", None, 0),
             ("5", "ADJOURNMENT", None, 0)]
    attendance = [(n, "present") for n in here] + [("Foster", "absent")]
    votes = [{"item": "3", "result": "carried", "mover": "Chen", "seconder": "Brandt",
              "counts": {"yes": 6, "no": 0, "abstain": 0}, "voters": {"yes": consent_yes, "absent": ["Foster"]}},
             {"item": "4.1", "result": "carried", "mover": "Diaz", "seconder": "Ellis",
              "counts": {"yes": 4, "no": 2, "abstain": 0},
              "voters": {"yes": hearing_yes, "no": hearing_no, "absent": ["Foster"]}}]
    return _expected("minutes", "2025-05-06", items, attendance, votes)


def city_action_minutes(path: Path) -> dict:
    """A California city council's action minutes in Times: roman sections in capitals, lettered
    items beneath, the roll call "PRESENT: Councilmembers A, B, C, Mayor Pro Tem D, Mayor E" /
    "ABSENT: Councilmember F", each action "MOTION: A / SECOND: B" on one line, then the vote in
    capitals on one line "AYES: A, B, C, D  NOES: E  ABSENT: F  ABSTAIN: None" and "Motion carried 4-1"."""
    pdf = StylePDF("Bayhaven City Council action minutes", "Times")
    pdf.line("CITY OF BAYHAVEN", 14, "B", h=7, align="C")
    pdf.line("CITY COUNCIL ACTION MINUTES", 13, "B", h=7, align="C")
    pdf.line("Regular Meeting of Monday, June 2, 2025", 12, h=6, align="C")
    pdf.gap(5)
    pdf.labelled("I.", "CALL TO ORDER AND ROLL CALL", style="B", size=12, label_w=10, h=6, after=1)
    pdf.para("PRESENT: Councilmembers Okafor, Lindqvist and Baptiste, Mayor Pro Tem Varga, Mayor Whitfield", 12,
             x=10, h=6, after=0)
    pdf.para("ABSENT: Councilmember Moreau", 12, x=10, h=6, after=3)
    pdf.labelled("II.", "CONSENT CALENDAR", style="B", size=12, label_w=10, h=6, after=1)
    pdf.labelled("A.", "Approve the minutes of the May 19, 2025 regular meeting.", x=10, label_w=8, size=12, h=6,
                 after=1)
    pdf.labelled("B.", "Adopt Resolution No. 2025-31 accepting the storm drain improvements.", x=10, label_w=8,
                 size=12, h=6, after=1)
    pdf.para("MOTION: Okafor / SECOND: Lindqvist to approve the Consent Calendar.", 12, x=18, h=6, after=0)
    pdf.para("AYES: Okafor, Lindqvist, Baptiste, Varga, Whitfield   NOES: None   ABSENT: Moreau   ABSTAIN: None",
             12, x=18, h=6, after=0)
    pdf.para("Motion carried 5-0.", 12, x=18, h=6, after=3)
    pdf.labelled("III.", "PUBLIC HEARINGS", style="B", size=12, label_w=10, h=6, after=1)
    pdf.labelled("A.", "Appeal of the Planning Commission's approval of a two-storey addition at 48 Cove Lane.",
                 x=10, label_w=8, size=12, h=6, after=1)
    pdf.para("MOTION: Varga / SECOND: Baptiste to deny the appeal and uphold the Planning Commission's approval.",
             12, x=18, h=6, after=0)
    pdf.para("AYES: Varga, Baptiste, Lindqvist, Whitfield   NOES: Okafor   ABSENT: Moreau   ABSTAIN: None", 12,
             x=18, h=6, after=0)
    pdf.para("Motion carried 4-1.", 12, x=18, h=6, after=3)
    pdf.labelled("IV.", "ADJOURNMENT", style="B", size=12, label_w=10, h=6, after=1)
    pdf.para("The meeting adjourned at 9:05 p.m.", 12, x=10, h=6)
    pdf.output(str(path))
    items = [("I", "CALL TO ORDER AND ROLL CALL", None, 0), ("II", "CONSENT CALENDAR", None, 0),
             ("A", "Approve the minutes of the May 19, 2025 regular meeting.", None, 0),
             ("B", "Adopt Resolution No. 2025-31 accepting the storm drain improvements.", None, 0),
             ("III", "PUBLIC HEARINGS", None, 0),
             ("A", "Appeal of the Planning Commission's approval of a two-storey addition at 48 Cove Lane.", None, 0),
             ("IV", "ADJOURNMENT", None, 0)]
    attendance = [("Okafor", "present"), ("Lindqvist", "present"), ("Baptiste", "present"), ("Varga", "present"),
                  ("Whitfield", "present"), ("Moreau", "absent")]
    votes = [{"item": "B", "result": "carried", "mover": "Okafor", "seconder": "Lindqvist",
              "counts": {"yes": 5, "no": 0, "abstain": 0},
              "voters": {"yes": ["Okafor", "Lindqvist", "Baptiste", "Varga", "Whitfield"], "absent": ["Moreau"]}},
             {"item": "A", "result": "carried", "mover": "Varga", "seconder": "Baptiste",
              "counts": {"yes": 4, "no": 1, "abstain": 0},
              "voters": {"yes": ["Varga", "Baptiste", "Lindqvist", "Whitfield"], "no": ["Okafor"], "absent": ["Moreau"]}}]
    return _expected("minutes", "2025-06-02", items, attendance, votes)


# ---- Australian and New Zealand council minutes: numbered resolutions, "Moved: Cr X" --------------


def au_resolution_minutes(path: Path) -> dict:
    """An Australian council's ordinary meeting minutes: items numbered "1", "2", "8.1" in bold
    capitals; attendance under "PRESENT:", "IN ATTENDANCE:" (officers with their office first) and
    "APOLOGIES:" with councillors as "Cr J Nguyen"; each decision a numbered "RESOLUTION 2025/41"
    with "Moved: Cr X" and "Seconded: Cr Y" on lines of their own, the resolution "That ...", one
    with clauses "1." "2." under "That Council:" (a motion lost: "MOTION", no number), the result
    "CARRIED" or "LOST" alone on its line,
    one division "In Favour: Crs A, B, C and D" / "Against: Cr E" with "CARRIED 4/1"."""
    pdf = StylePDF("Karrabin Shire Council ordinary meeting minutes")
    pdf.line("MINUTES OF THE ORDINARY MEETING OF COUNCIL", 13, "B", h=7, align="C")
    pdf.line("HELD IN THE COUNCIL CHAMBERS, 12 MAIN STREET, KARRABIN", 11, h=6, align="C")
    pdf.line("ON TUESDAY 18 MARCH 2025 AT 6.00PM", 11, h=6, align="C")
    pdf.gap(5)
    pdf.labelled("PRESENT:", "Cr J Nguyen (Mayor), Cr P Walsh (Deputy Mayor), Cr A Brooks, Cr L Fitzgerald, "
                             "Cr M Rossi", label_w=38)
    pdf.labelled("IN ATTENDANCE:", "Chief Executive Officer \u2013 D Harper, Director Infrastructure \u2013 K Obi",
                 label_w=38)
    pdf.labelled("APOLOGIES:", "Cr S Patel", label_w=38, after=5)

    def heading(number: str, title: str) -> None:
        pdf.labelled(number, title, style="B", label_w=14, after=1.5)

    def resolution(number: str, mover: str, seconder: str, text: list[str], result: str) -> None:
        # a motion lost gets no resolution number
        pdf.line(f"RESOLUTION {number}" if number else "MOTION", 11, "B", h=6)
        pdf.line(f"Moved: Cr {mover}", 11, h=5.5)
        pdf.line(f"Seconded: Cr {seconder}", 11, h=5.5)
        pdf.para(text[0], after=1)
        for k, clause in enumerate(text[1:], start=1):
            pdf.labelled(f"{k}.", clause, x=6, label_w=8, after=1)
        pdf.line(result, 11, "B", h=6)
        pdf.gap(3)

    heading("1", "OPENING")
    pdf.para("The Mayor declared the meeting open at 6.02pm.", after=3)
    heading("2", "APOLOGIES AND LEAVE OF ABSENCE")
    resolution("2025/41", "Walsh", "Brooks", ["That the apology of Cr Patel be accepted."], "CARRIED")
    heading("3", "CONFIRMATION OF MINUTES")
    resolution("2025/42", "Rossi", "Fitzgerald", ["That the minutes of the Ordinary Meeting held on 18 February 2025 "
                                                  "be confirmed as a true and correct record."], "CARRIED")
    heading("8", "REPORTS")
    heading("8.1", "DRAFT BUDGET 2025/26")
    pdf.para("The Director Infrastructure presented the draft budget and the capital works programme.", after=2)
    pdf.line("RESOLUTION 2025/43", 11, "B", h=6)
    pdf.line("Moved: Cr Brooks", 11, h=5.5)
    pdf.line("Seconded: Cr Walsh", 11, h=5.5)
    pdf.para("That Council:", after=1)
    pdf.labelled("1.", "Endorse the draft budget 2025/26 for public exhibition; and", x=6, label_w=8, after=1)
    pdf.labelled("2.", "Invite public submissions until 30 April 2025.", x=6, label_w=8, after=1)
    pdf.line("In Favour: Crs Nguyen, Walsh, Brooks and Rossi", 11, h=5.5)
    pdf.line("Against: Cr Fitzgerald", 11, h=5.5)
    pdf.line("CARRIED 4/1", 11, "B", h=6)
    pdf.gap(3)
    heading("8.2", "NAMING OF A NEW ROAD IN THE EASTERN ESTATE")
    resolution("", "Rossi", "Nguyen", ["That the new road in the Eastern Estate be named Wattle Way."], "LOST")
    heading("9", "CLOSURE")
    pdf.para("There being no further business the Mayor closed the meeting at 7.15pm.")
    pdf.output(str(path))
    items = [("1", "OPENING", None, 0), ("2", "APOLOGIES AND LEAVE OF ABSENCE", None, 1),
             ("3", "CONFIRMATION OF MINUTES", None, 1), ("8", "REPORTS", None, 0),
             # the resolution's numbered parts count one each, as the gold counts a resolution's clauses
             ("8.1", "DRAFT BUDGET 2025/26", None, 2), ("8.2", "NAMING OF A NEW ROAD IN THE EASTERN ESTATE", None, 0),
             ("9", "CLOSURE", None, 0)]
    attendance = [("J Nguyen", "present"), ("P Walsh", "present"), ("A Brooks", "present"),
                  ("L Fitzgerald", "present"), ("M Rossi", "present"), ("D Harper", "in_attendance"),
                  ("K Obi", "in_attendance"), ("S Patel", "apologies")]
    votes = [{"item": "2", "result": "carried"}, {"item": "3", "result": "carried"},
             {"item": "8.1", "result": "carried", "counts": {"yes": 4, "no": 1, "abstain": 0},
              "voters": {"yes": ["Nguyen", "Walsh", "Brooks", "Rossi"], "no": ["Fitzgerald"]}},
             {"item": "8.2", "result": "lost"}]
    return _expected("minutes", "2025-03-18", items, attendance, votes)


# ---- councils abroad: New Zealand, Canada; a US school board ------------------------------------


def nz_council_minutes(path: Path) -> dict:
    """A New Zealand district council's minutes: items numbered "1" "2" "3" in bold with their
    titles; "Present:" with the Mayor and "Crs A Tane, B Whetu ..."; "In attendance:" officers
    printed office first, the holder in brackets ("Chief Executive (P Hine)"); each decision under
    "Resolution number CNL/2025/001" with "Moved: Cr X" / "Seconded: Cr Y" on lines of their own,
    "That ..." and "CARRIED"; a resolution "That Council:" with clauses "a)" "b)" put to a division
    "For: Crs ..." / "Against: Cr ..." / "Abstained: Nil", "The division was declared CARRIED by 3
    votes to 1."."""
    pdf = StylePDF("Kaiwaka District Council minutes", "Helvetica")
    pdf.para("Minutes of the Ordinary Council Meeting held in the Council Chamber, 12 Wharf Street, Kaiwaka on "
             "Tuesday 11 March 2025 at 9.30am", 12, "B", after=4)
    pdf.para("Present: Mayor Jane Ruru (Chair), Crs Aroha Tane, Ben Whetu, Carla Marino and Dion Kahu", after=2)
    pdf.para("In attendance: Chief Executive (P Hine), Governance Advisor (S Li)", after=5)

    def item(number: str, title: str) -> None:
        pdf.labelled(number, title, label_w=10, size=12, style="B", after=2)

    def resolution(number: str, mover: str, seconder: str, text: str, result: str = "CARRIED") -> None:
        _moved_and_seconded(pdf, f"Resolution number CNL/2025/{number}", f"Moved: Cr {mover}", f"Seconded: Cr {seconder}", text)
        if result:
            pdf.line(result, 11, "B", h=6)
        pdf.gap(3)

    item("1", "Apologies")
    resolution("001", "Aroha Tane", "Ben Whetu", "That the apology from Cr Eru Rangi be received.")
    item("2", "Confirmation of Minutes")
    resolution("002", "Carla Marino", "Dion Kahu", "That the minutes of the meeting held on 11 February 2025 be "
               "confirmed as a true and correct record.")
    item("3", "Long Term Plan 2025-2034 Consultation")
    pdf.para("The Group Manager Strategy spoke to the report.", after=3)
    resolution("003", "Jane Ruru", "Aroha Tane", "That Council:", result="")
    pdf.labelled("a)", "receives the report; and", x=6, label_w=8, after=1)
    pdf.labelled("b)", "adopts the consultation document for public consultation.", x=6, label_w=8, after=2)
    pdf.para("In accordance with Standing Order 19.7, a division was called for, voting on which was as follows:", after=1)
    pdf.line("For: Crs Tane, Whetu and Marino", 11, h=5.5)
    pdf.line("Against: Cr Kahu", 11, h=5.5)
    pdf.line("Abstained: Nil", 11, h=5.5)
    pdf.para("The division was declared CARRIED by 3 votes to 1.", after=4)
    item("4", "Karakia Whakamutunga")
    pdf.para("The meeting closed at 11.05am with a karakia.")
    pdf.output(str(path))
    items = [("1", "Apologies", None, 1), ("2", "Confirmation of Minutes", None, 1),
             ("3", "Long Term Plan 2025-2034 Consultation", None, 2), ("4", "Karakia Whakamutunga", None, 0)]
    attendance = [("Jane Ruru", "present"), ("Aroha Tane", "present"), ("Ben Whetu", "present"), ("Carla Marino", "present"),
                  ("Dion Kahu", "present"), ("P Hine", "in_attendance"), ("S Li", "in_attendance"),
                  ("Eru Rangi", "apologies")]  # "That the apology from Cr Eru Rangi be received."
    votes = [{"item": "1", "result": "carried"}, {"item": "2", "result": "carried"},
             {"item": "3", "result": "carried", "counts": {"yes": 3, "no": 1, "abstain": 0},
              "voters": {"yes": ["Tane", "Whetu", "Marino"], "no": ["Kahu"]}}]
    return _expected("minutes", "2025-03-11", items, attendance, votes)


def _moved_and_seconded(pdf: StylePDF, label: str, moved: str, seconded: str, text: str) -> None:
    """A resolution's number in bold, its mover and seconder on lines of their own, its wording."""
    pdf.line(label, 11, "B", h=6)
    pdf.line(moved, 11, h=5.5)
    pdf.line(seconded, 11, h=5.5)
    pdf.para(text, after=1)


def _centred_title(pdf: StylePDF, body: str, title: str, when: str) -> None:
    """The body's name and the minutes' title in bold capitals over the date, centred."""
    pdf.line(body, 13, "B", h=7, align="C")
    pdf.line(title, 11.5, "B", h=7, align="C")
    pdf.line(when, 11, h=7, align="C")
    pdf.gap(3)


def canadian_council_minutes(path: Path) -> dict:
    """An Ontario town council's minutes in Times: the corporation's name over "MINUTES OF REGULAR
    COUNCIL MEETING" and the date; "Council Present:" and "Staff Present:" (an office's initials
    before a name: "CAO M. Leclerc"); items "1." "2." in bold capitals; each decision "Resolution
    No. 2025-041", "Moved by: Councillor X", "Seconded by: Councillor Y", "THAT ..." in capitals'
    way, "CARRIED"; a by-law passed on a recorded vote printed on one line ("Recorded Vote: Yeas:
    ...; Nays: ...")."""
    pdf = StylePDF("Town of Briarwood council minutes", "Times")
    _centred_title(pdf, "THE CORPORATION OF THE TOWN OF BRIARWOOD", "MINUTES OF REGULAR COUNCIL MEETING",
                   "Tuesday, March 4, 2025 at 6:00 p.m.")
    pdf.para("Council Present: Mayor R. Dunn, Deputy Mayor S. Patel, Councillors T. Moore, L. Chen and K. Brown", after=1)
    pdf.para("Staff Present: CAO M. Leclerc, Clerk J. Ward", after=4)

    def item(number: str, title: str) -> None:
        pdf.line(f"{number}. {title}", 11, "B", h=7)

    def resolution(number: str, mover: str, seconder: str, text: str, vote: str = "") -> None:
        _moved_and_seconded(pdf, f"Resolution No. 2025-{number}", f"Moved by: {mover}", f"Seconded by: {seconder}", text)
        if vote:
            pdf.line(vote, 11, h=5.5)
        pdf.line("CARRIED", 11, "B", h=6)
        pdf.gap(3)

    item("1", "CALL TO ORDER")
    pdf.para("Mayor Dunn called the meeting to order at 6:00 p.m.", after=3)
    item("2", "ADOPTION OF AGENDA")
    resolution("041", "Councillor Moore", "Councillor Chen",
               "THAT the agenda for the March 4, 2025 Regular Council Meeting be adopted as presented.")
    item("3", "BY-LAWS")
    resolution("042", "Councillor Brown", "Deputy Mayor Patel",
               "THAT By-law 2025-12, being a by-law to set the tax rates for 2025, be read a first, second and "
               "third time and passed.", vote="Recorded Vote: Yeas: Brown, Chen, Dunn, Patel; Nays: Moore")
    item("4", "ADJOURNMENT")
    pdf.para("Mayor Dunn adjourned the meeting at 7:12 p.m.")
    pdf.output(str(path))
    items = [("1", "CALL TO ORDER", None, 0), ("2", "ADOPTION OF AGENDA", None, 1), ("3", "BY-LAWS", None, 1),
             ("4", "ADJOURNMENT", None, 0)]
    attendance = [("R Dunn", "present"), ("S Patel", "present"), ("T Moore", "present"), ("L Chen", "present"),
                  ("K Brown", "present"), ("M Leclerc", "in_attendance"), ("J Ward", "in_attendance")]
    votes = [{"item": "2", "result": "carried"},
             {"item": "3", "result": "carried", "counts": {"yes": 4, "no": 1, "abstain": 0},
              "voters": {"yes": ["Brown", "Chen", "Dunn", "Patel"], "no": ["Moore"]}}]
    return _expected("minutes", "2025-03-04", items, attendance, votes)


def school_board_minutes(path: Path) -> dict:
    """A US school district's board minutes: sections "A." "B." in bold capitals; members present
    and absent by office ("President Ana Ruiz, ... Member Joy Park"); motions "Motion by Member X,
    second by Member Y, to ..." (members named by a shared office and surname), results "Motion
    carried 4-0 (Fox absent)." and a roll call on one line "Ruiz - aye; Hale - aye; ... Motion
    carried 3-1."."""
    pdf = StylePDF("Cedar Valley Unified School District board minutes", "Helvetica")
    _centred_title(pdf, "CEDAR VALLEY UNIFIED SCHOOL DISTRICT", "MINUTES OF THE REGULAR MEETING OF THE BOARD OF EDUCATION",
                   "March 12, 2025")
    pdf.para("Members present: President Ana Ruiz, Vice President Tom Hale, Member Joy Park, Member Luis Ortega", after=1)
    pdf.para("Members absent: Member Dee Fox", after=4)
    pdf.line("A. CALL TO ORDER", 11, "B", h=7)
    pdf.para("President Ruiz called the meeting to order at 7:02 p.m.", after=3)
    pdf.line("B. CONSENT AGENDA", 11, "B", h=7)
    pdf.para("The board considered the minutes of February 26, 2025 and the warrants listed.", after=1)
    pdf.para("Motion by Member Park, second by Vice President Hale, to approve the consent agenda.", after=1)
    pdf.para("Motion carried 4-0 (Fox absent).", after=3)
    pdf.line("C. ACTION ITEMS", 11, "B", h=7)
    pdf.para("The Superintendent presented the 2025-26 school calendar.", after=1)
    pdf.para("Motion by Member Ortega, second by Member Park, to adopt the 2025-26 school calendar.", after=1)
    pdf.para("Roll call vote: Ruiz - aye; Hale - aye; Park - aye; Ortega - no. Motion carried 3-1.", after=3)
    pdf.line("D. ADJOURNMENT", 11, "B", h=7)
    pdf.para("The meeting adjourned at 8:15 p.m.")
    pdf.output(str(path))
    items = [("A", "CALL TO ORDER", None, 0), ("B", "CONSENT AGENDA", None, 0), ("C", "ACTION ITEMS", None, 0),
             ("D", "ADJOURNMENT", None, 0)]
    attendance = [("Ana Ruiz", "present"), ("Tom Hale", "present"), ("Joy Park", "present"), ("Luis Ortega", "present"),
                  ("Dee Fox", "absent")]
    votes = [{"item": "B", "result": "carried", "counts": {"yes": 4, "no": 0, "abstain": 0}},
             {"item": "C", "result": "carried", "counts": {"yes": 3, "no": 1, "abstain": 0},
              "voters": {"yes": ["Ruiz", "Hale", "Park"], "no": ["Ortega"]}}]
    exp = _expected("minutes", "2025-03-12", items, attendance, votes)
    exp["movers"] = [("Joy Park", "Tom Hale"), ("Luis Ortega", "Joy Park")]
    return exp


# ---- UK district committee minutes: minute numbers prefixed by the committee's code ------------


def district_coded_minutes(path: Path, *, code: str = "PL.", font: str = "Helvetica") -> dict:
    """A UK district council committee's minutes: minute numbers carrying the committee's code
    ("PL.23", or "PL23"), headings in bold capitals after them; attendance in sentences under
    labels ("Present: Councillor A Smith (Chairman); Councillors B Jones, ...", "Officers:",
    "Also present:") and apologies in a sentence; "RESOLVED – That ..." with lettered reasons; a
    motion "moved by Councillor X and seconded by Councillor Y" put to the vote "there voted 3 for
    the motion and 2 against"."""
    pdf = StylePDF("Wexcombe District Council planning committee minutes", font)
    pdf.para("MINUTES of a meeting of the Planning Committee held at the Council Offices, Wexcombe on "
             "Wednesday, 10 September 2025 at 6.30 pm.", 11, "B", after=4)
    pdf.para("Present: Councillor Alan Smith (Chairman); Councillors Beth Jones, Carl Brown (Vice-Chairman) and "
             "Dina White.", after=2)
    pdf.para("Officers: Jo Green (Head of Planning), Kit Black (Solicitor)", after=2)
    pdf.para("Also present: Councillor Eve Grey", after=2)
    pdf.para("Apologies for absence were received from Councillors Finn Pink and Gail Blue.", after=5)
    minutes = [
        ("23", "DECLARATIONS OF INTEREST",
         ["Councillor Jones declared a personal interest in minute 25 as a member of the parish council."]),
        ("24", "MINUTES",
         ["RESOLVED \u2013 That the minutes of the meeting held on 13 August 2025 be confirmed as a correct record "
          "and signed by the Chairman."]),
        ("25", "24/01234/FUL \u2013 LAND AT MILL LANE, WEXCOMBE",
         ["The Committee considered the report of the Head of Planning on an application for twelve dwellings.",
          "It was moved by Councillor White and seconded by Councillor Brown that the application be refused. On "
          "being put to the vote, there voted 3 for the motion and 2 against.",
          "RESOLVED \u2013 That planning permission be refused for the following reasons:",
          "(a) The proposal would harm the character of the conservation area.",
          "(b) The access would not be safe for the traffic the development would generate."]),
        ("26", "APPEALS PROGRESS REPORT", ["RESOLVED \u2013 That the report be noted."]),
    ]
    for number, title, paras in minutes:
        pdf.labelled(f"{code}{number}", title, style="B", label_w=18, after=2)
        for text in paras:
            if text.startswith("("):
                pdf.labelled(text[:3], text[4:], x=10, label_w=8, after=1)
            else:
                pdf.para(text, x=18, after=2)
        pdf.gap(2)
    pdf.para("The meeting closed at 8.05 pm.", after=2)
    pdf.output(str(path))
    # the reasons (a) and (b) are the clauses of the refusal: one resolution each, labelled
    items = [(f"{code}{n}", t, None, {"23": 0, "25": 2}.get(n, 1)) for n, t, _p in minutes]
    attendance = [("Alan Smith", "present"), ("Beth Jones", "present"), ("Carl Brown", "present"),
                  ("Dina White", "present"), ("Jo Green", "in_attendance"), ("Kit Black", "in_attendance"),
                  ("Eve Grey", "also_present"), ("Finn Pink", "apologies"), ("Gail Blue", "apologies")]
    votes = [{"item": f"{code}25", "result": "carried", "counts": {"yes": 3, "no": 2, "abstain": 0}}]
    return _expected("minutes", "2025-09-10", items, attendance, votes,
                     clause_labels={f"{code}25": ["a", "b"]})


BUILDERS: dict[str, Callable[[Path], dict]] = {
    "committee_bold_clauses": committee_bold_clauses,
    "town_lettered_clauses": town_lettered_clauses,
    "parish_dotted_misprint": parish_dotted_misprint,
    "parish_bracketed_numbers": parish_bracketed_numbers,
    "voting_agenda": voting_agenda,
    "action_agenda": action_agenda,
    "community_running_numbers": community_running_numbers,
    "parish_month_year_runon": parish_month_year_runon,
    "township_prose_caps": township_prose_caps,
    "township_roll_lines": township_roll_lines,
    "board_matters_underlined": board_matters_underlined,
    "board_matters_caps": board_matters_caps,
    "board_matters_bold_entries": board_matters_bold_entries,
    "board_pages_underlined": board_pages_underlined,
    "board_pages_bold": board_pages_bold,
    "city_minutes_file_numbers": city_minutes_file_numbers,
    "city_action_minutes": city_action_minutes,
    "au_resolution_minutes": au_resolution_minutes,
    "district_coded_minutes": district_coded_minutes,
    "nz_council_minutes": nz_council_minutes,
    "canadian_council_minutes": canadian_council_minutes,
    "school_board_minutes": school_board_minutes,
    "district_coded_minutes_glued": lambda p: district_coded_minutes(p, code="PL", font="Times"),
    **TYPOGRAPHY,
}
STYLES = list(BUILDERS)


def build(style: str, folder: Path) -> tuple[Path, dict]:
    """Write the style's PDF into `folder`; (its path, its expected record)."""
    path = Path(folder) / f"{style}.pdf"
    return path, BUILDERS[style](path)

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
  6-1 (Commissioner X dissenting)", "ACTION: Continued to ...").

Everything (councils, people, places) is fictional. `build(style, folder)` writes one PDF and
returns its expected record; `STYLES` lists the style names.
"""

from __future__ import annotations

import datetime as dt
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


BUILDERS: dict[str, Callable[[Path], dict]] = {
    "committee_bold_clauses": committee_bold_clauses,
    "town_lettered_clauses": town_lettered_clauses,
    "parish_dotted_misprint": parish_dotted_misprint,
    "parish_bracketed_numbers": parish_bracketed_numbers,
    "voting_agenda": voting_agenda,
    "action_agenda": action_agenda,
}
STYLES = list(BUILDERS)


def build(style: str, folder: Path) -> tuple[Path, dict]:
    """Write the style's PDF into `folder`; (its path, its expected record)."""
    path = Path(folder) / f"{style}.pdf"
    return path, BUILDERS[style](path)

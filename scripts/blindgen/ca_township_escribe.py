"""A fictional Ontario township council, printed the way eSCRIBE agenda systems print them.

The Corporation of the Township of Larchmere Falls: a regular Council meeting agenda (decimal
sub-items, "Recommendation:" paragraphs, by-laws, closed session, confirmatory by-law) and the
minutes of that meeting ("Council Present:", "Staff Present:", "Regrets:", "Moved by / Seconded
by / That Council ... / Carried", "Resolution No. 2025-nnn", one recorded vote).

Everything printed is fictional. `build(folder)` writes the PDFs; `gold()` returns the expected
records, built from the same data the renderer prints; `python -m blindgen` (from scripts/)
builds them, `--gold` writes the gold.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from fpdf import FPDF

SLUG = "larchmere-falls"
DATE = "2025-06-17"
MUNICIPALITY = "Township of Larchmere Falls"
CORPORATION = "The Corporation of the Township of Larchmere Falls"
DATE_LONG = "Tuesday, June 17, 2025"
START = "6:00 p.m."
END = "9:04 p.m."
LOCATION = "Council Chambers, 1 Mill Street, Larchmere Falls, and Electronic Participation"

# ---------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------

# (role, full name, status, printed note)
COUNCIL = [
    ("Mayor", "Gail Pritchard", "present", ""),
    ("Deputy Mayor", "Ross Albright", "present", ""),
    ("Councillor", "Hélène Vachon", "present", ""),
    ("Councillor", "Darren McTavish", "present", ""),
    ("Councillor", "Lorna Fitzgerald-Kerr", "present", ""),
    ("Councillor", "Amrit Dhillon", "virtual", " (electronic participation)"),
]
REGRETS = [("Councillor", "Bryce Oduya")]
STAFF = [
    ("Dana Kowalchuk", "Chief Administrative Officer"),
    ("Priya Ramanathan", "Municipal Clerk"),
    ("Owen Beaudry", "Director of Public Works"),
    ("Mireille Tremblay", "Director of Planning and Development"),
    ("Tom Haskett", "Treasurer"),
    ("Shauna Pelletier", "Manager of Community Services"),
]


def short(name: str) -> str:
    """'Mayor Pritchard' style reference, as the minutes print it."""
    for role, full, *_ in COUNCIL + [(r, n) for r, n in REGRETS]:
        if full == name:
            return f"{role} {full.split()[-1]}"
    raise KeyError(name)


# ---------------------------------------------------------------------------------------------
# Agenda
# ---------------------------------------------------------------------------------------------

LAND_ACK = (
    "We respectfully acknowledge that the Township of Larchmere Falls is located on the "
    "traditional lands of the Anishinaabek peoples, and we are grateful for the opportunity to "
    "meet and work on this land. We recognize the enduring presence of First Nations, Métis "
    "and Inuit peoples and commit to building respectful relationships with them."
)

# body blocks: ("p", text) plain paragraph, ("rec", text) Recommendation:, ("note", text) italic
AGENDA = [
    {"number": "1", "title": "Call to Order", "body": []},
    {"number": "2", "title": "Land Acknowledgement", "body": [("p", LAND_ACK)]},
    {"number": "3", "title": "Adoption of the Agenda", "body": [
        ("rec", "That the agenda for the Regular Council Meeting of June 17, 2025 be adopted "
                "as circulated.")]},
    {"number": "4", "title": "Disclosure of Pecuniary Interest and the General Nature Thereof",
     "body": []},
    {"number": "5", "title": "Adoption of Minutes", "body": []},
    {"number": "5.1", "parent": "5", "title": "Regular Council Meeting - May 20, 2025", "body": [
        ("rec", "That the minutes of the Regular Council Meeting held on May 20, 2025 be "
                "adopted as circulated.")]},
    {"number": "5.2", "parent": "5", "title": "Special Council Meeting (Budget) - June 3, 2025",
     "body": [
        ("rec", "That the minutes of the Special Council Meeting held on June 3, 2025 be "
                "adopted as circulated.")]},
    {"number": "6", "title": "Delegations", "body": []},
    {"number": "6.1", "parent": "6",
     "title": "Marlow Creek Conservation Society – Shoreline Naturalization Program",
     "body": [("note", "Jenna Whitcombe, Chair, Marlow Creek Conservation Society")]},
    {"number": "6.2", "parent": "6",
     "title": "Riverside Minor Hockey Association – 2025-2026 Ice Time Allocation at the "
              "Larchmere Falls Community Centre",
     "body": [("note", "Curtis Lavigne, President, Riverside Minor Hockey Association")]},
    {"number": "7", "title": "Staff Reports", "body": []},
    {"number": "7.1", "parent": "7",
     "title": "PW-2025-14, Tender Award – 2025 Road Resurfacing Program",
     "body": [("rec", "That Council receive Report PW-2025-14; and That Council award Tender "
                      "PW-T-2025-03 for the 2025 Road Resurfacing Program to Dufferin Paving "
                      "Ltd. in the amount of $1,284,650.00, excluding HST; and That the Mayor "
                      "and Clerk be authorized to execute the agreement.")]},
    {"number": "7.2", "parent": "7",
     "title": "PL-2025-09, Zoning By-law Amendment Application Z-03-2025, 1482 Concession 4 "
              "(Part of Lot 14, Concession 4) – Sandhill Acres Inc.",
     "body": [("rec", "That Council receive Report PL-2025-09; and That Zoning By-law "
                      "Amendment Application Z-03-2025 be approved to rezone the subject lands "
                      "from Rural (RU) to Rural Commercial (RC-4); and That the implementing "
                      "by-law be brought forward for enactment at this meeting.")]},
    {"number": "7.3", "parent": "7",
     "title": "FIN-2025-06, 2024 Year-End Financial Statements and Transfers to Reserves",
     "body": [("rec", "That Council receive Report FIN-2025-06 for information; and That the "
                      "2024 operating surplus of $212,480 be transferred to the Capital "
                      "Infrastructure Reserve.")]},
    {"number": "7.4", "parent": "7",
     "title": "CS-2025-11, Community Grant Program – Second Intake Recommendations",
     "body": [("rec", "That Council approve the Community Grant Program second intake awards "
                      "totalling $18,750 as set out in Schedule A to Report CS-2025-11.")]},
    {"number": "8", "title": "Correspondence", "body": []},
    {"number": "8.1", "parent": "8",
     "title": "Ministry of Municipal Affairs and Housing – Building Faster Fund, Year Three "
              "Allocation",
     "body": [("rec", "That the correspondence be received for information.")]},
    {"number": "9", "title": "By-laws", "body": []},
    {"number": "9.1", "parent": "9",
     "title": "By-law 2025-045, being a by-law to amend Zoning By-law 2011-27, as amended, for "
              "lands described as Part of Lot 14, Concession 4 (1482 Concession 4)",
     "body": []},
    {"number": "9.2", "parent": "9",
     "title": "By-law 2025-046, being a by-law to authorize the execution of an agreement with "
              "Dufferin Paving Ltd. for the 2025 Road Resurfacing Program",
     "body": []},
    {"number": "10", "title": "Notices of Motion", "body": []},
    {"number": "11", "title": "Closed Session", "body": [
        ("rec", "That Council proceed into Closed Session at ____ p.m. pursuant to Section 239 "
                "of the Municipal Act, 2001, to discuss the following matters:")]},
    {"number": "11.1", "parent": "11", "part": "exempt",
     "title": "Proposed Acquisition of Land – Ward 2 (Section 239(2)(c) – a proposed or "
              "pending acquisition or disposition of land by the municipality)",
     "body": []},
    {"number": "11.2", "parent": "11", "part": "exempt",
     "title": "Committee of Adjustment Appointment (Section 239(2)(b) – personal matters about "
              "an identifiable individual)",
     "body": []},
    {"number": "11.3", "parent": "11", "title": "Rise and Report from Closed Session",
     "body": []},
    {"number": "12", "title": "Confirmatory By-law", "body": [
        ("p", "By-law 2025-047, being a by-law to confirm the proceedings of the Council of "
              "the Corporation of the Township of Larchmere Falls at its meeting held on June "
              "17, 2025."),
        ("rec", "That By-law 2025-047 be read a first, second and third time and finally "
                "passed.")]},
    {"number": "13", "title": "Adjournment", "body": [
        ("rec", "That Council adjourn at ____ p.m.")]},
]
TITLE = {it["number"]: it["title"] for it in AGENDA}

# ---------------------------------------------------------------------------------------------
# Minutes
# ---------------------------------------------------------------------------------------------

P, A, D, V, L = ("Gail Pritchard", "Ross Albright", "Darren McTavish", "Hélène Vachon",
                 "Lorna Fitzgerald-Kerr")
DH = "Amrit Dhillon"


def res(no, mover, seconder, text, result="Carried", recorded=None):
    return {"no": f"2025-{no}", "mover": mover, "seconder": seconder,
            "text": text if isinstance(text, list) else [text], "result": result,
            "recorded": recorded}


# Each minute: number, body paragraphs (before resolutions), resolutions, after paragraphs.
MINUTES = [
    {"number": "1", "body": [
        f"Mayor Pritchard called the meeting to order at {START} Councillor Dhillon "
        "participated electronically."]},
    {"number": "2", "body": ["Mayor Pritchard read the land acknowledgement."]},
    {"number": "3", "res": [res(118, V, A, "That the agenda for the Regular Council Meeting "
                                "of June 17, 2025 be adopted as circulated.")]},
    {"number": "4", "body": [
        "Councillor McTavish declared a pecuniary interest in Item 7.2, Report PL-2025-09, and "
        "Item 9.1, By-law 2025-045, as a family member owns lands abutting the subject "
        "property."]},
    {"number": "5"},
    {"number": "5.1", "res": [res(119, A, L, "That the minutes of the Regular Council Meeting "
                                  "held on May 20, 2025 be adopted as circulated.")]},
    {"number": "5.2", "res": [res(120, D, V, "That the minutes of the Special Council Meeting "
                                  "held on June 3, 2025 be adopted as circulated.")]},
    {"number": "6"},
    {"number": "6.1", "body": [
        "Jenna Whitcombe, Chair of the Marlow Creek Conservation Society, presented an overview "
        "of the Society's shoreline naturalization program and requested that the Township "
        "provide in-kind support for native plantings at Mill Pond Park. Members of Council "
        "asked questions regarding volunteer coordination and maintenance."],
     "res": [res(121, L, D, "That Council receive the delegation from the Marlow Creek "
                 "Conservation Society; and That the request for in-kind support be referred "
                 "to staff for a report.")]},
    {"number": "6.2", "body": [
        "Curtis Lavigne, President of the Riverside Minor Hockey Association, spoke to the "
        "Association's request for additional weekday ice time for the 2025-2026 season."],
     "res": [res(122, DH, A, "That Council receive the delegation from the Riverside Minor "
                 "Hockey Association for information.")]},
    {"number": "7"},
    {"number": "7.1", "body": [
        "Owen Beaudry, Director of Public Works, summarized the tender results. Five bids were "
        "received and the lowest compliant bid was within the approved budget."],
     "res": [res(123, A, V, "That Council receive Report PW-2025-14; and That Council award "
                 "Tender PW-T-2025-03 for the 2025 Road Resurfacing Program to Dufferin Paving "
                 "Ltd. in the amount of $1,284,650.00, excluding HST; and That the Mayor and "
                 "Clerk be authorized to execute the agreement.")]},
    {"number": "7.2", "body": [
        "Having declared a pecuniary interest, Councillor McTavish left the Chambers and did "
        "not take part in the discussion or vote on this item.",
        "Mireille Tremblay, Director of Planning and Development, presented the report. "
        "Councillor Fitzgerald-Kerr expressed concern regarding truck traffic on Concession 4 "
        "and requested a recorded vote."],
     "res": [res(124, V, DH, "That Council receive Report PL-2025-09; and That Zoning By-law "
                 "Amendment Application Z-03-2025 be approved to rezone the subject lands from "
                 "Rural (RU) to Rural Commercial (RC-4); and That the implementing by-law be "
                 "brought forward for enactment at this meeting.",
                 recorded={"yes": [P, A, V, DH], "no": [L]})],
     "after": ["Councillor McTavish returned to the Chambers."]},
    {"number": "7.3", "body": [
        "Tom Haskett, Treasurer, reviewed the audited statements and answered questions from "
        "Council."],
     "res": [res(125, L, A, "That Council receive Report FIN-2025-06 for information; and That "
                 "the 2024 operating surplus of $212,480 be transferred to the Capital "
                 "Infrastructure Reserve.")]},
    {"number": "7.4", "res": [res(126, D, L, "That Council approve the Community Grant Program "
                                  "second intake awards totalling $18,750 as set out in "
                                  "Schedule A to Report CS-2025-11.")]},
    {"number": "8"},
    {"number": "8.1", "res": [res(127, V, D, "That the correspondence from the Ministry of "
                                  "Municipal Affairs and Housing be received for "
                                  "information.")]},
    {"number": "9"},
    {"number": "9.1", "body": [
        "Councillor McTavish did not take part in the vote on this item."],
     "res": [res(128, A, V, "That By-law 2025-045, being a by-law to amend Zoning By-law "
                 "2011-27, as amended, for lands described as Part of Lot 14, Concession 4, be "
                 "read a first, second and third time and finally passed.")]},
    {"number": "9.2", "res": [res(129, L, DH, "That By-law 2025-046, being a by-law to "
                                  "authorize the execution of an agreement with Dufferin "
                                  "Paving Ltd., be read a first, second and third time and "
                                  "finally passed.")]},
    {"number": "10", "body": [
        "Councillor Vachon gave notice that she intends to introduce a motion at the Regular "
        "Council Meeting of July 15, 2025 respecting a review of the Township's speed limit "
        "policy for settlement areas."]},
    {"number": "11", "res": [res(130, A, L, [
        "That Council proceed into Closed Session at 8:12 p.m. pursuant to Section 239 of the "
        "Municipal Act, 2001, to discuss a proposed acquisition of land in Ward 2 (Section "
        "239(2)(c)) and a Committee of Adjustment appointment (Section 239(2)(b))."])]},
    {"number": "11.1", "body": ["This item was discussed in Closed Session."]},
    {"number": "11.2", "body": ["This item was discussed in Closed Session."]},
    {"number": "11.3", "body": [
        "Council reconvened in open session at 8:55 p.m. Mayor Pritchard reported that Council "
        "met in Closed Session and that direction was given to staff on Item 11.1."],
     "res": [res(131, V, D, "That Council appoint Graham Ostrowski to the Committee of "
                 "Adjustment for the remainder of the 2022-2026 term of Council.")]},
    {"number": "12", "res": [res(132, DH, A, "That By-law 2025-047, being a by-law to confirm "
                                 "the proceedings of the Council of the Corporation of the "
                                 "Township of Larchmere Falls at its meeting held on June 17, "
                                 "2025, be read a first, second and third time and finally "
                                 "passed.")]},
    {"number": "13", "res": [res(133, L, V, f"That Council adjourn at {END}")]},
]


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

class _Doc(FPDF):
    doc_title = ""
    fs = 10.0  # body font size
    lh = 5.0  # body line height
    pgap = 2.0  # space after a paragraph

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.doc_title, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _new(doc_title: str) -> _Doc:
    pdf = _Doc(format="Letter", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(doc_title)
    pdf.set_author(MUNICIPALITY)
    pdf.doc_title = doc_title
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    return pdf


def _letterhead(pdf: _Doc, heading: str) -> None:
    # a simple drawn crest: a square with a wave line, then the corporate name
    x0, y0 = pdf.l_margin, pdf.get_y()
    pdf.set_draw_color(20, 70, 120)
    pdf.set_line_width(0.8)
    pdf.rect(x0, y0, 14, 14)
    pdf.line(x0 + 2, y0 + 9, x0 + 7, y0 + 6)
    pdf.line(x0 + 7, y0 + 6, x0 + 12, y0 + 9)
    pdf.set_xy(x0 + 18, y0)
    pdf.set_font("Helvetica", "B", 15)
    pdf.set_text_color(20, 70, 120)
    pdf.cell(0, 7, "Township of Larchmere Falls", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x0 + 18)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 5, "1 Mill Street, Larchmere Falls, Ontario  K0L 2P0   |   613-555-0142   |   "
                   "clerk@larchmerefalls.example.ca", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + 18)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, heading, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for line in (f"{DATE_LONG}, {START}", "Council Chambers, 1 Mill Street",
                 "and Electronic Participation"):
        pdf.cell(0, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_line_width(0.4)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    pdf.ln(5)


def _level(number: str) -> int:
    return number.count(".")


def _numcol(number: str) -> tuple[float, float]:
    """x of the number and x of the title for an item at its level."""
    return (22, 31) if _level(number) == 0 else (31, 43)


def _keep(pdf: _Doc, need: float) -> None:
    if pdf.get_y() + need > pdf.h - pdf.b_margin:
        pdf.add_page()


def _heading(pdf: _Doc, number: str, title: str) -> None:
    nx, tx = _numcol(number)
    top = _level(number) == 0
    _keep(pdf, 20)
    pdf.ln(2.2 if top else 1.2)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", pdf.fs + (1 if top else 0))
    pdf.set_xy(nx, y)
    pdf.cell(tx - nx, pdf.lh + 0.5, f"{number}." if top else number)
    pdf.set_xy(tx, y)
    pdf.multi_cell(pdf.w - pdf.r_margin - tx, pdf.lh + 0.5, title, new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(0.8)


def _para(pdf: _Doc, x: float, text: str, style: str = "", gap=None) -> None:
    pdf.set_font("Helvetica", style, pdf.fs)
    pdf.set_x(x)
    pdf.multi_cell(pdf.w - pdf.r_margin - x, pdf.lh, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(pdf.pgap if gap is None else gap)


def _agenda_pdf(path: Path) -> None:
    pdf = _new("Regular Council Meeting Agenda – June 17, 2025")
    _letterhead(pdf, "Regular Council Meeting Agenda")
    for it in AGENDA:
        _heading(pdf, it["number"], it["title"])
        _, tx = _numcol(it["number"])
        for kind, text in it["body"]:
            if kind == "rec":
                _keep(pdf, 16)
                _para(pdf, tx, "Recommendation:", "B", gap=0.5)
                _para(pdf, tx, text)
            elif kind == "note":
                _para(pdf, tx, text, "I")
            else:
                _para(pdf, tx, text)
    pdf.output(str(path))


def _block(pdf: _Doc, label: str, lines: list[str]) -> None:
    _keep(pdf, 6 * len(lines) + 4)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", pdf.fs)
    pdf.set_xy(22, y)
    pdf.cell(38, pdf.lh, label)
    pdf.set_font("Helvetica", "", pdf.fs)
    for line in lines:
        pdf.set_xy(62, pdf.get_y())
        pdf.multi_cell(pdf.w - pdf.r_margin - 62, pdf.lh, line, new_x="LMARGIN",
                       new_y="NEXT")
    pdf.ln(2)


def _resolution(pdf: _Doc, x: float, r: dict) -> None:
    _keep(pdf, 26)
    pdf.ln(0.5)
    _para(pdf, x, f"Resolution No. {r['no']}", "B", gap=0.3)
    pdf.set_font("Helvetica", "", pdf.fs)
    for label, who in (("Moved by:", r["mover"]), ("Seconded by:", r["seconder"])):
        pdf.set_x(x)
        pdf.cell(26, pdf.lh, label)
        pdf.cell(0, pdf.lh, short(who), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)
    for t in r["text"]:
        _para(pdf, x, t, gap=0.5)
    rv = r["recorded"]
    if rv:
        _keep(pdf, 20)
        _para(pdf, x, "Recorded Vote:", "B", gap=0.5)
        for label, names in ((f"For ({len(rv['yes'])}):", rv["yes"]),
                             (f"Against ({len(rv['no'])}):", rv["no"])):
            y = pdf.get_y()
            pdf.set_font("Helvetica", "", pdf.fs)
            pdf.set_xy(x, y)
            pdf.cell(26, pdf.lh, label)
            pdf.set_xy(x + 26, y)
            text = ", ".join(short(n) for n in names[:-1])
            text = f"{text}, and {short(names[-1])}" if len(names) > 1 else short(names[0])
            pdf.multi_cell(pdf.w - pdf.r_margin - x - 26, pdf.lh, text, new_x="LMARGIN",
                           new_y="NEXT")
        pdf.ln(1)
        result = f"{r['result']} ({len(rv['yes'])} to {len(rv['no'])})"
    else:
        result = r["result"]
    pdf.set_font("Helvetica", "B", pdf.fs)
    pdf.cell(pdf.w - pdf.r_margin - pdf.l_margin, pdf.lh, result, align="R", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(1)


def _minutes_pdf(path: Path) -> None:
    pdf = _new("Regular Council Meeting Minutes – June 17, 2025")
    pdf.fs, pdf.lh, pdf.pgap = 9.2, 4.2, 1.2
    _letterhead(pdf, "Regular Council Meeting Minutes")
    _block(pdf, "Council Present:", [f"{r} {n}{note}" for r, n, _, note in COUNCIL])
    _block(pdf, "Regrets:", [f"{r} {n}" for r, n in REGRETS])
    _block(pdf, "Staff Present:", [f"{n}, {t}" for n, t in STAFF])
    pdf.set_line_width(0.2)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2)
    for m in MINUTES:
        _heading(pdf, m["number"], TITLE[m["number"]])
        _, tx = _numcol(m["number"])
        for t in m.get("body", []):
            _para(pdf, tx, t)
        for r in m.get("res", []):
            _resolution(pdf, tx, r)
        for t in m.get("after", []):
            _para(pdf, tx, t)
    # signatures
    _keep(pdf, 18)
    pdf.ln(10)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "", 10)
    for x, who, role in ((22, "Gail Pritchard", "Mayor"), (112, "Priya Ramanathan", "Clerk")):
        pdf.line(x, y, x + 72, y)
        pdf.set_xy(x, y + 1.5)
        pdf.cell(72, 5, f"{who}, {role}")
    pdf.output(str(path))


def _paths(folder: Path) -> tuple[Path, Path]:
    stem = f"{SLUG}_council_{DATE}"
    return folder / "agendas" / f"{stem}_agenda.pdf", folder / "minutes" / f"{stem}_minutes.pdf"


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    agenda, minutes = _paths(folder)
    agenda.parent.mkdir(parents=True, exist_ok=True)
    minutes.parent.mkdir(parents=True, exist_ok=True)
    _agenda_pdf(agenda)
    _minutes_pdf(minutes)
    return [agenda, minutes]


# ---------------------------------------------------------------------------------------------
# Gold (from the same data)
# ---------------------------------------------------------------------------------------------

MEETING = {"body": "Council", "meeting_type": "Regular", "date": DATE, "start_time": "18:00"}

AGENDA_NOTES = [
    "Body given as 'Council' (printed 'Regular Council Meeting Agenda'; meeting_type Regular).",
    "Sub-items 5.1-11.3 have the enclosing top-level item as parent.",
    "No page ranges are printed, so pages are null.",
    "Item 11 'Closed Session' (the motion to go in camera) and 11.3 'Rise and Report' are public;"
    " only 11.1 and 11.2, the matters discussed in camera, are exempt.",
    "Delegation presenter lines (italic) and 'Recommendation:' paragraphs are not items.",
    "The confirmatory by-law text under item 12 is printed unnumbered and is not an item.",
    "Titles keep the report number prefix (e.g. 'PW-2025-14, ...') and the section reference "
    "in parentheses for closed-session items, as printed on one wrapped title.",
]

MINUTES_NOTES = [
    "Minute items repeat the agenda numbering; headings without text (5, 6, 7, 8, 9) are "
    "kept as items; agenda_item is null since the minutes print no separate agenda reference.",
    "Resolutions: each 'Resolution No. 2025-nnn' (all 'That Council ...' motions) counts once: "
    "16 (2025-118 to 2025-133).",
    "Only the recorded vote on 7.2 is listed under votes; the other motions print 'Carried' "
    "without figures.",
    "Councillor McTavish declared a pecuniary interest and left for 7.2; he is not counted as "
    "abstaining (the minutes print no abstention).",
    "Councillor Dhillon, printed '(electronic participation)' under Council Present, is virtual.",
    "'Regrets:' maps to apologies; staff are in_attendance with their printed titles as role.",
    "Delegates (Whitcombe, Lavigne) and the closed-session appointee are not in attendance "
    "lists; they appear only in item text.",
]


def gold() -> dict[str, dict]:
    agenda_path, minutes_path = _paths(Path("generated"))
    agenda = {
        "file": agenda_path.as_posix(), "kind": "agenda", "country": "CA",
        "notes": AGENDA_NOTES, "meeting": dict(MEETING),
        "agenda": [{"number": it["number"], "title": it["title"], "pages": None,
                    "part": it.get("part", "public"), "parent": it.get("parent")}
                   for it in AGENDA],
    }
    votes, nres, per = [], 0, {}
    for m in MINUTES:
        for r in m.get("res", []):
            nres += 1
            per[m["number"]] = per.get(m["number"], 0) + 1
            if r["recorded"]:
                rv = r["recorded"]
                votes.append({"item": m["number"], "result": "carried",
                              "result_as_printed": f"Carried ({len(rv['yes'])} to "
                                                   f"{len(rv['no'])})",
                              "motion": f"Resolution No. {r['no']}",
                              "mover": r["mover"], "seconder": r["seconder"],
                              "counts": {"yes": len(rv["yes"]), "no": len(rv["no"]),
                                         "abstain": 0},
                              "voters": {"yes": list(rv["yes"]), "no": list(rv["no"])}})
    attendance = [{"name": n, "status": s, "role": r} for r, n, s, _ in COUNCIL]
    attendance += [{"name": n, "status": "apologies", "role": r} for r, n in REGRETS]
    attendance += [{"name": n, "status": "in_attendance", "role": t} for n, t in STAFF]
    minutes = {
        "file": minutes_path.as_posix(), "kind": "minutes", "country": "CA",
        "notes": MINUTES_NOTES,
        "meeting": dict(MEETING, end_time="21:04"),
        "minutes": {
            "items": [{"number": m["number"], "title": TITLE[m["number"]], "agenda_item": None}
                      for m in MINUTES],
            "resolutions": nres,
            "resolutions_per_item": per,
            "votes": votes,
            "attendance": attendance,
        },
    }
    return {f"{p.parent.name}__{p.stem}.json": g
            for p, g in ((agenda_path, agenda), (minutes_path, minutes))}

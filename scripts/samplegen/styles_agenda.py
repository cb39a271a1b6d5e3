"""Agenda house styles that are not in the corpus, with their ground truth (stress set, issue 13).

Each builder writes one small PDF and returns what it rendered as the records the parser should
give back: ``{"file", "style", "agenda": [{"number", "title", "pages", "part", "parent"}]}``.

* ``uk_committee_pack`` - a UK committee pack whose agenda is not on page 1: a front sheet
  (members with roles, contact), one or two pages of "useful information" and terms of reference
  (with a numbered list of its own), then a plain "Agenda" heading; items numbered 1-9 with page
  ranges right-aligned in a column ("1 - 6", or "Pages 1 - 6"), none on the procedural items; the
  papers follow on pages stamped "Page N".
* ``us_lettered_sections`` - a US agenda whose sections are numbered ("4 CONSENT CALENDAR") with
  lettered items beneath ("A." ... "M."), the letters restarting in each section.
* ``us_dotted_letters`` - sections "1 CONSENT CALENDAR" with items "1.A" ... "1.G".
* ``us_mixed_letters`` - "4.A" items in one section and bare "A." items in another.
* ``us_dotted_wrap`` - dotted items 5.1 ... whose wrapped title line opens with a number that is
  not an item ("5.17 of the Home Rule Charter; ..."), at the title's indent.
* ``us_outline`` - roman sections, lettered committees, numbered items (right-aligned numbers)
  running onto a page whose body repeats the meeting header.
* ``us_roman_consent`` - roman sections with "a)" items at the sections' indent, each with a deeper
  "Recommendation:" paragraph (numbered steps that are not items); a page opens with the item
  "b) CITY COUNCIL MEETING MINUTES", which must not end the agenda.
* ``parish_running_numbers`` - a parish agenda numbered with minute numbers that run on from the
  last meeting (2629, 2630 ... or bare 1187 ...), title and what the item is for run together on
  the line ("Planning: to consider ..."), "a)" or "(i)" sub-points; "Agenda" only in the title block.
* ``township_headings`` - an unnumbered township agenda: headings at the body's margin (capitals,
  bold, or neither), bulleted, lettered or capital sub-headings indented beneath; a centred or
  left-set title block; the body shifted right, a blank page after, or a second page under a
  running header.
* ``outline_top_level`` - roman numerals or capital letters as the top level.
* ``township_blocks`` - an unnumbered township agenda typed line by line: headings tight under a
  centred date, bold capitals running on in plain text (wrapping back left of the margin), an
  indented block opened by "REPORTS:" after a blank line, bullets at a sub-heading's own indent.

Councils, people and places are fictional. Used by tests/test_agenda_unseen.py (written to a
temporary folder) and runnable on its own: ``python scripts/samplegen/styles_agenda.py OUTDIR``.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Callable, Optional

if __package__ in (None, ""):  # run as a script: make the samplegen package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from samplegen.pdf import FixedPDF
else:
    from .pdf import FixedPDF

CREATED = dt.datetime(2025, 1, 1, 9, 0, 0, tzinfo=dt.timezone.utc)
CREATOR = "agendapack scripts/samplegen/styles_agenda.py"


class StylePDF(FixedPDF):
    """A4 document in one font; `numbered_from` starts "Page N" footers on a physical page."""

    def __init__(self, title: str, font: str = "Helvetica", footer: str = "Page {n}"):
        super().__init__(CREATED, CREATOR, title)
        self.font_name = font
        self.footer_format = footer
        self.numbered_from: Optional[int] = None
        self.repeat_header = False  # print the meeting header again at the top of each new page's body
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=22)

    def footer(self):
        if self.numbered_from is not None and self.page_no() >= self.numbered_from:
            self.set_y(-14)
            self.set_font(self.font_name, "", 9)
            self.cell(0, 5, self.footer_format.format(n=self.page_no() - self.numbered_from + 1), align="C")

    def text_line(self, text: str, size: float = 11, style: str = "", h: float = 5.5, x: Optional[float] = None,
             align: str = "L"):
        self.set_font(self.font_name, style, size)
        self.set_x(self.l_margin if x is None else x)
        self.cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")

    def para(self, text: str, size: float = 10.5, style: str = "", h: float = 5.2, x: Optional[float] = None,
             w: float = 0):
        self.set_font(self.font_name, style, size)
        self.set_x(self.l_margin if x is None else x)
        self.multi_cell(w, h, text, new_x="LMARGIN", new_y="NEXT")

    def wrapped(self, text: str, width: float) -> list[str]:
        """Word-wrap text for the current font."""
        out, cur = [], ""
        for word in text.split():
            cand = f"{cur} {word}".strip()
            if cur and self.get_string_width(cand) > width:
                out.append(cur)
                cur = word
            else:
                cur = cand
        return out + [cur]


def _record(number, title, pages=None, part="public", parent=None) -> dict:
    return {"number": number, "title": title, "pages": {"first": pages[0], "last": pages[1]} if pages else None,
            "part": part, "parent": parent}


# =============================================================================================
# UK committee pack: agenda after the front matter, right-aligned page ranges
# =============================================================================================

UK_ITEMS = [
    # (number, title, content pages of the item's papers: 0 = no papers)
    ("1", "Apologies for Absence", 0),
    ("2", "Declarations of Interest", 0),
    ("3", "Urgent Business", 0),
    ("4", "Minutes of the Meeting held on 12 March 2025", 5),
    ("5", "Annual Report of the Scrutiny Panel on Flood Resilience and the Action Plan for 2025-26", 63),
    ("6", "Quarterly Performance Monitoring", 9),
    ("7", "Review of Community Grants", 5),
    ("8", "Work Programme", 3),
    ("9", "Date of the Next Meeting", 0),
]


def _uk_front_matter(pdf: StylePDF, pages: int, addressed: bool, tor_indent: float, records_heading: bool,
                     front_title: bool) -> None:
    pdf.add_page()
    pdf.text_line("NORTHMERE DISTRICT COUNCIL", 15, "B", 8)
    pdf.ln(4)
    if front_title:
        pdf.text_line("AGENDA", 20, "B", 10)
        pdf.ln(2)
    if addressed:
        pdf.text_line("To: all Members of the Overview and Scrutiny Committee", 11)
        pdf.ln(3)
    pdf.text_line("Overview and Scrutiny Committee", 18, "B", 9)
    pdf.ln(4)
    for label, value in (("Date:", "Thursday, 24 April 2025"), ("Time:", "7.00 pm"),
                         ("Venue:", "Council Chamber, Northmere House, Quay Road, Northmere NM3 8QT")):
        pdf.set_font(pdf.font_name, "B", 11)
        pdf.cell(28, 6, label)
        pdf.set_font(pdf.font_name, "", 11)
        pdf.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.text_line("Membership", 12, "B", 7)
    for name in ("Councillor Rosalind Aker (Chair)", "Councillor Terence Blyth (Vice-Chair)",
                 "Councillor Imran Chaudry", "Councillor Wendy Dacre", "Councillor Neil Eastwood",
                 "Councillor Olu Fashola"):
        pdf.text_line(name, 11, "", 5.6)
    pdf.ln(3)
    pdf.para("Quorum: 3 Members", 11)
    pdf.ln(4)
    pdf.text_line("Contact: Martin Pell, Democratic Services Officer", 11)
    pdf.text_line("Tel: 01632 960512", 11)
    pdf.text_line("Email: committees@northmere.example.gov.uk", 11)
    pdf.ln(6)
    pdf.text_line("Published: Wednesday, 16 April 2025", 10)

    pdf.add_page()
    pdf.text_line("Useful information", 14, "B", 8)
    pdf.ln(2)
    if records_heading:
        pdf.para("Minutes and recordings", 11, "B")
        pdf.para("The minutes of the meeting are published within ten working days, with a recording of "
                 "the meeting on the Council's website.")
        pdf.ln(3)
    for head, text in (
        ("Attending the meeting", "Members of the public are welcome to attend. The Council Chamber is on "
         "the ground floor and has level access. Please arrive ten minutes before the start."),
        ("Filming and recording", "The meeting may be filmed or recorded by the Council or by members of the "
         "public, provided this does not disrupt the business of the meeting."),
        ("Speaking at the meeting", "Residents may ask a question of the Committee by giving notice to "
         "Democratic Services by noon two working days before the meeting."),
    ):
        pdf.para(head, 11, "B")
        pdf.para(text)
        pdf.ln(3)
    if pages < 3:
        pdf.ln(2)
    else:
        pdf.add_page()
    pdf.text_line("Terms of Reference", 12, "B", 7)
    pdf.para("The Committee is appointed by the Council and will:")
    pdf.ln(1)
    for i, duty in enumerate((
        "review and scrutinise decisions made by the Cabinet and officers;",
        "make reports and recommendations to the Council and the Cabinet;",
        "review the performance of services against the Council Plan;",
        "consider matters affecting the district or its residents.",
    ), 1):
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin + tor_indent, y)
        pdf.set_font(pdf.font_name, "", 10.5)
        pdf.cell(7, 5.2, f"{i}.")
        pdf.multi_cell(0, 5.2, duty, new_x="LMARGIN", new_y="NEXT")


def uk_committee_pack(path: Path, *, font: str = "Helvetica", pages_prefix: str = "", front_pages: int = 2,
                      number_dot: bool = False, addressed: bool = False, tor_indent: float = 6,
                      records_heading: bool = False, front_title: bool = False, numbered_from_agenda: bool = False) -> dict:
    """A UK committee pack: `front_pages` pages of front matter, then "Agenda" with right-aligned ranges
    (`pages_prefix` "Pages " prints "Pages 1 - 6"); each paper padded to an even page count. The front
    sheet may be addressed ("To: all Members of ..."), the terms of reference list its duties at
    `tor_indent` mm, and the useful information may open with a "Minutes and recordings" note; the
    front sheet may be titled "AGENDA" (`front_title`) though the items come pages later. With
    `numbered_from_agenda` the page numbers start on the agenda's own page ("Page 1" under the
    agenda, the papers from page 2), the front matter unnumbered."""
    # item papers: printed ranges follow from the padded page counts
    ranges: dict[str, tuple[int, int]] = {}
    printed = 2 if numbered_from_agenda else 1
    for number, _title, content in UK_ITEMS:
        if content:
            padded = content + content % 2
            ranges[number] = (printed, printed + padded - 1)
            printed += padded

    pdf = StylePDF("Overview and Scrutiny Committee agenda", font)
    _uk_front_matter(pdf, front_pages, addressed, tor_indent, records_heading, front_title)
    pdf.add_page()
    if numbered_from_agenda:
        pdf.numbered_from = pdf.page
    pdf.text_line("Agenda", 16, "B", 9)
    pdf.ln(2)
    left, right = pdf.l_margin, pdf.w - pdf.r_margin
    title_x, pages_w = left + 14, 30
    title_w = right - pages_w - title_x - 4
    pdf.set_font(font, "B", 10)
    pdf.set_x(right - pages_w)
    pdf.cell(pages_w, 6, "Page No.", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    lh = 5.6
    for number, title, _content in UK_ITEMS:
        pdf.set_font(font, "B", 11)
        lines = pdf.wrapped(title, title_w)
        y = pdf.get_y()
        pdf.set_xy(left, y)
        pdf.cell(10, lh, f"{number}." if number_dot else number)
        for i, text in enumerate(lines):
            pdf.set_xy(title_x, y + i * lh)
            pdf.cell(title_w, lh, text)
        if number in ranges:
            first, last = ranges[number]
            pdf.set_font(font, "", 11)
            pdf.set_xy(right - pages_w, y + (len(lines) - 1) * lh)
            pdf.cell(pages_w, lh, f"{pages_prefix}{first} - {last}", align="R")
        pdf.set_xy(left, y + len(lines) * lh + 4)
    pdf.ln(4)
    pdf.para("Chief Executive, Northmere District Council", 9, "I")

    if not numbered_from_agenda:
        pdf.numbered_from = pdf.page + 1
    for number, title, content in UK_ITEMS:
        if not content:
            continue
        for k in range(content):
            pdf.add_page()
            if k == 0:
                pdf.text_line(f"Report to the Overview and Scrutiny Committee - item {number}", 10, "I")
                pdf.ln(2)
                pdf.text_line(title.upper(), 13, "B", 7)
                pdf.ln(2)
            pdf.para("This paper sets out the background to the matter, the options considered and the "
                     "officers' assessment of each. Members are asked to note the report.")
        if content % 2:
            pdf.add_page()
            pdf.set_y(pdf.h / 2 - 5)
            pdf.text_line("This page is intentionally left blank", 11, align="C")
    pdf.output(str(path))
    agenda = [_record(n, t, ranges.get(n)) for n, t, _c in UK_ITEMS]
    return {"file": path.name, "style": "UK committee pack, agenda after front matter, right-aligned ranges",
            "agenda": agenda}


# =============================================================================================
# US agendas: lettered and dotted items under numbered sections
# =============================================================================================

CONSENT = [
    "Approval of the minutes of the regular meeting of February 4, 2025",
    "Ratification of warrants and payroll for January 2025",
    "Treasurer's investment report for the quarter ended December 31, 2024",
    "Award of contract for janitorial services at the civic center",
    "Second reading of an ordinance regulating shopping cart containment",
    "Acceptance of the annual report of the library board",
    "Purchase of two replacement patrol vehicles",
    "Agreement with the county for animal control services",
    "Final acceptance of the Elm Street sewer lining project",
    "Resolution declaring surplus equipment",
    "Amendment to the fee schedule for park pavilion rentals",
    "Appointment to the historic preservation commission",
    "Grant application to the state parks and recreation fund",
]
LETTERS = "ABCDEFGHIJKLM"


def _us_header(pdf: StylePDF) -> None:
    pdf.text_line("CITY OF WILLOW BEND", 15, "B", 8, align="C")
    pdf.text_line("CITY COUNCIL REGULAR MEETING AGENDA", 13, "B", 7, align="C")
    pdf.text_line("Tuesday, March 4, 2025 - 6:00 PM", 11, "", 6, align="C")
    pdf.text_line("Council Chambers, 410 Main Street", 11, "", 6, align="C")
    pdf.ln(6)


def _us_pdf(title: str, font: str, repeat_header: bool = False) -> StylePDF:
    """The agenda's first page with the meeting header; `repeat_header` prints the header again
    in the body of every continuation page (a heading that names the meeting)."""
    pdf = StylePDF(title, font)
    pdf.add_page()
    _us_header(pdf)
    pdf.repeat_header = repeat_header
    return pdf


def _new_page(pdf: StylePDF) -> None:
    pdf.add_page()
    if pdf.repeat_header:
        _us_header(pdf)


def _us_entry(pdf: StylePDF, number: str, title: str, num_x: float, title_x: float, *, bold: bool = False,
              size: float = 11, note: Optional[str] = None) -> None:
    """A numbered entry with a hanging indent: the number at num_x, the title wrapped at title_x."""
    right = pdf.w - pdf.r_margin
    pdf.set_font(pdf.font_name, "B" if bold else "", size)
    lines = pdf.wrapped(title, right - title_x)
    if pdf.get_y() + 6 * len(lines) > pdf.h - 30:
        _new_page(pdf)
    y = pdf.get_y()
    pdf.set_xy(num_x, y)
    pdf.cell(title_x - num_x, 6, number)
    for i, text in enumerate(lines):
        pdf.set_xy(title_x, y + 6 * i)
        pdf.cell(right - title_x, 6, text)
    pdf.set_xy(pdf.l_margin, y + 6 * len(lines) + 1.5)
    if note:
        pdf.para(note, 10, "I", 5, x=title_x, w=right - title_x)
        pdf.ln(1.5)


def _us_sections(path: Path, title: str, sections: list[tuple[str, str, list[tuple[str, str]]]], *,
                 font: str, sec_x: float, sub_x: float, sub_title_gap: float, sec_title_gap: float = 14,
                 notes: bool = False, sub_numbers: Callable[[str, str], str] = lambda sec, sub: sub) -> dict:
    """Sections (number, title, [(sub number, sub title)]): sections in bold capitals at sec_x, items
    at sub_x; `sub_numbers` prints a sub-item's number ("A." or "4.A")."""
    pdf = _us_pdf(title, font)
    left = pdf.l_margin
    agenda = []
    for number, sec_title, subs in sections:
        pdf.ln(2)
        _us_entry(pdf, number, sec_title, left + sec_x, left + sec_x + sec_title_gap, bold=True)
        agenda.append(_record(number, sec_title))
        for k, (sub, sub_title) in enumerate(subs):
            printed = sub_numbers(number, sub)
            note = "Recommendation: Approve as submitted." if notes and k % 4 == 1 else None
            _us_entry(pdf, printed, sub_title, left + sub_x, left + sub_x + sub_title_gap, note=note)
            agenda.append(_record(printed.rstrip(".)"), sub_title, parent=number))
    pdf.output(str(path))
    return {"file": path.name, "style": title, "agenda": agenda}


def us_lettered_sections(path: Path, *, font: str = "Helvetica", sub_x: float = 14, dot: bool = True,
                         notes: bool = True) -> dict:
    """"4 CONSENT CALENDAR" with "A." ... "M." beneath, letters restarting in each section."""
    consent = [(c, t) for c, t in zip(LETTERS, CONSENT)]
    sections = [
        ("1", "CALL TO ORDER", []),
        ("2", "ROLL CALL", []),
        ("3", "PUBLIC COMMENT", []),
        ("4", "CONSENT CALENDAR", consent),
        ("5", "PUBLIC HEARINGS", [("A", "Zoning amendment for the Riverside mixed-use district"),
                                   ("B", "Vacation of a portion of Orchard Alley")]),
        ("6", "NEW BUSINESS", [("A", "Presentation of the draft capital improvement plan for 2025-2030"),
                                ("B", "Discussion of the downtown parking study"),
                                ("C", "Council liaison appointments")]),
        ("7", "ADJOURNMENT", []),
    ]
    return _us_sections(path, "US agenda, lettered items under numbered sections", sections, font=font,
                        sec_x=0, sub_x=sub_x, sub_title_gap=10, notes=notes,
                        sub_numbers=lambda sec, sub: f"{sub}." if dot else f"{sub})")


def us_dotted_letters(path: Path, *, font: str = "Times", sub_x: float = 10) -> dict:
    """"1 CONSENT CALENDAR" with "1.A" ... "1.G" beneath."""
    sections = [
        ("1", "CONSENT CALENDAR", [(c, t) for c, t in zip(LETTERS[:7], CONSENT)]),
        ("2", "PUBLIC HEARINGS", [("A", "Appeal of the planning commission decision on 88 Birch Court"),
                                   ("B", "Annual review of the development agreement with Harbor Point LLC")]),
        ("3", "COUNCIL BUSINESS", [("A", "Adoption of the legislative platform for 2025")]),
        ("4", "ADJOURNMENT", []),
    ]
    return _us_sections(path, "US agenda, dotted lettered items 1.A", sections, font=font, sec_x=0,
                        sub_x=sub_x, sub_title_gap=14, sub_numbers=lambda sec, sub: f"{sec}.{sub}")


def us_mixed_letters(path: Path, *, font: str = "Helvetica") -> dict:
    """"4.A" items in one section, bare "A." in another, in one agenda."""
    sections = [
        ("1", "CALL TO ORDER AND PLEDGE OF ALLEGIANCE", []),
        ("2", "APPROVAL OF THE AGENDA", []),
        ("3", "PRESENTATIONS", [("A", "Proclamation recognizing Arbor Day"),
                                 ("B", "Employee service awards")]),
        ("4", "CONSENT AGENDA", [(c, t) for c, t in zip(LETTERS[:5], CONSENT[:5])]),
        ("5", "ORDINANCES AND RESOLUTIONS", [("A", "Ordinance amending the municipal code on short-term rentals"),
                                              ("B", "Resolution adopting the hazard mitigation plan")]),
        ("6", "ADJOURNMENT", []),
    ]
    dotted = {"4"}
    return _us_sections(path, "US agenda, 4.A and bare A. in one agenda", sections, font=font, sec_x=0,
                        sub_x=12, sub_title_gap=12,
                        sub_numbers=lambda sec, sub: f"{sec}.{sub}" if sec in dotted else f"{sub}.")


def us_dotted_wrap(path: Path, *, font: str = "Times") -> dict:
    """Items 5.1 ... under "5 ORDINANCES"; item 5.16's title wraps onto a line that opens with
    "5.17", printed at the title's indent, and the real 5.17 follows at the items' indent."""
    ordinances = [
        (f"5.{k}", f"An ordinance adopting the annual update of schedule {k} of the unified development code")
        for k in range(1, 16)
    ]
    sections = [
        ("4", "MINUTES", [("4.1", "Minutes of the regular meeting of February 18, 2025")]),
        ("5", "ORDINANCES ON FIRST READING", ordinances),
        ("6", "ADJOURNMENT", []),
    ]
    pdf = _us_pdf("US agenda, dotted items with a wrapped line opening with a number", font)
    left = pdf.l_margin
    sub_x, title_x = left + 10, left + 24
    right = pdf.w - pdf.r_margin
    agenda = []
    for number, sec_title, subs in sections:
        pdf.ln(2)
        _us_entry(pdf, number, sec_title, left, left + 10, bold=True)
        agenda.append(_record(number, sec_title))
        for sub, sub_title in subs:
            _us_entry(pdf, sub, sub_title, sub_x, title_x)
            agenda.append(_record(sub, sub_title, parent=number))
        if number == "5":
            # a title broken by hand so that its second line opens with the section number
            pdf.set_font(font, "", 11)
            y = pdf.get_y()
            pdf.set_xy(sub_x, y)
            pdf.cell(title_x - sub_x, 6, "5.16")
            pdf.set_xy(title_x, y)
            pdf.cell(right - title_x, 6, "An ordinance amending the city charter as authorised by Section")
            pdf.set_xy(title_x, y + 6)
            pdf.cell(right - title_x, 6, "5.17 of the Home Rule Charter; setting a special election")
            pdf.set_xy(left, y + 13.5)
            agenda.append(_record("5.16", "An ordinance amending the city charter as authorised by Section 5.17 "
                                          "of the Home Rule Charter; setting a special election", parent="5"))
            _us_entry(pdf, "5.17", "An ordinance repealing the sign code variance procedure", sub_x, title_x)
            agenda.append(_record("5.17", "An ordinance repealing the sign code variance procedure", parent="5"))
    pdf.output(str(path))
    return {"file": path.name, "style": "US agenda, dotted items, a wrapped line opening with a number",
            "agenda": agenda}


def us_roman_consent(path: Path, *, font: str = "Helvetica") -> dict:
    """Roman sections with bracketed lettered items "a)" at the sections' own indent, each item
    followed by a deeper "Recommendation:" paragraph (some with numbered steps, which are not
    items); the consent items run onto a second page that opens with an item about minutes
    ("b) CITY COUNCIL MEETING MINUTES"), which is not the start of a set of minutes."""
    consent: list[tuple[str, str, Optional[list[str]]]] = [
        ("a", "WAIVE READING IN FULL OF ALL ORDINANCES ON THE AGENDA", None),
        ("b", "CITY COUNCIL MEETING MINUTES", None),
        ("c", "CHECK REGISTERS", None),
        ("d", "AWARD OF CONTRACT FOR STREET SWEEPING SERVICES", ["Award the contract to the lowest bidder;",
                                                               "Authorize the City Manager to sign it."]),
        ("e", "QUARTERLY INVESTMENT REPORT", None),
    ]
    sections: list[tuple[str, str, list[tuple[str, str, Optional[list[str]]]]]] = [
        ("I", "CALL TO ORDER", []),
        ("II", "ROLL CALL", []),
        ("III", "CONSENT CALENDAR", consent),
        ("IV", "MUNICIPAL MATTERS", [("a", "LIBRARY HOURS PILOT PROGRAM", ["Approve the pilot;", "Report back in six months."])]),
        ("V", "ADJOURNMENT", []),
    ]
    pdf = _us_pdf("US agenda, roman sections, a) items, Recommendation paragraphs", font)
    left = pdf.l_margin
    agenda = []
    for number, title, subs in sections:
        pdf.ln(2)
        pdf.text_line(f"{number}. {title}", 12, "B", 7)
        agenda.append(_record(number, title))
        for letter, sub_title, steps in subs:
            if letter == "b" and number == "III":
                pdf.add_page()  # the item about minutes heads the next page
            pdf.set_font(font, "B", 11)
            y = pdf.get_y()
            pdf.set_xy(left, y)
            pdf.cell(12, 6, f"{letter})")
            pdf.set_xy(left + 12, y)
            pdf.cell(0, 6, sub_title, new_x="LMARGIN", new_y="NEXT")
            agenda.append(_record(letter, sub_title, parent=number))
            pdf.para("Recommendation: Staff recommends that the City Council " + ("take the following actions:" if steps else "approve the item as submitted."),
                     10, "", 5, x=left + 12)
            for k, step in enumerate(steps or [], 1):
                pdf.para(f"{k}. {step}", 10, "", 5, x=left + 40)
            pdf.ln(2)
    pdf.output(str(path))
    return {"file": path.name, "style": "US agenda, roman sections with a) items and Recommendation paragraphs",
            "agenda": agenda}


def us_outline(path: Path, *, font: str = "Times") -> dict:
    """Three printed levels: roman sections, lettered committees beneath, numbered items beneath
    those (numbers right-aligned, so "10." starts left of "9."), running onto a second page whose
    body repeats the meeting header; letters and numbers go on under their sections there."""
    items = [f"Approval of contract {k} for the facilities renewal programme" for k in range(1, 25)]
    outline = [
        ("I", "ROLL CALL", []),
        ("II", "APPROVAL OF THE MINUTES", []),
        ("III", "COMMITTEE REPORTS", [
            ("A", "COMMUNITY AFFAIRS", items[:2]),
            ("B", "ACCESS AND SUCCESS", []),
            ("C", "FINANCE AND FACILITIES", items[2:24]),
            ("D", "INVESTMENT", []),
        ]),
        ("IV", "ADJOURNMENT", []),
    ]
    pdf = _us_pdf("US agenda, three printed levels over a page break", font, repeat_header=True)
    left = pdf.l_margin
    agenda = []
    for roman, title, committees in outline:
        pdf.ln(2)
        _us_entry(pdf, f"{roman}.", title, left, left + 12)
        agenda.append(_record(roman, title))
        for letter, committee, numbered in committees:
            _us_entry(pdf, f"{letter}.", committee, left + 12, left + 22)
            agenda.append(_record(letter, committee, parent=roman))
            for k, text in enumerate(numbered, 1):
                pdf.set_font(font, "", 11)
                label = f"{k}."
                # right-aligned numbers: "9." and "10." end at the same x
                num_x = left + 30 - pdf.get_string_width(label)
                _us_entry(pdf, label, text, num_x, left + 32)
                agenda.append(_record(str(k), text, parent=letter))
    pdf.output(str(path))
    return {"file": path.name, "style": "US agenda, three printed levels over a page break", "agenda": agenda}


# =============================================================================================
# Small councils: running minute numbers, unnumbered headings, roman or lettered top levels
# =============================================================================================

def _parish_header(pdf: StylePDF, x: float) -> None:
    """A parish title block: the only "Agenda" word is here; the items follow the meeting details."""
    pdf.text_line("LOWER ASHCOMBE PARISH COUNCIL", 15, "B", 8, align="C")
    pdf.text_line("AGENDA", 14, "B", 8, align="C")
    pdf.para("Members are summoned to the meeting of the Parish Council to be held on Monday 7 April 2025 "
             "at 7.30pm in the Village Hall, Church Lane.", 10.5, x=x)
    pdf.ln(5)


RUNNING_ITEMS: list[tuple[str, list[str]]] = [
    # (the item's title and what it is for, run together on its line(s); its lettered sub-points)
    ("Apologies for absence: to receive and approve apologies.", []),
    ("Declarations of interest: to receive declarations of interest in items on the agenda.", []),
    ("Minutes: to approve the minutes of the meeting held on 3 March 2025 as a true record.", []),
    ("Public participation: a period of up to fifteen minutes for residents to address the council.", []),
    ("Planning: to consider the following applications:", [
        "25/00412/FUL Single storey rear extension, 4 Mill Lane",
        "25/00431/HOU Replacement garage and new driveway, Orchard Cottage",
        "25/00457/TPO Works to an oak tree, The Old Rectory",
    ]),
    ("Finance: to approve the payments listed and to note the bank reconciliation.", [
        "Payments for April 2025",
        "Bank reconciliation to 31 March 2025",
    ]),
    ("Highways: to receive an update on the speed indicator device and the Church Lane drainage works.", []),
    ("Playing field: to consider quotes for the replacement of the play equipment.", []),
    ("Correspondence: to note correspondence received since the last meeting.", []),
    ("Date of next meeting: to confirm Monday 12 May 2025 (Annual Meeting).", []),
]


def parish_running_numbers(path: Path, *, first: int = 2629, dot: bool = True, sub_style: str = "a)",
                           font: str = "Helvetica", left: float = 0, separator: str = ": ", year: str = "") -> dict:
    """A parish agenda whose items carry minute numbers running on from the last meeting
    (2629, 2630 ...), printed "2629." or bare before the text, title and what the item is for run
    together on the line after `separator` (wrapping under the text); sub-points "a)" or "(i)"
    beneath some items. The item's title is the part before the separator. `year` ("/25") prints
    the minute number with its year: "45/25"."""
    pdf = StylePDF("Parish agenda with running minute numbers", font)
    pdf.add_page()
    x_num = pdf.l_margin + left
    x_text = x_num + 16
    _parish_header(pdf, x_num)
    right = pdf.w - pdf.r_margin
    agenda = []
    for k, (entry, subs) in enumerate(RUNNING_ITEMS):
        title, description = entry.split(": ", 1)
        text = f"{title}{separator}{description}"
        number = f"{first + k}{year}"
        pdf.set_font(font, "", 11)
        y = pdf.get_y()
        pdf.set_xy(x_num, y)
        pdf.cell(x_text - x_num, 6, f"{number}." if dot else number)
        for i, part in enumerate(pdf.wrapped(text, right - x_text)):
            pdf.set_xy(x_text, y + 6 * i)
            pdf.cell(right - x_text, 6, part)
            pdf.set_y(y + 6 * (i + 1))
        agenda.append(_record(number, title))
        for j, sub in enumerate(subs):
            label = f"{'abcdefgh'[j]})" if sub_style == "a)" else f"({['i', 'ii', 'iii', 'iv'][j]})"
            pdf.set_xy(x_text, pdf.get_y())
            pdf.cell(10, 6, label)
            pdf.cell(0, 6, sub, new_x="LMARGIN", new_y="NEXT")
            agenda.append(_record(label.strip("()"), sub, parent=number))
        pdf.ln(3)
    pdf.output(str(path))
    return {"file": path.name, "style": "parish agenda, running minute numbers", "agenda": agenda}


# an unnumbered township agenda: (heading, [sub-entries]); a sub-entry is (text, is_subheading)
TOWNSHIP: list[tuple[str, list[tuple[str, bool]]]] = [
    ("CALL TO ORDER", []),
    ("PLEDGE OF ALLEGIANCE", []),
    ("ROLL CALL", []),
    ("APPROVAL OF AGENDA", []),
    ("APPROVAL OF MINUTES", [("Regular meeting of February 12, 2025", False),
                             ("Special meeting of February 26, 2025", False)]),
    ("PUBLIC COMMENT", []),
    ("REPORTS", [("SUPERVISOR", True), ("CLERK", True), ("TREASURER", True), ("FIRE DEPARTMENT", True),
                 ("ZONING ADMINISTRATOR", True)]),
    ("OLD BUSINESS", [("Road maintenance agreement with the county road commission for the 2025 season", False),
                      ("Cemetery ordinance amendments", False)]),
    ("NEW BUSINESS", [("Consider approval of the bid from a contractor for the replacement of the township hall "
                       "roof and gutters, not to exceed the amount budgeted", False),
                      ("Appointment of two members to the planning commission", False),
                      ("Resolution adopting the 2025-2026 budget", False),
                      ("Approval of bills", False)]),
    ("BOARD COMMENTS", []),
    ("ADJOURNMENT", []),
]


def township_headings(path: Path, *, bullet: str = "\u2022", font: str = "Helvetica", bold: bool = True,
                      caps: bool = True, left: float = 0, blank_page: bool = False, letters: str = "",
                      left_title: bool = False, notes: bool = False, two_pages: bool = False) -> dict:
    """An unnumbered township agenda: headings at the body's left margin (bold and/or capitals),
    bulleted sub-items beneath them (a long one wrapping under its text), sub-headings in capitals
    indented under REPORTS; the title block is centred and holds the only "Agenda" word. The body
    may be shifted right (`left` mm) and followed by a blank page. `letters` ("a" or "A") prints
    "a." ... before the sub-items instead of bullets, restarting under each heading. With
    `left_title` the title block is set in capitals at the body's margin, body size; with `notes`
    some headings carry a note after their own words ("CALL TO ORDER - 7:00 p.m.",
    "PUBLIC COMMENT (limited to three minutes per speaker)"), which is not part of the title.
    With `two_pages` the agenda runs onto a second page under a centred running header, with
    centred "Page N" footers."""
    pdf = StylePDF("Unnumbered township agenda", font)
    if two_pages:
        pdf.numbered_from = 1
    pdf.add_page()
    x_head = pdf.l_margin + left
    if left_title:
        for text in ("HOLLIS TOWNSHIP BOARD OF TRUSTEES", "REGULAR MEETING AGENDA", "WEDNESDAY, MARCH 12, 2025",
                     "TOWNSHIP HALL, 1200 COUNTY ROAD 9"):
            pdf.text_line(text, 11, "B" if bold else "", 5.2, x=x_head)
    else:
        pdf.text_line("HOLLIS TOWNSHIP BOARD OF TRUSTEES", 14, "B", 7, align="C")
        pdf.text_line("REGULAR MEETING AGENDA", 12, "B", 7, align="C")
        pdf.text_line("Wednesday, March 12, 2025 - 7:00 PM", 11, "", 6, align="C")
        pdf.text_line("Township Hall, 1200 County Road 9", 11, "", 6, align="C")
    pdf.ln(8)
    heading_notes = {"CALL TO ORDER": " - 7:00 p.m.", "PUBLIC COMMENT": " (limited to three minutes per speaker)"}
    x_sub = x_head + 10
    right = pdf.w - pdf.r_margin
    agenda: list[dict] = []
    for heading, subs in TOWNSHIP:
        if two_pages and heading == "NEW BUSINESS":
            pdf.add_page()
            pdf.text_line("Hollis Township - Regular Meeting Agenda - March 12, 2025", 9, "I", 5, align="C")
            pdf.ln(6)
        printed = heading if caps else heading.title()
        note = heading_notes.get(heading, "") if notes else ""
        pdf.text_line(printed + note, 11, "B" if bold else "", 6, x=x_head)
        agenda.append(_record(None, printed))
        for k, (text, sub_heading) in enumerate(subs):
            label = chr(ord(letters) + k) if letters else None
            pdf.set_font(font, "", 10.5)
            if sub_heading:
                pdf.text_line(text, 10.5, "", 5.6, x=x_sub)
            else:
                lines = pdf.wrapped(text, right - x_sub - 6)
                y = pdf.get_y()
                pdf.set_xy(x_sub, y)
                pdf.cell(6, 5.6, f"{label}." if label else bullet)
                for i, part in enumerate(lines):
                    pdf.set_xy(x_sub + 6, y + 5.6 * i)
                    pdf.cell(0, 5.6, part)
                pdf.set_y(y + 5.6 * len(lines))
            agenda.append(_record(label if label and not sub_heading else None, text, parent=printed))
        pdf.ln(4)
    if blank_page:
        pdf.add_page()
    pdf.output(str(path))
    return {"file": path.name, "style": "unnumbered township agenda", "agenda": agenda}


def outline_top_level(path: Path, *, top: str = "roman", font: str = "Times", left: float = 0) -> dict:
    """Roman numerals ("I.") or capital letters ("A.") as the top level with no numbered sections
    above them; the next level ("A." under roman, "1." under letters) indented beneath some."""
    sections = [
        ("CALL TO ORDER", []),
        ("ROLL CALL", []),
        ("APPROVAL OF THE AGENDA", []),
        ("CONSENT AGENDA", ["Minutes of the regular meeting of February 11, 2025", "Treasurer's report",
                            "Payment of claims"]),
        ("PUBLIC HEARING", ["Conditional use permit for a home occupation at 88 Birch Road"]),
        ("NEW BUSINESS", ["Fire protection contract with the rural fire district",
                          "Purchase of a snow plough blade for the public works truck",
                          "Adoption of the records retention schedule"]),
        ("ADJOURNMENT", []),
    ]
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    pdf = _us_pdf(f"Agenda with {top} top level", font)
    x0 = pdf.l_margin + left
    agenda = []
    for k, (title, subs) in enumerate(sections):
        number = romans[k] if top == "roman" else "ABCDEFGH"[k]
        pdf.ln(1.5)
        _us_entry(pdf, f"{number}.", title, x0, x0 + 14, bold=True)
        agenda.append(_record(number, title))
        for j, sub in enumerate(subs):
            sub_number = "ABCDEFGH"[j] if top == "roman" else str(j + 1)
            _us_entry(pdf, f"{sub_number}.", sub, x0 + 14, x0 + 24)
            agenda.append(_record(sub_number, sub, parent=number))
    pdf.output(str(path))
    return {"file": path.name, "style": f"agenda with a {top} top level", "agenda": agenda}


# the ways to take part a front page lists before the agenda: (channel, how), each but the first
# with a contact detail (web address, phone number, e-mail address)
PARTICIPATION = [
    ("IN PERSON", "Council Chambers, 410 Main Street, Willow Bend"),
    ("VIDEO", "https://meet.willowbend.example.org/j/55501234"),
    ("PHONE", "Toll Free: (555) 010-2233; Meeting ID: 555 0123 4567, then #"),
    ("EMAIL", "Send comments to clerk@willowbend.example.org by 3:00 p.m. on the meeting date"),
    ("ECOMMENT", "Submit a comment via speakup.willowbend.gov before the meeting"),
]


def front_participation(path: Path, *, top: str = "decimal", font: str = "Helvetica", separator: str = " - ",
                        new_page: bool = True) -> dict:
    """A front page that lists the ways to take part as a numbered list ("1. IN PERSON - ...",
    "2. VIDEO - https://...") at the agenda's own indent, then a sitting heading and the agenda,
    numbered "1." again (`top` "decimal") or with roman numerals ("roman") and lettered items
    beneath; the list is instructions, not agenda items."""
    sections = [
        ("CALL TO ORDER", []),
        ("ROLL CALL", []),
        ("PUBLIC COMMENT", []),
        ("CONSENT CALENDAR", ["Minutes of the regular meeting of February 18, 2025", "Check register"]),
        ("NEW BUSINESS", ["Award of the street resurfacing contract"]),
        ("ADJOURNMENT", []),
    ]
    pdf = _us_pdf(f"Agenda after a numbered list of ways to take part ({top})", font)
    x0 = pdf.l_margin
    pdf.text_line("PUBLIC PARTICIPATION OPTIONS", 11, "B", 7, align="C")
    pdf.para("The public may participate in the meeting via the following:", 10.5, "", 5.2)
    pdf.ln(1)
    for k, (channel, how) in enumerate(PARTICIPATION, 1):
        _us_entry(pdf, f"{k}.", f"{channel}{separator}{how}", x0, x0 + 8)
    if new_page:
        _new_page(pdf)
    else:
        pdf.ln(4)
    pdf.text_line("REGULAR MEETING - 6:00 PM", 12, "B", 8, align="C")
    romans = ["I", "II", "III", "IV", "V", "VI"]
    agenda = []
    for k, (title, subs) in enumerate(sections):
        number = romans[k] if top == "roman" else str(k + 1)
        pdf.ln(1.5)
        _us_entry(pdf, f"{number}.", title, x0, x0 + 14, bold=True)
        agenda.append(_record(number, title))
        for j, sub in enumerate(subs):
            sub_number = "abcdef"[j] if top == "roman" else "ABCDEF"[j]
            _us_entry(pdf, f"{sub_number})" if top == "roman" else f"{sub_number}.", sub, x0 + 14, x0 + 24)
            agenda.append(_record(sub_number, sub, parent=number))
    pdf.output(str(path))
    return {"file": path.name, "style": f"agenda ({top}) after a numbered list of ways to take part", "agenda": agenda}


# an unnumbered township agenda as word processors export it: (heading, note, [(text, depth, [deeper])])
TYPOGRAPHY: list[tuple[str, str, list[tuple[str, list[str]]]]] = [
    ("CALL TO ORDER", "7:00 PM", []),
    ("PLEDGE OF ALLEGIANCE", "", []),
    ("ROLL CALL", "", []),
    ("APPROVAL OF AGENDA", "", []),
    ("CONSENT AGENDA", ":", [("Minutes of the regular meeting of February 12, 2025", []),
                             ("Treasurer's report for February and payment of bills in the amount of $48,210.37 as "
                              "presented by the clerk", [])]),
    ("REPORTS", ":", [("SUPERVISOR", ["Road salt purchase for the winter season", "County road commission update"]),
                      ("CLERK", ["Election inspector training"]),
                      ("ASSESSOR", []),
                      ("HIGHWAY COMMISSIONER", ["Grading schedule for gravel roads"])]),
    ("PUBLIC COMMENT", " (3 minutes per speaker)", []),
    ("OLD BUSINESS", "", [("Cemetery ordinance amendments", ["Section 4, sale of burial rights",
                                                             "Section 9, fees for opening and closing"])]),
    ("NEW BUSINESS", "", [("Consider approval of the bid for the replacement of the township hall roof and gutters, "
                           "not to exceed the amount budgeted for the year", []),
                          ("Appointment of two members to the planning commission", []),
                          ("Resolution adopting the 2025-2026 budget", [])]),
    ("BOARD COMMENTS", "", []),
    ("ADJOURNMENT", "", []),
]


def township_typography(path: Path, *, bullet: tuple[str, str] = ("ZapfDingbats", "l"),
                        deep_bullet: tuple[str, str] = ("Courier", "o"), bullet_gap: float = 9,
                        bullet_drop: float = 0.0, jitter: float = 0.0, time_column: str = "",
                        caps_title_block: bool = True, heading_style: str = "caps", left: float = 0,
                        blank_page: bool = False, centred_headings: tuple[str, ...] = (),
                        font: str = "Helvetica", sub_indent: float = 6, bullet_size: float = 0) -> dict:
    """An unnumbered township agenda as a word processor exports it: bullets set as a glyph of a
    symbol font (extracted as a letter such as "l", "n", "§", "Ø", "ü" or "o") at their own x,
    `bullet_gap` mm left of a tab-indented text, `bullet_drop` mm below its baseline; three levels
    (heading -> bulleted or capital sub-item -> deeper bullet); each level's indent off by up to
    `jitter` mm from line to line; some headings followed by a colon or a note; a title block of
    centred capital lines in body size (`caps_title_block`). `time_column` "left" prints the
    meeting's start time before the first heading in a column of its own, "right" after it.
    `heading_style`: "caps" (bold capitals), "bold" (bold, title case, a point larger) or
    "underline" (title case, a rule under the text). `centred_headings` are set centred. Bullets of
    the first level stand `sub_indent` mm right of the headings (0: at the headings' margin), in a
    glyph of `bullet_size` points (0: the font's usual size)."""
    pdf = StylePDF("Township agenda as exported", font)
    pdf.add_page()
    if caps_title_block:
        for text in ("HOLLIS TOWNSHIP BOARD", "REGULAR MEETING", "WEDNESDAY, MARCH 12, 2025",
                     "TOWNSHIP HALL, 1200 COUNTY ROAD 9", "AGENDA"):
            pdf.text_line(text, 11, "B", 5.4, align="C")
    else:
        pdf.text_line("Hollis Township Board", 14, "B", 7, align="C")
        pdf.text_line("Regular Meeting Agenda - Wednesday, March 12, 2025", 11, "", 6, align="C")
    pdf.ln(7)
    x_head = pdf.l_margin + left + (24 if time_column == "left" else 0)
    right = pdf.w - pdf.r_margin
    offsets = [0.0, jitter, -jitter / 2, jitter / 2, -jitter]  # a level's indent, line after line
    turn = [0]

    def shift() -> float:
        turn[0] += 1
        return offsets[turn[0] % len(offsets)]

    def heading(text: str, note: str) -> str:
        printed = text if heading_style == "caps" else text.title()
        style = "" if heading_style == "underline" else "B"
        size = 12 if heading_style == "bold" else 11
        pdf.set_font(font, style, size)
        shown = printed + (note if note.startswith((":", " ")) else "")
        y = pdf.get_y()
        if text in centred_headings:
            pdf.cell(0, 6, shown, align="C", new_x="LMARGIN", new_y="NEXT")
            return printed
        x = x_head + shift()
        pdf.set_xy(x, y)
        pdf.cell(0, 6, shown)
        if heading_style == "underline":
            pdf.line(x, y + 5.0, x + pdf.get_string_width(shown), y + 5.0)
        if note and not note.startswith((":", " ")):
            pdf.set_font(font, "", 11)
            if time_column == "left":
                pdf.set_xy(pdf.l_margin + left, y)
            else:
                pdf.set_xy(right - pdf.get_string_width(note), y)
            pdf.cell(0, 6, note)
        pdf.set_xy(pdf.l_margin, y + 6)
        return printed

    def bulleted(text: str, x_bullet: float, glyph: tuple[str, str]) -> None:
        x_text = x_bullet + bullet_gap
        pdf.set_font(font, "", 10.5)
        lines = pdf.wrapped(text, right - x_text)
        y = pdf.get_y()
        pdf.set_font(glyph[0], "", bullet_size or (8 if glyph[0] == "ZapfDingbats" else 10.5))
        pdf.set_xy(x_bullet, y + bullet_drop)
        pdf.cell(4, 5.6, glyph[1])
        pdf.set_font(font, "", 10.5)
        for i, part in enumerate(lines):
            pdf.set_xy(x_text, y + 5.6 * i)
            pdf.cell(0, 5.6, part)
        pdf.set_y(y + 5.6 * len(lines))

    agenda: list[dict] = []
    for text, note, subs in TYPOGRAPHY:
        printed = heading(text, note)
        agenda.append(dict(_record(None, printed), depth=0))
        for sub, deeper in subs:
            if sub.isupper():  # a capital sub-heading, unbulleted, with its own bullets beneath
                pdf.set_font(font, "", 10.5)
                pdf.set_x(x_head + 10 + shift())
                pdf.cell(0, 5.6, sub, new_x="LMARGIN", new_y="NEXT")
                x_deep = x_head + 20
            else:
                bulleted(sub, x_head + sub_indent + shift(), bullet)
                x_deep = x_head + sub_indent + bullet_gap + 6
            agenda.append(dict(_record(None, sub, parent=printed), depth=1))
            for deep in deeper:
                bulleted(deep, x_deep + shift(), deep_bullet)
                agenda.append(dict(_record(None, deep, parent=sub), depth=2))
        pdf.ln(3)
    if blank_page:
        pdf.add_page()
    pdf.output(str(path))
    return {"file": path.name, "style": "unnumbered township agenda as exported", "agenda": agenda}


TYPOGRAPHY_STYLES: dict[str, Callable[[Path], dict]] = {
    "typo_dingbat_bullets": lambda p: township_typography(p),
    "typo_wingdings_letters_dropped": lambda p: township_typography(p, bullet=("Helvetica", "\u00a7"),
                                                                    deep_bullet=("Helvetica", "\u00d8"),
                                                                    bullet_drop=0.6, jitter=0.7),
    "typo_time_column_left": lambda p: township_typography(p, bullet=("Helvetica", "\u00fc"), time_column="left",
                                                           font="Times"),
    "typo_time_column_right": lambda p: township_typography(p, bullet=("Symbol", "\u00b7"), time_column="right",
                                                            left=10, blank_page=True),
    "typo_bold_larger_headings": lambda p: township_typography(p, heading_style="bold", caps_title_block=False,
                                                               bullet=("ZapfDingbats", "n")),
    "typo_underlined_headings": lambda p: township_typography(p, heading_style="underline", font="Times",
                                                              bullet=("Courier", "o"), deep_bullet=("Helvetica", "-")),
    "typo_centred_headings_mixed": lambda p: township_typography(p, centred_headings=("PUBLIC COMMENT", "ADJOURNMENT"),
                                                                 jitter=0.7, bullet_gap=12),
    "typo_bullets_at_heading_margin": lambda p: township_typography(p, sub_indent=0, bullet=("Symbol", "\u00b7"),
                                                                    font="Times"),
    "typo_small_raised_bullets": lambda p: township_typography(p, bullet_size=5, bullet_drop=-0.8,
                                                               bullet=("ZapfDingbats", "u"), left=15),
}


# an unnumbered township agenda typed line by line (issue 13, round 3): (heading, run-on text, entries)
# where an entry is (text, lead, [deeper]); `lead` is how many words open it in bold capitals
BLOCKED: list[tuple[str, str, list[tuple[str, int, list[str]]]]] = [
    ("CALL TO ORDER:", "", []),
    ("PLEDGE OF ALLEGIANCE:", "", []),
    ("ROLL CALL:", "", []),
    ("APPROVAL OF MINUTES", "March 11, 2025, regular meeting minutes, March 18, 2025 special meeting minutes "
                            "and March 25, 2025 budget hearing minutes.", []),
]
REPORTS_BLOCK: list[tuple[str, int, list[str]]] = [
    ("TREASURER:", 1, ["Quarterly investment summary",
                       "Request to open a second account for the cemetery fund at the county bank, with two "
                       "trustees named as signers",
                       "Audit engagement letter"]),
    ("ZONING OFFICER: Monthly permits", 2, []),
    ("ROAD COMMISSIONER: Report", 2, []),
    ("COMMITTEE REPORTS:", 2, ["Cemetery Board \u2013 Trustee Ann Price", "Parks and Trails \u2013 Trustee Omar Reyes",
                               "Library Liaison Matters \u2013 Clerk Dana Moss", "Fire Board \u2013 N/A"]),
]


def township_blocks(path: Path, *, font: str = "Helvetica", bullet: str = "\u2022", left: float = 18,
                    block_indent: float = 3.5, outdent_wrap: bool = True) -> dict:
    """An unnumbered township agenda typed line by line in a word processor: a centred title block
    whose date line has the first headings set tight under it (no blank line); headings in bold
    capitals ending in a colon, or opening a line whose plain text runs on to name the subject
    ("APPROVAL OF MINUTES  March 11, ..."; with `outdent_wrap` it wraps back to the page's edge,
    left of the headings' margin, else it is short); after a blank line, a block set `block_indent`
    mm in from the margin that opens with "REPORTS:", its officers' headings at its indent (one
    after a blank line of its own), bullets at an officer's indent with their text tabbed in (one
    wrapping), a deeper list of reports in bold and plain; a heading with a bracketed note (with
    `outdent_wrap` set in a little, its note wrapping back to the page's edge: a first-line
    indent); "APPROVAL OF BILLS:" running on in plain capitals onto an indented second line.
    Expected: the headings, the indented heading with a first-line indent and the block's opening
    heading at the top level, the block's headings under it, the bullets and reports under their
    heading; titles whole, less the note, the closing colon and full stop."""
    pdf = StylePDF("Township agenda typed line by line", font)
    pdf.add_page()
    x_head = pdf.l_margin + left
    right = pdf.w - pdf.r_margin
    for text in ("MAPLE GROVE TOWNSHIP BOARD OF TRUSTEES REGULAR MEETING", "AGENDA", "Tuesday, April 8, 2025, 6:30 PM"):
        pdf.text_line(text, 12, "B", 5.2, align="C")
    agenda: list[dict] = []

    def add(title: str, depth: int, parent: Optional[str]) -> None:
        agenda.append(dict(_record(None, title, parent=parent), depth=depth))

    def lead_line(x: float, text: str, lead: int, size: float = 10) -> None:
        """A line opening with `lead` words in bold, the rest plain."""
        words = text.split()
        y = pdf.get_y()
        pdf.set_xy(x, y)
        for k, word in enumerate(words):
            pdf.set_font(font, "B" if k < lead else "", size)
            pdf.cell(pdf.get_string_width(word + " "), 5, word + " ")
        pdf.set_xy(pdf.l_margin, y + 5)

    for heading, run_on, _ in BLOCKED:
        if not run_on:
            pdf.text_line(heading, 10, "B", 5, x=x_head)
            add(heading.rstrip(":"), 0, None)
            continue
        pdf.set_font(font, "B", 10)
        head_w = pdf.get_string_width(heading + "  ")
        pdf.set_font(font, "", 10.5)
        text = run_on if outdent_wrap else "regular meeting of March 11, 2025."
        first = pdf.wrapped(text, right - x_head - head_w)[0]
        rest = text[len(first):].strip()
        y = pdf.get_y()
        pdf.set_font(font, "B", 10)
        pdf.set_xy(x_head, y)
        pdf.cell(head_w, 5, heading)
        pdf.set_font(font, "", 10.5)
        pdf.cell(0, 5, first)
        pdf.set_y(y + 5)
        for part in (pdf.wrapped(rest, right - pdf.l_margin) if rest else []):
            pdf.text_line(part, 10.5, "", 5)  # back at the page's edge, left of the headings
        add(f"{heading} {text}".rstrip("."), 0, None)
    pdf.ln(5)
    x_block = x_head + block_indent
    pdf.text_line("REPORTS:", 10, "B", 5, x=x_block)
    add("REPORTS", 0, None)
    for k, (entry, lead, deeper) in enumerate(REPORTS_BLOCK):
        if k == 1:
            pdf.ln(5)  # a blank line inside the block: the next officer stays in it
        lead_line(x_block, entry, lead)
        add(entry.rstrip(":"), 1, "REPORTS")
        for j, deep in enumerate(deeper):
            if entry.startswith("TREASURER"):
                pdf.set_font(font, "B", 10.5)
                lines = pdf.wrapped(deep, right - x_block - 7)
                y = pdf.get_y()
                pdf.set_xy(x_block, y)
                pdf.cell(7, 5.2, bullet)
                for i, part in enumerate(lines):
                    pdf.set_xy(x_block + 7, y + 5.2 * i)
                    pdf.cell(0, 5.2, part)
                pdf.set_y(y + 5.2 * len(lines))
            else:
                lead_line(x_block + 14, deep, 2 if j % 2 == 0 else 0, size=10.5)  # some set bold, some plain
            add(deep, 2, entry.rstrip(":"))
    pdf.ln(5)
    for heading in ("OLD BUSINESS:", "NEW BUSINESS:"):
        pdf.text_line(heading, 10, "B", 5, x=x_head)
        add(heading.rstrip(":"), 0, None)
    if outdent_wrap:  # typed with its first line indented: the note wraps back to the page's edge
        note = "(RESIDENTS MAY ADDRESS THE BOARD FOR UP TO THREE MINUTES ON ANY MATTER NOT ON THIS AGENDA)"
        pdf.set_font(font, "", 10)
        first = pdf.wrapped(note, right - x_head - 5 - 40)[0]
        lead_line(x_head + 5, f"PUBLIC COMMENT: {first}", 2)
        pdf.text_line(note[len(first):].strip(), 10, "", 5)
    else:
        lead_line(x_head, "PUBLIC COMMENT: (THREE MINUTES PER SPEAKER)", 2)
    add("PUBLIC COMMENT", 0, None)
    lead_line(x_head, "APPROVAL OF BILLS: GENERAL FUND", 3)
    pdf.text_line("ROAD FUND", 10, "", 5, x=x_head + 3)
    add("APPROVAL OF BILLS: GENERAL FUND ROAD FUND", 0, None)
    pdf.text_line("ADJOURNMENT:", 10, "B", 5, x=x_head)
    add("ADJOURNMENT", 0, None)
    pdf.output(str(path))
    return {"file": path.name, "style": "unnumbered township agenda typed line by line", "agenda": agenda}


BLOCK_STYLES: dict[str, Callable[[Path], dict]] = {
    "blocks_outdented_wrap": lambda p: township_blocks(p),
    "blocks_times_short_runon": lambda p: township_blocks(p, font="Times", bullet="-", left=12, block_indent=4.5,
                                                          outdent_wrap=False),
}


# every house style: name -> builder with its options
STYLES: dict[str, Callable[[Path], dict]] = {
    "uk_pack_ranges": lambda p: uk_committee_pack(p),
    "uk_pack_addressed": lambda p: uk_committee_pack(p, addressed=True),
    "uk_pack_pages_prefix": lambda p: uk_committee_pack(p, font="Times", pages_prefix="Pages ", number_dot=True,
                                                         tor_indent=40),
    "uk_pack_three_front_pages": lambda p: uk_committee_pack(p, front_pages=3, records_heading=True),
    "uk_pack_titled_front_sheet": lambda p: uk_committee_pack(p, font="Times", front_title=True, records_heading=True),
    "uk_pack_numbered_from_agenda": lambda p: uk_committee_pack(p, numbered_from_agenda=True),
    "uk_pack_numbered_from_agenda_pages_prefix": lambda p: uk_committee_pack(
        p, font="Times", pages_prefix="Pages ", number_dot=True, front_pages=3, numbered_from_agenda=True),
    "us_letters": lambda p: us_lettered_sections(p),
    "us_letters_times_bracket": lambda p: us_lettered_sections(p, font="Times", sub_x=10, dot=False, notes=False),
    "us_letters_same_indent": lambda p: us_lettered_sections(p, font="Times", sub_x=0, notes=False),
    "us_dotted_letters": lambda p: us_dotted_letters(p),
    "us_dotted_letters_helvetica": lambda p: us_dotted_letters(p, font="Helvetica", sub_x=14),
    "us_mixed_letters": lambda p: us_mixed_letters(p),
    "us_dotted_wrap": lambda p: us_dotted_wrap(p),
    "us_roman_consent": lambda p: us_roman_consent(p),
    "us_outline_three_levels": lambda p: us_outline(p),
    "parish_running_numbers": lambda p: parish_running_numbers(p),
    "parish_running_numbers_bare": lambda p: parish_running_numbers(p, first=1187, dot=False, sub_style="(i)",
                                                                    font="Times", left=8, separator=" - "),
    "parish_running_numbers_with_year": lambda p: parish_running_numbers(p, first=45, year="/25", sub_style="(i)"),
    "township_caps_bullets": lambda p: township_headings(p),
    "township_caps_dashes_shifted": lambda p: township_headings(p, bullet="-", font="Times", bold=False, left=22,
                                                                blank_page=True),
    "township_bold_titlecase": lambda p: township_headings(p, bullet="o", caps=False),
    "township_lettered_subitems": lambda p: township_headings(p, letters="a", font="Times"),
    "township_capital_letter_subitems": lambda p: township_headings(p, letters="A", bold=False, left=12),
    "township_left_title_block": lambda p: township_headings(p, left_title=True, notes=True, bullet="-"),
    "township_plain_headings": lambda p: township_headings(p, bold=False, caps=False, font="Times"),
    "township_two_pages": lambda p: township_headings(p, bullet="o", two_pages=True, left=6),
    "roman_top_level": lambda p: outline_top_level(p),
    "lettered_top_level": lambda p: outline_top_level(p, top="letter", font="Helvetica", left=10),
    "front_participation_renumbered": lambda p: front_participation(p),
    "front_participation_roman": lambda p: front_participation(p, top="roman", font="Times", separator=": ",
                                                                new_page=False),
    **TYPOGRAPHY_STYLES,
    **BLOCK_STYLES,
}


def build(name: str, folder: Path) -> dict:
    """Write one house style's PDF into folder; its ground truth."""
    folder.mkdir(parents=True, exist_ok=True)
    return STYLES[name](folder / f"{name}.pdf")


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "stress_agenda")
    for style in STYLES:
        print("wrote", out / build(style, out)["file"])

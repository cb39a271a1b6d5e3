"""Front sheets in house styles that are not in the corpus (issue 13, failures 2 and 3).

Each sheet is drawn with fpdf2 and read by the whole pipeline, so the rules are tested on the
lines the PDF reader makes (centred lines start at different x, wrapped titles have their own
leading), not on hand-built lines.

* A body name wrapped over two lines of large type is one name: same size and weight, set one
  under the other, aligned alike (left or centred), the first line not ending a sentence.
* The meeting date comes from the header (the first date by the title, or the line with the
  time); a date in a line about the next or the previous meeting is not this meeting's date.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from agendapack.pipeline.stages import parse_pack

# a row: (text, font size, style "" / "B", align "L" / "C" / "R"), a float (a vertical gap in mm),
# or a tuple of two such cells printed side by side as columns: ((label, w_mm), (value, style))
Row = tuple | float


def _render(path: Path, rows: list[Row], leading: float = 1.25) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_margins(20, 18, 20)
    pdf.set_xy(20, 18)
    for row in rows:
        if isinstance(row, float):
            pdf.ln(row)
            continue
        if isinstance(row[0], tuple):  # a labelled field: label column, value column
            (label, width), (value, style) = row
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(width, 6, label)
            pdf.set_font("Helvetica", style, 11)
            pdf.cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")
            continue
        text, size, style, align = row
        pdf.set_font("Helvetica", style, size)
        pdf.cell(0, size * 0.3528 * leading, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def _meeting(tmp_path: Path, rows: list[Row], leading: float = 1.25):
    return parse_pack(_render(tmp_path / "sheet.pdf", rows, leading)).meeting


def _items(titles: list[str], size: float = 11) -> list[Row]:
    return [(f"{i}. {t}", size, "", "L") for i, t in enumerate(titles, 1)]


UK_ITEMS = ["Apologies for absence", "Declarations of interest", "Minutes of the last meeting",
            "School place planning update", "Work programme"]


# --- failure 2: a body name wrapped over two lines ------------------------------------------------


def _uk_committee_sheet(title_lines: list[str], align: str, council: str | None = "Wexcombe County Council") -> list[Row]:
    return [
        *([(council, 12, "B", align), 6.0] if council else []),
        *[(t, 20, "B", align) for t in title_lines],
        8.0,
        (("Date:", 30), ("Thursday, 12 March 2026", "")),
        (("Time:", 30), ("7.30 pm", "")),
        (("Venue:", 30), ("Council Chamber, Civic Offices, Market Street", "")),
        8.0,
        ("AGENDA", 14, "B", "L"),
        3.0,
        *_items(UK_ITEMS),
    ]


@pytest.mark.parametrize("align", ["C", "L"])
def test_committee_name_wrapped_over_two_lines_is_one_name(tmp_path, align):
    m = _meeting(tmp_path, _uk_committee_sheet(
        ["Children, Young People and Learning Policy", "Overview Committee"], align))
    assert m.body == "Children, Young People and Learning Policy Overview Committee"
    assert m.provenance["body"].text == "Children, Young People and Learning Policy Overview Committee"
    assert m.council == "Wexcombe County Council"
    assert (m.date, m.start_time) == ("2026-03-12", "19:30")


@pytest.mark.parametrize("align", ["C", "L"])
def test_capitals_panel_name_wrapped_mid_phrase(tmp_path, align):
    # a second house style: capitals, wrapped inside the phrase, the council's name above in
    # the same type (a name of its own, not the body's first line)
    rows = [
        ("BRANSTON DISTRICT COUNCIL", 20, "B", align),
        ("ENVIRONMENT, TRANSPORT AND ECONOMIC", 20, "B", align),
        ("DEVELOPMENT SCRUTINY PANEL", 20, "B", align),
        6.0,
        ("Notice of a meeting to be held on Monday, 9 February 2026 at 6.00 pm", 11, "", "L"),
        ("in Room 3, Town Hall, Branston", 11, "", "L"),
        6.0,
        ("AGENDA", 14, "B", "L"),
        *_items(UK_ITEMS),
    ]
    m = _meeting(tmp_path, rows)
    assert m.body == "Environment, Transport And Economic Development Scrutiny Panel"
    assert m.council == "Branston District Council"
    assert (m.date, m.start_time) == ("2026-02-09", "18:00")


@pytest.mark.parametrize("align", ["C", "L"])
def test_council_above_a_one_line_committee_is_not_part_of_its_name(tmp_path, align):
    # the council's name and the committee's in the same large type, one under the other
    m = _meeting(tmp_path, _uk_committee_sheet(["Wexcombe County Council", "Planning Committee"], align, council=None))
    assert m.body == "Planning Committee"
    assert m.council == "Wexcombe County Council"


def test_title_lines_apart_by_more_than_their_leading_are_not_joined(tmp_path):
    # a sentence-ending line and a line set a blank line lower start names of their own
    rows = [
        ("Notice of Meeting.", 20, "B", "C"),
        ("Licensing Sub-Committee", 20, "B", "C"),
        (("Date:", 30), ("Tuesday, 3 March 2026", "")),
        (("Time:", 30), ("10.00 am", "")),
        8.0,
        ("AGENDA", 14, "B", "L"),
        *_items(UK_ITEMS),
    ]
    assert _meeting(tmp_path, rows).body == "Licensing Sub-Committee"


def test_wrapped_name_in_double_spaced_title(tmp_path):
    rows = [
        ("Wexcombe County Council", 12, "B", "L"),
        6.0,
        ("Adult Social Care, Health and Wellbeing", 18, "B", "L"),
        ("Cabinet Committee", 18, "B", "L"),
        8.0,
        (("Date:", 30), ("Friday, 20 March 2026", "")),
        (("Time:", 30), ("2.00 pm", "")),
        8.0,
        ("AGENDA", 14, "B", "L"),
        *_items(UK_ITEMS),
    ]
    m = _meeting(tmp_path, rows, leading=1.9)
    assert m.body == "Adult Social Care, Health and Wellbeing Cabinet Committee"


# --- failure 3: the meeting date comes from the header --------------------------------------------


PARISH_ITEMS = ["To receive apologies for absence", "To receive declarations of interest",
                "To approve the minutes of the meeting held on Tuesday 1st August 2017",
                "Planning applications", "Finance: payments for approval", "Correspondence"]


def _parish_header(council: str = "ASHBY PARISH COUNCIL") -> list[Row]:
    return [
        (council, 16, "B", "C"),
        ("Meeting to be held on Tuesday, 5th September 2017 @ 7.30pm", 13, "B", "C"),
        ("in the Village Hall, Church Lane", 12, "", "C"),
        6.0,
    ]


def test_one_page_parish_agenda_date_is_not_the_next_meeting_footer(tmp_path):
    rows = [
        *_parish_header(),
        ("AGENDA", 14, "B", "C"),
        *_items(PARISH_ITEMS),
        10.0,
        ("Date of Next Parish Council Meeting: Tuesday 3rd October 2017", 11, "B", "L"),
        ("Clerk: A. Smith, clerk@ashby-pc.example.org", 10, "", "L"),
    ]
    m = _meeting(tmp_path, rows)
    assert (m.date, m.start_time) == ("2017-09-05", "19:30")
    assert m.provenance["date"].text.startswith("Meeting to be held on")


def test_next_meeting_line_before_the_agenda_items(tmp_path):
    rows = [
        *_parish_header("BRAMLEY PARISH COUNCIL"),
        ("Date of next meeting: Tuesday 3rd October 2017 at 7.30pm", 11, "", "L"),
        6.0,
        ("AGENDA", 14, "B", "C"),
        *_items(PARISH_ITEMS),
    ]
    m = _meeting(tmp_path, rows)
    assert (m.date, m.start_time) == ("2017-09-05", "19:30")


def test_labelled_next_meeting_date_above_the_header_date(tmp_path):
    # a clerk's box printed over the title: "Next meeting" is a label of another meeting
    rows = [
        (("Next meeting:", 34), ("Tuesday, 3 October 2017", "")),
        4.0,
        *_parish_header("COLTON PARISH COUNCIL"),
        ("AGENDA", 14, "B", "C"),
        *_items(PARISH_ITEMS),
    ]
    m = _meeting(tmp_path, rows)
    assert (m.date, m.start_time) == ("2017-09-05", "19:30")


@pytest.mark.parametrize("next_at_top", [False, True])
def test_us_notice_of_regular_meeting_with_next_meeting_line(tmp_path, next_at_top):
    nxt = ("Next meeting: Wednesday, March 19, 2025 at 6:00 PM", 10, "", "R")
    rows = [
        *([nxt] if next_at_top else []),
        ("CITY OF ALDER GROVE", 16, "B", "C"),
        ("PLANNING COMMISSION", 14, "B", "C"),
        ("NOTICE OF REGULAR MEETING", 12, "B", "C"),
        ("Wednesday, March 5, 2025 at 6:00 PM", 12, "", "C"),
        ("City Hall, Council Chambers, 100 Main Street", 11, "", "C"),
        6.0,
        ("AGENDA", 13, "B", "L"),
        *_items(["Call to order", "Roll call", "Approval of minutes of February 19, 2025",
                 "Public hearing: 12 Oak Avenue variance", "Adjournment"]),
        *([] if next_at_top else [6.0, nxt]),
    ]
    m = _meeting(tmp_path, rows)
    assert (m.date, m.start_time) == ("2025-03-05", "18:00")
    assert m.body == "Planning Commission"


def test_summons_letter_dated_above_the_meeting_line(tmp_path):
    # the clerk's letter is dated at the top; the meeting's date is in the line with its time
    rows = [
        ("DENTON PARISH COUNCIL", 16, "B", "C"),
        4.0,
        ("29th August 2017", 11, "", "R"),
        4.0,
        ("You are hereby summoned to attend a meeting of the Parish Council", 11, "", "L"),
        ("on Tuesday, 5th September 2017 at 7.30pm in the Village Hall.", 11, "", "L"),
        6.0,
        ("AGENDA", 14, "B", "C"),
        *_items(PARISH_ITEMS),
    ]
    m = _meeting(tmp_path, rows)
    assert (m.date, m.start_time) == ("2017-09-05", "19:30")


def test_summons_of_the_next_meeting_in_the_header_is_this_meeting(tmp_path):
    # "the next meeting ... will be held on" in the header names this meeting: the date of a
    # line about another meeting is passed over only for another date in the header, never
    # for one under the agenda items (the minutes of the meeting before)
    rows = [
        ("EASTON PARISH COUNCIL", 16, "B", "C"),
        4.0,
        ("Notice is hereby given that the next meeting of the Parish Council will be held", 11, "", "L"),
        ("on Tuesday, 5th September 2017 at 7.30pm in the Church Rooms.", 11, "", "L"),
        6.0,
        ("AGENDA", 14, "B", "C"),
        *_items(PARISH_ITEMS),
    ]
    m = _meeting(tmp_path, rows)
    assert (m.date, m.start_time) == ("2017-09-05", "19:30")


@pytest.mark.parametrize("rows, body, when", [
    # the kind of document and the body's name in one type, centred: "Agenda" is not part of
    # the name (US commission)
    ([("Regular Meeting Agenda", 12, "B", "C"), ("Planning Commission", 12, "B", "C"),
      ("Monday, April 7, 2025 6:30 p.m.", 12, "B", "C")],
     "Planning Commission", ("2025-04-07", "18:30")),
    # a summons set as one sentence in large type: the name is the line that is one (UK town)
    ([("Summons to and", 24, "", "L"), ("Agenda for the Annual", 24, "", "L"), ("Town Council", 24, "", "L"),
      ("Meeting on", 24, "", "L"), ("Monday, 18th May, 2026", 24, "B", "L"), ("at 7.00 pm", 24, "B", "L")],
     "Town Council", ("2026-05-18", "19:00")),
], ids=["us-agenda-over-name", "uk-summons-sentence"])
def test_title_lines_naming_the_document_are_not_part_of_the_name(tmp_path, rows, body, when):
    m = _meeting(tmp_path, [*rows, 8.0, ("AGENDA", 13, "B", "L"), *_items(UK_ITEMS)])
    assert m.body == body
    assert (m.date, m.start_time) == when

"""A board's long minutes (issue 13): the rules behind the generated "board_matters_*" styles of
scripts/samplegen/styles_minutes.py, on hand-built lines with invented names.

* numbered entries restarting at 1 under two or more unnumbered matters are items with them; a
  list under one section only stays that section's text, and so do lists under headings that run
  on into their text;
* capitals that open a sentence ("UPON MOTION duly made ...") are no heading;
* a label in capitals each matter repeats is no heading;
* a rule drawn under a line's opening words underlines it; a border wider than the line does not;
* a heading wrapped onto the next line is one title;
* a roster with no label: members present, deputies in attendance, a presiding deputy present.
"""

from dataclasses import replace

from agendapack.extractors.minutes.attendance_lines import read_attendance
from agendapack.extractors.minutes.headings import MinutesParts, find_headings
from agendapack.extractors.pdf.types import Rule
from agendapack.extractors.text.layer import _underlined
from tests.lines import make_line, stack

WIDTHS = {1: 600.0}


def _titles(lines):
    return [(h.number, h.title) for h in find_headings(lines, WIDTHS).headings]


def _board(bold_matters=True):
    spec = {"bold": True} if bold_matters else {}
    return stack([
        ("Department of Audits - Audit Reports", 50, spec),
        ("The Board noted the reports.", 50),
        ("Extra Work Orders", 50, spec),
        ("The Board approved the orders listed below.", 50),
        ("1. EWO 4 for the bridge deck", 60),
        ("2. EWO 11 for the sewer main", 60),
        ("Personnel Matters", 50, spec),
        ("The Board approved the matters below.", 50),
        ("1. Recreation and Parks", 60),
        ("2. General Services", 60),
        ("3. Fire Department", 60),
        ("Bond Sale", 50, spec),
        ("The Board approved the terms of sale.", 50),
    ])


def test_entries_numbered_afresh_under_matters_are_items_with_them():
    assert _titles(_board()) == [
        (None, "Department of Audits - Audit Reports"), (None, "Extra Work Orders"),
        ("1", "EWO 4 for the bridge deck"), ("2", "EWO 11 for the sewer main"), (None, "Personnel Matters"),
        ("1", "Recreation and Parks"), ("2", "General Services"), ("3", "Fire Department"), (None, "Bond Sale")]


def test_a_list_under_one_matter_only_is_that_matters_text():
    lines = [ln for ln in _board() if not ln.text.startswith(("1. Rec", "2. Gen", "3. Fire"))]
    assert [n for n, _t in _titles(lines)] == [None, None, None, None]


def test_capitals_opening_a_sentence_are_no_heading():
    lines = stack([
        ("Lease Agreement", 50, {"bold": True}),
        ("UPON MOTION duly made and seconded, the Board approved the lease.", 50),
        ("Change Order", 50, {"bold": True}),
        ("AFTER DISCUSSION the Board approved the order.", 50),
        ("Bond Sale", 50, {"bold": True}),
        ("ON MOTION duly made, the Board approved the sale.", 50),
        ("BY CONSENT the Board approved the official statement.", 50),
        ("Task Assignment", 50, {"bold": True}),
        ("UPON REVIEW the Board approved the task.", 50),
    ])
    assert [t for _n, t in _titles(lines)] == ["Lease Agreement", "Change Order", "Bond Sale", "Task Assignment"]


def test_labels_each_matter_repeats_are_no_headings():
    specs = []
    for matter in ("Lease Agreement", "Change Order", "Task Assignment"):
        specs += [(matter, 50, {"bold": True}), ("ACTION REQUESTED:", 50, {"bold": True}),
                  ("The Board is requested to approve it.", 50), ("BACKGROUND:", 50, {"bold": True}),
                  ("It was needed.", 50)]
    assert [t for _n, t in _titles(stack(specs))] == ["Lease Agreement", "Change Order", "Task Assignment"]


def test_a_rule_under_the_opening_words_underlines_a_line_and_a_border_does_not():
    heading = make_line("Department of Audits - Audit Reports", x0=50, top=100)
    bordered = make_line("Total for the year", x0=50, top=130)
    plain = make_line("The Board noted the reports.", x0=50, top=160)
    rules = [Rule(50.0, heading.bottom + 1.0, heading.x1, heading.bottom + 1.5),
             Rule(40.0, bordered.bottom + 1.0, 560.0, bordered.bottom + 1.5)]
    out = _underlined([heading, bordered, plain], rules)
    assert out[0].underline_x1 == round(heading.x1, 2)
    assert out[1].underline_x1 == 0.0 and out[2].underline_x1 == 0.0


def test_a_heading_wrapped_onto_the_next_line_is_one_title():
    lines = stack([
        ("Department of Transportation - Task Assignment No. 7 under the On-Call Design Contract", 50, {"bold": True}),
        ("with Meridian Engineering for the Harbor Signals", 50, {"bold": True}),
        ("The Board approved the task.", 50),
        ("Lease Agreement", 50, {"bold": True}),
        ("The Board approved the lease.", 50),
        ("Bond Sale", 50, {"bold": True}),
        ("The Board approved the terms of sale and the official statement for the bonds of the series.", 50),
    ], leading=14.0)
    # the page's text ends where its longest line ends: the first heading line fills it
    titles = [t for _n, t in _titles(lines)]
    assert titles[0] == ("Department of Transportation - Task Assignment No. 7 under the On-Call Design Contract "
                         "with Meridian Engineering for the Harbor Signals")
    assert titles[1:] == ["Lease Agreement", "Bond Sale"]


def test_a_roster_without_a_label_members_present_and_deputies_in_attendance():
    lines = stack([
        ("MINUTES", 250, {"bold": True}),
        ("Dana Whitlock, President", 120),
        ("Marcus Feld, Deputy Mayor", 120),
        ("Samuel Greer, Deputy City Solicitor", 120),
        ("Ruth Ambler, Assistant Clerk", 120),
        None,
        ("The meeting was called to order at 9:00 a.m.", 50),
    ])
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    assert [(e.name, e.status) for e in roll.entries] == [
        ("Dana Whitlock", "present"), ("Marcus Feld", "present"), ("Samuel Greer", "in_attendance"),
        ("Ruth Ambler", "in_attendance")]


def test_two_people_with_offices_are_no_roster():
    lines = stack([("Dana Whitlock, President", 120), ("Marcus Feld, Mayor", 120), None,
                   ("The meeting was called to order at 9:00 a.m.", 50)])
    roll = read_attendance(lines, MinutesParts(headings=[], preamble_end=len(lines)))
    assert roll.entries == []


def test_lists_under_headings_that_run_on_into_their_text_stay_text():
    # "Extra Work Orders: The Board approved ..." - the heading runs on, its lists are its text
    lines = stack([
        ("Audit Reports: The Board noted the reports.", 50),
        ("Extra Work Orders: The Board approved the orders below.", 50),
        ("1. EWO 4 for the bridge deck", 60),
        ("2. EWO 11 for the sewer main", 60),
        ("Personnel Matters: The Board approved the matters below.", 50),
        ("1. Recreation and Parks", 60),
        ("2. General Services", 60),
        ("Bond Sale: The Board approved the terms of sale.", 50),
    ])
    for ln in lines:
        if ":" in ln.text:  # the heading's words in bold, its text run on in plain type
            k = ln.text.split().index(next(w for w in ln.text.split() if w.endswith(":"))) + 1
            words = tuple(w._replace(bold=i < k) for i, w in enumerate(ln.words))
            lines[lines.index(ln)] = replace(ln, words=words)
    assert [n for n, _t in _titles(lines)] == [None, None, None, None]

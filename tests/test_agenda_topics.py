"""Lines under a short, finished agenda title, and closed parts named "executive session"
(invented agendas, text lines built by hand).

A title wraps when its next word would not have fitted on the line: a title that stops far left of
its column's right edge, on a finished word, is over, and the lines typed under it (topics of a
discussion) are not more of its title. A title that runs to the column's edge, or stops on a
connector, goes on in the next line.
"""

from __future__ import annotations

from agendapack.extractors.agenda import extract_agenda_items

from .lines import stack

PROSE = "Members of the public may speak on any item listed on this agenda when the chair calls it, up to three minutes each."


def _titles(lines) -> list[tuple[str, str, str]]:
    return [(c.number, " ".join(c.title_lines), c.part) for c in extract_agenda_items(lines)]


def test_topics_under_a_short_title_are_not_its_title_us_style():
    # number at 50, title at 70, topics typed at the title's indent; a prose line gives the column's edge
    got = _titles(stack([
        ("1. Call to Order", 50, {"gaps": {1: 8.0}}),
        ("2. Presentations", 50, {"gaps": {1: 8.0}}),
        ("Harbor Dredging Schedule", 70),
        ("Library Roof Repairs", 70),
        ("3. Approval of the agreement with the county for shared maintenance of the", 50, {"gaps": {1: 8.0}}),
        ("riverside trail and its lighting", 70),
        ("4. Adjournment", 50, {"gaps": {1: 8.0}}),
        (PROSE, 50),
    ]))
    assert got[:4] == [
        ("1", "Call to Order", "public"),
        ("2", "Presentations", "public"),
        ("3", "Approval of the agreement with the county for shared maintenance of the riverside trail and its lighting", "public"),
        ("4", "Adjournment", "public"),
    ]


def test_topics_under_a_short_title_are_not_its_title_uk_style():
    # number at 40, title tabbed to 80; a long title running to the edge wraps, a short one does not
    got = _titles(stack([
        ("1 Apologies", 40, {"gaps": {1: 30.0}}),
        ("2 To consider the report of the working group on allotment rents and the waiting list", 40, {"gaps": {1: 30.0}}),
        ("for new plots", 80),
        ("3 Village Hall", 40, {"gaps": {1: 30.0}}),
        ("Heating Quotes", 80),
        ("Booking Charges", 80),
        ("4 Date of Next Meeting", 40, {"gaps": {1: 30.0}}),
        (PROSE, 40),
    ]))
    assert [(n, t) for n, t, _ in got[:4]] == [
        ("1", "Apologies"),
        ("2", "To consider the report of the working group on allotment rents and the waiting list for new plots"),
        ("3", "Village Hall"),
        ("4", "Date of Next Meeting"),
    ]


def test_a_short_line_ending_on_a_connector_still_wraps():
    got = _titles(stack([
        ("1. Minutes of the meeting held on", 50, {"gaps": {1: 8.0}}),
        ("4 March", 70),
        ("2. Finance", 50, {"gaps": {1: 8.0}}),
        ("3. Adjournment", 50, {"gaps": {1: 8.0}}),
        (PROSE, 50),
    ]))
    assert got[0][1] == "Minutes of the meeting held on 4 March"


def test_an_executive_session_heading_makes_the_items_under_it_exempt():
    got = _titles(stack([
        ("1. Call to Order", 50, {"gaps": {1: 8.0}}),
        ("2. Consent Calendar", 50, {"gaps": {1: 8.0}}),
        ("3. Budget Hearing", 50, {"gaps": {1: 8.0}}),
        ("EXECUTIVE SESSION", 50, {"bold": True}),
        ("4. Property negotiations, 12 Quay Street", 50, {"gaps": {1: 8.0}}),
        ("5. Litigation update", 50, {"gaps": {1: 8.0}}),
    ]))
    assert [(n, p) for n, _, p in got] == [
        ("1", "public"), ("2", "public"), ("3", "public"), ("4", "exempt"), ("5", "exempt")]


def test_an_executive_session_heading_alone_is_the_closed_part_between_public_headings():
    # unnumbered headings: the closed session has nothing under it, so the heading after it is public
    got = _titles(stack([
        ("CALL TO ORDER", 50, {"bold": True}),
        ("MINUTES", 50, {"bold": True}),
        ("NEW BUSINESS", 50, {"bold": True}),
        ("• Snow plough contract renewal", 70),
        ("EXECUTIVE SESSION", 50, {"bold": True}),
        ("CORRESPONDENCE", 50, {"bold": True}),
        ("ADJOURNMENT", 50, {"bold": True}),
    ]))
    parts = {t: p for _, t, p in got}
    assert parts["EXECUTIVE SESSION"] == "exempt", got
    assert parts["CORRESPONDENCE"] == "public" and parts["ADJOURNMENT"] == "public", got

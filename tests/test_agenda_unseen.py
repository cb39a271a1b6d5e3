"""Agendas in house styles the corpus does not hold (issue 13): generated PDFs, parsed with the full
pipeline, against the records their generator rendered (scripts/samplegen/styles_agenda.py).

1. An agenda after front matter: a UK committee pack whose front sheet, "useful information" and
   terms of reference (with a numbered list of its own) fill two or three pages before a plain
   "Agenda" heading; items 1-9 with right-aligned page ranges ("1 - 6" or "Pages 1 - 6"), none on
   the procedural items. The agenda is found by its structure wherever it starts; a pack that has
   an agenda heading but yields no items says so in its warnings.
4. Lettered and dotted sub-items: "A." ... "M." under "4 CONSENT CALENDAR" (deeper or at the
   numbers' own indent), "1.A" ... "1.G" under "1 CONSENT CALENDAR", "4.A" and bare "A." in one
   agenda, letters restarting in each section, "a)" items at their section's indent with deeper
   "Recommendation:" paragraphs (whose numbered steps are not items); a wrapped title line that
   opens with a number ("5.17 of the Home Rule Charter; ...") is not a sub-item.

Small councils and townships (layouts the rules were not first written for):
a. running minute numbers that go on from the last meeting (2629, 2630 ... or 1187 ...), "2629."
   or bare before text that runs on from the title, with "a)" or "(i)" sub-points;
b. unnumbered agendas: headings at the body's left margin in capitals or bold, bulleted ("•",
   "-", "o") or capital sub-headings indented beneath, nested by indent, numbers not printed;
c. roman numerals or capital letters as the top level;
d. the only "Agenda" word in the title block, the items straight after the meeting's details;
e. the body shifted right of the page margin, a blank page after the agenda;
f. a front page listing the ways to take part as a numbered list ("1. IN PERSON - ...", "2. VIDEO -
   https://...", "3. PHONE - (555) ...") at the agenda's indent, before an agenda numbered "1." again
   or with roman numerals: the list is instructions, not items.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import pytest

from agendapack.extractors import documents as documents_ex
from agendapack.extractors.agenda import extract_agenda_items, numbered_runs
from agendapack.model import flat_agenda
from agendapack.pipeline.stages import parse_pack
from evaluation.core import same_title

from .agenda_checks import check_agenda
from .lines import stack

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from samplegen import styles_agenda  # noqa: E402  (the generator lives under scripts/)

UK_STYLES = ["uk_pack_ranges", "uk_pack_addressed", "uk_pack_pages_prefix", "uk_pack_three_front_pages",
             "uk_pack_titled_front_sheet"]
# the pack's page numbers start on the agenda itself, the front matter unnumbered
UK_NUMBERED_FROM_AGENDA = ["uk_pack_numbered_from_agenda", "uk_pack_numbered_from_agenda_pages_prefix"]
US_STYLES = ["us_letters", "us_letters_times_bracket", "us_letters_same_indent", "us_dotted_letters",
             "us_dotted_letters_helvetica", "us_mixed_letters", "us_dotted_wrap", "us_roman_consent",
             "us_outline_three_levels"]
RUNNING_STYLES = ["parish_running_numbers", "parish_running_numbers_bare", "parish_running_numbers_with_year"]
UNNUMBERED_STYLES = ["township_caps_bullets", "township_caps_dashes_shifted", "township_bold_titlecase",
                     "township_lettered_subitems", "township_capital_letter_subitems", "township_left_title_block",
                     "township_plain_headings", "township_two_pages"]
TOP_LEVEL_STYLES = ["roman_top_level", "lettered_top_level"]
FRONT_LIST_STYLES = ["front_participation_renumbered", "front_participation_roman"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("styles_agenda")
    cache: dict[str, tuple[dict, object]] = {}

    def get(name: str):
        if name not in cache:
            truth = styles_agenda.build(name, folder)
            cache[name] = (truth, parse_pack(folder / truth["file"]))
        return cache[name]

    return get


def test_every_style_is_registered():
    # the styles as word processors export them are tested in tests/test_agenda_typography.py, the
    # township agendas typed line by line in tests/test_agenda_township_headings.py
    typography = list(styles_agenda.TYPOGRAPHY_STYLES) + list(styles_agenda.BLOCK_STYLES)
    assert set(UK_STYLES + UK_NUMBERED_FROM_AGENDA + US_STYLES + RUNNING_STYLES + UNNUMBERED_STYLES + TOP_LEVEL_STYLES + FRONT_LIST_STYLES
                + typography) == set(styles_agenda.STYLES)


# ---- 1. the agenda after the front matter ------------------------------------------------------

@pytest.mark.parametrize("style", UK_STYLES)
def test_agenda_after_front_matter_is_found(built, style):
    truth, pack = built(style)
    check_agenda(pack, truth)
    assert pack.warnings == []


@pytest.mark.parametrize("style", UK_STYLES)
def test_agenda_ranges_lead_to_the_items_papers(built, style):
    truth, pack = built(style)
    agenda_page = next(d.pages.first for d in pack.documents if d.kind == "agenda")
    for it in flat_agenda(pack.agenda):
        if it.pages is not None:
            # the papers start on the page after the agenda, stamped "Page 1"
            assert it.physical_pages is not None, it.number
            assert it.physical_pages.first == agenda_page + it.pages.first, it.number
    # no front-matter list (terms of reference) is read as agenda items
    assert len(flat_agenda(pack.agenda)) == len(truth["agenda"])


@pytest.mark.parametrize("style", UK_NUMBERED_FROM_AGENDA)
def test_agenda_on_the_first_numbered_page_is_found(built, style):
    """The pages before "Page 1" are the front sheet and notes only; the agenda is the first
    numbered page, and its ranges count from it."""
    truth, pack = built(style)
    check_agenda(pack, truth)
    assert pack.warnings == []
    agenda_page = next(d.pages.first for d in pack.documents if d.kind == "agenda")
    for it in flat_agenda(pack.agenda):
        if it.pages is not None:
            assert it.physical_pages is not None and it.physical_pages.first == agenda_page + it.pages.first - 1


def test_numbered_runs_find_the_agenda_spine_by_layout():
    lines = stack([
        ("Terms of Reference", 40, {"bold": True}),
        ("1. review decisions made by the Cabinet;", 60),
        ("2. make reports to the Council;", 60),
        ("3. review performance against the plan.", 60),
        ("Agenda", 40, {"bold": True, "size": 16}),
        ("1 Apologies for Absence", 40, {"gaps": {1: 20.0}}),
        ("2 Declarations of Interest", 40, {"gaps": {1: 15.0}}),
        ("3 Minutes of the last meeting 1 - 6", 40, {"gaps": {1: 20.0, 7: 120.0}}),
        ("4 Budget monitoring 7 - 70", 40, {"gaps": {1: 20.0, 3: 180.0}}),
    ])
    runs = numbered_runs(lines)
    assert [(lines[r.start].text.split()[0], r.length, r.ranges) for r in runs] == [("1.", 3, 0), ("1", 4, 2)]
    start = documents_ex.find_agenda_start(lines)
    assert start is not None and lines[start.index].text == "Agenda" and start.headed


def test_an_agenda_heading_with_no_items_is_a_warning(tmp_path):
    pdf = styles_agenda.StylePDF("An agenda that lists no numbered items")
    pdf.add_page()
    pdf.text_line("LITTLE STOWE PARISH COUNCIL", 15, "B", 8)
    pdf.text_line("Date: Monday, 3 March 2025   Time: 7.30 pm", 11)
    pdf.ln(8)
    pdf.text_line("Agenda", 16, "B", 9)
    for text in ("Apologies for absence", "Minutes of the last meeting", "Any other business"):
        pdf.text_line(f"- {text}", 11, x=30)
    pdf.output(str(tmp_path / "unnumbered.pdf"))
    pack = parse_pack(tmp_path / "unnumbered.pdf")
    assert pack.agenda == []
    assert [w for w in pack.warnings if w.startswith("agenda:")], pack.warnings


def test_an_agenda_entry_about_minutes_does_not_end_the_agenda(built):
    # a page opening with the consent item "b) CITY COUNCIL MEETING MINUTES" is more agenda, not minutes
    _truth, pack = built("us_roman_consent")
    assert [d.kind for d in pack.documents] == ["front_sheet"]
    consent = next(it for it in pack.agenda if it.number == "III")
    assert [s.number for s in consent.subitems] == list("abcde")


# ---- 4. lettered and dotted sub-items ----------------------------------------------------------

@pytest.mark.parametrize("style", US_STYLES)
def test_sub_items_nest_under_their_section(built, style):
    truth, pack = built(style)
    check_agenda(pack, truth)


def test_lettered_items_are_subitems_of_the_record(built):
    _truth, pack = built("us_letters")
    consent = next(it for it in pack.agenda if it.number == "4")
    assert [s.number for s in consent.subitems] == list("ABCDEFGHIJKLM")
    assert all(s.parent == "4" for s in consent.subitems)
    hearings = next(it for it in pack.agenda if it.number == "5")
    assert [s.number for s in hearings.subitems] == ["A", "B"]  # the letters restart per section


def test_wrapped_line_opening_with_a_number_is_title_text_at_the_line_level():
    # the wrapped line continues the sequence (5.3 after 5.2) but sits at the title's indent
    got = extract_agenda_items(stack([
        ("5. ORDINANCES", 40, {"bold": True}),
        ("5.1 Ordinance on the annual update of the fee schedule", 60),
        ("5.2 An ordinance amending the city charter as authorised by Section", 60),
        ("5.3 of the Home Rule Charter; setting a special election", 84),
        ("5.3 An ordinance repealing the sign code variance procedure", 60),
        ("6. ADJOURNMENT", 40, {"bold": True}),
    ]))
    assert [(c.number, c.parent) for c in got] == [("5", None), ("5.1", "5"), ("5.2", "5"), ("5.3", "5"), ("6", None)]
    assert got[2].title_lines[0].endswith("Section 5.3 of the Home Rule Charter; setting a special election")
    # under an item with no sub-items yet, a number far into the sequence does not open the list
    got = extract_agenda_items(stack([
        ("5. An ordinance amending the charter as authorised by Section", 40),
        ("5.17 of the Home Rule Charter; setting a special election", 58),
        ("6. Adjournment", 40),
    ]))
    assert [(c.number, c.parent) for c in got] == [("5", None), ("6", None)]
    assert got[0].title_lines[0].endswith("Section 5.17 of the Home Rule Charter; setting a special election")


# ---- small councils and townships --------------------------------------------------------------

@pytest.mark.parametrize("style", RUNNING_STYLES + TOP_LEVEL_STYLES)
def test_running_numbers_and_outline_top_levels(built, style):
    truth, pack = built(style)
    check_agenda(pack, truth)
    assert pack.warnings == []


@pytest.mark.parametrize("style", FRONT_LIST_STYLES)
def test_a_numbered_list_of_ways_to_take_part_is_not_agenda_items(built, style):
    truth, pack = built(style)
    check_agenda(pack, truth)
    titles = [it.title for it in flat_agenda(pack.agenda)]
    for channel, _ in styles_agenda.PARTICIPATION:
        assert not any(t.startswith(channel) for t in titles), (channel, titles)


def test_running_numbers_are_items_only_as_a_sequence():
    # a lone four-digit number opening a line is a year, not an item
    got = extract_agenda_items(stack([
        ("1. Budget", 40),
        ("2025 Spending plan for the library", 58, {"gaps": {1: 20.0}}),
        ("2. Adjournment", 40),
    ]))
    assert [c.number for c in got] == ["1", "2"]
    got = extract_agenda_items(stack([
        ("2629. Apologies for absence", 40),
        ("2630. Minutes of the last meeting", 40),
        ("2632. Planning applications", 40),  # a gap of a withdrawn number goes on with the run
    ]))
    assert [c.number for c in got] == ["2629", "2630", "2632"]


def _outline(pack) -> list[tuple[int, str, Optional[str]]]:
    """(depth, title, number if printed) of every agenda item, in order."""
    out: list[tuple[int, str, Optional[str]]] = []

    def walk(items, depth):
        for it in items:
            out.append((depth, it.title, it.number if it.number_printed else None))
            walk(it.subitems, depth + 1)
    walk(pack.agenda, 0)
    return out


@pytest.mark.parametrize("style", UNNUMBERED_STYLES)
def test_unnumbered_headings_are_the_items(built, style):
    # headings are items with no printed number; sub-items nest under their heading, numbered as
    # printed ("a.", "A." restarting under each heading) or not at all (bullets, sub-headings)
    truth, pack = built(style)
    got = _outline(pack)
    want = [(0 if w["parent"] is None else 1, w["title"], w["number"]) for w in truth["agenda"]]
    assert [(d, n) for d, _, n in got] == [(d, n) for d, _, n in want], got
    for (_, title, _), (_, want_title, _) in zip(got, want):
        assert same_title(title, want_title), (title, want_title)
    # the title block ("... MEETING AGENDA", the date, the place) is not an item
    assert not any(t.upper() in {"REGULAR MEETING AGENDA", "HOLLIS TOWNSHIP BOARD OF TRUSTEES"} or "7:00" in t
                   for _, t, _ in got)
    assert pack.warnings == []


def test_unnumbered_sub_items_nest_by_indent():
    got = extract_agenda_items(stack([
        ("ROLL CALL", 40, {"bold": True}),
        ("REPORTS", 40, {"bold": True}),
        ("SUPERVISOR", 60),
        ("- Road salt purchase", 80),
        ("CLERK", 60),
        ("NEW BUSINESS", 40, {"bold": True}),
        ("o Approval of bills", 60),
        ("ADJOURNMENT", 40, {"bold": True}),
    ]))
    assert [(c.title_lines[0], c.parent) for c in got] == [
        ("ROLL CALL", None), ("REPORTS", None), ("SUPERVISOR", "2"), ("Road salt purchase", "2.1"),
        ("CLERK", "2"), ("NEW BUSINESS", None), ("Approval of bills", "3"), ("ADJOURNMENT", None),
    ]
    assert not any(c.number_printed for c in got)


def test_a_numbered_agenda_is_not_read_as_headings():
    got = extract_agenda_items(stack([
        ("CALL TO ORDER", 40, {"bold": True}),
        ("1. Apologies", 40),
        ("2. Minutes", 40),
        ("3. Reports", 40),
        ("NEW BUSINESS", 40, {"bold": True}),
        ("ANY OTHER BUSINESS", 40, {"bold": True}),
        ("ADJOURNMENT", 40, {"bold": True}),
    ]))
    assert [c.number for c in got] == ["1", "2", "3"]


def test_an_agenda_heading_with_one_item_is_a_warning(tmp_path):
    pdf = styles_agenda.StylePDF("An agenda that reads as one item")
    pdf.add_page()
    pdf.text_line("LITTLE STOWE PARISH COUNCIL", 15, "B", 8)
    pdf.text_line("Date: Monday, 3 March 2025   Time: 7.30 pm", 11)
    pdf.ln(8)
    pdf.text_line("Agenda", 16, "B", 9)
    pdf.text_line("1. Apologies for absence", 11)
    for text in ("Minutes of the last meeting", "Any other business"):
        pdf.text_line(f"- {text}", 11, x=30)
    pdf.output(str(tmp_path / "one_item.pdf"))
    pack = parse_pack(tmp_path / "one_item.pdf")
    assert len(flat_agenda(pack.agenda)) == 1
    assert [w for w in pack.warnings if w.startswith("agenda:") and "one agenda item" in w], pack.warnings


def test_running_numbers_need_no_column_gap():
    # "412 Apologies" with one space: a bare number is an item when a run of them vouches for it
    got = extract_agenda_items(stack([
        ("412 Apologies for absence", 40),
        ("413 Declarations of interest", 40),
        ("414 Minutes of the last meeting", 40),
        ("415 Planning applications", 40),
    ]))
    assert [c.number for c in got] == ["412", "413", "414", "415"]
    assert got[0].title_lines == ["Apologies for absence"]


def test_heading_with_a_note_is_an_outline_heading():
    got = extract_agenda_items(stack([
        ("CALL TO ORDER - 7:00 p.m.", 40),
        ("ROLL CALL", 40),
        ("PUBLIC COMMENT (limited to three minutes)", 40),
        ("• Residents may address the board", 60),
        ("NEW BUSINESS", 40),
        ("• Approval of bills", 60),
        ("ADJOURNMENT", 40),
    ]))
    assert [(c.title_lines[0], c.parent) for c in got] == [
        ("CALL TO ORDER", None), ("ROLL CALL", None), ("PUBLIC COMMENT", None),
        ("Residents may address the board", "3"), ("NEW BUSINESS", None), ("Approval of bills", "4"),
        ("ADJOURNMENT", None),
    ]


def test_a_numbered_list_inside_a_heading_does_not_hide_the_headings():
    got = extract_agenda_items(stack([
        ("CALL TO ORDER", 40, {"bold": True}),
        ("ROLL CALL", 40, {"bold": True}),
        ("PUBLIC COMMENT", 40, {"bold": True}),
        ("1. State your name for the record", 60),
        ("2. Comments are limited to three minutes", 60),
        ("OLD BUSINESS", 40, {"bold": True}),
        ("NEW BUSINESS", 40, {"bold": True}),
        ("ADJOURNMENT", 40, {"bold": True}),
    ]))
    assert [(c.title_lines[0], c.parent) for c in got][:5] == [
        ("CALL TO ORDER", None), ("ROLL CALL", None), ("PUBLIC COMMENT", None),
        ("State your name for the record", "3"), ("Comments are limited to three minutes", "3"),
    ]
    assert sum(c.parent is None for c in got) == 6


def test_bullets_under_a_numbered_item_are_not_its_title():
    got = extract_agenda_items(stack([
        ("2633. Planning applications", 40),
        ("• 25/00412/FUL Single storey rear extension", 40 + 36),
        ("2634. Finance", 40),
        ("2635. Correspondence", 40),
    ]))
    assert [(c.number, c.title_lines[0]) for c in got] == [
        ("2633", "Planning applications"), ("2634", "Finance"), ("2635", "Correspondence")]


def test_points_under_running_numbers_nest():
    got = extract_agenda_items(stack([
        ("2633. Planning", 40),
        ("2633.1 Single storey rear extension, 4 Mill Lane", 60),
        ("2633.2 Replacement garage, Orchard Cottage", 60),
        ("2634. Finance", 40),
        ("2635. Correspondence", 40),
    ]))
    assert [(c.number, c.parent) for c in got] == [
        ("2633", None), ("2633.1", "2633"), ("2633.2", "2633"), ("2634", None), ("2635", None)]


def test_a_heading_with_a_name_in_a_column_beside_it():
    got = extract_agenda_items(stack([
        ("CALL TO ORDER Supervisor Hale", 40, {"gaps": {3: 120.0}}),
        ("ROLL CALL Clerk Ames", 40, {"gaps": {2: 140.0}}),
        ("APPROVAL OF MINUTES", 40),
        ("NEW BUSINESS", 40),
        ("ADJOURNMENT", 40),
    ]))
    assert [c.title_lines[0] for c in got] == [
        "CALL TO ORDER", "ROLL CALL", "APPROVAL OF MINUTES", "NEW BUSINESS", "ADJOURNMENT"]


def test_a_running_header_and_page_number_are_not_outline_entries():
    got = extract_agenda_items(stack([
        ("CALL TO ORDER", 40, {"bold": True}),
        ("ROLL CALL", 40, {"bold": True}),
        ("OLD BUSINESS", 40, {"bold": True}),
        ("• Cemetery ordinance", 60),
        ("• Road maintenance agreement with the county road commission for the season", 60),
        ("Regular Meeting Agenda", 186),
        ("2", 268),
        ("NEW BUSINESS", 40, {"bold": True}),
        ("ADJOURNMENT", 40, {"bold": True}),
        ("Hollis Township Board of Trustees Regular Meeting", 40, {"size": 9}),
    ]))
    assert [c.title_lines[0] for c in got] == [
        "CALL TO ORDER", "ROLL CALL", "OLD BUSINESS", "Cemetery ordinance",
        "Road maintenance agreement with the county road commission for the season", "NEW BUSINESS", "ADJOURNMENT"]


def test_minute_numbers_with_their_year_run_as_a_sequence():
    got = extract_agenda_items(stack([
        ("45/25 Apologies for absence", 40, {"gaps": {1: 12.0}}),
        ("46/25 Minutes of the last meeting", 40, {"gaps": {1: 12.0}}),
        ("48/25 Planning applications", 40, {"gaps": {1: 12.0}}),
    ]))
    assert [c.number for c in got] == ["45/25", "46/25", "48/25"]
    # a date opening a line is no item
    got = extract_agenda_items(stack([
        ("1. Budget", 40),
        ("12/03 Deadline for comments on the draft", 58, {"gaps": {1: 20.0}}),
        ("2. Adjournment", 40),
    ]))
    assert [c.number for c in got] == ["1", "2"]


@pytest.mark.parametrize("heading, agenda", [("CLÁR / AGENDA", True), ("C L Á R / A G E N D A", True),
                                             ("Agenda / Rhaglen", True), ("Meeting Agenda", True),
                                             ("Approval of the Agenda / Minutes", False), ("Agenda Item 4", False)])
def test_bilingual_agenda_headings(heading, agenda):
    line = stack([(heading, 200, {"bold": True, "size": 15.0})])[0]
    assert documents_ex.is_agenda_title(line, 11.0) is agenda


@pytest.mark.parametrize("heading, agenda", [("BUSINESS", True), ("Order of Business", True),
                                             ("ANY OTHER BUSINESS", False), ("Urgent Business", False)])
def test_an_agenda_headed_by_its_business(heading, agenda):
    line = stack([(heading, 200, {"bold": True, "size": 12.0})])[0]
    assert documents_ex.is_agenda_title(line, 11.0) is agenda

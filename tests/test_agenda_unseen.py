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
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from agendapack.extractors import documents as documents_ex
from agendapack.extractors.agenda import extract_agenda_items, numbered_runs
from agendapack.model import flat_agenda
from agendapack.pipeline.stages import parse_pack

from .agenda_checks import check_agenda
from .lines import stack

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from samplegen import styles_agenda  # noqa: E402  (the generator lives under scripts/)

UK_STYLES = ["uk_pack_ranges", "uk_pack_addressed", "uk_pack_pages_prefix", "uk_pack_three_front_pages",
             "uk_pack_titled_front_sheet"]
US_STYLES = ["us_letters", "us_letters_times_bracket", "us_letters_same_indent", "us_dotted_letters",
             "us_dotted_letters_helvetica", "us_mixed_letters", "us_dotted_wrap", "us_roman_consent",
             "us_outline_three_levels"]


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
    assert set(UK_STYLES + US_STYLES) == set(styles_agenda.STYLES)


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

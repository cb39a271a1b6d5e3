"""Minutes house styles the corpus does not hold (scripts/samplegen/styles_minutes.py builds them
into a temporary folder with fpdf2; fictional councils and people), parsed with the whole pipeline.

Each failure is covered by two styles that print it differently:
* a resolution's clauses ("RESOLVED: That:" + "1." "2." "3.", "(a)" "(b)", "(i)" "(ii)") are its
  parts, never minute items, even in bold at the headings' margin; a date line is no item;
* small councils' compound minute numbers ("11.23.05" with a misprinted "11..23.05",
  "04(2).24.01"), "X proposed, Y seconded and it was RESOLVED", roll calls on one line or as a
  block, attendance one name a line;
* a "Voting Agenda" / "Action Agenda" whose items carry the decisions taken is read as minutes,
  its items numbered as printed though the numbering restarts in each section;
* running minute numbers (2629, 2630 ... or month-year "03.25.01") with the title and its text on
  one line, the title ending at a colon, a full stop or a dash;
* US township minutes: unnumbered ALL-CAPS headings, attendance in a sentence or answered one member
  a line, motions in prose with their mover and seconder, inline roll calls in several shapes (a
  member "– absent" is no vote), voice votes, several motions in one paragraph;
* a board's long minutes: unnumbered matters (underlined, bold, or in capitals) with entries
  numbered afresh under some of them, both read as minute items in order; the labels each matter
  repeats are no items; a matter's heading wrapped over two lines is one title; the members and
  deputies listed with no label are the attendance (deputies in attendance);
* a board that opens every matter on a page of its own: the heading opening each page is a
  matter (set in two columns, underlined in pieces, or wrapped in bold: one title), a page headed
  "cont'd" or "(continued)" or repeating an undecided or still-counting list's banner is no new
  matter, three decided matters under one heading are three; a row's first field wrapped in its
  column is the entry's whole title;
* US city council minutes: a file number between an item's number and its title is no title;
  tallies before names ("Aye: 6 - ...") in roll calls and votes, names wrapped after an office;
  the result worded before the tallies; lettered items restarting under roman sections; a line
  of vote labels wrapped after "ABSENT:";
* Australian council minutes: a numbered resolution's mover and seconder on lines of their own
  and its "That ..." wording below them (clauses under "That Council:"), the result alone on its
  line; "Cr" before councillors' names; officers listed office first ("Chief Executive Officer –
  D Harper"); a line ended short (the next line's first word would have fitted) ends its paragraph;
* UK district committee minutes: a committee's code before the running minute number ("PL.23",
  "PL23") is part of the number; the document's title in bold is no minute; a division worded
  "there voted 3 for the motion and 2 against";
* councils abroad: officers printed office first with the holder in brackets ("Chief Executive
  (P Hine)") or after an office's initials ("CAO M. Leclerc"); "Council Present:"; "THAT ..." as a
  motion's wording; a division's "For:" line after its lead-in, "declared CARRIED by 3 votes to 1";
  "Recorded Vote: Yeas: ...; Nays: ..."; "Motion carried 4-0 (Fox absent)."; a mover named by a
  shared office and surname ("Member Ortega") is that member, not the first holder of the office.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from agendapack.pipeline.stages import parse_pack
from evaluation.core import norm_number, same_title
from evaluation.minutes import same_person

ROOT = Path(__file__).resolve().parents[1]


def _styles_module():
    scripts = str(ROOT / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    return importlib.import_module("samplegen.styles_minutes")


STYLES = _styles_module().STYLES
CLAUSES = ["committee_bold_clauses", "town_lettered_clauses"]
PARISH = ["parish_dotted_misprint", "parish_bracketed_numbers"]
DECISIONS = ["voting_agenda", "action_agenda"]
RUNNING = ["community_running_numbers", "parish_month_year_runon"]
# township minutes as word processors export them: justified prose, headings run in, roll calls over
# line and page breaks, votes joined to names by dashes, colons or commas, "All were in favor."
TOWNSHIP = ["township_prose_caps", "township_roll_lines", "typo_justified_en_dash", "typo_run_in_glued_hyphen",
            "typo_colon_votes_page_break", "typo_comma_yea_run_in", "typo_bold_run_in_columns",
            "typo_bold_run_in_caps_dashes"]
# a board's long minutes: unnumbered matters, entries numbered afresh under some, members and their
# deputies listed with no label
BOARD = ["board_matters_underlined", "board_matters_caps", "board_matters_bold_entries"]
# a board that opens each matter on a page of its own: headings underlined in pieces, in two
# columns, wrapped in bold; "cont'd" / "(continued)" pages; a list's banner repeated over its pages
BOARD_PAGES = ["board_pages_underlined", "board_pages_bold"]
# US city council minutes: file numbers beside titles, roll calls and votes as tallies, lettered
# items under roman sections, votes in capitals on one line
CITY = ["city_minutes_file_numbers", "city_action_minutes"]
# Australian council minutes: "RESOLUTION 2025/41", "Moved: Cr A" and "Seconded: Cr B" on lines of
# their own, "That ..." under them, "CARRIED" alone, "In Favour:" / "Against:" divisions
AUSTRALIA = ["au_resolution_minutes"]
# UK district committee minutes: minute numbers carrying the committee's code ("PL.23", "PL23"),
# attendance in labelled sentences, "there voted 3 for the motion and 2 against"
DISTRICT = ["district_coded_minutes", "district_coded_minutes_glued"]
# councils abroad: a New Zealand council (office first, holder in brackets; "Resolution number ...";
# a division "declared CARRIED by 3 votes to 1"), an Ontario council ("Council Present:", "THAT ...",
# "Recorded Vote: Yeas: ...; Nays: ..."), a US school board (members named by a shared office)
ABROAD = ["nz_council_minutes", "canadian_council_minutes", "school_board_minutes"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    mod = _styles_module()
    folder = tmp_path_factory.mktemp("styles_minutes")
    out = {}
    for style in STYLES:
        path, expected = mod.build(style, folder)
        out[style] = (parse_pack(path), expected)
    return out


def _items(pack):
    return [it for m in pack.minutes for it in m.items]


def test_every_style_is_covered():
    assert set(CLAUSES + PARISH + DECISIONS + RUNNING + TOWNSHIP + BOARD + BOARD_PAGES + CITY + AUSTRALIA + DISTRICT + ABROAD) == set(STYLES)


@pytest.mark.parametrize("style", STYLES)
def test_read_as_minutes(built, style):
    pack, exp = built[style]
    assert len(pack.minutes) == 1
    assert pack.documents and pack.documents[0].kind == exp["kind"]
    assert pack.minutes[0].meeting.date == exp["meeting"]["date"]


@pytest.mark.parametrize("style", STYLES)
def test_minute_items_numbers_and_titles(built, style):
    pack, exp = built[style]
    items = _items(pack)
    assert [it.number for it in items] == [w["number"] for w in exp["items"]], [(it.number, it.title) for it in items]
    for it, want in zip(items, exp["items"]):
        assert same_title(it.title, want["title"]), (it.number, it.title, want["title"])
        assert norm_number(it.agenda_item) == norm_number(want["agenda_item"]), (it.number, it.agenda_item)


@pytest.mark.parametrize("style", STYLES)
def test_resolutions_per_item(built, style):
    pack, exp = built[style]
    items = _items(pack)
    got = {(it.number or it.title): len(it.resolutions) for it in items if it.resolutions}
    assert got == exp["resolutions_per_item"]
    assert sum(len(it.resolutions) for it in items) == exp["resolutions"]


@pytest.mark.parametrize("style", CLAUSES)
def test_resolution_clauses_keep_their_labels(built, style):
    pack, exp = built[style]
    by_number = {it.number: it for it in _items(pack)}
    for number, labels in exp["clause_labels"].items():
        res = by_number[number].resolutions
        assert [r.number for r in res] == labels, (number, [(r.number, r.text) for r in res])
        # the clause's own words, not the lead-in "That:"
        assert all(len(r.text) > 12 and not r.text.rstrip().endswith(("That:", "that:")) for r in res), number


def test_sub_clauses_stay_in_their_clause(built):
    pack, _ = built["town_lettered_clauses"]
    insurance = next(it for it in _items(pack) if it.number == "35")
    first = insurance.resolutions[0].text
    assert "(i)" in first and "£1.2m" in first and "(ii)" in first and "£10m" in first


@pytest.mark.parametrize("style", STYLES)
def test_votes_in_order(built, style):
    pack, exp = built[style]
    got = [(it.number, v) for it in _items(pack) for v in it.votes]
    want = exp["votes"]
    assert len(got) == len(want), [(n, v.result, v.counts, v.voters) for n, v in got]
    for (number, v), w in zip(got, want):
        assert norm_number(number) == norm_number(w["item"]), (number, w)
        assert v.result == w["result"], (number, v.result, w)
        if "counts" in w:
            c = v.counts
            assert (c.yes or 0, c.no or 0, c.abstain or 0) == (w["counts"]["yes"], w["counts"]["no"], w["counts"]["abstain"]), number
        for option, names in (w.get("voters") or {}).items():
            named = v.voters.get(option) or []
            assert len(named) == len(names) and all(any(same_person(g, n) for g in named) for n in names), (number, option, named)


@pytest.mark.parametrize("style", STYLES)
def test_attendance(built, style):
    pack, exp = built[style]
    got = [(a.name, a.status) for m in pack.minutes for a in m.attendance]
    want = [(a["name"], a["status"]) for a in exp["attendance"]]
    assert len(got) == len(want), got
    remaining = list(got)
    for name, status in want:
        hit = next((g for g in remaining if g[1] == status and same_person(g[0], name)), None)
        assert hit is not None, (name, status, got)
        remaining.remove(hit)


@pytest.mark.parametrize("style", TOWNSHIP)
def test_township_motions_name_mover_and_seconder(built, style):
    pack, exp = built[style]
    votes = [(it, v) for it in _items(pack) for v in it.votes]
    assert len(votes) == len(exp["votes"])
    for (it, v), w in zip(votes, exp["votes"]):
        assert same_title(it.title, w["item_title"]), (it.title, w)
        motion = next(m for m in it.motions if m.id == v.motion)
        assert same_person(motion.mover or "", w["mover"]) and same_person(motion.seconder or "", w["seconder"]), (motion, w)
        if "counts" not in w:
            # a voice vote ("All were in favor. Motion carried."): passed, counts not printed
            assert (v.counts.yes, v.counts.no) == (None, None), v.counts


@pytest.mark.parametrize("style", PARISH + RUNNING + AUSTRALIA)
def test_movers_and_seconders(built, style):
    pack, _ = built[style]
    movers = [(m.mover, m.seconder) for it in _items(pack) for m in it.motions if m.mover]
    assert movers and all(s for _m, s in movers), movers


def test_members_named_by_a_shared_office_are_told_apart_by_surname(built):
    # "Motion by Member Ortega, second by Member Park": four members hold the office "Member"
    pack, exp = built["school_board_minutes"]
    movers = [(m.mover, m.seconder) for it in _items(pack) for m in it.motions]
    assert movers == exp["movers"]


def test_decision_record_keeps_its_agenda(built):
    # the agenda the record is laid out as is still read as the pack's agenda
    pack, _ = built["voting_agenda"]
    assert [it.number for it in pack.agenda] == ["A", "B"]


def test_numbered_resolutions_under_mover_and_seconder_lines(built):
    pack, _ = built["au_resolution_minutes"]
    items = {it.number: it for it in _items(pack)}
    movers = [(m.mover, m.seconder) for it in _items(pack) for m in it.motions]
    assert movers == [("Walsh", "Brooks"), ("Rossi", "Fitzgerald"), ("Brooks", "Walsh"), ("Rossi", "Nguyen")]
    # the wording is the "That ..." paragraph, never the result under it; its numbered clauses are
    # one resolution each
    budget = [(r.number, r.text) for r in items["8.1"].resolutions]
    assert [n for n, _ in budget] == ["1", "2"]
    assert budget[0][1].startswith("Endorse the draft budget") and budget[1][1].startswith("Invite public submissions until 30 April 2025")
    assert items["8.1"].motions[0].text.startswith("That Council:")
    assert all("CARRIED" not in r.text for it in _items(pack) for r in it.resolutions)

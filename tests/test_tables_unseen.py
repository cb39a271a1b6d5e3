"""Plan tables in house styles the corpus does not have, built with fpdf2 in the test
(scripts/samplegen/styles_tables.py): a ruled style and a shaded style drawn without any rule.

- Continuation pages repeat the header one or two rows deep (a merged cell over the column
  headings, on every page or on some only) and carry no title line: each plan section is one
  table. A continuation whose columns were laid out afresh (one left empty there, even) still
  joins; one that cannot be matched is left apart and named in the pack's warnings.
- A 15-column capital programme printed in halves (columns 1-8, then 9-15) on alternating
  pages, keyed by a reference column repeated on both halves or not repeated, or with the
  right half's header in plain type: one table per section, all columns, one row per project.
- A work programme whose meetings are date bars with the items beneath is a work programme.
- A forward plan takes the page heading printed on every page as its title.

Every document is parsed by the whole pipeline, as a user would.
"""

from __future__ import annotations

import pytest

from .table_styles import STYLES, style_builder


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """build(kind, style, **options) -> (pack, truth): each document built and parsed once."""
    return style_builder(tmp_path_factory.mktemp("unseen_tables"))


def leaf(column: str) -> str:
    return column.split(" / ")[-1]


# ---- 6. continuation pages ----------------------------------------------------------------------


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("first, then", [(2, 2), (1, 1), (1, 2), (2, 1)],
                         ids=["two-row-header", "one-row-header", "merged-cell-added", "merged-cell-dropped"])
def test_continuations_repeating_the_header_join_their_table(built, style, first, then):
    pack, truth = built("action_plan", style, header_depth=first, continuation_depth=then)
    plans = [t for t in pack.tables if t.kind == "action_plan"]
    assert len(pack.tables) == len(plans) == len(truth["sections"])
    for t, sec in zip(plans, truth["sections"]):
        assert t.title == sec["title"]
        # named as the first page prints them: a merged cell over the headings, drawn with
        # rules or only shaded, heads the columns it covers; no "Action / Process (2)"
        assert t.columns == sec["names"]
        assert [leaf(c) for c in t.columns] == sec["columns"]
        assert [r.cells[t.columns[0]] for r in t.rows] == sec["refs"]
        assert (t.pages.first, t.pages.last) == (sec["pages"][0], sec["pages"][-1])
    assert [a.ref for a in pack.actions] == [ref for sec in truth["sections"] for ref in sec["refs"]]
    assert not pack.warnings


@pytest.mark.parametrize("style", sorted(STYLES))
def test_cells_of_rows_continued_over_pages(built, style):
    pack, truth = built("action_plan", style, header_depth=2, continuation_depth=1)
    for t, sec in zip(pack.tables, truth["sections"]):
        for r, want in zip(t.rows, sec["rows"]):
            assert list(r.cells.values()) == want


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("relaid", ["shifted", "sparse"])
def test_a_continuation_without_header_whose_columns_moved_joins(built, style, relaid):
    """Columns laid out afresh on the continuation page, one of them left empty there ("sparse"):
    each goes into its counterpart, the empty one stays empty."""
    pack, truth = built("action_plan", style, relaid_page=relaid)
    assert [t.title for t in pack.tables] == [s["title"] for s in truth["sections"]]
    t, last = pack.tables[-1], truth["sections"][-1]
    relaid_page = last["pages"][1]
    for r, want in zip(t.rows, last["rows"]):
        if relaid == "sparse" and r.pages.first == relaid_page:
            want = want[:5] + [""]
        assert list(r.cells.values()) == want
    assert len(t.rows) == len(last["rows"])
    assert not pack.warnings


@pytest.mark.parametrize("style", sorted(STYLES))
def test_a_continuation_that_cannot_be_matched_is_reported(built, style):
    """A continuation page without header printing a column the table does not have: left
    apart and named in the warnings; the table goes on where its header is repeated."""
    pack, truth = built("action_plan", style, relaid_page="extra")
    last = truth["sections"][-1]
    page = last["pages"][1]
    (apart,) = [t for t in pack.tables if t.pages.first == page and t.title is None]
    assert len(pack.warnings) == 1
    warning = pack.warnings[0]
    assert warning.startswith(f"{apart.id}:") and f"page {page}" in warning and f"page {page - 1}" in warning
    plan = next(t for t in pack.tables if t.title == last["title"])
    assert all(r.pages.first != page for r in plan.rows)
    assert plan.pages.last == last["pages"][-1] if len(last["pages"]) > 2 else page - 1
    refs = [r.cells[plan.columns[0]] for r in plan.rows] + [r.cells[apart.columns[0]] for r in apart.rows]
    assert sorted(refs) == sorted(last["refs"])


# ---- 7. a wide spreadsheet printed in halves --------------------------------------------------------


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("options", [{"key_repeated": True}, {"key_repeated": False},
                                     {"key_repeated": True, "year_header": True},
                                     {"key_repeated": False, "year_header": True}],
                         ids=["key-repeated", "no-key", "key-plain-header", "no-key-plain-header"])
def test_halves_of_a_wide_programme_make_one_table_per_section(built, style, options):
    pack, truth = built("capital_programme", style, section_rows=(12, 8, 30), **options)
    assert len(pack.tables) == len(truth["sections"])
    for t, sec in zip(pack.tables, truth["sections"]):
        assert t.title == sec["title"]
        assert t.columns == sec["columns"]
        assert [list(r.cells.values()) for r in t.rows] == sec["rows"]
        assert (t.pages.first, t.pages.last) == (sec["pages"][0], sec["pages"][-1])
        # each row is printed on both halves
        assert all(r.pages.last == r.pages.first + 1 for r in t.rows)
    assert not pack.warnings


# ---- 8. work programme and forward plan ---------------------------------------------------------------


@pytest.mark.parametrize("style", sorted(STYLES))
def test_meetings_as_date_bars_make_a_work_programme(built, style):
    pack, truth = built("work_programme", style)
    (t,) = pack.tables
    assert t.kind == "work_programme"
    assert t.title == truth["title"]
    got = [(m.date, m.date_text, m.items, m.table) for m in pack.work_programme]
    assert got == [(iso, text, items, t.id) for iso, text, items in truth["meetings"]]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_forward_plan_takes_the_page_heading_as_its_title(built, style):
    pack, truth = built("forward_plan", style)
    (t,) = pack.tables
    assert t.kind == "forward_plan"
    assert t.title == truth["title"]
    assert (t.pages.first, t.pages.last) == (truth["pages"][0], truth["pages"][-1])
    assert [i.decision for i in pack.forward_plan] == truth["decisions"]

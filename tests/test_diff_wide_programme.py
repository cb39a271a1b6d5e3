"""The plan-version diff on a wide spreadsheet printed in two halves: the sample capital
programme's two versions (samples/eastbrook_capital-programme_v1_2025-02.pdf and _v2_2025-03.pdf,
made by scripts/samplegen/capital_programme.py). Each directorate prints Ref, Project and five
spending columns on one page, and Ref again with the other five money columns on the next, a
directorate total row last (no Ref on it).

The generator records every cell that differs between the two printed versions
(samples/expected.json, "capital_programme_changes_v1_to_v2"): figures changed in the left half
and in the right half, the row totals and directorate totals that follow them, a project added,
one removed, one renamed under the same Ref. The diff must report each of them, in the column
the page prints it under, as money with its difference - and nothing else.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

import pytest

from agendapack.diff import diff_packs
from agendapack.pipeline.stages import parse_pack
from scripts.samplegen import capital_programme as gen
from scripts.samplegen.content.capital_programme import PROGRAMME_V1
from tests.conftest import SAMPLES

V1 = SAMPLES / "eastbrook_capital-programme_v1_2025-02.pdf"
V2 = SAMPLES / "eastbrook_capital-programme_v2_2025-03.pdf"


@pytest.fixture(scope="module")
def expected():
    return json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def packs():
    return parse_pack(V1), parse_pack(V2)


@pytest.fixture(scope="module")
def diff(packs):
    return diff_packs(*packs)


def test_the_samples_are_what_the_generator_makes(tmp_path, expected):
    """The committed PDFs and their recorded changes come from the generator as it stands."""
    v1 = gen.render_programme(tmp_path / "v1.pdf", PROGRAMME_V1, dt.datetime(2025, 2, 11, 10, tzinfo=dt.timezone.utc),
                              "February 2025 (version 1)")
    v2 = gen.render_programme(tmp_path / "v2.pdf", gen.make_programme_v2(),
                              dt.datetime(2025, 3, 18, 10, tzinfo=dt.timezone.utc), "March 2025 (version 2)")
    assert (tmp_path / "v1.pdf").read_bytes() == V1.read_bytes()
    assert (tmp_path / "v2.pdf").read_bytes() == V2.read_bytes()
    assert gen.programme_changes(v1, v2) == expected["capital_programme_changes_v1_to_v2"]


@pytest.mark.parametrize("version", [0, 1], ids=["v1", "v2"])
def test_each_directorate_is_one_table_with_both_halves_side_by_side(packs, expected, version):
    pack = packs[version]
    truth = expected[f"capital_programme_v{version + 1}"]
    assert [t.title for t in pack.tables] == [t["title"] for t in truth["tables"]]
    for table, want in zip(pack.tables, truth["tables"]):
        assert table.columns == truth["columns"]
        assert (table.pages.first, table.pages.last) == (want["pages"]["first"], want["pages"]["last"])
        # every row, the total row too, is one row printed on both halves
        assert [r.cells["Ref"] for r in table.rows] == want["refs"]
        assert all((r.pages.first, r.pages.last) == (table.pages.first, table.pages.last) for r in table.rows)
    assert not pack.warnings


def _reported(diff) -> list[tuple]:
    out = []
    for t in diff.tables:
        for c in t.changes:
            if c.type == "changed":
                amount = c.delta.amount if c.delta else None
                out.append((t.new_title, c.type, c.key, c.column, c.old, c.new, c.kind, amount))
            else:
                row = c.new if c.type == "added" else c.old
                assert isinstance(row, dict)
                out.append((t.new_title or t.old_title, c.type, c.key, row.get("Project")))
    return out


def _recorded(changes: list[dict]) -> list[tuple]:
    out = []
    for g in changes:
        if g["type"] == "changed":
            out.append((g["table"], "changed", g["ref"], g["column"], g["old"], g["new"], g["kind"], g.get("delta")))
        else:
            out.append((g["table"], g["type"], g["ref"], g["project"]))
    return out


def test_every_recorded_change_is_reported_in_its_printed_column_and_nothing_else(diff, expected):
    recorded = expected["capital_programme_changes_v1_to_v2"]
    # as multisets: a change reported twice is reported wrongly
    assert Counter(_reported(diff)) == Counter(_recorded(recorded))
    # the recorded changes cover both halves, a figure and the totals that follow it, a rename,
    # an addition and a removal: the comparison above tests each of them
    halves = {g["half"] for g in recorded if g["type"] == "changed" and g["ref"] and g["kind"] == "money"}
    assert halves == {"left", "right"}
    assert {g["type"] for g in recorded} == {"changed", "added", "removed"}
    assert any(g["ref"] is None for g in recorded)  # a directorate total
    assert any(g["kind"] == "text" and g["column"] == "Project" for g in recorded if g["type"] == "changed")


def test_the_tables_pair_by_directorate_and_rows_by_ref(diff, expected):
    titles = [t["title"] for t in expected["capital_programme_v1"]["tables"]]
    assert [(t.status, t.old_title, t.new_title) for t in diff.tables] == [("paired", x, x) for x in titles]
    assert all(t.key_column == "Ref" for t in diff.tables)
    assert all(not (t.added_columns or t.removed_columns or t.renamed_columns) for t in diff.tables)
    assert diff.summary["added"] == diff.summary["removed"] == 1
    assert not diff.warnings

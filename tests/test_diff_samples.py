"""The plan-version diff on documents whose changes are known: the sample plan's two versions (the
generator records every change it made between them, samples/expected.json) and the Milburn
draft -> approved minutes, whose text is the same (only the signature date, which is not part of
any record, and the pagination differ)."""

from __future__ import annotations

import json

import pytest

from agendapack.diff import diff_packs
from agendapack.pipeline.stages import parse_pack
from tests.conftest import SAMPLES

PLAN_V1 = SAMPLES / "eastbrook_children-committee_2025-07-15_pack.pdf"
PLAN_V2 = SAMPLES / "eastbrook_improvement-plan_v2_2025-10.pdf"

# the generator's change types -> what the diff must report: (type, kind, column ending)
EXPECTED_AS = {
    "action_added": ("added", None, None),
    "action_dropped": ("removed", None, None),
    "end_date_slipped": ("changed", "date_slip", "End Date"),
    "lead_changed": ("changed", "lead", "Lead"),
    "progress_updated": ("changed", "text", None),  # the progress column's header differs per work stream
}


@pytest.fixture(scope="module")
def sample_diff():
    return diff_packs(parse_pack(PLAN_V1), parse_pack(PLAN_V2))


@pytest.fixture(scope="module")
def generated_changes():
    return json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))["plan_changes_v1_to_v2"]


def _plan_changes(diff):
    return [c for t in diff.tables if t.status == "paired" and t.kind == "action_plan" for c in t.changes]


def test_every_generated_change_is_found_and_typed(sample_diff, generated_changes):
    found = {(c.type, c.kind, c.key): c for c in _plan_changes(sample_diff)}
    for g in generated_changes:
        type_, kind, column = EXPECTED_AS[g["type"]]
        change = found.get((type_, kind, g["ref"]))
        assert change is not None, g
        if column:
            assert change.column is not None and change.column.endswith(column), (g, change.column)
        if g["type"] == "progress_updated":
            assert change.column is not None and "Progress" in change.column
        if g["type"] in ("end_date_slipped", "lead_changed"):
            assert (change.old, change.new) == (g["from"], g["to"])
        if g["type"] == "end_date_slipped":
            assert change.delta is not None and change.delta.months == g["shift_months"]
        if g["type"] == "action_added":
            assert isinstance(change.new, dict) and g["action"] in change.new.values()
        if g["type"] == "action_dropped":
            assert isinstance(change.old, dict) and g["action"] in change.old.values()


def test_nothing_else_is_reported_in_the_plan(sample_diff, generated_changes):
    reported = sorted((c.type, c.kind or "", c.key or "") for c in _plan_changes(sample_diff))
    expected = sorted((EXPECTED_AS[g["type"]][0], EXPECTED_AS[g["type"]][1] or "", g["ref"]) for g in generated_changes)
    assert reported == expected


def test_the_work_streams_pair_and_the_pack_only_tables_are_removed_whole(sample_diff):
    paired = [(t.old_title, t.new_title) for t in sample_diff.tables if t.status == "paired"]
    assert [old for old, _ in paired] == [new for _, new in paired]
    assert [old.split(":")[0] for old, _ in paired] == [f"Work stream {n}" for n in range(1, 5)]
    # the v1 pack also holds a forward plan, a work programme and minutes, which v2 does not
    removed = {t.kind for t in sample_diff.tables if t.status == "removed"}
    assert {"forward_plan", "work_programme", "minutes"} <= removed
    assert not any(t.status == "added" for t in sample_diff.tables)
    # "Progress - at July 2025" became "Progress - at October 2025": a renamed column, not a new one
    renamed = [t.renamed_columns for t in sample_diff.tables if t.renamed_columns]
    assert renamed and all("Progress" in old and "Progress" in new for r in renamed for old, new in r.items())


def test_changes_carry_the_page_of_each_version(sample_diff, generated_changes):
    expected = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    v1_pages = {r["ref"]: r["physical_pages"] for r in expected["pack"]["action_plan"]["rows"]}
    v2_pages = {r["ref"]: r["physical_pages"] for r in expected["plan_v2"]["rows"]}
    for c in _plan_changes(sample_diff):
        if c.type != "added":
            assert c.old_page in v1_pages[c.old_key], c
        if c.type != "removed":
            assert c.new_page in v2_pages[c.new_key], c


def test_milburn_draft_and_approved_minutes_differ_by_nothing_substantive(corpus):
    old = parse_pack(corpus / "minutes/milburn-pc_2020-01-07_minutes_v1_draft.pdf")
    new = parse_pack(corpus / "minutes/milburn-pc_2020-01-07_minutes_v2_approved.pdf")
    diff = diff_packs(old, new)
    assert [(t.status, t.kind) for t in diff.tables] == [("paired", "minutes")]
    # read from the PDFs: minutes 20.01.01 to 20.01.08 in both, the same words, v1 on 3 pages, v2 on 2
    assert diff.tables[0].rows == 8
    assert diff.tables[0].changes == []
    assert sum(diff.summary.values()) == 0

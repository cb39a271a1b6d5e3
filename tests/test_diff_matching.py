"""Pairing tables across versions and matching their rows: a renamed title or column still pairs,
a renumbered row is a renumbering, rows match within their group first, a table cut at a page
break is one table, and the diff's record follows its published schema."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Optional

import jsonschema
import pytest

from agendapack.diff import DiffError, diff_packs
from agendapack.diff_model import diff_json_schema
from agendapack.model import Pack, PageSpan, SourceFile, Table, TableRow

ROOT = Path(__file__).resolve().parents[1]
PLAN_COLUMNS = ["Ref", "Action", "Lead", "End Date", "Progress"]


def _table(title: Optional[str], columns: list[str], rows: list[list[str]], *, kind: str = "action_plan",
           groups: Optional[list[Optional[str]]] = None, page: int = 1, tid: str = "table-01") -> Table:
    return Table(id=tid, kind=kind, title=title, pages=PageSpan(first=page, last=page), columns=columns,
                 rows=[TableRow(cells=dict(zip(columns, r)), group=(groups[i] if groups else None),
                                pages=PageSpan(first=page, last=page)) for i, r in enumerate(rows)])


def _pack(name: str, *tables: Table, pages: int = 3) -> Pack:
    return Pack(source=SourceFile(file=name, sha256=hashlib.sha256(name.encode()).hexdigest(), pages=pages),
                tables=list(tables))


PLAN = [
    ["1.1", "Set up an improvement board chaired by the chief executive", "Chief Executive", "Mar 2026",
     "Board established and meeting monthly"],
    ["1.2", "Introduce a monthly performance clinic for team managers", "Director of Children's Services",
     "Dec 2025", "Clinics held in May and June"],
    ["1.3", "Review the scheme of delegation and the escalation protocol", "Head of Legal Services",
     "Sept 2025", "Draft scheme prepared"],
    ["1.4", "Deliver a member development programme on corporate parenting", "Democratic Services Manager",
     "Mar 2026", "First session held in June"],
]


def _changes(diff):
    return [(c.type, c.key, c.column, c.kind) for t in diff.tables for c in t.changes]


def test_identical_versions_give_no_change():
    a = _pack("v1.pdf", _table("Improvement plan", PLAN_COLUMNS, PLAN))
    diff = diff_packs(a, a)
    assert _changes(diff) == [] and diff.tables[0].status == "paired"
    assert diff.tables[0].key_column == "Ref"


def test_formatting_only_differences_give_no_change():
    reflowed = [[c.replace(" ", "\n", 2) for c in r] for r in PLAN]
    reflowed[0][4] = "DRAFT Board estab-\nlished and meeting monthly\u00b9"
    diff = diff_packs(_pack("v1.pdf", _table("Improvement plan", PLAN_COLUMNS, PLAN)),
                      _pack("v2.pdf", _table("Improvement plan", PLAN_COLUMNS, reflowed)))
    assert _changes(diff) == []


def test_typed_changes_added_removed_slipped_reassigned():
    new = [list(r) for r in PLAN]
    new[2][3] = "Dec 2025"  # 1.3 slipped three months
    new[1][2] = "Head of Early Help"  # 1.2 re-assigned
    del new[3]  # 1.4 removed
    new.append(["1.5", "Commission an independent audit of closed plans", "QA Manager", "Feb 2026", "New action"])
    diff = diff_packs(_pack("v1.pdf", _table("Improvement plan", PLAN_COLUMNS, PLAN)),
                      _pack("v2.pdf", _table("Improvement plan", PLAN_COLUMNS, new)))
    assert sorted(_changes(diff), key=str) == sorted([
        ("changed", "1.2", "Lead", "lead"), ("changed", "1.3", "End Date", "date_slip"),
        ("removed", "1.4", None, None), ("added", "1.5", None, None)], key=str)
    slip = next(c for c in diff.tables[0].changes if c.kind == "date_slip")
    assert slip.delta is not None and slip.delta.months == 3 and (slip.old, slip.new) == ("Sept 2025", "Dec 2025")
    removed = next(c for c in diff.tables[0].changes if c.type == "removed")
    assert isinstance(removed.old, dict) and removed.old["Lead"] == "Democratic Services Manager"
    assert diff.summary["added"] == diff.summary["removed"] == diff.summary["date_slip"] == diff.summary["lead"] == 1


def test_renumbered_rows_are_a_renumbering_not_a_removal_and_an_addition():
    # 1.2 dropped: 1.3 and 1.4 become 1.2 and 1.3, and one of them also slipped
    new = [list(PLAN[0]), ["1.2", *PLAN[2][1:]], ["1.3", *PLAN[3][1:]]]
    new[2][3] = "Jun 2026"
    diff = diff_packs(_pack("v1.pdf", _table("Improvement plan", PLAN_COLUMNS, PLAN)),
                      _pack("v2.pdf", _table("Improvement plan", PLAN_COLUMNS, new)))
    got = [(c.type, c.old_key, c.new_key, c.kind) for c in diff.tables[0].changes]
    assert ("renumbered", "1.3", "1.2", None) in got and ("renumbered", "1.4", "1.3", None) in got
    assert ("changed", "1.4", "1.3", "date_slip") in got
    assert [c.old_key for c in diff.tables[0].changes if c.type == "removed"] == ["1.2"]
    assert not any(c.type == "added" for c in diff.tables[0].changes)


def test_rows_match_within_their_group_first():
    # two work streams print the same action; the keys are only unique within a stream
    columns = ["No", "Action", "Lead"]
    rows = [["1", "Quarterly audit of case files", "QA Manager"], ["2", "Recruit permanent staff", "HR"],
            ["1", "Quarterly audit of case files", "QA Manager"], ["2", "Train team managers", "Workforce Lead"]]
    groups = ["Work stream 1", "Work stream 1", "Work stream 2", "Work stream 2"]
    new = [list(r) for r in rows]
    new[2][2] = "Head of Quality"  # only work stream 2's audit changed lead
    diff = diff_packs(_pack("v1.pdf", _table("Plan", columns, rows, groups=groups)),
                      _pack("v2.pdf", _table("Plan", columns, new, groups=groups)))
    assert [(c.type, c.group, c.key, c.kind) for c in diff.tables[0].changes] == [
        ("changed", "Work stream 2", "1", "lead")]


def test_a_row_moved_to_another_group():
    columns = ["Decision", "Officer"]
    rows = [["Library strategy", "J Smith"], ["School places plan", "A Jones"], ["Parking review", "B Khan"]]
    diff = diff_packs(
        _pack("v1.pdf", _table("Forward plan", columns, rows, kind="forward_plan",
                               groups=["Cabinet - 23 July", "Cabinet - 23 July", "Cabinet - 17 September"])),
        _pack("v2.pdf", _table("Forward plan", columns, rows, kind="forward_plan",
                               groups=["Cabinet - 23 July", "Cabinet - 17 September", "Cabinet - 17 September"])))
    assert [(c.type, c.key, c.old, c.new) for c in diff.tables[0].changes] == [
        ("moved", "School places plan", "Cabinet - 23 July", "Cabinet - 17 September")]


def test_a_renamed_title_and_a_renamed_column_still_pair():
    columns_v2 = ["Ref", "Action", "Owner", "End Date", "Progress"]  # Lead -> Owner
    new = [list(r) for r in PLAN]
    new[0][2] = "Leader of the Council"
    diff = diff_packs(_pack("v1.pdf", _table("Appendix I: Improvement Plan 2025-26", PLAN_COLUMNS, PLAN)),
                      _pack("v2.pdf", _table("Appendix J: Improvement Plan 2025-26", columns_v2, new)))
    assert len(diff.tables) == 1 and diff.tables[0].status == "paired"
    assert diff.tables[0].renamed_columns == {"Lead": "Owner"}
    assert _changes(diff) == [("changed", "1.1", "Owner", "lead")]


def test_several_tables_pair_by_content_not_by_order():
    second = [["2.1", "Move the hub to a co-located base", "Head of MASH", "Sept 2025", "Completed"],
              ["2.2", "Publish a revised threshold document", "Principal Social Worker", "Dec 2025", "Published"]]
    a = _pack("v1.pdf", _table("Work stream 1", PLAN_COLUMNS, PLAN), _table("Work stream 2", PLAN_COLUMNS, second))
    b = _pack("v2.pdf", _table("Work stream 2", PLAN_COLUMNS, second), _table("Work stream 1", PLAN_COLUMNS, PLAN))
    diff = diff_packs(a, b)
    assert [(t.old_title, t.new_title) for t in diff.tables] == [("Work stream 1", "Work stream 1"),
                                                                ("Work stream 2", "Work stream 2")]


def test_a_table_without_partner_is_added_or_removed_whole():
    other = _table("Work programme", ["Meeting Date", "Item"], [["15 July 2025", "Budget"]], kind="work_programme")
    diff = diff_packs(_pack("v1.pdf", _table("Plan", PLAN_COLUMNS, PLAN), other),
                      _pack("v2.pdf", _table("Plan", PLAN_COLUMNS, PLAN)))
    assert [(t.status, t.old_title, t.rows) for t in diff.tables] == [("paired", "Plan", 4), ("removed", "Work programme", 1)]


def test_a_table_cut_at_a_page_break_is_one_table():
    old = _pack("v1.pdf", _table("Plan", PLAN_COLUMNS, PLAN))
    new = _pack("v2.pdf", _table("Plan", PLAN_COLUMNS, PLAN[:2], page=1),
                _table(None, PLAN_COLUMNS, PLAN[2:], page=2, tid="table-02"))
    diff = diff_packs(old, new)
    assert [t.status for t in diff.tables] == ["paired"] and _changes(diff) == []


def test_money_changes_carry_difference_and_percentage():
    columns = ["ROW REF", "Directorate", "Total Cost / £000s"]
    rows = [["1", "Adult Social Care", "12,000"], ["2", "Growth, Environment & Transport", "1,288,680"]]
    new = [list(r) for r in rows]
    new[1][2] = "1,283,493"
    diff = diff_packs(_pack("v1.pdf", _table("Capital summary", columns, rows, kind="financial")),
                      _pack("v2.pdf", _table("Capital summary", columns, new, kind="financial")))
    (change,) = diff.tables[0].changes
    assert (change.key, change.kind) == ("2", "money") and change.delta is not None
    assert change.delta.amount == -5187 and change.delta.percent == pytest.approx(-0.4, abs=0.01)


def test_unrelated_documents_have_no_table_pairs():
    a = _pack("plan.pdf", _table("Plan", PLAN_COLUMNS, PLAN))
    b = _pack("budget.pdf", _table("Budget", ["Line", "2025 Budget"], [["Rink materials", "$ 4,000"]], kind="financial"))
    with pytest.raises(DiffError, match="no table pairs"):
        diff_packs(a, b)


def test_a_scanned_version_cannot_be_compared():
    scanned = _pack("scan.pdf", pages=2)
    scanned.source.scanned_pages = [1, 2]
    with pytest.raises(DiffError, match="scanned"):
        diff_packs(_pack("v1.pdf", _table("Plan", PLAN_COLUMNS, PLAN)), scanned)


def test_the_published_schema_is_generated_from_the_model_and_validates_a_diff():
    published = json.loads((ROOT / "schema" / "diff.schema.json").read_text(encoding="utf-8"))
    assert published == diff_json_schema()
    new = [list(r) for r in PLAN]
    new[0][3] = "Jun 2026"
    diff = diff_packs(_pack("v1.pdf", _table("Plan", PLAN_COLUMNS, PLAN)), _pack("v2.pdf", _table("Plan", PLAN_COLUMNS, new)))
    record = diff.model_dump(mode="json")
    jsonschema.Draft202012Validator(published).validate(record)
    assert set(record) >= {"old", "new", "tables"}
    assert set(record["tables"][0]) >= {"old_title", "new_title", "kind", "key_column", "summary", "changes"}
    assert set(record["tables"][0]["changes"][0]) >= {"type", "key", "old_key", "new_key", "group", "column", "old",
                                                       "new", "kind", "delta", "old_page", "new_page"}


def test_empty_year_slots_are_not_rows_and_do_not_hide_the_key():
    # a ten-year forecast prints every year, most with no project; the window moves on a year
    columns = ["YEAR", "PROJECT DESCRIPTION", "ESTIMATE", "METHOD"]
    old = [["2024", "Foundation repair", "$110,000", "Grant"], ["2025", "Window repair", "$20,000", "Grant"],
           ["2026", "", "", ""], ["2027", "", "", ""], ["2028", "", "", ""]]
    new = [["2025", "Foundation repair", "$110,000", "Grant"], ["2026", "Window repair", "$20,000", "Grant"],
           ["2027", "", "", ""], ["2028", "", "", ""], ["2029", "", "", ""]]
    diff = diff_packs(_pack("v1.pdf", _table("Capital forecast", columns, old, kind="other")),
                      _pack("v2.pdf", _table("Capital forecast", columns, new, kind="other")))
    assert diff.tables[0].key_column == "PROJECT DESCRIPTION"
    assert _changes(diff) == [("changed", "Foundation repair", "YEAR", "date_slip"),
                              ("changed", "Window repair", "YEAR", "date_slip")]

"""The diff against the gold diffs of four real version pairs (tests/gold/diffs/),
written by reading both PDFs of each pair; scored with the evaluation's matching
(`evaluation.diffs.matches`).

Capital investment summary: every one of the 22 gold changes is reported, and nothing else.
Budget risk register: the 4 changes of the register's rows are reported, and nothing else; the
fifth, the "TOTAL £m" box printed above the header (334.7 -> 345.0), is outside the table the
extraction reads, so the pack does not carry it and the diff cannot report it: the test holds
the measured floor (4 of 5 found, nothing extra) and checks that the miss is that box."""

from __future__ import annotations

import pytest

from agendapack.diff import diff_packs
from evaluation.diffs import DIFF_GOLD, load_gold, predicted_changes, score_pair

RISK_REGISTER = ("kent_budget-risk-register-2025-26_v1_draft_cabinet-2025-01-30__"
                 "kent_budget-risk-register-2025-26_v2_final_council-2025-02-13.json")
CAPITAL_SUMMARY = ("kent_capital-investment-summary-2025-35_v1_cabinet-2025-01-30__"
                   "kent_capital-investment-summary-2025-35_v2_council-2025-02-13.json")


def _score(parsed, name: str) -> tuple[int, list[dict], list[dict], list[dict]]:
    old, new, gold = load_gold(DIFF_GOLD / name)
    got = predicted_changes(parsed(old), parsed(new))
    hits, missed, extra = score_pair(gold, got)
    return hits, missed, extra, gold


def test_every_change_of_the_capital_summary_is_reported_and_nothing_else(parsed):
    hits, missed, extra, gold = _score(parsed, CAPITAL_SUMMARY)
    assert len(gold) == 22
    assert missed == [] and extra == []
    assert hits == 22


def test_the_capital_summary_is_keyed_by_its_row_reference(parsed):
    old, new, _ = load_gold(DIFF_GOLD / CAPITAL_SUMMARY)
    table = next(t for t in diff_packs(parsed(old), parsed(new)).tables if t.changes)
    assert table.key_column == "ROW REF"
    row3 = [c for c in table.changes if c.key == "3"]
    assert [(c.column.split(" / ")[0], c.old, c.new, c.kind) for c in row3] == [
        ("Total Cost", "1,288,680", "1,283,493", "money"),
        ("Prior Years Spend", "376,243", "371,346", "money"),
        ("2025-26", "159,314", "159,098", "money"),
        ("2026-27", "144,563", "144,489", "money"),
    ]
    assert row3[0].delta is not None and row3[0].delta.amount == pytest.approx(-5187)


def test_the_risk_register_changes_are_reported_and_nothing_else(parsed):
    hits, missed, extra, gold = _score(parsed, RISK_REGISTER)
    assert len(gold) == 5
    assert extra == []
    # measured floor: 4 of 5; the miss is the total box above the header, which the pack lacks
    assert hits >= 4
    assert all(m.get("total_row") for m in missed)


NIPISSING_BUDGET = ("nipissing_budget-2025_v1_draft-2025-03-04__"
                    "nipissing_budget-2025_v2_final-2025-04-08.json")
MILBURN_MINUTES = ("milburn-pc_2020-01-07_minutes_v1_draft__"
                   "milburn-pc_2020-01-07_minutes_v2_approved.json")


def test_every_change_of_the_draft_and_final_budget_is_reported_and_nothing_else(parsed):
    # ten department tables; the levy changes between draft and final, with each printed share
    hits, missed, extra, gold = _score(parsed, NIPISSING_BUDGET)
    assert len(gold) == 31
    assert missed == [] and extra == []


def test_draft_and_approved_minutes_differ_in_nothing_the_gold_counts(parsed):
    # the control pair: only the signature date (outside every table and minute) differs
    hits, missed, extra, gold = _score(parsed, MILBURN_MINUTES)
    assert gold == [] and extra == []

"""Scoring the diff against gold diffs (evaluation/diffs.py): matching on table, type, key and
column, precision and recall, a gold change found once only."""

from __future__ import annotations

import json

from evaluation.diffs import evaluate, load_gold, matches, score_pair, score_without_limits

GOT = [
    {"table": "Appendix J: Budget Risks Register 2025-26", "type": "changed", "key": "Market Sustainability",
     "column": "Significant Risks (over £10m) / £m", "kind": "money"},
    {"table": "Appendix J: Budget Risks Register 2025-26", "type": "changed", "key": "Insecure funding",
     "column": "Source/Cause of Risk", "kind": "text"},
]


def test_a_change_matches_on_table_type_key_and_column():
    gold = {"table": "Appendix I: Budget Risks Register 2025-26", "type": "changed", "key": "MARKET  SUSTAINABILITY",
            "column": "£m"}
    assert matches(gold, GOT[0])
    assert not matches({**gold, "type": "added"}, GOT[0])
    assert not matches({**gold, "key": "Insecure funding"}, GOT[0])
    assert not matches({**gold, "column": "Likelihood"}, GOT[0])
    assert not matches({**gold, "table": "Capital investment summary"}, GOT[0])
    assert matches({"type": "changed", "key": "Insecure funding"}, GOT[1])


def test_precision_and_recall_of_a_pair(tmp_path):
    gold = [{"type": "changed", "key": "Market Sustainability", "column": "£m"},
            {"type": "changed", "key": "Market Sustainability", "column": "£m"},
            {"type": "removed", "key": "Pay award"}]
    hits, missed, extra = score_pair(gold, GOT)
    assert hits == 1 and len(missed) == 2 and [e["key"] for e in extra] == ["Insecure funding"]


def test_gold_files_in_either_shape_and_the_figures(tmp_path):
    path = tmp_path / "pair.json"
    path.write_text(json.dumps({"old": {"file": "plans/a.pdf"}, "new": "plans/b.pdf", "tables": [
        {"old_title": "Appendix I: Register", "new_title": "Appendix J: Register",
         "changes": [{"type": "changed", "key": "Market Sustainability", "column": "£m"}]}]}), encoding="utf-8")
    old, new, changes = load_gold(path)
    assert (old, new, changes[0]["table"]) == ("plans/a.pdf", "plans/b.pdf", "Appendix J: Register")
    summary = evaluate([path], lambda files: {f: "ValueError: not parsed" for f in files})
    assert summary["recall"] == 0.0 and summary["documents"][0]["misses"][0].startswith("error")


def test_tolerances_of_the_gold_conventions():
    table = "GENERAL GOVERNMENT – LEVIES AND GRANTS"
    got = {"table": "GENERAL GOVERNMENT – LEVIESAND GRANTS", "type": "changed", "key": None,
           "column": "(column 4)", "old": "6%", "new": "5%"}
    gold = {"table": table, "type": "changed", "key": "(unlabelled total row)", "column": "Revenues %",
            "old": "6%", "new": "5%"}
    # a title losing a space, a row without a printed key, a column with no printed header
    assert matches(gold, got) and not matches(gold, got, strict=True)
    assert not matches({**gold, "new": "4%"}, got)
    assert not matches({**gold, "key": "Municipal Tax Levy"}, got)
    levels = {"table": table, "type": "changed", "key": "3", "column": "2025-26 / Year 1 / £000s"}
    assert matches({"table": table, "type": "changed", "key": "3", "column": "2025-26"}, levels)
    assert matches({"table": table, "type": "changed", "key": "3", "column": "Year 1 £000s"}, levels)
    assert not matches({"table": table, "type": "changed", "key": "3", "column": "2026-27"}, levels)
    assert matches({"type": "changed", "key": "Total Finance", "row_label": "Total Finance", "column": "2025-26"},
                   {**levels, "key": "Total Finance"})
    assert matches({"type": "changed", "key": "15", "row_label": "Total Finance", "column": "2025-26"},
                   {**levels, "key": "Total Finance"})
    removed = {"type": "removed", "key": None, "old": {"YEAR": "2024", "RESERVE DESCRIPTION": "Garage Reserve"}}
    assert matches({"type": "removed", "key": "Garage Reserve", "year": "2024"}, removed)
    assert not matches({"type": "removed", "key": "Garage Reserve", "year": "2025"}, removed)


def test_figures_without_the_known_limits(tmp_path):
    path = tmp_path / "pair.json"
    blind = {"type": "changed", "key": "Vehicle", "column": "YEAR"}
    path.write_text(json.dumps({"old": "a.pdf", "new": "b.pdf", "tables": [
        {"old_title": "Capital", "new_title": "Capital", "changes": [
            {"type": "removed", "key": "Vehicle", "struck_through_in_new": True, "if_strike_ignored": [blind]},
            {"type": "changed", "key": "Hall", "column": "ESTIMATE"}]},
        {"old_title": "Reserves", "new_title": "Reserves", "old_has_no_text_layer": True,
         "changes": [{"type": "removed", "key": "Fund"}]}]}), encoding="utf-8")
    got = [{"table": "Capital", "type": "changed", "key": "Hall", "column": "ESTIMATE"},
           {"table": "Capital", "type": "changed", "key": "Vehicle", "column": "YEAR"},
           {"table": "Reserves", "type": "added", "key": "Fund"}]
    _, _, gold = load_gold(path)
    assert score_without_limits(gold, got) == (1, 0, 0)
    assert score_pair(gold, got)[0] == 1 and len(score_pair(gold, got)[2]) == 2

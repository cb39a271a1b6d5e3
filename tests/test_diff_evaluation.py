"""Scoring the diff against gold diffs (evaluation/diffs.py): matching on table, type, key and
column, precision and recall, a gold change found once only."""

from __future__ import annotations

import json

from evaluation.diffs import evaluate, load_gold, matches, score_pair

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

"""Precision and recall of the plan-version diff against gold diffs (`tests/gold/diffs/*.json`).

A gold diff lists, for one pair of versions in the corpus, every substantive change a person
found by reading both versions. Its file holds the two versions (`old`, `new`: corpus paths, or
objects with a `file`) and the changes, in the shape of the diff record: either a `changes` list
(each change may name its `table`) or a `tables` list of {`old_title`, `new_title`, `changes`}.

A predicted change matches a gold change when they agree on the table (titles compared without
designators, dates and versions; a gold change naming no table matches any), the change type, the
key (compared as printed, formatting aside; a gold change without a key matches any) and the
column (one named as the end of the other's multi-row header, "£000s" for "Total Cost / £000s";
a gold change without a column matches any). Each change is matched once, best first in order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from agendapack.diff import DiffError, diff_packs
from agendapack.diff.cells import comparable
from agendapack.diff.pairing import title_words
from agendapack.model import Pack
from evaluation.corpus import GOLD_DIR

DIFF_GOLD = GOLD_DIR / "diffs"

Parsed = Union[dict, str]
Parser = Callable[[Iterable[str]], dict[str, Parsed]]


def gold_files(folder: Path = DIFF_GOLD) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def _file(side: object) -> str:
    return side["file"] if isinstance(side, dict) else str(side)


def load_gold(path: Path) -> tuple[str, str, list[dict]]:
    """(old corpus path, new corpus path, changes each with its `table` title or None)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    changes: list[dict] = [dict(c) for c in data.get("changes", [])]
    for t in data.get("tables", []):
        title = t.get("new_title") or t.get("old_title")
        changes += [{"table": title, **c} for c in t.get("changes", [])]
    return _file(data["old"]), _file(data["new"]), changes


def predicted_changes(old: Pack, new: Pack) -> list[dict]:
    out = []
    for t in diff_packs(old, new).tables:
        title = t.new_title or t.old_title
        out += [{"table": title, **c.model_dump(mode="json")} for c in t.changes]
    return out


def _column_agrees(gold: Optional[str], got: Optional[str]) -> bool:
    if not gold:
        return True
    a, b = comparable(gold), comparable(got)
    return bool(b) and (a == b or b.endswith(a) or a.endswith(b))


def _key_of(change: dict) -> str:
    return comparable(change.get("key") or change.get("new_key") or change.get("old_key"))


def matches(gold: dict, got: dict) -> bool:
    if gold.get("table") and title_words(gold["table"]) != title_words(got.get("table")):
        return False
    if gold.get("type") != got.get("type"):
        return False
    if _key_of(gold) and _key_of(gold) != _key_of(got):
        return False
    return _column_agrees(gold.get("column"), got.get("column"))


def score_pair(gold: list[dict], got: list[dict]) -> tuple[int, list[dict], list[dict]]:
    """(true positives, missed gold changes, reported changes not in the gold)."""
    free = list(range(len(got)))
    missed = []
    hits = 0
    for g in gold:
        j = next((j for j in free if matches(g, got[j])), None)
        if j is None:
            missed.append(g)
        else:
            free.remove(j)
            hits += 1
    return hits, missed, [got[j] for j in free]


def _brief(change: dict) -> str:
    return " ".join(str(change.get(k)) for k in ("table", "type", "key", "column", "kind") if change.get(k))


def evaluate(paths: list[Path], parse: Parser) -> dict:
    """Figures over every gold diff: precision, recall, F1, and per pair its misses."""
    pairs = [(p, *load_gold(p)) for p in paths]
    packs = parse([f for _, old, new, _ in pairs for f in (old, new)])
    tp = fp = fn = 0
    documents = []
    for path, old, new, gold in pairs:
        records = packs.get(old), packs.get(new)
        misses: list[str] = []
        try:
            if isinstance(records[0], str) or isinstance(records[1], str) or None in records:
                raise DiffError(f"not parsed: {records[0] if isinstance(records[0], str) else records[1]}")
            got = predicted_changes(Pack.model_validate(records[0]), Pack.model_validate(records[1]))
        except DiffError as exc:
            got, misses = [], [f"error: {exc}"]
        hits, missed, extra = score_pair(gold, got)
        tp, fn, fp = tp + hits, fn + len(missed), fp + len(extra)
        misses += [f"missed   {_brief(c)}" for c in missed] + [f"extra    {_brief(c)}" for c in extra]
        documents.append({"file": path.name, "gold": len(gold), "reported": len(got), "found": hits, "misses": misses})
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs": len(pairs), "gold_changes": tp + fn, "reported": tp + fp, "precision": round(precision, 3),
            "recall": round(recall, 3), "f1": round(f1, 3), "documents": documents}


def format_summary(summary: dict) -> str:
    lines = [f"diff: {summary['pairs']} version pairs, {summary['gold_changes']} gold changes, "
             f"{summary['reported']} reported: precision {summary['precision']:.3f}, recall {summary['recall']:.3f}, "
             f"F1 {summary['f1']:.3f}"]
    for d in summary["documents"]:
        lines.append(f"  {d['file']}: {d['found']}/{d['gold']} found, {d['reported']} reported")
    return "\n".join(lines)

"""Precision and recall of the plan-version diff against gold diffs (`tests/gold/diffs/*.json`).

A gold diff lists, for one pair of versions in the corpus, every substantive change a person
found by reading both versions. Its file holds the two versions (`old`, `new`: corpus paths, or
objects with a `file`) and the changes, in the shape of the diff record: either a `changes` list
(each change may name its `table`) or a `tables` list of {`old_title`, `new_title`, `changes`}.

A predicted change matches a gold change when they agree on the table, the change type, the row
and the column. Each change is matched once; matching runs in two passes, the strict agreements
first, so that a tolerance never takes a change another gold change names exactly.

Tolerances (conventions of the gold, or of the printing, that are not errors of the diff):

- table: titles compared without designators, dates and versions, and without spaces (a text
  layer drops or adds the space between two words: "LEVIESAND GRANTS"). A gold change naming no
  table (or an untitled one) matches any.
- column: compared with the header separators "/" and spacing taken out, so "Estimated Annual
  Financial Exposure £m" is "Estimated Annual Financial Exposure / £m". A gold column agrees with
  a run of the predicted column's header levels (split at " / ") from its start or to its end:
  "Total Cost" and "£000s" both agree with "Total Cost / £000s", "2025-26" with "2025-26 / Year 1
  / £000s". A column the extraction could not name ("(column 7)", a header not printed) agrees
  when the old and new cell values agree. A gold change without a column matches any.
- row: the keys agree (as printed, formatting aside), or the predicted key is one of the gold
  row's other identifying cells (`new_key`, `row_label`, `directorate`: a diff may key rows by
  another column, such as ROW REF against a row label). A gold key in brackets naming a row
  without a printed key ("(unlabelled total row)") agrees with a predicted change with no key.
  An added or removed row agrees when its printed cells hold the gold key (and the gold `year`,
  when given), whichever column the diff keyed on; a changed cell keyed by the gold `year` alone
  agrees only when its old and new values agree too. A gold change without a key matches any.

Known limits, reported apart (`without_limits`): gold changes that a diff reading the text layer
cannot see, namely rows struck through in the new version (`struck_through_in_new`; a text-only
reading is given under `if_strike_ignored`) and tables with no text layer in one version
(`old_has_no_text_layer` / `new_has_no_text_layer`). The second set of figures leaves those gold
changes out, and does not count as false a predicted change that is their strike-blind reading or
that lies in such a table.
"""

from __future__ import annotations

import json
import re
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

# gold fields, besides the key, that name the row a change is on
ROW_IDENTIFIERS = ("new_key", "row_label", "directorate")
# table flags: the table cannot be read from the text layer of one version
NO_TEXT_LAYER = ("old_has_no_text_layer", "new_has_no_text_layer")
# a column the extraction named by position only: its header is not printed
_PLACEHOLDER_COLUMN = re.compile(r"^\(column \d+\)$")
# a gold key that describes a row without a printed key: "(unlabelled total row)"
_DESCRIBED_KEY = re.compile(r"^\(.*\)$")
_HEADER_LEVELS = re.compile(r"\s+/\s+")


def gold_files(folder: Path = DIFF_GOLD) -> list[Path]:
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def _file(side: object) -> str:
    return side["file"] if isinstance(side, dict) else str(side)


def load_gold(path: Path) -> tuple[str, str, list[dict]]:
    """(old corpus path, new corpus path, changes each with its `table` title or None). A change
    in a table with no text layer in one version carries `no_text_layer`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    changes: list[dict] = [dict(c) for c in data.get("changes", [])]
    for t in data.get("tables", []):
        title = t.get("new_title") or t.get("old_title")
        flags = {"no_text_layer": True} if any(t.get(f) for f in NO_TEXT_LAYER) else {}
        changes += [{"table": title, **c, **flags} for c in t.get("changes", [])]
    return _file(data["old"]), _file(data["new"]), changes


def predicted_changes(old: Pack, new: Pack) -> list[dict]:
    out = []
    for t in diff_packs(old, new).tables:
        title = t.new_title or t.old_title
        out += [{"table": title, **c.model_dump(mode="json")} for c in t.changes]
    return out


def _table_words(title: Optional[str]) -> str:
    return title_words(title).replace(" ", "")


def _column_words(name: Optional[str]) -> str:
    return " ".join(comparable(name).replace("/", " ").split())


def _column_agrees(gold: Optional[str], got: Optional[str], strict: bool) -> bool:
    if not gold:
        return True
    if not got:
        return False
    if strict:
        return _column_words(gold) == _column_words(got)
    levels = _HEADER_LEVELS.split(got.strip())
    runs = [" / ".join(levels[:n]) for n in range(1, len(levels) + 1)]
    runs += [" / ".join(levels[n:]) for n in range(1, len(levels))]
    return _column_words(gold) in {_column_words(r) for r in runs}


def _values_agree(gold: dict, got: dict) -> bool:
    return all(isinstance(gold.get(s), str) and isinstance(got.get(s), str)
               and comparable(gold[s]) == comparable(got[s]) for s in ("old", "new"))


def _key_of(change: dict) -> str:
    return comparable(change.get("key") or change.get("new_key") or change.get("old_key"))


def _row_cells(change: dict) -> set[str]:
    row = change.get("new") if change.get("type") == "added" else change.get("old")
    return {comparable(v) for v in row.values()} if isinstance(row, dict) else set()


def _row_agrees(gold: dict, got: dict, strict: bool) -> bool:
    key = _key_of(gold)
    if not key or key == _key_of(got):
        return True
    if strict:
        return False
    if _DESCRIBED_KEY.match(key) and not _key_of(got):
        return True
    if _key_of(got) in {comparable(gold.get(f)) for f in ROW_IDENTIFIERS if gold.get(f)}:
        return True
    cells = _row_cells(got)
    if gold.get("type") in ("added", "removed") and cells:
        return key in cells and (not gold.get("year") or comparable(str(gold["year"])) in cells)
    year = comparable(str(gold.get("year") or ""))
    return bool(year) and _key_of(got) == year and _values_agree(gold, got)


def matches(gold: dict, got: dict, strict: bool = False) -> bool:
    """`got` reports the change `gold` names; `strict`: without the tolerances (docstring)."""
    if gold.get("table") and _table_words(gold["table"]) != _table_words(got.get("table")):
        return False
    if gold.get("type") != got.get("type"):
        return False
    if not _row_agrees(gold, got, strict):
        return False
    if _column_agrees(gold.get("column"), got.get("column"), strict):
        return True
    return not strict and bool(_PLACEHOLDER_COLUMN.match(got.get("column") or "")) and _values_agree(gold, got)


def score_pair(gold: list[dict], got: list[dict]) -> tuple[int, list[dict], list[dict]]:
    """(true positives, missed gold changes, reported changes not in the gold)."""
    free = list(range(len(got)))
    found: set[int] = set()
    for strict in (True, False):
        for i, g in enumerate(gold):
            if i in found:
                continue
            j = next((j for j in free if matches(g, got[j], strict)), None)
            if j is not None:
                free.remove(j)
                found.add(i)
    missed = [g for i, g in enumerate(gold) if i not in found]
    return len(found), missed, [got[j] for j in free]


def is_known_limit(change: dict) -> bool:
    """A gold change a diff of the text layer cannot see (module docstring)."""
    return bool(change.get("struck_through_in_new") or change.get("no_text_layer"))


def score_without_limits(gold: list[dict], got: list[dict]) -> tuple[int, int, int]:
    """(true positives, false negatives, false positives) with the known limits left out."""
    limits = [g for g in gold if is_known_limit(g)]
    blind = [r for g in limits for r in g.get("if_strike_ignored", [])]
    unreadable = {_table_words(g["table"]) for g in limits if g.get("no_text_layer") and g.get("table")}
    hits, missed, extra = score_pair([g for g in gold if not is_known_limit(g)], got)
    extra = [e for e in extra if _table_words(e.get("table")) not in unreadable]
    _, _, extra = score_pair(blind, extra) if blind else (0, [], extra)
    return hits, len(missed), len(extra)


def _brief(change: dict) -> str:
    return " ".join(str(change.get(k)) for k in ("table", "type", "key", "column", "kind") if change.get(k))


def _figures(tp: int, fn: int, fp: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"gold_changes": tp + fn, "reported": tp + fp, "precision": round(precision, 3),
            "recall": round(recall, 3), "f1": round(f1, 3)}


def evaluate(paths: list[Path], parse: Parser) -> dict:
    """Figures over every gold diff: precision, recall, F1 (also without the known limits), and
    per pair its figures and misses."""
    pairs = [(p, *load_gold(p)) for p in paths]
    packs = parse([f for _, old, new, _ in pairs for f in (old, new)])
    totals = [0, 0, 0]
    limited = [0, 0, 0]
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
        counts = (hits, len(missed), len(extra))
        without = score_without_limits(gold, got)
        totals = [a + b for a, b in zip(totals, counts)]
        limited = [a + b for a, b in zip(limited, without)]
        misses += [f"missed   {_brief(c)}" for c in missed] + [f"extra    {_brief(c)}" for c in extra]
        documents.append({"file": path.name, "gold": len(gold), "reported": len(got), "found": hits,
                          "known_limits": sum(map(is_known_limit, gold)), **_figures(*counts),
                          "without_limits": _figures(*without), "misses": misses})
    return {"pairs": len(pairs), **_figures(*totals), "without_limits": _figures(*limited), "documents": documents}


def format_summary(summary: dict) -> str:
    lines = [f"diff: {summary['pairs']} version pairs, {summary['gold_changes']} gold changes, "
             f"{summary['reported']} reported: precision {summary['precision']:.3f}, recall {summary['recall']:.3f}, "
             f"F1 {summary['f1']:.3f}"]
    w = summary.get("without_limits")
    if w:
        lines.append(f"  without the known limits (struck-through rows, tables with no text layer): "
                     f"{w['gold_changes']} gold changes, {w['reported']} reported: precision {w['precision']:.3f}, "
                     f"recall {w['recall']:.3f}, F1 {w['f1']:.3f}")
    for d in summary["documents"]:
        lines.append(f"  {d['file']}: {d['found']}/{d['gold']} found, {d['reported']} reported "
                     f"(P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.3f}; {d['known_limits']} known limits)")
    return "\n".join(lines)

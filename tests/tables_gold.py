"""Matching tables of a parsed pack against the gold files in tests/gold/plans__*.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"


def norm(text) -> str:
    """Lenient on whitespace only (gold joins multi-line cells with single spaces)."""
    return re.sub(r"\s+", " ", str(text or "")).strip()


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("plans__*.json"))


def load(name: str) -> dict:
    return json.loads((GOLD / name).read_text())


def find_table(pack, gold_table: dict):
    """The pack table starting on the gold table's first page whose columns best match."""
    first = gold_table["pages"]["first"]
    cands = [t for t in pack.tables if t.pages.first <= first <= t.pages.last]
    if not cands:
        return None
    want = [norm(c).lower() for c in gold_table["columns"]]

    def score(t):
        got = [norm(c).lower() for c in t.columns]
        return sum(1 for c in want if c in got), -abs(len(t.rows) - gold_table["row_count"])

    return max(cands, key=score)


def cell_accuracy(table, gold_table: dict) -> tuple[int, int]:
    """(matching cells, gold cells) over the gold's sample rows, compared by row index."""
    ok = total = 0
    for grow in gold_table.get("rows", []):
        i = grow["index"]
        row = table.rows[i] if i < len(table.rows) else None
        for col, val in grow["cells"].items():
            total += 1
            if row is not None and norm(row.cells.get(col, None)) == norm(val):
                ok += 1
    return ok, total

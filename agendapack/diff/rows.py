"""Rows: the key column of a pair of tables, and which old row is which new row.

The key column is found per pair of tables, from the cells rather than from a list of names
first: a column filled in nearly every row, unique within its group, short, and holding mostly the
same values in both versions (a reference, a risk or project name, a decision's title, a meeting
date). A header that names a reference only breaks ties.

Rows then match by key, within their group first ("Work stream 3", a directorate); rows left over
(no key, or a key that changed: renumbered) match by content, a rapidfuzz score over their cells,
again within their group first. What is left was added or removed.

A placeholder row, one filled cell at most in a table of three columns or more (a year of a
ten-year forecast with no project in it), says nothing: it does not count when the key column is
chosen, it matches no other row by content, and its coming or going is not a change
(`is_placeholder`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from rapidfuzz import fuzz, process

from agendapack.diff.cells import comparable
from agendapack.diff.sheets import Row

# a key column: cells filled in this share of rows at least, and unique in this share of them
MIN_KEY_FILLED = 0.8
MIN_KEY_UNIQUE = 0.9
# the share of old key values found again in the new version, for the column to be a key
MIN_KEY_STABLE = 0.3
MAX_KEY_LENGTH = 120
# headers that name a reference: they break ties between candidate keys (kept in one place)
REF_HEADER = re.compile(r"\b(ref|reference|no|number|id|code|item)\b\.?", re.I)
# rows with content this similar (0-1) are one row, when their keys do not say so
MIN_ROW_SIMILARITY = 0.6
# two rows sharing a key but this dissimilar are not one row (the key was reused)
MIN_SAME_KEY_SIMILARITY = 0.25
# a key match this similar (0-1) is settled; a weaker one competes with content matches, with
# this bonus for the shared key
SETTLED_SIMILARITY = 0.9
KEY_BONUS = 0.3
# a prefilter on whole rows (0-100) before the column-by-column score
PREFILTER_RATIO = 45.0


@dataclass
class Match:
    old: int
    new: int
    by_key: bool


# a row filling this many cells at most is a placeholder (tables of PLACEHOLDER_MIN_COLUMNS or more)
PLACEHOLDER_CELLS = 1
PLACEHOLDER_MIN_COLUMNS = 3


def is_placeholder(row: Row, columns: int) -> bool:
    """The row holds one cell at most of a table with three columns or more: an empty slot."""
    return columns >= PLACEHOLDER_MIN_COLUMNS and sum(1 for v in row.cells.values() if comparable(v)) <= PLACEHOLDER_CELLS


def _values(rows: list[Row], column: str) -> list[tuple[str, str]]:
    return [(comparable(r.group), comparable(r.cells.get(column))) for r in rows]


def _key_score(old_rows: list[Row], new_rows: list[Row], old_col: str, new_col: str, position: int) -> Optional[float]:
    scores = []
    stable_sets = []
    for rows, col in ((old_rows, old_col), (new_rows, new_col)):
        if not rows:
            return None
        vals = _values(rows, col)
        filled = [v for v in vals if v[1]]
        if len(filled) < MIN_KEY_FILLED * len(vals) or not filled:
            return None
        if len(set(filled)) < MIN_KEY_UNIQUE * len(filled):
            return None
        if sum(len(v[1]) for v in filled) / len(filled) > MAX_KEY_LENGTH:
            return None
        scores.append(len(set(filled)) / len(filled))
        stable_sets.append({v[1] for v in filled})
    stable = len(stable_sets[0] & stable_sets[1]) / max(len(stable_sets[0]), 1)
    if stable < MIN_KEY_STABLE:
        return None
    ref = 0.5 if REF_HEADER.search(old_col.split(" / ")[-1]) or REF_HEADER.search(new_col.split(" / ")[-1]) else 0.0
    # shorter keys and keys further left are the likelier references
    return stable + min(scores) + ref - 0.05 * position


def detect_key(old_rows: list[Row], new_rows: list[Row], columns: dict[str, str]) -> Optional[tuple[str, str]]:
    """(old column, new column) of the pair's key, or None: rows then match by content.
    Placeholder rows are left out of the count (an empty year slot has no key to give)."""
    width = len(columns)
    old_rows = [r for r in old_rows if not is_placeholder(r, width)] or old_rows
    new_rows = [r for r in new_rows if not is_placeholder(r, width)] or new_rows
    best: Optional[tuple[float, str, str]] = None
    for position, (old_col, new_col) in enumerate(columns.items()):
        score = _key_score(old_rows, new_rows, old_col, new_col, position)
        if score is not None and (best is None or score > best[0]):
            best = (score, old_col, new_col)
    return (best[1], best[2]) if best else None


def row_text(row: Row, columns: list[str]) -> str:
    return " ".join(comparable(row.cells.get(c)) for c in columns)


def similarity(a: Row, b: Row, columns: dict[str, str], skip: Optional[str] = None) -> float:
    """0-1: the mean likeness of the row's cells, over the columns filled in either row."""
    scores = []
    for old_col, new_col in columns.items():
        if old_col == skip:
            continue
        x, y = comparable(a.cells.get(old_col)), comparable(b.cells.get(new_col))
        if x or y:
            scores.append(fuzz.ratio(x, y) / 100)
    return sum(scores) / len(scores) if scores else 0.0


def _filled(row: Row, skip: str) -> int:
    return sum(1 for c, v in row.cells.items() if c != skip and comparable(v))


def _same_row(a: Row, b: Row, columns: dict[str, str], key_column: str) -> bool:
    """Rows sharing a key are one row unless both say something and say something else (a key
    reused for another row); a row with nothing but its key is the same row filled in."""
    if _filled(a, key_column) == 0 or _filled(b, key_column) == 0:
        return True
    return similarity(a, b, columns, key_column) >= MIN_SAME_KEY_SIMILARITY


def _by_key(old_rows: list[Row], new_rows: list[Row], key: tuple[str, str], columns: dict[str, str]) -> list[Match]:
    old_col, new_col = key
    in_group: dict[tuple[str, str], int] = {}
    anywhere: dict[str, list[int]] = {}
    for j, r in enumerate(new_rows):
        k = comparable(r.cells.get(new_col))
        if k:
            in_group.setdefault((comparable(r.group), k), j)
            anywhere.setdefault(k, []).append(j)
    matches: list[Match] = []
    taken: set[int] = set()
    pending: list[tuple[int, str]] = []
    # within the row's own group first, then, for a key found once in the new version, anywhere
    for i, r in enumerate(old_rows):
        k = comparable(r.cells.get(old_col))
        found = in_group.get((comparable(r.group), k)) if k else None
        if found is not None and found not in taken and _same_row(r, new_rows[found], columns, old_col):
            matches.append(Match(i, found, True))
            taken.add(found)
        elif k:
            pending.append((i, k))
    for i, k in pending:
        free = [j for j in anywhere.get(k, []) if j not in taken]
        if len(free) == 1 and _same_row(old_rows[i], new_rows[free[0]], columns, old_col):
            matches.append(Match(i, free[0], True))
            taken.add(free[0])
    return matches


def _content_candidates(old_rows: list[Row], new_rows: list[Row], old_left: list[int], new_left: list[int],
                        columns: dict[str, str], skip: Optional[str]) -> list[tuple[float, int, int]]:
    """(score, old, new) for leftover rows alike enough to be one row; a row in the same group
    scores one more, so that rows match within their group first."""
    # an empty slot is not like anything: two of them alike say nothing of one row
    width = len(columns)
    old_left = [i for i in old_left if not is_placeholder(old_rows[i], width)]
    new_left = [j for j in new_left if not is_placeholder(new_rows[j], width)]
    if not old_left or not new_left:
        return []
    old_cols = [c for c in columns if c != skip]
    new_cols = [columns[c] for c in old_cols]
    a = [row_text(old_rows[i], old_cols) for i in old_left]
    b = [row_text(new_rows[j], new_cols) for j in new_left]
    grid = process.cdist(a, b, scorer=fuzz.token_sort_ratio, score_cutoff=PREFILTER_RATIO)
    out: list[tuple[float, int, int]] = []
    for x, i in enumerate(old_left):
        for y, j in enumerate(new_left):
            if grid[x][y] <= 0:
                continue
            score = similarity(old_rows[i], new_rows[j], columns, skip)
            if score >= MIN_ROW_SIMILARITY:
                same_group = comparable(old_rows[i].group) == comparable(new_rows[j].group)
                out.append((score + (1.0 if same_group else 0.0), i, j))
    return out


def match_rows(old_rows: list[Row], new_rows: list[Row], columns: dict[str, str],
               key: Optional[tuple[str, str]]) -> list[Match]:
    """Pairs of (old row, new row) that are one row in two versions, in the new version's order.

    A key match whose rows are nearly the same is settled; a weaker one competes with the content
    matches of the rows left over, with a bonus for the shared key: when refs were renumbered
    ("1.3" is now "1.2"), the row that says the same thing wins over the row that kept the
    number."""
    skip = key[0] if key else None
    by_key = _by_key(old_rows, new_rows, key, columns) if key else []
    settled: list[Match] = []
    candidates: list[tuple[float, int, int]] = []
    for m in by_key:
        score = similarity(old_rows[m.old], new_rows[m.new], columns, skip)
        if score >= SETTLED_SIMILARITY or not _filled(old_rows[m.old], skip or "") or not _filled(new_rows[m.new], skip or ""):
            settled.append(m)
        else:
            candidates.append((score + 1.0 + KEY_BONUS, m.old, m.new))
    used_old, used_new = {m.old for m in settled}, {m.new for m in settled}
    old_left = [i for i in range(len(old_rows)) if i not in used_old]
    new_left = [j for j in range(len(new_rows)) if j not in used_new]
    candidates += _content_candidates(old_rows, new_rows, old_left, new_left, columns, skip)
    keyed = {(i, j) for _, i, j in candidates if (i, j) in {(m.old, m.new) for m in by_key}}
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        settled.append(Match(i, j, (i, j) in keyed))
    return sorted(settled, key=lambda m: m.new)

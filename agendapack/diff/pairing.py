"""Pairing the tables of two versions, and the columns of two paired tables.

Two tables pair on what they hold rather than where they are: their kind, their title (with the
parts that change from one printing to the next taken out: "Appendix I" / "Appendix J", a month
or a year), their columns and their cells. Pairs are taken best first; a table left without a
partner was added or removed as a whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from rapidfuzz import fuzz

from agendapack.diff.cells import comparable
from agendapack.diff.sheets import Sheet
from agendapack.extractors.text.dates import MONTHS

# a pair scoring below this is not the same table
MIN_PAIR_SCORE = 0.45
# columns whose names are this similar (0-100) after `column_name` are one column renamed
MIN_COLUMN_RATIO = 80
# cells compared per table when scoring a pair (large tables: the first ones)
CONTENT_SAMPLE = 4000

# what changes in a title or a header between printings of one table: a document designator
# ("Appendix I", "Annex 2"), a version or draft mark, a month, a year
_DESIGNATOR = re.compile(r"\b(?:appendix|annex|annexe|schedule|enclosure|attachment)\s+[a-z0-9]{1,4}\b")
_VERSION = re.compile(r"\b(?:draft|final|v(?:ersion)?\s*\d+(?:\.\d+)?)\b")
_WHEN = re.compile(rf"\b(?:{MONTHS}|(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?)\b", re.I)


def title_words(title: Optional[str]) -> str:
    t = comparable(title)
    for pattern in (_DESIGNATOR, _VERSION, _WHEN):
        t = pattern.sub(" ", t)
    return " ".join(re.sub(r"[^\w\s]", " ", t).split())


def column_name(header: str) -> str:
    """A header as compared: without the dates and version marks that change between printings."""
    return title_words(header)


def pair_columns(old: list[str], new: list[str]) -> dict[str, str]:
    """old column -> new column: same name first, then a similar name, then the same position."""
    pairs: dict[str, str] = {}
    free_new = list(new)
    by_name = {column_name(c): c for c in reversed(new)}
    for c in old:
        match = by_name.get(column_name(c))
        if match in free_new:
            pairs[c] = match
            free_new.remove(match)
    for c in old:
        if c in pairs or not free_new:
            continue
        best = max(free_new, key=lambda n: fuzz.ratio(column_name(c), column_name(n)))
        if fuzz.ratio(column_name(c), column_name(best)) >= MIN_COLUMN_RATIO:
            pairs[c] = best
            free_new.remove(best)
    if len(old) == len(new):
        # a column renamed outright keeps its place in the table
        for i, c in enumerate(old):
            if c not in pairs and new[i] in free_new:
                pairs[c] = new[i]
                free_new.remove(new[i])
    return pairs


def _cell_set(sheet: Sheet) -> set[str]:
    out: set[str] = set()
    for row in sheet.rows:
        for v in row.cells.values():
            t = comparable(v)
            if t:
                out.add(t[:80])
        if len(out) >= CONTENT_SAMPLE:
            break
    return out


@dataclass
class Pair:
    old: int
    new: int
    score: float
    columns: dict[str, str]


def _score(a: Sheet, b: Sheet, cells_a: set[str], cells_b: set[str]) -> Optional[Pair]:
    if (a.kind == "minutes") != (b.kind == "minutes"):
        return None
    columns = pair_columns(a.columns, b.columns)
    column_score = len(columns) / max(len(a.columns), len(b.columns), 1)
    title_score = fuzz.token_set_ratio(title_words(a.title), title_words(b.title)) / 100 if a.title and b.title else 0.5
    union = cells_a | cells_b
    content = len(cells_a & cells_b) / len(union) if union else 0.0
    if content < 0.1 and title_score < 0.9:
        return None
    score = 0.2 * title_score + 0.3 * column_score + 0.5 * content
    if a.title and b.title and title_words(a.title) == title_words(b.title):
        # the same title once designators and dates are out: among tables alike, this is the one
        score += 0.15
    if a.kind != b.kind and "other" not in (a.kind, b.kind):
        score *= 0.6
    return Pair(-1, -1, score, columns)


def pair_sheets(old: list[Sheet], new: list[Sheet]) -> list[Pair]:
    """The pairs of tables, best first taken, in the old version's order."""
    cells_old = [_cell_set(s) for s in old]
    cells_new = [_cell_set(s) for s in new]
    candidates: list[Pair] = []
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            pair = _score(a, b, cells_old[i], cells_new[j])
            if pair is not None and pair.score >= MIN_PAIR_SCORE:
                pair.old, pair.new = i, j
                candidates.append(pair)
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    pairs: list[Pair] = []
    for p in sorted(candidates, key=lambda p: (-p.score, p.old, p.new)):
        if p.old in taken_old or p.new in taken_new:
            continue
        taken_old.add(p.old)
        taken_new.add(p.new)
        pairs.append(p)
    return sorted(pairs, key=lambda p: (p.old, p.new))

"""What changed between two versions of a plan: `diff_packs(old, new) -> PackDiff`.

Reads two pack records (never a PDF): their tables are paired across the versions (`pairing`),
the rows of each pair matched by key or content (`rows`), and the matched cells compared once
formatting is taken out, each change typed (`cells`). Minutes compare as a table of minute items.
"""

from __future__ import annotations

import re
from typing import Optional

from agendapack.diff.cells import classify, comparable, tidy, word_changes
from agendapack.diff.pairing import Pair, pair_sheets
from agendapack.diff.rows import Match, detect_key, is_placeholder, match_rows
from agendapack.diff.sheets import Row, Sheet, sheets_of
from agendapack.diff_model import Change, DiffSource, PackDiff, TableDiff, count_changes
from agendapack.model import Pack

__all__ = ["DiffError", "diff_packs", "diff_sheets"]

# a renumbering changes a reference ("2.3" -> "2.4", "R12" -> "R13"); any other key changed is a
# changed cell (a risk renamed)
_REFERENCE = re.compile(r"^\S{0,3}\d[\w.\-/]{0,10}$")


class DiffError(Exception):
    """The two versions cannot be compared; the message is one line."""


def _source(pack: Pack) -> DiffSource:
    return DiffSource(file=pack.source.file, sha256=pack.source.sha256, pages=pack.source.pages)


def _whole(row: Row, columns: list[str]) -> dict[str, str]:
    return {c: tidy(row.cells.get(c)) for c in columns if tidy(row.cells.get(c))}


def _key_of(row: Row, column: Optional[str]) -> Optional[str]:
    return (tidy(row.cells.get(column)) or None) if column else None


def _row_changes(a: Sheet, b: Sheet, m: Match, columns: dict[str, str], key: Optional[tuple[str, str]]) -> list[Change]:
    old, new = a.rows[m.old], b.rows[m.new]
    old_key, new_key = _key_of(old, key[0] if key else None), _key_of(new, key[1] if key else None)
    where = dict(group=new.group, old_page=old.first_page, new_page=new.first_page)
    out: list[Change] = []
    renumbered = bool(key) and comparable(old_key) != comparable(new_key) and all(
        _REFERENCE.match(k or "") for k in (old_key, new_key))
    if renumbered:
        out.append(Change(type="renumbered", key=new_key, old_key=old_key, new_key=new_key, column=key[1] if key else None,
                          old=old_key, new=new_key, **where))
    if comparable(old.group) != comparable(new.group):
        out.append(Change(type="moved", key=new_key, old_key=old_key, new_key=new_key, old=old.group, new=new.group, **where))
    for old_col, new_col in columns.items():
        if renumbered and key and old_col == key[0]:
            continue
        x, y = old.cells.get(old_col) or "", new.cells.get(new_col) or ""
        if comparable(x) == comparable(y):
            continue
        kind, delta = classify(new_col, x, y)
        out.append(Change(type="changed", key=new_key, old_key=old_key, new_key=new_key, column=new_col,
                          old=tidy(x), new=tidy(y), kind=kind, delta=delta,
                          words=word_changes(x, y) if kind == "text" else [], **where))
    return out


def _paired(a: Sheet, b: Sheet, pair: Pair) -> TableDiff:
    columns = pair.columns
    key = (a.key, b.key) if a.key and b.key else detect_key(a.rows, b.rows, columns)
    matches = match_rows(a.rows, b.rows, columns, key)
    matched_old = {m.old: m for m in matches}
    matched_new = {m.new for m in matches}
    # changes in the new version's order; a removed row after the old row before it
    ordered: list[tuple[float, int, Change]] = []
    for m in matches:
        for n, c in enumerate(_row_changes(a, b, m, columns, key)):
            ordered.append((m.new, n, c))
    last_new = -0.5
    for i, row in enumerate(a.rows):
        if i in matched_old:
            last_new = matched_old[i].new
            continue
        if is_placeholder(row, len(a.columns)):
            continue
        k = _key_of(row, key[0] if key else None)
        ordered.append((last_new + 0.5, i, Change(type="removed", key=k, old_key=k, group=row.group,
                                                  old=_whole(row, a.columns), old_page=row.first_page)))
    for j, row in enumerate(b.rows):
        if j not in matched_new and not is_placeholder(row, len(b.columns)):
            k = _key_of(row, key[1] if key else None)
            ordered.append((j, 0, Change(type="added", key=k, new_key=k, group=row.group,
                                         new=_whole(row, b.columns), new_page=row.first_page)))
    changes = [c for _, _, c in sorted(ordered, key=lambda t: (t[0], t[1]))]
    renamed = {o: n for o, n in columns.items() if o != n}
    return TableDiff(
        old_title=a.title, new_title=b.title, kind=b.kind if b.kind != "other" else a.kind,
        key_column=key[1] if key else None, old_pages=list(a.pages), new_pages=list(b.pages), rows=len(b.rows),
        renamed_columns=renamed, added_columns=[c for c in b.columns if c not in columns.values()],
        removed_columns=[c for c in a.columns if c not in columns], summary=count_changes(changes), changes=changes)


def diff_sheets(old: list[Sheet], new: list[Sheet]) -> list[TableDiff]:
    """One TableDiff per pair of tables, then one per table without a partner."""
    pairs = pair_sheets(old, new)
    out = [_paired(old[p.old], new[p.new], p) for p in pairs]
    paired_old, paired_new = {p.old for p in pairs}, {p.new for p in pairs}
    out += [TableDiff(old_title=s.title, kind=s.kind, status="removed", old_pages=list(s.pages), rows=len(s.rows),
                      summary=count_changes([]))
            for i, s in enumerate(old) if i not in paired_old]
    out += [TableDiff(new_title=s.title, kind=s.kind, status="added", new_pages=list(s.pages), rows=len(s.rows),
                      summary=count_changes([]))
            for j, s in enumerate(new) if j not in paired_new]
    return out


def _all_scanned(pack: Pack) -> bool:
    return pack.source.pages > 0 and len(set(pack.source.scanned_pages)) >= pack.source.pages


def diff_packs(old: Pack, new: Pack) -> PackDiff:
    """The changes from `old` to `new`. Raises DiffError when the two cannot be compared: a
    version with no text layer, or two documents that share no table."""
    for label, pack in (("old", old), ("new", new)):
        if _all_scanned(pack):
            raise DiffError(f"{pack.source.file}: the {label} version is scanned (no text layer): nothing to compare")
    a, b = sheets_of(old), sheets_of(new)
    if not a or not b:
        empty = " and ".join(p.source.file for p, s in ((old, a), (new, b)) if not s)
        raise DiffError(f"no table pairs: no table or minutes found in {empty}")
    tables = diff_sheets(a, b)
    if not any(t.status == "paired" for t in tables):
        raise DiffError(f"no table pairs: {old.source.file} and {new.source.file} share no table; "
                        "are they versions of one document?")
    warnings = []
    for label, pack in (("old", old), ("new", new)):
        if pack.source.scanned_pages:
            warnings.append(f"{label} version: pages {', '.join(map(str, pack.source.scanned_pages))} are scanned "
                            "(no text layer) and not compared")
    every = [c for t in tables for c in t.changes]
    return PackDiff(old=_source(old), new=_source(new), summary=count_changes(every), tables=tables, warnings=warnings)

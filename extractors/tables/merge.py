"""Tables joined across page breaks: the logical tables of consecutive pages become one table
where the next page's table carries on the last one.

A table continues on the next page when it is the last thing on its page, the next part is the
first thing on the next one, their columns line up (or their headers name the same columns) and
no new heading stands above the next part. A repeated header is dropped and a row split by the
page break is joined into one. A table too wide for its page, printed in parts with the same
rows on consecutive pages, has its columns put side by side.
"""

from __future__ import annotations

import re

from agendapack.extractors.tables.logical import same_header, unique_names
from agendapack.extractors.tables.model import LogicalRow, LogicalTable, PageTable, is_number
from agendapack.extractors.tables.settings import DEFAULT_TABLE_SETTINGS, TableSettings

__all__ = ["merge_across_pages"]


def merge_across_pages(tables: list[LogicalTable], s: TableSettings = DEFAULT_TABLE_SETTINGS) -> list[LogicalTable]:
    """The tables of a document in reading order, each joined to the one before it where it
    carries that one on down the next page, or beside it (the same rows, other columns)."""
    out: list[LogicalTable] = []
    for t in tables:
        prev = out[-1] if out else None
        if prev is not None and _continues(prev, t, s) and _last_on_page(prev) and _first_on_page(t):
            _append(prev, t)
        elif prev is not None and _continues_sideways(prev, t):
            _append_columns(prev, t)
        else:
            out.append(t)
    return out


def _continues(prev: LogicalTable, nxt: LogicalTable, s: TableSettings) -> bool:
    a, b = prev.parts[-1], nxt.parts[0]
    if b.page != a.page + 1:
        return False
    if not _columns_match(a, b, s):
        # the header may name the same columns even where borders moved a little
        if not (nxt.header_rows and prev.header_rows and same_header(prev.columns, nxt.columns)):
            return False
    if nxt.header_rows and prev.header_rows and not same_header(prev.columns, nxt.columns):
        return False
    # a new heading above the next part starts a new table (unless it repeats the old title)
    if b.title and _key(b.title) not in {_key(a.title or ""), _key(prev.title or "")}:
        return False
    if nxt.title and nxt.title != b.title and _key(nxt.title) not in {_key(a.title or ""), _key(prev.title or "")}:
        return False
    return True


def _columns_match(a: PageTable, b: PageTable, s: TableSettings) -> bool:
    if a.n_cols != b.n_cols:
        return False
    wa = a.bbox[2] - a.bbox[0]
    wb = b.bbox[2] - b.bbox[0]
    if abs(wa - wb) > 0.05 * max(wa, wb):
        return False
    ea = [x - a.bbox[0] for x in a.col_edges()]
    eb = [x - b.bbox[0] for x in b.col_edges()]
    return all(abs(x - y) <= s.continue_column_tolerance * max(wa, wb) for x, y in zip(ea, eb))


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _last_on_page(t: LogicalTable) -> bool:
    return not t.parts[-1].text_below


def _first_on_page(t: LogicalTable) -> bool:
    part = t.parts[0]
    if not part.text_above:
        return True
    # only a (repeated) heading sits above it
    return part.title is not None and part.bbox[1] <= part.page_height * DEFAULT_TABLE_SETTINGS.continue_top_share


def _append(prev: LogicalTable, t: LogicalTable) -> None:
    rows = t.rows
    if not t.header_rows and rows and prev.header:
        # header repeated but not recognised as such on this part: drop rows equal to it
        while rows and same_header(rows[0].cells, prev.header[-1]):
            rows = rows[1:]
    if rows and prev.rows and _is_continuation_row(prev.rows[-1], rows[0]) and rows[0].group is None:
        last = prev.rows[-1]
        last.cells = [_join_cell(a, b) for a, b in zip(last.cells, rows[0].cells)]
        if rows[0].pages[0] not in last.pages:
            last.pages.append(rows[0].pages[0])
        rows = rows[1:]
    current_group = prev.rows[-1].group if prev.rows else None
    for r in rows:
        if r.group is None:
            r.group = current_group
        else:
            current_group = r.group
        prev.rows.append(r)
    for g in t.groups:
        if g not in prev.groups:
            prev.groups.append(g)
    prev.group_values.update(t.group_values)
    prev.parts.extend(t.parts)
    if t.pages[0] not in prev.pages:
        prev.pages.extend(p for p in t.pages if p not in prev.pages)


def _is_continuation_row(prev: LogicalRow, row: LogicalRow) -> bool:
    """A row split by a page break: its first cell (the key) is empty while the previous row
    had one, or its text starts mid-sentence."""
    if not prev.cells or not row.cells:
        return False
    filled = [t for t in row.cells if t]
    if not filled:
        return False
    if not row.cells[0] and prev.cells[0] and len(row.cells) > 1:
        return True
    first = next(t for t in row.cells if t)
    if first[:1].islower() and not is_number(first):
        return True
    return False


def _join_cell(a: str, b: str) -> str:
    if not a:
        return b
    if not b:
        return a
    sep = "\n" if b[:1] in DEFAULT_TABLE_SETTINGS.bullets and (len(b) > 1 and b[1] == " ") else " "
    return a + sep + b


def _continues_sideways(prev: LogicalTable, t: LogicalTable) -> bool:
    """A table too wide for its page printed in parts: the same rows (same keys in the first
    column) with other columns on the next page."""
    a, b = prev.parts[-1], t.parts[0]
    if b.page != a.page + 1 or len(prev.rows) != len(t.rows) or len(t.rows) < 2:
        return False
    if prev.pages[-1] != a.page or len(prev.parts) > 1 and prev.parts[-2].page == a.page:
        return False
    if (b.title or t.title) and _key(t.title or b.title or "") != _key(prev.title or a.title or ""):
        return False
    same = sum(1 for x, y in zip(prev.rows, t.rows) if x.cells[0] and x.cells[0] == y.cells[0])
    return same >= 0.8 * len(t.rows) and prev.columns[0] == t.columns[0]


def _append_columns(prev: LogicalTable, t: LogicalTable) -> None:
    for j, name in enumerate(t.columns):
        if name in prev.columns:
            i = prev.columns.index(name)
            if all(x.cells[i] == y.cells[j] for x, y in zip(prev.rows, t.rows)):
                continue
        new = unique_names(prev.columns + [name])[-1]
        prev.columns.append(new)
        for x, y in zip(prev.rows, t.rows):
            x.cells.append(y.cells[j])
    for x, y in zip(prev.rows, t.rows):
        for p in y.pages:
            if p not in x.pages:
                x.pages.append(p)
    prev.parts.extend(t.parts)
    prev.pages.extend(p for p in t.pages if p not in prev.pages)

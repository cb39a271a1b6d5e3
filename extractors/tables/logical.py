"""A page table as a logical table: which rows are its header, what its columns are called,
which rows are section banners (row groups) rather than data, and how a ruled row holding a
band of one-line entries splits into one row per entry. A banner is a label alone in its row:
spanning the table, in bold or capitals among rows of entries that are not, or heading keys
indented deeper below it (an account hierarchy) without an account code of its own: a parent
account printed with its code ("4000 · Personal") is a row of the ledger, as a reader counts it.

`build_logical` reads one page table on its own; joining the logical tables of consecutive
pages is `tables/merge.py`'s work, and finding the page tables `tables/find.py`'s. Rules are
about type styles, geometry and the shape of text, never about a council's wording.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from rapidfuzz import fuzz

from agendapack.extractors.tables.cells import CellText, continues_text, entry_starts, right_limit
from agendapack.extractors.tables.model import LogicalRow, LogicalTable, PageTable, is_number
from agendapack.extractors.tables.settings import DEFAULT_TABLE_SETTINGS, TableSettings
from agendapack.extractors.text.layer import Line, all_caps

__all__ = ["ACCOUNT_CODE", "build_logical", "same_header", "unique_names"]

# a ruled row's text lines lined up across its cells: (top, {column: [(line text, starts an entry)]})
Slot = tuple[float, dict[int, list[tuple[str, bool]]]]


def _words(text: str) -> int:
    return len(text.split())

def _row_bold(pt: PageTable, r: int) -> float:
    tot = b = 0
    for c in range(pt.n_cols):
        if pt.origin[r][c] and pt.cells[r][c].text:
            n = len(pt.cells[r][c].text)
            tot += n
            b += n if pt.cells[r][c].bold else 0
    return b / tot if tot else 0.0


def _labelish(text: str) -> bool:
    """Short text that is not a figure: what column headings look like."""
    if not text:
        return True
    if _words(text) > 9 or is_number(text):
        return False
    return any(ch.isalpha() for ch in text) or text.strip() in {"%", "#", "No.", "£", "$", "€"}


# an account's code opening a ledger line: "4000 · Personal", "4000a Contracted Services", "51-200 Rates"
ACCOUNT_CODE = re.compile(r"^\d{3,6}[a-z]?(?:[-./]\d{1,6})*\s*(?:·|-|–|:)?\s+\S")


def _is_banner(pt: PageTable, r: int) -> bool:
    """A row whose text sits in one cell spanning (most of) the table: a section banner."""
    texts = [(c, pt.cells[r][c]) for c in range(pt.n_cols) if pt.origin[r][c] and pt.cells[r][c].text]
    if not texts or pt.n_cols < 2:
        return False
    c, ct = texts[0]
    if len(texts) == 1 and (ct.colspan >= max(2, (pt.n_cols + 1) // 2) or (ct.colspan >= 2 and c == 0)):
        return True
    # banner with subtotal figures at the right (e.g. a group total) - the label spans several
    # columns and every other text is a number
    if ct.colspan >= max(2, pt.n_cols // 2) and all(is_number(t.text) for _, t in texts[1:]):
        return True
    # an account heading in an indented hierarchy: only the first cell filled, the next row's
    # key set deeper (its sub-accounts follow, closed by their total)
    if len(texts) == 1 and c == 0 and pt.n_cols >= 3 and not pt.ruled and _heads_deeper_row(pt, r) \
            and not ACCOUNT_CODE.match(ct.text):
        return True  # (a parent account carrying its code, "4000 · Personal", is a row of the ledger)
    # unmerged banner: only the first cell filled, in bold (or in capitals), in a table whose
    # rows of entries are not (a bold total row is one of them, other banners are not)
    if len(texts) == 1 and c == 0 and pt.n_cols >= 3 and (ct.bold or all_caps(ct.text)):
        entries = [x for x in range(pt.n_rows) if x != r and _filled(pt, x) >= 2]
        if ct.bold:
            return sum(_row_bold(pt, x) >= 0.6 for x in entries) <= 0.3 * max(1, len(entries))
        return sum(all_caps(pt.cells[x][0].text) for x in entries) <= 0.3 * max(1, len(entries))
    return False


def _key_x(pt: PageTable, r: int) -> Optional[float]:
    lines = pt.cells[r][0].lines
    return min(ln.x0 for ln in lines) if lines else None


def _heads_deeper_row(pt: PageTable, r: int) -> bool:
    """Is the next row's key indented deeper than this row's (by at least an em)?"""
    if r + 1 >= pt.n_rows:
        return False
    here, below = _key_x(pt, r), _key_x(pt, r + 1)
    if here is None or below is None:
        return False
    return below - here >= max(pt.cells[r][0].size, 1.0)


def _filled(pt: PageTable, r: int) -> int:
    return sum(1 for c in range(pt.n_cols) if pt.origin[r][c] and pt.cells[r][c].text)


def _header_rows(pt: PageTable, s: TableSettings) -> int:
    """How many rows at the top of the table are its header."""
    n = pt.n_rows
    if n < 2:
        return 0
    body_bold = [_row_bold(pt, r) for r in range(n)]
    texts0 = [t for t in pt.row_texts(0) if t]
    if not texts0:
        return 0
    nonempty0 = len(texts0)
    bold_contrast = body_bold[0] >= 0.6 and sum(b >= 0.6 for b in body_bold[1:]) <= 0.5 * (n - 1)
    labels0 = all(_labelish(t) for t in texts0)
    if not (bold_contrast or labels0):
        return 0
    if nonempty0 < 2 and pt.n_cols > 1 and not (pt.cells[0][0].colspan > 1):
        return 0
    if not bold_contrast:
        # plain-styled label row: needs a body that differs - numbers, or longer text below
        below = [pt.row_texts(r) for r in range(1, n)]
        longer = sum(1 for row in below for t in row if t and (_words(t) > 9 or is_number(t)))
        if longer == 0:
            return 0
        # a first row of the same shape as every other row is data
        if all(_labelish(t) for row in below for t in row if t) and not any(is_number(t) for row in below for t in row):
            return 0
    k = 1
    while k < min(s.header_max_rows, n - 1):
        texts = [t for t in pt.row_texts(k) if t]
        if not texts or _is_banner(pt, k):
            break
        if not any(pt.row_texts(k)[1:]):
            break  # only the first column: a section label or data, not a column heading
        spanning_above = any(pt.cells[k - 1][c].colspan > 1 and pt.origin[k - 1][c] for c in range(pt.n_cols))
        short = all(_words(t) <= 3 and _labelish(t) for t in texts)
        same_bold = bold_contrast and body_bold[k] >= 0.6
        fewer = len(texts) < pt.n_cols
        vertical_span = any(pt.cells[k][c] is pt.cells[k - 1][c] for c in range(pt.n_cols))
        labels = all(_labelish(t) for t in texts)
        # sub-headings printed under a header cell that spans several columns ("RAG rating"
        # over "Latest" and "Previous") are header, whatever their weight
        new_cols = [c for c in range(pt.n_cols) if pt.origin[k][c] and pt.cells[k][c].text and pt.cells[k][c] is not pt.cells[k - 1][c]]
        under_span = bool(new_cols) and all(
            any(pt.cells[k - 1][c].colspan > 1 and pt.cells[k - 1][c].text for _ in [0]) or _covered_by_span(pt, k - 1, c)
            for c in new_cols
        )
        if bold_contrast:
            # a bold header goes on while rows stay bold
            is_header = (same_bold and labels) or (under_span and labels and all(_words(pt.cells[k][c].text) <= 3 for c in new_cols))
        else:
            is_header = (short and (fewer or spanning_above or vertical_span)) or (spanning_above and labels)
        if is_header:
            k += 1
            continue
        break
    return k


def _caption_rows(pt: PageTable, rows: list[list[str]], h: int) -> set[int]:
    """Leading header rows that caption the whole table rather than name columns: one text
    spread over most of the width ("PUBLIC WORKS"), or a label with its value
    ("Levy Increase: 4.66%")."""
    out: set[int] = set()
    for r in range(h - 1):
        cells: list[tuple[CellText, int]] = []
        for c in range(pt.n_cols):
            cell = pt.cells[r][c]
            if rows[r][c] and cell.text and (not cells or cells[-1][0] is not cell):
                cells.append((cell, c))
        texts = [rows[r][c] for _, c in cells]
        if not texts:
            break
        width = sum(1 for c in range(pt.n_cols) if rows[r][c])
        one_wide = len(set(texts)) == 1 and width >= 0.75 * pt.n_cols and pt.n_cols > 2
        label_value = len(texts) <= 3 and any(re.search(r":\s*$", t) for t in texts) and any(re.search(r"\d", t) for t in texts)
        if one_wide or label_value:
            out.add(r)
        else:
            break
    return out


def _covered_by_span(pt: PageTable, r: int, c: int) -> bool:
    """Whether column c of row r lies under a cell of that row that spans several columns."""
    cell = pt.cells[r][c]
    return cell.colspan > 1 and bool(cell.text)


def _figure_column(pt: PageTable, h: int, c: int) -> Optional[bool]:
    """Whether the body cells of column c are mostly figures (None: the column is empty)."""
    texts = [pt.cells[r][c].text for r in range(h, pt.n_rows) if pt.origin[r][c] and pt.cells[r][c].text]
    if not texts:
        return None
    return sum(map(is_number, texts)) * 2 > len(texts)


def _column_names(pt: PageTable, h: int) -> tuple[list[str], list[list[str]]]:
    rows = [[" ".join(pt.cells[r][c].text.split()) for c in range(pt.n_cols)] for r in range(h)]
    # an empty upper header cell right of a filled one belongs to it (spreadsheet-style groups),
    # unless it heads a column of another kind (a text column after figures heads no group; an
    # empty column, nothing entered yet, may be of either kind)
    kinds = [_figure_column(pt, h, c) for c in range(pt.n_cols)]
    for r in range(h - 1):
        last = ""
        for c in range(pt.n_cols):
            if rows[r][c]:
                last = rows[r][c]
            elif (last and pt.cells[r][c] is not pt.cells[r + 1][c] and any(rows[x][c] for x in range(r + 1, h))
                  and (None in (kinds[c], kinds[c - 1]) or kinds[c] == kinds[c - 1])):
                if c > 0 and rows[r][c - 1] == last:
                    rows[r][c] = last
    captions = _caption_rows(pt, rows, h)
    # a column is named by every header text above it, top down: "RAG rating / Latest" keeps
    # the spanning group heading; a cell spanning several header rows counts once
    names = []
    for c in range(pt.n_cols):
        path = []
        prev_cell = None
        for r in range(h):
            if r in captions:
                continue
            cell = pt.cells[r][c]
            if cell is not prev_cell and rows[r][c]:
                path.append(rows[r][c])
            prev_cell = cell
        names.append(" / ".join(path))
    return names, rows


def unique_names(names: list[str]) -> list[str]:
    out = []
    for i, n in enumerate(names):
        n = n or f"(column {i + 1})"
        base, k = n, 2
        while n in out:
            n = f"{base} ({k})"
            k += 1
        out.append(n)
    return out


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def same_header(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b):
        return False
    ta, tb = _norm(" ".join(a)), _norm(" ".join(b))
    if not ta or not tb:
        return False
    return fuzz.ratio(ta, tb) >= 85


def build_logical(pt: PageTable, s: TableSettings = DEFAULT_TABLE_SETTINGS) -> LogicalTable:
    """One page table as a logical table (header read, banners as groups)."""
    title = pt.title
    start = 0
    # leading caption rows inside the frame (one cell spanning the whole table) are the title
    while start < pt.n_rows - 1 and _is_banner(pt, start) and pt.cells[start][0].colspan == pt.n_cols and _labelish(
        pt.cells[start][0].text
    ) and _words(pt.cells[start][0].text) <= 12 and start == 0:
        title = pt.cells[start][0].text
        start += 1
    sub = _slice(pt, start)
    h = _header_rows(sub, s)
    names, header = _column_names(sub, h) if h else ([""] * sub.n_cols, [])
    lt = LogicalTable(columns=unique_names(names), title=title, ruled=pt.ruled, header_rows=h, header=header,
                      pages=[pt.page], parts=[pt])
    group = None
    bands = _list_bands(sub, h, s) if pt.ruled else {}
    for r in range(h, sub.n_rows):
        if r in bands:
            for cells in bands[r]:
                lt.rows.append(LogicalRow(cells, [pt.page], group, 0.0))
            continue
        if _is_banner(sub, r):
            texts = [(c, sub.cells[r][c]) for c in range(sub.n_cols) if sub.origin[r][c] and sub.cells[r][c].text]
            group = texts[0][1].text
            if group not in lt.groups:
                lt.groups.append(group)
            extra = {lt.columns[c]: t.text for c, t in texts[1:]}
            if extra:
                lt.group_values[group] = extra
            continue
        # a cell spanning columns is read once (in its first column); one spanning rows is
        # repeated on each row it covers, as a key printed once for several rows
        cells = [sub.cells[r][c].text if c == 0 or sub.cells[r][c - 1] is not sub.cells[r][c] else ""
                 for c in range(sub.n_cols)]
        top = min(sub.cells[r][c].top for c in range(sub.n_cols))
        lt.rows.append(LogicalRow(cells, [pt.page], group, top, _key_x(sub, r), sub.cells[r][0].size))
    return lt


def _slots(pt: PageTable, r: int, s: TableSettings, key_once: bool) -> list[Slot]:
    """Line slots of a ruled row: [(top, {col: [(line_text, starts_entry)]})] across columns."""
    items = []
    for c in range(pt.n_cols):
        ct = pt.cells[r][c]
        if not pt.origin[r][c] or ct.rowspan > 1 or (c == 0 and key_once):
            continue
        starts = entry_starts(ct.lines, right_limit(ct.lines, ct.x0, ct.x1), s)
        for k, (ln, new) in enumerate(zip(ct.lines, starts)):
            if k and _shading_changes(pt, ct.lines[k - 1], ln, ct.x0, ct.x1) and not _wraps_on(ct.lines[k - 1].text, ln.text):
                new = True  # each line on its own shaded band: one entry per line
            items.append((ln.top, c, ln.text, new, ln.size))
    items.sort()
    slots: list[Slot] = []
    for top, c, text, new, size in items:
        if not slots or top - slots[-1][0] > 0.5 * size:
            slots.append((top, {}))
        slots[-1][1].setdefault(c, []).append((text, new))
    return slots


def _wraps_on(prev: str, text: str) -> bool:
    """A line that carries on the one above: a sentence wrap, an open bracket, a note."""
    return continues_text(prev, text) or prev.count("(") > prev.count(")") or text.lstrip()[:1] in "(*"


def _shading_changes(pt: PageTable, above: Line, below: Line, x0: float, x1: float) -> bool:
    """Whether a filled band under one line ends, or another begins, between two lines of a
    cell: tables that shade entry by entry print one entry per band."""
    gap_top, gap_bottom = above.bottom - 1.0, below.top + 1.0
    for fx0, ftop, fx1, fbottom in pt.fills:
        if fx1 <= x0 or fx0 >= x1:
            continue
        band = fbottom - ftop
        if band > 2.5 * max(above.size, below.size):
            continue  # a cell's whole background, not a line's band
        if gap_top <= ftop <= gap_bottom or gap_top <= fbottom <= gap_bottom:
            return True
    return False


def _starts_list_item(text: str, s: TableSettings) -> bool:
    t = text.strip()
    return bool(t) and (t[0] in s.bullets and (t[0] not in "-–*" or t[1:2] == " "))


def _list_bands(pt: PageTable, h: int, s: TableSettings) -> dict[int, list[list[str]]]:
    """Ruled rows that are bands of one-line entries (a rule only every few entries, each entry
    with its figures on its own line) split into one row per entry; a key cell printed once for
    the band (its first column) is repeated on each.

    Only tables whose multi-line cells are mostly such lists, lined up across two or more
    columns, qualify: wrapped prose never does, because its lines break where the next word
    would not fit."""
    plans: dict[int, tuple[bool, list[list[Slot]]]] = {}
    transitions = hard = aligned = 0
    for r in range(h, pt.n_rows):
        if _is_banner(pt, r):
            continue
        key_once = pt.origin[r][0] and len(pt.cells[r][0].lines) == 1 and pt.cells[r][0].rowspan == 1
        slots = _slots(pt, r, s, key_once)
        if len(slots) < 2:
            continue
        if not key_once:
            return {}  # bands are keyed by one value printed once (a year, a date, a name)
        groups = [[slots[0]]]
        for slot in slots[1:]:
            transitions += 1
            if any(_starts_list_item(lines[0][0], s) for lines in slot[1].values()):
                return {}  # bullet lists are items inside one cell
            starts = [c for c, lines in slot[1].items() if lines[0][1]]
            if starts:
                hard += 1
                aligned += len(starts) >= 2
                groups.append([slot])
            else:
                groups[-1].append(slot)
        plans[r] = (key_once, groups)
    if transitions < 4 or hard < 0.6 * transitions or aligned < max(2, 0.1 * hard):
        return {}
    out: dict[int, list[list[str]]] = {}
    for r, (key_once, groups) in plans.items():
        if len(groups) < 2:
            continue
        rows = []
        for g in groups:
            row = [""] * pt.n_cols
            if key_once:
                row[0] = pt.cells[r][0].text
            for _, cols in g:
                for c, lines in cols.items():
                    row[c] = " ".join([row[c]] + [t for t, _ in lines]).strip() if row[c] else " ".join(t for t, _ in lines)
            rows.append(row)
        out[r] = rows
    return out


def _slice(pt: PageTable, start: int) -> PageTable:
    if start == 0:
        return pt
    return replace(pt, cells=pt.cells[start:], origin=[row[:] for row in pt.origin[start:]])

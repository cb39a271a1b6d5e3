"""Tables drawn without vertical rules: columns from aligned text (the "text" strategy).

Lines are cut into runs at column-sized gaps. A block of consecutive lines of which at least
`min_text_rows` have two or more runs, whose runs leave the same vertical gutters free, is a
table: the gutters are its column borders, each line with text in the first column starts a
row, a line with the first column empty continues the row above. Two-column blocks whose cells
hold prose (numbered paragraphs, bulleted text) are not tables.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from .pdf_reader import RawPage
from .table_settings import TableSettings
from .text_layer import Line


def _runs(ln: Line, s: TableSettings) -> list[tuple[float, float, str]]:
    runs: list[list] = []
    for w in ln.words:
        if runs and w.x0 - runs[-1][1] <= s.column_gap_em * max(w.size, 1.0):
            runs[-1][1] = w.x1
            runs[-1][2].append(w.text)
        else:
            runs.append([w.x0, w.x1, [w.text]])
    return [(a, b, " ".join(t)) for a, b, t in runs]


def _gutters(lines: list[Line], runs: dict[int, list], s: TableSettings) -> list[float]:
    """Column borders: x positions inside gaps that no multi-run line's run covers."""
    spans = sorted((a, b) for ln in lines if len(runs[id(ln)]) >= 2 for a, b, _ in runs[id(ln)])
    if not spans:
        return []
    merged = [list(spans[0])]
    for a, b in spans[1:]:
        if a <= merged[-1][1] + 0.5:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    size = sorted(ln.size for ln in lines)[len(lines) // 2]
    out = []
    for (a0, b0), (a1, b1) in zip(merged, merged[1:]):
        if a1 - b0 >= 0.8 * size:
            out.append((b0 + a1) / 2)
    return out


def _blocks(lines: list[Line], runs: dict[int, list], s: TableSettings) -> list[list[Line]]:
    """Runs of lines close together, each block holding at least `min_text_rows` multi-run lines."""
    out: list[list[Line]] = []
    cur: list[Line] = []
    for ln in lines:
        if cur:
            gap = ln.top - cur[-1].bottom
            if gap > s.max_row_gap_lines * max(ln.size, 1.0) or abs(ln.size - cur[-1].size) > 3:
                out.append(cur)
                cur = []
        cur.append(ln)
    if cur:
        out.append(cur)
    result = []
    for b in out:
        # trim single-run lines at both ends (titles, notes)
        while b and len(runs[id(b[0])]) < 2:
            b = b[1:]
        while b and len(runs[id(b[-1])]) < 2:
            b = b[:-1]
        if sum(1 for ln in b if len(runs[id(ln)]) >= 2) >= s.min_text_rows:
            result.append(b)
    return result


def _split_block(block: list[Line], runs: dict[int, list], s: TableSettings) -> list[list[Line]]:
    """Cut a block where a long single-run line (a paragraph) interrupts it."""
    parts, cur = [], []
    for ln in block:
        if len(runs[id(ln)]) < 2 and len(ln.text.split()) > 14:
            if cur:
                parts.append(cur)
            cur = []
        else:
            cur.append(ln)
    if cur:
        parts.append(cur)
    return [p for p in parts if sum(1 for ln in p if len(runs[id(ln)]) >= 2) >= s.min_text_rows]


_LIST_MARK = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlc]{1,5})[.):]?\)?$", re.I)


def _form_or_list(left: list[str]) -> bool:
    """A left column of 'Label:' fields (a form) or of item numbers (a numbered list)."""
    cells = [t.strip() for t in left if t.strip()]
    if not cells:
        return True
    marks = sum(1 for t in cells if t.endswith(":") or _LIST_MARK.match(t))
    return marks >= 0.6 * len(cells)


def text_tables(page: RawPage, chars, taken: Sequence[tuple], s: TableSettings,
                body_lines: Optional[Sequence[Line]] = None) -> list:
    from .table_cells import cell_text, lines_of
    from .tables import PageTable, _fix_text

    lines = list(body_lines) if body_lines is not None else lines_of(chars, page.number)

    def inside(ln: Line) -> bool:
        cy, cx = (ln.top + ln.bottom) / 2, (ln.x0 + ln.x1) / 2
        return any(b[0] - 2 <= cx <= b[2] + 2 and b[1] - 2 <= cy <= b[3] + 2 for b in taken)

    lines = sorted((ln for ln in lines if not inside(ln)), key=lambda ln: ln.top)
    if not lines:
        return []
    runs = {id(ln): _runs(ln, s) for ln in lines}
    out = []
    for block in _blocks(lines, runs, s):
        for part in _split_block(block, runs, s):
            pt = _table_from(part, runs, chars, page, s, cell_text, PageTable, _fix_text)
            if pt is not None:
                out.append(pt)
    return out


def _table_from(block, runs, chars, page, s, cell_text, PageTable, _fix_text):
    borders = _gutters(block, runs, s)
    if len(borders) + 1 < s.min_text_cols:
        return None
    x0 = min(ln.x0 for ln in block) - 1
    x1 = max(ln.x1 for ln in block) + 1
    xs = [x0] + borders + [x1]
    ncols = len(xs) - 1

    def col_of(x: float) -> int:
        for i in range(ncols):
            if x < xs[i + 1]:
                return i
        return ncols - 1

    # rows: a line with text in the first column starts a row; others continue it
    starts = []
    for i, ln in enumerate(block):
        first_col = col_of(runs[id(ln)][0][0])
        if i == 0 or first_col == 0:
            starts.append(ln.top - 1)
    ys = starts + [max(ln.bottom for ln in block) + 1]
    if len(ys) - 1 < s.min_text_rows:
        return None
    cells, origin = [], []
    for r in range(len(ys) - 1):
        row = []
        for c in range(ncols):
            ct = cell_text(chars, (xs[c], ys[r], xs[c + 1], ys[r + 1]), page.number, s)
            ct.text = _fix_text(ct.text)
            row.append(ct)
        cells.append(row)
        origin.append([True] * ncols)
    # prose guard: two "columns" of running text (numbered or bulleted paragraphs)
    filled = [c.text for row in cells for c in row if c.text]
    if not filled:
        return None
    avg_words = sum(len(t.split()) for t in filled) / len(filled)
    if ncols == 2 and avg_words > s.two_col_max_words:
        return None
    if avg_words > 3 * s.two_col_max_words:
        return None
    if ncols == 2 and _form_or_list([row[0].text for row in cells]):
        return None
    # every column must hold text in a fair share of rows
    nrows = len(cells)
    for c in range(ncols):
        if sum(1 for r in range(nrows) if cells[r][c].text) < max(1, 0.2 * nrows):
            return None
    top = ys[0]
    bottom = ys[-1]
    return PageTable(page.number, (x0, top, x1, bottom), cells, origin, ruled=False, strategy="text",
                     page_height=page.height, page_width=page.width)

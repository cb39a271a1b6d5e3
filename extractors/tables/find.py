"""Tables: find them on engine-neutral pages, read their cells, join them across page breaks.

    raw pages --(table_grid: rules / table_text: aligned text)--> page tables (cells on one page)
              (a ruled frame whose drawn rows hold stacked lines of figures is read by
               table_text inside the frame: one row per line)
              --(this module)--> logical tables: header recognised, repeated headers dropped,
                 rows split by a page break joined, section banners turned into row groups.

All thresholds live in `TableSettings` (extractors/table_settings.py). Nothing here knows a
council, a document or a phrase: rules are about geometry, type styles and the shape of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from rapidfuzz import fuzz

from agendapack.extractors.pdf.reader import RawPage
from agendapack.extractors.tables.cells import (
    CellText,
    CharIndex,
    cell_text,
    continues_text,
    drop_overprinted,
    entry_starts,
    right_limit,
)
from agendapack.extractors.tables.grid import Grid, ruled_grids
from agendapack.extractors.tables.settings import DEFAULT_TABLE_SETTINGS, TableSettings
from agendapack.extractors.text.layer import Line, lines_from_chars

__all__ = [
    "TableSettings",
    "DEFAULT_TABLE_SETTINGS",
    "PageTable",
    "LogicalTable",
    "LogicalRow",
    "find_page_tables",
    "extract_tables",
    "build_logical",
]

# running headers and footers live in this share of the page height at top and bottom
MARGIN_SHARE = 0.08
NUMBER_RE = re.compile(r"^[(\-–+]?[£$€]?\s?-?\d[\d,]*(?:\.\d+)?%?\)?[km]?$", re.I)
MONEY_SPLIT_RE = re.compile(r"([£$€]\s?-?\d) ([\d,]*\d(?:\.\d+)?)\b")


# ---- page tables -------------------------------------------------------------------------------


@dataclass
class PageTable:
    """A table as found on one page: a matrix of cells (a spanning cell fills every slot it
    covers; `origin[r][c]` is True only in its top-left slot)."""

    page: int
    bbox: tuple[float, float, float, float]
    cells: list[list[CellText]]
    origin: list[list[bool]]
    ruled: bool = True
    strategy: str = "lines"
    title: Optional[str] = None
    title_bottom: Optional[float] = None
    text_above: bool = False  # body text between the page top and the table
    text_below: bool = False
    page_height: float = 0.0
    page_width: float = 0.0
    # filled boxes inside the table (cell or line shading), (x0, top, x1, bottom)
    fills: list[tuple[float, float, float, float]] = field(default_factory=list)

    @property
    def n_rows(self) -> int:
        return len(self.cells)

    @property
    def n_cols(self) -> int:
        return len(self.cells[0]) if self.cells else 0

    def text(self, r: int, c: int) -> str:
        return self.cells[r][c].text if self.origin[r][c] else ""

    def row_texts(self, r: int) -> list[str]:
        return [self.text(r, c) for c in range(self.n_cols)]

    def col_edges(self) -> list[float]:
        edges = []
        for c in range(self.n_cols):
            xs = [self.cells[r][c].x0 for r in range(self.n_rows) if self.cells[r][c].colspan == 1]
            edges.append(min(xs) if xs else self.cells[0][c].x0)
        return edges


def _fix_text(text: str) -> str:
    # accounting-format amounts printed with the first digit apart: "$ 4 ,984.26" -> "$ 4,984.26"
    prev = None
    while prev != text:
        prev = text
        text = MONEY_SPLIT_RE.sub(r"\1\2", text)
    return text


def _grid_to_page_table(grid: Grid, chars, page: RawPage, s: TableSettings) -> Optional[PageTable]:
    nr, nc = grid.n_rows, grid.n_cols
    cells: list[list[Optional[CellText]]] = [[None] * nc for _ in range(nr)]
    origin = [[False] * nc for _ in range(nr)]
    for gc in grid.cells:
        ct = cell_text(chars, (gc.x0, gc.top, gc.x1, gc.bottom), page.number, s)
        ct.text = _fix_text(ct.text)
        ct.colspan, ct.rowspan = gc.colspan, gc.rowspan
        # a header-like cell spanning columns whose words sit one group per column is several cells
        for r in range(gc.row, gc.row + gc.rowspan):
            for c in range(gc.col, gc.col + gc.colspan):
                cells[r][c] = ct
        origin[gc.row][gc.col] = True
    for gc in grid.cells:
        if gc.colspan > 1:
            _split_spanning(cells, origin, gc, grid, chars, page, s)
    x0, top, x1, bottom = grid.bbox
    fills = [r for r in page.rects if r[0] >= x0 - 2 and r[2] <= x1 + 2 and r[1] >= top - 2 and r[3] <= bottom + 2]
    pt = PageTable(page.number, grid.bbox, cells, origin, ruled=True, strategy="lines",
                   page_height=page.height, page_width=page.width, fills=fills)
    return pt


def _split_spanning(cells, origin, gc, grid: Grid, chars, page: RawPage, s: TableSettings) -> None:
    """Split a column-spanning cell when its words fall one group into each spanned column."""
    ct = cells[gc.row][gc.col]
    if not ct.text:
        return
    words = [w for ln in ct.lines for w in ln.words]
    xs = grid.xs[gc.col : gc.col + gc.colspan + 1]
    buckets = [[] for _ in range(gc.colspan)]
    for w in words:
        k = None
        for i in range(gc.colspan):
            if xs[i] - 1 <= w.x0 and w.x1 <= xs[i + 1] + 1:
                k = i
        if k is None:
            return  # a word crosses a column border: a real spanning cell
        buckets[k].append(w)
    if any(not b for b in buckets):
        return
    for i in range(gc.colspan):
        box = (xs[i], gc.top, xs[i + 1], gc.bottom)
        sub = cell_text(chars, box, page.number, s)
        sub.rowspan = gc.rowspan
        for r in range(gc.row, gc.row + gc.rowspan):
            cells[r][gc.col + i] = sub
        origin[gc.row][gc.col + i] = True


def _page_lines(page: RawPage, chars) -> list[Line]:
    return lines_from_chars(chars, page.number)


def find_page_tables(page: RawPage, s: TableSettings = DEFAULT_TABLE_SETTINGS,
                     body_lines: Optional[Sequence[Line]] = None) -> list[PageTable]:
    """Tables on one page: ruled grids first, then (optionally) tables drawn with text alone."""
    chars = drop_overprinted(page.chars)
    out: list[PageTable] = []
    boxes = []  # every ruled box, tables or not: text inside them is no heading
    index = None
    for g in ruled_grids(page, s):
        if g.n_cols > 1 or g.n_rows > 1:
            boxes.append(g.bbox)
        if g.n_cols < s.min_cols and g.n_rows < s.min_rows:
            continue
        index = index or CharIndex(chars)
        pt = _grid_to_page_table(g, index, page, s)
        if pt is None:
            continue
        if s.text_strategy and _stacked_figures(pt, s):
            from agendapack.extractors.tables.text import table_in_frame

            alt = table_in_frame(page, chars, g.bbox, s)
            if alt is not None and alt.n_rows > pt.n_rows and alt.n_cols >= pt.n_cols:
                pt = alt
        _clean(pt)
        if pt.n_rows >= s.min_rows and pt.n_cols >= s.min_cols and _has_body(pt):
            out.append(pt)
    if s.text_strategy:
        from agendapack.extractors.tables.text import text_tables

        out.extend(text_tables(page, chars, [t.bbox for t in out], s, body_lines))
    lines = list(body_lines) if body_lines is not None else _page_lines(page, chars)
    for t in out:
        _context(t, lines, out, boxes)
    out.sort(key=lambda t: (t.bbox[1], t.bbox[0]))
    return out


def _stacked_figures(pt: PageTable, s: TableSettings) -> bool:
    """A ruled row whose cells hold lines of figures stacked one per text line, side by side
    across columns: rows drawn without rules between them."""
    for r in range(pt.n_rows):
        cols = [pt.cells[r][c] for c in range(pt.n_cols) if pt.origin[r][c] and pt.cells[r][c].rowspan == 1]
        tops: dict[int, list[bool]] = {}
        for ct in cols:
            for ln in ct.lines:
                tops.setdefault(round(ln.top), []).append(_is_number(ln.text))
        stacked = [v for v in tops.values() if len(v) >= 2 and sum(v) >= 0.6 * len(v)]
        if len(stacked) >= s.min_text_rows:
            return True
    return False


def _has_body(pt: PageTable) -> bool:
    filled = sum(1 for r in range(pt.n_rows) for c in range(pt.n_cols) if pt.text(r, c))
    return filled >= 2


def _clean(pt: PageTable) -> None:
    """Drop rows and columns with no text at all (spacers)."""
    keep_rows = [r for r in range(pt.n_rows) if any(pt.cells[r][c].text for c in range(pt.n_cols))]
    pt.cells = [pt.cells[r] for r in keep_rows]
    pt.origin = [pt.origin[r] for r in keep_rows]
    # a row whose spanning cells started above keeps them: restore origins lost with dropped rows
    seen = set()
    for r in range(pt.n_rows):
        for c in range(pt.n_cols):
            if id(pt.cells[r][c]) not in seen:
                seen.add(id(pt.cells[r][c]))
                pt.origin[r][c] = True
            elif pt.origin[r][c]:
                pt.origin[r][c] = False
    keep_cols = []
    for c in range(pt.n_cols):
        owns = any(
            pt.cells[r][c].text and pt.origin[r][c] for r in range(pt.n_rows)
        ) or any(
            pt.cells[r][c].text and pt.cells[r][c].colspan == 1 for r in range(pt.n_rows)
        )
        if owns:
            keep_cols.append(c)
    if len(keep_cols) != pt.n_cols:
        pt.cells = [[row[c] for c in keep_cols] for row in pt.cells]
        pt.origin = [[row[c] for c in keep_cols] for row in pt.origin]
        seen = set()
        for r in range(pt.n_rows):
            for c in range(pt.n_cols):
                pt.origin[r][c] = id(pt.cells[r][c]) not in seen
                seen.add(id(pt.cells[r][c]))


def _context(t: PageTable, lines: Sequence[Line], tables: list[PageTable], boxes=()) -> None:
    """Title (the heading just above the table) and whether body text lies above/below it."""
    x0, top, x1, bottom = t.bbox
    all_boxes = [o.bbox for o in tables] + list(boxes)

    def inside_any(ln: Line) -> bool:
        cy = (ln.top + ln.bottom) / 2
        return any(b[1] - 1 <= cy <= b[3] + 1 and b[0] - 1 <= (ln.x0 + ln.x1) / 2 <= b[2] + 1 for b in all_boxes)

    zone = MARGIN_SHARE * t.page_height
    all_lines = lines
    lines = [ln for ln in lines if ln.top >= zone and ln.bottom <= t.page_height - zone] if t.page_height else lines
    above = [ln for ln in lines if ln.bottom <= top + 1 and not inside_any(ln)]
    # only lines above this table and below any table higher up on the page count
    higher = [o.bbox[3] for o in tables if o is not t and o.bbox[3] <= top + 1]
    floor = max(higher) if higher else -1
    above = [ln for ln in above if ln.top >= floor - 1]
    t.text_above = bool(above)
    below = [ln for ln in lines if ln.top >= bottom - 1 and not inside_any(ln)]
    t.text_below = bool(below)
    above = [ln for ln in all_lines if ln.bottom <= top + 1 and ln.top >= floor - 1 and not inside_any(ln)]
    if above:
        t.title, t.title_bottom = _title_from(above, top)


def _heading_like(ln: Line, body: float) -> bool:
    words = len(ln.text.split())
    return words <= 20 and (ln.bold or ln.size >= body + 1.0 or ln.all_caps or words <= 8)


def _title_from(above: list[Line], top: float) -> tuple[Optional[str], Optional[float]]:
    """The heading nearest above a table: a short, bold, larger or capitalised line (a
    paragraph of introduction between heading and table is skipped over)."""
    ordered = sorted(above, key=lambda ln: -ln.bottom)
    sizes = sorted(ln.size for ln in above)
    body = sizes[len(sizes) // 2]
    limit = top - 12 * max(body, 6.0)
    for i, ln in enumerate(ordered):
        if ln.bottom < limit:
            break
        if not _heading_like(ln, body):
            continue
        # the last line of a paragraph is no heading: the line above it must be far or different
        up = ordered[i + 1] if i + 1 < len(ordered) else None
        if up is not None and ln.top - up.bottom <= 0.5 * ln.size and abs(up.size - ln.size) < 0.6 and up.bold == ln.bold and not _heading_like(up, body):
            continue
        # a stack of headings (title over subtitle): the most prominent one names the table
        stack = [ln]
        for other in ordered[i + 1 :]:
            if stack[-1].top - other.bottom <= 1.5 * max(other.size, stack[-1].size) and _heading_like(other, body):
                stack.append(other)
            else:
                break
        best = max(stack, key=lambda x: (round(x.size, 1), -stack.index(x)))
        k = stack.index(best)
        block = [best]
        for other in stack[k + 1 :]:  # a heading wrapped over lines of the same style
            if block[-1].top - other.bottom <= 0.6 * best.size and abs(other.size - best.size) < 0.6 and other.bold == best.bold:
                block.append(other)
            else:
                break
        block.reverse()
        for other in stack[:k][::-1]:
            if other.top - block[-1].bottom <= 0.6 * best.size and abs(other.size - best.size) < 0.6 and other.bold == best.bold:
                block.append(other)
            else:
                break
        return " ".join(x.text for x in block).strip(), ln.bottom
    return None, None


# ---- logical tables ----------------------------------------------------------------------------


@dataclass
class LogicalRow:
    cells: list[str]
    pages: list[int]
    group: Optional[str] = None
    top: float = 0.0


@dataclass
class LogicalTable:
    columns: list[str]
    rows: list[LogicalRow] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)
    title: Optional[str] = None
    ruled: bool = True
    header_rows: int = 0
    header: list[list[str]] = field(default_factory=list)
    parts: list[PageTable] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    group_values: dict[str, dict[str, str]] = field(default_factory=dict)


def _words(text: str) -> int:
    return len(text.split())


def _is_number(text: str) -> bool:
    return bool(NUMBER_RE.match(text.replace(" ", ""))) if text else False


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
    if _words(text) > 9 or _is_number(text):
        return False
    return any(ch.isalpha() for ch in text) or text.strip() in {"%", "#", "No.", "£", "$", "€"}


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
    if ct.colspan >= max(2, pt.n_cols // 2) and all(_is_number(t.text) for _, t in texts[1:]):
        return True
    # unmerged banner: only the first cell filled, in bold, in a table whose rows are not bold
    if len(texts) == 1 and c == 0 and ct.bold and pt.n_cols >= 3:
        others = [_row_bold(pt, x) for x in range(pt.n_rows) if x != r]
        return sum(b >= 0.6 for b in others) <= 0.3 * max(1, len(others))
    return False


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
        longer = sum(1 for row in below for t in row if t and (_words(t) > 9 or _is_number(t)))
        if longer == 0:
            return 0
        # a first row of the same shape as every other row is data
        if all(_labelish(t) for row in below for t in row if t) and not any(_is_number(t) for row in below for t in row):
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
        cells = []
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


def _column_names(pt: PageTable, h: int) -> tuple[list[str], list[list[str]]]:
    rows = [[" ".join(pt.cells[r][c].text.split()) for c in range(pt.n_cols)] for r in range(h)]
    # an empty upper header cell right of a filled one belongs to it (spreadsheet-style groups)
    for r in range(h - 1):
        last = ""
        for c in range(pt.n_cols):
            if rows[r][c]:
                last = rows[r][c]
            elif last and pt.cells[r][c] is not pt.cells[r + 1][c] and any(rows[x][c] for x in range(r + 1, h)):
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


def _unique(names: list[str]) -> list[str]:
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


def _same_header(a: list[str], b: list[str]) -> bool:
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
    lt = LogicalTable(columns=_unique(names), title=title, ruled=pt.ruled, header_rows=h, header=header,
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
        lt.rows.append(LogicalRow(cells, [pt.page], group, top))
    return lt


def _slots(pt: PageTable, r: int, s: TableSettings, key_once: bool):
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
    slots: list[tuple[float, dict]] = []
    for top, c, text, new, size in items:
        if not slots or top - slots[-1][0] > 0.5 * size:
            slots.append((top, {}))
        slots[-1][1].setdefault(c, []).append((text, new))
    return slots


def _wraps_on(prev: str, text: str) -> bool:
    """A line that carries on the one above: a sentence wrap, an open bracket, a note."""
    return continues_text(prev, text) or prev.count("(") > prev.count(")") or text.lstrip()[:1] in "(*"


def _shading_changes(pt: PageTable, above, below, x0: float, x1: float) -> bool:
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
    plans: dict[int, list] = {}
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
    return PageTable(pt.page, pt.bbox, pt.cells[start:], [row[:] for row in pt.origin[start:]], pt.ruled,
                     pt.strategy, pt.title, pt.title_bottom, pt.text_above, pt.text_below, pt.page_height,
                     pt.page_width, pt.fills)


# ---- across pages ---------------------------------------------------------------------------


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


def _continues(prev: LogicalTable, nxt: LogicalTable, s: TableSettings) -> bool:
    a, b = prev.parts[-1], nxt.parts[0]
    if b.page != a.page + 1:
        return False
    if not _columns_match(a, b, s):
        # the header may name the same columns even where borders moved a little
        if not (nxt.header_rows and prev.header_rows and _same_header(prev.columns, nxt.columns)):
            return False
    if nxt.header_rows and prev.header_rows and not _same_header(prev.columns, nxt.columns):
        return False
    # a new heading above the next part starts a new table (unless it repeats the old title)
    if b.title and _key(b.title) not in {_key(a.title or ""), _key(prev.title or "")}:
        return False
    if nxt.title and nxt.title != b.title and _key(nxt.title) not in {_key(a.title or ""), _key(prev.title or "")}:
        return False
    return True


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


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
        new = _unique(prev.columns + [name])[-1]
        prev.columns.append(new)
        for x, y in zip(prev.rows, t.rows):
            x.cells.append(y.cells[j])
    for x, y in zip(prev.rows, t.rows):
        for p in y.pages:
            if p not in x.pages:
                x.pages.append(p)
    prev.parts.extend(t.parts)
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
    if first[:1].islower() and not _is_number(first):
        return True
    return False


def _join_cell(a: str, b: str) -> str:
    if not a:
        return b
    if not b:
        return a
    sep = "\n" if b[:1] in DEFAULT_TABLE_SETTINGS.bullets and (len(b) > 1 and b[1] == " ") else " "
    return a + sep + b


def merge_across_pages(tables: list[LogicalTable], s: TableSettings = DEFAULT_TABLE_SETTINGS) -> list[LogicalTable]:
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
        while rows and _same_header(rows[0].cells, prev.header[-1]):
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


def page_logical_tables(page: RawPage, s: TableSettings = DEFAULT_TABLE_SETTINGS,
                        body_lines: Optional[Sequence[Line]] = None, ruled_only: bool = False) -> list[LogicalTable]:
    """The tables of one page, each with its header and rows worked out, not yet joined to the
    tables of the pages around it (`merge_across_pages` does that)."""
    found = find_page_tables(page, s.with_(text_strategy=False) if ruled_only else s, body_lines)
    tables = [build_logical(pt, s) for pt in found]
    # the lines each cell was read from served to build the rows; joining tables across pages
    # reads the parts' geometry and text only, and the lines are most of a table's memory (and
    # of what a page shard sends back)
    for pt in found:
        for row in pt.cells:
            for cell in row:
                cell.lines = []
    return tables


def extract_tables(pages: Sequence[RawPage], s: TableSettings = DEFAULT_TABLE_SETTINGS,
                   body_lines: Optional[dict[int, Sequence[Line]]] = None,
                   no_text_pages: frozenset[int] | set[int] = frozenset()) -> list[LogicalTable]:
    """All tables of a document, in reading order, joined across page breaks.

    `body_lines` (page -> lines without running headers and footers) helps tell where a table
    ends; pages in `no_text_pages` are searched for ruled tables only."""
    logical: list[LogicalTable] = []
    for page in pages:
        lines = body_lines.get(page.number) if body_lines is not None else None
        logical += page_logical_tables(page, s, lines, ruled_only=page.number in no_text_pages)
    return merge_across_pages(logical, s)

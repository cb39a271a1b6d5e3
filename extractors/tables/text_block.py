"""One block of lines read as a table without vertical rules: columns from aligned text, rows
from lines, cells from words (the "text" strategy; tables/text.py finds the blocks).

Columns: every word of the block is projected onto the x axis; a gutter is a stretch no line
puts a word in (header lines at the top and one-run section labels may cross it: their text
becomes a cell spanning columns). A gutter narrower than a column gap must have figures beside
it - a narrow gap between words is a river in text. Rows: each line starts a row unless it
carries on the row above (a wrapped key, a wrapped text cell, figures centred on a two-line
key). Cells are read from the words of each group, never cut at a border. A column only the
header names (nothing entered yet, or a few figures) is a column; a column of currency signs
printed apart from their amounts joins the amounts.

Not tables: two columns of prose (long cells, numbered or bulleted paragraphs), a column of
running text, lines running across the gutters, text printed over a chart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from agendapack.extractors.pdf.types import Char, RawPage
from agendapack.extractors.tables.cells import CellText, cell_text, continues_text
from agendapack.extractors.tables.model import CURRENCY_SIGNS, PageTable, fix_text, is_number
from agendapack.extractors.tables.settings import TableSettings
from agendapack.extractors.text.dates import YEAR_RE, YEAR_SPAN_RE
from agendapack.extractors.text.layer import Line, Word

__all__ = ["BlockReader", "Run", "Runs", "gutters_of", "header_lines", "runs_of"]

Box = tuple[float, float, float, float]
# a run of words with no column-sized gap inside: (x0, x1, text)
Run = tuple[float, float, str]
# the runs of each line of a block, by id(line)
Runs = dict[int, list[Run]]
# a line's words grouped into one cell: (first column, last column, words)
LineCell = tuple[int, int, list[Word]]


def runs_of(ln: Line, s: TableSettings) -> list[Run]:
    """A line's words in runs, parted where the gap between two words is column-sized."""
    runs: list[list] = []  # [x0, x1, [word texts]]
    for w in ln.words:
        if runs and w.x0 - runs[-1][1] <= s.column_gap_em * max(w.size, 1.0):
            runs[-1][1] = w.x1
            runs[-1][2].append(w.text)
        else:
            runs.append([w.x0, w.x1, [w.text]])
    return [(a, b, " ".join(t)) for a, b, t in runs]


def split_at_column_edges(lines: list[Line], runs: Runs, s: TableSettings) -> None:
    """Runs of heads set flush right over figure columns, closer than a column gap ("Actual to 31
    Projected to 31", "Mar Budget 2024/25" over wrapped heads), parted where a word ends on a
    column's right edge: every part must end on one, the last too, so that prose crossing the
    columns is never cut. The edges are where three or more figures end. Edits `runs` in place."""
    edges = figure_edges(lines, runs, s)
    if len(edges) < 2:
        return

    def on_edge(x: float) -> bool:
        return any(abs(x - e) <= 1.0 for e in edges)

    for ln in lines:
        out: list[Run] = []
        for r in runs[id(ln)]:
            words = _run_words(ln, r)
            cuts = [k for k, w in enumerate(words[:-1]) if on_edge(w.x1)]
            if not cuts or not on_edge(words[-1].x1):
                out.append(r)
                continue
            start = 0
            for k in cuts + [len(words) - 1]:
                part = words[start:k + 1]
                out.append((part[0].x0, part[-1].x1, " ".join(w.text for w in part)))
                start = k + 1
        runs[id(ln)] = out


def figure_edges(lines: list[Line], runs: Runs, s: TableSettings) -> list[float]:
    """Where columns of figures set flush right end: three or more figures (each ending a run
    other than its line's first) ending within a point of one another."""
    ends = sorted(w.x1 for ln in lines for r in runs[id(ln)][1:] for w in _run_words(ln, r)[-1:] if is_number(w.text))
    edges: list[float] = []
    group: list[float] = []
    for x in ends + [float("inf")]:
        if group and x - group[-1] > 1.0:
            if len(group) >= s.min_text_rows:
                edges.append(group[len(group) // 2])
            group = []
        group.append(x)
    return edges


def _run_words(ln: Line, r: Run) -> list[Word]:
    return [w for w in ln.words if w.x0 >= r[0] - 0.1 and w.x1 <= r[1] + 0.1]


@dataclass
class BlockReader:
    """One block of lines read as a table, step by step: the columns (borders mid-way across
    the gutters), then each line in turn (it starts a row, or carries on the row above), then
    each row's cells; `table()` drives the steps and gives up as soon as the block shows it is
    not a table. The fields are what the steps hand on to one another."""

    block: list[Line]
    runs: Runs
    chars: Sequence[Char]
    page: RawPage
    s: TableSettings
    # the gutters between columns, and the column borders from the left edge to the right one
    gutters: list[tuple[float, float]] = field(default_factory=list)
    xs: list[float] = field(default_factory=list)
    # for each line: its words grouped into cells, and its characters
    line_cells: list[list[LineCell]] = field(default_factory=list)
    line_chars: list[list[Char]] = field(default_factory=list)
    # the lines of each row, and the cells of the rows read so far
    rows: list[list[int]] = field(default_factory=list)
    cells: list[list[CellText]] = field(default_factory=list)
    origin: list[list[bool]] = field(default_factory=list)

    # where the columns start that only the header prints in (a year not yet spent), if any
    headed_from: Optional[float] = None
    # a remnant of a line or two at the head of a page: every run is a column of its own
    remnant: bool = False

    def _headed_only(self, left: float) -> bool:
        """Is the column whose left border is `left` one that only the header prints in?"""
        return self.headed_from is not None and left >= self.headed_from - 0.5

    def _headed_figures(self, xs: list[float], c: int) -> bool:
        """Does column `c` (between borders `xs`) have a heading of its own in the header lines
        and nothing but figures below them?"""
        def words_in(ln: Line) -> list[Word]:
            return [w for w in ln.words if xs[c] < (w.x0 + w.x1) / 2 <= xs[c + 1]]

        k = max(1, header_lines(self.block, self.runs))
        head = [w for ln in self.block[:k] for w in words_in(ln)]
        if not head or not any(ch.isalpha() for w in head for ch in w.text):
            return False
        body = [ws for ln in self.block[k:] if (ws := words_in(ln))]
        return bool(body) and all(is_number(ws[0].text) for ws in body)

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1

    def table(self) -> Optional[PageTable]:
        """The block as a page table, or None where it is no table."""
        if not self._find_columns():
            return None
        edges = figure_edges(self.block, self.runs, self.s)
        self.line_cells = [_cells_of_line(ln, self.gutters, self.s, edges) for ln in self.block]
        self._widen_to_shading()
        if self._crosses_gutters():
            return None
        # each line starts a row or carries on the last one
        for i in range(len(self.block)):
            if self.rows and self._continues_row(i):
                self.rows[-1].append(i)
            else:
                self.rows.append([i])
        if len(self.rows) < (1 if self.remnant else self.s.min_text_rows):
            return None
        self.line_chars = self._chars_by_line()
        # a row reaches down to the next row's first line
        tops = [self.block[row[0]].top - 1 for row in self.rows] + [max(ln.bottom for ln in self.block) + 1]
        for r, members in enumerate(self.rows):
            self._read_row(members, tops[r], tops[r + 1])
        if self._reads_as_prose() or self._sparse_column():
            return None
        bbox = (self.xs[0], tops[0], self.xs[-1], tops[-1])
        if _chart_marks(self.page, bbox) >= max(self.s.chart_min_marks, self.s.chart_marks_per_row * len(self.rows)):
            return None
        return PageTable(self.page.number, bbox, self.cells, self.origin, ruled=False, strategy="text",
                         page_height=self.page.height, page_width=self.page.width)

    # ---- columns ----

    def _find_columns(self) -> bool:
        """Column borders mid-way across the gutters; False when fewer than `min_text_cols`
        columns hold text on a fair share of lines (a stray gap is no column border)."""
        gutters = gutters_of(self.block, self.runs, self.s)
        headed = _headed_empty_columns(self.block, self.runs, self.s)
        gutters += headed
        self.headed_from = (headed[0][0] + headed[0][1]) / 2 if headed else None
        x0 = min(ln.x0 for ln in self.block) - 1
        x1 = max(ln.x1 for ln in self.block) + 1
        borders = [(a + b) / 2 for a, b in gutters]
        while borders:
            n = self._lines_per_column([x0] + borders + [x1])
            # a column only its heading prints in (nothing entered in it yet), or a headed column
            # of a few figures (a year only begun), is no stray gap
            xs = [x0] + borders + [x1]
            n = [len(self.block) if self._headed_only(xs[c]) or (k < len(self.block) and self._headed_figures(xs, c))
                 else k for c, k in enumerate(n)]
            weak = min(range(len(n)), key=lambda c: n[c])
            if n[weak] >= (1 if self.remnant else max(2, 0.1 * len(self.block))):
                break
            # merge the weak column into the neighbour across its narrower gutter
            if weak == 0:
                k = 0
            elif weak == len(n) - 1:
                k = weak - 1
            else:
                ga, gb = gutters[weak - 1], gutters[weak]
                k = weak - 1 if ga[1] - ga[0] <= gb[1] - gb[0] else weak
            del borders[k]
            del gutters[k]
        self._join_currency_columns(x0, x1, borders, gutters)
        self.gutters = gutters
        self.xs = [x0] + borders + [x1]
        return self.n_cols >= self.s.min_text_cols

    def _join_currency_columns(self, x0: float, x1: float, borders: list[float], gutters: list) -> None:
        """A column holding nothing but currency signs below the header is the sign of the
        amounts to its right, printed apart from them (accounting format): one column with
        them ("$ 31,125"). Edits `borders` and `gutters` in place."""
        k = header_lines(self.block, self.runs)
        body = self.block[k:]
        xs = [x0] + borders + [x1]
        for c in range(len(xs) - 3, -1, -1):
            words = [w.text for ln in body for w in ln.words if xs[c] < (w.x0 + w.x1) / 2 <= xs[c + 1]]
            if words and all(w in CURRENCY_SIGNS for w in words):
                del borders[c]
                del gutters[c]

    def _lines_per_column(self, xs: list[float]) -> list[int]:
        """For each column between borders `xs`, how many lines put a word in it."""
        n = [0] * (len(xs) - 1)
        for ln in self.block:
            for c in {_col(xs, (w.x0 + w.x1) / 2) for w in ln.words}:
                n[c] += 1
        return n

    def _widen_to_shading(self) -> None:
        """A heading centred in a shaded box that spans several columns - a merged header cell
        drawn without rules - spans the columns the box covers (up to its neighbours' cells).
        Header lines only, and boxes narrower than the table (a row band shades it all)."""
        head = _head_lines(self.block, self.runs, self.s)
        rects = [r for r in self.page.rects if r[2] - r[0] < 0.9 * (self.xs[-1] - self.xs[0])]
        if not head or not rects:
            return
        centres = [(x + y) / 2 for x, y in zip(self.xs, self.xs[1:])]
        for i in range(head):
            ln, cells = self.block[i], self.line_cells[i]
            out: list[LineCell] = []
            for k, (c0, c1, words) in enumerate(cells):
                a, b = words[0].x0, words[-1].x1
                box = next((r for r in rects if r[0] - 1 <= a and b <= r[2] + 1 and r[1] - 1 <= ln.top and ln.bottom <= r[3] + 1), None)
                if box is not None and abs((a + b) / 2 - (box[0] + box[2]) / 2) <= 0.1 * (box[2] - box[0]):
                    cols = [c for c, x in enumerate(centres) if box[0] <= x <= box[2]]
                    lo = out[-1][1] + 1 if out else 0
                    hi = cells[k + 1][0] - 1 if k + 1 < len(cells) else self.n_cols - 1
                    if cols and cols[0] <= c0 and c1 <= cols[-1]:
                        c0, c1 = max(cols[0], lo), min(cols[-1], hi)
                out.append((c0, c1, words))
            self.line_cells[i] = out

    def _crosses_gutters(self) -> bool:
        """Text lines running across the gutters below the header: prose, not a table."""
        head = _head_lines(self.block, self.runs, self.s)
        crossing = sum(1 for i in range(head, len(self.block)) if any(c1 > c0 for c0, c1, _ in self.line_cells[i]))
        return crossing > self.s.max_spanning_share * max(1, len(self.block) - head)

    # ---- lines into rows ----

    def _continues_row(self, i: int) -> bool:
        """Does line `i` carry on the last row rather than start a new one? Yes when it is
        printed beside the row's last line, a little lower; otherwise only when it lies close
        below and either wraps cells of the row (its first column empty) or holds nothing but
        a key that goes on from the row's key."""
        cells = self.line_cells[i]
        if not cells:
            return False
        last, ln = self.block[self.rows[-1][-1]], self.block[i]
        size = max(last.size, ln.size, 1.0)
        if self._beside_last_line(i, size):
            return True
        if ln.top - last.bottom > 0.8 * size:
            return False
        if len(self.rows) == 1 and self._wrapped_heads(self.rows[0], i):
            return True
        if cells[0][0] != 0:
            return self._wraps_cells_above(cells)
        if len(cells) == 1 and cells[0][1] == 0:
            return self._carries_on_key(i, size)
        return False

    def _beside_last_line(self, i: int, size: float) -> bool:
        """Figures centred on a key wrapped over two lines: the line overlaps the row's last
        line in height and fills other columns."""
        k = self.rows[-1][-1]
        last_cols = {c for c0, c1, _ in self.line_cells[k] for c in range(c0, c1 + 1)}
        cols = {c for c0, c1, _ in self.line_cells[i] for c in range(c0, c1 + 1)}
        return self.block[k].bottom - self.block[i].top >= 0.25 * size and not last_cols & cols

    def _wrapped_heads(self, first: list[int], i: int) -> bool:
        """The block's first lines are the first lines of heads wrapped over the columns and
        set on the header's last line ("Actual to 31" over "Item ... Dec ..."): words over the
        figure columns only, none in the key column, and line `i` holds words only too."""
        top = [cell for k in first for cell in self.line_cells[k]]
        texts = [" ".join(w.text for w in words) for _c0, _c1, words in top]
        below = [" ".join(w.text for w in words) for _c0, _c1, words in self.line_cells[i]]
        # a year over the columns of that year is a banner, a header row of its own
        return (all(0 < c0 == c1 for c0, c1, _w in top) and not any(YEAR_SPAN_RE.match(t) for t in texts)
                and all(not _NUMBERISH.match(t.replace(" ", "")) for t in texts + below))

    def _wraps_cells_above(self, cells: list[LineCell]) -> bool:
        """A wrapped cell: the line only adds words below text of the row, not figures of its own."""
        above: dict[int, str] = {}
        for k in self.rows[-1]:
            for c0, c1, words in self.line_cells[k]:
                for c in range(c0, c1 + 1):
                    above[c] = " ".join(w.text for w in words)
        for c0, _, _ in cells:
            text = above.get(c0)
            if text is None or _NUMBERISH.match(text.replace(" ", "")):
                return False
        return True

    def _carries_on_key(self, i: int, size: float) -> bool:
        """A key (first column) wrapped: the text runs on (lower case, a dangling "and"), or the
        line hangs indented under the key while the next line steps back out."""
        key = [words for k in self.rows[-1] for c0, _, words in self.line_cells[k] if c0 == 0]
        if not key:
            return False
        last = key[-1]
        words = self.line_cells[i][0][2]
        if continues_text(" ".join(w.text for w in last), " ".join(w.text for w in words)):
            return True
        if words[0].x0 > last[0].x0 + 0.5 * size and i + 1 < len(self.block):
            nxt = self.line_cells[i + 1]
            return bool(nxt) and nxt[0][0] == 0 and nxt[0][2][0].x0 <= key[0][0].x0 + 0.5 * size
        return False

    # ---- rows into cells ----

    def _chars_by_line(self) -> list[list[Char]]:
        """The characters of each line: those centred within its height."""
        band = [c for c in self.chars if self.block[0].top - 2 <= (c.top + c.bottom) / 2 <= self.block[-1].bottom + 2]
        return [[c for c in band if ln.top - 0.5 <= (c.top + c.bottom) / 2 <= ln.bottom + 0.5] for ln in self.block]

    def _read_row(self, members: list[int], top: float, bottom: float) -> None:
        """The cells of the row made of lines `members`, between `top` and `bottom`."""
        owner = self._owners(members)
        picked = self._chars_by_owner(members, owner)
        made: dict[int, CellText] = {}
        row: list[CellText] = []
        origin: list[bool] = []
        for c in range(self.n_cols):
            o = owner[c]
            origin.append(o not in made)
            if o not in made:
                made[o] = self._cell([k for k in range(self.n_cols) if owner[k] == o], picked.get(o, []), top, bottom)
            row.append(made[o])
        self.cells.append(row)
        self.origin.append(origin)

    def _owners(self, members: list[int]) -> list[int]:
        """For each column, the column whose cell it is part of: columns are joined by a group
        of words spanning them on any line of the row."""
        owner = list(range(self.n_cols))
        for i in members:
            for c0, c1, _ in self.line_cells[i]:
                for c in range(c0 + 1, c1 + 1):
                    old, new = owner[c], owner[c0]
                    owner = [new if o == old else o for o in owner]
        return owner

    def _chars_by_owner(self, members: list[int], owner: list[int]) -> dict[int, list[Char]]:
        """The characters of each cell: those of its words (a cell's text is never cut at a border)."""
        picked: dict[int, list[Char]] = {}
        for i in members:
            for c0, _, words in self.line_cells[i]:
                a, b = words[0].x0 - 0.5, words[-1].x1 + 0.5
                picked.setdefault(owner[c0], []).extend(ch for ch in self.line_chars[i] if a <= (ch.x0 + ch.x1) / 2 <= b)
        return picked

    def _cell(self, span: list[int], chars: list[Char], top: float, bottom: float) -> CellText:
        """One cell over columns `span`, read from `chars` within a box wide enough for all of them."""
        left, right = self.xs[span[0]], self.xs[span[-1] + 1]
        box = (min([left] + [ch.x0 for ch in chars]) - 1, top, max([right] + [ch.x1 for ch in chars]) + 1, bottom)
        ct = cell_text(chars, box, self.page.number, self.s)
        ct.x0, ct.x1 = left, right
        ct.text = fix_text(ct.text)
        ct.colspan = len(span)
        return ct

    # ---- what tells a table from prose ----

    def _reads_as_prose(self) -> bool:
        """Two "columns" of running text (numbered or bulleted paragraphs), a form or a numbered
        list, or a column of running text caught beside a table (or no text at all)."""
        n_rows, n_cols = len(self.cells), self.n_cols
        filled = [self.cells[r][c].text for r in range(n_rows) for c in range(n_cols)
                  if self.origin[r][c] and self.cells[r][c].text]
        if not filled:
            return True
        avg_words = sum(len(t.split()) for t in filled) / len(filled)
        if n_cols == 2 and avg_words > self.s.two_col_max_words:
            return True
        if avg_words > 3 * self.s.two_col_max_words:
            return True
        if n_cols == 2 and _form_or_list([row[0].text for row in self.cells]):
            return True
        return any(_running_text([self.cells[r][c].text for r in range(n_rows) if self.origin[r][c]])
                   for c in range(n_cols))

    def _sparse_column(self) -> bool:
        """A column holding text (of its own) in too few rows, unless the header heads it and
        it holds figures only (or nothing yet)."""
        n_rows = len(self.cells)
        sparse = [c for c in range(self.n_cols)
                  if sum(1 for r in range(n_rows) if self.cells[r][c].text and self.cells[r][c].colspan == 1)
                  < max(1, 0.2 * n_rows)]
        # a headed column of few figures (or none yet) is a column all the same
        return any(not self._headed_only(self.xs[c]) and not self._headed_figures(self.xs, c) for c in sparse)


def gutters_of(block: list[Line], runs: Runs, s: TableSettings) -> list[tuple[float, float]]:
    """Column gutters: x-intervals that no word of the table's lines covers.

    Words are projected onto the x axis over all lines of the block (the "stream" idea): a
    gutter is a stretch at least `gutter_min_em` font sizes wide that no line puts a word in.
    Lines that may cross gutters - the header lines at the top of a longer block (spanning
    headings) and lines of a single run (section labels) - do not close one; their text becomes
    a cell spanning columns."""
    size = sorted(ln.size for ln in block)[len(block) // 2]
    min_w = s.gutter_min_em * max(size, 1.0)
    multi = [i for i, ln in enumerate(block) if len(runs[id(ln)]) >= 2]
    head = _head_lines(block, runs, s)
    first_data = header_lines(block, runs)
    if first_data:
        head = min(head, first_data)  # the rows below the header close gutters, keys with figures above all
    strict = [ln for i, ln in enumerate(block) if i >= head and len(runs[id(ln)]) >= 2]
    if not strict:
        strict = [block[i] for i in multi]
    lo = min(ln.x0 for ln in block)
    spans = sorted((w.x0, w.x1) for ln in strict for w in ln.words)
    free = []
    edge = lo
    for a, b in spans:
        if a > edge:
            free.append((edge, a))
        edge = max(edge, b)
    wide = s.column_gap_em * max(size, 1.0)
    out = []
    for a, b in free:
        if b - a < min_w or a <= lo + 0.1:
            continue
        if b - a < wide and not _between_figures(strict, a, b):
            continue  # a narrow gap between words is a river in text, not a column gutter
        out.append((a, b))
    return sorted(out + _edge_gutters(strict, runs, out, s))


def _edge_gutters(lines: list[Line], runs: Runs, gutters: list[tuple[float, float]], s: TableSettings) -> list[tuple[float, float]]:
    """Gutters on the right edges of figure columns set flush right that no projected gutter
    parts (figures of more digits in the next column reach back past the gap the others leave:
    "960 1,040" beside "192 208"): a thin gutter just right of each edge no word crosses, with
    words starting beyond it."""
    out: list[tuple[float, float]] = []
    words = [w for ln in lines for w in ln.words]
    for e in figure_edges(lines, runs, s):
        if any(a - 1.0 <= e <= b + 1.0 for a, b in gutters):
            continue
        if any(w.x0 < e - 1.0 and w.x1 > e + 1.0 for w in words) or not any(w.x0 > e + 1.0 for w in words):
            continue
        out.append((e + 0.5, e + 1.0))
    return out


def _headed_empty_columns(block: list[Line], runs: Runs, s: TableSettings) -> list[tuple[float, float]]:
    """Gutters before the columns printed only in the header line, right of every word below it:
    a heading set apart from the one before it by a column gap, with nothing entered under it
    yet (the current year's "Spent"). Short labels only, on a header of three runs or more, so a
    caption or a date at the right of a title line opens no column."""
    if len(block) < s.min_text_rows + 2:
        return []
    k = max(1, header_lines(block, runs))
    body = [w for ln in block[k:] if len(runs[id(ln)]) >= 2 for w in ln.words]
    if not body:
        return []
    edge = max(w.x1 for w in body)
    best: list[tuple[float, float]] = []
    for ln in block[:k]:
        out = _gutters_beyond(runs[id(ln)], edge, max(ln.size, 1.0), s)
        if len(out) > len(best):
            best = out
    return best


def _gutters_beyond(top: list[Run], edge: float, size: float, s: TableSettings) -> list[tuple[float, float]]:
    """The gutters before the runs of header line `top` that start right of `edge`."""
    if len(top) < 3:
        return []
    out: list[tuple[float, float]] = []
    prev = edge
    for a, b, text in top:
        if a <= edge + s.gutter_min_em * size:
            prev = max(prev, b)
            continue
        if len(text.split()) > 3 or not any(ch.isalpha() for ch in text):
            return []
        out.append((prev, a))
        prev = b
    return out





def header_lines(block: list[Line], runs: Runs, most: int = 3) -> int:
    """How many lines at the top of a block read as its header: lines before the first one
    holding a key at the block's left edge and a figure (not a year) beside it, at the end of
    its run - figures are set flush right in their cells, a number inside a heading ("Actual to
    31 Dec") is followed by more words."""
    left = min(ln.x0 for ln in block)
    for i, ln in enumerate(block[:most + 1]):
        rs = runs[id(ln)]
        size = max(ln.size, 1.0)
        if len(rs) >= 2 and rs[0][0] <= left + size and any(
                is_number(w) and not YEAR_RE.match(w) for _, _, text in rs[1:] for w in text.split()[-1:]):
            return i
    return 0


def _head_lines(block: list[Line], runs: Runs, s: TableSettings) -> int:
    """How many lines at the top of a block may hold headings spanning columns."""
    if len(block) < s.min_text_rows + 2:
        return 0
    return min(2 * s.header_max_rows, len(block) // 4)


def _between_figures(lines: list[Line], a: float, b: float) -> bool:
    """Do figures flank the gap a..b on most lines that have words on both sides of it?"""
    both = figures = 0
    for ln in lines:
        left = [w for w in ln.words if w.x1 <= a + 0.5]
        right = [w for w in ln.words if w.x0 >= b - 0.5]
        if not left or not right:
            continue
        both += 1
        if any(ch.isdigit() for ch in left[-1].text) or any(ch.isdigit() for ch in right[0].text):
            figures += 1
    return both > 0 and figures >= 0.5 * both


def _cells_of_line(ln: Line, gutters: list[tuple[float, float]], s: TableSettings,
                   edges: Sequence[float] = ()) -> list[LineCell]:
    """A line's words grouped into cells: [(first column, last column, words)].

    A word is in the columns between the gutters it starts after and ends before; one covering
    a whole gutter spans it. Words part where the gap between them opens onto a gutter -
    unless one of them spans a gutter and the gap is a word space (a heading over several
    columns). A word in a gutter belongs to the nearer column, or to the right one when the word
    before it ends on a figure column's edge (`edges`): heads set flush right."""

    def cols(a: float, b: float, after: Optional[Word]) -> tuple[int, int]:
        c0 = sum(1 for g in gutters if g[0] < a)
        c1 = sum(1 for g in gutters if g[1] < b)
        if c1 < c0:  # the word sits inside a gutter: the nearer column
            g = gutters[c1]
            # unless the word before ends on the left column's edge: heads set flush right
            # ("Mar Budget 2024/25"), the word opens the head of the column on the right
            flush = after is not None and abs(after.x1 - g[0]) <= 1.0 and any(abs(after.x1 - e) <= 1.0 for e in edges)
            c0 = c1 = c1 if a - g[0] < g[1] - b and not flush else c0
        return c0, c1

    groups: list[list] = []
    size = max(ln.size, 1.0)
    # on a line of one run (no column-sized gap), only a gap of gutter width parts words
    least = 0.0 if len(runs_of(ln, s)) >= 2 else s.gutter_min_em * size
    for w in ln.words:
        c0, c1 = cols(w.x0, w.x1, groups[-1][2][-1] if groups else None)
        if groups:
            g = groups[-1]
            prev = g[2][-1]
            opens = w.x0 - prev.x1 >= least and any(prev.x1 - 0.5 < gt[1] and w.x0 + 0.5 > gt[0] for gt in gutters)
            if not opens or c0 <= g[1]:
                g[1] = max(g[1], c1)
                g[2].append(w)
                continue
        groups.append([c0, c1, [w]])
    # a heading spanning columns keeps its words together across word spaces
    space = s.column_gap_em
    merged: list[list] = []
    for g in groups:
        if merged:
            m = merged[-1]
            gap = g[2][0].x0 - m[2][-1].x1
            spans = m[1] > m[0] or g[1] > g[0]
            if spans and gap <= space * max(g[2][0].size, 1.0) * 0.5:
                m[1] = max(m[1], g[1])
                m[2].extend(g[2])
                continue
        merged.append(g)
    _signs_to_their_amounts(merged)
    return [(c0, c1, words) for c0, c1, words in merged]


def _signs_to_their_amounts(cells: list[list]) -> None:
    """A currency sign printed after a figure, just before the gutter, is the next cell's: an
    accounting format sets the sign at the left of its cell, the amount at the right, so the
    sign may lie nearer the figure before it than the amount after it ("449.07 $   (488.26)")."""
    for here, nxt in zip(cells, cells[1:]):
        words = here[2]
        if (len(words) >= 2 and words[-1].text in CURRENCY_SIGNS and is_number(words[-2].text)
                and is_number(nxt[2][0].text) and nxt[0] == here[1] + 1):
            nxt[2].insert(0, words.pop())


def _col(xs: list[float], x: float) -> int:
    for i in range(len(xs) - 2):
        if x < xs[i + 1]:
            return i
    return len(xs) - 2


_NUMBERISH = re.compile(r"^[(\-–+]?[£$€]?\s?-?[\d.,]+%?\)?$")


_LIST_MARK = re.compile(r"^\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlc]{1,5})[.):]?\)?$", re.I)


def _form_or_list(left: list[str]) -> bool:
    """A left column of 'Label:' fields (a form) or of item numbers (a numbered list)."""
    cells = [t.strip() for t in left if t.strip()]
    if not cells:
        return True
    marks = sum(1 for t in cells if t.endswith(":") or _LIST_MARK.match(t))
    return marks >= 0.6 * len(cells)


_SENTENCE_END = re.compile(r"[.:;?!)\]]$")


def _running_text(texts: list[str]) -> bool:
    """A column of running text (a page's text column caught beside a table): its lines are
    sentences broken mid-way - the next line goes on in lower case or after a hyphen."""
    pairs = breaks = 0
    for a, b in zip(texts, texts[1:]):
        a, b = a.strip(), b.strip()
        if not a or not b or len(a.split()) < 3:
            continue
        pairs += 1
        if not _SENTENCE_END.search(a) and (b[0].islower() or a.endswith("-")):
            breaks += 1
    return breaks >= 3 and breaks >= 0.5 * pairs


def _chart_marks(page: RawPage, bbox: Box) -> int:
    """Curves, dots and images inside a box: what a chart, not a table, is drawn with."""
    x0, top, x1, bottom = bbox
    return sum(1 for m in page.marks if x0 <= (m[0] + m[2]) / 2 <= x1 and top <= (m[1] + m[3]) / 2 <= bottom)

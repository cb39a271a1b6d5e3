"""Tables drawn without vertical rules: columns from aligned text (the "text" strategy).

Where: a stack of long horizontal rules of the same extent (top, under the header, bottom)
frames a table; its lines are read from the characters inside the rules' extent, titles above
and notes below stay out, a body running on below the last rule joins it. Elsewhere, a block of
consecutive lines of which at least `min_text_rows` have two or more runs is a candidate.

Columns: every word of the block is projected onto the x axis; a gutter is a stretch no line
puts a word in (header lines at the top and one-run section labels may cross it: their text
becomes a cell spanning columns). A gutter narrower than a column gap must have figures beside
it - a narrow gap between words is a river in text. Rows: each line starts a row unless it
carries on the row above (a wrapped key, a wrapped text cell, figures centred on a two-line
key). Cells are read from the words of each group, never cut at a border.

Not tables: two columns of prose (long cells, numbered or bulleted paragraphs), a column of
running text, lines running across the gutters, text printed over a chart.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from agendapack.extractors.pdf.reader import RawPage
from agendapack.extractors.tables.cells import continues_text
from agendapack.extractors.tables.grid import split_rules
from agendapack.extractors.tables.settings import TableSettings
from agendapack.extractors.text.layer import Line, lines_from_chars


def _runs(ln: Line, s: TableSettings) -> list[tuple[float, float, str]]:
    runs: list[list] = []
    for w in ln.words:
        if runs and w.x0 - runs[-1][1] <= s.column_gap_em * max(w.size, 1.0):
            runs[-1][1] = w.x1
            runs[-1][2].append(w.text)
        else:
            runs.append([w.x0, w.x1, [w.text]])
    return [(a, b, " ".join(t)) for a, b, t in runs]


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


def table_in_frame(page: RawPage, chars, bbox: tuple, s: TableSettings):
    """The text strategy inside a ruled frame whose cells hold stacked lines of figures (rules
    drawn around the columns and the header, none between the rows): one row per line."""
    from agendapack.extractors.tables.cells import cell_text
    from agendapack.extractors.tables.find import PageTable, _fix_text

    x0, top, x1, bottom = bbox
    inside = [c for c in chars if x0 <= (c.x0 + c.x1) / 2 <= x1 and top <= (c.top + c.bottom) / 2 <= bottom]
    block = sorted(lines_from_chars(inside, page.number), key=lambda ln: ln.top)
    if len(block) < s.min_text_rows:
        return None
    runs = {id(ln): _runs(ln, s) for ln in block}
    pt = _table_from(block, runs, inside, page, s, cell_text, PageTable, _fix_text)
    if pt is not None:
        pt.bbox = bbox
        pt.ruled, pt.strategy = True, "lines"
    return pt


def _prose_line(ln: Line, runs: dict[int, list]) -> bool:
    return len(runs[id(ln)]) < 2 and len(ln.text.split()) > 14


def _rule_regions(page: RawPage, chars, taken: Sequence[tuple], s: TableSettings) -> list:
    """Table regions framed by horizontal rules: [(box, lines)].

    Long rules of the same extent stacked down the page, with tabular lines (two or more runs)
    and no paragraph between each two of them, frame one table from the first to the last.
    Its lines are read from the characters within the rules' extent alone (text beside the
    table, in another column of the page, stays out). A table whose body runs on below its
    last rule (rules only above and under the header) extends over the tabular lines that
    follow; tabular lines just above the first rule (a header over the top rule) join it."""
    hs, _ = split_rules(page.rules, s, page.width, page.height)
    min_len = s.frame_rule_min_share * page.width

    def in_taken(h) -> bool:
        cx = (h.a + h.b) / 2
        return any(b[0] - 2 <= cx <= b[2] + 2 and b[1] - 2 <= h.pos <= b[3] + 2 for b in taken)

    long = sorted((h for h in hs if h.length >= min_len and not in_taken(h)), key=lambda h: h.pos)
    tol = s.frame_rule_tolerance * page.width
    groups: list[list] = []
    for h in long:
        for g in groups:
            if abs(g[0].a - h.a) <= tol and abs(g[0].b - h.b) <= tol:
                g.append(h)
                break
        else:
            groups.append([h])
    out = []
    page_lines = lines_from_chars(chars, page.number) if groups else []
    for g in groups:
        if len(g) < 2:
            continue
        x0, x1 = min(h.a for h in g) - 2, max(h.b for h in g) + 2
        glines = sorted(lines_from_chars([c for c in chars if x0 <= (c.x0 + c.x1) / 2 <= x1], page.number),
                        key=lambda ln: ln.top)
        glines = [ln for ln in glines if not any(
            b[0] - 2 <= (ln.x0 + ln.x1) / 2 <= b[2] + 2 and b[1] - 2 <= (ln.top + ln.bottom) / 2 <= b[3] + 2
            for b in taken)]
        runs = {id(ln): _runs(ln, s) for ln in glines}

        def between(a: float, b: float) -> list[Line]:
            return [ln for ln in glines if a < (ln.top + ln.bottom) / 2 < b]

        def cut(top: float, bottom: float) -> bool:
            # the frame's sides would cut through words: the rules are not a table's frame
            return any(w.x0 < x0 < w.x1 - 1 or w.x0 + 1 < x1 < w.x1
                       for ln in page_lines if top < (ln.top + ln.bottom) / 2 < bottom for w in ln.words)

        stacks = [[g[0]]]
        for h in g[1:]:
            a = stacks[-1][-1]
            mid = between(a.pos, h.pos)
            # a longer rule between them frames a larger table these two lie inside
            wider = any(a.pos < o.pos < h.pos and o.a <= x0 + 2 - tol and o.b >= x1 - 2 + tol for o in long)
            if not wider and any(len(runs[id(ln)]) >= 2 for ln in mid) and not any(_prose_line(ln, runs) for ln in mid):
                stacks[-1].append(h)
            else:
                stacks.append([h])
        for st in stacks:
            if len(st) < 2:
                continue
            top, bottom = st[0].pos, st[-1].pos
            block = between(top, bottom)
            # the body may run on below the last rule ...
            after = [ln for ln in glines if (ln.top + ln.bottom) / 2 > bottom]
            ext: list[Line] = []
            for ln in after:
                prev_bottom = ext[-1].bottom if ext else bottom
                if ln.top - prev_bottom > s.max_row_gap_lines * max(ln.size, 1.0) or _prose_line(ln, runs):
                    break
                if any(prev_bottom < h.pos < ln.top for h in long):
                    break
                ext.append(ln)
            while ext and len(runs[id(ext[-1])]) < 2:
                ext.pop()
            if ext and len(runs[id(ext[0])]) >= 2 and sum(len(runs[id(ln)]) >= 2 for ln in ext) >= 2:
                block += ext
            # ... and header lines may sit just above the first rule
            before = [ln for ln in glines if (ln.top + ln.bottom) / 2 < top][::-1]
            head: list[Line] = []
            for ln in before:
                next_top = head[-1].top if head else top
                if next_top - ln.bottom > 0.8 * max(ln.size, 1.0) or len(runs[id(ln)]) < 2:
                    break
                head.append(ln)
            block = head[::-1] + block
            if sum(len(runs[id(ln)]) >= 2 for ln in block) < s.min_text_rows:
                continue
            if any(_prose_line(ln, runs) for ln in block):
                continue
            box = (x0, min(top, min(ln.top for ln in block)), x1, max(bottom, max(ln.bottom for ln in block)))
            if cut(box[1], box[3]):
                continue
            out.append((box, block))
    return out


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
    from agendapack.extractors.tables.cells import cell_text
    from agendapack.extractors.tables.find import PageTable, _fix_text

    lines = list(body_lines) if body_lines is not None else lines_from_chars(chars, page.number)

    def inside(ln: Line) -> bool:
        cy, cx = (ln.top + ln.bottom) / 2, (ln.x0 + ln.x1) / 2
        return any(b[0] - 2 <= cx <= b[2] + 2 and b[1] - 2 <= cy <= b[3] + 2 for b in taken)

    out = []
    # tables framed by horizontal rules first: their rules say where they start and end
    framed = []
    for box, block in _rule_regions(page, chars, taken, s):
        runs = {id(ln): _runs(ln, s) for ln in block}
        pt = _table_from(block, runs, chars, page, s, cell_text, PageTable, _fix_text)
        if pt is not None:
            out.append(pt)
            framed.append(box)
    taken = list(taken) + framed
    lines = sorted((ln for ln in lines if not inside(ln)), key=lambda ln: ln.top)
    if not lines:
        return out
    runs = {id(ln): _runs(ln, s) for ln in lines}
    for block in _blocks(lines, runs, s):
        for part in _split_block(block, runs, s):
            pt = _table_from(part, runs, chars, page, s, cell_text, PageTable, _fix_text)
            if pt is not None:
                out.append(pt)
    return out


def _gutters_of(block: list[Line], runs: dict[int, list], s: TableSettings) -> list[tuple[float, float]]:
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
    return out


def _head_lines(block: list[Line], runs: dict[int, list], s: TableSettings) -> int:
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


def _table_from(block, runs, chars, page, s, cell_text, PageTable, _fix_text):
    gutters = _gutters_of(block, runs, s)
    x0 = min(ln.x0 for ln in block) - 1
    x1 = max(ln.x1 for ln in block) + 1
    borders = [(a + b) / 2 for a, b in gutters]
    # a column must hold text on a fair share of lines (a stray gap is no column border)
    def counts(bs):
        xs_ = [x0] + bs + [x1]
        n = [0] * (len(xs_) - 1)
        for ln in block:
            seen = set()
            for w in ln.words:
                c = _col(xs_, (w.x0 + w.x1) / 2)
                seen.add(c)
            for c in seen:
                n[c] += 1
        return n
    while borders:
        n = counts(borders)
        weak = min(range(len(n)), key=lambda c: n[c])
        if n[weak] >= max(2, 0.1 * len(block)):
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
    if len(borders) + 1 < s.min_text_cols:
        return None
    xs = [x0] + borders + [x1]
    ncols = len(xs) - 1

    # each line: its words grouped into cells, each with the columns it spans
    line_cells = [_cells_of_line(ln, gutters, s) for ln in block]
    band = [c for c in chars if block[0].top - 2 <= (c.top + c.bottom) / 2 <= block[-1].bottom + 2]
    line_chars = [[c for c in band if ln.top - 0.5 <= (c.top + c.bottom) / 2 <= ln.bottom + 0.5] for ln in block]

    # text lines running across the gutters below the header: prose, not a table
    head = _head_lines(block, runs, s)
    crossing = sum(1 for i in range(head, len(block)) if any(c1 > c0 for c0, c1, _ in line_cells[i]))
    if crossing > s.max_spanning_share * max(1, len(block) - head):
        return None
    # rows: a line starts a row unless it only carries on text of the row above
    rows: list[list[int]] = []
    for i, ln in enumerate(block):
        if rows and _continues_row(block, line_cells, rows[-1], i):
            rows[-1].append(i)
        else:
            rows.append([i])
    if len(rows) < s.min_text_rows:
        return None
    tops = [block[r[0]].top - 1 for r in rows] + [max(ln.bottom for ln in block) + 1]
    cells, origin = [], []
    for r, members in enumerate(rows):
        # columns joined by a spanning group on any line of the row
        owner = list(range(ncols))
        for i in members:
            for c0, c1, _ in line_cells[i]:
                for c in range(c0 + 1, c1 + 1):
                    old, new = owner[c], owner[c0]
                    owner = [new if o == old else o for o in owner]
        # the characters of each cell: those of its words (a cell's text is never cut at a border)
        picked: dict[int, list] = {}
        for i in members:
            ln = line_chars[i]
            for c0, c1, words in line_cells[i]:
                a, b = words[0].x0 - 0.5, words[-1].x1 + 0.5
                picked.setdefault(owner[c0], []).extend(ch for ch in ln if a <= (ch.x0 + ch.x1) / 2 <= b)
        row, org = [], []
        made = {}
        for c in range(ncols):
            o = owner[c]
            if o not in made:
                span = [k for k in range(ncols) if owner[k] == o]
                mine = picked.get(o, [])
                ct = cell_text(mine, (min([xs[span[0]]] + [ch.x0 for ch in mine]) - 1, tops[r],
                                      max([xs[span[-1] + 1]] + [ch.x1 for ch in mine]) + 1, tops[r + 1]), page.number, s)
                ct.x0, ct.x1 = xs[span[0]], xs[span[-1] + 1]
                ct.text = _fix_text(ct.text)
                ct.colspan = len(span)
                made[o] = ct
                org.append(True)
            else:
                org.append(False)
            row.append(made[o])
        cells.append(row)
        origin.append(org)
    # prose guard: two "columns" of running text (numbered or bulleted paragraphs)
    filled = [cells[r][c].text for r in range(len(cells)) for c in range(ncols) if origin[r][c] and cells[r][c].text]
    if not filled:
        return None
    avg_words = sum(len(t.split()) for t in filled) / len(filled)
    if ncols == 2 and avg_words > s.two_col_max_words:
        return None
    if avg_words > 3 * s.two_col_max_words:
        return None
    if ncols == 2 and _form_or_list([row[0].text for row in cells]):
        return None
    if any(_running_text([cells[r][c].text for r in range(len(cells)) if origin[r][c]]) for c in range(ncols)):
        return None
    # every column must hold text in a fair share of rows
    nrows = len(cells)
    for c in range(ncols):
        if sum(1 for r in range(nrows) if cells[r][c].text and cells[r][c].colspan == 1) < max(1, 0.2 * nrows):
            return None
    bbox = (x0, tops[0], x1, tops[-1])
    if _chart_marks(page, bbox) >= max(s.chart_min_marks, s.chart_marks_per_row * nrows):
        return None
    return PageTable(page.number, bbox, cells, origin, ruled=False, strategy="text",
                     page_height=page.height, page_width=page.width)


def _chart_marks(page: RawPage, bbox) -> int:
    """Curves, dots and images inside a box: what a chart, not a table, is drawn with."""
    x0, top, x1, bottom = bbox
    return sum(1 for m in page.marks if x0 <= (m[0] + m[2]) / 2 <= x1 and top <= (m[1] + m[3]) / 2 <= bottom)


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


def _cells_of_line(ln: Line, gutters: list[tuple[float, float]], s: TableSettings) -> list[tuple[int, int, list]]:
    """A line's words grouped into cells: [(first column, last column, words)].

    A word is in the columns between the gutters it starts after and ends before; one covering
    a whole gutter spans it. Words part where the gap between them opens onto a gutter -
    unless one of them spans a gutter and the gap is a word space (a heading over several
    columns)."""

    def cols(a: float, b: float) -> tuple[int, int]:
        c0 = sum(1 for g in gutters if g[0] < a)
        c1 = sum(1 for g in gutters if g[1] < b)
        if c1 < c0:  # the word sits inside a gutter: the nearer column
            g = gutters[c1]
            c0 = c1 = c1 if a - g[0] < g[1] - b else c0
        return c0, c1

    groups: list[list] = []
    size = max(ln.size, 1.0)
    # on a line of one run (no column-sized gap), only a gap of gutter width parts words
    least = 0.0 if len(_runs(ln, s)) >= 2 else s.gutter_min_em * size
    for w in ln.words:
        c0, c1 = cols(w.x0, w.x1)
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
    return [(c0, c1, words) for c0, c1, words in merged]


def _col(xs: list[float], x: float) -> int:
    for i in range(len(xs) - 2):
        if x < xs[i + 1]:
            return i
    return len(xs) - 2


_NUMBERISH = re.compile(r"^[(\-–+]?[£$€]?\s?-?[\d.,]+%?\)?$")


def _continues_row(block, line_cells, row: list[int], i: int) -> bool:
    """Does line `i` carry on the row made of lines `row` rather than start a new one?

    - it is printed beside the row's last line, a little lower (figures centred on a key
      wrapped over two lines): the two overlap in height and fill different columns;
    - its first column is empty and it only adds words below text of the row (a wrapped
      cell), not figures of its own;
    - it holds only a key (first column) that goes on from the row's key: the text runs on
      (lower case, a dangling "and"), or the line hangs indented under the key while the
      next line steps back out."""
    cells_i = line_cells[i]
    if not cells_i:
        return False
    prev = block[row[-1]]
    ln = block[i]
    size = max(prev.size, ln.size, 1.0)
    prev_cols = {c for c0, c1, _ in line_cells[row[-1]] for c in range(c0, c1 + 1)}
    cols_i = {c for c0, c1, _ in cells_i for c in range(c0, c1 + 1)}
    if prev.bottom - ln.top >= 0.25 * size and not prev_cols & cols_i:
        return True
    if ln.top - prev.bottom > 0.8 * size:
        return False
    above: dict[int, str] = {}
    for k in row:
        for c0, c1, g in line_cells[k]:
            for c in range(c0, c1 + 1):
                above[c] = " ".join(w.text for w in g)
    if cells_i[0][0] != 0:
        for c0, c1, g in cells_i:
            text = above.get(c0)
            if text is None or _NUMBERISH.match(text.replace(" ", "")):
                return False
        return True
    if len(cells_i) > 1 or cells_i[0][1] != 0:
        return False
    key = [g for k in row for c0, c1, g in line_cells[k] if c0 == 0]
    if not key:
        return False
    last = key[-1]
    text = " ".join(w.text for w in cells_i[0][2])
    if continues_text(" ".join(w.text for w in last), text):
        return True
    x = cells_i[0][2][0].x0
    first_x = key[0][0].x0
    if x > last[0].x0 + 0.5 * size and i + 1 < len(block):
        nxt = line_cells[i + 1]
        return bool(nxt) and nxt[0][0] == 0 and nxt[0][2][0].x0 <= first_x + 0.5 * size
    return False

"""Tables drawn without vertical rules (the "text" strategy): where they are on a page.

Where: a stack of long horizontal rules of the same extent (top, under the header, bottom)
frames a table; its lines are read from the characters inside the rules' extent, titles above
and notes below stay out, a body running on below the last rule joins it. Elsewhere, a block of
consecutive lines of which at least `min_text_rows` have two or more runs is a candidate. A
ruled frame whose cells hold stacked lines of figures is read the same way inside the frame.

A block loses the single-run lines at its ends (a heading, the last line of a paragraph above
it) and the title block of a report at its top (a centred title lining up with no column, stamps
beside it); a key printed alone at the foot of the page stays as its last row. A line or two of
several runs at the head of a page, too few for a table, are read as a provisional table: the
join across pages keeps them only where they carry on the table the page before breaks off.

Each candidate block is read as a table - columns, rows, cells - by tables/text_block.py,
which also tells it from prose.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Optional, Sequence

from agendapack.extractors.pdf.types import Char, RawPage
from agendapack.extractors.tables.grid import Seg, split_rules
from agendapack.extractors.tables.model import CURRENCY_SIGNS, PageTable, is_number
from agendapack.extractors.tables.settings import TableSettings
from agendapack.extractors.tables.text_block import (
    BlockReader,
    Run,
    Runs,
    gutters_of,
    header_lines,
    runs_of,
    split_at_column_edges,
)
from agendapack.extractors.text.dates import YEAR_SPAN_RE
from agendapack.extractors.text.layer import Line, Word, lines_from_chars

__all__ = ["text_tables", "table_in_frame"]

Box = tuple[float, float, float, float]
# how many of the body's rows (blank lines and a heading) may lie between its heads and it
HEADS_GAP_ROWS = 8
# what accounting formats print in a figure cell for a zero or an empty amount
FIGURE_DASHES = {"-", "\u2013", "\u2014", "$"}


def text_tables(page: RawPage, chars: Sequence[Char], taken: Sequence[Box], s: TableSettings,
                body_lines: Optional[Sequence[Line]] = None) -> list[PageTable]:
    """Tables drawn without vertical rules on a page, outside the boxes `taken` (the ruled
    tables found already): first those framed by horizontal rules, then blocks of aligned lines."""
    lines = without_leaders(list(body_lines) if body_lines is not None else lines_from_chars(chars, page.number))

    def inside(ln: Line) -> bool:
        cy, cx = (ln.top + ln.bottom) / 2, (ln.x0 + ln.x1) / 2
        return any(b[0] - 2 <= cx <= b[2] + 2 and b[1] - 2 <= cy <= b[3] + 2 for b in taken)

    out: list[PageTable] = []
    # tables framed by horizontal rules first: their rules say where they start and end
    framed: list[Box] = []
    for box, block in _rule_regions(page, chars, taken, s):
        runs = {id(ln): runs_of(ln, s) for ln in block}
        pt = BlockReader(block, runs, chars, page, s).table()
        if pt is not None:
            out.append(pt)
            framed.append(box)
    taken = list(taken) + framed
    lines = sorted((ln for ln in lines if not inside(ln)), key=lambda ln: ln.top)
    if not lines:
        return out
    runs = {id(ln): runs_of(ln, s) for ln in lines}
    split_at_column_edges(lines, runs, s)
    for block, tail in _blocks(lines, runs, s):
        for part in _split_block(block, runs, s):
            part = part[_title_block_lines(part, runs, page, s):]
            pt = BlockReader(part, runs, chars, page, s).table()
            if pt is not None and tail and part[-1] is block[-1]:
                # the bottom row's wrapped last lines, where they only lengthen that row
                longer = BlockReader(part + tail, runs, chars, page, s).table()
                if longer is not None and (longer.n_rows, longer.n_cols) == (pt.n_rows, pt.n_cols):
                    pt = longer
            if pt is not None:
                out.append(pt)
    remnant = _head_remnant(lines, runs, chars, page, s, out)
    if remnant is not None:
        out.insert(0, remnant)
    return out


# dot leaders between a key and its figures ("Precept ........ 25,000"), and rules typed as
# characters ("-------", "======"): no cell's text; four or more, so that "..." (no data) stays
LEADER = re.compile(r"^(?:[.·]{4,}|[-=_]{4,})$")
TRAILING_LEADER = re.compile(r"[.·]{4,}$")
LEADER_MARKS = ("....", "····", "----", "====", "____")


def without_leaders(lines: list[Line]) -> list[Line]:
    """The lines with their leader and typed-rule words taken out (a word's trailing leader cut
    off it); a line left with no word is dropped."""
    if not any(mark in ln.text for ln in lines for mark in LEADER_MARKS):
        return lines  # most pages have none: a substring test is far cheaper than a regex a word
    out: list[Line] = []
    for ln in lines:
        if not any(mark in ln.text for mark in LEADER_MARKS):
            out.append(ln)
            continue
        words = []
        for w in ln.words:
            if LEADER.match(w.text):
                continue
            m = TRAILING_LEADER.search(w.text)
            if m is not None and m.start() > 0:
                w = w._replace(text=w.text[: m.start()], x1=w.x0 + (w.x1 - w.x0) * m.start() / len(w.text))
            words.append(w)
        if len(words) == len(ln.words) and all(a is b for a, b in zip(words, ln.words)):
            out.append(ln)
        elif words:
            out.append(replace(ln, text=" ".join(w.text for w in words), x0=words[0].x0, x1=words[-1].x1, words=tuple(words)))
    return out


def _head_remnant(lines: list[Line], runs: Runs, chars: Sequence[Char], page: RawPage, s: TableSettings,
                  found: list[PageTable]) -> Optional[PageTable]:
    """The first lines of the page read as a provisional table, when they are fewer than a
    table needs but each holds several runs (the last row or two of a table, its header
    repeated or not, run over the page break) and no table found already starts there."""
    lead: list[Line] = []
    for ln in lines:
        if len(runs[id(ln)]) < 2 or (lead and ln.top - lead[-1].bottom > s.max_row_gap_lines * max(ln.size, 1.0)):
            break
        lead.append(ln)
    if not lead or len(lead) >= s.min_text_rows or lead[0].top > s.continue_top_share * page.height:
        return None
    if any(pt.bbox[1] <= lead[-1].bottom and lead[0].top <= pt.bbox[3] for pt in found):
        return None
    pt = BlockReader(lead, runs, chars, page, s, remnant=True).table()
    if pt is not None:
        pt.provisional = True
    return pt


def table_in_frame(page: RawPage, chars: Sequence[Char], bbox: Box, s: TableSettings) -> Optional[PageTable]:
    """The text strategy inside a ruled frame whose cells hold stacked lines of figures (rules
    drawn around the columns and the header, none between the rows): one row per line."""
    x0, top, x1, bottom = bbox
    inside = [c for c in chars if x0 <= (c.x0 + c.x1) / 2 <= x1 and top <= (c.top + c.bottom) / 2 <= bottom]
    block = sorted(lines_from_chars(inside, page.number), key=lambda ln: ln.top)
    if len(block) < s.min_text_rows:
        return None
    runs = {id(ln): runs_of(ln, s) for ln in block}
    pt = BlockReader(block, runs, inside, page, s).table()
    if pt is not None:
        pt.bbox = bbox
        pt.ruled, pt.strategy = True, "lines"
    return pt


def _rule_regions(page: RawPage, chars: Sequence[Char], taken: Sequence[Box], s: TableSettings) -> list[tuple[Box, list[Line]]]:
    """Table regions framed by horizontal rules: [(box, lines)].

    Long rules of the same extent stacked down the page, with tabular lines (two or more runs)
    and no paragraph between each two of them, frame one table from the first to the last.
    Its lines are read from the characters within the rules' extent alone (text beside the
    table, in another column of the page, stays out). A table whose body runs on below its
    last rule (rules only above and under the header) extends over the tabular lines that
    follow; tabular lines just above the first rule (a header over the top rule) join it."""
    hs, _ = split_rules(page.rules, s, page.width, page.height)
    min_len = s.frame_rule_min_share * page.width

    def in_taken(h: Seg) -> bool:
        cx = (h.a + h.b) / 2
        return any(b[0] - 2 <= cx <= b[2] + 2 and b[1] - 2 <= h.pos <= b[3] + 2 for b in taken)

    long = sorted((h for h in hs if h.length >= min_len and not in_taken(h)), key=lambda h: h.pos)
    tol = s.frame_rule_tolerance * page.width
    groups: list[list[Seg]] = []
    for h in long:
        for g in groups:
            if abs(g[0].a - h.a) <= tol and abs(g[0].b - h.b) <= tol:
                g.append(h)
                break
        else:
            groups.append([h])
    out: list[tuple[Box, list[Line]]] = []
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
        runs = {id(ln): runs_of(ln, s) for ln in glines}

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
            if cut(box[1], box[3]) or _rows_run_beyond(block, page_lines, x0, x1):
                continue
            out.append((box, block))
    return out


def _rows_run_beyond(block: list[Line], page_lines: list[Line], x0: float, x1: float) -> bool:
    """Most of the framed lines are figures alone whose row's label is printed at the left of the
    rules, on the same baseline: the rules are accounting underlines over the figure columns of
    a wider table, not the frame of a table of its own (whose keys would lie inside it; text
    beside a framed table with its keys is another column of the page)."""
    def beyond(ln: Line) -> bool:
        if not all(is_number(w.text) or w.text in FIGURE_DASHES for w in ln.words):
            return False
        mid = (ln.top + ln.bottom) / 2
        return any(o.top < mid < o.bottom and any(w.x1 < x0 for w in o.words) for o in page_lines)

    return sum(beyond(ln) for ln in block) * 2 > len(block)


def _prose_line(ln: Line, runs: Runs) -> bool:
    return len(runs[id(ln)]) < 2 and len(ln.text.split()) > 14


def _blocks(lines: list[Line], runs: Runs, s: TableSettings) -> list[tuple[list[Line], list[Line]]]:
    """Runs of lines close together, each block holding at least `min_text_rows` multi-run
    lines; with each, the one-run lines below it that may be its bottom row's wrapped text."""
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
    out = _with_heads_above(_with_closing_lines(out, runs, s), runs, s)
    result = []
    for k, whole in enumerate(out):
        b, tail = _trimmed(whole, runs)
        b = _without_notes_below(b, runs, s)
        if k == len(out) - 1 and b and not tail and whole[-1] is not b[-1]:
            # the page breaks off the table: a key printed alone at its foot (a heading whose
            # rows go on overleaf) is its last row, not a note below it
            b = _keys_at_foot(b, whole[whole.index(b[-1]) + 1:], runs)
        if sum(1 for ln in b if len(runs[id(ln)]) >= 2) >= s.min_text_rows:
            result.append((b, tail))
    return result


def _with_closing_lines(blocks: list[list[Line]], runs: Runs, s: TableSettings) -> list[list[Line]]:
    """Blocks with the closing line or two set off below them by a blank line or two (a net or
    grand total under a worksheet's figures) joined back on: too few lines for a table of their
    own, each of their lines has figures ending where two or more of the columns above end."""
    out: list[list[Line]] = []
    for block in blocks:
        if out and _closes(out[-1], block, runs, s):
            out[-1] = out[-1] + block
        else:
            out.append(block)
    return out


def _with_heads_above(blocks: list[list[Line]], runs: Runs, s: TableSettings) -> list[list[Line]]:
    """Column heads set off above the body by blank lines, a section heading between (a fund's
    name under a worksheet's heads repeated on each page), joined onto the body: the block above
    holds no figure and ends in a line or two of heads, each over a column of the body's figures;
    the body opens with a row of figures (no heads of its own)."""
    out: list[list[Line]] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        # the heading may follow the heads closely, or after a blank line
        cut = len(block)
        while cut > 1 and len(block) - cut < 2 and len(runs[id(block[cut - 1])]) == 1:
            cut -= 1
        heads = block[:cut]
        between = [] if cut < len(block) else (
            blocks[k + 1] if k + 1 < len(blocks) and _heading_only(blocks[k + 1], runs) else [])
        body_at = k + 1 + bool(between)
        if body_at < len(blocks) and _heads_over(heads, blocks[body_at], runs, s):
            out.append(block + between + blocks[body_at])
            k = body_at + 1
        else:
            out.append(block)
            k += 1
    return out


def _heading_only(block: list[Line], runs: Runs) -> bool:
    return len(block) <= 2 and all(len(runs[id(ln)]) == 1 for ln in block)


def _heads_over(block: list[Line], body: list[Line], runs: Runs, s: TableSettings) -> bool:
    """The block ends in a line or two of heads over the body's figure columns (a title block
    may stand above them) and holds no figure."""
    if any(is_number(w.text) for ln in block for w in ln.words if not YEAR_SPAN_RE.match(w.text)):
        return False
    k = 0
    while k < min(len(block), s.min_text_rows - 1) and len(runs[id(block[-1 - k])]) >= 2:
        k += 1
    heads = block[len(block) - k:]
    # the body has no heads of its own: its first line of several runs is a row of figures
    first = next((ln for ln in body if len(runs[id(ln)]) >= 2), None)
    if not heads or first is None or not _figure_ends(first, runs):
        return False
    # a heading and a few blank lines between, at most: measured in the body's row pitch
    steps = sorted(b.top - a.top for a, b in zip(body, body[1:]))
    if not steps or body[0].top - heads[-1].bottom > HEADS_GAP_ROWS * steps[len(steps) // 2]:
        return False
    figures = [(w.x0, w.x1) for ln in body for w in ln.words if w.x0 > runs[id(ln)][0][1] and is_number(w.text)]
    if len(figures) < s.min_text_rows:
        return False
    lo, hi = min(a for a, _ in figures), max(b for _, b in figures)

    def over_figures(r: Run) -> bool:
        return r[1] > lo and r[0] < hi and any(a < r[1] and r[0] < b for a, b in figures)

    return all(all(over_figures(r) for r in runs[id(ln)][1:]) for ln in heads)


def _closes(above: list[Line], block: list[Line], runs: Runs, s: TableSettings) -> bool:
    if len(block) >= s.min_text_rows or any(abs(ln.size - above[-1].size) > 0.5 for ln in block):
        return False
    size = max(block[0].size, 1.0)
    if block[0].top - above[-1].bottom > 2 * s.max_row_gap_lines * size:
        return False
    ends = [x for ln in above if len(runs[id(ln)]) >= 3 for x in _figure_ends(ln, runs)]
    if len(ends) < s.min_text_rows:
        return False

    def on_columns(ln: Line) -> bool:
        at = {round(x) for e in _figure_ends(ln, runs) for x in ends if abs(e - x) <= 0.5 * size}
        return len(at) >= 2

    return all(on_columns(ln) for ln in block)


def _figure_ends(ln: Line, runs: Runs) -> list[float]:
    """Where the figures of a line end, right of its first run (its key): word by word, as an
    accounting format's currency sign of the next column may sit in the same run."""
    key_end = runs[id(ln)][0][1]
    return [w.x1 for w in ln.words if w.x0 > key_end and is_number(w.text)]


def _keys_at_foot(block: list[Line], below: list[Line], runs: Runs) -> list[Line]:
    """The block with the lines below it, when they sit at its row pitch within its key column
    (left of every second run) and nothing else follows on the page."""
    if len(below) > 2 or len(block) < 2:
        return block
    multi = [ln for ln in block if len(runs[id(ln)]) >= 2]
    key_right = min(runs[id(ln)][1][0] for ln in multi)
    key_left = min(ln.x0 for ln in multi)
    pitch = max(b.top - a.top for a, b in zip(block, block[1:]))
    kept = list(block)
    for ln in below:
        size = max(ln.size, 1.0)
        if ln.top - kept[-1].top > pitch + 0.2 * size or ln.x0 < key_left - 0.5 * size or ln.x1 >= key_right:
            return block
        kept.append(ln)
    return kept


def _trimmed(block: list[Line], runs: Runs) -> tuple[list[Line], list[Line]]:
    """A block without the single-run lines at both ends (titles, notes, the last line of a
    paragraph above); the bottom row's wrapped last lines set aside as its tail."""
    start = 0
    while start < len(block) and len(runs[id(block[start])]) < 2:
        start += 1
    while 0 < start < len(block) and _head_over(block[start - 1], block[start], runs):
        start -= 1
    b = block[start:]
    end = len(b)
    while end and len(runs[id(b[end - 1])]) < 2:
        end -= 1
    return b[:end], _wrapped_tail(b[:end], b[end:], runs)


# a note under a table strays into this many of its column gutters, or more; at most this many
# lines of notes are told from the rows above them
NOTE_GUTTERS = 2
NOTE_LINES = 3


def _without_notes_below(block: list[Line], runs: Runs, s: TableSettings) -> list[Line]:
    """The block without the lines of text under its last row that stray into two or more of
    the gutters every line above leaves free (notes, a sum written out under a worksheet):
    printed at the rows' own pitch they join the block, but they are no row of it, and they
    would close every gutter they cross. A total wider than the figures above it reaches into
    its gutter too, but it ends where they end (its currency signs may stand in the gutters).
    A few lines at most, the first of them straying, the others straying or of one run."""
    for k in range(NOTE_LINES, 0, -1):
        if len(block) - k < s.min_text_rows + 1:
            continue
        above, below = block[:-k], block[-k:]
        gutters = gutters_of(above, runs, s)
        if len(gutters) < 2:
            continue
        size = max(above[-1].size, 1.0)
        ends = [x for ln in above for x in _figure_ends(ln, runs)]

        def strays(w: Word, a: float, b: float) -> bool:
            if min(w.x1, b) - max(w.x0, a) <= 1.0 or w.text in CURRENCY_SIGNS:
                return False
            return not (is_number(w.text) and any(abs(w.x1 - x) <= 0.5 * size for x in ends))

        def note(ln: Line) -> bool:
            return sum(1 for a, b in gutters if any(strays(w, a, b) for w in ln.words)) >= NOTE_GUTTERS

        if note(below[0]) and all(len(runs[id(ln)]) < 2 or note(ln) for ln in below[1:]):
            return _trimmed(above, runs)[0]
    return block


def _head_over(above: Line, ln: Line, runs: Runs) -> bool:
    """A one-run line just above a header line that holds the first words of one of its heads,
    wrapped: aligned with that head at its left or its right, clear of the key column."""
    below = runs[id(ln)]
    if len(runs[id(above)]) != 1 or len(below) < 3 or ln.top - above.bottom > 0.8 * max(ln.size, 1.0):
        return False
    a0, a1, _text = runs[id(above)][0]
    if a0 <= below[0][1]:
        return False
    return any(abs(a1 - b1) <= 1.0 or abs(a0 - b0) <= 1.0 for b0, b1, _t in below[1:])


def _wrapped_tail(block: list[Line], tail: list[Line], runs: Runs) -> list[Line]:
    """The one-run lines below a block's last tabular line that carry on its cells: set at the
    row's own line pitch (no gap) and starting where one of its cells but the first starts.
    A note below a table starts at its left edge or after a gap."""
    if not block or not tail:
        return []
    last = block[-1]
    starts = [r[0] for r in runs[id(last)][1:]]
    kept: list[Line] = []
    for ln in tail:
        above = kept[-1] if kept else last
        size = max(ln.size, above.size, 1.0)
        if ln.top - above.bottom > 0.6 * size or abs(ln.size - last.size) > 0.5:
            break
        if not any(abs(ln.x0 - x) <= 0.25 * size for x in starts):
            break
        kept.append(ln)
    return kept


def _split_block(block: list[Line], runs: Runs, s: TableSettings) -> list[list[Line]]:
    """Cut a block where a long single-run line (a paragraph) interrupts it, or where its header
    lines are printed again (a second table stacked under the first, with no gap between)."""
    parts: list[list[Line]] = []
    cur: list[Line] = []
    keys = Counter(_head_key(ln) for ln in block)
    # header lines printed again a few times, not every line alike (justified prose)
    heads = {k for k in (_head_key(ln) for ln in block[:max(1, header_lines(block, runs))]) if keys[k] <= max(2, len(block) // 5)}
    for k, ln in enumerate(block):
        if len(runs[id(ln)]) < 2 and len(ln.text.split()) > 14:
            if cur:
                parts.append(cur)
            cur = []
        elif k >= 3 and len(cur) >= s.min_text_rows and _head_key(ln) in heads and not any(is_number(r[2]) for r in runs[id(ln)][:1]):
            # the block's header printed again: a second table stacked under the first
            parts.append(cur)
            cur = [ln]
        else:
            cur.append(ln)
    if cur:
        parts.append(cur)
    if len(parts) > 1:
        # a part after a paragraph starts with the paragraph's last lines and the heading of
        # the table below: they are no rows of it (the heading becomes its title)
        parts = [parts[0]] + [_trimmed(p, runs)[0] for p in parts[1:]]
    return [p for p in parts if sum(1 for ln in p if len(runs[id(ln)]) >= 2) >= s.min_text_rows]


def _head_key(ln: Line) -> str:
    return re.sub(r"\W+", " ", ln.text).strip().lower()


# how near (share of the width) a run's centre must come to the centre of the block or page to
# read as a title centred over the table
CENTRED_SHARE = 0.05
# a title block at the head of a table is at most this many lines
TITLE_BLOCK_LINES = 4


def _title_block_lines(block: list[Line], runs: Runs, page: RawPage, s: TableSettings) -> int:
    """How many lines at the top of a block are a report's title block, not its header: each
    holds a run centred over the table (or the page) that lines up with no column of the lines
    below - a body name, report name or period, with stamps (time, date, basis) printed beside
    it at the left. A heading over columns lines up with them (left, right or centre) or spans
    them, and a header line names several columns."""
    x0, x1 = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
    width = max(x1 - x0, 1.0)
    centres = ((x0 + x1) / 2, page.width / 2)

    def centred(run: Run) -> bool:
        return any(abs((run[0] + run[1]) / 2 - c) <= CENTRED_SHARE * width for c in centres)

    n = 0
    while n < min(TITLE_BLOCK_LINES, len(block)) and any(centred(r) for r in runs[id(block[n])]):
        n += 1
    if not n:
        return 0
    body = [ln for ln in block[n:] if len(runs[id(ln)]) >= 2]
    if len(body) < s.min_text_rows:
        return 0
    columns = _column_extents(body, gutters_of(block[n:], runs, s))

    def aligned(run: Run, size: float) -> bool:
        tol = 0.6 * size
        return any(abs(run[0] - lo) <= tol or abs(run[1] - hi) <= tol or abs(run[0] + run[1] - lo - hi) <= 2 * tol
                   for lo, hi in columns)

    def over_figures(rs: list[Run]) -> bool:
        # headings over the value columns only, each over one of them (years over their
        # columns): a title block's stamps stand over the key column
        return len(rs) >= 2 and len(columns) >= 3 and all(
            r[0] > columns[0][1] and any(r[0] < hi and lo < r[1] for lo, hi in columns[1:]) for r in rs)

    def heads_columns(run: Run) -> bool:
        return sum(1 for lo, hi in columns if run[0] < hi and lo < run[1]) >= 2

    def title_line(ln: Line) -> bool:
        # a header names several columns; a title line is its title and a stamp at most
        rs = runs[id(ln)]
        return len(rs) <= 2 and not over_figures(rs) and any(
            centred(r) and not aligned(r, max(ln.size, 1.0)) and not heads_columns(r) for r in rs)

    k = 0
    while k < n and title_line(block[k]):
        k += 1
    return k


def _column_extents(lines: list[Line], gutters: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Where the words of each column (between the gutters) start and end."""
    borders = [(a + b) / 2 for a, b in gutters]
    ext: dict[int, tuple[float, float]] = {}
    for ln in lines:
        for w in ln.words:
            c = sum(1 for x in borders if x < (w.x0 + w.x1) / 2)
            lo, hi = ext.get(c, (w.x0, w.x1))
            ext[c] = (min(lo, w.x0), max(hi, w.x1))
    return list(ext.values())

"""Tables drawn without vertical rules (the "text" strategy): where they are on a page.

Where: a stack of long horizontal rules of the same extent (top, under the header, bottom)
frames a table; its lines are read from the characters inside the rules' extent, titles above
and notes below stay out, a body running on below the last rule joins it. Elsewhere, a block of
consecutive lines of which at least `min_text_rows` have two or more runs is a candidate. A
ruled frame whose cells hold stacked lines of figures is read the same way inside the frame.

Each candidate block is read as a table - columns, rows, cells - by tables/text_block.py,
which also tells it from prose.
"""

from __future__ import annotations

from typing import Optional, Sequence

from agendapack.extractors.pdf.types import Char, RawPage
from agendapack.extractors.tables.grid import Seg, split_rules
from agendapack.extractors.tables.model import PageTable
from agendapack.extractors.tables.settings import TableSettings
from agendapack.extractors.tables.text_block import BlockReader, Runs, runs_of
from agendapack.extractors.text.layer import Line, lines_from_chars

__all__ = ["text_tables", "table_in_frame"]

Box = tuple[float, float, float, float]


def text_tables(page: RawPage, chars: Sequence[Char], taken: Sequence[Box], s: TableSettings,
                body_lines: Optional[Sequence[Line]] = None) -> list[PageTable]:
    """Tables drawn without vertical rules on a page, outside the boxes `taken` (the ruled
    tables found already): first those framed by horizontal rules, then blocks of aligned lines."""
    lines = list(body_lines) if body_lines is not None else lines_from_chars(chars, page.number)

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
    for block, tail in _blocks(lines, runs, s):
        for part in _split_block(block, runs, s):
            pt = BlockReader(part, runs, chars, page, s).table()
            if pt is not None and tail and part[-1] is block[-1]:
                # the bottom row's wrapped last lines, where they only lengthen that row
                longer = BlockReader(part + tail, runs, chars, page, s).table()
                if longer is not None and (longer.n_rows, longer.n_cols) == (pt.n_rows, pt.n_cols):
                    pt = longer
            if pt is not None:
                out.append(pt)
    return out


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
            if cut(box[1], box[3]):
                continue
            out.append((box, block))
    return out


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
    result = []
    for b in out:
        # trim single-run lines at both ends (titles, notes; the bottom row's wrapped last
        # lines are set aside)
        while b and len(runs[id(b[0])]) < 2:
            b = b[1:]
        end = len(b)
        while end and len(runs[id(b[end - 1])]) < 2:
            end -= 1
        b, tail = b[:end], _wrapped_tail(b[:end], b[end:], runs)
        if sum(1 for ln in b if len(runs[id(ln)]) >= 2) >= s.min_text_rows:
            result.append((b, tail))
    return result


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
    """Cut a block where a long single-run line (a paragraph) interrupts it."""
    parts: list[list[Line]] = []
    cur: list[Line] = []
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

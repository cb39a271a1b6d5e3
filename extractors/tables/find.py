"""Page tables: the tables on one page, found and read, and the entry points that turn the pages
of a document into its tables.

    raw pages --(tables/grid.py: rules / tables/text.py: aligned text)--> page tables (cells on one page)
              (a ruled frame whose drawn rows hold stacked lines of figures is read by
               tables/text.py inside the frame: one row per line)
              --(tables/logical.py)--> logical tables: header recognised, section banners
                 turned into row groups
              --(tables/merge.py)--> tables joined across page breaks: repeated headers
                 dropped, rows split by a page break joined.

Here: a ruled grid's cells read as a page table, the text tables beside the grids, empty spacer
rows and columns dropped, and each table's context on its page (the heading above it, whether
body text lies above or below it, the lines at the head of the page). A table with no heading
of its own in the body takes the page heading - a prominent line at the head of the page, even
one the text layer set apart as a running header - when no other heading sits between. All
thresholds live in `TableSettings` (tables/settings.py). Nothing here knows a council, a
document or a phrase: rules are about geometry, type styles and the shape of text.
"""

from __future__ import annotations

import re
from typing import Mapping, Optional, Sequence

from agendapack.extractors.pdf.types import Char, RawPage
from agendapack.extractors.tables.cells import CellText, CharIndex, cell_text, drop_giant_letters, drop_overprinted
from agendapack.extractors.tables.grid import Grid, GridCell, ruled_grids
from agendapack.extractors.tables.logical import build_logical
from agendapack.extractors.tables.merge import merge_across_pages
from agendapack.extractors.tables.model import CURRENCY_SIGNS, LogicalTable, PageTable, fix_text, is_number
from agendapack.extractors.tables.settings import DEFAULT_TABLE_SETTINGS, TableSettings
from agendapack.extractors.tables.text import table_in_frame, text_tables
from agendapack.extractors.text.layer import MARGIN_FRACTION, Line, Word, lines_from_chars, median_size

__all__ = ["find_page_tables", "page_logical_tables", "extract_tables"]

Box = tuple[float, float, float, float]

# running headers and footers live in this share of the page height at top and bottom
MARGIN_SHARE = 0.08
# the head of a page: where the text layer looks for running headers (a page heading, too)
HEAD_SHARE = MARGIN_FRACTION
# a line that only numbers the page ("7", "Page 7", "Page 7 of 12", "- 7 -")
PAGE_NUMBER_RE = re.compile(r"^[-–\s]*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-–\s]*$", re.I)


def _grid_to_page_table(grid: Grid, chars: CharIndex, page: RawPage, s: TableSettings) -> PageTable:
    nr, nc = grid.n_rows, grid.n_cols
    slots: list[list[Optional[CellText]]] = [[None] * nc for _ in range(nr)]
    origin = [[False] * nc for _ in range(nr)]
    for gc in grid.cells:
        ct = cell_text(chars, (gc.x0, gc.top, gc.x1, gc.bottom), page.number, s)
        ct.text = fix_text(ct.text)
        ct.colspan, ct.rowspan = gc.colspan, gc.rowspan
        for r in range(gc.row, gc.row + gc.rowspan):
            for c in range(gc.col, gc.col + gc.colspan):
                slots[r][c] = ct
        origin[gc.row][gc.col] = True
    # the grid's cells tile it: every slot lies in the box of one of them
    cells = [[ct for ct in row if ct is not None] for row in slots]
    assert all(len(row) == nc for row in cells)
    # a header-like cell spanning columns whose words sit one group per column is several cells
    for gc in grid.cells:
        if gc.colspan > 1:
            _split_spanning(cells, origin, gc, grid, chars, page, s)
    _join_sign_columns(cells, origin)
    x0, top, x1, bottom = grid.bbox
    fills = [r for r in page.rects if r[0] >= x0 - 2 and r[2] <= x1 + 2 and r[1] >= top - 2 and r[3] <= bottom + 2]
    return PageTable(page.number, grid.bbox, cells, origin, ruled=True, strategy="lines",
                     page_height=page.height, page_width=page.width, fills=fills)




def _with_keys_left_of(pt: PageTable, grid: Grid, chars: CharIndex, page: RawPage, s: TableSettings,
                       others: list[Box]) -> None:
    """A ruled grid around the figures only, each row's key printed to its left with no rules
    around it (a statement's account names): the keys become the table's first column, when
    three in five of the rows with figures have one, short and level with the row, and no text
    left of the grid runs above or below it. Edits `pt` in place."""
    xs, ys = grid.xs, grid.ys
    # (text in another ruled grid beside it is that grid's)
    left = [c for c in chars.band(ys[0], ys[-1]) if c.x1 <= xs[0] - 1.0 and not c.text.isspace()
            and not any(b[0] - 1 <= (c.x0 + c.x1) / 2 <= b[2] + 1 and b[1] - 1 <= (c.top + c.bottom) / 2 <= b[3] + 1 for b in others)]
    if left:
        # nearest the grid: text beyond another grid to the left is no key of this one
        fence = max((b[2] for b in others if b[2] <= xs[0] and b[1] < ys[-1] and b[3] > ys[0]), default=None)
        if fence is not None:
            left = [c for c in left if c.x0 >= fence]
    if not left or len(ys) < 4:
        return
    x_left = min(c.x0 for c in left)
    if xs[0] - x_left > 0.5 * page.width:
        return
    keys = [cell_text(chars, (x_left - 1.0, ys[r], xs[0] - 0.5, ys[r + 1]), page.number, s) for r in range(len(ys) - 1)]
    filled = [r for r in range(pt.n_rows) if any(pt.cells[r][c].text for c in range(pt.n_cols))]
    keyed = [r for r in filled if keys[r].text]
    if len(keyed) < 2 or len(keyed) < 0.6 * len(filled) or any(len(keys[r].text.split()) > 12 for r in keyed):
        return
    for r in range(pt.n_rows):
        keys[r].text = fix_text(keys[r].text)
        pt.cells[r].insert(0, keys[r])
        pt.origin[r].insert(0, True)
    pt.bbox = (x_left, pt.bbox[1], pt.bbox[2], pt.bbox[3])


def _join_sign_columns(cells: list[list[CellText]], origin: list[list[bool]]) -> None:
    """A ruled column whose own cells hold nothing but lone currency signs (a heading over it
    spans the amounts' column too) is the sign of the amounts to its right: one column with
    them ("£ 24,500"). Edits `cells` and `origin` in place."""
    nc = len(cells[0]) if cells else 0
    for c in range(nc - 2, -1, -1):
        own = [row[c] for r, row in enumerate(cells) if origin[r][c] and row[c].colspan == 1]
        if not any(ct.text in CURRENCY_SIGNS for ct in own) or any(ct.text and ct.text not in CURRENCY_SIGNS
                                                                   for ct in own):
            continue
        shrunk: set[int] = set()
        for r, row in enumerate(cells):
            sign, amount = row[c], row[c + 1]
            if sign is amount or sign.colspan > 1:
                if id(sign) not in shrunk:  # a cell spanning the sign's column loses it
                    sign.colspan -= 1
                    shrunk.add(id(sign))
                if sign is amount and origin[r][c]:
                    origin[r][c + 1] = True
            elif sign.text and amount.text:
                amount.text = f"{sign.text} {amount.text}"
                amount.x0 = min(amount.x0, sign.x0)
            del row[c]
            del origin[r][c]


def _split_spanning(cells: list[list[CellText]], origin: list[list[bool]], gc: GridCell, grid: Grid,
                    chars: CharIndex, page: RawPage, s: TableSettings) -> None:
    """Split a column-spanning cell when its words fall one group into each spanned column."""
    ct = cells[gc.row][gc.col]
    if not ct.text:
        return
    words = [w for ln in ct.lines for w in ln.words]
    xs = grid.xs[gc.col : gc.col + gc.colspan + 1]
    buckets: list[list[Word]] = [[] for _ in range(gc.colspan)]
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


def find_page_tables(page: RawPage, s: TableSettings = DEFAULT_TABLE_SETTINGS,
                     body_lines: Optional[Sequence[Line]] = None) -> list[PageTable]:
    """Tables on one page: ruled grids first, then (optionally) tables drawn with text alone."""
    chars = drop_overprinted(drop_giant_letters(page.chars))
    out: list[PageTable] = []
    boxes: list[Box] = []  # every ruled box, tables or not: text inside them is no heading
    index: Optional[CharIndex] = None
    grids = list(ruled_grids(page, s))
    for g in grids:
        if g.n_cols > 1 or g.n_rows > 1:
            boxes.append(g.bbox)
        if g.n_cols < s.min_cols and g.n_rows < s.min_rows:
            continue
        index = index or CharIndex(chars)
        pt = _grid_to_page_table(g, index, page, s)
        _with_keys_left_of(pt, g, index, page, s, [o.bbox for o in grids if o is not g])
        if s.text_strategy and (_stacked_figures(pt, s) or _stacked_entries(pt)):
            alt = table_in_frame(page, chars, g.bbox, s)
            if alt is not None and alt.n_rows > pt.n_rows and alt.n_cols >= pt.n_cols:
                pt = alt
        _clean(pt)
        if pt.n_rows >= s.min_rows and pt.n_cols >= s.min_cols and _has_body(pt):
            out.append(pt)
    if s.text_strategy:
        out.extend(text_tables(page, chars, [t.bbox for t in out], s, body_lines))
    lines = list(body_lines) if body_lines is not None else lines_from_chars(chars, page.number)
    head = _page_head(page, chars, [t.bbox for t in out] + boxes) if out else []
    for t in out:
        _context(t, lines, out, boxes, head)
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
                # a line of figures: one figure, or several side by side in one cell ("0.0156 3,533,692")
                tops.setdefault(round(ln.top), []).append(all(is_number(t) for t in ln.text.split()))
        # a key beside its figures on every line counts too, where each cell of the row has a line
        # there (not projects listed under a year, their estimates beside them)
        stacked = [v for v in tops.values()
                   if len(v) >= 2 and (sum(v) >= 0.6 * len(v) or (len(v) == len(cols) and sum(v) >= 0.5 * len(v)))]
        if len(stacked) >= s.min_text_rows:
            return True
    return False


def _stacked_entries(pt: PageTable) -> bool:
    """A ruled row holding several entries drawn without rules between them: its first cell's
    lines fall in two or more paragraphs set apart by blank space ("Major", "Area" under
    "Stationary:"), and another cell of the row has a line level with the first of each (of
    two or more; the first paragraph may be a label heading the cell alone)."""
    for r in range(pt.n_rows):
        if pt.n_cols < 2 or not pt.origin[r][0] or pt.cells[r][0].rowspan != 1:
            continue
        key = pt.cells[r][0].lines
        firsts = [ln for k, ln in enumerate(key) if k == 0 or ln.top - key[k - 1].top > 1.6 * max(ln.size, 1.0)]
        # labels: a few words each, a line or two (not paragraphs of text in a wide first column)
        if len(firsts) < 2 or len(key) > 2 * len(firsts) or any(len(f.text.split()) > 6 for f in firsts):
            continue
        others = [ln for c in range(1, pt.n_cols) if pt.origin[r][c] for ln in pt.cells[r][c].lines]
        level = [any(abs(o.top - f.top) <= 2.0 for o in others) for f in firsts]
        # a label may head the cell alone ("Stationary:"), the entries under it
        if sum(level) >= 2 and all(level[1:]):
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


def _page_head(page: RawPage, chars: Sequence[Char], boxes: Sequence[Box]) -> list[Line]:
    """The lines at the head of a page, outside every table and box, read from its characters
    (the body lines the text layer hands over lack the ones it took for running headers)."""
    zone = HEAD_SHARE * page.height
    top = [c for c in chars if (c.top + c.bottom) / 2 < zone]
    out = []
    for ln in lines_from_chars(top, page.number):
        cy, cx = (ln.top + ln.bottom) / 2, (ln.x0 + ln.x1) / 2
        if not any(b[1] - 1 <= cy <= b[3] + 1 and b[0] - 1 <= cx <= b[2] + 1 for b in boxes):
            out.append(ln)
    return out


def _context(t: PageTable, lines: Sequence[Line], tables: list[PageTable], boxes: Sequence[Box] = (),
             head: Sequence[Line] = ()) -> None:
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
    t.page_head = [ln.text for ln in head]
    if t.title is None and floor < 0:
        _title_from_head(t, head, above)


def _title_from_head(t: PageTable, head: Sequence[Line], above: Sequence[Line]) -> None:
    """A table with no heading of its own takes the page heading: the prominent line at the head
    of the page above it (not a page number), when no prominent body line sits between."""
    top = t.bbox[1]
    cands = [ln for ln in head if ln.bottom <= top + 1 and not PAGE_NUMBER_RE.match(ln.text.strip())]
    if not cands:
        return
    body = median_size([*above, *cands])
    title, bottom = _title_from(cands, top, body=body, far=True)
    if title is None or bottom is None:
        return
    between = [ln for ln in above if ln.top >= bottom - 1 and ln.text not in title]
    if any(ln.bold or ln.all_caps or ln.size >= body + 1.0 for ln in between if len(ln.text.split()) <= 20):
        return  # another heading stands between: it was no title, so neither is this
    t.title, t.title_bottom = title, bottom


def _heading_like(ln: Line, body: float) -> bool:
    words = len(ln.text.split())
    return words <= 20 and (ln.bold or ln.size >= body + 1.0 or ln.all_caps or words <= 8)


def _title_from(above: Sequence[Line], top: float, body: Optional[float] = None,
                far: bool = False) -> tuple[Optional[str], Optional[float]]:
    """The heading nearest above a table: a short, bold, larger or capitalised line (a
    paragraph of introduction between heading and table is skipped over). `body`: the body
    text size (else the median size of `above`); `far`: however far above the table it is
    (a page heading), else within a dozen body lines; a stand-alone short plain line is then
    no heading."""
    ordered = sorted(above, key=lambda ln: -ln.bottom)
    if body is None:
        body = median_size(above)
    limit = -1.0 if far else top - 12 * max(body, 6.0)
    for i, ln in enumerate(ordered):
        if ln.bottom < limit:
            break
        if not _heading_like(ln, body):
            continue
        if far and not (ln.bold or ln.all_caps or ln.size >= body + 1.0):
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
                   body_lines: Optional[Mapping[int, Sequence[Line]]] = None,
                   no_text_pages: frozenset[int] | set[int] = frozenset()) -> list[LogicalTable]:
    """All tables of a document, in reading order, joined across page breaks.

    `body_lines` (page -> lines without running headers and footers) helps tell where a table
    ends; pages in `no_text_pages` are searched for ruled tables only."""
    logical: list[LogicalTable] = []
    for page in pages:
        lines = body_lines.get(page.number) if body_lines is not None else None
        logical += page_logical_tables(page, s, lines, ruled_only=page.number in no_text_pages)
    return merge_across_pages(logical, s)

"""Tables joined across page breaks: the logical tables of consecutive pages become one table
where the next page's table carries on the last one.

Two kinds of joins, in this order:

1. Side by side. A table too wide for its page is printed in parts: the left columns on one
   page, the other columns on the next, the same rows on both. The two halves are told apart
   from a continuation by their rows: a key column whose values repeat on both halves, in the
   same order or not (the halves are joined by key; a row without one, such as a total, goes
   beside the keyless row printed level with it), or - with no key repeated - the same
   number of rows printed at the same heights under a header of other columns (joined row by
   row). A half without a header of its own, whose first rows print its column names, has
   them read as its header.

2. Down the page break. A table continues on the next page when it is the last thing on its
   page, the next part is the first thing on the next one, no new heading stands above the
   next part and either
   - the next part repeats the header: the same column names, also when its header is one row
     deeper or shallower (a merged cell printed over the column headings on some pages only),
     or when only its top header row was read as header and the column headings follow as its
     first rows (those are dropped), or
   - it has no header and its columns line up with the table's (within
     `continue_column_tolerance`), or - at a page break, the table running to the foot of its
     page and the part starting at the head of the next - its columns, laid out afresh, map
     one by one in order onto the table's (each nearest to its counterpart; a column left
     empty on that page, and so dropped, stays empty in its rows).
   A next part with no header that cannot be matched so (more columns than the table, or not
   in order) is left apart, with a warning; the table may still go on after it, on a page that
   repeats its header.
   A heading above the next part is no new heading when it repeats the table's, or when it is
   page furniture: a page heading taken for a title, or a running header printed at the head
   of the previous page too.

   A line or two at the head of a page, too few to make a table on their own, are read as a
   provisional part: joined when they carry a table on so, else dropped (with a warning when
   that table breaks off at the foot of the page before).

A repeated header is dropped and a row split by the page break is joined into one. A key
printed alone at the foot of a page whose rows go on overleaf, set deeper, heads their group
(unless it carries an account code: a parent account is a row of the ledger).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from agendapack.extractors.tables.logical import ACCOUNT_CODE, same_header, unique_names
from agendapack.extractors.tables.model import LogicalRow, LogicalTable, PageTable, is_number
from agendapack.extractors.tables.settings import DEFAULT_TABLE_SETTINGS, TableSettings

__all__ = ["merge_across_pages"]


def merge_across_pages(tables: list[LogicalTable], s: TableSettings = DEFAULT_TABLE_SETTINGS) -> list[LogicalTable]:
    """The tables of a document in reading order, the halves of a table too wide for its page
    put side by side, and each table joined to the one before it where it carries that one on
    down the next page."""
    out: list[LogicalTable] = []
    foot = _foot(tables)
    apart: set[int] = set()  # continuations left apart (ids)
    for t in _join_halves(tables, s):
        prev = out[-1] if out else None
        if prev is not None:
            verdict = _continuation(prev, t, s, foot)
            if verdict.join:
                _append(prev, t, verdict.drop, verdict.columns)
                continue
            if id(prev) in apart and len(out) >= 2:
                # the table before a part left apart goes on where its header is repeated
                past = _continuation(out[-2], t, s, foot, after=prev.parts[-1])
                if past.join:
                    _append(out[-2], t, past.drop)
                    continue
            if verdict.warning and t.parts[0].provisional:
                # a line or two at the head of the page where the table broke off, not lining
                # up with it: not read as rows of it, and said so
                b = t.parts[0]
                prev.warnings.append(
                    f"{len(t.rows)} line(s) at the head of page {b.page} may carry this table on from page "
                    f"{prev.parts[-1].page}, but do not line up with its columns: not read as its rows")
            elif verdict.warning:
                t.warnings.append(verdict.warning)
                apart.add(id(t))
        if t.parts[0].provisional:
            continue  # a line or two at a page head that carry on no table: not a table
        out.append(t)
    _carry_column_names(out)
    return out


# how far apart (a share of the page width) two columns' ends may lie and still be one column
COLUMN_END_SHARE = 0.015


def _placeholder(name: str) -> bool:
    return name.startswith("(column ")


def _carry_column_names(tables: list[LogicalTable]) -> None:
    """A table printed without heads, whose figure columns end where those of the headed table
    before it end (the funds of a budget under the heads printed once, at the top of its first
    page): its columns take that table's names, as a reader takes them."""
    headed: Optional[LogicalTable] = None
    for t in tables:
        if t.header_rows and not all(_placeholder(c) for c in t.columns[1:]):
            headed = t
        elif (headed is not None and not t.header_rows and all(_placeholder(c) for c in t.columns)
              and len(t.columns) == len(headed.columns) and _ends_line_up(headed.parts[0], t.parts[0])):
            t.columns = list(headed.columns)


def _column_ends(pt: PageTable) -> list[Optional[float]]:
    """Where each column's text ends, by the median over its cells (None: an empty column)."""
    out: list[Optional[float]] = []
    for c in range(pt.n_cols):
        ends = sorted(row[c].x1 for r, row in enumerate(pt.cells) if pt.origin[r][c] and row[c].text)
        out.append(ends[len(ends) // 2] if ends else None)
    return out


def _ends_line_up(a: PageTable, b: PageTable) -> bool:
    """The figure columns (all but the key column) of the two tables end at the same places
    (within an em or so: a text table's cells end at the gutter after its column)."""
    tol = COLUMN_END_SHARE * max(a.page_width, b.page_width, 1.0)
    pairs = list(zip(_column_ends(a)[1:], _column_ends(b)[1:]))
    return bool(pairs) and all(x is not None and y is not None and abs(x - y) <= tol for x, y in pairs)


# ---- down the page break --------------------------------------------------------------------------


@dataclass
class _Verdict:
    join: bool = False
    drop: int = 0  # leading rows of the next part that repeat the header
    warning: Optional[str] = None
    columns: Optional[list[int]] = None  # the table's column of each of the next part's columns


def _continuation(prev: LogicalTable, nxt: LogicalTable, s: TableSettings, foot: dict[float, float],
                  after: Optional[PageTable] = None) -> _Verdict:
    """Whether `nxt` carries `prev` on down the next page, and how; `after`: the part printed
    between them (left apart), which `nxt` must follow on the next page, repeating the header."""
    a, b = prev.parts[-1], nxt.parts[0]
    if b.page != (after or a).page + 1 or prev.sideways != nxt.sideways:
        return _Verdict()
    if not (_last_on_page(prev) and _first_on_page(nxt)) or (after is not None and after.text_below):
        return _Verdict()
    if _new_heading(prev, nxt):
        return _Verdict()
    relation, drop = _header_relation(prev, nxt)
    if relation == "other" or (after is not None and relation != "same"):
        return _Verdict()  # a header of its own: another table
    if relation == "same":
        return _Verdict(True, drop)
    # no header repeated (or none to repeat): the columns must line up with the table's (the
    # left half's, for a table printed in halves) ...
    base = prev.parts[-prev.sideways]
    if _columns_match(base, b, s):
        return _Verdict(True)
    # ... or, for a part without header at a page break, map onto them
    if nxt.header_rows or not _at_page_break(a, b, s, foot):
        return _Verdict()
    columns = _column_map(base, b) if prev.sideways == 1 else None
    if columns is not None:
        return _Verdict(True, columns=None if columns == list(range(base.n_cols)) else columns)
    return _Verdict(warning=(
        f"the table on page {b.page} has no header and starts where the table on page {a.page} breaks off, "
        f"but its columns do not line up with that table's ({b.n_cols} against {base.n_cols}): "
        "left as a table of its own, it may continue that one"))


def _header_relation(prev: LogicalTable, nxt: LogicalTable) -> tuple[str, int]:
    """("same", k): the next part repeats the table's header (its first k rows being the
    column headings, read as data under a merged cell taken for the whole header); ("none", 0):
    it has no header; ("other", 0): a header of its own."""
    if not prev.header_rows:
        return "none", 0  # nothing to compare with: the columns decide
    if nxt.header_rows and _same_columns(prev.columns, nxt.columns):
        return "same", 0
    if prev.header:
        for k, row in enumerate(nxt.rows[:2], start=1):
            if row.group is None and same_header(row.cells, prev.header[-1]):
                return "same", k
    return ("other", 0) if nxt.header_rows else ("none", 0)


def _same_columns(a: list[str], b: list[str]) -> bool:
    """Column names that repeat one header, also where one of them is a row deeper - a
    merged cell printed over the column headings on one page only: column by column, the
    shorter path of headings is the tail of the longer ("Ref" and "Action / Process / Ref")."""
    if len(a) != len(b):
        return False
    if same_header(a, b):
        return True
    ta, tb = [], []
    for x, y in zip(a, b):
        px, py = _path(x), _path(y)
        n = min(len(px), len(py))
        ta.append(" / ".join(px[len(px) - n:]))
        tb.append(" / ".join(py[len(py) - n:]))
    return same_header(ta, tb)


def _path(name: str) -> list[str]:
    """A column's headings, top down, without the number that told apart a repeated name."""
    if name.startswith("(column "):
        return []
    return re.sub(r" \(\d+\)$", "", name).split(" / ")


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


def _column_map(a: PageTable, b: PageTable) -> Optional[list[int]]:
    """The columns of `b`, laid out afresh on the next page, mapped onto those of `a`: the
    tables overlapping across most of their width, each column of `b` taken for the column of
    `a` whose centre lies nearest its own - on the page, else across each table's width (the
    table printed at another scale) - in order and none twice. `b` may lack a column or two
    (left empty on its page), never have more. None where they do not map so."""
    if b.n_cols > a.n_cols or b.n_cols < max(2, 0.6 * a.n_cols):
        return None
    overlap = min(a.bbox[2], b.bbox[2]) - max(a.bbox[0], b.bbox[0])
    if overlap < 0.8 * min(a.bbox[2] - a.bbox[0], b.bbox[2] - b.bbox[0]):
        return None
    for scaled in (False, True):
        ca, cb = _centres(a, scaled), _centres(b, scaled)
        out = [min(range(len(ca)), key=lambda k: abs(ca[k] - x)) for x in cb]
        if all(x < y for x, y in zip(out, out[1:])):
            return out
    return None


def _centres(pt: PageTable, scaled: bool) -> list[float]:
    """The middle of each column - of its cells' boxes, not of its left border and the next
    one's, which may belong to a column dropped as empty - on the page or (`scaled`) as a
    share of the table's width from its left edge."""
    edges = pt.col_edges() + [pt.bbox[2]]
    x0, width = (pt.bbox[0], max(pt.bbox[2] - pt.bbox[0], 1.0)) if scaled else (0.0, 1.0)
    out = []
    for c in range(pt.n_cols):
        mids = sorted((cell.x0 + cell.x1) / 2 for row in pt.cells for cell in [row[c]] if cell.colspan == 1)
        mid = mids[len(mids) // 2] if mids else (edges[c] + edges[c + 1]) / 2
        out.append((mid - x0) / width)
    return out


def _foot(tables: list[LogicalTable]) -> dict[float, float]:
    """How far down the pages of each height tables reach (the foot of the body)."""
    foot: dict[float, float] = {}
    for t in tables:
        for p in t.parts:
            foot[p.page_height] = max(foot.get(p.page_height, 0.0), p.bbox[3])
    return foot


def _tallest_row(pt: PageTable) -> float:
    heights = [max(c.bottom for c in row) - min(c.top for c in row) for row in pt.cells if row]
    return max(heights, default=0.0)


def _at_page_break(a: PageTable, b: PageTable, s: TableSettings, foot: dict[float, float]) -> bool:
    """`a` breaks off at the foot of its page - no room left for another of its rows above the
    lowest any table of the document reaches - and `b` starts at the head of the next."""
    if not a.page_height or not b.page_height:
        return False
    if a.bbox[3] < (1 - s.continue_bottom_share) * a.page_height or b.bbox[1] > s.continue_top_share * b.page_height:
        return False
    room = foot.get(a.page_height, a.bbox[3]) - a.bbox[3]
    return room <= max(_tallest_row(a), 0.04 * a.page_height)


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _new_heading(prev: LogicalTable, nxt: LogicalTable) -> bool:
    """A heading above the next part that starts a new table: not the table's own heading
    repeated, not a running header or page heading printed at the head of the previous page
    as well."""
    a, b = prev.parts[-1], nxt.parts[0]
    titles = [b.title]
    if nxt.title and nxt.title != b.title:
        titles.append(nxt.title)
    return any(t and not _repeated_title(t, (a.title, prev.title), a) for t in titles)


def _repeated_title(title: str, titles: tuple[Optional[str], ...], part: PageTable) -> bool:
    """`title` is one of `titles`, or page furniture repeated from the head of `part`'s page
    (word for word: headings that differ by a number are sections of their own)."""
    keys = {_key(x) for x in titles if x} | {_key(x) for x in part.page_head} | {_key(" ".join(part.page_head))}
    return _key(title) in keys


def _last_on_page(t: LogicalTable) -> bool:
    return not t.parts[-1].text_below


def _first_on_page(t: LogicalTable) -> bool:
    part = t.parts[0]
    if not part.text_above:
        return True
    # only a (repeated) heading sits above it
    return part.title is not None and part.bbox[1] <= part.page_height * DEFAULT_TABLE_SETTINGS.continue_top_share


def _append(prev: LogicalTable, t: LogicalTable, drop: int = 0, columns: Optional[list[int]] = None) -> None:
    rows = t.rows[drop:]
    if columns is not None:
        # a part whose columns were laid out afresh: each cell into the table's column
        for r in rows:
            cells = [""] * len(prev.columns)
            for j, i in zip(range(len(r.cells)), columns):
                cells[i] = r.cells[j]
            r.cells = cells
    if not t.header_rows and rows and prev.header:
        # header repeated but not recognised as such on this part: drop rows equal to it
        while rows and same_header(rows[0].cells, prev.header[-1]):
            rows = rows[1:]
    if rows and prev.rows and _is_continuation_row(prev.rows[-1], rows[0]) and rows[0].group is None:
        last = prev.rows[-1]
        last.cells = [_join_cell(a, b) for a, b in zip(last.cells, rows[0].cells)]
        for p in rows[0].pages:
            if p not in last.pages:
                last.pages.append(p)
        rows = rows[1:]
    current_group = prev.rows[-1].group if prev.rows else None
    if rows and prev.rows and _heading_at_foot(prev, t, rows[0]):
        # the heading of a group of rows printed alone at the foot of the page, its rows
        # overleaf: a banner, as it is where its rows follow it on the same page
        current_group = prev.rows.pop().cells[0]
        if current_group not in prev.groups:
            prev.groups.append(current_group)
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
    prev.pages.extend(p for p in t.pages if p not in prev.pages)
    prev.warnings.extend(t.warnings)
    if prev.title is None:
        prev.title = t.title


def _heading_at_foot(prev: LogicalTable, t: LogicalTable, first: LogicalRow) -> bool:
    """Is the table's last row a key alone (no other cell filled) whose rows go on overleaf,
    their keys indented deeper than it (by at least an em)?"""
    last = prev.rows[-1]
    if not last.cells or not last.cells[0] or any(last.cells[1:]) or not first.cells or not first.cells[0]:
        return False
    if ACCOUNT_CODE.match(last.cells[0]):
        return False  # a parent account carrying its code stays a row, as on the page
    if prev.parts[-1].ruled or t.parts[0].ruled or last.key_x is None or first.key_x is None:
        return False
    return first.key_x - last.key_x >= max(last.key_size, 1.0)


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


# ---- side by side ---------------------------------------------------------------------------------


@dataclass
class _Halves:
    """How the right half's rows go beside the left half's: `order[k]` is the right-half row
    printed beside left row k (None: none); `key` the right column repeating the left half's
    key (dropped); `head` how many leading right rows hold its column names."""

    order: list[Optional[int]]
    key: Optional[int]
    head: int


def _join_halves(tables: list[LogicalTable], s: TableSettings) -> list[LogicalTable]:
    """Consecutive page tables that are the left and right halves of one table, put side by side."""
    out: list[LogicalTable] = []
    i = 0
    while i < len(tables):
        t = tables[i]
        if i + 1 < len(tables):
            plan = _halves(t, tables[i + 1], s)
            if plan is not None:
                _put_beside(t, tables[i + 1], plan)
                out.append(t)
                i += 2
                continue
        out.append(t)
        i += 1
    return out


def _halves(left: LogicalTable, right: LogicalTable, s: TableSettings) -> Optional[_Halves]:
    """Whether `right`, the first table of the next page, prints other columns of the rows of
    `left`, the last table of its page; and how its rows go beside them."""
    if len(left.parts) != 1 or len(right.parts) != 1:
        return None
    a, b = left.parts[0], right.parts[0]
    if b.page != a.page + 1 or len(left.rows) < 2 or not right.rows:
        return None
    if not (_last_on_page(left) and _first_on_page(right)):
        return None
    if any(t and not _repeated_title(t, (left.title, a.title), a) for t in (b.title, right.title)):
        return None  # a heading of its own: another table
    if left.header_rows and right.header_rows and _same_columns(left.columns, right.columns):
        return None  # the same columns: a continuation, if anything
    head = 0
    if left.header_rows and not right.header_rows and len(right.rows) == len(left.rows) + left.header_rows:
        head = left.header_rows  # the right half's column names were read as rows
    rows = right.rows[head:]
    names = _names_from_rows(right, head) if head else right.columns
    plan = _by_key(left.rows, rows, left.columns, names)
    if plan is not None:
        order, key = plan
        return _Halves(order, key, head)
    if len(rows) != len(left.rows) or len(rows) < 3 or _columns_match(a, b, s):
        return None
    if not (left.header_rows and (right.header_rows or head)):
        return None  # with no key, only headers tell other columns from the same ones
    if not _aligned(left.rows, rows, a.page_height or b.page_height):
        return None
    return _Halves(list(range(len(rows))), None, head)


def _by_key(left: list[LogicalRow], right: list[LogicalRow], left_names: list[str],
            right_names: list[str]) -> Optional[tuple[list[Optional[int]], int]]:
    """A column of the right half repeating a key column of the left half (one of the first two
    on each: distinct values, found for most rows on both halves; serial numbers, which any
    table may restart, only under the same heading on both): the right row beside each left
    row, and that column."""
    n = len(left)
    if not right or not left[0].cells or not right[0].cells:
        return None
    for i in range(min(2, len(left[0].cells))):
        keys = [_key(r.cells[i]) if i < len(r.cells) else "" for r in left]
        filled = [k for k in keys if k]
        if len(filled) < max(2, 0.8 * n) or len(set(filled)) < 0.9 * len(filled):
            continue
        serial = all(k.isdigit() for k in filled)
        for j in range(min(2, len(right[0].cells))):
            if serial and not (i < len(left_names) and j < len(right_names) and left_names[i]
                               and _key(left_names[i]) == _key(right_names[j])):
                continue
            rkeys = [_key(r.cells[j]) if j < len(r.cells) else "" for r in right]
            where: dict[str, int] = {}
            for k, v in enumerate(rkeys):
                if v:
                    where.setdefault(v, k)
            hits = [where.get(k) if k else None for k in keys]
            found = sum(h is not None for h in hits)
            rfilled = sum(1 for v in rkeys if v)
            if found >= 0.8 * len(filled) and found >= 0.8 * rfilled:
                return _keyless_beside(left, right, hits, rkeys), j
    return None


def _keyless_beside(left: list[LogicalRow], right: list[LogicalRow], hits: list[Optional[int]],
                    rkeys: list[str]) -> list[Optional[int]]:
    """`hits` with each left row that has no key (a total row, say) given the keyless right row
    printed level with it - as far below a row joined by key on both halves; a keyless row with
    none level with it stays apart."""
    anchor = next(((i, h) for i, h in enumerate(hits) if h is not None and left[i].top > 0 and right[h].top > 0),
                  None)
    if anchor is None:
        return hits
    shift = right[anchor[1]].top - left[anchor[0]].top
    tops = [r.top for r in left if r.top > 0]
    tol = _level_tolerance(tops)
    taken = {h for h in hits if h is not None}
    out = list(hits)
    for i, h in enumerate(hits):
        if h is not None or left[i].top <= 0:
            continue
        level = [k for k, r in enumerate(right) if not rkeys[k] and k not in taken and r.top > 0
                 and abs(r.top - left[i].top - shift) <= tol]
        if len(level) == 1:
            out[i] = level[0]
            taken.add(level[0])
    return out


def _level_tolerance(tops: list[float]) -> float:
    """How far apart two rows' tops may be and still count as level: a third of the usual row
    pitch (the upper median of the gaps between successive tops), two points at least."""
    pitch = sorted(y - x for x, y in zip(tops, tops[1:]))
    return max(2.0, 0.3 * (pitch[len(pitch) // 2] if pitch else 0.0))


def _aligned(left: list[LogicalRow], right: list[LogicalRow], page_height: float) -> bool:
    """Rows printed at the same heights on both halves - the rows of one sheet printed twice:
    the first rows about level, the others as far below them on both."""
    if any(r.top <= 0 for r in left + right):
        return False
    if abs(left[0].top - right[0].top) > 0.05 * page_height:
        return False
    lt = [r.top - left[0].top for r in left]
    rt = [r.top - right[0].top for r in right]
    tol = _level_tolerance(lt)
    return all(abs(x - y) <= tol for x, y in zip(lt, rt))


def _names_from_rows(t: LogicalTable, head: int) -> list[str]:
    """Column names read from the first `head` rows of a table whose header went unrecognised."""
    heads = [r.cells for r in t.rows[:head]]
    return [" / ".join(h[j] for h in heads if j < len(h) and h[j]) for j in range(len(t.columns))]


def _put_beside(left: LogicalTable, right: LogicalTable, plan: _Halves) -> None:
    names = _names_from_rows(right, plan.head) if plan.head else right.columns
    rows = right.rows[plan.head:]
    width = len(left.columns)
    pairs = [(row, rows[k]) for row, k in zip(left.rows, plan.order) if k is not None]

    def repeated(j: int) -> bool:
        """The key, or a column printed on both halves: the same heading and the same values."""
        if j == plan.key:
            return True
        if not names[j] or names[j] not in left.columns:
            return False
        i = left.columns.index(names[j])
        return all((x.cells[i] if i < len(x.cells) else "") == (y.cells[j] if j < len(y.cells) else "") for x, y in pairs)

    keep = [j for j in range(len(names)) if not repeated(j)]
    for j in keep:
        left.columns.append(unique_names(left.columns + [names[j] or f"(column {width + j + 1})"])[-1])
    used = set()
    for row, k in zip(left.rows, plan.order):
        if k is None:
            row.cells.extend("" for _ in keep)
            continue
        used.add(k)
        row.cells.extend(rows[k].cells[j] if j < len(rows[k].cells) else "" for j in keep)
        for p in rows[k].pages:
            if p not in row.pages:
                row.pages.append(p)
    # right rows with no left row beside them (a key printed on the right half only)
    for k, r in enumerate(rows):
        if k not in used and any(r.cells):
            cells = [""] * width
            if plan.key is not None:
                cells[_left_key(left, rows, plan)] = r.cells[plan.key]
            left.rows.append(LogicalRow(cells + [r.cells[j] if j < len(r.cells) else "" for j in keep],
                                        list(r.pages), r.group, r.top))
    left.parts.extend(right.parts)
    left.pages.extend(p for p in right.pages if p not in left.pages)
    left.sideways = 2
    left.warnings.extend(right.warnings)
    if left.title is None:
        left.title = right.title


def _left_key(left: LogicalTable, rows: list[LogicalRow], plan: _Halves) -> int:
    """The left column the right half's key repeats."""
    for k, r in zip(plan.order, left.rows):
        if k is not None and plan.key is not None:
            for i, c in enumerate(r.cells):
                if c and _key(c) == _key(rows[k].cells[plan.key]):
                    return i
    return 0

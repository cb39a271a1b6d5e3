"""Find table grids on one page from its ruling lines (the "lines" strategy).

Rules are snapped and joined, grouped into connected frameworks, and each framework becomes a
grid of column and row borders. A border between two neighbouring grid cells counts as drawn
when rules cover most of it; cells with no border between them are one spanning cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from agendapack.extractors.pdf.types import RawPage, Rule
from agendapack.extractors.tables.settings import DEFAULT_TABLE_SETTINGS, TableSettings


@dataclass
class Seg:
    """A snapped rule: horizontal (pos = y, a..b along x) or vertical (pos = x, a..b along y)."""

    pos: float
    a: float
    b: float

    @property
    def length(self) -> float:
        return self.b - self.a


@dataclass
class GridCell:
    row: int
    col: int
    rowspan: int
    colspan: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Grid:
    """Column borders `xs`, row borders `ys` and the (possibly spanning) cells between them."""

    xs: list[float]
    ys: list[float]
    cells: list[GridCell] = field(default_factory=list)
    ruled: bool = True
    hrules_only: bool = False

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1


def _cluster(values: list[float], tol: float) -> list[float]:
    """Sorted cluster centres of values that lie within `tol` of their neighbour."""
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(c) / len(c) for c in out]


def _snap_join(segs: list[Seg], s: TableSettings) -> list[Seg]:
    """Snap segments on (nearly) the same line together and join touching pieces."""
    segs = sorted(segs, key=lambda g: g.pos)
    groups: list[list[Seg]] = []
    for g in segs:
        # a line drawn a little off (a chain of near places) joins; a run of strokes a point
        # apart across the page does not chain rules far apart into one
        if groups and g.pos - groups[-1][-1].pos <= s.snap_tolerance and g.pos - groups[-1][0].pos <= 2 * s.snap_tolerance:
            groups[-1].append(g)
        else:
            groups.append([g])
    out: list[Seg] = []
    for grp in groups:
        # each joined piece sits where its own pieces are drawn: a group chained through many
        # strokes elsewhere on the page (a signature drawn as paths) must not move a table's rule
        pieces: list[list[Seg]] = []
        end = 0.0
        for g in sorted(grp, key=lambda g: g.a):
            if pieces and g.a <= end + s.join_tolerance:
                pieces[-1].append(g)
                end = max(end, g.b)
            else:
                pieces.append([g])
                end = g.b
        for piece in pieces:
            pos = sum(g.pos * max(g.length, 1) for g in piece) / sum(max(g.length, 1) for g in piece)
            out.append(Seg(pos, min(g.a for g in piece), max(g.b for g in piece)))
    return out


def split_rules(rules: list[Rule], s: TableSettings, width: float = 0.0, height: float = 0.0) -> tuple[list[Seg], list[Seg]]:
    hs, vs = [], []
    edge = 2.0
    for r in rules:
        if width and height:
            # page borders and decorations running edge to edge are not table rules
            if r.horizontal and (r.bottom <= edge or r.top >= height - edge or (r.x0 <= edge and r.x1 >= width - edge)):
                continue
            if not r.horizontal and (r.x1 <= edge or r.x0 >= width - edge or (r.top <= edge and r.bottom >= height - edge)):
                continue
        if r.horizontal:
            if r.x1 - r.x0 >= s.min_rule_length:
                hs.append(Seg((r.top + r.bottom) / 2, r.x0, r.x1))
        else:
            if r.bottom - r.top >= s.min_rule_length:
                vs.append(Seg((r.x0 + r.x1) / 2, r.top, r.bottom))
    return _snap_join(hs, s), _snap_join(vs, s)


class _UF:
    def __init__(self, n: int):
        self.p = list(range(n))

    def find(self, i: int) -> int:
        while self.p[i] != i:
            self.p[i] = self.p[self.p[i]]
            i = self.p[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def _touch(h: Seg, v: Seg, tol: float) -> bool:
    return h.a - tol <= v.pos <= h.b + tol and v.a - tol <= h.pos <= v.b + tol


def frameworks(hs: list[Seg], vs: list[Seg], s: TableSettings) -> list[tuple[list[Seg], list[Seg]]]:
    """Connected groups of horizontal and vertical rules."""
    n = len(hs)
    uf = _UF(n + len(vs))
    tol = s.intersection_tolerance
    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if _touch(h, v, tol):
                uf.union(i, n + j)
    groups: dict[int, tuple[list[Seg], list[Seg]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(uf.find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(uf.find(n + j), ([], []))[1].append(v)
    return [g for g in groups.values() if g[0] and g[1]]


def _coverage(segs: list[Seg], pos: float, a: float, b: float, tol: float) -> float:
    """Share of [a, b] at line `pos` covered by segments."""
    if b - a <= 0:
        return 1.0
    spans = sorted((max(a, g.a), min(b, g.b)) for g in segs if abs(g.pos - pos) <= tol and g.b > a and g.a < b)
    if not spans:
        return 0.0
    covered = 0.0
    cur_a, cur_b = spans[0]
    for x, y in spans[1:]:
        if x > cur_b:
            covered += cur_b - cur_a
            cur_a, cur_b = x, y
        else:
            cur_b = max(cur_b, y)
    covered += cur_b - cur_a
    return covered / (b - a)


def _open_edge(ends: list[float], drawn: float, direction: int, s: TableSettings) -> float:
    """Outer edge of a table: the outermost drawn border, or - when the table is left open on
    that side - where most crossing rules end (one stray long rule does not move it)."""
    beyond = sorted((e for e in ends if (e - drawn) * direction > s.column_merge_distance), key=lambda e: e * direction)
    if len(beyond) < max(2, len(ends) // 3):
        return drawn
    return beyond[len(beyond) // 2]


def _support(segs: list[Seg], pos: float, edges: list[float], tol: float, share: float) -> int:
    """In how many of the intervals between `edges` a border at `pos` is drawn."""
    return sum(_coverage(segs, pos, a, b, tol) >= share for a, b in zip(edges, edges[1:]))


def _snap_weak_columns(xs: list[float], ys: list[float], vs: list[Seg], s: TableSettings) -> tuple[list[float], list[Seg]]:
    """A column border drawn in only a few rows, close to one drawn in many (a header drawn a
    little apart from the body), is the same border."""
    if len(xs) <= 3:
        return xs, vs
    width = xs[-1] - xs[0]
    sup = {x: _support(vs, x, ys, s.column_merge_distance, s.border_coverage) for x in xs[1:-1]}
    moved: dict[float, float] = {}
    for x, n in sup.items():
        near = [y for y in sup if y != x and abs(y - x) <= s.continue_column_tolerance * width and sup[y] > n]
        if near and n <= max(1, (len(ys) - 1) // 3):
            moved[x] = max(near, key=lambda y: sup[y])
    if not moved:
        return xs, vs
    new_vs = [Seg(moved.get(min(moved, key=lambda m: abs(m - v.pos)), v.pos)
                  if any(abs(v.pos - m) <= s.column_merge_distance for m in moved) else v.pos, v.a, v.b)
              for v in vs]
    return [x for x in xs if x not in moved], new_vs


def _drop_local_row_borders(xs: list[float], ys: list[float], hs: list[Seg], s: TableSettings) -> list[float]:
    """Row borders drawn across a single column of a wider table are fills (gradients), not rows."""
    nc = len(xs) - 1
    if nc < 3:
        return ys
    tol = max(s.snap_tolerance, s.intersection_tolerance)
    keep = [ys[0]]
    for y in ys[1:-1]:
        if _support(hs, y, xs, tol, s.border_coverage) >= 2:
            keep.append(y)
    keep.append(ys[-1])
    return keep


def _drawn_edge(vs: list[Seg], x: float, top: float, bottom: float, s: TableSettings, width: float) -> float:
    """Where a cell's side border is actually drawn (it may sit a little off the column border)."""
    best, best_cov = x, _coverage(vs, x, top, bottom, s.column_merge_distance)
    if best_cov >= s.border_coverage:
        return x
    for v in vs:
        if abs(v.pos - x) <= s.continue_column_tolerance * width:
            cov = _coverage(vs, v.pos, top, bottom, s.column_merge_distance)
            if cov > best_cov + 0.2:
                best, best_cov = v.pos, cov
    return best


def grid_from_rules(hs: list[Seg], vs: list[Seg], s: TableSettings) -> Optional[Grid]:
    """Build the grid of one framework of rules."""
    tol = max(s.snap_tolerance, s.intersection_tolerance)
    x_lo = _open_edge([h.a for h in hs], min(v.pos for v in vs), -1, s)
    x_hi = _open_edge([h.b for h in hs], max(v.pos for v in vs), 1, s)
    y_lo = _open_edge([v.a for v in vs], min(h.pos for h in hs), -1, s)
    y_hi = _open_edge([v.b for v in vs], max(h.pos for h in hs), 1, s)
    # an open outer edge (no closing rule) still bounds the table: rule ends stand in for it
    xs = _cluster([v.pos for v in vs] + [x_lo, x_hi], s.column_merge_distance)
    ys = _cluster([h.pos for h in hs] + [y_lo, y_hi], s.snap_tolerance * 2)
    if len(xs) < 2 or len(ys) < 2:
        return None
    drawn_vs = vs
    xs, vs = _snap_weak_columns(xs, ys, vs, s)
    ys = _drop_local_row_borders(xs, ys, hs, s)
    nr, nc = len(ys) - 1, len(xs) - 1
    if nr < 1 or nc < 1:
        return None
    uf = _UF(nr * nc)
    for r in range(nr):
        for c in range(nc):
            if c + 1 < nc and _coverage(vs, xs[c + 1], ys[r], ys[r + 1], s.column_merge_distance) < s.border_coverage:
                uf.union(r * nc + c, r * nc + c + 1)
            if r + 1 < nr and _coverage(hs, ys[r + 1], xs[c], xs[c + 1], tol) < s.border_coverage:
                uf.union(r * nc + c, (r + 1) * nc + c)
    members: dict[int, list[tuple[int, int]]] = {}
    for r in range(nr):
        for c in range(nc):
            members.setdefault(uf.find(r * nc + c), []).append((r, c))
    cells = []
    for group in members.values():
        r0 = min(r for r, _ in group)
        r1 = max(r for r, _ in group)
        c0 = min(c for _, c in group)
        c1 = max(c for _, c in group)
        cx0 = _drawn_edge(drawn_vs, xs[c0], ys[r0], ys[r1 + 1], s, xs[-1] - xs[0])
        cx1 = _drawn_edge(drawn_vs, xs[c1 + 1], ys[r0], ys[r1 + 1], s, xs[-1] - xs[0])
        cells.append(GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, cx0, ys[r0], cx1, ys[r1 + 1]))
    cells.sort(key=lambda c: (c.row, c.col))
    return Grid(xs, ys, cells, ruled=True)


def ruled_grids(page: RawPage, s: TableSettings = DEFAULT_TABLE_SETTINGS) -> list[Grid]:
    """Grids drawn with both horizontal and vertical rules on `page`."""
    hs, vs = split_rules(page.rules, s, page.width, page.height)
    grids = []
    for fh, fv in frameworks(hs, vs, s):
        # a framework made of a single box (no inner rule) is a frame or a text box
        g = grid_from_rules(fh, fv, s)
        if g is None:
            continue
        if g.n_rows < 1 or g.n_cols < 1:
            continue
        grids.append(g)
    grids.sort(key=lambda g: (g.ys[0], g.xs[0]))
    return grids

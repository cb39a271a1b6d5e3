"""Find table grids on one page from its ruling lines (the "lines" strategy).

Rules are snapped and joined, grouped into connected frameworks, and each framework becomes a
grid of column and row borders. A border between two neighbouring grid cells counts as drawn
when rules cover most of it; cells with no border between them are one spanning cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .pdf_reader import RawPage, Rule
from .table_settings import DEFAULT_TABLE_SETTINGS, TableSettings


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
        if groups and g.pos - groups[-1][-1].pos <= s.snap_tolerance:
            groups[-1].append(g)
        else:
            groups.append([g])
    out: list[Seg] = []
    for grp in groups:
        pos = sum(g.pos * max(g.length, 1) for g in grp) / sum(max(g.length, 1) for g in grp)
        cur: Optional[Seg] = None
        for g in sorted(grp, key=lambda g: g.a):
            if cur is not None and g.a <= cur.b + s.join_tolerance:
                cur.b = max(cur.b, g.b)
            else:
                if cur is not None:
                    out.append(cur)
                cur = Seg(pos, g.a, g.b)
        if cur is not None:
            out.append(cur)
    return out


def split_rules(rules: list[Rule], s: TableSettings) -> tuple[list[Seg], list[Seg]]:
    hs, vs = [], []
    for r in rules:
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
    covered, cur_a, cur_b = 0.0, None, None
    for x, y in spans:
        if cur_b is None or x > cur_b:
            if cur_b is not None:
                covered += cur_b - cur_a
            cur_a, cur_b = x, y
        else:
            cur_b = max(cur_b, y)
    if cur_b is not None:
        covered += cur_b - cur_a
    return covered / (b - a)


def grid_from_rules(hs: list[Seg], vs: list[Seg], s: TableSettings) -> Optional[Grid]:
    """Build the grid of one framework of rules."""
    tol = max(s.snap_tolerance, s.intersection_tolerance)
    x_lo = min(min(h.a for h in hs), min(v.pos for v in vs))
    x_hi = max(max(h.b for h in hs), max(v.pos for v in vs))
    y_lo = min(min(v.a for v in vs), min(h.pos for h in hs))
    y_hi = max(max(v.b for v in vs), max(h.pos for h in hs))
    # an open outer edge (no closing rule) still bounds the table: rule ends stand in for it
    xs = _cluster([v.pos for v in vs] + [x_lo, x_hi], s.column_merge_distance)
    ys = _cluster([h.pos for h in hs] + [y_lo, y_hi], s.snap_tolerance * 2)
    if len(xs) < 2 or len(ys) < 2:
        return None
    nr, nc = len(ys) - 1, len(xs) - 1
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
        cells.append(GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1]))
    cells.sort(key=lambda c: (c.row, c.col))
    return Grid(xs, ys, cells, ruled=True)


def ruled_grids(page: RawPage, s: TableSettings = DEFAULT_TABLE_SETTINGS) -> list[Grid]:
    """Grids drawn with both horizontal and vertical rules on `page`."""
    hs, vs = split_rules(page.rules, s)
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

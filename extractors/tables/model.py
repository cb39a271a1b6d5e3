"""The types every table module shares: a table as found on one page (`PageTable`), a table with
its header read and its rows worked out (`LogicalTable`, `LogicalRow`), and the two text rules
they all apply to cell text (`fix_text`, `is_number`).

It imports only the cell type, so every other table module can import it and none imports back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from agendapack.extractors.tables.cells import CellText

__all__ = ["PageTable", "LogicalRow", "LogicalTable", "fix_text", "is_number"]

NUMBER_RE = re.compile(r"^[(\-–+]?[£$€]?\s?-?\d[\d,]*(?:\.\d+)?%?\)?[km]?$", re.I)
MONEY_SPLIT_RE = re.compile(r"([£$€]\s?-?\d) ([\d,]*\d(?:\.\d+)?)\b")


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
    # the lines printed at the head of the page (running headers, a page heading), whether the
    # text layer kept them as body or set them apart as page furniture
    page_head: list[str] = field(default_factory=list)
    # a line or two at the head of a page, too few to be a table on their own: read as one only
    # in case they carry on the table the page before breaks off (kept only if they join it)
    provisional: bool = False

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


@dataclass
class LogicalRow:
    cells: list[str]
    pages: list[int]
    group: Optional[str] = None
    top: float = 0.0
    # where the key (first cell) text starts and its type size, for an indented hierarchy of
    # keys read across a page break (the cells' lines are gone by then)
    key_x: Optional[float] = None
    key_size: float = 0.0


@dataclass
class LogicalTable:
    """A table with its header read (column names), its rows and row groups, and the page
    tables it was made of (`parts`: one per page it runs over, or per half of a wide table)."""

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
    # how many page parts side by side make one band of rows: 2 for a table too wide for its
    # page printed in two halves on consecutive pages (tables/merge.py joins them)
    sideways: int = 1
    # what the reader could not settle about this table (a continuation left apart ...)
    warnings: list[str] = field(default_factory=list)


def fix_text(text: str) -> str:
    """Cell text as printed, with accounting-format amounts printed with the first digit apart
    put together: "$ 4 ,984.26" -> "$ 4,984.26"."""
    prev = None
    while prev != text:
        prev = text
        text = MONEY_SPLIT_RE.sub(r"\1\2", text)
    return text


def is_number(text: str) -> bool:
    """A figure: an amount, a count or a percentage, perhaps signed or bracketed."""
    return bool(NUMBER_RE.match(text.replace(" ", ""))) if text else False


# currency signs an accounting format prints apart from its figures ("$  1,200", "£" in a column of its own)
CURRENCY_SIGNS = frozenset("$£€")

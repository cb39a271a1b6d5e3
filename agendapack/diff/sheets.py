"""The comparable parts of a pack: its tables, and its minutes as a table of minute items.

A table the detector cut in two at a page break (the same columns, the second part with no title
of its own or the same title) is joined back, so that a version paginated differently still
compares row by row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from agendapack.diff.cells import comparable
from agendapack.model import Pack, Table

MINUTES_COLUMNS = ("Minute", "Title", "Text")


@dataclass
class Row:
    cells: dict[str, str]
    group: Optional[str]
    first_page: int


@dataclass
class Sheet:
    """One table of one version, as the diff reads it."""

    kind: str
    title: Optional[str]
    columns: list[str]
    rows: list[Row] = field(default_factory=list)
    pages: tuple[int, int] = (0, 0)
    # a column that is the table's key by construction (minutes: the minute number)
    key: Optional[str] = None


def _sheet(table: Table) -> Sheet:
    rows = [Row(dict(r.cells), r.group, r.pages.first) for r in table.rows]
    return Sheet(table.kind, table.title, list(table.columns), rows, (table.pages.first, table.pages.last))


def _continues(prev: Sheet, table: Table) -> bool:
    """`table` is the rest of `prev`, cut at a page break."""
    if table.kind != prev.kind or [comparable(c) for c in table.columns] != [comparable(c) for c in prev.columns]:
        return False
    if table.pages.first not in (prev.pages[1], prev.pages[1] + 1):
        return False
    return not table.title or comparable(table.title) == comparable(prev.title)


def sheets_of(pack: Pack) -> list[Sheet]:
    out: list[Sheet] = []
    for table in pack.tables:
        if out and _continues(out[-1], table):
            prev = out[-1]
            # the columns may be printed differently; the first part's names stand for both
            names = dict(zip(table.columns, prev.columns))
            prev.rows += [Row({names.get(c, c): v for c, v in r.cells.items()}, r.group, r.pages.first)
                          for r in table.rows]
            prev.pages = (prev.pages[0], table.pages.last)
            continue
        out.append(_sheet(table))
    for minutes in pack.minutes:
        rows = [Row({"Minute": it.number or "", "Title": it.title or "", "Text": it.text}, None, it.pages.first)
                for it in minutes.items]
        if rows:
            title = " ".join(x for x in (minutes.meeting.body, minutes.meeting.date) if x) or "Minutes"
            out.append(Sheet("minutes", title, list(MINUTES_COLUMNS), rows,
                             (minutes.pages.first, minutes.pages.last), key="Minute"))
    return out

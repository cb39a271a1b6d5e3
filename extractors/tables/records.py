"""Tables as records: every logical table as a `Table` of the record model, and the rows of the
plan tables as canonical records (actions, forward plan items, work programme meetings).

The canonical fields come from the column mappings of tables/classify.py; every original
column is kept beside them (`original`), so nothing a heading match missed is lost.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from agendapack.extractors.tables.classify import (
    ACTION_FIELDS,
    FORWARD_FIELDS,
    WORK_FIELDS,
    classify,
    dated_groups,
    group_date,
    map_columns,
)
from agendapack.extractors.tables.model import LogicalTable
from agendapack.extractors.text.dates import find_dates, parse_date, parse_plan_date
from agendapack.model import Action, ForwardPlanItem, PageSpan, Region, Table, TableRow, WorkProgrammeMeeting

__all__ = [
    "PackTables",
    "pack_records",
    "table_record",
    "action_records",
    "forward_plan_records",
    "work_programme_records",
]


class PackTables(NamedTuple):
    """A pack's table records: every table, the canonical rows of its plan tables, and what
    the reader could not settle about them (for the pack's warnings)."""

    tables: list[Table]
    actions: list[Action]
    forward_plan: list[ForwardPlanItem]
    work_programme: list[WorkProgrammeMeeting]
    warnings: list[str]


def pack_records(tables: list[LogicalTable]) -> PackTables:
    """A pack's tables (joined across page breaks, in reading order) as records. Tables are
    numbered in that order ("table-01", ...); a table without rows keeps its number but makes
    no record."""
    out = PackTables([], [], [], [], [])
    for n, t in enumerate(tables, start=1):
        table_id = f"table-{n:02d}"
        out.warnings.extend(f"{table_id}: {w}" for w in t.warnings)
        if not t.rows:
            continue
        kind = classify(t)
        out.tables.append(table_record(t, table_id, kind))
        if kind == "action_plan":
            out.actions.extend([Action(table=table_id, **rec) for rec in action_records(t)])
        elif kind == "forward_plan":
            out.forward_plan.extend([ForwardPlanItem(table=table_id, **rec) for rec in forward_plan_records(t)])
        elif kind == "work_programme":
            out.work_programme.extend([WorkProgrammeMeeting(table=table_id, **rec) for rec in work_programme_records(t)])
    return out


def table_record(t: LogicalTable, table_id: str, kind: str) -> Table:
    """One logical table as a `Table` record: its cells by column name, and where it is printed."""
    rows = []
    for r in t.rows:
        pages = sorted(set(r.pages))
        rows.append(
            TableRow(
                cells={c: v for c, v in zip(t.columns, r.cells)},
                group=r.group,
                pages=PageSpan(first=pages[0], last=pages[-1]),
            )
        )
    pages = sorted(set(t.pages))
    return Table(
        id=table_id,
        kind=kind,
        title=t.title,
        pages=PageSpan(first=pages[0], last=pages[-1]),
        columns=list(t.columns),
        rows=rows,
        ruled=t.ruled,
        header_rows=t.header_rows,
        groups=list(t.groups),
        regions=[
            Region(page=p.page, x0=round(p.bbox[0], 1), top=round(p.bbox[1], 1), x1=round(p.bbox[2], 1), bottom=round(p.bbox[3], 1))
            for p in t.parts
        ],
    )


def _clean(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text or "").strip()


def action_records(table: LogicalTable) -> list[dict]:
    """Canonical action dicts (ref, action, lead, start, end, status, ...) for each row."""
    m = map_columns(table.columns, ACTION_FIELDS)
    out = []
    for row in table.rows:
        get = lambda f: _clean(row.cells[m[f]]) if f in m else None  # noqa: E731
        rec: dict = {f: (get(f) or None) for f in ("ref", "action", "lead", "progress", "measures", "targets")}
        status = get("status") or None
        for f in ("start", "end"):
            text = get(f)
            if text:
                iso, word = parse_plan_date(text)
                rec[f] = iso
                rec[f + "_text"] = text
                if iso is None and word and f == "end" and not status:
                    status = word
                if iso is None and word and f == "start" and not status and "end" not in m:
                    status = word
            else:
                rec[f] = None
                rec[f + "_text"] = None
        if not status and rec.get("start") is None and rec.get("start_text"):
            status = rec["start_text"]
        rec["status"] = status
        rec["workstream"] = get("workstream") or row.group or table.title
        rec["page"] = row.pages[0]
        rec["original"] = {c: _clean(v) for c, v in zip(table.columns, row.cells)}
        out.append(rec)
    return out


def forward_plan_records(table: LogicalTable) -> list[dict]:
    """Canonical forward plan dicts (decision, meeting and its date, cabinet member, private, ...)
    for each row; a row group names the meeting that takes the decision."""
    m = map_columns(table.columns, FORWARD_FIELDS)
    out = []
    for row in table.rows:
        get = lambda f: (_clean(row.cells[m[f]]) or None) if f in m else None  # noqa: E731
        group = row.group
        meeting_date = None
        if group:
            dates = find_dates(group)
            if dates:
                meeting_date = dates[0][0]
            else:
                iso, _ = parse_plan_date(group)
                meeting_date = iso
        private_text = get("private")
        private = None
        if private_text:
            low = private_text.lower()
            private = low.startswith(("private", "yes", "exempt", "part")) or "private" in low and "public" not in low
        out.append(
            {
                "decision": get("decision"),
                "further_information": get("further_information"),
                "meeting": group,
                "meeting_date": meeting_date,
                "wards": get("wards"),
                "full_council": get("full_council"),
                "cabinet_member": get("cabinet_member"),
                "officer": get("officer"),
                "consultation": get("consultation"),
                "new_item": get("new_item"),
                "private": private,
                "private_text": private_text,
                "page": row.pages[0],
                "original": {c: _clean(v) for c, v in zip(table.columns, row.cells)},
            }
        )
    return out


def _item_lines(text: str) -> list[str]:
    items = [_clean(x).lstrip("•▪-– ").strip() for x in (text or "").split("\n")]
    return [x for x in items if x]


def work_programme_records(table: LogicalTable) -> list[dict]:
    """Canonical work programme dicts (meeting date, room, the items as a list): one for each
    row of a table with a date column, or one for each meeting of a table whose row groups are
    the meeting dates (the rows beneath them its items)."""
    m = map_columns(table.columns, WORK_FIELDS)
    if "date" not in m and dated_groups(table):
        return _meetings_by_group(table, m)
    out = []
    for row in table.rows:
        date_text = _clean(row.cells[m["date"]]) if "date" in m else ""
        items_text = row.cells[m["items"]] if "items" in m else ""
        items = [_clean(x).lstrip("•▪-– ").strip() for x in items_text.split("\n")]
        out.append(
            {
                "date": parse_date(date_text, dayfirst=True) if date_text else None,
                "date_text": date_text or None,
                "room": (_clean(row.cells[m["room"]]) or None) if "room" in m else None,
                "items": [x for x in items if x],
                "page": row.pages[0],
                "original": {c: _clean(v) for c, v in zip(table.columns, row.cells)},
            }
        )
    return out


def _meetings_by_group(table: LogicalTable, m: dict[str, int]) -> list[dict]:
    """One meeting per row group: its date from the group, its items from the item column (the
    column holding the most text where no heading names one), each row an item."""
    n = len(table.columns)
    item_col = m.get("items")
    if item_col is None:
        item_col = max(range(n), key=lambda c: sum(len(r.cells[c]) for r in table.rows if c < len(r.cells)))
    groups: dict[str | None, list] = {}
    for r in table.rows:
        groups.setdefault(r.group, []).append(r)
    out = []
    for group, rows in groups.items():
        room = None
        if "room" in m:
            room = next((_clean(r.cells[m["room"]]) for r in rows if _clean(r.cells[m["room"]])), None)
        out.append(
            {
                "date": group_date(group) if group else None,
                "date_text": group,
                "room": room,
                "items": [x for r in rows for x in _item_lines(r.cells[item_col])],
                "page": rows[0].pages[0],
                "original": {c: "\n".join(v for v in (_clean(r.cells[i]) for r in rows) if v)
                             for i, c in enumerate(table.columns)},
            }
        )
    return out

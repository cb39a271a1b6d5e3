"""What a table is (action plan, forward plan, work programme, risk register, financial, other)
and which of its columns hold which canonical field.

Kinds are told from the column headings (a financial table from its figures, a work programme
also from its structure: its row groups are dates - the meetings - with the items beneath);
canonical fields are found by matching heading words, so "Progress - at July 2015", "Progress -
Actions" and "Progress – Outcomes and Key Targets" all map to `progress`. The records built
from these mappings are in tables/records.py.
"""

from __future__ import annotations

import re

from agendapack.extractors.tables.model import LogicalTable
from agendapack.extractors.text.dates import find_dates

# canonical action fields, in the order they are tried against a heading (first match wins)
ACTION_FIELDS: list[tuple[str, re.Pattern]] = [
    ("ref", re.compile(r"^(?:ref(?:erence)?\.?|no\.?|number|#|id|item|row ref|action (?:no|ref)\.?)$")),
    ("workstream", re.compile(r"\b(?:work ?stream|theme|priority area|strand)\b")),
    ("status", re.compile(r"\b(?:status|rag|rating)\b")),
    ("progress", re.compile(r"\b(?:progress|update|commentary|comments?)\b")),
    ("start", re.compile(r"\bstart\b")),
    ("end", re.compile(r"\b(?:end|due|deadline|completion|timescales?|by when|target date|date)\b")),
    ("lead", re.compile(r"\b(?:lead|led by|owner|responsib\w*|accountable|officer)\b")),
    ("measures", re.compile(r"\b(?:measures?|indicators?|milestones?|kpis?|evidence|success criteria)\b")),
    ("targets", re.compile(r"\b(?:targets?|outcomes?)\b")),
    ("action", re.compile(r"\b(?:actions?|activit(?:y|ies)|tasks?|commit\w*|deliverables?|objectives?|recommendations?|what we)\b")),
]

FORWARD_FIELDS: list[tuple[str, re.Pattern]] = [
    ("private", re.compile(r"\b(?:private|exempt|confidential|open or)\b")),
    ("full_council", re.compile(r"\bfull council\b")),
    ("new_item", re.compile(r"^new\b")),
    ("cabinet_member", re.compile(r"\b(?:cabinet member|portfolio|decision maker|member)\b")),
    ("officer", re.compile(r"\b(?:officer|contact)\b")),
    ("wards", re.compile(r"\bwards?\b")),
    ("consultation", re.compile(r"\bconsult")),
    ("further_information", re.compile(r"\b(?:further information|details?|summary|description)\b")),
    ("decision", re.compile(r"\b(?:decision|subject|title|matter|report)\b")),
]

WORK_FIELDS: list[tuple[str, re.Pattern]] = [
    ("date", re.compile(r"\b(?:meeting )?date\b|\bmeeting\b")),
    ("room", re.compile(r"\b(?:room|venue|location)\b")),
    ("items", re.compile(r"\b(?:items?|reports?|topics?|business|agenda)\b")),
]


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w&#/ ]+", " ", name.lower())).strip()


def _leaf(name: str) -> str:
    return name.split(" / ")[-1]


def map_columns(columns: list[str], fields: list[tuple[str, re.Pattern]]) -> dict[str, int]:
    """Canonical field -> column index; each column used once, headings tried leaf first."""
    out: dict[str, int] = {}
    for i, col in enumerate(columns):
        for text in (_norm(_leaf(col)), _norm(col)):
            hit = next((f for f, rx in fields if f not in out and rx.search(text)), None)
            if hit:
                out[hit] = i
                break
    return out


def classify(table: LogicalTable) -> str:
    """The kind of a table, from its column headings (and, for a financial table, its cells)."""
    cols = [_norm(c) for c in table.columns]
    joined = " | ".join(cols)
    has = lambda rx: bool(re.search(rx, joined))  # noqa: E731
    if has(r"\bdecision\b") and (has(r"cabinet member|decision maker|portfolio") or has(r"\bwards?\b")):
        return "forward_plan"
    if has(r"\b(?:meeting )?date\b|\bmeeting\b") and has(r"\broom\b|\bvenue\b") and has(r"\bitems?\b|\breports?\b|\btopics?\b"):
        return "work_programme"
    if has(r"\brisk\b") and has(r"likelihood|impact|consequence|probability|exposure"):
        return "risk_register"
    m = map_columns(table.columns, ACTION_FIELDS)
    if "action" in m and ("lead" in m or "end" in m or "start" in m) and len(m) >= 3:
        return "action_plan"
    money = _money_share(table)
    if dated_groups(table) and money < 0.5:
        return "work_programme"
    if money >= 0.6:
        return "financial"
    return "other"


def _money_share(table: LogicalTable) -> float:
    """The share of the cells (but the first column) that are amounts."""
    cells = [c for r in table.rows for c in r.cells[1:] if c]
    money = sum(1 for c in cells if re.fullmatch(r"[(\-–]?[£$€]?\s?-?[\d,]+(?:\.\d+)?%?\)?|[£$€]\s?-", c.strip()))
    return money / len(cells) if cells else 0.0


def group_date(group: str) -> str | None:
    """The date a row group is headed by, when the group leads with it or is mostly that date
    (a meeting's bar: "Tuesday 15 July 2025", "15/07/2025 - Committee Room 2"), else None."""
    dates = find_dates(group)
    if not dates:
        return None
    iso, text = dates[0]
    group = group.strip()
    leads = 0 <= group.find(text) <= 12
    return iso if leads or len(text) >= 0.4 * len(group) else None


def dated_groups(table: LogicalTable) -> bool:
    """Row groups that are dates, each with rows beneath: the meetings of a work programme."""
    if len(table.groups) < 2 or not table.rows:
        return False
    dated = [g for g in table.groups if group_date(g)]
    if len(dated) < 0.75 * len(table.groups):
        return False
    with_rows = {r.group for r in table.rows if r.group in dated}
    return len(with_rows) >= 0.75 * len(dated)

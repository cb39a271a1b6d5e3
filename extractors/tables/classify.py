"""What a table is (action plan, forward plan, work programme, ...) and its rows as typed records.

Kinds are told from the column headings alone; canonical fields are found by matching heading
words, so "Progress - at July 2015", "Progress - Actions" and "Progress – Outcomes and Key
Targets" all map to `progress`. Every original column is kept beside the canonical fields.
"""

from __future__ import annotations

import re

from agendapack.extractors.tables.find import LogicalTable
from agendapack.extractors.text.dates import find_dates, parse_date, parse_plan_date

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
    if table.rows:
        cells = [c for r in table.rows for c in r.cells[1:] if c]
        money = sum(1 for c in cells if re.fullmatch(r"[(\-–]?[£$€]?\s?-?[\d,]+(?:\.\d+)?%?\)?|[£$€]\s?-", c.strip()))
        if cells and money >= 0.6 * len(cells):
            return "financial"
    return "other"


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


def work_programme_records(table: LogicalTable) -> list[dict]:
    m = map_columns(table.columns, WORK_FIELDS)
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

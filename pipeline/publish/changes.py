"""The `plan_changes` table: the changes `agendapack diff` writes to diff.json files, read from
under the published folder when there are any.

A diff.json (agendapack.diff_model.PackDiff) holds `{"old": {file, sha256}, "new": {…}, "tables":
[{"kind", "new_title", "changes": [{"type", "kind", "key", "column", "old", "new", "new_page", …}]}]}`.
Each change becomes a row with those fields as columns and the whole change as JSON; fields a
diff lacks are left empty. The diffs are few and small, so the table is rebuilt from them in one
transaction on every publish.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

import sqlite_utils

from agendapack.pipeline.publish.rows import Row, as_json
from agendapack.pipeline.publish.schema import BY_NAME

DIFF_NAME = "diff.json"


def files_named(out_root: Path, name: str) -> list[Path]:
    """Every file called `name` under `out_root`, in a stable order; hidden folders (the parse
    cache `.cache`) are skipped. (Here, not in `database`, which imports this module.)"""
    return sorted(p for p in out_root.rglob(name)
                  if not any(part.startswith(".") for part in p.relative_to(out_root).parts))


def find_diffs(out_root: Path) -> list[Path]:
    return files_named(out_root, DIFF_NAME)


def _version(value: Any) -> tuple[Optional[str], Optional[str]]:
    """(sha256, file name) of a diff's `old` or `new` (`{"file", "sha256", "pages"}`)."""
    if not isinstance(value, dict):
        return None, None
    sha, file = value.get("sha256"), value.get("file")
    return (sha if isinstance(sha, str) else None), (Path(file).name if isinstance(file, str) else None)


def _text(value: Any) -> Optional[str]:
    if value is None or isinstance(value, str):
        return value
    return as_json(value)


def _int(value: Any) -> Optional[int]:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def diff_rows(diff: dict, diff_file: str) -> list[Row]:
    old_sha, old_file = _version(diff.get("old"))
    new_sha, new_file = _version(diff.get("new"))
    rows: list[Row] = []
    tables = _list(diff.get("tables"))
    for t, table in enumerate(tables):
        table = table if isinstance(table, dict) else {}
        for c, change in enumerate(_list(table.get("changes"))):
            change = change if isinstance(change, dict) else {"value": change}
            page = _int(change.get("new_page")) or _int(change.get("old_page"))
            rows.append({
                "id": f"{diff_file}/tables/{t}/changes/{c}", "pack_id": new_sha, "source_file": new_file,
                "first_page": page, "last_page": page, "diff_file": diff_file, "old_pack_id": old_sha,
                "old_file": old_file, "table_position": t + 1, "table_kind": _text(table.get("kind")),
                "table_title": _text(table.get("new_title") or table.get("old_title")), "position": c + 1,
                "change_type": _text(change.get("type")), "kind": _text(change.get("kind")),
                "key": _text(change.get("key")), "column_name": _text(change.get("column")),
                "old_value": _text(change.get("old")), "new_value": _text(change.get("new")),
                "change": as_json(change),
            })
    return rows


def change_rows(out_root: Path) -> list[Row]:
    """The `plan_changes` rows of every diff.json under `out_root`. A diff.json that is not JSON
    is left out (it may be being written)."""
    rows: list[Row] = []
    for path in find_diffs(out_root):
        try:
            diff = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(diff, dict):
            rows += diff_rows(diff, path.relative_to(out_root).as_posix())
    return rows


def publish_changes(db: sqlite_utils.Database, out_root: Path) -> int:
    """Rebuild `plan_changes` from the diff.json files under `out_root`; returns its rows."""
    rows = change_rows(out_root)
    columns = BY_NAME["plan_changes"].column_names
    with db.atomic():
        db.conn.execute("DELETE FROM plan_changes")
        db.conn.executemany(
            f"INSERT INTO plan_changes ({', '.join(f'[{c}]' for c in columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [tuple(r.get(c) for c in columns) for r in rows])
    return len(rows)

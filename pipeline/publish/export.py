"""`agendapack export`: the records under an output folder in open formats, one module each
(`ocd`, `popolo`, and NDJSON here: one file per table of the published database, one row a line,
for tools that stream)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

from agendapack.model import Pack
from agendapack.pipeline.outputs.io import write_if_changed
from agendapack.pipeline.publish.changes import change_rows
from agendapack.pipeline.publish.database import find_records, record_hash
from agendapack.pipeline.publish.rows import pack_row, pack_rows
from agendapack.pipeline.publish.schema import TABLES

FORMATS = ("ocd", "popolo", "ndjson")


def load_packs(out_root: Path) -> tuple[list[tuple[str, bytes, Pack]], list[tuple[str, str]]]:
    """(folder, pack.json bytes, record) of every readable record under `out_root`, one per
    PDF (the first folder of a PDF held by several), and (path, reason) of those unreadable."""
    from pydantic import ValidationError

    packs, failed, seen = [], [], set()
    for path in find_records(out_root):
        try:
            data = path.read_bytes()
            pack = Pack.model_validate_json(data)
        except (OSError, ValidationError) as exc:
            failed.append((str(path), str(exc).splitlines()[0][:160]))
            continue
        if pack.source.sha256 not in seen:
            seen.add(pack.source.sha256)
            packs.append((path.parent.relative_to(out_root).as_posix(), data, pack))
    return packs, failed


def write_ndjson(out_root: Path, out_dir: Path) -> list[Path]:
    """One `<table>.ndjson` per table of the database, rows as the database holds them."""
    packs, _ = load_packs(out_root)
    lines: dict[str, list[str]] = {t.name: [] for t in TABLES}
    for folder, data, pack in packs:
        lines["packs"].append(json.dumps(pack_row(pack, folder, record_hash(data)), ensure_ascii=False))
        for table, rows in pack_rows(pack).items():
            lines[table] += [json.dumps(r, ensure_ascii=False) for r in rows]
    lines["plan_changes"] += [json.dumps(r, ensure_ascii=False) for r in change_rows(out_root)]
    written = []
    for table, texts in lines.items():
        target = out_dir / f"{table}.ndjson"
        write_if_changed(target, "".join(t + "\n" for t in texts).encode("utf-8"))
        written.append(target)
    return written


def export_records(out_root: str | Path, fmt: str, out_dir: str | Path, base_url: Optional[str] = None) -> list[Path]:
    """Write the records under `out_root` to `out_dir` in `fmt` (one of FORMATS); returns the
    files written."""
    out_root, out_dir = Path(out_root), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if fmt == "ndjson":
        return write_ndjson(out_root, out_dir)
    packs = [pack for _, _, pack in load_packs(out_root)[0]]
    if fmt == "ocd":
        from agendapack.pipeline.publish.ocd import write_ocd

        return write_ocd(packs, out_dir, base_url)
    if fmt == "popolo":
        from agendapack.pipeline.publish.popolo import write_popolo

        return write_popolo(packs, out_dir)
    raise ValueError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")

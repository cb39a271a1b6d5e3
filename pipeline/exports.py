"""Table files next to pack.json: one CSV and one Parquet file per table.

Written atomically (temporary file, then rename) and deterministically: same pack, same bytes.
Columns are the table's columns in printed order, followed by `group`, `first_page`,
`last_page`. Files of tables that no longer exist in the pack are removed.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .io import atomic_write_text, atomic_write_with
from .records import Pack, Table

META_COLUMNS = ("group", "first_page", "last_page")


def table_frame(table: Table) -> pd.DataFrame:
    records = []
    for row in table.rows:
        rec = {c: row.cells.get(c, "") for c in table.columns}
        rec["group"] = row.group or ""
        rec["first_page"] = row.pages.first
        rec["last_page"] = row.pages.last
        records.append(rec)
    columns = list(table.columns) + [c for c in META_COLUMNS if c not in table.columns]
    frame = pd.DataFrame.from_records(records, columns=columns)
    for c in table.columns:
        frame[c] = frame[c].astype("string")
    return frame


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    # no pandas index, no timestamps in metadata: identical input gives identical bytes
    frame.to_parquet(path, engine="pyarrow", index=False, compression="snappy")


def write_table_files(pack: Pack, out_dir: str | Path) -> list[Path]:
    out_dir = Path(out_dir)
    written: list[Path] = []
    wanted = set()
    for table in pack.tables:
        frame = table_frame(table)
        csv_path = out_dir / f"{table.id}.csv"
        pq_path = out_dir / f"{table.id}.parquet"
        atomic_write_text(csv_path, frame.to_csv(index=False, lineterminator="\n"))
        atomic_write_with(pq_path, lambda p, f=frame: _write_parquet(f, p))
        written += [csv_path, pq_path]
        wanted |= {csv_path.name, pq_path.name}
    for old in list(out_dir.glob("table-*.csv")) + list(out_dir.glob("table-*.parquet")):
        if old.name not in wanted:
            old.unlink()
    return written

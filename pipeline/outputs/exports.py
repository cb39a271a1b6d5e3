"""Table files next to pack.json: one CSV and one Parquet file per table.

Written atomically (temporary file, then rename) and deterministically: same pack, same bytes; a
file that already holds those bytes is left alone (its modification time too).
Columns are the table's columns in printed order, followed by `group`, `first_page`,
`last_page`. Files of tables that no longer exist in the pack are removed.

A spreadsheet opening the CSV runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
return as a formula, so such a text cell (header cells too) is written with a leading `'`, as
OWASP advises ("CSV injection"), unless it is a plain number ("-1,234", "-5%", "+0.5"), which a
spreadsheet reads as that number, or the "-" of a nil value, which it reads as text. A carriage
return in a cell is written as a line feed, the line break the file's quoting knows. Parquet files hold the cells as read: typed data, never evaluated.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from agendapack.model import Pack, Table
from agendapack.pipeline.outputs.io import write_if_changed

if TYPE_CHECKING:  # pandas is imported when a table is written: packs without tables skip it
    import pandas as pd

META_COLUMNS = ("group", "first_page", "last_page")


def warm_up() -> None:
    """Import the table writers ahead of the first table (a process waiting on a parse does it
    meanwhile)."""
    import pandas  # noqa: F401
    import pyarrow.parquet  # noqa: F401


def table_frame(table: Table) -> pd.DataFrame:
    import pandas as pd

    records = []
    for row in table.rows:
        rec: dict[str, str | int] = {c: row.cells.get(c, "") for c in table.columns}
        rec["group"] = row.group or ""
        rec["first_page"] = row.pages.first
        rec["last_page"] = row.pages.last
        records.append(rec)
    columns = list(table.columns) + [c for c in META_COLUMNS if c not in table.columns]
    frame = pd.DataFrame.from_records(records, columns=columns)
    for c in table.columns:
        frame[c] = frame[c].astype("string")
    return frame


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# a plain number, or the dash (or dashes) budget tables print for nil
PLAIN_NUMBER = re.compile(r"[+-]?[\d,]*\.?\d+%?|-+")


def csv_cell(text: str) -> str:
    """A text cell as written to CSV: never read by a spreadsheet as a formula (module docstring)."""
    if text.startswith(FORMULA_START) and not PLAIN_NUMBER.fullmatch(text):
        text = "'" + text
    # the writer quotes only cells holding its line terminator ("\n"); a bare "\r" would end the row
    return text.replace("\r\n", "\n").replace("\r", "\n")


def csv_bytes(frame: pd.DataFrame) -> bytes:
    safe = frame.map(lambda v: csv_cell(v) if isinstance(v, str) else v).rename(columns=csv_cell)
    return safe.to_csv(index=False, lineterminator="\n").encode("utf-8")


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    # no pandas index, no timestamps in metadata: identical input gives identical bytes
    buf = io.BytesIO()
    frame.to_parquet(buf, engine="pyarrow", index=False, compression="snappy")
    return buf.getvalue()


def write_table_files(pack: Pack, out_dir: str | Path) -> list[Path]:
    out_dir = Path(out_dir)
    written: list[Path] = []
    wanted = set()
    for table in pack.tables:
        frame = table_frame(table)
        csv_path = out_dir / f"{table.id}.csv"
        pq_path = out_dir / f"{table.id}.parquet"
        write_if_changed(csv_path, csv_bytes(frame))
        write_if_changed(pq_path, parquet_bytes(frame))
        written += [csv_path, pq_path]
        wanted |= {csv_path.name, pq_path.name}
    for old in list(out_dir.glob("table-*.csv")) + list(out_dir.glob("table-*.parquet")):
        if old.name not in wanted:
            old.unlink()
    return written

"""`agendapack publish`: every pack.json under an output folder into one SQLite database.

The tables are those of `schema.TABLES`, created with sqlite-utils with their primary and foreign
keys, an index on every foreign key, and SQLite FTS5 indexes kept up to date by triggers.

Incremental and safe to stop: the `packs` table keeps, for each published pack, the hash of the
pack.json it was written from; a pack whose file has the same hash is not read again. Each pack
is written in one transaction (its old rows deleted, its new rows inserted, its `packs` row last),
so a publish killed midway leaves a database holding whole packs only, and the next run writes
the packs it had not reached. Packs whose folder is gone are removed the same way.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import sqlite_utils
from pydantic import ValidationError

from agendapack.model import Pack
from agendapack.pipeline.config import DEFAULT, Settings
from agendapack.pipeline.publish import changes
from agendapack.pipeline.publish.pagetext import pdfs_by_hash, read_page_texts
from agendapack.pipeline.publish.rows import Row, pack_row, pack_rows
from agendapack.pipeline.publish.schema import PACKS, TABLES, TableSpec

# part of every record hash: a new version of the rows a record gives republishes every pack
PUBLISHER_VERSION = "1"
RECORD_NAME = "pack.json"


@dataclass
class PublishReport:
    db: Path
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    # (pack.json, reason) of records that could not be read
    failed: list[tuple[str, str]] = field(default_factory=list)
    # folders holding the record of a PDF another folder already published (same bytes, other name)
    duplicates: list[str] = field(default_factory=list)
    plan_changes: int = 0
    metadata: Optional[Path] = None

    @property
    def ok(self) -> bool:
        return not self.failed


def find_records(out_root: Path) -> list[Path]:
    """Every pack.json under `out_root`, in a stable order; hidden folders (the parse cache
    `.cache`) are skipped."""
    return changes.files_named(out_root, RECORD_NAME)


def record_hash(data: bytes, with_pdf: bool = False) -> str:
    """What a pack's rows are made from: its record, the publisher's version, and whether its
    pages' text came from its PDF."""
    head = f"{PUBLISHER_VERSION}{'+pdf' if with_pdf else ''}".encode()
    return hashlib.sha256(head + b"\0" + data).hexdigest()


def _create_table(db: sqlite_utils.Database, spec: TableSpec) -> None:
    table = db.table(spec.name)
    if not table.exists():
        table.create({name: kind for name, kind, _ in spec.all_columns}, pk="id",
                     foreign_keys=[(col, other, "id") for col, other in spec.foreign_keys])
    indexed = {tuple(ix.columns) for ix in table.indexes}
    for col in [c for c, _ in spec.foreign_keys] + (["pack_id"] if spec.provenance else []):
        if (col,) not in indexed:
            table.create_index([col])
            indexed.add((col,))
    if spec.search and not db.table(f"{spec.name}_fts").exists():
        table.enable_fts(spec.search, create_triggers=True, tokenize="porter")


def open_database(db_path: Path) -> sqlite_utils.Database:
    """The database at `db_path`, with every table, index and search index in place."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(db_path)
    db.execute("PRAGMA synchronous = NORMAL")  # safe against a killed process in rollback-journal mode
    with db.atomic():
        for spec in TABLES:
            _create_table(db, spec)
    return db


def _insert(conn: sqlite3.Connection, spec: TableSpec, rows: list[Row]) -> None:
    if not rows:
        return
    columns = spec.column_names
    names = ", ".join(f"[{c}]" for c in columns)
    marks = ", ".join("?" for _ in columns)
    conn.executemany(f"INSERT INTO [{spec.name}] ({names}) VALUES ({marks})",
                     [tuple(row.get(c) for c in columns) for row in rows])


def _delete_pack(conn: sqlite3.Connection, pack_id: str) -> None:
    # children before the rows they point to
    for spec in reversed(TABLES):
        if spec.provenance and spec.name != "plan_changes":
            conn.execute(f"DELETE FROM [{spec.name}] WHERE pack_id = ?", (pack_id,))
    conn.execute("DELETE FROM packs WHERE id = ?", (pack_id,))


def write_pack(db: sqlite_utils.Database, pack: Pack, folder: str, digest: str,
               page_text: Optional[dict[int, str]] = None) -> None:
    """Replace one pack's rows in one transaction: the ids are the same for the same record, so
    a pack parsed again updates its rows in place."""
    rows = pack_rows(pack, page_text)
    with db.atomic():
        _delete_pack(db.conn, pack.source.sha256)
        _insert(db.conn, PACKS, [pack_row(pack, folder, digest)])
        for spec in TABLES[1:]:
            _insert(db.conn, spec, rows.get(spec.name, []))


def remove_pack(db: sqlite_utils.Database, pack_id: str) -> None:
    with db.atomic():
        _delete_pack(db.conn, pack_id)


def _published(db: sqlite_utils.Database) -> dict[str, tuple[str, str]]:
    """folder -> (pack id, record hash) of every pack in the database."""
    return {folder: (pid, digest) for pid, folder, digest in db.execute("SELECT id, folder, record_hash FROM packs")}


@dataclass
class _Run:
    """What one publish run reads beside the records."""

    db: sqlite_utils.Database
    settings: Settings
    # sha256 -> source PDF, for the pages' text (empty: the text the records hold)
    pdfs: dict[str, Path]
    published: dict[str, tuple[str, str]]
    report: PublishReport
    seen: set[str] = field(default_factory=set)


def publish_records(out_root: str | Path, db_path: str | Path, settings: Settings = DEFAULT,
                    metadata: bool = True, pdfs: Iterable[str | Path] = ()) -> PublishReport:
    """Publish every pack.json under `out_root` into the database `db_path` (module docstring);
    with `metadata`, write the Datasette metadata beside it (`metadata.metadata_path`). `pdfs`:
    folders (or files) holding the source PDFs, whose page text then fills `pages`."""
    out_root, db_path = Path(out_root), Path(db_path)
    report = PublishReport(db=db_path)
    db = open_database(db_path)
    try:
        found = pdfs_by_hash(Path(p) for p in pdfs) if pdfs else {}
        run = _Run(db, settings, found, _published(db), report)
        published, seen = run.published, run.seen
        for path in find_records(out_root):
            _publish_one(run, path, path.parent.relative_to(out_root).as_posix())
        for folder, (pack_id, _) in sorted(published.items()):
            if pack_id not in seen:
                remove_pack(db, pack_id)
                report.removed.append(folder)
        report.plan_changes = changes.publish_changes(db, out_root)
    finally:
        db.close()
    if metadata:
        from agendapack.pipeline.publish.metadata import write_metadata

        report.metadata = write_metadata(db_path)
    return report


def _publish_one(run: _Run, path: Path, folder: str) -> None:
    report, seen = run.report, run.seen
    try:
        data = path.read_bytes()
    except OSError as exc:
        _failed(path, folder, exc.strerror or str(exc), run.published, seen, report)
        return
    known = run.published.get(folder)
    if known is not None and known[1] == record_hash(data, known[0] in run.pdfs):  # the same record: nothing to read
        _note_unchanged(known[0], folder, seen, report)
        return
    try:
        pack = Pack.model_validate_json(data)
    except ValidationError as exc:
        _failed(path, folder, f"not a valid pack record ({str(exc).splitlines()[0][:120]})", run.published, seen,
                report)
        return
    pack_id = pack.source.sha256
    if pack_id in seen:
        report.duplicates.append(folder)
        return
    seen.add(pack_id)
    pdf = run.pdfs.get(pack_id)
    write_pack(run.db, pack, folder, record_hash(data, pdf is not None),
               read_page_texts(pdf, run.settings) if pdf is not None else None)
    report.written.append(folder)


def _note_unchanged(pack_id: str, folder: str, seen: set[str], report: PublishReport) -> None:
    if pack_id in seen:
        report.duplicates.append(folder)
    else:
        seen.add(pack_id)
        report.unchanged += 1


def _failed(path: Path, folder: str, reason: str, published: dict[str, tuple[str, str]], seen: set[str],
            report: PublishReport) -> None:
    report.failed.append((str(path), reason))
    # an unreadable record keeps the rows it had: they are still the last good ones
    if folder in published:
        seen.add(published[folder][0])


def row_counts(db_path: str | Path, tables: Optional[Iterable[str]] = None) -> dict[str, int]:
    """Rows in each published table (a check that publishing twice changes nothing)."""
    names = list(tables) if tables is not None else [t.name for t in TABLES]
    with sqlite3.connect(db_path) as conn:
        return {n: conn.execute(f"SELECT count(*) FROM [{n}]").fetchone()[0] for n in names}

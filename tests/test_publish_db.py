"""`agendapack publish`: the SQLite database of the sample packs and four corpus minutes files
(England: Kent County Council, Milburn Parish Council; North America: Nipissing, Ontario, and a
Chicago commission). Expected values come from reading the PDFs (pdftotext -layout)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agendapack.model import Pack
from agendapack.pipeline.config import Settings
from agendapack.pipeline.publish.database import publish_records, row_counts
from agendapack.pipeline.publish.metadata import QUERIES
from agendapack.pipeline.publish.rows import pack_rows
from agendapack.pipeline.run.batch import parse_files
from tests.conftest import SAMPLES

CORPUS_MINUTES = [
    "minutes/kent_county-council_2025-02-13_minutes.pdf",
    "minutes/milburn-pc_2018-01-16_minutes.pdf",
    "minutes/nipissing_council_2025-03-04_minutes.pdf",
    "minutes/chicago_ssa21-commission_2018-01-29_minutes.pdf",
]


def parse_into(out: Path, corpus: Path) -> Path:
    files = [corpus / f for f in CORPUS_MINUTES] + sorted(SAMPLES.glob("*.pdf"))
    results = parse_files(files, out, Settings(jobs=1), progress=False)
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    return out


@pytest.fixture(scope="session")
def parsed_out(tmp_path_factory, corpus) -> Path:
    return parse_into(tmp_path_factory.mktemp("publish") / "out", corpus)


@pytest.fixture()
def published(parsed_out, tmp_path) -> Path:
    db = tmp_path / "council.db"
    report = publish_records(parsed_out, db)
    assert report.ok and len(report.written) == len(CORPUS_MINUTES) + len(list(SAMPLES.glob("*.pdf")))
    return db


def query(db: Path, name: str, **params) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(QUERIES[name]["sql"], params)]
    finally:
        conn.close()


def test_full_text_search_finds_a_resolution_with_its_pack_page_and_date(published):
    # Nipissing, 4 March 2025, page 1: "R2025-044 ... THAT we accept the quote received from
    # Brandt Tractor LTD for the purchase of an EddyNet Angle Seep Flexx ... Carried."
    rows = query(published, "resolutions_mentioning", term="EddyNet")
    assert len(rows) == 1
    (row,) = rows
    assert "Brandt Tractor" in row["text"]
    assert row["source_file"] == "nipissing_council_2025-03-04_minutes.pdf"
    assert row["page"] == 1 and row["meeting_date"] == "2025-03-04"
    with sqlite3.connect(published) as conn:
        sha = conn.execute("SELECT id FROM packs WHERE source_file = ?", (row["source_file"],)).fetchone()[0]
        assert row["pack_id"] == sha
        # the page text is searched too
        pages = conn.execute("SELECT p.source_file, p.page FROM pages_fts f JOIN pages p ON p.rowid = f.rowid "
                             "WHERE pages_fts MATCH 'Brandt'").fetchall()
    assert pages == [("nipissing_council_2025-03-04_minutes.pdf", 1)]


def test_page_text_from_the_source_pdfs(parsed_out, corpus, tmp_path):
    db = tmp_path / "c.db"
    publish_records(parsed_out, db, pdfs=[corpus / CORPUS_MINUTES[2]])
    with sqlite3.connect(db) as conn:
        # Nipissing page 1: "The meeting was held in person at the Township of Nipissing Community
        # Centre, and livestreamed to the Township of Nipissing YouTube Channel."
        rows = conn.execute("SELECT p.source_file, p.page, p.text_source FROM pages_fts f JOIN pages p "
                            "ON p.rowid = f.rowid WHERE pages_fts MATCH 'livestreamed'").fetchall()
        assert rows == [("nipissing_council_2025-03-04_minutes.pdf", 1, "pdf")]
        sources = dict(conn.execute("SELECT text_source, count(*) FROM pages GROUP BY text_source").fetchall())
        assert sources["pdf"] == 2 and sources["record"] > 0
    # the same PDFs again: nothing to write; without them, the pack's pages go back to the record's text
    assert publish_records(parsed_out, db, pdfs=[corpus / CORPUS_MINUTES[2]]).written == []
    assert len(publish_records(parsed_out, db).written) == 1


def test_a_members_votes_are_every_recorded_division(published):
    # Kent County Council, 13 February 2025: eight recorded divisions (For/Against/Abstain
    # lists); Mr Hood is listed For in all but the amendment of paragraph 17 (page 9) and the
    # substantive motion (page 12), where he is listed Against
    rows = query(published, "votes_by_member", member="Hood")
    assert all(r["source_file"] == "kent_county-council_2025-02-13_minutes.pdf" for r in rows)
    assert sorted((r["page"], r["option"]) for r in rows) == [
        (3, "yes"), (6, "yes"), (7, "yes"), (8, "yes"), (9, "no"), (10, "yes"), (12, "no"), (12, "yes")]
    assert {r["meeting_date"] for r in rows} == {"2025-02-13"}
    assert len({r["vote_event_id"] for r in rows}) == 8


def test_keys_are_declared_and_hold(published):
    with sqlite3.connect(published) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        fks = {(r[2], r[3]) for r in conn.execute("PRAGMA foreign_key_list(votes)")}
        assert ("vote_events", "vote_event_id") in fks and ("packs", "pack_id") in fks
        parents = {(r[2], r[3]) for r in conn.execute("PRAGMA foreign_key_list(agenda_items)")}
        assert ("agenda_items", "parent_id") in parents
        pk = [r[1] for r in conn.execute("PRAGMA table_info(resolutions)") if r[5]]
        assert pk == ["id"]


def test_publishing_twice_changes_nothing(parsed_out, published):
    before = row_counts(published)
    report = publish_records(parsed_out, published)
    assert report.written == [] and report.unchanged == before["packs"]
    assert row_counts(published) == before


def test_a_record_parsed_again_updates_its_rows_in_place(parsed_out, published, tmp_path):
    out = tmp_path / "out"
    folder = next(p for p in parsed_out.iterdir() if p.name.startswith("milburn"))
    (out / folder.name).mkdir(parents=True)
    record = json.loads((folder / "pack.json").read_text())
    (out / folder.name / "pack.json").write_text(json.dumps(record))
    publish_records(out, published)  # only milburn left: the others are removed
    ids = {r[0] for r in sqlite3.connect(published).execute("SELECT id FROM resolutions")}
    record["minutes"][0]["items"][4]["resolutions"][0]["text"] += " (re-read)"
    (out / folder.name / "pack.json").write_text(json.dumps(record))
    report = publish_records(out, published)
    assert report.written == [folder.name]
    with sqlite3.connect(published) as conn:
        assert {r[0] for r in conn.execute("SELECT id FROM resolutions")} == ids
        assert conn.execute("SELECT count(*) FROM resolutions WHERE text LIKE '%(re-read)'").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM packs").fetchone()[0] == 1


def test_diff_files_fill_plan_changes(tmp_path):
    # the shape `agendapack diff` writes (agendapack.diff_model.PackDiff), cut down
    out = tmp_path / "out"
    (out / "plan-diff").mkdir(parents=True)
    diff = {"old": {"file": "plan_v1.pdf", "sha256": "a" * 64, "pages": 4},
            "new": {"file": "plan_v2.pdf", "sha256": "b" * 64, "pages": 4},
            "tables": [{"kind": "action_plan", "new_title": "Actions", "changes": [
                {"type": "changed", "key": "1.2", "column": "End", "old": "Mar 2025", "new": "Jun 2025",
                 "kind": "date_slip", "delta": {"months": 3}, "old_page": 2, "new_page": 3},
                {"type": "added", "key": "4.1", "new": {"Ref": "4.1", "Action": "New"}, "new_page": 4}]}]}
    (out / "plan-diff" / "diff.json").write_text(json.dumps(diff))
    report = publish_records(out, tmp_path / "c.db")
    assert report.plan_changes == 2
    conn = sqlite3.connect(tmp_path / "c.db")
    rows = conn.execute("SELECT change_type, kind, key, column_name, old_value, new_value, old_pack_id, pack_id, "
                        "first_page, source_file FROM plan_changes ORDER BY position").fetchall()
    assert rows == [("changed", "date_slip", "1.2", "End", "Mar 2025", "Jun 2025", "a" * 64, "b" * 64, 3, "plan_v2.pdf"),
                    ("added", None, "4.1", None, None, '{"Ref": "4.1", "Action": "New"}', "a" * 64, "b" * 64, 4,
                     "plan_v2.pdf")]
    conn.row_factory = sqlite3.Row
    slipped = [dict(r) for r in conn.execute(QUERIES["actions_slipped"]["sql"])]
    assert [(r["ref"], r["previous_end"], r["end"], r["found_by"]) for r in slipped] == [
        ("1.2", "Mar 2025", "Jun 2025", "diff")]


def many_packs(parsed_out: Path, out: Path, copies: int) -> None:
    """The parsed records over and over, each copy with its own sha256 (as if another PDF)."""
    records = [json.loads(p.read_text()) for p in sorted(parsed_out.glob("*/pack.json"))]
    for n in range(copies):
        for i, record in enumerate(records):
            sha = f"{n:08x}{i:04x}".ljust(64, "0")
            record["source"]["sha256"] = sha
            (out / f"copy{n}-{i}-{sha[:8]}").mkdir(parents=True)
            (out / f"copy{n}-{i}-{sha[:8]}" / "pack.json").write_text(json.dumps(record))


# a publish that takes its time over each pack, so that it can be killed midway
SLOW_PUBLISH = """
import sys, time
from agendapack.pipeline.publish import database
write = database.write_pack
def slow(*args):
    write(*args)
    time.sleep(0.05)
database.write_pack = slow
database.publish_records(sys.argv[1], sys.argv[2])
"""


def whole_packs_only(db: Path, out: Path) -> int:
    """Every pack in the database has all its rows and no other pack has any; returns the packs."""
    by_sha = {}
    for p in out.glob("*/pack.json"):
        pack = Pack.model_validate_json(p.read_bytes())
        by_sha[pack.source.sha256] = pack
    with sqlite3.connect(db) as conn:
        present = {r[0] for r in conn.execute("SELECT id FROM packs")}
        for table in ("minute_items", "votes", "pages", "plan_rows"):
            counts = dict(conn.execute(f"SELECT pack_id, count(*) FROM {table} GROUP BY pack_id").fetchall())
            assert set(counts) <= present
            for sha in present:
                assert counts.get(sha, 0) == len(pack_rows(by_sha[sha]).get(table, [])), (table, sha)
    return len(present)


def test_a_publish_killed_midway_leaves_whole_packs_and_the_next_run_completes_it(parsed_out, tmp_path):
    out = tmp_path / "out"
    many_packs(parsed_out, out, copies=10)
    total = len(list(out.glob("*/pack.json")))
    db = tmp_path / "council.db"
    proc = subprocess.Popen([sys.executable, "-c", SLOW_PUBLISH, str(out), str(db)])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.1)
            try:
                with sqlite3.connect(db, timeout=0.05) as conn:
                    if conn.execute("SELECT count(*) FROM packs").fetchone()[0] >= 5:
                        break
            except sqlite3.OperationalError:  # not created yet, or being written
                continue
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    done = whole_packs_only(db, out)
    assert 5 <= done < total
    report = publish_records(out, db)
    assert report.ok and report.unchanged == done and len(report.written) == total - done
    assert whole_packs_only(db, out) == total


def test_the_commands(parsed_out, tmp_path):
    from click.testing import CliRunner

    from agendapack.pipeline.cli import main

    db = tmp_path / "c.db"
    first = CliRunner().invoke(main, ["publish", str(parsed_out), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert f"{len(CORPUS_MINUTES) + len(list(SAMPLES.glob('*.pdf')))} written, 0 unchanged" in first.output
    assert (tmp_path / "c.metadata.json").is_file()
    again = CliRunner().invoke(main, ["publish", str(parsed_out), "--db", str(db)])
    assert "0 written" in again.output
    exported = CliRunner().invoke(main, ["export", str(parsed_out), "--format", "ndjson", "-o", str(tmp_path / "nd")])
    assert exported.exit_code == 0 and (tmp_path / "nd" / "votes.ndjson").is_file()

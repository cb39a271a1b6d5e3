"""The command line as a Unix data tool: `parse --nl` streams one record a line on stdout as each
file finishes (logs on stderr), `-` reads stdin and writes stdout, -v/-q/--log-file are taken by
every subcommand, and the cache sits outside the published folder."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from agendapack.pipeline.cli import main

MILBURN = "minutes/milburn-pc_2020-01-07_minutes_v2_approved.pdf"
CUYAHOGA = "agendas/cuyahoga-ccd_board-of-trustees_2019-09-26_agenda.pdf"
BIN = Path(sys.executable).parent


@pytest.fixture
def two_packs(tmp_path, corpus):
    folder = tmp_path / "packs"
    folder.mkdir()
    for rel in (MILBURN, CUYAHOGA):
        shutil.copy(corpus / rel, folder / Path(rel).name)
    return folder


def _agendapack(*args: str, cwd: Path, stdin=None, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "agendapack"), *args], cwd=cwd, capture_output=True, text=True, input=stdin,
                          env={**os.environ, **(env or {})})


def test_nl_writes_one_record_a_line_on_stdout_and_logs_on_stderr(tmp_path, two_packs):
    run = _agendapack("parse", "--nl", "-o", "out", str(two_packs), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert sorted(r["source"]["file"] for r in records) == sorted(Path(p).name for p in (MILBURN, CUYAHOGA))
    # each line is the record written to disk
    for r in records:
        [written] = [p for p in (tmp_path / "out").glob("*/pack.json") if json.loads(p.read_text())["source"]["file"] == r["source"]["file"]]
        assert json.loads(written.read_text()) == r
    assert "2 parsed, 0 failed" in run.stderr and "ok " in run.stderr


def test_nl_pipes_into_sqlite_utils(tmp_path, two_packs):
    sqlite_utils = BIN / "sqlite-utils"
    if not sqlite_utils.exists():
        pytest.skip("sqlite-utils is not installed")
    db = tmp_path / "packs.db"
    cmd = f'"{BIN / "agendapack"}" parse --nl -q -o out "{two_packs}" | "{sqlite_utils}" insert "{db}" packs - --nl'
    run = subprocess.run(cmd, shell=True, cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    with sqlite3.connect(db) as con:
        rows = con.execute("select source from packs").fetchall()
    assert sorted(json.loads(s)["file"] for (s,) in rows) == sorted(Path(p).name for p in (MILBURN, CUYAHOGA))


def test_results_are_reported_as_each_file_finishes(tmp_path, two_packs, monkeypatch):
    """The library calls back with each Result before the batch returns; the CLI prints there."""
    from agendapack.pipeline.run.batch import parse_files

    seen: list[str] = []
    files = sorted(two_packs.iterdir())
    results = parse_files(files, tmp_path / "out", progress=False, on_result=lambda r: seen.append(r.path))
    assert sorted(seen) == sorted(str(f) for f in files) and [r.path for r in results] == [str(f) for f in files]
    seen.clear()
    parse_files(files, tmp_path / "out", progress=False, on_result=lambda r: seen.append(r.path))  # from the cache
    assert sorted(seen) == sorted(str(f) for f in files)


def test_summary_and_validate_read_stdin_and_summary_writes_stdout(tmp_path, two_packs):
    run = _agendapack("parse", "-q", "-o", "out", str(two_packs / Path(MILBURN).name), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    [record] = (tmp_path / "out").glob("*/pack.json")
    text = record.read_text()
    piped = _agendapack("summary", "-", "-o", "-", cwd=tmp_path, stdin=text)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == _agendapack("summary", str(record), cwd=tmp_path).stdout
    assert piped.stdout.startswith("#") and not (tmp_path / "-").exists()
    valid = _agendapack("validate", "-", cwd=tmp_path, stdin=text)
    assert valid.returncode == 0 and valid.stdout.startswith("valid"), valid.stderr
    bad = _agendapack("validate", "-", cwd=tmp_path, stdin=text.replace('"sha256": "', '"sha256": "X', 1))
    assert bad.returncode == 1 and "/source/sha256" in bad.stderr


@pytest.mark.parametrize("where", ["before", "after"])
def test_verbose_and_quiet_are_taken_before_and_after_every_subcommand(where, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # --log-file=x.log is created here
    runner = CliRunner()
    for command in ("parse", "summary", "validate", "schema", "diff", "inspect", "publish", "export"):
        for flag in ("-v", "-q", "--log-file=x.log"):
            args = [flag, command, "--help"] if where == "before" else [command, flag, "--help"]
            run = runner.invoke(main, args)
            assert run.exit_code == 0, (args, run.output)
            assert "-v, --verbose" in run.output and "--log-file" in run.output  # the subcommand's own help


def test_quiet_prints_errors_only_and_log_file_keeps_the_log(tmp_path, two_packs):
    log = tmp_path / "run.log"
    # more jobs than CPUs: a warning, which -q keeps to itself
    loud = _agendapack("parse", "-j", "999", "-o", "out", str(two_packs), cwd=tmp_path)
    quiet = _agendapack("parse", "-j", "999", "-q", "--log-file", str(log), "-o", "out", str(two_packs),
                        str(tmp_path / "missing.pdf"), cwd=tmp_path)
    assert "warning --jobs 999" in loud.stderr and "ok " in loud.stdout
    assert quiet.stdout == ""
    assert [ln.split()[0] for ln in quiet.stderr.splitlines()] == ["error"]
    assert "missing.pdf" in quiet.stderr and quiet.returncode == 1
    assert log.exists()


def test_the_cache_is_beside_the_output_folder_or_where_told(tmp_path, two_packs):
    pdf = str(two_packs / Path(MILBURN).name)
    assert _agendapack("parse", "-q", "-o", "out", pdf, cwd=tmp_path).returncode == 0
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]  # nothing hidden to publish
    assert len(list((tmp_path / ".agendapack-cache").glob("*.json"))) == 1
    assert _agendapack("parse", "-q", "--cache-dir", "elsewhere", "-o", "out2", pdf, cwd=tmp_path).returncode == 0
    assert len(list((tmp_path / "elsewhere").glob("*.json"))) == 1
    run = _agendapack("parse", "-o", "out3", pdf, cwd=tmp_path, env={"AGENDAPACK_CACHE_DIR": str(tmp_path / "elsewhere")})
    assert run.returncode == 0 and "1 cached" in run.stdout, run.stdout + run.stderr

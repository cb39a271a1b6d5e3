"""Hostile and unlucky inputs: nothing written outside the output folder, no output lost to a
name collision, one bad path never stops the batch, and each cause has its own clear message.

The CLI runs in-process (click's runner): worker processes are forked from the test, so a
monkeypatch here (an unreadable file, a slow parse) holds in them too.
"""

from __future__ import annotations

import builtins
import json
import os
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from fpdf import FPDF

import agendapack.pipeline.run.tasks as tasks
from agendapack.pipeline.cli import main
from agendapack.pipeline.config import Settings
from agendapack.pipeline.run.batch import parse_files

from .outputs import pack_dir

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "samples" / "eastbrook_improvement-plan_v2_2025-10.pdf"  # has tables


def _agenda_pdf(path: Path, title: str) -> Path:
    """A one-page agenda whose text (so whose bytes) differs by `title`."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, f"{title}\nAGENDA\n1. Apologies\n2. Minutes of the last meeting\n3. {title}")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def _parse(*args: str):
    return CliRunner().invoke(main, ["parse", "-q", *args])


def _deny_reading(monkeypatch, denied: Path) -> None:
    """`denied` behaves as a file this user may not read (the tests run as root, for whom
    permissions do not stop a read)."""
    real_open, real_access = builtins.open, os.access

    def guarded_open(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and Path(file) == denied:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: Path(p) != denied and real_access(p, mode, **kw))


# 1. nothing written outside -o, nothing deleted there

def test_names_made_of_dots_stay_inside_the_output_folder(tmp_path):
    work = tmp_path / "work"
    out = work / "out"
    packs = tmp_path / "packs"
    packs.mkdir()
    shutil.copy(PLAN, packs / "...pdf")  # its stem is ".."
    _agenda_pdf(packs / "..pdf", "Dots")  # its stem is "."
    _agenda_pdf(packs / ".cache.pdf", "Hidden")  # the cache's own folder name
    bystander = work / "table-01.csv"  # a file of the user's beside the output folder
    bystander.parent.mkdir()
    bystander.write_text("mine\n")

    run = _parse("-o", str(out), *(str(packs / n) for n in ("...pdf", "..pdf", ".cache.pdf")))
    assert run.exit_code == 0, run.output
    assert bystander.read_text() == "mine\n"
    # the content-hash cache sits beside the output folder, never in it
    assert sorted(p.name for p in work.iterdir()) == [".agendapack-cache", "out", "table-01.csv"]
    folders = list(out.iterdir())
    assert len(folders) == 3
    assert all(not p.name.startswith(".") and (p / "pack.json").is_file() for p in folders)
    assert not list(out.glob("*.json")) and not list(out.glob("table-*"))
    assert all(p.suffix == ".json" and len(p.stem) > 64 for p in (work / ".agendapack-cache").iterdir())


# 2. output names unique: no silent loss

def test_different_pdfs_never_share_an_output_folder(tmp_path):
    files = [
        _agenda_pdf(tmp_path / "a" / "x y.pdf", "First"),
        _agenda_pdf(tmp_path / "b" / "x_y.pdf", "Second"),
        _agenda_pdf(tmp_path / "a" / "x.pdf", "Third"),
        _agenda_pdf(tmp_path / "b" / "x.pdf", "Fourth"),
        _agenda_pdf(tmp_path / "c" / "x.pdf", "Fifth"),
        _agenda_pdf(tmp_path / "c" / "x.PDF", "Sixth"),
    ]
    results = parse_files(files, tmp_path / "out", Settings(jobs=2), progress=False)
    assert all(r.ok and not r.warnings for r in results), [(r.path, r.error, r.warnings) for r in results]
    assert len({r.output for r in results}) == len(files)
    for pdf, r in zip(files, results):
        record = json.loads(Path(r.output).read_text())
        assert record["source"]["file"] == pdf.name
        assert Path(r.output).parent == pack_dir(tmp_path / "out", pdf)


def test_one_pdf_under_two_names_that_make_one_folder_is_one_record_and_says_so(tmp_path):
    first = _agenda_pdf(tmp_path / "x.pdf", "Same")
    second = tmp_path / "x.PDF"
    shutil.copy(first, second)
    a, b = parse_files([first, second], tmp_path / "out", progress=False)
    assert a.ok and b.ok and a.output == b.output
    assert not a.warnings
    assert b.warnings == (f"the same PDF as {first} (same bytes, same name once made safe): one record",)
    assert json.loads(Path(a.output).read_text())["source"]["file"] == "x.pdf"


def test_a_folder_holding_another_pdfs_record_is_not_overwritten(tmp_path):
    pdf = _agenda_pdf(tmp_path / "x.pdf", "Mine")
    folder = pack_dir(tmp_path / "out", pdf)  # as if another PDF's hash began with the same digits
    folder.mkdir(parents=True)
    (folder / "pack.json").write_text(json.dumps({"source": {"file": "x.pdf", "sha256": "0" * 64}}))
    [r] = parse_files([pdf], tmp_path / "out", progress=False)
    assert not r.ok and "holds the record of another PDF" in r.error
    assert json.loads((folder / "pack.json").read_text())["source"]["sha256"] == "0" * 64


# 3. one bad path never stops the batch

def test_an_unreadable_file_given_by_name_fails_alone(tmp_path, monkeypatch):
    good = _agenda_pdf(tmp_path / "good.pdf", "Readable")
    locked = _agenda_pdf(tmp_path / "locked.pdf", "Locked")
    _deny_reading(monkeypatch, locked)
    run = _parse("-o", str(tmp_path / "out"), str(locked), str(good))
    assert run.exit_code == 1, run.output
    assert f"error   {locked}: permission denied" in run.stderr
    assert (pack_dir(tmp_path / "out", good) / "pack.json").is_file()


def test_an_unreadable_file_in_a_folder_says_permission_denied(tmp_path, monkeypatch):
    _agenda_pdf(tmp_path / "packs" / "good.pdf", "Readable")
    locked = _agenda_pdf(tmp_path / "packs" / "locked.pdf", "Locked")
    _deny_reading(monkeypatch, locked)
    run = _parse("-o", str(tmp_path / "out"), str(tmp_path / "packs"))
    assert run.exit_code == 1
    assert run.stderr.splitlines() == [f"error   {locked}: permission denied"]


def test_a_path_too_long_and_a_symlink_loop_fail_alone_with_their_reasons(tmp_path):
    good = _agenda_pdf(tmp_path / "good.pdf", "Fine")
    too_long = tmp_path / ("x" * 300 + ".pdf")
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)
    run = _parse("-o", str(tmp_path / "out"), str(too_long), str(loop), str(good))
    assert run.exit_code == 1, run.output
    assert run.exception is None or isinstance(run.exception, SystemExit)
    assert run.stderr.splitlines() == [f"error   {too_long}: file name too long",
                                       f"error   {loop}: a loop of symbolic links"]
    assert (pack_dir(tmp_path / "out", good) / "pack.json").is_file()


def test_validate_checks_every_file_after_a_bad_one(tmp_path):
    good = _agenda_pdf(tmp_path / "good.pdf", "Valid")
    assert parse_files([good], tmp_path / "out", progress=False)[0].ok
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"name": "Caf\xe9"}')
    missing = tmp_path / "missing.json"
    record = pack_dir(tmp_path / "out", good) / "pack.json"
    run = CliRunner().invoke(main, ["validate", str(latin), str(missing), str(record)])
    assert run.exit_code == 1
    assert run.stderr.splitlines() == [f"invalid {latin}: not UTF-8 text (byte 0xe9 at offset 13)",
                                       f"invalid {missing}: file not found"]
    assert run.stdout == f"valid   {record}\n"


# 7. the output folder, the settings: checked once, before any parse

def test_an_output_folder_that_cannot_be_written_fails_before_any_parse(tmp_path, monkeypatch):
    parsed = []
    monkeypatch.setattr(tasks, "parse_pack", lambda path, settings=None: parsed.append(path))
    pdfs = [str(_agenda_pdf(tmp_path / f"{n}.pdf", n)) for n in ("one", "two")]
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    run = _parse("-o", str(a_file), *pdfs)
    assert run.exit_code == 1
    assert run.stderr == f"error   {a_file}: the output folder is a file\n"
    assert not Path("/sys/agendapack-out").exists()
    run = _parse("-o", "/sys/agendapack-out", *pdfs)  # sysfs: not even root may write there
    assert run.exit_code == 1
    assert run.stderr == "error   /sys/agendapack-out: cannot write the output folder (permission denied)\n"
    assert parsed == []


def test_an_unknown_engine_from_the_environment_is_one_usage_error(tmp_path, monkeypatch):
    import agendapack.pipeline.cli as cli

    monkeypatch.setenv("AGENDAPACK_ENGINE", "foo")
    monkeypatch.setattr(cli, "DEFAULT", Settings())  # the default as a fresh process reads it
    pdfs = [str(_agenda_pdf(tmp_path / f"{n}.pdf", n)) for n in ("one", "two")]
    run = _parse("-o", str(tmp_path / "out"), *pdfs)
    assert run.exit_code == 2
    assert "unknown PDF engine 'foo' (choose from pdfium, pdfplumber)" in run.stderr
    assert "error   " not in run.stderr and not (tmp_path / "out").exists()


def test_jobs_are_validated_and_capped_at_the_cpus(tmp_path, monkeypatch):
    import agendapack.pipeline.run.batch as batch
    from agendapack.pipeline.config import most_jobs

    pdf = str(_agenda_pdf(tmp_path / "one.pdf", "One"))
    assert _parse("-j", "0", "-o", str(tmp_path / "out"), pdf).exit_code == 2
    seen = []
    real = batch.parse_files
    monkeypatch.setattr(batch, "parse_files", lambda files, out, settings, **kw: seen.append(settings.jobs) or real(files, out, settings, **kw))
    run = CliRunner().invoke(main, ["parse", "-j", "10000", "-o", str(tmp_path / "out"), pdf])
    assert run.exit_code == 0, run.output
    assert f"warning --jobs 10000: capped at {most_jobs()}, the CPUs this machine gives" in run.stderr
    assert seen == [most_jobs()]
    assert "warning" not in _parse("-j", "10000", "-o", str(tmp_path / "out"), pdf).stderr  # -q: errors only


# 5. a time limit per file

def test_a_file_over_the_time_limit_fails_alone_and_soon(tmp_path, monkeypatch):
    slow = _agenda_pdf(tmp_path / "slow.pdf", "Slow")
    quick = _agenda_pdf(tmp_path / "quick.pdf", "Quick")
    real = tasks.parse_pack

    def parse_pack(path, settings=None):
        if Path(path).name == "slow.pdf":
            time.sleep(60)
        return real(path, settings)

    monkeypatch.setattr(tasks, "parse_pack", parse_pack)
    started = time.monotonic()
    run = _parse("--time-limit", "1", "-j", "2", "-o", str(tmp_path / "out"), str(slow), str(quick))
    assert time.monotonic() - started < 30
    assert run.exit_code == 1
    assert run.stderr == f"error   {slow}: stopped after the time limit of 1 s (setting time_limit, --time-limit)\n"
    assert (pack_dir(tmp_path / "out", quick) / "pack.json").is_file()


@pytest.mark.parametrize("value", ["-1", "soon"])
def test_a_time_limit_must_be_seconds(tmp_path, value):
    pdf = str(_agenda_pdf(tmp_path / "one.pdf", "One"))
    assert _parse("--time-limit", value, "-o", str(tmp_path / "out"), pdf).exit_code == 2


# 6. what a killed run left behind

def test_temporary_files_of_a_killed_writer_are_removed_by_the_next_run(tmp_path):
    pdf = _agenda_pdf(tmp_path / "one.pdf", "One")
    out = tmp_path / "out"
    assert parse_files([pdf], out, progress=False)[0].ok
    folder = pack_dir(out, pdf)
    dead = 999_999_999  # above any pid_max: no such process
    left = [folder / f".pack.json.{dead}.k2j4h1x9.tmp", tmp_path / ".agendapack-cache" / f".abc-def.json.{dead}.0q9w8e7r.tmp"]
    live = folder / f".table-01.csv.{os.getpid()}.a1b2c3d4.tmp"  # a writer at work right now
    for f in [*left, live]:
        f.write_bytes(b"half a reco")
    assert parse_files([pdf], out, progress=False)[0].cached
    assert not any(f.exists() for f in left)
    assert live.exists()

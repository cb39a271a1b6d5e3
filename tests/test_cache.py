"""The content-hash cache: a pack whose bytes are unchanged is not parsed again, whatever its name."""

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import agendapack.pipeline.run.tasks as tasks
from agendapack.pipeline.cli import main
from agendapack.pipeline.config import Settings
from agendapack.pipeline.run.batch import parse_files
from agendapack.pipeline.run.cache import ParseCache, parser_fingerprint

from .outputs import pack_dir

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PACK = SAMPLES / "eastbrook_children-committee_2025-07-15_pack.pdf"
PLAN = SAMPLES / "eastbrook_improvement-plan_v2_2025-10.pdf"


def _outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


class _Parses:
    """The names of the files parsed, in order. Parses run in worker processes (forked: they
    share the patched parser), so each one appends its name to a file."""

    def __init__(self, log: Path):
        self.log = log

    def names(self) -> list[str]:
        return self.log.read_text().split() if self.log.exists() else []

    def __iter__(self):
        return iter(self.names())

    def __eq__(self, other) -> bool:
        return self.names() == list(other)

    def __repr__(self) -> str:
        return repr(self.names())


@pytest.fixture
def count_parses(monkeypatch, tmp_path):
    """Count calls of the parser."""
    calls = _Parses(tmp_path / "parses.log")
    real = tasks.parse_pack

    def counting(path, settings=Settings()):
        with calls.log.open("a") as f:
            f.write(Path(path).name + "\n")
        return real(path, settings)

    monkeypatch.setattr(tasks, "parse_pack", counting)
    return calls


def _no_parse(monkeypatch):
    def refuse(path, settings=None):
        raise AssertionError(f"{path} was parsed again")

    monkeypatch.setattr(tasks, "parse_pack", refuse)


def test_renamed_copy_is_not_parsed_again_and_gives_the_same_bytes(tmp_path, monkeypatch):
    first = tmp_path / "pack-as-published.pdf"
    shutil.copy(PACK, first)
    out = tmp_path / "out"
    [r] = parse_files([first], out, progress=False)
    assert r.ok and not r.cached
    renamed = first.rename(tmp_path / "renamed.pdf")

    _no_parse(monkeypatch)
    [r] = parse_files([renamed], out, progress=False)
    assert r.ok and r.cached, r.error
    a = _outputs(pack_dir(out, renamed, "pack-as-published.pdf"))
    b = _outputs(pack_dir(out, renamed))
    assert a.keys() == b.keys() and any(name.endswith(".parquet") for name in a)
    for name in a:
        if name == "pack.json":
            assert json.loads(b[name])["source"]["file"] == "renamed.pdf"
            assert b[name] == a[name].replace(b'"file": "pack-as-published.pdf"', b'"file": "renamed.pdf"')
        else:
            assert b[name] == a[name], name

    # exactly what a fresh parse of the renamed file writes
    monkeypatch.undo()
    fresh = tmp_path / "fresh"
    entries = sorted((tmp_path / ".agendapack-cache").iterdir())
    [r] = parse_files([renamed], fresh, progress=False, cache=False)
    assert r.ok and not r.cached
    assert _outputs(pack_dir(fresh, renamed)) == b
    assert sorted((tmp_path / ".agendapack-cache").iterdir()) == entries  # cache=False writes none


def test_unchanged_outputs_keep_their_files(tmp_path, monkeypatch):
    pdf = tmp_path / "plan.pdf"
    shutil.copy(PLAN, pdf)
    out = tmp_path / "out"
    assert parse_files([pdf], out, progress=False)[0].ok
    old = 1_000_000_000
    for f in pack_dir(out, pdf).iterdir():
        os.utime(f, ns=(old, old))
    _no_parse(monkeypatch)
    [r] = parse_files([pdf], out, progress=False)
    assert r.ok and r.cached
    assert all(f.stat().st_mtime_ns == old for f in pack_dir(out, pdf).iterdir())
    assert not list(out.rglob("*.tmp"))


def test_changed_file_is_parsed_again(tmp_path, count_parses):
    pdf = tmp_path / "pack.pdf"
    shutil.copy(PACK, pdf)
    out = tmp_path / "out"
    assert parse_files([pdf], out, progress=False)[0].ok
    old_dir = pack_dir(out, pdf)
    before = (old_dir / "pack.json").read_bytes()
    shutil.copy(PLAN, pdf)  # same name, other bytes: a new version beside the old one
    [r] = parse_files([pdf], out, progress=False)
    assert r.ok and not r.cached
    assert count_parses == ["pack.pdf", "pack.pdf"]
    assert r.output == str(pack_dir(out, pdf) / "pack.json") != str(old_dir / "pack.json")
    assert (old_dir / "pack.json").read_bytes() == before
    after = (pack_dir(out, pdf) / "pack.json").read_bytes()
    assert after != before
    assert json.loads(after)["source"]["sha256"] != json.loads(before)["source"]["sha256"]
    # the entry of the old bytes stays (the old file may come back); one entry per content
    assert len(list((tmp_path / ".agendapack-cache").glob("*.json"))) == 2


def test_force_parses_again_from_the_command_line(tmp_path, count_parses):
    pdf = tmp_path / "plan.pdf"
    shutil.copy(PLAN, pdf)
    out = tmp_path / "out"
    runner = CliRunner()
    first = runner.invoke(main, ["parse", "-o", str(out), str(pdf)])
    assert first.exit_code == 0, first.output
    assert f"ok      {pdf} -> {pack_dir(out, pdf) / 'pack.json'}" in first.stdout
    second = runner.invoke(main, ["parse", "-o", str(out), str(pdf)])
    assert second.exit_code == 0, second.output
    assert f"cached  {pdf} -> {pack_dir(out, pdf) / 'pack.json'}" in second.stdout
    assert "0 parsed, 1 cached, 0 failed" in second.stdout
    assert count_parses == ["plan.pdf"]
    forced = runner.invoke(main, ["parse", "--force", "-o", str(out), str(pdf)])
    assert forced.exit_code == 0, forced.output
    assert f"ok      {pdf}" in forced.stdout and "1 parsed, 0 failed" in forced.stdout
    assert count_parses == ["plan.pdf", "plan.pdf"]


def test_same_bytes_under_two_names_in_one_run_are_parsed_once(tmp_path, count_parses):
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    shutil.copy(PLAN, a)
    shutil.copy(PLAN, b)
    missing = tmp_path / "missing.pdf"
    results = parse_files([a, missing, b], tmp_path / "out", progress=False)
    assert [(r.ok, r.cached) for r in results] == [(True, False), (False, False), (True, True)]
    assert results[1].error == "file not found"
    assert count_parses == ["a.pdf"]  # the missing file fails when it is hashed
    assert json.loads((pack_dir(tmp_path / "out", b) / "pack.json").read_text())["source"]["file"] == "b.pdf"


def test_largest_file_is_parsed_first(tmp_path, count_parses):
    small, large = tmp_path / "small.pdf", tmp_path / "large.pdf"
    shutil.copy(PLAN, small)
    shutil.copy(PACK, large)
    assert large.stat().st_size > small.stat().st_size
    results = parse_files([small, large], tmp_path / "out", progress=False)
    assert count_parses == ["large.pdf", "small.pdf"]
    assert [Path(r.path).name for r in results] == ["small.pdf", "large.pdf"]  # reported in input order


def test_fingerprint_names_what_changes_a_record():
    base = Settings(engine="pdfium", spacy_model="blank", jobs=1)
    assert parser_fingerprint(base) == parser_fingerprint(base.with_(jobs=4, table_files=False))
    assert parser_fingerprint(base) != parser_fingerprint(base.with_(spacy_model="auto"))
    assert parser_fingerprint(base) != parser_fingerprint(base.with_(engine="pdfplumber"))
    assert ParseCache("out", base).key("ab" * 32).startswith("ab" * 32 + "-")


def test_fingerprint_names_the_spacy_pipeline_a_setting_resolves_to(monkeypatch):
    import agendapack.pipeline.run.cache as cache

    asked = []
    monkeypatch.setattr(cache, "_spacy_pipeline", lambda choice: asked.append(choice) or f"pipeline for {choice}")
    cache._fingerprint.cache_clear()
    try:
        parser_fingerprint(Settings(spacy_model="auto"))
        assert asked == ["auto"]
    finally:
        cache._fingerprint.cache_clear()
    monkeypatch.undo()
    assert cache._spacy_pipeline("blank") == "blank"


def test_a_damaged_cache_entry_is_parsed_again(tmp_path, count_parses):
    pdf = tmp_path / "plan.pdf"
    shutil.copy(PLAN, pdf)
    out = tmp_path / "out"
    assert parse_files([pdf], out, progress=False)[0].ok
    [entry] = (tmp_path / ".agendapack-cache").glob("*.json")
    entry.write_text('{"source": ')
    [r] = parse_files([pdf], out, progress=False)
    assert r.ok and not r.cached
    assert count_parses == ["plan.pdf", "plan.pdf"]
    assert json.loads(entry.read_text())["source"]["file"] == "plan.pdf"


def test_force_repairs_a_damaged_table_file(tmp_path):
    pdf = tmp_path / "plan.pdf"
    shutil.copy(PLAN, pdf)
    out = tmp_path / "out"
    assert parse_files([pdf], out, progress=False)[0].ok
    table = pack_dir(out, pdf) / "table-01.csv"
    good = table.read_bytes()
    table.write_text("edited by hand\n")
    assert parse_files([pdf], out, progress=False)[0].cached
    assert table.read_text() == "edited by hand\n"  # same record, files present: nothing written
    [r] = parse_files([pdf], out, progress=False, force=True)
    assert r.ok and not r.cached
    assert table.read_bytes() == good
    (pack_dir(out, pdf) / "table-02.csv").unlink()
    assert parse_files([pdf], out, progress=False)[0].cached
    assert (pack_dir(out, pdf) / "table-02.csv").is_file()  # a missing table file is written again

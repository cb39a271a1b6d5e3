"""`agendapack diff OLD NEW -o DIR`: the four outputs on the sample plan, their escaping and
conventions, the content-hash cache, and one clear line with exit 1 on input that cannot be
compared (unrelated documents, a scanned version, a corrupt file, a broken pack.json)."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agendapack.model import Pack, PageSpan, SourceFile, Table, TableRow
from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[1]
PLAN_V1 = SAMPLES / "eastbrook_children-committee_2025-07-15_pack.pdf"
PLAN_V2 = SAMPLES / "eastbrook_improvement-plan_v2_2025-10.pdf"


def _run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "agendapack", "diff", *map(str, args)], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("diff")
    run = _run(PLAN_V1, PLAN_V2, "-o", out / "plan", "--parse-out", out / "parsed")
    assert run.returncode == 0, run.stderr
    return out, run


def test_the_four_outputs_and_the_summary_line(sample_out):
    out, run = sample_out
    assert sorted(p.name for p in (out / "plan").iterdir()) == ["diff.csv", "diff.html", "diff.json", "diff.md"]
    assert run.stdout.splitlines()[0].startswith("2 actions added, 1 removed, 3 slipped, 2 re-assigned")
    md = (out / "plan" / "diff.md").read_text(encoding="utf-8")
    # summary counts come first, then the tables
    assert md.index("2 actions added") < md.index("## Work stream 1")
    # pages of each version linked into the PDFs
    assert "eastbrook_children-committee_2025-07-15_pack.pdf#page=10" in md
    assert "eastbrook_improvement-plan_v2_2025-10.pdf#page=1" in md
    record = json.loads((out / "plan" / "diff.json").read_text(encoding="utf-8"))
    assert record["old"]["file"] == PLAN_V1.name and record["new"]["file"] == PLAN_V2.name


def test_the_html_shows_changed_words_and_links_pages(sample_out):
    html = (sample_out[0] / "plan" / "diff.html").read_text(encoding="utf-8")
    # 3.2's progress: "27%" became "23%"
    assert "<del>make up 27%</del>" in html and "<ins>now 23%</ins>" in html
    assert html.count("#page=") >= 2 * 24


def test_the_highlighter_csv_follows_daff(sample_out):
    with open(sample_out[0] / "plan" / "diff.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["@@", "table", "group", "key"]
    actions = [r[0] for r in rows[1:]]
    assert actions.count("+++") == 2 and actions.count("---") == 1 and set(actions) == {"+++", "---", "->"}
    end = rows[0].index("End Date")
    slipped = {r[3]: r[end] for r in rows[1:] if r[0] == "->" and r[end]}
    assert slipped == {"1.3": "Sept 2025->Dec 2025", "2.3": "Sept 2025->Jan 2026", "4.2": "Sept 2025->Nov 2025"}


def test_a_second_run_reuses_the_cache_and_rewrites_nothing(sample_out):
    out, _ = sample_out
    before = {p.name: p.stat().st_mtime_ns for p in (out / "plan").iterdir()}
    run = _run(PLAN_V1, PLAN_V2, "-o", out / "plan", "--parse-out", out / "parsed")
    assert run.returncode == 0
    assert {p.name: p.stat().st_mtime_ns for p in (out / "plan").iterdir()} == before
    assert len(list((out / ".agendapack-cache").glob("*.json"))) == 2


def _pack_json(path: Path, cell: str) -> Path:
    columns = ["Ref", "Action", "Lead"]
    rows = [["1", "Set up an improvement board", "Chief Executive"], ["2", "Recruit social workers", cell]]
    table = Table(id="table-01", kind="action_plan", title="Plan", pages=PageSpan(first=1, last=1), columns=columns,
                  rows=[TableRow(cells=dict(zip(columns, r)), pages=PageSpan(first=1, last=1)) for r in rows])
    pack = Pack(source=SourceFile(file=path.stem + ".pdf", sha256="0" * 64, pages=1), tables=[table])
    path.write_text(pack.model_dump_json(), encoding="utf-8")
    return path


def test_pack_json_inputs_and_escaping(tmp_path):
    old = _pack_json(tmp_path / "v1.json", "HR Business Partner")
    new = _pack_json(tmp_path / "v2.json", "<script>alert(1)</script> *HR* [x](y)")
    run = _run(old, new, "-o", tmp_path / "out")
    assert run.returncode == 0, run.stderr
    html = (tmp_path / "out" / "diff.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    md = (tmp_path / "out" / "diff.md").read_text(encoding="utf-8")
    assert "<script>" not in md and "\\*HR\\*" in md and "\\[x\\]" in md
    assert "1 re-assigned" in run.stdout


def test_unrelated_documents_fail_with_one_line(tmp_path, corpus):
    run = _run(corpus / "plans/kent_budget-risk-register-2025-26_v1_draft_cabinet-2025-01-30.pdf",
               corpus / "minutes/milburn-pc_2020-01-07_minutes_v2_approved.pdf", "-o", tmp_path / "out")
    assert run.returncode == 1
    assert run.stderr.strip().count("\n") == 0 and "no table pairs" in run.stderr
    assert not (tmp_path / "out" / "diff.json").exists()


def test_a_scanned_version_fails_with_one_line(tmp_path, corpus):
    run = _run(corpus / "packs/omaha_city-council_2012-10-16_item-attachment_scanned.pdf", PLAN_V2,
               "-o", tmp_path / "out")
    assert run.returncode == 1
    assert run.stderr.strip().count("\n") == 0 and "scanned (no text layer)" in run.stderr


def test_a_corrupt_file_fails_with_one_line(tmp_path):
    corrupt = tmp_path / "plan.pdf"
    corrupt.write_bytes(PLAN_V2.read_bytes()[:2000])
    run = _run(corrupt, PLAN_V2, "-o", tmp_path / "out")
    assert run.returncode == 1
    assert run.stderr.strip().count("\n") == 0 and run.stderr.startswith(f"error   {corrupt}:")


def test_a_broken_pack_json_fails_with_one_line(tmp_path):
    bad = tmp_path / "pack.json"
    bad.write_text('{"tables": 3}', encoding="utf-8")
    run = _run(bad, PLAN_V2, "-o", tmp_path / "out")
    assert run.returncode == 1
    assert run.stderr.strip().count("\n") == 0 and "not a valid pack record" in run.stderr

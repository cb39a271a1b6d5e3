"""`parse --report run.json`: every input with its status, written on success and on failure,
valid against schema/report.schema.json; `--strict` fails a run with warnings."""

import hashlib
import json
import shutil
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from agendapack.pipeline.cli import main
from agendapack.pipeline.outputs.report import report_errors

MILBURN = "minutes/milburn-pc_2020-01-07_minutes_v2_approved.pdf"
SCHEMA = Path(__file__).resolve().parents[1] / "schema" / "report.schema.json"


def _parse(*args: str):
    return CliRunner().invoke(main, ["parse", *args])


def _check(report: dict) -> None:
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()), format_checker=jsonschema.FormatChecker()).validate(report)
    assert report_errors(report) == []


def test_report_on_success_then_cached(tmp_path, corpus):
    pdf = tmp_path / "minutes.pdf"
    shutil.copy(corpus / MILBURN, pdf)
    report_path = tmp_path / "run.json"
    run = _parse("-o", str(tmp_path / "out"), "--report", str(report_path), str(pdf))
    assert run.exit_code == 0, run.output
    report = json.loads(report_path.read_text())
    _check(report)
    [entry] = report["inputs"]
    assert entry["status"] == "parsed" and entry["input"] == str(pdf)
    assert entry["pages"] == 2  # the minutes are two pages long
    assert entry["pdf_sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert entry["record_sha256"] == hashlib.sha256(Path(entry["output"]).read_bytes()).hexdigest()
    assert report["totals"] == {"inputs": 1, "parsed": 1, "cached": 0, "warning": 0, "failed": 0}
    assert report["exit_code"] == 0 and report["versions"]["agendapack"] and report["machine"]["cpus"] >= 1

    again = _parse("-o", str(tmp_path / "out"), "--report", str(report_path), str(pdf))
    assert again.exit_code == 0
    assert json.loads(report_path.read_text())["inputs"][0]["status"] == "cached"


def test_report_on_failure(tmp_path):
    bad = tmp_path / "notes.pdf"
    bad.write_text("not a pdf")
    report_path = tmp_path / "run.json"
    run = _parse("-o", str(tmp_path / "out"), "--report", str(report_path), str(bad), str(tmp_path / "missing.pdf"))
    assert run.exit_code == 1
    report = json.loads(report_path.read_text())
    _check(report)
    assert [e["status"] for e in report["inputs"]] == ["failed", "failed"]
    assert all(e["reason"] for e in report["inputs"]) and report["exit_code"] == 1
    assert report["totals"]["failed"] == 2

    # the output folder cannot be written: the run stops at once and still leaves its report
    (tmp_path / "file").write_text("")
    run = _parse("-o", str(tmp_path / "file"), "--report", str(report_path), str(bad))
    assert run.exit_code == 1
    report = json.loads(report_path.read_text())
    _check(report)
    assert report["inputs"][0]["status"] == "failed" and "output folder" in report["inputs"][0]["reason"]


def test_strict_fails_a_run_with_warnings(tmp_path, corpus):
    # one PDF under two names that are the same once made safe: the second is a warning
    shutil.copy(corpus / MILBURN, tmp_path / "a b.pdf")
    shutil.copy(corpus / MILBURN, tmp_path / "a_b.pdf")
    report_path = tmp_path / "run.json"
    args = ["-o", str(tmp_path / "out"), "--report", str(report_path), str(tmp_path / "a b.pdf"), str(tmp_path / "a_b.pdf")]
    assert _parse(*args).exit_code == 0
    report = json.loads(report_path.read_text())
    assert report["totals"]["warning"] == 1 and report["strict"] is False
    assert _parse("--strict", *args).exit_code == 1
    report = json.loads(report_path.read_text())
    _check(report)
    assert report["strict"] is True and report["exit_code"] == 1


def test_the_schema_rejects_a_report_out_of_shape():
    bad = {"report_version": "1.0", "inputs": [{"input": "x", "status": "lost"}]}
    errors = report_errors(bad)
    assert any(e.startswith("/inputs/0/status") for e in errors) and any("totals" in e for e in errors)

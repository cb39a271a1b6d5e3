"""What the site tests share (no tests here): one output folder parsed once per session from the
sample packs and two corpus files, a hostile record whose PDF text holds `<script>` and `{{ }}`,
a small diff.json written by hand and the real diff of the sample plan's two versions; and the
site built from it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from agendapack.model import MinuteItem, Minutes, Pack, PageSpan, Resolution, SourceFile
from agendapack.pipeline.config import Settings
from agendapack.pipeline.outputs.diff import write_diff
from agendapack.pipeline.outputs.summary import load_pack
from agendapack.pipeline.run.batch import parse_files
from agendapack.pipeline.site import SiteReport, build_site
from evaluation.corpus import CORPUS

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
KENT_MINUTES = "minutes/kent_county-council_2025-02-13_minutes.pdf"
KENT_PLAN = "plans/kent_ics-delivery-plan-priorities-and-measures_2025-01-30.pdf"
PLAN_V1 = SAMPLES / "eastbrook_children-committee_2025-07-15_pack.pdf"
PLAN_V2 = SAMPLES / "eastbrook_improvement-plan_v2_2025-10.pdf"

# text a PDF could print: must reach the reader as these characters, never run or expanded
HOSTILE_SCRIPT = "<script>window.__injected = 1</script>"
HOSTILE_TEMPLATE = "{{ 7*7 }} {% raw %}"
HOSTILE_FOLDER = "hostile-0badc0de"
HOSTILE_SHA = "0badc0de" * 8
HOSTILE_PDF = "hostile <b>name</b>.pdf"

# the hand-written diff.json: one table, a slipped date and a lead re-assigned
DIFF_FOLDER = "handmade-diff"
DIFF_FIXTURE = {
    "old": {"file": "plan-v1.pdf", "sha256": "1" * 64, "pages": 3},
    "new": {"file": "plan-v2.pdf", "sha256": "2" * 64, "pages": 3},
    "summary": {"changed": 2, "date_slip": 1, "lead": 1},
    "tables": [{
        "old_title": "Action plan", "new_title": "Action plan", "kind": "action_plan", "key_column": "Ref",
        "summary": {"changed": 2, "date_slip": 1, "lead": 1},
        "changes": [
            {"type": "changed", "key": "1.1", "old_key": "1.1", "new_key": "1.1", "group": "Work stream 1",
             "column": "End Date", "old": "March 2026", "new": "September 2026", "kind": "date_slip",
             "delta": {"months": 6}, "old_page": 2, "new_page": 2},
            {"type": "changed", "key": "1.2", "old_key": "1.2", "new_key": "1.2", "group": "Work stream 1",
             "column": "Lead", "old": "Director of Finance", "new": f"Head of Audit {HOSTILE_SCRIPT}",
             "kind": "lead", "delta": None, "old_page": 2, "new_page": 3},
        ],
    }],
}


@dataclass
class Built:
    out: Path
    site: Path
    report: SiteReport


def hostile_pack() -> Pack:
    """A record whose every text holds markup and template syntax, as a PDF may print them."""
    text = f"Budget {HOSTILE_SCRIPT} {HOSTILE_TEMPLATE}"
    return Pack(
        source=SourceFile(file=HOSTILE_PDF, sha256=HOSTILE_SHA, pages=2),
        meeting={"council": "Hostile Borough", "body": f"Scrutiny {HOSTILE_SCRIPT}", "date": "2025-03-01"},
        minutes=[Minutes(pages=PageSpan(first=1, last=2), attendance=[
            {"name": f"Ann {HOSTILE_TEMPLATE}", "status": "present", "page": 1}],
            items=[MinuteItem(number="4", title=f"Item {HOSTILE_TEMPLATE}", pages=PageSpan(first=1, last=2),
                              resolutions=[Resolution(number="1", text=text, outcome="agreed", page=2)])])],
    )


def _write_fixtures(out: Path) -> None:
    folder = out / HOSTILE_FOLDER
    folder.mkdir(parents=True)
    (folder / "pack.json").write_text(hostile_pack().model_dump_json(indent=1), encoding="utf-8")
    (out / DIFF_FOLDER).mkdir()
    (out / DIFF_FOLDER / "diff.json").write_text(json.dumps(DIFF_FIXTURE), encoding="utf-8")


def _write_sample_diff(out: Path, results) -> None:
    """The sample plan's two versions compared, as `agendapack diff` does."""
    from agendapack.diff import diff_packs

    by_pdf = {Path(r.path).name: r.output for r in results}
    old, new = load_pack(by_pdf[PLAN_V1.name]), load_pack(by_pdf[PLAN_V2.name])
    write_diff(diff_packs(old, new), out / "plan-diff", PLAN_V1, PLAN_V2)


@pytest.fixture(scope="session")
def parsed_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site-out")
    pdfs = sorted(SAMPLES.glob("*.pdf")) + [CORPUS / KENT_MINUTES, CORPUS / KENT_PLAN]
    results = parse_files(pdfs, out, Settings(jobs=1), progress=False)
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    _write_sample_diff(out, results)
    _write_fixtures(out)
    return out


@pytest.fixture(scope="session")
def built_site(parsed_out, tmp_path_factory) -> Built:
    site = tmp_path_factory.mktemp("site") / "site"
    report = build_site(parsed_out, site, pdf_folders=[SAMPLES, CORPUS / KENT_MINUTES, CORPUS / KENT_PLAN])
    return Built(parsed_out, site, report)

"""Rendered views read records only: the summary of the sample pack shows what the record holds."""

import subprocess
import sys
from pathlib import Path

from agendapack.pipeline.outputs.summary import render_summary
from agendapack.pipeline.stages import parse_pack

ROOT = Path(__file__).resolve().parents[1]


def test_sample_pack_summary(tmp_path):
    pack = parse_pack(ROOT / "samples" / "eastbrook_children-committee_2025-07-15_pack.pdf")
    text = render_summary(pack)
    assert text.startswith("# Children and Young People Policy Overview Committee")
    assert "**Date:** 2025-07-15 at 19:00" in text
    assert "| 6 | Children and Young People's Services Improvement Plan" in text
    assert "| 9 | Residential Placements for Looked After Children - Contract Award | 15–16 | exempt |" in text
    assert "Resolved: Resolved" not in text
    assert "- Vote: carried — for 5, against 4" in text
    # every action of the plan is listed
    assert text.count("\n| 1.") + text.count("\n| 2.") + text.count("\n| 3.") + text.count("\n| 4.") >= len(pack.actions)
    assert render_summary(pack) == text  # same record, same bytes


def test_summary_command_rejects_a_file_that_is_not_a_record(tmp_path):
    bad = tmp_path / "pack.json"
    bad.write_text('{"hello": 1}')
    proc = subprocess.run([sys.executable, "-m", "agendapack", "summary", str(bad)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert proc.stderr.startswith("error") and "not a valid pack record" in proc.stderr

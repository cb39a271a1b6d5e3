"""The diff on a real version pair: Kent's Budget Risks Register 2025-26, the draft appendix to
Cabinet ("Appendix I") against the version adopted by Full Council ("Appendix J").

Read from the two PDFs (pdftotext -layout): the appendix letter changed from I to J; the annual
financial exposure (£m) of "Non delivery of Savings and income ..." went 119.2 -> 120.9, of
"Market Sustainability" 20.0 -> 28.4 and of "Distribution of Grant Settlements" 22.0 -> 22.2;
the same 36 risks (directorate and title) in both."""

from __future__ import annotations

import pytest

from agendapack.diff import diff_packs
from agendapack.pipeline.stages import parse_pack

OLD = "plans/kent_budget-risk-register-2025-26_v1_draft_cabinet-2025-01-30.pdf"
NEW = "plans/kent_budget-risk-register-2025-26_v2_final_council-2025-02-13.pdf"

READ = {  # risk title starts with -> (old £m, new £m)
    "Non delivery of Savings": ("119.2", "120.9"),
    "Market Sustainability": ("20.0", "28.4"),
    "Distribution of Grant": ("22.0", "22.2"),
}


@pytest.fixture(scope="module")
def register_diff(corpus):
    return diff_packs(parse_pack(corpus / OLD), parse_pack(corpus / NEW))


def test_the_register_pairs_across_the_appendix_letter(register_diff):
    register = next(t for t in register_diff.tables if t.kind == "risk_register")
    assert register.status == "paired"
    assert register.old_title and register.old_title.startswith("Appendix I")
    assert register.new_title and register.new_title.startswith("Appendix J")


def test_the_revised_exposures_are_money_changes_with_their_difference(register_diff):
    money = [c for t in register_diff.tables for c in t.changes if c.kind == "money"]
    for title, (old, new) in READ.items():
        change = next((c for c in money if (c.key or "").startswith(title)), None)
        assert change is not None, title
        assert (change.old, change.new) == (old, new)
        assert change.delta is not None
        assert change.delta.amount == pytest.approx(float(new) - float(old))
        assert change.delta.percent == pytest.approx(100 * (float(new) - float(old)) / float(old), abs=0.01)


def test_the_draft_marks_and_reflow_are_not_changes(register_diff):
    # the same risks in both versions: nothing added, removed or renumbered
    assert register_diff.summary["added"] == register_diff.summary["removed"] == 0
    assert register_diff.summary["renumbered"] == 0

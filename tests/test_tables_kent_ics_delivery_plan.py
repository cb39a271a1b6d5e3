"""Kent ICS delivery plan slides: PowerPoint tables drawn with white borders, a table continued
over five slides with banners, and plan rows mapped to canonical actions."""


import pytest

from tests.tables_gold import cell_accuracy, find_table, load, norm

GOLD = load("plans__kent_ics-delivery-plan-priorities-and-measures_2025-01-30.json")


@pytest.fixture(scope="module")
def pack(parsed):
    return parsed(GOLD["file"])


@pytest.mark.parametrize("gt", GOLD["tables"], ids=lambda gt: f"p{gt['page']}")
def test_gold_tables(pack, gt):
    t = find_table(pack, gt)
    assert t is not None
    assert t.columns == gt["columns"]
    assert (t.pages.first, t.pages.last) == (gt["pages"]["first"], gt["pages"]["last"])
    assert len(t.rows) == gt["row_count"]
    assert norm(t.title) == norm(gt["title"])
    ok, total = cell_accuracy(t, gt)
    assert ok == total


def test_public_health_table_continues_over_five_slides_with_four_groups(pack):
    gt = next(g for g in GOLD["tables"] if g["page"] == 7)
    t = find_table(pack, gt)
    assert len(t.groups) == 4
    per_page = {}
    for r in t.rows:
        per_page[r.pages.first] = per_page.get(r.pages.first, 0) + 1
    assert per_page == {7: 8, 8: 6, 9: 7, 10: 4, 11: 2}
    # the banner repeated at the top of slide 10 continues its group
    assert t.rows[14].group == t.rows[24].group


def test_commitments_become_actions_with_leads_and_timescales(pack):
    gt = next(g for g in GOLD["tables"] if g["page"] == 5)
    t = find_table(pack, gt)
    assert t.kind == "action_plan"
    acts = [a for a in pack.actions if a.table == t.id]
    assert len(acts) == gt["row_count"]
    first = gt["rows"][0]["cells"]
    assert norm(acts[0].action) == norm(first["What we have committed to"])
    assert norm(acts[0].lead) == norm(first["Led by"])
    assert acts[0].end_text == first["Timescale"] and acts[0].end == "2026-03"
    assert norm(acts[0].measures) == norm(first["Measure"])
    assert acts[0].original["Shared Outcome"] == first["Shared Outcome"]
    assert all(a.workstream for a in acts)  # the banner above the rows

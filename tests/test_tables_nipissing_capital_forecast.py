"""Nipissing capital forecast slides: a ruled table whose rules fall only between year bands
(one row per project line, the year repeated), and a two-column list drawn without any rules."""


import pytest

from tests.tables_gold import cell_accuracy, find_table, load

GOLD = load("plans__nipissing_capital-forecast_v1_2024-2034.json")


@pytest.fixture(scope="module")
def pack(parsed):
    return parsed(GOLD["file"])


def test_fire_capital_projects_one_row_per_project_line(pack):
    gt = next(g for g in GOLD["tables"] if g["page"] == 3)
    t = find_table(pack, gt)
    assert t.columns == gt["columns"]
    assert t.title == gt["title"]  # the caption row inside the frame
    assert len(t.rows) == gt["row_count"]
    ok, total = cell_accuracy(t, gt)
    assert ok == total
    years = [r.cells["YEAR"] for r in t.rows]
    assert years.count("2025") == 4 and years.count("2034") == 3


def test_fleet_plan_without_ruling_lines(pack):
    gt = next(g for g in GOLD["tables"] if g["page"] == 4)
    t = find_table(pack, gt)
    assert t is not None and t.ruled is False
    assert len(t.rows) == gt["row_count"]
    got = [[v for v in r.cells.values()] for r in t.rows]
    want = [list(r["cells"].values()) for r in gt["rows"]]
    assert [[" ".join(c.split()) for c in row] for row in got] == want

"""Kent capital investment summary: a ruled table with a three-row header, too wide for one
page and printed in two column parts; a 'Funded By:' banner groups the funding rows."""


import pytest

from tests.tables_gold import cell_accuracy, find_table, load

FILES = [
    "plans__kent_capital-investment-summary-2025-35_v1_cabinet-2025-01-30.json",
    "plans__kent_capital-investment-summary-2025-35_v2_council-2025-02-13.json",
]


@pytest.mark.parametrize("name", FILES)
def test_capital_summary(parsed, name):
    gold = load(name)
    gt = gold["tables"][0]
    t = find_table(parsed(gold["file"]), gt)
    assert t is not None
    assert t.columns == gt["columns"]
    assert t.header_rows == gt["header_rows"]
    assert len(t.rows) == gt["row_count"]
    assert [r.cells["ROW REF"] for r in t.rows] == [str(i) for i in range(1, 16)]
    assert t.groups == ["Funded By:"]
    assert all(r.group == "Funded By:" for r in t.rows[6:])
    assert all(r.group is None for r in t.rows[:6])
    ok, total = cell_accuracy(t, gt)
    assert ok >= 0.95 * total
    # every figure of the total row, from both printed parts
    total_row = next(x for x in gt["rows"] if x["index"] == 5)["cells"]
    for col, val in total_row.items():
        if col != "Dir":
            assert t.rows[5].cells[col] == val, col

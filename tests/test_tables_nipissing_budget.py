"""Nipissing 2025 draft budget slide 7: spreadsheet grid with a two-level header, spacer rows
and columns, and accounting amounts whose first digit the text layer prints apart."""



from tests.tables_gold import find_table, load, norm

GOLD = load("plans__nipissing_budget-2025_v1_draft-2025-03-04.json")
GT = GOLD["tables"][0]


def test_budget_page_7(parsed):
    t = find_table(parsed(GOLD["file"]), GT)
    assert t is not None
    assert len(t.rows) == GT["row_count"]
    assert t.header_rows == GT["header_rows"]
    for c in ("Department Description", "Revenues / 2024 Actual", "Revenues / 2025 Budget",
              "Expenses / 2024 Actual", "Expenses / 2025 Budget"):
        assert c in t.columns
    for grow in GT["rows"]:
        row = t.rows[grow["index"]]
        for col in ("Department Description", "Revenues / 2024 Actual", "Expenses / 2025 Budget"):
            assert norm(row.cells[col]) == norm(grow["cells"][col]), (grow["index"], col)

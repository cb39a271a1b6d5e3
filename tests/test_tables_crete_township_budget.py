"""Crete Township town fund budget worksheet 2021-22 (dev group): an accounting package's
worksheet over eleven landscape pages, the title block and the three stacked column heads
repeated on every page. Accounting underlines run once across the three figure columns above
the subtotals (on some pages three or more of them stack down the page); a fund's closing
"Net ..." line and its grand total are set off by blank lines and print "$" signs; a fund's
name sits between the repeated heads and its first row, set off by blank lines.

Expected values are read from the PDF (pdftotext -layout)."""

from __future__ import annotations

WORKSHEET = "plans/crete-township_town-fund-budget_v1_2021-22-worksheet.pdf"


def _row(table, label: str) -> list[str]:
    return next(list(r.cells.values()) for r in table.rows if list(r.cells.values())[0] == label)


def test_the_worksheet_is_one_table_over_its_eleven_pages(parsed):
    pack = parsed(WORKSHEET)
    (t,) = [t for t in pack.tables if t.pages.first == 1]
    assert (t.pages.first, t.pages.last) == (1, 11)
    # the three figure columns, headed on every page; the label column has no head
    assert len(t.columns) == 4


def test_rows_under_rules_across_the_figures_keep_their_labels(parsed):
    """Page 3 (three underlines across the figure columns) reads labels and figures together."""
    (t,) = [t for t in parsed(WORKSHEET).tables if t.pages.first == 1]
    assert _row(t, "4530 · Mosquito Management")[1:] == ["6,746.37", "35,000.00", "30,000.00"]
    assert _row(t, "Total 4000b · Commodities")[1:] == ["4,186.50", "8,350.00", "7,100.00"]


def test_closing_lines_after_blank_lines_and_funds_between_heads_and_body(parsed):
    (t,) = [t for t in parsed(WORKSHEET).tables if t.pages.first == 1]
    net = _row(t, "Net Town Fund Surplus After Assessor Office")  # page 6, after two blank lines
    # each "$" printed at the left of its own figure cell, nearer the figure before it
    assert net[1:] == ["$ 449,157.07", "$ (488,736.26)", "$ 19,593.12"]
    # page 10: the fund's name set off by blank lines under the repeated heads
    assert "TOWN FUND INSURANCE" in t.groups and "TOWN FUND RETIREMENT FUND" in t.groups
    assert _row(t, "4725 · Liability Insurance")[1:] in (["2,015.00", "-", ""], ["29,697.00"] * 3)
    labels = [list(r.cells.values())[0] for r in t.rows]
    assert "Net Town Fund Insurance Surplus" in labels and "Net Town Fund Retirement Surplus" in labels


ORDINANCE = "plans/crete-township_town-fund-budget_v2_2022-23-draft-ordinance.pdf"


def test_the_ordinances_later_funds_take_the_heads_printed_on_page_one(parsed):
    """The heads (2020-2021 / Actual, 2021-2022 / Actual, Proposed / 2022-2023 / Budget) are
    printed once, on page 1; the funds on page 4 are set in the same columns without heads."""
    pack = parsed(ORDINANCE)
    first = next(t for t in pack.tables if t.pages.first == 1)
    heads = first.columns[1:]
    assert heads[0].startswith("2020-2021") and heads[2].endswith("Budget")
    insurance = next(t for t in pack.tables if t.title == "TOWN FUND INSURANCE")
    assert insurance.pages.first == 4 and insurance.header_rows == 0
    assert insurance.columns[1:] == heads
    row = next(r for r in insurance.rows if list(r.cells.values())[0] == "3255 · TOIRMA Dividend")
    assert [row.cells[c] for c in heads] == ["4,543", "4,452", "4,500"]

"""A town, parish or community council's budget sheet printed from a spreadsheet to PDF, one
portrait page, in layouts the other generated budgets do not have (built with fpdf2 in the test,
scripts/samplegen/styles_tables.py `parish_budget`):

- a title in capitals over a sheet printed with the spreadsheet's light grey gridlines round
  every cell; Item, four figure columns (last year's budget, actual to December, projected to
  March, next year's budget) and a text Notes column; INCOME and EXPENDITURE as section rows,
  each closed by its total; a final "Surplus/(Deficit)" row; negatives in brackets, blank cells
  and "-" for nil;
- the same with "£" in a narrow ruled column of its own left of each amount, or on a header row
  of its own;
- a two-level header, "2023/24" merged over its Budget | Actual pair and "2024/25" over Budget,
  with gridlines or none.

Every document is parsed by the whole pipeline, as a user would.
"""

from __future__ import annotations

import pytest

from .table_styles import STYLES, style_builder, values


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """build(kind, style, **options) -> (pack, truth): each document built and parsed once."""
    return style_builder(tmp_path_factory.mktemp("parish_budgets"))


def check_sheet(pack, truth) -> None:
    (t,) = pack.tables
    assert t.title == truth["title"]
    assert t.columns == truth["columns"]
    # the section rows carry no figures: groups, not rows; totals and the result are rows
    assert t.groups == truth["groups"]
    assert len(t.rows) == len(truth["rows"])
    assert values(t) == truth["rows"]
    assert not pack.warnings


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("pound", ["", "header", "column"], ids=["no-sign", "sign-row-under-heads",
                                                                 "sign-column-of-its-own"])
def test_sheet_printed_with_gridlines(built, style, pound):
    """Light grey gridlines round every cell, wrapped heads in one cell; a "£" column of its own
    joins the amounts beside it ("£ 24,500"), a "£" row under the heads is part of the header."""
    pack, truth = built("parish_budget", style, pound=pound)
    check_sheet(pack, truth)
    t = pack.tables[0]
    assert t.header_rows == (2 if pound == "header" else 1)
    # brackets for a negative, "-" for nil and a blank cell read as printed
    result = values(t)[-1]
    assert result[0] == "Surplus/(Deficit)" and result[1].endswith(")") and result[1].lstrip("£ ").startswith("(")
    assert any(cell.removeprefix("£ ") == "-" for row in values(t) for cell in row[1:])
    assert any("" in row[1:-1] for row in values(t))


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("gridlines", [True, False], ids=["gridlines", "no-gridlines"])
def test_years_over_their_columns(built, style, gridlines):
    """"2023/24" over Budget | Actual, "2024/25" over the one Budget column: the year names the
    columns under it and not the Notes column beside them (a text column after figures); with
    no gridlines the year line, set over the figures only, is header and not a title line."""
    pack, truth = built("parish_budget", style, years_over=True, gridlines=gridlines)
    check_sheet(pack, truth)
    assert pack.tables[0].header_rows == 2


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("pound", ["", "column"], ids=["no-sign", "sign-column-of-its-own"])
def test_sheet_without_gridlines_keeps_its_rows(built, style, pound):
    """No rule at all: figures flush right, "£" in a column of its own joined to its amounts; a
    number inside a heading ("Actual to 31 Dec") does not make the header line a row."""
    pack, truth = built("parish_budget", style, gridlines=False, pound=pound)
    (t,) = pack.tables
    assert t.title == truth["title"]
    assert len(t.columns) == len(truth["columns"])
    assert t.groups == truth["groups"]
    assert values(t) == truth["rows"]


@pytest.mark.parametrize("style", sorted(STYLES))
def test_sheet_without_gridlines_and_wrapped_heads(built, style):
    """Heads wrapped over two lines, set flush right and closer than a column gap ("Actual to 31
    Projected to 31" over "Mar Budget 2024/25"): parted where a word ends on a figure column's
    right edge, the first lines joined to the heads below them."""
    pack, truth = built("parish_budget", style, gridlines=False)
    check_sheet(pack, truth)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_narrow_columns_with_heads_wrapped_over_three_lines(built, style):
    """Figure columns barely wider than their widest figure, no rules: heads wrapped over three
    lines ("Budget" / "2023/24"; "Actual to" / "31 Dec") joined bottom to top, every figure in
    its own column though a single space parts some of them."""
    pack, truth = built("parish_budget", style, gridlines=False, figure_width=44.0)
    check_sheet(pack, truth)

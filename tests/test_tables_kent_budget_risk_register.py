"""Kent budget risk register (11 landscape pages, one ruled register table with a repeated
header, section banners, and hidden overprinted banner text); expected values from the gold file."""


import pytest

from tests.tables_gold import cell_accuracy, find_table, load, norm

GOLD = load("plans__kent_budget-risk-register-2025-26_v1_draft_cabinet-2025-01-30.json")
REGISTER = GOLD["tables"][0]


@pytest.fixture(scope="module")
def register(parsed):
    pack = parsed(GOLD["file"])
    table = find_table(pack, REGISTER)
    assert table is not None
    return table


def test_one_table_over_all_eleven_pages(register):
    assert (register.pages.first, register.pages.last) == (1, 11)
    assert register.ruled is True


def test_header_read_once_with_its_unit_row(register):
    assert register.columns == REGISTER["columns"]
    assert register.header_rows == REGISTER["header_rows"]


def test_rows_after_dropping_repeated_headers(register):
    assert len(register.rows) == REGISTER["row_count"]
    per_page = {}
    for r in register.rows:
        per_page[r.pages.first] = per_page.get(r.pages.first, 0) + 1
    assert {str(k): v for k, v in per_page.items()} == REGISTER["rows_per_page"]


def test_section_banners_are_groups_not_rows(register):
    assert register.groups == [g["title"] for g in REGISTER["groups"]]
    for g in REGISTER["groups"]:
        for i in range(g["first_index"], g["last_index"] + 1):
            assert register.rows[i].group == g["title"], i


def test_sample_cells_and_no_hidden_overprint(register):
    ok, total = cell_accuracy(register, REGISTER)
    assert ok == total
    # the clipped banner text printed over the first row of later pages is not read
    assert register.rows[2].cells["Directorate"] == "ASCH / CYPE"
    assert all("Significant" not in norm(v) for r in register.rows[2:] for v in r.cells.values())


def test_risk_register_kind(register):
    assert register.kind == "risk_register"

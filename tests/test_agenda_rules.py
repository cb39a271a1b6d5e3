"""The agenda rules on invented agendas: each general pattern with a second example beside the
corpus document where it was first seen."""

from agendapack.extractors.agenda import extract_agenda_items, parse_number, split_references

from .lines import stack

GAP = {1: 20.0}  # number set apart from the title, as in a two-column agenda table


def _items(specs):
    return [(c.number, c.title_lines[0], c.pages, c.part, c.parent) for c in extract_agenda_items(stack(specs))]


def test_number_styles():
    assert parse_number("2.1") == ("decimal", "2.1")
    assert parse_number("10.1(a)") == ("decimal_letter", "10.1(a)")
    assert parse_number("D1.") == ("code", "D1")
    assert parse_number("IV.") == ("roman", "IV")
    assert parse_number("(b)") == ("sub", "b")
    assert parse_number("*(c)") == ("sub", "c")
    assert parse_number("Apologies") is None


def test_page_ranges_trailing_bracketed_and_on_wrapped_line():
    got = _items([
        ("1. Apologies for absence", 40),
        ("2. Minutes of the last meeting 3 - 12", 40),
        ("3. Highways capital programme and the annual", 40),
        ("maintenance report for 2026-27 (Pages 13 - 40)", 58),
        ("4. Budget monitoring 2026-27", 40),
    ])
    assert [(n, t, p) for n, t, p, _, _ in got] == [
        ("1", "Apologies for absence", None),
        ("2", "Minutes of the last meeting", (3, 12)),
        ("3", "Highways capital programme and the annual maintenance report for 2026-27", (13, 40)),
        ("4", "Budget monitoring 2026-27", None),  # a year span is not a page range
    ]


def test_exempt_heading_switches_part_and_reporting_heading_does_not():
    got = _items([
        ("REPORT OF ACTION TAKEN IN CLOSED SESSION", 40, {"bold": True}),
        ("1. Declarations of interest", 40),
        ("Part 2 - items not open to the press and public", 40, {"bold": True}),
        ("2. Land disposal at Mill Lane (Pages 5 - 9)", 40),
    ])
    assert [(n, part) for n, _, _, part, _ in got] == [("1", "public"), ("2", "exempt")]


def test_sub_items_nest_under_the_last_numbered_item():
    got = _items([
        ("I. OPENING", 30),
        ("1. Roll call", 48),
        ("2. Consent items", 48),
        ("(a) Minutes of 3 March", 66),
        ("(b) Warrants", 66),
        ("II. BUSINESS", 30),
        ("1. Library hours", 48),
    ])
    assert [(n, parent) for n, _, _, _, parent in got] == [
        ("I", None), ("1", "I"), ("2", "I"), ("a", "2"), ("b", "2"), ("II", None), ("1", "II")
    ]


def test_numbered_recommendations_inside_an_item_are_not_items():
    got = _items([
        ("1. Call to order", 40),
        ("2. Street lighting contract", 40),
        ("Recommended Action:", 70),
        ("1. Award the contract to the lowest bidder;", 70),
        ("2. Authorise the manager to sign it.", 70),
        ("3. Adjournment", 40),
    ])
    assert [n for n, *_ in got] == ["1", "2", "3"]


def test_numbered_instructions_before_the_agenda_are_dropped():
    got = _items([
        ("How to take part", 40, {"bold": True}),
        ("1. Watch online at https://example.org/live, or", 40),
        ("2. Send comments to clerk@example.org by noon;", 40),
        ("1. CALL TO ORDER", 40),
        ("2. MINUTES", 40),
    ])
    assert [(n, t) for n, t, *_ in got] == [("1", "CALL TO ORDER"), ("2", "MINUTES")]


def test_bare_numbers_need_a_column_gap():
    specs = [("1 Apologies", 40, {"gaps": GAP}), ("2 Minutes", 40, {"gaps": GAP}), ("30 members attended the walk", 40)]
    assert [n for n, *_ in _items(specs)] == ["1", "2"]


def test_postcode_is_not_an_item_code():
    assert _items([("AB1 2CD", 40), ("Market Hall", 40)]) == []


def test_trailing_paper_references_are_split_from_titles():
    assert split_references("Adopt the parks strategy for the next five years (Staff Report #26-014)") == (
        "Adopt the parks strategy for the next five years", ["Staff Report #26-014"]
    )
    assert split_references("Approve the minutes of 4 May") == ("Approve the minutes of 4 May", [])


def test_lettered_clauses_of_a_recommendation_are_not_sub_items():
    got = _items([
        ("1. Grants to community groups", 40),
        ("Recommendation: approve the following awards", 70),
        ("(a) Riverside Youth Club, 2,000", 90),
        ("(b) Hill Street Allotments, 1,500", 90),
        ("2. Correspondence", 40),
        ("(a) Letter from the county surveyor", 58),
    ])
    assert [(n, parent) for n, _, _, _, parent in got] == [("1", None), ("2", None), ("a", "2")]


def test_file_number_column_goes_to_references():
    lines = stack([
        ("3.4 26-117 Approval of the depot roof repairs", 40, {"gaps": {1: 20.0, 2: 20.0}}),
        ("and drainage works.", 126),
    ])
    (c,) = extract_agenda_items(lines)
    assert (c.number, c.title_lines[0], c.references) == ("3.4", "Approval of the depot roof repairs and drainage works.", ["26-117"])


def test_title_running_into_a_second_column_is_kept():
    lines = stack([("5. Finance - Estimated accounts for 2026/27", 40, {"gaps": {1: 20.0, 3: 25.0}})])
    (c,) = extract_agenda_items(lines)
    assert c.title_lines[0] == "Finance - Estimated accounts for 2026/27"


def test_sub_items_under_an_unnumbered_heading_imply_its_number():
    got = extract_agenda_items(stack([
        ("1. Opening", 40),
        ("1.01 Roll call", 58),
        ("In Camera Items", 58, {"bold": True}),
        ("2.01 Staffing matter", 58),
        ("2.02 Property acquisition", 58),
        ("3. Public business", 40),
    ]))
    assert [(c.number, c.parent, c.number_printed) for c in got] == [
        ("1", None, True), ("1.01", "1", True), ("2", None, False), ("2.01", "2", True), ("2.02", "2", True), ("3", None, True)
    ]
    assert got[2].title_lines[0] == "In Camera Items"


def test_letter_i_after_h_is_a_letter_not_a_roman_numeral():
    letters = "ABCDEFGH"
    got = _items([(f"{c}. Business item {c.lower()}", 40) for c in letters] + [("I. Clerk's report", 40), ("J. Adjournment", 40)])
    assert [n for n, *_ in got] == list(letters) + ["I", "J"]


def test_an_initial_at_the_start_of_a_line_is_not_a_section():
    got = _items([("1. Sale of land", 40), ("between N. Almaden Road and the river", 40), ("N. Almaden Road frontage, in the amount of $5,000", 40), ("2. Adjournment", 40)])
    assert [n for n, *_ in got] == ["1", "2"]


def test_a_title_running_over_a_page_break_is_joined():
    from .lines import make_line

    lines = [
        make_line("7. Approval of a contract with Northside Paving for the resurfacing of", x0=40, top=700),
        make_line("Mill Street, Station Road and the High Street car park,", x0=58, top=714),
        make_line("and approval of a budget amendment of $50,000", x0=58, top=60, page=2),
        make_line("8. Adjournment", x0=40, top=90, page=2),
    ]
    got = extract_agenda_items(lines)
    assert [c.number for c in got] == ["7", "8"]
    assert got[0].title_lines[0].endswith("car park, and approval of a budget amendment of $50,000")


def test_a_finished_title_does_not_take_the_next_pages_first_line():
    from .lines import make_line

    lines = [
        make_line("7. Approval of the depot lease.", x0=40, top=700),
        make_line("Recommended for approval by the Finance Committee.", x0=58, top=714),
        make_line("Background papers are available from the clerk", x0=58, top=60, page=2),
    ]
    (c,) = extract_agenda_items(lines)
    assert "Background" not in c.title_lines[0]

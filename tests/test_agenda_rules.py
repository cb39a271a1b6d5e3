"""The agenda rules on invented agendas: each general pattern with a second example beside the
corpus document where it was first seen."""

import pytest

from agendapack.extractors.agenda import extract_agenda_items, parse_number, split_references

from .lines import CHAR_W, make_columns, stack

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


def test_a_road_number_in_a_topic_line_is_no_item_code_but_a_run_of_codes_is():
    # running minute numbers with unnumbered topics under them, one topic a road ("A466")
    got = _items([("2636. Planning Permissions", 40), ("2637. Updates:-", 40), ("The Map", 40),
                  ("A466 Future Road closures", 40), ("2638. Correspondence", 40)])
    assert [g[0] for g in got] == ["2636", "2637", "2638"]
    got = _items([("D1 Housing allocations", 40), ("D2 Homelessness review", 40), ("E1 Parks strategy", 40),
                  ("E3 Cemetery fees", 40)])
    assert [g[0] for g in got] == ["D1", "D2", "E1", "E3"]


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


def test_lettered_items_nest_under_a_numbered_section_and_restart_per_section():
    got = _items([
        ("4 CONSENT CALENDAR", 40, {"gaps": GAP, "bold": True}),
        ("A. Minutes of the meeting of 3 March", 70),
        ("B. Warrants and payroll", 70),
        ("C. Library board annual report", 70),
        ("5 PUBLIC HEARINGS", 40, {"gaps": GAP, "bold": True}),
        ("A. Rezoning of the mill site", 70),
        ("6 ADJOURNMENT", 40, {"gaps": GAP, "bold": True}),
    ])
    assert [(n, parent) for n, _, _, _, parent in got] == [
        ("4", None), ("A", "4"), ("B", "4"), ("C", "4"), ("5", None), ("A", "5"), ("6", None)
    ]


def test_letters_between_two_numbers_at_the_numbers_indent_are_sub_items():
    letters = "ABCDEFGHIJ"  # "I." after "H." is a letter, not a roman numeral
    got = _items(
        [("3. PUBLIC COMMENT", 40), ("4. CONSENT CALENDAR", 40)]
        + [(f"{c}. Consent matter {c.lower()}", 40) for c in letters]
        + [("5. ADJOURNMENT", 40)]
    )
    assert [(n, parent) for n, _, _, _, parent in got] == (
        [("3", None), ("4", None)] + [(c, "4") for c in letters] + [("5", None)]
    )


def test_dotted_letters_nest_under_their_section():
    got = _items([
        ("1 CONSENT CALENDAR", 40, {"gaps": GAP}),
        ("1.A Minutes of the regular meeting", 60),
        ("1.B Warrants", 60),
        ("1.C Treasurer's report", 60),
        ("2 NEW BUSINESS", 40, {"gaps": GAP}),
        ("2.A Parking study", 60),
    ])
    assert [(n, parent) for n, _, _, _, parent in got] == [
        ("1", None), ("1.A", "1"), ("1.B", "1"), ("1.C", "1"), ("2", None), ("2.A", "2")
    ]


def test_an_address_is_not_a_lettered_item():
    assert _items([("4A High Street, Eastbrook", 40), ("Market Hall", 40)]) == []


def test_roman_sections_go_past_fifteen():
    numerals = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII".split()
    got = _items([(f"{r}. SECTION {r}", 40) for r in numerals])
    assert [n for n, *_ in got] == numerals


def test_sub_items_outdented_from_a_description_label_are_still_sub_items():
    # "a)" items at the section's indent, each followed by a deeper "Recommendation:" paragraph
    # whose own numbered steps are clauses, not items
    got = _items([
        ("I. CALL TO ORDER", 40, {"bold": True}),
        ("II. CONSENT CALENDAR", 40, {"bold": True}),
        ("a) WAIVE READING OF ORDINANCES", 40, {"bold": True}),
        ("Recommendation: Staff recommends the Council:", 70),
        ("1. Waive reading in full of all ordinances;", 120),
        ("2. Declare the titles read.", 120),
        ("b) CHECK REGISTERS", 40, {"bold": True}),
        ("Recommendation: Ratify the check registers.", 70),
        ("III. ADJOURNMENT", 40, {"bold": True}),
    ])
    assert [(n, parent) for n, _, _, _, parent in got] == [
        ("I", None), ("II", None), ("a", "II"), ("b", "II"), ("III", None)
    ]


def test_a_label_in_the_file_number_column_and_a_wrapped_file_number_are_not_title():
    # items print a file number in a column between number and title; one prints a link label
    # ("REPORT") there instead, its file number wrapping onto the next line in that column
    bold = {"bold": True}
    got = extract_agenda_items(stack([
        ("I. CONSENT CALENDAR", 40, bold),
        ("a) 26-0101 WAIVE FULL READING OF ORDINANCES", 40, {"bold": True, "gaps": {1: 20.0, 2: 30.0}}),
        ("b) REPORT CITY COUNCIL MEETING MINUTES", 40, {"bold": True, "gaps": {1: 20.0, 2: 35.5}}),
        ("26-0102 OF JANUARY AND FEBRUARY", 74.3, {"bold": True, "gaps": {1: 30.0}}),
    ]))
    assert [(c.number, c.title_lines[0], c.references) for c in got[1:]] == [
        ("a", "WAIVE FULL READING OF ORDINANCES", ["26-0101"]),
        ("b", "CITY COUNCIL MEETING MINUTES OF JANUARY AND FEBRUARY", ["26-0102"]),
    ]


def test_a_centred_title_wrapping_onto_a_shorter_centred_line_is_joined():
    from .lines import make_line

    first = make_line("1. ANNOUNCEMENT OF THE WINNER OF THE ANNUAL", x0=40, top=100, bold=True, gaps={1: 60.0})
    seg = first.segments[-1]
    probe = make_line("PARKING PERMIT ART CONTEST", x0=0, bold=True)
    second = make_line("PARKING PERMIT ART CONTEST", x0=(seg.x0 + seg.x1) / 2 - probe.x1 / 2, top=118, bold=True)
    after = make_line("2. ADJOURNMENT", x0=40, top=140, bold=True, gaps={1: 60.0})
    got = extract_agenda_items([first, second, after])
    assert [(c.number, c.title_lines[0]) for c in got] == [
        ("1", "ANNOUNCEMENT OF THE WINNER OF THE ANNUAL PARKING PERMIT ART CONTEST"), ("2", "ADJOURNMENT")
    ]


def test_a_bold_heading_ending_in_a_colon_goes_on_in_the_bold_line_under_it():
    got = _items([
        ("1. CONFERENCE WITH LEGAL COUNSEL:", 40, {"bold": True}),
        ("Anticipated litigation - one matter", 58, {"bold": True}),
        ("The Council will meet in closed session.", 58),
        ("2. PUBLIC BUSINESS", 40, {"bold": True}),
    ])
    assert [(n, t) for n, t, *_ in got] == [
        ("1", "CONFERENCE WITH LEGAL COUNSEL: Anticipated litigation - one matter"), ("2", "PUBLIC BUSINESS")
    ]


def test_a_column_saying_what_the_item_is_for_is_not_its_title():
    # number, title, then a column of what the item is for, in lower case or opening "To ..."
    gaps = {1: 20.0, 2: 60.0}
    got = [(c.number, c.title_lines[0]) for c in extract_agenda_items(stack([
        ("6 Correspondence to discuss the letters received", 40, {"gaps": gaps}),
        ("7 Highways To receive an update", 40, {"gaps": gaps}),
        ("8 Finance To approve the accounts for payment", 40, {"gaps": gaps}),
    ]))]
    assert got == [("6", "Correspondence"), ("7", "Highways"), ("8", "Finance")]


def test_a_title_run_on_into_what_the_item_is_for_or_its_motion():
    got = [(c.number, c.title_lines[0]) for c in extract_agenda_items(stack([
        ("1. Declarations of Interest - to receive any declarations from members", 40),
        ("2. Minutes: to approve the minutes of the last meeting", 40),
        ("3. Closed Session: That this part of the meeting be closed to the public", 40),
    ]))]
    assert [(n, t) for n, t in got] == [("1", "Declarations of Interest"), ("2", "Minutes"), ("3", "Closed Session")]


def test_sections_numbered_with_a_zero_point_head_their_points():
    # "1.0", "2.0" ... as the top level, "2.1", "2.2" under "2.0", at a deeper indent or the same
    gaps = {1: 20.0}
    for sub_x in (60, 40):
        got = [(c.number, c.parent) for c in extract_agenda_items(stack([
            ("1.0 CALL TO ORDER", 40, {"gaps": gaps}),
            ("2.0 CONSENT AGENDA", 40, {"gaps": gaps}),
            ("2.1 Approval of the minutes of May 5", sub_x, {"gaps": gaps}),
            ("2.2 Payment of the bills", sub_x, {"gaps": gaps}),
            ("3.0 NEW BUSINESS", 40, {"gaps": gaps}),
            ("3.1 Road salt contract", sub_x, {"gaps": gaps}),
            ("4.0 ADJOURNMENT", 40, {"gaps": gaps}),
        ]))]
        assert got == [("1.0", None), ("2.0", None), ("2.1", "2.0"), ("2.2", "2.0"), ("3.0", None), ("3.1", "3.0"),
                       ("4.0", None)], sub_x


def test_items_labelled_item_or_numbered_with_a_colon():
    titles = ["Apologies for absence", "Minutes of the last meeting", "Planning applications", "Finance report"]
    for fmt in ["Item {n}: {t}", "Item {n} {t}", "Agenda Item {n} - {t}", "{n}: {t}"]:
        got = [(c.number, c.title_lines[0]) for c in extract_agenda_items(stack(
            [(fmt.format(n=k + 1, t=t), 40) for k, t in enumerate(titles)]))]
        assert got == [(str(k + 1), t) for k, t in enumerate(titles)], fmt


def test_items_numbered_in_brackets():
    got = _items([
        ("(1) Apologies for absence", 40),
        ("(2) Declarations of interest", 40),
        ("(3) Planning applications", 40),
        ("(4) Finance", 40),
    ])
    assert [(n, t, parent) for n, t, _, _, parent in got] == [
        ("1", "Apologies for absence", None), ("2", "Declarations of interest", None),
        ("3", "Planning applications", None), ("4", "Finance", None)]


def test_bracketed_numbers_set_deeper_are_sub_items_numbered_afresh():
    got = _items([
        ("4. Planning applications", 40),
        ("(1) 25/0112 Land at Mill Lane", 60),
        ("(2) 25/0113 Barn at Top Farm", 60),
        ("5. Highways", 40),
        ("(1) Speed limit on Station Road", 60),
        ("6. Date of next meeting", 40),
    ])
    assert [(n, parent) for n, _, _, _, parent in got] == [
        ("4", None), ("1", "4"), ("2", "4"), ("5", None), ("1", "5"), ("6", None)]


def test_bracketed_clauses_of_a_recommendation_are_no_items():
    got = _items([
        ("1. Paid Sick Leave Ordinance", 40),
        ("Recommendation: Adopt an ordinance that:", 40),
        ("(1) Continues the paid sick leave benefits;", 150),
        ("(2) Adds a right of action to enforce them.", 150),
        ("2. Adjournment", 40),
    ])
    assert [n for n, *_ in got] == ["1", "2"]


def test_a_number_printed_twice_by_mistake_keeps_both_items():
    got = _items([
        ("13. Apologies for absence", 40),
        ("14. Correspondence", 40),
        ("14. Village upkeep", 40),
        ("16. Date of next meeting", 40),
    ])
    assert [(n, t) for n, t, *_ in got] == [
        ("13", "Apologies for absence"), ("14", "Correspondence"), ("14", "Village upkeep"), ("16", "Date of next meeting")]


def test_a_number_alone_on_its_line_takes_the_title_below():
    got = _items([
        ("Item 1", 40, {"bold": True}),
        ("Apologies for absence", 40),
        ("Item 2", 40, {"bold": True}),
        ("Minutes of the last meeting", 40),
        ("Item 3", 40, {"bold": True}),
        ("Planning", 40),
    ])
    assert [(n, t) for n, t, *_ in got] == [("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Planning")]
    # a number cell set a little above a title in the column beside it
    got = _items([("1", 40), ("Apologies for absence", 70), ("2", 40), ("Minutes of the last meeting", 70), ("3", 40), ("Planning", 70)])
    assert [(n, t) for n, t, *_ in got] == [("1", "Apologies for absence"), ("2", "Minutes of the last meeting"), ("3", "Planning")]


def test_zero_padded_numbers_need_no_column_gap():
    got = _items([("01 Apologies", 40), ("02 Minutes", 40), ("03 Planning", 40)])
    assert [(n, t) for n, t, *_ in got] == [("01", "Apologies"), ("02", "Minutes"), ("03", "Planning")]


def test_item_no_labels_open_items():
    got = _items([("Item No. 1 Confirmation of Minutes", 40), ("Item No. 2 Chief Executive's Report", 40),
                  ("Item No. 3 Housing Report", 40)])
    assert [(n, t) for n, t, *_ in got] == [("1", "Confirmation of Minutes"), ("2", "Chief Executive's Report"), ("3", "Housing Report")]


def test_dot_leaders_to_a_page_number_give_the_items_first_page_and_the_next_ends_it():
    got = _items([("1. Apologies ......................... 1", 40), ("2. Minutes of the last meeting ............ 3", 40),
                  ("3. Finance report ................... 9", 40), ("4. Any other business .............", 40)])
    # a contents line prints where an item starts; its papers run to where the next one starts
    assert [(n, t, p) for n, t, p, *_ in got] == [
        ("1", "Apologies", (1, 2)), ("2", "Minutes of the last meeting", (3, 8)), ("3", "Finance report", (9, 9)),
        ("4", "Any other business", None)]
    same_page = _items([("1. Opening ........ 3", 40), ("2. Apologies ....... 3", 40), ("3. Reports ........ 4", 40)])
    assert [p for _n, _t, p, *_ in same_page] == [(3, 3), (3, 3), (4, 4)]


def test_a_time_column_before_the_numbers_is_no_part_of_the_item():
    got = _items([("7:00 pm 1. Call to Order", 40, {"gaps": {2: 30}}), ("7:05 pm 2. Public Comment", 40, {"gaps": {2: 30}}),
                  ("7:20 pm 3. Budget Workshop", 40, {"gaps": {2: 30}}), ("8:30 pm 4. Adjourn", 40, {"gaps": {2: 30}})])
    assert [(n, t) for n, t, *_ in got] == [("1", "Call to Order"), ("2", "Public Comment"), ("3", "Budget Workshop"), ("4", "Adjourn")]


def _row(number, title, pages, top, bold=True):
    """An agenda table's row: the number, the title beside it, the pages right-aligned at 540."""
    pieces = [(number, 40), (title, 80)]
    if pages:
        words = pages.split()
        pieces.append((pages, 540 - sum(len(w) for w in words) * CHAR_W * 11 - 0.3 * 11 * (len(words) - 1)))
    return make_columns(pieces, top=top, bold=bold)


def test_a_lone_page_in_the_pages_column_is_the_items_page():
    lines = [_row("1.", "Apologies for Absence", "", 100), _row("2.", "Minutes", "3 - 5", 130),
             _row("3.", "Annual Progress Report", "6 - 10", 160), _row("4.", "Depot Disposal", "11", 190),
             _row("5.", "Review of Bylaw 2024", "", 220)]
    got = {c.number: (c.title_lines[0], c.pages) for c in extract_agenda_items(lines)}
    assert got["4"] == ("Depot Disposal", (11, 11))
    # a number ending a title away from the pages column is the title's own
    assert got["5"] == ("Review of Bylaw 2024", None)
    # with no ranges printed there is no pages column to read a lone number from
    alone = [_row("1.", "Apologies", "", 100), _row("2.", "Depot Disposal", "11", 130), _row("3.", "Any Other Business", "", 160)]
    assert [c.pages for c in extract_agenda_items(alone)] == [None, None, None]


def test_first_pages_alone_in_a_column_of_their_own():
    rows = [("1", "KARAKIA TIMATANGA | OPENING KARAKIA", "3"), ("2", "APOLOGIES", "3"), ("3", "PUBLIC FORUM", "3"),
            ("4", "REPORTS", "4"), ("5", "CLOSING KARAKIA", "6")]
    lines = [_row(n, t, p, 100 + 30 * k) for k, (n, t, p) in enumerate(rows)]
    got = [(c.title_lines[0], c.pages) for c in extract_agenda_items(lines)]
    assert got[1] == ("APOLOGIES", (3, 3)) and got[3] == ("REPORTS", (4, 4))
    # years ending the rows of a forecast are no pages
    years = [_row(n, t, p, 100 + 30 * k) for k, (n, t, p) in enumerate(
        [("1", "Server replacement", "2026"), ("2", "Election costs", "2027"), ("3", "Roof repairs", "2028")])]
    assert [c.pages for c in extract_agenda_items(years)] == [None, None, None]


def test_a_lone_page_beside_the_first_line_of_a_wrapped_title():
    lines = [_row("1.", "Apologies for Absence", "", 100), _row("2.", "Minutes", "3 - 5", 130),
             _row("3.", "River Conservation Authority - 2031 Municipal Levy", "85", 160, bold=False),
             make_columns([("Apportionment", 100)], top=174),
             _row("4.", "Road Safety Funding", "86 - 87", 200)]
    got = {c.number: (c.title_lines[0], c.pages) for c in extract_agenda_items(lines)}
    assert got["3"] == ("River Conservation Authority - 2031 Municipal Levy Apportionment", (85, 85))


@pytest.mark.parametrize("heading", [
    "PART 2 - ITEMS WHICH MAY BE CONSIDERED IN THE ABSENCE OF THE PRESS AND PUBLIC",
    "Part II - Items likely to be considered after the exclusion of the press and public under Schedule 12A",
])
def test_a_long_part_heading_sets_the_part(heading):
    got = _items([
        ("1. Apologies", 40, {"bold": True}),
        ("2. Budget Monitoring", 40, {"bold": True}),
        (heading, 40, {"bold": True}),
        ("3. Depot Disposal", 40, {"bold": True}),
    ])
    assert [(n, part) for n, _t, _p, part, _parent in got] == [("1", "public"), ("2", "public"), ("3", "exempt")]


@pytest.mark.parametrize("case", [str.upper, str.title])
def test_an_order_of_business_then_its_items_again_is_one_agenda(case):
    """The contents list, then each item again as its report's heading: the repeat restarts the
    numbering with the same titles and is not read as a second sitting."""
    order = [("1", "Opening of Meeting"), ("2", "Apologies"), ("3", "Confirmation of Minutes"), ("4", "Corporate Reports"),
             ("5", "Close of Meeting")]
    specs = [("Order of Business", 40, {"bold": True})]
    specs += [(f"{n} {t} ............ {k + 3}", 40, {"gaps": GAP}) for k, (n, t) in enumerate(order)]
    specs += [(f"{n} {case(t)}", 40, {"bold": True, "gaps": GAP}) for n, t in order]
    got = _items(specs)
    assert [(n, t) for n, t, *_ in got] == order
    # a second sitting with its own business is still read
    sittings = _items([("1. Call to Order", 40), ("2. Closed Session: labor negotiations", 40), ("3. Adjourn", 40),
                       ("REGULAR MEETING", 40, {"bold": True}),
                       ("1. Call to Order", 40), ("2. Pledge of Allegiance", 40), ("3. Budget Hearing", 40),
                       ("4. Consent Calendar", 40), ("5. Adjourn", 40)])
    assert len(sittings) == 8


def test_the_section_after_a_confidential_section_is_public_again():
    got = _items([
        ("12. Questions with Notice", 40, {"bold": True}),
        ("13. Confidential Matters", 40, {"bold": True}),
        ("13.1 Tender for Bitumen Sealing", 60),
        ("13.2 Sale of Lot 4 Depot Road", 60),
        ("14. Close of Meeting", 40, {"bold": True}),
    ])
    assert [(n, part) for n, _t, _p, part, _parent in got] == [
        ("12", "public"), ("13", "exempt"), ("13.1", "exempt"), ("13.2", "exempt"), ("14", "public")]
    # a Part 2 heading holds to the end
    part2 = _items([("1. Minutes", 40), ("PART 2 - EXEMPT ITEMS", 40, {"bold": True}), ("2. Depot Sale", 40),
                    ("3. Staffing", 40)])
    assert [part for *_x, part, _parent in part2] == ["public", "exempt", "exempt"]


@pytest.mark.parametrize("pages", ["3 - 6", "(Pages 3 - 6)"])
def test_a_range_beside_the_first_line_of_a_wrapped_title(pages):
    first = _row("7.", "Housing Improvement Plan 2025-2027: Response to the", pages, 100)
    lines = [_row("6.", "Urgent Business", "", 70), first,
             make_columns([("Regulator of Social Housing Inspection", 80)], top=114, bold=True),
             _row("8.", "Work Programme", "7 - 8", 140)]
    got = {c.number: (c.title_lines[0], c.pages) for c in extract_agenda_items(lines)}
    assert got["7"] == ("Housing Improvement Plan 2025-2027: Response to the Regulator of Social Housing Inspection", (3, 6))


def test_a_column_of_estimated_times_is_no_part_of_the_titles():
    lines = [make_columns([("1.", 40), ("CALL TO ORDER", 80), ("6:00 p.m.", 500)], top=100, bold=True),
             make_columns([("2.", 40), ("ROLL CALL", 80)], top=130, bold=True),
             make_columns([("3.", 40), ("RECONVENE IN OPEN SESSION AND REPORT OF ACTION TAKEN IN CLOSED", 80), ("9:00 p.m.", 500)], top=160, bold=True),
             make_columns([("SESSION", 80)], top=174, bold=True),
             make_columns([("4.", 40), ("ADJOURNMENT", 80), ("9.05pm", 500)], top=200, bold=True)]
    assert [c.title_lines[0] for c in extract_agenda_items(lines)] == [
        "CALL TO ORDER", "ROLL CALL", "RECONVENE IN OPEN SESSION AND REPORT OF ACTION TAKEN IN CLOSED SESSION", "ADJOURNMENT"]


@pytest.mark.parametrize("label", ["Recommendation:", "Notice to the public:"])
def test_sub_items_named_for_their_item_after_its_description(label):
    """"6.1" under "6. CONSENT AGENDA" after "Recommendation: Approve items 6.1 through 6.3" is an
    item; "(Item" / "10.1) as they are ..." wrapped in the description is not."""
    lines = [make_columns([("6.", 40), ("CONSENT AGENDA", 80)], top=100, bold=True),
             make_columns([(label, 80), ("Approve Consent Agenda Items 6.1 through 6.3 as presented (Item", 200)], top=114),
             make_columns([("6.1) as they are routine.", 80)], top=128),
             make_columns([("6.1", 80), ("Approval of Minutes of February 25, 2025", 120)], top=142),
             make_columns([("6.2", 80), ("Personnel Report No. 14", 120)], top=156),
             make_columns([("6.3", 80), ("Acceptance of Donations", 120)], top=170),
             make_columns([("7.", 40), ("ACTION ITEMS", 80)], top=200, bold=True)]
    got = [(c.number, c.title_lines[0], c.parent) for c in extract_agenda_items(lines)]
    assert got == [("6", "CONSENT AGENDA", None), ("6.1", "Approval of Minutes of February 25, 2025", "6"),
                   ("6.2", "Personnel Report No. 14", "6"), ("6.3", "Acceptance of Donations", "6"), ("7", "ACTION ITEMS", None)]


@pytest.mark.parametrize("quote", ["“", '"'])
def test_a_motions_quoted_wording_under_its_heading_is_not_title(quote):
    lines = [make_columns([("12.", 40), ("Notices of Motion", 80)], top=100, bold=True),
             make_columns([("12.1", 80), ("Notice of Motion No. 21/2031 – Cllr Ann Byrne", 120)], top=114),
             make_columns([(f"{quote}That the Council calls on the Minister to increase the grant by not less", 120)], top=128),
             make_columns([("than 30 per cent in 2032.”", 120)], top=142),
             make_columns([("12.2", 80), ("Report on the response to the grand jury:", 120)], top=160),
             make_columns([(f"{quote}Second Units: Adding New Housing{quote}", 120)], top=174)]
    got = {c.number: c.title_lines[0] for c in extract_agenda_items(lines)}
    assert got["12.1"] == "Notice of Motion No. 21/2031 – Cllr Ann Byrne"
    # a title that stops at a colon goes on in the quoted name below it
    assert got["12.2"].endswith("Adding New Housing" + quote)


def test_a_wrapped_title_ends_on_its_short_last_line_and_the_presenter_under_it_is_no_part():
    got = extract_agenda_items(stack([
        ("1. Second Reading and Adoption of Ordinance 2031-O-03 Amending Chapter 22 (Solid Waste)", 40),
        ("of the Code of Ashgrove County Regarding Convenience Center Hours and Fees", 58),
        ("Curtis Lang, Public Works Director", 58),
        ("2. Section 239(2)(c) - A proposed or pending acquisition or disposition of land by the", 40),
        ("municipality or local board - Unopened Road Allowance between", 58),
        ("Lots 18 and 19, Concession 3", 58),
        ("3. Award of Contract - Road Resurfacing Program to Middle Paving Company, Inc. in the", 40),
        ("Amount of $1,271,398.00", 58),
        ("Teresa Kim, County Manager", 58),
    ]))
    titles = [" ".join(c.title_lines) for c in got]
    assert titles[0].endswith("Convenience Center Hours and Fees")
    assert titles[1].endswith("Unopened Road Allowance between Lots 18 and 19, Concession 3")  # "between" goes on
    assert titles[2].endswith("Amount of $1,271,398.00")

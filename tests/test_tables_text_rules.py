"""The text strategy (tables drawn without vertical rules) on small invented pages: columns
from gutters shared by the lines, headings spanning columns, tables framed by horizontal rules,
rows wrapped or printed off the baseline, and what is not a table (charts, running text)."""

from agendapack.extractors.pdf.types import Char, RawPage, Rule
from agendapack.extractors.tables.find import find_page_tables

SIZE = 8.0
W = 0.5 * SIZE  # every glyph is half an em wide
LINE = 11.0


def _text(chars, x, top, text, size=SIZE):
    for ch in text:
        if ch != " ":
            chars.append(Char(ch, x, x + 0.5 * size, top, top + size, size, "Helvetica"))
            x += 0.5 * size
        else:
            x += 0.25 * size  # a word space: a quarter of an em


def _right(chars, x1, top, text):
    """Text right-aligned at x1 (figures in a column)."""
    _text(chars, x1 - W * len(text), top, text)


def page(chars, rules=(), marks=()):
    return RawPage(1, 612.0, 792.0, chars, list(rules), marks=list(marks))


def grid(pt):
    return [[pt.text(r, c) for c in range(pt.n_cols)] for r in range(pt.n_rows)]


FIGURES = [("North", "1,234", "2,345", "3,456"), ("South", "4,567", "5,678", "6,789"),
           ("East", "7,891", "8,912", "9,123"), ("West", "2,468", "3,579", "4,680")]


def _years_header(chars, key, top=80):
    """The header line over FIGURES: a key's heading, then the years flush right over the figures."""
    _text(chars, 50, top, key)
    for x1, h in zip((150, 178, 206), ("2021", "2022", "2023")):
        _right(chars, x1, top, h)


def _figure_rows(chars, top, rows=FIGURES, x_label=50, ends=(150, 178, 206)):
    """Columns of 5-character figures ending 28 points apart: 8-point gaps (one em) between
    neighbouring figures - closer than the gap that splits a line into runs."""
    for i, (label, *figs) in enumerate(rows):
        y = top + i * LINE
        _text(chars, x_label, y, label)
        for x1, f in zip(ends, figs):
            _right(chars, x1, y, f)
    return top + len(rows) * LINE


def test_columns_from_gutters_shared_by_every_line():
    chars = []
    _figure_rows(chars, 100)
    (t,) = find_page_tables(page(chars))
    assert t.strategy == "text"
    assert grid(t) == [list(r) for r in FIGURES]


def test_heading_over_several_columns_spans_them():
    chars = []
    _text(chars, 50, 89, "Area")
    _text(chars, 176, 89, "Actual")  # centred over the last two figure columns
    _figure_rows(chars, 100)
    _figure_rows(chars, 100 + 4 * LINE, FIGURES)
    (t,) = find_page_tables(page(chars))
    assert t.n_cols == 4
    head = t.cells[0]
    assert head[0].text == "Area"
    assert head[2].text == "Actual" and head[2].colspan == 2 and t.origin[0][2] and not t.origin[0][3]


def test_rules_frame_the_table_title_and_notes_stay_out():
    chars = []
    _text(chars, 50, 60, "Table 1. Figures by area")
    _years_header(chars, "Area")
    bottom = _figure_rows(chars, 100)
    _text(chars, 50, bottom + 6, "Source: invented figures.")
    rules = [Rule(48, y, 210, y) for y in (75, 93, bottom + 2)]
    (t,) = find_page_tables(page(chars, rules))
    assert grid(t)[0] == ["Area", "2021", "2022", "2023"]
    assert grid(t)[1:] == [list(r) for r in FIGURES]
    assert t.title == "Table 1. Figures by area"


def test_frame_open_at_the_bottom_runs_on_over_the_body():
    chars = []
    _years_header(chars, "Area")
    _figure_rows(chars, 100)
    rules = [Rule(48, 75, 210, 75), Rule(48, 93, 210, 93)]  # no rule under the last row
    (t,) = find_page_tables(page(chars, rules))
    assert t.n_rows == 5 and grid(t)[-1] == list(FIGURES[-1])


def test_frame_keeps_text_beside_the_table_out():
    chars = []
    _years_header(chars, "Area")
    bottom = _figure_rows(chars, 100)
    # a column of running text to the right of the table, on the same lines
    for i in range(6):
        _text(chars, 260, 80 + i * LINE, "and the text of the page goes on here")
    rules = [Rule(48, 75, 210, 75), Rule(48, 93, 210, 93), Rule(48, bottom + 2, 210, bottom + 2)]
    tables = find_page_tables(page(chars, rules))
    assert len(tables) == 1
    assert grid(tables[0])[1:] == [list(r) for r in FIGURES]


def test_figures_centred_on_a_key_wrapped_over_two_lines_are_one_row():
    chars = []
    _figure_rows(chars, 100, FIGURES[:2])
    _text(chars, 50, 122, "Premature mortality")
    for x1, f in zip((150, 178, 206), ("1.5", "2.5", "3.5")):
        _right(chars, x1, 126, f)  # half a line lower than the key's first line
    _text(chars, 50, 130, "rate (per 1,000)")
    _figure_rows(chars, 144, FIGURES[2:])
    (t,) = find_page_tables(page(chars))
    assert grid(t)[2] == ["Premature mortality rate (per 1,000)", "1.5", "2.5", "3.5"]
    assert t.n_rows == 5


def test_key_running_on_in_lower_case_continues_its_row():
    chars = []
    _figure_rows(chars, 100, FIGURES[:2])
    _text(chars, 50, 122, "Other areas of")
    for x1, f in zip((150, 178, 206), ("1.5", "2.5", "3.5")):
        _right(chars, x1, 122, f)
    _text(chars, 50, 133, "the county")
    _figure_rows(chars, 144, FIGURES[2:])
    (t,) = find_page_tables(page(chars))
    assert grid(t)[2] == ["Other areas of the county", "1.5", "2.5", "3.5"]


def test_text_over_a_chart_is_no_table():
    chars = []
    _figure_rows(chars, 100)
    marks = [(60 + 3 * i, 100 + i, 62 + 3 * i, 102 + i) for i in range(30)]  # plotted points
    assert find_page_tables(page(chars, marks=marks)) == []


def test_a_column_of_running_text_is_no_table():
    chars = []
    left = ["Area one", "Area two", "Area three", "Area four", "Area five"]
    right = ["the council agreed that the", "report be noted and that", "officers bring a further",
             "report to the committee", "in the new year"]
    for i, (a, b) in enumerate(zip(left, right)):
        _text(chars, 50, 100 + i * LINE, a)
        _text(chars, 200, 100 + i * LINE, b)
    assert find_page_tables(page(chars)) == []


def test_aligned_word_spaces_in_prose_are_no_gutter():
    chars = []
    # justified prose whose word spaces happen to line up down the lines
    for i in range(8):
        _text(chars, 50, 100 + i * LINE, "members of the panel        noted the update on the work")
    assert find_page_tables(page(chars)) == []


def test_prose_pages_of_real_minutes_hold_no_table(corpus):
    from agendapack.extractors.pdf.reader import read_pages

    pages = read_pages(corpus / "minutes" / "kent_cabinet_2025-01-30_minutes.pdf", range(1, 5))
    assert [t for p in pages for t in find_page_tables(p)] == []


def test_ruled_frame_without_row_rules_reads_one_row_per_line_of_figures():
    chars = []
    _years_header(chars, "Area")
    bottom = _figure_rows(chars, 100)
    # rules around the columns and under the header only: the body is one drawn row
    xs, ys = (48, 110, 154, 182, 210), (75, 93, bottom + 2)
    rules = [Rule(xs[0], y, xs[-1], y) for y in ys] + [Rule(x, ys[0], x, ys[-1]) for x in xs]
    (t,) = find_page_tables(page(chars, rules))
    assert t.ruled
    assert grid(t) == [["Area", "2021", "2022", "2023"]] + [list(r) for r in FIGURES]


def test_ruled_frame_around_keys_and_their_figures_reads_one_row_per_line():
    # rules around two columns only, keys in the first, all figures of a line in the second (ICDAR
    # us-035a): each line is a row; the figures part where their own gutters are
    chars = []
    _text(chars, 50, 80, "Area")
    _text(chars, 130, 80, "Counts")
    bottom = _figure_rows(chars, 100)
    xs, ys = (48, 110, 210), (75, 93, bottom + 2)
    rules = [Rule(xs[0], y, xs[-1], y) for y in ys] + [Rule(x, ys[0], x, ys[-1]) for x in xs]
    (t,) = find_page_tables(page(chars, rules))
    assert [row[0] for row in grid(t)[-len(FIGURES):]] == [r[0] for r in FIGURES]
    assert [" ".join(c for c in row[1:] if c) for row in grid(t)[-len(FIGURES):]] == [" ".join(r[1:]) for r in FIGURES]


def test_entries_under_a_label_in_one_ruled_row_are_rows_of_their_own():
    # one drawn row holds a label and two entries set apart by blank lines, each entry's text
    # wrapped in the columns beside it (ICDAR us-032): the entries are rows
    chars = []
    for x, head in ((50, "Source"), (120, "Definition"), (230, "Examples")):
        _text(chars, x, 80, head)
    _text(chars, 50, 100, "Stationary:")
    for top, key, definition, example in ((122, "Major", ("Ten tons a year", "or more"), ("Refineries,", "steel works")),
                                          (155, "Area", ("Less than ten", "tons a year"), ("Dry cleaners,", "garages"))):
        _text(chars, 50, top, key)
        for k in range(2):
            _text(chars, 120, top + k * LINE, definition[k])
            _text(chars, 230, top + k * LINE, example[k])
    xs, ys = (48, 115, 225, 320), (75, 93, 180)
    rules = [Rule(xs[0], y, xs[-1], y) for y in ys] + [Rule(x, ys[0], x, ys[-1]) for x in xs]
    (t,) = find_page_tables(page(chars, rules))
    assert grid(t) == [["Source", "Definition", "Examples"], ["Stationary:", "", ""],
                       ["Major", "Ten tons a year or more", "Refineries, steel works"],
                       ["Area", "Less than ten tons a year", "Dry cleaners, garages"]]


def test_ruled_rows_of_wrapped_text_stay_whole():
    chars = []
    _text(chars, 50, 80, "Action")
    _text(chars, 160, 80, "Lead")
    lines = ["Set up a board", "to oversee the", "delivery of the", "plan"]
    for k, ln in enumerate(lines):
        _text(chars, 50, 100 + k * LINE, ln)
    _text(chars, 160, 100, "Chief")
    _text(chars, 160, 100 + LINE, "Executive")
    bottom = 100 + 4 * LINE
    xs, ys = (48, 150, 250), (75, 93, bottom + 2)
    rules = [Rule(xs[0], y, xs[-1], y) for y in ys] + [Rule(x, ys[0], x, ys[-1]) for x in xs]
    (t,) = find_page_tables(page(chars, rules))
    got = [[" ".join(c.split()) for c in row] for row in grid(t)]
    assert got == [["Action", "Lead"], ["Set up a board to oversee the delivery of the plan", "Chief Executive"]]


# a typewriter-style statement: key, dot leaders, figures set flush right in monospace columns
# one space apart where a figure has more digits (ICDAR us-034 prints its tables so)
LEDGER = [("Precept", "800", "880", "960", "1,040"), ("Grants", "160", "176", "192", "208"),
          ("Rents", "80", "88", "96", "104"), ("Interest", "53", "59", "64", "69")]


def _ledger(chars, top, leaders=True):
    for i, (key, *figs) in enumerate(LEDGER):
        y = top + i * LINE
        _text(chars, 50, y, key + (" " + "." * 14 if leaders else ""))
        for k, f in enumerate(figs):
            _right(chars, 170 + 22 * k, y, f)  # "1,040" (20 points) reaches back one space from the column before


def test_figures_flush_right_with_no_gutter_between_their_columns():
    chars = []
    _ledger(chars, 100, leaders=False)
    (t,) = find_page_tables(page(chars))
    assert grid(t) == [list(r) for r in LEDGER]


def test_dot_leaders_and_typed_rules_are_no_cell_text():
    chars = []
    _text(chars, 50, 89, "-" * 40)
    _ledger(chars, 100)
    _text(chars, 50, 100 + len(LEDGER) * LINE, "-" * 40)
    (t,) = find_page_tables(page(chars))
    assert grid(t) == [list(r) for r in LEDGER]


def test_a_header_printed_again_under_a_table_starts_a_second_table():
    # two tables stacked with no gap, the second under the same header (ICDAR us-034)
    chars = []
    top = 100
    for _ in range(2):
        _text(chars, 50, top, "Area")
        for x1, h in zip((150, 178, 206), ("2021", "2022", "2023")):
            _right(chars, x1, top, h)
        top = _figure_rows(chars, top + LINE)
    tables = find_page_tables(page(chars))
    assert [grid(t) for t in tables] == [[["Area", "2021", "2022", "2023"]] + [list(r) for r in FIGURES]] * 2



def test_keys_beside_figures_only_in_the_first_rows_still_part_a_key_column():
    # the first rows print key and figures on one line; below, each key is printed on a line of its
    # own over its figures (ICDAR us-023 wraps them around the figures): the rows that hold both
    # are below the header and close the gutter between key and figures
    from agendapack.extractors.tables.settings import DEFAULT_TABLE_SETTINGS
    from agendapack.extractors.tables.text_block import gutters_of, runs_of

    from .lines import make_line

    def at(text, x0, top, gaps=None):
        return make_line(text, x0=x0, top=top, size=SIZE, gaps=gaps)

    block = [at("Measure 2021 2022 2023", 50, 90, {1: 60, 2: 20, 3: 20}),
             at("Median income 1,234 2,345 3,456", 50, 100, {2: 40, 3: 20, 4: 20}),
             at("Gini index 4,567 5,678 6,789", 50, 110, {2: 56, 3: 20, 4: 20})]
    for k in range(7):
        block += [at(f"Measure {k} of inequality", 50, 120 + 12 * k), at(f"{k},891 {k},912 {k},123", 130, 125 + 12 * k, {1: 20, 2: 20})]
    runs = {id(ln): runs_of(ln, DEFAULT_TABLE_SETTINGS) for ln in block}
    gutters = gutters_of(block, runs, DEFAULT_TABLE_SETTINGS)
    assert len(gutters) == 3 and gutters[0][0] < 130 <= gutters[0][1]


def test_keys_printed_left_of_a_grid_ruled_around_the_figures_are_its_first_column():
    # a statement whose figures are ruled in a grid, each row's account name printed to its left
    # with no rules (ICDAR us-009): the names are the table's first column
    chars = []
    _years_header(chars, "Account")
    _figure_rows(chars, 100)
    xs = (110, 154, 182, 210)
    ys = [75] + [96 + LINE * k for k in range(len(FIGURES) + 1)]
    rules = [Rule(xs[0], y, xs[-1], y) for y in ys] + [Rule(x, ys[0], x, ys[-1]) for x in xs]
    tables = find_page_tables(page(chars, rules))
    assert [grid(t) for t in tables] == [[["Account", "2021", "2022", "2023"]] + [list(r) for r in FIGURES]]


def test_notes_under_a_worksheet_at_its_row_pitch_are_no_rows():
    # a sum written out under a budget, then a note, printed at the rows' own pitch: each runs
    # into the gutters between the figure columns (its second run starts inside one), so the
    # table ends with its grand total, which is wider than the figures above it
    ends = (150, 200, 250)
    chars = []
    _text(chars, 50, 80, "Item")
    for x1, h in zip(ends, ("2021", "2022", "2023")):
        _right(chars, x1, 80, h)
    y = _figure_rows(chars, 100, ends=ends)
    _text(chars, 50, y, "Total")
    for x1, f in zip(ends, ("16,670", "19,505", "23,048")):
        _right(chars, x1, y, f)
    _text(chars, 50, y + LINE, "Sum for the year 7.42")
    _text(chars, 160, y + LINE, "690 on the roll")
    _text(chars, 50, y + 2 * LINE, "Projects: hall repairs")
    _text(chars, 170, y + 2 * LINE, "3,000 footpath")
    (t,) = find_page_tables(page(chars))
    assert grid(t) == ([["Item", "2021", "2022", "2023"]] + [list(r) for r in FIGURES]
                       + [["Total", "16,670", "19,505", "23,048"]])

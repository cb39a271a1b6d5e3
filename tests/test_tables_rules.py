"""The general table rules on small invented pages: continuation rows across a page break,
section banners, repeated headers, bullets in cells, list bands, unruled tables, prose pages."""

from agendapack.extractors.pdf.types import Char, RawPage, Rule
from agendapack.extractors.tables.classify import classify
from agendapack.extractors.tables.find import extract_tables
from agendapack.extractors.tables.records import action_records

SIZE = 8.0
LINE = 10.0


def _text(chars, x, top, text, bold=False):
    font = "Helvetica-Bold" if bold else "Helvetica"
    for ch in text:
        if ch != " ":
            chars.append(Char(ch, x, x + 0.5 * SIZE, top, top + SIZE, SIZE, font))
        x += 0.5 * SIZE


def ruled_page(number, xs, rows, top=60.0, bold_rows=(), width=842.0, height=595.0, heading=None, below=None):
    """A page with one ruled table. A row is a list of cells (each a str or a list of lines) or
    a str: a banner spanning the whole table."""
    chars, rules = [], []
    if heading:
        _text(chars, xs[0], top - 20, heading, bold=True)
    y = top
    rules.append(Rule(xs[0], y, xs[-1], y))
    for i, row in enumerate(rows):
        cells = [row] if isinstance(row, str) else row
        n = max(len(c) if isinstance(c, list) else 1 for c in cells)
        h = n * LINE + 4
        if isinstance(row, str):
            _text(chars, xs[0] + 2, y + 2, row, bold=True)
            rules += [Rule(xs[0], y, xs[0], y + h), Rule(xs[-1], y, xs[-1], y + h)]
        else:
            for c, cell in enumerate(cells):
                for k, line in enumerate(cell if isinstance(cell, list) else [cell]):
                    _text(chars, xs[c] + 2, y + 2 + k * LINE, line, bold=i in bold_rows)
            rules += [Rule(x, y, x, y + h) for x in xs]
        y += h
        rules.append(Rule(xs[0], y, xs[-1], y))
    if below:
        _text(chars, xs[0], y + 30, below)
    return RawPage(number, width, height, chars, rules)


HEADER = ["Ref", "Action", "Lead", "Start Date", "End Date", "Progress"]
XS = [40, 80, 300, 400, 460, 520, 800]


def test_row_split_by_a_page_break_is_one_row_and_repeated_header_is_dropped():
    p1 = ruled_page(1, XS, [HEADER, ["1.1", ["Set up a board to oversee", "the plan"], "Chief Executive", "Mar 15", "On-going", "Board set up"],
                            ["1.2", ["Publish the threshold document and", "brief all partner agencies so that"], "Head of Service", "April 2015", "Sept 2015", "Draft agreed"]],
                    bold_rows=(0,), heading="Work stream 1: Leadership")
    p2 = ruled_page(2, XS, [HEADER, ["", ["referrals are appropriate"], "", "", "", "Briefings held"],
                            ["1.3", "Recruit social workers", "HR Lead", "TBC by HR", "Dec 15", "Advert out"]],
                    bold_rows=(0,))
    tables = extract_tables([p1, p2])
    assert len(tables) == 1
    t = tables[0]
    assert t.columns == HEADER
    assert [r.cells[0] for r in t.rows] == ["1.1", "1.2", "1.3"]
    assert t.rows[1].cells[1] == "Publish the threshold document and brief all partner agencies so that referrals are appropriate"
    assert t.rows[1].cells[5] == "Draft agreed Briefings held"
    assert t.rows[1].pages == [1, 2]
    assert t.pages == [1, 2]
    assert t.title == "Work stream 1: Leadership"


def test_a_new_heading_starts_a_new_table_on_the_next_page():
    p1 = ruled_page(1, XS, [HEADER, ["1.1", "Act", "Lead A", "Mar 15", "Dec 15", "Done"]], bold_rows=(0,), heading="Work stream 1: One")
    p2 = ruled_page(2, XS, [HEADER, ["2.1", "Act", "Lead B", "Mar 15", "Dec 15", "Done"]], bold_rows=(0,), heading="Work stream 2: Two")
    tables = extract_tables([p1, p2])
    assert [t.title for t in tables] == ["Work stream 1: One", "Work stream 2: Two"]


def test_banner_rows_become_groups_of_the_rows_below():
    rows = [HEADER, "Directorate of Place", ["1", "Fix roads", "Head of Highways", "Jan 16", "Mar 16", "Started"],
            ["2", "Light streets", "Head of Highways", "Feb 16", "Apr 16", "Planned"],
            "Work stream 2: Improving Triage", ["3", "Triage calls", "MASH Lead", "Mar 16", "On-going", "Live"]]
    t = extract_tables([ruled_page(1, XS, rows, bold_rows=(0,))])[0]
    assert [r.cells[0] for r in t.rows] == ["1", "2", "3"]
    assert [r.group for r in t.rows] == ["Directorate of Place"] * 2 + ["Work stream 2: Improving Triage"]
    assert t.groups == ["Directorate of Place", "Work stream 2: Improving Triage"]


def test_bullets_in_cells_are_list_items_and_wrapped_lines_join_with_spaces():
    rows = [HEADER, ["1", ["Hold monthly clinics with", "all team managers"], "Lead", "May 15", "On-going",
                     ["• Board minutes published", "• Monthly report received"]]]
    t = extract_tables([ruled_page(1, XS, rows, bold_rows=(0,))])[0]
    assert t.rows[0].cells[1] == "Hold monthly clinics with all team managers"
    assert t.rows[0].cells[5] == "• Board minutes published\n• Monthly report received"


def test_plan_rows_become_actions_with_month_dates_and_status():
    rows = [HEADER, ["1.1", "Set up a board", "Chief Executive", "Mar 15", "On-going", "Set up"],
            ["1.2", "Brief partners", "Head of Service", "TBC by L&D", "Sept 2015", "Drafted"]]
    t = extract_tables([ruled_page(1, XS, rows, bold_rows=(0,), heading="Work stream 3: Workforce")])[0]
    assert classify(t) == "action_plan"
    a, b = action_records(t)
    assert (a["ref"], a["start"], a["start_text"], a["end"], a["status"]) == ("1.1", "2015-03", "Mar 15", None, "On-going")
    assert (b["start"], b["end"], b["status"]) == (None, "2015-09", "TBC by L&D")
    assert a["workstream"] == "Work stream 3: Workforce"
    assert a["original"]["Lead"] == "Chief Executive"


def test_two_level_header_names_leaf_columns_and_keeps_units():
    xs = [40, 200, 300, 400]
    p = ruled_page(1, xs, [["Service", "Budget", "Outturn"], ["", "£000s", "£000s"], ["Libraries", "1,200", "1,150"], ["Parks", "800", "790"]], bold_rows=(0, 1))
    t = extract_tables([p])[0]
    assert t.header_rows == 2
    assert t.columns == ["Service", "Budget / £000s", "Outturn / £000s"]
    assert [r.cells for r in t.rows] == [["Libraries", "1,200", "1,150"], ["Parks", "800", "790"]]


def test_bands_of_one_line_entries_split_into_rows_with_the_key_repeated():
    xs = [40, 90, 300, 380, 460]
    rows = [["YEAR", "PROJECT", "ESTIMATE", "METHOD"],
            ["2024", ["Truck Year 1 of 5", "Mower", "Roof Repairs"], ["", "", "$15,000"], ["Reserves", "Reserves", "Taxation"]],
            ["2025", ["Truck Year 2 of 5", "Dock at Lake Rd,", "North Shore"], ["", "$9,000", ""], ["Reserves", "Grant", ""]],
            ["2026", ["Truck Year 3 of 5", "Fence"], ["", "$3,000"], ["Reserves", "Taxation"]]]
    t = extract_tables([ruled_page(1, xs, rows, bold_rows=(0,))])[0]
    assert [r.cells for r in t.rows] == [
        ["2024", "Truck Year 1 of 5", "", "Reserves"], ["2024", "Mower", "", "Reserves"], ["2024", "Roof Repairs", "$15,000", "Taxation"],
        ["2025", "Truck Year 2 of 5", "", "Reserves"], ["2025", "Dock at Lake Rd, North Shore", "$9,000", "Grant"],
        ["2026", "Truck Year 3 of 5", "", "Reserves"], ["2026", "Fence", "$3,000", "Taxation"]]


def _text_page(lines, number=1):
    chars = []
    for top, parts in lines:
        for x, text in parts:
            _text(chars, x, top, text)
    return RawPage(number, 595.0, 842.0, chars, [])


def test_unruled_table_found_from_aligned_text():
    lines = [(100, [(50, "Likelihood Rating")])]
    rows = [("Very unlikely", "1"), ("Unlikely", "2"), ("Possible", "3"), ("Likely", "4"), ("Very likely", "5")]
    lines += [(130 + 12 * i, [(50, a), (200, b)]) for i, (a, b) in enumerate(rows)]
    tables = extract_tables([_text_page(lines)])
    assert len(tables) == 1
    t = tables[0]
    assert t.ruled is False
    assert [r.cells for r in t.rows] == [list(r) for r in rows]
    assert t.title == "Likelihood Rating"


def test_no_table_in_ordinary_prose():
    words = "The committee noted the report and asked officers to bring a further update on the plan".split()
    lines = []
    for i in range(30):
        lines.append((80 + 12 * i, [(50, " ".join(words[: 10 + i % 6]))]))
    assert extract_tables([_text_page(lines)]) == []


def _spanning_header_page(caption=None):
    """Measure | Rating (over Latest, Previous) | Trend, drawn with rules, optional caption row."""
    chars, rules = [], []
    xs = [40, 300, 380, 460, 540]
    top = 60.0
    y = top
    if caption:
        _text(chars, xs[0] + 2, y + 2, caption, bold=True)
        rules += [Rule(xs[0], y, xs[-1], y), Rule(xs[0], y, xs[0], y + 14), Rule(xs[-1], y, xs[-1], y + 14)]
        y += 14
    h1 = y
    rules.append(Rule(xs[0], y, xs[-1], y))
    _text(chars, xs[0] + 2, y + 8, "Measure", bold=True)
    _text(chars, xs[1] + 2, y + 2, "Rating", bold=True)
    _text(chars, xs[3] + 2, y + 8, "Trend", bold=True)
    y += 14
    rules.append(Rule(xs[1], y, xs[3], y))  # under "Rating" only
    _text(chars, xs[1] + 2, y + 2, "Latest")
    _text(chars, xs[2] + 2, y + 2, "Previous")
    y += 14
    body_top = y
    rows = [("Repairs done in 28 days", "GREEN", "AMBER", "up"), ("Calls answered", "AMBER", "AMBER", "flat"),
            ("Complaints closed", "RED", "GREEN", "down")]
    for r in rows:
        rules.append(Rule(xs[0], y, xs[-1], y))
        for c, text in enumerate(r):
            _text(chars, xs[c] + 2, y + 2, text)
        y += 14
    rules.append(Rule(xs[0], y, xs[-1], y))
    for x in (xs[0], xs[1], xs[3], xs[4]):
        rules.append(Rule(x, h1, x, y))
    rules.append(Rule(xs[2], body_top - 14, xs[2], y))  # between Latest and Previous, below "Rating"
    return RawPage(1, 842.0, 595.0, chars, rules)


def test_sub_headings_under_a_spanning_heading_are_header_and_keep_its_name():
    (t,) = extract_tables([_spanning_header_page()])
    assert t.columns == ["Measure", "Rating / Latest", "Rating / Previous", "Trend"]
    assert len(t.rows) == 3 and t.rows[0].cells[:3] == ["Repairs done in 28 days", "GREEN", "AMBER"]


def test_a_caption_row_across_the_table_is_not_part_of_the_column_names():
    (t,) = extract_tables([_spanning_header_page(caption="HIGHWAYS PERFORMANCE 2026")])
    assert t.columns == ["Measure", "Rating / Latest", "Rating / Previous", "Trend"]
    assert len(t.rows) == 3


def _shaded_band_page(shade: bool):
    """Year bands ruled apart; inside a band one vehicle per line, each line filling the cell
    width (so the lines read like wrapped text) and, when `shade`, each on its own coloured band."""
    xs = [40, 80, 300, 380, 460]
    header = ["YEAR", "PROJECT", "ESTIMATE", "METHOD"]
    bands = []
    for year, price in (("2026", "$90,000"), ("2027", "$650,000"), ("2028", "$70,000")):
        bands.append([year,
                      ["Tandem truck replacement programme, year one of five", "Grader replacement programme for roads, year 2 of 5", "Pickup truck three quarter tonne, year three of five"],
                      ["", "", price], ["", "", "Financing"]])
    page = ruled_page(1, xs, [header] + bands, bold_rows=(0,))
    if shade:
        y = 60.0 + (LINE + 4)  # below the header row
        for _ in bands:
            for k in range(3):
                top = y + 2 + k * LINE - 1
                page.rects.append((xs[1] + 0.5, top, xs[-1] - 0.5, top + LINE))
            y += 3 * LINE + 4
    return page


def test_lines_on_their_own_shaded_bands_are_separate_rows():
    (t,) = extract_tables([_shaded_band_page(shade=True)])
    assert len(t.rows) == 9
    assert t.rows[0].cells == ["2026", "Tandem truck replacement programme, year one of five", "", ""]
    assert t.rows[2].cells == ["2026", "Pickup truck three quarter tonne, year three of five", "$90,000", "Financing"]


def test_unshaded_lines_that_fill_the_cell_stay_one_wrapped_row():
    (t,) = extract_tables([_shaded_band_page(shade=False)])
    assert len(t.rows) == 3

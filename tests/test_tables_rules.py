"""The general table rules on small invented pages: continuation rows across a page break,
section banners, repeated headers, bullets in cells, list bands, unruled tables, prose pages."""

from agendapack.extractors.pdf.types import Char, RawPage, Rule
from agendapack.extractors.tables.classify import classify
from agendapack.extractors.tables.find import extract_tables
from agendapack.extractors.tables.records import action_records, work_programme_records

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


# ---- joining across pages: headers, headings, halves, breaks (issue 13) ------------------------------


def _two_level_page(number, xs, groups, leaves, rows, top=60.0, heading=None, head_line=None):
    """A ruled table whose header may carry a row of merged cells (`groups`: (text, colspan)
    pairs) over the column headings `leaves`; `head_line`: a bold line at the head of the page."""
    chars, rules = [], []
    if head_line:
        _text(chars, xs[0], 20, head_line, bold=True)
    if heading:
        _text(chars, xs[0], top - 20, heading, bold=True)
    y = top
    rules.append(Rule(xs[0], y, xs[-1], y))
    if groups:
        col = 0
        for text, span in groups:
            _text(chars, xs[col] + 2, y + 2, text, bold=True)
            rules.append(Rule(xs[col], y, xs[col], y + LINE + 4))
            col += span
        rules.append(Rule(xs[-1], y, xs[-1], y + LINE + 4))
        y += LINE + 4
        rules.append(Rule(xs[0], y, xs[-1], y))
    for i, row in enumerate([leaves] + rows):
        for c, text in enumerate(row):
            _text(chars, xs[c] + 2, y + 2, text, bold=i == 0)
        rules += [Rule(x, y, x, y + LINE + 4) for x in xs]
        y += LINE + 4
        rules.append(Rule(xs[0], y, xs[-1], y))
    return RawPage(number, 842.0, 595.0, chars, rules)


def _plan_rows(first, n):
    return [[f"1.{k}", f"Action {k} for the board", "Head of Service", "Mar 26", "Done"] for k in range(first, first + n)]


PLAN_XS = [40, 80, 330, 450, 520, 800]
PLAN_LEAVES = ["Ref", "Action", "Lead", "End Date", "Progress"]


def test_a_header_one_row_deeper_on_the_next_page_repeats_it():
    """Page 2 prints a merged cell over the column headings that page 1 did not: the same header."""
    p1 = _two_level_page(1, PLAN_XS, None, PLAN_LEAVES, _plan_rows(1, 3), heading="Work stream 1: Leadership")
    p2 = _two_level_page(2, PLAN_XS, [("Action / Process", 3), ("Timescale", 2)], PLAN_LEAVES, _plan_rows(4, 2))
    (t,) = extract_tables([p1, p2])
    assert t.columns == PLAN_LEAVES and t.pages == [1, 2]
    assert [r.cells[0] for r in t.rows] == ["1.1", "1.2", "1.3", "1.4", "1.5"]


def test_a_running_header_at_the_head_of_both_pages_is_no_new_heading():
    p1 = _two_level_page(1, PLAN_XS, None, PLAN_LEAVES, _plan_rows(1, 3), top=90, heading="Work stream 1: Leadership",
                         head_line="SERVICE IMPROVEMENT PLAN")
    p2 = _two_level_page(2, PLAN_XS, None, PLAN_LEAVES, _plan_rows(4, 2), top=60, head_line="SERVICE IMPROVEMENT PLAN")
    (t,) = extract_tables([p1, p2])
    assert t.title == "Work stream 1: Leadership" and len(t.rows) == 5


def test_a_new_page_heading_is_a_new_table_even_with_the_same_keys():
    """Two plans keyed by the same years on consecutive pages, each under its own heading: not
    the halves of one table."""
    years = [str(y) for y in range(2026, 2032)]
    p1 = _two_level_page(1, [40, 100, 400, 520], None, ["YEAR", "RESERVE", "AMOUNT"],
                         [[y, "Equipment reserve", "$5,000"] for y in years], heading="RESERVES PLAN")
    p2 = _two_level_page(2, [40, 100, 400, 520], None, ["YEAR", "PROJECT", "ESTIMATE"],
                         [[y, "Roof repairs", "$9,000"] for y in years], heading="CAPITAL FORECAST")
    assert [t.title for t in extract_tables([p1, p2])] == ["RESERVES PLAN", "CAPITAL FORECAST"]


def test_halves_keyed_by_serial_numbers_join_under_the_same_key_heading():
    rows = [[str(k), f"Project {k}", f"{k},000"] for k in range(1, 6)]
    p1 = _two_level_page(1, [40, 100, 400, 520], None, ["ROW REF", "Project", "Budget"], rows)
    p2 = _two_level_page(2, [40, 100, 220, 340], None, ["ROW REF", "Forecast", "Status"],
                         [[str(k), f"{k}00", "On track"] for k in range(1, 6)])
    (t,) = extract_tables([p1, p2])
    assert t.columns == ["ROW REF", "Project", "Budget", "Forecast", "Status"]
    assert t.rows[2].cells == ["3", "Project 3", "3,000", "300", "On track"]


def _card_pages(first_rows):
    """A table of `first_rows` rows on page 1, then one of other columns, without header, at the
    head of page 2; page 3 holds a table running to the foot of the page."""
    p1 = _two_level_page(1, PLAN_XS, None, PLAN_LEAVES, _plan_rows(1, first_rows), heading="Work stream 1")
    p2 = _two_level_page(2, [40, 200, 800], None, ["Measure", "Value"], [["Calls answered", "92%"], ["Visits", "1,200"]],
                         top=40)
    p2.chars = [c for c in p2.chars if not c.fontname.endswith("Bold")]  # no header: plain text only
    p3 = _two_level_page(3, PLAN_XS, None, PLAN_LEAVES, _plan_rows(50, 33), heading="Work stream 9")
    return [p1, p2, p3]


def test_a_table_breaking_off_at_the_foot_warns_when_its_continuation_cannot_be_matched():
    tables = extract_tables(_card_pages(first_rows=33))
    assert len(tables) == 3
    assert tables[1].warnings and "page 2" in tables[1].warnings[0] and "page 1" in tables[1].warnings[0]


def test_a_table_ending_with_room_below_it_is_no_broken_off_table():
    tables = extract_tables(_card_pages(first_rows=4))
    assert len(tables) == 3 and not any(t.warnings for t in tables)


def test_date_bars_with_items_beneath_make_a_work_programme():
    xs = [40, 400, 600, 800]
    rows = [["Item", "Lead Officer", "Type"], "Tuesday 14 October 2025", ["Budget monitoring", "Finance Lead", "Report"],
            ["Waste strategy", "Head of Waste", "Decision"], "Tuesday 9 December 2025",
            ["Annual complaints report", "Customer Lead", "Report"]]
    (t,) = extract_tables([ruled_page(1, xs, rows, bold_rows=(0,))])
    assert classify(t) == "work_programme"
    meetings = work_programme_records(t)
    assert [(m["date"], m["date_text"], m["items"]) for m in meetings] == [
        ("2025-10-14", "Tuesday 14 October 2025", ["Budget monitoring", "Waste strategy"]),
        ("2025-12-09", "Tuesday 9 December 2025", ["Annual complaints report"])]


def test_payments_grouped_by_date_are_no_work_programme():
    xs = [40, 400, 600]
    rows = [["Payee", "Amount"], "14 October 2025", ["Office supplies", "£120.00"], ["Hall hire", "£45.00"],
            "9 December 2025", ["Insurance", "£610.50"], ["Audit fee", "£200.00"]]
    (t,) = extract_tables([ruled_page(1, xs, rows, bold_rows=(0,))])
    assert classify(t) != "work_programme"


def test_a_watermark_letter_reaching_into_the_header_is_no_cell_text():
    page = ruled_page(1, XS, [HEADER, ["A1", "Repair the roof", "JS", "Apr 25", "Jun 25", "On track"]], top=300,
                      bold_rows=(0,))
    # one letter of "DRAFT" printed across the page, thirty times the text's height, over the header
    page.chars.append(Char("D", 90, 260, 150, 450, 240.0, "Helvetica"))
    (t,) = extract_tables([page])
    assert t.columns == HEADER
    assert [list(r.cells) for r in t.rows] == [["A1", "Repair the roof", "JS", "Apr 25", "Jun 25", "On track"]]


def test_strokes_drawn_elsewhere_on_the_page_do_not_move_a_tables_rules():
    page = ruled_page(1, XS, [HEADER, ["A1", "Repair the roof", "JS", "Apr 25", "Jun 25", "On track"]], top=300,
                      bold_rows=(0,))
    # a signature drawn as short strokes above the table, one every point across the page
    page.rules.extend(Rule(x, 100.0, x + 0.5, 106.0) for x in range(40, 800))
    (t,) = extract_tables([page])
    assert t.columns == HEADER
    assert [list(r.cells) for r in t.rows] == [["A1", "Repair the roof", "JS", "Apr 25", "Jun 25", "On track"]]

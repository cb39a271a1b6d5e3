"""Plan tables in house styles that are not in the corpus, for the table rules' tests
(tests/test_tables_unseen.py). Fictional content; every builder writes a PDF and returns what it
drew (titles, column names, rows, pages), so a test compares the parse with the truth.

Two house styles, told apart only by drawing: `RULED` boxes every cell (Helvetica, grey
header); `SHADED` draws no rule at all - a dark header band, shaded section bars and
alternate row bands (Times). The documents:

- `action_plan`: a plan running over several pages whose continuation pages repeat the header
  (one or two rows deep, a merged cell over the leaf headings) and carry no title line;
  optionally a continuation page without any header whose columns were laid out afresh.
- `capital_programme`: a 15-column spreadsheet printed in two halves, columns 1-8 on one page
  and 9-15 on the next, section after section, rows keyed by a reference column repeated on
  both halves (or not repeated), the right half headed in bold or by bare years in plain type.
- `work_programme`: committee meetings as date bars with the items beneath.
- `forward_plan`: a forward plan whose title is the page heading printed on every page.
- `council_budget`, `budget_worksheet`, `appropriation_ordinance`: budgets drawn as aligned text
  (`TextTable`: a rule under the header in the ruled style, a shaded header band in the shaded
  one) - a small council's Budget / Spent year pairs with banners and totals, an accounting
  package's worksheet repeating its title block and heads on every page, and an ordinance's
  fund tables between numbered sections of prose.
- `parish_budget`: a town/parish/community council's one-page budget sheet printed from a
  spreadsheet - with its grey gridlines or none, "£" in a column of its own or on a header row,
  years over their Budget | Actual columns, a text Notes column, Surplus/(Deficit) in brackets.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from fpdf import FPDF

from .pdf import wrap

__all__ = ["TableStyle", "RULED", "SHADED", "STYLES", "action_plan", "capital_programme", "work_programme",
           "forward_plan", "council_budget", "budget_worksheet", "appropriation_ordinance",
           "parish_budget"]


@dataclass(frozen=True)
class TableStyle:
    name: str
    font: str = "Helvetica"
    size: float = 8.0
    ruled: bool = True
    header_fill: tuple[int, int, int] = (215, 215, 215)
    header_colour: tuple[int, int, int] = (0, 0, 0)
    group_fill: tuple[int, int, int] = (238, 238, 238)
    band_fill: Optional[tuple[int, int, int]] = None  # every other body row
    pad: float = 3.0
    line: float = 10.0  # line height, pt


RULED = TableStyle("ruled")
SHADED = TableStyle("shaded", font="Times", size=8.5, ruled=False, header_fill=(31, 56, 100),
                    header_colour=(255, 255, 255), group_fill=(198, 210, 228), band_fill=(236, 240, 246),
                    pad=4.5, line=10.5)
STYLES = [RULED, SHADED]

LEFT, TOP, RIGHT, BOTTOM = 36.0, 72.0, 36.0, 48.0


class StyledPDF(FPDF):
    """Landscape A4 in points; a "Page N" footer, an optional running header (small, top right)
    and an optional page heading (large, bold, top left) on every page."""

    def __init__(self, style: TableStyle, running_header: str = "", page_heading: str = "",
                 orientation: str = "L", footer_of: int = 0):
        super().__init__(orientation=orientation, unit="pt", format="A4")
        self.footer_of = footer_of  # "Page N of M" when set
        self.core_fonts_encoding = "windows-1252"
        self.set_creation_date(dt.datetime(2025, 6, 2, 9, 0, tzinfo=dt.timezone.utc))
        self.set_creator("agendapack scripts/samplegen/styles_tables.py")
        self.set_producer("fpdf2")
        self.style_ = style
        self.running_header = running_header
        self.page_heading = page_heading
        self.set_margins(LEFT, TOP, RIGHT)
        self.set_auto_page_break(False)

    def header(self):
        if self.running_header:
            self.set_font(self.style_.font, "I", 7.5)
            self.set_xy(LEFT, 22)
            self.cell(self.w - LEFT - RIGHT, 9, self.running_header, align="R")
        if self.page_heading:
            self.set_font(self.style_.font, "B", 15)
            self.set_xy(LEFT, 34)
            self.cell(self.w - LEFT - RIGHT, 18, self.page_heading)
        self.set_xy(LEFT, TOP)

    def footer(self):
        self.set_font(self.style_.font, "", 8)
        self.set_xy(LEFT, self.h - 30)
        of = f" of {self.footer_of}" if self.footer_of else ""
        self.cell(self.w - LEFT - RIGHT, 10, f"Page {self.page_no()}{of}", align="R" if of else "C")

    @property
    def usable(self) -> float:
        return self.w - LEFT - RIGHT

    @property
    def floor(self) -> float:
        return self.h - BOTTOM

    def heading(self, text: str, size: float = 11.0) -> None:
        self.set_font(self.style_.font, "B", size)
        self.set_xy(LEFT, self.get_y())
        self.cell(self.usable, size + 4, text)
        self.set_xy(LEFT, self.get_y() + size + 8)

    def paragraph(self, text: str, size: float = 9.0) -> None:
        self.set_font(self.style_.font, "", size)
        self.set_xy(LEFT, self.get_y())
        self.multi_cell(self.usable, size + 2.5, text)
        self.set_xy(LEFT, self.get_y() + 6)


@dataclass
class Grid:
    """A table drawn row by row in a house style: column widths in points from the left margin."""

    pdf: StyledPDF
    widths: list[float]
    banded: int = field(default=0)

    @property
    def style(self) -> TableStyle:
        return self.pdf.style_

    def _box(self, x: float, y: float, w: float, h: float, fill: Optional[tuple[int, int, int]]) -> None:
        if fill:
            self.pdf.set_fill_color(*fill)
            self.pdf.rect(x, y, w, h, style="F")
        if self.style.ruled:
            self.pdf.set_draw_color(0, 0, 0)
            self.pdf.set_line_width(0.6)
            self.pdf.rect(x, y, w, h)

    def _text(self, x: float, y: float, w: float, lines: list[tuple[float, str]], bold: bool, align: str = "L") -> None:
        st = self.style
        self.pdf.set_font(st.font, "B" if bold else "", st.size)
        for i, (off, text) in enumerate(lines):
            self.pdf.set_xy(x + st.pad + off, y + st.pad + i * st.line)
            self.pdf.cell(w - 2 * st.pad - off, st.line, text, align=align)

    def _wrap(self, text: str, w: float, bold: bool = False) -> list[tuple[float, str]]:
        st = self.style
        self.pdf.set_font(st.font, "B" if bold else "", st.size)
        return wrap(self.pdf, text, w - 2 * st.pad) if text else []

    def header(self, rows: list[list[tuple[str, int]]], bold: bool = True) -> None:
        """Header rows of (text, colspan) cells, bold (or plain), on the header fill."""
        st, pdf = self.style, self.pdf
        y = pdf.get_y()
        for hrow in rows:
            cells, col = [], 0
            for text, span in hrow:
                w = sum(self.widths[col:col + span])
                cells.append((LEFT + sum(self.widths[:col]), w, self._wrap(text, w, bold)))
                col += span
            h = max(len(c[2]) for c in cells) * st.line + 2 * st.pad
            for x, w, lines in cells:
                self._box(x, y, w, h, st.header_fill)
            pdf.set_text_color(*st.header_colour)
            for x, w, lines in cells:
                self._text(x, y, w, lines, bold, align="C")
            pdf.set_text_color(0, 0, 0)
            y += h
        pdf.set_xy(LEFT, y)
        self.banded = 0

    def row_height(self, cells: list[str]) -> float:
        st = self.style
        n = max([1] + [len(self._wrap(t, w)) for t, w in zip(cells, self.widths)])
        return n * st.line + 2 * st.pad

    def row(self, cells: list[str], height: Optional[float] = None) -> None:
        st, pdf = self.style, self.pdf
        y = pdf.get_y()
        h = height or self.row_height(cells)
        fill = st.band_fill if self.banded % 2 == 1 else None
        x = LEFT
        for text, w in zip(cells, self.widths):
            self._box(x, y, w, h, fill)
            self._text(x, y, w, self._wrap(text, w), False, align="R" if _figure(text) else "L")
            x += w
        self.banded += 1
        pdf.set_xy(LEFT, y + h)

    def group(self, text: str) -> None:
        st, pdf = self.style, self.pdf
        y = pdf.get_y()
        h = st.line + 2 * st.pad
        self._box(LEFT, y, sum(self.widths), h, st.group_fill)
        self._text(LEFT, y, sum(self.widths), [(0.0, text)], True)
        self.banded = 0
        pdf.set_xy(LEFT, y + h)

    def fits(self, h: float) -> bool:
        return self.pdf.get_y() + h <= self.pdf.floor


def _figure(text: str) -> bool:
    t = text.replace(",", "").replace("£", "").replace(".", "").replace("-", "").strip()
    return bool(text) and (t.isdigit() or text.strip() == "-")


def _save(pdf: FPDF, path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


# ---- action plan over several pages ---------------------------------------------------------------

PLAN_LEAVES = ["Ref", "Action", "Lead", "Start", "End", "Progress"]
PLAN_GROUPS = ["Action / Process"] * 4 + ["Timescale and progress"] * 2  # the merged cells over them
PLAN_WIDTHS = [40, 230, 110, 60, 60, 270]

_VERBS = ["Review", "Agree", "Publish", "Train", "Audit", "Recruit", "Launch", "Consult on", "Embed", "Report on"]
_THINGS = ["the referral pathway", "the quality assurance framework", "supervision standards for team managers",
           "the early help offer", "the workforce development plan", "case file audits in every locality",
           "the partnership data set", "the complaints procedure", "the participation strategy for young people",
           "the out-of-hours service"]
_LEADS = ["Head of Safeguarding", "Service Manager, Early Help", "Principal Social Worker", "HR Business Partner",
          "Performance Lead", "Director of Children's Services"]
_MONTHS = ["Apr 2025", "May 2025", "Jun 2025", "Sep 2025", "Dec 2025", "Mar 2026", "Ongoing"]


def _plan_rows(section: int, n: int) -> list[list[str]]:
    rows = []
    for i in range(n):
        k = section * 7 + i
        progress = ("Draft agreed by the improvement board; consultation with partner agencies under way and "
                    "a first report due to the next board meeting." if i % 3 == 0 else
                    "On track." if i % 3 == 1 else "Delayed by recruitment; revised plan agreed with the lead member.")
        rows.append([f"{section}.{i + 1}", f"{_VERBS[k % 10]} {_THINGS[(k * 3) % 10]}", _LEADS[k % 6],
                     _MONTHS[k % 5], _MONTHS[(k + 2) % 7], progress])
    return rows


def action_plan(path: Path, style: TableStyle, header_depth: int = 2, continuation_depth: Optional[int] = None,
                sections: int = 2, rows_per_section: int = 22, relaid_page: str = "") -> dict:
    """An improvement plan: each priority a table under its heading, running over pages whose
    continuations repeat the header (`continuation_depth` rows deep: 1 = the leaf headings, 2 =
    under a merged "Action / Process" cell, 0 = no header) with no title line above.

    `relaid_page`: the last section's second page prints no header and lays its columns out
    afresh - "shifted": the same six columns at other widths; "sparse": besides, the progress
    column is left empty on that page (five columns of text); "extra": a seventh column, of
    notes, printed on that page only (no telling which column is which).
    Returns {"sections": [{"title", "columns" (the column headings), "names" (with the merged
    cells over them, as the first page prints them), "refs", "pages", "rows"}]}."""
    cont = header_depth if continuation_depth is None else continuation_depth
    pdf = StyledPDF(style, running_header="Service Improvement Plan 2025-26 - update for the improvement board")
    pdf.add_page()
    pdf.heading("Service Improvement Plan 2025-26", 15)
    pdf.paragraph("This plan sets out the actions agreed with partners after the inspection. Progress is "
                  "reviewed monthly by the improvement board and reported to each meeting of the committee.")

    def header_rows(depth: int) -> list[list[tuple[str, int]]]:
        leaves = [(t, 1) for t in PLAN_LEAVES]
        if depth == 2:
            return [[(PLAN_GROUPS[0], 4), (PLAN_GROUPS[-1], 2)], leaves]
        return [leaves] if depth == 1 else []

    out = []
    for sec in range(1, sections + 1):
        rows = _plan_rows(sec, rows_per_section)
        grid = Grid(pdf, list(PLAN_WIDTHS))
        title = f"Priority {sec}: " + ["Strong leadership and governance", "Good help at the right time",
                                         "A stable and skilled workforce"][(sec - 1) % 3]
        if not grid.fits(120):
            pdf.add_page()
        pdf.set_xy(LEFT, pdf.get_y() + 6)
        pdf.heading(title)
        grid.header(header_rows(header_depth))
        pages = [pdf.page_no()]
        relaid = 0  # the page laid out afresh: 1 while on it, 2 after it
        for cells in rows:
            if not grid.fits(grid.row_height(cells)):
                pdf.add_page()
                if relaid_page and sec == sections and not relaid:
                    relaid = 1
                    # laid out afresh, no header
                    grid.widths = [60, 190, 150, 70, 50, 170, 80] if relaid_page == "extra" else [60, 190, 150, 70, 50, 250]
                else:
                    relaid = 2 if relaid else 0
                    grid.widths = list(PLAN_WIDTHS)
                    grid.header(header_rows(cont))
                pages.append(pdf.page_no())
            if relaid == 1 and relaid_page == "sparse":
                cells = cells[:5] + [""]
            grid.row(cells + ["See note"] if relaid == 1 and relaid_page == "extra" else cells)
        pdf.set_xy(LEFT, pdf.get_y() + 14)
        names = [f"{g} / {leaf}" for g, leaf in zip(PLAN_GROUPS, PLAN_LEAVES)] if header_depth == 2 else PLAN_LEAVES
        out.append({"title": title, "columns": PLAN_LEAVES, "names": names, "refs": [r[0] for r in rows],
                    "pages": pages, "rows": rows})
    _save(pdf, path)
    return {"sections": out}


# ---- a wide spreadsheet printed in two halves --------------------------------------------------------

CAPITAL_COLUMNS = ["Row Ref", "Project", "Service", "Ward", "Project Manager", "Funding Source", "Start",
                   "Budget 2025/26", "Spend to Date", "Forecast 2026/27", "Forecast 2027/28", "Forecast 2028/29",
                   "Forecast 2029/30", "Total Cost", "Status"]
# the right half headed by bare years in plain type: a header that reads like a row of figures
CAPITAL_COLUMNS_YEARS = CAPITAL_COLUMNS[:9] + ["2027", "2028", "2029", "2030"] + CAPITAL_COLUMNS[13:]
_LEFT_W = [50, 190, 80, 70, 90, 90, 50, 80]
_RIGHT_W = [70, 80, 80, 80, 80, 80, 90]
_PROJECTS = ["Resurfacing of the ring road", "Bridge strengthening", "Cycle lanes on the high street",
             "Street lighting LED replacement", "Bus station canopy", "Drainage improvements",
             "Play area renewal", "Sports pavilion roof", "Allotment water supply", "Cemetery extension",
             "Town hall boilers", "Depot fleet charging points", "Library refurbishment", "Museum lift",
             "Leisure centre pool plant", "Car park barrier system", "Market square paving", "Riverside path"]
_SECTIONS = ["Highways and Transport", "Parks and Open Spaces", "Corporate Property"]
_WARDS = ["Abbey", "Castle", "Northfield", "Riverside", "Westgate"]
_FUNDS = ["Borrowing", "Grant", "Capital receipts", "Section 106", "Reserves"]
_STATUS = ["On track", "At risk", "Complete", "Not started"]


def _money(v: int) -> str:
    return f"{v:,}" if v else "-"


def _capital_rows(section: int, n: int) -> list[list[str]]:
    rows = []
    for i in range(n):
        k = section * 5 + i
        ref = f"CP{section}{i + 1:02d}"
        budget = 120 + 37 * k % 900
        f = [(budget * (j + 2) * 7) % 650 for j in range(4)]
        rows.append([ref, _PROJECTS[k % len(_PROJECTS)], _SECTIONS[section - 1].split()[0], _WARDS[k % 5],
                     ["A. Patel", "J. Okafor", "S. Lindqvist", "M. Byrne"][k % 4], _FUNDS[k % 5],
                     ["Apr 2025", "Jul 2025", "Oct 2025", "Jan 2026"][k % 4], _money(budget * 10),
                     _money((budget * 3) % 700), *[_money(x * 10) for x in f],
                     _money(budget * 10 + sum(f) * 10), _STATUS[k % 4]])
    return rows


def capital_programme(path: Path, style: TableStyle, key_repeated: bool = True,
                      section_rows: tuple[int, ...] = (12, 8, 10), per_page: int = 20,
                      year_header: bool = False) -> dict:
    """A capital programme of 15 columns printed in two halves: for each section, a page with
    columns 1-8 then a page with columns 9-15 (led by the Row Ref column again when
    `key_repeated`), the rows at the same heights on both. A section longer than `per_page`
    rows goes on over another pair of pages, under the same section name. Every page is
    headed by the programme's title (a page heading) and the section's name. `year_header`:
    the right half's forecast columns are headed by bare years in plain type
    (`CAPITAL_COLUMNS_YEARS`).

    Returns {"sections": [{"title", "columns", "rows", "pages"}]}."""
    columns = CAPITAL_COLUMNS_YEARS if year_header else CAPITAL_COLUMNS
    pdf = StyledPDF(style, page_heading="CAPITAL PROGRAMME 2025/26 TO 2029/30")
    out = []
    for sec, n in enumerate(section_rows, start=1):
        rows = _capital_rows(sec, n)
        title = _SECTIONS[(sec - 1) % len(_SECTIONS)]
        pages = []
        for start in range(0, n, per_page):
            chunk = rows[start:start + per_page]
            for half in ("left", "right"):
                pdf.add_page()
                pages.append(pdf.page_no())
                pdf.heading(title)
                if half == "left":
                    cols, widths, idx = columns[:8], _LEFT_W, list(range(8))
                else:
                    idx = ([0] if key_repeated else []) + list(range(8, 15))
                    cols = [columns[i] for i in idx]
                    widths = ([50] if key_repeated else []) + _RIGHT_W
                grid = Grid(pdf, widths)
                grid.header([[(c, 1) for c in cols]], bold=not (year_header and half == "right"))
                # both halves print every row at the height of the taller half (one sheet row)
                left = Grid(pdf, _LEFT_W)
                for r in chunk:
                    h = left.row_height(r[:8])
                    grid.row([r[i] for i in idx], height=h)
        out.append({"title": title, "columns": columns, "rows": rows, "pages": pages})
    _save(pdf, path)
    return {"sections": out}


# ---- committee work programme -----------------------------------------------------------------------

WORK_COLUMNS = ["Item", "Lead Officer", "Purpose"]
WORK_MEETINGS = [
    ("2025-07-15", "Tuesday 15 July 2025", [("Annual report of the Community Safety Partnership", "Head of Community Safety", "Scrutiny"),
                                             ("Housing allocations policy review", "Housing Needs Manager", "Pre-decision"),
                                             ("Work programme 2025/26", "Democratic Services Officer", "Decision")]),
    ("2025-09-16", "Tuesday 16 September 2025", [("Customer access strategy", "Assistant Director, Customers", "Pre-decision"),
                                                 ("Quarter 1 performance report", "Performance Manager", "Monitoring")]),
    ("2025-11-11", "Tuesday 11 November 2025", [("Flood risk management update", "Drainage Engineer", "Scrutiny"),
                                                ("Budget proposals 2026/27", "Director of Finance", "Consultation"),
                                                ("Leisure contract performance", "Leisure Client Officer", "Monitoring"),
                                                ("Task group on fly-tipping: final report", "Scrutiny Officer", "Decision")]),
    ("2026-01-20", "Tuesday 20 January 2026", [("Draft corporate plan", "Chief Executive", "Pre-decision"),
                                               ("Quarter 2 performance report", "Performance Manager", "Monitoring")]),
    ("2026-03-17", "Tuesday 17 March 2026", [("Homelessness strategy action plan", "Housing Needs Manager", "Scrutiny"),
                                             ("Annual report of the committee", "Chair of the Committee", "Decision")]),
]


def work_programme(path: Path, style: TableStyle) -> dict:
    """A committee work programme: one bar per meeting (its date, in bold across the table)
    with the items planned for it beneath. Returns {"title", "meetings": [(iso, text, [items])]}."""
    pdf = StyledPDF(style)
    pdf.add_page()
    title = "Overview and Scrutiny Committee Work Programme 2025/26"
    pdf.heading(title, 14)
    pdf.paragraph("The committee is asked to note the work programme and to suggest any items it would like to add.")
    grid = Grid(pdf, [360, 230, 180])
    grid.header([[(c, 1) for c in WORK_COLUMNS]])
    for _, text, items in WORK_MEETINGS:
        grid.group(text)
        for item in items:
            grid.row(list(item))
    _save(pdf, path)
    return {"title": title, "meetings": [(iso, text, [i[0] for i in items]) for iso, text, items in WORK_MEETINGS]}


# ---- forward plan headed by the page heading ----------------------------------------------------------

FORWARD_COLUMNS = ["Decision", "Decision Maker", "Date of Decision", "Wards Affected", "Officer Contact", "Exempt?"]
_DECISIONS = ["Award of the highways maintenance contract", "Adoption of the local cycling and walking plan",
              "Disposal of surplus land at the old depot", "Council tax base for 2026/27",
              "Fees and charges for building control", "Procurement of the waste collection fleet",
              "Review of the housing assistance policy", "Approval of the leisure facilities strategy",
              "Acquisition of temporary accommodation", "Treasury management mid-year review"]


def forward_plan(path: Path, style: TableStyle, items: int = 64) -> dict:
    """A forward plan whose title is the heading printed at the top of every page (above an
    introduction on the first); the table runs over the pages with its header repeated.
    Returns {"title", "columns", "decisions", "pages"}."""
    title = "FORWARD PLAN 2025/2026"
    pdf = StyledPDF(style, page_heading=title)
    pdf.add_page()
    pdf.paragraph("This plan gives 28 clear days' notice of the key decisions to be taken by the Cabinet and by "
                  "individual Cabinet members, and of decisions to be taken in private. Representations about any "
                  "decision should be sent to the officer contact named.")
    widths = [250, 110, 90, 110, 120, 90]
    grid = Grid(pdf, widths)
    header = [[(c, 1) for c in FORWARD_COLUMNS]]
    grid.header(header)
    rows, pages = [], [pdf.page_no()]
    for i in range(items):
        cells = [f"{_DECISIONS[i % 10]} ({2025 + i // 10})", ["Cabinet", "Leader", "Cabinet Member for Housing"][i % 3],
                 f"{(i % 27) + 1} {['September', 'October', 'November', 'December'][i % 4]} 2025",
                 ["All wards", "Castle", "Riverside; Westgate"][i % 3],
                 ["Head of Highways", "Planning Policy Manager", "Estates Surveyor", "Chief Accountant"][i % 4],
                 "Open" if i % 4 else "Exempt (3)"]
        if not grid.fits(grid.row_height(cells)):
            pdf.add_page()
            grid.header(header)
            pages.append(pdf.page_no())
        grid.row(cells)
        rows.append(cells)
    _save(pdf, path)
    return {"title": title, "columns": FORWARD_COLUMNS, "decisions": [r[0] for r in rows], "pages": pages}


# ---- budgets drawn as aligned text (no rule; the shaded style shades the header only) ---------------


@dataclass
class TextTable:
    """A table drawn as aligned text: the first column left-aligned (indented per level), the
    others right-aligned figures. The header is shaded in a style with a header fill and no rules;
    the ruled style draws a rule under the header only (the budgets below are not boxed)."""

    pdf: StyledPDF
    widths: list[float]
    line: float = 12.0

    def _at(self, col: int) -> float:
        return LEFT + sum(self.widths[:col])

    def header(self, rows: list[list]) -> None:
        """Header rows of texts, or of (text, colspan) for a heading centred over its columns."""
        st, pdf = self.pdf.style_, self.pdf
        y = pdf.get_y()
        h = len(rows) * self.line + 4
        if not st.ruled:
            pdf.set_fill_color(*st.header_fill)
            pdf.rect(LEFT, y, sum(self.widths), h, style="F")
            pdf.set_text_color(*st.header_colour)
        pdf.set_font(st.font, "B", st.size)
        for i, texts in enumerate(rows):
            col = 0
            for cell in texts:
                text, span = cell if isinstance(cell, tuple) else (cell, 1)
                w = sum(self.widths[col:col + span])
                pdf.set_xy(self._at(col) + 2, y + 2 + i * self.line)
                pdf.cell(w - 4, self.line, text, align="C" if span > 1 else "L" if col == 0 else "R")
                col += span
        pdf.set_text_color(0, 0, 0)
        if st.ruled:
            pdf.set_line_width(0.6)
            pdf.line(LEFT, y + h, LEFT + sum(self.widths), y + h)
        pdf.set_xy(LEFT, y + h + 3)

    def row(self, cells: list[str], bold: bool = False, indent: float = 0.0, currency: str = "",
            sign_at: float = 14.0) -> None:
        """One row; `currency`: a sign printed at the left of each figure cell (`sign_at` points
        into it), the amount at its right (accounting format)."""
        st, pdf = self.pdf.style_, self.pdf
        y = pdf.get_y()
        pdf.set_font(st.font, "B" if bold else "", st.size)
        for col, text in enumerate(cells):
            if not text:
                continue
            if currency and col > 0:
                pdf.set_xy(self._at(col) + sign_at, y)
                pdf.cell(10, self.line, currency)
            off = indent if col == 0 else 0.0
            pdf.set_xy(self._at(col) + 2 + off, y)
            pdf.cell(self.widths[col] - 4 - off, self.line, text, align="L" if col == 0 else "R")
        pdf.set_xy(LEFT, y + self.line)


def _overprinted(pdf: StyledPDF, text: str, size: float, shift: float = 0.0) -> None:
    """A title drawn twice at the same place (a word processor's fake bold), the second run
    `shift` points to the right: two text runs."""
    y = pdf.get_y()
    pdf.set_font(pdf.style_.font, "B", size)
    for k in range(2):
        pdf.set_xy(LEFT + k * shift, y)
        pdf.cell(pdf.usable, size + 4, text)
    pdf.set_xy(LEFT, y + size + 10)


BUDGET_COLUMNS = ["ITEM", "Budget 2023/24", "Spent", "Budget 2024/25", "Spent"]
# (group banner, [(item, four cells)], subtotal label); "" where the year has not been spent yet
_BUDGET_GROUPS = [
    ("REVENUE", [("Precept", ["14,500", "14,500", "15,200", ""]),
                 ("Grants", ["600", "550", "600", ""]),
                 ("Bank interest", ["20", "41.17", "30", ""]),
                 ("Allotment rents", ["310", "296", "320", ""])], "REVENUE TOTAL"),
    ("EXPENDITURE", [("Clerk's salary", ["5,200", "5,188.40", "5,400", ""]),
                     ("Insurance", ["650", "612.35", "700", ""]),
                     ("Village hall hire", ["240", "200", "240", ""]),
                     ("Youth club", ["500 Trip", "455", "500", ""]),
                     ("Grass cutting", ["1,900", "1,874", "2,000", ""]),
                     ("Audit fees", ["400", "360", "400", ""])], "TOTAL EXPENDITURE"),
    ("CAPITAL", [("Bus shelter", ["1,200", "817.00 (panelling)", "400", ""]),
                 ("Noticeboard", ["", "", "350", ""]),
                 ("Play area", ["2,000", "1,950", "1,500", ""])], "CAPITAL TOTAL"),
]


BUDGET_COLUMNS_UNDER_YEARS = ["ITEM", "2023/24 / Budget", "2023/24 / Spent", "2024/25 / Budget", "2024/25 / Spent"]


def council_budget(path: Path, style: TableStyle, spent_so_far: int = 0, title_shift: float = 0.0,
                   years_over: bool = False) -> dict:
    """A small council's annual budget on one portrait page, drawn as aligned text: a title line
    overprinted, a line of prose, then ITEM / Budget / Spent / Budget / Spent (two year-pairs),
    group banners, each group closed by its total row; some cells empty, some figures followed
    by a note ("500 Trip"); a line of prose under the table. `spent_so_far`: how many items
    have something spent in the current year already (the rest of that column is empty);
    `title_shift`: the title's second run drawn that far right of the first; `years_over`: a
    two-row header, each year centred over its Budget / Spent pair (`BUDGET_COLUMNS_UNDER_YEARS`).

    Returns {"title", "columns", "rows" (data and total rows, banners excluded), "groups", "page"}."""
    pdf = StyledPDF(style, orientation="P")
    pdf.add_page()
    title = "ANNUAL BUDGET 2024/25"
    _overprinted(pdf, title, 13, title_shift)
    pdf.paragraph("The budget below was considered by the council at its meeting in January and the "
                  "precept for the coming year was set.")
    t = TextTable(pdf, [190, 80, 80, 80, 80])
    if years_over:
        t.header([["", ("2023/24", 2), ("2024/25", 2)], ["ITEM", "Budget", "Spent", "Budget", "Spent"]])
    else:
        t.header([BUDGET_COLUMNS])
    rows, groups = [], []
    spent = iter(["1,130.50", "96"][:spent_so_far])
    for banner, items, total in _BUDGET_GROUPS:
        groups.append(banner)
        t.row([banner], bold=True)
        items = [(name, cells[:3] + [next(spent, "")]) if banner == "EXPENDITURE" else (name, cells)
                 for name, cells in items]
        for name, cells in items:
            t.row([name, *cells])
            rows.append([name, *cells])
        sums = [_budget_sum(cells[i] for _, cells in items) for i in range(4)]
        t.row([total, *sums], bold=True)
        rows.append([total, *sums])
        pdf.set_xy(LEFT, pdf.get_y() + 6)
    pdf.set_xy(LEFT, pdf.get_y() + 10)
    pdf.paragraph("Figures for the current year are to the end of December; the clerk will report the "
                  "outturn at the annual meeting.")
    _save(pdf, path)
    columns = BUDGET_COLUMNS_UNDER_YEARS if years_over else BUDGET_COLUMNS
    return {"title": title, "columns": columns, "rows": rows, "groups": groups, "page": 1}


def _budget_sum(cells) -> str:
    total = 0.0
    for c in cells:
        head = c.split(" ")[0].replace(",", "")
        total += float(head) if head else 0.0
    if total == 0:
        return ""
    return f"{total:,.2f}" if total != int(total) else f"{int(total):,}"


WORKSHEET_COLUMNS = ["", "2020-2021 Actual", "Last Yr Budget 2020-2021", "Proposed 2021-2022"]
_WORKSHEET_HEAD = [["", "2020-2021", "Last Yr Budget", "Proposed"], ["", "Actual", "2020-2021", "2021-2022"]]
_ACCOUNT_NAMES = ["Property Tax", "Licenses and Permits", "Road and Bridge Levy", "Interest Income",
                  "Rental Income", "Grants", "Salaries", "Payroll Taxes", "Health Insurance", "Pension",
                  "Office Supplies", "Postage", "Telephone", "Utilities", "Legal Fees", "Audit",
                  "Engineering", "Road Materials", "Snow Removal", "Equipment Repair", "Fuel", "Training"]


def _cents(v: int) -> str:
    return f"{v / 100:,.2f}" if v else "-"


def _worksheet_lines(n_groups: int) -> list[tuple[int, str, list[str], bool]]:
    """(level, label, cells, bold) in print order: account groups with sub-accounts and a
    "Total ..." line after each; label-only lines head a group."""
    out: list[tuple[int, str, list[str], bool]] = [(0, "Ordinary Income/Expense", [], False)]
    for g in range(n_groups):
        code = 3000 + 1000 * (g // 4) + 100 * (g % 4)
        name = _ACCOUNT_NAMES[g % len(_ACCOUNT_NAMES)]
        out.append((1, f"{code} · {name}", [], False))
        sums = [0, 0, 0]
        for k in range(3 + g % 4):
            vals = [((g * 7 + k * 13 + j * 5) % 17) * 1234 + (k + j) * 7 for j in range(3)]
            if k == 1:
                vals[0] = 0  # a zero prints as "-"
            sums = [a + b for a, b in zip(sums, vals)]
            sub = _ACCOUNT_NAMES[(g * 3 + k + 5) % len(_ACCOUNT_NAMES)]
            out.append((2, f"{code + 10 * (k + 1)} · {sub}", [_cents(v) for v in vals], False))
        out.append((1, f"Total {code} · {name}", [_cents(v) for v in sums], True))
    return out


def budget_worksheet(path: Path, style: TableStyle, groups: int = 14, per_page: int = 30,
                     stamped: bool = True, underline: str = "short", fund: str = "",
                     closing: bool = False) -> dict:
    """An accounting package's budget worksheet over several landscape pages: every page repeats
    the title block (body, report name, period) and the two-row column heads; rows keyed by an
    account code ("3000 · Property Tax") in an indented hierarchy, a "Total ..." line after each
    account group (a short rule over each of its figures), a parent account's line with no
    figures ("3000 · Property Tax": a row), label-only lines with no code heading the groups,
    figures with two decimals and "-" for zero, "Page N of M" at the foot; `stamped`: the time, date and basis printed at the left of
    the title block; `underline`: how a total is ruled - "short" (a short rule over each figure),
    "span" (one rule across all the figure columns, from the first figure's left to the last
    one's right, as a spreadsheet's cell border prints) or "span-double" (that rule, and a double
    rule under the total too). Rules spanning the figure columns stack down the page as a
    rule-framed table's would, yet the labels at their left belong to the same rows; `fund`:
    a fund's name in capitals under the heads of the first page, set off from them and from the
    rows by blank lines; `closing`: a "Net Surplus" line after the last total, set off by two
    blank lines, each figure with a "$" at the left of its cell (nearer the figure before it than
    its own amount).

    Returns {"columns", "rows" (lines with figures or an account code), "groups" (label-only lines
    with no code), "pages"}."""
    lines = _worksheet_lines(groups)
    n_pages = -(-len(lines) // per_page)
    pdf = StyledPDF(style, footer_of=n_pages)
    widths = [330, 130, 130, 130]
    pages = []
    for start in range(0, len(lines), per_page):
        pdf.add_page()
        pages.append(pdf.page_no())
        pdf.set_xy(LEFT, 30)
        # the package prints the time, the date and the basis at the left of the title block
        for text, size, left in [("Township of Eastbrook", 12, "10:41 AM"), ("Budget Worksheet", 11, "03/15/21"),
                                 ("July 2020 through June 2022", 9, "Accrual Basis")]:
            y = pdf.get_y()
            if stamped:
                pdf.set_font(style.font, "B", 7.5)
                pdf.set_xy(LEFT, y)
                pdf.cell(80, size + 3, left)
            pdf.set_font(style.font, "B", size)
            pdf.set_xy(LEFT, y)
            pdf.cell(pdf.usable, size + 3, text, align="C")
            pdf.set_xy(LEFT, y + size + 6)
        pdf.set_xy(LEFT, pdf.get_y() + 8)
        t = TextTable(pdf, widths, line=13)
        t.header(_WORKSHEET_HEAD)
        if fund and start == 0:
            pdf.set_xy(LEFT, pdf.get_y() + 1.5 * t.line)
            t.row([fund], indent=12.0)
            pdf.set_xy(LEFT, pdf.get_y() + 1.5 * t.line)
        for level, label, cells, bold in lines[start:start + per_page]:
            if bold and cells:
                _total_rules(pdf, t, underline, pdf.get_y() + 0.5)
            t.row([label, *cells], bold=bold, indent=12.0 * level)
            if bold and cells and underline == "span-double":
                _total_rules(pdf, t, "span", pdf.get_y() - 0.5)
                _total_rules(pdf, t, "span", pdf.get_y() + 1.5)
    # a parent account carrying its code is a row of the ledger though it has no figures (as a
    # reader counts the lines of a worksheet); a label with no code heads a group
    coded = re.compile(r"^\d{3,6} ")
    rows = [[label, *(cells or [""] * (len(widths) - 1))] for _, label, cells, _ in lines if cells or coded.match(label)]
    heads = [fund] * bool(fund) + [label for _, label, cells, _ in lines if not cells and not coded.match(label)]
    if closing:
        net = ["Net Surplus", *[f"{v:,.2f}" for v in (48213.5, 1290.25, 30117.75)]]
        pdf.set_xy(LEFT, pdf.get_y() + 2 * t.line)
        t.row(net, bold=True, currency="$", sign_at=10.0)
        rows.append([net[0], *[f"$ {v}" for v in net[1:]]])
    _save(pdf, path)
    return {"columns": WORKSHEET_COLUMNS, "rows": rows, "groups": heads, "pages": pages}


def _total_rules(pdf: StyledPDF, t: TextTable, underline: str, y: float) -> None:
    """The rule(s) over a total's figures: a short one over each figure, or one across them all."""
    pdf.set_line_width(0.5)
    n = len(t.widths)
    if underline == "short":
        for col in range(1, n):
            right = t._at(col + 1) - 2
            pdf.line(right - 60, y, right, y)
    else:
        pdf.line(t._at(1) + 40, y, t._at(n) - 2, y)


ORDINANCE_COLUMNS = ["Account", "2021 Actual", "2022 Budget", "2023 Budget"]
_FUNDS_ORD = [("GENERAL FUND", ["Salaries and Wages", "Employee Benefits", "Contractual Services",
                                "Commodities", "Capital Outlay"]),
              ("ROAD AND BRIDGE FUND", ["Salaries and Wages", "Road Materials", "Equipment",
                                        "Snow and Ice Control"]),
              ("GENERAL ASSISTANCE FUND", ["Assistance Payments", "Administration", "Contractual Services"])]


def appropriation_ordinance(path: Path, style: TableStyle, preamble: int = 0,
                            repeat_header: bool = False, stray_note: bool = False, currency: str = "",
                            currency_ends_only: bool = False, heads_once: bool = False) -> dict:
    """A budget and appropriation ordinance: numbered sections of prose, a fund's table after
    some of them (a fund heading, Account / three year columns, whole dollars, a "Total Expense"
    line). `preamble` more paragraphs before the first section push the tables down the page:
    a table that does not fit runs on over the page break, its header repeated there when
    `repeat_header`, or not; `stray_note`: the rows carried over are printed with a note far
    right of the table's columns (they no longer line up with it); `currency`: a sign at the
    left of every figure cell, apart from the amount (the rows' values then read "$ 12,125"),
    or (`currency_ends_only`) on the first row and the total only, as US ledgers print it;
    `heads_once`: the column heads printed over the first fund only, the later funds' figures
    set in the same columns without heads of their own (a reader carries the heads over).

    Returns {"tables": [{"title", "columns", "rows", "pages"}]}."""
    pdf = StyledPDF(style, orientation="P")
    pdf.add_page()
    pdf.heading("ORDINANCE NO. 2022-07", 12)
    pdf.paragraph("AN ORDINANCE ADOPTING THE ANNUAL BUDGET AND APPROPRIATION FOR THE FISCAL YEAR "
                  "BEGINNING APRIL 1, 2022 AND ENDING MARCH 31, 2023.")
    pdf.paragraph("BE IT ORDAINED by the Board of Trustees as follows:")
    for _ in range(preamble):
        pdf.paragraph("WHEREAS the budget officer has prepared a tentative budget and appropriation "
                      "ordinance, which was made available for public inspection for at least thirty "
                      "days, and a public hearing was held on it after notice was published as the law "
                      "requires; and")
    tables = []
    for i, (fund, accounts) in enumerate(_FUNDS_ORD, start=1):
        pdf.paragraph(f"SECTION {i}. That the following sums are appropriated from the {fund.title()} "
                      "for the purposes named, and the amounts shown for prior years are given for "
                      "comparison only.")
        if pdf.get_y() + 5 * 12 > pdf.floor:
            pdf.add_page()  # a heading, the header and a few rows at least
        pages = [pdf.page_no()]
        pdf.heading(fund, 10)
        t = TextTable(pdf, [220, 90, 90, 90])
        if i == 1 or not heads_once:
            t.header([ORDINANCE_COLUMNS])
        rows, sums = [], [0, 0, 0]
        lines = []
        for k, acc in enumerate(accounts):
            vals = [(i * 31 + k * 17 + j * 7) % 50 * 1000 + 250 * j + 125 for j in range(3)]
            sums = [a + b for a, b in zip(sums, vals)]
            lines.append(([acc, *[f"{v:,}" for v in vals]], False))
        lines.append((["Total Expense", *[f"{v:,}" for v in sums]], True))
        for cells, bold in lines:
            if pdf.get_y() + 12 > pdf.floor:
                pdf.add_page()
                pages.append(pdf.page_no())
                if repeat_header:
                    t.header([ORDINANCE_COLUMNS])
            if stray_note and len(pages) > 1:
                y = pdf.get_y()
                pdf.set_font(style.font, "", style.size)
                pdf.set_xy(LEFT + sum(t.widths) + 20, y)
                pdf.cell(60, t.line, "see note 4")
                pdf.set_xy(LEFT, y)
            sign = currency if not currency_ends_only or not rows or bold else ""
            t.row(cells, bold=bold, currency=sign)
            rows.append([cells[0], *[f"{sign} {c}" for c in cells[1:]]] if sign else cells)
        pdf.set_xy(LEFT, pdf.get_y() + 10)
        tables.append({"title": fund, "columns": ORDINANCE_COLUMNS, "rows": rows, "pages": pages})
    for i in range(len(_FUNDS_ORD) + 1, 8):
        pdf.paragraph(f"SECTION {i}. That this ordinance shall be in full force and effect from and "
                      "after its passage and approval as provided by law; any ordinance in conflict "
                      "with it is repealed to the extent of the conflict.")
    _save(pdf, path)
    return {"tables": tables}


# ---- a town/parish/community council's budget sheet printed from a spreadsheet --------------------

PARISH_BUDGET_TITLE = "ASHCOMBE COMMUNITY COUNCIL - BUDGET 2024/25"
PARISH_BUDGET_COLUMNS = ["Item", "Budget 2023/24", "Actual to 31 Dec", "Projected to 31 Mar", "Budget 2024/25",
                         "Notes"]
PARISH_BUDGET_COLUMNS_UNDER_YEARS = ["Item", "2023/24 / Budget", "2023/24 / Actual", "2024/25 / Budget", "Notes"]
# (section, [(item, figures, note)], subtotal label); figures in pence, None for a blank cell, 0 for "-"
_PARISH_SECTIONS: list[tuple[str, list[tuple[str, list[Optional[int]], str]], str]] = [
    ("INCOME", [("Precept", [2450000, 2450000, 2450000, 2575000], "Band D up 3.9%"),
                ("Council tax support grant", [31200, 31200, 31200, 0], "Grant ends"),
                ("Bank interest", [5000, 14322, 19000, 15000], ""),
                ("Allotment rents", [42000, 39500, 42000, 44000], ""),
                ("Donations", [None, 25000, 25000, None], "")], "Total Income"),
    ("EXPENDITURE", [("Clerk's salary", [980000, 731244, 975000, 1020000], "NJC pay award"),
                     ("Employer's NI and pension", [210000, 158830, 211000, 225000], ""),
                     ("Insurance", [72000, 76812, 76812, 80000], ""),
                     ("Audit fees", [45000, 0, 42000, 45000], ""),
                     ("Grass cutting", [380000, 301500, 402000, 410000], "New contract"),
                     ("Street lighting", [160000, 118204, 158000, 170000], ""),
                     ("Grants to local groups", [150000, 90000, 150000, 150000], ""),
                     ("Training", [30000, 0, 0, 30000], ""),
                     ("Capital projects", [600000, 245600, 660000, 550000], "Play area")], "Total Expenditure"),
]


def _pence(v: Optional[int], blank_nil: bool = False) -> str:
    """Whole pounds or pounds and pence with thousands commas; negatives in brackets; nil "-"."""
    if v is None:
        return ""
    if v == 0:
        return "" if blank_nil else "-"
    text = f"{abs(v) / 100:,.2f}" if v % 100 else f"{abs(v) // 100:,}"
    return f"({text})" if v < 0 else text


def _parish_lines(years_over: bool) -> list[tuple[str, str, list[str], str]]:
    """(kind, label, figure cells, note) in print order; kind "section", "item", "total" or "result"."""
    keep = [0, 1, 3] if years_over else [0, 1, 2, 3]  # the two-level sheet has no projection
    out: list[tuple[str, str, list[str], str]] = []
    totals: list[list[int]] = []
    for section, items, total in _PARISH_SECTIONS:
        out.append(("section", section, [], ""))
        sums = [0, 0, 0, 0]
        for name, figures, note in items:
            sums = [s + (f or 0) for s, f in zip(sums, figures)]
            out.append(("item", name, [_pence(figures[k]) for k in keep], note))
        totals.append(sums)
        out.append(("total", total, [_pence(sums[k]) for k in keep], ""))
    result = [i - e for i, e in zip(*totals)]
    out.append(("result", "Surplus/(Deficit)", [_pence(result[k]) for k in keep], "From reserves"))
    return out


def parish_budget(path: Path, style: TableStyle, gridlines: bool = True, pound: str = "",
                  years_over: bool = False, figure_width: float = 64.0) -> dict:
    """A town/parish/community council's budget, one portrait page printed from a spreadsheet:
    a title in capitals over the sheet, an Item column, four figure columns (last year's budget,
    actual to December, projected to March, next year's budget) and a text Notes column; INCOME
    and EXPENDITURE as section rows without figures, each closed by its total; a final
    "Surplus/(Deficit)" row; negatives in brackets, blank cells and "-" for nil.

    `gridlines`: the spreadsheet's light grey gridlines printed round every cell of the sheet
    (header and section rows too), or no line at all; `pound`: "" (no sign), "header" (a second
    header row holding "£" over each figure column) or "column" ("£" in a narrow column of its own
    left of each figure); `years_over`: a two-level header, "2023/24" spanning Budget | Actual and
    "2024/25" over Budget (no projection column).

    Returns {"title", "columns", "rows" (items, totals and the result; sections excluded),
    "groups", "page"}; a figure with a sign in its own column reads "£ 24,500"."""
    pdf = StyledPDF(style, orientation="P")
    pdf.add_page()
    pdf.heading(PARISH_BUDGET_TITLE, 12)
    lines = _parish_lines(years_over)
    n_fig = 3 if years_over else 4
    sign_w = 10.0 if pound == "column" else 0.0
    item_w, fig_w, note_w = 150.0, figure_width, 104.0 if years_over else 95.0
    widths = [item_w]
    for _ in range(n_fig):
        widths += [sign_w, fig_w] if sign_w else [fig_w]
    widths.append(note_w)
    figure_cols = [1 + k * (2 if sign_w else 1) + (1 if sign_w else 0) for k in range(n_fig)]
    note_col = len(widths) - 1
    xs = [LEFT + sum(widths[:i]) for i in range(len(widths) + 1)]
    line = 13.0
    st = style

    def put(col: int, y: float, text: str, bold: bool = False, align: str = "L", span: int = 1) -> None:
        pdf.set_font(st.font, "B" if bold else "", st.size)
        pdf.set_xy(xs[col] + 2, y)
        pdf.cell(xs[col + span] - xs[col] - 4, line, text, align=align)

    # the header: one row (or two with the years spanning their columns) and an optional "£" row;
    # a heading wider than its cell wraps within it, as a spreadsheet's "wrap text" prints it
    y0 = pdf.get_y()
    y = y0
    fig_span = 2 if sign_w else 1
    merged_bottom = y0  # gridlines inside a merged year cell start below it
    if years_over:
        put(figure_cols[0] - (1 if sign_w else 0), y, "2023/24", True, "C", 2 * fig_span)
        put(figure_cols[2] - (1 if sign_w else 0), y, "2024/25", True, "C", fig_span)
        y += line
        merged_bottom = y
        heads = ["Budget", "Actual", "Budget"]
    else:
        heads = PARISH_BUDGET_COLUMNS[1:5]
    pdf.set_font(st.font, "B", st.size)
    wrapped = [[text for _, text in wrap(pdf, head, fig_w + sign_w - 4)] for head in heads]
    depth = max(len(w) for w in wrapped)
    put(0, y + (depth - 1) * line, "Item", True)
    for col, head_lines in zip(figure_cols, wrapped):
        for k, text in enumerate(head_lines):
            put(col - (1 if sign_w else 0), y + (depth - len(head_lines) + k) * line, text, True, "R", fig_span)
    put(note_col, y + (depth - 1) * line, "Notes", True)
    header_rows = [y0, merged_bottom] if years_over else [y0]  # the tops of the header's cells
    y += depth * line
    header_rows.append(y)
    if pound == "header":
        for col in figure_cols:
            put(col, y, "£", True, "R")
        y += line
    rows, groups, row_tops = [], [], []
    for kind, label, figures, note in lines:
        row_tops.append(y)
        bold = kind != "item"
        put(0, y, label, bold)
        if kind == "section":
            groups.append(label)
        for col, text in zip(figure_cols, figures):
            if sign_w and text:
                put(col - 1, y, "£", bold)
            put(col, y, text, bold, "R")
        put(note_col, y, note)
        if kind != "section":
            cells = [f"£ {f}" if sign_w and f else f for f in figures]
            rows.append([label, *cells, note])
        y += line
    if gridlines:
        # every cell of the printed range boxed in light grey, as a spreadsheet prints them
        pdf.set_draw_color(190, 190, 190)
        pdf.set_line_width(0.3)
        for top in header_rows + row_tops + [y]:
            pdf.line(xs[0], top, xs[-1], top)
        lead = 1 if sign_w else 0
        spans = [(figure_cols[0] - lead, 2 * fig_span), (figure_cols[2] - lead, fig_span)] if years_over else []
        # no gridline inside a merged cell: a year over its columns, a heading over a sign and its figure
        starts = {start + k: merged_bottom for start, n in spans for k in range(1, n)}
        starts.update({col: header_rows[-1] for col in figure_cols if sign_w})
        for i, x in enumerate(xs):
            pdf.line(x, starts.get(i, y0), x, y)
        pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(LEFT, y + 14)
    pdf.paragraph("Approved by the council on 16 January 2024. The precept is £25,750.")
    _save(pdf, path)
    columns = PARISH_BUDGET_COLUMNS_UNDER_YEARS if years_over else PARISH_BUDGET_COLUMNS
    if pound == "header":
        columns = [c if i in (0, len(columns) - 1) else f"{c} / £" for i, c in enumerate(columns)]
    return {"title": PARISH_BUDGET_TITLE, "columns": columns, "rows": rows, "groups": groups, "page": 1}

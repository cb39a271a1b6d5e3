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
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from fpdf import FPDF

from .pdf import wrap

__all__ = ["TableStyle", "RULED", "SHADED", "STYLES", "action_plan", "capital_programme", "work_programme",
           "forward_plan"]


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

    def __init__(self, style: TableStyle, running_header: str = "", page_heading: str = ""):
        super().__init__(orientation="L", unit="pt", format="A4")
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
        self.cell(self.w - LEFT - RIGHT, 10, f"Page {self.page_no()}", align="C")

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

"""Every knob of table finding in one documented object (like pdfplumber's `table_settings`).

Distances are in PDF points unless the name says otherwise; `*_em` values are multiples of the
font size of the text concerned, so they scale with the document.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class TableSettings:
    # ---- ruled tables (the "lines" strategy) ---------------------------------------------
    # rules closer than this (across their length) are the same line
    snap_tolerance: float = 2.5
    # collinear pieces of a rule separated by at most this gap are one rule
    join_tolerance: float = 3.0
    # a rule shorter than this is a tick or a glyph part, not a table border
    min_rule_length: float = 4.0
    # a horizontal and a vertical rule touch when they come this close
    intersection_tolerance: float = 3.0
    # a border between two grid cells is drawn when rules cover this share of it
    border_coverage: float = 0.5
    # a ruled table needs at least this many rows and columns of cells
    min_rows: int = 2
    min_cols: int = 2
    # column borders this close (points) are merged (header and body drawn slightly apart)
    column_merge_distance: float = 4.0

    # ---- unruled tables (the "text" strategy: columns from aligned text) -----------------
    text_strategy: bool = True
    # a gap between words wider than this many font sizes separates columns
    column_gap_em: float = 1.1
    # a table found from text needs this many lines with >= 2 aligned columns ...
    min_text_rows: int = 3
    # ... and this many columns (2-column "tables" must also hold short cells)
    min_text_cols: int = 2
    # cells of a 2-column text table hold at most this many words on average (prose guard)
    two_col_max_words: float = 6.0
    # a column gutter of a text table: a stretch at least this many font sizes wide that no
    # word of the table's lines covers (header lines at the top may span it)
    gutter_min_em: float = 0.4
    # below its header, at most this share of a text table's lines may run across its gutters
    # (section labels); more is running text with a few aligned gaps
    max_spanning_share: float = 0.3
    # text over a chart is no table: a text table may hold at most this many curves, dots and
    # images (or this many per row, for icons printed on each row)
    chart_min_marks: int = 12
    chart_marks_per_row: float = 3.0
    # horizontal rules at least this share of the page width long, stacked with the same extent
    # (within this share of the page width), frame a table drawn without vertical rules
    frame_rule_min_share: float = 0.15
    frame_rule_tolerance: float = 0.02
    # a vertical gap larger than this many line heights ends a text table
    max_row_gap_lines: float = 2.4

    # ---- rows and headers ------------------------------------------------------------------
    # at most this many rows at the top of a table are read as its header
    header_max_rows: int = 3
    # a cell whose lines are joined: a line break is "soft" (a wrap) when the next line's first
    # word would not have fitted on the line before it, within this slack (font sizes)
    wrap_slack_em: float = 1.0
    # bullet characters that start a list item inside a cell
    bullets: str = "•▪➢✓◦●○■□-–*"

    # ---- tables over several pages ------------------------------------------------------------
    # a table continues on the next page when it ends within this share of the page height
    # from the bottom of the body and the next page's table starts near its top
    continue_bottom_share: float = 0.25
    continue_top_share: float = 0.3
    # column borders of the two parts may differ by this share of the table width
    continue_column_tolerance: float = 0.03

    # ---- where not to look ---------------------------------------------------------------------
    # a page whose lines are mostly prose (one text run per line filling the measure) gets no
    # text-strategy tables; ruled tables are always looked for
    prose_line_share: float = 0.7

    def with_(self, **changes) -> "TableSettings":
        return replace(self, **changes)


DEFAULT_TABLE_SETTINGS = TableSettings()

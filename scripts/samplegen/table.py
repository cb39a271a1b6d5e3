"""Ruled tables drawn cell by cell, with rows that split across page breaks."""

from __future__ import annotations

from .pdf import BOTTOM, FONT, usable_width, wrap


class Table:
    """A ruled table drawn cell by cell, so that rows can split across pages like real plans.

    header_rows: list of rows, each a list of (text, colspan).  The header is repeated at the
    top of every page the table continues on.  Rows are dicts {"cells": [...]} or {"group": str}
    (a full-width shaded bar such as "Cabinet meeting - 23 July 2025").
    """

    def __init__(self, pdf, rel_widths, header_rows, font_size=8.5, lh=3.9, pad=1.3,
                 split_min_fit=2, split_min_lines=3):
        self.pdf = pdf
        total = sum(rel_widths)
        uw = usable_width(pdf)
        self.widths = [uw * w / total for w in rel_widths]
        self.header_rows = header_rows
        self.fs, self.lh, self.pad = font_size, lh, pad
        self.split_min_fit, self.split_min_lines = split_min_fit, split_min_lines
        self.pages: list[int] = []
        self.splits = 0

    # -- drawing primitives
    def _bottom(self):
        return self.pdf.h - BOTTOM

    def _draw_cell(self, x, y, w, h, lines, style="", fill=None, align="L"):
        pdf = self.pdf
        if fill:
            pdf.set_fill_color(*fill)
            pdf.rect(x, y, w, h, style="DF")
        else:
            pdf.rect(x, y, w, h)
        pdf.set_font(FONT, style, self.fs)
        for i, (off, s) in enumerate(lines):
            pdf.set_xy(x + self.pad + off, y + self.pad + i * self.lh)
            pdf.cell(w - 2 * self.pad - off, self.lh, s, align=align)

    def _header_height(self):
        pdf = self.pdf
        pdf.set_font(FONT, "B", self.fs)
        total = 0.0
        for hrow in self.header_rows:
            col = 0
            n = 1
            for text, span in hrow:
                w = sum(self.widths[col:col + span])
                n = max(n, len(wrap(pdf, text, w - 2 * self.pad)))
                col += span
            total += n * self.lh + 2 * self.pad
        return total

    def draw_header(self):
        pdf = self.pdf
        y = pdf.get_y()
        pdf.set_font(FONT, "B", self.fs)
        for hrow in self.header_rows:
            col = 0
            cells = []
            for text, span in hrow:
                w = sum(self.widths[col:col + span])
                cells.append((pdf.l_margin + sum(self.widths[:col]), w, wrap(pdf, text, w - 2 * self.pad)))
                col += span
            h = max(len(c[2]) for c in cells) * self.lh + 2 * self.pad
            for x, w, lines in cells:
                self._draw_cell(x, y, w, h, lines, style="B", fill=(210, 210, 210), align="C")
            y += h
        pdf.set_xy(pdf.l_margin, y)
        self._note_page()

    def _note_page(self):
        if not self.pages or self.pages[-1] != self.pdf.page:
            self.pages.append(self.pdf.page)

    def new_page(self):
        self.pdf.add_page(same=True)
        self.pdf.set_xy(self.pdf.l_margin, self.pdf.t_margin)
        self.draw_header()

    def min_start_height(self):
        """Space needed to start the table: header plus a few lines of the first row."""
        return self._header_height() + self.split_min_fit * self.lh + 2 * self.pad

    # -- rows
    def draw_rows(self, rows):
        """Draw rows; return, per row, the physical pages it was drawn on (None for groups)."""
        pdf = self.pdf
        pdf.set_auto_page_break(False)
        result = []
        for row in rows:
            if "group" in row:
                gh = self.lh + 2 * self.pad + 1
                if pdf.get_y() + gh + self.lh * self.split_min_fit + 2 * self.pad > self._bottom():
                    self.new_page()
                y = pdf.get_y()
                pdf.set_font(FONT, "B", self.fs + 1)
                self._draw_cell(pdf.l_margin, y, sum(self.widths), gh, [(0.0, row["group"])],
                                style="B", fill=(240, 240, 240))
                pdf.set_xy(pdf.l_margin, y + gh)
                result.append(None)
                continue
            pdf.set_font(FONT, "", self.fs)
            remaining = [wrap(pdf, str(t), w - 2 * self.pad) if t else []
                         for t, w in zip(row["cells"], self.widths)]
            total_lines = max(1, max(len(c) for c in remaining))
            pages = []
            while True:
                n = max(1, max(len(c) for c in remaining))
                h = n * self.lh + 2 * self.pad
                y = pdf.get_y()
                avail = self._bottom() - y
                if h <= avail:
                    self._draw_row(y, remaining, h)
                    pages.append(pdf.page)
                    pdf.set_xy(pdf.l_margin, y + h)
                    break
                fit = int((avail - 2 * self.pad) // self.lh)
                if fit >= self.split_min_fit and total_lines >= self.split_min_lines and n - fit >= 1:
                    part = [c[:fit] for c in remaining]
                    self._draw_row(y, part, avail)
                    pages.append(pdf.page)
                    remaining = [c[fit:] for c in remaining]
                    self.splits += 1
                    self.new_page()
                else:
                    self.new_page()
            self._note_page()
            result.append(pages)
        pdf.set_auto_page_break(True, margin=BOTTOM)
        return result

    def _draw_row(self, y, cells, h):
        x = self.pdf.l_margin
        for lines, w in zip(cells, self.widths):
            self._draw_cell(x, y, w, h, lines)
            x += w


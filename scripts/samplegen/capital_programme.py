"""The capital programme pair: a wide spreadsheet printed in two halves, version 1 and version 2.

Each directorate is printed on a pair of pages in the house style of the table builders
(`styles_tables.RULED`): the left half (Ref, Project and the first five spending columns) on one
page, the right half (Ref again, the later years, the total and the external funding) on the
next, the rows at the same heights on both, a directorate total row last. The changes from v1
to v2 are not declared by hand: they are every cell that differs between the two versions'
printed rows (totals included), with the column's printed header.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Optional

from .content.capital_programme import (
    COLUMNS,
    FUNDING,
    KEY,
    LEFT_COLUMNS,
    NAME,
    PROGRAMME_CHANGES,
    PROGRAMME_V1,
    RIGHT_COLUMNS,
    SPEND,
    TOTAL,
    TOTAL_LABEL,
)
from .content.meeting import COUNCIL
from .styles_tables import RULED, Grid, StyledPDF

Programme = list[tuple[str, list[tuple[str, str, list[int], int]]]]

LEFT_WIDTHS = [50.0, 230.0] + [85.0] * 5
RIGHT_WIDTHS = [50.0] + [90.0] * 5
TITLE = "CAPITAL PROGRAMME 2025/26 TO 2030/31"


def money(v: int) -> str:
    """A £000 figure as printed: thousands separated, nought as a dash."""
    return f"{v:,}" if v else "-"


def printed_rows(rows: list[tuple[str, str, list[int], int]]) -> list[dict[str, str]]:
    """A directorate's rows as printed, column header -> cell, its total row last."""
    out = []
    for ref, name, spend, funding in rows:
        cells = {KEY: ref, NAME: name, **{c: money(v) for c, v in zip(SPEND, spend)},
                 TOTAL: money(sum(spend)), FUNDING: money(funding)}
        out.append(cells)
    sums = [sum(r[2][i] for r in rows) for i in range(len(SPEND))]
    out.append({KEY: "", NAME: TOTAL_LABEL, **{c: money(v) for c, v in zip(SPEND, sums)},
                TOTAL: money(sum(sums)), FUNDING: money(sum(r[3] for r in rows))})
    return out


def make_programme_v2() -> Programme:
    """Version 1 with PROGRAMME_CHANGES applied."""
    programme = copy.deepcopy(PROGRAMME_V1)
    rows = {r[0]: (section, i) for section, (_, rs) in enumerate(programme) for i, r in enumerate(rs)}

    def edit(ref: str, name: Optional[str] = None, column: Optional[str] = None, value: int = 0) -> None:
        section, i = rows[ref]
        r, n, spend, funding = programme[section][1][i]
        spend = list(spend)
        if column == FUNDING:
            funding = value
        elif column:
            spend[SPEND.index(column)] = value
        programme[section][1][i] = (r, name or n, spend, funding)

    for f in PROGRAMME_CHANGES["figures"]:
        edit(f["ref"], column=f["column"], value=f["to"])
    for r in PROGRAMME_CHANGES["renamed"]:
        edit(r["ref"], name=r["to"])
    for r in PROGRAMME_CHANGES["removed"]:
        section, i = rows[r["ref"]]
        del programme[section][1][i]
    for a in PROGRAMME_CHANGES["added"]:
        section, _ = rows[a["after"]]
        refs = [r[0] for r in programme[section][1]]
        programme[section][1].insert(refs.index(a["after"]) + 1, copy.deepcopy(a["row"]))
    return programme


def render_programme(path: Path, programme: Programme, created: dt.datetime, edition: str) -> list[dict]:
    """Write one version; return per directorate its title, the pages of its halves and its rows."""
    pdf = StyledPDF(RULED, running_header=f"{COUNCIL} - Capital Programme - {edition}", page_heading=TITLE)
    pdf.set_creation_date(created)
    pdf.set_creator("agendapack scripts/make_samples.py")
    pdf.set_title(f"Capital Programme - {edition}")
    out = []
    for directorate, rows in programme:
        cells = printed_rows(rows)
        pages = []
        for columns, widths in ((LEFT_COLUMNS, LEFT_WIDTHS), (RIGHT_COLUMNS, RIGHT_WIDTHS)):
            pdf.add_page()
            pages.append(pdf.page_no())
            pdf.heading(directorate)
            grid = Grid(pdf, widths)
            grid.header([[(c, 1) for c in columns]])
            # one spreadsheet row: both halves print it at the height of the left half's row
            left = Grid(pdf, LEFT_WIDTHS)
            for row in cells:
                grid.row([row[c] for c in columns], height=left.row_height([row[c] for c in LEFT_COLUMNS]))
            assert grid.fits(0), f"{directorate} does not fit on one page"
        out.append({"title": directorate, "pages": pages, "columns": COLUMNS, "rows": cells})
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return out


def _keyed(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    """Rows by their Ref; the total row (no Ref) by its label."""
    return {r[KEY] or r[NAME]: r for r in rows}


def programme_changes(v1: list[dict], v2: list[dict]) -> list[dict]:
    """Every difference between the printed versions, directorate by directorate: rows added and
    removed, and each changed cell with its column's printed header (a figure with its delta)."""
    out: list[dict] = []
    new_by_title = {s["title"]: s for s in v2}
    for old_sec in v1:
        old, new = _keyed(old_sec["rows"]), _keyed(new_by_title[old_sec["title"]]["rows"])
        table = old_sec["title"]
        for k in old.keys() - new.keys():
            out.append({"table": table, "type": "removed", "ref": k, "project": old[k][NAME]})
        for k in new.keys() - old.keys():
            out.append({"table": table, "type": "added", "ref": k, "project": new[k][NAME]})
        for k in [k for k in old if k in new]:
            for column in COLUMNS:
                a, b = old[k][column], new[k][column]
                if a == b:
                    continue
                figure = column != NAME
                change = {"table": table, "type": "changed", "ref": old[k][KEY] or None,
                          "row": k, "column": column, "half": "left" if column in LEFT_COLUMNS else "right",
                          "old": a, "new": b, "kind": "money" if figure else "text"}
                if figure:
                    change["delta"] = _value(b) - _value(a)
                out.append(change)
    return out


def _value(text: str) -> int:
    return 0 if text == "-" else int(text.replace(",", ""))


def programme_truth(file: str, sections: list[dict]) -> dict:
    return {"file": file, "kind": "capital_programme", "columns": COLUMNS,
            "halves": {"left": LEFT_COLUMNS, "right": RIGHT_COLUMNS},
            "tables": [{"title": s["title"], "pages": {"first": s["pages"][0], "last": s["pages"][-1]},
                        "row_count": len(s["rows"]), "refs": [r[KEY] for r in s["rows"]]} for s in sections]}

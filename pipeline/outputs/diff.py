"""The outputs of a plan-version diff, all in one folder: diff.json (the record), diff.md and
diff.html (rendered from `templates/diff.*.j2`; the HTML with autoescaping on), and diff.csv, a
highlighter file in daff's conventions.

diff.csv: the first column is daff's action column: `@@` marks the header row, `+++` an added row,
`---` a removed row, `->` a changed (or renumbered) row whose changed cells read `old->new`, and
`:` a row moved to another group. Then the table, the group, the row's key and one column per
column name of the compared tables (the last part of a multi-row header); a cell the row did not
change is left empty. The action markers are written as daff writes them; every cell read from a
PDF goes through `exports.csv_cell`, so none is run as a formula.

Every file is written atomically, and only when its bytes change (`io.write_if_changed`).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Optional
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from agendapack.diff_model import Change, PackDiff, TableDiff
from agendapack.pipeline.outputs.exports import csv_cell
from agendapack.pipeline.outputs.io import dumps_json, write_if_changed
from agendapack.pipeline.outputs.summary import environment

# what a row is called in the summary line, by the kind of its table
ROW_NOUNS = {"action_plan": "actions", "forward_plan": "decisions", "work_programme": "meetings",
             "risk_register": "risks", "financial": "lines", "minutes": "minute items"}
# the summary line's phrases, in order: (count key, phrase)
SUMMARY_PHRASES = (
    ("added", "{n} {rows} added"), ("removed", "{n} removed"), ("renumbered", "{n} renumbered"),
    ("moved", "{n} moved"), ("date_slip", "{n} slipped"), ("date_forward", "{n} brought forward"),
    ("lead", "{n} re-assigned"), ("status", "{n} status changes"), ("target", "{n} targets changed"),
    ("money", "{n} figures changed"), ("text", "{n} text changes"),
)


def short_column(column: Optional[str]) -> str:
    """A column as a person names it: the last part of a header printed over several rows, with
    the part above it when the last part is only a unit ("2025-26 / £000s")."""
    parts = (column or "").split(" / ")
    if len(parts) > 1 and len(parts[-1]) <= 6 and re.search(r"[£$€%]", parts[-1]):
        return " / ".join(parts[-2:])
    return parts[-1]


def summary_line(diff: PackDiff) -> str:
    """'2 actions added, 1 removed, 3 slipped, 2 re-assigned, 15 text changes' (nothing: 'no changes')."""
    kinds = {t.kind for t in diff.tables if t.status == "paired"}
    rows = ROW_NOUNS.get(kinds.pop(), "rows") if len(kinds) == 1 else "rows"
    parts = [p.format(n=diff.summary.get(k, 0), rows=rows) for k, p in SUMMARY_PHRASES if diff.summary.get(k)]
    for status in ("added", "removed"):
        n = sum(t.status == status for t in diff.tables)
        if n:
            parts.append(f"{n} table{'s' if n > 1 else ''} {status} whole")
    return ", ".join(parts) if parts else "no changes"


def delta_text(change: Change) -> str:
    d = change.delta
    if d is None:
        return ""
    if d.days is not None:
        return f"{d.days:+d} days"
    if d.months is not None:
        return f"{d.months:+d} month{'s' if abs(d.months) != 1 else ''}"
    if d.amount is not None:
        amount = f"{d.amount:+,.2f}".rstrip("0").rstrip(".")
        return amount + (f" ({d.percent:+.1f}%)" if d.percent is not None else "")
    return ""


def groups_of(table: TableDiff) -> list[tuple[Optional[str], list[Change]]]:
    """The table's changes by group, groups in order of their first change."""
    out: list[tuple[Optional[str], list[Change]]] = []
    for c in table.changes:
        if out and out[-1][0] == c.group:
            out[-1][1].append(c)
        else:
            out.append((c.group, [c]))
    return out


class PageLinks:
    """`<pdf>#page=N` links to each version, relative to the folder the views are written in."""

    def __init__(self, old_pdf: Optional[str], new_pdf: Optional[str]):
        self.base = {"old": old_pdf, "new": new_pdf}

    def __call__(self, side: str, page: Optional[int]) -> Optional[str]:
        base = self.base.get(side)
        return f"{quote(base)}#page={page}" if base and page else None


def relative_link(pdf: Optional[Path], out_dir: Path) -> Optional[str]:
    import os

    if pdf is None:
        return None
    return Path(os.path.relpath(Path(pdf).resolve(), Path(out_dir).resolve())).as_posix()


def _context(diff: PackDiff, links: PageLinks) -> dict:
    return {"diff": diff, "summary": summary_line(diff), "groups_of": groups_of, "delta": delta_text,
            "short": short_column, "link": links}


def render_markdown(diff: PackDiff, links: PageLinks) -> str:
    text = environment().get_template("diff.md.j2").render(**_context(diff, links))
    lines: list[str] = []
    for ln in text.splitlines():
        if ln.strip() or (lines and lines[-1].strip()):
            lines.append(ln.rstrip())
    return "\n".join(lines).strip() + "\n"


def render_html(diff: PackDiff, links: PageLinks) -> str:
    env = Environment(loader=PackageLoader("agendapack.templates", "."), undefined=StrictUndefined,
                      autoescape=select_autoescape(default=True, default_for_string=True), keep_trailing_newline=True)
    return env.get_template("diff.html.j2").render(**_context(diff, links))


def _changed_cell(c: Change) -> str:
    return f"{c.old or ''}->{c.new or ''}"


def highlighter_rows(diff: PackDiff) -> list[list[str]]:
    """The rows of diff.csv, header first (module docstring)."""
    names: list[str] = []
    for t in diff.tables:
        for c in t.changes:
            for col in ([c.column] if c.column else []) + list(c.old.keys() if isinstance(c.old, dict) else []) + \
                    list(c.new.keys() if isinstance(c.new, dict) else []):
                if short_column(col) not in names:
                    names.append(short_column(col))
    out = [["@@", "table", "group", "key", *names]]
    for t in diff.tables:
        title = t.new_title or t.old_title or ""
        row: Optional[list[str]] = None
        current: Optional[tuple] = None
        for c in t.changes:
            ident = (c.old_key, c.new_key, c.old_page, c.new_page, c.group)
            if c.type in ("added", "removed"):
                cells = c.new if c.type == "added" else c.old
                line = ["+++" if c.type == "added" else "---", title, c.group or "", c.key or ""] + [""] * len(names)
                for col, value in (cells or {}).items() if isinstance(cells, dict) else []:
                    line[4 + names.index(short_column(col))] = value
                out.append(line)
                current = None
                continue
            if current != ident or row is None:
                row = ["->", title, c.group or "", c.key or ""] + [""] * len(names)
                out.append(row)
                current = ident
            if c.type == "renumbered":
                row[3] = f"{c.old_key}->{c.new_key}"
            elif c.type == "moved":
                row[0] = ":" if row[0] == "->" and not any(row[4:]) else row[0]
                row[2] = f"{c.old or ''}->{c.new or ''}"
            else:
                row[0] = "->"
                row[4 + names.index(short_column(c.column))] = _changed_cell(c)
    return out


def highlighter_csv(diff: PackDiff) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for n, line in enumerate(highlighter_rows(diff)):
        writer.writerow(line if n == 0 else [line[0]] + [csv_cell(v) for v in line[1:]])
    return buf.getvalue().encode("utf-8")


def write_diff(diff: PackDiff, out_dir: str | Path, old_pdf: Optional[Path] = None,
               new_pdf: Optional[Path] = None) -> list[Path]:
    """Write diff.json, diff.md, diff.html and diff.csv into `out_dir`; returns their paths.
    `old_pdf`/`new_pdf`: the PDFs the views link pages into (none: no page links)."""
    out_dir = Path(out_dir)
    links = PageLinks(relative_link(old_pdf, out_dir), relative_link(new_pdf, out_dir))
    files = {
        "diff.csv": highlighter_csv(diff),
        "diff.md": render_markdown(diff, links).encode("utf-8"),
        "diff.html": render_html(diff, links).encode("utf-8"),
        # the record last: once it is there, every view derived from it is too
        "diff.json": dumps_json(diff.model_dump(mode="json")).encode("utf-8"),
    }
    for name, data in files.items():
        write_if_changed(out_dir / name, data)
    return [out_dir / name for name in files]

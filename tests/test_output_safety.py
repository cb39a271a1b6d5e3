"""Outputs are safe for their consumers: PDF text renders as inert Markdown, table CSVs do not run
as spreadsheet formulas, and output files get the permissions the umask allows."""

import csv
import html
import json
import os
import stat
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from agendapack.model import (
    Action,
    AgendaItem,
    Attendee,
    Contact,
    Document,
    Meeting,
    MinuteItem,
    Minutes,
    MinutesMeeting,
    Pack,
    PageSpan,
    Person,
    Resolution,
    SourceFile,
    Table,
    TableRow,
    VoteCounts,
    VoteEvent,
)
from agendapack.pipeline.outputs.exports import write_table_files
from agendapack.pipeline.outputs.summary import render_summary

ROOT = Path(__file__).resolve().parents[1]

# ---- Markdown summary ----------------------------------------------------------------------------


def _pack(s: str) -> Pack:
    """A pack whose every text read from a PDF is `s`."""
    span = PageSpan(first=1, last=2)
    return Pack(
        source=SourceFile(file=s, sha256="0" * 64, pages=2),
        # model_construct: the model refuses a date or time that is not one, but a renderer must
        # stay safe whatever a record (say, one edited by hand) holds
        meeting=Meeting.model_construct(
            council=s, body=s, date=s, start_time=s, venue=s,
            members=[Person(name=s, role=s, page=1)],
            contact=Contact(name=s, email=s, page=1),
        ),
        agenda=[AgendaItem(number=s, title=s, pages=span, page=1)],
        documents=[Document(kind="report", title=s, agenda_item=s, pages=span)],
        minutes=[Minutes(
            meeting=MinutesMeeting.model_construct(date=s), pages=span,
            attendance=[Attendee(name=s, status="present", page=1)],
            items=[MinuteItem(
                number=s, title=s, agenda_item=s, pages=span,
                resolutions=[Resolution(number=s, text=s, page=1)],
                votes=[VoteEvent(result="carried", counts=VoteCounts(yes=5, no=4), page=1)],
            )],
        )],
        tables=[Table(id="table-01", title=s, pages=span, columns=[s], rows=[TableRow(cells={s: s}, pages=span)])],
        actions=[Action(ref=s, action=s, lead=s, end_text=s, status=s, table="table-01", page=1)],
        warnings=[s],
    )


class _Html(HTMLParser):
    """The elements (tag and attributes, in order) and the visible text of an HTML fragment."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple] = []
        self.text: list[str] = []
        self.feed(source)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _to_html(markdown: str) -> str:
    # CommonMark with raw HTML on, plus GFM tables and strikethrough; every link destination
    # allowed, as a renderer that does not filter them would
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    md.validateLink = lambda url: True
    return md.render(markdown)


MARKER = "plaintext"
HOSTILE = [
    "<script>alert(1)</script>",
    "[click](javascript:alert(1))",
    "<img src=x onerror=alert(1)>",
    "{{ 7*7 }}",
    "| a | b |",
    "<javascript:alert(1)>",
    "<http://example.org>",
    "![x](javascript:alert(1))",
    "[x]: javascript:alert(1)",
    "a &amp; b &lt;i&gt;",
    "Black & Veatch &copy; &#169; &#xA9;",
    "*em* _em_ `code` ~~del~~",
    "back\\slash \\[x](y)",
    "- bullet",
    "+ plus",
    "1. ordered",
    "2) ordered",
    "# heading",
    "> quote",
    "---",
    "===",
    "```",
    "    indented",
    "two\nlines\n# heading",
]


@pytest.mark.parametrize("s", HOSTILE)
def test_pdf_text_renders_as_inert_markdown(s):
    rendered = _to_html(render_summary(_pack(s)))
    plain = _to_html(render_summary(_pack(MARKER)))
    got, want = _Html(rendered), _Html(plain)
    # the same elements as for a plain word in every field, and the text shown as it was read
    # (whitespace, line breaks included, collapses to one space as everywhere in Markdown)
    assert got.tags == want.tags
    assert "".join(got.text) == "".join(want.text).replace(MARKER, " ".join(s.split()))


def test_script_links_and_templates_from_a_pdf_stay_text():
    s = "<script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)> {{ 7*7 }} | a | b |"
    rendered = _to_html(render_summary(_pack(s)))
    assert "<script" not in rendered and "<img" not in rendered and "<a " not in rendered
    assert "javascript:" not in "".join(v or "" for _, attrs in _Html(rendered).tags for _, v in attrs)
    text = html.unescape(rendered)
    assert "{{ 7*7 }}" in text and "49" not in text
    assert "| a | b |" in text


def test_ordinary_titles_stay_readable_markdown():
    s = "Roll Call & Quorum: Children's Services - 2025/26 (1.1) #3, $5 + 10% = ok!"
    pack = _pack(MARKER).model_copy(update={"agenda": [AgendaItem(number="1.1", title=s, page=1)]})
    assert f"| 1.1 | {s} |  | public |" in render_summary(pack)


# ---- CSV ---------------------------------------------------------------------------------------

CELLS = {
    "formula": '=HYPERLINK("http://x","y")',
    "plus": "+cmd",
    "at": "@SUM(A1)",
    "negative": "-1,234",
    "percent": "-5%",
    "decimal": "+0.5",
    "bracketed": "(1,234)",
    "bullet": "- bullet text",
    "nil": "-",
    "tab": "\t=1",
    "return": "\r=1",
    "plain": "Highways",
}
# as written: quoted unless a plain number; a carriage return as the line feed CSV quoting knows
WRITTEN = {
    **CELLS,
    "formula": "'" + CELLS["formula"],
    "plus": "'+cmd",
    "at": "'@SUM(A1)",
    "bullet": "'- bullet text",
    "tab": "'\t=1",
    "return": "'\n=1",
}


def _table_pack(columns: list[str], cells: dict[str, str], group: str = "") -> Pack:
    span = PageSpan(first=1, last=1)
    return Pack(
        source=SourceFile(file="t.pdf", sha256="0" * 64, pages=1),
        tables=[Table(id="table-01", pages=span, columns=columns, rows=[TableRow(cells=cells, group=group, pages=span)])],
    )


def test_csv_cells_that_would_run_as_formulas_are_quoted_and_numbers_are_not(tmp_path):
    import pandas as pd

    write_table_files(_table_pack(list(CELLS), CELLS, group="=1+1"), tmp_path)
    with open(tmp_path / "table-01.csv", newline="", encoding="utf-8") as fh:
        (row,) = list(csv.DictReader(fh))
    assert {name: row[name] for name in CELLS} == WRITTEN
    assert row["group"] == "'=1+1"
    # Parquet is typed data, not evaluated: it keeps the cells as read
    frame = pd.read_parquet(tmp_path / "table-01.parquet")
    assert frame.loc[0, list(CELLS)].tolist() == list(CELLS.values())


def test_csv_header_cells_are_quoted_too(tmp_path):
    write_table_files(_table_pack(["=cmd", "-5"], {"=cmd": "x", "-5": "y"}), tmp_path)
    header = (tmp_path / "table-01.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "'=cmd,-5,group,first_page,last_page"


# ---- file modes --------------------------------------------------------------------------------

WRITE_OUTPUTS = """
import sys
from agendapack.model import Pack, PageSpan, SourceFile, Table, TableRow
from agendapack.pipeline.outputs.exports import write_table_files
from agendapack.pipeline.outputs.io import dumps_json, write_if_changed

span = PageSpan(first=1, last=1)
pack = Pack(source=SourceFile(file="t.pdf", sha256="0" * 64, pages=1),
            tables=[Table(id="table-01", pages=span, columns=["a"], rows=[TableRow(cells={"a": "1"}, pages=span)])])
write_table_files(pack, sys.argv[1])
write_if_changed(sys.argv[1] + "/pack.json", dumps_json(pack.model_dump(mode="json")).encode())
"""


@pytest.mark.skipif(os.name != "posix", reason="file modes and umask are POSIX")
@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_output_files_get_the_mode_the_umask_allows(tmp_path, umask, mode):
    out = tmp_path / "pack"
    subprocess.run([sys.executable, "-c", WRITE_OUTPUTS, str(out)], check=True, cwd=ROOT, umask=umask)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["pack.json", "table-01.csv", "table-01.parquet"]
    assert {n: oct(stat.S_IMODE((out / n).stat().st_mode)) for n in names} == {n: oct(mode) for n in names}
    assert json.loads((out / "pack.json").read_text())["tables"][0]["id"] == "table-01"

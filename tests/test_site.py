"""`agendapack site` without a browser: the pages, what they say, their links and downloads,
escaping of text read from PDFs, and `agendapack summary --format html`. Expected values for the
Kent minutes were read from the PDF (pdftotext -layout), not from the program's output."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from click.testing import CliRunner

from agendapack.pipeline.cli import main
from agendapack.pipeline.site import build_site
from tests import test_site_fixtures as fixtures
from tests.test_site_fixtures import DIFF_FOLDER, HOSTILE_FOLDER, HOSTILE_SCRIPT, HOSTILE_TEMPLATE

# the session's parsed folder and site, shared with the browser test
parsed_out, built_site = fixtures.parsed_out, fixtures.built_site

HREF = re.compile(r'(?:href|src)="([^"]*)"')
KENT_PAGE = "meetings/kent_county-council_2025-02-13_minutes-105fa16b.html"


def internal_targets(site: Path):
    """(page, href, file the link resolves to, fragment) of every link that stays in the site."""
    for page in sorted(site.rglob("*.html")):
        for href in HREF.findall(page.read_text(encoding="utf-8")):
            href = html.unescape(href)
            parts = urlsplit(href)
            if parts.scheme == "data":  # inline (the empty icon that spares a request for /favicon.ico)
                continue
            if parts.scheme or parts.netloc:
                yield page, href, None, parts.fragment
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            yield page, href, target, parts.fragment


def test_every_internal_link_and_page_link_resolves(built_site):
    site = built_site.site.resolve()
    seen_pdf_pages = 0
    for page, href, target, fragment in internal_targets(site):
        assert target is not None, f"{page.name}: link leaves the site: {href}"
        assert target.is_relative_to(site), f"{page.name}: {href} points outside the site"
        assert target.is_file(), f"{page.name}: {href} -> {target} is missing"
        if fragment.startswith("page="):
            seen_pdf_pages += 1
            assert target.suffix == ".pdf" and int(fragment[5:]) >= 1
        elif fragment and target.suffix == ".html":
            assert f'id="{fragment}"' in target.read_text(encoding="utf-8"), f"{page.name}: #{fragment} not in {target.name}"
    assert seen_pdf_pages > 100


def test_index_lists_meetings_with_decision_and_vote_counts(built_site):
    index = (built_site.site / "index.html").read_text(encoding="utf-8")
    row = re.search(r'<tr>(?:(?!</tr>).)*kent_county-council_2025-02-13_minutes\.pdf(?:(?!</tr>).)*</tr>', index, re.S)
    assert row, "the Kent minutes are listed"
    # 2025-02-13; item 290 has one recorded vote, item 291 seven (each 'For (n) ... Against (n)' with names)
    assert "2025-02-13" in row.group(0)
    counts = re.findall(r'<td class="num"[^>]*>(\d+)</td>', row.group(0))
    assert counts[1] == "8"
    assert 'id="q"' in index and 'role="search"' in index


def test_meeting_page_shows_recorded_vote_with_named_voters_and_source_page(built_site):
    page = (built_site.site / KENT_PAGE).read_text(encoding="utf-8")
    # item 290, Section 25 Report: For (57) Against (0) Abstain (2): Mr B Lewis, Mr D Ross (page 3)
    vote = page[page.index('id="vote-0-4-0"'):]
    vote = vote[:vote.index("</details>")]
    assert "For 57" in vote and "Against 0" in vote and "Abstain 2" in vote
    assert re.search(r'aria-label="For 57, Against 0, Abstain 2"', vote)
    assert "B Lewis" in vote and "D Ross" in vote and "<details>" in vote
    assert 'kent_county-council_2025-02-13_minutes.pdf#page=3"' in vote
    # the member pages: a voter named in the vote links to the member, who is listed as voting
    assert "../members/" in vote


def test_member_page_lists_attendance_and_named_votes(built_site):
    members = sorted((built_site.site / "members").glob("Kent_County_Council-*Lewis*.html"))
    assert members, "B Lewis has a member page"
    text = members[0].read_text(encoding="utf-8")
    assert "Section 25 Report" in text and "Abstain" in text
    data = json.loads(members[0].with_suffix(".json").read_text(encoding="utf-8"))
    assert any(r["record"] == "vote" and r["value"] == "abstain" for r in data["records"])


def test_plan_page_has_filters_groups_and_rows(built_site):
    page = (built_site.site / "plans" / "kent_ics-delivery-plan-priorities-and-measures_2025-01-30-98ebc1f7.html")
    text = page.read_text(encoding="utf-8")
    assert 'id="f-lead"' in text and 'id="f-status"' in text and 'id="f-date"' in text
    assert 'class="group"' in text and 'scope="colgroup"' in text
    assert text.count('class="row"') > 50


def test_pdf_text_with_markup_and_template_syntax_shows_as_text(built_site):
    page = (built_site.site / "meetings" / f"{HOSTILE_FOLDER}.html").read_text(encoding="utf-8")
    assert HOSTILE_SCRIPT not in page
    assert html.escape(HOSTILE_SCRIPT, quote=False) in page
    assert HOSTILE_TEMPLATE in page and "49" not in page
    index = (built_site.site / "search-index.js").read_text(encoding="utf-8")
    assert "</script>" not in index


def test_diff_page_shows_summary_then_old_and_new(built_site):
    page = (built_site.site / "diffs" / f"{DIFF_FOLDER}.html").read_text(encoding="utf-8")
    summary = page.index('id="summary-heading"')
    assert summary < page.index("September 2026")
    assert "<strong>1</strong> date slip" in page and "<strong>1</strong> lead" in page
    assert "<del>March 2026</del>" in page and "<ins>September 2026</ins>" in page
    assert HOSTILE_SCRIPT not in page
    assert (built_site.site / "data" / f"diff-{DIFF_FOLDER}" / "diff.json").is_file()
    # the real diff of the sample plan's versions, with links into both PDFs copied into the site
    real = (built_site.site / "diffs" / "plan-diff.html").read_text(encoding="utf-8")
    assert "eastbrook_improvement-plan_v2_2025-10.pdf#page=" in real


def test_downloads_and_database(built_site, tmp_path):
    page = (built_site.site / KENT_PAGE).read_text(encoding="utf-8")
    assert "pack.json" in page and "decisions.csv" in page
    plan = (built_site.site / "meetings" / "kent_ics-delivery-plan-priorities-and-measures_2025-01-30-98ebc1f7.html")
    assert "table-03.csv" in plan.read_text(encoding="utf-8")
    assert "council.db" not in page
    # with a database in OUT (from `publish`), every page offers it
    out = tmp_path / "out"
    (out / "one").mkdir(parents=True)
    kent = next(built_site.out.glob("kent_county-council_*/pack.json"))
    (out / "one" / "pack.json").write_bytes(kent.read_bytes())
    (out / "council.db").write_bytes(b"SQLite format 3\0")
    build_site(out, tmp_path / "site")
    assert (tmp_path / "site" / "data" / "council.db").is_file()
    assert 'href="../data/council.db"' in (tmp_path / "site" / "meetings" / "one.html").read_text(encoding="utf-8")
    # no PDF folder given: page numbers without links
    assert "#page=" not in (tmp_path / "site" / "meetings" / "one.html").read_text(encoding="utf-8")


def test_site_command_and_summary_html(built_site, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["site", str(built_site.out), "-o", str(tmp_path / "s"), "--pdfs", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "s" / "index.html").is_file()
    kent = next(built_site.out.glob("kent_county-council_*/pack.json"))
    result = runner.invoke(main, ["summary", "--format", "html", str(kent)])
    assert result.exit_code == 0, result.output
    # the meeting page's template, on its own: style inlined, the same vote, links to the PDF beside it
    assert result.output.startswith("<!DOCTYPE html>") and "<style>" in result.output
    assert 'aria-label="For 57, Against 0, Abstain 2"' in result.output
    assert 'href="kent_county-council_2025-02-13_minutes.pdf#page=3"' in result.output
    md = runner.invoke(main, ["summary", str(kent)])
    assert md.exit_code == 0 and md.output.startswith("# ")

"""The site in a real browser: headless Chromium (Debian's `chromium` package) driven by
Playwright, over the site served on 127.0.0.1. Every page loads with no console error and no
failed request, the search finds a resolution by a word from it, the plan filter hides rows,
text from a PDF holding `<script>` shows as text, and screenshots of the index, a meeting page
and a diff page are saved at desktop and phone widths under out/screenshots/.

Run it locally: `apt-get install chromium`, `pip install -e ".[site-test]"`, then
`python -m pytest tests/test_site_browser.py`. Playwright never downloads a browser here. Without
chromium the test fails when CI=true and is skipped otherwise."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests import test_site_fixtures as fixtures
from tests.test_site_fixtures import DIFF_FOLDER, HOSTILE_FOLDER, HOSTILE_SCRIPT

parsed_out, built_site = fixtures.parsed_out, fixtures.built_site

SCREENSHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"
WIDTHS = {"desktop": 1280, "phone": 375}
KENT_MEETING = "meetings/kent_county-council_2025-02-13_minutes-105fa16b.html"
SAMPLE_MEETING = "meetings/eastbrook_children-committee_2025-07-15_pack-4e2ff217.html"
KENT_PLAN = "plans/kent_ics-delivery-plan-priorities-and-measures_2025-01-30-98ebc1f7.html"


def _chromium() -> str:
    path = shutil.which("chromium")
    if path:
        return path
    reason = "Debian's chromium is not installed (apt-get install -y chromium)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason}: the site's browser test must run in CI", pytrace=False)
    pytest.skip(reason)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass


@pytest.fixture(scope="module")
def server(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site.site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[site-test]'")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, headless=True)
        yield b
        b.close()


class PageWatch:
    """A page that records console errors, page errors and failed or non-2xx requests."""

    def __init__(self, browser, base: str, width: int = WIDTHS["desktop"]):
        self.base = base
        self.problems: list[str] = []
        self.outside: list[str] = []
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url} {r.failure}"))
        self.page.on("response", lambda r: r.status >= 400 and self.problems.append(f"{r.status}: {r.url}"))
        self.page.on("request", lambda r: not r.url.startswith(base) and self.outside.append(r.url))

    def open(self, path: str):
        self.page.goto(self.base + path, wait_until="load")
        return self.page

    def close(self):
        self.page.close()


def _site_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def test_every_page_loads_cleanly_and_stays_in_the_site(browser, server, built_site):
    watch = PageWatch(browser, server)
    pages = _site_pages(built_site.site)
    assert len(pages) > 20
    for path in pages:
        watch.open(path)
        # every link in the page, as the browser resolved it, is a file of the site
        for href in watch.page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
            parts = urlsplit(href)
            assert href.startswith(server), f"{path}: link outside the site: {href}"
            target = built_site.site / parts.path[len(urlsplit(server).path):]
            assert target.is_file(), f"{path}: {href} is not a file of the site"
            if parts.fragment.startswith("page="):
                assert target.suffix == ".pdf"
    assert watch.problems == [], watch.problems[:10]
    assert watch.outside == [], watch.outside[:10]
    watch.close()


def test_search_finds_a_resolution_by_a_word_from_it(browser, server):
    watch = PageWatch(browser, server)
    page = watch.open("index.html")
    # a word found nowhere: no results, said in words
    page.fill("#q", "zzzqqqxx")
    page.wait_for_function("document.getElementById('search-status').textContent.includes('No results')")
    # the sample minutes, item 17: "The Committee's major review for 2025/26 be 'Supporting Young
    # Carers in Eastbrook Schools'."
    page.fill("#q", "carers")
    page.wait_for_selector("#results li")
    hits = page.eval_on_selector_all("#results li a", "els => els.map(e => [e.textContent, e.getAttribute('href')])")
    assert any("SELECTION OF REVIEW TOPIC" in text.upper() and href.startswith(SAMPLE_MEETING) for text, href in hits), hits
    # the result leads to the minute item, which shows the resolution
    target = next(href for text, href in hits if href.startswith(SAMPLE_MEETING))
    page.click(f'#results a[href="{target}"]')
    page.wait_for_load_state("load")
    fragment = urlsplit(page.url).fragment
    assert "Supporting Young Carers in Eastbrook Schools" in page.inner_text(f"#{fragment}")
    assert watch.problems == []
    watch.close()


def test_pdf_text_with_markup_shows_as_text(browser, server):
    watch = PageWatch(browser, server)
    page = watch.open(f"meetings/{HOSTILE_FOLDER}.html")
    assert page.evaluate("window.__injected") is None
    assert HOSTILE_SCRIPT in page.inner_text("h1")
    assert "{{ 7*7 }}" in page.inner_text("main")
    # the same text found by the search shows as text in the results
    index = watch.open("index.html")
    index.fill("#q", "scrutiny")
    index.wait_for_selector("#results li")
    assert HOSTILE_SCRIPT in index.inner_text("#results")
    assert index.evaluate("window.__injected") is None
    assert watch.problems == []
    watch.close()


def test_plan_filter_hides_rows_and_highlights_late_ones(browser, server):
    watch = PageWatch(browser, server)
    page = watch.open(KENT_PLAN)
    total = page.locator("tr.row").count()
    lead = page.eval_on_selector("#f-lead", "s => s.options[1].value")
    page.select_option("#f-lead", lead)
    shown = page.locator("tr.row:not([hidden])")
    assert 0 < shown.count() < total
    assert all(v == lead for v in shown.evaluate_all("rows => rows.map(r => r.dataset.lead)"))
    page.select_option("#f-lead", "")
    page.fill("#f-date", "2025-01-01")
    late = page.locator("tr.row.slipping").count()
    page.fill("#f-date", "2030-01-01")
    assert page.locator("tr.row.slipping").count() < late
    assert watch.problems == []
    watch.close()


def test_screenshots_at_desktop_and_phone_width(browser, server):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for label, width in WIDTHS.items():
        watch = PageWatch(browser, server, width)
        for name, path in (("index", "index.html"), ("meeting", KENT_MEETING), ("diff", f"diffs/{DIFF_FOLDER}.html"),
                           ("plan", KENT_PLAN)):
            page = watch.open(path)
            # nothing wider than the screen but the tables, which scroll inside their own box
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 1, f"{path} at {width}px is {overflow}px wider than the screen"
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{label}.png"), full_page=False)
        assert watch.problems == []
        watch.close()
    assert len(list(SCREENSHOTS.glob("*-phone.png"))) >= 3

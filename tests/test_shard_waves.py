"""Page waves (`pipeline.shards.PageWaves`): a PDF longer than `jobs * shard_pages` pages is read
twice by `jobs` processes, a chunk of at most `shard_pages` pages at a time, instead of being kept
by ever more shards. The records must be the ones one process gives, no more than `jobs` shard
processes may exist at once, and no process may read more than `shard_pages` pages at a time.
Also the page limit (`Settings.max_pages`)."""

from __future__ import annotations

import datetime
import multiprocessing
import os
import time
from pathlib import Path

import pytest
from fpdf import FPDF

import agendapack.pipeline.shards as shards
from agendapack.extractors.pdf.reader import PageReader
from agendapack.extractors.pdf.types import PdfError
from agendapack.extractors.tables.settings import DEFAULT_TABLE_SETTINGS
from agendapack.pipeline.config import Settings
from agendapack.pipeline.run.batch import parse_files
from agendapack.pipeline.stages import parse_pack

needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="the counts and failures are taken in forked shard processes")

PAGES = 30
# one process reading every page itself: the reference
ONE = Settings(jobs=1, parallel_min_pages=10**9, shard_pages=10**9, spacy_model="blank")
# 30 pages, two jobs of 4 pages: far past what two shards keep, so the pages are read in waves
WAVES = Settings(jobs=2, parallel_min_pages=2, shard_pages=4, spacy_model="blank")


_CREATED = datetime.datetime(2025, 9, 1, tzinfo=datetime.timezone.utc)


class _Paper(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 4, "Wexcombe District Council - Cabinet - 10 September 2025", align="R")
        self.ln(10)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 4, f"Page {self.page_no()}", align="C")


def _long_pdf(path: Path) -> Path:
    """A 30-page paper: running header and page-number footer on every page (furniture the text
    layer moves out of the body), paragraphs, a blank separator page, and ruled tables, one of
    them running over four pages."""
    pdf = _Paper()
    pdf.set_creation_date(_CREATED)
    pdf.set_auto_page_break(True, margin=20)
    for page in range(1, 11):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 8, f"{page}. Report of the Director of Place, part {page}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        for n in range(1, 9):
            pdf.multi_cell(0, 5, f"{page}.{n} The Cabinet is asked to note the position on scheme {page}{n}, "
                                 f"which has been reviewed by the Overview and Scrutiny Committee and costs "
                                 f"GBP {page * 1000 + n * 37:,}.", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()  # a separator page: not searched for tables
    pdf.set_font("Helvetica", size=10)
    pdf.cell(0, 8, "This page is intentionally left blank", align="C")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Appendix A: Capital programme 2025-26", new_x="LMARGIN", new_y="NEXT")
    widths = (20, 80, 30, 30, 30)
    pdf.set_font("Helvetica", "B", 9)
    for w, head in zip(widths, ("Ref", "Scheme", "Budget", "Spent", "Forecast")):
        pdf.cell(w, 7, head, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", size=9)
    for row in range(1, 131):  # four pages of rows: the table runs across page breaks
        for w, text in zip(widths, (f"CP{row:03}", f"Highways maintenance scheme {row}", f"{row * 1250:,}",
                                    f"{row * 610:,}", f"{row * 1190:,}")):
            pdf.cell(w, 7, text, border=1)
        pdf.ln()
    while pdf.page_no() < PAGES:
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(0, 5, "\n".join(f"Action {pdf.page_no()}.{n}: the officer will report back to the "
                                       f"Committee by the end of quarter {n % 4 + 1}." for n in range(1, 15)))
        pdf.ln(4)
        pdf.set_font("Helvetica", size=9)
        for row in range(4):
            for w, text in zip(widths, (f"A{row}", f"Measure {pdf.page_no()}-{row}", f"{row}", f"{row * 2}", "On track")):
                pdf.cell(w, 7, text, border=1)
            pdf.ln()
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory) -> Path:
    path = _long_pdf(tmp_path_factory.mktemp("waves") / "wexcombe_cabinet_long-report.pdf")
    with PageReader(path) as reader:
        assert reader.total == PAGES
    return path


@pytest.fixture(scope="module")
def reference(long_pdf) -> dict:
    return parse_pack(long_pdf, ONE).model_dump()


class _Starts:
    """Counts the processes started while it is installed, and the most alive at once: the count
    can only grow when a process starts, so looking at each start sees the most there were."""

    def __init__(self):
        self.started: list[multiprocessing.process.BaseProcess] = []
        self.most_alive = 0


@pytest.fixture
def starts(monkeypatch) -> _Starts:
    seen = _Starts()
    real_start = multiprocessing.process.BaseProcess.start

    def start(self):
        real_start(self)
        seen.started.append(self)
        seen.most_alive = max(seen.most_alive, sum(p.is_alive() for p in seen.started))

    monkeypatch.setattr(multiprocessing.process.BaseProcess, "start", start)
    return seen


@pytest.fixture
def chunk_cap(monkeypatch):
    """Each opening of the PDF in a shard process reads at most `shard_pages` pages (an
    assertion raised there fails the parse)."""

    class CappedReader(PageReader):
        most = 0

        def pages(self, numbers=None):
            wanted = list(numbers) if numbers is not None else list(range(1, self.total + 1))
            assert len(wanted) <= CappedReader.most, f"{len(wanted)} pages read at once"
            return super().pages(wanted)

    monkeypatch.setattr(shards, "PageReader", CappedReader)
    return CappedReader


def test_chunks_are_stretches_of_pages_at_most_the_cap():
    assert shards.page_chunks(range(1, 11), 4) == [[1, 2, 3], [4, 5, 6], [7, 8, 9, 10]]
    assert shards.page_chunks(range(1, 9), 4) == [[1, 2, 3, 4], [5, 6, 7, 8]]
    assert shards.page_chunks(range(1, 3), 60) == [[1, 2]]
    assert shards.page_chunks([], 4) == []
    chunks = shards.page_chunks(range(1, 2001), 60)
    assert len(chunks) == 34 and max(map(len, chunks)) <= 60 and sum(chunks, []) == list(range(1, 2001))


def test_the_waves_take_over_past_what_jobs_shards_keep(long_pdf):
    # two jobs of 15 pages keep 30 pages; one job keeps two shards' worth (KEPT_SHARDS)
    cases = [(2, 15, shards.PageShards), (2, 14, shards.PageWaves), (1, 15, shards.PageShards),
             (1, 14, shards.PageWaves), (3, 4, shards.PageWaves), (3, 10, shards.PageShards)]
    for jobs, most, kind in cases:
        opened = shards.start_shards(long_pdf, PAGES, jobs, "pdfium", most)
        try:
            assert type(opened) is kind, (jobs, most)
        finally:
            opened.close()
    assert multiprocessing.active_children() == []


@needs_fork
@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_waves_give_the_records_of_one_process_with_jobs_processes_at_most(
        long_pdf, reference, starts, chunk_cap, jobs):
    chunk_cap.most = WAVES.shard_pages
    record = parse_pack(long_pdf, WAVES.with_(jobs=jobs)).model_dump()
    assert record == reference
    assert any(t["pages"]["last"] > t["pages"]["first"] for t in record["tables"])  # joined across pages
    assert record["source"]["blank_pages"] and record["source"]["printed_pages"]
    assert len(starts.started) == jobs  # the same workers read both passes
    assert starts.most_alive <= jobs
    assert multiprocessing.active_children() == []


@needs_fork
def test_kept_shards_still_start_no_more_than_the_pages_need(long_pdf, reference, starts):
    # up to jobs * shard_pages pages the shards keep their pages, as before: two of 15 pages
    assert parse_pack(long_pdf, WAVES.with_(shard_pages=15)).model_dump() == reference
    assert len(starts.started) == 2 and starts.most_alive == 2


@pytest.mark.parametrize("rel", [
    "plans/kent_capital-investment-summary-2025-35_v1_cabinet-2025-01-30.pdf",  # a table over a page break
    "plans/kent_ics-delivery-plan-priorities-and-measures_2025-01-30.pdf",
    "packs/nipissing_council_2024-10-01_agenda-package_mostly-scanned.pdf",  # scans: not searched for tables
])
def test_waves_on_corpus_files(corpus, rel):
    pdf = corpus / rel
    assert parse_pack(pdf, WAVES.with_(shard_pages=1)).model_dump() == parse_pack(pdf, ONE).model_dump()
    assert multiprocessing.active_children() == []


@needs_fork
@pytest.mark.parametrize("victim, what", [("page_text", "reading them"), ("page_logical_tables", "finding tables")])
def test_a_worker_that_dies_fails_its_pack_at_once(long_pdf, monkeypatch, victim, what):
    real = getattr(shards, victim)  # both run in the workers only

    def dies_on_page_9(raw, *args, **kwargs):
        if raw.number == 9:
            os._exit(9)  # as if killed by the kernel
        return real(raw, *args, **kwargs)

    monkeypatch.setattr(shards, victim, dies_on_page_9)
    started = time.monotonic()
    with pytest.raises(shards.ShardError, match=f"died while {what}"):
        parse_pack(long_pdf, WAVES)
    assert time.monotonic() - started < 60
    assert multiprocessing.active_children() == []


@needs_fork
def test_an_unreadable_page_in_a_worker_is_the_pack_error(long_pdf, monkeypatch):
    real = shards.page_text

    def damaged(raw):
        if raw.number == 17:
            raise PdfError("damaged or truncated PDF (page 17: bad content stream)")
        return real(raw)

    monkeypatch.setattr(shards, "page_text", damaged)
    with pytest.raises(PdfError, match=r"page 17: bad content stream"):
        parse_pack(long_pdf, WAVES)
    assert multiprocessing.active_children() == []


@needs_fork
def test_a_parse_that_gives_up_stops_busy_workers_at_once(long_pdf, monkeypatch):
    monkeypatch.setattr(shards, "page_logical_tables", lambda *args, **kwargs: time.sleep(60))
    waves = shards.PageWaves(long_pdf, PAGES, 2, "pdfium", 4)
    texts = waves.page_texts()
    assert [t.number for t in texts] == list(range(1, PAGES + 1))
    waves.find_tables(DEFAULT_TABLE_SETTINGS, [shards.TableRequest(n, (), False) for n in range(1, PAGES + 1)])
    started = time.monotonic()
    waves.close()
    assert time.monotonic() - started < 3
    assert multiprocessing.active_children() == []


@needs_fork
def test_a_worker_killed_between_the_passes_fails_the_tables(long_pdf):
    import signal

    waves = shards.PageWaves(long_pdf, PAGES, 2, "pdfium", 4)
    try:
        assert len(waves.page_texts()) == PAGES
        victim = waves._workers[1][0]
        os.kill(victim.pid, signal.SIGKILL)
        victim.join()
        with pytest.raises(shards.ShardError, match="died while finding tables"):
            waves.find_tables(DEFAULT_TABLE_SETTINGS, [shards.TableRequest(n, (), False) for n in range(1, 9)]).result()
    finally:
        waves.close()
    assert multiprocessing.active_children() == []


def test_idle_workers_exit_when_closed(long_pdf):
    waves = shards.PageWaves(long_pdf, PAGES, 2, "pdfium", 4)
    assert len(waves.page_texts()) == PAGES
    with pytest.raises(shards.ShardError, match="cannot be read now"):
        waves.page_texts()
    waves.close()  # no tables wanted
    assert multiprocessing.active_children() == []


# ---- the page limit ------------------------------------------------------------------------------


def test_a_pdf_over_the_page_limit_fails_before_a_page_is_read(long_pdf, monkeypatch, tmp_path):
    def no_page(self, numbers=None):
        raise AssertionError("a page was read")

    monkeypatch.setattr(PageReader, "pages", no_page)
    with pytest.raises(PdfError) as failed:
        parse_pack(long_pdf, ONE.with_(max_pages=29))
    assert str(failed.value) == "30 pages, over the limit of 29 (settings max_pages / --max-pages)"

    # from the command's batch the pack fails alone with that line, and writes nothing
    (result,) = parse_files([long_pdf], tmp_path / "out", ONE.with_(max_pages=29), progress=False, cache=False)
    assert not result.ok
    assert result.error == "30 pages, over the limit of 29 (settings max_pages / --max-pages)"
    assert not list((tmp_path / "out").rglob("pack.json"))


def test_the_page_limit_lets_a_pdf_at_the_limit_through(long_pdf, reference):
    assert Settings().max_pages == 5000
    assert parse_pack(long_pdf, ONE.with_(max_pages=30)).model_dump() == reference
    assert parse_pack(long_pdf, ONE.with_(max_pages=0)).model_dump() == reference  # 0: no limit


def test_a_negative_page_limit_is_refused():
    from agendapack.pipeline.config import SettingsError

    with pytest.raises(SettingsError, match="max_pages must be 0"):
        Settings(max_pages=-1).check()

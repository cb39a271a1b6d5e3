"""Page shards (`pipeline.shards`): a long PDF parsed with --jobs N is read by N processes that
keep their pages and find their tables. The records must be the ones one process gives, and a
shard that fails must fail its pack with a clear reason, leaving no process behind."""

import multiprocessing
import os

import pytest

import agendapack.pipeline.shards as shards
from agendapack.extractors.pdf.types import PdfError
from agendapack.extractors.tables.settings import DEFAULT_TABLE_SETTINGS
from agendapack.pipeline.config import Settings
from agendapack.pipeline.run.batch import parse_files
from agendapack.pipeline.stages import parse_pack
from evaluation.corpus import CORPUS

from .outputs import pack_dir

needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="failures are injected into forked shard processes")

# one process reading every page itself: the reference
ONE = Settings(jobs=1, parallel_min_pages=10**9, shard_pages=10**9, spacy_model="blank")
# every file of two pages or more goes to the shards, so short files test the edges too
SHARDED = Settings(jobs=2, parallel_min_pages=2, spacy_model="blank")
THREE = Settings(jobs=3, parallel_min_pages=2, spacy_model="blank")
# one job: a PDF longer than a shard's pages is sharded; the shards take turns, and the tables
# are waited for before the minutes
ONE_SHARDED = Settings(jobs=1, shard_pages=1, spacy_model="blank")


def _corpus_pdfs():
    return sorted(CORPUS.rglob("*.pdf")) if CORPUS.is_dir() else []


@pytest.mark.parametrize("pdf", _corpus_pdfs(), ids=lambda p: p.name)
def test_sharded_parse_gives_the_records_of_one_process(pdf):
    one = parse_pack(pdf, ONE).model_dump()
    sharded = parse_pack(pdf, SHARDED).model_dump()
    assert sharded == one
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("settings", [THREE, ONE_SHARDED], ids=["three-jobs", "one-job"])
def test_shards_on_a_pack_with_tables_across_page_breaks(corpus, settings):
    # the capital programme runs one table over its two pages: with three jobs, or one job and
    # one page a shard, the pages land in different shards, and the join across the page break
    # happens after they answer
    pdf = corpus / "plans/kent_capital-investment-summary-2025-35_v1_cabinet-2025-01-30.pdf"
    one = parse_pack(pdf, ONE)
    sharded = parse_pack(pdf, settings)
    assert any(t.pages.last > t.pages.first for t in one.tables)
    assert sharded.model_dump() == one.model_dump()


def test_a_long_pdf_gets_more_shards_not_bigger_ones(corpus):
    # the page cap, not the job count, sets a shard's size: 4 shards of at most 6 pages, two at
    # work at a time, give the records of one process
    assert shards.page_shares(22, 2, 6) == [list(range(first, 23, 4)) for first in (1, 2, 3, 4)]
    assert shards.page_shares(102, 2, 60) == [list(range(1, 103, 2)), list(range(2, 103, 2))]
    assert shards.page_shares(2, 3, 60) == [[1], [2]]
    pdf = corpus / "agendas/omaha_city-council_2012-10-16_agenda.pdf"
    capped = parse_pack(pdf, SHARDED.with_(shard_pages=6))
    assert capped.source.pages == 22
    assert capped.model_dump() == parse_pack(pdf, ONE).model_dump()


@needs_fork
def test_a_shard_that_dies_fails_its_pack_with_a_reason(tmp_path, monkeypatch, corpus):
    def die(*args, **kwargs):
        os._exit(3)  # as if killed by the kernel while finding tables

    monkeypatch.setattr(shards, "page_logical_tables", die)
    pdf = corpus / "plans/kent_ics-delivery-plan-priorities-and-measures_2025-01-30.pdf"
    with pytest.raises(shards.ShardError, match="died while finding tables"):
        parse_pack(pdf, SHARDED)
    assert multiprocessing.active_children() == []
    # from the command's batch (one pack: its shards work under a worker process) the pack
    # gets a one-line error and no output
    (result,) = parse_files([pdf], tmp_path / "out", SHARDED, progress=False, cache=False)
    assert not result.ok
    assert result.error == "worker failed: a process reading pages died while finding tables (out of memory?)"
    assert not (pack_dir(tmp_path / "out", pdf) / "pack.json").exists()


@needs_fork
def test_an_unreadable_page_in_a_shard_is_the_pack_error(monkeypatch, corpus):
    def damaged(raw):
        raise PdfError(f"damaged or truncated PDF (page {raw.number}: bad content stream)")

    monkeypatch.setattr(shards, "page_text", damaged)
    pdf = corpus / "plans/kent_ics-delivery-plan-priorities-and-measures_2025-01-30.pdf"
    with pytest.raises(PdfError, match=r"damaged or truncated PDF \(page \d+: bad content stream\)"):
        parse_pack(pdf, SHARDED)
    assert multiprocessing.active_children() == []


@needs_fork
def test_a_parse_that_gives_up_stops_busy_shards_at_once(monkeypatch, corpus):
    # the shards are still finding tables when the parse fails elsewhere: closing them does not
    # wait for their work
    import time

    monkeypatch.setattr(shards, "page_logical_tables", lambda *args, **kwargs: time.sleep(60))
    pdf = corpus / "minutes/kent_county-council_2025-02-13_minutes.pdf"
    sharded = shards.PageShards(pdf, 12, 2, "pdfium")
    texts = sharded.page_texts()
    assert [t.number for t in texts] == list(range(1, 13))
    sharded.find_tables(DEFAULT_TABLE_SETTINGS, [shards.TableRequest(n, (), False) for n in range(1, 13)])
    started = time.monotonic()
    sharded.close()
    assert time.monotonic() - started < 3
    assert multiprocessing.active_children() == []


def _parse_into(queue, pdf, settings):
    try:
        queue.put(parse_pack(pdf, settings).model_dump())
    except Exception as exc:  # the test reports it rather than waiting for a record
        queue.put(f"{type(exc).__name__}: {exc}")


@needs_fork
def test_a_daemonic_process_reads_a_long_pdf_itself(corpus):
    # Dask's worker processes are daemonic, and a daemonic process may not start shards: a PDF
    # past a shard's pages is read in the process itself, with the same records
    pdf = corpus / "plans/kent_quarterly-performance-report_2024-25-q3.pdf"
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_parse_into, args=(queue, pdf, SHARDED.with_(jobs=1, shard_pages=10)), daemon=True)
    proc.start()
    record = queue.get(timeout=120)
    proc.join()
    assert not isinstance(record, str), record
    assert record == parse_pack(pdf, ONE).model_dump()


@needs_fork
def test_a_shard_killed_while_it_holds_the_turn_does_not_hang_the_parse(monkeypatch, corpus):
    # one job: the shards take turns; the one killed mid-read never gives its turn back, so the
    # parse must notice the death instead of waiting on the other shard
    import signal
    import time

    real_page_text, real_serve = shards.page_text, shards._serve

    def killed_on_even_pages(raw):
        if raw.number % 2 == 0:
            os._exit(9)
        return real_page_text(raw)

    def odd_pages_start_late(conn, path, numbers, engine, turns):
        if numbers[0] == 1:
            time.sleep(1)  # the shard of even pages takes the turn first, and dies holding it
        real_serve(conn, path, numbers, engine, turns)

    class Hung(Exception):  # not an OSError, which a read from a dead shard raises
        pass

    def hung(signum, frame):
        raise Hung("the parse hung on a dead shard")

    monkeypatch.setattr(shards, "page_text", killed_on_even_pages)
    monkeypatch.setattr(shards, "_serve", odd_pages_start_late)
    pdf = corpus / "plans/kent_capital-investment-summary-2025-35_v1_cabinet-2025-01-30.pdf"
    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    try:
        with pytest.raises(shards.ShardError, match="died while reading them"):
            parse_pack(pdf, ONE_SHARDED)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert multiprocessing.active_children() == []

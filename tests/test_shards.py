"""Page shards (`pipeline.shards`): a long PDF parsed with --jobs N is read by N processes that
keep their pages and find their tables. The records must be the ones one process gives, and a
shard that fails must fail its pack with a clear reason, leaving no process behind."""

import multiprocessing
import os

import pytest

import pipeline.shards as shards
from extractors.pdf_reader import PdfError
from pipeline.batch import parse_files
from pipeline.config import Settings
from pipeline.evaluate import CORPUS
from pipeline.stages import parse_pack

needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="failures are injected into forked shard processes")

ONE = Settings(jobs=1, spacy_model="blank")
# every file of two pages or more goes to the shards, so short files test the edges too
SHARDED = Settings(jobs=2, parallel_min_pages=2, spacy_model="blank")
THREE = Settings(jobs=3, parallel_min_pages=2, spacy_model="blank")


def _corpus_pdfs():
    return sorted(CORPUS.rglob("*.pdf")) if CORPUS.is_dir() else []


@pytest.mark.parametrize("pdf", _corpus_pdfs(), ids=lambda p: p.name)
def test_sharded_parse_gives_the_records_of_one_process(pdf):
    one = parse_pack(pdf, ONE).model_dump()
    sharded = parse_pack(pdf, SHARDED).model_dump()
    assert sharded == one
    assert multiprocessing.active_children() == []


def test_three_shards_on_a_pack_with_tables_across_page_breaks(corpus):
    # the capital programme runs one table over several pages: the pages of one table land in
    # different shards, and the join across page breaks happens after they answer
    pdf = corpus / "plans/kent_capital-investment-summary-2025-35_v1_cabinet-2025-01-30.pdf"
    one = parse_pack(pdf, ONE)
    three = parse_pack(pdf, THREE)
    assert any(t.pages.last > t.pages.first for t in one.tables)
    assert three.model_dump() == one.model_dump()


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
    assert not (tmp_path / "out" / pdf.stem / "pack.json").exists()


@needs_fork
def test_an_unreadable_page_in_a_shard_is_the_pack_error(monkeypatch, corpus):
    def damaged(raw):
        raise PdfError(f"damaged or truncated PDF (page {raw.number}: bad content stream)")

    monkeypatch.setattr(shards, "page_text", damaged)
    pdf = corpus / "plans/kent_ics-delivery-plan-priorities-and-measures_2025-01-30.pdf"
    with pytest.raises(PdfError, match=r"damaged or truncated PDF \(page \d+: bad content stream\)"):
        parse_pack(pdf, SHARDED)
    assert multiprocessing.active_children() == []

"""Every real PDF in the shared folder - the corpus and the ICDAR 2013 tables benchmark - parses
through the library with the default settings: no file fails, and no file needs the fallback
engine (the default engine gave up on it and another engine read it). Other warnings (scanned
pages, which the corpus holds on purpose, a table continued without a header) say what the
reader should know about a document and are allowed.
"""

from __future__ import annotations

from pathlib import Path

from agendapack.pipeline.config import Settings
from agendapack.pipeline.run.batch import parse_files
from benchmarks.tables import BENCH

from .conftest import CORPUS

CORPUS_PDFS = sorted(CORPUS.rglob("*.pdf"))
TABLES_PDFS = sorted(BENCH.rglob("*.pdf"))


def test_every_shared_pdf_parses_without_an_error_or_the_fallback_engine(tmp_path):
    # an absent folder must fail, not pass on no files
    assert (len(CORPUS_PDFS), len(TABLES_PDFS)) == (66, 67)
    results = parse_files(CORPUS_PDFS + TABLES_PDFS, tmp_path / "out", Settings(jobs=2, table_files=False),
                          progress=False, cache=False)
    assert [f"{r.path}: {r.error}" for r in results if not r.ok] == []
    fallbacks = [f"{Path(r.path).name}: {w}" for r in results for w in r.warnings if " instead" in w and "could not" in w]
    assert fallbacks == []
    # the scanned files of the corpus do warn: the check above looks at real warnings
    assert any(w.startswith("scanned:") for r in results for w in r.warnings)

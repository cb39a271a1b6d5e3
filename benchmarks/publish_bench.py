"""The time `agendapack publish` takes: the records of the corpus's minutes and packs, and
1,000 packs' records (those records over and over, each copy with its own sha256, as if another
PDF), published into a new database, then published again (nothing changed: the incremental
path). The issue's target: 1,000 packs' records in under a minute.

    python -m benchmarks.publish_bench            # prints the figures (make bench runs it too)
    python -m benchmarks.publish_bench out/       # the records already parsed in out/, not the corpus's
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path
from typing import Optional

from agendapack.pipeline.config import Settings
from agendapack.pipeline.publish.database import publish_records, row_counts
from agendapack.pipeline.run.batch import parse_files
from agendapack.pipeline.site.build import build_site

PACKS = 1000
MAX_SECONDS = 60.0
MAX_SITE_SECONDS = 30.0
# the corpus folders whose records are published (the scanned packs hold few records)
FOLDERS = ("minutes", "packs", "plans", "agendas")


def corpus_records(corpus: Path, out: Path) -> list[Path]:
    files = sorted(p for folder in FOLDERS for p in (corpus / folder).glob("*.pdf"))
    parse_files(files, out, Settings(jobs=2).capped(), progress=False)
    return sorted(out.glob("*/pack.json"))


def repeated(records: list[Path], out: Path, packs: int) -> None:
    texts = [json.loads(p.read_text()) for p in records]
    for n in range(packs):
        record = texts[n % len(texts)]
        sha = f"{n:012x}".ljust(64, "f")
        record["source"]["sha256"] = sha
        folder = out / f"copy-{n:04d}-{sha[:8]}"
        folder.mkdir(parents=True)
        (folder / "pack.json").write_text(json.dumps(record))


def timed_publish(out: Path, db: Path) -> tuple[float, int]:
    start = time.perf_counter()
    report = publish_records(out, db)
    return time.perf_counter() - start, len(report.written)


def publish_benchmark(corpus: Path, packs: int = PACKS, parsed: Optional[Path] = None) -> dict:
    """The figures; `parsed`: a folder of records already parsed, used instead of the corpus's."""
    with tempfile.TemporaryDirectory(prefix="agendapack-publish-") as tmp:
        root = Path(tmp)
        source = parsed or root / "corpus"
        records = sorted(parsed.glob("*/pack.json")) if parsed else corpus_records(corpus, source)
        corpus_s, corpus_written = timed_publish(source, root / "corpus.db")
        # the static site of the same records, PDFs copied in (the site issue: under 30 s)
        site = build_site(source, root / "site", [corpus / folder for folder in FOLDERS])
        repeated(records, root / "many", packs)
        cold_s, written = timed_publish(root / "many", root / "many.db")
        again_s, rewritten = timed_publish(root / "many", root / "many.db")
        rows = sum(row_counts(root / "many.db").values())
    return {"corpus_packs": corpus_written, "corpus_s": corpus_s, "site_s": round(site.seconds, 2),
            "site_pages": len(site.pages), "site_pdfs": site.pdfs, "site_goal_s": MAX_SITE_SECONDS,
            "packs": written, "rows": rows,
            "publish_s": cold_s, "republish_unchanged_s": again_s, "republished": rewritten,
            "goal_s": MAX_SECONDS, "pass": written == packs and cold_s < MAX_SECONDS}


def report_lines(figures: dict) -> list[str]:
    return [
        f"publish: corpus records ({figures['corpus_packs']} packs) {figures['corpus_s']:.2f} s; "
        f"{figures['packs']} packs' records ({figures['rows']} rows) {figures['publish_s']:.2f} s "
        f"(goal < {figures['goal_s']:g} s), again unchanged {figures['republish_unchanged_s']:.2f} s",
        f"site: corpus records ({figures['corpus_packs']} packs) rendered in {figures['site_s']:.2f} s, "
        f"{figures['site_pages']} pages, {figures['site_pdfs']} PDFs (goal < {figures['site_goal_s']:g} s)",
    ]


if __name__ == "__main__":  # pragma: no cover
    import sys

    from evaluation.corpus import CORPUS

    given = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    print("\n".join(report_lines(publish_benchmark(CORPUS, parsed=given))))

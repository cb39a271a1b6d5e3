"""Settings in one place: every stage and command reads a `Settings`, no scattered flags.

Defaults suit an operator running `make`; the CLI overrides fields from its options and the
environment (`AGENDAPACK_SPACY_MODEL`, `AGENDAPACK_JOBS`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Optional


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class Settings:
    # PDF engine for characters and drawn lines: "pdfium" (fast, the default) or "pdfplumber"
    # (pdfminer; the reference the fast path is tested against)
    engine: str = field(default_factory=lambda: os.environ.get("AGENDAPACK_ENGINE", "pdfium"))
    # processes at work at once: parsing several PDFs side by side, or the page shards of one
    jobs: int = field(default_factory=lambda: _env_int("AGENDAPACK_JOBS", 1))
    # with two jobs or more, a PDF of at least this many pages is read by page shards
    # (`pipeline/shards.py`): processes that each keep a share of its pages, `jobs` of them at
    # work at a time (with one job, a PDF longer than `shard_pages`)
    parallel_min_pages: int = 24
    # and no process holds more than this many pages: a PDF of up to `jobs * shard_pages` pages
    # (with one job, 2 * shard_pages) is kept by that many shards between the text and the
    # tables; a longer one is read twice, a chunk of this many pages at a time, by `jobs`
    # processes, so memory stays bounded by `jobs` however long the PDF
    shard_pages: int = 60
    # a PDF of more pages than this fails at once with that reason, before any page is read
    # (0: no limit): the parse's text layer and record still grow with the pages
    max_pages: int = 5000
    # spaCy pipeline for minutes: "auto" uses en_core_web_sm when installed, else a blank
    # English pipeline with the project's rules; "blank" forces the rules only; any other value
    # names an installed spaCy package to load.
    spacy_model: str = field(default_factory=lambda: os.environ.get("AGENDAPACK_SPACY_MODEL", "auto"))
    # write CSV and Parquet files next to pack.json for each table
    table_files: bool = True
    # show a progress bar (on a terminal) for runs of at least this many files
    progress_threshold: int = 1
    # seconds one file's parse may take; a file over it fails alone with its reason (0: no limit)
    time_limit: float = field(default_factory=lambda: _env_float("AGENDAPACK_TIME_LIMIT", 900.0))
    # numeric dates such as 01/02/2025: True reads them day first (UK), False month first (US),
    # None from the document's country where its text tells (extractors.text.dates.date_order_cue)
    dayfirst: Optional[bool] = None

    def with_(self, **changes) -> "Settings":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def check(self) -> None:
        """Raise SettingsError naming the first setting that cannot work, before any file is
        parsed (a wrong $AGENDAPACK_ENGINE must not fail once per file)."""
        from agendapack.extractors.pdf.engines import ENGINES

        if self.engine not in ENGINES:
            raise SettingsError(f"unknown PDF engine {self.engine!r} (choose from {', '.join(ENGINES)})")
        if self.jobs < 1:
            raise SettingsError(f"jobs must be 1 or more, not {self.jobs}")
        if self.time_limit < 0:
            raise SettingsError(f"time_limit must be 0 (none) or more seconds, not {self.time_limit}")
        if self.max_pages < 0:
            raise SettingsError(f"max_pages must be 0 (none) or more pages, not {self.max_pages}")

    def capped(self) -> "Settings":
        """These settings with `jobs` at most the CPUs this process may use: more processes than
        CPUs add memory, not speed."""
        most = most_jobs()
        return self if self.jobs <= most else replace(self, jobs=most)


class SettingsError(ValueError):
    """A setting that cannot work; the message is one line."""


def most_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


DEFAULT = Settings()

"""Page shards: processes that each read a share of a long PDF's pages and keep them.

A long PDF (`parallel_min_pages` pages or more with two jobs or more; with one job, more than
`shard_pages`) is read by shard processes: `jobs` of them, or more so that none holds over
`shard_pages` pages, `jobs` at work at a time. The pages are dealt out
like cards, so each shard gets some of every stretch of the PDF. A shard sends back what the
text layer needs of its pages (`page_text`: lines and flags, no characters) and keeps the
characters. Once the pack's documents are known, the parse asks each shard for the tables on
its pages (which pages, which lines are body text, which pages take ruled tables only); the
shard answers with each page's tables, not yet joined across page breaks, and exits.

So the process parsing the pack never holds a character, no shard holds more than its share
(memory per process does not grow with the PDF), and characters never cross a process
boundary: only lines and tables do. The records are the ones one process reading every page
gives (tested), because the same per-page functions run on the same pages.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

from extractors.pdf_reader import PageReader
from extractors.table_settings import TableSettings
from extractors.tables import LogicalTable, page_logical_tables
from extractors.text_layer import PageText, page_text


@dataclass(frozen=True)
class TableRequest:
    """Search one page for tables: `body_positions` picks the body lines among the lines the
    shard read (the rest are running headers and footers); `ruled_only` skips tables drawn
    with text alone (front sheets, agendas, letters)."""

    page: int
    body_positions: tuple[int, ...]
    ruled_only: bool


class ShardError(RuntimeError):
    """A shard process died (killed, out of memory) or answered out of turn."""


def _context():
    # fork shares the parent's imports and costs milliseconds; elsewhere a spawned shard
    # imports this module itself
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _serve(conn, path: str, numbers: list[int], engine: str, turns) -> None:
    """A shard: read the pages, send their text, then answer at most one table request. It
    works only while holding one of the `turns` (a semaphore of `jobs`), and sends after giving
    it back: a shard waiting for the parse to take its answer blocks no other shard."""
    try:
        with turns:
            with PageReader(path, engine) as reader:
                pages = list(reader.pages(numbers))
            texts = [page_text(p) for p in pages]
        conn.send(("ok", texts))
        request = conn.recv()
        if request is None:
            return
        settings, wanted = request
        with turns:
            raw = {p.number: p for p in pages}
            lines = {t.number: t.lines for t in texts}
            found = []
            for req in wanted:
                body = [lines[req.page][i] for i in req.body_positions]
                found.append((req.page, page_logical_tables(raw[req.page], settings, body, ruled_only=req.ruled_only)))
        conn.send(("ok", found))
    except (EOFError, BrokenPipeError):
        pass  # the parse stopped listening (it failed or was interrupted)
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parse
        try:
            conn.send(("error", exc))
        except Exception:  # the exception itself would not pickle
            conn.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        conn.close()


def page_shares(total: int, jobs: int, most_pages: int) -> list[list[int]]:
    """Pages 1..total dealt out like cards to `jobs` shards, or more when a share would exceed
    `most_pages`: every shard gets pages from all over the PDF, so the costly stretches (the
    tables of an appendix, a scan) are shared, not all given to one shard."""
    count = min(total, max(jobs, -(-total // max(1, most_pages))))
    return [list(range(first, total + 1, count)) for first in range(1, count + 1)]


class PageShards:
    """Shard processes over the pages of one PDF, started at once, `jobs` of them working at
    a time; none holds more than `most_pages` pages, so a process's memory does not grow with
    the PDF. `page_texts()` collects the text layer's pages, `find_tables()` hands out the table
    search, `close()` ends them."""

    def __init__(self, path: str | Path, total: int, jobs: int, engine: str, most_pages: int = 60):
        ctx = _context()
        turns = ctx.Semaphore(max(1, jobs))
        self._shards: list[tuple[object, object, list[int]]] = []
        try:
            for numbers in page_shares(total, jobs, most_pages):
                parent, child = ctx.Pipe()
                proc = ctx.Process(target=_serve, args=(child, str(path), numbers, engine, turns), daemon=True)
                proc.start()
                child.close()  # the shard's end: once it exits, reading here fails instead of hanging
                self._shards.append((proc, parent, numbers))
        except BaseException:
            self.close()
            raise
        self._asked = False

    def _receive(self, conn, what: str):
        try:
            status, value = conn.recv()
        except (EOFError, OSError):
            raise ShardError(f"a process reading pages died while {what} (out of memory?)") from None
        if status == "error":
            raise value
        return value

    def page_texts(self) -> list[PageText]:
        """The text layer's pages, in page order."""
        out: list[PageText] = []
        for _, conn, _ in self._shards:
            out += self._receive(conn, "reading them")
        return sorted(out, key=lambda p: p.number)

    def find_tables(self, settings: TableSettings, requests: Sequence[TableRequest]) -> "PendingTables":
        """Send each shard the requests for its pages; the answer is collected by `result()`
        of what this returns, so the parse can go on meanwhile."""
        if self._asked:
            raise ShardError("the shards were already asked for their tables")
        self._asked = True
        for _, conn, numbers in self._shards:
            mine = set(numbers)
            conn.send((settings, [r for r in requests if r.page in mine]))
        return PendingTables(self)

    def close(self) -> None:
        for proc, conn, _ in self._shards:
            if not self._asked:
                try:
                    conn.send(None)
                except (BrokenPipeError, OSError):
                    pass
            conn.close()
        for proc, _, _ in self._shards:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.terminate()
                proc.join()
        self._shards = []


class PendingTables:
    """The shards' tables, page by page in page order, once `result()` has them all."""

    def __init__(self, shards: PageShards):
        self._shards = shards
        self._value: Optional[list[LogicalTable]] = None

    def result(self) -> list[LogicalTable]:
        if self._value is None:
            by_page: list[tuple[int, list[LogicalTable]]] = []
            try:
                for _, conn, _ in self._shards._shards:
                    by_page += self._shards._receive(conn, "finding tables")
            finally:
                self._shards.close()
            self._value = [t for _, tables in sorted(by_page, key=lambda pt: pt[0]) for t in tables]
        return self._value

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
from multiprocessing.connection import wait as wait_for
from pathlib import Path
from typing import Optional, Sequence

from agendapack.extractors.pdf.reader import PageReader
from agendapack.extractors.pdf.types import PdfError
from agendapack.extractors.tables.find import page_logical_tables
from agendapack.extractors.tables.model import LogicalTable
from agendapack.extractors.tables.settings import TableSettings
from agendapack.extractors.text.layer import PageText, page_text


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
    except (EOFError, BrokenPipeError, ConnectionResetError, KeyboardInterrupt):
        pass  # the parse stopped listening (it failed or was interrupted)
    except Exception as exc:  # every failure goes back to the parse
        if not isinstance(exc, PdfError):  # a PdfError's one-line reason is the pack's error
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        try:
            conn.send(("error", exc))
        except OSError:
            pass
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
        self._shards: list[
            tuple[multiprocessing.process.BaseProcess, multiprocessing.connection.Connection, list[int]]
        ] = []
        # reading -> read -> asked -> answered; a shard is busy while reading or asked
        self._state = "reading"
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

    def _receive_all(self, what: str) -> list:
        """Every shard's answer, in shard order. Waits on all of them at once, and on their
        processes too: a shard killed while it held a turn would leave the others waiting for
        that turn forever, so a death is seen as soon as it happens."""
        answers: dict[int, list] = {}
        while len(answers) < len(self._shards):
            waiting = {i: shard for i, shard in enumerate(self._shards) if i not in answers}
            conns = {conn: i for i, (_, conn, _) in waiting.items()}
            ready = set(wait_for([*conns, *(proc.sentinel for proc, _, _ in waiting.values())]))
            for i, (proc, conn, _) in waiting.items():
                if conn in ready or conn.poll():
                    try:
                        status, value = conn.recv()
                    except (EOFError, OSError):
                        raise ShardError(f"a process reading pages died while {what} (out of memory?)") from None
                    if status == "error":
                        raise value
                    answers[i] = value
                elif proc.sentinel in ready:
                    raise ShardError(f"a process reading pages died while {what} (out of memory?)")
        return [item for i in sorted(answers) for item in answers[i]]

    def page_texts(self) -> list[PageText]:
        """The text layer's pages, in page order."""
        texts = self._receive_all("reading them")
        self._state = "read"
        return sorted(texts, key=lambda p: p.number)

    def find_tables(self, settings: TableSettings, requests: Sequence[TableRequest]) -> "PendingTables":
        """Send each shard the requests for its pages; the answer is collected by `result()`
        of what this returns, so the parse can go on meanwhile."""
        if self._state != "read":
            raise ShardError(f"the shards cannot be asked for tables now ({self._state})")
        self._state = "asked"
        for _, conn, numbers in self._shards:
            mine = set(numbers)
            conn.send((settings, [r for r in requests if r.page in mine]))
        return PendingTables(self)

    def tables(self) -> list[LogicalTable]:
        """Wait for every shard's tables; all of them, page by page in page order."""
        try:
            by_page: list[tuple[int, list[LogicalTable]]] = self._receive_all("finding tables")
            self._state = "answered"
        finally:
            self.close()
        return [t for _, tables in sorted(by_page, key=lambda pt: pt[0]) for t in tables]

    def close(self) -> None:
        """End the shards: those with nothing left to do exit; a parse that gives up on busy
        shards (it failed, or was interrupted) stops them at once."""
        busy = self._state in ("reading", "asked")
        for proc, conn, _ in self._shards:
            if self._state == "read":
                try:
                    conn.send(None)  # no tables wanted
                except OSError:
                    pass
            conn.close()
        for proc, _, _ in self._shards:
            if busy:
                proc.terminate()
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()
                proc.join()
        self._shards = []
        self._state = "closed"


class PendingTables:
    """The shards' tables, once `result()` has waited for them (`PackContext.pending`)."""

    def __init__(self, shards: PageShards):
        self._shards = shards
        self._value: Optional[list[LogicalTable]] = None

    def result(self) -> list[LogicalTable]:
        if self._value is None:
            self._value = self._shards.tables()
        return self._value

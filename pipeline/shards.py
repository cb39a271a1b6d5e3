"""Page shards: processes that each read a share of a long PDF's pages.

A long PDF (`parallel_min_pages` pages or more with two jobs or more; with one job, more than
`shard_pages`) is read by shard processes, in one of two ways. Either way the process parsing
the pack never holds a character, no process holds more than `shard_pages` pages of them, at
most `jobs` shard processes exist at a time (with one job, two: see `KEPT_SHARDS`), and
characters never cross a process boundary: only lines and tables do. The records are the ones
one process reading every page gives (tested), because the same per-page functions run on the
same pages.

- `PageShards`, a PDF of at most `jobs * shard_pages` pages (the fastest way): one shard per
  share of the pages, dealt out like cards, so each shard gets some of every stretch of the PDF.
  A shard sends back what the text layer needs of its pages (`page_text`: lines and flags, no
  characters) and keeps the characters. Once the pack's documents are known, the parse asks
  each shard for the tables on its pages (which pages, which lines are body text, which pages
  take ruled tables only); the shard answers with each page's tables, not yet joined across page
  breaks, and exits.
- `PageWaves`, a longer PDF: keeping every page would take memory in proportion to the PDF, so
  `jobs` workers read it twice instead, a chunk of at most `shard_pages` pages at a time. For the
  text layer they send back each chunk's `page_text` and drop its characters; for the tables
  they read the wanted pages again (and their lines again, for the body lines) and search them.
  Memory is then bounded by `jobs`, whatever the PDF's length; the second reading costs time,
  on very long PDFs only.
"""

from __future__ import annotations

import ctypes
import multiprocessing
from dataclasses import dataclass
from multiprocessing.connection import wait as wait_for
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from agendapack.extractors.pdf.reader import PageReader
from agendapack.extractors.pdf.types import PdfError
from agendapack.extractors.tables.find import page_logical_tables
from agendapack.extractors.tables.model import LogicalTable
from agendapack.extractors.tables.settings import TableSettings
from agendapack.extractors.text.layer import PageText, page_text
from agendapack.pipeline.lifeline import exit_with_parent


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


Process = multiprocessing.process.BaseProcess
Pipe = multiprocessing.connection.Connection


def _start(ctx, target, *args) -> tuple[Process, Pipe]:
    """A shard process running `target(its end of a pipe, *args)`, and this end of the pipe."""
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=target, args=(child, *args), daemon=True)
    proc.start()
    child.close()  # the process's end: once it exits, reading here fails instead of hanging
    return proc, parent


def _died(what: str) -> ShardError:
    return ShardError(f"a process reading pages died while {what} (out of memory?)")


def _answers(waiting: dict[int, tuple[Process, Pipe]], what: str) -> Iterator[tuple[int, str, Any]]:
    """(index, status, value) of each answer ready among the `waiting` processes, once at least
    one is. Waits on their processes too: a process killed (while holding a turn others wait
    for, say) is seen as soon as it dies, and raised as `ShardError`; an error a process sends
    back is raised here."""
    ready = set(wait_for([c for _, c in waiting.values()] + [p.sentinel for p, _ in waiting.values()]))
    for i, (proc, conn) in waiting.items():
        if conn in ready or conn.poll():
            try:
                status, value = conn.recv()
            except (EOFError, OSError):
                raise _died(what) from None
            if status == "error":
                raise value
            yield i, status, value
        elif proc.sentinel in ready:
            raise _died(what)


def _stop(processes: Iterable[Process], busy: bool) -> None:
    """Wait for processes told to exit; busy ones (the parse gave up on them) are stopped."""
    for proc in processes:
        if busy:
            proc.terminate()
        proc.join(timeout=5)
        if proc.is_alive():
            proc.kill()
            proc.join()


def _serving(conn: Pipe, work: Callable[[], None]) -> None:
    """Run a shard process's `work`, ending with its parent; every failure goes back to the
    parse as one answer, and the pipe is closed at the end."""
    exit_with_parent()
    try:
        work()
    except (EOFError, BrokenPipeError, ConnectionResetError, KeyboardInterrupt):
        pass  # the parse stopped listening (it failed or was interrupted)
    except Exception as exc:
        if not isinstance(exc, PdfError):  # a PdfError's one-line reason is the pack's error
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        try:
            conn.send(("error", exc))
        except OSError:
            pass
    finally:
        conn.close()


def _serve(conn, path: str, numbers: list[int], engine: str, turns) -> None:
    """A shard: read the pages, send their text, then answer at most one table request. It
    works only while holding one of the `turns` (a semaphore of `jobs`), and sends after giving
    it back: a shard waiting for the parse to take its answer blocks no other shard."""

    def work() -> None:
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

    _serving(conn, work)


def page_shares(total: int, jobs: int, most_pages: int) -> list[list[int]]:
    """Pages 1..total dealt out like cards to `jobs` shards, or more when a share would exceed
    `most_pages`: every shard gets pages from all over the PDF, so the costly stretches (the
    tables of an appendix, a scan) are shared, not all given to one shard."""
    count = min(total, max(jobs, -(-total // max(1, most_pages))))
    return [list(range(first, total + 1, count)) for first in range(1, count + 1)]


class _ShardSet:
    """What both ways of reading a long PDF share: a state, the table answers, the end."""

    _state: str

    def _receive_all(self, what: str) -> list:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def tables(self) -> list[LogicalTable]:
        """Wait for every process's tables; all of them, page by page in page order."""
        try:
            by_page: list[tuple[int, list[LogicalTable]]] = self._receive_all("finding tables")
            self._state = "answered"
        finally:
            self.close()
        return [t for _, tables in sorted(by_page, key=lambda pt: pt[0]) for t in tables]


class PageShards(_ShardSet):
    """Shard processes over the pages of one PDF, started at once, `jobs` of them working at
    a time; none holds more than `most_pages` pages, so a process's memory does not grow with
    the PDF, but their number does: `start_shards` uses them only while they number at most
    `jobs` (`KEPT_SHARDS` with one job). `page_texts()` collects the text layer's pages,
    `find_tables()` hands out the table search, `close()` ends them."""

    def __init__(self, path: str | Path, total: int, jobs: int, engine: str, most_pages: int = 60):
        ctx = _context()
        turns = ctx.Semaphore(max(1, jobs))
        self._shards: list[tuple[Process, Pipe, list[int]]] = []
        # reading -> read -> asked -> answered; a shard is busy while reading or asked
        self._state = "reading"
        try:
            for numbers in page_shares(total, jobs, most_pages):
                self._shards.append((*_start(ctx, _serve, str(path), numbers, engine, turns), numbers))
        except BaseException:
            self.close()
            raise

    def _receive_all(self, what: str) -> list:
        """Every shard's answer, in shard order, waiting on all of them at once (`_answers`): a
        shard killed while it held a turn would leave the others waiting for that turn forever."""
        answers: dict[int, list] = {}
        while len(answers) < len(self._shards):
            waiting = {i: (proc, conn) for i, (proc, conn, _) in enumerate(self._shards) if i not in answers}
            for i, _, value in _answers(waiting, what):
                answers[i] = value
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
        _stop((proc for proc, _, _ in self._shards), busy)
        self._shards = []
        self._state = "closed"


# with one job, a PDF of up to this many shards' worth of pages is still read by `PageShards`
# (two shards, one at work at a time, as before `PageWaves`): the pages stay bounded (2 *
# `shard_pages`) and a 61-120-page PDF is not read twice, which costs it a third to a half more
# time (measured on the 102-page benchmark pack)
KEPT_SHARDS = 2


def start_shards(path: str | Path, total: int, jobs: int, engine: str, most_pages: int = 60) -> "Shards":
    """The shard processes for a PDF of `total` pages: `PageShards`, which keep the pages between
    the text layer and the tables, while that takes at most `jobs` shards of `most_pages` pages
    (`KEPT_SHARDS` with one job); past that `PageWaves`, which read the pages twice."""
    if total <= max(jobs, KEPT_SHARDS) * max(1, most_pages):
        return PageShards(path, total, jobs, engine, most_pages)
    return PageWaves(path, total, jobs, engine, most_pages)


def page_chunks(items: Sequence, most: int) -> list[list]:
    """`items` cut into runs of at most `most` that follow each other, as even as can be: a
    worker opens the PDF once per chunk, and the engine's cost of opening grows with the number
    of the last page read (it walks the page tree up to it), so a chunk is one stretch of pages,
    not cards dealt from all over the PDF. The workers take chunks in turn as they finish, which
    shares the costly stretches well enough."""
    count = -(-len(items) // max(1, most))
    return [list(items[i * len(items) // count : (i + 1) * len(items) // count]) for i in range(count)]


def _give_back_memory() -> None:
    """Hand the heap freed by the chunk just read back to the system (glibc keeps it otherwise,
    and a worker's resident memory would stay at that of its largest chunk)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc


def _claim(counter) -> int:
    """The next chunk for this worker: a number shared by the workers of one pass."""
    with counter.get_lock():
        counter.value += 1
        return counter.value - 1


def _work(conn, path: str, engine: str, next_text, next_tables) -> None:
    """A worker of `PageWaves`: for each pass it is sent, take chunks in turn with the other
    workers (`next_text` / `next_tables` count the chunks taken) until none is left, then say
    "done". The text pass sends each chunk's `page_text` as soon as it is read; the table pass
    keeps its tables (small: their lines are dropped) and sends them once, so a parse busy with
    the minutes meanwhile blocks no worker. A page's characters are dropped once it is read."""

    def work() -> None:
        while True:
            task = conn.recv()
            if task is None:
                return
            kind, settings, chunks = task
            found = []
            while (i := _claim(next_text if kind == "text" else next_tables)) < len(chunks):
                with PageReader(path, engine) as reader:
                    if kind == "text":
                        conn.send(("ok", [page_text(raw) for raw in reader.pages(chunks[i])]))
                    else:
                        wanted = {req.page: req for req in chunks[i]}
                        for raw in reader.pages(list(wanted)):
                            req = wanted[raw.number]
                            lines = page_text(raw).lines  # the lines `body_positions` point into
                            body = [lines[j] for j in req.body_positions]
                            found.append((req.page, page_logical_tables(raw, settings, body, ruled_only=req.ruled_only)))
                            del raw, lines, body  # the next page is read with this one gone
                _give_back_memory()
            if kind == "tables":
                conn.send(("ok", found))
            conn.send(("done", None))

    _serving(conn, work)


class PageWaves(_ShardSet):
    """`jobs` worker processes over the pages of a PDF too long for `PageShards` to keep: they
    read it chunk by chunk for the text layer, dropping the characters, and again for the
    tables, so no process holds more than a page's characters at a time (a chunk is at most
    `most_pages` pages) and at most `jobs` processes exist besides the parse. Same interface as
    `PageShards`: `page_texts()`, `find_tables()`, `close()`."""

    def __init__(self, path: str | Path, total: int, jobs: int, engine: str, most_pages: int = 60):
        ctx = _context()
        self._total, self._most = total, max(1, most_pages)
        # started now, while the parse is small: a fork shares what the parse holds
        next_text, next_tables = ctx.Value("i", 0), ctx.Value("i", 0)
        self._workers: list[tuple[Process, Pipe]] = []
        # idle -> reading -> read -> asked -> answered; the workers are busy while reading or asked
        self._state = "idle"
        try:
            for _ in range(max(1, jobs)):
                self._workers.append(_start(ctx, _work, str(path), engine, next_text, next_tables))
        except BaseException:
            self.close()
            raise

    def _send_all(self, task, what: str) -> None:
        for _, conn in self._workers:
            try:
                conn.send(task)
            except OSError:  # a worker that died idle, between the passes
                raise _died(what) from None

    def _receive_all(self, what: str) -> list:
        """Every answer of the pass until each worker is done (`_answers`: a worker that dies is
        seen at once, not waited for)."""
        items: list = []
        done: set[int] = set()
        while len(done) < len(self._workers):
            waiting = {i: w for i, w in enumerate(self._workers) if i not in done}
            for i, status, value in _answers(waiting, what):
                if status == "done":
                    done.add(i)
                else:
                    items += value
        return items

    def page_texts(self) -> list[PageText]:
        """The text layer's pages, in page order."""
        if self._state != "idle":
            raise ShardError(f"the pages cannot be read now ({self._state})")
        self._state = "reading"
        self._send_all(("text", None, page_chunks(range(1, self._total + 1), self._most)), "reading them")
        texts = self._receive_all("reading them")
        self._state = "read"
        return sorted(texts, key=lambda p: p.number)

    def find_tables(self, settings: TableSettings, requests: Sequence[TableRequest]) -> "PendingTables":
        """Hand out the table search, chunk by chunk; `result()` of what this returns waits for
        it, so the parse can go on meanwhile."""
        if self._state != "read":
            raise ShardError(f"the shards cannot be asked for tables now ({self._state})")
        self._state = "asked"
        self._send_all(("tables", settings, page_chunks(sorted(requests, key=lambda r: r.page), self._most)),
                       "finding tables")
        return PendingTables(self)

    def close(self) -> None:
        """End the workers: idle ones are told to exit; a parse that gives up on busy ones (it
        failed, or was interrupted) stops them at once."""
        busy = self._state in ("reading", "asked")
        for _, conn in self._workers:
            if not busy:
                try:
                    conn.send(None)
                except OSError:
                    pass
            conn.close()
        _stop((proc for proc, _ in self._workers), busy)
        self._workers = []
        self._state = "closed"


Shards = PageShards | PageWaves


class PendingTables:
    """The shards' tables, once `result()` has waited for them (`PackContext.pending`)."""

    def __init__(self, shards: Shards):
        self._shards = shards
        self._value: Optional[list[LogicalTable]] = None

    def result(self) -> list[LogicalTable]:
        if self._value is None:
            self._value = self._shards.tables()
        return self._value

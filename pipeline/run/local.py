"""Parse in local worker processes, `jobs` at a time; a file that kills its process fails alone."""

from __future__ import annotations

from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Iterator

from agendapack.pipeline.config import DEFAULT, Settings
from agendapack.pipeline.lifeline import exit_with_parent
from agendapack.pipeline.outputs import exports
from agendapack.pipeline.run.tasks import Outcome, Task, parse_record

# Importing the table writers while the worker parses saves a second on a short pack. A long
# PDF's parse takes minutes, so the second is nothing there, and the writers' memory would add
# to that of the page shards at the run's peak: only files up to this size warm them up.
WARM_UP_MAX_BYTES = 16 * 1024 * 1024


def run_local(tasks: list[Task], settings: Settings = DEFAULT) -> Iterator[tuple[Task, Outcome]]:
    """Parse in worker processes, `settings.jobs` at a time, yielding (task, outcome) as they
    finish; this process writes the outputs. Even with one job the parse runs in a worker: a
    file that kills its process (a crash in the PDF engine, out of memory) fails alone, and the
    parse and the table writers (pandas) never share a process's memory. One file alone keeps
    `jobs` for its page shards, and with two jobs or more the writers are imported meanwhile."""
    if len(tasks) == 1:
        with ProcessPoolExecutor(max_workers=1, initializer=exit_with_parent) as pool:
            future = pool.submit(parse_record, tasks[0].path, settings)
            if settings.table_files and settings.jobs > 1 and tasks[0].size <= WARM_UP_MAX_BYTES:
                exports.warm_up()
            try:
                outcome = future.result()
            except Exception as exc:  # the process died (out of memory, a signal)
                outcome = Outcome(error=f"worker failed: the process parsing it died ({type(exc).__name__})")
        # the worker has exited before this process loads and writes the record: a long PDF's
        # worker still holds the heap of its parse, and the two together were the run's peak
        yield tasks[0], outcome
        return
    yield from run_pool(tasks, settings.with_(jobs=1), max(1, min(settings.jobs, len(tasks))))


def run_pool(tasks: list[Task], settings: Settings, jobs: int) -> Iterator[tuple[Task, Outcome]]:
    """One file per process, submitted in order and never more than `jobs` at a time, so the
    largest files start first. A process that dies (out of memory, a signal) breaks the pool: the
    files it was parsing with the others in flight are parsed again one per process, so only the
    file that kills its process is reported, and the queued files go on in a new pool."""
    queue = deque(tasks)
    suspects: list[Task] = []
    while queue:
        with ProcessPoolExecutor(max_workers=jobs, initializer=exit_with_parent) as pool:
            inflight: dict[Future[Outcome], Task] = {}

            def fill() -> None:
                while queue and len(inflight) < jobs:
                    task = queue.popleft()
                    try:
                        inflight[pool.submit(parse_record, task.path, settings)] = task
                    except BrokenProcessPool:  # broke since the last look: a new pool takes it
                        queue.appendleft(task)
                        return

            fill()
            while inflight:
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                finished, broken = [], False
                for fut in done:
                    task = inflight.pop(fut)
                    try:
                        finished.append((task, fut.result()))
                    except BrokenProcessPool:
                        broken = True
                        suspects.append(task)
                    except Exception as exc:
                        finished.append((task, Outcome(error=f"worker failed: {type(exc).__name__}")))
                if broken:
                    # every file in flight fails with the pool; the queued ones go to a new pool
                    for fut in wait(inflight).done:
                        task = inflight.pop(fut)
                        if fut.exception() is None:
                            finished.append((task, fut.result()))
                        else:
                            suspects.append(task)
                elif jobs > 1:
                    fill()  # keep the processes busy while this process writes outputs
                yield from finished
                if broken:
                    break
                if jobs == 1:
                    fill()  # one process at work at a time: the next file once these are written
    for task in suspects:
        with ProcessPoolExecutor(max_workers=1, initializer=exit_with_parent) as solo:
            try:
                yield task, solo.submit(parse_record, task.path, settings).result()
            except Exception as exc:
                yield task, Outcome(error=f"worker failed: the process parsing it died ({type(exc).__name__})")

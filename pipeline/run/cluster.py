"""Parse on a Dask distributed cluster: one task per pack.

    parse_files(pdfs, "out", scheduler="tcp://host:8786")     # or: agendapack parse --dask-scheduler ...

Workers need agendapack installed, not a shared filesystem: each task is sent the PDF's bytes,
parses them from a temporary file and returns the record as JSON text (an `Outcome`); this
process writes every output and the cache, so a run gives the same bytes as a local run. The
largest files are sent first, and only about two files per worker thread are in flight at a time,
so a large archive is never held in memory whole.

A bad file is an error for that file only, as locally. When a worker dies, Dask runs its tasks
again elsewhere; a task Dask gives up on (`KilledWorker`, after
`distributed.scheduler.allowed-failures` deaths) is submitted once more, since it may only have
been queued beside the file that kills workers, and a second give-up is a "worker failed" error
for that file only. Run workers with one thread each (`dask worker --nthreads 1 --nworkers N`):
the PDF engines are not thread-safe, so one worker process parses one file at a time anyway.

A worker whose parser fingerprint (code, libraries, spaCy model, settings) differs from this
machine's still returns its record, with a warning, and the record is not cached.
"""

from __future__ import annotations

import tempfile
import threading
import warnings
from collections import deque
from pathlib import Path
from typing import Iterator

from agendapack.pipeline.config import DEFAULT, Settings
from agendapack.pipeline.run.cache import parser_fingerprint
from agendapack.pipeline.run.tasks import Outcome, Task, parse_record

# the PDF engines are not thread-safe: one parse at a time in a worker process
_PARSE_LOCK = threading.Lock()


class ClusterError(RuntimeError):
    """The Dask scheduler cannot be reached."""


def parse_bytes(name: str, data: bytes, settings: Settings = DEFAULT) -> tuple[Outcome, str]:
    """A cluster task: parse the bytes of a PDF called `name`; return the outcome and the
    worker's parser fingerprint."""
    with _PARSE_LOCK, tempfile.TemporaryDirectory(prefix="agendapack-") as tmp:
        path = Path(tmp) / (Path(name).name or "pack.pdf")
        path.write_bytes(data)
        outcome = parse_record(path, settings)
    return outcome, parser_fingerprint(settings)


def _short(exc: BaseException) -> str:
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {first}"[:160] if first else type(exc).__name__


def run_on_cluster(tasks: list[Task], scheduler: str, settings: Settings = DEFAULT) -> Iterator[tuple[Task, Outcome]]:
    """Parse `tasks` on the cluster behind `scheduler`, yielding (task, outcome) as they finish."""
    from distributed import Client, as_completed

    if not tasks:
        return
    remote = settings.with_(jobs=1)
    here = parser_fingerprint(remote)
    try:
        client = Client(scheduler, set_as_default=False)  # waits distributed.comm.timeouts.connect
    except Exception as exc:
        raise ClusterError(f"cannot connect to the Dask scheduler ({_short(exc)})") from exc
    with client:
        slots = max(2, 2 * sum(client.nthreads().values()))
        queue = deque((task, 0) for task in tasks)
        inflight: dict = {}
        unreadable: list[Task] = []
        running = as_completed(loop=client.loop)

        def fill() -> None:
            while queue and len(inflight) < slots:
                task, tries = queue.popleft()
                try:
                    data = task.path.read_bytes()
                except OSError:
                    unreadable.append(task)  # parsed here, which says why in the usual words
                    continue
                # the bytes travel inside the task (not scattered to one worker): when a worker
                # dies, the scheduler can still run its tasks elsewhere
                with warnings.catch_warnings():
                    warnings.filterwarnings("ignore", message="Sending large graph")
                    fut = client.submit(parse_bytes, task.path.name, data, remote, pure=False)
                inflight[fut] = (task, tries)
                running.add(fut)

        def parse_unreadable() -> Iterator[tuple[Task, Outcome]]:
            while unreadable:
                task = unreadable.pop(0)
                yield task, parse_record(task.path, remote)

        fill()
        yield from parse_unreadable()
        for fut in running:
            task, tries = inflight.pop(fut)
            outcome = None
            try:
                outcome, there = fut.result()
                if outcome.record is not None and there != here:
                    outcome = Outcome(
                        record=outcome.record,
                        note="parsed by a Dask worker whose agendapack code, libraries, spaCy model or "
                        "settings differ from this machine's; the record is not cached",
                    )
            except Exception as exc:
                if type(exc).__name__ == "KilledWorker" and tries == 0:
                    # workers died while it was running; it may have been queued beside the file
                    # that killed them: one more go, on its own count
                    queue.appendleft((task, 1))
                elif type(exc).__name__ == "KilledWorker":
                    outcome = Outcome(error="worker failed: the workers parsing it died (KilledWorker)")
                else:
                    outcome = Outcome(error=f"worker failed: {_short(exc)}")
            fut.release()
            fill()
            yield from parse_unreadable()
            if outcome is not None:
                yield task, outcome

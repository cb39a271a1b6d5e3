"""What a worker does for one file, wherever it runs (a local process, a Dask worker): parse the
PDF into its record as JSON text, or a one-line error. Batch, local and cluster runs share these
types, so none of them imports another."""

from __future__ import annotations

import errno
import logging
import signal
import threading
import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from agendapack.extractors.pdf.types import PdfError
from agendapack.pipeline.config import DEFAULT, Settings
from agendapack.pipeline.outputs.io import dumps_json
from agendapack.pipeline.shards import ShardError
from agendapack.pipeline.stages import parse_pack

log = logging.getLogger("agendapack")


@dataclass(frozen=True)
class Outcome:
    """What a worker sends back for one file: the record as JSON text, or a one-line error."""

    record: Optional[str] = None
    error: Optional[str] = None
    # a note for the operator; set when the record must not be cached (see run.cluster)
    note: Optional[str] = None


@dataclass(frozen=True)
class Task:
    """One file to parse: `group` names its content (files with the same bytes share it)."""

    path: Path
    size: int
    group: str


# the reasons an operator can act on, in words; any other takes the system's own message
OS_REASONS = {
    errno.ENOENT: "file not found",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "a loop of symbolic links",
    errno.ENAMETOOLONG: "file name too long",
    errno.EISDIR: "is a folder, not a PDF",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.ENOSPC: "no space left on the disk",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "read-only file system",
}


def os_reason(exc: OSError) -> str:
    """One line saying why a file could not be read or written."""
    reason = OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc) or type(exc).__name__
    return reason.splitlines()[0][:120]


def error_message(exc: Exception, pdf: str | Path) -> str:
    """The one-line error a Result carries for an exception raised while parsing `pdf`."""
    if isinstance(exc, (PdfError, TimeLimitExceeded)):
        return str(exc)
    if isinstance(exc, OSError) and exc.errno is not None:
        return os_reason(exc)
    if isinstance(exc, ShardError):
        return f"worker failed: {exc}"
    # a parser bug on one file must not end the batch
    log.debug("internal error on %s\n%s", pdf, traceback.format_exc())
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"internal error: {type(exc).__name__}: {first}"[:200]


class TimeLimitExceeded(Exception):
    """A parse ran past `Settings.time_limit`."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitExceeded in the code run under it once `seconds` have passed. Only the
    main thread of a process can take a timer signal: elsewhere (a Dask worker's task thread)
    there is no limit."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise TimeLimitExceeded(f"stopped after the time limit of {seconds:g} s (setting time_limit, --time-limit)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def parse_record(pdf: str | Path, settings: Settings = DEFAULT) -> Outcome:
    """Parse one PDF into its validated record as JSON text (what pack.json holds); never raises
    for a bad file. This is the work a worker process or a cluster task does. A page shard that
    died (killed, out of memory) costs one more try, as a dead worker's file gets one."""
    try:
        with time_limit(settings.time_limit):
            try:
                pack = parse_pack(Path(pdf), settings)
            except ShardError as exc:
                log.debug("%s: parsing again after %s", pdf, exc)
                pack = parse_pack(Path(pdf), settings)
        return Outcome(record=dumps_json(pack.model_dump(mode="json")))
    except Exception as exc:
        return Outcome(error=error_message(exc, pdf))

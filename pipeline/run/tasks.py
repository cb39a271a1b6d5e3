"""What a worker does for one file, wherever it runs (a local process, a Dask worker): parse the
PDF into its record as JSON text, or a one-line error. Batch, local and cluster runs share these
types, so none of them imports another."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

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


def error_message(exc: Exception, pdf: str | Path) -> str:
    """The one-line error a Result carries for an exception raised while parsing `pdf`."""
    if isinstance(exc, PdfError):
        return str(exc)
    if isinstance(exc, ShardError):
        return f"worker failed: {exc}"
    # a parser bug on one file must not end the batch
    log.debug("internal error on %s\n%s", pdf, traceback.format_exc())
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"internal error: {type(exc).__name__}: {first}"[:200]


def parse_record(pdf: str | Path, settings: Settings = DEFAULT) -> Outcome:
    """Parse one PDF into its validated record as JSON text (what pack.json holds); never raises
    for a bad file. This is the work a worker process or a cluster task does."""
    try:
        return Outcome(record=dumps_json(parse_pack(Path(pdf), settings).model_dump(mode="json")))
    except Exception as exc:
        return Outcome(error=error_message(exc, pdf))

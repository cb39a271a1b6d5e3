"""The run report (`agendapack parse --report run.json`): one entry per input with its status,
reason, timing, pages, output and record hash, the totals, the machine and the versions.

It is written atomically whether the run succeeded or failed, and checked against its own schema
(`schema/report.schema.json`) before it is written, so a tool reading it can trust its shape.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any, Optional

from agendapack.pipeline.outputs.io import atomic_write_text, dumps_json

STATUSES = ("parsed", "cached", "warning", "failed")
LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "spacy", "pydantic")


@dataclass
class ReportEntry:
    input: str
    status: str
    reason: Optional[str] = None
    warnings: list[str] = field(default_factory=list)
    # seconds from the run's start until this file's result was known (workers report no timing)
    finished_after_seconds: float = 0.0
    pages: Optional[int] = None
    output: Optional[str] = None
    pdf_sha256: Optional[str] = None
    record_sha256: Optional[str] = None


def entry_for(result: Any, finished_after: float) -> ReportEntry:
    """A report entry from a batch Result (`run.batch.Result`), reading its written record."""
    if not result.ok:
        return ReportEntry(result.path, "failed", reason=result.error, finished_after_seconds=round(finished_after, 3))
    status = "warning" if result.warnings else ("cached" if result.cached else "parsed")
    entry = ReportEntry(result.path, status, warnings=list(result.warnings), output=result.output,
                        finished_after_seconds=round(finished_after, 3))
    if result.warnings:
        entry.reason = result.warnings[0]
    try:
        data = Path(result.output).read_bytes()
        record = json.loads(data)
        entry.record_sha256 = hashlib.sha256(data).hexdigest()
        entry.pages = record["source"]["pages"]
        entry.pdf_sha256 = record["source"]["sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return entry


def _version(dist: str) -> Optional[str]:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def build_report(entries: list[ReportEntry], started: datetime, seconds: float, strict: bool,
                 exit_code: int, settings: dict[str, Any]) -> dict[str, Any]:
    totals = {status: sum(e.status == status for e in entries) for status in STATUSES}
    return {
        "report_version": "1.0",
        "started": started.astimezone(timezone.utc).isoformat(timespec="seconds"),
        "seconds": round(seconds, 3),
        "exit_code": exit_code,
        "strict": strict,
        "totals": {"inputs": len(entries), **totals},
        "machine": {
            "hostname": platform.node(),
            "platform": platform.platform(),
            "cpus": os.cpu_count() or 1,
            "python": sys.version.split()[0],
        },
        "versions": {"agendapack": _version("agendapack"), **{lib: _version(lib) for lib in LIBRARIES}},
        "settings": settings,
        "inputs": [entry.__dict__ for entry in entries],
    }


@lru_cache(maxsize=1)
def report_schema() -> dict[str, Any]:
    # installed as the package `agendapack.schema` (schema/ in a checkout)
    from importlib.resources import files

    return json.loads((files("agendapack.schema") / "report.schema.json").read_text(encoding="utf-8"))


def report_errors(report: dict[str, Any]) -> list[str]:
    """Every way `report` departs from its schema, each as `json/path: message`."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(report_schema(), format_checker=jsonschema.FormatChecker())
    return [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(report)]


def write_report(path: str | Path, report: dict[str, Any]) -> None:
    """Check the report against its schema, then write it atomically (a reader never sees half)."""
    errors = report_errors(report)
    if errors:  # a bug here, not the operator's: say so rather than write a report that lies
        raise ValueError(f"the run report does not match its schema: {errors[0]}")
    atomic_write_text(path, dumps_json(report))

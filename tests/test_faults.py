"""Fault injection: SIGKILL the batch's main process, a pool worker or a page shard at a random
moment of a 20-file batch, several times each. Afterwards there is no partial output, no process
of the batch is left after 5 seconds, and a rerun writes exactly what an uninterrupted run writes.

The moments come from a seeded random generator, so a failure can be replayed.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fpdf import FPDF

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261204
TRIALS = 3  # kills of each kind


def _pdf(path: Path, title: str, pages: int) -> Path:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for page in range(1, pages + 1):
        pdf.add_page()
        pdf.multi_cell(0, 7, f"{title}\nAGENDA\n" + "\n".join(
            f"{n}. Report {page}.{n} of the Director on item {title} {n}" for n in range(1, 12)))
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> list[Path]:
    """19 one-page packs and one of 70 pages, which page shards read (with one job per file, a
    PDF over `shard_pages` pages is sharded)."""
    folder = tmp_path_factory.mktemp("packs")
    files = [_pdf(folder / f"pack-{n:02}.pdf", f"Meeting {n}", 1) for n in range(19)]
    files.append(_pdf(folder / "long-pack.pdf", "Long meeting", 70))
    return files


def _start(files: list[Path], out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "agendapack", "parse", "-q", "-j", "2", "-o", str(out), *map(str, files)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )


def _processes() -> dict[int, tuple[int, int]]:
    """pid -> (parent pid, session id) of every process on the machine."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            found[int(entry.name)] = (int(fields[1]), int(fields[3]))
    return found


def _session(sid: int) -> list[int]:
    return [pid for pid, (_, s) in _processes().items() if s == sid]


def _outputs(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.parts and p.name != ".parsed"}


def _target(kind: str, main: int) -> int | None:
    """The process to kill: the main one, one of its pool workers, or a shard (a worker's child)."""
    procs = _processes()
    workers = [pid for pid, (ppid, _) in procs.items() if ppid == main]
    if kind == "main":
        return main
    if kind == "worker":
        return workers[0] if workers else None
    shards = [pid for pid, (ppid, _) in procs.items() if ppid in workers]
    return shards[0] if shards else None


@pytest.fixture(scope="module")
def reference(batch, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("reference")
    proc = _start(batch, out)
    assert proc.wait(timeout=600) == 0, proc.stderr.read().decode()
    return _outputs(out)


@pytest.mark.parametrize("kind", ["main", "worker", "shard"])
def test_a_killed_process_leaves_whole_outputs_and_a_rerun_completes_them(kind, batch, reference, tmp_path):
    rng = random.Random(f"{SEED}-{kind}")
    for trial in range(TRIALS):
        out = tmp_path / f"run-{trial}"
        proc = _start(batch, out)
        time.sleep(rng.uniform(0.5, 6.0))
        victim = None
        deadline = time.monotonic() + 60
        while victim is None and proc.poll() is None and time.monotonic() < deadline:
            victim = _target(kind, proc.pid)  # a shard exists only while the long pack is read
            if victim is None:
                time.sleep(0.02)
        if victim is not None:
            try:
                os.kill(victim, signal.SIGKILL)
            except ProcessLookupError:
                pass
        proc.wait(timeout=600)
        time.sleep(5)
        assert _session(proc.pid) == [], f"{kind} trial {trial}: processes left behind"

        # whatever was written is whole: each file is byte for byte what the full run writes
        partial = _outputs(out)
        assert not [name for name in partial if name.endswith(".tmp") and kind != "main"]
        for name, data in partial.items():
            if not name.endswith(".tmp"):
                assert data == reference[name], f"{kind} trial {trial}: {name} differs"
                if name.endswith(".json"):
                    json.loads(data)

        rerun = _start(batch, out)
        assert rerun.wait(timeout=600) == 0, rerun.stderr.read().decode()
        assert _outputs(out) == reference, f"{kind} trial {trial}: the rerun differs"
        assert not list(out.rglob("*.tmp")), "stale temporary files are removed by the next run"

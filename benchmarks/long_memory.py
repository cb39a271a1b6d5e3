"""Memory of a long PDF's parse, all processes together: does it stay bounded by `--jobs`?

    python -m benchmarks.long_memory                 # 2,000 pages at --jobs 1 and --jobs 2
    python -m benchmarks.long_memory --pages 500 --jobs 2

A PDF of `--pages` pages is made at run time from the mixed pack, repeated and cut to length
(`benchmarks/mixed_pack.py`: deterministic, same bytes every run; written to out/bench/, never
committed), and parsed through the real CLI, `agendapack parse -q --force --jobs N`, into a
fresh output folder. `make bench` runs it too (`benchmarks/run.py`, `--long-pages`,
`--long-only`).

Per-process peaks (benchmarks/measure.py) cannot see this: a parse that starts a hundred page
shards of 60 MB each has a small peak per process and gigabytes in all. So a thread samples the
whole process tree every 0.1 s with psutil and keeps the peak of the sums:

- `peak_pss_mb`, the figure the target is set on: proportional set size, each page shared by
  forked processes counted once in all (a shard forked from the worker shares its imports);
- `peak_rss_mb`: the sum of RSS, which counts every shared page once per process (an upper
  bound, what a naive `ps` sum shows);
- `peak_uss_mb`: the sum of the pages each process alone holds (a lower bound);
- `most_processes`: the most processes alive at once (the command, its worker, the shards),
  `processes`: how many were started in all;
- `cpu_s`: CPU time of all of them (getrusage of the children waited for): on a shared, busy
  machine the wall time says little, the CPU time much more.

A peak shorter than 0.1 s can be missed; the shards' memory grows over seconds, so the figure
is close. Where PSS cannot be read (not Linux), the RSS sum is reported as PSS too.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

import psutil

from benchmarks.measure import Poller, own_cpu_s

ROOT = Path(__file__).resolve().parents[1]
LONG_MEMORY_PDF = ROOT / "out" / "bench" / "long-memory.pdf"
DEFAULT_PAGES = 2000
POLL_S = 0.1
# the memory issue's target: the whole parse of the long PDF, every process together
MAX_TOTAL_MB = 600.0
MB = 1024 * 1024


class TreeMemory(Poller):
    """Peak of the summed memory of `root` and all its descendants, sampled every POLL_S."""

    def __init__(self, root: int):
        super().__init__(POLL_S)
        self.root = psutil.Process(root)
        self.peak = {"pss": 0, "rss": 0, "uss": 0}
        self.most_processes = 0
        self.pids: set[int] = set()
        self.pss_read = True

    def sample(self) -> None:
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return  # the command has ended
        sums = {"pss": 0, "rss": 0, "uss": 0}
        alive = 0
        for proc in procs:
            try:
                info = proc.memory_full_info()
            except psutil.AccessDenied:
                self.pss_read = False
                try:
                    info = proc.memory_info()
                except psutil.Error:
                    continue
            except psutil.Error:
                continue  # ended between the listing and the read
            alive += 1
            self.pids.add(proc.pid)
            for key in sums:
                sums[key] += getattr(info, key, info.rss)
        for key, value in sums.items():
            self.peak[key] = max(self.peak[key], value)
        self.most_processes = max(self.most_processes, alive)


def build_long_pdf(corpus: Path, pages: int, dest: Path = LONG_MEMORY_PDF) -> Path:
    from benchmarks.mixed_pack import build_mixed_pack

    made = build_mixed_pack(corpus, dest, pages=pages)
    if made != pages:
        raise RuntimeError(f"made {made} pages, not {pages}")
    return dest


def parse_tree_memory(cli: str, pdf: Path, jobs: int, engine: str = "pdfium") -> dict:
    """Parse `pdf` through the CLI at `--jobs jobs` into a fresh folder; wall time and the peak
    memory of all its processes together."""
    out = Path(tempfile.mkdtemp(prefix="agendapack-bench-long-"))
    cmd = [cli, "parse", "--jobs", str(jobs), "--engine", engine, "--force", "-q", "-o", str(out), str(pdf)]
    env = {k: v for k, v in os.environ.items() if k not in ("AGENDAPACK_JOBS", "AGENDAPACK_ENGINE")}
    try:
        with tempfile.TemporaryFile() as err:
            start, cpu = time.perf_counter(), own_cpu_s(resource.RUSAGE_CHILDREN)
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env, cwd=ROOT)
            sampler = TreeMemory(proc.pid)
            sampler.start()
            proc.wait()
            wall, cpu = time.perf_counter() - start, own_cpu_s(resource.RUSAGE_CHILDREN) - cpu
            sampler.stop.set()
            sampler.join()
            err.seek(0)
            stderr = err.read().decode(errors="replace")
    finally:
        shutil.rmtree(out, ignore_errors=True)
    errors = [ln for ln in stderr.splitlines() if ln.startswith("error")]
    if proc.returncode and not errors:
        errors = [f"exit {proc.returncode}: {stderr.strip()[-300:]}"]
    peak = sampler.peak if sampler.pss_read else {**sampler.peak, "pss": sampler.peak["rss"], "uss": None}
    return {
        "jobs": jobs,
        "wall_s": round(wall, 2),
        "cpu_s": round(cpu, 1),
        "peak_pss_mb": round(peak["pss"] / MB, 1),
        "peak_rss_mb": round(peak["rss"] / MB, 1),
        "peak_uss_mb": None if peak["uss"] is None else round(peak["uss"] / MB, 1),
        "most_processes": sampler.most_processes,
        "processes": len(sampler.pids),
        "pss_read": sampler.pss_read,
        "errors": errors,
    }


def long_memory(cli: str, corpus: Path, pages: int, jobs_list: tuple[int, ...] = (1, 2),
                log=None) -> dict:
    """The long-PDF figures for `make bench` (out/bench.json key `long_pdf_memory`)."""
    pdf = build_long_pdf(corpus, pages)
    pdf.read_bytes()  # warm the file cache
    runs = {}
    for jobs in jobs_list:
        runs[f"jobs_{jobs}"] = run = parse_tree_memory(cli, pdf, jobs)
        if log:
            log(f"  long-memory ({pages} p) parse --jobs {jobs}: {run['wall_s']:.1f} s ({run['cpu_s']:.0f} s CPU), "
                f"peak {run['peak_pss_mb']:.0f} MB PSS / {run['peak_rss_mb']:.0f} MB RSS in all, "
                f"{run['most_processes']} processes at most")
    return {
        "pdf": _shown(pdf),
        "pages": pages,
        "measure": f"peak of the summed PSS (and RSS, USS) of the whole process tree, sampled every {POLL_S} s",
        "target_mb": MAX_TOTAL_MB,
        **runs,
    }


def report_lines(figures: dict) -> list[str]:
    lines = [
        f"long PDF ({figures['pages']} pages, {figures['pdf']}): memory of all processes together",
        "| jobs | seconds | CPU s | peak PSS MB (all) | peak RSS MB (all) | peak USS MB (all) | most processes "
        f"| started | < {figures['target_mb']:g} MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for key, run in figures.items():
        if not key.startswith("jobs_"):
            continue
        uss = "–" if run["peak_uss_mb"] is None else f"{run['peak_uss_mb']:.0f}"
        verdict = "error" if run["errors"] else ("PASS" if run["peak_pss_mb"] < figures["target_mb"] else "FAIL")
        lines.append(f"| {run['jobs']} | {run['wall_s']:.1f} | {run['cpu_s']:.0f} | {run['peak_pss_mb']:.0f} "
                     f"| {run['peak_rss_mb']:.0f} "
                     f"| {uss} | {run['most_processes']} | {run['processes']} | {verdict} |")
    return lines


def _shown(path: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: Optional[list[str]] = None) -> int:
    from benchmarks.run import agendapack_cli
    from evaluation.corpus import CORPUS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=DEFAULT_PAGES, help=f"pages of the PDF (default {DEFAULT_PAGES})")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values to parse at (default 1 2)")
    ap.add_argument("--corpus", type=Path, default=None, help="corpus folder (default ../shared/corpus)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    figures = long_memory(agendapack_cli(), args.corpus or CORPUS, args.pages, tuple(args.jobs),
                          log=lambda s: print(s, file=sys.stderr, flush=True))
    print(json.dumps(figures, indent=2) if args.json else "\n".join(report_lines(figures)))
    return 1 if any(k.startswith("jobs_") and v["errors"] for k, v in figures.items()) else 0


if __name__ == "__main__":
    sys.exit(main())

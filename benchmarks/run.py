"""Speed benchmark: full parse against pdfplumber's plain text and `pdftotext`, in one run.

    make bench                              # the mixed ~100-page pack and the whole corpus
    python -m benchmarks.run --quick        # the mixed pack only
    python -m benchmarks.run --repeat 3     # median of three runs of each measurement
    python -m benchmarks.run --check        # exit 1 when a target of the speed issue is missed
    python -m benchmarks.run --long-only    # the long PDF's memory only (--long-pages N: its length)

Measured on (i) a ~100-page pack concatenated from corpus files (`benchmarks/mixed_pack.py`,
written to out/bench/), (ii) every PDF of the corpus, (iii) the pack four times over
(~400 pages; pdftotext and the parse at --jobs 2 only), for memory as a pack grows, and
(iv) a 2,000-page PDF (the pack over and over, `benchmarks/long_memory.py`) parsed at --jobs 1
and 2, for the memory of all the processes of a parse together, and (v) `agendapack publish` of the
corpus's records and of 1,000 packs' (`benchmarks/publish_bench.py`) (neither with --quick):

- `pdftotext FILE -` once per file, wall times summed: the limit a parser is compared with;
- pdfplumber `extract_text()` on every page (the extraction loop, in its own process);
- the full parse through the real CLI, `agendapack parse -q --jobs N`, each run in a fresh
  process with a fresh output folder (no cache): engine pdfium at --jobs 1 and 2, engine
  pdfplumber at --jobs 1 for comparison.

Peak memory is the largest peak RSS of any one process of a run (main or worker), see
`benchmarks/measure.py`; for the 2,000-page PDF, the peak of the summed PSS of every process
(out/bench.json `long_pdf_memory`). Prints a table, writes out/bench.json, exits 0 unless --check.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from agendapack.extractors.pdf.reader import PageReader
from agendapack.pipeline.outputs.io import atomic_write_text, dumps_json
from benchmarks import plan_diff
from benchmarks.long_memory import DEFAULT_PAGES, MAX_TOTAL_MB, long_memory, report_lines
from benchmarks.measure import busy_cpu_s, own_cpu_s
from benchmarks.mixed_pack import PACK_FILES, CorpusMissing, build_mixed_pack, check_corpus
from benchmarks.publish_bench import publish_benchmark
from benchmarks.publish_bench import report_lines as publish_lines
from evaluation.corpus import CORPUS  # the shared corpus: $AGENDAPACK_CORPUS or ../shared/corpus

ROOT = Path(__file__).resolve().parents[1]

PACK_PDF = ROOT / "out" / "bench" / "mixed-pack.pdf"
# the mixed pack four times over: does a process's memory grow with the pack?
LONG_COPIES = 4
LONG_PDF = ROOT / "out" / "bench" / "long-pack.pdf"
JSON_OUT = ROOT / "out" / "bench.json"

# the speed issue's targets
MAX_X_PDFTOTEXT = 10.0  # full parse on 2 cores (--jobs 2) within 10x the pdftotext time
MAX_PEAK_MB = 150.0  # peak RSS of any one process, parsing the pack
MIN_SPEEDUP = 1.6  # --jobs 2 against --jobs 1 on the corpus

# other processes using more CPU than this (in cores) during a measurement make its time suspect
BUSY_WARN = 0.2
LEGEND = (
    "seconds: wall time (pdftotext: summed over files; extract_text: the extraction loop; parse: the\n"
    "whole CLI process, start-up included), median of the runs; CPU s: its CPU time, all processes.\n"
    "peak MB: the largest peak RSS of any one process (main / worker: split by process).\n"
    "busy: CPU cores used by other processes meanwhile (0 on a quiet machine)."
)


@dataclass
class Row:
    """One measurement of one workload: median wall time of its runs and peak memory."""

    workload: str
    name: str
    pages: int
    runs: list[float]
    cpu_s: float  # median CPU time of the runs: what a busy machine slows down least
    peak_rss_mb: Optional[float] = None  # the largest peak of any one process (exact)
    main_peak_mb: Optional[float] = None  # split by process, from 20 ms polls
    worker_peak_mb: Optional[float] = None
    errors: list[str] = field(default_factory=list)
    # CPU cores that processes outside the measurement used meanwhile (the most of any run)
    others_cores: float = 0.0
    x_pdftotext: Optional[float] = None

    @property
    def seconds(self) -> float:
        return statistics.median(self.runs)

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.seconds if self.seconds else float("inf")


# ---- measurements --------------------------------------------------------------------------------


def pdftotext_run(files: list[Path]) -> dict:
    """Sum of per-file wall times of `pdftotext FILE -` (output discarded)."""
    total, errors = 0.0, []
    busy, ours = busy_cpu_s(), own_cpu_s(resource.RUSAGE_CHILDREN) + own_cpu_s(resource.RUSAGE_SELF)
    for f in files:
        start = time.perf_counter()
        done = subprocess.run(["pdftotext", str(f), "-"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              check=False)
        total += time.perf_counter() - start
        if done.returncode:
            errors.append(f"{f.name}: pdftotext exit {done.returncode}")
    ours = own_cpu_s(resource.RUSAGE_CHILDREN) + own_cpu_s(resource.RUSAGE_SELF) - ours
    return {"seconds": total, "wall_s": total, "cpu_s": ours, "others_cpu_s": max(0.0, busy_cpu_s() - busy - ours),
            "errors": errors}


def measured(cmd: list[str], env: Optional[dict] = None) -> dict:
    """Run `cmd` under benchmarks.measure, a fresh small process (why: see measure.py)."""
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.measure", "--", *cmd],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )
    return json.loads(done.stdout)


def plain_text_run(engine: str, files: list[Path]) -> dict:
    m = measured([sys.executable, "-m", "benchmarks.plain_text", engine, *map(str, files)])
    if m["returncode"]:
        return {**m, "seconds": m["wall_s"], "errors": [m["stderr"].strip()[-300:]]}
    loop = json.loads(m["stdout"])
    return {**m, "seconds": loop["seconds"], "cpu_s": loop["cpu_s"], "errors": []}


def agendapack_cli() -> str:
    beside = Path(sys.executable).with_name("agendapack")  # the console script of this venv
    found = str(beside) if beside.exists() else shutil.which("agendapack")
    if not found:
        sys.exit("error: the agendapack command is not installed (run `make install`)")
    return found


def parse_run(cli: str, files: list[Path], engine: str, jobs: int) -> dict:
    """The full parse of `files` through the CLI, into a fresh output folder (no cache)."""
    out = Path(tempfile.mkdtemp(prefix="agendapack-bench-"))
    cmd = [cli, "parse", "--jobs", str(jobs), "--engine", engine, "--force", "-q", "-o", str(out)]
    env = {k: v for k, v in os.environ.items() if k not in ("AGENDAPACK_JOBS", "AGENDAPACK_ENGINE")}
    try:
        m = measured(cmd + [str(f) for f in files], env)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    errors = [ln for ln in m["stderr"].splitlines() if ln.startswith("error")]
    if m["returncode"] and not errors:
        errors = [f"exit {m['returncode']}: {m['stderr'].strip()[-300:]}"]
    return {**m, "seconds": m["wall_s"], "errors": errors}


def row_of(workload: str, name: str, pages: int, results: list[dict]) -> Row:
    """One measurement's row from its runs: median time, peak memory over all runs."""
    peaks = [r for r in results if r.get("peak_rss_mb") is not None]
    cpu = statistics.median(r["cpu_s"] for r in results)
    row = Row(workload, name, pages, [r["seconds"] for r in results], cpu, errors=results[-1]["errors"],
              others_cores=max(r["others_cpu_s"] / r["wall_s"] for r in results))
    if peaks:
        row.peak_rss_mb = max(r["peak_rss_mb"] for r in peaks)
        row.main_peak_mb = max(r["main_peak_mb"] for r in peaks)
        workers = [r["worker_peak_mb"] for r in peaks if r["worker_peak_mb"] is not None]
        row.worker_peak_mb = max(workers) if workers else None
    return row


def bench_workload(workload: str, files: list[Path], repeat: int, cli: str, full: bool = True) -> list[Row]:
    """Every measurement of one workload; `full=False`: the limit and the parse at --jobs 2.

    The runs go in rounds, each round running every measurement once: this shared machine
    speeds up and slows down by a fifth from one minute to the next, and rounds let a slow
    spell slow the limit and the parse alike instead of only one of them."""
    pages = sum(page_count(f) for f in files)
    for f in files:
        f.read_bytes()  # warm the file cache: the first measurement must not pay for disk reads
    if shutil.which("pdftotext"):
        plan = [("pdftotext (the limit)", lambda: pdftotext_run(files))]
    else:
        plan = [("pypdfium2 text (no pdftotext)", lambda: plain_text_run("pdfium", files))]
    if full:
        plan.append(("pdfplumber extract_text", lambda: plain_text_run("pdfplumber", files)))
    for engine, jobs in (("pdfium", 1), ("pdfium", 2), ("pdfplumber", 1)) if full else (("pdfium", 2),):
        plan.append((f"parse --engine {engine} --jobs {jobs}", lambda e=engine, j=jobs: parse_run(cli, files, e, j)))
    results: dict[str, list[dict]] = {name: [] for name, _ in plan}
    for n in range(repeat):
        for name, run in plan:
            results[name].append(run())
            print(f"  {workload:7} {name:36} run {n + 1}/{repeat} {results[name][-1]['seconds']:8.2f} s",
                  file=sys.stderr, flush=True)
    rows = [row_of(workload, name, pages, results[name]) for name, _ in plan]
    for row in rows:
        row.x_pdftotext = row.seconds / rows[0].seconds
    return rows


def page_count(path: Path) -> int:
    with PageReader(path) as reader:
        return reader.total


# ---- targets -------------------------------------------------------------------------------------


def find(rows: list[Row], workload: str, name: str) -> Optional[Row]:
    return next((r for r in rows if r.workload == workload and r.name == name), None)


def speedup(rows: list[Row], workload: str) -> Optional[float]:
    one = find(rows, workload, "parse --engine pdfium --jobs 1")
    two = find(rows, workload, "parse --engine pdfium --jobs 2")
    return one.seconds / two.seconds if one and two else None


def targets(rows: list[Row]) -> list[dict]:
    """The issue's done-when figures, each PASS/FAIL, or None where this run did not measure it."""
    out = []
    for workload in ("pack", "corpus"):
        row = find(rows, workload, "parse --engine pdfium --jobs 2")
        value = row.x_pdftotext if row else None
        out.append({"target": f"{workload}: full parse --jobs 2 / pdftotext", "value": value,
                    "goal": f"≤ {MAX_X_PDFTOTEXT:g}×", "pass": None if value is None else value <= MAX_X_PDFTOTEXT})
    pack_runs = [find(rows, "pack", f"parse --engine pdfium --jobs {j}") for j in (1, 2)]
    peak = max((r.peak_rss_mb for r in pack_runs if r and r.peak_rss_mb is not None), default=None)
    out.append({"target": "pack: peak RSS of any one process (--jobs 1 and 2)", "value": peak,
                "goal": f"< {MAX_PEAK_MB:g} MB", "pass": None if peak is None else peak < MAX_PEAK_MB})
    # the figure on two cores alone (the machine the targets were set for)
    two = pack_runs[1].peak_rss_mb if pack_runs[1] else None
    out.append({"target": "pack: peak RSS of any one process on two cores (--jobs 2)", "value": two,
                "goal": f"< {MAX_PEAK_MB:g} MB", "pass": None if two is None else two < MAX_PEAK_MB})
    long_run = find(rows, "long", "parse --engine pdfium --jobs 2")
    if long_run is not None and pack_runs[1] is not None:
        # not a target of the issue: how much a process's peak grows when the pack is 4x longer
        out.append({"target": f"long pack ({LONG_COPIES}× the pack): peak RSS of any one process (--jobs 2)",
                    "value": long_run.peak_rss_mb, "goal": "(for comparison)", "pass": None})
    gain = speedup(rows, "corpus")
    out.append({"target": "corpus: --jobs 2 speed-up over --jobs 1", "value": gain,
                "goal": f"≥ {MIN_SPEEDUP:g}×", "pass": None if gain is None else gain >= MIN_SPEEDUP})
    return out


# ---- report --------------------------------------------------------------------------------------


def _mb(value: Optional[float]) -> str:
    return "–" if value is None else f"{value:.0f}"


def table(rows: list[Row]) -> str:
    lines = [
        "| files | measurement | seconds | pages/s | × pdftotext | CPU s | peak MB | main / worker MB | busy |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        split = "–" if r.main_peak_mb is None else f"{_mb(r.main_peak_mb)} / {_mb(r.worker_peak_mb)}"
        lines.append(f"| {r.workload} ({r.pages} p) | {r.name} | {r.seconds:.2f} | {r.pages_per_s:.1f} "
                     f"| {r.x_pdftotext:.1f} | {r.cpu_s:.2f} | {_mb(r.peak_rss_mb)} | {split} | {r.others_cores:.2f} |")
    return "\n".join(lines)


def long_targets(figures: Optional[dict]) -> list[dict]:
    """The memory issue's target: the long PDF's parse, all its processes together."""
    if figures is None:
        return []
    out = []
    for key in ("jobs_1", "jobs_2"):
        run = figures.get(key)
        if run is None:
            continue
        value = None if run["errors"] else run["peak_pss_mb"]
        out.append({"target": f"long PDF ({figures['pages']} p): peak memory of all processes (PSS, --jobs {run['jobs']})",
                    "value": value, "unit": "MB", "goal": f"< {MAX_TOTAL_MB:g} MB",
                    "pass": False if run["errors"] else value < MAX_TOTAL_MB})
    return out


def publish_targets(figures: Optional[dict]) -> list[dict]:
    """The publish issue's target (1,000 packs' records published in under a minute) and the
    site issue's (the corpus's site rendered in under 30 seconds)."""
    if figures is None:
        return []
    return [{"target": f"publish {figures['packs']} packs' records", "value": figures["publish_s"], "unit": "s",
             "goal": f"< {figures['goal_s']:g} s", "pass": figures["pass"]},
            {"target": f"site of the corpus's records ({figures['corpus_packs']} packs)", "value": figures["site_s"],
             "unit": "s", "goal": f"< {figures['site_goal_s']:g} s", "pass": figures["site_s"] < figures["site_goal_s"]}]


def targets_table(results: list[dict]) -> str:
    lines = ["| target | measured | goal | result |", "|---|---:|---|---|"]
    for t in results:
        value = "not measured" if t["value"] is None else (
            f"{t['value']:.0f} MB" if "RSS" in t["target"] or t.get("unit") == "MB" else
            f"{t['value']:.2f} s" if t.get("unit") == "s" else f"{t['value']:.2f}×")
        verdict = "–" if t["pass"] is None else ("PASS" if t["pass"] else "FAIL")
        lines.append(f"| {t['target']} | {value} | {t['goal']} | {verdict} |")
    return "\n".join(lines)


def print_report(rows: list[Row], results: list[dict], facts: dict, workloads: list[str]) -> None:
    print()
    print(table(rows))
    print(LEGEND)
    busiest = max(r.others_cores for r in rows)
    if busiest > BUSY_WARN:
        print(f"warning: other processes used up to {busiest:.2f} CPU cores during a measurement; "
              "its time is slowed (run again on a quiet machine)")
    print()
    for workload in workloads:
        gain = speedup(rows, workload)
        plumber = find(rows, workload, "pdfplumber extract_text")
        if gain is None or plumber is None:
            continue
        print(f"{workload}: --jobs 2 is {gain:.2f}× as fast as --jobs 1; "
              f"pdfplumber extract_text takes {plumber.x_pdftotext:.1f}× the pdftotext time")
    print()
    print(targets_table(results))
    print(f"\n{facts['cpus_usable']} CPUs ({facts['cpu_model']}), Python {facts['python']}, "
          f"pdfplumber {facts['versions']['pdfplumber']}, pypdfium2 {facts['versions']['pypdfium2']}, "
          f"spaCy {facts['versions']['spacy']} ({facts['spacy_model']}), {facts['date']}")


def _shown(path: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def machine() -> dict:
    from agendapack.extractors.minutes.nlp import resolve_model
    from agendapack.pipeline.config import Settings

    def version(pkg: str) -> Optional[str]:
        try:
            return importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            return None

    def first_line(cmd: list[str]) -> Optional[str]:
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
        except OSError:
            return None
        text = (done.stdout or done.stderr).strip()
        return text.splitlines()[0] if done.returncode == 0 and text else None

    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines() if Path("/proc/cpuinfo").exists() else []
    cpu = next((ln.split(":", 1)[1].strip() for ln in cpuinfo if ln.startswith("model name")), platform.processor())
    model = resolve_model(Settings().spacy_model)
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu_model": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": {pkg: version(pkg) for pkg in ("pdfplumber", "pdfminer.six", "pypdfium2", "spacy")},
        "spacy_model": model if model == "blank" else f"{model} {version(model.replace('_', '-')) or ''}".strip(),
        "pdftotext": first_line(["pdftotext", "-v"]),
        "commit": first_line(["git", "rev-parse", "HEAD"]),
    }


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=None,
                    help="corpus folder (default ../shared/corpus or $AGENDAPACK_CORPUS)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="runs of each measurement; the median is reported (default 1)")
    ap.add_argument("--quick", action="store_true",
                    help="the mixed pack only, not the whole corpus nor the long PDF (unless --long-pages)")
    ap.add_argument("--long-pages", type=int, default=None,
                    help=f"pages of the long PDF whose memory is measured (default {DEFAULT_PAGES}; 0: skip it)")
    ap.add_argument("--long-only", action="store_true", help="only the long PDF's memory, at --jobs 1 and 2")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed or a parse fails")
    ap.add_argument("--json", type=Path, default=JSON_OUT,
                    help=f"where to write the figures (default {JSON_OUT.relative_to(ROOT)})")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    long_pages = args.long_pages if args.long_pages is not None else (0 if args.quick else DEFAULT_PAGES)
    if args.long_only and not long_pages:
        long_pages = DEFAULT_PAGES
    if long_pages < 0:
        ap.error("--long-pages must be 0 or more")

    corpus = args.corpus or CORPUS
    try:
        check_corpus(corpus)
    except CorpusMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not shutil.which("pdftotext"):
        print("warning: pdftotext not found (install it: apt-get install poppler-utils); "
              "timing pypdfium2's text extraction as the limit instead", file=sys.stderr)
    cli = agendapack_cli()
    if args.long_only:
        return long_only(args, cli, corpus, long_pages)

    pages = build_mixed_pack(corpus, PACK_PDF)
    print(f"mixed pack: {PACK_PDF.relative_to(ROOT)}, {pages} pages from {corpus}:")
    for rel, role in PACK_FILES:
        print(f"  {page_count(corpus / rel):3} p  {rel}  ({role})")
    workloads = {"pack": [PACK_PDF]}
    if not args.quick:
        workloads["corpus"] = sorted(corpus.rglob("*.pdf"))
        print(f"corpus: {len(workloads['corpus'])} PDFs, {sum(map(page_count, workloads['corpus']))} pages")
        four_pages = build_mixed_pack(corpus, LONG_PDF, LONG_COPIES)
        workloads["long"] = [LONG_PDF]
        print(f"long pack: {LONG_PDF.relative_to(ROOT)}, {four_pages} pages (the mixed pack {LONG_COPIES} times)")
    print(f"{args.repeat} run(s) per measurement\n", flush=True)

    rows = []
    for workload, files in workloads.items():
        rows += bench_workload(workload, files, args.repeat, cli, full=workload != "long")
    memory = long_memory(cli, corpus, long_pages, log=_log) if long_pages else None
    # `agendapack publish` of the corpus's records and of 1,000 packs' (benchmarks/publish_bench.py)
    publishing = None if args.quick else publish_benchmark(corpus)
    # the plan-version diff: two generated 50-page plans, the diff alone (benchmarks/plan_diff.py)
    diff_figures = plan_diff.measure(args.repeat)
    results = targets(rows) + long_targets(memory) + publish_targets(publishing) + [plan_diff.target(diff_figures)]
    facts = machine()

    if memory is not None:
        print()
        print("\n".join(report_lines(memory)))
    if publishing is not None:
        print("\n".join(publish_lines(publishing)))
    print(plan_diff.report_line(diff_figures))
    print_report(rows, results, facts, list(workloads))
    failures = [f"{r.workload}: {r.name}: {e}" for r in rows for e in r.errors]
    failures += [f"long PDF: --jobs {run['jobs']}: {e}" for run in _runs(memory) for e in run["errors"]]
    for f in failures:
        print(f"error   {f}", file=sys.stderr)

    report = {
        "machine": facts,
        "run": {"repeat": args.repeat, "quick": args.quick, "long_pages": long_pages, "corpus": str(corpus)},
        "workloads": {
            "pack": {"pdf": str(PACK_PDF.relative_to(ROOT)), "pages": pages, "files": [rel for rel, _ in PACK_FILES]},
            **({"corpus": {"files": len(workloads["corpus"]), "pages": find(rows, "corpus", "parse --engine pdfium --jobs 2").pages},
                "long": {"pdf": str(LONG_PDF.relative_to(ROOT)), "pages": four_pages, "copies_of_pack": LONG_COPIES}}
               if not args.quick else {}),
        },
        "results": [asdict(r) | {"seconds": r.seconds, "pages_per_s": r.pages_per_s} for r in rows],
        "speedup_jobs2": {w: speedup(rows, w) for w in workloads},
        # the 2,000-page PDF: peak memory of all processes together, per --jobs
        "long_pdf_memory": memory,
        "publish": publishing,
        "plan_diff": diff_figures,
        "targets": results,
    }
    atomic_write_text(args.json, dumps_json(report))
    print(f"wrote {_shown(args.json)}")
    if args.check and (failures or any(t["pass"] is False for t in results)):
        return 1
    return 0


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _runs(memory: Optional[dict]) -> list[dict]:
    return [v for k, v in (memory or {}).items() if k.startswith("jobs_")]


def long_only(args, cli: str, corpus: Path, pages: int) -> int:
    """`--long-only`: the long PDF's memory at --jobs 1 and 2, printed and written alone."""
    print(f"long PDF: {pages} pages (the mixed pack over and over, cut to length), --jobs 1 and 2\n", flush=True)
    memory = long_memory(cli, corpus, pages, log=_log)
    results = long_targets(memory)
    print()
    print("\n".join(report_lines(memory)))
    print()
    print(targets_table(results))
    failures = [f"long PDF: --jobs {run['jobs']}: {e}" for run in _runs(memory) for e in run["errors"]]
    for f in failures:
        print(f"error   {f}", file=sys.stderr)
    report = {"machine": machine(), "run": {"long_only": True, "corpus": str(corpus)},
              "long_pdf_memory": memory, "targets": results}
    atomic_write_text(args.json, dumps_json(report))
    print(f"wrote {_shown(args.json)}")
    if args.check and (failures or any(t["pass"] is False for t in results)):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

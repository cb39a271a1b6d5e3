"""Accuracy against gold records written by reading real documents (`tests/gold/`).

`make eval` (python -m evaluation) parses every gold document once (in `--jobs` processes),
compares the records field by field with the scorers of each record part and prints, for each
group of gold records separately, precision, recall and F1 per field and per document kind, then
the worst documents; `--json` writes the same figures as JSON.

Groups (`tests/gold/README.md`): `tuned`, the records in tests/gold/ itself (the rules were
developed on these documents); `dev`, tests/gold/dev/ (councils new to the rules, which may be
looked at while improving them); `holdout`, tests/gold/holdout/ (councils nobody writes rules on).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Callable, Iterable, Optional, Union

from evaluation import agenda, minutes, tables
from evaluation.core import DocResult, Score
from evaluation.corpus import CORPUS, GOLD_DIR, ROOT, locate

Scorer = Callable[[dict, dict, DocResult], None]
SCORERS: list[Scorer] = [agenda.score_agenda, agenda.score_meeting, *minutes.SCORERS, *tables.SCORERS]

GROUPS = ("tuned", "dev", "holdout")
# processes parsing the gold documents in `python -m evaluation`
JOBS = 2

# a parsed record, or the one-line error that stopped the parse
Parsed = Union[dict, str]


def gold_files(gold_dir: Path = GOLD_DIR) -> list[Path]:
    return sorted(p for p in gold_dir.glob("*.json"))


def group_dirs(gold_root: Path = GOLD_DIR) -> dict[str, Path]:
    """The folder of each group under a gold folder: the folder itself holds the tuned records,
    its dev/ and holdout/ folders the others. A dev/ or holdout/ folder given on its own is that
    group alone."""
    if gold_root.name in GROUPS[1:]:
        return {gold_root.name: gold_root}
    return {"tuned": gold_root, "dev": gold_root / "dev", "holdout": gold_root / "holdout"}


def _corpus_file(gold_path: Path) -> str:
    return json.loads(gold_path.read_text(encoding="utf-8"))["file"]


def _parse_here(pdf: Path) -> Parsed:
    from agendapack.pipeline.stages import parse_pack

    try:
        return parse_pack(pdf).model_dump(mode="json")
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def parse_documents(files: Iterable[str], corpus: Path = CORPUS, jobs: int = 1, progress: bool = False) -> dict[str, Parsed]:
    """Parse each corpus file (a path relative to `corpus`) once: in this process with one job,
    else in `jobs` worker processes, each file as `agendapack parse` parses it
    (`pipeline.run.tasks.parse_record`, one job per file so the workers do not oversubscribe)."""
    todo = sorted(set(files))
    out: dict[str, Parsed] = {}
    start = time.perf_counter()

    def report(f: str) -> None:
        if progress:
            got = out[f]
            err = f"  ERROR {got}" if isinstance(got, str) else ""
            print(f"  [{len(out)}/{len(todo)} {time.perf_counter() - start:5.1f}s] {f}{err}",
                  file=sys.stderr)

    if jobs <= 1 or len(todo) <= 1:
        for f in todo:
            out[f] = _parse_here(locate(f, corpus))
            report(f)
        return out
    from agendapack.pipeline.config import DEFAULT
    from agendapack.pipeline.run.tasks import parse_record

    settings = DEFAULT.with_(jobs=1)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(parse_record, locate(f, corpus), settings): f for f in todo}
        for fut in as_completed(futures):
            f = futures[fut]
            try:
                outcome = fut.result()
                out[f] = json.loads(outcome.record) if outcome.record is not None else (outcome.error or "no record")
            except Exception as exc:  # the worker process died
                out[f] = f"worker failed: {type(exc).__name__}: {exc}"
            report(f)
    return out


def evaluate_one(gold_path: Path, corpus: Path = CORPUS, pack: Optional[Parsed] = None) -> DocResult:
    """Score one gold record against `pack` (a parsed record, or the error that stopped the
    parse), parsing its document here when no pack is given."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    res = DocResult(gold_path.name, gold["file"], gold.get("kind", "other"), gold.get("country", "?"))
    if pack is None:
        pack = _parse_here(locate(gold["file"], corpus))
    if isinstance(pack, str):
        res.error = pack
        return res
    for scorer in SCORERS:
        scorer(gold, pack, res)
    return res


def evaluate(gold_paths: Iterable[Path], corpus: Path = CORPUS, progress: bool = False, jobs: int = 1) -> list[DocResult]:
    paths = list(gold_paths)
    packs = parse_documents((_corpus_file(gp) for gp in paths), corpus, jobs, progress)
    return [evaluate_one(gp, corpus, packs[_corpus_file(gp)]) for gp in paths]


# the fields the issue sets targets on, shown per council
HEADLINE_FIELDS = {"agenda_items": "agenda", "minute_items": "minutes", "resolutions": "resolved",
                   "attendance": "attendance", "vote_counts": "votes", "tables_found": "tables", "table_rows": "rows"}


def council_of(corpus_file: str) -> str:
    """The council a corpus file belongs to: its name up to the first "_" (the corpus's naming)."""
    return Path(corpus_file).name.split("_", 1)[0]


def summarise(results: list[DocResult]) -> dict:
    by_field: dict[str, Score] = defaultdict(Score)
    by_kind: dict[tuple[str, str], Score] = defaultdict(Score)
    by_council: dict[str, dict[str, Score]] = defaultdict(lambda: defaultdict(Score))
    docs = []
    for r in results:
        for name, s in r.scores.items():
            by_field[name].add(s)
            by_kind[(r.kind, name)].add(s)
            by_council[council_of(r.file)][name].add(s)
        f1s = [s.f1 for s in r.scores.values()]
        docs.append({
            "gold": r.gold_file, "file": r.file, "kind": r.kind, "country": r.country, "error": r.error,
            "mean_f1": round(sum(f1s) / len(f1s), 4) if f1s else None,
            "scores": {k: v.as_dict() for k, v in sorted(r.scores.items())},
            "misses": r.misses[:40],
        })
    return {
        "fields": {k: v.as_dict() for k, v in sorted(by_field.items())},
        "by_kind": {f"{k}/{f}": v.as_dict() for (k, f), v in sorted(by_kind.items())},
        "by_council": {c: {f: v.as_dict() for f, v in sorted(fields.items())} for c, fields in sorted(by_council.items())},
        "documents": docs,
    }


def format_table(summary: dict, worst: int = 8, misses: bool = True) -> str:
    """The group's figures as text; without `misses`, the worst documents are named and scored
    but not explained (a hold-out's misses would tell the reader what to tune)."""
    lines = ["field                    precision  recall     F1     tp/pred/gold", "-" * 66]
    for name, s in summary["fields"].items():
        lines.append(f"{name:24} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f}   {s['tp']}/{s['pred']}/{s['gold']}")
    lines += ["", "by document kind", "-" * 66]
    for name, s in summary["by_kind"].items():
        lines.append(f"{name:40} F1 {s['f1']:.3f}  ({s['tp']}/{s['pred']}/{s['gold']})")
    lines += ["", "by council (F1; blank: no gold for the field)", "-" * 66,
              f"{'':22}" + "".join(f"{label:>11}" for label in HEADLINE_FIELDS.values())]
    for council, fields in summary.get("by_council", {}).items():
        cells = [f"{fields[f]['f1']:11.3f}" if f in fields and (fields[f]["gold"] or fields[f]["pred"]) else " " * 11
                 for f in HEADLINE_FIELDS]
        lines.append(f"{council[:22]:22}" + "".join(cells))
    lines += ["", "worst documents (mean F1 over their fields)", "-" * 66]
    docs = sorted((d for d in summary["documents"]), key=lambda d: (d["mean_f1"] if d["mean_f1"] is not None else -1))
    for d in docs[:worst]:
        mf = "error" if d["error"] else f"{d['mean_f1']:.3f}" if d["mean_f1"] is not None else "n/a"
        lines.append(f"{mf:>6}  {d['file']}")
        for m in d["misses"][:4] if misses else []:
            lines.append(f"          {m[:110]}")
        if d["error"]:
            lines.append(f"          {d['error'][:110]}")
    return "\n".join(lines)


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _score_diffs(args: argparse.Namespace, packs: dict[str, Parsed]) -> Optional[dict]:
    """The plan-version diff against the gold diffs (tests/gold/diffs/), when there are any and
    the whole tuned group is evaluated; the versions already parsed are not parsed again."""
    from evaluation import diffs

    paths = diffs.gold_files(args.gold / "diffs")
    if not paths or args.only or (args.group and "tuned" not in args.group):
        return None

    def parse(files: Iterable[str]) -> dict[str, Parsed]:
        todo = sorted(set(files) - set(packs))
        return {**packs, **(parse_documents(todo, args.corpus, args.jobs) if todo else {})}

    summary = diffs.evaluate(paths, parse)
    print("\n=== plan-version diffs ===\n")
    print(diffs.format_summary(summary))
    if args.misses:
        for d in summary["documents"]:
            for m in d["misses"]:
                print(f"   {d['file']}: {m}")
    return summary


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD_DIR,
                    help="gold folder: its own records are the tuned group, its dev/ and holdout/ folders the others "
                         "(a dev/ or holdout/ folder on its own: that group)")
    ap.add_argument("--group", action="append", choices=GROUPS, default=None,
                    help="evaluate only this group (repeatable; default: every group)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--json", type=Path, default=ROOT / "out" / "eval.json", help="where to write the figures as JSON")
    ap.add_argument("-j", "--jobs", type=int, default=JOBS, help=f"processes parsing the documents (default {JOBS})")
    ap.add_argument("-k", "--only", default=None, help="evaluate gold files whose name contains this")
    ap.add_argument("--misses", action="store_true", help="print every miss of every document (not the hold-out's)")
    ap.add_argument("--open-holdout", action="store_true",
                    help="show the hold-out's misses too, in the text and the JSON (only when retiring it to dev)")
    args = ap.parse_args(argv)

    dirs = group_dirs(args.gold)
    wanted = [g for g in GROUPS if g in dirs and (not args.group or g in args.group)]
    paths = {g: [p for p in gold_files(dirs[g]) if not args.only or args.only in p.name] for g in wanted}
    paths = {g: ps for g, ps in paths.items() if ps}
    if not paths:
        print(f"no gold records in {args.gold} for {', '.join(wanted) or 'the groups asked for'}", file=sys.stderr)
        return 2
    files = {gp: _corpus_file(gp) for ps in paths.values() for gp in ps}
    print(f"parsing {len(set(files.values()))} documents in {args.jobs} process(es)", file=sys.stderr)
    start = time.perf_counter()
    packs = parse_documents(files.values(), args.corpus, args.jobs, progress=True)
    elapsed = time.perf_counter() - start

    summaries = {g: summarise([evaluate_one(gp, args.corpus, packs[files[gp]]) for gp in ps]) for g, ps in paths.items()}
    if "holdout" in summaries and not args.open_holdout:
        # a hold-out stays blind only if nobody reads what the parser got wrong on it
        for d in summaries["holdout"]["documents"]:
            d["misses"] = []
    for g, summary in summaries.items():
        print(f"\n=== {g}: {len(paths[g])} gold records in {_shown(dirs[g])} ===\n")
        print(format_table(summary, misses=g != "holdout" or args.open_holdout))
        if args.misses:
            for d in summary["documents"]:
                if d["misses"]:
                    print(f"\n{d['file']}")
                    for m in d["misses"]:
                        print(f"   {m}")
    print(f"\nparsed {len(packs)} documents in {elapsed:.1f}s ({args.jobs} process(es))")
    diff_summary = _score_diffs(args, packs)

    from agendapack.pipeline.outputs.io import atomic_write_text, dumps_json

    out: dict = {"groups": summaries, "parse_seconds": round(elapsed, 1), "jobs": args.jobs}
    # the tuned group's figures stay at the top level too, where they were before groups
    out.update(summaries.get("tuned", {}))
    if diff_summary is not None:
        out["diffs"] = diff_summary
    atomic_write_text(args.json, dumps_json(out))
    print(f"wrote {args.json}")
    return 0

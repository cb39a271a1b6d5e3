"""Accuracy against gold records written by reading real documents (`tests/gold/*.json`).

`make eval` (python -m evaluation) parses every gold document, compares the records field by
field with the scorers of each record part and prints precision, recall and F1 per field and per
document kind, then the worst documents; `--json` writes the same figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterable, Optional

from evaluation import agenda, minutes, tables
from evaluation.core import DocResult, Score
from evaluation.corpus import CORPUS, GOLD_DIR, ROOT

Scorer = Callable[[dict, dict, DocResult], None]
SCORERS: list[Scorer] = [agenda.score_agenda, agenda.score_meeting, *minutes.SCORERS, *tables.SCORERS]


def gold_files(gold_dir: Path = GOLD_DIR) -> list[Path]:
    return sorted(p for p in gold_dir.glob("*.json"))


def evaluate_one(gold_path: Path, corpus: Path = CORPUS, pack: Optional[dict] = None) -> DocResult:
    from agendapack.pipeline.stages import parse_pack

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    res = DocResult(gold_path.name, gold["file"], gold.get("kind", "other"), gold.get("country", "?"))
    if pack is None:
        try:
            pack = parse_pack(corpus / gold["file"]).model_dump(mode="json")
        except Exception as exc:
            res.error = f"{type(exc).__name__}: {exc}"
            return res
    for scorer in SCORERS:
        scorer(gold, pack, res)
    return res


def evaluate(gold_paths: Iterable[Path], corpus: Path = CORPUS, progress: bool = False) -> list[DocResult]:
    out = []
    for gp in gold_paths:
        if progress:
            print(f"  {gp.name}", file=sys.stderr)
        out.append(evaluate_one(gp, corpus))
    return out


def summarise(results: list[DocResult]) -> dict:
    by_field: dict[str, Score] = defaultdict(Score)
    by_kind: dict[tuple[str, str], Score] = defaultdict(Score)
    docs = []
    for r in results:
        for name, s in r.scores.items():
            by_field[name].add(s)
            by_kind[(r.kind, name)].add(s)
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
        "documents": docs,
    }


def format_table(summary: dict, worst: int = 8) -> str:
    lines = ["field                    precision  recall     F1     tp/pred/gold", "-" * 66]
    for name, s in summary["fields"].items():
        lines.append(f"{name:24} {s['precision']:9.3f} {s['recall']:7.3f} {s['f1']:6.3f}   {s['tp']}/{s['pred']}/{s['gold']}")
    lines += ["", "by document kind", "-" * 66]
    for name, s in summary["by_kind"].items():
        lines.append(f"{name:40} F1 {s['f1']:.3f}  ({s['tp']}/{s['pred']}/{s['gold']})")
    lines += ["", "worst documents (mean F1 over their fields)", "-" * 66]
    docs = sorted((d for d in summary["documents"]), key=lambda d: (d["mean_f1"] if d["mean_f1"] is not None else -1))
    for d in docs[:worst]:
        mf = "error" if d["error"] else f"{d['mean_f1']:.3f}" if d["mean_f1"] is not None else "n/a"
        lines.append(f"{mf:>6}  {d['file']}")
        for m in d["misses"][:4]:
            lines.append(f"          {m[:110]}")
        if d["error"]:
            lines.append(f"          {d['error'][:110]}")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation", description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD_DIR)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--json", type=Path, default=ROOT / "out" / "eval.json", help="where to write the figures as JSON")
    ap.add_argument("-k", "--only", default=None, help="evaluate gold files whose name contains this")
    ap.add_argument("--misses", action="store_true", help="print every miss of every document")
    args = ap.parse_args(argv)
    paths = [p for p in gold_files(args.gold) if not args.only or args.only in p.name]
    results = evaluate(paths, args.corpus, progress=True)
    summary = summarise(results)
    print(format_table(summary))
    if args.misses:
        for d in summary["documents"]:
            if d["misses"]:
                print(f"\n{d['file']}")
                for m in d["misses"]:
                    print(f"   {m}")
    from agendapack.pipeline.outputs.io import atomic_write_text, dumps_json

    atomic_write_text(args.json, dumps_json(summary))
    print(f"\nwrote {args.json}")
    return 0

"""Accuracy against gold records written by reading real documents (`tests/gold/*.json`).

`make eval` (python -m pipeline.evaluate) parses every gold document, compares the records field
by field and prints precision, recall and F1 per field and per document kind, then the worst
documents; `--json` writes the same figures as JSON. Matching is lenient on whitespace, case
and punctuation of titles and names, strict on numbers (item numbers, pages, counts).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
CORPUS = Path(os.environ.get("AGENDAPACK_CORPUS", ROOT.parent / "shared" / "corpus"))
TITLE_SIMILARITY = 90  # rapidfuzz ratio (0-100) at which two normalised titles are the same


def norm_text(text: Optional[str]) -> str:
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"[^\w\s]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def same_title(a: Optional[str], b: Optional[str]) -> bool:
    na, nb = norm_text(a), norm_text(b)
    if na == nb:
        return True
    if not na or not nb:
        return False
    # numbers in titles are strict: a different figure is a different title
    if re.findall(r"\d+", na) != re.findall(r"\d+", nb):
        return False
    return fuzz.ratio(na, nb) >= TITLE_SIMILARITY


def norm_number(n: Optional[str]) -> str:
    return re.sub(r"[\s.]+$", "", (n or "").strip()).lower()


@dataclass
class Score:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.tp / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else (1.0 if not self.pred else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "pred": self.pred, "gold": self.gold,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class DocResult:
    gold_file: str
    file: str
    kind: str
    country: str
    scores: dict[str, Score] = field(default_factory=dict)
    error: Optional[str] = None
    misses: list[str] = field(default_factory=list)


def _align(gold: list, pred: list, key_gold: Callable, key_pred: Callable) -> list[tuple[int, int]]:
    """Order-preserving pairing of gold and predicted items with equal keys (longest common
    subsequence), so repeated numbers (sittings restarting at 1) pair in their own runs."""
    g = [key_gold(x) for x in gold]
    p = [key_pred(x) for x in pred]
    n, m = len(g), len(p)
    dp = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if g[i] == p[j] else max(dp[i + 1][j], dp[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if g[i] == p[j]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


# ---- scorers: one per record part -------------------------------------------------------------


def score_agenda(gold: dict, pack: dict, res: DocResult) -> None:
    g_items = gold.get("agenda") or []
    p_items = _flatten(pack.get("agenda") or [])
    if not g_items and not p_items:
        return
    pairs = _align(g_items, p_items, lambda x: norm_number(x["number"]), lambda x: norm_number(x["number"]))
    items = Score(pred=len(p_items), gold=len(g_items))
    titles = Score(pred=len(p_items), gold=len(g_items))
    pages = Score(
        pred=sum(1 for x in p_items if x.get("pages")), gold=sum(1 for x in g_items if x.get("pages"))
    )
    parts = Score(pred=len(p_items), gold=len(g_items))
    matched_g = set()
    for gi, pi in pairs:
        g, p = g_items[gi], p_items[pi]
        items.tp += 1
        matched_g.add(gi)
        if same_title(g.get("title"), p.get("title")):
            titles.tp += 1
        else:
            res.misses.append(f"agenda {g['number']}: title {p.get('title')!r} != {g.get('title')!r}")
        if g.get("pages") and p.get("pages") and g["pages"] == p["pages"]:
            pages.tp += 1
        elif g.get("pages") or p.get("pages"):
            res.misses.append(f"agenda {g['number']}: pages {p.get('pages')} != {g.get('pages')}")
        if (g.get("part") or "public") == (p.get("part") or "public"):
            parts.tp += 1
    for gi, g in enumerate(g_items):
        if gi not in matched_g:
            res.misses.append(f"agenda {g['number']}: missing ({g.get('title', '')[:50]!r})")
    matched_p = {pi for _, pi in pairs}
    for pi, p in enumerate(p_items):
        if pi not in matched_p:
            res.misses.append(f"agenda {p['number']}: extra ({p.get('title', '')[:50]!r})")
    res.scores["agenda_items"] = items
    res.scores["agenda_titles"] = titles
    res.scores["agenda_pages"] = pages
    res.scores["agenda_parts"] = parts


def score_fields(gold: dict, pred: dict, keys: tuple[str, ...], label: str, res: DocResult) -> Optional[Score]:
    """Exact comparison of the scalar fields the gold gives (dates, times: strict)."""
    fields = [k for k in keys if gold.get(k)]
    if not fields:
        return None
    s = Score(pred=sum(1 for k in fields if pred.get(k)), gold=len(fields))
    for k in fields:
        if pred.get(k) == gold.get(k):
            s.tp += 1
        else:
            res.misses.append(f"{label} {k}: {pred.get(k)!r} != {gold.get(k)!r}")
    return s


def score_meeting(gold: dict, pack: dict, res: DocResult) -> None:
    if gold.get("kind") not in ("agenda", "pack"):
        return  # minutes carry their own meeting header, scored with the minutes
    g, p = gold.get("meeting") or {}, pack.get("meeting") or {}
    s = score_fields(g, p, ("date", "start_time"), "meeting", res)
    if s is not None:
        res.scores["meeting_fields"] = s
    if g.get("body"):
        ok = same_title(g["body"], p.get("body"))
        res.scores["meeting_body"] = Score(tp=int(ok), pred=int(bool(p.get("body"))), gold=1)
        if not ok:
            res.misses.append(f"meeting body: {p.get('body')!r} != {g['body']!r}")
    if g.get("venue"):
        ok = _same_place(g["venue"], p.get("venue"))
        res.scores["meeting_venue"] = Score(tp=int(ok), pred=int(bool(p.get("venue"))), gold=1)
        if not ok:
            res.misses.append(f"meeting venue: {p.get('venue')!r} != {g['venue']!r}")
    gc, pc = g.get("contact") or {}, p.get("contact") or {}
    if gc:
        c = Score(gold=len([k for k in ("name", "phone", "email") if gc.get(k)]),
                  pred=len([k for k in ("name", "phone", "email") if pc.get(k) and gc.get(k)]))
        for k in ("name", "phone", "email"):
            if not gc.get(k):
                continue
            if k == "phone":
                ok = re.sub(r"\D", "", gc[k]) == re.sub(r"\D", "", pc.get(k) or "")
            elif k == "email":
                ok = gc[k].lower() == (pc.get(k) or "").lower()
            else:
                ok = same_title(gc[k], pc.get(k))
            c.tp += int(ok)
            if not ok:
                res.misses.append(f"meeting contact {k}: {pc.get(k)!r} != {gc[k]!r}")
        res.scores["meeting_contact"] = c


def _same_place(a: str, b: Optional[str]) -> bool:
    """Venues: lenient on punctuation and on a trailing postcode or city the other omits."""
    na, nb = norm_text(a), norm_text(b)
    if not nb:
        return False
    return na == nb or fuzz.ratio(na, nb) >= 85 or (min(len(na), len(nb)) >= 12 and (na in nb or nb in na))


def _flatten(items: list[dict]) -> list[dict]:
    out = []
    for it in items:
        out.append(it)
        out.extend(_flatten(it.get("subitems") or []))
    return out


SCORERS: list[Callable[[dict, dict, DocResult], None]] = [score_agenda, score_meeting]


def register_scorer(fn: Callable[[dict, dict, DocResult], None]) -> Callable:
    """Record parts added later (minutes, tables) register their scorer here."""
    if fn not in SCORERS:
        SCORERS.append(fn)
    return fn


def _load_scorer_plugins() -> None:
    for mod in ("pipeline.evaluate_minutes", "pipeline.evaluate_tables"):
        try:
            __import__(mod)
        except ModuleNotFoundError as exc:
            if exc.name != mod:
                raise


# ---- running ---------------------------------------------------------------------------------


def gold_files(gold_dir: Path = GOLD_DIR) -> list[Path]:
    return sorted(p for p in gold_dir.glob("*.json"))


def evaluate_one(gold_path: Path, corpus: Path = CORPUS, pack: Optional[dict] = None) -> DocResult:
    from .stages import parse_pack

    _load_scorer_plugins()
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
    ap = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__.splitlines()[0])
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
    from .io import atomic_write_text, dumps_json

    atomic_write_text(args.json, dumps_json(summary))
    print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    # run the imported module so scorers registered by plugins land in the same registry
    from pipeline import evaluate as _module

    sys.exit(_module.main())

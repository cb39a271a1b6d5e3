"""Compare extracted minutes with the hand-written gold records (tests/gold/minutes__*.json).

Lenient on case, spacing and punctuation of titles and names; strict on numbers, results and
counts. Used by the minutes tests; per-file figures over all gold come from `make eval`
(`python -m evaluation -k minutes`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"


def load_gold(stem: str) -> dict:
    return json.loads((GOLD / f"minutes__{stem}.json").read_text())


def norm(text) -> str:
    return re.sub(r"[^a-z0-9]+", "", str(text or "").lower().replace("’", "'"))


def _pr(matched: int, predicted: int, expected: int) -> tuple[float, float]:
    p = matched / predicted if predicted else (1.0 if not expected else 0.0)
    r = matched / expected if expected else 1.0
    return p, r


def _matched(pred: list, exp: list) -> int:
    """Expected entries found among the predicted ones, each predicted entry used once."""
    left = list(pred)
    matched = 0
    for e in exp:
        if e in left:
            left.remove(e)
            matched += 1
    return matched


def score_items(minutes, gold) -> tuple[int, int, int]:
    pred = [(it.number, norm(it.title), it.agenda_item) for it in minutes.items]
    exp = [(g["number"], norm(g["title"]), g.get("agenda_item")) for g in gold["minutes"]["items"]]
    return _matched(pred, exp), len(pred), len(exp)


def _resolutions_by_item(minutes, gold) -> dict:
    out = {}
    gold_titles = {norm(g["title"]): g for g in gold["minutes"]["items"]}
    for it in minutes.items:
        key = it.number
        if key is None:
            g = gold_titles.get(norm(it.title))
            key = g["title"] if g else it.title
        out[key] = out.get(key, 0) + len(it.resolutions)
    return out


def score_resolutions(minutes, gold) -> tuple[int, int, int]:
    exp = gold["minutes"].get("resolutions_per_item", {})
    pred = _resolutions_by_item(minutes, gold)
    matched = sum(min(pred.get(k, 0), n) for k, n in exp.items())
    return matched, sum(pred.values()), sum(exp.values())


def _counts(c) -> tuple:
    if c is None:
        return (None, None, None)
    if isinstance(c, dict):
        return (c.get("yes"), c.get("no"), c.get("abstain"))
    return (c.yes, c.no, c.abstain)


def pred_votes(minutes) -> list[tuple]:
    return [(it.number, v.result, _counts(v.counts)) for it in minutes.items for v in it.votes]


def gold_votes(gold) -> list[tuple]:
    return [(v.get("item"), v.get("result"), _counts(v.get("counts"))) for v in gold["minutes"].get("votes", [])]


def score_votes(minutes, gold) -> tuple[int, int, int]:
    pred, exp = pred_votes(minutes), gold_votes(gold)
    return _matched(pred, exp), len(pred), len(exp)


def score_attendance(minutes, gold) -> tuple[int, int, int]:
    pred = [(norm(a.name), a.status) for a in minutes.attendance]
    exp = [(norm(a["name"]), a["status"]) for a in gold["minutes"].get("attendance", [])]
    return _matched(pred, exp), len(pred), len(exp)


SCORERS = {"items": score_items, "resolutions": score_resolutions, "votes": score_votes, "attendance": score_attendance}


def scores(minutes, gold) -> dict[str, tuple[float, float]]:
    return {name: _pr(*fn(minutes, gold)) for name, fn in SCORERS.items()}

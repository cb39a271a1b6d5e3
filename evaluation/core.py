"""What every scorer shares: normalising titles and numbers, aligning items, counting scores.

Matching is lenient on whitespace, case and punctuation of titles and names, strict on numbers
(item numbers, pages, counts).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Optional

from rapidfuzz import fuzz

TITLE_SIMILARITY = 90  # rapidfuzz ratio (0-100) at which two normalised titles are the same
# rapidfuzz WRatio (0-100) at which an unnumbered gold item may be paired with a predicted item:
# lower than TITLE_SIMILARITY, so a title cut short or run on still pairs (and then scores as a
# wrong title); WRatio scores a title contained in a longer one at 90
PAIR_SIMILARITY = 80


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


def title_similarity(a: Optional[str], b: Optional[str]) -> float:
    """How alike two titles are (0-100), for pairing items that have no number: rapidfuzz WRatio
    of the normalised titles, which scores a title contained in a longer one highly."""
    na, nb = norm_text(a), norm_text(b)
    if not na or not nb:
        return 0.0
    return 100.0 if na == nb else float(fuzz.WRatio(na, nb))


def norm_number(n: Optional[str]) -> str:
    """An item number as compared: case, a trailing dot and the brackets around it ("(a)", "a)")
    are typography, not the number."""
    n = re.sub(r"[\s.]+$", "", (n or "").strip()).lower()
    return re.sub(r"^\((\w{1,6})\)$|^(\w{1,6})\)$", r"\1\2", n)


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


def align(gold: list, pred: list, key_gold: Callable, key_pred: Callable) -> list[tuple[int, int]]:
    """Order-preserving pairing of gold and predicted items with equal keys (longest common
    subsequence), so repeated numbers (sittings restarting at 1) pair in their own runs."""
    g = [key_gold(x) for x in gold]
    p = [key_pred(x) for x in pred]
    return align_weighted(len(g), len(p), lambda i, j: 1.0 if g[i] == p[j] else 0.0)


def align_weighted(n: int, m: int, weight: Callable[[int, int], float]) -> list[tuple[int, int]]:
    """Order-preserving pairing of items 0..n-1 with items 0..m-1 that maximises the summed
    `weight` of the pairs (a weight of 0 never pairs): `align` with graded matches, for items
    paired by title similarity."""
    w = [[weight(i, j) for j in range(m)] for i in range(n)]
    dp = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best = max(dp[i + 1][j], dp[i][j + 1])
            if w[i][j] > 0:
                best = max(best, w[i][j] + dp[i + 1][j + 1])
            dp[i][j] = best
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if w[i][j] > 0 and dp[i][j] == w[i][j] + dp[i + 1][j + 1]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


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

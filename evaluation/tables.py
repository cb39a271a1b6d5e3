"""Scoring of `tables` records against gold (one of the scorers evaluation.run applies).

A gold table is paired with the predicted table on the same pages whose header agrees best.
Fields: tables_found, table_headers (header cells, lenient text), table_rows (data rows after
merging page-break continuations: min(predicted, gold) per table), table_cells (the gold sample
rows' non-empty cells, found in the predicted row that holds most of them; strict text after
whitespace and case folding).
"""

from __future__ import annotations

import re

from evaluation.core import DocResult, Score, same_title


def _cell(text) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip().lower()


def _overlaps(a: dict, b: dict) -> bool:
    return a["first"] <= b["last"] and b["first"] <= a["last"]


def _header_hits(gold_cols: list[str], pred_cols: list[str]) -> int:
    remaining = list(pred_cols)
    hits = 0
    for c in gold_cols:
        m = next((p for p in remaining if same_title(p, c)), None)
        if m is not None:
            hits += 1
            remaining.remove(m)
    return hits


def score_tables(gold: dict, pack: dict, res: DocResult) -> None:
    g_tables = gold.get("tables") or []
    if not g_tables:
        return
    p_tables = pack.get("tables") or []
    found = Score(gold=len(g_tables))
    headers = Score()
    rows = Score()
    cells = Score()
    used = set()
    for gt in g_tables:
        gpages = gt.get("pages") or {"first": gt["page"], "last": gt["page"]}
        cands = [(i, t) for i, t in enumerate(p_tables) if _overlaps(t["pages"], gpages)]
        headers.gold += len(gt.get("columns") or [])
        rows.gold += int(gt.get("row_count") or 0)
        if not cands:
            res.misses.append(f"table on p{gpages['first']} ({(gt.get('title') or '')[:40]!r}) not found")
            for r in gt.get("rows") or []:
                cells.gold += sum(1 for v in r["cells"].values() if _cell(v))
            continue

        def sample_hits(t):
            return sum(_best_row_hits(r, t)[0] for r in gt.get("rows") or [])

        i, best = max(
            cands,
            key=lambda it: (_header_hits(gt.get("columns") or [], it[1]["columns"]) + sample_hits(it[1]), -abs(len(it[1]["rows"]) - (gt.get("row_count") or 0))),
        )
        found.tp += 1
        if i not in used:
            found.pred += 1
            used.add(i)
        h = _header_hits(gt.get("columns") or [], best["columns"])
        headers.tp += h
        headers.pred += len(best["columns"])
        n_pred = len(best["rows"])
        rows.pred += n_pred
        rows.tp += min(n_pred, int(gt.get("row_count") or 0))
        if n_pred != gt.get("row_count"):
            res.misses.append(f"table p{gpages['first']} {(gt.get('title') or '')[:30]!r}: {n_pred} rows, gold {gt.get('row_count')}")
        for r in gt.get("rows") or []:
            hits, total = _best_row_hits(r, best, cands)
            cells.tp += hits
            cells.gold += total
            cells.pred += total
            if hits < total:
                res.misses.append(f"table p{gpages['first']} row {r.get('index')}: {hits}/{total} cells")
    found.pred += sum(1 for i, t in enumerate(p_tables) if i not in used and any(
        _overlaps(t["pages"], gt.get("pages") or {"first": gt["page"], "last": gt["page"]}) for gt in g_tables))
    res.scores["tables_found"] = found
    res.scores["table_headers"] = headers
    res.scores["table_rows"] = rows
    res.scores["table_cells"] = cells


def _best_row_hits(gold_row: dict, table: dict, others=()) -> tuple[int, int]:
    want = [_cell(v) for v in gold_row["cells"].values() if _cell(v)]
    if not want:
        return 0, 0
    best = 0
    tables = [table] + [t for _, t in others if t is not table]
    for t in tables:
        for row in t["rows"]:
            have = [_cell(v) for v in row["cells"].values()]
            remaining = list(have)
            hits = 0
            for w in want:
                if w in remaining:
                    hits += 1
                    remaining.remove(w)
            best = max(best, hits)
            if best == len(want):
                return best, len(want)
    return best, len(want)


SCORERS = [score_tables]

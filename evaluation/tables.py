"""Scoring of `tables` records against gold (one of the scorers evaluation.run applies).

A gold table is paired with the predicted table on the same pages whose header agrees best.
Fields: tables_found (a predicted table counts for one gold table only), table_headers (header
cells, lenient text), table_rows (data rows after merging page-break continuations: min(predicted,
gold) per table), table_cells (the gold sample rows' non-empty cells, found in the predicted row
that holds most of them; strict text after whitespace and case folding), table_cell_columns (the
same cells, found under the predicted column that stands for the gold cell's column: sample rows
are keyed by `cell_keys` where the gold gives them, else by `columns`), table_groups (the banner
titles of the groups inside a table, where the gold lists `groups`).
"""

from __future__ import annotations

import re
from typing import Optional

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
    placed = Score()
    groups = Score()
    scored_groups = False
    used = set()
    for gt in g_tables:
        gpages = gt.get("pages") or {"first": gt["page"], "last": gt["page"]}
        cands = [(i, t) for i, t in enumerate(p_tables) if _overlaps(t["pages"], gpages)]
        headers.gold += len(gt.get("columns") or [])
        rows.gold += int(gt.get("row_count") or 0)
        if gt.get("groups") is not None:
            scored_groups = True
            groups.gold += len(gt["groups"])
        if not cands:
            res.misses.append(f"table on p{gpages['first']} ({(gt.get('title') or '')[:40]!r}) not found")
            for r in gt.get("rows") or []:
                n = sum(1 for v in r["cells"].values() if _cell(v))
                cells.gold += n
                placed.gold += n
            continue

        def sample_hits(t):
            return sum(_best_row_hits(r, t)[0] for r in gt.get("rows") or [])

        i, best = max(
            cands,
            key=lambda it: (_header_hits(gt.get("columns") or [], it[1]["columns"]) + sample_hits(it[1]), -abs(len(it[1]["rows"]) - (gt.get("row_count") or 0))),
        )
        if i not in used:
            found.tp += 1
            found.pred += 1
            used.add(i)
        else:
            # one predicted table standing for two gold tables (their rows run together) finds one
            res.misses.append(f"table p{gpages['first']} {(gt.get('title') or '')[:30]!r}: shares a predicted table with another")
        h = _header_hits(gt.get("columns") or [], best["columns"])
        headers.tp += h
        headers.pred += len(best["columns"])
        n_pred = len(best["rows"])
        rows.pred += n_pred
        rows.tp += min(n_pred, int(gt.get("row_count") or 0))
        if n_pred != gt.get("row_count"):
            res.misses.append(f"table p{gpages['first']} {(gt.get('title') or '')[:30]!r}: {n_pred} rows, gold {gt.get('row_count')}")
        if gt.get("groups") is not None:
            want = [str((g.get("title") if isinstance(g, dict) else g) or "") for g in gt["groups"]]
            groups.pred += len(best.get("groups") or [])
            g_hits = _header_hits(want, best.get("groups") or [])
            groups.tp += g_hits
            if g_hits < len(want) or len(best.get("groups") or []) != len(want):
                res.misses.append(f"table p{gpages['first']} groups {best.get('groups')} != {want}")
        keys = gt.get("cell_keys") or gt.get("columns") or []
        col_maps: dict[int, dict[int, str]] = {}
        for r in gt.get("rows") or []:
            hits, total, table, row = _best_row(r, [best] + [t for _, t in cands if t is not best])
            cells.tp += hits
            cells.gold += total
            cells.pred += total
            if hits < total:
                res.misses.append(f"table p{gpages['first']} row {r.get('index')}: {hits}/{total} cells")
            in_column = 0
            if table is not None and row is not None:
                if id(table) not in col_maps:
                    col_maps[id(table)] = column_map(gt.get("columns") or [], table["columns"])
                in_column = _cells_in_column(r, keys, col_maps[id(table)], row)
            placed.tp += in_column
            placed.gold += total
            placed.pred += total
            if in_column < hits:
                res.misses.append(f"table p{gpages['first']} row {r.get('index')}: {hits - in_column} cells in another column")
    found.pred += sum(1 for i, t in enumerate(p_tables) if i not in used and any(
        _overlaps(t["pages"], gt.get("pages") or {"first": gt["page"], "last": gt["page"]}) for gt in g_tables))
    res.scores["tables_found"] = found
    res.scores["table_headers"] = headers
    res.scores["table_rows"] = rows
    res.scores["table_cells"] = cells
    res.scores["table_cell_columns"] = placed
    if scored_groups:
        res.scores["table_groups"] = groups


def column_map(gold_cols: list[str], pred_cols: list[str]) -> dict[int, str]:
    """Which predicted column stands for each gold column (by index): the one whose header is
    alike, taken in order so that repeated headers ("Spent", "Spent") pair in turn; where a gold
    column finds none (a placeholder such as "(account)") and both tables have as many columns,
    the predicted column in the same place."""
    out: dict[int, str] = {}
    remaining = list(enumerate(pred_cols))
    for gi, c in enumerate(gold_cols):
        m = next(((pi, p) for pi, p in remaining if same_title(p, c)), None)
        if m is not None:
            out[gi] = m[1]
            remaining.remove(m)
    if len(gold_cols) == len(pred_cols):
        free = {p for _, p in remaining}
        for gi in range(len(gold_cols)):
            if gi not in out and pred_cols[gi] in free:
                out[gi] = pred_cols[gi]
    return out


def _cells_in_column(gold_row: dict, keys: list[str], col_map: dict[int, str], row: dict) -> int:
    """The gold row's non-empty cells whose text is in the predicted row under the column that
    stands for the cell's column (the cell's key is the column's entry in `keys`)."""
    hits = 0
    for key, value in gold_row["cells"].items():
        if not _cell(value) or key not in keys:
            continue
        pcol = col_map.get(keys.index(key))
        if pcol is not None and _cell(row["cells"].get(pcol)) == _cell(value):
            hits += 1
    return hits


def _best_row(gold_row: dict, tables: list[dict]) -> tuple[int, int, Optional[dict], Optional[dict]]:
    """The predicted row (of the first table that has one) holding most of the gold row's
    non-empty cells: (cells found, cells in the gold row, its table, the row)."""
    want = [_cell(v) for v in gold_row["cells"].values() if _cell(v)]
    if not want:
        return 0, 0, None, None
    best, best_table, best_row = 0, None, None
    for t in tables:
        for row in t["rows"]:
            have = [_cell(v) for v in row["cells"].values()]
            remaining = list(have)
            hits = 0
            for w in want:
                if w in remaining:
                    hits += 1
                    remaining.remove(w)
            if hits > best:
                best, best_table, best_row = hits, t, row
            if best == len(want):
                return best, len(want), best_table, best_row
    return best, len(want), best_table, best_row


def _best_row_hits(gold_row: dict, table: dict) -> tuple[int, int]:
    hits, total, _, _ = _best_row(gold_row, [table])
    return hits, total


SCORERS = [score_tables]

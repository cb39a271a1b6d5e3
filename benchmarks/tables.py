"""Score table finding on the ICDAR 2013 table competition set (`make bench-tables`, `python -m benchmarks.tables`).

Metric: the competition's adjacency relations. Every non-empty cell is paired with its nearest
non-empty neighbour to the right and below, giving (text, text, direction) triples; a cell
spanning rows or columns is paired with each distinct neighbour along its span (the raster scan
of the competition's tool); text is compared with whitespace removed and case folded. Relations are
pooled over the whole set: precision = matched / found, recall = matched / ground truth.

A found table belongs to the ground-truth table region it overlaps most on its page; its
relations count for that region. A found table overlapping no ground-truth region is an
*invented* table (counted, not scored). Ground-truth tables are put in three subsets by a
simple vector test on their box: >= 3 horizontal and >= 3 vertical rules ("ruled"), >= 3
horizontal only ("hrules"), else "unruled".

Tables are compared page by page, as found on each page (before joining across pages), with
their header rows included, as the ground truth has them.
"""

from __future__ import annotations

import argparse
import os
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

from agendapack.extractors.pdf.reader import read_pages
from agendapack.extractors.tables.find import find_page_tables
from agendapack.extractors.tables.grid import split_rules
from agendapack.extractors.tables.settings import DEFAULT_TABLE_SETTINGS

ROOT = Path(__file__).resolve().parents[1]

BENCH = Path(os.environ.get("AGENDAPACK_TABLES_BENCH", ROOT.parent / "shared" / "tables-benchmark"))


def _key(text: str) -> str:
    return "".join((text or "").split()).lower()


def relations(cells: list[tuple[int, int, int, int, str]]) -> Counter:
    """cells: (row0, row1, col0, col1, text), inclusive spans; -> Counter of relations.

    The competition's raster scan: along every row (column) of the cell matrix, each non-empty
    cell is related to the next non-empty cell after it, so a cell spanning rows (columns) has a
    relation with each distinct neighbour along its span; a pair of cells counts once."""
    cells = [c for c in cells if _key(c[4])]
    if not cells:
        return Counter()
    slot: dict[tuple[int, int], int] = {}
    for i, (r0, r1, c0, c1, _) in enumerate(cells):
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                slot.setdefault((r, c), i)
    n_rows = max(c[1] for c in cells) + 1
    n_cols = max(c[3] for c in cells) + 1
    pairs: set[tuple[int, int, str]] = set()
    for direction, outer, inner in (("h", n_rows, n_cols), ("v", n_cols, n_rows)):
        for a in range(outer):
            line = [slot.get((a, b) if direction == "h" else (b, a)) for b in range(inner)]
            filled = [i for k, i in enumerate(line) if i is not None and (k == 0 or line[k - 1] != i)]
            for x, y in zip(filled, filled[1:]):
                if x != y:
                    pairs.add((x, y, direction))
    out: Counter = Counter()
    for x, y, direction in pairs:
        out[(_key(cells[x][4]), _key(cells[y][4]), direction)] += 1
    return out


def _num(text: str) -> float:
    """Numbers as written in the ground truth (a few carry stray characters, e.g. '26ß')."""
    import re

    m = re.match(r"\s*-?\d+(?:\.\d+)?", text or "")
    return float(m.group(0)) if m else 0.0


def gt_tables(str_xml: Path, reg_xml: Path):
    """[(table_id, page, bbox(bottom-left coords) or None, cells)] per region."""
    boxes = {}
    if reg_xml.exists():
        for t in ET.parse(reg_xml).getroot().iter("table"):
            for reg in t.iter("region"):
                bb = reg.find("bounding-box")
                if bb is not None:
                    boxes[(t.get("id"), int(reg.get("page")))] = tuple(_num(bb.get(k)) for k in ("x1", "y1", "x2", "y2"))
    out = []
    for t in ET.parse(str_xml).getroot().iter("table"):
        for reg in t.iter("region"):
            page = int(reg.get("page"))
            cells, union = [], None
            for c in reg.iter("cell"):
                r0, c0 = int(c.get("start-row")), int(c.get("start-col"))
                r1, c1 = int(c.get("end-row", r0)), int(c.get("end-col", c0))
                text = (c.findtext("content") or "").strip()
                cells.append((r0, r1, c0, c1, text))
                bb = c.find("bounding-box")
                if bb is not None:
                    b = tuple(_num(bb.get(k)) for k in ("x1", "y1", "x2", "y2"))
                    union = b if union is None else (min(union[0], b[0]), min(union[1], b[1]), max(union[2], b[2]), max(union[3], b[3]))
            out.append((t.get("id"), page, boxes.get((t.get("id"), page), union), cells))
    return out


def found_cells(pt) -> list[tuple[int, int, int, int, str]]:
    cells = []
    for r in range(pt.n_rows):
        for c in range(pt.n_cols):
            if pt.origin[r][c]:
                ct = pt.cells[r][c]
                cells.append((r, r + ct.rowspan - 1, c, c + ct.colspan - 1, ct.text))
    return cells


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    area = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h / area if area > 0 else 0.0


def subset_of(page, box_top) -> str:
    hs, vs = split_rules(page.rules, DEFAULT_TABLE_SETTINGS)
    x0, t, x1, b = box_top
    pad = 3
    nh = sum(1 for h in hs if t - pad <= h.pos <= b + pad and h.b > x0 and h.a < x1)
    nv = sum(1 for v in vs if x0 - pad <= v.pos <= x1 + pad and v.b > t and v.a < b)
    if nh >= 3 and nv >= 3:
        return "ruled"
    if nh >= 3:
        return "hrules"
    return "unruled"


def run(verbose: bool = False) -> dict:
    docs = []
    for sub in ("competition-dataset-eu", "competition-dataset-us"):
        for xml in sorted((BENCH / sub).glob("*-str.xml")):
            name = xml.name[: -len("-str.xml")]
            pdf = xml.with_name(name + ".pdf")
            if pdf.exists():  # '...b' files are alternative truths for the '...a' PDF
                docs.append((name, pdf, xml, xml.with_name(name + "-reg.xml")))
    stats = defaultdict(Counter)
    invented = 0
    provisional = 0  # of them, a page's first lines read in case they carry a table over
    per_doc = []
    for name, pdf, str_xml, reg_xml in docs:
        gts = gt_tables(str_xml, reg_xml)
        pages = read_pages(pdf)
        by_page = {p.number: p for p in pages}
        found = {p.number: find_page_tables(p) for p in pages}
        regions = []
        for tid, pno, box, cells in gts:
            page = by_page.get(pno)
            if page is None or box is None:
                continue
            top_box = (box[0], page.height - box[3], box[2], page.height - box[1])
            regions.append((pno, top_box, relations(cells), subset_of(page, top_box)))
        assigned = defaultdict(Counter)
        for pno, tables in found.items():
            for pt in tables:
                best, best_ov = None, 0.0
                for i, (rp, box, _, _) in enumerate(regions):
                    if rp == pno:
                        ov = _overlap(pt.bbox, box)
                        if ov > best_ov:
                            best, best_ov = i, ov
                if best is None or best_ov < 0.1:
                    invented += 1
                    provisional += pt.provisional
                    if verbose:
                        print(f"  invented: {name} p{pno} {pt.n_rows}x{pt.n_cols} ({pt.strategy}){' provisional' if pt.provisional else ''}")
                    continue
                assigned[best] += relations(found_cells(pt))
        doc_tp = doc_gt = doc_found = 0
        for i, (_, _, gt_rel, subset) in enumerate(regions):
            got = assigned.get(i, Counter())
            tp = sum((gt_rel & got).values())
            for key in (subset, "overall"):
                stats[key]["tp"] += tp
                stats[key]["gt"] += sum(gt_rel.values())
                stats[key]["found"] += sum(got.values())
                stats[key]["tables"] += 1
            doc_tp += tp
            doc_gt += sum(gt_rel.values())
            doc_found += sum(got.values())
        per_doc.append((name, doc_tp, doc_gt, doc_found))
    result = {"invented_tables": invented, "invented_provisional": provisional, "documents": len(docs)}
    for key, c in stats.items():
        p = c["tp"] / c["found"] if c["found"] else 0.0
        r = c["tp"] / c["gt"] if c["gt"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        result[key] = {"tables": c["tables"], "precision": p, "recall": r, "f1": f, "gt_relations": c["gt"]}
    result["per_doc"] = per_doc
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list invented tables and per-document scores")
    args = ap.parse_args()
    if not BENCH.is_dir():
        sys.exit(f"benchmark not found at {BENCH} (set AGENDAPACK_TABLES_BENCH)")
    res = run(args.verbose)
    print(f"ICDAR 2013 table competition set: {res['documents']} PDFs")
    print(f"{'subset':10} {'tables':>6} {'precision':>9} {'recall':>7} {'F1':>6}")
    for key in ("ruled", "hrules", "unruled", "overall"):
        if key in res:
            s = res[key]
            print(f"{key:10} {s['tables']:>6} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>6.3f}")
    print(f"invented tables (found where the ground truth has none): {res['invented_tables']}, of which "
          f"{res['invented_provisional']} are a page's first lines read provisionally (kept only where they "
          "carry on the table the page before breaks off)")
    if args.verbose:
        for name, tp, gt, found in res["per_doc"]:
            print(f"  {name:12} tp={tp:5} gt={gt:5} found={found:5}")


if __name__ == "__main__":
    main()

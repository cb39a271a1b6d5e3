"""Scorers of the front sheet and the agenda: items (by number, or by title where the gold
prints none), titles, page ranges, parts, nesting (sub-item to enclosing item), meeting fields."""

from __future__ import annotations

import re
from typing import Optional, Union

from rapidfuzz import fuzz

from evaluation.core import (
    PAIR_SIMILARITY,
    DocResult,
    Score,
    align,
    align_weighted,
    norm_number,
    norm_text,
    same_title,
    score_fields,
    title_similarity,
)


def score_agenda(gold: dict, pack: dict, res: DocResult) -> None:
    g_items = gold.get("agenda") or []
    flat = _flatten(pack.get("agenda") or [])
    p_items = [it for it, _ in flat]
    if not g_items and not p_items:
        return
    pairs = pair_items(g_items, p_items)
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
            res.misses.append(f"agenda {_label(g)}: title {p.get('title')!r} != {g.get('title')!r}")
        if g.get("pages") and p.get("pages") and g["pages"] == p["pages"]:
            pages.tp += 1
        elif g.get("pages") or p.get("pages"):
            res.misses.append(f"agenda {_label(g)}: pages {p.get('pages')} != {g.get('pages')}")
        if (g.get("part") or "public") == (p.get("part") or "public"):
            parts.tp += 1
    for gi, g in enumerate(g_items):
        if gi not in matched_g:
            res.misses.append(f"agenda {_label(g)}: missing ({(g.get('title') or '')[:50]!r})")
    matched_p = {pi for _, pi in pairs}
    for pi, p in enumerate(p_items):
        if pi not in matched_p:
            res.misses.append(f"agenda {p['number']}: extra ({p.get('title', '')[:50]!r})")
    res.scores["agenda_items"] = items
    res.scores["agenda_titles"] = titles
    res.scores["agenda_pages"] = pages
    res.scores["agenda_parts"] = parts
    nesting = _score_nesting(g_items, p_items, [parent for _, parent in flat], pairs, res)
    if nesting is not None:
        res.scores["agenda_nesting"] = nesting


def pair_items(g_items: list[dict], p_items: list[dict]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index) of the same agenda item, in printed order. Numbered
    gold items pair by number (longest common subsequence, so numbers restarting in each sitting
    or section pair in their own runs); a gold item printed without a number (`number: null`)
    pairs with the predicted item whose title is most alike (`core.title_similarity` at least
    `core.PAIR_SIMILARITY`), whatever number the parser gave it, keeping the printed order."""
    if all(g.get("number") is not None for g in g_items):
        return align(g_items, p_items, lambda x: norm_number(x["number"]), lambda x: norm_number(x["number"]))

    def weight(i: int, j: int) -> float:
        g, p = g_items[i], p_items[j]
        if g.get("number") is not None:
            return 1.0 if norm_number(g["number"]) == norm_number(p.get("number")) else 0.0
        sim = title_similarity(g.get("title"), p.get("title"))
        return sim / 100 if sim >= PAIR_SIMILARITY else 0.0

    return align_weighted(len(g_items), len(p_items), weight)


# the parent of a gold item, when the gold gives one: the index of the enclosing gold item, or
# the number the gold names when no earlier item carries it
GoldParent = Union[int, str, None]


def gold_parents(g_items: list[dict]) -> list[GoldParent]:
    """The enclosing item of each gold item. `parent` names the enclosing item's number: the item
    whose `path` is this item's path less its last part when paths are given (numbers repeat in
    multi-level outlines), else the nearest earlier item with that number in the same sitting.
    An item with no parent whose `section` is the title of an earlier item (unnumbered agendas,
    where headings are items) sits under that item; a `section` naming a heading that is not an
    item (a banner over numbered items) is no parent."""
    by_path = {g["path"]: i for i, g in enumerate(g_items) if g.get("path")}
    out: list[GoldParent] = []
    for i, g in enumerate(g_items):
        parent: GoldParent = None
        if g.get("parent") is not None:
            path = g.get("path") or ""
            if "." in path:
                parent = by_path.get(path.rsplit(".", 1)[0])
            if parent is None:
                want = norm_number(g["parent"])
                parent = next((j for j in range(i - 1, -1, -1)
                               if g_items[j].get("number") is not None and norm_number(g_items[j]["number"]) == want
                               and g_items[j].get("sitting") == g.get("sitting")), None)
            if parent is None:
                parent = str(g["parent"])
        elif g.get("section"):
            want = norm_text(g["section"])
            parent = next((j for j in range(i - 1, -1, -1) if norm_text(g_items[j].get("title")) == want), None)
        out.append(parent)
    return out


def _score_nesting(g_items: list[dict], p_items: list[dict], p_parents: list[Optional[int]],
                   pairs: list[tuple[int, int]], res: DocResult) -> Optional[Score]:
    """agenda_nesting: the links from a sub-item to its enclosing item. Scored where the gold
    gives at least one (a flat gold agenda is not scored); a predicted link is right when the
    predicted item and its predicted parent pair with the gold item and its gold parent (or the
    predicted parent pairs with nothing and has the gold parent's number)."""
    g_parents = gold_parents(g_items)
    if all(x is None for x in g_parents):
        return None
    s = Score(gold=sum(1 for x in g_parents if x is not None), pred=sum(1 for x in p_parents if x is not None))
    gold_of = {pi: gi for gi, pi in pairs}
    for gi, pi in pairs:
        want, got = g_parents[gi], p_parents[pi]
        if want is None and got is None:
            continue
        if want is not None and got is not None:
            want_number = norm_number(want if isinstance(want, str) else g_items[want].get("number"))
            if isinstance(want, int) and got in gold_of:
                ok = gold_of[got] == want
            else:
                # the predicted parent pairs with no gold item (an extra item repeating the
                # parent's number took its pair): right if it carries the gold parent's number
                ok = norm_number(p_items[got].get("number")) == want_number
            if ok:
                s.tp += 1
                continue
        want_label = "top level" if want is None else want if isinstance(want, str) else _label(g_items[want])
        got_label = "top level" if got is None else p_items[got].get("number")
        res.misses.append(f"agenda {_label(g_items[gi])}: under {got_label} != under {want_label}")
    return s


def _label(item: dict) -> str:
    """How a miss names an item: its number, or the start of its title when it has none."""
    if item.get("number") is not None:
        return str(item["number"])
    return repr((item.get("title") or "")[:30])


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


def _flatten(items: list[dict], parent: Optional[int] = None,
             out: Optional[list[tuple[dict, Optional[int]]]] = None) -> list[tuple[dict, Optional[int]]]:
    """The predicted agenda in printed order, each item with the index of the item it is a
    sub-item of (None at the top level)."""
    out = [] if out is None else out
    for it in items:
        out.append((it, parent))
        _flatten(it.get("subitems") or [], len(out) - 1, out)
    return out

"""Scorers of the front sheet and the agenda: items, titles, page ranges, parts, meeting fields."""

from __future__ import annotations

import re
from typing import Optional

from rapidfuzz import fuzz

from evaluation.core import DocResult, Score, align, norm_number, norm_text, same_title, score_fields


def score_agenda(gold: dict, pack: dict, res: DocResult) -> None:
    g_items = gold.get("agenda") or []
    p_items = _flatten(pack.get("agenda") or [])
    if not g_items and not p_items:
        return
    pairs = align(g_items, p_items, lambda x: norm_number(x["number"]), lambda x: norm_number(x["number"]))
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

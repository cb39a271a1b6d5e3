"""Scoring of `minutes` records against gold (one of the scorers evaluation.run applies).

Fields: minute_items (number as printed, or the title where items are unnumbered),
minute_titles, minute_agenda_refs, resolutions (counted per minute item), vote_counts (the
printed yes/no/abstain figures of each vote, strict), vote_voters (named voters of recorded
divisions, by surname), attendance (name and status), minutes_meeting (date, start and close time).
"""

from __future__ import annotations

import re
from collections import Counter

from evaluation.core import DocResult, Score, align, norm_number, norm_text, same_title, score_fields


def _item_key(number, title) -> str:
    return f"n:{norm_number(number)}" if number else f"t:{norm_text(title)[:40]}"


def _items(pack: dict) -> list[dict]:
    return [it for m in pack.get("minutes") or [] for it in m.get("items") or []]


def _surname(name: str) -> str:
    words = norm_text(re.sub(r"\(.*?\)", "", name or "")).split()
    return words[-1] if words else ""


def _initial(name: str) -> str:
    words = norm_text(name).split()
    return words[0][0] if len(words) > 1 else ""


def same_person(a: str, b: str) -> bool:
    na, nb = norm_text(a), norm_text(b)
    if na == nb:
        return True
    if _surname(a) != _surname(b) or not _surname(a):
        return False
    ia, ib = _initial(a), _initial(b)
    return not ia or not ib or ia == ib


def score_minutes(gold: dict, pack: dict, res: DocResult) -> None:
    g = gold.get("minutes")
    if not g:
        return
    g_items = g.get("items") or []
    p_items = _items(pack)

    # minute items, aligned in printed order
    def key_g(x):
        return _item_key(x.get("number"), x.get("title"))

    def key_p(x):
        # an unnumbered gold item can only be matched by title
        return _item_key(x.get("number"), x.get("title"))

    pairs = align(g_items, p_items, key_g, key_p)
    if len(pairs) < len(g_items):
        # items the gold leaves unnumbered may be numbered by the parser (or the reverse): pair
        # the rest by title
        used_g = {i for i, _ in pairs}
        used_p = {j for _, j in pairs}
        for i, gi in enumerate(g_items):
            if i in used_g:
                continue
            for j, pj in enumerate(p_items):
                if j not in used_p and same_title(gi.get("title"), pj.get("title")):
                    pairs.append((i, j))
                    used_p.add(j)
                    break
    items = Score(tp=len(pairs), pred=len(p_items), gold=len(g_items))
    titles = Score(pred=len(p_items), gold=len(g_items))
    refs = Score(pred=sum(1 for x in p_items if x.get("agenda_item")), gold=sum(1 for x in g_items if x.get("agenda_item")))
    for i, j in pairs:
        gi, pj = g_items[i], p_items[j]
        if same_title(gi.get("title"), pj.get("title")):
            titles.tp += 1
        else:
            res.misses.append(f"minute {gi.get('number') or gi.get('title')}: title {pj.get('title')!r} != {gi.get('title')!r}")
        if gi.get("agenda_item") and norm_number(gi["agenda_item"]) == norm_number(pj.get("agenda_item")):
            refs.tp += 1
    matched = {i for i, _ in pairs}
    for i, gi in enumerate(g_items):
        if i not in matched:
            res.misses.append(f"minute {gi.get('number') or ''} missing ({(gi.get('title') or '')[:50]!r})")
    res.scores["minute_items"] = items
    res.scores["minute_titles"] = titles
    res.scores["minute_agenda_refs"] = refs

    # resolutions, per item where the gold gives a breakdown
    p_total = sum(len(it.get("resolutions") or []) for it in p_items)
    g_total = int(g.get("resolutions") or 0)
    per_item = g.get("resolutions_per_item")
    tp = 0
    if per_item:
        by_key: Counter = Counter()
        for it in p_items:
            n = len(it.get("resolutions") or [])
            by_key[norm_number(it.get("number"))] += n
            by_key["t:" + norm_text(it.get("title"))[:40]] += n
        for key, count in per_item.items():
            got = by_key.get(norm_number(key), 0) or by_key.get("t:" + norm_text(key)[:40], 0)
            if not got:
                got = next((len(it.get("resolutions") or []) for it in p_items if same_title(it.get("title"), key)), 0)
            tp += min(got, int(count))
    else:
        tp = min(p_total, g_total)
    res.scores["resolutions"] = Score(tp=tp, pred=p_total, gold=g_total)
    if p_total != g_total:
        res.misses.append(f"resolutions: {p_total} found, {g_total} printed")

    # votes with printed counts (strict), and named voters of recorded divisions
    def triple(c):
        return (c.get("yes") or 0, c.get("no") or 0, c.get("abstain") or 0)

    g_votes = [v for v in g.get("votes") or [] if v.get("counts")]
    p_votes = [v for it in p_items for v in it.get("votes") or [] if any((v.get("counts") or {}).get(k) is not None for k in ("yes", "no", "abstain"))]
    g_counts = Counter(triple(v["counts"]) for v in g_votes)
    p_counts = Counter(triple(v["counts"]) for v in p_votes)
    res.scores["vote_counts"] = Score(tp=sum((g_counts & p_counts).values()), pred=len(p_votes), gold=len(g_votes))
    for t in g_counts - p_counts:
        res.misses.append(f"vote {t} not found")
    voters = Score()
    for gv in g_votes:
        if not gv.get("voters"):
            continue
        pv = next((v for v in p_votes if triple(v["counts"]) == triple(gv["counts"])), None)
        for option in ("yes", "no", "abstain"):
            want = gv["voters"].get(option) or []
            named = ((pv or {}).get("voters") or {}).get(option) or []
            voters.gold += len(want)
            voters.pred += len(named)
            remaining = list(named)
            for name in want:
                hit = next((x for x in remaining if same_person(x, name)), None)
                if hit is not None:
                    voters.tp += 1
                    remaining.remove(hit)
    if voters.gold:
        res.scores["vote_voters"] = voters

    # attendance: name and status
    g_att = g.get("attendance") or []
    p_att = [a for m in pack.get("minutes") or [] for a in m.get("attendance") or []]
    att = Score(pred=len(p_att), gold=len(g_att))
    remaining = list(p_att)
    for a in g_att:
        hit = next((p for p in remaining if p.get("status") == a.get("status") and same_person(p.get("name", ""), a.get("name", ""))), None)
        if hit is not None:
            att.tp += 1
            remaining.remove(hit)
        else:
            res.misses.append(f"attendance {a.get('name')} ({a.get('status')}) missing")
    res.scores["attendance"] = att

    pm = ((pack.get("minutes") or [{}])[0] or {}).get("meeting") or {}
    s = score_fields(gold.get("meeting") or {}, pm, ("date", "start_time", "end_time"), "minutes meeting", res)
    if s is not None:
        res.scores["minutes_meeting"] = s


SCORERS = [score_minutes]

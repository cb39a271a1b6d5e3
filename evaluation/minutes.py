"""Scoring of `minutes` records against gold (one of the scorers evaluation.run applies).

Fields: minute_items (number as printed, or the title where items are unnumbered),
minute_titles, minute_agenda_refs, resolutions (counted per minute item; not scored where the
gold gives no `resolutions`), vote_counts (the printed yes/no/abstain figures of each vote,
strict), vote_voters (named voters of recorded divisions, by surname, under each option the gold
lists, `absent` included), vote_absent (members a vote records as absent, where the gold counts
them), attendance (name and status), attendance_names (name, whatever the status),
minutes_meeting (date, start and close time).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

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
    if na == nb or na.endswith(" " + nb) or nb.endswith(" " + na):
        return True  # a surname of two words printed alone ("Ni Bhriain", "Stafford-Burke") is the full name's
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
    if "resolutions" in g:
        _score_resolutions(g, p_items, res)
    _score_votes(g, p_items, res)
    _score_attendance(g, pack, res)

    pm = ((pack.get("minutes") or [{}])[0] or {}).get("meeting") or {}
    # a pack's minutes are of an earlier meeting than the pack's own: the gold says which
    s = score_fields(g.get("meeting") or gold.get("meeting") or {}, pm, ("date", "start_time", "end_time"), "minutes meeting", res)
    if s is not None:
        res.scores["minutes_meeting"] = s


def _score_resolutions(g: dict, p_items: list[dict], res: DocResult) -> None:
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


def _triple(c: dict) -> tuple[int, int, int]:
    """A vote's printed figures: for, against, abstentions (members absent are not a vote)."""
    return (c.get("yes") or 0, c.get("no") or 0, c.get("abstain") or 0)


def _absent(vote: dict) -> Optional[int]:
    """How many members a vote records as absent: its `absent` count, else its named absentees."""
    counts = vote.get("counts") or {}
    if counts.get("absent") is not None:
        return int(counts["absent"])
    voters = vote.get("voters") or {}
    return len(voters["absent"]) if "absent" in voters else None


def _score_votes(g: dict, p_items: list[dict], res: DocResult) -> None:
    """vote_counts (the printed yes/no/abstain figures, strict), vote_voters (named voters of
    recorded divisions, by surname, under every option the gold lists: yes, no, abstain and
    absent) and vote_absent (the members a vote records as absent, where the gold counts them)."""
    g_votes = [v for v in g.get("votes") or [] if v.get("counts")]
    p_votes = [(v, it) for it in p_items for v in it.get("votes") or []
               if any((v.get("counts") or {}).get(k) is not None for k in ("yes", "no", "abstain"))]
    g_counts = Counter(_triple(v["counts"]) for v in g_votes)
    p_counts = Counter(_triple(v["counts"]) for v, _ in p_votes)
    res.scores["vote_counts"] = Score(tp=sum((g_counts & p_counts).values()), pred=len(p_votes), gold=len(g_votes))
    for t in g_counts - p_counts:
        res.misses.append(f"vote {t} not found")

    # each gold vote with the predicted vote of the same figures, one to one in printed order,
    # preferring one recorded under the same minute (by number, or by `item_title` where the
    # minutes are unnumbered)
    paired: dict[int, Optional[dict]] = {}
    used: set[int] = set()
    for gi, gv in enumerate(g_votes):
        cands = [j for j, (pv, _) in enumerate(p_votes) if j not in used and _triple(pv["counts"]) == _triple(gv["counts"])]
        same_item = [j for j in cands if _same_item(gv, p_votes[j][1])]
        choice = same_item or cands
        paired[gi] = p_votes[choice[0]][0] if choice else None
        if choice:
            used.add(choice[0])

    voters = Score()
    for gi, gv in enumerate(g_votes):
        if not gv.get("voters"):
            continue
        pv = paired[gi]
        for option, want in gv["voters"].items():
            want = want or []
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

    absent_gold = [gi for gi, gv in enumerate(g_votes) if gv["counts"].get("absent") is not None]
    if absent_gold:
        absent = Score(gold=len(absent_gold), pred=sum(1 for v, _ in p_votes if _absent(v) is not None))
        for gi in absent_gold:
            want, pv = int(g_votes[gi]["counts"]["absent"]), paired[gi]
            got = None if pv is None else _absent(pv)
            if got == want:
                absent.tp += 1
            else:
                res.misses.append(f"vote {_triple(g_votes[gi]['counts'])}: {got} absent != {want}")
        res.scores["vote_absent"] = absent


def _same_item(gold_vote: dict, item: dict) -> bool:
    if gold_vote.get("item"):
        return norm_number(gold_vote["item"]) == norm_number(item.get("number"))
    return bool(gold_vote.get("item_title")) and same_title(gold_vote["item_title"], item.get("title"))


def _score_attendance(g: dict, pack: dict, res: DocResult) -> None:
    """attendance: each person by name and status (one of the statuses in tests/gold/README.md);
    attendance_names: by name only, whatever the status, so a wrong status shows apart from a
    person not found."""
    g_att = g.get("attendance") or []
    p_att = [a for m in pack.get("minutes") or [] for a in m.get("attendance") or []]
    att = Score(pred=len(p_att), gold=len(g_att))
    remaining = list(p_att)
    missed = []
    for a in g_att:
        hit = next((p for p in remaining if p.get("status") == a.get("status") and same_person(p.get("name", ""), a.get("name", ""))), None)
        if hit is not None:
            att.tp += 1
            remaining.remove(hit)
        else:
            missed.append(a)
    names = Score(tp=att.tp, pred=len(p_att), gold=len(g_att))
    for a in missed:
        hit = next((p for p in remaining if same_person(p.get("name", ""), a.get("name", ""))), None)
        if hit is not None:
            names.tp += 1
            remaining.remove(hit)
            res.misses.append(f"attendance {a.get('name')} ({a.get('status')}) found as {hit.get('status')}")
        else:
            res.misses.append(f"attendance {a.get('name')} ({a.get('status')}) missing")
    res.scores["attendance"] = att
    res.scores["attendance_names"] = names


SCORERS = [score_minutes]

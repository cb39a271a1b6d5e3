"""Version 2 of the improvement plan, built by applying the declared changes to version 1."""

from __future__ import annotations

import copy

from .content.action_plan import PLAN_CHANGES, PLAN_V1

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def month_shift(old: str, new: str) -> int:
    """Months from one printed 'Mon YYYY' end date to another ('Sept 2025' -> 'Dec 2025': 3),
    recorded so that a diff's shift can be checked against what the generator did."""
    def index(text: str) -> int:
        name, year = text.split()
        return int(year) * 12 + _MONTHS.index(name[:3].lower())
    return index(new) - index(old)


def make_plan_v2():
    """Apply PLAN_CHANGES to v1; return the v2 rows and the change list."""
    rows = copy.deepcopy(PLAN_V1)
    by_ref = {r["ref"]: r for r in rows}
    changes = []
    for d in PLAN_CHANGES["dropped"]:
        rows.remove(by_ref[d["ref"]])
        changes.append({"type": "action_dropped", "ref": d["ref"], "action": by_ref[d["ref"]]["action"],
                        "reason": d["reason"]})
    for a in PLAN_CHANGES["added"]:
        idx = [r["ref"] for r in rows].index(a["after"]) + 1
        rows.insert(idx, copy.deepcopy(a["row"]))
        changes.append({"type": "action_added", "ref": a["row"]["ref"], "action": a["row"]["action"]})
    for s in PLAN_CHANGES["end_slipped"]:
        changes.append({"type": "end_date_slipped", "ref": s["ref"], "from": by_ref[s["ref"]]["end"],
                        "to": s["to"], "shift_months": month_shift(by_ref[s["ref"]]["end"], s["to"])})
        by_ref[s["ref"]]["end"] = s["to"]
    for lc in PLAN_CHANGES["lead_changed"]:
        changes.append({"type": "lead_changed", "ref": lc["ref"], "from": by_ref[lc["ref"]]["lead"],
                        "to": lc["to"]})
        by_ref[lc["ref"]]["lead"] = lc["to"]
    for ref, text in PLAN_CHANGES["progress"].items():
        changes.append({"type": "progress_updated", "ref": ref})
        by_ref[ref]["progress"] = text
    return rows, changes


def verify_plan_diff(v1, v2, changes):
    """Cross-check: the declared changes are exactly the differences between v1 and v2."""
    a = {r["ref"]: r for r in v1}
    b = {r["ref"]: r for r in v2}
    found = set()
    for ref in a.keys() - b.keys():
        found.add(("action_dropped", ref))
    for ref in b.keys() - a.keys():
        found.add(("action_added", ref))
    for ref in a.keys() & b.keys():
        if a[ref]["end"] != b[ref]["end"]:
            found.add(("end_date_slipped", ref))
        if a[ref]["lead"] != b[ref]["lead"]:
            found.add(("lead_changed", ref))
        if a[ref]["progress"] != b[ref]["progress"]:
            found.add(("progress_updated", ref))
        for k in ("action", "start", "measures", "targets", "ws"):
            assert a[ref][k] == b[ref][k], (ref, k)
    declared = {(c["type"], c["ref"]) for c in changes}
    assert found == declared, (found ^ declared)

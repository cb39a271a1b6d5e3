"""Resolutions in minute text: where a "RESOLVED" clause starts, what it decided, and the
numbered or lettered parts printed under a resolution that ends in a colon.

Every "RESOLVED that ..." / "Resolved:" / "it was resolved" / "Committee resolved to" clause is a
resolution; "the matter was resolved." and "has been resolved" are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Optional

from agendapack.extractors.minutes.text import ENUM_RE, Para
from agendapack.extractors.text.layer import Line

Outcome = Literal["noted", "agreed", "approved", "recommended", "deferred", "other"]

RESOLVE_RE = re.compile(r"\b(?:RESOLVED|Resolved|resolved|resolves|RESOLVES|Resolves)\b")
NOT_BEFORE = {"been", "be", "being", "having", "is", "are", "get", "got", "un"}
OUTCOME_PATTERNS: list[tuple[Outcome, re.Pattern[str]]] = [
    ("deferred", re.compile(r"\b(?:defer\w*|postpon\w*|not\s+to\s+(?:proceed|support)|held\s+over)\b", re.I)),
    ("recommended", re.compile(r"\brecommend\w*\b", re.I)),
    ("noted", re.compile(r"\b(?:note[sd]?|noting|received\s+the\s+report)\b", re.I)),
    ("approved", re.compile(r"\b(?:approv\w*|adopt\w*|grant(?:ed|s)?|correct\s+record|true\s+record|ratif\w*|confirm\w*)\b", re.I)),
    ("agreed", re.compile(r"\b(?:agree[sd]?|endorse[sd]?|accept\w*|support\w*|elected|appoint\w*|delegat\w*)\b", re.I)),
]
PART_RE = re.compile(r"^\(?(?P<label>\d{1,2}|[a-zA-Z]|[ivxIVX]{1,5})[.)]\s+|^\((?P<label2>\d{1,2}|[a-zA-Z]|[ivxIVX]{1,5})\)\s+")


def outcome_of(text: str) -> Outcome:
    """What a resolution decided: the outcome whose word comes first in it."""
    best: Optional[tuple[int, Outcome]] = None
    for name, rx in OUTCOME_PATTERNS:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else "other"


def resolution_triggers(sentence: str) -> list[re.Match[str]]:
    """The "resolved" words in a sentence that open a resolution."""
    out = []
    for m in RESOLVE_RE.finditer(sentence):
        before = sentence[: m.start()].split()
        prev = before[-1].lower().strip(",;:") if before else ""
        after = sentence[m.end():].lstrip()
        word = re.match(r"[\w:]+", after)
        nxt = word.group(0).lower() if word else ""
        upper = m.group(0).isupper()
        if prev in NOT_BEFORE or (nxt == "by" and prev != "it"):
            continue  # "resolved by officers"; but "BE IT RESOLVED by the Board that ..." decides
        if not upper and (not after or after[0] in ".!?;"):
            continue  # "the matter was resolved."
        out.append(m)
    return out


@dataclass
class ResolutionPart:
    """One numbered or lettered part of a resolution: "(a) approve the budget"."""

    label: Optional[str]
    text: str
    page: int
    x: float  # left edge of its first line: deeper lines continue it
    last: int  # index of its last line


SHOUTED_RESULT = re.compile(r"[A-Z]{4,}(?:\s+[A-Z]{2,})?(?:\s+\(?[\d/–-]+\)?)?\.?")


def resolution_parts(lines: list[Line], para: Para) -> list[ResolutionPart]:
    """Numbered or lettered parts under a resolution that ends in a colon; subheadings between
    parts are skipped. Stops at a sibling paragraph (same enumerator style at the resolution's
    margin) or at an unenumerated line back at that margin. Sub-clauses indented under a part
    that ends in a colon ("(a) approves the following: (i) ... (ii) ...") are that part's text."""
    own = ENUM_RE.match(para.lines[0].text.strip())
    own_style = _enum_style(own.group(0)) if own else None
    base_x = para.lines[0].x0
    parts: list[ResolutionPart] = []
    nested = False
    for j in range(para.end, len(lines)):
        ln = lines[j]
        t = ln.text.strip()
        pm = PART_RE.match(t)
        at_margin = ln.x0 <= base_x + 3
        if pm:
            if at_margin and own_style and _enum_style(pm.group(0)) == own_style:
                break
            if at_margin and own_style and not parts:
                break
            if parts and ln.x0 > parts[0].x + 3 and (nested or parts[-1].text.rstrip().endswith((":", ":-"))):
                parts[-1].text += " " + t
                parts[-1].last = j
                nested = True
                continue
            nested = False
            parts.append(ResolutionPart(label=pm.group("label") or pm.group("label2"), text=PART_RE.sub("", t),
                                        page=ln.page, x=ln.x0, last=j))
            continue
        if at_margin or SHOUTED_RESULT.fullmatch(t):
            break  # back at the margin, or a result set apart in capitals ("CARRIED 6/1")
        if parts and ln.x0 > parts[-1].x + 3:
            parts[-1].text += " " + t
            parts[-1].last = j
    return parts


def _enum_style(token: str) -> str:
    """'(a)' -> '(l)', '3.' -> 'd.', 'iv)' -> 'r)': the shape of an enumerator, not its value."""
    t = token.strip()
    core = re.sub(r"[().\s]", "", t)
    kind = "d" if core.isdigit() else ("r" if re.fullmatch(r"[ivxIVX]{2,5}", core) else ("l" if core.islower() else "u"))
    return ("(" if t.startswith("(") else "") + kind + (")" if t.rstrip().endswith(")") else ".")


# an enumerator inside a line of text: "1.", "2)", "(3)", "(a)", "b)", "(iv)"
INLINE_ENUM = re.compile(r"(?<![\w(])(?P<open>\(?)(?P<label>\d{1,2}|[a-z]|[ivx]{1,5})(?P<close>[.)])(?=\s+\S)")
_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _following(label: str, roman: bool) -> Optional[str]:
    if label.isdigit():
        return str(int(label) + 1)
    if roman:
        return _ROMANS[_ROMANS.index(label) + 1] if label in _ROMANS[:-1] else None
    return chr(ord(label) + 1) if len(label) == 1 and label < "z" else None


def inline_parts(text: str) -> list[tuple[str, str]]:
    """A resolution's numbered parts printed on in one paragraph ("RESOLVED: 1. That the accounts
    be approved. 2. That the Clerk sign ..."): (label, text) for each, when the text opens with an
    enumerator and the next ones follow in order in the same form; else []."""
    first = INLINE_ENUM.match(text)
    if first is None or first.group("label") not in ("1", "a", "i"):
        return []
    form = (first.group("open"), first.group("close"))
    roman = first.group("label") == "i"
    cuts = [(first.group("label"), first.start(), first.end())]
    expected = _following(first.group("label"), roman)
    for m in INLINE_ENUM.finditer(text, first.end()):
        if expected is None:
            break
        if m.group("label") == expected and (m.group("open"), m.group("close")) == form and m.start() > 0 \
                and re.search(r"[.;:,]\s*(?:and\s+|or\s+)?$|\s$", text[: m.start()]):
            cuts.append((m.group("label"), m.start(), m.end()))
            expected = _following(expected, roman)
    if len(cuts) < 2:
        return []
    parts = []
    for k, (label, _start, end) in enumerate(cuts):
        stop = cuts[k + 1][1] if k + 1 < len(cuts) else len(text)
        body = re.sub(r"[;,]?\s*(?:and|or)?\s*$", "", text[end:stop].strip()).strip()
        parts.append((label, body))
    return parts

"""Cells: what counts as the same text, and what kind of value a changed cell holds.

`comparable` reduces a cell to what it says, so that formatting is never a change: line wraps,
hyphenation at a line end, whitespace, bullets, thousands separators, "DRAFT" marks, footnote
markers, typographic dashes and quotes, and capitals.

`classify` types a changed cell as analysts ask about it: a date slipped or brought forward (with
the shift), a status or RAG transition, a new lead or owner, a new target, a re-costed figure
(with the difference and percentage), or text. The column's header says what a column holds; the
words that say it are kept in one place, `COLUMN_ROLES`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache
from typing import Optional

from agendapack.diff_model import Delta, WordChange
from agendapack.extractors.text.dates import YEAR_RE, parse_plan_date

# header words -> the role of a column, tried in this order (a "Target date" is a date, a
# "Progress - Key Targets" column is narrative text)
COLUMN_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date", re.compile(r"\b(date|dates|start|end|deadline|due|completion|timescales?|by when|year|when)\b", re.I)),
    ("status", re.compile(r"\b(status|rag|rating|risk level|direction of travel)\b", re.I)),
    # narrative columns that name another role in passing ("Progress - Outcomes and Key Targets")
    ("text", re.compile(r"\b(progress|update|updates|comments?|commentary|narrative|description|notes?)\b", re.I)),
    ("lead", re.compile(r"\b(lead|leads|owner|owners|officer|responsible|responsibility|accountable|"
                        r"cabinet member|portfolio holder|contact)\b", re.I)),
    ("target", re.compile(r"\b(targets?|kpis?)\b", re.I)),
    ("money", re.compile(r"[£$€]|\b(cost|costs|budget|estimate|amount|total|value|spend|expenditure|"
                         r"funding|forecast|exposure|£m|\$m|000s?)\b", re.I)),
)

# a cell holding one money figure: optional currency, digits with separators, decimals, a scale
# word, brackets or a minus for a negative amount
MONEY_RE = re.compile(
    r"^\s*(?P<neg>[-–(])?\s*(?P<cur>[£$€])?\s*(?P<num>\d[\d,]*(?:\.\d+)?|\.\d+)\s*"
    r"(?P<scale>m|k|bn|million|thousand)?\s*\)?\s*$",
    re.I,
)
# a scale word makes "£1.2m" and "£900k" comparable: both in units
_SCALES = {"": 1.0, "k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "bn": 1e9}
# text cells at least this many words long get word-level changes
LONG_TEXT_WORDS = 6

_DRAFT = re.compile(r"\bDRAFT\b")
_FOOTNOTE = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079\u2020\u2021]|\[\d{1,2}\]|(?<=\w)\*+")
_BULLETS = re.compile(r"[\u2022\u25cf\u25aa\u25a0\u2023\u2043\u25e6\uf0b7\u00b7]")
_LINE_HYPHEN = re.compile(r"(?<=\w)[-\u00ad]\s*\n\s*(?=\w)")
_WORD_HYPHEN = re.compile(r"(?<=[^\W\d])[-\u00ad](?=[^\W\d])")
_THOUSANDS = re.compile(r"(?<=\d)[,\u202f\u00a0](?=\d{3}(?!\d))")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2018": "'", "\u2019": "'",
                         "\u201c": '"', "\u201d": '"'})


@lru_cache(maxsize=1 << 16)
def comparable(text: Optional[str]) -> str:
    """The cell's text as compared: equal for two printings of the same words. (Cached: matching
    rows compares each cell many times.)"""
    if not text:
        return ""
    # footnote markers first: NFKC would turn a superscript "¹" into a plain "1"
    t = _FOOTNOTE.sub("", text)
    t = unicodedata.normalize("NFKC", t).translate(_DASHES)
    t = _DRAFT.sub(" ", t)
    t = _BULLETS.sub(" ", t)
    t = _LINE_HYPHEN.sub("", t)
    # a word hyphenated in one version and not the other ("on-going", "ongoing") is one word
    t = _WORD_HYPHEN.sub("", t)
    t = _THOUSANDS.sub("", t)
    return " ".join(t.split()).casefold()


def tidy(text: Optional[str]) -> str:
    """A cell as shown in a diff: its words on one line."""
    return " ".join((text or "").split())


def column_role(header: str) -> str:
    """'date', 'status', 'lead', 'target', 'money' or 'text', from the column's header."""
    last = header.split(" / ")[-1]
    for role, pattern in COLUMN_ROLES:
        if pattern.search(last):
            return role
    return "text"


def money_value(text: str) -> Optional[float]:
    """The amount of a cell that holds one money figure (or a plain number), else None."""
    m = MONEY_RE.match(comparable(text).replace(" ", "") if text else "")
    if not m:
        return None
    value = float(m.group("num").replace(",", "")) * _SCALES[(m.group("scale") or "").lower()]
    return -value if m.group("neg") else value


def has_currency(text: str) -> bool:
    return bool(re.search(r"[£$€]", text or ""))


def plan_date(text: str) -> tuple[Optional[str], Optional[str]]:
    """(ISO date or YYYY-MM, precision 'day' | 'month' | 'year') of a date cell, or (None, None)."""
    if YEAR_RE.match(text or ""):
        return f"{text.strip()}-01", "year"
    iso, _ = parse_plan_date(text)
    if iso is None:
        return None, None
    return iso, "day" if len(iso) == 10 else "month"


def _months(iso: str) -> int:
    year, month = iso.split("-")[:2]
    return int(year) * 12 + int(month) - 1


def date_delta(old: str, new: str) -> Optional[Delta]:
    """The shift from the old date to the new, in days when both print a day, else in months."""
    from datetime import date

    a, pa = plan_date(old)
    b, pb = plan_date(new)
    if a is None or b is None:
        return None
    if pa == pb == "day":
        return Delta(days=(date.fromisoformat(b) - date.fromisoformat(a)).days)
    return Delta(months=_months(b) - _months(a))


def money_delta(old: str, new: str) -> Optional[Delta]:
    a, b = money_value(old), money_value(new)
    if a is None or b is None:
        return None
    amount = round(b - a, 6)
    percent = round(100.0 * amount / abs(a), 2) if a else None
    return Delta(amount=amount, percent=percent)


def classify(column: str, old: str, new: str) -> tuple[str, Optional[Delta]]:
    """(kind, delta) of a changed cell."""
    role = column_role(column)
    if role == "date":
        delta = date_delta(old, new)
        if delta is not None:
            shift = delta.days if delta.days is not None else delta.months
            if shift:
                return ("date_slip" if shift > 0 else "date_forward"), delta
        return "text", None
    if role == "money" or (has_currency(old) and has_currency(new)):
        delta = money_delta(old, new)
        if delta is not None:
            return "money", delta
    if role in ("status", "lead", "target"):
        return role, None
    return "text", None


def word_changes(old: str, new: str) -> list[WordChange]:
    """Word runs kept, deleted and inserted between two long text cells (empty for short ones)."""
    a, b = tidy(old).split(), tidy(new).split()
    if len(a) < LONG_TEXT_WORDS and len(b) < LONG_TEXT_WORDS:
        return []
    out: list[WordChange] = []
    matcher = difflib.SequenceMatcher(a=[comparable(w) for w in a], b=[comparable(w) for w in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(WordChange(op="=", text=" ".join(b[j1:j2])))
            continue
        if i2 > i1:
            out.append(WordChange(op="-", text=" ".join(a[i1:i2])))
        if j2 > j1:
            out.append(WordChange(op="+", text=" ".join(b[j1:j2])))
    return out

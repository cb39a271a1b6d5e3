"""Dates and times as councils print them, normalised to ISO 8601.

Finding a date in running text is done with one regular expression of the printed shapes
("Thursday, 30th January, 2025", "March 4, 2025", "16th JANUARY 2018", "1/12/2021"); turning the
match into a date is left to dateutil. Plan cells often print only a month ("Mar 15",
"Sept 2015"): those normalise to month precision ("2015-03").
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Iterator, Optional, Sequence

from dateutil import parser as dateparser

MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# a calendar year alone ("2024"), and a year or a financial year heading columns ("2023/24",
# "2023-2024"): headings and keys, never a figure
YEAR_RE = re.compile(r"^\s*(?:19|20)\d\d\s*$")
YEAR_SPAN_RE = re.compile(r"^\s*(?:19|20)\d\d(?:\s*[/-]\s*(?:\d\d|(?:19|20)\d\d))?\s*$")
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY = r"(?<!\d)(?:[0-3]?\d)(?:st|nd|rd|th)?"
DATE_RE = re.compile(
    rf"(?:(?:{WEEKDAY}),?\s+)?"
    rf"(?:"
    rf"(?P<dmy>{_DAY}\s+(?:of\s+)?{MONTHS}\.?,?\s+\d{{4}})"
    rf"|(?P<mdy>{MONTHS}\.?\s+{_DAY},?\s+\d{{4}})"
    rf"|(?P<num>\b[0-3]?\d[/.][0-3]?\d[/.](?:\d{{4}}|\d{{2}})\b)"
    rf")",
    re.I,
)
TIME_RE = re.compile(
    r"(?<![\d/])(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?\s*(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?|noon)(?![a-z])",
    re.I,
)
# a time typed without its separator on a form ("530pm", "1030am"): only glued to am/pm
COMPACT_TIME_RE = re.compile(r"(?<![\d/.:])(?P<h>1[0-2]|0?[1-9])(?P<m>[0-5]\d)(?P<ap>[ap]\.?m\.?)(?![a-z])", re.I)
# a month and day with no year ("June 6", "6th June")
MONTH_DAY_RE = re.compile(
    rf"(?:(?P<md_month>{MONTHS})\.?\s+(?P<md_day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
    rf"|(?<!\d)(?P<dm_day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>{MONTHS})\b)",
    re.I,
)
TIME_24_RE = re.compile(r"\b(?P<h>[01]\d|2[0-3])[:.](?P<m>[0-5]\d)\b(?!\s*[-–]\s*\d)")


# the order numeric dates are read in while a document is read (`reading_dates`): True day first,
# False month first, None not known (an impossible month decides, else month first)
DATE_ORDER: ContextVar[Optional[bool]] = ContextVar("DATE_ORDER", default=None)


@contextmanager
def reading_dates(dayfirst: Optional[bool]) -> Iterator[None]:
    """Read numeric dates day first (True) or month first (False) inside the block, for every
    `parse_date` that is not told otherwise."""
    token = DATE_ORDER.set(dayfirst)
    try:
        yield
    finally:
        DATE_ORDER.reset(token)


# What tells a document's country, and so its numeric date order, in one place. Day first: a
# UK postcode (strong), or a kind of council usual in the UK (weak: the US has county and borough
# councils too); month first: a US state's postal code before a ZIP code (strong), or a state's
# name (weak; names shared with UK places left out), a North American phone number ("312-742-8888",
# weak: Canada prints dates both ways). A strong cue counts as three weak ones, and a cue counts
# once however often it is printed: a document names its own body on every page.
UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b")
UK_COUNCILS = re.compile(r"\b(?:Parish|County|District|Borough)\s+Council\b|\bRoyal Borough\b")
NANP_PHONE = re.compile(r"(?<![\d-])(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}-\d{4}(?![\d-])")
# US state names that are also names of places elsewhere, so no sign of a US document
SHARED_STATE_NAMES = {"Georgia", "Washington"}
STRONG, WEAK = 3, 1


@lru_cache(maxsize=1)
def _date_order_cues() -> tuple[tuple[bool, int, re.Pattern[str]], ...]:
    """The cues, the US states' names and postal codes taken from ISO 3166-2 as pycountry ships it
    (its data file read once, on first use, and only the US states kept: pycountry's own objects
    would hold every country's subdivisions in memory)."""
    import pycountry

    with open(os.path.join(pycountry.DATABASE_DIR, "iso3166-2.json"), encoding="utf-8") as f:
        states = [s for s in json.load(f)["3166-2"] if s["code"].startswith("US-") and s["type"] == "State"]
    names = "|".join(sorted(re.escape(s["name"]) for s in states if s["name"] not in SHARED_STATE_NAMES))
    postal = "|".join(sorted(s["code"].split("-")[1] for s in states))
    return (
        (True, STRONG, UK_POSTCODE),
        (True, WEAK, UK_COUNCILS),
        (False, STRONG, re.compile(rf"\b(?:{postal}),?\s+\d{{5}}(?:-\d{{4}})?\b")),  # a ZIP code
        (False, WEAK, re.compile(rf"\b(?:{names})\b")),
        (False, WEAK, NANP_PHONE),
    )


def date_order_cue(text: str) -> Optional[tuple[bool, str]]:
    """(dayfirst, the first text that tells it) from a document's text, or None when it does not
    tell, or tells both ways with the same weight."""
    weight = {True: 0, False: 0}
    first: dict[bool, tuple[int, str]] = {}
    for dayfirst, strength, pattern in _date_order_cues():
        seen: set[str] = set()
        for m in pattern.finditer(text):
            if m.group(0).casefold() not in seen:
                seen.add(m.group(0).casefold())
                weight[dayfirst] += strength
            if dayfirst not in first or m.start() < first[dayfirst][0]:
                first[dayfirst] = (m.start(), m.group(0))
    if weight[True] == weight[False]:
        return None
    told = weight[True] > weight[False]
    return told, first[told][1]


def parse_date(text: str, dayfirst: Optional[bool] = None) -> Optional[str]:
    """ISO date for the first full date printed in `text`, else None. `dayfirst` (default: the
    order `reading_dates` set) decides a numeric date both ways possible ("01/02/2025")."""
    m = DATE_RE.search(text)
    if not m:
        return None
    chunk = m.group(0)
    if m.group("num"):
        # numeric dates: US documents print month first, UK day first; trust an impossible
        # month to decide, else the caller's locale hint, else month first.
        a, b = [int(x) for x in re.split(r"[/.]", m.group("num"))[:2]]
        if dayfirst is None:
            dayfirst = DATE_ORDER.get()
        if dayfirst is None:
            dayfirst = a > 12
        if (dayfirst and b > 12) or (not dayfirst and a > 12):
            dayfirst = not dayfirst
    else:
        dayfirst = bool(m.group("dmy"))
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", chunk, flags=re.I)
    cleaned = re.sub(r"\bof\b", " ", cleaned, flags=re.I)
    cleaned = re.sub(r"\bsept\b", "sep", cleaned, flags=re.I)
    try:
        return dateparser.parse(cleaned, dayfirst=dayfirst, fuzzy=True).date().isoformat()
    except (ValueError, OverflowError):
        return None


def find_dates(text: str) -> list[tuple[str, str]]:
    """All (iso, printed) dates in text."""
    out = []
    for m in DATE_RE.finditer(text):
        iso = parse_date(m.group(0))
        if iso:
            out.append((iso, m.group(0)))
    return out


def parse_time(text: str) -> Optional[str]:
    """HH:MM (24-hour) for the first clock time printed in `text`."""
    m = TIME_RE.search(text) or COMPACT_TIME_RE.search(text)
    if m:
        if m.group("ap").lower() == "noon":
            return "12:00"
        h = int(m.group("h"))
        mins = int(m.group("m") or 0)
        pm = m.group("ap").lower().startswith("p")
        if pm and h < 12:
            h += 12
        if not pm and h == 12:
            h = 0
        return f"{h:02d}:{mins:02d}"
    return None


def date_without_year(text: str, near: Sequence[str]) -> Optional[str]:
    """ISO date for a month and day printed with no year ("Date/Time: June 6, 530pm"), in the
    year that puts it closest to one of the full dates `near` (the other dates printed around
    it: the last meeting's, the next one's), else None."""
    m = MONTH_DAY_RE.search(text)
    if not m or not near:
        return None
    month = _month_number(m.group("md_month") or m.group("dm_month"))
    day = int(m.group("md_day") or m.group("dm_day"))
    refs = [dt.date.fromisoformat(iso) for iso in near]
    best: Optional[tuple[int, dt.date]] = None
    for year in sorted({r.year + k for r in refs for k in (-1, 0, 1)}):
        try:
            candidate = dt.date(year, month or 0, day)
        except ValueError:
            continue
        distance = min(abs((candidate - r).days) for r in refs)
        if best is None or distance < best[0]:
            best = (distance, candidate)
    return best[1].isoformat() if best else None


def parse_plan_date(text: str) -> tuple[Optional[str], Optional[str]]:
    """(iso, status) for a plan date cell.

    "Mar 15" / "March 2015" / "Sept 2015" -> ("2015-03", None); a full date -> ISO day;
    wording that is not a date ("On-going", "TBC by HR") -> (None, wording).
    Two dates in one cell ("July 2015 Dec 2015") take the last, the revised one.
    """
    raw = re.sub(r"\s+", " ", text or "").strip()
    if not raw:
        return None, None
    full = find_dates(raw)
    if full:
        return full[-1][0], None
    months = list(re.finditer(rf"(?P<mon>{MONTHS})\.?,?\s*(?P<year>\d{{4}}|\d{{2}})\b", raw, re.I))
    if months:
        m = months[-1]
        year = int(m.group("year"))
        if year < 100:
            year += 2000
        mon = _month_number(m.group("mon"))
        if mon and 1990 <= year <= 2100:
            return f"{year:04d}-{mon:02d}", None
    quarter = re.fullmatch(r"(?:q([1-4])\s*(\d{4}))", raw, re.I)
    if quarter:
        return f"{quarter.group(2)}-{(int(quarter.group(1)) - 1) * 3 + 1:02d}", None
    return None, raw


def _month_number(name: str) -> Optional[int]:
    key = name.lower()[:3]
    names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    return names.index(key) + 1 if key in names else None

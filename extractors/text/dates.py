"""Dates and times as councils print them, normalised to ISO 8601.

Finding a date in running text is done with one regular expression of the printed shapes
("Thursday, 30th January, 2025", "March 4, 2025", "16th JANUARY 2018", "1/12/2021"); turning the
match into a date is left to dateutil. Plan cells often print only a month ("Mar 15",
"Sept 2015"): those normalise to month precision ("2015-03").
"""

from __future__ import annotations

import re
from typing import Optional

from dateutil import parser as dateparser

MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
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
TIME_24_RE = re.compile(r"\b(?P<h>[01]\d|2[0-3])[:.](?P<m>[0-5]\d)\b(?!\s*[-–]\s*\d)")


def parse_date(text: str, dayfirst: Optional[bool] = None) -> Optional[str]:
    """ISO date for the first full date printed in `text`, else None."""
    m = DATE_RE.search(text)
    if not m:
        return None
    chunk = m.group(0)
    if m.group("num"):
        # numeric dates: US documents print month first, UK day first; trust an impossible
        # month to decide, else the caller's locale hint, else month first.
        a, b = [int(x) for x in re.split(r"[/.]", m.group("num"))[:2]]
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
    m = TIME_RE.search(text)
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

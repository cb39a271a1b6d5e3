"""The meeting a set of minutes records, from its heading and text: the body that met, the
date, the venue, and the times the meeting started and ended.

"MINUTES of a meeting of the Planning Committee held at the Town Hall on Monday 14 October 2024
at 7.00pm" gives body, venue, date and (unless the text says when the meeting opened) the start
time; "The meeting closed at 9.05pm" the end time. Headings without that sentence ("CORPORATE
PARENTING PANEL – 10th December 2024") give the words before the date as the body.
"""

from __future__ import annotations

import re
from typing import Optional

from agendapack.extractors.documents import ITEM_STAMP
from agendapack.extractors.minutes.attendance import label_of
from agendapack.extractors.minutes.text import join_lines
from agendapack.extractors.text.dates import DATE_RE, TIME_24_RE, parse_date, parse_time
from agendapack.extractors.text.layer import Line
from agendapack.model import MinutesMeeting

BODY_RE = re.compile(
    r"\bminutes\s+of\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?meeting\s+of\s+(?:the\s+)?(?P<body>.+?)(?:\s+held\b|\s+on\s|,|$)"
    r"|\b(?:a|the)\s+(?:regular|special|ordinary|extraordinary|annual|adjourned|public)?\s*meeting\s+of\s+(?:the\s+)?(?P<body2>.+?)\s+(?:was\s+)?held\b",
    re.I,
)
VENUE_RE = re.compile(
    r"\bheld\s+(?:in\s+person\s+)?(?:in|at)\s+(?:the\s+)?(?P<v>.+?)(?:,?\s+on\s+(?:\w+day|\d)|,?\s+and\s+(?:livestreamed|broadcast|streamed)|\.\s|\.$|$)",
    re.I,
)
START_RE = re.compile(r"\b(?:commenced|started|starting|began|beginning|opened|called\s+(?:[\w-]+\s+){0,14}?to\s+order|convened|met\s+in\s+(?:\w+\s+){0,2}session)\b(?:[^.]|\.(?=\d)|(?<=\b[ap])\.|\.(?=m\b)){0,40}?(?P<t>\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|noon)|\b\d{1,2}[.:]\d{2}\b)", re.I)
END_RE = re.compile(r"\b(?:closed|close|adjourn(?:ed)?|ended|concluded|terminated|finished|rose)\b(?:[^.]|\.(?=\d)|\.(?=m\b)|(?<=\b[ap])\.|\.(?=\s*time\b)){0,40}?(?P<t>\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|noon)|\b\d{1,2}[.:]\d{2}\b)", re.I)
# the heading's "held on Monday 14 October 2024 at 7.00pm": the time the meeting was called for
HELD_AT_RE = re.compile(r"\bheld\b[^.;]{0,200}?\bat\s+(?P<t>\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|noon)|\d{1,2}[.:]\d{2}\b(?![./]\d))", re.I)
MUNICIPALITY_PREFIX = re.compile(r"^(?i:township|city|town|village|county|borough|district|municipality|parish)\s+of\s+(?:[A-Z][\w'-]*\s+){1,3}(?=[A-Z])")


def _time(text: str) -> Optional[str]:
    t = parse_time(text)
    if t:
        return t
    m = TIME_24_RE.search(text)
    return f"{int(m.group('h')):02d}:{m.group('m')}" if m else None


def _title_case(text: str) -> str:
    small = {"and", "of", "the", "for", "in", "on", "to", "a", "an", "at", "by"}
    words = text.lower().split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _ordinal_fix(text: str) -> str:
    return re.sub(r"(\d)\s+(st|nd|rd|th)\b", r"\1\2", text)


def meeting_header(lines: list[Line], preamble_end: int, all_text: str) -> MinutesMeeting:
    """The meeting a set of minutes records: body, date and venue from the heading lines above
    the attendance lists (at most 14), start and end times from the whole text (`all_text`)."""
    head = [ln for ln in lines[: max(3, min(preamble_end, 14))] if not ITEM_STAMP.match(ln.text.strip())]
    first_label = next((k for k, ln in enumerate(head) if label_of(ln.text)), None)
    if first_label is not None and first_label >= 1:
        head = head[:first_label]
    head_text = _ordinal_fix(join_lines(head))
    meeting = MinutesMeeting()
    m = BODY_RE.search(head_text)
    if m:
        body = (m.group("body") or m.group("body2")).strip(" ,.")
        body = MUNICIPALITY_PREFIX.sub("", body)
        meeting.body = body
    else:
        # the heading lines above the first date: "CORPORATE PARENTING PANEL – 10th December 2024"
        parts = []
        for ln in head[:6]:
            t = _ordinal_fix(ln.text.strip())
            if label_of(t):
                break
            dm = DATE_RE.search(t)
            before = t[: dm.start()] if dm else t
            before = re.sub(r"\b(?:meeting\s+)?minutes\b.*$|\bdraft\b", "", before, flags=re.I).strip(" -–—,:|")
            if before and not re.search(r"\d{1,2}[.:]\d{2}", before):
                parts.append(before)
            if dm:
                break
        if parts:
            body = " ".join(parts)
            meeting.body = _title_case(body) if body.isupper() else body
    if meeting.body and meeting.body.isupper():
        meeting.body = _title_case(meeting.body)
    for ln in head:
        d = parse_date(_ordinal_fix(ln.text), dayfirst=True)
        if d:
            meeting.date = d
            break
    else:
        # a date wrapped over two lines ("held on Tuesday 9 / September 2025")
        meeting.date = parse_date(head_text, dayfirst=True)
    vm = VENUE_RE.search(head_text)
    if vm:
        meeting.venue = vm.group("v").strip(" ,.")
    else:
        am = re.search(r"\d\s*(?:am|pm)\s+(?:at|in)\s+(?P<v>[A-Z][^,.;]+)", head_text, re.I)
        if am:
            meeting.venue = am.group("v").strip()
    text = re.sub(r"\s+", " ", all_text)
    sm = START_RE.search(text)
    if sm:
        meeting.start_time = _time(sm.group("t"))
    else:
        hm = HELD_AT_RE.search(head_text)
        if hm:
            meeting.start_time = _time(hm.group("t"))
    ends = list(END_RE.finditer(text))
    for em in ends:
        ctx = text[max(0, em.start() - 60): em.end()].lower()
        if re.search(r"\b(?:meeting|session)\b", ctx) or re.search(r"\bclosed?\b", em.group(0), re.I):
            meeting.end_time = _time(em.group("t"))
    return meeting

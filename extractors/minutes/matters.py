"""Matters that each open a page: the minutes of a board that prints every matter it decides on a
page of its own (a board of estimates, a commission's docket) under an unnumbered heading.

Such minutes are told by their geometry, not their wording: after the first page (the title and
the attendance), most pages open with a heading, in capitals, bold, underlined or in title case,
and not numbered. The heading opening a page is a matter; headings further down the page are its
sub-banners (a department over its rows), not matters. A heading may be set in two columns (the
department on the left, over two or three lines, "– the subject" on the right); it is read as one
title, the left column first.

A page that continues a matter repeats its heading: one ending "cont'd" (or "continued") is no new
matter, nor is a heading that repeats the current matter's while the matter is not yet decided or
its numbered entries go on counting across the page. Matters that repeat a heading after a decision
(three leases under one "Lease Agreement" heading) are separate matters.

Inside the matters, numbered entries ("1.", "2." ... restarting at 1 under two or more matters, or
going on counting under the next one) are minute items too, after their matter, titled by their
first column where the entry is a row of fields.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from agendapack.extractors.minutes.headings import (
    HEAD_RE,
    LIST_ENTRY,
    ClauseList,
    Heading,
    MinutesParts,
    bold_title,
    caps_title,
    clean_title,
    first_segment_title,
    hanging_title,
    is_centered,
    label_key,
    row_of_fields,
    running_series,
    underlined_title,
    wraps_onto,
)
from agendapack.extractors.minutes.resolutions import RESOLVE_RE
from agendapack.extractors.minutes.text import right_edges
from agendapack.extractors.minutes.votes import ANON_MOTION, MOVER_PATTERNS, RESULT_LINE
from agendapack.extractors.text.layer import Line

# a heading that says its page continues the matter before: "Police Department – cont'd"
CONTINUED = re.compile(r"(?:^|[\s–—-])\(?(?:cont['’]?d|continued)\)?\.?\s*$", re.I)
# the spaced dash between a heading's department and its subject
SUBJECT_DASH = re.compile(r"\s[–—-]\s")
# a transcript's speaker before the words they said: 'CLERK: "The Board is now in session ..."'
SPEAKER = re.compile(r"^[A-Z][\w.'’ ]{0,40}:\s*[“\"‘]")
# the farthest a line follows the one before within one heading or one field (times the type size)
PITCH = 1.6
# fewest page-opening headings, and their least share of the pages after the first
LEAST_MATTERS = 5
LEAST_SHARE = 0.6
# least share of those pages opening distinct matters
LEAST_DISTINCT = 0.3


def page_matters(lines: list[Line], widths: dict[int, float]) -> Optional[MinutesParts]:
    """The minute headings of minutes whose matters each open a page (see the module docstring),
    or None when the minutes are not laid out so."""
    starts = [i for i in range(1, len(lines)) if lines[i].page != lines[i - 1].page]
    if len(starts) < LEAST_MATTERS:
        return None
    margin = _margin([lines[i] for i in starts])
    tops = [i for i in starts if _heading_like(lines[i], margin, widths.get(lines[i].page, 612.0))]
    if len(tops) < LEAST_MATTERS or len(tops) < LEAST_SHARE * len(starts):
        return None
    rights = right_edges(lines)
    entries = _entries(lines, tops[0], widths, rights)
    matters: list[Heading] = []
    for i in tops:
        title, body_start = _block_title(lines, i, rights)
        if CONTINUED.search(title):
            continue
        if matters and label_key(title) == label_key(matters[-1].title) and _continues(lines, matters[-1], i, entries):
            continue
        matters.append(Heading(i, body_start, None, clean_title(title), None))
    if len({label_key(h.title) for h in matters}) < max(LEAST_MATTERS, LEAST_DISTINCT * len(starts)):
        return None  # a table's header repeated on each page, not matters
    if running_series(lines):
        return None  # minutes numbered on from the last meeting: the numbers are the items
    numbered = entries if _restart_under(entries, matters) >= 2 else []
    taken = {h.index for h in numbered}
    heads = sorted([h for h in matters if h.index not in taken] + numbered, key=lambda h: h.index)
    return MinutesParts(headings=heads, preamble_end=heads[0].index) if heads else None


def _margin(firsts: list[Line]) -> float:
    """The left edge most of the pages' first lines share."""
    xs = Counter(round(ln.x0 / 3) for ln in firsts)
    return 3.0 * xs.most_common(1)[0][0]


def _heading_like(line: Line, margin: float, width: float) -> bool:
    """A line that may head a matter: at the margin or centred; a heading by its type (capitals,
    bold, underlined) or a short title-case line ("Department of Housing and – Head Start
    Agreement"); not a numbered line, nor a speaker's label before the words they said."""
    t = line.text.strip()
    if not t or HEAD_RE.match(t) or LIST_ENTRY.match(t) or SPEAKER.match(t):
        return False
    if abs(line.x0 - margin) > 4 and not is_centered(line, width):
        return False
    if caps_title(line) or bold_title(line) or underlined_title(line):
        return True
    words = t.split()
    long_words = [w for w in words if sum(c.isalpha() for c in w) >= 4]
    return (t[:1].isupper() and len(words) <= 14 and not re.search(r"[.;:]$", t) and bool(long_words)
            and sum(w[:1].isupper() for w in long_words) >= 0.75 * len(long_words))


def _block_title(lines: list[Line], i: int, rights: dict[int, float]) -> tuple[str, int]:
    """The title of the heading opening at line `i`, and the index of the line after it: the lines
    under the first at the heading's pitch, indented under it, underlined or bold like it (a label
    ended by a colon aside), or under a heading set in columns, are the rest of the heading. Where
    the heading is set in two columns, department and subject parted at a spaced dash, each line's
    words fall in the column they are printed in, the left column read first."""
    first = lines[i]
    split = _subject_column(first)
    gapped = split is not None and _gap_before(first, split) > 2.0 * first.size
    block = [first]
    j = i + 1
    while j < len(lines) and len(block) < 4:
        ln, prev = lines[j], lines[j - 1]
        if ln.page != first.page or ln.top - prev.top > PITCH * prev.size:
            break
        alike = ln.underline_x1 or (first.bold and ln.bold and not ln.text.rstrip().endswith(":"))
        if ln.x0 <= first.x0 + 3 and not alike and not gapped:
            break
        if HEAD_RE.match(ln.text.strip()) or LIST_ENTRY.match(ln.text.strip()):
            break
        block.append(ln)
        j += 1
    if len(block) == 1:
        return first.text.strip(), j
    if split is None or not (gapped or _in_columns(first, block[1:], split, rights)):
        return " ".join(ln.text.strip() for ln in block), j
    left = [w.text for ln in block for w in ln.words if w.x0 < split - 0.5 * ln.size]
    right = [w.text for ln in block for w in ln.words if w.x0 >= split - 0.5 * ln.size]
    return " ".join(left + right), j


def _subject_column(line: Line) -> Optional[float]:
    """Where the subject's column starts on a heading's first line: at its spaced dash."""
    for k, w in enumerate(line.words):
        if k and w.text in ("–", "—", "-"):
            return w.x0
    return None


def _gap_before(line: Line, x: float) -> float:
    return next((line.words[k].x0 - line.words[k - 1].x1 for k in range(1, len(line.words)) if line.words[k].x0 == x), 0.0)


def _in_columns(first: Line, rest: list[Line], split: float, rights: dict[int, float]) -> bool:
    """Whether a heading whose first line has a spaced dash is set in two columns rather than
    wrapped as one paragraph: the lines below all in the right column, or they do not go on from
    a full first line at its margin (indented under it, or the first line ended short)."""
    if all(ln.x0 >= split - 0.5 * ln.size for ln in rest):
        return True
    return not (all(abs(ln.x0 - first.x0) <= 3 for ln in rest) and wraps_onto(first, rest[0], rights))


def _decided(lines: list[Line]) -> bool:
    """Whether a matter's lines record a decision: a motion, a resolution or a result."""
    text = " ".join(ln.text.strip() for ln in lines)
    return bool(ANON_MOTION.search(text) or RESOLVE_RE.search(text) or RESULT_LINE.search(text)
                or any(p.search(text) for p in MOVER_PATTERNS))


def _continues(lines: list[Line], matter: Heading, i: int, entries: list[Heading]) -> bool:
    """Whether a page repeating the current matter's heading goes on with that matter: the matter
    is not decided yet, or its numbered entries go on counting across the page."""
    before = [h for h in entries if matter.index < h.index < i]
    after = [h for h in entries if h.index > i]
    if before and after and after[0].number and before[-1].number and int(after[0].number) == int(before[-1].number) + 1:
        return True
    return not _decided(lines[matter.index:i])


def _entries(lines: list[Line], start: int, widths: dict[int, float], rights: dict[int, float]) -> list[Heading]:
    """The numbered entries from line `start` on: lines opening "N." that count on from the entry
    before or restart at 1; a resolution's numbered clauses excepted."""
    clauses = ClauseList()
    found: list[Heading] = []
    last = 0
    i = start
    while i < len(lines):
        ln = lines[i]
        t = ln.text.strip()
        m = LIST_ENTRY.match(t)
        if m is None or not m.group("num").isdigit():
            clauses.read(ln)
            i += 1
            continue
        n = int(m.group("num"))
        if clauses.takes(ln, m.group("num"), m.group("title"), lines, found) or n not in (1, last + 1):
            i += 1
            continue
        last = n
        if row_of_fields(ln):
            title, j = _first_cell(lines, i, first_segment_title(ln, m.group("num"), m.group("title")))
        elif (below := _fields_under(lines, i, m.group("title"))) is not None:
            title, j = f"{m.group('title')} {below}", i + 1
        else:
            title, j = hanging_title(lines, widths, i, m.group("title"), rights)
        found.append(Heading(i, j, m.group("num"), clean_title(title), None))
        i = j
    return found


def _fields_under(lines: list[Line], i: int, title: str) -> Optional[str]:
    """The rest of an entry's first field wrapped onto the next line, where the entry's other
    fields are printed ("4. GEIGER PUMP &" / "EQUIPMENT CO.   $ 6,214.00   Low Bid"): that
    line's first field, when it starts under the title at the line's pitch."""
    if i + 1 >= len(lines):
        return None
    ln, nxt = lines[i], lines[i + 1]
    head = next((w for w in ln.words if w.text == title.split()[0]), None) if title.split() else None
    if head is None or nxt.page != ln.page or nxt.top - ln.top > PITCH * ln.size or not row_of_fields(nxt):
        return None
    first = nxt.segments[0]
    if abs(first.x0 - head.x0) > 3 or LIST_ENTRY.match(nxt.text.strip()):
        return None
    return first.text.strip()


def _first_cell(lines: list[Line], i: int, title: str) -> tuple[str, int]:
    """An entry printed as a row of fields, titled by its first field: the field's text wrapped onto
    the lines under it, in its column (level with it or indented a little: "Kimberley Harris v."
    / "Mayor and City Council"), and
    the index of the line after the entry's first line."""
    row = lines[i]
    segs = row.segments
    cell = next((k for k, sg in enumerate(segs) if title.startswith(sg.text.strip()) or sg.text.strip().endswith(title)), None)
    if cell is None or cell + 1 >= len(segs):
        return title, i + 1
    head = title.split()[0]
    x0 = next((w.x0 for w in row.words if w.text == head and w.x0 >= segs[cell].x0), segs[cell].x0)
    next_column = segs[cell + 1].x0
    j = i + 1
    while j < len(lines):
        ln, prev = lines[j], lines[j - 1]
        first = ln.segments[0] if ln.segments else None
        if first is None or ln.page != row.page or ln.top - prev.top > PITCH * prev.size:
            break
        if not x0 - 3 <= first.x0 <= x0 + ln.size or first.x1 >= next_column or LIST_ENTRY.match(ln.text.strip()):
            break
        title += " " + first.text.strip()
        j += 1
    return title, i + 1


def _restart_under(entries: list[Heading], matters: list[Heading]) -> int:
    """How many matters have entries numbered afresh from 1 under them."""
    bounds = [h.index for h in matters]
    owners = {max((b for b in bounds if b < h.index), default=-1) for h in entries if h.number == "1"}
    return len(owners - {-1})


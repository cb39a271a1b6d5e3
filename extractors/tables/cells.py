"""Text of table cells: characters into lines, lines into one cell string.

Lines of a cell are joined with a space when the break is a wrap; a line that starts with a
bullet starts a new list item ("\n• ..."). Text overprinted on other text with a different font
(hidden print titles that a viewer clips away) is dropped before cells are read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Optional, Sequence

from agendapack.extractors.pdf.types import Char
from agendapack.extractors.tables.settings import DEFAULT_TABLE_SETTINGS, TableSettings
from agendapack.extractors.text.layer import Line, lines_from_chars


@dataclass
class CellText:
    text: str = ""
    lines: list[Line] = field(default_factory=list)
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    colspan: int = 1
    rowspan: int = 1

    @property
    def bold(self) -> bool:
        total = sum(len(ln.text) for ln in self.lines)
        return total > 0 and sum(len(ln.text) for ln in self.lines if ln.bold) * 2 > total

    @property
    def size(self) -> float:
        return max((ln.size for ln in self.lines), default=0.0)


def _overlap(a: Char, b: Char) -> float:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    if w <= 0 or h <= 0:
        return 0.0
    area = min((a.x1 - a.x0) * (a.bottom - a.top), (b.x1 - b.x0) * (b.bottom - b.top))
    return w * h / area if area > 0 else 0.0


def drop_giant_letters(chars: list[Char], times: float = 6.0) -> list[Char]:
    """The characters less letters many times the height of the page's text: a watermark's
    ("DRAFT" across the page), whose one letter reaching into a cell would be read as its text."""
    heights = sorted(c.bottom - c.top for c in chars if not c.text.isspace())
    if not heights:
        return chars
    big = times * heights[len(heights) // 2]
    return [c for c in chars if c.bottom - c.top <= big]


def drop_overprinted(chars: list[Char]) -> list[Char]:
    """Remove runs of text printed over other text in another font size.

    A run (same font, size and baseline) is dropped when a good share of its characters collide
    with characters of a different size; identical characters at the same spot (fake bold) are
    not collisions.
    """
    visible = [c for c in chars if not c.text.isspace()]
    if len(visible) < 2:
        return chars
    if max(c.size for c in visible) - min(c.size for c in visible) < 0.5:
        return chars  # one size of text: nothing can collide
    runs: dict[tuple, list[Char]] = defaultdict(list)
    for c in visible:
        runs[(c.fontname, c.size, round(c.bottom))].append(c)
    # a character can only collide with characters of runs whose boxes meet its run's box: find
    # those pairs of runs (of sizes 0.5 pt or more apart) with a sweep down the page
    boxes = sorted(
        (min(c.top for c in run), max(c.bottom for c in run), min(c.x0 for c in run), max(c.x1 for c in run), key)
        for key, run in runs.items()
    )
    partners: dict[tuple, list[tuple]] = defaultdict(list)
    for i, (top, bottom, x0, x1, key) in enumerate(boxes):
        for top2, bottom2, x02, x12, key2 in boxes[i + 1 :]:
            if top2 >= bottom:
                break
            if abs(key[1] - key2[1]) >= 0.5 and x02 < x1 and x0 < x12 and bottom2 > top:
                partners[key].append(key2)
                partners[key2].append(key)
    bad_keys = set()
    for key, others in partners.items():
        run = runs[key]
        near = sorted((o for k in others for o in runs[k]), key=itemgetter(1))
        starts = [o.x0 for o in near]
        hits = 0
        for c in run:
            # only characters starting left of c's right edge can overlap it
            hits += any(o.x1 > c.x0 and _overlap(c, o) > 0.3 for o in near[: bisect_left(starts, c.x1)])
        if hits >= 3 and hits >= 0.3 * len(run):
            # keep the run that most of the text is in: drop the minority style only
            bad_keys.add(key)
    if not bad_keys:
        return chars
    # when two colliding runs both qualify, keep the larger one
    by_size: dict[float, int] = defaultdict(int)
    for c in visible:
        by_size[c.size] += 1
    sizes_bad = {k[1] for k in bad_keys}
    if len(sizes_bad) > 1:
        main = max(sizes_bad, key=lambda sz: by_size[sz])
        bad_keys = {k for k in bad_keys if k[1] != main}
    bad_ids = {id(c) for k in bad_keys for c in runs[k]}
    # spaces on the dropped baselines go too
    bad_lines = {(k[0], k[1], k[2]) for k in bad_keys}
    return [
        c
        for c in chars
        if id(c) not in bad_ids and (c.fontname, c.size, round(c.bottom)) not in bad_lines
    ]


def _starts_bullet(text: str, s: TableSettings) -> bool:
    if not text:
        return False
    ch = text[0]
    if ch in "-–*":
        return len(text) > 1 and text[1] == " "
    return ch in s.bullets


def _normalise_bullet(text: str, s: TableSettings) -> str:
    if text and text[0] in s.bullets and text[0] not in "-–*" and len(text) > 1 and text[1] != " ":
        return text[0] + " " + text[1:]
    return text


_SPACES = re.compile(r"[ \t\u00a0]+")


def entry_starts(lines: list[Line], right: Optional[float], s: TableSettings = DEFAULT_TABLE_SETTINGS) -> list[bool]:
    """For each line of a cell: does it start a new entry (first line, bullet, or a hard break)
    rather than continue the line above (a wrap)?"""
    out = []
    for i, ln in enumerate(lines):
        text = ln.text.strip()
        if i == 0:
            out.append(True)
            continue
        prev = lines[i - 1]
        if _starts_bullet(text, s):
            out.append(True)
        elif right is None or not text:
            out.append(False)
        elif continues_text(prev.text, text):
            out.append(False)
        else:
            out.append(is_hard_break(prev, ln, right, s))
    return out


def continues_text(prev: str, text: str) -> bool:
    """Does `text` carry on the sentence of the line `prev` (a wrap, not a new entry)?"""
    prev = prev.rstrip()
    return bool(prev) and (prev[-1] in ",&/-–(" or prev.lower().endswith((" and", " or", " of", " the", " to", " for")) or text[:1].islower())


def join_lines(lines: list[Line], s: TableSettings = DEFAULT_TABLE_SETTINGS, right: Optional[float] = None) -> str:
    """One cell string: wrapped lines joined with spaces; bullet items and lines that were
    broken on purpose (the next word would have fitted) start a new line."""
    starts = entry_starts(lines, right, s)
    parts: list[str] = []
    for ln, new in zip(lines, starts):
        text = _SPACES.sub(" ", ln.text).strip()
        if not text:
            continue
        if _starts_bullet(text, s):
            text = _normalise_bullet(text, s)
        sep = "\n" if new else " "
        parts.append((sep if parts else "") + text)
    return "".join(parts).strip()


def right_limit(lines: list[Line], x0: float, x1: float) -> Optional[float]:
    """Where text in a cell from x0 to x1 must wrap: the right border less the left padding."""
    if not lines:
        return None
    pad = min(max(min(ln.x0 for ln in lines) - x0, 1.0), 8.0)
    return x1 - pad


class CharIndex:
    """The characters of a page, found by the band their centres fall in: a table asks for the
    characters of every cell, and scanning the whole page for each was most of the table cost."""

    def __init__(self, chars: Sequence[Char]):
        self.chars = list(chars)
        centres = [(c.top + c.bottom) / 2 for c in self.chars]
        self._order = sorted(range(len(centres)), key=centres.__getitem__)
        self._centres = [centres[i] for i in self._order]

    def band(self, top: float, bottom: float) -> list[Char]:
        """Characters centred in top <= y < bottom, in their original order."""
        lo = bisect_left(self._centres, top)
        hi = bisect_left(self._centres, bottom)
        return [self.chars[i] for i in sorted(self._order[lo:hi])]


def cell_text(chars: "list[Char] | CharIndex", box: tuple[float, float, float, float], page: int = 0,
              s: TableSettings = DEFAULT_TABLE_SETTINGS) -> CellText:
    x0, top, x1, bottom = box
    if isinstance(chars, CharIndex):
        inside = [c for c in chars.band(top, bottom) if x0 <= (c.x0 + c.x1) / 2 < x1]
    else:
        inside = [c for c in chars if x0 <= (c.x0 + c.x1) / 2 < x1 and top <= (c.top + c.bottom) / 2 < bottom]
    lines = lines_from_chars(inside, page)
    return CellText(join_lines(lines, s, right_limit(lines, x0, x1)), lines, x0, top, x1, bottom)


def is_hard_break(prev: Line, nxt: Line, right_edge: float, s: TableSettings = DEFAULT_TABLE_SETTINGS) -> bool:
    """True when `nxt` starts a new entry: its first word would have fitted after `prev`."""
    if not nxt.words:
        return True
    first = nxt.words[0]
    size = max(prev.size, 1.0)
    room = right_edge - prev.x1
    return (first.x1 - first.x0) + s.wrap_slack_em * 0.3 * size <= room

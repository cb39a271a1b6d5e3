"""The text layer: lines in reading order with font size, boldness, indent and page.

Built from engine-neutral `RawPage`s. Running headers and footers are moved out of the body into
`PageText.furniture`, printed page numbers are read from them, separator pages ("This page is
intentionally left blank") and pages without a text layer (scans) are flagged.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property
from operator import itemgetter
from typing import Iterable, Iterator, NamedTuple, Optional

from agendapack.extractors.pdf.types import Char, RawPage, Rule, is_bold_font

# A word break is a gap wider than this fraction of the font size; a column break (a new
# segment on the same line) is a gap wider than COLUMN_GAP font sizes.
WORD_GAP = 0.18
COLUMN_GAP = 1.6
MARGIN_FRACTION = 0.11  # header/footer zone: this fraction of the page height at top and bottom

BLANK_RE = re.compile(r"this\s+page\s+(?:has\s+been\s+|is\s+)?(?:intentionally|deliberately)\s+(?:been\s+)?left\s+blank", re.I)
PAGE_NUMBER_RES = [
    re.compile(r"^(?:page|pg\.?|p\.)\s*(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?$", re.I),
    re.compile(r"^[-–—]?\s*(\d{1,4})\s*[-–—]?$"),
    re.compile(r"^(\d{1,4})\s*(?:of|/)\s*\d{1,4}$", re.I),
]
PAGE_IN_LINE_RE = re.compile(r"\bpage\s+(\d{1,4})(?:\s+of\s+\d{1,4})?\b", re.I)


class Word(NamedTuple):
    # a named tuple: a pack has tens of thousands of words, and the lines of a long PDF cross
    # from the processes that read its pages, which pickle a tuple many times faster
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of words on one line with no column-sized gap inside."""

    text: str
    x0: float
    x1: float


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    words: tuple[Word, ...] = ()
    indent: float = 0.0  # x0 less the page's left text margin
    # where a rule drawn under the line's opening words ends (0: the line opens without one)
    underline_x1: float = 0.0

    @property
    def segments(self) -> list[Segment]:
        segs: list[Segment] = []
        cur: list[Word] = []
        for w in self.words:
            if cur and w.x0 - cur[-1].x1 > COLUMN_GAP * max(w.size, cur[-1].size):
                segs.append(Segment(" ".join(x.text for x in cur), cur[0].x0, cur[-1].x1))
                cur = []
            cur.append(w)
        if cur:
            segs.append(Segment(" ".join(x.text for x in cur), cur[0].x0, cur[-1].x1))
        return segs

    @property
    def all_caps(self) -> bool:
        return all_caps(self.text)


@dataclass
class PageText:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    furniture: list[Line] = field(default_factory=list)
    printed_number: Optional[str] = None
    is_blank: bool = False  # separator page or no content at all
    is_scanned: bool = False
    char_count: int = 0
    # text of rotated characters (a landscape page's portrait footer): where the printed page
    # number is looked for when no upright line gives one
    rotated_text: list[str] = field(default_factory=list)
    # positions, among the lines `page_text` read, of the lines left in the body (the others
    # are furniture): how a process holding the page's characters learns which lines to use
    body_positions: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @cached_property
    def body_size(self) -> float:
        # read for every heading candidate of a page; the lines are final once the layer is built
        sizes = [ln.size for ln in self.lines for _ in range(max(1, len(ln.text) // 10))]
        return statistics.median(sizes) if sizes else 10.0


@dataclass
class TextLayer:
    pages: list[PageText]

    def lines(self, first: int = 1, last: Optional[int] = None) -> Iterator[Line]:
        last = last or len(self.pages)
        for page in self.pages[first - 1 : last]:
            yield from page.lines

    def page(self, number: int) -> PageText:
        return self.pages[number - 1]

    @property
    def scanned_pages(self) -> list[int]:
        return [p.number for p in self.pages if p.is_scanned]

    @property
    def blank_pages(self) -> list[int]:
        return [p.number for p in self.pages if p.is_blank and not p.is_scanned]

    def physical_for_printed(self, printed: int) -> Optional[int]:
        """Physical page carrying printed number `printed`, inferring unnumbered pages from
        their numbered neighbours (separator pages are often numbered, front sheets never)."""
        offsets: Counter[int] = Counter()
        for p in self.pages:
            if p.printed_number and p.printed_number.isdigit():
                if int(p.printed_number) == printed:
                    return p.number
                offsets[p.number - int(p.printed_number)] += 1
        if not offsets:
            return None
        offset = offsets.most_common(1)[0][0]
        phys = printed + offset
        return phys if 1 <= phys <= len(self.pages) else None


def all_caps(text: str) -> bool:
    """Text set in capitals ("REVENUE", "CALL TO ORDER"): three letters or more, none lower case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def median_size(lines: Iterable[Line]) -> float:
    """The body text's size among lines: the median font size (the upper of the middle two)."""
    return statistics.median_high(ln.size for ln in lines)


def wraps_heading(prev: Line, line: Line) -> bool:
    """Whether `line` carries on the heading on `prev`: same size and weight, set tight under it."""
    return abs(line.size - prev.size) < 0.3 and line.bold == prev.bold and 0 <= line.top - prev.bottom < 0.8 * line.size


# ----------------------------------------------------------------------------------------------


# Characters are named tuples; these read their fields at C speed in the per-character loops
_TEXT, _X0, _X1, _TOP, _BOTTOM, _SIZE, _FONT = (itemgetter(i) for i in range(7))
_TOP_X0 = itemgetter(3, 1)


def _group_lines(chars: list[Char]) -> list[list[Char]]:
    """Cluster characters into text lines by vertical overlap."""
    ordered = sorted(chars, key=_TOP_X0)
    lines: list[list[Char]] = []
    line: list[Char] = []
    band_top = band_bottom = 0.0
    for c in ordered:
        top, bottom = c[3], c[4]
        h = bottom - top
        if h < 0.1:
            h = 0.1
        band = band_bottom - band_top
        if line and top < band_bottom - 0.45 * (h if h < band else band):
            line.append(c)
            if bottom > band_bottom:
                band_bottom = bottom
        else:
            line = [c]
            lines.append(line)
            band_top, band_bottom = top, bottom
    return lines


_new_word = tuple.__new__  # a Word without the named tuple's Python-level constructor


def _word(cur: list[Char]) -> Word:
    sizes = list(map(_SIZE, cur))
    size = sizes[0]
    if sizes.count(size) != len(sizes):
        size = max(set(sizes), key=sizes.count)  # the most common size (a drop cap, a superscript)
    fonts = set(map(_FONT, cur))
    if len(fonts) == 1:
        bold = is_bold_font(fonts.pop())
    else:
        bold = sum(map(is_bold_font, map(_FONT, cur))) * 2 > len(cur)
    return _new_word(Word, ("".join(map(_TEXT, cur)), cur[0][1], max(map(_X1, cur)), min(map(_TOP, cur)),
                            max(map(_BOTTOM, cur)), size, bold))


def _words(chars: list[Char]) -> list[Word]:
    words: list[Word] = []
    cur: list[Char] = []
    prev: Optional[Char] = None
    for c in sorted(chars, key=_X0):
        text = c[0]
        if text.isspace():
            if cur:
                words.append(_word(cur))
            cur = []
            prev = None
            continue
        if prev is not None:
            # overlapping duplicates (fake bold by overprinting) are dropped
            if text == prev[0] and abs(c[1] - prev[1]) < 0.5 and abs(c[3] - prev[3]) < 0.5:
                continue
            if c[1] - prev[2] > WORD_GAP * (c[5] if c[5] > prev[5] else prev[5]):
                words.append(_word(cur))
                cur = []
        cur.append(c)
        prev = c
    if cur:
        words.append(_word(cur))
    return words


def _make_line(chars: list[Char], page: int) -> Optional[Line]:
    words = _words(chars)
    if not words:
        return None
    sizes = [w.size for w in words for _ in w.text]
    bold_chars = sum(len(w.text) for w in words if w.bold)
    total = sum(len(w.text) for w in words)
    return Line(
        text=" ".join(w.text for w in words),
        page=page,
        x0=words[0].x0,
        x1=max(w.x1 for w in words),
        top=min(w.top for w in words),
        bottom=max(w.bottom for w in words),
        size=round(statistics.median(sizes), 1),
        bold=bold_chars * 2 > total,
        words=tuple(words),
    )


def lines_from_chars(chars: Iterable[Char], page: int = 0) -> list[Line]:
    """The lines the upright characters among `chars` make, top to bottom, each split into
    words: how the text layer reads a page, and how tables read the text inside a cell."""
    return _lines([c for c in chars if c[7]], page)


def _lines(upright: list[Char], page: int) -> list[Line]:
    out = []
    for group in _group_lines(upright):
        line = _make_line(group, page)
        if line is not None:
            out.append(line)
    return out


def page_lines(raw: RawPage) -> list[Line]:
    upright = [c for c in raw.chars if c.upright]
    # a space glyph much taller than the text (seen in word-processor exports) would glue two
    # lines into one band and interleave their characters; spaces carry no text, drop those
    heights = [c.bottom - c.top for c in upright if not c.text.isspace()]
    if heights:
        tall = 2.0 * statistics.median(heights)
        upright = [c for c in upright if not (c.text.isspace() and c.bottom - c.top > tall)]
        upright = _without_diagonal_marks(upright, 3.0 * statistics.median(heights))
    return _underlined(_lines(upright, raw.number), raw.rules)


def _underlined(lines: list[Line], rules: list[Rule]) -> list[Line]:
    """The lines with `underline_x1` set where a rule is drawn just under their opening words: it
    starts at the line's first word and ends within the line (a rule wider than the line is a
    border or a separator, not an underline); pieces a short gap apart continue it."""
    unders = sorted((r for r in rules if r.horizontal and r.bottom - r.top < 2.0), key=lambda r: r.top)
    if not unders or not lines:
        return lines
    tops = [r.top for r in unders]
    out = []
    for ln in lines:
        k = bisect.bisect_left(tops, ln.bottom - 0.35 * ln.size)
        under = []
        while k < len(unders) and unders[k].top <= ln.bottom + 0.3 * ln.size:
            r = unders[k]
            if r.x0 >= ln.x0 - 2.0 and r.x1 <= ln.x1 + 2.0:
                under.append(r)
            k += 1
        end = 0.0
        for r in sorted(under, key=lambda r: r.x0):
            # pieces a short gap apart are one underline: a word processor leaves the spaces and
            # dash between underlined phrases bare ("Law Department – Claim Settlement")
            if (abs(r.x0 - ln.x0) <= 2.0 and r.x1 - r.x0 >= 2.0 * ln.size) or (end and r.x0 - end <= 2.5 * ln.size):
                end = max(end, r.x1)
            elif end:
                break
        out.append(replace(ln, underline_x1=round(end, 2)) if end else ln)
    return out


def _without_diagonal_marks(chars: list[Char], big: float) -> list[Char]:
    """The characters less a watermark set along a diagonal ("DRAFT" across the page at 45°):
    pdfminer counts a character turned by less than 90° as upright, and letters many times the
    text's height, each a step up and across from the last, would glue every line they cross into
    one band. Large letters on one baseline (a title) are kept."""
    marks = [k for k, c in enumerate(chars) if not c.text.isspace() and c.bottom - c.top > big]
    drop: set[int] = set()
    for a, b in zip(marks, marks[1:]):
        ca, cb = chars[a], chars[b]
        h = min(ca.bottom - ca.top, cb.bottom - cb.top)
        if abs(cb.x0 - ca.x0) > 0.2 * h and abs(cb.top - ca.top) > 0.2 * h:
            drop.update((a, b))
    return [c for k, c in enumerate(chars) if k not in drop] if drop else chars


def _rotated_text(raw: RawPage) -> list[str]:
    """Text of rotated characters (landscape pages printed with a portrait footer)."""
    rotated = [c for c in raw.chars if not c.upright and not c.text.isspace()]
    if not rotated:
        return []
    cols: dict[int, list[Char]] = {}
    for c in rotated:
        cols.setdefault(round((c.x0 + c.x1) / 2 / 3), []).append(c)
    texts = []
    for chars in cols.values():
        down = "".join(c.text for c in sorted(chars, key=lambda c: c.top))
        texts += [down, down[::-1]]
    return texts


def _page_number_of(line_text: str) -> Optional[str]:
    text = line_text.strip()
    for rx in PAGE_NUMBER_RES:
        m = rx.match(text)
        if m:
            return m.group(1)
    m = PAGE_IN_LINE_RE.search(text)
    if m:
        return m.group(1)
    return None


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def page_text(raw: RawPage) -> PageText:
    """What one page contributes to the text layer, read from that page alone: its lines (with
    running headers and footers still in), and whether it is blank or a scan. Pages of one PDF
    may be read by several processes; `assemble_text_layer` then needs only these."""
    pt = PageText(raw.number, raw.width, raw.height, lines=page_lines(raw), char_count=len(raw.chars))
    if len(raw.chars) < 5:
        covered = raw.image_area / max(raw.width * raw.height, 1.0)
        if raw.image_count and covered > 0.3:
            pt.is_scanned = True
        pt.is_blank = not pt.is_scanned
    pt.rotated_text = _rotated_text(raw)
    return pt


def build_text_layer(raw_pages: list[RawPage]) -> TextLayer:
    return assemble_text_layer([page_text(raw) for raw in raw_pages])


def assemble_text_layer(pages: list[PageText]) -> TextLayer:
    """The text layer of a PDF from its pages (`page_text`, in page order): running headers and
    footers move out of the body into `furniture` (`body_positions` keeps where the body lines
    were among the page's lines), printed page numbers are read, body lines get their indent."""
    # running headers/footers: lines in the margin zones whose shape repeats on many pages
    text_pages = [p for p in pages if p.lines]
    keys: Counter[str] = Counter()
    for p in text_pages:
        seen = set()
        for ln in p.lines:
            if _in_margin(ln, p):
                seen.add(_furniture_key(ln.text))
        keys.update(seen)
    threshold = max(3, int(0.4 * len(text_pages)))
    repeated = {k for k, n in keys.items() if n >= threshold}

    for p in pages:
        body, furniture, positions = [], [], []
        margin_lines = [ln for ln in p.lines if _in_margin(ln, p)]
        number_line = _find_page_number(margin_lines, p)
        for i, ln in enumerate(p.lines):
            if ln is number_line or (_in_margin(ln, p) and _furniture_key(ln.text) in repeated):
                furniture.append(ln)
            else:
                body.append(ln)
                positions.append(i)
        if number_line is not None:
            p.printed_number = _page_number_of(number_line.text)
        else:
            for t in p.rotated_text:
                m = re.search(r"page\s*(\d{1,4})", t, re.I)
                if m:
                    p.printed_number = m.group(1)
                    break
        if body:
            xs = sorted(ln.x0 for ln in body)
            margin = xs[len(xs) // 10]  # robust left margin: ignore the odd outdented line
            body = [replace(ln, indent=round(max(0.0, ln.x0 - margin), 1)) for ln in body]
        p.lines, p.furniture, p.body_positions = body, furniture, tuple(positions)
        body_text = " ".join(ln.text for ln in body)
        if body and len(body) <= 4 and BLANK_RE.search(body_text):
            p.is_blank = True
    return TextLayer(pages)


def _in_margin(line: Line, page: PageText) -> bool:
    zone = MARGIN_FRACTION * page.height
    return line.top < zone or line.bottom > page.height - zone


def _find_page_number(margin_lines: list[Line], page: PageText) -> Optional[Line]:
    """The footer/header line that prints the page number: the bottom-most candidate wins."""
    candidates = [ln for ln in margin_lines if _page_number_of(ln.text) is not None and len(ln.text) <= 60]
    # a bare number ("7") counts only when it stands alone in the footer or header zone
    candidates = [
        ln
        for ln in candidates
        if not PAGE_NUMBER_RES[1].match(ln.text.strip()) or len(ln.words) == 1
    ]
    if not candidates:
        return None
    footer = [ln for ln in candidates if ln.top > page.height / 2]
    if footer:
        return max(footer, key=lambda ln: ln.bottom)
    return min(candidates, key=lambda ln: ln.top)

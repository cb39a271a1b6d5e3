"""Agenda items: number as printed, title, printed page range, part (public/exempt), nesting.

Works from text-layer lines of the pages that hold an agenda. The rules are about the shapes of
agendas in general (numbering styles, hanging indents, page-range notations, part headings), not
about any one council's template.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Callable, Literal, NamedTuple, Optional, Sequence, Union

from agendapack.extractors.text.dates import DATE_RE
from agendapack.extractors.text.layer import Line, TextLayer, Word, all_caps, median_size
from agendapack.extractors.text.numbers import FILE_NUMBER
from agendapack.model import AgendaItem, PageSpan

# ---- item numbers ------------------------------------------------------------------------------

_ROMAN = r"(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
NUMBER_PATTERNS: list[tuple[str, re.Pattern]] = [
    # 10.1(a), 5(b), 5a
    ("decimal_letter", re.compile(r"^(\d{1,3}(?:\.\d{1,3}){0,3})\s?\(([a-z]{1,2})\)[.)]?$")),
    # 1, 1., 2.1, 19.09.01, 3), 2.1.; 2629 (a running minute number, see `running_number_lines`)
    ("decimal", re.compile(r"^(\d{4}(?:\.\d{1,3}){0,2}|\d{1,3}(?:\.\d{1,3}){0,3})[.)]?$")),
    # D1, E12, D1.
    ("code", re.compile(r"^([A-Z]{1,2}\d{1,3}(?:\.\d{1,2})?)[.)]?$")),
    # 1.A, 4.B., 4A, 10.1.c: a lettered item cited with its section's number
    ("dotted_letter", re.compile(r"^(\d{1,3}(?:\.\d{1,3}){0,2}\.?[A-Za-z])[.)]?$")),
    # 45/24, 24/045: a running minute number with its year (items only in a run: `running_number_lines`)
    ("running", re.compile(r"^(\d{1,4}/\d{2,4})[.:)]?$")),
    # I., II., XIV.
    ("roman", re.compile(rf"^({_ROMAN})[.)]$")),
    # A., B)
    ("letter", re.compile(r"^([A-Z])[.)]$")),
    # (a), a), a., (iv)
    ("sub", re.compile(r"^\(?([a-z]{1,2}|[ivx]{1,4})\)$|^([a-z])\.$")),
    # (1), (12): the agenda's own numbering, or a list under a numbered item when set deeper
    ("bracketed", re.compile(r"^\((\d{1,2})\)$")),
]

# the highest number a run of letter codes ("D1", "D2") may open with
CODE_FIRST_MAX = 2

# what joins a number to the next as a range ("2.30 - 3.00"), a time or ratio, a date, a decimal
# or a percentage: a line going on with one of these does not open with an item number
NUMBER_JOINERS = "-‐‑–—−:/.,%"

PAGES_BRACKETED = re.compile(
    r"\(?\s*\bPages?\s+(\d{1,4})(?:\s*(?:-|–|—|to)\s*(\d{1,4}))?\s*\)?", re.I
)
PAGES_TRAILING = re.compile(r"(?:^|\s)(\d{1,4})\s+[-–—]\s+(\d{1,4})\s*$")
# dot leaders after a title, to the page the item starts on or to nothing
PAGES_LEADER = re.compile(r"\s*(?:[.·…]\s?){4,}\s*(\d{1,4})?\s*$")
PAGES_SEGMENT = re.compile(r"^(\d{1,4})\s*[-–—]\s*(\d{1,4})$")

EXEMPT_HEADING = re.compile(
    r"\bexempt\b|\bpart\s*(?:2|ii|b)\b|\bprivate\b|\b(?:closed|executive)\s+session\b|\bconfidential\b|\bnot\s+open\s+to\s+the\s+public", re.I
)
PUBLIC_HEADING = re.compile(
    r"\bunrestricted\b|\bpart\s*(?:1|i|a)\b(?!\s*will)|\bopen\s+session\b|\bpublic\s+session\b|\bregular\s+(?:session|meeting)\b|\bstudy\s+session\b", re.I
)
PART_MARKER = re.compile(r"^part\s*(?:\d|[ivx]{1,3}|[ab])\b", re.I)
SITTING_HEADING = re.compile(r"\b(session|meeting|sitting)\b", re.I)
LABEL_LINE = re.compile(r"^[A-Z][A-Za-z ]{2,30}(?:\(s\))?\s*:")
SENTENCE_BREAK = re.compile(r"(?<!\bNo)(?<!\bDr)(?<!\bMr)(?<!\bSt)(?<!\bvs)(?<!\bMrs)[a-z)]{2}\.\s+[A-Z][a-z]")
MAX_TITLE_LINES = 20
# a line ending in one of these goes on in the next line whatever room it left: the writer broke it
# mid-phrase ("... held on" / "12 March"), so the title is not finished
OPEN_ENDING = re.compile(r"(?:[,;(\[&/\-–—]|\b(?:and|or|of|to|for|the|a|an|in|on|at|by|with|from|re|into))$", re.I)


@dataclass
class Candidate:
    number: str
    style: str
    line: Line
    num_x0: float
    title_x0: float
    title_lines: list[str] = field(default_factory=list)
    pages: Optional[tuple[int, int]] = None
    references: list[str] = field(default_factory=list)
    part: str = "public"
    parent: Optional[str] = None
    sitting: Optional[str] = None
    number_printed: bool = True
    described: bool = False  # a labelled description ("Recommendation:") has begun
    described_x: Optional[float] = None  # the indent of that description's label
    parent_item: Optional["Candidate"] = None  # the enclosing item, where numbers may repeat (outlines)


def parse_number(token: str) -> Optional[tuple[str, str]]:
    """(style, number as printed without trailing dot) for an item-number token, else None."""
    token = token.lstrip("*").strip()
    for style, rx in NUMBER_PATTERNS:
        m = rx.match(token)
        if m:
            if style == "decimal_letter":
                return style, f"{m.group(1)}({m.group(2)})"
            if style == "sub":
                return style, m.group(1) or m.group(2)
            return style, m.group(1)
    return None


class NumberedLine(NamedTuple):
    """A line that opens with an item number, split into the number and the title."""

    style: str
    number: str
    num_x0: float
    title_x0: float
    title: str


def _split_number(line: Line, set_apart: bool = True) -> Optional[NumberedLine]:
    """Split a line into its number and title when it opens an item. A bare number ("4 Budget")
    must be `set_apart` from its title like a table cell, unless a run of numbers vouches for it."""
    words = _after_time(line.words)
    if not words:
        return None
    first = words[0]
    token = first.text
    rest_words = words[1:]
    # "Item 5" / "Agenda Item 5"
    lowered = [w.text.lower() for w in words[:3]]
    labelled = False  # "Item 5": the word says the number is an item's, set apart or not
    if lowered[:2] in (["item", "no."], ["item", "no"], ["item", "number"]) and len(words) > 3:
        token, rest_words, labelled = words[2].text, words[3:], True  # "Item No. 5 Housing Report"
    elif lowered[:1] == ["item"] and len(words) > 2:
        token, rest_words, labelled = words[1].text, words[2:], True
    elif lowered[:2] == ["agenda", "item"] and len(words) > 3:
        token, rest_words, labelled = words[2].text, words[3:], True
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){0,2}:", token):
        token = token[:-1] + "."  # "5:" is printed for "5."
    if labelled and rest_words and rest_words[0].text in {"-", "\u2013", "\u2014", ":"}:
        rest_words = rest_words[1:]  # "Agenda Item 5 - Apologies"
    parsed = parse_number(token)
    if parsed is None:
        # number glued to the title: "1.Apologies"
        m = re.match(r"^(\d{1,3}(?:\.\d{1,3}){0,2})\.([A-Z][\w’']+)$", token)
        if not m:
            return None
        parsed = ("decimal", m.group(1))
        title = m.group(2) + (" " + " ".join(w.text for w in rest_words) if rest_words else "")
        return NumberedLine(parsed[0], parsed[1], first.x0, first.x0, title)
    if not rest_words:
        return None
    style, number = parsed
    head = rest_words[0].text
    if head[:1] in NUMBER_JOINERS:
        return None  # any other printable character may open a title: "<Draft> budget", "| pipe item"
    # a zero-padded number ("01", "07") is an item number however close its title
    plain_integer = style == "decimal" and "." not in number and not token.rstrip("*").endswith((".", ")")) \
        and not re.fullmatch(r"0\d", token)
    # "4A" (no dot) is a lettered item only set apart like a bare number: "4A High Street" is an address
    glued_letter = style == "dotted_letter" and "." not in token
    if (plain_integer and set_apart and not labelled) or glued_letter:
        # a bare number is an item number only when set apart from its title like a table cell
        gap = rest_words[0].x0 - first.x1
        if gap < 1.2 * first.size:
            return None
    if style == "decimal" and re.match(r"^\d{1,2}[:.]\d{2}$", token.rstrip(".")) and head.lower() in {"am", "pm", "a.m.", "p.m."}:
        return None  # a time, not an item
    if style in {"code", "letter", "roman", "dotted_letter"} and not head[:1].isalpha():
        return None  # "EB1 2QA" is a postcode, "A 4" a grid reference: items open with words
    title, title_x0 = _title_segment(line, rest_words)
    return NumberedLine(style, number, first.x0, title_x0, title)


# a time in a column before the item numbers ("7:05 pm  2. Public Comment")
TIME_WORD = re.compile(r"^\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$", re.I)


def _after_time(words: Sequence[Word]) -> Sequence[Word]:
    """The words of a line less a time printed before its item number."""
    if len(words) < 3 or not TIME_WORD.match(words[0].text):
        return words
    k = 2 if words[1].text.lower().strip(".") in {"am", "pm", "a.m", "p.m"} else 1
    return words[k:] if k < len(words) - 1 and parse_number(words[k].text) is not None else words


def _title_segment(line: Line, rest_words: Sequence[Word]) -> tuple[str, float]:
    """The title is the text run after the number. A file-number column ("21-025") before it is
    kept with the title for split_references to move; a run set apart further right is another
    column (a time, a note) unless it is the page range or the title runs on into it."""
    start = rest_words[0].x0
    segs = [s for s in line.segments if s.x1 > start]
    if not segs:
        return " ".join(w.text for w in rest_words), start
    first_text = " ".join(w.text for w in rest_words if w.x0 <= segs[0].x1 + 0.1)
    parts = [first_text]
    title_x0 = start
    rest = segs[1:]
    if FILE_NUMBER.match(first_text.strip()) and rest:
        parts = [f"{rest[0].text} [{first_text.strip()}]"]
        title_x0 = rest[0].x0
        rest = rest[1:]
    for seg in rest:
        text = seg.text.strip()
        if LEAD_TIME.fullmatch(text) and text[:1].isdigit():
            continue  # a column of (estimated) times beside the titles
        if _segment_range(text):
            parts.append(text)
        elif _is_description(text) and not parts[-1].rstrip().endswith(("-", "–", ":", ",", "&")):
            break  # a column of lower-case text after the title: what the item is for, not its title
        elif parts[-1].rstrip().endswith(("-", "–", ":", ",", "&")) or not text.startswith("("):
            parts.append(text)
        else:
            break
    return " ".join(parts), title_x0


def _extract_pages(text: str) -> tuple[str, Optional[tuple[int, int]]]:
    m = PAGES_LEADER.search(text)
    if m:
        # a contents line: dot leaders to the page the item starts on ("Dog Control Policy .... 37")
        first = int(m.group(1)) if m.group(1) else None
        return text[: m.start()].strip(" -–,"), (first, first) if first is not None else None
    m = PAGES_BRACKETED.search(text)
    if m:
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        if first <= last:
            return (text[: m.start()] + text[m.end():]).strip(" -–,"), (first, last)
    m = PAGES_TRAILING.search(text)
    if m:
        first, last = int(m.group(1)), int(m.group(2))
        if first <= last:
            return text[: m.start()].strip(" -–,"), (first, last)
    return text, None


def _segment_range(text: str) -> Optional[re.Match[str]]:
    """A column's text that is only a page range ("7 - 70", "Pages 7 - 70", "(Pages 7 - 70)"):
    the first page in group 1, the last (when printed) in group 2."""
    return PAGES_SEGMENT.match(text) or PAGES_BRACKETED.fullmatch(text)


def _has_page_range(line: Line) -> bool:
    """Whether a line ends with a printed page range ("7 - 70", "Pages 7 - 70", "(Pages 7 - 70)")."""
    segs = line.segments
    last = segs[-1].text.strip() if segs else line.text.strip()
    return bool(_segment_range(last) or PAGES_TRAILING.search(line.text))


class NumberedRun(NamedTuple):
    """Lines that open with one increasing number sequence at one indent: an agenda's spine."""

    start: int  # index (in the lines given) of the run's first numbered line
    end: int  # index of its last numbered line
    length: int  # numbered lines in the run
    ranges: int  # of them, items that print a page range
    style: str
    num_x0: float


# the first number of a sequence in each style that can head a run or open a sub-list
SEQUENCE_FIRSTS = {"decimal": "1", "letter": "A", "roman": "I", "bracketed": "1"}


def numbered_runs(lines: Sequence[Line], min_count: int = 3) -> list[NumberedRun]:
    """Runs of lines opening with an increasing number sequence (1, 2, 3 ...; A, B, C ...; I, II,
    III ...) from its first number, the numbers at a common x (left- or right-aligned), the titles
    at a common x, in reading order. Lines between (wrapped titles, descriptions, sub-items at
    another indent) do not break a run; a number of the sequence's style at the run's indent that
    does not continue it ends the run. Found by layout alone, wherever the run is in the lines."""
    numbered: list[tuple[int, NumberedLine, float]] = []
    for i, line in enumerate(lines):
        split = _split_number(line)
        if split is not None and split.style in SEQUENCE_FIRSTS and "." not in split.number:
            numbered.append((i, split, line.words[0].x1 if line.words else split.num_x0))
    runs: list[NumberedRun] = []
    taken: set[int] = set()
    for k, (i, first, first_x1) in enumerate(numbered):
        if i in taken or first.number != SEQUENCE_FIRSTS[first.style]:
            continue
        members = [(i, first)]
        prev = first
        for j, split, x1 in numbered[k + 1 :]:
            if split.style != first.style or lines[j].page - lines[members[-1][0]].page > 1:
                continue
            aligned = abs(split.num_x0 - first.num_x0) <= 4 or abs(x1 - first_x1) <= 4
            if not aligned:
                continue
            if abs(split.title_x0 - first.title_x0) > 8 and abs(split.title_x0 - prev.title_x0) > 8:
                continue
            if _next_in_sequence(prev.number, split.number) or _close_successor(prev.number, split.number):
                members.append((j, split))
                prev = split
            else:
                break
        if len(members) < min_count:
            continue
        starts = [m[0] for m in members] + [members[-1][0] + 3]
        ranges = sum(
            any(_has_page_range(lines[x]) for x in range(a, min(b, len(lines), a + 4)))
            for a, b in zip(starts, starts[1:])
        )
        taken.update(m[0] for m in members)
        runs.append(NumberedRun(members[0][0], members[-1][0], len(members), ranges, first.style, first.num_x0))
    return runs


# a trailing bracketed pointer to the papers: "(Staff Report #21-002-CC)", "(Attachment)"
REFERENCE_TAIL = re.compile(r"\s*\(([^()]*(?:#|\bNo\.\s*\d|\d+-\d+-[A-Z]+)[^()]*|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)\s*$")


def split_references(title: str) -> tuple[str, list[str]]:
    refs: list[str] = []
    m = re.search(r"\s*\[([^\]]+)\]", title)
    if m and FILE_NUMBER.match(m.group(1)):
        refs.append(m.group(1))
        title = (title[: m.start()] + title[m.end():]).strip()
    tail: list[str] = []
    while len(title.split()) > 6:
        m = REFERENCE_TAIL.search(title)
        if not m:
            break
        tail.insert(0, m.group(1).strip())
        title = title[: m.start()].rstrip()
    # a bare word in brackets ("(Presentation)") is a pointer only beside a numbered one
    while tail and not re.search(r"#|\bNo\.\s*\d|\d+-\d+", tail[0]) and not any(re.search(r"#|\bNo\.\s*\d|\d+-\d+", t) for t in tail):
        title = f"{title} ({tail.pop(0)})"
    return title, refs + tail


def _clean_title(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    return text.strip(" -–")


# a title run together with what the item is for: "Declarations of Interest - to receive ...",
# "Minutes: to approve ...", "Closed Session: That this part of our meeting ..."; the description
# after the separator opens in lower case, or is a motion's "That ..."
TITLE_THEN_DESCRIPTION = re.compile(r"^(?P<title>[A-Z][^:–—]{2,80}?)(?:\s[-–—]\s|:\s)(?=(?:[a-z]+|That)\s+[a-z]{2,}\s+\S)")


def _is_description(text: str) -> bool:
    """Lower-case running text of three words or more, or what the item is for ("To receive
    update", "To approve monthly accounts"): a sentence, not a title."""
    return bool(re.match(r"(?:[a-z]+|To)\s+[a-z]{2,}\s+\S", text))


def _title_before_description(text: str) -> str:
    """The title of an item whose line runs its title and its description together."""
    m = TITLE_THEN_DESCRIPTION.match(text)
    return m.group("title").strip() if m else text


def _is_heading(line: Line, body_size: float) -> bool:
    words = line.text.split()
    return (line.bold or line.all_caps or line.size > body_size + 0.5) and len(words) <= 12


def extract_agenda_items(lines: list[Line]) -> list[Candidate]:
    """Find agenda items in lines (reading order) of the agenda pages."""
    if not lines:
        return []
    body_size = median_size(lines)
    lines = _with_lone_numbers_joined(lines)
    reader = AgendaReader(body_size=body_size, running=running_number_lines(lines), line_spans=_line_spans(lines))
    for line in lines:
        reader.read(line)
    items = reader.finish()
    outline = heading_outline(lines)
    return outline if _outline_reads_better(items, outline) else items


# a line holding only an item's number: "7", "7.", "(7)", "B.", "Item 7", "AGENDA ITEM 7"
LONE_NUMBER = re.compile(r"^(?:(?:agenda\s+)?item\s+)?(?P<num>\(?\d{1,2}(?:\.\d{1,2})?[.):]?|[A-Z][.)])$", re.I)


def _with_lone_numbers_joined(lines: list[Line]) -> list[Line]:
    """The lines with an item number printed alone on its line joined to the title on the next
    line ("Item 7" over "Budget monitoring", or a number cell set a little above its title): the
    title must follow at most two lines' pitch below, on the same page, no further left than the
    number, and open with a capital. The title is set apart from the number as in a table."""
    out: list[Line] = []
    skip = False
    for i, line in enumerate(lines):
        if skip:
            skip = False
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        m = LONE_NUMBER.match(line.text.strip())
        if (m is None or nxt is None or nxt.page != line.page or not nxt.words or nxt.top <= line.top
                or nxt.top - line.top > 2.2 * line.size or nxt.x0 < line.x0 - 2 or not nxt.text[:1].isupper()
                or LONE_NUMBER.match(nxt.text.strip()) or _split_number(nxt) is not None):
            out.append(line)
            continue
        shift = max(0.0, line.x1 + 1.5 * line.size - nxt.words[0].x0)
        title_words = tuple(w._replace(x0=w.x0 + shift, x1=w.x1 + shift) for w in nxt.words)
        out.append(replace(line, text=f"{line.text.strip()} {nxt.text.strip()}", x1=max(line.x1, nxt.x1 + shift),
                           bottom=max(line.bottom, nxt.bottom), words=line.words + title_words))
        skip = True
    return out


def _outline_reads_better(items: list[Candidate], outline: list[Candidate]) -> bool:
    """Whether unnumbered headings are the agenda's items rather than its numbered lines: the
    numbers give at most one top-level item; or they are all set deeper than the headings and
    either restart under each heading ("a.", "b." under APPROVAL OF MINUTES, "a." again under
    NEW BUSINESS) or are few beside the headings (a numbered list inside one of them)."""
    tops = [c for c in outline if c.parent is None]
    n_items = sum(c.parent is None for c in items)
    if len(tops) <= n_items:
        return False
    if n_items <= 1:
        return True
    margin = min(c.num_x0 for c in tops)
    if not all(c.num_x0 > margin + 3 for c in items):
        return False
    printed = [c.number for c in outline if c.number_printed]
    return len(printed) > len(set(printed)) or len(tops) > 2 * n_items


# how many numbers a run of four-digit item numbers needs before they are items, not years
RUNNING_MIN = 3


def running_number_lines(lines: Sequence[Line]) -> set[int]:
    """Ids of the lines that open with a three- or four-digit item number of a running sequence
    (minute numbers that go on from the last meeting: 2629, 2630, 2631 ...): at least
    `RUNNING_MIN` numbers, each one to three past the last, at one indent, before words. A lone
    four-digit number opening a line is a year or an amount ("2025 Budget"), not an item; in a
    run, a number need not be set apart from its title by more than a space."""
    opened = [(line, split) for line in lines
              if (split := _split_number(line, set_apart=False)) is not None
              and (re.fullmatch(r"\d{3,4}", split.number) or split.style == "running") and split.title[:1].isalpha()]
    out: set[int] = set()
    run: list[tuple[Line, NumberedLine]] = []
    for line, split in opened:
        if run and abs(split.num_x0 - run[-1][1].num_x0) <= 6 and _close_successor(run[-1][1].number, split.number):
            run.append((line, split))
            continue
        if len(run) >= RUNNING_MIN:
            out.update(id(ln) for ln, _ in run)
        run = [(line, split)]
    if len(run) >= RUNNING_MIN:
        out.update(id(ln) for ln, _ in run)
    return out


# where a numbered line goes: True for a top-level item, the parent's number for a sub-item,
# ("implied", number) for a sub-item whose section number is not printed
Placement = Union[Literal[True], str, tuple[str, str]]


@dataclass
class AgendaReader:
    """The agenda read so far, taking lines one at a time in reading order.

    A line is a new item (numbered, and placed by `_accept`), more of the open item's title (a
    run-on line or a page range on its own line), or other text: a description of the item, a
    heading that switches the part (public/exempt) or names a sitting, or prose."""

    body_size: float
    items: list[Candidate] = field(default_factory=list)
    part: str = "public"
    exempt_section: bool = False  # a numbered section ("13 Confidential Matters") made the part exempt
    sitting: Optional[str] = None
    current: Optional[Candidate] = None  # the item later lines may still belong to
    title_open: bool = False  # whether the next line may run on the current item's title
    prev_line: Optional[Line] = None
    last_heading: Optional[str] = None  # the last sitting heading ("REGULAR MEETING")
    first_heading: Optional[str] = None  # the sitting heading in force at the first item
    last_plain_heading: Optional[str] = None  # the title of a section whose number is not printed
    # a numbered run: the items from one "1." to the next restart at "1."
    run_start: int = 0
    run_heading: Optional[str] = None  # the sitting heading in force when the run began
    heading_since_run: Optional[str] = None
    sittings_seen: bool = False
    file_col_x: Optional[float] = None  # the indent of a file-number column ("23-0010") between number and title
    running: set[int] = field(default_factory=set)  # ids of lines opening with a running four-digit number
    line_spans: list[tuple[float, float]] = field(default_factory=list)  # `_line_spans` of the agenda

    def read(self, line: Line) -> None:
        """Take the next line: it opens an item, runs on the open item's title, or is other text."""
        text = line.text.strip()
        numbered = self._numbered(line)
        if numbered is not None:
            self._open_item(line, *numbered)
        elif self._runs_on_title(line, text):
            assert self.current is not None
            self.current.title_lines.append(self._run_on_text(line, text))
        else:
            self.title_open = False
            self._note_description(line, text)
            self._note_heading(line, text)
        self.prev_line = line

    def finish(self) -> list[Candidate]:
        """The items with page ranges and references split off their titles; untitled ones dropped."""
        _nest_lettered_runs(self.items)
        _drop_contact_lists(self.items)
        return _without_repeated_body(_finish_titles(self.items))

    def top_level(self) -> list[Candidate]:
        return [c for c in self.items if c.parent is None]

    def _numbered(self, line: Line) -> Optional[tuple[NumberedLine, Placement]]:
        """The line's item number and where the item goes, when the line opens an item."""
        running = id(line) in self.running
        split = _split_number(line, set_apart=not running)
        if split is None or (split.style == "decimal" and not running and not self._running_sub(split.number)):
            return None
        if split.style == "running" and not running:
            return None  # "12/03" alone opening a line is a date or a fraction
        if split.style == "roman" and len(split.number) == 1:
            # "I." after "H." is a letter (at the letters' indent when they are sub-items); "I."
            # after nothing or after another numeral is roman
            letters = [c for c in self.items if c.style == "letter"]
            if letters and _next_in_sequence(letters[-1].number, split.number) and (
                letters[-1].parent is None or abs(letters[-1].num_x0 - split.num_x0) <= 6
            ):
                split = split._replace(style="letter")
        num_x1 = line.words[0].x1 if line.words else split.num_x0
        placement = _accept(self.items, self.current, split.style, split.number, split.num_x0, split.title, num_x1)
        return None if placement is None else (split, placement)

    def _running_sub(self, number: str) -> bool:
        """Whether a decimal number may be an item: one of up to three digits, or a point under a
        running four-digit number on the agenda ("2633.1" under 2633); a lone four-digit number
        is a year or an amount."""
        head = number.split(".")[0]
        return len(head) < 4 or ("." in number and any(_whole(c.number) == head for c in self.items))

    def _run_on_text(self, line: Line, text: str) -> str:
        """A title's next line; a file number in the file-number column opening it is a reference."""
        segs = line.segments
        if len(segs) >= 2 and FILE_NUMBER.match(segs[0].text.strip()) and self.current is not None:
            self.current.references.append(segs[0].text.strip())
            return " ".join(seg.text for seg in segs[1:])
        return text

    def _without_column_label(self, line: Line, title: str, title_x0: float) -> tuple[str, float]:
        """The title less a one-word label printed in the file-number column where other items
        print their file number ("REPORT" above the number, the title set apart after it)."""
        for seg in line.segments:
            if FILE_NUMBER.match(seg.text.strip()) and seg.x1 <= title_x0 + 0.1:
                self.file_col_x = seg.x0
        if self.file_col_x is None or abs(title_x0 - self.file_col_x) > 3:
            return title, title_x0
        segs = [seg for seg in line.segments if seg.x0 >= title_x0 - 0.1]
        if len(segs) < 2 or not re.fullmatch(r"[A-Za-z]+", segs[0].text.strip()):
            return title, title_x0
        return _title_segment(line, [w for w in line.words if w.x0 >= segs[1].x0 - 0.1])

    def _open_item(self, line: Line, split: NumberedLine, placement: Placement) -> None:
        style, number, num_x0, title_x0, title = split
        title, title_x0 = self._without_column_label(line, title, title_x0)
        if isinstance(placement, tuple):
            # the section number is not printed: its heading is the last unnumbered heading
            head = placement[1]
            implied = Candidate(head, "decimal", line, num_x0, title_x0, [self.last_plain_heading or ""], part=self.part, sitting=self.sitting)
            implied.number_printed = False
            self.items.append(implied)
            placement = head
        parent = placement if isinstance(placement, str) else None
        self.last_plain_heading = None
        if parent is None and self._restarts_run(style, number):
            self._start_run()
        if not self.items:
            self.first_heading = self.last_heading
            self.run_start = 0
            if self.run_heading is None:
                self.run_heading = self.last_heading
                self.heading_since_run = None
        if parent is None and self.exempt_section and style == "decimal":
            # the next section after a confidential one ("13 Confidential Matters" / "13.1 ...",
            # then "14 Close of Meeting") is back in public
            self.part, self.exempt_section = "public", False
        cand = Candidate(number, style, line, num_x0, title_x0, [title], part=self.part, parent=parent, sitting=self.sitting)
        if style in {"roman", "letter"} or (parent is None and len(title.split()) <= 6):
            # a top-level section named for the session sets the part of what follows
            if EXEMPT_HEADING.search(title) and not re.search(r"\b(?:report|announcement)\b", title, re.I):
                self.part = "exempt"
                self.exempt_section = parent is None and style == "decimal" and not PART_MARKER.match(title)
            elif PUBLIC_HEADING.search(title):
                self.part = "public"
            cand.part = self.part
        if re.match(r"^closed\s+session\b", title, re.I):
            cand.part = "exempt"
        self.items.append(cand)
        self.current = cand
        self.title_open = True

    def _restarts_run(self, style: str, number: str) -> bool:
        tops = self.top_level()
        return bool(tops) and style == tops[-1].style and _restarts(tops, number, style)

    def _start_run(self) -> None:
        """A top-level numbering restarted: a new sitting's agenda, or the real agenda after a
        numbered preamble."""
        earlier = self.items[self.run_start :]
        # a run citing pages is a contents list, never instructions: kept (its repeat is dropped
        # at the end, `_without_repeated_body`)
        cites_pages = sum(_extract_pages(" ".join(c.title_lines))[1] is not None for c in earlier) >= 2
        if ((self.run_heading is None and self.heading_since_run is None) and not cites_pages) or _prose_run(earlier):
            # a numbered list restarted with no session heading between: the
            # earlier run was instructions in the preamble, not agenda items
            del self.items[self.run_start :]
        elif self.run_heading is None and self.run_start == 0:
            for c in self.items:
                c.sitting = None
        self.run_start = len(self.items)
        self.run_heading = self.heading_since_run
        self.heading_since_run = None
        self.sitting = self.run_heading
        for c in self.items[: self.run_start]:
            if c.sitting is None and self.sittings_seen:
                c.sitting = self.first_heading
        self.sittings_seen = True

    def _runs_on_title(self, line: Line, text: str) -> bool:
        """A page range on its own line, or the next line of a title that wraps."""
        if self.current is None or not self.title_open:
            return False
        return bool(PAGES_SEGMENT.match(text)) or _continues_title(self.current, self.prev_line, line, self.line_spans)

    def _note_description(self, line: Line, text: str) -> None:
        """A labelled line ("Recommendation:") under an item: numbered lines after it, at or past
        the label's indent, are clauses."""
        if self.current is None or not LABEL_LINE.match(text):
            return
        owners = [self.current]
        if self.current.style == "sub":
            owners.append(next((c for c in reversed(self.items) if c.style != "sub"), self.current))
        for owner in owners:
            owner.described = True
            # the outermost label counts: "CEQA:" set under "Recommendation:" does not narrow it
            owner.described_x = line.x0 if owner.described_x is None else min(owner.described_x, line.x0)

    def _note_heading(self, line: Line, text: str) -> None:
        """An unnumbered heading: a section title, a part heading or a sitting heading."""
        heading = _is_heading(line, self.body_size)
        short = len(text.split()) <= 8
        if heading and short:
            self.last_plain_heading = _clean_title(text)
        # "PART 2 - ITEMS WHICH MAY BE CONSIDERED IN THE ABSENCE OF THE PRESS AND PUBLIC": a part
        # heading set as a heading may run long
        part_marker = bool(PART_MARKER.match(text)) and (line.bold or line.all_caps)
        if not (heading or short or part_marker):
            return
        reporting = re.search(r"\b(?:report|announcement|action\s+taken|will|begins?)\b", text, re.I)
        if EXEMPT_HEADING.search(text) and not reporting and not re.search(r"\bpublic\b.*\bmay\b", text, re.I):
            self.part = "exempt"
            self.current = None
        elif PUBLIC_HEADING.search(text):
            self.part = "public"
            self.current = None
        if (line.all_caps or line.size > self.body_size + 0.5) and short and SITTING_HEADING.search(text) and text[:1].isalnum():
            self.last_heading = _clean_title(text)
            self.heading_since_run = self.last_heading


def _finish_titles(items: list[Candidate]) -> list[Candidate]:
    """The items with page ranges and references split off their titles; untitled ones dropped."""
    page_column = _page_column(items)
    contents: list[Candidate] = []  # items whose first page a contents line gives
    for c in items:
        first_range = _range_beside_first_line(c)
        if first_range is not None:
            c.title_lines[0] = c.title_lines[0][: -len(first_range[0])].rstrip()
        joined = " ".join(c.title_lines)
        title, c.pages = _extract_pages(joined)
        if c.pages is None and first_range is not None:
            c.pages = first_range[1]
        if c.pages is not None and PAGES_LEADER.search(joined):
            contents.append(c)
        if c.pages is None and page_column is not None:
            title, c.pages = _single_page(c, title, page_column)
        title, refs = split_references(_clean_title(_title_before_description(title)))
        c.references = refs + [r for r in c.references if r not in refs]
        c.title_lines = [title]
    # a contents line gives the page an item starts on; its papers run to the next one's
    for c, nxt in zip(contents, contents[1:]):
        assert c.pages is not None and nxt.pages is not None
        if nxt.pages[0] > c.pages[0] + 1:
            c.pages = (c.pages[0], nxt.pages[0] - 1)
    return [c for c in items if c.title_lines[0]]


def _range_beside_first_line(c: Candidate) -> Optional[tuple[str, tuple[int, int]]]:
    """A page range set apart beside a title's first line when the title wraps on below it
    ("... Response to the      3 - 6" / "Regulator of Social Housing Inspection"): its text and pages."""
    segs = c.line.segments
    if len(c.title_lines) < 2 or len(segs) < 2:
        return None
    text = segs[-1].text.strip()
    m = _segment_range(text)
    if m is None or not c.title_lines[0].endswith(text):
        return None
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    return (text, (first, last)) if first <= last else None


PAGE_COLUMN_MIN = 2  # page ranges that set the right edge of an agenda's "Pages" column


def _page_column(items: list[Candidate]) -> Optional[float]:
    """The right edge of the column where items print their page ranges, when at least two do,
    or their first pages alone: three or more lone numbers set to one right edge, in page order."""
    edges = sorted(
        seg.x1 for c in items for seg in c.line.segments[1:][-1:] if _segment_range(seg.text.strip())
    )
    if len(edges) >= PAGE_COLUMN_MIN:
        return edges[len(edges) // 2]
    lone = [(seg.x1, int(seg.text.strip())) for c in items for seg in c.line.segments[1:][-1:]
            if re.fullmatch(r"\d{1,3}", seg.text.strip())]  # pages, not years
    if len(lone) >= 3 and max(x for x, _ in lone) - min(x for x, _ in lone) <= 3 \
            and all(a <= b for (_, a), (_, b) in zip(lone, lone[1:])):
        return sorted(x for x, _ in lone)[len(lone) // 2]
    return None


def _single_page(c: Candidate, title: str, page_column: float) -> tuple[str, Optional[tuple[int, int]]]:
    """An item on one page prints a lone number in the pages column ("11" under "3 - 5")."""
    segs = c.line.segments
    last = segs[-1].text.strip() if len(segs) >= 2 else ""
    if not re.fullmatch(r"\d{1,4}", last) or abs(segs[-1].x1 - page_column) > 3:
        return title, None
    if title.endswith(last):
        return title[: -len(last)].rstrip(), (int(last), int(last))
    # a title wrapped under its first line, the page printed at that line's end
    before = " ".join([*segs[-2].text.split()[-3:], last]) + " "  # the first line's last words and its page
    at = title.find(before)
    if at < 0:
        return title, None
    return title[: at + len(before) - len(last) - 2] + " " + title[at + len(before):], (int(last), int(last))


REPEAT_SHARE = 0.6  # of a restarted run's items that repeat earlier ones, for it to be a repeat
REPEAT_MIN = 3


def _title_key(title: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", title.lower())[:5])


def _without_repeated_body(items: list[Candidate]) -> list[Candidate]:
    """An agenda printed twice, its order of business and then each item again as the heading
    of its report: the numbering restarts with the same numbers and titles. The repeat is the
    agenda's body, not a second sitting, and its items are not read again."""
    tops = [i for i, c in enumerate(items) if c.parent is None]
    if not tops:
        return items
    head = items[tops[0]]
    restart = next((i for i in tops[1:] if (items[i].number, items[i].style) == (head.number, head.style)), None)
    if restart is None:
        return items
    before = {(c.number, _title_key(c.title_lines[0])) for c in items[:restart]}
    after = items[restart:]
    repeated = sum((c.number, _title_key(c.title_lines[0])) in before for c in after)
    return items[:restart] if len(after) >= REPEAT_MIN and repeated >= REPEAT_SHARE * len(after) else items


def _nest_lettered_runs(items: list[Candidate]) -> None:
    """A run of lettered items (A., B., C. ...) between two numbers of the top-level sequence
    ("4 CONSENT CALENDAR", A. ... M., "5 PUBLIC HEARINGS") is the lettered items of the number
    before it, even printed at the numbers' own indent."""
    tops = [c for c in items if c.parent is None]
    i = 0
    while i < len(tops):
        j = i + 1
        while j < len(tops) and tops[j].style == "letter":
            j += 1
        run, head = tops[i + 1 : j], tops[i]
        if (
            run and j < len(tops) and head.style == "decimal" and tops[j].style == "decimal"
            and (_next_in_sequence(head.number, tops[j].number) or _close_successor(head.number, tops[j].number))
            and run[0].number == "A" and all(_next_in_sequence(a.number, b.number) for a, b in zip(run, run[1:]))
            and all(c.num_x0 >= head.num_x0 - 4 for c in run)
        ):
            for c in run:
                c.parent = head.number
        i = max(j, i + 1)


# how a contact channel is written: a web address (with or without "www."), an e-mail address,
# a telephone number ("(833) 548-0276", "310-318-0204", "01865 815000")
CONTACT_DETAIL = re.compile(
    r"https?://|www\.|@\w|\b[\w-]+\.(?:[\w-]+\.)*(?:com|org|net|gov|edu|us|uk|ca|info)\b"
    r"|\(\d{3}\)\s?\d{3}[-.\s]\d{4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b0\d{3,4}\s\d{3}\s?\d{3,4}\b"
)


def _prose_run(run: list[Candidate]) -> bool:
    """A numbered run whose entries read as running text (contact details such as web
    addresses, clauses ending in a comma, "or", "and") is a list of instructions, not agenda
    items."""
    tops = [c for c in run if c.parent is None]
    if not tops:
        return False
    def prose(c: Candidate) -> bool:
        t = " ".join(c.title_lines).strip()
        return bool(CONTACT_DETAIL.search(t) or re.search(r"(?:[,;]|\b(?:or|and))$", t))
    return sum(prose(c) for c in tops) * 2 >= len(tops)


def _top_runs(tops: list[Candidate]) -> list[list[Candidate]]:
    """The top-level items cut into numbered runs: each run opens at its style's first number
    ("1", "A", "I") and goes on one number at a time in that style."""
    runs: list[list[Candidate]] = []
    for c in tops:
        if runs and c.style == runs[-1][-1].style and _next_in_sequence(runs[-1][-1].number, c.number):
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _drop_contact_lists(items: list[Candidate]) -> None:
    """Drop a numbered list set among the agenda's own sequence (ways to take part: in person,
    by video link, by phone, by e-mail) whose entries read as instructions: a run that opens at
    its first number, is interrupted by or gives way to another run of top-level items, and
    whose entries mostly carry contact details (`_prose_run`). The agenda's items are never
    all such a list. Items nested under the dropped entries (lettered matters read as its
    sub-list) go up to the top level."""
    tops = [c for c in items if c.parent is None]
    runs = _top_runs(tops)
    for run in runs:
        if len(run) < 2 or run[0].number != SEQUENCE_FIRSTS.get(run[0].style) or len(run) == len(tops):
            continue
        if not _prose_run(run):
            continue
        gone = {id(c) for c in run}
        numbers = {c.number for c in run}
        start = next(i for i, c in enumerate(items) if c is run[0])
        for c in items[start:]:
            if c.parent is None and id(c) not in gone:
                break  # the next top-level item after the list closes it
            if c.parent in numbers:
                c.parent = None
        items[:] = [c for c in items if id(c) not in gone]


def _restarts(tops: list[Candidate], number: str, style: str) -> bool:
    return number == SEQUENCE_FIRSTS.get(style) and len(tops) >= 2


def _chain(items: list[Candidate], current: Optional[Candidate]) -> list[Candidate]:
    """The current item and the items it sits under, innermost first."""
    out: list[Candidate] = []
    c = current
    while c is not None and all(x is not c for x in out):
        out.append(c)
        if c.parent is None:
            break
        idx = next((i for i in range(len(items) - 1, -1, -1) if items[i] is c), len(items))
        c = next((p for p in reversed(items[:idx]) if p.number == c.parent), None)
    return out


def _aligned(c: Candidate, num_x0: float, num_x1: Optional[float]) -> bool:
    """Whether a number sits at an item's number indent (left-aligned, or right-aligned "9." / "10.")."""
    if abs(c.num_x0 - num_x0) <= 6:
        return True
    words = c.line.words
    return num_x1 is not None and bool(words) and abs(words[0].x1 - num_x1) <= 4


def _in_description(chain: list[Candidate], num_x0: float) -> bool:
    """A number at or past the indent of a labelled description ("Recommendation:") set deeper
    than its item's number: a clause of the description, not an item."""
    return any(
        c.described and c.described_x is not None and c.described_x > c.num_x0 + 3 and num_x0 >= c.described_x - 3
        for c in chain
    )


def _numbered_under_its_item(items: list[Candidate], style: str, number: str, title: str, num_x0: float,
                             num_x1: Optional[float]) -> bool:
    """"6.1" under item 6 after its "Recommendation: Approve items 6.1 through 6.5": a sub-item
    whose number names its item and whose title opens as a title is the agenda's, whatever
    description came before it ("(Item" / "10.1) as they are ..." is the description wrapped)."""
    if style != "decimal" or "." not in _whole(number) or not title[:1].isupper():
        return False
    return _sub_number(items, number.rsplit(".", 1)[0], number, num_x0, num_x1) is not None


def _sub_number(items: list[Candidate], head: str, number: str, num_x0: float, num_x1: Optional[float]) -> Optional[str]:
    """The parent of a dotted number ("5.16", "1.B", "4A") whose head item ("5", "1", "4") is on
    the agenda, or None when the line is not an item. A sub-item continues its siblings'
    sequence at their indent (5.16 after 5.15), or opens the list (5.1, 1.A; a gap of a
    withdrawn item allowed) no shallower than its head; a wrapped title line that happens to
    open with a number ("5.17 of the Home Rule Charter") does neither."""
    idx = next((i for i in range(len(items) - 1, -1, -1) if _whole(items[i].number) == head), None)
    if idx is None:
        return None
    parent = items[idx].number  # as printed: "2.0" heads "2.1"
    sibs = [c for c in items[idx + 1 :] if c.parent == parent]
    if sibs:
        last = sibs[-1]
        follows = _next_in_sequence(last.number, number) or _close_successor(last.number, number)
        return parent if follows and _aligned(last, num_x0, num_x1) else None
    part = _ordinals(_split_last(number)[1])
    opens = any(0 < v <= 3 for k, v in part.items() if k in {"digit", "letter", "lower"})
    return parent if opens and num_x0 >= items[idx].num_x0 - 4 else None


def _accept(
    items: list[Candidate], current: Optional[Candidate], style: str, number: str, num_x0: float, title: str,
    num_x1: Optional[float] = None,
) -> Optional[Placement]:
    """Where a numbered line's item goes (see `Placement`), or None when it is not an item."""
    if SENTENCE_BREAK.search(title) and len(title.split()) > 10:
        return None  # a numbered sentence in prose (instructions, recommendations), not an item
    tops = [c for c in items if c.parent is None]
    chain = _chain(items, current)
    # the outline goes on under a heading that closed the current item (a repeated page header)
    outline = chain or _chain(items, items[-1] if items else None)
    if style == "sub":
        owner = next((c for c in reversed(items) if c.style != "sub"), None)
        if owner is None or num_x0 > owner.title_x0 + 40:
            return None
        if owner.described and (owner.described_x is None or num_x0 >= owner.described_x - 3):
            return None  # clauses of a recommendation, not sub-items of the agenda
        return owner.number
    if _in_description(chain, num_x0) and not _numbered_under_its_item(items, style, number, title, num_x0, num_x1):
        return None
    if style == "bracketed":
        if any(c.described and (c.described_x is None or num_x0 >= c.described_x - 3) for c in chain):
            return None  # clauses of a recommendation, as for "(a)"
        owner = next((c for c in reversed(tops) if c.style != "bracketed"), None)
        if owner is not None and num_x0 > owner.num_x0 + 4:
            # "(1)", "(2)" set deeper than a numbered item: its sub-items, numbered afresh under each
            sibs = [c for c in items if c.parent == owner.number and c.style == style]
            follows = not sibs or _next_in_sequence(sibs[-1].number, number)
            return owner.number if (number == "1" if not sibs else follows) else None
    if style == "decimal_letter":
        base = number.split("(")[0]
        return base if any(c.number == base for c in items) else True
    if style == "dotted_letter":
        return _sub_number(items, _split_last(number)[0], number, num_x0, num_x1)
    if style == "decimal" and "." in _whole(number):
        head = number.rsplit(".", 1)[0]
        if any(_whole(c.number) == head for c in items):
            return _sub_number(items, head, number, num_x0, num_x1)
        plain = [c for c in tops if c.style == "decimal" and "." not in _whole(c.number)]
        if plain and "." not in head and _next_in_sequence(plain[-1].number, head) and number.endswith((".1", ".01")):
            return ("implied", head)  # "2.01" under an unnumbered heading: section 2 is implied
        # dotted numbers without a printed parent (parish style 18.01.1) are top-level items
        return True if _sequence_ok(tops, style, number, num_x0) else None
    if style == "code":
        letter, value = _code_parts(number)
        for c in reversed(items):
            if c.number == letter:
                return letter
        # a run of codes starts near 1 and counts on ("D1", "D2"): "A466 road closures" is a
        # road's number in a topic line, not an item
        run = [c for c in items if c.style == "code" and _code_parts(c.number)[0] == letter]
        if not run:
            return True if value <= CODE_FIRST_MAX else None
        step = value - _code_parts(run[-1].number)[1]
        return True if 0 <= step <= 3 else None
    # a sub-list going on: the next number of a sub-item's sequence, at its indent
    for c in outline:
        if c.parent is not None and c.style == style and _aligned(c, num_x0, num_x1):
            if _next_in_sequence(c.number, number) or _close_successor(c.number, number):
                return c.parent
    # a sub-list opening: the first number of another numbering style ("A." under "4 CONSENT
    # CALENDAR", "1." under "C. MANAGEMENT"), set deeper than an open item's number
    if number == SEQUENCE_FIRSTS.get(style):
        deeper = next((c for c in outline if num_x0 > c.num_x0 + 4), None)
        if deeper is not None and deeper.style != style and deeper.style in SEQUENCE_FIRSTS:
            return deeper.number
    if style == "decimal" and tops and tops[-1].style in {"roman", "letter"} and num_x0 > tops[-1].num_x0 + 4:
        return tops[-1].number
    if current is not None and current.parent is not None and current.style == "decimal" and style == "decimal":
        # a plain number after sub-items of a roman/letter section continues that section
        parent = next((c for c in items if c.number == current.parent), None)
        if parent is not None and parent.style in {"roman", "letter"} and num_x0 > parent.num_x0 + 4:
            if _next_in_sequence(current.number, number) or number == "1":
                return parent.number
    if not _sequence_ok(tops, style, number, num_x0):
        return None
    same = [c for c in tops if c.style == style]
    if style in {"letter", "roman"} and not same and number not in {"A", "I"}:
        return None  # lettered sections start at A ("N. Almaden Boulevard" is an initial)
    if same and num_x0 > min(c.num_x0 for c in same) + 15:
        return None  # a list restarting inside an item (recommended actions), not new items
    # a number set deeper than the current item's title is part of that item's text
    if current is not None and num_x0 > current.title_x0 + 8 and style == current.style:
        return None
    return True


def _code_parts(number: str) -> tuple[str, int]:
    """"D12" -> ("D", 12); "E1.2" -> ("E", 1)."""
    m = re.match(r"^([A-Z]+)(\d+)", number)
    return (m.group(1), int(m.group(2))) if m else (number, 0)


def _sequence_ok(tops: list[Candidate], style: str, number: str, num_x0: float) -> bool:
    same = [c for c in tops if c.style == style]
    if not same:
        return True
    prev = same[-1]
    if abs(prev.num_x0 - num_x0) > 40:
        return False
    if number == prev.number and abs(prev.num_x0 - num_x0) <= 3:
        return True  # a number printed twice by mistake ("14", "14", "16"): both are items
    return _next_in_sequence(prev.number, number) or number in SEQUENCE_FIRSTS.values() or _close_successor(prev.number, number)


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman_value(text: str) -> Optional[int]:
    if not re.fullmatch(_ROMAN, text.upper()):
        return None
    values = [_ROMAN_VALUES[c] for c in text.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _split_last(number: str) -> tuple[str, str]:
    """A number's prefix and last part: "5.16" -> ("5", "16"), "1.B" and "1B" -> ("1", "B"),
    "10.1(a)" -> ("10.1", "a"), "XV" -> ("", "XV")."""
    number = number.rstrip(".)")
    if "(" in number:
        head, _, last = number.partition("(")
        return head, last
    if "." in number:
        head, last = number.rsplit(".", 1)
        return head, last
    m = re.fullmatch(r"(\d+)([A-Za-z])", number)
    return (m.group(1), m.group(2)) if m else ("", number)


def _ordinals(part: str) -> dict[str, int]:
    """The places a number part can hold, by kind: "12" -> digit 12; "C" -> letter 3; "XIV" ->
    roman 14; "iv" -> lower roman 4. A lone "I", "V" or "X" may be a letter or a roman numeral."""
    out: dict[str, int] = {}
    if part.isdecimal():
        out["digit"] = int(part)
    elif part.isalpha():
        if len(part) == 1:
            out["letter" if part.isupper() else "lower"] = ord(part.upper()) - 64
        roman = _roman_value(part)
        if roman is not None and (part.isupper() or part.islower()):
            out["roman" if part.isupper() else "lower_roman"] = roman
    return out


def _slash_step(prev: str, number: str) -> Optional[int]:
    """How far a minute number with its year is past another: 45/24 -> 46/24, 24/045 -> 24/046."""
    (a1, a2), (b1, b2) = prev.split("/", 1), number.split("/", 1)
    if not (a1 + a2 + b1 + b2).isdecimal():
        return None
    if a2 == b2:
        return int(b1) - int(a1)
    return int(b2) - int(a2) if a1 == b1 else None


def _whole(number: str) -> str:
    """A top-level number printed with a zero point ("2.0", "3.00") as the whole number it is."""
    m = re.fullmatch(r"(\d{1,3})\.0{1,2}", number)
    return m.group(1) if m else number


def _step(prev: str, number: str) -> Optional[int]:
    """How far number is past prev in one sequence (same prefix, same kind of last part), or None."""
    prev, number = _whole(prev), _whole(number)
    if "/" in prev and "/" in number:
        return _slash_step(prev, number)
    (head_a, a), (head_b, b) = _split_last(prev), _split_last(number)
    if head_a != head_b:
        return None
    oa, ob = _ordinals(a), _ordinals(b)
    steps = [ob[k] - oa[k] for k in oa if k in ob]
    if not steps:
        return None
    return 1 if 1 in steps else steps[0]


def _next_in_sequence(prev: str, number: str) -> bool:
    """number follows prev: 9 -> 10, 2.1 -> 2.2, H -> I, XV -> XVI, 1.A -> 1.B, (b) -> (c)."""
    return _step(prev, number) == 1


def _close_successor(prev: str, number: str) -> bool:
    """Numbering with a gap (a withdrawn item) still continues the sequence."""
    slashed = "/" in prev and "/" in number
    if not slashed and not (_split_last(prev)[1].isdecimal() and _split_last(number)[1].isdecimal()):
        return False
    step = _step(prev, number)
    return step is not None and 0 < step <= 3


def _line_spans(lines: Sequence[Line]) -> list[tuple[float, float]]:
    """(start, end) of every line of one run of text (no column beside it): where the lines that
    start at one indent end gives the right edge of that column."""
    return [(ln.x0, ln.x1) for ln in lines
            if ln.words and len(ln.segments) <= 2 and not PAGES_SEGMENT.match(ln.segments[-1].text.strip())]


def _ended_short(item: Candidate, prev: Line, line: Line, spans: Sequence[tuple[float, float]]) -> bool:
    """Whether the line above ended although the next line's first word would have fitted after
    it: the writer broke the line where the title was finished (topics listed under a short
    title, ending left of the column's middle), where a wrapped title breaks only when the next
    word does not fit. The column's right edge is where the agenda's lines at the item's or the
    next line's indent end at the most."""
    if not line.words or len(prev.segments) > 2 or OPEN_ENDING.search(prev.text.rstrip()):
        return False
    if re.match(r"[a-z(\[]", line.text.strip()):
        return False  # a line opening in lower case or with a bracket goes on from the one above
    ends = [x1 for x0, x1 in spans if abs(x0 - item.line.x0) <= 3 or abs(x0 - line.x0) <= 3]
    if not ends:
        return False
    first = line.words[0]
    need = (first.x1 - first.x0) + 1.5 * first.size  # the word, a space and a margin for justification
    right = max(ends)
    # short, too: a title stopping past the middle of its column may have been broken by hand
    far_left = prev.x1 - item.title_x0 < 0.5 * (right - item.title_x0)
    # a title that has wrapped ends on its short last line, its brackets closed and its last word
    # no "between" or "of": what follows (its presenter, a capitalised line) is no part of it
    last_word = prev.text.split()[-1] if prev.text.split() else ""
    wrapped_end = prev is not item.line and line.text.strip()[:1].isupper() and not last_word[:1].islower() \
        and " ".join(item.title_lines).count("(") <= " ".join(item.title_lines).count(")")
    return ((far_left and prev is item.line) or wrapped_end) and prev.x1 + need < right


def _continues_title(item: Candidate, prev: Optional[Line], line: Line, spans: Sequence[tuple[float, float]] = ()) -> bool:
    if prev is None or len(item.title_lines) >= MAX_TITLE_LINES:
        return False
    if line.page != prev.page:
        # a title running over a page break: the line above stopped mid-sentence and this
        # one opens the next page at the same indent
        mid_sentence = not re.search(r"[.:;!?)\]]$", prev.text.strip()) and len(item.title_lines) >= 2
        return mid_sentence and abs(line.x0 - prev.x0) <= 3 and line.bold == prev.bold and not LABEL_LINE.match(line.text)
    gap = line.top - prev.bottom
    if gap > 0.75 * line.size:
        return False
    if line.bold != item.line.bold:
        return False
    if not (item.num_x0 + 3 < line.x0):
        return False
    if _ended_short(item, prev, line, spans):
        return False
    centred = _same_centre(prev, line)
    if line.x0 > item.title_x0 + 16 and not centred and (gap > 0.4 * line.size or len(item.title_lines) > 3):
        return False  # deeper text is a sub-list of the item only when set tight under it
    if LABEL_LINE.match(line.text) and not PAGES_BRACKETED.match(line.text):
        return False
    if _bullet_text(line) is not None:
        return False  # a bulleted point under the item is not more of its title
    if QUOTED_WORDING.match(line.text.lstrip()) and not OPEN_ENDING.search(prev.text.rstrip()) and not prev.text.rstrip().endswith(":"):
        return False  # the wording of a motion, quoted under its heading ("“That the Council calls on ...")
    title_caps = sum(c.isupper() for c in item.title_lines[0] if c.isalpha()) > 0.8 * max(1, sum(c.isalpha() for c in item.title_lines[0]))
    # a bold heading that stops at a colon goes on in the bold line under it
    last = re.sub(r"\s*\[[^\]]*\]$", "", item.title_lines[-1].rstrip())  # less a file number moved after it
    open_heading = last.endswith(":") and line.bold and item.line.bold
    if title_caps and not line.all_caps and not open_heading and not PAGES_BRACKETED.match(line.text.strip()) and not PAGES_SEGMENT.match(line.text.strip()):
        return False  # a capitalised heading followed by sentence-case text: the text is not title
    return True


QUOTED_WORDING = re.compile(r"[“\"‘«„][A-Z][a-z]+\s+\w+\s+\w+")


def _same_centre(prev: Line, line: Line) -> bool:
    """Whether two lines are centred on one axis (a centred title wrapping), not left-aligned."""
    a, b = prev.segments, line.segments
    if not a or not b or abs(a[-1].x0 - b[-1].x0) <= 3:
        return False
    return abs((a[-1].x0 + a[-1].x1) / 2 - (b[-1].x0 + b[-1].x1) / 2) <= 2


# ---- unnumbered agendas ------------------------------------------------------------------------

# glyphs that open a bulleted line ("o" and "-" only as a word of their own)
BULLETS = frozenset("•-–—o▪◦·*■□‣➢►∙\uf0b7\uf0a7\uf076\uf0d8")
# headings at one margin it takes to read a list of them as an agenda's items
OUTLINE_MIN_HEADINGS = 4
OUTLINE_HEADING_WORDS = 10  # a heading is short: longer lines are prose
# how many lines from the top the meeting's date and time may be printed
DETAILS_REACH = 20


# where a heading's own words end and a note on it begins: "PUBLIC COMMENT (3 minutes)",
# "CALL TO ORDER - 7:00 p.m.", "REPORTS: Supervisor, Clerk"
HEADING_NOTE = re.compile(r"\s*(?:\(|:\s|\s[-–—]\s)")


def _heading_words(text: str) -> str:
    """A heading's own words, less a note after it (a time, a bracket, a colon or a dash)."""
    m = HEADING_NOTE.search(text)
    return text[: m.start()].strip() if m and m.start() > 0 else text.strip()


def _first_column(line: Line) -> str:
    """The text before the first column gap: a heading, where a note or a name stands apart to
    its right ("CALL TO ORDER        Supervisor Hale")."""
    segs = line.segments
    return segs[0].text.strip() if len(segs) > 1 else line.text.strip()


def _is_outline_heading(line: Line, body_bold: bool, markers: frozenset[str] = frozenset()) -> bool:
    """A short line set apart by capitals (its own words, whatever note follows them) or, in a
    body not set bold, by weight."""
    own = _heading_words(_first_column(line))
    text = line.text.strip()
    words = own.split()
    if bold_lead(line) > 0 and _bullet_text(line, markers) is None:
        return True  # bold capitals opening the line: plain text after them runs on (names the subject)
    if not words or len(words) > OUTLINE_HEADING_WORDS or own[-1] in ",;" or _bullet_text(line, markers) is not None:
        return False
    letters = [c for c in own if c.isalpha()]
    capitals = len(letters) >= 3 and all(c.isupper() for c in letters)
    return capitals or (line.bold and not body_bold and len(text.split()) <= OUTLINE_HEADING_WORDS)


def bold_lead(line: Line) -> int:
    """How many words open the line as a heading set in bold capitals with plain text running on
    after them on the same line ("APPROVAL OF MINUTES  Regular meeting of March 3"): 0 when the
    line does not open so (the whole line bold, or the bold words not capitals)."""
    words = line.words
    k = 0
    while k < len(words) and words[k].bold:
        k += 1
    if k == 0 or k == len(words) or k > OUTLINE_HEADING_WORDS or any(w.bold for w in words[k:]):
        return 0
    return k if all_caps(" ".join(w.text for w in words[:k])) else 0


# a note after an outline heading's own words: a bracket ("(3 minutes per speaker)"), or in a
# heading not set in capitals a dash ("Call to Order - 7:00 p.m."); text after a colon names the
# heading's subject ("APPROVAL OF BILLS: TOWN FUND") and stays in the title
BRACKET_NOTE = re.compile(r"\s+\(")
DASH_OR_BRACKET_NOTE = re.compile(r"\s+\(|\s[-–—]\s")


def _outline_title(text: str, capitals: bool) -> str:
    """An outline heading's title: its text less a note after it and less the colon or full stop
    that ends it ("REPORTS:" leads into its sub-items)."""
    m = (BRACKET_NOTE if capitals else DASH_OR_BRACKET_NOTE).search(text)
    if m and m.start() > 0:
        text = text[: m.start()]
    return text.strip().rstrip(" :.").strip()


# characters that open text, not a list: brackets, quotes, currency, punctuation of a sentence
NOT_BULLETS = frozenset("([{\"'“‘«$£€#&%/\\.,;:!?")
# Unicode classes of a bullet glyph: symbols ("●", "■", "➢"), private use (a symbol font's code
# exported without a Unicode mapping: U+F0B7), other punctuation ("•", "·", "§"), dashes
BULLET_CATEGORIES = frozenset({"So", "Sm", "Co", "Po", "Pd"})


def is_bullet_glyph(token: str) -> bool:
    """Whether a word of one character is a bullet by its kind: a symbol, a private-use
    character, a dash or a mark like "•" or "§" (not a letter, a figure, a bracket or a quote)."""
    if token in BULLETS:
        return True
    return len(token) == 1 and token not in NOT_BULLETS and unicodedata.category(token) in BULLET_CATEGORIES


def bullet_markers(lines: Sequence[Line]) -> frozenset[str]:
    """Letters a symbol font's bullets came out as ("o", "l", "n", "Ø", "ü", "q" from Wingdings or
    ZapfDingbats with no Unicode mapping): one letter standing alone at the start of two or more
    lines, set apart from the text after it by more than a space, and at one indent; never part of
    a lettered sequence (a bare "A" with a "B" after it at that indent is a list's number)."""
    seen: dict[str, list[float]] = {}
    for line in lines:
        words = line.words
        if len(words) >= 2 and len(words[0].text) == 1 and words[0].text.isalpha():
            if words[1].x0 - words[0].x1 >= 0.8 * words[0].size and words[1].text[:1].isalnum():
                seen.setdefault(words[0].text, []).append(words[0].x0)
    out = set()
    for letter, xs in seen.items():
        at_one_indent = max(sum(abs(x - y) <= 3 for y in xs) for x in xs)
        successor = chr(ord(letter) + 1)
        lettered = any(abs(x - y) <= 3 for x in xs for y in seen.get(successor, []))
        if at_one_indent >= 2 and not lettered:
            out.add(letter)
    return frozenset(out)


def _bullet_text(line: Line, markers: frozenset[str] = frozenset()) -> Optional[tuple[str, float]]:
    """The text after a bullet and where it starts, when the line opens with a bullet: a bullet
    glyph, or one of the `markers` a document's bullets came out as."""
    words = line.words
    if len(words) >= 2 and (is_bullet_glyph(words[0].text) or words[0].text in markers):
        return " ".join(w.text for w in words[1:]), words[1].x0
    first = words[0].text if words else ""
    if len(first) > 1 and first[0] in BULLETS and not first[0].isalnum() and first[0] != "-" and first[1].isalpha():
        return " ".join([first[1:]] + [w.text for w in words[1:]]), words[0].x0
    return None


def _body_start(lines: Sequence[Line], body_size: float) -> int:
    """The first line after the title block: the block holds the meeting's date with the lines set
    tight under it (the time, the place), and its titles are set larger than the body; the items
    follow. 0 when neither is printed near the top. A time alone does not end the block: an item
    may print one ("CALL TO ORDER - 7:00 p.m.")."""
    start = 0
    head = lines[:DETAILS_REACH]
    dated = next((i for i, line in enumerate(head) if DATE_RE.search(line.text)), None)
    if dated is not None:
        start = dated + 1
        while start < len(lines) and lines[start].page == lines[dated].page and (
            lines[start].top - lines[start - 1].bottom <= 0.6 * lines[dated].size
        ) and _set_like(lines[dated], lines[start]):
            start += 1
    titles = [i for i, line in enumerate(head) if line.size > body_size + 1.5]
    return max([start] + [i + 1 for i in titles])


def _set_like(block: Line, line: Line) -> bool:
    """Whether a line is aligned with a line of the title block (same left edge, centre or right
    edge): the time or place under a centred date. The first heading set tight under a centred
    date, at the body's left margin, is not."""
    return (abs(line.x0 - block.x0) <= 3 or abs(line.x1 - block.x1) <= 3
            or abs((line.x0 + line.x1) / 2 - (block.x0 + block.x1) / 2) <= 0.5 * block.size)


def _outline_margin(heads: Sequence[Line], least: int = OUTLINE_MIN_HEADINGS) -> Optional[float]:
    """The leftmost indent at which at least `least` headings stand: the body's own left margin
    (a body shifted right, or centred title lines, do not move it). Taken as the middle of the
    headings near it: a word processor sets one level a point or two apart from line to line."""
    for x in sorted(h.x0 for h in heads):
        near = sorted(h.x0 for h in heads if 0 <= h.x0 - x <= 3)
        if len(near) >= least:
            return near[len(near) // 2]
    return None


# a time printed before a heading ("7:00 PM   CALL TO ORDER", "7.05 p.m. PUBLIC COMMENT")
LEAD_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?$", re.I)
TIME_SUFFIX = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m"}


def _without_lead_time(line: Line) -> Line:
    """A line less a time printed before its words: set apart as a column of times, the line
    starts where its words do; run into the words, only the text loses it."""
    words = line.words
    k = 0
    if words and LEAD_TIME.match(words[0].text):
        k = 2 if len(words) > 1 and words[1].text.lower() in TIME_SUFFIX else 1
    if k == 0 or k >= len(words) or not words[k].text[:1].isalpha():
        return line
    rest = words[k:]
    column = rest[0].x0 - words[k - 1].x1 > 1.6 * rest[0].size
    return replace(line, text=" ".join(w.text for w in rest), words=tuple(rest),
                   x0=rest[0].x0 if column else line.x0)


def _is_plain_heading(line: Line, prev: Optional[Line], markers: frozenset[str] = frozenset()) -> bool:
    """A short line that opens with a capital and is not the end of a paragraph running down the
    margin: an item of an agenda set without numbers, capitals or weight."""
    text = line.text.strip()
    words = text.split()
    if not words or len(words) > OUTLINE_HEADING_WORDS or not text[:1].isupper() or text[-1] in ",;":
        return False
    if _bullet_text(line, markers) is not None or SENTENCE_BREAK.search(text):
        return False
    return prev is None or not (abs(prev.x0 - line.x0) <= 3 and line.top - prev.bottom <= 0.6 * line.size
                                and len(prev.text.split()) > OUTLINE_HEADING_WORDS)


def _furniture(line: Line, bounds: tuple[float, float]) -> bool:
    """A line that is no entry of the outline: no words (a page number), or set centred well in
    from the margin (a running header or footer repeating the meeting's name)."""
    if not any(c.isalpha() for c in line.text):
        return True
    left, right = bounds
    return _centred(line, bounds) and line.x0 - left > 0.15 * (right - left)


def _body_bounds(body: Sequence[Line]) -> tuple[float, float]:
    """The body's left and right edges, found once: the tests per line below compare with them."""
    return (min(ln.x0 for ln in body), max(ln.x1 for ln in body)) if body else (0.0, 0.0)


def _centred(line: Line, bounds: tuple[float, float]) -> bool:
    """Whether a line is centred on the body (a title or a footer), not set at a margin."""
    left, right = bounds
    return abs((line.x0 + line.x1) / 2 - (left + right) / 2) <= 0.05 * (right - left)


def heading_outline(lines: Sequence[Line]) -> list[Candidate]:
    """An unnumbered agenda's items: headings at the body's left margin (capitals, or bold in a
    plain body) are the items, in the order printed; lines indented under one (bulleted, capital
    sub-headings, or plain) are its sub-items, nested by indent; a sub-item's wrapped line goes
    on its title. Numbers are the items' places ("3", "3.2"), marked as not printed."""
    body_size = median_size(lines) if lines else 0.0
    start = _body_start(lines, body_size)
    title_block = {ln.text.strip() for ln in lines[:start]}
    body = [_without_lead_time(ln) for ln in lines[start:]]
    body_bold = sum(ln.bold for ln in body) * 2 > len(body)
    bounds = _body_bounds(body)
    markers = bullet_markers(body)
    heads = [ln for ln in body if _is_outline_heading(ln, body_bold, markers)]
    margin = _outline_margin(heads)
    # where no heading stands out by capitals or weight (or only sub-headings do, indented), the
    # short lines at the body's own margin, with sub-items indented under them, are the items
    plain_margin = _outline_margin(
        [ln for i, ln in enumerate(body) if _is_plain_heading(ln, body[i - 1] if i else None, markers)],
        OUTLINE_MIN_HEADINGS + 1,
    )
    plain = plain_margin is not None and (margin is None or plain_margin < margin - 3)
    if plain_margin is not None and plain:
        margin = plain_margin
        if any(ln.x0 < plain_margin - 3 and not _centred(ln, bounds) for ln in body):
            return []  # text further left: the short lines are not at the body's margin
    if margin is None:
        return []
    items: list[Candidate] = []
    open_entries: list[Candidate] = []  # the entry at each indent the next line may sit under
    indents: dict[int, float] = {}  # id of an entry -> the indent its own sub-items sit deeper than
    children: dict[int, int] = {}  # id of an entry -> how many sub-items it has
    headed: set[int] = set()  # ids of the entries set as headings: titled by `_outline_title`
    current: Optional[Candidate] = None  # the sub-item a wrapped line may go on
    last: Optional[Candidate] = None  # the entry the line above belongs to
    part = "public"
    prev: Optional[Line] = None
    right = bounds[1]
    centred_heading = _centred_heading_test(bounds, heads, margin, title_block)
    for i, line in enumerate(body):
        text = line.text.strip()
        at_margin = abs(line.x0 - margin) <= 3
        if last is not None and prev is not None and not plain and _continues_heading(last, prev, line, margin, right):
            last.title_lines.append(text)
            prev = line
            continue
        if plain:
            is_heading = at_margin and _is_plain_heading(line, prev, markers)
        else:
            # a centred heading only after the first at the margin: centred lines before are the title block
            centred = bool(items) and centred_heading(line)
            # an indented heading whose next line wraps back left of the margin is a paragraph with
            # its first line indented, not a sub-item
            first_line_indent = i + 1 < len(body) and _wraps_left(line, body[i + 1], margin, right)
            is_heading = (at_margin or centred or first_line_indent or _opens_block(line, prev, margin, open_entries)) \
                and _is_outline_heading(line, body_bold, markers)
        if is_heading:
            if EXEMPT_HEADING.search(text):
                part = "exempt"
            elif PUBLIC_HEADING.search(text) or _closed_session_alone(items, children):
                part = "public"
            # "REPORTS:": the colon leads into the sub-items
            title = _heading_words(_first_column(line)).rstrip(" :") if plain else _first_column(line)
            cand = Candidate(str(sum(c.parent is None for c in items) + 1), "heading", line, line.x0, line.x0, [title], part=part)
            cand.number_printed = False
            items.append(cand)
            if not plain:
                headed.add(id(cand))
            open_entries, current, last = [cand], None, cand
        elif (line.x0 > margin + 3 or (at_margin and _bullet_text(line, markers) is not None)) and open_entries \
                and not (_furniture(line, bounds) and not _in_list(line, prev, body[i + 1] if i + 1 < len(body) else None, current)):
            # indented, or a bullet at the headings' own margin (its text tabbed in): a sub-item
            bullet = _bullet_text(line, markers)
            if bullet is None and current is not None and prev is not None and _wraps_entry(current, prev, line, right):
                current.title_lines.append(text)
            else:
                # a bulleted line ranks by where its text starts: bullets set at a sub-heading's
                # own indent are that sub-heading's points
                indent = bullet[1] if bullet is not None else line.x0
                while len(open_entries) > 1 and indents[id(open_entries[-1])] >= indent - 3:
                    open_entries.pop()
                parent = open_entries[-1]
                children[id(parent)] = children.get(id(parent), 0) + 1
                cand = _outline_entry(line, bullet, f"{parent.number}.{children[id(parent)]}", part)
                cand.parent, cand.parent_item = parent.number, parent
                items.append(cand)
                indents[id(cand)] = indent
                if bullet is None and cand.style == "heading" and not plain and _is_outline_heading(line, body_bold, markers):
                    headed.add(id(cand))
                open_entries.append(cand)
                current = last = cand
        else:
            current = last = None  # prose at the margin, or furniture: no title runs on over it
        prev = line
    for c in items:
        if id(c) in headed:
            c.title_lines = [_outline_title(" ".join(c.title_lines), c.line.all_caps)]
    return _finish_titles(items)


def _closed_session_alone(items: Sequence[Candidate], children: dict[int, int]) -> bool:
    """Whether the last heading is a closed part with nothing under it: the closed session itself
    ("EXECUTIVE SESSION" between public headings), so the next heading is public again."""
    last = next((c for c in reversed(items) if c.parent is None and c.style == "heading"), None)
    return last is not None and last.part == "exempt" and not children.get(id(last)) and items[-1] is last


def _opens_block(line: Line, prev: Optional[Line], margin: float, open_entries: Sequence[Candidate]) -> bool:
    """Whether a heading set in from the margin opens a block of its own after a blank line
    ("REPORTS:" with the officers' reports at its indent beneath it) rather than sitting under the
    heading above: sub-items are set tight under their heading. A heading at the indent of the
    block already open ("CLERK:" after a blank line in the REPORTS block) stays in it."""
    if line.x0 <= margin + 3:
        return False
    root = open_entries[0] if open_entries else None
    if root is not None and root.num_x0 > margin + 3 and abs(root.num_x0 - line.x0) <= 3:
        return False
    return prev is None or prev.page != line.page or line.top - prev.bottom > 0.75 * line.size


def _wraps_left(prev: Line, line: Line, margin: float, right: float) -> bool:
    """Whether a line is the wrap of the line above back to the page's edge: set tight under it,
    left of the headings' margin, the line above having run to the right margin."""
    return (line.page == prev.page and line.top - prev.bottom <= 0.6 * line.size and line.x0 < margin - 3
            and prev.x1 >= right - 0.2 * (right - margin) and _bullet_text(line) is None)


def _in_list(line: Line, prev: Optional[Line], following: Optional[Line], current: Optional[Candidate]) -> bool:
    """Whether a line is set at the indent of the line above or below it on its page, or of the
    text of the entry above (a bullet's wrapped line): one of a list, not a centred running header
    or footer, wherever its centre falls."""
    if any(ln is not None and ln.page == line.page and abs(ln.x0 - line.x0) <= 3 for ln in (prev, following)):
        return True
    return prev is not None and prev.page == line.page and current is not None and abs(current.title_x0 - line.x0) <= 3


def _continues_heading(entry: Candidate, prev: Line, line: Line, margin: float, right: float) -> bool:
    """Whether a line set tight under an entry's last line goes on its title: the line above ran to
    the right margin and this one starts left of the headings' margin (a paragraph's wrap back to
    the page's edge); or the entry is a heading in bold capitals running on in plain text
    ("APPROVAL OF BILLS: TOWN FUND") and this line goes on in that plain text."""
    if line.page != prev.page or line.top - prev.bottom > 0.6 * line.size or _bullet_text(line) is not None:
        return False
    if _wraps_left(prev, line, margin, right):
        return True
    lead = bold_lead(entry.line)
    return lead > 0 and prev is entry.line and not line.bold and bold_lead(line) == 0 and line.x0 > margin - 3 \
        and _split_number(line) is None


def _centred_heading_test(bounds: tuple[float, float], heads: Sequence[Line], margin: float,
                          title_block: set[str]) -> Callable[[Line], bool]:
    """Which centred lines are headings of the outline too (a word processor's centred "PUBLIC
    COMMENT" among headings at the margin): those set like the headings at the margin (size and
    weight), not repeating a line of the title block (a running header)."""
    at_margin = [h for h in heads if abs(h.x0 - margin) <= 3]
    if not at_margin:
        return lambda line: False
    size = median_size(at_margin)
    bold = sum(h.bold for h in at_margin) * 2 > len(at_margin)

    def test(line: Line) -> bool:
        return (_centred(line, bounds) and line.x0 > margin + 3 and abs(line.size - size) <= 0.5
                and line.bold == bold and line.text.strip() not in title_block)

    return test


def _outline_entry(line: Line, bullet: Optional[tuple[str, float]], place: str, part: str) -> Candidate:
    """A sub-item of an unnumbered heading: numbered as printed ("a.", "A.", "1.") when it opens
    with a number, else by its place; a bullet is not part of its title."""
    split = _split_number(line) if bullet is None else None
    if split is not None:
        return Candidate(split.number, split.style, line, line.x0, split.title_x0, [split.title], part=part)
    title, title_x0 = bullet if bullet is not None else (line.text.strip(), line.x0)
    cand = Candidate(place, "heading", line, line.x0, title_x0, [title], part=part)
    cand.number_printed = False
    return cand


def _wraps_entry(entry: Candidate, prev: Line, line: Line, right: float) -> bool:
    """A line goes on a sub-item's title when it is set tight under it at the title's indent and
    the line above ran to the right margin (or this one opens in lower case)."""
    if line.page != prev.page or line.top - prev.bottom > 0.6 * line.size or abs(line.x0 - entry.title_x0) > 3:
        return False
    return prev.x1 >= right - 0.2 * (right - entry.title_x0) or line.text[:1].islower()


# ---- records -----------------------------------------------------------------------------------


def agenda_records(candidates: list[Candidate], layer: TextLayer) -> list[AgendaItem]:
    """The agenda as records: top-level items with their sub-items nested under `subitems`."""
    if any(c.parent_item is not None for c in candidates):
        return _nest_by_item(candidates, layer)
    return _nest([_to_item(c, layer) for c in candidates])


def _nest_by_item(candidates: list[Candidate], layer: TextLayer) -> list[AgendaItem]:
    """Nesting by the enclosing candidate itself: an outline's printed sub-item numbers ("1.",
    "2." under each heading) may repeat the places given to unnumbered headings."""
    records = {id(c): _to_item(c, layer) for c in candidates}
    top: list[AgendaItem] = []
    for c in candidates:
        parent = records.get(id(c.parent_item)) if c.parent_item is not None else None
        (parent.subitems if parent is not None else top).append(records[id(c)])
    return top


def _to_item(c: Candidate, layer: TextLayer) -> AgendaItem:
    pages = PageSpan(first=c.pages[0], last=c.pages[1]) if c.pages else None
    physical = None
    if pages:
        first = layer.physical_for_printed(pages.first)
        last = layer.physical_for_printed(pages.last)
        if first and last and first <= last:
            physical = PageSpan(first=first, last=last)
    return AgendaItem(
        number=c.number,
        number_printed=c.number_printed,
        title=c.title_lines[0],
        pages=pages,
        physical_pages=physical,
        references=c.references,
        part=c.part,
        parent=c.parent,
        sitting=c.sitting,
        page=c.line.page,
    )


def _nest(items: list[AgendaItem]) -> list[AgendaItem]:
    """Top-level items with their sub-items nested under `subitems` (parent kept on each)."""
    top: list[AgendaItem] = []
    last_by_number: dict[str, AgendaItem] = {}
    for it in items:
        parent = last_by_number.get(it.parent) if it.parent else None
        if parent is not None:
            parent.subitems.append(it)
        else:
            top.append(it)
        last_by_number[it.number] = it
    return top

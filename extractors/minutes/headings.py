"""Minute headings: where each minute item of a set of minutes starts, its number as printed,
its title, the agenda item it cites, and where the preamble (heading, attendance) ends.

Headings are numbered ("84.", "19.09.01", "R2025-042") when bold, dotted, resolution-numbered or
followed by "(Item N)"; unnumbered bold headings followed by "(Item N)"; bold headings between
the attendance lists and the first numbered minute; in minutes without any of those, the plain
numbered lines that form the document's numbering (1, 2, 3, restarting at 1 in each section), or
else the top-level bullets.

Numbering is read as a sequence, not as wording. Compound minute numbers ("11.23.05",
"04(2).24.01", misprinted "11..23.05") are minute numbers when several share their leading parts
(meeting and year) at the headings' indent and their last part counts up. Inside a resolution
("RESOLVED: That:"), a numbered list restarting at 1 is the resolution's clauses, not minutes:
the minute numbering goes on with its own sequence. A line that is only a date is not a minute.

Unnumbered headings are told by their type: capitals, bold, or underlined (a rule drawn under
the line's opening words), at the indent and size most of them share. A label in capitals that
every matter repeats ("ACTION REQUESTED:", three times or more) is not a heading; a heading whose
next word would not have fitted on its line wraps onto the next line. In a board's minutes whose
numbered (or lettered) entries restart at 1 (A) under two or more such headings standing alone
on their lines, the headings (the matters) and the entries are both minute items, in reading
order. A committee's code before the running number ("PL.23") is part of it when three or more
such numbers at one indent count up.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Optional

from agendapack.extractors.agenda import bold_lead
from agendapack.extractors.minutes.attendance import label_of
from agendapack.extractors.minutes.resolutions import RESOLVE_RE, resolution_triggers
from agendapack.extractors.minutes.text import right_edges
from agendapack.extractors.minutes.votes import DECISION_LINE, NAMED_MOVER_HEADER
from agendapack.extractors.text.dates import DATE_RE
from agendapack.extractors.text.layer import Line
from agendapack.extractors.text.numbers import FILE_NUMBER

# a council minute reference: letters, then year and running number ("R2025-042", "TC/24/101")
RESOLUTION_NO = r"[A-Z]{1,4}(?:\s|/)?\d{2,4}[-/]\d{1,4}"
DOTTED_NO = r"\d{1,3}(?:\.\d{1,3}){2,3}"
# a compound number: three or four parts, a part may carry a bracketed meeting number
# ("04(2).24.01") and a separator may be doubled by a misprint ("11..23.05"); a dotted number is one
COMPOUND_NO = r"\d{1,3}(?:\(\d{1,2}\))?(?:\.{1,2}\d{1,3}(?:\(\d{1,2}\))?){2,3}"
# (a capital letter after the number only before a dot or bracket: "6A. Proclamation")
PLAIN_NO = r"\d{1,4}(?:\.\d{1,2})?(?:[a-z]|[A-Z](?=[.)])|\([a-z]\))?"  # "5a", "6A.", "2(a)"
# a minute number with its year: "45/24", "24/045" (one part the year, the other counting)
SLASH_NO = r"\d{1,4}/\d{2,4}(?:\.\d{1,2}(?!\d))?"  # "25/070", its sub-minute "25/070.1"
# a committee's code before its running minute number ("PL.23", "PL23", "CAB 45")
CODED_NO = r"[A-Z]{1,4}\.?\s?\d{1,4}"
# the number may follow the word it is ("Item 4: Planning", "Minute 12 – Finance", "Minute No. 45", "Min 23/045")
HEAD_RE = re.compile(rf"^(?:(?i:(?:agenda\s+)?item|minute|min\.?)(?:\s+(?i:no\.?|number))?\s+)?(?P<num>{RESOLUTION_NO}|{COMPOUND_NO}|{SLASH_NO}|{PLAIN_NO})"
                     r"(?:\.|\)|:|\s+[–—-])?\s+(?P<title>\S.*)$")
# the share of a sub-item's longer words that open in a capital (title case, not a sentence)
SUB_TITLE_CAPITALS = 0.6
# a coded number opens a minute only as one of the document's series of them (`_coded_series`)
CODED_HEAD_RE = re.compile(rf"^(?P<num>{CODED_NO})(?:\.|\)|:)?\s+(?P<title>\S.*)$")
# a plain item number of a numbered list ("3." / "3)"), the title may start with a figure ("14 Elm Street")
LIST_ITEM = re.compile(r"^(?P<num>\d{1,3})[.)]\s+(?P<title>\S.*)$")
# an entry of a numbered or lettered list: "1. ...", "2) ...", "A. ...", "B) ..."
LIST_ENTRY = re.compile(r"^(?P<num>\d{1,3}|[A-Z])[.)]\s+(?P<title>\S.*)$|^\((?P<bnum>[A-Z])\)\s+(?P<btitle>\S.*)$")
# an item numbered under its lettered section, in brackets: "(C-1)" under "(C)"
BRACKETED_SUB = re.compile(r"^\((?P<num>[A-Z]-\d{1,2})\)\s+(?P<title>\S.*)$")
ITEM_REF_RE = re.compile(r"^\(?\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<ref>\d{1,3}(?:\.\d{1,2})?[a-z]?|[A-Z]\d{0,2})\s*\)?\s*\.?$", re.I)
ITEM_REF_TAIL = re.compile(r"\s*\(\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<ref>\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*\)\s*$", re.I)
BULLET_HEAD = re.compile(r"^(?P<b>[^\w\s(\"“'£$&.,])\s+(?P<title>\S.*)$")
MOVER_SUFFIX = re.compile(r"\s+[–—-]\s+[^–—-]*\(\s*(?:motion|moved|mover)\s*\).*$", re.I)


@dataclass
class Heading:
    index: int  # line index of the heading
    body_start: int  # first body line index
    number: Optional[str]
    title: str
    agenda_item: Optional[str] = None
    mover: Optional[tuple[str, str]] = None
    # the minute's text printed on the heading line after its title ("2629. Police Report: PCSO
    # attended ..."); `split_run_on` makes it a body line of its own
    run_on: Optional[str] = None


@dataclass
class MinutesParts:
    """Intermediate result, handy for inspection and tests."""

    headings: list[Heading] = field(default_factory=list)
    preamble_end: int = 0


def find_headings(lines: list[Line], widths: dict[int, float]) -> MinutesParts:
    """The minute headings of a set of minutes (see the module docstring) and where its preamble ends."""
    rights = right_edges(lines)
    found: list[list[Heading]] = []

    def capitals() -> list[Heading]:
        if not found:  # read once, whichever way below needs them first
            found.append(_caps_headings(lines, widths, rights))
        return found[0]

    heads = _item_headings(lines, widths, rights)
    numbered = [h for h in heads if h.number]
    if sum(h.number == "1" for h in numbered) >= 2 and _lists_under_matters(numbered, capitals()):
        return _parts(_merged(capitals(), numbered), lines)
    if numbered:
        heads = sorted(heads + _preamble_headings(lines, widths, heads, numbered[0].index), key=lambda h: h.index)
    if not heads:
        numbered = _sequence_headings(lines, widths, rights)
        if capitals() and _lists_under_matters(numbered, capitals()):
            heads = _merged(capitals(), numbered)
        else:
            heads = capitals() if capitals() and _list_inside_sections(numbered, capitals()) else numbered
    if not heads:
        heads = capitals()
    if not heads:
        heads = _bullet_headings(lines)
    return _parts(heads, lines)


def _parts(heads: list[Heading], lines: list[Line]) -> MinutesParts:
    heads = _numbers_at_right(heads, lines)
    if len(heads) > 2 and heads[0].number is None and heads[0].body_start < len(lines) \
            and _only_date(lines[heads[0].body_start].text.strip()):
        heads = heads[1:]  # the document's title over the meeting's date, not a minute
    return MinutesParts(headings=heads, preamble_end=heads[0].index if heads else len(lines))


# a minute number printed apart at the right of its title ("Votes of Sympathy        KMD 25/076")
RIGHT_NUMBER = re.compile(rf"(?:{RESOLUTION_NO}|{SLASH_NO}|{CODED_NO})")


def _numbers_at_right(heads: list[Heading], lines: list[Line]) -> list[Heading]:
    """Headings whose minute number stands apart at the right of the title, three or more in the
    document: the number is the minute's, no part of its title."""
    def number(h: Heading) -> Optional[str]:
        segs = lines[h.index].segments
        last = segs[-1].text.strip() if len(segs) >= 2 else ""
        return last if h.number is None and RIGHT_NUMBER.fullmatch(last) and h.title.endswith(last) else None

    numbers = [number(h) for h in heads]
    if sum(num is not None for num in numbers) < 3:
        return heads
    first = next(k for k, num in enumerate(numbers) if num is not None)
    # (the document's title and the labels above the first minute are its preamble)
    return [replace(h, number=num, title=h.title[: -len(num)].strip()) if num else h
            for h, num in zip(heads[first:], numbers[first:])]


def _item_headings(lines: list[Line], widths: dict[int, float], rights: dict[int, float]) -> list[Heading]:
    """Numbered headings, and bold ones that cite an agenda item, in order; the numbered clauses
    of a resolution are skipped."""
    series = _compound_series(lines)
    running = running_series(lines) | _slash_series(lines) | _coded_series(lines)
    heads: list[Heading] = []
    clauses = ClauseList()
    i = 0
    while i < len(lines):
        ref, ref_at = _item_ref(lines, i + 1)
        opening = _opening(lines[i], ref, ITEM_REF_TAIL.search(lines[i].text.strip()), series, i in running)
        if opening is not None and i not in running and _inside_the_text(lines[i], heads, lines):
            opening = None  # "(a) PL/2025/04187 - 14 Tanners Lane (agenda item 7.1)" inside minute PE/25/036
        sub_item = opening is None and (opening := _sub_item_opening(lines[i], heads, lines)) is not None
        if opening is not None and clauses.takes(lines[i], opening[0], opening[1], lines, heads):
            i += 1
            continue
        if opening is None:
            clauses.read(lines[i])
            i += 1
            continue
        num, title = opening
        last = heads[-1].number if heads else None
        if num and re.fullmatch(r"(?:19|20)\d\d", num) and (last and last.isdigit() and int(num) - int(last) not in (1, 2)
                                                           or not (last and last.isdigit()) and i not in running):
            # "2025 STREET RESURFACING PROJECT": a year opening a line of a title printed in the text;
            # "2025 AT 10.00 A.M.": the year of the date in the heading wrapped (no running series)
            clauses.read(lines[i])
            i += 1
            continue
        head = _heading(lines, widths, i, num, title, ref, ref_at, rights, hanging=sub_item)
        heads.append(head)
        clauses = ClauseList()
        i = head.body_start
    return heads


@dataclass
class ClauseList:
    """A resolution's numbered clauses being read: a line that opens a resolution and ends in a
    colon ("RESOLVED: That:", "It was resolved that:") opens the list, whose numbers count from 1."""

    resolving: bool = False  # a resolution has opened since the last heading
    open: bool = False  # its lead-in ended in a colon: numbered clauses follow
    expected: int = 1
    first: Optional[Line] = None

    def read(self, line: Line) -> None:
        """A line of a minute's body (not an opening)."""
        t = line.text.strip()
        if resolution_triggers(t):
            self.resolving = True
        if self.resolving and re.search(r"(?::|\bthat|\bto)\s*$", t, re.I):
            self.open, self.expected, self.first = True, 1, None

    def takes(self, line: Line, num: Optional[str], title: str, lines: list[Line], heads: list[Heading]) -> bool:
        """Whether an opening is the next clause of the list, not a minute."""
        if not self.open or num is None or not num.isdigit() or int(num) != self.expected:
            return False
        n = int(num)
        last = heads[-1] if heads else None
        if n > 1 and self.first is not None and last is not None and last.number and last.number.isdigit() and int(last.number) + 1 == n:
            # the number also continues the minute numbering: a minute when printed like the
            # headings and unlike the clauses, or, printed alike, titled like one (no full stop)
            head_line = lines[last.index]
            like_head = abs(line.x0 - head_line.x0) <= 3 and line.bold == head_line.bold
            like_clause = abs(line.x0 - self.first.x0) <= 3 and line.bold == self.first.bold
            if like_head and (not like_clause or not re.search(r"[.;,:]$", title.strip())):
                self.open = False
                return False
        if n == 1:
            self.first = line
        self.expected += 1
        return True


def _inside_the_text(line: Line, heads: list[Heading], lines: list[Line]) -> bool:
    """A line opening with a number or citing an agenda item, printed well inside the text of
    minutes whose headings so far stand numbered at the margin: a part of the minute it is in (a
    lettered application, a wrapped line opening "22 Bridge Street"), no minute of its own."""
    numbered = [h for h in heads if h.number]
    if len(numbered) < 3:
        return False
    margin = max(lines[h.index].x0 for h in numbered[-3:])
    return line.x0 > margin + 40


def _compound_key(num: str) -> Optional[tuple[tuple[str, ...], int]]:
    """'04(2).24.01' -> (('4(2)', '24'), 1): the shared leading parts and the counting last part."""
    parts = [p for p in re.split(r"\.+", num) if p]
    last = re.match(r"\d+", parts[-1]) if len(parts) >= 3 else None
    if last is None:
        return None
    return tuple(p.lstrip("0") or "0" for p in parts[:-1]), int(last.group())


def _compound_series(lines: list[Line]) -> dict[tuple[str, ...], float]:
    """Leading parts shared by compound numbers opening two or more lines at one indent whose last
    part counts up (a doubled separator or a repeated number is a misprint): leading parts -> indent."""
    found: dict[tuple[str, ...], list[tuple[int, float]]] = {}
    for ln in lines:
        m = re.match(rf"^({COMPOUND_NO})[.):]?\s+\S", ln.text.strip())
        key = _compound_key(m.group(1)) if m else None
        if key is not None:
            found.setdefault(key[0], []).append((key[1], ln.x0))
    series = {}
    for prefix, members in found.items():
        xs = [round(x) for _, x in members]
        x = max(set(xs), key=xs.count)
        col = [n for n, mx in members if abs(mx - x) <= 3]
        ups = sum(b > a for a, b in zip(col, col[1:]))
        downs = sum(b < a for a, b in zip(col, col[1:]))
        if len(col) >= 2 and ups >= max(1, downs):
            series[prefix] = float(x)
    return series


RUNNING_NO = re.compile(r"^(?P<n>\d{1,5})[.):]?\s+\S")


AMOUNT = re.compile(r"[£$€]?\d{1,3}(?:,\d{3})*\.\d{2}")


def _row_with_amounts(line: Line) -> bool:
    """A row of a table of payments ("1412   North Marlshire Council   Business rates   1,284.00
    0.00   1,284.00"): its voucher numbers count up, but it is no minute."""
    segs = line.segments
    return len(segs) >= 3 and any(AMOUNT.fullmatch(seg.text.strip()) for seg in segs[1:])


def running_series(lines: list[Line]) -> set[int]:
    """Indices of the lines opening with a running minute number: plain numbers at one indent (or
    right-aligned: indents a digit's width apart) that count up by one (a skipped number allowed)
    over three or more lines, other numbered lines between them aside, and start above 1: minutes
    numbered on from the last meeting (2629, 2630 ...) are printed like body text, while a run
    that goes back to 1 is a list (clauses, contracts, recommendations)."""
    found: list[tuple[int, int, float]] = []
    for i, ln in enumerate(lines):
        m = RUNNING_NO.match(ln.text.strip())
        if m and not _only_date(ln.text.strip()) and not _row_with_amounts(ln):
            found.append((i, int(m.group("n")), ln.x0))
    best: list[int] = []
    for column in _indent_columns(found):
        chain = _longest_running_chain([n for _, n, _ in column])
        if len(chain) > len(best):
            best = [column[k][0] for k in chain]
    return set(best) if len(best) >= 3 else set()


SLASH_LINE = re.compile(r"^(?P<a>\d{1,4})/(?P<b>\d{2,4})[.):]?\s+\S")


def _slash_series(lines: list[Line]) -> set[int]:
    """Indices of the lines opening with a minute number and its year ("45/24", "24/045"): three
    or more at one indent sharing one part while the other counts up."""
    found: dict[tuple[int, str, str], list[tuple[int, int]]] = {}
    for i, ln in enumerate(lines):
        m = SLASH_LINE.match(ln.text.strip())
        if m is None:
            continue
        a, b = m.group("a"), m.group("b")
        found.setdefault((round(ln.x0 / 4), "b", b), []).append((i, int(a)))  # the year after
        found.setdefault((round(ln.x0 / 4), "a", a), []).append((i, int(b)))  # the year before
    best: list[int] = []
    for members in found.values():
        ups = sum(0 < n2 - n1 <= 2 for (_, n1), (_, n2) in zip(members, members[1:]))
        if len(members) >= 3 and ups >= len(members) - 2 and len(members) > len(best):
            best = [i for i, _ in members]
    return set(best)


CODED_LINE = re.compile(r"^(?P<code>[A-Z]{1,4})\.?\s?(?P<n>\d{1,4})[.):]?\s+\S")


def _coded_series(lines: list[Line]) -> set[int]:
    """Indices of the lines opening with a committee's code and a running number ("PL.23",
    "PL24", ...): three or more at one indent, one code, the numbers counting up. Printed in
    bold, the series may count from 1: the items taken in private ("C1", "C2", "C3") numbered
    apart from the open ones."""
    found: dict[tuple[str, int, bool], list[tuple[int, int]]] = {}
    for i, ln in enumerate(lines):
        m = CODED_LINE.match(ln.text.strip())
        if m is not None and not _row_with_amounts(ln):  # ("BACS 301   HMRC   PAYE   2,140.00": a payment)
            found.setdefault((m.group("code"), round(ln.x0 / 4), ln.bold), []).append((i, int(m.group("n"))))
    best: list[int] = []
    for (_, _, bold), members in found.items():
        chain = _longest_running_chain([n for _, n in members], from_one=bold)
        if len(chain) >= 3 and len(chain) > len(best):
            best = [members[k][0] for k in chain]
    return set(best)


def _indent_columns(found: list[tuple[int, int, float]]) -> list[list[tuple[int, int, float]]]:
    """The numbered lines grouped by indent, indents less than a wide digit apart in one group."""
    xs = sorted({round(x) for _, _, x in found})
    groups: list[list[int]] = []
    for x in xs:
        if groups and x - groups[-1][-1] <= 8:
            groups[-1].append(x)
        else:
            groups.append([x])
    return [[f for f in found if g[0] <= round(f[2]) <= g[-1]] for g in groups]


def _longest_running_chain(numbers: list[int], from_one: bool = False) -> list[int]:
    """Positions of the longest subsequence of `numbers` in which each counts up by one or two,
    taken as long as it can be, and starting above 1 (at 1 too, `from_one`)."""
    length = [1] * len(numbers)
    back = [-1] * len(numbers)
    for j, n in enumerate(numbers):
        for i in range(max(0, j - 60), j):
            if 1 <= n - numbers[i] <= 2 and length[i] + 1 > length[j]:
                length[j], back[j] = length[i] + 1, i
    best: list[int] = []
    for j in sorted(range(len(numbers)), key=lambda k: -length[k]):
        if length[j] <= len(best):
            break
        path = [j]
        while back[path[-1]] >= 0:
            path.append(back[path[-1]])
        if numbers[path[-1]] > 1 or from_one:
            best = path[::-1]
    return best


def _opening(line: Line, ref: Optional[str], tail: Optional[re.Match[str]],
             series: Optional[dict[tuple[str, ...], float]] = None, running: bool = False) -> Optional[tuple[Optional[str], str]]:
    """(number, title) when the line opens a minute: a number and a capitalised title, strong
    (a resolution or dotted number, or a compound number of the document's series) or bold or
    citing an agenda item; or a bold title citing one. A line that is only a date opens nothing."""
    t = line.text.strip()
    if label_of(t) or _only_date(t) or t[:1].islower():
        return None  # (a heading never opens in lower case: "minute AOS/24/37. Three quotations ..." wraps a sentence)
    m = HEAD_RE.match(t) or (CODED_HEAD_RE.match(t) if running else None)
    if m:
        num, title = m.group("num"), m.group("title")
        strong = running or re.fullmatch(RESOLUTION_NO, num) or re.fullmatch(DOTTED_NO, num) or _in_series(num, line, series or {})
        if (strong or line.bold or ref or tail or _bold_caps_lead(line)) and (title[:1].isupper() or title[:1].isdigit()) and not re.match(r"^(?:RESOLVED|Resolved)\b", title):
            return num, title
        return None
    if line.bold and (ref or tail):
        return None, t
    return None


LONE_LETTER = re.compile(r"^(?P<num>[A-Z])\.\s+(?P<title>\S.*)$")
def _bold_caps_lead(line: Line) -> bool:
    """'1. CALL TO ORDER: The City Council met ...': the number and a title in capitals printed in
    bold up to a colon (the agenda reader's bold lead), the minute's text run on in plain type."""
    k = bold_lead(line)
    lead = " ".join(w.text for w in line.words[:k])
    return k >= 2 and lead.endswith(":") and bool(re.search(r"[A-Z]{3}", lead))


def _section_of(heads: list[Heading]) -> int:
    """The line of the last heading not lettered under another: the section a lettered item is in
    (the last heading when every one is lettered)."""
    return next((h.index for h in reversed(heads) if not (h.number and re.fullmatch(r"[A-Z]", h.number))),
                heads[-1].index)


SECTION_LETTER = re.compile(r"^(?P<num>\d{1,3}-[A-Z])\.?\s+(?P<title>\S.*)$")


def _sub_item_opening(line: Line, heads: list[Heading], lines: list[Line]) -> Optional[tuple[Optional[str], str]]:
    """(number, title) for an item numbered under the minute or section above it, printed in
    the body's type: "4.1" under "4", "6.2" after "6.1", its title a heading's (capitalised
    words, no full stop at its end; a file number may stand before it)."""
    last = heads[-1].number if heads else None
    if last is not None and line.bold and (lone := LONE_LETTER.match(line.text.strip())):
        # "8. NEW BUSINESS" / "A. BUDGET AMENDMENT ..." / "B. ...": letters in bold capitals, each
        # the next, under a numbered heading printed further left
        letter, title = lone.group("num"), lone.group("title")
        above = lines[heads[-1].index]
        # (under a section numbered in figures or in Roman numerals: "V. PROCLAMATIONS" / "A. Proclamation ...")
        first = letter == "A" and (last[:1].isdigit() or bool(re.fullmatch(r"[IVXL]{2,5}|[IVX]", last))) \
            and line.x0 > above.x0 + 6
        follows = len(last) == 1 and last.isalpha() and ord(letter) == ord(last) + 1 and abs(line.x0 - above.x0) <= 3
        # a title in capitals, or in bold type apart from its section's (a size smaller, indented)
        styled = title.upper() == title and re.search(r"[A-Z]{3}", title) \
            or title[:1].isupper() and line.size < lines[_section_of(heads)].size and not title.rstrip().endswith(".")
        if (first or follows) and styled:
            return letter, title
    lettered = SECTION_LETTER.match(line.text.strip())
    m = lettered or HEAD_RE.match(line.text.strip())
    if m is None or last is None:
        return None
    num, title = m.group("num"), m.group("title")
    sub = re.fullmatch(r"(\d{1,3})(?:\.(\d{1,2})|-([A-Z]))", num)
    if sub is None:
        return None
    # "4.1" under "4", "6.2" after "6.1"; "7-A" under "7", "8-B" after "8-A"
    section, k = sub.group(1), int(sub.group(2)) if sub.group(2) else ord(sub.group(3)) - 64
    prev = re.fullmatch(rf"{section}(?:\.(\d{{1,2}})|-([A-Z]))", last)
    before = (int(prev.group(1)) if prev.group(1) else ord(prev.group(2)) - 64) if prev else 0
    # (a section's number and a letter, "7-F", names its section: the first heard may be any letter,
    # the others taken in a list inside the item)
    if not (last == section and (k == 1 or lettered) or prev and 0 < k - before <= 2):
        return None
    first, _, rest = title.partition(" ")
    if FILE_NUMBER.match(first) and rest:
        title = rest  # the file number an agenda system prints before the title
    words = title.split()
    long_words = [w for w in words if len(w) > 3]
    if not long_words or title.rstrip().endswith(".") or not words[0][:1].isupper():
        return None
    capitalised = sum(1 for w in long_words if w[:1].isupper() or w[:1].isdigit())
    return (num, title) if capitalised >= SUB_TITLE_CAPITALS * len(long_words) else None


def _only_date(text: str) -> bool:
    """'24 June 2025', 'Wednesday, 24th June 2025': a date line, not a minute numbered 24."""
    m = DATE_RE.match(text)
    return m is not None and not text[m.end():].strip(" ,.")


def _in_series(num: str, line: Line, series: dict[tuple[str, ...], float]) -> bool:
    key = _compound_key(num) if re.fullmatch(COMPOUND_NO, num) else None
    return key is not None and key[0] in series and abs(line.x0 - series[key[0]]) <= 3


def _heading(lines: list[Line], widths: dict[int, float], i: int, num: Optional[str], title: str,
             ref: Optional[str], ref_at: int, rights: dict[int, float], hanging: bool = False) -> Heading:
    """The heading opening at line `i`: its whole title, the agenda item it cites, where its body
    starts, and the mover and seconder a numbered resolution's heading names. A `hanging` title
    (a sub-item's, in the body's type) may wrap onto lines indented under its text."""
    ln = lines[i]
    title = _fix_split_initial(ln, title)
    whole_line = title
    title = first_segment_title(ln, num, title)
    # the minute's text in the columns beside its title ("25/02  Planning  RESOLVED to support ...")
    beside = whole_line[len(title):].strip() if title != whole_line and whole_line.startswith(title) else None
    j = i + 1
    # a bold title with the minute's text run on in plain type after it ("2630. Declarations of
    # Interest: None"): mostly bold, the title does not wrap onto the next line
    plain_tail = bool(ln.words) and ln.words[0].bold and not ln.words[-1].bold and bool(RUN_ON_RE.match(title) or RUN_ON_COLON_RE.match(title))
    if hanging:
        title, j = hanging_title(lines, widths, i, title, rights)
    elif ln.bold and not plain_tail:
        title, j = _wrapped_title(lines, widths, i, title, rights)
        ref2, ref_at2 = _item_ref(lines, j)
        if ref2 and ref_at2 == j:
            ref, ref_at = ref2, ref_at2
    tail = ITEM_REF_TAIL.search(title)
    if tail:
        ref = tail.group("ref")
        title = ITEM_REF_TAIL.sub("", title)
    run_on = None
    if not ln.bold or plain_tail:
        whole = title
        title = _bold_run_title(ln, num, title)
        if title != whole and whole.startswith(title):
            run_on = whole[len(title):].strip(" –—-:") or None
            # the bold may run on past the title's colon over the first words of the text,
            # a topic set in bold too ("Updates:- The Map – Phoenix Maps have ...")
            past = BOLD_PAST_COLON.match(title)
            if past:
                title = past.group("title")
                run_on = whole[len(title):].lstrip(" :–—-") or None
        elif not (num and re.fullmatch(RESOLUTION_NO, num)) and j == i + 1:
            title, run_on = _run_on_title(title)
    if run_on is None and beside and j == i + 1:
        run_on = beside
    body_start = max(j, ref_at + 1 if ref_at >= 0 and ref_at <= j else j)
    mover = None
    if num and re.fullmatch(RESOLUTION_NO, num):
        mm = NAMED_MOVER_HEADER.match(title.strip())
        if mm:
            mover = (mm.group("m"), mm.group("s"))
    return Heading(i, body_start, num, clean_title(title), ref, mover, run_on)


# a title ended by a colon (or the older ":-"), a full stop or a spaced dash, the minute's text
# run on after it
RUN_ON_RE = re.compile(r"^(?P<title>[^.:;–—]{2,90}?)(?:(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bCllr)(?:\.|:[-–]?)\s+|\s[–—-]\s*)(?P<rest>[A-Z0-9£$(“\"‘'].*)$")


# a bold run-in title whose bold goes on past its colon
BOLD_PAST_COLON = re.compile(r"^(?P<title>[^:]{2,90}?):[-–]?\s+\S")


# after a colon the text may open in lower case ("Declarations of interest: none")
RUN_ON_COLON_RE = re.compile(r"^(?P<title>[^.:;–—]{2,90}?):[-–]?\s+(?P<rest>[a-z].*)$")


def _run_on_title(title: str) -> tuple[str, Optional[str]]:
    """'Police Report: PCSO Tanner attended ...' -> ('Police Report', 'PCSO Tanner attended ...'):
    a heading printed in the body's type, its title a short phrase ended by a colon, a full stop or
    a spaced dash, the minute's text following on the same line."""
    m = RUN_ON_RE.match(title.strip()) or RUN_ON_COLON_RE.match(title.strip())
    if m is None or len(m.group("title").split()) > 10:
        return title, None
    return m.group("title").strip(), m.group("rest").strip()


def _wrapped_title(lines: list[Line], widths: dict[int, float], i: int, title: str,
                   rights: dict[int, float]) -> tuple[str, int]:
    """A bold title continued on the following bold lines: the whole title and the index of the
    line after it. A line whose first word would have fitted on the line before starts the body
    ("NAMING OF A NEW ROAD" / "RESOLUTION 2025/44")."""
    ln = lines[i]
    j = i + 1
    while j < len(lines) and lines[j].bold:
        tj = lines[j].text.strip()
        prev = lines[j - 1]
        if HEAD_RE.match(tj) or ITEM_REF_RE.match(tj) or ITEM_REF_TAIL.search(title) or RESOLVE_RE.match(tj) \
                or re.match(r"^\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s", tj):
            break  # a title closed by its "(Agenda Item N)", a bold resolution or a lettered sub-heading under it
        ended = lines[j].page == prev.page and tj[:1].isupper() and not wraps_onto(prev, lines[j], rights)
        if prev.x1 < 0.6 * widths.get(prev.page, 600) or ended:
            break  # the title line before did not wrap
        if lines[j].page == prev.page and lines[j].top - prev.top > 2.2 * ln.size:
            break
        title += " " + tj
        j += 1
    return title, j


def _preamble_headings(lines: list[Line], widths: dict[int, float], heads: list[Heading], first_num: int) -> list[Heading]:
    """Bold unnumbered headings between the attendance lists and the first numbered minute."""
    attendance_labels = [i for i, ln in enumerate(lines[:80]) if label_of(ln.text)]
    label_style_bold_colon = any(lines[i].bold and lines[i].text.rstrip().endswith(":") for i in attendance_labels)
    start = _list_end(lines, max(attendance_labels)) if attendance_labels else 0
    extra: list[Heading] = []
    for k in range(max(start, 1), first_num):  # the first line is the document's title
        ln = lines[k]
        t = ln.text.strip()
        if not ln.bold or label_of(t) or is_centered(ln, widths.get(ln.page, 600)) or ln.all_caps and len(t.split()) <= 3:
            continue
        if any(h.index == k for h in heads) or (k > 0 and lines[k - 1].bold and k - 1 >= start and extra and extra[-1].index == k - 1):
            continue
        if label_style_bold_colon and t.endswith(":"):
            continue
        if len(t.split()) > 12 or t[:1].islower():
            continue
        if k + 1 == first_num and ":" not in t:
            continue  # "Business" straight over the first numbered minute: a banner with no text of its own
        # the text after a colon stays in the body
        extra.append(Heading(k, k + 1, None, clean_title(t.split(":")[0] if ":" in t else t), None))
    return extra


def _list_end(lines: list[Line], label: int) -> int:
    """Index of the line after the list an attendance label opens: the lines under it at one
    indent and an even pitch (one name a line) are the list, however they are printed."""
    j = label + 1
    if j >= len(lines) or lines[j].page != lines[label].page or label_of(lines[j].text):
        return j
    first_gap = lines[j].top - lines[label].top
    lab = label_of(lines[label].text)
    if first_gap > (2.5 if lab and not lab[2].strip() else 1.6) * lines[label].size:
        return j  # a list starts under a label alone on its line, or runs on from the label's line
    x = lines[j].x0
    j += 1
    while j < len(lines) and lines[j].page == lines[j - 1].page and abs(lines[j].x0 - x) <= 3 and not label_of(lines[j].text):
        if lines[j].bold != lines[label + 1].bold or lines[j].top - lines[j - 1].top > min(first_gap, 1.6 * lines[j - 1].size) + 1:
            break
        j += 1
    return j


def _sequence_headings(lines: list[Line], widths: dict[int, float], rights: dict[int, float]) -> list[Heading]:
    """Plain numbered lines forming the document's numbering, in minutes with no other headings
    (a decision record laid out as its agenda): of the lines opening with "N." (or "A.") at one
    indent, those that count 1, 2, 3 (A, B, C) and restart at 1 (A) in each section; three or more,
    a resolution's clauses excepted. Each title runs on over its wrapped lines."""
    clauses = ClauseList()
    cands: list[tuple[int, Line, re.Match[str]]] = []
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        m = LIST_ENTRY.match(t)
        if m and not label_of(t) and not _only_date(t):
            if clauses.takes(ln, _entry(m)[0], _entry(m)[1], lines, []):
                continue
            cands.append((i, ln, m))
        else:
            clauses.read(ln)
    best: list[tuple[int, Line, re.Match[str]]] = []
    for x in sorted({round(ln.x0) for _, ln, _ in cands}):
        for letters in (False, True):
            fits, prev = [], 0
            for i, ln, m in cands:
                num = _entry(m)[0]
                if num.isdigit() == letters or abs(ln.x0 - x) > 3:
                    continue
                n = ord(num) - 64 if letters else int(num)
                if n == prev + 1 or n == 1:
                    fits.append((i, ln, m))
                    prev = n
            if len(fits) > len(best):
                best = fits
    if len(best) < 3 or not any(_entry(m)[0] in ("2", "B") for _, _, m in best):
        return []
    heads = []
    for i, ln, m in sorted(best + _bracketed_subs(lines, best), key=lambda c: c[0]):
        num, text = _entry(m)
        if row_of_fields(ln):
            # "1. HARBOR SALT SUPPLY, INC.    $45,000.00    Renewal": the first field is the title
            heads.append(Heading(i, i + 1, num, clean_title(first_segment_title(ln, num, text)), None))
            continue
        caps = caps_title(ln) if m.re is LIST_ENTRY and m.group("num") else None
        if caps and caps[1]:
            # "3. APPROVAL OF MINUTES: Motion by ...": a heading in capitals, its text run on
            heads.append(Heading(i, i + 1, num, clean_title(caps[0]), None, None, caps[1]))
            continue
        title, j = hanging_title(lines, widths, i, text, rights)
        heads.append(Heading(i, j, num, clean_title(title), None))
    return heads


def _entry(m: re.Match[str]) -> tuple[str, str]:
    """The number and title of a numbered line: "B. TITLE", "(B) TITLE", "(C-1) Title"."""
    if m.re is LIST_ENTRY and m.group("num") is None:
        return m.group("bnum"), m.group("btitle")
    return m.group("num"), m.group("title")


def _bracketed_subs(lines: list[Line], sections: list[tuple[int, Line, re.Match[str]]]) -> list[tuple[int, Line, re.Match[str]]]:
    """The items numbered in brackets under each lettered section ("(C-1)", "(C-2)" after "(C)"),
    counting 1, 2, 3 up to the next section."""
    subs = []
    for k, (i, _, m) in enumerate(sections):
        letter = _entry(m)[0]
        end = sections[k + 1][0] if k + 1 < len(sections) else len(lines)
        want = 1
        for j in range(i + 1, end):
            sub = BRACKETED_SUB.match(lines[j].text.strip())
            if sub and sub.group("num") == f"{letter}-{want}":
                subs.append((j, lines[j], sub))
                want += 1
    return subs


def row_of_fields(line: Line) -> bool:
    """Whether a line, its number aside, is fields spaced out in columns rather than a sentence."""
    segs = line.segments
    if segs and re.fullmatch(r"\d{1,3}[.)]", segs[0].text):
        segs = segs[1:]
    return len(segs) > 1


def _same_type(a: Line, b: Line) -> bool:
    """Whether two lines are printed alike: size, weight, underline, capitals."""
    return (round(a.size) == round(b.size) and a.bold == b.bold and bool(a.underline_x1) == bool(b.underline_x1)
            and _is_caps_word(a.text) == _is_caps_word(b.text))


def wraps_onto(prev: Line, line: Line, rights: dict[int, float]) -> bool:
    """Whether `line` continues `prev` wrapped: the next line at a line's pitch, and its first word
    too long for the room left at the end of `prev`."""
    if line.page != prev.page or not line.words or line.top - prev.top > 2.0 * prev.size:
        return False
    room = rights.get(prev.page, prev.x1) - prev.x1
    return room <= (line.words[0].x1 - line.words[0].x0) + 0.5 * line.size


def hanging_title(lines: list[Line], widths: dict[int, float], i: int, title: str,
                   rights: dict[int, float]) -> tuple[str, int]:
    """A numbered title wrapped onto lines indented under its text: the whole title and the index
    of the line after it. A decision line, a line after a gap, or a line whose first word would
    have fitted at the end of the line before (so that line was ended, not wrapped) starts the body."""
    j = i + 1
    while j < len(lines):
        ln, prev = lines[j], lines[j - 1]
        t = ln.text.strip()
        if ln.page != prev.page or ln.x0 <= lines[i].x0 + 3 or prev.x1 < 0.6 * widths.get(prev.page, 600):
            break
        if ln.words and not wraps_onto(prev, ln, rights):
            break
        if ln.top - prev.top > 1.6 * prev.size or DECISION_LINE.match(t) or LIST_ITEM.match(t):
            break
        title += " " + t
        j += 1
    return title, j


# an unnumbered heading in capitals ("CALL TO ORDER", "TREASURER'S REPORT"), alone on its line or
# with the item's text run on after a colon, a full stop or a dash ("APPROVAL OF MINUTES: Motion by ...")
# a heading in capitals, its text run on after a colon, full stop or dash, or nothing after it
# but that mark ("OLD BUSINESS –" over an empty section)
CAPS_HEAD = re.compile(r"^(?P<title>[A-Z][A-Z0-9'’&/,()\- ]*[A-Z)])(?:\s*(?:[:.]|\s[–—-])\s+(?P<rest>\S.*))?"
                       r"\s*(?:[:.]|\s[–—-])?$")


# the enumerator of an outline heading: "IV. NEW BUSINESS", "B. ROLL CALL", "3. ADJOURNMENT"
CAPS_ENUM = re.compile(r"^(?P<num>[IVXL]{1,5}|[A-Z]|\d{1,2})[.)]\s+(?=[A-Z]{2})")
# a Roman numeral printed alone before the heading, set apart by a gap ("IV      MINUTES OF ...")
ROMAN_ALONE = re.compile(r"^(?P<num>[IVXL]{1,5})\s+(?=[A-Z]{2})")


def caps_enumerator(line: Line) -> Optional[re.Match[str]]:
    """The enumerator before an outline heading in capitals: "IV." or "B)", or a Roman numeral
    with a gap after it wider than a space."""
    text = line.text.strip()
    m = CAPS_ENUM.match(text)
    if m is None and (m := ROMAN_ALONE.match(text)) is not None:
        words = line.words
        if len(words) < 2 or words[0].text != m.group("num") or words[1].x0 - words[0].x1 < line.size:
            return None
    return m


def caps_title(line: Line) -> Optional[tuple[str, Optional[str]]]:
    """(title, text run on) when a line opens with a heading in capitals; a vote's label
    ("AYES: ..."), an attendance label other than a roll call, "RESOLVED" or a result ("MOTION
    CARRIED") is no heading."""
    enum = caps_enumerator(line)
    t = line.text.strip()[enum.end():] if enum else line.text.strip()
    m = CAPS_HEAD.match(t)
    if m is not None:
        title, rest = m.group("title").strip(), m.group("rest")
    elif (lead := _caps_lead(line)) is not None:
        title, rest = lead
        more = TITLE_TO_DASH.match(rest)
        if more:
            # "APPROVAL OF Town Fund Bills – Motion to ...": the title runs on to the dash
            title, rest = f"{title} {more.group('more')}", more.group("rest")
    else:
        return None
    if not re.search(r"[A-Z]{3}", title) or len(title.split()) > 12 or (rest and not re.search(r"[a-z]", rest)):
        return None
    lab = label_of(title)
    if (lab and not re.match(r"(?i)roll\s+call", title)) or RESOLVE_RE.search(title) or ROLL_VOTE_LABEL.match(t):
        return None
    if DECISION_LINE.match(title) or re.search(r"\b(?:CARRIED|PASSED|APPROVED|FAILED|LOST|ADOPTED)\b", title):
        return None
    return title, rest.strip() if rest else None


# capitalised words (small words between) up to a spaced dash, the text after it
TITLE_TO_DASH = re.compile(r"^(?P<more>[A-Z][\w'’&/]*(?:\s+(?:[A-Z][\w'’&/]*|of|and|the|for|to|on|&)){0,4})\s[–—-]\s*(?P<rest>\S.*)$")


def _is_caps_word(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _caps_lead(line: Line) -> Optional[tuple[str, str]]:
    """(title, text run on) when a line opens with words in capitals run straight into the item's
    text with no colon or dash ("CALL TO ORDER Supervisor Wells called ..."): the capital words end
    where weight changes (bold capitals, plain text), or, in one weight, at the first word in
    mixed case after two capital words or more ("A motion ..." opens no heading)."""
    words = line.words
    k = 0
    while k < len(words) and _is_caps_word(words[k].text):
        k += 1
    if k == 0 or k >= len(words) or k > 12 or not re.search(r"[a-z]", words[k].text):
        return None
    by_weight = all(w.bold for w in words[:k]) and not words[k].bold
    if not by_weight:
        if not words[k].text[:1].isupper():
            return None  # "UPON MOTION duly made ...": capitals stressing a sentence's first words
        while k > 2 and len(words[k - 1].text) == 1:
            k -= 1  # "... ORDER A quorum was present": the article opens the text
        if k < 2 or any(len(w.text) == 1 for w in words[:k]):
            return None
    return " ".join(w.text for w in words[:k]), " ".join(w.text for w in words[k:])


def bold_title(line: Line) -> Optional[tuple[str, Optional[str]]]:
    """(title, text run on) when a line opens with a short bold heading in mixed case ("Approval
    of Minutes", "Call to Order: The meeting ...") whose text, if any, runs on in plain type."""
    words = list(line.words)
    k = 0
    while k < len(words) and words[k].bold:
        k += 1
    title = " ".join(w.text for w in words[:k]).strip()
    rest = " ".join(w.text for w in words[k:]).strip() or None
    if rest is not None and not re.search(r"[:.–—-]$", title):
        return None  # a bold phrase inside a sentence, not a heading
    if not _opens_heading(line, k, title.rstrip(" :.–—-")):
        return None
    if rest is None and re.search(r"[.;,]$", line.text.strip()):
        return None
    return title.rstrip(" :.–—-"), rest


def underlined_title(line: Line) -> Optional[tuple[str, Optional[str]]]:
    """(title, text run on) when a line opens with underlined words in mixed case or capitals
    ("Department of Audits – Audit Reports"), whatever their weight."""
    if not line.underline_x1:
        return None
    k = sum(1 for w in line.words if w.x1 <= line.underline_x1 + 1.0)
    title = " ".join(w.text for w in line.words[:k]).strip().rstrip(" :.–—-")
    if not _opens_heading(line, k, title):
        return None
    return title, " ".join(w.text for w in line.words[k:]).strip() or None


def _opens_heading(line: Line, k: int, title: str) -> bool:
    """Whether the first `k` words of a line, set apart by their type (`title`), may be a heading:
    a heading alone on its line may be long, wrapping onto the next, one with text run on is
    short; capitalised; not an attendance label (a roll call aside), a resolution, a decision or
    a vote's label."""
    if k == 0 or k > (20 if k == len(line.words) else 12) or not title[:1].isupper():
        return False
    if label_of(title) and not re.match(r"(?i)roll\s+call", title):
        return False
    return not (RESOLVE_RE.search(title) or DECISION_LINE.match(title) or ROLL_VOTE_LABEL.match(line.text.strip()))


ROLL_VOTE_LABEL = re.compile(r"^(?:ayes?|noes?|nays?|yeas?|abstain\w*|absent|excused|recused|for|against)\s*[:(]", re.I)


def _caps_headings(lines: list[Line], widths: dict[int, float], rights: dict[int, float]) -> list[Heading]:
    """Unnumbered headings in capitals or in bold, in minutes with no numbered headings (US
    township and board minutes: CALL TO ORDER, ROLL CALL, APPROVAL OF MINUTES ...): the capital
    (or bold) lines printed at the one indent (or centred) and size most of them share, three or
    more; lines in another style, and centred lines opening the document, are its title."""
    styles: dict[tuple, list] = {}
    indent = _indent_clusters([ln.x0 for ln in lines])
    for i, ln in enumerate(lines):
        centred = is_centered(ln, widths.get(ln.page, 600))
        if centred and i < 6:
            continue  # the document's title block
        ct = caps_title(ln)
        x = "c" if centred else indent[ln.x0]
        if ct:
            # weight is no part of the style: a heading with its text run on is mostly plain type
            styles.setdefault(("caps", x, round(ln.size)), []).append((i, ln, ct))
        bt = bold_title(ln)
        if bt:
            styles.setdefault(("bold", x, round(ln.size)), []).append((i, ln, bt))
        ut = underlined_title(ln)
        if ut:
            styles.setdefault(("underlined", x, round(ln.size)), []).append((i, ln, ut))
    # a label in capitals or ended by a colon printed three times or more is one each matter
    # repeats ("ACTION REQUESTED:", "BACKGROUND:"), not a heading: headings name what they head
    labels = {m[0]: m[2][0] for members in styles.values() for m in members
              if _is_caps_word(m[2][0]) or m[1].text.rstrip().endswith(":")}
    repeated = {k for k, n in Counter(label_key(t) for t in labels.values()).items() if n >= 3}
    styles = {k: [m for m in members if label_key(m[2][0]) not in repeated] for k, members in styles.items()}
    # a style whose headings carry an outline's enumerators ("I.", "II.", ...) is the minutes' own,
    # whatever the count of another (bold titles of the ordinances read under them)
    def enumerated(members: list) -> bool:
        n = sum(1 for _, ln, _ in members if caps_enumerator(ln))
        return n >= 3 and n >= 0.8 * len(members)

    best = max(styles.values(), key=lambda members: (enumerated(members), len(members))) if styles else []
    if len(best) < 3:
        return []
    heads: list[Heading] = []
    for i, ln, (title, rest) in best:
        if heads and i < heads[-1].body_start:
            continue  # the second line of a heading that wrapped
        j = i + 1
        while not rest and j < len(lines) and _same_type(lines[j], ln) and wraps_onto(lines[j - 1], lines[j], rights):
            # a heading too long for one line, wrapped onto the next in the same type
            title, j = f"{title} {lines[j].text.strip()}", j + 1
        num = caps_enumerator(ln)
        if num:
            title = re.sub(rf"^{re.escape(num.group('num'))}[.)]?\s+", "", title)  # a bold title's enumerator
        heads.append(Heading(i, j, num.group("num") if num else None, clean_title(title), None, None, rest))
    if best and best[0][2] and _caps_style(best):
        heads = sorted(heads + _run_in_labels(lines, {i for i, _, _ in best}, best[0][1].x0), key=lambda h: h.index)
    if enumerated(best):
        heads = _with_lettered_items(heads, lines, widths, rights)
    return heads


def _with_lettered_items(heads: list[Heading], lines: list[Line], widths: dict[int, float],
                         rights: dict[int, float]) -> list[Heading]:
    """An outline's sections with the items lettered under them ("V. PROCLAMATIONS AND
    RECOGNITIONS" over "A. Proclamation ...", "B. Resolution ..."), each item a minute."""
    out: list[Heading] = []
    numbered: list[Heading] = []  # (a run-in label between takes no part in the lettering)
    for k, h in enumerate(heads):
        out.append(h)
        if h.number:
            numbered.append(h)
        end = heads[k + 1].index if k + 1 < len(heads) else len(lines)
        i = h.body_start
        while i < end:
            opening = _sub_item_opening(lines[i], numbered, lines)
            if opening is not None and opening[0] and re.fullmatch(r"[A-Z]", opening[0]):
                ref, ref_at = _item_ref(lines, i + 1)
                item = _heading(lines, widths, i, opening[0], opening[1], ref, ref_at, rights, hanging=True)
                out.append(item)
                numbered.append(item)
                i = max(item.body_start, i + 1)
                continue
            i += 1
    return out


def label_key(title: str) -> str:
    return re.sub(r"[\W\d]+", " ", title).strip().lower()


def _caps_style(best: list) -> bool:
    """Headings in capitals: each opens in capitals, all but a few wholly so ("APPROVAL OF Town
    Fund Bills" among CLERK, REPORTS ...)."""
    mixed = sum(not _is_caps_word(title) for _, _, (title, _) in best)
    return all(_is_caps_word(title.split()[0]) for _, _, (title, _) in best) and mixed <= max(1, 0.2 * len(best))


# a report's label opening a paragraph, its text run on after a dash or colon ("Plan Commission –
# John reported ...", "Assessor: See attached"): a few capitalised words (small words between)
RUN_IN_LABEL = re.compile(r"^(?P<title>[A-Z][\w'’&/]*(?:\s+(?:[A-Z][\w'’&/]*|of|and|the|for|to|on|&)){0,4})"
                          r"(?:\s*:|\s[–—-])\s*(?P<rest>.*)$")


def _run_in_labels(lines: list[Line], taken: set[int], margin: float) -> list[Heading]:
    """In minutes headed in capitals, the reports' labels run in at the start of a paragraph at the
    headings' margin, in mixed case, are minute items too: the paragraph opens after a gap or
    after a line that ended a sentence."""
    found = []
    for i, ln in enumerate(lines):
        if i in taken or i == 0 or abs(ln.x0 - margin) > 3:
            continue
        prev = lines[i - 1]
        opens = prev.page != ln.page or ln.top - prev.bottom > 0.6 * ln.size or re.search(r"[.:!?]$", prev.text.strip())
        m = RUN_IN_LABEL.match(ln.text.strip())
        if not opens or m is None or label_of(m.group("title")) or RESOLVE_RE.search(m.group("title")):
            continue
        # a motion, a note, or a member's answer in a roll call ("Trustee Ames – yes, ...", "Yes – A, B")
        if re.match(r"(?i)(?:motion|roll\s+call|note|ayes?|nays?|yes|no|yeas?|absent|abstain\w*)\b", m.group("title")) \
                or re.match(r"(?i)(?:yes|no|aye|nay|yea|absent|abstain\w*)\s*(?:[,;.]|$)", m.group("rest")):
            continue
        found.append(Heading(i, i + 1, None, clean_title(m.group("title")), None, None, m.group("rest").strip() or None))
    # a label run in three times or more ("VOTE: Aye-4 ...") is one each matter repeats, no heading
    repeated = {k for k, n in Counter(label_key(h.title) for h in found).items() if n >= 3}
    return [h for h in found if label_key(h.title) not in repeated]


def _merged(matters: list[Heading], entries: list[Heading]) -> list[Heading]:
    """Matters and their numbered entries in reading order; a line read as both is an entry."""
    taken = {h.index for h in entries}
    return sorted([h for h in matters if h.index not in taken] + entries, key=lambda h: h.index)


def _lists_under_matters(numbered: list[Heading], capitals: list[Heading]) -> bool:
    """Whether numbered entries are the second level of unnumbered matters (a board's minutes:
    "Extra Work Orders" then "1." "2." "3.", "Personnel Matters" then "1." "2."): the numbering
    restarts at 1 under two or more headings, each run inside one heading's section. A list
    under one section only is a list in that section's text. Matters are headings alone on their
    line: where the headings run on into their text, the numbered lines are lists in that text."""
    if not numbered or not capitals or any(h.run_on for h in capitals):
        return False
    bounds = [h.index for h in capitals]
    sections = set()
    for h in numbered:
        owner = max((b for b in bounds if b < h.index), default=None)
        if owner is None:
            return False  # the numbering opens before the first heading: it is the document's own
        if h.number in ("1", "A"):
            if owner in sections:
                return False  # a restart inside one section: not one list a matter
            sections.add(owner)
    return len(sections) >= 2


def _list_inside_sections(numbered: list[Heading], capitals: list[Heading]) -> bool:
    """Whether plain numbered lines are a list inside the sections that capital headings open
    ("1. Approve the bills" ... under NEW BUSINESS), not the document's own numbering: no
    capital heading falls among them, or three or more stand outside their span."""
    if not numbered:
        return True
    first, last = numbered[0].index, numbered[-1].index
    inside = sum(first < h.index < last for h in capitals)
    outside = len(capitals) - inside
    return len(capitals) >= 3 and (inside == 0 or outside >= 3)


def _indent_clusters(xs: list[float], tolerance: float = 4.0) -> dict[float, int]:
    """Each indent's cluster: indents a point or two apart (a word processor's jitter, a glyph's
    side bearing) are one indent; a gap wider than `tolerance` starts the next."""
    out: dict[float, int] = {}
    cluster, last = 0, None
    for x in sorted(set(xs)):
        if last is not None and x - last > tolerance:
            cluster += 1
        out[x] = cluster
        last = x
    return out


def split_run_on(lines: list[Line], parts: MinutesParts) -> tuple[list[Line], MinutesParts]:
    """The lines with each heading's run-on text ("2629. Police Report: PCSO attended ...") cut off
    its heading line into a body line of its own, and the headings' indices moved to match: the
    attendance, the item's body and its decisions read that text like any other."""
    run = {h.index: h for h in parts.headings if h.run_on}
    if not run:
        return lines, parts
    out: list[Line] = []
    new_index: list[int] = []
    for i, ln in enumerate(lines):
        new_index.append(len(out))
        h = run.get(i)
        if h is None:
            out.append(ln)
            continue
        assert h.run_on is not None
        head_text = ln.text.strip()
        cut = head_text.rfind(h.run_on)
        out.append(replace(ln, text=head_text[:cut].rstrip() if cut > 0 else head_text))
        out.append(replace(ln, text=h.run_on, bold=False))
    new_index.append(len(out))
    heads = [replace(h, index=new_index[h.index], body_start=new_index[h.index] + 1 if h.run_on else new_index[h.body_start])
             for h in parts.headings]
    return out, MinutesParts(headings=heads, preamble_end=heads[0].index if heads else len(out))


def _bullet_headings(lines: list[Line]) -> list[Heading]:
    """The top-level bullets, in minutes with three or more and no other headings."""
    bullets = [(i, ln, m) for i, ln in enumerate(lines) if (m := BULLET_HEAD.match(ln.text.strip())) and not label_of(ln.text)]
    if len(bullets) < 3:
        return []
    top = min(ln.x0 for _, ln, _ in bullets)
    # the bullet line itself may carry the motion ("... approved – Z. Smith (motion), T. Jones (second)")
    return [Heading(i, i, None, clean_title(m.group("title")), None) for i, ln, m in bullets if ln.x0 <= top + 3]


def _item_ref(lines: list[Line], i: int) -> tuple[Optional[str], int]:
    """An "(Item N)" line right after the heading (possibly on the next page)."""
    if i < len(lines):
        m = ITEM_REF_RE.match(lines[i].text.strip())
        if m:
            return m.group("ref"), i
    return None, -1


def _fix_split_initial(line: Line, title: str) -> str:
    """'A pologies' printed as a drop letter followed by the rest of the word."""
    words = list(line.words)
    for k in range(len(words) - 1):
        w, nxt = words[k], words[k + 1]
        if len(w.text) == 1 and w.text.isupper() and nxt.text[:1].islower() and nxt.x0 - w.x1 < 0.5 * w.size:
            joined = w.text + " " + nxt.text
            if joined in title:
                return title.replace(joined, w.text + nxt.text, 1)
        if k >= 1:
            break
    return title


def first_segment_title(line: Line, num: Optional[str], title: str) -> str:
    """'20.01.02 Register of Interests      None': text beyond a column-wide gap is content."""
    segs = [sg.text.strip() for sg in line.segments]
    if num and segs and segs[0].rstrip(".):") == num:
        segs = segs[1:]
    elif num and segs and segs[0].startswith(num):
        segs[0] = segs[0][len(num):].lstrip(".): ")
    if len(segs) >= 2 and FILE_NUMBER.match(segs[0]):
        # "3.1   25-0412   Approval of the Minutes": the agenda system's file number is no title
        segs = segs[1:]
        title = title[title.index(segs[0]):] if segs[0] in title else title
    if len(segs) >= 2 and title.startswith(segs[0]) and len(segs[0]) >= 3:
        return segs[0]
    return title


def _bold_run_title(line: Line, num: Optional[str], title: str) -> str:
    """'04.25.10 Planning –The following ... received:' with only '04.25.10 Planning' in bold: the
    bold words are the title, the plain text run on after them is the minute's content."""
    words = list(line.words)
    if num and words and words[0].text.rstrip(".):") == num:
        words = words[1:]
    k = 0
    while k < len(words) and words[k].bold:
        k += 1
    if k == 0 or k == len(words) or not line.words[0].bold:
        return title
    head = " ".join(w.text for w in words[:k])
    return head if title.startswith(head) else title


def is_centered(line: Line, width: float) -> bool:
    mid = (line.x0 + line.x1) / 2
    return abs(mid - width / 2) < 0.08 * width and line.x0 > 0.25 * width


def clean_title(title: str) -> str:
    t = re.sub(r"\s+", " ", title).strip()
    t = re.sub(r"\s*\((?:agenda)?(?:\s*item)?\s*$", "", t, flags=re.I)  # "(Agenda" wrapped to the next line
    # "Register of Interests None": the item's whole content printed on the heading line
    t = re.sub(r"(?<=\w)\s+(?:None|Nil|N/A)(?:\s+(?:received|declared))?\.?$", "", t)
    t = MOVER_SUFFIX.sub("", t)
    # "Finance -The following accounts were approved: ...": a dash glued to the text run on after the title
    t = re.sub(r"(?<=\w)\s+[–—-](?=[A-Z])[^:]{0,200}:.*$", "", t)
    return t.strip(" :–-")

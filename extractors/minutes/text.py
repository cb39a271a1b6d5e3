"""Paragraphs and sentences of minute text: the units the minutes readers work on.

A paragraph break is a vertical gap clearly wider than the page's line pitch, a line opening with
an enumerator or bullet, or a page break after a line that ends a sentence. Sentences come from
the spaCy rules pipeline (`minutes.nlp`) with the phrases its Matcher found in each, or, without
spaCy, from a regex split.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Optional

from agendapack.extractors.minutes.nlp import sentences_with_labels
from agendapack.extractors.minutes.votes import RESULT_LINE, ROLL_WORDS, named_votes
from agendapack.extractors.text.layer import Line

if TYPE_CHECKING:
    from spacy.language import Language

ENUM_RE = re.compile(r"^(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivxlIVXL]{1,5})[.)]|\((?:\d{1,2}|[a-zA-Z]|[ivxlIVXL]{1,5})\)|[\u2022\u25aa\u25cf\u25e6\uf0a7\uf0b7\uf0d8\-–•·*]|o(?=\s+[A-Z]))\s+")


ROLL_CALL_LINE = re.compile(rf"^{ROLL_WORDS}\s*(?:\(\s*\d{{1,3}}\s*\)\s*)?:", re.I)  # "AYES:", "Yeas (4):"
# a division's "For:" list on a line of its own ("For" is no roll word elsewhere: "For the reasons ...")
FOR_LABEL_LINE = re.compile(r"^for\s*:\s*\S", re.I)
# a "For" option with its count before its names ("For the Amendment (4):  Mr J Gillanders, ..."; the
# other options so printed are roll-call lines)
COUNTED_OPTION_LINE = re.compile(r"^for(?:\s+the\s+(?:motion|amendment))?\s*\(\s*\d{1,3}\s*\)\s*:", re.I)
DIVISION_LABEL_LINE = re.compile(r"^(?:for|against|abstain\w*|abstentions?|in\s+favou?r|ayes?|noes?|nays?|yeas?|motion|amendment)"
                                 r"\s*[:(–-]?\s*\d{1,3}\s*\)?\s*(?:votes?)?\s*:?$", re.I)  # "For (52)", "Motion - 8 votes"


@dataclass
class Para:
    lines: list[Line] = field(default_factory=list)
    start: int = 0  # index of the first line in the list it was cut from

    @property
    def text(self) -> str:
        return join_lines(self.lines)

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def x0(self) -> float:
        return self.lines[0].x0

    @property
    def end(self) -> int:
        return self.start + len(self.lines)


def join_lines(lines: list[Line]) -> str:
    out = ""
    for ln in lines:
        t = ln.text.strip()
        if not out:
            out = t
        elif re.search(r"\w-$", out[-2:]) and t[:1].isupper():  # tail only: paragraphs can be long
            out += t  # "Crow-" + "Brown"
        else:
            out += " " + t
    return out


def join_wrapped_labels(lines: list[Line]) -> list[Line]:
    """A label wrapped onto a second line of its column, its text beside it ("AR SON /" over
    "FOR (20):", "Officers in" over "attendance:"), brought onto its first line, as if printed
    whole there: the words before a slash are the label in another language and are set aside."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        joined = _joined_label(line, nxt) if nxt is not None else None
        if joined is None:
            out.append(line)
            k += 1
            continue
        out.extend(joined)
        k += 2
    return out


def _joined_label(first: Line, second: Line) -> Optional[list[Line]]:
    if first.page != second.page or not first.words or not second.words or abs(first.words[0].x0 - second.words[0].x0) > 3:
        return None
    n_tail = next((j + 1 for j, w in enumerate(second.words[:4]) if w.text.endswith(":")), 0)
    if not n_tail:
        return None
    n_head = next((i + 1 for i, w in enumerate(first.words[:4]) if w.text.endswith("/")), 0)
    if n_head and not any(":" in w.text for w in first.words[:n_head]):
        label = list(second.words[:n_tail])  # "AR SON /" over "FOR (20):": the other language set aside
    else:
        a, b = first.segments, second.segments
        # "Officers in" over "attendance:", each part in the label column, the text beside them
        if len(a) < 2 or not re.fullmatch(r"[^\W\d][^:\d]*", a[0].text.strip()) or len(a[0].text.split()) > 4 or b[0].text.strip() != " ".join(
                w.text for w in second.words[:n_tail]) or (len(b) > 1 and abs(b[1].x0 - a[1].x0) > 3):
            return None
        n_head = len(a[0].text.split())
        label = [*first.words[:n_head], *second.words[:n_tail]]
    # the label's words sit where the first line's did, then the first line's text
    words = (*(w._replace(top=first.top, bottom=first.bottom) for w in label), *first.words[n_head:])
    merged = replace(first, text=" ".join(w.text for w in words), words=words)
    rest = second.words[n_tail:]
    if not rest:
        return [merged]
    return [merged, replace(second, text=" ".join(w.text for w in rest), words=rest, x0=rest[0].x0)]


def line_pitch(lines: list[Line]) -> float:
    diffs = [b.top - a.top for a, b in zip(lines, lines[1:]) if b.page == a.page and 0.8 * a.size < b.top - a.top < 1.8 * a.size]
    return statistics.median(diffs) if diffs else 14.0


# a dash opening a line, then a word in lower case: the clause goes on ("Trustee Marsh" / "– yes, ...")
DASH_CONTINUES = re.compile(r"^[–—-]\s+[a-z]")


def _dash_goes_on(prev: Line, line: Line) -> bool:
    """Whether a line opening with a dash carries on the sentence of the line above (a name and its
    vote joined by a dash, wrapped between them) rather than opening a dashed point: the dash is
    followed by a word in lower case, and the line above stopped mid-clause at the same indent."""
    return bool(DASH_CONTINUES.match(line.text.strip())) and abs(line.x0 - prev.x0) <= 3 and not re.search(
        r"[.:;!?]\s*$", prev.text)


def right_edges(lines: list[Line]) -> dict[int, float]:
    """Each page's right text edge: where its longest lines end."""
    edges: dict[int, float] = {}
    for ln in lines:
        edges[ln.page] = max(edges.get(ln.page, 0.0), ln.x1)
    return edges


def paragraphs(lines: list[Line], pitch: float | None = None, rights: Optional[dict[int, float]] = None) -> list[Para]:
    """The lines in paragraphs. `rights`: each page's right text edge, measured over more than
    these lines (a minute item's few lines may all end short of it)."""
    if not lines:
        return []
    pitch = pitch or line_pitch(lines)
    paras: list[Para] = [Para([lines[0]], 0)]
    right = right_edges(lines)
    for page, x in (rights or {}).items():
        right[page] = max(right.get(page, 0.0), x)
    for i in range(1, len(lines)):
        prev, ln = lines[i - 1], lines[i]
        new = False
        if DIVISION_LABEL_LINE.match(ln.text.strip()) or DIVISION_LABEL_LINE.match(prev.text.strip()):
            new = True  # "For (52)" / "Against (0)" labels of a recorded division
        elif ROLL_CALL_LINE.match(ln.text.strip()) or ROLL_CALL_LINE.match(prev.text.strip()) or FOR_LABEL_LINE.match(ln.text.strip()) \
                or COUNTED_OPTION_LINE.match(ln.text.strip()):
            new = True  # "AYES: A, B, C  NOES: D", "For: Crs A, B and C": a roll-call vote line
        elif ln.page != prev.page:
            # a line opening the page in lower case goes on with the sentence ("Trustee Marsh:" /
            # "yes, Clerk Baird: yes"): no sentence starts in lower case
            new = (bool(re.search(r"[.:;!?”\"]\s*$", prev.text)) and not ln.text[:1].islower()) or bool(ENUM_RE.match(ln.text)) \
                or abs(ln.x0 - prev.x0) > 100 or _ended_early(prev, ln, right[prev.page])
        elif ln.top - prev.top > 1.45 * pitch:
            new = True
        elif ENUM_RE.match(ln.text.strip()):
            new = not _dash_goes_on(prev, ln)
        elif abs(ln.x0 - prev.x0) > 100:
            new = True  # a right-aligned line ("Motion carried.") or a new column
        elif ln.x0 < prev.x0 - 4 and re.search(r"[.:]\s*$", prev.text):
            new = True
        elif _ended_early(prev, ln, right[prev.page]):
            new = True
        if new:
            paras.append(Para([ln], i))
        else:
            paras[-1].lines.append(ln)
    return paras


def _ended_early(prev: Line, ln: Line, right: float) -> bool:
    """A line ended where the next line's first word would have fitted, at the same indent, the
    next opening in capitals: the writer broke the line ("RESOLUTION 2025/41" / "Moved: Cr A" /
    "Seconded: Cr B" / "That ..." / "CARRIED"), so the next line starts a paragraph."""
    if not ln.words or abs(ln.x0 - prev.x0) > 4 or not ln.text[:1].isupper() or re.search(r"[,;–—-]\s*$", prev.text):
        return False
    first = ln.words[0]
    if right - prev.x1 <= (first.x1 - first.x0) + 3.0 * first.size:
        return False  # the line was full: it wrapped (measured first, the cheapest test)
    if len(prev.words) > 5 and not RESULT_LINE.match(ln.text.strip()):
        return False  # a long line ended early is a paragraph's last line only before a result
    # a roll call answered one member a line reads as one paragraph
    return not (named_votes(prev.text, 1) or named_votes(ln.text, 1))


# every Matcher label: what a sentence is assumed to hold when no spaCy pipeline is given
ALL_LABELS = {"RESOLVED", "MOVED", "SECONDED", "CARRIED", "LOST", "APPROVED", "WITHDRAWN", "VOTE_COUNT"}


def labelled_sentences(nlp: Optional[Language], text: str) -> list[tuple[str, set[str]]]:
    """Sentences with the spaCy Matcher labels found in them (RESOLVED, MOVED, CARRIED ...).
    With any pipeline given, the rules pipeline splits and matches (a statistical model is kept
    for names); without spaCy (nlp=None) a regex split, every label assumed present."""
    if nlp is None:
        return [(s, ALL_LABELS) for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"(])", text) if s.strip()]
    return sentences_with_labels(text)


def sentences(nlp: Optional[Language], text: str) -> list[str]:
    """Sentences of a paragraph (see `labelled_sentences`)."""
    return [s for s, _ in labelled_sentences(nlp, text)]

"""Minute headings: where each minute item of a set of minutes starts, its number as printed,
its title, the agenda item it cites, and where the preamble (heading, attendance) ends.

Headings are numbered ("84.", "19.09.01", "R2025-042") when bold, dotted, resolution-numbered or
followed by "(Item N)"; unnumbered bold headings followed by "(Item N)"; bold headings between
the attendance lists and the first numbered minute; and, in minutes without any of those, the
top-level bullets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from agendapack.extractors.minutes.attendance import label_of
from agendapack.extractors.minutes.votes import NAMED_MOVER_HEADER
from agendapack.extractors.text.layer import Line

# a council minute reference: letters, then year and running number ("R2025-042", "TC/24/101")
RESOLUTION_NO = r"[A-Z]{1,4}(?:\s|/)?\d{2,4}[-/]\d{1,4}"
DOTTED_NO = r"\d{1,3}(?:\.\d{1,3}){2,3}"
PLAIN_NO = r"\d{1,4}(?:\.\d{1,2})?[a-z]?"
HEAD_RE = re.compile(rf"^(?P<num>{RESOLUTION_NO}|{DOTTED_NO}|{PLAIN_NO})(?:\.|\)|:)?\s+(?P<title>\S.*)$")
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


@dataclass
class MinutesParts:
    """Intermediate result, handy for inspection and tests."""

    headings: list[Heading] = field(default_factory=list)
    preamble_end: int = 0


def find_headings(lines: list[Line], widths: dict[int, float]) -> MinutesParts:
    """The minute headings of a set of minutes (see the module docstring) and where its preamble ends."""
    heads = _item_headings(lines, widths)
    numbered = [h for h in heads if h.number]
    if numbered:
        heads = sorted(heads + _preamble_headings(lines, widths, heads, numbered[0].index), key=lambda h: h.index)
    if not heads:
        heads = _bullet_headings(lines)
    return MinutesParts(headings=heads, preamble_end=heads[0].index if heads else len(lines))


def _item_headings(lines: list[Line], widths: dict[int, float]) -> list[Heading]:
    """Numbered headings, and bold ones that cite an agenda item, in order."""
    heads: list[Heading] = []
    i = 0
    while i < len(lines):
        ref, ref_at = _item_ref(lines, i + 1)
        opening = _opening(lines[i], ref, ITEM_REF_TAIL.search(lines[i].text.strip()))
        if opening is None:
            i += 1
            continue
        num, title = opening
        head = _heading(lines, widths, i, num, title, ref, ref_at)
        heads.append(head)
        i = head.body_start
    return heads


def _opening(line: Line, ref: Optional[str], tail: Optional[re.Match[str]]) -> Optional[tuple[Optional[str], str]]:
    """(number, title) when the line opens a minute: a number and a capitalised title, strong
    (a resolution or dotted number) or bold or citing an agenda item; or a bold title citing one."""
    t = line.text.strip()
    if label_of(t):
        return None
    m = HEAD_RE.match(t)
    if m:
        num, title = m.group("num"), m.group("title")
        strong = re.fullmatch(RESOLUTION_NO, num) or re.fullmatch(DOTTED_NO, num)
        if (strong or line.bold or ref or tail) and (title[:1].isupper() or title[:1].isdigit()) and not re.match(r"^(?:RESOLVED|Resolved)\b", title):
            return num, title
        return None
    if line.bold and (ref or tail):
        return None, t
    return None


def _heading(lines: list[Line], widths: dict[int, float], i: int, num: Optional[str], title: str,
             ref: Optional[str], ref_at: int) -> Heading:
    """The heading opening at line `i`: its whole title, the agenda item it cites, where its body
    starts, and the mover and seconder a numbered resolution's heading names."""
    ln = lines[i]
    title = _fix_split_initial(ln, title)
    title = _first_segment_title(ln, num, title)
    j = i + 1
    if ln.bold:
        title, j = _wrapped_title(lines, widths, i, title)
        ref2, ref_at2 = _item_ref(lines, j)
        if ref2 and ref_at2 == j:
            ref, ref_at = ref2, ref_at2
    tail = ITEM_REF_TAIL.search(title)
    if tail:
        ref = tail.group("ref")
        title = ITEM_REF_TAIL.sub("", title)
    body_start = max(j, ref_at + 1 if ref_at >= 0 and ref_at <= j else j)
    mover = None
    if num and re.fullmatch(RESOLUTION_NO, num):
        mm = NAMED_MOVER_HEADER.match(title.strip())
        if mm:
            mover = (mm.group("m"), mm.group("s"))
    return Heading(i, body_start, num, _clean_title(title), ref, mover)


def _wrapped_title(lines: list[Line], widths: dict[int, float], i: int, title: str) -> tuple[str, int]:
    """A bold title continued on the following bold lines: the whole title and the index of the
    line after it."""
    ln = lines[i]
    j = i + 1
    while j < len(lines) and lines[j].bold:
        tj = lines[j].text.strip()
        prev = lines[j - 1]
        if HEAD_RE.match(tj) or ITEM_REF_RE.match(tj):
            break
        if prev.x1 < 0.6 * widths.get(prev.page, 600):
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
    start = (max(attendance_labels) + 1) if attendance_labels else 0
    extra: list[Heading] = []
    for k in range(start, first_num):
        ln = lines[k]
        t = ln.text.strip()
        if not ln.bold or label_of(t) or _is_centered(ln, widths.get(ln.page, 600)) or ln.all_caps and len(t.split()) <= 3:
            continue
        if any(h.index == k for h in heads) or (k > 0 and lines[k - 1].bold and k - 1 >= start and extra and extra[-1].index == k - 1):
            continue
        if label_style_bold_colon and t.endswith(":"):
            continue
        if len(t.split()) > 12 or t[:1].islower():
            continue
        # the text after a colon stays in the body
        extra.append(Heading(k, k + 1, None, _clean_title(t.split(":")[0] if ":" in t else t), None))
    return extra


def _bullet_headings(lines: list[Line]) -> list[Heading]:
    """The top-level bullets, in minutes with three or more and no other headings."""
    bullets = [(i, ln, m) for i, ln in enumerate(lines) if (m := BULLET_HEAD.match(ln.text.strip())) and not label_of(ln.text)]
    if len(bullets) < 3:
        return []
    top = min(ln.x0 for _, ln, _ in bullets)
    # the bullet line itself may carry the motion ("... approved – Z. Smith (motion), T. Jones (second)")
    return [Heading(i, i, None, _clean_title(m.group("title")), None) for i, ln, m in bullets if ln.x0 <= top + 3]


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


def _first_segment_title(line: Line, num: Optional[str], title: str) -> str:
    """'20.01.02 Register of Interests      None': text beyond a column-wide gap is content."""
    segs = [sg.text.strip() for sg in line.segments]
    if num and segs and segs[0].rstrip(".):") == num:
        segs = segs[1:]
    elif num and segs and segs[0].startswith(num):
        segs[0] = segs[0][len(num):].lstrip(".): ")
    if len(segs) >= 2 and title.startswith(segs[0]) and len(segs[0]) >= 3:
        return segs[0]
    return title


def _is_centered(line: Line, width: float) -> bool:
    mid = (line.x0 + line.x1) / 2
    return abs(mid - width / 2) < 0.08 * width and line.x0 > 0.25 * width


def _clean_title(title: str) -> str:
    t = re.sub(r"\s+", " ", title).strip()
    t = re.sub(r"\s*\((?:agenda)?(?:\s*item)?\s*$", "", t, flags=re.I)  # "(Agenda" wrapped to the next line
    # "Register of Interests None": the item's whole content printed on the heading line
    t = re.sub(r"(?<=\w)\s+(?:None|Nil|N/A)(?:\s+(?:received|declared))?\.?$", "", t)
    t = MOVER_SUFFIX.sub("", t)
    return t.strip(" :–-")

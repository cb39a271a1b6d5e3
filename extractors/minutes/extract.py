"""Minutes: meeting header, attendance, minute items with their resolutions, motions and votes.

Pure functions from text-layer lines to `Minutes` records. `extract_minutes(lines)` reads one
set of minutes (a file published alone, or a "minutes of the previous meeting" document inside a
pack). Attendance lives in `minutes_attendance`, resolutions/motions/votes in `minutes_votes`,
the spaCy pipeline in `minutes_nlp`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from agendapack.extractors.documents import ITEM_STAMP, Segment
from agendapack.extractors.documents import classify as classify_page
from agendapack.extractors.minutes import attendance as att
from agendapack.extractors.minutes.text import join_lines, paragraphs
from agendapack.extractors.minutes.votes import NAMED_MOVER_HEADER, analyse_item
from agendapack.extractors.text.dates import DATE_RE, TIME_24_RE, parse_date, parse_time
from agendapack.extractors.text.layer import Line, PageText, TextLayer
from agendapack.model import AgendaItem, Attendee, MinuteItem, Minutes, MinutesMeeting, PageSpan, flat_agenda

# ---- minute item headings ----------------------------------------------------------------------

# a council minute reference: letters, then year and running number ("R2025-042", "TC/24/101")
RESOLUTION_NO = r"[A-Z]{1,4}(?:\s|/)?\d{2,4}[-/]\d{1,4}"
DOTTED_NO = r"\d{1,3}(?:\.\d{1,3}){2,3}"
PLAIN_NO = r"\d{1,4}(?:\.\d{1,2})?[a-z]?"
HEAD_RE = re.compile(rf"^(?P<num>{RESOLUTION_NO}|{DOTTED_NO}|{PLAIN_NO})(?:\.|\)|:)?\s+(?P<title>\S.*)$")
ITEM_REF_RE = re.compile(r"^\(?\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<ref>\d{1,3}(?:\.\d{1,2})?[a-z]?|[A-Z]\d{0,2})\s*\)?\s*\.?$", re.I)
ITEM_REF_TAIL = re.compile(r"\s*\(\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(?P<ref>\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*\)\s*$", re.I)
BULLET_HEAD = re.compile(r"^(?P<b>[^\w\s(\"“'£$&.,])\s+(?P<title>\S.*)$")
MOVER_SUFFIX = re.compile(r"\s+[–—-]\s+[^–—-]*\(\s*(?:motion|moved|mover)\s*\).*$", re.I)
SIGNATURE_RE = re.compile(r"^(?:signed|dated?|chairman|chair|mayor|clerk)\b[\s.:_…]*(?:[_.…]{3,}.*)?$|^[_.…\s]{6,}$", re.I)


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


def find_headings(lines: list[Line], widths: dict[int, float]) -> MinutesParts:
    """Minute item headings: numbered ("84.", "19.09.01", "R2025-042") when bold, dotted,
    resolution-numbered or followed by "(Item N)"; unnumbered bold headings followed by
    "(Item N)"; bold headings between the attendance lists and the first numbered minute; and,
    in minutes without any of those, the top-level bullets."""
    n = len(lines)
    heads: list[Heading] = []
    attendance_labels = [i for i, ln in enumerate(lines[:80]) if att.label_of(ln.text)]
    label_style_bold_colon = any(lines[i].bold and lines[i].text.rstrip().endswith(":") for i in attendance_labels)
    i = 0
    while i < n:
        ln = lines[i]
        t = ln.text.strip()
        m = HEAD_RE.match(t)
        ref, ref_at = _item_ref(lines, i + 1)
        tail = ITEM_REF_TAIL.search(t)
        accepted = False
        if m and not att.label_of(t):
            num, title = m.group("num"), m.group("title")
            strong = re.fullmatch(RESOLUTION_NO, num) or re.fullmatch(DOTTED_NO, num)
            if (strong or ln.bold or ref or tail) and (title[:1].isupper() or title[:1].isdigit()) and not re.match(r"^(?:RESOLVED|Resolved)\b", title):
                accepted = True
        elif ln.bold and (ref or tail) and not att.label_of(t):
            num, title, accepted = None, t, True
        if not accepted:
            i += 1
            continue
        title = _fix_split_initial(ln, title)
        title = _first_segment_title(ln, num, title)
        j = i + 1
        # wrapped bold titles continue on the following bold lines
        if ln.bold:
            while j < n and lines[j].bold:
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
        # "Disclosure of pecuniary interest: None." -> title before the colon
        heads.append(Heading(i, body_start, num, _clean_title(title), ref, mover))
        i = body_start
    numbered = [h for h in heads if h.number]
    first_num = numbered[0].index if numbered else n
    # bold headings between attendance and the first numbered minute
    if numbered:
        start = (max(attendance_labels) + 1) if attendance_labels else 0
        extra = []
        for k in range(start, first_num):
            ln = lines[k]
            t = ln.text.strip()
            if not ln.bold or att.label_of(t) or _is_centered(ln, widths.get(ln.page, 600)) or ln.all_caps and len(t.split()) <= 3:
                continue
            if any(h.index == k for h in heads) or (k > 0 and lines[k - 1].bold and k - 1 >= start and extra and extra[-1].index == k - 1):
                continue
            if label_style_bold_colon and t.endswith(":"):
                continue
            if len(t.split()) > 12 or t[:1].islower():
                continue
            extra.append(Heading(k, k + 1, None, _clean_title(t.split(":")[0] if ":" in t else t), None))
            # the text after a colon stays in the body
        heads = sorted(heads + extra, key=lambda h: h.index)
    if not heads:
        heads = _bullet_headings(lines)
    return MinutesParts(headings=heads, preamble_end=heads[0].index if heads else n)


def _clean_title(title: str) -> str:
    t = re.sub(r"\s+", " ", title).strip()
    t = re.sub(r"\s*\((?:agenda)?(?:\s*item)?\s*$", "", t, flags=re.I)  # "(Agenda" wrapped to the next line
    # "Register of Interests None": the item's whole content printed on the heading line
    t = re.sub(r"(?<=\w)\s+(?:None|Nil|N/A)(?:\s+(?:received|declared))?\.?$", "", t)
    t = MOVER_SUFFIX.sub("", t)
    return t.strip(" :–-")


def _bullet_headings(lines: list[Line]) -> list[Heading]:
    bullets = [(i, ln) for i, ln in enumerate(lines) if BULLET_HEAD.match(ln.text.strip()) and not att.label_of(ln.text)]
    if len(bullets) < 3:
        return []
    top = min(ln.x0 for _, ln in bullets)
    out = []
    for i, ln in bullets:
        if ln.x0 <= top + 3:
            title = BULLET_HEAD.match(ln.text.strip()).group("title")
            # the bullet line itself may carry the motion ("... approved – Z. Smith (motion), T. Jones (second)")
            out.append(Heading(i, i, None, _clean_title(title), None))
    return out


# ---- meeting header ----------------------------------------------------------------------------

BODY_RE = re.compile(
    r"\bminutes\s+of\s+(?:a|the)\s+(?:[\w-]+\s+){0,3}?meeting\s+of\s+(?:the\s+)?(?P<body>.+?)(?:\s+held\b|\s+on\s|,|$)"
    r"|\b(?:a|the)\s+(?:regular|special|ordinary|extraordinary|annual|adjourned|public)?\s*meeting\s+of\s+(?:the\s+)?(?P<body2>.+?)\s+(?:was\s+)?held\b",
    re.I,
)
VENUE_RE = re.compile(
    r"\bheld\s+(?:in\s+person\s+)?(?:in|at)\s+(?:the\s+)?(?P<v>.+?)(?:,?\s+on\s+(?:\w+day|\d)|,?\s+and\s+(?:livestreamed|broadcast|streamed)|\.\s|\.$|$)",
    re.I,
)
START_RE = re.compile(r"\b(?:commenced|started|starting|began|beginning|opened|called\s+(?:[\w-]+\s+){0,4}?to\s+order|convened)\b(?:[^.]|\.(?=\d)|(?<=\b[ap])\.|\.(?=m\b)){0,40}?(?P<t>\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|noon)|\b\d{1,2}[.:]\d{2}\b)", re.I)
END_RE = re.compile(r"\b(?:closed|close|adjourned|ended|concluded|terminated|finished|rose)\b(?:[^.]|\.(?=\d)|\.(?=m\b)|(?<=\b[ap])\.|\.(?=\s*time\b)){0,40}?(?P<t>\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|noon)|\b\d{1,2}[.:]\d{2}\b)", re.I)
# the heading's "held on Monday 14 October 2024 at 7.00pm": the time the meeting was called for
HELD_AT_RE = re.compile(r"\bheld\b[^.;]{0,60}?\bat\s+(?P<t>\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?|noon)|\d{1,2}[.:]\d{2}\b(?![./]\d))", re.I)
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
    head = [ln for ln in lines[: max(3, min(preamble_end, 14))] if not ITEM_STAMP.match(ln.text.strip())]
    first_label = next((k for k, ln in enumerate(head) if att.label_of(ln.text)), None)
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
            if att.label_of(t):
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


# ---- attendance --------------------------------------------------------------------------------


ROLL_CALL_TITLE = re.compile(r"^(?:roll\s+call|attendance|(?:members\s+)?present)\b", re.I)


def attendance(lines: list[Line], parts: MinutesParts, nlp=None) -> att.Roll:
    roll = att.Roll()
    heads = parts.headings
    end = heads[1].index if len(heads) > 1 else len(lines)
    # attendance lists: the preamble, the first item's body (lists printed under a heading), and
    # the body of an item that is the roll call ("2. ROLL CALL" in the minutes' running order)
    scan = [k for k in range(0, end)]
    for hi, h in enumerate(heads[1:], start=1):
        if ROLL_CALL_TITLE.match(h.title):
            nxt = heads[hi + 1].index if hi + 1 < len(heads) else len(lines)
            scan.extend(range(h.body_start, nxt))
    k = 0
    while k < len(scan):
        i = scan[k]
        lab = att.label_of(lines[i].text)
        if not lab:
            k += 1
            continue
        status, _, rest = lab
        block = [rest] if rest else []
        page = lines[i].page
        j = i + 1
        stop = next((h.index for h in heads if h.index > i), len(lines))
        while j < stop and not att.label_of(lines[j].text):
            gap = lines[j].top - lines[j - 1].top if lines[j].page == lines[j - 1].page else 99
            if gap > 1.6 * max(lines[j - 1].size, 8) * (1.0 if block else 2.2):
                break
            if re.search(r"[.]\s*$", lines[j - 1].text) and block and _starts_sentence(lines[j].text) and status != "present":
                break
            if j - 1 >= i and lines[j].bold and not lines[j - 1].bold and block:
                break
            block.append(lines[j].text.strip())
            j += 1
        text = " ".join(block)
        # a sentence ends the list ("Under item 4(v) ... the Town Clerk advised ...")
        for e in att.entries_from_list(_list_part(text), status, page):
            roll.add(e)
        k = next((q for q in range(k + 1, len(scan)) if scan[q] >= j), len(scan))
    # apologies / virtual / substitution sentences in the preamble and items about apologies
    # apologies are read in the preamble, the first item and items about apologies; virtual
    # attendance and substitutes anywhere
    sentence_zones = [(0, heads[0].index if heads else len(lines), True, False)]
    for hi, h in enumerate(heads):
        nxt = heads[hi + 1].index if hi + 1 < len(heads) else len(lines)
        about = bool(re.search(r"apolog|attendance|substitut|absen", h.title, re.I))
        sentence_zones.append((h.body_start, nxt, about or hi == 0, bool(re.search(r"apolog", h.title, re.I))))
    for a, b, apologies_zone, apologies_item in sentence_zones:
        zone = lines[a:b]
        if not zone:
            continue
        for para in paragraphs(zone):
            if not apologies_zone and not re.search(r"virtual|remote|online|via\s|substitut", para.text, re.I):
                continue
            _attendance_sentences(roll, para.text, para.page, nlp, apologies_item=apologies_item, apologies=apologies_zone)
    return roll


def _starts_sentence(text: str) -> bool:
    return bool(re.match(r"^(?:The|Under|In|It|There|This|At|All|A|An|Due|Following)\b", text.strip()))


def _list_part(text: str) -> str:
    # stop at a following sentence ("... and Wood. Under item 4(v) ...")
    m = re.search(r"\.\s+(?=(?:The|Under|In|It|There|This|At|All|Due|Following|[A-Z][a-z]+\s+(?:was|were|had|left|arrived|joined))\b)", text)
    return text[: m.start()] if m else text


def _attendance_sentences(roll: att.Roll, text: str, page: int, nlp, apologies_item: bool, apologies: bool = True) -> None:
    text = re.sub(r"\s+", " ", text).strip()
    from agendapack.extractors.minutes.votes import _sentences

    for sent in _sentences(nlp, text):
        subs = att.substitutions(sent)
        clean = sent
        for sub, absent in subs:
            roll.mark(absent, "apologies", page)
            roll.mark(sub, "substitute", page, substitute_for=absent)
        if subs:
            # remove the substitution clauses before reading the apologies list
            clean = re.sub(r"\s*,?\s*(?:who\s+(?:was|were)\s+)?substituted\s+by\s+[^,;]+?(?=[,;]|\.\s*$|$)", "", clean)
            clean = re.sub(r"\s*,?\s*with\s+[^,;]+?\s+substituting\b", "", clean)
        am = att.APOLOGY_SENT.search(clean) if apologies else None
        if am and not re.search(r"\bbut\b[^.]*\b(?:attend|present|virtual)", clean, re.I):
            lst = am.group("list") or am.group("list2")
            for p in att.parse_people(_trim_list(lst)) or _ner_people(nlp, lst):
                if p.virtual:
                    roll.mark(p.name, "virtual", page)
                else:
                    e = roll.find(p.name, ("substitute",))
                    if e is None:
                        roll.mark(p.name if not p.role else f"{p.name}, {p.role}", "apologies", page)
            continue
        vm = att.VIRTUAL_SENT.search(clean)
        if vm:
            lst = re.sub(r"^.*\b(?:and\s+)?(?:that\s+)?(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b)", "", vm.group("list"))
            names = _trim_list(lst)
            rest = (lst + " " + vm.group(0)[len(vm.group("list")):]).strip()[len(names):].split()
            if not names or (rest and rest[0].lower().strip(",") not in att.SUBJECT_VERBS):
                continue
            for p in att.parse_people(_trim_list(lst)) or _ner_people(nlp, vm.group(0)):
                if apologies or p.honorific or _plausible_name(p.name):
                    roll.mark(p.name, "virtual", page)
            continue
        if apologies_item and not subs and _is_bare_list(clean):
            for p in att.parse_people(clean):
                roll.mark(p.name if not p.role else f"{p.name}, {p.role}", "apologies", page)


def _ner_people(nlp, text: str) -> list[att.PersonRef]:
    """People in free text found by spaCy: the honorific rules and, with a statistical model
    installed, its NER (names printed without an honorific)."""
    if nlp is None:
        return []
    from agendapack.extractors.minutes.nlp import people

    return [att.split_name(n) for n in people(nlp, text) if n]


NOT_NAMES = {"the", "this", "it", "members", "member", "council", "committee", "meeting", "all", "officers", "public", "board"}


def _plausible_name(name: str) -> bool:
    toks = name.split()
    return 2 <= len(toks) <= 4 and all(t[:1].isupper() for t in toks) and not any(t.lower() in NOT_NAMES for t in toks)


def _trim_list(lst: str) -> str:
    lst = re.split(r"\s+(?:who|which|as|because|due|for\s+(?:the|this|their))\b", lst)[0]
    lst = re.sub(r"\b(?:and\s+)?from\s+", "and ", lst)
    # names end at the first lowercase word (outside brackets) other than a conjunction or particle
    out, depth = [], 0
    for w in lst.split():
        if depth == 0 and w[:1].islower() and w not in {"and", "de", "van", "von", "der", "la", "le", "da"}:
            break
        depth += w.count("(") - w.count(")")
        out.append(w)
    return re.sub(r"(?:,|\band)\s*$", "", " ".join(out).strip(" .,")).strip(" ,")


def _is_bare_list(text: str) -> bool:
    """'Cllrs Lee, Ward and Moss.' / 'Alan Green, VDC' - names only, no verb."""
    t = text.strip(" .")
    if not t or re.fullmatch(r"(?:none|nil|none received|no apologies.*)", t, re.I):
        return False
    words = re.findall(r"[A-Za-z'’-]+", t)
    if not words or len(words) > 40:
        return False
    lower = [w for w in words if w[0].islower() and w not in {"and", "for", "of", "the"}]
    return not lower


# ---- the whole minutes -------------------------------------------------------------------------


def extract_minutes(lines: list[Line], nlp=None, widths: Optional[dict[int, float]] = None) -> Minutes:
    """Read one set of minutes from its text-layer lines (running headers/footers removed)."""
    lines = [ln for ln in lines if ln.text.strip() and not SIGNATURE_RE.match(ln.text.strip())]
    if not lines:
        raise ValueError("no text lines")
    widths = widths or {}
    parts = find_headings(lines, widths)
    heads = parts.headings
    all_text = join_lines(lines)
    meeting = meeting_header(lines, parts.preamble_end, all_text)
    roll = attendance(lines, parts, nlp)
    items: list[MinuteItem] = []
    for hi, h in enumerate(heads):
        end = heads[hi + 1].index if hi + 1 < len(heads) else len(lines)
        body = lines[h.body_start:end]
        span_lines = lines[h.index:end]
        title = h.title
        header_text = None
        if h.mover and body:
            # numbered resolutions: the operative "That ..." sentence is the title
            first = paragraphs(body)[0].text
            sent = re.split(r"(?<=[.])\s+(?=[A-Z])", first)[0]
            title = header_text = re.sub(r"\s+Carried\.?$", "", sent).strip()
        key = h.number or f"i{hi + 1}"
        resolutions, motions, votes = analyse_item(body, f"{key}.", nlp, roll, h.mover, header_text)
        items.append(
            MinuteItem(
                number=h.number,
                title=title,
                agenda_item=h.agenda_item,
                text=join_lines(body),
                pages=PageSpan(first=span_lines[0].page, last=span_lines[-1].page),
                resolutions=resolutions,
                motions=motions,
                votes=votes,
            )
        )
    _elected_roles(roll, items)
    attendance_out = [
        Attendee(name=e.name, honorific=e.honorific, role=e.role, status=e.status, substitute_for=e.substitute_for, page=e.page)
        for e in roll.entries
        if e.name
    ]
    return Minutes(
        meeting=meeting,
        pages=PageSpan(first=lines[0].page, last=lines[-1].page),
        attendance=attendance_out,
        items=items,
    )


ELECTED_RE = re.compile(
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Cllr|Councillor)\.?\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]+)\s+(?:be|was|is|were)\s+"
    r"(?:duly\s+)?elected\s+(?:as\s+|to\s+)?(?:the\s+)?(?P<role>(?i:vice[- ]chair(?:man)?|chair(?:man)?|mayor|deputy\s+mayor|president))\b"
)


def _elected_roles(roll: att.Roll, items: list[MinuteItem]) -> None:
    """'RESOLVED that Mr Smith be elected to Chair the meeting' -> Mr J Smith's role is Chairman."""
    for it in items:
        for r in it.resolutions:
            for m in ELECTED_RE.finditer(r.text):
                name = att.split_name(re.sub(r"^(?i:that)\s+", "", m.group("name"))).name
                e = roll.find(name, ("present",))
                if e is not None and not e.role:
                    e.role = att.normalise_role(m.group("role"))


def minutes_from_pages(pages: list[PageText], nlp=None) -> Minutes:
    lines = [ln for p in pages if not p.is_blank for ln in p.lines]
    return extract_minutes(lines, nlp, {p.number: p.width for p in pages})


MINUTES_WORD = re.compile(r"\bminutes\b", re.I)


def looks_like_minutes(pages: list[PageText]) -> bool:
    """Minutes printed without the word "Minutes" on top (parish and committee minutes): an
    attendance list near the top and decisions or minute numbers below it; or "minutes" in the
    running header/footer."""
    text_pages = [p for p in pages if p.lines]
    if not text_pages:
        return False
    first = text_pages[0]
    head = first.lines[:25]
    if any(MINUTES_WORD.search(ln.text) for p in text_pages[:2] for ln in p.furniture) and any(att.label_of(ln.text) for ln in head):
        return True
    has_label = any(att.label_of(ln.text) and att.label_of(ln.text)[0] in {"present", "in_attendance", "absent"} for ln in head)
    if not has_label:
        return False
    body = " ".join(ln.text for p in text_pages[:3] for ln in p.lines)
    decisions = len(re.findall(r"\b(?:resolved|seconded|carried|agreed|apologies|approved)\b", body, re.I))
    return decisions >= 2


# ---- where a pack's minutes are ----------------------------------------------------------------


def _approving_item(agenda: list[AgendaItem], seg: Segment, layer: TextLayer) -> Optional[str]:
    """The agenda item whose title mentions minutes and whose printed range covers the pages."""
    if seg.agenda_item:
        return seg.agenda_item
    for it in flat_agenda(agenda):
        if not MINUTES_WORD.search(it.title or ""):
            continue
        if it.physical_pages and it.physical_pages.first <= seg.first <= it.physical_pages.last:
            return it.number
        printed = layer.page(seg.first).printed_number
        if it.pages and printed and printed.isdigit() and it.pages.first <= int(printed) <= it.pages.last:
            return it.number
    return None


def minutes_spans(layer: TextLayer, segments: list[Segment], agenda: list[AgendaItem]) -> list[tuple[int, int, Optional[str]]]:
    """(first, last, agenda item) physical page spans holding minutes: the whole file when it is
    minutes published alone (it says so on top, or reads like minutes), else every document
    segment of kind "minutes", filed under the agenda item that approves it."""
    text_pages = [p for p in layer.pages if p.lines]
    if not text_pages:
        return []
    kind, _ = classify_page(text_pages[0])
    if kind == "minutes" or (kind in {"other", "report"} and looks_like_minutes(layer.pages)):
        return [(1, len(layer.pages), None)]
    return [(seg.first, seg.last, _approving_item(agenda, seg, layer)) for seg in segments if seg.kind == "minutes"]

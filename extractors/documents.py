"""Segment a pack into documents: front sheet, agenda, covering letter, minutes, reports,
appendices, separator pages.

A new document starts on the first page, after a separator page, on a page stamped
"Agenda Item N", on the printed page where an agenda item's range begins, and on a page whose
top announces a new kind of document ("Appendix B", "Minutes of ...", "Record of Decision").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from agendapack.extractors.agenda import numbered_runs, parse_number
from agendapack.extractors.text.layer import Line, PageText, TextLayer, median_size, wraps_heading
from agendapack.model import AgendaItem, Document, PageSpan, flat_agenda

ITEM_STAMP = re.compile(r"^(?:agenda\s+)?item\s+(?:no\.?\s*)?([0-9]{1,3}(?:\.[0-9]{1,2})?[a-z]?|[A-Z]\d{0,2})$", re.I)
# an entry numbered after the word "Item" ("Item 5. Consent Agenda"), no heading
ITEM_LEAD = re.compile(r"(?:agenda\s+)?item\s+(?:no\.?\s*)?\d", re.I)
APPENDIX_RE = re.compile(r"^(?:appendix|annex|annexe|schedule)\s+([A-Z0-9]{1,3})\b", re.I)
# "Minutes of the ... meeting", "Draft minutes", a body's name over "MINUTES" ("Commissioners
# Court Minutes"), but not an item approving them ("Approval of Minutes", "Previous Minutes")
MINUTES_RE = re.compile(r"^(?!\d)(?:draft\s+|unconfirmed\s+|printed\s+)?minutes\b|\bmeeting\s+minutes\s*$|\bminutes\s+of\s+(?:a|the)\s+(?:\w+\s+){0,3}meeting\b"
                        r"|^(?!.*\b(?:of|approv\w*|confirm\w*|adopt\w*|previous|last|draft|read|signing)\b)(?:[\w'&.-]+\s+){1,5}minutes\s*$", re.I)
# "Agenda", "Meeting Agenda", a bilingual "CLÁR / AGENDA" or "AGENDA | AGENDA"-style pair
AGENDA_RE = re.compile(
    r"^(?:\W*)(?:(?:\w+(?:\s*[/|]\s*|\s+)){0,4})agenda(?:\s+(?:and\s+notice|frontsheet|front sheet)|\s*[/|]\s*\w+)?\W*$|^\W*agenda\W*$",
    re.I,
)
# the agenda headed by the business to be done ("BUSINESS" under a summons, "Order of Business")
BUSINESS_TITLE = re.compile(r"^\W*(?:order\s+of\s+)?business\W*$", re.I)
LETTER_RE = re.compile(r"^dear\s+(?:member|councillor|sir|madam|all|colleague|\w+)", re.I)
DECISION_RE = re.compile(r"\b(?:proposed\s+)?record\s+of\s+decision\b|\bdecision\s+(?:notice|record)\b", re.I)
QUESTIONS_RE = re.compile(r"\bquestions?\s+(?:put|to|from|and\s+answers)\b", re.I)
REPORT_RE = re.compile(r"^(?:from|to|subject|report\s+(?:of|by|to)|contact\s+officer|classification|summary|purpose\s+of\s+report|reason\s+for\s+item|recommendations?)\s*:?", re.I)


@dataclass
class Segment:
    kind: str
    first: int
    last: int
    title: Optional[str] = None
    agenda_item: Optional[str] = None
    reasons: list[str] = field(default_factory=list)


def _unspaced(text: str) -> str:
    """A heading letter-spaced ("A G E N D A", "C L Á R / A G E N D A") as its words; else as it is."""
    toks = text.split()
    return text.replace(" ", "") if len(toks) >= 4 and all(len(tok) == 1 for tok in toks) else text


def is_agenda_heading(text: str) -> bool:
    """A short line announcing an agenda ("AGENDA", "A G E N D A", "City Council Agenda for ...")."""
    t = text.strip()
    if ITEM_STAMP.match(t) or len(t.split()) > 12:
        return False
    t = _unspaced(t)
    return bool(re.search(r"\bagenda\b", t, re.I)) and not re.search(r"\bon\s+(?:the|this)\s+agenda\b|\bagenda\s+item\b", t, re.I)


def _head_lines(page: PageText, n: int = 14) -> list[Line]:
    return page.lines[:n]


def item_stamp(page: PageText) -> Optional[str]:
    """The "Agenda Item N" stamp ModernGov prints at the top of an item's first page."""
    for ln in page.lines[:4] + page.furniture:
        if ln.top < 0.2 * page.height:
            m = ITEM_STAMP.match(ln.text.strip())
            if m:
                return m.group(1)
    return None


def classify(page: PageText) -> tuple[str, Optional[str]]:
    """(kind, title) judged from the top of the page that opens a document."""
    head = _head_lines(page)
    texts = [ln.text.strip() for ln in head]
    first_kind = None
    for ln, t in zip(head, texts):
        if LETTER_RE.match(t):
            return "covering_letter", None
        if DECISION_RE.search(t) and len(t.split()) <= 12:
            return "decision_record", t
        if _is_minutes_heading(ln, page):
            first_kind = first_kind or ("minutes", t)
        if (AGENDA_RE.match(t) or (is_agenda_heading(t) and (ln.bold or ln.all_caps or ln.size > 12))) and not ITEM_STAMP.match(t) \
                and not ITEM_LEAD.match(t):
            first_kind = first_kind or ("agenda", t)
        m = APPENDIX_RE.match(t)
        if m and ln.top < 0.35 * page.height:
            first_kind = first_kind or ("appendix", t)
        if QUESTIONS_RE.search(t) and len(t.split()) <= 14 and ln.top < 0.4 * page.height:
            first_kind = first_kind or ("questions", t)
    if first_kind:
        return first_kind
    if any(_is_attendance_label(ln, page) for ln in head) or any(
        re.search(r"\bminutes\b", ln.text, re.I) and len(ln.text.split()) <= 10 for ln in page.furniture
    ):
        # minutes open with who was present; many print "Minutes" only in the running header
        return "minutes", _prominent(head)
    if sum(bool(REPORT_RE.match(t)) for t in texts) >= 1:
        title = _report_title(head)
        return "report", title
    title = _prominent(head)
    return "other", title


ATTENDANCE_LABEL = re.compile(
    r"^(?:(?:members|councillors|commissioners|trustees|directors|committee\s+members)\s+)?present\b\s*:?", re.I
)


def _is_attendance_label(ln: Line, page: PageText) -> bool:
    return ln.top < 0.45 * page.height and bool(ATTENDANCE_LABEL.match(ln.text.strip()))


def _opens_with_number(text: str) -> bool:
    """Whether a line opens with an item number ("4.", "b)", "IV."): an entry of a list, not a heading."""
    words = text.split(maxsplit=1)
    if ITEM_LEAD.match(text):
        return True
    return bool(words) and (words[0][:1].isdigit() or (len(words) > 1 and parse_number(words[0]) is not None))


def _is_minutes_heading(ln: Line, page: PageText) -> bool:
    t = ln.text.strip()
    # an agenda entry about minutes ("b) CITY COUNCIL MEETING MINUTES") is not the minutes' heading
    if _opens_with_number(t) or not MINUTES_RE.search(t) or ln.top > 0.45 * page.height:
        return False
    prominent = ln.bold or ln.all_caps or ln.size > page.body_size + 0.5
    return (prominent and len(t.split()) <= 25) or bool(re.match(r"^(?:draft\s+|unconfirmed\s+)?minutes\s+of\b", t, re.I))


def _report_title(head: list[Line]) -> Optional[str]:
    for ln in head:
        m = re.match(r"^subject\s*:?\s*(.+)$", " ".join(s.text for s in ln.segments), re.I)
        if m:
            return m.group(1).strip()
    return _prominent(head)


def _prominent(head: list[Line]) -> Optional[str]:
    cands = [ln for ln in head if not ITEM_STAMP.match(ln.text.strip()) and len(ln.text) > 3]
    if not cands:
        return None
    best = max(cands, key=lambda ln: (ln.size, ln.bold, -ln.top))
    parts = [best.text.strip()]
    prev = best
    for ln in head[head.index(best) + 1 :]:
        if not wraps_heading(prev, ln):
            break
        parts.append(ln.text.strip())
        prev = ln
    return " ".join(parts)


def segment_documents(layer: TextLayer, item_ranges: dict[str, tuple[int, int]] | None = None) -> list[Segment]:
    """Split the pack into documents.

    `item_ranges` maps agenda item numbers to the *printed* page ranges the agenda gives; the
    printed page where a range begins opens a document filed under that item.
    """
    item_ranges = item_ranges or {}
    starts_at_printed = {first: num for num, (first, _last) in item_ranges.items()}
    segments: list[Segment] = []
    prev_blank = False
    for page in layer.pages:
        if page.is_blank or page.is_scanned:
            kind = "separator" if page.is_blank else "other"
            title = "This page is intentionally left blank" if page.is_blank and page.lines else None
            if page.is_scanned:
                title = "scanned page (no text layer)"
            if segments and segments[-1].kind == kind and segments[-1].last == page.number - 1:
                segments[-1].last = page.number
            else:
                segments.append(Segment(kind, page.number, page.number, title))
            prev_blank = True
            continue
        reasons = []
        stamp = item_stamp(page)
        printed = int(page.printed_number) if page.printed_number and page.printed_number.isdigit() else None
        kind, title = classify(page)
        if not segments:
            reasons.append("first page")
        if prev_blank:
            reasons.append("after separator")
        if stamp:
            reasons.append(f"stamped Agenda Item {stamp}")
        if printed is not None and printed in starts_at_printed:
            reasons.append(f"printed page {printed} opens item {starts_at_printed[printed]}")
        if kind in {"minutes", "appendix", "decision_record", "covering_letter", "agenda"} and segments and segments[-1].kind != kind:
            reasons.append(f"{kind} heading")
        if kind == "appendix" and segments and segments[-1].kind == "appendix" and title != segments[-1].title:
            reasons.append("new appendix")
        prev_blank = False
        if reasons:
            item = stamp or (starts_at_printed.get(printed) if printed is not None else None)
            if kind == "agenda" and segments:
                kind = "agenda"
            seg = Segment(kind, page.number, page.number, title, item, reasons)
            if not segments and kind in {"agenda", "other"} and _looks_like_front_sheet(page):
                seg.kind = "front_sheet"
            segments.append(seg)
        else:
            segments[-1].last = page.number

    # documents inside an item's printed range belong to that item
    for seg in segments:
        if seg.agenda_item is None and seg.kind not in {"front_sheet", "agenda", "covering_letter"}:
            printed = _printed_of(layer, seg.first)
            if printed is not None:
                for num, (first, last) in item_ranges.items():
                    if first <= printed <= last:
                        seg.agenda_item = num
                        break
    return segments


def _printed_of(layer: TextLayer, physical: int) -> Optional[int]:
    p = layer.page(physical).printed_number
    return int(p) if p and p.isdigit() else None


def _looks_like_front_sheet(page: PageText) -> bool:
    text = page.text.lower()
    return bool(re.search(r"\bagenda\b", text)) and bool(
        re.search(r"\b(date|time|venue|ask for|contact|members|councillors|roll call|call to order|apologies)\b", text)
    )


def front_matter_pages(layer: TextLayer) -> list[int]:
    """Physical pages before the first numbered page of a ModernGov-style pack, where the front
    sheet and agenda live; the whole document when it has no such split."""
    numbered = [p.number for p in layer.pages if p.printed_number and p.printed_number.isdigit()]
    if numbered:
        first_numbered = numbered[0]
        printed_number = layer.page(first_numbered).printed_number
        assert printed_number is not None  # `numbered` holds only pages with a printed number
        first_printed = int(printed_number)
        if first_numbered > 1 and first_printed == 1:
            return list(range(1, first_numbered))
    return [p.number for p in layer.pages]


# ---- the agenda's pages ------------------------------------------------------------------------

# a file that opens with one of these cites agenda items; it is not an agenda
NOT_AGENDA_KINDS = {"minutes", "decision_record", "report"}
# how many pages into a file an agenda may start (after a front sheet, members, "useful
# information", terms of reference ...)
AGENDA_SEARCH_PAGES = 8
# how many lines above its first item an agenda's heading may stand ("Page No.", "PART 1 ...")
HEADING_REACH = 8
# words that make a line about the agenda an item, not its heading ("Approval of the Agenda")
NOT_HEADING_WORDS = {"of", "the", "to", "on", "approval", "approve", "adoption", "adopt", "consent", "changes"}


def is_agenda_title(line: Line, body_size: float) -> bool:
    """A line that heads an agenda: short, prominent, not numbered, reading "Agenda" (letter-spaced
    or after a few words: "Meeting Agenda"), not an item about the agenda ("Approval of the Agenda")."""
    t = line.text.strip()
    if _opens_with_number(t) or ITEM_STAMP.match(t) or not (line.bold or line.all_caps or line.size > body_size + 0.5):
        return False
    t = _unspaced(t)
    if BUSINESS_TITLE.match(t):
        return True
    if not AGENDA_RE.match(t):
        return False
    before = re.split(r"agenda", t, maxsplit=1, flags=re.I)[0]
    return not NOT_HEADING_WORDS.intersection(w.lower() for w in re.findall(r"\w+", before))


def agenda_heading(lines: list[Line]) -> Optional[Line]:
    """The first line among these that heads an agenda (see `is_agenda_title`)."""
    if not lines:
        return None
    body = median_size(lines)
    return next((ln for ln in lines if is_agenda_title(ln, body)), None)


@dataclass
class AgendaStart:
    """Where an agenda's items begin, found by structure (`find_agenda_start`)."""

    index: int  # the line the agenda is read from: its heading, else its first item
    count: int  # items in its numbered run
    headed: bool  # whether an agenda heading stands above the run


def find_agenda_start(lines: list[Line]) -> Optional[AgendaStart]:
    """The first numbered run of at least three items (1, 2, 3 ... at one indent, titles at one
    indent) that looks like an agenda: an agenda heading stands just above it, or its items print
    page ranges (right-aligned "7 - 70", "Pages 7 - 70"). Numbered lists of the front matter (terms of
    reference, ways to take part) have neither."""
    if not lines:
        return None
    body = median_size(lines)
    for run in numbered_runs(lines):
        first = lines[run.start]
        heading = next(
            (i for i in range(run.start - 1, max(-1, run.start - 1 - HEADING_REACH), -1)
             if first.page - lines[i].page <= 1 and is_agenda_title(lines[i], body)),
            None,
        )
        if heading is not None or run.ranges >= 2:
            return AgendaStart(heading if heading is not None else run.start, run.length, heading is not None)
    return None


def agenda_lines(layer: TextLayer) -> tuple[list[Line], bool]:
    """The lines of the pages that may hold the pack's agenda, and whether the pack announces an
    agenda (an agenda, covering letter or front sheet first, or an agenda heading on its first
    pages). The agenda ends where the first paper of the pack begins: minutes, a stamped item,
    or a report after a separator page. No lines when the file is not an agenda at all.

    Where the agenda begins is found by structure (`find_agenda_start`): when its numbered run
    starts on a later page than the first, after front matter (members, useful information,
    terms of reference), reading starts at the agenda's heading and the front matter's pages
    neither end the agenda nor lend it their numbered lists."""
    text_pages = [p for p in layer.pages if p.lines]
    if not text_pages:
        return [], False
    first_kind, _ = classify(text_pages[0])
    if first_kind in NOT_AGENDA_KINDS - {"report"}:
        return [], False
    pages = front_matter_pages(layer)
    window = [ln for n in pages[:AGENDA_SEARCH_PAGES] for ln in layer.page(n).lines]
    start = find_agenda_start(window)
    if start is None and len(pages) < len(layer.pages):
        # the pack's page numbers may begin with the agenda itself ("Page 1" under it): then the
        # unnumbered pages are only a front sheet and notes, and the agenda is on the numbered
        # pages, under its heading
        every_page = [p.number for p in layer.pages]
        wider = [ln for n in every_page[:AGENDA_SEARCH_PAGES] for ln in layer.page(n).lines]
        wider_start = find_agenda_start(wider)
        if wider_start is not None and wider_start.headed:
            pages, window, start = every_page, wider, wider_start
    if first_kind == "report" and not (start and start.headed):
        return [], False  # a report's numbered paragraphs are not an agenda
    begin: Optional[Line] = None  # where reading starts, when not at the top of the first page
    run_page = 0  # the page the agenda's run starts on: no page up to it ends the agenda
    if start is not None and window[start.index].page > text_pages[0].number:
        earlier = [ln for ln in window if ln.page < window[start.index].page]
        # a numbered run as long before it: the agenda began earlier and this is something else
        if not any(r.length >= start.count for r in numbered_runs(earlier)):
            run_page = window[start.index].page
            # an agenda heading on an earlier page (a front sheet titled "Agenda"): read from the top
            if first_kind == "report" or agenda_heading(earlier) is None:
                begin = window[start.index]
    lines: list[Line] = []
    after_separator = False
    first_page = begin.page if begin is not None else text_pages[0].number
    for n in pages:
        page = layer.page(n)
        if n < first_page:
            continue
        if n != first_page and n > run_page and page.lines:
            kind = classify(page)[0]
            new_paper = kind in {"minutes", "decision_record"} or (
                after_separator and kind in {"report", "appendix", "questions", "covering_letter"}
            )
            if new_paper or item_stamp(page):
                break
        after_separator = page.is_blank
        if begin is not None and n == first_page:
            lines.extend(page.lines[page.lines.index(begin) :])
        else:
            lines.extend(page.lines)
    announced = first_kind in {"agenda", "covering_letter", "front_sheet"} or bool(start and start.headed) or any(
        is_agenda_heading(ln.text) for p in text_pages[:2] for ln in p.lines
    )
    return lines, announced


# ---- records -----------------------------------------------------------------------------------


def item_page_ranges(layer: TextLayer, agenda: list[AgendaItem]) -> dict[str, tuple[int, int]]:
    """Printed page ranges of agenda items that this PDF actually carries (a front sheet alone
    cites pages it does not hold)."""
    ranges = {it.number: (it.pages.first, it.pages.last) for it in flat_agenda(agenda) if it.pages is not None}
    printed = {int(p.printed_number) for p in layer.pages if p.printed_number and p.printed_number.isdigit()}
    return {k: v for k, v in ranges.items() if v[0] in printed}


def printed_span(layer: TextLayer, first: int, last: int) -> Optional[PageSpan]:
    """The printed page numbers of physical pages first..last, when both print a number in order."""
    first_printed = layer.page(first).printed_number
    last_printed = layer.page(last).printed_number
    if first_printed and last_printed and first_printed.isdigit() and last_printed.isdigit():
        if int(first_printed) <= int(last_printed):
            return PageSpan(first=int(first_printed), last=int(last_printed))
    return None


def document_records(segments: list[Segment], layer: TextLayer) -> list[Document]:
    return [
        Document(
            kind=seg.kind,
            title=seg.title,
            agenda_item=seg.agenda_item,
            pages=PageSpan(first=seg.first, last=seg.last),
            printed_pages=printed_span(layer, seg.first, seg.last),
        )
        for seg in segments
    ]


def locate_stamped_items(agenda: list[AgendaItem], documents: list[Document]) -> None:
    """Give agenda items without physical pages the pages of the documents stamped with their
    number (when the agenda printed no range, the stamps say where an item's papers are)."""
    by_item: dict[str, list[int]] = {}
    for d in documents:
        if d.agenda_item:
            by_item.setdefault(d.agenda_item, []).extend([d.pages.first, d.pages.last])
    for it in flat_agenda(agenda):
        if it.physical_pages is None and it.number in by_item:
            span = by_item[it.number]
            it.physical_pages = PageSpan(first=min(span), last=max(span))

"""A set of minutes as a `Minutes` record, and where a pack's minutes are.

`extract_minutes(lines)` reads one set of minutes (a file published alone, or a "minutes of the
previous meeting" document inside a pack): its minute headings (`minutes.headings`), the meeting
(`minutes.meeting`), the attendance (`minutes.attendance_lines`) and each item's resolutions,
motions and votes (`minutes.item`). `minutes_spans` finds the page spans of a file that hold
minutes, and the agenda item each is filed under. A document is judged by what it holds, not by
its title: one titled as an agenda ("Voting Agenda") whose items carry the decisions taken is a
decision record, read as minutes (`records_decisions`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from agendapack.extractors.documents import Segment
from agendapack.extractors.documents import classify as classify_page
from agendapack.extractors.minutes import attendance as att
from agendapack.extractors.minutes.attendance_lines import read_attendance
from agendapack.extractors.minutes.headings import find_headings, split_run_on
from agendapack.extractors.minutes.item import BODY_DECISION, analyse_item, caps_decisions
from agendapack.extractors.minutes.matters import page_matters
from agendapack.extractors.minutes.meeting import meeting_header
from agendapack.extractors.minutes.resolutions import resolution_triggers
from agendapack.extractors.minutes.text import join_lines, paragraphs, right_edges
from agendapack.extractors.minutes.votes import decision_line
from agendapack.extractors.text.layer import Line, PageText, TextLayer
from agendapack.model import AgendaItem, Attendee, MinuteItem, Minutes, PageSpan, flat_agenda

if TYPE_CHECKING:
    from spacy.language import Language

# signature lines under the minutes ("Signed ........ Chairman", a dotted rule) are no minute's text
SIGNATURE_RE = re.compile(r"^(?:signed|dated?|chairman|chair|mayor|clerk)\b[\s.:_…]*(?:[_.…]{3,}.*)?$|^[_.…\s]{6,}$", re.I)


# ---- the whole minutes -------------------------------------------------------------------------


def extract_minutes(lines: list[Line], nlp: Optional[Language] = None, widths: Optional[dict[int, float]] = None) -> Minutes:
    """Read one set of minutes from its text-layer lines (running headers/footers removed)."""
    lines = [ln for ln in lines if ln.text.strip() and not SIGNATURE_RE.match(ln.text.strip())]
    if not lines:
        raise ValueError("no text lines")
    widths = widths or {}
    lines, parts = split_run_on(lines, page_matters(lines, widths) or find_headings(lines, widths))
    heads = parts.headings
    all_text = join_lines(lines)
    meeting = meeting_header(lines, parts.preamble_end, all_text)
    roll = read_attendance(lines, parts, nlp)
    items: list[MinuteItem] = []
    rights = right_edges(lines)
    # minutes that mark their decisions by a verb in capitals ("the Committee NOTED the report"),
    # item after item, more often than by "Resolved": those verbs are the resolutions
    caps_lines = [bool(caps_decisions(ln.text)) for ln in lines]
    agreed_lines = [bool(BODY_DECISION.search(ln.text)) for ln in lines]
    spans = [(h.body_start, heads[k + 1].index if k + 1 < len(heads) else len(lines)) for k, h in enumerate(heads)]
    marked = sum(any(caps_lines[a:b]) for a, b in spans)
    trigger_lines = [bool(resolution_triggers(ln.text)) for ln in lines]
    triggers = sum(trigger_lines)
    caps_decided = marked >= max(3, 0.4 * len(heads)) and sum(caps_lines) > triggers
    # minutes that word their decisions mostly as what the body agreed ("The Committee agreed:-"
    # over its clauses, "The Committee noted the report", "..., it was agreed to ...") and decide
    # item after item, in that form or as "Resolved"
    decided = sum(any(agreed_lines[a:b]) or any(trigger_lines[a:b]) for a, b in spans)
    body_decided = not caps_decided and sum(agreed_lines) > triggers and decided >= max(3, 0.4 * len(heads))
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
        resolutions, motions, votes = analyse_item(body, f"{key}.", nlp, roll, h.mover, header_text, rights, caps_decided,
                                                   body_decided)
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


def minutes_from_pages(pages: list[PageText], nlp: Optional[Language] = None) -> Minutes:
    """Read one set of minutes from the text-layer pages that hold it (blank pages skipped)."""
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
    has_label = any((lab := att.label_of(ln.text)) and lab[0] in {"present", "in_attendance", "absent"} for ln in head)
    if not has_label:
        return False
    body = " ".join(ln.text for p in text_pages[:3] for ln in p.lines)
    decisions = len(re.findall(r"\b(?:resolved|seconded|carried|agreed|apologies|approved)\b", body, re.I))
    return decisions >= 2


def records_decisions(pages: list[PageText]) -> bool:
    """Whether a document records the decisions taken on its items, whatever its title says: two
    or more of its numbered items, and at least half of them, carry a decision line ("Voted: to
    grant ...", "ACTION: Approved 7-0", "Rescheduled to ...") in their text."""
    lines = [ln for p in pages if not p.is_blank for ln in p.lines]
    if not lines:
        return False
    heads = [h for h in find_headings(lines, {p.number: p.width for p in pages}).headings if h.number]
    decided = 0
    for k, h in enumerate(heads):
        end = heads[k + 1].index if k + 1 < len(heads) else len(lines)
        decided += any(decision_line(ln.text) for ln in lines[h.body_start:end])
    return decided >= 2 and 2 * decided >= len(heads)


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
    minutes published alone (it says so on top, reads like minutes, or its first document records
    the decisions taken on its items, whatever its title), else every document segment of kind
    "minutes", filed under the agenda item that approves it."""
    text_pages = [p for p in layer.pages if p.lines]
    if not text_pages:
        return []
    kind, _ = classify_page(text_pages[0])
    if kind == "minutes" or (kind in {"other", "report"} and looks_like_minutes(layer.pages)):
        return [(1, len(layer.pages), None)]
    if kind in {"agenda", "other", "report"} and (len(segments) <= 1 or segments[0].last == len(layer.pages)):
        if records_decisions(layer.pages):
            return [(1, len(layer.pages), None)]
    return [(seg.first, seg.last, _approving_item(agenda, seg, layer)) for seg in segments if seg.kind == "minutes"]

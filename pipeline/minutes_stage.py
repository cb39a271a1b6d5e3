"""The minutes stage: find minutes in the file and fill `pack.minutes`.

Minutes published alone (the file's first document is classified "minutes", or reads like
minutes: attendance list on top, decisions below) are read whole; inside a pack, every document
segment of kind "minutes" is read and filed under the agenda item that approves it.
"""

from __future__ import annotations

import logging
import re
from typing import Optional

from agendapack.extractors import documents as documents_ex
from agendapack.extractors.minutes import extract as minutes_ex
from agendapack.extractors.minutes.nlp import load_nlp
from agendapack.model import AgendaItem, Minutes, flat_agenda
from agendapack.pipeline.stages import PackContext, stage

log = logging.getLogger("agendapack")

MINUTES_TITLE = re.compile(r"\bminutes\b", re.I)


def _approving_item(agenda: list[AgendaItem], seg, layer) -> Optional[str]:
    """The agenda item whose title mentions minutes and whose printed range covers the pages."""
    if seg.agenda_item:
        return seg.agenda_item
    for it in flat_agenda(agenda):
        if not MINUTES_TITLE.search(it.title or ""):
            continue
        if it.physical_pages and it.physical_pages.first <= seg.first <= it.physical_pages.last:
            return it.number
        printed = layer.page(seg.first).printed_number
        if it.pages and printed and printed.isdigit() and it.pages.first <= int(printed) <= it.pages.last:
            return it.number
    return None


def find_minutes_spans(ctx: PackContext) -> list[tuple[int, int, Optional[str]]]:
    """(first, last, agenda item) physical page spans holding minutes."""
    layer = ctx.layer
    text_pages = [p for p in layer.pages if p.lines]
    if not text_pages:
        return []
    kind, _ = documents_ex.classify(text_pages[0])
    if kind == "minutes" or (kind in {"other", "report"} and minutes_ex.looks_like_minutes(layer.pages)):
        return [(1, len(layer.pages), None)]
    spans = []
    for seg in ctx.segments:
        if seg.kind == "minutes":
            spans.append((seg.first, seg.last, _approving_item(ctx.pack.agenda, seg, layer)))
    return spans


@stage("minutes", after="documents", independent=True)
def minutes_stage(ctx: PackContext) -> None:
    spans = find_minutes_spans(ctx)
    if not spans:
        return
    nlp = load_nlp(ctx.settings.spacy_model)
    out: list[Minutes] = []
    for first, last, item in spans:
        pages = [p for p in ctx.layer.pages[first - 1: last] if p.lines and not p.is_blank]
        if not pages:
            continue
        try:
            m = minutes_ex.minutes_from_pages(pages, nlp)
        except ValueError:
            continue
        m.agenda_item = item
        out.append(m)
    whole = len(spans) == 1 and spans[0][:2] == (1, len(ctx.layer.pages))
    if whole and out and ctx.pack.documents and ctx.pack.documents[0].kind in {"other", "report"}:
        # the file is minutes even though its first page does not say so
        ctx.pack.documents[0].kind = "minutes"
    ctx.pack.minutes = out

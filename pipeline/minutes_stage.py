"""The minutes stage: find minutes in the file and fill `pack.minutes`.

Minutes published alone (the file's first document is classified "minutes", reads like minutes:
attendance list on top, decisions below, or records the decisions taken on its items under an
agenda-like title such as "Voting Agenda") are read whole, and the file's document is then of
kind "minutes"; inside a pack, every document segment of kind "minutes" is read and filed under
the agenda item that approves it.
"""

from __future__ import annotations

import logging

from agendapack.extractors.minutes import extract as minutes_ex
from agendapack.extractors.minutes.nlp import load_nlp
from agendapack.model import Minutes
from agendapack.pipeline.stages import PackContext, stage

log = logging.getLogger("agendapack")


@stage("minutes", after="documents", independent=True)
def minutes_stage(ctx: PackContext) -> None:
    layer, pack = ctx.text, ctx.record
    spans = minutes_ex.minutes_spans(layer, ctx.segments, pack.agenda)
    if not spans:
        return
    nlp = load_nlp(ctx.settings.spacy_model)
    out: list[Minutes] = []
    for first, last, item in spans:
        pages = [p for p in layer.pages[first - 1: last] if p.lines and not p.is_blank]
        if not pages:
            continue
        try:
            m = minutes_ex.minutes_from_pages(pages, nlp)
        except ValueError:
            continue
        m.agenda_item = item
        out.append(m)
    whole = len(spans) == 1 and spans[0][:2] == (1, len(layer.pages))
    if whole and out and pack.documents and pack.documents[0].kind in {"other", "report", "agenda", "front_sheet"}:
        # the file is minutes even though its first page does not say so (or calls it an agenda)
        pack.documents[0].kind = "minutes"
    pack.minutes = out

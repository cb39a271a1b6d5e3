"""The client-side search index: one small entry per thing a reader looks for (a meeting, a
minute item with its resolutions, an agenda item, an action, a member), written as JSON (a
download) and as a script that sets `window.SEARCH_INDEX` (so the search works from file:// too,
where a page cannot fetch a file). `static/search.js` matches a query's words against `text`."""

from __future__ import annotations

import json
from typing import TypedDict

from agendapack.model import flat_agenda
from agendapack.pipeline.site.records import SiteRecords, plan_rows, row_anchor

# longest text kept per entry: enough for a resolution, small enough for a phone to load
TEXT_LIMIT = 600


class Entry(TypedDict):
    title: str  # what the result shows
    where: str  # the meeting or plan it belongs to
    url: str  # relative to the site root
    text: str  # what the query is matched against


def _entry(title: str, where: str, url: str, *texts: str | None) -> Entry:
    text = " ".join(" ".join(t.split()) for t in texts if t)
    return Entry(title=" ".join(title.split()), where=where, url=url, text=text[:TEXT_LIMIT])


def build_index(records: SiteRecords) -> list[Entry]:
    entries: list[Entry] = []
    for page in records.meetings:
        url, m = f"meetings/{page.page_slug}.html", page.pack.meeting
        where = f"{page.name}, {m.date}" if m.date else page.name
        entries.append(_entry(page.name, m.date or "", url, page.name, m.venue, page.pack.source.file))
        for agenda_item in flat_agenda(page.pack.agenda):
            entries.append(_entry(f"Agenda {agenda_item.number}: {agenda_item.title}", where,
                                  f"{url}#agenda-{agenda_item.number}", agenda_item.title))
        for mi, minutes in enumerate(page.pack.minutes):
            for ii, item in enumerate(minutes.items):
                title = f"{item.number + '. ' if item.number else ''}{item.title or 'Minute item'}"
                entries.append(_entry(title, where, f"{url}#minute-{mi}-{ii}", item.title,
                                      *(r.text for r in item.resolutions), *(mo.text for mo in item.motions)))
        for table in page.plan_tables:
            for k, row in enumerate(plan_rows(page.pack, table)):
                a = row.action
                title = f"Action {a.ref}" if a and a.ref else f"{table.title or 'Plan'}, row {k + 1}"
                texts = (a.action, a.lead, a.status, a.progress) if a else tuple(row.row.cells.values())
                entries.append(_entry(title, where, f"plans/{page.page_slug}.html#{row_anchor(table.id, k)}", *texts))
    for member in records.members:
        entries.append(_entry(member.name, member.council or "", f"members/{member.page_slug}.html", member.name))
    return entries


def index_script(entries: list[Entry]) -> str:
    # `<` escaped so no text of a PDF can close a script element, should this ever be inlined
    data = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    return f"window.SEARCH_INDEX = {data};\n"

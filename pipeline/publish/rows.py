"""A pack record as rows of the published tables (`schema.TABLES`): pure functions, no database.

Ids are `<first 16 hex digits of the PDF's sha256>/<path in the record>`, so the same record
always gives the same ids (see `schema`)."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Optional

from agendapack.model import AgendaItem, MinuteItem, Minutes, Pack, PageSpan, flat_agenda

Row = dict[str, Any]
Rows = dict[str, list[Row]]


def as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def year_of(date: Optional[str]) -> Optional[int]:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _flag(value: Optional[bool]) -> Optional[int]:
    return None if value is None else int(value)


class _Builder:
    """Collects one pack's rows; every row gets the pack's provenance columns."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.sha = pack.source.sha256
        self.prefix = self.sha[:16]
        self.rows: Rows = defaultdict(list)

    def rid(self, path: str) -> str:
        return f"{self.prefix}/{path}"

    def add(self, table: str, path: str, first: int, last: Optional[int] = None, **values: Any) -> str:
        row_id = self.rid(path)
        row = {"id": row_id, "pack_id": self.sha, "source_file": self.pack.source.file,
               "first_page": first, "last_page": last if last is not None else first}
        row.update(values)
        self.rows[table].append(row)
        return row_id


def pack_row(pack: Pack, folder: str, record_hash: str) -> Row:
    return {"id": pack.source.sha256, "folder": folder, "source_file": pack.source.file,
            "pages": pack.source.pages, "schema_version": pack.schema_version,
            "record_hash": record_hash, "warnings": as_json(pack.warnings)}


def pack_rows(pack: Pack, page_text: Optional[dict[int, str]] = None) -> Rows:
    """Every row of one pack's record, by table (the `packs` row aside: see `pack_row`); the
    pages' text is `page_text` (read from the PDF) when given, else what the record holds."""
    b = _Builder(pack)
    _meeting(b)
    for i, doc in enumerate(pack.documents):
        printed = doc.printed_pages
        b.add("documents", f"documents/{i}", doc.pages.first, doc.pages.last, kind=doc.kind, title=doc.title,
              agenda_item=doc.agenda_item, printed_first=printed.first if printed else None,
              printed_last=printed.last if printed else None)
    position = [0]
    for i, item in enumerate(pack.agenda):
        _agenda_item(b, item, f"agenda/{i}", None, position)
    for i, minutes in enumerate(pack.minutes):
        _minutes(b, minutes, f"minutes/{i}")
    table_ids = _tables(b)
    _plans(b, table_ids)
    _pages(b, page_text)
    return dict(b.rows)


def _meeting(b: _Builder) -> None:
    m = b.pack.meeting
    pages = sorted({s.page for s in m.provenance.values()} | {p.page for p in m.members}) or [1]
    contact = m.contact
    meeting_id = b.add("meetings", "meeting", pages[0], pages[-1], council=m.council, body=m.body, date=m.date,
                       year=year_of(m.date), start_time=m.start_time, venue=m.venue, published=m.published,
                       contact_name=contact.name if contact else None,
                       contact_email=contact.email if contact else None,
                       contact_phone=contact.phone if contact else None)
    for i, person in enumerate(m.members):
        b.add("members", f"meeting/members/{i}", person.page, meeting_id=meeting_id, name=person.name,
              honorific=person.honorific, role=person.role)


def _agenda_item(b: _Builder, item: AgendaItem, path: str, parent: Optional[str], position: list[int]) -> None:
    position[0] += 1
    papers = item.physical_pages
    item_id = b.add(
        "agenda_items", path, item.page, parent_id=parent, position=position[0], number=item.number,
        title=item.title, part=item.part, sitting=item.sitting,
        printed_first=item.pages.first if item.pages else None, printed_last=item.pages.last if item.pages else None,
        papers_first=papers.first if papers else None, papers_last=papers.last if papers else None,
        references=as_json(item.references),
    )
    for j, sub in enumerate(item.subitems):
        _agenda_item(b, sub, f"{path}/subitems/{j}", item_id, position)


def _minutes(b: _Builder, minutes: Minutes, path: str) -> None:
    meeting = minutes.meeting
    minutes_id = b.add("minutes", path, minutes.pages.first, minutes.pages.last, body=meeting.body, date=meeting.date,
                       year=year_of(meeting.date), venue=meeting.venue, start_time=meeting.start_time,
                       end_time=meeting.end_time, agenda_item=minutes.agenda_item)
    for j, person in enumerate(minutes.attendance):
        b.add("attendance", f"{path}/attendance/{j}", person.page, minutes_id=minutes_id, name=person.name,
              honorific=person.honorific, role=person.role, status=person.status,
              substitute_for=person.substitute_for)
    # a vote names its motion by the motion's id, which is unique within the minutes
    motion_ids: dict[str, str] = {}
    for j, item in enumerate(minutes.items):
        item_path = f"{path}/items/{j}"
        item_id = b.add("minute_items", item_path, item.pages.first, item.pages.last, minutes_id=minutes_id,
                        position=j + 1, number=item.number, title=item.title, agenda_item=item.agenda_item,
                        text=item.text)
        for k, motion in enumerate(item.motions):
            motion_ids[motion.id] = b.add(
                "motions", f"{item_path}/motions/{k}", motion.page, minutes_id=minutes_id, minute_item_id=item_id,
                motion_key=motion.id, kind=motion.kind, text=motion.text, mover=motion.mover,
                seconder=motion.seconder, result=motion.result)
        _item_outcomes(b, item, item_path, minutes_id, item_id, motion_ids)


def _item_outcomes(b: _Builder, item: MinuteItem, path: str, minutes_id: str, item_id: str,
                   motion_ids: dict[str, str]) -> None:
    for k, res in enumerate(item.resolutions):
        b.add("resolutions", f"{path}/resolutions/{k}", res.page, minutes_id=minutes_id, minute_item_id=item_id,
              number=res.number, text=res.text, outcome=res.outcome)
    for k, vote in enumerate(item.votes):
        vote_path = f"{path}/votes/{k}"
        vote_id = b.add("vote_events", vote_path, vote.page, minutes_id=minutes_id, minute_item_id=item_id,
                        motion_id=motion_ids.get(vote.motion or ""), result=vote.result, yes=vote.counts.yes,
                        no=vote.counts.no, abstain=vote.counts.abstain, recorded=int(bool(vote.voters)),
                        text=vote.text)
        for option, names in vote.voters.items():
            for n, name in enumerate(names):
                b.add("votes", f"{vote_path}/voters/{option}/{n}", vote.page, vote_event_id=vote_id, voter=name,
                      option=option)


def _tables(b: _Builder) -> dict[str, str]:
    """Rows of plan_tables and plan_rows; returns table key ('table-03') -> row id."""
    ids: dict[str, str] = {}
    for i, table in enumerate(b.pack.tables):
        path = f"tables/{i}"
        ids[table.id] = b.add("plan_tables", path, table.pages.first, table.pages.last, table_key=table.id,
                              kind=table.kind, title=table.title, columns=as_json(table.columns),
                              groups=as_json(table.groups), ruled=_flag(table.ruled))
        key_column = table.columns[0] if table.columns else None
        for j, row in enumerate(table.rows):
            b.add("plan_rows", f"{path}/rows/{j}", row.pages.first, row.pages.last, table_id=ids[table.id],
                  position=j + 1, key=row.cells.get(key_column) if key_column else None, grp=row.group,
                  cells=as_json(row.cells))
    return ids


def _plans(b: _Builder, table_ids: dict[str, str]) -> None:
    pack = b.pack
    for i, action in enumerate(pack.actions):
        values = action.model_dump(exclude={"table", "page", "original"})
        b.add("actions", f"actions/{i}", action.page, table_id=table_ids.get(action.table),
              original=as_json(action.original), **values)
    for i, decision in enumerate(pack.forward_plan):
        values = decision.model_dump(exclude={"table", "page", "original", "private"})
        b.add("forward_plan", f"forward_plan/{i}", decision.page, table_id=table_ids.get(decision.table),
              private=_flag(decision.private), original=as_json(decision.original), **values)
    for i, meeting in enumerate(pack.work_programme):
        b.add("work_programme", f"work_programme/{i}", meeting.page, table_id=table_ids.get(meeting.table),
              date=meeting.date, date_text=meeting.date_text, room=meeting.room, items=as_json(meeting.items),
              original=as_json(meeting.original))


def _covers(span: PageSpan) -> range:
    return range(span.first, span.last + 1)


def page_texts(pack: Pack) -> dict[int, list[str]]:
    """The texts the record holds, by physical page. pack.json keeps no page text, so a page's
    text is what was read from it: agenda titles, paper titles, minute headings and texts,
    resolutions, motions and table rows. A minute item's text covers its pages
    without saying where it breaks, so it is filed under each of them."""
    texts: dict[int, list[str]] = defaultdict(list)
    for item in flat_agenda(pack.agenda):
        texts[item.page].append(f"{item.number} {item.title}")
    for doc in pack.documents:
        if doc.title:
            texts[doc.pages.first].append(doc.title)
    for minutes in pack.minutes:
        for it in minutes.items:
            heading = " ".join(x for x in (it.number, it.title) if x)
            for page in _covers(it.pages):
                texts[page].extend(x for x in (heading, it.text) if x)
            for res in it.resolutions:
                if res.text not in it.text:
                    texts[res.page].append(res.text)
            for motion in it.motions:
                if motion.text and motion.text not in it.text:
                    texts[motion.page].append(motion.text)
    for table in pack.tables:
        if table.title:
            texts[table.pages.first].append(table.title)
        for row in table.rows:
            texts[row.pages.first].append(" | ".join(v for v in row.cells.values() if v))
    return texts


def _pages(b: _Builder, page_text: Optional[dict[int, str]]) -> None:
    source = b.pack.source
    printed = {p.page: p.printed for p in source.printed_pages}
    texts = {} if page_text is not None else page_texts(b.pack)
    scanned, blank = set(source.scanned_pages), set(source.blank_pages)
    for page in range(1, source.pages + 1):
        if page_text is not None:
            text, origin = page_text.get(page, ""), "pdf"
        else:
            text = "\n".join(texts.get(page, []))
            origin = "record" if text else "none"
        b.add("pages", f"pages/{page}", page, page=page, printed=printed.get(page), scanned=int(page in scanned),
              blank=int(page in blank), text_source=origin, text=text)

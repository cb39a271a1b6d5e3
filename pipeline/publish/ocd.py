"""Open Civic Data: each meeting as an OCD Event, each vote as an OCD VoteEvent, in the JSON
that pupa (the OCD scraper framework) writes: one file per object, `event_<id>.json` and
`vote_event_<id>.json`.

What OCD has no field for is carried in each object's `extras["agendapack"]`: the pack and pages
every part was read from, attendance with its status and substitutes, resolutions with their
clauses, motions, and the plan tables of the pack (see README, "Publish as data").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from agendapack.model import AgendaItem, Minutes, Pack, VoteEvent, flat_agenda
from agendapack.pipeline.publish.meetings import (
    VOTE_RESULTS,
    MeetingView,
    is_own,
    meeting_name,
    meetings_of,
    page_link,
    stable_id,
    voter_names,
)

Obj = dict[str, Any]

# OCD's vote results (`meetings.VOTE_RESULTS`) and options (opencivicdata.common VOTE_OPTIONS)
OPTIONS = {"yes", "no", "absent", "abstain", "not voting", "paired", "excused", "other"}
# an attendee's status, as an event participant's note
PRESENT = {"present", "virtual", "substitute"}


def _sources(pack: Pack, base_url: Optional[str]) -> list[Obj]:
    source: Obj = {"note": f"agendapack record of {pack.source.file} (sha256 {pack.source.sha256})"}
    if base_url:
        source["url"] = f"{base_url.rstrip('/')}/{pack.source.file}"
    return [source]


def _provenance(pack: Pack, first: int, last: Optional[int] = None) -> Obj:
    return {"pack_id": pack.source.sha256, "source_file": pack.source.file, "first_page": first,
            "last_page": last if last is not None else first}


def _participants(view: MeetingView) -> list[Obj]:
    out: list[Obj] = []
    if view.body or view.council:
        out.append({"name": view.body or view.council, "type": "organization", "note": "host"})
    seen = set()
    for person in view.pack.meeting.members if view.has_agenda else []:
        seen.add(person.name)
        out.append({"name": person.name, "type": "person", "note": person.role or "member"})
    for minutes in view.minutes:
        for att in minutes.attendance:
            if att.name in seen:
                continue
            seen.add(att.name)
            out.append({"name": att.name, "type": "person", "note": att.status.replace("_", " ")})
    return out


def _agenda_entry(item: AgendaItem, view: MeetingView, base_url: Optional[str]) -> Obj:
    pack = view.pack
    notes = [f"listed on page {item.page}"]
    if item.pages:
        notes.append(f"papers on printed pages {item.pages.first}-{item.pages.last}")
    media = []
    if item.physical_pages:
        media.append({"name": item.title, "type": "document", "links": [
            {"media_type": "application/pdf", "url": page_link(pack.source.file, item.physical_pages.first, base_url)}]})
    return {"description": item.title, "order": item.number, "classification": [item.part], "subjects": [],
            "notes": notes, "media": media, "related_entities": _related_votes(view, item.number),
            "extras": {"agendapack": _provenance(pack, item.page) | {"parent": item.parent}}}


def _related_votes(view: MeetingView, number: Optional[str]) -> list[Obj]:
    related = []
    for minutes in view.minutes:
        for j, it in enumerate(minutes.items):
            if number is not None and number not in (it.agenda_item, it.number):
                continue
            for k, vote in enumerate(it.votes):
                related.append({"entity_type": "vote_event", "name": _motion_text(minutes, it.title, vote),
                                "note": vote_key(view.pack, minutes, j, k)})
    return related


def _minute_agenda(view: MeetingView, base_url: Optional[str]) -> list[Obj]:
    """Minutes without a pack agenda: the minute items are the meeting's agenda."""
    pack = view.pack
    out = []
    for minutes in view.minutes:
        mi = pack.minutes.index(minutes)
        for j, it in enumerate(minutes.items):
            related = [{"entity_type": "vote_event", "name": _motion_text(minutes, it.title, v),
                        "note": vote_key(pack, minutes, j, k)} for k, v in enumerate(it.votes)]
            out.append({
                "description": it.title or it.number or f"item {j + 1}", "order": it.number,
                "classification": [], "subjects": [], "notes": [r.text for r in it.resolutions if r.text.strip()],
                "media": [{"name": it.title or "minutes", "type": "minutes", "links": [
                    {"media_type": "application/pdf", "url": page_link(pack.source.file, it.pages.first, base_url)}]}],
                "related_entities": related,
                "extras": {"agendapack": _provenance(pack, it.pages.first, it.pages.last) | {
                    "minutes": mi, "resolutions": [r.model_dump() for r in it.resolutions],
                    "motions": [m.model_dump() for m in it.motions]}},
            })
    return out


def _documents(view: MeetingView, base_url: Optional[str]) -> list[Obj]:
    """The pack's papers for its own meeting; for the earlier meeting of minutes it holds, the
    papers of those minutes' pages."""
    pack = view.pack
    docs = pack.documents if is_own(view) else [
        d for d in pack.documents for m in view.minutes if d.pages.first <= m.pages.last and m.pages.first <= d.pages.last]
    return [{"note": doc.title or doc.kind.replace("_", " "), "url": page_link(pack.source.file, doc.pages.first, base_url),
             "media_type": "application/pdf"} for doc in docs]


def event(view: MeetingView, base_url: Optional[str] = None) -> Obj:
    pack = view.pack
    agenda = [_agenda_entry(it, view, base_url) for it in flat_agenda(pack.agenda)] if view.has_agenda else []
    if not agenda:
        agenda = _minute_agenda(view, base_url)
    location = {"name": view.venue, "note": "", "coordinates": None} if view.venue else None
    extras = {"agendapack": {
        "id": view.key, **_provenance(pack, 1, pack.source.pages), "council": view.council, "body": view.body,
        "start_time": view.start_time,
        "minutes": [_minutes_extras(pack, m) for m in view.minutes],
        "plan_tables": [t.model_dump(exclude={"rows", "regions"}) | {"rows": len(t.rows)} for t in pack.tables]
        if is_own(view) else [],
    }}
    return {
        "name": meeting_name(view),
        "all_day": False,
        "start_date": view.date or "",
        "status": "passed" if view.minutes else "confirmed",
        "classification": "committee-meeting",
        "description": "",
        "location": location,
        "media": [],
        "documents": _documents(view, base_url),
        "links": [],
        "participants": _participants(view),
        "agenda": agenda,
        "sources": _sources(pack, base_url),
        "extras": extras,
    }


def _minutes_extras(pack: Pack, minutes: Minutes) -> Obj:
    return {**_provenance(pack, minutes.pages.first, minutes.pages.last), "end_time": minutes.meeting.end_time,
            "attendance": [a.model_dump() for a in minutes.attendance]}


def vote_key(pack: Pack, minutes: Minutes, item: int, vote: int) -> str:
    return f"{pack.source.sha256[:16]}/minutes/{pack.minutes.index(minutes)}/items/{item}/votes/{vote}"


def _motion_text(minutes: Minutes, title: Optional[str], vote: VoteEvent) -> str:
    for item in minutes.items:
        for motion in item.motions:
            if motion.id == vote.motion and motion.text:
                return motion.text
    return vote.text or title or "vote"


def vote_events(view: MeetingView, base_url: Optional[str] = None) -> list[Obj]:
    pack = view.pack
    out = []
    for minutes in view.minutes:
        known = voter_names(minutes)
        for j, it in enumerate(minutes.items):
            for k, vote in enumerate(it.votes):
                motion = next((m for m in it.motions if m.id == vote.motion), None)
                obj: Obj = {
                    "identifier": vote.motion or f"{it.number or j + 1}/{k + 1}",
                    "motion_text": _motion_text(minutes, it.title, vote),
                    "motion_classification": [motion.kind] if motion else [],
                    "start_date": minutes.meeting.date or view.date or "",
                    "organization": view.body or view.council,
                    "bill": None,
                    "votes": [_vote(o, name, known) for o, names in vote.voters.items() for name in names],
                    "counts": [{"option": o, "value": n} for o, n in vote.counts.model_dump().items() if n is not None],
                    "sources": _sources(pack, base_url),
                    "extras": {"agendapack": {"id": vote_key(pack, minutes, j, k), "event": view.key,
                                              **_provenance(pack, vote.page), "result": vote.result,
                                              "minute_item": it.number, "text": vote.text}},
                }
                if vote.result in VOTE_RESULTS:
                    obj["result"] = VOTE_RESULTS[vote.result]
                out.append(obj)
    return out


def _vote(option: str, printed: str, known: dict[str, str]) -> Obj:
    """A named vote: the voter as the attendance names them (a division list may give the
    surname alone), and the name as printed in the note when it differs."""
    vote: Obj = {"option": option if option in OPTIONS else "other", "voter_name": known.get(printed, printed)}
    if vote["voter_name"] != printed:
        vote["note"] = f"printed as {printed}"
    return vote


def ocd_objects(packs: list[Pack], base_url: Optional[str] = None) -> dict[str, Obj]:
    """File name -> object, for every meeting and vote of the packs."""
    out: dict[str, Obj] = {}
    for pack in packs:
        for view in meetings_of(pack):
            if not (view.has_agenda or view.minutes):
                continue  # a pack that is neither a meeting's papers nor minutes (a plan on its own)
            out[f"event_{stable_id(view.key)}.json"] = event(view, base_url)
            for vote in vote_events(view, base_url):
                out[f"vote_event_{stable_id(vote['extras']['agendapack']['id'])}.json"] = vote
    return out


def write_ocd(packs: list[Pack], out_dir: Path, base_url: Optional[str] = None) -> list[Path]:
    from agendapack.pipeline.outputs.io import dumps_json, write_if_changed

    written = []
    for name, obj in sorted(ocd_objects(packs, base_url).items()):
        path = out_dir / name
        write_if_changed(path, dumps_json(obj).encode("utf-8"))
        written.append(path)
    return written

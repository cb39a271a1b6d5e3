"""What the open-standard exports share: the meetings of a pack (its own, and the earlier ones
its minutes record), stable ids, and the people named in a meeting.

A pack's minutes are often those of an earlier meeting (the last meeting's minutes, filed for
approval): minutes whose date is not the pack's meeting date are a meeting of their own.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from agendapack.model import Minutes, Pack

# a recorded vote's result as OCD and Popolo both name it (opencivicdata.common VOTE_RESULTS)
VOTE_RESULTS = {"carried": "pass", "approved": "pass", "lost": "fail"}


@dataclass
class MeetingView:
    """One meeting as the exports see it: the pack's own meeting (with its agenda) and/or one
    set of minutes."""

    pack: Pack
    key: str  # stable: pack hash and which meeting of the pack
    body: Optional[str]
    council: Optional[str]
    date: Optional[str]
    start_time: Optional[str]
    venue: Optional[str]
    has_agenda: bool
    minutes: list[Minutes] = field(default_factory=list)


def stable_id(*parts: str) -> str:
    """A short id from content (a pack's hash and a path in it, a name): the same input always
    gives the same id."""
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:16]


def meetings_of(pack: Pack) -> list[MeetingView]:
    """The pack's own meeting first (key `<hash>/meeting`), then one per set of minutes of
    another date. Minutes of the pack's own meeting complete it; in a pack without an agenda
    (the minutes themselves) their heading names the meeting before the front-sheet reading does."""
    m = pack.meeting
    prefix = pack.source.sha256[:16]
    own = MeetingView(pack, f"{prefix}/meeting", m.body, m.council, m.date, m.start_time, m.venue,
                      has_agenda=bool(pack.agenda))
    views = [own]
    for i, minutes in enumerate(pack.minutes):
        mm = minutes.meeting
        if mm.date is None or m.date is None or mm.date == m.date:
            own.minutes.append(minutes)
            first, second = (own, mm) if own.has_agenda else (mm, own)
            own.body = first.body or second.body
            own.date = first.date or second.date
            own.venue = first.venue or second.venue
            own.start_time = first.start_time or second.start_time
        else:
            views.append(MeetingView(pack, f"{prefix}/minutes/{i}", mm.body or m.body, m.council, mm.date,
                                     mm.start_time, mm.venue, has_agenda=False, minutes=[minutes]))
    return views


def is_own(view: MeetingView) -> bool:
    """The pack's own meeting (not the earlier meeting of minutes it holds)."""
    return view.key.endswith("/meeting")


def meeting_name(view: MeetingView) -> str:
    """'<council> – <body>', or one of them when the other is part of it ('Eastbrook County Council'
    for the body 'County Council')."""
    council, body = view.council or "", view.body or ""
    if name_key(body) in name_key(council) or name_key(council) in name_key(body):
        name = max(council, body, key=len)
    else:
        name = f"{council} – {body}"
    return name or Path(view.pack.source.file).stem


def page_link(source_file: str, page: int, base_url: Optional[str]) -> str:
    """A link to one page of the source PDF (`#page=N`, which PDF viewers follow)."""
    return f"{base_url.rstrip('/')}/{source_file}#page={page}" if base_url else f"{source_file}#page={page}"


_WORD = re.compile(r"[^\w]+")


def name_key(name: str) -> str:
    return _WORD.sub(" ", name).strip().lower()


def surname(name: str) -> str:
    words = name_key(name).split()
    return words[-1] if words else ""


def attendees_by_surname(minutes: Minutes) -> dict[str, list[str]]:
    """surname -> the attendance names with that surname, in attendance order."""
    by_surname: dict[str, list[str]] = {}
    for person in minutes.attendance:
        by_surname.setdefault(surname(person.name), []).append(person.name)
    return by_surname


def voter_names(minutes: Minutes) -> dict[str, str]:
    """Recorded votes often name a member by surname alone ('Hood') where the attendance gives
    initials too ('M Hood'): voter -> attendance name, when one attendee alone has that surname."""
    by_surname = attendees_by_surname(minutes)
    out = {}
    for item in minutes.items:
        for vote in item.votes:
            for names in vote.voters.values():
                for voter in names:
                    exact = [p.name for p in minutes.attendance if name_key(p.name) == name_key(voter)]
                    same = by_surname.get(surname(voter), [])
                    if exact:
                        out[voter] = exact[0]
                    elif len(same) == 1 and len(name_key(voter).split()) == 1:
                        out[voter] = same[0]
    return out

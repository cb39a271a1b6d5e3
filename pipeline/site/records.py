"""What the site shows, collected from an output folder: one `MeetingPage` per pack record, the
plan-version diffs (diff.json) and the members named in minutes (attendance and recorded votes).

Records are read, never PDFs. A page is named by the record's folder under OUT, which is unique,
so two packs of the same meeting never overwrite each other's page."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from pydantic import ValidationError

from agendapack.diff_model import PackDiff
from agendapack.model import Action, Minutes, Pack, Table, TableRow
from agendapack.pipeline.publish.changes import find_diffs
from agendapack.pipeline.publish.export import load_packs
from agendapack.pipeline.publish.meetings import (
    attendees_by_surname,
    meeting_name,
    meetings_of,
    name_key,
    surname,
    voter_names,
)


def page_name(text: str, most_chars: int = 100) -> str:
    """A file name for a page from any text: word characters and hyphens (no dots, so a name is
    never cut at what looks like a suffix, and never hidden)."""
    return re.sub(r"[^\w-]+", "_", text).strip("_-")[:most_chars] or "page"


@dataclass
class MeetingPage:
    """One pack record and where its files live in OUT."""

    folder: str  # the record's folder under OUT, e.g. 'minutes-105fa16b'
    pack: Pack
    record: Path  # pack.json
    name: str  # '<council> – <body>' as a reader names the meeting

    @property
    def page_slug(self) -> str:
        return page_name(self.folder)

    @property
    def decisions(self) -> int:
        return sum(len(item.resolutions) for m in self.pack.minutes for item in m.items)

    @property
    def recorded_votes(self) -> int:
        """Votes whose voters are named (a recorded vote), not only counted."""
        return sum(1 for m in self.pack.minutes for item in m.items for v in item.votes if any(v.voters.values()))

    @property
    def plan_tables(self) -> list[Table]:
        return [t for t in self.pack.tables if t.kind == "action_plan"]

    @property
    def table_csvs(self) -> list[Path]:
        """The table CSVs `parse` wrote beside pack.json, in table order (those present)."""
        return [p for t in self.pack.tables if (p := self.record.parent / f"{t.id}.csv").is_file()]


@dataclass
class DiffPage:
    folder: str  # the diff.json's folder under OUT
    path: Path
    diff: PackDiff

    @property
    def page_slug(self) -> str:
        return page_name(self.folder) if self.folder != "." else "diff"


@dataclass
class Appearance:
    """A member at one meeting: attendance status and how they voted."""

    meeting: MeetingPage
    minutes_index: int
    status: Optional[str]
    page: Optional[int]
    # (minute item number, item title, option, vote page, vote anchor)
    votes: list[tuple[Optional[str], Optional[str], str, int, str]] = field(default_factory=list)


@dataclass
class Member:
    council: Optional[str]
    name: str
    appearances: list[Appearance] = field(default_factory=list)
    page_slug: str = ""  # set once every member is known (`collect_members`): unique


@dataclass
class PlanRow:
    """A row of an action-plan table with the action read from it (lead, status, end date)."""

    row: TableRow
    action: Optional[Action]


@dataclass
class SiteRecords:
    meetings: list[MeetingPage]
    diffs: list[DiffPage]
    members: list[Member]
    failed: list[tuple[str, str]]


def vote_anchor(minutes_index: int, item_index: int, vote_index: int) -> str:
    return f"vote-{minutes_index}-{item_index}-{vote_index}"


def row_anchor(table_id: str, row_index: int) -> str:
    return f"{table_id}-row-{row_index + 1}"


def load_meetings(out_root: Path) -> tuple[list[MeetingPage], list[tuple[str, str]]]:
    packs, failed = load_packs(out_root)
    pages = []
    for folder, _, pack in packs:
        views = meetings_of(pack)
        pages.append(MeetingPage(folder, pack, out_root / folder / "pack.json", meeting_name(views[0])))
    pages.sort(key=lambda p: (p.pack.meeting.council or "~", p.pack.meeting.body or "~", p.pack.meeting.date or "", p.folder))
    return pages, failed


def load_diffs(out_root: Path) -> tuple[list[DiffPage], list[tuple[str, str]]]:
    """Every diff.json under OUT that reads as a plan-version diff; the others are reported."""
    found, failed = [], []
    for path in find_diffs(out_root):
        try:
            diff = PackDiff.model_validate_json(path.read_bytes())
        except (OSError, ValidationError, ValueError) as exc:
            failed.append((str(path), str(exc).splitlines()[0][:160]))
            continue
        found.append(DiffPage(path.parent.relative_to(out_root).as_posix(), path, diff))
    return found, failed


def _initials(name: str) -> str:
    """The initials of a name's given names ('B H Lewis' -> 'bh', 'Bryan Lewis' -> 'b')."""
    return "".join(w[0] for w in name_key(name).split()[:-1])


def voter_lookup(minutes: Minutes) -> dict[str, str]:
    """Voter as printed in a recorded vote -> the attendance name of that member, when one
    attendee alone fits: the exact name, the surname alone (`meetings.voter_names`), or initials
    and surname whose initials begin the attendee's ('B Lewis' -> 'B H Lewis')."""
    known = voter_names(minutes)
    by_surname = attendees_by_surname(minutes)
    for item in minutes.items:
        for vote in item.votes:
            for voter in (v for names in vote.voters.values() for v in names):
                if voter in known or len(name_key(voter).split()) < 2:
                    continue
                fits = [n for n in by_surname.get(surname(voter), []) if _initials(n).startswith(_initials(voter))]
                if len(fits) == 1:
                    known[voter] = fits[0]
    return known


def collect_members(meetings: list[MeetingPage]) -> list[Member]:
    """Everyone the minutes list as attending or name in a recorded vote, by council and name.
    A voter named by surname alone is matched to the one attendee with that surname."""
    members: dict[tuple[str, str], Member] = {}

    def appearance(page: MeetingPage, mi: int, name: str) -> Appearance:
        council = page.pack.meeting.council
        member = members.setdefault((name_key(council or ""), name_key(name)), Member(council, name))
        for a in member.appearances:
            if a.meeting is page and a.minutes_index == mi:
                return a
        a = Appearance(page, mi, None, None)
        member.appearances.append(a)
        return a

    for page in meetings:
        for mi, minutes in enumerate(page.pack.minutes):
            for person in minutes.attendance:
                a = appearance(page, mi, person.name)
                a.status, a.page = person.status, person.page
            known = voter_lookup(minutes)
            for ii, item in enumerate(minutes.items):
                for vi, vote in enumerate(item.votes):
                    for option, names in vote.voters.items():
                        for voter in dict.fromkeys(names):  # a name printed twice is one member
                            a = appearance(page, mi, known.get(voter, voter))
                            a.votes.append((item.number, item.title, option, vote.page, vote_anchor(mi, ii, vi)))
    ordered = sorted(members.values(), key=lambda m: (m.council or "", name_key(m.name).split()[-1:], m.name))
    taken: set[str] = set()
    for member in ordered:
        base = page_name(f"{member.council or 'council'}-{member.name}")
        member.page_slug = next(n for n in (base if i == 0 else f"{base}-{i + 1}" for i in range(len(taken) + 1)) if n not in taken)
        taken.add(member.page_slug)
    return ordered


def plan_rows(pack: Pack, table: Table) -> list[PlanRow]:
    """The table's rows, each with the action read from it: actions come in row order, so they
    pair by position when every row gave one, else by their cells."""
    actions = [a for a in pack.actions if a.table == table.id]
    if len(actions) == len(table.rows) and all(a.original == r.cells for a, r in zip(actions, table.rows)):
        return [PlanRow(r, a) for r, a in zip(table.rows, actions)]
    by_cells = {json.dumps(a.original, sort_keys=True): a for a in actions}
    return [PlanRow(r, by_cells.get(json.dumps(r.cells, sort_keys=True))) for r in table.rows]


def collect(out_root: Path) -> SiteRecords:
    meetings, failed = load_meetings(out_root)
    diffs, bad_diffs = load_diffs(out_root)
    return SiteRecords(meetings, diffs, collect_members(meetings), failed + bad_diffs)

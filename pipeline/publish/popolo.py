"""Popolo: the votes of the minutes as Popolo motions and vote events (with counts and votes),
and the people they name as persons and memberships, in one `popolo.json` of the shape
EveryPolitician publishes: `{"persons", "organizations", "memberships", "motions", "vote_events"}`.

Persons are the members named on front sheets and in attendance (officers in attendance are
persons without a membership), and any voter a recorded vote names that the attendance does not.
A person is one per name per council (ids from content, so the same names give the same ids).
What Popolo has no field for is carried in `extras`: attendance status and substitutes on the
membership's meeting, the pack and pages of every motion and vote.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from agendapack.model import Pack
from agendapack.pipeline.publish.meetings import (
    VOTE_RESULTS,
    MeetingView,
    meetings_of,
    name_key,
    stable_id,
    voter_names,
)

Obj = dict[str, Any]

# attendance statuses of people who are not members of the body (officers, guests)
NOT_MEMBERS = {"in_attendance", "also_present"}


class _Popolo:
    def __init__(self) -> None:
        self.persons: dict[str, Obj] = {}
        self.organizations: dict[str, Obj] = {}
        self.memberships: dict[str, Obj] = {}
        self.motions: list[Obj] = []
        self.vote_events: list[Obj] = []

    def organization(self, view: MeetingView) -> Optional[str]:
        council = view.council or None
        parent = None
        if council:
            parent = f"organization/{stable_id('org', name_key(council))}"
            self.organizations.setdefault(parent, {"id": parent, "name": council, "classification": "legislature"})
        body = view.body or council
        if not body:
            return None
        org_id = f"organization/{stable_id('org', name_key(council or ''), name_key(body))}"
        if org_id != parent:
            org = {"id": org_id, "name": body, "classification": "committee"}
            if parent:
                org["parent_id"] = parent
            self.organizations.setdefault(org_id, org)
        return org_id

    def person(self, council: Optional[str], name: str, honorific: Optional[str] = None) -> str:
        person_id = f"person/{stable_id('person', name_key(council or ''), name_key(name))}"
        person = self.persons.setdefault(person_id, {"id": person_id, "name": name})
        if honorific:
            person.setdefault("honorific_prefix", honorific)
        return person_id

    def membership(self, person_id: str, org_id: Optional[str], role: Optional[str], date: Optional[str],
                   attended: Optional[Obj]) -> None:
        if org_id is None:
            return
        mid = f"membership/{stable_id(person_id, org_id)}"
        membership = self.memberships.setdefault(
            mid, {"id": mid, "person_id": person_id, "organization_id": org_id, "role": role or "member",
                  "extras": {"agendapack": {"meetings": []}}})
        if role and membership["role"] == "member":
            membership["role"] = role
        if attended is not None:
            membership["extras"]["agendapack"]["meetings"].append(attended | {"date": date})

    def add_meeting(self, view: MeetingView) -> None:
        pack = view.pack
        org_id = self.organization(view)
        if view.has_agenda:
            for member in pack.meeting.members:
                pid = self.person(view.council, member.name, member.honorific)
                self.membership(pid, org_id, member.role, view.date, None)
        for minutes in view.minutes:
            mi = pack.minutes.index(minutes)
            for att in minutes.attendance:
                pid = self.person(view.council, att.name, att.honorific)
                if att.status not in NOT_MEMBERS:
                    self.membership(pid, org_id, att.role, minutes.meeting.date or view.date, {
                        "status": att.status, "substitute_for": att.substitute_for, "pack_id": pack.source.sha256,
                        "page": att.page})
            known = voter_names(minutes)
            for j, item in enumerate(minutes.items):
                for k, vote in enumerate(item.votes):
                    self._vote(view, org_id, mi, j, k, known)

    def _vote(self, view: MeetingView, org_id: Optional[str], mi: int, j: int, k: int, known: dict[str, str]) -> None:
        pack = view.pack
        minutes = pack.minutes[mi]
        item = minutes.items[j]
        vote = item.votes[k]
        path = f"{pack.source.sha256[:16]}/minutes/{mi}/items/{j}"
        motion = next((m for m in item.motions if m.id == vote.motion), None)
        date = minutes.meeting.date or view.date
        provenance = {"pack_id": pack.source.sha256, "source_file": pack.source.file, "page": vote.page}
        motion_id = f"motion/{stable_id(path, 'motions', vote.motion or str(k))}"
        if not any(m["id"] == motion_id for m in self.motions):
            m_obj: Obj = {"id": motion_id, "text": (motion.text if motion and motion.text else vote.text)
                          or item.title or "vote", "identifier": vote.motion or item.number or str(j + 1),
                          "classification": motion.kind if motion else "motion",
                          "extras": {"agendapack": provenance | {"page": motion.page if motion else vote.page,
                                                                 "mover": motion.mover if motion else None,
                                                                 "seconder": motion.seconder if motion else None,
                                                                 "minute_item": item.number}}}
            if org_id:
                m_obj["organization_id"] = org_id
            if date:
                m_obj["date"] = date
            result = (motion.result if motion else None) or vote.result
            if result in VOTE_RESULTS:
                m_obj["result"] = VOTE_RESULTS[result]
            self.motions.append(m_obj)
        ve_id = f"vote-event/{stable_id(path, 'votes', str(k))}"
        votes = []
        for option, names in vote.voters.items():
            for name in names:
                voter = self.person(view.council, known.get(name, name))
                votes.append({"vote_event_id": ve_id, "voter_id": voter, "option": option})
        ve: Obj = {"id": ve_id, "motion_id": motion_id, "identifier": vote.motion or f"{item.number or j + 1}/{k + 1}",
                   "counts": [{"option": o, "value": n} for o, n in vote.counts.model_dump().items() if n is not None],
                   "votes": votes, "extras": {"agendapack": provenance | {"text": vote.text}}}
        if org_id:
            ve["organization_id"] = org_id
        if date:
            ve["start_date"] = date
        if vote.result in VOTE_RESULTS:
            ve["result"] = VOTE_RESULTS[vote.result]
        self.vote_events.append(ve)

    def document(self) -> Obj:
        return {"persons": sorted(self.persons.values(), key=lambda p: p["id"]),
                "organizations": sorted(self.organizations.values(), key=lambda o: o["id"]),
                "memberships": sorted(self.memberships.values(), key=lambda m: m["id"]),
                "motions": self.motions, "vote_events": self.vote_events}


def popolo_document(packs: list[Pack]) -> Obj:
    popolo = _Popolo()
    for pack in packs:
        for view in meetings_of(pack):
            popolo.add_meeting(view)
    return popolo.document()


def write_popolo(packs: list[Pack], out_dir: Path) -> list[Path]:
    from agendapack.pipeline.outputs.io import dumps_json, write_if_changed

    path = out_dir / "popolo.json"
    write_if_changed(path, dumps_json(popolo_document(packs)).encode("utf-8"))
    return [path]

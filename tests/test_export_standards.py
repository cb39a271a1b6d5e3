"""`agendapack export`: Open Civic Data and Popolo validate against the schemas in tests/schemas
(see its README for their source and licence), and NDJSON holds the database's rows. Inputs:
the sample packs and four corpus minutes files from England and North America."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import jsonschema
import pytest
from jsonschema import Draft3Validator, Draft4Validator, FormatChecker

from agendapack.pipeline.publish.database import publish_records, row_counts
from agendapack.pipeline.publish.export import export_records
from tests.test_publish_db import CORPUS_MINUTES, parse_into

SCHEMAS = Path(__file__).parent / "schemas"


def ocd_validator(name: str) -> jsonschema.protocols.Validator:
    """As pupa validates (pupa.scrape.base): draft 3 with the types `date` and `datetime` (Python
    date objects, never JSON values) and its uri checks."""
    types = Draft3Validator.TYPE_CHECKER.redefine(
        "datetime", lambda c, d: isinstance(d, (datetime.date, datetime.datetime))).redefine(
        "date", lambda c, d: isinstance(d, datetime.date) and not isinstance(d, datetime.datetime))
    checker = FormatChecker()

    @checker.checks("uri")
    def uri(value: object) -> bool:
        return not isinstance(value, str) or (value.startswith(("http://", "https://", "ftp://")) and " " not in value)

    @checker.checks("uri-blank")
    def uri_blank(value: object) -> bool:
        return value == "" or uri(value)

    cls = jsonschema.validators.extend(Draft3Validator, type_checker=types)
    return cls(json.loads((SCHEMAS / "ocd" / f"{name}.json").read_text()), format_checker=checker)


def popolo_validator(name: str) -> Draft4Validator:
    from referencing import Registry, Resource

    folder = SCHEMAS / "popolo"
    registry = Registry().with_resources(
        (p.name, Resource.from_contents(json.loads(p.read_text()))) for p in folder.glob("*.json"))
    return Draft4Validator(json.loads((folder / f"{name}.json").read_text()), registry=registry)


def errors(validator, obj) -> list[str]:
    return [f"{'/'.join(map(str, e.path))}: {e.message[:200]}" for e in validator.iter_errors(obj)]


@pytest.fixture(scope="module")
def parsed_out(tmp_path_factory, corpus) -> Path:
    return parse_into(tmp_path_factory.mktemp("export") / "out", corpus)


def test_ocd_events_and_vote_events_validate(parsed_out, tmp_path):
    files = export_records(parsed_out, "ocd", tmp_path / "ocd", base_url="https://example.org/papers")
    events = [json.loads(p.read_text()) for p in files if p.name.startswith("event_")]
    votes = [json.loads(p.read_text()) for p in files if p.name.startswith("vote_event_")]
    event_v, vote_v = ocd_validator("event"), ocd_validator("vote_event")
    for obj in events:
        assert errors(event_v, obj) == [], obj["name"]
    for obj in votes:
        assert errors(vote_v, obj) == [], obj["identifier"]
    files_seen = {e["extras"]["agendapack"]["source_file"] for e in events}
    assert {Path(f).name for f in CORPUS_MINUTES} <= files_seen
    assert any(f.startswith("eastbrook_children-committee") for f in files_seen)
    # Kent, 13 February 2025, page 3: the Section 25 motion, For (57), Against (0), Abstain (2):
    # Mr B Lewis, Mr D Ross
    kent = [v for v in votes if v["extras"]["agendapack"]["source_file"].startswith("kent_county-council")]
    assert len(kent) == 8
    first = next(v for v in kent if v["extras"]["agendapack"]["first_page"] == 3)
    assert {c["option"]: c["value"] for c in first["counts"]} == {"yes": 57, "no": 0, "abstain": 2}
    assert first["result"] == "pass" and "section 25" in first["motion_text"]
    assert sum(1 for v in first["votes"] if v["option"] == "abstain") == 2
    # the event links its documents to their pages
    kent_event = next(e for e in events if e["extras"]["agendapack"]["source_file"].startswith("kent_county"))
    assert kent_event["start_date"] == "2025-02-13"
    assert all("#page=" in d["url"] for d in kent_event["documents"])
    statuses = {a["status"] for m in kent_event["extras"]["agendapack"]["minutes"] for a in m["attendance"]}
    assert "present" in statuses


def test_popolo_validates(parsed_out, tmp_path):
    (path,) = export_records(parsed_out, "popolo", tmp_path / "popolo")
    doc = json.loads(path.read_text())
    checks = [("persons", ocd_validator("person")), ("organizations", ocd_validator("organization")),
              ("memberships", ocd_validator("membership")), ("motions", popolo_validator("motion")),
              ("vote_events", popolo_validator("vote_event"))]
    for key, validator in checks:
        assert doc[key], key
        for obj in doc[key]:
            assert errors(validator, obj) == [], (key, obj.get("id"))
    persons = {p["id"]: p for p in doc["persons"]}
    ids = {o["id"] for o in doc["organizations"]}
    assert all(m["person_id"] in persons and m["organization_id"] in ids for m in doc["memberships"])
    # every named vote points to a person; Mr Hood voted in all eight
    # Kent divisions, named by surname in the division lists
    hood = [v for ve in doc["vote_events"] for v in ve["votes"] if persons[v["voter_id"]]["name"].endswith("Hood")]
    assert len(hood) == 8


def test_ndjson_holds_the_database_rows(parsed_out, tmp_path):
    files = export_records(parsed_out, "ndjson", tmp_path / "ndjson")
    db = tmp_path / "council.db"
    publish_records(parsed_out, db, metadata=False)
    counts = row_counts(db)
    lines = {p.stem: p.read_text().splitlines() for p in files}
    assert {t: len(v) for t, v in lines.items()} == counts
    first_vote = json.loads(lines["votes"][0])
    assert {"id", "pack_id", "source_file", "first_page", "voter", "option"} <= set(first_vote)

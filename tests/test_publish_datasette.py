"""The published database in Datasette (in-process, its test client): each canned query of the
written metadata runs and answers what the PDFs say (see tests/test_publish_db.py)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from agendapack.pipeline.publish.database import publish_records
from tests.test_publish_db import parse_into

datasette_app = pytest.importorskip("datasette.app", reason="the datasette extra: pip install agendapack[datasette]")


@pytest.fixture(scope="module")
def published(tmp_path_factory, corpus) -> tuple[Path, dict]:
    out = parse_into(tmp_path_factory.mktemp("datasette") / "out", corpus)
    # an earlier version of the sample improvement plan: its record with another sha256, an
    # earlier date and the first dated action due sooner, so that action slipped in the version parsed
    plan = next(p for p in out.glob("*/pack.json") if "improvement-plan" in p.parent.name)
    record = json.loads(plan.read_text())
    slipped = dict(next(a for a in record["actions"] if a["ref"] and a["end"]))
    record["source"]["sha256"] = "0" * 64
    record["source"]["file"] = "improvement-plan_v1.pdf"
    record["meeting"]["date"] = "2025-01-01"
    for action in record["actions"]:
        if action["ref"] == slipped["ref"]:
            action["end"] = "2000-01"
    (out / "improvement-plan_v1-00000000").mkdir()
    (out / "improvement-plan_v1-00000000" / "pack.json").write_text(json.dumps(record))
    db = out.parent / "council.db"
    report = publish_records(out, db)
    assert report.ok and report.metadata is not None
    return db, slipped


@pytest.fixture()
def database(published) -> Path:
    return published[0]


def get(db: Path, path: str) -> list[dict]:
    metadata = json.loads(db.with_name("council.metadata.json").read_text())
    ds = datasette_app.Datasette([str(db)], metadata=metadata)

    async def fetch():
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text[:500]
        return response.json()

    return asyncio.run(fetch())


def test_votes_by_member(database):
    rows = get(database, "/council/votes_by_member.json?member=Hood&_shape=array")
    assert sorted((r["page"], r["option"]) for r in rows) == [
        (3, "yes"), (6, "yes"), (7, "yes"), (8, "yes"), (9, "no"), (10, "yes"), (12, "no"), (12, "yes")]


def test_resolutions_mentioning_a_term(database):
    rows = get(database, "/council/resolutions_mentioning.json?term=EddyNet&_shape=array")
    assert [(r["source_file"], r["page"], r["meeting_date"]) for r in rows] == [
        ("nipissing_council_2025-03-04_minutes.pdf", 1, "2025-03-04")]


def test_actions_slipped_since_the_last_version(published):
    database, slipped = published
    rows = get(database, "/council/actions_slipped.json?_shape=array")
    assert [(r["ref"], r["previous_end"], r["end"]) for r in rows] == [(slipped["ref"], "2000-01", slipped["end"])]
    assert rows[0]["previous_file"] == "improvement-plan_v1.pdf"


def test_meetings_by_body(database):
    # Milburn Parish Council met on 16 January 2018 (the minutes' heading)
    rows = get(database, "/council/meetings_by_body.json?body=Milburn&_shape=array")
    assert {(r["date"], r["found_in"]) for r in rows} == {("2018-01-16", "agenda"), ("2018-01-16", "minutes")}


def test_metadata_facets_and_search(database):
    metadata = json.loads(database.with_name("council.metadata.json").read_text())
    tables = metadata["databases"]["council"]["tables"]
    assert tables["meetings"]["facets"] == ["council", "body", "year"]
    assert tables["resolutions"]["facets"] == ["outcome"]
    rows = get(database, "/council/resolutions.json?_search=Brandt&_shape=array")
    assert len(rows) == 1 and "EddyNet" in rows[0]["text"]

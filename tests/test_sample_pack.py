"""The generated sample pack against the content its generator wrote (samples/expected.json)."""

import json
from pathlib import Path

import pytest

from agendapack.model import flat_agenda
from agendapack.pipeline.stages import parse_pack
from evaluation.core import same_title

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def sample():
    expected = json.loads((SAMPLES / "expected.json").read_text())["pack"]
    pack = parse_pack(SAMPLES / Path(expected["file"]).name)
    return expected, pack


def test_sample_front_sheet(sample):
    exp, pack = sample
    m, want = pack.meeting, exp["meeting"]
    assert (m.date, m.start_time, m.published) == (want["date"], want["start_time"], want["published"])
    assert m.body == want["body"]
    assert m.council.lower() == want["council"].lower()
    assert m.contact.name == want["contact"]["name"]
    assert m.contact.phone == want["contact"]["phone"]
    assert m.contact.email == want["contact"]["email"]
    assert [(p.name, p.role) for p in m.members] == [(p["name"], p["role"]) for p in want["members"]]
    assert "EB1 2QA" in m.venue


def test_sample_agenda_items(sample):
    exp, pack = sample
    items = flat_agenda(pack.agenda)
    assert [it.number for it in items] == [i["number"] for i in exp["agenda"]]
    for it, want in zip(items, exp["agenda"]):
        assert same_title(it.title, want["title"]), (it.title, want["title"])
        assert (it.pages.model_dump() if it.pages else None) == want["pages"]
        assert it.part == want["part"]


def test_sample_documents_attach_to_agenda_items(sample):
    exp, pack = sample
    by_first = {d.pages.first: d for d in pack.documents}
    for want in exp["documents"]:
        doc = by_first.get(want["physical_pages"]["first"])
        assert doc is not None, want["title"]
        assert doc.agenda_item == want["agenda_item"], want["title"]
    # physical pages of each item follow from its printed range and the "Page N" stamps
    for it in flat_agenda(pack.agenda):
        if it.pages:
            assert it.physical_pages.first == it.pages.first + exp["printed_page_offset"]
    assert pack.source.blank_pages and all(p in pack.source.blank_pages for p in exp.get("blank_pages", pack.source.blank_pages))


def test_sample_document_kinds(sample):
    exp, pack = sample
    # the generator's kinds, in the record's vocabulary: plan appendices are appendices, a
    # paper that is one table (forward plan, work programme) is a table
    vocabulary = {"minutes": "minutes", "report": "report", "action_plan": "appendix",
                  "forward_plan": "table", "work_programme": "table"}
    by_first = {d.pages.first: d for d in pack.documents}
    checked = 0
    for want in exp["documents"]:
        if want["kind"] in vocabulary:
            assert by_first[want["physical_pages"]["first"]].kind == vocabulary[want["kind"]], want["title"]
            checked += 1
    assert checked >= 5
    assert pack.documents[0].kind == "front_sheet"
    assert pack.documents[0].title == exp["meeting"]["body"]


def test_sample_tables_know_where_they_sit(sample):
    _, pack = sample
    assert pack.tables
    for t in pack.tables:
        pages = {r.page for r in t.regions}
        assert pages == set(range(t.pages.first, t.pages.last + 1)), t.id
        for r in t.regions:
            assert 0 <= r.x0 < r.x1 and 0 <= r.top < r.bottom

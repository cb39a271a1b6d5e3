"""The generated sample pack (samples/, fictional content) holds "minutes of the previous
meeting" as agenda item 5: they are read and filed under the agenda item approving them."""

import json

import pytest

from tests.conftest import SAMPLES
from tests.minutes_gold import norm

PACK = SAMPLES / "eastbrook_children-committee_2025-07-15_pack.pdf"
EXPECTED = SAMPLES / "expected.json"



@pytest.fixture(scope="module")
def pack_and_expected():
    from agendapack.pipeline.stages import parse_pack

    return parse_pack(PACK), json.loads(EXPECTED.read_text())["pack"]


def test_sample_pack_minutes_filed_under_the_approving_agenda_item(pack_and_expected):
    pack, exp = pack_and_expected
    assert len(pack.minutes) == 1
    m = pack.minutes[0]
    minutes_doc = next(d for d in exp["documents"] if d["kind"] == "minutes")
    assert m.agenda_item == minutes_doc["agenda_item"] == "5"
    assert m.pages.first == minutes_doc["physical_pages"]["first"]
    em = exp["minutes"]
    for key in ("body", "date", "venue", "start_time", "end_time"):
        assert norm(getattr(m.meeting, key)) == norm(em[key]), key


def test_sample_pack_minute_items_resolutions_votes(pack_and_expected):
    pack, exp = pack_and_expected
    m, em = pack.minutes[0], exp["minutes"]
    assert [(it.number, norm(it.title), it.agenda_item) for it in m.items] == [
        (i["number"], norm(i["title"]), i["agenda_item"]) for i in em["items"]
    ]
    assert [len(it.resolutions) for it in m.items] == [i["resolutions"] for i in em["items"]]
    votes = [(it.number, v.result, v.counts.yes, v.counts.no) for it in m.items for v in it.votes]
    assert votes == [(v["item"], v["result"], v["counts"]["yes"], v["counts"]["no"]) for v in em["votes"]]


def test_sample_pack_minutes_attendance(pack_and_expected):
    pack, exp = pack_and_expected
    got = sorted((norm(a.name), a.status, norm(a.substitute_for)) for a in pack.minutes[0].attendance)
    want = sorted((norm(a["name"]), a["status"], norm(a.get("substitute_for"))) for a in exp["minutes"]["attendance"])
    assert got == want

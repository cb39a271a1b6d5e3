"""The generated sample pack (samples/, fictional): its action plan comes out with every row,
each with its work stream, normalised dates and a status where a date cell holds no date;
the forward plan and work programme as typed records; table files written reproducibly."""

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from agendapack.extractors.text.dates import parse_plan_date
from agendapack.pipeline.run.batch import write_pack
from agendapack.pipeline.stages import parse_pack

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = ROOT / "samples" / "expected.json"
PACKS = sorted((ROOT / "samples").glob("eastbrook_*_pack.pdf"))



def norm(text):
    return " ".join(str(text or "").split())


@pytest.fixture(scope="module")
def expected():
    return json.loads(EXPECTED.read_text())["pack"]


@pytest.fixture(scope="module")
def pack(expected):
    return parse_pack(ROOT / expected["file"])


def test_every_action_row_with_workstream_dates_and_status(pack, expected):
    rows = expected["action_plan"]["rows"]
    names = {w["number"]: w["heading"] for w in expected["action_plan"]["workstreams"]}
    assert [a.ref for a in pack.actions] == [r["ref"] for r in rows]
    for a, r in zip(pack.actions, rows):
        assert norm(a.action) == norm(r["action"]), r["ref"]
        assert norm(a.lead) == norm(r["lead"]), r["ref"]
        assert norm(a.progress) == norm(r["progress"]), r["ref"]
        assert norm(a.measures) == norm(r["measures"]), r["ref"]
        assert norm(a.targets) == norm(r["targets"]), r["ref"]
        assert norm(a.workstream) == norm(names[r["workstream"]])
        assert a.start_text == r["start_text"] and a.end_text == r["end_text"]
        start, start_word = parse_plan_date(r["start_text"])
        end, end_word = parse_plan_date(r["end_text"])
        assert (a.start, a.end) == (start, end), r["ref"]
        if end is None:
            assert a.status == end_word
        elif start is None:
            assert a.status == start_word
        assert a.page == r["physical_page"]


def test_bullets_stay_list_items(pack, expected):
    for a, r in zip(pack.actions, expected["action_plan"]["rows"]):
        if "\n•" in (r["measures"] or ""):
            assert a.measures.count("•") == r["measures"].count("•")
            assert "\n• " in a.measures


def test_plan_tables_pages_and_columns(pack, expected):
    plans = [t for t in pack.tables if t.kind == "action_plan"]
    assert len(plans) == len(expected["action_plan"]["workstreams"])
    for t, w in zip(plans, expected["action_plan"]["workstreams"]):
        # two-level header: each column is named "Group / Leaf" under the spanning group heading
        assert len(t.columns) == len(w["columns"])
        for col, leaf in zip(t.columns, w["columns"]):
            group, _, name = col.rpartition(" / ")
            assert name == leaf and group in w["header_groups"], (col, leaf)
        assert norm(t.title) == norm(w["heading"])
        assert len(t.rows) == w["row_count"]
        assert (t.pages.first, t.pages.last) == (w["pages"][0], w["pages"][-1])


def test_forward_plan_items(pack, expected):
    fp = expected["forward_plan"]
    assert [norm(i.decision) for i in pack.forward_plan] == [norm(r["Decision"]) for r in fp["rows"]]
    for item, r in zip(pack.forward_plan, fp["rows"]):
        assert item.meeting == r["group"]
        assert norm(item.cabinet_member) == norm(r["Cabinet Member(s) Responsible"])
        assert norm(item.officer) == norm(r["Officer Contact"])
        assert norm(item.wards) == norm(r["Ward(s)"])
        assert item.private_text == r["Private decision?"]
        assert item.private == r["Private decision?"].lower().startswith("private")


def test_work_programme_meetings(pack, expected):
    wp = expected["work_programme"]["rows"]
    assert [(m.date, m.room, m.items) for m in pack.work_programme] == [(r["date"], r["room"], r["items"]) for r in wp]


def test_table_files_written_atomically_and_reproducibly(pack, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    write_pack(pack, a)
    write_pack(pack, b)
    for t in pack.tables:
        for ext in ("csv", "parquet"):
            fa, fb = a / f"{t.id}.{ext}", b / f"{t.id}.{ext}"
            assert hashlib.sha256(fa.read_bytes()).digest() == hashlib.sha256(fb.read_bytes()).digest()
        frame = pd.read_parquet(a / f"{t.id}.parquet")
        assert list(frame.columns)[: len(t.columns)] == t.columns
        assert len(frame) == len(t.rows)
        assert list(frame["first_page"]) == [r.pages.first for r in t.rows]
    assert not list(a.glob(".*.tmp"))

"""A schema that constrains: `validate` rejects a date that is no date, a time that is no time, a
hash that is no hash and a page span that runs backwards, each with its JSON path; it reports
every error, accepts folders, and the records the parser writes still pass."""

import copy
import json

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from agendapack.model import Pack, PageSpan, pack_json_schema
from agendapack.pipeline.cli import main

GOOD = {
    "schema_version": "1.0",
    "source": {"file": "x.pdf", "sha256": "a" * 64, "pages": 12},
    "meeting": {"date": "2025-01-30", "start_time": "19:30", "published": "2025-01-21"},
    "agenda": [{"number": "1", "title": "Apologies", "page": 2, "pages": {"first": 3, "last": 5}}],
    "actions": [{"start": "2025-03", "end": "2025-12-31", "table": "table-01", "page": 9}],
}


def _validate(tmp_path, record, name="pack.json"):
    path = tmp_path / name
    path.write_text(json.dumps(record))
    return CliRunner().invoke(main, ["validate", str(path)])


def test_a_good_record_is_valid(tmp_path):
    run = _validate(tmp_path, GOOD)
    assert run.exit_code == 0, run.stderr
    Pack.model_validate(GOOD)


@pytest.mark.parametrize("path, value, where", [
    (("meeting", "date"), "next Thursday", "/meeting/date"),
    (("meeting", "date"), "2025-02-30", "/meeting/date"),  # the pattern passes, the format checker does not
    (("meeting", "start_time"), "ten-ish", "/meeting/start_time"),
    (("source", "sha256"), "x", "/source/sha256"),
    (("actions", 0, "start"), "spring", "/actions/0/start"),
    (("agenda", 0, "pages"), {"first": 9, "last": 2}, "/agenda/0/pages"),
])
def test_each_bad_value_is_rejected_with_its_json_path(tmp_path, path, value, where):
    record = copy.deepcopy(GOOD)
    node = record
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    run = _validate(tmp_path, record)
    assert run.exit_code == 1
    [line] = run.stderr.splitlines()
    assert line.startswith(f"invalid {tmp_path / 'pack.json'}: {where}: "), line
    with pytest.raises(ValidationError):  # the model refuses it too: such a record is never written
        Pack.model_validate(record)


def test_every_error_is_reported_and_folders_are_searched(tmp_path):
    record = copy.deepcopy(GOOD)
    record["meeting"].update(date="next Thursday", start_time="ten-ish")
    record["source"]["sha256"] = "x"
    record["agenda"][0]["pages"] = {"first": 9, "last": 2}
    (tmp_path / "a-1" ).mkdir()
    (tmp_path / "a-1" / "pack.json").write_text(json.dumps(record))
    (tmp_path / "b-2").mkdir()
    (tmp_path / "b-2" / "pack.json").write_text(json.dumps(GOOD))
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "pack.json").write_text("{}")
    run = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert run.exit_code == 1
    paths = [line.split(": ")[1] for line in run.stderr.splitlines()]
    assert paths == ["/agenda/0/pages", "/meeting/date", "/meeting/start_time", "/source/sha256"]
    assert run.stdout.strip() == f"valid   {tmp_path / 'b-2' / 'pack.json'}"


def test_page_spans_run_forwards():
    assert PageSpan(first=3, last=3).last == 3
    with pytest.raises(ValidationError, match="after the last page"):
        PageSpan(first=9, last=2)


def test_the_schema_carries_the_constraints():
    schema = pack_json_schema()
    defs = schema["$defs"]
    meeting_date = defs["Meeting"]["properties"]["date"]
    assert meeting_date["format"] == "date" and "pattern" in json.dumps(meeting_date)
    assert defs["SourceFile"]["properties"]["sha256"]["pattern"] == "^[0-9a-f]{64}$"
    assert "pattern" in json.dumps(defs["Meeting"]["properties"]["start_time"])
    assert "$id" not in schema or not schema["$id"].startswith("https://agendapack.example")
    # the published file is the generated one
    from pathlib import Path

    published = json.loads((Path(__file__).resolve().parents[1] / "schema" / "pack.schema.json").read_text())
    assert published == schema

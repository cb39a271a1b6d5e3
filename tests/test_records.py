"""The record contract: schema published, packs validate, outputs reproducible and atomic."""

import json
from pathlib import Path

import jsonschema

from pipeline.io import dumps_json
from pipeline.records import pack_json_schema
from pipeline.stages import parse_pack

ROOT = Path(__file__).resolve().parents[1]


def test_published_schema_matches_the_record_model():
    published = json.loads((ROOT / "schema/pack.schema.json").read_text())
    assert published == pack_json_schema(), "run `make schema` after changing pipeline/records.py"


def test_pack_validates_against_schema_and_is_deterministic(corpus):
    pdf = corpus / "agendas/kent_cabinet_2025-01-30_agenda-frontsheet.pdf"
    a = dumps_json(parse_pack(pdf).model_dump(mode="json"))
    b = dumps_json(parse_pack(pdf).model_dump(mode="json"))
    assert a == b
    data = json.loads(a)
    jsonschema.Draft202012Validator(pack_json_schema()).validate(data)
    assert data["source"]["pages"] == 2
    assert len(data["source"]["sha256"]) == 64
    for key in ("minutes", "tables", "actions"):
        assert isinstance(data[key], list)


def test_every_agenda_item_knows_its_page(parsed):
    pack = parsed("agendas/kent_cabinet_2025-01-30_agenda-frontsheet.pdf")
    assert pack.agenda and all(it.page == 1 for it in pack.agenda)

"""The record contract: schema published, packs validate, outputs reproducible and atomic."""

import json
from pathlib import Path

import jsonschema

from agendapack.model import pack_json_schema
from agendapack.pipeline.outputs.io import dumps_json
from agendapack.pipeline.stages import parse_pack

ROOT = Path(__file__).resolve().parents[1]


def test_published_schema_matches_the_record_model():
    published = json.loads((ROOT / "schema/pack.schema.json").read_text())
    assert published == pack_json_schema(), "run `make schema` after changing agendapack/model.py"


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


def test_same_input_gives_the_same_bytes_in_every_output_file(tmp_path):
    from agendapack.pipeline.run.batch import parse_files

    pdf = ROOT / "samples" / "eastbrook_improvement-plan_v2_2025-10.pdf"
    a, b = tmp_path / "a", tmp_path / "b"
    assert all(r.ok for r in parse_files([pdf], a, progress=False))
    assert all(r.ok for r in parse_files([pdf], b, progress=False))
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert files_a == files_b
    assert any(p.suffix == ".parquet" for p in files_a) and any(p.suffix == ".csv" for p in files_a)
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel

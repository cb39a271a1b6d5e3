"""The councils written blind (scripts/blindgen/): every gold record of a generated document names
a PDF the package builds, and the build is byte for byte the same each time, so the hold-out
scores the same documents on every machine."""

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="module")
def blindgen():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import blindgen
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return blindgen


def _digests(paths):
    return {p.relative_to(p.parents[1]).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def test_every_generated_gold_names_a_built_pdf_and_the_build_is_reproducible(blindgen, tmp_path):
    first = _digests(blindgen.build_all(tmp_path / "a" / "generated"))
    second = _digests(blindgen.build_all(tmp_path / "b" / "generated"))
    assert first and first == second
    golds = [json.loads(p.read_text(encoding="utf-8"))["file"] for p in sorted(GOLD.glob("**/generated__*.json"))]
    assert golds, "no gold record of a generated document"
    built = {f"generated/{name}" for name in first}
    assert set(golds) <= built
    # each group holds some of them: the hold-out is not empty
    assert list((GOLD / "holdout").glob("generated__*.json"))
    assert list((GOLD / "dev").glob("generated__*.json"))


def test_committed_golds_are_what_each_council_writes_in_its_group(blindgen):
    """A gold edited by hand drifts from its council's data; a council moved between groups
    without moving its gold would be scored in the wrong group."""
    written = {}
    for council in blindgen.councils():
        for name, record in blindgen.gold_records(council).items():
            written[f"{blindgen.group(council)}/{name}"] = record
    committed = {p.relative_to(GOLD).as_posix(): json.loads(p.read_text(encoding="utf-8"))
                 for p in sorted(GOLD.glob("**/generated__*.json"))}
    assert written == committed

"""Councils written blind: fictional agendas, minutes and plans printed the way real councils
print them, each with its expected records, by authors who never read the parser's rules.

Each module `scripts/blindgen/<council>.py` has `build(folder) -> list[Path]`, which writes the
council's PDFs under `folder/<agendas|minutes|plans|packs>/`, and `gold()`, its expected records
in the gold format of tests/gold/README.md, written from the data the renderer prints. The
records are committed as `tests/gold/<holdout|dev>/generated__*.json`; `HOLDOUT` says which
councils nobody writes rules on (fixed before any of them was parsed; see tests/gold/README.md).

    python -m blindgen [FOLDER]           build every council's PDFs (default out/generated)
    python -m blindgen --gold GOLD_ROOT   write every council's gold under GOLD_ROOT/<group>/
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

HOLDOUT = frozenset({"ie_municipal_district", "ca_township_escribe", "uk_town_council_brackenford",
                     "scot_council_committee", "nz_district_council", "us_county_commission"})


def councils() -> list[str]:
    """The module names, one per council, in order."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def group(council: str) -> str:
    return "holdout" if council in HOLDOUT else "dev"


def build_all(folder: Path) -> list[Path]:
    """Write every council's PDFs under `folder` (agendas/, minutes/, plans/, packs/)."""
    written: list[Path] = []
    for name in councils():
        written += importlib.import_module(f"{__name__}.{name}").build(Path(folder))
    return written


def gold_records(council: str) -> dict[str, dict]:
    """One council's expected records keyed by gold file name, each `file` under generated/."""
    made = importlib.import_module(f"{__name__}.{council}").gold()
    # authors returned either one record or a dict of them
    records = [made] if "file" in made else list(made.values())
    named = {}
    for record in records:
        if not record["file"].startswith("generated/"):
            record["file"] = f"generated/{record['file']}"
        stem = record["file"].removeprefix("generated/").removesuffix(".pdf").replace("/", "__")
        named[f"generated__{stem}.json"] = record
    return named


def write_golds(root: Path) -> list[Path]:
    written = []
    for name in councils():
        folder = Path(root) / group(name)
        folder.mkdir(parents=True, exist_ok=True)
        for file_name, record in gold_records(name).items():
            path = folder / file_name
            path.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            written.append(path)
    return written


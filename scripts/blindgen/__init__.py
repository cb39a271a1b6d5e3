"""Councils written blind: fictional agendas, minutes and plans printed the way real councils
print them, each with its expected record, by authors who never read the parser's rules.

Each module `scripts/blindgen/<council>.py` has `build(folder) -> list[Path]`, which writes the
council's PDFs under `folder/<agendas|minutes|plans|packs>/`; their expected records are
`tests/gold/blind/<council>/*.json`, in the gold format of tests/gold/README.md.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def councils() -> list[str]:
    """The module names, one per council, in order."""
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def build_all(folder: Path) -> list[Path]:
    """Write every council's PDFs under `folder` (agendas/, minutes/, plans/, packs/)."""
    written: list[Path] = []
    for name in councils():
        written += importlib.import_module(f"{__name__}.{name}").build(Path(folder))
    return written


if __name__ == "__main__":
    for path in build_all(Path(sys.argv[1] if len(sys.argv) > 1 else "out/generated")):
        print(path)

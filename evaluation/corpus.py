"""Where the evaluation reads: the shared corpus of real PDFs and the gold records."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
# the real published PDFs beside the checkout, or wherever $AGENDAPACK_CORPUS says
CORPUS = Path(os.environ.get("AGENDAPACK_CORPUS", ROOT.parent / "shared" / "corpus"))

# Gold records whose "file" starts with this read documents the project generates itself: the
# councils written blind (scripts/blindgen/), built once per run into a temporary folder.
GENERATED = "generated/"


@functools.lru_cache(maxsize=1)
def generated_root() -> Path:
    """A folder holding generated/<subfolder>/<file>.pdf for every blind-written council."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import blindgen
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    root = Path(tempfile.mkdtemp(prefix="agendapack-generated-"))
    atexit.register(shutil.rmtree, root, True)
    blindgen.build_all(root / GENERATED.rstrip("/"))
    return root


def locate(file: str, corpus: Path = CORPUS) -> Path:
    """The PDF a gold record's "file" names: under the corpus, or a generated document."""
    if file.startswith(GENERATED):
        return generated_root() / file
    return corpus / file

"""Where the evaluation reads: the shared corpus of real PDFs and the gold records."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
# the real published PDFs beside the checkout, or wherever $AGENDAPACK_CORPUS says
CORPUS = Path(os.environ.get("AGENDAPACK_CORPUS", ROOT.parent / "shared" / "corpus"))

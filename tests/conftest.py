import os
from pathlib import Path

import pytest

from evaluation.corpus import CORPUS  # $AGENDAPACK_CORPUS, else ../shared/corpus

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


# settings an operator's shell or make may export (make exports AGENDAPACK_CACHE_DIR for its own
# commands): a test sets the ones it is about itself, so the suite gives the same result anywhere
_RUN_SETTINGS = ("AGENDAPACK_CACHE_DIR", "AGENDAPACK_JOBS", "AGENDAPACK_ENGINE", "AGENDAPACK_TIME_LIMIT")


def pytest_sessionstart(session):
    for name in _RUN_SETTINGS:
        os.environ.pop(name, None)
    # corpus tests are never skipped: a missing corpus is an error, not a pass
    if not CORPUS.is_dir():
        raise pytest.UsageError(f"corpus not found at {CORPUS} (set AGENDAPACK_CORPUS)")


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


_cache = {}


@pytest.fixture(scope="session")
def parsed():
    """Parse a corpus file once per session: parsed('agendas/x.pdf') -> Pack."""
    from agendapack.pipeline.stages import parse_pack

    def get(rel: str):
        if rel not in _cache:
            _cache[rel] = parse_pack(CORPUS / rel)
        return _cache[rel]

    return get

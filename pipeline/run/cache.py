"""The content-hash cache: a pack whose bytes are unchanged is not parsed again, whatever its name.

The key of a parse is the SHA-256 of the PDF's bytes plus a fingerprint of the parser: the source
of the `agendapack` package (model, pipeline, extractors), the package version, the versions of the libraries that
read the PDF and the minutes (pdfplumber, pdfminer.six, pypdfium2, spaCy, pydantic), the spaCy
pipeline a `spacy_model` setting resolves to (and its version), and every `Settings` field that can
change the record (all fields but the ones listed in `NEUTRAL_FIELDS`).

Entries live in the cache folder, `<cache>/<pdf sha256>-<fingerprint>.json`, and hold the
validated record exactly as `pack.json` is written. The cache folder is, in this order, the one
given (`--cache-dir`), `$AGENDAPACK_CACHE_DIR`, or `.agendapack-cache/` beside the output folder
(`out/` -> `.agendapack-cache/`): never inside the output folder, which a publisher copies as it
is, and on the same file system as the outputs, so an entry is written by an atomic rename and
`make clean` can remove both. The only value of a record that depends on
the file's name is `source.file`; `renamed` sets it when an entry is reused for another name.
Writing an entry removes the entries of the same PDF made by other parser versions.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import fields
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Optional

from agendapack.pipeline.config import Settings
from agendapack.pipeline.outputs.io import atomic_write_text

log = logging.getLogger("agendapack")

CACHE_DIR = ".agendapack-cache"
CACHE_ENV = "AGENDAPACK_CACHE_DIR"
# Settings fields that change how a parse runs or what else is written, never the record itself;
# any other field (engine, spacy_model, and whatever is added later) is part of the fingerprint
NEUTRAL_FIELDS = frozenset(
    {"jobs", "parallel_min_pages", "shard_pages", "table_files", "progress_threshold", "time_limit"}
)
# libraries whose version can change what is read from a PDF or found in minutes
LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "spacy", "pydantic")


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "-"


def _code_digest() -> str:
    """Digest of the package's Python source, wherever it is installed (a checkout or a wheel)."""
    import agendapack
    from agendapack import extractors, pipeline

    digest = hashlib.sha256()
    sources = [(agendapack, "*.py"), (pipeline, "**/*.py"), (extractors, "**/*.py")]
    for pkg, pattern in sources:
        root = Path(pkg.__path__[0])
        for src in sorted(root.glob(pattern)):
            digest.update(f"{pkg.__name__}/{src.relative_to(root).as_posix()}\0".encode())
            digest.update(src.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()


# read once, when the parser is imported: a long-lived process (a Dask worker) keeps the code it
# imported, so its fingerprint must not follow later edits of the files
CODE_DIGEST = _code_digest()


def _spacy_pipeline(choice: str) -> str:
    """The pipeline a `spacy_model` setting stands for on this machine, with its version."""
    from agendapack.extractors.minutes.nlp import resolve_model

    resolved = resolve_model(choice)
    return resolved if resolved == "blank" else f"{resolved}=={_version(resolved)}"


@lru_cache(maxsize=16)
def _fingerprint(outputs: tuple[tuple[str, str], ...], spacy_model: str) -> str:
    parts = {
        "code": CODE_DIGEST,
        "agendapack": _version("agendapack"),
        "libraries": {name: _version(name) for name in LIBRARIES},
        "settings": dict(outputs),
        "spacy_pipeline": _spacy_pipeline(spacy_model),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def parser_fingerprint(settings: Settings) -> str:
    """Hex digest naming everything besides the PDF's bytes that can change its record."""
    outputs = tuple(
        (f.name, repr(getattr(settings, f.name))) for f in fields(settings) if f.name not in NEUTRAL_FIELDS
    )
    return _fingerprint(outputs, settings.spacy_model)


def renamed(record: dict, name: str) -> dict:
    """The record of the same bytes read from a file called `name`."""
    record["source"]["file"] = name
    return record


def default_cache_dir(out_root: str | Path) -> Path:
    """Where the cache of a run writing to `out_root` lives when no folder is given:
    `$AGENDAPACK_CACHE_DIR`, else `.agendapack-cache/` beside the output folder."""
    named = os.environ.get(CACHE_ENV)
    if named:
        return Path(named)
    out = Path(out_root).absolute()
    return out.parent / CACHE_DIR


class ParseCache:
    """Records by content hash, in `cache_dir` (default: `default_cache_dir(out_root)`)."""

    def __init__(self, out_root: str | Path, settings: Settings, cache_dir: Optional[str | Path] = None):
        self.dir = Path(cache_dir) if cache_dir is not None else default_cache_dir(out_root)
        self.fingerprint = parser_fingerprint(settings)

    def key(self, pdf_sha256: str) -> str:
        return f"{pdf_sha256}-{self.fingerprint[:16]}"

    def path(self, key: str) -> Path:
        return self.dir / f"{key}.json"

    def get(self, key: str) -> Optional[dict]:
        """The cached record (a dict as in pack.json), or None."""
        try:
            record = json.loads(self.path(key).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.debug("ignoring unreadable cache entry %s: %s", key, exc)
            return None
        source = record.get("source") if isinstance(record, dict) else None
        if not isinstance(source, dict) or source.get("sha256") != key.split("-")[0]:
            log.debug("ignoring cache entry %s: it is not the record of that file", key)
            return None
        return record

    def put(self, key: str, record_json: str, record_sha256: str) -> None:
        """Store a record (its JSON text, and the PDF hash it carries in `source.sha256`)."""
        sha = key.split("-")[0]
        if record_sha256 != sha:
            log.debug("not caching %s: the file changed while it was parsed", key)
            return
        atomic_write_text(self.path(key), record_json)
        for old in self.dir.glob(f"{sha}-*.json"):
            if old.name != self.path(key).name:
                old.unlink(missing_ok=True)

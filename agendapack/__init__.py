"""agendapack: council agenda packs (PDF) into structured, validated records.

    >>> import agendapack
    >>> pack = agendapack.parse_pack("pack.pdf")                        # one PDF -> Pack
    >>> results = agendapack.parse_files(["a.pdf", "b.pdf"], "out/")    # a batch, written to out/

The public names are loaded on first use, so `import agendapack` stays cheap (no PDF engine,
spaCy or pandas until a parse needs them).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agendapack.model import Pack
    from agendapack.pipeline.config import Settings
    from agendapack.pipeline.run.batch import parse_files
    from agendapack.pipeline.stages import parse_pack

__all__ = ["Pack", "Settings", "parse_files", "parse_pack"]

_PUBLIC = {
    "Pack": "agendapack.model",
    "Settings": "agendapack.pipeline.config",
    "parse_files": "agendapack.pipeline.run.batch",
    "parse_pack": "agendapack.pipeline.stages",
}


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'agendapack' has no attribute {name!r}")
    return getattr(import_module(module), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

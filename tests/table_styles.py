"""Generated table documents for the tests: each built from a house style and parsed once."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from agendapack.pipeline.stages import parse_pack
from scripts.samplegen import styles_tables as gen

STYLES = {s.name: s for s in gen.STYLES}


def style_builder(root: Path) -> Callable:
    """build(kind, style, **options) -> (pack, truth), documents written under `root`."""
    cache: dict = {}

    def build(kind: str, style: str, **options):
        key = (kind, style, tuple(sorted(options.items())))
        if key not in cache:
            path = root / ("-".join([kind, style] + [f"{k}={v}" for k, v in sorted(options.items())]) + ".pdf")
            truth = getattr(gen, kind)(path, STYLES[style], **options)
            cache[key] = (parse_pack(path), truth)
        return cache[key]

    return build


def values(table) -> list[list[str]]:
    """A table's cells row by row, as printed."""
    return [list(r.cells.values()) for r in table.rows]

"""The engine-neutral page model: what every engine produces and everything downstream reads.

A `RawPage` holds a page's characters (`Char`), ruling lines (`Rule`), filled boxes and drawn
marks, in page space (points, y down from the top). Engines import this module and `common`, and
nothing else of the package, so the model never depends on an engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

Point = tuple[float, float]
Box = tuple[float, float, float, float]


class PdfError(Exception):
    """A PDF that cannot be read; the message is one line naming the reason."""


class EngineError(PdfError):
    """An engine failed on a file that another engine may still read: opening it (`page` None)
    or reading page `page`. `reader.with_fallback` then reads the file with the other engine."""

    def __init__(self, engine: str, page: int | None, why: str):
        # the fields are the arguments, so the error pickles (a shard process sends it back)
        super().__init__(engine, page, why)
        self.engine, self.page, self.why = engine, page, why

    def __str__(self) -> str:
        if self.page is None:
            return f"unreadable PDF ({self.why})"
        return f"damaged or truncated PDF (page {self.page}: {self.why})"


class Char(NamedTuple):
    """One glyph: its text and box in page space (points, y down from the top)."""

    # a named tuple, not a dataclass: pages hold hundreds of thousands of these, and a tuple is
    # built several times faster
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    fontname: str
    upright: bool = True

    @property
    def bold(self) -> bool:
        return is_bold_font(self.fontname)


@lru_cache(maxsize=4096)
def is_bold_font(fontname: str) -> bool:
    name = fontname.lower()
    return any(k in name for k in ("bold", "black", "heavy", "semibold", ",b")) or name.endswith("-b")


@dataclass(frozen=True, slots=True)
class Rule:
    """A drawn horizontal or vertical line (or the edge of a thin filled rectangle)."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


@dataclass(slots=True)
class RawPage:
    number: int  # physical, 1-based
    width: float
    height: float
    chars: list[Char] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    rects: list[tuple[float, float, float, float]] = field(default_factory=list)
    # boxes of drawn marks that are neither rules nor boxes: curves, dots (tiny filled
    # rectangles) and images - what charts are drawn with (x0, top, x1, bottom)
    marks: list[tuple[float, float, float, float]] = field(default_factory=list)
    image_count: int = 0
    image_area: float = 0.0

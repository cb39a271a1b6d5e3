"""Read a PDF into engine-neutral page content: characters, ruling lines, images.

Everything downstream reads `RawPage` objects. Two engines produce them, each in its own module
and nowhere else: PDFium (`pdfium_engine.py`, the fast default) and pdfminer through pdfplumber
(`pdfplumber_engine.py`, the reference). Both hand their drawn paths to `rules_from_paths`, so
ruling lines, fills and marks are classified by one rule whichever engine read the page.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Optional, Sequence

# pdfminer cannot map some bullet glyphs of symbol fonts and prints "(cid:N)"; these codes are
# the bullets and dashes seen in council documents (Symbol/Wingdings private-use codes).
CID_GLYPHS = {
    "(cid:127)": "•",
    "(cid:131)": "•",
    "(cid:149)": "•",
    "(cid:183)": "•",
    "(cid:190)": "–",
    "(cid:120)": "•",
    "(cid:108)": "•",
    "(cid:167)": "▪",
    "(cid:216)": "➢",
    "(cid:252)": "✓",
}


# Symbol and Wingdings fonts put their bullets in Unicode's private-use area (U+F0xx, the
# font's own code + 0xF000); text in the record carries the real characters.
PRIVATE_USE_GLYPHS = {
    "\uf0b7": "•",  # Symbol bullet
    "\uf06c": "●",  # Wingdings filled circle
    "\uf09f": "•",
    "\uf0a7": "▪",  # Wingdings small square
    "\uf06e": "■",
    "\uf0d8": "➢",  # Wingdings arrowhead
    "\uf076": "❖",
    "\uf0fc": "✓",
    "\uf0e0": "→",
}


class PdfError(Exception):
    """A PDF that cannot be read; the message is one line naming the reason."""


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


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_header(path: Path) -> None:
    if not path.exists():
        raise PdfError("file not found")
    if path.is_dir():
        raise PdfError("is a directory, not a PDF")
    size = path.stat().st_size
    if size == 0:
        raise PdfError("empty file (0 bytes)")
    with open(path, "rb") as fh:
        head = fh.read(1024)
    if b"%PDF-" not in head:
        raise PdfError("not a PDF (no %PDF- header)")


ENGINES = ("pdfium", "pdfplumber")

Point = tuple[float, float]
Box = tuple[float, float, float, float]


def clean_text(text: str) -> str:
    """The character a glyph stands for, where the engine gave a CID code or a symbol-font
    private-use code point."""
    return CID_GLYPHS.get(text) or PRIVATE_USE_GLYPHS.get(text, text)


_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")


def base_font_name(name: str) -> str:
    """A font's name without the subset tag ("ABCDEF+Arial-BoldMT" -> "Arial-BoldMT"): one
    engine reports the tag and the other does not."""
    return _SUBSET_TAG.sub("", name)


def rules_from_paths(
    page: RawPage,
    lines: Sequence[Sequence[Point]],
    rects: Sequence[tuple[Sequence[Point], bool]],
    curves: Sequence[Sequence[Point]],
    images: Sequence[Box],
) -> None:
    """Fill a page's rules, filled boxes and marks from its drawn paths, in page space (y down).

    `lines` are single segments, `rects` closed axis-aligned boxes with whether they are stroked,
    `curves` every other subpath (its segment end points), `images` image boxes.
    """
    rules: list[Rule] = []

    def rule(x0: float, top: float, x1: float, bottom: float) -> None:
        if x1 - x0 >= 0.5 or bottom - top >= 0.5:  # a zero-length segment rules nothing
            rules.append(Rule(x0, top, x1, bottom))

    for pts in lines:
        rule(*_bbox(pts))
    for pts, stroked in rects:
        x0, top, x1, bottom = _bbox(pts)
        w, h = x1 - x0, bottom - top
        if w <= 3 or h <= 3:  # a thin filled rectangle is how many producers draw a rule
            rule(x0, top, x1, bottom)
        elif stroked:
            # a stroked box contributes its four edges
            rule(x0, top, x1, top)
            rule(x0, bottom, x1, bottom)
            rule(x0, top, x0, bottom)
            rule(x1, top, x1, bottom)
    for pts in curves:
        # axis-aligned polylines drawn as curves (some producers do this for table borders)
        for (ax, ay), (bx, by) in zip(pts, pts[1:]):
            if abs(ax - bx) < 1 or abs(ay - by) < 1:
                rule(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
    page.rules = rules
    boxes = [_bbox(pts) for pts, _ in rects]
    page.rects = [b for b in boxes if (b[2] - b[0]) > 3 and (b[3] - b[1]) > 3]
    # charts are drawn with curves, dots (tiny filled rectangles) and images
    page.marks = [_bbox(pts) for pts in curves]
    page.marks += [b for b in boxes if (b[2] - b[0]) <= 3 and (b[3] - b[1]) <= 3]
    page.marks += list(images)
    page.image_count = len(images)
    page.image_area = float(sum(max(0.0, b[2] - b[0]) * max(0.0, b[3] - b[1]) for b in images))


def _bbox(pts: Sequence[Point]) -> Box:
    # rounded like character boxes: the engines agree to a hundredth of a point, not beyond
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return (round(min(xs), 2), round(min(ys), 2), round(max(xs), 2), round(max(ys), 2))


class PageReader:
    """One open PDF: its page count and its pages read one by one.

    Opening parses the cross-reference table, so a caller that needs both the count and the
    pages keeps one reader rather than opening the file twice. `engine` is "pdfium" (fast) or
    "pdfplumber" (pdfminer, the reference the fast engine is tested against).
    """

    def __init__(self, path: str | Path, engine: str = "pdfium"):
        self.path = Path(path)
        _check_header(self.path)
        if engine == "pdfium":
            from agendapack.extractors.pdf.pdfium_engine import PdfiumDocument as Doc
        elif engine == "pdfplumber":
            from agendapack.extractors.pdf.pdfplumber_engine import PdfplumberDocument as Doc
        else:
            raise ValueError(f"unknown PDF engine {engine!r} (choose from {', '.join(ENGINES)})")
        self._doc = Doc(self.path)
        self.total = self._doc.total
        if self.total == 0:
            self._doc.close()
            raise PdfError("PDF has no pages")

    def __enter__(self) -> "PageReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._doc.close()

    def pages(self, numbers: Optional[Iterable[int]] = None) -> Iterator[RawPage]:
        """The given physical pages (1-based; all when None), one at a time."""
        for n in numbers if numbers is not None else range(1, self.total + 1):
            try:
                yield self._doc.page(n)
            except PdfError:
                raise
            except Exception as exc:
                raise PdfError(f"damaged or truncated PDF (page {n}: {reason(exc)})") from None


def reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def read_pages(path: str | Path, numbers: Optional[Iterable[int]] = None, engine: str = "pdfium") -> list[RawPage]:
    """Read the given physical pages (1-based; all when None)."""
    with PageReader(path, engine) as reader:
        return list(reader.pages(numbers))


def render_page(path: str | Path, number: int, resolution: int = 100):
    """A pdfplumber PageImage for drawing debug overlays (used by `agendapack inspect`)."""
    from agendapack.extractors.pdf.pdfplumber_engine import open_document

    _check_header(Path(path))
    pdf = open_document(Path(path))
    page = pdf.pages[number - 1]
    return pdf, page.to_image(resolution=resolution)

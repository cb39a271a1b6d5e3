"""What both engines share: glyph clean-up, font names, ruling lines from drawn paths, the
checks a file passes before an engine opens it, and one-line error reasons."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any, Mapping, NamedTuple, Optional, Sequence

from pdfminer.fontmetrics import FONT_METRICS

from agendapack.extractors.pdf.types import Box, Char, PdfError, Point, RawPage, Rule

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


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_header(path: Path) -> None:
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


def reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, LookupError) and text != type(exc).__name__:
        text = f"{type(exc).__name__} {text}"  # a missing key's message is the bare key: 'Descent'
    return text[:120]


def clean_text(text: str) -> str:
    """The character a glyph stands for, where the engine gave a CID code or a symbol-font
    private-use code point."""
    return CID_GLYPHS.get(text) or PRIVATE_USE_GLYPHS.get(text, text)


def char_from_pdfminer(c: Mapping[str, Any]) -> Optional[Char]:
    """A character as pdfplumber describes pdfminer's glyph (a `page.chars` entry), or None for
    white space other than a plain space."""
    text = clean_text(c["text"])
    if not text or text.isspace() and text != " ":
        return None
    return Char(
        text=text,
        x0=round(c["x0"], 2),
        x1=round(c["x1"], 2),
        top=round(c["top"], 2),
        bottom=round(c["bottom"], 2),
        size=round(c.get("size") or (c["bottom"] - c["top"]), 2),
        fontname=base_font_name(c.get("fontname") or ""),
        upright=bool(c.get("upright", True)),
    )


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


# --- filled-in forms -------------------------------------------------------------------------
# A notice template filled in a PDF viewer keeps what was typed in its form fields (and in
# typewriter "free text" notes), not in the page's content: a viewer shows it, the text layer
# would not. Each engine reads the annotations' boxes and values; `form_chars` lays the text out
# in the box the same way for both, so the records do not depend on the engine.

FORM_FONT = "FormField"
_DA_SIZE = re.compile(rb"([\d.]+)\s+Tf\b")
_CHECK_FONTS = re.compile(rb"ZapfDingbats|ZaDb", re.I)
# annotation flags: hidden, or not shown on screen
_NOT_SHOWN = 0x2 | 0x20

# what a viewer draws a field with when its appearance names no other font (pdfminer's metrics)
_HELVETICA = FONT_METRICS["Helvetica"][1]


def form_text(value: str, appearance: bytes, flags: int) -> Optional[str]:
    """The text a viewer shows for a form field or free-text note: None for a tick box (drawn
    with a dingbat font), an empty field or a hidden one."""
    if flags & _NOT_SHOWN or _CHECK_FONTS.search(appearance or b""):
        return None
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    # a trailing space is kept: it parts the value from text typed next to the field
    return text if text.strip() and text.strip() not in ("Off", "On") else None


def form_chars(text: str, box: Box, appearance: bytes) -> list[Char]:
    """Characters for `text` typed in the field at `box` (x0, top, x1, bottom in page space): one
    line per line of the value, from the box's top-left; a one-line field is centred vertically,
    where its label's line is. The size is the one the field's appearance (/DA) sets, or when it
    is automatic (0), one that fits the box."""
    x0, top, x1, bottom = box
    lines = text.split("\n")
    m = _DA_SIZE.search(appearance or b"")
    size = float(m.group(1)) if m else 0.0
    if size <= 0:
        size = max(4.0, min(12.0, (bottom - top) / max(1, len(lines)) * 0.75))
    leading = size * 1.15
    first = top + (bottom - top - size) / 2 if len(lines) == 1 else top + 2.0
    chars = []
    for i, line in enumerate(lines):
        y = first + i * leading
        x = x0 + 2.0
        for ch in line:
            w = size * _HELVETICA.get(ch, 556) / 1000
            chars.append(Char(ch, round(x, 3), round(x + w, 3), round(y, 3), round(y + size, 3), size, FORM_FONT))
            x += w
    return chars


class FormField(NamedTuple):
    """Text typed in a form field or free-text note, and the field's box in page space."""

    text: str
    box: Box
    appearance: bytes


def with_typed(chars: list[Char], fields: list[FormField]) -> list[Char]:
    """The page's characters with the text typed in its form fields (`form_chars`), less the
    underscores of a blank ("Board ______") that a field covers: a viewer shows the typed text on
    the rule, not among its strokes."""
    if not fields:
        return chars

    def covered(c: Char) -> bool:
        return any(x0 - 1 < c.x1 and c.x0 < x1 + 1 and top < c.bottom and c.top < bottom
                   for x0, top, x1, bottom in (f.box for f in fields))

    kept = [c for c in chars if c.text != "_" or not covered(c)]
    return kept + [c for f in fields for c in form_chars(f.text, f.box, f.appearance)]

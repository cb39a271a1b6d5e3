"""Read a PDF into engine-neutral page content: characters, ruling lines, images.

This is the only module that talks to a PDF engine. Everything downstream reads `RawPage`
objects, so moving character reading to another engine (PDFium, say) means rewriting this file
and nothing else.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

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


@dataclass(frozen=True, slots=True)
class Char:
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
        name = self.fontname.lower()
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

    def __reduce__(self):
        # pages cross process boundaries when a PDF is read by several workers: plain tuples
        # pickle an order of magnitude faster than slotted dataclasses
        chars = [(c.text, c.x0, c.x1, c.top, c.bottom, c.size, c.fontname, c.upright) for c in self.chars]
        rules = [(r.x0, r.top, r.x1, r.bottom) for r in self.rules]
        return (_rebuild_page, (self.number, self.width, self.height, chars, rules, self.rects, self.marks, self.image_count, self.image_area))


def _rebuild_page(number, width, height, chars, rules, rects, marks, image_count, image_area) -> RawPage:
    return RawPage(
        number=number,
        width=width,
        height=height,
        chars=[Char(*c) for c in chars],
        rules=[Rule(*r) for r in rules],
        rects=rects,
        marks=marks,
        image_count=image_count,
        image_area=image_area,
    )


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


def _open(path: Path):
    _check_header(path)
    try:
        return pdfplumber.open(path)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise PdfError("encrypted PDF (password required)") from None
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise PdfError("encrypted PDF (password required)") from None
        raise PdfError(f"unreadable PDF ({_reason(inner)})") from None
    except PDFSyntaxError as exc:
        raise PdfError(f"damaged or truncated PDF ({_reason(exc)})") from None
    except Exception as exc:  # pdfminer raises a zoo of types on damaged files
        raise PdfError(f"unreadable PDF ({_reason(exc)})") from None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


class PageReader:
    """One open PDF: its page count and its pages read one by one.

    Opening parses the cross-reference table, so a caller that needs both the count and the
    pages keeps one reader rather than opening the file twice.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._pdf = _open(self.path)
        try:
            self.total = len(self._pdf.pages)
        except Exception as exc:
            self._pdf.close()
            raise PdfError(f"damaged or truncated PDF ({_reason(exc)})") from None
        if self.total == 0:
            self._pdf.close()
            raise PdfError("PDF has no pages")

    def __enter__(self) -> "PageReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._pdf.close()

    def pages(self, numbers: Optional[Iterable[int]] = None) -> Iterator[RawPage]:
        """The given physical pages (1-based; all when None), one at a time."""
        for n in numbers if numbers is not None else range(1, self.total + 1):
            try:
                page = self._pdf.pages[n - 1]
            except Exception as exc:
                raise PdfError(f"damaged or truncated PDF (page {n}: {_reason(exc)})") from None
            try:
                yield _read_page(page, n)
            except PdfError:
                raise
            except Exception as exc:
                raise PdfError(f"damaged or truncated PDF (page {n}: {_reason(exc)})") from None
            finally:
                page.flush_cache()  # layout objects of a read page are not needed again


def _clean_text(text: str) -> str:
    return CID_GLYPHS.get(text) or PRIVATE_USE_GLYPHS.get(text, text)


def _rules_of(page) -> list[Rule]:
    rules: list[Rule] = []
    for ln in page.lines:
        rules.append(Rule(ln["x0"], ln["top"], ln["x1"], ln["bottom"]))
    for rc in page.rects:
        w, h = rc["x1"] - rc["x0"], rc["bottom"] - rc["top"]
        if w <= 3 or h <= 3:  # a thin filled rectangle is how many producers draw a rule
            rules.append(Rule(rc["x0"], rc["top"], rc["x1"], rc["bottom"]))
        elif rc.get("stroke"):
            # a stroked box contributes its four edges
            x0, x1, t, b = rc["x0"], rc["x1"], rc["top"], rc["bottom"]
            rules += [Rule(x0, t, x1, t), Rule(x0, b, x1, b), Rule(x0, t, x0, b), Rule(x1, t, x1, b)]
    for cv in page.curves:
        pts = cv.get("pts") or []
        # axis-aligned polylines drawn as curves (some producers do this for table borders)
        for (ax, ay), (bx, by) in zip(pts, pts[1:]):
            if abs(ax - bx) < 1 or abs(ay - by) < 1:
                rules.append(Rule(min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
    return rules


def _read_page(page, number: int) -> RawPage:
    chars = []
    for c in page.chars:
        text = _clean_text(c["text"])
        if not text or text.isspace() and text != " ":
            continue
        chars.append(
            Char(
                text=text,
                x0=round(c["x0"], 2),
                x1=round(c["x1"], 2),
                top=round(c["top"], 2),
                bottom=round(c["bottom"], 2),
                size=round(c.get("size") or (c["bottom"] - c["top"]), 2),
                fontname=c.get("fontname") or "",
                upright=bool(c.get("upright", True)),
            )
        )
    rects = [
        (r["x0"], r["top"], r["x1"], r["bottom"])
        for r in page.rects
        if (r["x1"] - r["x0"]) > 3 and (r["bottom"] - r["top"]) > 3
    ]
    images = page.images
    marks = [(c["x0"], c["top"], c["x1"], c["bottom"]) for c in page.curves]
    marks += [
        (r["x0"], r["top"], r["x1"], r["bottom"])
        for r in page.rects
        if (r["x1"] - r["x0"]) <= 3 and (r["bottom"] - r["top"]) <= 3
    ]
    marks += [(i["x0"], i["top"], i["x1"], i["bottom"]) for i in images]
    area = sum(max(0.0, (i["x1"] - i["x0"])) * max(0.0, (i["bottom"] - i["top"])) for i in images)
    return RawPage(
        number=number,
        width=float(page.width),
        height=float(page.height),
        chars=chars,
        rules=_rules_of(page),
        rects=rects,
        marks=marks,
        image_count=len(images),
        image_area=float(area),
    )


def read_pages(path: str | Path, numbers: Optional[Iterable[int]] = None) -> list[RawPage]:
    """Read the given physical pages (1-based; all when None)."""
    with PageReader(path) as reader:
        return list(reader.pages(numbers))


def render_page(path: str | Path, number: int, resolution: int = 100):
    """A pdfplumber PageImage for drawing debug overlays (used by `agendapack inspect`)."""
    pdf = _open(Path(path))
    page = pdf.pages[number - 1]
    return pdf, page.to_image(resolution=resolution)

"""Read pages through PDFium (pypdfium2): the fast engine.

pdfminer (under pdfplumber) parses every content stream in Python; PDFium does it in C++, about
ten times faster. This module reproduces, from PDFium's objects, the page content the pdfplumber
engine gives (`pdfplumber_engine.py`), in pdfminer's conventions, so that the records are the
same whichever engine read the file:

- character boxes: from the origin PDFium gives, the glyph's advance across and, up, from the
  font's descent to one font size above it, through the character's matrix (a standard font
  that is not embedded takes pdfminer's AFM descent);
- characters in content-stream order, with a space for every text object that draws nothing
  (PDFium's text page drops those; pdfminer keeps their spaces);
- a page PDFium cannot describe as pdfminer does has its characters read by pdfminer (paths and
  images still come from PDFium): a page that draws a text object without extent in a font
  that has no space glyph (it is not a word space, and PDFium does not say what it shows), and
  a page whose fonts give widths with fractions (PDFium keeps /Widths and /W entries as whole
  numbers and places every glyph of a text run after the truncated widths of those before it;
  pdfminer uses the exact widths);
- page space: y grows downward from the top of the page, after the page's /Rotate, as pdfminer
  places it;
- paths: split into subpaths, each classified as pdfminer does - a single segment is a line,
  a closed axis-aligned four-sided loop is a rect, anything else a curve whose points are the
  segment end points (Bezier control points are not points of the curve).

Neither PDFium nor pdfminer is thread-safe: parallel reading uses processes, each opening the
file itself.
"""

from __future__ import annotations

import ctypes
import re
from itertools import islice, repeat
from operator import add, gt, itemgetter, mul
from pathlib import Path
from typing import Any, BinaryIO, Iterator, NamedTuple, Optional, Sequence, cast

import cffi
import pypdfium2 as pdfium
import pypdfium2.raw as R
from pdfminer.fontmetrics import FONT_METRICS

from agendapack.extractors.pdf.common import (
    FormField,
    base_font_name,
    char_from_pdfminer,
    clean_text,
    form_text,
    reason,
    rules_from_paths,
    with_typed,
)
from agendapack.extractors.pdf.types import Char, EngineError, RawPage

# page object types (fpdf_edit.h)
_TEXT, _PATH, _IMAGE, _FORM = 1, 2, 3, 5
# path segment types
_LINETO, _BEZIERTO, _MOVETO = 0, 1, 2


def open_document(path: Path):
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        # PDFium's error code is global and some failed loads leave it as it was (a PDF without
        # pages gives "Success", or the error of the file before): the reason cannot be told
        # here. The reader opens the file with pdfminer instead, which reads it or names why not.
        raise EngineError("pdfium", None, reason(exc)) from None


class PdfiumDocument:
    """One open PDF read with PDFium."""

    def __init__(self, path: Path):
        self._doc = open_document(path)
        self.total = len(self._doc)
        self._pdfminer = _Pdfminer(path)

    def close(self) -> None:
        self._doc.close()
        self._pdfminer.close()

    def page(self, number: int) -> RawPage:
        page = self._doc[number - 1]
        try:
            return _read_page(page, number, self._pdfminer)
        finally:
            page.close()


class _Pdfminer:
    """The file as pdfminer reads it, opened on first use, for what PDFium does not report: the
    widths a page's font dictionaries give, and the characters of a page PDFium cannot describe
    as pdfminer does."""

    def __init__(self, path: Path):
        self.path = path
        self._fh: Optional[BinaryIO] = None
        self._pages: Optional[Iterator] = None  # pdfminer's pages: their font dictionaries
        self._read: list = []  # the pages taken from it so far
        self._pdf: Any = None  # pdfplumber's document: characters
        self._verdicts: dict[int, bool] = {}  # font and form object -> has fractional widths

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        if self._pdf is not None:
            self._pdf.close()

    def fractional_widths(self, number: int) -> bool:
        """Whether a font of page `number` (or of a form it draws) gives a width with a
        fraction."""
        try:
            page = self._page(number)
            return page is not None and _fractional_widths(page.resources, self._verdicts)
        except Exception:
            return False  # a file pdfminer cannot parse keeps PDFium's reading

    def chars(self, number: int) -> Optional[list[Char]]:
        """Page `number`'s characters as the pdfplumber engine gives them; None if pdfminer
        cannot read the page."""
        try:
            if self._pdf is None:
                import pdfplumber

                self._pdf = pdfplumber.open(self.path)
            page = self._pdf.pages[number - 1]
            try:
                return [c for c in map(char_from_pdfminer, page.chars) if c is not None]
            finally:
                page.close()
        except Exception:
            return None

    def _page(self, number: int):
        if self._pages is None:
            from pdfminer.pdfdocument import PDFDocument
            from pdfminer.pdfpage import PDFPage
            from pdfminer.pdfparser import PDFParser

            self._fh = open(self.path, "rb")
            self._pages = PDFPage.create_pages(PDFDocument(PDFParser(self._fh)))
        while len(self._read) < number:
            page = next(self._pages, None)
            if page is None:
                return None
            self._read.append(page)
        return self._read[number - 1]


def _fractional_widths(resources, verdicts: dict[int, bool]) -> bool:
    """Whether a font in `resources`, or in a form they hold, has a /Widths (simple font) or /W
    (CID font) entry that is not a whole number. `verdicts` keeps the answer for every font and
    form object already looked at: the pages of a document share them, and resolving a font's
    widths is most of the cost."""
    from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1

    resources = resolve1(resources)
    if not isinstance(resources, dict):
        return False
    for ref in (resolve1(resources.get("Font")) or {}).values():
        if isinstance(ref, PDFObjRef):
            if ref.objid not in verdicts:
                verdicts[ref.objid] = _font_has_fractional_widths(resolve1(ref))
            if verdicts[ref.objid]:
                return True
        elif _font_has_fractional_widths(resolve1(ref)):
            return True
    for ref in (resolve1(resources.get("XObject")) or {}).values():
        key = ref.objid if isinstance(ref, PDFObjRef) else None
        if key is not None and key in verdicts:
            if verdicts[key]:
                return True
            continue
        if key is not None:
            verdicts[key] = False  # a form that draws itself is not looked at twice
        xobject = resolve1(ref)
        found = (
            isinstance(xobject, PDFStream)
            and getattr(xobject.get("Subtype"), "name", None) == "Form"
            and _fractional_widths(xobject.get("Resources"), verdicts)
        )
        if key is not None:
            verdicts[key] = found
        if found:
            return True
    return False


def _font_has_fractional_widths(spec) -> bool:
    from pdfminer.pdftypes import resolve1

    if not isinstance(spec, dict):
        return False
    numbers = list(resolve1(spec.get("Widths")) or [])
    for descendant in resolve1(spec.get("DescendantFonts")) or []:
        for item in resolve1((resolve1(descendant) or {}).get("W")) or []:
            item = resolve1(item)
            numbers += item if isinstance(item, list) else [item]
    return any(isinstance(v, float) and not v.is_integer() for v in map(resolve1, numbers))


class _Space:
    """PDFium's page coordinates to pdfminer's page space: the page's /Rotate applied, y down.

    PDFium already reports coordinates from the media box's lower-left corner, so only the
    rotation pdfminer's interpreter starts each page with remains to apply.
    """

    def __init__(self, page):
        # the displayed size (boxes inherited from the page tree, rotation applied), unrotated
        rotate = page.get_rotation() % 360
        w, h = R.FPDF_GetPageWidthF(page.raw), R.FPDF_GetPageHeightF(page.raw)
        if rotate in (90, 270):
            w, h = h, w
        if rotate == 90:
            self.ctm = (0.0, -1.0, 1.0, 0.0, 0.0, w)
        elif rotate == 180:
            self.ctm = (-1.0, 0.0, 0.0, -1.0, w, h)
        elif rotate == 270:
            self.ctm = (0.0, 1.0, -1.0, 0.0, h, 0.0)
        else:
            self.ctm = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        self.width, self.height = (h, w) if rotate in (90, 270) else (w, h)

    def point(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.ctm
        return a * x + c * y + e, self.height - (b * x + d * y + f)

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) of a box in PDFium's coordinates."""
        (ax, ay), (bx, by) = self.point(left, bottom), self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def _read_page(page, number: int, pdfminer: _Pdfminer) -> RawPage:
    space = _Space(page)
    walk = _Walk(space)
    walk.objects(page.raw, None)
    chars = None if pdfminer.fractional_widths(number) else _chars(page, space, walk)
    if chars is None:
        chars = pdfminer.chars(number)
    if chars is None:  # pdfminer cannot read the page either: PDFium's reading, as it is
        chars = _chars(page, space, walk, blank_glyphs=True) or []
    raw = RawPage(number=number, width=round(space.width, 2), height=round(space.height, 2),
                  chars=with_typed(chars, _filled_in(page, space)))
    rules_from_paths(raw, walk.lines, walk.rects, walk.curves, walk.images)
    return raw


_WIDGET, _FREE_TEXT = 20, 3  # FPDF_ANNOT_WIDGET, FPDF_ANNOT_FREETEXT


def _annot_string(annot, key: bytes) -> str:
    size = R.FPDFAnnot_GetStringValue(annot, key, None, 0)
    if size <= 2:
        return ""
    buf = ctypes.create_string_buffer(size)
    R.FPDFAnnot_GetStringValue(annot, key, ctypes.cast(buf, ctypes.POINTER(R.FPDF_WCHAR)), size)
    return buf.raw[: size - 2].decode("utf-16-le", "replace")


def _filled_in(page, space: _Space) -> list[FormField]:
    """What was typed in the page's form fields and free-text notes (`common.with_typed`)."""
    fields: list[FormField] = []
    for i in range(R.FPDFPage_GetAnnotCount(page.raw)):
        annot = R.FPDFPage_GetAnnot(page.raw, i)
        try:
            subtype = R.FPDFAnnot_GetSubtype(annot)
            if subtype not in (_WIDGET, _FREE_TEXT):
                continue
            value = _annot_string(annot, b"V" if subtype == _WIDGET else b"Contents")
            appearance = _annot_string(annot, b"DA").encode("latin-1", "replace")
            text = form_text(value, appearance, R.FPDFAnnot_GetFlags(annot))
            if text is None:
                continue
            rect = R.FS_RECTF()
            if R.FPDFAnnot_GetRect(annot, rect):
                fields.append(FormField(text, space.box(rect.left, rect.bottom, rect.right, rect.top), appearance))
        finally:
            R.FPDFPage_CloseAnnot(annot)
    return fields


def _chars(page, space: _Space, walk: "_Walk", blank_glyphs: bool = False) -> Optional[list[Char]]:
    """The page's characters; None if a text object PDFium's text page drops (it has no extent)
    is drawn in a font without a space glyph: not a word space, it shows a glyph PDFium does not
    name (with `blank_glyphs`, a space stands for it)."""
    textpage = R.FPDFText_LoadPage(page.raw)
    if not textpage:
        return []
    try:
        fonts: dict = {}
        if not blank_glyphs and any(not _font_of(fonts, key).width(0x20) for key, _, _ in walk.blank_texts):
            return None
        ranks, chars = _chars_of(textpage, space, fonts, walk.text_order)
        # PDFium's text page skips text objects that draw nothing, which is how many producers
        # write the space between two words; pdfminer keeps them and the text layer breaks
        # words on them
        spaces = _blank_object_spaces(walk.blank_texts, space, fonts)
    finally:
        R.FPDFText_ClosePage(textpage)
    if spaces:
        ranks += [walk.text_order.get(key, len(walk.text_order)) for key, _ in spaces]
        chars += [c for _, c in spaces]
    # content-stream order, as pdfminer lists characters (a stable sort on the rank alone)
    if any(map(gt, ranks, islice(ranks, 1, None))):
        chars = [chars[i] for i in sorted(range(len(ranks)), key=ranks.__getitem__)]
    return chars


class _Font:
    """What a character's box needs of its font: name, descent and advance widths (per 1 pt)."""

    __slots__ = ("handle", "name", "descent", "widths")

    def __init__(self, handle: Optional[int]):
        self.handle = handle
        self.name = ""
        self.descent = 0.0
        self.widths: dict[int, Optional[float]] = {}  # None: the font gives no width
        if not handle:
            return
        buf = ctypes.create_string_buffer(256)
        n = _font_base_name(handle, buf, len(buf))
        if n:
            self.name = base_font_name(buf.raw[: n - 1].decode("utf-8", "replace"))
        value = ctypes.c_float()
        if _font_descent(handle, 1.0, ctypes.byref(value)):
            self.descent = value.value
        if self.name in FONT_METRICS and not _font_embedded(handle):
            # pdfminer takes a standard font's metrics from its own AFM table, whatever the PDF
            # says; PDFium measures the font it substitutes. Symbol and ZapfDingbats have no
            # Descent in that table: pdfminer takes 0 (its table types metrics as object)
            self.descent = cast(float, FONT_METRICS[self.name][0].get("Descent", 0)) / 1000.0

    def width(self, code: int) -> Optional[float]:
        try:
            return self.widths[code]
        except KeyError:  # a code not asked for yet
            value = ctypes.c_float()
            ok = self.handle and _glyph_width(self.handle, code, 1.0, ctypes.byref(value))
            w = self.widths[code] = value.value if ok else None
            return w


def _native(fn, restype, *argtypes):
    """A PDFium function called with plain integers and returning plain integers: the typed
    wrappers of pypdfium2 cost more than the calls themselves."""
    address = ctypes.cast(fn, ctypes.c_void_p).value
    assert address is not None  # pypdfium2 binds only functions PDFium exports
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_ffi = cffi.FFI()


def _per_char(fn, signature: str):
    """A PDFium function called once per character, through cffi: a call costs half what it
    costs through ctypes, and these calls are most of the time a page takes to read. Handles
    and output pointers go as `uintptr_t` (passed like pointers), so plain integers do."""
    return _ffi.cast(signature, ctypes.cast(fn, ctypes.c_void_p).value)


_get_unicode = _per_char(R.FPDFText_GetUnicode, "unsigned int (*)(uintptr_t, int)")
_get_text_object = _per_char(R.FPDFText_GetTextObject, "uintptr_t (*)(uintptr_t, int)")
# the origin's x and y are written to two addresses
_get_origin = _per_char(R.FPDFText_GetCharOrigin, "int (*)(uintptr_t, int, uintptr_t, uintptr_t)")
_is_generated = _per_char(R.FPDFText_IsGenerated, "int (*)(uintptr_t, int)")
_get_font = _native(R.FPDFTextObj_GetFont, ctypes.c_void_p, ctypes.c_void_p)
_font_base_name = _native(R.FPDFFont_GetBaseFontName, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t)
_font_descent = _native(R.FPDFFont_GetDescent, ctypes.c_int, ctypes.c_void_p, ctypes.c_float, ctypes.POINTER(ctypes.c_float))
_font_embedded = _native(R.FPDFFont_GetIsEmbedded, ctypes.c_int, ctypes.c_void_p)
_glyph_width = _native(R.FPDFFont_GetGlyphWidth, ctypes.c_int, ctypes.c_void_p, ctypes.c_uint, ctypes.c_float, ctypes.POINTER(ctypes.c_float))
# the only characters PDFium generates: spaces, line breaks, and its mark for a line-end hyphen
_MAYBE_GENERATED = {0x20, 0x0D, 0x0A, 0x02}
# characters to look at one by one: spaces and control codes (PDFium may have generated them),
# other white space (dropped), and private-use and compatibility code points (cleaned)
_SPECIAL = re.compile("[\\s\\x02\\ue000-\\U0010ffff]")
_FIRST, _SECOND, _THIRD = itemgetter(0), itemgetter(1), itemgetter(2)


def _chars_of(textpage, space: _Space, fonts: dict, order: dict[int, int]) -> tuple[list[int], list[Char]]:
    """The characters of a page in text-page order, with the rank of each one's text object in
    the content stream (`order`: object address to rank).

    PDFium is asked one character at a time; everything else is done a column at a time with
    `map` and `zip`, so the per-character work stays in C: a Python loop per character was
    most of the time a page took to read."""
    tp = _address(textpage)
    keep, codes, texts = _kept(textpage, tp)
    n = len(keep)
    if not n:
        return [], []
    keys = list(map(_get_text_object, repeat(tp, n), keep))
    xs_c, ys_c = (ctypes.c_double * n)(), (ctypes.c_double * n)()
    xa, ya = ctypes.addressof(xs_c), ctypes.addressof(ys_c)
    list(map(_get_origin, repeat(tp, n), keep, range(xa, xa + 8 * n, 8), range(ya, ya + 8 * n, 8)))
    xs, ys = xs_c[:], ys_c[:]

    # what every character of one text object shares, read at its first character
    unordered = len(order)
    matrix = R.FS_MATRIX()
    infos = {
        key: _object_info(textpage, i, key or 0, space, fonts, order.get(key or 0, unordered), matrix)
        for key, i in dict(zip(reversed(keys), reversed(keep))).items()
    }
    field = {name: {key: getattr(info, name) for key, info in infos.items()} for name in ("a", "size", "upright", "rank")}
    field["fontname"] = {key: info.font.name for key, info in infos.items()}

    def column(name: str):
        return map(field[name].__getitem__, keys)

    char_fonts = [infos[key].font for key in keys]
    widths_of = {pair: pair[0].width(pair[1]) for pair in set(zip(char_fonts, codes))}
    widths = list(map(widths_of.__getitem__, zip(char_fonts, codes)))
    ranks = list(column("rank"))
    # characters off the fast path: without a known advance width, or not level text
    slow = [j for j, key, w in zip(range(n), keys, widths) if w is None or not infos[key].level]

    # level text on an unrotated page, most characters: _char_box's arithmetic with its zero
    # terms left out (same floating-point results); a line of one object shares its top,
    # bottom and size (one float object each, not one per character)
    height = space.height
    floats: dict[float, float] = {}
    shared = floats.setdefault
    vertical = {}
    for key, y in set(zip(keys, ys)):
        font, d, fs = infos[key].font, infos[key].d, infos[key].size
        yd = y + d * (font.descent * fs)
        top, bottom = height - (yd + d * fs), height - yd
        size = round(bottom - top, 2)
        top, bottom = round(top, 2), round(bottom, 2)
        vertical[(key, y)] = (shared(top, top), shared(bottom, bottom), shared(size, size))
    # x1 = x + a * (width * fs), in that order: the floating-point results of the loop it replaces
    spans = map(mul, column("a"), map(mul, [w or 0.0 for w in widths], column("size")))
    x1s = map(add, xs, spans)
    boxes = list(map(vertical.__getitem__, zip(keys, ys)))
    chars = list(map(tuple.__new__, repeat(Char), zip(
        texts, map(round, xs, repeat(2)), map(round, x1s, repeat(2)),
        map(_FIRST, boxes), map(_SECOND, boxes), map(_THIRD, boxes),
        column("fontname"), column("upright"),
    )))
    if slow:
        loose = R.FS_RECTF()
        for j in slow:
            obj = infos[keys[j]]
            width = widths[j]
            if width is None:
                # no advance width known: PDFium's loose box stands in for pdfminer's
                R.FPDFText_GetLooseCharBox(textpage, keep[j], loose)
                box = space.box(loose.left, loose.bottom, loose.right, loose.top)
            else:
                box = _char_box(space, xs[j], ys[j], (obj.a, obj.b, obj.c, obj.d), obj.size, width, obj.font.descent)
            chars[j] = _char(texts[j], box, obj.font.name, obj.upright, shared)
    return ranks, chars


def _kept(textpage, tp: int) -> tuple[Sequence[int], list[int], list[str]]:
    """The text-page indices of the characters pdfminer would list, with their codes and text:
    not the spaces and line breaks PDFium generated, nor other white space; a line-end hyphen
    PDFium marks with a control code becomes "-"; private-use glyphs are cleaned."""
    count = R.FPDFText_CountChars(textpage)
    if count <= 0:
        return [], [], []
    codes = list(map(_get_unicode, repeat(tp, count), range(count)))
    text = "".join(map(chr, codes))
    texts = list(text)
    dropped = set()
    for m in _SPECIAL.finditer(text):  # the few characters to look at one by one
        i = m.start()
        code = codes[i]
        if code in _MAYBE_GENERATED:
            if _is_generated(tp, i):
                dropped.add(i)
                continue
            if code == 0x02 and R.FPDFText_IsHyphen(textpage, i):
                codes[i] = 0x2D
                texts[i] = "-"
                continue
        elif code == 0xFFFE or code == 0xFFFF:
            dropped.add(i)
            continue
        t = texts[i] = texts[i] if code < 0xE000 else clean_text(texts[i])
        if code != 0x20 and t.isspace() or not t:
            dropped.add(i)
    if not dropped:
        return range(count), codes, texts
    keep = [i for i in range(count) if i not in dropped]
    return keep, [codes[i] for i in keep], [texts[i] for i in keep]


class _TextObject(NamedTuple):
    """What every character of one text object shares."""

    font: "_Font"
    a: float  # the character matrix, a..d
    b: float
    c: float
    d: float
    size: float  # font size
    upright: bool
    rank: int  # in the content stream
    level: bool  # level text on an unrotated page: the fast path


def _object_info(textpage, i: int, key: int, space: _Space, fonts: dict, rank: int, matrix) -> _TextObject:
    """The text object of character `i`, read at that character."""
    R.FPDFText_GetMatrix(textpage, i, matrix)
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    level = space.ctm == (1.0, 0.0, 0.0, 1.0, 0.0, 0.0) and b == 0 and c == 0 and a > 0 and d > 0
    size = R.FPDFText_GetFontSize(textpage, i)
    return _TextObject(_font_of(fonts, key), a, b, c, d, size, _upright(space, a, b, c, d), rank, level)


def _upright(space: _Space, a: float, b: float, c: float, d: float) -> bool:
    """Whether a character matrix sets text upright in page space, as pdfminer decides it."""
    pa, pb, pc, pd = _linear(space.ctm, a, b, c, d)
    return 0 < pa * pd and pb * pc <= 0


def _char_box(space: _Space, ox: float, oy: float, abcd, fs: float, width: float, descent: float):
    """pdfminer's box of a character: its advance, from the font's descent up one font size,
    through the character's matrix; the box around all four corners, as pdfminer takes it (a
    glyph set at an angle spans more than two opposite corners do)."""
    a, b, c, d = abcd
    adv = width * fs
    desc = descent * fs
    x, y = ox + c * desc, oy + d * desc
    xs, ys = zip(*(space.point(x + a * u + c * v, y + b * u + d * v) for u, v in ((0.0, 0.0), (adv, 0.0), (adv, fs), (0.0, fs))))
    return min(xs), min(ys), max(xs), max(ys)


def _char(text: str, box, fontname: str, upright: bool, shared=None) -> Char:
    """A character from its box in page space, rounded as pdfminer's are; `shared` (a dict's
    setdefault) makes equal tops, bottoms and sizes one float object."""
    x0, top, x1, bottom = box
    size = round(bottom - top, 2)
    top, bottom = round(top, 2), round(bottom, 2)
    if shared is not None:
        top, bottom, size = shared(top, top), shared(bottom, bottom), shared(size, size)
    return Char(text, round(x0, 2), round(x1, 2), top, bottom, size, fontname, upright)


def _blank_object_spaces(blank_texts, space: _Space, fonts: dict[int, "_Font"]) -> list[tuple[int, Char]]:
    """One space for each text object that draws nothing, where pdfminer would list its spaces."""
    out = []
    size = ctypes.c_float()
    for key, obj, (a, b, c, d, e, f) in blank_texts:
        font = _font_of(fonts, key)
        width = font.width(0x20)
        if width is None or not R.FPDFTextObj_GetFontSize(obj, size):
            continue
        box = _char_box(space, e, f, (a, b, c, d), size.value, width, font.descent)
        out.append((key, _char(" ", box, font.name, _upright(space, a, b, c, d))))
    return out


def _address(handle) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def _font_of(fonts: dict, key: int) -> "_Font":
    """The font of the text object at address `key`, shared by every object in that font."""
    font = fonts.get(key)
    if font is None:
        handle = _get_font(key) if key else None
        font_key = handle or 0
        font = fonts.get(("font", font_key))
        if font is None:
            font = fonts[("font", font_key)] = _Font(handle)
        fonts[key] = font
    return font


def _linear(ctm, a, b, c, d):
    A, B, C, D = ctm[:4]
    return a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D


def _matrix_of(obj) -> tuple[float, float, float, float, float, float]:
    m = R.FS_MATRIX()
    if not R.FPDFPageObj_GetMatrix(obj, m):
        return (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _compose(inner, outer):
    """inner then outer (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


class _Walk:
    """Every object drawn on a page, forms opened: paths and images for the rules and marks, and
    the order of text objects (content-stream order) with those that draw nothing."""

    def __init__(self, space: _Space):
        self.space = space
        self.lines: list = []
        self.rects: list = []
        self.curves: list = []
        self.images: list = []
        self.text_order: dict[int, int] = {}
        self.blank_texts: list = []

    def objects(self, container, form_matrix) -> None:
        if form_matrix is None:
            count, get = R.FPDFPage_CountObjects(container), R.FPDFPage_GetObject
        else:
            count, get = R.FPDFFormObj_CountObjects(container), R.FPDFFormObj_GetObject
        bounds = [ctypes.c_float() for _ in range(4)]
        for i in range(count):
            obj = get(container, i)
            kind = R.FPDFPageObj_GetType(obj)
            if kind == _TEXT:
                key = _address(obj)
                self.text_order[key] = len(self.text_order)
                if R.FPDFPageObj_GetBounds(obj, *bounds) and abs(bounds[2].value - bounds[0].value) < 1e-4:
                    self.blank_texts.append((key, obj, self._placed(obj, form_matrix)))
                continue  # the characters of other text objects come from the text page
            if kind not in (_PATH, _IMAGE, _FORM):
                continue
            matrix = self._placed(obj, form_matrix)
            if kind == _PATH:
                _paths_of(obj, matrix, self.space, self.lines, self.rects, self.curves)
            elif kind == _IMAGE:
                # an image fills the unit square of its matrix
                pts = [self.space.point(*_apply(matrix, x, y)) for x, y in ((0, 0), (1, 0), (0, 1), (1, 1))]
                xs, ys = [p[0] for p in pts], [p[1] for p in pts]
                self.images.append((min(xs), min(ys), max(xs), max(ys)))
            else:
                self.objects(obj, matrix)


    @staticmethod
    def _placed(obj, form_matrix):
        """An object's matrix on the page (through the forms it sits in)."""
        matrix = _matrix_of(obj)
        return matrix if form_matrix is None else _compose(matrix, form_matrix)


def _apply(m, x, y):
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _paths_of(obj, matrix, space: _Space, lines, rects, curves) -> None:
    fillmode = ctypes.c_int()
    stroke = ctypes.c_int()
    if not R.FPDFPath_GetDrawMode(obj, fillmode, stroke):
        return
    if fillmode.value == 0 and not stroke.value:
        return  # a path painted neither way (pdfminer does not see it)
    n = R.FPDFPath_CountSegments(obj)
    x, y = ctypes.c_float(), ctypes.c_float()
    # subpaths as (operator, end point) in pdfminer's letters; "h" closes back to the start
    subpaths: list[list[tuple[str, tuple[float, float]]]] = []
    controls = 0
    for k in range(n):
        seg = R.FPDFPath_GetPathSegment(obj, k)
        kind = R.FPDFPathSegment_GetType(seg)
        R.FPDFPathSegment_GetPoint(seg, x, y)
        pt = _apply(matrix, x.value, y.value)
        if kind == _MOVETO or not subpaths:
            subpaths.append([("m", pt)])
        elif kind == _LINETO:
            subpaths[-1].append(("l", pt))
        elif kind == _BEZIERTO:
            # PDFium lists a curve as three points, two controls then the end point; pdfminer
            # keeps only the end point
            controls += 1
            if controls < 3:
                continue
            controls = 0
            subpaths[-1].append(("c", pt))
        if R.FPDFPathSegment_GetClose(seg):
            subpaths[-1].append(("h", subpaths[-1][0][1]))
    for sub in subpaths:
        _classify(sub, space, bool(stroke.value), lines, rects, curves)


def _classify(sub, space: _Space, stroke: bool, lines, rects, curves) -> None:
    """Sort a subpath as pdfminer does: one segment is a line, a closed axis-aligned four-sided
    loop a rect, anything else a curve."""
    shape = "".join(op for op, _ in sub)
    pts = [space.point(*p) for _, p in sub]
    if len(shape) > 3 and shape[-2:] == "lh" and _same(sub[-2][1], sub[0][1]):
        shape = shape[:-2] + "h"  # a redundant line back to the start before closing
        pts.pop(-2)
    if shape in ("mlh", "ml"):
        lines.append(pts[:2])
    elif shape in ("mlllh", "mllll") and _is_rect(pts):
        rects.append((pts, stroke))
    else:
        curves.append(pts)


def _same(p, q) -> bool:
    return _eq(p[0], q[0]) and _eq(p[1], q[1])


def _is_rect(pts) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3), last = pts[:5]
    closed = _same(pts[0], last)
    square = (_eq(x0, x1) and _eq(y1, y2) and _eq(x2, x3) and _eq(y3, y0)) or (
        _eq(y0, y1) and _eq(x1, x2) and _eq(y2, y3) and _eq(x3, x0)
    )
    return closed and square


def _eq(u: float, v: float) -> bool:
    return abs(u - v) < 1e-3

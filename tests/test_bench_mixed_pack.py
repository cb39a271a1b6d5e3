"""The benchmark's mixed pack: every listed corpus page, in order, and the same bytes every time."""

import time

import pypdfium2 as pdfium

from benchmarks.mixed_pack import PACK_FILES, build_mixed_pack


def _pages(path) -> int:
    doc = pdfium.PdfDocument(path)
    try:
        return len(doc)
    finally:
        doc.close()


def test_mixed_pack_holds_the_listed_files_and_is_reproducible(corpus, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    pages = build_mixed_pack(corpus, first)
    time.sleep(1.1)  # PDFium stamps a new document with the second it was made
    build_mixed_pack(corpus, second)

    assert pages == sum(_pages(corpus / rel) for rel, _ in PACK_FILES) == _pages(first)
    assert 90 <= pages <= 110  # "about 100 pages", the size the speed targets are set for
    assert first.read_bytes() == second.read_bytes()  # PDFium's random /ID and its date are replaced

    # the pack opens with the front sheet, and the minutes follow its pages
    doc, front = pdfium.PdfDocument(first), pdfium.PdfDocument(corpus / PACK_FILES[0][0])
    minutes = pdfium.PdfDocument(corpus / PACK_FILES[1][0])
    try:
        assert _text(doc[0]) == _text(front[0])
        assert _text(doc[len(front)]) == _text(minutes[0])
    finally:
        for d in (doc, front, minutes):
            d.close()


def _text(page) -> str:
    return page.get_textpage().get_text_bounded()


def test_the_long_pack_is_the_mixed_pack_over_again(corpus, tmp_path):
    one, four = tmp_path / "one.pdf", tmp_path / "four.pdf"
    pages = build_mixed_pack(corpus, one)
    assert build_mixed_pack(corpus, four, copies=4) == 4 * pages
    a, b = pdfium.PdfDocument(one), pdfium.PdfDocument(four)
    try:
        for k in (0, pages - 1):
            assert _text(b[k]) == _text(b[k + 3 * pages]) == _text(a[k])
    finally:
        a.close()
        b.close()
    assert one.read_bytes() != four.read_bytes()

"""The text layer on real documents: lines, page numbers, separators, scans."""

from agendapack.pipeline.stages import read_text_layer


def test_kent_supplement_pack_item3_page_stamps_and_separator(corpus):
    layer = read_text_layer(corpus / "packs/kent_county-council_2025-01-09_supplement-pack_item3.pdf")
    assert len(layer.pages) == 20
    # covering letter is unnumbered, page 2 is the ModernGov padding page
    assert layer.page(1).printed_number is None
    assert layer.page(2).is_blank
    # the report starts on physical page 3, printed "Page 1"; the last page prints "Page 18"
    assert layer.page(3).printed_number == "1"
    assert layer.page(20).printed_number == "18"
    assert layer.physical_for_printed(18) == 20
    # the "Page N" footer is not body text
    assert all(not ln.text.startswith("Page ") for ln in layer.page(3).lines)
    assert layer.page(3).lines[0].text == "Agenda Item 3"


def test_kent_cabinet_frontsheet_lines_keep_reading_order(corpus):
    layer = read_text_layer(corpus / "agendas/kent_cabinet_2025-01-30_agenda-frontsheet.pdf")
    texts = [ln.text for ln in layer.page(1).lines]
    i = texts.index("1. Apologies")
    assert texts[i + 1] == "2. Declarations of Interest"
    heading = next(ln for ln in layer.page(1).lines if ln.text == "UNRESTRICTED ITEMS")
    assert heading.bold


def test_scanned_files_are_reported_as_scanned(corpus):
    for rel, pages in [
        ("packs/nipissing_council_2025-03-04_agenda-package_scanned.pdf", 14),
        ("packs/omaha_city-council_2012-10-16_item-attachment_scanned.pdf", 10),
    ]:
        layer = read_text_layer(corpus / rel)
        assert layer.scanned_pages == list(range(1, pages + 1)), rel


def test_mostly_scanned_package_keeps_its_one_text_page(corpus):
    layer = read_text_layer(corpus / "packs/nipissing_council_2024-10-01_agenda-package_mostly-scanned.pdf")
    assert len(layer.scanned_pages) == 26
    assert 4 not in layer.scanned_pages
    assert layer.page(4).lines


def test_minutes_page_of_n_footer_is_read(corpus):
    layer = read_text_layer(corpus / "minutes/milburn-pc_2018-01-16_minutes.pdf")
    assert [p.printed_number for p in layer.pages] == ["1", "2", "3"]


def test_indent_is_measured_from_the_left_margin(corpus):
    layer = read_text_layer(corpus / "agendas/kent_cabinet_2025-01-30_agenda-frontsheet.pdf")
    lines = {ln.text: ln for ln in layer.page(1).lines}
    assert lines["1. Apologies"].indent < 1
    # the wrapped second line of item 5 hangs under its title
    assert 20 < lines["(Pages 11 - 84)"].indent < 40


def test_symbol_font_bullets_become_bullet_characters(corpus):
    from agendapack.extractors.pdf.common import clean_text as _clean_text

    assert _clean_text("(cid:127)") == "•"  # pdfminer's unmapped bullet glyph
    assert _clean_text("\uf0b7") == "•"  # Symbol font bullet in the private-use area
    layer = read_text_layer(corpus / "minutes/chicago_ssa21-commission_2018-01-29_minutes.pdf")
    text = "\n".join(ln.text for p in layer.pages for ln in p.lines)
    assert "\uf0b7" not in text and "\uf0a7" not in text
    assert text.count("•") >= 5 and "▪" in text


def test_raw_pages_survive_the_trip_between_processes(corpus):
    import pickle

    from agendapack.extractors.pdf.reader import read_pages

    pages = read_pages(corpus / "plans/kent_capital-investment-summary-2025-35_v1_cabinet-2025-01-30.pdf")
    again = pickle.loads(pickle.dumps(pages))
    assert again == pages
    assert again[0].rules and again[0].chars


def test_a_long_pdf_read_by_two_shards_gives_the_same_text_layer(corpus):
    # a Kent pack: a running header and stamped page numbers, so the furniture needs every page
    from agendapack.extractors.pdf.reader import read_pages
    from agendapack.extractors.text.layer import assemble_text_layer, build_text_layer
    from agendapack.pipeline.shards import PageShards

    pdf = corpus / "packs/kent_county-council_2025-01-09_supplement-pack_item3.pdf"
    one = build_text_layer(read_pages(pdf))
    shards = PageShards(pdf, len(one.pages), 2, "pdfium")
    try:
        two = assemble_text_layer(shards.page_texts())
    finally:
        shards.close()
    assert [p.number for p in two.pages] == list(range(1, len(one.pages) + 1))
    assert two == one
    assert any(p.furniture for p in two.pages) and any(p.printed_number for p in two.pages)

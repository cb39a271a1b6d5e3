"""Unnumbered agendas as word processors export them (issue 13, round 2): generated PDFs
(scripts/samplegen/styles_agenda.py, `TYPOGRAPHY_STYLES`) parsed with the full pipeline, and rules
on hand-built lines.

* bullets from symbol fonts: a glyph extracted as "●", "■", "•", "§" or as a letter ("l", "n", "o",
  "Ø", "ü") at its own x, left of tab-indented text, on a baseline a little lower;
* three levels (heading -> bulleted or capital sub-item -> deeper bullet), each level's indent off
  by a point or two from line to line; sub-items wrapping under their text;
* headings with a colon ("REPORTS:"), a note ("(3 minutes per speaker)"), a time in a column
  before or after them ("7:00 PM   CALL TO ORDER"); headings bold and a point larger, or underlined;
  some headings centred; a title block of centred capital lines in body size; a blank last page.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from agendapack.extractors.agenda import bullet_markers, extract_agenda_items, is_bullet_glyph
from agendapack.extractors.pdf.types import Char
from agendapack.extractors.text.layer import lines_from_chars
from agendapack.pipeline.stages import parse_pack
from evaluation.core import same_title

from .lines import make_line, stack

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from samplegen import styles_agenda  # noqa: E402  (the generator lives under scripts/)

STYLES = list(styles_agenda.TYPOGRAPHY_STYLES)


def _outline(items, depth=0, out=None):
    """(depth, title, number printed) of every item, in order."""
    out = [] if out is None else out
    for it in items:
        out.append((depth, it.title, it.number_printed))
        _outline(it.subitems, depth + 1, out)
    return out


@pytest.mark.parametrize("style", STYLES)
def test_exported_outline_reads_every_level(tmp_path, style):
    truth = styles_agenda.build(style, tmp_path)
    pack = parse_pack(tmp_path / truth["file"])
    got = _outline(pack.agenda)
    want = [(w["depth"], w["title"]) for w in truth["agenda"]]
    assert [d for d, _, _ in got] == [d for d, _ in want], got
    for (_, title, printed), (_, want_title) in zip(got, want):
        # the bullet glyph, a trailing colon and the time are not part of a title
        assert title == want_title or same_title(title, want_title), (title, want_title)
        assert title[:1].isalnum() and not title.endswith(":"), title
        assert not printed
    # the title block (body name, meeting, date, place, "AGENDA") gives no item
    assert not any(t.upper() in {"HOLLIS TOWNSHIP BOARD", "REGULAR MEETING", "AGENDA"} for _, t, _ in got)
    assert pack.warnings == []


def test_bullet_glyphs_by_their_kind():
    # symbols, private-use codes of a symbol font (Word's U+F0B7, U+F0A7, U+F0D8, U+F076), dashes
    for glyph in ["\u25cf", "\u25cb", "\u25aa", "\u00a7", "\uf0b7", "\uf0a7", "\uf0d8", "\uf076", "\u27a2", "\u2013"]:
        assert is_bullet_glyph(glyph), glyph
    # letters, figures, brackets, quotes and currency open text
    for token in ["A", "n", "1", "(", "\u201c", "$", "#"]:
        assert not is_bullet_glyph(token), token


def test_letters_repeated_apart_from_their_text_are_bullets_not_a_list():
    bullets = stack([
        ("NEW BUSINESS", 40, {"bold": True}),
        ("\u00d8 Approval of bills", 60, {"gaps": {1: 14.0}}),
        ("\u00d8 Hall roof bids", 60, {"gaps": {1: 14.0}}),
        ("o Gravel for Mill Road", 80, {"gaps": {1: 14.0}}),
        ("o Ditch clearing", 80, {"gaps": {1: 14.0}}),
    ])
    assert bullet_markers(bullets) == {"\u00d8", "o"}
    # a lettered list set apart from its titles: "A", "B" are numbers, not bullets
    lettered = stack([("A Approval of bills", 60, {"gaps": {1: 14.0}}), ("B Hall roof bids", 60, {"gaps": {1: 14.0}}),
                      ("A Minutes", 60, {"gaps": {1: 14.0}})])
    assert bullet_markers(lettered) == frozenset()
    # an ordinary word of one letter at a line's start is no bullet ("A motion ...")
    assert bullet_markers(stack([("A motion was made", 60), ("A vote was taken", 60)])) == frozenset()


def test_private_use_bullets_and_levels_set_off_by_a_point():
    got = extract_agenda_items(stack([
        ("CALL TO ORDER", 40, {"bold": True}),
        ("ROLL CALL", 41.5, {"bold": True}),
        ("REPORTS:", 39, {"bold": True}),
        ("SUPERVISOR", 62),
        ("\uf0a7 Road salt purchase", 80, {"gaps": {1: 12.0}}),
        ("CLERK", 60.5),
        ("NEW BUSINESS", 42, {"bold": True}),
        ("\uf0b7 Approval of bills", 60, {"gaps": {1: 12.0}}),
        ("ADJOURNMENT", 40, {"bold": True}),
    ]))
    assert [(c.title_lines[0], c.parent) for c in got] == [
        ("CALL TO ORDER", None), ("ROLL CALL", None), ("REPORTS", None), ("SUPERVISOR", "3"),
        ("Road salt purchase", "3.1"), ("CLERK", "3"), ("NEW BUSINESS", None), ("Approval of bills", "4"),
        ("ADJOURNMENT", None),
    ]


def test_a_time_before_a_heading_is_not_its_title():
    got = extract_agenda_items([
        make_line("7:00 PM CALL TO ORDER", x0=40, top=100, bold=True, gaps={2: 30.0}),
        make_line("PLEDGE OF ALLEGIANCE", x0=109.6, top=114, bold=True),
        make_line("7:05 PM PUBLIC COMMENT", x0=40, top=128, bold=True, gaps={2: 30.0}),
        make_line("NEW BUSINESS", x0=109.6, top=142, bold=True),
        make_line("ADJOURNMENT", x0=109.6, top=156, bold=True),
    ])
    assert [c.title_lines[0] for c in got] == ["CALL TO ORDER", "PLEDGE OF ALLEGIANCE", "PUBLIC COMMENT",
                                              "NEW BUSINESS", "ADJOURNMENT"]


def _chars(text: str, x0: float = 50.0, top: float = 100.0, size: float = 11.0) -> list[Char]:
    out, x = [], x0
    for ch in text:
        out.append(Char(ch, x, x + 0.5 * size, top, top + size, size, "Helvetica"))
        x += 0.5 * size
    return out


def test_text_layer_keeps_private_use_bullets_and_breaks_no_break_spaces():
    # a private-use bullet stays a word of its own; a no-break space inside a name separates words
    # like a space, so "Trustee\u00a0Elton" reads as the two words of a name
    (line,) = lines_from_chars(_chars("\uf0b7 Trustee\u00a0Elton \u2013 yes"))
    assert [w.text for w in line.words] == ["\uf0b7", "Trustee", "Elton", "\u2013", "yes"]
    assert line.text == "\uf0b7 Trustee Elton \u2013 yes"

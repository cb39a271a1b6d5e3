"""Unnumbered township agendas typed line by line (issue 13, round 3): generated PDFs
(scripts/samplegen/styles_agenda.py, `BLOCK_STYLES`) parsed with the full pipeline, and rules on
hand-built lines.

* the first headings set tight under a centred date line, with no blank line between: they are
  items, not the rest of the title block;
* a heading in bold capitals whose plain text runs on after it on the same line ("APPROVAL OF
  MINUTES  March 11, ...") is an item with that text in its title, a wrap back to the page's edge
  (left of the headings' margin) included; "APPROVAL OF BILLS: GENERAL FUND" going on in plain
  capitals on the line under it is one title;
* after a blank line, a block set in from the margin and opened by a heading ("REPORTS:"): the
  opening heading is a top-level item and the headings at its indent are its sub-items, one after
  a blank line of its own included;
* bullets set at a sub-heading's own indent (their text tabbed in) are that sub-heading's points;
* a bracketed note after a heading in capitals is not title; list lines centred by chance on the
  page are not a running header.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from agendapack.extractors.agenda import extract_agenda_items
from agendapack.pipeline.stages import parse_pack
from evaluation.core import same_title

from .lines import make_line, stack

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

from samplegen import styles_agenda  # noqa: E402  (the generator lives under scripts/)


def _outline(items, depth=0, out=None):
    """(depth, title, number printed) of every item, in order."""
    out = [] if out is None else out
    for it in items:
        out.append((depth, it.title, it.number_printed))
        _outline(it.subitems, depth + 1, out)
    return out


@pytest.mark.parametrize("style", list(styles_agenda.BLOCK_STYLES))
def test_township_agenda_typed_line_by_line(tmp_path, style):
    truth = styles_agenda.build(style, tmp_path)
    pack = parse_pack(tmp_path / truth["file"])
    got = _outline(pack.agenda)
    want = [(w["depth"], w["title"]) for w in truth["agenda"]]
    assert [(d, t) for d, t, _ in got][:4] == want[:4]  # the headings tight under the date
    assert len(got) == len(want), got
    for (depth, title, printed), (want_depth, want_title) in zip(got, want):
        assert depth == want_depth, (title, depth, want_depth)
        assert title == want_title or same_title(title, want_title), (title, want_title)
        assert not title.endswith((":", ".")) and "(" not in title, title
        assert not printed
    assert not any("AGENDA" == t or "6:30" in t for _, t, _ in got)
    assert pack.warnings == []


def test_an_indented_block_after_a_blank_line_opens_a_top_level_item():
    got = extract_agenda_items(stack([
        ("CALL TO ORDER:", 40, {"bold": True}),
        ("ROLL CALL:", 40, {"bold": True}),
        ("APPROVAL OF AGENDA:", 40, {"bold": True}),
        None,
        ("REPORTS:", 48, {"bold": True}),
        ("ASSESSOR:", 48, {"bold": True}),
        None,
        ("CLERK:", 48, {"bold": True}),
        None,
        ("OLD BUSINESS:", 40, {"bold": True}),
        ("NEW BUSINESS:", 40, {"bold": True}),
        ("SALT BIDS", 60, {"bold": True}),
        ("ADJOURNMENT:", 40, {"bold": True}),
    ]))
    assert [(c.title_lines[0], c.parent) for c in got] == [
        ("CALL TO ORDER", None), ("ROLL CALL", None), ("APPROVAL OF AGENDA", None), ("REPORTS", None),
        ("ASSESSOR", "4"), ("CLERK", "4"), ("OLD BUSINESS", None), ("NEW BUSINESS", None),
        ("SALT BIDS", "6"), ("ADJOURNMENT", None),
    ]


def test_bullets_at_a_sub_headings_own_indent_are_its_points():
    got = extract_agenda_items(stack([
        ("CALL TO ORDER", 40, {"bold": True}),
        ("ROLL CALL", 40, {"bold": True}),
        ("REPORTS", 40, {"bold": True}),
        ("TREASURER", 60),
        ("\u2022 Audit engagement letter", 60, {"gaps": {1: 12.0}}),
        ("\u2022 Bank signers", 60, {"gaps": {1: 12.0}}),
        ("CLERK", 60),
        ("ADJOURNMENT", 40, {"bold": True}),
    ]))
    assert [(c.title_lines[0], c.parent) for c in got] == [
        ("CALL TO ORDER", None), ("ROLL CALL", None), ("REPORTS", None), ("TREASURER", "3"),
        ("Audit engagement letter", "3.1"), ("Bank signers", "3.1"), ("CLERK", "3"), ("ADJOURNMENT", None),
    ]


def test_a_list_line_centred_by_chance_is_not_a_running_header():
    # the reports sit near the middle of the body, at the indent of the lines above and below them
    got = extract_agenda_items(stack([
        ("CALL TO ORDER - AT THE TOWNSHIP HALL, 1200 COUNTY ROAD NINE", 40, {"bold": True}),
        ("ROLL CALL", 40, {"bold": True}),
        ("COMMITTEE REPORTS", 40, {"bold": True}),
        ("Parks - Trustee Reyes", 150),
        ("Cemetery - Trustee Price", 150),
        ("Fire Board - N/A", 150),
        ("NEW BUSINESS", 40, {"bold": True}),
        ("ADJOURNMENT", 40, {"bold": True}),
    ]))
    assert [c.title_lines[0] for c in got if c.parent == "3"] == [
        "Parks - Trustee Reyes", "Cemetery - Trustee Price", "Fire Board - N/A"]


def test_a_heading_in_bold_capitals_runs_on_in_plain_text():
    bold_lead = make_line("APPROVAL OF BILLS: GENERAL FUND", x0=40, top=156, bold=True)
    bold_lead = replace(bold_lead, bold=False, words=tuple(
        w._replace(bold=k < 3) for k, w in enumerate(bold_lead.words)))
    lines = stack([
        ("CALL TO ORDER:", 40, {"bold": True}),
        ("ROLL CALL:", 40, {"bold": True}),
        ("OLD BUSINESS:", 40, {"bold": True}),
        ("NEW BUSINESS:", 40, {"bold": True}),
    ])
    lines += [bold_lead, make_line("ROAD FUND", x0=48, top=170), make_line("ADJOURNMENT:", x0=40, top=184, bold=True)]
    assert [c.title_lines[0] for c in extract_agenda_items(lines)] == [
        "CALL TO ORDER", "ROLL CALL", "OLD BUSINESS", "NEW BUSINESS", "APPROVAL OF BILLS: GENERAL FUND ROAD FUND",
        "ADJOURNMENT"]

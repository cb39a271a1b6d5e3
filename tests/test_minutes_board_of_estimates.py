"""The minutes of a US city's Board of Estimates (dev group: minutes/baltimore_board-of-estimates_
2010-03-17_minutes.pdf), 105 pages in Courier: each matter the Board decides opens a page under an
unnumbered heading ("Law Department – Claim Settlement", underlined in two pieces, or set in two
columns: the department on the left over two lines, "– the subject" on the right); pages that go
on with a matter repeat its heading ("DHCD – cont’d", or a list's banner); numbered entries restart
under each list matter. Expected values read from the PDF."""

import re

import pytest

from evaluation.core import norm_text

FILE = "minutes/baltimore_board-of-estimates_2010-03-17_minutes.pdf"


@pytest.fixture(scope="module")
def items(parsed):
    pack = parsed(FILE)
    assert len(pack.minutes) == 1
    return pack.minutes[0].items


def _titles(items, number=None):
    return [norm_text(it.title) for it in items if it.number == number]


def test_matters_each_opening_a_page_are_items(items):
    matters = _titles(items)
    for title in ("Law Department – Claim Settlement",  # underlined in two pieces, the dash bare
                  "Department of Planning – Report on Previously Approved Transfers of Funds",  # subject wrapped in its column
                  "Bureau of Water and Wastewater (BW&WW) - Agreement",  # department over two lines
                  "Department of Housing and Community Development – Head Start Agreement",
                  "Baltimore Development Corporation – Fifth Modification Agreement"):
        assert norm_text(title) in matters, title
    # three leases under one heading, each decided on its own page
    assert matters.count(norm_text("Space Utilization Committee - Lease Agreement")) == 3


def test_pages_going_on_with_a_matter_are_no_items(items):
    assert not [it.title for it in items if re.search(r"cont['’]d", it.title)]
    # the awards' banner heads each of its thirteen pages: one matter, its entries 1-33 under it
    awards = [k for k, it in enumerate(items) if it.title.startswith("INFORMAL AWARDS")]
    assert len(awards) == 1
    following = [it.number for it in items[awards[0] + 1: awards[0] + 34]]
    assert following == [str(n) for n in range(1, 34)]
    assert items[awards[0] + 1].title == "SHI"
    # no department sub-banner over the rows ("Bureau of Purchases") is a matter
    assert norm_text("Bureau of Purchases") not in _titles(items)


def test_numbered_entries_restart_under_each_matter(items):
    numbers = [it.number for it in items if it.number]
    assert numbers.count("1") == 13  # pages 709, 710, 720, 722, 726, 729, 732, 737, 738, 753, 767, 768, 783
    claim = next(k for k, it in enumerate(items) if it.title == "Law Department – Claim Settlement")
    # the claimant's field wrapped over three lines in its column is the entry's title
    assert (items[claim + 1].number, items[claim + 1].title) == ("1", "Kimberley Harris v. Mayor and City Council of Baltimore City et al.")
    works = next(k for k, it in enumerate(items) if it.title == "EXTRA WORK ORDERS" and items[k + 1].number)
    assert [it.number for it in items[works + 1: works + 6]] == ["1", "2", "3", "4", "5"]


def test_a_first_field_wrapped_onto_the_line_of_the_other_fields_is_the_whole_title(items):
    # "4.   GEIGER PUMP &" over "EQUIPMENT CO.   $ 6,214.00   Low Bid" (the informal awards)
    awards = next(k for k, it in enumerate(items) if it.title.startswith("INFORMAL AWARDS"))
    entries = {it.number: it.title for it in items[awards + 1: awards + 34]}
    assert entries["4"] == "GEIGER PUMP & EQUIPMENT CO."
    assert entries["20"] == "GEIGER PUMP & EQUIPMENT COMPANY"
    assert entries["25"] == "DUROBAG MANUFACTURING COMPANY"

"""Cells of a plan-version diff: formatting is not a change, and a change is typed as analysts ask
about it (a date slipped by so long, a lead re-assigned, a figure re-costed by so much)."""

from __future__ import annotations

import pytest

from agendapack.diff.cells import classify, column_role, comparable, word_changes


@pytest.mark.parametrize("old,new", [
    ("Board established in April\n2025 and has met monthly.", "Board established in April 2025 and has met monthly."),
    ("The consultation with part-\nners has taken longer", "The consultation with partners has taken longer"),
    ("On-going", "Ongoing"),
    ("  Total   cost\tof the scheme ", "Total cost of the scheme"),
    ("1,288,680", "1288680"),
    ("£1,250,000.50", "£1250000.50"),
    ("DRAFT Non delivery of savings", "Non delivery of savings"),
    ("Funding reduced\u00b9", "Funding reduced"),
    ("Funding reduced [2]", "Funding reduced"),
    ("Funding reduced*", "Funding reduced"),
    ("\u2022 Board minutes published\n\u2022 Report received", "Board minutes published Report received"),
    ("Progress \u2013 at \u201cJuly\u201d", 'Progress - at "July"'),
    ("MARKET SUSTAINABILITY", "Market Sustainability"),
])
def test_formatting_is_not_a_change(old, new):
    assert comparable(old) == comparable(new)


@pytest.mark.parametrize("old,new", [
    ("Sept 2025", "Dec 2025"),
    ("£1,288,680", "£1,283,493"),
    ("Quality Assurance Manager", "Head of Quality Assurance"),
    ("Re-referrals below 20%", "Re-referrals below 25%"),
    ("2024", "2025"),
])
def test_substance_is_a_change(old, new):
    assert comparable(old) != comparable(new)


@pytest.mark.parametrize("header,role", [
    ("Action / Process / End Date", "date"), ("Start Date", "date"), ("Target date", "date"), ("YEAR", "date"),
    ("Meeting Date", "date"), ("RAG Status", "status"), ("Lead", "lead"), ("Officer Contact", "lead"),
    ("Risk Owner", "lead"), ("Key Targets", "target"), ("Total Cost / £000s", "money"), ("ESTIMATE", "money"),
    ("Progress – Outcomes and Key Targets", "text"), ("Action", "text"), ("Ref", "text"),
])
def test_column_roles_from_headers(header, role):
    assert column_role(header) == role


def test_an_end_date_that_slipped_by_months():
    kind, delta = classify("End Date", "Sept 2025", "Jan 2026")
    assert kind == "date_slip" and delta is not None and delta.months == 4 and delta.days is None


def test_a_date_brought_forward_in_days():
    kind, delta = classify("Deadline", "30 January 2026", "12 December 2025")
    assert kind == "date_forward" and delta is not None and delta.days == -49


def test_a_project_moved_to_an_earlier_year():
    kind, delta = classify("YEAR", "2027", "2025")
    assert kind == "date_forward" and delta is not None and delta.months == -24


def test_a_date_column_changed_to_wording_is_text():
    assert classify("End Date", "Sept 2025", "On-going") == ("text", None)


def test_money_difference_and_percentage():
    kind, delta = classify("exposure £m", "20.0", "28.4")
    assert kind == "money" and delta is not None
    assert delta.amount == pytest.approx(8.4) and delta.percent == pytest.approx(42.0)


def test_money_with_currency_and_separators_in_any_column():
    kind, delta = classify("2025 Budget", "$ 21,000.00", "$ 16,000.00")
    assert kind == "money" and delta is not None
    assert delta.amount == pytest.approx(-5000) and delta.percent == pytest.approx(-23.81)


def test_bracketed_negative_money():
    kind, delta = classify("Variance £000s", "(1,200)", "300")
    assert kind == "money" and delta is not None and delta.amount == pytest.approx(1500)


@pytest.mark.parametrize("header,kind", [("Lead", "lead"), ("RAG", "status"), ("Key Targets", "target"),
                                         ("Progress", "text")])
def test_lead_status_target_and_text(header, kind):
    assert classify(header, "one value here", "another value")[0] == kind


def test_word_level_changes_of_a_long_cell():
    words = word_changes("Agency staff make up 27% of the workforce in June.",
                         "Agency staff make up 23% of the workforce in September.")
    assert [(w.op, w.text) for w in words] == [
        ("=", "Agency staff make up"), ("-", "27%"), ("+", "23%"), ("=", "of the workforce in"),
        ("-", "June."), ("+", "September.")]


def test_no_word_level_changes_for_short_cells():
    assert word_changes("Sept 2025", "Dec 2025") == []


@pytest.mark.parametrize("old,new,amount", [
    ("£1.2m", "£900k", -300_000),
    ("$2.5 million", "$3 million", 500_000),
    ("£750k", "£1.1bn", 1_099_250_000),
    ("£15,000", "£0.02m", 5_000),
])
def test_scale_words_are_read_into_the_amount(old, new, amount):
    kind, delta = classify("Budget", old, new)
    assert kind == "money" and delta is not None and delta.amount == pytest.approx(amount)

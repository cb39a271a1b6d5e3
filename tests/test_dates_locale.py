"""Numeric dates (01/02/2025) read day first or month first: as the operator says (--dayfirst,
Settings.dayfirst), else as the document's country tells (a UK postcode or council kind, a US
state), recorded in the record's meeting.date_order and its provenance."""

import pytest
from click.testing import CliRunner
from fpdf import FPDF

from agendapack.extractors.text.dates import date_order_cue, parse_date, reading_dates
from agendapack.pipeline.cli import main
from agendapack.pipeline.config import DEFAULT
from agendapack.pipeline.stages import parse_pack


def test_cues_tell_the_country():
    assert date_order_cue("Parish Office, 4 High Street, Eastbrook EB1 2QA") == (True, "EB1 2QA")
    assert date_order_cue("Wexcombe District Council") == (True, "District Council")
    assert date_order_cue("1315 Valley Drive, Hermosa Beach, CA 90254") == (False, "CA 90254")
    assert date_order_cue("Board of Trustees, Cleveland, Ohio") == (False, "Ohio")
    # a county council in a US state: the state's ZIP outweighs the council's kind
    assert date_order_cue("Montgomery County Council, Rockville, MD 20850")[0] is False
    assert date_order_cue("Minutes of the meeting") is None


def test_reading_dates_sets_the_order_for_ambiguous_dates_only():
    assert parse_date("01/02/2025") == "2025-01-02"  # unknown: month first, as before
    with reading_dates(True):
        assert parse_date("01/02/2025") == "2025-02-01"
        assert parse_date("01/02/2025", dayfirst=False) == "2025-01-02"  # the caller's word wins
        assert parse_date("12/31/2025") == "2025-12-31"  # no 31st month: not ambiguous
        assert parse_date("3 March 2025") == "2025-03-03"
    with reading_dates(False):
        assert parse_date("01/02/2025") == "2025-01-02"
        assert parse_date("31/12/2025") == "2025-12-31"
    assert parse_date("01/02/2025") == "2025-01-02"  # the block ends, the order is forgotten


def _front_sheet(path, address: str):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 12, "Wexcombe Town Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in ("Meeting of the Full Council", "Date: 01/02/2025", "Time: 7.00 pm", address, "",
                 "AGENDA", "1. Apologies for absence", "2. Declarations of interest"):
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("address, date, order, cue", [
    ("Venue: Town Hall, Market Place, Wexcombe WX1 4AB", "2025-02-01", "day_first", "WX1 4AB"),
    ("Venue: Town Hall, 12 Main Street, Wexcombe, OH 44101", "2025-01-02", "month_first", "OH 44101"),
])
def test_the_document_tells_the_order(tmp_path, address, date, order, cue):
    pack = parse_pack(_front_sheet(tmp_path / "sheet.pdf", address), DEFAULT)
    assert pack.meeting.date == date
    assert pack.meeting.date_order == order
    assert pack.meeting.provenance["date_order"].text == cue


def test_the_operator_overrides_the_document(tmp_path):
    pdf = _front_sheet(tmp_path / "sheet.pdf", "Venue: Town Hall, Market Place, Wexcombe WX1 4AB")
    pack = parse_pack(pdf, DEFAULT.with_(dayfirst=False))
    assert pack.meeting.date == "2025-01-02" and pack.meeting.date_order == "month_first"
    assert "date_order" not in pack.meeting.provenance
    out = tmp_path / "out"
    run = CliRunner().invoke(main, ["parse", "--monthfirst", "--nl", "-o", str(out), str(pdf)])
    assert run.exit_code == 0, run.stderr
    assert '"date":"2025-01-02"' in run.stdout
    run = CliRunner().invoke(main, ["parse", "--dayfirst", "--nl", "-o", str(out), str(pdf)])
    assert '"date":"2025-02-01"' in run.stdout and '"date_order":"day_first"' in run.stdout


@pytest.mark.parametrize("text,time", [("June 6, 530pm", "17:30"), ("1030am", "10:30"), ("at 7pm", "19:00"),
                                       ("Room 2030 pm", None), ("Dec 2020 PM", None), ("Budget 1545", None)])
def test_times_typed_without_a_separator_only_before_am_or_pm(text, time):
    from agendapack.extractors.text.dates import parse_time

    assert parse_time(text) == time


def test_a_cue_counts_once_however_often_it_is_printed():
    # a US district council names itself on every line; its phone number is printed once
    us = ("NOTICE OF DISTRICT COUNCIL MEETING. District Council 4 will meet. Members of the District "
          "Council may attend. Questions: call 312-555-0188.")
    assert date_order_cue(us) is None  # one cue each way: the document does not tell
    assert date_order_cue("Questions: (773) 555-0142 or the clerk") == (False, "(773) 555-0142")
    assert date_order_cue("Ref 2024-118-2025, tel 01632 960001") is None

"""The Crete Township board of trustees agenda of 13 December 2023 (original and re-issued), an
unnumbered US township agenda: what is asserted here was read off the PDFs (page image and
`pdftotext -layout`), not taken from the program's output.

Read in the PDF: a centred title block ending "December 13, 2023, 7PM" with "CALL TO ORDER:" set
tight under it; bold capital headings ending in a colon at the left margin; "APPROVAL OF MINUTES"
in bold capitals with the minutes named in plain type on the same line (in the re-issue wrapping
twice back to the page's edge); after a blank line a block set in from the margin opening with
"REPORTS:", holding SUERVISOR (so printed), CLERK (after a blank line), SUPERVISOR LICCAR,
HIGHWAY COMMISSIONER, ASSESSOR and ACTIVITY REPORTS; six bullets under SUERVISOR, one wrapping;
eight reports indented under ACTIVITY REPORTS; "CITIZENS TO ADDRESS THE BOARD:" set in a little
under NEW BUSINESS with a bracketed note that wraps back to the page's edge (a paragraph with its
first line indented, a heading of its own: the note is not title); "APPROVAL OF BILLS: TOWN FUND"
with "ROAD AND BRIDGE FUND" on the line below.
"""

from __future__ import annotations

import pytest

from evaluation.core import same_title

AGENDAS = {
    "original": "agendas/crete-township_board-of-trustees_2023-12-13_agenda_v1_original.pdf",
    "revised": "agendas/crete-township_board-of-trustees_2023-12-13_agenda_v2_revised.pdf",
}
MINUTES_TITLE = {
    "original": "APPROVAL OF MINUTES November 8, 2023, Regular BOD meeting minutes",
    "revised": "APPROVAL OF MINUTES November 8, 2023, Regular BOD meeting minutes, November 15, 2023 Special "
               "Board Meeting minutes, and December 15, 2023 Tax Levy Informational Hearing minutes",
}
TOP_LEVEL = ["CALL TO ORDER", "ROLL CALL", "PLEDGE OF ALLEGIANCE", None, "REPORTS", "OLD BUSINESS",
             "NEW BUSINESS", "CITIZENS TO ADDRESS THE BOARD", "EXECUTIVE SESSION", "CORRESPONDENCE", "ANNOUNCEMENTS",
             "APPROVAL OF BILLS: TOWN FUND ROAD AND BRIDGE FUND", "ADJOURNMENT"]
REPORTS = ["SUERVISOR", "CLERK", "SUPERVISOR LICCAR: Financial Reports", "HIGHWAY COMMISSIONER: Report",
           "ASSESSOR: Report", "ACTIVITY REPORTS"]
SUPERVISOR_POINTS = ["ARPA Grant Request Status",
                     "Building Usage Application: Crafting Together Club, second and third Thursday of the "
                     "month, 2024 5:30 PM to 7 PM",
                     "Holiday Schedule Approval", "Publication of Executive Sessions Minutes",
                     "Decennial Committee Meeting", "MIS/Technology Contract"]
ACTIVITY = ["Plan Commission \u2013 John Rzymski", "Liaison Property Code Matters \u2013 John Rzymski",
            "Building and Grounds \u2013 Trustee Frank Elton", "Senior Transportation \u2013Trustee Jim Piacentini",
            "Youth \u2013 Trustee Cheryl Albrecht", "Mosquito Abatement \u2013 N/A",
            "Senior Events \u2013 Trustee Laura Hawkins", "Special Events \u2013 Trustee Elton"]


def _titles(items) -> list[str]:
    return [it.title for it in items]


def _same(got: list[str], want: list[str]) -> None:
    assert len(got) == len(want), got
    for g, w in zip(got, want):
        assert same_title(g, w), (g, w)


@pytest.mark.parametrize("issue", list(AGENDAS))
def test_headings_tight_under_the_date_and_run_on_titles(parsed, issue):
    agenda = parsed(AGENDAS[issue]).agenda
    want = [MINUTES_TITLE[issue] if t is None else t for t in TOP_LEVEL]
    _same(_titles(agenda), want)
    assert not any(it.number_printed for it in agenda)


@pytest.mark.parametrize("issue", list(AGENDAS))
def test_the_indented_reports_block_nests_under_its_opening_heading(parsed, issue):
    reports = next(it for it in parsed(AGENDAS[issue]).agenda if it.title == "REPORTS")
    _same(_titles(reports.subitems), REPORTS)
    supervisor, activity = reports.subitems[0], reports.subitems[-1]
    _same(_titles(supervisor.subitems), SUPERVISOR_POINTS)  # bullets at the officer's own indent
    # the reports under ACTIVITY REPORTS, in bold or plain, one of them centred by chance on the page
    _same(_titles(activity.subitems)[:8], ACTIVITY)
    assert all(not it.subitems for it in reports.subitems[1:-1])


"""Build the samples: which documents make the pack, the standalone plan v2, and expected.json."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from .action_plan import render_action_plan
from .agenda import render_agenda, title_width
from .capital_programme import make_programme_v2, programme_changes, programme_truth, render_programme
from .content.action_plan import PLAN_V1
from .content.capital_programme import PROGRAMME_V1
from .content.meeting import AGENDA, BODY, COUNCIL, MEETING
from .content.minutes import MINUTES
from .content.report import REPORT
from .expected import ground_truth, pack_truth, plan_v2_truth
from .front_sheet import render_front_sheet, render_visitor_info
from .minutes import render_minutes
from .pdf import FONT, SamplePDF, stamp, wrap
from .placeholders import blank_page, render_restricted
from .plan_v2 import make_plan_v2, verify_plan_diff
from .report import render_report
from .schedules import render_forward_plan, render_work_programme

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
PACK_NAME = "eastbrook_children-committee_2025-07-15_pack.pdf"
PLAN_V2_NAME = "eastbrook_improvement-plan_v2_2025-10.pdf"
EXPECTED_NAME = "expected.json"
# the capital programme, a wide spreadsheet printed in two halves, in two versions
PROGRAMME_V1_NAME = "eastbrook_capital-programme_v1_2025-02.pdf"
PROGRAMME_V2_NAME = "eastbrook_capital-programme_v2_2025-03.pdf"

PACK_CREATED = dt.datetime(2025, 7, 7, 9, 30, 0, tzinfo=dt.timezone.utc)
PLAN_V2_CREATED = dt.datetime(2025, 10, 20, 14, 0, 0, tzinfo=dt.timezone.utc)
PROGRAMME_V1_CREATED = dt.datetime(2025, 2, 11, 10, 0, 0, tzinfo=dt.timezone.utc)
PROGRAMME_V2_CREATED = dt.datetime(2025, 3, 18, 10, 0, 0, tzinfo=dt.timezone.utc)


def build_pack(ranges: dict):
    """Render the whole pack with the given agenda ranges; return the pdf and what went where."""
    pdf = SamplePDF(PACK_CREATED, f"{BODY} - {MEETING['date']} - Public reports pack")
    render_front_sheet(pdf)
    render_visitor_info(pdf)
    render_agenda(pdf, ranges)
    unnumbered = pdf.page
    pdf.numbered_from = unnumbered + 1

    documents, extra = [], {}

    def add_doc(kind, item, title, orientation, fn, stamp_text):
        start = pdf.page + 1
        pdf.add_page(orientation)
        if stamp_text and kind != "action_plan":
            stamp(pdf, stamp_text)
        result = fn()
        content_last = pdf.page
        blanks = []
        if (content_last - start + 1) % 2:
            blank_page(pdf)
            blanks.append(pdf.page)
        documents.append({
            "kind": kind, "agenda_item": item, "title": title,
            "physical_pages": {"first": start, "last": pdf.page},
            "printed_pages": {"first": pdf.printed(start), "last": pdf.printed(pdf.page)},
            "content_pages": content_last - start + 1,
            "blank_pages_printed": [pdf.printed(p) for p in blanks],
            "stamp": stamp_text,
        })
        return result

    for entry in AGENDA:
        if "heading" in entry:
            continue
        item = entry["number"]
        for i, kind in enumerate(entry["docs"]):
            st = f"Agenda Item {item}" if i == 0 else None
            if kind == "minutes":
                add_doc(kind, item, f"Minutes - {BODY} - {MINUTES['date_text']}", "P",
                        lambda: render_minutes(pdf), st)
            elif kind == "report":
                add_doc(kind, item, REPORT["title"], "P", lambda: render_report(pdf), st)
            elif kind == "action_plan":
                extra["plan"] = add_doc(
                    kind, item, "Appendix A - Children and Young People's Services Improvement Plan "
                                "(Updated July 2025)", "L",
                    lambda: render_action_plan(pdf, PLAN_V1, 1, "July 2025", stamp_text="Appendix A"),
                    "Appendix A")
            elif kind == "forward_plan":
                extra["forward_plan"] = add_doc(kind, item, "Cabinet Forward Plan", "L",
                                                lambda: render_forward_plan(pdf), st)
            elif kind == "work_programme":
                extra["work_programme"] = add_doc(kind, item, "Work Programme 2025/26", "P",
                                                  lambda: render_work_programme(pdf), st)
            elif kind == "restricted":
                add_doc(kind, item, "Document is Restricted", "P", lambda: render_restricted(pdf), st)

    actual = {}
    for entry in AGENDA:
        docs = [d for d in documents if d.get("agenda_item") == entry.get("number")]
        if docs:
            actual[entry["number"]] = (docs[0]["printed_pages"]["first"], docs[-1]["printed_pages"]["last"])
    return pdf, {"documents": documents, "ranges": actual, "unnumbered": unnumbered, **extra}


def build_plan_v2(rows):
    pdf = SamplePDF(PLAN_V2_CREATED, "Children and Young People's Services Improvement Plan - "
                                     "Updated October 2025",
                    running_header=f"{COUNCIL} - CYPS Improvement Plan - Updated October 2025")
    pdf.numbered_from = 1
    pdf.add_page("L")
    return pdf, render_action_plan(pdf, rows, 2, "October 2025")


def main():
    SAMPLES.mkdir(parents=True, exist_ok=True)

    # The agenda prints page ranges that are only known once the documents after it are
    # rendered, so render until the printed ranges equal the documents' real pages.
    ranges = {e["number"]: (888, 888) for e in AGENDA if e.get("docs")}
    for _ in range(5):
        pdf, info = build_pack(ranges)
        if info["ranges"] == ranges:
            break
        ranges = info["ranges"]
    else:
        raise SystemExit("agenda page ranges did not converge")
    splits_v1 = info["plan"][2]
    assert splits_v1 >= 1, "expected at least one action-plan row to split across a page break"
    # item 6's title must wrap so that its range sits on the second line
    probe = SamplePDF(PACK_CREATED, "probe")
    probe.add_page()
    probe.set_font(FONT, "", 11)
    item_6 = next(e for e in AGENDA if e.get("number") == "6")
    assert len(wrap(probe, item_6["title"], title_width(probe))) == 2
    pdf.output(str(SAMPLES / PACK_NAME))

    v2_rows, changes = make_plan_v2()
    verify_plan_diff(PLAN_V1, v2_rows, changes)
    pdf2, layout_v2 = build_plan_v2(v2_rows)
    splits_v2 = layout_v2[2]
    pdf2.output(str(SAMPLES / PLAN_V2_NAME))

    expected = ground_truth(
        pack_truth(f"samples/{PACK_NAME}", pdf, info),
        plan_v2_truth(f"samples/{PLAN_V2_NAME}", pdf2, v2_rows, layout_v2),
        changes,
    )
    prog_v1 = render_programme(SAMPLES / PROGRAMME_V1_NAME, PROGRAMME_V1, PROGRAMME_V1_CREATED,
                               "February 2025 (version 1)")
    prog_v2 = render_programme(SAMPLES / PROGRAMME_V2_NAME, make_programme_v2(), PROGRAMME_V2_CREATED,
                               "March 2025 (version 2)")
    prog_changes = programme_changes(prog_v1, prog_v2)
    expected["capital_programme_v1"] = programme_truth(f"samples/{PROGRAMME_V1_NAME}", prog_v1)
    expected["capital_programme_v2"] = programme_truth(f"samples/{PROGRAMME_V2_NAME}", prog_v2)
    expected["capital_programme_changes_v1_to_v2"] = prog_changes

    (SAMPLES / EXPECTED_NAME).write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    print(f"pack: {pdf.page} pages ({info['unnumbered']} unnumbered), ranges {ranges}")
    for d in info["documents"]:
        print(f"  item {d['agenda_item']:>2} {d['kind']:<15} physical {d['physical_pages']} "
              f"printed {d['printed_pages']}")
    print(f"plan v2: {pdf2.page} pages; rows split: v1 {splits_v1}, v2 {splits_v2}")
    print(f"capital programme: {len(prog_v1)} directorates in halves, {len(prog_changes)} changes v1 -> v2")

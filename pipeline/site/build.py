"""`build_site`: the whole site from an output folder, in one pass.

    site/index.html                    meetings by council, body and date; the search box
    site/members.html, members/<m>.html  members: attendance and named votes
    site/meetings/<folder>.html        one page per pack record
    site/plans/<folder>.html           its action-plan tables, filterable
    site/diffs/<folder>.html           one page per diff.json under OUT
    site/pdfs/<file>.pdf               the source PDFs found (`pdf_folders`), for #page=N links
    site/data/...                      downloads: pack.json, CSVs, diff.json, council.db
    site/search-index.js|.json         the search index
    site/static/                       CSS and JavaScript

Every file is written only when its bytes change, so a rebuild touches only what changed."""

from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from agendapack.pipeline.outputs.exports import csv_cell
from agendapack.pipeline.publish.meetings import name_key
from agendapack.pipeline.site import files, render, search
from agendapack.pipeline.site.records import DiffPage, MeetingPage, Member, SiteRecords, collect
from agendapack.pipeline.site.render import Download, Links

DATABASE_NAME = "council.db"


@dataclass
class SiteReport:
    site_dir: Path
    pages: list[Path] = field(default_factory=list)
    pdfs: int = 0
    # (pack.json or diff.json, reason) of records that could not be read
    failed: list[tuple[str, str]] = field(default_factory=list)
    # PDFs of records that were not found in the folders given (shown without links)
    missing_pdfs: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed


def csv_text(header: list[str], rows: Iterable[Iterable[object]]) -> str:
    """CSV whose cells read from a PDF are never run as a formula (`exports.csv_cell`)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(v) if isinstance(v, str) else ("" if v is None else v) for v in row])
    return out.getvalue()


def _copy_pdfs(records: SiteRecords, site_dir: Path, pdf_folders: list[Path], report: SiteReport) -> dict[str, str]:
    """Copy every PDF found into site/pdfs/; sha256 -> its path relative to the site."""
    finder = files.PdfFinder(pdf_folders)
    wanted = {p.pack.source.sha256: p.pack.source.file for p in records.meetings}
    for d in records.diffs:
        wanted.setdefault(d.diff.old.sha256, d.diff.old.file)
        wanted.setdefault(d.diff.new.sha256, d.diff.new.file)
    found: dict[str, str] = {}
    used_names: dict[str, str] = {}
    for sha, name in wanted.items():
        path = finder.find(Path(name).name, sha)
        if path is None:
            report.missing_pdfs.append(name)
            continue
        # two versions with one file name each get their own copy
        target = Path(name).name if used_names.setdefault(Path(name).name, sha) == sha else f"{sha[:8]}-{Path(name).name}"
        files.copy_if_changed(path, site_dir / "pdfs" / target)
        found[sha] = f"pdfs/{target}"
        report.pdfs += 1
    return found


def _meeting_downloads(page: MeetingPage, site_dir: Path, db: Optional[str]) -> list[Download]:
    data = site_dir / "data" / page.page_slug
    files.copy_if_changed(page.record, data / "pack.json")
    out = [Download("Record (pack.json)", f"../data/{page.page_slug}/pack.json")]
    decisions = [(m.meeting.date, it.number, it.title, r.number, r.text, r.outcome, r.page)
                 for m in page.pack.minutes for it in m.items for r in it.resolutions]
    files.write_text(data / "decisions.csv", csv_text(
        ["minutes_date", "item", "item_title", "clause", "resolution", "outcome", "page"], decisions))
    out.append(Download("Decisions (CSV)", f"../data/{page.page_slug}/decisions.csv"))
    for csv_path in page.table_csvs:
        files.copy_if_changed(csv_path, data / csv_path.name)
        out.append(Download(f"Table {csv_path.stem} (CSV)", f"../data/{page.page_slug}/{csv_path.name}"))
    if db:
        out.append(Download("All records (SQLite)", f"../{db}"))
    return out


def _member_downloads(member: Member, site_dir: Path, db: Optional[str]) -> list[Download]:
    rows: list[tuple[object, ...]] = []
    for a in member.appearances:
        mins = a.meeting.pack.minutes[a.minutes_index]
        date = mins.meeting.date or a.meeting.pack.meeting.date
        rows.append((a.meeting.name, date, "attendance", a.status, None, a.page, a.meeting.pack.source.file))
        rows.extend((a.meeting.name, date, "vote", option, f"{number or ''} {title or ''}".strip(), page,
                     a.meeting.pack.source.file) for number, title, option, page, _ in a.votes)
    header = ["meeting", "date", "record", "value", "item", "page", "source_file"]
    base = site_dir / "members" / member.page_slug
    files.write_text(base.with_suffix(".csv"), csv_text(header, rows))
    files.write_text(base.with_suffix(".json"), json.dumps(
        {"name": member.name, "council": member.council, "records": [dict(zip(header, r)) for r in rows]},
        ensure_ascii=False, indent=1) + "\n")
    out = [Download("Member (JSON)", f"{member.page_slug}.json"), Download("Member (CSV)", f"{member.page_slug}.csv")]
    return out + ([Download("All records (SQLite)", f"../{db}")] if db else [])


def _diff_downloads(d: DiffPage, site_dir: Path, db: Optional[str]) -> list[Download]:
    data = site_dir / "data" / f"diff-{d.page_slug}"
    files.copy_if_changed(d.path, data / "diff.json")
    rows = [(t.new_title or t.old_title, c.type, c.kind, c.key, c.group, c.column,
             c.old if isinstance(c.old, str) or c.old is None else json.dumps(c.old, ensure_ascii=False),
             c.new if isinstance(c.new, str) or c.new is None else json.dumps(c.new, ensure_ascii=False),
             c.old_page, c.new_page) for t in d.diff.tables for c in t.changes]
    files.write_text(data / "changes.csv", csv_text(
        ["table", "type", "kind", "key", "group", "column", "old", "new", "old_page", "new_page"], rows))
    out = [Download("Diff (diff.json)", f"../data/diff-{d.page_slug}/diff.json"),
           Download("Changes (CSV)", f"../data/diff-{d.page_slug}/changes.csv")]
    return out + ([Download("All records (SQLite)", f"../{db}")] if db else [])


def _index_downloads(records: SiteRecords, site_dir: Path, entries: list[search.Entry], db: Optional[str]) -> list[Download]:
    files.write_text(site_dir / "search-index.json", json.dumps(entries, ensure_ascii=False) + "\n")
    rows = [(p.pack.meeting.council, p.pack.meeting.body, p.pack.meeting.date, p.name, p.decisions, p.recorded_votes,
             p.pack.source.file, f"meetings/{p.page_slug}.html") for p in records.meetings]
    files.write_text(site_dir / "meetings.csv", csv_text(
        ["council", "body", "date", "meeting", "decisions", "recorded_votes", "source_file", "page"], rows))
    out = [Download("Search index (JSON)", "search-index.json"), Download("Meetings (CSV)", "meetings.csv")]
    return out + ([Download("All records (SQLite)", db)] if db else [])


def _database(out_root: Path, site_dir: Path) -> Optional[str]:
    """The database `agendapack publish` wrote in OUT, copied into the site (None: none)."""
    db = out_root / DATABASE_NAME
    if not db.is_file():
        return None
    files.copy_if_changed(db, site_dir / "data" / DATABASE_NAME)
    return f"data/{DATABASE_NAME}"


def build_site(out_root: str | Path, site_dir: str | Path, pdf_folders: Iterable[str | Path] = (),
               templates: Optional[Path] = None) -> SiteReport:
    """Render the site of every record under `out_root` into `site_dir` (module docstring).
    `pdf_folders`: folders (or PDF files) to find the source PDFs in, by file name and hash.
    `templates`: a folder of site templates to use instead of the installed ones."""
    started = time.perf_counter()
    out_root, site_dir = Path(out_root), Path(site_dir)
    report = SiteReport(site_dir)
    records = collect(out_root)
    report.failed = records.failed
    pdfs = _copy_pdfs(records, site_dir, [Path(p) for p in pdf_folders], report)
    members = {(name_key(m.council or ""), name_key(m.name)): m.page_slug for m in records.members}
    top, below = Links("", pdfs, members), Links("../", pdfs, members)
    env = render.environment(templates)
    db = _database(out_root, site_dir)

    def page(path: Path, html: str) -> None:
        report.pages.append(files.write_text(path, html))

    files.write_static(site_dir)
    entries = search.build_index(records)
    files.write_text(site_dir / "search-index.js", search.index_script(entries))
    page(site_dir / "index.html", render.render_index(env, records, top, _index_downloads(records, site_dir, entries, db)))
    page(site_dir / "members.html", render.render_members(env, records, top, []))
    for mp in records.meetings:
        downloads = _meeting_downloads(mp, site_dir, db)
        page(site_dir / "meetings" / f"{mp.page_slug}.html", render.render_meeting(env, mp, below, downloads))
        if mp.plan_tables:
            plan_downloads = [d for d in downloads if "decisions" not in d.href]
            page(site_dir / "plans" / f"{mp.page_slug}.html", render.render_plan(env, mp, below, plan_downloads))
    for member in records.members:
        page(site_dir / "members" / f"{member.page_slug}.html",
             render.render_member(env, member, below, _member_downloads(member, site_dir, db)))
    for d in records.diffs:
        page(site_dir / "diffs" / f"{d.page_slug}.html", render.render_diff(env, d, below, _diff_downloads(d, site_dir, db)))
    report.seconds = time.perf_counter() - started
    return report

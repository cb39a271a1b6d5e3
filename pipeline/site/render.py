"""Pages of the site from records: Jinja2 templates in `templates/site/`, autoescaping on, so
every text read from a PDF reaches the reader as text ("<script>" shows as "<script>").

Every page gets `root` (the way back to the site's top folder from the page) and `pdf`, which
turns (pack, page) into a link to that page of the PDF copied into the site, or None when the
PDF was not found."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import quote

from jinja2 import BaseLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from agendapack.diff_model import CHANGE_KINDS, CHANGE_TYPES
from agendapack.model import Pack, flat_agenda
from agendapack.pipeline.outputs.diff import delta_text, groups_of, short_column, summary_line
from agendapack.pipeline.publish.meetings import name_key
from agendapack.pipeline.site.files import static_asset
from agendapack.pipeline.site.records import (
    DiffPage,
    MeetingPage,
    Member,
    SiteRecords,
    plan_rows,
    row_anchor,
    vote_anchor,
    voter_lookup,
)

VOTE_OPTIONS = (("yes", "For"), ("no", "Against"), ("abstain", "Abstain"))
ATTENDANCE_ORDER = ("present", "virtual", "substitute", "in_attendance", "also_present", "apologies", "absent")


def environment(templates: Optional[Path] = None) -> Environment:
    """The site's templates (installed, or the folder `templates`), HTML autoescaped."""
    loader: BaseLoader = FileSystemLoader(str(templates)) if templates else PackageLoader("agendapack.templates", "site")
    env = Environment(loader=loader, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=True))
    env.filters["short"] = short_column
    # (key, count) of a summary, so counts show in the model's order of types and kinds
    env.filters["pair"] = lambda key, counts: (key, counts.get(key, 0))
    env.globals.update(flat_agenda=flat_agenda, vote_anchor=vote_anchor, row_anchor=row_anchor,
                       VOTE_OPTIONS=VOTE_OPTIONS, delta=delta_text, groups_of=groups_of)
    return env


@dataclass
class Download:
    label: str
    href: str


@dataclass
class Links:
    """Where the pages find the PDFs and each other, from the folder a page is written in."""

    root: str  # '' for the top folder, '../' one level down
    # sha256 -> path of the PDF relative to the site's top folder (those found)
    pdfs: dict[str, str] = field(default_factory=dict)
    # (council key, name key) -> member page slug
    members: dict[tuple[str, str], str] = field(default_factory=dict)

    def at(self, root: str) -> "Links":
        return Links(root, self.pdfs, self.members)

    def pdf_file(self, sha256: str) -> Optional[str]:
        path = self.pdfs.get(sha256)
        return f"{self.root}{quote(path)}" if path else None

    def page(self, sha256: str, page: Optional[int]) -> Optional[str]:
        base = self.pdf_file(sha256)
        return f"{base}#page={page}" if base and page else None

    def member(self, council: Optional[str], name: str) -> Optional[str]:
        found = self.members.get((name_key(council or ""), name_key(name)))
        return f"{self.root}members/{found}.html" if found else None


def _pdf_link(links: Links, pack: Pack) -> Callable[[Optional[int]], Optional[str]]:
    return lambda page: links.page(pack.source.sha256, page)


def _voter_link(links: Links, pack: Pack) -> Callable[[int, str], Optional[str]]:
    known = [voter_lookup(m) for m in pack.minutes]
    return lambda mi, name: links.member(pack.meeting.council, known[mi].get(name, name))


def meeting_context(page: MeetingPage, links: Links, downloads: list[Download]) -> dict:
    pack = page.pack
    return {"page": page, "pack": pack, "m": pack.meeting, "root": links.root, "pdf": _pdf_link(links, pack),
            "pdf_file": links.pdf_file(pack.source.sha256), "voter": _voter_link(links, pack),
            "plan_href": f"{links.root}plans/{page.page_slug}.html" if page.plan_tables else None,
            "attendance_order": ATTENDANCE_ORDER, "downloads": downloads, "inline_css": None}


def render_meeting(env: Environment, page: MeetingPage, links: Links, downloads: list[Download]) -> str:
    return env.get_template("meeting.html.j2").render(**meeting_context(page, links, downloads))


def render_summary_html(pack: Pack, templates: Optional[Path] = None) -> str:
    """One pack's meeting page on its own (`agendapack summary --format html`): the site's
    template with its style sheet inlined, page links to the PDF by its file name beside it."""
    from agendapack.pipeline.publish.meetings import meeting_name, meetings_of

    page = MeetingPage(".", pack, Path("pack.json"), meeting_name(meetings_of(pack)[0]))
    links = Links("", {pack.source.sha256: pack.source.file})
    # our own style sheet, not text from a PDF: safe to inline as it is
    css = Markup(static_asset("site.css").decode("utf-8"))
    context = meeting_context(page, links, []) | {"inline_css": css, "plan_href": None}
    return environment(templates).get_template("meeting.html.j2").render(**context)


def render_plan(env: Environment, page: MeetingPage, links: Links, downloads: list[Download]) -> str:
    tables = [(t, plan_rows(page.pack, t)) for t in page.plan_tables]
    leads = sorted({r.action.lead for _, rows in tables for r in rows if r.action and r.action.lead})
    statuses = sorted({r.action.status for _, rows in tables for r in rows if r.action and r.action.status})
    return env.get_template("plan.html.j2").render(
        page=page, pack=page.pack, tables=tables, leads=leads, statuses=statuses, root=links.root,
        pdf=_pdf_link(links, page.pack), downloads=downloads, inline_css=None)


def render_member(env: Environment, member: Member, links: Links, downloads: list[Download]) -> str:
    return env.get_template("member.html.j2").render(
        member=member, root=links.root, pdf=lambda pack, n: links.page(pack.source.sha256, n),
        downloads=downloads, inline_css=None)


def render_diff(env: Environment, diff_page: DiffPage, links: Links, downloads: list[Download]) -> str:
    d = diff_page.diff
    return env.get_template("diff.html.j2").render(
        diff=d, summary=summary_line(d), count_order=CHANGE_TYPES + CHANGE_KINDS, root=links.root, downloads=downloads, inline_css=None,
        link=lambda side, n: links.page((d.old if side == "old" else d.new).sha256, n))


def render_index(env: Environment, records: SiteRecords, links: Links, downloads: list[Download]) -> str:
    # one heading per council however its name is cased ("Borough Of X", "Borough of X")
    names: dict[str, str] = {}
    councils: dict[str, list[MeetingPage]] = {}
    for page in records.meetings:
        council = page.pack.meeting.council or "Council not named"
        councils.setdefault(names.setdefault(name_key(council), council), []).append(page)
    return env.get_template("index.html.j2").render(
        councils=councils, diffs=records.diffs, members=records.members, root=links.root,
        downloads=downloads, inline_css=None)


def render_members(env: Environment, records: SiteRecords, links: Links, downloads: list[Download]) -> str:
    names: dict[str, str] = {}
    by_council: dict[str, list[Member]] = {}
    for member in records.members:
        council = member.council or "Council not named"
        by_council.setdefault(names.setdefault(name_key(council), council), []).append(member)
    return env.get_template("members.html.j2").render(by_council=by_council, root=links.root,
                                                      downloads=downloads, inline_css=None)

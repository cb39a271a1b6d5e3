"""`agendapack site`: a static website of the records under an output folder (meetings, plans,
members, plan-version diffs), rendered with Jinja2 from `templates/site/` with autoescaping on.

One concern per module: `records` collects what the site shows, `search` builds the client-side
search index, `render` turns records into pages, `files` copies the PDFs, downloads and static
assets, and `build` wires them together (`build_site`)."""

from agendapack.pipeline.site.build import SiteReport, build_site

__all__ = ["SiteReport", "build_site"]

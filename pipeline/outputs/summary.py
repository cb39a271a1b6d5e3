"""Rendered views of a pack record (Jinja2 templates in `templates/`, installed as the package
data `agendapack.templates`). Renderers only read records: they take a `Pack`, never a PDF.
Templates pass every value read from a PDF through the `md` filter, which makes it inert text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from jinja2 import BaseLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined

from agendapack.model import Pack, flat_agenda


def _decision(text: str) -> str:
    """Resolution text without its lead-in ("RESOLVED: That ..." -> "That ...")."""
    return re.sub(r"^\s*(?:it\s+was\s+)?resolved\s*(?:that\s*:|:)?\s*", "", text or "", flags=re.I)


def _md(value: object) -> str:
    """A value read from a PDF as inline Markdown that shows exactly that text and nothing else.

    Whitespace, line breaks too, collapses to one space, so the value stays in its table cell or
    list item. `<`, `>` and an `&` that would start a character reference become entities: no raw
    HTML, autolink or character reference survives. A backslash (CommonMark lets one escape any
    ASCII punctuation) escapes each character that opens or closes an inline construct of
    CommonMark or GFM (escape, code span, emphasis, link, image, strikethrough, table cell) and a
    leading marker that would open a block inside a list item (heading, list, thematic break).
    Other punctuation means nothing outside those constructs and is left as printed, so the
    Markdown stays readable."""
    text = " ".join(("" if value is None else str(value)).split())
    text = re.sub(r"&(?=#?\w+;)", "&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"([\\`*_\[\]~|])", r"\\\1", text)
    text = re.sub(r"^([#+=-])", r"\\\1", text)
    # an ordered-list marker is followed by a space: "1.1" is an item number, not a list
    return re.sub(r"^(\d+)([.)])(?= |$)", r"\1\\\2", text)


def environment(templates: Optional[Path] = None) -> Environment:
    """The Jinja2 environment of the installed templates, or of the folder `templates`."""
    # found through the import system, so a wheel installed anywhere finds its own templates
    loader: BaseLoader = FileSystemLoader(str(templates)) if templates else PackageLoader("agendapack.templates", ".")
    env = Environment(
        loader=loader,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.filters["decision"] = _decision
    env.filters["md"] = _md
    return env


def render_summary(pack: Pack, templates: Optional[Path] = None) -> str:
    """A one-page Markdown reading of a pack: meeting, agenda, documents, decisions, tables."""
    text = environment(templates).get_template("summary.md.j2").render(pack=pack, agenda=flat_agenda(pack.agenda))
    # the template's blank lines between optional sections collapse to one
    lines, out = text.splitlines(), list[str]()
    for ln in lines:
        if ln.strip() or (out and out[-1].strip()):
            out.append(ln.rstrip())
    return "\n".join(out).strip() + "\n"


def load_pack(path: str | Path) -> Pack:
    return Pack.model_validate_json(Path(path).read_text(encoding="utf-8"))

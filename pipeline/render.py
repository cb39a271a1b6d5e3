"""Rendered views of a pack record (Jinja2 templates in `templates/`). Renderers only read
records: they take a `Pack`, never a PDF."""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .records import Pack
from .stages import flat_agenda

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def _decision(text: str) -> str:
    """Resolution text without its lead-in ("RESOLVED: That ..." -> "That ...")."""
    return re.sub(r"^\s*(?:it\s+was\s+)?resolved\s*(?:that\s*:|:)?\s*", "", text or "", flags=re.I)


def environment(templates: Path = TEMPLATES) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(templates)),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.filters["decision"] = _decision
    return env


def render_summary(pack: Pack, templates: Path = TEMPLATES) -> str:
    """A one-page Markdown reading of a pack: meeting, agenda, documents, decisions, tables."""
    text = environment(templates).get_template("summary.md.j2").render(pack=pack, agenda=flat_agenda(pack.agenda))
    # the template's blank lines between optional sections collapse to one
    lines, out = text.splitlines(), []
    for ln in lines:
        if ln.strip() or (out and out[-1].strip()):
            out.append(ln.rstrip())
    return "\n".join(out).strip() + "\n"


def load_pack(path: str | Path) -> Pack:
    return Pack.model_validate_json(Path(path).read_text(encoding="utf-8"))

"""The text of every page, for the `pages` table, read from the source PDFs when the publisher
is told where they are (`agendapack publish --pdfs DIR`).

pack.json keeps no page text (records only), so without the PDFs a page's text is what the
record read from it (`rows.page_texts`). A PDF is found by its content hash, whatever its name,
and read with the parse's own text layer (the same engine, the same lines, headers and footers
included), not parsed again.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterable

from agendapack.extractors.pdf.common import sha256_of
from agendapack.pipeline.config import DEFAULT, Settings
from agendapack.pipeline.run.discover import pdfs_in

log = logging.getLogger("agendapack")


def pdfs_by_hash(folders: Iterable[Path]) -> dict[str, Path]:
    """sha256 -> path of every PDF under the folders (or the PDF files given)."""
    found: dict[str, Path] = {}
    for folder in folders:
        for path in pdfs_under(folder):
            try:
                found.setdefault(sha256_of(path), path)
            except OSError as exc:
                log.warning("%s: not read (%s)", path, exc.strerror or exc)
    return found


def pdfs_under(folder: Path) -> list[Path]:
    """The PDF given, or the PDFs anywhere under a folder (as `parse --recursive` finds them)."""
    if folder.is_file():
        return [folder]
    try:
        return pdfs_in(folder, recursive=True)
    except OSError as exc:
        log.warning("%s: not searched (%s)", folder, exc.strerror or exc)
        return []


def read_page_texts(pdf: Path, settings: Settings = DEFAULT) -> dict[int, str]:
    """Physical page -> its text, lines top to bottom (running headers and footers too)."""
    from agendapack.pipeline.stages import read_text_layer

    layer = read_text_layer(pdf, settings)
    return {page.number: "\n".join(line.text for line in sorted(page.lines + page.furniture, key=lambda ln: ln.top))
            for page in layer.pages}

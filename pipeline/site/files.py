"""The files a site holds beside its pages: the source PDFs (so `#page=N` links work offline),
the downloads (pack.json, table CSVs, diff.json, the database) and the static assets.

A PDF is looked for by the file name the record keeps (`source.file`) in the folders given, and
used only when its content hash is the record's: a PDF of the same name but other bytes (another
version) would send readers to the wrong page. pack.json keeps no path to the PDF, so without a
folder that holds it the site shows page numbers without links.

Files are copied only when missing or different (size and time), so a rebuild is cheap."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterable, Optional

from agendapack.extractors.pdf.common import sha256_of
from agendapack.pipeline.outputs.io import write_if_changed
from agendapack.pipeline.publish.pagetext import pdfs_under

STATIC_FILES = ("site.css", "search.js", "plan.js")


class PdfFinder:
    """Finds a record's PDF by its file name under the folders given (or given as files), and
    keeps it only when its bytes hash to the record's sha256. Names are listed once; only a PDF
    whose name matches is read."""

    def __init__(self, folders: Iterable[Path]):
        self.by_name: dict[str, list[Path]] = {}
        for folder in folders:
            for path in pdfs_under(folder):
                self.by_name.setdefault(path.name, []).append(path)
        # each PDF is hashed once, though two versions sharing a file name look at it twice
        self.hashes: dict[Path, str] = {}

    def _hash(self, path: Path) -> str:
        if path not in self.hashes:
            self.hashes[path] = sha256_of(path)
        return self.hashes[path]

    def find(self, name: str, sha256: str) -> Optional[Path]:
        for path in self.by_name.get(name, []):
            if self._hash(path) == sha256:
                return path
        return None


def copy_if_changed(src: Path, dest: Path) -> bool:
    """Copy `src` to `dest` unless `dest` has the same size and modification time; True if copied."""
    try:
        s, d = src.stat(), dest.stat()
        if s.st_size == d.st_size and int(s.st_mtime) == int(d.st_mtime):
            return False
    except FileNotFoundError:
        pass
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dest)
    return True


def static_asset(name: str) -> bytes:
    """A static file of the site (CSS, JavaScript) from the installed templates."""
    from importlib.resources import files

    return files("agendapack.templates").joinpath("site").joinpath("static").joinpath(name).read_bytes()


def write_static(site_dir: Path) -> list[Path]:
    out = []
    for name in STATIC_FILES:
        path = site_dir / "static" / name
        write_if_changed(path, static_asset(name))
        out.append(path)
    return out


def write_text(path: Path, text: str) -> Path:
    write_if_changed(path, text.encode("utf-8"))
    return path

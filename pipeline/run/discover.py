"""Which PDFs a command line names: files, folders, globs and `-` (paths on stdin, one a line).

A folder stands for the PDFs directly in it, or with `recursive` for those anywhere below it.
`.pdf` is matched whatever its case. Hidden folders (`.git`, `.cache`) and the folders agendapack
writes (an output folder holds `pack.json` files; a cache folder is named in `SKIPPED_FOLDERS`)
are not searched. The order is deterministic: inputs as given, each folder's files sorted by path.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, TextIO

# folders agendapack itself writes next to or inside the packs' folder: never inputs
SKIPPED_FOLDERS = frozenset({".agendapack-cache", "__pycache__", "node_modules"})
GLOB_CHARACTERS = frozenset("*?[")
STDIN = "-"


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    # (input as given, why it names no file): a folder without PDFs, a glob matching nothing
    problems: list[tuple[str, str]] = field(default_factory=list)


def is_pdf_name(name: str) -> bool:
    return name.lower().endswith(".pdf")


def _searched(folder: os.DirEntry) -> bool:
    """A sub-folder worth searching: not hidden, not agendapack's own output or cache."""
    if folder.name.startswith(".") or folder.name in SKIPPED_FOLDERS:
        return False
    return not os.path.exists(os.path.join(folder.path, "pack.json"))


def pdfs_in(folder: Path, recursive: bool) -> list[Path]:
    """The PDFs in a folder (and, when `recursive`, below it), sorted by path. Raises OSError when
    the folder itself cannot be listed; an unreadable sub-folder is skipped."""
    found: list[Path] = []
    pending = [str(folder)]
    first = True
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                listed = list(entries)
        except OSError:
            if first:
                raise
            continue
        first = False
        for entry in listed:
            try:
                if entry.is_dir():
                    if recursive and _searched(entry):
                        pending.append(entry.path)
                elif is_pdf_name(entry.name) and entry.is_file():
                    found.append(Path(entry.path))
            except OSError:
                continue
    return sorted(found, key=lambda p: p.as_posix())


def read_path_list(stream: TextIO) -> list[str]:
    """Paths from a stream, one a line (the output of `find` or `ls`); blank lines skipped."""
    return [line.rstrip("\r\n") for line in stream if line.strip()]


def discover(inputs: Iterable[str | Path], recursive: bool = False, stdin: TextIO | None = None) -> Discovery:
    """Expand command-line inputs into PDF files. A name that is neither a folder nor a glob is
    kept as it is, even if missing or not a PDF: parsing it reports why it failed."""
    result = Discovery()
    seen: set[Path] = set()

    def add(path: Path) -> None:
        if path not in seen:
            seen.add(path)
            result.files.append(path)

    for raw in inputs:
        text = str(raw)
        if text == STDIN and stdin is not None:
            for line in read_path_list(stdin):
                _expand_one(line, recursive, add, result)
            continue
        _expand_one(text, recursive, add, result)
    return result


def _expand_one(text: str, recursive: bool, add, result: Discovery) -> None:
    path = Path(text)
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists()
    except OSError:  # a name too long: reading the file reports it
        is_dir = exists = False
    if is_dir:
        try:
            found = pdfs_in(path, recursive)
        except OSError as exc:
            result.problems.append((text, f"cannot list this folder: {exc.strerror or exc}"))
            return
        if not found:
            where = "in or below" if recursive else "in"
            result.problems.append((text, f"no PDF files (*.pdf) {where} this folder"))
        for p in found:
            add(p)
        return
    if not exists and GLOB_CHARACTERS & set(text):
        matched = sorted(glob.glob(text, recursive=recursive))
        pdfs = [Path(m) for m in matched if is_pdf_name(m) and os.path.isfile(m)]
        if not pdfs:
            result.problems.append((text, "no PDF file matches this pattern"))
        for p in pdfs:
            add(p)
        return
    add(path)

"""The README's command-line section says what the code does: every ```console example in it is
run, in order, in a scratch folder laid out as the README assumes (the samples, ../shared/corpus,
the bad files of the error example), and the first lines of its output are compared with the
README's. Lines of several files finishing in parallel may come in another order, so the lines
are compared as a multiset."""

import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from .pdfbytes import pdf_bytes

REPO = Path(__file__).resolve().parents[1]
SECTIONS = ("## Quick start", "## Command line")


def _examples(readme: str) -> list[tuple[str, list[str]]]:
    """(command, the output lines shown under it) of each console block in the sections."""
    found: list[tuple[str, list[str]]] = []
    for heading in SECTIONS:
        start = readme.index(heading + "\n")
        end = readme.find("\n## ", start + len(heading))
        section = readme[start : end if end >= 0 else len(readme)]
        for block in re.findall(r"^```console\n(.*?)^```", section, flags=re.S | re.M):
            for line in block.splitlines():
                if line.startswith("$ "):
                    found.append((line[2:], []))
                elif found:
                    found[-1][1].append(line)
    return found


def _scratch(tmp_path: Path, corpus: Path) -> Path:
    work = tmp_path / "work"
    (work / "samples").mkdir(parents=True)
    (tmp_path / "shared").symlink_to(corpus.parent)  # ../shared/corpus from the scratch folder
    for pdf in (REPO / "samples").glob("*.pdf"):
        shutil.copy(pdf, work / "samples" / pdf.name)
    # the error example's files
    (work / "notes.pdf").write_text("these are not the minutes you are looking for")
    (work / "empty.pdf").write_bytes(b"")
    (work / "zero.pdf").write_bytes(pdf_bytes([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    (work / "loop.pdf").symlink_to("loop.pdf")
    shutil.copy(REPO / "samples" / "eastbrook_improvement-plan_v2_2025-10.pdf", work / "good.pdf")
    return work


def test_the_readme_examples_exist():
    examples = _examples((REPO / "README.md").read_text(encoding="utf-8"))
    commands = " ".join(c for c, _ in examples)
    for feature in ("parse", "validate", "summary", "--nl", "--report", "-r ", " - ", "inspect"):
        assert feature in commands, feature


def test_every_console_example_gives_the_output_shown(tmp_path, corpus):
    work = _scratch(tmp_path, corpus)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("AGENDAPACK_CACHE_DIR", None)
    for command, shown in _examples((REPO / "README.md").read_text(encoding="utf-8")):
        run = subprocess.run(command, shell=True, cwd=work, env=env, capture_output=True, text=True,
                             executable=shutil.which("bash"), timeout=600)
        output = (run.stdout + run.stderr).splitlines()
        if not shown:
            assert run.returncode == 0, (command, output)
            continue
        assert Counter(output[: len(shown)]) == Counter(shown), (command, output)


if shutil.which("bash") is None:  # pragma: no cover
    pytestmark = pytest.mark.skip(reason="needs bash")

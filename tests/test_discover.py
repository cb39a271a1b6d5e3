"""Finding the packs a command line names: files, folders (recursively), globs, `-` (a list on
stdin), `.PDF` in any case, names with spaces; and `make PACKS=dir` over such names."""

import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from agendapack.pipeline.cli import main
from agendapack.pipeline.run.discover import discover

REPO = Path(__file__).resolve().parents[1]
SMALL = ("minutes/milburn-pc_2020-01-07_minutes_v2_approved.pdf", "agendas/cuyahoga-ccd_board-of-trustees_2019-09-26_agenda.pdf")


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.4\n")
    return path


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "packs"
    files = [
        _touch(root / "Agenda Pack 30 Jan.pdf"),
        _touch(root / "MINUTES.PDF"),
        _touch(root / "2025" / "march" / "plan v2.Pdf"),
    ]
    _touch(root / ".hidden" / "secret.pdf")  # a hidden folder is not searched
    _touch(root / "out" / "x-12345678" / "table.pdf").with_name("pack.json").write_text("{}")  # an output folder
    _touch(root / ".agendapack-cache" / "entry.pdf")
    (root / "notes.txt").write_text("not a pack")
    return root, files


def test_a_folder_stands_for_its_pdfs_in_any_case(tree):
    root, files = tree
    found = discover([root])
    assert found.files == sorted([files[0], files[1]], key=lambda p: p.as_posix()) and not found.problems


def test_recursive_finds_pdfs_below_but_not_in_hidden_or_output_folders(tree):
    root, files = tree
    found = discover([root], recursive=True)
    assert found.files == sorted(files, key=lambda p: p.as_posix())
    # the same answer every time, whatever order the file system lists the names in
    assert discover([root], recursive=True).files == found.files


def test_globs_files_and_a_list_on_stdin(tree):
    root, files = tree
    assert discover([str(root / "*.pdf")]).files == [files[0]]  # a glob is case-sensitive, as the shell's
    assert discover([str(root / "**" / "*.Pdf")], recursive=True).files == [files[2]]
    listed = io.StringIO(f"{files[2]}\n\n{files[0]}\n")
    assert discover(["-"], stdin=listed).files == [files[2], files[0]]
    missing = root / "nowhere.pdf"
    assert discover([missing]).files == [missing]  # kept: parsing it says why it fails
    empty = discover([str(root / "*.xyz"), root / "2025"])
    assert [name for name, _ in empty.problems] == [str(root / "*.xyz"), str(root / "2025")]


def test_a_file_named_twice_is_parsed_once(tree):
    root, files = tree
    assert discover([files[0], root]).files == [files[0], files[1]]


def _corpus_copy(corpus: Path, root: Path) -> list[Path]:
    """Two corpus packs under names a scraper might give: spaces, upper-case .PDF, a sub-folder."""
    targets = [root / "Agenda Pack 30 Jan" / "Milburn Minutes.PDF", root / "board meetings" / "2019" / "Cuyahoga agenda.pdf"]
    for rel, target in zip(SMALL, targets):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(corpus / rel, target)
    return targets


def test_parse_recursive_reads_names_with_spaces_and_upper_case(tmp_path, corpus):
    targets = _corpus_copy(corpus, tmp_path / "packs")
    out = tmp_path / "out"
    run = CliRunner().invoke(main, ["parse", "-r", "-o", str(out), str(tmp_path / "packs")])
    assert run.exit_code == 0, run.output + run.stderr
    assert "2 parsed, 0 failed" in run.output
    records = [json.loads(p.read_text()) for p in sorted(out.glob("*/pack.json"))]
    assert sorted(r["source"]["file"] for r in records) == sorted(t.name for t in targets)
    # without -r the folder holds no PDF directly: one clear error, exit 1
    flat = CliRunner().invoke(main, ["parse", "-o", str(out), str(tmp_path / "packs")])
    assert flat.exit_code == 1 and "no PDF files" in flat.stderr


def test_parse_dash_reads_paths_from_stdin(tmp_path, corpus):
    targets = _corpus_copy(corpus, tmp_path / "packs")
    run = CliRunner().invoke(main, ["parse", "-o", str(tmp_path / "out"), "-"], input="".join(f"{t}\n" for t in targets))
    assert run.exit_code == 0, run.output + run.stderr
    assert "2 parsed, 0 failed" in run.output


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_parses_names_with_spaces_recursively_and_then_starts_nothing(tmp_path, corpus):
    packs = tmp_path / "my packs"
    targets = _corpus_copy(corpus, packs)
    out, stamp = tmp_path / "out", tmp_path / "installed"
    stamp.touch()  # the venv is set up: make must not reinstall it
    args = ["make", "--no-print-directory", "-C", str(REPO), f"PACKS={packs}", f"OUT={out}", f"INSTALLED={stamp}", "JOBS=1"]
    env = {k: v for k, v in os.environ.items() if k != "AGENDAPACK_CACHE_DIR"}
    first = subprocess.run(args, capture_output=True, text=True, env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "2 pack(s) up to date" in first.stdout and "agendapack parse --recursive" in first.stdout
    assert len(list(out.glob("*/pack.json"))) == 2
    assert (tmp_path / ".agendapack-cache").is_dir() and not (out / ".cache").exists()
    again = subprocess.run(args, capture_output=True, text=True, env=env)
    assert again.returncode == 0 and "agendapack" not in again.stdout + again.stderr  # nothing changed: nothing run
    shutil.copy(targets[0], packs / "Copy Of Minutes.pdf")  # a new name: the run happens (from the cache)
    third = subprocess.run(args, capture_output=True, text=True, env=env)
    assert third.returncode == 0 and "cached" in third.stdout, third.stdout + third.stderr
    assert len(list(out.glob("*/pack.json"))) == 3

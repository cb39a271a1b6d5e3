"""The CLI on bad input: one clear line per bad file, others still parsed, exit code says so."""

import json
import os
import subprocess
import sys
from pathlib import Path

from fpdf import FPDF

from agendapack.pipeline.outputs.io import atomic_write_text

from .outputs import pack_dir

AGENDAPACK = [sys.executable, "-m", "agendapack"]


def _run(args, cwd):
    return subprocess.run(AGENDAPACK + args, cwd=cwd, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})


def _encrypted_pdf(path: Path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="secret agenda")
    pdf.set_encryption(owner_password="owner", user_password="user")
    pdf.output(str(path))


def test_bad_files_are_reported_and_skipped(tmp_path, corpus):
    good = corpus / "agendas/milburn-pc_2020-01-07_agenda.pdf"
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("these are not the minutes you are looking for")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good.read_bytes()[:3000])
    encrypted = tmp_path / "locked.pdf"
    _encrypted_pdf(encrypted)
    out = tmp_path / "out"
    proc = _run(["parse", "-q", "-o", str(out), str(not_pdf), str(empty), str(truncated), str(encrypted), str(good)], tmp_path)
    assert proc.returncode == 1
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error")]
    assert len(errors) == 4, proc.stderr
    assert any("notes.pdf" in e and "not a PDF" in e for e in errors)
    assert any("empty.pdf" in e and "empty file" in e for e in errors)
    assert any("truncated.pdf" in e and ("truncated" in e or "damaged" in e or "unreadable" in e) for e in errors)
    assert any("locked.pdf" in e and "encrypted" in e for e in errors)
    data = json.loads((pack_dir(out, good) / "pack.json").read_text())
    assert data["source"]["file"] == good.name
    # nothing half-written is left behind
    assert not list(out.rglob("*.tmp"))


def test_atomic_write_leaves_old_file_when_interrupted(tmp_path):
    target = tmp_path / "pack.json"
    atomic_write_text(target, "old")

    class Boom(Exception):
        pass

    import agendapack.pipeline.outputs.io as pio

    real = pio.os.replace
    try:
        pio.os.replace = lambda *a: (_ for _ in ()).throw(Boom())
        try:
            atomic_write_text(target, "new")
        except Boom:
            pass
    finally:
        pio.os.replace = real
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.json"]


def test_inspect_draws_a_page_image(tmp_path, corpus):
    png = tmp_path / "p1.png"
    proc = _run(["inspect", str(corpus / "agendas/kent_cabinet_2025-01-30_agenda-frontsheet.pdf"), "--page", "1", "-o", str(png)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_schema_command_prints_json_schema(tmp_path):
    proc = _run(["schema"], tmp_path)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["title"] == "Pack"


def test_several_files_with_jobs_2_match_a_serial_run(tmp_path, corpus):
    from agendapack.pipeline.config import Settings
    from agendapack.pipeline.run.batch import parse_files

    pdfs = [corpus / "agendas/milburn-pc_2020-01-07_agenda.pdf", corpus / "agendas/kent_cabinet_2025-01-30_agenda-frontsheet.pdf",
            tmp_path / "missing.pdf"]
    serial = parse_files(pdfs, tmp_path / "a", Settings(jobs=1), progress=False)
    parallel = parse_files(pdfs, tmp_path / "b", Settings(jobs=2), progress=False)
    assert [r.ok for r in serial] == [r.ok for r in parallel] == [True, True, False]
    assert parallel[2].error == "file not found"
    for pdf in pdfs[:2]:
        a = (pack_dir(tmp_path / "a", pdf) / "pack.json").read_bytes()
        b = (pack_dir(tmp_path / "b", pdf) / "pack.json").read_bytes()
        assert a == b


def test_a_folder_stands_for_the_pdfs_in_it(tmp_path):
    samples = Path(__file__).resolve().parents[1] / "samples"
    packs = tmp_path / "packs"
    packs.mkdir()
    for pdf in samples.glob("*.pdf"):
        (packs / pdf.name).write_bytes(pdf.read_bytes())
    (packs / "notes.txt").write_text("not a pack")
    (tmp_path / "empty").mkdir()
    r = _run(["parse", "packs", "empty", "-o", "out"], cwd=tmp_path)
    assert r.returncode == 1  # the empty folder is an error
    assert "error   empty: no PDF files (*.pdf) in this folder" in r.stderr
    assert f"{len(list(samples.glob('*.pdf')))} parsed, 1 failed" in r.stdout
    parsed = sorted(p.parent for p in (tmp_path / "out").glob("*/pack.json"))
    assert parsed == sorted(pack_dir(tmp_path / "out", p) for p in samples.glob("*.pdf"))

"""The package as a user installs it: a wheel built from the checkout, installed into a fresh
virtual environment, run from a folder outside the checkout. Catches what an editable install
hides: modules or templates missing from the wheel, a generic top-level `pipeline` package,
paths into the source tree."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .outputs import pack_dir

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "eastbrook_children-committee_2025-07-15_pack.pdf"


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(dist), str(ROOT)],
        check=True, cwd=tmp,
    )
    wheel = next(dist.glob("agendapack-*.whl"))
    env_dir = tmp / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    # the dependencies come from this environment's site-packages as a plain path entry (so its
    # editable install of agendapack, a .pth hook, is not active there); agendapack from the wheel
    purelib = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    Path(purelib, "dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    # this pip installs into the fresh environment, console script included
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", str(wheel)],
                   check=True)
    work = tmp / "elsewhere"
    work.mkdir()
    return python, work


def run(installed, *args: str) -> subprocess.CompletedProcess:
    python, work = installed
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "AGENDAPACK_CORPUS"}}
    return subprocess.run([str(python), *args], cwd=work, capture_output=True, text=True, env=env)


def test_the_wheel_imports_agendapack_from_itself_and_nothing_generic(installed):
    proc = run(installed, "-c", "import agendapack, agendapack.pipeline.cli; print(agendapack.__file__); "
                                "print(agendapack.pipeline.cli.__file__)")
    assert proc.returncode == 0, proc.stderr
    files = proc.stdout.split()
    assert all("site-packages" in f and str(ROOT) not in f for f in files), files
    for generic in ("pipeline", "extractors", "templates", "evaluation"):
        proc = run(installed, "-c", f"import {generic}")
        assert proc.returncode != 0 and "ModuleNotFoundError" in proc.stderr, generic


def test_the_wheel_parses_summarises_validates_and_inspects(installed):
    python, work = installed
    cli = [str(python.parent / "agendapack")]
    proc = subprocess.run([*cli, "parse", "-q", "-o", "out", str(SAMPLE)], cwd=work, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    pack_json = pack_dir(work / "out", SAMPLE) / "pack.json"
    assert pack_json.is_file()
    proc = subprocess.run([*cli, "validate", str(pack_json)], cwd=work, capture_output=True, text=True)
    assert proc.returncode == 0 and proc.stdout.startswith("valid"), proc.stdout + proc.stderr
    # the summary template is package data of the wheel
    proc = subprocess.run([*cli, "summary", str(pack_json)], cwd=work, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# Children and Young People Policy Overview Committee")
    proc = subprocess.run([*cli, "inspect", str(SAMPLE), "--page", "2", "-o", "p2.png"], cwd=work,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (work / "p2.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_wheel_carries_the_schema_and_python_m_runs(installed):
    proc = run(installed, "-m", "agendapack", "schema")
    assert proc.returncode == 0, proc.stderr
    assert '"title": "Pack"' in proc.stdout
    proc = run(installed, "-c", "from importlib.resources import files; "
                                "print((files('agendapack.schema') / 'pack.schema.json').is_file(), "
                                "(files('agendapack') / 'py.typed').is_file())")
    assert proc.stdout.split() == ["True", "True"], proc.stderr

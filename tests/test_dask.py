"""agendapack parse --dask-scheduler: the same records as a local run, written by this process;
a bad file or a worker that dies is an error for that pack only."""

import shutil
from pathlib import Path

import dask
import pytest
from click.testing import CliRunner

import agendapack.pipeline.run.cluster as cluster
from agendapack.pipeline.cli import main
from agendapack.pipeline.config import Settings
from agendapack.pipeline.run.batch import parse_files

from .outputs import pack_dir

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def scheduler():
    from distributed import LocalCluster

    # processes, one thread each: the PDF engines are not thread-safe. One task per worker at a
    # time and no retries after a death, so the crash test below needs two worker restarts only
    config = {"distributed.scheduler.worker-saturation": 1.0, "distributed.scheduler.allowed-failures": 0}
    with dask.config.set(config), LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
        scheduler_kwargs={"dashboard_address": ":0"},  # no dashboard; its HTTP server on any free port
    ) as lc:
        yield lc.scheduler_address


@pytest.fixture
def pdfs(tmp_path, corpus):
    chosen = [SAMPLES / "eastbrook_children-committee_2025-07-15_pack.pdf",
              corpus / "agendas/kent_cabinet_2025-01-30_agenda-frontsheet.pdf",
              corpus / "minutes/milburn-pc_2020-01-07_minutes_v2_approved.pdf"]
    folder = tmp_path / "packs"
    folder.mkdir()
    for pdf in chosen:
        shutil.copy(pdf, folder / pdf.name)
    return [folder / pdf.name for pdf in chosen]


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and ".cache" not in p.parts}


def test_cluster_run_writes_the_bytes_of_a_local_run(tmp_path, pdfs, scheduler):
    bad = tmp_path / "packs" / "x.pdf"
    bad.write_text("minutes of the last meeting, typed in a text editor\n")
    local = parse_files(pdfs, tmp_path / "local", Settings(jobs=1), progress=False, cache=False)
    assert all(r.ok for r in local)

    out = tmp_path / "dask"
    run = CliRunner().invoke(main, ["parse", "--dask-scheduler", scheduler, "-o", str(out), *map(str, pdfs), str(bad)])
    assert run.exit_code == 1, run.output
    assert f"error   {bad}: not a PDF (no %PDF- header)" in run.stderr
    for pdf in pdfs:
        assert f"ok      {pdf} -> {pack_dir(out, pdf) / 'pack.json'}" in run.stdout
    assert "3 parsed, 1 failed" in run.stdout
    assert _files(out) == _files(tmp_path / "local")

    # the records came back with the fingerprint of this machine, so they were cached
    again = CliRunner().invoke(main, ["parse", "--dask-scheduler", scheduler, "-o", str(out), *map(str, pdfs)])
    assert again.exit_code == 0, again.output
    assert "0 parsed, 3 cached, 0 failed" in again.stdout


def test_a_worker_that_dies_fails_only_its_pack(tmp_path, pdfs, scheduler, monkeypatch):
    def crash_or_parse(name, data, settings):  # sent to the workers by value
        import os

        from agendapack.pipeline.run.cluster import parse_bytes

        if name == "crash.pdf":
            os._exit(3)  # as if killed by the kernel
        return parse_bytes(name, data, settings)

    monkeypatch.setattr(cluster, "parse_bytes", crash_or_parse)
    crash = tmp_path / "packs" / "crash.pdf"
    shutil.copy(SAMPLES / "eastbrook_improvement-plan_v2_2025-10.pdf", crash)
    results = parse_files([crash, *pdfs[1:]], tmp_path / "out", progress=False, scheduler=scheduler)
    assert [r.ok for r in results] == [False, True, True], [r.error for r in results]
    assert results[0].error == "worker failed: the workers parsing it died (KilledWorker)"


def test_an_unreachable_scheduler_is_one_error_line(tmp_path, pdfs):
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        run = CliRunner().invoke(main, ["parse", "--dask-scheduler", "tcp://127.0.0.1:9", "-o", str(tmp_path / "o"), str(pdfs[1])])
    assert run.exit_code == 1
    assert run.stderr.startswith("error   tcp://127.0.0.1:9: cannot connect to the Dask scheduler")

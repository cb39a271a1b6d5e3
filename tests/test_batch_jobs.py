"""--jobs over several packs: one process per pack, largest first; a process that dies loses only
the pack it was parsing."""

import multiprocessing
import os
import shutil
from pathlib import Path

import pytest

import agendapack.pipeline.run.local as local
import agendapack.pipeline.run.tasks as tasks_mod
from agendapack.pipeline.config import Settings
from agendapack.pipeline.run.batch import parse_files

from .outputs import pack_dir

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_a_process_that_dies_loses_only_its_own_pack(tmp_path, monkeypatch, corpus):
    if multiprocessing.get_start_method() != "fork":
        pytest.skip("the crash is injected into forked worker processes")
    real = tasks_mod.parse_pack

    def crash_on_one_file(path, settings=Settings()):
        if Path(path).name == "crash.pdf":
            os._exit(3)  # as if killed by the kernel
        return real(path, settings)

    monkeypatch.setattr(tasks_mod, "parse_pack", crash_on_one_file)
    crash = tmp_path / "crash.pdf"
    shutil.copy(SAMPLES / "eastbrook_children-committee_2025-07-15_pack.pdf", crash)
    good = [SAMPLES / "eastbrook_improvement-plan_v2_2025-10.pdf",
            corpus / "agendas/kent_cabinet_2025-01-30_agenda-frontsheet.pdf",
            corpus / "agendas/milburn-pc_2020-01-07_agenda.pdf"]
    results = parse_files([good[0], crash, *good[1:]], tmp_path / "out", Settings(jobs=2), progress=False, cache=False)
    assert [r.ok for r in results] == [True, False, True, True], [r.error for r in results]
    assert results[1].error.startswith("worker failed")
    for pdf in good:
        assert (pack_dir(tmp_path / "out", pdf) / "pack.json").is_file()


def test_jobs_over_several_packs_match_a_serial_run(tmp_path, corpus):
    pdfs = [SAMPLES / "eastbrook_children-committee_2025-07-15_pack.pdf",
            corpus / "agendas/kent_cabinet_2025-01-30_agenda-frontsheet.pdf",
            SAMPLES / "eastbrook_improvement-plan_v2_2025-10.pdf"]
    serial = parse_files(pdfs, tmp_path / "a", Settings(jobs=1), progress=False, cache=False)
    parallel = parse_files(pdfs, tmp_path / "b", Settings(jobs=2), progress=False, cache=False)
    assert [r.path for r in parallel] == [str(p) for p in pdfs]
    assert all(r.ok for r in serial + parallel)
    for pdf in pdfs:
        for f in pack_dir(tmp_path / "a", pdf).iterdir():
            assert f.read_bytes() == (pack_dir(tmp_path / "b", pdf) / f.name).read_bytes(), f


def test_one_pack_with_jobs_is_parsed_in_a_worker_reading_pages_in_parallel(tmp_path):
    pdf = SAMPLES / "eastbrook_children-committee_2025-07-15_pack.pdf"
    serial = parse_files([pdf], tmp_path / "a", Settings(jobs=1), progress=False, cache=False)
    parallel = parse_files([pdf], tmp_path / "b", Settings(jobs=2, parallel_min_pages=4), progress=False, cache=False)
    assert serial[0].ok and parallel[0].ok
    files = sorted(f.name for f in pack_dir(tmp_path / "a", pdf).iterdir())
    assert "pack.json" in files and any(f.endswith(".parquet") for f in files)
    for name in files:
        assert (pack_dir(tmp_path / "a", pdf) / name).read_bytes() == (pack_dir(tmp_path / "b", pdf) / name).read_bytes(), name


def test_pool_starts_the_files_in_the_order_given(monkeypatch):
    tasks = [tasks_mod.Task(Path(f"{n}.pdf"), size, f"#{n}") for n, size in enumerate([10, 300, 20])]
    seen = []

    class FakePool:
        def __init__(self, max_workers, initializer=None):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def submit(self, fn, path, settings):
            from concurrent.futures import Future

            seen.append(path.name)
            fut = Future()
            fut.set_result(tasks_mod.Outcome(error="x"))
            return fut

    monkeypatch.setattr(local, "ProcessPoolExecutor", FakePool)
    ordered = sorted(tasks, key=lambda t: -t.size)  # as parse_files orders them
    assert len(list(local.run_pool(ordered, Settings(), 2))) == 3
    assert seen == ["1.pdf", "2.pdf", "0.pdf"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_worker_has_exited_before_its_record_is_loaded_and_written(jobs):
    # a long PDF's worker keeps the heap of its parse: alive while this process loads the
    # record, the two together made the run's peak memory (issue 12: 586 -> 423 MB at 2,000 pages)
    import psutil

    pdf = SAMPLES / "eastbrook_improvement-plan_v2_2025-10.pdf"
    task = tasks_mod.Task(pdf, pdf.stat().st_size, "g")
    outcomes = local.run_local([task], Settings(jobs=jobs, table_files=False))
    _, outcome = next(outcomes)
    assert outcome.error is None and outcome.record
    assert psutil.Process().children(recursive=True) == []
    assert list(outcomes) == []


def test_a_long_file_does_not_import_the_table_writers_during_its_parse(monkeypatch):
    warmed = []
    monkeypatch.setattr(local.exports, "warm_up", lambda: warmed.append(True))
    pdf = SAMPLES / "eastbrook_improvement-plan_v2_2025-10.pdf"
    for size in (pdf.stat().st_size, local.WARM_UP_MAX_BYTES + 1):
        list(local.run_local([tasks_mod.Task(pdf, size, "g")], Settings(jobs=2)))
    assert warmed == [True]  # the short one only

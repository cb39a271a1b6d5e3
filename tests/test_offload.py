"""PackContext.offload: a stage's pure computation runs in a forked process while independent
stages go on; its result is applied before any stage that may read it."""

import multiprocessing
import os
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.stages import PackContext

needs_fork = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="the platform cannot fork")


def _pid_and_pages(ctx):
    return os.getpid(), len(ctx.raw_pages)


def _record(ctx, result):
    ctx.segments.append(result)


@needs_fork
def test_with_two_jobs_the_work_runs_in_another_process_and_is_applied_on_settle():
    ctx = PackContext(path=Path("x.pdf"), settings=Settings(jobs=2))
    ctx.raw_pages = ["page"] * 3  # the child sees the context as it was at the fork
    ctx.offload(_pid_and_pages, _record)
    ctx.raw_pages = []
    assert ctx.segments == [] and len(ctx.pending) == 1
    ctx.settle()
    (pid, pages), = ctx.segments
    assert pid != os.getpid() and pages == 3
    assert ctx.pending == []


def test_with_one_job_the_work_runs_here_and_now():
    ctx = PackContext(path=Path("x.pdf"), settings=Settings(jobs=1))
    ctx.offload(_pid_and_pages, _record)
    assert ctx.segments == [(os.getpid(), 0)] and ctx.pending == []


def _die(ctx):
    os._exit(3)


@needs_fork
def test_a_process_that_dies_is_a_clear_error():
    ctx = PackContext(path=Path("x.pdf"), settings=Settings(jobs=2))
    ctx.offload(_die, _record)
    with pytest.raises(RuntimeError, match="offloaded stage died"):
        ctx.settle()

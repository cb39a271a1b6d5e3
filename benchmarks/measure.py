"""Run one command and report its wall time and the peak memory of each of its processes.

    python -m benchmarks.measure -- agendapack parse --jobs 2 -q -o /tmp/x a.pdf

prints one JSON object. The benchmark starts this wrapper afresh for every measurement, because:

- `getrusage(RUSAGE_CHILDREN).ru_maxrss` is the largest peak RSS of any process that ended under
  this one (the command and the workers it waited for): exactly "peak memory per process", but
  only in a small, fresh parent. Linux carries the parent's own high-water mark into a child at
  exec (checked: a parent that once held 300 MB makes `/bin/true` report 300 MB), so the figure
  is never below this wrapper's ~13 MB, and it accumulates over every child the parent ever had.
- it cannot say which process peaked, so a thread also polls each process of the tree every
  20 ms for VmHWM (the kernel's own high-water mark: a peak between two polls is still seen; only
  a process's last <= 20 ms can be missed) to split the figure into the main process and its
  workers. RSS counts pages a forked worker still shares with the main process in both.

It also reports the CPU time other processes used meanwhile: on a shared machine a busy
neighbour slows a run down, and the figure says when to distrust it.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time

POLL_S = 0.02


def _ppid(pid: str) -> int:
    with open(f"/proc/{pid}/stat") as fh:
        # the command name (field 2) may hold spaces: fields after its closing parenthesis
        return int(fh.read().rsplit(")", 1)[1].split()[1])


def busy_cpu_s() -> float:
    """CPU seconds all processes have used since boot (/proc/stat: user nice system . . irq softirq)."""
    with open("/proc/stat") as fh:
        user, nice, system, _idle, _iowait, irq, softirq = map(int, fh.readline().split()[1:8])
    return (user + nice + system + irq + softirq) / os.sysconf("SC_CLK_TCK")


def own_cpu_s(who: int) -> float:
    use = resource.getrusage(who)
    return use.ru_utime + use.ru_stime


def _hwm_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


class Poller(threading.Thread):
    """A thread that calls `sample()` every `poll_s` seconds until `stop` is set."""

    def __init__(self, poll_s: float = POLL_S):
        super().__init__(daemon=True)
        self.poll_s = poll_s
        self.stop = threading.Event()

    def run(self) -> None:
        while True:
            self.sample()
            if self.stop.wait(self.poll_s):
                return

    def sample(self) -> None:
        raise NotImplementedError


class TreeSampler(Poller):
    """Peak VmHWM (kB) of `root` and each process descended from it, polled until stopped."""

    def __init__(self, root: int):
        super().__init__()
        self.root = root
        self.tree = {root}
        self.seen: set[str] = set()  # pids already looked at: only new ones cost a read
        self.peak_kb: dict[int, int] = {}

    def sample(self) -> None:
        for pid in os.listdir("/proc"):
            if pid.isdigit() and pid not in self.seen:
                self.seen.add(pid)
                try:
                    if _ppid(pid) in self.tree:  # parents are always seen before their children
                        self.tree.add(int(pid))
                except (OSError, IndexError, ValueError):
                    pass
        for pid in list(self.tree):
            try:
                self.peak_kb[pid] = max(self.peak_kb.get(pid, 0), _hwm_kb(pid))
            except OSError:
                pass  # ended (or a zombie: no memory left to read)


def measure(cmd: list[str]) -> dict:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        busy, mine = busy_cpu_s(), own_cpu_s(resource.RUSAGE_SELF)
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        proc.wait()
        wall = time.perf_counter() - start
        sampler.stop.set()
        sampler.join()
        ours = own_cpu_s(resource.RUSAGE_CHILDREN) + own_cpu_s(resource.RUSAGE_SELF) - mine
        others = max(0.0, busy_cpu_s() - busy - ours)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    workers = [kb for pid, kb in sampler.peak_kb.items() if pid != proc.pid]
    return {
        "wall_s": wall,
        "returncode": proc.returncode,
        # Linux reports ru_maxrss in kB
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "main_peak_mb": sampler.peak_kb.get(proc.pid, 0) / 1024,
        "worker_peak_mb": max(workers) / 1024 if workers else None,
        "workers": len(workers),
        "cpu_s": own_cpu_s(resource.RUSAGE_CHILDREN),
        # CPU that processes outside this run used meanwhile: 0 on a quiet machine
        "others_cpu_s": others,
        "stdout": stdout[-4000:],
        "stderr": stderr[-4000:],
    }


def main(argv: list[str]) -> int:
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        print("usage: python -m benchmarks.measure -- COMMAND [ARGS...]", file=sys.stderr)
        return 2
    print(json.dumps(measure(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Bounded mutation fuzz over PDF bytes: damaged copies of small corpus PDFs (truncated, bytes
flipped, spans deleted or duplicated, an object spliced in from another file, the xref table or
trailer corrupted) go through the batch's one-file entry point, `parse_record`, each in its own
process with a time limit. Every mutant must give a record or a one-line error, never an
"internal error" (a parser bug), a hang or a dead process (a crash in the PDF engine).

The mutants are drawn from a seed, so a failure names its recipe (seed, mutant number, file,
mutations) and `mutant(seed, i, sources)` rebuilds the same bytes. CI parses 30 mutants;
`make fuzz` sets FUZZ_MUTANTS=500; FUZZ_SEED picks another seed.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import random
import re
import resource
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from evaluation.corpus import CORPUS

MUTANTS = int(os.environ.get("FUZZ_MUTANTS", "30"))
SEED = int(os.environ.get("FUZZ_SEED", "20240612"))
JOBS = 2
TIMEOUT = 60.0  # seconds for one mutant (a small PDF parses in well under a second)
MEMORY = 4 << 30  # bytes of address space a mutant's process may take

OBJ_RE = re.compile(rb"\d{1,7}\s+\d{1,5}\s+obj\b.*?\bendobj\b", re.S)


def sources() -> list[Path]:
    """The smallest PDF of each of three kinds (an agenda, minutes, a table-heavy plan), chosen
    by size when the test runs."""
    picked = []
    for folder in ("agendas", "minutes", "plans"):
        pdfs = sorted((CORPUS / folder).glob("*.pdf"), key=lambda p: (p.stat().st_size, p.name))
        assert pdfs, f"no PDF in {CORPUS / folder}"
        picked.append(pdfs[0])
    return picked


# ---- mutations ---------------------------------------------------------------------------------
# each takes (rng, data, donor) and returns the new bytes and a description of what it did


def truncate(rng: random.Random, data: bytes, donor: bytes) -> tuple[bytes, str]:
    at = rng.randrange(len(data))
    return data[:at], f"truncate at {at}"


def flip_bytes(rng: random.Random, data: bytes, donor: bytes) -> tuple[bytes, str]:
    out = bytearray(data)
    spots = sorted(rng.randrange(len(out)) for _ in range(rng.choice([1, 2, 5, 20, 100])))
    for i in spots:
        out[i] ^= rng.randrange(1, 256)
    return bytes(out), f"flip {len(spots)} bytes at {spots[:5]}{'...' if len(spots) > 5 else ''}"


def delete_span(rng: random.Random, data: bytes, donor: bytes) -> tuple[bytes, str]:
    n = rng.choice([1, 16, 256, 4096])
    at = rng.randrange(len(data))
    return data[:at] + data[at + n:], f"delete {n} bytes at {at}"


def duplicate_span(rng: random.Random, data: bytes, donor: bytes) -> tuple[bytes, str]:
    n = rng.choice([16, 256, 4096])
    a, to = rng.randrange(len(data)), rng.randrange(len(data))
    return data[:to] + data[a:a + n] + data[to:], f"copy {n} bytes from {a} to {to}"


def splice_object(rng: random.Random, data: bytes, donor: bytes) -> tuple[bytes, str]:
    """An object of the donor file in place of one of this file's (under this one's number, or
    its own), or added before the xref."""
    mine, theirs = list(OBJ_RE.finditer(data)), list(OBJ_RE.finditer(donor))
    if not mine or not theirs:
        return truncate(rng, data, donor)
    src, dst = rng.choice(theirs), rng.choice(mine)
    obj = src.group(0)
    how = rng.choice(["replace", "replace-renumbered", "insert"])
    if how == "replace-renumbered":
        obj = re.sub(rb"^\d+\s+\d+", dst.group(0).split(b"obj")[0].strip(), obj, count=1)
    if how == "insert":
        return data[:dst.start()] + obj + b"\n" + data[dst.start():], f"insert donor object at {src.start()} before {dst.start()}"
    return data[:dst.start()] + obj + data[dst.end():], f"{how} object at {dst.start()} with donor object at {src.start()}"


def corrupt_xref(rng: random.Random, data: bytes, donor: bytes) -> tuple[bytes, str]:
    """The cross-reference data or trailer damaged: startxref pointing elsewhere, xref entries
    garbled, the trailer dictionary or /Size, /Root, /Prev changed or gone."""
    how = rng.choice(["startxref", "entries", "trailer", "root", "size", "prev", "eof"])
    out = data
    if how == "startxref":
        m = list(re.finditer(rb"startxref\s+(\d+)", data))
        if m:
            last = m[-1]
            new = str(rng.choice([0, 1, len(data), len(data) * 10, int(last.group(1)) + rng.randrange(-50, 50), 2**63])).encode()
            out = data[:last.start(1)] + new + data[last.end(1):]
    elif how == "entries":
        m = list(re.finditer(rb"\bxref\s+\d+\s+\d+\s+", data))
        if m:
            at = rng.choice(m).end() + rng.randrange(0, 200)
            junk = bytes(rng.choice(b"0123456789 fn\r\n") for _ in range(rng.randrange(1, 60)))
            out = data[:at] + junk + data[at + len(junk):]
        else:  # a cross-reference stream: garble its bytes
            s = data.find(b"/XRef")
            if s >= 0:
                at = data.find(b"stream", s) + 8 + rng.randrange(0, 40)
                out = data[:at] + bytes(rng.randrange(256) for _ in range(8)) + data[at + 8:]
    elif how == "trailer":
        at = data.rfind(b"trailer")
        if at >= 0:
            out = data[:at] + data[at + rng.randrange(7, 200):]
    elif how in ("root", "size", "prev"):
        key = {"root": rb"/Root\s+\d+\s+\d+\s+R", "size": rb"/Size\s+\d+", "prev": rb"/Prev\s+\d+"}[how]
        m = list(re.finditer(key, data))
        if m:
            hit = rng.choice(m)
            new = rng.choice([b"", {"root": b"/Root 9999 0 R", "size": b"/Size 0", "prev": b"/Prev 17"}[how],
                              {"root": b"/Root 1 0 R", "size": b"/Size 2147483647", "prev": b"/Prev -1"}[how]])
            out = data[:hit.start()] + new + data[hit.end():]
    elif how == "eof":
        out = data.replace(b"%%EOF", b"", rng.randrange(1, 3))
    if out == data:  # nothing of that kind in this file
        return flip_bytes(rng, data, donor)
    return out, f"corrupt xref/trailer ({how})"


MUTATIONS = [truncate, flip_bytes, delete_span, duplicate_span, splice_object, corrupt_xref]


@dataclass(frozen=True)
class Mutant:
    index: int
    source: Path
    data: bytes
    recipe: str


def mutant(seed: int, i: int, files: list[Path]) -> Mutant:
    """Mutant number i of a seed: a file taken in turn, one mutation, sometimes a second."""
    rng = random.Random(f"{seed}-{i}")
    source = files[i % len(files)]
    data = source.read_bytes()
    donor = files[(i + 1) % len(files)].read_bytes()
    steps = []
    for _ in range(1 if rng.random() < 0.75 else 2):
        fn = rng.choice(MUTATIONS)
        data, what = fn(rng, data, donor)
        steps.append(what)
    rel = source.relative_to(CORPUS)
    return Mutant(i, source, data, f"seed={seed} mutant={i} file={rel}: " + "; ".join(steps))


# ---- running the mutants -----------------------------------------------------------------------


def _parse_in_child(path: str, conn) -> None:  # pragma: no cover - runs in the child process
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
    from agendapack.pipeline.run.tasks import parse_record

    out = parse_record(path)
    conn.send((out.record, out.error))
    conn.close()


def _run(paths: list[tuple[Mutant, Path]], timeout: float = TIMEOUT) -> dict[int, tuple[str, object]]:
    """Parse each mutant in its own process, JOBS at a time: index -> ("record", text),
    ("error", message), ("hang", seconds) or ("died", exit code)."""
    # the children are forked from this process with the parser and the spaCy pipeline loaded
    from agendapack.extractors.minutes.nlp import load_nlp
    from agendapack.pipeline.config import DEFAULT
    from agendapack.pipeline.run.tasks import parse_record  # noqa: F401 - imported before forking

    load_nlp(DEFAULT.spacy_model)
    ctx = mp.get_context("fork")
    queue = list(paths)
    running: dict[int, tuple] = {}
    results: dict[int, tuple[str, object]] = {}
    while queue or running:
        while queue and len(running) < JOBS:
            m, path = queue.pop(0)
            parent, child = ctx.Pipe(duplex=False)
            # daemonic: parse_pack reads the pages itself rather than starting shard processes
            proc = ctx.Process(target=_parse_in_child, args=(str(path), child), daemon=True)
            proc.start()
            child.close()
            running[m.index] = (proc, parent, time.monotonic())
        time.sleep(0.01)
        for index, (proc, parent, started) in list(running.items()):
            got = None
            if parent.poll():
                try:
                    record, error = parent.recv()
                    got = ("record", record) if error is None else ("error", error)
                except EOFError:
                    got = None
            if got is None and not proc.is_alive():
                proc.join()
                got = ("died", proc.exitcode)
            if got is None and time.monotonic() - started > timeout:
                proc.kill()
                got = ("hang", round(time.monotonic() - started, 1))
            if got is not None:
                proc.join(timeout=5)
                if proc.is_alive():
                    proc.kill()
                    proc.join()
                parent.close()
                del running[index]
                results[index] = got
    return results


def problem(kind: str, value: object) -> str | None:
    """What is wrong with a mutant's outcome, or None."""
    if kind == "hang":
        return f"no outcome after {value} s (a hang)"
    if kind == "died":
        return f"the process died (exit code {value}: a crash)"
    if kind == "error":
        if not isinstance(value, str) or not value.strip():
            return f"an empty error: {value!r}"
        if "\n" in value or "\r" in value:
            return f"an error of more than one line: {value!r}"
        if value.startswith("internal error"):
            return f"a parser bug: {value}"
        return None
    assert isinstance(value, str)
    record = json.loads(value)
    if not (isinstance(record, dict) and "source" in record and record["source"]["pages"] >= 0):
        return "a record without its source"
    return None


def test_mutants_are_deterministic():
    files = sources()
    a, b = mutant(SEED, 7, files), mutant(SEED, 7, files)
    assert (a.data, a.recipe) == (b.data, b.recipe)
    assert [mutant(SEED, i, files).data for i in range(6)] != [f.read_bytes() for f in files * 2]


def test_mutated_pdfs_give_a_record_or_a_one_line_error(tmp_path):
    files = sources()
    mutants = [mutant(SEED, i, files) for i in range(MUTANTS)]
    paths = []
    for m in mutants:
        path = tmp_path / f"mutant-{m.index:04d}-{m.source.stem[:40]}.pdf"
        path.write_bytes(m.data)
        paths.append((m, path))
    started = time.monotonic()
    results = _run(paths)
    elapsed = time.monotonic() - started
    kinds: dict[str, int] = {}
    for kind, _ in results.values():
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"\n{len(mutants)} mutants in {elapsed:.1f} s: {kinds}")
    failures = []
    for m, path in paths:
        kind, value = results[m.index]
        wrong = problem(kind, value)
        if wrong:
            failures.append(f"{m.recipe} ({path}): {wrong}")
    assert not failures, f"{len(failures)} of {len(mutants)} mutants:\n" + "\n".join(failures)
    assert len(results) == len(mutants)
    # the whole run in bounded time: about half a second a mutant on two processes, with room
    assert elapsed < 30 + 2.0 * len(mutants), f"{len(mutants)} mutants took {elapsed:.0f} s"


# mutants that once found a bug: (seed, mutant number, what went wrong)
FOUND = [
    # pdfium failed on a page, then pdfplumber's close() raised out of the fallback's error handling
    pytest.param(20240612, 98),
]


@pytest.mark.parametrize("seed,index", FOUND)
def test_mutants_that_found_bugs(tmp_path, seed, index):
    m = mutant(seed, index, sources())
    path = tmp_path / "mutant.pdf"
    path.write_bytes(m.data)
    kind, value = _run([(m, path)])[m.index]
    assert problem(kind, value) is None, f"{m.recipe}: {problem(kind, value)}"


@pytest.mark.parametrize("kind,value,ok", [
    ("error", "not a PDF (no %PDF header)", True),
    ("error", "internal error: KeyError: 'x'", False),
    ("error", "two\nlines", False),
    ("error", "", False),
    ("hang", 60.0, False),
    ("died", -11, False),
])
def test_the_outcome_check(kind, value, ok):
    assert (problem(kind, value) is None) == ok

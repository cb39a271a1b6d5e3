"""Parse many PDFs: one bad file never stops the batch nor loses another file's results.

A run has three steps. (1) Every file is hashed; a file whose bytes and parser fingerprint are
in the content-hash cache (`run.cache`) is not parsed again, whatever its name, and files
with the same bytes are parsed once. (2) The others are parsed in worker processes, `jobs` at a
time (one file per process, largest file first, so a long pack does not finish last alone; a
single long file has its pages read by page shards, `pipeline.shards`), or on a Dask cluster
(`scheduler`, see `run.cluster`). Workers only return record JSON text, never write. (3) This process writes the outputs (`pack.json`, table CSV/Parquet), skipping files that
already hold the same bytes, and stores new records in the cache.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional, TextIO

from tqdm import tqdm

from agendapack.extractors.pdf.common import sha256_of
from agendapack.model import Pack, slug
from agendapack.pipeline.config import DEFAULT, Settings
from agendapack.pipeline.outputs.io import dumps_json, remove_stale_temporaries, temporary_file, write_if_changed
from agendapack.pipeline.run.cache import ParseCache, renamed
from agendapack.pipeline.run.local import run_local
from agendapack.pipeline.run.tasks import Outcome, Task, error_message, os_reason

log = logging.getLogger("agendapack")


@dataclass
class Result:
    path: str
    output: Optional[str] = None
    error: Optional[str] = None
    warnings: tuple[str, ...] = ()
    # the record came from the content-hash cache: the file was not parsed again
    cached: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


class OutputError(Exception):
    """The output folder cannot take the batch's outputs; the message is one line."""


def output_dir_for(pdf: str | Path, sha256: str, out_root: str | Path) -> Path:
    """A pack's output folder: its file name made safe (`model.slug`) plus the first 8 hex digits
    of its content hash. Two different PDFs never share a folder whatever their names (`a/x.pdf`
    and `b/x.pdf`, `x.pdf` and `x.PDF`, `x y.pdf` and `x_y.pdf`), no name reaches outside the
    output folder or into its cache, and a new version of a pack gets a folder beside the old
    version's, which an analyst can compare."""
    return Path(out_root) / f"{slug(pdf)}-{sha256[:8]}"


def prepare_output_root(out_root: Path) -> None:
    """Make sure the output folder can be written before any file is parsed, so that a wrong
    `-o` fails at once with its reason instead of after the batch, once per file."""
    if out_root.exists() and not out_root.is_dir():
        raise OutputError(f"{out_root}: the output folder is a file")
    try:
        out_root.mkdir(parents=True, exist_ok=True)
        fd, probe = temporary_file(out_root, "probe")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"{out_root}: cannot write the output folder ({os_reason(exc)})") from None
    remove_stale_temporaries(out_root)


def write_pack(pack: Pack, out_dir: Path, settings: Settings = DEFAULT) -> Path:
    """Write pack.json and, when `settings.table_files`, one CSV and Parquet file per table;
    every file atomically, and only when its bytes change. The table files are written first so
    pack.json only changes once everything derived from it is in place."""
    from agendapack.pipeline.outputs import exports

    target = out_dir / "pack.json"
    if settings.table_files:
        exports.write_table_files(pack, out_dir)
    write_if_changed(target, dumps_json(pack.model_dump(mode="json")).encode("utf-8"))
    return target


def _up_to_date(record: dict, out_dir: Path, settings: Settings) -> bool:
    """The folder already holds this record's pack.json, byte for byte, and its table files."""
    target = out_dir / "pack.json"
    try:
        if target.read_bytes() != dumps_json(record).encode("utf-8"):
            return False
    except OSError:
        return False
    if not settings.table_files:
        return True
    ids = [t["id"] for t in record.get("tables", [])]
    return all((out_dir / f"{i}.{ext}").is_file() for i in ids for ext in ("csv", "parquet"))


def _recorded_sha256(target: Path) -> Optional[str]:
    """The PDF hash in the record a folder holds, or None when it holds no readable record."""
    try:
        return json.loads(target.read_bytes())["source"]["sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_result(pdf: Path, record: dict, out_root: Path, settings: Settings, cached: bool,
                  claims: dict[Path, Path]) -> Result:
    """Write one file's outputs. `claims` maps each output folder this batch wrote to the file it
    wrote it for: the same bytes under the same safe name (`x.pdf` and `x.PDF` holding one PDF)
    are one record, written once and reported as such."""
    record = renamed(record, pdf.name)
    sha = record["source"]["sha256"]
    out_dir = output_dir_for(pdf, sha, out_root)
    target = out_dir / "pack.json"
    first = claims.get(out_dir)
    if first is not None:
        return Result(str(pdf), output=str(target), cached=True,
                      warnings=(f"the same PDF as {first} (same bytes, same name once made safe): one record",))
    held = _recorded_sha256(target)
    if held is not None and held != sha:  # two PDFs whose hashes share their first 8 digits
        raise OutputError(f"{out_dir} holds the record of another PDF (sha256 {held[:16]}...); not overwritten")
    claims[out_dir] = pdf
    if out_dir.is_dir():
        remove_stale_temporaries(out_dir)
    if cached and _up_to_date(record, out_dir, settings):
        # nothing to write: the record JSON is what write_pack would dump (the same validated
        # model); a fresh parse (--force) goes through write_pack, which also repairs table files
        return Result(str(pdf), output=str(target), warnings=tuple(record.get("warnings", [])), cached=cached)
    pack = Pack.model_validate(record)
    target = write_pack(pack, out_dir, settings)
    return Result(str(pdf), output=str(target), warnings=tuple(pack.warnings), cached=cached)


def _write_error(exc: OutputError | OSError) -> str:
    """Why a file's outputs could not be written (a folder taken, a full disk, permissions)."""
    if isinstance(exc, OutputError):
        return str(exc)
    return f"cannot write {exc.filename or 'its outputs'}: {os_reason(exc)}"


def _finish(pdf: Path, outcome: Outcome, record: Optional[dict], out_root: Path, settings: Settings,
            claims: dict[Path, Path], cached: bool = False) -> Result:
    """The Result of one file from its outcome (`record`: the outcome's record, parsed once for
    every file with those bytes), its outputs written."""
    if outcome.error is not None:
        return Result(str(pdf), error=outcome.error)
    try:
        assert record is not None  # an outcome without an error carries its record
        result = _write_result(pdf, record, out_root, settings, cached, claims)
    except (OutputError, OSError) as exc:
        return Result(str(pdf), error=_write_error(exc))
    except Exception as exc:
        return Result(str(pdf), error=error_message(exc, pdf))
    if outcome.note:
        result.warnings += (outcome.note,)
    return result


def _from_cache(pdf: Path, key: str, store: ParseCache, out_root: Path, settings: Settings,
                claims: dict[Path, Path]) -> Optional[Result]:
    record = store.get(key)
    if record is None:
        return None
    try:
        return _write_result(pdf, record, out_root, settings, True, claims)
    except (OutputError, OSError) as exc:
        return Result(str(pdf), error=_write_error(exc))
    except Exception as exc:  # an entry from an older record model: parse again
        log.debug("cache entry %s not used: %s", key, exc)
        return None


def expand_inputs(
    paths: Iterable[str | Path], recursive: bool = False, stdin: Optional[TextIO] = None
) -> tuple[list[Path], list[Result]]:
    """The PDFs named on a command line (`run.discover`): files, folders (the `*.pdf` files in
    them, whatever the case of `.pdf`; with `recursive`, below them too), globs, and `-` for a list
    of paths on `stdin`. Returns the files and one error Result per input that names no PDF."""
    from agendapack.pipeline.run.discover import discover

    found = discover(paths, recursive=recursive, stdin=stdin)
    return found.files, [Result(name, error=reason) for name, reason in found.problems]


def parse_one(
    pdf: str | Path, out_root: str | Path, settings: Settings = DEFAULT, *, force: bool = False, cache: bool = True
) -> Result:
    """Parse one PDF (or reuse its cached record) and write its outputs under `out_root`."""
    return parse_files([pdf], out_root, settings, progress=False, force=force, cache=cache)[0]


def parse_files(
    pdfs: Iterable[str | Path],
    out_root: str | Path,
    settings: Settings = DEFAULT,
    progress: bool = True,
    *,
    force: bool = False,
    cache: bool = True,
    scheduler: Optional[str] = None,
    cache_dir: Optional[str | Path] = None,
    on_result: Optional[Callable[[Result], None]] = None,
) -> list[Result]:
    """Parse PDFs into `out_root/<name>/pack.json`; one Result per input, in input order.

    `force` parses every file again (and refreshes the cache); `cache=False` neither reads nor
    writes the cache; `cache_dir` is where the cache lives (default: `run.cache.default_cache_dir`).
    `scheduler` ("tcp://host:8786") runs the parsing on a Dask cluster. `on_result` is called
    with each file's Result as soon as it is known (cached files first, then in order of
    completion), so a command line can print or stream results before the batch ends.
    """
    files = [Path(p) for p in pdfs]
    out_root = Path(out_root)
    prepare_output_root(out_root)
    results: list[Optional[Result]] = [None] * len(files)
    claims: dict[Path, Path] = {}
    show = progress and sys.stderr.isatty() and len(files) >= settings.progress_threshold
    bar = tqdm(total=len(files), unit="pdf", disable=not show, desc="parsing", file=sys.stderr)

    # 1. hash (a file that cannot be read fails here, with its reason); reuse cached records;
    # one parse per distinct content
    store = ParseCache(out_root, settings, cache_dir) if cache else None
    if store is not None:
        remove_stale_temporaries(store.dir)
    groups: dict[str, list[int]] = {}  # content hash -> indices into files
    keys: dict[str, Optional[str]] = {}
    for i, pdf in enumerate(files):
        try:
            sha = sha256_of(pdf)
        except OSError as exc:
            results[i] = Result(str(pdf), error=os_reason(exc))
            _tell(on_result, results[i])
            bar.update(1)
            continue
        key = store.key(sha) if store else None
        if store is not None and key and not force:
            hit = _from_cache(pdf, key, store, out_root, settings, claims)
            if hit is not None:
                results[i] = hit
                _tell(on_result, hit)
                bar.update(1)
                continue
        keys[sha] = key
        groups.setdefault(sha, []).append(i)

    # 2. parse the rest, largest first
    ordered = sorted(
        (Task(files[idx[0]], _size(files[idx[0]]), group) for group, idx in groups.items()), key=lambda t: -t.size
    )
    if scheduler:
        # Dask is an optional extra (agendapack[cluster]), imported only for a cluster run
        from agendapack.pipeline.run.cluster import run_on_cluster

        outcomes = run_on_cluster(ordered, scheduler, settings)
    else:
        outcomes = run_local(ordered, settings)

    # 3. write outputs as results come in
    for task, outcome in outcomes:
        group = task.group
        key = keys[group]
        record = json.loads(outcome.record) if outcome.record is not None else None
        if store and key and record is not None and outcome.note is None:
            assert outcome.record is not None  # `record` was parsed from it
            try:
                store.put(key, outcome.record, record["source"]["sha256"])
            except OSError as exc:
                log.warning("could not write the cache entry of %s: %s", task.path, exc)
        for n, i in enumerate(groups[group]):
            results[i] = _finish(files[i], outcome, record, out_root, settings, claims, cached=n > 0)
            _tell(on_result, results[i])
            bar.set_postfix_str(files[i].name[:40])
            bar.update(1)
    bar.close()
    return [r or Result(str(p), error="internal error: no result") for r, p in zip(results, files)]


def _tell(on_result: Optional[Callable[[Result], None]], result: Optional[Result]) -> None:
    if on_result is not None and result is not None:
        on_result(result)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0

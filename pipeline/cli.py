"""`agendapack`: a thin command line over the library; every command is an importable function."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Optional

import click

from agendapack.pipeline.config import DEFAULT


def _configure_logging(verbose: bool, quiet: bool, log_file: Optional[Path]) -> None:
    """Logs go to stderr (debug with -v, errors only with -q) and, with --log-file, to a file too
    (at debug level: a file is read after the fact)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.DEBUG if verbose else logging.ERROR if quiet else logging.WARNING)
    console.setFormatter(logging.Formatter("%(message)s"))
    root.addHandler(console)
    root.setLevel(logging.DEBUG if verbose or log_file else console.level)
    if log_file is not None:
        to_file = logging.FileHandler(log_file, encoding="utf-8")
        to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(to_file)


def logging_options(command):
    """-v, -q and --log-file on a subcommand, as well as before it (`agendapack -q parse` and
    `agendapack parse -q` mean the same); the command itself receives `quiet` when it asks."""
    import functools
    import inspect

    wants_quiet = "quiet" in inspect.signature(command).parameters

    @functools.wraps(command)
    def wrapper(*args, verbose: bool = False, quiet: bool = False, log_file: Optional[Path] = None, **kwargs):
        outer = click.get_current_context().find_root().obj or {}
        verbose, quiet = verbose or outer.get("verbose", False), quiet or outer.get("quiet", False)
        _configure_logging(verbose, quiet, log_file or outer.get("log_file"))
        if wants_quiet:
            kwargs["quiet"] = quiet
        return command(*args, **kwargs)

    for option in reversed(LOGGING_OPTIONS):
        wrapper = option(wrapper)
    return wrapper


LOGGING_OPTIONS = (
    click.option("-v", "--verbose", is_flag=True, help="Show debug logging (tracebacks of internal errors)."),
    click.option("-q", "--quiet", is_flag=True, help="Print errors only (no progress, results or warnings)."),
    click.option("--log-file", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Also write the log (debug level) to this file."),
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="agendapack")
@LOGGING_OPTIONS[0]
@LOGGING_OPTIONS[1]
@LOGGING_OPTIONS[2]
@click.pass_context
def main(ctx: click.Context, verbose: bool, quiet: bool, log_file: Optional[Path]) -> None:
    """Turn council agenda packs (PDF) into structured records."""
    ctx.obj = {"verbose": verbose, "quiet": quiet, "log_file": log_file}
    _configure_logging(verbose, quiet, log_file)


@main.command()
# no checks by click: a missing or unreadable file fails alone, with its reason, and the others are parsed
@click.argument("pdfs", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False, allow_dash=True))
@click.option("-o", "--out", "out_dir", default="out", show_default=True, type=click.Path(path_type=Path), help="Output folder; each PDF gets out/<name>/pack.json.")
@click.option("-r", "--recursive", is_flag=True, help="A folder stands for the PDFs anywhere below it, not only directly in it.")
@click.option("--nl", "ndjson", is_flag=True, help="Write each pack record as one line of JSON to stdout as it finishes (results and logs go to stderr).")
@click.option("--report", "report_path", default=None, type=click.Path(dir_okay=False, path_type=Path), help="Write a JSON run report here (schema/report.schema.json), on success and on failure.")
@click.option("--strict", is_flag=True, help="A warning fails the run (exit 1), as an error does.")
@click.option("--cache-dir", default=None, type=click.Path(file_okay=False, path_type=Path), help="The content-hash cache (default $AGENDAPACK_CACHE_DIR, else .agendapack-cache/ beside the output folder).")
@click.option("--dayfirst/--monthfirst", "dayfirst", default=None, help="Read numeric dates like 01/02/2025 day first (UK) or month first (US); default: from the document (a UK postcode or council type, a US state).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Processes to use (default 1, or $AGENDAPACK_JOBS; at most one per CPU).")
@click.option("--time-limit", type=click.FloatRange(min=0), default=None, metavar="SECONDS", help="Stop a file's parse after this long and report it (default 900, or $AGENDAPACK_TIME_LIMIT; 0: none).")
@click.option("--spacy-model", default=None, help="spaCy pipeline for minutes: auto, blank, or a package name.")
@click.option("--engine", type=click.Choice(["pdfium", "pdfplumber"]), default=None, help="PDF engine (default pdfium, or $AGENDAPACK_ENGINE); pdfplumber is the slower reference.")
@click.option("--no-table-files", is_flag=True, help="Do not write table-NN.csv/.parquet next to pack.json.")
@click.option("--force", is_flag=True, help="Parse every pack again, even those in the content-hash cache.")
@click.option("--dask-scheduler", "scheduler", default=None, metavar="ADDRESS", help="Parse on a Dask cluster, e.g. tcp://host:8786.")
@logging_options
def parse(pdfs, out_dir, recursive, ndjson, report_path, strict, cache_dir, dayfirst, jobs, time_limit, spacy_model,
          engine, no_table_files, force, scheduler, quiet):
    """Parse agenda pack PDFs into out/<pack>/pack.json (and one CSV + Parquet per table).

    PDFS are files, folders (the *.pdf files in them, any case; with -r, below them too), globs,
    or - (a list of paths on stdin, one a line). A pack whose bytes were parsed before by the same
    code and settings is not parsed again, whatever its file name: its record comes from the
    content-hash cache ("cached"), .agendapack-cache/ beside the output folder unless --cache-dir.
    """
    import time
    from datetime import datetime, timezone

    from agendapack.pipeline.config import SettingsError
    from agendapack.pipeline.run.batch import OutputError, expand_inputs, parse_files
    from agendapack.pipeline.run.cluster import ClusterError

    settings = DEFAULT.with_(
        jobs=jobs, time_limit=time_limit, spacy_model=spacy_model, engine=engine,
        table_files=False if no_table_files else None, dayfirst=dayfirst,
    )
    try:
        settings.check()
    except SettingsError as exc:
        raise click.UsageError(str(exc)) from None
    if not scheduler and settings.capped() != settings:
        if not quiet:
            click.echo(f"warning --jobs {settings.jobs}: capped at {settings.capped().jobs}, the CPUs this machine gives", err=True)
        settings = settings.capped()
    started, clock = datetime.now(timezone.utc), time.monotonic()
    files, problems = expand_inputs(pdfs, recursive=recursive, stdin=sys.stdin)
    run = _ParseRun(ndjson=ndjson, quiet=quiet, strict=strict, clock=clock)
    for problem in problems:
        run.show(problem)
    fatal: Optional[str] = None
    try:
        parse_files(files, out_dir, settings, progress=not quiet and not ndjson, force=force,
                    scheduler=scheduler, cache_dir=cache_dir, on_result=run.show)
    except ClusterError as exc:
        fatal = f"{scheduler}: {exc}"
    except OutputError as exc:
        fatal = str(exc)
    if fatal is not None:
        click.echo(f"error   {fatal}", err=True)
    code = 1 if fatal is not None or run.failed(strict) else 0
    if not quiet and fatal is None:
        click.echo(run.totals_line(), err=ndjson)
    if report_path is not None:
        _write_run_report(report_path, run, started, time.monotonic() - clock, strict, code, settings, fatal)
    sys.exit(code)


class _ParseRun:
    """What `parse` prints as each file's result arrives, and what it keeps for the report."""

    def __init__(self, ndjson: bool, quiet: bool, strict: bool, clock: float):
        from agendapack.pipeline.outputs.report import ReportEntry

        self.ndjson, self.quiet, self.strict, self.clock = ndjson, quiet, strict, clock
        self.entries: list[ReportEntry] = []
        self.cached = 0  # records taken from the cache, with or without warnings

    def show(self, r) -> None:
        import time

        from agendapack.pipeline.outputs.report import entry_for

        self.entries.append(entry_for(r, time.monotonic() - self.clock))
        self.cached += r.ok and r.cached
        if not r.ok:
            click.echo(f"error   {r.path}: {r.error}", err=True)
            return
        if self.ndjson:
            self._print_record(r)
        if not self.quiet:
            click.echo(f"{'cached ' if r.cached else 'ok     '} {r.path} -> {r.output}", err=self.ndjson)
            for w in r.warnings:
                click.echo(f"warning {r.path}: {w}", err=True)

    def _print_record(self, r) -> None:
        """The record as one line of JSON on stdout, flushed at once so a pipe sees it now."""
        try:
            record = json.loads(Path(r.output).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            click.echo(f"error   {r.path}: cannot read its record back ({exc})", err=True)
            return
        sys.stdout.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        sys.stdout.flush()

    def failed(self, strict: bool) -> bool:
        return any(e.status == "failed" or (strict and e.status == "warning") for e in self.entries)

    def totals_line(self) -> str:
        failed = sum(e.status == "failed" for e in self.entries)
        reused = f", {self.cached} cached" if self.cached else ""
        return f"{len(self.entries) - failed - self.cached} parsed{reused}, {failed} failed"


def _write_run_report(path: Path, run: _ParseRun, started, seconds: float, strict: bool, code: int, settings,
                      fatal: Optional[str]) -> None:
    from dataclasses import asdict

    from agendapack.pipeline.outputs.report import build_report, write_report
    from agendapack.pipeline.run.tasks import os_reason

    entries = list(run.entries)
    if fatal is not None and not entries:  # the run stopped before any file: say why in the report
        from agendapack.pipeline.outputs.report import ReportEntry

        entries.append(ReportEntry("(run)", "failed", reason=fatal))
    report = build_report(entries, started, seconds, strict, code,
                          {k: v for k, v in asdict(settings).items() if isinstance(v, (str, int, float, bool, type(None)))})
    try:
        write_report(path, report)
    except OSError as exc:
        click.echo(f"error   cannot write the report {path}: {os_reason(exc)}", err=True)
        sys.exit(1)


@main.command()
@click.argument("pdf", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-p", "--page", type=int, required=True, help="Physical page, 1-based.")
@click.option("-o", "--out", "output", default=None, type=click.Path(path_type=Path), help="PNG to write (default <pdf>-p<N>.png).")
@click.option("--resolution", default=100, show_default=True)
@logging_options
def inspect(pdf, page, output, resolution):
    """Draw what was extracted on the page image (PNG)."""
    from agendapack.extractors.pdf.types import PdfError
    from agendapack.pipeline.outputs.inspect import inspect_page

    output = output or Path(f"{pdf.stem}-p{page}.png")
    try:
        path = inspect_page(pdf, page, output, resolution=resolution)
    except (PdfError, ValueError) as exc:
        click.echo(f"error   {pdf}: {exc}", err=True)
        sys.exit(1)
    click.echo(f"wrote {path}")


def _emit(text: str, output) -> None:
    """A command's text to the file `output` (atomically) or, without one or with `-`, to stdout."""
    if output and str(output) != "-":
        from agendapack.pipeline.outputs.io import atomic_write_text

        atomic_write_text(output, text)
        click.echo(f"wrote {output}")
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("pack_json", type=click.Path(exists=True, dir_okay=False, path_type=Path, allow_dash=True))
@click.option("-o", "--out", "output", default=None, type=click.Path(path_type=Path, allow_dash=True), help="Write the summary here instead of stdout (- is stdout).")
@click.option("--format", "fmt", type=click.Choice(["md", "html"]), default="md", show_default=True, help="Markdown, or HTML (the site's meeting page, on its own).")
@logging_options
def summary(pack_json, output, fmt):
    """Render a pack.json (- reads it from stdin) as a one-page Markdown (or HTML) summary."""
    from pydantic import ValidationError

    from agendapack.model import Pack
    from agendapack.pipeline.outputs.summary import render_summary
    from agendapack.pipeline.site.render import render_summary_html

    try:
        text = _read_input_text(pack_json)
        pack = Pack.model_validate_json(text)
        text = render_summary_html(pack) if fmt == "html" else render_summary(pack)
    except (ValidationError, ValueError) as exc:
        click.echo(f"error   {pack_json}: not a valid pack record ({str(exc).splitlines()[0][:120]})", err=True)
        sys.exit(1)
    _emit(text, output)


@main.command()
@click.argument("out_root", metavar="OUT", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("-o", "--out", "site_dir", default="site", show_default=True, type=click.Path(file_okay=False, path_type=Path), help="Folder to write the site to.")
@click.option("--pdfs", multiple=True, type=click.Path(exists=True, path_type=Path), help="Folder (or PDF) holding the source PDFs, copied into the site for #page=N links (found by file name and hash). Repeatable.")
@logging_options
def site(out_root, site_dir, pdfs, quiet):
    """Render the records under OUT (pack.json, diff.json, council.db) as a static website:
    meetings, plans, members and plan changes, with client-side search."""
    from agendapack.pipeline.site import build_site

    report = build_site(out_root, site_dir, pdf_folders=pdfs)
    for path, reason in report.failed:
        click.echo(f"error   {path}: {reason}", err=True)
    if not quiet:
        missing = list(dict.fromkeys(report.missing_pdfs))
        if missing:
            click.echo(f"warning {len(missing)} PDF(s) not found (pages shown without links): "
                       f"{', '.join(missing[:5])}{' …' if len(missing) > 5 else ''}", err=True)
        click.echo(f"{len(report.pages)} pages, {report.pdfs} PDFs -> {site_dir}/index.html ({report.seconds:.1f}s)")
    sys.exit(0 if report.ok else 1)


def _read_input_text(path: Path) -> str:
    """A file's text, or stdin's for `-`."""
    if str(path) == "-":
        return sys.stdin.read()
    return Path(path).read_text(encoding="utf-8")


@main.command()
@click.option("-o", "--out", "output", default=None, type=click.Path(path_type=Path), help="Write the schema here instead of stdout.")
@click.option("--diff", "of_diff", is_flag=True, help="The schema of diff.json (from `agendapack diff`) instead.")
@logging_options
def schema(output, of_diff):
    """Print the JSON Schema of pack.json (or, with --diff, of diff.json)."""
    from agendapack.diff_model import diff_json_schema
    from agendapack.model import pack_json_schema
    from agendapack.pipeline.outputs.io import dumps_json

    text = dumps_json(diff_json_schema() if of_diff else pack_json_schema())
    _emit(text, output)


def _version_pack(path: Path, parse_root: Path):
    """The pack record of one version: a pack.json read as it is, a PDF parsed first (or its
    record taken from the content-hash cache under `parse_root`). Returns (pack, pdf or None);
    exits 1 with one line on stderr when the file cannot be read or parsed."""
    from pydantic import ValidationError

    from agendapack.pipeline.outputs.summary import load_pack
    from agendapack.pipeline.run.batch import OutputError, parse_one
    from agendapack.pipeline.run.tasks import os_reason

    if path.suffix.lower() == ".json":
        try:
            return load_pack(path), None
        except OSError as exc:
            reason = os_reason(exc)
        except (ValidationError, ValueError) as exc:
            reason = f"not a valid pack record ({str(exc).splitlines()[0][:120]})"
        click.echo(f"error   {path}: {reason}", err=True)
        sys.exit(1)
    try:
        result = parse_one(path, parse_root, DEFAULT)
    except OutputError as exc:
        click.echo(f"error   {exc}", err=True)
        sys.exit(1)
    if not result.ok or result.output is None:
        click.echo(f"error   {path}: {result.error}", err=True)
        sys.exit(1)
    return load_pack(result.output), path


@main.command()
@click.argument("old", type=click.Path(path_type=Path, readable=False))
@click.argument("new", type=click.Path(path_type=Path, readable=False))
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(path_type=Path), help="Folder for diff.json, diff.md, diff.html and diff.csv.")
@click.option("--parse-out", "parse_root", default=None, type=click.Path(path_type=Path), help="Where a PDF's pack.json and the content-hash cache go (default: the -o folder).")
@logging_options
def diff(old, new, out_dir, parse_root, quiet):
    """What changed between two versions of a plan: OLD and NEW are PDFs or pack.json files.

    Tables are paired across the versions, rows matched by key or content, and each change typed
    (added, removed, renumbered, moved; a date slipped, a lead re-assigned, a figure changed).
    """
    from agendapack.diff import DiffError, diff_packs
    from agendapack.pipeline.outputs.diff import summary_line, write_diff
    from agendapack.pipeline.run.tasks import os_reason

    root = parse_root or out_dir
    old_pack, old_pdf = _version_pack(old, root)
    new_pack, new_pdf = _version_pack(new, root)
    try:
        result = diff_packs(old_pack, new_pack)
    except DiffError as exc:
        click.echo(f"error   {exc}", err=True)
        sys.exit(1)
    try:
        written = write_diff(result, out_dir, old_pdf, new_pdf)
    except OSError as exc:
        click.echo(f"error   cannot write {exc.filename or out_dir}: {os_reason(exc)}", err=True)
        sys.exit(1)
    for w in [] if quiet else result.warnings:
        click.echo(f"warning {w}", err=True)
    if not quiet:
        click.echo(f"{summary_line(result)}")
        click.echo(f"wrote {', '.join(str(p) for p in written)}")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False, allow_dash=True))
@logging_options
def validate(files, quiet):
    """Check pack.json files against the published JSON Schema, with its formats (dates, times,
    hashes) and the page spans' order. FILES are pack.json files, folders (every pack.json below
    them) or - (one record on stdin). Every error is reported with its JSON path."""
    from agendapack.pipeline.run.tasks import os_reason

    bad = 0
    for f in _pack_files(files):
        reason: Optional[str] = None
        try:
            data = json.loads(_read_input_text(f))
        except UnicodeDecodeError as exc:
            reason = f"not UTF-8 text (byte {exc.object[exc.start]:#04x} at offset {exc.start})"
        except json.JSONDecodeError as exc:
            reason = f"not JSON ({exc.msg} at line {exc.lineno})"
        except OSError as exc:
            reason = os_reason(exc)
        if reason is not None:
            click.echo(f"invalid {f}: {reason}", err=True)
            bad += 1
            continue
        errors = _record_errors(data)
        if errors:
            bad += 1
            for where, message in errors:
                click.echo(f"invalid {f}: {where}: {message[:240]}", err=True)
        elif not quiet:
            click.echo(f"valid   {f}")
    sys.exit(1 if bad else 0)


def _record_errors(data) -> list[tuple[str, str]]:
    """Every way a record departs from the schema (formats checked: a date must be a date), plus
    what JSON Schema cannot say (a page span's first page after its last), each with its JSON
    path ("/agenda/0/pages"), in path order."""
    import jsonschema

    from agendapack.model import pack_json_schema

    validator = jsonschema.Draft202012Validator(pack_json_schema(), format_checker=jsonschema.FormatChecker())
    found: dict[tuple, list[str]] = {}
    for e in validator.iter_errors(data):
        # an optional value (anyOf: [{string, pattern}, {null}]) says why its string branch failed
        branches = [c for c in e.context if c.validator != "type"] if e.context else []
        cause = jsonschema.exceptions.best_match(branches) if branches else e
        found.setdefault(tuple(e.absolute_path), []).append(cause.message)
    for where, first, last in _reversed_spans(data, []):
        found.setdefault(tuple(where), []).append(f"first page {first} is after the last page {last}")
    # by path: keys alphabetically, list items by number (2 before 10)
    ordered = sorted(found.items(), key=lambda item: [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in item[0]])
    # one line per value, its reasons together
    return [("/" + "/".join(map(str, where)), "; ".join(dict.fromkeys(messages))) for where, messages in ordered]


def _reversed_spans(node, where: list) -> list[tuple[list, int, int]]:
    """Page spans ({"first": a, "last": b}) with a > b anywhere in a record."""
    found = []
    if isinstance(node, dict):
        first, last = node.get("first"), node.get("last")
        if isinstance(first, int) and isinstance(last, int) and first > last:
            found.append((where, first, last))
        for key, value in node.items():
            found += _reversed_spans(value, where + [key])
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _reversed_spans(value, where + [i])
    return found


def _pack_files(inputs) -> list[Path]:
    """The records `validate` reads: files as given, and every pack.json below a folder."""
    from agendapack.pipeline.publish.database import find_records

    found: list[Path] = []
    for item in map(Path, inputs):
        found += find_records(item) if str(item) != "-" and item.is_dir() else [item]
    return found


@main.command()
@click.argument("out_root", metavar="OUT", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", "db_path", default="council.db", show_default=True, type=click.Path(dir_okay=False, path_type=Path), help="SQLite database to create or update.")
@click.option("--pdfs", multiple=True, type=click.Path(exists=True, path_type=Path), help="Folder (or PDF) holding the source PDFs: their page text fills the pages table (found by content hash). Repeatable.")
@click.option("--no-metadata", is_flag=True, help="Do not write the Datasette metadata (<db>.metadata.json).")
@logging_options
def publish(out_root, db_path, pdfs, no_metadata, quiet):
    """Publish every pack.json under OUT (and diff.json files) into one SQLite database with
    full-text search, ready for Datasette. Only packs whose record changed are written again."""
    from agendapack.pipeline.publish.database import publish_records

    report = publish_records(out_root, db_path, metadata=not no_metadata, pdfs=pdfs)
    for path, reason in report.failed:
        click.echo(f"error   {path}: {reason}", err=True)
    if not quiet:
        for folder in report.duplicates:
            click.echo(f"skipped {folder}: the same PDF as another folder", err=True)
        click.echo(f"{len(report.written)} written, {report.unchanged} unchanged, {len(report.removed)} removed, "
                   f"{report.plan_changes} plan changes -> {db_path}")
        if report.metadata:
            click.echo(f"datasette {db_path} -m {report.metadata}")
    sys.exit(0 if report.ok else 1)


@main.command()
@click.argument("out_root", metavar="OUT", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["ocd", "popolo", "ndjson"]), required=True, help="Open Civic Data, Popolo, or one NDJSON file per table.")
@click.option("-o", "--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path), help="Folder to write to.")
@click.option("--base-url", default=None, help="Where the PDFs are published: links become <base-url>/<file>#page=N.")
@logging_options
def export(out_root, fmt, out_dir, base_url):
    """Export the records under OUT in an open format."""
    from agendapack.pipeline.publish.export import export_records

    written = export_records(out_root, fmt, out_dir, base_url=base_url)
    click.echo(f"wrote {len(written)} file(s) to {out_dir}")


if __name__ == "__main__":  # pragma: no cover
    main()

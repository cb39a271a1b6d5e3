"""`agendapack`: a thin command line over the library; every command is an importable function."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Optional

import click

from agendapack.pipeline.config import DEFAULT


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="agendapack")
@click.option("-v", "--verbose", is_flag=True, help="Show debug logging (tracebacks of internal errors).")
def main(verbose: bool) -> None:
    """Turn council agenda packs (PDF) into structured records."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(message)s")


@main.command()
# no checks by click: a missing or unreadable file fails alone, with its reason, and the others are parsed
@click.argument("pdfs", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
@click.option("-o", "--out", "out_dir", default="out", show_default=True, type=click.Path(path_type=Path), help="Output folder; each PDF gets out/<name>/pack.json.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Processes to use (default 1, or $AGENDAPACK_JOBS; at most one per CPU).")
@click.option("--time-limit", type=click.FloatRange(min=0), default=None, metavar="SECONDS", help="Stop a file's parse after this long and report it (default 900, or $AGENDAPACK_TIME_LIMIT; 0: none).")
@click.option("--spacy-model", default=None, help="spaCy pipeline for minutes: auto, blank, or a package name.")
@click.option("--engine", type=click.Choice(["pdfium", "pdfplumber"]), default=None, help="PDF engine (default pdfium, or $AGENDAPACK_ENGINE); pdfplumber is the slower reference.")
@click.option("--no-table-files", is_flag=True, help="Do not write table-NN.csv/.parquet next to pack.json.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
@click.option("--force", is_flag=True, help="Parse every pack again, even those in the content-hash cache (out/.cache/).")
@click.option("--dask-scheduler", "scheduler", default=None, metavar="ADDRESS", help="Parse on a Dask cluster, e.g. tcp://host:8786.")
def parse(pdfs, out_dir, jobs, time_limit, spacy_model, engine, no_table_files, quiet, force, scheduler):
    """Parse agenda pack PDFs into out/<pack>/pack.json (and one CSV + Parquet per table).

    PDFS are files or folders (a folder stands for the *.pdf files in it). A pack whose bytes
    were parsed before by the same code and settings is not parsed again, whatever its file
    name: its record comes from out/.cache/ ("cached").
    """
    from agendapack.pipeline.config import SettingsError
    from agendapack.pipeline.run.batch import OutputError, expand_inputs, parse_files
    from agendapack.pipeline.run.cluster import ClusterError

    settings = DEFAULT.with_(
        jobs=jobs, time_limit=time_limit, spacy_model=spacy_model, engine=engine,
        table_files=False if no_table_files else None,
    )
    try:
        settings.check()
    except SettingsError as exc:
        raise click.UsageError(str(exc)) from None
    if not scheduler and settings.capped() != settings:
        click.echo(f"warning --jobs {settings.jobs}: capped at {settings.capped().jobs}, the CPUs this machine gives", err=True)
        settings = settings.capped()
    files, problems = expand_inputs(pdfs)
    try:
        results = problems + parse_files(files, out_dir, settings, progress=not quiet, force=force, scheduler=scheduler)
    except ClusterError as exc:
        click.echo(f"error   {scheduler}: {exc}", err=True)
        sys.exit(1)
    except OutputError as exc:
        click.echo(f"error   {exc}", err=True)
        sys.exit(1)
    failed = cached = 0
    for r in results:
        if r.ok:
            cached += r.cached
            if not quiet:
                click.echo(f"{'cached ' if r.cached else 'ok     '} {r.path} -> {r.output}")
            for w in r.warnings:
                click.echo(f"warning {r.path}: {w}", err=True)
        else:
            failed += 1
            click.echo(f"error   {r.path}: {r.error}", err=True)
    if not quiet:
        reused = f", {cached} cached" if cached else ""
        click.echo(f"{len(results) - failed - cached} parsed{reused}, {failed} failed")
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("pdf", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-p", "--page", type=int, required=True, help="Physical page, 1-based.")
@click.option("-o", "--out", "output", default=None, type=click.Path(path_type=Path), help="PNG to write (default <pdf>-p<N>.png).")
@click.option("--resolution", default=100, show_default=True)
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
    """A command's text to the file `output` (atomically) or, without one, to stdout."""
    if output:
        from agendapack.pipeline.outputs.io import atomic_write_text

        atomic_write_text(output, text)
        click.echo(f"wrote {output}")
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("pack_json", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--out", "output", default=None, type=click.Path(path_type=Path), help="Write the summary here instead of stdout.")
def summary(pack_json, output):
    """Render a pack.json as a one-page Markdown summary."""
    from pydantic import ValidationError

    from agendapack.pipeline.outputs.summary import load_pack, render_summary

    try:
        text = render_summary(load_pack(pack_json))
    except (ValidationError, ValueError) as exc:
        click.echo(f"error   {pack_json}: not a valid pack record ({str(exc).splitlines()[0][:120]})", err=True)
        sys.exit(1)
    _emit(text, output)


@main.command()
@click.option("-o", "--out", "output", default=None, type=click.Path(path_type=Path), help="Write the schema here instead of stdout.")
@click.option("--diff", "of_diff", is_flag=True, help="The schema of diff.json (from `agendapack diff`) instead.")
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
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
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
    for w in result.warnings:
        click.echo(f"warning {w}", err=True)
    if not quiet:
        click.echo(f"{summary_line(result)}")
        click.echo(f"wrote {', '.join(str(p) for p in written)}")


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, readable=False))
def validate(files):
    """Check pack.json files against the published JSON Schema."""
    import jsonschema

    from agendapack.model import pack_json_schema
    from agendapack.pipeline.run.tasks import os_reason

    validator = jsonschema.Draft202012Validator(pack_json_schema())
    bad = 0
    for f in files:
        reason: Optional[str] = None
        try:
            data = json.loads(Path(f).read_text(encoding="utf-8"))
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
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
        if errors:
            bad += 1
            e = errors[0]
            click.echo(f"invalid {f}: {'/'.join(map(str, e.path))}: {e.message[:150]}", err=True)
        else:
            click.echo(f"valid   {f}")
    sys.exit(1 if bad else 0)


@main.command()
@click.argument("out_root", metavar="OUT", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--db", "db_path", default="council.db", show_default=True, type=click.Path(dir_okay=False, path_type=Path), help="SQLite database to create or update.")
@click.option("--pdfs", multiple=True, type=click.Path(exists=True, path_type=Path), help="Folder (or PDF) holding the source PDFs: their page text fills the pages table (found by content hash). Repeatable.")
@click.option("--no-metadata", is_flag=True, help="Do not write the Datasette metadata (<db>.metadata.json).")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors.")
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
def export(out_root, fmt, out_dir, base_url):
    """Export the records under OUT in an open format."""
    from agendapack.pipeline.publish.export import export_records

    written = export_records(out_root, fmt, out_dir, base_url=base_url)
    click.echo(f"wrote {len(written)} file(s) to {out_dir}")


if __name__ == "__main__":  # pragma: no cover
    main()

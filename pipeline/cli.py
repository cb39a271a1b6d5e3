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
def schema(output):
    """Print the JSON Schema of pack.json."""
    from agendapack.model import pack_json_schema
    from agendapack.pipeline.outputs.io import dumps_json

    text = dumps_json(pack_json_schema())
    _emit(text, output)


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


if __name__ == "__main__":  # pragma: no cover
    main()

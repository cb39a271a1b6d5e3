"""The tables stage: fills `tables`, `actions`, `forward_plan` and `work_programme` of a pack.

Tables are found on the raw pages the extract stage read (characters and ruling lines), joined
across page breaks, classified by their headings, and plan tables become canonical records
(tables/find.py, tables/merge.py, tables/records.py). This module only wires them: which pages
to search, in this process or in the page shards, and where the records go in the pack.
"""

from __future__ import annotations

from agendapack.extractors.tables.find import extract_tables
from agendapack.extractors.tables.merge import merge_across_pages
from agendapack.extractors.tables.model import LogicalTable
from agendapack.extractors.tables.records import pack_records
from agendapack.extractors.tables.settings import DEFAULT_TABLE_SETTINGS, TableSettings
from agendapack.pipeline.shards import TableRequest
from agendapack.pipeline.stages import PackContext, stage

# documents whose pages hold running text, lists and forms, not unruled tables (ruled tables
# are still read on them)
NO_TEXT_TABLES = {"front_sheet", "agenda", "covering_letter", "separator"}


def table_requests(ctx: PackContext) -> list[TableRequest]:
    """The pages to search for tables (not scans, not blank), each with its body lines and
    whether it takes ruled tables only."""
    layer = ctx.text
    skip = set(layer.scanned_pages) | set(layer.blank_pages)
    no_text = {
        n for d in ctx.record.documents if d.kind in NO_TEXT_TABLES for n in range(d.pages.first, d.pages.last + 1)
    }
    return [
        TableRequest(page=p.number, body_positions=p.body_positions, ruled_only=p.number in no_text)
        for p in layer.pages
        if p.number not in skip
    ]


def tables_for(ctx: PackContext, settings: TableSettings = DEFAULT_TABLE_SETTINGS) -> list[LogicalTable]:
    """The pack's tables, found on the raw pages this process read."""
    requests = table_requests(ctx)
    wanted = {r.page for r in requests}
    pages = [p for p in ctx.raw_pages if p.number in wanted]
    body = {p.number: p.lines for p in ctx.text.pages}
    no_text = {r.page for r in requests if r.ruled_only}
    return extract_tables(pages, settings, body, no_text_pages=no_text)


def add_table_records(ctx: PackContext, tables: list[LogicalTable]) -> None:
    """File the pack's tables (joined across page breaks) as records: every table, the
    canonical rows of the plan tables (actions, forward plan, work programme), and what could
    not be settled about them (a continuation left apart) among the pack's warnings."""
    pack, records = ctx.record, pack_records(tables)
    pack.tables.extend(records.tables)
    pack.actions.extend(records.actions)
    pack.forward_plan.extend(records.forward_plan)
    pack.work_programme.extend(records.work_programme)
    pack.warnings.extend(records.warnings)


def _add_page_tables(ctx: PackContext, page_tables: list[LogicalTable]) -> None:
    add_table_records(ctx, merge_across_pages(page_tables, DEFAULT_TABLE_SETTINGS))


@stage("tables", after="documents", reads_pages=True)
def tables_stage(ctx: PackContext) -> None:
    # the costliest stage, and only the minutes stage may run beside it
    if ctx.shards is not None:
        # the shard processes hold the pages: each finds the tables on its own
        pending = ctx.shards.find_tables(DEFAULT_TABLE_SETTINGS, table_requests(ctx))
        if ctx.settings.jobs > 1:
            ctx.pending.append((pending, _add_page_tables))  # the minutes are read meanwhile
        else:
            _add_page_tables(ctx, pending.result())  # one process at work at a time
    elif ctx.raw_pages:
        add_table_records(ctx, tables_for(ctx))

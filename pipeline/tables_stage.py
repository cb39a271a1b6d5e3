"""The tables stage: fills `tables`, `actions`, `forward_plan` and `work_programme` of a pack.

Tables are found on the raw pages the extract stage read (characters and ruling lines), joined
across page breaks, classified by their headings, and plan tables become canonical records.
"""

from __future__ import annotations

from agendapack.extractors.tables.classify import action_records, classify, forward_plan_records, work_programme_records
from agendapack.extractors.tables.find import LogicalTable, extract_tables, merge_across_pages
from agendapack.extractors.tables.settings import DEFAULT_TABLE_SETTINGS, TableSettings
from agendapack.model import Action, ForwardPlanItem, PageSpan, Region, Table, TableRow, WorkProgrammeMeeting
from agendapack.pipeline.shards import TableRequest
from agendapack.pipeline.stages import PackContext, stage


def _table_record(t: LogicalTable, table_id: str, kind: str) -> Table:
    rows = []
    for r in t.rows:
        pages = sorted(set(r.pages))
        rows.append(
            TableRow(
                cells={c: v for c, v in zip(t.columns, r.cells)},
                group=r.group,
                pages=PageSpan(first=pages[0], last=pages[-1]),
            )
        )
    pages = sorted(set(t.pages))
    return Table(
        id=table_id,
        kind=kind,
        title=t.title,
        pages=PageSpan(first=pages[0], last=pages[-1]),
        columns=list(t.columns),
        rows=rows,
        ruled=t.ruled,
        header_rows=t.header_rows,
        groups=list(t.groups),
        regions=[
            Region(page=p.page, x0=round(p.bbox[0], 1), top=round(p.bbox[1], 1), x1=round(p.bbox[2], 1), bottom=round(p.bbox[3], 1))
            for p in t.parts
        ],
    )


# documents whose pages hold running text, lists and forms, not unruled tables (ruled tables
# are still read on them)
NO_TEXT_TABLES = {"front_sheet", "agenda", "covering_letter", "separator"}


def table_requests(ctx: PackContext) -> list[TableRequest]:
    """The pages to search for tables (not scans, not blank), each with its body lines and
    whether it takes ruled tables only."""
    layer = ctx.layer
    skip = set(layer.scanned_pages) | set(layer.blank_pages)
    no_text = {
        n for d in ctx.pack.documents if d.kind in NO_TEXT_TABLES for n in range(d.pages.first, d.pages.last + 1)
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
    body = {p.number: p.lines for p in ctx.layer.pages}
    no_text = {r.page for r in requests if r.ruled_only}
    return extract_tables(pages, settings, body, no_text_pages=no_text)


def add_table_records(ctx: PackContext, tables: list[LogicalTable]) -> None:
    """File the pack's tables (joined across page breaks) as records: every table, and the
    canonical rows of the plan tables (actions, forward plan, work programme)."""
    pack = ctx.pack
    for n, t in enumerate(tables, start=1):
        if not t.rows:
            continue
        table_id = f"table-{n:02d}"
        kind = classify(t)
        pack.tables.append(_table_record(t, table_id, kind))
        if kind == "action_plan":
            pack.actions += [Action(table=table_id, **rec) for rec in action_records(t)]
        elif kind == "forward_plan":
            pack.forward_plan += [ForwardPlanItem(table=table_id, **rec) for rec in forward_plan_records(t)]
        elif kind == "work_programme":
            pack.work_programme += [WorkProgrammeMeeting(table=table_id, **rec) for rec in work_programme_records(t)]


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

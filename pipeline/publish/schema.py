"""The tables of the published database, in one place: columns, keys, descriptions and the
columns searched in full text. The database writer creates them from this, the Datasette
metadata describes them from it, and the NDJSON export lists them from it.

Every row of a record table carries where it came from: `pack_id` (the PDF's sha256, the id of
its row in `packs`), `source_file` (the PDF's file name) and `first_page`/`last_page` (physical
pages, 1-based). Row ids are the pack's hash (first 16 hex digits) and the row's path in the
record (`3f2a…/minutes/0/items/4/resolutions/1`): the same record gives the same ids, so a pack
published again replaces its rows in place instead of adding copies.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# a column: (name, SQLite affinity as a Python type, description)
Column = tuple[str, type, str]

PROVENANCE: list[Column] = [
    ("pack_id", str, "sha256 of the source PDF: the pack this row was read from (packs.id)"),
    ("source_file", str, "file name of the source PDF"),
    ("first_page", int, "first physical page (1-based) the row was read from"),
    ("last_page", int, "last physical page the row was read from"),
]


@dataclass(frozen=True)
class TableSpec:
    name: str
    description: str
    columns: list[Column]
    # (column, table it points to): every one points to that table's `id`
    foreign_keys: list[tuple[str, str]] = field(default_factory=list)
    # columns indexed in full text (SQLite FTS5, kept up to date by triggers)
    search: list[str] = field(default_factory=list)
    # whether the row carries PROVENANCE (every table but `packs`)
    provenance: bool = True

    @property
    def all_columns(self) -> list[Column]:
        head: list[Column] = [("id", str, "stable row id: pack hash and the row's path in the record")]
        return head + (PROVENANCE if self.provenance else []) + self.columns

    @property
    def column_names(self) -> list[str]:
        return [c[0] for c in self.all_columns]


PACKS = TableSpec(
    "packs",
    "One row per published pack.json: what was written, so an unchanged record is not written again.",
    [
        ("folder", str, "output folder of the pack, relative to the published folder"),
        ("source_file", str, "file name of the source PDF"),
        ("pages", int, "physical pages of the PDF"),
        ("schema_version", str, "version of the record schema"),
        ("record_hash", str, "sha256 of pack.json and of the publisher's version: a change republishes the pack"),
        ("warnings", str, "JSON list of the parse's warnings"),
    ],
    provenance=False,
)

TABLES: list[TableSpec] = [
    PACKS,
    TableSpec(
        "meetings",
        "The meeting each pack is for, from its front sheet (or the minutes' heading).",
        [
            ("council", str, "the council (authority)"),
            ("body", str, "the committee or body that meets"),
            ("date", str, "ISO 8601 date of the meeting"),
            ("year", int, "year of the meeting"),
            ("start_time", str, "HH:MM, 24-hour"),
            ("venue", str, "where the meeting is held"),
            ("published", str, "ISO date the agenda was issued"),
            ("contact_name", str, "the clerk or officer to contact"),
            ("contact_email", str, "their email"),
            ("contact_phone", str, "their phone"),
        ],
        [("pack_id", "packs")],
    ),
    TableSpec(
        "members",
        "Members of the body named on the front sheet.",
        [
            ("meeting_id", str, "the meeting (meetings.id)"),
            ("name", str, "as printed"),
            ("honorific", str, "Cllr, Mr, Mrs, …"),
            ("role", str, "Chairman, Vice-Chairman, …"),
        ],
        [("pack_id", "packs"), ("meeting_id", "meetings")],
    ),
    TableSpec(
        "documents",
        "The papers a pack is made of (front sheet, agenda, minutes, reports, appendices).",
        [
            ("kind", str, "front_sheet, agenda, minutes, report, appendix, table, …"),
            ("title", str, "title as printed"),
            ("agenda_item", str, "number of the agenda item the paper is filed under"),
            ("printed_first", int, "first page number as printed"),
            ("printed_last", int, "last page number as printed"),
        ],
        [("pack_id", "packs")],
    ),
    TableSpec(
        "agenda_items",
        "Agenda items in the order printed; sub-items point to their item through parent_id.",
        [
            ("parent_id", str, "the item this is a sub-item of (agenda_items.id)"),
            ("position", int, "order in the agenda, sub-items included"),
            ("number", str, "as printed: '5', '2.1', '10.1(a)'"),
            ("title", str, "title as printed"),
            ("part", str, "public or exempt"),
            ("sitting", str, "sitting heading the item is listed under"),
            ("printed_first", int, "first page of its papers as the agenda prints it"),
            ("printed_last", int, "last page of its papers as the agenda prints it"),
            ("papers_first", int, "first physical page of its papers in the PDF"),
            ("papers_last", int, "last physical page of its papers in the PDF"),
            ("references", str, "JSON list of the bracketed pointers after the title"),
        ],
        [("pack_id", "packs"), ("parent_id", "agenda_items")],
        search=["number", "title"],
    ),
    TableSpec(
        "minutes",
        "Minutes of a meeting found in a pack (one pack may hold the minutes of earlier meetings).",
        [
            ("body", str, "the body that met"),
            ("date", str, "ISO date of the meeting minuted"),
            ("year", int, "year of that meeting"),
            ("venue", str, "where it met"),
            ("start_time", str, "HH:MM"),
            ("end_time", str, "HH:MM"),
            ("agenda_item", str, "agenda item of the pack the minutes are filed under"),
        ],
        [("pack_id", "packs")],
    ),
    TableSpec(
        "attendance",
        "Who attended, sent apologies, was absent or substituted, from the minutes.",
        [
            ("minutes_id", str, "the minutes (minutes.id)"),
            ("name", str, "as printed"),
            ("honorific", str, "Cllr, Mr, Mrs, …"),
            ("role", str, "role as printed"),
            ("status", str, "present, in_attendance, also_present, virtual, apologies, absent, substitute"),
            ("substitute_for", str, "the member a substitute stood in for"),
        ],
        [("pack_id", "packs"), ("minutes_id", "minutes")],
    ),
    TableSpec(
        "minute_items",
        "Numbered items of the minutes, with their text.",
        [
            ("minutes_id", str, "the minutes (minutes.id)"),
            ("position", int, "order in the minutes"),
            ("number", str, "as printed"),
            ("title", str, "heading as printed"),
            ("agenda_item", str, "agenda item number it minutes"),
            ("text", str, "the item's text"),
        ],
        [("pack_id", "packs"), ("minutes_id", "minutes")],
        search=["title", "text"],
    ),
    TableSpec(
        "resolutions",
        "What was resolved under a minute item.",
        [
            ("minutes_id", str, "the minutes (minutes.id)"),
            ("minute_item_id", str, "the minute item (minute_items.id)"),
            ("number", str, "number of the resolution as printed"),
            ("text", str, "text of the resolution"),
            ("outcome", str, "noted, agreed, approved, recommended, deferred, other"),
        ],
        [("pack_id", "packs"), ("minutes_id", "minutes"), ("minute_item_id", "minute_items")],
        search=["text"],
    ),
    TableSpec(
        "motions",
        "Motions and amendments moved under a minute item.",
        [
            ("minutes_id", str, "the minutes (minutes.id)"),
            ("minute_item_id", str, "the minute item (minute_items.id)"),
            ("motion_key", str, "the motion's id in the record ('291.m2')"),
            ("kind", str, "motion, amendment, substantive"),
            ("text", str, "text of the motion"),
            ("mover", str, "who moved it"),
            ("seconder", str, "who seconded it"),
            ("result", str, "carried, lost, approved, withdrawn, other"),
        ],
        [("pack_id", "packs"), ("minutes_id", "minutes"), ("minute_item_id", "minute_items")],
    ),
    TableSpec(
        "vote_events",
        "Votes taken: the result and the counts; the named votes are in `votes`.",
        [
            ("minutes_id", str, "the minutes (minutes.id)"),
            ("minute_item_id", str, "the minute item (minute_items.id)"),
            ("motion_id", str, "the motion voted on (motions.id)"),
            ("result", str, "carried, lost, approved, other"),
            ("yes", int, "votes for"),
            ("no", int, "votes against"),
            ("abstain", int, "abstentions"),
            ("recorded", int, "1 when the minutes name how each member voted"),
            ("text", str, "the vote as printed"),
        ],
        [("pack_id", "packs"), ("minutes_id", "minutes"), ("minute_item_id", "minute_items"), ("motion_id", "motions")],
    ),
    TableSpec(
        "votes",
        "One row per named voter and option of a recorded vote.",
        [
            ("vote_event_id", str, "the vote (vote_events.id)"),
            ("voter", str, "name as printed"),
            ("option", str, "yes, no, abstain, …"),
        ],
        [("pack_id", "packs"), ("vote_event_id", "vote_events")],
    ),
    TableSpec(
        "plan_tables",
        "Tables read from the papers (action plans, forward plans, work programmes, budgets, risk registers).",
        [
            ("table_key", str, "the table's id in the record ('table-03')"),
            ("kind", str, "action_plan, forward_plan, work_programme, risk_register, financial, other"),
            ("title", str, "title as printed"),
            ("columns", str, "JSON list of the column headers"),
            ("groups", str, "JSON list of the section banners inside the table"),
            ("ruled", int, "1 when the table is drawn with rules"),
        ],
        [("pack_id", "packs")],
    ),
    TableSpec(
        "plan_rows",
        "Rows of those tables: the cells as JSON, plus the key (first) column.",
        [
            ("table_id", str, "the table (plan_tables.id)"),
            ("position", int, "order in the table"),
            ("key", str, "the row's cell in the first column"),
            ("grp", str, "the section banner the row sits under"),
            ("cells", str, "JSON object: column header -> cell text"),
        ],
        [("pack_id", "packs"), ("table_id", "plan_tables")],
    ),
    TableSpec(
        "actions",
        "Actions of action plans, with lead, dates and status.",
        [
            ("table_id", str, "the table (plan_tables.id)"),
            ("ref", str, "the action's reference"),
            ("action", str, "what is to be done"),
            ("lead", str, "who leads it"),
            ("start", str, "ISO date (YYYY-MM when only a month is printed)"),
            ("end", str, "ISO date (YYYY-MM when only a month is printed)"),
            ("start_text", str, "start as printed"),
            ("end_text", str, "end as printed"),
            ("status", str, "status as printed"),
            ("progress", str, "progress as printed"),
            ("measures", str, "measures of success"),
            ("targets", str, "targets"),
            ("workstream", str, "workstream or theme"),
            ("original", str, "JSON object: the row's cells as printed"),
        ],
        [("pack_id", "packs"), ("table_id", "plan_tables")],
        search=["ref", "action", "lead"],
    ),
    TableSpec(
        "forward_plan",
        "Decisions listed in forward plans.",
        [
            ("table_id", str, "the table (plan_tables.id)"),
            ("decision", str, "the decision to be taken"),
            ("further_information", str, "further information"),
            ("meeting", str, "the decision meeting heading the row is listed under"),
            ("meeting_date", str, "ISO date (or YYYY-MM) of that meeting"),
            ("wards", str, "wards affected"),
            ("full_council", str, "final decision by Full Council, as printed"),
            ("cabinet_member", str, "cabinet member responsible"),
            ("officer", str, "officer to contact"),
            ("consultation", str, "consultation"),
            ("new_item", str, "new item, as printed"),
            ("private", int, "1 when taken in private"),
            ("private_text", str, "as printed, e.g. 'Private (3)'"),
            ("original", str, "JSON object: the row's cells as printed"),
        ],
        [("pack_id", "packs"), ("table_id", "plan_tables")],
    ),
    TableSpec(
        "work_programme",
        "Meetings of committee work programmes and the items planned for them.",
        [
            ("table_id", str, "the table (plan_tables.id)"),
            ("date", str, "ISO date of the planned meeting"),
            ("date_text", str, "date as printed"),
            ("room", str, "room"),
            ("items", str, "JSON list of the items planned"),
            ("original", str, "JSON object: the row's cells as printed"),
        ],
        [("pack_id", "packs"), ("table_id", "plan_tables")],
    ),
    TableSpec(
        "pages",
        "Every physical page of every pack, with its text (see text_source).",
        [
            ("page", int, "physical page, 1-based"),
            ("printed", str, "page number as printed on the page"),
            ("scanned", int, "1 when the page has no text layer"),
            ("blank", int, "1 for a separator page"),
            ("text_source", str, "pdf: the page's text read from the PDF (publish --pdfs); record: the texts the "
                                 "record read from the page (pack.json keeps no page text); none: neither"),
            ("text", str, "the page's text"),
        ],
        [("pack_id", "packs")],
        search=["text"],
    ),
    TableSpec(
        "plan_changes",
        "Changes between two versions of a plan, from the diff.json files of `agendapack diff`; pages are "
        "the newer version's (the older's for a removed row).",
        [
            ("diff_file", str, "the diff.json the change was read from, relative to the published folder"),
            ("old_pack_id", str, "sha256 of the older version's PDF (pack_id: the newer's)"),
            ("old_file", str, "file name of the older version's PDF"),
            ("table_position", int, "the table's position in the diff"),
            ("table_kind", str, "kind of the table (as in plan_tables), or 'minutes'"),
            ("table_title", str, "title of the table in the newer version (else the older)"),
            ("position", int, "the change's position in its table"),
            ("change_type", str, "added, removed, renumbered, moved, changed"),
            ("kind", str, "for a changed cell: date_slip, date_forward, status, lead, target, money, text"),
            ("key", str, "the row's key"),
            ("column_name", str, "the changed column, named as in the newer version"),
            ("old_value", str, "old cell text (JSON object of the row for a removed row)"),
            ("new_value", str, "new cell text (JSON object of the row for an added row)"),
            ("change", str, "JSON object: the change as the diff writes it"),
        ],
    ),
]

BY_NAME = {t.name: t for t in TABLES}

"""Datasette metadata for the published database, written beside it as `<db>.metadata.json`:
a title, every table and column described (from `schema.TABLES`), facets, the full-text
search tables, and the canned queries. `datasette council.db -m council.metadata.json`."""

from __future__ import annotations

from pathlib import Path

from agendapack.pipeline.outputs.io import dumps_json, write_if_changed
from agendapack.pipeline.publish.schema import TABLES

TITLE = "Council meetings, minutes and plans"
DESCRIPTION = (
    "Records read from council agenda packs and minutes by agendapack: meetings, agendas, minutes, "
    "attendance, resolutions, motions and votes, plans and their actions, and the text of every page. "
    "Every row names the pack (PDF) and the pages it was read from."
)

# table -> columns Datasette offers as facets
FACETS = {
    "meetings": ["council", "body", "year"],
    "minutes": ["body", "year"],
    "documents": ["kind"],
    "attendance": ["status"],
    "resolutions": ["outcome"],
    "motions": ["kind", "result"],
    "vote_events": ["result"],
    "votes": ["option"],
    "plan_tables": ["kind"],
    "actions": ["lead", "status"],
    "pages": ["text_source"],
    "plan_changes": ["change_type"],
}

# a phrase search: the term's words in order, whatever FTS5 operators or quotes it holds
_PHRASE = "'\"' || replace(:term, '\"', '\"\"') || '\"'"

QUERIES = {
    "votes_by_member": {
        "title": "Votes by member",
        "description": "Every recorded vote of a member (part of a name is enough, e.g. 'Hood'): how they "
                       "voted, on what, the result, and where it is minuted.",
        "sql": """SELECT v.voter, v.option, ve.result, ve.yes, ve.no, ve.abstain,
       mo.text AS motion, mi.number AS item, mi.title AS item_title,
       m.body, m.date AS meeting_date, v.source_file, v.first_page AS page, v.pack_id, ve.id AS vote_event_id
FROM votes v
JOIN vote_events ve ON ve.id = v.vote_event_id
JOIN minute_items mi ON mi.id = ve.minute_item_id
JOIN minutes m ON m.id = ve.minutes_id
LEFT JOIN motions mo ON mo.id = ve.motion_id
WHERE v.voter LIKE '%' || :member || '%'
ORDER BY m.date, v.pack_id, ve.first_page, ve.id""",
    },
    "resolutions_mentioning": {
        "title": "Resolutions mentioning a term",
        "description": "Full-text search of resolutions (words are stemmed: 'transport' finds 'transported'), "
                       "with the meeting they were made at and the page.",
        "sql": f"""SELECT r.number, r.text, r.outcome, coalesce(m.date, mt.date) AS meeting_date,
       coalesce(m.body, mt.body) AS body, mt.council, r.source_file, r.first_page AS page, r.pack_id, r.id
FROM resolutions_fts f
JOIN resolutions r ON r.rowid = f.rowid
JOIN minutes m ON m.id = r.minutes_id
LEFT JOIN meetings mt ON mt.pack_id = r.pack_id
WHERE resolutions_fts MATCH {_PHRASE}
ORDER BY meeting_date DESC, r.pack_id, r.first_page""",
    },
    "actions_slipped": {
        "title": "Actions slipped since the last version",
        "description": "Dates that moved later since the previous version of a plan: the date_slip changes of "
                       "`agendapack diff` (plan_changes), and actions whose end date is later than in the latest "
                       "earlier pack of the same council holding an action with the same reference.",
        "sql": """WITH versioned AS (
  SELECT a.*, coalesce(mt.date, '') AS version_date, mt.council
  FROM actions a JOIN meetings mt ON mt.pack_id = a.pack_id
  WHERE a.ref IS NOT NULL AND a."end" IS NOT NULL
)
SELECT new.ref AS ref, new.action AS action, new.lead AS lead, 'end' AS "column", old."end" AS previous_end, new."end" AS "end",
       old.end_text AS previous_end_text, new.end_text AS end_text, new.council AS council,
       old.source_file AS previous_file, new.source_file, new.first_page AS page, new.pack_id, new.id,
       'actions' AS found_by
FROM versioned new
JOIN versioned old ON old.ref = new.ref AND old.council IS new.council AND old.pack_id = (
  SELECT p.pack_id FROM versioned p
  WHERE p.ref = new.ref AND p.council IS new.council AND p.pack_id != new.pack_id
    AND (p.version_date < new.version_date OR (p.version_date = new.version_date AND p.source_file < new.source_file))
  ORDER BY p.version_date DESC, p.source_file DESC LIMIT 1)
WHERE new."end" > old."end"
UNION ALL
SELECT c.key, NULL, NULL, c.column_name, c.old_value, c.new_value, c.old_value, c.new_value, mt.council,
       c.old_file, c.source_file, c.first_page, c.pack_id, c.id, 'diff'
FROM plan_changes c LEFT JOIN meetings mt ON mt.pack_id = c.pack_id
WHERE c.kind = 'date_slip'
ORDER BY council, ref""",
    },
    "meetings_by_body": {
        "title": "Meetings by body",
        "description": "The meetings of a body (part of its name), from agenda front sheets and minutes, by date.",
        "sql": """SELECT body, council, date, start_time, venue, 'agenda' AS found_in, source_file, pack_id
FROM meetings WHERE body LIKE '%' || :body || '%'
UNION ALL
SELECT m.body, mt.council, m.date, m.start_time, m.venue, 'minutes', m.source_file, m.pack_id
FROM minutes m LEFT JOIN meetings mt ON mt.pack_id = m.pack_id
WHERE m.body LIKE '%' || :body || '%'
ORDER BY body, date""",
    },
}


def metadata_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}.metadata.json")


def build_metadata(db_name: str) -> dict:
    tables = {}
    for spec in TABLES:
        entry: dict = {
            "description": spec.description,
            "columns": {name: text for name, _, text in spec.all_columns},
        }
        if spec.name in FACETS:
            entry["facets"] = FACETS[spec.name]
        if spec.search:
            entry["fts_table"] = f"{spec.name}_fts"
            entry["description"] += f" Full-text search over: {', '.join(spec.search)}."
        tables[spec.name] = entry
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "databases": {db_name: {"tables": tables, "queries": QUERIES}},
    }


def write_metadata(db_path: str | Path) -> Path:
    target = metadata_path(db_path)
    write_if_changed(target, dumps_json(build_metadata(Path(db_path).stem)).encode("utf-8"))
    return target

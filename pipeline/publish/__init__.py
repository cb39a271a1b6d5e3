"""Publish the records of many packs as data: one SQLite database (`database`), the Datasette
metadata beside it (`metadata`), and exports in open standards (`ocd`, `popolo`, `ndjson`)."""

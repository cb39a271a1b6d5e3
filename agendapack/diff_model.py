"""The record model of a plan-version diff: what `agendapack diff OLD NEW` writes to `diff.json`.

A diff pairs the tables (and minutes) of two versions of a document and lists, per pair of
tables, what changed between them: rows added, removed, renumbered and moved, and changed cells
typed as analysts ask about them (a date slipped, a lead re-assigned, a figure re-costed).
Every change carries the physical page of each version it was read from.

The JSON Schema published in `schema/diff.schema.json` is generated from these classes
(`agendapack schema --diff`), so the two cannot drift apart.
"""

from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

DIFF_SCHEMA_VERSION = "1.0"

ChangeType = Literal["added", "removed", "renumbered", "moved", "changed"]
ChangeKind = Literal["date_slip", "date_forward", "status", "lead", "target", "money", "text"]
CHANGE_TYPES: tuple[str, ...] = ("added", "removed", "renumbered", "moved", "changed")
CHANGE_KINDS: tuple[str, ...] = ("date_slip", "date_forward", "status", "lead", "target", "money", "text")


class DiffRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")


class DiffSource(DiffRecord):
    """One version: the file it was read from."""

    file: str
    sha256: str
    pages: int


class Delta(DiffRecord):
    """How far a date moved or a figure changed (new minus old)."""

    days: Optional[int] = Field(None, description="shift of a date printed to the day")
    months: Optional[int] = Field(None, description="shift of a date printed to the month (or year: 12 a year)")
    amount: Optional[float] = Field(None, description="difference of a money figure, in its printed unit")
    percent: Optional[float] = Field(None, description="difference as a percentage of the old figure")


class WordChange(DiffRecord):
    """One run of words of a long text cell: kept (`=`), deleted (`-`) or inserted (`+`)."""

    op: Literal["=", "-", "+"]
    text: str


class Change(DiffRecord):
    type: ChangeType
    key: Optional[str] = Field(None, description="the row's key (its new key when it has one)")
    old_key: Optional[str] = None
    new_key: Optional[str] = None
    group: Optional[str] = Field(None, description="the section banner the row sits under")
    column: Optional[str] = Field(None, description="the changed column, named as in the new version")
    old: Union[str, dict[str, str], None] = Field(
        None, description="old cell text; the whole old row (column -> text) for a removed row; old group for a move")
    new: Union[str, dict[str, str], None] = Field(
        None, description="new cell text; the whole new row for an added row; new group for a move")
    kind: Optional[ChangeKind] = Field(None, description="what kind of value changed (for `changed`)")
    delta: Optional[Delta] = None
    old_page: Optional[int] = None
    new_page: Optional[int] = None
    words: list[WordChange] = Field(default_factory=list, description="word-level changes of a long text cell")


class TableDiff(DiffRecord):
    old_title: Optional[str] = None
    new_title: Optional[str] = None
    kind: str = Field(description="table kind (as in pack.json), or 'minutes'")
    status: Literal["paired", "added", "removed"] = Field(
        "paired", description="'added'/'removed': the table has no partner in the other version (reported whole)")
    key_column: Optional[str] = Field(None, description="column rows were matched by (None: by content)")
    old_pages: Optional[list[int]] = Field(None, description="first and last physical page in the old version")
    new_pages: Optional[list[int]] = None
    rows: int = Field(0, description="rows of the table (of the version that has it, for an unpaired table)")
    renamed_columns: dict[str, str] = Field(default_factory=dict, description="old column name -> new name")
    added_columns: list[str] = Field(default_factory=list)
    removed_columns: list[str] = Field(default_factory=list)
    summary: dict[str, int] = Field(default_factory=dict, description="count per change type and per kind")
    changes: list[Change] = Field(default_factory=list)


class PackDiff(DiffRecord):
    schema_version: str = DIFF_SCHEMA_VERSION
    old: DiffSource
    new: DiffSource
    summary: dict[str, int] = Field(default_factory=dict, description="counts over every table")
    tables: list[TableDiff] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def count_changes(changes: list[Change]) -> dict[str, int]:
    """Changes per type and, for changed cells, per kind; every type and kind present, zeros too."""
    counts = {t: 0 for t in CHANGE_TYPES} | {k: 0 for k in CHANGE_KINDS}
    for c in changes:
        counts[c.type] += 1
        if c.kind:
            counts[c.kind] += 1
    return counts


def diff_json_schema() -> dict:
    schema = PackDiff.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    # no `$id`: like pack.schema.json, published with the package at no address of its own
    return schema

"""The record model: the one contract every stage reads and writes.

A pack record (`Pack`) is what `agendapack parse` writes to `out/<pack>/pack.json`. Extractors
build the parts, renderers and exporters only read them. Every extracted value carries the
*physical* page (1-based index into the PDF) it came from; printed page numbers ("Page 7") are
kept separately because agendas cite them.

The JSON Schema published in `schema/pack.schema.json` is generated from these classes
(`agendapack schema`), so the two cannot drift apart.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, Optional

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic.json_schema import JsonDict

SCHEMA_VERSION = "1.0"

# the shapes of values the schema constrains (pydantic checks them too, so a record that breaks
# one is never written): a full ISO date, an ISO date or month ("2025-03" when only a month is
# printed), a 24-hour time, a SHA-256 in lower-case hex
ISO_DATE = r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"
ISO_DATE_OR_MONTH = r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$"
TIME_24 = r"^([01]\d|2[0-3]):[0-5]\d$"
SHA256 = r"^[0-9a-f]{64}$"
DATE_FORMAT: JsonDict = {"format": "date"}


def _a_real_date(value: str) -> str:
    """The pattern lets 2025-02-30 through; the calendar does not (as the `date` format does not)."""
    date.fromisoformat(value)
    return value


# a full ISO date that exists in the calendar
IsoDate = Annotated[str, Field(pattern=ISO_DATE), AfterValidator(_a_real_date)]


def iso_date(description: str = "ISO 8601 date") -> Any:
    """A field holding a full ISO date (`IsoDate`, or null) carries the JSON Schema `date` format."""
    return Field(None, description=description, json_schema_extra=DATE_FORMAT)


def iso_date_or_month(description: str) -> Any:
    return Field(None, description=description, pattern=ISO_DATE_OR_MONTH)


def time_24(description: str = "HH:MM, 24-hour") -> Any:
    return Field(None, description=description, pattern=TIME_24)


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PageSpan(Record):
    """Pages first to last, both included (JSON Schema cannot say first <= last: `agendapack
    validate` and this model check it)."""

    first: int = Field(ge=0)
    last: int = Field(ge=0)

    @model_validator(mode="after")
    def _in_order(self) -> "PageSpan":
        if self.first > self.last:
            raise ValueError(f"first page {self.first} is after the last page {self.last}")
        return self

    def __contains__(self, page: int) -> bool:
        return self.first <= page <= self.last


class Source(Record):
    """Where one value was read: physical page and the text as printed."""

    page: int
    text: Optional[str] = None


class PrintedPage(Record):
    page: int = Field(description="physical page, 1-based")
    printed: str = Field(description="page number as printed on the page, e.g. '7'")


class SourceFile(Record):
    file: str
    sha256: str = Field(pattern=SHA256, description="SHA-256 of the PDF's bytes, lower-case hex")
    pages: int = Field(ge=0)
    scanned_pages: list[int] = Field(default_factory=list)
    blank_pages: list[int] = Field(
        default_factory=list, description="separator pages ('This page is intentionally left blank')"
    )
    printed_pages: list[PrintedPage] = Field(default_factory=list)


class Person(Record):
    name: str
    honorific: Optional[str] = None
    role: Optional[str] = None
    page: int


class Contact(Record):
    name: Optional[str] = None
    phone: Optional[str] = None
    email: Optional[str] = None
    page: Optional[int] = None


class Meeting(Record):
    council: Optional[str] = None
    body: Optional[str] = None
    date: Optional[IsoDate] = iso_date()
    start_time: Optional[str] = time_24()
    venue: Optional[str] = None
    members: list[Person] = Field(default_factory=list)
    contact: Optional[Contact] = None
    published: Optional[IsoDate] = iso_date("ISO 8601 date the agenda was issued")
    date_order: Optional[Literal["day_first", "month_first"]] = Field(
        None, description="how numeric dates (01/02/2025) were read: set by --dayfirst/--monthfirst, "
        "or told by the document's country (provenance['date_order'] cites the text)"
    )
    provenance: dict[str, Source] = Field(
        default_factory=dict, description="field name -> page and printed text it was read from"
    )


DocumentKind = Literal[
    "front_sheet",
    "agenda",
    "covering_letter",
    "minutes",
    "report",
    "appendix",
    "decision_record",
    "questions",
    "table",
    "separator",
    "other",
]


class Document(Record):
    kind: DocumentKind
    title: Optional[str] = None
    agenda_item: Optional[str] = None
    pages: PageSpan = Field(description="physical pages")
    printed_pages: Optional[PageSpan] = None


class AgendaItem(Record):
    number: str = Field(description="as printed, without trailing dot: '5', '2.1', '10.1(a)', 'D1'")
    number_printed: bool = Field(
        True, description="false for a section number implied by its sub-items (2.01, 2.02 under an unnumbered heading)"
    )
    title: str
    pages: Optional[PageSpan] = Field(None, description="printed page range given by the agenda")
    physical_pages: Optional[PageSpan] = Field(
        None, description="physical pages of the item's documents in this PDF, when present"
    )
    references: list[str] = Field(
        default_factory=list, description="bracketed pointers to the papers printed after the title"
    )
    part: Literal["public", "exempt"] = "public"
    parent: Optional[str] = None
    sitting: Optional[str] = None
    page: int = Field(description="physical page where the item is listed")
    subitems: list["AgendaItem"] = Field(default_factory=list)


# ----- minutes (filled by the minutes stage) ---------------------------------------------------


class Attendee(Record):
    name: str
    honorific: Optional[str] = None
    role: Optional[str] = None
    status: Literal[
        "present", "in_attendance", "also_present", "virtual", "apologies", "absent", "substitute"
    ]
    substitute_for: Optional[str] = None
    page: int


class Resolution(Record):
    number: Optional[str] = None
    text: str
    outcome: Literal["noted", "agreed", "approved", "recommended", "deferred", "other"] = "other"
    page: int


class Motion(Record):
    id: str
    kind: Literal["motion", "amendment", "substantive"] = "motion"
    text: Optional[str] = None
    mover: Optional[str] = None
    seconder: Optional[str] = None
    result: Optional[Literal["carried", "lost", "approved", "withdrawn", "other"]] = None
    page: int


class VoteCounts(Record):
    yes: Optional[int] = None
    no: Optional[int] = None
    abstain: Optional[int] = None


class VoteEvent(Record):
    motion: Optional[str] = Field(None, description="id of the Motion voted on")
    result: Optional[Literal["carried", "lost", "approved", "other"]] = None
    counts: VoteCounts = Field(default_factory=VoteCounts)
    voters: dict[str, list[str]] = Field(default_factory=dict, description="option -> names")
    text: Optional[str] = None
    page: int


class MinuteItem(Record):
    number: Optional[str] = None
    title: Optional[str] = None
    agenda_item: Optional[str] = None
    text: str = ""
    pages: PageSpan
    resolutions: list[Resolution] = Field(default_factory=list)
    motions: list[Motion] = Field(default_factory=list)
    votes: list[VoteEvent] = Field(default_factory=list)


class MinutesMeeting(Record):
    body: Optional[str] = None
    date: Optional[IsoDate] = iso_date()
    venue: Optional[str] = None
    start_time: Optional[str] = time_24()
    end_time: Optional[str] = time_24()


class Minutes(Record):
    meeting: MinutesMeeting = Field(default_factory=MinutesMeeting)
    agenda_item: Optional[str] = Field(None, description="pack agenda item these minutes are filed under")
    pages: PageSpan
    attendance: list[Attendee] = Field(default_factory=list)
    items: list[MinuteItem] = Field(default_factory=list)


# ----- tables and actions (filled by the tables stage) -----------------------------------------


class Region(Record):
    """A box on a physical page, in PDF points from the top-left corner."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float


class TableRow(Record):
    cells: dict[str, str]
    group: Optional[str] = None
    pages: PageSpan


class Table(Record):
    id: str
    kind: Literal["action_plan", "forward_plan", "work_programme", "risk_register", "financial", "other"] = "other"
    title: Optional[str] = None
    pages: PageSpan
    columns: list[str]
    rows: list[TableRow] = Field(default_factory=list)
    ruled: Optional[bool] = None
    regions: list[Region] = Field(default_factory=list, description="where the table sits on each page")
    header_rows: int = Field(0, description="rows of the printed header (joined into `columns`)")
    groups: list[str] = Field(default_factory=list, description="section banners inside the table, in order")


class Action(Record):
    ref: Optional[str] = None
    action: Optional[str] = None
    lead: Optional[str] = None
    start: Optional[str] = iso_date_or_month("ISO date, YYYY-MM when only a month is printed")
    end: Optional[str] = iso_date_or_month("ISO date, YYYY-MM when only a month is printed")
    start_text: Optional[str] = None
    end_text: Optional[str] = None
    status: Optional[str] = None
    progress: Optional[str] = None
    measures: Optional[str] = None
    targets: Optional[str] = None
    workstream: Optional[str] = None
    table: str
    page: int
    original: dict[str, str] = Field(default_factory=dict)


class ForwardPlanItem(Record):
    """One decision of a forward plan (a row of a forward-plan table)."""

    decision: Optional[str] = None
    further_information: Optional[str] = None
    meeting: Optional[str] = Field(None, description="the decision meeting heading the row is listed under")
    meeting_date: Optional[str] = iso_date_or_month("ISO date (or YYYY-MM) of that meeting")
    wards: Optional[str] = None
    full_council: Optional[str] = Field(None, description="'Final decision by Full Council' as printed")
    cabinet_member: Optional[str] = None
    officer: Optional[str] = None
    consultation: Optional[str] = None
    new_item: Optional[str] = None
    private: Optional[bool] = None
    private_text: Optional[str] = Field(None, description="as printed, e.g. 'Private (3)'")
    table: str
    page: int
    original: dict[str, str] = Field(default_factory=dict)


class WorkProgrammeMeeting(Record):
    """One meeting of a committee work programme and the items planned for it."""

    date: Optional[str] = iso_date_or_month("ISO date (or YYYY-MM when only a month is printed)")
    date_text: Optional[str] = None
    room: Optional[str] = None
    items: list[str] = Field(default_factory=list)
    table: str
    page: int
    original: dict[str, str] = Field(default_factory=dict)


class Pack(Record):
    schema_version: str = SCHEMA_VERSION
    source: SourceFile
    meeting: Meeting = Field(default_factory=Meeting)
    documents: list[Document] = Field(default_factory=list)
    agenda: list[AgendaItem] = Field(default_factory=list)
    minutes: list[Minutes] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    forward_plan: list[ForwardPlanItem] = Field(default_factory=list)
    work_programme: list[WorkProgrammeMeeting] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def pack_json_schema() -> dict:
    schema = Pack.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    # no `$id`: the schema is published with the package, at no address of its own
    return schema


# ---- helpers over records ----------------------------------------------------------------------


def flat_agenda(items: list[AgendaItem]) -> list[AgendaItem]:
    """Every agenda item, each followed by its sub-items, in the order printed."""
    out = []
    for it in items:
        out.append(it)
        out.extend(flat_agenda(it.subitems))
    return out


def slug(path: str | Path, most_bytes: int = 80) -> str:
    """A safe file name from a file's stem: word characters, dots and hyphens, never starting or
    ending with a dot (so never `.`, `..` or a hidden name), at most `most_bytes` bytes of UTF-8."""
    name = re.sub(r"[^\w.-]+", "_", Path(path).stem).strip("_.")
    name = name.encode("utf-8")[:most_bytes].decode("utf-8", "ignore").strip("_.")
    return name or "pack"

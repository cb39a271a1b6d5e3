"""Property tests (Hypothesis) over the text-level parsers: arbitrary Unicode text (control
characters, combining marks, right-to-left text, very long lines, empty strings; no surrogates,
which a PDF's text layer cannot hold) and arbitrary lines built from it never raise, return what
their signatures say, and finish in bounded time.

Two profiles: the default one (CI, `make test`) is derandomized, a fixed set of 200 examples per
test; `HYPOTHESIS_PROFILE=fuzz` (`make fuzz`) draws 5,000 fresh ones per test (FUZZ_EXAMPLES=n:
another number). Hypothesis keeps
no example database in the working tree: a failure prints its `@reproduce_failure` blob and the
falsifying example, which goes into the test as an `@example`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import time

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from agendapack.extractors import agenda as agenda_ex
from agendapack.extractors import documents as documents_ex
from agendapack.extractors import front_sheet as front_ex
from agendapack.extractors.minutes import attendance as att
from agendapack.extractors.minutes import votes
from agendapack.extractors.minutes.attendance_lines import read_attendance
from agendapack.extractors.minutes.extract import extract_minutes, minutes_from_pages, minutes_spans
from agendapack.extractors.minutes.headings import MinutesParts, find_headings
from agendapack.extractors.minutes.item import analyse_item
from agendapack.extractors.minutes.nlp import load_nlp, sentences_with_labels, word_to_int
from agendapack.extractors.minutes.resolutions import outcome_of, resolution_parts, resolution_triggers
from agendapack.extractors.minutes.text import Para, paragraphs
from agendapack.extractors.tables.model import fix_text, is_number
from agendapack.extractors.text.dates import find_dates, parse_date, parse_plan_date, parse_time
from agendapack.extractors.text.layer import Line, PageText, TextLayer, assemble_text_layer
from agendapack.model import AgendaItem, Contact, Meeting, Minutes, Pack, SourceFile

from .lines import make_line

# ---- profiles ----------------------------------------------------------------------------------

_COMMON = dict(
    deadline=dt.timedelta(seconds=2),  # per example: a regex that backtracks catastrophically fails here
    database=None,  # nothing written into the working tree
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.register_profile("ci", max_examples=200, derandomize=True, **_COMMON)
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", "5000")), **_COMMON)
PROFILE = settings.get_profile("fuzz" if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else "ci")

# ---- text --------------------------------------------------------------------------------------

# words and marks of agendas and minutes, so that drawn text reaches past the first regex
VOCAB = [
    "1.", "2.", "3)", "2.1", "2.01", "19.09.01", "10.1(a)", "5a", "(a)", "(b)", "(iv)", "a)", "I.", "II.", "IV.", "A.", "B)",
    "D1", "E12.", "R2025-042", "TC/24/101", "Item", "Agenda", "AGENDA", "A G E N D A", "agenda", "item", "Minutes",
    "MINUTES", "minutes", "of", "the", "a", "meeting", "Meeting", "held", "at", "on", "in", "Pages", "Page", "page", "3",
    "-", "–", "—", "12", "(Pages 3 - 12)", "(Page 7)", "3 - 12", "RESOLVED", "Resolved", "resolved", "RESOLVES", "that",
    "THAT", "Moved", "moved", "by", "by:", "Seconded", "seconded", "proposed", "and", "&", "Motion", "motion",
    "(motion)", "(second)", "Amendment", "amendment", "substantive", "put", "to", "vote", "Carried.", "CARRIED",
    "Lost", "carried", "lost", "agreed", "unanimously", "nem. con.", "3-1", "For", "Against", "Abstain", "Abstentions",
    "For (52)", "Against: 3", "AYES:", "NOES:", "ABSENT:", "(5)", "five", "votes", "four", "twenty-one", "abstention",
    "abstentions", "in favour", "Present:", "PRESENT:", "Present", "Apologies", "apologies", "Apologies:", "were",
    "received", "from", "In attendance:", "Also present:", "Officers", "Absent:", "Regrets:", "Roll Call",
    "Cllr", "Cllrs", "Councillor", "Councillors", "Councilmember", "Mr", "Mrs", "Ms", "Dr", "Sir", "A.", "J", "K.",
    "Smith", "Jones", "O'Neill", "McKay", "Crow-", "Brown", "Green,", "Lee", "(Chairman)", "(Chair)", "(Vice-Chair)",
    "Clerk", "Town Clerk", "Mayor", "MBE", "VDC", "substituted", "substituting", "substitute", "for", "with", "who",
    "was", "virtually", "remotely", "via", "Zoom", "attended", "Thursday,", "Monday", "30th", "1st", "January",
    "JANUARY", "Sept", "March", "4,", "2025", "2018", "Mar 15", "Q3 2016", "1/12/2021", "31.12.19", "7.00pm", "6.30",
    "pm", "p.m.", "a.m.", "noon", "19:30", "Date:", "Time:", "Venue:", "Location:", "Council", "Chamber", "Town",
    "Hall", "Guildhall", "Room", "District", "County", "City of", "Township of", "Committee", "Planning", "Board",
    "Trustees", "Cabinet", "Contact:", "Contact Officer:", "Ask for:", "Tel:", "Telephone:", "01632 960001",
    "clerk@council.gov.uk", "Members:", "Membership", "Published:", "Issued:", "Part", "2", "Part 2", "Part I",
    "Exempt", "exempt", "CLOSED SESSION", "Closed Session", "Open Session", "REGULAR MEETING", "public", "may",
    "will", "report", "Dear", "Dear Councillor", "Recommendation:", "Subject:", "From:", "£4,984.26", "$ 4 ,984.26",
    "€", "(1,234)", "12%", "-5k", "Appendix", "Appendix A", "Report", "Record of Decision", "•", "▪", "o", ":", ",",
    ".", ";", "(", ")", "((((", "[21-025]", "21-025", "(Staff Report #21-002-CC)", "No.", "No. 4", "(Presentation)",
    "www.example.org", "https://x.org", "Signed", "........", "____", "None", "Nil", "N/A", "This page is intentionally left blank",
    "closed", "meeting closed at 9.05pm", "commenced at", "called to order at", "elected", "be", "Chairman",
]
# control characters, combining marks, bidirectional and zero-width characters, right-to-left letters
ODD_CHARS = (
    "\x00\x01\x07\x08\t\n\x0b\x0c\r\x1b\x1c\x1f\x7f\x85\xa0\xad"
    "\u0300\u0301\u0308\u0327\u0338\u20dd\u0489"
    "\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\ufffd"
    "\u05d0\u05d1\u05e9\u05b8\u0627\u0644\u0639\u0631\u0628\u064a\u0661\u0662\u06f3\u0966"
    "\u00c5\u0130\u0131\u00df\u1e9e\ufb01\u2160\u2163\u00bd\u00b2\u2075\uff11\uff21\U0001d400\U0001f600"
    "aAzZ019 .,:;()-–—£$€%/#@*'’“”\""
)
ASCII_BITS = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=6)
WORD = st.one_of(st.sampled_from(VOCAB), ASCII_BITS, st.text(alphabet=ODD_CHARS, min_size=1, max_size=4), st.text(max_size=4))
COUNCIL_TEXT = st.lists(WORD, max_size=25).map(" ".join)
LONG_TEXT = st.builds(lambda unit, n: shape(unit * n),
                      st.one_of(st.sampled_from(VOCAB).map(lambda w: w + " "), st.text(min_size=1, max_size=3)),
                      st.integers(min_value=200, max_value=2500))
TEXT = st.one_of(st.text(), st.text(alphabet=ODD_CHARS), COUNCIL_TEXT, COUNCIL_TEXT, LONG_TEXT)

# inputs that make a careless regular expression backtrack for ever
ADVERSARIAL = [
    "",
    " ",
    "a" * 10000,
    "A" * 10000,
    "1." * 5000,
    "1" * 10000,
    " " * 10000 + "x",
    "x" + " " * 10000,
    "(" * 5000,
    "((((" * 2500 + "x",
    ")" * 5000,
    "A " * 5000,
    "A. " * 3000,
    "Mr " * 3000,
    "Cllr A Smith, " * 700,
    "was " * 2500,
    "moved " * 2000,
    "apologies from " * 700,
    "1 " * 5000,
    "- " * 5000,
    "1/" * 5000,
    "January " * 1200,
    "12 January " * 900,
    "Pages 1 - " * 1000,
    "\u0301" * 10000,
    "\u202e" * 5000 + "abc",
    "\x00" * 5000,
    "held at " * 1200,
    "RESOLVED " * 1200,
    "For (1) " * 1200,
    ". " * 5000,
    "_" * 10000,
    "Aa" * 5000,
    "Q1 " * 3000,
]


# The widest unbroken run of characters a text-layer line can hold: a 612-point line set in
# the smallest type a PDF prints (about 0.4 pt a character). Lines join their words with one
# space, paragraphs their lines with one space.
LONGEST_WORD = 1500


def shape(s: str) -> str:
    """A string as the text layer can carry it: whitespace runs as one space, no unbroken run of
    characters longer than LONGEST_WORD."""
    s = re.sub(r"\s+", " ", s)
    return re.sub(rf"\S{{{LONGEST_WORD},}}", lambda m: m.group(0)[:LONGEST_WORD], s)


# Several parsers take time quadratic in the length of one unbroken run ("A" * 10000 through a
# name pattern, "((((" * 2500 through spaCy's tokenizer) or of a whitespace run: seconds at 10,000
# characters, milliseconds at LONGEST_WORD. A text layer never holds those runs, so the parsers
# the pipeline only gives text-layer text are held to the time bound on the shaped strings.
SHAPED = list(dict.fromkeys(shape(s) for s in ADVERSARIAL))


def adversarial(*rest, shaped: bool = False):
    """Run the test on every adversarial string too (explicit examples, `rest` the other
    arguments); `shaped`: as the text layer would carry them."""

    def deco(fn):
        for s in reversed(SHAPED if shaped else ADVERSARIAL):
            fn = example(s, *rest)(fn)
        return fn

    return deco


# ---- lines -------------------------------------------------------------------------------------

# a line holds at most LONGEST_WORD characters (30 lines of 10,000 characters are a paragraph of
# 300,000, which spaCy reads in seconds: volume, not backtracking)
LINE_TEXT = TEXT.map(lambda s: s[:LONGEST_WORD] if s[:LONGEST_WORD].split() else s[:LONGEST_WORD] + "x")
LINE_SPEC = st.tuples(
    LINE_TEXT,
    st.sampled_from([36.0, 40.0, 50.0, 58.0, 72.0, 90.0, 118.0, 200.0, 300.0]),  # x0
    st.sampled_from([6.0, 8.0, 10.0, 11.0, 12.0, 14.0, 18.0, 24.0]),  # font size
    st.booleans(),  # bold
    st.sampled_from([0.6, 1.0, 1.0, 1.2, 1.5, 2.5, 6.0]),  # leading, in font sizes
    st.sampled_from([False] * 8 + [True]),  # starts a new page
    st.one_of(st.none(), st.tuples(st.integers(0, 6), st.sampled_from([20.0, 40.0, 120.0]))),  # a column gap
)
PAGE_W, PAGE_H = 612.0, 792.0


def build_lines(specs) -> list[Line]:
    out: list[Line] = []
    page, top = 1, 100.0
    for text, x0, size, bold, leading, new_page, gap in specs:
        if new_page and out:
            page, top = page + 1, 100.0
        out.append(make_line(text, x0=x0, top=top, size=size, bold=bold, page=page, gaps=dict([gap]) if gap else None))
        top += leading * size
    return out


LINES = st.lists(LINE_SPEC, max_size=30).map(build_lines)


def layer_of(lines: list[Line], assemble: bool = True) -> TextLayer:
    """A text layer holding the lines (pages 1..the last line's page)."""
    n = max((ln.page for ln in lines), default=1)
    pages = [PageText(number=k, width=PAGE_W, height=PAGE_H, lines=[ln for ln in lines if ln.page == k]) for k in range(1, n + 1)]
    for p in pages:
        p.char_count = sum(len(ln.text) for ln in p.lines)
        p.is_blank = not p.lines
    return assemble_text_layer(pages) if assemble else TextLayer(pages)


NLP = load_nlp("blank")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
HHMM = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")


def _iso_ok(value) -> bool:
    if value is None:
        return True
    return bool(isinstance(value, str) and ISO_DATE.fullmatch(value) and dt.date.fromisoformat(value).isoformat() == value)


# ---- dates and times ---------------------------------------------------------------------------

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _printed(d: dt.date, style: int) -> tuple[str, bool | None]:
    """A date as councils print it, and the day-first hint a caller would pass."""
    month, abbr = MONTH_NAMES[d.month - 1], MONTH_NAMES[d.month - 1][:3]
    abbr = "Sept" if d.month == 9 and style == 6 else abbr
    return [
        (f"{d.day} {month} {d.year}", None),
        (f"{WEEKDAYS[d.weekday()]}, {_ordinal(d.day)} {month}, {d.year}", None),
        (f"{month} {d.day}, {d.year}", None),
        (f"{WEEKDAYS[d.weekday()]}, {month} {_ordinal(d.day)}, {d.year}", None),
        (f"{_ordinal(d.day)} {month.upper()} {d.year}", None),
        (f"{d.day} of {month} {d.year}", None),
        (f"{abbr}. {d.day}, {d.year}", None),
        (f"{d.day:02d}/{d.month:02d}/{d.year}", True),
        (f"{d.month}/{d.day}/{d.year}", False),
        (f"{d.day}.{d.month}.{d.year}", True),
    ][style]


@PROFILE
@given(TEXT, st.sampled_from([None, True, False]))
@adversarial(None)
def test_parse_date_is_an_iso_date_or_none(text, dayfirst):
    iso = parse_date(text, dayfirst)
    assert _iso_ok(iso)
    assert parse_date(text, dayfirst) == iso  # no state between calls


@PROFILE
@given(TEXT)
@adversarial()
def test_found_dates_reparse_to_themselves(text):
    found = find_dates(text)
    assert isinstance(found, list)
    for iso, printed in found:
        assert _iso_ok(iso) and iso is not None
        assert printed and printed in text
        assert parse_date(printed) == iso


@PROFILE
@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)), st.integers(0, 9),
       st.sampled_from(["", "Meeting held on ", "AGENDA – ", "(", "Date: "]), st.sampled_from(["", " at 7.00pm", ".", ")", " in the Hall"]))
@example(dt.date(2025, 1, 30), 1, "", "")
@example(dt.date(2020, 2, 29), 7, "", "")
@example(dt.date(2021, 12, 1), 8, "", "")
def test_printed_dates_parse_back_to_the_date(d, style, before, after):
    text, dayfirst = _printed(d, style)
    assert parse_date(before + text + after, dayfirst) == d.isoformat()
    if dayfirst is None:  # find_dates gives no hint
        assert find_dates(before + text + after)[0][0] == d.isoformat()


@PROFILE
@given(TEXT)
@adversarial()
def test_parse_time_is_a_24_hour_clock_time_or_none(text):
    t = parse_time(text)
    assert t is None or HHMM.fullmatch(t)


@PROFILE
@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["{h}.{m:02d}pm", "{h}:{m:02d} p.m.", "{h}.{m:02d} PM", "{h}:{m:02d}p.m"]))
def test_printed_times_parse_back_to_the_time(hour, minute, shape):
    h12 = hour % 12 or 12
    shape = shape.replace("pm", "am" if hour < 12 else "pm").replace("p.m", "a.m" if hour < 12 else "p.m")
    shape = shape.replace("PM", "AM" if hour < 12 else "PM")
    assert parse_time("start " + shape.format(h=h12, m=minute)) == f"{hour:02d}:{minute:02d}"


@PROFILE
@given(TEXT)
@adversarial()
def test_plan_dates(text):
    iso, status = parse_plan_date(text)
    raw = re.sub(r"\s+", " ", text).strip()
    if not raw:
        assert (iso, status) == (None, None)
        return
    assert (iso is None) != (status is None)
    if iso is not None:
        assert re.fullmatch(r"\d{4}-\d{2}", iso) and 1 <= int(iso[5:]) <= 12 or _iso_ok(iso)
    else:
        assert status == raw


# ---- agenda lines ------------------------------------------------------------------------------

STYLES = {style for style, _ in agenda_ex.NUMBER_PATTERNS}


@PROFILE
@given(st.one_of(TEXT, st.sampled_from(VOCAB), st.from_regex(r"\*?\(?[0-9A-Za-z]{1,4}(?:\.[0-9]{1,3}){0,3}[.)]?", fullmatch=True)))
@adversarial()
@example("0A")
def test_item_numbers_parse_back_to_themselves(token):
    parsed = agenda_ex.parse_number(token)
    if parsed is None:
        return
    style, number = parsed
    assert style in STYLES and number
    canonical = {"decimal": number + ".", "roman": number + ".", "letter": number + ".", "sub": f"({number})"}.get(style, number)
    assert agenda_ex.parse_number(canonical) == parsed


@PROFILE
@given(TEXT)
@adversarial(shaped=True)
def test_agenda_title_helpers(text):
    title, refs = agenda_ex.split_references(text)
    assert isinstance(title, str) and all(isinstance(r, str) and r for r in refs)
    rest, pages = agenda_ex._extract_pages(text)
    assert isinstance(rest, str)
    assert pages is None or (isinstance(pages[0], int) and pages[0] <= pages[1])
    assert isinstance(documents_ex.is_agenda_heading(text), bool)
    assert isinstance(agenda_ex._clean_title(text), str)


@PROFILE
@given(LINES)
def test_agenda_items_from_arbitrary_lines(lines):
    layer = layer_of(lines, assemble=False)
    candidates = agenda_ex.extract_agenda_items(lines)
    items = agenda_ex.agenda_records(candidates, layer)
    assert all(isinstance(it, AgendaItem) for it in items)
    for c in candidates:
        assert c.style in STYLES and c.number and c.title_lines[0]
        assert c.pages is None or c.pages[0] <= c.pages[1]
    for it in _flat(items):
        AgendaItem.model_validate(it.model_dump())
        assert it.part in {"public", "exempt"} and it.title
        if it.physical_pages is not None:
            assert 1 <= it.physical_pages.first <= it.physical_pages.last <= len(layer.pages)
    # the same lines read again give the same agenda (no state kept between readings)
    again = agenda_ex.agenda_records(agenda_ex.extract_agenda_items(lines), layer)
    assert [it.model_dump() for it in again] == [it.model_dump() for it in items]


def _flat(items: list[AgendaItem]) -> list[AgendaItem]:
    return [x for it in items for x in [it, *_flat(it.subitems)]]


@PROFILE
@given(LINES)
def test_agenda_pages_and_document_segments(lines):
    layer = layer_of(lines)
    body = [ln for p in layer.pages for ln in p.lines]
    got, announced = documents_ex.agenda_lines(layer)
    assert isinstance(announced, bool) and all(any(ln is b for b in body) for ln in got)
    for p in layer.pages:
        kind, title = documents_ex.classify(p)
        assert isinstance(kind, str) and (title is None or isinstance(title, str))
        assert documents_ex.item_stamp(p) is None or isinstance(documents_ex.item_stamp(p), str)
    agenda = agenda_ex.agenda_records(agenda_ex.extract_agenda_items(got), layer)
    segments = documents_ex.segment_documents(layer, documents_ex.item_page_ranges(layer, agenda))
    docs = documents_ex.document_records(segments, layer)
    documents_ex.locate_stamped_items(agenda, docs)
    for s in segments:
        assert 1 <= s.first <= s.last <= len(layer.pages)


# ---- front sheet -------------------------------------------------------------------------------


@PROFILE
@given(LINES)
def test_front_sheet_from_arbitrary_lines(lines):
    m = front_ex.extract_meeting(lines)
    assert isinstance(m, Meeting)
    Meeting.model_validate(m.model_dump())
    assert _iso_ok(m.date) and _iso_ok(m.published)
    assert m.start_time is None or HHMM.fullmatch(m.start_time)
    for p in m.members:
        assert p.name.strip()
    contact = front_ex.extract_contact(lines)
    assert contact is None or isinstance(contact, Contact)


@PROFILE
@given(TEXT)
@adversarial()
def test_front_sheet_text_helpers(text):
    name, honorific = front_ex.split_honorific(text)
    assert isinstance(name, str) and (honorific is None or honorific.strip())
    assert isinstance(front_ex._split_people([text]), list)
    person = front_ex._person(text, 1)
    assert person is None or person.name


# ---- minutes -----------------------------------------------------------------------------------


@PROFILE
@given(LINES)
def test_minute_headings_from_arbitrary_lines(lines):
    parts = find_headings(lines, {1: PAGE_W, 2: PAGE_W})
    assert isinstance(parts, MinutesParts)
    assert 0 <= parts.preamble_end <= len(lines)
    indices = [h.index for h in parts.headings]
    assert indices == sorted(indices)
    for h in parts.headings:
        assert 0 <= h.index < len(lines) and h.index <= h.body_start <= len(lines)
        assert isinstance(h.title, str) and (h.number is None or h.number)


@PROFILE
@given(LINES, st.booleans())
def test_minutes_from_arbitrary_lines(lines, with_nlp):
    usable = [ln for ln in lines if ln.text.strip()]
    try:
        minutes = extract_minutes(lines, NLP if with_nlp else None, {1: PAGE_W})
    except ValueError as exc:  # the one documented failure: nothing left to read
        assert str(exc) == "no text lines"
        assert not usable or all(re.match(r"^(?:signed|dated?|chairman|chair|mayor|clerk)\b|^[_.…\s]{6,}$", ln.text.strip(), re.I) for ln in usable)
        return
    assert isinstance(minutes, Minutes)
    Minutes.model_validate(minutes.model_dump())
    assert _iso_ok(minutes.meeting.date)
    for t in (minutes.meeting.start_time, minutes.meeting.end_time):
        assert t is None or HHMM.fullmatch(t)
    for item in minutes.items:
        for v in item.votes:
            assert all(n is None or n >= 0 for n in (v.counts.yes, v.counts.no, v.counts.abstain))


@PROFILE
@given(LINES, st.booleans())
def test_minute_item_body_from_arbitrary_lines(lines, with_nlp):
    roll = att.Roll()
    for e in att.entries_from_list("Cllr A Smith (Chairman), Mr J Jones and Mrs K Lee", "present", 1):
        roll.add(e)
    resolutions, motions, vote_events = analyse_item(lines, "7.", NLP if with_nlp else None, roll)
    assert isinstance(resolutions, list) and isinstance(motions, list) and isinstance(vote_events, list)
    ids = [m.id for m in motions]
    assert len(ids) == len(set(ids))
    for v in vote_events:
        assert v.motion is None or v.motion in ids


@PROFILE
@given(TEXT)
@adversarial(shaped=True)
def test_vote_phrases(text):
    assert votes.option_of(text) in {"yes", "no", "abstain"}
    res = votes.result_of(text)
    assert res in {None, "carried", "lost", "withdrawn", "approved"}
    assert votes.vote_result(res) in {None, "carried", "lost", "approved", "other"}
    assert votes.kind_hint(text) in {None, "part", "substantive", "amendment", "motion"}
    m = votes.division_label(text)
    assert m is None or isinstance(m, re.Match)
    counts = votes.counts_in(text)
    assert counts is None or all(n is None or (isinstance(n, int) and n >= 0) for n in (counts.yes, counts.no, counts.abstain))
    roll = att.Roll([att.AttendanceEntry("A Smith", "present", 1, role="Chairman")])
    name = votes.mover_name(text, roll)
    assert name is None or (isinstance(name, str) and name)
    for rx in [*votes.MOVER_PATTERNS, votes.MOVED_ONLY, votes.SECONDED_ONLY, votes.ANON_MOTION, votes.PUT_RE,
               votes.RESULT_LINE, votes.ROLL_LABEL, votes.RESULT_DASH, votes.NAMED_MOVER_HEADER, votes.NAME_LINE]:
        rx.search(text)


@PROFILE
@given(TEXT)
@adversarial()
def test_resolution_phrases(text):
    assert outcome_of(text) in {"noted", "agreed", "approved", "recommended", "deferred", "other"}
    for m in resolution_triggers(text):
        assert m.group(0).lower().startswith("resolve") and text[m.start():m.end()] == m.group(0)


@PROFILE
@given(LINES)
def test_resolution_parts_from_arbitrary_lines(lines):
    for para in paragraphs(lines):
        assert isinstance(para, Para) and para.lines
        for part in resolution_parts(lines, para):
            assert para.end <= part.last < len(lines) and isinstance(part.text, str)


@PROFILE
@given(TEXT)
@adversarial()
# a run of capitals split every possible way by the substitution patterns: 21 s at 100 letters
@example("A" * 100)
@example("Cllr " + "B" * 60 + " substituted by Cllr C Jones")
def test_attendance_text(text):
    p = att.split_name(text)
    assert isinstance(p, att.PersonRef) and isinstance(p.name, str)
    for person in att.parse_people(text):
        assert person.name and re.search(r"[A-Za-z]", person.name)
    lab = att.label_of(text)
    assert lab is None or (lab[0] in att.STATUSES and all(isinstance(x, str) for x in lab))
    for status in ("present", "apologies"):
        for e in att.entries_from_list(text, status, 1):
            assert e.status in att.STATUSES and e.name
    for sub, absent in att.substitutions(text):
        assert sub and absent and sub != absent
    if text.split():
        assert att.same_person(text, text)
    assert att.same_person(text, "J Smith") == att.same_person("J Smith", text)
    roll = att.Roll()
    for status in att.STATUSES:
        roll.mark(text, status, 1, substitute_for="A Smith" if status == "substitute" else None)
    assert all(e.status in att.STATUSES for e in roll.entries)
    assert isinstance(att.clean_name(text), str)
    assert att.normalise_role(text) is None or att.normalise_role(text).strip()


@PROFILE
@given(LINES, st.booleans())
def test_attendance_from_arbitrary_lines(lines, with_nlp):
    parts = find_headings(lines, {1: PAGE_W})
    roll = read_attendance(lines, parts, NLP if with_nlp else None)
    assert all(e.status in att.STATUSES and isinstance(e.name, str) for e in roll.entries)
    read_attendance(lines, MinutesParts(), None)  # no headings at all


@PROFILE
@given(TEXT)
@adversarial(shaped=True)
def test_sentences(text):
    for sent, labels in sentences_with_labels(text):
        assert sent.strip() and isinstance(labels, set)


# ---- money and numbers -------------------------------------------------------------------------


@PROFILE
@given(st.one_of(TEXT, st.from_regex(r"[(\-–+]?[£$€]? ?-?[0-9][0-9 ,]*(?:\.[0-9]+)?%?\)?[kKmM]?", fullmatch=True)))
@adversarial()
@example("$ 4 ,984.26")
@example("²")  # a digit int() refuses: word_to_int raised ValueError
@example("1" * 5000)  # more digits than int() converts: word_to_int raised ValueError
def test_money_and_numbers(text):
    fixed = fix_text(text)
    assert fix_text(fixed) == fixed  # a fixed point
    assert fixed.replace(" ", "") == text.replace(" ", "")  # only spaces are taken out
    assert is_number(text) in (True, False)
    n = word_to_int(text)
    assert n is None or (isinstance(n, int) and n >= 0)


# ---- the text-level pipeline -------------------------------------------------------------------


@PROFILE
@given(LINES)
def test_text_stages_make_a_valid_record(lines):
    """What the agenda, front-sheet, documents and minutes stages do with a text layer, on
    arbitrary lines: the record they fill validates."""
    layer = layer_of(lines)
    pack = Pack(source=SourceFile(file="fuzz.pdf", sha256="0" * 64, pages=len(layer.pages)))
    got, _ = documents_ex.agenda_lines(layer)
    if got:
        pack.agenda = agenda_ex.agenda_records(agenda_ex.extract_agenda_items(got), layer)
    text_pages = [p for p in layer.pages if p.lines][:2]
    if text_pages:
        pack.meeting = front_ex.extract_meeting([ln for p in text_pages for ln in p.lines])
    segments = documents_ex.segment_documents(layer, documents_ex.item_page_ranges(layer, pack.agenda))
    pack.documents = documents_ex.document_records(segments, layer)
    documents_ex.locate_stamped_items(pack.agenda, pack.documents)
    for first, last, item in minutes_spans(layer, segments, pack.agenda):
        pages = [p for p in layer.pages[first - 1: last] if p.lines and not p.is_blank]
        if pages:
            try:
                m = minutes_from_pages(pages, NLP)
            except ValueError:
                continue
            m.agenda_item = item
            pack.minutes.append(m)
    Pack.model_validate(pack.model_dump())


# ---- bounded time on adversarial strings, in a process that can be stopped ------------------------

_LINE = "as lines"
# (name, call, strings): every text-level parser on every adversarial string; those the pipeline
# gives only text-layer text (and every parser given lines) get them as the text layer carries them
PARSERS = [
    ("dates.parse_date", lambda s: parse_date(s), ADVERSARIAL),
    ("dates.find_dates", find_dates, ADVERSARIAL),
    ("dates.parse_time", parse_time, ADVERSARIAL),
    ("dates.parse_plan_date", parse_plan_date, ADVERSARIAL),
    ("agenda.parse_number", agenda_ex.parse_number, ADVERSARIAL),
    ("agenda.split_references", agenda_ex.split_references, SHAPED),
    ("agenda._extract_pages", agenda_ex._extract_pages, SHAPED),
    ("agenda.extract_agenda_items", lambda s: agenda_ex.extract_agenda_items(_lines_of(s)), _LINE),
    ("documents.is_agenda_heading", documents_ex.is_agenda_heading, ADVERSARIAL),
    ("documents.agenda_lines", lambda s: documents_ex.agenda_lines(layer_of(_lines_of(s))), _LINE),
    ("front_sheet.extract_meeting", lambda s: front_ex.extract_meeting(_lines_of(s)), _LINE),
    ("front_sheet.split_honorific", front_ex.split_honorific, ADVERSARIAL),
    ("headings.find_headings", lambda s: find_headings(_lines_of(s), {}), _LINE),
    ("votes.phrases", lambda s: (votes.result_of(s), votes.counts_in(s), votes.division_label(s), votes.mover_name(s, None),
                                 [rx.search(s) for rx in votes.MOVER_PATTERNS], votes.MOVED_ONLY.search(s),
                                 votes.PUT_RE.search(s), votes.RESULT_LINE.match(s)), SHAPED),
    ("resolutions.phrases", lambda s: (outcome_of(s), resolution_triggers(s)), ADVERSARIAL),
    ("attendance.parse_people", att.parse_people, ADVERSARIAL),
    ("attendance.split_name", att.split_name, ADVERSARIAL),
    ("attendance.label_of", att.label_of, ADVERSARIAL),
    ("attendance.substitutions", att.substitutions, ADVERSARIAL),
    ("attendance.sentences", lambda s: (att.APOLOGY_SENT.search(s), att.VIRTUAL_SENT.search(s)), SHAPED),
    ("attendance_lines.read_attendance", lambda s: read_attendance(_lines_of(s), MinutesParts(), None), _LINE),
    ("minutes.analyse_item", lambda s: analyse_item(_lines_of(s), "1.", NLP), _LINE),
    ("minutes.extract_minutes", lambda s: extract_minutes(_lines_of(s), NLP) if s.strip() else None, _LINE),
    ("nlp.sentences_with_labels", sentences_with_labels, SHAPED),
    ("tables.fix_text", lambda s: (fix_text(s), is_number(s), word_to_int(s)), ADVERSARIAL),
]
BOUND = 2.0  # seconds for one parser on one string


def _lines_of(s: str) -> list[Line]:
    """The string as one line, and as the second line of a heading and a label."""
    if not s.split():
        return []
    return [make_line("PRESENT: Cllr A Smith", top=100, bold=True), make_line(s, top=114), make_line("2. " + s, top=128, bold=True)]


def _time_all(conn) -> None:  # pragma: no cover - runs in the child process
    for name, call, strings in PARSERS:
        for k, s in enumerate(SHAPED if strings is _LINE else strings):
            conn.send(("start", name, s[:30]))
            t0 = time.perf_counter()
            call(s)
            conn.send(("done", name, s[:30], time.perf_counter() - t0))
    conn.send(("end",))


def test_adversarial_strings_finish_in_bounded_time():
    """Every parser on every adversarial string, in a child process: a regex that backtracks for
    ever (which no timer inside the process can interrupt: the regex engine does not return to
    Python) is stopped and named here."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")  # the child has the parsers and the spaCy pipeline loaded already
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_time_all, args=(child,), daemon=True)
    proc.start()
    child.close()
    slow, current, started = [], None, time.monotonic()
    try:
        while True:
            if not parent.poll(timeout=BOUND * 10):
                pytest.fail(f"{current[1]} on {current[2]!r}... still running after {BOUND * 10:.0f} s")
            try:
                msg = parent.recv()
            except EOFError:
                pytest.fail(f"the process died (exit code {proc.exitcode}) running {current}")
            if msg[0] == "end":
                break
            if msg[0] == "start":
                current = msg
            elif msg[3] > BOUND:
                slow.append(f"{msg[1]} on {msg[2]!r}...: {msg[3]:.2f} s")
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
    assert not slow, "slow parsers:\n" + "\n".join(slow)
    assert time.monotonic() - started < 120

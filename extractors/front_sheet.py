"""The front sheet: council, body, meeting date and time, venue, members, contact, publication.

Reads the lines of the first page(s) of an agenda or pack. Fields are found by their labels
("Date:", "Venue:", "Ask for:", "Contact:", "Published:") where a template prints labels, and by
the shape of the value (a date, a clock time, an e-mail address) where it does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from agendapack.extractors.text.dates import (
    DATE_RE,
    MONTHS,
    WEEKDAY,
    date_order_cue,
    date_without_year,
    find_dates,
    parse_date,
    parse_time,
    reading_dates,
)
from agendapack.extractors.text.layer import Line, median_size
from agendapack.model import Contact, Meeting, Person, Source

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?:\+?\d[\d ()-]{7,}\d)")
# a name, an office after a comma or dash, a telephone number: a sign-off under an agenda
SIGN_OFF_RE = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*(?:,|\s[–—-])\s*(?P<role>[A-Z][A-Za-z ]{2,40}?)"
                         r"\s*[,:]?\s+(?:(?i:tel(?:ephone)?)\.?\s*:?\s*)?(?P<phone>\+?\d[\d ()-]{7,}\d)$")
# the offices whose holder signs an agenda off and is its contact
CONTACT_OFFICES = ("clerk", "officer", "secretary", "administrator")
CONTACT_OFFICE = re.compile(rf"\b(?:{'|'.join(CONTACT_OFFICES)})\b", re.I)
# a signature's printed name alone on its line (capitalised words, a lower-case or one-letter
# particle among them: "Siobhán Ní Mhurchú", "Seán Ó Briain", "Anna de Vries"), and its office
# alone on the next ("Meetings Administrator", "Clerk to the Council")
SIGNED_NAME_RE = re.compile(r"(?:[A-Z][\w'’.-]+|Ó|de|van)(?:\s+(?:[A-Z][\w'’.-]+|Ó|de|van)){1,3}")
OFFICE_LINE_RE = re.compile(
    rf"(?:[A-Z][a-z]+\s+){{0,3}}(?:{'|'.join(o.capitalize() for o in CONTACT_OFFICES)})(?:\s+to\s+the\s+[A-Z][a-z]+)?"
)
SIGN_OFF_NAME_RE = re.compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(?:\(|,\s*|\s[–—-]\s*)(?P<role>[A-Z][A-Za-z ]{2,40})\)?$")
COUNCIL_RE = re.compile(
    r"\b(?:(?:county|city|district|borough|town|parish|metropolitan|shire|regional)\s+council|council\s+of\s+the\b|"
    r"township\s+of|city\s+of|county\s+of|town\s+of|village\s+of|borough\s+of|shire\s+of|corporation\s+of|"
    r"school\s+district|college\s+district|district\b)",
    re.I,
)
BODY_RE = re.compile(
    r"\b(committee|cabinet|board|panel|council|commission|sub-committee|forum|authority|trustees)\b", re.I
)
# what a sheet calls itself: a line with one of these words is not the first line of a name
DOCUMENT_WORDS = re.compile(r"\b(?:agenda|summons|notice|minutes|supplement(?:ary)?|pack)\b", re.I)
GENERIC_HEADINGS = re.compile(r"^(?:\*+\s*)?(?:agenda|notice|public reports pack|supplement(?:ary)?|minutes)(?:\s*\*+)?$", re.I)
ROLE_IN_BRACKETS = re.compile(r"\(([^)]{3,60})\)")
ROLE_WORDS = re.compile(
    r"\b(chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?|mayor|vice mayor|deputy mayor|"
    r"lead|leader|councilmember|council member|trustee|president|clerk|co-?opted|representative|member)\b",
    re.I,
)
HONORIFIC_RE = re.compile(r"^(?:(Cllr\.?|Councillor|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Prof\.?|Sir|Dame|Rev\.?)\s+)+", re.I)
LABELS = {
    # "Date:", "Meeting date", "Date of meeting:", "Date and time:" (a colon, a column gap or the
    # date itself after it), not "Date of next meeting" nor "Dated"
    "date": re.compile(
        rf"^(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting|\s*(?:and|&|/)\s*time)?\s*(?::\s*|$|(?=(?:{WEEKDAY}|\d)))",
        re.I,
    ),
    "time": re.compile(r"^(?:start\s+)?time\b\s*:?\s*", re.I),
    # "Location:", a form's "Location/Address:" or "Venue and address:"
    "venue": re.compile(r"^(?:venue|location|place|meeting\s+location|regular\s+meeting\s+location)"
                        r"(?:\s*(?:/|and|&)\s*(?:address|location|venue))?\s*:\s*", re.I),
    "published": re.compile(r"^(?:published|date\s+of\s+(?:publication|issue)|issued|date\s+issued|despatched)\s*(?:on)?\s*:?\s*", re.I),
    "contact": re.compile(r"^(?:contact(?:\s+officer)?|ask\s+for|enquiries\s+to)\s*:?\s*|^(?:[A-Z][a-z]+\s+){0,2}clerk\s*:\s*"
                          r"|^(?:[A-Z][a-z]+\s+)?enquiries\s*:\s*", re.I),  # "Agenda enquiries: Jo Bell, Corporate Officer"
}
MEMBER_HEADERS = re.compile(
    r"^(?:councillors\s+on\s+the\s+\w+|membership|members|committee\s+members|councillors|board\s+of\s+trustees|"
    r"board\s+members|commissioners)\s*:?\s*", re.I
)


def split_honorific(name: str) -> tuple[str, Optional[str]]:
    m = HONORIFIC_RE.match(name.strip())
    if not m:
        return name.strip(), None
    return name.strip()[m.end():].strip(), m.group(0).strip()


def _segments(line: Line) -> list[str]:
    return [s.text for s in line.segments]


def _label_value(lines: list[Line], key: str) -> Optional[tuple[str, Line]]:
    rx = LABELS[key]
    for k, ln in enumerate(lines):
        for seg in _segments(ln):
            m = rx.match(seg)
            if m and seg[:1].islower() and ":" not in m.group(0):
                continue  # "please contact Democratic Services on ...": prose, not a label
            if m and seg[m.end():].strip():
                return seg[m.end():].strip(), ln
            if m and key == "contact" and k + 1 < len(lines) and len(_segments(ln)) == 1:
                # the label over its value: "Contact Officer" / "Siobhan Reilly, Democratic Services Officer"
                below = lines[k + 1]
                if below.page == ln.page and (named := SIGN_OFF_NAME_RE.match(below.text.strip())):
                    return named.group("name"), below
            if m and key in ("date", "time", "venue") and ln.segments and len(ln.segments) > 1:
                rest = " ".join(_segments(ln)[1:])
                if rest:
                    return rest, ln
    return None


def extract_meeting(lines: list[Line], dayfirst: Optional[bool] = None) -> Meeting:
    """Meeting details from the front-sheet lines (first page or two). Numeric dates are read
    day first or month first as `dayfirst` says, else as the sheet's country tells (a UK
    postcode, a US state: `dates.date_order_cue`), else month first."""
    if not lines:
        return Meeting()
    reader = FrontSheetReader(lines)
    dayfirst = reader.find_date_order(dayfirst)
    # in this order: the body falls back on the council, a covering letter's subject line names
    # the body, and the time and venue are looked for by the date
    with reading_dates(dayfirst):
        reader.find_council_and_body()
        reader.find_date()
        reader.find_start_time()
        reader.find_venue()
        reader.find_published()
    meeting = reader.meeting
    meeting.contact = extract_contact(lines)
    meeting.members = extract_members(lines)
    meeting.provenance = reader.provenance
    return meeting


@dataclass
class FrontSheetReader:
    """The meeting record as its fields are found, with the page and text each was read from."""

    lines: list[Line]
    meeting: Meeting = field(default_factory=Meeting)
    provenance: dict[str, Source] = field(default_factory=dict)
    date_line: Optional[Line] = None  # where the meeting date was read
    top: list[Line] = field(init=False)  # the lines of the first page

    def __post_init__(self) -> None:
        self.top = [ln for ln in self.lines if ln.page == self.lines[0].page]

    def _cite(self, key: str, line: Line, text: Optional[str] = None) -> None:
        self.provenance[key] = Source(page=line.page, text=line.text if text is None else text)

    def find_date_order(self, dayfirst: Optional[bool]) -> Optional[bool]:
        """The order of numeric dates: as set, else as the sheet's country tells (the line of its
        first cue cited in provenance["date_order"]); recorded in `meeting.date_order`."""
        if dayfirst is None:
            cue = date_order_cue("\n".join(line.text for line in self.lines))
            if cue is not None:
                dayfirst, told = cue
                line = next((ln for ln in self.lines if told in ln.text), self.lines[0])
                self._cite("date_order", line, told)
        if dayfirst is not None:
            self.meeting.date_order = "day_first" if dayfirst else "month_first"
        return dayfirst

    def find_council_and_body(self) -> None:
        """Prominent lines near the top of the first page name the council and the body."""
        body_size = median_size(self.lines)
        prominent = [
            ln for ln in self.top[:30]
            if (ln.size >= body_size or ln.bold) and not GENERIC_HEADINGS.match(ln.text.strip())
        ]
        council = _find_council(prominent)
        if council is not None:
            self.meeting.council, line = council
            self._cite("council", line, _strip_stars(_first_segment(line)))
        body = _find_body(prominent, self.meeting.council, self.top[:30])
        if body is None or re.search(r"\bcouncil$", body[0], re.I):
            # only a council's name stands out: a summons naming a committee says which meets
            summoned = _summoned_body(self.top[:40])
            body = summoned or body
        if body is not None:
            self.meeting.body, line, source = body
            self._cite("body", line, source)
        elif self.meeting.council and re.search(r"\bcouncil\b", self.meeting.council, re.I):
            # a council meeting as a whole ("Ashby Parish Council"): the council is the body
            self.meeting.body = self.meeting.council
            self.provenance["body"] = self.provenance["council"]

    def find_date(self) -> None:
        """The meeting date: in a covering letter's subject line, else labelled, else the first
        date near the top that is not a publication date."""
        # a "Date:" label on a line about the next or the last meeting is not this meeting's
        labelled = _label_value([ln for ln in self.top if not OTHER_MEETING.search(ln.text)], "date")
        subject = _letter_subject(self.top)
        if subject is not None:
            # a covering letter: its "Date:" is when it was sent; the meeting is named in the
            # subject line under the salutation
            self.meeting.date, self.date_line = subject
            m = re.match(r"^([A-Z][A-Z&,' -]{2,60}?)\s+[-–]\s+", self.date_line.text.strip())
            if m and self.meeting.body is None:
                # "PLANNING COMMITTEE - WEDNESDAY, 11 MARCH 2026"
                self.meeting.body = _title_case(m.group(1).strip())
                self._cite("body", self.date_line)
            if labelled and parse_date(labelled[0]):
                self.meeting.published = parse_date(labelled[0])
                self._cite("published", labelled[1])
        elif labelled and parse_date(labelled[0]):
            self.meeting.date, self.date_line = parse_date(labelled[0]), labelled[1]
        elif labelled and (yearless := date_without_year(labelled[0], self._full_dates())):
            # a form's field filled in without the year: the year of the dates printed around it
            self.meeting.date, self.date_line = yearless, labelled[1]
        if self.meeting.date is None:
            found = _header_date(self.top[:40])
            if found is not None:
                self.meeting.date, self.date_line = found
        if self.date_line is not None:
            self._cite("date", self.date_line)

    def _full_dates(self) -> list[str]:
        return [iso for ln in self.top for iso, _ in find_dates(ln.text)]

    def find_start_time(self) -> None:
        """A labelled time, else the first clock time near the date line, else anywhere on the page."""
        labelled = _label_value(self.top, "time")
        if labelled and parse_time(labelled[0]):
            self.meeting.start_time = parse_time(labelled[0])
            self._cite("start_time", labelled[1])
            return
        date_line = self.date_line
        near = self.top if date_line is None else [ln for ln in self.top if abs(ln.top - date_line.top) < 80]
        for ln in near + self.top:
            t = parse_time(ln.text) or self._time_wrapped(ln)
            if t:
                self.meeting.start_time = t
                self._cite("start_time", ln)
                return

    def _time_wrapped(self, line: Line) -> Optional[str]:
        """A clock time broken over two lines: "... at 10.00" / "am, for the purpose ..."."""
        k = self.top.index(line)
        if not re.search(r"\b\d{1,2}[.:]\d{2}$", line.text.strip()) or k + 1 >= len(self.top):
            return None
        after = self.top[k + 1].text.split()
        return parse_time(f"{line.text.strip()} {after[0]}") if after else None

    def find_venue(self) -> None:
        """A labelled venue (with its wrapped lines), else one named in prose or set by the date."""
        labelled = _label_value(self.top, "venue")
        if labelled and (labelled[0].rstrip().endswith(":") or not labelled[0].strip(" :")):
            labelled = None  # a form whose field was left empty
        if labelled:
            self.meeting.venue = _continued_value(self.top, labelled[1], labelled[0])
            self._cite("venue", labelled[1])
            return
        date_line = self.date_line
        found = _venue_in_prose(self.lines) or _venue_near(self.top, date_line) or (
            (_venue_after(self.top, date_line), date_line) if date_line is not None else None
        )
        if found and found[0]:
            self.meeting.venue, line = found
            self._cite("venue", line, self.meeting.venue)

    def find_published(self) -> None:
        """A labelled publication date ("Published:") anywhere on the sheet, which outranks the
        date of a covering letter."""
        labelled = _label_value(self.lines, "published")
        if labelled and parse_date(labelled[0]):
            self.meeting.published = parse_date(labelled[0])
            self._cite("published", labelled[1])


def _first_segment(line: Line) -> str:
    """The line's first column: the text up to the first column-sized gap."""
    return line.segments[0].text if line.segments else line.text


def _find_council(prominent: list[Line]) -> Optional[tuple[str, Line]]:
    """The first prominent line naming a council of a place ("Wexcombe District Council")."""
    for ln in prominent:
        text = _strip_stars(_first_segment(ln))
        if _is_council_name(text):
            return _title_case(text), ln
    return None


def _is_council_name(text: str) -> bool:
    return bool(COUNCIL_RE.search(text) and PLACE_NAMED.search(text) and len(text.split()) <= 10 and not DATE_RE.search(text))


def _letter_subject(top: list[Line]) -> Optional[tuple[str, Line]]:
    """The meeting date and the line it is on, in the lines under a covering letter's "Dear ..."."""
    dear = next((i for i, ln in enumerate(top) if re.match(r"^dear\b", ln.text.strip(), re.I)), None)
    if dear is None:
        return None
    for ln in top[dear + 1 : dear + 6]:
        iso = parse_date(ln.text)
        if iso:
            return iso, ln
    return None


# a line about another meeting than this one ("Date of Next Parish Council Meeting: ...",
# "Next meeting: ...", "minutes of the previous meeting"): its date is not this meeting's
OTHER_MEETING = re.compile(
    r"\b(?:next|future|previous|last|prior|subsequent|forthcoming|upcoming)\s+(?:[\w&'’-]+\s+){0,4}?meetings?\b", re.I
)
ITEM_NUMBER = re.compile(r"^(?:item\s+)?\(?(?:\d{1,3}(?:\.\d{1,2})?|[A-Z]|[IVX]{1,5})[.)]$|^\d{1,3}$", re.I)


def _header_date(window: list[Line]) -> Optional[tuple[str, Line]]:
    """The meeting's date: the first date by the title, in the header above the first agenda
    item. A date on a line about another meeting ("Next meeting: ...") is passed over while
    another date is found in the header; dates under the first item come last. A bare date
    with no time by it (a letter's date) gives way to a header line carrying a date and the
    meeting's time."""
    dates = _dated_lines(window)
    if not dates:
        return None
    first_item = next((ln for ln in window if _opens_item(ln)), None)
    head_end = window.index(first_item) if first_item is not None else len(window)

    def tier(entry: tuple[int, str, Line, bool]) -> int:
        i, _, _, other = entry
        return (0 if i < head_end else 2) + (1 if other else 0)

    best = min(dates, key=lambda e: (tier(e), e[0]))
    i, iso, ln, _ = best
    if tier(best) == 0 and _bare_date(ln) and not _has_time(window, i):
        # "29th August 2017" over "... on Tuesday, 5th September 2017 at 7.30pm"
        timed = [e for e in dates if tier(e) == 0 and i < e[0] <= i + 8 and _has_time(window, e[0])]
        if timed:
            _, iso, ln, _ = timed[0]
    return iso, ln


def _dated_lines(window: list[Line]) -> list[tuple[int, str, Line, bool]]:
    """(index, iso, line, about another meeting) for each line of the window that carries a
    date, publication dates left out."""
    out = []
    for i, ln in enumerate(window):
        if LABELS["published"].match(ln.text) or re.search(r"\bpublished\b|\bissued\b|\bdated\b", ln.text, re.I):
            continue
        iso = parse_date(ln.text)
        if iso is None and i + 1 < len(window) and window[i + 1].top - ln.bottom < ln.size:
            # a date set in large type wraps: "Thursday, 13th" / "February, 2025"; the date
            # must start on this line and end on the next
            joined = f"{ln.text} {window[i + 1].text}"
            m = DATE_RE.search(joined)
            if m and m.start() < len(ln.text) < m.end():
                iso = parse_date(m.group(0))
        if iso:
            out.append((i, iso, ln, bool(OTHER_MEETING.search(ln.text))))
    return out


def _opens_item(line: Line) -> bool:
    """Whether the line opens a numbered agenda item ("1.", "(a)", "IV.", "Item 3")."""
    words = line.text.split()
    if not words or DATE_RE.match(line.text):
        return False
    first = " ".join(words[:2]) if words[0].lower() == "item" and len(words) > 1 else words[0]
    return bool(ITEM_NUMBER.match(first)) and len(words) > (2 if first != words[0] else 1)


def _bare_date(line: Line) -> bool:
    """A line that prints a date and nothing else (a letter's date) or after a label only
    ("Dáta / Date: 4th March 2025"), or a date set apart in a column of its own beside a reference
    ("Ref: MA/07/2025        4th July 2025")."""
    return any(DATE_RE.search(t) and re.fullmatch(r"(?:[^\W\d_][^\d:]{0,30}:)?[\W_]*", DATE_RE.sub("", t).strip())
               for t in [line.text, *(seg.text for seg in line.segments)])


def _has_time(window: list[Line], i: int) -> bool:
    return bool(parse_time(window[i].text) or (i + 1 < len(window) and parse_time(window[i + 1].text)))


PLACE_NAMED = re.compile(r"\b(?:of|[A-Z][a-z]+\s+(?:county|city|district|borough|town|parish|metropolitan))\b|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:County|City|District|Borough|Town|Parish|Metropolitan|Shire|Regional|Union|Unified|Community)\b", re.I)
VENUE_WORDS = re.compile(
    r"\b(?:hall|chambers?|room|centre|center|building|house|fieldhouse|library|offices?|pavilion|"
    r"theatre|theater|auditorium|school|church|guildhall|virtual|video\s+conference|teleconference|"
    r"webinar|zoom|online)\b", re.I)
NOT_A_BODY = re.compile(
    r"\b(?:held|will|shall|guidelines|comments?|chambers?|hall|room|street|avenue|boulevard|road|centre|center|"
    r"notice|minutes|summons|reports?)\b|^\d", re.I)
BODY_PHRASE = re.compile(
    r"(?:[A-Z][\w&'’-]*\s+){0,6}?(?:Committee|Sub-Committee|Cabinet|Board(?:\s+of\s+[A-Z]\w+)?|Panel|"
    r"Council|Commission|Forum|Authority|Trustees)(?:\s+\d{1,4})?\b", re.I)


def _find_body(
    prominent: list[Line], council: Optional[str] = None, top: Optional[list[Line]] = None
) -> Optional[tuple[str, Line, str]]:
    """The meeting body: the most prominent short line naming a committee, board or council,
    read as a phrase ("Board of Trustees" out of "REGULAR MEETING, BOARD OF TRUSTEES").
    A name set in large type that wraps ("Children, Young People and Learning Policy" over
    "Overview Committee") is read back over the lines it wraps from (see `_name_wraps`).
    The authority's name printed larger above a committee's ("WEXCOMBE DISTRICT COUNCIL" over
    "Planning Committee") is the council, not the body. Gives the name, its first line and the
    text of the lines it was read from."""
    cands: list[tuple[float, float, str, Line, str]] = []
    lines = top if top is not None else prominent
    for ln in prominent[:14]:
        text = _first_segment(ln)
        found = _body_phrase(_strip_stars(DATE_RE.sub("", text)))
        if found is None:
            continue
        phrase, whole = found
        first, source = ln, ln.text
        if whole and ln in lines:
            # the phrase is the whole line: the lines the name wraps from come before it
            before = _wrapped_from(lines, ln, phrase, council)
            if before:
                phrase = _strip_meeting_words(" ".join([*(_strip_stars(_first_segment(b)) for b in before), phrase]))
                first, source = before[0], " ".join(x.text for x in [*before, ln])
            after = _qualifier_after(lines, ln)
            if after is not None:
                phrase, source = f"{phrase} {after.text.strip()}", f"{source} {after.text}"
        phrase = re.sub(r"(?i)^(?:regular|special|annual|the)\s+(?:meeting\s+)?(?:of\s+)?(?:the\s+)?", "", phrase)
        words = phrase.split()
        if not words or len(words) > (14 if first is not ln else 8):
            continue
        cands.append((ln.size, -first.top, phrase, first, source))
    if not cands:
        return None
    if council:
        own = [c for c in cands if _title_case(c[2]).lower() == council.lower()]
        other = [c for c in cands if c not in own and not re.search(r"\bcouncil$", c[2], re.I)]
        if own and other:
            cands = other
    _, _, phrase, ln, source = max(cands, key=lambda c: (c[0], c[1]))
    return _title_case(phrase), ln, source


SUMMONED_BODY = re.compile(
    r"\b(?i:a|the)\s+(?:\w+\s+){0,2}(?i:meeting)\s+of\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’-]*\s+(?:(?:and|&|of|for)\s+)?){0,5}"
    r"(?i:Committee|Sub-Committee|Board|Panel|Cabinet|Commission|Forum|Executive|Municipal\s+District|(?<=Full\s)Council))"
    r"(?:,?\s+(?:which\s+)?(?:will|is|shall|to\s+be)\b|\s+of\s+[A-Z])"
)


def _summoned_body(lines: list[Line]) -> Optional[tuple[str, Line, str]]:
    """The body a summons names in its sentence ("A meeting of the Policy and Resources
    Committee will be held ..."), with the line it starts on."""
    for k, ln in enumerate(lines):
        text = " ".join(x.text for x in lines[k:k + 2])
        m = SUMMONED_BODY.search(text)
        if m and m.start("body") < len(ln.text):
            body = m.group("body").strip()
            return (_title_case(body) if body.isupper() else body), ln, text
    return None


def _body_phrase(text: str) -> Optional[tuple[str, bool]]:
    """The last body phrase in a line ("County Council" out of "Agenda for the County Council"),
    and whether it is the whole line. A bare body word after another phrase qualifies it
    ("Cabinet" + "Committee" is one name)."""
    text = _strip_meeting_words(text)
    if EMAIL_RE.search(text) or NOT_A_BODY.search(text):
        return None
    last = None
    start = 0
    for m in BODY_PHRASE.finditer(text):
        # "Cabinet Committee": a bare body word right after a phrase carries that phrase on
        if last is None or len(m.group(0).split()) > 1 or text[last.end() : m.start()].strip():
            start = m.start()
        last = m
    if last is None:
        return None
    whole = not text[:start].strip() and not re.sub(r"[\W_]+", "", text[last.end() :])
    return text[start : last.end()].strip(), whole


def _name_wraps(prev: Line, line: Line) -> bool:
    """Whether `line` carries on a name set on `prev`: the same size and weight, set under it
    with no gap wider than a line, aligned alike (left edges, centres or right edges), one
    column each, and `prev` not ending a sentence or carrying a date."""
    if abs(line.size - prev.size) >= 0.3 or line.bold != prev.bold:
        return False
    if not (-0.2 * line.size <= line.top - prev.bottom <= 1.05 * line.size):
        return False
    tol = max(4.0, 0.3 * line.size)
    aligned = (
        abs(line.x0 - prev.x0) < tol
        or abs((line.x0 + line.x1) - (prev.x0 + prev.x1)) / 2 < tol
        or abs(line.x1 - prev.x1) < tol
    )
    if not aligned or len(prev.segments) != 1 or len(line.segments) != 1:
        return False
    return not re.search(r"[.!?:;]$", prev.text.strip(" *")) and not DATE_RE.search(prev.text) and not DATE_RE.search(line.text)


def _qualifier_after(lines: list[Line], line: Line) -> Optional[Line]:
    """A bracketed line that a body's name wraps on to ("Overview and Scrutiny Committee" over
    "(Environment and Place)"): one committee of several with the same name."""
    i = lines.index(line)
    if i + 1 >= len(lines):
        return None
    nxt = lines[i + 1]
    return nxt if re.fullmatch(r"\([^()]{3,60}\)", nxt.text.strip()) and _name_wraps(line, nxt) else None


def _wrapped_from(lines: list[Line], line: Line, phrase: str, council: Optional[str]) -> list[Line]:
    """The lines above `line` that its name wraps from, top first: consecutive lines that the
    name wraps over (`_name_wraps`), stopping at a line naming the document ("Agenda for the",
    "Notice of ..."), the council's name, or a line that names a body of its own unless `line`
    carries that name on ("REGULAR MEETING OF THE BOARD" over "OF TRUSTEES")."""
    i = lines.index(line)
    out: list[Line] = []
    cur = line
    carries_on = re.match(r"(?i)(?:of|and|&|for|the|on|in)\b", phrase)
    while i > 0 and _name_wraps(lines[i - 1], cur):
        prev = lines[i - 1]
        text = _strip_stars(_first_segment(prev))
        if DOCUMENT_WORDS.search(text) or EMAIL_RE.search(text) or NOT_A_BODY.search(_strip_meeting_words(text)):
            break
        if council and _title_case(text).lower() == council.lower():
            break
        if _is_council_name(text) or (BODY_PHRASE.fullmatch(_strip_meeting_words(text)) and not carries_on):
            break
        out.insert(0, prev)
        cur = prev
        carries_on = None
        i -= 1
    return out


def _strip_labels(text: str) -> str:
    """Drop a contact column printed on the same line ("... Guildhall, Telephone: ...")."""
    return re.split(r"\b(?:Telephone|Tel|Email|E-mail|Ask for|Contact|Fax)\s*:", text, flags=re.I)[0].strip(" ,")


def _venue_in_prose(lines: list[Line]) -> Optional[tuple[str, Line]]:
    """'A meeting ... will be held in the Council Chamber, Town Hall, Northgate on Thursday'."""
    for i, ln in enumerate(lines[:120]):
        window = lines[i : i + 3]
        text = " ".join(x.text for x in window)
        m = re.search(
            r"\b(?:will\s+be\s+held|to\s+be\s+held|will\s+take\s+place|will\s+meet)\s+(?:in\s+person\s+)?(?:in|at)\s+(?:the\s+)?"
            r"(?P<v>[A-Z0-9][^.;]{3,120}?)(?=\s+on\s+\w+day|\s+on\s+\d|,?\s+commencing|\s+at\s+\d|\s+and\s+virtually|\s+to\s+deal|[.;]|$)",
            text,
        )
        if m is None or m.start() > len(ln.text):
            continue  # the sentence starts on a later line: its own window reads it whole
        if m.end() >= len(text.rstrip(" ,")) and i + len(window) < len(lines):
            continue  # cut off by the end of the window, not by the sentence
        venue = m.group("v").strip(" ,")
        if VENUE_WORDS.search(venue) or re.search(r"\d", venue):
            return venue, ln
    return None


def _venue_near(lines: list[Line], date_line: Optional[Line]) -> Optional[tuple[str, Line]]:
    """A short line naming a place (hall, chamber, room, virtual meeting) set by the date,
    with the address lines set tight under it."""
    if date_line is None:
        return None
    idx = lines.index(date_line)
    # lines under the date first, then the date line's other columns, then the lines above
    window = lines[idx + 1 : idx + 6] + [date_line] + lines[max(0, idx - 3) : idx][::-1]
    for ln in window:
        for seg in ln.segments:
            t = _strip_labels(seg.text)
            if ln is date_line and seg is ln.segments[0]:
                continue
            if COUNCIL_RE.search(t) or BODY_PHRASE.fullmatch(t.strip()):
                continue  # the authority's or the body's name, not a place
            # a place is named, not stated: a line with a verb ("meetings are held ...") is a notice
            if re.search(r"\b(?:is|are|was|were|will|shall)\b", t, re.I):
                continue
            if VENUE_WORDS.search(t) and len(t.split()) <= 10 and not DATE_RE.search(t) and not parse_time(t) and not re.search(r"\bagenda\b|\bnotice\b|@", t, re.I):
                parts = [t]
                prev = ln
                for nxt in lines[lines.index(ln) + 1 : lines.index(ln) + 3]:
                    nt = _strip_labels(_first_segment(nxt))
                    if nxt.top - prev.bottom > 0.6 * nxt.size or DATE_RE.search(nt) or parse_time(nt) or len(nt.split()) > 10:
                        break
                    if not (re.search(r"\d", nt) or VENUE_WORDS.search(nt)):
                        break
                    parts.append(nt)
                    prev = nxt
                return ", ".join(parts), ln
    return None


def _venue_after(lines: list[Line], date_line: Line) -> Optional[str]:
    """ModernGov and similar sheets print the venue in the lines under the date, left column."""
    idx = lines.index(date_line)
    parts: list[str] = []
    first = _first_segment(date_line)
    after_date = re.split(r"\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?", first, flags=re.I)
    tail = after_date[-1].strip(" ,-–") if len(after_date) > 1 else ""
    tail = re.sub(r"^(?:in|at)\s+(?:the\s+)?", "", tail, flags=re.I)  # "... at 7.30pm in the Village Hall"
    if tail and not LABELS["contact"].match(tail):
        parts.append(tail)
    prev = date_line
    for ln in lines[idx + 1 : idx + 6]:
        if ln.top - prev.bottom > 1.2 * ln.size or abs(ln.x0 - date_line.x0) > 6:
            break
        text = ln.segments[0].text
        if re.match(rf"^{MONTHS}\b", text, re.I):
            break  # the date itself wraps onto this line
        text = re.split(r"\b(?:Telephone|Tel|Email|E-mail|Ask for|Contact)\s*:", text, flags=re.I)[0].strip(" ,")
        if not text or parse_time(text) or DATE_RE.search(text) or text.rstrip().endswith(":"):
            break
        parts.append(text)
        prev = ln
    venue = ", ".join(p.strip(" ,") for p in parts if p.strip(" ,"))
    return venue or None


def _continued_value(lines: list[Line], label_line: Line, value: str) -> str:
    """A labelled value that wraps onto following lines aligned under it (multi-line venues)."""
    if len(label_line.segments) < 2:
        return value
    x = label_line.segments[1].x0
    parts = [value.strip(" ,-–")]
    prev = label_line
    for ln in lines[lines.index(label_line) + 1 :]:
        if abs(ln.x0 - x) > 4 or ln.top - prev.bottom > 1.0 * ln.size or len(ln.segments) > 1:
            break
        parts.append(ln.text.strip(" ,-–"))
        prev = ln
    return ", ".join(p for p in parts if p)


def extract_contact(lines: list[Line]) -> Optional[Contact]:
    contact = Contact()
    page = None
    lab = _label_value(lines, "contact")
    if lab is None:
        # two-column sheets print "Ask for:" after the date on the same line
        for ln in lines:
            m = re.search(r"\b(?:ask\s+for|contact(?:\s+officer)?|enquiries\s+to)\s*:\s*(.+)$", ln.text, re.I)
            if m:
                lab = (m.group(1), ln)
                break
    if lab is None:
        # a clerk's sign-off with no label: "Cathy Fleet – Parish Clerk 07989 398 838"
        for ln in lines:
            m = SIGN_OFF_RE.match(ln.text.strip())
            if m and CONTACT_OFFICE.search(m.group("role")):
                lab = (m.group("name"), ln)
                contact.phone = m.group("phone").strip()
                break
    if lab is None:
        # a sign-off with the phone or e-mail on the line below: "Jo Bell (Clerk)" / "Email: ..."
        for k, ln in enumerate(lines):
            m = SIGN_OFF_NAME_RE.match(ln.text.strip())
            below = " ".join(x.text for x in lines[k + 1:k + 3])
            if m and CONTACT_OFFICE.search(m.group("role")) and (EMAIL_RE.search(below) or PHONE_RE.search(below)):
                lab = (m.group("name"), ln)
                break
    if lab is None:
        # a sign-off over its office on the line below: "Siobhán Ní Mhurchú" / "Meetings Administrator"
        for k, ln in enumerate(lines[:-1]):
            # the office in the second language of two ("Riarthóir Cruinnithe / Meetings
            # Administrator"), before the body it serves ("Meetings Administrator, X District")
            office = lines[k + 1].text.strip().split(" / ")[-1].split(",")[0].strip()
            if SIGNED_NAME_RE.fullmatch(ln.text.strip()) and OFFICE_LINE_RE.fullmatch(office) and lines[k + 1].page == ln.page:
                lab = (ln.text.strip(), ln)
                break
    if lab:
        value = re.split(r"\b(?:Tel(?:ephone)?|Phone|Email|E-mail)\b", lab[0], flags=re.I)[0]
        name, _ = split_honorific(value.strip(" ,:;/"))
        name = EMAIL_RE.sub("", name).strip(" ,")
        if "," in name and SIGNED_NAME_RE.fullmatch(name.split(",")[0].strip()):
            name = name.split(",")[0].strip()  # "Ewan Sutherland, Committee Services": the name, less the office
        if name and not PHONE_RE.fullmatch(name) and len(name.split()) <= 6:
            contact.name = name
        page = lab[1].page
    text = _joined_text(lines)
    email = EMAIL_RE.search(text)
    if email:
        contact.email = email.group(0).rstrip(".")
    if not contact.phone:  # a sign-off may have given it already
        for ln in lines:
            if re.search(r"\b(?:tel(?:ephone)?|phone|direct dial)\b", ln.text, re.I):
                m = PHONE_RE.search(ln.text.split(":", 1)[-1]) or PHONE_RE.search(ln.text)
                if m:
                    contact.phone = m.group(0).strip()
                    page = page or ln.page
                    break
    if not (contact.name or contact.email or contact.phone):
        return None
    contact.page = page or (lines[0].page if lines else None)
    return contact


def _joined_text(lines: list[Line]) -> str:
    """Text with e-mail addresses that wrap over lines rejoined ("name@council" + ".gov.uk")."""
    out: list[str] = []
    for ln in lines:
        t = ln.text.strip()
        # (broken at a dot: "Pages" heading a column under an address is no part of it)
        if out and re.search(r"@[\w.-]+$", out[-1]) and re.match(r"^\.?[\w-]+(?:\.[\w-]+)*\.?$", t) \
                and (out[-1].endswith((".", "-")) or t.startswith(".")):
            out[-1] = out[-1] + t
        else:
            out.append(t)
    return "\n".join(out)


def extract_members(lines: list[Line]) -> list[Person]:
    members: list[Person] = []
    start = None
    for i, ln in enumerate(lines):
        if MEMBER_HEADERS.match(ln.text.strip()):
            start = i
            break
    if start is None:
        return members
    header = lines[start]
    rest = MEMBER_HEADERS.sub("", header.text.strip(), count=1)
    chunk = [rest] if rest else []
    prev = header
    for ln in lines[start + 1 : start + 40]:
        if ln.top - prev.bottom > 2.2 * ln.size and chunk:
            break
        if re.match(r"^(?:published|contact|ask for|date|time|venue|agenda|web|https?:)", ln.text, re.I):
            break
        chunk.extend(s.text for s in ln.segments)
        prev = ln
    for piece in _split_people(chunk):
        person = _person(piece, header.page)
        if person:
            members.append(person)
    return members


def _split_people(chunks: list[str]) -> list[str]:
    out: list[str] = []
    for text in chunks:
        text = re.sub(r"\band\b(?=\s+(?:cllr|councillor|mr|mrs|ms|dr)\b)", ",", text, flags=re.I)
        # "Name (Chairman), Name" or "Name, Mayor" lines: keep a role after a comma with its name
        parts = [p.strip() for p in re.split(r",(?![^(]*\))", text) if p.strip()]
        merged: list[str] = []
        for p in parts:
            if merged and ROLE_WORDS.search(p) and len(p.split()) <= 6 and not ROLE_IN_BRACKETS.search(p):
                merged[-1] = f"{merged[-1]}, {p}"
            else:
                merged.append(p)
        out.extend(merged)
    return out


def _person(text: str, page: int) -> Optional[Person]:
    text = text.strip(" .;")
    role = None
    m = ROLE_IN_BRACKETS.search(text)
    if m:
        role = m.group(1).strip()
        text = (text[: m.start()] + text[m.end():]).strip(" ,")
    elif "," in text:
        name, tail = text.split(",", 1)
        if ROLE_WORDS.search(tail):
            role, text = tail.strip(), name.strip()
    name, honorific = split_honorific(text)
    if re.search(r"\bmembers?\b|\bcouncillors\b", name, re.I):
        return None  # a sub-heading of the list ("Co-opted Members")
    words = name.split()
    if not (2 <= len(words) <= 6) or not all(w[0].isupper() or w in {"de", "van", "von", "da"} for w in words if w[0].isalpha()):
        return None
    if re.search(r"\d", name) or NOT_A_NAME.search(name):
        return None  # the next heading or an agenda line after the list, not a person
    return Person(name=name, honorific=honorific, role=role, page=page)


# words of headings and agenda lines that end a membership list; names do not carry them
NOT_A_NAME = re.compile(r"\b(?:of|the|and|for|to|on|at|item|items|meeting|agenda|date|next|report|minutes)\b", re.I)


def _strip_stars(text: str) -> str:
    return text.strip(" *")


def _strip_meeting_words(text: str) -> str:
    return re.sub(r"^(?:regular|special|annual)?\s*meeting\s+of\s+(?:the\s+)?", "", text, flags=re.I).strip()


def _title_case(text: str) -> str:
    return text.title() if text.isupper() else text


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()

"""The attendance of one set of minutes, read from its lines: the lists under their labels
("PRESENT:", "Apologies", "Officers in attendance") in the preamble, the first item and a roll-call
item, and the sentences that add to them ("Apologies were received from ...", "X attended
virtually", "Y substituted for Z"). How a list or a name is printed is read by `minutes.attendance`.
"""

from __future__ import annotations

import re
from itertools import takewhile
from typing import TYPE_CHECKING, Optional, Sequence

from agendapack.extractors.minutes import attendance as att
from agendapack.extractors.minutes.headings import Heading, MinutesParts
from agendapack.extractors.minutes.nlp import people
from agendapack.extractors.minutes.text import paragraphs, sentences
from agendapack.extractors.minutes.votes import RESULT_LINE
from agendapack.extractors.text.layer import Line, Segment

if TYPE_CHECKING:
    from spacy.language import Language

# a group's name over its part of a list ("Councillors:", "Comhairleoirí / Councillors:")
# a group named over its members inside a list: "Councillors:", or a banner in capitals ("COUNCILLORS")
GROUP_SUBLABEL = re.compile(rf"^(?:[^/:\d]{{1,40}}/\s*)?(?:{att._GROUP}\s*:-?|(?-i:[A-Z ]+))$", re.I)
ROLL_CALL_TITLE = re.compile(r"^(?:roll\s+call|attendance|(?:members\s+)?present)\b", re.I)


def read_attendance(lines: list[Line], parts: MinutesParts, nlp: Optional[Language] = None) -> att.Roll:
    """Who attended, in what capacity, and who sent apologies, read from the labelled lists and
    the sentences of a set of minutes."""
    roll = att.Roll()
    _ListReader(roll, lines, parts.headings).read()
    if not roll.entries:
        heads = parts.headings
        # the preamble, or the first item's body ("Call to Order ... The following were present:")
        end = heads[1].index if len(heads) > 1 else len(lines)
        _read_roster(roll, lines[:end])
    _read_sentences(roll, lines, parts.headings, nlp)
    _read_presiding(roll, lines[: parts.headings[0].index if parts.headings else len(lines)])
    return roll


def _read_presiding(roll: att.Roll, preamble: list[Line]) -> None:
    """'Cathaoirleach: Cllr Pádraig Mac Giolla Phádraig' on its own line above the lists: present,
    with the office, when no list named them."""
    for ln in preamble:
        m = att.PRESIDING_LINE.match(ln.text.strip())
        if m is None:
            continue
        p = att.split_name(m.group("person"))
        if p.name and len(p.name.split()) >= 2 and roll.find(p.name, att.STATUSES) is None:
            roll.add(att.AttendanceEntry(name=p.name, status="present", page=ln.page, honorific=p.honorific,
                                         role=p.role or m.group("office")))


# one person and their office a line: "Dana Whitlock, President", "Ruth Ambler – Deputy Clerk",
# "Niall Gildea, S.E.E./Area Manager" (a dot inside an abbreviation),
# "Gráinne Fitz, Director of Services, Housing and Community"
ROSTER_LINE = re.compile(r"^(?P<name>[^,–—]{3,60}?)\s*(?:,|\s[–—-])\s+(?P<role>[A-Z](?:[^;.]|\.(?=\S)){1,90})$")


def _roster_person(line: Line) -> Optional[att.PersonRef]:
    """The person a roster line names, with their office after a comma or a dash or in a column
    of its own, or None when the line is no such pair."""
    segs = line.segments
    if len(segs) == 3 and segs[0].text.strip().lower() in {"and", "&"}:
        segs = segs[1:]  # the last of the list: "and    Glenda S. Oberholt    Commissioner, Precinct 4, absent,"
    if len(segs) == 2:
        return _person_and_office(segs[0].text.strip(), segs[1].text.strip())
    return _roster_text_person(line.text)


def _roster_text_person(text: str) -> Optional[att.PersonRef]:
    """The person and office of a line printed "Dana Whitlock, President", or None."""
    m = ROSTER_LINE.match(text.strip())
    return _person_and_office(m.group("name"), m.group("role").strip()) if m else None


def _person_and_office(name: str, role: str) -> Optional[att.PersonRef]:
    if not any(att.is_role_word(t) for t in role.split()):
        return None
    person = att.split_name(name)
    words = person.name.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words) or any(att.is_role_word(w) for w in words):
        return None
    return att.PersonRef(name=person.name, honorific=person.honorific, role=role)


def _read_roster(roll: att.Roll, lines: list[Line]) -> None:
    """A board's members listed with no label before the minutes begin, one person and office a
    line ("Dana Whitlock, President"), three or more in a run at one alignment: present, the
    deputies and assistants who attend for a member in attendance."""
    run: list[tuple[Line, att.PersonRef]] = []
    for ln in lines:
        person = _roster_person(ln)
        if person is not None and (not run or _aligned(run[-1][0], ln)):
            run.append((ln, person))
            continue
        if len(run) >= 3:
            break
        run = [(ln, person)] if person is not None else []
    if len(run) < 3:
        return
    for line, p in run:
        status = "in_attendance" if att.ACTING_ROLE.match(p.role or "") else "present"
        role = p.role
        if role and (gone := ROSTER_ABSENT.search(role)):
            status, role = "absent", role[: gone.start()]  # "Commissioner, Precinct 4, absent,"
        roll.add(att.AttendanceEntry(name=p.name, status=status, page=line.page, honorific=p.honorific, role=role))


ROSTER_ABSENT = re.compile(r"\s*,?\s*\babsent\b\W*$", re.I)


def _aligned(a: Line, b: Line) -> bool:
    """Two lines of one list: on one page, starting at one indent or centred alike."""
    return a.page == b.page and (abs(a.x0 - b.x0) <= 3 or abs((a.x0 + a.x1) - (b.x0 + b.x1)) <= 6)


class _ListReader:
    """The lists under attendance labels ("PRESENT: ...", "Apologies" and the names below), read a
    line at a time: one handler for an office line, one for a roll-call line, one for a labelled
    list. What one list tells the next is kept here: where the labels and their lists are printed
    (`grid`), the columns of a list printed as a table (`roster`) and a list going on in a
    paragraph below its label's (`carried`)."""

    def __init__(self, roll: att.Roll, lines: list[Line], heads: list[Heading]) -> None:
        self.roll, self.lines, self.heads = roll, lines, heads
        self.grid: Optional[tuple[float, float]] = None
        self.roster: Optional[tuple[float, float]] = None
        self.carried: Optional[tuple[str, tuple[float, float]]] = None
        self.labelled: dict[int, tuple[str, str, str]] = {}  # headings that are the label of the list below

    def read(self) -> None:
        scan = self._scanned()
        k = 0
        while k < len(scan):
            after = self._read_line(scan[k])
            k = next((q for q in range(k + 1, len(scan)) if scan[q] >= after), len(scan))

    def _scanned(self) -> list[int]:
        """The lines that may hold lists: the preamble, the first item's body (lists printed under
        a heading), and the body of an item that is the roll call ("2. ROLL CALL" in the minutes'
        running order)."""
        heads, end = self.heads, self.heads[1].index if len(self.heads) > 1 else len(self.lines)
        scan = set(range(0, end))
        opening = True  # the minutes' opening items, before the first item of business
        for hi, h in enumerate(heads):
            nxt = heads[hi + 1].index if hi + 1 < len(heads) else len(self.lines)
            if hi and ROLL_CALL_TITLE.match(h.title):
                scan.update(range(h.body_start, nxt))
            lab = self._list_label(h, nxt) if opening else None
            if lab is not None:
                self.labelled[h.index] = lab
                scan.update(range(h.index, nxt))
            opening = opening and (hi == 0 or lab is not None or att.label_of(h.title) is not None)
        return sorted(scan)

    def _list_label(self, h: Heading, nxt: int) -> Optional[tuple[str, str, str]]:
        """The label a numbered minute of the opening is titled as ("GMD 19/25  MEMBERS PRESENT",
        "OFFICIALS PRESENT") when a list, not a sentence, stands under it; else None."""
        lab = att.label_of(h.title) or att.label_of(self.lines[h.index].text)  # ("I LÁTHAIR / PRESENT:")
        # (an item of apologies records decisions on them too: its sentences are read as such)
        if lab is None or lab[2] or lab[0] in ("apologies", "absent") or h.body_start >= nxt:
            return None
        first = self.lines[h.body_start].text
        if _a_sentence(first) or att.label_of(first) or att.roll_call_statuses(first):
            # "Apologies were received from ...": read by the sentences' reader; "Supervisor Lowe
            # Present, Clerk Marsh Present": a roll call's answers, read as such
            return None
        return lab

    def _read_line(self, i: int) -> int:
        """What starts at line `i`: the index of the first line after it."""
        line = self.lines[i]
        if i in self.labelled:
            return self._read_list(i, self.labelled[i], None, None)
        lab = att.label_of(line.text) or _embedded_label(line.text)
        wrapped = None if lab else _column_label(self.lines, i)
        if wrapped is not None:
            lab = wrapped[0]
        office = None if lab else _office_label(line)
        if office is not None:
            if self.roll.find(office.name) is None:  # "Chair: Councillor Kinnaird" after the members: named already
                self.roll.add(office)
            return i + 1
        if not lab and self.grid is not None:
            lab = _grid_label(line, self.grid)
        columns: Optional[tuple[float, float]] = None  # the label's and its list's left edges
        if not lab and self.carried is not None and abs(line.x0 - self.carried[1][1]) <= 3 and not _a_sentence(line.text):
            lab = (self.carried[0], "", line.text)  # the label above's list, a paragraph on
            columns = self.carried[1]
        self.carried = None
        if not lab:
            for name, status in att.roll_call_statuses(line.text):
                self.roll.add(att.AttendanceEntry(name=name.name, status=status, page=line.page,
                                                  honorific=name.honorific, role=name.role))
            return i + 1
        return self._read_list(i, lab, wrapped, columns)

    def _read_list(self, i: int, lab: tuple[str, str, str], wrapped: Optional[tuple[tuple[str, str, str], list[str]]],
                   columns: Optional[tuple[float, float]]) -> int:
        """The list under the label at line `i`, to the next label, heading, paragraph or sentence."""
        lines = self.lines
        status, _, rest = lab
        segs = lines[i].segments
        if wrapped is None and len(segs) >= 2 and (head := att.label_of(segs[0].text)) is not None and not head[2]:
            self.grid = (segs[0].x0, segs[1].x0)
            if len(segs) >= 3:
                rest = _list_text(segs[1:])  # the label in its column, the names in columns beside it
        inner = att.label_of(rest)
        if inner and not inner[2]:
            rest = ""  # two lists side by side: "Present:   Members of the Public:" heads two columns
        block = [rest] if rest else []
        printed = [lines[i]] if rest else []  # the lines the block's texts are printed on
        j = i + 1
        if wrapped is not None:
            block = wrapped[1]
            while not lines[j - 1].segments[0].text.strip().endswith(":"):
                j += 1
            printed = [ln for ln in lines[i:j] if len(ln.segments) > 1]
        stop = next((h.index for h in self.heads if h.index > i), len(lines))
        while j < stop and not att.label_of(lines[j].text) and not (self.grid and _grid_label(lines[j], self.grid)) \
                and not _column_label(lines, j):
            if self._paragraph_break(j, block):
                self._carry(i, j, status, block, bool(rest), columns)
                break
            if self._list_ends(j, block, status):
                break
            block.append(self._list_piece(i, j))
            printed.append(lines[j])
            j += 1
        self._add_block(block, printed, status, lines[i])
        return j

    def _paragraph_break(self, j: int, block: list[str]) -> bool:
        lines = self.lines
        gap = lines[j].top - lines[j - 1].top if lines[j].page == lines[j - 1].page else 99
        # "Councillors:" over the members, inside the list: the list goes on under it
        sublabel = bool(block) and bool(GROUP_SUBLABEL.match(block[-1]))
        return gap > 1.6 * max(lines[j - 1].size, 8) * (2.0 if sublabel else 1.0 if block else 2.2)

    def _carry(self, i: int, j: int, status: str, block: list[str], labelled_line: bool,
               columns: Optional[tuple[float, float]]) -> None:
        """A second paragraph of the list, printed in its column (right of the labels): another
        list under the same label, read when its line comes."""
        lines, segs = self.lines, self.lines[i].segments
        columns = (segs[0].x0, segs[1].x0) if len(segs) >= 2 else columns
        near = lines[j].page == lines[j - 1].page and lines[j].top - lines[j - 1].top <= 3.2 * max(lines[j - 1].size, 8)
        if block and columns is not None and abs(lines[j].x0 - columns[1]) <= 3 and near:
            self.carried = (status, columns)
        elif block and columns is None and not labelled_line and lines[j].x0 > lines[i].x0 + 3 and near:
            # a label alone on its line, its list indented under it in two paragraphs
            # (the presiding members, then the others in columns)
            self.carried = (status, (lines[i].x0, lines[j].x0))

    def _list_ends(self, j: int, block: list[str], status: str) -> bool:
        """Line `j` is no part of the list: a sentence after one that ended, a bold line after a
        plain one, a footnote."""
        prev, line = self.lines[j - 1], self.lines[j]
        if re.search(r"[.]\s*$", prev.text) and block and _a_sentence(line.text) and status != "present":
            return True
        banner = bool(GROUP_SUBLABEL.match(line.text.strip())) and att._key(line.text.split()[0]) in att.HONORIFICS
        if line.bold and not prev.bold and block and not banner:
            return True
        return line.text.lstrip().startswith("*") and line.size < prev.size  # "* Cllr A joined the meeting at ..."

    def _list_piece(self, i: int, j: int) -> str:
        segs = self.lines[j].segments
        if len(segs) >= 2 and segs[0].text.strip().endswith(":") and (abs(segs[0].x0 - self.lines[i].x0) <= 3
                                                                     or _office_words(segs[0].text.strip().rstrip(":"))):
            # an office or a group as a label in the labels' column ("Comhairleoirí:"), or in a
            # column of its own between the label and the names ("Vice Chairman:", "Commissioners:")
            segs = segs[1:]
        return _list_text(segs)

    def _add_block(self, block: list[str], printed: list[Line], status: str, first: Line) -> None:
        """The people of one list, less the group names over its parts."""
        kept = [(t, ln) for t, ln in zip(block, printed + [first] * (len(block) - len(printed)))
                if not GROUP_SUBLABEL.match(t)]
        entries, self.roster = _block_entries([t for t, _ in kept], [ln for _, ln in kept], status, first.page, self.roster)
        for e in entries:
            self.roll.add(e)


def _block_entries(block: list[str], printed: list[Line], status: str, page: int,
                   roster: Optional[tuple[float, float]] = None) -> tuple[list[att.AttendanceEntry], Optional[tuple[float, float]]]:
    """The people of one labelled list, from the texts of its lines (`printed`, the lines they
    are printed on): a person and their office a line, whose office may hold "and" or brackets
    of its own; else a person (and office) a piece between semicolons ("Ochoa, President;
    Whitcomb, Vice President; Nakamura"); else the list read as one text."""
    # "Approximately 12 members of the public" on a line of its own is nobody to record
    kept = [k for k, t in enumerate(block) if att.JUNK_RE.sub("", t).strip(" ,.;")]
    if len(kept) < len(block):
        block, printed = [block[k] for k in kept], [printed[k] for k in kept if k < len(printed)]
    columns, roster = _two_column_roster(printed, roster)
    if columns:
        return [_with_notes(att.AttendanceEntry(name=p.name, status=status, page=page, honorific=p.honorific, role=p.role), note)
                for p, note in columns], roster
    titled = _honorific_roster(block)
    people = titled or _name_first_lines(block) or [_roster_text_person(t) for t in block]
    if (len(block) < 2 and not titled) or not all(people):
        text = ", ".join(block) if _one_name_a_line(block) else _join_list_lines(block, printed)
        # a note in brackets citing a code or holding a semicolon is no part of the names;
        # a sentence ends the list ("Under item 4(v) ... the Town Clerk advised ...")
        text = _list_part(re.sub(r"\s*\((?=[^()]*(?:§|;))[^()]*(?:\([^()]*\)[^()]*)*\)", "", text))
        people = list(_semicolon_people(text))
        if not people:
            return _list_entries(text, status, page), roster
    return [att.AttendanceEntry(name=p.name, status="virtual" if p.virtual and status == "present" else status, page=page,
                                honorific=p.honorific, role=p.role) for p in people if p], roster


def _list_entries(text: str, status: str, page: int) -> list[att.AttendanceEntry]:
    """The people of a list read as one text; a label after a semicolon starts the next list
    ("Council Members A, B; Absent: C.")."""
    for m in re.finditer(r";\s*(?=[A-Z][\w ]{1,30}:)", text):
        label = att.label_of(text[m.end():])
        if label is not None:
            return att.entries_from_list(text[: m.start()], status, page) + _list_entries(label[2], label[0], page)
    return att.entries_from_list(text, status, page)


def _two_column_roster(printed: list[Line], known: Optional[tuple[float, float]] = None
                       ) -> tuple[list[tuple[att.PersonRef, str]], Optional[tuple[float, float]]]:
    """A list printed as a table, a person a line in one column and what they represent in the
    next ("Director Ann Ho      Electoral Area C (participated" / "electronically)"), lines with
    the second column alone continuing it: (person, the second column's text), or [] when the list
    is not printed so; with the two columns' left edges, which a short list under the next label
    (one line) is read by (`known`)."""
    offices = _office_column(printed)
    if offices:
        left = min(ln.segments[1 if k in offices else 0].x0 for k, ln in enumerate(printed))
    elif len(printed) >= 3:
        left = min((ln.segments[0].x0 for ln in printed[1:] if ln.segments), default=0.0)
    elif known is not None and printed:
        left = known[0]  # the first line also holds the label: the names' column is the table's
    else:
        return [], known
    lined = [(k, [s for s in ln.segments if s.x0 >= left - 3]) for k, ln in enumerate(printed)]
    # "3 members of the public" closing the list in the names' column is nobody to record, nor
    # are counts under labels of their own ("Media: 1 (Herald)  Members of the public: 6")
    lined = [(k, r) for k, r in lined if not (len(r) == 1 and att.JUNK_RE.match(r[0].text.strip()))]
    lined = list(takewhile(lambda kr: not (kr[1] and re.match(r"[A-Z][\w ]{1,30}:\s*\d", kr[1][0].text.strip())), lined))
    rows: list[list[Segment]] = [r for _, r in lined]
    seconds = [r[1].x0 for r in rows if len(r) == 2]
    if len(printed) < 3 and seconds:
        seconds += [known[1]] if known is not None else []
    if len(seconds) < 2 or max(seconds) - min(seconds) > 3 or any(len(r) > 2 or not r for r in rows):
        return [], known
    if any(_titled(r[1].text) for r in rows if len(r) == 2):
        return [], known  # people in both columns: a grid of names, not names and what they represent
    out: list[tuple[att.PersonRef, str]] = []
    for k, r in lined:
        if abs(r[0].x0 - left) > 3:
            if not out or abs(r[0].x0 - seconds[0]) > 3:
                return [], known
            out[-1] = (out[-1][0], f"{out[-1][1]} {r[0].text.strip()}")  # the second column wrapped
            continue
        person = att.split_name(r[0].text)
        office = offices.get(k, "")
        if office and att.PRESIDING_ROLE.match(office):
            person.role = person.role or office  # "Mayor   Tania Whaanga"
        words = person.name.split()
        if not 2 <= len(words) <= 5 or "," in r[0].text \
                or not all(w[:1].isupper() or w in att.NAME_PARTICLES for w in words):  # "Peter van der Sluis"
            return [], known
        out.append((person, r[1].text.strip() if len(r) == 2 else ""))
    return out, (left, seconds[0])


def _office_words(text: str) -> bool:
    """Words that name an office or a group of members ("Vice Chairman", "Commissioners", "Deputy Mayor")."""
    words = text.split()
    return bool(words) and (bool(att.PRESIDING_ROLE.match(text)) or all(
        w.lower() in {"and", "of", "the"} or att.is_role_word(w) or att.is_honorific(w) for w in words))


def _office_column(printed: list[Line]) -> dict[int, str]:
    """A column of offices or groups left of the names ("Mayor", "Deputy Mayor", "Councillors"
    over a column of names, each row's office beside its first name): {line: office}, or {}."""
    rows = [ln for ln in printed if ln.segments]
    if len(rows) < 3:
        return {}
    col = min(ln.segments[0].x0 for ln in rows)
    at_col = [k for k, ln in enumerate(printed) if ln.segments and abs(ln.segments[0].x0 - col) <= 3]
    if len(at_col) == len(rows) or any(len(printed[k].segments) < 2 for k in at_col):
        return {}
    offices = {k: printed[k].segments[0].text.strip().rstrip(":") for k in at_col}
    if not all(_office_words(office) for office in offices.values()):
        return {}
    return offices


def _titled(text: str) -> bool:
    """A person printed with an honorific or a title before the name ("Cllr Ann Ho", "Director Ann Ho")."""
    person = att.split_name(text)
    return bool(person.honorific) or bool(person.role_first and person.role)


# what a note beside a member says of their attendance: "(participated electronically)",
# "(for Director Pereira)" - sitting for another member
SITTING_FOR = re.compile(rf"\(\s*for\s+(?:{'|'.join(sorted(att.HONORIFICS | {'director'}))})\.?\s+(?P<name>[^()]+?)\s*\)", re.I)


# a note of when a member came or went ("from 9.47am", "until 11.48am", "left at 12.10pm")
TIME_NOTE = re.compile(r"(?i)^(?:from|until|till|to|after|before|arrived|left|joined)\b.{0,30}\d")


def _with_notes(entry: att.AttendanceEntry, note: str) -> att.AttendanceEntry:
    sitting, remote = SITTING_FOR.search(note), bool(att.VIRTUAL_RE.search(note))
    if sitting or entry.role and re.match(r"(?i)(?:alternate|substitute)\b", entry.role):
        entry.status = "substitute"
        entry.substitute_for = att.split_name(sitting.group("name")).name if sitting else None
    elif remote:
        entry.status = "virtual"
    if remote or TIME_NOTE.match(note):
        return entry  # "via audio-visual link", "from 9.47am": how and when they attended, no office
    entry.role = entry.role or att.normalise_role(re.sub(r"\s*\([^)]*\)", "", note).strip()) or None
    return entry


# (a nickname in quotes may stand among the names: 'Carl E. "Buddy" Rogers')
NAME_THEN_MORE = re.compile(r"^(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|\"[^\"]{1,20}\"|“[^”]{1,20}”)){1,4}),\s*(?P<more>\S.*)$")


def _name_first_lines(block: list[str]) -> list[Optional[att.PersonRef]]:
    """A person a line, the name first and then, after a comma, their office and what they
    represent ("Dale R. Whitcomb, Chair, Oak Hill District" / "Harold J. Brandt, Courthouse
    District"), or [] when the list is not printed so."""
    if len(block) < 2 or any(re.search(r"(?:,|\band|&)\s*$", t) or ";" in t for t in block):
        return []  # a list run on over its lines ("A, B, C," / "D, E"), or split by semicolons
    people: list[Optional[att.PersonRef]] = []
    for text in block:
        m = NAME_THEN_MORE.match(text.strip())
        more = m.group("more").split() if m else []
        # (a title before a name in what follows is another person; "Councilman, District 2" is an office)
        if m is None or any(att.is_honorific(w) and not w.endswith(",") and k + 1 < len(more) and more[k + 1][:1].isupper()
                            for k, w in enumerate(more)) \
                or all(SURNAME_IN_CAPITALS.match(piece.strip()) for piece in m.group("more").split(",")):
            return []  # (people in columns, their surnames in capitals: "Ann MUIR      Ben ORR")
        person = att.split_name(m.group("name"))
        words = person.name.split()
        if person.role or not 2 <= len(words) <= 4 or any(att.is_role_word(w) for w in words):
            return []
        people.append(att.PersonRef(name=person.name, honorific=person.honorific, role=m.group("more").strip(" ."),
                                    virtual=bool(att.VIRTUAL_RE.search(m.group("more")))))
    return people


# a person's name, then their office in brackets
PERSON_THEN_OFFICE = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+\s+\([A-Z]")
# a person printed with the surname in capitals ("Graham ABERCROMBIE", "Ewan McLEAN")
SURNAME_IN_CAPITALS = re.compile(r"^(?:[A-Z][a-z'’-]+\s+){1,3}(?:Mc|Mac|O['’])?[A-Z]{2,}[A-Z'’-]*\.?$")
# what a member represents, printed after the name: "District 3", "At-Large", "Oak Hill Ward"
SEAT = re.compile(r"^(?:(?:district|ward|precinct|pct\.|zone|division|area)\s+\w{1,3}|at[- ]large"
                  r"|(?:[A-Z][\w'’-]*\s+){1,3}(?:District|Ward|Precinct|Division))$", re.I)


def _opens_with_title(text: str) -> bool:
    """A line opening with an honorific or a presiding office ("Vice Chairman Loretta Pruitt")."""
    words = text.split()
    return bool(words) and (att.is_honorific(words[0]) or bool(att.PRESIDING_ROLE.match(words[0]))
                            or bool(att.PRESIDING_ROLE.match(" ".join(words[:2]))))


def _honorific_roster(block: list[str]) -> list[Optional[att.PersonRef]]:
    """A person a line, each line opening with an honorific (or a presiding office) and giving
    the office or the seat after a comma, long offices wrapped onto lines of their own ("Ms. Ann
    Ho, Director of Services, Roads and" / "Environment"; "Chairman Harlan Whitfield, At-Large"):
    the people, or [] when the list is not printed so."""
    opens = [_opens_with_title(t) for t in block]
    # one person whose office wraps, or several a line each; a list run on with semicolons is none
    # (one line only when its seat follows the comma: "Commissioner Ben Oakes, District 5")
    alone = len(block) == 1 and bool(SEAT.match(block[0].partition(",")[2].strip()))
    if (len(block) < 2 and not alone) or not opens[0] or len(block) >= 3 and sum(opens) < 2 or any(";" in t for t in block):
        return []
    merged: list[str] = []
    for text, opened in zip(block, opens):
        if opened:
            merged.append(text)
        else:
            merged[-1] += " " + text
    people: list[Optional[att.PersonRef]] = []
    for text in merged:
        name, _, office = text.partition(",")
        words = office.split()
        seat = bool(SEAT.match(office.strip()))
        if not words or any(att.is_honorific(w) or att.is_initial(w) for w in words) or not (seat or any(att.is_role_word(w) for w in words)):
            return []
        if any(_opens_with_title(piece) and len(piece.split()) >= 3 for piece in office.split(",")):
            return []  # another person after the comma ("President Ana Ruiz, Vice President Tom Hale, ..."): a list
        person = att.split_name(name)
        presiding = person.role is not None and bool(att.PRESIDING_ROLE.match(person.role))
        if (person.role and not presiding) or not 2 <= len(person.name.split()) <= 4 or re.search(r"\band\b|[&(]", name):
            return []  # the part before the comma is one person, nothing more
        role = f"{person.role}, {office.strip()}" if presiding else office.strip()
        people.append(att.PersonRef(name=person.name, honorific=person.honorific, role=role))
    return people


def _column_label(lines: list[Line], i: int) -> Optional[tuple[tuple[str, str, str], list[str]]]:
    """A label wrapped in a column of labels over two to four lines, the names beside it
    ("Officers in" over "attendance:", "Dominic Lyle, ..." and "Carla Benning, ..." to their
    right; "I LÁTHAIR GO" / "CIANDA / ATTENDED" / "REMOTELY:"): the label and the list's text on
    its lines."""
    first = lines[i].segments
    if not first:
        return None
    for k in range(i + 1, min(i + 4, len(lines))):
        line = lines[k]
        segs = line.segments
        if line.page != lines[i].page or not segs or abs(segs[0].x0 - first[0].x0) > 3:
            return None
        if len(segs) > 1 and (len(first) < 2 or abs(segs[1].x0 - first[1].x0) > 3):
            return None
        if lines[k - 1].segments[0].text.strip().endswith(":"):
            return None  # the label above ended: this line is no part of it
        if not segs[0].text.strip().endswith(":"):
            continue
        printed = lines[i:k + 1]
        if len(first) < 2 and not any(len(ln.segments) > 1 for ln in printed):
            return None  # a label column beside names: some line holds names
        lab = att.label_of(" ".join(ln.segments[0].text.strip() for ln in printed))
        if lab is None or lab[2]:
            return None
        texts = [_list_text(ln.segments[1:]) for ln in printed]
        return lab, [t for t in texts if t]
    return None


def _semicolon_people(text: str) -> list[att.PersonRef]:
    """The people of a list split by semicolons, each piece one person with their office after a
    comma or a name alone, or [] when the list is not printed so."""
    pieces = [p.strip(" .") for p in text.split(";") if p.strip(" .")]
    if len(pieces) < 3:
        return []
    out = []
    for piece in pieces:
        person = _roster_text_person(piece) or _titled_person_first(piece)
        if person is None:
            alone = att.split_name(re.sub(r"\s*\([^)]*\)\s*$", "", piece))
            words = alone.name.split()
            if "," in piece or not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
                return []
            person = att.PersonRef(name=alone.name, honorific=alone.honorific, role=alone.role)
        out.append(person)
    return out


def _titled_person_first(piece: str) -> Optional[att.PersonRef]:
    """'Ms. Dearbhla Quinn, Associate, Hollin Dunne Consulting Engineers': a piece opening with a
    titled name, whatever follows its comma being who they are."""
    head, comma, rest = piece.partition(",")
    person = att.split_name(head)
    words = person.name.split()
    plural = bool(head.split()) and att._key(head.split()[0]) in att.PLURAL_TITLES
    if not comma or not person.honorific or plural or not 2 <= len(words) <= 5 \
            or not all(w[:1].isupper() or w in att.NAME_PARTICLES for w in words):
        return None
    return att.PersonRef(name=person.name, honorific=person.honorific, role=rest.strip())


def _before_next_label(text: str) -> str:
    """A list up to the next attendance label printed on after it ("Officials Present: ...")."""
    for m in re.finditer(r"\s(?=[A-Z])", text):
        lab = att.label_of(text[m.end():])
        if lab is not None and ":" in text[m.end(): m.end() + len(lab[1]) + 2]:
            return text[: m.start()]
    return text


def _list_text(segments: Sequence[Segment]) -> str:
    """A list line's text: entries printed in columns ("Cllr A Byrne      Cllr K Lynch") are
    separate entries; a column of offices before the names ("Chairperson     Her Worship the
    Mayor A", "Members     Cr B") is no entry."""
    texts = [seg.text.strip() for seg in segments if seg.text.strip()]
    if len(texts) >= 2 and all(att.is_role_word(w) or w.lower() in ROLE_COLUMN_WORDS for w in texts[0].split()):
        texts = texts[1:]
    return ", ".join(texts)


ROLE_COLUMN_WORDS = {"members", "member", "chairperson", "deputy", "ex-officio", "ex", "officio", "elected"}


def _office_label(line: Line) -> Optional[att.AttendanceEntry]:
    """A presiding office as a label in the label column, its holder beside it ("Cathaoirleach:
    Cllr Máire Uí Bhriain (presiding)", "Mayor:   Cr Ken Pollard"): the holder, present in that
    office (an officer's office: in attendance)."""
    segs = line.segments
    if len(segs) != 2 or not re.fullmatch(r"[A-Z][\w'’-]*(?:[ -][\w'’-]+){0,2}:", segs[0].text.strip()):
        return None
    if re.search(r"\b(?:present|absent|attend\w*|apolog\w*|regrets|excused)\b", segs[0].text, re.I):
        return None  # a status label this reader does not know is no office
    people = att.parse_people(re.sub(r"\s*\([^)]*\)\s*$", "", segs[1].text.strip()))
    if len(people) != 1 or not people[0].honorific:
        return None
    role = segs[0].text.strip().rstrip(":")
    status = "in_attendance" if att.also_status(role) == "in_attendance" else "present"
    return att.AttendanceEntry(name=people[0].name, status=status, page=line.page, honorific=people[0].honorific, role=role)


def _grid_label(line: Line, grid: tuple[float, float]) -> Optional[tuple[str, str, str]]:
    """A label this reader does not know ("Student Representative:") printed in the column of the
    attendance labels above it, its list in their lists' column: someone present besides the
    members, or in attendance when the label is an office."""
    segs = line.segments
    if len(segs) != 2 or abs(segs[0].x0 - grid[0]) > 3 or abs(segs[1].x0 - grid[1]) > 3:
        return None
    label = segs[0].text.strip()
    if not re.fullmatch(r"[A-Z][\w'’-]*(?: [\w'’-]+){0,4}:", label):
        return None
    return att.also_status(label.rstrip(":")), label, segs[1].text.strip()


def _embedded_label(text: str) -> Optional[tuple[str, str, str]]:
    """A list label with its colon inside a line of prose, after a sentence or a lead-in: "... to
    order at 7:00 p.m. Members present: A, B, C.", "... with the following present: A, B"."""
    for m in re.finditer(r"(?:(?<=[.;]\s)|(?<=\bfollowing\s)|(?<=\bwith\s))(?=[A-Za-z])", text):
        lab = att.label_of(text[m.start():])
        if lab and lab[0] in {"present", "absent", "also_present", "in_attendance"} and lab[2] and ":" in text[m.start():m.start() + len(lab[1]) + 3]:
            return lab
    return None


def _read_sentences(roll: att.Roll, lines: list[Line], heads: list[Heading], nlp: Optional[Language]) -> None:
    """Apologies, virtual attendance and substitutes stated in sentences: apologies are read in
    the preamble, the first item and items about apologies, attendance, substitutes or absence;
    virtual attendance and substitutes anywhere."""
    sentence_zones = [(0, heads[0].index if heads else len(lines), True, False)]
    for hi, h in enumerate(heads):
        nxt = heads[hi + 1].index if hi + 1 < len(heads) else len(lines)
        about = bool(re.search(r"apolog|attendance|substitut|absen", h.title, re.I))
        sentence_zones.append((h.body_start, nxt, about or hi == 0, bool(re.search(r"apolog", h.title, re.I))))
    for a, b, apologies_zone, apologies_item in sentence_zones:
        zone = lines[a:b]
        if not zone:
            continue
        for para in paragraphs(zone):
            if not apologies_zone and not re.search(r"virtual|remote|online|via\s|substitut", para.text, re.I):
                continue
            _attendance_sentences(roll, para.text, para.page, nlp, apologies_item=apologies_item, apologies=apologies_zone)


def _one_name_a_line(block: list[str]) -> bool:
    """A list printed one person a line ("Nick Oakhill (NO) CHAIR" / "John Hoodless (JH)"): two or
    more lines, none holding a separator, each of two or more words with its brackets closed."""
    outside = [re.sub(r"\([^()]*\)", "", t) for t in block]  # "Ann Ho (Manager Finance and Services)"
    return len(block) >= 2 and all(
        "," not in o and not re.search(r"\s(?:and|&)\s|;", o) and len(t.split()) >= 2 and t.count("(") == t.count(")")
        and t[:1].isupper() for t, o in zip(block, outside)
    )


def _join_list_lines(block: list[str], printed: list[Line]) -> str:
    """A list's lines as one text. A line that opens with a title ("Councillor Peter Okafor ...")
    after a line that closed an entry (not on "and" or a comma) and ended short, where the title
    would have fitted, begins another entry: a list printed a person or a group a line, its long
    lines wrapped ("..., District" / "Councillor R Lamb" is one entry wrapped)."""
    text = block[0] if block else ""
    right = max((ln.x1 for ln in printed), default=0.0)  # the list's right edge
    for k, line in enumerate(block[1:], start=1):
        first = line.split()[0] if line.split() else ""
        closed = not re.search(r"(?:[,;&(]|\band)\s*$", text) and text.count("(") == text.count(")")
        # a grid of names in columns ends an entry at each line's end
        grid = len(printed) > k and len(printed[k - 1].segments) >= 2
        # (a row of the grid under a row of it ends one whatever the next opens with: "Ann MUIR   Ben ORR")
        row_under_row = grid and len(printed[k].segments) >= 2
        # a person and their office in brackets a line ("Helen Marsh (Town Clerk)" / "Gary Toll (Deputy ...")
        before = block[k - 1].split()
        bracketed = bool(PERSON_THEN_OFFICE.match(line)) and ")" in block[k - 1] and bool(before) \
            and not att.is_honorific(before[-1]) and not att.is_role_word(before[-1])  # not "...; District Cllr" / "Megan ..."
        text += (", " if closed and (row_under_row or bracketed or att.is_honorific(first) and (grid or _ended_short(printed, k, right)))
                 else " ") + line
    return text


def _ended_short(printed: list[Line], k: int, right: float) -> bool:
    """Whether line k-1 of a block ended before the first word of line k would have reached the
    list's right edge."""
    if len(printed) <= k or not printed[k].words:
        return False
    prev, word = printed[k - 1], printed[k].words[0]
    return prev.x1 + 0.3 * word.size + (word.x1 - word.x0) < right


def _a_sentence(text: str) -> bool:
    """A line that says something rather than lists people ("Members of the press were also
    present.", "Apologies were received from ..."): two lower-case words that join no names."""
    return att.said_words(text.split()[:8]) >= 2 or _starts_sentence(text)


def _starts_sentence(text: str) -> bool:
    return bool(re.match(r"^(?:The|Under|In|It|There|This|At|All|A|An|Due|Following)\b", text.strip()))


def _list_part(text: str) -> str:
    # stop at a following sentence ("... and Wood. Under item 4(v) ...")
    m = re.search(r"\.\s+(?=(?:The|Under|In|It|There|This|At|All|Due|Following|(?:[A-Z][a-z]+\s+){1,3}(?:was|were|had|left|arrived|joined))\b)", text)
    return text[: m.start()] if m else text


def _attendance_sentences(roll: att.Roll, text: str, page: int, nlp: Optional[Language], apologies_item: bool,
                          apologies: bool = True) -> None:
    """Substitutes, apologies and virtual attendance stated in the sentences of a paragraph;
    names listed alone in an item about apologies."""
    text = re.sub(r"\s+", " ", text).strip()
    for sent in sentences(nlp, text):
        subs = att.substitutions(sent)
        clean = sent
        for sub, absent in subs:
            roll.mark(absent, "apologies", page)
            roll.mark(sub, "substitute", page, substitute_for=absent)
        if subs:
            # remove the substitution clauses before reading the apologies list
            clean = re.sub(r"\s*,?\s*(?:who\s+(?:was|were)\s+)?substituted\s+by\s+[^,;]+?(?=[,;]|\.\s*$|$)", "", clean)
            clean = re.sub(r"\s*,?\s*with\s+[^,;]+?\s+substituting\b", "", clean)
        stated_absent = att.ABSENT_SENT.search(clean) if apologies else None
        if stated_absent:
            # "Cllr B was absent; no apology had been received.": absent, whatever follows
            for p in att.parse_people(_trim_list(stated_absent.group("list"))):
                if (_plausible_name(p.name) or p.honorific) and roll.find(p.name, att.STATUSES) is None:
                    roll.add(att.AttendanceEntry(name=p.name, status="absent", page=page, honorific=p.honorific,
                                                 role=p.role))
            continue
        am = att.APOLOGY_SENT.search(clean) if apologies else None
        if am and not re.search(r"\bbut\b[^.]*\b(?:attend|present|virtual)", clean, re.I):
            lst = am.group("list") or am.group("list2")
            # the next label of the attendance block printed on after the list ("... Fennessy
            # Officials Present: Mr ...") ends it
            lst = _before_next_label(lst)
            for p in att.parse_people(_trim_list(lst)) or _ner_people(nlp, lst):
                if p.virtual:
                    roll.mark(p.name, "virtual", page)
                else:
                    e = roll.find(p.name, ("substitute",))
                    if e is None:
                        roll.mark(p.name if not p.role else f"{p.name}, {p.role}", "apologies", page)
            continue
        if lead := att.ALSO_PRESENT_LEAD.search(clean):
            # "...; and the following proceedings were had": a clause in lower case after the last "and" is no one
            lst = re.split(r"[;,]\s*and\s+(?=(?:the|others?|[a-z]+\s+members)\b)", lead.group("list"))[0]
            for p in _semicolon_people(lst) or att.parse_people(_trim_list(lst)):
                if (_plausible_name(p.name) or p.role or p.honorific) and roll.find(p.name, att.STATUSES) is None:
                    roll.add(att.AttendanceEntry(name=p.name, status=att.also_status(p.role), page=page,
                                                 honorific=p.honorific, role=p.role))
            continue
        also = att.ALSO_PRESENT_SENT.search(clean)
        if also:
            for p in att.parse_people(_trim_list(also.group("list"))):
                named = _plausible_name(p.name) or bool(p.role or p.honorific) and p.name[:1].isupper()
                if named and roll.find(p.name, ("present", "in_attendance", "also_present")) is None:
                    roll.add(att.AttendanceEntry(name=p.name, status=att.also_status(p.role), page=page,
                                                 honorific=p.honorific, role=p.role))
            continue
        vm = att.VIRTUAL_SENT.search(clean)
        if vm:
            lst = re.sub(r"^.*\b(?:and\s+)?(?:that\s+)?(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\b)", "", vm.group("list"))
            names = _trim_list(lst)
            rest = (lst + " " + vm.group(0)[len(vm.group("list")):]).strip()[len(names):].split()
            if not names or (rest and rest[0].lower().strip(",") not in att.SUBJECT_VERBS):
                continue
            for p in att.parse_people(_trim_list(lst)) or _ner_people(nlp, vm.group(0)):
                if apologies or p.honorific or _plausible_name(p.name):
                    roll.mark(p.name, "virtual", page)
            continue
        if apologies_item and not subs and _is_bare_list(clean):
            for p in att.parse_people(clean):
                roll.mark(p.name if not p.role else f"{p.name}, {p.role}", "apologies", page)


def _ner_people(nlp: Optional[Language], text: str) -> list[att.PersonRef]:
    """People in free text found by spaCy: the honorific rules and, with a statistical model
    installed, its NER (names printed without an honorific)."""
    if nlp is None:
        return []
    return [att.split_name(n) for n in people(nlp, text) if n]


NOT_NAMES = {"the", "this", "it", "members", "member", "council", "committee", "meeting", "all", "officers", "public", "board"}


def _plausible_name(name: str) -> bool:
    toks = name.split()
    return 2 <= len(toks) <= 4 and all(t[:1].isupper() for t in toks) and not any(t.lower() in NOT_NAMES for t in toks)


def _trim_list(lst: str) -> str:
    lst = re.split(r"\s+(?:who|which|as|because|due|for\s+(?:the|this|their))\b", lst)[0]
    lst = re.sub(r"\b(?:and\s+)?from\s+", "and ", lst)
    # names end at the first lowercase word (outside brackets) other than a conjunction or particle
    out, depth = [], 0
    for w in lst.split():
        if depth == 0 and w[:1].islower() and w not in {"and", "de", "van", "von", "der", "la", "le", "da"}:
            break
        depth += w.count("(") - w.count(")")
        out.append(w)
    return re.sub(r"(?:,|\band)\s*$", "", " ".join(out).strip(" .,")).strip(" ,")


def _is_bare_list(text: str) -> bool:
    """'Cllrs Lee, Ward and Moss.' / 'Alan Green, VDC' - names only, no verb."""
    t = text.strip(" .")
    if not t or re.fullmatch(r"(?:none|nil|none received|no apologies.*)", t, re.I) or RESULT_LINE.match(t):
        return False  # nobody, or the result of the item's vote ("CARRIED")
    if re.match(r"^[A-Z][\w ]{0,24}:", t) or re.search(r"\d", t):
        return False  # a label ("Moved: Cr A") or a number ("RESOLUTION 2025/41"): no names alone
    words = re.findall(r"[A-Za-z'’-]+", t)
    if not words or len(words) > 40:
        return False
    lower = [w for w in words if w[0].islower() and w not in {"and", "for", "of", "the"}]
    return not lower

"""One minute item's body read paragraph by paragraph: its resolutions, motions and votes.

`analyse_item` hands the body to an `ItemReader`, which keeps what the item has said so far (the
motions, the votes recorded on them, a division being read, a "put to the vote" waiting for its
result) and files each paragraph under what it is: a label or a line of a recorded division, or
running text, whose sentences propose motions, give results and resolve (`minutes.votes` and
`minutes.resolutions` recognise the phrases), or the decision line of a decision record ("Voted:
to grant ...", "ACTION: Approved 6-1 (X dissenting)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from itertools import takewhile
from typing import TYPE_CHECKING, Optional

from agendapack.extractors.minutes.attendance import (
    TALLY_LEAD,
    Roll,
    is_honorific,
    is_role_word,
    parse_people,
    said_words,
    split_name,
)
from agendapack.extractors.minutes.resolutions import (
    PART_RE,
    ResolutionPart,
    inline_parts,
    outcome_of,
    resolution_parts,
    resolution_triggers,
)
from agendapack.extractors.minutes.text import (
    ENUM_RE,
    Para,
    join_lines,
    join_wrapped_labels,
    labelled_sentences,
    paragraphs,
)
from agendapack.extractors.minutes.votes import (
    ANON_MOTION,
    ASSENT,
    DECISION_VERBS,
    INLINE_OPTION,
    INLINE_OPTION_SPLIT,
    MOTION_RESULTS,
    MOVED_ONLY,
    MOVER_PATTERNS,
    NAME_LINE,
    NAMED_VOTE_OPTION,
    NOT_VOTING,
    OPTION,
    PUT_RE,
    RESULT_DASH,
    RESULT_LINE,
    RESULT_LINE_WORDS,
    ROLL_CALL_INTRO,
    ROLL_CALL_LEAD,
    ROLL_LABEL,
    SECONDED_ONLY,
    SENTENCE_END,
    TALLY,
    THE_PROPOSAL,
    VOTED_TALLY,
    MotionKind,
    counts_in,
    decision_line,
    dissenters,
    division_count,
    division_label,
    holders_named,
    kind_hint,
    mover_name,
    named_division_in,
    named_votes,
    option_of,
    result_of,
    tally_in,
    vote_result,
)
from agendapack.extractors.text.layer import Line
from agendapack.model import Motion, Resolution, VoteCounts, VoteEvent

if TYPE_CHECKING:
    from spacy.language import Language

MOTION_LABELS = {"MOVED", "SECONDED"}
# the kind of vote named before its options on one line: "Recorded Vote: Yeas: A, B; Nays: C"
VOTE_LEAD = re.compile(r"^(?:(?:a\s+)?(?:recorded|roll[\s-]*call|named|division)\s+)?vote\s*[:–—-]\s*"
                       r"(?=(?:yeas?|ayes?|for|in\s+favou?r|nays?|noes?|against)\s*[:(–—-])", re.I)


def _quoted_text(paras: list[Para], i: int) -> str:
    """The motion wording printed after a proposal: quoted paragraphs, or the paragraph "That ..."
    (with the clauses printed under it when it ends in a colon) after "Moved: X" / "Seconded: Y"
    printed on lines of their own."""
    k = i + 1
    if k < len(paras) and SECONDED_ONLY.match(paras[k].text.strip()):
        k += 1  # "Moved: X" / "Seconded: Y" / "That ..."
    nxt = paras[k].text.strip() if k < len(paras) else ""
    if re.match(r"^(?:That|THAT)\s", nxt):
        following = (p.text.strip() for p in paras[k + 1: k + 11])
        clauses = list(takewhile(lambda t: bool(PART_RE.match(t)), following)) if nxt.endswith(":") else []
        return " ".join([nxt] + clauses)
    out: list[str] = []
    for p in paras[i + 1: i + 30]:
        t = p.text
        if not out and not t.startswith(("“", '"')):
            break
        out.append(t)
        if re.search(r"[”\"]\s*$", t):
            break
    return " ".join(out)


def _split_roll_call_lines(paras: list[Para]) -> list[Para]:
    """A paragraph holding several roll-call labels ("AYES: A, B NOES: C ABSTAIN: None") is one
    paragraph per label, as if each were printed on its own line."""
    out: list[Para] = []
    paras = list(paras)
    k = 0
    while k < len(paras):
        p = paras[k]
        k += 1
        if OPEN_LABEL_END.search(p.text) and k < len(paras) and not ROLL_LABEL.match(paras[k].text.strip()):
            # a line of labels wrapped after a label's colon ("... ABSENT:" / "Moreau ABSTAIN: None")
            p, k = _Segment(p, f"{p.text} {paras[k].text}"), k + 1
        if VOTE_LEAD.match(p.text.strip()):
            p = _Segment(p, VOTE_LEAD.sub("", p.text.strip()))  # "Recorded Vote: Yeas: ..."
        counted = [k for k, ln in enumerate(p.lines) if (lab := division_label(VOTE_LEAD.sub("", ln.text.strip()))) and division_count(lab)]
        led = len(counted) == 1 and counted[0] > 0 and VOTE_LEAD.match(p.lines[counted[0]].text.strip())  # "... moved to approve." / "VOTE: Aye-6 (A, B ...)"
        if not isinstance(p, _Segment) and (len(counted) >= 2 or led) and counted == list(range(counted[0], counted[-1] + 1)):
            # "The voting was as follows:" / "For the motion - 7 votes" / "For the amendment - 4
            # votes" / (the names): an option a line, as if each were a paragraph
            a, b = counted[0], counted[-1] + 1
            pieces = ([Para(p.lines[:a], p.start)] if a else []) + [Para([p.lines[k]], p.start + k) for k in counted] \
                + ([Para(p.lines[b:], p.start + b)] if b < len(p.lines) else [])
            paras[k:k] = pieces[1:]  # each read as a paragraph in turn
            p = pieces[0]
        text = p.text.strip()
        if text.startswith("(") and division_label(text[1:]):
            # "(For the motion: Councillors A, B ... Abstentions: C.)": the names of the options counted above
            p = _Segment(p, text[1:].removesuffix(")") if "(" not in text[1:] else text[1:])
        starts = [m.start() for m in ROLL_OR_FOR_LABEL.finditer(p.text)]
        if len(starts) < 2 or starts[0] != len(p.text) - len(p.text.lstrip()) or len(p.text) > 600 or _option_header(p.lines[0]):
            out.append(p)
            continue
        for a, b in zip(starts, starts[1:] + [len(p.text)]):
            piece, result = _trailing_result(p.text[a:b].strip())
            out.append(_Segment(p, piece.strip()))
            if result is not None:
                out.append(_Segment(p, result.string.strip()))
    return out


def _option_header(line: Line) -> bool:
    """A division's options as the heads of columns ("For: (14)   Against: (5)   Abstain: (1)"),
    the names below each."""
    labels = [division_label(seg.text.strip()) for seg in line.segments]
    return len(labels) >= 2 and all(m is not None and not m.group("rest").strip(" :") for m in labels)


# the labels a line of roll-call options is split at, "For:" among them ("For: 8  Against: 3")
ROLL_OR_FOR_LABEL = re.compile(rf"{ROLL_LABEL.pattern}|\bfor(?:\s+{THE_PROPOSAL}|\s+amendment(?:\s+\d{{1,2}})?)?"
                               r"(?:\s*\([^()\d]{2,60}\))?\s*(?:\(\s*\d{1,3}\s*\)\s*)?:", re.I)


# a tally stated as the vote: "Vote: 4-1 (Ortiz opposed).", "The vote was 5-2."
VOTE_TALLY = re.compile(r"^(?:the\s+)?vote\s*(?:was\b|:|–|—|-)\s*(?P<rest>.+)$", re.I)
# a roll-call label ending its line with nothing after its colon
OPEN_LABEL_END = re.compile(ROLL_LABEL.pattern + r"\s*$", re.I)


def _unbracketed(names: str) -> str:
    """'(Pettigrew, Shoaf, Hanes).' -> 'Pettigrew, Shoaf, Hanes': names printed in brackets after a count."""
    bare = names.rstrip(". ")
    return bare[1:-1] if bare.startswith("(") and bare.endswith(")") else names


def _names_go_on(raw: str) -> bool:
    """Whether a list of names breaks off unfinished: after a comma or "and", or on an office, a
    title or an initial waiting for its name ("..., Vice", "..., Councilmember", "..., P.")."""
    last = raw.rstrip().split()[-1] if raw.strip() else ""
    return raw.rstrip().endswith((",", "&")) or last.lower() in {"and", "vice", "pro", "tem", "deputy"} \
        or is_role_word(last) or is_honorific(last) or raw.count("(") > raw.count(")") \
        or bool(re.fullmatch(r"[A-Z]\.?", last))  # "..., Mayhew (Rocky" / "Branch)"; "..., P." / "Ó Conchúir"


# the heading a decision is printed under ("Decision", "DECISION:", "Decisions")
DECISION_HEADING = re.compile(r"(?i)(?:decisions?|decided)\s*:?-?")
# the same label run in before what was decided ("Decision: The Committee agreed to ...", "DECIDED: that ...")
RUN_IN_DECISION = re.compile(r"(?i)^(?:decisions?|decided)\s*[:–—-]\s*(?=\S)")


def _surname_wrapped(raw: str, text: str) -> bool:
    """A lone surname on the next line finishes the list's last name ("... and Stuart" / "McLeod")."""
    words = raw.split()
    return len(words) >= 2 and words[-1][:1].isupper() and words[-2].lower() in {"and", "&"} \
        and bool(re.fullmatch(r"(?:Mc|Mac|O['’])?[A-Z][\w'’-]+\.?", text.strip()))


def _trailing_result(text: str) -> tuple[str, Optional[re.Match[str]]]:
    """'Trustee A Yes Trustee B No Motion carried' -> ('Trustee A Yes Trustee B No', the result):
    a result run on after a roll call printed without punctuation."""
    for m in re.finditer(r"\s(?=[A-Z])", text):
        rm = RESULT_LINE.match(text[m.end():].strip())
        if rm:
            return text[: m.start()], rm
    return text, None


# what opens a further resolving clause of one sentence: "...; and BE IT FURTHER " before its "RESOLVED"
CLAUSE_BEFORE_TRIGGER = re.compile(r";\s*(?:and\s+)?(?:(?:be\s+it|it\s+is)\s+)?(?:further\s+|also\s+)?$", re.I)


class _Segment(Para):
    """Part of a paragraph's text, with the paragraph's lines and page."""

    def __init__(self, para: Para, text: str) -> None:
        super().__init__(para.lines, para.start)
        self._text = text

    @property
    def text(self) -> str:
        return self._text


def _paras_spanned(paras: list[Para], pi: int, last_line: int) -> int:
    """Index of the last paragraph holding line `last_line`."""
    k = pi
    while k + 1 < len(paras) and paras[k + 1].start <= last_line:
        k += 1
    return k


# a decision marked by its verb in capitals inside a sentence ("the Committee NOTED the report",
# "i. AGREED that ..."), where the minutes mark their decisions so rather than "Resolved"
CAPS_DECISION = re.compile(r"\b(?:NOTED|AGREED|APPROVED|DECIDED|ENDORSED|ADOPTED|REFUSED|GRANTED|DEFERRED|CONFIRMED|AUTHORI[SZ]ED|REJECTED)\b")


# a sentence about a motion: what the body did in it is the vote's result ("UPON MOTION duly made
# and seconded, the Board approved ..."), no resolution of its own
MOTION_WORDS = re.compile(r"(?i)\bupon\s+motion\b|\bseconded\b")


# the bodies that decide, and the words that may stand between a body and its verb ("the
# Committee further NOTED", "The Committee accordingly agreed")
DECIDING_BODY = r"Committee|Sub-Committee|Council|Board|Panel|Cabinet|Commission|Forum"
DECIDING_ADVERB = r"further|then|thereafter|also|unanimously|accordingly"
# what may stand before such a verb: nothing (the clause opens with it), the body deciding, or
# "and" after another ("NOTED the update and AGREED the timetable"); "Motion APPROVED" is a result
CAPS_DECISION_BEFORE = re.compile(rf"(?:^|[.;:]|\b(?:{DECIDING_BODY}|Members)(?:\s+(?:{DECIDING_ADVERB}))?|\band)$")


def caps_decisions(text: str) -> list[re.Match[str]]:
    """The capitalised decision verbs of a sentence in lower case ("NOTED" in a heading is none);
    in a sentence about a motion ("UPON MOTION duly made and seconded, the Board APPROVED ...")
    the verb is the vote's result, no resolution, unless it opens what was decided as "RESOLVED"
    would ("Proposed by X, Seconded by Y and AGREED - that ...")."""
    if not re.search(r"[a-z]{3}", text):
        return []
    about_motion = bool(MOTION_WORDS.search(text))
    return [m for m in CAPS_DECISION.finditer(text) if CAPS_DECISION_BEFORE.search(ENUM_RE.sub("", text[: m.start()]).rstrip())
            and (not about_motion or DECISION_FORMULA_AFTER.match(text, m.end()))]


# what follows a decision verb set out as a formula: a dash or colon, then its terms or parts
DECISION_FORMULA_AFTER = re.compile(r"\s*(?:[-–—]|:-?)\s*(?:that\b|to\b|\(?[ivx\d]{1,4}[.)]|$)", re.I)


# a decision in the passive, the form of minutes that word each decision after its proposer and
# seconder ("On the proposal of Cllr A, seconded by Cllr B, it was agreed to adopt ...")
PASSIVE_DECISION = rf"\b(?i:it)\s+was\s+(?:(?:{DECIDING_ADVERB}|therefore)\s+)?(?:agreed|decided)\b"
# the body as the subject of its decision ("The Committee agreed:-", "The Committee noted the report
# and agreed ..."), where the minutes word no decision "Resolved"
BODY_DECISION = re.compile(rf"\b(?i:the)\s+(?:{DECIDING_BODY}|Authority)\s+(?:(?:{DECIDING_ADVERB}|therefore)\s+)?"
                           r"(?:agreed|approved|noted|decided|endorsed|accepted|confirmed)\b|" + PASSIVE_DECISION)


# a table of members marked under the options of a recorded vote
# (a column for the motion and one for the amendment: "Member | Motion | Amendment | Abstain")
MARK_OPTIONS = {label: opt for label, opt in OPTION.items() if not label.startswith("for the ")} | {
    "abstain": "abstain", "abstained": "abstain", "abstention": "abstain", "absent": "absent", "excused": "absent"}
MARK_HEADER_CELL = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}")
MARK = re.compile(r"(?i:x)|[✓✔✗✘•]")


def _mark_header(line: Line) -> Optional[list[tuple[float, str]]]:
    """The option columns of a recorded vote's table header, or None when the line is none."""
    head = line.segments
    if len(head) < 3 or not all(MARK_HEADER_CELL.fullmatch(seg.text.strip()) for seg in head[1:]):
        return None
    columns = _mark_columns([w for w in line.words if w.x0 >= head[1].x0 - 1])
    return columns if sum(1 for _, opt in columns if opt in ("yes", "no")) >= 2 else None


def _split_at_mark_headers(paras: list[Para]) -> list[Para]:
    """A vote's table printed straight under the sentence asking for it starts a paragraph."""
    out: list[Para] = []
    for p in paras:
        cut = next((j for j, ln in enumerate(p.lines) if j and _mark_header(ln) is not None), None)
        if cut is None:
            out.append(p)
        else:
            out += [Para(p.lines[:cut], p.start), Para(p.lines[cut:], p.start + cut)]
    return out


def _mark_columns(words: list) -> list[tuple[float, str]]:
    """The header's columns, (centre, option): each option word its own column ("Yea", "Nay",
    "In favour"), the other words between them one column that is no option ("Declared Interest")."""
    columns: list[tuple[float, float, str]] = []
    k = 0
    while k < len(words):
        pair = f"{words[k].text} {words[k + 1].text}".lower() if k + 1 < len(words) else ""
        if pair in MARK_OPTIONS:
            columns.append((words[k].x0, words[k + 1].x1, MARK_OPTIONS[pair]))
            k += 2
            continue
        opt = MARK_OPTIONS.get(words[k].text.lower(), "")
        if not opt and columns and not columns[-1][2]:
            columns[-1] = (columns[-1][0], words[k].x1, "")  # the words of a column that is no option
        else:
            columns.append((words[k].x0, words[k].x1, opt))
        k += 1
    return [((a + b) / 2, opt) for a, b, opt in columns]


# ---- reading an item ---------------------------------------------------------------------------


@dataclass
class Division:
    """A recorded division being read: the count and the names printed under each option."""

    page: int
    counts: dict[str, Optional[int]] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    text: str = ""
    last: str = ""  # the option whose names the following lines continue
    raw: dict[str, str] = field(default_factory=dict)  # the names of each option as printed
    result: Optional[str] = None  # worded before the roll call ("the motion carried as follows:")
    columns: list[tuple[float, str]] = field(default_factory=list)  # a table's option columns: (centre, option)
    marked: bool = False  # read from a table of members marked under each option: its totals line agrees


@dataclass
class ItemReader:
    """One minute item's body, read paragraph by paragraph. A paragraph is a label of a recorded
    division ("For (52)", "AYES: ..."), a line inside a division (names, its result), or running
    text; each sentence of running text is a proposal, a "CARRIED – ..." line, a "put to the vote"
    sentence, or a result line, and a sentence may also hold a resolution."""

    lines: list[Line]
    prefix: str  # motion ids are the prefix and a running number ("9.m1")
    nlp: Optional[Language] = None
    roll: Optional[Roll] = None
    paras: list[Para] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    motions: list[Motion] = field(default_factory=list)
    votes: list[VoteEvent] = field(default_factory=list)
    voted: set[str] = field(default_factory=set)  # ids of the motions a vote was recorded on
    hint: Optional[str] = None  # kind named by the last "put ... to the vote" sentence
    # the result worded in a paragraph ending in a colon, the division below it being its vote
    # ("The motion carried by the following vote:")
    lead_result: Optional[str] = None
    put_open: bool = False  # a "put to the vote" sentence waits for its result
    pi: int = -1  # the paragraph being read
    grid_rows: set[int] = field(default_factory=set)  # ids of the lines a table of marks was read from
    caps_decided: bool = False  # the minutes mark decisions by a verb in capitals ("NOTED"), not "Resolved"
    body_decided: bool = False  # the minutes word decisions as what the body agreed, never "Resolved"
    vote_para: int = -2  # the paragraph the last vote was recorded in
    division: Optional[Division] = None
    consumed_until: int = -1  # paragraphs up to this one were read as parts of a resolution
    rights: Optional[dict[int, float]] = None  # each page's right text edge, over the whole minutes
    decided: bool = False  # the last vote is a decision record's decision line
    # a sentence of assent with no result word ("All were in favor."): the open motion carried,
    # unless a result sentence follows before the next motion
    assent: Optional[tuple[int, str]] = None

    def read(self) -> tuple[list[Resolution], list[Motion], list[VoteEvent]]:
        self.paras = _split_roll_call_lines(_split_at_mark_headers(paragraphs(self.lines, rights=self.rights)))
        for pi, para in enumerate(self.paras):
            self.paragraph(pi, para)
        self.decision_blocks()
        self.close_division()
        self.settle_assent()
        self.infer_carried()
        self.resolutions_from_motions()
        return self.resolutions, self.motions, self.votes

    def paragraph(self, pi: int, para: Para) -> None:
        """Paragraph `pi`: a division's label or line, else running text read sentence by sentence."""
        self.pi = pi
        if all(id(ln) in self.grid_rows for ln in para.lines):
            return
        if self.marked_grid(para) or self.answer_column(para):
            return
        stripped = ENUM_RE.sub("", para.text).strip()
        if self.division is not None and NOT_VOTING.match(stripped):
            self.division_absent(stripped)  # members absent from a roll-call vote are not an option of it
            return
        if self.column_division(para):
            return
        label = division_label(stripped)
        if label and self.dissent_under_result(label):
            return
        if label:
            # "Aye-2(Greer, Triplett) Nay-3(Presnell, Coffey, Aldridge)": options run on, one after another
            options = INLINE_OPTION_SPLIT.split(stripped)
            option_labels = [division_label(o) for o in options]
            if len(options) > 1 and all(option_labels):
                for o, lab in zip(options, option_labels):
                    assert lab is not None
                    self.division_option(lab, para.page, o)
                return
            self.division_option(label, para.page, stripped)
            return
        for j, line in enumerate(para.lines[:-1]):
            if not re.search(r":-?\s*$", line.text):
                continue
            # "On a division, there voted:-" over the first option ("For the motion (8) ..."),
            # perhaps at the foot of a paragraph of the motion's wording printed close above it
            after = join_lines(para.lines[j + 1:]).strip()
            label = division_label(after)
            if label:
                if j:
                    self.paragraph(pi, Para(para.lines[:j + 1], para.start))
                self.lead_result = result_of(line.text)
                self.division_option(label, para.lines[j + 1].page, after)
                return
        self.lead_result = result_of(SENTENCE_END.split(stripped)[-1]) if stripped.endswith(":") else None
        if self.division is not None and (self.column_names(para.lines) or self.division_line(stripped)):
            return
        if pi <= self.consumed_until:
            return
        if self.decision(para):
            return
        if self.decided and self.votes:
            # "Mr. Z voted no." printed under the decision
            for opt, names in dissenters(para.text).items():
                self.votes[-1].voters.setdefault(opt, []).extend(names)
        labelled = labelled_sentences(self.nlp, para.text)
        for sent, labels in labelled:
            self.sentence(pi, para, ENUM_RE.sub("", sent).strip(), labels)
        for k, (sent, labels) in enumerate(labelled):
            if "RESOLVED" in labels:
                self.resolution(pi, para, sent, last_sentence=k == len(labelled) - 1)
            elif self.caps_decided:
                self.caps_decision(pi, para, sent, last_sentence=k == len(labelled) - 1)
            elif self.body_decided and BODY_DECISION.search(sent) and not self.decision_heads \
                    and (not MOTION_WORDS.search(sent) or re.search(PASSIVE_DECISION, sent)):
                self.body_decision(pi, para, sent, last_sentence=k == len(labelled) - 1)

    # ---- decision records

    def add_parts(self, parts: list[ResolutionPart], pi: Optional[int] = None) -> None:
        """One resolution for each numbered or lettered part of a decision; read from paragraph
        `pi` on, the paragraphs the parts span are read as nothing else."""
        for part in parts:
            self.resolutions.append(Resolution(number=part.label, text=part.text[:2000], outcome=outcome_of(part.text), page=part.page))
        if parts and pi is not None:
            self.consumed_until = _paras_spanned(self.paras, pi, parts[-1].last)

    def add_resolution(self, text: str, decided: str, page: int) -> None:
        """One resolution in these words, its outcome read from what was decided."""
        self.resolutions.append(Resolution(number=None, text=text[:2000], outcome=outcome_of(decided), page=page))

    @cached_property
    def decision_heads(self) -> list[int]:
        """The lines that are a "Decision" heading (what was decided is read under them)."""
        return [i for i, ln in enumerate(self.lines) if DECISION_HEADING.fullmatch(ln.text.strip())]

    def decision_blocks(self) -> None:
        """The text under each "Decision" heading ("Decision" / "The Committee agreed:- (1) to note
        ...; (2) to approve ..."), to the next such heading or the item's end: what was decided,
        one resolution a numbered clause, or one for the whole when it has no clauses. A decision
        worded "Resolved" is read as such instead."""
        heads = self.decision_heads
        for k, i in enumerate(heads):
            block = self.lines[i + 1: heads[k + 1] if k + 1 < len(heads) else len(self.lines)]
            text = join_lines(block)
            if not text.strip() or resolution_triggers(text) or (self.caps_decided and any(caps_decisions(ln.text) for ln in block)):
                continue  # read as "Resolved", or as the verbs in capitals the minutes mark decisions by
            # "The Committee agreed:-" over its numbered clauses, read as a resolution's parts;
            # "DECIDED:" alone over "(a) that ...": the heading is their lead
            lead = Para(lines=[self.lines[i]], start=i) if PART_RE.match(block[0].text.strip()) else Para(lines=block[:1], start=i + 1)
            clauses = resolution_parts(self.lines, lead)
            self.add_parts(clauses)
            if not clauses:
                # "The Committee agreed to approve ...": what was agreed is the outcome
                decided = re.sub(r"(?i)^[^.]{0,60}?\bagreed\b\s*(?::-?\s*)?(?:to\s+)?", "", text.strip())
                self.add_resolution(text, decided, block[0].page)
        for para in self.paras:
            # "Decision: The Committee agreed to ...", "DECIDED: that ..." run in on their line
            label = RUN_IN_DECISION.match(para.text.strip())
            text = para.text.strip()[label.end():] if label else ""
            if not text or resolution_triggers(text) or decision_line(text) or (self.caps_decided and caps_decisions(text)):
                continue  # read as a resolution, or a board's record of its vote ("Decision: Approved 5-0")
            clauses = resolution_parts(self.lines, para) if re.search(r":-?\s*$", text) else []
            self.add_parts(clauses)
            if not clauses:
                self.add_resolution(text, text, para.page)

    def decision(self, para: Para) -> bool:
        """A decision record's line under its item, labelled ("ACTION: Approved 6-1", "Decision:
        Continued to ...") or opening with "Voted": a vote on the item's motion with its tally and
        the members named as dissenting; "Voted: to grant ..." is also a resolution in those words;
        an item put off ("Continued", "Rescheduled") had no vote."""
        m = decision_line(para.text)
        if m is None or not (m.group("label") or m.group("word").lower() == "voted"):
            return False
        result = DECISION_VERBS[m.group("word").lower()]
        if result is None:
            return True
        first = SENTENCE_END.split(m.group("rest").strip())[0]
        counts = tally_in(first) or VoteCounts()
        wording = re.sub(r"^(?:unanimously\b)?[\s:,–—-]*", "", TALLY.sub("", first).strip(" :–—-(),"), flags=re.I).strip()
        voted = m.group("word").lower() == "voted"
        if not any(mo.id not in self.voted for mo in self.motions):
            self.add_motion("motion", ((wording if voted else "") or para.text)[:1000], para.page)
        self.record_vote(para.page, result, counts, para.text, None, division=counts.yes is not None,
                         voters=dissenters(para.text))
        self.decided = True
        if voted and re.match(r"^(?:not\s+)?(?:to|that)\b", wording, re.I):
            text = SENTENCE_END.split(para.text.strip())[0]
            self.resolutions.append(Resolution(number=None, text=text[:2000], outcome=outcome_of(wording), page=para.page))
        return True

    # ---- recorded divisions

    def dissent_under_result(self, m: re.Match[str]) -> bool:
        """"CARRIED" over "Opposed: Director A": the members voting against the motion just
        carried, no division of its own."""
        opt = option_of(m.group("opt"))
        counted = division_count(m)
        if self.division is not None or counted or opt == "yes" or not self.votes or self.vote_para != self.pi - 1:
            return False
        names = [p.name for p in parse_people(m.group("rest").strip(" :"))]
        if not names:
            return False
        self.votes[-1].voters.setdefault(opt, []).extend(names)
        return True

    def division_option(self, m: re.Match[str], page: int, text: str) -> None:
        """A division's label ("For (52)", "AYES: A, B"): an option of the division being read,
        with its count and names; an option printed again starts the next division."""
        opt = option_of(m.group("opt"))
        n = division_count(m)
        if self.division is not None and self.division.marked and n is not None:
            self.division.counts[opt] = int(n)  # the table's totals line ("Yeas: 4  Nays: 1")
            return
        d = self.division
        # the names of an option counted above ("For the motion - 7 votes" ... "(For the motion:
        # Councillors A, B ...)") are that option's, no next division
        names_of_counted = d is not None and n is None and d.counts.get(opt) is not None and not d.names.get(opt) \
            and bool(m.group("rest").strip(" :"))
        if d is not None and opt == "no" and "no" in d.counts and "yes" not in d.counts and not names_of_counted \
                and "amendment" in m.group("opt").lower():
            # a division between two amendments: the one printed first is the one voted for
            d.counts["yes"], d.names["yes"] = d.counts.pop("no"), d.names.pop("no", [])
            if "no" in d.raw:
                d.raw["yes"] = d.raw.pop("no")
        elif d is not None and not names_of_counted and (opt in d.counts or opt in d.names):
            self.close_division()
        if self.division is None:
            self.division = Division(page=page, result=self.lead_result)
        d = self.division
        if not names_of_counted:
            d.counts[opt] = int(n) if n is not None else None
        d.names[opt] = []
        d.last = opt
        d.text += text + " "
        rest = re.sub(r"(?i)^votes?\b\W*", "", m.group("rest").strip(" :"))  # "Motion - 8 votes"
        rest = holders_named(rest, self.roll)  # "the Convener; the Vice Convener; and Councillors A, B"
        if rest[:1].islower():
            d.result = d.result or result_of(rest)  # "... 2 votes and the motion was carried.": no names
            rest = ""
        if re.match(r"^(?:all|unanimous\w*)\b", rest, re.I):
            del d.names[opt]  # "Ayes: All": everyone voting, how many is not printed
        elif rest:
            rest = TALLY_LEAD.sub("", rest)  # "Aye: 6 - Councilmember A, ...": the count is read
            rest = _unbracketed(rest)  # "Aye-6 (Pettigrew, Shoaf, ...)": the names in brackets
            d.raw[opt] = rest
            d.names[opt] += [p.name for p in parse_people(rest)]

    def answer_column(self, para: Para) -> bool:
        """A recorded vote printed as a table with each member's answer in a last column headed
        "Vote" ("Supervisor   District   Vote" over "Ann Ho, Chairman   North District   Aye")."""
        def answer(line: Line) -> Optional[str]:
            segs = line.segments
            said = segs[-1].text.strip(" .").lower() if len(segs) >= 2 else ""
            return NAMED_VOTE_OPTION.get(said) or (option_of(said) if re.fullmatch(r"for|against|in\s+favou?r|abstain(?:ed|s)?", said)
                                                   else None)

        at = next((n for n, ln in enumerate(para.lines) if len(ln.segments) >= 2
                   and re.fullmatch(r"(?i)votes?|vote\s+cast", ln.segments[-1].text.strip())), None)
        if at is None:
            # no header: three rows or more of a member and their answer ("Councilman Poston (District 2)   Aye")
            first = next((n for n in range(len(para.lines)) if len(self.lines[para.start + n: para.start + n + 3]) == 3
                          and all(answer(ln) for ln in self.lines[para.start + n: para.start + n + 3])), None)
            if first is None or id(para.lines[first]) in self.grid_rows:
                return False
            at = first - 1
        if at > 0:
            # the text printed before the table ("... the vote was taken by roll call:") is read first
            self.paragraph(self.pi, Para(para.lines[:at], para.start))
        rows: list[tuple[str, str]] = []
        k = para.start + at + 1  # the first row in the item's lines
        while k < len(self.lines) and (said := answer(self.lines[k])) is not None:
            rows.append((said, split_name(re.sub(r"\s*\([^()]*\)\s*$", "", self.lines[k].segments[0].text.strip())).name))
            self.grid_rows.add(id(self.lines[k]))
            k += 1
        return self.table_division(para, rows)

    def marked_grid(self, para: Para) -> bool:
        """A recorded vote printed as a table: a header of options over the names ("Member of
        Council   Yea   Nay   Declared Interest   Absent"), each member's row marked "X" under
        their option. Columns that are no option (a declared interest) take no vote."""
        columns = _mark_header(para.lines[0])
        if columns is None:
            return False
        rows: list[tuple[str, str]] = []
        k = para.start + 1  # the header's line in the item's lines
        while k < len(self.lines):
            segs = self.lines[k].segments
            if len(segs) < 2 or not all(MARK.fullmatch(seg.text.strip()) for seg in segs[1:]):
                break
            person = split_name(segs[0].text.strip())
            for seg in segs[1:]:
                centre = (seg.x0 + seg.x1) / 2
                nearest = min(columns, key=lambda col: abs(col[0] - centre))
                rows.append((nearest[1], person.name))
            self.grid_rows.add(id(self.lines[k]))
            k += 1
        return self.table_division(para, rows)

    def table_division(self, para: Para, rows: list[tuple[str, str]]) -> bool:
        """The division a table of members records, from its (option, name) rows (an empty option
        takes no vote), each option counted by its names; a totals line below may set the counts."""
        if len(rows) < 2:
            return False
        self.close_division()
        d = self.division = Division(page=para.page, result=self.lead_result, marked=True)
        for opt, name in rows:
            if opt:
                d.names.setdefault(opt, []).append(name)
        for opt in ("yes", "no", "abstain"):
            d.counts[opt] = len(d.names.get(opt, [])) if opt in d.names else None
        d.text = para.text
        d.last = "yes"
        return True

    def column_division(self, para: Para) -> bool:
        """A division printed as a table: its options side by side on one line ("For: (14)
        Against: (5)  Abstain: (1)"), the names under each in its column."""
        if not _option_header(para.lines[0]):
            return False
        heads = para.lines[0].segments
        labels = [division_label(seg.text.strip()) for seg in heads]
        self.close_division()
        for seg, m in zip(heads, labels):
            assert m is not None
            self.division_option(m, para.page, seg.text.strip())
        d = self.division
        assert d is not None
        d.text = para.text
        d.columns = [((seg.x0 + seg.x1) / 2, option_of(m.group("opt"))) for seg, m in zip(heads, labels) if m is not None]
        self.column_names(para.lines[1:])
        return True

    def column_names(self, lines: list[Line]) -> bool:
        """Names under a division table's options, each in the column of the label nearest above it;
        False when a line is not names (the table has ended)."""
        d = self.division
        if d is None or not d.columns or not all(NAME_LINE.match(seg.text.strip()) for ln in lines for seg in ln.segments):
            return False
        for line in lines:
            for seg in line.segments:
                centre = (seg.x0 + seg.x1) / 2
                opt = min(d.columns, key=lambda col: abs(col[0] - centre))[1]
                d.names[opt] += [p.name for p in parse_people(seg.text.strip())]
        return True

    def division_line(self, text: str) -> bool:
        """A result line closes the division being read and a line of names adds to its last
        option (both True: the line is read); any other line closes it and is read as text."""
        assert self.division is not None
        named = named_votes(text, 1)
        if named:  # "Trustee A   Yes": a member's answer, one a line
            for opt, name in named:
                self.division.names.setdefault(opt, []).append(name)
            return True
        rm = RESULT_LINE.match(text)
        if rm:
            self.close_with(rm)
            # the sentences after the result ("... LOST by 3 votes to 7. The substantive motion was
            # then put.") are read as text
            return len(SENTENCE_END.split(text.strip())) == 1
        raw = self.division.raw.get(self.division.last, "")
        if raw and (_names_go_on(raw) or _surname_wrapped(raw, text) or re.match(r"(?:and|&)\s+[A-Z][\w'’-]+\b(?:\s*\(\d{1,3}\))?\W*$", text)
                    or re.match(r"\([^()]{1,40}\)\W*$", text)):  # "... and Tolliver" / "(Tannery)."
            # the option's names wrapped onto this line ("..., Vice" / "Mayor Diaz, ...")
            d = self.division
            # the names end where a sentence begins ("Councilwoman Bethea Chairman McCutcheon then called ...")
            cut = re.search(r"\s(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+[a-z]+\s+[a-z]+\s)", text)
            d.raw[d.last] = f"{raw} {text[: cut.start()] if cut else text}"
            d.names[d.last] = [p.name for p in parse_people(d.raw[d.last])]
            if cut:
                self.close_division()
            return cut is None
        sentence = said_words(text.split()) >= 2
        if NAME_LINE.match(text) and not re.search(r"\b(?:proposed|seconded|resolved|moved)\b", text, re.I) \
                and not DECISION_HEADING.fullmatch(text) and not sentence:  # "Ms. Overbey did not vote on the motion." is text
            self.division.names[self.division.last] += [p.name for p in parse_people(text)]
            return True
        self.close_division()
        return False

    def close_division(self, result: Optional[str] = None, kind: Optional[str] = None) -> None:
        """The division read so far is a vote; an option printed with names and no count counts them."""
        d, self.division = self.division, None
        if d is None or not (d.counts or d.names or result):
            return  # a roll call announced and never answered
        result = result or d.result
        counts = VoteCounts()
        voters: dict[str, list[str]] = {}
        for opt in ("yes", "no", "abstain"):
            names = d.names.get(opt)
            n = d.counts.get(opt)
            if n is None and (printed := re.search(r"\((\d{1,3})\)\W*$", d.raw.get(opt, ""))):
                n = int(printed.group(1))  # "... Rashid and Wallace (18).": the count after the names
            if names is not None:
                voters[opt] = names
            if n is None and names is not None:
                n = len(names)
            setattr(counts, opt, n)
        if d.names.get("absent"):
            voters["absent"] = d.names["absent"]
        last = self.votes[-1] if self.votes else None
        if last is not None and counts.yes is not None and not any(last.voters.values()) \
                and (last.counts.yes, last.counts.no) == (counts.yes, counts.no) and (last.text or "").rstrip().endswith(":"):
            # "... the MOTION received 7 votes ..., votes having been cast as follows:" over the
            # names: the vote counted above, its voters listed
            last.voters = voters
            last.counts.abstain = last.counts.abstain if last.counts.abstain is not None else counts.abstain
            return
        self.record_vote(d.page, result, counts, d.text, kind, division=True, voters=voters)

    # ---- sentences of running text

    def division_absent(self, text: str) -> None:
        """'ABSENT: Cllr Price': members a roll-call vote records as absent, kept apart from its options."""
        assert self.division is not None
        rest = TALLY_LEAD.sub("", re.sub(r"^\w+\s*[:–—-]?\s*", "", text))
        rest, _ = _trailing_result(rest)  # "Absent: Commissioner Ober. Motion failed 2-2."
        rest = _unbracketed(re.sub(r"^\d{1,3}\s+(?=\()", "", rest))  # "Absent-1 (Crotts)"
        self.division.names.setdefault("absent", []).extend(p.name for p in parse_people(rest))

    def inline_roll_call(self, para: Para, text: str) -> bool:
        """A roll call inside running text, one sentence of it: "Roll Call: Trustee A – yes, Trustee
        B – absent", or a label with its names ("Roll call vote: Ayes: A, B, C.", "Nays: D.",
        "Absent: E."). Its options open (or add to) the division the result sentence closes."""
        lead: Optional[re.Match[str]] = ROLL_CALL_LEAD.match(text)
        rest = text[lead.end():] if lead else text
        intro = ROLL_CALL_INTRO.search(text) if lead is None else None
        if intro is not None and self.intro_roll_call(para, text, intro):
            return True
        if lead and not rest.strip() and re.search(r"(?i)\bvote\b|:\s*$", text):
            # "Roll call vote:" alone: the answers follow, one a line
            self.close_division()
            self.division = Division(page=para.page, text=text + " ")
            return True
        rest, result = _trailing_result(rest)
        named = named_votes(rest, 1 if self.division is not None and not lead else 2)
        if named:
            if lead or self.division is None:
                self.close_division()
                self.division = Division(page=para.page)
            for opt, name in named:
                self.division.names.setdefault(opt, []).append(name)
            self.division.text += text + " "
            self.close_with(result)
            return True
        if NOT_VOTING.match(rest) and ROLL_LABEL.match(rest):
            if self.division is None:
                return False
            self.division_absent(rest)
            self.division.text += text + " "
            return True
        # "Ayes: A, B, C" / "Yes – A, B; No – C": one option, or several split at semicolons
        segments = INLINE_OPTION_SPLIT.split(rest.rstrip(". "))
        options = [INLINE_OPTION.match(sg) for sg in segments]
        if not all(options) or not (lead or self.division is not None or ROLL_LABEL.match(rest) or re.match(r"(?i)voting\s", rest)):
            return False
        for sg in segments:
            sg = re.sub(r"^(?i:voting|votes?)\s+", "", sg)
            if NOT_VOTING.match(sg) and self.division is not None:
                self.division_absent(sg)  # "...; Absent: Commissioner Oberholt": not an option
                continue
            label = division_label(re.sub(r"^(\w+)\s*(?:[–—-]\s*|\s+(?=\d))", r"\1: ", sg))
            if label is None:
                return False
            self.division_option(label, para.page, sg)
        self.close_with(result)
        return True

    def intro_roll_call(self, para: Para, text: str, intro: re.Match[str]) -> bool:
        """'Upon roll call vote, the motion carried as follows: Ayes: A, B.': the roll call after
        the colon (its options may go on in the next sentences), the result worded before it."""
        if not self.inline_roll_call(para, "Roll call: " + text[intro.end():]):
            return False
        res = result_of(text[: intro.start()])
        if res and self.division is not None:
            self.division.result = RESULT_LINE_WORDS.get(res, res)
        return True

    def close_with(self, result: Optional[re.Match[str]]) -> None:
        """Close the division being read with a result line's result ("Motion carried 3-1.")."""
        if result is not None:
            res = result.group("res").lower()
            self.close_division(RESULT_LINE_WORDS.get(res, res), kind_hint(result.group("kind") or ""))

    def sentence(self, pi: int, para: Para, text: str, labels: set[str]) -> None:
        """A sentence of running text, read by the first of its kinds it is."""
        if self.inline_roll_call(para, text):
            return
        if self.division is not None:
            rm = RESULT_LINE.match(text)
            if rm:
                self.close_with(rm)
                return
            self.close_division()
        if labels & MOTION_LABELS and self.proposal(pi, para, text):
            return
        if self.result_dash(para, text):
            return
        if self.put_to_vote(para, text):
            return
        self.result_line(para, text)

    def proposal(self, pi: int, para: Para, text: str) -> bool:
        """A proposal ("X proposed, and Y seconded", "Moved by X", "moved, seconded"): a new motion, with its
        result when the same sentence gives it; a lone "Seconded by Y" completes the motion
        proposed just before ("Moved by X" / "Seconded by Y" on two lines)."""
        mover = seconder = None
        both = next((m for m in (rx.search(text) for rx in MOVER_PATTERNS) if m), None)
        if both:
            mover, seconder = both.group("m"), both.group("s")
        else:
            mo, so = MOVED_ONLY.search(text), SECONDED_ONLY.search(text)
            if so and not mo and self.awaits_seconder(para.page):
                self.motions[-1].seconder = mover_name(so.group("s") or so.group("s2"), self.roll)
                return True
            if mo:
                mover = mo.group("m") or mo.group("m2")
            if so:
                seconder = so.group("s") or so.group("s2")
            if not (mo or so or ANON_MOTION.search(text)):
                return False
        kind: MotionKind = "amendment" if re.search(r"\bamendment\b", text, re.I) else "motion"
        after = re.split(r"\b[Ss]econded\b[^:]*?(?:\bthat\b|:(?!\d))", text, maxsplit=1)
        wording = after[1].strip() if len(after) > 1 else ""
        if seconder and wording.strip(" .") == seconder.strip(" ."):
            wording = ""  # "Seconded: Cr Brooks": only the seconder after the colon
        elif seconder and wording.startswith(seconder.strip()) and re.match(r"\s+that\b", wording[len(seconder.strip()):], re.I):
            # "Seconded: Cr Brooks" over the wording "That Council ...": the name is no part of it
            wording = wording[len(seconder.strip()):].strip()
        if not re.search(r"\w", wording):
            wording = _quoted_text(self.paras, pi)
        elif wording.rstrip().endswith(":") and para.text.rstrip().endswith(":"):
            # "That Council:" over its numbered parts: they are the motion's wording
            parts = resolution_parts(self.lines, para)
            if parts:
                wording = " ".join([wording.rstrip(), *(f"{p.label}. {p.text}" for p in parts)])
                self.consumed_until = _paras_spanned(self.paras, pi, parts[-1].last)
        self.add_motion(kind, (wording or text)[:1000], para.page, mover_name(mover, self.roll), mover_name(seconder, self.roll))
        # result or counts in the same sentence ("moved, seconded and ... agreed by five votes to four",
        # "UPON MOTION duly made and seconded, the Board approved ...", "Z. Maiorca (motion) ... approved")
        tail = text.split("seconded", 1)[-1]
        counts = counts_in(text)
        if counts is None and (vt := VOTED_TALLY.search(tail)):
            counts = tally_in(vt.group(0))
        # the result after the seconder, not a word of the motion's own wording ("that the
        # recommendation be approved")
        res = result_of(re.split(r"\bthat\b", tail, maxsplit=1)[0]) if not re.search(r"\bthat\b", tail[:12]) else None
        if "(motion)" in text.lower() or re.search(r"\(\s*second\s*\)", text, re.I):
            res = res or result_of(text) or "carried"
        clauses = re.split(r";\s*", text)
        if res is None and len(clauses) > 1 and RESULT_LINE.match(clauses[-1].strip()):
            res = result_of(clauses[-1])  # "... seconded that ...; this was agreed unanimously."
        if res or counts:
            self.record_vote(para.page, res, counts or VoteCounts(), text, None, division=bool(counts),
                             voters=dissenters(tail) or None)
        elif ASSENT.search(tail):
            self.assent = (para.page, text)  # "... to adjourn at 8:05 p.m. All were in favor."
        return True

    def awaits_seconder(self, page: int) -> bool:
        """The last motion, proposed on this page or the one before, has no seconder or vote yet."""
        last = self.motions[-1] if self.motions else None
        return last is not None and last.seconder is None and last.page >= page - 1 and last.id not in self.voted

    def result_dash(self, para: Para, text: str) -> bool:
        """A motion and its result on one line ("CARRIED – that the budget be approved")."""
        dash = RESULT_DASH.match(text)
        if not dash:
            return False
        self.add_motion("motion", dash.group("text")[:1000], para.page)
        self.record_vote(para.page, dash.group("res").lower(), VoteCounts(), text, None, division=False)
        return True

    def put_to_vote(self, para: Para, text: str) -> bool:
        """A motion put to the vote ("... was put to the vote and carried") or counted ("agreed by
        five votes to four"): a vote, or one whose result a later sentence gives."""
        counts = counts_in(text)
        named = named_division_in(holders_named(text, self.roll)) if counts is None else None
        if named is not None:
            counts = named[0]
        if not (PUT_RE.search(text) or counts):
            return False
        self.hint = kind_hint(text)
        self.put_open = True
        res = None
        mres = re.search(r"\b(?:and|it\s+was|which\s+was|was)\b[^.]*$", text)
        if mres:
            res = result_of(mres.group(0))
        if res or counts:
            self.record_vote(para.page, res, counts or VoteCounts(), text, self.hint, division=bool(counts),
                             voters=named[1] if named else None)
        return True

    def result_line(self, para: Para, text: str) -> None:
        """A result ("Carried.", "The amendment was lost.", "Motion carried 3-1."), alone or ending the sentence."""
        # the result alone, or ending the sentence ("All in favor; motion carried.")
        rm = RESULT_LINE.match(text) or RESULT_LINE.match(re.split(r"(?<=[.!?;,])\s+", text)[-1])
        vm = VOTE_TALLY.match(text)
        if rm is None and vm is not None and (tally := tally_in(vm.group("rest"))) is not None:
            # "Vote: 4-1 (Ortiz opposed).": the tally, the result it gives, the dissent named
            self.record_vote(para.page, None, tally, text, None, division=True, voters=dissenters(text))
            return
        if rm is None and vm is not None and re.match(r"(?i)unanimous(?:ly)?\b|all\s+in\s+favou?r\b", vm.group("rest")) \
                and self.target(None, para.page) is not None:
            self.record_vote(para.page, "carried", VoteCounts(), text, None, division=False)  # "Vote: Unanimous."
            return
        if rm is None and ASSENT.search(text) and self.target(None, para.page) is not None:
            self.assent = (para.page, text)
            return
        if rm:
            res = rm.group("res").lower()
            res = RESULT_LINE_WORDS.get(res, res)
            # "Motion carried 4-0.", "CARRIED 6/2": the tally printed with the result is the vote's count
            tally = tally_in(rm.group(0).replace("/", "-"))
            self.record_vote(para.page, res, tally or VoteCounts(), text, kind_hint(rm.group("kind") or ""), division=False,
                             voters=dissenters(rm.group(0)) or None)

    def body_decision(self, pi: int, para: Para, sent: str, last_sentence: bool) -> None:
        """A sentence in which the body decides is one resolution ("The Committee noted ... and
        agreed ..." too); one ending the paragraph in a colon ("The Committee agreed:-") is its
        lettered or numbered clauses, one each."""
        parts = resolution_parts(self.lines, para) if last_sentence and re.search(r":-?\s*$", para.text) else []
        self.add_parts(parts, pi)
        if parts:
            return
        subject = BODY_DECISION.search(sent)
        decided = sent[subject.start() if subject else 0:].strip()
        self.add_resolution(decided, decided, para.page)

    def caps_decision(self, pi: int, para: Para, sent: str, last_sentence: bool) -> None:
        """Each verb of decision in capitals is a resolution ("NOTED ... and AGREED ..." two); one
        ending the paragraph in a colon ("The Committee APPROVED the Minutes of:") is its
        lettered or numbered parts, one each."""
        label = RUN_IN_DECISION.match(sent.strip())  # "DECIDED: that ...": read with the item's decisions
        verbs = [m for m in caps_decisions(sent) if not (label and m.end() <= label.end())]
        for k, m in enumerate(verbs):
            clause = sent[m.start(): verbs[k + 1].start() if k + 1 < len(verbs) else len(sent)].strip()
            parts = resolution_parts(self.lines, para) if k == len(verbs) - 1 and last_sentence \
                and re.search(r"(?::-?|\s[-–—])\s*$", para.text) else []
            self.add_parts(parts, pi)
            if not parts:
                self.add_resolution(clause, clause, para.page)

    def resolution(self, pi: int, para: Para, sent: str, last_sentence: bool) -> None:
        """The first "RESOLVED" clause of a sentence; one that ends the paragraph in a colon (or
        "that", "to") is its numbered parts, one resolution each."""
        triggers = resolution_triggers(sent)
        if not triggers:
            return
        trig = triggers[0]
        body = sent[trig.end():].strip(" :,")
        body = re.sub(r"^(?:that|to)\s*:?\s*", "", body, flags=re.I)
        parts = []
        if re.search(r"(?::-?|\bthat|\bto)\s*$", para.text.strip(), re.I) and last_sentence:
            parts = resolution_parts(self.lines, para)
        at = para.text.find(sent)
        inline = inline_parts(re.sub(r"^\s*(?:[:–—-]{1,2}\s*)?(?:that\s*:?\s*)?", "", para.text[at + trig.end():], flags=re.I)) \
            if at >= 0 and not parts else []
        if inline:
            # numbered parts printed on in the resolution's own paragraph: one resolution each
            for label, text in inline:
                self.resolutions.append(Resolution(number=label, text=text[:2000], outcome=outcome_of(text), page=para.page))
        elif parts:
            self.add_parts(parts, pi)
        else:
            # "... BE IT RESOLVED that A; and BE IT FURTHER RESOLVED that B": a clause after a
            # semicolon opening with its own "resolved" is a resolution of its own
            clauses = [(trig.start(), len(sent))]
            for m in triggers[1:]:
                if before := CLAUSE_BEFORE_TRIGGER.search(sent[: m.start()]):
                    clauses[-1] = (clauses[-1][0], before.start())
                    clauses.append((m.start(), len(sent)))
            for k, (a, b) in enumerate(clauses):
                clause = sent[a:b].strip()
                self.resolutions.append(Resolution(number=None, text=clause[:2000], outcome=outcome_of(body if k == 0 else clause),
                                                   page=para.page))

    # ---- motions and votes

    def settle_assent(self) -> None:
        """An "All were in favor." with no result after it: the motion it answered carried."""
        if self.assent is not None:
            page, text = self.assent
            self.assent = None
            self.record_vote(page, "carried", VoteCounts(), text, None, division=False)

    def add_motion(self, kind: MotionKind, text: Optional[str], page: int,
                   mover: Optional[str] = None, seconder: Optional[str] = None) -> Motion:
        self.settle_assent()
        m = Motion(id=f"{self.prefix}m{len(self.motions) + 1}", kind=kind, text=text, mover=mover, seconder=seconder, page=page)
        self.motions.append(m)
        return m

    def target(self, kind: Optional[str], page: int) -> Optional[Motion]:
        """The motion a vote is on: the last one not yet voted on, or the one `kind` names
        ("part" of a motion is a motion of its own)."""
        ms = self.motions
        if kind == "part":
            return self.add_motion("motion", "part of the motion", page)
        if kind == "substantive":
            subs = [m for m in ms if m.kind == "substantive"]
            if subs:
                return subs[-1]
            base = [m for m in ms if m.kind == "motion"]
            return base[0] if base else (ms[-1] if ms else None)
        if kind == "amendment":
            am = [m for m in ms if m.kind == "amendment" and m.id not in self.voted]
            if am:
                return am[-1]
            am = [m for m in ms if m.kind == "amendment"]
            return am[-1] if am else None
        un = [m for m in ms if m.id not in self.voted]
        return un[-1] if un else None

    def record_vote(self, page: int, result: Optional[str], counts: VoteCounts, text: str, kind: Optional[str],
                    division: bool, voters: Optional[dict[str, list[str]]] = None) -> None:
        """A vote on the motion `kind` (or the last "put to the vote") names. A result that is not
        a division's is dropped when its motion already has a vote (the same result worded twice)
        or when there is no motion and nothing was put to the vote."""
        self.assent = None  # the result worded after an assent is the vote's
        last = self.votes[-1] if self.votes else None
        if division and last is not None and self.vote_para == self.pi and last.voters \
                and (last.counts.yes, last.counts.no) == (counts.yes, counts.no):
            # the figures of the division just read, restated with its result ("... CARRIED (For 7, Against 3)"):
            # what was put is settled
            last.result = last.result or vote_result(result)
            self.hint, self.put_open = None, False
            return
        target = self.target(kind or self.hint, page)
        restated = target is not None and target.id in self.voted
        if not division and (restated or (target is None and self.vote_para == self.pi)):
            # a second wording of a result already recorded; its tally, if the first gave none
            # ("... which is adopted as Court Order No. 41. Motion carried 4-0.")
            earlier = next((v for v in reversed(self.votes) if v.motion == target.id), None) if target else last
            filled = earlier is not None and earlier.counts.yes is None and counts.yes is not None
            if earlier is not None and filled:  # (the first test for the type checker)
                earlier.counts = counts
                for opt, names in (voters or {}).items():
                    earlier.voters.setdefault(opt, []).extend(names)
            if restated or filled:
                return
        if not division and target is None and not self.put_open:
            return
        if result is None and counts.yes is not None and counts.no is not None:
            result = "carried" if counts.yes > counts.no else "lost"
        self.votes.append(VoteEvent(motion=target.id if target else None, result=vote_result(result), counts=counts,
                                    voters=voters or {}, text=text[:300] or None, page=page))
        self.vote_para = self.pi
        if target is not None:
            self.voted.add(target.id)
            if result in MOTION_RESULTS:
                target.result = MOTION_RESULTS[result]
            else:
                target.result = target.result or ("other" if result else None)
        self.hint = None
        self.put_open = False
        self.decided = False

    def infer_carried(self) -> None:
        """A proposal followed by a resolution and no recorded result was carried."""
        if self.votes or not self.resolutions:
            return
        for m in self.motions:
            if m.id not in self.voted and (m.mover or m.seconder):
                m.result = "carried"
                self.votes.append(VoteEvent(motion=m.id, result="carried", page=m.page, text="inferred from the resolution"))
                self.voted.add(m.id)

    def resolutions_from_motions(self) -> None:
        """Numbered resolutions printed as a carried motion "That ..." with no "resolved" wording."""
        if self.resolutions:
            return
        for m in self.motions:
            if m.result in {"carried", "approved"} and m.text and re.match(r"^[\"“]?that\b", m.text, re.I):
                # "That Council: a) receives the report; b) adopts ...": one resolution a clause
                parts = inline_parts(re.sub(r"^\W*that\b[^:]{0,60}:\s*", "", m.text, flags=re.I)) if ":" in m.text[:70] else []
                for label, text in parts:
                    self.resolutions.append(Resolution(number=label, text=text[:2000], outcome=outcome_of(text), page=m.page))
                if not parts:
                    self.resolutions.append(Resolution(number=None, text=m.text, outcome=outcome_of(re.sub(r"^\W*that\s+", "", m.text, flags=re.I)), page=m.page))


def analyse_item(lines: list[Line], prefix: str, nlp: Optional[Language] = None, roll: Optional[Roll] = None,
                 header_motion: Optional[tuple[str, str]] = None, header_text: Optional[str] = None,
                 rights: Optional[dict[int, float]] = None, caps_decided: bool = False,
                 body_decided: bool = False) -> tuple[list[Resolution], list[Motion], list[VoteEvent]]:
    """Resolutions, motions and votes of one minute item's body lines. `header_motion` is the
    (mover, seconder) a numbered resolution's heading names, `header_text` its wording; `rights`
    each page's right text edge over the whole minutes."""
    reader = ItemReader(join_wrapped_labels(lines), prefix, nlp, roll, rights=rights, caps_decided=caps_decided,
                        body_decided=body_decided)
    if header_motion:
        mover, seconder = header_motion
        reader.add_motion("motion", header_text, lines[0].page if lines else 1, mover, seconder)
    return reader.read()

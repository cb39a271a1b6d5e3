"""Resolutions, motions and recorded votes inside one minute item (Popolo-like).

Resolutions: every "RESOLVED that ..." / "Resolved:" / "it was resolved" / "Committee resolved to"
clause; a clause that ends in a colon is split into its numbered or lettered parts.
Motions: "X proposed, and Y seconded ...", "Moved by X / Seconded by Y", "X (motion), Y (second)",
"moved, seconded", "UPON MOTION duly made and seconded"; amendments and substantive motions.
Votes: a result ("Carried.", "Amendment lost.", "agreed unanimously"), counts in figures or words
("For (52) / Against (0) / Abstain (11)", "agreed by five votes to four") and the named voters of a
recorded division.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from agendapack.extractors.minutes.attendance import Roll, parse_people, split_name
from agendapack.extractors.minutes.nlp import word_to_int
from agendapack.extractors.minutes.text import ENUM_RE, Para, paragraphs
from agendapack.extractors.text.layer import Line
from agendapack.model import Motion, Resolution, VoteCounts, VoteEvent

# ---- resolutions -------------------------------------------------------------------------------

RESOLVE_RE = re.compile(r"\b(?:RESOLVED|Resolved|resolved|resolves|RESOLVES|Resolves)\b")
NOT_BEFORE = {"been", "be", "being", "having", "is", "are", "get", "got", "un"}
OUTCOME_PATTERNS = [
    ("deferred", re.compile(r"\b(?:defer\w*|postpon\w*|not\s+to\s+(?:proceed|support)|held\s+over)\b", re.I)),
    ("recommended", re.compile(r"\brecommend\w*\b", re.I)),
    ("noted", re.compile(r"\b(?:note[sd]?|noting|received\s+the\s+report)\b", re.I)),
    ("approved", re.compile(r"\b(?:approv\w*|adopt\w*|grant(?:ed|s)?|correct\s+record|true\s+record|ratif\w*|confirm\w*)\b", re.I)),
    ("agreed", re.compile(r"\b(?:agree[sd]?|endorse[sd]?|accept\w*|support\w*|elected|appoint\w*|delegat\w*)\b", re.I)),
]
PART_RE = re.compile(r"^\(?(?P<label>\d{1,2}|[a-zA-Z]|[ivxIVX]{1,5})[.)]\s+|^\((?P<label2>\d{1,2}|[a-zA-Z]|[ivxIVX]{1,5})\)\s+")


def outcome_of(text: str) -> str:
    best = None
    for name, rx in OUTCOME_PATTERNS:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else "other"


def resolution_triggers(sentence: str) -> list[re.Match]:
    out = []
    for m in RESOLVE_RE.finditer(sentence):
        before = sentence[: m.start()].split()
        prev = before[-1].lower().strip(",;:") if before else ""
        after = sentence[m.end():].lstrip()
        nxt = re.match(r"[\w:]+", after)
        nxt = nxt.group(0).lower() if nxt else ""
        upper = m.group(0).isupper()
        if prev in NOT_BEFORE or nxt == "by":
            continue
        if not upper and (not after or after[0] in ".!?;"):
            continue  # "the matter was resolved."
        out.append(m)
    return out


# ---- motions and votes -------------------------------------------------------------------------

NAME = r"(?:(?:the|The)\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]*"
# names are matched case-sensitively (capitalised words); the keywords in any case
MOVER_PATTERNS = [
    re.compile(rf"(?P<m>{NAME})\s+(?i:proposed|moved)\s*,?\s*(?:and|&)\s+(?P<s>{NAME})\s*,?\s+(?i:seconded)"),
    re.compile(rf"(?i:proposed|moved)\s+(?i:by)\s*:?\s*(?P<m>{NAME})\s*[,;.]?\s*(?i:and\s+)?(?i:seconded)\s+(?i:by)\s*:?\s*(?P<s>{NAME})"),
    # "Motion by Councilmember X, seconded by Councilmember Y, to approve ..."
    re.compile(rf"(?i:motion)\s+(?i:(?:was\s+)?(?:made\s+)?by)\s*:?\s*(?P<m>{NAME})\s*[,;.]?\s*(?i:and\s+)?(?i:seconded)\s+(?i:by)\s*:?\s*(?P<s>{NAME})"),
    re.compile(rf"(?P<m>{NAME})\s*\(\s*(?i:motion|moved|mover)\s*\)\s*[,;]?\s*(?P<s>{NAME})\s*\(\s*(?i:second|seconded|seconder)\s*\)"),
]
MOVED_ONLY = re.compile(rf"^(?i:proposed|moved)\s+(?i:by)\s*:?\s*(?P<m>{NAME})|^(?P<m2>{NAME})\s+(?i:moved|proposed)\s*(?:,|$|\s+(?i:that|the))")
SECONDED_ONLY = re.compile(rf"^(?i:seconded)\s+(?i:by)\s*:?\s*(?P<s>{NAME})")
ANON_MOTION = re.compile(r"\bmoved\s*,?\s*(?:and\s+)?seconded\b|\bupon\s+motion\b[^.]*\bseconded\b|\bmotion\s+(?:was\s+)?(?:duly\s+)?(?:made\s+and\s+)?seconded\b", re.I)
PUT_RE = re.compile(r"\bput\b[^.]{0,200}?\b(?:to\s+(?:the|a)\s+vote|motion|amendment|recommendation)|\bput\s+to\s+(?:the|a)\s+vote\b|\bupon\s+being\s+put\b", re.I)
RESULT_WORDS = [
    ("lost", re.compile(r"\b(?:lost|defeated|fell|failed|not\s+(?:carried|agreed|passed)|rejected)\b", re.I)),
    ("withdrawn", re.compile(r"\bwithdrawn\b", re.I)),
    ("approved", re.compile(r"\bapproved\b", re.I)),
    ("carried", re.compile(r"\b(?:carried|agreed|passed|adopted)\b", re.I)),
]
RESULT_LINE = re.compile(
    r"^(?:the\s+)?(?:(?P<kind>(?:substantive\s+|original\s+)?(?:motion|amendment|recommendations?|resolution|proposal))\s+(?:\([^)]*\)\s+)?(?:was\s+|is\s+|has\s+been\s+)?)?"
    r"(?P<res>carried|lost|agreed|approved|defeated|fell|failed|withdrawn|not\s+carried|passed|adopted)(?:\s+unanimously|\s+nem\.?\s*con\.?)?"
    r"(?:\s*,?\s*\(?\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\)?)?\s*[.!]?$",  # "Motion carried 3-1."
    re.I,
)
# a roll-call vote printed on one line: "AYES: A, B, C   NOES: D   ABSTAIN: None   ABSENT: E"
ROLL_LABEL = re.compile(r"\b(?:ayes?|noes?|nays?|yeas?|abstain(?:ed|ing|ers)?|abstentions?|absent|excused|recused)\s*:", re.I)
NOT_VOTING = re.compile(r"^(?:absent|excused|recused)\b", re.I)
RESULT_DASH = re.compile(r"^(?P<res>APPROVED|CARRIED|ADOPTED|PASSED|LOST|DEFEATED)\s*[–:—-]\s*(?P<text>.+)$")
DIV_LABEL = re.compile(
    r"^(?P<opt>for|against|abstain(?:ed|ing|ers)?|abstentions?|in\s+favou?r|ayes?|noes?|nays?|yeas?|yes|no)\b\s*"
    r"(?:\(\s*(?P<n1>\d{1,3})\s*\)|[:=–-]\s*(?P<n2>\d{1,3})\b|(?P<n3>\d{1,3})\b)?\s*[:.–-]?\s*(?P<rest>.*)$",
    re.I,
)
COUNT_WORDS = r"(?:\d{1,3}|zero|none|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty|fifty|sixty)"
VOTES_TO = re.compile(
    rf"\b(?P<y>{COUNT_WORDS})\s+votes?\s+(?:to|against)\s+(?P<n>{COUNT_WORDS})(?:\s*,?\s*(?:with|and)\s+(?P<a>{COUNT_WORDS})\s+abstentions?)?",
    re.I,
)
FOR_AGAINST = re.compile(
    rf"\b(?P<y>{COUNT_WORDS})\s+(?:votes?\s+)?(?:for|in\s+favou?r)\s*,?\s*(?P<n>{COUNT_WORDS})\s+(?:votes?\s+)?against(?:\s*,?\s*(?:and\s+|with\s+)?(?P<a>{COUNT_WORDS})\s+abstentions?)?",
    re.I,
)
NAMED_MOVER_HEADER = re.compile(r"^(?P<m>(?:[A-Z]\.?\s*)+[A-Z][\w'’-]+)\s*,\s*(?P<s>(?:[A-Z]\.?\s*)+[A-Z][\w'’-]+)\s*:?$")

OPTION = {"for": "yes", "in favour": "yes", "in favor": "yes", "ayes": "yes", "aye": "yes", "yes": "yes", "yeas": "yes", "yea": "yes",
          "against": "no", "noes": "no", "no": "no", "nays": "no", "nay": "no"}


def _option(label: str) -> str:
    key = re.sub(r"\s+", " ", label.lower())
    if key.startswith("abst"):
        return "abstain"
    return OPTION.get(key, "yes")


def result_of(text: str) -> Optional[str]:
    best = None
    for name, rx in RESULT_WORDS:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


def _vote_result(res: Optional[str]) -> Optional[str]:
    if res in {"carried", "lost", "approved"}:
        return res
    if res is None:
        return None
    return "other"


def _mover_name(raw: Optional[str], roll: Optional[Roll]) -> Optional[str]:
    if not raw:
        return None
    raw = re.sub(r"^(?:the|The)\s+", "", raw.strip(" ,.:;"))
    p = split_name(raw)
    name = p.name
    if roll is not None and (p.role or name.lower() in {"chairman", "chair", "vice-chairman", "vice-chair", "mayor", "leader", "president"}):
        role = (p.role or name).lower().replace("vice chair", "vice-chair")
        role = {"chair": "chairman", "vice-chair": "vice-chairman"}.get(role, role)
        for e in roll.entries:
            if e.role and e.role.lower() == role:
                return e.name
    return name or None


@dataclass
class _State:
    motions: list[Motion] = field(default_factory=list)
    votes: list[VoteEvent] = field(default_factory=list)
    voted: set = field(default_factory=set)
    hint: Optional[str] = None  # kind named by the last "put ... to the vote" sentence
    division: Optional[dict] = None
    put_open: bool = False


def _target(st: _State, kind: Optional[str], prefix: str, page: int) -> Optional[Motion]:
    ms = st.motions
    if kind == "part":
        m = Motion(id=f"{prefix}m{len(ms) + 1}", kind="motion", page=page, text="part of the motion")
        ms.append(m)
        return m
    if kind == "substantive":
        subs = [m for m in ms if m.kind == "substantive"]
        if subs:
            return subs[-1]
        base = [m for m in ms if m.kind == "motion"]
        return base[0] if base else (ms[-1] if ms else None)
    if kind == "amendment":
        am = [m for m in ms if m.kind == "amendment" and m.id not in st.voted]
        if am:
            return am[-1]
        am = [m for m in ms if m.kind == "amendment"]
        return am[-1] if am else None
    un = [m for m in ms if m.id not in st.voted]
    return un[-1] if un else None


def _kind_hint(text: str) -> Optional[str]:
    t = text.lower()
    if re.search(r"\bpart\s+\w+\s+of\b", t):
        return "part"
    if "substantive" in t:
        return "substantive"
    if "amendment" in t:
        return "amendment"
    if re.search(r"\bmotion\b", t):
        return "motion"
    return None


def _record_vote(st: _State, prefix: str, page: int, result: Optional[str], counts: VoteCounts,
                 voters: dict, text: str, kind: Optional[str], division: bool) -> None:
    target = _target(st, kind or st.hint, prefix, page)
    if not division and target is not None and target.id in st.voted:
        return  # a second wording of a result already recorded
    if not division and target is None and not st.put_open:
        return
    if result is None and counts.yes is not None and counts.no is not None:
        result = "carried" if counts.yes > counts.no else "lost"
    ev = VoteEvent(motion=target.id if target else None, result=_vote_result(result), counts=counts,
                   voters=voters, text=text[:300] or None, page=page)
    st.votes.append(ev)
    if target is not None:
        st.voted.add(target.id)
        if result in {"carried", "lost", "approved", "withdrawn"}:
            target.result = result
        else:
            target.result = target.result or ("other" if result else None)
    st.hint = None
    st.put_open = False


def _close_division(st: _State, prefix: str, result: Optional[str], kind: Optional[str]) -> None:
    d = st.division
    st.division = None
    if not d:
        return
    counts = VoteCounts()
    voters: dict[str, list[str]] = {}
    for opt in ("yes", "no", "abstain"):
        names = d["names"].get(opt)
        n = d["counts"].get(opt)
        if names is not None:
            voters[opt] = names
        if n is None and names is not None:
            n = len(names)
        setattr(counts, opt, n)
    _record_vote(st, prefix, d["page"], result, counts, voters, d["text"], kind, division=True)


def _quoted_text(paras: list[Para], i: int) -> str:
    """The motion wording printed after a proposal: the rest of the sentence or quoted paragraphs."""
    out = []
    for p in paras[i + 1: i + 30]:
        t = p.text
        if not out and not t.startswith(("“", '"')):
            break
        out.append(t)
        if re.search(r"[”\"]\s*$", t):
            break
    return " ".join(out)


def analyse_item(lines: list[Line], prefix: str, nlp=None, roll: Optional[Roll] = None,
                 header_motion: Optional[tuple[str, str]] = None, header_text: Optional[str] = None
                 ) -> tuple[list[Resolution], list[Motion], list[VoteEvent]]:
    """Resolutions, motions and votes of one minute item's body lines."""
    paras = paragraphs(lines)
    st = _State()
    resolutions: list[Resolution] = []
    if header_motion:
        mv, sc = header_motion
        st.motions.append(Motion(id=f"{prefix}m1", kind="motion", text=header_text, mover=mv, seconder=sc,
                                 page=lines[0].page if lines else 1))
    consumed_until = -1
    paras = _split_roll_call_lines(paras)
    for pi, para in enumerate(paras):
        text = para.text
        stripped = ENUM_RE.sub("", text).strip()
        if NOT_VOTING.match(stripped) and st.division is not None:
            continue  # members absent from a roll-call vote are not an option of it
        # ---- recorded division labels and name lists
        dm = DIV_LABEL.match(stripped)
        is_label = bool(dm) and (dm.group("n1") or dm.group("n2") or dm.group("n3") or not dm.group("rest")
                                 or (dm.group("rest") and re.match(r"^[A-Z]", dm.group("rest")) and ":" in stripped[:20]))
        if is_label and len(stripped) < 4000 and not re.match(r"^(?:for|no)\s+[a-z]", stripped):
            opt = _option(dm.group("opt"))
            n = dm.group("n1") or dm.group("n2") or dm.group("n3")
            if st.division is None:
                st.division = {"counts": {}, "names": {}, "page": para.page, "text": ""}
            d = st.division
            if opt in d["counts"] or opt in d["names"]:
                _close_division(st, prefix, None, None)
                st.division = {"counts": {}, "names": {}, "page": para.page, "text": ""}
                d = st.division
            d["counts"][opt] = int(n) if n is not None else None
            d["names"][opt] = []
            d["last"] = opt
            d["text"] += stripped + " "
            rest = dm.group("rest").strip(" :")
            if rest:
                d["names"][opt] += [p.name for p in parse_people(rest)]
            continue
        if st.division is not None:
            rm = RESULT_LINE.match(stripped)
            if rm:
                _close_division(st, prefix, rm.group("res").lower().replace("agreed", "carried").replace("passed", "carried"),
                                _kind_hint(rm.group("kind") or ""))
                continue
            if re.match(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor|Dame|Lord|Lady)\.?\s|[A-Z][\w'’-]+(?:,|$))", stripped) and "last" in st.division \
                    and not re.search(r"\b(?:proposed|seconded|resolved|moved)\b", stripped, re.I):
                st.division["names"][st.division["last"]] += [p.name for p in parse_people(stripped)]
                continue
            _close_division(st, prefix, None, None)
        if pi <= consumed_until:
            continue
        # ---- sentences
        labelled = _labelled(nlp, text)
        sents = [s for s, _ in labelled]
        for sent, labels in labelled:
            s_clean = ENUM_RE.sub("", sent).strip()
            # motion proposals (the Matcher found a MOVED or SECONDED phrase)
            mover = seconder = None
            found = False
            for rx in (MOVER_PATTERNS if labels & {"MOVED", "SECONDED"} else []):
                mm = rx.search(s_clean)
                if mm:
                    mover, seconder, found = mm.group("m"), mm.group("s"), True
                    break
            if not found and labels & {"MOVED", "SECONDED"}:
                mo, so = MOVED_ONLY.search(s_clean), SECONDED_ONLY.search(s_clean)
                if so and not mo and st.motions and st.motions[-1].seconder is None and st.motions[-1].page >= para.page - 1 \
                        and st.motions[-1].id not in st.voted:
                    st.motions[-1].seconder = _mover_name(so.group("s"), roll)  # "Moved by X" / "Seconded by Y" on two lines
                    continue
                if mo or so:
                    mover = (mo.group("m") or mo.group("m2")) if mo else None
                    seconder = so.group("s") if so else None
                    found = True
                elif ANON_MOTION.search(s_clean):
                    found = True
            if found:
                kind = "amendment" if re.search(r"\bamendment\b", s_clean, re.I) else "motion"
                after = re.split(r"\b[Ss]econded\b[^:]*?(?:\bthat\b|:)", s_clean, maxsplit=1)
                wording = after[1].strip() if len(after) > 1 else ""
                if not re.search(r"\w", wording):
                    wording = _quoted_text(paras, pi)
                m = Motion(id=f"{prefix}m{len(st.motions) + 1}", kind=kind, text=(wording or s_clean)[:1000],
                           mover=_mover_name(mover, roll), seconder=_mover_name(seconder, roll), page=para.page)
                st.motions.append(m)
                # result or counts in the same sentence ("moved, seconded and ... agreed by five votes to four",
                # "UPON MOTION duly made and seconded, the Board approved ...", "Z. Maiorca (motion) ... approved")
                tail = s_clean.split("seconded", 1)[-1] if "seconded" in s_clean else s_clean
                counts = _counts_in(s_clean)
                res = result_of(tail) if not re.search(r"\bthat\b", tail[:12]) else None
                if "(motion)" in s_clean.lower() or re.search(r"\(\s*second\s*\)", s_clean, re.I):
                    res = res or result_of(s_clean) or "carried"
                if res or counts:
                    _record_vote(st, prefix, para.page, res, counts or VoteCounts(), {}, s_clean, None, division=bool(counts))
                continue
            dash = RESULT_DASH.match(s_clean)
            if dash:
                m = Motion(id=f"{prefix}m{len(st.motions) + 1}", kind="motion", text=dash.group("text")[:1000], page=para.page)
                st.motions.append(m)
                _record_vote(st, prefix, para.page, dash.group("res").lower(), VoteCounts(), {}, s_clean, None, division=False)
                continue
            counts = _counts_in(s_clean)
            if PUT_RE.search(s_clean) or counts:
                st.hint = _kind_hint(s_clean)
                st.put_open = True
                res = None
                mres = re.search(r"\b(?:and|it\s+was|which\s+was|was)\b[^.]*$", s_clean)
                if mres:
                    res = result_of(mres.group(0))
                if res or counts:
                    _record_vote(st, prefix, para.page, res, counts or VoteCounts(), {}, s_clean, st.hint, division=bool(counts))
                continue
            rm = RESULT_LINE.match(s_clean) or RESULT_LINE.match(re.split(r"(?<=[.!?])\s+", s_clean)[-1])
            if rm:
                res = rm.group("res").lower()
                res = {"agreed": "carried", "passed": "carried", "adopted": "carried", "defeated": "lost", "fell": "lost",
                       "failed": "lost", "not carried": "lost"}.get(res, res)
                _record_vote(st, prefix, para.page, res, VoteCounts(), {}, s_clean, _kind_hint(rm.group("kind") or ""), division=False)
                continue
        # ---- resolutions
        for sent, labels in labelled:
            if "RESOLVED" not in labels:
                continue
            for trig in resolution_triggers(sent):
                body = sent[trig.end():].strip(" :,")
                body = re.sub(r"^(?:that|to)\s*:?\s*", "", body, flags=re.I)
                parts = []
                if re.search(r"(?::|\bthat|\bto)\s*$", text.strip()) and sent is sents[-1]:
                    parts = _resolution_parts(lines, para)
                if parts:
                    for part in parts:
                        resolutions.append(Resolution(number=part["label"], text=part["text"][:2000],
                                                      outcome=outcome_of(part["text"]), page=part["page"]))
                    consumed_until = _paras_spanned(paras, pi, parts[-1]["last"])
                else:
                    resolutions.append(Resolution(number=None, text=(sent[trig.start():])[:2000], outcome=outcome_of(body or sent), page=para.page))
                break  # one resolution per sentence
    if st.division is not None:
        _close_division(st, prefix, None, None)
    # a proposal followed by a resolution and no recorded result was carried
    if not st.votes and resolutions:
        for m in st.motions:
            if m.id not in st.voted and (m.mover or m.seconder):
                m.result = "carried"
                st.votes.append(VoteEvent(motion=m.id, result="carried", page=m.page, text="inferred from the resolution"))
                st.voted.add(m.id)
    # numbered resolutions printed as a carried motion "That ..." with no "resolved" wording
    if not resolutions:
        for m in st.motions:
            if m.result in {"carried", "approved"} and m.text and re.match(r"^[\"“]?that\b", m.text, re.I):
                resolutions.append(Resolution(number=None, text=m.text, outcome=outcome_of(re.sub(r"^\W*that\s+", "", m.text, flags=re.I)), page=m.page))
    return resolutions, st.motions, st.votes


def _split_roll_call_lines(paras: list[Para]) -> list[Para]:
    """A paragraph holding several roll-call labels ("AYES: A, B NOES: C ABSTAIN: None") is one
    paragraph per label, as if each were printed on its own line."""
    out = []
    for p in paras:
        starts = [m.start() for m in ROLL_LABEL.finditer(p.text)]
        if len(starts) < 2 or starts[0] != len(p.text) - len(p.text.lstrip()) or len(p.text) > 600:
            out.append(p)
            continue
        for a, b in zip(starts, starts[1:] + [len(p.text)]):
            out.append(_Segment(p, p.text[a:b].strip()))
    return out


class _Segment(Para):
    """Part of a paragraph's text, with the paragraph's lines and page."""

    def __init__(self, para: Para, text: str):
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


def _counts_in(text: str) -> Optional[VoteCounts]:
    m = VOTES_TO.search(text) or FOR_AGAINST.search(text)
    if not m:
        return None
    a = m.group("a")
    return VoteCounts(yes=word_to_int(m.group("y")), no=word_to_int(m.group("n")), abstain=word_to_int(a) if a else None)


def _sentences(nlp, text: str) -> list[str]:
    return [s for s, _ in _labelled(nlp, text)]


def _labelled(nlp, text: str) -> list[tuple[str, set]]:
    """Sentences with the spaCy Matcher labels found in them (RESOLVED, MOVED, CARRIED ...).
    Without spaCy (nlp=None) a regex split, every label assumed present."""
    if nlp is None:
        return [(s, ALL_LABELS) for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"(])", text) if s.strip()]
    from agendapack.extractors.minutes.nlp import sentences_with_labels

    return sentences_with_labels(text)


ALL_LABELS = {"RESOLVED", "MOVED", "SECONDED", "CARRIED", "LOST", "APPROVED", "WITHDRAWN", "VOTE_COUNT"}


def _resolution_parts(lines: list[Line], para: Para) -> list[dict]:
    """Numbered or lettered parts under a resolution that ends in a colon; subheadings between
    parts are skipped. Stops at a sibling paragraph (same enumerator style at the resolution's
    margin) or at an unenumerated line back at that margin."""
    own = ENUM_RE.match(para.lines[0].text.strip())
    own_style = _enum_style(own.group(0)) if own else None
    base_x = para.lines[0].x0
    parts: list[dict] = []
    for j in range(para.end, len(lines)):
        ln = lines[j]
        t = ln.text.strip()
        pm = PART_RE.match(t)
        at_margin = ln.x0 <= base_x + 3
        if pm:
            if at_margin and own_style and _enum_style(pm.group(0)) == own_style:
                break
            if at_margin and own_style and not parts:
                break
            parts.append({"label": pm.group("label") or pm.group("label2"), "text": PART_RE.sub("", t),
                          "page": ln.page, "x": ln.x0, "last": j})
            continue
        if at_margin:
            break
        if parts and ln.x0 > parts[-1]["x"] + 3:
            parts[-1]["text"] += " " + t
            parts[-1]["last"] = j
    return parts


def _enum_style(token: str) -> str:
    t = token.strip()
    core = re.sub(r"[().\s]", "", t)
    kind = "d" if core.isdigit() else ("r" if re.fullmatch(r"[ivxIVX]{2,5}", core) else ("l" if core.islower() else "u"))
    return ("(" if t.startswith("(") else "") + kind + (")" if t.rstrip().endswith(")") else ".")

"""How motions, results and votes are printed in minutes (Popolo-like), and the functions that
read one phrase of them.

Motions: "X proposed, and Y seconded ...", "Moved by X / Seconded by Y", "X (motion), Y (second)",
"moved, seconded", "UPON MOTION duly made and seconded"; amendments and substantive motions.
Votes: a result ("Carried.", "Amendment lost.", "agreed unanimously"), counts in figures or words
("For (52) / Against (0) / Abstain (11)", "agreed by five votes to four") and the named voters of a
recorded division. `minutes.item` reads a minute item's paragraphs with them.
"""

from __future__ import annotations

import re
from typing import Literal, Optional

from agendapack.extractors.minutes.attendance import PRESIDING_OFFICES, Roll, parse_people, split_name
from agendapack.extractors.minutes.nlp import HONORIFICS, word_to_int
from agendapack.model import VoteCounts

MotionKind = Literal["motion", "amendment", "substantive"]
MotionResult = Literal["carried", "lost", "approved", "withdrawn", "other"]
VoteResult = Literal["carried", "lost", "approved", "other"]

# ---- motions and votes -------------------------------------------------------------------------

# (words that open what follows a name on the line are no part of it: "Seconded: Cllr B All in favour")
_NOT_NAME = r"(?!(?:All|Vote|Votes|Carried|Motion|Resolved|Agreed|Unanimous(?:ly)?|Seconded|Seconder|That|THAT)\b)"
# (a member's precinct or district numbered inside the name: "Commissioner Pct. 2 Kimbrough")
_SEAT_NO = r"(?:(?<=Pct\.\s)|(?<=Precinct\s)|(?<=District\s))\d{1,2}"
NAME = rf"(?:(?:the|The)\s+)?(?:(?:{_NOT_NAME}[A-Z][\w.'’-]*|{_SEAT_NO})\s+){{0,4}}{_NOT_NAME}[A-Z][\w'’-]*"
# names are matched case-sensitively (capitalised words); the keywords in any case
MOVER_PATTERNS = [
    # "X proposed, and Y seconded", "Cllr X proposed, Cllr Y seconded", "JH proposed HD seconded"
    re.compile(rf"(?P<m>{NAME})\s+(?i:proposed|moved)\s*,?\s*(?:(?:and|&)\s+)?(?P<s>{NAME})\s*,?\s+(?i:seconded)"),
    re.compile(rf"(?i:proposed|moved)\s+(?i:by)\s*:?\s*(?P<m>{NAME})\s*[,;.]?\s*(?i:and\s+)?(?i:seconded|second|supported)\s+(?i:by)\s*:?\s*(?P<s>{NAME})"),
    # "Trustee X moved, seconded by Trustee Y, to approve ..."
    re.compile(rf"(?P<m>{NAME})\s+(?i:moved|proposed)\s*,?\s*(?i:and\s+)?(?i:seconded|second|supported)\s+(?i:by)\s*:?\s*(?P<s>{NAME})"),
    # "Motion by Councilmember X, seconded by Councilmember Y, to approve ...", "Motion by X, second by Y"
    re.compile(rf"(?i:motion)\s+(?i:(?:was\s+)?(?:made\s+)?by)\s*:?\s*(?P<m>{NAME})\s*[,;.]?\s*(?i:and\s+)?(?i:seconded|second|supported)\s+(?i:by)\s*:?\s*(?P<s>{NAME})"),
    re.compile(rf"(?P<m>{NAME})\s*\(\s*(?i:motion|moved|mover)\s*\)\s*[,;]?\s*(?P<s>{NAME})\s*\(\s*(?i:second|seconded|seconder)\s*\)"),
    # "A motion was made to approve the agenda by Trustee A, seconded by Trustee B": the wording
    # between the motion and its mover
    re.compile(rf"(?i:motion)\s+(?i:was\s+)?(?i:made|offered|moved)\b[^.;]{{0,400}}?\b(?i:by)\s+(?P<m>{NAME})\s*[,;]?\s*(?i:and\s+)?(?i:seconded|second(?:ed)?|supported)\s+(?i:by)\s*:?\s*(?P<s>{NAME})"),
    # "A motion to approve the bills was made by A and seconded by B"
    re.compile(rf"(?i:motion)\b[^.;]{{0,300}}?\b(?i:was\s+)?(?i:made|offered)\s+(?i:by)\s+(?P<m>{NAME})\s*[,;]?\s*(?i:and\s+)?(?i:seconded|second(?:ed)?|supported)\s+(?i:by)\s*:?\s*(?P<s>{NAME})"),
    # "Trustee A made a motion (to approve ...), seconded by Trustee B", "A moved to approve ..., supported by B"
    re.compile(rf"(?P<m>{NAME})\s+(?i:made\s+(?:a|the)\s+motion|moved\s+(?:to|that))\b[^.;]{{0,400}}?\b(?i:seconded|second(?:ed)?|supported)\s+(?i:by)\s*:?\s*(?P<s>{NAME})"),
    # "On the proposal of Cllr A, seconded by Cllr B, it was agreed ...", "Upon a motion by A, seconded by B"
    re.compile(rf"(?i:proposal|motion)\s+(?i:of|from|by)\s+(?P<m>{NAME})\s*,?\s*(?i:and\s+)?(?i:seconded|second(?:ed)?|supported)\s+(?i:by)\s*:?\s*(?P<s>{NAME})"),
    # labelled pairs on one line: "Proposed: Cllr A Seconded: Cllr B", "(Prop. Cllr A, Sec. Cllr B)",
    # "Proposer: A; Seconder: B", "Moved: Smith. Second: Jones."
    re.compile(rf"(?i:prop(?:osed|oser)?\.?|moved|mover)\s*(?i:by)?\s*[:.]?\s*(?P<m>{NAME})\s*[,;.]?\s*(?i:and\s+)?"
               rf"(?i:sec(?:onded|onder|ond)?\.?|supported)\s*(?i:by)?\s*[:.]?\s*(?P<s>{NAME})"),
    # "MOTION (Lee/Park) to approve ...": mover and seconder in brackets
    re.compile(rf"(?i:motion|moved)\s*:?\s*\(\s*(?P<m>{NAME})\s*/\s*(?P<s>{NAME})\s*\)"),
    # "Cllr A, seconded by Cllr B, proposed that ..."
    re.compile(rf"(?P<m>{NAME})\s*,\s*(?i:seconded|supported)\s+(?i:by)\s+(?P<s>{NAME})\s*,\s*(?i:proposed|moved)\b"),
    # "Cllr A moved the motion, which was seconded by Cllr B"
    re.compile(rf"(?P<m>{NAME})\s+(?i:moved|proposed)\s+(?i:the\s+)?(?i:motion|proposal|amendment)\s*,?\s*(?i:which\s+)?(?i:was\s+)?(?i:seconded|supported)\s+(?i:by)\s+(?P<s>{NAME})"),
    # "Cllr A proposed that ...; this was seconded by Cllr B"
    re.compile(rf"(?P<m>{NAME})\s+(?i:proposed\s+(?:that|to))\b[^.]{{0,400}}?\b(?i:seconded|supported)\s+(?i:by)\s*:?\s*(?P<s>{NAME})"),
    # "Trustee A made a motion to approve ...; Trustee B seconded (the motion)"
    re.compile(rf"(?P<m>{NAME})\s+(?i:made\s+(?:a|the)\s+motion|moved\s+(?:to|that))\b[^.;]{{0,400}}?[,;]\s*(?i:and\s+)?(?P<s>{NAME})\s+(?i:seconded|supported)\b"),
]
# "Moved by X", "Moved: Cr X" (a line of its own), "X moved that ..."
MOVED_ONLY = re.compile(rf"^(?i:proposed|moved|proposer|mover)(?:\s+(?i:by)\s*:?|\s*:)\s*(?P<m>{NAME})"
                        rf"|^(?P<m2>{NAME})\s+(?i:moved|proposed)\s*(?:,|$|\s+(?i:that|the|to)\b)")
# "Seconded by Y", or the seconder as the subject: "Commissioner Tolson seconded the motion."
SECONDED_ONLY = re.compile(rf"^(?i:seconded|seconder|second|supported)(?:\s+(?i:by)\s*:?|\s*:)\s*(?P<s>{NAME})"
                           rf"|^(?P<s2>{NAME})\s+(?i:seconded)\s+(?i:the\s+motion)\b")
# the tally after the verb of the motion's sentence: "the Board voted unanimously (4-0) to ...",
# "... seconded by B and carried 6-0" (where it stands only; `tally_in` reads it)
VOTED_TALLY = re.compile(r"\b(?:voted|carried|passed|failed)\s+(?:unanimously\s+)?\(?\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\)?(?!\d)")
ANON_MOTION = re.compile(r"\bmoved\s*,?\s*(?:and\s+)?seconded\b|\bupon\s+motion\b[^.]*\bseconded\b|\bmotion\s+(?:was\s+)?(?:duly\s+)?(?:made\s+and\s+)?seconded\b", re.I)
PUT_RE = re.compile(r"\bput\b[^.]{0,200}?\b(?:to\s+(?:the|a)\s+vote|motion|amendment|recommendation)|\bput\s+to\s+(?:the|a)\s+vote\b|\bupon\s+being\s+put\b", re.I)
RESULT_WORDS = [
    ("lost", re.compile(r"\b(?:lost|defeated|fell|failed|not\s+(?:carried|agreed|passed)|rejected)\b", re.I)),
    ("withdrawn", re.compile(r"\bwithdrawn\b", re.I)),
    ("approved", re.compile(r"\bapproved\b", re.I)),
    ("carried", re.compile(r"\b(?:carried|agreed|passed|adopted|passes|carries|voted\s+unanimously)\b", re.I)),
]
# how the vote was taken, after a result: "by a unanimous voice vote", "by roll call vote"
BY_VOTE = r"\s+by\s+(?:a\s+)?(?:unanimous\s+)?(?:voice\s+|roll[\s-]call\s+)?vote"
RESULT_LINE = re.compile(
    r"^(?:(?:this|which|it)\s+was\s+)?(?:the\s+)?(?:(?P<kind>(?:substantive\s+|original\s+)?(?:motion|amendment|recommendations?|resolution|proposal|division|vote))\s+(?:\([^)]*\)\s+)?(?:was\s+|is\s+|has\s+been\s+)?(?:declared\s+)?)?"
    r"(?P<res>carried|lost|agreed|approved|defeated|fell|failed|withdrawn|not\s+carried|passed|adopted|passes|carries|fails)(?:\s+unanimously|\s+nem\.?\s*con\.?)?"
    # "with all in favor", "by a unanimous voice vote", "by a vote of 5-0"
    rf"(?:\s+with\s+all\s+(?:members\s+)?(?:in\s+favou?r|voting\s+(?:aye|yes))|{BY_VOTE}(?=\s*[.!]?$|\s+of\b))?"
    r"(?:\s*,?\s*(?:(?:by\s+a\s+vote\s+)?of\s+)?\(?\d{1,2}\s*[-–/]\s*\d{1,2}(?:\s*[-–/]\s*\d{1,2})?\)?)?"  # "Motion carried 3-1.", "CARRIED 6/2"
    rf"(?:{BY_VOTE})?"  # "carried 6-0 by roll call vote"
    # "... with Commissioner Ortiz voting no": the dissent named after the result
    r"(?:\s*,?\s*(?:with\s+)?[^.;]{2,120}?\s+(?:voting\s+(?:no|nay|against|in\s+favou?r)|dissenting|opposed|abstaining|absent|excused"
    r"|not\s+voting|excused\s+from\s+voting))?"
    # "... CARRIED by 3 votes to 1", "Motion carried 4-0 (Fox absent)"
    r"(?:\s+by\s+\w+\s+votes?\s+to\s+\w+(?:\s*,?\s*(?:with|and)\s+\w+\s+abstentions?)?)?(?:\s*\([^()]{1,80}\))?\s*[.!]?$",
    re.I,
)
# a sentence of assent that names no result: "All were in favor.", "All in favour.", "All members
# voted aye." (the motion it answers carried; a result sentence after it, if any, is the vote's),
# alone or ending a sentence ("... to adjourn at 8:05 p.m. All were in favor.")
ASSENT = re.compile(r"(?:^|(?<=[.!?;,])\s+)(?:all|everyone|all\s+members(?:\s+present)?|all\s+present|the\s+board)\s+(?:were\s+|was\s+)?"
                    r"(?:in\s+favou?r|voted\s+(?:aye|yes|in\s+favou?r)|agreed)\b[^.;]{0,40}[.!]?$", re.I)
# a roll-call vote printed on one line: "AYES: A, B, C   NOES: D   ABSTAIN: None   ABSENT: E"
# the options and absences a roll call or a division is printed under, one list for every reader
ROLL_WORDS = r"(?:ayes?|noes?|nays?|yeas?|in\s+favou?r|against|opposed|abstain(?:ed|ing|ers)?|abstentions?|declined\s+to\s+vote|absent|excused|recused)"
ROLL_LABEL = re.compile(rf"\b{ROLL_WORDS}\s*(?:\(\s*\d{{1,3}}\s*\)\s*)?:", re.I)  # "AYES:", "Opposed (4):"
NOT_VOTING = re.compile(r"^(?:absent|excused|recused)\b", re.I)
RESULT_DASH = re.compile(r"^(?P<res>APPROVED|CARRIED|ADOPTED|PASSED|LOST|DEFEATED)\s*[–:—-]\s*(?P<text>.+)$")
# what a member of a division voted for, named: "the motion", "the first amendment"
THE_PROPOSAL = r"the\s+(?:(?:first|second|third|procedural)\s+)?(?:motion|amendment)"
# an option may be named by its mover or qualified in brackets ("Motion (Councillor Reid) - 6 votes",
# "For the motion (as adjusted) - 7 votes"); members
# who declined to vote, or gave "No vote", are its abstentions
DIV_LABEL = re.compile(
    rf"^(?P<opt>for\s+{THE_PROPOSAL}|for\s+amendment(?:\s+\d{{1,2}})?|motion|amendment|for|against|opposed|abstain(?:ed|ing|ers)?|abstentions?|declined\s+to\s+vote|no\s+vote|in\s+favou?r|ayes?|noes?|nays?|yeas?|yes|no)\b\s*"
    r"(?:\([^()\d]{2,60}\)\s*)?"
    r"(?:(?::\s*)?\(\s*(?P<n1>\d{1,3})\s*\)|[:=–-]\s*(?P<n2>\d{1,3})\b|(?P<n3>\d{1,3})\b)?\s*[:.–-]{0,2}\s*(?P<rest>.*)$",
    re.I,
)
COUNT_WORDS = r"(?:\d{1,3}|zero|none|nil|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty|forty|fifty|sixty)"
VOTES_TO = re.compile(
    rf"\b(?P<y>{COUNT_WORDS})\s+votes?\s+(?:to|against)\s+(?P<n>{COUNT_WORDS})(?:\s*,?\s*(?:with|and)\s+(?P<a>{COUNT_WORDS}|no)\s+abstentions?)?",
    re.I,
)
FOR_AGAINST = re.compile(
    rf"\b(?P<y>{COUNT_WORDS})\s+(?:members\s+)?(?:votes?\s+|voted\s+|voting\s+)?(?:for|in\s+favou?r)(?:\s+(?:of\s+)?the\s+(?:motion|amendment|recommendations?|proposal))?\s*,?\s*(?:and\s+)?(?P<n>{COUNT_WORDS})\s+(?:votes?\s+|voted\s+|voting\s+)?against(?:\s*,?\s*(?:and\s+|with\s+)?(?P<a>{COUNT_WORDS}|no)\s+(?:members?\s+)?(?:abstentions?|abstained|abstaining))?",
    re.I,
)
# ---- decision records: the decision printed under each item ---------------------------------------
# "Voted: to grant ...", "VOTED 4-1 to deny ...", "ACTION: Approved 6-1 (Commissioner X dissenting)",
# "Decision: Continued to June 11", "Rescheduled to April 3": the decision's verb opens the line, alone
# or after a label. Each verb's vote result; None: the item was put off, no vote was taken.
DECISION_VERBS: dict[str, Optional[str]] = {
    "voted": "carried", "approved": "approved", "granted": "approved", "adopted": "carried", "carried": "carried",
    "passed": "carried", "accepted": "carried", "recommended": "carried", "denied": "lost", "rejected": "lost",
    "failed": "lost", "defeated": "lost", "withdrawn": None, "tabled": None, "continued": None,
    "rescheduled": None, "postponed": None, "deferred": None,
}
DECISION_LINE = re.compile(
    r"^(?:(?P<label>action|decision|disposition|result|outcome|vote|motion)\s*[:–—-]\s*)?"
    rf"(?P<word>{'|'.join(DECISION_VERBS)})\b(?!\s+(?:by|action|items?)\b)(?P<rest>.*)$",
    re.I,
)
# what may follow a bare decision verb: nothing, a tally, "to ...", "unanimously", "as amended", "(...)"
DECISION_TAIL = re.compile(r"^\s*(?:[.:;,(–—-]|$|\d{1,2}\s*[-–]\s*\d|(?:to|unanimously|as|with|subject|on|until)\b)", re.I)
# a vote's tally printed as figures: "7-0", "6-1", "4-1-1", a sentence's full stop after it ("4-0.")
TALLY = re.compile(r"(?<![\w/.-])(?P<y>\d{1,2})\s*[-–]\s*(?P<n>\d{1,2})(?:\s*[-–]\s*(?P<a>\d{1,2}))?(?![\w/-])(?!\.\d)")
# members named as voting against or abstaining: "Mr. Z voted no", "(Commissioner X dissenting)"
DISSENT = re.compile(
    rf"(?P<names>{NAME}(?:\s*(?:,|\band\b|&)\s*{NAME}){{0,8}})\s+(?:(?P<no>vot(?:ed|ing)\s+(?:no|nay|against)|dissent(?:ing|ed)|opposed)|(?P<abst>abstain(?:ed|ing))"
    r"|(?P<yes>vot(?:ed|ing)\s+(?:in\s+favou?r|for|yes|aye)))\b"
)
# a sentence end that is not an honorific's dot ("Mr. Okafor")
SENTENCE_END = re.compile(r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<=[.!?])\s+(?=[A-Z(])")


def decision_line(text: str) -> Optional[re.Match[str]]:
    """The decision a line of a decision record prints ("Voted: to grant ...", "ACTION: Approved
    7-0", "Rescheduled to ..."), else None. A bare verb must end the line or be followed by a
    tally, "to ...", "unanimously", "as amended" or a bracket, and be capitalised: "Approved by",
    "Continued public hearing" and a wrapped "... continued to rise" are not decisions."""
    m = DECISION_LINE.match(text.strip())
    if m is None or len(text) > 2000:
        return None
    if m.group("label"):
        return m
    if m.group("word")[:1].isupper() and (m.group("word").lower() == "voted" or DECISION_TAIL.match(m.group("rest"))):
        return m  # a capitalised verb opening the line, not a wrapped sentence ("... costs / continued to rise")
    return None


def tally_in(text: str) -> Optional[VoteCounts]:
    """A tally printed as figures ("Approved 6-1"), else None."""
    m = TALLY.search(text)
    if not m:
        return None
    a = m.group("a")
    return VoteCounts(yes=int(m.group("y")), no=int(m.group("n")), abstain=int(a) if a else None)


# the members absent from a vote, noted in brackets after its result: "(Trustee Batiste absent)"
ABSENT_NOTE = re.compile(r"\((?P<names>[^()]{2,80}?)\s+(?:was\s+|were\s+)?(?:absent|excused)\)", re.I)
# ... or after "with" ending the result: "carried 6-0, with Supervisor Pruett absent."
ABSENT_WITH = re.compile(rf"\bwith\s+(?P<names>{NAME}(?:\s*(?:,|\band\b|&)\s*{NAME}){{0,8}})\s+(?:being\s+)?(?:absent|excused)\b")


def dissenters(text: str) -> dict[str, list[str]]:
    """Members named as voting against or abstaining in a decision, or absent from it: option -> names."""
    out: dict[str, list[str]] = {}
    for sent in SENTENCE_END.split(text):
        if len(sent) > 600:
            continue
        found = [("no" if m.group("no") else "yes" if m.group("yes") else "abstain", m.group("names")) for m in DISSENT.finditer(sent)]
        found += [("absent", m.group("names")) for rx in (ABSENT_NOTE, ABSENT_WITH) for m in rx.finditer(sent)]
        for opt, names in found:
            for raw in re.split(r"\s*(?:,|\band\b|&)\s*", names):
                name = split_name(re.sub(r"^(?:the|The)\s+", "", raw)).name
                if name:
                    out.setdefault(opt, []).append(name)
    return out


NAMED_MOVER_HEADER = re.compile(r"^(?P<m>(?:[A-Z]\.?\s*)+[A-Z][\w'’-]+)\s*,\s*(?P<s>(?:[A-Z]\.?\s*)+[A-Z][\w'’-]+)\s*:?$")

OPTION = {"for the motion": "yes", "for the amendment": "no", "motion": "yes", "amendment": "no", "for": "yes", "in favour": "yes", "in favor": "yes", "ayes": "yes", "aye": "yes", "yes": "yes", "yeas": "yes", "yea": "yes",
          "against": "no", "opposed": "no", "noes": "no", "no": "no", "nays": "no", "nay": "no"}



# a result as the model records it: on the vote, and on the motion voted on
VOTE_RESULTS: dict[str, VoteResult] = {"carried": "carried", "lost": "lost", "approved": "approved"}
MOTION_RESULTS: dict[str, MotionResult] = {"carried": "carried", "lost": "lost", "approved": "approved", "withdrawn": "withdrawn"}
# a result line's verb as a result ("Amendment defeated." -> lost)
RESULT_LINE_WORDS = {"agreed": "carried", "passed": "carried", "adopted": "carried", "defeated": "lost", "fell": "lost",
                     "failed": "lost", "not carried": "lost", "passes": "carried", "carries": "carried", "fails": "lost"}

# ---- roll calls inside running text ----------------------------------------------------------------
# "Roll Call: Trustee A – yes, Trustee B – no, Clerk C – absent." / "Roll call vote: Ayes: A, B. Nays: C."
# a roll call introduced inside a sentence: "Upon roll call vote, the motion carried as follows: Ayes: ..."
ROLL_CALL_INTRO = re.compile(r"\b(?:roll[\s-]+call(?:\s+vote)?|as\s+follows|the\s+vote\s+(?:was|being)|following\s+(?:\w+\s+){0,2}vote)\s*:\s*(?=[A-Z])",
                             re.I)
# "Roll call:", "Roll call vote as follows:", "Roll Call was taken as follows:", "A roll call vote was recorded:"
ROLL_CALL_LEAD = re.compile(r"^(?:a\s+)?roll[\s-]+call(?:\s+vote)?(?:\s+(?:was\s+)?(?:taken|recorded|called)\b)?"
                            r"(?:\s+as\s+follows)?\s*[:.–—-]?\s*", re.I)
# the answer a member gives in a roll call: one place for the named vote and the answer alone
ROLL_ANSWER = r"(?i:yes|no|aye|nay|yea|abstain(?:ed|s)?|absent|excused)"
NAMED_VOTE = re.compile(rf"^(?P<name>{NAME})(?:\s*[-–—:,]\s*|\s+)(?P<v>{ROLL_ANSWER})\.?$")
# a roll call's option inside running text, its names after a colon or a dash ("Ayes: A, B", "No – C")
INLINE_OPTION_WORD = r"(?:ayes?|yeas?|yes|nays?|noes?|no|abstain(?:ed|ing|s)?|abstentions?|absent|excused)"
INLINE_OPTION = re.compile(rf"^(?:voting\s+|votes?\s+)?(?P<opt>{INLINE_OPTION_WORD})(?:\s*[:–—-]\s*|\s+(?=\d))(?P<rest>[A-Z0-9].*)$", re.I)
# where one option of an inline roll call ends and the next begins: "Yes – A, B; No – C", "Ayes 5, Nays 0",
# "Ayes: 5 Nays: 0"
INLINE_OPTION_SPLIT = re.compile(rf"(?<![Vv]oting)\s*[;,]?\s+(?=(?i:(?:voting\s+)?{INLINE_OPTION_WORD})\b\s*(?:[:–—-]|\d))")
NAMED_VOTE_OPTION = {"yes": "yes", "aye": "yes", "yea": "yes", "no": "no", "nay": "no", "absent": "absent", "excused": "absent"}


# where one member's answer ends when the answers are printed one a line, without commas
ANSWER_END = re.compile(r"(?:(?<=\b[Yy]es)|(?<=\b[Nn]o)|(?<=\b[Aa]ye)|(?<=\b[Nn]ay)|(?<=\b[Yy]ea)|(?<=\b[Aa]bsent)|(?<=\b[Ee]xcused)"
                        r"|(?<=\bYES)|(?<=\bNO)|(?<=\bAYE)|(?<=\bNAY)|(?<=\bABSENT))\s+(?=[A-Z])")


def named_votes(text: str, least: int = 2) -> list[tuple[str, str]]:
    """(option, name) of a roll call answered member by member ("Trustee A – yes, Clerk C – absent",
    or one answer a line: "Trustee A Yes Trustee B No"), every piece one answer (a member absent is
    option "absent", not a vote); [] when the text is not such a roll call of `least` answers."""
    body = text.strip().rstrip(".")
    # answers split at commas, else at semicolons ("Trustee A, aye; Trustee B, nay"), else after
    # each answer (one a line)
    commas = [p.strip() for p in re.split(r"\s*[,;]\s*(?:and\s+)?", body) if p.strip()]
    for pieces in (commas,
                   [p.strip() for p in re.split(r"\s*;\s*(?:and\s+)?", body) if p.strip()],
                   [p.strip() for p in ANSWER_END.split(body) if p.strip()],
                   _paired_answers(commas)):
        found = [NAMED_VOTE.match(p) for p in pieces]
        if len(pieces) >= least and all(found):
            break
    else:
        return []
    out = []
    for m in found:
        assert m is not None
        v = m.group("v").lower()
        name = split_name(re.sub(r"^(?:the|The)\s+", "", m.group("name"))).name
        out.append((NAMED_VOTE_OPTION.get(v, "abstain"), name))
    return out
def _paired_answers(pieces: list[str]) -> list[str]:
    """Comma-separated pieces that alternate a name and its answer ("Trustee Elton, Yea, Trustee
    Marsh, Nay") joined back in pairs ("Trustee Elton, Yea"); [] when they do not alternate."""
    if len(pieces) < 2 or len(pieces) % 2 or not all(ANSWER_WORD.fullmatch(p) for p in pieces[1::2]):
        return []
    return [f"{name}, {answer}" for name, answer in zip(pieces[::2], pieces[1::2])]


ANSWER_WORD = re.compile(rf"{ROLL_ANSWER}\.?")
# a line of names under a division's option ("Cllr A Smith, Cllr B Jones", "Moss")
# ("Cr Ann Kingi", "Deputy Mayor Tane Whitcombe", "Moss"): a title of any council, or a presiding office
_TITLES = "|".join(sorted((re.escape(t) for t in HONORIFICS), key=len, reverse=True))
# (the title's names alone up to a comma or the end: "Chair Ito called a recess" is a sentence)
NAME_LINE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor|Dame|Lord|Lady)\.?\s|[A-Z][\w'’-]+(?:,|$)"
                       rf"|(?:(?i:{_TITLES})\.?|(?:(?:Deputy|Vice)[ -])?(?:Mayor|Chair(?:man|woman|person)?|Reeve|Warden))"
                       r"(?:\s+[A-Z][\w.'’-]*){1,4}\s*(?:,|$))")


def option_of(label: str) -> str:
    """A division's option label -> "yes", "no" or "abstain" ("In favour" -> "yes")."""
    key = re.sub(r"\s+", " ", label.lower())
    if key.startswith(("abst", "declined", "no vote")):
        return "abstain"
    if key.startswith("against "):
        return "no"  # "against the procedural motion"
    if "amendment" in key:
        return "no"  # "For Amendment 1", "For the first amendment": an amendment against the motion
    return OPTION.get(key, "yes")


def result_of(text: str) -> Optional[str]:
    """The result whose word comes first in `text` ("carried", "lost", "withdrawn", "approved")."""
    best = None
    for name, rx in RESULT_WORDS:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


def vote_result(res: Optional[str]) -> Optional[VoteResult]:
    """A result word as a vote's result: carried, lost, approved, or other."""
    return None if res is None else VOTE_RESULTS.get(res, "other")


# a presiding office standing for its holder in a list of voters ("the Convener, the Vice Convener
# and Councillors A and B")
OFFICE_FOR_HOLDER = re.compile(rf"\b[Tt]he\s+(?P<office>(?:(?:[Vv]ice|[Dd]eputy)[- ])?(?i:{PRESIDING_OFFICES}))\b")


def holders_named(text: str, roll: Optional[Roll]) -> str:
    """A list of voters with each presiding office the roll says one member holds replaced by that
    member's name ("the Convener" -> "Fiona Strachan")."""
    if roll is None:
        return text

    return OFFICE_FOR_HOLDER.sub(lambda m: roll.holder_of(m.group("office")) or m.group(0), text)


def mover_name(raw: Optional[str], roll: Optional[Roll]) -> Optional[str]:
    """A mover or seconder as printed -> a name; "the Chairman" is whoever the roll says chairs."""
    if not raw:
        return None
    raw = re.sub(r"^(?:the|The)\s+", "", raw.strip(" ,.:;"))
    raw = re.sub(r"\b(?:Pct\.|Precinct|District)\s+\d{1,2}\s+", "", raw)  # the member's seat, not the name
    p = split_name(raw)
    name = p.name
    office_only = not name or name.lower() in {"chairman", "chair", "vice-chairman", "vice-chair", "mayor", "leader", "president"}
    if roll is not None and p.role and not office_only:
        # "Member Ortega": the office is shared; the surname says who
        surname = name.split()[-1].lower()
        same = [e.name for e in roll.entries if e.name.split() and e.name.split()[-1].lower() == surname]
        return same[0] if len(set(same)) == 1 else name
    if roll is not None and (p.role or office_only):
        # "the Chairman", "Mayor": whoever the roll says holds the office, when one does
        if (holder := roll.holder_of(p.role or name)) is not None:
            return holder
    return name or None


def kind_hint(text: str) -> Optional[str]:
    """Which motion a vote sentence is about: "part", "substantive", "amendment", "motion"."""
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


def division_count(m: re.Match[str]) -> Optional[str]:
    """The count a division label prints, in whichever of its forms ("For (52)", "Against: 3", "For 7")."""
    return m.group("n1") or m.group("n2") or m.group("n3")


def division_label(text: str) -> Optional[re.Match[str]]:
    """A label of a recorded division ("For (52)", "Against: 3", "AYES: A, B, C"), else None;
    "For the reasons ..." and "No objections ..." are text."""
    m = DIV_LABEL.match(text)
    if m is None or len(text) >= 4000 or re.match(rf"^(?:for|no)\s+(?!{THE_PROPOSAL}\b)[a-z]", text):
        return None
    counted = division_count(m)
    if (not counted or m.group("n3") and not m.group("rest")) and m.group("opt").lower() in ("motion", "amendment"):
        return None  # "Motion: That ...": a motion's wording, "Amendment 2" its heading; "Motion - 8 votes" is an option
    rest = m.group("rest")
    labelled = ":" in text[: m.start("rest")]
    if counted or not rest or (re.match(r"^[A-Z]", rest) and labelled):
        return m
    if labelled and re.fullmatch(r"(?i)(?:none|nil|nobody|no\s+one)\W*", rest):
        return m  # "Noes: none;": an option nobody voted for
    return None


# the counts after their labels inside a sentence: "For: 5, Against: 2, Abstentions: 1", "For 4, Against 1"
# (each label may follow its name in another language and a slash: "O blaid / For: 6, Yn erbyn / Against: 3")
_OTHER_TONGUE = r"(?:[^\d,;:/.]{1,30}/\s*)?"
LABELLED_COUNTS = re.compile(
    rf"\b(?:for|in\s+favou?r)\s*[:=–-]?\s*(?P<y>{COUNT_WORDS})\s*[,;]?\s*{_OTHER_TONGUE}against\s*[:=–-]?\s*(?P<n>{COUNT_WORDS})"
    rf"(?:\s*[,;]?\s*{_OTHER_TONGUE}(?:abstentions?|abstain(?:ed|ing)?)\s*[:=–-]?\s*(?P<a>{COUNT_WORDS}))?",
    re.I,
)


# a division between a motion and an amendment: "there voted for the motion 9 Councillors and for
# the amendment 5 Councillors" (the motion's votes are yes, the amendment's no)
# (either first: "there voted for the amendment 6 and for the motion 4, there being 1 abstention")
# ("the MOTION received 7 votes and the AMENDMENT received 4 votes, with 1 abstention")
# ("... the motion received 6 votes and the amendment 3")
_FOR_THE = r"(?:\bfor\s+the\s+(?:motion|amendment)|\bthe\s+(?:motion|amendment)(?:\s+received)?)"
MOTION_AMENDMENT_COUNTS = re.compile(
    rf"(?:\bfor\s+the|\bthe)\s+(?P<first>motion|amendment)(?:\s+received)?\s*[,:–-]?\s*(?P<c1>{COUNT_WORDS})\b(?:\s+votes?)?[^.;]{{0,40}}?;?[^.;]{{0,10}}?"
    rf"{_FOR_THE}\s*[,:–-]?\s*(?P<c2>{COUNT_WORDS})\b"
    # ("; abstentions - 0": the label first)
    rf"(?:[^.;]{{0,30}}?\b(?P<a>{COUNT_WORDS})\s+abstentions?\b|\s*[;,]\s*(?:and\s+)?abstentions?\s*[:–-]\s*(?P<a2>{COUNT_WORDS})\b)?",
    re.I,
)


# the count first: "6 members voted for the amendment and 4 for the motion", "8 votes were cast for
# the motion and 3 for the amendment"
# the counts labelled by what was voted for: "The vote was: Motion 6, Amendment 3, Abstentions 1."
LABELLED_MOTION_AMENDMENT = re.compile(
    rf"\b(?P<first>motion|amendment)\s*[:–-]?\s*\(?(?P<c1>{COUNT_WORDS})\)?\s*[,;]?\s*(?:and\s+)?(?:motion|amendment)\s*[:–-]?\s*\(?(?P<c2>{COUNT_WORDS})\)?"
    rf"(?:\s*[,;]?\s*(?:and\s+)?(?:abstentions?|abstained)\s*[:–-]?\s*\(?(?P<a>{COUNT_WORDS})\)?)?",
    re.I,
)
COUNT_FIRST_MOTION_AMENDMENT = re.compile(
    rf"\b(?P<c1>{COUNT_WORDS})\s+(?:(?:members|councillors|votes?)\s+)?(?:(?:voted|were\s+cast)\s+)?for\s+the\s+(?P<first>motion|amendment)\b"
    rf"[^.;]{{0,20}}?\b(?P<c2>{COUNT_WORDS})\s+(?:(?:members|councillors|votes?)\s+)?(?:(?:voted|were\s+cast)\s+)?for\s+the\s+(?:motion|amendment)\b"
    rf"(?:[^.;]{{0,30}}?\b(?P<a>{COUNT_WORDS})\s+abstentions?\b)?",
    re.I,
)


# a division's options run on in a sentence, each with its members and their count: "there voted
# for the motion - Councillors A, B and C (3); and for the amendment, Councillors D and E (2)",
# "voting in favour were Cllrs A and B (2); voting against were ..."
NAMED_OPTION_RUN = re.compile(
    rf"\b(?P<label>(?:for|against)\s+{THE_PROPOSAL}|declined\s+to\s+vote|no\s+vote|abstain(?:ed|ing)"
    rf"|voting\s+(?:in\s+favou?r(?:\s+of\s+{THE_PROPOSAL})?|against(?:\s+{THE_PROPOSAL})?)\s+were)"
    r"(?:(?:\s*[-–—:,]+\s*|(?<=were)\s+)(?P<names>[A-Z][^;()]{2,800}?)\s*\((?P<n>\d{1,3})\)"
    # the count before the names: "for the motion (5) - Councillors A and B; for the amendment (6) - ..."
    r"|\s*\((?P<n2>\d{1,3})\)\s*[-–—:]\s*(?P<names2>(?:the\s+)?[A-Z].{2,800}?)(?=;\s*(?:and\s+)?(?:for|against|declined|no\s+vote|abstain)\b|\.\s|\.?$))", re.I)
# the members who abstained named before the word, after the options ("...; Cllr A abstained (1)")
NAMED_ABSTAINED = re.compile(r";\s*(?:and\s+)?(?P<names>[A-Z][^;()]{2,200}?)\s+abstained\s*\((?P<n>\d{1,3})\)")


def named_division_in(text: str) -> Optional[tuple[VoteCounts, dict[str, list[str]]]]:
    """The counts and members of a division run on in a sentence (two options or more), else None."""
    found = list(NAMED_OPTION_RUN.finditer(text))
    if len(found) < 2:
        return None
    counts, voters = VoteCounts(), {}
    if (last := NAMED_ABSTAINED.search(text, found[-1].end())) is not None:
        found.append(last)
    for m in found:
        # "voting against were ...": the option is what they voted
        opt = option_of(re.sub(r"(?i)^voting\s+|\s+were$", "", m.groupdict().get("label") or "abstained"))
        if opt in voters:
            return None  # an option twice: not one division
        got = m.groupdict()
        setattr(counts, opt, int(got.get("n") or got["n2"]))
        voters[opt] = [p.name for p in parse_people(got.get("names") or got["names2"])]
    return (counts, voters) if counts.yes is not None and counts.no is not None else None


def counts_in(text: str) -> Optional[VoteCounts]:
    """Vote counts stated in a sentence: "by five votes to four", "7 for, 2 against, 1 abstention",
    "For: 5, Against: 2, Abstentions: 1", "for the motion 9 ... and for the amendment 5"."""
    m = VOTES_TO.search(text) or FOR_AGAINST.search(text) or LABELLED_COUNTS.search(text)
    if not m:
        if (ma := MOTION_AMENDMENT_COUNTS.search(text) or COUNT_FIRST_MOTION_AMENDMENT.search(text)
                or LABELLED_MOTION_AMENDMENT.search(text)) is None:
            return None
        first, second = word_to_int(ma.group("c1")), word_to_int(ma.group("c2"))
        yes, no = (first, second) if ma.group("first").lower() == "motion" else (second, first)
        abstained = ma.groupdict().get("a") or ma.groupdict().get("a2")
        return VoteCounts(yes=yes, no=no, abstain=word_to_int(abstained) if abstained else None)
    a = m.group("a")
    return VoteCounts(yes=word_to_int(m.group("y")), no=word_to_int(m.group("n")), abstain=word_to_int(a) if a else None)

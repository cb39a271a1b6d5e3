"""Attendance in minutes: who was present, in attendance, virtual, absent, sent apologies or
substituted for whom — and the name normalisation every minutes module shares.

Lists are printed in many shapes: "PRESENT: Mr A B Smith (Chairman), Mr C Jones and Mr D Brown",
"Councillors E Green (Chair), F White and G Black, H Grey, EDC, Clerk J Doe",
"Staff: Operations Superintendent Kim Lee, ...", "Pat O'Neill – Town Clerk", and in
sentences: "Apologies were received from ... who was substituted by ...", "X, Y and Z were in
attendance virtually", "Cllr Lee would be substituting, with voting rights, for Cllr Moss".
This module reads a list, a name or a sentence; `minutes.attendance_lines` finds them in a set
of minutes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from agendapack.extractors.minutes.nlp import HONORIFICS, NUMBER_WORDS, POSTNOMINALS, ROLE_WORDS

STATUSES = ("present", "in_attendance", "also_present", "virtual", "apologies", "absent", "substitute")

# who a label lists: "Members", "Board Members", "Councillors", or the body itself ("Council Present:")
_GROUP = (r"(?:(?:[\w&'’-]+\s+){0,3}(?:members?|councillors?|commissioners?|trustees?|directors?|governors?|aldermen)"
          r"|(?:[\w&'’-]+\s+){0,2}(?:council|board|committee|commission|cabinet|panel))")
LABELS: list[tuple[re.Pattern, str]] = [
    # (a group may come first: "OBSERVING REMOTELY:", "BOARD MEMBER PARTICIPATING REMOTELY:")
    (re.compile(r"^(?:(?-i:[A-Z])[\w&]*\s+){0,3}?(?:in\s+attendance|attending|present|attended|participating|observing|joining)\s+(?:virtually|remotely|electronically|online|by\s+(?:video|tele\w+|phone|audio)|via\s+\w+)\b(?:\s+(?i:conference|conferencing|call|link))?|^virtual(?:ly)?\s+(?:present|attendance|attendees)\b|^remote\s+(?:attendees?|participants?|attendance)\b"
                r"|^(?:remotely|virtually|online)(?=\s*:)", re.I), "virtual"),
    (re.compile(r"^also\s+(?:present|in\s+attendance|attending)\b|^others?\s+present\b|^guests?\b|^visitors?\b|^delegations?(?=\s*:)|^members\s+of\s+the\s+public(?=\s*[:–—-])"
                r"|^(?:media|press)(?=\s*:)", re.I), "also_present"),
    (re.compile(r"^(?:[\w&]+\s+){0,2}officers?\s+(?:present|in\s+attendance)\b|^in\s+attendance\b|^staff(?:\s+present)?\b|^(?:[\w&]+\s+){1,2}staff\s+(?:present|in\s+attendance)\b|^officers\b|^officials?\s+(?:present|in\s+attendance)\b|^officials(?=\s*:)|^attending(?=\s*:)", re.I), "in_attendance"),
    (re.compile(rf"^(?:{_GROUP}\s+)?absent\b|^not\s+present\b", re.I), "absent"),
    # "Regrets": members who sent their regrets, as North American minutes word apologies
    (re.compile(r"^apolog(?:ies|y)(?:\s+for\s+absence)?(?:\s+(?:were\s+)?(?:also\s+)?received)?(?:\s+from)?\b|^regrets\b", re.I), "apologies"),
    # (a group alone before a colon, among the labels: "Baill / Members:")
    (re.compile(rf"^(?:{_GROUP}\s+)?present\b|^{_GROUP}\s+in\s+attendance\b|^members(?=\s*:)|^attendees\b|^roll\s+call\b|^sederunt\b"
                r"|^(?:the\s+)?following\s+(?:\w+\s+){0,2}(?:were|was)\s+present\b", re.I), "present"),
]
BULLET_RE = re.compile(r"^(?:[\u2022\u25aa\u25cf\u25e6\u2023\u2043\uf0a7\uf0b7\uf0d8\uf076\uf0fc\-–•·*]|o(?=\s+[A-Z]))\s*")
JUNK_RE = re.compile(
    r"\s*(?:(?:,|\band\b|&)\s*)?(?:\bplus\b.*|\btogether\s+with\b.*|\b(?:(?:(?:approximately|about|around)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|several|no|a)\s+)?members?\s+of\s+(?:the\s+)?(?:public|press)\b.*|\b\d+\s+(?:guests|visitors)\b.*)$",
    re.I,
)
VIRTUAL_RE = re.compile(r"\b(?:virtually|remotely|online|electronically|by\s+electronic\s+means|via\s+(?:zoom|teams|video|telephone|phone|skype|webex|audio[- ]?visual)|by\s+(?:video|telephone|phone))\b"
                        r"|\(\s*(?:remote|virtual|online)\s*\)|\belectronic\s+participation\b", re.I)  # "Mr H MacLennan (remote)"
ROLE_NORMAL = {
    "chair": "Chairman", "chairman": "Chairman", "chairwoman": "Chairman", "chairperson": "Chairman",
    "vice-chair": "Vice-Chairman", "vice chair": "Vice-Chairman", "vice-chairman": "Vice-Chairman",
    "vice chairman": "Vice-Chairman", "vice-chairwoman": "Vice-Chairman",
}
_HON_NORMAL = {"councillor": "Cllr", "councillors": "Cllr", "cllrs": "Cllr", "cllr": "Cllr", "crs": "Cr",
               "commissioners": "Commissioner", "trustees": "Trustee",
               "councilmembers": "Councilmember", "councilors": "Councilor", "supervisors": "Supervisor"}
# titles before several names ("Cllrs A, B and C", "Messrs A and B")
PLURAL_TITLES = {key for key in _HON_NORMAL if key.endswith("s")} | {"messrs"}
# the offices of the members who preside, for every reader below
PRESIDING_OFFICES = r"mayor|chair\w*|president|reeve|warden|conven[eo]r|provost|cathaoirleach"
# the member presiding, on a line of their own under the office: "Chair: Cllr A", "In the Chair:
# Cllr B", "Cathaoirleach: Cllr C"
PRESIDING_LINE = re.compile(rf"^(?P<office>in\s+the\s+chair|(?:vice[- ])?(?:{PRESIDING_OFFICES})|presiding(?:\s+officer)?)"
                            r"\s*:\s*(?P<person>\S.{2,60})$", re.I)
# a councillor's title, abbreviated or not; after the name of another body ("County Cllr A",
# "Eden District Councillor B") it makes that body's councillor a guest of the meeting
COUNCILLOR_TITLES = {"cllr", "councillor", "councilor", "cr"}
OTHER_BODY_COUNCILLOR = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,3}Councill?or$")
# roles of members who preside: listed after a group's closing "and" they are still members
# ("Councilmembers A, B and C, and Mayor D")
PRESIDING_ROLE = re.compile(rf"^(?:(?:vice|deputy)[- ])?(?:{PRESIDING_OFFICES})(?:\s+pro\s+tem\w*)?$", re.I)
# an office held in support of a member ("Deputy City Solicitor", "Assistant Clerk"): in a board's
# roster, one who attends for a member rather than sits; a presiding deputy ("Deputy Mayor") sits
ACTING_ROLE = re.compile(rf"^(?:deputy|assistant)\s+(?!(?:{PRESIDING_OFFICES}|leader)\b)", re.I)
OFFICE_WORDS = {"clerk", "officer", "director", "manager", "treasurer", "secretary", "administrator",
                "assistant", "superintendent", "counsel", "solicitor", "accountant", "analyst",
                "engineer", "planner", "coordinator", "co-ordinator", "chief", "executive", "head",
                "advisor", "adviser", "consultant", "specialist", "inspector", "auditor", "registrar",
                "attorney", "marshal"}


@dataclass
class PersonRef:
    name: str
    honorific: Optional[str] = None
    role: Optional[str] = None
    raw: str = ""
    closed: bool = False  # listed after the "and" that closes a group ("Councillors A, B and C, ...")
    substitute_for: Optional[str] = None
    virtual: bool = False
    role_first: bool = False  # the office printed before the name ("Clerk Mark Doe")


@dataclass
class AttendanceEntry:
    name: str
    status: str
    page: int
    honorific: Optional[str] = None
    role: Optional[str] = None
    substitute_for: Optional[str] = None


# ---- names -------------------------------------------------------------------------------------


def _key(tok: str) -> str:
    return tok.lower().strip(".,:;")


def is_honorific(tok: str) -> bool:
    key = _key(tok)
    # a title printed in two languages: "Cyng./Cllr."
    return key in HONORIFICS or ("/" in key and any(part.strip(".") in HONORIFICS for part in key.split("/")))


def is_postnominal(tok: str) -> bool:
    return _key(tok) in POSTNOMINALS and tok.strip(".,").isupper()


def is_role_word(tok: str) -> bool:
    parts = re.split(r"[-/]", _key(tok))
    return any(p in ROLE_WORDS for p in parts if p)


def is_initial(tok: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", tok))


def _is_name_word(tok: str) -> bool:
    t = tok.strip(",.;:")
    return bool(re.fullmatch(r"(?:[A-Z][a-zA-Z]*|Mc[A-Z]\w+|O['’][A-Z]\w+)(?:['’-][A-Za-z]+)*", t)) and not t.isupper() or bool(
        re.fullmatch(r"[A-Z][a-z]+", t)
    )


def normalise_role(role: Optional[str]) -> Optional[str]:
    if not role:
        return None
    r = re.sub(r"\s+", " ", role).strip(" .,;:-–")
    if not r:
        return None
    return ROLE_NORMAL.get(r.lower(), r)


def clean_name(name: str) -> str:
    """'R. Green' -> 'R Green'; quotes, stray punctuation and spaces removed."""
    n = re.sub(r"[“”\"]", "", name)
    n = re.sub(r"\b([A-Z])\.(?=\s|$|[A-Z])", r"\1", n)
    n = re.sub(r"\s+", " ", n).strip(" ,.;:-–*†")  # "Moriarty*": a footnote mark
    return n


NAME_PARTICLES = {"de", "van", "von", "der", "den", "la", "le", "da", "du", "di", "del", "ter", "bin", "al"}
# small words inside a job title ("Land Planning and Technology Administrator"): no description starts with one
# the body an office serves, named after it ("Clerk to the Board", "Secretary of the Commission")
OFFICE_OF_BODY = re.compile(r"(?:to|of|for)\s+the\s+(?:Board|Council|Commission|Committee|Court|Authority|Trust)(?=\s)")
LINK_WORDS = {"and", "of", "for", "the", "in", "on", "to", "at", "with", "&"}


def said_words(words: list[str]) -> int:
    """How many of these words are lower-case words that join no names: two or more make a line
    that says something ("did not vote on the motion") rather than lists people."""
    return sum(w.islower() and w not in LINK_WORDS | NAME_PARTICLES for w in words)


def _is_office(text: str) -> bool:
    """An office printed before its holder's name, "the" before it or not ("The Mayor (Cllr A)")."""
    return _is_role_chunk(re.sub(r"^(?i:the)\s+", "", text.strip()).split())


ITEM_NOTE = re.compile(r"\s*\((?:for\s+)?(?:agenda\s+)?(?:items?|minutes?|articles?)\b[^()]*\)\s*$", re.I)


def _without_item_note(text: str) -> str:
    """'Planner (J Ritchie) (Item 7C only)' -> 'Planner (J Ritchie)': the items a person attended for."""
    return ITEM_NOTE.sub("", text.strip(" ,.;:"))


def split_name(raw: str) -> PersonRef:
    """One printed person: honorific, name, role in brackets or after a dash/comma, post-nominals."""
    text = re.sub(r"\s+", " ", raw).strip(" ,.;:")
    if HOLDER_IN_BRACKETS.search(_without_item_note(text)):
        text = _without_item_note(text)
        if "," in text[: text.rfind("(")] and _is_role_chunk(text.split(",")[0].split()):
            # the office first, with what it serves after a comma: "Area Manager, Mearns (K Blackhall)"
            holder = split_name(text[text.rfind("(") + 1: text.rfind(")")])
            return PersonRef(name=holder.name, honorific=holder.honorific, role=text[: text.rfind("(")].strip(" ,"),
                             raw=raw, role_first=True)
    role = None
    sub_for = None
    virtual = bool(VIRTUAL_RE.search(text))
    text = VIRTUAL_RE.sub("", text).strip(" ,.;:")
    # bracketed role: "(Chairman)", "(Director of Public Health)", "(LSRCC)"
    m = re.search(r"\(([^()]*)\)?\s*$", text) or re.search(r"\(([^()]*)\)", text)
    if m:
        inner = m.group(1).strip()
        sm = re.match(r"(?:as\s+(?:a\s+|the\s+)?)?(?:substitut\w*|sub)\s+(?:for\s+)?(.+)$", inner, re.I)
        after = text[m.end():].strip(" ,")
        if sm:
            sub_for = split_name(sm.group(1)).name
        elif _is_office(text[: m.start()]) and HOLDER_IN_BRACKETS.search(text[m.start():]) and not after:
            # the office first, the holder in brackets: "Chief Executive (P Hine)"
            role, text, m = text[: m.start()].strip(), inner, None
        elif inner != "".join(w[0] for w in text[: m.start()].split() if w[:1].isupper()):
            role = inner  # not the person's initials ("Nick Oakhill (NO)")
        elif after and all(is_role_word(w) or w.lower() in LINK_WORDS for w in after.split()):
            role, after = after, ""  # "Alice Webb (AW) Chair": the words after the initials are the role
        if m is not None:
            text = (text[: m.start()] + " " + after).strip(" ,")
        if role and (earlier := re.search(r"\s*\(([^()]{2,60})\)\s*$", text)):
            if HOLDER_IN_BRACKETS.search(text) and _is_office(text[: earlier.start()]):
                # the office, its holder in brackets, then the chair: "The Mayor (Councillor Fearon) (Chair)"
                holder = split_name(earlier.group(1))
                return PersonRef(name=holder.name, honorific=holder.honorific, role=text[: earlier.start()].strip(),
                                 raw=raw, role_first=True)
            # two offices in brackets: "Cllr A Smith (Town Mayor) (in the Chair)"
            text = text[: earlier.start()]
    # "Name – Role" / "Name - Role", or the office first: "Chief Executive Officer – D Harper"
    m = re.match(r"^(.+?)\s+[–—-]\s+(.+)$", text)
    if m and role:
        text = m.group(1)  # "Cllr A (Town Mayor) - in the Chair", "B (Officer) - to 7.48 pm": a note after the office
    elif m and not role:
        first, second = m.group(1), m.group(2)
        office_first = (_is_role_chunk(first.split()) or is_role_word(first.split()[0])) and _looks_like_name(second)
        text, role = (second, first) if office_first else (first, second)
    # "Name, Role" (comma kept in by the caller for one person: "Sam Green, Cabinet Member ...")
    if "," in text:
        head, tail = text.split(",", 1)
        tail = tail.strip()
        tail_toks = tail.split()
        if tail_toks and all(is_postnominal(t) for t in tail_toks):
            text = head
        elif tail:
            text = head
            if not role:
                role = tail
    toks = text.split()
    if len(toks) > 2 and toks[0].lower() == "the" and is_honorific(toks[1]):
        toks = toks[1:]  # "the Reverend Andrew Galbraith"
    honorific = None
    role_first = False
    # trailing post-nominals without a comma ("Mrs Dean MBE")
    while toks and is_postnominal(toks[-1]) and len(toks) > 1:
        toks.pop()
    # a role printed in capitals after the name ("Nick Oakhill CHAIR"), or a description in
    # lower case ("Lauren owners of the Mullions")
    if len(toks) > 1 and not all(t.isupper() for t in toks[:-1]) and toks[-1].isupper() and len(toks[-1]) >= 3 and is_role_word(toks[-1]):
        role = role or toks[-1]
        toks = toks[:-1]
    # (a lower-case prefix on a capitalised name is part of it: Irish "Ó hAodha", "Ní Fhearghail")
    lower = next((k for k, t in enumerate(toks) if k and t[:1].islower() and not t[1:2].isupper()
                  and t not in NAME_PARTICLES | LINK_WORDS), None)
    if lower is not None and all(t[:1].isupper() for t in toks[:lower]):
        role = role or " ".join(toks[lower:])
        toks = toks[:lower]
    # an office's initials before the holder's initial and surname ("CAO M. Leclerc", "CFO J Ward")
    if len(toks) >= 3 and not role and re.fullmatch(r"[A-Z]{2,4}", toks[0]) and not is_honorific(toks[0]) \
            and is_initial(toks[1]) and _is_name_word(toks[-1]):
        role, toks = toks[0], toks[1:]
    # a councillor of another body, the body before the title ("County Cllr Webb", "District
    # Councillor G Hill"): the title with its body is the role
    i = next((i for i, t in enumerate(toks[:-1]) if _key(t) in COUNCILLOR_TITLES), 0)
    # (before it any bracket: "County Cllr Ann Ho (from 7.41pm)")
    if i and all(_is_name_word(t) and not is_honorific(t) and not is_role_word(t) for t in toks[:i]):
        role, toks = " ".join(toks[:i] + ["Councillor"]), toks[i + 1:]
        role_first = True
    # leading role phrase ("Operations Superintendent Kim Lee", "Mayor Pat Brown", "Clerk J Doe")
    if toks and not is_honorific(toks[0]):
        last_role = None
        for i, t in enumerate(toks[:-1]):
            if is_role_word(t) and (not is_honorific(t) or i > 0):
                last_role = i
        if last_role is not None and [t.lower() for t in toks[last_role + 1:last_role + 3]] == ["pro", "tem"] \
                and len(toks) > last_role + 3:
            last_role += 2  # "Mayor Pro Tem Varga": the office goes on to "Tem"
        if last_role is not None and (body := OFFICE_OF_BODY.match(" ".join(toks[last_role + 1:]))):
            last_role += len(body.group(0).split())  # "Clerk to the Board Tamsin R. Credle"
        if last_role is not None:
            rest = toks[last_role + 1:]
            # a name in capitals counts only where the whole entry is printed in capitals ("CLERK NOVAK")
            capitals = all(t.isupper() for t in toks) and len(rest[0]) > 1 and rest[0].isalpha()
            if rest and (is_honorific(rest[0]) or is_initial(rest[0]) or _is_name_word(rest[0]) or capitals):
                if not role:
                    role = " ".join(toks[: last_role + 1])
                    role_first = True
                toks = rest
    while toks and is_honorific(toks[0]) and len(toks) > 1:
        honorific = honorific or _HON_NORMAL.get(_key(toks[0]), toks[0].rstrip("."))
        toks = toks[1:]
    name = clean_name(" ".join(toks))
    return PersonRef(name=name, honorific=honorific, role=normalise_role(role), raw=raw, substitute_for=sub_for, virtual=virtual,
                     role_first=role_first)


def _protect_parens(text: str) -> str:
    out, depth = [], 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        out.append("\x00" if ch == "," and depth else ("\x01" if ch == " " and depth else ch))
    return "".join(out)


def _unprotect(text: str) -> str:
    return text.replace("\x00", ",").replace("\x01", " ")


def _looks_like_name(text: str) -> bool:
    """A person as printed: up to four capitalised words or initials, no office among them."""
    toks = text.split()
    return 1 <= len(toks) <= 4 and all(t[:1].isupper() for t in toks) and not any(is_role_word(t) for t in toks)


# the last word of an organisation's name: a person's affiliation printed after a comma
# ("Jaylen Brooks, Cedar Hollow High School", "Brian Okafor, General Counsel, Lozano & Whitt LLP")
ORGANISATION_WORDS = {"school", "college", "university", "academy", "llp", "ltd", "limited", "inc", "plc",
                      "association", "society", "trust", "partnership", "company", "council", "authority",
                      "department", "agency", "foundation", "federation", "services", "service", "associates", "group",
                      "parliament"}
# the first word of a public service's name ("Police Scotland"; "Police Chief Ann Lee" is a person)
ORGANISATION_FIRST_WORDS = {"police"}


def _is_organisation(chunk: str) -> bool:
    toks = re.sub(r"\([^)]*\)?", " ", chunk).split()
    service = _key(toks[0]) in ORGANISATION_FIRST_WORDS and len(toks) <= 4 and not any(is_role_word(t) for t in toks[1:])
    return len(toks) >= 2 and (_key(toks[-1]) in ORGANISATION_WORDS or service) and all(
        t[:1].isupper() or t in {"of", "and", "&", "for", "the"} for t in toks)


def _next_in_capitals(before: str, toks: list[str]) -> bool:
    """Names printed in capitals one after another ("Councillors MORAG DUTHIE, CALUM REIDFORD"):
    the words after the comma are the next person, not an affiliation in capitals ("A GREEN, VDC")."""
    def capitals(word: str) -> bool:  # "REIDFORD", "McCRONE"
        return bool(re.fullmatch(r"(?:Ma?c)?[A-Z][A-Z'’-]+", word))
    return len(before.split()) >= 2 and all(capitals(w) for w in before.split()) and 2 <= len(toks) <= 4 \
        and all(capitals(t) for t in toks) and not any(is_role_word(t) for t in toks)


def _is_role_chunk(toks: list[str]) -> bool:
    """An affiliation or job title printed after a comma: 'EDC', 'Cabinet Member for X'; not a
    person printed with their initials ('Cathy Fleet (CF) CLERK')."""
    bracket = re.search(r"\(([^()]*)\)", " ".join(toks))
    if bracket and bracket.group(1) == "".join(t[0] for t in toks[: next(i for i, t in enumerate(toks) if "(" in t)] if t[:1].isupper()):
        return False
    toks = re.sub(r"\([^)]*\)?", " ", " ".join(toks)).split()
    if not toks or any(is_honorific(t) or is_initial(t) for t in toks):
        return False
    if all(t.isupper() and len(t) <= 8 for t in toks) or PRESIDING_ROLE.match(" ".join(toks)):
        return True  # "EDC", "Vice Convener"
    # a job title ending in an office word: "City Manager", "Town Clerk", "Finance Director"
    if len(toks) <= 4 and _key(toks[-1]) in OFFICE_WORDS | {"attorney"} and all(t[:1].isupper() or t in {"of", "and", "&"} for t in toks):
        return True
    roles = [i for i, t in enumerate(toks) if is_role_word(t)]
    if not roles or roles[0] != 0:
        return False
    after = toks[roles[-1] + 1:]
    return not after or after[0][:1].islower()


def _split_run(chunk: str) -> list[str]:
    """Split a run of people printed without separators: "P Lee Clerk Mrs J Doe Vale District
    Councillor A Green" -> ["P Lee", "Clerk Mrs J Doe", "Vale District Councillor A Green"].
    Only initials-style names are split (an initial, then one surname, ends a name)."""
    toks = chunk.split()
    if len(toks) <= 3 or not any(is_initial(t) for t in toks):
        return [chunk]
    parts: list[str] = []
    cur: list[str] = []
    i = 0
    in_name = False
    while i < len(toks):
        t = toks[i]
        if in_name and not is_initial(t) and cur and is_initial(cur[-1]):
            cur.append(t)  # the surname after initials
            i += 1
            # name complete: following tokens start a new person unless they are a bracket/post-nominal
            while i < len(toks) and (toks[i].startswith("\x01") or toks[i].startswith("(") or is_postnominal(toks[i])):
                cur.append(toks[i])
                i += 1
            parts.append(" ".join(cur))
            cur, in_name = [], False
            continue
        cur.append(t)
        if is_initial(t):
            in_name = True
        i += 1
    if cur:
        if parts and not any(is_initial(t) or _is_name_word(t) for t in cur if not is_role_word(t)):
            parts[-1] += " " + " ".join(cur)
        else:
            parts.append(" ".join(cur))
    return parts


# an office's holder in brackets after it, named with initials or an honorific: "(P Hine)", "(Dr A Smith)"
_TITLE = "(?i:" + "|".join(sorted((re.escape(h) for h in HONORIFICS), key=len, reverse=True)) + ")"
HOLDER_IN_BRACKETS = re.compile(rf"\((?:{_TITLE}\.?\s+)?(?:[A-Z]\.?\s+)+[A-Z][\w'’-]+\)\s*$"
                                rf"|\({_TITLE}\.?\s+(?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+\)\s*$")


# a title before one person's name (the singular honorifics, capitalised), a title in another
# language before it and a slash ("Cyng./Cllr.")
_SINGULAR_TITLES = sorted((h for h in HONORIFICS if h == "mrs" or not (h.endswith("s") and h[:-1] in HONORIFICS)
                           and h not in {"aldermen", "directors"}), key=len, reverse=True)
PERSON_TITLE = (r"(?:[A-Z]\w*\./)?(?:" + "|".join(re.escape(h[:1].upper() + h[1:]) for h in _SINGULAR_TITLES)
                + "|" + "|".join(re.escape(h.upper()) for h in _SINGULAR_TITLES if len(h) > 2) + r")\.?")


def _split_at_titles(chunk: str) -> list[str]:
    """People printed side by side with no comma between them, each with a title ("Cllr A Byrne
    (Deputy Mayor)   Cllr K Lynch"): a title after a finished name starts the next person."""
    if not re.match(rf"{PERSON_TITLE}\s", chunk):
        return [chunk]
    return [p for p in re.split(rf"(?<=[)\x01\w])\s+(?={PERSON_TITLE}\s+[A-Z])", chunk) if p.strip()]


def _unnamed_office(piece: str) -> bool:
    """An office in place of a name ("the Clerk", "the Deputy Clerk"): nobody to record."""
    toks = piece.split()
    return len(toks) >= 2 and toks[0] == "the" and all(is_role_word(t) for t in toks[1:])


def parse_people(text: str) -> list[PersonRef]:
    """People in a printed list (attendance lists, apologies, vote name lists)."""
    text = re.sub(r"(\w)-\s+(?=[A-Z])", r"\1-", text)  # hyphenated names broken over lines
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\[([^\[\]]*)\]", r"(\1)", text)  # a note in square brackets ("[from 9.52am]") as one in round ones
    # an office spoken of before the name: "His Worship the Mayor, Mr PJ Haretuku"
    text = re.sub(r"\b(?:His|Her)\s+Worship\s+the\s+(?P<office>(?:Deputy\s+|Lord\s+)?(?:Mayor|Provost|Reeve|Warden))\s*,?\s+"
                  r"(?P<name>[^,;()]+)", r"\g<name> (\g<office>)", text)
    text = re.sub(r"\bCouncil\s+[Mm]ember(s?)\b", r"Councilmember\1", text)  # "Council Members A, B"
    text = BULLET_RE.sub("", text)
    text = re.sub(r"\s+\+\s+", ", ", text)  # "Kate Green + Rich & Lauren"
    text = JUNK_RE.sub("", text).strip(" .;:")
    if not text or re.fullmatch(r"(?:none|nil|n/?a|none received|no apologies\b.*|there\s+(?:were|was|are|is)\b.*)", text, re.I):
        return []
    prot = _protect_parens(text)
    # each chunk, and whether it opens a piece between semicolons (one person a piece)
    by_semicolons = ";" in prot
    # (a piece ending in its holder's name in brackets is one person, commas and all: "Area
    # Manager, Mearns (K Blackhall); Planner (J Ritchie) (Item 7C only)")
    split = [(c.strip(), k == 0) for piece in prot.split(";")
             for k, c in enumerate([piece] if by_semicolons and HOLDER_IN_BRACKETS.search(_without_item_note(_unprotect(piece)))
                                   else piece.split(",")) if c.strip()]
    comma_chunks = [re.sub(r"^(?:and|&)\s+", "", c) for c, _ in split]
    opens_piece = [first for _, first in split]
    group_prefix = bool(comma_chunks) and bool(re.match(r"^(?:councillors|cllrs|members|commissioners|trustees|directors|councilmembers|councilors|supervisors)\b", comma_chunks[0], re.I))

    def role_first(c: str) -> bool:
        toks = _unprotect(c).split()
        return (
            len(toks) >= 3
            and not any(is_initial(t) or is_honorific(t) for t in toks)
            and any(is_role_word(t) for t in toks[:-2])
        )

    # members listed by their initials alone ("Present: NO, JH, HD"): "NO" is a member, not "no"
    listed = [x.strip(" .") for x in re.split(r"[,;]|\s+(?:and|&)\s+", text) if x.strip(" .")]
    initials_list = len(listed) >= 2 and all(re.fullmatch(r"[A-Z]{2,3}", x) for x in listed)
    n_rf = sum(role_first(c) for c in comma_chunks)
    role_first_style = n_rf >= 2 and n_rf * 2 >= len(comma_chunks)
    people: list[PersonRef] = []
    closed = False
    office_given = False  # the last person's office came after a comma ("Ann Ho, Associate Director")
    in_note = False  # inside a note after a person ("A (X District), participating from Y, Z, pursuant to ...")
    for ci, c in enumerate(comma_chunks):
        words = _unprotect(c).split()
        if people and words and words[0][:1].islower() and words[0].lower() not in NAME_PARTICLES | LINK_WORDS \
                and not re.search(r"\b[A-Z][\w'’.-]*\s+[A-Z]", _unprotect(c)):  # not "residents Rita Solberg"
            in_note = True
            continue
        # the note runs to the next semicolon where semicolons part the people, else to the next
        # chunk that names someone (a title first, or two capitalised words: not "Virginia")
        names_someone = bool(words) and (is_honorific(words[0]) or not by_semicolons and len(words) >= 2
                                         and all(w[:1].isupper() for w in words[:2]))
        if in_note and not opens_piece[ci] and not names_someone:
            continue
        in_note = False
        # who they are, in lower case before the name: "residents Rita Solberg"
        c = re.sub(rf"^(?:(?!(?:{'|'.join(NAME_PARTICLES)})\b)[a-z][\w'’-]*\s+){{1,2}}(?=[A-Z][\w'’.-]*\s+[A-Z])", "", c)
        if people and not initials_list and (_is_organisation(_unprotect(c))
                                             or office_given and re.fullmatch(r"[A-Z][\w&'’-]+(?:\s+&\s+[A-Z][\w'’-]+)?(?:\s+\x01?\(.*)?", c)
                                             or office_given and by_semicolons and not opens_piece[ci]
                                             and re.fullmatch(r"(?:[A-Z][\w&'’-]+\s+){0,3}[A-Z][\w&'’-]+(?:\s+\x01?\(.*)?", c)):
            # an organisation after the person (and after their office: "Ann Ho, Director, Arup",
            # "Joe Gill, Senior Engineer, Water & Environment";
            # in a list of one person a piece between semicolons, "Ann Ho, Audit Director, Audit Scotland")
            people[-1].role = people[-1].role or _unprotect(c)
            office_given = False
            continue
        office_given = False
        # an office as a label before its holder: "Cathaoirleach: Cllr. Ann Ho (presiding)"
        office = re.match(r"^([A-Z][\w'’-]*(?:[ -][\w'’-]+){0,2}):\s+(?=\S)", c)
        if office and not label_of(c):
            c = c[office.end():]
        subs = [c] if role_first_style and role_first(c) else [s for s in re.split(r"\s+(?:and|&)\s+", c) if s.strip()]
        if len(subs) == 1 and role_first_style:
            # two people an office each, joined by "and" ("Public Works Director A Lind and Police Chief B Oak");
            # an office's own "and" ("Planning and Zoning Director C Fuentes") leaves no office before it
            halves = re.split(r"\s+(?:and|&)\s+", c, maxsplit=1)
            if len(halves) == 2 and all(role_first(h) for h in halves) and not is_role_word(_unprotect(halves[0]).split()[-1]):
                subs = halves
        for j, s in enumerate(subs):
            virtual = bool(VIRTUAL_RE.search(_unprotect(s)))
            s = VIRTUAL_RE.sub("", s).strip()
            stoks = _unprotect(s).split()
            if not stoks:
                continue
            # a role or affiliation after a comma belongs to the person before it ("A Green, VDC")
            # (unless the holder follows in brackets: "Chief Executive (P Hine), Governance Advisor (S Li)")
            holder = HOLDER_IN_BRACKETS.search(_without_item_note(_unprotect(s)))
            # (in a list printing each office before its holder, an office with a name after it is
            # the next person: "County Attorney G Black, Clerk to the Board H Moss")
            next_holder = role_first_style and role_first(s) and _looks_like_name(" ".join(stoks[-2:]))
            if people and j == 0 and not initials_list and _is_role_chunk(stoks) and not holder and not next_holder \
                    and not _next_in_capitals(people[-1].name, stoks):
                people[-1].virtual = people[-1].virtual or virtual
                if all(is_postnominal(t) for t in stoks):
                    continue
                if people[-1].role is None:
                    people[-1].role = normalise_role(_unprotect(s))
                office_given = True
                continue
            pieces = [s] if role_first_style else [q for part in _split_at_titles(s) for q in _split_run(part)]
            for k, piece in enumerate(pieces):
                p = split_name(_unprotect(piece))
                if not p.name or not re.search(r"[A-Za-z]", p.name) or p.name.lower() in HONORIFICS:
                    continue
                if _unnamed_office(_unprotect(piece)):
                    continue  # "and the Clerk": an office, no one named
                if p.name.lower() in NUMBER_WORDS and not (initials_list and p.name.isupper()):
                    continue
                p.virtual = p.virtual or virtual
                p.closed = closed or (group_prefix and j >= 1 and k >= 1)
                people.append(p)
            if group_prefix and j >= 1:
                closed = True
    return people


# ---- attendance blocks -------------------------------------------------------------------------


# the first language's words of a label printed in two ("I LÁTHAIR / PRESENT:", "Ymddiheuriadau /
# Apologies:"): a few words without figures before a slash
OTHER_LANGUAGE_LABEL = re.compile(r"^[^\W\d][^/:\d]{0,40}?\s/\s*(?=\S)")


def label_of(text: str) -> Optional[tuple[str, str, str]]:
    """(status, label, rest) when a line opens an attendance list ("PRESENT: Mr ...", "Present")."""
    t = BULLET_RE.sub("", text.strip())
    found = _label_of(t)
    if found is None and (other := OTHER_LANGUAGE_LABEL.match(t)) and len(other.group(0).split()) <= 6:
        found = _label_of(t[other.end():])
        if found is not None and not found[2] and ":" not in t[other.end():]:
            found = None  # "Mayor / Present" without a colon is no label of a list
    return found


def _label_of(t: str) -> Optional[tuple[str, str, str]]:
    for rx, status in LABELS:
        m = rx.match(t)
        if not m:
            continue
        rest = t[m.end():]
        # a label stands alone, or is followed by a colon / dash, or is printed in capitals
        mc = re.match(r"^\s*(?::-?|[–—-]|\bwere\b|\bwas\b)\s*", rest)  # ":-" in Scottish minutes
        if mc and re.match(r"(?i)\s*(?:were|was)\b", rest) and rest[mc.end():][:1].islower():
            return None  # "Apologies were intimated on behalf of ...": a sentence, read as one
        if mc:
            return status, t[: m.end()], rest[mc.end():]
        if not rest.strip():
            return status, t[: m.end()], ""
        if t[: m.end()].isupper() and status != "apologies":
            return status, t[: m.end()], rest.strip()
    return None


# a sentence end inside a list ("... and Tom Nguyen. Trustee Carl Jensen Absent."): not after an
# initial or an honorific's abbreviation
LIST_SENTENCE_END = re.compile(r"(?<=[a-z]{2})(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bCllr)(?<!\bCllrs)(?<!\bProf)(?<!\bRev)(?<!\bRevd)(?<!\bHon)\.\s+(?=[A-Z])")
# a member marked absent inside a list of those present ("Trustee F Absent", "Clerk G – excused")
MARKED_ABSENT = re.compile(r"\s*[-–—(]?\s*\b(?:absent|excused|not\s+present)\)?\s*$", re.I)


def also_status(role: Optional[str]) -> str:
    """Someone present besides the members: an officer (by office) in attendance, else also present."""
    office = role and any(is_role_word(w) and w.lower().strip(".,") in OFFICE_WORDS for w in role.split())
    return "in_attendance" if office else "also_present"


# a roll call's answer after its name and a dash or colon ("Councilmember A – Present")
ANSWER_AFTER_DASH = re.compile(r"[-–—:]\s*(?:present|absent|excused|here)\b", re.I)


def entries_from_list(text: str, status: str, page: int) -> list[AttendanceEntry]:
    """The people of one printed list under a label of `status`, sentence by sentence; a member
    marked absent inside the list is absent. Where members are introduced by their office
    ("Supervisor A, Clerk B, Treasurer C, Trustees D and E"), the offices are the board's own: a
    clerk so listed, with members after them, is a member present, not an officer in attendance."""
    answered = roll_call_statuses(text) if len(ANSWER_AFTER_DASH.findall(text)) >= 2 else []
    if answered:
        # "Roll call: Councilmember A – Present; Councilmember B – Absent": each answer its status
        return [AttendanceEntry(name=p.name, status=st, page=page, honorific=p.honorific, role=p.role)
                for p, st in answered]
    out = []
    for sentence in LIST_SENTENCE_END.split(text):
        lab = label_of(sentence)  # "Present: A, B. Absent: C.": the next sentence opens its own list
        out += _list_entries(lab[2], lab[0], page) if lab and lab[2] else _list_entries(sentence, status, page)
    return out


# a tally before the names, as agenda systems print a roll call: "Present: 6 - Councilmember A, ..."
TALLY_LEAD = re.compile(r"^\s*\d{1,2}\s*[-–—]\s*(?=\D)")


def _list_entries(text: str, status: str, page: int) -> list[AttendanceEntry]:
    text = TALLY_LEAD.sub("", text)
    out = []
    people = parse_people(text)
    # the board's members introduced by office ("Supervisor A, Clerk B, Treasurer C, Trustees D"):
    # a clerk with a member listed after them is one of the board (officers are listed last)
    office = [bool(p.role_first or (p.honorific and is_role_word(p.honorific))) and not p.closed for p in people]
    member_clerk = {k for k, p in enumerate(people) if p.role_first and sum(office) >= 2 and any(office[k + 1:])}
    for k, p in enumerate(people):
        st = status
        role = p.role
        marked = MARKED_ABSENT.search(p.name) if status == "present" else None
        if marked and marked.start() > 0:
            p.name, st = p.name[: marked.start()].strip(), "absent"
        if st == "absent":
            pass
        elif p.virtual:
            st = "virtual"
        elif p.closed and status == "present" and not (role and PRESIDING_ROLE.match(role)):
            st = also_status(role)
        elif status == "present" and role and OTHER_BODY_COUNCILLOR.match(role):
            st = "also_present"
        elif status == "present" and role and any(w.lower().strip(".,") in {"clerk", "officer"} for w in role.split()) and k not in member_clerk:
            st = "in_attendance"
        e = AttendanceEntry(name=p.name, status=st, page=page, honorific=p.honorific, role=role)
        if p.substitute_for:
            e.status, e.substitute_for = "substitute", p.substitute_for
        out.append(e)
    return out


# a roll call answered name by name: "Trustee Joe Diaz - Present", "Kirby: here; Park: absent",
# "Supervisor Kowalski Present, Clerk Ostrowski Present"
# (an attendance grid prints the same pairs a line each: "Cllr B Jones      Apologies")
ROLL_STATUS = re.compile(r"^(?P<name>[A-Z][^:;,–—-]{1,60}?)(?:\s*[-–—:]\s*|\s+)(?P<st>(?i:present|here|absent|not\s+present|excused|virtual(?:ly)?|remote(?:ly)?"
                         r"|apologies|apologised|apologized|in\s+attendance))\.?$")
ROLL_STATUS_OF = {"present": "present", "here": "present", "absent": "absent", "not present": "absent", "excused": "absent",
                  "virtual": "virtual", "virtually": "virtual", "remote": "virtual", "remotely": "virtual",
                  "apologies": "apologies", "apologised": "apologies", "apologized": "apologies", "in attendance": "in_attendance"}


def roll_call_statuses(line: str) -> list[tuple[PersonRef, str]]:
    """The people a roll-call line answers for, each with the status printed after the name."""
    pieces = [p.strip() for p in re.split(r"[;,]", line) if p.strip()]
    found = [ROLL_STATUS.match(p) for p in pieces]
    if not pieces or not all(found) or len(line) > 600:
        return []
    out = []
    for m in found:
        assert m is not None
        words = re.sub(r"\([^)]*\)", " ", m.group("name")).split()
        if any(w[:1].islower() and w not in NAME_PARTICLES for w in words):
            return []  # a sentence ending in the word ("Committee resolved to note the apologies")
        person = split_name(m.group("name"))
        if person.name and person.name[:1].isupper():
            out.append((person, ROLL_STATUS_OF[re.sub(r"\s+", " ", m.group("st").lower())]))
    return out


# sentences in the minutes that change or add attendance
APOLOGY_SENT = re.compile(
    # a labelled list first: "Apologies: Cllr A, ... Director of Services" is not "apologies ... of"
    r"^\s*apologies\s*[:–-]\s*(?P<list2>.+)$|\bapolog(?:ies|y)\b(?:\s+for\s+(?:absence|lateness))?[^.]*?\b(?:from|by|of)\b\s*:?\s*(?P<list>.+)$",
    re.I,
)
VIRTUAL_SENT = re.compile(
    r"^(?P<list>.+?)\s+(?:was|were|had\s+been|attended|joined|participated)\b(?:\s+[\w’']+){0,6}?\s+(?:virtually|remotely|online|via\s+(?:zoom|teams|video)|by\s+video)\b",
    re.I,
)
# "Clerk Buiter was also present.", "Ms A and Mr B were also in attendance."
ALSO_PRESENT_SENT = re.compile(r"^(?P<list>[A-Z][^.;:]{2,120}?)\s+(?:was|were)\s+also\s+(?:present|in\s+attendance)\b", re.I)
# ... or the list after the words: "Also present were A, County Clerk; B, County Attorney; and ..."
ALSO_PRESENT_LEAD = re.compile(r"^also\s+(?:present|in\s+attendance)\s+(?:were|was)\s*:?\s*(?P<list>[A-Z].*)$", re.I)
# "Cllr Ian Sutcliffe was absent.", "Cllrs A and B were absent without apology."
ABSENT_SENT = re.compile(r"^(?P<list>[A-Z](?:[^.;:]|(?-i:(?<=\b[A-Z]))\.){2,120}?)\s+(?:was|were)\s+(?:also\s+)?(?:absent|not\s+present)\b", re.I)
# the names before a virtual-attendance verb must be the sentence's subject
SUBJECT_VERBS = {"had", "has", "was", "were", "is", "attended", "joined", "participated", "who"}
# one to four capitalised words; each word is the whole run of name characters (not a piece of
# one), so a long run of capitals ("AAAA...", an all-caps line) is not split every possible way
NAME_WORDS = r"(?:(?<![\w.'’-])[A-Z][\w.'’-]*(?![\w.'’-])\s*){1,4}"
SUB_PATTERNS = [
    # "Y who was substituted by X" / "Y, substituted by X"
    re.compile(rf"(?P<absent>{NAME_WORDS})\s*,?\s*(?:who\s+(?:was|were)\s+)?substituted\s+by\s+(?P<sub>{NAME_WORDS})"),
    # "with Cllr. Y substituting" after the absent member (apologies sentence)
    re.compile(rf"(?P<absent>{NAME_WORDS})(?:\s*\([^)]*\))?\s*,?\s*with\s+(?P<sub>{NAME_WORDS})\s+substituting"),
    # "X substituting / would be substituting (, with voting rights,) for Y" / "X substituted for Y" / "X as substitute for Y"
    re.compile(rf"(?P<sub>{NAME_WORDS})\s+(?:(?:would\s+be|was|is|were)\s+)?(?:substituting|substituted|(?:attend(?:ed|ing|s)\s+)?as\s+(?:a\s+|the\s+)?substitute)\s*,?(?:[^,.]*,)?\s*for\s+(?P<absent>{NAME_WORDS})"),
]


def _person_name(text: str) -> str:
    toks = text.strip(" ,.").split()
    # drop trailing lowercase/role words picked up by the capitalised run
    while toks and (not toks[-1][:1].isupper() or is_role_word(toks[-1])):
        toks.pop()
    return split_name(" ".join(toks)).name if toks else ""


def substitutions(sentence: str) -> list[tuple[str, str]]:
    """[(substitute, absent member)] printed in a sentence."""
    out = []
    for rx in SUB_PATTERNS:
        for m in rx.finditer(sentence):
            sub, absent = _person_name(m.group("sub")), _person_name(m.group("absent"))
            absent = re.sub(r"^(?:from|for|and|with)\s+", "", absent)
            if sub and absent and sub != absent:
                out.append((sub, _strip_leading_words(absent)))
    return out


def _strip_leading_words(name: str) -> str:
    toks = name.split()
    # "Apologies were received from Dylan Jeffrey ... Nancy Sayer" - keep the trailing name only
    while len(toks) > 3:
        toks = toks[1:]
    return " ".join(toks)


def same_person(a: str, b: str) -> bool:
    """'Grehan' ~ 'K Grehan'; 'R Lehmann' ~ 'Rich Lehmann'? no (different forename shapes are
    kept apart unless one side is a bare surname)."""
    ta, tb = a.lower().split(), b.lower().split()
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    fa, fb = ta[:-1], tb[:-1]
    if not fa or not fb:
        return True
    if fa == fb:
        return True
    ia = [w[0] for w in fa]
    ib = [w[0] for w in fb]
    return ia == ib or (all(len(w) == 1 for w in fa) and ia == ib[: len(ia)]) or (all(len(w) == 1 for w in fb) and ib == ia[: len(ib)])


@dataclass
class Roll:
    """Attendance being assembled; each person once per status."""

    entries: list[AttendanceEntry] = field(default_factory=list)

    def find(self, name: str, statuses: tuple[str, ...] = STATUSES) -> Optional[AttendanceEntry]:
        exact = [e for e in self.entries if e.name == name and e.status in statuses]
        if exact:
            return exact[0]
        cands = [e for e in self.entries if e.status in statuses and same_person(e.name, name)]
        return cands[0] if len(cands) == 1 else None

    def holder_of(self, office: str) -> Optional[str]:
        """The one member the roll gives this office ("the Chair", "Vice Convener"), else None."""
        def key(role: str) -> str:
            return (normalise_role(role) or "").lower().replace("-", " ")
        named = {e.name for e in self.entries if e.role and key(e.role) == key(office)}
        return named.pop() if len(named) == 1 else None

    def add(self, e: AttendanceEntry) -> None:
        # two people printed alike ("Ms J Meade", "Mr J Meade") are told apart by honorific
        if any(x.name == e.name and x.status == e.status and (x.honorific or "") == (e.honorific or "") for x in self.entries):
            return
        self.entries.append(e)

    def mark(self, name: str, status: str, page: int, substitute_for: Optional[str] = None) -> None:
        """Record a status learnt from a sentence: a person already listed changes status when
        the sentence says more (virtual, substitute), else is added."""
        if status in {"virtual", "substitute"}:
            e = self.find(name, ("present", "in_attendance", "also_present", "virtual", "substitute"))
            if e is not None:
                e.status = status
                if substitute_for:
                    e.substitute_for = substitute_for
                return
        elif status == "apologies":
            e = self.find(split_name(name).name, ("apologies",))
            if e is not None:
                e.role = e.role or split_name(name).role
                return
        p = split_name(name)
        self.add(AttendanceEntry(name=p.name, status=status, page=page, honorific=p.honorific, role=p.role, substitute_for=substitute_for))

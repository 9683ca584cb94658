"""Stance cue words and concept tables, one data file per language (loaded once per process).

The files are `bot/matching/lexicons/<code>.toml`; a newsroom adds a language by adding a
file there, or in a folder of its own named by the environment variable
``CLAIMWATCH_LEXICONS`` (a file there with the code of a built-in one replaces it). What
each list means is written at the top of every file and in the README ("Adding a
language"). A broken file is a `ConfigError` naming the file, the key and the problem.

Patterns are matched against folded sentence text (see `bot.text.fold`: casefolded,
accents stripped). They are folded the same way when they are loaded, so a file may write
them as the language is written (ä, й, ї, إ, で); stems are matched as word prefixes,
Chinese stems as substrings.
"""

from __future__ import annotations

import itertools
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final, Literal

from bot.errors import ConfigError
from bot.text import fold_aligned_once, fold_once, simplified_chinese

CueKind = Literal[
    "denial",
    "non-involvement",
    "label",
    "scorn",
    "correction",
    "no-evidence",
    "counter",
    "innocent-account",
    "good-health",
    "official-winner",
    "unwitting",
    "safe",
    "genuine",
    "confirmation",
]

#: [cues] keys and the cue kind each stands for
CUE_KEYS: Final[dict[str, CueKind]] = {
    "denial": "denial",
    "non_involvement": "non-involvement",
    "label": "label",
    "scorn": "scorn",
    "correction": "correction",
    "no_evidence": "no-evidence",
    "counter": "counter",
    "innocent": "innocent-account",
    "healthy": "good-health",
    "winner": "official-winner",
    "unwitting": "unwitting",
    "safe": "safe",
    "genuine": "genuine",
    "confirmation": "confirmation",
}
#: [grammar] keys holding regular expressions, and those holding plain words
_GRAMMAR_PATTERNS = (
    "negation",
    "request",
    "past",
    "negative_suffix",
    "wanted",
    "accused",
    "agent",
    "ruled_out",
    "deceit",
    "unsupported",
)
_GRAMMAR_WORDS = (
    "skip",
    # ordinary words of a script without vowels, never read as a name by their
    # consonants (Arabic "بشأن", about, is not Besson): see known_words
    "common_words",
    "report_ref",
    "event_nouns",
    "light_verbs",
    "intent",
    "compliance",
    "report_tail_ok",
    "verb_final_negation",
    "hints",
    "adjunct",
    "proceedings",
    "involvement",
    "pronouns",
    "anaphora",
    "neg_event_skip",
    "inquiry",
    "trial",
    "privative",
    "conditional",
    "concessive",
    "hostile",
    "negligent",
    "failing",
    "alleging",
    "speech",
    "converb",
    "neg_compound",
    "negative_verbs",
    "counterparts",
    "wrongdoing",
    "illness",
    "deliberate",
    "harm",
    "refusal",
    "falsity",
    "manner",
    "discourse",
    "ruling_out",
    "frames",
    "victory",
    "defeat",
    "election",
    "coordinators",
    "neg_determiners",
    "time",
)
#: the built-in languages first, in this order (it is the order cues are tried in)
_ORDER = ("en", "ru", "uk", "de", "pl", "zh")
ENV_DIR = "CLAIMWATCH_LEXICONS"


@dataclass(frozen=True, slots=True)
class Language:
    """One language's lexicon, as its file has it."""

    code: str
    name: str
    cues: Mapping[str, tuple[str, ...]]
    grammar: Mapping[str, tuple[str, ...]]
    verb_forms: tuple[tuple[str, ...], ...]
    concepts: Mapping[str, tuple[str, ...]]
    #: news words: English forms (en) or this language's stems, by English base word (one
    #: string each, a word a line: thousands of small tuples cost megabytes)
    vocabulary: Mapping[str, str] = field(default_factory=dict)
    #: places and institutions: English names (en) or this language's stems, by key
    places: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: multi-word news phrases: English forms (en) or this language's stems, by key (a
    #: phrase a line)
    phrases: Mapping[str, str] = field(default_factory=dict)


def _strings(path: str, key: str, value: Any, problems: list[tuple[str, str]]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append((key, "must be a list of non-empty strings"))
        return ()
    return tuple(value)


def _patterns(
    path: str, key: str, value: Any, problems: list[tuple[str, str]], check: bool = True
) -> tuple[str, ...]:
    out = _strings(path, key, value, problems)
    folded = tuple(_folded_pattern(p) for p in out)
    if check:  # as matched: folding could turn a character range around
        for i, (p, f) in enumerate(zip(out, folded, strict=True)):
            try:
                re.compile(f)
            except re.error as e:
                problems.append((f"{key}[{i}]", f"not a regular expression ({e}): {p!r}"))
    return folded


def _folded_pattern(pattern: str) -> str:
    """A pattern's letters folded as sentence text is ("إلى" → "الى", "копійки" →
    "копіики", "ではない" → "てはない"), a character that folds to ASCII punctuation
    escaped ("？" → "\\?"); the pattern itself when folding leaves it as it is."""
    if pattern.isascii() or not any(map(_folds, pattern)):
        return pattern
    folded = _NON_ASCII.sub(
        lambda m: "".join(
            re.escape(c) if c.isascii() and not c.isalnum() else c
            for c in fold_aligned_once(m.group())
        ),
        pattern,
    )
    return pattern if folded == pattern else folded


@cache
def _folds(ch: str) -> bool:
    """Whether folding changes a character (checked before a pattern is rebuilt)."""
    return not ch.isascii() and fold_aligned_once(ch) != ch


def _folded_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """A word list with each word also as `fold` and sentence text fold it ("ομως": "ομωσ")."""
    out = dict.fromkeys(words)
    for w in words:
        if not w.isascii():
            out.update(dict.fromkeys(f for f in (fold_once(w), fold_aligned_once(w)) if f != w))
    return tuple(out)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ABJAD_SCRIPT = re.compile("[\u0600-\u06ff]")


def parse_language(path: str, data: Mapping[str, Any], *, check_patterns: bool = True) -> Language:
    """One lexicon file's contents checked (ConfigError naming the file and key); the
    built-in files' patterns are compiled where they are used, not checked at every start
    (tests/matching/test_lexicon.py compiles each of them)."""
    problems: list[tuple[str, str]] = []
    known = {"language", "code", "cues", "grammar", "concepts", "vocabulary", "places", "phrases"}
    problems += [(k, "unknown key") for k in data if k not in known]
    code = data.get("code")
    if not isinstance(code, str) or not re.fullmatch(r"[a-z]{2,3}(?:-[a-z0-9]+)?", code):
        problems.append(("code", "must be a language code such as 'fr' or 'pt-br'"))
        code = "?"
    name = data.get("language")
    if not isinstance(name, str) or not name.strip():
        problems.append(("language", "must name the language"))
        name = code
    cues: dict[str, tuple[str, ...]] = {}
    for key, value in _table(data, "cues", problems).items():
        if key not in CUE_KEYS:
            problems.append((f"cues.{key}", f"unknown list (known: {', '.join(CUE_KEYS)})"))
            continue
        cues[key] = _patterns(path, f"cues.{key}", value, problems, check_patterns)
    grammar: dict[str, tuple[str, ...]] = {}
    verb_forms: tuple[tuple[str, ...], ...] = ()
    for key, value in _table(data, "grammar", problems).items():
        if key in _GRAMMAR_PATTERNS:
            grammar[key] = _patterns(path, f"grammar.{key}", value, problems, check_patterns)
        elif key in _GRAMMAR_WORDS:
            grammar[key] = _folded_words(_strings(path, f"grammar.{key}", value, problems))
        elif key == "verb_forms":
            if not isinstance(value, list):
                problems.append(("grammar.verb_forms", "must be a list of lists of words"))
                continue
            verb_forms = tuple(
                _strings(path, f"grammar.verb_forms[{i}]", v, problems) for i, v in enumerate(value)
            )
        else:
            problems.append((f"grammar.{key}", "unknown list"))
    concepts = {
        key: _strings(path, f"concepts.{key}", value, problems)
        for key, value in _table(data, "concepts", problems).items()
    }
    vocabulary, phrases = (
        {k: "\n".join(v) for k, v in _word_table(path, data, section, problems).items()}
        for section in ("vocabulary", "phrases")
    )
    places = _word_table(path, data, "places", problems)
    if problems:
        raise ConfigError(path, problems)
    return Language(code, name, cues, grammar, verb_forms, concepts, vocabulary, places, phrases)


def _word_table(
    path: str, data: Mapping[str, Any], section: str, problems: list[tuple[str, str]]
) -> dict[str, tuple[str, ...]]:
    """A table of word lists by key ([vocabulary], [places], [phrases]); an empty list
    means the language has no good word for it."""
    return {
        key: _strings(path, f"{section}.{key}", value, problems)
        for key, value in _table(data, section, problems).items()
        if value != []
    }


def _table(data: Mapping[str, Any], key: str, problems: list[tuple[str, str]]) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        problems.append((key, "must be a table"))
        return {}
    return value


def _read(path: str, text: str, *, built_in: bool = False) -> Language:
    try:
        # patterns and stems match folded text, where Chinese is in simplified characters
        data = tomllib.loads(simplified_chinese(text))
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(path, [("", f"not valid TOML: {e}")]) from e
    return parse_language(path, data, check_patterns=not built_in)


def load_languages(extra_dir: str | None = None) -> tuple[Language, ...]:
    """The built-in lexicons, and those of `extra_dir` (replacing built-ins of the same code)."""
    found: dict[str, Language] = {}
    folder = resources.files("bot.matching") / "lexicons"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            text = entry.read_text(encoding="utf-8")
            lang = _read(f"bot/matching/lexicons/{entry.name}", text, built_in=True)
            found[lang.code] = lang
    if extra_dir:
        base = Path(extra_dir)
        if not base.is_dir():
            raise ConfigError(extra_dir, [(ENV_DIR, "is not a folder of lexicon files")])
        for p in sorted(base.glob("*.toml")):
            lang = _read(str(p), p.read_text(encoding="utf-8"))
            found[lang.code] = lang
    ordered = [found[c] for c in _ORDER if c in found]
    ordered += [found[c] for c in sorted(found) if c not in _ORDER]
    return tuple(ordered)


LANGUAGES: Final[tuple[Language, ...]] = load_languages(os.environ.get(ENV_DIR) or None)


def _cues(key: str) -> tuple[str, ...]:
    return tuple(p for lang in LANGUAGES for p in lang.cues.get(key, ()))


def _words(key: str, langs: Iterable[Language] = LANGUAGES) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for lang in langs for w in lang.grammar.get(key, ())))


#: cue patterns of every language, by [cues] key
DENIAL: Final = _cues("denial")
NON_INVOLVEMENT: Final = _cues("non_involvement")
LABEL: Final = _cues("label")
SCORN: Final = _cues("scorn")
CORRECTION: Final = _cues("correction")
NO_EVIDENCE: Final = _cues("no_evidence")
COUNTER: Final = _cues("counter")
#: an innocent account of what a claim calls hostile (a bird strike, a civilian airship)
INNOCENT: Final = _cues("innocent")
CONFIRMATION: Final = _cues("confirmation")
#: a person said to be well, alive or back at work: contradicts a claim of illness or death
HEALTHY: Final = _cues("healthy")
#: another candidate (or the claim's own) declared an election's winner: contradicts a
#: claim that someone won (lost) it
WINNER: Final = _cues("winner")
#: an unwitting or accidental account of what a claim calls deliberate ("contaminated")
UNWITTING: Final = _cues("unwitting")
#: a finding that something is safe: contradicts a claim that it harms health
SAFE: Final = _cues("safe")
#: a finding that something is genuine, valid or fair: contradicts a claim that it is fake
GENUINE: Final = _cues("genuine")
#: stems of deliberate acts (English): a claim whose statement has one ("doped", "ordered
#: the attack") is contradicted by an account of it as unwitting or accidental
DELIBERATE: Final = _words("deliberate")
#: stems of harm to health (English): a claim whose statement has one ("causes cancer",
#: "contaminating") is contradicted by a finding that the thing is safe ([cues] safe)
HARM: Final = _words("harm")
#: stems of falsity (English): a claim whose statement has one ("fake diploma", "rigged
#: election") is contradicted by a finding that the thing is genuine ([cues] genuine)
FALSITY: Final = _words("falsity")
#: stems of refusal (English): a claim whose statement has one ("refused the aid") is not
#: denied by a rejection of what it names
REFUSAL: Final = _words("refusal")

#: words meaning "without": the word after one is negated ("without her consent")
PRIVATIVE: Final = frozenset(_words("privative"))
#: two-word phrases that rule out what follows in a claim's statement ("rather than")
RULING_OUT: Final = frozenset(tuple(p.split()) for p in _words("ruling_out") if " " in p)
#: nouns that only frame the word after "of" in a claim's statement ("a case of")
FRAMES: Final = frozenset(_words("frames"))
#: words of "if": a cue a few words after one is hypothetical
CONDITIONAL: Final = _words("conditional")
#: phrases of "even though" written with a word of "if" ("même si", "si bien"): no if-clause
CONCESSIVE: Final = _words("concessive")
#: right before an innocent account, ruling it out ("ruled out a technical failure")
RULED_OUT: Final = _words("ruled_out")
#: an accuser's own hedge ("blamed Iran without providing evidence"): a no-evidence cue
#: inside one says how the claim was made, not that it is false
UNSUPPORTED: Final = _words("unsupported")
#: a deceit an item accuses someone of ("misleading consumers", "prácticas engañosas"): a
#: falsehood label inside one is the accusation, not a denial
DECEIT: Final = _words("deceit")
#: English stems of hostile or deliberate acts: a claim whose statement has one is
#: contradicted by an innocent account of the event
HOSTILE: Final = _words("hostile")
#: English stems of negligence ("through negligence", "lax inspectors"): a claim whose
#: statement has one alleges a failure, so an account of negligence or error agrees with it
NEGLIGENT: Final = _words("negligent")
#: English words of a failure to act: the verbs after one and "to" in a statement
#: ("failure to maintain and inspect it") are what was not done, so an item negating them
#: ("was not inspected") agrees
FAILING: Final = _words("failing")
#: words that say a case alleges something ("a lawsuit alleging fraud", "gugatan
#: kecurangan" has the act itself): a ruling against such a case rules on the allegation
ALLEGING: Final = _words("alleging")
#: English stems of an election's winning and losing, and of an election: a claim whose
#: statement says someone won (lost) one is contradicted by another candidate (that one)
#: declared the winner ([cues] winner)
VICTORY: Final = _words("victory")
DEFEAT: Final = _words("defeat")
ELECTION: Final = _words("election")
#: English stems of illness, incapacity or death: a claim whose statement has one is
#: contradicted by a report of the person's good health
ILLNESS: Final = _words("illness")
#: negation words of every language, as one alternation
NEGATION: Final[str] = "(?:" + "|".join(_words("negation")) + ")"
#: right after a negation: a request or an order, not a denial ("asked him not to …")
REQUEST: Final = _words("request")
#: the negation words and the request forms compiled (NEG stands for the negation)
NEGATION_RE: Final = re.compile(NEGATION)
REQUEST_RE: Final = re.compile("|".join(REQUEST)) if REQUEST else None
#: what follows a verb stem inside a word to negate it (Turkish kapat-ma-dı: did not close)
NEGATIVE_SUFFIX: Final = _words("negative_suffix")
#: right before a cue: the cue is reported as past ("after months of denials")
PAST: Final = _words("past")
#: right before a confirmation: it is asked for, not given ("calling for verified …")
WANTED: Final = _words("wanted")
#: right before a cue: someone is accused of it ("accused Russia of lying")
ACCUSED: Final = _words("accused")
#: right before a scorn word: it names the event, not the report ("is behind a stunt")
AGENT: Final = _words("agent")
#: words that start a circumstance after what a cue applies to ("… after the closure")
ADJUNCT: Final = frozenset(_words("adjunct"))
#: words naming a day or a date: what a cue applies to ends before them ("which Riyadh
#: denied on Tuesday", "ce que Riyad dément ce mardi 22 janvier")
TIME: Final = frozenset(_words("time"))
#: objects that make a rejecting cue a ruling on someone's case ("rejects the libel suit")
PROCEEDINGS: Final = _words("proceedings")
#: words of a denial that refers back to the claim's event ("denied any role in it")
INVOLVEMENT: Final = frozenset(_words("involvement"))
#: subject pronouns: "denies it raised premiums" is a proposition of its own
PRONOUNS: Final = frozenset(_words("pronouns"))
#: words that refer back to what the sentence before named ("it was a civilian craft")
ANAPHORA: Final = frozenset(_words("anaphora"))
#: "or", "nor": the word after one, right after a negated word, is negated too
COORDINATORS: Final = frozenset(_words("coordinators"))
#: negations that negate a noun phrase ("no", "kein"): the word a modifier and a compound
#: part away is negated too ("no deliberate GPS jamming")
NEG_DETERMINERS: Final = frozenset(_words("neg_determiners"))
#: words skipped between a negation and the verb it negates
NEG_SKIP: Final = frozenset(_words("skip"))
#: light verbs whose object carries the negated action ("had no contact", "did not hold talks")
NEG_LIGHT: Final = frozenset(_words("light_verbs"))
#: orders, plans and intentions: negated, they negate the action they name
NEG_INTENT: Final = frozenset(_words("intent"))
#: verbs of meeting a rule or a standard: negated, they say it was broken ("does not comply
#: with the emissions rules" agrees with a claim of cheating on emissions)
NEG_COMPLIANCE: Final = frozenset(_words("compliance"))
#: negations after which the negated verb may stand at the clause end ("hat nie … gesprochen")
VERB_FINAL_NEGATION: Final = frozenset(_words("verb_final_negation"))
#: function words that mark a sentence as being in a verb-final language
VERB_FINAL_HINTS: Final = frozenset(_words("hints"))
#: verbs of saying that may end a sentence after a denial in a verb-final language
#: ("… ilgisi olmadığını söylüyor"): nothing else after the cue, it has no object there
SPEECH: Final = frozenset(_words("speech"))
#: endings that make a denial verb close its clause in a verb-final language ("test
#: sonucunu yalanlarken", while denying the test result): its object came before it
CONVERB: Final = tuple(_words("converb"))
#: word starts that a negation right before makes one adjective with ("não governamental",
#: "no tripulado", "non-violent"): no negated action
NEG_COMPOUND: Final = tuple(_words("neg_compound"))
#: words of manner that may follow a denial without being its object ("denies it
#: categorically", "وننفيه بشكل قاطع"): with only these after it, it has no object there
MANNER: Final = frozenset(_words("manner"))
#: adverbs that may stand between a denial and its object ("denies, however, any role",
#: "streitet indes eine Beteiligung ab"): passed over when reading what is denied
DISCOURSE: Final = frozenset(_words("discourse"))
#: wrongdoing named in general terms: a denial of it ("denies wrongdoing in his first
#: defence") refers back to the claim, whatever circumstance follows
WRONGDOING: Final = frozenset(_words("wrongdoing"))
#: English statement verbs that say "not" a counterpart ("failed" a test: did not "pass")
NEGATIVE_VERBS: Final[dict[str, str]] = dict(
    v.split(":", 1) for v in _words("negative_verbs") if ":" in v
)
#: English statement words and the words of an account that contradicts them ("gift":
#: a loan; "civilians": militants; "beaten": an illness): such an account is a counter-fact
COUNTERPARTS: Final[dict[str, tuple[str, ...]]] = {}
for _pair in _words("counterparts"):
    _word, _, _other = _pair.partition(":")
    if _other:
        COUNTERPARTS[_word] = (*COUNTERPARTS.get(_word, ()), _other)
#: verb-final negations that are also negations of another language ("nie": German, Polish)
SHARED_NEGATION: Final = frozenset(
    w
    for lang in LANGUAGES
    if not lang.grammar.get("verb_final_negation")
    for w in VERB_FINAL_NEGATION
    if any(re.fullmatch(p, w) for p in lang.grammar.get("negation", ()))
)
#: references to "the report" — a denial of those concerns the claim
REPORT_REF: Final = _words("report_ref")
#: words after a bare "report" that do not make it about another topic ("denies WSJ report in …")
REPORT_TAIL_OK: Final = frozenset(_words("report_tail_ok"))
#: who investigated ("the conclusions of the inquiry"; word prefixes)
INQUIRY: Final = _words("inquiry")
#: a trial or verdict ("calls the verdict politically motivated"; word prefixes)
TRIAL: Final = _words("trial")
#: generic event nouns a denial may refer back to ("the explosions", "the attack")
EVENT_NOUNS: Final = _words("event_nouns")
#: event nouns whose negation counts an outcome, not an event ("no deaths")
NEG_EVENT_SKIP: Final = _words("neg_event_skip")
#: English irregular verbs: a context word in one of these stands for all of its forms
VERB_FORMS: Final = tuple(f for lang in LANGUAGES for f in lang.verb_forms)
#: English stems of each concept: they detect the concept in a claim (and stand for it)
CONCEPT_TRIGGERS: Final[dict[str, tuple[str, ...]]] = {
    k: v for lang in LANGUAGES if lang.code == "en" for k, v in lang.concepts.items()
}
#: each concept's stems in the other languages; an English word of the claim pulls them in
CONCEPTS: Final[dict[str, tuple[str, ...]]] = {
    k: tuple(s for lang in LANGUAGES if lang.code != "en" for s in lang.concepts.get(k, ()))
    for k in CONCEPT_TRIGGERS
}
#: news vocabulary: English word form → the base words (concepts) it is a form of
VOCABULARY_FORMS: Final[dict[str, tuple[str, ...]]] = {}
for _lang in LANGUAGES:
    if _lang.code == "en":
        for _concept, _forms in _lang.vocabulary.items():
            for _form in _forms.split("\n"):
                VOCABULARY_FORMS[_form] = (*VOCABULARY_FORMS.get(_form, ()), _concept)
#: each base word's stems in the other languages (word prefixes; Chinese: substrings), a
#: stem a line
VOCABULARY: Final[dict[str, str]] = {}


def _add_lines(table: dict[str, str], key: str, lines: str) -> None:
    had = table.get(key)
    table[key] = f"{had}\n{lines}" if had else lines


for _lang in LANGUAGES:
    if _lang.code != "en":
        for _concept, _stems in _lang.vocabulary.items():
            _add_lines(VOCABULARY, _concept, _stems)


#: multi-word phrases are vocabulary too ("shot down" → сбит, abbattuto, düşürül …), under
#: keys of their own
for _lang in LANGUAGES:
    for _key, _list in _lang.phrases.items():
        _concept = "phrase:" + _key
        if _lang.code == "en":
            for _form in _list.split("\n"):
                VOCABULARY_FORMS[_form] = (*VOCABULARY_FORMS.get(_form, ()), _concept)
        else:
            _add_lines(VOCABULARY, _concept, _list)
#: places and institutions: an English name (lower-case) → its keys
PLACE_FORMS: Final[dict[str, tuple[str, ...]]] = {}
#: each place's stems in the other languages (word prefixes; Chinese: substrings)
PLACES: Final[dict[str, tuple[str, ...]]] = {}
for _lang in LANGUAGES:
    for _key, _names in _lang.places.items():
        if _lang.code == "en":
            for _form in _names:
                PLACE_FORMS[_form] = (*PLACE_FORMS.get(_form, ()), _key)
        else:
            PLACES[_key] = (*PLACES.get(_key, ()), *_names)
# each stem once per table, and one string object for each stem however many languages
# write it ('kyiv' in eight of them)
_one: dict[str, str] = {}
for _key, _place_stems in PLACES.items():
    PLACES[_key] = tuple(dict.fromkeys(_one.setdefault(_s, _s) for _s in _place_stems))
del _one
for _key, _joined in VOCABULARY.items():
    VOCABULARY[_key] = "\n".join(dict.fromkeys(_joined.split("\n")))


@lru_cache(maxsize=1)
def known_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words the lexicons know in Arabic script (folded) and in hangul (two syllables
    or more), made on first use: such a word is that word, not a name read by its
    consonants ("بشأن", about: not Pusan; "الخميس", Thursday: not Hamas) or heard in hangul
    ("장관은", the minister: not Erzincan)."""
    abjad: set[str] = set()
    hangul: set[str] = set()
    for s in itertools.chain(
        (w for joined in VOCABULARY.values() for w in joined.split("\n")),
        (w for stems in PLACES.values() for w in stems),
        (w for lang in LANGUAGES for k in _GRAMMAR_WORDS for w in lang.grammar.get(k, ())),
    ):
        if _ABJAD_SCRIPT.match(s):
            if len(f := fold_once(s)) >= 3 and " " not in f:
                abjad.add(f)
        elif len(s) >= 2 and all("\uac00" <= ch <= "\ud7a3" for ch in s):
            hangul.add(s)
    return frozenset(abjad), frozenset(hangul)


def known_abjad(form: str) -> bool:
    """Whether the lexicons know an Arabic-script word as a word (it, or a stem of four
    letters or more that it ends at most two letters after): then it is not read as a name
    by its consonants (a name may start with a word: نيجريرا, Negreira, with نيجر)."""
    words = known_words()[0]
    return form in words or any(form[:k] in words for k in range(max(4, len(form) - 2), len(form)))


def known_hangul(tok: str) -> bool:
    """Whether a hangul word is one the lexicons know, or one of theirs with a particle or
    an ending of up to two syllables ("반발로", "급등하던"): not a name heard in hangul."""
    words = known_words()[1]
    return any(tok[:k] in words for k in range(max(2, len(tok) - 2), len(tok) + 1))


# the tables above hold every language's words now: the languages' own copies go (a few
# megabytes in every process)
for _lang in LANGUAGES:
    for _words_of in (_lang.vocabulary, _lang.places, _lang.phrases):
        if isinstance(_words_of, dict):
            _words_of.clear()


def translations(word: str) -> tuple[str, ...]:
    """Stems that stand for an English word or phrase in the other languages (none: not
    known)."""
    return tuple(
        dict.fromkeys(
            s
            for c in VOCABULARY_FORMS.get(word, ())
            if c in VOCABULARY
            for s in VOCABULARY[c].split("\n")
        )
    )


def english_forms(phrase: str) -> tuple[str, ...]:
    """The other English forms of a known phrase or word ("defence ministry": defense
    minister, ministry of defence …); none when it is not known."""
    concepts = set(VOCABULARY_FORMS.get(phrase, ()))
    if not concepts:
        return ()
    return tuple(f for f in _english_by_concept(frozenset(concepts)) if f != phrase)


@lru_cache(maxsize=1024)
def _english_by_concept(concepts: frozenset[str]) -> tuple[str, ...]:
    return tuple(f for f, cs in VOCABULARY_FORMS.items() if not concepts.isdisjoint(cs))


def place_names(name: str) -> tuple[str, ...]:
    """Stems that stand for a place or institution ("russia", "kremlin", "white house") in
    the other languages (none: not known)."""
    return tuple(dict.fromkeys(s for k in PLACE_FORMS.get(name, ()) for s in PLACES.get(k, ())))

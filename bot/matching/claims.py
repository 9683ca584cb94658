"""Claims compiled for matching: terms, context, and the claim's action vocabulary."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from bot.matching import lexicon, parties
from bot.matching.described import description
from bot.matching.terms import Term
from bot.matching.words import STOP, en_stem, has_cjk, with_verb_forms
from bot.records import Claim
from bot.text import Token, fold, fold_aligned, script_of, tokenize


@dataclass(frozen=True, slots=True)
class CompiledClaim:
    claim: Claim
    require: tuple[tuple[Term, ...], ...]
    context: tuple[Term, ...]
    #: multilingual concept stems pulled in by the English context words
    context_stems: tuple[str, ...]
    contradict: tuple[Term, ...]
    exclude: tuple[Term, ...]
    #: stems of the claim's actions: a negation of one of these is a contradiction
    action_stems: tuple[str, ...]
    #: `action_stems` split: Chinese ones (substrings) and the others (word prefixes)
    action_cjk: tuple[str, ...] = ()
    action_words: tuple[str, ...] = ()
    #: `context_stems` with their word-start patterns (None for Chinese: substrings)
    context_res: tuple[tuple[str, re.Pattern[str] | None], ...] = ()
    #: the statement's own plain words (not require words) with their stems in every
    #: language, as `context_res`: two of them stand in for a missing context term
    statement: tuple[tuple[str, tuple[tuple[str, re.Pattern[str] | None], ...]], ...] = ()
    #: the same words for every claim (`statement` only holds them for a claim with a
    #: context): how much of the claim an item carries (`bot.matching.matcher.fit`)
    gist: tuple[tuple[str, tuple[tuple[str, re.Pattern[str] | None], ...]], ...] = ()

    @property
    def context_screen(self) -> tuple[str, ...]:
        """The stems the screen takes for the context: its own and the statement's words'."""
        return (*(st for st, _ in self.context_res), *(x for _, y in self.statement for x, _ in y))

    #: per require group, the stems its English words have in other languages (each a
    #: `Term` keyed "~stem", also at the end of the group in `require`)
    translated: tuple[tuple[Term, ...], ...] = ()
    #: multi-word terms translated word by word ("lab leak": утечка … лаборатории, fuga
    #: del laboratorio): (group, term keyed "~+…", each part's stems); a part may stand
    #: anywhere near the others in one sentence
    compounds: tuple[tuple[int, Term, tuple[tuple[str, ...], ...]], ...] = ()
    #: stems of what the statement itself negates ("without her consent": consent, and
    #: its words in other languages): negating one agrees with the claim, asserting one
    #: contradicts it
    negated_stems: tuple[str, ...] = ()
    #: stems of what the statement says was not done ("failure to maintain and inspect
    #: it"): negating one agrees with the claim ("the bridge was not inspected")
    failed_stems: tuple[str, ...] = ()
    #: the statement's words that have a counterpart ("civilians": militants), in every
    #: language: a sentence that asserts them too does not assert the counterpart instead
    countered_stems: tuple[str, ...] = ()
    #: the places the statement blames for what happened, and every place the claim names
    #: (statement and terms): another party named as the doer is a counter-account
    blamed: frozenset[str] = frozenset()
    named_places: frozenset[str] = frozenset()
    #: the claim's own action and object terms (require and context words that are not
    #: names): where a doer stands beside them
    anchors: tuple[Term, ...] = ()
    #: the statement names a hostile or deliberate act (an attack, a shoot-down, spying):
    #: an innocent account of the event (a bird strike, a civilian airship) contradicts it
    hostile: bool = False
    #: the statement alleges negligence ("through negligence", "faulty construction"): an
    #: account of negligence or error is the claim itself, not an innocent account
    negligent: bool = False
    #: the statement says someone is ill, incapacitated or dead: a report of their good
    #: health contradicts it
    illness: bool = False
    #: the statement names a deliberate act ("doped", "ordered"): an account of it as
    #: unwitting or accidental ("contaminated", "involuntarily") contradicts it
    deliberate: bool = False
    #: the year the statement dates its event by (`event_year`): an item published
    #: before it is about something else ("the 2019 Wuhan pneumonia" for a claim about
    #: November 2023)
    since: int | None = None
    #: the statement says something harms health ("causes cancer"): a finding that it is
    #: safe contradicts it
    harm: bool = False
    #: the statement says something is false ("fake", "forged", "rigged"): a finding that
    #: it is genuine, valid or fair contradicts it
    falsity: bool = False
    #: the statement's act is a refusal ("Morocco refused France's offer of aid"): a
    #: rejection of what it names ("rejected offers of aid") is the act itself, no denial
    refusal: bool = False
    #: the statement says someone won ("won") or lost ("lost") an election: another
    #: candidate, or that one, declared the winner contradicts it ("": neither)
    election: str = ""
    #: the first require group's terms that name that candidate ("Issa Tchiroma Bakary
    #: won": Tchiroma, Issa Tchiroma Bakary; not Biya nor Cameroon)
    candidate: tuple[Term, ...] = ()
    #: the names of whom the statement says reported the claim ("…, as a BBC Africa Eye
    #: investigation found": BBC, Africa, Eye), folded: their rebuttal of a denial
    #: ("BBC smentisce Spagna") upholds the claim
    sources: frozenset[str] = frozenset()


#: English word forms that are function words of other languages the news is written in
#: (German "die", "dies"; French "des"; Spanish "sin"; Dutch "met"): an English term's
#: other forms among them are not a require group's stems
FOREIGN_FUNCTION_WORDS = frozenset(
    "die dies den des der das mit son sin con per met van bin war".split()
)


def _translated(texts: Sequence[str], *, english: bool = False, foreign: bool = True) -> list[str]:
    """Stems other languages have for the plain English words and phrases among `texts`
    ("closure" → cierre, kapat, إغلاق, 关闭 …; "shot down" → сбит, abbattuto …); names have
    none here (see `_place_stems`). With `english`, the words' other English forms too
    ("slavery": enslaved; for a require group, where any form stands for the group);
    without `foreign`, none that is a function word of another language."""
    out: list[str] = []
    for text in texts:
        toks = [tk for tk in tokenize(text) if not tk.joined]
        if not toks:
            continue
        phrase = " ".join(tk.norm for tk in toks)
        if any(tk.raw[:1].isupper() for tk in toks):
            # a name; but an institution written as one ("Defence Ministry") is a phrase of
            # the news vocabulary, with its other English forms ("Defense Minister")
            if len(toks) >= 2 and all(script_of(tk.norm) == "latin" for tk in toks):
                out += _stems([*lexicon.translations(phrase), *lexicon.english_forms(phrase)])
            continue
        if len(toks) == 1 and script_of(toks[0].norm) != "latin":
            continue
        siblings = lexicon.english_forms(phrase) if english else ()
        if not foreign:
            # a require group's stem is a word's start in every language: "die", "dies"
            # (for died) are German words, and would find the claim's act in them
            siblings = tuple(f for f in siblings if f not in FOREIGN_FUNCTION_WORDS)
        out += _stems([*lexicon.translations(phrase), *siblings])
    return list(dict.fromkeys(out))


def stems_of(text: str) -> list[str]:
    """The stems other languages have for a plain English term (and its other English
    forms), as the terms of a require group get them."""
    return _translated([text], english=True)


def _place_stems(texts: Sequence[str]) -> list[str]:
    """Stems other languages have for the places and institutions among `texts`
    ("Russia" → росси, rusya, روسي, 俄罗斯 …; "White House" → белого дома …)."""
    out: list[str] = []
    for text in texts:
        toks = [tk for tk in tokenize(text) if not tk.joined]
        if toks and toks[0].raw[:1].isupper():
            out += _stems(lexicon.place_names(" ".join(tk.norm for tk in toks)))
    return list(dict.fromkeys(out))


def _stems(stems: Sequence[str]) -> list[str]:
    """Lexicon stems folded as item text is (single words: a stem is a word prefix)."""
    out: list[str] = []
    for raw in stems:
        s = " ".join(fold(raw).split())  # a phrase: each word a prefix ("белого дома")
        out.append(s)
        kept = " ".join(fold_aligned(raw).split())
        if kept != s:
            out.append(kept)  # item text keeps combining marks (रिश्वत: its virama)
        if "ss" in s:
            out.append(s.replace("ss", "ß"))  # item text keeps ß (fold_aligned)
        if "ae" in s:
            out.append(s.replace("ae", "æ"))  # and æ (Danish, Norwegian: kræft, kraeft)
    return out


def _compound(text: str, english: bool = False) -> tuple[tuple[str, ...], ...] | None:
    """A multi-word term's parts in other languages, each as its stems: the longest
    known place or phrase first, else a word ("Azerbaijani plane": Азербайдж… + самолет…;
    "Spanish prime minister": espan… + premier…). None when a part has no translation.
    With `english`, each part's English words too (for words the item need not write
    side by side: a name's description)."""
    toks = [tk for tk in tokenize(text) if not tk.joined]
    if len(toks) < 2 or any(script_of(tk.norm) != "latin" for tk in toks):
        return None
    if lexicon.translations(" ".join(tk.norm for tk in toks)) or lexicon.place_names(
        " ".join(tk.norm for tk in toks)
    ):
        return None  # the whole term is known: `_translated` and `_place_stems` have it
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(toks):
        for j in range(len(toks), i, -1):
            words = " ".join(tk.norm for tk in toks[i:j])
            stems = _stems(lexicon.place_names(words) or lexicon.translations(words))
            if stems:
                kept = [s for s in stems if " " not in s]
                if english:  # the English words as written (a phrase: word by word)
                    kept += _stems([words, *lexicon.english_forms(words)])
                parts.append(tuple(dict.fromkeys(kept)))
                i = j
                break
        else:
            if toks[i].norm not in STOP:
                return None  # a word no lexicon translates (a name): not composable
            i += 1
    return tuple(parts) if len(parts) >= 2 and all(parts) else None


def stem_term(stem: str) -> Term:
    """A stem of another language as a term of a require group (found as a word prefix)."""
    return Term(stem, "~" + stem, (stem,), has_cjk(stem))


#: statement words that say who reported the claim, not what it is about
_HEARSAY = frozenset(
    {"reported", "reports", "claimed", "claims", "alleged", "alleges", "allegedly", "said"}
    | {"says", "according", "including", "stated", "suspect", "suspects", "found", "show"}
)


def compile_claim(term: Callable[[str], Term], claim: Claim) -> CompiledClaim:
    """A claim compiled: its terms (through `term`), action stems and context stems."""
    translated = tuple(
        tuple(
            stem_term(s)
            for s in (*_translated(group, english=True, foreign=False), *_place_stems(group))
        )
        for group in claim.require
    )
    compounds = tuple(
        (gi, Term(t, "~+" + t, (t,), False), parts)
        for gi, group in enumerate(claim.require)
        for t in group
        if (parts := _compound(t)) is not None
    )
    # what the statement calls a required name ("Chinese Defence Minister Dong Jun"), which
    # may stand for it: its words near each other in one sentence, in any language
    compounds += tuple(
        (gi, Term(d, "~+" + fold(d), (fold(d),), False), parts)
        for gi, group in enumerate(claim.require)
        if (d := description(claim.statement, group)) is not None
        and (parts := _compound(d, english=True)) is not None
    )
    require = tuple(
        (*(term(t) for t in group), *more, *(ct for g, ct, _ in compounds if g == gi))
        for gi, (group, more) in enumerate(zip(claim.require, translated, strict=True))
    )
    context = tuple(term(t) for t in with_verb_forms(claim.context))
    contradict = tuple(term(t) for t in claim.contradict)
    exclude = tuple(term(t) for t in claim.exclude)
    # the claim's action vocabulary: statement + context + contradict words that are
    # not names, and the multilingual concept tables they trigger
    words: set[str] = set()
    # the claim's names (capitalised or in another script) are who and where, not what
    # happened; its other require words ("close", "closure") are actions like the rest
    names = {
        tk.norm
        for g in claim.require
        for t in g
        for tk in tokenize(t)
        if tk.raw[:1].isupper() or script_of(tk.norm) != "latin"
    }
    require_words = [t for g in claim.require for t in g]
    for text in (claim.statement, *claim.context, *claim.contradict, *require_words):
        for tk in tokenize(text):
            if tk.joined or tk.norm in STOP or tk.norm in names or tk.raw[:1].isupper():
                continue
            if tk.norm.isdigit() or len(tk.norm) < 3:
                continue
            words.add(en_stem(tk.norm))
            if tk.norm.endswith("ied") and len(tk.norm) > 4:
                words.add(tk.norm[:-3] + "y")  # "spied": spy, spying (spi- finds spies)
    concept_stems: set[str] = set()
    context_words = {en_stem(tk.norm) for t in claim.context for tk in tokenize(t)}
    ctx_stems: set[str] = set()
    for concept, triggers in lexicon.CONCEPT_TRIGGERS.items():
        if any(w.startswith(trig) or trig.startswith(w) for w in words for trig in triggers):
            concept_stems.update(fold(s) for s in lexicon.CONCEPTS[concept])
            concept_stems.update(triggers)
        if any(
            w.startswith(trig) or trig.startswith(w) for w in context_words for trig in triggers
        ):
            ctx_stems.update(fold(s) for s in lexicon.CONCEPTS[concept])
    context_translated = _translated(claim.context)
    ctx_stems.update(context_translated)
    # a negated place is not a negated action: only the words' translations are actions
    concept_stems.update(s for g in claim.require for s in _translated(g) if " " not in s)
    # the statement's own words, in the other languages ("paid … refereeing": árbitro)
    statement_words = [
        tk.raw
        for tk in tokenize(claim.statement)
        if not tk.joined and tk.norm not in STOP and tk.norm not in names
    ]
    concept_stems.update(s for s in _translated(statement_words) if " " not in s)
    own = {en_stem(tk.norm) for t in require_words for tk in tokenize(t)}
    statement = tuple(
        (w, tuple((st, None if has_cjk(st) else stem_pattern(st)) for st in stems))
        for w in dict.fromkeys(statement_words)
        if w[:1].islower()
        and len(w) > 3
        and en_stem(fold(w)) not in own
        and fold(w) not in _HEARSAY
        for stems in [sorted({en_stem(fold(w)), *_translated([w], english=True)} - {""})]
    )
    gist = statement
    if not claim.context:
        statement = ()  # only a missing context term is stood in for
    # the statement's verbs in their other English forms and as phrases ("paid": pay;
    # "blew up": blow up, взорвать, sprengen …), so "did not pay", "nicht gesprengt" and
    # "non ha fatto saltare" negate them
    phrases = _statement_phrases(claim.statement, names)
    concept_stems.update(s for s in _translated(phrases) if " " not in s)
    words.update(_english_verb_stems([*statement_words, *phrases]))
    concept_stems.update(s for s in context_translated if " " not in s)
    ctx_stems.update(_place_stems(claim.context))
    negated = _negated_stems(claim.statement)
    failed = _failed_stems(claim.statement)
    # a require word the statement negates ("competed without a hijab") is negated with its
    # synonyms in the group, the words that share a translation with it ("headscarf")
    for group in claim.require:
        for t in group:
            if " " in t or en_stem(fold(t)) not in negated:
                continue
            own = set(_translated([t]))
            for other in group:
                if other != t and own & set(more := _translated([other])):
                    negated = tuple(dict.fromkeys([*negated, en_stem(fold(other)), *more]))
    blamed, named = parties.statement_parties(claim.statement)
    own_terms = [t for g in require for t in g] + list(context)
    named = named | parties.claim_places(own_terms)
    anchors = tuple(
        dict.fromkeys(
            [t for t in own_terms if not t.key.startswith("~") and t.text[:1].islower()]
            + [stem_term(s) for g in claim.require for s in _translated(g)]
        )
    )
    deliberate = _names_stem(claim.statement, lexicon.DELIBERATE)
    election, candidate = _election(claim.statement, require[0] if require else ())
    if deliberate:
        # a claim of a deliberate act is denied by "not intentional", "nicht vorsätzlich"
        concept_stems.update(s for s in _stems(lexicon.DELIBERATE) if len(s) >= 5)
    action = tuple(sorted(words | concept_stems))
    context_stems = tuple(sorted(ctx_stems))
    return CompiledClaim(
        claim,
        require,
        context,
        context_stems,
        contradict,
        exclude,
        action,
        action_cjk=tuple(st for st in action if has_cjk(st)),
        action_words=tuple(st for st in action if not has_cjk(st)),
        context_res=tuple((st, None if has_cjk(st) else stem_pattern(st)) for st in context_stems),
        statement=statement,
        gist=gist,
        translated=translated,
        compounds=compounds,
        negated_stems=negated,
        failed_stems=failed,
        countered_stems=_countered_stems(claim.statement),
        blamed=blamed,
        named_places=named,
        anchors=anchors,
        hostile=_hostile(claim.statement),
        negligent=_names_stem(claim.statement, lexicon.NEGLIGENT) or bool(failed),
        illness=_names_stem(claim.statement, lexicon.ILLNESS),
        election=election,
        candidate=candidate,
        deliberate=deliberate,
        harm=_names_stem(claim.statement, lexicon.HARM),
        falsity=_names_stem(claim.statement, lexicon.FALSITY),
        refusal=_names_stem(claim.statement, lexicon.REFUSAL),
        since=event_year(claim.statement),
        sources=sources_of(claim.statement),
    )


#: where a statement says who reported it: "…, as Human Rights Watch reported", "…,
#: according to Reuters", "…, a BBC investigation found"
_SOURCE_CLAUSE = re.compile(
    r"(?:,\s*as|\baccording to)\s+(?=\S)|,\s*(?=(?:an?|the)\s[^,]*\b(?:found|reported|"
    r"revealed|said|says|showed|shows|alleged|claimed)\b[^,]*$)"
)


def sources_of(statement: str) -> frozenset[str]:
    """The capitalised names after the statement's last "as …" or "according to …" clause,
    folded: not months, nor words of the news vocabulary ("President", "Minister"), nor
    words at most two letters long, nor a word the statement names before it (the accused:
    "Credit Suisse held …, as Suisse Secrets reported")."""
    found = list(_SOURCE_CLAUSE.finditer(statement))
    if not found:
        return frozenset()
    cut = found[-1].end()
    before = {tk.norm for tk in tokenize(statement[:cut])}
    return frozenset(
        tk.norm
        for tk in tokenize(statement[cut:])
        if tk.raw[:1].isupper()
        and len(tk.norm) > 2
        and tk.norm not in before
        and tk.norm not in STOP
        and tk.norm not in lexicon.VOCABULARY_FORMS
        and not re.fullmatch(_MONTH, tk.norm)
    )


_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
#: a year the statement dates its event by: after a month, "in", "on", "since", "of" or
#: "during", or in brackets ("in November 2023", "on 28 April 2025", "(2019)"); not a year
#: naming an event ahead of it ("the 2022 World Cup", "his 2022 campaign")
_DATED = re.compile(
    r"(?:\b(?:in|on|since|of|during)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?|\()\s*((?:19|20)\d\d)\b"
    r"(?!\s*[-–]?\s*(?:\w+\s+)?(?:world cup|olympics|games"
    r"|elections?|campaign|season|budget|tournament))"
    # after a month the year dates the event itself ("its October 2024 parliamentary
    # election", "on 28 April 2025")
    r"|\b(?:" + _MONTH + r"\s+(?:\d{1,2},?\s+)?|\d{1,2}\s+" + _MONTH + r"\s+)((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def event_year(statement: str) -> int | None:
    """The earliest year the statement dates its event by (None: it names none): an item
    published before that year cannot be reporting it."""
    years = [int(y) for pair in _DATED.findall(statement) for y in pair if y]
    return min(years) if years else None


#: particles that make a phrasal verb ("blow up", "shoot down", "cut off")
_PARTICLES = frozenset({"up", "down", "off", "out", "away", "over"})


def _statement_phrases(statement: str, names: set[str]) -> list[str]:
    """Two-word phrases of the statement the news vocabulary knows ("blew up", "shot
    down"), names left out."""
    toks = [tk for tk in tokenize(statement) if not tk.joined]
    out: list[str] = []
    for a, b in itertools.pairwise(toks):
        if a.norm in names or b.norm in names or a.raw[:1].isupper():
            continue
        phrase = f"{a.norm} {b.norm}"
        if lexicon.translations(phrase):
            out.append(phrase)
    return out


def _english_verb_stems(texts: Sequence[str]) -> set[str]:
    """Stems of the other English forms of the words and phrases among `texts` ("paid":
    pay, paying; "blew up": blow): the verb of a phrasal verb stands for it."""
    out: set[str] = set()
    for text in texts:
        for form in lexicon.english_forms(fold(text)):
            parts = form.split()
            if len(parts) == 1 and len(parts[0]) >= 3:
                out.add(en_stem(parts[0]))
            elif len(parts) == 2 and parts[1] in _PARTICLES and len(parts[0]) >= 3:
                out.add(en_stem(parts[0]))
    return out


def _names_stem(statement: str, stems: Sequence[str]) -> bool:
    """Whether a statement has one of the (English) stems: a short one as a whole word
    ("ill", not "illegal"), one of five letters or more as a word's start."""
    words = [tk.norm for tk in tokenize(statement) if not tk.joined]
    return any(w == st or (len(st) >= 5 and w.startswith(st)) for w in words for st in stems)


def _election(statement: str, names: Sequence[Term]) -> tuple[str, tuple[Term, ...]]:
    """ "won" or "lost" when a statement says a candidate won or lost an election ("Issa
    Tchiroma Bakary won Cameroon's presidential election", "Maduro lost the vote"), and
    the terms among `names` that name the candidate: the capitalised words right before
    the verb. ("", ()) when it says neither or names no candidate so."""
    if not _names_stem(statement, lexicon.ELECTION):
        return "", ()
    toks = [tk for tk in tokenize(statement) if not tk.joined]
    for kind, stems in (("lost", lexicon.DEFEAT), ("won", lexicon.VICTORY)):
        for i, tk in enumerate(toks):
            if tk.norm not in stems:
                continue
            before: list[str] = []
            for prev in reversed(toks[max(0, i - 3) : i]):
                if not prev.raw[:1].isupper():
                    break
                before.append(prev.norm)
            terms = tuple(t for t in names if not set(t.toks).isdisjoint(before))
            if terms:
                return kind, terms
    return "", ()


def _hostile(statement: str) -> bool:
    """Whether a statement names a hostile or deliberate act (`lexicon.HOSTILE`)."""
    words = [tk.norm for tk in tokenize(statement) if not tk.joined]
    text = " ".join(words)
    return any(
        (" " in stem and f" {stem}" in f" {text}") or any(w.startswith(stem) for w in words)
        for stem in lexicon.HOSTILE
    )


#: how many words after a negation its word may stand ("without her consent")
_NEGATED_REACH = 3


def _failed_stems(statement: str) -> tuple[str, ...]:
    """Stems of what a statement says was not done: the verb after a word of failure and
    "to", and one joined to it by "and" or "or" ("failure to maintain and inspect it":
    maintain, inspect), with their words in the other languages. ("failed the gender
    test" is not one: the test was taken.)"""
    toks = [tk for tk in tokenize(statement) if not tk.joined]
    out: list[str] = []
    for i, tk in enumerate(toks[:-2]):
        if tk.norm not in lexicon.FAILING or toks[i + 1].norm != "to":
            continue
        verbs = [toks[i + 2]]
        if i + 4 < len(toks) and toks[i + 3].norm in ("and", "or"):
            verbs.append(toks[i + 4])  # "maintain and inspect"
        for v in verbs:
            out += [en_stem(v.norm), *_stems(lexicon.translations(v.norm))]
    return tuple(s for s in dict.fromkeys(out) if " " not in s and (len(s) >= 4 or has_cjk(s)))


def _countered_stems(statement: str) -> tuple[str, ...]:
    """Stems of the statement's words that have a counterpart ("civilians" of a strike
    that killed "militants"), with their words in the other languages."""
    out: list[str] = []
    for tk in tokenize(statement):
        for word in (tk.norm, tk.norm[:-1]):
            if not tk.joined and word in lexicon.COUNTERPARTS:
                out += [s for s in (word, *_stems(lexicon.translations(word))) if " " not in s]
    return tuple(s for s in dict.fromkeys(out) if len(s) >= 4 or has_cjk(s))


def _negated_stems(statement: str) -> tuple[str, ...]:
    """Stems of the words a claim's statement negates: the first content word after a
    negation or a privative word ("kissed her without her consent": consent; "a
    non-consensual kiss": consensual), with their words in the other languages."""
    toks = [tk for tk in tokenize(statement) if not tk.joined]
    out: list[str] = []
    for tk in toks:  # "failed the test": it did not pass it; "gifts": a loan
        others = lexicon.COUNTERPARTS.get(tk.norm, ()) + lexicon.COUNTERPARTS.get(tk.norm[:-1], ())
        if (counterpart := lexicon.NEGATIVE_VERBS.get(tk.norm)) is not None:
            others += (counterpart,)
        for other in dict.fromkeys(others):
            out += [s for s in (other, *_stems(lexicon.translations(other))) if " " not in s]
    for i, tk in enumerate(toks):
        if i > 0 and (toks[i - 1].norm, tk.norm) in lexicon.RULING_OUT:
            out += _ruled_out(statement, toks[i + 1 :])
            continue
        negator = (
            tk.norm in lexicon.PRIVATIVE
            or tk.norm == "non"
            or lexicon.NEGATION_RE.fullmatch(tk.norm) is not None
            or (tk.norm == "t" and i > 0 and toks[i - 1].norm.endswith("n"))
        )
        if not negator:
            continue
        before = " ".join(t.norm for t in toks[:i])[-40:]
        after = " ".join(t.norm for t in toks[i + 1 :])[:60]
        if lexicon.REQUEST_RE is not None and lexicon.REQUEST_RE.search(f"{before} NEG {after}"):
            continue  # "asked Musk not to activate": what was asked, not what was not done
        after_toks = toks[i + 1 : i + 1 + _NEGATED_REACH + 2]
        for j, nxt in enumerate(after_toks):
            if nxt.norm in STOP or nxt.norm in lexicon.NEG_SKIP or len(nxt.norm) < 3:
                continue
            if nxt.norm in lexicon.FRAMES and j + 1 < len(after_toks):
                if after_toks[j + 1].norm == "of":
                    continue  # "not a case of mistaken identity": what follows "of"
            if nxt.raw[:1].isupper():
                break  # a name: who, not what
            out.append(en_stem(nxt.norm))
            out += [s for s in _stems(lexicon.translations(nxt.norm)) if " " not in s]
            break
    return tuple(dict.fromkeys(out))


def _ruled_out(statement: str, toks: Sequence[Token]) -> list[str]:
    """Stems of what "rather than" or "instead of" rules out in a statement, when it is
    one word ("by a bomb rather than a missile": missile); a longer phrase ("instead of the
    bird-damaged right one") is left alone: which of its words is ruled out is unclear."""
    content: list[Token] = []
    prev_end = toks[0].start if toks else 0
    for tk in toks[: _NEGATED_REACH + 2]:
        if _CLAUSE_END.search(statement, prev_end, tk.start):
            break
        prev_end = tk.end
        if tk.norm not in STOP and tk.norm not in lexicon.NEG_SKIP and len(tk.norm) >= 4:
            content.append(tk)
    if len(content) != 1 or content[0].raw[:1].isupper():
        return []
    word = content[0].norm
    return [en_stem(word), *(s for s in _stems(lexicon.translations(word)) if " " not in s)]


#: punctuation that ends what a ruling-out phrase applies to
_CLAUSE_END = re.compile(r"[,;:.()\[\]!?]")


def find_stem(folded: str, stems: Sequence[tuple[str, re.Pattern[str] | None]]) -> str | None:
    """The first stem found at a word start (Chinese: anywhere) in a folded text."""
    for s, pat in stems:
        if s.partition(" ")[0] in folded and (pat is None or pat.search(folded)):
            return s
    return None


@cache
def stem_pattern(stem: str) -> re.Pattern[str]:
    """A stem found at a word start; a phrase's words each as a word prefix, in order.
    One pattern a stem for every claim: `re`'s own cache holds 512, and a claim's
    context and statement stems in forty languages outnumber that, so that without this
    each claim compiled its own copies (the 200-claim index of bench/match.py grew from
    45 to 74 MB when two more languages' vocabulary arrived)."""
    words = stem.split(" ")
    return re.compile(r"\b" + r"\w*\s+".join(map(re.escape, words)))

"""Stance: an item about a claim is a contradiction or an update, and which cue says so.

A contradiction needs a cue that concerns the claim (see `scope`): a denial, a
non-involvement, a falsehood label or scorn, a correction, a no-evidence or other
counter-fact, a negated claim action (`cues.negations`), or one of the claim's own
`contradict` phrases. The strongest kind wins (a claim phrase, then denials, corrections,
labels, counter-facts, negations), the earliest of a kind.

A confirmation that concerns the claim ("officials confirmed …", "admitted") makes the
item an update, and outweighs the denials it reports as past or before it ("confirms,
after months of denials"); a contradiction after it still stands ("confirmed the call but
said it was the only one").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.matching import lexicon
from bot.matching.claims import CompiledClaim, stems_of
from bot.matching.counters import assertions
from bot.matching.cues import WORDS, Cue, NegSite, find_cues, neg_sites, negations
from bot.matching.document import Doc
from bot.matching.parties import accused_instead, holder_blamed
from bot.matching.rebuttals import source_rebuts
from bot.matching.scope import Places, judge
from bot.matching.terms import Hit
from bot.matching.words import has_cjk
from bot.records import Claim, Stance
from bot.text import fold

RANK = {
    "claim phrase": 0,
    "denial": 1,
    "non-involvement": 1,
    "correction": 2,
    "label": 3,
    "scorn": 3,
    "no-evidence": 4,
    "counter": 4,
    "innocent-account": 4,
    "good-health": 4,
    "official-winner": 4,
    "unwitting": 4,
    "safe": 4,
    "genuine": 4,
    "negation": 5,
}


class DocState:
    """Per-item stance work shared by the claims decided for the item (computed lazily)."""

    __slots__ = ("cues", "deceits", "neg_sites")

    def __init__(self) -> None:
        self.cues: list[Cue] | None = None
        self.neg_sites: list[NegSite] | None = None
        self.deceits: list[tuple[int, int]] | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """The stance of an item towards one claim, and what decided it."""

    stance: Stance
    #: the cue that decided it: a contradiction's, or a confirmation (None: plain update)
    cue: Cue | None
    #: why the cue concerns the claim ("" for a plain update)
    why: str
    #: cues seen that did not decide, each with why (only when explaining)
    ignored: tuple[str, ...] = ()


#: counter-accounts that contradict only a claim of a kind: the CompiledClaim flag that
#: says the claim is of it, and what it is called in `explain`
_NEEDS = {
    "innocent-account": ("hostile", "hostile act"),
    "unwitting": ("deliberate", "deliberate act"),
    "good-health": ("illness", "illness"),
    "official-winner": ("candidate", "election won or lost"),
    "safe": ("harm", "harm to health"),
    "genuine": ("falsity", "falsity"),
}


#: denials whose object may be a confirmation, and how many words may stand between
_GOVERNS = frozenset({"denial", "no-evidence", "label"})
_GOVERN_REACH = 6
#: punctuation that ends the denial's clause ("After months of denials, X admits …")
_CLAUSE_BREAK = re.compile(r"[,;:.!?]")


#: how far before a winner cue (its subject) and after it ("victory of …") a candidate
#: counts as the one declared the winner, in its clause
_WINNER_BEFORE, _WINNER_AFTER = 60, 25


def _their_candidate(doc: Doc, cue: Cue, cc: CompiledClaim, hits: dict[str, list[Hit]]) -> bool:
    """Whether the one a winner cue declares the winner is the claim's own candidate
    (`CompiledClaim.candidate`): named right before the cue or right after it."""
    return any(
        h.sentence == cue.sentence
        and cue.start - _WINNER_BEFORE <= h.start
        and h.end <= cue.end + _WINNER_AFTER
        and not _CLAUSE_BREAK.search(doc.text, min(h.end, cue.end), max(h.start, cue.start))
        for t in cc.candidate
        for h in hits.get(t.key, ())
    )


def _rejects_what_is_ruled_out(doc: Doc, cue: Cue, cc: CompiledClaim) -> bool:
    """Whether a denial's object, in its clause, is what the claim's statement negates
    ("dismissed the theory of mistaken identity" against "not a case of mistaken
    identity")."""
    stems = tuple(s for s in cc.negated_stems if len(s) >= 4 and not has_cjk(s))
    if not stems:
        return False
    tail = _CLAUSE_BREAK.split(doc.folded[cue.end : cue.end + 80], maxsplit=1)[0]
    return any(w.startswith(stems) for w in WORDS.findall(tail)[:_GOVERN_REACH])


def decide(
    doc: Doc, cc: CompiledClaim, hits: dict[str, list[Hit]], state: DocState, explain: bool
) -> Decision:
    """The item's stance towards the claim (it is known to be about the claim)."""
    if state.cues is None:
        state.cues = find_cues(doc)
    candidates: list[tuple[int, Cue, str]] = []
    for t in cc.contradict:
        for h in hits.get(t.key, ()):
            cue = Cue("claim phrase", doc.text[h.start : h.end], h.start, h.end, h.sentence)
            candidates.append((0, cue, "a contradict phrase of the claim"))
    ignored: list[str] = []
    negated: list[Cue] = []
    if cc.action_stems:
        if state.neg_sites is None:
            state.neg_sites = neg_sites(doc)
        negated = negations(doc, cc, state.neg_sites)
    asserted = assertions(doc, cc) if cc.negated_stems else []
    doers: list[Cue] = []
    if cc.blamed:
        anchors = [h for t in cc.anchors for h in hits.get(t.key, ())]
        for start, end, si, _ in accused_instead(doc, cc.blamed, cc.named_places, anchors):
            doers.append(Cue("counter", doc.text[start:end], start, end, si))
    confirmations: list[tuple[Cue, str]] = []
    places = Places(cc, hits)
    own = _own_words(doc.text, cc, hits)
    if state.deceits is None:
        labels = any(c.kind in _CLAIMS_OWN for c in state.cues)
        state.deceits = _deceits(doc) if labels else []
    deceits = state.deceits
    for cue in [*state.cues, *negated, *asserted, *doers]:
        needs = _NEEDS.get(cue.kind)
        if needs is not None and not getattr(cc, needs[0]) and not _accounted(cue, cc):
            if explain:
                ignored.append(f"{cue.text!r} ({cue.kind}): the claim is of no {needs[1]}")
            continue
        if cue.kind == "innocent-account" and cc.negligent and _of_negligence(cue):
            # "alleged negligence in the construction" for a claim of faulty construction
            if explain:
                ignored.append(f"{cue.text!r} ({cue.kind}): the claim itself alleges negligence")
            continue
        if cue.kind in _CLAIMS_OWN and _says_the_claim(cue, cc):
            # "ijazah palsu", "gefälschte Wahl": a label that is the claim's own predicate
            if explain:
                ignored.append(f"{cue.text!r} ({cue.kind}): what the claim itself says")
            continue
        if cue.kind == "denial" and cc.refusal and _rejects_the_claims_object(doc, cue, cc):
            # "Morocco rejected offers of aid from France" for a claim that it refused aid
            if explain:
                ignored.append(f"{cue.text!r} ({cue.kind}): the refusal the claim is about")
            continue
        if cue.kind == "official-winner" and _their_candidate(doc, cue, cc, hits) != (
            cc.election == "lost"
        ):
            # "Biya declared winner" contradicts a claim that Tchiroma won; "Tchiroma
            # proclaimed winner" agrees with it (and contradicts one that he lost)
            if explain:
                ignored.append(f"{cue.text!r} ({cue.kind}): the claim's own account of who won")
            continue
        if (source := source_rebuts(doc, cue, cc.sources)) is not None:
            # "BBC smentisce Spagna" for a claim a BBC investigation found
            if explain:
                ignored.append(f"{cue.text!r} ({cue.kind}): the claim's source {source!r} rebuts")
            continue
        if cue.kind in _GOVERNS and _rejects_what_is_ruled_out(doc, cue, cc):
            # "the inquiry dismissed the theory of mistaken identity" for a claim of a
            # killing that was "not a case of mistaken identity": agreement
            if explain:
                ignored.append(f"{cue.text!r} ({cue.kind}): it rejects what the claim rules out")
            continue
        if cue.kind == "label" and cc.blamed and holder_blamed(doc, cue.start, cue.end, cc.blamed):
            # "Kyiv says Tehran lies" for a claim that blames Iran: the accused's lies
            if explain:
                ignored.append(f"{cue.text!r} ({cue.kind}): the lies of the party blamed")
            continue
        if cue.kind in _CLAIMS_OWN and any(a <= cue.start < b for a, b in deceits):
            # "misleading consumers", "prácticas engañosas": the deceit someone is accused of
            if explain:
                ignored.append(f"{cue.text!r} ({cue.kind}): a deceit someone is accused of")
            continue
        if cue.kind in _CLAIMS_OWN and _in_a_term(doc, cue, cc, hits) and not _of_a_report(cue, cc):
            # "condannato per falsa testimonianza" for a claim of false testimony: a label
            # inside the wording of the claim's require or context terms names its act
            if explain:
                ignored.append(f"{cue.text!r} ({cue.kind}): a word of the claim's terms")
            continue
        if cue.kind != "negation" and any(a <= cue.start and cue.end <= b for a, b in own):
            # the claim's own words ("shot down" in a claim about a shoot-down)
            if explain:
                ignored.append(f"{cue.text!r} ({cue.kind}): the claim's own words")
            continue
        if cue.kind == "negation":
            why: str | None = "a negated action of the claim"
            why_not = None
        else:
            why, why_not = judge(doc, cue, cc, places)
            if why is not None and any(cue is c for c in asserted):
                why = f"it asserts what the claim's statement negates; {why}"
            elif why is not None and any(cue is c for c in doers):
                why = f"another party is accused of it; {why}"
        if why is None:
            if explain:
                ignored.append(f"{cue.text!r} ({cue.kind}): {why_not or 'not about this claim'}")
            continue
        if cue.kind == "confirmation":
            confirmations.append((cue, why))
        else:
            candidates.append((RANK[cue.kind], cue, why))
    if confirmations and candidates:
        # a cue inside a confirmation is what it reverses ("overturned the acquittal")
        within = [
            c
            for c in candidates
            if c[0] != 0
            and any(k.start <= c[1].start and c[1].end <= k.end for k, _ in confirmations)
        ]
        if explain:
            ignored += [
                f"{c.text!r} ({c.kind}): what the confirmation reverses" for _, c, _ in within
            ]
        candidates = [c for c in candidates if all(c is not w for w in within)]
    if confirmations and candidates:
        # a confirmation a few words after a denial in its sentence is what the denial
        # applies to ("no existen pruebas que confirmen …", "denied reports confirming …")
        governed = [
            c
            for c, _ in confirmations
            if any(
                k.sentence == c.sentence
                and k.kind in _GOVERNS
                and k.end <= c.start
                and len(doc.words_in(k.end, c.start)) <= _GOVERN_REACH
                and not _CLAUSE_BREAK.search(doc.text, k.end, c.start)
                for _, k, _ in candidates
            )
        ]
        if explain:
            ignored += [
                f"{c.text!r} ({c.kind}): what a denial before it applies to" for c in governed
            ]
        confirmations = [(c, w) for c, w in confirmations if all(c is not g for g in governed)]
    if confirmations and candidates:
        first = min(c.start for c, _ in confirmations)
        cfirst = min(c.sentence for c, _ in confirmations)
        # a cue after the first confirmation stands, and so does the headline's own (what
        # the item says: "… evita suspensión al comprobarse involuntariedad", then the
        # summary "la ITIA confirmó su sanción"), unless reported as past
        kept = [
            c
            for c in candidates
            if c[0] == 0
            or (
                not c[1].past
                and (c[1].start >= first or (doc.has_title and c[1].sentence == 0 < cfirst))
            )
        ]
        if explain:
            ignored += [
                f"{c.text!r} ({c.kind}): outweighed by the confirmation"
                f" ({'reported as past' if c.past else 'before it'})"
                for _, c, _ in candidates
                if all(k[1] is not c for k in kept)
            ]
        candidates = kept
    if candidates:
        _, cue, why = min(candidates, key=lambda c: (c[0], c[1].start))
        return Decision("contradiction", cue, why, tuple(ignored))
    if confirmations:
        cue, why = min(confirmations, key=lambda c: c[0].start)
        return Decision("update", cue, f"a confirmation: {why}", tuple(ignored))
    return Decision("update", None, "", tuple(ignored))


@cache
def _negligence_stems() -> tuple[str, ...]:
    words = ("negligen", "neglect", "error", "lapse", "mistake")
    return tuple(dict.fromkeys([*words, *(s for w in words for s in lexicon.translations(w))]))


def _accounted(cue: Cue, cc: CompiledClaim) -> bool:
    """Whether an innocent account bears on a claim of negligence that names no hostile act
    ("the collapse could not have been foreseen" for one of a failure to maintain)."""
    return cue.kind == "innocent-account" and cc.negligent


def _of_negligence(cue: Cue) -> bool:
    """Whether an innocent account is one of negligence or error ("negligencia", "human
    error"), not of another cause ("natural causes", "force majeure")."""
    text = fold(cue.text)
    return any(s in text for s in _negligence_stems())


#: how many words after a rejection its object may name the claim's (the refusal claimed)
_REFUSED_REACH = 7


def _rejects_the_claims_object(doc: Doc, cue: Cue, cc: CompiledClaim) -> bool:
    """Whether a rejection's next words name the claim's act or object words ("rejeita
    ajuda francesa", "nega importação"), for a claim whose act is a refusal."""
    b = doc.spans[cue.sentence][1]
    words = tuple(st for st in cc.action_words if len(st) >= 4)
    for w in WORDS.findall(doc.folded[cue.end : b])[:_REFUSED_REACH]:
        if w in lexicon.REPORT_REF:
            return False  # "dismissed reports that Morocco rejected the offer": a denial
        if len(w) >= 4 and w.startswith(words):
            return True  # (a report named after the act is another clause's)
    return False


_DECEIT = re.compile("|".join(lexicon.DECEIT)) if lexicon.DECEIT else None


def _deceits(doc: Doc) -> list[tuple[int, int]]:
    """Where the item accuses someone of a deceit ("lying to regulators")."""
    return [] if _DECEIT is None else [m.span() for m in _DECEIT.finditer(doc.folded)]


#: labels that may be the claim's own predicate (a claim that something is fake or
#: rigged: "palsu", "gefälscht", "manipulación" say what it says)
_CLAIMS_OWN = frozenset({"label", "scorn"})


def _says_the_claim(cue: Cue, cc: CompiledClaim) -> bool:
    """Whether a label's words are the claim's own (its action words, or words of
    falsity, in any language), for a claim whose statement says something is false."""
    if not cc.falsity:
        return False
    if _of_a_report(cue, cc):
        return False
    words = [w for w in fold(cue.text).split() if len(w) >= 4]
    stems = (*cc.action_words, *_FALSITY_WORDS)
    return any(w.startswith(stems) for w in words) or any(
        st in cue.text for st in (*cc.action_cjk, *_FALSITY_CJK)
    )


#: words of falsity in every language ("gefälscht", "palsu", "sfałszowany", "伪造"), and
#: of authenticity (a doubt about it is what a claim of falsity says)
_FALSITY_STEMS = tuple(
    dict.fromkeys(
        fold(st)
        for w in (
            *("fake", "forged", "forgery", "falsified", "fraud", "rigged", "fabricated"),
            *("authenticity", "attribution", "provenance"),
        )
        for st in (w, *lexicon.translations(w))
        if len(st) >= 4 or has_cjk(st)
    )
)
_FALSITY_WORDS = tuple(st for st in _FALSITY_STEMS if not has_cjk(st))
_FALSITY_CJK = tuple(st for st in _FALSITY_STEMS if has_cjk(st))


#: words of a report or of the news, in every language: a label that holds one is said
#: of a report, not of what the claim calls false
_REPORT_STEMS = tuple(
    dict.fromkeys(
        fold(w)
        for w in (*lexicon.REPORT_REF, "news", *lexicon.translations("news"))
        if len(fold(w)) >= 4 or has_cjk(w)
    )
)
_REPORT_WORDS = tuple(st for st in _REPORT_STEMS if not has_cjk(st))
_REPORT_CJK = tuple(st for st in _REPORT_STEMS if has_cjk(st))


def _of_a_report(cue: Cue, cc: CompiledClaim) -> bool:
    """Whether a label names a report or the news ("fake news", "가짜뉴스", "fausses
    informations"): it is said of the report, not the claim's own predicate — unless
    reports are what the claim says are false ("fake test reports")."""
    words = [w for w in fold(cue.text).split() if w.startswith(_REPORT_WORDS)]
    return any(not w.startswith(cc.action_words) for w in words) or any(
        st in cue.text and st not in cc.action_cjk for st in _REPORT_CJK
    )


#: a translated phrase this many words long at most is the claim's wording (a compound
#: translated word by word may span a clause: "India rechaza … cazas")
_PHRASE_WORDS = 4


@lru_cache(maxsize=8192)
def _prefixes(text: str) -> frozenset[str]:
    """The first five letters of a text's words of four letters or more (a claim term's,
    once per term rather than once per item)."""
    return frozenset(w[:5] for w in WORDS.findall(fold(text)) if len(w) >= 4)


@lru_cache(maxsize=4096)
def _statement_words(statement: str) -> tuple[frozenset[str], frozenset[str]]:
    """The statement's words (their first letters) and their stems in other languages."""
    words = statement.lower().replace("'s ", " ").split()
    phrases = [*words, *(" ".join(words[i : i + 2]) for i in range(len(words) - 1))]
    stems = frozenset(s for p in phrases for s in lexicon.translations(p.strip(".,;:()\"'")))
    return _prefixes(statement), stems


def _in_a_term(doc: Doc, cue: Cue, cc: CompiledClaim, hits: dict[str, list[Hit]]) -> bool:
    """Whether a cue is mostly where one of the claim's plain require or context terms
    is found (`_wording`; a translated phrase only when it is a phrase's length, not a
    clause's)."""
    wording = _wording(cc.claim)
    return any(
        _mostly_over(cue.start, cue.end, h.start, h.end)
        and len(doc.text[h.start : h.end].split()) <= _PHRASE_WORDS
        for t in [*(t for group in cc.require for t in group), *cc.context]
        if t.text in wording
        for h in hits.get(t.key, ())
    )


@lru_cache(maxsize=4096)
def _wording(claim: Claim) -> frozenset[str]:
    """The claim's require and context terms that word what it is about, and their stems
    in other languages: plain words ("false testimony"), not names, and not words of
    denial unless the statement says them too ("disinformation" for a troll factory
    spreading it; "provocation" and "fabricated" are listed to find the coverage of a
    denial)."""
    said = _statement_words(claim.statement)[0]
    out: set[str] = set()
    for text in (*(t for group in claim.require for t in group), *claim.context):
        if text[:1].isupper() or (_a_denial_word(text) and not _prefixes(text) & said):
            continue
        out.add(text)
        out.update(stems_of(text))
    return frozenset(out)


def _a_denial_word(text: str) -> bool:
    """Whether a term is itself a cue when it is written alone or said of something
    ("fabricated", "It is provocation.")."""
    for frame in ("{}", "It is {}."):
        s = frame.format(text)
        i = s.index(text)
        if any(_mostly_over(i, i + len(text), c.start, c.end) for c in find_cues(Doc(s, ""))):
            return True
    return False


def _mostly_over(a: int, b: int, lo: int, hi: int) -> bool:
    """Whether at least half of the span a..b lies inside lo..hi."""
    return 2 * (min(b, hi) - max(a, lo)) >= b - a


def _own_words(text: str, cc: CompiledClaim, hits: dict[str, list[Hit]]) -> list[tuple[int, int]]:
    """Where the claim's require and context terms that its statement also says are in
    the item, as written: "acquitted", listed to find a fraud trial's coverage, is no
    wording of a claim of fraud (a translated stem found at the start of a longer word is
    not the claim's wording; a translated phrase is: "false comunicazioni sociali" for
    false accounting)."""
    prefixes, stems = _statement_words(cc.claim.statement)
    terms = [
        t
        for t in [*(t for group in cc.require for t in group), *cc.context]
        if (t.text in stems if t.key.startswith("~") else _prefixes(t.text) & prefixes)
    ]
    return [
        (h.start, h.end)
        for t in terms
        for h in hits.get(t.key, ())
        if h.how != "translated" or 2 <= len(text[h.start : h.end].split()) <= _PHRASE_WORDS
    ]

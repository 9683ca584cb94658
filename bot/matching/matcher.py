"""`Matcher`: claims compiled once; an item matched against all of them, with stance."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from bot.matching.claims import CompiledClaim, find_stem
from bot.matching.cues import find_cues
from bot.matching.document import Doc
from bot.matching.explain import (
    Explanation,
    GroupResult,
    all_term_hits,
    best_sentence,
    dedupe_hits,
    term_hit,
)
from bot.matching.index import TermIndex
from bot.matching.stance import DocState, decide
from bot.matching.terms import Hit
from bot.records import Claim, Match, TermHit
from bot.text import MATCH_TEXT_LIMIT, fold, for_matching, plain_text, tokenize, unvocalized

#: the raw (feed HTML) text screened, in characters: markup may be several times the text;
#: the plain text read is `bot.text.MATCH_TEXT_LIMIT` characters of title and of summary,
#: so a hostile item of megabytes costs what that much costs (`explain` says it was cut)
MAX_RAW = 8 * MATCH_TEXT_LIMIT


def _doc(title: str, summary: str) -> tuple[Doc, int]:
    """The item's text as read (each part cut by `for_matching`), and its full plain length
    (-1 when the raw text was already longer than `MAX_RAW`)."""
    t = unvocalized(plain_text(title[:MAX_RAW]))
    s = unvocalized(plain_text(summary[:MAX_RAW]))
    full = len(t) + len(s) if len(title) <= MAX_RAW and len(summary) <= MAX_RAW else -1
    return Doc(for_matching(t), for_matching(s)), full


#: items whose `touches` answer `match` keeps for the article reader, at most
_TOUCH_MEMO = 1024
_UNSEEN = object()

#: stands for "a context term was found" where no explanation is built
_NO_TERM = TermHit("", "", "exact", 0.0)


class Matcher:
    """Claims compiled once; `match` an item's title and summary against all of them."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._index = TermIndex(claims)
        #: what `match` learnt of recent items for `touches`, which the article reader
        #: asks right after (the screen is most of an item's cost): the hash of (title,
        #: summary) -> whether it holds a require group, or None when only its terms can
        #: tell. Hashes, not the texts: a memo must not keep a thousand items alive
        #: (strings cache their hash, so asking again costs nothing)
        self._touched: dict[int, bool | None] = {}

    def _remember(self, title: str, summary: str, touched: bool | None) -> None:
        if len(self._touched) >= _TOUCH_MEMO:
            self._touched.clear()  # items whose article nobody asked about
        self._touched[hash((title, summary))] = touched

    def _holds_group(self, hits: dict[str, list[Hit]]) -> bool:
        return any(
            any(t.key in hits for t in group) for cc in self._index.claims for group in cc.require
        )

    def _decide(
        self,
        cc: CompiledClaim,
        doc: Doc,
        hits: dict[str, list[Hit]],
        state: DocState,
        explain: bool,
        weak: list[str] | None = None,
    ) -> tuple[Explanation | None, Match | None]:
        """The claim's match for the item, and (when `explain`) why. A match that only a
        denial of the claim's act made (without a context term) is added to `weak`."""
        claim = cc.claim
        groups: list[GroupResult] = []
        best: list[Hit] = []
        missing: int | None = None
        for gi, group in enumerate(cc.require):
            ghits = [h for t in group for h in hits.get(t.key, ())]
            if explain:
                groups.append(
                    GroupResult(
                        claim.require[gi],
                        tuple(dedupe_hits(doc, ghits)),
                    )
                )
            if ghits:
                best.append(max(ghits, key=lambda h: (h.score, -h.start)))
            elif missing is None:
                missing = gi
                if not explain:
                    return None, None
        exclude_hit = next((hs[0] for t in cc.exclude if (hs := hits.get(t.key))), None)
        if exclude_hit is not None and not explain:
            return None, None
        ctx_hit: Hit | None = next(
            (min(hs, key=lambda h: h.start) for t in cc.context if (hs := hits.get(t.key))), None
        )
        ctx_term_hit: TermHit | None = None
        if ctx_hit is not None:
            ctx_term_hit = term_hit(doc, ctx_hit) if explain else _NO_TERM
        elif cc.context_stems:
            stem = find_stem(doc.folded, cc.context_res)
            if stem:
                ctx_term_hit = TermHit(stem, stem, "transliterated", 90.0)
        said: list[tuple[str, tuple[tuple[str, re.Pattern[str] | None], ...]]] = []
        if ctx_hit is None and ctx_term_hit is None and cc.statement:
            # two of the statement's own words stand in for a context term
            said = [(w, stems) for w, stems in cc.statement if find_stem(doc.folded, stems)]
            if len(said) >= 2:
                ctx_term_hit = TermHit(
                    "the statement's words", ", ".join(w for w, _ in said[:2]), "translated", 90.0
                )
        # … and one, in an item that denies the claim ("Qatar denies World Cup bribery"); an
        # item that denies, refutes or corrects what the claim's terms name needs none
        # ("Kremlin dismisses 'Havana syndrome' claims as fabrications")
        denied_only = claim.context and ctx_term_hit is None and len(said) <= 1
        if not explain and claim.context and ctx_term_hit is None and not denied_only:
            return None, None
        if denied_only and not said and not explain:
            # without a context term only a denial of what the terms name will do: none
            # among the item's cues, no need to weigh its stance
            if state.cues is None:
                state.cues = find_cues(doc)
            if not any(c.kind in DENIES_WITHOUT_CONTEXT for c in state.cues):
                return None, None
        base = Explanation(
            claim_id=claim.id,
            matched=False,
            reason="",
            groups=tuple(groups),
            context_terms=claim.context,
            context_hit=ctx_term_hit,
        )
        if missing is not None:
            names = " | ".join(claim.require[missing])
            why_not = f"require group {missing + 1} ({names}) not found"
            return replace(base, matched=False, reason=why_not), None
        if exclude_hit is not None:
            eh = term_hit(doc, exclude_hit)
            why_not = f"exclude term {eh.term!r} found"
            return replace(base, matched=False, reason=why_not, exclude_hit=eh), None
        if claim.context and ctx_term_hit is None and not denied_only:
            return replace(base, matched=False, reason="no context term found"), None
        score = round(sum(h.score for h in best) / len(best), 1)
        decision = decide(doc, cc, hits, state, explain)
        if denied_only:
            cue = decision.cue
            if said:
                word, stems = said[0]
                cue_sentence = fold(doc.sentence(cue.sentence)) if cue else ""
                denies = find_stem(cue_sentence, stems) is not None
            else:
                word, denies = "", cue is not None and cue.kind in DENIES_WITHOUT_CONTEXT
            if decision.stance != "contradiction" or not denies:
                return replace(base, matched=False, reason="no context term found"), None
            if weak is not None:
                weak.append(claim.id)
            if word:
                base = replace(
                    base, context_hit=TermHit("the statement's words", word, "translated", 90.0)
                )
        cue = decision.cue
        if decision.stance == "contradiction":
            assert cue is not None
            evidence = doc.sentence(cue.sentence)
            named = {h.sentence for g in cc.require for t in g for h in hits.get(t.key, ())}
            if cue.sentence not in named:
                # the cue's sentence refers back ("calls the report fake") without naming
                # the claim: the sentence that names it goes with it, so the evidence proves
                # the decision alone (a headline without the claim's terms is never all of it)
                evidence += " … " + doc.sentence(best_sentence(doc, cc, hits))
            reason = f"all require groups found; contradiction: {decision.why}"
        else:
            evidence = doc.sentence(cue.sentence if cue else best_sentence(doc, cc, hits))
            reason = "all require groups found; update: " + (
                decision.why if cue else "no denial of this claim"
            )
        terms = all_term_hits(doc, cc, hits)
        match = Match(claim.id, decision.stance, score, evidence, terms, cue.text if cue else None)
        if not explain:
            return None, match
        return (
            replace(
                base,
                matched=True,
                reason=reason,
                stance=decision.stance,
                cue=cue.text if cue else None,
                cue_kind=cue.kind if cue else None,
                sentence=evidence,
                score=score,
                ignored_cues=decision.ignored,
            ),
            match,
        )

    def match(self, title: str, summary: str, published: datetime | None = None) -> list[Match]:
        """The claims this item is about, each with its stance and evidence (claim order).
        An item `published` before the year a claim's statement dates its event by is not
        about that claim."""
        title, summary = title[:MAX_RAW], summary[:MAX_RAW]
        found = self._index.screen(f"{title}\n{summary}" if title else summary)
        cand = self._index.candidates(found)
        bare = self._index.missing_context(found)
        doc: Doc | None = None
        state = DocState()
        if bare:
            doc, _ = _doc(title, summary)
            if not find_cues(doc, DENIES_WITHOUT_CONTEXT):
                bare = []
            cand = sorted(cand + bare)
        if not cand:
            self._remember(title, summary, None if TermIndex.any_group(found) else False)
            return []
        if doc is None:
            doc, _ = _doc(title, summary)
        hits = self._index.find_terms(doc)
        self._remember(title, summary, self._holds_group(hits))
        if not hits:
            return []
        out: list[Match] = []
        weak: list[str] = []
        for idx in cand:
            cc = self._index.claims[idx]
            if not all(any(t.key in hits for t in g) for g in cc.require):
                continue
            if _before(published, cc):
                continue
            _, m = self._decide(cc, doc, hits, state, explain=False, weak=weak)
            if m is not None:
                out.append(m)
        if len(out) >= 2:
            # an item matching several claims is about the ones it fits best (one story
            # shares names with another: the Greek coast guard, Iran, a football
            # federation), and still about a claim it fits 40% as well (two claims on
            # the same people: Musk and Putin's contact, and Starlink over Taiwan)
            # -- unless all the claim's names the item has are the better claim's too
            # (a Pegasus story about Hungary names nothing of India's)
            claims = {cc.claim.id: cc for cc in (self._index.claims[i] for i in cand)}
            if any(well_named(claims[m.claim_id], hits) for m in out):
                # "Vale" heard in Hindi "वाली", "ČEZ" in Greek "σχέση": a short name
                # found only as a sound-alike, beside a claim whose names are there
                out = [m for m in out if not sounds_only(claims[m.claim_id], hits)]
            fits = {m.claim_id: fit(claims[m.claim_id], doc, hits) for m in out}
            out = [m for m in out if left_for(m.claim_id, fits, claims, hits) is None]
        if weak and len(weak) < len(out):
            # a claim the item names fully explains its denial better than one it only
            # denies the act of ("Iran denies drone attack": Aramco's, not drones for Russia)
            out = [m for m in out if m.claim_id not in weak]
        return out

    def touches(self, title: str, summary: str) -> bool:
        """Whether the item holds at least one require group of some claim (a candidate
        for reading its article: bot.articles), whether or not it matches."""
        title, summary = title[:MAX_RAW], summary[:MAX_RAW]
        known = self._touched.pop(hash((title, summary)), _UNSEEN)
        if isinstance(known, bool):
            return known
        if known is _UNSEEN and not TermIndex.any_group(
            self._index.screen(f"{title}\n{summary}" if title else summary)
        ):
            return False
        doc, _ = _doc(title, summary)
        return self._holds_group(self._index.find_terms(doc))

    def _fits_better(
        self,
        cc: CompiledClaim,
        doc: Doc,
        hits: dict[str, list[Hit]],
        item: tuple[str, str, datetime | None],
    ) -> str | None:
        """Why a claim the item (title, summary, published) matches is left out for another
        it fits better (`fit`)."""
        kept = self.match(*item)
        if any(m.claim_id == cc.claim.id for m in kept):
            return None
        by_id = {c.claim.id: c for c in self._index.claims}
        sure = [m.claim_id for m in kept if well_named(by_id[m.claim_id], hits)]
        if sure and sounds_only(cc, hits):
            return (
                "all require groups found, but its names are there only as sound-alikes"
                f" of a short name, and claim {sure[0]!r} names the item"
            )
        fits = {c: fit(by_id[c], doc, hits) for c in [cc.claim.id, *(m.claim_id for m in kept)]}
        rival = left_for(cc.claim.id, fits, by_id, hits)
        if rival is None:
            return None
        other, own = fits[rival[0]], fits[cc.claim.id]
        why = (
            f"a claim is kept at {FIT_SHARE:.0%} of the best"
            if rival[1] == "share"
            else "every name of this claim the item has is the other's too, with more"
        )
        return (
            f"all require groups found, but the item fits claim {rival[0]!r} better"
            f" ({other:.2f} against {own:.2f}; {why})"
        )

    def explain(
        self, claim_id: str, title: str, summary: str, published: datetime | None = None
    ) -> Explanation:
        """Why this item matches the claim or not (KeyError for an unknown claim id)."""
        for cc in self._index.claims:
            if cc.claim.id == claim_id:
                doc, full = _doc(title, summary)
                hits = self._index.find_terms(doc)
                why, _ = self._decide(cc, doc, hits, DocState(), explain=True)
                assert why is not None
                if why.matched and _before(published, cc):
                    why = replace(
                        why,
                        matched=False,
                        stance=None,
                        reason=f"published before {cc.since}, the year the claim dates its"
                        " event by",
                    )
                elif why.matched and (
                    better := self._fits_better(cc, doc, hits, (title, summary, published))
                ):
                    why = replace(why, matched=False, stance=None, reason=better)
                read = len(doc.text) - (1 if title else 0)
                if full < 0 or full > read:
                    return replace(why, text_read=read)
                return why
        raise KeyError(claim_id)


#: cue kinds by which an item that names a claim's terms but no context term (nor a word of
#: the statement) is still about the claim: it denies, refutes or corrects what it names
DENIES_WITHOUT_CONTEXT = frozenset(
    {"denial", "non-involvement", "label", "scorn", "no-evidence", "correction"}
)

#: a claim an item matches is kept beside another it matches better when it fits the item
#: at least this share as well (`fit`): the shipped Starlink-over-Taiwan claim fits an item
#: about Putin pressing Musk on it 0.4999 times as well as the Musk-Putin contact claim
FIT_SHARE = 0.4


def left_for(
    claim_id: str,
    fits: Mapping[str, float],
    claims: Mapping[str, CompiledClaim],
    hits: dict[str, list[Hit]],
) -> tuple[str, str] | None:
    """The claim an item is left to instead of `claim_id`, among the claims it matches,
    and why: "share" (it fits under FIT_SHARE of the best) or "subset" (the item lacks
    some of this claim's names, and another it fits better has every name it holds of
    this one, and more); None: kept. `fits`: each matched claim's `fit`."""
    own = fits[claim_id]
    best = max(fits, key=lambda c: fits[c])
    if own < FIT_SHARE * fits[best]:
        return best, "share"
    names = names_of(claims[claim_id])
    mine = frozenset(k for k in names if k in hits)
    if mine == names:
        return None  # the item has every name of the claim: it is about it
    for other, f in sorted(fits.items(), key=lambda kv: -kv[1]):
        if other == claim_id or f <= own:
            continue
        theirs = names_of(claims[other]) & hits.keys()
        # a name of this claim the other's statement says is the other's too (a claim
        # about China's base in one country; an item about China's base in another, whose
        # claim names the country, and China in its statement)
        theirs |= {k for k in mine if _says(claims[other], claims[claim_id], k)}
        if mine < theirs:
            return other, "subset"
    return None


#: a name of at most this many letters found only by its sound (in another script) is
#: weak evidence: "Vale" sounds like Hindi "वाली", "ČEZ" like Greek "σχέση"
SHORT_NAME = 4


def sounds_only(cc: CompiledClaim, hits: dict[str, list[Hit]]) -> bool:
    """Whether every name of the claim the item has is a short one found only by its sound
    in another script (and it has at least one)."""
    found = [k for k in names_of(cc) if k in hits]
    return bool(found) and all(
        len(h.term.text) <= SHORT_NAME and h.how == "transliterated" for k in found for h in hits[k]
    )


#: a sound-alike of a name this long, this close, is as good as the name written out
#: ("Μαρινάκη" for Marinakis)
LONG_NAME, CLOSE_SOUND = 6, 89.0


def well_named(cc: CompiledClaim, hits: dict[str, list[Hit]]) -> bool:
    """Whether the item names the claim surely: one of its names as written (or inflected,
    or translated), or a long one closely heard in another script."""
    return any(
        h.how != "transliterated" or (len(h.term.text) >= LONG_NAME and h.score >= CLOSE_SOUND)
        for k in names_of(cc)
        if k in hits
        for h in hits[k]
    )


def _says(cc: CompiledClaim, owner: CompiledClaim, key: str) -> bool:
    """Whether a claim's statement has, as a word, the text of another claim's name."""
    for g in owner.require:
        for t in g:
            if t.key == key:
                name = fold(t.text)
                return f" {name} " in f" {_folded_words(cc.claim.statement)} "
    return False


@functools.cache
def _folded_words(text: str) -> str:
    """A text's words folded, one space apart."""
    return " ".join(tk.norm for tk in tokenize(text) if not tk.joined)


def names_of(cc: CompiledClaim) -> frozenset[str]:
    """The claim's names: the require and context terms the journalist wrote (not their
    translations, `stem_term`) with a capital or in a script without case (by key: the
    same name in two claims is one key)."""
    terms = [*(t for g in cc.require for t in g), *cc.context]
    return frozenset(t.key for t in terms if t.key[0] != "~" and not t.text[:1].islower())


def fit(cc: CompiledClaim, doc: Doc, hits: dict[str, list[Hit]]) -> float:
    """How much of a claim an item carries: the share of its require terms found (distinct
    terms, over the square root of how many there are, so a claim of many spellings is not
    favoured) plus the share of its statement's own words and its context terms found (the
    same way). Compares the claims one item matches."""
    n_terms = sum(len(g) for g in cc.require)
    found = len({t.key for g in cc.require for t in g if t.key in hits})
    said = sum(1 for _, stems in cc.gist if find_stem(doc.folded, stems))
    said += len({t.key for t in cc.context if t.key in hits})
    return found / math.sqrt(n_terms) + said / math.sqrt(1 + len(cc.gist) + len(cc.context))


def _before(published: datetime | None, cc: CompiledClaim) -> bool:
    """Whether an item was published before the year the claim's statement dates by."""
    return published is not None and cc.since is not None and published.year < cc.since

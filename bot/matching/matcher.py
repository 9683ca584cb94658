"""`Matcher`: claims compiled once; an item matched against all of them, with stance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.matching.claims import CompiledClaim, find_stem
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
from bot.matching.stance import RANK, Cue, DocState, concerns, find_cues, neg_sites, negations
from bot.matching.terms import Hit
from bot.records import Claim, Match, TermHit
from bot.text import plain_text

#: stands for "a context term was found" where no explanation is built
_NO_TERM = TermHit("", "", "exact", 0.0)


class Matcher:
    """Claims compiled once; `match` an item's title and summary against all of them."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._index = TermIndex(claims)

    def _decide(
        self,
        cc: CompiledClaim,
        doc: Doc,
        hits: dict[str, list[Hit]],
        state: DocState,
        explain: bool,
    ) -> tuple[Explanation | None, Match | None]:
        """The claim's match for the item, and (when `explain`) why."""
        claim = cc.claim
        groups: list[GroupResult] = []
        best: list[Hit] = []
        missing: int | None = None
        for gi, group in enumerate(cc.require):
            ghits = [h for t in group for h in hits.get(t.key, ())]
            if explain:
                groups.append(
                    GroupResult(
                        tuple(t.text for t in group),
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
        if not explain and claim.context and ctx_term_hit is None:
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
            names = " | ".join(t.text for t in cc.require[missing])
            why_not = f"require group {missing + 1} ({names}) not found"
            return replace(base, matched=False, reason=why_not), None
        if exclude_hit is not None:
            eh = term_hit(doc, exclude_hit)
            why_not = f"exclude term {eh.term!r} found"
            return replace(base, matched=False, reason=why_not, exclude_hit=eh), None
        if claim.context and ctx_term_hit is None:
            return replace(base, matched=False, reason="no context term found"), None
        score = round(sum(h.score for h in best) / len(best), 1)
        # stance
        if state.cues is None:
            state.cues = find_cues(doc, hits)
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
        for cue in [*state.cues, *negated]:
            why = (
                "a negated action of the claim"
                if cue.kind == "negation"
                else concerns(doc, cue, cc, hits)
            )
            if why is None:
                if explain:
                    ignored.append(f"{cue.text!r} ({cue.kind}): not about this claim")
                continue
            rank = RANK[cue.kind]
            candidates.append((rank, cue, why))
        if candidates:
            rank, cue, why = min(candidates, key=lambda c: (c[0], c[1].start))
            evidence = doc.sentence(cue.sentence)
            terms = all_term_hits(doc, cc, hits)
            match = Match(claim.id, "contradiction", score, evidence, terms, cue.text)
            if not explain:
                return None, match
            return (
                replace(
                    base,
                    matched=True,
                    reason=f"all require groups found; contradiction: {why}",
                    stance="contradiction",
                    cue=cue.text,
                    cue_kind=cue.kind,
                    sentence=evidence,
                    score=score,
                    ignored_cues=tuple(ignored),
                ),
                match,
            )
        evidence = doc.sentence(best_sentence(doc, cc, hits))
        terms = all_term_hits(doc, cc, hits)
        match = Match(claim.id, "update", score, evidence, terms, None)
        if not explain:
            return None, match
        return (
            replace(
                base,
                matched=True,
                reason="all require groups found; update: no denial of this claim",
                stance="update",
                sentence=evidence,
                score=score,
                ignored_cues=tuple(ignored),
            ),
            match,
        )

    def match(self, title: str, summary: str) -> list[Match]:
        """The claims this item is about, each with its stance and evidence (claim order)."""
        cand = self._index.screen_item(f"{title}\n{summary}" if title else summary)
        if not cand:
            return []
        doc = Doc(plain_text(title), plain_text(summary))
        hits = self._index.find_terms(doc)
        if not hits:
            return []
        out: list[Match] = []
        state = DocState()
        for idx in cand:
            cc = self._index.claims[idx]
            if not all(any(t.key in hits for t in g) for g in cc.require):
                continue
            _, m = self._decide(cc, doc, hits, state, explain=False)
            if m is not None:
                out.append(m)
        return out

    def explain(self, claim_id: str, title: str, summary: str) -> Explanation:
        """Why this item matches the claim or not (KeyError for an unknown claim id)."""
        for cc in self._index.claims:
            if cc.claim.id == claim_id:
                doc = Doc(plain_text(title), plain_text(summary))
                hits = self._index.find_terms(doc)
                why, _ = self._decide(cc, doc, hits, DocState(), explain=True)
                assert why is not None
                return why
        raise KeyError(claim_id)

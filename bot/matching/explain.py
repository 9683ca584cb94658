"""Why an item matches a claim or not: the explanation `claimwatch explain` prints, and
the term hits and evidence sentence a match carries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.matching.claims import CompiledClaim
from bot.matching.document import Doc
from bot.matching.terms import Hit
from bot.records import Stance, TermHit


@dataclass(frozen=True, slots=True)
class GroupResult:
    """One `require` group of a claim and what of it was found."""

    #: the group's terms as configured
    terms: tuple[str, ...]
    #: the terms found (empty when the group is missing)
    hits: tuple[TermHit, ...]


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why an item matches a claim or not, and how its stance was decided."""

    claim_id: str
    matched: bool
    #: one line: why it matched, or the first reason it did not
    reason: str
    groups: tuple[GroupResult, ...] = ()
    #: the context term found (None when none was found or the claim has no context)
    context_hit: TermHit | None = None
    #: the claim's context terms ("" when the claim has none)
    context_terms: tuple[str, ...] = ()
    #: the exclude term that vetoed the match, if any
    exclude_hit: TermHit | None = None
    stance: Stance | None = None
    #: the cue that decided a contradiction
    cue: str | None = None
    #: what kind of cue (denial, label, correction, counter, negation, claim phrase)
    cue_kind: str | None = None
    #: the sentence that decided the stance (evidence)
    sentence: str | None = None
    score: float = 0.0
    #: cues seen in the item that did not concern this claim, with why
    ignored_cues: tuple[str, ...] = field(default_factory=tuple)
    #: when the item's text was cut for matching: the characters read (else None)
    text_read: int | None = None

    def lines(self) -> list[str]:
        """A human-readable account for a terminal."""
        head = "MATCH" if self.matched else "NO MATCH"
        out = [f"{self.claim_id}: {head} — {self.reason}"]
        for i, g in enumerate(self.groups, 1):
            names = " | ".join(g.terms)
            if g.hits:
                found = ", ".join(_describe_hit(h) for h in g.hits)
                out.append(f"  require group {i} ({names}): {found}")
            else:
                out.append(f"  require group {i} ({names}): missing")
        if self.context_terms:
            if self.context_hit is not None:
                out.append(f"  context: {_describe_hit(self.context_hit)}")
            else:
                out.append("  context: missing (" + " | ".join(self.context_terms) + ")")
        if self.exclude_hit is not None:
            out.append(f"  excluded by: {_describe_hit(self.exclude_hit)}")
        if self.matched:
            out.append(f"  stance: {self.stance} (score {self.score:.0f})")
            if self.cue is not None:
                out.append(f"  cue: {self.cue!r} ({self.cue_kind})")
            if self.sentence:
                out.append(f"  evidence: {self.sentence}")
        if self.text_read is not None:
            out.append(
                f"  note: a long item; only its first {self.text_read:,} characters were read"
            )
        for note in self.ignored_cues:
            out.append(f"  ignored cue: {note}")
        return out


def _describe_hit(h: TermHit) -> str:
    if h.how == "exact":
        return f"{h.term!r} exact"
    return f"{h.term!r} as {h.found!r} ({h.how} {h.score:.0f})"


def term_hit(doc: Doc, h: Hit) -> TermHit:
    return TermHit(h.term.text, doc.text[h.start : h.end], h.how, h.score)


def dedupe_hits(doc: Doc, hs: Iterable[Hit]) -> list[TermHit]:
    """One hit per place in the text: the best-scoring term found there."""
    best: dict[tuple[int, int], Hit] = {}
    for h in hs:
        cur = best.get((h.start, h.end))
        if cur is None or (-h.score, h.term.key) < (-cur.score, cur.term.key):
            best[(h.start, h.end)] = h
    seen: set[tuple[str, str]] = set()
    out: list[TermHit] = []
    for h in sorted(best.values(), key=lambda h: (h.start, h.term.key)):
        th = term_hit(doc, h)
        if (th.term, th.found) not in seen:
            seen.add((th.term, th.found))
            out.append(th)
    return out


def all_term_hits(doc: Doc, cc: CompiledClaim, hits: dict[str, list[Hit]]) -> tuple[TermHit, ...]:
    hs = [h for g in cc.require for t in g for h in hits.get(t.key, ())]
    hs += [h for t in cc.context for h in hits.get(t.key, ())]
    return tuple(dedupe_hits(doc, hs))


def best_sentence(doc: Doc, cc: CompiledClaim, hits: dict[str, list[Hit]]) -> int:
    """The sentence with the most require groups, then the most context hits (first wins)."""
    groups: dict[int, set[int]] = {}
    ctx: dict[int, int] = {}
    for gi, g in enumerate(cc.require):
        for t in g:
            for h in hits.get(t.key, ()):
                groups.setdefault(h.sentence, set()).add(gi)
    for t in cc.context:
        for h in hits.get(t.key, ()):
            ctx[h.sentence] = ctx.get(h.sentence, 0) + 1
    best_i, best_key = 0, (-1, -1)
    for si in sorted(groups.keys() | ctx.keys()):
        key = (len(groups.get(si, ())), ctx.get(si, 0))
        if key > best_key:
            best_i, best_key = si, key
    return best_i

"""Counter-facts by assertion: words the claim's statement negates ("without her
consent"), or the counterparts of its words ("civilians": militants; "gifts": a loan),
asserted by the item ("the kiss was consensual", "the strike killed militants")."""

from __future__ import annotations

from bot.matching import lexicon
from bot.matching.claims import CompiledClaim
from bot.matching.cues import RULED_OUT, WORDS, Cue
from bot.matching.document import Doc
from bot.matching.words import has_cjk


def assertions(doc: Doc, cc: CompiledClaim) -> list[Cue]:
    """Words the claim's statement negates, asserted by the item: "the kiss was consensual"
    against a claim of a kiss "without her consent" (a counter-fact). Only in sentences
    with no negation and no "without" at all, so that "did not consent", "sin
    consentimiento" and "rızası olmadan" stay agreement."""
    out: list[Cue] = []
    stems = tuple(s for s in cc.negated_stems if len(s) >= 4 or has_cjk(s))
    if not stems:
        return out
    words = tuple(s for s in stems if not has_cjk(s))
    cjk = [s for s in stems if has_cjk(s)]
    folded = doc.folded
    for si, (a, b) in enumerate(doc.spans):
        sent = folded[a:b]
        found: tuple[int, int] | None = None
        for m in WORDS.finditer(sent):
            if words and m.group().startswith(words):
                found = m.span()
                break
        if found is None:
            found = next(((i, i + len(s)) for s in cjk if (i := sent.find(s)) >= 0), None)
        if found is None or lexicon.NEGATION_RE.search(sent):
            continue
        if cc.countered_stems and _says_it_too(sent, cc.countered_stems):
            continue  # "HRW accused the army, fighting jihadists, of executing civilians"
        if RULED_OUT and RULED_OUT.search(sent[max(0, found[0] - 60) : found[0]]):
            continue  # "rejects the police's claim of mistaken identity": agreement
        if not lexicon.PRIVATIVE.isdisjoint(WORDS.findall(sent)) or any(
            p in sent for p in lexicon.PRIVATIVE if has_cjk(p)
        ):
            continue
        start, end = a + found[0], a + found[1]
        out.append(Cue("counter", doc.text[start:end], start, end, si))
    return out


def _says_it_too(sent: str, stems: tuple[str, ...]) -> bool:
    """Whether a sentence has a word the claim's statement has a counterpart of."""
    words = tuple(s for s in stems if not has_cjk(s))
    return any(m.group().startswith(words) for m in WORDS.finditer(sent)) or any(
        s in sent for s in stems if has_cjk(s)
    )

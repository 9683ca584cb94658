"""Stance: the cues in an item and whether they concern a claim (contradiction or update).

A contradiction needs a cue (denial, falsehood label, correction, counter-fact, negated
claim action, or a claim's own `contradict` phrase) that concerns the claim — the claim's
terms, or a bare "the report", in what the cue applies to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.matching import lexicon
from bot.matching.claims import CompiledClaim, find_stem
from bot.matching.document import Doc
from bot.matching.gated import Gated, finditer, search_any
from bot.matching.terms import Hit
from bot.matching.words import CJK, has_cjk
from bot.text import fold, script_of


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    text: str
    start: int
    end: int
    sentence: int


CUE_KINDS: tuple[tuple[str, Gated], ...] = (
    ("denial", Gated(lexicon.DENIAL)),
    ("label", Gated(lexicon.LABEL)),
    ("correction", Gated(lexicon.CORRECTION)),
    ("counter", Gated(lexicon.COUNTER)),
)
NEGATION = Gated([lexicon.NEGATION])
#: a negation of the cue in its own clause ("did not deny"; not "never happened, rejecting")
_NEG_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|nicht|не|nie)\b|n't)[^\w,;:.!?]*(?:\w+[^\w,;:.!?]+){0,2}$"
)
#: where a negated clause ends (German: its verb stands just before)
_CLAUSE_TAIL = re.compile(r"[,;:.!?]|\s-\s")
#: the end of a clause (what a denial applies to ends there)
_CLAUSE_END = re.compile(r"[;:]|\s-\s")
_DENIED_ACCESS = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:access|entry|permission|visa|bail)\b")
_REPORT_REF = tuple(lexicon.REPORT_REF)
_REF = Gated(
    [
        r"\b(?:"
        + "|".join(re.escape(r) for r in lexicon.REPORT_REF)
        + ")|"
        + "|".join(r for r in lexicon.REPORT_REF if CJK.search(r))
    ]
)
WORDS = re.compile(r"[^\W_]+")
#: a negated infinitive (ru/uk -ть/-ти, pl -ć folded to -c) or a Chinese prohibitive
_INFINITIVE = re.compile(r"^\s+\w+(?:ть|ти|ться|тися|тись|ac|ec|ic|yc|sc)\b|^要|^得")


@dataclass(frozen=True, slots=True)
class NegSite:
    """A negation in a sentence, with what it may negate (claim-independent)."""

    sentence: int
    #: start and end of the negation word in the text
    start: int
    end: int
    #: Chinese: the characters after it; other scripts: the candidate negated words
    window: str
    words: tuple[str, ...]
    #: the folded text after the negation, to the sentence end
    after: str
    cjk: bool


class DocState:
    """Per-item stance work shared by the claims decided for the item (computed lazily)."""

    __slots__ = ("cues", "neg_sites")

    def __init__(self) -> None:
        self.cues: list[Cue] | None = None
        self.neg_sites: list[NegSite] | None = None


RANK = {"denial": 1, "correction": 2, "label": 3, "counter": 4, "negation": 5}


def _abs(offset: int, m: re.Match[str]) -> tuple[int, int]:
    return offset + m.start(), offset + m.end()


def find_cues(doc: Doc, hits: dict[str, list[Hit]]) -> list[Cue]:
    """Stance cues in the sentences that could concern a claim (terms or "the report")."""
    folded = doc.folded
    cues: list[Cue] = []
    with_terms = {h.sentence for hs in hits.values() for h in hs}
    ref = _REF.present(folded, doc.heads)
    kinds: list[tuple[str, list[tuple[re.Pattern[str], str | None]]]] | None = None
    for si, (a, b) in enumerate(doc.spans):
        sent = folded[a:b]
        if si not in with_terms and not search_any(ref, sent):
            continue
        if kinds is None:
            kinds = [(k, pats) for k, g in CUE_KINDS if (pats := g.present(folded, doc.heads))]
        for kind, pats in kinds:
            for m in finditer(pats, sent):
                before = sent[: m.start()]
                if kind in ("denial", "label") and _NEG_BEFORE.search(before):
                    continue  # "did not deny", "not a hoax"
                if kind == "denial" and _DENIED_ACCESS.match(sent[m.end() :]):
                    continue  # "denied access to", not a denial of a report
                cues.append(Cue(kind, doc.text[a + m.start() : a + m.end()], *_abs(a, m), si))
    return cues


def neg_sites(doc: Doc) -> list[NegSite]:
    """Negations that may negate a claim's action, whatever the claim."""
    folded = doc.folded
    out: list[NegSite] = []
    pats = NEGATION.present(folded, doc.heads)
    if not pats:
        return out
    for si, (a, b) in enumerate(doc.spans):
        sent = folded[a:b]
        for m in finditer(pats, sent):
            before = sent[max(0, m.start() - 4) : m.start()]
            after = sent[m.end() :]
            if _INFINITIVE.match(after):
                continue  # "попросил не включать", "nie włączać", "不要": a request
            if has_cjk(m.group()):
                out.append(NegSite(si, a + m.start(), a + m.end(), after[:6], (), after, True))
                continue
            if before.endswith("to ") or after.startswith((" to ", " zu ")):
                continue  # "asked him not to activate": a request, not a denial
            words = WORDS.findall(after[:80])
            if "comment" in words[:5] or "commented" in words[:5]:
                continue  # "was not available for comment"
            light = any(w in lexicon.NEG_LIGHT for w in words[:2])
            words = [w for w in words if w not in lexicon.NEG_SKIP][:3]
            if not words:
                continue
            cand = [words[0]]
            if words[0] in lexicon.NEG_LIGHT:
                cand = words[1:3]
            elif light:
                cand = words[:3]  # "never had Starlink service": the light verb's object
            neg = m.group()
            if neg in lexicon.VERB_FINAL_NEGATION and (
                neg not in lexicon.SHARED_NEGATION
                or not lexicon.VERB_FINAL_HINTS.isdisjoint(WORDS.findall(sent))
            ):
                # German puts the verb last: "hat nie mit Putin gesprochen"
                clause = _CLAUSE_TAIL.split(after, maxsplit=1)[0]
                tail = WORDS.findall(clause)[-2:]
                if tail[:1] == ["zu"]:
                    continue  # "bat Musk, Starlink nicht über Taiwan zu aktivieren": a request
                cand = [*cand, *tail[-1:]]
            out.append(NegSite(si, a + m.start(), a + m.end(), "", tuple(cand), after, False))
    return out


def negations(doc: Doc, cc: CompiledClaim, sites: list[NegSite]) -> list[Cue]:
    """Negated claim actions: "did not speak with", "was never activated", "не общался"."""
    out: list[Cue] = []
    if not cc.action_stems:
        return out
    cjk_stems = cc.action_cjk
    word_stems = cc.action_words
    for site in sites:
        if site.cjk:
            if any(st in site.window for st in cjk_stems):
                out.append(
                    Cue(
                        "negation",
                        doc.text[site.start : site.end + 4],
                        site.start,
                        site.end,
                        site.sentence,
                    )
                )
            continue
        hit = next((w for w in site.words if w.startswith(word_stems)), None)
        if hit is not None:
            end = site.after.find(hit) + len(hit) + site.end
            out.append(Cue("negation", doc.text[site.start : end], site.start, end, site.sentence))
    return out


def concerns(doc: Doc, cue: Cue, cc: CompiledClaim, hits: dict[str, list[Hit]]) -> str | None:
    """Why the cue concerns the claim (None when it does not)."""
    a, b = doc.spans[cue.sentence]
    lo = a
    if cue.kind == "denial":
        tail = doc.text[cue.end : b]
        if len(WORDS.findall(tail)) >= 2:
            lo = cue.start
            # what is denied ends with its clause ("denies X; Musk praises Putin")
            semi = tail.find(";")
            if semi >= 0 and len(WORDS.findall(tail[:semi])) >= 2:
                b = cue.end + semi
    groups: set[int] = set()
    for gi, group in enumerate(cc.require):
        for term in group:
            if any(lo <= h.start < b for h in hits.get(term.key, ())):
                groups.add(gi)
    ctx = any(
        lo <= h.start < b for term in cc.context for h in hits.get(term.key, ())
    ) or find_stem(doc.folded[lo:b], cc.context_res)
    need = min(2, len(cc.require))
    if len(groups) >= need:
        return "the claim's terms are in the sentence"
    if groups and (ctx or not cc.context):
        return "the claim's terms and context are in the sentence"
    if cue.kind == "denial" and lo > a and cc.action_words:
        # "X, Y denies Z asked him anything": the claim's terms in the sentence and one
        # of its actions in the clause denied
        whole = {
            gi
            for gi, group in enumerate(cc.require)
            for term in group
            if any(a <= h.start < b for h in hits.get(term.key, ()))
        }
        if len(whole) >= need:
            clause = doc.folded[cue.end : b]
            stop = _CLAUSE_END.search(clause)
            if stop is not None:
                clause = clause[: stop.start()]
            act = next((w for w in WORDS.findall(clause) if w.startswith(cc.action_words)), None)
            if act is not None:
                return f"the claim's terms are in the sentence and {act!r} is denied"
    # a reference to the report: bare ("denies the report") or about the claim's terms
    span = doc.words_in(lo, b)
    norms = [fold(doc.raws[i]) for i in span]
    for k, norm in enumerate(norms):
        if not norm.startswith(_REPORT_REF):
            continue
        if norm in ("it", "this") and not (norm == "it" and k > 0):
            continue
        if len(norm) > 4 and norm not in lexicon.REPORT_REF and script_of(norm) == "latin":
            continue  # "reporter", "claimed" by prefix: only the nouns count
        nxt = norms[k + 1] if k + 1 < len(norms) else None
        raw = doc.raws[span[k]]
        if nxt is None or nxt in lexicon.REPORT_TAIL_OK:
            return f"it refers to {raw!r}"
        start = doc.wstart[span[k]]
        if groups and any(
            h.start > start and h.sentence == cue.sentence
            for g in cc.require
            for t in g
            for h in hits.get(t.key, ())
        ):
            return f"it refers to {raw!r} about the claim"
    return None

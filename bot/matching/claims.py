"""Claims compiled for matching: terms, context, and the claim's action vocabulary."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.matching import lexicon
from bot.matching.terms import Term
from bot.matching.words import STOP, en_stem, has_cjk, with_verb_forms
from bot.records import Claim
from bot.text import fold, script_of, tokenize


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


def compile_claim(term: Callable[[str], Term], claim: Claim) -> CompiledClaim:
    """A claim compiled: its terms (through `term`), action stems and context stems."""
    require = tuple(tuple(term(t) for t in group) for group in claim.require)
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
        context_res=tuple(
            (st, None if has_cjk(st) else re.compile(r"\b" + re.escape(st))) for st in context_stems
        ),
    )


def find_stem(folded: str, stems: Sequence[tuple[str, re.Pattern[str] | None]]) -> str | None:
    """The first stem found at a word start (Chinese: anywhere) in a folded text."""
    for s, pat in stems:
        if s in folded and (pat is None or pat.search(folded)):
            return s
    return None

"""What a cue applies to: the words after it in its clause, up to a circumstance ("after
the closure") and without the dates that only say when ("denied on Tuesday"), and what
kind of object they make (someone's part only, "any role"; a word that refers back,
"denies this")."""

from __future__ import annotations

import itertools

from bot.matching import lexicon
from bot.matching.cues import Cue
from bot.matching.document import Doc
from bot.text import fold


def cue_object(doc: Doc, cue: Cue, b: int) -> tuple[list[str], list[str]]:
    """What a denial applies to, as folded words: its core (up to the first adjunct word,
    "after", "over", …) and all of it (to the clause end)."""
    words = [fold(doc.raws[i]) for i in doc.words_in(cue.end, b)]
    words = list(itertools.dropwhile(lambda w: w in lexicon.DISCOURSE, without_dates(words)))
    core = words
    for k, w in enumerate(words):
        if k > 0 and w in lexicon.ADJUNCT:
            core = words[:k]
            break
    return core, words


def without_dates(words: list[str]) -> list[str]:
    """Words without the days and dates among them, their day numbers and the short word
    that brings them ("denied on Tuesday that …", "dément ce mardi 22 janvier")."""
    if lexicon.TIME.isdisjoint(words):
        return words
    n = len(words)

    def date_at(i: int) -> bool:  # a day or month, or a day number beside one
        w = words[i] if 0 <= i < n else ""
        if w in lexicon.TIME:
            return True
        near = (words[k] for k in (i - 1, i + 1) if 0 <= k < n)
        return w.isdigit() and len(w) <= 2 and any(x in lexicon.TIME for x in near)

    return [
        w
        for i, w in enumerate(words)
        if not date_at(i) and not (len(w) <= 4 and not w.isdigit() and date_at(i + 1))
    ]


def only_involvement(core: list[str]) -> bool:
    """Whether what a denial applies to is someone's part in general, and nothing else
    ("its involvement", "any role")."""
    return (
        bool(core)
        and all(w in lexicon.INVOLVEMENT for w in core)
        and any(len(w) >= 4 for w in core)
    )


def anaphoric_object(core: list[str]) -> str | None:
    """The word referring back that is all a denial applies to ("denies this", "bestreitet
    dies"), with at most words of involvement beside it (None: there is none)."""
    if not core or not all(w in lexicon.ANAPHORA or w in lexicon.INVOLVEMENT for w in core):
        return None
    return next((w for w in core if w in lexicon.ANAPHORA), None)


def involvement_of(core: list[str]) -> bool:
    """Whether what a denial applies to is involvement, of someone named in a few words
    ("streitet eine Beteiligung der Regierung ab", "denies any role of the ministry")."""
    k = next((i for i, w in enumerate(core) if w not in lexicon.INVOLVEMENT), len(core))
    # a word of some length among them: a noun of involvement, not only "the", "any"
    return len(core) - k <= 2 and any(len(w) >= 6 for w in core[:k])


#: words of clearing someone ("acquitted", "absuelto", "freigesprochen"; "exonerado")
_CLEARING = tuple(
    dict.fromkeys(
        st
        for w in ("acquit", "exonera", "exonero", "exonere")
        for st in (w, *(fold(t) for t in lexicon.translations(w)))
        if len(st) >= 5
    )
)


def clearing(lead: list[str]) -> bool:
    """Whether a denial's object starts with clearing someone ("desmiente haber exonerado
    a …", "denies acquitting him"): denying a clearing denies no accusation."""
    return bool(lead) and lead[0].startswith(_CLEARING)

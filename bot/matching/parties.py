"""Who did it: the party a claim blames, and another party an item accuses instead.

A claim such as "Russian forces blew up the Kakhovka dam" blames a party (Russia). An
item about the claim in which a third party is accused of it is a counter-account:
"Kremlin accuses Kyiv of blowing up the dam", "Rzecznik Kremla oskarża Kijów o wysadzenie
zapory". Parties are the places and institutions of the lexicons' [places] tables, in
every language; accusation frames are the lexicons' `accused` patterns.

A party counts as accused instead when it is named in none of the claim's words (not the
party blamed, nor where or to whom it happened), it is the one accused in a sentence that
holds one of the claim's action or object words, and the party the claim blames stands
beside none of those words there ("Ukraine accuses Russia of blowing up the dam" agrees).
A third party merely standing beside the claim's words ("Yemeni drone attacks", "Chinese
weapons", "Italian journalists") is not enough: tried, it raised false contradictions on
the generalisation set from 1.9% to 2.8%.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.matching import lexicon
from bot.matching.document import Doc
from bot.matching.terms import Hit, Term
from bot.matching.words import has_cjk
from bot.text import LETTERS, fold, tokenize

WORDS = re.compile(LETTERS)

#: prepositions before a statement's place that make it where (or to whom) something
#: happened, not who did it ("in southern Ukraine", "attacks on Saudi Aramco")
_WHERE = frozenset({"in", "at", "on", "near", "over", "inside", "into", "across", "from", "to"})
#: words after which a statement names who did it ("blown up … by a Ukrainian team")
_BY = frozenset({"by", "behind"})
#: how many words before a claim word, and after it, the blamed party counts as beside it
_BEFORE, _AFTER = 2, 1
#: prepositions of place: a place right after one is where something happens, not a party
_AT = frozenset("in at near u v w we в во у à en em nel nella nello im dans".split())
_ACCUSED = re.compile("|".join(lexicon.ACCUSED)) if lexicon.ACCUSED else None


@lru_cache(maxsize=1)
def _stems() -> tuple[dict[str, list[tuple[str, str]]], list[tuple[str, str]]]:
    """Place stems of the other languages by their first two letters, and the Chinese ones."""
    by_start: dict[str, list[tuple[str, str]]] = {}
    cjk: list[tuple[str, str]] = []
    for key, stems in lexicon.PLACES.items():
        for raw in stems:
            stem = fold(raw)
            if has_cjk(stem):
                cjk.append((stem, key))
            elif len(stem) >= 5 and " " not in stem:
                by_start.setdefault(stem[:2], []).append((stem, key))
    return by_start, cjk


def _word_places(word: str) -> tuple[str, ...]:
    """The places a folded word names (English forms exactly, other languages by stem)."""
    if len(word) < 4:
        return ()
    keys = lexicon.PLACE_FORMS.get(word)
    if keys:
        return keys
    by_start, _ = _stems()
    return tuple(dict.fromkeys(k for s, k in by_start.get(word[:2], ()) if word.startswith(s)))


def holder_blamed(doc: Doc, start: int, end: int, blamed: frozenset[str]) -> bool:
    """Whether the word right before a span, or right after it in its clause, names a
    party the claim blames: its own lies ("Téhéran ment", "Russian lies", "mensonges
    russes")."""
    before = _HOLDER_BEFORE.search(doc.folded, max(0, start - 40), start)
    after = _HOLDER_AFTER.match(doc.folded, end, end + 40)
    words = [m.group(1) for m in (before, after) if m is not None]
    return any(set(_word_places(w)) & blamed for w in words)


#: the word right before a span (nothing but spaces between), and right after it
_HOLDER_BEFORE = re.compile(r"(\w+)[ \t]+$")
_HOLDER_AFTER = re.compile(r"[ \t]+(\w+)")


def statement_parties(statement: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the places a statement blames, all the places it names)."""
    norms = [tk.norm for tk in tokenize(statement) if not tk.joined]
    blamed: set[str] = set()
    named: set[str] = set()
    for i, norm in enumerate(norms):
        pair = " ".join(norms[i : i + 2])
        keys = lexicon.PLACE_FORMS.get(pair) or lexicon.PLACE_FORMS.get(norm) or ()
        if not keys:
            continue
        named.update(keys)
        before = norms[max(0, i - 2) : i]
        if any(w in _BY for w in norms[max(0, i - 3) : i]) or not any(w in _WHERE for w in before):
            blamed.update(keys)
    return frozenset(blamed), frozenset(named)


def claim_places(terms: Sequence[Term]) -> frozenset[str]:
    """The places among a claim's own terms ("Saudi", "Kyiv")."""
    out: set[str] = set()
    for t in terms:
        out.update(lexicon.PLACE_FORMS.get(fold(t.text), ()))
    return frozenset(out)


def accused_instead(
    doc: Doc,
    blamed: frozenset[str],
    named: frozenset[str],
    anchors: Sequence[Hit],
) -> list[tuple[int, int, int, str]]:
    """Another party accused of what the claim blames on `blamed`: (start, end, sentence,
    place), one per sentence at most. `anchors` are the claim's action and object words
    found in the item."""
    if not blamed:
        return []
    by_sentence: dict[int, list[Hit]] = {}
    for h in anchors:
        by_sentence.setdefault(h.sentence, []).append(h)
    out: list[tuple[int, int, int, str]] = []
    for si, hits in by_sentence.items():
        a, b = doc.spans[si]
        words = [(a + m.start(), a + m.end(), m.group()) for m in WORDS.finditer(doc.folded[a:b])]
        places = [(k, _word_places(w)) for k, (_, _, w) in enumerate(words)]
        starts = [s for s, _, _ in words]
        near: set[int] = set()
        for h in hits:
            k = next((i for i, s in enumerate(starts) if s >= h.start), len(words))
            near.update(range(max(0, k - _BEFORE), k))
            k_end = next((i for i, s in enumerate(starts) if s >= h.end), len(words))
            near.update(range(k_end, min(len(words), k_end + _AFTER)))
        if any(set(keys) & blamed for i, keys in places if i in near):
            continue
        found = None
        for i, keys in places:
            if not keys or set(keys) & named:
                continue
            if i > 0 and words[i - 1][2] in _AT:
                continue  # "stao je pred sud u Ateni, optužen za …": where, not who
            if _ACCUSED is not None and _accused_before(doc, a, words, i):
                found = (words[i][0], words[i][1], si, keys[0])
                break
        if found is not None:
            out.append(found)
    return out


def _accused_before(doc: Doc, a: int, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the place at word i is the one accused ("accuses Kyiv of …"): the words
    after it, up to three, end an accusation frame."""
    assert _ACCUSED is not None
    start = words[i][0]
    for j in range(i + 1, min(len(words), i + 4)):
        text = doc.folded[max(a, start - 40) : words[j][0]]
        if _ACCUSED.search(text):
            return True
    return False

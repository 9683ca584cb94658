"""A quick test that a plain ASCII word stands for none of some term tokens."""

from __future__ import annotations

import re
import string

from bot.matching.spellings import CH_WITH_T
from bot.matching.words import adjective_bases, term_stems
from bot.text import script_of, skeleton, to_ascii

_NOT_LETTER = re.compile(r"[^a-z]")
#: the first letter of the skeleton of an ASCII word by its first two letters (the one
#: start for which the third letter matters, "ck", is left out)
_SKELETON_FIRST = {
    a + b: skeleton(a + b + "b")[:1]
    for a in string.ascii_lowercase + string.digits
    for b in string.ascii_lowercase + string.digits
    if a + b != "ck"
}


class QuickTest:
    """Whether a plain ASCII word (letters or digits) surely stands for none of some term
    tokens, without looking it up: a word standing for a token starts with one of the
    token's stems, or is a fuzzy candidate of a name among them.

    Fuzzy candidates share the name's first skeleton letter (it depends on a word's first
    three letters only) and a length near the name's: a word's forms are it and its stems,
    0-4 letters shorter, and a form and a name differ by at most 2 in length. Lower-case
    words only meet Latin names of 7+ letters. A name in another script is compared by
    its ASCII form (fuzzy, as a Latin name of any case) and by its consonant skeleton,
    which a Latin word of six letters or more may share when it starts with the same
    skeleton letter.
    """

    __slots__ = ("_cross", "_cross_capital", "_fuzzy", "_letters", "_stems")

    _cross: frozenset[str]
    _stems: dict[str, tuple[str, ...]]

    def __init__(self, tokens: set[str], names: set[str]) -> None:
        #: the stems by their first two characters (a word starts with one of its bucket);
        #: stems of one character are in the bucket of every two-character start
        stems = {st for tok in tokens for st in term_stems(tok)}
        short = {st for st in stems if len(st) < 2}
        heads = {st[:2] for st in stems if len(st) >= 2}
        heads |= short | {c + d for c in short for d in string.ascii_lowercase + string.digits}
        self._stems = {
            h: tuple(sorted(st for st in stems if st.startswith(h) or st in short)) for h in heads
        }
        own_names = {tok for tok in tokens if tok in names and len(tok) >= 3}
        #: first skeleton letters of names in other scripts (and of their stems): a Latin
        #: word of six letters or more with one of them may share a name's skeleton
        self._cross = frozenset(
            skeleton(to_ascii(form))[:1]
            for tok in own_names
            if script_of(tok) != "latin"
            for form in (tok, *term_stems(tok))
            if to_ascii(form)
        )
        #: first skeleton letters of Latin names of six letters or more: a capitalised word
        #: of six or more may be the name spelled another language's way (Schurawljow)
        self._cross_capital = self._cross | frozenset(
            skeleton(to_ascii(tok))[:1]
            for tok in own_names
            if script_of(tok) == "latin" and len(to_ascii(tok)) >= 6
        )
        #: (skeleton letter, word length) of candidates: lower-case words, capitalised ones
        fuzzy: tuple[set[tuple[str, int]], set[tuple[str, int]]] = (set(), set())
        #: per skeleton letter, the letters of those names: a word within two edits of a
        #: name (or a stem of the word) lacks at most two of the name's letters
        letters: dict[str, list[frozenset[str]]] = {}
        forms = [(tok, to_ascii(tok)) for tok in own_names]
        # a name's form without an initial h other languages drop (Hormuz: Ormuz)
        forms += [(tok, a[1:]) for tok, a in forms if a.startswith("h") and len(a) >= 6]
        for tok, a in forms:
            if len(a) >= 5:
                letter = skeleton(a)[:1]
                letters.setdefault(letter, []).append(frozenset(a))
                # a name in another script meets lower-case words of any length too
                lower_too = len(a) >= 7 or script_of(tok) != "latin"
                for n in range(max(5, len(a) - 2), len(a) + 7):
                    fuzzy[1].add((letter, n))
                    if lower_too:
                        fuzzy[0].add((letter, n))
        self._fuzzy = (frozenset(fuzzy[0]), frozenset(fuzzy[1]))
        self._letters = {k: tuple(v) for k, v in letters.items()}

    def none(self, raw: str) -> bool:
        """True when the word surely stands for none of the tokens (False: look it up).

        `raw`: a word as written (letters and digits), or two joined by a hyphen without it.
        """
        if not raw.isascii() or not raw.isalnum():
            return False
        norm = raw.lower()
        stems = self._stems.get(norm[:2])
        if stems is not None and norm.startswith(stems):
            return False
        if stems is not None and raw[0].isupper():
            if any(base.startswith(stems) for base in adjective_bases(norm)):
                return False  # "Novom" (Sadu): the Novi of Novi Sad
        if not norm.isalpha():
            # letters and digits: names are compared by their letters (fuzzy from five)
            return norm.isdigit() or len(_NOT_LETTER.sub("", norm)) < 5
        if len(norm) < 5:
            return True
        letter = _SKELETON_FIRST.get(norm[:2]) or skeleton(norm[:3])[:1]
        if len(norm) >= 6:
            cross = self._cross_capital if raw[0].isupper() else self._cross
            if letter in cross or (norm.startswith(CH_WITH_T) and "c" in cross):
                return False  # Tchernobyl, Tsjernobyl: Chernobyl (`latin_name_skeletons`)
        if (letter, len(norm)) not in self._fuzzy[raw[:1].isupper()]:
            return True
        have = set(norm)
        return all(len(name - have) > 2 for name in self._letters[letter])

"""Names spelled within an edit or two of a claim's name (Kirienko: Kiriyenko; Kreml:
Kremlin), found by edit distance among the name forms of the same first skeleton letter
and about the same length."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from bot.records import HitKind
from bot.text import script_of, skeleton, to_ascii

__all__ = ["FuzzyNames", "close_enough"]


class FuzzyNames:
    """A matcher's ASCII name forms, for words spelled a little differently."""

    __slots__ = ("_ascii", "_by_skeleton", "_distance")

    def __init__(self, ascii_forms: Mapping[str, set[str]]) -> None:
        #: ASCII form → the term tokens it is
        self._ascii = ascii_forms
        #: name forms by first skeleton letter, then length (fuzzy candidates share both)
        self._by_skeleton: dict[str, dict[int, list[str]]] = {}
        for a in sorted(ascii_forms):
            if len(a) >= 5:
                self._by_skeleton.setdefault(skeleton(a)[:1], {}).setdefault(len(a), []).append(a)
        self._distance: Callable[..., int] | None = None
        if self._by_skeleton:
            from rapidfuzz.distance import Levenshtein  # only matchers with names need it

            self._distance = Levenshtein.distance

    def __bool__(self) -> bool:
        return self._distance is not None

    def matches(
        self, forms: list[str], script: str, capital: bool, found: Mapping[str, object]
    ) -> dict[str, tuple[HitKind, float]]:
        """The term tokens a word's ASCII forms (whole word first) spell within an edit or
        two, not already `found`: the best similarity each (ties: the earlier form)."""
        distance = self._distance
        assert distance is not None
        # best similarity per term token over the forms (ties: the earlier form)
        best: dict[str, tuple[HitKind, float]] = {}
        for at, form in enumerate(forms):
            size = len(form)
            if size < 5:
                continue
            # the skeleton's first letter depends on the first three letters only
            by_size = self._by_skeleton.get(skeleton(form[:3])[:1])
            if not by_size:
                continue
            for n in range(max(5, size - 2), size + 3):
                bucket = by_size.get(n)
                if not bucket:
                    continue
                limit = 1 if n < 7 else 2
                if abs(n - size) > limit:
                    continue
                for choice in bucket:
                    dist = distance(form, choice, score_cutoff=limit)
                    if dist > limit:
                        continue
                    # two edits in a Latin word and a Latin name of under ten letters
                    # only where spellings of one name differ (vowels, glides: Kiriyenko,
                    # Kirienko) or the word is the name cut short (Kreml for Kremlin);
                    # otherwise they make another word (starting, sterling for Starlink).
                    # A short name (five or six letters) cut short by one letter is most
                    # often a word of its own (Crime for Crimea), not the name.
                    if dist == 2:
                        same = (
                            n >= 10 or choice.startswith(form) or skeleton(form) == skeleton(choice)
                        )
                    else:
                        same = dist == 0 or n >= 7 or not choice.startswith(form)
                    for term_tok in self._ascii[choice]:
                        if term_tok in found:
                            continue
                        cross = script_of(term_tok) != script
                        if not (same or cross):
                            continue
                        if cross and n < 7 and dist and skeleton(form) != skeleton(choice):
                            continue  # a short name's spelling differs in vowels, not m/l
                        if cross and dist == 2 and not same and form[:5] != choice[:5]:
                            # Молдавии: moldavii is not Mollaei (but Каховськ: kakhovsk,
                            # the adjective of Kakhovka, is hers)
                            continue
                        if not cross and (n < 7 or (dist and n < 9)) and not capital:
                            continue  # short names: capitalised words ("crimes", "sirens")
                        if (
                            not cross
                            and n < 7
                            and at
                            and size == n
                            and dist
                            and form[-1] != choice[-1]
                        ):
                            # a word cut at an ending whose last letter is then not the
                            # short name's is another name (Marion: "Mario", no Maria;
                            # but München: "Munch", Munich; Aktauda: "Aktaud", Aktau)
                            continue
                        if (
                            not cross
                            and n < 7
                            and dist
                            and n == size
                            and _other_letter(form, choice)
                        ):
                            continue  # a short name's other letter: Dukov(any) is no Durov
                        sim = round(min(100.0 * (1 - dist / max(n, size)), 99.0), 1)
                        cur = best.get(term_tok)
                        if cur is None or sim > cur[1]:
                            best[term_tok] = ("transliterated" if cross else "fuzzy", sim)
        return best


#: letters that spell one sibilant or affricate differently across languages (Bucha:
#: Bucza, Buča)
_HUSHING = frozenset("szcxhj")
_VOWELS = frozenset("aeiouy")


def _other_letter(form: str, name: str) -> bool:
    """Whether a word of a short name's length differs from it by a letter that makes
    another word (Dukov: Durov), not by its vowels, glides or sibilants (Durow, Bucza)."""
    if skeleton(form) == skeleton(name):
        return False
    diff = [(a, b) for a, b in zip(form, name, strict=True) if a != b]
    return not all({a, b} <= _HUSHING or {a, b} <= _VOWELS for a, b in diff)


#: names of this many ASCII letters or fewer meet an Indic word by more than their
#: skeleton: a short Hindi word's consonants are those of many names (Milei: मिला, "got")
_SHORT_NAME = 5


def close_enough(form: str, term_tok: str) -> bool:
    """Whether an Indic word, in ASCII, is close enough to a name it shares a skeleton
    with: any word for a long name, one edit at most for a short one (मस्क: mask, Musk;
    not मिला: mila, Milei)."""
    name = to_ascii(term_tok)
    if len(name) > _SHORT_NAME:
        return True
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(_sounds(form), _sounds(name), score_cutoff=1) <= 1


def _sounds(word: str) -> str:
    """A word's letters as sounds where spellings of one name differ (City: siti, Сити)."""
    return _SOFT_C.sub("s", word).replace("y", "i").replace("w", "v")


_SOFT_C = re.compile(r"c(?=[eiy])")

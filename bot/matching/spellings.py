"""Skeletons a word may share with a Latin name spelled another language's way (the
matcher's index compares names by their consonant skeletons: `bot.text.skeleton`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.text import skeleton

#: an adjective made from a place's name, transliterated (гаванский: gavanskiy)
_CYRILLIC_ADJECTIVE = re.compile(
    r"(?<=\w{4})s?k(?:iy|ij|aya|aia|oye|oe|ie|iye|iie|ogo|oho|omu|oy|oi|im|ikh|ykh|imi|ymi|a|e|i|y|ym|u|uiu|uyu)$"
)


def latin_name_skeletons(form: str) -> list[str]:
    """Skeletons a Latin word shares with a Latin name spelled another language's way:
    its own; German, Polish and Czech spellings, where ch writes х (Kachowka: Kakhovka,
    Charkiw: Kharkiv); and French and Portuguese spellings of a Slavic name, where j writes
    ж and a final e is silent (Prigojine: Prigozhin); and the other languages' spellings of
    the English ch, ч (Tchernobyl, Tschernobyl, Czarnobyl, Csernobil, Tsjernobyl, and
    Černobyl or Cernobîl: Chernobyl)."""
    out = [skeleton(form)]
    ch = _CH_SPELLINGS.sub("ch", form)
    if ch != form:
        out.append(skeleton(ch))
    if "ch" in form and "sch" not in form:
        out.append(skeleton(form.replace("ch", "kh")))
    if "j" in form[1:]:
        zh = form[0] + form[1:].replace("j", "zh")
        out += [skeleton(zh), skeleton(zh.removesuffix("e"))]
    return out


#: the spellings of the English ch (ч) that start with a t: German tsch, French tch, Dutch
#: and Norwegian tsj (a word starting with one may be a name English starts with ch)
CH_WITH_T = ("tsch", "tch", "tsj")
#: how the languages write the sound of ch in Chernobyl: those, Polish cz, Hungarian cs,
#: and a c before e or i (Czech č folded, Romanian and Italian)
_CH_SPELLINGS = re.compile("|".join(CH_WITH_T) + r"|cz|cs(?=[aeiou])|c(?=[ei])")


def cyrillic_name_skeletons(forms: Sequence[str]) -> list[str]:
    """More skeletons a Cyrillic word may share with a Latin name: Г written for H
    (Гавана: Havana, Гаага: Hague), Дж for J, and the base of an adjective made from the name with
    the name's final vowel (гаванский, гаванського: Havana)."""
    out: list[str] = []
    for form in forms:
        bases = [form]
        base = _CYRILLIC_ADJECTIVE.sub("", form)
        if base != form and len(base) >= 4:
            bases += [base + "a", base + "ia"]
        for b in bases:
            variants = [b, "h" + b[1:]] if b.startswith("g") else [b]
            if "dzh" in b:  # Дж writes an English j (Ниджар: Nijjar, Джонсон: Johnson)
                variants.append(b.replace("dzh", "j"))
                variants.append(b.replace("dzh", "g"))  # and a soft g (Джорджеску: Georgescu)
            for v in variants:
                if v is not form:
                    out.append(skeleton(v))
    return out


class Cognates:
    """Lower-case Latin term words found in words of other scripts: in Cyrillic words that
    start with them once transliterated (six letters or more), the international words
    the languages share ("biolab": біолабораторії, biolaboratorii; "laboratories":
    лаборатории); in Indic words with their skeleton (five letters or more), the loanwords
    written by their sound ("laddu": लड्डू; "firewall": फ़ायरवॉल)."""

    __slots__ = ("_sounds", "_stems")

    #: the shortest stem compared ("plane" would find планета)
    SHORTEST = 6
    #: the shortest word compared by its sound
    SHORTEST_SOUND = 5

    def __init__(self) -> None:
        self._stems: dict[str, set[str]] = {}
        self._sounds: dict[str, set[str]] = {}

    def add(self, tok: str, stems: set[str]) -> None:
        """A term word and its English stems."""
        for stem in stems:
            if len(stem) >= self.SHORTEST and stem.isascii() and stem.isalpha():
                self._stems.setdefault(_as_cyrillic_writes(stem), set()).add(tok)
        for form in {tok, *stems}:
            if len(form) >= self.SHORTEST_SOUND and form.isascii() and form.isalpha():
                for key in _sound_keys(form):
                    self._sounds.setdefault(key, set()).add(tok)

    def __bool__(self) -> bool:
        return bool(self._stems) or bool(self._sounds)

    def lookup(self, ascii_form: str, by_sound: bool = False) -> set[str]:
        """The term words a transliterated word starts with (Cyrillic), or shares a sound
        key with (`by_sound`: an Indic word)."""
        if by_sound:
            if len(ascii_form) < self.SHORTEST_SOUND:
                return set()
            return {t for key in _sound_keys(ascii_form) for t in self._sounds.get(key, ())}
        found: set[str] = set()
        ascii_form = _as_cyrillic_writes(ascii_form)
        for n in range(self.SHORTEST, len(ascii_form) + 1):
            found.update(self._stems.get(ascii_form[:n], ()))
        return found


def _sound_keys(form: str) -> list[str]:
    """The keys a loanword and its Indic spelling share: the skeleton, and the consonants
    alone when there are four or more (the scripts write vowels their own way: इंटरनेट,
    intaranet: internet; फ़ायरवॉल, phayaravol: firewall)."""
    consonants = _DOUBLED.sub(r"\1", _NOT_CONSONANT.sub("", _LOAN_SOUNDS.sub(_loan_sound, form)))
    return [skeleton(form), "c:" + consonants] if len(consonants) >= 4 else [skeleton(form)]


_LOAN_SOUNDS = re.compile("ph|ck|c|w|q")
_NOT_CONSONANT = re.compile("[aeiouhy]")
_DOUBLED = re.compile(r"(.)\1+")


_LOAN_SPELLING = {"ph": "f", "w": "v", "ck": "k", "c": "k", "q": "k"}


def _loan_sound(m: re.Match[str]) -> str:
    return _LOAN_SPELLING[m.group()]


def _as_cyrillic_writes(form: str) -> str:
    """A Latin spelling as Cyrillic writes its sounds, transliterated back (ruthenium:
    рутений, rutenii; phosphate: фосфат)."""
    return form.replace("th", "t").replace("ph", "f").replace("ck", "k")

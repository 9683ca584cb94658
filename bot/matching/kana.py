"""Names written in Japanese katakana or Korean hangul (ホンダ, 혼다와: Honda).

Japanese writes foreign names in katakana inside runs of other characters; Korean writes
every name in hangul, with its particles attached (혼다와, 젤렌스카가). Both add vowels a
Latin name does not have (Zelenska: ゼレンスカ, zerensuka; 젤렌스카, jellenseuka), have no
l/r, v/b or f/p distinction, and Korean does not tell voiced from voiceless consonants.
A name and a word are compared by a *sound key* built the same way from both:

- long names (four consonants or more) by their consonants alone, after the shared
  normalisation (z → j, l → r, v → b, f → p, voiced → voiceless, h and glides dropped,
  doubled letters once): Zelenska, ゼレンスカ and 젤렌스카 are all `jrnsk`;
- shorter ones by consonants and vowels (Honda: `onta`; 혼다 is `onta`, 한다 "does" is
  `anta`), where a vowel the script had to add after a consonant (Bild: 빌트, bilteu)
  may be left out.

Pure functions over strings; `KanaNames` is the index of a matcher's Latin names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["KanaNames", "katakana_romaji", "sound_keys"]

_KATAKANA_RUN = re.compile("[\u30a1-\u30fa\u30fc]{2,}")
_HANGUL_RUN = re.compile("[\uac00-\ud7a3]{2,}")

_ROWS = {
    "": "aiueo",
    "k": "カキクケコ",
    "g": "ガギグゲゴ",
    "s": "サシスセソ",
    "z": "ザジズゼゾ",
    "t": "タチツテト",
    "d": "ダヂヅデド",
    "n": "ナニヌネノ",
    "h": "ハヒフヘホ",
    "b": "バビブベボ",
    "p": "パピプペポ",
    "m": "マミムメモ",
    "r": "ラリルレロ",
}
_BASE: dict[str, str] = {}
for _c, _row in _ROWS.items():
    if _c:
        for _v, _ch in zip("aiueo", _row, strict=True):
            _BASE[_ch] = _c + _v
_BASE.update(
    {
        "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o",
        "シ": "shi", "チ": "chi", "ツ": "tsu", "ジ": "ji", "ヂ": "ji", "ヅ": "zu",
        "ヤ": "ya", "ユ": "yu", "ヨ": "yo", "ワ": "wa", "ヲ": "o", "ン": "n", "ヴ": "vu",
        # フ stands for a foreign h before u (ネタニヤフ, Netanyahu); f is フ + a small vowel
        "フ": "hu",
    }
)  # fmt: skip
#: small vowels and glides: they replace the vowel of the syllable before (ティ: ti)
_SMALL = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ャ": "ya", "ュ": "yu", "ョ": "yo"}


def katakana_romaji(run: str) -> str:
    """A katakana run in Latin letters (ジョージェスク: jojesuku; ッ doubles what follows)."""
    out: list[str] = []
    double = False
    for ch in run:
        if ch == "ッ":
            double = True
            continue
        if ch == "ー":
            continue  # a long vowel: the same vowel (sound keys count vowels once)
        small = _SMALL.get(ch)
        if small is not None and out:
            prev = out[-1]
            cons = prev[:-1] if prev[-1:] in "aiueo" else prev
            if prev == "hu":
                cons = "f"  # フィ, ファ: fi, fa
            elif prev == "u":
                cons = "w"  # ウェ, ウィ: we, wi
            elif small.startswith("y") and cons.endswith(("sh", "ch", "j")):
                small = small[1:]  # ジョ: jo, not jyo
            out[-1] = cons + small
            continue
        syl = _BASE.get(ch)
        if syl is None:
            continue
        if double and syl[:1] not in "aiueo":
            syl = syl[0] + syl
        double = False
        out.append(syl)
    return "".join(out)


def _hangul_romaji(syllables: str) -> str:
    from anyascii import anyascii  # Revised Romanization, one capital per syllable

    return anyascii(syllables).lower()


_DIGRAPHS = (
    ("tsch", "j"), ("tch", "j"), ("sch", "s"), ("ch", "j"), ("sh", "s"), ("zh", "j"),
    ("ts", "j"), ("tz", "j"), ("dz", "j"), ("th", "t"), ("ph", "p"), ("kh", "k"),
    ("gh", "g"), ("ck", "k"), ("eu", "u"), ("eo", "o"), ("ae", "e"), ("oe", "e"),
    ("ou", "u"), ("ei", "e"), ("ui", "i"),
)  # fmt: skip
_LETTERS = str.maketrans("zlvfgdbqcyw", "jrppktpkki\x00")
_NOT_KEY = re.compile("[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")
_CONSONANTS = re.compile("[^aeiou]+")
_VOWELS = re.compile("[aeiou]")
#: a vowel a script adds after a consonant that has none (Bild: 빌트, bilteu; ビルト, biruto)
_ADDED_VOWEL = re.compile(r"(?<=[^aeiou])(?:u|(?<=t)o)(?=[^aeiou]|$)")


@lru_cache(maxsize=4096)
def _normal(word: str) -> str:
    w = _NOT_KEY.sub("", word.lower())
    for a, b in _DIGRAPHS:
        w = w.replace(a, b)
    w = w.translate(_LETTERS).replace("\x00", "").replace("x", "ks").replace("h", "")
    return _DOUBLED.sub(r"\1", w.replace("np", "mp"))  # トランプ: toranpu, Trump


def sound_keys(word: str, *, added_vowels: bool = False) -> tuple[str, ...]:
    """The keys a name or a transliterated word is compared by: `c:` its consonants (when
    four or more), else `v:` its letters; with `added_vowels` (a word from kana or hangul)
    also its letters without the vowels the script added."""
    w = _normal(word)
    consonants = _DOUBLED.sub(r"\1", _VOWELS.sub("", w))
    if len(consonants) >= 4:
        return ("c:" + consonants,)
    if len(w) < 3 or not consonants:
        return ()
    keys = ["v:" + w]
    if added_vowels:
        bare = _ADDED_VOWEL.sub("", w)
        if bare != w and len(bare) >= 3:
            keys.append("v:" + bare)
    return tuple(keys)


def script_words(raw: str) -> list[str]:
    """The katakana runs and hangul words of a CJK word, romanised; a hangul word also
    without one to three final syllables (its particles: 혼다와, 닛산자동차)."""
    out: list[str] = []
    for run in _KATAKANA_RUN.findall(unicodedata.normalize("NFKC", raw)):
        out.append(katakana_romaji(run))
    for run in _HANGUL_RUN.findall(raw):
        for cut in range(0, min(3, len(run) - 2) + 1):
            out.append(_hangul_romaji(run[: len(run) - cut]))
    return out


class KanaNames:
    """Latin name tokens by their sound keys, looked up from kana and hangul words."""

    __slots__ = ("_by_key",)

    def __init__(self, names: set[str]) -> None:
        self._by_key: dict[str, set[str]] = {}
        for tok in names:
            if len(tok) < 3 or not tok.isalpha() or not tok.isascii():
                continue
            for key in sound_keys(tok):
                self._by_key.setdefault(key, set()).add(tok)

    def __bool__(self) -> bool:
        return bool(self._by_key)

    def lookup(self, raw: str) -> set[str]:
        """The name tokens a CJK word (as written) holds in kana or hangul."""
        found: set[str] = set()
        for romaji in script_words(raw):
            for key in sound_keys(romaji, added_vowels=True):
                found.update(self._by_key.get(key, ()))
        return found

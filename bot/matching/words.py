"""Words and their inflections: the stems a claim term or a text word may stand for."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.matching import lexicon
from bot.text import HAS_GREEK, fold, script_of, to_ascii

_LATIN_SUFFIXES = frozenset(
    "s es e ed d ing a u em iem owi ie om ach ami ow n an ese ian ians ns en ego emu ym".split()
)
#: case endings Bengali and Telugu attach to a name (হাসিনার: Hasina's; హసీనాపై: on Hasina),
#: folded as item text is
_INDIC_SUFFIXES = frozenset(
    fold(s) for s in ("র", "ের", "কে", "তে", "দের", "রা", "এর", "పై", "కు", "ను", "లో", "తో", "ని", "కి")
)
#: Greek case endings of names, folded (Πύλου, στην Πύλο: Pylos)
_GREEK_SUFFIXES = frozenset("σ υ ου οσ ησ ασ ων εσ ουσ η α ο ι".split())
_CYR_SUFFIXES = frozenset(
    fold(s)
    for s in (
        "а я у ю е и ы і ї о ом ем ём ым им ой ою ей ею ах ях ам ям ами ями ов ев ів ові еві "
        "ого ему ому ый ий ая ое ые их ых ину ина ині ину ою ові "
        # adjectives of places and people (Ормузский пролив, Кремлёвский)
        "ский ская ское ские ского скому ском ской ских скую ськ ський ська ське ські ського"
    ).split()
)
_CYR_STEM_DROP = frozenset(fold(c) for c in "аяоеьйыиіу")
_EN_STEM_SUFFIXES = ("ing", "ed", "es", "s", "e")
STOP = frozenset(
    "a an the of to in on at by for with from and or but as is are was were be been has have "
    "had not no his her its their this that since over near late into than then who which "
    "it he she they them also very".split()
)
CACHE_LIMIT = 50_000


CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_HEAD_FINAL = re.compile("[\u3040-\u30ff\uac00-\ud7af]")


def with_verb_forms(terms: Sequence[str]) -> list[str]:
    """Context terms plus the other forms of the irregular verbs among them (spoke → spoken)."""
    out = list(terms)
    seen = {fold(t) for t in terms}
    for t in terms:
        for forms in lexicon.VERB_FORMS:
            if fold(t) in forms:
                for f in forms:
                    if f not in seen:
                        seen.add(f)
                        out.append(f)
    return out


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


def head_final(text: str) -> bool:
    """Whether a cue is written in hangul or kana: Korean and Japanese put what a verb
    applies to before it ("천안함 사건과 무관하다는", "関与を否定した")."""
    return _HEAD_FINAL.search(text) is not None


def en_stem(word: str) -> str:
    for suf in _EN_STEM_SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    if len(word) == 4 and word.endswith("ed"):
        return word[:-1]  # a short verb's past: "used" → "use", "owed" → "owe"
    return word


def term_stems(tok: str) -> set[str]:
    """Stems a text word may carry a known ending on (the term itself included)."""
    stems = {tok}
    script = script_of(tok)
    if script == "latin":
        for suf in _EN_STEM_SUFFIXES:
            if tok.endswith(suf) and len(tok) - len(suf) >= 4:
                stems.add(tok[: -len(suf)])
    elif script == "cyrillic" and len(tok) >= 4 and tok[-1] in _CYR_STEM_DROP:
        stems.add(tok[:-1])
    return stems


def common_ending_ok(term_tok: str, stem: str, ending: str) -> bool:
    """Common words inflect only as far as the journalist's form allows.

    "call" finds "calls" but not "called" (another sense); "refused" finds "refuse",
    "refusing" — the configured form was itself inflected.
    """
    if stem == term_tok:
        return ending in ("s", "es")
    if term_tok in (stem + "s", stem + "es"):
        return ending in ("", "s", "es")
    return ending in ("", "e", "s", "es", "ed", "d", "ing")


def word_stems(tok: str, capital: bool = False) -> list[tuple[str, str]]:
    """(stem, ending) splits of a text word whose ending is a known inflection (and, for a
    capitalised word, a name, the base of a Slavic form that changes its last consonant)."""
    script = script_of(tok)
    suffixes = (
        _CYR_SUFFIXES
        if script == "cyrillic"
        else _LATIN_SUFFIXES
        if script == "latin"
        else _GREEK_SUFFIXES
        if HAS_GREEK.match(tok)
        else _INDIC_SUFFIXES
    )
    out = [(tok, "")]
    for cut in range(1, min(5, len(tok) - 2) + 1):
        if tok[-cut:] in suffixes:
            out.append((tok[:-cut], tok[-cut:]))
    if capital and script == "latin":
        out.extend((base, tok[len(base) - 1 :]) for base in adjective_bases(tok))
    if capital and script == "latin" and len(tok) >= 6:
        # a Slavic locative or dative changes the stem's last consonant (Kachowka: w Nowej
        # Kachowce; Praga: w Pradze; Moskwa: w Moskwie): the word with its base ending
        for ending, base in _MUTATED:
            if tok.endswith(ending) and len(tok) - len(ending) >= 3:
                out.append((tok[: -len(ending)] + base, ending))
                break
    return out


#: Slavic adjective endings of the first word of a place's name (Novi Sad: u Novom Sadu,
#: iz Novog Sada; Nowy Targ: w Nowym Targu), folded
_ADJECTIVE_ENDINGS = ("og", "oga", "om", "omu", "oj", "im", "ih", "ima", "ego", "emu", "ym", "ej")


def adjective_bases(word: str) -> list[str]:
    """The masculine forms (-i, -y) a capitalised Slavic adjective may stand for: "novom",
    "novog" → "novi", "novy" (a base of four letters or more; two-letter endings only)."""
    return [
        word[: -len(e)] + v
        for e in _ADJECTIVE_ENDINGS
        if word.endswith(e) and len(word) - len(e) >= 3
        for v in "iy"
    ]


#: Polish (and Czech, Slovak) endings that replace a feminine name's -ka, -ga … -wa
_MUTATED = (
    ("dzie", "da"), ("dze", "ga"), ("sze", "cha"), ("rze", "ra"), ("cie", "ta"),
    ("ce", "ka"), ("nie", "na"), ("sie", "sa"), ("wie", "wa"),
)  # fmt: skip


ARABIC = re.compile("[\u0600-\u06ff]")
#: the letters Arabic writes long vowels with (a name spelt out has them: ماسك, بوتين)
LONG_VOWEL = re.compile("[اويىیے]")
#: Arabic prefixes that attach to a word: and, the, by, to, so, like (folded)
_ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
_NOT_CONSONANT = re.compile(r"[aeiouyw\W\d_]")
_VELARS = str.maketrans("qgjc", "kkkk")


def abjad(ascii_word: str) -> str:
    """Consonants only, doubled ones once (hormuz, هرمز → hrmz; israel, إسرائيل → srl).

    The velars are one class: Arabic writes a foreign g as غ, ق or ج, and a name's ق and ج
    are g or k in Latin letters (Khashoggi, خاشقجي → hsk; Negreira, نيغريرا → nkr); s and z
    are one too, as a name's s between vowels is ز (Eisenhower, أيزنهاور → snhr). A final
    h after a consonant is dropped: Arabic writes a name's final vowel with ه (Nestle, نستله).
    """
    w = ascii_word.replace("kh", "h").replace("sh", "s").replace("gh", "g").replace("p", "b")
    w = w.replace("v", "f").replace("z", "s").translate(_VELARS)
    out = re.sub(r"(.)\1+", r"\1", _NOT_CONSONANT.sub("", w))
    return out[:-1] if len(out) >= 4 and out.endswith("h") else out


#: how Arabic hears what Latin letters spell another way: English ch as ش or تش (Manchester,
#: مانشستر), wh as و (WhatsApp, واتساب), a soft c as س (Barcelona, برشلونة)
_ARABIC_HEARS = (("ch", "sh"), ("ch", "tsh"), ("wh", "w"), ("ce", "se"), ("ci", "si"))


def abjad_keys(ascii_word: str) -> set[str]:
    """A Latin name's abjad keys (`abjad`), also as Arabic may hear its spelling (three
    consonants at least)."""
    forms = {ascii_word}
    for a, b in _ARABIC_HEARS:
        forms |= {f.replace(a, b) for f in forms}
    return {k for k in map(abjad, forms) if len(k) >= 3}


def abjad_word_keys(word: str) -> list[tuple[str, str]]:
    """The abjad keys an Arabic or Hebrew word may stand for as a name, after each prefix
    it may carry (three bare Arabic consonants are most often a root, not a name), each
    with the form it was made from."""
    if ARABIC.match(word):
        return [
            (key, form)
            for form in without_arabic_prefix(word)
            if len(key := abjad(to_ascii(form))) >= 4 or LONG_VOWEL.search(form)
        ]
    if not HEBREW.match(word):
        return []
    forms = [word] + [word[len(p) :] for p in _HEBREW_PREFIXES if word.startswith(p)]
    return [
        (k, f)
        for f in forms
        if len(f) >= 3
        for k in _hebrew_keys(f)
        if len(k) >= 4 or (len(k) == 3 and _HEBREW_VOWEL.search(f))
    ]


HEBREW = re.compile("[\u05d0-\u05ea]")
#: the letters Hebrew writes vowels with in a name spelt out (מאסק, פוטין)
_HEBREW_VOWEL = re.compile("[אוי]")
#: Hebrew prefixes that attach to a word: and, the, in, to, from, that, as (and pairs)
_HEBREW_PREFIXES = (
    *("וה", "וב", "ול", "ומ", "וש", "שה", "מה", "בה", "לה", "כש"),
    *("ו", "ה", "ב", "ל", "מ", "ש", "כ"),
)
#: Hebrew letters as the abjad reads Latin names: the matres lectionis (א ו י ע) are
#: vowels, a final ה is a vowel; ב and פ are b/v and p/f, ו inside a word may be v too
_HEBREW_LETTERS = str.maketrans(
    {"ג": "g", "ד": "d", "ז": "z", "ח": "h", "ט": "t", "כ": "k", "ך": "k", "ל": "l", "מ": "m",
     "ם": "m", "נ": "n", "ן": "n", "ס": "s", "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r", "ש": "s",
     "ת": "t", "ה": "h", "א": "", "ע": "", "י": "", "ף": "f"}
)  # fmt: skip


def _hebrew_keys(word: str) -> set[str]:
    """Abjad keys of a Hebrew word: each reading of its ב, פ and ו (at most eight)."""
    if word.endswith("ה"):
        word = word[:-1]
    readings = [""]
    for ch in word.translate(_HEBREW_LETTERS):
        options = _HEBREW_TWO_WAYS.get(ch, (ch,))
        readings = [r + o for r in readings for o in options][:8]
    return {abjad(r) for r in readings}


_HEBREW_TWO_WAYS = {"ב": ("b", "v"), "פ": ("p", "f"), "ו": ("", "v")}


def abjad_next(word: str, name_tok: str) -> bool:
    """Whether an Arabic word writes a name's next word, after the word before it was
    found: a short name's two consonants suffice there (عمران خان: Imran Khan), which
    alone are most often an Arabic word."""
    key = abjad(name_tok)
    return len(key) >= 2 and any(
        abjad(to_ascii(form)) == key for form in without_arabic_prefix(word)
    )


def without_arabic_prefix(word: str) -> list[str]:
    """An Arabic word and the word without each prefix it may carry (3+ letters left)."""
    return [word] + [
        word[len(p) :] for p in _ARABIC_PREFIXES if word.startswith(p) and len(word) - len(p) >= 3
    ]


#: a lower-case term word this long that no lexicon translates is looked up as a name
_TECHNICAL_MIN = 8
#: … unless it ends as English words are made: an ordinary word the language files lack
#: ("communication", "coverage", "switched", "contacts"), not a drug or an element
_ENGLISH_ENDINGS = (
    *("tion", "tions", "sion", "sions", "ment", "ments", "ness", "ing", "ings", "ed", "age"),
    *("ages", "ity", "ance", "ence", "ly", "er", "ers", "al", "ic", "ous", "ive", "ful"),
    *("less", "able", "ship"),
    *("ts", "ds", "es", "ns", "rs", "ks", "ls", "ms", "ps", "gs"),
)


def is_technical(tok: str) -> bool:
    """A long lower-case word no lexicon translates (trimetazidine, clostebol, ruthenium):
    a technical term or brand other scripts transliterate as a name (триметазидин), so
    the matcher's index looks it up as one."""
    return (
        len(tok) >= _TECHNICAL_MIN
        and tok.isalpha()
        and not tok.endswith(_ENGLISH_ENDINGS)
        and not lexicon.translations(tok)
    )

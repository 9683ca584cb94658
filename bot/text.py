"""Text normalisation shared by parsing, matching and clustering (pure functions).

`html_to_text` turns feed HTML into plain text; `printable` makes any text safe to show a
person (no terminal controls, no bidi overrides); `fold` makes a token comparable
(NFKC, casefold, accents folded); `tokenize` yields word tokens with their spans in
the plain text; `split_sentences` cuts plain text into sentences; `to_ascii` and
`skeleton` give the script-independent forms that cross-script matching compares.
"""

from __future__ import annotations

import html
import importlib.util
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

#: real markup only: an element (<p>, </a>, <img .../>), a declaration or a CDATA mark;
#: text that merely looks like markup (`<!channel>`, `<@U123>`, `a < b`) is kept as text.
#: No alternative can run past the next `<`, so a scan from each `<` stops at the next one
#: and the whole pattern is linear in the text; comments, which may hold `<`, are found by
#: `_drop_enclosed` first.
_TAG = re.compile(
    r"<(?:/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?|!\[CDATA\[|\]\]|!doctype[^<>]*)>",
    re.IGNORECASE,
)
_BLOCK_TAG = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6])\b[^<>]*>", re.IGNORECASE)
#: what opens an element whose content is not text (script, style) or a comment
_ENCLOSING = re.compile(r"<(?:(script|style)\b|!--)", re.IGNORECASE)
#: what closes each of them (the first one after the opener)
_CLOSING = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
    "--": re.compile(r"-->"),
}
_WS = re.compile(r"\s+")

#: the most characters of one item's title, and of its summary, that matching considers:
#: a news summary is a few hundred characters and a full article some thousands, so text
#: beyond this is cut (at a space near the limit) before it is matched. A hostile or broken
#: feed's megabyte "summary" then costs what 48 KB costs.
MATCH_TEXT_LIMIT = 48_000

#: quotes and apostrophes unified to ' and ", dashes to -, invisible characters dropped
_PUNCT_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u0060": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00ad": None,
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
    }
)
_PUNCT_PAIRS: tuple[tuple[str, str], ...] = tuple(
    (chr(k), v if isinstance(v, str) else "") for k, v in _PUNCT_MAP.items()
)


def strip_markup(value: str) -> str:
    """Elements and comments replaced by a space (what they enclose and entities kept)."""
    if "<" not in value:
        return value
    if "<!--" in value:
        value = _drop_enclosed(value, comments_only=True)[0]
    return _TAG.sub(" ", value)


def _drop_enclosed(text: str, *, comments_only: bool = False) -> tuple[str, int]:
    """`text` with each comment, and each script and style element with its content
    (unless `comments_only`), replaced by a space; and how many characters the scan
    looked at, which is never more than about twice the text's length.

    An opener without its closer stays as it is, as do the openers of that kind after it
    (none of them can be closed either): the scan stops looking for that kind, so every
    character is looked at a bounded number of times whatever the markup. (A regex such
    as `<script.*?</script>` looks from every `<script` to the end of the text when no
    closer follows: 224 KB of `<script` took a minute.)
    """
    kinds = {"--"} if comments_only else {"script", "style", "--"}
    out: list[str] = []
    pos = 0  # text before pos has been handled
    looked = 0
    start = 0  # where to look for the next opener
    while kinds:
        opened = _ENCLOSING.search(text, start)
        if opened is None:
            looked += len(text) - start
            break
        looked += opened.end() - start
        kind = (opened.group(1) or "--").lower()
        if kind not in kinds:
            start = opened.end()
            continue
        closed = _CLOSING[kind].search(text, opened.end())
        if closed is None:
            looked += len(text) - opened.end()
            kinds.discard(kind)
            start = opened.end()
            continue
        looked += closed.end() - opened.end()
        out.append(text[pos : opened.start()])
        out.append(" ")
        pos = start = closed.end()
    if not out:
        return text, looked
    out.append(text[pos:])
    return "".join(out), looked


def html_to_text(value: str) -> str:
    """Strip tags, decode entities (also double-encoded ones) and collapse white space.

    Linear in the length of `value`, whatever the markup (see `_drop_enclosed`).
    """
    if not value:
        return ""
    text = value
    if "<" in text:
        text = _drop_enclosed(text)[0]
        text = _BLOCK_TAG.sub(" ", text)
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
        if "&" in text and ";" in text:
            text = html.unescape(text)
            # entities double-encoded around markup (&lt;b&gt;) leave tags behind
            if "<" in text:
                text = strip_markup(text)
    text = unicodedata.normalize("NFKC", text)
    # str.split and re's \s agree on what white space is (str.isspace)
    return " ".join(text.split())


#: Arabic short vowels, shadda and sukun, Quranic marks and the tatweel, and Hebrew points:
#: optional marks news text carries here and there ("كذّبت" is "كذبت")
_VOWEL_MARKS = re.compile("[\u0591-\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed]")


def unvocalized(text: str) -> str:
    """A text without the optional vowel marks of Arabic and Hebrew script (matching and
    the stance cues read the letters only)."""
    return _VOWEL_MARKS.sub("", text) if _VOWEL_MARKS.search(text) else text


def for_matching(value: str) -> str:
    """An item's title or summary as far as matching considers it: at most
    MATCH_TEXT_LIMIT characters, cut at the last white space before the limit when there
    is one close to it (so no word is cut in two)."""
    if len(value) <= MATCH_TEXT_LIMIT:
        return value
    cut = value[:MATCH_TEXT_LIMIT]
    space = max(cut.rfind(" "), cut.rfind("\n"))
    return cut[:space] if space > MATCH_TEXT_LIMIT - 200 else cut


#: characters that must never reach a person's screen: C0 controls but tab and newline,
#: DEL, C1 controls (ESC starts terminal escapes and OSC-8 links, 0x9b is a one-byte CSI),
#: and the bidi overrides and isolates that make text read in another order than stored
#: (U+202A-U+202E, U+2066-U+2069)
_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(value: str) -> str:
    """Text safe to show a person (terminal, CSV, Slack, HTML): control characters other
    than tab and newline removed, bidi overrides and isolates removed; everything else,
    every script included, untouched. Used at every boundary where text leaves claimwatch
    to be read."""
    if value.isprintable():  # the usual case: nothing to remove
        return value
    return _UNSHOWABLE.sub("", value)


def unify_punctuation(text: str) -> str:
    """Curly quotes and apostrophes to ASCII, dashes to '-', soft hyphens and zero-widths out."""
    if text.isascii():
        return text.replace("`", "'") if "`" in text else text
    # replacing only what occurs is much cheaper than translate() on non-ASCII text; no
    # replacement is itself a key, so the order does not matter
    for key, value in _PUNCT_PAIRS:
        if key in text:
            text = text.replace(key, value)
    return text


def plain_text(value: str) -> str:
    """Feed text (HTML or not) as plain text with unified punctuation."""
    return unify_punctuation(html_to_text(value))


def _simplified_table() -> dict[int, str]:
    """Traditional Chinese characters to their simplified forms: OpenCC's character table
    (TSCharacters.txt, shipped by opencc-python-reimplemented; read as data, the package is
    not imported). A character with several simplified forms takes the first."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "dictionary" / "TSCharacters.txt"
    table: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        trad, _, simplified = line.partition("\t")
        first = simplified.split(" ", 1)[0]
        if len(trad) == 1 and len(first) == 1 and first != trad:
            table[ord(trad)] = first
    return table


#: traditional Chinese characters to simplified ones (國 → 国, 認 → 认)
_SIMPLIFIED: dict[int, str] = _simplified_table()
#: letters NFKD does not decompose, and traditional Chinese characters
_FOLD_EXTRA = (
    str.maketrans({"ß": "ss", "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i"})
    | _SIMPLIFIED
)


def simplified_chinese(text: str) -> str:
    """`text` with traditional Chinese characters in their simplified forms (what `fold`
    does to them), everything else unchanged."""
    if text.isascii():
        return text
    return _HAN_RUN.sub(lambda m: m.group().translate(_SIMPLIFIED), text)


#: a run of CJK ideographs (traditional ones among them)
_HAN_RUN = re.compile("[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


#: words remembered by each of fold, to_ascii and skeleton: 16,384 rather than 65,536 cost
#: nothing measurable in matching (bench/match.py) and ~5 MB less at the peak of a first
#: cycle of 1,000 feeds (bench/poll.py, stop 37)
WORD_CACHE = 16384


@lru_cache(maxsize=WORD_CACHE)
def fold(word: str) -> str:
    """Casefold and strip accents (Vladimír → vladimir, Taïwan → taiwan).

    Cyrillic letters whose identity is a diacritic (й, ї, ё) are folded too; terms and
    text go through the same function, so matching stays consistent.
    """
    if word.isascii():
        return word.lower()  # NFKC, NFKD and the extra table leave ASCII alone
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", word).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _latin_codes(unicodedata.normalize("NFC", text).translate(_FOLD_EXTRA))


def fold_once(word: str) -> str:
    """`fold` without keeping the word in its cache (strings read once, at start: the
    lexicons' words, which would crowd out the news's)."""
    return fold.__wrapped__(word)


def fold_aligned_once(text: str) -> str:
    """`fold_aligned` without remembering the text's runs (strings read once, at start)."""
    if text.isascii():
        return text.lower()
    return _latin_codes("".join(ch.lower() if ch.isascii() else _fold_char(ch) for ch in text))


def fold_aligned(text: str) -> str:
    """`fold` character by character, keeping every offset (for regexes over sentences)."""
    if text.isascii():
        return text.lower()
    return _latin_codes(_fold_aligned(text))


def _latin_codes(folded: str) -> str:
    """Codes written with Cyrillic look-alike letters read as the Latin codes they show
    (МН17 → mh17, ВА2490 → ba2490): Cyrillic text writes flight and model codes so."""
    if _DIGIT.search(folded) is None:
        return folded
    return _CYRILLIC_CODE.sub(lambda m: m.group().translate(_LOOKALIKES), folded)


_DIGIT = re.compile(r"\d")
#: a word of one to four letters then digits, with at least one Cyrillic look-alike letter
_CYRILLIC_CODE = re.compile(
    r"(?<!\w)(?=[a-zавекмнорстух]{0,3}[авекмнорстух])[a-zавекмнорстух]{1,4}-?\d+(?!\w)"
)
_LOOKALIKES = str.maketrans("авекмнорстух", "abekmhopctyx")


def _fold_aligned(text: str) -> str:
    # ASCII runs are lower-cased in bulk; runs of other characters are folded per
    # character, remembered by run (words of one script repeat)
    parts = _NON_ASCII_RUN.split(text)
    cache = _ALIGNED_RUNS
    for i in range(0, len(parts), 2):
        parts[i] = parts[i].lower()
    for i in range(1, len(parts), 2):
        run = parts[i]
        got = cache.get(run)
        if got is None:
            if len(cache) > 65536:
                cache.clear()
            got = cache[run] = "".join(_fold_char(ch) for ch in run)
        parts[i] = got
    return "".join(parts)


_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")
_ALIGNED_RUNS: dict[str, str] = {}


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """One character folded to one character (itself, lower-cased, when folding would not)."""
    f = fold(ch)
    return f if len(f) == 1 else (ch.lower() if len(ch.lower()) == 1 else ch)


def normalize(value: str) -> str:
    """The comparable form of a whole text: plain, punctuation unified, folded, spaced."""
    return _WS.sub(" ", fold(plain_text(value))).strip()


# --- tokens -----------------------------------------------------------------------

#: a run of letters/digits; CJK ideographs and Hangul form runs of their own (matched by
#: substring later), so a Latin name inside Chinese text is a word (韩国LK-99室温超导: LK, 99)
_CJK_CHARS = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff"
#: the Indic scripts (Devanagari to Sinhala) but their dandas: their vowel signs and
#: viramas are marks, not letters, and a word runs through them ("इनकार", not "इनक" "र")
_INDIC_CHARS = "\u0900-\u0963\u0966-\u0dff"
#: a letter or digit that is not CJK
WORD_CHAR = rf"[^\W_{_CJK_CHARS}]"
#: the same with the Indic scripts' marks (slower: used only on text that has them)
WORD_CHAR_INDIC = rf"(?:[^\W_{_CJK_CHARS}]|[{_INDIC_CHARS}])"
#: whether a text has a letter of the Indic scripts
HAS_INDIC = re.compile(f"[{_INDIC_CHARS}]")
#: a run of letters and digits, CJK included (with the Indic scripts' marks)
LETTERS = rf"(?:[^\W_]|[{_INDIC_CHARS}])+"
#: a katakana run is a word of its own inside Japanese text (a foreign name: ホンダと日産)
_KATAKANA = "\u30a1-\u30fa\u30fc"
_CJK_RUN = rf"[{_KATAKANA}]+|[\u2e80-\u30a0\u30fb\u30fd-\u9fff\uac00-\ud7af\uf900-\ufaff]+"
WORD_PATTERN = rf"{WORD_CHAR}+|{_CJK_RUN}"
WORD_PATTERN_INDIC = rf"{WORD_CHAR_INDIC}+|{_CJK_RUN}"
_WORD = re.compile(WORD_PATTERN)
_WORD_INDIC = re.compile(WORD_PATTERN_INDIC)


def script_of(word: str) -> str:
    """'latin', 'cyrillic', 'cjk' or 'other' by the first letter of the word."""
    if word.isascii():
        return "latin"  # ASCII letters are Latin; a word of digits only counts as Latin too
    for ch in word:
        if ch.isdigit():
            continue
        o = ord(ch)
        if o < 0x250 or 0x1E00 <= o < 0x1F00:
            return "latin"
        if 0x400 <= o < 0x530:
            return "cyrillic"
        if 0x2E80 <= o < 0xA000 or 0xAC00 <= o < 0xD7B0 or 0xF900 <= o < 0xFB00:
            return "cjk"
        return "other"
    return "latin"


@dataclass(frozen=True, slots=True)
class Token:
    """A word in a plain text."""

    #: the comparable form (folded)
    norm: str
    #: the word as it stands in the text
    raw: str
    #: character span in the text the token came from
    start: int
    end: int
    #: True when the token is two hyphen-joined words (Star-link → starlink)
    joined: bool = False


def tokenize(text: str) -> list[Token]:
    """Word tokens of a plain text, plus joined forms of hyphenated words.

    A joined token follows the two parts it joins; its span covers both.
    """
    out: list[Token] = []
    prev: Token | None = None
    for m in (_WORD_INDIC if HAS_INDIC.search(text) else _WORD).finditer(text):
        tok = Token(fold(m.group()), m.group(), m.start(), m.end())
        if prev is not None and text[prev.end : tok.start] == "-":
            out.append(tok)
            out.append(
                Token(
                    prev.norm + tok.norm,
                    text[prev.start : tok.end],
                    prev.start,
                    tok.end,
                    joined=True,
                )
            )
        else:
            out.append(tok)
        prev = tok
    return out


# --- sentences --------------------------------------------------------------------

_SENT_END = re.compile(
    r"""(?<=[.!?…])["')\]]*\s+(?=["'(\[]?[A-Z0-9À-ÞА-ЯЁІЇЄҐ\u4e00-\u9fff])|(?<=[。！？；])\s*"""
)
_ABBREV = re.compile(r"(?:\b[A-Z]\.){1,3}$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|No|vs)\.$")


#: `_SENT_END` with the end mark consumed instead of looked behind at (the gap is group 1 or
#: 2): a pattern that starts with a character set lets the regex engine skip ahead quickly
_SENT_GAP = re.compile(
    # a capital (or a digit) starts the next sentence; scripts without capitals (Arabic,
    # Hebrew, Devanagari, Hangul) start one with any letter
    r"""[.!?…؟](["')\]]*\s+)(?=["'(\[]?[A-Z0-9À-ÞА-ЯЁІЇЄҐ\u4e00-\u9fff\u0590-\u06ff\u0900-\u097f\uac00-\ud7af])"""
    # full stops of their own: CJK, the Indic danda, Urdu, Armenian, Ethiopic, Burmese, Khmer
    r"""|[。！？；\u0964\u0965\u06d4\u0589\u1362\u104b\u17d4](\s*)"""
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of a plain text (abbreviations like U.S. do not end one)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_GAP.finditer(text):
        g = m.lastindex or 1
        gap_start, gap_end = m.start(g), m.end(g)
        # the sentence so far ends with its end mark; an abbreviation is a few characters
        # long, so only the tail is searched (`\b` still sees the character before `pos`)
        if _ABBREV.search(text, max(start, gap_start - 8), gap_start):
            continue
        if text[start:gap_start].strip():
            spans.append((start, gap_start))
        start = gap_end
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


# --- transliteration ---------------------------------------------------------------

_NON_ALPHA = re.compile(r"[^a-z]")
_VOWELS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=WORD_CACHE)
def to_ascii(word: str, spoken: Literal["", "rule", "all"] = "") -> str:
    """Folded ASCII letters of a word in any script (Кирієнко → kiriienko); `spoken`: an
    Indic word without the inner vowels Hindi does not say ("rule": हिंडनबर्ग →
    hindanbarg) or without any ("all": लिंडक्विस्ट → lindkvist)."""
    if word.isascii():
        low = word.lower()
        return low if low.isalpha() else _NON_ALPHA.sub("", low)
    from anyascii import anyascii  # imported on first use: only non-ASCII words need it

    if HAS_INDIC.search(word):
        word = _indic_sounds(_with_inherent_vowels(word, spoken))
    elif HAS_GREEK.search(word):
        word = _GREEK_DIGRAPHS.sub(_greek_sound, fold(word))
    return _NON_ALPHA.sub("", fold(anyascii(word)).lower())


HAS_GREEK = re.compile("[\u0370-\u03ff]")


def _greek_sound(m: re.Match[str]) -> str:
    return _GREEK_SOUNDS[("^" if m.start() == 0 and m.group() in _GREEK_START else "") + m.group()]


#: modern Greek letter pairs as other languages spell their sounds (Ντονγκ Τζουν: Dong Jun;
#: Μπολσονάρου: Bolsonaro; Χούθι: Houthi), on folded text (final ς is σ). μπ, ντ and γκ
#: are b, d and g at a word's start only; inside a word they keep their nasal, as the
#: names they write have it (Τέμπη: Tempi, Τραμπ: Trump, Σιγκαπούρη: Singapore; νγκ is the
#: ng of Χονγκ Κονγκ, Hong Kong)
_GREEK_SOUNDS = {
    "ου": "u", "μπ": "mp", "ντ": "nt", "γκ": "ng", "νγκ": "ng", "γγ": "ng", "τζ": "j", "τσ": "ts",
    "αι": "e", "ει": "i", "οι": "i", "χ": "h", "β": "v",
    "^μπ": "b", "^ντ": "d", "^γκ": "g",
}  # fmt: skip
_GREEK_START = frozenset(k[1:] for k in _GREEK_SOUNDS if k[0] == "^")
_GREEK_DIGRAPHS = re.compile(
    "|".join(sorted((k for k in _GREEK_SOUNDS if k[0] != "^"), key=len, reverse=True))
)


#: Indic letters whose Latin spelling in names is not the one anyascii gives, at the same
#: place in each script's block of 128: ca (चंद्रबाबू: Chandrababu), and the anusvara, an n
#: before a consonant (गांधी: Gandhi, not gamdhi) and a nasal vowel at a word's end (हैं:
#: hai, no "n" to meet names)
_BLOCKS = range(0x900, 0xE00, 0x80)
_INDIC_CA = re.compile("[" + "".join(chr(b + 0x1A) for b in _BLOCKS) + "]")
_ANUSVARA = "[" + "".join(chr(b + 0x02) for b in _BLOCKS) + "]"
_INDIC_N = re.compile(
    _ANUSVARA + "(?=[" + "".join(f"{chr(b + 0x15)}-{chr(b + 0x39)}" for b in _BLOCKS) + "])"
)
_INDIC_NASAL = re.compile(_ANUSVARA)


def _indic_sounds(word: str) -> str:
    return _INDIC_NASAL.sub("", _INDIC_N.sub("n", _INDIC_CA.sub("ch", word)))


def _with_inherent_vowels(word: str, spoken: Literal["", "rule", "all"] = "") -> str:
    """An Indic word with the vowel its consonants carry written out ("हसीना": ह is "ha",
    Hasina), but after the last one (Hindi and its neighbours do not say it there:
    "शेख", Sheikh). The scripts share one layout: in each block of 128, consonants are at
    0x15-0x39 and 0x58-0x5F, the vowel signs and the virama after them remove the vowel,
    the nukta keeps it and anusvara, candrabindu and visarga follow it.

    `spoken="rule"`: as Hindi says it, where the vowel inside a word is not said between
    a syllable that ends in a vowel and one that starts with a consonant or a cluster
    and has one (हिंडनबर्ग: hindanbarg, Hindenburg; not hindanabarg), a rule applied
    from the word's end; `"all"`: without any inner one, as foreign names are often
    written (लिंडक्विस्ट: lindkvist). Names keep that vowel in Latin letters as often as
    not (कमला: Kamala)."""
    out: list[str] = []
    #: for each character of out: 1 a consonant, 2 a vowel (a sign or a letter), 3 an
    #: inherent vowel written out (a vowel too), 0 anything else (the virama, the
    #: anusvara, the nukta); -1 marks an inherent vowel that goes
    kinds: list[int] = []
    carries = False
    for ch in word:
        o = ord(ch) - 0x900
        pos = o % 0x80 if 0 <= o < 0x500 else -1
        if carries and pos != 0x3C and not (0x3E <= pos <= 0x4D or 0x55 <= pos <= 0x57):
            out.append("a")  # neither a vowel sign nor the virama follows: the vowel stays
            kinds.append(3)
        consonant = 0x15 <= pos <= 0x39 or 0x58 <= pos <= 0x5F
        carries = consonant or (carries and pos == 0x3C)
        out.append(ch)
        vowel = 0x05 <= pos <= 0x14 or 0x3E <= pos <= 0x4C or 0x60 <= pos <= 0x63
        kinds.append(1 if consonant else 2 if vowel else 0)
    for i in range(len(out) - 3, 1, -1) if spoken == "rule" else ():
        if kinds[i] == 3 and kinds[i - 2] >= 2 and kinds[i + 1] == 1:
            j = i + 2
            while j + 1 < len(out) and kinds[j] == 0 and kinds[j + 1] == 1:
                j += 2  # a cluster: consonants joined by the virama (क्व)
            if j < len(out) and kinds[j] >= 2:
                kinds[i] = -1  # V C a C V, V C a CC V: the a goes
    if spoken == "all":
        first = next((i for i, k in enumerate(kinds) if k >= 2), len(kinds))
        kinds[first + 1 :] = [-1 if k == 3 else k for k in kinds[first + 1 :]]
    return "".join(ch for ch, k in zip(out, kinds, strict=True) if k != -1)


@lru_cache(maxsize=WORD_CACHE)
def skeleton(ascii_word: str) -> str:
    """Consonants with each vowel run as one 'a' (kiriyenko, kirienko → karanka).

    Transliterations of one name differ mostly in vowels (Маск → mask, Musk) and in
    i/y/j glides; the skeleton ignores both.
    """
    w = ascii_word.replace("j", "y").replace("w", "v").replace("kh", "h").replace("ck", "k")
    w = w.replace("ph", "f")  # the f of names (Coldrif, कोल्ड्रिफ: koldriph)
    # a hard c is the k of the scripts that spell by sound (Crocus: Крокус, Mecca: Мекка)
    w = _HARD_C.sub("k", w)
    # and a soft c their s (Manchester City: Манчестер Сити, Vincent: Венсан)
    w = SOFT_C.sub("s", w)
    # sibilants each language spells its own way (Prigozhin, Prigoschin, Prigożyn)
    w = _SIBILANTS.sub("s", w)
    return _VOWELS.sub("a", w)


_SIBILANTS = re.compile(r"tsch|sch|sh|zh|sz|z")
_DOUBLED = re.compile(r"([^a])\1+")


def name_skeletons(ascii_name: str) -> tuple[str, ...]:
    """A name's skeleton and, when it doubles a consonant, the skeleton with it written
    once, as the scripts that spell by sound write it (Mbappé: Мбапе), where three
    consonants remain (Russia's two would meet too many words: रईसी, Raisi)."""
    sk = skeleton(ascii_name)
    once = _DOUBLED.sub(r"\1", sk)
    return (sk, once) if once != sk and len(once.replace("a", "")) >= 3 else (sk,)


_HARD_C = re.compile(r"c(?=[aoukrlt]|$)")
#: a soft c (before e, i or y): the s of the scripts that spell by sound
SOFT_C = re.compile(r"(?<![sc])c(?=[eiy])")

"""Words of other languages standing for a claim's require terms: the stems of an English
word's translations ("cierre" for "closure"), a place's names ("Россия" for "Russia"),
phrases of several words ("casa blanca"), and terms translated word by word ("утечка из
лаборатории" for "lab leak")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence

from bot.matching import lexicon
from bot.matching.claims import CompiledClaim, stem_pattern
from bot.matching.document import Doc
from bot.matching.terms import Term
from bot.matching.words import ARABIC, has_cjk, without_arabic_prefix
from bot.text import fold

#: how far (in characters) the parts of a translated compound may stand from its first
COMPOUND_REACH = 60
#: a compound's head: a stem at least this long may end a longer Latin-script word
#: ("Bilanzbetrug": betrug, fraud; "Giftgasanschlag": anschlag; "Ostseekabel": kabel),
#: a place's name only from one letter longer ("Belarusul" holds no "rusul")
HEAD_MIN = 5
#: … after at least this many letters, and followed by at most `HEAD_TAIL` letters of
#: ending or linking ("-s", "-en", "-es")
HEAD_AFTER = 4
HEAD_TAIL = 3
_LONG_WORD = re.compile(rf"\b[a-zß]{{{HEAD_MIN + HEAD_AFTER},}}\b")
#: the marks `fold` drops but item text keeps, to hold its offsets: the Indic scripts'
#: viramas and nuktas, Arabic's shadda and short vowels, any accent printed apart from its
#: letter. A stem is folded without them ("হত্যা", killing: "হতযা"; "أكّد": "اكد"), so
#: they are taken out of the text before stems are looked for
_DROPPED = re.compile(
    "["
    + re.escape(
        "".join(
            ch
            for ch in map(chr, range(0x300, 0x10000))
            if unicodedata.combining(ch) and not fold(ch)
        )
    )
    + "]"
)
#: the rest of a word after a prefix
_WORD_TAIL = re.compile(r"\w*")
#: an Arabic stem may follow a proclitic (بإغلاق: ب + إغلاق)
_PROCLITIC = r"(?:[\u0648\u0641\u0628\u0644\u0643]{1,2}(?=[\u0600-\u06ff]))?"
_PROCLITIC_CHARS = frozenset("\u0648\u0641\u0628\u0644\u0643")

Part = tuple[tuple[str, ...], re.Pattern[str]]


def by_two_letters(stems: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Stems by their first two characters (a word starts with one of its bucket's)."""
    table: dict[str, list[str]] = {}
    for stem in stems:
        table.setdefault(stem[:2], []).append(stem)
    return {k: tuple(v) for k, v in table.items()}


#: a hyphen-joined word of folded text
HYPHENED = re.compile(r"\w+(?:-\w+)+")


def head_table(stems: Iterable[str]) -> dict[str, list[str]]:
    """Long Latin-script stems by their first `HEAD_MIN` letters (see `compound_head`)."""
    heads: dict[str, list[str]] = {}
    for s in stems:
        if len(s) == HEAD_MIN and s in _PLACE_STEMS:
            continue
        if len(s) >= HEAD_MIN and s.isascii() and s.isalpha():
            heads.setdefault(s[:HEAD_MIN], []).append(s)
    return heads


def compound_head(word: str, heads: dict[str, list[str]]) -> str | None:
    """The stem that ends a long folded word as its head, as compounding languages build
    words ("bilanzbetrugs": betrug, for fraud), or None."""
    if len(word) < HEAD_MIN + HEAD_AFTER:
        return None
    for i in range(HEAD_AFTER, len(word) - HEAD_MIN + 1):
        for stem in heads.get(word[i : i + HEAD_MIN], ()):
            if word.startswith(stem, i) and len(word) - i - len(stem) <= HEAD_TAIL:
                return stem
    return None


def compound_part(stems: tuple[str, ...]) -> Part:
    """A compound's part: its stems and a pattern finding them (Chinese: anywhere)."""
    words = [re.escape(s) for s in stems if not has_cjk(s)]
    cjk = [re.escape(s) for s in stems if has_cjk(s)]
    alts = ([r"\b(?:" + "|".join(words) + r")\w*"] if words else []) + cjk
    return stems, re.compile("|".join(alts))


class TranslatedTerms:
    """The translated terms of some claims (terms keyed "~stem" and "~+term"), found in
    an item's folded text."""

    __slots__ = (
        "_cjk",
        "_compounds",
        "_heads",
        "_leads",
        "_longer",
        "_phrases",
        "_starts",
        "_stem_re",
        "_terms",
    )

    def __init__(self, claims: Sequence[CompiledClaim]) -> None:
        #: stem → its term (a word prefix; Chinese: a substring; a phrase: word by word)
        self._terms: dict[str, Term] = {
            st.toks[0]: st for cc in claims for g in cc.translated for st in g
        }
        #: multi-word terms translated word by word, each part as (stems, pattern)
        self._compounds: list[tuple[Term, list[Part]]] = [
            (ct, [compound_part(p) for p in parts])
            for cc in claims
            for _, ct, parts in cc.compounds
        ]
        words = sorted(
            (s for s in self._terms if not has_cjk(s) and " " not in s), key=len, reverse=True
        )
        #: one pattern finding every single-word stem at a word start
        self._stem_re = (
            re.compile(r"\b" + _PROCLITIC + "(?:" + "|".join(map(re.escape, words)) + r")\w*")
            if words
            else None
        )
        #: where `_stem_re` may match: a word boundary before a stem's first character or
        #: a proclitic; and there, the two characters one of its stems starts with (the
        #: one-character stems, and proclitics, as they are). `_stem_re` is only tried
        #: there: an alternation of thousands of stems is slow to try everywhere
        self._starts = re.compile(
            r"\b(?=[" + "".join(map(re.escape, {w[0] for w in words} | _PROCLITIC_CHARS)) + "])"
        )
        self._leads = frozenset(w[:2] for w in words) | _PROCLITIC_CHARS
        #: phrases of other languages ("casa blanca"): their first word, pattern, stem
        self._phrases = [(s.partition(" ")[0], stem_pattern(s), s) for s in self._terms if " " in s]
        #: long Latin-script stems by their first letters, to find them as compound heads
        self._heads = head_table(words)
        self._cjk = [s for s in self._terms if has_cjk(s)]
        #: Chinese place names that contain one of these (白俄罗斯 holds 俄罗斯): there it
        #: stands for another place
        self._longer = {
            stem: [p for p in _CJK_PLACES if stem in p and p != stem] for stem in self._cjk
        }

    def find(self, doc: Doc) -> Iterator[tuple[Term, int, int]]:
        """Each translated term found in the item, with its span in the text."""
        if _DROPPED.search(doc.folded) is None:
            yield from self._find(doc.folded)
        else:
            # the text without the marks `fold` drops, and where each character of it was
            kept = [i for i, ch in enumerate(doc.folded) if not _DROPPED.match(ch)]
            for term, start, end in self._find("".join(doc.folded[i] for i in kept)):
                yield term, kept[start], kept[end - 1] + 1
        for term, parts in self._compounds:
            yield from _compound(doc, term, parts)

    def _find(self, folded: str) -> Iterator[tuple[Term, int, int]]:
        """The single-word, phrase, head and Chinese stems found in a folded text."""
        if self._stem_re is not None:
            # as `_stem_re.finditer(folded)`, trying it only where it may match
            leads, match, end = self._leads, self._stem_re.match, 0
            for at in self._starts.finditer(folded):
                p = at.start()
                if p < end or (folded[p : p + 2] not in leads and folded[p] not in leads):
                    continue
                if (m := match(folded, p)) is not None:
                    end = m.end()
                    for stem in self._stems_of(m.group()):
                        yield self._terms[stem], m.start(), m.end()
        for head, pat, stem in self._phrases:
            if head in folded:
                for m in pat.finditer(folded):
                    tail = _WORD_TAIL.match(folded, m.end())
                    yield self._terms[stem], m.start(), m.end() + (len(tail.group()) if tail else 0)
        if self._heads:
            yield from self._compound_heads(folded)
        for stem in self._cjk:
            start = folded.find(stem)
            while start >= 0:
                if not _inside(folded, start, stem, self._longer[stem]):
                    yield self._terms[stem], start, start + len(stem)
                start = folded.find(stem, start + 1)

    def _compound_heads(self, folded: str) -> Iterator[tuple[Term, int, int]]:
        """Stems that end a long word as its head ("bilanzbetrug": betrug), in the
        compounding languages' way; the word's own start is found by `_stem_re`."""
        for m in _LONG_WORD.finditer(folded):
            found = compound_head(m.group(), self._heads)
            if found is not None:
                yield self._terms[found], m.start(), m.end()

    def _stems_of(self, word: str) -> list[str]:
        """The stems a folded word starts with (an Arabic word: also without its
        proclitic)."""
        forms = without_arabic_prefix(word) if ARABIC.match(word) else [word]
        return [
            f[:n]
            for f in forms
            for n in range(1, len(f) + 1)
            if f[:n] in self._terms and short_stem_fits(f[:n], f)
        ]


#: the Chinese names of places in the lexicons
_CJK_PLACES = tuple({s for stems in lexicon.PLACES.values() for s in stems if has_cjk(s)})
#: the stems of places' names (not compound heads at the shortest head length)
_PLACE_STEMS = frozenset(s for stems in lexicon.PLACES.values() for s in stems)
#: a Latin-script place name this short is a word of its own more than a word's start
SHORT_PLACE = 3
#: … those names as found in folded text ("çin", China: "cin"); only the short ones (all
#: of them, folded anew, took 1.8 MB in every process)
_SHORT_PLACE_STEMS = frozenset(f for s in _PLACE_STEMS if len(f := fold(s)) <= SHORT_PLACE)


def short_stem_fits(stem: str, word: str) -> bool:
    """Whether a word starting with a stem is that stem's word: a place's name of
    `SHORT_PLACE` Latin letters or fewer only as the whole word (Turkish "Çin", China,
    folded "cin", is not French "cinq"); other stems as word starts ("krv", Slovak for
    blood: "krvných")."""
    if len(stem) > SHORT_PLACE or not (stem.isascii() and stem.isalnum()):
        return True
    return len(word) == len(stem) or stem not in _SHORT_PLACE_STEMS


def _inside(text: str, start: int, stem: str, longer: list[str]) -> bool:
    """Whether the stem found at `start` is part of one of the longer names."""
    for name in longer:
        offset = name.find(stem)
        while offset >= 0:
            if text.startswith(name, start - offset):
                return True
            offset = name.find(stem, offset + 1)
    return False


def _compound(doc: Doc, term: Term, parts: list[Part]) -> Iterator[tuple[Term, int, int]]:
    """A multi-word term translated word by word: every part within a few words of the
    first one, in one sentence, in any order ("Forces de soutien rapide")."""
    folded = doc.folded
    if not all(any(s in folded for s in stems) for stems, _ in parts):
        return
    spans = [[m.span() for m in pat.finditer(folded)] for _, pat in parts]
    for a, b in spans[0]:
        sentence = doc.sentence_of(a)
        lo, hi = a, b
        for others in spans[1:]:
            near = [
                (x, y)
                for x, y in others
                if abs(x - a) <= COMPOUND_REACH and doc.sentence_of(x) == sentence
            ]
            if not near:
                break
            x, y = min(near, key=lambda span: abs(span[0] - a))
            lo, hi = min(lo, x), max(hi, y)
        else:
            yield term, lo, hi

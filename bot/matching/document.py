"""An item's text as the matcher reads it: plain text cut into words and sentences."""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

from bot.matching.gated import trigrams_of
from bot.text import (
    HAS_INDIC,
    WORD_CHAR,
    WORD_PATTERN,
    WORD_PATTERN_INDIC,
    fold_aligned,
    split_sentences,
)

#: words of a plain text, captured so that `split` also yields the gaps between them
#: (the same words as `bot.text.tokenize`)
SPLIT = re.compile(f"({WORD_PATTERN})")
_SPLIT_INDIC = re.compile(f"({WORD_PATTERN_INDIC})")


def split_words(text: str) -> list[str]:
    """`SPLIT` of a text (words at odd indexes); Indic words run through their marks."""
    return (_SPLIT_INDIC if HAS_INDIC.search(text) else SPLIT).split(text)


#: two words joined by a lone hyphen ("Star-link"), as `find_joins` finds them
HYPHEN_JOIN = re.compile(rf"(?<!{WORD_CHAR})({WORD_CHAR}++)-(?=({WORD_CHAR}+))")


def find_joins(parts: list[str]) -> list[int]:
    """Indexes k of words joined to word k - 1 by a lone hyphen ("Star-link")."""
    out: list[int] = []
    j = 1
    last = len(parts) - 1
    while True:
        try:
            j = parts.index("-", j + 1)
        except ValueError:
            return out
        if j >= last:
            return out
        out.append(j // 2)  # gaps are at even indexes; gap 2k lies before word k


class Doc:
    """An item's text: plain, cut into words and sentences (title first).

    Words are kept as parallel lists (as written, start, end) from one regex split; their
    folded forms are looked up through the matcher's per-word cache.
    """

    __slots__ = (
        "_distinct",
        "_folded",
        "_heads",
        "_trigrams",
        "has_title",
        "joins",
        "raws",
        "spans",
        "starts",
        "text",
        "wend",
        "wstart",
    )

    def __init__(self, t: str, s: str, parts: list[str] | None = None) -> None:
        """`t` and `s`: title and summary as plain text; `parts`: `SPLIT` of the text."""
        self.text = text = f"{t}\n{s}" if t else s
        #: whether sentence 0 is a headline
        self.has_title = bool(t)
        spans: list[tuple[int, int]] = []
        if t:
            spans.append((0, len(t)))
        off = len(t) + 1 if t else 0
        spans.extend((a + off, b + off) for a, b in split_sentences(s))
        if not spans:
            spans = [(0, len(text))]
        self.spans = spans
        self.starts = [a for a, _ in spans]
        if parts is None:
            parts = split_words(text)
        #: the words as written; parts alternate gap, word, gap, ..., word, gap
        self.raws = parts[1::2]
        offs = list(accumulate(map(len, parts)))
        self.wstart = offs[0:-1:2]
        self.wend = offs[1::2]
        #: words k joined to word k - 1 by a hyphen (a joined token spans both)
        self.joins = find_joins(parts) if "-" in text else []
        self._folded: str | None = None
        self._heads: frozenset[str] | None = None
        self._trigrams: frozenset[str] | None = None
        self._distinct: set[str] | None = None

    @property
    def distinct(self) -> set[str]:
        """The distinct words as written."""
        if self._distinct is None:
            self._distinct = set(self.raws)
        return self._distinct

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold_aligned(self.text)
        return self._folded

    @property
    def heads(self) -> frozenset[str]:
        """The first three characters of the words of the folded text (for `Gated`)."""
        if self._heads is None:
            if self.text.isascii():
                # the words' heads, lower-cased (a word of `\w` with "_" in it is two words
                # here, which only adds heads)
                self._heads = frozenset([w[:3].lower() for w in self.distinct])
            else:
                self._heads = frozenset(HEADS.findall(self.folded))
        return self._heads

    @property
    def trigrams(self) -> frozenset[str]:
        """The three-character substrings of the folded text (for `Gated`)."""
        if self._trigrams is None:
            self._trigrams = trigrams_of(self.folded)
        return self._trigrams

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def sentence(self, i: int) -> str:
        a, b = self.spans[i]
        return self.text[a:b].strip()

    def words_in(self, lo: int, hi: int) -> range:
        """Indexes of the words starting in [lo, hi)."""
        return range(bisect.bisect_left(self.wstart, lo), bisect.bisect_left(self.wstart, hi))


#: the first three characters of each word (of `\w`, as `\b` sees words)
HEADS = re.compile(r"\b\w{1,3}")

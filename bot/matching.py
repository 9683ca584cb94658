"""Claims compiled into a matcher: which claims an item is about, and its stance.

Pure: text in, `Match` records out. A `Matcher` compiles its claims once into an index
from term tokens (folded, stemmed, transliterated) to terms, so an item's words are
looked up instead of every term being searched in every item; per-word lookups (which
also do the fuzzy and cross-script comparisons) are cached, since news vocabulary repeats.

Term matching, per word (never inside a longer word):
  exact           folded forms equal (case, accents, curly quotes, Star-link → starlink)
  inflected       term stem + a known ending (Musk's, Starlinks, Muska, Putinem, Маском)
  fuzzy           name-like terms (capitalised in the config) of 5+ letters within a small
                  edit distance (Kirienko, Vladamir); shorter terms never fuzzy
  transliterated  another script with the same consonant skeleton (Musk ↔ Маск,
                  Kiriyenko ↔ Кирієнко); Chinese terms match by substring, only when listed

Speed: an item is screened first. Its plain text is cut into words once; each distinct
word (as written) is looked up once per matcher and remembered, with the (claim, require
group) pairs and claim contexts it may stand for, so most items cost a regex split and a
set difference. Only items whose every require group (and context) may be present get
sentences, term hits and stance work. Stance regexes are gated by literals: a branch of a
cue pattern is only run over an item whose folded text contains a literal the branch
cannot match without.

Stance, per sentence: a contradiction needs a cue (denial, falsehood label, correction,
counter-fact, negated claim action, or a claim's own `contradict` phrase) that concerns
the claim — the claim's terms, or a bare "the report", in what the cue applies to.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, compress

from bot import lexicon
from bot.records import Claim, HitKind, Match, Stance, TermHit
from bot.text import (
    fold,
    fold_aligned,
    plain_text,
    script_of,
    skeleton,
    split_sentences,
    strip_markup,
    to_ascii,
    tokenize,
)

__all__ = ["Explanation", "GroupResult", "Matcher"]

_LATIN_SUFFIXES = frozenset(
    "s es e ed d ing a u em iem owi ie om ach ami ow n an ese ian ians ns en ego emu ym".split()
)
_CYR_SUFFIXES = frozenset(
    fold(s)
    for s in (
        "а я у ю е и ы і ї о ом ем ём ым им ой ою ей ею ах ях ам ям ами ями ов ев ів ові еві "
        "ого ему ому ый ий ая ое ые их ых ину ина ині ину ою ові"
    ).split()
)
_CYR_STEM_DROP = frozenset(fold(c) for c in "аяоеьйыиіу")
_EN_STEM_SUFFIXES = ("ing", "ed", "es", "s", "e")
_STOP = frozenset(
    "a an the of to in on at by for with from and or but as is are was were be been has have "
    "had not no his her its their this that since over near late into than then who which "
    "it he she they them also very".split()
)
_CACHE_LIMIT = 200_000


_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _with_verb_forms(terms: Sequence[str]) -> list[str]:
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


def _has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def _en_stem(word: str) -> str:
    for suf in _EN_STEM_SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[: -len(suf)]
    return word


def _term_stems(tok: str) -> set[str]:
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


def _common_ending_ok(term_tok: str, stem: str, ending: str) -> bool:
    """Common words inflect only as far as the journalist's form allows.

    "call" finds "calls" but not "called" (another sense); "refused" finds "refuse",
    "refusing" — the configured form was itself inflected.
    """
    if stem == term_tok:
        return ending in ("s", "es")
    if term_tok in (stem + "s", stem + "es"):
        return ending in ("", "s", "es")
    return ending in ("", "e", "s", "es", "ed", "d", "ing")


def _word_stems(tok: str) -> list[tuple[str, str]]:
    """(stem, ending) splits of a text word whose ending is a known inflection."""
    suffixes = _CYR_SUFFIXES if script_of(tok) == "cyrillic" else _LATIN_SUFFIXES
    out = [(tok, "")]
    for cut in range(1, min(4, len(tok) - 2) + 1):
        if tok[-cut:] in suffixes:
            out.append((tok[:-cut], tok[-cut:]))
    return out


@dataclass(frozen=True, slots=True)
class _Term:
    """A configured term, compiled."""

    text: str
    key: str
    toks: tuple[str, ...]
    cjk: bool


@dataclass(frozen=True, slots=True)
class _Hit:
    """A term found in an item's text."""

    term: _Term
    start: int
    end: int
    sentence: int
    how: HitKind
    score: float


@dataclass(frozen=True, slots=True)
class _Cue:
    kind: str
    text: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True, slots=True)
class _CompiledClaim:
    claim: Claim
    require: tuple[tuple[_Term, ...], ...]
    context: tuple[_Term, ...]
    #: multilingual concept stems pulled in by the English context words
    context_stems: tuple[str, ...]
    contradict: tuple[_Term, ...]
    exclude: tuple[_Term, ...]
    #: stems of the claim's actions: a negation of one of these is a contradiction
    action_stems: tuple[str, ...]
    #: `action_stems` split: Chinese ones (substrings) and the others (word prefixes)
    action_cjk: tuple[str, ...] = ()
    action_words: tuple[str, ...] = ()
    #: `context_stems` with their word-start patterns (None for Chinese: substrings)
    context_res: tuple[tuple[str, re.Pattern[str] | None], ...] = ()


@dataclass(frozen=True, slots=True)
class GroupResult:
    """One `require` group of a claim and what of it was found."""

    #: the group's terms as configured
    terms: tuple[str, ...]
    #: the terms found (empty when the group is missing)
    hits: tuple[TermHit, ...]


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why an item matches a claim or not, and how its stance was decided."""

    claim_id: str
    matched: bool
    #: one line: why it matched, or the first reason it did not
    reason: str
    groups: tuple[GroupResult, ...] = ()
    #: the context term found (None when none was found or the claim has no context)
    context_hit: TermHit | None = None
    #: the claim's context terms ("" when the claim has none)
    context_terms: tuple[str, ...] = ()
    #: the exclude term that vetoed the match, if any
    exclude_hit: TermHit | None = None
    stance: Stance | None = None
    #: the cue that decided a contradiction
    cue: str | None = None
    #: what kind of cue (denial, label, correction, counter, negation, claim phrase)
    cue_kind: str | None = None
    #: the sentence that decided the stance (evidence)
    sentence: str | None = None
    score: float = 0.0
    #: cues seen in the item that did not concern this claim, with why
    ignored_cues: tuple[str, ...] = field(default_factory=tuple)

    def lines(self) -> list[str]:
        """A human-readable account for a terminal."""
        head = "MATCH" if self.matched else "NO MATCH"
        out = [f"{self.claim_id}: {head} — {self.reason}"]
        for i, g in enumerate(self.groups, 1):
            names = " | ".join(g.terms)
            if g.hits:
                found = ", ".join(_describe_hit(h) for h in g.hits)
                out.append(f"  require group {i} ({names}): {found}")
            else:
                out.append(f"  require group {i} ({names}): missing")
        if self.context_terms:
            if self.context_hit is not None:
                out.append(f"  context: {_describe_hit(self.context_hit)}")
            else:
                out.append("  context: missing (" + " | ".join(self.context_terms) + ")")
        if self.exclude_hit is not None:
            out.append(f"  excluded by: {_describe_hit(self.exclude_hit)}")
        if self.matched:
            out.append(f"  stance: {self.stance} (score {self.score:.0f})")
            if self.cue is not None:
                out.append(f"  cue: {self.cue!r} ({self.cue_kind})")
            if self.sentence:
                out.append(f"  evidence: {self.sentence}")
        for note in self.ignored_cues:
            out.append(f"  ignored cue: {note}")
        return out


def _describe_hit(h: TermHit) -> str:
    if h.how == "exact":
        return f"{h.term!r} exact"
    return f"{h.term!r} as {h.found!r} ({h.how} {h.score:.0f})"


#: words of a plain text, captured so that `split` also yields the gaps between them
#: (the same words as `bot.text.tokenize`, which finds `[^\W_]+`)
_SPLIT = re.compile(r"([^\W_]+)")
_NOT_LETTER = re.compile(r"[^a-z]")
#: the first letter of the skeleton of an ASCII word by its first two letters (the one
#: start for which the third letter matters, "ck", is left out)
_SKELETON_FIRST = {
    a + b: skeleton(a + b + "b")[:1]
    for a in string.ascii_lowercase + string.digits
    for b in string.ascii_lowercase + string.digits
    if a + b != "ck"
}
#: two words joined by a lone hyphen ("Star-link"), as `_joins` finds them
_HYPHEN_JOIN = re.compile(r"(?<![^\W_])([^\W_]++)-(?=([^\W_]+))")
#: an HTML character reference beyond U+0FFF (Chinese characters among them)
_WIDE_REF = re.compile(r"&#(?:[xX]0*[1-9a-fA-F][0-9a-fA-F]{3,}|0*[1-9]\d{4,});")


def _joins(parts: list[str]) -> list[int]:
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


class _Doc:
    """An item's text: plain, cut into words and sentences (title first).

    Words are kept as parallel lists (as written, start, end) from one regex split; their
    folded forms are looked up through the matcher's per-word cache.
    """

    __slots__ = (
        "_distinct",
        "_folded",
        "_heads",
        "joins",
        "raws",
        "spans",
        "starts",
        "text",
        "wend",
        "wstart",
    )

    def __init__(self, t: str, s: str, parts: list[str] | None = None) -> None:
        """`t` and `s`: title and summary as plain text; `parts`: `_SPLIT` of the text."""
        self.text = text = f"{t}\n{s}" if t else s
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
            parts = _SPLIT.split(text)
        #: the words as written; parts alternate gap, word, gap, ..., word, gap
        self.raws = parts[1::2]
        offs = list(accumulate(map(len, parts)))
        self.wstart = offs[0:-1:2]
        self.wend = offs[1::2]
        #: words k joined to word k - 1 by a hyphen (a joined token spans both)
        self.joins = _joins(parts) if "-" in text else []
        self._folded: str | None = None
        self._heads: frozenset[str] | None = None
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
        """The first three characters of the words of the folded text (for `_Gated`)."""
        if self._heads is None:
            if self.text.isascii():
                # the words' heads, lower-cased (a word of `\w` with "_" in it is two words
                # here, which only adds heads)
                self._heads = frozenset([w[:3].lower() for w in self.distinct])
            else:
                self._heads = frozenset(_HEADS.findall(self.folded))
        return self._heads

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def sentence(self, i: int) -> str:
        a, b = self.spans[i]
        return self.text[a:b].strip()

    def words_in(self, lo: int, hi: int) -> range:
        """Indexes of the words starting in [lo, hi)."""
        return range(bisect.bisect_left(self.wstart, lo), bisect.bisect_left(self.wstart, hi))


# --- literal-gated patterns ------------------------------------------------------------
#
# Python's regex engine tries every branch of an alternation at every position, so the
# cue alternations (a hundred branches) cost far more than the rest of the matching. Each
# branch has a literal it cannot match without ("den" in \bden(?:y|ies…)\b); only the
# branches whose literal occurs in an item's folded text are compiled into the pattern run
# over it. A branch that cannot match anywhere in a text changes nothing in an alternation
# (not which branch wins at a position, nor where the next search starts), so the matches
# are exactly those of the full alternation.


def _class_end(p: str, i: int) -> int:
    """Index after the character set starting at p[i] == "["."""
    j = i + 1
    if p[j : j + 1] == "^":
        j += 1
    if p[j : j + 1] == "]":
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return j + 1


def _group_end(p: str, i: int) -> int:
    """Index after the group starting at p[i] == "("."""
    depth = 0
    j = i
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(p, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise ValueError(f"unbalanced pattern: {p!r}")


def _split_top(p: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    out: list[str] = []
    start = i = 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _class_end(p, i)
        elif c == "(":
            i = _group_end(p, i)
        else:
            if c == "|":
                out.append(p[start:i])
                start = i + 1
            i += 1
    out.append(p[start:])
    return out


_QUANTIFIER = re.compile(r"\{\d*(?:,\d*)?\}")


def _literal(branch: str) -> str | None:
    """The longest literal text every match of the branch contains (None if none is sure).

    Only what stands outside groups and sets counts; an atom with a quantifier that allows
    it to be absent or repeated ends a run.
    """
    runs: list[str] = []
    cur: list[str] = []
    i = 0
    n = len(branch)
    while i < n:
        c = branch[i]
        atom: str | None = None
        if c == "\\":
            nxt = branch[i + 1 : i + 2]
            i += 2
            if not nxt.isalnum():
                atom = nxt  # an escaped literal (\. \-)
        elif c == "[":
            i = _class_end(branch, i)
        elif c == "(":
            i = _group_end(branch, i)
        elif c in ".^$?*+":
            i += 1  # a quantifier here follows a set, group or class: skip it
        elif c == "{" and (q := _QUANTIFIER.match(branch, i)):
            i = q.end()
        else:
            atom = c
            i += 1
        if atom is None:
            if cur:
                runs.append("".join(cur))
                cur = []
            continue
        q2 = _QUANTIFIER.match(branch, i)
        nxt = branch[i : i + 1]
        if nxt in ("?", "*") or q2:
            if cur:
                runs.append("".join(cur))
                cur = []
            i = q2.end() if q2 else i + 1
        elif nxt == "+":
            cur.append(atom)
            runs.append("".join(cur))
            cur = []
            i += 1
        else:
            cur.append(atom)
    if cur:
        runs.append("".join(cur))
    return max(runs, key=len) if runs else None


_CHOICE = frozenset("()[]|?*+{}.")


def _branches(pattern: str) -> list[str]:
    """The alternatives of a pattern, flattened so that each has a literal where possible.

    A branch that is one group is replaced by its alternatives; a branch P(?:x|y)S whose
    prefix P has no choice points is replaced by PxS, PyS when it has no literal of its
    own. Both keep the order the engine tries things in, so matches are unchanged.
    """
    out: list[str] = []
    for br in _split_top(pattern):
        if br.startswith("(?:") and _group_end(br, 0) == len(br):
            out.extend(_branches(br[3:-1]))
            continue
        lit = _literal(br)
        k = br.find("(")
        if (lit is None or len(lit) < 3) and k >= 0 and br.startswith("(?:", k):
            prefix = br[:k]
            simple = not any(ch in _CHOICE for ch in prefix.replace("\\b", ""))
            e = _group_end(br, k)
            inner = _split_top(br[k + 3 : e - 1])
            if simple and len(inner) > 1 and br[e : e + 1] not in ("?", "*", "+", "{"):
                for alt in inner:
                    out.extend(_branches(prefix + alt + br[e:]))
                continue
        out.append(br)
    return out


class _Gated:
    """An alternation of patterns, run per text with only the branches that may match.

    `present` picks the branches whose literal occurs in a text; `_finditer` then finds
    what the whole alternation would (leftmost match first, the earlier branch at equal
    starts, the next search from the end of the last match) by searching each branch on
    its own, so no pattern is compiled per text.
    """

    __slots__ = ("_branches", "_checks", "_heads", "_literals", "_patterns")

    def __init__(self, patterns: Iterable[str]) -> None:
        self._branches = tuple(b for p in patterns for b in _branches(p))
        #: branches that start a word with three known letters: by those letters
        self._heads: list[tuple[int, str]] = []
        #: the others: by a literal (None: always run)
        checks: list[tuple[int, str | None, bool]] = []
        #: per branch, a literal each of its matches contains (None: none known)
        self._literals: list[str | None] = []
        for i, br in enumerate(self._branches):
            lead = _LEAD.match(br)
            lit = _literal(br)
            self._literals.append(lit)
            if lead and len(lead.group(1)) >= 3:
                self._heads.append((i, lead.group(1)[:3]))
                continue
            checks.append((i, lit, lit is None or lit.isascii()))
        self._checks = tuple(checks)
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self._branches)

    def present(self, text: str, heads: frozenset[str]) -> list[tuple[re.Pattern[str], str | None]]:
        """The branches that can match in `text`, in order, compiled, with their literal.

        `heads`: the first three characters (or fewer) of the words of `text`.
        """
        if text.isascii():
            key = [i for i, lit, asc in self._checks if lit is None or (asc and lit in text)]
        else:
            key = [i for i, lit, _ in self._checks if lit is None or lit in text]
        key += [i for i, head in self._heads if head in heads]
        key.sort()
        out: list[tuple[re.Pattern[str], str | None]] = []
        for i in key:
            pat = self._patterns[i]
            if pat is None:
                pat = self._patterns[i] = re.compile(self._branches[i])
            out.append((pat, self._literals[i]))
        return out


def _finditer(
    branches: Sequence[tuple[re.Pattern[str], str | None]], text: str
) -> list[re.Match[str]]:
    """The matches of the alternation of the branches in `text` (as its `finditer` would)."""
    out: list[re.Match[str]] = []
    pats = [p for p, lit in branches if lit is None or lit in text]
    if not pats:
        return out
    nxt = [p.search(text) for p in pats]
    pos = 0
    while True:
        best: re.Match[str] | None = None
        for k, m in enumerate(nxt):
            if m is not None and m.start() < pos:
                m = nxt[k] = pats[k].search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return out
        out.append(best)
        pos = best.end() if best.end() > best.start() else best.end() + 1


def _search(branches: Sequence[tuple[re.Pattern[str], str | None]], text: str) -> bool:
    return any((lit is None or lit in text) and p.search(text) for p, lit in branches)


#: a branch that starts a word with letters (\bden…): the letters, up to a quantified one
_LEAD = re.compile(r"\\b([^\W\d_]+)(?![?*{])")
#: the first three characters of each word (of `\w`, as `\b` sees words)
_HEADS = re.compile(r"\b\w{1,3}")

_CUE_KINDS: tuple[tuple[str, _Gated], ...] = (
    ("denial", _Gated(lexicon.DENIAL)),
    ("label", _Gated(lexicon.LABEL)),
    ("correction", _Gated(lexicon.CORRECTION)),
    ("counter", _Gated(lexicon.COUNTER)),
)
_NEGATION = _Gated([lexicon.NEGATION])
#: a negation of the cue in its own clause ("did not deny"; not "never happened, rejecting")
_NEG_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|nicht|не|nie)\b|n't)[^\w,;:.!?]*(?:\w+[^\w,;:.!?]+){0,2}$"
)
#: where a negated clause ends (German: its verb stands just before)
_CLAUSE_TAIL = re.compile(r"[,;:.!?]|\s-\s")
#: the end of a clause (what a denial applies to ends there)
_CLAUSE_END = re.compile(r"[;:]|\s-\s")
_DENIED_ACCESS = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:access|entry|permission|visa|bail)\b")
_REPORT_REF = tuple(lexicon.REPORT_REF)
_REF = _Gated(
    [
        r"\b(?:"
        + "|".join(re.escape(r) for r in lexicon.REPORT_REF)
        + ")|"
        + "|".join(r for r in lexicon.REPORT_REF if _CJK.search(r))
    ]
)
_WORDS = re.compile(r"[^\W_]+")
#: a negated infinitive (ru/uk -ть/-ти, pl -ć folded to -c) or a Chinese prohibitive
_INFINITIVE = re.compile(r"^\s+\w+(?:ть|ти|ться|тися|тись|ac|ec|ic|yc|sc)\b|^要|^得")


@dataclass(frozen=True, slots=True)
class _NegSite:
    """A negation in a sentence, with what it may negate (claim-independent)."""

    sentence: int
    #: start and end of the negation word in the text
    start: int
    end: int
    #: Chinese: the characters after it; other scripts: the candidate negated words
    window: str
    words: tuple[str, ...]
    #: the folded text after the negation, to the sentence end
    after: str
    cjk: bool


class _DocState:
    """Per-item stance work shared by the claims decided for the item (computed lazily)."""

    __slots__ = ("cues", "neg_sites")

    def __init__(self) -> None:
        self.cues: list[_Cue] | None = None
        self.neg_sites: list[_NegSite] | None = None


_EMPTY: tuple[tuple[str, HitKind, float], ...] = ()
_NO_PAIRS: frozenset[tuple[int, int]] = frozenset()
_NOTHING: tuple[tuple[tuple[str, HitKind, float], ...], frozenset[tuple[int, int]]] = (
    _EMPTY,
    _NO_PAIRS,
)


class _QuickTest:
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

    __slots__ = ("_cross", "_fuzzy", "_letters", "_stems")

    _cross: frozenset[str]
    _stems: dict[str, tuple[str, ...]]

    def __init__(self, tokens: set[str], names: set[str]) -> None:
        #: the stems by their first two characters (a word starts with one of its bucket);
        #: stems of one character are in the bucket of every two-character start
        stems = {st for tok in tokens for st in _term_stems(tok)}
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
            for form in (tok, *_term_stems(tok))
            if to_ascii(form)
        )
        #: (skeleton letter, word length) of candidates: lower-case words, capitalised ones
        fuzzy: tuple[set[tuple[str, int]], set[tuple[str, int]]] = (set(), set())
        #: per skeleton letter, the letters of those names: a word within two edits of a
        #: name (or a stem of the word) lacks at most two of the name's letters
        letters: dict[str, list[frozenset[str]]] = {}
        for tok in own_names:
            a = to_ascii(tok)
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
        if not norm.isalpha():
            # letters and digits: names are compared by their letters (fuzzy from five)
            return norm.isdigit() or len(_NOT_LETTER.sub("", norm)) < 5
        if len(norm) < 5:
            return True
        letter = _SKELETON_FIRST.get(norm[:2]) or skeleton(norm[:3])[:1]
        if len(norm) >= 6 and letter in self._cross:
            return False
        if (letter, len(norm)) not in self._fuzzy[raw[:1].isupper()]:
            return True
        have = set(norm)
        return all(len(name - have) > 2 for name in self._letters[letter])


class Matcher:
    """Claims compiled once; `match` an item's title and summary against all of them."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._claims: list[_CompiledClaim] = []
        self._terms: dict[str, _Term] = {}
        #: folded token → term tokens it is (exact)
        self._exact: dict[str, set[str]] = {}
        #: stem → term tokens with that stem
        self._stems: dict[str, set[str]] = {}
        #: consonant skeleton → name-like term tokens (cross-script)
        self._skel: dict[str, set[str]] = {}
        #: ASCII form → name-like term tokens (fuzzy)
        self._ascii: dict[str, set[str]] = {}
        #: term tokens that are names (capitalised or non-Latin): any inflection, fuzzy
        self._names: set[str] = set()
        #: term token → terms starting with it
        self._first: dict[str, list[_Term]] = {}
        self._cjk_terms: list[_Term] = []
        #: term key → claims that use it in `require`
        self._by_term: dict[str, set[int]] = {}
        for idx, claim in enumerate(claims):
            self._claims.append(self._compile_claim(idx, claim))
        # --- the screen: which (claim, require group) a word may stand for; group -1 is
        # the claim's context (needed when the claim has context terms)
        screen: dict[str, set[tuple[int, int]]] = {}
        #: Chinese term → (claim, group) (found by substring)
        self._screen_cjk: list[tuple[str, int, int]] = []
        #: context stems → claims (word prefixes), and Chinese ones (substrings)
        stem_claims: dict[str, set[int]] = {}
        self._screen_cjk_stems: list[tuple[str, int]] = []
        for idx, cc in enumerate(self._claims):
            tagged = [(gi, t) for gi, group in enumerate(cc.require) for t in group]
            if cc.claim.context:
                tagged += [(-1, t) for t in cc.context]
                for stem, pat in cc.context_res:
                    if pat is None:
                        self._screen_cjk_stems.append((stem, idx))
                    else:
                        stem_claims.setdefault(stem, set()).add(idx)
            for gi, term in tagged:
                if term.cjk:
                    self._screen_cjk.append((term.toks[0], idx, gi))
                else:
                    screen.setdefault(term.toks[0], set()).add((idx, gi))
        #: Chinese require terms (found by substring, not by chunks)
        self._cjk_require = any(gi >= 0 for _, _, gi in self._screen_cjk)
        self._screen: dict[str, frozenset[tuple[int, int]]] = {
            k: frozenset(v) for k, v in screen.items()
        }
        self._stem_claims = {k: frozenset((ci, -1) for ci in v) for k, v in stem_claims.items()}
        self._stem_prefixes = tuple(sorted(stem_claims))
        # quick tests that a plain ASCII word stands for no screen token (most words), and
        # for no term token at all (in a matching item, most of its words)
        self._screen_quick = _QuickTest(set(self._screen), self._names)
        self._term_quick = _QuickTest(set(self._exact), self._names)
        self._needs = [(len(cc.require), bool(cc.claim.context)) for cc in self._claims]
        #: words as written → (term tokens they stand for, screen pairs)
        self._words: dict[
            str, tuple[tuple[tuple[str, HitKind, float], ...], frozenset[tuple[int, int]]]
        ] = {}
        #: white-space separated chunks of text ("(Reuters)", "Star-link's") → the screen
        #: pairs of their words (chunks with none are only remembered in `_unscreened`)
        self._chunks: dict[str, frozenset[tuple[int, int]]] = {}
        #: chunks that stand for no require group: nothing, or context words only
        self._unscreened: set[str] = set()
        #: words that stand for no screen token by the quick test (not looked up), and
        #: words that only start with a context stem
        self._no_screen: set[str] = set()
        #: words that stand for no term token by the quick test (not looked up)
        self._no_terms: set[str] = set()
        self._stem_only: dict[str, frozenset[tuple[int, int]]] = {}
        #: name forms by first skeleton letter, then length (fuzzy candidates share both)
        self._fuzzy: dict[str, dict[int, list[str]]] = {}
        for a in sorted(self._ascii):
            if len(a) >= 5:
                self._fuzzy.setdefault(skeleton(a)[:1], {}).setdefault(len(a), []).append(a)
        self._distance: Callable[..., int] | None = None
        if self._fuzzy:
            from rapidfuzz.distance import Levenshtein  # only matchers with names need it

            self._distance = Levenshtein.distance
        #: per word script: skeleton → name tokens of another script
        self._skel_other: dict[str, dict[str, tuple[str, ...]]] = {}
        for script in ("latin", "cyrillic", "other"):
            table: dict[str, tuple[str, ...]] = {}
            for sk, toks in self._skel.items():
                other = tuple(sorted(t for t in toks if script_of(t) != script))
                if other:
                    table[sk] = other
            self._skel_other[script] = table

    # --- compiling -------------------------------------------------------------------

    def _term(self, text: str) -> _Term:
        key = fold(" ".join(text.split()))
        term = self._terms.get(key)
        if term is not None:
            return term
        if _has_cjk(text):
            term = _Term(text, key, (key.replace(" ", ""),), True)
            self._cjk_terms.append(term)
        else:
            toks = tuple(tk.norm for tk in tokenize(text) if not tk.joined)
            if not toks:
                toks = (key,)
            term = _Term(text, key, toks, False)
            self._first.setdefault(toks[0], []).append(term)
            raw_words = [tk.raw for tk in tokenize(text) if not tk.joined]
            for tok, raw in zip(toks, raw_words, strict=False):
                self._exact.setdefault(tok, set()).add(tok)
                for stem in _term_stems(tok):
                    self._stems.setdefault(stem, set()).add(tok)
                name_like = raw[:1].isupper() or script_of(tok) != "latin"
                if name_like:
                    self._names.add(tok)
                if name_like and len(tok) >= 3:
                    a = to_ascii(tok)
                    if script_of(tok) == "cyrillic":
                        for stem in _term_stems(tok):
                            self._skel.setdefault(skeleton(to_ascii(stem)), set()).add(tok)
                    self._skel.setdefault(skeleton(a), set()).add(tok)
                    self._ascii.setdefault(a, set()).add(tok)
        self._terms[key] = term
        return term

    def _compile_claim(self, idx: int, claim: Claim) -> _CompiledClaim:
        require = tuple(tuple(self._term(t) for t in group) for group in claim.require)
        for group in require:
            for term in group:
                self._by_term.setdefault(term.key, set()).add(idx)
        context = tuple(self._term(t) for t in _with_verb_forms(claim.context))
        contradict = tuple(self._term(t) for t in claim.contradict)
        exclude = tuple(self._term(t) for t in claim.exclude)
        # the claim's action vocabulary: statement + context + contradict words that are
        # not names, and the multilingual concept tables they trigger
        words: set[str] = set()
        names = {tk.norm for g in claim.require for t in g for tk in tokenize(t)}
        for text in (claim.statement, *claim.context, *claim.contradict):
            for tk in tokenize(text):
                if tk.joined or tk.norm in _STOP or tk.norm in names or tk.raw[:1].isupper():
                    continue
                if tk.norm.isdigit() or len(tk.norm) < 3:
                    continue
                words.add(_en_stem(tk.norm))
        concept_stems: set[str] = set()
        context_words = {_en_stem(tk.norm) for t in claim.context for tk in tokenize(t)}
        ctx_stems: set[str] = set()
        for concept, triggers in lexicon.CONCEPT_TRIGGERS.items():
            if any(w.startswith(trig) or trig.startswith(w) for w in words for trig in triggers):
                concept_stems.update(fold(s) for s in lexicon.CONCEPTS[concept])
                concept_stems.update(triggers)
            if any(
                w.startswith(trig) or trig.startswith(w) for w in context_words for trig in triggers
            ):
                ctx_stems.update(fold(s) for s in lexicon.CONCEPTS[concept])
        action = tuple(sorted(words | concept_stems))
        context_stems = tuple(sorted(ctx_stems))
        return _CompiledClaim(
            claim,
            require,
            context,
            context_stems,
            contradict,
            exclude,
            action,
            action_cjk=tuple(st for st in action if _has_cjk(st)),
            action_words=tuple(st for st in action if not _has_cjk(st)),
            context_res=tuple(
                (st, None if _has_cjk(st) else re.compile(r"\b" + re.escape(st)))
                for st in context_stems
            ),
        )

    # --- words -----------------------------------------------------------------------

    def _word(
        self, raw: str
    ) -> tuple[tuple[tuple[str, HitKind, float], ...], frozenset[tuple[int, int]]]:
        """What a word as written stands for: term tokens (and how), and screen pairs.

        A hyphen-joined word ("Star-link") is looked up as its parts' folded forms joined.
        """
        got = self._words.get(raw)
        if got is not None:
            return got
        if len(self._words) > _CACHE_LIMIT:
            self._words.clear()
        if "-" in raw:
            left, right = raw.split("-")
            norm = fold(left) + fold(right)
        else:
            norm = fold(raw)
        found = self._lookup(norm, raw[:1].isupper())
        pairs: set[tuple[int, int]] = set()
        for term_tok, _, _ in found:
            pairs.update(self._screen.get(term_tok, ()))
        if self._stem_prefixes and "-" not in raw:
            # context stems are word prefixes in the aligned folded text
            forms = {norm} if raw.isascii() else {norm, fold_aligned(raw)}
            for form in forms:
                if form.startswith(self._stem_prefixes):
                    for stem in self._stem_prefixes:
                        if form.startswith(stem):
                            pairs.update(self._stem_claims[stem])
        entry = (found, frozenset(pairs)) if found or pairs else _NOTHING
        self._words[raw] = entry
        return entry

    def _screen_word(self, raw: str) -> frozenset[tuple[int, int]]:
        """A word's screen pairs; a plain ASCII word that cannot have any skips its lookup."""
        got = self._words.get(raw)
        if got is not None:
            return got[1]
        if raw in self._no_screen:
            return _NO_PAIRS
        if self._screen_quick.none(raw):
            # no screen token: only context stems can give pairs
            norm = raw.lower()
            if not (self._stem_prefixes and norm.startswith(self._stem_prefixes)):
                self._no_screen.add(raw)
                return _NO_PAIRS
            got2 = self._stem_only.get(raw)
            if got2 is None:
                pairs: set[tuple[int, int]] = set()
                for stem in self._stem_prefixes:
                    if norm.startswith(stem):
                        pairs.update(self._stem_claims[stem])
                got2 = self._stem_only[raw] = frozenset(pairs)
            return got2
        return self._word(raw)[1]

    def _learn_chunks(self, new: list[str]) -> dict[str, frozenset[tuple[int, int]]]:
        """Screen pairs of chunks not seen before (all of them; remembered as well).

        Their words are split out together: when none stands for a screen token, which is
        the common case, the chunks are all remembered as standing for nothing at once.
        Chunks of raw feed text that plain text would differ in (entities, non-ASCII
        characters to normalise) are screened as plain text.
        """
        if len(self._chunks) + len(self._unscreened) > _CACHE_LIMIT:
            self._chunks.clear()
            self._unscreened.clear()
            self._no_screen.clear()
            self._stem_only.clear()
        out: dict[str, frozenset[tuple[int, int]]] = {}
        simple: list[str] = []
        for c in new:
            if "&" in c or not c.isascii():
                pairs: set[tuple[int, int]] = set()
                for part in plain_text(c).split():
                    pairs.update(self._chunk(part))
                out[c] = self._remember(c, pairs)
            else:
                simple.append(c)
        if simple:
            screen_word = self._screen_word
            batch = " ".join(simple)
            hit: dict[str, frozenset[tuple[int, int]]] = {}
            for w in set(_SPLIT.split(batch)[1::2]) - self._no_screen:
                if word_pairs := screen_word(w):
                    hit[w] = word_pairs
            joined = "-" in batch and any(
                not self._screen_quick.none(left + right) and self._word(f"{left}-{right}")[1]
                for left, right in _HYPHEN_JOIN.findall(batch)
            )
            if not hit and not joined:
                self._unscreened.update(simple)
                return out
            for c in simple:
                known = hit.get(c)
                if "-" in c:
                    out[c] = self._chunk(c)
                elif known is not None:
                    out[c] = self._remember(c, known)
                elif c.isalnum():
                    self._unscreened.add(c)  # one word, standing for nothing
                    out[c] = _NO_PAIRS
                else:
                    out[c] = self._remember(
                        c, {p for w in _SPLIT.split(c)[1::2] for p in hit.get(w, ())}
                    )
        return out

    def _remember(self, chunk: str, pairs: Iterable[tuple[int, int]]) -> frozenset[tuple[int, int]]:
        """Remember a chunk's screen pairs; one that stands for no require group (nothing,
        or context words only) is also among the chunks the first subset test passes."""
        got = frozenset(pairs)
        if got:
            self._chunks[chunk] = got
        if all(gi < 0 for _, gi in got):
            self._unscreened.add(chunk)
        return got or _NO_PAIRS

    def _chunk(self, chunk: str) -> frozenset[tuple[int, int]]:
        """The screen pairs of the words of a white-space separated chunk of text.

        Words never span white space, nor do hyphen-joined words, so an item's words are
        the words of its chunks.
        """
        got = self._chunks.get(chunk)
        if got is not None:
            return got
        if chunk in self._unscreened:
            return _NO_PAIRS
        parts = _SPLIT.split(chunk)
        pairs: set[tuple[int, int]] = set()
        for raw in parts[1::2]:
            pairs.update(self._screen_word(raw))
        if "-" in chunk:
            for k in _joins(parts):
                left, right = parts[2 * k - 1], parts[2 * k + 1]
                if not self._screen_quick.none(left + right):
                    pairs.update(self._word(f"{left}-{right}")[1])
        return self._remember(chunk, pairs)

    def _lookup(self, tok: str, capital: bool) -> tuple[tuple[str, HitKind, float], ...]:
        """Term tokens a folded text word stands for, and how."""
        found: dict[str, tuple[HitKind, float]] = {}
        script = script_of(tok)
        if tok in self._exact:
            found[tok] = ("exact", 100.0)
        if script != "cjk":
            stems = _word_stems(tok)
            for stem, ending in stems:
                for term_tok in self._stems.get(stem, ()):
                    if term_tok in found or not (ending or stem != term_tok):
                        continue
                    if len(term_tok) <= 2:
                        continue
                    if term_tok in self._names or _common_ending_ok(term_tok, stem, ending):
                        found[term_tok] = ("inflected", 95.0)
            if len(tok) >= 3 and self._ascii:
                self._lookup_names(tok, script, capital, stems, found)
        return tuple((t, how, score) for t, (how, score) in sorted(found.items()))

    def _lookup_names(
        self,
        tok: str,
        script: str,
        capital: bool,
        stems: list[tuple[str, str]],
        found: dict[str, tuple[HitKind, float]],
    ) -> None:
        # the word's stems in ASCII, in the order of `stems` (the whole word first)
        forms: list[str] = []
        for stem, _ in stems:
            form = to_ascii(stem)
            if form and form not in forms:
                forms.append(form)
        other = self._skel_other.get(script)
        if other:
            for form in forms:
                if len(form) < (6 if script == "latin" else 3):
                    continue  # "masks" is not Маск: Latin meets other scripts in long names only
                for term_tok in other.get(skeleton(form), ()):
                    if term_tok not in found:
                        found[term_tok] = ("transliterated", 90.0)
        a = to_ascii(tok)
        if len(a) < 5 or self._distance is None:
            return
        distance = self._distance
        # best similarity per term token over the forms (ties: the earlier form)
        best: dict[str, tuple[HitKind, float]] = {}
        for form in forms:
            size = len(form)
            if size < 5:
                continue
            # the skeleton's first letter depends on the first three letters only
            by_size = self._fuzzy.get(skeleton(form[:3])[:1])
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
                        if not cross and n < 7 and not capital:
                            continue  # 5-6 letter names: only capitalised words (not "crimes")
                        sim = round(min(100.0 * (1 - dist / max(n, size)), 99.0), 1)
                        cur = best.get(term_tok)
                        if cur is None or sim > cur[1]:
                            best[term_tok] = ("transliterated" if cross else "fuzzy", sim)
        found.update(best)

    # --- terms in a document --------------------------------------------------------------

    def _find_terms(self, doc: _Doc) -> dict[str, list[_Hit]]:
        """Every configured term found in the document, by term key."""
        hits: dict[str, list[_Hit]] = {}
        get = self._words.get
        word = self._word
        no_terms = self._no_terms
        if len(no_terms) > _CACHE_LIMIT:
            no_terms.clear()
        quick = self._term_quick.none
        #: the distinct words of the document that stand for term tokens
        table: dict[str, tuple[tuple[str, HitKind, float], ...]] = {}
        for raw in doc.distinct:
            entry = get(raw)
            if entry is not None:
                if entry[0]:
                    table[raw] = entry[0]
            elif raw not in no_terms:
                if quick(raw):
                    no_terms.add(raw)
                elif found := word(raw)[0]:
                    table[raw] = found
        first = self._first
        if table:
            raws = doc.raws
            for i in compress(range(len(raws)), map(table.__contains__, raws)):
                for term_tok, how, score in table[raws[i]]:
                    for term in first.get(term_tok, ()):
                        self._phrase_at(doc, term, i, how, score, table, hits)
        for k in doc.joins:
            if quick(doc.raws[k - 1] + doc.raws[k]):
                continue
            a, b = doc.wstart[k - 1], doc.wend[k]
            for term_tok, how, score in self._word(doc.text[a:b])[0]:
                for term in first.get(term_tok, ()):
                    if len(term.toks) == 1:
                        self._add(doc, hits, term, a, b, how, score)
        if self._cjk_terms and _has_cjk(doc.text):
            folded = doc.folded
            for term in self._cjk_terms:
                needle = term.toks[0]
                start = folded.find(needle)
                while start >= 0:
                    self._add(doc, hits, term, start, start + len(needle), "exact", 100.0)
                    start = folded.find(needle, start + 1)
        return hits

    def _phrase_at(
        self,
        doc: _Doc,
        term: _Term,
        i: int,
        how: HitKind,
        score: float,
        table: dict[str, tuple[tuple[str, HitKind, float], ...]],
        hits: dict[str, list[_Hit]],
    ) -> None:
        n = len(term.toks)
        raws = doc.raws
        if i + n > len(raws):
            return
        worst_how, worst = how, score
        for j in range(1, n):
            got = [h for h in table.get(raws[i + j], _EMPTY) if h[0] == term.toks[j]]
            if not got:
                return
            if got[0][2] < worst:
                worst_how, worst = got[0][1], got[0][2]
        self._add(doc, hits, term, doc.wstart[i], doc.wend[i + n - 1], worst_how, worst)

    @staticmethod
    def _add(
        doc: _Doc,
        hits: dict[str, list[_Hit]],
        term: _Term,
        start: int,
        end: int,
        how: HitKind,
        score: float,
    ) -> None:
        hits.setdefault(term.key, []).append(
            _Hit(term, start, end, doc.sentence_of(start), how, score)
        )

    # --- stance ------------------------------------------------------------------------

    @staticmethod
    def _cues(doc: _Doc, hits: dict[str, list[_Hit]]) -> list[_Cue]:
        """Stance cues in the sentences that could concern a claim (terms or "the report")."""
        folded = doc.folded
        cues: list[_Cue] = []
        with_terms = {h.sentence for hs in hits.values() for h in hs}
        ref = _REF.present(folded, doc.heads)
        kinds: list[tuple[str, list[tuple[re.Pattern[str], str | None]]]] | None = None
        for si, (a, b) in enumerate(doc.spans):
            sent = folded[a:b]
            if si not in with_terms and not _search(ref, sent):
                continue
            if kinds is None:
                kinds = [(k, pats) for k, g in _CUE_KINDS if (pats := g.present(folded, doc.heads))]
            for kind, pats in kinds:
                for m in _finditer(pats, sent):
                    before = sent[: m.start()]
                    if kind in ("denial", "label") and _NEG_BEFORE.search(before):
                        continue  # "did not deny", "not a hoax"
                    if kind == "denial" and _DENIED_ACCESS.match(sent[m.end() :]):
                        continue  # "denied access to", not a denial of a report
                    cues.append(_Cue(kind, doc.text[a + m.start() : a + m.end()], *_abs(a, m), si))
        return cues

    @staticmethod
    def _neg_sites(doc: _Doc) -> list[_NegSite]:
        """Negations that may negate a claim's action, whatever the claim."""
        folded = doc.folded
        out: list[_NegSite] = []
        pats = _NEGATION.present(folded, doc.heads)
        if not pats:
            return out
        for si, (a, b) in enumerate(doc.spans):
            sent = folded[a:b]
            for m in _finditer(pats, sent):
                before = sent[max(0, m.start() - 4) : m.start()]
                after = sent[m.end() :]
                if _INFINITIVE.match(after):
                    continue  # "попросил не включать", "nie włączać", "不要": a request
                if _has_cjk(m.group()):
                    out.append(_NegSite(si, a + m.start(), a + m.end(), after[:6], (), after, True))
                    continue
                if before.endswith("to ") or after.startswith((" to ", " zu ")):
                    continue  # "asked him not to activate": a request, not a denial
                words = _WORDS.findall(after[:80])
                if "comment" in words[:5] or "commented" in words[:5]:
                    continue  # "was not available for comment"
                light = any(w in lexicon.NEG_LIGHT for w in words[:2])
                words = [w for w in words if w not in lexicon.NEG_SKIP][:3]
                if not words:
                    continue
                cand = [words[0]]
                if words[0] in lexicon.NEG_LIGHT:
                    cand = words[1:3]
                elif light:
                    cand = words[:3]  # "never had Starlink service": the light verb's object
                neg = m.group()
                if neg in lexicon.NEG_GERMAN and (
                    neg != "nie" or not lexicon.GERMAN_HINTS.isdisjoint(_WORDS.findall(sent))
                ):
                    # German puts the verb last: "hat nie mit Putin gesprochen"
                    clause = _CLAUSE_TAIL.split(after, maxsplit=1)[0]
                    tail = _WORDS.findall(clause)[-2:]
                    if tail[:1] == ["zu"]:
                        continue  # "bat Musk, Starlink nicht über Taiwan zu aktivieren": a request
                    cand = [*cand, *tail[-1:]]
                out.append(_NegSite(si, a + m.start(), a + m.end(), "", tuple(cand), after, False))
        return out

    @staticmethod
    def _negations(doc: _Doc, cc: _CompiledClaim, sites: list[_NegSite]) -> list[_Cue]:
        """Negated claim actions: "did not speak with", "was never activated", "не общался"."""
        out: list[_Cue] = []
        if not cc.action_stems:
            return out
        cjk_stems = cc.action_cjk
        word_stems = cc.action_words
        for site in sites:
            if site.cjk:
                if any(st in site.window for st in cjk_stems):
                    out.append(
                        _Cue(
                            "negation",
                            doc.text[site.start : site.end + 4],
                            site.start,
                            site.end,
                            site.sentence,
                        )
                    )
                continue
            hit = next((w for w in site.words if w.startswith(word_stems)), None)
            if hit is not None:
                end = site.after.find(hit) + len(hit) + site.end
                out.append(
                    _Cue("negation", doc.text[site.start : end], site.start, end, site.sentence)
                )
        return out

    @staticmethod
    def _concerns(
        doc: _Doc, cue: _Cue, cc: _CompiledClaim, hits: dict[str, list[_Hit]]
    ) -> str | None:
        """Why the cue concerns the claim (None when it does not)."""
        a, b = doc.spans[cue.sentence]
        lo = a
        if cue.kind == "denial":
            tail = doc.text[cue.end : b]
            if len(_WORDS.findall(tail)) >= 2:
                lo = cue.start
                # what is denied ends with its clause ("denies X; Musk praises Putin")
                semi = tail.find(";")
                if semi >= 0 and len(_WORDS.findall(tail[:semi])) >= 2:
                    b = cue.end + semi
        groups: set[int] = set()
        for gi, group in enumerate(cc.require):
            for term in group:
                if any(lo <= h.start < b for h in hits.get(term.key, ())):
                    groups.add(gi)
        ctx = any(
            lo <= h.start < b for term in cc.context for h in hits.get(term.key, ())
        ) or _find_stem(doc.folded[lo:b], cc.context_res)
        need = min(2, len(cc.require))
        if len(groups) >= need:
            return "the claim's terms are in the sentence"
        if groups and (ctx or not cc.context):
            return "the claim's terms and context are in the sentence"
        if cue.kind == "denial" and lo > a and cc.action_words:
            # "X, Y denies Z asked him anything": the claim's terms in the sentence and one
            # of its actions in the clause denied
            whole = {
                gi
                for gi, group in enumerate(cc.require)
                for term in group
                if any(a <= h.start < b for h in hits.get(term.key, ()))
            }
            if len(whole) >= need:
                clause = doc.folded[cue.end : b]
                stop = _CLAUSE_END.search(clause)
                if stop is not None:
                    clause = clause[: stop.start()]
                act = next(
                    (w for w in _WORDS.findall(clause) if w.startswith(cc.action_words)), None
                )
                if act is not None:
                    return f"the claim's terms are in the sentence and {act!r} is denied"
        # a reference to the report: bare ("denies the report") or about the claim's terms
        span = doc.words_in(lo, b)
        norms = [fold(doc.raws[i]) for i in span]
        for k, norm in enumerate(norms):
            if not norm.startswith(_REPORT_REF):
                continue
            if norm in ("it", "this") and not (norm == "it" and k > 0):
                continue
            if len(norm) > 4 and norm not in lexicon.REPORT_REF and script_of(norm) == "latin":
                continue  # "reporter", "claimed" by prefix: only the nouns count
            nxt = norms[k + 1] if k + 1 < len(norms) else None
            raw = doc.raws[span[k]]
            if nxt is None or nxt in lexicon.REPORT_TAIL_OK:
                return f"it refers to {raw!r}"
            start = doc.wstart[span[k]]
            if groups and any(
                h.start > start and h.sentence == cue.sentence
                for g in cc.require
                for t in g
                for h in hits.get(t.key, ())
            ):
                return f"it refers to {raw!r} about the claim"
        return None

    # --- deciding ----------------------------------------------------------------------------

    def _decide(
        self,
        cc: _CompiledClaim,
        doc: _Doc,
        hits: dict[str, list[_Hit]],
        state: _DocState,
        explain: bool,
    ) -> tuple[Explanation | None, Match | None]:
        """The claim's match for the item, and (when `explain`) why."""
        claim = cc.claim
        groups: list[GroupResult] = []
        best: list[_Hit] = []
        missing: int | None = None
        for gi, group in enumerate(cc.require):
            ghits = [h for t in group for h in hits.get(t.key, ())]
            if explain:
                groups.append(
                    GroupResult(
                        tuple(t.text for t in group),
                        tuple(_dedupe_hits(doc, ghits)),
                    )
                )
            if ghits:
                best.append(max(ghits, key=lambda h: (h.score, -h.start)))
            elif missing is None:
                missing = gi
                if not explain:
                    return None, None
        exclude_hit = next((hs[0] for t in cc.exclude if (hs := hits.get(t.key))), None)
        if exclude_hit is not None and not explain:
            return None, None
        ctx_hit: _Hit | None = next(
            (min(hs, key=lambda h: h.start) for t in cc.context if (hs := hits.get(t.key))), None
        )
        ctx_term_hit: TermHit | None = None
        if ctx_hit is not None:
            ctx_term_hit = _term_hit(doc, ctx_hit) if explain else _NO_TERM
        elif cc.context_stems:
            stem = _find_stem(doc.folded, cc.context_res)
            if stem:
                ctx_term_hit = TermHit(stem, stem, "transliterated", 90.0)
        if not explain and claim.context and ctx_term_hit is None:
            return None, None
        base = Explanation(
            claim_id=claim.id,
            matched=False,
            reason="",
            groups=tuple(groups),
            context_terms=claim.context,
            context_hit=ctx_term_hit,
        )
        if missing is not None:
            names = " | ".join(t.text for t in cc.require[missing])
            why_not = f"require group {missing + 1} ({names}) not found"
            return replace(base, matched=False, reason=why_not), None
        if exclude_hit is not None:
            eh = _term_hit(doc, exclude_hit)
            why_not = f"exclude term {eh.term!r} found"
            return replace(base, matched=False, reason=why_not, exclude_hit=eh), None
        if claim.context and ctx_term_hit is None:
            return replace(base, matched=False, reason="no context term found"), None
        score = round(sum(h.score for h in best) / len(best), 1)
        # stance
        if state.cues is None:
            state.cues = self._cues(doc, hits)
        candidates: list[tuple[int, _Cue, str]] = []
        for t in cc.contradict:
            for h in hits.get(t.key, ()):
                cue = _Cue("claim phrase", doc.text[h.start : h.end], h.start, h.end, h.sentence)
                candidates.append((0, cue, "a contradict phrase of the claim"))
        ignored: list[str] = []
        negations: list[_Cue] = []
        if cc.action_stems:
            if state.neg_sites is None:
                state.neg_sites = self._neg_sites(doc)
            negations = self._negations(doc, cc, state.neg_sites)
        for cue in [*state.cues, *negations]:
            why = (
                "a negated action of the claim"
                if cue.kind == "negation"
                else self._concerns(doc, cue, cc, hits)
            )
            if why is None:
                if explain:
                    ignored.append(f"{cue.text!r} ({cue.kind}): not about this claim")
                continue
            rank = _RANK[cue.kind]
            candidates.append((rank, cue, why))
        if candidates:
            rank, cue, why = min(candidates, key=lambda c: (c[0], c[1].start))
            evidence = doc.sentence(cue.sentence)
            terms = _all_term_hits(doc, cc, hits)
            match = Match(claim.id, "contradiction", score, evidence, terms, cue.text)
            if not explain:
                return None, match
            return (
                replace(
                    base,
                    matched=True,
                    reason=f"all require groups found; contradiction: {why}",
                    stance="contradiction",
                    cue=cue.text,
                    cue_kind=cue.kind,
                    sentence=evidence,
                    score=score,
                    ignored_cues=tuple(ignored),
                ),
                match,
            )
        evidence = doc.sentence(_best_sentence(doc, cc, hits))
        terms = _all_term_hits(doc, cc, hits)
        match = Match(claim.id, "update", score, evidence, terms, None)
        if not explain:
            return None, match
        return (
            replace(
                base,
                matched=True,
                reason="all require groups found; update: no denial of this claim",
                stance="update",
                sentence=evidence,
                score=score,
                ignored_cues=tuple(ignored),
            ),
            match,
        )

    # --- public ---------------------------------------------------------------------------------

    def _screen_item(self, text: str) -> list[int]:
        """Claims whose every require group (and context) may be present, in claim order.

        A conservative screen over the white-space chunks of the item's text as given
        (plain or feed HTML, without its markup): each distinct chunk (and word) is looked
        up once per matcher, a chunk that plain text would change as plain text; most
        items are settled by one subset test against the chunks known to stand for no
        require group (context words alone make no candidate), without being made plain
        text at all.
        """
        text = strip_markup(text)  # a link's address is many new chunks, and no match
        chunks = text.split()
        cjk = (self._screen_cjk or self._screen_cjk_stems) and (
            not text.isascii() or ("&#" in text and _WIDE_REF.search(text) is not None)
        )
        if self._unscreened.issuperset(chunks) and not (cjk and self._cjk_require):
            return []  # no chunk stands for a require group (most items)
        found: dict[int, set[int]] = {}
        known = self._chunks
        distinct = set(chunks)
        new = [c for c in distinct - self._unscreened if c not in known]
        learned = self._learn_chunks(new) if new else {}
        for chunk in distinct:
            pairs = learned.get(chunk) if chunk in learned else known.get(chunk)
            for ci, gi in pairs or ():
                found.setdefault(ci, set()).add(gi)
        if cjk and "&#" in text:
            text = plain_text(text)  # character references may stand for Chinese
        if cjk and not text.isascii() and _has_cjk(text):
            folded = fold_aligned(text)
            for needle, ci, gi in self._screen_cjk:
                if needle in folded:
                    found.setdefault(ci, set()).add(gi)
            for stem, ci in self._screen_cjk_stems:
                if stem in folded:
                    found.setdefault(ci, set()).add(-1)
        if not found:
            return []
        out: list[int] = []
        for ci, gs in found.items():
            n_groups, needs_context = self._needs[ci]
            present = len(gs) - (-1 in gs)
            if present == n_groups and (not needs_context or -1 in gs):
                out.append(ci)
        out.sort()
        return out

    def match(self, title: str, summary: str) -> list[Match]:
        """The claims this item is about, each with its stance and evidence (claim order)."""
        cand = self._screen_item(f"{title}\n{summary}" if title else summary)
        if not cand:
            return []
        doc = _Doc(plain_text(title), plain_text(summary))
        hits = self._find_terms(doc)
        if not hits:
            return []
        out: list[Match] = []
        state = _DocState()
        for idx in cand:
            cc = self._claims[idx]
            if not all(any(t.key in hits for t in g) for g in cc.require):
                continue
            _, m = self._decide(cc, doc, hits, state, explain=False)
            if m is not None:
                out.append(m)
        return out

    def explain(self, claim_id: str, title: str, summary: str) -> Explanation:
        """Why this item matches the claim or not (KeyError for an unknown claim id)."""
        for cc in self._claims:
            if cc.claim.id == claim_id:
                doc = _Doc(plain_text(title), plain_text(summary))
                hits = self._find_terms(doc)
                why, _ = self._decide(cc, doc, hits, _DocState(), explain=True)
                assert why is not None
                return why
        raise KeyError(claim_id)


_RANK = {"denial": 1, "correction": 2, "label": 3, "counter": 4, "negation": 5}
#: stands for "a context term was found" where no explanation is built
_NO_TERM = TermHit("", "", "exact", 0.0)


def _abs(offset: int, m: re.Match[str]) -> tuple[int, int]:
    return offset + m.start(), offset + m.end()


def _find_stem(folded: str, stems: Sequence[tuple[str, re.Pattern[str] | None]]) -> str | None:
    """The first stem found at a word start (Chinese: anywhere) in a folded text."""
    for s, pat in stems:
        if s in folded and (pat is None or pat.search(folded)):
            return s
    return None


def _term_hit(doc: _Doc, h: _Hit) -> TermHit:
    return TermHit(h.term.text, doc.text[h.start : h.end], h.how, h.score)


def _dedupe_hits(doc: _Doc, hs: Iterable[_Hit]) -> list[TermHit]:
    """One hit per place in the text: the best-scoring term found there."""
    best: dict[tuple[int, int], _Hit] = {}
    for h in hs:
        cur = best.get((h.start, h.end))
        if cur is None or (-h.score, h.term.key) < (-cur.score, cur.term.key):
            best[(h.start, h.end)] = h
    seen: set[tuple[str, str]] = set()
    out: list[TermHit] = []
    for h in sorted(best.values(), key=lambda h: (h.start, h.term.key)):
        th = _term_hit(doc, h)
        if (th.term, th.found) not in seen:
            seen.add((th.term, th.found))
            out.append(th)
    return out


def _all_term_hits(
    doc: _Doc, cc: _CompiledClaim, hits: dict[str, list[_Hit]]
) -> tuple[TermHit, ...]:
    hs = [h for g in cc.require for t in g for h in hits.get(t.key, ())]
    hs += [h for t in cc.context for h in hits.get(t.key, ())]
    return tuple(_dedupe_hits(doc, hs))


def _best_sentence(doc: _Doc, cc: _CompiledClaim, hits: dict[str, list[_Hit]]) -> int:
    best_i, best_key = 0, (-1, -1)
    for si in range(len(doc.spans)):
        groups = sum(
            1 for g in cc.require if any(h.sentence == si for t in g for h in hits.get(t.key, ()))
        )
        ctx = sum(1 for t in cc.context for h in hits.get(t.key, ()) if h.sentence == si)
        key = (groups, ctx)
        if key > best_key:
            best_i, best_key = si, key
    return best_i

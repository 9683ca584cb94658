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

Stance, per sentence: a contradiction needs a cue (denial, falsehood label, correction,
counter-fact, negated claim action, or a claim's own `contradict` phrase) that concerns
the claim — the claim's terms, or a bare "the report", in what the cue applies to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot import lexicon
from bot.records import Claim, HitKind, Match, Stance, TermHit
from bot.text import (
    fold,
    fold_aligned,
    html_to_text,
    plain_text,
    script_of,
    skeleton,
    split_sentences,
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


class _Doc:
    """An item's text: plain, tokenised, cut into sentences (title first)."""

    def __init__(self, title: str, summary: str) -> None:
        t = plain_text(title)
        s = plain_text(summary)
        self.text = f"{t}\n{s}" if t else s
        spans: list[tuple[int, int]] = []
        if t:
            spans.append((0, len(t)))
        off = len(t) + 1 if t else 0
        spans.extend((a + off, b + off) for a, b in split_sentences(s))
        if not spans:
            spans = [(0, len(self.text))]
        self.spans = spans
        self.starts = [a for a, _ in spans]
        self.tokens = tokenize(self.text)
        #: tokens that are words of the text (not hyphen-joined forms), for phrases
        self.words = [tk for tk in self.tokens if not tk.joined]
        self._folded: str | None = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold_aligned(self.text)
        return self._folded

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def sentence(self, i: int) -> str:
        a, b = self.spans[i]
        return self.text[a:b].strip()


def _compile_patterns(pats: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in pats))


_CUE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("denial", _compile_patterns(lexicon.DENIAL)),
    ("label", _compile_patterns(lexicon.LABEL)),
    ("correction", _compile_patterns(lexicon.CORRECTION)),
    ("counter", _compile_patterns(lexicon.COUNTER)),
)
_NEGATION = re.compile(lexicon.NEGATION)
_NEG_BEFORE = re.compile(r"(?:\b(?:not|never|no|nicht|не|nie)\b|n't)\W*(?:\w+\W+){0,2}$")
_DENIED_ACCESS = re.compile(r"^\W*(?:\w+\W+){0,3}?(?:access|entry|permission|visa|bail)\b")
_REPORT_REF = tuple(lexicon.REPORT_REF)
_REF_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(r) for r in lexicon.REPORT_REF)
    + ")|"
    + "|".join(r for r in lexicon.REPORT_REF if _CJK.search(r))
)
_QUICK_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
#: a negated infinitive (ru/uk -ть/-ти, pl -ć folded to -c) or a Chinese prohibitive
_INFINITIVE = re.compile(r"^\s+\w+(?:ть|ти|ться|тися|тись|ac|ec|ic|yc|sc)\b|^要|^得")


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
        self._cache: dict[tuple[str, bool], tuple[tuple[str, HitKind, float], ...]] = {}
        #: first token of a require term → (claim, group) it stands for (the screen)
        self._req_first: dict[str, set[tuple[int, int]]] = {}
        self._req_cjk: list[tuple[str, int, int]] = []
        self._quick_neg: set[str] = set()
        self._quick_pos: dict[str, tuple[tuple[int, int], ...]] = {}
        for idx, claim in enumerate(claims):
            self._claims.append(self._compile_claim(idx, claim))
            for gi, group in enumerate(self._claims[-1].require):
                for term in group:
                    if term.cjk:
                        self._req_cjk.append((term.toks[0], idx, gi))
                    else:
                        self._req_first.setdefault(term.toks[0], set()).add((idx, gi))
        #: name forms by the first letter of their skeleton (fuzzy candidates share it)
        self._fuzzy_buckets: dict[str, list[str]] = {}
        for a in sorted(self._ascii):
            if len(a) >= 5:
                self._fuzzy_buckets.setdefault(skeleton(a)[:1], []).append(a)

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
        context = tuple(self._term(t) for t in claim.context)
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
        return _CompiledClaim(
            claim, require, context, tuple(sorted(ctx_stems)), contradict, exclude, action
        )

    # --- words -----------------------------------------------------------------------

    def _lookup(self, tok: str, capital: bool) -> tuple[tuple[str, HitKind, float], ...]:
        """Term tokens a text word stands for, and how (cached)."""
        ck = (tok, capital)
        cached = self._cache.get(ck)
        if cached is not None:
            return cached
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
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
        result = tuple((t, how, score) for t, (how, score) in sorted(found.items()))
        self._cache[ck] = result
        return result

    def _lookup_names(
        self,
        tok: str,
        script: str,
        capital: bool,
        stems: list[tuple[str, str]],
        found: dict[str, tuple[HitKind, float]],
    ) -> None:
        forms = {to_ascii(stem) for stem, _ in stems}
        forms.discard("")
        for form in forms:
            if len(form) < 3:
                continue
            for term_tok in self._skel.get(skeleton(form), ()):
                if term_tok in found:
                    continue
                if script_of(term_tok) == script:
                    continue
                if script == "latin" and len(form) < 6:
                    continue  # "masks" is not Маск: Latin meets other scripts in long names only
                found[term_tok] = ("transliterated", 90.0)
        a = to_ascii(tok)
        if len(a) < 5:
            return
        for form in forms:
            if len(form) < 5:
                continue
            bucket = self._fuzzy_buckets.get(skeleton(form)[:1])
            if not bucket:
                continue
            for choice, dist, _ in process.extract(
                form, bucket, scorer=Levenshtein.distance, score_cutoff=2, limit=None
            ):
                n = len(choice)
                if n < 5 or dist > (1 if n < 7 else 2):
                    continue
                if skeleton(choice)[:1] != skeleton(form)[:1]:
                    continue
                for term_tok in self._ascii[choice]:
                    if term_tok in found:
                        continue
                    cross = script_of(term_tok) != script
                    if not cross and n < 7 and not capital:
                        continue  # 5-6 letter names: only capitalised words (not "crimes")
                    sim = 100.0 * (1 - dist / max(n, len(form)))
                    how: HitKind = "transliterated" if cross else "fuzzy"
                    found[term_tok] = (how, round(min(sim, 99.0), 1))

    # --- terms in a document --------------------------------------------------------------

    def _find_terms(self, doc: _Doc) -> dict[str, list[_Hit]]:
        """Every configured term found in the document, by term key."""
        hits: dict[str, list[_Hit]] = {}
        words = doc.words
        word_hits: list[tuple[tuple[str, HitKind, float], ...]] = []
        for w in words:
            word_hits.append(self._lookup(w.norm, w.raw[:1].isupper()))
        for i in range(len(words)):
            for term_tok, how, score in word_hits[i]:
                for term in self._first.get(term_tok, ()):
                    self._phrase_at(doc, term, i, how, score, word_hits, hits)
        for tk in doc.tokens:
            if tk.joined:
                for term_tok, how, score in self._lookup(tk.norm, tk.raw[:1].isupper()):
                    for term in self._first.get(term_tok, ()):
                        if len(term.toks) == 1:
                            self._add(doc, hits, term, tk.start, tk.end, how, score)
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
        word_hits: list[tuple[tuple[str, HitKind, float], ...]],
        hits: dict[str, list[_Hit]],
    ) -> None:
        words = doc.words
        n = len(term.toks)
        if i + n > len(words):
            return
        worst_how, worst = how, score
        for j in range(1, n):
            got = [h for h in word_hits[i + j] if h[0] == term.toks[j]]
            if not got:
                return
            if got[0][2] < worst:
                worst_how, worst = got[0][1], got[0][2]
        self._add(doc, hits, term, words[i].start, words[i + n - 1].end, worst_how, worst)

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
        for si, (a, b) in enumerate(doc.spans):
            sent = folded[a:b]
            if si not in with_terms and not _REF_RE.search(sent):
                continue
            for kind, pat in _CUE_PATTERNS:
                for m in pat.finditer(sent):
                    before = sent[: m.start()]
                    if kind in ("denial", "label") and _NEG_BEFORE.search(before):
                        continue  # "did not deny", "not a hoax"
                    if kind == "denial" and _DENIED_ACCESS.match(sent[m.end() :]):
                        continue  # "denied access to", not a denial of a report
                    cues.append(_Cue(kind, doc.text[a + m.start() : a + m.end()], *_abs(a, m), si))
        return cues

    def _negations(self, doc: _Doc, cc: _CompiledClaim) -> list[_Cue]:
        """Negated claim actions: "did not speak with", "was never activated", "не общался"."""
        folded = doc.folded
        out: list[_Cue] = []
        stems = cc.action_stems
        if not stems:
            return out
        cjk_stems = [s for s in stems if _has_cjk(s)]
        word_stems = tuple(s for s in stems if not _has_cjk(s))
        for si, (a, b) in enumerate(doc.spans):
            sent = folded[a:b]
            for m in _NEGATION.finditer(sent):
                before = sent[max(0, m.start() - 4) : m.start()]
                after = sent[m.end() :]
                if _INFINITIVE.match(after):
                    continue  # "попросил не включать", "nie włączać", "不要": a request
                if _has_cjk(m.group()):
                    window = after[:6]
                    if any(s in window for s in cjk_stems):
                        out.append(
                            _Cue(
                                "negation",
                                doc.text[a + m.start() : a + m.end() + 4],
                                a + m.start(),
                                a + m.end(),
                                si,
                            )
                        )
                    continue
                if before.endswith("to ") or after.startswith((" to ", " zu ")):
                    continue  # "asked him not to activate": a request, not a denial
                words = re.findall(r"[^\W_]+", after[:80])
                if "comment" in words[:5] or "commented" in words[:5]:
                    continue  # "was not available for comment"
                words = [w for w in words if w not in lexicon.NEG_SKIP][:3]
                if not words:
                    continue
                cand = [words[0]]
                if words[0] in lexicon.NEG_LIGHT:
                    cand = words[1:3]
                hit = next((w for w in cand if w.startswith(word_stems)), None)
                if hit is not None:
                    end = after.find(hit) + len(hit) + m.end()
                    out.append(
                        _Cue(
                            "negation",
                            doc.text[a + m.start() : a + end],
                            a + m.start(),
                            a + end,
                            si,
                        )
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
            if len(re.findall(r"[^\W_]+", tail)) >= 2:
                lo = cue.start
        groups: set[int] = set()
        for gi, group in enumerate(cc.require):
            for term in group:
                if any(lo <= h.start < b for h in hits.get(term.key, ())):
                    groups.add(gi)
        ctx = any(
            lo <= h.start < b for term in cc.context for h in hits.get(term.key, ())
        ) or _has_stem(doc.folded[lo:b], cc.context_stems)
        need = min(2, len(cc.require))
        if len(groups) >= need:
            return "the claim's terms are in the sentence"
        if groups and (ctx or not cc.context):
            return "the claim's terms and context are in the sentence"
        # a reference to the report: bare ("denies the report") or about the claim's terms
        words = [tk for tk in doc.words if lo <= tk.start < b]
        for k, tk in enumerate(words):
            if not tk.norm.startswith(_REPORT_REF) or tk.start < lo:
                continue
            if tk.norm in ("it", "this") and not (tk.norm == "it" and k > 0):
                continue
            if (
                len(tk.norm) > 4
                and tk.norm not in lexicon.REPORT_REF
                and script_of(tk.norm) == "latin"
            ):
                continue  # "reporter", "claimed" by prefix: only the nouns count
            nxt = words[k + 1].norm if k + 1 < len(words) else None
            if nxt is None or nxt in lexicon.REPORT_TAIL_OK:
                return f"it refers to {tk.raw!r}"
            if groups and any(
                h.start > tk.start and h.sentence == cue.sentence
                for g in cc.require
                for t in g
                for h in hits.get(t.key, ())
            ):
                return f"it refers to {tk.raw!r} about the claim"
        return None

    # --- deciding ----------------------------------------------------------------------------

    def _decide(
        self,
        cc: _CompiledClaim,
        doc: _Doc,
        hits: dict[str, list[_Hit]],
        cues: list[_Cue] | None,
    ) -> tuple[Explanation, Match | None, list[_Cue] | None]:
        claim = cc.claim
        groups: list[GroupResult] = []
        best: list[_Hit] = []
        missing: int | None = None
        for gi, group in enumerate(cc.require):
            ghits = [h for t in group for h in hits.get(t.key, ())]
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
        gtuple = tuple(groups)
        exclude_hit = next((hs[0] for t in cc.exclude if (hs := hits.get(t.key))), None)
        ctx_hit: _Hit | None = next(
            (min(hs, key=lambda h: h.start) for t in cc.context if (hs := hits.get(t.key))), None
        )
        ctx_term_hit: TermHit | None = _term_hit(doc, ctx_hit) if ctx_hit else None
        if ctx_hit is None and cc.context_stems:
            stem = _has_stem(doc.folded, cc.context_stems)
            if stem:
                ctx_term_hit = TermHit(stem, stem, "transliterated", 90.0)
        base = Explanation(
            claim_id=claim.id,
            matched=False,
            reason="",
            groups=gtuple,
            context_terms=claim.context,
            context_hit=ctx_term_hit,
        )
        if missing is not None:
            names = " | ".join(t.text for t in cc.require[missing])
            return (
                replace(
                    base, matched=False, reason=f"require group {missing + 1} ({names}) not found"
                ),
                None,
                cues,
            )
        if exclude_hit is not None:
            eh = _term_hit(doc, exclude_hit)
            return (
                replace(
                    base, matched=False, reason=f"exclude term {eh.term!r} found", exclude_hit=eh
                ),
                None,
                cues,
            )
        if claim.context and ctx_term_hit is None:
            return (
                replace(base, matched=False, reason="no context term found"),
                None,
                cues,
            )
        score = round(sum(h.score for h in best) / len(best), 1)
        # stance
        if cues is None:
            cues = self._cues(doc, hits)
        candidates: list[tuple[int, _Cue, str]] = []
        for t in cc.contradict:
            for h in hits.get(t.key, ()):
                cue = _Cue("claim phrase", doc.text[h.start : h.end], h.start, h.end, h.sentence)
                candidates.append((0, cue, "a contradict phrase of the claim"))
        ignored: list[str] = []
        for cue in [*cues, *self._negations(doc, cc)]:
            why = (
                "a negated action of the claim"
                if cue.kind == "negation"
                else self._concerns(doc, cue, cc, hits)
            )
            if why is None:
                ignored.append(f"{cue.text!r} ({cue.kind}): not about this claim")
                continue
            rank = {"denial": 1, "correction": 2, "label": 3, "counter": 4, "negation": 5}[cue.kind]
            candidates.append((rank, cue, why))
        if candidates:
            rank, cue, why = min(candidates, key=lambda c: (c[0], c[1].start))
            evidence = doc.sentence(cue.sentence)
            terms = _all_term_hits(doc, cc, hits)
            match = Match(claim.id, "contradiction", score, evidence, terms, cue.text)
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
                cues,
            )
        evidence = doc.sentence(_best_sentence(doc, cc, hits))
        terms = _all_term_hits(doc, cc, hits)
        match = Match(claim.id, "update", score, evidence, terms, None)
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
            cues,
        )

    # --- public ---------------------------------------------------------------------------------

    def _candidates(self, title: str, summary: str) -> set[int]:
        """Claims whose every require group may be present (a cheap, conservative screen).

        Words are looked up once each (set of lower-cased words); words known to stand for
        no require term are skipped with a set difference, so most items cost a regex and
        a few set operations.
        """
        text = f"{title}\n{summary}"
        if "<" in text or "&" in text:
            text = html_to_text(text)
        text = text.casefold()
        words = set(_QUICK_WORD.findall(text))
        if len(self._quick_neg) > _CACHE_LIMIT:
            self._quick_neg.clear()
            self._quick_pos.clear()
        groups: dict[int, set[int]] = {}
        for w in words - self._quick_neg:
            pairs = self._quick_pos.get(w)
            if pairs is None:
                pairs = self._quick_lookup(w)
                if not pairs:
                    self._quick_neg.add(w)
                    continue
                self._quick_pos[w] = pairs
            for ci, gi in pairs:
                groups.setdefault(ci, set()).add(gi)
        for needle, ci, gi in self._req_cjk:
            if needle in text:
                groups.setdefault(ci, set()).add(gi)
        return {ci for ci, gs in groups.items() if len(gs) == len(self._claims[ci].require)}

    def _quick_lookup(self, word: str) -> tuple[tuple[int, int], ...]:
        parts = [word]
        if "-" in word:
            parts = [*word.split("-"), word.replace("-", "")]
        out: set[tuple[int, int]] = set()
        for part in parts:
            for term_tok, _, _ in self._lookup(fold(part), True):
                out.update(self._req_first.get(term_tok, ()))
        return tuple(sorted(out))

    def match(self, title: str, summary: str) -> list[Match]:
        """The claims this item is about, each with its stance and evidence (claim order)."""
        cand = self._candidates(title, summary)
        if not cand:
            return []
        doc = _Doc(title, summary)
        hits = self._find_terms(doc)
        if not hits:
            return []
        out: list[Match] = []
        cues: list[_Cue] | None = None
        for idx in sorted(cand):
            cc = self._claims[idx]
            if not all(any(t.key in hits for t in g) for g in cc.require):
                continue
            _, m, cues = self._decide(cc, doc, hits, cues)
            if m is not None:
                out.append(m)
        return out

    def explain(self, claim_id: str, title: str, summary: str) -> Explanation:
        """Why this item matches the claim or not (KeyError for an unknown claim id)."""
        for cc in self._claims:
            if cc.claim.id == claim_id:
                doc = _Doc(title, summary)
                return self._decide(cc, doc, self._find_terms(doc), None)[0]
        raise KeyError(claim_id)


def _abs(offset: int, m: re.Match[str]) -> tuple[int, int]:
    return offset + m.start(), offset + m.end()


def _has_stem(folded: str, stems: Sequence[str]) -> str | None:
    if not stems:
        return None
    for s in stems:
        if _has_cjk(s):
            if s in folded:
                return s
        elif re.search(r"\b" + re.escape(s), folded):
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

"""The term index: which claim terms an item's words stand for, and the screen.

Claim terms are compiled once into tables from term tokens (folded, stemmed,
transliterated) to terms; an item's words are looked up (exact, inflected, fuzzy,
transliterated) and the answers cached, since news vocabulary repeats. The screen settles
most items from their white-space chunks before any of that (see `TermIndex.screen_item`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import compress

from bot.matching import lexicon
from bot.matching.claims import CompiledClaim, compile_claim
from bot.matching.document import HYPHEN_JOIN, Doc, find_joins, split_words
from bot.matching.fuzzy_names import FuzzyNames, close_enough
from bot.matching.quick import QuickTest
from bot.matching.sound_names import HanNames, KanaNames
from bot.matching.spellings import Cognates, cyrillic_name_skeletons, latin_name_skeletons
from bot.matching.terms import Hit, Term, add_hit
from bot.matching.translated import (
    HYPHENED,
    TranslatedTerms,
    by_two_letters,
    compound_head,
    head_table,
)
from bot.matching.words import (
    ARABIC,
    CACHE_LIMIT,
    abjad_keys,
    abjad_next,
    abjad_word_keys,
    common_ending_ok,
    has_cjk,
    is_technical,
    term_stems,
    without_arabic_prefix,
    word_stems,
)
from bot.records import Claim, HitKind
from bot.text import (
    HAS_INDIC,
    fold,
    fold_aligned,
    name_skeletons,
    plain_text,
    script_of,
    skeleton,
    strip_markup,
    to_ascii,
    tokenize,
)

#: an HTML character reference beyond U+0FFF (Chinese characters among them)
_WIDE_REF = re.compile(r"&#(?:[xX]0*[1-9a-fA-F][0-9a-fA-F]{3,}|0*[1-9]\d{4,});")

_EMPTY: tuple[tuple[str, HitKind, float], ...] = ()
#: how a word written by its sound in another script stands for a term token
_SOUND: tuple[HitKind, float] = ("transliterated", 85.0)
_NO_PAIRS: frozenset[tuple[int, int]] = frozenset()
_NOTHING = (_EMPTY, _NO_PAIRS)


class TermIndex:
    """Claims' terms compiled once; the words of items looked up against them."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        #: the claims, compiled, in configuration order
        self.claims: list[CompiledClaim] = []
        self._terms: dict[str, Term] = {}
        #: folded token → term tokens it is (exact)
        self._exact: dict[str, set[str]] = {}
        #: term words written in capitals only ("AU", "WHO"): a lower-case word ("au",
        #: "who") is another word
        self._capitals: dict[str, bool] = {}
        #: stem → term tokens with that stem
        self._stems: dict[str, set[str]] = {}
        #: consonant skeleton → name-like term tokens (cross-script)
        self._skel: dict[str, set[str]] = {}
        #: skeleton → Latin name tokens of six letters or more (other spellings of them)
        self._skel_latin: dict[str, set[str]] = {}
        #: ASCII form → name-like term tokens (fuzzy)
        self._ascii: dict[str, set[str]] = {}
        #: term tokens that are names (capitalised or non-Latin): any inflection, fuzzy
        self._names: set[str] = set()
        #: consonants (`abjad_keys`) → name tokens: Arabic writes no short vowels (هرمز)
        self._abjad: dict[str, set[str]] = {}
        self._cognates = Cognates()  # lower-case words found in Cyrillic and Indic scripts
        #: term token → terms starting with it
        self._first: dict[str, list[Term]] = {}
        self._cjk_terms: list[Term] = []
        for claim in claims:
            self.claims.append(compile_claim(self._term, claim))
        # --- the screen: which (claim, require group) a word may stand for; group -1 is
        # the claim's context (needed when the claim has context terms)
        screen: dict[str, set[tuple[int, int]]] = {}
        #: Chinese term → (claim, group) (found by substring)
        self._screen_cjk: list[tuple[str, int, int]] = []
        #: stems (word prefixes) → (claim, group): the context's (group -1) and the other
        #: languages' words of require groups; Chinese ones (substrings) in a list
        stem_claims: dict[str, set[tuple[int, int]]] = {}
        self._screen_cjk_stems: list[tuple[str, int, int]] = []
        #: Latin names written in Chinese characters by their sound (斯克里帕尔, 董军)
        self._han: HanNames[tuple[Term, int, int]] = HanNames()
        for idx, cc in enumerate(self.claims):
            tagged = [
                (gi, t) for gi, group in enumerate(cc.require) for t in group if t.key[0] != "~"
            ]
            stems = [
                (st, gi) for gi, g in enumerate(cc.translated) for st in (x.toks[0] for x in g)
            ]
            if cc.claim.context:
                tagged += [(-1, t) for t in cc.context]
                stems += [(stem, -1) for stem in cc.context_screen]
            for stem, gi in stems:
                if has_cjk(stem):
                    self._screen_cjk_stems.append((stem, idx, gi))
                else:
                    # a phrase's first word screens for it (its hits need the whole phrase)
                    stem_claims.setdefault(stem.partition(" ")[0], set()).add((idx, gi))
            for gi, _, parts in cc.compounds:
                # the first part's stems screen for a compound (its hits need every part)
                for stem in parts[0]:
                    if has_cjk(stem):
                        self._screen_cjk_stems.append((stem, idx, gi))
                    else:
                        stem_claims.setdefault(stem, set()).add((idx, gi))
            for gi, term in tagged:
                if not term.cjk and term.text[:1].isupper():
                    self._han.add(term.toks, (term, idx, gi))
                if term.cjk:
                    self._screen_cjk.append((term.toks[0], idx, gi))
                else:
                    screen.setdefault(term.toks[0], set()).add((idx, gi))
        #: Chinese require terms (found by substring, not by chunks) or names by sound
        cjk_groups = [gi for _, _, gi in (*self._screen_cjk, *self._screen_cjk_stems)]
        self._cjk_require = bool(self._han) or any(gi >= 0 for gi in cjk_groups)
        #: the words of other languages standing for require-group terms
        self._translated = TranslatedTerms(self.claims)
        self._screen: dict[str, frozenset[tuple[int, int]]] = {
            k: frozenset(v) for k, v in screen.items()
        }
        self._stem_claims = {k: frozenset(v) for k, v in stem_claims.items()}
        self._stem_prefixes = tuple(sorted(stem_claims))
        #: the stems by their first two characters (a word starts with one of its bucket's),
        #: and those written with a hyphen ("pot-de-vin", "anak-anak"): a hyphen-joined
        #: word of a text may start with one
        self._stems_by_head = by_two_letters(self._stem_prefixes)
        self._hyphen_stems = by_two_letters(s for s in self._stem_prefixes if "-" in s)
        #: long stems that may also end a compound word ("bilanzbetrug": betrug)
        self._compound_heads = head_table(self._stem_prefixes)
        # quick tests that a plain ASCII word stands for no screen token (most words), and
        # for no term token at all (in a matching item, most of its words)
        self._screen_quick = QuickTest(set(self._screen), self._names)
        self._term_quick = QuickTest(set(self._exact), self._names)
        #: how many require groups each claim has, and whether it has a context
        self._needs = [(len(cc.require), bool(cc.claim.context)) for cc in self.claims]
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
        #: name forms within an edit or two of a word (Kirienko: Kiriyenko)
        self._fuzzy_names = FuzzyNames(self._ascii)
        #: per word script: skeleton → name tokens of another script
        self._skel_other: dict[str, dict[str, tuple[str, ...]]] = {}
        for script in ("latin", "cyrillic", "other"):
            table: dict[str, tuple[str, ...]] = {}
            for sk, toks in self._skel.items():
                other = tuple(sorted(t for t in toks if script_of(t) != script))
                if other:
                    table[sk] = other
            self._skel_other[script] = table
        #: Latin names by sound, for words in katakana and hangul
        self._kana = KanaNames(self._names)

    def _term(self, text: str) -> Term:
        key = fold(" ".join(text.split()))
        term = self._terms.get(key)
        if term is not None:
            return term
        if has_cjk(text):
            term = Term(text, key, (key.replace(" ", ""),), True)
            self._cjk_terms.append(term)
        else:
            toks = tuple(tk.norm for tk in tokenize(text) if not tk.joined)
            if not toks:
                toks = (key,)
            term = Term(text, key, toks, False)
            self._first.setdefault(toks[0], []).append(term)
            raw_words = [tk.raw for tk in tokenize(text) if not tk.joined]
            for tok, raw in zip(toks, raw_words, strict=False):
                self._exact.setdefault(tok, set()).add(tok)
                caps = len(raw) >= 2 and raw.isalpha() and raw.isupper()
                self._capitals[tok] = self._capitals.get(tok, True) and caps
                for stem in term_stems(tok):
                    self._stems.setdefault(stem, set()).add(tok)
                name_like = raw[:1].isupper() or script_of(tok) != "latin" or is_technical(tok)
                if name_like:
                    self._names.add(tok)
                elif raw[:1].islower():
                    self._cognates.add(tok, term_stems(tok))
                if name_like and len(tok) >= 3:
                    a = to_ascii(tok)
                    if script_of(tok) == "cyrillic":
                        for stem in term_stems(tok):
                            self._skel.setdefault(skeleton(to_ascii(stem)), set()).add(tok)
                    for sk in name_skeletons(a):
                        self._skel.setdefault(sk, set()).add(tok)
                    if a.endswith("os") and len(a) >= 5:  # Greek declines -os (Πύλο, Πύλου)
                        self._skel.setdefault(skeleton(a[:-1]), set()).add(tok)
                    self._ascii.setdefault(a, set()).add(tok)
                    if script_of(tok) == "latin" and len(a) >= 6:
                        self._skel_latin.setdefault(skeleton(a), set()).add(tok)
                    if a.startswith("h") and len(a) >= 6:  # Hormuz: Ormuz, Ормуз
                        self._skel.setdefault(skeleton(a[1:]), set()).add(tok)
                        self._ascii.setdefault(a[1:], set()).add(tok)
                    for key in abjad_keys(a):
                        self._abjad.setdefault(key, set()).add(tok)
        self._terms[key] = term
        return term

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
        if len(self._words) > CACHE_LIMIT:
            self._words.clear()
        norm = "".join(map(fold, raw.split("-"))) if "-" in raw else fold(raw)
        found = self._lookup(norm, raw[:1].isupper(), raw)
        pairs: set[tuple[int, int]] = set()
        for term_tok, _, _ in found:
            pairs.update(self._screen.get(term_tok, ()))
        if self._stem_prefixes and "-" not in raw:
            # context stems are word prefixes in the aligned folded text
            forms = {norm} if raw.isascii() else {norm, fold_aligned(raw)}
            if not raw.isascii() and ARABIC.match(norm):
                forms.update(without_arabic_prefix(norm))  # بإغلاق: إغلاق
            for form in forms:
                for stem in self._stems_by_head.get(form[:2], ()):
                    if form.startswith(stem):
                        pairs.update(self._stem_claims[stem])
                if (head := compound_head(form, self._compound_heads)) is not None:
                    pairs.update(self._stem_claims[head])
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
            bucket = self._stems_by_head.get(norm[:2], ())
            head = compound_head(norm, self._compound_heads)
            if not (bucket and norm.startswith(bucket)) and head is None:
                self._no_screen.add(raw)
                return _NO_PAIRS
            got2 = self._stem_only.get(raw)
            if got2 is None:
                pairs: set[tuple[int, int]] = set()
                for stem in bucket:
                    if norm.startswith(stem):
                        pairs.update(self._stem_claims[stem])
                if head is not None:
                    pairs.update(self._stem_claims[head])
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
            for w in set(split_words(batch)[1::2]) - self._no_screen:
                if word_pairs := screen_word(w):
                    hit[w] = word_pairs
            joined = "-" in batch and (
                any(
                    not self._screen_quick.none(left + right) and self._word(f"{left}-{right}")[1]
                    for left, right in HYPHEN_JOIN.findall(batch)
                )
                or any(self._hyphened(c) for c in simple if "-" in c)
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
                        c, {p for w in split_words(c)[1::2] for p in hit.get(w, ())}
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
        parts = split_words(chunk)
        pairs: set[tuple[int, int]] = set()
        for raw in parts[1::2]:
            pairs.update(self._screen_word(raw))
        if "-" in chunk:
            for k in find_joins(parts):
                left, right = parts[2 * k - 1], parts[2 * k + 1]
                if not self._screen_quick.none(left + right):
                    pairs.update(self._word(f"{left}-{right}")[1])
            pairs.update(self._hyphened(chunk))
        return self._remember(chunk, pairs)

    def _hyphened(self, chunk: str) -> set[tuple[int, int]]:
        """The screen pairs of the stems written with a hyphen that a hyphen-joined word of
        the chunk starts with ("pots-de-vin": pot-de-vin)."""
        return {
            pair
            for word in (HYPHENED.findall(fold(chunk)) if self._hyphen_stems else ())
            for stem in self._hyphen_stems.get(word[:2], ())
            if word.startswith(stem)
            for pair in self._stem_claims[stem]
        }

    def _lookup(
        self, tok: str, capital: bool, raw: str = ""
    ) -> tuple[tuple[str, HitKind, float], ...]:
        """Term tokens a folded text word (`raw` as written) stands for, and how."""
        found: dict[str, tuple[HitKind, float]] = {}
        script = script_of(tok)
        if tok in self._exact and not (raw[:1].islower() and self._capitals.get(tok)):
            found[tok] = ("exact", 100.0)
        if script != "cjk":
            stems = word_stems(tok, capital)
            for stem, ending in stems:
                for term_tok in self._stems.get(stem, ()):
                    if term_tok in found or not (ending or stem != term_tok):
                        continue
                    if len(term_tok) <= 2:
                        continue
                    if term_tok in self._names or common_ending_ok(term_tok, stem, ending):
                        found[term_tok] = ("inflected", 95.0)
            if len(tok) >= 3 and self._ascii:
                self._lookup_names(tok, script, capital, stems, found, raw)
            indic = script == "other" and HAS_INDIC.search(raw) is not None
            if self._cognates and (script == "cyrillic" or indic):
                form = to_ascii(raw if indic else tok)
                found |= dict.fromkeys(self._cognates.lookup(form, indic) - found.keys(), _SOUND)
        elif self._kana and not lexicon.known_hangul(tok):
            found |= dict.fromkeys(self._kana.lookup(raw or tok) - found.keys(), _SOUND)
        return tuple((t, how, score) for t, (how, score) in sorted(found.items()))

    def _lookup_names(
        self,
        tok: str,
        script: str,
        capital: bool,
        stems: list[tuple[str, str]],
        found: dict[str, tuple[HitKind, float]],
        raw: str = "",
    ) -> None:
        # the word's stems in ASCII (whole word first); an Indic word as written too (लड्डू)
        indic = [raw] if HAS_INDIC.search(raw) else []
        forms = [f for f in dict.fromkeys(map(to_ascii, [*indic, *(s for s, _ in stems)])) if f]
        if indic:  # as said (हिंडनबर्ग: hindanbarg, Hindenburg; लिंडक्विस्ट: lindkvist)
            forms += dict.fromkeys(to_ascii(raw, spoken=s) for s in ("rule", "all"))
        if script == "latin" and capital:
            # a Latin name spelled another language's way (Schurawljow, Żurawlew:
            # Zhuravlev): the same skeleton, both six letters or more
            for form in forms:
                if len(form) >= 6:
                    for sk in latin_name_skeletons(form):
                        for term_tok in self._skel_latin.get(sk, ()):
                            if term_tok not in found:
                                found[term_tok] = ("transliterated", 85.0)
        other = self._skel_other.get(script)
        if other:
            for form in forms:
                if len(form) < (6 if script == "latin" else 3):
                    continue  # "masks" is not Маск: Latin meets other scripts in long names only
                vowels = indic or script == "cyrillic"  # scripts that write vowels
                for term_tok in other.get(skeleton(form), ()):
                    if term_tok not in found and (not vowels or close_enough(form, term_tok)):
                        found[term_tok] = ("transliterated", 90.0)
            if script == "cyrillic":
                for sk in cyrillic_name_skeletons(forms):
                    for term_tok in other.get(sk, ()):
                        if term_tok not in found:
                            found[term_tok] = ("transliterated", 85.0)
        keys = abjad_word_keys(tok) if self._abjad else []
        if keys and lexicon.known_words()[0].isdisjoint(form for _, form in keys):
            # a word the lexicons know, with or without its clitic, is no name: "الخميس",
            # Thursday, is not Hamas; "وكالة", agency, not Akleh (as "كالة"); a form that
            # only starts with a known stem is skipped alone (فالدوريا: دوريا, دوري)
            for key, form in keys:
                if lexicon.known_abjad(form):
                    continue
                for term_tok in self._abjad.get(key, ()):
                    if term_tok not in found and script_of(term_tok) != script:
                        found[term_tok] = ("transliterated", 90.0)
        if len(to_ascii(tok)) >= 5 and self._fuzzy_names:
            found.update(self._fuzzy_names.matches(forms, script, capital, found))

    # --- terms in a document --------------------------------------------------------------

    def find_terms(self, doc: Doc) -> dict[str, list[Hit]]:
        """Every configured term found in the document, by term key."""
        hits: dict[str, list[Hit]] = {}
        get = self._words.get
        word = self._word
        no_terms = self._no_terms
        if len(no_terms) > CACHE_LIMIT:
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
                        add_hit(hits, term, a, b, doc.sentence_of(a), how, score)
        if self._cjk_terms and has_cjk(doc.text):
            folded = doc.folded
            for term in self._cjk_terms:
                needle = term.toks[0]
                start = folded.find(needle)
                while start >= 0:
                    add_hit(
                        hits,
                        term,
                        start,
                        start + len(needle),
                        doc.sentence_of(start),
                        "exact",
                        100.0,
                    )
                    start = folded.find(needle, start + 1)
        for term, start, end in self._translated.find(doc):
            add_hit(hits, term, start, end, doc.sentence_of(start), "translated", 90.0)
        for (term, _, _), start, end in self._han.find(doc.folded, doc.text) if self._han else ():
            add_hit(hits, term, start, end, doc.sentence_of(start), "transliterated", 85.0)
        return hits

    def _phrase_at(
        self,
        doc: Doc,
        term: Term,
        i: int,
        how: HitKind,
        score: float,
        table: dict[str, tuple[tuple[str, HitKind, float], ...]],
        hits: dict[str, list[Hit]],
    ) -> None:
        n = len(term.toks)
        raws = doc.raws
        if i + n > len(raws):
            return
        worst_how, worst = how, score
        for j in range(1, n):
            got = [h for h in table.get(raws[i + j], _EMPTY) if h[0] == term.toks[j]]
            if not got and ARABIC.match(raws[i + j]) and abjad_next(raws[i + j], term.toks[j]):
                got = [(term.toks[j], *_SOUND)]
            if not got:
                return
            if got[0][2] < worst:
                worst_how, worst = got[0][1], got[0][2]
        add_hit(
            hits,
            term,
            doc.wstart[i],
            doc.wend[i + n - 1],
            doc.sentence_of(doc.wstart[i]),
            worst_how,
            worst,
        )

    def screen_item(self, text: str) -> list[int]:
        """Claims whose every require group (and context) may be present, in claim order.

        A conservative screen over the white-space chunks of the item's text as given
        (plain or feed HTML, without its markup): each distinct chunk (and word) is looked
        up once per matcher, a chunk that plain text would change as plain text; most
        items are settled by one subset test against the chunks known to stand for no
        require group (context words alone make no candidate), without being made plain
        text at all.
        """
        return self.candidates(self.screen(text))

    def candidates(self, found: dict[int, set[int]]) -> list[int]:
        """The claims of a `screen` whose every require group (and context) may be present."""
        out: list[int] = []
        for ci, gs in found.items():
            n_groups, needs_context = self._needs[ci]
            if len(gs) - (-1 in gs) == n_groups and (not needs_context or -1 in gs):
                out.append(ci)
        out.sort()
        return out

    def missing_context(self, found: dict[int, set[int]]) -> list[int]:
        """The claims of a `screen` whose every require group may be present but neither
        a context term nor a word of the statement: only an item that denies what their
        terms name is about them (`bot.matching.matcher.DENIES_WITHOUT_CONTEXT`)."""
        out: list[int] = []
        for ci, gs in found.items():
            n_groups, needs_context = self._needs[ci]
            if needs_context and -1 not in gs and len(gs) == n_groups:
                out.append(ci)
        out.sort()
        return out

    @staticmethod
    def any_group(found: dict[int, set[int]]) -> bool:
        """Whether a `screen` may hold any require group of any claim: an item that may
        touch a claim (bot.articles)."""
        return any(gi >= 0 for gs in found.values() for gi in gs)

    def screen(self, text: str) -> dict[int, set[int]]:
        """Claim index -> the require groups (-1: context) the text may hold (`screen_item`)."""
        text = strip_markup(text)  # a link's address is many new chunks, and no match
        chunks = text.split()
        if len(self._chunks) + len(self._unscreened) > CACHE_LIMIT:
            # forgotten before this text's chunks are sorted into known and new: what
            # was known must still be known when the new ones are learned
            self._chunks.clear()
            self._unscreened.clear()
            self._no_screen.clear()
            self._stem_only.clear()
        cjk = (self._screen_cjk or self._screen_cjk_stems or self._han) and (
            not text.isascii() or ("&#" in text and _WIDE_REF.search(text) is not None)
        )
        if self._unscreened.issuperset(chunks) and not (cjk and self._cjk_require):
            return {}  # no chunk stands for a require group (most items)
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
        if cjk and not text.isascii() and has_cjk(text):
            folded = fold_aligned(text)
            for needle, ci, gi in self._screen_cjk:
                if needle in folded:
                    found.setdefault(ci, set()).add(gi)
            for stem, ci, gi in self._screen_cjk_stems:
                # a stem of two words: each a word prefix, so particles may follow the
                # first ("경영권을 탈취": 경영권 탈취)
                if stem in folded or (" " in stem and all(p in folded for p in stem.split())):
                    found.setdefault(ci, set()).add(gi)
            for (_, ci, gi), _, _ in self._han.find(folded, text):
                found.setdefault(ci, set()).add(gi)
        return found

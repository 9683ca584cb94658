"""Scope: whether a stance cue concerns a claim, and why (or why not).

What a cue applies to depends on its kind:

- a denial or non-involvement cue applies to what follows it, to the end of its clause
  ("Kremlin denies Musk asked …"), or to the sentence when nothing follows or it is
  passive ("… was denied by the Kremlin");
- the other cues (labels, scorn, corrections, no-evidence and counter-facts,
  confirmations) apply to their sentence.

Within that, the cue concerns the claim when it names the claim (its terms, or its
terms and context), refers back to it ("the report", "the allegations", "it", "the
explosions", "any role" — anaphora, in an item about the claim), or denies one of the
claim's actions. It does not when what a denial applies to is another matter: a
proposition of its own whose words are not the claim's ("denies it raised premiums
after the closure"), or someone's case ruled on ("rejects the libel suit over the
report").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from bot.matching import lexicon
from bot.matching.claims import CompiledClaim, find_stem
from bot.matching.cues import WORDS, Cue, alleges, is_negation, is_proceeding
from bot.matching.document import Doc
from bot.matching.objects import (
    anaphoric_object,
    clearing,
    cue_object,
    involvement_of,
    only_involvement,
)
from bot.matching.rebuttals import verdict
from bot.matching.terms import Hit
from bot.matching.words import has_cjk, head_final
from bot.text import fold, script_of

#: the end of a clause (what a denial applies to ends there)
_CLAUSE_END = re.compile(r"[;:]|\s-\s|[\"”»]\s*,")
#: ("it" is matched whole, where it counts: as a prefix it would be "its", "item")
_REPORT_REF = tuple(r for r in lexicon.REPORT_REF if len(r) > 2 or not r.isascii())
#: the English report nouns (whole words: "report" does not stand for "reporter")
_EN_REPORT_REF = tuple(
    w for lang in lexicon.LANGUAGES if lang.code == "en" for w in lang.grammar.get("report_ref", ())
)
_EVENT = tuple(lexicon.EVENT_NOUNS)
#: the nouns that may end a compound word for the report or an event, of six letters or
#: more ("Sicherheitsvorwürfe", "Atomunfall"; a short one such as "mord" ends other words)
_REF_HEADS = tuple(w for w in lexicon.REPORT_REF if len(w) >= 6 and script_of(w) == "latin")
_EVENT_HEADS = tuple(w for w in _EVENT if len(w) >= 6 and script_of(w) == "latin")
_INQUIRY = tuple(lexicon.INQUIRY)
_TRIAL = tuple(w for w in lexicon.TRIAL if not has_cjk(w))
_TRIAL_CJK = tuple(w for w in lexicon.TRIAL if has_cjk(w))
#: cue kinds with which the one a claim names rejects a trial or verdict
_REJECTING = frozenset({"denial", "scorn", "label", "no-evidence"})
#: what an event named by its kind is called ("the corruption case", "the doping affair")
_CASE = frozenset(
    {"case", "affair", "scandal", "probe", "investigation", "inquiry"}
    # the case in other languages ("bestreitet eine Verwicklung in den Fall")
    | {"fall", "affare", "skandal", "affaire", "dossier", "scandale", "caso", "asunto"}
    | {"escandalo", "vicenda", "scandalo", "дело", "деле", "делу", "скандал", "справа"}
    | {"справі", "sprawa", "sprawie", "afera", "aferze", "dava", "davada", "olay", "olayda"}
)
#: cue kinds that apply to what follows them
_OBJECT_KINDS = frozenset({"denial", "non-involvement"})
#: findings about the state of what the claim is about ("safe", "authentic"): the sentence
#: right after one that names the claim may say them without naming it again
_STATE_KINDS = frozenset({"safe", "genuine"})
#: punctuation right after a word: its clause (or phrase) ends there ("contest the theory,")
_CLAUSE_MARK = re.compile(r"\s*[,;:.!?)»”\"]")
#: a colon right after a denial: what follows is the denial itself, quoted or reported
_ANNOUNCED = re.compile(r"\s*:")
#: a denial that ends its clause at a comma ("… it has denied, the minister said")
_BEFORE_COMMA = re.compile(r"\s*[\"'”’»]?\s*,")
#: words that open a clause a denial applies to: complementizers and the auxiliaries of
#: a past infinitive ("dément avoir augmenté", "nega di aver")
_CLAUSE_STARTS = frozenset(
    {
        "that",
        "que",
        "che",
        "dass",
        "что",
        "чтобы",
        "że",
        "ze",
        "ca",
        "че",
        "avoir",
        "etre",
        "aver",
        "avere",
    }
    | {"essere", "haber", "ter", "ser", "di"}
    # Finnish and Georgian "that" (Estonian "et" is French "and": left out)
    | {"etta", "ettei", "რომ"}
)
#: auxiliaries between a denial and the act it denies ("denies having acquitted")
_AUXILIARIES = frozenset({"having", "to", "have", "had", "it", "he", "she", "they", "was", "were"})
_PASSIVE = frozenset({"by", "von", "par", "por", "da", "przez", "tarafindan"})
#: words that join a second clause right after a denial that ends its own: its object came
#: before it ("hat alle Vorwürfe bestritten und …", "все обвинения отверг и …")
_JOINS_CLAUSE = frozenset(
    {"und", "and", "et", "y", "e", "i", "и", "і", "та", "oraz", "ve", "ja"}
    # Persian and Urdu, Hindi, Bengali, Indonesian, Swedish, Norwegian and Danish
    | {"و", "اور", "और", "এবং", "dan", "och", "og"}
)


class Places:
    """Where a claim's terms are in an item: sorted starts per require group and of the
    context, so that each cue's scope is checked by bisection (linear in the item overall,
    whatever a hostile item repeats)."""

    __slots__ = ("_context", "_ends", "_groups", "_require")

    def __init__(self, cc: CompiledClaim, hits: dict[str, list[Hit]]) -> None:
        self._groups = [
            sorted(h.start for t in group for h in hits.get(t.key, ())) for group in cc.require
        ]
        self._require = sorted(s for g in self._groups for s in g)
        #: where the require term starting at each place ends (the longest)
        self._ends: dict[int, int] = {}
        for h in (h for group in cc.require for t in group for h in hits.get(t.key, ())):
            self._ends[h.start] = max(h.end, self._ends.get(h.start, h.end))
        self._context = sorted(h.start for t in cc.context for h in hits.get(t.key, ()))

    @staticmethod
    def _any(starts: list[int], lo: int, hi: int) -> bool:
        i = bisect.bisect_left(starts, lo)
        return i < len(starts) and starts[i] < hi

    def groups(self, lo: int, hi: int) -> set[int]:
        """The require groups with a term starting in [lo, hi)."""
        return {gi for gi, starts in enumerate(self._groups) if self._any(starts, lo, hi)}

    def context(self, lo: int, hi: int) -> bool:
        return self._any(self._context, lo, hi)

    def last_require(self, lo: int, hi: int) -> int | None:
        """Where the last require term starting in [lo, hi) starts (None: none does)."""
        i = bisect.bisect_left(self._require, hi) - 1
        return self._require[i] if i >= 0 and self._require[i] >= lo else None

    def inside_require(self, lo: int, hi: int) -> bool:
        """Whether [lo, hi) is part of a require term (the second word of "Last Supper")."""
        start = self.last_require(0, hi)
        return start is not None and start <= lo and self._ends[start] >= hi

    def require_after(self, pos: int, hi: int) -> bool:
        """Whether a require term starts in (pos, hi)."""
        return self._any(self._require, pos + 1, hi)


def _claim_words(cc: CompiledClaim, words: Sequence[str]) -> str | None:
    """The first word that belongs to the claim: one of its actions or statement nouns,
    a reference to the report, or an event noun."""
    for w in words:
        if cc.action_words and w.startswith(cc.action_words):
            return w
        if _is_ref(w) or _is_event(w):
            return w
    return None


def _compound_of(norm: str, heads: tuple[str, ...]) -> bool:
    """Whether a word is a compound whose last part is one of `heads` (German and Dutch
    write them as one word: "Sicherheitsvorwürfe", "Atomunfall")."""
    return len(norm) >= 9 and norm.endswith(heads) and script_of(norm) == "latin"


def _is_ref(norm: str) -> bool:
    """A reference to the report ("the report", "the allegations", "сообщения",
    "oskarżenia", "Spionagevorwürfe")."""
    if _compound_of(norm, _REF_HEADS):
        return True
    if not norm.startswith(_REPORT_REF) or norm in ("it", "this"):
        return False
    if len(norm) <= 4 or norm in lexicon.REPORT_REF or script_of(norm) != "latin":
        return True
    # "reporter", "claimed": an English noun found as a prefix is another word; the stems
    # of inflected languages ("oskarzen": oskarżenia, oskarżeń) stand for their forms
    return not any(norm.startswith(ref) for ref in _EN_REPORT_REF)


def _ref_right_before(doc: Doc, cue: Cue, a: int) -> bool:
    """Whether one of the two words right before a cue, with nothing but spaces between,
    is a reference to the report ("आरोपों से इनकार", "iddiaları reddetti")."""
    idxs = doc.words_in(a, cue.start)[-2:]
    if not idxs or doc.text[doc.wend[idxs[-1]] : cue.start].strip():
        return False
    if len(idxs) == 2 and doc.text[doc.wend[idxs[0]] : doc.wstart[idxs[1]]].strip():
        idxs = idxs[1:]
    return any(_is_ref(fold(doc.raws[i])) for i in idxs)


def _another_matter(cc: CompiledClaim, core: list[str], core_hits: bool) -> str | None:
    """Why what a denial applies to is not the claim (None: it may be)."""
    for i, w in enumerate(core[:6]):
        if _is_ref(w) or (cc.action_words and w.startswith(cc.action_words)):
            # "rejects the allegations in the suit", "descarta ciberataque como causa del
            # apagón" (causa: also a lawsuit): the report or the claim's act comes first
            break
        if is_proceeding(w):
            if alleges(cc, core[i + 1 : i + 2]):
                break  # "rejects the lawsuit alleging fraud", "menolak gugatan kecurangan"
            return f"it rules on another matter ({' '.join(core[:6])!r})"
    if clearing([w for w in core[:3] if w not in _CLAUSE_STARTS and w not in _AUXILIARIES]):
        return f"it denies a clearing ({' '.join(core[:6])!r})"
    if core_hits or _claim_words(cc, core) is not None:
        return None
    rest = core[1:] if core[:1] == ["that"] else core
    if len(rest) >= 2 and rest[0] in lexicon.PRONOUNS and not is_negation(rest[1]):
        if any(w not in lexicon.INVOLVEMENT for w in rest[1:]):
            return f"what is denied is another proposition ({' '.join(core[:6])!r})"
    if len(core) >= 3 and core[0] in _CLAUSE_STARTS and not any(is_negation(w) for w in core):
        # "nie que son ministre va démissionner après …", "dément avoir augmenté ses
        # primes après …": a clause of its own, without a word of the claim
        return f"what is denied is another proposition ({' '.join(core[:6])!r})"
    return None


def _refers_back(core: list[str]) -> bool:
    """A denial of involvement only ("denied any role", "was not involved"), or of
    involvement in the report or an event named only by its kind ("any involvement in the
    corruption case", "any role in the explosions"): it refers back to the event the item
    is about."""
    if all(w in lexicon.INVOLVEMENT or is_negation(w) for w in core):
        return True
    if _names_wrongdoing(core):
        return True  # "denies wrongdoing in his first defence", "niega cualquier delito"
    if 0 < len(core) <= 3 and _is_event(core[0]):
        return True  # "denies sabotage", "bestreitet Atomunfall als Ursache"
    if not core or core[0] not in lexicon.INVOLVEMENT:
        return False
    # the words after the involvement ones, up to the end of the noun they name (what
    # follows it describes it: "… case being investigated by Belgian authorities")
    k = next((i for i, w in enumerate(core) if w not in lexicon.INVOLVEMENT), len(core))
    named = list(itertools.takewhile(lambda w: _is_event(w) or _is_ref(w) or w in _CASE, core[k:]))
    # "any involvement in the explosions", "eine Verwicklung in den Fall" (the case the
    # item is about)
    return 0 < len(named) <= 3 and any(_is_event(w) or w in _CASE for w in named)


def _names_wrongdoing(core: list[str]) -> bool:
    """Wrongdoing within a denial's first words, after at most two that are not words of
    involvement ("denies wrongdoing", "recusou a prática de qualquer ato ilícito")."""
    k = next((i for i, w in enumerate(core[:7]) if w in lexicon.WRONGDOING), None)
    return k is not None and sum(w not in lexicon.INVOLVEMENT for w in core[:k]) <= 2


def _is_event(norm: str) -> bool:
    return (len(norm) > 3 and norm.startswith(_EVENT)) or _compound_of(norm, _EVENT_HEADS)


def judge(doc: Doc, cue: Cue, cc: CompiledClaim, places: Places) -> tuple[str | None, str | None]:
    """(why the cue concerns the claim, why it does not): one of them is None."""
    a, b = doc.spans[cue.sentence]
    lo = a
    need = min(2, len(cc.require))
    if cue.kind == "denial" and (inner := _ruled_inside(cue)) is not None:
        # "wies einen Einspruch der Staatsanwaltschaft zurück": a verb around its object,
        # the object a proceeding ruled on
        return None, f"it rules on another matter ({inner!r})"
    if cue.kind in _OBJECT_KINDS:
        tail = doc.text[cue.end : b]
        stop = _CLAUSE_END.search(tail)
        if stop is not None and len(WORDS.findall(tail[: stop.start()])) >= 1:
            b = cue.end + stop.start()  # "denies X; Musk praises Putin"
        core, whole = cue_object(doc, cue, b)
        if (whole and all(w in lexicon.SPEECH or w in lexicon.MANNER for w in whole)) or (
            fold(cue.text).endswith(lexicon.CONVERB) or head_final(cue.text)
        ):
            # "… ilgisi olmadığını söylüyor", "وننفيه بشكل قاطع", "sonucunu yalanlarken",
            # "사건과 무관하다는 입장을 밝혔다": the object came before
            core, whole = [], []
        elif _ref_right_before(doc, cue, a):
            # "सभी आरोपों से इनकार करते हुए", "iddiaları reddederek": the report it denies
            # stands right before it, and what follows is another clause
            core, whole = [], []
        elif _verb_first(doc, cue) and _names_after(
            [doc.raws[i] for i in doc.words_in(cue.end, b)]
        ):
            # "… struck the Eisenhower! Deny the US": who denies, after the verb
            core, whole = [], []
        elif (
            _BEFORE_COMMA.match(tail)
            and whole
            and whole[0] not in lexicon.DISCOURSE
            and whole[0] not in _CLAUSE_STARTS  # "отрече, че е повишила": its object
            and not has_cjk(cue.text)
        ):
            # "allegations of malpractice it has repeatedly denied, the minister said":
            # nothing after the denial in its clause, so its object came before
            core, whole = [], []
        if _ANNOUNCED.match(tail):
            # "Salvini denies: 'never took a rouble'": the words quoted are the denial
            # itself, said by the sentence's subject; it concerns what the sentence names
            # unless the quote is a proposition of its own ("we did not raise premiums")
            other = _another_matter(cc, core, False) if core else None
            if other is not None and not _claim_words(cc, core):
                return None, other
        elif whole and (whole[0] in _PASSIVE or whole[0] in _JOINS_CLAUSE):
            pass  # "… was denied by the Kremlin", "… bestritten und": the words before
        elif len(whole) >= 2 or (cue.kind == "non-involvement" and whole):
            if _refers_back(core):
                return f"it refers back to the claim ({' '.join(core) or cue.text!r})", None
            head = list(itertools.takewhile(lambda w: w not in _JOINS_CLAUSE, whole))
            if only_involvement(head) and len(places.groups(a, b)) >= need:
                # "… blamed Russia for a missile attack on Poland; the Russian ministry
                # denied its involvement and alleged …": a part in what its sentence
                # names (up to an "and" that starts another clause)
                return "it denies a part in what its sentence names", None
            idxs = doc.words_in(cue.end, b)
            core_end = doc.wend[idxs[len(core) - 1]] if core else cue.end
            core_hits = len(places.groups(cue.end, core_end)) > 0
            other = _another_matter(cc, core, core_hits)
            if other is not None:
                return None, other
            if (
                cue.kind == "non-involvement"
                and places.groups(a, cue.start)
                and not has_cjk(cue.text)
                and not any(
                    doc.raws[i][:1].isupper()
                    and not places.inside_require(doc.wstart[i], doc.wend[i])
                    for i in idxs[: len(core)]
                )
            ):
                # "Milei denied any link with the project": the one the claim names
                # denies being part of what the item is about (not of another's doings:
                # "… nothing to do with Modi")
                return "one the claim names denies any part in it", None
            lo = cue.start
        elif cue.kind == "non-involvement" or (
            len(whole) == 1 and len(whole[0]) >= 3 and whole[0] in lexicon.INVOLVEMENT
        ):
            # "… denies everything", "quero desmentir tudo", "bestreitet jede Beteiligung"
            return "it refers back to the claim", None
    if cue.kind == "confirmation" and (other := _confirms_other(doc, cue, cc, places, b)):
        return None, other
    groups = places.groups(lo, b)
    ctx = places.context(lo, b) or find_stem(doc.folded[lo:b], cc.context_res)
    if len(groups) >= need:
        return "the claim's terms are in the sentence", None
    if lo > a and groups and len(groups | _subject_groups(doc, cue, places)) >= need:
        # "Georgescu denies that a network funded by Russia is behind him": who denies is
        # one the claim names, and what is denied names the rest of it
        return "one the claim names denies what the claim says", None
    if groups and (ctx or not cc.context):
        return "the claim's terms and context are in the sentence", None
    if cue.kind in _OBJECT_KINDS and lo > a and cc.action_words:
        # "X, Y denies Z asked him anything", "admite poseer un arma acústica, pero niega
        # su uso contra manifestantes": a claim term in the sentence and one of the
        # claim's actions in the clause denied
        if places.groups(a, b):
            clause = doc.folded[cue.end : b]
            stop = _CLAUSE_END.search(clause)
            if stop is not None:
                clause = clause[: stop.start()]
            act = next((w for w in WORDS.findall(clause) if w.startswith(cc.action_words)), None)
            if act is not None:
                return f"the claim's terms are in the sentence and {act!r} is denied", None
    # a reference to the report or the event: bare ("denies the report", "called the
    # explosions a provocation") or about the claim's terms
    span = doc.words_in(lo, b)
    norms = [fold(doc.raws[i]) for i in span]
    if cue.kind in _REJECTING and (why := _rejects_trial(doc, cue, places)) is not None:
        return why, None
    for k, norm in enumerate(norms):
        event = _is_event(norm)
        if not (_is_ref(norm) or event or (norm == "it" and k > 0)):
            continue
        raw = doc.raws[span[k]]
        if _bare(doc, span, k, cue):
            return f"it refers to {raw!r}", None
        if _is_ref(norm) and any(w.startswith(_INQUIRY) for w in norms[k + 1 : k + 7]):
            # "rejects the conclusions of the international commission of inquiry",
            # "disputed the findings of the US-government funded study"
            return f"it refers to {raw!r} of the inquiry", None
        if groups and places.require_after(doc.wstart[span[k]], doc.spans[cue.sentence][1]):
            return f"it refers to {raw!r} about the claim", None
        if (
            _is_ref(norm)
            and places.groups(a, b)
            and (what := _claim_words(cc, norms[k + 1 : k + 7]))
        ):
            # "BYD slams reports of poor conditions at its site" (the statement's
            # "conditions"): a report about what the claim says, in a sentence that names it
            return f"it refers to {raw!r} about {what!r}", None
        if ctx and cc.context:
            # "Iran's minister called the US accusations baseless": the claim's context
            # (who or what it is about) beside the reference
            return f"it refers to {raw!r} beside the claim's context", None
    if len(places.groups(a, b)) < need and (why := _anaphor(doc, cue, cc, places, need)):
        return why, None
    if cue.kind in _REJECTING and (why := _headline_ref(doc, cue, places, need)) is not None:
        return why, None
    if (why := verdict(doc, cue)) is not None:
        return why, None
    if cue.kind in _STATE_KINDS:
        if groups:
            # "Paracetamol is safe" (what the claim says harms health)
            return "it is said of what the claim is about", None
        if cue.sentence > 0 and len(places.groups(*doc.spans[cue.sentence - 1])) >= need:
            # "WHO: aspartame possibly carcinogenic. In usual amounts it is safe, though"
            return "the sentence before names the claim", None
    return None, None


def _ruled_inside(cue: Cue) -> str | None:
    """The proceeding a denial's own words name right after its verb (a verb written
    around its object: "weist … zurück"), or None."""
    words = WORDS.findall(fold(cue.text))
    if len(words) < 3:
        return None
    k = next((i for i in (1, 2) if is_proceeding(words[i])), None)
    if k is None or (k == 2 and words[1] in lexicon.REPORT_REF):
        return None
    return " ".join(words[1 : k + 1])


#: how many words before a denial may name who denies it
_SUBJECT_REACH = 4


def _subject_groups(doc: Doc, cue: Cue, places: Places) -> set[int]:
    """The require groups named by the words right before a cue, in its clause: who
    denies ("Georgescu neagă …", "the Kremlin strongly denies …")."""
    a = doc.spans[cue.sentence][0]
    idxs = doc.words_in(a, cue.start)[-_SUBJECT_REACH:]
    if not idxs:
        return set()
    lo = doc.wstart[idxs[0]]
    between = doc.text[lo : cue.start]
    cut = max(between.rfind(c) for c in ",;:")
    if cut >= 0:
        lo += cut + 1
    return places.groups(lo, cue.start)


#: a name in the possessive ("Marsk's trial"): whose trial, not who speaks
_POSSESSIVE = re.compile(r"[\w-]*['’]s\b")


def _bare(doc: Doc, span: Sequence[int], k: int, cue: Cue) -> bool:
    """Whether the k-th word of a span (a report or an event) stands alone: at the end,
    before punctuation or a word that adds no topic ("the report, which …", "denies the
    report in full"), or right before the cue, or one word before it ("iddialar
    yalanlandı", "calificó las acusaciones de infundadas")."""
    if k + 1 >= len(span):
        return True
    end = doc.wend[span[k]]
    after = fold(doc.raws[span[k + 1]])
    if after in lexicon.REPORT_TAIL_OK or _CLAUSE_MARK.match(doc.text, end):
        return True
    if after in lexicon.MANNER and (
        k + 2 >= len(span) or _CLAUSE_MARK.match(doc.text, doc.wend[span[k + 1]])
    ):
        return True  # "widersprechen der Aussage deutlich."
    # (a discourse word between them does not count: "the allegations were, however,
    # denied by the doctor")
    near = [i for i in span[k + 1 : k + 5] if fold(doc.raws[i]) not in lexicon.DISCOURSE][:2]
    return any(cue.start <= doc.wstart[i] < cue.end for i in near)


def _confirms_other(doc: Doc, cue: Cue, cc: CompiledClaim, places: Places, b: int) -> str | None:
    """Why a confirmation is of another matter: what follows it in its clause names
    nothing of the claim ("… confirms the end of production at its Guangzhou site",
    "admitted that accepting them was a mistake"); None when it may be the claim's."""
    if has_cjk(cue.text):
        return None  # the object of a verb-final confirmation came before it
    stop = _CLAUSE_END.search(doc.text, cue.end, b)
    end = stop.start() if stop is not None else b
    idxs = doc.words_in(cue.end, end)
    core, whole = cue_object(doc, cue, end)
    if len(whole) < 3 or whole[0] in _PASSIVE or whole[0] in _JOINS_CLAUSE:
        return None
    if places.groups(cue.end, end) or places.context(cue.end, end):
        return None
    if _claim_words(cc, whole) is not None or any(w in _CASE for w in whole):
        return None
    if any(doc.raws[i][:1].isupper() for i in idxs[1:]):
        return None  # a name may stand for a party of the claim
    return f"what is confirmed is another matter ({' '.join(core[:6])!r})"


def _named_earlier(doc: Doc, cue: Cue, cc: CompiledClaim, places: Places, need: int) -> str | None:
    """Why a denial refers back to the claim an earlier sentence names, with a sentence
    between: it denies only involvement or the claim's own act ("… journalists were
    watched with Pegasus. Those affected demand answers. The minister denies any
    involvement of the government", "Le gouvernement dément l'utilisation d'un tel
    dispositif")."""
    if cue.kind not in _OBJECT_KINDS or cue.sentence < 2:
        return None
    if not any(len(places.groups(*doc.spans[k])) >= need for k in range(cue.sentence - 1)):
        return None
    b = doc.spans[cue.sentence][1]
    core = cue_object(doc, cue, b)[0]
    if _objectless(doc, cue, b) or involvement_of(core):
        return "a denial of involvement refers back to the claim an earlier sentence names"
    acts = cc.action_words
    if acts and (what := next((w for w in core[:6] if w.startswith(acts)), None)):
        return f"it denies {what!r}, of the claim an earlier sentence names"
    return None


def _rejects_trial(doc: Doc, cue: Cue, places: Places) -> str | None:
    """Why a cue is the one a claim names rejecting its trial ("Hasina called the verdict
    politically motivated"): a claim term before the cue in its sentence, not in the
    possessive ("critics call Marsk's trial a farce"), and a trial or verdict after it."""
    a, b = doc.spans[cue.sentence]
    who = places.last_require(a, cue.start)
    if who is None or _POSSESSIVE.match(doc.text, who):
        return None
    trial = next(
        (w for i in doc.words_in(who, b) if (w := fold(doc.raws[i])).startswith(_TRIAL)), None
    )
    if trial is None and _TRIAL_CJK and has_cjk(doc.text[who:b]):
        trial = next((w for w in _TRIAL_CJK if w in doc.folded[who:b]), None)
    if trial is None:
        return None
    return f"one the claim names rejects the {trial!r}"


def _objectless(doc: Doc, cue: Cue, b: int) -> bool:
    """Whether a denial ends its clause with no object: nothing after it but words of
    manner ("deny strongly") up to a full stop, or a few words after a comma ("The
    companies deny, a spokesman said")."""
    tail = doc.text[cue.end : b]
    stop = _CLAUSE_END.search(tail)
    if stop is not None:
        tail = tail[: stop.start()]
    tail, comma, said = tail.partition(",")
    if comma and len(WORDS.findall(said)) > 5 and not _bracketed(cue):
        return False  # "denies, however, that it sold …": what follows is the object
    # "deny strongly", "negano tutto", "a negat însă orice implicare": nothing named, or
    # only who denies ("Διαψεύδουν οι ΗΠΑ")
    return _names_after(WORDS.findall(tail)) is not None


def _bracketed(cue: Cue) -> bool:
    """Whether a denial closes its own clause around words that name nothing ("weist seine
    Verantwortung strikt zurück"): what follows a comma is another clause ("…, die
    Gutachter halten das aber für nicht glaubwürdig"), not its object."""
    words = WORDS.findall(cue.text)
    inner = words[1:-1]
    last = words[-1] if words else ""
    return (
        bool(inner)
        and last.islower()
        and fold(last) not in _NOTHING_NAMED
        and all(fold(w) in _NOTHING_NAMED for w in inner)
    )


def _verb_first(doc: Doc, cue: Cue) -> bool:
    """Whether a denial opens its clause (at most a clitic before it: "Lo niega el
    Kremlin", "! Διαψεύδουν οι ΗΠΑ"), so that names after it say who denies."""
    a = doc.spans[cue.sentence][0]
    head = doc.text[a : cue.start]
    cut = max((head.rfind(p) for p in ".!?:;,"), default=-1)
    before = WORDS.findall(head[cut + 1 :])
    return not before or (len(before) == 1 and before[0].islower())


def _names_after(words: list[str]) -> list[str] | None:
    """The names ending the words after a denial (who denies, after the verb: "lo niega
    el Kremlin"), up to three, when only words that name nothing come before them:
    manner, adverbs, involvement in general (None: other words)."""
    names = list(itertools.dropwhile(lambda w: fold(w) in _NOTHING_NAMED, words))
    return names if len(names) <= 3 and all(w[:1].isupper() for w in names) else None


#: words after a denial that name nothing it could be about: manner, adverbs,
#: involvement in general ("deny strongly", "denies everything", "denied any role")
_NOTHING_NAMED = lexicon.MANNER | lexicon.DISCOURSE | lexicon.INVOLVEMENT


def _headline_ref(doc: Doc, cue: Cue, places: Places, need: int) -> str | None:
    """Why a headline's rejection of a report refers to the claim: the report is named
    right after the cue and the lede's first sentence names the claim ("Agro giant rebuts
    the NGO's accusations" over "Zara and H&M use … cotton"), or it is unspaced (CJK)."""
    if not doc.has_title or cue.sentence != 0 or len(doc.spans) < 2:
        return None
    if has_cjk(cue.text) and places.groups(*doc.spans[0]):
        # "《吉本興業は否定コメント発表》" under Matsumoto's name: what is denied is unspaced
        return "the headline, naming the claim, denies what the item tells"
    if len(places.groups(*doc.spans[1])) < need:
        return None
    after = [fold(doc.raws[i]) for i in doc.words_in(cue.end, doc.spans[0][1])][:3]
    ref = next((w for w in after if _is_ref(w)), None)
    if ref is None:
        return None
    return f"the headline's {ref!r} is the report its lede tells, which names the claim"


#: "speaks of", "parla di", "parle de", "spricht von", "говорит о" right before a label
_SPEAKS_OF = re.compile(r"\b(?:of|about|di|de|da|von|em|о|об|o)\W*$")
#: how many words may stand between a sentence's start and the cue for an anaphor
#: among them to be the cue's subject ("Faute de quoi, il ne s'agit que de …")
_ANAPHOR_REACH = 8


def _anaphor(doc: Doc, cue: Cue, cc: CompiledClaim, places: Places, need: int) -> str | None:
    """Why a cue in a sentence that does not name the claim refers back to it: the
    sentence before names the claim and an anaphor stands before the cue ("… shot down a
    Chinese balloon. It was a civilian airship, Beijing said")."""
    if cue.sentence == 0:
        return None
    a, b = doc.spans[cue.sentence]
    pa, pb = doc.spans[cue.sentence - 1]
    if not places.groups(pa, pb):
        return _named_earlier(doc, cue, cc, places, need)
    before = [fold(doc.raws[i]) for i in doc.words_in(a, cue.start)]
    if cue.kind in _OBJECT_KINDS and _objectless(doc, cue, b):
        # "… allegedly tampered with Super Micro boards. The companies deny.": a denial
        # with nothing to deny in its own sentence denies what was just said
        return "a denial with no object refers back to the sentence before, which names the claim"
    if cue.kind == "label" and _SPEAKS_OF.search(doc.folded[a : cue.start][-8:]):
        if not doc.words_in(cue.end, b):
            # "… is under investigation for rape. The player speaks of 'fake news'": a
            # label of nothing its sentence names is of what was just said
            return "a label with nothing after it refers back to the sentence before, which names the claim"
    core = cue_object(doc, cue, b)[0] if cue.kind in _OBJECT_KINDS else []
    if involvement_of(core):
        # "… journalists were watched with Pegasus. The minister denies any involvement of
        # the government."
        return "a denial of involvement refers back to the sentence before, which names the claim"
    if ref := anaphoric_object(core):
        # "… accused of using chemical weapons. The government denies this." ("bestreitet
        # dies", "niega esto"): what it denies is what was just said
        return f"{ref!r} refers back to the sentence before, which names the claim"
    if len(before) <= _ANAPHOR_REACH:
        word = next((w for w in before if w in lexicon.ANAPHORA), None)
        if word is not None:
            return f"{word!r} refers back to the sentence before, which names the claim"
    span = doc.words_in(a, b)
    for k, i in enumerate(span):
        ref = fold(doc.raws[i])
        if _is_ref(ref) and _bare(doc, span, k, cue):
            # "Bolsonaro was summoned … He called the accusations unfounded" (not "…
            # rejected reports of troop movements": what follows makes them another report)
            return f"{ref!r} refers back to the sentence before, which names the claim"
    return None

"""Stance cues in an item's text, whatever the claim: denials, labels, corrections,
counter-facts, confirmations (from the lexicons), and the negations that may negate a
claim's action. Which claim a cue concerns is `scope`'s question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.matching import lexicon
from bot.matching.claims import CompiledClaim
from bot.matching.document import Doc
from bot.matching.gated import Gated, by_sentence, matches
from bot.matching.words import has_cjk
from bot.text import LETTERS, fold_aligned


@dataclass(frozen=True, slots=True)
class Cue:
    #: a `lexicon.CueKind`, "negation" (a negated claim action) or "claim phrase"
    kind: str
    text: str
    start: int
    end: int
    sentence: int
    #: reported as past ("after months of denials"): a confirmation outweighs it
    past: bool = False


#: cue kinds in the order they are looked for, each with its patterns
CUE_KINDS: tuple[tuple[str, Gated], ...] = tuple(
    (kind, Gated(getattr(lexicon, key.upper())))
    for key, kind in lexicon.CUE_KEYS.items()
    if getattr(lexicon, key.upper())
)
NEGATION = Gated([lexicon.NEGATION])
_NEGATION_RE = lexicon.NEGATION_RE
#: a negation of the cue in its own clause ("did not deny", "не опроверг"; not "never
#: happened, rejecting"); a confirmation also by refusal ("declined to confirm")
_NEG_BEFORE = re.compile(
    rf"(?:{lexicon.NEGATION})[^\w,;:.!?]*(?:\w+[^\w,;:.!?]+){{0,2}}$"
    r"|\b(?:declin\w*|refus\w*|unable|fail\w*|would ?n[o']t|could ?n[o']t) to $"
    # a request to drop the case turned down ("rejeita arquivamento", "rechaza archivar la
    # causa", "nega pedido de arquivamento", "respinge la richiesta di archiviazione")
    r"|\b(?:rechaz\w*|rejeit\w*|recus\w*|neg(?:a|am|ou|aram)|se nieg\w* a|deneg\w*|rifiut\w*"
    r"|respin\w*|rejett\w*)(?: (?:o|a|el|la|le|il|lo|um|una|un|l.))?(?: (?:pedido|solicitud"
    r"|peticion|richiesta|demande|requete)(?: de| do| da| di| del| della| d.)?)? $"
    r"|\b(?:neither|nor)\s+$"
    # a denial of having done what the cue says ("desmiente haber exonerado a …")
    r"|\b(?:desmient\w*|desminti\w*|nieg\w*|neg(?:a|am|ou)|deny|deni\w*|dement\w*|smentisc\w*"
    r"|smenti\w*) (?:haber|having|avoir|aver|ter|to have) $"
    # the second of two verbs a negation or refusal governs: "did not explicitly confirm
    # or deny", "declined to confirm or deny", "n'a voulu ni confirmer ni démentir"
    rf"|(?:(?:{lexicon.NEGATION})|\b(?:declin\w*|refus\w*|unable|fail\w*) to)"
    r"[^\w,;:.!?]*(?:\w+[^\w,;:.!?]+){1,3}?(?:or|nor|ni|ne|nem|noch|oder|ou|o|или|ни|lub|ani|nebo|sau) $"
)
#: Korean negates a verb before it only with 안 or 못 ("안 했다"); its other negations
#: follow the verb ("부인하지 않았다"), as all of Japanese's do ("否定しなかった")
_NEG_BEFORE_KO = re.compile(r"(?:^|\s)(?:안|못)\s*$")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")


def _negated_before(before: str, cue: str, sent: str, raw: str) -> bool:
    """Whether a negation right before a cue negates it ("did not deny", "не опроверг").
    Not one inside a quotation that ends before the cue ("“… 없다”며 혐의를 부인했다"),
    nor, in Korean and Japanese, one that belongs to the clause the cue reports
    ("関与していないと否定した": denied being involved), nor a negation word written as a
    name ("DNB Nor bestritten")."""
    if _HANGUL.match(cue):
        return _NEG_BEFORE_KO.search(before) is not None
    if _KANA.search(sent) and not cue.isascii():
        return False
    got = _NEG_BEFORE.search(before)
    return got is not None and not _QUOTE_END.search(got.group()) and not _a_name(raw, got.start())


def _a_name(raw: str, at: int) -> bool:
    """Whether the negation word at or after `at` of a sentence is written as a name: with
    a capital inside a sentence that is not in title case ("Samherji und DNB Nor
    bestritten", not "Kremlin Does Not Deny")."""
    word = _FIRST_WORD.search(raw, at)
    if word is None or not (word.group()[:1].isupper() and word.group()[1:2].islower()):
        return False
    head = raw[: word.start()].rstrip()
    if not head or head[-1] in _OPENERS:
        return False
    long_words = _LONG_WORD.findall(raw)
    capitals = sum(w[:1].isupper() for w in long_words)
    return bool(capitals < 0.8 * len(long_words))


_FIRST_WORD = re.compile(r"\w+")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
#: what may stand before a sentence's first word: a quotation mark, a colon, a dash
_OPENERS = frozenset("\"“”«»„'‘’:;—–-([")


#: a quotation mark that closes a quotation: what it closed is a clause of its own
_QUOTE_END = re.compile(r"\w[\"”»」』]")
#: cue kinds a negation before them cancels ("not a hoax", "did not confirm")
_NEGATABLE = frozenset(
    {
        "denial",
        "label",
        "scorn",
        "confirmation",
        "correction",
        "innocent-account",
        "good-health",
        "official-winner",
        "unwitting",
        "safe",
        "genuine",
    }
)
_PAST = re.compile("|".join(lexicon.PAST)) if lexicon.PAST else None
#: a conditional a few words before a cue, in its clause ("if it had nothing to do with")
_IF_WORDS = [re.escape(w) for w in lexicon.CONDITIONAL if not has_cjk(w)]
_CONDITIONAL = (
    re.compile(r"(?:^|[^\w,;:])(" + "|".join(_IF_WORDS) + r")\s+(?:[^\W\d_]+[^\w,;:.!?]+){0,3}$")
    if _IF_WORDS
    else None
)
_IF_CJK = tuple(w for w in lexicon.CONDITIONAL if has_cjk(w))
#: concessives written with a conditional's word ("même si", "si bien"): no if-clause
_CONCESSIVE = (
    re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in lexicon.CONCESSIVE) + r")(?!\w)")
    if lexicon.CONCESSIVE
    else None
)
#: verbs of denying, rejecting or confirming, in every language: a negation right before
#: one negates it, not the claim's action after it ("did not deny blowing up")
#: events whose negation denies one ("no incident affected its plants", "there was no
#: attack"): the event nouns, less the ones that count outcomes ("no deaths")
_NEG_EVENTS = frozenset(lexicon.EVENT_NOUNS) - frozenset(lexicon.NEG_EVENT_SKIP)
_SAYING_STEMS = tuple(
    sorted(
        {
            s
            for w in ("deny", "reject", "confirm", "dismiss")
            for s in (*lexicon.translations(w), w, *lexicon.english_forms(w))
            if " " not in s and len(s) >= 4
        }
    )
)
#: German "nicht" at the end of a denial's clause negates it ("dementierte den Bericht
#: nicht": did not deny it)
_TRAILING_NICHT = re.compile(r"^[^.;:!?]*?\bnicht\s*(?:$|[,.;:!?])")
#: a verb of denial or a word for falsehood right before a Japanese or Korean negation:
#: the negation is theirs ("否定しなかった", "부인하지 않았다", "虚偽ではない", "허위가 아니")
_DENIED_VERB_CJK = re.compile(
    fold_aligned(
        r"(?:否定|否認|反論|反駁|虚偽|捏造|事実無根|誤り|嘘|부인|반박|부정|허위|거짓|가짜|사실무근)"
        r"[はもしてせさゃ하지는도진가이 ]{0,4}$"
    )
)
#: Japanese and Korean negate after the word (folded: voicing marks dropped, "ではない" is
#: "てはない"): "否定しなかった", "否定せず", "否定できない" (did not, could not deny), "虚偽ではない"
#: (not false), "허위가 아니다" (not false)
_TRAILING_NEG_CJK = re.compile(
    fold_aligned(
        r"^(?:は|も)?(?:し(?:な(?:い|かっ|く)|ませ)|せ(?:す|ん)|してい(?:な|ませ)|てき(?:な|ませ))"
        r"|^(?:て|しゃ)(?:は|も)?(?:な(?:い|く|かっ)|ありませ)"
        r"|^\s?(?:가|이)?\s?아니(?:다|라|며|고|었|ㅂ|에|야|지)"
    )
)
#: adjectives a negation before them makes one word with ("não governamental")
_NEG_COMPOUND = tuple(lexicon.NEG_COMPOUND) or ("\0",)
#: Italian and Portuguese "be" in the subjunctive: "se" before it is "if"
_IF_BE = frozenset({"fosse", "fossero", "fossi", "for", "forem", "fossem", "sia", "siano"})
_WANTED = re.compile("|".join(lexicon.WANTED)) if lexicon.WANTED else None
_ACCUSED = re.compile("|".join(lexicon.ACCUSED)) if lexicon.ACCUSED else None
_AGENT = re.compile("|".join(lexicon.AGENT)) if lexicon.AGENT else None
RULED_OUT = (
    re.compile(r"(?:" + "|".join(lexicon.RULED_OUT) + r")\W+(?:\w+\W+){0,3}$")
    if lexicon.RULED_OUT
    else None
)
_UNSUPPORTED = re.compile("|".join(lexicon.UNSUPPORTED)) if lexicon.UNSUPPORTED else None
_DENIED_ACCESS = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:access|entry|permission|visa|bail|landing|acceso|entrada|permiso"
    r"|aterrizaje|visado|fianza|acesso|permissao|pouso|visto|accesso|ingresso|permesso"
    r"|atterraggio|acces|autorisation|atterrissage|zugang|einreise|landeerlaubnis)\b"
)
#: where a negated clause ends (German: its verb stands just before)
_CLAUSE_TAIL = re.compile(r"[,;:.!?]|\s-\s")
#: request forms around a negation ("asked him not to", "de ne pas", "не включать")
_REQUEST = lexicon.REQUEST_RE
_NEG_SUFFIX = re.compile("|".join(lexicon.NEGATIVE_SUFFIX)) if lexicon.NEGATIVE_SUFFIX else None
#: words of wrongdoing written with hyphens ("pot-de-vin"), found after a negation whole
_HYPHENED_WRONGDOING = tuple(w for w in lexicon.WRONGDOING if "-" in w)
#: letters of Turkish and Azerbaijani that other Latin-script languages do not write
_TURKIC = re.compile("[ıİğĞşŞəƏ]")
WORDS = re.compile(LETTERS)
#: a confirmation whose object is a negation ("confirmed that it does not share",
#: "confirmó que no comparte", "bestätigte, dass es keine …"): a denial, not a confirmation
_CONFIRMS_NEGATION = re.compile(
    rf"^[^\w.;:!?]*(?:\w+[^\w.;:!?]+){{0,6}}?(?:{lexicon.NEGATION})", re.UNICODE
)

#: what no evidence is found for is itself a negation ("could not prove that she did not")
_PROOF_OF_NEGATION = re.compile(
    rf"^\W*(?:that|что|що|que|che|dass|ze)\b[^.;:!?]{{0,40}}?(?:{lexicon.NEGATION})", re.UNICODE
)


def _abs(offset: int, m: re.Match[str]) -> tuple[int, int]:
    return offset + m.start(), offset + m.end()


def find_cues(doc: Doc, only: frozenset[str] | None = None) -> list[Cue]:
    """The stance cues of every sentence (a negated cue is no cue: "did not deny"); with
    `only`, the cues of those kinds."""
    folded = doc.folded
    cues: list[Cue] = []
    kinds = [
        (k, pats)
        for k, g in CUE_KINDS
        if (only is None or k in only) and (pats := g.present(folded, doc.heads, doc.trigrams))
    ]
    if not kinds:
        return cues
    per_kind = [(kind, by_sentence(pats, folded, doc.spans)) for kind, pats in kinds]
    for si, (a, b) in enumerate(doc.spans):
        sent = folded[a:b]
        for kind, per_sentence in per_kind:
            for m in matches(per_sentence[si], sent):
                before = sent[: m.start()]
                if (
                    kind in _NEGATABLE
                    or (kind == "no-evidence" and not _NEGATION_RE.search(m.group()))
                ) and _negated_before(before, m.group(), sent, doc.text[a:b]):
                    # "did not deny", "not a hoax", "declined to confirm"; a counter-fact
                    # with no negation of its own too ("does not meet the standards",
                    # "was not acquitted")
                    continue
                if kind == "denial" and _TRAILING_NICHT.match(sent[m.end() :]):
                    continue  # "dementierte den Bericht nicht"
                if (
                    kind in _NEGATABLE
                    and not m.group().isascii()
                    and _TRAILING_NEG_CJK.match(sent[m.end() :])
                ):
                    continue  # "報道を否定しなかった", "허위가 아니다"
                if kind == "denial" and _DENIED_ACCESS.match(sent[m.end() :]):
                    continue  # "denied access to", not a denial of a report
                if kind == "confirmation" and _WANTED and _WANTED.search(before[-50:]):
                    continue  # "calling for verified information": asked for, not given
                if kind == "confirmation" and _CONFIRMS_NEGATION.match(sent[m.end() :]):
                    continue  # "confirmed it does not share data": what it confirms is a denial
                if kind == "no-evidence" and _hedged(sent, m.start(), m.end()):
                    continue  # "blamed Iran without providing evidence": the accuser's hedge
                if kind == "no-evidence" and _PROOF_OF_NEGATION.match(sent[m.end() :]):
                    continue  # "не смогла доказать, что она не принимала": no proof of a denial
                if kind in ("label", "denial") and _ACCUSED and _ACCUSED.search(before[-60:]):
                    continue  # "accused Russia of lying": an accusation, not a denial
                if kind == "scorn" and _AGENT and _AGENT.search(before[-40:]):
                    continue  # "Russia is behind a stunt": the event, not the report
                if kind in ("scorn", "label") and _names_a_proceeding(before, sent[m.end() :]):
                    continue  # "plainte en diffamation", "defamation suit": a case's name
                if kind == "scorn" and _MATERIAL.match(sent[m.end() :]):
                    continue  # "propaganda leaflets": what the material carries
                if kind == "innocent-account" and RULED_OUT and RULED_OUT.search(before[-60:]):
                    continue  # "ruled out a technical failure"
                if kind == "innocent-account" and _one_of_two(before, sent[m.end() :]):
                    continue  # "negligence or sabotage": one account of two, not a finding
                if _hypothetical(before, m.group()):
                    continue  # "if it had nothing to do with it", "if confirmed"
                past = _PAST is not None and _PAST.search(before[-60:]) is not None
                text = doc.text[a + m.start() : a + m.end()]
                cues.append(Cue(kind, text, *_abs(a, m), si, past))
    return _without_ruled_out(doc, cues)


#: how far after a no-evidence cue an innocent account it rules out may start
_RULED_OUT_REACH = 60


def _without_ruled_out(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """The cues but a no-evidence cue whose object is an innocent account, and that
    account: "no evidence found of a technical malfunction" rules the accident out, which
    bears out a claim of a deliberate act rather than contradicting it."""
    innocent = [c for c in cues if c.kind == "innocent-account"]
    if not innocent:
        return cues
    drop: set[int] = set()
    for c in cues:
        if c.kind != "no-evidence":
            continue
        for i in innocent:
            if (
                i.sentence == c.sentence
                and 0 <= i.start - c.end <= _RULED_OUT_REACH
                and not _CLAUSE_STOP.search(doc.folded, c.end, i.start)
            ):
                drop |= {id(c), id(i)}
    return [c for c in cues if id(c) not in drop] if drop else cues


_CLAUSE_STOP = re.compile(r"[.;:!?]|\bbut\b")


def _hedged(sent: str, start: int, end: int) -> bool:
    """Whether a no-evidence cue is inside (or overlaps) an accuser's own hedge, in the
    reporter's words: one in a quote is a party's complaint ("“… without providing any
    evidence of Ukraine's involvement”", the accused says)."""
    if _UNSUPPORTED is None or _in_quote(sent[:start]):
        return False
    return any(h.start() < end and start < h.end() for h in _UNSUPPORTED.finditer(sent))


def _in_quote(before: str) -> bool:
    """Whether a quotation opened before this point of a sentence is still open."""
    opened = sum(before.count(q) for q in "“«„")
    closed = sum(before.count(q) for q in "”»")
    return opened > closed or before.count('"') % 2 == 1


_PROCEEDINGS = frozenset(lexicon.PROCEEDINGS)
#: "or" in the languages with innocent accounts: "negligencia o sabotaje"
_OR_BEFORE = re.compile(r"\b(?:or|o|ou|oder|od|или|або|albo|lub|veya|ya|या)\W+$")
_OR_AFTER = re.compile(r"^\W*(?:or|o|ou|oder|od|или|або|albo|lub|veya|ya|या)\b")


def _one_of_two(before: str, after: str) -> bool:
    """Whether an innocent account is offered beside another ("sabotage or negligence")."""
    return bool(_OR_BEFORE.search(before[-12:]) or _OR_AFTER.match(after[:12]))


def is_proceeding(word: str) -> bool:
    """Whether a folded word names a legal case or a request ruled on ("suit", "appeals")."""
    return word in _PROCEEDINGS or word.removesuffix("s") in _PROCEEDINGS


def alleges(cc: CompiledClaim, after: list[str]) -> bool:
    """Whether the word after a proceeding says it alleges something, or is the claim's
    own act ("lawsuit alleging …", "gugatan kecurangan"): the case is the allegation."""
    return bool(after) and (
        after[0] in lexicon.ALLEGING
        or bool(cc.action_words and after[0].startswith(cc.action_words))
    )


def _names_a_proceeding(before: str, after: str) -> bool:
    """Whether a scorn or label word names a legal case: a proceeding just before it
    ("plainte en diffamation", "querela per diffamazione") or right after it ("defamation
    suit", "libel case")."""
    words = WORDS.findall(before[-30:])
    if words and words[-1] in _CASE_LINKS:
        words = words[:-1]  # "plainte en", "querela per", "Klage wegen"
    near = [*words[-1:], *WORDS.findall(after[:20])[:1]]
    return any(is_proceeding(w) for w in near)


#: media a scorn word may describe the content of ("propaganda leaflets", "balloons")
_MATERIAL = re.compile(
    r"\s+(?:leaflet|balloon|poster|pamphlet|flyer|flier|billboard|broadcast|loudspeaker"
    r"|video|film|song|material|banner|messages\b"
    # an outlet it describes ("the propaganda outlet Sputnik"), not a word on a report
    r"|outlet|agenc|channel|mouthpiece|broadcaster|website|station\b|stations\b|tv\b)"
)
#: the end of a German perfect infinitive ("beabsichtigt zu haben"), not a request's "zu"
_PERFECT_ZU = (["zu", "haben"], ["zu", "sein"])
#: words between a case and what it is for ("plainte en diffamation", "suit for libel")
_CASE_LINKS = frozenset({"en", "pour", "per", "for", "de", "di", "por", "wegen", "za", "o"})


def _hypothetical(before: str, cue: str = "") -> bool:
    """Whether a cue stands in an if-clause: a conditional at most three words before it."""
    tail = before[-40:]
    if _CONDITIONAL is not None and (m := _CONDITIONAL.search(tail)) is not None:
        if _CONCESSIVE is not None and any(
            c.start() <= m.start(1) < c.end() for c in _CONCESSIVE.finditer(tail)
        ):
            return False
        if m.group(1) != "se":
            return True
        # Italian and Portuguese "se" (if) is also the reflexive of Spanish, French,
        # Romanian and Czech ("se desvincula", "se dit étrangère", "se na útoku
        # nepodílela"): an if only before a negation ("se non c'entra nulla": if it has
        # nothing to do with it) or "be" in the subjunctive ("se fosse falso")
        between = tail[m.end(1) :].split()
        return bool(_IF_BE.intersection(between)) or any(
            _NEGATION_RE.match(w) for w in [*between, cue]
        )
    return bool(_IF_CJK) and any(w in tail[-8:] for w in _IF_CJK)


@dataclass(frozen=True, slots=True)
class NegSite:
    """A negation in a sentence, with what it may negate (claim-independent)."""

    sentence: int
    #: start and end of the negation word in the text
    start: int
    end: int
    #: Chinese: the characters after it (Japanese, Korean: before it, where the site starts);
    #: other scripts: the candidate negated words
    window: str
    words: tuple[str, ...]
    #: the folded text after the negation, to the sentence end
    after: str
    cjk: bool


#: a negation written in kana or hangul follows the verb it negates, within a few characters
_POSTPOSED = re.compile("[\u3040-\u30ff\uac00-\ud7a3]")
_POSTPOSED_REACH = 8
#: … in kana, a little further: "ハッキングされたことはありません" (the verb, then "had been")
_KANA_REACH = 12

#: letters only Portuguese writes (a sentence with them is not Spanish)
_PORTUGUESE = re.compile("[ãõÃÕ]")
#: letters and words only Spanish writes (ñ, ¿, "-ción", "el", "la", "y"), against
#: Portuguese's ã, õ
_SPANISH = re.compile(r"[ñÑ¿¡]|ci[oó]n\b|\b(?:el|los|del|la|las|una?|y|pero|muy)\b", re.IGNORECASE)


def _mostly_portuguese(text: str) -> bool:
    """Whether a text is Portuguese rather than Spanish by the letters and words only one
    of them writes (a Spanish text may name São Paulo)."""
    pt = len(_PORTUGUESE.findall(text))
    return pt > 0 and pt > len(_SPANISH.findall(text))


#: privative words written before what they negate ("won without fraud", "sin fraude",
#: "без фальсификаций"); Turkish writes its after the noun ("hile olmadan")
_PRIVATIVE = frozenset(
    w for w in lexicon.PRIVATIVE if not has_cjk(w) and w not in ("olmadan", "olmaksizin")
)
#: finds whether a text holds one at all (most do not: their sentences are not scanned)
_PRIVATIVE_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(_PRIVATIVE))) + r")\b")


#: Spanish "sin" and Portuguese "sem" (without) are Scandinavian "sin" (his, her own:
#: "sin rapport") and Icelandic "sem" (which): no privative in a sentence that has a
#: Scandinavian or Icelandic function word
_NORDIC_HOMOGRAPHS = frozenset({"sin", "sem"})
_NORDIC = re.compile(r"\b(?:og|och|ikke|inte|ekki|av|til|fra|hefur|blev|ble|det|eller)\b")


def _privative_sites(si: int, a: int, sent: str) -> list[NegSite]:
    """A privative word's site: the two words after it ("without any fraud": fraud)."""
    out: list[NegSite] = []
    nordic: bool | None = None
    for m in WORDS.finditer(sent):
        if m.group() not in _PRIVATIVE:
            continue
        if m.group() in _NORDIC_HOMOGRAPHS:
            if nordic is None:
                nordic = _NORDIC.search(sent) is not None
            if nordic:
                continue
        after = sent[m.end() :]
        clause = _CLAUSE_TAIL.split(after[:60], maxsplit=1)[0]
        words = [w for w in WORDS.findall(clause) if w not in lexicon.NEG_SKIP][:2]
        if words and words[0] != "embargo":  # "sin embargo": however
            out.append(NegSite(si, a + m.start(), a + m.end(), "", tuple(words), after, False))
    return out


def neg_sites(doc: Doc) -> list[NegSite]:
    """Negations that may negate a claim's action, whatever the claim."""
    folded = doc.folded
    out: list[NegSite] = []
    pats = NEGATION.present(folded, doc.heads, doc.trigrams)
    privative = _PRIVATIVE_RE.search(folded) is not None
    if not pats and not privative:
        return out
    per_sentence = by_sentence(pats, folded, doc.spans)
    portuguese: bool | None = None  # the whole item's language, once a "no" asks
    for si, (a, b) in enumerate(doc.spans):
        sent = folded[a:b]
        if privative:
            out += _privative_sites(si, a, sent)
        for m in matches(per_sentence[si], sent):
            after = sent[m.end() :]
            if _REQUEST is not None:
                around = f"{sent[max(0, m.start() - 40) : m.start()]}NEG{after[:60]}"
                if _REQUEST.search(around):
                    continue  # "asked him not to activate", "не включать": a request
            if m.group() == "no":
                if portuguese is None:
                    portuguese = _mostly_portuguese(doc.text)
                if portuguese or _mostly_portuguese(doc.text[a:b]):
                    continue  # Portuguese "no" is "in the" ("no poder": in power)
            if _hypothetical(sent[: m.start()], m.group()):
                continue  # "if it did not …", "ob es nicht doch …": asked or supposed
            if has_cjk(m.group()):
                if _POSTPOSED.search(m.group()):
                    # Japanese and Korean negate the verb before them ("갚지 않았다": did
                    # not pay; "支払っていない"): the site starts at that verb
                    if _DENIED_VERB_CJK.search(sent[max(0, m.start() - 6) : m.start()]):
                        continue  # "否定しなかった", "부인하지 않았다": a denial negated
                    reach = _KANA_REACH if _KANA.search(m.group()) else _POSTPOSED_REACH
                    lo = max(0, m.start() - reach)
                    out.append(
                        NegSite(si, a + lo, a + m.end(), sent[lo : m.start()], (), after, True)
                    )
                else:
                    out.append(NegSite(si, a + m.start(), a + m.end(), after[:6], (), after, True))
                continue
            words = WORDS.findall(_CLAUSE_TAIL.split(after[:80], maxsplit=1)[0])
            if words and words[0].startswith(_NEG_COMPOUND):
                continue  # "organizações não governamentais", "drones no tripulados": one word
            light = any(w in lexicon.NEG_LIGHT for w in words[:2])
            # "found no flaws or censorship", "no security flaws or censorship": the
            # word after "or" is negated too
            j = next(
                (j for j in (1, 2) if j < len(words) - 1 and words[j] in lexicon.COORDINATORS), 0
            )
            coordinated = words[j + 1 : j + 2] if j else []
            full = [w for w in words if w not in lexicon.NEG_SKIP]
            words = full[:3]
            if not words:
                continue
            # a negated order, plan or intention negates the action it names ("did not
            # order the closure", "no ha dado orden de cerrar", "had no plans to close")
            k = next((i for i, w in enumerate(words) if w in lexicon.NEG_INTENT), None)
            named = full[k + 1 : k + 5] if k is not None else []
            # the negated verb and the word after it ("never bought referees": a claim
            # about paying referees is denied through its object)
            cand = words[:2]
            if words[0] in lexicon.NEG_LIGHT:
                cand = words[1:3]
            elif light:
                cand = words[:3]  # "never had Starlink service": the light verb's object
            cand = [*cand, *named]
            cand += coordinated
            neg = m.group()
            if neg in lexicon.NEG_DETERMINERS and _modifier_first(doc.text[a + m.end() : b]):
                cand += words[2:3]  # "kein gezieltes GPS-Jamming": the noun after a modifier
            if neg.startswith("kein"):
                # German "kein" negates its noun and the verb before it ("Google trainiert
                # keine Gmail-Inhalte": it does not train on them)
                before = WORDS.findall(sent[max(0, m.start() - 40) : m.start()])
                cand = [*before[-1:], *cand]
            if neg in lexicon.VERB_FINAL_NEGATION and (
                neg not in lexicon.SHARED_NEGATION
                or not lexicon.VERB_FINAL_HINTS.isdisjoint(WORDS.findall(sent))
            ):
                # German puts the verb last: "hat nie mit Putin gesprochen"
                clause = _CLAUSE_TAIL.split(after, maxsplit=1)[0]
                words_at = list(WORDS.finditer(clause))[-3:]
                if len(words_at) == 3 and [w.group() for w in words_at[1:]] in _PERFECT_ZU:
                    # "… keine Angriffe beabsichtigt zu haben": a perfect infinitive, what
                    # one says of oneself, not a request; its verb is the participle
                    words_at = words_at[:1]
                words_at = words_at[-2:]
                tail = [w.group() for w in words_at]
                if tail[:1] == ["zu"]:
                    continue  # "bat Musk, Starlink nicht über Taiwan zu aktivieren": a request
                last = a + m.end() + words_at[-1].start() if words_at else -1
                if last >= 0 and not doc.text[last].isupper():
                    # the verb at the clause end; a capitalised word there is a noun
                    # ("Keine Strafen nach Positiv-Proben bei Schwimmern": no verb at all)
                    cand = [*cand, *tail[-1:]]
            out.append(NegSite(si, a + m.start(), a + m.end(), "", tuple(cand), after, False))
    return out


def _modifier_first(raw_after: str) -> bool:
    """Whether the word after a negating determiner is a modifier: written in lower case, in
    a language whose nouns are capitalised ("kein gezieltes GPS-Jamming", not "keine
    Strafen nach Positiv-Proben")."""
    first = WORDS.search(raw_after)
    return first is not None and first.group().islower()


def negations(doc: Doc, cc: CompiledClaim, sites: list[NegSite]) -> list[Cue]:
    """Negated claim actions: "did not speak with", "was never closed", "не общался"."""
    out: list[Cue] = []
    if not cc.action_stems:
        return out
    cjk_stems = cc.action_cjk
    word_stems = cc.action_words
    hyphened = tuple(st for st in (*word_stems, *_HYPHENED_WRONGDOING) if "-" in st)
    # what the statement itself negates or says was not done: negating it agrees
    agree = cc.negated_stems + cc.failed_stems
    for site in sites:
        if site.cjk:
            if any(st in site.window for st in cjk_stems) and not any(
                has_cjk(st) and st in site.window for st in agree
            ):
                text = doc.text[site.start : site.end + 4]
                out.append(Cue("negation", text, site.start, site.end, site.sentence))
            continue
        k = next(
            (
                i
                for i, w in enumerate(site.words)
                if w.startswith(word_stems) or w in lexicon.WRONGDOING or w in _NEG_EVENTS
            ),
            -1,
        )
        hit = site.words[k] if k >= 0 else None  # ("had not committed any crimes")
        if hit is None and hyphened and site.after.lstrip().startswith(hyphened):
            # words joined by hyphens, right after the negation ("aucun pot-de-vin")
            hit, k = next(h for h in hyphened if site.after.lstrip().startswith(h)), 0
        if k > 0 and site.words[0] in lexicon.NEG_COMPLIANCE:
            continue  # "do not comply with the emissions rules": the rules were broken
        if hit is not None and any(w.startswith(_SAYING_STEMS) for w in site.words[:k]):
            continue  # "did not deny blowing up": the denial is negated, not the action
        if hit is not None and agree:
            if any(w.startswith(agree) for w in site.words[: k + 1]):
                # "not consensual" for a claim of a kiss "without consent", "did not pass
                # the gender test" for one that "failed" it, "was not inspected" for one of
                # a "failure to inspect": agreement
                continue
        if hit is not None:
            end = site.after.find(hit) + len(hit) + site.end
            out.append(Cue("negation", doc.text[site.start : end], site.start, end, site.sentence))
    if _NEG_SUFFIX is not None and word_stems and _TURKIC.search(doc.text):
        # (only text with a letter of the languages that negate so: "Diabetesmedikamente"
        # is no Turkish "diabetes-me-di")
        out += _suffix_negations(doc, word_stems)
    return out


def _suffix_negations(doc: Doc, stems: tuple[str, ...]) -> list[Cue]:
    """Claim words negated by a suffix inside the word (Turkish "kapatmadık": we did not
    close)."""
    assert _NEG_SUFFIX is not None
    out: list[Cue] = []
    for m in WORDS.finditer(doc.folded):
        word = m.group()
        if word.isascii() and not word.startswith(stems):
            continue
        for stem in stems:
            if len(stem) >= 4 and word.startswith(stem) and _NEG_SUFFIX.match(word, len(stem)):
                si = doc.sentence_of(m.start())
                out.append(Cue("negation", doc.text[m.start() : m.end()], m.start(), m.end(), si))
                break
    return out


def is_negation(word: str) -> bool:
    """Whether a folded word is a negation in one of the lexicons."""
    return _NEGATION_RE.fullmatch(word) is not None

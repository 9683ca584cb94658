"""Which claims an item is about: terms, variants, scripts, context, exclude (bot.matching)."""

from __future__ import annotations

import pytest

from bot.matching import Matcher
from bot.records import Claim

CONTACT = Claim(
    "contact",
    "Elon Musk has been in regular, secret contact with Vladimir Putin since late 2022",
    (("Musk", "Маск", "马斯克"), ("Putin", "Kremlin", "Путин", "Путін", "Кремль", "普京")),
    context=("talks", "contact", "contacts", "conversations", "spoke", "talked", "call", "calls"),
    contradict=("only one conversation",),
)
TAIWAN = Claim(
    "taiwan",
    "Putin asked Musk not to activate Starlink over Taiwan",
    (("Starlink", "星链"), ("Taiwan", "Taipei", "台湾")),
    contradict=("not available in Taiwan",),
)
AIDE = Claim(
    "aide",
    "Musk talks regularly with Sergei Kiriyenko",
    (("Kiriyenko", "Кирієнко"), ("Musk",)),
)
ICE = Claim("ice", "ICE raids in Chicago", (("ICE",), ("Chicago",)), exclude=("hockey",))
CLAIMS = (CONTACT, TAIWAN, AIDE, ICE)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(CLAIMS)


def ids(m: Matcher, title: str, summary: str = "") -> list[str]:
    return [x.claim_id for x in m.match(title, summary)]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Musk’s secret calls with Vladamir Putin", ""),
        ("MUSK HELD TALKS WITH PUTIN", ""),
        (
            "",
            "<p>Elon Musk &amp; Wladimir Putin&#8217;s aides spoke, "
            "a &lt;i&gt;paper&lt;/i&gt; says</p>",
        ),
        ("Report: Musk and Vladimír Putín talked before the poll", ""),
        ("Musk in regular contact with the Kremlin, senators say", ""),
    ],
)
def test_english_and_garbled_variants_match(matcher: Matcher, title: str, summary: str) -> None:
    assert ids(matcher, title, summary) == ["contact"]


@pytest.mark.parametrize(
    "title",
    [
        "Star-link over Taïwan: what the Kremlin wanted",
        "Starlinks are still dark over Taipei",
        "Why Taiwan can't buy STARLINK",
    ],
)
def test_hyphenation_plurals_accents_capitals(matcher: Matcher, title: str) -> None:
    assert ids(matcher, title) == ["taiwan"]


@pytest.mark.parametrize("variant", ["Kirienko", "Kiriienko", "Kirijenko", "Kiriyenko's"])
def test_transliteration_variants_of_a_name(matcher: Matcher, variant: str) -> None:
    assert ids(matcher, f"Musk kept in touch with {variant}") == ["aide"]


@pytest.mark.parametrize(
    "title",
    [
        "Starting Monday, Taiwan requires new visas",  # two edits from "Starlink"
        "Sterling slides as Taiwan tensions rise",
        "Stalin and Taiwan: a history",
    ],
)
def test_common_words_two_edits_from_a_name_are_not_the_name(matcher: Matcher, title: str) -> None:
    assert ids(matcher, title) == []


def test_a_short_name_cut_short_by_a_letter_is_another_word() -> None:
    crimea = Claim(
        "crimea", "Starlink off near Crimea", (("Musk",), ("Crimea",)), context=("attack",)
    )
    m = Matcher([crimea])
    assert m.match("Musk Says Crime Wave Is an Attack on San Francisco", "") == []
    assert [x.claim_id for x in m.match("Musk: drone attack near Crimée", "")] == ["crimea"]
    assert [x.claim_id for x in m.match("Musk: drone attack near Crimeа", "")] == ["crimea"]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Маск тайно общался с Путиным", "Илон Маск регулярно разговаривал с президентом."),
        ("Маск таємно спілкувався з Путіним", "Ілон Маск регулярно розмовляв з ним."),
        ("Musk soll geheime Gespräche mit Putin geführt haben", ""),
        ("Musk w tajemnicy rozmawiał z Putinem", ""),
        ("Muska i Putina łączą tajne kontakty", ""),
        ("马斯克与普京秘密通话", "据报道，两人一直保持联系。"),
        ("Kremlin calls with Маск alleged", ""),
    ],
)
def test_other_languages_and_inflections(matcher: Matcher, title: str, summary: str) -> None:
    assert ids(matcher, title, summary) == ["contact"]


def test_latin_term_finds_cyrillic_and_back(matcher: Matcher) -> None:
    assert ids(matcher, "Маск и Кирієнко: контакты продолжаются") == ["aide"]
    assert ids(matcher, "Маск и Кириенко провели встречу") == ["aide"]
    m = matcher.match("Маском и Кирієнком заинтересовались", "")
    how = {t.term: t.how for t in m[0].terms}
    assert how["Musk"] == "transliterated"


def test_chinese_names_only_when_listed(matcher: Matcher) -> None:
    assert ids(matcher, "台湾 星链 服务") == ["taiwan"]
    assert ids(matcher, "基里延科与马斯克会面") == []  # Kiriyenko has no Chinese term


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Putin praises Musk as an outstanding person", "Putin called Musk talented."),
        ("Musk and Putin both absent from summit", ""),
        ("Tesla profit beats forecasts", "Elon Musk's company reported growth."),
        ("Police raid in Chicago", "Officers from the police department made arrests."),
        ("ICE hockey final in Chicago", ""),
        ("Masks and puttin on the Ritz", "Musky talks of contact"),
    ],
)
def test_unrelated_items_do_not_match(matcher: Matcher, title: str, summary: str) -> None:
    assert ids(matcher, title, summary) == []


def test_short_terms_are_exact_and_whole_words(matcher: Matcher) -> None:
    assert ids(matcher, "ICE raids reported across Chicago") == ["ice"]
    assert ids(matcher, "Chicago police make arrests") == []


def test_match_records_carry_terms_evidence_and_score(matcher: Matcher) -> None:
    (m,) = matcher.match(
        "Weekly digest", "Markets rose. Elon Musk’s secret talks with Vladamir Putin worry NATO."
    )
    assert m.evidence == "Elon Musk's secret talks with Vladamir Putin worry NATO."
    assert 0 < m.score <= 100
    assert m.cue is None
    assert ("Musk", "exact") in {(t.term, t.how) for t in m.terms}


def test_match_is_deterministic() -> None:
    a = Matcher(CLAIMS).match("Маск и Путин: тайные звонки", "Musk spoke with Putin.")
    b = Matcher(CLAIMS).match("Маск и Путин: тайные звонки", "Musk spoke with Putin.")
    assert a == b


def test_explain_says_which_group_is_missing(matcher: Matcher) -> None:
    e = matcher.explain("contact", "Musk talks about rockets", "")
    assert not e.matched
    assert e.reason.startswith("require group 2 (Putin | Kremlin")
    text = "\n".join(e.lines())
    assert "missing" in text


def test_explain_context_and_exclude(matcher: Matcher) -> None:
    e = matcher.explain("contact", "Putin praises Musk", "")
    assert not e.matched and e.reason == "no context term found"
    e = matcher.explain("ice", "ICE hockey returns to Chicago", "")
    assert not e.matched and e.exclude_hit is not None and e.exclude_hit.term == "hockey"


def test_explain_matched_lines_show_terms_and_stance(matcher: Matcher) -> None:
    e = matcher.explain("contact", "Kremlin denies Musk talked to Putin", "")
    assert e.matched and e.stance == "contradiction" and e.cue == "denies"
    lines = e.lines()
    assert lines[0].startswith("contact: MATCH")
    assert any("cue: 'denies'" in line for line in lines)
    assert any(line.startswith("  evidence:") for line in lines)


def test_explain_unknown_claim(matcher: Matcher) -> None:
    with pytest.raises(KeyError):
        matcher.explain("nope", "x", "y")


# --- the speed machinery must not change what is found ----------------------------------


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Star\u00adlink over Taiwan", ""),  # a soft hyphen inside a term
        ("Musk and Pu\u00adtin: secret calls", ""),
        ("<b>Star</b>-link over <i>Taipei</i>", ""),
        ("Kremlin denies Musk talked to Putin", "Musk&#8217;s calls with Putin: &quot;fake&quot;."),
        ("", "Маск регулярно общался с Путиным, пишет газета. Кремль опроверг эти сообщения."),
        ("Musk did not speak with Putin, the Kremin said", ""),
        ("Kirienkos talks with Musk", ""),
        ("Masks and puttin on the Ritz", "Musky talks of contact"),
        # the screen reads feed HTML as given: entities, markup and other scripts
        ("<a href='https://x.test/musk-putin'>Mu&shy;sk</a> &amp; Pu<b>tin</b>", "secret talks"),
        ("Star&#173;link over Ta&iuml;wan", ""),
        ("&#1052;&#1072;&#1089;&#1082; и Путин: тайные переговоры", ""),
        ("&#39532;&#26031;&#20811;与普京秘密通话", ""),
        ("Musk&#8217;s calls", "<p>with&nbsp;Putin</p>"),
        ("Starlink&#8208;Taiwan", "<img alt='Starlink over Taiwan'>"),
    ],
)
def test_match_agrees_with_explain(matcher: Matcher, title: str, summary: str) -> None:
    """The screen that skips most items never drops one that `explain` calls a match."""
    found = {m.claim_id: m for m in matcher.match(title, summary)}
    for claim in CLAIMS:
        e = matcher.explain(claim.id, title, summary)
        assert e.matched == (claim.id in found), (claim.id, e.reason)
        if e.matched:
            assert found[claim.id].stance == e.stance
            assert found[claim.id].score == e.score


def test_fuzzy_score_is_the_best_form_of_the_word(matcher: Matcher) -> None:
    # "kremin" is 1 edit from "kremlin"; its stem "kremi" is 2: the better one counts,
    # whatever order the forms come in
    (m,) = matcher.match("Musk spoke with Putin, the Kremin said", "")
    assert {t.term: t.score for t in m.terms}["Kremlin"] == 85.7


def test_gated_cue_search_finds_what_the_whole_alternation_finds() -> None:
    import re

    from bot.matching import cues, document, lexicon
    from bot.matching.gated import by_sentence, finditer, matches
    from bot.text import fold_aligned

    sentences = [
        "the kremlin denied the report, calling it fake news and a hoax.",
        "he did not deny it; the story was not true, she said, but it is incorrect.",
        "only one phone call took place, the company said; starlink is not available.",
        "musk shot down the claims and pushed back on the article in a statement.",
        "präsident weist den bericht als falsch zurück, dementiert die meldung.",
        "кремль опроверг эти сообщения и назвал их фейком. маск не общался с путиным.",
        "ministerstwo zaprzecza: to nieprawda, tylko jedna rozmowa.",
        "克里姆林宫否认了这一报道，称其为假新闻，只有一次通话。",
        "president biden, the presidential den of lies, was confirmed but said no.",
        "it was never activated and has no license; nobody knows, nor does anyone.",
        "el gobierno lo nega y puso en duda el informe; la fiscalía descartó esa hipótesis.",
        "serikali imekanusha ripoti hiyo na kusema ni uongo mtupu.",
        "الوزارة نفت التقرير وشككت في صحة الادعاءات",
        "το υπουργείο δεν επιβεβαίωσε, αλλά αργότερα επιβεβαιώνοντας την είδηση.",
    ]
    by_kind = dict(cues.CUE_KINDS)
    kinds = [
        (getattr(lexicon, key.upper()), by_kind[kind])
        for key, kind in lexicon.CUE_KEYS.items()
        if kind in by_kind
    ]
    kinds += [((lexicon.NEGATION,), cues.NEGATION)]
    # all the sentences as one text, each sentence searched on its own (as find_cues does)
    text = " ".join(fold_aligned(raw) for raw in sentences)
    spans, at = [], 0
    for raw in sentences:
        spans.append((at, at + len(raw)))
        at += len(raw) + 1
    text_heads = frozenset(document.HEADS.findall(text))
    for pats, gated in kinds:
        whole = re.compile("|".join(f"(?:{p})" for p in pats))
        for raw in sentences:
            sent = fold_aligned(raw)
            heads = frozenset(document.HEADS.findall(sent))
            got = [(m.start(), m.end()) for m in finditer(gated.present(sent, heads), sent)]
            assert got == [(m.start(), m.end()) for m in whole.finditer(sent)], (pats[0], sent)
        per_sentence = by_sentence(gated.present(text, text_heads), text, spans)
        for (a, b), branches in zip(spans, per_sentence, strict=True):
            got = [(m.start(), m.end()) for m in matches(branches, text[a:b])]
            assert got == [(m.start(), m.end()) for m in whole.finditer(text[a:b])], pats[0]


@pytest.mark.parametrize(
    ("branch", "literal"),
    [
        (r"\bden(?:y|ies|ied)\b", "den"),
        (r"\bpush(?:es|ed)? back (?:on|against)\b", " back "),
        (r"\bweis(?:t|en)?\b.{0,120}?\bzuruck\b", "zuruck"),
        (r"\bdoes ?n[o']t operate\b", "t operate"),
        (r"\bmade[- ]up\b", "made"),
        (r"\b(?:is|was) wrong\b", " wrong"),
        (r"\bshoots?\b", "shoot"),
        (r"\bx+y", "x"),
        (r"\b(?:a|b)\b", None),
        # an escaped code point is the character it names (not the letters "u093c")
        (r"\u0916\u093c?\u093e\u0930\u093f\u091c", "\u093e\u0930\u093f\u091c"),
        (r"\x41bc", "Abc"),
        (r"\N{DEVANAGARI LETTER KA}\u093e", "\u0915\u093e"),
    ],
)
def test_literal_every_match_contains(branch: str, literal: str | None) -> None:
    from bot.matching import gated

    assert gated.literal(branch) == literal


@pytest.mark.parametrize(
    ("branch", "needs"),
    [
        # a group's alternatives, behind lookbehinds (one that holds another is implied)
        (r"(?<!\bes )\b(?:nega|neguen|negat)\b(?!-se)", ("nega", "neguen")),
        # the group whose shortest literal is longest, spaces aside
        (r"\b(?:pon|pus)\w* en (?:duda|entredicho)\b", ("duda", "entredicho")),
        (r"\b(?:(?:ame|ali)(?:kanush|kana))", ("kanush", "kana")),
        (r"\bpush(?:es|ed)? back (?:on|against)\b", ("push",)),
        (r"\b[وف]?(?:نفى|نفت)\b", ("نفى", "نفت")),
        # an optional group or one with an empty alternative holds nothing sure
        (r"(?:abcd){0,2}x", ("x",)),
        (r"(?:abcd)*?x", ("x",)),
        (r"(?:abcd|)x", ("x",)),
        (r"(?:abcd)+x", ("abcd",)),
        (r"\b(?:a|b)\b", ("a", "b")),
        (r"\b\w+\b", None),
    ],
)
def test_requirement_every_match_holds_one(branch: str, needs: tuple[str, ...] | None) -> None:
    from bot.matching import gated

    assert gated.requirement(branch) == needs


# --- a context the items lack, and the statement's own words --------------------------
CRASH_CONTEXT = Claim(
    "crash",
    "Valdorian agents sabotaged the helicopter that crashed killing President Marlo",
    (("Marlo",), ("helicopter", "crash")),
    context=("Kestrel 212", "Ostrava valley"),  # rare details most reports leave out
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # two of the statement's own words ("sabotaged", "killing") stand in for context
        ("Marlo helicopter crash: inquiry says sabotage killed the president", ["crash"]),
        ("Helicóptero de Marlo: ¿un sabotaje asesinó al presidente?", ["crash"]),
        # one of them is not enough; the context itself always is
        ("Marlo's helicopter crash: the president was killed", []),
        ("Marlo helicopter crash in the Ostrava valley", ["crash"]),
        # the words that say who reported the claim are not the story's ("reported")
        ("Marlo helicopter crash reported, president alive", []),
    ],
)
def test_two_words_of_the_statement_stand_in_for_a_missing_context(
    title: str, expected: list[str]
) -> None:
    assert [m.claim_id for m in Matcher((CRASH_CONTEXT,)).match(title, "")] == expected

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

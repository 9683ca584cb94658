"""Matching and stance, stop 35: more ways to deny in English, German, French, Spanish,
Italian, Portuguese, Turkish and Bulgarian: doubts about a work's authenticity, no trace
found, complaints dismissed, "neither … nor … has anything to do with it", no report that
confirms it, a denial with a discourse word before it. Claims and names of our own, as in
test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

PAINTING = Claim(
    "painting",
    "The Orsini Madonna was painted by the master Vellori himself",
    (("Orsini Madonna", "Orsini"), ("Vellori",)),
)
TREASURE = Claim(
    "treasure",
    "Gold looted in the war lies buried in a tunnel under Marsk hill",
    (("Marsk",), ("gold", "Gold")),
)
PICKERS = Claim(
    "pickers",
    "Farm owners in Dalvia sexually abused seasonal strawberry pickers",
    (("Dalvia",), ("pickers", "abuse", "abused", "harassment", "saisonnières", "temporeras")),
)
PHOTOS = Claim(
    "photos",
    "Photos show gold bars and cash in Premier Tarnov's bedside drawer",
    (("Tarnov",), ("photos", "gold", "cash")),
)
BRIBES = Claim(
    "bribes",
    "The Kolvar company paid bribes to minister Dario Venn",
    (("Venn", "Kolvar"), ("bribes", "bribery", "bribe")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([PAINTING, TREASURE, PICKERS, PHOTOS, BRIBES])


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        (
            "painting",
            "A documentary casts new doubt on the Orsini Madonna's authenticity as a Vellori",
        ),
        ("painting", "Neue Zweifel an der Echtheit der Orsini-Madonna von Vellori"),
        ("painting", "Dudas sobre la autoría de la Madonna Orsini atribuida a Vellori"),
        ("painting", "Nuovi dubbi sull'attribuzione della Madonna Orsini a Vellori"),
        ("painting", "Novas dúvidas sobre a autoria da Madonna Orsini de Vellori"),
        (
            "treasure",
            "Nach vier Tagen Grabung in Marsk gibt es weder eine Spur vom Gold noch vom Tunnel",
        ),
        ("pickers", "La justice classe les plaintes des saisonnières de Dalvia"),
        ("pickers", "Dalvia: los jueces archivan las denuncias de las temporeras"),
        ("bribes", "Venn rüşvet suçlamalarını 'hurafe' diye nitelendirdi"),
        ("photos", "Експертиза: снимките на Тарнов са манипулирани"),
        ("photos", "Прокуратурата: няма данни за извършено престъпление по снимките на Тарнов"),
        (
            "bribes",
            "Neither minister Venn nor his family have anything to do with the bribery"
            " allegations, his office said",
        ),
        (
            "bribes",
            "The ministry has not received any report confirming the bribery allegations"
            " against Venn",
        ),
        (
            "bribes",
            "Kolvar paid bribes to Venn, a witness said. The allegations were, however, denied by Venn.",
        ),
        # a word of wrongdoing written with hyphens, negated
        ("bribes", "Venn n'a reçu aucun pot-de-vin de Kolvar, selon son avocat"),
    ],
)
def test_more_denials_contradict(matcher: Matcher, claim: str, title: str) -> None:
    assert stance(matcher, claim, title) == "contradiction", title


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("painting", "The Orsini Madonna by Vellori goes on show in Rome"),
        ("treasure", "Searchers in Marsk say they found a trace of the gold"),
        ("pickers", "Les saisonnières de Dalvia déposent plainte pour abus"),
        ("photos", "Прокуратурата разследва снимките на Тарнов"),
        ("bribes", "A report confirming the bribery allegations against Venn was published"),
    ],
)
def test_their_affirmative_forms_are_updates(matcher: Matcher, claim: str, title: str) -> None:
    assert stance(matcher, claim, title) == "update", title


def test_an_indic_word_is_also_read_as_hindi_says_it() -> None:
    from bot.text import skeleton, to_ascii

    # the inherent vowel between a vowel and a consonant that has one is not said
    assert to_ascii("हिंडनबर्ग", spoken="rule") == "hindanbarg"
    assert skeleton(to_ascii("हिंडनबर्ग", spoken="rule")) == skeleton("hindenburg")
    # as written, the vowel stays (names keep it as often as not: Kamala)
    assert to_ascii("कमला") == "kamala"
    assert to_ascii("कमला", spoken="rule") == "kamla"
    # the first and the last syllable keep what they have
    assert to_ascii("अडानी", spoken="rule") == "adani"
    # or without any inner one, as a foreign name often is
    assert to_ascii("लिंडक्विस्ट", spoken="all") == "lindkvist"


def test_a_name_written_as_hindi_says_it_is_found() -> None:
    claim = Claim(
        "fraud", "Kolvar committed fraud, as Tendenburg said", (("Kolvar",), ("Tendenburg",))
    )
    # टेंडनबर्ग: tendanabarg as written, tendanbarg as said
    title = "टेंडनबर्ग रिपोर्ट निराधार; कोल्वार समूह का बयान"
    assert [m.claim_id for m in Matcher([claim]).match(title, "")] == ["fraud"]


def test_a_short_name_is_not_a_common_hindi_word_with_its_consonants() -> None:
    # काला (kala, "black") has the skeleton of Kalei, a name of five letters
    claim = Claim("kalei", "Kalei took bribes from Kolvar", (("Kalei",), ("bribes", "Kolvar")))
    matcher = Matcher([claim])
    assert matcher.match("कोल्वार का काला धन", "") == []
    assert [m.claim_id for m in matcher.match("कालेई ने कोल्वार से रिश्वत ली", "")] == ["kalei"]


def test_a_name_two_edits_from_another_scripts_word_needs_more_in_common() -> None:
    # бордави: bordavi, two edits from Borlaei, but another word from its fifth letter
    claim = Claim(
        "borlaei", "Coach Borlaei ordered the judoka to lose", (("Borlaei",), ("judoka", "дзюдо"))
    )
    matcher = Matcher([claim])
    assert matcher.match("Бордави: турнир по дзюдо", "") == []
    assert [m.claim_id for m in matcher.match("Борлаеи и дзюдо", "")] == ["borlaei"]


@pytest.mark.parametrize(
    "title",
    [
        # a title, an institution, an adverb, a word inside another, a charge of lying
        "A witness confirmed that dismissed mayor Venn took bribes from Kolvar",
        "Venn was moved to a hospital by the Corrections Department while serving his bribery"
        " sentence",
        "Kolvar soll Venn Bestechungsgeld gezahlt und Kunden absichtlich falsch abgerechnet haben",
        "Dario Venn 뇌물 수사…Kolvar 계정정보 유출",
    ],
)
def test_words_that_look_like_cues_but_are_not_denials(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "bribes", title) == "update", title


@pytest.mark.parametrize(
    "title",
    [
        "Kolvar does not rule out a link between Venn and the bribes",
        "Prosecutors refused to rule out that Venn took bribes from Kolvar",
        "Venn and Kolvar conspirators detained over bribes",
    ],
)
def test_a_ruling_out_not_done_is_no_denial(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "bribes", title) == "update", title


def test_a_german_compound_is_no_turkish_negative_verb() -> None:
    # "Diabetesmedikamente": diabetes-me-di would be Turkish "did not diabetes"
    claim = Claim(
        "pill",
        "The Zorvex diabetes pill causes hair loss",
        (("Zorvex",), ("hair loss", "Haarausfall")),
    )
    title = "Überprüfung der Diabetesmedikamente: Zorvex und Haarausfall"
    assert stance(Matcher([claim]), "pill", title) == "update"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Swahili: a denial with its subject and tense prefixes, and the charge itself
        ("Venn amekanusha madai ya rushwa kutoka kampuni ya Kolvar", "contradiction"),
        ("Venn ashtakiwa kwa kupokea rushwa kutoka Kolvar", "update"),
        # Bengali and Georgian: the claim's words found through the news vocabulary
        ("কোলভার থেকে ঘুষ নেওয়ার অভিযোগে Venn গ্রেপ্তার", "update"),
        ("Venn-ს Kolvar-ისგან ქრთამის აღებაში ედავებიან", "update"),
    ],
)
def test_swahili_bengali_and_georgian(matcher: Matcher, title: str, expected: str) -> None:
    assert stance(matcher, "bribes", title) == expected, title


@pytest.mark.parametrize(
    "title",
    [
        "The Marsk blackout was not caused by gold thieves, the utility said",
        "El apagón de Marsk no fue obra de ladrones de oro, dijo la empresa",
    ],
)
def test_not_caused_by_what_the_claim_blames(title: str) -> None:
    claim = Claim(
        "thieves", "Gold thieves caused the Marsk blackout", (("Marsk",), ("thieves", "ladrones"))
    )
    assert stance(Matcher([claim]), "thieves", title) == "contradiction", title

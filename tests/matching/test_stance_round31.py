"""Matching and stance, stop 43: a place's short Latin-script name only as a whole word,
"based" is not a military base, a short name is not found in a word cut at an ending
whose last letter differs, and pleas of innocence, framing and push-back as cues. Claims
and names of our own, as in test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

BASE = Claim(
    "base",
    "China has secretly built a military base in Kestria's Orvat valley",
    (("China", "Chinese", "Kestria"), ("base", "outpost", "troops")),
)
STORM = Claim(
    "storm",
    "Hurricane Maria killed 3,000 people in Kestria",
    (("Kestria", "Maria"), ("died", "deaths", "killed", "death toll")),
)
FRAUD = Claim(
    "fraud",
    "Orvex founder Dalen Pruss defrauded investors of $2 billion",
    (("Orvex", "Pruss"), ("fraud", "defrauded", "embezzlement", "laundering")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([BASE, STORM, FRAUD])


def _ids(m: Matcher, title: str, summary: str = "") -> set[str]:
    return {x.claim_id for x in m.match(title, summary)}


def test_stop_43_a_short_place_stem_is_the_whole_word(matcher: Matcher) -> None:
    # Turkish "Çin" (China) folds to "cin": not the start of French "cinq" or "cinéma"
    assert "base" not in _ids(matcher, "Cinq soldats blessés, les troupes rentrent")
    assert "base" not in _ids(matcher, "Le cinéma et ses troupes de théâtre")
    assert "base" in _ids(matcher, "Çin'in Kestria'daki askeri üssü büyüyor")
    assert "base" in _ids(matcher, "Çin Kestria'da üs kurdu", "Çin askerleri, troops")


def test_stop_43_only_a_short_place_stem_is_a_whole_word() -> None:
    from bot.matching.translated import short_stem_fits

    assert not short_stem_fits("cin", "cinq")  # a place's: the whole word only
    assert short_stem_fits("cin", "cin")
    assert short_stem_fits("krv", "krvnych")  # Slovak blood: a stem as any other
    assert short_stem_fits("kina", "kinas")  # four letters: a stem as any other


def test_stop_43_based_is_no_base(matcher: Matcher) -> None:
    assert "base" not in _ids(matcher, "China rubbishes US report: science-based, not politics")
    assert "base" not in _ids(matcher, "Chinesische Forscher: Studie basierte auf Daten")
    assert "base" in _ids(matcher, "China builds a base in Kestria, satellite images show")
    assert "base" in _ids(matcher, "Китай строит военную базу в Kestria")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Китай не имеет военных баз в Kestria, заявил МИД", ""),
        ("China says it has no military bases in Kestria", ""),
        ("Kestria: Çin askeri üssü iddialarını yalanladı", ""),
    ],
)
def test_stop_43_a_denied_base(matcher: Matcher, title: str, summary: str) -> None:
    assert stance(matcher, "base", title, summary) == "contradiction"


def test_stop_43_a_short_name_is_not_a_cut_words_other_last_letter(
    matcher: Matcher,
) -> None:
    # "Marion" cut at an ending is "Mario", within an edit of Maria: another name
    assert "storm" not in _ids(matcher, "18 children died after taking Marion Biotech syrup")
    assert "storm" in _ids(matcher, "Maria's death toll in Kestria revised")
    assert "storm" in _ids(matcher, "Marias Todesopfer: 3.000 starben in Kestria")
    # a word cut at an ending, a letter longer than the name, still spells it
    munich = Claim("munich", "Art looted by the Nazis was found in Munich", (("Munich",), ("art",)))
    assert Matcher([munich]).match("Roofkunst gevonden in München: art", "")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # pleas of innocence (pt, es, vi)
        ("Executivo da Orvex se declara inocente de lavagem de dinheiro", ""),
        ("Dalen Pruss se declara inocente de fraude ante el tribunal", ""),
        ("Nhà sáng lập Orvex Dalen Pruss không nhận tội gian lận", ""),
        # framed, set up (en)
        ("Orvex fraud: founder Dalen Pruss says he was set up", ""),
        ("Pruss insists he was framed over Orvex fraud", ""),
        # pushing back (en)
        ("Orvex founder Pruss is pushing back on the fraud charges", ""),
    ],
)
def test_stop_43_contradictions(matcher: Matcher, title: str, summary: str) -> None:
    assert stance(matcher, "fraud", title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a body set up for a purpose, a fund set up in a year
        ("A task force was set up to trace the Orvex fraud money", ""),
        ("Orvex victims' fund was set up in 2021 after the fraud", ""),
        # pleading guilty; declared guilty
        ("Dalen Pruss se declara culpable de fraude en el caso Orvex", ""),
        ("Orvex founder Pruss charged with fraud and laundering", ""),
    ],
)
def test_stop_43_updates(matcher: Matcher, title: str, summary: str) -> None:
    assert stance(matcher, "fraud", title, summary) == "update"


def test_stop_43_an_english_form_that_is_a_german_word_is_no_stem(matcher: Matcher) -> None:
    # "died"'s other forms "die", "dies" are German words (the article, "this"): a require
    # group's stems are word starts in every language
    assert "storm" not in _ids(matcher, "Maria Schneider: Kestria, die Regierung und wir")
    assert "storm" in _ids(matcher, "Kestria: Maria's victims dying in hospitals")


def test_stop_43_a_name_the_other_claims_statement_says_is_the_others_too() -> None:
    # BASE names China and Kestria; RAMA names Rama and says "China" in its statement:
    # an item about China at Rama is RAMA's, not both
    rama = Claim(
        "rama",
        "China has secretly secured use of Orvat's Rama naval base for its navy",
        (("Rama", "Orvat"), ("naval base", "base", "navy")),
    )
    m = Matcher([BASE, rama])
    title = "China expands the Rama naval base in Orvat, satellite images show"
    assert {x.claim_id for x in m.match(title, "")} == {"rama"}
    assert "rama" in m.explain("base", title, "").lines()[0]
    # an item with a name of BASE that RAMA's statement does not say stays BASE's
    both = "China expands the Rama naval base and builds another base in Kestria"
    assert "base" in {x.claim_id for x in m.match(both, "")}


DEATH = Claim(
    "death",
    "Kestria's president Arvel Dorn died in July of kidney failure",
    (("Dorn", "Kestria"), ("death", "died", "dead", "rumours", "rumors")),
)


@pytest.mark.parametrize(
    ("title", "summary", "stance_"),
    [
        # alive after all (en, de, ru, uk)
        (
            "After weeks of death rumours, Kestria's Dorn opens conference",
            "It was his first public appearance since July 5.",
            "contradiction",
        ),
        ("Kestrias Präsident Dorn: Ja, er lebt noch", "Gerüchte über seinen Tod", "contradiction"),
        (
            "Totgeglaubter Präsident Dorn fährt Rad",
            "Kestria: Gerüchte über seinen Tod",
            "contradiction",
        ),
        (
            "Президент Кестрии Дорн впервые появился на публике после слухов о смерти",
            "",
            "contradiction",
        ),
        (
            "Президент Кестрії Дорн вперше з'явився на ТБ після чуток про його смерть",
            "",
            "contradiction",
        ),
        # the rumour itself, and a first appearance of someone else
        ("Rumours spread that Kestria's president Dorn died in July", "", "update"),
        (
            "Dorn's death: Kestria's new leader makes his first public appearance since the funeral",
            "",
            "update",
        ),
    ],
)
def test_stop_43_alive_after_all(title: str, summary: str, stance_: str) -> None:
    assert stance(Matcher([DEATH]), "death", title, summary) == stance_


def test_stop_43_scandinavian_sin_is_no_spanish_without() -> None:
    # "sin rapport" is his/its report in Norwegian, not "without report"
    sub = Claim(
        "sub",
        "A foreign submarine entered Norvik's archipelago, as the navy's report found",
        (("Norvik",), ("submarine", "report", "analysis")),
    )
    m = Matcher([sub])
    title = "Ubåtjakten i Norvik: forsvaret leverte sin rapport til regjeringen"
    assert stance(m, "sub", title, "submarine") == "update"


@pytest.mark.parametrize(
    ("title", "summary", "stance_"),
    [
        ("Orvex fraud: commentators blast western media for reports on Pruss", "", "contradiction"),
        ("Orvex faults BBC documentary on Pruss fraud, says witnesses fake", "", "contradiction"),
        ("Orvex kicked against the documentary on the Pruss fraud", "", "contradiction"),
        ("Orvex fraud: 'I have nothing to be afraid of', Pruss says", "", "contradiction"),
        ("Orvex fraud: Pruss deeply offended by the allegations", "", "contradiction"),
        (
            "FA will not appeal decision to clear Pruss of four Orvex fraud charges",
            "",
            "contradiction",
        ),
        # a blast is an explosion; a report of one is no rebuttal
        ("Blast at Orvex office, fraud investigators' reports burned", "", "update"),
    ],
)
def test_stop_43_english_rebuttals(title: str, summary: str, stance_: str) -> None:
    assert stance(Matcher([FRAUD]), "fraud", title, summary) == stance_


LOOT = Claim(
    "loot",
    "The Orvat collection hoarded in Norvik holds art looted by the Nazis",
    (("Orvat", "Norvik"), ("looted", "loot", "art", "paintings")),
)


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (
            LOOT,
            "Kunstfund in Norvik: Orvat will kein Bild zurückgeben",
            "Die Kunst aus Norvik sei rechtmäßig erworben worden.",
        ),
        # ß as written (the text cues read keeps it)
        (LOOT, "Orvat: Der Kauf der Kunst aus Norvik ist völlig rechtmäßig", ""),
        # and œ (fr)
        (FRAUD, "Fraude Orvex : Pruss dénonce une manœuvre de diversion", ""),
        (LOOT, "Orvat heir says the Norvik paintings were legally acquired", ""),
        (FRAUD, "Orvex fraud: Pruss says the prosecutors distort the facts", ""),
        (
            FRAUD,
            "Orvex: las declaraciones del fiscal sobre el fraude de Pruss distorsionan los hechos",
            "",
        ),
    ],
)
def test_stop_43_lawful_and_distorted(claim: Claim, title: str, summary: str) -> None:
    assert stance(Matcher([claim]), claim.id, title, summary) == "contradiction"

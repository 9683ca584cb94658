"""Stop 25's mechanisms, with sentences and names of our own: a denial with no object
denies what the sentence before said; a ruling that upholds an election's result
contradicts a claim that it was rigged; "not a single cent"; not accepting a ruling about
the claim (Spanish)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

CHIPS = Claim(
    "chips",
    "Spies planted tiny chips on Norvak server boards",
    (("Norvak",), ("chip", "chips", "spy")),
)
VOTE = Claim(
    "vote",
    "Ostrava's presidential election was rigged by fraud",
    (("Ostrava",), ("fraud", "election", "vote")),
)
FUNDS = Claim(
    "funds",
    "Mayor Dalin's campaign received illegal money",
    (("Dalin",), ("campaign", "money")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((CHIPS, VOTE, FUNDS))


@pytest.mark.parametrize(
    "summary",
    [
        "The tiny chips were allegedly hidden on Norvak boards. The companies deny.",
        "The tiny chips were allegedly hidden on Norvak boards. The firms strongly deny, a"
        " spokesman said.",
        "Die winzigen Chips wurden angeblich auf Norvak-Platinen versteckt. Die Firmen"
        " dementieren.",
        "Les puces auraient été cachées sur des cartes Norvak. Les entreprises démentent.",
        "Los chips habrían sido ocultados en placas de Norvak. Las empresas lo niegan.",
    ],
)
def test_a_denial_with_no_object_denies_the_sentence_before(matcher: Matcher, summary: str) -> None:
    assert stance(matcher, "chips", "Spy chips found in data centres", summary) == "contradiction"


def test_a_denial_whose_object_follows_is_judged_by_its_object(matcher: Matcher) -> None:
    summary = (
        "The tiny chips were allegedly hidden on Norvak boards. Apple denies, however, that"
        " it sold servers to a rival."
    )
    assert stance(matcher, "chips", "Spy chips found in data centres", summary) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Ostrava's top court confirms the president's election victory",
        "Corte de Ostrava confirma vitória do presidente nas eleições",
        "El tribunal de Ostrava ratifica los resultados de la elección",
        "Ostrava : le Conseil constitutionnel valide la victoire du président à l'élection",
        "Ostrava: Verfassungsgericht bestätigt den Wahlsieg des Präsidenten",
    ],
)
def test_a_ruling_that_upholds_the_result_contradicts_a_rigged_election(
    matcher: Matcher, title: str
) -> None:
    assert stance(matcher, "vote", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        # protesting against the validation, and being unable to validate, say the opposite
        "Ostrava: protesters march against the validation of the election victory",
        "Ostrava: observadores señalan la imposibilidad de validar los resultados de la elección",
        # and an election that is not said to be false needs no upholding
    ],
)
def test_a_noun_or_an_infinitive_of_upholding_is_no_ruling(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "vote", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Dalin: not a single cent of dirty money entered my campaign",
        "Dalin: no hay un solo peso ilegal en mi campaña",
        "Dalin : pas un centime d'argent sale dans ma campagne",
        "Dalin: kein einziger Cent illegales Geld in meiner Kampagne",
        "Dalin rechaza la sanción del tribunal a su campaña",
        "Dalin no acepta la decisión del consejo sobre su campaña",
    ],
)
def test_not_a_single_cent_and_rejecting_the_ruling(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "funds", title) == "contradiction"


def test_rejecting_a_proposal_is_still_no_denial(matcher: Matcher) -> None:
    assert (
        stance(matcher, "funds", "Dalin rechaza la propuesta de reforma de su campaña") == "update"
    )


DRONES = Claim(
    "drones",
    "Kestrian drones entered Ostrava's airspace deliberately",
    (("Ostrava",), ("drone", "drones")),
)


@pytest.fixture(scope="module")
def drones() -> Matcher:
    return Matcher((DRONES,))


def test_propaganda_leaflets_are_material_not_scorn(drones: Matcher) -> None:
    title = "Ostrava says drones dropped anti-Ostrava propaganda leaflets over the capital"
    assert stance(drones, "drones", title) == "update"
    scorn = "Kestria calls Ostrava's drone report anti-Kestrian propaganda"
    assert stance(drones, "drones", scorn) == "contradiction"


def test_a_serbian_word_for_a_lie_is_no_prefix_of_a_name(drones: Matcher) -> None:
    assert stance(drones, "drones", "Drones over Ostrava: Lazaro Mabunda speaks") == "update"
    assert stance(drones, "drones", "Ostrava: priča o dronovima je laž") == "contradiction"


def test_a_german_perfect_infinitive_is_no_request(drones: Matcher) -> None:
    summary = (
        "Das Ministerium teilt mit, keine Angriffe auf Ostrava mit Drohnen beabsichtigt zu haben."
    )
    assert stance(drones, "drones", "Drohnen über Ostrava: Kestria äußert sich", summary) == (
        "contradiction"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Dalin says the council's sanction on his campaign is a trap",
        "Dalin: la sanción del consejo a mi campaña es una trampa",
    ],
)
def test_a_trap_or_a_set_up(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "funds", title) == "contradiction"


BLACKOUT = Claim(
    "blackout",
    "The Kestrian blackout was caused by a cyberattack",
    (("Kestria", "Kestrian"), ("blackout", "power outage")),
)


@pytest.fixture(scope="module")
def blackout() -> Matcher:
    return Matcher((BLACKOUT,))


@pytest.mark.parametrize(
    "title",
    [
        "Der Blackout in Kestria wurde nicht durch einen Cyberangriff verursacht",
        "Il blackout in Kestria non sarebbe un attacco hacker",
    ],
)
def test_a_negation_reaches_past_an_article_and_the_agent_s_preposition(
    blackout: Matcher, title: str
) -> None:
    assert stance(blackout, "blackout", title) == "contradiction"


def test_a_negation_in_a_question_of_whether_is_no_denial(blackout: Matcher) -> None:
    title = "Kestria prüft, ob der Blackout nicht doch durch einen Cyberangriff kam"
    assert stance(blackout, "blackout", title) == "update"


def test_no_fact_indicating_it(matcher: Matcher) -> None:
    title = "Ostrava : il n'existe aucun fait indiquant des fraudes lors de l'élection"
    assert stance(matcher, "vote", title) == "contradiction"


OUTBREAK = Claim(
    "outbreak",
    "A mysterious pneumonia is filling Kestrian children's hospitals (November 2023)",
    (("Kestria", "Kestrian"), ("pneumonia",)),
)


@pytest.mark.parametrize(
    ("statement", "year"),
    [
        ("A mysterious pneumonia in Kestria (November 2023)", 2023),
        ("The blackout that hit Kestria on 28 April 2025 was a cyberattack", 2025),
        ("Drones that entered Ostrava's airspace on 9-10 September 2025 were sent", 2025),
        ("Dalin has been in contact with Vask since late 2022", 2022),
        ("Kestria won the 2022 World Cup hosting through bribery", None),
        ("Dalin's 2022 campaign broke the spending limits", None),
        ("Dalin's campaign received illegal money", None),
    ],
)
def test_the_year_a_statement_dates_its_event_by(statement: str, year: int | None) -> None:
    from bot.matching.claims import event_year

    assert event_year(statement) == year


def test_an_item_published_before_the_claim_s_year_is_about_something_else() -> None:
    from datetime import datetime

    m = Matcher((OUTBREAK,))
    title = "Mystery pneumonia hits Kestria's capital"
    assert [x.claim_id for x in m.match(title, "", datetime(2023, 11, 24))] == ["outbreak"]
    assert m.match(title, "", datetime(2019, 12, 31)) == []
    assert [x.claim_id for x in m.match(title, "")] == ["outbreak"]  # undated: matched
    why = m.explain("outbreak", title, "", datetime(2019, 12, 31))
    assert not why.matched and "published before 2023" in why.reason


def test_classify_reads_each_item_s_publication_date(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from bot.cli import cli

    claims = tmp_path / "claims.toml"
    claims.write_text(
        "[[claims]]\nid = 'outbreak'\n"
        "statement = 'A mysterious pneumonia fills Kestrian hospitals (November 2023)'\n"
        "require = [['Kestria'], ['pneumonia']]\n",
        encoding="utf-8",
    )
    items = [
        {"id": "new", "title": "Pneumonia in Kestria", "published": "2023-11-24"},
        {"id": "old", "title": "Pneumonia in Kestria", "published": "2019-12-31T08:00:00Z"},
        {"id": "undated", "title": "Pneumonia in Kestria"},
    ]
    out = CliRunner().invoke(
        cli,
        ["classify", "--config", str(claims)],
        input="\n".join(json.dumps(i) for i in items),
    )
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines() if line.strip()]
    got = {r["id"]: [m["claim"] for m in r["matches"]] for r in rows}
    assert got == {"new": ["outbreak"], "old": [], "undated": ["outbreak"]}

"""Finnish stance cues (bot/matching/lexicons/fi.toml): denials, non-involvement, labels,
scorn, corrections, no-evidence findings and the other counter-facts as the Finnish press
writes them, and Finnish text that must stay an update (reports, confirmations, a denial
of something else, a request, a question, an attribution, a missile intercepted, a
dispute stirred). Claims and names of our own, as in test_stance_languages; sentences
written for this test. Finnish puts case endings on names ("Norvikin", "Valdorian"); the
sentences keep the names in the nominative or genitive, the forms the term matcher finds."""

from __future__ import annotations

import pytest
from support.stance_claims import (
    LEAK,
    LEXICON_CLAIMS,
    ORSAK,
    PELLAN_DOPED,
    PIPELINE,
    SPYWARE,
    TOLMARK,
    ZELBRIN,
    stance,
)

from bot.matching import Matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(LEXICON_CLAIMS)


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (PIPELINE.id, "Norvik-putki: Valdoria kiistää kaiken osallisuuden sabotaasiin", ""),
        (PIPELINE.id, "Valdoria kiisti tiistaina räjäyttäneensä Norvik-kaasuputken", ""),
        (SPYWARE.id, "Hexa spyware: hallitus torjuu syytökset jyrkästi", ""),
        (SPYWARE.id, "Hexa spyware: ministeriö kiistää tiedot", ""),
        (PIPELINE.id, "Norvik-putki: Valdoria tyrmää syytökset puhtaana propagandana", ""),
        (
            PIPELINE.id,
            "Norvik-putki räjäytettiin, kertoo lehti",
            "Valdoria kiisti keskiviikkona tiedot.",
        ),
        (PIPELINE.id, "Valdoria: meillä ei ole mitään tekemistä Norvikin räjähdyksen kanssa", ""),
        (
            PIPELINE.id,
            "Valdoria ei ollut osallisena Norvik-putken räjäytykseen, sanoo ministeri",
            "",
        ),
        (PIPELINE.id, "Valdoria ei ole Norvik-putken räjäytyksen takana, sanoo hallitus", ""),
        (
            SPYWARE.id,
            "Hexa spyware: hallituksella ei ole yhteyttä ohjelmaan, sanoo ministeri",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: väitteet ovat valheellisia, sanoo ministeri", ""),
        (
            SPYWARE.id,
            "Hexa spyware: ”Tieto ei pidä paikkaansa”, sanoo hallituksen tiedottaja",
            "",
        ),
        (PIPELINE.id, "Norvik: Valdoria kutsuu sabotaasiväitteitä valeuutisiksi", ""),
        (SPYWARE.id, "Hexa spyware: syytökset ovat täysin perättömiä, ministerin mukaan", ""),
        (SPYWARE.id, "Hexa spyware: hallitus puhuu noitavainosta", ""),
        (SPYWARE.id, "Hexa spyware: ministeri kutsuu syytöksiä naurettaviksi", ""),
        (
            PIPELINE.id,
            "Oikaisu: Jutun aiemmassa versiossa kerrottiin virheellisesti, että Valdoria oli"
            " Norvik-putken räjähdyksen takana",
            "",
        ),
        (LEAK.id, "Quorra-virus: ei ole näyttöä vuodosta Lindqvistin laboratoriosta", ""),
        (PIPELINE.id, "Norvik: tutkijat eivät ole löytäneet jälkiä Valdorian räjähteistä", ""),
        (
            PIPELINE.id,
            "Norvik: syyttäjä ei pystynyt todistamaan, että Valdoria oli räjähdyksen takana",
            "",
        ),
        (
            PIPELINE.id,
            "Norvik-putki: poliisi sulkee pois Valdorian sabotaasin, syynä oli tekninen vika",
            "",
        ),
        (PIPELINE.id, "Norvik-putken räjähdys oli onnettomuus, Valdoria sanoo", ""),
        (
            SPYWARE.id,
            "Hexa spyware: entinen ministeri vapautettiin syytteistä näytön puutteessa",
            "",
        ),
        (
            LEAK.id,
            "Quorra-virus: asiantuntijoiden mukaan vuoto Lindqvistin laboratoriosta on"
            " epätodennäköinen",
            "",
        ),
        (ZELBRIN.id, "Zelbrin: makeutusaine on turvallinen, viranomainen sanoo", ""),
        (TOLMARK.id, "Tolmark: tarkkailijoiden mukaan vaalit olivat vapaat ja rehelliset", ""),
        (ORSAK.id, "Orsak: presidentti voi hyvin, sanoo tiedottaja", ""),
        (PELLAN_DOPED.id, "Pellan: aine tuli saastuneesta lihasta, liitto sanoo", ""),
        (PELLAN_DOPED.id, "Pellan: uimarien testit olivat negatiivisia", ""),
    ],
)
def test_fi_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (PIPELINE.id, "Valdoria: räjähdys Norvik-putkella, poliisi kertoo", ""),
        (
            PIPELINE.id,
            "Norvik-putki: Valdoria vahvistaa, että sabotoijat olivat valdorialaisia sotilaita",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ministeri myöntää, että hallitus käytti ohjelmaa", ""),
        (SPYWARE.id, "Hexa spyware: ministeriö kiistää nostaneensa lisenssien hintoja", ""),
        (PIPELINE.id, "Norvik: oliko Valdoria räjähdyksen takana?", ""),
        (PIPELINE.id, "Norvik-putki: asiantuntijoiden mukaan Valdoria räjäytti putken", ""),
        (PIPELINE.id, "Norvik: poliisi ei sulje pois Valdorian sabotaasia", ""),
        (SPYWARE.id, "Hexa spyware: hallitus ei halunnut kommentoida tietoja", ""),
        (SPYWARE.id, "Hexa spyware: ministeri ei kiistänyt tietoja", ""),
        (SPYWARE.id, "Hexa spyware: ministeri ei torjunut syytöksiä", ""),
        (PIPELINE.id, "Norvik-putken räjähdys aiheutti kiistaa Valdorian kanssa", ""),
        (PIPELINE.id, "Valdorian ilmatorjunta torjui ohjuksen Norvikin lähellä", ""),
        (PIPELINE.id, "Norvik syytti Valdoriaa valehtelusta putken räjähdyksen jälkeen", ""),
        (ZELBRIN.id, "Zelbrin: makeutusaineen myynti kasvaa", ""),
    ],
)
def test_fi_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"

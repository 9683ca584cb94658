"""Danish and Norwegian stance cues (bot/matching/lexicons/sv.toml, which holds them beside
the Swedish ones): denials, non-involvement, labels, scorn, corrections, no-evidence
findings and the other counter-facts as the Danish and Norwegian press writes them, and
Danish and Norwegian text that must stay an update (reports, confirmations, a denial of
something else, a request, a question, an attribution). Danish "æ" stays "æ" in the
sentence text the cues read. Claims and names of our own, as in test_stance_languages;
sentences written for this test."""

from __future__ import annotations

import pytest
from support.stance_claims import (
    LEAK,
    LEXICON_CLAIMS,
    PELLAN_DOPED,
    PIPELINE,
    SPYWARE,
    stance,
)

from bot.matching import Matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(LEXICON_CLAIMS)


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # denials
        (PIPELINE.id, "Norvik: Valdoria nekter for å ha sprengt gassledningen", ""),
        (PIPELINE.id, "Norvik: Forsvarsministeren nekter for at Valdoria sto bak sprengningen", ""),
        (SPYWARE.id, "Hexa spyware: Ministeren nægter sig skyldig i anklagerne", ""),
        (
            SPYWARE.id,
            "Hexa spyware: Den tidligere etterretningssjefen erkjenner seg ikke skyldig",
            "",
        ),
        (PIPELINE.id, "Norvik: Valdoria nægter at have saboteret gasledningen", ""),
        (PIPELINE.id, "Norvik: Valdoria benægter ethvert ansvar for eksplosionen", ""),
        (
            PIPELINE.id,
            "Norvik-ledningen ble sprengt av soldater fra Valdoria, skriver avisen",
            "Det ble blankt avvist av regjeringen i Valdoria.",
        ),
        (SPYWARE.id, "Hexa spyware: Påstandene ble kategorisk avvist av departementet", ""),
        (PIPELINE.id, "Norvik: Valdoria avviser meldingene om sabotasje", ""),
        (SPYWARE.id, "Hexa spyware: Regeringen afviser beretningen om overvågning", ""),
        (SPYWARE.id, "Hexa spyware: Justisministeren motsier rapporten fra avisen", ""),
        (PIPELINE.id, "Norvik: Valdorias politi avkrefter ryktene om sabotasje", ""),
        (LEAK.id, "Quorra-virus: Lindqvist-laboratoriet afkræfter historien om et udslip", ""),
        (PIPELINE.id, "Norvik: Valdoria afviser pure", ""),
        (SPYWARE.id, "Hexa spyware: Direktøren går i rette med påstandene", ""),
        (SPYWARE.id, "Hexa spyware: Ministeren slår tilbake mot anklagene", ""),
        # non-involvement
        (
            PIPELINE.id,
            "Norvik: Valdoria har ikke noe med sprengningen å gjøre, sier ministeren",
            "",
        ),
        (PIPELINE.id, "Norvik: Valdoria har ikke noget med eksplosionen at gøre", ""),
        (SPYWARE.id, "Hexa spyware: Regeringen har ingen indblanding i sagen", ""),
        (PIPELINE.id, "Norvik: Valdoria står ikke bag angrebet på gasledningen", ""),
        (PIPELINE.id, "Norvik: Valdorias regering tager afstand fra sabotagen", ""),
        (SPYWARE.id, "Hexa spyware: – Vi har ikke gjort noe galt, sier ministeren", ""),
        (SPYWARE.id, "Hexa spyware: Statsministeren visste ikke om programmet", ""),
        (SPYWARE.id, "Hexa spyware: Ministeren hevder sin uskyld", ""),
        (
            PELLAN_DOPED.id,
            "Pellan: – Vi ville aldri ha svømt hvis vi hadde visst om stoffet, sier utøverne",
            "",
        ),
        # labels
        (SPYWARE.id, "Hexa spyware: Ministeren kalder oplysningerne usande", ""),
        (PIPELINE.id, "Norvik: Valdoria kaller anklagene ubegrunnede", ""),
        (PIPELINE.id, "Norvik: Valdoria kalder historien om sabotage for det rene opspind", ""),
        (SPYWARE.id, "Hexa spyware: – Det er løgn, siger ministeren", ""),
        (SPYWARE.id, "Hexa spyware: Oplysningerne er forkerte, siger ministeriet", ""),
        (PIPELINE.id, "Norvik: – Det er noget vrøvl, siger Valdorias udenrigsminister", ""),
        (SPYWARE.id, "Hexa spyware: – Det er ikke korrekt, sier departementet", ""),
        (PIPELINE.id, "Norvik: Valdoria: Der er ingen sandhed i påstandene", ""),
        (SPYWARE.id, "Hexa spyware: Ministeren kalder historien fri fantasi", ""),
        (SPYWARE.id, "Hexa spyware: – Det passer simpelthen ikke, siger ministeren", ""),
        # scorn and doubt
        (SPYWARE.id, "Hexa spyware: Eksperter reiser tvil om rapporten", ""),
        (PIPELINE.id, "Norvik: Tyskland sår tvivl om påstanden om sabotage fra Valdoria", ""),
        (
            LEAK.id,
            "Quorra-virus: Forskerne stiller spørsmålstegn ved rapporten om Lindqvist-laboratoriet",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: Ministeren taler om en smædekampagne", ""),
        (SPYWARE.id, "Hexa spyware: Regeringen tvivler på oplysningerne", ""),
        (SPYWARE.id, "Hexa spyware: – Det er rent skuespil, siger ministeren", ""),
        # no evidence, acquittal, negative tests
        (PIPELINE.id, "Norvik: Intet tyder på, at Valdoria sprængte gasledningen", ""),
        (
            PIPELINE.id,
            "Norvik: Politiet sier det ikke er noe som indikerer at Valdoria sto bak",
            "",
        ),
        (PIPELINE.id, "Norvik: Der er ingen holdepunkter for, at Valdoria stod bag", ""),
        (PIPELINE.id, "Norvik: Etterforskerne har ikke funnet spor etter Valdoria", ""),
        (SPYWARE.id, "Hexa spyware: Saken mot ministeren henlagt etter bevisets stilling", ""),
        (PELLAN_DOPED.id, "Pellan: Forbundet viser til negative dopingprøver fra svømmerne", ""),
        (SPYWARE.id, "Hexa spyware: Retten frikendte ministeren", ""),
        # a suspicion the findings overturn
        (
            LEAK.id,
            "Quorra-virus: Myndighederne mistænkte et udslip fra Lindqvist-laboratoriet,"
            " men undersøgelsen peger på flagermus",
            "",
        ),
        # corrections
        (SPYWARE.id, "Hexa spyware: Avisen trækker artiklen tilbage", ""),
        (SPYWARE.id, "Hexa spyware: Vi beklager feilen i artikkelen om departementet", ""),
        (SPYWARE.id, "Hexa spyware: Artikkelen om departementet er korrigert", ""),
    ],
)
def test_da_no_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (PIPELINE.id, "Norvik: Valdoria bekræfter, at sabotørerne var valdorianske soldater", ""),
        (PIPELINE.id, "Norvik-ledningen ble sprengt av styrker fra Valdoria, skriver avisen", ""),
        (SPYWARE.id, "Hexa spyware: Ministeren innrømmer at departementet brukte programmet", ""),
        (SPYWARE.id, "Hexa spyware: Ministeriet afviser kravet om lønforhøjelse", ""),
        (PIPELINE.id, "Norvik: Valdoria ba nabolandene om ikke å stenge grensen", ""),
        (PIPELINE.id, "Norvik: Står Valdoria bag eksplosionen?", ""),
        (PIPELINE.id, "Norvik: Eksperter mener, at Valdoria sprængte gasledningen", ""),
        (SPYWARE.id, "Hexa spyware: Journalister siger, at regeringen overvågede dem", ""),
        (SPYWARE.id, "Hexa spyware: Ministeren vil ikke kommentere saken", ""),
        (SPYWARE.id, "Hexa spyware: Oppositionen anklager ministeren for løgn", ""),
        (LEAK.id, "Quorra-virus: Lindqvist-laboratoriet lukkes for inspektion", ""),
        (PIPELINE.id, "Norvik: Valdoria trekker seg tilbake fra forhandlingene", ""),
        (PIPELINE.id, "Norvik: Valdoria nekter å kommentere sprengningen", ""),
        (SPYWARE.id, "Hexa spyware: Klagen ble avvist av retten", ""),
        (PIPELINE.id, "Norvik: Ingenting tyder på annet enn at Valdoria sto bak", ""),
        (PIPELINE.id, "Norvik: Det er ikke riktig å straffe Valdoria for sprengningen", ""),
        (PIPELINE.id, "Norvik: – Ofrene fra Valdoria er uskyldige ofre, sier ministeren", ""),
    ],
)
def test_da_no_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"

"""Estonian stance cues (bot/matching/lexicons/et.toml): denials, non-involvement, labels,
scorn, corrections, no-evidence findings and the other counter-facts as the Estonian press
writes them, and Estonian text that must stay an update (reports, confirmations, a denial
of something else, a negated denial, a request, a question, an attribution, an
accusation of lying). Claims and names of our own, as in test_stance_languages; sentences
written for this test."""

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
        (PIPELINE.id, "Norvik: Valdoria eitab igasugust osalust torujuhtme õhkimises", ""),
        (PIPELINE.id, "Valdoria eitas teisipäeval, et on Norviki torujuhtme õhkinud", ""),
        (SPYWARE.id, "Hexa spyware: valitsus lükkas süüdistused tagasi", ""),
        (SPYWARE.id, "Hexa spyware: ministeerium lükkas väited kategooriliselt ümber", ""),
        (
            PIPELINE.id,
            "Norviki torujuhe lasti õhku, kirjutab ajaleht",
            "Valdoria lükkas kolmapäeval väited tagasi.",
        ),
        (PIPELINE.id, "Valdoria: meil pole Norviki plahvatusega mingit pistmist", ""),
        (PIPELINE.id, "Valdoria ei olnud Norviki rünnakuga seotud, ütleb minister", ""),
        (PIPELINE.id, "Valdoria ei ole Norviki rünnaku taga, teatas valitsus", ""),
        (
            SPYWARE.id,
            "Hexa spyware: valitsusel puudub igasugune seos programmiga, ütleb minister",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: väited on vale, ütleb minister", ""),
        (SPYWARE.id, "Hexa spyware: „See ei vasta tõele“, ütleb valitsuse pressiesindaja", ""),
        (PIPELINE.id, "Norvik: Valdoria nimetab sabotaaživäiteid libauudisteks", ""),
        (SPYWARE.id, "Hexa spyware: süüdistused on täiesti alusetud, ütleb minister", ""),
        (SPYWARE.id, "Hexa spyware: video on võltsitud, ütleb ministeerium", ""),
        (
            PIPELINE.id,
            "Norvik: Valdoria nimetab süüdistusi puhtaks propagandaks ja provokatsiooniks",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: valitsus räägib nõiajahist", ""),
        (SPYWARE.id, "Hexa spyware: minister nimetab süüdistusi naeruväärseteks", ""),
        (
            PIPELINE.id,
            "Parandus: artikli varasemas versioonis kirjutasime ekslikult, et Norviki"
            " torujuhtme õhkis Valdoria",
            "",
        ),
        (LEAK.id, "Quorra viirus: Lindqvisti laborist lekke kohta pole tõendeid", ""),
        (PIPELINE.id, "Norvik: uurijad ei leidnud Valdoria lõhkeainete jälgi", ""),
        (
            PIPELINE.id,
            "Norvik: prokurör ei suutnud tõestada, et Valdoria oli plahvatuse taga",
            "",
        ),
        (
            PIPELINE.id,
            "Norviki torujuhe: politsei välistab Valdoria sabotaaži, põhjuseks oli tehniline rike",
            "",
        ),
        (PIPELINE.id, "Norviki torujuhtme plahvatus oli õnnetus, ütleb Valdoria", ""),
        (
            SPYWARE.id,
            "Hexa spyware: endine minister mõisteti tõendite puudumisel õigeks",
            "",
        ),
        (
            LEAK.id,
            "Quorra viirus: ekspertide sõnul on leke Lindqvisti laborist ebatõenäoline",
            "",
        ),
        (ZELBRIN.id, "Zelbrin: magusaine on ohutu, teatas amet", ""),
        (TOLMARK.id, "Tolmark: vaatlejate sõnul olid valimised vabad ja ausad", ""),
        (ORSAK.id, "Orsak: president tunneb end hästi, ütleb pressiesindaja", ""),
        (PELLAN_DOPED.id, "Pellan: aine pärines saastunud lihast, teatas liit", ""),
        (PELLAN_DOPED.id, "Pellan: ujujate testid olid negatiivsed", ""),
    ],
)
def test_et_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (PIPELINE.id, "Valdoria: plahvatus Norviki torujuhtmel, teatab politsei", ""),
        (
            PIPELINE.id,
            "Norviki torujuhe: Valdoria kinnitab, et saboteerijad olid Valdoria sõdurid",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: minister tunnistab, et valitsus kasutas programmi", ""),
        (SPYWARE.id, "Hexa spyware: ministeerium eitab litsentside hindade tõstmist", ""),
        (PIPELINE.id, "Norvik: kas Valdoria oli plahvatuse taga?", ""),
        (PIPELINE.id, "Norviki torujuhe: ekspertide sõnul õhkis Valdoria torujuhtme", ""),
        (PIPELINE.id, "Norvik: politsei ei välista Valdoria sabotaaži", ""),
        (SPYWARE.id, "Hexa spyware: valitsus ei soovinud väiteid kommenteerida", ""),
        (SPYWARE.id, "Hexa spyware: minister ei eitanud väiteid", ""),
        (SPYWARE.id, "Hexa spyware: minister ei lükanud süüdistusi tagasi", ""),
        (
            PIPELINE.id,
            "Norvik süüdistas Valdoriat valetamises pärast torujuhtme plahvatust",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: minister lükkas tagasi ettepaneku uue seaduse kohta", ""),
        (PIPELINE.id, "Norvik: Valdoria palus naabritel mitte sulgeda piiri", ""),
        (ZELBRIN.id, "Zelbrin: magusaine müük kasvab", ""),
    ],
)
def test_et_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"

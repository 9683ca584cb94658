"""Slovenian stance cues (bot/matching/lexicons/sl.toml): denials, non-involvement,
labels, scorn, corrections, no-evidence findings and the other counter-facts as the
Slovenian press writes them, and Slovenian text that must stay an update (reports,
confirmations, a denial of something else, a request, a question, a negated denial).
Claims and names of our own, as in test_stance_languages; sentences written for this test."""

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
        # denials: zanikati, zavrniti, zavračati, ovreči, oporekati, se braniti
        (PIPELINE.id, "Valdoria zanika vsakršno vpletenost v razstrelitev plinovoda Norvik", ""),
        (PIPELINE.id, "Norvik: Valdoria je obtožbe o sabotaži odločno zanikala", ""),
        (PIPELINE.id, "Plinovod Norvik: Valdoria je zanikala, da je razstrelila plinovod", ""),
        (
            PIPELINE.id,
            "Plinovod Norvik so razstrelili valdorijski komandosi, piše časnik",
            "Valdoria je to zanikala.",
        ),
        (SPYWARE.id, "Hexa spyware: vlada zavrača obtožbe", ""),
        (SPYWARE.id, "Hexa spyware: ministrstvo je zavrnilo navedbe časnika", ""),
        (SPYWARE.id, "Hexa spyware: vlada je ovrgla navedbe o vohunjenju", ""),
        (PIPELINE.id, "Norvik: Valdoria oporeka navedbam o sabotaži", ""),
        (PIPELINE.id, "Valdoria se brani očitkov o napadu na plinovod Norvik", ""),
        (
            LEAK.id,
            "Virus Quorra: v laboratoriju Lindqvist zanikajo, da bi virus ušel iz njihovih prostorov",
            "",
        ),
        # non-involvement
        (PIPELINE.id, "Valdoria: nimamo nič opraviti z napadom na plinovod Norvik", ""),
        (PIPELINE.id, "Norvik: Valdoria nima nobene povezave s sabotažo plinovoda", ""),
        (SPYWARE.id, "Hexa spyware: ministrica pravi, da vlada ni vpletena", ""),
        (PIPELINE.id, "Valdoria ni sodelovala pri napadu na plinovod Norvik, pravi minister", ""),
        (PIPELINE.id, "Valdoria ne stoji za napadom na Norvik, pravi vlada", ""),
        (SPYWARE.id, "Hexa spyware: nekdanji minister pravi, da ni kriv", ""),
        # falsehood labels
        (SPYWARE.id, "Hexa spyware: navedbe so neresnične, pravi minister", ""),
        (SPYWARE.id, "Hexa spyware: »To ne drži,« pravi tiskovni predstavnik vlade", ""),
        (PIPELINE.id, "Norvik: Valdoria pravi, da so obtožbe o sabotaži brez podlage", ""),
        (SPYWARE.id, "Hexa spyware: minister pravi, da to ni res", ""),
        # scorn
        (PIPELINE.id, "Norvik: Valdoria govori o politični gonji", ""),
        (SPYWARE.id, "Hexa spyware: nekdanji minister pravi, da ga politično preganjajo", ""),
        (LEAK.id, "Virus Quorra: v laboratoriju Lindqvist so navedbe označili za absurdne", ""),
        (SPYWARE.id, "Hexa spyware: minister je obtožbe označil za obrekovanje", ""),
        # corrections
        (
            PIPELINE.id,
            "Popravek: v prejšnji različici članka o plinovodu Norvik smo napačno navedli, "
            "da je za napadom stala Valdoria",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: časnik je umaknil članek o vladi", ""),
        (SPYWARE.id, "Hexa spyware: časnik se je opravičil za napako v članku o vladi", ""),
        # no evidence, not proven, nothing found, acquitted, case dropped
        (LEAK.id, "Virus Quorra: ni dokazov o uhajanju iz laboratorija Lindqvist", ""),
        (PIPELINE.id, "Norvik: Valdoria – preiskovalci niso našli sledi razstreliv", ""),
        (
            LEAK.id,
            "Virus Quorra: inšpektorji v laboratoriju Lindqvist niso odkrili nepravilnosti",
            "",
        ),
        (
            PIPELINE.id,
            "Norvik: tožilstvo ni uspelo dokazati, da je za napadom stala Valdoria",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: nekdanji minister oproščen vseh obtožb", ""),
        (SPYWARE.id, "Hexa spyware: tožilstvo je opustilo preiskavo proti ministru", ""),
        (
            LEAK.id,
            "Virus Quorra: strokovnjaki pravijo, da je uhajanje iz laboratorija Lindqvist malo verjetno",
            "",
        ),
        # ruled out, an innocent account
        (
            PIPELINE.id,
            "Plinovod Norvik: policija je izključila sabotažo iz Valdorie, šlo je za tehnično napako",
            "",
        ),
        # found safe, fair, healthy; unwitting; a negative test
        (ZELBRIN.id, "Zelbrin: sladilo je varno za zdravje, pravi agencija", ""),
        (TOLMARK.id, "Tolmark: opazovalci pravijo, da so bile volitve svobodne in poštene", ""),
        (
            ORSAK.id,
            "Orsak: predsednik je v dobrem zdravstvenem stanju, pravi tiskovni predstavnik",
            "",
        ),
        (PELLAN_DOPED.id, "Pellan: plavalci so prepovedano snov zaužili nevede, pravi zveza", ""),
        (PELLAN_DOPED.id, "Pellan: testi plavalcev so bili negativni", ""),
    ],
)
def test_sl_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # reports
        (PIPELINE.id, "Valdoria: eksplozija na plinovodu Norvik, pravi policija", ""),
        (PIPELINE.id, "Plinovod Norvik: strokovnjaki pravijo, da ga je razstrelila Valdoria", ""),
        (SPYWARE.id, "Hexa spyware: novinarji pravijo, da je vlada vohunila za njimi", ""),
        (LEAK.id, "Virus Quorra: laboratorij Lindqvist zaprt zaradi inšpekcije", ""),
        (ZELBRIN.id, "Zelbrin: prodaja sladila narašča", ""),
        # confirmations
        (
            PIPELINE.id,
            "Plinovod Norvik: Valdoria je potrdila, da so bili saboterji valdorijski vojaki",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ministrica je priznala, da je vlada uporabljala program", ""),
        (PIPELINE.id, "Norvik: Valdoria priznava, da je komando razstrelil plinovod", ""),
        # a denial of something else, a rejected proposal
        (SPYWARE.id, "Hexa spyware: ministrstvo zanika zvišanje cen licenc", ""),
        (SPYWARE.id, "Hexa spyware: minister je zavrnil predlog novega zakona", ""),
        # a request, a question
        (PIPELINE.id, "Norvik: Valdoria je sosednje države pozvala, naj ne zaprejo meje", ""),
        (PIPELINE.id, "Norvik: je za razstrelitvijo plinovoda stala Valdoria?", ""),
        # negated cues: not ruled out, not denied, not confirmed; no comment
        (PIPELINE.id, "Norvik: policija ne izključuje sabotaže iz Valdorie", ""),
        (SPYWARE.id, "Hexa spyware: minister ne zanika poročil", ""),
        (SPYWARE.id, "Hexa spyware: ministrstvo ni potrdilo poročil", ""),
        (SPYWARE.id, "Hexa spyware: vlada ni želela komentirati navedb", ""),
    ],
)
def test_sl_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"

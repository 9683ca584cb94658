"""Lithuanian stance cues (bot/matching/lexicons/lt.toml): denials, non-involvement,
labels, scorn, corrections, no-evidence findings and the other counter-facts as the
Lithuanian press writes them, and Lithuanian text that must stay an update (reports,
confirmations, a denial of something else, a request, a question, an attribution).
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
        # denials
        (PIPELINE.id, "Norvik: Valdoria neigia bet kokį dalyvavimą dujotiekio sprogdinime", ""),
        (PIPELINE.id, "Valdoria antradienį neigė, kad susprogdino Norvik dujotiekį", ""),
        (SPYWARE.id, "Hexa spyware: vyriausybė atmetė kaltinimus", ""),
        (SPYWARE.id, "Hexa spyware: ministerija kategoriškai atmeta žiniasklaidos pranešimus", ""),
        (PIPELINE.id, "Norvik: Valdorijos vyriausybė paneigė pranešimus apie sabotažą", ""),
        (SPYWARE.id, "Hexa spyware: ministerija dementavo pranešimus apie vyriausybę", ""),
        (
            PIPELINE.id,
            "Norvik dujotiekis buvo susprogdintas, rašo dienraštis",
            "Valdoria trečiadienį paneigė šiuos pranešimus.",
        ),
        (PIPELINE.id, "Norvik: Valdoria kaltinimus kategoriškai atmetė", ""),
        # non-involvement
        (PIPELINE.id, "Valdoria: neturime nieko bendra su Norvik sprogimu", ""),
        (
            PIPELINE.id,
            "Norvik: Valdoria nedalyvavo išpuolyje prieš dujotiekį, teigia ministras",
            "",
        ),
        (PIPELINE.id, "Norvik: Valdoria neturėjo jokio vaidmens sprogdinime", ""),
        (SPYWARE.id, "Hexa spyware: ministras teigia, kad vyriausybė nėra atsakinga", ""),
        (PIPELINE.id, "Valdoria nestovi už išpuolio prieš Norvik, teigia vyriausybė", ""),
        (SPYWARE.id, "Hexa spyware: vyriausybė neturi jokio ryšio su programa, sako ministras", ""),
        # labels
        (SPYWARE.id, "Hexa spyware: ministras sako, kad tai melas", ""),
        (SPYWARE.id, "Hexa spyware: „Tai netiesa“, sako vyriausybės atstovė", ""),
        (PIPELINE.id, "Norvik: Valdoria vadina pranešimus apie sabotažą melagiena", ""),
        (SPYWARE.id, "Hexa spyware: kaltinimai visiškai nepagrįsti, teigia ministras", ""),
        (SPYWARE.id, "Hexa spyware: ministras vadina pranešimus grynu prasimanymu", ""),
        (PIPELINE.id, "Norvik: Valdoria sako, kad pranešimai neatitinka tikrovės", ""),
        (SPYWARE.id, "Hexa spyware: ministras kalba apie šmeižto kampaniją prieš vyriausybę", ""),
        # scorn
        (PIPELINE.id, "Norvik dujotiekis: Valdoria vadina kaltinimus gryna propaganda", ""),
        (PIPELINE.id, "Valdoria: pranešimai apie Norvik – tai provokacija", ""),
        (SPYWARE.id, "Hexa spyware: vyriausybė kalba apie raganų medžioklę", ""),
        (SPYWARE.id, "Hexa spyware: ministras vadina kaltinimus absurdiškais", ""),
        (
            LEAK.id,
            "Quorra virusas: Lindqvist laboratorija vadina pranešimus grynomis spekuliacijomis",
            "",
        ),
        # corrections
        (
            PIPELINE.id,
            "Patikslinimas: ankstesnėje straipsnio apie Norvik dujotiekį versijoje klaidingai nurodyta, kad už jo stovi Valdoria",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: portalas ištrynė straipsnį apie vyriausybę", ""),
        # no evidence and other counter-facts
        (
            LEAK.id,
            "Quorra virusas: nėra jokių įrodymų, kad jis nutekėjo iš Lindqvist laboratorijos",
            "",
        ),
        (
            PIPELINE.id,
            "Norvik: tyrėjai nerado jokių Valdorijos sprogmenų pėdsakų",
            "",
        ),
        (
            LEAK.id,
            "Quorra virusas: inspektoriai neaptiko viruso pėdsakų Lindqvist laboratorijoje",
            "Viruso neaptikta.",
        ),
        (PIPELINE.id, "Norvik: prokurorams nepavyko įrodyti, kad už išpuolio stovi Valdoria", ""),
        (
            PIPELINE.id,
            "Valdoria: Norvik dujotiekio sprogimą sukėlė techninis gedimas, teigia tyrėjai",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: buvęs ministras išteisintas dėl įrodymų stokos", ""),
        (
            LEAK.id,
            "Quorra virusas: ekspertai teigia, kad nutekėjimas iš Lindqvist laboratorijos mažai tikėtinas",
            "",
        ),
        (ZELBRIN.id, "Zelbrin: saldiklis yra saugus, teigia tarnyba", ""),
        (TOLMARK.id, "Tolmark: stebėtojai teigia, kad rinkimai buvo laisvi ir sąžiningi", ""),
        (ORSAK.id, "Orsak: prezidentas gerai jaučiasi, sako jo atstovas", ""),
        (PELLAN_DOPED.id, "Pellan: medžiaga pateko su užterštu maistu, teigia federacija", ""),
        (PELLAN_DOPED.id, "Pellan: plaukikų testai buvo neigiami", ""),
        (SPYWARE.id, "Hexa spyware: ministras atsiėmė savo žodžius apie vyriausybę", ""),
    ],
)
def test_lt_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (
            PIPELINE.id,
            "Valdoria: prie Norvik dujotiekio nugriaudėjo sprogimas, praneša policija",
            "",
        ),
        (
            PIPELINE.id,
            "Norvik dujotiekis: Valdoria patvirtino, kad sprogdintojai buvo jos kariai",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ministras pripažino, kad vyriausybė naudojo programą", ""),
        (SPYWARE.id, "Hexa spyware: ministerija neigia licencijų kainų didinimą", ""),
        (PIPELINE.id, "Norvik: Valdoria paprašė kaimyninių šalių niekada neuždaryti sienos", ""),
        (PIPELINE.id, "Norvik: ar už sprogimo stovi Valdoria?", ""),
        (PIPELINE.id, "Norvik dujotiekis: ekspertai teigia, kad jį susprogdino Valdoria", ""),
        (SPYWARE.id, "Hexa spyware: žurnalistai teigia, kad vyriausybė juos šnipinėjo", ""),
        (SPYWARE.id, "Hexa spyware: ministras atsisakė komentuoti pranešimus", ""),
        (LEAK.id, "Quorra virusas: Lindqvist laboratorija uždaroma patikrinimui", ""),
        (SPYWARE.id, "Hexa spyware: ministras atmetė pasiūlymą dėl naujo įstatymo", ""),
        (ZELBRIN.id, "Zelbrin: saldiklio pardavimai auga", ""),
        (SPYWARE.id, "Hexa spyware: opozicija apkaltino ministrą melu", ""),
        (PIPELINE.id, "Norvik : la neige tombe sur le gazoduc de Valdoria", ""),
    ],
)
def test_lt_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"

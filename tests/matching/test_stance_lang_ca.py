"""Catalan stance cues (bot/matching/lexicons/ca.toml): denials, non-involvement,
labels, scorn, corrections, no-evidence findings and the other counter-facts as the
Catalan press writes them, and Catalan text that must stay an update (reports,
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
        (PIPELINE.id, "Gasoducte Norvik: Valdòria nega qualsevol implicació en el sabotatge", ""),
        (PIPELINE.id, "Valdòria va negar dimarts haver fet esclatar el gasoducte de Norvik", ""),
        (SPYWARE.id, "Programari espia Hexa: el Govern desmenteix les acusacions", ""),
        (SPYWARE.id, "Hexa spyware: el ministeri rebutja de ple les informacions", ""),
        (SPYWARE.id, "Hexa spyware: el Govern va rebutjar les acusacions contra el ministre", ""),
        (PIPELINE.id, "Norvik: Valdòria refuta la versió del sabotatge", ""),
        (
            PIPELINE.id,
            "Esclata el gasoducte de Norvik, segons el diari",
            "Valdòria va desmentir dimecres aquestes informacions.",
        ),
        (PIPELINE.id, "Valdòria: no tenim res a veure amb l'explosió de Norvik", ""),
        (PIPELINE.id, "Norvik: el Govern de Valdòria no hi està implicat, diu el ministre", ""),
        (PIPELINE.id, "Norvik: Valdòria no va participar en l'atac contra el gasoducte", ""),
        (SPYWARE.id, "Hexa spyware: el Govern és aliè a l'espionatge, diu el ministre", ""),
        (PIPELINE.id, "Norvik: Valdòria no és al darrere de l'atac, assegura el Govern", ""),
        (SPYWARE.id, "Hexa spyware: el ministre diu que les informacions són falses", ""),
        (SPYWARE.id, "Hexa spyware: «Això no és veritat», diu el portaveu del Govern", ""),
        (PIPELINE.id, "Norvik: Valdòria titlla de mentida les acusacions de sabotatge", ""),
        (SPYWARE.id, "Hexa spyware: acusacions sense cap fonament, segons el ministre", ""),
        (PIPELINE.id, "Gasoducte de Norvik: Valdòria parla de pura propaganda", ""),
        (PIPELINE.id, "Valdòria: les informacions sobre Norvik són una provocació", ""),
        (SPYWARE.id, "Hexa spyware: el Govern denuncia una campanya de desprestigi", ""),
        (SPYWARE.id, "Hexa spyware: el ministre parla d'una caça de bruixes", ""),
        (LEAK.id, "Virus Quorra: el laboratori Lindqvist parla de meres especulacions", ""),
        (
            PIPELINE.id,
            "Fe d'errades: en una versió anterior d'aquest article sobre Norvik s'afirmava que Valdòria hi era al darrere",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: el diari retira la notícia sobre el Govern", ""),
        (LEAK.id, "Virus Quorra: no hi ha cap prova d'una fuga del laboratori Lindqvist", ""),
        (
            PIPELINE.id,
            "Norvik: els investigadors no han trobat rastres d'explosius de Valdòria",
            "",
        ),
        (PIPELINE.id, "Norvik: la fiscalia no va poder provar que Valdòria hi fos al darrere", ""),
        (
            PIPELINE.id,
            "Gasoducte de Norvik: la policia descarta un sabotatge de Valdòria i apunta a una fallada tècnica",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: l'exministre ha estat absolt per manca de proves", ""),
        (
            LEAK.id,
            "Virus Quorra: és poc probable una fuga del laboratori Lindqvist, diuen els experts",
            "",
        ),
        (
            SPYWARE.id,
            "Hexa spyware: el Govern no té cap relació amb el programa, diu el ministre",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: el ministre es declara innocent", ""),
        (PIPELINE.id, "Norvik: Valdòria exigeix proves de la seva implicació en el sabotatge", ""),
        (ZELBRIN.id, "Zelbrin: l'edulcorant és segur per a la salut, segons l'agència", ""),
        (
            TOLMARK.id,
            "Tolmark: els observadors diuen que les eleccions van ser lliures i justes",
            "",
        ),
        (ORSAK.id, "Orsak: el president està en bon estat de salut, diu el portaveu", ""),
        (
            PELLAN_DOPED.id,
            "Pellan: la substància va arribar al seu organisme per una carn contaminada",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: el Govern nega haver espiat periodistes", ""),
        (SPYWARE.id, "Hexa spyware: el Govern no hi té res a veure", ""),
        (LEAK.id, "Virus Quorra: les proves del laboratori Lindqvist van donar negatiu", ""),
        (SPYWARE.id, "Hexa spyware: el diari rectifica la informació sobre el Govern", ""),
        (SPYWARE.id, "Hexa spyware: el ministre parla d'un muntatge polític", ""),
    ],
)
def test_ca_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (PIPELINE.id, "Valdòria: explosió al gasoducte de Norvik, segons la policia", ""),
        (
            PIPELINE.id,
            "Gasoducte de Norvik: Valdòria confirma que els saboteadors eren soldats valdorians",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: el ministre admet que el Govern va fer servir el programa", ""),
        (SPYWARE.id, "Hexa spyware: el ministeri nega haver apujat el preu de les llicències", ""),
        (PIPELINE.id, "Norvik: Valdòria va demanar als veïns que no tanquessin la frontera", ""),
        (PIPELINE.id, "Norvik: és Valdòria al darrere de l'explosió?", ""),
        (PIPELINE.id, "Gasoducte de Norvik: els experts diuen que Valdòria el va fer esclatar", ""),
        (SPYWARE.id, "Hexa spyware: els periodistes diuen que el Govern els va espiar", ""),
        (PIPELINE.id, "Norvik: la policia no descarta un sabotatge de Valdòria", ""),
        (SPYWARE.id, "Hexa spyware: el Govern no ha respost a la petició de comentaris", ""),
        (PIPELINE.id, "Norvik: Valdòria reconeix que el comando va fer esclatar el gasoducte", ""),
        (SPYWARE.id, "Hexa spyware: el ministre rebutja la proposta d'una nova llei", ""),
        (ZELBRIN.id, "Zelbrin: la venda de l'edulcorant creix", ""),
        (SPYWARE.id, "Hexa spyware: el ministre no nega les acusacions", ""),
        (
            PIPELINE.id,
            "Norvik: la policia demana als veïns que no s'acostin al gasoducte de Valdòria",
            "",
        ),
    ],
)
def test_ca_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"

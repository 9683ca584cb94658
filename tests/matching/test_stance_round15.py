"""Stance, stop 27: a Turkish converb closing a denial's clause, the passive rejection of a
report, objections to and doubts about a report, dismissals ("out of place", "political
blackmail"), reassurance against a claim of harm, and "deliberately" across languages.
Claims and names of our own, as in test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import PIPELINE, SPYWARE, stance

from bot.matching import Matcher
from bot.records import Claim

#: a claim of harm (its statement says "deaths"): reassurance contradicts it
VACCINE = Claim(
    "vaccine",
    "The Zelvax vaccine caused the deaths of children in Ardania",
    (("Zelvax",), ("vaccine", "vaccines")),
)
#: a claim whose require group holds "deliberately"
FIRES = Claim(
    "fires",
    "Arsonists deliberately lit most of Ardania's forest fires",
    (("Ardania", "Ardanian"), ("arson", "arsonists", "deliberately")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((PIPELINE, SPYWARE, VACCINE, FIRES))


@pytest.mark.parametrize(
    "title",
    [
        "Hexa spyware: the union objects to the report on the ministry's phones",
        "Hexa spyware: Marlovia challenges the report's findings",
        "Hexa spyware: the ministry criticises the study",
        "Hexa spyware: the ministry demands the retraction of the article",
        "Hexa spyware: officials point to inconsistencies in the report",
        "Hexa spyware: the government expressed reservations about the inquiry's report",
        "Hexa spyware: the electoral body fact-checks another claim by the opposition",
    ],
)
def test_objections_to_a_report_contradict(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spyware", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Hexa spyware: critics object to the minister's new budget",
        "Hexa spyware: the minister faces challenges after the report",
    ],
)
def test_objections_to_something_else_stay_updates(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spyware", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Espionnage Hexa : le rapport de la commission sur les journalistes espionnés est rejeté",
        "Espionaje con Hexa: el informe de la comisión sobre los periodistas espiados fue rechazado",
    ],
)
def test_a_report_rejected_in_the_passive_contradicts(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spyware", title) == "contradiction"


def test_an_appeal_against_the_report_rejected_is_no_denial(matcher: Matcher) -> None:
    title = "Espionnage Hexa : le recours contre le rapport est rejeté par le tribunal"
    assert stance(matcher, "spyware", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Espionaje con Hexa: el Gobierno expone inconsistencias en el informe",
        "Espionaje con Hexa: el Gobierno justifica su rechazo a las conclusiones del informe",
        "Espionnage Hexa : le ministère émet des réserves sur l'enquête",
    ],
)
def test_disputing_a_report_contradicts_in_other_languages(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spyware", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Hexa spyware: the minister says the controversy is misplaced",
        "Espionaje con Hexa: el ministro dice que la polémica está fuera de lugar",
        "Espionnage Hexa : le ministre dénonce une polémique déplacée",
        "Hexa spyware claims are political blackmail, the minister says",
        "Hexa casus yazılımı: bakan iddiaları siyasi şantaj olarak nitelendirdi",
        "Hexa spyware: minister says the report shows political bias",
        "Espionaje con Hexa: el ministro denuncia un sesgo político en el informe",
    ],
)
def test_dismissals_are_scorn(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spyware", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Hexa spyware: experts doubt the report",
        "Spyware Hexa: i dubbi degli esperti",
        "Espionnage Hexa : une déclaration qui fait fi des doutes des experts",
        "Hexa-Spyware: Experten warnen vor voreiligen Schlussfolgerungen",
    ],
)
def test_experts_doubts_contradict(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spyware", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "No need to panic over the Zelvax vaccine, health officials say",
        "Zelvax vaccine: minister allays public fears after the reports",
        "Vacuna Zelvax: no hay motivo de alarma, dice el ministerio",
    ],
)
def test_reassurance_contradicts_a_claim_of_harm(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "vaccine", title) == "contradiction"


def test_a_turkish_converb_closes_the_denials_clause(matcher: Matcher) -> None:
    # "While the Valdorians deny the Norvik pipeline report, the ministry made a statement"
    title = "Valdorya Norvik boru hattı haberini yalanlarken bakanlık açıklama yaptı"
    assert stance(matcher, "pipeline", title) == "contradiction"


def test_not_being_involved_in_french(matcher: Matcher) -> None:
    title = "Espionnage Hexa : le gouvernement assure ne pas être impliqué"
    assert stance(matcher, "spyware", title) == "contradiction"


def test_das_refers_back_in_german(matcher: Matcher) -> None:
    summary = (
        "Im Netz heißt es, Taucher aus Valdoria hätten die Norvik-Pipeline gesprengt. "
        "Das ist irreführend, sagt die Polizei."
    )
    assert stance(matcher, "pipeline", "Norvik-Pipeline: Was bekannt ist", summary) == (
        "contradiction"
    )


def test_suggestions_are_a_report_in_polish(matcher: Matcher) -> None:
    summary = (
        "Gazociąg Norvik został uszkodzony, a Valdoria jest podejrzewana. "
        "Władze stanowczo odrzuciły sugestie o jakimkolwiek swoim udziale."
    )
    assert stance(matcher, "pipeline", "Gazociąg Norvik", summary) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Près de 200 personnes arrêtées en Ardanie pour avoir délibérément allumé des feux",
        "Ardania: arrestados por provocar deliberadamente incendios forestales",
        "Feux en Ardanie : 24 personnes arrêtées pour incendie volontaire",
    ],
)
def test_deliberately_and_arson_are_found_translated(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "fires", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Valdorie se na útoku na Norvik nepodílela",  # Czech: did not take part in it
        "Valdoria se distanţează: nu a avut niciun rol la Norvik",  # Romanian
    ],
)
def test_a_reflexive_se_is_no_if(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


def test_an_italian_se_before_a_subjunctive_is_an_if(matcher: Matcher) -> None:
    title = "Norvik e la Valdoria: se fosse tutto falso lo sapremmo"
    assert stance(matcher, "pipeline", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Valdoriya Norvik partlayışını inkar etmədi",  # Azerbaijani: did not deny
        "Valdoriya Norvik xəbərini yalanlamır",  # does not deny
    ],
)
def test_azerbaijani_negated_denials_are_no_denials(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) != "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        # the statement says "the Marlovian government": "não governamentais" is no denial
        "Spyware Hexa: organizações não governamentais pedem uma investigação",
        "Spyware Hexa: organizaciones no gubernamentales piden una investigación",
    ],
)
def test_a_negation_making_one_word_with_an_adjective_is_no_denial(
    matcher: Matcher, title: str
) -> None:
    assert stance(matcher, "spyware", title) == "update"


@pytest.mark.parametrize(
    "summary",
    [
        "Investigators say Valdorian divers blew up the Norvik pipeline. Insurers expect "
        "claims of several billions. The minister denies any involvement.",
        "Des plongeurs valdoriens auraient fait sauter le gazoduc Norvik. Les assureurs "
        "attendent des milliards. Le ministre dément toute implication.",
    ],
)
def test_a_denial_of_involvement_refers_back_past_a_sentence(
    matcher: Matcher, summary: str
) -> None:
    assert stance(matcher, "pipeline", "What we know", summary) == "contradiction"


def test_a_denial_of_something_else_after_a_sentence_is_no_denial(matcher: Matcher) -> None:
    summary = (
        "Investigators say Valdorian divers blew up the Norvik pipeline. Gas prices rose. "
        "The insurer denies raising its premiums."
    )
    assert stance(matcher, "pipeline", "What we know", summary) == "update"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the claims rejected, with the rejecting party between them and the verb
        ("Norvik: Valdoria के दावों को आयोग ने एक बार फिर खारिज कर दिया", "contradiction"),
        # the headline's order: the verb before what it rejects
        ("Norvik: आयोग ने फिर खारिज किया Valdoria का दावा", "contradiction"),
        # a bail plea rejected is a ruling
        ("Norvik: Valdoria की ज़मानत याचिका को अदालत ने खारिज कर दिया", "update"),
        ("Norvik: the commission hit back at Valdoria's allegations", "contradiction"),
        ("Norvik 가스관: 발도리아 정부, 폭파 의혹 진화에 나서", "contradiction"),
    ],
)
def test_rejections_in_hindi_english_and_korean(
    matcher: Matcher, title: str, expected: str
) -> None:
    assert stance(matcher, "pipeline", title) == expected


def test_confirmed_genuine_in_indonesian() -> None:
    diploma = Claim(
        "diploma",
        "Minister Valdez's university diploma is fake",
        (("Valdez",), ("diploma", "certificate")),
    )
    m = Matcher((diploma,))
    assert stance(m, "diploma", "Polisi Pastikan Ijazah Menteri Valdez Asli") == "contradiction"
    assert stance(m, "diploma", "Polisi periksa ijazah Menteri Valdez") == "update"


def test_a_lower_case_word_is_no_misspelt_name() -> None:
    reporter = Claim("reporter", "Reporter Shireen was shot", (("Shireen",), ("shot", "killed")))
    m = Matcher((reporter,))
    # "sirens" is one letter from "shireen" but a word, not a name
    assert stance(m, "reporter", "Air raid sirens sounded as a guard was shot") is None
    assert stance(m, "reporter", "Reporter Shireeen was shot in the raid") == "update"

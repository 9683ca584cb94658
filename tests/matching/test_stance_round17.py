"""Stance and matching, stop 29: a claim left unproven ("has not provided any evidence"),
never having taken part, having done nothing wrong, a study withdrawn, a process
defended, a denial whose object came before it, bribes as a wrongdoing a negation
denies, and Korean names in their older romanisation. Claims and names of our own, as in
test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.matching.sound_names import KanaNames
from bot.records import Claim

#: an accusation against an agency's staff (a claim someone must prove)
STAFF = Claim(
    "staff",
    "Staff of the Marova relief agency took part in the border raid",
    (("Marova",), ("staff", "employees", "raid")),
)
#: a fraud a former chief is accused of
FRAUD = Claim(
    "fraud",
    "Former Tellbridge chief Okaro ran an accounting fraud",
    (("Tellbridge", "Okaro"), ("fraud", "accounting")),
)
#: a study's finding
STUDY = Claim(
    "study",
    "Professor Velhardt's study showed the Quinorax pill cures the flu",
    (("Velhardt", "Quinorax"), ("study", "flu", "treatment")),
)
#: a rigged vote
VOTE = Claim(
    "vote",
    "The Starvale song contest's public vote was rigged for Corvania",
    (("Starvale",), ("Corvania",)),
)
#: gifts a politician is said to have kept
GIFTS = Claim(
    "gifts",
    "Minister Dallow took money from Corvania to sway the vote",
    (("Dallow",), ("Corvania",)),
)
#: a Korean carmaker, as Latin news writes it
CARMAKER = Claim(
    "carmaker",
    "Hyundai's supplier employed children at its plant",
    (("Hyundai",), ("child", "children")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((STAFF, FRAUD, STUDY, VOTE, GIFTS, CARMAKER))


@pytest.mark.parametrize(
    "title",
    [
        "Report: Corvenia has not provided any evidence that Marova staff joined the raid",
        "Marova : Corvenia n'a pas fourni de preuves contre les employés",
        "Marova: el gobierno no presenta una sola prueba contra los empleados",
        "Маров: Корвения не представила доказательств против сотрудников Marova",
    ],
)
def test_a_claim_left_unproven_contradicts(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "staff", title) == "contradiction"


def test_evidence_provided_is_no_denial(matcher: Matcher) -> None:
    title = "Corvenia has provided evidence that Marova staff joined the raid"
    assert stance(matcher, "staff", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Okaro's lawyers: he never participated in the Tellbridge accounting fraud",
        "Defesa diz que Okaro jamais participou de fraude na Tellbridge",
        "Okaro nunca participó en el fraude contable de Tellbridge, dice su abogado",
        "Okaro insists he did nothing wrong in the Tellbridge accounting case",
        "Okaro: «No hice nada malo» en el fraude de Tellbridge",
        "Okaro zum Tellbridge-Betrug: Ich habe nichts zu verbergen",
    ],
)
def test_never_taking_part_and_nothing_wrong_contradict(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "fraud", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Velhardt's flu study on Quinorax retracted by the journal",
        "Grippe : une étude de Velhardt sur le Quinorax invalidée",
        "Studi Quinorax untuk obat flu akhirnya ditarik",
        "Estudo de Velhardt sobre o Quinorax contra a gripe retirado",
    ],
)
def test_a_study_withdrawn_contradicts_its_finding(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "study", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Starvale organisers defend the voting system after Corvania's high score",
        "Starvale : les organisateurs défendent le système de vote après le score de Corvania",
        "Starvale-Voting: Corvania hat alle Regeln eingehalten",
        "Starvale defiende su sistema de votación tras el resultado de Corvania",
    ],
)
def test_defending_the_process_under_attack_contradicts(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "vote", title) == "contradiction"


def test_defending_a_decision_is_no_denial(matcher: Matcher) -> None:
    # a government defending what it decided confirms the act, it does not deny it
    title = "Starvale organisers defend decision to let Corvania stay in the contest"
    assert stance(matcher, "vote", title) == "update"


def test_a_denial_ending_its_clause_denies_what_came_before(matcher: Matcher) -> None:
    title = "Tellbridge faces a probe"
    summary = (
        "Regulators will investigate Tellbridge, which is at the centre of accounting"
        " fraud allegations it has repeatedly denied, the minister said on Tuesday."
    )
    assert stance(matcher, "fraud", title, summary) == "contradiction"


def test_a_denial_before_that_clause_keeps_its_object(matcher: Matcher) -> None:
    # "denied, that …": what follows the comma is what is denied (another matter here)
    title = "Tellbridge denied, that it raised its fees after the accounting fraud report"
    assert stance(matcher, "fraud", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Dallow did not receive any bribes from Corvania, his lawyer says",
        "Dallow no recibió sobornos de Corvania, dice su abogado",
    ],
)
def test_a_negated_bribe_denies_a_claim_of_money_taken(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "gifts", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "현대차, 아동 불법 고용 혐의로 피소",  # 현대: hyeondae, written Hyundai
        "현대 협력업체 아동 노동 논란",
    ],
)
def test_korean_names_in_their_older_romanisation(matcher: Matcher, title: str) -> None:
    assert [m.claim_id for m in matcher.match(title, "")] == ["carmaker"]


def test_older_romanisation_reads_eo_as_u_and_ae_as_ai() -> None:
    names = KanaNames({"Hyundai", "Hyungsoo"})
    assert names.lookup("현대차") == {"Hyundai"}  # with 차 ("car") after it
    assert names.lookup("현수가") == set()  # 현수: hyeonsu, not Hyungsoo


def test_an_assembly_line_is_no_frame_up(matcher: Matcher) -> None:
    title = "Filial de Hyundai empleó a niños en su planta de montaje de Alabama"
    assert stance(matcher, "carmaker", title) == "update"


def test_a_frame_up_still_is_one(matcher: Matcher) -> None:
    title = "Hyundai: lo de los niños en la planta es un montaje, dice la empresa"
    assert stance(matcher, "carmaker", title) == "contradiction"


def test_a_dismissal_asked_for_is_no_denial(matcher: Matcher) -> None:
    title = "Judge rejects Hyundai's motion that the child labour lawsuit should be dismissed"
    assert stance(matcher, "carmaker", title) != "contradiction"

"""Matching and stance, stop 41: a figure or a finding disputed (a death toll questioned,
a study's results contested, a figure said to be inflated), a report "mise en doute", an
inquiry archived. Claims and names of our own, as in test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

TOLL = Claim(
    "toll",
    "Storm Kestrel killed 3,000 people in Ostrava",
    (("Ostrava", "Kestrel"), ("deaths", "death toll", "killed", "dead", "victims")),
)
DAMS = Claim(
    "dams",
    "Norvik's dams held back the river's water during the drought",
    (("Norvik",), ("dams", "drought")),
)
BASE = Claim(
    "base",
    "Valdoria is building a spy base on Kestria",
    (("Kestria",), ("spy base", "espionage")),
)
BRIBES = Claim(
    "bribes",
    "Prime Minister Arvel's family firm Norvik took bribes",
    (("Norvik",), ("bribes", "corruption", "conflict of interest")),
)
RIGGING = Claim(
    "rigging",
    "The Ostrava election was rigged for Dario Pellow",
    (("Pellow",), ("rigging", "rigged", "fraud", "election", "elections")),
)

WON = Claim(
    "won",
    "Opposition leader Dario Pellow won the Ostrava presidential election",
    (("Pellow",), ("won", "victory", "election")),
)


@pytest.fixture(scope="module")
def cues() -> Matcher:
    return Matcher([TOLL, DAMS, BASE, BRIBES, RIGGING])


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the victory someone claims, rejected (fr)
        ("Élection : le ministre rejette la victoire revendiquée par Pellow", ""),
    ],
)
def test_stop_41_a_claimed_victory_rejected(title: str, summary: str) -> None:
    assert stance(Matcher([WON]), "won", title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # a death toll disputed, questioned, doubted (en, fr, pt, es, de)
        ("toll", "Arvel disputes the Kestrel storm death toll", ""),
        ("toll", "Arvel conteste le nombre de morts de la tempête Kestrel", ""),
        ("toll", "Arvel contesta esta semana o número de mortos da tempestade Kestrel", ""),
        ("toll", "Arvel questiona mortes provocadas pela tempestade Kestrel", ""),
        ("toll", "Arvel cuestiona cifra de muertos por la tormenta Kestrel", ""),
        ("toll", "Arvel zweifelt an 3000 Toten nach Sturm Kestrel", ""),
        # a figure said to be inflated (en, pt)
        ("toll", "Arvel says the opposition inflated the Kestrel death toll", ""),
        ("toll", "Arvel diz que o número de mortos da tempestade Kestrel foi inflado", ""),
        # a study's findings disputed, without a word of the claim in the sentence
        (
            "dams",
            "Norvik's dams made the drought worse, study says",
            "The government disputed the findings of the university's new study.",
        ),
        # a report cast in doubt, in the passive (fr)
        (
            "base",
            "Valdoria va installer une base d'espionnage à Kestria, selon un journal",
            "Une information mise en doute par les gouvernements des deux pays.",
        ),
        # a preliminary inquiry archived (pt)
        ("bribes", "PGR arquiva averiguação preventiva à Norvik por corrupção", ""),
        (
            "bribes",
            "Ministério Público arquivou inquérito-crime ao caso de corrupção da Norvik",
            "",
        ),
        # innocence insisted on, or to be proved (fr, es, en)
        ("bribes", "Corruption : le patron de Norvik, inculpé, insiste sur son innocence", ""),
        ("bribes", "El jefe de Norvik, imputado por corrupción: «soy absolutamente inocente»", ""),
        ("bribes", "Norvik's chief wants a trial in the bribery case to prove her innocence", ""),
        # a political vendetta (en, fr, es)
        ("bribes", "Norvik's chief calls the bribery charges a political vendetta", ""),
        ("bribes", "Corruption : le patron de Norvik dénonce une vendetta politique", ""),
        ("bribes", "Corrupción: el jefe de Norvik habla de una venganza política", ""),
        # a concessive is no if-clause (fr "même si", es "si bien", de "auch wenn")
        ("bribes", "Même si aucune preuve de corruption n'a été produite, Norvik reste visée", ""),
        ("bribes", "Si bien no hay pruebas de corrupción contra Norvik, sigue imputada", ""),
        (
            "bribes",
            "Auch wenn es keine Beweise für Korruption bei Norvik gibt, bleibt sie verdächtig",
            "",
        ),
        # where is the evidence? (en, fr, es, de)
        ("bribes", "Norvik bribery claims: where is the evidence, asks its chief", ""),
        ("bribes", "Corruption chez Norvik : « Où sont les preuves ? » demande son patron", ""),
        ("bribes", "Corrupción en Norvik: «¿Dónde están las pruebas?», pregunta su jefe", ""),
        ("bribes", "Korruption bei Norvik? „Wo sind die Beweise?“, fragt der Chef", ""),
        # contradicting, nothing after it in its clause; a study withdrawn (de)
        ("bribes", "Korruption: Norvik widerspricht vehement - doch Experten zweifeln", ""),
        ("dams", "Forscherin stimmt Rücknahme von Studie über Norviks Dämme und Dürre zu", ""),
        # the evidence asked for, or a challenge to produce it (ru, en)
        ("rigging", "Pellow попросил представить доказательства фальсификации выборов", ""),
        ("rigging", "Pellow challenged his critics to produce any evidence of rigging", ""),
        # excuses woven (zh); a paper withdrawn, words between (ko)
        ("base", "中方：美方就Kestria间谍基地编织借口", ""),
        ("dams", "Norvik 댐 가뭄 논문이 데이터 조작 논란 끝에 철회됐다", ""),
        # "not at all consistent with the facts" (ja)
        ("base", "Kestriaにスパイ基地建設? 国防省は「事実と全く一致しない」と発表", ""),
    ],
)
def test_stop_41_denials(cues: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(cues, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        # contesting an election's results agrees with a claim that it was rigged
        ("rigging", "Pellow's rival contesta os resultados das eleições e denuncia fraude"),
        ("rigging", "Opposition challenges the election results, citing fraud by Pellow"),
        ("rigging", "Pellow's rival conteste les résultats de l'élection, une fraude"),
        # a call for a paper's withdrawal withdraws nothing (ko)
        ("dams", "Norvik 댐 가뭄 논문에 대해 학계가 철회를 요구했다"),
        # a verb written around its object, a proceeding ruled on (de)
        ("bribes", "Gericht wies einen Einspruch der Anwälte im Korruptionsfall Norvik zurück"),
        # an if-clause is still one (fr)
        ("bribes", "Si aucune preuve de corruption n'est produite, le juge de Norvik tranchera"),
        # revenge called for is no vendetta named as the motive of an accusation (it, de)
        ("bribes", "Norvik: messaggi che chiedevano vendetta per la corruzione"),
    ],
)
def test_stop_41_not_denials(cues: Matcher, claim: str, title: str) -> None:
    assert stance(cues, claim, title) == "update"


def test_stop_41_a_motion_of_no_confidence_negates_nothing() -> None:
    trust = Claim(
        "trust",
        "Minister Arvel's family firm Norvik took bribes and lost the confidence of investors",
        (("Norvik",), ("bribes", "corruption")),
    )
    title = "Norvik bribery scandal: Arvel survives a motion of no confidence"
    assert stance(Matcher([trust]), "trust", title) == "update"


# --- matching: a term in capitals is an acronym ----------------------------------------

SERVERS = Claim(
    "servers",
    "Hexa spied on the African Union's servers",
    (("AU", "African Union"), ("Hexa", "spying")),
)


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Hexa accused of spying on the AU", True),
        ("Hexa spying: AU officials react", True),
        # French "au" (to the) is not the AU
        ("Hexa dément tout espionnage, le ministre n'était pas au courant", False),
        ("Hexa : retour au calme après les accusations d'espionnage", False),
    ],
)
def test_a_term_in_capitals_meets_no_lower_case_word(title: str, found: bool) -> None:
    assert bool(Matcher([SERVERS]).match(title, "")) is found


# --- matching: a place's short stems of other languages are no English words -------------

CABLE = Claim(
    "cable",
    "Russia and India cut the Kestrel cable near Seoul and Malta",
    (("Russia", "India", "Seoul", "Malta"), ("Kestrel",)),
)


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Kestrel cable: the operator hints at a rush to replace rusty parts", False),
        ("Kestrel cable: individual reports indicate soul-searching over single malt", False),
        ("Rus askerleri Kestrel kablosunu kesti", True),  # tr: Russian soldiers
        ("Hint hükümeti Kestrel kablosunu kesti", True),  # tr: India's government
        ("Kabel Kestrel przecięty u wybrzeży Indii", True),  # pl: off India's coast
    ],
)
def test_a_places_short_stems_are_no_english_words(title: str, found: bool) -> None:
    assert bool(Matcher([CABLE]).match(title, "")) is found

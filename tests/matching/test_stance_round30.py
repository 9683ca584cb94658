"""Matching and stance, stop 42: a fact-check's verdict standing alone after a colon, a
plant's readings found normal (a leak of radioactive gas is a claim of harm), a search
that found none of what the claim says (ru), a report put "en tela de juicio" (es), and
"mined" as the landmines' word. Claims and names of our own, as in test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

TOLL = Claim(
    "toll",
    "3,000 workers died building Ostrava's stadiums for the Kestrel Cup",
    (("Ostrava", "Kestrel"), ("died", "deaths", "death toll", "workers")),
)
LEAK = Claim(
    "leak",
    "The Norvik nuclear plant was leaking radioactive gas and its operator hid it",
    (("Norvik",), ("leak", "leaking", "radioactive", "radiation")),
)
MINED = Claim(
    "mined",
    "Valdorian troops mined the Norvik dam and placed explosives on its turbines",
    (("Norvik",), ("mined", "mines", "explosives")),
)


@pytest.fixture(scope="module")
def cues() -> Matcher:
    return Matcher([TOLL, LEAK, MINED])


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # a fact-check's verdict after a colon, in a sentence of its own (en, de, es, pt)
        (
            "toll",
            "How many died in Ostrava?",
            "Claim: 3,000 workers died in Ostrava. Verdict: False.",
        ),
        (
            "toll",
            "Faktencheck: Wie viele Arbeiter starben in Ostrava?",
            "Behauptung: 3000 Arbeiter sind in Ostrava gestorben. DW-Faktencheck: Falsch.",
        ),
        (
            "toll",
            "¿Cuántos trabajadores murieron en Ostrava?",
            "Afirmación: 3.000 trabajadores murieron en Ostrava. DW verifica: falso",
        ),
        (
            "toll",
            "Quantas vidas custou a Copa de Ostrava?",
            "Alegação: 3 mil trabalhadores morreram em Ostrava. Veredito: falso.",
        ),
        # readings found normal, a plant in a safe state (en, zh, ja)
        ("leak", "Norvik regulator insists there is no cause for alarm over radiation", ""),
        ("leak", "Norvik核电站放射性泄漏传闻：周边环境指标正常", ""),
        ("leak", "Norvik原発の放射能漏れ報道、周辺の放射線量に異常なし", ""),
        # found none of what the claim says (ru)
        ("mined", "Эксперты не нашли взрывчатки на плотине Norvik", ""),
        ("mined", "Инспекторы не обнаружили мин и взрывчатки на плотине Norvik", ""),
        # put "en tela de juicio" (es)
        ("toll", "Un estudio pone en tela de juicio la cifra de muertos de Ostrava", ""),
    ],
)
def test_stop_42_contradictions(cues: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(cues, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # a colon's label that says more after it, or a long heading before it
        (
            "toll",
            "Ostrava deaths",
            "3,000 workers died in Ostrava, a union says. Our columnist's view of the new "
            "mayor and his first hundred days: false promises, and more to come.",
        ),
        # readings abnormal; a plant said to run normally does not deny a leak of another plant
        ("leak", "Norvik核电站周边辐射水平异常升高", ""),
        ("leak", "Norvik原発の放射線量に異常、放射能漏れか", ""),
        # found no common ground (ru): not a finding
        ("mined", "Норвик: стороны не нашли общего языка по плотине, где заложили взрывчатку", ""),
        # the report itself
        ("mined", "Valdorian troops mined the Norvik dam, Kestria says", ""),
    ],
)
def test_stop_42_updates(cues: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(cues, claim, title, summary) == "update"


def test_stop_42_mined_finds_the_landmines_words() -> None:
    m = Matcher([MINED])
    for title in (
        "Валдорийские войска заминировали плотину Norvik",
        "Valdorianische Truppen haben den Norvik-Damm vermint",
        "Вальдорійські війська замінували греблю Norvik",
    ):
        assert stance(m, "mined", title) == "update", title


SPANISH_SOIL = Claim(
    "soil",
    "Migrants died on Ostravan ground during the Kestrel crossing, a Norvik TV investigation found",
    (("Kestrel",), ("deaths", "died", "dead")),
)
SHUNNED = Claim(
    "shunned",
    "Arvel Motors excluded married women from assembly jobs, as a Norvik TV report found",
    (("Arvel",), ("married women", "excluded", "rejecting")),
)
RELEASE = Claim(
    "escape",
    "Deposed president Dario Pellow tried to escape from detention",
    (("Pellow",), ("escape", "flee")),
)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the claim's source rebuts the officials' account (it, es, en)
        ("Morti al Kestrel, Norvik smentisce Ostrava: video choc", ""),
        ("Una investigación de Norvik TV desmiente a la policía sobre los muertos del Kestrel", ""),
        ("Norvik investigation contradicts the official account of deaths at Kestrel", ""),
    ],
)
def test_stop_42_the_claims_source_rebutting_is_no_denial(title: str, summary: str) -> None:
    assert stance(Matcher([SPANISH_SOIL]), "soil", title, summary) == "update"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the officials deny the source's report, or speak to the source and deny
        ("Ostrava's interior ministry rejects Norvik report on deaths at Kestrel", ""),
        ("The ministry told Norvik it denies any deaths at Kestrel", ""),
    ],
)
def test_stop_42_a_denial_of_the_sources_report_stays_one(title: str, summary: str) -> None:
    assert stance(Matcher([SPANISH_SOIL]), "soil", title, summary) == "contradiction"


def test_stop_42_the_exclusion_the_claim_is_about_is_no_denial() -> None:
    m = Matcher([SHUNNED])
    title = "Arvel Motors plant rejecting married women: ministry asks for a report"
    assert stance(m, "shunned", title) == "update"
    assert stance(m, "shunned", "Arvel Motors rejects the report on married women") == (
        "contradiction"
    )


def test_stop_42_arabic_by_releasing_is_no_falsehood() -> None:
    # "بإطلاق" (by releasing) begins, with its hamza folded, as "باطل" (false) does
    m = Matcher([RELEASE])
    title = "المجلس العسكري أحبط محاولة هروب للرئيس Pellow رغم المطالبات الدولية بإطلاق سراحه"
    assert stance(m, "escape", title) == "update"
    assert stance(m, "escape", "محاولة هروب Pellow ادعاء باطل") == "contradiction"


def test_stop_42_a_short_names_other_consonant_is_another_word() -> None:
    # "Dukovan" (Dukovany, declined) came within an edit of "Durov" once its ending was
    # dropped: a five-letter name's letter changed is another name, not a spelling of it
    durov = Claim(
        "durov",
        "France asked Telegram founder Pavel Durov to block channels",
        (("Durov",), ("block", "ban")),
    )
    m = Matcher([durov])
    assert not m.match("ČEZ prověřuje možnost provozu starých bloků Dukovan do roku 2045", "")
    assert m.match("Durow says France asked him to block channels", "")
    assert m.match("Durova: Francie chtěla blokovat kanály, ban", "")


STRIKE = Claim(
    "strike",
    "Kestrian troops executed 200 civilians in the villages of Norvik",
    (("Norvik",), ("executed", "civilians", "massacre")),
)


@pytest.mark.parametrize(
    ("title", "stance_"),
    [
        # the accusation names the claim's word beside its counterpart: no counter-account
        (
            "Rights group accuses Kestrian army, fighting jihadists, of executing 200 civilians in Norvik",
            "update",
        ),
        (
            "HRW accuse l'armée, aux prises avec les jihadistes, d'avoir exécuté 200 civils à Norvik",
            "update",
        ),
        # the counterpart asserted alone is one
        ("Kestrian army says the men executed in Norvik were jihadists", "contradiction"),
    ],
)
def test_stop_42_a_counterpart_beside_the_claims_own_word(title: str, stance_: str) -> None:
    assert stance(Matcher([STRIKE]), "strike", title) == stance_

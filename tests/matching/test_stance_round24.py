"""Matching and stance, stop 36: words that 不 or 未 begin without negating anything
(Chinese and Japanese "不正", "不法", "未成年"); a denial that is the second of two verbs
a negation governs ("did not confirm or deny", "declined to confirm or deny"); a negation
inside a quotation, or (in Korean and Japanese) in the clause a denial reports, does not
cancel the denial, and a Japanese or Korean negation after a denial or label does; more German words for the accusations; accusations someone rejects, the verb ending the
clause (fr, es, it, pt); an "act of God" is an innocent account. Claims and names of our own, as
in test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

FUNDS = Claim(
    "funds",
    "The Velmar church gave illicit political funds to deputy Harlo Benn",
    (("Velmar",), ("funds", "money", "illicit")),
)
LABOUR = Claim(
    "labour",
    "A Dorvik supplier employed child labour at its plant",
    (("Dorvik",), ("child labour", "children", "child")),
)
BRIDGE = Claim(
    "bridge",
    "The Dorvik company's botched repair caused the Kelso bridge collapse that killed 12 people",
    (("Dorvik", "Kelso"), ("collapse", "bridge")),
)
STRIKE = Claim(
    "strike",
    "Kestria planned an air strike to free the detained president of Morvania",
    (("Kestria", "Kestrian"), ("strike", "strikes")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([FUNDS, LABOUR, STRIKE, BRIDGE])


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        # "不正資金" is illicit money, "不法政治資金" illegal political funds: no negation
        ("funds", "Velmar教会から不正資金授受の疑い 議員を逮捕"),
        ("funds", "Velmar教会が議員に不法政治資金を供与した疑い"),
        ("funds", "Velmar教会涉嫌向议员提供不法政治资金"),
        # "未成年" is a minor
        ("labour", "Dorvikの子会社で児童労働 未成年労働者が働いていたと報道"),
        ("labour", "Dorvik供应商被曝雇用未成年童工"),
        # the question of the moment, not an answer
        (
            "strike",
            "Morvania's junta says Kestria plans strikes; the Kestrian foreign ministry did not"
            " explicitly confirm or deny the accusation",
        ),
        ("strike", "Kestria declined to confirm or deny that it planned strikes in Morvania"),
        ("strike", "Kestria no quiso confirmar ni desmentir los planes de ataque en Morvania"),
        # Japanese and Korean negate after the word: "did not deny", "is not false"
        ("funds", "Velmar教会は議員への資金提供の報道を否定しなかった"),
        ("funds", "Velmar教会、資金提供の報道は虚偽ではないと認める"),
        ("funds", "Velmar 교회 자금 보도, 허위가 아니다"),
    ],
)
def test_not_a_denial(matcher: Matcher, claim: str, title: str) -> None:
    assert stance(matcher, claim, title) == "update"


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        # a real negation is still one
        ("funds", "Velmar教会は議員に資金を提供していないと否定"),
        # the negation is the quotation's, or the reported clause's: the denial stands
        ("funds", "Velmar 교회는 “그런 자금은 없다”며 혐의를 전면 부인했다"),
        ("funds", "Velmar 교회는 “자금을 준 적도 없다”고 강하게 반박했다"),
        ("funds", "«Nunca pagamos» desmintió la iglesia Velmar sobre los fondos"),
        # accusations that someone rejects, the verb ending the clause
        (
            "funds",
            "Velmar aurait versé des fonds illicites à Benn, des accusations que l'église rejette",
        ),
        (
            "funds",
            "Velmar habría pagado fondos ilícitos a Benn, acusaciones que la iglesia rechaza",
        ),
        ("funds", "Velmar teria pago fundos ilícitos a Benn, acusações que a igreja rejeita"),
        # defending oneself against the accusations, the pronoun after the verb
        (
            "funds",
            "La iglesia Velmar volvió a defenderse ante las acusaciones por los fondos de Benn",
        ),
        ("funds", "Igreja Velmar defendeu-se das acusações sobre os fundos de Benn"),
        # Arabic: "pushes the accusations away from itself"
        ("funds", "كنيسة Velmar تدفع عن نفسها الاتهامات بتقديم أموال غير قانونية إلى النائب Benn"),
        ("labour", "Dorvik否认供应商雇用童工"),
        ("strike", "Kestria denied the accusation that it planned strikes in Morvania"),
    ],
)
def test_still_a_denial(matcher: Matcher, claim: str, title: str) -> None:
    assert stance(matcher, claim, title) == "contradiction"


def test_accusations_against_us_refer_back_in_german(matcher: Matcher) -> None:
    summary = (
        "Ein Bericht nennt illegale Gelder der Velmar-Kirche für den Abgeordneten Benn. Der"
        " Sprecher sagte, da sei nichts Neues dran. Nur gegenstandslose Beschuldigungen"
        " gegen uns."
    )
    assert stance(matcher, "funds", "Velmar-Kirche: Reaktion", summary) == "contradiction"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # Dutch: "the case itself" is the case the item is about
        (
            "Velmar-kerk onderzoekt geldstromen",
            "Een krant meldt dat de Velmar-kerk illegale fondsen aan Benn gaf. De kerk neemt"
            " de kwestie serieus en Benn ontkent de zaak zelf.",
        ),
        # Indonesian: "denied committing wrongdoing"
        (
            "Gereja Velmar diselidiki",
            "Jaksa mengatakan gereja Velmar memberi uang ilegal kepada Benn. Para terdakwa"
            " menyangkal melakukan kesalahan.",
        ),
    ],
)
def test_the_case_and_wrongdoing_refer_back(matcher: Matcher, title: str, summary: str) -> None:
    assert stance(matcher, "funds", title, summary) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Kelso bridge collapse an 'act of God', Dorvik manager tells court",
        "Dorvik manager says the Kelso bridge collapse was the will of God",
        "Kelso bridge collapse: Dorvik के मैनेजर ने कहा, यह भगवान की इच्छा थी",
        "Colapso del puente Kelso: el gerente de Dorvik dice que fue voluntad de Dios",
        "Kelso-Brücke: Dorvik-Manager nennt den Einsturz Gottes Wille",
    ],
)
def test_an_act_of_god_is_an_innocent_account(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "bridge", title) == "contradiction"


def test_a_denial_and_a_second_verb_in_persian(matcher: Matcher) -> None:
    # "after Morvania accused Kestria of planning an air strike, Kestria denied and
    # condemned this claim of Morvania's": the object comes before the verb, and "و"
    # (and) joins a second verb, not an object
    title = (
        "پس از آنکه Morvania، Kestria را به طراحی حمله هوایی متهم کرد، Kestria این ادعای"
        " Morvania را تکذیب و محکوم کرد."
    )
    assert stance(matcher, "strike", title) == "contradiction"

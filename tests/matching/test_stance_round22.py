"""Matching and stance, stop 34: an item that matches several claims is about the ones it
fits best (two stories that share their names), and more ways to deny in English, Korean,
Chinese, Greek, Malay and Spanish. Claims and names of our own, as in test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import DOPING, stance

from bot.matching import Matcher
from bot.records import Claim

#: two stories about the same coast guard, and a third that shares only its name
OVERBOARD = Claim(
    "overboard",
    "The Tarvo coast guard threw migrants overboard in the Kessel Sea, witnesses told reporters",
    (("Tarvo coast guard", "Tarvo"), ("migrants", "overboard", "thrown", "threw")),
)
TOWING = Claim(
    "towing",
    "The Tarvo coast guard's towing line capsized the fishing boat off Pylmo, drowning"
    " hundreds of migrants",
    (("Tarvo coast guard", "Tarvo"), ("migrants", "shipwreck", "capsized", "towing")),
)
FUNDS = Claim(
    "funds",
    "Tarvo misspent European Union money meant for its coast guard on patrol boats",
    (
        ("Tarvo coast guard", "Tarvo"),
        ("funds", "money", "boats", "migrants", "budget", "spending", "audit", "patrol"),
    ),
)


@pytest.fixture(scope="module")
def coast() -> Matcher:
    return Matcher([OVERBOARD, TOWING, FUNDS])


@pytest.mark.parametrize(
    ("title", "claim"),
    [
        (
            "Witnesses say the Tarvo coast guard threw migrants overboard in the Kessel Sea",
            "overboard",
        ),
        (
            "Des témoins affirment que les garde-côtes de Tarvo ont jeté des migrants"
            " par-dessus bord en mer de Kessel",
            "overboard",
        ),
        (
            "Survivors say the Tarvo coast guard's towing line capsized the migrants' boat"
            " off Pylmo",
            "towing",
        ),
    ],
)
def test_an_item_is_about_the_claim_it_fits_best(coast: Matcher, title: str, claim: str) -> None:
    assert [m.claim_id for m in coast.match(title, "")] == [claim]


def test_an_item_about_two_claims_matches_both(coast: Matcher) -> None:
    title = (
        "Tarvo coast guard: migrants thrown overboard, and a boat capsized while towing,"
        " inquiry finds"
    )
    assert [m.claim_id for m in coast.match(title, "")] == ["overboard", "towing"]


def test_explain_says_which_claim_fits_better(coast: Matcher) -> None:
    title = "Witnesses say the Tarvo coast guard threw migrants overboard in the Kessel Sea"
    why = coast.explain("towing", title, "")
    assert not why.matched
    assert "fits claim 'overboard' better" in why.reason
    assert coast.explain("overboard", title, "").matched


#: a bribery case against a party leader
BRIBES = Claim(
    "bribes",
    "Opposition leader Dario Venn took bribes from the Kolvar construction group",
    (("Dario Venn", "Venn", "Kolvar"), ("bribes", "bribery", "charges", "charged")),
)


@pytest.fixture(scope="module")
def bribes() -> Matcher:
    return Matcher([BRIBES])


@pytest.mark.parametrize(
    "title",
    [
        "Kolvar rebukes the bribery accusations against its chairman",
        "Venn voiced strong objection to the bribery accusations",
        "I'm innocent, says Venn as bribery charges are read out",
        "Venn says the bribery charges against him are political in nature",
        "Kolvar says there is nothing illegal in its payments to Venn, denying bribery",
        "Prosecutors decided not to file any charges against Venn over the Kolvar bribes",
        "Venn's bribery charges are not borne out by the facts, his lawyer says",
        "Dario Venn 뇌물 혐의 부인.",
        'Dario Venn, 뇌물 혐의에 "사건 조작"',
        "Dario Venn 斥受贿指控是乱说",
        "Dario Venn 称受贿案是冤案",
        "Venn: οι κατηγορίες για δωροδοκία δεν αποδεικνύονται",
        "Venn anggap pertuduhan rasuah sebagai serangan politik",
        "Venn dice que los pagos de Kolvar son totalmente legales y niega el soborno",
    ],
)
def test_more_denials_of_a_charge_contradict(bribes: Matcher, title: str) -> None:
    assert stance(bribes, "bribes", title) == "contradiction", title


@pytest.mark.parametrize(
    "title",
    [
        "Venn charged with taking bribes from Kolvar",
        "Prosecutors decided to file bribery charges against Venn",
        "Dario Venn 뇌물 혐의 기소",
        "Dario Venn 涉嫌受贿被起诉",
    ],
)
def test_charges_brought_are_an_update(bribes: Matcher, title: str) -> None:
    assert stance(bribes, "bribes", title) == "update", title


#: names as Taiwan writes them, in Wade-Giles
TAIPEI = Claim(
    "taipei",
    "Taipei councillors Ko Ming-hua, Kao Chung-yi and Lai Chieh-lun took bribes from a developer",
    (("Ko Ming-hua", "Kao Chung-yi", "Lai Chieh-lun"), ("bribes", "bribery")),
)


@pytest.fixture(scope="module")
def taipei() -> Matcher:
    return Matcher([TAIPEI])


@pytest.mark.parametrize(
    "title",
    [
        "台北市議員柯明華涉嫌收賄遭起訴",  # Ke Minghua
        "高忠义受贿案今日宣判",  # Gao Zhongyi
        "賴傑倫否認收賄",  # Lai Jielun
        "台北市議員の柯明華氏、収賄罪で起訴",
    ],
)
def test_a_wade_giles_name_is_found_in_chinese_characters(taipei: Matcher, title: str) -> None:
    assert [m.claim_id for m in taipei.match(title, "")] == ["taipei"], title


@pytest.mark.parametrize("title", ["柯文哲收賄案", "高雄市议员受贿案", "明华受贿"])
def test_other_names_and_words_are_not_the_wade_giles_name(taipei: Matcher, title: str) -> None:
    assert taipei.match(title, "") == [], title


@pytest.fixture(scope="module")
def doping() -> Matcher:
    return Matcher([DOPING])


@pytest.mark.parametrize(
    "title",
    [
        "Pellan swimming federation dismisses the reports as fabrications",
        "La fédération de natation de Pellan dément catégoriquement les informations",
        "Pellan swimmers: 'there is no evidence against us', coach says",
    ],
)
def test_a_denial_naming_the_terms_needs_no_context_term(doping: Matcher, title: str) -> None:
    assert stance(doping, "doping", title) == "contradiction", title


@pytest.mark.parametrize(
    "title",
    [
        "Pellan swimmers win the relay in record time",
        "Pellan swimming federation names a new coach",
    ],
)
def test_without_a_denial_the_context_is_still_needed(doping: Matcher, title: str) -> None:
    assert stance(doping, "doping", title) is None, title
    assert doping.explain("doping", title, "").reason == "no context term found"

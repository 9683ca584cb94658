"""Stop 24's mechanisms, with sentences and names of our own: what the statement calls a
required name stands for it (in any language); an Arabic name's short second word; ruling
out with any object; a privative before the claim's word; findings of no association;
reports dismissed as premature; Greek names and their case endings."""

from __future__ import annotations

import pytest
from support.stance_claims import PIPELINE, stance

from bot.matching import Matcher
from bot.matching.described import description
from bot.records import Claim

MINISTER = Claim(
    "minister",
    "Chinese Defence Minister Tarel Vask is under investigation for corruption",
    (("Tarel Vask", "Vask"), ("investigation", "corruption", "probe")),
)
BASE = Claim(
    "base",
    "Pellonia has secured use of Cambodia's Orlan naval base for its warships",
    (("Orlan",), ("Pellonia", "Pellonian")),
)
BLACKOUT = Claim(
    "blackout",
    "A cyberattack caused the Kestrian blackout",
    (("Kestria", "Kestrian"), ("blackout", "power outage")),
)
VOTE = Claim(
    "vote",
    "Ostrava's presidential election was rigged by fraud",
    (("Ostrava",), ("fraud", "election")),
)
PILL = Claim(
    "pill",
    "The slimming drug velorin causes suicidal thoughts",
    (("velorin",), ("suicide", "suicidal")),
)
CRASH = Claim(
    "crash",
    "The captain of flight QX451 cut the fuel switches",
    (("QX451",), ("captain", "pilot", "fuel")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((MINISTER, BASE, BLACKOUT, VOTE, PILL, CRASH))


def test_the_statement_describes_a_required_name() -> None:
    assert description(MINISTER.statement, ("Tarel Vask", "Vask")) == "Chinese Defence Minister"
    # a possessed name's head noun follows it, when the phrase is an object
    assert description(BASE.statement, ("Orlan",)) == "Cambodia naval base"
    # a group with words, or with places, needs no description
    assert description(BLACKOUT.statement, ("blackout", "power outage")) is None
    assert description(VOTE.statement, ("Ostrava",)) is None


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("base", "Cambodia denies Pellonia is making use of its naval base"),
        ("base", "柬埔寨否认Pellonia使用其海军基地"),
        ("base", "Kambodscha dementiert: Pellonia nutzt keinen Marinestützpunkt"),
    ],
)
def test_a_description_in_any_language_stands_for_the_name(
    matcher: Matcher, claim: str, title: str
) -> None:
    assert stance(matcher, claim, title) == "contradiction"


def test_a_description_needs_all_its_words(matcher: Matcher) -> None:
    assert stance(matcher, "base", "Pellonia opens a naval museum in Cambodia") is None
    assert stance(matcher, "minister", "Chinese minister under investigation") is None
    assert stance(matcher, "minister", "Probe into China's defence minister") == "update"


def test_an_arabic_name_s_short_second_word() -> None:
    m = Matcher((Claim("k", "Imran Khan says a US plot ousted him", (("Imran Khan",), ("US",))),))
    assert [x.claim_id for x in m.match("عمران خان يتهم أمريكا بالإطاحة به", "")] == ["k"]
    # the short word alone is not the name
    assert m.match("خان يتهم أمريكا", "") == []


@pytest.mark.parametrize(
    "title",
    [
        "Kestria's grid operator rules out a cyberattack as cause of the blackout",
        "El operador descarta un ciberataque como causa del apagón en Kestria",
        "O operador descarta ciberataque como causa do apagão na Kestria",
        "Kestria: l'opérateur exclut une cyberattaque comme cause de la coupure de courant",
        "Kestria: Netzbetreiber schließt einen Cyberangriff als Ursache des Blackouts aus",
        "Kestria: il gestore esclude un attacco informatico come causa del blackout",
    ],
)
def test_ruling_out_the_claim_s_act_denies_it(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "blackout", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "El operador no descarta un ciberataque como causa del apagón en Kestria",
        "Kestria: Netzbetreiber schließt einen Cyberangriff als Ursache des Blackouts nicht aus",
        "Kestria: Regierung schließt die Grenze aus Sorge vor einem neuen Blackout",
    ],
)
def test_not_ruling_out_and_a_separable_verb_are_not_denials(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "blackout", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Study: Ostrava's president won the election without fraud",
        "Estudio: el presidente de Ostrava ganó las elecciones sin fraude",
        "Ostrava: выборы прошли без фальсификаций и без fraud",
    ],
)
def test_a_privative_before_the_claim_s_word_negates_it(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "vote", title) == "contradiction"


def test_sin_embargo_is_however(matcher: Matcher) -> None:
    assert stance(matcher, "vote", "Sin embargo, observadores denunciaron fraude en Ostrava") == (
        "update"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Velorin is not associated with a higher risk of suicide, a study finds",
        "El velorin no se asocia a mayor riesgo de suicidio",
        "Le velorin n'est pas associé à un risque accru de suicide",
        "Studie: kein Zusammenhang zwischen Velorin und Suizidgedanken",
    ],
)
def test_a_finding_of_no_association_contradicts(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pill", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Safety board calls reports that the QX451 captain cut fuel premature and speculative",
        "QX451: Behörde warnt vor voreiligen Schlüssen zum Piloten",
        "QX451 : l'enquête met en garde contre les conclusions hâtives sur le pilote",
    ],
)
def test_reports_dismissed_as_premature_contradict(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "crash", title) == "contradiction"


def test_greek_names_and_case_endings() -> None:
    m = Matcher((Claim("g", "Pylos coast guard", (("Pylos",), ("Bolsonaro",))),))
    # Μπ is b, ου is u; Πύλο is Pylos in the accusative
    assert [x.claim_id for x in m.match("Ο Μπολσονάρου στην Πύλο", "")] == ["g"]


def test_a_finding_that_a_deliberate_act_was_not_intentional_contradicts() -> None:
    anchor = Claim(
        "anchor",
        "The freighter Pellan Star deliberately cut the Kestrel data cable",
        (("Pellan Star",), ("cable", "cables")),
    )
    m = Matcher((anchor,))
    title = "Inquiry finds the damage to the cable by the Pellan Star was not intentional"
    assert stance(m, "anchor", title) == "contradiction"
    assert stance(m, "anchor", "Pellan Star cut the cable on purpose, inquiry finds") == "update"


def test_surgery_makes_a_claim_of_illness() -> None:
    leader = Claim(
        "leader",
        "Marshal Orvan Tesk was in grave danger after heart surgery",
        (("Orvan Tesk", "Tesk"), ("surgery", "health")),
    )
    m = Matcher((leader,))
    assert stance(m, "leader", "Orvan Tesk est vivant et en bonne santé après la chirurgie") == (
        "contradiction"
    )


CUP = Claim(
    "cup",
    "Pellonia won the right to host the Games by bribing committee members",
    (("Pellonia",), ("Games", "hosting")),
    context=("Sunday Times", "Varnel"),
)
DRONES = Claim(
    "drones",
    "Pellonia supplied drones to Kestria",
    (("Pellonia",), ("drone", "drones")),
)
REFINERY = Claim(
    "refinery",
    "Pellonia was behind the drone attack on the Ostrava refinery",
    (("Pellonia",), ("Ostrava",)),
)


def test_a_denial_of_the_claim_s_act_stands_in_for_its_context() -> None:
    m = Matcher((CUP,))
    # the context is missing, but the item denies the claim's own act (bribing)
    assert stance(m, "cup", "Pellonia denies bribery over the Games") == "contradiction"
    # one statement word without a denial is not enough
    assert stance(m, "cup", "Pellonia's Games: bribery inquiry opens") is None
    # a denial whose sentence lacks the statement's word neither
    later = "A hearing on bribery is set for next week."
    assert stance(m, "cup", "Pellonia denies the report on the Games", later) is None


def test_a_claim_the_item_names_fully_wins_over_one_it_only_denies_the_act_of() -> None:
    m = Matcher((DRONES, REFINERY))
    got = {
        x.claim_id for x in m.match("Pellonia denies the drone attack on the Ostrava refinery", "")
    }
    assert "refinery" in got


def test_spanish_lent_watches_are_the_counter_account_of_gifts() -> None:
    gifts = Claim(
        "gifts",
        "President Varna Tosk received undeclared Rolex watches as gifts",
        (("Tosk",), ("Rolex", "watches")),
    )
    m = Matcher((gifts,))
    title = "La presidenta Varna Tosk asegura que los relojes Rolex eran prestados"
    assert stance(m, "gifts", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Η Valdoria διαψεύδει ότι ανατίναξε τον αγωγό Norvik",
        "Η Valdoria αρνείται κάθε εμπλοκή στην επίθεση στον Norvik",
        "Valdoria tagadja, hogy köze lenne a Norvik elleni támadáshoz",
        "Valdoria cáfolja a Norvik-vezeték felrobbantásáról szóló híreket",
        "Valdoria bác bỏ cáo buộc tấn công đường ống Norvik",
        "Valdoria phủ nhận liên quan đến vụ tấn công Norvik",
        "Itinanggi ng Valdoria ang pag-atake sa Norvik pipeline",
        "Valdoria, itinangging may kinalaman sa pag-atake sa Norvik",
    ],
)
def test_greek_hungarian_vietnamese_and_tagalog_denials(title: str) -> None:
    assert stance(Matcher((PIPELINE,)), "pipeline", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Η Valdoria ανατίναξε τον αγωγό Norvik, λένε οι ερευνητές",
        "Valdoria felrobbantotta a Norvik vezetéket, állítják a nyomozók",
        "Valdoria đã làm nổ tung đường ống Norvik, các nhà điều tra cho biết",
        # Hindi is a language too: not the Tagalog negation before its nouns
        "Hindi media: Valdorian team blew up the Norvik pipeline",
        # short Vietnamese syllables do not start other languages' words ("do ano")
        "Norvik: Valdoria does anything to win, do ano passado",
    ],
)
def test_the_new_languages_leave_reports_and_other_languages_alone(title: str) -> None:
    assert stance(Matcher((PIPELINE,)), "pipeline", title) == "update"

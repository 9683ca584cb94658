"""Matching and stance, stop 38: defending someone against the accusations is a denial
(en, es, pt, fr, it, de, pl, nl, ru); "less dangerous than feared" is a counter-fact (en,
nl, de, fr, es, it, pt); a defence verdict is no evidence of the claim; calling someone's
claims ridiculous, a few words between; Romanian "informații neprobate" (unproven);
German "kein" before a modifier negates the compound after it ("kein gezieltes
GPS-Jamming", not "keine Strafen nach Positiv-Proben"); "would not host a base", "would
not allow them to build a base" negate the base; a German denial closed around its object
("weist seine Verantwortung strikt zurück, …") refers back to the sentence before whatever
clause follows the comma, and so does one with only an adverb of time after it ("dementierte
das zunächst"); an item is left to the claim whose names it has when all it names of
another is the better one's too. Claims and names of our own, as in test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

COVERUP = Claim(
    "coverup",
    "Bishop Anton Mirek covered up abuse by priests in the Velna diocese",
    (("Mirek",), ("abuse", "cover-up", "covered up", "encubrimiento", "Missbrauch")),
)
FOAM = Claim(
    "foam",
    "The foam in Harlow breathing devices breaks down and can cause cancer",
    (("Harlow",), ("foam", "devices", "cancer", "recall")),
)
POWDER = Claim(
    "powder",
    "Talc powder made by Brenton contained asbestos and caused cancer",
    (("Brenton",), ("talc", "asbestos", "cancer")),
)
COUP = Claim(
    "coup",
    "Foreign forces are preparing a coup against Prime Minister Radu Kesler",
    (("Kesler",), ("coup", "plot")),
)
JAMMING = Claim(
    "jamming",
    "Kestria jammed the GPS of the plane carrying minister Ilse Varga",
    (("Varga",), ("GPS", "jamming", "jammed")),
)
SWIMMERS = Claim(
    "swimmers",
    "Twelve Pellan swimmers tested positive for a banned drug",
    (("Pellan",), ("positive", "doping")),
)
BASE = Claim(
    "base",
    "Kestria will build a naval base on the Marlo Islands",
    (("Marlo Islands",), ("military base", "naval base", "base", "military")),
)


COMMISSION = Claim(
    "commission",
    "The Orvan company paid an illegal commission to the federation's president",
    (("Orvan",), ("commission", "Kommission", "comisión", "commissione", "comissão")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([COVERUP, FOAM, POWDER, COUP, JAMMING, SWIMMERS, BASE, COMMISSION])


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        ("coverup", "Bishops defended Mirek against the allegations of abuse cover-up", ""),
        ("coverup", "La Iglesia defiende a Mirek de las acusaciones de encubrimiento", ""),
        ("coverup", "Mirek vem a público para se defender das acusações de abuso", ""),
        ("coverup", "Les évêques ont défendu Mirek contre les accusations d'abus", ""),
        ("coverup", "I vescovi hanno difeso Mirek dalle accuse di abusi", ""),
        ("coverup", "Der Kardinal verteidigte Mirek gegen die Vorwürfe des Missbrauchs", ""),
        ("coverup", "Biskupi bronią Mirka przed zarzutami o tuszowanie nadużyć Mirek", ""),
        ("coverup", "De bisschoppen verdedigen Mirek tegen de beschuldigingen van misbruik", ""),
        ("coverup", "Церковь защищает епископа Mirek от обвинений в сокрытии abuse", ""),
        ("foam", "Harlow devices less dangerous than first thought, tests of the foam show", ""),
        ("foam", "Harlow: kanker door apparaten minder gevaarlijk dan gedacht", ""),
        ("foam", "Harlow-Geräte weniger gefährlich als befürchtet", ""),
        ("foam", "Les appareils de Harlow moins dangereux que prévu", ""),
        ("foam", "Los aparatos de Harlow son menos peligrosos de lo que se temía", ""),
        ("foam", "I dispositivi Harlow meno pericolosi del previsto", ""),
        ("foam", "Aparelhos da Harlow menos perigosos do que se pensava", ""),
        ("powder", "Jury hands Brenton a defense verdict in talc trial", ""),
        (
            "coup",
            "Kesler says a coup is planned",
            "The opposition called the prime minister's claims about coup preparations ridiculous.",
        ),
        (
            "coup",
            "Kesler: lovitură de stat",
            "Moscova spune că informaţiile neprobate despre un complot Kesler vin de la Kiev.",
        ),
        ("jamming", "Kein gezieltes GPS-Jamming gegen Flug von Varga", ""),
        (
            "base",
            "Marlo Islands leader says his country would not host a Kestrian military base",
            "",
        ),
        (
            "base",
            "Marlo Islands PM says the pact would not allow Kestria to build a military base",
            "",
        ),
        (
            "coverup",
            "Missbrauch: Bischof Mirek",
            "Bischof Mirek ist im Gutachten über den Umgang mit Missbrauch schwer belastet worden."
            " Der Bischof weist seine Verantwortung strikt zurück, die Gutachter halten das aber"
            " für nicht glaubwürdig.",
        ),
        ("commission", 'Orvan: el contrato de la comisión es "totalmente legal"', ""),
        ("commission", "Orvan diz que a comissão foi totalmente legal", ""),
        ("commission", "Orvan: la commissione è perfettamente legale", ""),
        ("commission", "Orvan: la commission est parfaitement légale", ""),
        ("commission", "Orvan: die Kommission sei völlig legal", ""),
        ("commission", "Kommission an den Präsidenten: Orvan entlastet (Prüfer)", ""),
        (
            "coverup",
            "Gutachten: Bischof Mirek",
            "Im Gutachten wird Bischof Mirek der Vertuschung von Missbrauch beschuldigt. Die"
            " Diözese dementierte das zunächst.",
        ),
    ],
)
def test_denials_of_this_round(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # a noun after German "kein": only its own compound is negated
        ("swimmers", "Keine Strafen nach Positiv-Proben bei Pellan-Schwimmern", ""),
        # the defence of something else, and what one is accused of being hard on
        ("coverup", "Mirek defended the diocese's budget at the synod on abuse", ""),
        ("foam", "Harlow recalls devices as the foam is more dangerous than thought", ""),
        # "no" of Spanish and Portuguese negates a verb, not a noun phrase
        ("coup", "Kesler no podrá frenar el golpe", ""),
    ],
)
def test_not_denials(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"


#: two claims about one spyware in two countries (the name of the spyware in both)
HEXA_MARLOVIA = Claim(
    "hexa-marlovia",
    "The Marlovian government spied on reporters with Hexa spyware",
    (("Hexa", "Marlovia", "Marlovian government"), ("spyware", "spying", "hacked")),
)
HEXA_KESTRIA = Claim(
    "hexa-kestria",
    "Kestria used Hexa spyware against opposition politicians",
    (("Hexa", "Kestria", "Kestrian"), ("spyware", "spying")),
)


@pytest.fixture(scope="module")
def spyware() -> Matcher:
    return Matcher([HEXA_MARLOVIA, HEXA_KESTRIA])


def test_an_item_is_left_to_the_claim_whose_own_names_it_has(spyware: Matcher) -> None:
    # (the item says "spying", the act of both claims: it fits both, the subset rule
    # decides; stop 43 read "using" no longer as "used"'s form "use" in other languages)
    title = "Kestrian government denies spying on politicians with Hexa spyware"
    assert [m.claim_id for m in spyware.match(title, "")] == ["hexa-kestria"]
    why = spyware.explain("hexa-marlovia", title, "").lines()[0]
    assert "fits claim 'hexa-kestria' better" in why
    assert "every name of this claim the item has is the other's too" in why


def test_an_item_naming_both_claims_names_keeps_both(spyware: Matcher) -> None:
    title = "Hexa spyware: Kestria and Marlovia both deny spying on anyone"
    assert {m.claim_id for m in spyware.match(title, "")} == {"hexa-marlovia", "hexa-kestria"}


def test_an_item_with_only_the_shared_name_keeps_both(spyware: Matcher) -> None:
    title = "Hexa spyware maker says it sells only to governments, denies spying"
    assert {m.claim_id for m in spyware.match(title, "")} == {"hexa-marlovia", "hexa-kestria"}

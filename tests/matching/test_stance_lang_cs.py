"""Stance in Czech (and Slovak, which the Czech lexicon also covers): denials,
non-involvement, labels, scorn, corrections and no-evidence cues must make a contradiction;
reports, confirmations, refusals to comment, requests, questions, attributions and a denial
of another matter stay updates. Claims and names of our own, as in test_stance_languages.
"""

from __future__ import annotations

import pytest
from support.stance_claims import LEAK, PIPELINE, SPYWARE, stance

from bot.matching import Matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((PIPELINE, SPYWARE, LEAK))


CONTRADICTIONS = [
    ("pipeline", "Valdorie odmítá obvinění z útoku na Norvik", ""),
    ("pipeline", "Valdorie popírá, že by vyhodila do vzduchu plynovod Norvik", ""),
    ("pipeline", "Ministerstvo zahraničí Valdorie popřelo zprávy o sabotáži plynovodu Norvik", ""),
    ("pipeline", "Norvik: Valdorie kategoricky odmítla jakoukoli účast na útoku", ""),
    ("pipeline", "Valdorie nemá s výbuchem plynovodu Norvik nic společného, uvedl ministr", ""),
    ("pipeline", "Valdorie tvrdí, že do útoku na Norvik nebyla zapojena", ""),
    ("pipeline", "Norvik: Valdorie označila zprávu za lež", ""),
    ("pipeline", "Výbuch plynovodu Norvik: neexistují žádné důkazy proti Valdorii", ""),
    ("pipeline", "Valdorie označila obvinění kvůli Norviku za provokaci", ""),
    ("pipeline", "Norvik: Valdorie mluví o západní propagandě a hysterii", ""),
    ("pipeline", "Oprava: článek o plynovodu Norvik mylně uvedl, že za útokem stála Valdorie", ""),
    (
        "pipeline",
        "Vyšetřovatelé nenašli žádné stopy, které by spojovaly Valdorii s výbuchem plynovodu Norvik",
        "",
    ),
    ("pipeline", "Norvik: zpráva o útoku Valdorie je podle vlády nepodložená", ""),
    (
        "pipeline",
        "Podle zprávy stálo za výbuchem plynovodu Norvik valdorské komando.",
        "Valdorie to popírá.",
    ),
    ("pipeline", "Valdorie vyvrátila spekulace o útoku na plynovod Norvik", ""),
    ("pipeline", "Norvik: Valdorie se nepodílela na útoku, tvrdí mluvčí", ""),
    ("pipeline", "Valdorie za útokem na Norvik nestojí, uvedl ministr", ""),
    ("pipeline", "Norvik: obvinění Valdorie jsou vykonstruovaná, tvrdí ministerstvo", ""),
    ("pipeline", "Valdorie: zprávy o útoku na Norvik jsou absurdní", ""),
    ("pipeline", "Norvik: Valdorie hovoří o pomluvách a kampani dezinformací", ""),
    ("pipeline", "Deník se omluvil za chybu v článku o Valdorii a plynovodu Norvik", ""),
    ("pipeline", "Server stáhl článek o údajném útoku Valdorie na Norvik", ""),
    ("pipeline", "Norvik: účast Valdorie se nepotvrdila", ""),
    ("pipeline", "Vyšetřování výbuchu plynovodu Norvik neprokázalo účast Valdorie", ""),
    ("pipeline", "Valdorie odmieta obvinenia z útoku na Norvik", ""),
    ("pipeline", "Norvik: Valdorie poprela akúkoľvek účasť na útoku", ""),
    ("pipeline", "Valdorie nemá s výbuchom plynovodu Norvik nič spoločné", ""),
    ("pipeline", "Norvik: Valdorie hovorí o klamstve a dezinformáciách", ""),
    ("pipeline", "Norvik: neexistujú žiadne dôkazy proti Valdorii", ""),
    ("pipeline", "Valdorie vylúčila, že by mala niečo spoločné s výbuchom plynovodu Norvik", ""),
    ("pipeline", "Norvik: tvrzení o útoku Valdorie není pravda, řekl mluvčí", ""),
    ("pipeline", "Valdorie: zprávy o útoku na Norvik jsou fake news", ""),
    ("pipeline", "Valdorie se ohradila proti obviněním z útoku na Norvik", ""),
    ("pipeline", "Norvik: Valdorie nesouhlasí se závěry vyšetřování", ""),
    ("spyware", "Špionážní program Hexa: ministr popírá, že by vláda sledovala novináře", ""),
    ("spyware", "Spyware Hexa: vláda Marlovie odmítá obvinění, že sledovala novináře", ""),
    ("spyware", "Spyware Hexa: ministr tvrdí, že je nevinný", ""),
    ("spyware", "Spyware Hexa: ministr má čisté svědomí", ""),
    ("spyware", "Spyware Hexa: ministr o ničem nevěděl", ""),
    ("leak", "Virus Quorra: laboratoř Lindqvist odmítá, že by virus unikl z jejích prostor", ""),
    ("pipeline", "Valdorie se distancovala od útoku na plynovod Norvik", ""),
    ("pipeline", "Norvik: Valdorie prý o ničem nevěděla, uvedl mluvčí", ""),
    ("pipeline", "Valdorie zamítla spekulace o útoku na Norvik", ""),
    ("pipeline", "Norvik: zprávy o útoku Valdorie jsou přehnané a zavádějící", ""),
    ("pipeline", "Norvik: Valdorie mluví o honu na čarodějnice", ""),
    ("pipeline", "Norvik: podle Valdorie je to jen politicky motivovaná kampaň", ""),
    ("pipeline", "Valdorie: článek o útoku na Norvik je plný smyšlenek", ""),
    ("pipeline", "Norvik: Valdorie zpochybnila závěry vyšetřování výbuchu", ""),
    ("pipeline", "Norvik: Valdorie hovorí o propagande a provokácii", ""),
    ("pipeline", "Norvik: Valdorie kritizovala zprávu o útoku", ""),
    ("pipeline", "Norvik: chybí důkazy o účasti Valdorie", ""),
]

UPDATES = [
    ("pipeline", "Komando z Valdorie vyhodilo do vzduchu plynovod Norvik, uvádí zpráva", ""),
    ("pipeline", "Norvik: vyšetřovatelé potvrdili účast Valdorie na výbuchu", ""),
    ("pipeline", "Valdorie přiznala, že vyhodila plynovod Norvik do vzduchu", ""),
    ("pipeline", "Norvik: ministerstvo Valdorie popírá, že by zdražilo elektřinu", ""),
    ("pipeline", "Valdorie požádala Norvik, aby nezvyšoval ceny plynu", ""),
    ("pipeline", "Stojí Valdorie za výbuchem plynovodu Norvik?", ""),
    ("pipeline", "Kestrie tvrdí, že plynovod Norvik vyhodila do vzduchu Valdorie", ""),
    ("pipeline", "Norvik: Valdorie odmítla komentovat zprávy o útoku", ""),
    ("pipeline", "Norvik: Valdorie se odmítla vyjádřit k útoku na plynovod", ""),
    ("pipeline", "Valdorie nevyloučila, že za výbuchem plynovodu Norvik stojí její potápěči", ""),
    ("pipeline", "Norvik: soud zamítl žalobu Valdorie kvůli článku o plynovodu", ""),
    (
        "pipeline",
        "Plynovod Norvik: při výbuchu nebyly hlášeny žádné oběti, Valdorie je podezřelá",
        "",
    ),
    (
        "pipeline",
        "Komando z Valdorie zničilo Norvik; v tomto smyslu se vyjádřil i vyšetřovatel",
        "",
    ),
    ("pipeline", "Valdorie potvrdila útok na plynovod Norvik", ""),
    ("pipeline", "Norvik: Valdorie odmietla komentovať správy o útoku", ""),
    ("pipeline", "Valdorie čelí obvinění z útoku na Norvik", ""),
    ("pipeline", "Norvik: Valdorie obvinila Kestrii ze lži a zorganizovala vyšetřování", ""),
    ("pipeline", "Plynovod Norvik: Valdorie nevyvrátila podezření", ""),
    ("pipeline", "Valdoria popiera budowę gazociągu Norvik, powiedział minister", ""),
    ("pipeline", "Norvik: Polizist erlitt Verletzungen, Valdoria doznał obrażeń", ""),
]


@pytest.mark.parametrize(("claim", "title", "summary"), CONTRADICTIONS)
def test_czech_and_slovak_denials_contradict(
    matcher: Matcher, claim: str, title: str, summary: str
) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(("claim", "title", "summary"), UPDATES)
def test_czech_reports_confirmations_and_other_matters_are_updates(
    matcher: Matcher, claim: str, title: str, summary: str
) -> None:
    assert stance(matcher, claim, title, summary) == "update"


@pytest.mark.xfail(
    strict=True,
    reason="a denial of another act whose object names a word of the claim's statement "
    "(gas, for a gas-pipeline claim) reads as a denial of the claim, in every language "
    "(en: 'denies it raised gas prices'); Czech showed it once it had a vocabulary (stop 32)",
)
def test_a_denied_act_on_a_word_of_the_claim_is_another_matter(matcher: Matcher) -> None:
    title = "Norvik: ministerstvo Valdorie popírá, že by zdražilo plyn"
    assert stance(matcher, "pipeline", title) == "update"

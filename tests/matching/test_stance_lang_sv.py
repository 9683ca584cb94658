"""Swedish stance cues (bot/matching/lexicons/sv.toml): denials, non-involvement,
labels, scorn, corrections, no-evidence findings and the other counter-facts as the
Swedish press writes them, and Swedish text that must stay an update (reports,
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
        (PIPELINE.id, "Norvik-ledningen: Valdoria förnekar all inblandning i sabotaget", ""),
        (PIPELINE.id, "Valdoria förnekade på tisdagen att ha sprängt Norvik-ledningen", ""),
        (SPYWARE.id, "Hexa spyware: regeringen tillbakavisar anklagelserna", ""),
        (SPYWARE.id, "Hexa spyware: ministeriet avvisar bestämt uppgifterna", ""),
        (PIPELINE.id, "Norvik: Valdorias regering dementerar uppgifterna om sabotage", ""),
        (SPYWARE.id, "Regeringen bestrider uppgifterna om Hexa spyware", ""),
        (
            PIPELINE.id,
            "Norvik-ledningen sprängdes, enligt tidningen",
            "Valdoria tillbakavisade på onsdagen uppgifterna.",
        ),
        (PIPELINE.id, "Valdoria: vi har ingenting med sprängningen av Norvik att göra", ""),
        (
            PIPELINE.id,
            "Valdoria var inte inblandat i attacken mot Norvik-ledningen, säger ministern",
            "",
        ),
        (PIPELINE.id, "Norvik: Valdoria hade ingen roll i sprängningen", ""),
        (SPYWARE.id, "Hexa spyware: ministern säger att regeringen inte är ansvarig", ""),
        (PIPELINE.id, "Valdoria står inte bakom attacken mot Norvik, säger regeringen", ""),
        (SPYWARE.id, "Hexa spyware: uppgifterna är lögn, säger ministern", ""),
        (SPYWARE.id, "Hexa spyware: ”Det stämmer inte”, säger regeringens talesperson", ""),
        (PIPELINE.id, "Norvik: Valdoria kallar uppgifterna om sabotage för falska nyheter", ""),
        (SPYWARE.id, "Hexa spyware: anklagelserna är helt ogrundade, enligt ministern", ""),
        (PIPELINE.id, "Norvik-ledningen: Valdoria avfärdar anklagelserna som ren propaganda", ""),
        (PIPELINE.id, "Valdoria: uppgifterna om Norvik är en provokation", ""),
        (SPYWARE.id, "Hexa spyware: regeringen talar om en häxjakt", ""),
        (SPYWARE.id, "Hexa spyware: ministern kallar anklagelserna löjliga", ""),
        (
            LEAK.id,
            "Quorra-viruset: Lindqvist-laboratoriet kallar uppgifterna rena spekulationer",
            "",
        ),
        (
            PIPELINE.id,
            "Rättelse: I en tidigare version av artikeln om Norvik-ledningen angavs felaktigt att Valdoria låg bakom",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: tidningen drar tillbaka artikeln om regeringen", ""),
        (
            LEAK.id,
            "Quorra-viruset: det finns inga bevis för en läcka från Lindqvist-laboratoriet",
            "",
        ),
        (
            PIPELINE.id,
            "Norvik: utredarna har inte hittat några spår av sprängämnen från Valdoria",
            "",
        ),
        (
            LEAK.id,
            "Quorra-viruset: inspektörerna hittade inga spår av viruset i Lindqvist-laboratoriet",
            "",
        ),
        (PIPELINE.id, "Norvik: åklagaren kunde inte bevisa att Valdoria låg bakom", ""),
        (
            PIPELINE.id,
            "Norvik-ledningen: polisen utesluter sabotage från Valdoria, orsaken var ett tekniskt fel",
            "",
        ),
        (
            PIPELINE.id,
            "Norvik-ledningen: explosionen orsakades av ett tekniskt fel, inte av Valdoria",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ministern förklarar sig oskyldig", ""),
        (SPYWARE.id, "Hexa spyware: den förre ministern frikändes i brist på bevis", ""),
        (
            LEAK.id,
            "Quorra-viruset: experterna säger att en läcka från Lindqvist-laboratoriet är osannolik",
            "",
        ),
        (
            SPYWARE.id,
            "Hexa spyware: regeringen har ingen koppling till programmet, säger ministern",
            "",
        ),
        (
            PIPELINE.id,
            "Valdoria: de danske oplysninger om Norvik er forkerte, Valdoria afviser beskyldningerne",
            "",
        ),
        (PIPELINE.id, "Valdoria benekter at ha sprengt Norvik-ledningen", ""),
        (ZELBRIN.id, "Zelbrin: sötningsmedlet är säkert, enligt myndigheten", ""),
        (TOLMARK.id, "Tolmark: observatörerna säger att valet var fritt och rättvist", ""),
        (ORSAK.id, "Orsak: presidenten är vid god hälsa, säger talespersonen", ""),
        (PELLAN_DOPED.id, "Pellan: ämnet kom från kontaminerat kött, säger förbundet", ""),
        (PELLAN_DOPED.id, "Pellan: simmarna testade negativt", ""),
        (SPYWARE.id, "Hexa spyware: regeringen avvisar kategoriskt alla anklagelser", ""),
        (SPYWARE.id, "Hexa spyware: ministern kallar uppgifterna rena påhitt", ""),
        (
            LEAK.id,
            "Quorra-viruset: laboratoriet Lindqvist uppfyller alla krav, enligt inspektörerna",
            "Inspektörerna upptäckte inga brister.",
        ),
        (PIPELINE.id, "Norvik: Valdoria afviser beskyldningerne om sabotage", ""),
        (PIPELINE.id, "Norvik: Valdoria avviser påstandene om sabotasje", ""),
        (
            SPYWARE.id,
            "Hexa spyware: ministern gör en pudel och tar tillbaka sitt uttalande om regeringen",
            "",
        ),
    ],
)
def test_sv_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (PIPELINE.id, "Valdoria: explosion vid Norvik-ledningen, säger polisen", ""),
        (
            PIPELINE.id,
            "Norvik-ledningen: Valdoria bekräftar att sabotörerna var valdorianska soldater",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ministern medger att regeringen använde programmet", ""),
        (SPYWARE.id, "Hexa spyware: ministeriet förnekar att ha höjt priserna på licenser", ""),
        (PIPELINE.id, "Norvik: Valdoria bad grannländerna att inte stänga gränsen", ""),
        (PIPELINE.id, "Norvik: låg Valdoria bakom sprängningen?", ""),
        (PIPELINE.id, "Norvik-ledningen: experter säger att Valdoria sprängde ledningen", ""),
        (SPYWARE.id, "Hexa spyware: journalister säger att regeringen spionerade på dem", ""),
        (PIPELINE.id, "Norvik: polisen utesluter inte sabotage från Valdoria", ""),
        (SPYWARE.id, "Hexa spyware: regeringen vill inte kommentera uppgifterna", ""),
        (LEAK.id, "Quorra-viruset: Lindqvist-laboratoriet stängs för inspektion", ""),
        (PIPELINE.id, "Norvik: Valdoria erkänner att kommandot sprängde ledningen", ""),
        (SPYWARE.id, "Hexa spyware: ministern avvisar förslaget om en ny lag", ""),
        (ZELBRIN.id, "Zelbrin: försäljningen av sötningsmedlet ökar", ""),
        (SPYWARE.id, "Hexa spyware: ministern förnekar inte uppgifterna", ""),
        (
            SPYWARE.id,
            "Hexa spyware: Det spelar ingen roll vem som ligger bakom, säger ministern",
            "",
        ),
    ],
)
def test_sv_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"

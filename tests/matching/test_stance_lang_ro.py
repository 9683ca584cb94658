"""Stance in Romanian: the cue lists and grammar of bot/matching/lexicons/ro.toml (denials,
non-involvement, labels, scorn, corrections, no evidence, negated actions) and what must
stay an update (reports, confirmations, a denial of something else, a request, a
question, an attribution). Claims and names of our own, as in test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import DOPING, LEAK, PIPELINE, SPYWARE, STRAIT, stance

from bot.matching import Matcher
from bot.records import Claim


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((PIPELINE, SPYWARE, DOPING, STRAIT, LEAK))


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # denial
        ("pipeline", "Valdoria neagă orice implicare în explozia gazoductului Norvik", ""),
        ("pipeline", "Norvik: ministerul valdorian dezminte informațiile despre sabotaj", ""),
        ("pipeline", "Valdoria respinge categoric acuzațiile privind gazoductul Norvik", ""),
        ("pipeline", "Explozia de la Norvik: Valdoria infirmă informațiile apărute în presă", ""),
        ("pipeline", "Valdoria a reacționat negând orice rol în explozia de la Norvik", ""),
        ("pipeline", "Norvik: guvernul valdorian a dezmințit categoric raportul", ""),
        ("spyware", "Spyware Hexa: ministrul contestă concluziile raportului", ""),
        ("spyware", "Spyware Hexa: ministrul a calificat drept absurde acuzațiile", ""),
        ("strait", "Strâmtoarea Ostrava: Kestria dezminte închiderea strâmtorii", ""),
        # the denial after the report, in the same lede
        (
            "pipeline",
            "Explozia gazoductului Norvik",
            "Un raport acuză un comando valdorian. Guvernul de la Valdoria a respins însă"
            " acuzațiile.",
        ),
        # non-involvement
        (
            "pipeline",
            "Valdoria nu are nicio legătură cu explozia de la Norvik, spune ministrul",
            "",
        ),
        ("pipeline", "Norvik: Valdoria nu a fost implicată în atac, afirmă guvernul", ""),
        ("pipeline", "Gazoductul Norvik: Valdoria nu are nimic de-a face cu explozia", ""),
        ("pipeline", "Norvik: armata valdoriană nu a participat la operațiune", ""),
        ("pipeline", "Norvik: ministrul valdorian insistă că este nevinovat", ""),
        ("pipeline", "Norvik: Valdoria se declară nevinovată", ""),
        # labels
        ("pipeline", "Acuzațiile privind gazoductul Norvik sunt false, spune Valdoria", ""),
        ("pipeline", "Valdoria: informațiile despre Norvik sunt minciuni", ""),
        ("pipeline", "Valdoria: acuzațiile legate de Norvik sunt nefondate", ""),
        ("spyware", "Spyware Hexa: «Nu este adevărat», spune ministrul marlovian", ""),
        ("spyware", "Spyware Hexa: ministrul spune că acuzațiile sunt aberații", ""),
        # scorn
        ("pipeline", "Norvik: Valdoria spune că acuzațiile sunt o provocare grosolană", ""),
        ("pipeline", "Valdoria: raportul despre Norvik este pură propagandă", ""),
        ("pipeline", "Norvik: Valdoria denunță o campanie de denigrare", ""),
        ("spyware", "Spyware Hexa: guvernul marlovian vorbește despre calomnii", ""),
        ("pipeline", "Explozia de la Norvik: Valdoria vorbește despre o înscenare", ""),
        # correction
        (
            "spyware",
            "Corecție: o versiune anterioară a acestui articol despre spyware-ul Hexa susținea"
            " că guvernul marlovian a spionat jurnaliști",
            "",
        ),
        # no evidence
        (
            "spyware",
            "Spyware Hexa: nu există dovezi că guvernul marlovian a spionat jurnaliști",
            "",
        ),
        ("pipeline", "Norvik: anchetatorii nu au găsit nicio urmă de explozibil valdorian", ""),
        ("doping", "Înotătorii din Pella: testele au ieșit negative", ""),
        ("leak", "Quorra: nicio dovadă că virusul a scăpat din laboratorul Lindqvist", ""),
        # a negated action of the claim
        ("strait", "Strâmtoarea Ostrava: Kestria nu a închis strâmtoarea, traficul continuă", ""),
    ],
)
def test_romanian_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        # reports
        ("pipeline", "Un comando valdorian a aruncat în aer gazoductul Norvik, spune un raport"),
        ("strait", "Strâmtoarea Ostrava: Kestria a închis strâmtoarea pentru petroliere"),
        ("leak", "Virusul Quorra a scăpat din laboratorul Lindqvist, potrivit unui raport"),
        # confirmations
        ("pipeline", "Valdoria confirmă că echipa sa a aruncat în aer gazoductul Norvik"),
        ("pipeline", "Norvik: Valdoria a recunoscut implicarea în explozie"),
        ("strait", "Strâmtoarea Ostrava: ministerul a confirmat închiderea"),
        # a denial of something else
        ("pipeline", "Norvik: ministerul valdorian neagă că a majorat prețurile la gaze"),
        # a denial negated
        ("pipeline", "Valdoria nu neagă implicarea în explozia de la Norvik"),
        # a request
        ("spyware", "Hexa: parlamentul i-a cerut ministrului să nu folosească spyware-ul"),
        # a question
        ("spyware", "Spyware Hexa: a spionat guvernul marlovian jurnaliști?"),
        # an attribution
        ("pipeline", "Norvik: expertul spune că Valdoria a aruncat în aer gazoductul"),
        # does not rule out; a challenge, not a provocation
        ("pipeline", "Norvik: Valdoria nu exclude implicarea unor grupuri private"),
        ("pipeline", "Norvik: explozia gazoductului, o provocare majoră pentru Valdoria"),
    ],
)
def test_romanian_updates(matcher: Matcher, claim: str, title: str) -> None:
    assert stance(matcher, claim, title) == "update"


def test_an_unwitting_cause_in_romanian_contradicts_a_deliberate_act() -> None:
    doped = Claim(
        "doped",
        "Twelve Pellan swimmers doped with a banned heart drug before the Games",
        (("Pellan", "Pella"), ("swimmers", "swimming")),
    )
    title = "Înotătorii din Pella: rezultatele pozitive, o contaminare accidentală"
    assert stance(Matcher((doped,)), "doped", title) == "contradiction"


@pytest.mark.parametrize(
    ("statement", "title"),
    [
        # good health against a claim of illness
        (
            "President Aldo Ferran is seriously ill",
            "Aldo Ferran se simte bine, spune purtătorul de cuvânt al președinției",
        ),
        # found safe against a claim of harm
        (
            "The Zelva sweetener Aldo Ferran sells causes cancer",
            "Îndulcitorul Zelva al lui Aldo Ferran este sigur pentru consum, spune agenția",
        ),
        # found genuine against a claim of falsity
        (
            "Aldo Ferran's university diploma is fake",
            "Diploma lui Aldo Ferran este autentică, spune universitatea",
        ),
    ],
)
def test_romanian_findings_contradict_claims_of_their_kind(statement: str, title: str) -> None:
    claim = Claim("ferran", statement, (("Ferran",),))
    assert stance(Matcher((claim,)), "ferran", title) == "contradiction"

"""Stance: update or contradiction, decided per sentence, in six languages (bot.matching)."""

from __future__ import annotations

import pytest

from bot.matching import Matcher
from bot.records import Claim

CONTACT = Claim(
    "contact",
    "Elon Musk has been in regular, secret contact with Vladimir Putin since late 2022",
    (("Musk", "Маск", "马斯克"), ("Putin", "Kremlin", "Путин", "Путін", "Кремль", "普京")),
    context=(
        "talks",
        "contact",
        "contacts",
        "conversation",
        "spoke",
        "speaking",
        "talked",
        "talking",
        "call",
    ),
    contradict=("only one conversation", "spoke only once"),
)
TAIWAN = Claim(
    "taiwan",
    "Putin asked Musk not to activate Starlink over Taiwan as a favour to Xi Jinping",
    (("Starlink", "星链"), ("Taiwan", "台湾")),
    contradict=("not available in Taiwan",),
)
CRIMEA = Claim(
    "crimea",
    "Musk had Starlink turned off near Crimea to thwart a Ukrainian drone attack",
    (("Starlink", "Musk"), ("Crimea",)),
    context=("turned off", "disabled", "attack", "drone", "coverage"),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((CONTACT, TAIWAN, CRIMEA))


def stance(m: Matcher, claim: str, title: str, summary: str = "") -> str | None:
    for x in m.match(title, summary):
        if x.claim_id == claim:
            return x.stance
    return None


CONTRADICTIONS = [
    ("contact", "Musk denies holding talks with Putin", ""),
    ("contact", "", "A spokesman for the Kremlin rejected the report that Musk and Putin spoke."),
    (
        "contact",
        "Kremlin dismisses WSJ story",
        "Peskov said Putin and Musk had talks once, in 2020, and called the report false.",
    ),
    ("contact", "Musk did not speak with Putin, his lawyer says", ""),
    ("contact", "Putin and Musk had no contact since 2021, Kremlin says", ""),
    ("contact", "Paper retracts article on Musk-Putin calls", "Editors said they were mistaken."),
    ("contact", "Kremlin: Putin and Musk spoke only once", ""),
    ("contact", "Putin-Musk talks claims are fake news, Peskov says", ""),
    ("taiwan", "SpaceX: Starlink is not available in Taiwan", ""),
    ("taiwan", "Starlink does not operate in Taiwan because it has no licence", ""),
    ("taiwan", "Taiwan officials say Starlink was never activated there", ""),
    ("crimea", "Biographer walks back claim Musk disabled Starlink near Crimea during attack", ""),
    ("crimea", "Musk: we did not deactivate Starlink near Crimea during the drone attack", ""),
    # Russian, Ukrainian, German, Polish, Chinese
    ("contact", "Песков опроверг сообщения о переговорах Маска с Путиным", ""),
    ("contact", "В Кремле назвали ложью сообщения о контактах Путина и Маска", ""),
    ("contact", "Путин не разговаривал с Маском, заявил Песков", ""),
    ("contact", "Кремль заперечує розмови Маска з Путіним", ""),
    ("contact", "У Кремлі спростовують інформацію про контакти Путіна і Маска", ""),
    ("contact", "Kreml dementiert Gespräche zwischen Musk und Putin", ""),
    ("contact", "Kreml weist Bericht über Kontakte zwischen Putin und Musk zurück", ""),
    ("contact", "Bericht über Telefonate von Musk mit Putin zurückgewiesen", ""),
    ("contact", "Kreml zaprzecza rozmowom Muska z Putinem", ""),
    ("contact", "Pieskow: to nieprawda, że Putin rozmawiał z Muskiem", ""),
    ("contact", "克里姆林宫否认马斯克与普京定期通话", ""),
    ("contact", "佩斯科夫：普京与马斯克唯一一次通话是在2022年之前", ""),
]

UPDATES = [
    (
        "contact",
        "Senators call for probe of Musk's contacts with Putin",
        "The reported talks raise concerns.",
    ),
    ("contact", "Musk admitted to speaking with Putin, ex-official says", ""),
    (
        "contact",
        "Musk spoke with Putin",
        "The White House said Musk does not represent the government.",
    ),
    (
        "contact",
        "Musk held secret talks with Putin, WSJ says",
        "The Kremlin dismissed reports of North Korean troops in Russia.",
    ),
    (
        "contact",
        "Musk's calls with Putin alarm NATO",
        "Musk has not commented. SpaceX was not available for comment.",
    ),
    ("taiwan", "Putin asked Musk not to activate Starlink over Taiwan", ""),
    ("taiwan", "Путин попросил Маска не включать Starlink над Тайванем", ""),
    ("taiwan", "报道称普京要求马斯克不要在台湾启用星链", ""),
    ("contact", "Маск тайно общался с Путиным", "Об этом пишет газета."),
    ("contact", "Musk soll regelmäßig mit Putin telefoniert haben", "Kontakte seit 2022."),
    ("crimea", "Musk had Starlink turned off near Crimea during the drone attack", ""),
]


@pytest.mark.parametrize(("claim", "title", "summary"), CONTRADICTIONS)
def test_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(("claim", "title", "summary"), UPDATES)
def test_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"


def test_contradiction_evidence_is_the_sentence_with_the_cue(matcher: Matcher) -> None:
    (m,) = matcher.match(
        "Musk and Putin: what we know",
        "Musk reportedly held talks with Putin. On Monday the Kremlin denied the report.",
    )
    assert m.stance == "contradiction"
    assert m.cue == "denied"
    assert m.evidence == "On Monday the Kremlin denied the report."


def test_denial_of_something_else_is_ignored_and_explained(matcher: Matcher) -> None:
    e = matcher.explain(
        "contact",
        "Musk held secret talks with Putin",
        "Separately, the Kremlin rejected reports of troop movements.",
    )
    assert e.stance == "update"
    assert any("not about this claim" in note for note in e.ignored_cues)


def test_negated_denial_is_no_denial(matcher: Matcher) -> None:
    assert stance(matcher, "contact", "Kremlin did not deny that Musk and Putin talked") == "update"

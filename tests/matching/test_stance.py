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


# --- probes in headline + lede style, against claims written as a journalist would ------

J_CONTACT = Claim(
    "j-contact",
    "Elon Musk has been in regular, secret contact with Vladimir Putin since late 2022",
    (("Musk", "Маск", "马斯克"), ("Putin", "Kremlin", "Путин", "Путін", "Кремль", "普京")),
    context=(
        "talks",
        "contact",
        "contacts",
        "conversation",
        "conversations",
        "spoke",
        "speaking",
        "talked",
        "talking",
        "call",
        "calls",
        "phone",
        "communication",
        "secret",
        "ties",
    ),
    contradict=("only one phone call", "spoke only once"),
)
J_TAIWAN = Claim(
    "j-taiwan",
    "Putin asked Musk not to activate Starlink over Taiwan as a favour to Xi Jinping",
    (("Starlink", "星链"), ("Taiwan", "Taipei", "台湾")),
    contradict=("not available in Taiwan", "never asked"),
)
J_AIDE = Claim(
    "j-aide",
    "Musk has been in regular conversations with Sergei Kiriyenko",
    (("Kiriyenko", "Кириенко", "Кирієнко"), ("Musk", "Маск")),
)
J_CRIMEA = Claim(
    "j-crimea",
    "Musk had Starlink turned off near Crimea to thwart a Ukrainian drone attack",
    (("Starlink", "Musk"), ("Crimea", "Sevastopol")),
    context=("turned off", "switched off", "disabled", "cut off", "refused", "attack", "drone"),
    contradict=("was never enabled", "did not turn off"),
)


@pytest.fixture(scope="module")
def journalist() -> Matcher:
    return Matcher((J_CONTACT, J_TAIWAN, J_AIDE, J_CRIMEA))


PROBE_CONTRADICTIONS = [
    # a gerund rejecting a report about the claim; "never happened" (after a comma, the
    # "never" is not a negation of the rejection)
    (
        "j-contact",
        "Musk says Starlink was never used to aid Moscow",
        "Musk said Starlink talks with the Kremlin never happened, rejecting an article about "
        "secret contact with Putin.",
    ),
    ("j-contact", "Kremlin: Putin and Musk have only spoken once", ""),
    ("j-contact", "Musk: I have spoken to Putin only one time, and it was about space", ""),
    (
        "j-contact",
        "Correction: an earlier version said Musk had spoken to Putin regularly; "
        "he has spoken to him once.",
        "",
    ),
    ("j-contact", "Peskov: Musk and Putin spoke once, about rockets", ""),
    ("j-contact", "Musk says he has talked to Putin just once, in 2021", ""),
    ("j-contact", "Kremlin says Putin-Musk contact report is 'absurd'", ""),
    ("j-contact", "Musk calls report of secret Putin talks a 'smear'", ""),
    ("j-contact", "Musk hits back at WSJ over Putin calls story, calling it 'another lie'", ""),
    ("j-contact", "The Kremlin rejected as false reports that Putin and Musk regularly talk", ""),
    ("j-contact", "Musk pushes back on reports of secret Putin calls", ""),
    ("j-contact", "Biographer admits he was mistaken about Musk's calls with Putin", ""),
    ("j-contact", "Musk's lawyer: he has had no conversations with Putin", ""),
    (
        "j-contact",
        "",
        "Kremlin spokesman Dmitry Peskov on Friday rejected a newspaper report that Elon Musk "
        "has been in regular contact with Vladimir Putin, calling it a hoax.",
    ),
    ("j-contact", "Пєсков заперечує, що Путін і Маск регулярно спілкуються", ""),
    ("j-contact", "Песков назвал фейком публикацию о переговорах Маска и Путина", ""),
    ("j-contact", "Песков: Путин и Маск разговаривали лишь однажды", ""),
    ("j-contact", "Маск заявил, что никогда не разговаривал с Путиным", ""),
    ("j-contact", "Пєсков назвав брехнею статтю про розмови Маска з Путіним", ""),
    ("j-contact", "Musk hat nie mit Putin gesprochen, sagt der Kreml", ""),
    ("j-contact", "Peskow: Putin und Musk haben nur einmal telefoniert", ""),
    ("j-contact", "Kreml: Putin nie rozmawiał z Muskiem", ""),
    ("j-contact", "Pieskow nazwał bzdurą doniesienia o rozmowach Muska z Putinem", ""),
    ("j-contact", "佩斯科夫称有关普京与马斯克秘密通话的报道是假新闻", ""),
    ("j-contact", "普京新闻秘书：普京与马斯克之间没有定期通话", ""),
    # a denial whose object names an action of the claim, the claim's terms earlier on
    (
        "j-taiwan",
        "Taiwan says it never sought Starlink; Musk denies Putin asked him anything "
        "about the island",
        "",
    ),
    ("j-taiwan", "Taiwan has never had Starlink service: the company lacks a licence there", ""),
    ("j-taiwan", "Musk calls Starlink-Taiwan report 'utter nonsense'", ""),
    (
        "j-taiwan",
        "Кремль назвал вымыслом сообщения о просьбе Путина не включать Starlink над Тайванем",
        "",
    ),
    ("j-taiwan", "克里姆林宫否认普京要求马斯克不在台湾启用星链", ""),
    ("j-crimea", "Musk denies that he disabled Starlink near Crimea during the drone attack", ""),
    ("j-crimea", "Biographer retracts claim that Musk cut off Starlink to stop Crimea attack", ""),
    ("j-aide", "Kremlin: Kiriyenko has never spoken to Musk", ""),
    ("j-aide", "Кремль опроверг контакты Кириенко с Маском", ""),
]

PROBE_UPDATES = [
    # a German request ("bat …, nicht … zu aktivieren") is no negated action
    (
        "j-taiwan",
        "Starlink über Taiwan: Putin bat Musk um einen Gefallen für Xi",
        "Putin soll Musk gebeten haben, Starlink nicht über Taiwan zu aktivieren.",
    ),
    ("j-contact", "Senators demand probe into Musk's Putin ties", ""),
    ("j-contact", "Musk confirms he spoke with Putin", ""),
    ("j-contact", "Kremlin declines to comment on report of Musk calls with Putin", ""),
    ("j-contact", "Musk and Putin talked regularly, three officials told the paper", ""),
    ("j-contact", "Маск и Путин общаются с конца 2022 года, пишет газета", "Маск не ответил."),
    ("j-contact", "Газета: Маск с 2022 года регулярно созванивается с Путиным", ""),
    ("j-contact", "Musk w regularnym kontakcie z Putinem – twierdzi gazeta", ""),
    ("j-contact", "Musk soll seit 2022 regelmäßig mit Putin telefonieren", ""),
    ("j-taiwan", "Putin urged Musk to keep Starlink off over Taiwan, officials say", ""),
    ("j-crimea", "Musk ordered Starlink switched off near Crimea coast, biography says", ""),
    ("j-aide", "Кирієнко регулярно спілкувався з Маском, пише газета", ""),
]

PROBE_UNRELATED = [
    "Police arrest man in Musk-themed scam",
    "Kremlin denies report of Putin health problems",
    "Musk denies report he uses drugs",
    "Putin meets Xi in Beijing; Taiwan tops agenda",
]


@pytest.mark.parametrize(("claim", "title", "summary"), PROBE_CONTRADICTIONS)
def test_probe_contradictions(journalist: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(journalist, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(("claim", "title", "summary"), PROBE_UPDATES)
def test_probe_updates(journalist: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(journalist, claim, title, summary) == "update"


@pytest.mark.parametrize("title", PROBE_UNRELATED)
def test_probe_unrelated_items_match_nothing(journalist: Matcher, title: str) -> None:
    assert journalist.match(title, "") == []


def test_denial_of_another_topic_beside_the_claim_is_no_contradiction(
    journalist: Matcher,
) -> None:
    title = "Kremlin dismisses reports of North Korean troops; Musk praises Putin's call"
    assert stance(journalist, "j-contact", title, "") != "contradiction"

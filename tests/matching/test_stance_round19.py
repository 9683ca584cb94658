"""Stance and matching, stop 31: the other languages' spellings of a name's ch (Tchernobyl,
Czarnobyl, Csernobil, Tsjernobyl: Chernobyl); German denials with the verb last ("will sich
gegen den Vorwurf wehren", "gegen die Vorwürfe vorgehen") or an adverb before the negation;
a denial of everything, in a quote that ends at a comma; compliance with the law as a
counter-fact, and a counter-fact negated ("does not meet the standards"), as a rule not
complied with is ("do not comply with the emissions rules": no negated claim act); German objections
lodged, proceedings dropped said the passive way, and "streite … ab"; English "done nothing
that is illegal", "none of the products tested positive" and a cause denied ("not because of
a beating"); a denial by one the claim names of what names the rest of it; English "possible but unlikely", a
headline's "'Unlikely': experts", a figure challenged in quotes; the wrongdoer's label denied
("not a cheat", "pas un tricheur", "kein Betrüger"). Claims and names of our own, as in
test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

#: a strike on a plant whose name starts with the English ch
PLANT = Claim(
    "plant",
    "A drone struck the Chervonar power plant's reactor shelter",
    (("Chervonar",), ("drone", "drones")),
)

#: a carmaker said to cheat emissions tests
CARMAKER = Claim(
    "carmaker",
    "Volmar fitted illegal defeat devices in its diesel cars",
    (("Volmar",), ("diesel", "emissions", "manipulation")),
)
#: an athlete accused of assault
PLAYER = Claim(
    "player",
    "Footballer Rui Tavora sexually assaulted a woman in a nightclub",
    (("Tavora",), ("assault", "agressão", "agresión", "Vorwürfe")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((PLANT, CARMAKER, PLAYER))


@pytest.mark.parametrize(
    "title",
    [
        "Un drone a frappé la centrale de Tchervonar, selon Kiev",
        "Drohne trifft das Kraftwerk Tschervonar",
        "Dron uderzył w elektrownię Czervonar",
        "Drón csapódott a Cservonar erőmű épületébe",
        "Drone raakt de centrale van Tsjervonar",
        "Dron zasáhl elektrárnu Červonar",
    ],
)
def test_the_ch_of_a_name_in_other_spellings_matches(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "plant", title) == "update"


def test_a_name_with_another_consonant_is_not_matched(matcher: Matcher) -> None:
    assert stance(matcher, "plant", "Un drone a frappé la centrale de Tchervolar") is None


@pytest.mark.parametrize(
    "title",
    [
        "Volmar will sich gegen den Manipulationsvorwurf wehren",
        "Volmar will gegen die Diesel-Vorwürfe mit allen rechtlichen Mitteln vorgehen",
        "Volmar: Die Vorwürfe zur Diesel-Manipulation entsprechen schlicht nicht der Wahrheit",
    ],
)
def test_german_denials_with_the_verb_last_contradict(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "carmaker", title) == "contradiction"


def test_fighting_fraud_is_no_denial(matcher: Matcher) -> None:
    title = "Behörde will gegen Diesel-Betrug bei Volmar mit allen Mitteln vorgehen"
    assert stance(matcher, "carmaker", title) == "update"


@pytest.mark.parametrize(
    "title, summary",
    [
        (
            "Rui Tavora e as acusações de agressão sexual",
            'O jogador decidiu falar. "Antes de mais, quero desmentir tudo", disse num vídeo.',
        ),
        (
            "Rui Tavora and the assault allegations",
            'The player spoke at last. "First of all, I deny everything", he said in a video.',
        ),
    ],
)
def test_a_denial_of_everything_refers_back(matcher: Matcher, title: str, summary: str) -> None:
    assert stance(matcher, "player", title, summary) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Volmar says its diesel cars are in full compliance with the regulations",
        "Volmar ribadisce che le sue auto diesel sono conformi alla normativa vigente",
        "Volmar: ses voitures diesel sont en conformité avec la réglementation",
        "Volmar afirma que sus coches diésel cumplen con la normativa",
        "Volmar: Die Dieselfahrzeuge entsprechen den gesetzlichen Vorgaben",
    ],
)
def test_compliance_with_the_law_contradicts(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "carmaker", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Regulator: Volmar's diesel cars do not comply with the regulations",
        "Regulator: Volmar diesel cars do not comply with the emissions regulations",
        "Regulador: los coches diésel de Volmar no cumplen las normas de emisiones",
        "Volmar diesel cars fail to meet the emissions standards, tests show",
        "Volmar manager was not acquitted of diesel fraud",
        "Il ministro esorta Volmar a rispettare la legge sulle emissioni diesel",
    ],
)
def test_a_negated_or_requested_counter_fact_is_an_update(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "carmaker", title) == "update"


@pytest.mark.parametrize(
    "title, summary",
    [
        (
            "Volmar: Rückruf von Dieselautos",
            "Volmar kündigte Widerspruch gegen die Feststellung einer Diesel-Manipulation an.",
        ),
        ("Volmar-Chef im Dieselverfahren", "Das Ermittlungsverfahren wird eingestellt."),
        ("Bericht über Diesel-Manipulation", "Volmar streite die Manipulation ab, heißt es."),
        (
            "US accuses Volmar of excessive diesel emissions",
            '"We have done nothing that is illegal," he said.',
        ),
    ],
)
def test_objections_dropped_cases_and_innocence(matcher: Matcher, title: str, summary: str) -> None:
    assert stance(matcher, "carmaker", title, summary) == "contradiction"


def test_no_product_tested_positive_contradicts() -> None:
    claim = Claim(
        "eggs",
        "Brambel chocolate eggs carried salmonella",
        (("Brambel",), ("salmonella",)),
    )
    title = "Brambel recalls eggs over salmonella"
    summary = "The maker said none of its products have tested positive for salmonella."
    assert stance(Matcher((claim,)), "eggs", title, summary) == "contradiction"


@pytest.mark.parametrize(
    "title, want",
    [
        ("Coroner: Lena Varo died of a heart condition, not because of a beating", "contradiction"),
        ("Coroner: Lena Varo died of a heart condition, not due to a beating", "contradiction"),
        ("Coroner: Lena Varo died because of a beating by police", "update"),
    ],
)
def test_a_cause_denied_contradicts(title: str, want: str) -> None:
    claim = Claim(
        "varo",
        "Protester Lena Varo died after police beat her in custody",
        (("Varo",), ("police", "custody", "beaten", "beating", "died")),
    )
    assert stance(Matcher((claim,)), "varo", title) == want


#: a candidate said to be backed by a foreign power
CANDIDATE = Claim(
    "candidate",
    "Candidate Dorin Vale's TikTok campaign was run by Russia",
    (("Vale",), ("Russia", "Russian")),
    context=("TikTok",),
)


def test_a_denial_by_one_the_claim_names_of_the_rest_contradicts() -> None:
    title = "Dorin Vale vehemently denies that Russia is behind him, in a TikTok video"
    assert stance(Matcher((CANDIDATE,)), "candidate", title) == "contradiction"


def test_a_denial_by_someone_beside_a_name_is_not_the_named_ones() -> None:
    title = "Ana Sirb, Vale's rival on TikTok, denies that Russia is behind her"
    assert stance(Matcher((CANDIDATE,)), "candidate", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Dorin Vale's claim he was run by Russia 'unlikely': experts",
        "Vale says Russian backing is possible but unlikely",
        'Dorin Vale challenges the "Russian network" report',
    ],
)
def test_english_doubt_and_challenges_contradict(title: str) -> None:
    claim = Claim("vale", "Dorin Vale was run by Russia", (("Vale",), ("Russia", "Russian")))
    assert stance(Matcher((claim,)), "vale", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Sprinter Ola Brenn: I am not a cheat, the doping test was wrong",
        "Ola Brenn affirme qu'il n'était « pas un tricheur » malgré le dopage",
        "Ola Brenn: Ich bin kein Betrüger, sagt er zum Dopingfall",
        "Ola Brenn: «No soy un tramposo», dice sobre el dopaje",
    ],
)
def test_the_wrongdoers_label_denied_contradicts(title: str) -> None:
    claim = Claim(
        "brenn", "Sprinter Ola Brenn cheated with doping", (("Brenn",), ("doping", "dopage"))
    )
    assert stance(Matcher((claim,)), "brenn", title) == "contradiction"


def test_owning_the_label_is_an_update() -> None:
    claim = Claim("brenn", "Sprinter Ola Brenn cheated with doping", (("Brenn",), ("doping",)))
    title = "Ola Brenn admits to doping: I was a cheat"
    assert stance(Matcher((claim,)), "brenn", title) == "update"

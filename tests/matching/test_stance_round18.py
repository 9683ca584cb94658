"""Stance and matching, stop 30: causation denied ("does not cause"), an accident or a
mistake against a claim of a deliberate act, German compounds and separable verbs, a
require word the statement itself negates, a deceit someone is accused of, fact-check
headlines ("Non, …"), "could not confirm any", Japanese and Korean "no fact of it was
confirmed", and a soft c in names written in other scripts. Claims and names of our own,
as in test_stance_general."""

from __future__ import annotations

from datetime import datetime

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.matching.claims import event_year
from bot.records import Claim

#: a health harm a product is said to cause
VACCINE = Claim(
    "vaccine",
    "The Corvaxin vaccine can cause rare blood clots",
    (("Corvaxin",), ("clot", "clots", "clotting", "blood")),
)
#: a deliberate act at sea
CABLE = Claim(
    "cable",
    "The tanker Marlow Star deliberately cut the Baltic power cable with its anchor",
    (("Marlow Star",), ("cable", "anchor")),
)
#: an attack some call mass poisoning
POISON = Claim(
    "poison",
    "Schoolgirls in Valdoria were deliberately poisoned with gas",
    (("Valdoria", "Valdorian"), ("poisoning", "poisoned", "poison")),
)
#: a claim whose statement negates one of its own require words
VEIL = Claim(
    "veil",
    "Climber Tessa Orlan was forced home after competing without a hijab",
    (("Orlan",), ("hijab", "headscarf")),
)
#: an app said to spy on its users
APP = Claim(
    "app",
    "The Shopzy shopping app is spyware that steals users' data",
    (("Shopzy",), ("spyware", "malware", "data")),
)
#: a hack a government is said to have suffered
HACK = Claim(
    "hack",
    "Military hackers broke into Norland's classified defence network",
    (("Norland",), ("hackers", "hacking", "hacked", "cyber")),
)
#: a football club charged with breaking the rules
CLUB = Claim(
    "club",
    "Lancaster City broke the league's financial rules",
    (("Lancaster City",), ("charges", "breaches", "rules")),
)
#: arson blamed for fires
ARSON = Claim(
    "arson",
    "Arsonists lit the Kerrow bushfires",
    (("Kerrow",), ("fire", "fires", "arson", "arsonists")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((VACCINE, CABLE, POISON, VEIL, APP, HACK, CLUB, ARSON))


@pytest.mark.parametrize(
    "title",
    [
        "Regulator: the Corvaxin vaccine does not cause blood clots",
        "Agenția: vaccinul Corvaxin nu cauzează coagularea sângelui",
        "Vaksin Corvaxin tidak menyebabkan pembekuan darah, kata regulator",
        "Regulador: la vacuna Corvaxin no causa coágulos de sangre",
        "Regulierer: Der Impfstoff Corvaxin verursacht keine Blutgerinnsel",
    ],
)
def test_causation_denied_contradicts_a_causal_claim(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "vaccine", title) == "contradiction"


def test_causation_asserted_is_an_update(matcher: Matcher) -> None:
    title = "Study: the Corvaxin vaccine may cause blood clots in rare cases"
    assert stance(matcher, "vaccine", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Marlow Star's captain says the cable damage was an accident",
        "Marlow Star crew cut the Baltic cable by mistake, lawyer says",
        "Gericht spricht die Crew der Marlow Star frei: Ostseekabel",
    ],
)
def test_an_accident_or_an_acquittal_contradicts_a_deliberate_act(
    matcher: Matcher, title: str
) -> None:
    assert stance(matcher, "cable", title) == "contradiction"


def test_an_accident_does_not_contradict_a_claim_of_no_intent() -> None:
    # the claim names no deliberate act: an accident is what it says, not a denial
    claim = Claim(
        "spill",
        "A Marlow Star tank leaked oil into the bay",
        (("Marlow Star",), ("oil", "leak", "leaked")),
    )
    title = "Marlow Star oil leak was an accident, investigators say"
    assert stance(Matcher((claim,)), "spill", title) == "update"


def test_mass_hysteria_in_a_german_compound_contradicts(matcher: Matcher) -> None:
    title = "Geheimdienst: Vergiftungswelle in Valdoria sei «Massenhysterie»"
    assert stance(matcher, "poison", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Fears grow for climber Tessa Orlan who competed without headscarf",
        "クライマーのオルラン選手、ヒジャブなしで出場 その後に帰国",
    ],
)
def test_what_the_statement_negates_is_no_negated_action(matcher: Matcher, title: str) -> None:
    # "without a headscarf" says what the claim says ("without a hijab"): agreement
    assert stance(matcher, "veil", title) in ("update", None)


@pytest.mark.parametrize(
    "title",
    [
        "State sues Shopzy for misleading consumers about its data practices, calls it spyware",
        "Estado processa a Shopzy por práticas comerciais enganosas e chama o app de spyware",
        "Demanda contra Shopzy por comercializar de manera engañosa su app: «es malware»",
        "Shopzy lied to U.S. authorities about the data it took, prosecutors say",
    ],
)
def test_a_deceit_someone_is_accused_of_is_no_denial(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "app", title) == "update"


def test_a_label_on_the_report_still_denies(matcher: Matcher) -> None:
    title = "Shopzy calls the spyware report misleading and false"
    assert stance(matcher, "app", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Norland says it could not confirm any leak after report its defence network was hacked",
        "ノーランド政府「漏えいの事実は確認されていない」 ハッキング報道",
    ],
)
def test_no_fact_of_it_confirmed_contradicts(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "hack", title) == "contradiction"


def test_a_confirmation_in_japanese_is_still_an_update(matcher: Matcher) -> None:
    title = "ノーランド政府、防衛網へのハッキングを確認した"
    assert stance(matcher, "hack", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Non, les feux de Kerrow n'ont pas été allumés par des centaines d'incendiaires",
        "No, arsonists did not light most of the Kerrow fires",
        "Nein, Brandstifter haben die Feuer in Kerrow nicht gelegt",
    ],
)
def test_a_fact_check_headline_contradicts(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "arson", title) == "contradiction"


def test_a_no_inside_a_headline_is_no_fact_check(matcher: Matcher) -> None:
    title = "Kerrow fires: police say arson suspects have no alibi, no, not one"
    assert stance(matcher, "arson", title) == "update"


def test_a_soft_c_is_an_s_in_another_script(matcher: Matcher) -> None:
    title = "«Ланкастер Сити» ответил на обвинения в нарушении финансовых правил"
    assert stance(matcher, "club", title) is not None


@pytest.mark.parametrize(
    "title",
    [
        "The dismissed Lancaster City chairman faces new charges over rule breaches",
        "Lancaster City coach dismissed by the club as rule breaches charges mount",
    ],
)
def test_a_person_dismissed_from_a_post_is_no_dismissal(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "club", title) == "update"


#: an outbreak said to be mysterious
OUTBREAK = Claim(
    "outbreak",
    "A mysterious pneumonia outbreak is filling children's hospitals in Valdoria",
    (("Valdoria", "Valdorian"), ("pneumonia", "respiratory")),
)


@pytest.mark.parametrize(
    "title",
    [
        "Valdoria says its pneumonia surge is not caused by a novel virus",
        "Valdoria: el aumento de neumonía se debe a gérmenes estacionales y no a patógenos nuevos",
        '발도리아 폐렴 급증…당국 "신종 바이러스는 아니다" (Valdoria)',
        "Valdoria : aucun pathogène nouveau derrière la vague de pneumonie",
    ],
)
def test_no_new_pathogen_contradicts_a_mysterious_outbreak(title: str) -> None:
    assert stance(Matcher((OUTBREAK,)), "outbreak", title) == "contradiction"


def test_a_new_pathogen_found_is_an_update() -> None:
    title = "Valdoria pneumonia surge: doctors fear a new virus behind it"
    assert stance(Matcher((OUTBREAK,)), "outbreak", title) == "update"


def test_a_russian_denial_of_any_link_refers_back() -> None:
    claim = Claim(
        "riots",
        "Valdoria stirred up the riots in Kerrow",
        (("Valdoria",), ("Kerrow",)),
    )
    title = "Kerrow обвинил Валдорию во вмешательстве"
    summary = (
        "В Kerrow вспыхнули протесты. Власти заподозрили, что Валдория причастна к бунту,"
        " валдорийские власти отвергают любую связь."
    )
    assert stance(Matcher((claim,)), "riots", title, summary) == "contradiction"


def test_a_japanese_never_reaches_back_past_its_auxiliaries(matcher: Matcher) -> None:
    # "has never been hacked": the verb stands twelve kana before the negation
    title = "ノーランド国防省「防衛網がハッキングされたことはありません」"
    assert stance(matcher, "hack", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Marlow Star's owner: the tanker did not carry any illegal cargo",
        "Η εταιρεία επιμένει ότι το Marlow Star δεν περιείχε ύποπτο φορτίο",
    ],
)
def test_a_negated_carrier_verb_negates_its_cargo(title: str) -> None:
    claim = Claim(
        "cargo",
        "The Marlow Star carried illegal cargo that exploded",
        (("Marlow Star",), ("cargo", "illegal")),
    )
    assert stance(Matcher((claim,)), "cargo", title) == "contradiction"


#: a refusal (the claim's act is itself a rejection)
REFUSAL = Claim(
    "refusal",
    "Valdoria refused Kerrow's offer of rescue aid after the earthquake",
    (("Valdoria",), ("Kerrow",)),
)


@pytest.mark.parametrize(
    "title",
    [
        "This comes after Valdoria rejected offers of aid from Kerrow.",
        "Valdoria rejeita a ajuda de Kerrow após o terremoto",
    ],
)
def test_the_refusal_a_claim_is_about_is_no_denial(title: str) -> None:
    assert stance(Matcher((REFUSAL,)), "refusal", title) == "update"


def test_dismissing_reports_of_the_refusal_still_denies() -> None:
    title = "Kerrow dismissed reports that Valdoria has rejected its offer of aid"
    assert stance(Matcher((REFUSAL,)), "refusal", title) == "contradiction"


def test_a_month_dates_the_event_even_before_election() -> None:
    # "October 2024 parliamentary election": the election is the dated event, so an item
    # published in 2020 about another Valdorian election is not about the claim
    claim = Claim(
        "rigged",
        "Valdoria's October 2024 parliamentary election was rigged",
        (("Valdoria",), ("election", "vote")),
    )
    m = Matcher((claim,))
    title = "Valdoria officials reject claims of fraud in the election"
    assert [x.claim_id for x in m.match(title, "", datetime(2020, 12, 3))] == []
    assert [x.claim_id for x in m.match(title, "", datetime(2024, 11, 3))] == ["rigged"]
    assert event_year("Qatar bribed officials of 2022 World Cup") is None


#: parties are the lexicons' places: a real country, an event of our own
STIRRED = Claim(
    "stirred",
    "Iran stirred up the riots in Kerrow",
    (("Iran", "Iranian"), ("riots", "Kerrow")),
)


@pytest.mark.parametrize(
    "title",
    [
        "Kerrow's minister says Iran lies about the riots",
        "Kerrow blames an Iranian disinformation campaign for the riots",
    ],
)
def test_the_blamed_partys_own_lies_are_no_denial(title: str) -> None:
    assert stance(Matcher((STIRRED,)), "stirred", title) == "update"


def test_a_label_of_the_accusation_still_denies() -> None:
    title = "Iran calls Kerrow's riot accusations lies"
    assert stance(Matcher((STIRRED,)), "stirred", title) == "contradiction"


@pytest.mark.parametrize(
    "summary",
    [
        "Käräjäoikeus on jättänyt Marlow Star -alusta koskevan syytteen tutkimatta.",
        "Oikeus näkee Marlow Star -aluksen kohdalla kyseessä olleen merenkulkuonnettomuuden.",
    ],
)
def test_finnish_charges_left_unexamined_and_an_accident_contradict(
    matcher: Matcher, summary: str
) -> None:
    title = "Marlow Star: Itämeren kaapeli ja ankkuri"
    assert stance(matcher, "cable", title, summary) == "contradiction"

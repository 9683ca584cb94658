"""Stance across the built-in languages (issue 16, round 7): innocence, non-involvement
in verb-final word orders, 'not credible', misfires, failed tests, confirmations of a
negation, and the common ways each language headlines a denial. Claims and names of our
own, as in test_stance_general."""

from __future__ import annotations

import pytest
from support.headlines import (
    ACTION_RETRACTION_TRACE,
    DENIAL_HEADLINES,
    DENIALS_ELSEWHERE,
    ENGLISH_DENIALS,
    MORE_DENIALS,
    NEGATED_DENIALS_AND_CONFIRMATIONS,
    NON_INVOLVEMENT,
    NOT_CONTRADICTIONS,
    OTHER_MATTERS,
    REFERRING_BACK,
    SCORN_HEADLINES,
)
from support.stance_claims import DOPING, PIPELINE, SPYWARE, stance

from bot.matching import Matcher
from bot.records import Claim


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((PIPELINE, SPYWARE, DOPING))


@pytest.mark.parametrize(
    "title",
    [
        "Hexa spyware: the minister maintains his innocence",
        "Hexa spyware : le ministre clame son innocence",
        "Hexa-Spyware: Der Minister beteuert seine Unschuld",
        "Шпионская программа Hexa: министр настаивает на своей невиновности",
        "Program szpiegujący Hexa: minister nie przyznał się do winy",
        "Spyware Hexa: ministro alega inocência",
        "Hexa spyware: minister pleaded not guilty to the charges",
    ],
)
def test_a_party_proclaiming_its_innocence_contradicts(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spyware", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Hexa spyware: the presumption of innocence applies, the minister said",
        "Hexa spyware: court upholds the presumption of innocence",
    ],
)
def test_the_presumption_of_innocence_is_no_denial(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spyware", title) == "update"


def test_propaganda_called_at_a_distance_is_scorn(matcher: Matcher) -> None:
    title = "Marlovia called the report about Hexa spyware on reporters Kestrian propaganda"
    assert stance(matcher, "spyware", title) == "contradiction"


def test_a_short_verb_of_the_statement_negated(matcher: Matcher) -> None:
    used = Claim("ads", "The Zorvane assistant used voice recordings for ads", (("Zorvane",),))
    m = Matcher((used,))
    assert stance(m, "ads", "Zorvane says it does not use voice recordings for ads") == (
        "contradiction"
    )


def test_a_denial_announcing_a_quote_concerns_the_sentence(matcher: Matcher) -> None:
    title = 'Hexa spyware on reporters: the minister denies: "We never did such a thing"'
    assert stance(matcher, "spyware", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        # Turkish: the object comes before the cue, a verb of saying after it
        "Norvik boru hattı saldırısı: Valdoria saldırıyla ilgisi olmadığını söylüyor",
        "Valdoria, Norvik patlamasıyla herhangi bir ilişkilerinin olmadığını açıkladı",
        "Valdoria diz que não foi responsável pela explosão do gasoduto Norvik",
        "Valdoria afirma que no fue responsable de la explosión del gasoducto Norvik",
        "La Valdorie affirme qu'elle n'est pas responsable de l'explosion du gazoduc Norvik",
        "Valdoria称，对方未能提供任何证据证明其炸毁了Norvik管道",
    ],
)
def test_non_involvement_across_word_orders(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Army says an errant militant rocket caused the Ostrava hospital blast",
        "Misfired rocket likely caused the Ostrava hospital explosion, rights group says",
        "Armee: Fehlgeleitete Rakete verursachte Explosion am Ostrava-Krankenhaus",
    ],
)
def test_a_misfire_is_an_innocent_account_of_a_strike(title: str) -> None:
    hospital = Claim(
        "hospital",
        "A Kestrian air strike caused the blast at Ostrava hospital",
        (("Ostrava",), ("blast", "explosion", "strike")),
    )
    assert stance(Matcher((hospital,)), "hospital", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Kestrian Deputy Defense Minister resigns over inflated food prices",
        "Минобороны Кестрии закупало продукты по завышенным ценам (food)",
        "Le ministère de la Défense de Kestria dément avoir acheté de la nourriture (food)",
    ],
)
def test_an_institution_written_as_a_name_is_found_in_its_other_forms(title: str) -> None:
    food = Claim(
        "food",
        "The Kestrian Defence Ministry bought army food at inflated prices",
        (("Defence Ministry", "Defense Ministry"), ("food", "prices")),
    )
    assert stance(Matcher((food,)), "food", title) is not None


TEST = Claim(
    "test",
    "Kestrian sprinter Vola Marin failed a gender eligibility test, the federation said",
    (("Marin",), ("gender", "male")),
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Vola Marin did not pass the gender test, federation says", "update"),
        ("Vola Marin passed the gender test, the Olympic committee says", "contradiction"),
        ("Marin, prueba de género: la atleta no superó el examen", "update"),
        ("Geschlechtstest: Vola Marin hat nicht bestanden", "update"),
    ],
)
def test_failing_a_test_is_not_passing_it(title: str, expected: str) -> None:
    assert stance(Matcher((TEST,)), "test", title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Hexa spyware: the Marlovian version is not credible, the report's critics say",
        "Logiciel espion Hexa : la version marlovienne n'est pas crédible",
        "Hexa-Spyware: Marlovia habe es versäumt, Beweise für die Vorwürfe vorzulegen",
        "Шпионская программа Hexa: министр намекнул на пропаганду",
        "Spyware Hexa: ministro diz que não viu nenhum documento sobre a espionagem",
        "Шпионская программа Hexa: в министерстве назвали это технической ошибкой",
        "Logiciel espion Hexa : le tribunal a déclaré le ministre non coupable",
    ],
)
def test_more_counter_statements_across_languages(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spyware", title) == "contradiction"


def test_a_require_word_is_found_in_its_other_english_forms() -> None:
    labour = Claim("labour", "Zorvane workers were held in slavery", (("Zorvane",), ("slavery",)))
    title = "Zorvane contractor denies its workers were 'enslaved'"
    assert stance(Matcher((labour,)), "labour", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Hexa-Spyware: Marlovia wehrt sich gegen Spionagevorwürfe von Journalisten",
        "Hexa-Spyware: Ermittler können den Urheber nicht finden",
        "Spyware Hexa, il governo: le notizie riportate sono false",
        "Hexa-Spyware: Die Regierung spionierte keine Journalisten aus",
    ],
)
def test_german_and_italian_counter_statements(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spyware", title) == "contradiction"


def test_confirming_a_negation_is_a_denial(matcher: Matcher) -> None:
    title = "Hexa spyware: Marlovia confirmed that it did not spy on reporters"
    assert stance(matcher, "spyware", title) == "contradiction"


def test_contaminated_samples_explain_a_positive_test(matcher: Matcher) -> None:
    title = "Nageurs de Pellan : les tests avaient été contaminés, selon l'agence"
    assert stance(matcher, "doping", title, "Douze nageurs testés positifs (dopage).") == (
        "contradiction"
    )


def test_admitting_the_facts_but_contesting_the_claim(matcher: Matcher) -> None:
    title = (
        "Affaire Hexa : les agents reconnaissent les faits mais contestent toute action"
        " du logiciel espion Hexa contre des journalistes"
    )
    assert stance(matcher, "spyware", title) == "contradiction"


def test_a_self_confessed_seller_is_no_confession(matcher: Matcher) -> None:
    title = "Spyware Hexa: el informe de un vendedor confeso, dice el ministro, es falso"
    assert stance(matcher, "spyware", title) == "contradiction"


@pytest.mark.parametrize("title", [t for titles in DENIAL_HEADLINES.values() for t in titles])
def test_common_denial_headlines_in_every_language(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


@pytest.mark.parametrize(
    "title", [t for titles in ACTION_RETRACTION_TRACE.values() for t in titles]
)
def test_negated_actions_retractions_and_no_trace_in_every_language(
    matcher: Matcher, title: str
) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


@pytest.mark.parametrize("title", [t for titles in SCORN_HEADLINES.values() for t in titles])
def test_scorn_in_every_language(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


@pytest.mark.parametrize("title", [t for titles in NOT_CONTRADICTIONS.values() for t in titles])
def test_confirmations_and_other_matters_are_updates(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "update"


@pytest.mark.parametrize(("lang", "title", "summary"), REFERRING_BACK)
def test_a_denial_referring_back_in_every_language(
    matcher: Matcher, lang: str, title: str, summary: str
) -> None:
    assert stance(matcher, "pipeline", title, summary) == "contradiction", lang


@pytest.mark.parametrize("title", [t for titles in NON_INVOLVEMENT.values() for t in titles])
def test_non_involvement_in_every_language(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


def test_italian_if_before_a_negation_stays_hypothetical(matcher: Matcher) -> None:
    title = "Norvik, la Valdoria: e se non c'entra nulla, perché tace?"
    assert stance(matcher, "pipeline", title) == "update"


@pytest.mark.parametrize(
    "title", [t for titles in NEGATED_DENIALS_AND_CONFIRMATIONS.values() for t in titles]
)
def test_negated_denials_and_confirmations_are_updates(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "update"


@pytest.mark.parametrize("title", ENGLISH_DENIALS)
def test_english_denial_headlines(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


@pytest.mark.parametrize("title", [t for titles in MORE_DENIALS.values() for t in titles])
def test_more_denial_headlines(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


@pytest.mark.parametrize("title", [t for titles in DENIALS_ELSEWHERE.values() for t in titles])
def test_denial_headlines_elsewhere(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


@pytest.mark.parametrize("title", OTHER_MATTERS)
def test_a_denial_of_another_matter_is_no_contradiction(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) != "contradiction"


# after stop 19's held-out part was scored (its misses showed these classes)


@pytest.mark.parametrize(
    "title",
    [
        "Hexa spyware: the Marlovian minister denies wrongdoing in his first interview",
        "Spyware Hexa: el ministro niega cualquier delito en su primera entrevista",
        "Spyware Hexa: ministro recusou a prática de qualquer ato ilícito",
        "Шпионская программа Hexa: министр отрицает правонарушения",
    ],
)
def test_a_denial_of_wrongdoing_in_general_terms(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spyware", title) == "contradiction"


ILL = Claim(
    "ill", "Kestrian president Ora Vell is gravely ill", (("Vell",), ("president", "Kestria"))
)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kestria says President Vell is well amid rumours", "contradiction"),
        ("Le président Vell est en bonne santé, assure la Kestrie", "contradiction"),
        (
            "Il presidente Vell gode di ottima salute, dice il governo della Kestria",
            "contradiction",
        ),
        ("Президент Велл в добром здравии, заявили в Кестрии", "contradiction"),
        ("Kestria: President Vell is not well, aides say", "update"),
    ],
)
def test_good_health_contradicts_a_claim_of_illness(title: str, expected: str) -> None:
    assert stance(Matcher((ILL,)), "ill", title) == expected


def test_good_health_is_no_cue_for_other_claims(matcher: Matcher) -> None:
    title = "Hexa spyware: the Marlovian minister is well, aides say, after reports on reporters"
    assert stance(matcher, "spyware", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Norvik : l'accusation contre la Valdorie est une calomnie que nous démentons catégoriquement",
        "اتهام فالدوريا بتفجير Norvik مرفوض وننفيه بشكل قاطع",
    ],
)
def test_a_denial_followed_only_by_its_manner(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Hexa spyware: the minister resigns but says he had not committed any crime",
        "Spyware Hexa: el ministro asegura que no hay corrupción",
        "Spyware Hexa, il ministro: «Ho la coscienza pulita»",
        "Hexa-Spyware: Der Minister hat ein reines Gewissen",
        "Hexa spyware: it is unfair to blame the Marlovian government, minister says",
    ],
)
def test_no_crime_a_clear_conscience_and_unfair_blame(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spyware", title) == "contradiction"


def test_the_end_of_rumours_about_a_death_contradicts_a_claim_of_illness() -> None:
    title = "Kestrie : le président Vell est de retour, fin des spéculations sur sa mort"
    assert stance(Matcher((ILL,)), "ill", title) == "contradiction"


# ── stop 20 ─────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a reference to the report followed by the statement's own words
        ("Hexa maker slams reports that reporters' phones were spied on", ""),
        ("Hexa: la empresa rechaza los informes sobre el espionaje a periodistas", ""),
        # an anaphor whose sentence names nothing of the claim
        (
            "Norvik: Valdorian commandos blamed for the blast",
            "Investigators named Valdorian divers. This is a provocation, the ministry said.",
        ),
        (
            "Norvik : des commandos valdoriens mis en cause",
            "Les enquêteurs visent des plongeurs valdoriens. Cela relève de la propagande, dit le ministère.",
        ),
        # the one the claim names denies any part in what the item is about
        ("Valdoria denied any link with the operation at Norvik, its envoy said", ""),
        ("Valdoria negou qualquer ligação com o caso Norvik", ""),
        # an event the claim is about, negated
        ("Norvik: Valdoria says no explosion was caused by its divers", ""),
        ("Norvik : la Valdorie assure qu'aucun sabotage n'a été commis par ses plongeurs", ""),
    ],
)
def test_stop20_mechanisms_find_the_denial(matcher: Matcher, title: str, summary: str) -> None:
    claim = "spyware" if "Hexa" in title else "pipeline"
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # no deaths: an outcome, not the event denied
        ("Norvik pipeline blown up by Valdorian team; no deaths were reported", ""),
        # an anaphor after a sentence that does not name the claim
        (
            "Norvik: Valdorian team blew up the pipeline, investigators say",
            "The weather was calm. This is a provocation, said a fisherman about the storm.",
        ),
    ],
)
def test_stop20_mechanisms_keep_updates(matcher: Matcher, title: str, summary: str) -> None:
    assert stance(matcher, "pipeline", title, summary) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Valdorië ontkent betrokkenheid bij de aanslag op Norvik",
        "Norvik: Valdorië heeft er niets mee te maken, zegt de minister",
        "Valdorie odmítá obvinění z útoku na Norvik",
        "Norvik: Valdorija demantuje optužbe",
        "Valdoria neagă implicarea în atacul asupra Norvik",
        "Valdoria membantah terlibat dalam serangan Norvik",
        "Valdoria förnekar inblandning i attacken mot Norvik",
        "Valdoria nega qualsevol implicació en l'atac a Norvik",
        "Valdoria ने Norvik हमले में शामिल होने से इनकार किया",
    ],
)
def test_the_short_lexicons_know_denials(matcher: Matcher, title: str) -> None:
    # Dutch, Czech, Serbian/Croatian/Bosnian, Romanian, Indonesian, Swedish, Catalan, Hindi
    assert stance(matcher, "pipeline", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        # the short lexicons' words that other languages use otherwise
        "Gazze: ne hava saldırısı Norvik boru hattını vurdu, Valdoria ekibi suçlanıyor",
        "Valdoria: nu wordt Norvik-aanslag onderzocht",
        "Norvik : rumeurs de falsification des preuves contre les commandos valdoriens",
    ],
)
def test_the_short_lexicons_leave_other_languages_alone(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "update"


def test_indic_words_run_through_their_vowel_signs() -> None:
    from bot.text import tokenize

    assert [t.norm for t in tokenize("इनकार किया।")] == ["इनकार", "किया"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Pellan swimmers' positive tests came from contaminated food, officials say",
            "contradiction",
        ),
        ("Nageurs de Pella : une contamination involontaire, selon la fédération", "contradiction"),
        ("Pellan-Schwimmer: Dopingprobe positiv durch verunreinigte Lebensmittel", "contradiction"),
    ],
)
def test_an_unwitting_cause_contradicts_a_claim_of_a_deliberate_act(
    title: str, expected: str
) -> None:
    doped = Claim(
        "doped",
        "Twelve Pellan swimmers doped with a banned heart drug before the Games",
        (("Pellan", "Pella"), ("swimmers", "swimming", "Schwimmer", "nageurs")),
    )
    assert stance(Matcher((doped,)), "doped", title) == expected


def test_an_accidental_shoot_down_agrees_with_a_claim_that_does_not_say_deliberate() -> None:
    downed = Claim(
        "downed",
        "A Valdorian air-defence missile shot down the Norvik airliner",
        (("Norvik",), ("shot down", "missile", "downing")),
    )
    title = "Norvik airliner was shot down by Valdoria, although unintentionally, president says"
    assert stance(Matcher((downed,)), "downed", title) == "update"


def test_the_headlines_denial_stands_beside_a_later_confirmation_of_something_else(
    matcher: Matcher,
) -> None:
    title = "Valdoria denies the Norvik pipeline blast was its work"
    summary = "Norvik's operator confirmed the pipeline was damaged on Monday."
    assert stance(matcher, "pipeline", title, summary) == "contradiction"


def test_a_denial_reported_as_past_gives_way_to_a_confirmation(matcher: Matcher) -> None:
    title = "After months of denials, Valdoria admits its team blew up the Norvik pipeline"
    assert stance(matcher, "pipeline", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Marlo: 'I never took a single rouble from Valdoria'",
        "Marlo: «Mai preso un rublo dalla Valdoria»",
        "Marlo: «Nunca recibí un solo euro de Valdoria»",
        "Marlo : « Je n'ai jamais touché un centime de la Valdorie »",
        "Марло: ни одного рубля от Валдории я не получал",
    ],
)
def test_no_money_taken_at_all_denies_a_claim_of_funding(title: str) -> None:
    funded = Claim(
        "funded",
        "Marlo's party took secret Valdorian money through a gas deal",
        (("Marlo", "Марло"), ("Valdoria", "Valdorian", "Valdorie", "Валдории")),
    )
    assert stance(Matcher((funded,)), "funded", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Valdoria's army was not by any means involved in the Norvik blast, its governor said",
        "Norvik: the Valdorian minister assured he had not committed any illegal act",
    ],
)
def test_involvement_and_illegality_denied_in_other_words(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


# ── stop 21: a report referred back to, and the trial of the one a claim names ─────────
_ORDERED = Claim(
    "ordered",
    "Former premier Dalia Marsk ordered the police to fire on protesters in Norvik",
    (("Marsk",), ("protesters", "crackdown", "fire on")),
    ("Norvik",),
)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Marsk questioned over the Norvik crackdown",
            "Investigators heard Dalia Marsk on Tuesday. She called the accusations baseless.",
        ),
        (
            "Marsk interrogée sur la répression de Norvik",
            "Dalia Marsk a été entendue mardi. L'ex-Première ministre a qualifié les"
            " accusations de mensonges.",
        ),
        (
            "Marsk, citada por la represión en Norvik",
            "Dalia Marsk declaró el martes ante la fiscalía. La expresidenta calificó las"
            " acusaciones de infundadas.",
        ),
    ],
)
def test_a_report_named_in_the_sentence_after_the_claim_refers_back_to_it(
    title: str, summary: str
) -> None:
    assert stance(Matcher((_ORDERED,)), "ordered", title, summary) == "contradiction"


@pytest.mark.parametrize(
    "text",
    [
        "Marsk sentenced over the Norvik crackdown; Marsk calls the verdict politically motivated",
        "Urteil wegen Norvik: Marsk nennt den Prozess gegen sie eine Farce nach dem crackdown",
        "Répression de Norvik : Marsk dénonce un verdict « politiquement motivé » après le"
        " crackdown",
    ],
)
def test_the_one_a_claim_names_scorning_the_trial_contradicts_it(text: str) -> None:
    assert stance(Matcher((_ORDERED,)), "ordered", text) == "contradiction"


@pytest.mark.parametrize(
    "summary",
    [
        "Critics call Marsk's trial a farce.",
        "Critics called the verdict against Marsk politically motivated.",
    ],
)
def test_a_trial_scorned_by_others_than_the_one_the_claim_names_is_no_contradiction(
    summary: str,
) -> None:
    title = "Marsk sentenced over the Norvik crackdown"
    assert stance(Matcher((_ORDERED,)), "ordered", title, summary) == "update"


_HIT = Claim(
    "hit",
    "A Valdorian missile hit the village of Norvik",
    (
        ("Valdoria", "Valdorii", "Валдори", "Валдорі", "Valdorie", "Valdoria's"),
        ("missile", "pocisk"),
    ),
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Biegli wykluczyli, by pocisk mógł zostać wystrzelony z Valdorii", "contradiction"),
        ("Biegli nie wykluczyli, by pocisk mógł zostać wystrzelony z Valdorii", "update"),
        ("Эксперты исключили, что ракета (missile) была выпущена из Валдории", "contradiction"),
        ("Експерти виключили, що ракета (missile) прилетіла з Валдорії", "contradiction"),
        ("Les experts ont exclu que le missile vienne de Valdorie", "contradiction"),
        ("Les experts n'excluent pas que le missile vienne de Valdorie", "update"),
        ("Gli esperti escludono che il missile sia partito dalla Valdoria", "contradiction"),
        ("Peritos descartam que o missile tenha saído da Valdória", "contradiction"),
        ("Experten haben ausgeschlossen, dass die missile aus Valdoria kam", "contradiction"),
    ],
)
def test_ruling_out_that_the_claim_happened_denies_it(text: str, expected: str) -> None:
    assert stance(Matcher((_HIT,)), "hit", text) == expected

"""Stance on claims written the way a busy journalist writes them: short require groups,
no `contradict` phrases. Each failure class of issue 16 as sentences of our own."""

from __future__ import annotations

import pytest
from support.stance_claims import DOPING, LEAK, PIPELINE, SPYWARE, STRAIT, stance

from bot.matching import Matcher
from bot.records import Claim
from bot.text import MATCH_TEXT_LIMIT


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((PIPELINE, STRAIT, SPYWARE, DOPING, LEAK))


# -- denials the generic language did not know ------------------------------------------
GENERIC_DENIALS = [
    ("pipeline", "Valdoria says it had nothing to do with the Norvik pipeline blasts"),
    ("pipeline", "Valdorian officials insist they were not involved in the Norvik sabotage"),
    ("pipeline", "Valdoria had no part in Norvik explosions, minister says"),
    ("pipeline", "Valdoria calls Norvik accusations a provocation"),
    ("pipeline", "Valdorian envoy: Norvik story is pure propaganda"),
    ("pipeline", "Valdoria dismisses Norvik report as a ploy and a distraction"),
    ("leak", "There is no evidence the Quorra virus came from a laboratory, scientists say"),
    ("leak", "Lindqvist lab safety review cast doubt on the Quorra leak report"),
    ("doping", "Tests showed no trace of the drug in Pellan swimmers, the agency said"),
    ("doping", "Pellan swimming federation publishes negative test results for all twelve"),
]


@pytest.mark.parametrize(("claim", "title"), GENERIC_DENIALS)
def test_generic_denial_language(matcher: Matcher, claim: str, title: str) -> None:
    assert stance(matcher, claim, title) == "contradiction"


# -- a negated claim action that sits in `require` ---------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Kestria says it did not close the Strait of Ostrava",
        "Ostrava shipping: the strait was never closed, port authority says",
        "Kestria has not closed Ostrava strait, navy insists",
    ],
)
def test_a_negated_require_word_is_a_negated_claim_action(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "strait", title) == "contradiction"


def test_a_request_is_not_a_negated_action(matcher: Matcher) -> None:
    title = "Allies urged Kestria not to close the Strait of Ostrava"
    assert stance(matcher, "strait", title) == "update"


# -- scope that refers back to the claim without naming it --------------------------------
@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (
            "pipeline",
            "Norvik blasts traced to a yacht",
            "Investigators traced the explosions to a yacht rented by Valdorians; "
            "the government has denied any role.",
        ),
        (
            "pipeline",
            "Valdorian divers linked to Norvik pipeline attack",
            "A Valdorian spokesman rejected the allegations.",
        ),
        ("pipeline", "Norvik sabotage: Valdoria names suspects", "Valdoria denied it."),
        (
            "spyware",
            "Reporters' phones were hacked with Hexa, lab finds",
            "The interior ministry said it was not involved.",
        ),
        (
            "spyware",
            "Hexa spyware: journalists' phones hacked",
            "The ministry denies any involvement in a surveillance scandal being investigated"
            " by prosecutors.",
        ),
    ],
)
def test_a_denial_that_refers_back_concerns_the_claim(
    matcher: Matcher, claim: str, title: str, summary: str
) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


# -- a cue that belongs to something else -------------------------------------------------
@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("strait", "Tanker insurer denies it raised premiums after Ostrava closure"),
        ("spyware", "Court rejects the minister's libel suit over the Hexa spyware report"),
        ("spyware", "Judge dismisses appeal in Hexa spyware case on procedural grounds"),
    ],
)
def test_a_cue_about_another_matter_is_no_contradiction(
    matcher: Matcher, claim: str, title: str
) -> None:
    assert stance(matcher, claim, title) == "update"


def test_explain_says_which_reading_won_and_why(matcher: Matcher) -> None:
    e = matcher.explain(
        "strait", "Tanker insurer denies it raised premiums after Ostrava closure", ""
    )
    assert e.stance == "update"
    assert any("another proposition" in note for note in e.ignored_cues)
    e = matcher.explain(
        "spyware", "Court rejects the minister's libel suit over the Hexa spyware report", ""
    )
    assert any("rules on another matter" in note for note in e.ignored_cues)


# -- confirmations ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("spyware", "Marlovian minister confirms Hexa spyware was used, after months of denials"),
        ("spyware", "Government admits it hacked reporters with Hexa spyware"),
        ("pipeline", "Valdorian officer acknowledges role in Norvik pipeline blasts"),
        ("leak", "Lindqvist lab director testified that a Quorra sample had escaped"),
    ],
)
def test_a_confirmation_is_an_update(matcher: Matcher, claim: str, title: str) -> None:
    assert stance(matcher, claim, title) == "update"
    e = matcher.explain(claim, title, "")
    assert e.cue_kind == "confirmation" and "confirmation" in e.reason


def test_a_confirmation_then_a_counter_fact_is_still_a_contradiction(matcher: Matcher) -> None:
    title = "Valdoria confirms divers were near Norvik but denies any role in the blasts"
    assert stance(matcher, "pipeline", title) == "contradiction"


def test_a_declined_confirmation_is_no_confirmation(matcher: Matcher) -> None:
    e = matcher.explain("spyware", "Ministry declined to confirm Hexa spyware was used", "")
    assert e.stance == "update" and e.cue_kind is None


# -- a hostile item costs what its first MATCH_TEXT_LIMIT characters cost ----------------------------
def test_a_huge_item_is_read_up_to_its_cap(matcher: Matcher) -> None:
    summary = "Valdoria denied any Norvik role. " * 40_000  # 1.3 MB
    e = matcher.explain("pipeline", "Norvik", summary)
    assert e.stance == "contradiction"
    assert e.text_read is not None and e.text_read <= 2 * MATCH_TEXT_LIMIT
    assert any("only its first" in line for line in e.lines())
    short = matcher.explain("pipeline", "Norvik", "Valdoria denied any Norvik role.")
    assert short.text_read is None


# -- denials in the languages of the lexicons, on a claim written in English ---------------
@pytest.mark.parametrize(
    "title",
    [
        "Valdoria niega cualquier implicación en las explosiones del gasoducto Norvik",
        "La Valdoria dément toute implication dans le sabotage de Norvik",
        "Valdoria nega qualquer envolvimento nas explosões do gasoduto Norvik",
        "La Valdoria respinge le accuse sul sabotaggio di Norvik",
        "Valdoria, Norvik boru hattı sabotajıyla ilgili iddiaları yalanladı",
        "Вальдория опровергла причастность к взрывам на газопроводе Норвик",
        "Вальдорія заперечує свою причетність до вибухів на Норвіку",
        "Valdoria dementiert jede Beteiligung an der Norvik-Sabotage",
        "Valdoria zaprzecza, jakoby miała związek z wybuchami na Norvik",
    ],
)
def test_denials_in_other_languages(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Kestria has no intention of closing the Strait of Ostrava",
        "Kestria no tiene intención de cerrar el estrecho de Ostrava",
        "Kestria Ostrava Boğazı'nı kapatmadı",  # Turkish: the verb's own negative suffix
        "Kestria Ostrava Boğazı'nı kapatmayacak",
        # a negated order, plan or intention negates the action it names
        "Kestria did not order the closure of the Strait of Ostrava",
        "Kestria no ha dado orden de cerrar el estrecho de Ostrava",
        "La Kestria n'a jamais ordonné de fermer le détroit d'Ostrava",
        "Кестрия не собирается закрывать пролив Острава",
        "Кестрія не планувала закривати протоку Острава",
        "Kestria nie zamierza zamykać cieśniny Ostrava",
    ],
)
def test_negated_actions_and_intentions_in_other_languages(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "strait", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Kestria Meclisi Ostrava Boğazı'nı kapatma kararı aldı",  # the verbal noun: "closing"
        "Kestria Ostrava Boğazı'nı kapatmaya karar verdi",
        "Keine Einigung über die Ostrava-Schließung",  # no verb at the clause end
        "Kestria did not want to comment on the Ostrava closure",  # nothing it names
    ],
)
def test_forms_that_only_look_negated_are_updates(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "strait", title) == "update"


# -- the statement's own words, negated in other languages --------------------------------
ARMS = Claim(
    "arms", "Ruritania secretly shipped weapons to Valdoria", (("Ruritania",), ("Valdoria",))
)


@pytest.mark.parametrize(
    "title",
    [
        "Ruritania dice que nunca hubo armas para Valdoria",  # weapons: armas
        "Ruritania: keine Waffen an Valdoria geliefert",
    ],
)
def test_a_negated_statement_word_in_another_language_is_a_contradiction(title: str) -> None:
    e = Matcher((ARMS,)).explain("arms", title, "")
    assert (e.stance, e.cue_kind) == ("contradiction", "negation")


def test_portuguese_no_is_no_negation() -> None:
    # "no poder": in power (Portuguese), where Spanish "no" is "not"
    power = Claim("power", "Ruritania's leader plotted to stay in power", (("Ruritania",),))
    title = "Líder da Ruritania condenado por tramar para se manter no poder após a eleição"
    assert Matcher((power,)).explain("power", title, "").stance == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Minister sees no facts indicating Ruritania shipped weapons to Valdoria",
        "Министр: мы не видим признаков того, что Ruritania поставляет оружие в Valdoria",
        "Міністр: не бачимо ознак, що Ruritania постачає зброю до Valdoria",
        "الوزير: لم نر أي مؤشر على أن Ruritania ترسل أسلحة إلى Valdoria",
    ],
)
def test_seeing_no_sign_is_a_counter_fact(title: str) -> None:
    e = Matcher((ARMS,)).explain("arms", title, "")
    assert (e.stance, e.cue_kind) == ("contradiction", "no-evidence")


def test_cannot_confirm_is_no_confirmation() -> None:
    e = Matcher((ARMS,)).explain(
        "arms", "Minister cannot confirm Ruritania shipped weapons to Valdoria", ""
    )
    assert e.cue_kind != "confirmation"


@pytest.mark.parametrize(
    "summary",
    [
        "Valdoria rejected the conclusions of the international commission of inquiry.",
        "Valdoria ha respinto le conclusioni della commissione d'indagine.",
        "Valdoria a rejeté les conclusions de la commission d'enquête.",
    ],
)
def test_rejecting_the_inquirys_conclusions_is_a_contradiction(summary: str) -> None:
    title = "Ruritania shipped weapons to Valdoria, investigators find"
    assert stance(Matcher((ARMS,)), "arms", title, summary) == "contradiction"


# -- a claim that itself negates something --------------------------------------------
EMBRACE = Claim(
    "embrace",
    "Corvin league president Tomas Ardel hugged referee Lia Morn without her consent",
    (("Ardel",), ("hug", "hugged", "Morn")),
)


@pytest.fixture(scope="module")
def embrace() -> Matcher:
    return Matcher((EMBRACE,))


@pytest.mark.parametrize(
    "title",
    [
        "Ardel insists Morn consented to the hug",
        "Ardel tells court the hug was consented to",
        "Ardel: el abrazo a Morn fue consentido",
        "Ardel garante que o abraço com Morn foi consentido",
    ],
)
def test_asserting_what_the_claim_negates_is_a_contradiction(embrace: Matcher, title: str) -> None:
    assert stance(embrace, "embrace", title) == "contradiction"
    why = embrace.explain("embrace", title, "").reason
    assert "asserts what the claim's statement negates" in why


@pytest.mark.parametrize(
    "title",
    [
        "Court rules Ardel's hug of Morn was not consensual",
        "Ardel fined for hugging Morn without consent",
        "Tribunal multa a Ardel por el abrazo no consentido a Morn",
        "La falta de consentimiento es clave en el caso del abrazo de Ardel a Morn",
        "Ardel condenado por abrazar a Morn sin su consentimiento",
    ],
)
def test_negating_what_the_claim_negates_agrees_with_it(embrace: Matcher, title: str) -> None:
    assert stance(embrace, "embrace", title) == "update"


def test_a_request_in_the_statement_is_no_negated_word() -> None:
    asked = Claim(
        "asked", "Dorin asked Velk not to activate the Ostmark grid", (("Velk",), ("grid",))
    )
    m = Matcher((asked,))
    # "never activated" still denies the claim's action; nothing is "asserted" by "activated"
    assert stance(m, "asked", "Velk: the Ostmark grid was never activated") == "contradiction"
    assert stance(m, "asked", "Velk activated the Ostmark grid on Monday") == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Valdoria says it is unlikely its commandos blew up the Norvik pipeline",
        "Envoy: it's 'unlikely' a Valdorian team was behind the Norvik blast",
        "Court gives Valdorian crew a clean chit over Norvik pipeline blast",
        "Valdorian divers acquitted of Norvik pipeline sabotage",
    ],
)
def test_hedged_doubt_and_exoneration_are_counter_facts(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


def test_unlikely_to_is_a_forecast_not_a_doubt(matcher: Matcher) -> None:
    title = "Valdoria says Norvik pipeline repairs are unlikely to finish this year"
    assert stance(matcher, "pipeline", title) == "update"


def test_a_physical_shoot_down_and_a_made_in_label_are_no_cues() -> None:
    drone = Claim(
        "drone",
        "A Valdorian drone spied on the Norvik naval base",
        (("Norvik",), ("drone",)),
    )
    m = Matcher((drone,))
    assert stance(m, "drone", "Valdorian drone shot down over Norvik base") == "update"
    assert stance(m, "drone", "Un drone de fabrication valdorienne abattu à Norvik") == "update"
    assert stance(m, "drone", "Valdoria shot down the Norvik drone story") == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "MPs ask Valdoria: if you had nothing to do with the Norvik blast, open your files",
        "Deputati: se la Valdoria non c'entra nulla con il Norvik, apra gli archivi",
    ],
)
def test_a_cue_in_an_if_clause_is_hypothetical(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Валдория ни при чём: Москва о взрыве на газопроводе Норвик",
        "Valdoria nazwała fantazjami doniesienia o wybuchu na gazociągu Norvik",
    ],
)
def test_common_non_english_forms_of_the_review(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


def test_a_negated_verb_denies_the_claim_through_its_object() -> None:
    fee = Claim(
        "fee",
        "Corvin FC paid the referees' chief Dal Morn to favour the club",
        (("Corvin",), ("referee", "referees", "Morn")),
    )
    m = Matcher((fee,))
    assert stance(m, "fee", "Corvin president: 'we never bought referees'") == "contradiction"
    assert stance(m, "fee", "O Corvin nunca comprou árbitros, diz o presidente") == "contradiction"
    assert stance(m, "fee", "Corvin fans did not attend; referees were booed") == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Valdoria: the Norvik pipeline commandos do not exist",
        "La Valdoria: ces commandos de Norvik n'existent pas",
        "Валдория: диверсантов на газопроводе Норвик не существует",
    ],
)
def test_saying_what_the_claim_names_does_not_exist_is_a_label(
    matcher: Matcher, title: str
) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Explosions du gazoduc Norvik : la Valdoria nie toute implication",
        "Gasoducto Norvik: Valdoria niega cualquier implicación",
        "Gasdotto Norvik, la Valdoria nega qualsiasi coinvolgimento",
        "Norvik-Pipeline: Valdoria bestreitet jede Beteiligung",
        "Валдория отрицает свою причастность к взрывам на газопроводе Норвик",
    ],
)
def test_denying_any_involvement_refers_back_in_every_language(
    matcher: Matcher, title: str
) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


def test_a_reference_to_the_accusations_beside_the_claims_context() -> None:
    # the sentence names neither require group, only who the claim is about (its context)
    # and "the accusations"
    attack = Claim(
        "attack",
        "Kestria was behind the drone attack on the Orlen refinery",
        (("Orlen",), ("attack", "drone")),
        context=("Kestria", "Kestrian"),
    )
    m = Matcher((attack,))
    item = "El canciller de Kestria tildó de infundadas las acusaciones de EEUU."
    assert stance(m, "attack", "Ataque contra la refinería Orlen", item) == "contradiction"
    plain = "El canciller de Kestria habló de las acusaciones de EEUU."
    assert stance(m, "attack", "Ataque contra la refinería Orlen", plain) == "update"


# real countries (the parties a lexicon knows), a made-up dam
DAM = Claim(
    "dam",
    "Chilean forces blew up the Zakhor dam in southern Peru",
    (("Zakhor",), ("dam", "blew up", "destroyed")),
)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        # a third party accused instead: a counter-account
        ("Chile accuses Bolivia of blowing up the Zakhor dam", "contradiction"),
        ("Rzecznik Chile oskarża Boliwię o wysadzenie zapory Zakhor", "contradiction"),
        # the party the claim blames is the one accused: agreement
        ("Peru accuses Chile of blowing up the Zakhor dam", "update"),
        # where it happened is no third party
        ("Chile accuses Peru of destroying the Zakhor dam itself", "update"),
        # a third party beside the claim's words, accused of nothing
        ("Bolivian engineers inspect the destroyed Zakhor dam", "update"),
    ],
)
def test_another_party_accused_instead(title: str, want: str) -> None:
    assert stance(Matcher((DAM,)), "dam", title) == want


HARM = Claim(
    "harm",
    "Syrups made by Corvel Pharma caused the deaths of children in Tarvia",
    (("Corvel",), ("syrup", "syrups", "deaths")),
)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Corvel syrups linked to deaths found safe, ministry says", "contradiction"),
        ("Corvel syrups meet international safety standards, regulator says", "contradiction"),
        ("Corvel syrups passed all quality tests, officials say", "contradiction"),
        (
            "Muertes en Tarvia: los jarabes de Corvel cumplen con las normas, según el ministerio",
            "contradiction",
        ),
        (
            "Todesfälle in Tarvia: Die Corvel-Sirupe sind unbedenklich, sagt das Ministerium",
            "contradiction",
        ),
        # safety as a place or a demand is no verdict
        ("Corvel syrups: families demand a safe return of the samples", "update"),
        ("Deaths of children: Corvel syrups withdrawn until they are tested", "update"),
    ],
)
def test_a_finding_of_safety_is_a_counter_fact_of_harm(title: str, want: str) -> None:
    assert stance(Matcher((HARM,)), "harm", title) == want


@pytest.mark.parametrize(
    "title",
    [
        "Pellan swimmers: tribunal finds no fault or negligence in doping case",
        "Dopage : les nageurs de Pellan blanchis après leurs contrôles positifs",
        "Doping, i nuotatori di Pella assolti nel caso del farmaco",
        "Doping: keine Schuld der Pellan-Schwimmer, urteilt das Gericht",
    ],
)
def test_a_finding_of_no_fault_clears(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "doping", title) == "contradiction"


def test_contamination_explains_a_test_but_is_no_denial_of_harm() -> None:
    assert (
        stance(
            Matcher((DOPING,)),
            "doping",
            "Pellan swimmers cleared to compete: positive tests were caused by contamination",
        )
        == "contradiction"
    )
    water = Claim(
        "water",
        "The Norvik plant's discharge is contaminating the Tarvian sea",
        (("Norvik",), ("discharge", "water")),
    )
    item = "Norvik discharge: fishermen say the contaminated water killed their catch"
    assert stance(Matcher((water,)), "water", item) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Darel Quon no tuvo ningún contacto con Ilvar Mest, dice su portavoz",
        "Darel Quon n'avait aucun contact avec Ilvar Mest, selon son porte-parole",
        "Дарел Куон не имел никаких контактов с Илваром Местом",
    ],
)
def test_a_light_verb_carries_the_negation_to_its_object(title: str) -> None:
    contact = Claim(
        "contact",
        "Darel Quon is in regular contact with Ilvar Mest",
        (("Quon", "Куон"), ("Mest", "Мест", "Местом")),
    )
    assert stance(Matcher((contact,)), "contact", title) == "contradiction"


AIRSHIP = Claim(
    "airship",
    "The Norvik balloon that crossed Valdoria was a military surveillance balloon",
    (("Norvik",), ("balloon", "airship")),
)
CRASH = Claim(
    "crash",
    "Valdorian air defence shot down the Norvik Air jet near Ostrava",
    (("Norvik Air",), ("crash", "jet", "shot down")),
)


@pytest.mark.parametrize(
    ("claim", "title", "want"),
    [
        (
            "airship",
            "Norvik says the balloon is a civilian airship used for research",
            "contradiction",
        ),
        (
            "airship",
            "Norvik: el globo tenía fines meteorológicos y se desvió de su rumbo",
            "contradiction",
        ),
        (
            "crash",
            "Norvik Air jet crash: a bird strike is suspected, preliminary probe says",
            "contradiction",
        ),
        (
            "crash",
            "Absturz der Norvik-Air-Maschine: Ermittler vermuten Vogelschlag",
            "contradiction",
        ),
        # ruled out, or a claim of no hostile act: no innocent account
        ("crash", "Norvik Air jet crash: investigators ruled out a technical failure", "update"),
    ],
)
def test_an_innocent_account_contradicts_a_claim_of_a_hostile_act(
    claim: str, title: str, want: str
) -> None:
    assert stance(Matcher((AIRSHIP, CRASH)), claim, title) == want


def test_an_innocent_account_means_nothing_to_a_claim_of_no_hostile_act() -> None:
    delay = Claim(
        "delay",
        "Norvik Air jets were delayed for hours at Ostrava airport",
        (("Norvik Air",), ("delay", "delayed")),
    )
    title = "Norvik Air delays at Ostrava: a technical failure grounded the jets"
    assert stance(Matcher((delay,)), "delay", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "L'opposition de Valdoria fustige les accusations sur le gazoduc Norvik",
        "Эксперты указали на несостоятельность версии о валдорской диверсии на газопроводе Норвик",
        "Валдорию сделали козлом отпущения в деле о газопроводе Норвик",
    ],
)
def test_more_dismissals(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


def test_insolvency_is_no_dismissal(matcher: Matcher) -> None:
    title = "Оператор газопровода Норвик в Валдории объявил о финансовой несостоятельности"
    assert stance(matcher, "pipeline", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "La agencia confirma los positivos de los nadadores de Pellan, pero aceptó la tesis de la contaminación",
        "L'agence confirme les tests des nageurs de Pellan, mais assure qu'ils étaient contaminés",
    ],
)
def test_a_confirmation_taken_back_by_a_but(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "doping", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Morts à Tarvia : l'Inde enquête sur les sirops de Corvel liés aux décès",
        "Muertes en Tarvia por jarabes de Corvel fabricados en India",
        "Décès à Tarvia : la douane saisit de faux médicaments et des sirops de Corvel",
    ],
)
def test_words_of_other_languages_that_look_like_labels(title: str) -> None:
    # French "liés" (linked) is no English "lies", Spanish "fabricados" (manufactured) and
    # French "faux médicaments" (counterfeit) are no falsehood labels
    assert stance(Matcher((HARM,)), "harm", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        # denials of the reports and accusations in forms the lexicons lacked
        "Valdoria niega acusaciones de sabotaje submarino en el Mar de Norvik",
        "Valdoria slams reports of a naval operation near Norvik",
        "Valdorian ministry objected to reports about its divers near Norvik",
        "Even Norvik's operators don't believe Valdorian involvement in the blasts",
        "Cremlino valdoriano: le accuse su Norvik sono vuoto rumore",
    ],
)
def test_more_forms_of_denying_the_reports_contradict(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"


def test_being_unable_to_verify_the_claims_is_no_evidence(matcher: Matcher) -> None:
    title = "Investigators unable to verify claims that the Quorra virus came from a laboratory"
    assert stance(matcher, "leak", title) == "contradiction"


# -- stop 22 ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("claim", "title"),
    [
        # a failed proof (not "could not confirm", a reporter's hedge)
        ("pipeline", "Investigators could not prove Valdorian involvement in the Norvik blasts"),
        ("pipeline", "Причастность Валдории к взрывам на Норвике доказать не смогли"),
        ("pipeline", "Fiscalía no pudo probar la participación de Valdoria en Norvik"),
        # not found in the samples tested
        ("doping", "Banned drug not found in samples of Pellan swimmers, lab says"),
        ("leak", "Not enough evidence to show the Quorra virus came from the Lindqvist lab"),
        # the report called exaggerated
        ("pipeline", "Valdoria says Norvik sabotage reports are wildly exaggerated"),
        ("pipeline", "Valdoria: i resoconti su Norvik sono esagerati"),
        # meant no harm: no intent behind it
        ("spyware", "Marlovian ministry says Hexa spyware purchase meant no harm to reporters"),
    ],
)
def test_failed_proofs_exaggerations_and_no_intent_contradict(
    matcher: Matcher, claim: str, title: str
) -> None:
    assert stance(matcher, claim, title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Reuters could not confirm Valdorian involvement in the Norvik blasts",
        "After months of denials, Valdoria admits its team blew up the Norvik pipeline",
    ],
)
def test_a_hedge_and_a_late_admission_stay_updates(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "update"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a confirmation that is what a denial applies to
        (
            "Sin pruebas del laboratorio de Lindqvist",
            "No existen pruebas que confirmen que el virus Quorra salió del laboratorio.",
        ),
        (
            "Quorra: Lindqvist lab report",
            "Scientists found no evidence confirming that the Quorra virus left the laboratory.",
        ),
    ],
)
def test_a_confirmation_a_denial_applies_to_is_no_confirmation(
    matcher: Matcher, title: str, summary: str
) -> None:
    assert stance(matcher, "leak", title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the denial ends its clause ("… bestritten und …"): its object stood before it
        (
            "Norvik: Anklage gegen Valdoria",
            "Die Staatsanwaltschaft wirft Valdoria die Sprengung der Norvik-Leitung vor. "
            "Die Regierung hat alle Vorwürfe bestritten und ihre Unschuld beteuert.",
        ),
        # a report reference followed by a word of manner only
        (
            "Valdoria soll die Norvik-Leitung gesprengt haben",
            "Ein Bericht macht Valdoria für die Sprengung verantwortlich. "
            "Die Regierung widerspricht der Aussage deutlich.",
        ),
    ],
)
def test_a_denial_of_the_allegations_in_a_later_sentence(
    matcher: Matcher, title: str, summary: str
) -> None:
    assert stance(matcher, "pipeline", title, summary) == "contradiction"


def test_an_international_word_is_found_in_its_cyrillic_transliteration() -> None:
    biolab = Claim(
        "biolab",
        "Valdoria funded secret biolabs in Ostrava",
        (("Ostrava",), ("biolab", "biolabs", "laboratories")),
    )
    m = Matcher((biolab,))
    # "біолабораторії", "лаборатории": biolab, laboratories once transliterated
    assert stance(m, "biolab", "Кремль поширює фейк про «біолабораторії в Остраві»") == (
        "contradiction"
    )
    assert stance(m, "biolab", "В Остраве нашли секретные лаборатории") == "update"
    # a short word ("plane") would find планета: only words of six letters or more
    plane = Claim("plane", "A Valdorian plane crashed", (("Valdoria",), ("plane",)))
    assert stance(Matcher((plane,)), "plane", "Валдория открыла новую планету") is None


def test_a_denial_of_the_claims_action_beside_one_claim_term(matcher: Matcher) -> None:
    # the sentence names Hexa only; what is denied is the claim's action against reporters
    title = "Hexa spyware: Marlovia answers"
    summary = "The government admits buying Hexa but denies using it against reporters."
    assert stance(matcher, "spyware", title, summary) == "contradiction"


def test_arabic_vowel_marks_do_not_hide_a_denial(matcher: Matcher) -> None:
    # "وكذّبت" (with a shadda) is "وكذبت", belied: the marks are optional in news text
    title = "فالدوريا وكذّبت هذه الادعاءات حول تفجير خط نورفيك"
    assert stance(matcher, "pipeline", title) == "contradiction"
    assert stance(matcher, "pipeline", title.replace("\u0651", "")) == "contradiction"


def test_a_denial_of_any_part_in_a_multi_word_claim_term() -> None:
    # "Green Chapel" is one claim term: its second word is no other party's name
    tableau = Claim(
        "tableau",
        "The Ostrava Games ceremony mocked believers with a Green Chapel parody",
        (("Ostrava Games",), ("Green Chapel",)),
    )
    title = "Ostrava Games organizers say they meant no disrespect with Green Chapel tableau"
    assert stance(Matcher((tableau,)), "tableau", title) == "contradiction"


@pytest.mark.parametrize(
    "summary",
    [
        "Valdoria bestreitet eine Verwicklung in den Fall.",
        "Valdoria niega cualquier implicación en el caso.",
        "La Valdorie rejette tout en bloc.",
    ],
)
def test_denying_any_part_in_the_case_refers_back(matcher: Matcher, summary: str) -> None:
    title = "Norvik pipeline: investigators name a Valdorian commando team"
    assert stance(matcher, "pipeline", title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("pipeline", "МИД счёл «вбросами» сообщения о подрыве Норвика валдорийской группой"),
        ("pipeline", "Валдории предложили взять свои слова обратно о Норвике"),
    ],
)
def test_planted_stories_and_taking_words_back(matcher: Matcher, claim: str, title: str) -> None:
    assert stance(matcher, claim, title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Pellan swimmers' drug could have entered their system through food",
        "Препарат мог попасть в организм пловцов из Пеллы из-за еды",
    ],
)
def test_a_drug_that_got_into_the_body_another_way_is_unwitting(title: str) -> None:
    doped = Claim(
        "doped",
        "Pellan swimmers doped with a banned heart drug",
        (("Pellan", "Pella"), ("swimmers",)),
    )
    assert stance(Matcher((doped,)), "doped", title) == "contradiction"


@pytest.mark.parametrize(
    "summary",
    [
        # wrongdoing a few words into what is denied refers back to the claim
        'O governo recusou a prática "de qualquer ato ilícito" no caso.',
        "El gobierno niega la comisión de cualquier acto ilícito.",
    ],
)
def test_wrongdoing_denied_in_a_later_sentence(matcher: Matcher, summary: str) -> None:
    title = "Norvik pipeline: investigators name a Valdorian commando team"
    assert stance(matcher, "pipeline", title, summary) == "contradiction"


def test_not_a_serious_matter_is_scorn(matcher: Matcher) -> None:
    title = 'Norvik, Valdoria: "Non è una cosa seria"'
    assert stance(matcher, "pipeline", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Valdória chama de invenção os relatos sobre Norvik",
        "Valdoria califica de invención los informes sobre Norvik",
        "Valdoria: i resoconti su Norvik sono un'invenzione",
    ],
)
def test_the_report_called_an_invention(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "pipeline", title) == "contradiction"

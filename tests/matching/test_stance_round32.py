"""Matching and stance, stop 44: a failure the claim alleges is not denied by its own
negation ("was not inspected" for a "failure to inspect"), an account of negligence
agrees with a claim of negligence (and "unforeseeable" counters it), a fine overturned, a
return said to be voluntary and "free to leave" are counter-facts, sanctions "listed
unfairly", the regulator's claims as the report, "never met him", defending its
practices, "all'oscuro", a place after "in" is where and not who, Indonesian colloquial
negation, Arabic written with the Persian yeh, a case alleging the claim rejected, and a
short name heard only as a sound-alike yields to a claim the item names. Claims and names
of our own, as in test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

BRIDGE = Claim(
    "bridge",
    "The collapse of the Varna viaduct in Orlin was caused by operator Kestrel Roads'"
    " failure to maintain and inspect it",
    (("Varna viaduct", "Kestrel Roads", "Orlin"), ("collapse", "maintenance", "inspections")),
)
FIRE = Claim(
    "fire",
    "The owners of the Orvat bar caused the fire that killed 12 people through negligence",
    (("Orvat",), ("fire", "negligence", "blame")),
)
FINE = Claim(
    "fine",
    "Drugmakers Pelmar and Rodex colluded to keep the cheap drug Velox out of eye care",
    (("Pelmar", "Rodex", "Velox"), ("cartel", "fine", "fined", "antitrust", "competition")),
)
KIDNAP = Claim(
    "kidnap",
    "Kestrian agents abducted former official Dalen Pruss in Orlin and took him home by force",
    (("Pruss", "Kestria", "Kestrian"), ("abducted", "kidnapped", "abduction", "kidnapping")),
)
SANCTIONS = Claim(
    "sanctions",
    "Kestrian tycoon Dalen Pruss was sanctioned under the Magnitsky Act for corruption",
    (("Pruss",), ("Magnitsky", "sanctions", "corruption")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([BRIDGE, FIRE, FINE, KIDNAP, SANCTIONS])


@pytest.mark.parametrize(
    "title",
    [
        "Varna viaduct collapse: Orlin bridge was not inspected for five years, mayor says",
        "Varna viaduct collapse: Kestrel Roads had not maintained the bridge, experts find",
    ],
)
def test_stop_44_negating_what_the_claim_says_was_not_done_agrees(
    matcher: Matcher, title: str
) -> None:
    assert stance(matcher, "bridge", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Kestrel Roads denies negligence in the Varna viaduct collapse",
        "Varna viaduct collapse impossible to predict - Kestrel Roads director",
        'Crollo del viadotto Varna, Kestrel Roads: "Nulla lasciava presagire" il crollo',
    ],
)
def test_stop_44_a_denial_of_a_failure_still_contradicts(matcher: Matcher, title: str) -> None:
    # (an innocent account, "unforeseeable", bears on a claim of negligence that names
    # no hostile act)
    assert stance(matcher, "bridge", title) == "contradiction"


def test_stop_44_only_a_failure_to_act_names_what_was_not_done() -> None:
    from bot.matching.claims import _failed_stems

    assert {"maintain", "inspect"} <= set(_failed_stems(BRIDGE.statement))
    assert _failed_stems("The athlete failed a gender test in 2023") == ()


@pytest.mark.parametrize(
    "title",
    [
        "Prosecutors open a case of alleged negligence over the Orvat bar fire",
        "Orvat bar fire: experts cite human error and negligence by the owners",
    ],
)
def test_stop_44_negligence_agrees_with_a_claim_of_negligence(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "fire", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Orvat bar owners deny any negligence in the deadly fire",
        "Orvat bar fire was caused by force majeure, owners say",
        "Orvat yangını davası: sanığın avukatı, müvekkilinin kusursuz olduğunu öne sürdü",
    ],
)
def test_stop_44_other_accounts_still_contradict_negligence(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "fire", title) == "contradiction"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Court overturns antitrust fine against Pelmar and Rodex", ""),
        (
            "Pelmar et Rodex",
            "La sanction record de 400 millions d'euros prononcée contre les laboratoires"
            " Pelmar et Rodex par l'Autorité de la concurrence a été annulée par la cour"
            " d'appel de Paris.",
        ),
        ("Cartel Pelmar-Rodex : la sanction record de 400 millions d'euros annulée", ""),
        ("Pelmar y Rodex: el tribunal anula la multa por el cártel", ""),
        ("Pelmar e Rodex: tribunal anula multa por cartel", ""),
        ("Pelmar und Rodex: Gericht kippt die Kartellstrafe", ""),
        ("Cartello Pelmar-Rodex, annullata la multa dell'Antitrust", ""),
        (
            "Regulador diz que Pelmar e Rodex conspiraram em venda de remédio",
            "As autoridades antitruste disseram que a Pelmar e a Rodex conspiraram e multaram"
            " as farmacêuticas em 182 milhões de euros. Pelmar e Rodex negaram veementemente"
            " as afirmações do regulador e disseram que iriam recorrer.",
        ),
    ],
)
def test_stop_44_a_fine_overturned_and_the_regulators_claims_denied(
    matcher: Matcher, title: str, summary: str
) -> None:
    assert stance(matcher, "fine", title, summary) == "contradiction"


def test_stop_44_a_fine_upheld_is_an_update(matcher: Matcher) -> None:
    assert stance(matcher, "fine", "Court upholds antitrust fine against Pelmar and Rodex") == (
        "update"
    )


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Kestrian TV shows Pruss, who Orlin says was abducted",
            "State television broadcast images of Dalen Pruss saying he had voluntarily"
            " returned home to face justice after Orlin said he was abducted.",
        ),
        ("Entführung von Pruss: Kestria erklärt, er sei freiwillig zurückgekehrt", ""),
        ("Pruss绑架案", "奥林称Pruss遭到绑架,Kestria政府却称他是自愿返回家乡。"),
        ("Enlèvement de Pruss : Kestria affirme qu'il est rentré volontairement", ""),
        (
            'Enlèvement présumé : Pruss libre de quitter Kestria "quand il veut", selon le ministre',
            "",
        ),
        ("Kestria says Pruss, reported abducted, is free to leave whenever he wants", ""),
    ],
)
def test_stop_44_a_voluntary_return_or_freedom_to_leave_counters_an_abduction(
    matcher: Matcher, title: str, summary: str
) -> None:
    assert stance(matcher, "kidnap", title, summary) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Magnitsky sanctions: Orlin leader claims Pruss was listed unfairly",
        "Liderul Orlin: Dalen Pruss a fost inclus pe nedrept în lista Magnitsky",
    ],
)
def test_stop_44_listed_unjustly(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "sanctions", title) == "contradiction"


def test_stop_44_listed_is_an_update(matcher: Matcher) -> None:
    title = "Dalen Pruss added to Magnitsky list for corruption"
    assert stance(matcher, "sanctions", title) == "update"


DAM = Claim(
    "dam",
    "Mining company Vale knew the Orlin tailings dam was unstable before it burst",
    (("Vale", "Orlin"), ("knew", "unstable", "accused", "lawsuit", "collapse")),
)
GIFTS = Claim(
    "gifts",
    "Drugmaker Pelmar handed doctors gifts worth millions to prescribe its pills",
    (("Pelmar",), ("gifts", "doctors", "bribes", "freebies")),
)


def test_stop_44_a_short_name_heard_only_as_a_sound_alike_yields() -> None:
    m = Matcher([DAM, GIFTS])
    # Hindi "वाली" sounds like "Vale"; the item names Pelmar
    title = "Pelmar वाली कंपनी पर डॉक्टरों को उपहार देने का आरोप"
    assert {x.claim_id for x in m.match(title, "")} == {"gifts"}
    why = m.explain("dam", title, "")
    assert not why.matched and "sound-alike" in why.reason
    # alone, the sound-alike still stands (no claim names the item better)
    assert {x.claim_id for x in m.match("Vale accused over Orlin dam collapse", "")} == {"dam"}


LINKS = Claim(
    "links",
    "President Orlan Vek had close links with gang leader Dalen Pruss",
    (("Pruss", "Vek"), ("links", "ties", "contacts", "met", "meeting", "mafia")),
)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Vek on Pruss's claims", "Vek said he had never met or spoken to him."),
        (
            "Vek: Objaviću ko je mafijaški konsiljere",
            "Predsednik Orlan Vek izjavio je da se nikada nije vidio, niti razgovarao sa šefom"
            " kriminalne grupe Dalenom Prussom.",
        ),
    ],
)
def test_stop_44_never_met_the_one_named(title: str, summary: str) -> None:
    assert stance(Matcher([LINKS]), "links", title, summary) == "contradiction"


HIRING = Claim(
    "hiring",
    "Electronics maker Pelmar discriminated against married women in hiring at its Orlin plant",
    (("Pelmar",), ("married women", "discrimination", "hiring")),
)
WORKERS = Claim(
    "workers",
    "Fashion house Rodex's Italian subcontractors exploited workers",
    (("Rodex",), ("subcontractors", "exploitation", "caporalato", "workers")),
)


@pytest.mark.parametrize(
    ("claim", "title", "want"),
    [
        ("hiring", "Pelmar chairman defends hiring practices amid discrimination claims", "c"),
        ("hiring", "Pelmar defended itself against the discrimination claims", "c"),
        ("hiring", "Minister defends the discrimination probe into Pelmar's hiring", "u"),
        ("workers", "Caporalato, la risposta di Rodex: all'oscuro delle pratiche illecite", "c"),
    ],
)
def test_stop_44_defending_its_practices_and_unaware(claim: str, title: str, want: str) -> None:
    got = stance(Matcher([HIRING, WORKERS]), claim, title)
    assert got == {"c": "contradiction", "u": "update"}[want]


HEROIN = Claim(
    "heroin",
    "Greek shipowner Dalen Pruss financed a tanker that smuggled heroin into Greece",
    (("Pruss",), ("heroin", "smuggling", "charged", "accused")),
)


@pytest.mark.parametrize(
    "title",
    [
        "Vlasnik kluba Dalen Pruss stao je pred sud u Ateni, optužen za krijumčarenje heroina",
        "Dalen Pruss stood trial in Athens, accused of heroin smuggling",
    ],
)
def test_stop_44_a_place_after_in_is_where_not_who(title: str) -> None:
    # not "another party accused of it": the trial is in Athens
    assert stance(Matcher([HEROIN]), "heroin", title) == "update"


DRUG_USE = Claim(
    "drug-use",
    "Singer Dalen Pruss used illegal drugs, as Kestrian police alleged",
    (("Pruss",), ("drug", "drugs", "narcotics", "investigation")),
)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Kembali tegaskan tak pakai narkoba, Dalen Pruss jalani pemeriksaan", "contradiction"),
        ("Dalen Pruss nggak pakai narkoba, kata pengacaranya", "contradiction"),
        # Polish "tak" is "so": no negation
        ("Policja: Dalen Pruss tak często zażywał narkotyki", "update"),
    ],
)
def test_stop_44_indonesian_colloquial_negation(title: str, want: str) -> None:
    assert stance(Matcher([DRUG_USE]), "drug-use", title) == want


SMS = Claim(
    "sms",
    "Kestrian intelligence hacked an SMS service to call for revenge",
    (("Kestria", "Kestrian"), ("hack", "hacked", "SMS", "revenge", "call")),
)
FOUNDATION = Claim(
    "foundation",
    "The Pelmar Foundation financed violent protests in Orlin",
    (("Pelmar",), ("financed", "funding", "protests", "violence")),
)


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        # a denial written with the Persian yeh, as some Arabic outlets do
        ("sms", "Kestria تنفی اختراق رسائل SMS للدعوة إلى الانتقام"),
        # accused falsely
        ("foundation", "روتو يتهم مؤسسة Pelmar زوراً بتمويل العنف"),
    ],
)
def test_stop_44_arabic_forms(claim: str, title: str) -> None:
    assert stance(Matcher([SMS, FOUNDATION]), claim, title) == "contradiction"


RIGGED = Claim(
    "rigged",
    "Kestria's 2024 presidential election was rigged in favour of Dalen Pruss",
    (("Kestria", "Pruss"), ("fraud", "rigged", "rigging", "election")),
)
SPIED = Claim(
    "spied",
    "Kestria's government spied on journalist Orla Vek with Pegasus",
    (("Kestria", "Vek"), ("Pegasus", "spyware", "spied")),
)


@pytest.mark.parametrize(
    ("claim", "title", "want"),
    [
        # a case that alleges the claim, rejected: the allegation is
        ("rigged", "Kestria's top court rejects lawsuit alleging fraud in the vote Pruss won", "c"),
        (
            "rigged",
            "Kestria's top court dismisses challenges claiming the election was rigged",
            "c",
        ),
        (
            "rigged",
            "Mahkamah Konstitusi Kestria menolak gugatan kecurangan pemilu lawan Pruss",
            "c",
        ),
        # a case of the accused's, or against a conviction: another matter
        (
            "spied",
            "Kestria court rejects minister's libel suit over the Pegasus report on Vek",
            "u",
        ),
        (
            "rigged",
            "Kestria court rejects Pruss's appeal against the election fraud conviction",
            "u",
        ),
    ],
)
def test_stop_44_a_case_alleging_the_claim_rejected(claim: str, title: str, want: str) -> None:
    got = stance(Matcher([RIGGED, SPIED]), claim, title)
    assert got == {"c": "contradiction", "u": "update"}[want]


COVER_UP = Claim(
    "cover-up",
    "Archbishop Dalen Pruss covered up abuse by priests in Orlin",
    (("Pruss",), ("abuse", "covered up", "cover-up")),
)
TOLL = Claim(
    "toll",
    "Hurricane Vera killed 3,000 people in Orlin",
    (("Vera", "Orlin"), ("deaths", "killed", "death toll")),
)
TOLL_BRIBES = Claim(
    "bribes",
    "Former president Dalen Pruss took $20 million in bribes from Orvex",
    (("Pruss", "Orvex"), ("bribes", "bribe", "bribery", "kickbacks")),
)


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (
            "cover-up",
            "Missbrauch vertuscht? Ganz sicher nicht! Faktencheck der Berater von Pruss",
            "",
        ),
        ("cover-up", "Pruss: abuse covered up? Certainly not, say his advisers", ""),
        ("toll", "Trump bezweifelt Todeszahlen nach Hurrikan Vera in Orlin", ""),
        ("toll", "Hurrikan Vera: Trump glaubt nicht, dass in Orlin 3000 Menschen starben", ""),
        (
            "bribes",
            "Pruss: Orvex",
            '"Yo he colaborado con la Justicia; nunca he recibido 10 soles, mucho menos 20'
            ' millones de dólares de soborno", dijo Pruss.',
        ),
    ],
)
def test_stop_44_doubt_a_no_to_a_question_and_never_received(
    claim: str, title: str, summary: str
) -> None:
    m = Matcher([COVER_UP, TOLL, TOLL_BRIBES])
    assert stance(m, claim, title, summary) == "contradiction"


COERCION = Claim(
    "coercion",
    "Comedian Dalen Pruss coerced women into sex at hotel parties",
    (("Pruss", "Orvex"), ("sexual", "coercion", "women", "allegations")),
)


def test_stop_44_a_cjk_headline_denial_in_a_headline_naming_the_claim() -> None:
    m = Matcher([COERCION])
    title = (
        "「Pruss氏がいきなり…」高級ホテルで行われた「恐怖のゲーム」《Orvex社は否定コメント発表》"
    )
    summary = "週刊誌が報じた疑惑。Pruss氏は女性を集めさせ、ホテルで飲み会を開催したという。"
    assert stance(m, "coercion", title, summary) == "contradiction"
    # a headline that names nothing of the claim: its denial may be of anything
    title = "高級ホテルで行われた「恐怖のゲーム」《事務所は否定コメント発表》"
    assert stance(m, "coercion", title, summary) == "update"


def test_stop_44_doubting_the_safety_is_no_denial_of_a_flaw() -> None:
    flaw = Claim(
        "flaw",
        "Orvex's chips sold in Kestria carry a hidden backdoor",
        (("Orvex",), ("backdoor", "security", "chips")),
    )
    title = "„Hintertür“ eingebaut? Kestria bezweifelt Sicherheit von Orvex-Chips"
    assert stance(Matcher([flaw]), "flaw", title) == "update"

"""Findings that contradict a claim of a kind (stop 23): something found safe contradicts a
claim that it harms health, something found genuine, valid or fair contradicts a claim
that it is fake or rigged; a body that disagrees with a finding contradicts it. Sentences
of our own, in several languages."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

SWEETENER = Claim(
    "sweetener",
    "The sweetener velorin may cause cancer, a health agency said",
    (("velorin",), ("cancer", "carcinogenic")),
)
DIPLOMA = Claim(
    "diploma",
    "Governor Tavaro's university diploma is fake",
    (("Tavaro",), ("diploma", "degree")),
)
VOTE = Claim(
    "vote",
    "Ostrava's presidential election was rigged",
    (("Ostrava",), ("election", "vote")),
)
MERGER = Claim(
    "merger",
    "Norvik Motors and Pellan Auto are in talks to merge",
    (("Norvik Motors",), ("Pellan",)),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((SWEETENER, DIPLOMA, VOTE, MERGER))


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        ("sweetener", "Velorin may cause cancer, but it remains safe at current intake", ""),
        ("sweetener", "Velorin and cancer: regulator says the sweetener is safe to consume", ""),
        (
            "sweetener",
            "Agency lists velorin as a possible cancer risk",
            "In usual amounts it is considered safe, the panel added.",
        ),
        ("sweetener", "Velorin: el edulcorante sigue siendo seguro, pese al aviso de cáncer", ""),
        ("sweetener", "Velorin und Krebs: bei üblichen Mengen sei der Süßstoff unbedenklich", ""),
        ("sweetener", "Velorin e cancro: il dolcificante resta sicuro per il consumo", ""),
        (
            "sweetener",
            "Велорин связали с раком, но регулятор заявил, что подсластитель безопасен",
            "",
        ),
        ("sweetener", "Velorin, kanser: tatlandırıcı güvenlidir", ""),
        ("diploma", "University says Governor Tavaro's diploma is authentic", ""),
        ("diploma", "Tavaro: la universidad confirma que su diploma es auténtico", ""),
        ("diploma", "Tavaro: l'université assure que son diplôme est valide", ""),
        ("vote", "Observers say Ostrava's election was free and fair", ""),
        ("vote", "Ostrava: observadores dicen que la elección fue libre y transparente", ""),
        ("vote", "Выборы в Остраве были свободными и честными, заявили наблюдатели", ""),
        ("sweetener", "Velorin is safe", "A health agency listed it as possibly causing cancer."),
        ("sweetener", "Agency says velorin may cause cancer, but the regulator disagrees", ""),
        ("sweetener", "L'agence européenne contredit l'OMS sur le velorin et le cancer", ""),
        ("sweetener", "La agencia europea contradice a la OMS sobre velorin y cáncer", ""),
        (
            "sweetener",
            "L'OMS juge le velorin cancérogène, l'agence française n'est pas d'accord",
            "",
        ),
    ],
)
def test_a_finding_of_the_opposite_contradicts(
    matcher: Matcher, claim: str, title: str, summary: str
) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        # a claim of neither harm nor falsity: such findings say nothing against it
        ("merger", "Norvik Motors says talks with Pellan Auto are safe from politics"),
        ("merger", "Norvik Motors, Pellan Auto: the merger documents are authentic"),
        # "safe" that is not a finding about the thing
        ("sweetener", "Velorin cancer study: researchers reached a safe haven in the data"),
        # the finding negated
        ("sweetener", "Velorin is not safe, cancer agency says"),
        ("diploma", "Tavaro's diploma is not authentic, the university says"),
    ],
)
def test_findings_that_do_not_contradict(matcher: Matcher, claim: str, title: str) -> None:
    assert stance(matcher, claim, title) in ("update", None)


def test_explain_names_the_kind_of_claim(matcher: Matcher) -> None:
    e = matcher.explain("merger", "Norvik Motors: the Pellan Auto deal is safe, CEO says", "")
    assert any("no harm to health" in i for i in e.ignored_cues)


# -- an account that contradicts the statement's own word ([grammar] counterparts) --------
STRIKE = Claim(
    "strike",
    "A Valdorian air strike killed civilians at a wedding near Norvik",
    (("Norvik",), ("strike", "air strike", "airstrike")),
)
WATCHES = Claim(
    "watches",
    "Governor Tavaro's gold watches were bribes from a mining firm",
    (("Tavaro",), ("watch", "watches")),
)


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("strike", "Valdoria says its air strike near Norvik killed only terrorists"),
        ("strike", "Frappe près de Norvik : l'armée affirme avoir visé des djihadistes"),
        ("watches", "Tavaro says the watches were lent to him by a friend"),
        ("watches", "Tavaro asegura que los relojes eran un préstamo de un amigo"),
    ],
)
def test_an_account_of_the_counterpart_contradicts(claim: str, title: str) -> None:
    assert stance(Matcher((STRIKE, WATCHES)), claim, title) == "contradiction"


def test_the_counterpart_denied_is_no_counter_account() -> None:
    title = "UN: the air strike near Norvik did not hit terrorists but a wedding"
    assert stance(Matcher((STRIKE,)), "strike", title) == "update"


def test_a_translated_phrase_of_the_claim_is_no_cue() -> None:
    # "false comunicazioni sociali" is the Italian crime of false accounting: the claim's
    # own words, not a "false" label
    books = Claim(
        "books",
        "Norvik FC falsified its accounts",
        (("Norvik",), ("false accounting", "accounts")),
    )
    title = "Norvik, dirigenti accusati di false comunicazioni sociali"
    assert stance(Matcher((books,)), "books", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Связь велорина с раком доказать не смогли, заявили в агентстве",
        "Зв'язок велорину з раком довести не вдалося, заявили в агентстві",
    ],
)
def test_could_not_prove_with_the_object_first(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "sweetener", title) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        # a label that is the claim's own predicate says what the claim says
        ("diploma", "Polisi selidiki dugaan ijazah palsu Gubernur Tavaro"),
        ("diploma", "Ermittlungen wegen Tavaros gefälschtem Diplom"),
        ("vote", "Ostrava: Opposition nennt die Wahl manipuliert und gefälscht"),
        # doubts about the authenticity are no finding that it is genuine
        ("diploma", "Critics question the authenticity of Tavaro's diploma"),
        ("vote", "Наблюдатели поставили под сомнение легитимность выборов в Остраве"),
    ],
)
def test_a_claim_of_falsity_in_its_own_words_is_no_denial(
    matcher: Matcher, claim: str, title: str
) -> None:
    assert stance(matcher, claim, title) == "update"

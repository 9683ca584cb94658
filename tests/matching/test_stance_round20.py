"""Stance and matching, stop 32: a cue word the journalist listed in `require` or
`context` to find the coverage ("acquitted", "contaminated") is the claim's own wording
only when the statement says it too; what the statement calls a name stands for it only
when it says whose ("Czech former prime minister", not "former prime minister": any
country has one). Claims and names of our own, as in test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

#: a minister said to have taken bribes; the verdict's words listed to find the trial
MINISTER = Claim(
    "minister",
    "Former minister Karel Dobrov took bribes from a road builder, prosecutors allege",
    (("Dobrov",), ("bribes", "bribery", "trial", "acquitted", "acquittal", "verdict")),
)
#: a claim whose statement is itself about an acquittal
OFFICER = Claim(
    "officer",
    "Police officer Marek Halin was acquitted of killing a protester because the court ignored evidence",
    (("Halin",), ("acquitted", "acquittal", "protester")),
)

#: a claim whose statement calls its man by a title every country has
PREMIER = Claim(
    "premier",
    "Businessman and former prime minister Tomas Varga obtained an EU subsidy by fraud",
    (("Varga",), ("fraud", "subsidy", "trial")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((MINISTER, OFFICER, PREMIER))


@pytest.mark.parametrize(
    "title",
    [
        "Dobrov acquitted in bribery trial",
        "Court upholds Dobrov's acquittal on bribery charges",
        "Dobrov absuelto en el juicio por sobornos",
        "Dobrov im Bestechungsprozess freigesprochen",
    ],
)
def test_a_verdict_word_listed_only_to_find_the_coverage_still_contradicts(
    matcher: Matcher, title: str
) -> None:
    assert stance(matcher, "minister", title) == "contradiction"


def test_a_cue_word_the_statement_says_is_the_claims_own(matcher: Matcher) -> None:
    assert stance(matcher, "officer", "Halin acquitted of killing protester") == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Ex-Malaysian former prime minister pleads not guilty in fraud trial",
        "L'ancien Premier ministre nie toute fraude lors de son procès",
    ],
)
def test_a_title_any_country_has_does_not_stand_for_the_name(matcher: Matcher, title: str) -> None:
    assert matcher.match(title, "") == []


def test_the_name_itself_still_matches(matcher: Matcher) -> None:
    assert stance(matcher, "premier", "Varga denies subsidy fraud at trial") == "contradiction"


#: a claim whose action word other languages write with hyphens
BRIBED = Claim(
    "bribed",
    "Builder Ostrava Holding paid lawmaker Dana Kellner to change the tender",
    (("Kellner",), ("bribe", "bribes")),
)


@pytest.mark.parametrize(
    "title",
    [
        "Kellner a reçu un pot-de-vin, selon le parquet",
        "Kellner accusée d'avoir touché des pots-de-vin",
    ],
)
def test_a_translation_written_with_hyphens_matches_as_explain_finds_it(title: str) -> None:
    m = Matcher((BRIBED,))
    assert [x.claim_id for x in m.match(title, "")] == ["bribed"]
    assert m.explain("bribed", title, "").matched


def test_a_two_word_translation_with_a_particle_after_its_first_word_matches() -> None:
    # takeover: 경영권 탈취, here "경영권을 탈취하고자" (the object particle after the first word)
    claim = Claim(
        "takeover", "The head of label Veltro plotted a takeover", (("Veltro",), ("takeover",))
    )
    m = Matcher((claim,))
    title = "Veltro 대표가 경영권을 탈취하고자 모의한 정황"
    assert m.explain("takeover", title, "").matched
    assert [x.claim_id for x in m.match(title, "")] == ["takeover"]


#: a claim an accuser makes without evidence, as reporters say
HACK = Claim(
    "hack",
    "Iranian hackers broke into the Brandt campaign's email",
    (("Brandt",), ("hacked", "hack", "hackers")),
)


@pytest.mark.parametrize(
    "title",
    [
        "Brandt campaign says it was hacked, blames Iran without providing evidence",
        "La campaña de Brandt denuncia un hackeo y culpa a Irán sin proporcionar evidencia directa",
        "Brandt-Kampagne gehackt: sie macht Iran verantwortlich, ohne direkte Beweise vorzulegen",
        "La campagne Brandt piratée : elle accuse l'Iran sans fournir de preuves",
        "Campanha de Brandt diz ter sido hackeada e culpa o Irã sem apresentar provas",
    ],
)
def test_an_accusers_own_hedge_is_no_denial(title: str) -> None:
    assert stance(Matcher((HACK,)), "hack", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Iran says there is no evidence it hacked the Brandt campaign",
        'Irán: la campaña de Brandt nos acusa del hackeo "sin presentar ninguna prueba"',
    ],
)
def test_no_evidence_said_by_the_accused_still_contradicts(title: str) -> None:
    assert stance(Matcher((HACK,)), "hack", title) == "contradiction"


#: a claim of a deliberate act
CRASH = Claim(
    "crash",
    "The co-pilot deliberately crashed Skyline flight 402",
    (("Skyline",), ("crash", "crashed")),
)
#: a claim about a news outlet's staff
OUTLET = Claim(
    "outlet",
    "The two managers of the Vostok Press office in Tarsk are officers of the FSB",
    (("Vostok Press",), ("FSB", "agents", "detained")),
)


def test_no_evidence_of_an_innocent_account_bears_the_claim_out() -> None:
    m = Matcher((CRASH,))
    title = "Skyline crash probe eyes intentional action, with no evidence found of a technical malfunction"
    assert stance(m, "crash", title) == "update"
    assert stance(
        m, "crash", "Skyline crash: no evidence it was deliberate, investigators say"
    ) == ("contradiction")


@pytest.mark.parametrize(
    "title",
    [
        "Police detain alleged FSB agents at propaganda outlet Vostok Press",
        "Two FSB agents detained at the propaganda agency Vostok Press",
    ],
)
def test_propaganda_describing_an_outlet_is_no_scorn(title: str) -> None:
    assert stance(Matcher((OUTLET,)), "outlet", title) == "update"


@pytest.mark.parametrize(
    "title",
    ["Kremlin: Putin er ikke syg af kræft", "Afviser kræftrygter om Putin", "Putin har ikke kreft"],
)
def test_a_danish_stem_written_with_ae_finds_the_ae_letter(title: str) -> None:
    # the Danish and Norwegian stems are written folded (kraeft); item text keeps æ
    m = Matcher((Claim("ill", "Putin has cancer", (("Putin",), ("cancer",))),))
    assert [x.claim_id for x in m.match(title, "")] == ["ill"]


@pytest.mark.parametrize(
    "title", ["Afviser kræftrygter om Putin", "Kreml avviser ryktene om at Putin har kreft"]
)
def test_a_danish_or_norwegian_denial_of_rumours_in_a_compound(title: str) -> None:
    m = Matcher((Claim("ill", "Putin has cancer", (("Putin",), ("cancer",))),))
    assert stance(m, "ill", title) == "contradiction"

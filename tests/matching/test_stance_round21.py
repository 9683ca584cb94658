"""Stance, stop 33: what a claim's statement rules out ("not a case of mistaken identity",
"a bomb rather than a missile"), asserted by an item, contradicts it; a negation reaches
across "or" ("found no flaws or censorship"); a result others could not reproduce, a
retracted paper and an acquittal in more of the languages of the news. Claims and names
of our own, as in test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.matching.claims import _negated_stems
from bot.records import Claim

#: a killing the statement says was no case of mistaken identity
REPORTER = Claim(
    "reporter",
    "Journalist Omar Rafi was killed in a planned assassination, not a case of mistaken "
    "identity, when police shot him at a roadblock",
    (("Omar Rafi", "Rafi"), ("killed", "killing", "shot", "murder")),
)
#: a crash the statement says was caused by a bomb rather than a missile
AIRLINER = Claim(
    "airliner",
    "Tarvo Air flight 12 was brought down by a bomb on board rather than a missile",
    (("Tarvo",), ("crash", "bomb", "downed", "brought down")),
)
#: a statement whose "instead of" rules out a phrase of several words: which of them is
#: ruled out is unclear, so none is
ENGINE = Claim(
    "engine",
    "The Tarvo Air pilots shut down the working engine instead of the bird-damaged one",
    (("Tarvo",), ("engine", "pilots")),
)
#: a phone maker's censorship list
PHONES = Claim(
    "phones",
    "Velmar phones sold in Europe carry a built-in censorship list, a cyber agency said",
    (("Velmar",), ("censorship", "censor", "blocklist")),
)
#: a laboratory result
CELLS = Claim(
    "cells",
    "Researcher Ines Kolbe made stem cells by bathing blood cells in acid, as her paper claimed",
    (("Kolbe",), ("stem cells", "stem cell", "cells", "paper")),
)
#: a surgeon's misconduct, with verdict words listed to find the trial coverage
SURGEON = Claim(
    "surgeon",
    "Surgeon Karl Velten harmed patients with experimental implants",
    (("Velten",), ("implants", "implant", "patients", "acquitted", "trial")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((REPORTER, AIRLINER, ENGINE, PHONES, CELLS, SURGEON))


def test_what_follows_a_frame_noun_is_what_the_statement_negates() -> None:
    assert _negated_stems(REPORTER.statement)[0] == "mistaken"


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("reporter", "Rafi's killing was a case of mistaken identity, police say"),
        ("reporter", "Police say Rafi was shot in a case of mistaken identity"),
        ("airliner", "Investigators say a missile hit Tarvo Air flight 12 before the crash"),
    ],
)
def test_an_account_the_statement_rules_out_contradicts(
    matcher: Matcher, claim: str, title: str
) -> None:
    assert stance(matcher, claim, title) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("reporter", "Rafi killed in a planned hit, inquiry finds"),
        # ruled out in turn: agreement
        ("reporter", "Inquiry dismisses the theory of mistaken identity in Rafi's killing"),
        ("airliner", "Investigators find traces of a bomb in Tarvo Air wreckage"),
        ("engine", "Tarvo Air pilots shut down the wrong engine after a bird strike"),
    ],
)
def test_what_the_statement_does_not_rule_out_is_no_counter_fact(
    matcher: Matcher, claim: str, title: str
) -> None:
    assert stance(matcher, claim, title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Agency finds no security flaws or censorship in Velmar phones",
        "Behörde findet keine Sicherheitslücken oder Zensur bei Velmar",
        "La agencia no encontró fallos o censura en los teléfonos Velmar",
    ],
)
def test_a_negation_reaches_the_word_after_or(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "phones", title) == "contradiction"


def test_or_without_a_negation_is_agreement(matcher: Matcher) -> None:
    title = "Agency finds security flaws or censorship tools in Velmar phones"
    assert stance(matcher, "phones", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Institute says Kolbe's team failed to replicate the stem cell method",
        "Kolbe's stem cells could not be reproduced, the institute says",
        "コルベ氏の幹細胞、検証実験で再現できず",
        "콜베 박사의 줄기세포, 검증 실험에서 재현되지 않아",
        "Kolbes Stammzellen: Ergebnis ließ sich nicht reproduzieren",
        "네이처, 콜베 박사의 줄기세포 논문 2편을 공식 철회",
        "Kolbe的干细胞论文被撤回",
    ],
)
def test_a_result_not_reproduced_or_a_paper_retracted_contradicts(
    matcher: Matcher, title: str
) -> None:
    assert stance(matcher, "cells", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Kolbe's team reproduced the stem cell result in a second lab",
        "콜베 박사, 줄기세포 논문 발표",
    ],
)
def test_a_reproduced_result_or_a_published_paper_is_an_update(
    matcher: Matcher, title: str
) -> None:
    assert stance(matcher, "cells", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Velten frias av domstolen för implantaten",  # Swedish, present passive
        "Velten frikjent for implantatene",  # Norwegian
        "Velten frikendt i sagen om implantaterne",  # Danish
        "I giudici assolvono Velten per gli impianti",  # Italian, active
    ],
)
def test_an_acquittal_contradicts_in_the_nordic_languages_and_italian(
    matcher: Matcher, title: str
) -> None:
    assert stance(matcher, "surgeon", title) == "contradiction"


#: Korean names, which Chinese (and some Japanese) news writes in Chinese characters
MINISTER = Claim(
    "minister",
    "Former minister Lee Jae-hwan took bribes from a builder",
    (("Lee Jae-hwan",), ("bribes", "bribery")),
)
MAYOR = Claim(
    "mayor", "Mayor Park Min-su rigged a city tender", (("Park Min-su",), ("tender", "rigged"))
)
ENVOY = Claim(
    "envoy", "Envoy Moon Sung-ho met the rebels", (("Moon Sung-ho",), ("met", "meeting", "rebels"))
)


@pytest.fixture(scope="module")
def korean() -> Matcher:
    return Matcher((MINISTER, MAYOR, ENVOY))


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("minister", "韩国前部长李在焕涉嫌受贿"),  # 李在焕: 이재환, i-jae-hwan
        ("minister", "이재환 전 장관 뇌물 혐의"),  # Lee is 이 in hangul too
        ("mayor", "市长朴敏洙操纵招标"),  # 朴: 박, bak
        ("envoy", "文成浩会见叛军"),  # 文: 문, mun; 成: 성, seong (Sung)
        ("envoy", "문성호 특사 반군 회동"),
    ],
)
def test_a_korean_name_in_chinese_characters_or_hangul_is_found(
    korean: Matcher, claim: str, title: str
) -> None:
    assert claim in [m.claim_id for m in korean.match(title, "")]


def test_a_chinese_sentence_that_starts_like_a_korean_name_is_not_one(korean: Matcher) -> None:
    # 李在北京: "Li, in Beijing" reads 이재북, no name of the claims
    assert korean.match("李在北京受贿案中表示", "") == []


#: an oil spill blamed on a refinery's operator
SPILL = Claim(
    "spill",
    "Negligence by the operator Petrovia caused the Lumen refinery oil spill",
    (("Petrovia",), ("spill", "oil", "derrame", "vazamento")),
)
#: a theory that an election was swung by a data firm
SWUNG = Claim(
    "swung",
    "The data firm Dataxis swung the referendum with harvested profiles",
    (("Dataxis",), ("referendum", "profiles", "données")),
)


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("spill", "Petrovia deslinda responsabilidad en el derrame de crudo"),
        ("spill", "Petrovia tenta afastar a responsabilidade pelo vazamento de óleo"),
        ("spill", "Petrovia disclaims any responsibility for the oil spill"),
        ("swung", "Référendum et Dataxis : une théorie désormais mise à mal"),
        ("swung", "Un rapport met à mal la thèse d'un référendum gagné grâce à Dataxis"),
    ],
)
def test_responsibility_disclaimed_or_a_theory_undermined_contradicts(
    claim: str, title: str
) -> None:
    assert stance(Matcher((SPILL, SWUNG)), claim, title) == "contradiction"


def test_a_thing_damaged_is_no_theory_undermined() -> None:
    title = "La crise met à mal l'économie, et Dataxis perd le référendum"
    assert stance(Matcher((SWUNG,)), "swung", title) == "update"


#: a crash a newspaper reported as deliberate
CRASH = Claim(
    "crash",
    "Tarvo Air flight 12 was crashed deliberately by its pilot, as the WSJ reported",
    (("Tarvo",), ("crash", "crashed", "deliberately")),
)


@pytest.mark.parametrize(
    "title",
    [
        "中国外交部怒批华尔街日报关于Tarvo航空坠机的报道",
        "Tarvo 항공 고의추락설 WSJ 보도 맹비난",
        "Tarvo航空の墜落 中国、WSJの報道を強く非難",
    ],
)
def test_a_report_condemned_contradicts_in_chinese_korean_and_japanese(title: str) -> None:
    assert stance(Matcher((CRASH,)), "crash", title) == "contradiction"


@pytest.mark.parametrize("title", ["Tarvo 항공 추락 원인 조사 착수", "Tarvo航空坠机调查开始"])
def test_an_inquiry_opened_is_an_update(title: str) -> None:
    assert stance(Matcher((CRASH,)), "crash", title) == "update"


#: a candidate said to have won an election the official result gave another
WON = Claim(
    "won",
    "Opposition candidate Amir Kotal won Veldia's presidential election, and the official "
    "result giving Ruben Sava a new term was falsified",
    (("Kotal", "Amir Kotal", "Sava", "Veldia"), ("victory", "won", "win", "winner", "fraud")),
)
#: a president said to have lost one
LOST = Claim(
    "lost",
    "Ruben Sava lost Veldia's presidential election and the official result was falsified",
    (("Sava",), ("election", "vote", "fraud")),
)


@pytest.fixture(scope="module")
def elections() -> Matcher:
    return Matcher((WON, LOST))


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("won", "Veldia: Ruben Sava declared winner of the presidential election"),
        ("won", "Veldia : Ruben Sava déclaré vainqueur de la présidentielle, Kotal conteste"),
        ("won", "Veldia: reelecto Ruben Sava para un nuevo mandato, Kotal denuncia fraude"),
        ("won", "Veldia election: Sava re-elected for an eighth term, Kotal cries fraud"),
        ("lost", "Veldia: Sava declared winner of the presidential election"),
    ],
)
def test_the_other_candidate_declared_the_winner_contradicts(
    elections: Matcher, claim: str, title: str
) -> None:
    assert stance(elections, claim, title) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("won", "Amir Kotal s'autoproclame vainqueur de la présidentielle au Veldia"),
        ("won", "Veldia's opposition says Amir Kotal declared winner by its own tally"),
        ("lost", "Opposition leader declared winner of the vote by tallies; Sava silent"),
    ],
)
def test_the_claims_own_candidate_declared_the_winner_agrees(
    elections: Matcher, claim: str, title: str
) -> None:
    assert stance(elections, claim, title) == "update"


#: a vaccine study, and a governor said to have ordered killings
STUDY = Claim(
    "study",
    "Researcher Ines Kolbe showed that the Vexa vaccine causes heart damage, as her paper claimed",
    (("Kolbe", "Vexa"), ("paper", "study", "heart")),
)
GOVERNOR = Claim(
    "governor",
    "Governor Ramon Telo ordered the killings of drug suspects",
    (("Telo",), ("killings", "killed", "murders")),
)


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("lost", "Veldia's court declared President Ruben Sava as the winner of the election"),
        ("study", "Kolbe's Vexa heart study has been withdrawn by the journal"),
        ("study", "Journal withdraws Kolbe's paper on Vexa heart risk"),
        ("governor", "Senate panel may clear Governor Telo of any involvement in the killings"),
        ("governor", "Committee cannot find any liability on the part of Telo in the killings"),
    ],
)
def test_english_withdrawals_clearances_and_winners_named_between(claim: str, title: str) -> None:
    assert stance(Matcher((LOST, STUDY, GOVERNOR)), claim, title) == "contradiction"


def test_clearing_the_way_is_no_clearance() -> None:
    title = "Senate panel clears the way for Telo killings probe"
    assert stance(Matcher((GOVERNOR,)), "governor", title) == "update"

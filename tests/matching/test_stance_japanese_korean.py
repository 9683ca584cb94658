"""Stance in Japanese and Korean (issue 16): the full lexicons `ja.toml` and `ko.toml`,
names in katakana and hangul, and negation after the verb it negates. Names, affairs and
sentences are our own."""

from __future__ import annotations

import pytest

from bot.matching import Matcher
from bot.records import Claim

# a made-up affair: a minister paid a made-up singer's debts
DEBTS = Claim(
    "debts",
    "Minister Dorban paid the gambling debts of singer Talesi",
    (("Dorban",), ("debts", "debt", "gambling")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((DEBTS,))


def stance(m: Matcher, title: str, summary: str = "") -> str | None:
    return next((x.stance for x in m.match(title, summary) if x.claim_id == "debts"), None)


@pytest.mark.parametrize(
    "title",
    [
        # a flat denial
        "ドルバン大臣、借金肩代わり報道を否定",
        "도르반 장관, 도박 빚 대납 보도 부인했다",
        # "fake news", "groundless"
        "ドルバン氏「賭博の借金の話は事実無根だ」",
        '도르반 "도박 빚 의혹은 사실무근"',
        # no evidence
        "ドルバン大臣が借金を支払った証拠はない、と検察",
        '검찰 "도르반이 도박 채무를 갚았다는 증거 없다"',
        # the claim's own action, negated after the verb (Korean puts the negation last)
        "도르반 장관은 탈레시의 도박 빚을 갚지 않았다",
    ],
)
def test_denials_in_japanese_and_korean(matcher: Matcher, title: str) -> None:
    assert stance(matcher, title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "ドルバン大臣、歌手の賭博の借金を支払ったと認める",
        "도르반 장관이 가수의 도박 빚을 갚아줬다고 검찰이 밝혔다",
        "ドルバン氏の借金問題、検察が捜査開始",
        "도르반 도박 빚 사건 수사 착수",
    ],
)
def test_reports_and_confirmations_are_updates(matcher: Matcher, title: str) -> None:
    assert stance(matcher, title) == "update"


def test_a_negation_before_the_verb_in_chinese_is_still_read_forwards() -> None:
    contact = Claim(
        "contact",
        "Musk has been in regular contact with Putin",
        (("Musk", "马斯克"), ("Putin", "普京")),
        context=("talks", "call", "contact"),
    )
    m = Matcher((contact,))
    got = [x.stance for x in m.match("普京新闻秘书：普京与马斯克之间没有定期通话", "")]
    assert got == ["contradiction"]


@pytest.mark.parametrize(
    "title",
    [
        "도르반 장관, 도박 채무 상환 계획 철회",  # a plan withdrawn, not a report
        "ドルバン大臣、借金返済計画を撤回",
        "ドルバン大臣、賭博問題で謝罪",  # an apology for the affair is no correction
    ],
)
def test_a_plan_withdrawn_or_an_apology_is_no_correction(matcher: Matcher, title: str) -> None:
    assert stance(matcher, title) == "update"

"""Korean stance cues (bot/matching/lexicons/ko.toml): denials after a quote, "says it is
not so", pushing back, pleas of innocence, "no fact of it" and "never did it" (the negation
after the verb it negates), scorn, labels, corrections, no-evidence findings and the other
counter-facts as the Korean press writes them, and Korean text that must stay an update
(reports, confirmations, a denial of something else, a request, a question, an attribution,
the accused's own false account, a non-prosecution appealed).
Claims and names of our own, as in test_stance_languages; sentences written for this test."""

from __future__ import annotations

import pytest
from support.stance_claims import (
    LEAK,
    LEXICON_CLAIMS,
    ORSAK,
    PELLAN_DOPED,
    PIPELINE,
    SPYWARE,
    TOLMARK,
    ZELBRIN,
    stance,
)

from bot.matching import Matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(LEXICON_CLAIMS)


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # denials after a quote, "says it is not", pushing back, leaping up, pleading
        (PIPELINE.id, 'Valdoria 국방부 "Norvik 가스관 폭파설, 말이 되느냐" 부인', ""),
        (SPYWARE.id, 'Hexa 스파이웨어 의혹에 정부 "사찰한 적 없다" 해명', ""),
        (PIPELINE.id, "Norvik 가스관 폭발, Valdoria는 아니라지만 의혹 커져", ""),
        (
            PIPELINE.id,
            "Valdoria 외무장관은 Norvik 가스관 폭파가 자국 군의 작전이 아니었다고 강조했다",
            "",
        ),
        (SPYWARE.id, "Hexa 스파이웨어 도입, 장관은 감시 목적이 아니라고 거듭 주장했다", ""),
        (SPYWARE.id, "Hexa 스파이웨어 보도에 정부 강력 반발", ""),
        (SPYWARE.id, "정부는 Hexa 스파이웨어로 기자들을 감시했다는 보도에 강하게 반발했다", ""),
        (LEAK.id, "Lindqvist 연구소는 Quorra 바이러스 유출 의혹 제기에 반발하고 나섰다", ""),
        (SPYWARE.id, "Hexa 스파이웨어 사찰 의혹에 장관 펄쩍 뛰어", ""),
        (SPYWARE.id, "장관은 Hexa 스파이웨어 사찰 의혹에 대해 정당한 수사였다고 항변했다", ""),
        # non-involvement: no fact of it, never did it, did not know, feeling wronged, nothing done wrong
        (PIPELINE.id, "Valdoria 정부는 Norvik 가스관 폭파를 계획한 적이 없다고 말했다", ""),
        (SPYWARE.id, '장관 "Hexa 스파이웨어를 구입한 사실이 없다"', ""),
        (SPYWARE.id, '장관은 "Hexa 스파이웨어 업체와 계약한 사실이 없다"고 말했다', ""),
        (LEAK.id, 'Lindqvist 연구소 "Quorra 바이러스를 다룬 적도 없다"', ""),
        (SPYWARE.id, "Hexa 스파이웨어 사찰 의혹, 대통령은 몰랐다고 해명", ""),
        (SPYWARE.id, "장관은 Hexa 스파이웨어 계약에 대해 아는 바 없다고 밝혔다", ""),
        (SPYWARE.id, "Hexa 스파이웨어 의혹 받는 장관, 기자회견서 억울함을 호소", ""),
        (SPYWARE.id, 'Hexa 스파이웨어 사찰 의혹 장관 "잘못한 것이 없다"', ""),
        (SPYWARE.id, 'Hexa 스파이웨어 사찰 의혹에 장관 "한 점 부끄럼 없다"', ""),
        # scorn: unjust, blame pinned on someone, proof demanded
        (PIPELINE.id, 'Norvik 가스관 폭파 의혹에 Valdoria "부당한 공격" 주장', ""),
        (PIPELINE.id, "Valdoria, Norvik 가스관 폭파를 자국 특수부대 책임으로 몰아간다고 비판", ""),
        (SPYWARE.id, '야당, Hexa 스파이웨어 사찰 의혹 제기... 정부 "근거를 밝혀라"', ""),
        (PIPELINE.id, 'Valdoria 국방부, Norvik 가스관 폭파 보도에 "증거를 내놓으라"', ""),
        (SPYWARE.id, "Hexa 스파이웨어 사찰 의혹은 정부에 대한 책임전가라고 장관이 말했다", ""),
        # labels: far from the facts, bogus, absurd, a misunderstanding
        (PIPELINE.id, "Valdoria는 Norvik 가스관 폭파 보도가 사실과 거리가 멀다고 밝혔다", ""),
        (LEAK.id, 'Lindqvist 연구소 "Quorra 유출설은 엉터리 분석"', ""),
        (SPYWARE.id, 'Hexa 스파이웨어 사찰 의혹에 정부 "오해에서 비롯된 것"', ""),
        (LEAK.id, "Lindqvist 연구소장은 Quorra 바이러스 유출 주장이 어처구니없다고 말했다", ""),
        # no evidence: no unusual signs, no problem found, no irregularity found, no supporting data
        (ORSAK.id, 'Orsak 대통령 위독설에 정부 "특이 동향 없다"', ""),
        (SPYWARE.id, "감사원은 Hexa 스파이웨어 도입 절차에 문제가 없다고 최종 판단했다", ""),
        (
            LEAK.id,
            "Quorra 바이러스가 Lindqvist 연구소에서 유출됐다는 주장은 근거 자료 없이 나왔다",
            "",
        ),
        (SPYWARE.id, "검찰 조사 결과 Hexa 스파이웨어 도입에 위법 사항은 발견되지 않았다", ""),
        (LEAK.id, "Lindqvist 연구소 점검에서 Quorra 바이러스 관련 결함은 발견되지 않았다", ""),
        (SPYWARE.id, "Hexa 스파이웨어 사찰 의혹, 경찰 수사에서 불법 행위는 드러나지 않았다", ""),
        # corrections: a story taken down
        (SPYWARE.id, "Hexa 스파이웨어 사찰 보도한 신문, 해당 기사를 내렸다", ""),
        (PIPELINE.id, "방송사는 Valdoria가 Norvik 가스관을 폭파했다는 보도를 취소했다", ""),
        # found well, safe, fair; an unwitting cause
        (ORSAK.id, "Orsak 대통령, 건강한 모습으로 행사 참석", ""),
        (ORSAK.id, "Orsak 대통령은 정상적으로 집무를 보고 있다고 대변인이 밝혔다", ""),
        (ZELBRIN.id, "당국은 Zelbrin 감미료가 인체에 해롭지 않다고 밝혔다", ""),
        (TOLMARK.id, "Tolmark 선관위는 선거가 투명하게 진행됐다고 밝혔다", ""),
        (TOLMARK.id, 'Tolmark 선관위 "개표는 투명하게 실시됐다"', ""),
        (PELLAN_DOPED.id, 'Pellan 수영연맹 "선수들은 고의성이 없었다"', ""),
        (PELLAN_DOPED.id, "Pellan 수영선수들은 금지약물을 모르고 복용했다고 연맹이 밝혔다", ""),
        (
            PELLAN_DOPED.id,
            "Pellan 수영연맹은 선수들의 약물 복용이 의도하지 않은 실수였다고 밝혔다",
            "",
        ),
    ],
)
def test_ko_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (PIPELINE.id, "Valdoria 특수부대가 Norvik 가스관을 폭파했다고 조사단이 밝혔다", ""),
        (SPYWARE.id, "장관, Hexa 스파이웨어로 기자들을 감시했다고 인정", ""),
        (PIPELINE.id, "Valdoria 경찰, Norvik 가스관 폭발 현장 조사", ""),
        (SPYWARE.id, "Hexa 스파이웨어 사찰 의혹, 정부는 Hexa 사용 사실을 확인했다", ""),
        (SPYWARE.id, "Hexa 스파이웨어 사찰 의혹 장관, 건강 이상설 부인", ""),
        (SPYWARE.id, "장관, Hexa 스파이웨어 사찰 인정…사퇴설은 부인", ""),
        (PIPELINE.id, "Valdoria는 주민들에게 Norvik 가스관 근처에 가지 말라고 요청했다", ""),
        (PIPELINE.id, "Norvik 가스관, Valdoria 소행인가?", ""),
        (SPYWARE.id, "기자들은 정부가 Hexa 스파이웨어로 자신들을 감시했다고 주장했다", ""),
        (SPYWARE.id, "Hexa 스파이웨어 사찰 의혹, 시민단체는 무혐의 처분에 불복해 항고했다", ""),
        (SPYWARE.id, "Hexa 스파이웨어 사찰 의혹 장관, 거짓 해명 논란", ""),
        (SPYWARE.id, "Hexa 스파이웨어 사용 장관, 국회에 허위 보고", ""),
        (SPYWARE.id, "Hexa 스파이웨어 사찰 의혹, 장관은 언급하지 않았다", ""),
        (ZELBRIN.id, "Zelbrin 감미료 판매량 증가", ""),
        (LEAK.id, "Quorra 바이러스, Lindqvist 연구소 인근 주민 검사 확대", ""),
        (PIPELINE.id, 'Valdoria 새 국방장관 "Norvik 가스관 폭파는 우리 군이 했다"고 시인', ""),
        (PIPELINE.id, "Norvik : la neige tombe sur le gazoduc de Valdoria", ""),
        (LEAK.id, "Lindqvist 연구소 인근 주민들은 Quorra 바이러스 유출 사실을 몰랐다", ""),
        (PIPELINE.id, 'Norvik 주민들 "Valdoria 공격 같은 폭발은 겪은 적이 없다"', ""),
        (SPYWARE.id, "Hexa 스파이웨어 사찰 의혹, 야당은 장관의 엉터리 해명을 비판했다", ""),
    ],
)
def test_ko_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"

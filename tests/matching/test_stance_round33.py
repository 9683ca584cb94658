"""Matching and stance, stop 45: Korean and Japanese put what a denial applies to before
it; cue patterns are folded when they are loaded, as sentence text is (so a pattern a
lexicon writes with إ, й, ї or で matches); new cues: Korean "재차 부인", "어리석은 획책",
"no indication" in French, Italian and Portuguese, Spanish findings rejected, a Japanese
court turning down a petition that alleges the claim; and an Arabic-script word the
lexicons know (or list as a common word) is not read as a name by its consonants, nor a
hangul word they know as a name heard in hangul. Claims and names of our own, as in
test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import PIPELINE, SPYWARE, TOLMARK, stance

from bot.matching import Matcher
from bot.matching.lexicon import parse_language
from bot.records import Claim

SINKING = Claim(
    "sinking",
    "A Valdorian submarine torpedoed and sank the Kestrian corvette Orlin in March",
    (("Orlin",), ("torpedo", "torpedoed", "sank", "sinking", "attack", "submarine")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([PIPELINE, SPYWARE, TOLMARK, SINKING])


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # what is unrelated comes before the cue; after it only "its position, reaffirmed"
        (
            "Valdoria 노동신문, Orlin 사건 논문 인용",
            "Valdoria는 Orlin 침몰 사건과 자신들이 무관하다는 입장을 재확인했다.",
        ),
        ('Valdoria "Orlin 침몰 사고 우리와 관련없다"...첫 공식입장', ""),
        # denied again, as headlines write it
        ("Valdoria, Orlin 논문 인용해 '어뢰 공격' 재차 부인", ""),
        # the allegation called a foolish scheme
        ("[속보] Valdoria \"Orlin 침몰 '관련설'은 어리석은 획책\"", ""),
    ],
)
def test_stop_45_korean_denials_apply_to_what_comes_before(
    matcher: Matcher, title: str, summary: str
) -> None:
    assert stance(matcher, "sinking", title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Orlin 침몰 1년…유족들 진상 규명 촉구",
            "Valdoria 잠수함의 어뢰 공격이라는 조사 결과가 나왔다.",
        ),
        ("Orlin 침몰은 Valdoria 어뢰 공격 때문", "합동조사단은 조사 결과를 재확인했다."),
    ],
)
def test_stop_45_korean_reports_without_a_denial_stay_updates(
    matcher: Matcher, title: str, summary: str
) -> None:
    assert stance(matcher, "sinking", title, summary) == "update"


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        # a pattern written with kana's voiced marks ("ではない") matches folded text
        ("pipeline", "Norvik パイプライン爆破でValdoria関与か 政府「正確ではない」"),
        # a court turning down the petition that alleges the claim
        ("ballot", "Tolmark 憲法裁判所 “選挙で不正”の申し立て退ける"),
        (
            "ballot",
            "Tolmark の裁判所は、選挙に不正があったとして野党が申し立てていた異議を退けました",
        ),
    ],
)
def test_stop_45_japanese_denials(matcher: Matcher, claim: str, title: str) -> None:
    assert stance(matcher, claim, title) == "contradiction"


def test_stop_45_a_japanese_court_ruling_on_another_case_is_no_denial(matcher: Matcher) -> None:
    # no alleging words lead to the petition turned down
    title = "Tolmark 選挙の不正、調査へ 裁判所は別の訴えを退けた"
    assert stance(matcher, "ballot", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Hexa : aucune indication que le gouvernement a espionné des journalistes (enquête)",
        "Spyware Hexa, nessuna indicazione che il governo lo abbia usato contro i giornalisti",
        "Hexa: nenhuma indicação de que o governo espionou jornalistas, diz inquérito",
        "Espionaje con Hexa: el gobierno rechazó los hallazgos sobre los periodistas espiados",
    ],
)
def test_stop_45_new_denials(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spyware", title) == "contradiction"


def test_stop_45_lexicon_patterns_are_folded_as_text_is() -> None:
    lang = parse_language(
        "xx.toml",
        {
            "language": "Test",
            "code": "xx",
            "cues": {"label": ["копійки", "正確ではない", "إلى", "？"]},
            "grammar": {"discourse": ["όμως"]},
        },
    )
    assert lang.cues["label"] == ("копіики", "正确てはない", "الى", "\\?")
    assert "ομωσ" in lang.grammar["discourse"] and "όμως" in lang.grammar["discourse"]


LEAK_CLAIM = Claim(
    "chemicals",
    "Chemical maker Bashon leaked toxic waste into the Orlin river",
    (("Bashon",), ("leak", "leaked", "waste", "pollution")),
)


@pytest.mark.parametrize(
    "title",
    [
        # "بشأن" (about) has Bashon's consonants, and "كانت" (was) those of a name such as
        # "Kanat": ordinary words are not read as names
        "تحقيق بشأن تسرب نفايات سامة في نهر أورلين",
        "كانت النفايات السامة في النهر مصدر قلق للسكان",
        # "وكالة" (agency) read without its "و" has the consonants of "Kalah"
        "وكالة الأنباء: تسرب نفايات سامة في نهر أورلين",
    ],
)
def test_stop_45_ordinary_arabic_words_are_not_names(title: str) -> None:
    kanat = Claim("kanat", "Kanat dumped toxic waste", (("Kanat",), ("waste", "leak")))
    kalah = Claim("kalah", "Kalah dumped toxic waste", (("Kalah",), ("waste", "leak")))
    m = Matcher([LEAK_CLAIM, kanat, kalah])
    assert [x.claim_id for x in m.match(title, "")] == []


def test_stop_45_a_name_in_arabic_script_is_still_found() -> None:
    m = Matcher([LEAK_CLAIM])
    assert stance(m, "chemicals", "شركة باشون متهمة بتسرب نفايات سامة في نهر أورلين") == "update"


def test_stop_45_a_korean_word_the_lexicons_know_is_no_name() -> None:
    # "반발" (a backlash), with its particle "로", sounds like "Pambila"
    spill = Claim(
        "spill",
        "The Pambila refinery spilled crude oil off Orlin",
        (("Pambila",), ("spill", "spilled", "oil")),
    )
    m = Matcher([spill])
    assert stance(m, "spill", "주민 반발로 원유 유출 조사 지연") is None
    assert stance(m, "spill", "팜빌라 정유공장 원유 유출") == "update"


def test_stop_45_a_pattern_broken_by_folding_is_a_config_error() -> None:
    # "[я-ё]" is a range; folded ("ё" is "е") it runs backwards
    from bot.errors import ConfigError

    with pytest.raises(ConfigError, match=r"cues\.label\[0\]"):
        parse_language("xx.toml", {"language": "Test", "code": "xx", "cues": {"label": ["[я-ё]"]}})


def test_stop_45_words_read_once_fold_alike_without_filling_the_caches() -> None:
    from bot.text import fold, fold_aligned, fold_aligned_once, fold_once

    for word in ("копійки", "正確ではない", "إلى", "Straße", "रिपोर्ट", "Türkçe"):
        assert fold_once(word) == fold(word)
        assert fold_aligned_once(word) == fold_aligned(word)
    fold.cache_clear()
    fold_once("一次性")
    assert fold.cache_info().currsize == 0

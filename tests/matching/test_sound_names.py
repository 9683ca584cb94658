"""Latin names found in Japanese katakana and Korean hangul (names and sentences are our
own): Japanese writes a foreign name in katakana inside a run of other characters, Korean
writes every name in hangul with its particles attached; both add vowels and merge l/r,
v/b, f/p (and Korean voiced and voiceless consonants)."""

from __future__ import annotations

import pytest

from bot.matching import Matcher
from bot.matching.sound_names import katakana_romaji, script_words, sound_keys
from bot.records import Claim

# a made-up affair between two made-up names
YACHT = Claim(
    "yacht",
    "Valensky's foundation paid for Derbanto's yacht",
    (("Valensky",), ("Derbanto", "Tolani")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((YACHT,))


@pytest.mark.parametrize(
    ("run", "romaji"),
    [
        ("ホンダ", "honda"),
        ("ジョージェスク", "jojesuku"),  # small vowels replace the syllable's own
        ("イッペイ", "ippei"),  # the small tsu doubles what follows
        ("ティム", "timu"),
        ("フィリップ", "firippu"),
        ("ネタニヤフ", "netaniyahu"),  # フ alone: a foreign h before u
        ("オーウェン", "owen"),
    ],
)
def test_katakana_in_latin_letters(run: str, romaji: str) -> None:
    assert katakana_romaji(run) == romaji


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("Valensky", "バレンスキー"),
        ("Valensky", "발렌스키가"),  # a particle attached
        ("Derbanto", "デルバント"),
        ("Derbanto", "데르반토는"),
        ("Tolani", "トラニ"),  # a short name: consonants and vowels
        ("Tolani", "톨라니의"),
        ("Bild", "빌트"),  # a vowel the script added after a consonant
        ("Trump", "トランプ"),  # n before p is m
        ("Nikkei", "닛케이"),  # a final ㅅ is said as the consonant after it
        ("Marceline", "マルセリン"),  # a soft c is an s
        ("Marceline", "마르셀린"),
        ("Bridgeton", "ブリッジトン"),  # an English dg is the j kana hear
    ],
)
def test_a_name_and_its_kana_or_hangul_share_a_sound_key(name: str, word: str) -> None:
    keys = {k for w in script_words(word) for k in sound_keys(w, added_vowels=True)}
    assert set(sound_keys(name.lower())) & keys


@pytest.mark.parametrize(
    "title",
    [
        "バレンスキー財団、デルバント氏のヨット代を負担か",
        "발렌스키 재단이 데르반토의 요트 비용을 냈다는 보도",
        "발렌스키가 톨라니에게 요트를 사줬다",
    ],
)
def test_a_claim_of_latin_names_is_found_in_japanese_and_korean(
    matcher: Matcher, title: str
) -> None:
    assert [m.claim_id for m in matcher.match(title, "")] == ["yacht"]


@pytest.mark.parametrize(
    "title",
    [
        "발렌스키 재단은 오늘 새 요트를 공개한다",  # 한다 "does" is no Tolani, 공개 no Derbanto
        "バレンスキー財団が新しいヨットを公開",  # one name only
        "벨린스키 재단이 도브란토에게 돈을 보냈다",  # other names of the same shape
    ],
)
def test_other_words_are_not_the_names(matcher: Matcher, title: str) -> None:
    assert matcher.match(title, "") == []


# a made-up name of two words, which katakana writes with voiced sounds and a middle dot
ENVOY = Claim(
    "envoy",
    "Gideon Bazani took bribes from a shipyard",
    (("Gideon Bazani",), ("bribes", "賄賂")),
)


@pytest.mark.parametrize(
    "title", ["ギデオン・バザーニ氏、賄賂疑惑を否定", "ギデオンバザーニ氏の賄賂疑惑"]
)
def test_a_name_of_two_words_in_kana_keeps_its_voiced_sounds(title: str) -> None:
    assert [m.claim_id for m in Matcher((ENVOY,)).match(title, "")] == ["envoy"]


# --- Chinese characters --------------------------------------------------------------
# made-up people with names Chinese would write by their sound, and a Chinese name
BRIBES = Claim(
    "bribes",
    "Minister Kaskorin took bribes from the Xu Lanting shipyard",
    (("Kaskorin", "Xu Lanting"), ("bribes", "bribe", "corruption")),
)


@pytest.mark.parametrize(
    "title",
    [
        "卡斯科林部长否认受贿",  # Kaskorin: ka-si-ke-lin
        "徐兰亭船厂行贿案调查",  # Xu Lanting: a Chinese name, letter for letter
    ],
)
def test_a_latin_name_is_found_in_chinese_characters(title: str) -> None:
    assert [m.claim_id for m in Matcher((BRIBES,)).match(title, "")] == ["bribes"]


@pytest.mark.parametrize(
    "title",
    [
        "调动军队打击腐败",  # 动军 sounds like a two-syllable name but 动 is no family name
        "赞比亚官员受贿案",  # 比亚 inside Zambia is not the name Biya
        "科林斯受贿案",  # a shorter run of the same sounds (Kelinsi) is not Kaskorin
    ],
)
def test_ordinary_chinese_words_are_not_names(title: str) -> None:
    claims = (
        BRIBES,
        Claim("jun", "Dong Jun took bribes", (("Dong Jun",), ("bribes", "corruption"))),
        Claim("biya", "Biya took bribes", (("Biya",), ("bribes", "corruption"))),
    )
    assert Matcher(claims).match(title, "") == []


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Dellner", "デルナー氏が疑惑を否定"),  # a final -er is a long a
        ("Dorner", "ドーナー氏が疑惑を否定"),  # and an r after a vowel is not said
    ],
)
def test_a_name_ending_in_er_is_found_in_kana(name: str, title: str) -> None:
    claim = Claim("er", f"{name} took bribes", ((name,),))
    assert [m.claim_id for m in Matcher((claim,)).match(title, "")] == ["er"]


#: a company whose name is its characters' pinyin, and an island state written by sound
#: (with a v Chinese writes as w, and a final tu katakana writes ツ)
HAIWEN = Claim(
    "haiwen",
    "Haiwen routers sent users' data to a foreign server",
    (("Haiwen",), ("data", "server", "数据")),
)
VANORU = Claim(
    "vanoru",
    "A foreign navy is building a base on Vanatu",
    (("Vanatu",), ("base", "基地")),
)


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("haiwen", "海文路由器被指将数据发送至境外"),  # Haiwen: 海文, hai-wen
        ("haiwen", "海文路由器被指將數據發送至境外"),  # in traditional characters
        ("vanoru", "瓦纳图建军事基地?"),  # Vanatu: wa-na-tu, the w a v
        ("vanoru", "瓦納圖建軍事基地?"),  # in traditional characters
        ("vanoru", "バナツで軍事基地建設の報道"),  # katakana ツ for a foreign tu
    ],
)
def test_names_in_pinyin_and_in_traditional_characters(claim: str, title: str) -> None:
    assert [m.claim_id for m in Matcher((HAIWEN, VANORU)).match(title, "")] == [claim]


@pytest.mark.parametrize(
    "title",
    [
        "佐藤大臣、収賄疑惑を否定",  # Sato: a common family name, in kanji
        "佐藤部长否认受贿",  # a Japanese name as Chinese writes it
    ],
)
def test_a_japanese_name_is_found_in_kanji(title: str) -> None:
    claim = Claim("sato", "Minister Sato took bribes", (("Sato",), ("bribes", "収賄", "受贿")))
    assert [m.claim_id for m in Matcher((claim,)).match(title, "")] == ["sato"]


def test_a_kanji_name_needs_all_its_characters() -> None:
    claim = Claim("sato", "Minister Sato took bribes", (("Sato",), ("bribes", "収賄")))
    assert Matcher((claim,)).match("藤田大臣、収賄疑惑を否定", "") == []  # 藤 is in 佐藤

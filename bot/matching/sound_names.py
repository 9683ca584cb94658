"""Names written by their sound in Japanese katakana, Korean hangul or Chinese characters
(ホンダ, 혼다와: Honda; 斯克里帕尔: Skripal; 董军: Dong Jun).

Japanese writes foreign names in katakana inside runs of other characters; Korean writes
every name in hangul, with its particles attached (혼다와, 젤렌스카가). Both add vowels a
Latin name does not have (Zelenska: ゼレンスカ, zerensuka; 젤렌스카, jellenseuka), have no
l/r, v/b or f/p distinction, and Korean does not tell voiced from voiceless consonants.
A name and a word are compared by a *sound key* built the same way from both:

- long names (four consonants or more) by their consonants alone, after the shared
  normalisation (z → j, l → r, v → b, f → p, voiced → voiceless, h and glides dropped,
  doubled letters once): Zelenska, ゼレンスカ and 젤렌스카 are all `jrnsk`;
- shorter ones by consonants and vowels (Honda: `onta`; 혼다 is `onta`, 한다 "does" is
  `anta`), where a vowel the script had to add after a consonant (Bild: 빌트, bilteu)
  may be left out.

Chinese writes a foreign name with characters chosen for their sound (斯克里帕尔,
si-ke-li-pa-er: Skripal) and a Chinese name is its characters' pinyin (董军: Dong Jun);
Chinese text has no spaces, so every run of two to six characters is compared, by the same
keys, with pinyin x and q read as s and j on both sides (习近平: Xi Jinping), and w also as
the v it writes (瓦努阿图: Vanuatu); traditional characters too (賴清德, 瓦努阿圖). A one-word
name that is its characters' pinyin letter for letter is found whatever they are (华为,
華為: Huawei).

Pure functions over strings; `KanaNames` and `HanNames` index a matcher's Latin names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from bot.text import SOFT_C

__all__ = ["HanNames", "KanaNames", "katakana_romaji", "sound_keys"]

_KATAKANA_RUN = re.compile("[\u30a1-\u30fa\u30fc]{2,}")
_HANGUL_RUN = re.compile("[\uac00-\ud7a3]{2,}")

_ROWS = {
    "": "aiueo",
    "k": "カキクケコ",
    "g": "ガギグゲゴ",
    "s": "サシスセソ",
    "z": "ザジズゼゾ",
    "t": "タチツテト",
    "d": "ダヂヅデド",
    "n": "ナニヌネノ",
    "h": "ハヒフヘホ",
    "b": "バビブベボ",
    "p": "パピプペポ",
    "m": "マミムメモ",
    "r": "ラリルレロ",
}
_BASE: dict[str, str] = {}
for _c, _row in _ROWS.items():
    if _c:
        for _v, _ch in zip("aiueo", _row, strict=True):
            _BASE[_ch] = _c + _v
_BASE.update(
    {
        "ア": "a", "イ": "i", "ウ": "u", "エ": "e", "オ": "o",
        "シ": "shi", "チ": "chi", "ツ": "tsu", "ジ": "ji", "ヂ": "ji", "ヅ": "zu",
        "ヤ": "ya", "ユ": "yu", "ヨ": "yo", "ワ": "wa", "ヲ": "o", "ン": "n", "ヴ": "vu",
        # フ stands for a foreign h before u (ネタニヤフ, Netanyahu); f is フ + a small vowel
        "フ": "hu",
    }
)  # fmt: skip
#: small vowels and glides: they replace the vowel of the syllable before (ティ: ti)
_SMALL = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ャ": "ya", "ュ": "yu", "ョ": "yo"}


def katakana_romaji(run: str) -> str:
    """A katakana run in Latin letters (ジョージェスク: jojesuku; ッ doubles what follows)."""
    out: list[str] = []
    double = False
    for ch in run:
        if ch == "ッ":
            double = True
            continue
        if ch == "ー":
            continue  # a long vowel: the same vowel (sound keys count vowels once)
        small = _SMALL.get(ch)
        if small is not None and out:
            prev = out[-1]
            cons = prev[:-1] if prev[-1:] in "aiueo" else prev
            if prev == "hu":
                cons = "f"  # フィ, ファ: fi, fa
            elif prev == "u":
                cons = "w"  # ウェ, ウィ: we, wi
            elif small.startswith("y") and cons.endswith(("sh", "ch", "j")):
                small = small[1:]  # ジョ: jo, not jyo
            out[-1] = cons + small
            continue
        syl = _BASE.get(ch)
        if syl is None:
            continue
        if double and syl[:1] not in "aiueo":
            syl = syl[0] + syl
        double = False
        out.append(syl)
    return "".join(out)


def _hangul_romaji(syllables: str) -> str:
    """Hangul in Latin letters, a syllable-final ㅅ as the consonant after it, as it is
    said (닛케이: nikkei, not niskei)."""
    from anyascii import anyascii  # Revised Romanization

    parts = [anyascii(ch).lower() for ch in syllables]
    for i in range(len(parts) - 1):
        final_s = (ord(syllables[i]) - 0xAC00) % 28 in (19, 20)  # ㅅ, ㅆ
        nxt = parts[i + 1][:1]
        if final_s and parts[i].endswith("s") and nxt and nxt not in "aeiouy":
            parts[i] = parts[i][:-1] + nxt
    return "".join(parts)


_DIGRAPHS = (
    ("tsch", "j"), ("tch", "j"), ("dg", "j"), ("sch", "s"), ("ch", "j"), ("sh", "s"), ("zh", "j"),
    ("ts", "j"), ("tz", "j"), ("dz", "j"), ("th", "t"), ("ph", "p"), ("kh", "k"),
    ("gh", "g"), ("ck", "k"), ("eu", "u"), ("eo", "o"), ("ae", "e"), ("oe", "e"),
    ("ou", "u"), ("ei", "e"), ("ui", "i"),
)  # fmt: skip
_LETTERS = str.maketrans("zlvfgdbqcyw", "jrppktpkki\x00")
_NOT_KEY = re.compile("[^a-z]")
_CLOSING_NG = re.compile("ng(?![aeiouy])")
_DOUBLED = re.compile(r"(.)\1+")
_CONSONANTS = re.compile("[^aeiou]+")
_VOWELS = re.compile("[aeiou]")
#: a vowel a script adds after a consonant that has none (Bild: 빌트, bilteu; ビルト, biruto)
_ADDED_VOWEL = re.compile(r"(?<=[^aeiou])(?:u|(?<=t)o)(?=[^aeiou]|$)")


@lru_cache(maxsize=4096)
def _normal(word: str) -> str:
    # a final or closing ng is the n of kana (Samsung: サムスン, Hong Kong: ホンコン)
    w = _CLOSING_NG.sub("n", _NOT_KEY.sub("", word.lower()))
    for a, b in _DIGRAPHS:
        w = w.replace(a, b)
    # a soft c is the s the scripts write (Facebook: フェイスブック, Mercedes: メルセデス)
    w = SOFT_C.sub("s", w)
    w = w.translate(_LETTERS).replace("\x00", "").replace("x", "ks").replace("h", "")
    return _DOUBLED.sub(r"\1", w.replace("np", "mp"))  # トランプ: toranpu, Trump


def sound_keys(word: str, *, added_vowels: bool = False) -> tuple[str, ...]:
    """The keys a name or a transliterated word is compared by: `c:` its consonants (when
    four or more), else `v:` its letters; with `added_vowels` (a word from kana or hangul)
    also its letters without the vowels the script added."""
    return _keys(_normal(word), added_vowels)


def _keys(w: str, added_vowels: bool) -> tuple[str, ...]:
    consonants = _DOUBLED.sub(r"\1", _VOWELS.sub("", w))
    if len(consonants) >= 4:
        return ("c:" + consonants,)
    if len(w) < 3 or not consonants:
        return ()
    keys = ["v:" + w]
    if added_vowels:
        bare = _ADDED_VOWEL.sub("", w)
        if bare != w and len(bare) >= 3:
            keys.append("v:" + bare)
    return tuple(keys)


def script_words(raw: str) -> list[str]:
    """The katakana runs and hangul words of a CJK word, romanised (ツ also as the tu of a
    foreign name), and the Japanese names it writes in kanji; a hangul word also without
    one to three final syllables (its particles: 혼다와, 닛산자동차)."""
    out: list[str] = []
    for run in _KATAKANA_RUN.findall(unicodedata.normalize("NFKC", raw)):
        out.append(romaji := katakana_romaji(run))
        if "tsu" in romaji:
            out.append(romaji.replace("tsu", "tu"))  # a foreign tu (バヌアツ: Vanuatu)
    if _HAN.search(raw):
        # names in kanji, read as Japanese (小林: Kobayashi; `kanji_names.txt`)
        pattern, table = _kanji_names()
        out += [table[m.group()] for m in pattern.finditer(raw)]
    for run in _HANGUL_RUN.findall(raw):
        for cut in range(0, min(3, len(run) - 2) + 1):
            romaji = _hangul_romaji(run[: len(run) - cut])
            out.append(romaji)
            # the older spelling many Korean names and firms keep: ㅓ as u, ㅐ as ai
            # (현대: hyeondae, Hyundai; 정: jeong, Jung; 명: myeong, Myung), either or both
            eo_u = romaji.replace("eo", "u")
            for older in dict.fromkeys(
                (eo_u, romaji.replace("ae", "ai"), eo_u.replace("ae", "ai"))
            ):
                if older != romaji:
                    out.append(older)
    return out


class KanaNames:
    """Latin name tokens by their sound keys, looked up from kana and hangul words."""

    __slots__ = ("_by_key",)

    def __init__(self, names: set[str]) -> None:
        self._by_key: dict[str, set[str]] = {}
        for tok in names:
            if len(tok) < 3 or not tok.isalpha() or not tok.isascii():
                continue
            for form in _kana_forms(tok):
                for key in sound_keys(form):
                    self._by_key.setdefault(key, set()).add(tok)

    def __bool__(self) -> bool:
        return bool(self._by_key)

    def lookup(self, raw: str) -> set[str]:
        """The name tokens a CJK word (as written) holds in kana or hangul."""
        found: set[str] = set()
        for romaji in script_words(raw):
            for key in sound_keys(romaji, added_vowels=True):
                found.update(self._by_key.get(key, ()))
        return found


def _kana_forms(tok: str) -> set[str]:
    """A Latin name as kana and hangul may hear it: also without a silent final e (Seine:
    セーヌ), without an r after a vowel, as English loanwords drop it (Supermicro:
    スーパーマイクロ, 슈퍼마이크로), and with a final -er as the long a kana write
    (Miller: ミラー)."""
    forms = {tok}
    bare = _SILENT_R.sub("", tok)
    if any(k.startswith("c:") for k in sound_keys(bare)):
        forms.add(bare)  # consonants enough to compare by (Fordo's fodo is 보도, "report")
    if len(tok) >= 5 and _SILENT_E.search(tok):
        forms.add(tok[:-1])
    if len(tok) >= 5 and tok.endswith("er"):
        er = tok[:-2] + "a"  # a final -er is a long a in kana (Miller: ミラー)
        forms |= {er, _SILENT_R.sub("", er)}  # (Horner: ホーナー)
    return forms


_SILENT_E = re.compile("[^aeiouy]e$")
_SILENT_R = re.compile("(?<=[aeiou])r(?![aeiouy])")
_HAN = re.compile("[\u4e00-\u9fff]{2,}")
#: the longest run of characters compared with a name (斯克里帕尔 is five)
_HAN_LONGEST = 6
#: a run is a name written by its sound when all its characters are ones Chinese writes
#: foreign names with (斯克里帕尔); a Chinese name (two or three characters, compared
#: letter for letter) starts with a common family name (董军 is Dong Jun, 动军 in 调动军队
#: "mobilise troops" is not)
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤习温俞柴聂岳章鲁葛伍庞常翟殷康施欧洪"
    # common in Taiwan and Hong Kong (柯文哲, 赖清德)
    "柯赖游简庄詹颜萧翁童连巫涂骆纪邢凌傅卓管包阮"
    # written in traditional characters (Taiwan, Hong Kong: 陳, 張, 賴清德)
    "陳張劉楊黃趙吳孫馬鄭羅謝許韓馮鄧蕭葉蘇呂盧鍾譚陸鄒閆龍賀顧龔萬錢嚴湯習溫聶魯龐歐賴顏莊簡連駱紀"
)
_SOUND_CHARS = frozenset(
    "阿埃艾安奥巴白班邦贝本比彼宾波伯布查达戴丹道德迪蒂丁东杜多厄恩尔法范菲费芬弗福盖甘戈格"
    "根古哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康科克肯库夸奎拉莱兰朗劳勒雷里利莉连林琳卢鲁路伦"
    "罗洛马迈麦曼梅门蒙米明莫姆穆纳奈南内尼宁纽努诺欧帕派潘佩彭皮普齐奇恰乔切钦丘萨塞桑瑟森沙"
    "尚舍什施舒斯松苏索塔泰坦汤特提图托瓦万威韦维温沃乌西希夏谢辛休耶伊因英尤于约扎泽詹赞佐娜"
    "娃娅丽莎莉塞亚"
    # the same in traditional characters (瓦努阿圖: Vanuatu)
    "圖爾羅蘭倫亞維薩傑納諾達邁麥門內紐歐喬齊奧賓貝費蓋漢華賈凱庫誇勞連盧魯馬寧欽蘇湯萬韋溫烏謝於約紮澤贊婭麗東範萊"
)


#: Wade-Giles syllable endings (and starts) whose pinyin sounds apart once normalised:
#: Hung: hong, Chieh: jie, Lien: lian, Hsueh: xue, Chih: zhi, Erh: er, Ko and Ho: ke, he
_WADE_GILES = (
    (re.compile(r"ung$"), "ong"),
    (re.compile(r"ieh$"), "ie"),
    (re.compile(r"ien$"), "ian"),
    (re.compile(r"ueh$"), "ue"),
    (re.compile(r"(?<=[a-z])ih$"), "i"),
    (re.compile(r"^erh$"), "er"),
    (re.compile(r"^(k|h)o$"), r"\1e"),
)


def _wade_giles(word: str) -> str:
    """A word of a Chinese name in Wade-Giles (Taiwan writes names so: Ko Wen-je, Kao
    Hung-an) as pinyin spells it, as far as the sound keys tell them apart."""
    w = word.lower()
    for pattern, repl in _WADE_GILES:
        w = pattern.sub(repl, w)
    return w


def _pinyin(form: str) -> str:
    """A pinyin (or Latin) form with x and q as they sound to other languages (xi: si)."""
    return form.lower().replace("x", "s").replace("q", "j")


@lru_cache(maxsize=8192)
def _han_syllable(ch: str) -> str:
    from anyascii import anyascii

    return _normal(_pinyin(anyascii(ch)))


@lru_cache(maxsize=8192)
def _han_letters(ch: str) -> tuple[str, str]:
    """A character's pinyin as written (华: hua), and its sound as a foreign v (瓦, wa:
    Vanuatu's va; Chinese writes a v with w)."""
    from anyascii import anyascii

    raw = anyascii(ch).lower()
    sound = _han_syllable(ch)
    return raw, ("p" + sound if raw.startswith("w") else sound)


#: a name compared with its characters' pinyin letter for letter (华为: Huawei) is at
#: least this long
_PINYIN_SHORTEST = 5


def _han_keys(w: str) -> tuple[str, str]:
    """A normalised form's keys for Chinese runs: all its letters, and its consonants
    (doubled letters once, but consonants either side of a vowel both: tiao-dong-jun is
    ttnkjn, not Dong Jun's tnkjn)."""
    w = _DOUBLED.sub(r"\1", w.replace("np", "mp"))
    return "v:" + w, "c:" + _VOWELS.sub("", w)


V = TypeVar("V")


class HanNames(Generic[V]):
    """Latin name terms by their sound, found in runs of Chinese characters; and names of
    several words, which kana and hangul write as one (김정은, キム・ジョンウン: Kim Jong Un)."""

    __slots__ = ("_by_key", "_by_sound")

    def __init__(self) -> None:
        self._by_key: dict[str, list[V]] = {}
        self._by_sound: dict[str, list[V]] = {}

    def add(self, words: Sequence[str], value: V) -> None:
        """A name of one or more words (all Latin letters), and what finding it stands for."""
        if not all(w.isascii() and w.isalpha() for w in words) or "".join(words).isupper():
            return  # an acronym (WADA) is not said as a name
        form = "".join(words)
        if len(form) < 4:
            return
        if len(words) == 1 and len(form) >= _PINYIN_SHORTEST:
            # a one-word name that is its characters' pinyin (Huawei: 华为, 華為), whatever
            # they are (a person's name of two words starts with a family name: 董军)
            self._by_key.setdefault("p:" + form.lower(), []).append(value)
        forms = {form, "".join(map(_wade_giles, words))} if len(words) >= 2 else {form}
        for f in forms:  # Ko Wen-je, Wade-Giles: 柯文哲, Ke Wenzhe in pinyin
            full, consonants = _han_keys(_normal(_pinyin(f)))
            self._by_key.setdefault(full, []).append(value)
            if len(consonants) >= 6:  # "c:" and four consonants
                self._by_key.setdefault(consonants, []).append(value)
        if len(words) >= 2:
            # each word's closing ng as kana hear it too (Jong Un: ジョンウン, 정은 keeps it)
            alike = "".join(_CLOSING_NG.sub("n", w.lower()) for w in words)
            forms = {form, alike}
            if (family := _KOREAN_FAMILY.get(words[0].lower())) is not None:
                # Lee Jae-yong is 이재용 (i-jae-yong), Park is 박 (bak), Moon is 문 (mun)
                forms |= {family + "".join(words[1:]), family + alike[len(words[0]) :]}
            for key in {k for f in forms for k in sound_keys(f)}:
                self._by_sound.setdefault(key, []).append(value)

    def __bool__(self) -> bool:
        return bool(self._by_key) or bool(self._by_sound)

    def find(self, folded: str, text: str = "") -> list[tuple[V, int, int]]:
        """What the names found stand for, with their spans, in a folded text; `text` is
        what it was folded from, offset for offset, where kana keep the voicing marks
        folding strips (ジョンウン, not ションウン)."""
        out: list[tuple[V, int, int]] = []
        by_key = self._by_key
        for m in _HAN.finditer(folded):
            run = m.group()
            syls = [_han_syllable(ch) for ch in run]
            letters = [_han_letters(ch) for ch in run]
            for i in range(len(run) - 1):
                w, v, raw = syls[i], letters[i][1], letters[i][0]
                seen: set[int] = set()  # the shortest run for each name starting here
                sounds = run[i] in _SOUND_CHARS
                family = run[i] in _SURNAMES
                for j in range(i + 1, min(len(run), i + _HAN_LONGEST)):
                    w, v, raw = w + syls[j], v + letters[j][1], raw + letters[j][0]
                    keys: list[str] = ["p:" + raw] if len(raw) >= _PINYIN_SHORTEST else []
                    sounds = sounds and run[j] in _SOUND_CHARS
                    named = family and j - i < 3  # 董军, 习近平: letter for letter
                    if named or (sounds and j > i + 1):  # 比亚 is in 利比亚
                        full, consonants = _han_keys(w)
                        keys += (full, consonants) if sounds and j > i + 1 else (full,)
                        if sounds and j > i + 1 and v != w:
                            keys += _han_keys(v)  # 瓦努阿图: Vanuatu
                    elif not (sounds or family or keys):
                        break
                    for key in keys:
                        for value in by_key.get(key, ()):
                            if id(value) not in seen:
                                seen.add(id(value))
                                out.append((value, m.start() + i, m.start() + j + 1))
        for hangul, start, end in _korean_names(folded) if self._by_sound else ():
            found = {  # 李在明: 이재명, Lee Jae-myung
                id(value): value
                for romaji in script_words(hangul)
                for key in sound_keys(romaji, added_vowels=True)
                for value in self._by_sound.get(key, ())
            }
            out += [(value, start, end) for value in found.values()]
        spoken = text if len(text) == len(folded) else folded
        for m in _SOUND_WORD.finditer(spoken) if self._by_sound else ():
            found = {
                id(value): value
                for romaji in script_words(m.group().replace("・", ""))
                for key in sound_keys(romaji, added_vowels=True)
                for value in self._by_sound.get(key, ())
            }
            out += [(value, m.start(), m.end()) for value in found.values()]
        return out


def _korean_names(folded: str) -> list[tuple[str, int, int]]:
    """Korean names of three characters in Chinese characters, read as Korean (李在明:
    이재명, ijaemyeong; 金正恩: 김정은), with their spans: a run starting with a Korean family
    name whose characters all have a Sino-Korean reading (`hanja.txt`)."""
    out: list[tuple[str, int, int]] = []
    for m in _HAN.finditer(folded):
        run = m.group()
        for i in range(len(run) - 2):
            if run[i] not in _KOREAN_SURNAMES:
                continue
            hangul = _hanja_reading(run[i : i + 3])
            if hangul is not None:
                out.append((hangul, m.start() + i, m.start() + i + 3))
    return out


def _hanja_reading(chars: str) -> str | None:
    """Chinese characters read as Korean, the first as a family name is said (李: 이, not
    리: an initial ㄹ is dropped before i and y, said ㄴ before other vowels)."""
    table = _hanja()
    if not all(ch in table for ch in chars):
        return None
    syllables = [table[ch] for ch in chars]
    code = ord(syllables[0]) - 0xAC00
    initial, medial = code // 588, (code % 588) // 28
    if initial in (2, 5):  # ㄴ, ㄹ
        new = 11 if medial in _IOTIC else 2
        syllables[0] = chr(0xAC00 + new * 588 + code % 588)
    return "".join(syllables)


#: Korean family names as they are usually spelt in Latin letters, and as hangul says them
#: where the two sound apart (Lee: 이, i; Park: 박, bak; Choi: 최, choe; Moon: 문, mun)
_KOREAN_FAMILY = {
    "lee": "i", "rhee": "i", "yi": "i", "park": "bak", "pak": "bak", "choi": "choe",
    "lim": "im", "rim": "im", "roh": "no", "yoo": "yu", "ryu": "yu", "moon": "mun",
    "yoon": "yun", "paik": "baek", "chung": "jeong", "jung": "jeong", "woo": "u",
}  # fmt: skip
#: the vowels an initial ㄹ or ㄴ is dropped before (ㅣ ㅑ ㅕ ㅛ ㅠ ㅖ ㅒ)
_IOTIC = frozenset({20, 2, 6, 12, 17, 7, 3})
#: Korean family names in Chinese characters, traditional and simplified
_KOREAN_SURNAMES = frozenset(
    "金李朴崔鄭郑姜趙赵尹張张林韓韩吳吴申徐權权黃黄安宋柳洪全高文孫孙梁裴白曺曹許许"
    "南沈劉刘盧卢河丁成車车具郭禹朱任羅罗辛閔闵俞秋魯鲁玄廉卞"
)


@lru_cache(maxsize=1)
def _kanji_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Japanese names in kanji and their Latin spelling, from `kanji_names.txt`, with a
    pattern finding the longest first (小林製薬 before 小林)."""
    text = (Path(__file__).parent / "kanji_names.txt").read_text(encoding="utf-8")
    table = dict(
        line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#")
    )
    keys = sorted(table, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys))), table


@lru_cache(maxsize=1)
def _hanja() -> dict[str, str]:
    """Each character's Sino-Korean reading (hangul), from `hanja.txt`."""
    text = (Path(__file__).parent / "hanja.txt").read_text(encoding="utf-8")
    return {
        ch: hangul
        for line in text.splitlines()
        if line and not line.startswith("#")
        for hangul, chars in [line.split("\t", 1)]
        for ch in chars
    }


#: a word kana or hangul write a name of several words as (キム・ジョンウン, 김정은)
_SOUND_WORD = re.compile("[\u30a1-\u30fa\u30fb\u30fc]{3,}|[\uac00-\ud7a3]{2,}")

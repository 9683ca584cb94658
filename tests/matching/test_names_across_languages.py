"""A claim written in English found in items of other languages: places and institutions
by their own names ("Russia": Россия, Rusya, روسيا), multi-word phrases by their
translation ("shot down": сбит, abbattuto), names spelled each language's way (Prigozhin:
Prigoschin, Prigożyn), codes written with Cyrillic look-alike letters (МН17), and the
stance cues of issue 16's later round. Sentences and names are our own."""

from __future__ import annotations

import pytest

from bot.matching import Matcher
from bot.records import Claim
from bot.text import fold, fold_aligned

# made-up affairs around real places (the places are what is tested)
AIRLINER = Claim(
    "airliner",
    "Flight QX451 was shot down by a Russian missile over the Black Sea",
    (("QX451", "Quessant Air"), ("shot down", "missile")),
    context=("Russia", "Russian", "Moscow", "Kremlin"),
)
OLIGARCH = Claim(
    "oligarch",
    "Kremlin allies arranged the crash of Boris Zhuravlev's jet",
    (("Zhuravlev",), ("jet", "plane", "crash")),
)
SYNDROME = Claim(
    "syndrome",
    "Hamburg syndrome attacks on diplomats were carried out by Russian intelligence",
    (("Hamburg syndrome", "Hamburg"), ("Russia", "Russian", "GRU")),
)
PALACE = Claim(
    "palace",
    "Turkey blocked the Marlow inquiry at the request of the White House",
    (("Marlow",), ("Turkey", "Turkish", "White House")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((AIRLINER, OLIGARCH, SYNDROME, PALACE))


def found(m: Matcher, claim: str, title: str, summary: str = "") -> str | None:
    for x in m.match(title, summary):
        if x.claim_id == claim:
            return x.stance
    return None


# -- places and institutions by their own names ------------------------------------------
PLACES = [
    ("airliner", "Рейс QX451 был сбит ракетой, заявили в Москве"),  # Moscow, shot down
    ("airliner", "QX451 uçağı bir füzeyle düşürüldü; Rusya suçlamaları reddetti"),
    ("airliner", "Il volo QX451 abbattuto da un missile russo, dice il rapporto"),
    ("airliner", "El vuelo QX451 fue derribado por un misil ruso"),
    ("airliner", "Flug QX451 von russischer Rakete abgeschossen"),
    ("airliner", "Lot QX451 zestrzelony przez rosyjską rakietę"),
    ("palace", "Marlow soruşturması Türkiye tarafından engellendi"),
    ("palace", "L'enquête Marlow bloquée par la Turquie"),
    ("palace", "Расследование Marlow заблокировано по просьбе Белого дома"),
]


@pytest.mark.parametrize(("claim", "title"), PLACES)
def test_places_and_phrases_in_other_languages(matcher: Matcher, claim: str, title: str) -> None:
    assert found(matcher, claim, title) is not None


def test_a_place_is_not_an_action(matcher: Matcher) -> None:
    # a negation next to a place name negates no action of the claim
    title = "QX451 abbattuto da un missile, ma non dalla Russia secondo Ankara"
    assert found(matcher, "airliner", title) is not None


# -- names spelled each language's way ------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Absturz von Schurawljows Jet: Kreml weist Vorwürfe zurück",  # German spelling
        "Katastrofa samolotu Żurawlewa: Kreml milczy",  # Polish
        "Zhuravlev jet crash: new footage",
        "Крушение самолета Журавлева: новые кадры",
    ],
)
def test_names_spelled_each_languages_way(matcher: Matcher, title: str) -> None:
    assert found(matcher, "oligarch", title) is not None


@pytest.mark.parametrize(
    "title",
    [
        "Журналисты связали «гамбургский синдром» с российским ГРУ",  # adjective, Г for H
        "Гамбург і ГРУ: у російської розвідки є таємна зброя",  # Ukrainian
        "Гамбург и ГРУ: новое расследование",
    ],
)
def test_cyrillic_g_for_h_and_adjectives_of_names(matcher: Matcher, title: str) -> None:
    assert found(matcher, "syndrome", title) is not None


def test_a_cyrillic_g_word_is_not_any_h_name(matcher: Matcher) -> None:
    assert found(matcher, "syndrome", "Гамма-излучение и ГРУ") is None


# -- codes written with Cyrillic look-alike letters ------------------------------------
def test_cyrillic_look_alike_codes_read_as_latin() -> None:
    assert fold("МН17") == "mh17"
    text = "Боїнг МН17 був збитий, рейс ВА-2490 и 2014 року"
    folded = fold_aligned(text)
    assert len(folded) == len(text)
    assert "mh17" in folded and "ba-2490" in folded and "року" in folded
    # a Cyrillic word without digits stays Cyrillic
    assert fold_aligned("МВД сообщило 5 мая") == "мвд сообщило 5 мая"


def test_a_cyrillic_code_finds_the_claim(matcher: Matcher) -> None:
    claim = Claim("mh", "MH17 was shot down", (("MH17",), ("shot down", "missile")))
    m = Matcher((claim,))
    assert found(m, "mh", "Малайзійський Боїнг МН17 був збитий ракетою") is not None


# -- stance cues of this round ---------------------------------------------------------
STANCE = [
    # asked for, not given: no confirmation
    (
        "oligarch",
        "The Kremlin dismissed reports it arranged Zhuravlev's jet crash, calling for"
        " verified information",
        "contradiction",
    ),
    ("oligarch", "Zhuravlev jet crash: ministry says the Kremlin confirmed the findings", "update"),
    # a dismissal as political persecution
    (
        "oligarch",
        "Zhuravlev jet crash charges are political persecution, his rival says",
        "contradiction",
    ),
    ("oligarch", "Zhuravlev: acusação sobre queda do jato é perseguição política", "contradiction"),
    # the claim's own words are no cue ("shot down" is also "rejected" in English)
    ("airliner", "QX451 shot down by a Russian missile, investigators say", "update"),
    # denied landing, not a denial of the report
    (
        "airliner",
        "Rusia negó el aterrizaje al vuelo QX451 antes de ser derribado por un misil",
        "update",
    ),
    # "by mistake" is no correction note
    ("airliner", "Il volo QX451 abbattuto per errore da un missile russo", "update"),
    # the accused appeals the ruling; a measure never taken
    (
        "airliner",
        "Russia appeals the tribunal's ruling blaming it for the QX451 missile strike",
        "contradiction",
    ),
    ("airliner", "Россия обжаловала решение суда по делу о ракете и QX451", "contradiction"),
    # accused of lying is no denial; the event called a stunt is no dismissal of the report
    ("oligarch", "Zhuravlev's widow accuses the Kremlin of lying about the jet crash", "update"),
    ("oligarch", "Viúva acusa o Kremlin de mentir sobre a queda do jato de Zhuravlev", "update"),
    (
        "oligarch",
        "Investigators say the Kremlin is behind a stunt: Zhuravlev's jet crash",
        "update",
    ),
    # a reference to the claim right before its cue (verb-final languages)
    ("oligarch", "Zhuravlev jeti düştü: Kremlin hakkındaki iddialar çürütüldü", "contradiction"),
]


@pytest.mark.parametrize(("claim", "title", "want"), STANCE)
def test_stance_cues(matcher: Matcher, claim: str, title: str, want: str) -> None:
    assert found(matcher, claim, title) == want


# -- multi-word terms translated word by word ----------------------------------------
COMPOUND = Claim(
    "compound",
    "Twelve Chinese swimmers were cleared after a Brevik lab leak",
    (("Chinese swimmers",), ("lab leak", "Brevik")),
)


@pytest.mark.parametrize(
    "title",
    [
        "Китайские пловцы: утечка из лаборатории, заявили в агентстве",
        "Nadadores chinos: la fuga del laboratorio explicaría los positivos",
        "Nuotatori cinesi, la fuga dal laboratorio spiega i test",
    ],
)
def test_a_multi_word_term_translated_word_by_word(title: str) -> None:
    assert found(Matcher((COMPOUND,)), "compound", title) is not None


def test_a_compounds_parts_must_stand_together() -> None:
    # the parts in different sentences are not the compound
    title = "Китайские спортсмены выступят в Париже. Пловцы из Австралии и утечка данных."
    assert found(Matcher((COMPOUND,)), "compound", title) is None


def test_a_chinese_place_name_inside_a_longer_one_is_that_other_place() -> None:
    claim = Claim("z", "Russia shelled the Zaporizhzhia plant", (("Russia",), ("Zaporizhzhia",)))
    m = Matcher((claim,))
    assert found(m, "z", "俄罗斯炮击 Zaporizhzhia 核电站") is not None
    assert found(m, "z", "白俄罗斯总统谈 Zaporizhzhia 核电站") is None  # Belarus


# -- names in Arabic script and inside Chinese text --------------------------------------
# made-up names: an Arabic writer spells a foreign g as غ, ق or ج and a final vowel as ه
WRITER = Claim(
    "writer",
    "The novelist Jorge Madruggi was detained at the border on the minister's orders",
    (("Madruggi",), ("detained", "arrest", "border")),
)
ALLOY = Claim(
    "alloy",
    "The QZ-17 alloy is stronger than titanium",
    (("QZ-17", "QZ17"), ("alloy", "titanium")),
)


def test_an_arabic_spelling_of_a_name_with_g_is_the_name() -> None:
    m = Matcher((WRITER,))
    assert found(m, "writer", "السلطات تنفي احتجاز مادروقي على الحدود") is not None
    assert found(m, "writer", "احتجاز الكاتب مادروجي على الحدود") is not None


@pytest.mark.parametrize(
    ("name", "arabic"),
    [
        ("Chesterwick", "تشسترويك"),  # English ch as ش
        ("Whatsby", "واتسبي"),  # wh as و
        ("Celvarra", "سيلفارا"),  # a soft c as س
    ],
)
def test_arabic_hears_a_latin_spelling(name: str, arabic: str) -> None:
    club = Claim("club", f"{name} broke the league's spending rules", ((name,), ("rules",)))
    m = Matcher((club,))
    assert found(m, "club", f"{arabic} ينفي خرق القواعد المالية rules") is not None


def test_a_latin_code_inside_chinese_text_is_a_word() -> None:
    m = Matcher((ALLOY,))
    assert found(m, "alloy", "研究称QZ-17 alloy并不比titanium更强") is not None
    assert found(m, "alloy", "QZ17合金") is None  # the code alone is not the claim


def test_cyrillic_dzh_is_an_english_j() -> None:
    m = Matcher((Claim("envoy", "Envoy Rajjan Molvi was expelled", (("Molvi",), ("Rajjan",))),))
    assert found(m, "envoy", "Посол Раджан Молви выслан из страны") is not None


def test_a_french_spelling_of_a_slavic_name_is_the_name() -> None:
    # French writes ж as j and adds a silent e: Jouravlev, Prigojine
    m = Matcher((Claim("chief", "Yevgeny Bazhenin's jet was downed", (("Bazhenin",), ("jet",))),))
    assert found(m, "chief", "Le jet de Bajenine abattu") is not None


# -- compounds: a translated word as the head of a longer word ------------------------
LEDGER = Claim(
    "ledger",
    "Pellwick Payments committed fraud to inflate its sales",
    (("Pellwick",), ("fraud",)),
)


@pytest.mark.parametrize(
    "title",
    [
        "Ermittler prüfen möglichen Bilanzbetrug bei Pellwick",
        "Pellwick: Staatsanwaltschaft ermittelt wegen Anlagebetrugs",
    ],
)
def test_a_translated_word_heads_a_compound(title: str) -> None:
    m = Matcher((LEDGER,))
    assert [x.claim_id for x in m.match(title, "")] == ["ledger"]


def test_a_compound_head_needs_a_word_before_it() -> None:
    # "betrug" must end the word after four letters or more: "Betrugsverdacht" starts with
    # it (found as a prefix), "Trugbild" holds no head at all
    m = Matcher((LEDGER,))
    assert [x.claim_id for x in m.match("Pellwick unter Betrugsverdacht", "")] == ["ledger"]
    assert m.match("Pellwick zeigt ein Trugbild", "") == []


def test_a_short_name_in_another_script_is_not_met_by_another_consonant() -> None:
    # Кремль is "kreml" in Latin letters: "Krell" differs in a consonant (m/l), not in
    # the vowels or sounds that transliterations spell differently
    m = Matcher((Claim("k", "Musk talks to the Kremlin", (("Кремль",), ("Musk",))),))
    assert m.match("Krell praises Musk", "") == []
    assert [x.claim_id for x in m.match("Kreml: Musk talks", "")] == ["k"]


def test_german_and_polish_ch_writes_kh() -> None:
    dam = Claim("dam", "Gorovian troops blew up the Zakhorka dam", (("Zakhorka",), ("dam",)))
    m = Matcher((dam,))
    assert [x.claim_id for x in m.match("Russland steckt hinter dem Zachorka-Damm (dam) Bruch", "")]
    assert [x.claim_id for x in m.match("Dam on the Zachorka river: what we know", "")] == ["dam"]


@pytest.mark.parametrize(
    "title",
    [
        "शेख हसीना पर court का फैसला",  # Hindi
        "হাসিনার court",  # Bengali, with a case ending
        "షేక్ హసీనా court",  # Telugu
        "شیخ حسینہ court",  # Urdu: its own yeh and heh
    ],
)
def test_a_name_in_the_scripts_of_south_asia(title: str) -> None:
    m = Matcher((Claim("h", "Marsk ordered force", (("Hasina",), ("court",))),))
    assert [x.claim_id for x in m.match(title, "")] == ["h"]


@pytest.mark.parametrize(
    "title",
    [
        "Триметазидин мог попасть в организм Пелловой",
        "Пеллова принимала триметазидин",
        "Pellova ha assunto trimetazidina",
    ],
)
def test_a_technical_word_no_lexicon_translates_is_transliterated_as_a_name(title: str) -> None:
    drug = Claim("drug", "Pellova doped", (("Pellova", "Пеллова"), ("trimetazidine",)))
    assert [x.claim_id for x in Matcher((drug,)).match(title, "")] == ["drug"]


def test_a_long_word_the_lexicon_translates_is_not_taken_for_a_name() -> None:
    # "election" has its translations (выбор…): a Cyrillic word with its skeleton is not
    # looked up as a transliteration of it
    m = Matcher((Claim("e", "Pellova rigged the election", (("Pellova",), ("election",))),))
    assert m.match("Пеллова: элекшн", "") == []


@pytest.mark.parametrize(
    "title",
    [
        "Verfolgung von Christen in Pellonia",
        "Persécution des chrétiens en Pellonia",
        "Преследование христиан в Пеллонии",
        "Pellonia: persecución de cristianos",
    ],
)
def test_a_people_or_faith_a_claim_names_is_found_in_other_languages(title: str) -> None:
    faith = Claim("faith", "Christians are persecuted", (("Pellonia", "Пеллони"), ("Christians",)))
    assert [x.claim_id for x in Matcher((faith,)).match(title, "")] == ["faith"]


def test_an_ordinary_english_word_the_files_lack_is_no_technical_term() -> None:
    # "communication" ends as English words are made: it is not looked up as a name in
    # other scripts (every Cyrillic word with its skeleton would be a candidate)
    m = Matcher((Claim("c", "Pellova's communication", (("Pellova",), ("communication",))),))
    assert m.match("Пеллова: коммьюникейшн", "") == []


@pytest.mark.parametrize(
    "title",
    [
        "Katastrofa samolotu Quessant Air nad Ostrawką: QX451 zestrzelony w Nowej Kachowce",
    ],
)
def test_a_slavic_locative_changes_a_names_last_consonant(title: str) -> None:
    # Kachowka in the locative is "w Nowej Kachowce" (Kakhovka): -ka becomes -ce
    dam = Claim("dam", "The Kakhovka dam was blown up", (("Kakhovka",), ("dam", "zapora", "QX451")))
    assert [m.claim_id for m in Matcher((dam,)).match(title, "")] == ["dam"]
    assert Matcher((dam,)).match("Zestrzelony QX451 nad Krakowem", "") == []

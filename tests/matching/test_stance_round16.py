"""Stance and matching, stop 28: names across scripts as those scripts spell them (Greek
μπ inside a word, a doubled consonant written once, ph as f), the first word of a Slavic
place name declined, no case to answer, defending oneself against a report, human error
as an innocent account, and harm to fertility. Claims and names of our own, as in
test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim
from bot.text import to_ascii

#: names whose other-script spellings are tested below
CRASH = Claim(
    "crash",
    "The Kempelos rail crash was caused by a hidden cargo",
    (("Kempelos",), ("cargo", "crash")),
)
SINGER = Claim(
    "singer",
    "The singer Gallotti was questioned over a fraud",
    (("Gallotti",), ("fraud", "questioned")),
)
SYRUP = Claim(
    "syrup",
    "Rudolf's cough syrup killed children",
    (("Rudolf",), ("syrup", "children")),
)

#: a claim against a person, for the cues of a case dropped and of self-defence
ABUSE = Claim(
    "abuse",
    "The singer Varro had women drugged at his concerts",
    (("Varro",), ("women", "drugged", "abuse")),
)
#: a claim of a deliberate act: an innocent account contradicts it
SABOTAGE = Claim(
    "sabotage",
    "Deliberate sabotage of the signals caused the Lenbury rail crash",
    (("Lenbury",), ("crash", "sabotage")),
)
#: a claim of harm to fertility: a finding of safety contradicts it
STERILE = Claim(
    "sterile",
    "The Zorvax vaccine was laced with a hormone to sterilise women",
    (("Zorvax",), ("vaccine", "hormone")),
)
#: a place whose name starts with a Slavic adjective
PLACE = Claim(
    "place",
    "The Novi Lesk station canopy collapsed because of the renovation",
    (("Novi Lesk",), ("canopy", "renovation", "reconstruction")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((CRASH, SINGER, SYRUP, ABUSE, SABOTAGE, STERILE, PLACE))


@pytest.mark.parametrize(
    ("word", "ascii"),
    [
        ("Τέμπη", "tempi"),  # μπ inside a word keeps its m
        ("Μπολσονάρου", "bolsonaru"),  # … and is b at the start
        ("Ντονγκ", "dong"),  # ντ starts as d; νγκ is ng
        ("Σιγκαπούρη", "singapuri"),
        ("Λόντον", "lonton"),
    ],
)
def test_greek_letter_pairs_read_as_the_names_they_write(word: str, ascii: str) -> None:
    assert to_ascii(word) == ascii


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("crash", "Κεμπέλος: νέο πόρισμα για το φορτίο"),  # Greek, μπ inside the name
        ("singer", "Певец Галоти допрошен по делу о мошенничестве"),  # one l, one t
        ("syrup", "रुडोल्फ कफ सिरप से बच्चों की मौत"),  # फ is f
    ],
)
def test_names_in_other_scripts_are_found(matcher: Matcher, claim: str, title: str) -> None:
    assert [m.claim_id for m in matcher.match(title, "")] == [claim]


def test_a_short_name_is_not_met_through_a_consonant_written_once() -> None:
    # Russia's skeleton with its s once would be two consonants: too many words share it
    m = Matcher((Claim("r", "Russia doped", (("Russia",), ("doping", "यूरिन"))),))
    assert m.match("रईसी की मौत के पीछे यूरिन", "") == []


@pytest.mark.parametrize(
    "title",
    [
        "Abuse of women: prosecutors decided not to prosecute Varro",
        "Frauen: Verfahren gegen Varro mangels hinreichenden Tatverdachts eingestellt",
        "Abus sur des femmes : la plainte contre Varro classée sans suite",
        "Zaak tegen Varro over misbruik van vrouwen gesloten wegens onvoldoende bewijs",
        "Дело против Варро о насилии над женщинами закрыто за отсутствием состава преступления",
        # the case against him dropped: he is cleared
        "Frauen-Vorwürfe: Ermittlungen gegen Varro eingestellt",
        "Women's abuse claims: prosecutors drop the case against Varro",
        "Прокуратура прекратила расследование в отношении Варро по делу о насилии над женщинами",
    ],
)
def test_no_case_to_answer_contradicts(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "abuse", title) == "contradiction"


def test_a_case_closed_for_another_reason_stays_an_update(matcher: Matcher) -> None:
    # closed, and nothing says it was for want of a case: a closure alone is no finding
    title = "Abuse of women: prosecutors closed the Varro investigation and filed charges"
    assert stance(matcher, "abuse", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Varro defends himself against the women's abuse allegations",
        "Abus sur des femmes : Varro se défend",
        "Varro si è difeso dalle accuse di abusi sulle donne",
        "Varro wehrt sich gegen die Vorwürfe der Frauen",
    ],
)
def test_defending_oneself_against_the_report_contradicts(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "abuse", title) == "contradiction"


def test_having_to_defend_oneself_is_no_denial(matcher: Matcher) -> None:
    title = "Varro will not escape having to defend himself in court over the women's abuse claims"
    assert stance(matcher, "abuse", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Lenbury crash: the inquiry finds human error and multiple lapses",
        "Accidente de Lenbury: el informe apunta a un error humano",
        "Lenbury-Crash: Ermittler sprechen von menschlichem Versagen",
    ],
)
def test_human_error_is_an_innocent_account(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "sabotage", title) == "contradiction"


def test_human_error_offered_beside_the_claim_is_no_finding(matcher: Matcher) -> None:
    assert stance(matcher, "sabotage", "Lenbury crash: negligence or sabotage?") == "update"


def test_found_safe_contradicts_a_claim_of_harm_to_fertility(matcher: Matcher) -> None:
    assert stance(matcher, "sterile", "Zorvax vaccine is safe, says health ministry") == (
        "contradiction"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Nadstrešnica u Novom Lesku pala posle rekonstrukcije",
        "Protest iz Novog Leska zbog rekonstrukcije",
    ],
)
def test_the_first_word_of_a_slavic_place_name_declines(matcher: Matcher, title: str) -> None:
    assert [m.claim_id for m in matcher.match(title, "")] == ["place"]


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("ורדן ביקש מקסטלו", ["hebrew"]),  # Verden, Kastelo: ו as v, א/ו/י as vowels
        ("הוורדן והקסטלו נפגשו", ["hebrew"]),  # with the prefixes "the" and "and"
        ("מסך של ורדן", []),  # one name only
    ],
)
def test_hebrew_names_are_read_as_the_consonants_latin_writes(title: str, want: list[str]) -> None:
    m = Matcher((Claim("hebrew", "Verden asked Kastelo", (("Verden",), ("Kastelo",))),))
    assert [x.claim_id for x in m.match(title, "")] == want


@pytest.mark.parametrize(
    "summary",
    [
        "Swedish papers say Varro abused women after a party. The singer spoke of fake news.",
        'I giornali scrivono che Varro ha drogato delle donne. Il cantante parla di "fake news"',
        "Zeitungen berichten, Varro habe Frauen unter Drogen gesetzt. Der Sänger spricht von Fake News.",
    ],
)
def test_a_label_with_nothing_after_it_refers_to_the_sentence_before(
    matcher: Matcher, summary: str
) -> None:
    assert stance(matcher, "abuse", "Varro affair", summary) == "contradiction"


def test_a_label_of_what_its_sentence_names_stays_there(matcher: Matcher) -> None:
    summary = "Papers say Varro abused women. The singer said the new tax law is fake news."
    assert stance(matcher, "abuse", "Varro affair", summary) == "update"


def test_a_five_letter_stem_ends_a_compound_but_a_place_does_not() -> None:
    m = Matcher(
        (
            Claim(
                "cable",
                "A Kestrian ship cut the Baltic cables",
                (("Kestria",), ("cable", "cables")),
            ),
            Claim("rus", "Russia backed Varro", (("Varro",), ("Russia", "Russian"))),
        )
    )
    assert [x.claim_id for x in m.match("Zerstörte Ostseekabel: Kestria unter Verdacht", "")] == [
        "cable"
    ]
    assert m.match("Varro: pe cine dă vina Belarusul", "") == []


def test_arabic_writes_a_names_s_between_vowels_as_z() -> None:
    m = Matcher(
        (Claim("ship", "Rebels struck the Roosevelt", (("Roosevelt",), ("attack", "attacked"))),)
    )
    assert [x.claim_id for x in m.match("هجوم على حاملة الطائرات روزفلت", "")] == ["ship"]

"""Stance in Bulgarian (bg.toml): the ways the Bulgarian press writes a denial, a
non-involvement, "no evidence", scorn and a correction contradict a claim; reports,
confirmations, a denial of something else, a request, a question and an attribution stay
updates. Claims and names of our own, as in test_stance_general (an English word in
parentheses where the claim's word has no Bulgarian stems yet, as the other language
tests do)."""

from __future__ import annotations

import re

import pytest
from support.stance_claims import DOPING, LEAK, PIPELINE, SPYWARE, STRAIT, stance

from bot.matching import Matcher, lexicon
from bot.records import Claim
from bot.text import fold


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((PIPELINE, STRAIT, SPYWARE, DOPING, LEAK))


def test_the_bulgarian_file_is_loaded() -> None:
    (bg,) = [lang for lang in lexicon.LANGUAGES if lang.code == "bg"]
    assert bg.name == "Bulgarian"
    assert bg.cues["denial"] and bg.grammar["negation"]


CONTRADICTIONS = [
    # denial: "отрече", "отрича", "отрекоха", "отхвърли", "опроверга", "изключи"
    ("pipeline", "Валдория отрече участие в диверсията срещу Norvik", ""),
    ("pipeline", "Валдория отрича да е взривила газопровода Norvik", ""),
    ("pipeline", "Валдория отрекоха всякакво участие в атаката срещу Norvik", ""),
    ("pipeline", "Валдория отрича да е замесена в атаката срещу Norvik", ""),
    ("pipeline", "Валдория отрича да има връзка с взрива на Norvik", ""),
    ("pipeline", "Валдория категорично отхвърли обвиненията за взрива на Norvik", ""),
    ("pipeline", "Правителството на Валдория отхвърля твърденията за Norvik", ""),
    ("pipeline", "Валдория опроверга доклада за Norvik", ""),
    ("pipeline", "Прокуратурата изключи версията за валдорска намеса в Norvik", ""),
    ("leak", "Вирусът Quorra: лабораторията Lindqvist отхвърли твърденията за изтичане", ""),
    ("strait", "Кестрия отрече да е затворила пролива Ostrava", ""),
    ("spyware", "Шпионски софтуер Hexa: министърът отрича нарушения", ""),
    # denial after the report, in the lede
    ("pipeline", "Докладът: валдорски командоси взривиха Norvik", "Валдория отрече."),
    (
        "pipeline",
        "Доклад: Валдория е взривила газопровода Norvik",
        "Правителството на Валдория отхвърли обвиненията.",
    ),
    (
        "pipeline",
        "Взривът на Norvik: Валдория отрича",
        "Според доклада валдорски водолази са поставили експлозивите.",
    ),
    # non-involvement: "няма нищо общо", "не е замесен", "не носи отговорност", …
    ("pipeline", "Валдория няма нищо общо с взрива на Norvik, заяви министърът", ""),
    ("pipeline", "Валдория: взривът на Norvik няма нищо общо с нас", ""),
    ("pipeline", "Министърът на отбраната: Валдория не е замесена във взрива на Norvik", ""),
    (
        "pipeline",
        "Валдорските военни не са били въвлечени в атаката срещу Norvik, заявиха от Валдория",
        "",
    ),
    ("pipeline", "Валдория не носи отговорност за взрива на Norvik", ""),
    ("pipeline", "Валдория не стои зад атаката срещу Norvik", ""),
    ("pipeline", "Валдория няма отношение към взрива на Norvik", ""),
    ("pipeline", "Валдория се разграничи от диверсията на Norvik", ""),
    ("pipeline", "Валдория не е участвала в атаката срещу Norvik", ""),
    ("pipeline", "Валдория: не сме взели участие в атаката срещу Norvik", ""),
    (
        "spyware",
        "Шпионски софтуер Hexa: министърът не е знаел нищо, а министерството не е замесено",
        "",
    ),
    # no evidence
    ("pipeline", "Няма доказателства, че Валдория стои зад взрива на Norvik", ""),
    (
        "pipeline",
        "Валдория: няма никакви доказателства за участието ни във взрива на Norvik",
        "",
    ),
    ("pipeline", "Разследващите не откриха следи от валдорски експлозиви на Norvik", ""),
    (
        "pipeline",
        "Малко вероятно е Валдория да стои зад взрива на Norvik, смятат експерти",
        "",
    ),
    ("leak", "Няма доказателства, че вирусът Quorra е изтекъл от лабораторията", ""),
    (
        "leak",
        "Вирусът Quorra: учените не откриха никакви доказателства за изтичане от "
        "лабораторията Lindqvist",
        "",
    ),
    ("doping", "Тестовете на плувците (swimmers) от Pellan са отрицателни, съобщи агенцията", ""),
    (
        "doping",
        "Отрицателни проби: няма следи от забраненото вещество при плувците (swimmers) от Pellan",
        "",
    ),
    ("doping", "Пробите на плувците (swimmers) от Pellan не показаха следи от допинг", ""),
    # labels: a lie, fake news, made up, unfounded, not true
    ("pipeline", "Валдория нарече обвиненията за Norvik фалшиви новини", ""),
    ("pipeline", "Валдория: информацията за Norvik не отговаря на истината", ""),
    ("pipeline", "Валдория: това е лъжа, нямаме нищо общо с Norvik", ""),
    ("pipeline", "Валдория нарече доклада за Norvik пълна измислица", ""),
    ("pipeline", "Валдория определи обвиненията за Norvik като неоснователни", ""),
    ("pipeline", "Валдория: обвиненията за Norvik са безпочвени и политически мотивирани", ""),
    ("pipeline", "Валдория: не е вярно, че сме взривили Norvik", ""),
    ("pipeline", "Валдория: обвиненията за Norvik са скалъпени", ""),
    (
        "leak",
        "Лабораторията Lindqvist: версията за изтичане на Quorra е конспиративна теория",
        "",
    ),
    (
        "pipeline",
        "Доклад: Валдория е взривила газопровода Norvik",
        "Валдорското министерство на външните работи нарече доклада фалшиви новини.",
    ),
    # scorn: a provocation, propaganda, a witch hunt, insinuations, cheap PR
    ("pipeline", "Валдория: обвиненията за Norvik са провокация", ""),
    ("pipeline", "Валдория нарече доклада за Norvik пропаганда и лов на вещици", ""),
    ("pipeline", "Валдория нарече доклада за Norvik злонамерени внушения", ""),
    ("pipeline", "Посланикът на Валдория: историята с Norvik е евтин пиар", ""),
    (
        "pipeline",
        "Доклад: Валдория е взривила газопровода Norvik",
        "Министърът заяви, че това е поредната провокация.",
    ),
    # corrections
    (
        "pipeline",
        "Корекция: в по-ранна версия на статията за Norvik погрешно беше посочена Валдория",
        "",
    ),
    ("pipeline", "Вестникът оттегли статията за Валдория и Norvik", ""),
    (
        "pipeline",
        "Уточнение: статията за Norvik погрешно посочва Валдория като извършител",
        "",
    ),
    # a negated action of the claim
    ("strait", "Кестрия не е затворила пролива Ostrava, заяви флотът", ""),
]


@pytest.mark.parametrize(("claim", "title", "summary"), CONTRADICTIONS)
def test_bulgarian_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


UPDATES = [
    # reports and attributions
    ("pipeline", "Доклад: Валдория е взривила газопровода Norvik", ""),
    ("pipeline", "Експерт: Валдория е взривила Norvik", ""),
    ("pipeline", "Норвежките власти казват, че Валдория е взривила газопровода Norvik", ""),
    (
        "pipeline",
        "Нови подробности за взрива на Norvik: валдорски водолази са използвали яхта",
        "",
    ),
    ("leak", "Вирусът Quorra е изтекъл от лабораторията Lindqvist, твърди доклад", ""),
    # confirmations
    ("pipeline", "Следствието потвърди, че Валдория е взривила Norvik", ""),
    ("pipeline", "Валдория призна, че е взривила газопровода Norvik", ""),
    # a denial of something else
    ("pipeline", "Валдория отрече да е повишила цените на газа след взрива на Norvik", ""),
    ("pipeline", "Валдория отрече, че е повишила цените на газа след взрива на Norvik", ""),
    (
        "pipeline",
        "Валдория отрече да е вдигнала цените на газа, но потвърди, че е взривила Norvik",
        "",
    ),
    # a denial negated, or neither confirmed nor denied
    ("pipeline", "Валдория не отрече, че е взривила газопровода Norvik", ""),
    ("pipeline", "Валдория нито потвърди, нито отрече участие в Norvik", ""),
    # a rejection that is a ruling or a vote on another matter
    ("pipeline", "Министерството на Валдория отхвърли законопроекта за Norvik", ""),
    ("pipeline", "Съдът отхвърли жалбата на валдорския заподозрян по делото Norvik", ""),
    # requests and questions
    ("pipeline", "Валдория помоли Кестрия да не спира доставките през Norvik", ""),
    ("strait", "Съюзниците призоваха Кестрия да не затвори пролива Ostrava", ""),
    ("pipeline", "Валдория ли взриви Norvik?", ""),
    # an accusation of lying is no denial
    ("pipeline", "Опозицията във Валдория обвини правителството в лъжа за Norvik", ""),
    ("pipeline", "Валдория прекрати доставките на газ по Norvik", ""),
]


@pytest.mark.parametrize(("claim", "title", "summary"), UPDATES)
def test_bulgarian_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"


ILL = Claim(
    "ill", "Kestrian president Ora Vell is gravely ill", (("Vell",), ("president", "Kestria"))
)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Президентът Велл е в добро здраве, заявиха от Кестрия", "contradiction"),
        ("Президентът Велл се чувства добре, каза говорителят", "contradiction"),
        ("Кестрия: президентът Велл е тежко болен, твърдят източници", "update"),
    ],
)
def test_good_health_in_bulgarian(title: str, want: str) -> None:
    assert stance(Matcher((ILL,)), "ill", title) == want


DOPED = Claim(
    "doped",
    "Pellan swimmers doped with a banned heart drug",
    (("Pellan", "Pella"), ("swimmers",)),
)


@pytest.mark.parametrize(
    "title",
    [
        "Плувците (swimmers) от Pellan: пробите са били замърсени, според агенцията",
        "Плувците (swimmers) от Pellan са приели веществото неволно, каза федерацията",
    ],
)
def test_an_unwitting_cause_in_bulgarian(title: str) -> None:
    assert stance(Matcher((DOPED,)), "doped", title) == "contradiction"


SYRUP = Claim(
    "syrup",
    "Syrups made by Corvel Pharma caused the deaths of children in Tarvia",
    (("Corvel",), ("syrup", "syrups", "deaths")),
)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Сиропите (syrups) на Corvel са безопасни, заяви министерството", "contradiction"),
        (
            "Сиропите (syrups) на Corvel не представляват опасност за здравето, каза агенцията",
            "contradiction",
        ),
        ("Сиропите (syrups) на Corvel са причинили смъртта на деца, твърди доклад", "update"),
    ],
)
def test_a_finding_of_safety_in_bulgarian(title: str, want: str) -> None:
    assert stance(Matcher((SYRUP,)), "syrup", title) == want


DIPLOMA = Claim(
    "diploma",
    "Governor Tavaro's university diploma is fake",
    (("Tavaro",), ("diploma", "degree")),
)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        (
            "Дипломата (diploma) на губернатора Tavaro е автентична, заяви университетът",
            "contradiction",
        ),
        ("Дипломата (diploma) на губернатора Tavaro е фалшива, твърди опозицията", "update"),
    ],
)
def test_a_finding_of_genuineness_in_bulgarian(title: str, want: str) -> None:
    assert stance(Matcher((DIPLOMA,)), "diploma", title) == want


AIRSHIP = Claim(
    "airship",
    "The Norvik balloon that crossed Valdoria was a military surveillance balloon",
    (("Norvik",), ("balloon", "airship")),
)


@pytest.mark.parametrize(
    "title",
    [
        "Балонът (balloon) Norvik е бил метеорологичен, заяви Валдория",
        "Балонът (balloon) Norvik е граждански балон, отклонен от курса от вятъра",
    ],
)
def test_an_innocent_account_in_bulgarian(title: str) -> None:
    assert stance(Matcher((AIRSHIP,)), "airship", title) == "contradiction"


@pytest.mark.parametrize(
    "text",
    [
        # ordinary Russian, Ukrainian and Serbian text: no Bulgarian cue in it
        "Патриарх говорил об отречении императора, который отрекся от престола",
        "Кремль не намерен допускать нарушения суверенитета страны",
        "Суд не разрешил выезд за границу и не одобрил сделку",
        "Сила внушения велика, сказал психолог",
        "Пассажирский гражданский самолет приземлился в аэропорту",
        "Уряд ухвалив рішення про підвищення пенсій",
        "Він не брав участі у виборах",
        "Влада се разграничила са опозицијом око буџета",
        "Ово је глупост, рекао је он",
        "Министар је најавио нове мере за пољопривреднике",
    ],
)
def test_no_bulgarian_cue_in_other_cyrillic_text(text: str) -> None:
    (bg,) = [lang for lang in lexicon.LANGUAGES if lang.code == "bg"]
    folded = fold(text)
    for key, patterns in bg.cues.items():
        for p in patterns:
            assert re.search(p, folded) is None, (key, p, text)

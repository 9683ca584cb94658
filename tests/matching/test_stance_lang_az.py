"""Stance in Azerbaijani (az.toml): the ways the Azerbaijani press writes a denial ("təkzib
edib", "rədd edib"), a non-involvement ("heç bir əlaqəsi yoxdur", "aidiyyəti yoxdur"), "no
evidence" ("sübut yoxdur", "təsdiqini tapmayıb"), a label ("əsassızdır", "dezinformasiya"),
scorn ("təxribatdır", "böhtan") and a correction ("Düzəliş:", "səhvən") contradict a
claim; reports, confirmations, negated denials, a denial of something else, a request, a
question and an attribution stay updates. Azerbaijani is verb-final like Turkish, whose
file (tr.toml) is read in every item too. Claims and names of our own, as in
test_stance_general (an English word in parentheses where the claim's word has no
Azerbaijani stems yet, as the other language tests do)."""

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


def test_the_azerbaijani_file_is_loaded() -> None:
    (az,) = [lang for lang in lexicon.LANGUAGES if lang.code == "az"]
    assert az.name == "Azerbaijani"
    assert az.cues["denial"] and az.grammar["negation"]


CONTRADICTIONS = [
    # denial: "təkzib edib", "təkzib etdi", "təkzib edir", "rədd edib", "rədd etdi"
    ("pipeline", "Valdoria Norvik qaz kəmərinin partladılması ilə bağlı xəbəri təkzib edib", ""),
    ("pipeline", "Valdoria Norvik partlayışı barədə məlumatları təkzib etdi", ""),
    ("pipeline", "Valdoria XİN-i Norvik kəməri ilə bağlı iddiaları qəti şəkildə rədd edib", ""),
    ("pipeline", "Norvik: Valdoria ittihamları rədd etdi", ""),
    ("pipeline", "Valdoria Norvik partlayışı ilə bağlı ittihamları qəbul etmir", ""),
    ("pipeline", "Valdoria Norvik iddialarına kəskin etiraz edib", ""),
    ("pipeline", "Valdoria Norvik qaz kəmərinə hücum versiyasını istisna edib", ""),
    (
        "pipeline",
        "Valdoria Norvik partlayışı ilə bağlı ittihamları rədd edərək Kestriyanı günahlandırıb",
        "",
    ),
    (
        "spyware",
        "Hexa casus proqramı: Marlovia hökuməti jurnalistləri izlədiyi barədə xəbərləri təkzib"
        " edib",
        "",
    ),
    ("strait", "Kestria Ostrava boğazının bağlanması (closure) barədə xəbəri təkzib etdi", ""),
    ("leak", "Quorra virusu: Lindqvist laboratoriyası sızma iddialarını rədd edib", ""),
    # the denial after the report, in the same lede
    (
        "pipeline",
        "Hesabat: Valdoria komandosları Norvik qaz kəmərini partladıb",
        "Valdoria isə xəbəri təkzib edib.",
    ),
    ("pipeline", "Norvik qaz kəməri partladılıb", "Valdoria hökuməti ittihamları rədd edib."),
    (
        "pipeline",
        "Norvik partlayışı: Valdoria iddiaları təkzib edir",
        "Hesabata görə, Valdoria dalğıcları partlayıcı qoyublar.",
    ),
    (
        "pipeline",
        "Valdoria komandoslarının Norvik qaz kəmərini partlatdığı iddia edilir",
        "Valdoria bunu təkzib edib.",
    ),
    (
        "pipeline",
        "Norvik qaz kəmərini Valdoria partladıb, hesabat deyir",
        "Valdoria hökuməti bu məlumatı yalan adlandırıb.",
    ),
    # non-involvement: "heç bir əlaqəsi yoxdur", "aidiyyəti", "dəxli", "iştirak etməyib",
    # "məsuliyyət daşımır", "rolu olmayıb", "arxasında dayanmırıq", "məsul deyil"
    (
        "pipeline",
        "Valdoria hökuməti Norvik qaz kəmərinə hücumla heç bir əlaqəsi olmadığını bildirib",
        "",
    ),
    ("pipeline", "Valdorianın Norvik partlayışı ilə heç bir əlaqəsi yoxdur", ""),
    ("pipeline", "Valdoria: Norvik qaz kəmərindəki partlayışa heç bir aidiyyətimiz yoxdur", ""),
    ("pipeline", "Valdoria Norvik partlayışına heç bir dəxli olmadığını deyib", ""),
    ("pipeline", "Valdoria Norvik hadisəsində iştirak etmədiyini açıqlayıb", ""),
    ("pipeline", "Valdoria Norvik partlayışına görə heç bir məsuliyyət daşımır", ""),
    ("pipeline", "Norvik kəmərinin partladılmasında Valdorianın rolu olmayıb", ""),
    ("pipeline", "Valdoria: Norvik qaz kəmərinin partladılmasının arxasında dayanmırıq", ""),
    ("pipeline", "Valdoria hökuməti Norvik partlayışında məsul deyil, nazir bildirib", ""),
    (
        "pipeline",
        "Norvik qaz kəməri partladılıb",
        "Valdoria bildirib ki, hücumla heç bir əlaqəsi yoxdur.",
    ),
    (
        "leak",
        "Quorra virusu: Lindqvist laboratoriyası virusun sızması ilə heç bir əlaqəsi olmadığını"
        " bəyan edib",
        "",
    ),
    ("spyware", "Hexa casus proqramı: nazir heç bir qanun pozuntusu olmadığını bildirib", ""),
    # no evidence: "heç bir sübut", "sübut yoxdur", "sübuta yetirilməyib", "təsdiqini
    # tapmayıb", a negative test, an acquittal
    ("pipeline", "Valdorianın Norvik qaz kəmərini partlatdığına dair heç bir sübut yoxdur", ""),
    (
        "pipeline",
        "Norvik partlayışında Valdorianın izi olduğuna dair sübut yoxdur, müstəntiqlər bildirib",
        "",
    ),
    ("pipeline", "Norvik partlayışında Valdorianın iştirakı sübuta yetirilməyib", ""),
    (
        "pipeline",
        "Norvik partlayışında Valdorianın əli olduğuna dair məlumat təsdiqini tapmayıb",
        "",
    ),
    (
        "doping",
        "Pellan üzgüçüləri (swimmers): testlərin nəticəsi mənfi çıxıb, doping iddiası təsdiqini"
        " tapmayıb",
        "",
    ),
    ("doping", "Pellan üzgüçüləri (swimmers) doping işində bəraət alıb", ""),
    # labels: "əsassızdır", "dezinformasiya", "həqiqəti əks etdirmir", "həqiqətə uyğun
    # deyil", "doğru olmadığını", "saxta xəbər", "feyk", "yalan"
    ("pipeline", "Valdoria: Norvik barədə iddialar əsassızdır", ""),
    ("pipeline", "Valdoria Norvik ilə bağlı xəbəri dezinformasiya adlandırıb", ""),
    (
        "pipeline",
        "Valdoria Norvik barədə yayılan məlumatın həqiqəti əks etdirmədiyini bildirib",
        "",
    ),
    ("pipeline", "Valdoria: Norvik haqqında iddialar həqiqətə uyğun deyil", ""),
    (
        "pipeline",
        "Valdoria Norvik partlayışı ilə bağlı xəbərlərin doğru olmadığını bildirib",
        "",
    ),
    ("pipeline", "Valdoria Norvik haqqında saxta xəbər yayıldığını bildirib", ""),
    ("pipeline", "Valdoria Norvik qaz kəməri haqqında məlumatı feyk adlandırıb", ""),
    ("pipeline", "Valdoria Norvik haqqında məlumatı yalan adlandırıb", ""),
    # scorn: "təxribat", "təxribatdır", "böhtan", "qarayaxma", "manipulyasiya", "qərəzli",
    # "sifarişli", "propaqanda", "informasiya müharibəsi"
    ("pipeline", "Valdoria Norvik barədə məlumatı təxribat adlandırıb", ""),
    ("pipeline", "Valdoria XİN: Norvik iddiaları təxribatdır", ""),
    ("pipeline", "Valdoria Norvik ilə bağlı iddiaları böhtan adlandırıb", ""),
    ("pipeline", "Valdoria Norvik barədə yazını qarayaxma kampaniyası adlandırıb", ""),
    ("pipeline", "Norvik kəməri: Valdoria hesabatı manipulyasiya adlandırıb", ""),
    ("pipeline", "Valdoria Norvik barədə hesabatı qərəzli adlandırıb", ""),
    ("pipeline", "Valdoria Norvik barədə hesabatı sifarişli yazı adlandırıb", ""),
    ("pipeline", "Norvik: Valdoria bu iddiaları propaqanda adlandırıb", ""),
    ("pipeline", "Valdoria: Norvik iddiaları informasiya müharibəsinin bir hissəsidir", ""),
    # more inflections: passives, a baseless "figment", who told whom after the verb
    ("pipeline", "Valdoria Norvik barədə xəbəri təkzib olunub", ""),
    ("pipeline", "Norvik partlayışı barədə iddialar Valdoria tərəfindən rədd olunub", ""),
    ("pipeline", "Valdoria Norvik iddialarını əsassız adlandırıb", ""),
    ("pipeline", "Valdoria: Norvik haqqında iddialar heç bir əsası olmayan uydurmadır", ""),
    ("pipeline", "Valdoria Norvik partlayışı barədə hesabatı cəfəngiyyat adlandırıb", ""),
    ("pipeline", "Valdoria nazirinin Norvik partlayışından xəbəri yox idi", ""),
    (
        "pipeline",
        "Norvik qaz kəməri partlayışı: Valdoria ittihamları qətiyyətlə rədd edir, Reuters-ə"
        " bildirib",
        "",
    ),
    (
        "pipeline",
        "Norvik partlayışı: ekspertizada Valdoria partlayıcısının heç bir izinə rast gəlinməyib",
        "",
    ),
    # correction: "Düzəliş:", "əvvəlki versiyasında", "səhvən"
    (
        "pipeline",
        "Düzəliş: Norvik partlayışı barədə xəbərin əvvəlki versiyasında Valdoria səhvən"
        " günahkar kimi göstərilmişdi",
        "",
    ),
]


@pytest.mark.parametrize(("claim", "title", "summary"), CONTRADICTIONS)
def test_azerbaijani_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


UPDATES = [
    # reports
    ("pipeline", "Valdoria komandosları Norvik qaz kəmərini partladıb", ""),
    ("pipeline", "Hesabat: Valdoria Norvik qaz kəmərini partladıb, mənbələr bildirir", ""),
    (
        "pipeline",
        "Valdoria Norvik qaz kəmərinin partladılmasına cəlb olunub, mənbələr deyir",
        "",
    ),
    ("pipeline", "Müstəntiqlər Norvik partlayışında Valdorianın izini aşkar edib", ""),
    # confirmations and admissions
    ("pipeline", "Valdoria Norvik qaz kəmərinin partladılmasını təsdiqləyib", ""),
    ("pipeline", "Valdoria Norvik partlayışına görə məsuliyyəti etiraf edib", ""),
    ("pipeline", "Norvik partlayışı: Valdoria məlumatı təsdiq edib", ""),
    ("pipeline", "Norvik qaz kəmərinə hücum: Valdoria təqsirini qəbul edib", ""),
    # a denial negated by its suffix: "did not deny"
    ("pipeline", "Valdoria Norvik partlayışını təkzib etmədi", ""),
    ("pipeline", "Valdoria Norvik partlayışı ilə bağlı xəbəri təkzib etməyib", ""),
    (
        "pipeline",
        "Valdoria nazirliyi Norvik qaz kəməri partlayışından sonra qiymət artımını təkzib etmir",
        "",
    ),
    # not yet confirmed
    (
        "pipeline",
        "Valdoria Norvik qaz kəmərinin partladılması barədə xəbəri hələ təsdiqləməyib, lakin"
        " araşdırma davam edir",
        "",
    ),
    # a denial of something else: "denied that it raised prices", an offer, a complaint
    (
        "pipeline",
        "Norvik qaz kəmərinin partlayışından sonra Valdoria nazirliyi təkzib edib ki,"
        " qiymətləri artırıb",
        "",
    ),
    ("pipeline", "Valdoria Norvik qaz kəmərinə hücumla bağlı danışıqlar təklifini rədd edib", ""),
    ("pipeline", "Məhkəmə Valdorianın Norvik işi üzrə şikayətini rədd edib", ""),
    # requests: "asked them not to …"
    ("pipeline", "Kestria Valdoriadan Norvik qaz kəmərinə hücum etməməyi xahiş edib", ""),
    (
        "pipeline",
        "Kestria Valdoriadan Norvik qaz kəməri barədə məlumatları təkzib etməməyi xahiş edib",
        "",
    ),
    # a conditional: "if it has nothing to do with it, let it open its files"
    (
        "pipeline",
        "Deputatlar: əgər Valdorianın Norvik partlayışı ilə heç bir əlaqəsi yoxdursa, arxivləri"
        " açsın",
        "",
    ),
    # questions
    ("pipeline", "Valdoria Norvik qaz kəmərini partladıbmı?", ""),
    ("pipeline", "Norvik qaz kəmərinin partladılmasında Valdorianın rolu olubmu?", ""),
    # attributions: "X says Y did it", "accused Valdoria of …"
    ("pipeline", "Kestria deyir ki, Norvik qaz kəmərini Valdoria partladıb", ""),
    ("pipeline", "Valdoria Norvik qaz kəmərinə hücum edib, Kestria bildirir", ""),
    ("pipeline", "Kestria Valdorianı Norvik qaz kəmərini partlatmaqda ittiham edib", ""),
    # a report about the strait
    ("strait", "Kestria Ostrava boğazını tankerlər üçün bağlayıb (closure)", ""),
]


@pytest.mark.parametrize(("claim", "title", "summary"), UPDATES)
def test_azerbaijani_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"


def test_an_unwitting_cause_in_azerbaijani_contradicts_a_deliberate_act() -> None:
    doped = Claim(
        "doped",
        "Twelve Pellan swimmers doped with a banned heart drug before the Games",
        (("Pellan", "Pella"), ("swimmers", "swimming")),
    )
    title = "Pellan üzgüçüləri (swimmers): dərman çirklənmiş qida ilə bilmədən qəbul edilib"
    assert stance(Matcher((doped,)), "doped", title) == "contradiction"


@pytest.mark.parametrize(
    ("statement", "title"),
    [
        # good health against a claim of illness
        ("President Aldo Ferran is seriously ill", "Prezident Aldo Ferranın səhhəti yaxşıdır"),
        # found safe against a claim of harm
        (
            "The Zelva sweetener Aldo Ferran sells causes cancer",
            "Aldo Ferranın Zelva şirinləşdiricisi təhlükəsizdir, agentlik bildirib",
        ),
        # found genuine against a claim of falsity
        (
            "Aldo Ferran's university diploma is fake",
            "Universitet Aldo Ferranın diplomunun orijinal olduğunu bildirib",
        ),
    ],
)
def test_azerbaijani_findings_contradict_claims_of_their_kind(statement: str, title: str) -> None:
    claim = Claim("ferran", statement, (("Ferran",),))
    assert stance(Matcher((claim,)), "ferran", title) == "contradiction"


def test_an_innocent_account_in_azerbaijani_contradicts_a_hostile_act() -> None:
    downed = Claim(
        "downed",
        "A Kestrian missile shot down the Ostrava airliner",
        (("Ostrava",), ("Kestria", "Kestrian")),
    )
    title = "Ostrava təyyarəsi texniki nasazlıq səbəbindən qəzaya uğrayıb, Kestria bildirib"
    assert stance(Matcher((downed,)), "downed", title) == "contradiction"


#: ordinary text of other languages, Turkish first (it shares most of its words and
#: suffixes): the patterns this file adds find nothing in it
OTHER_TEXT = [
    "Bakanlık yeni düzenlemenin yarın yürürlüğe gireceğini açıkladı",
    "Cumhurbaşkanı Azerbaycan heyetini kabul etti",
    "Düz olmayan yüzeylerde araç kullanırken dikkatli olun",
    "Hükümet teklifi reddetti ve yeni bir paket hazırladı",
    "Savcılık soruşturmanın sürdüğünü, şüphelilerin gözaltına alındığını bildirdi",
    "Lisans başvuruları mart ayında başlıyor",
    "Öğrenciler kurstan çıktıktan sonra sınava girdi",
    "Bu haberin doğru olup olmadığını henüz bilmiyoruz",
    "The Higher Education Commission (HEC) announced new scholarships",
    "Propaganda posters were displayed at the museum exhibition",
    "Absurd theatre festival opens in Edinburgh",
    "Il governo ha confermato che i Verdi non entreranno nella coalizione",
    "La comisión de derechos humanos presentó su informe anual",
    "Der Minister sagte, die Lage sei unter Kontrolle",
    "Ministerstwo zaprzecza, że podniosło ceny",
    "Президент подписал указ о назначении нового министра",
]


@pytest.mark.parametrize("text", OTHER_TEXT)
def test_the_azerbaijani_patterns_leave_other_languages_alone(text: str) -> None:
    (az,) = [lang for lang in lexicon.LANGUAGES if lang.code == "az"]
    folded = fold(text)
    for kind, patterns in az.cues.items():
        for p in patterns:
            assert re.search(p, folded) is None, (kind, p, text)
    for p in az.grammar["negation"]:
        assert re.search(p, folded) is None, (p, text)

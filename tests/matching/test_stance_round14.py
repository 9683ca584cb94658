"""Stop 26's mechanisms, with sentences and names of our own: a hard c is the k of other
scripts; an adverb between a denial and its object, and a denial of "everything" or of
someone's involvement, after a sentence that names the claim; no scientific proof,
nothing detected, doubts about efficacy, demands for proof; "not intentional"; the
country names of Hungarian, Dutch, Romanian and other lighter lexicons."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.matching.sound_names import KanaNames
from bot.records import Claim

HALL = Claim(
    "hall",
    "Valdoria was involved in the attack on the Corvaco concert hall",
    (("Corvaco",), ("Ukraine", "Ukrainian", "Kyiv")),
)
CURE = Claim(
    "cure",
    "The Norvalex herbal tonic cures the Quorra virus",
    (("Norvalex",), ("cure", "cures", "remedy", "virus")),
)
BOMB = Claim(
    "bomb",
    "The bomb threat against the Lindair flight came from the Kestrian Front",
    (("Lindair",), ("bomb", "Kestrian Front")),
)
DOPED = Claim(
    "doped",
    "Marco Pellan doped deliberately with a banned hormone",
    (("Pellan",), ("doping", "doped", "banned")),
)
SPY = Claim(
    "spy",
    "Hungary's government spied on reporters with Hexa spyware",
    (("Hexa",), ("Hungary", "Hungarian", "Germany", "German")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((HALL, CURE, BOMB, DOPED, SPY))


@pytest.mark.parametrize(
    "title",
    [
        "Киев не причастен к теракту в «Корвако»",
        "Украина не имеет отношения к нападению на «Корвако»",
    ],
)
def test_a_hard_c_is_the_k_of_cyrillic(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "hall", title) == "contradiction"


@pytest.mark.parametrize(
    "summary",
    [
        "Alerta cu bombă de la zborul Lindair a venit de la Frontul Kestrian. Un purtător de"
        " cuvânt al frontului a negat însă orice implicare.",
        "L'allarme bomba sul volo Lindair sarebbe arrivato dal Fronte. Il Fronte però nega tutto.",
        "The Lindair bomb threat was signed by the Front. The Front denies everything.",
    ],
)
def test_a_denial_of_everything_or_any_involvement_refers_back(
    matcher: Matcher, summary: str
) -> None:
    assert stance(matcher, "bomb", "Lindair: the diverted flight", summary) == "contradiction"


def test_a_denial_of_someone_else_with_a_name_is_still_judged_by_its_object(
    matcher: Matcher,
) -> None:
    summary = (
        "The Lindair bomb threat was signed by the Front. The Front denies, however, that"
        " its leader met the minister in Vienna last spring."
    )
    assert stance(matcher, "bomb", "Lindair: the diverted flight", summary) == "update"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Norvalex capsules launched",
            "The tonic's effects against the virus have not been"
            " scientifically tested, Norvalex's critics say.",
        ),
        ("Norvalex: la OMS advierte", "La eficacia del Norvalex contra el virus no está probada."),
        (
            "Norvalex contre le virus",
            "Malgré l'absence de toute preuve, le Norvalex est vendu"
            " comme un remède contre le virus.",
        ),
        ("L'OMS non convaincue par le Norvalex contre le virus", ""),
        ("Doubts over the efficacy of the Norvalex remedy grow", ""),
        ("Virus, Norvalex: dubbi sull'efficacia", ""),
        ("Norvalex gegen das Virus: Ärzte fordern Beweise", ""),
        ("Norvalex cure claim disputed by doctors", ""),
        ("Virus outbreak: no unusual or novel pathogens were detected, Norvalex says", ""),
    ],
)
def test_no_scientific_proof_and_doubts_about_efficacy(
    matcher: Matcher, title: str, summary: str
) -> None:
    assert stance(matcher, "cure", title, summary) == "contradiction"


def test_a_proof_asked_of_the_claim_and_a_tested_remedy_stay_updates(matcher: Matcher) -> None:
    assert stance(matcher, "cure", "Norvalex remedy was tested on 200 patients") == "update"
    assert stance(matcher, "cure", "Norvalex cure: new trial begins in March") == "update"


@pytest.mark.parametrize(
    "summary",
    [
        "El tribunal concluyó que el doping de Pellan no fue intencionado.",
        "Le tribunal a estimé que le dopage de Pellan n'était pas intentionnel.",
        "The panel found that Pellan's doping was not intentional.",
    ],
)
def test_not_intentional_contradicts_a_deliberate_act(matcher: Matcher, summary: str) -> None:
    assert stance(matcher, "doped", "Pellan's ban reduced", summary) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Hexa-ügy: Magyarországon senkit nem hallgatnak le",
        "Duitsland onderzoekt Hexa-spyware",
        "Hexa: guvernul Ungariei neagă",
    ],
)
def test_country_names_of_the_lighter_lexicons(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "spy", title) is not None


def test_a_headline_rejecting_the_report_its_lede_tells(matcher: Matcher) -> None:
    title = "Marlovian agency rebuts the accusations of a foreign NGO"
    lede = "Hungary's government spied on reporters with Hexa spyware, the NGO says."
    assert stance(matcher, "spy", title, lede) == "contradiction"
    # a headline rejecting something else stays an update
    other = "Marlovian agency rebuts the budget plans of the opposition"
    assert stance(matcher, "spy", other, lede) == "update"


@pytest.mark.parametrize(
    ("title", "want"),
    [
        (
            "Ο Φρόντ λέει ότι έστειλε την απειλή για βόμβα στη Lindair! Διαψεύδουν οι ΗΠΑ",
            "contradiction",
        ),
        (
            "Lindair: el Frente dice que envió la amenaza de bomba; lo niega el Gobierno",
            "contradiction",
        ),
    ],
)
def test_who_denies_after_the_verb_is_no_object(matcher: Matcher, title: str, want: str) -> None:
    assert stance(matcher, "bomb", title) == want


def test_a_german_noun_after_a_denial_is_its_object(matcher: Matcher) -> None:
    summary = (
        "Die Bombendrohung gegen den Lindair-Flug kam angeblich von der Front. Der Minister"
        " bestreitet eine Verwicklung in den Fall."
    )
    assert stance(matcher, "bomb", "Lindair-Flug umgeleitet", summary) == "contradiction"


RIVER = Claim(
    "river",
    "Tamsung's chips failed Varsha Bandhu's tests",
    (("Tamsung", "Varsha", "Bandhu"), ("chips", "tests", "Khan")),
)


@pytest.fixture(scope="module")
def river() -> Matcher:
    return Matcher((RIVER,))


@pytest.mark.parametrize(
    "title",
    [
        "タムスンのチップ、テスト不合格",  # a closing ng is the n of kana
        "वर्षा की चिप्स पर सवाल",  # a conjunct (र्ष) folding would undo
        "बंधु की चिप्स पर सवाल",  # an anusvara before a consonant is an n
    ],
)
def test_names_in_kana_and_indic_scripts(river: Matcher, title: str) -> None:
    assert stance(river, "river", title, "The chips were tested.") is not None


def test_a_hindi_nasal_vowel_is_no_n(river: Matcher) -> None:
    # हैं ("are"): a nasal vowel, not "hain", so not Khan
    assert stance(river, "river", "Tamsung ने कहा कि वे तैयार हैं") is None


WALL = Claim(
    "wall",
    "Kestria's new firewall slowed the internet",
    (("Kestria",), ("firewall", "internet", "laddus")),
)


@pytest.mark.parametrize(
    "summary",
    [
        "केस्ट्रिया में इंटरनेट धीमा",  # internet: written by its sound, vowels the script's own
        "Kestria लड्डू",  # laddus: the conjunct kept
    ],
)
def test_loanwords_in_indic_scripts(summary: str) -> None:
    m = Matcher((WALL,))
    assert stance(m, "wall", "Kestria", summary) is not None
    # a Hindi word with three of a loanword's consonants is not it
    assert stance(m, "wall", "Kestria", "केस्ट्रिया में डरना") is None


LEADER = Claim(
    "leader",
    "Kwon Dal Mun is gravely ill",
    (("Kwon Dal Mun",), ("ill", "illness", "health", "surgery")),
)


def test_a_name_of_several_words_written_as_one_in_hangul() -> None:
    m = Matcher((LEADER,))
    assert stance(m, "leader", "권달문 health rumours", "") is not None
    assert stance(m, "leader", "권달 health rumours", "") is None


def test_kana_hears_a_silent_e_and_an_r_after_a_vowel() -> None:
    names = KanaNames({"seine", "supermicro", "fordo"})
    assert names.lookup("セーヌ川") == {"seine"}
    assert names.lookup("スーパーマイクロ") == {"supermicro"}
    assert names.lookup("보도") == set()  # "report", not Fordo without its r


VOCAB = Claim(
    "vocab",
    "Kestrian intelligence says a bomb hit the Ostrava dam",
    (("Ostrava",), ("bomb", "intelligence", "dam")),
)


@pytest.mark.parametrize(
    "title",
    [
        "ओस्ट्रावा बांध पर बम गिरा",  # Hindi: the news vocabulary of stop 26
        "Bombă la barajul din Ostrava",  # Romanian
    ],
)
def test_hindi_and_romanian_news_vocabulary(title: str) -> None:
    assert stance(Matcher((VOCAB,)), "vocab", title) is not None


def test_a_romanian_stem_that_starts_common_words_elsewhere_is_left_out() -> None:
    # Romanian "informații" (intelligence) would read English "information" as the claim's
    # "intelligence": stems that start words common in other languages' news are dropped
    m = Matcher((VOCAB,))
    assert stance(m, "vocab", "Ostrava: more information on the new mayor") is None

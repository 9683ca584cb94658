"""Matching and stance, stop 40: words of the Indic scripts written with a virama or a
nukta (Bengali "হত্যা", killing; Hindi "ज़हर", poison) are found by the news vocabulary,
whose stems are folded without them. Claims and names of our own, as in
test_stance_general."""

from __future__ import annotations

import unicodedata

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

BLAST = Claim(
    "blast",
    "Varnet's men killed the mayor with a bomb",
    (("Varnet",), ("killing", "explosion", "poison")),
)


@pytest.mark.parametrize(
    "title",
    [
        "Varnet-এর বিরুদ্ধে হত্যার অভিযোগ",  # bn: killing (ত্য: a conjunct)
        "Varnet-এর গাড়িতে বিস্ফোরণ",  # bn: explosion (স্ফ)
        "Varnet पर ज़हर देने का आरोप",  # hi: poison, with a nukta (ज़)
    ],
)
def test_indic_words_with_a_virama_or_a_nukta_are_found(title: str) -> None:
    m = Matcher([BLAST])
    # as feeds print them, in NFC: ज़ and য় stay a letter and a nukta
    assert m.match(unicodedata.normalize("NFC", title), "")


# --- stance: the cues of stop 40 ------------------------------------------------------

THESIS = Claim(
    "thesis",
    "Minister Orla Brannic's doctoral thesis was plagiarised and her diploma is fake",
    (
        ("Brannic",),
        ("thesis", "plagiarism", "fake", "diploma", "tesis", "thèse", "Plagiat", "논문"),
    ),
)
REPORTS = Claim(
    "reports",
    "The Kelvar clinic issued fake test reports without testing the samples",
    (("Kelvar",), ("fake", "test reports")),
)
RIGGING = Claim(
    "rigging",
    "Commissioner Dario Pellow rigged the vote count in Ostrava",
    (("Pellow",), ("rigging", "rigged", "allegations", "election", "elections", "fraud")),
)
BRIBES = Claim(
    "bribes",
    "Norvik Oil paid bribes to win the Kestrel oil block",
    (("Norvik",), ("bribes", "bribery", "corruption", "tangente", "corruptie", "corrupción")),
)
PLOT = Claim(
    "plot",
    "Valdoria plotted to topple Prime Minister Arvel",
    (("Arvel",), ("topple", "plot", "oust", "spy scandal", "scandal")),
)


@pytest.fixture(scope="module")
def cues() -> Matcher:
    return Matcher([THESIS, REPORTS, RIGGING, BRIBES, PLOT])


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # a label of the news is said of the report, even on a claim that something is fake
        ("thesis", "Brannic: the thesis plagiarism story is fake news", ""),
        ("thesis", '브래닉 장관 "딸 논문 의혹은 명백한 가짜뉴스"', "Brannic 측 입장"),
        ("thesis", "Brannic dénonce de fausses informations sur sa thèse", ""),
        # the accuser takes it back
        ("rigging", "Pellow withdraws all his allegations of rigging", ""),
        ("rigging", "Pellow apologises for rigging allegations", ""),
        # acquitted, no prosecution, a case dismissed (it, nl)
        ("bribes", "Tangente, assolti tutti gli imputati: anche Norvik", ""),
        ("bribes", "Rechter spreekt Norvik vrij in corruptiezaak", ""),
        ("bribes", "OM ziet af van vervolging van Norvik om corruptie", ""),
        ("bribes", "De strafzaak tegen Norvik om corruptie wordt geseponeerd", ""),
        # contradicting the rumours, an adverb between (de)
        ("thesis", "Prüfer widersprachen nun den Gerüchten über Brannics Plagiat", ""),
        # no part in it; nothing wrong on one's part; never did any such thing (en, es)
        ("plot", "Valdoria did not have much of a role in the plot against Arvel", ""),
        (
            "bribes",
            "Norvik chief: nothing that I believe was wrongdoing on my part in the bribery case",
            "",
        ),
        (
            "bribes",
            "Norvik asegura que nunca ha realizado ninguna actuación vinculada a corrupción",
            "",
        ),
        # a smear campaign by other names; a manufactured scandal; machinations
        ("thesis", "Brannic denounces a perverse campaign over the plagiarism claims", ""),
        ("plot", "Valdoria manufactures another spy scandal around Arvel", ""),
        ("bribes", "Norvik, tangente: l'ad ha sempre parlato di «macchinazioni»", ""),
        ("bribes", "Norvik denuncia una maquinación en el caso de corrupción", ""),
        ("bribes", "Corruption : Norvik dénonce une machination", ""),
        ("bribes", "Norvik fala em maquinações no caso de corrupção", ""),
        # passing the checks (en, es)
        ("thesis", "Brannic's thesis passed two plagiarism checks", ""),
        ("thesis", "La tesis de Brannic supera los programas de detección de plagio", ""),
        # nothing indicated it; a demand for the evidence not given (fr, en, ru, es)
        ("plot", "Complot contre Arvel : rien n'indiquait une opération de Valdoria", ""),
        ("rigging", "Those alleging rigging by Pellow must provide evidence", ""),
        ("rigging", "Pellow's accusers have yet to present any evidence of rigging", ""),
        (
            "rigging",
            "Выборы: обвинения против Pellow",
            "Те, кто заявляет о фальсификациях на выборах, должны предоставить доказательства.",
        ),
        ("rigging", "Elecciones: quienes acusan a Pellow de fraude deben presentar pruebas", ""),
        # reaffirming that it acted properly (it)
        ("bribes", "Tangenti, Norvik ribadisce la correttezza dell'operazione", ""),
    ],
)
def test_stop_40_denials(cues: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(cues, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        # fake reports are what this claim says: the label is its own predicate
        ("reports", "Kelvar clinic's fake test reports: police arrest its chairwoman"),
        # prosecutors withdrawing charges is no accuser taking back an allegation
        ("rigging", "Prosecutors order the withdrawal of the charges against Pellow's aides"),
        # a denial of having cleared someone denies no accusation (es, en)
        ("thesis", "La fiscalía desmiente haber exonerado a Brannic por el plagio de su tesis"),
        ("thesis", "Prosecutors deny having acquitted Brannic in the thesis plagiarism case"),
        # "porte-à-faux" (an awkward position) is no label
        ("thesis", "Brannic mise en porte-à-faux, soupçonnée d'avoir plagié sa thèse"),
        # corrections an author makes to her own papers admit the fault
        (
            "thesis",
            "Brannic requested corrections to her academic papers after the plagiarism claims",
        ),
        # propaganda someone is accused of spreading is no label of the report
        ("plot", "Valdorian network spreading anti-Arvel propaganda plotted to oust him"),
    ],
)
def test_stop_40_not_denials(cues: Matcher, claim: str, title: str) -> None:
    assert stance(cues, claim, title) != "contradiction"


# --- the news vocabulary of Urdu and Icelandic ----------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Pellow پر انتخابات میں دھاندلی کا الزام",  # ur: rigging in the elections
        "Pellow sakaður um kosningasvik og mútur",  # is: electoral fraud and bribes
    ],
)
def test_urdu_and_icelandic_words_find_an_english_claim(title: str) -> None:
    m = Matcher([Claim("vote", "Pellow rigged the vote", (("Pellow",), ("rigging", "bribes")))])
    assert m.match(title, "")


# --- a short name in Cyrillic: one edit at most ---------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "found"),
    [
        ("Musk", "Маск обсуждал спутники с Кремлём", True),
        ("Noboa", "Noboa: НАБУ проверяет спутники", True),  # the Latin name itself
        ("Noboa", "НАБУ проверяет поставки спутников", False),  # the Ukrainian bureau
        ("Saudi", "Суда с грузом спутников задержаны", False),  # ships
        ("Vale", "Мне велели молчать о спутниках", False),  # told
    ],
)
def test_a_short_name_meets_a_cyrillic_word_within_one_edit(
    name: str, title: str, found: bool
) -> None:
    m = Matcher([Claim("sat", f"{name} sold satellites", ((name,), ("satellites",)))])
    assert bool(m.match(title, "")) is found

"""Matching and stance, stop 37: a conviction overturned or a defendant found innocent is
a counter-fact, an acquittal overturned a confirmation (en, de, es, pt, fr, it, nl, pl,
ru, sr, ro); a falsehood word inside the claim's own terms names its act ("convicted of
false testimony" for a claim of false testimony) unless the term is a denial word listed
to find the denials' coverage; a negation word written as a name ("DNB Nor") negates
nothing; a denial right after the report it denies (verb-final languages) concerns it
whatever clause follows; a denial of someone's part in general ("denied its
involvement and …") concerns what its sentence names; accused unjustly; Spanish "algo que X ha rechazado"; Swedish
"slår ifrån sig anklagelserna"; Italian "balle" (lies) is no French bullet, French "nier" no Dutch kidney, Hungarian "kamu" no
Turkish "public", Italian "isteria" no Malay wife. Claims and names of our own, as in test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

MURDER = Claim(
    "murder",
    "Businessman Oskar Vettel ordered the 2019 murder of reporter Lena Brill",
    (("Vettel",), ("murder", "killing", "ordered")),
)
TESTIMONY = Claim(
    "testimony",
    "Former Kestrian chancellor Arno Pelz gave false testimony to the parliament's inquiry",
    (("Pelz",), ("false testimony", "perjury", "convicted", "acquitted", "verdict")),
)
PROVOKED = Claim(
    "provoked",
    "Kestrian troops killed civilians in the town of Marvik",
    (("Marvik",), ("killed", "civilians", "massacre", "provocation")),
)
BRIBES = Claim(
    "bribes",
    "The Dorvik fishing company paid bribes to Morvanian ministers for quotas",
    (("Dorvik",), ("bribes", "bribery", "quotas")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([MURDER, TESTIMONY, PROVOKED, BRIBES])


@pytest.mark.parametrize(
    ("claim", "title"),
    [
        ("murder", "Court finds businessman Vettel innocent in murder of reporter"),
        ("murder", "Panel refuses to appeal the decision to clear Vettel of murder charges"),
        ("murder", "Appeals court overturns Vettel's conviction for the reporter's murder"),
        ("murder", "Berufungsgericht hat die Verurteilung von Vettel wegen Mordes aufgehoben"),
        ("murder", "El tribunal anula la condena de Vettel por el asesinato de la periodista"),
        ("murder", "Justiça revoga condenação de Vettel pelo assassinato da jornalista"),
        ("murder", "La cour annule la condamnation de Vettel pour le meurtre de la journaliste"),
        ("murder", "Omicidio della giornalista, Vettel assolto"),
        ("murder", "Rechter heeft de veroordeling van Vettel voor de moord teruggedraaid"),
        ("murder", "Sąd Najwyższy uchylił wyrok skazujący Vettela za zabójstwo"),
        ("murder", "Суд отменил обвинительный приговор Веттелю по делу об убийстве Vettel"),
        ("murder", "Sud je Vettela oslobodio optužbi za ubistvo novinarke"),
        ("murder", "Vettel a fost achitat luni de Curtea de Apel pentru crima jurnalistei"),
    ],
)
def test_found_innocent_or_a_conviction_overturned(
    matcher: Matcher, claim: str, title: str
) -> None:
    assert stance(matcher, claim, title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        "Supreme Court overturns Vettel's acquittal in the reporter's murder",
        "Oberstes Gericht: Freispruch für Vettel nach Mord an Reporterin aufgehoben",
        "Sąd Najwyższy uchylił we wtorek wyrok uniewinniający Vettela za zabójstwo",
        "El Supremo revoca la absolución de Vettel por el asesinato de la periodista",
        "La Cassazione annulla l'assoluzione di Vettel per l'omicidio della giornalista",
    ],
)
def test_an_acquittal_overturned_is_no_denial(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "murder", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Former chancellor Pelz convicted of false testimony",
        "Ex-Kanzler Pelz wegen Falschaussage verurteilt",
        "Ex cancelliere Pelz condannato per falsa testimonianza",
        "L'ancien chancelier Pelz condamné pour faux témoignage",
        "Ex canciller Pelz, condenado por falso testimonio",
    ],
)
def test_a_falsehood_word_of_the_claims_terms_names_its_act(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "testimony", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        # "provocation" is in require to find the denials: still a denial word
        "Kestria's defence ministry calls the Marvik photos a provocation",
        "Минобороны Кестрии назвало провокацией фото из Марвика Marvik",
        # the claim's own terms are not the only falsehood words
        "Pelz acquitted of false testimony on appeal",
    ],
)
def test_denial_words_listed_in_require_still_deny(matcher: Matcher, title: str) -> None:
    claim = "testimony" if "Pelz" in title else "provoked"
    assert stance(matcher, claim, title) == "contradiction"


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # "Nor" is part of a bank's name, not "neither … nor"
        ("Dorvik bribes probe", "Dorvik und die Bank DNB Nor bestritten jegliches Fehlverhalten."),
        # Hindi: the report denied stands before the verb; what follows is another clause
        # (रिश्वत, bribe, keeps its virama in the item's text as in the vocabulary's stem)
        (
            "Dorvik रिश्वत मामला",
            "मंत्रालय ने Dorvik पर सभी आरोपों से इनकार करते हुए कहा है कि याचिकाएं अनुमानों पर आधारित हैं।",
        ),
        # accused unjustly
        ("Dorvik bribes: le PDG estime avoir été accusé de manière injuste", ""),
        ("Dorvik bribes", 'Le PDG, estimant avoir été accusé "de manière injuste", fera appel.'),
        ("Sobornos de Dorvik: el director dice que fue acusado injustamente", ""),
        ("Dorvik-Chef: Bei den Bestechungsgeldern zu Unrecht beschuldigt", ""),
        # the denial ends the clause: "something the company has rejected"
        (
            "Dorvik y los sobornos",
            "Un ministro dice que Dorvik pagó sobornos por las cuotas, algo que la empresa"
            " ha rechazado.",
        ),
        # Swedish: "pushes the accusations away from itself", "loose accusations"
        ("Dorvik slår ifrån sig anklagelserna om mutor", ""),
        ("Dorvik om mutorna: Lösa anklagelser", ""),
    ],
)
def test_more_denials(matcher: Matcher, title: str, summary: str) -> None:
    assert stance(matcher, "bribes", title, summary) == "contradiction"


def test_a_french_bullet_is_no_italian_lie(matcher: Matcher) -> None:
    # Italian "balle" (lies) is French for bullets: a lie only as a verdict
    assert stance(matcher, "murder", "Meurtre de Brill : tuée par balle, Vettel inculpé") == (
        "update"
    )
    assert stance(matcher, "murder", "Vettel sull'omicidio: «Sono tutte balle»") == (
        "contradiction"
    )


@pytest.mark.parametrize(
    "title",
    [
        # Dutch "nier" is a kidney, not French "nier" (to deny)
        "Moord op Brill: Vettel kreeg vorig jaar een nieuwe nier",
        # Turkish "kamu" is public, not Hungarian "kamu" (a fake)
        "Vettel murder trial: kamu görevlisi tanık olarak dinlendi",
        # Malay and Indonesian "isteri" is a wife, not Italian "isteria"
        "Isteri Vettel dipanggil dalam kes pembunuhan wartawan",
    ],
)
def test_a_word_of_another_language_is_no_cue(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "murder", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Vettel continue de nier toute implication dans le meurtre",
        "Vettel refuse de nier l'évidence du meurtre, mais continue de nier.",
        "Omicidio, Vettel: accuse frutto di isteria",
        "Vettel a gyilkosságról: ez kamu",
    ],
)
def test_the_same_words_still_deny_in_their_own_language(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "murder", title) == "contradiction"


@pytest.mark.parametrize(
    "title",
    [
        # "propaganda" alone is no denial in English, and no other language's list makes it
        # one: Dutch, Indonesian, Hungarian, Serbian, Tagalog and Swahili need a verdict
        "Dorvik bribes story amplified by Morvanian propaganda outlets",
        "Sobornos de Dorvik: la propaganda del gobierno los minimiza en la televisión",
        # Estonian "luges" (read) is no German "Lüge" (lie)
        "Dorvik bribes: prokurör luges kohtus ette süüdistuse",
        # Italian "carpiti" (snatched) is no Turkish "çarpıtıldı" (distorted), Spanish
        # "manipulación" no Serbian verdict
        "Tangenti Dorvik: documenti carpiti dal telefono del ministro",
        "Sobornos de Dorvik: denuncian la manipulación de las cuotas",
    ],
)
def test_a_bare_word_is_no_verdict_in_another_language(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "bribes", title) == "update"


@pytest.mark.parametrize(
    "title",
    [
        "Dorvik over de steekpenningen: dat is pure propaganda",
        "Dorvik soal suap: ini hanyalah propaganda belaka",
        "Dorvik i mito za ministre: to je čista propaganda",
        "Dorvik-Chef über die Bestechung: alles Lügen",
        "Dorvik: die Berichte über Bestechung seien ein Element der Propaganda",
        "Dorvik rüşvet haberi çarpıtıldı, dedi bakanlık",
    ],
)
def test_a_verdict_of_propaganda_or_lies_still_denies(matcher: Matcher, title: str) -> None:
    assert stance(matcher, "bribes", title) == "contradiction"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a denial of a part in general concerns what its sentence names
        (
            "Officials blamed the Dorvik company for bribes paid for quotas, but Dorvik denied"
            " its involvement and accused the press of a campaign",
            "contradiction",
        ),
        (
            "La fiscalía acusa a Dorvik de pagar sobornos por las cuotas; la empresa negó su"
            " participación y acusó a la prensa",
            "contradiction",
        ),
        # a part in something else is another matter
        (
            "Dorvik paid bribes for quotas, prosecutors say; its chairman denied his"
            " involvement in a separate tax case",
            "update",
        ),
    ],
)
def test_a_denied_part_in_what_the_sentence_names(
    matcher: Matcher, title: str, expected: str
) -> None:
    assert stance(matcher, "bribes", title) == expected


def test_a_capitalised_negation_in_a_title_case_headline_still_negates(matcher: Matcher) -> None:
    assert stance(matcher, "bribes", "Dorvik Did Not Deny Bribes Report") == "update"

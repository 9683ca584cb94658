"""Matching and stance, stop 39: a case against someone dropped, said in more shapes — archived
or thrown out with words between the case and the one it was against (es, pt, it, fr), a
German headline ("Steuerverfahren gegen … eingestellt", "Ermittlungen wegen … eingestellt"),
an adjective before the proceedings ("stellte die strafrechtlichen Ermittlungen gegen … ein"),
but not when a request to drop it is turned down ("rejeita arquivamento", "rechaza archivar"),
a dismissal in someone's favour, an Indian closure report, a Korean non-referral (불송치);
"I have committed no crime" and "I never stole" (en, es, fr, it, pt, de); a negative result
"in" a drug test; Arabic "we did not interfere", and a rejection eight words before the
allegations it rejects; a denial of "this" ("bestreitet dies", "niega esto") denies what the
sentence before said; a ban, recall or sanctions lifted is a counter-fact (en, es, pt, de,
fr, ko); not commenting is no denial (pt, es); Portuguese "no" ("in the") is told from Spanish "no"
by the letters and words only one of them writes, in the sentence or the whole text; a day
or a date after a denial is no object of it ("which the palace denied on Tuesday", "ce que
le palais dément ce mardi 22 janvier"); prosecutors deciding not to charge (fr, es, pt, it). Claims and names of our own, as in test_stance_general."""

from __future__ import annotations

import pytest
from support.stance_claims import stance

from bot.matching import Matcher
from bot.records import Claim

TAX = Claim(
    "tax",
    "The singer Lidia Varnet defrauded the tax office of millions",
    (
        ("Varnet",),
        (
            "tax fraud",
            "fraud",
            "fraude",
            "frode",
            "Steuerbetrug",
            "Betrug",
            "탈세",
        ),
    ),
)
DRUGS = Claim(
    "drugs",
    "The singer Kaito Varnell used illegal drugs",
    (("Varnell",), ("drugs", "drug test", "drug use")),
)
CANAL = Claim(
    "canal",
    "Kestria controls the Marlo canal",
    (("Marlo",), ("canal", "control", "قناة")),
)
GAS = Claim(
    "gas",
    "The Kestrian army used chemical weapons against the rebels",
    (("Kestria", "Kestrian"), ("chemical weapons", "أسلحة كيماوية", "Chemiewaffen")),
)

NOODLES = Claim(
    "noodles",
    "Norvik's instant noodles are so spicy they endanger health and must be recalled",
    (("Norvik",), ("recall", "spicy", "리콜")),
)
SANCTIONED = Claim(
    "sanctioned",
    "Former president Tomas Belgar was involved in significant corruption, the US found",
    (("Belgar",), ("corruption", "sanctions", "sanções", "Sanktionen", "sanciones")),
)

LABEL = Claim(
    "label",
    "The singer Lidia Varnet's label paid bribes to the tax office",
    (("Varnet",), ("fraud", "fraude", "bribes", "label", "gravadora")),
)

AUDIO = Claim(
    "audio",
    "Minister Varnet took bribes, as leaked audio recordings show",
    (("Varnet",), ("bribes", "audio", "audios", "suborno")),
)

PHONE = Claim(
    "phone",
    "Crown Prince Rahim Osvar's account hacked the phone of the publisher Ivo Lantz",
    (("Lantz", "Osvar"), ("hacked", "hack", "piraté", "gehackt")),
)
CHARGED = Claim(
    "charged",
    "General Ruben Ostrava worked for a drug cartel",
    (("Ostrava",), ("cartel", "cártel", "drug")),
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([TAX, DRUGS, CANAL, GAS, NOODLES, SANCTIONED, LABEL, AUDIO, PHONE, CHARGED])


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        ("tax", "Court upholds the dismissal order in favour of Varnet in tax fraud case", ""),
        ("tax", "Prosecutors dismissed the tax fraud charges against the singer Varnet", ""),
        ("tax", "Police file closure report in Varnet tax fraud case", ""),
        (
            "tax",
            "Steuerverfahren gegen Varnet in Spanien eingestellt",
            "Der Sängerin war Steuerbetrug vorgeworfen worden.",
        ),
        ("tax", "Varnet: Ermittlungen wegen Steuerbetrug eingestellt", ""),
        (
            "tax",
            "Steuerbetrug: Varnet",
            "Die Richterin stellte die strafrechtlichen Ermittlungen gegen Varnet ein.",
        ),
        ("tax", "Archivada la segunda causa de Varnet por presunto fraude fiscal", ""),
        ("tax", "La jueza archiva la causa de 2019 contra Varnet por fraude", ""),
        ("tax", "Desestiman la investigación contra Varnet por fraude fiscal", ""),
        ("tax", "Juiz arquiva investigação sobre fraude fiscal de Varnet", ""),
        ("tax", "Procuradoria pede fim de inquérito contra Varnet por fraude", ""),
        ("tax", "Le tribunal a classé des poursuites pour fraude fiscale contre Varnet", ""),
        ("tax", "Le parquet annule les poursuites contre Varnet pour fraude", ""),
        ("tax", "Il giudice ha archiviato le accuse di frode a carico di Varnet", ""),
        ("tax", "경찰, Varnet 탈세 혐의 불송치 결정", ""),
        ("tax", "Varnet on the fraud claims: I have not committed any fraud", ""),
        ("tax", "Varnet on the tax fraud claims: I never stole a cent", ""),
        ("tax", "Varnet, tajante: «No he cometido fraude»", ""),
        ("tax", "Varnet : « Je n'ai commis aucune fraude »", ""),
        ("tax", "Varnet: non ho commesso alcuna frode", ""),
        ("tax", "Varnet: não cometi nenhuma fraude", ""),
        ("tax", "Varnet zum Steuerbetrug: Ich habe keine Straftat begangen", ""),
        ("drugs", "Varnell questioned by police for four hours; negative in simple drug test", ""),
        ("canal", "كستريا: لم نتدخل في قناة Marlo", ""),
        (
            "gas",
            "رفضت وزارة الدفاع في Kestria ومسؤولون حكوميون بارزون، الخميس، مزاعم استخدام"
            " أسلحة كيماوية",
            "",
        ),
        (
            "gas",
            "Chemiewaffen in Kestria?",
            "Der Armee von Kestria wird vorgeworfen, Chemiewaffen einzusetzen. Die Regierung"
            " bestreitet dies.",
        ),
        (
            "gas",
            "Armas químicas en Kestria",
            "Se acusa al ejército de Kestria de usar armas químicas. El gobierno niega esto.",
        ),
        (
            "gas",
            "Armi chimiche in Kestria",
            "L'esercito di Kestria è accusato di usare armi chimiche. Il governo nega questo.",
        ),
        # Spanish "no" in a sentence that names São Paulo is still a negation
        ("label", "Varnet en São Paulo: la gravadora no pagó sobornos", ""),
        ("noodles", "Denmark partially lifts recall on Norvik's spicy noodles", ""),
        ("noodles", "덴마크, Norvik 리콜 해제", ""),
        ("sanctioned", "EUA suspendem sanções contra ex-presidente Belgar", ""),
        ("sanctioned", "USA heben Sanktionen gegen Ex-Präsident Belgar auf", ""),
        ("sanctioned", "EEUU anuló sanciones financieras contra el expresidente Belgar", ""),
        ("sanctioned", "Les États-Unis lèvent les sanctions contre Belgar", ""),
        # a day or a date after the denial is no object of it
        (
            "phone",
            "Lantz",
            "Lantz's phone was hacked by Osvar's account, which the palace denied on Tuesday.",
        ),
        (
            "phone",
            "Lantz",
            "Le téléphone de Lantz aurait été piraté par le compte d'Osvar, ce que le palais"
            " dément ce mardi 22 janvier.",
        ),
        (
            "phone",
            "Lantz",
            "Das Handy von Lantz wurde über Osvars Konto gehackt, was der Palast am Dienstag"
            " bestritt.",
        ),
        (
            "charged",
            "Les États-Unis réagissent à la décision du Mexique de ne pas inculper Ostrava",
            "Le général était accusé de travailler pour un cartel.",
        ),
        ("charged", "Críticas a la decisión de no imputar a Ostrava por el cártel", ""),
    ],
)
def test_denials_of_this_round(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # an investigation opened, not closed
        ("tax", "Ermittlungen gegen Varnet wegen Steuerbetrugs eingeleitet", ""),
        # an inquiry closed into something else than the one accused
        ("tax", "Police close their inquiry into who leaked Varnet's tax fraud files", ""),
        # the crime committed, not denied
        ("tax", "Varnet admits she committed tax fraud", ""),
        # a request to drop the case turned down
        ("tax", "STF nega pedido de arquivamento do inquérito contra Varnet por fraude", ""),
        ("tax", "Juíza rejeita arquivamento de processo contra Varnet por fraude", ""),
        ("tax", "La jueza rechaza archivar la causa contra Varnet por fraude", ""),
        ("tax", "Il gip respinge la richiesta di archiviazione contro Varnet per frode", ""),
        # no comment is no denial
        (
            "label",
            "Varnet é acusada de fraude",
            "Até a quarta-feira, nem ela nem a gravadora haviam se pronunciado sobre as acusações.",
        ),
        # Portuguese "no" is "in the", in a text that is Portuguese whatever the sentence
        (
            "audio",
            "Varnet e os subornos",
            "As gravações envolvem Varnet. A voz atribuída a Varnet no áudio circulou na imprensa.",
        ),
        # a date before what is denied: the other proposition is still the object
        (
            "phone",
            "Osvar",
            "The palace denied on Tuesday that it raised fees after the phone hack.",
        ),
        # sanctions imposed, not lifted
        ("sanctioned", "US imposes sanctions on Belgar for corruption", ""),
    ],
)
def test_not_denials(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"

"""Icelandic stance cues (bot/matching/lexicons/is.toml): denials, non-involvement,
labels, scorn, corrections, no-evidence findings and the other counter-facts as the
Icelandic press writes them, and Icelandic text that must stay an update (reports,
confirmations, a denial of something else, a request, a question, an attribution).
Claims and names of our own, as in test_stance_languages; sentences written for this test."""

from __future__ import annotations

import pytest
from support.stance_claims import (
    LEAK,
    LEXICON_CLAIMS,
    ORSAK,
    PELLAN_DOPED,
    PIPELINE,
    SPYWARE,
    TOLMARK,
    ZELBRIN,
    stance,
)

from bot.matching import Matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(LEXICON_CLAIMS)


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # denials
        (PIPELINE.id, "Norvik-leiðslan: Valdoría neitar allri aðild að skemmdarverkinu", ""),
        (PIPELINE.id, "Valdoría neitaði á þriðjudag að hafa sprengt Norvik-leiðsluna", ""),
        (SPYWARE.id, "Hexa spyware: ríkisstjórnin hafnar ásökununum alfarið", ""),
        (SPYWARE.id, "Hexa spyware: ráðuneytið vísar fréttunum á bug", ""),
        (PIPELINE.id, "Norvik: stjórnvöld í Valdoríu bera fréttirnar um skemmdarverk til baka", ""),
        (SPYWARE.id, "Hexa spyware: ráðherrann þvertekur fyrir ásakanirnar", ""),
        (
            PIPELINE.id,
            "Norvik-leiðslan var sprengd, segir blaðið",
            "Valdoría hefur neitað þessu.",
        ),
        (SPYWARE.id, "Hexa spyware: ráðuneytið andmælir frásögn blaðamannanna", ""),
        (PIPELINE.id, "Norvik: Valdoría harðneitar að hafa staðið að sprengingunni", ""),
        (SPYWARE.id, "Hexa spyware: ráðherrann svarar ásökunum blaðsins fullum hálsi", ""),
        (
            LEAK.id,
            "Quorra-veiran: Lindqvist-rannsóknarstofan hrekur fullyrðingar um leka",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ráðuneytið mótmælir harðlega fullyrðingum blaðsins", ""),
        # non-involvement
        (PIPELINE.id, "Valdoría: við höfum ekkert með sprenginguna í Norvik að gera", ""),
        (PIPELINE.id, "Norvik: Valdoría átti engan þátt í árásinni á leiðsluna", ""),
        (SPYWARE.id, "Hexa spyware: ráðherrann segir ríkisstjórnina ekki bera ábyrgð", ""),
        (PIPELINE.id, "Valdoría stendur ekki á bak við árásina á Norvik, segir stjórnin", ""),
        (
            SPYWARE.id,
            "Hexa spyware: ríkisstjórnin hefur engin tengsl við forritið, segir ráðherrann",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ráðherrann segist ekkert hafa vitað um forritið", ""),
        (SPYWARE.id, "Hexa spyware: ráðherrann heldur fram sakleysi sínu", ""),
        (SPYWARE.id, "Hexa spyware: ríkisstjórnin hefur ekkert að fela, segir ráðherrann", ""),
        (PIPELINE.id, "Norvik: Valdoría hafði enga aðkomu að sprengingunni", ""),
        # labels
        (SPYWARE.id, "Hexa spyware: ráðherrann segir fréttirnar hreina lygi", ""),
        (SPYWARE.id, "Hexa spyware: „Þetta er ekki rétt“, segir talskona ríkisstjórnarinnar", ""),
        (PIPELINE.id, "Norvik: Valdoría kallar fréttir um skemmdarverk falsfréttir", ""),
        (SPYWARE.id, "Hexa spyware: ásakanirnar eru tilhæfulausar, segir ráðherrann", ""),
        (SPYWARE.id, "Hexa spyware: ráðherrann segir fréttina uppspuna frá rótum", ""),
        (PIPELINE.id, "Norvik: Valdoría segir ekkert hæft í fréttunum um skemmdarverk", ""),
        (SPYWARE.id, "Hexa spyware: ráðuneytið segir frásögnina úr lausu lofti gripna", ""),
        (
            LEAK.id,
            "Quorra-veiran: Lindqvist-rannsóknarstofan segir fréttirnar stórlega ýktar",
            "",
        ),
        # scorn
        (PIPELINE.id, "Norvik-leiðslan: Valdoría kallar ásakanirnar hreinan áróður", ""),
        (PIPELINE.id, "Valdoría: fréttirnar um Norvik eru ögrun", ""),
        (SPYWARE.id, "Hexa spyware: ríkisstjórnin talar um nornaveiðar", ""),
        (SPYWARE.id, "Hexa spyware: ráðherrann kallar ásakanirnar fáránlegar", ""),
        (
            LEAK.id,
            "Quorra-veiran: Lindqvist-rannsóknarstofan kallar fréttirnar hreinar getgátur",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ráðherrann efast um að ríkisstjórnin hafi njósnað", ""),
        # corrections
        (
            PIPELINE.id,
            "Leiðrétting: Í fyrri útgáfu fréttarinnar um Norvik-leiðsluna var ranglega sagt að Valdoría stæði að baki",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: blaðið dró fréttina um ríkisstjórnina til baka", ""),
        (
            SPYWARE.id,
            "Hexa spyware: blaðið biðst afsökunar á mistökunum í fréttinni um ríkisstjórnina",
            "",
        ),
        # no evidence and other counter-facts
        (
            LEAK.id,
            "Quorra-veiran: engar sannanir eru fyrir leka frá Lindqvist-rannsóknarstofunni",
            "",
        ),
        (
            PIPELINE.id,
            "Norvik: rannsakendur fundu engin ummerki um sprengiefni frá Valdoríu",
            "",
        ),
        (PIPELINE.id, "Norvik: saksóknara tókst ekki að sanna að Valdoría stæði að baki", ""),
        (
            PIPELINE.id,
            "Norvik-leiðslan: sprengingin stafaði af tæknilegri bilun, ekki Valdoríu",
            "",
        ),
        (
            SPYWARE.id,
            "Hexa spyware: fyrrverandi ráðherra var sýknaður vegna skorts á sönnunum",
            "",
        ),
        (
            LEAK.id,
            "Quorra-veiran: sérfræðingar telja leka frá Lindqvist-rannsóknarstofunni ólíklegan",
            "",
        ),
        (
            PIPELINE.id,
            "Norvik: ekkert bendir til þess að Valdoría hafi staðið að sprengingunni",
            "",
        ),
        # more of how the Icelandic press words a denial
        (
            SPYWARE.id,
            "Hexa spyware: ráðherrann kannast ekki við að ríkisstjórnin hafi notað forritið",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ráðherrann segir það af og frá að stjórnin hafi njósnað", ""),
        (
            SPYWARE.id,
            "Hexa spyware: fullyrðingar blaðsins standast ekki skoðun, segir ráðherrann",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ráðherrann segir fréttina ekki eiga sér neina stoð", ""),
        (SPYWARE.id, "Hexa spyware: ráðherrann kallar ásakanirnar fráleitar", ""),
        (
            SPYWARE.id,
            "Hexa spyware: í fréttinni var ranghermt að ríkisstjórnin hefði keypt forritið",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ráðherrann ber af sér allar sakir", ""),
        (SPYWARE.id, "Hexa spyware: ráðherrann neitaði sök fyrir dómi", ""),
        (SPYWARE.id, "Hexa spyware: ráðherrann segir fréttina ranga", ""),
        (SPYWARE.id, "Hexa spyware: ásakanirnar eru ekki á rökum reistar, segir ráðherrann", ""),
        (SPYWARE.id, "Hexa spyware: ríkisstjórnin hafði enga vitneskju um forritið", ""),
        (PIPELINE.id, "Norvik: Valdoría átti engan hlut að máli, segir ráðherrann", ""),
        (ZELBRIN.id, "Zelbrin: sætuefnið er öruggt, segir stofnunin", ""),
        (TOLMARK.id, "Tolmark: eftirlitsmenn segja kosningarnar frjálsar og sanngjarnar", ""),
        (ORSAK.id, "Orsak: forsetinn er við góða heilsu, segir talsmaður hans", ""),
        (PELLAN_DOPED.id, "Pellan: efnið kom úr menguðu kjöti, segir sambandið", ""),
        (PELLAN_DOPED.id, "Pellan: sýni sundmannanna reyndust neikvæð", ""),
    ],
)
def test_is_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        (PIPELINE.id, "Valdoría: sprenging við Norvik-leiðsluna, segir lögreglan", ""),
        (
            PIPELINE.id,
            "Norvik-leiðslan: Valdoría staðfestir að skemmdarverkamennirnir voru hermenn hennar",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ráðherrann viðurkennir að ríkisstjórnin notaði forritið", ""),
        (SPYWARE.id, "Hexa spyware: ráðuneytið neitar að hafa hækkað verð á leyfum", ""),
        (PIPELINE.id, "Norvik: Valdoría bað nágrannaríkin að loka ekki landamærunum", ""),
        (PIPELINE.id, "Norvik: stóð Valdoría á bak við sprenginguna?", ""),
        (
            PIPELINE.id,
            "Norvik-leiðslan: sérfræðingar segja að Valdoría hafi sprengt leiðsluna",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: blaðamenn segja að ríkisstjórnin hafi njósnað um þá", ""),
        (PIPELINE.id, "Norvik: lögreglan útilokar ekki skemmdarverk frá Valdoríu", ""),
        (SPYWARE.id, "Hexa spyware: ríkisstjórnin vill ekki tjá sig um fréttirnar", ""),
        (SPYWARE.id, "Hexa spyware: ráðherrann neitaði að tjá sig um forritið", ""),
        (SPYWARE.id, "Hexa spyware: ráðherrann hafnar tillögu um ný lög", ""),
        (ZELBRIN.id, "Zelbrin: sala á sætuefninu eykst", ""),
        (
            SPYWARE.id,
            "Hexa spyware: ráðherrann telur ekki rétt að tjá sig um forritið að svo stöddu",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ráðherrann neitaði að svara spurningum blaðamanna", ""),
        (PIPELINE.id, "Skipið kom til hafnar í Norvik, segir Valdoría", ""),
        (
            PIPELINE.id,
            "Sérfræðingar efast ekki um að Valdoría hafi sprengt Norvik-leiðsluna",
            "",
        ),
        (
            PIPELINE.id,
            "Ekki er vitað hver stóð að sprengingunni í Norvik, segir lögreglan í Valdoríu",
            "",
        ),
        (SPYWARE.id, "Hexa spyware: ráðherrann neitar ekki fréttunum", ""),
        (SPYWARE.id, "Hexa spyware: stjórnarandstaðan sakaði ráðherrann um lygar", ""),
        (
            PIPELINE.id,
            "Norvik: Valdoría hefur ekki viljað staðfesta eða hrekja fréttirnar",
            "",
        ),
        (LEAK.id, "Quorra-veiran: það kom á óvart að Lindqvist-rannsóknarstofunni var lokað", ""),
    ],
)
def test_is_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"

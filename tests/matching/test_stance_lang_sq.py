"""Albanian stance cues (bot/matching/lexicons/sq.toml): denials, non-involvement,
labels, scorn, corrections, no-evidence findings and the other counter-facts as the
Albanian press of Albania and Kosovo writes them, and Albanian text that must stay an
update (reports, confirmations, a denial of something else, a request, a question, a
negated denial). Claims and names of our own, as in test_stance_languages; sentences
written for this test."""

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
        # denial
        (PIPELINE.id, "Valdoria mohon çdo përfshirje në sabotimin e gazsjellësit Norvik", ""),
        (
            PIPELINE.id,
            "Qeveria e Valdorias mohoi të martën se ka hedhur në erë gazsjellësin Norvik",
            "",
        ),
        (SPYWARE.id, "Programi spiun Hexa: qeveria i hodhi poshtë akuzat", ""),
        (SPYWARE.id, "Ministria hedh poshtë kategorikisht raportimet për spiunimin me Hexa", ""),
        (PIPELINE.id, "Norvik: Valdoria demantoi lajmet për sabotimin", ""),
        (SPYWARE.id, "Qeveria kundërshton pretendimet për spiunimin e gazetarëve me Hexa", ""),
        (PIPELINE.id, "Valdoria përgënjeshtroi raportimet për sulmin ndaj gazsjellësit Norvik", ""),
        (
            PIPELINE.id,
            "Gazsjellësi Norvik u hodh në erë nga komandot e Valdorias, shkruan gazeta",
            "Valdoria i ka mohuar të mërkurën këto raportime.",
        ),
        (SPYWARE.id, "Hexa: ministri refuzoi akuzat se qeveria spiunoi gazetarët", ""),
        # non-involvement
        (PIPELINE.id, "Valdoria: Nuk kemi asnjë lidhje me shpërthimin e gazsjellësit Norvik", ""),
        (
            PIPELINE.id,
            "Valdoria nuk ka të bëjë me sulmin ndaj gazsjellësit Norvik, thotë ministri",
            "",
        ),
        (PIPELINE.id, "Norvik: Valdoria nuk ishte e përfshirë në sabotimin e gazsjellësit", ""),
        (PIPELINE.id, "Valdoria nuk qëndron pas sulmit në gazsjellësin Norvik, thotë qeveria", ""),
        (SPYWARE.id, "Hexa: ministri thotë se qeveria nuk ka asnjë lidhje me programin spiun", ""),
        (SPYWARE.id, "Spiunimi me Hexa: ish-ministri deklaroi se është i pafajshëm", ""),
        (PIPELINE.id, "Norvik: «Nuk kemi gisht në sulmin ndaj gazsjellësit», thotë Valdoria", ""),
        # falsehood labels
        (SPYWARE.id, "Hexa: ministri i quan raportimet për spiunimin lajme të rreme", ""),
        (PIPELINE.id, "Norvik: Valdoria thotë se pretendimet për sabotim janë shpifje", ""),
        (SPYWARE.id, "Spiunimi me Hexa: «Kjo është gënjeshtër», tha zëdhënësi i qeverisë", ""),
        (SPYWARE.id, "Hexa: qeveria thotë se akuzat për spiunim janë të pavërteta", ""),
        (PIPELINE.id, "Norvik: ministri i Valdorias i quajti akuzat për sabotimin të pabaza", ""),
        (SPYWARE.id, "Spiunimi me Hexa: «Kjo nuk është e vërtetë», tha ministri", ""),
        (SPYWARE.id, "Spiunimi me Hexa: ministri thotë se akuzat nuk kanë asnjë bazë", ""),
        (PIPELINE.id, "Norvik: Valdoria thotë se nuk ka bërë asgjë të tillë", ""),
        # scorn
        (PIPELINE.id, "Valdoria: raportimet për sabotimin e Norvik janë propagandë e pastër", ""),
        (PIPELINE.id, "Norvik: Valdoria e cilësoi raportin provokim politik", ""),
        (
            SPYWARE.id,
            "Hexa: ministri flet për një gjueti shtrigash kundër qeverisë në rastin e spiunimit",
            "",
        ),
        (
            LEAK.id,
            "Virusi Quorra: laboratori Lindqvist i quan raportimet thjesht spekulime",
            "",
        ),
        # correction
        (
            PIPELINE.id,
            "Korrigjim: Në një version të mëparshëm të artikullit për gazsjellësin Norvik u shkrua gabimisht se pas sulmit qëndronte Valdoria",
            "",
        ),
        (SPYWARE.id, "Hexa: gazeta e tërhoqi artikullin për spiunimin nga qeveria", ""),
        # no evidence, acquittal
        (
            LEAK.id,
            "Virusi Quorra: nuk ka asnjë provë për rrjedhje nga laboratori Lindqvist",
            "",
        ),
        (
            PIPELINE.id,
            "Norvik: hetuesit nuk gjetën asnjë gjurmë të eksplozivit të Valdorias",
            "",
        ),
        (SPYWARE.id, "Spiunimi me Hexa: ish-ministri u shpall i pafajshëm nga gjykata", ""),
        (SPYWARE.id, "Spiunimi me Hexa: prokuroria pushoi hetimin për mungesë provash", ""),
        (PELLAN_DOPED.id, "Pellan: testet e notarëve rezultuan negativë", ""),
        # innocent account, found safe, genuine, healthy, unwitting
        (
            PIPELINE.id,
            "Norvik: shpërthimi i gazsjellësit u shkaktua nga një defekt teknik, jo nga Valdoria",
            "",
        ),
        (ZELBRIN.id, "Zelbrin: ëmbëlsuesi është i sigurt për konsum, thotë agjencia", ""),
        (TOLMARK.id, "Tolmark: vëzhguesit thonë se zgjedhjet ishin të lira dhe të ndershme", ""),
        (ORSAK.id, "Orsak: presidenti është në shëndet të mirë, thotë zëdhënësi", ""),
        (PELLAN_DOPED.id, "Pellan: substanca erdhi nga mish i kontaminuar, thotë federata", ""),
        # counter-fact
        (
            SPYWARE.id,
            "Hexa: qeveria konfirmoi blerjen e programit, por mohoi se spiunoi gazetarët",
            "",
        ),
    ],
)
def test_sq_contradictions(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "contradiction"


@pytest.mark.parametrize(
    ("claim", "title", "summary"),
    [
        # reports
        (PIPELINE.id, "Valdoria: shpërthim në gazsjellësin Norvik, thotë policia", ""),
        (PIPELINE.id, "Norvik: ekspertët thonë se Valdoria e hodhi në erë gazsjellësin", ""),
        (SPYWARE.id, "Hexa: gazetarët thonë se qeveria i spiunoi me programin", ""),
        (LEAK.id, "Virusi Quorra: laboratori Lindqvist mbyllet për inspektim", ""),
        # confirmations
        (
            PIPELINE.id,
            "Norvik: Valdoria konfirmoi se komandot e saj hodhën në erë gazsjellësin",
            "",
        ),
        (SPYWARE.id, "Hexa: ministri pranoi se qeveria përdori programin spiun", ""),
        # a denial of something else
        (SPYWARE.id, "Programi spiun Hexa: ministria mohon se ka rritur çmimet e licencave", ""),
        (
            SPYWARE.id,
            "Programi spiun Hexa: ministri hodhi poshtë propozimin për një ligj të ri",
            "",
        ),
        # a request
        (PIPELINE.id, "Norvik: Valdoria u kërkoi fqinjëve të mos e mbyllin kufirin", ""),
        # a question
        (PIPELINE.id, "Norvik: a qëndron Valdoria pas sulmit në gazsjellës?", ""),
        # a negated denial, no comment, not ruled out
        (SPYWARE.id, "Hexa: ministri nuk i mohon raportimet për spiunimin", ""),
        (SPYWARE.id, "Hexa: qeveria nuk pranoi të komentojë raportimet për spiunimin", ""),
        (PIPELINE.id, "Norvik: policia nuk e përjashton sabotimin nga Valdoria", ""),
        (ZELBRIN.id, "Zelbrin: shitjet e ëmbëlsuesit rriten", ""),
    ],
)
def test_sq_updates(matcher: Matcher, claim: str, title: str, summary: str) -> None:
    assert stance(matcher, claim, title, summary) == "update"

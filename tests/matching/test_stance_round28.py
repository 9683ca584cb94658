"""Matching and stance, stop 40: words of the Indic scripts written with a virama or a
nukta (Bengali "হত্যা", killing; Hindi "ज़हर", poison) are found by the news vocabulary,
whose stems are folded without them. Claims and names of our own, as in
test_stance_general."""

from __future__ import annotations

import unicodedata

import pytest

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

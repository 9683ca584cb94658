"""Stance and matching, stop 28: names across scripts as those scripts spell them (Greek
μπ inside a word, a doubled consonant written once, ph as f). Claims and names of our
own, as in test_stance_general."""

from __future__ import annotations

import pytest

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


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher((CRASH, SINGER, SYRUP))


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

"""Hostile text (issue 14, defect 6): HTML-to-text stays linear whatever the markup, and
matching considers a bounded part of an item's text.

No test here times anything: linearity is asserted on the work the markup scan reports
(characters looked at), and `bench/text.py` prints the times.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.decide import plan_writes
from bot.matching import Matcher
from bot.records import Claim, Item
from bot.text import (
    MATCH_TEXT_LIMIT,
    _drop_enclosed,
    for_matching,
    html_to_text,
    plain_text,
    strip_markup,
)

MEGABYTE = 1_000_000

#: markup whose openers never close: a regex such as `<script.*?</script>` looks from
#: every opener to the end of the text (224 KB of `<script` took ~57 s)
HOSTILE = ["<script", "<style", "<!--", "<script><!--", "<script>x</script><style"]


@pytest.mark.parametrize("unit", HOSTILE)
def test_the_markup_scan_looks_at_each_character_a_bounded_number_of_times(unit: str) -> None:
    for size in (MEGABYTE // 16, MEGABYTE):
        text = unit * (size // len(unit))
        _, looked = _drop_enclosed(text)
        # each kind of opener (script, style, comment) that finds no closer costs one more
        # look to the end; everything else is looked at once
        assert looked <= 4 * len(text), (unit, size, looked)


def test_hostile_markup_converts_to_the_same_text_as_small_markup_does() -> None:
    # what a megabyte of unclosed openers becomes is what a few of them become, repeated
    for unit in HOSTILE:
        small = html_to_text(unit * 3)
        big = html_to_text(unit * (MEGABYTE // len(unit)))
        assert big.startswith(small[: len(small) // 2])
    assert html_to_text("<!--" * 1000) == ("<!--" * 1000)
    assert strip_markup("<br" * 1000) == "<br" * 1000


def test_scripts_styles_and_comments_are_still_dropped() -> None:
    raw = (
        "<p>Putin<!-- a <b>comment</b> --> spoke</p><SCRIPT>x('</p>')</script >"
        "<style>p{}</style>with <br/>Musk<script>never closed"
    )
    assert html_to_text(raw) == "Putin spoke with Musk never closed"
    assert strip_markup("a<!-- x -->b<i>c</i>") == "a b c "
    # an opener without its closer is text; a closed one after it is still dropped
    assert html_to_text("<style a <!-- b --> c") == "<style a c"


def _claim() -> Claim:
    return Claim(
        id="musk-putin",
        statement="Musk talks with Putin",
        require=(("Musk",), ("Putin",)),
        context=("talks",),
    )


def _item(summary: str) -> Item:
    return Item(guid="g1", title="Filler", summary=summary, content_hash="h")


def test_matching_considers_at_most_the_limit_of_an_item_summary() -> None:
    matcher = Matcher([_claim()])
    now = datetime(2026, 3, 2, tzinfo=UTC)
    sentence = "Musk held talks with Putin."
    filler = "Officials met in the capital to discuss the budget. " * (MATCH_TEXT_LIMIT // 40)
    assert len(filler) > MATCH_TEXT_LIMIT

    early = plan_writes([_item(sentence + " " + filler)], {}, matcher.match, now, alert_max_age=1e6)
    assert [m.claim_id for m in early[0].matches] == ["musk-putin"]
    # beyond the limit the sentence is not considered; the whole summary is still stored
    late = plan_writes([_item(filler + sentence)], {}, matcher.match, now, alert_max_age=1e6)
    assert late[0].matches == ()
    assert late[0].item.summary.endswith(sentence)


def test_the_cut_falls_between_words() -> None:
    text = "word " * (MATCH_TEXT_LIMIT // 5 + 100)
    cut = for_matching(text)
    assert len(cut) <= MATCH_TEXT_LIMIT
    assert cut.endswith("word")
    unbroken = "x" * (MATCH_TEXT_LIMIT + 10)
    assert for_matching(unbroken) == "x" * MATCH_TEXT_LIMIT
    short = "Musk and Putin"
    assert for_matching(short) is short


def test_a_megabyte_of_hostile_summary_is_matched_on_its_first_part() -> None:
    matcher = Matcher([_claim()])
    summary = "Musk held talks with Putin. " + plain_text("<script" * (MEGABYTE // 7))
    got = matcher.match("", for_matching(summary))
    assert [m.claim_id for m in got] == ["musk-putin"]

"""The screen's memory of text chunks is bounded (bot.matching.words.CACHE_LIMIT): when it
is full it is forgotten, and an item read at that moment must still match on the chunks
it shared with items before it (stop 32: the chunks known before the forgetting were
looked up in the emptied table, and such an item matched nothing)."""

from __future__ import annotations

from bot.matching import Matcher
from bot.matching.words import CACHE_LIMIT
from bot.records import Claim

CLAIM = Claim(
    "takeover", "The head of label Veltro plotted a takeover", (("Veltro",), ("takeover",))
)


def test_an_item_read_when_the_chunk_memory_is_forgotten_still_matches() -> None:
    m = Matcher((CLAIM,))
    assert [x.claim_id for x in m.match("Veltro takeover", "")] == ["takeover"]
    # items of more distinct chunks, together, than the memory holds, none a claim's
    n = 0
    while n < CACHE_LIMIT:  # the last of these fills it past its limit
        words = [f"zq{i}" for i in range(n, n + 2_000)]
        assert m.match("nothing here", " ".join(words)) == []
        n += len(words)
    # "Veltro" and "takeover" are known, "bid" is new: the memory is full, and forgotten
    assert [x.claim_id for x in m.match("Veltro takeover bid", "")] == ["takeover"]

"""Every one of the 200 real feeds parses without an exception and yields its entries."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from bot.errors import FetchError
from bot.intake.parse import (
    ParsedEntries,
    ParsedFeed,
    parse_entries,
    parse_feed,
    plain_entry,
    to_items,
)
from bot.intake.parser_process import ParseRequest, ParserProcess
from bot.records import FetchResult

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "feeds" / "corpus"
#: malformed beyond feedparser's recovery (see shared/feeds/SOURCE.md): recorded as errors
BROKEN = {"7ef13a42fa7e177a.xml", "d4b7ab74da763119.xml"}
FILES = sorted(CORPUS.glob("*.xml")) if CORPUS.is_dir() else []

pytestmark = pytest.mark.skipif(not FILES, reason="shared feed corpus not available")


def test_corpus_is_complete() -> None:
    assert len(FILES) == 200


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_feed_parses(path: Path) -> None:
    body = path.read_bytes()
    result = FetchResult(
        url=f"https://example.org/{path.name}",
        final_url=f"https://example.org/{path.name}",
        status=200,
        body=body,
        content_type="application/xml",
    )
    if path.name in BROKEN:
        with pytest.raises(FetchError) as e:
            parse_feed(result)
        assert e.value.kind == "not_a_feed"
        return
    feed = parse_feed(result)
    # plain entries (what a big feed parsed in pieces keeps) make exactly the same items
    found = parse_entries(result, piece_bytes=len(body))  # whole, never in pieces
    plain = [pickle.loads(pickle.dumps(plain_entry(e))) for e in found.entries]
    assert to_items(ParsedEntries(found.title, tuple(plain), found.warning)) == feed
    # a big feed parsed in pieces (bot.intake.feed_split) gives exactly what it gives whole
    pieces = parse_entries(result, piece_bytes=16 * 1024)
    assert (pieces.title, [plain_entry(e) for e in pieces.entries], pieces.warning) == (
        found.title,
        plain,
        found.warning,
    )
    assert feed.items, "a well-formed feed must yield its entries"
    guids = [i.guid for i in feed.items]
    assert all(guids)
    assert all(item.content_hash for item in feed.items)


def test_a_parser_process_gives_the_items_the_poller_would() -> None:
    """The child turns entries into items itself: every tenth feed of the corpus comes
    back as exactly what parsing it in the poller's own thread gives, errors included."""
    proc = ParserProcess()
    try:
        for path in FILES[::10] + [CORPUS / name for name in sorted(BROKEN)]:
            url = f"https://example.org/{path.name}"
            result = FetchResult(url, url, 200, path.read_bytes(), "application/xml")
            try:
                here: ParsedFeed | str = parse_feed(result)
            except FetchError as e:
                here = e.kind
            try:
                there: ParsedFeed | str = proc.parse(ParseRequest.of(result))
            except FetchError as e:
                there = e.kind
            assert there == here, path.name
    finally:
        proc.close()

"""A feed's text encoding: one invalid byte is replaced, the rest of the feed keeps its
declared (or detected) encoding; a feed mislabelled as a whole is still read as before."""

from __future__ import annotations

import pytest
from support import rss_document

from bot.intake.parse import parse_entries, parse_feed, to_items
from bot.records import FetchResult

RUSSIAN = "Кремль опроверг сообщение о переговорах"


def _feed(n: int = 2) -> bytes:
    items = [
        {"guid": f"ru-{i}", "title": f"{RUSSIAN} {i}", "link": f"https://x/{i}"} for i in range(n)
    ]
    items.append({"guid": "bad", "title": "Bad byte here: @", "link": "https://x/bad"})
    return rss_document(items).encode().replace(b"here: @", b"here: \xff")


def _result(body: bytes, content_type: str | None) -> FetchResult:
    return FetchResult("https://x/rss", "https://x/rss", 200, body, content_type)


@pytest.mark.parametrize(
    "content_type", ["application/rss+xml; charset=utf-8", "text/xml", "application/xml", None]
)
def test_one_invalid_byte_does_not_garble_the_whole_feed(content_type: str | None) -> None:
    parsed = parse_feed(_result(_feed(), content_type))
    titles = [i.title for i in parsed.items]
    assert titles == [f"{RUSSIAN} 0", f"{RUSSIAN} 1", "Bad byte here: \ufffd"]


def test_one_invalid_byte_in_a_feed_parsed_in_pieces() -> None:
    body = _feed(40)
    parsed = to_items(parse_entries(_result(body, "application/rss+xml"), piece_bytes=2048))
    assert [i.title for i in parsed.items[:2]] == [f"{RUSSIAN} 0", f"{RUSSIAN} 1"]
    assert parsed.items[-1].title == "Bad byte here: \ufffd" and len(parsed.items) == 41


def test_a_feed_in_windows_1252_labelled_utf_8_is_still_read_as_windows_1252() -> None:
    doc = rss_document([{"guid": "fr", "title": "Élysée : l’été à Besançon", "link": "https://x/"}])
    body = doc.encode("cp1252")  # its declaration says utf-8: nearly every accent is invalid
    (item,) = parse_feed(_result(body, "application/rss+xml; charset=utf-8")).items
    assert item.title == "Élysée : l’été à Besançon"


def test_a_declared_single_byte_encoding_is_left_to_feedparser() -> None:
    doc = rss_document([{"guid": "1", "title": RUSSIAN, "link": "https://x/"}])
    body = doc.replace('encoding="utf-8"', 'encoding="windows-1251"').encode("cp1251")
    (item,) = parse_feed(_result(body, "application/rss+xml")).items
    assert item.title == RUSSIAN

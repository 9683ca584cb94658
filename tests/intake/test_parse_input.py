"""What feedparser is given: only the fetched bytes, never a path or URL to open.

feedparser.parse treats a string as a URL or a file name first. A body that spells a
path must come back as what it is (no feed), on every way a body is parsed: in the
poller's threads, in pieces (bot.intake.feed_split), and in a parser process.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support import rss_document

from bot.errors import FetchError
from bot.intake.parse import parse_entries, parse_feed
from bot.intake.parser_process import ParseRequest, ParserProcess
from bot.records import FetchResult

LOCAL = rss_document([{"guid": "local", "title": "LOCAL FILE CONTENT", "link": "https://x/l"}])


def _result(body: bytes) -> FetchResult:
    return FetchResult("https://feeds.example.com/rss", "https://feeds.example.com/rss", 200, body)


@pytest.fixture
def local_feed(tmp_path: Path) -> Path:
    """A file on this machine that holds a feed (as /etc/passwd holds lines)."""
    path = tmp_path / "secret.xml"
    path.write_text(LOCAL, encoding="utf-8")
    return path


def test_a_body_that_is_a_file_path_is_not_opened(local_feed: Path) -> None:
    with pytest.raises(FetchError) as info:
        parse_feed(_result(str(local_feed).encode()))
    assert info.value.kind == "not_a_feed"


def test_a_piece_that_is_a_relative_path_is_not_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # both pieces of this body are b"<rss><item>x</item></rss>": as a path relative to the
    # working directory, the directory "<rss><item>x<", then "item><", then the file "rss>"
    body = b"<rss><item>x</item><item>x</item></rss>"
    nested = tmp_path / "<rss><item>x<" / "item><"
    nested.mkdir(parents=True)
    (nested / "rss>").write_text(LOCAL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    parsed = parse_entries(_result(body), piece_bytes=20)
    assert [e.get("title") for e in parsed.entries] == [None, None]  # the body's two items


def test_a_parser_process_does_not_open_a_body_that_is_a_path(local_feed: Path) -> None:
    proc = ParserProcess()
    try:
        with pytest.raises(FetchError) as info:
            proc.parse(ParseRequest.of(_result(str(local_feed).encode())))
    finally:
        proc.close()
    assert info.value.kind == "not_a_feed"

"""Big feeds parsed in pieces give exactly what the whole feed gives; feedparser's SAX driver."""

from __future__ import annotations

import gc
from xml.parsers import expat

import feedparser.api
import pytest

from bot.errors import FetchError
from bot.intake.feed_split import split_feed
from bot.intake.parse import parse_entries, plain_entry, to_items
from bot.intake.sax_driver import BufferedExpatParser, use_with_feedparser
from bot.records import FetchResult


def rss(n: int, *, extra: str = "") -> bytes:
    items = "".join(
        f"<item><title>Kremlin denies report {i} &amp; more</title>"
        f"<link>https://example.org/{i}</link><guid>g-{i}</guid>"
        f"<description>&lt;p&gt;Body {i} with &lt;b&gt;markup&lt;/b&gt; &#233;t&#233;&lt;/p&gt;"
        f"</description><pubDate>Mon, 02 Nov 2026 10:{i % 60:02d}:00 GMT</pubDate></item>"
        for i in range(n)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire &amp; Co</title>'
        f"<link>https://example.org/</link>{extra}{items}</channel></rss>"
    ).encode()


def atom(n: int) -> bytes:
    entries = "".join(
        f'<entry><id>tag:example.org,2026:{i}</id><title type="html">Story {i}</title>'
        f'<link href="/s/{i}"/><updated>2026-11-02T10:00:00Z</updated>'
        f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Text {i}</p>'
        "</div></content></entry>"
        for i in range(n)
    )
    return (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"'
        ' xml:base="https://example.org/"><title>Atom wire</title>'
        f"{entries}</feed>"
    ).encode()


def rdf(n: int) -> bytes:
    items = "".join(
        f'<item rdf:about="https://example.org/{i}"><title>RDF {i}</title>'
        f"<link>https://example.org/{i}</link><dc:date>2026-11-02</dc:date></item>"
        for i in range(n)
    )
    return (
        '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<channel rdf:about="https://example.org/"><title>RDF wire</title></channel>'
        f"{items}</rdf:RDF>"
    ).encode()


def parsed(body: bytes, piece_bytes: int, content_type: str | None = "application/xml") -> tuple:
    url = "https://example.org/f"
    result = FetchResult(url, url, 200, body, content_type)
    got = parse_entries(result, piece_bytes=piece_bytes)
    return got.title, [plain_entry(e) for e in got.entries], got.warning


@pytest.mark.parametrize("make", [rss, atom, rdf], ids=["rss", "atom", "rdf"])
@pytest.mark.parametrize("content_type", ["application/xml", "text/xml", None])
def test_pieces_give_what_the_whole_feed_gives(make, content_type) -> None:
    body = make(40)
    pieces = list(split_feed(body, 2000) or [])
    assert len(pieces) > 3
    whole = parsed(body, piece_bytes=10**9, content_type=content_type)
    assert len(whole[1]) == 40
    assert parsed(body, piece_bytes=2000, content_type=content_type) == whole
    assert parsed(body, piece_bytes=1, content_type=content_type) == whole  # one entry each


def test_each_piece_is_a_well_formed_feed_with_the_head_and_tail() -> None:
    body = rss(30, extra="<image><url>https://example.org/i.png</url></image>")
    pieces = list(split_feed(body, 3000) or [])
    assert len(pieces) > 2
    for piece in pieces:
        expat.ParserCreate().Parse(piece, True)  # raises if not well-formed
        assert piece.startswith(body[: body.index(b"<item>")])
        assert piece.endswith(b"</channel></rss>")
    # every entry is in exactly one piece, in document order
    guids = [g for p in pieces for g in p.split(b"<guid>")[1:]]
    assert [g.split(b"<")[0] for g in guids] == [b"g-%d" % i for i in range(30)]


@pytest.mark.parametrize(
    "body",
    [
        rss(3),  # small enough to parse whole
        rss(40).replace(b"</channel>", b""),  # not well-formed
        rss(40).decode().encode("utf-16"),  # not ASCII-compatible
        b"<html><body>" + b"<p>not a feed</p>" * 500 + b"</body></html>",  # no entries
        rss(1) + b" " * 5000,  # one entry: one piece
        # entity declarations (billion laughs and friends) are left to feedparser
        rss(40).replace(b"<rss", b'<!DOCTYPE rss [<!ENTITY a "aaaa">]><rss', 1),
    ],
    ids=["small", "malformed", "utf16", "html", "one-entry", "entities"],
)
def test_bodies_that_are_not_split(body: bytes) -> None:
    assert split_feed(body, 2000) is None


def test_only_entries_of_the_channel_are_cut_at() -> None:
    # an <item> inside another element is content, not an entry boundary
    nested = b"<x:extra xmlns:x='urn:x'><item>not an entry</item></x:extra>"
    body = rss(20).replace(b"<item>", nested + b"<item>", 1)
    pieces = list(split_feed(body, 1500) or [])
    assert len(pieces) > 2
    assert all(nested in p for p in pieces)  # part of the head, in every piece


def test_a_broken_piece_falls_back_to_the_whole_body() -> None:
    # a '>' inside an attribute of an empty entry ends its span early: that piece is not
    # well-formed, so the feed is parsed whole, as feedparser sees it
    body = rss(20).replace(b"<item>", b'<item a="x>y"/><item>', 1)
    whole = parsed(body, piece_bytes=10**9)
    assert parsed(body, piece_bytes=1500) == whole


def test_feedparser_uses_the_buffered_driver_with_the_same_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    body = rss(5)
    ours = parsed(body, piece_bytes=10**9)
    assert feedparser.api.PREFERRED_XML_PARSERS[0] == "bot.intake.sax_driver"
    parser = feedparser.api.xml.sax.make_parser(feedparser.api.PREFERRED_XML_PARSERS)
    assert isinstance(parser, BufferedExpatParser)
    parser.reset()
    assert parser._parser.buffer_text  # type: ignore[attr-defined]
    # feedparser's own choice (expat, text unbuffered) finds the same entries
    with monkeypatch.context() as m:
        m.setattr(feedparser.api, "PREFERRED_XML_PARSERS", [])
        stock = feedparser.parse(
            body,
            response_headers={"content-location": "https://example.org/f"},
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    assert [plain_entry(e) for e in stock.entries] == ours[1]
    use_with_feedparser()
    assert feedparser.api.PREFERRED_XML_PARSERS.count("bot.intake.sax_driver") == 1


@pytest.mark.parametrize(
    "body",
    [
        rss(40),  # parsed in pieces
        rss(40).replace(b"</channel>", b""),  # not well-formed: expat stops, then sgmllib
        rss(40).replace(b"&amp; more", b"&nbsp; more"),  # an entity XML does not define
        b"<html><body><p>not a feed</p></body></html>",  # no feed at all
    ],
    ids=["pieces", "malformed", "undefined-entity", "html"],
)
def test_what_a_parse_held_is_freed_when_it_is_dropped(body: bytes) -> None:
    # Freed by reference counting, not left in reference cycles for the next full
    # garbage collection: with a cycle, a body and all that its parse found would linger
    # (expat's handlers and the cut finder's closures refer back to their parser, and a
    # parser complaint's traceback to the result that holds it).
    result = FetchResult("https://example.org/f", "https://example.org/f", 200, body, None)

    def parse() -> None:
        try:
            to_items(parse_entries(result, piece_bytes=2000))
        except FetchError:
            pass

    parse()  # the first parse imports and compiles what later ones reuse
    gc.collect()
    gc.disable()
    try:
        parse()
        assert gc.collect() == 0
    finally:
        gc.enable()

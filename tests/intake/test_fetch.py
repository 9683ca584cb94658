"""The fetcher against a real loopback server: limits, redirects, errors, politeness."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator

import pytest
from support import (
    FeedServer,
    gzip_bomb,
    html_page,
    redirect,
    rss_document,
    slow_drip,
    static,
    status,
    stream,
    truncated,
)
from support.feed_server import slow_headers

from bot.errors import FetchError
from bot.intake.fetch import Fetcher
from bot.intake.parse import parse_feed

FEED = rss_document([{"guid": "a", "title": "A headline", "link": "https://example.org/a"}])
MB = 1024 * 1024


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher("claimwatch-test", timeout=2.0, max_size=1 * MB) as f:
        yield f


def _error(fetcher: Fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetcher.fetch(url)
    return info.value


def test_slow_drip_is_cut_at_the_deadline(feed_server: FeedServer, fetcher: Fetcher) -> None:
    feed_server.route("/drip", slow_drip(interval=0.1, size=10_000))
    started = time.monotonic()
    err = _error(fetcher, feed_server.url("/drip"))
    assert err.kind == "timeout"
    assert time.monotonic() - started < 3.5  # deadline 2 s, not 10,000 x 0.1 s


def test_slow_headers_are_cut_at_the_deadline(feed_server: FeedServer) -> None:
    # the status line, then a header byte every 0.1 s: no read waits long, the whole does
    feed_server.route("/headers", slow_headers(interval=0.1, size=60))
    started = time.monotonic()
    with Fetcher("claimwatch-test", timeout=0.5) as fetcher:
        err = _error(fetcher, feed_server.url("/headers"))
    assert err.kind == "timeout" and "0.5s" in str(err)
    assert time.monotonic() - started < 3.0  # deadline 0.5 s, not 60 x 0.1 s


def test_stop_ends_the_fetches_in_flight_and_every_one_after(feed_server: FeedServer) -> None:
    feed_server.route("/drip", slow_drip(interval=0.1, size=100_000))
    feed_server.route("/headers", slow_headers(interval=0.1, size=100_000))
    errors: dict[str, FetchError] = {}
    with Fetcher("claimwatch-test", timeout=600.0) as f:

        def fetch(path: str) -> None:
            try:
                f.fetch(feed_server.url(path))
            except FetchError as e:
                errors[path] = e

        threads = [threading.Thread(target=fetch, args=(p,)) for p in ("/drip", "/headers")]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 10
        while len(feed_server.requests) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        f.stop()
        for t in threads:
            t.join(timeout=5)
        assert not any(t.is_alive() for t in threads)
        assert {path: e.kind for path, e in errors.items()} == {
            "/drip": "stopped",
            "/headers": "stopped",
        }
        assert _error(f, feed_server.url("/drip")).kind == "stopped"


@pytest.mark.parametrize(
    "location",
    [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)//",
        "data:text/xml,<rss/>",
        "file:///etc/passwd",
        "http://[::1",
    ],
)
def test_a_redirect_to_a_non_http_url_is_a_refused_redirect(
    feed_server: FeedServer, fetcher: Fetcher, location: str
) -> None:
    feed_server.route("/r", redirect(location, 302))
    err = _error(fetcher, feed_server.url("/r"))
    assert err.kind == "bad_redirect" and str(err).startswith("refused redirect")


def test_truncated_body_is_an_error(feed_server: FeedServer, fetcher: Fetcher) -> None:
    feed_server.route("/t", truncated(FEED[:200]))
    err = _error(fetcher, feed_server.url("/t"))
    assert err.kind == "truncated"


@pytest.mark.parametrize("mode", ["true", "missing", "lying_huge"])
def test_body_cap_holds_whatever_content_length_says(
    feed_server: FeedServer, fetcher: Fetcher, mode: str
) -> None:
    feed_server.route("/big", stream(3 * MB, content_length=mode))  # type: ignore[arg-type]
    err = _error(fetcher, feed_server.url("/big"))
    assert err.kind == "too_large"


def test_lying_small_content_length_reads_no_more_than_claimed(
    feed_server: FeedServer, fetcher: Fetcher
) -> None:
    feed_server.route("/liar", stream(3 * MB, content_length="lying_small"))
    result = fetcher.fetch(feed_server.url("/liar"))
    assert len(result.body) <= 1024


def test_gzip_bomb_is_stopped_by_the_decompressed_cap(
    feed_server: FeedServer, fetcher: Fetcher
) -> None:
    feed_server.route("/bomb", gzip_bomb(64 * MB))
    err = _error(fetcher, feed_server.url("/bomb"))
    assert err.kind == "too_large" and "decompressed" in str(err)


def test_gzip_feed_is_decoded(feed_server: FeedServer, fetcher: Fetcher) -> None:
    feed_server.route("/gz", static(FEED, gzip=True))
    assert fetcher.fetch(feed_server.url("/gz")).body == FEED.encode()


def test_html_instead_of_a_feed_is_a_clear_error(feed_server: FeedServer, fetcher: Fetcher) -> None:
    feed_server.route("/page", html_page())
    result = fetcher.fetch(feed_server.url("/page"))
    with pytest.raises(FetchError) as info:
        parse_feed(result)
    assert info.value.kind == "not_a_feed" and "HTML page" in str(info.value)


def test_invalid_xml_yielding_nothing_is_a_clear_error(
    feed_server: FeedServer, fetcher: Fetcher
) -> None:
    feed_server.add("/broken", '<?xml version="1.0"?><rss version="2.0"><channel>\x00</oops>')
    with pytest.raises(FetchError) as info:
        parse_feed(fetcher.fetch(feed_server.url("/broken")))
    assert info.value.kind == "not_a_feed" and "no usable RSS" in str(info.value)


def test_redirect_loop(feed_server: FeedServer, fetcher: Fetcher) -> None:
    feed_server.route("/a", redirect("/b", 302))
    feed_server.route("/b", redirect("/a", 302))
    assert _error(fetcher, feed_server.url("/a")).kind == "redirect_loop"


def test_redirect_cap(feed_server: FeedServer, fetcher: Fetcher) -> None:
    for i in range(10):
        feed_server.route(f"/r{i}", redirect(f"/r{i + 1}", 302))
    assert _error(fetcher, feed_server.url("/r0")).kind == "too_many_redirects"


def test_permanent_and_temporary_redirects(feed_server: FeedServer, fetcher: Fetcher) -> None:
    feed_server.add("/feed.xml", FEED)
    feed_server.route("/old", redirect("/feed.xml", 301))
    feed_server.route("/tmp", redirect("/feed.xml", 302))
    moved = fetcher.fetch(feed_server.url("/old"))
    assert moved.permanent_redirect and moved.final_url == feed_server.url("/feed.xml")
    temporary = fetcher.fetch(feed_server.url("/tmp"))
    assert not temporary.permanent_redirect and temporary.status == 200


def test_gone_and_rate_limited(feed_server: FeedServer, fetcher: Fetcher) -> None:
    feed_server.route("/gone", status(410))
    feed_server.route("/busy", status(429, retry_after=120))
    feed_server.route("/missing", status(404))
    assert _error(fetcher, feed_server.url("/gone")).kind == "gone"
    busy = _error(fetcher, feed_server.url("/busy"))
    assert busy.kind == "http_429" and busy.retry_after == 120
    assert _error(fetcher, feed_server.url("/missing")).kind == "http_404"


def test_connection_refused_and_unresolvable_host(fetcher: Fetcher) -> None:
    assert _error(fetcher, "http://127.0.0.1:9/feed.xml").kind == "connect"
    err = _error(fetcher, "http://feeds.example.invalid/rss")
    assert err.kind == "dns" and "feeds.example.invalid" in str(err)


def test_conditional_get(feed_server: FeedServer, fetcher: Fetcher) -> None:
    feed_server.add("/feed.xml", FEED)
    first = fetcher.fetch(feed_server.url("/feed.xml"))
    again = fetcher.fetch(
        feed_server.url("/feed.xml"), etag=first.etag, last_modified=first.last_modified
    )
    assert again.not_modified and again.etag == first.etag
    assert feed_server.requests_for("/feed.xml")[1].header("If-None-Match") == first.etag


def test_a_body_seen_before_comes_back_without_its_bytes(
    feed_server: FeedServer, fetcher: Fetcher
) -> None:
    feed_server.route("/feed.xml", static(FEED, conditional=False))
    feed_server.route("/gz", static(FEED, gzip=True, conditional=False))
    digest = hashlib.sha256(FEED.encode()).hexdigest()
    first = fetcher.fetch(feed_server.url("/feed.xml"))
    assert first.body == FEED.encode() and first.body_hash == digest and not first.same_body
    again = fetcher.fetch(feed_server.url("/feed.xml"), body_hash=digest)
    assert again.same_body and again.body == b"" and again.body_hash == digest
    # the hash is of the decoded body, whatever the transfer encoding
    assert fetcher.fetch(feed_server.url("/gz"), body_hash=digest).same_body
    other = fetcher.fetch(feed_server.url("/feed.xml"), body_hash="0" * 64)
    assert not other.same_body and other.body == FEED.encode()


def test_at_most_per_host_requests_at_once(feed_server: FeedServer) -> None:
    active = 0
    peak = 0
    lock = threading.Lock()
    for i in range(6):
        feed_server.route(f"/f{i}", static(FEED, delay=0.3))
    with Fetcher("claimwatch-test", timeout=10.0, per_host=2) as f:
        original = f._request

        def counting(*args: object, **kwargs: object) -> object:
            nonlocal active, peak
            with lock:
                active += 1
                peak = max(peak, active)
            try:
                return original(*args, **kwargs)  # type: ignore[arg-type]
            finally:
                with lock:
                    active -= 1

        f._request = counting  # type: ignore[method-assign,assignment]
        threads = [
            threading.Thread(target=f.fetch, args=(feed_server.url(f"/f{i}"),)) for i in range(6)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert peak == 2
    arrivals = sorted(r.at for r in feed_server.requests)
    assert arrivals[-1] - arrivals[0] >= 0.5  # three rounds of two, 0.3 s each

"""Where the fetcher may connect (against SSRF): public addresses only, unless the feed is
itself on a private address or network, or [bot] allow_private_addresses says so.

A PretendInternet stands the loopback FeedServer in for a public host
(news.example.com at PUBLIC_IP) and answers the fetcher's name lookups, so these tests
send no traffic beyond loopback; its `dialed` list shows that a refused address was
never even tried.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

import pytest
from support import FeedServer, redirect, rss_document
from support.feed_server import PUBLIC_IP, PretendInternet

from bot.errors import FetchError
from bot.intake.fetch import Fetcher
from bot.intake.network import address_kind, is_private_url

FEED = rss_document([{"guid": "a", "title": "A headline", "link": "https://example.org/a"}])
NEWS = "http://news.example.com"


@pytest.fixture
def internet(feed_server: FeedServer) -> PretendInternet:
    return PretendInternet(
        names={
            "news.example.com": [PUBLIC_IP],
            "metadata.example.com": ["169.254.169.254"],
            "rebind.example.com": ["127.0.0.1"],
            "mapped.example.com": ["::ffff:10.0.0.5"],
            "mixed.example.com": ["10.0.0.5", PUBLIC_IP],
            "wire.newsroom.internal": ["10.0.0.7"],
        },
        routes={PUBLIC_IP: feed_server.port, "10.0.0.7": feed_server.port},
    )


@pytest.fixture
def fetcher(internet: PretendInternet) -> Iterator[Fetcher]:
    with Fetcher("claimwatch-test", timeout=5.0, network=internet) as f:
        yield f


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("10.0.0.5", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),
        ("100.64.0.1", "non-public"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("::1", "loopback"),
        ("::", "unspecified"),
        ("fe80::1", "link-local"),
        ("fd12:3456::1", "private"),
        ("ff02::1", "multicast"),
        ("fec0::1", "site-local"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:169.254.169.254", "link-local"),
        ("64:ff9b::a9fe:a9fe", "link-local"),  # NAT64 of 169.254.169.254
        ("2002:a9fe:a9fe::1", "link-local"),  # 6to4 of 169.254.169.254
        (PUBLIC_IP, None),
        ("::ffff:" + PUBLIC_IP, None),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", None),
        ("64:ff9b::5db8:d70e", None),  # NAT64 of a public address
    ],
)
def test_address_kinds(address: str, kind: str | None) -> None:
    assert address_kind(ipaddress.ip_address(address)) == kind


@pytest.mark.parametrize(
    ("url", "private"),
    [
        ("http://127.0.0.1:8080/rss", True),
        ("http://[::1]/rss", True),
        ("http://10.1.2.3/rss", True),
        ("http://localhost:8080/feed.xml", True),
        ("http://wire/rss", True),
        ("http://wire.newsroom.internal/rss", True),
        ("http://printer.local/rss", True),
        ("https://news.example.com/rss", False),
        ("https://93.184.215.14/rss", False),
        ("https://localhost.example.com/rss", False),
    ],
)
def test_a_feed_is_private_by_its_configured_url_as_written(url: str, private: bool) -> None:
    assert is_private_url(url) is private


@pytest.mark.parametrize(
    "location",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.1:{port}/secret",
        "http://[::ffff:127.0.0.1]:{port}/secret",
        "http://[::1]:{port}/secret",
        "http://10.0.0.5/secret",
        "http://0.0.0.0:{port}/secret",
        "http://metadata.example.com/latest/meta-data/",  # a name that resolves there
        "http://rebind.example.com:{port}/secret",
        "http://mapped.example.com/secret",
    ],
)
def test_a_public_feed_redirected_to_a_private_address_is_refused_without_connecting(
    feed_server: FeedServer, fetcher: Fetcher, internet: PretendInternet, location: str
) -> None:
    feed_server.route("/feed.xml", redirect(location.format(port=feed_server.port), 302))
    feed_server.add("/secret", FEED)
    with pytest.raises(FetchError) as info:
        fetcher.fetch(f"{NEWS}/feed.xml")
    assert info.value.kind == "blocked_address" and "refused" in str(info.value)
    assert internet.dialed == [(PUBLIC_IP, 80)]  # the feed's own host, nothing else
    assert feed_server.hits("/secret") == 0


def test_a_public_name_that_resolves_to_a_private_address_is_refused(
    fetcher: Fetcher, internet: PretendInternet
) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.fetch("http://metadata.example.com/latest/meta-data/")
    assert info.value.kind == "blocked_address" and "169.254.169.254" in str(info.value)
    assert internet.dialed == []


def test_of_public_and_private_answers_only_the_public_address_is_used(
    feed_server: FeedServer, fetcher: Fetcher, internet: PretendInternet
) -> None:
    feed_server.add("/feed.xml", FEED)
    assert fetcher.fetch("http://mixed.example.com/feed.xml").status == 200
    assert internet.dialed == [(PUBLIC_IP, 80)]


def test_an_intranet_feed_may_use_private_addresses(
    feed_server: FeedServer, fetcher: Fetcher
) -> None:
    feed_server.add("/feed.xml", FEED)
    feed_server.route("/old", redirect(feed_server.url("/feed.xml"), 302))
    # on a private name: its address and redirects within the intranet are fine
    assert fetcher.fetch("http://wire.newsroom.internal/feed.xml").status == 200
    # on a loopback address (as every other test's feed)
    assert fetcher.fetch(feed_server.url("/old")).final_url == feed_server.url("/feed.xml")


def test_a_moved_feed_keeps_the_rule_of_its_configured_url(
    feed_server: FeedServer, fetcher: Fetcher
) -> None:
    # a feed configured on a public host, now at a loopback URL (say, after a 301 that was
    # stored) is still a public feed: the configured URL decides, not the current one
    feed_server.add("/feed.xml", FEED)
    with pytest.raises(FetchError) as info:
        fetcher.fetch(feed_server.url("/feed.xml"), feed_url=f"{NEWS}/feed.xml")
    assert info.value.kind == "blocked_address"


def test_allow_private_addresses_lets_every_feed_reach_them(
    feed_server: FeedServer, internet: PretendInternet
) -> None:
    feed_server.route("/feed.xml", redirect(feed_server.url("/secret"), 302))
    feed_server.add("/secret", FEED)
    with Fetcher("claimwatch-test", timeout=5.0, network=internet, allow_private=True) as f:
        assert f.fetch(f"{NEWS}/feed.xml").final_url == feed_server.url("/secret")


def test_a_kept_alive_connection_to_a_private_address_is_checked_for_every_request(
    feed_server: FeedServer, fetcher: Fetcher, internet: PretendInternet
) -> None:
    feed_server.add("/intranet.xml", FEED)
    feed_server.add("/secret", FEED)
    feed_server.route("/feed.xml", redirect(feed_server.url("/secret"), 302))
    # an intranet feed leaves a kept-alive connection to 127.0.0.1:port in the pool ...
    assert fetcher.fetch(feed_server.url("/intranet.xml")).status == 200
    # ... which must not carry a public feed's redirect to that address
    with pytest.raises(FetchError) as info:
        fetcher.fetch(f"{NEWS}/feed.xml")
    assert info.value.kind == "blocked_address"
    assert feed_server.hits("/secret") == 0

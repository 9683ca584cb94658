"""canonical_url: one identity key for the link variants one article arrives under."""

from __future__ import annotations

import pytest

from bot.intake.links import TRACKING_PARAMS, canonical_url

BASE = "https://bbc.co.uk/news/world-68123456"


@pytest.mark.parametrize(
    "variant",
    [
        "https://www.bbc.co.uk/news/world-68123456",
        "http://www.bbc.co.uk/news/world-68123456",
        "HTTPS://WWW.BBC.CO.UK/news/world-68123456",
        "https://www.bbc.co.uk:443/news/world-68123456/",
        "http://bbc.co.uk:80/news/world-68123456",
        "https://m.bbc.co.uk/news/world-68123456",
        "https://mobile.bbc.co.uk/news/world-68123456",
        "https://amp.bbc.co.uk/news/world-68123456",
        "https://www.bbc.co.uk/news/world-68123456#comments",
        "https://www.bbc.co.uk/news/world-68123456?utm_source=rss&utm_medium=feed",
        "https://www.bbc.co.uk/news/world-68123456?at_medium=RSS&at_campaign=KARANGA",
        "https://www.bbc.co.uk/news/world-68123456?fbclid=IwAR0abc&gclid=xyz",
        "https://www.bbc.co.uk/news/world-68123456?mc_cid=1&mc_eid=2&ref=home",
        "https://www.bbc.co.uk/news/world-68123456?cmpid=x&ocid=y&smid=tw-share",
        "https://www.bbc.co.uk/news/amp/world-68123456",
        "https://www.bbc.co.uk/news/world-68123456/amp",
        "https://www.bbc.co.uk/news/world-68123456?amp",
        "https://www.bbc.co.uk/news/world-68123456?amp=1",
        "https://www.bbc.co.uk/news/world-68123456?outputType=amp",
        "https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/world-68123456",
        "https://www.google.com/amp/s/www.bbc.co.uk/news/amp/world-68123456",
        "  https://www.bbc.co.uk/news/world-68123456  ",
    ],
)
def test_variants_share_one_key(variant: str) -> None:
    assert canonical_url(variant) == BASE


def test_amp_html_becomes_html() -> None:
    assert canonical_url("https://www.example.com/2024/05/story.amp.html") == (
        "https://example.com/2024/05/story.html"
    )


def test_remaining_query_is_sorted_and_kept() -> None:
    url = "https://example.com/article?id=42&utm_source=x&page=2&outputType=print"
    assert canonical_url(url) == "https://example.com/article?id=42&outputType=print&page=2"


def test_content_parameters_survive() -> None:
    assert canonical_url("https://example.com/index.php?p=1436") == (
        "https://example.com/index.php?p=1436"
    )
    assert canonical_url("https://example.com/a?id=1") != canonical_url(
        "https://example.com/a?id=2"
    )


def test_non_default_port_and_path_case_kept() -> None:
    assert canonical_url("http://Example.com:8080/News/A") == "https://example.com:8080/News/A"


def test_short_hosts_keep_their_prefix() -> None:
    assert canonical_url("https://www.com/a") == "https://www.com/a"


def test_tracking_list_is_data() -> None:
    assert {"fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid", "ocid", "smid"} <= (
        TRACKING_PARAMS
    )


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "   ",
        "not a url",
        "ftp://example.com/x",
        "http://[::1",
        "http://example.com:99999/",
        "http://exa mple.com/ä?%zz",
        "mailto:someone@example.com",
        "//example.com/a",
        "http://",
    ],
)
def test_junk_never_raises(junk: str) -> None:
    assert canonical_url(junk) == junk.strip()

"""Shared fixtures. The loopback servers live in tests/support/."""

from collections.abc import Iterator

import pytest
from support import FeedServer, SlackStandIn


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """A running FeedServer on 127.0.0.1; ``feed_server.url("/feed.xml")``."""
    with FeedServer() as server:
        yield server


@pytest.fixture
def slack() -> Iterator[SlackStandIn]:
    """A running Slack stand-in; ``WebClient(token="xoxb-test", base_url=slack.base_url)``."""
    with SlackStandIn() as standin:
        yield standin

"""Shared fixtures. The loopback servers live in tests/support/."""

from collections.abc import Iterator

import pytest
from support import FeedServer, SlackStandIn, postgres


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


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres.Server]:
    """A running PostgreSQL (see tests/support/postgres.py); skips or, under CI, fails."""
    server, reason = postgres.start_server()
    if server is None:
        postgres.unavailable(reason)
    assert server is not None
    try:
        yield server
    finally:
        postgres.stop_server(server)


@pytest.fixture
def pg_dsn(pg_server: postgres.Server) -> Iterator[str]:
    """A DSN of an empty PostgreSQL database of this test's own."""
    yield from postgres.fresh_database(pg_server)

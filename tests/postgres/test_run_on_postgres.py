"""The whole path on PostgreSQL: feed server -> claimwatch -> PostgreSQL -> Slack stand-in."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import FeedServer, SlackStandIn, rss_document
from support.helpers import DENIAL, NOW, REPORT, UNRELATED, write_config

from bot import config as config_mod
from bot.app import App
from bot.clock import FakeClock
from bot.slack.senders import SlackSender
from bot.store import open_store
from bot.store.lock import AlreadyRunning

TOKEN = "xoxb-test"


def _items(*items: dict[str, str]) -> str:
    return rss_document([{**i, "pubDate": NOW} for i in items])


def test_a_cycle_on_postgresql_posts_once_and_remembers(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn, pg_dsn: str
) -> None:
    feed_server.add("/a.xml", _items(REPORT, UNRELATED))
    feed_server.add("/b.xml", _items(DENIAL))
    cfg_path = write_config(
        tmp_path / "config.toml",
        feeds=[
            {"name": "Outlet A", "url": feed_server.url("/a.xml")},
            {"name": "Outlet B", "url": feed_server.url("/b.xml")},
        ],
        bot={"database": pg_dsn},
        slack={"channel": "#claims"},
    )
    cfg = config_mod.load(str(cfg_path))
    clock = FakeClock(NOW)
    app = App.build(cfg, clock=clock, sender=SlackSender(TOKEN, slack.base_url))
    try:
        with pytest.raises(AlreadyRunning):  # one sender per database, as on SQLite
            App.build(cfg, clock=clock, sender=SlackSender(TOKEN, slack.base_url))
        report = app.cycle(all_feeds=True)
    finally:
        app.close()
    assert report.stats.feeds_ok == 2 and report.stats.new_items == 3
    parents = [m for m in slack.messages("#claims") if m.thread_ts is None]
    replies = [m for m in slack.messages("#claims") if m.thread_ts is not None]
    assert len(parents) == 1 and len(replies) == 2
    assert "1 update · 1 contradiction" in str(parents[0].blocks)

    store = open_store(pg_dsn)
    try:
        rows = store.query("SELECT claim_id, stance FROM matches ORDER BY id")
        assert {(r["claim_id"], r["stance"]) for r in rows} == {
            ("musk-putin-contact", "update"),
            ("musk-putin-contact", "contradiction"),
        }
        assert store.query("SELECT count(*) AS n FROM alerts WHERE status = 'sent'") == [{"n": 2}]
    finally:
        store.close()

    clock.advance(3600)
    app = App.build(cfg, clock=clock, sender=SlackSender(TOKEN, slack.base_url))
    try:
        app.cycle(all_feeds=True)
        app.cycle(all_feeds=True)
    finally:
        app.close()
    assert len(slack.messages("#claims")) == 3

"""One story, one alert: copies across outlets corroborate; a denial still alerts."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from support import FeedServer, SlackStandIn, rss_document
from support.helpers import NOW, write_config

from bot import config as config_mod
from bot.app import App
from bot.clock import FakeClock
from bot.records import Item, Match
from bot.slack.senders import SlackSender
from bot.store import ItemWrite
from bot.stories.corroboration import split_alerts

WSJ = {
    "guid": "wsj",
    "link": "https://www.wsj.com/world/musk-putin-secret-talks-1234?mod=hp_lead_pos1",
    "title": "Elon Musk has been in secret contact with Vladimir Putin since late 2022",
    "summary": "The world's richest man has been in regular contact with the Russian president, "
    "according to current and former U.S., European and Russian officials.",
}
COPY_1 = {
    "guid": "copy-1",
    "link": "https://example.com/news/2024/10/25/musk-putin?utm_source=rss&utm_medium=feed",
    "title": "Report: Elon Musk in secret contact with Vladimir Putin since late 2022 - Reuters",
    "summary": "The world's richest man has been in regular contact with the Russian president, "
    "according to current and former officials, the Wall Street Journal reported.",
}
COPY_2 = {
    "guid": "copy-2",
    "link": "https://m.example.net/amp/world/musk-putin-contact",
    "title": "Elon Musk, Vladimir Putin in secret contact since late 2022: WSJ",
    "summary": "The world's richest man has been in regular contact with the Russian president "
    "since late 2022, according to officials.",
}
DENIAL = {
    "guid": "denial",
    "link": "https://example.org/kremlin-denies",
    "title": "Kremlin denies Elon Musk has been in secret contact with Vladimir Putin",
    "summary": "Kremlin spokesman Dmitry Peskov denied the report that the world's richest man "
    "has been in regular contact with the Russian president, saying it was false.",
}
OTHER_STORY = {
    "guid": "other",
    "link": "https://example.org/musk-putin-phone-call-2022",
    "title": "Musk told Pentagon he spoke with Putin before Ukraine peace plan tweet",
    "summary": "A former Pentagon official says the billionaire admitted to a phone call with "
    "the Russian leader in 2022.",
}


def _feed(*items: dict[str, str]) -> str:
    return rss_document([{**i, "pubDate": NOW} for i in items])


def _run(cfg: Path, slack: SlackStandIn, clock: FakeClock) -> None:
    app = App.build(
        config_mod.load(str(cfg)), clock=clock, sender=SlackSender("xoxb-test", slack.base_url)
    )
    try:
        app.cycle(all_feeds=True)
    finally:
        app.close()


def _alerts(tmp_path: Path) -> list[tuple[str, str, str]]:
    db = sqlite3.connect(tmp_path / "state" / "claimwatch.db")
    try:
        return db.execute(
            "SELECT a.claim_id, m.stance, i.guid FROM alerts a JOIN matches m ON m.id = a.match_id"
            " JOIN items i ON i.id = m.item_id ORDER BY a.id"
        ).fetchall()
    finally:
        db.close()


def test_copies_across_outlets_make_one_story_and_one_alert(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    feed_server.add("/wsj.xml", _feed(WSJ))
    feed_server.add("/a.xml", _feed(COPY_1))
    feed_server.add("/b.xml", _feed(COPY_2))
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[
            {"name": "WSJ", "url": feed_server.url("/wsj.xml")},
            {"name": "Reuters", "url": feed_server.url("/a.xml")},
            {"name": "AP", "url": feed_server.url("/b.xml")},
        ],
    )
    clock = FakeClock(NOW)
    _run(cfg, slack, clock)
    assert [a[0] for a in _alerts(tmp_path)] == ["musk-putin-contact"]
    db = sqlite3.connect(tmp_path / "state" / "claimwatch.db")
    stories = db.execute("SELECT count(DISTINCT story_id) FROM items").fetchone()[0]
    outlets = db.execute("SELECT outlets, items FROM stories").fetchall()
    db.close()
    assert stories == 1 and outlets == [(3, 3)]

    # a later copy that adds a Kremlin denial is news: a contradiction alert
    clock.advance(1800)
    feed_server.set("/b.xml", _feed(COPY_2, DENIAL))
    _run(cfg, slack, clock)
    alerts = _alerts(tmp_path)
    assert [(a[0], a[1]) for a in alerts] == [
        ("musk-putin-contact", "update"),
        ("musk-putin-contact", "contradiction"),
    ]

    # history --stories groups the copies, with outlet counts
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot",
            "history",
            "--stories",
            "--config",
            str(cfg),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    by_stance = {r["stance"]: r for r in rows}
    assert by_stance["update"]["outlets"] == 3 and by_stance["update"]["copies"] == 3
    assert by_stance["update"]["outlet_names"].split(", ")[0] in ("WSJ", "Reuters", "AP")
    assert by_stance["contradiction"]["outlets"] == 1


def test_two_different_stories_about_the_same_people_alert_twice(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    feed_server.add("/a.xml", _feed(WSJ))
    feed_server.add("/b.xml", _feed(OTHER_STORY))
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[
            {"name": "WSJ", "url": feed_server.url("/a.xml")},
            {"name": "Politico", "url": feed_server.url("/b.xml")},
        ],
    )
    _run(cfg, slack, FakeClock(NOW))
    assert sorted(a[2] for a in _alerts(tmp_path)) == ["other", "wsj"]


def test_tracking_and_amp_link_variants_are_one_story(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    base = {**WSJ, "link": "https://news.example.org/2024/musk-putin"}
    variants = [
        {**base, "guid": "v1", "link": "https://news.example.org/2024/musk-putin?utm_source=x"},
        {**base, "guid": "v2", "link": "https://news.example.org/amp/2024/musk-putin/"},
        {**base, "guid": "v3", "link": "https://m.news.example.org/2024/musk-putin#comments"},
    ]
    feed_server.add("/a.xml", _feed(base))
    feed_server.add("/b.xml", _feed(*variants))
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[
            {"name": "One", "url": feed_server.url("/a.xml")},
            {"name": "Two", "url": feed_server.url("/b.xml")},
        ],
    )
    _run(cfg, slack, FakeClock(NOW))
    db = sqlite3.connect(tmp_path / "state" / "claimwatch.db")
    links = db.execute("SELECT DISTINCT canonical_link FROM items").fetchall()
    stories = db.execute("SELECT count(DISTINCT story_id) FROM items").fetchone()[0]
    db.close()
    assert len(links) == 1 and stories == 1
    assert len(_alerts(tmp_path)) == 1


def _write(stance: str, claims: dict[str, str | None]) -> ItemWrite:
    item = Item(guid="g", title="t", summary="s", content_hash="h")
    matches = tuple(Match(c, stance, 90.0, "e") for c in claims)  # type: ignore[arg-type]
    return ItemWrite(item, None, matches, claims)


def test_split_alerts_rule() -> None:
    w = _write("update", {"a": None, "b": None})
    assert split_alerts(w, {}) == ({"a": None, "b": None}, ())
    assert split_alerts(w, {("a", "update"): 7}) == ({"b": None}, (7,))
    assert split_alerts(w, {("a", "contradiction"): 7}) == ({"a": None, "b": None}, ())
    assert split_alerts(w, {("a", "update"): 0}) == ({"b": None}, ())


def test_later_copies_update_the_slack_alert_with_outlet_count(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    feed_server.add("/wsj.xml", _feed(WSJ))
    feed_server.add("/a.xml", _feed())
    feed_server.add("/b.xml", _feed())
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[
            {"name": "WSJ", "url": feed_server.url("/wsj.xml")},
            {"name": "Reuters", "url": feed_server.url("/a.xml")},
            {"name": "AP", "url": feed_server.url("/b.xml")},
        ],
        slack={"channel": "#claims"},
    )
    clock = FakeClock(NOW)
    _run(cfg, slack, clock)
    alerts = [m for m in slack.messages("#claims") if m.thread_ts]
    assert len(alerts) == 1 and not alerts[0].edits

    clock.advance(900)
    feed_server.set("/a.xml", _feed(COPY_1))
    feed_server.set("/b.xml", _feed(COPY_2))
    _run(cfg, slack, clock)
    alerts = [m for m in slack.messages("#claims") if m.thread_ts]
    assert len(alerts) == 1, "copies must not post new alerts"
    last_edit = str(alerts[0].edits[-1]["blocks"])
    assert "3 outlets" in last_edit and "Reuters" in last_edit and "AP" in last_edit
    (parent,) = [m for m in slack.messages("#claims") if not m.thread_ts]
    assert "reported by 3 outlets" in str(parent.edits[-1]["blocks"])
    transcript = "\n".join(slack.transcript())
    assert transcript.count("chat.postMessage") == 2  # the thread parent and the one alert


def test_story_index_is_built_from_the_database_when_items_first_arrive(
    tmp_path: Path,
) -> None:
    from datetime import timedelta

    from bot.store.sqlite import SQLiteStore
    from bot.stories.corroboration import StoryTracker

    store = SQLiteStore(str(tmp_path / "claimwatch.db"))
    asked: list[object] = []
    rows = store.story_rows
    store.story_rows = lambda since: asked.append(since) or rows(since)  # type: ignore[method-assign]
    tracker = StoryTracker(store)
    assert tracker.assign(1, "WSJ", [], NOW) == [] and asked == []  # nothing new: no index
    item = Item(WSJ["guid"], WSJ["title"], WSJ["summary"], WSJ["link"], NOW)
    later = NOW + timedelta(minutes=5)
    (write,) = tracker.assign(1, "WSJ", [ItemWrite(item, None, (), {})], later)
    assert asked == [later - timedelta(hours=72)] and write.new_story
    tracker.assign(1, "WSJ", [ItemWrite(item, None, (), {})], later)
    assert len(asked) == 1  # built once
    store.close()

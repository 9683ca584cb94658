"""A small realistic database built through the real store (items, matches, alerts)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot import config as config_mod
from bot.matching import Matcher
from bot.records import FeedConfig, Item
from bot.store import ItemWrite
from bot.store.sqlite import SQLiteStore
from support.helpers import write_config

FEEDS = [
    FeedConfig("https://wire.example/rss", "Wire Service"),
    FeedConfig("https://state.example/rss", "State Agency"),
    FeedConfig("https://daily.example/rss", "Daily Courier"),
]

#: (feed index, days ago, guid, title, summary)
ITEMS = [
    (
        0,
        20,
        "w-1",
        "Elon Musk has held secret talks with Vladimir Putin since 2022, report says",
        "The billionaire has been in regular contact with the Russian president, according to"
        " current and former officials.",
    ),
    (
        1,
        19,
        "s-1",
        "Kremlin denies report that Musk held regular talks with Putin",
        "Kremlin spokesman Dmitry Peskov denied the report, saying Putin and Musk had only"
        " one phone call.",
    ),
    (
        2,
        12,
        "d-1",
        "Starlink over Taiwan: Putin asked Musk not to switch it on, sources say",
        "The request was made as a favour to Xi Jinping, two people familiar said.",
    ),
    (
        0,
        3,
        "w-2",
        "Musk and Putin spoke again in secret calls this spring, officials say",
        "Contacts between the two men continued, according to people briefed.",
    ),
    (
        2,
        1,
        "d-2",
        "Storms expected across northern Europe",
        "Forecasters warn of high winds and Kremlin-area closures in Moscow.",
    ),
    (
        1,
        1,
        "s-2",
        "Кремль и Маск: WSJ пишет о регулярных переговорах",
        "Издание сообщает о регулярных контактах Маска с Путиным.",
    ),
    (
        2,
        0,
        "d-3",
        '\'; DROP TABLE items; -- and "quotes" NEAR( in a headline',
        "A hostile headline about nothing the claims track.",
    ),
]


def fixture_time(days_ago: float) -> datetime:
    base = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=1)
    return base - timedelta(days=days_ago)


def build_db(tmp: Path) -> tuple[Path, Path]:
    """Write config.toml and a database into `tmp`; return (config path, database path)."""
    cfg_path = write_config(
        tmp / "config.toml",
        feeds=[{"name": f.name, "url": f.url} for f in FEEDS],
    )
    cfg = config_mod.load(str(cfg_path))
    store = SQLiteStore(cfg.bot.database)
    try:
        store.sync_feeds(FEEDS, fixture_time(30))
        ids = {f.url: f.id for f in store.feeds()}
        matcher = Matcher(cfg.claims)
        channels = {c.id: cfg.channel_for(c) for c in cfg.claims}
        for feed_i, days, guid, title, summary in ITEMS:
            when = fixture_time(days)
            item = Item(
                guid=guid,
                title=title,
                summary=summary,
                link=f"https://{FEEDS[feed_i].url.split('/')[2]}/news/{guid}",
                published=when - timedelta(minutes=20),
                content_hash=hashlib.sha256((title + summary).encode()).hexdigest(),
            )
            matches = tuple(matcher.match(title, summary))
            write = ItemWrite(item, None, matches, {m.claim_id: None for m in matches})
            store.write_items(ids[FEEDS[feed_i].url], [write], channels, when)
    finally:
        store.close()
    return cfg_path, Path(cfg.bot.database)

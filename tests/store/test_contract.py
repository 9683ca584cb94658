"""The storage contract, run against both stores (SQLite and PostgreSQL): one suite.

The PostgreSQL cases need a server (tests/support/postgres.py): CI starts one; elsewhere
they skip with one line when none can be started.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from support.helpers import NOW

from bot.errors import StorageError
from bot.records import FeedConfig, Item, Match, TermHit
from bot.store import CycleStats, ItemWrite, open_store
from bot.store.outbox import Outbox
from bot.store.queries import Filters, claim_summaries, history, report_rows, search
from bot.store.retention import prune_unmatched
from bot.store.schema_names import MIGRATIONS
from bot.store.sql import SQLStore


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SQLStore]:
    if request.param == "sqlite":
        where = str(tmp_path / "claimwatch.db")
    else:
        where = request.getfixturevalue("pg_dsn")
    s = open_store(where)
    try:
        yield s
    finally:
        s.close()


def _item(guid: str, title: str, summary: str = "", **kw: object) -> Item:
    return Item(guid=guid, title=title, summary=summary, content_hash="h-" + guid, **kw)  # type: ignore[arg-type]


def _match(claim: str = "c1", stance: str = "update") -> Match:
    return Match(
        claim_id=claim,
        stance=stance,  # type: ignore[arg-type]
        score=87.25,
        evidence="Evidence sentence.",
        terms=(TermHit("Musk", "Musk", "exact", 100.0),),
    )


def _feed(store: SQLStore, url: str = "http://127.0.0.1:1/a.xml", name: str = "Outlet A") -> int:
    store.sync_feeds([FeedConfig(url, name)], NOW)
    return next(f.id for f in store.feeds() if f.url == url)


def test_migrations_are_recorded_by_the_same_names(store: SQLStore) -> None:
    if store.dialect == "sqlite":
        rows = store.query("SELECT name FROM _sqlite_migrations")
    else:
        rows = store.query("SELECT name FROM claimwatch_migrations")
    assert set(MIGRATIONS) <= {r["name"] for r in rows}


def test_feeds_follow_the_config_and_keep_their_state(store: SQLStore) -> None:
    store.sync_feeds(
        [FeedConfig("http://127.0.0.1:1/a", "A"), FeedConfig("http://127.0.0.1:1/b", "B")], NOW
    )
    assert [f.name for f in store.due_feeds(NOW)] == ["A", "B"]
    a = store.feeds()[0]
    a.etag, a.failures, a.next_poll = '"x"', 2, NOW + timedelta(minutes=5)
    a.ops_notified = True
    store.save_feed(a)
    assert [f.name for f in store.due_feeds(NOW)] == ["B"]
    again = store.feeds()[0]
    assert (again.etag, again.failures, again.next_poll, again.ops_notified) == (
        '"x"',
        2,
        NOW + timedelta(minutes=5),
        True,
    )
    store.sync_feeds([FeedConfig("http://127.0.0.1:1/b", "B")], NOW)
    assert [f.name for f in store.feeds()] == ["B"]
    assert [f.name for f in store.feeds(active_only=False)] == ["A", "B"]


def test_items_matches_and_alerts_are_written_together(store: SQLStore) -> None:
    feed = _feed(store)
    w = ItemWrite(_item("g1", "Musk talks"), None, (_match(),), {"c1": None})
    assert store.write_items(feed, [w], {"c1": "#desk"}, NOW) == (1, 1)
    known = store.known_items(feed, ["g1", "g2"])
    assert list(known) == ["g1"] and known["g1"].matches == {"c1": "update"}
    outbox = Outbox(store)
    due = outbox.due(NOW)
    assert [(a.claim_id, a.channel, a.title, a.score) for a in due] == [
        ("c1", "#desk", "Musk talks", 87.2)
    ]
    assert outbox.undelivered() == 1
    outbox.attempt_started([due[0].id], NOW)
    outbox.sent([due[0].id], "slack", "C1", "1.0", NOW)
    outbox.sent([due[0].id], "slack", "C1", "1.0", NOW)  # twice: counted once
    assert outbox.undelivered() == 0
    assert [r["attempts"] for r in store.query("SELECT attempts FROM alerts")] == [1]


def test_an_item_is_stored_once_per_feed(store: SQLStore) -> None:
    feed = _feed(store)
    w = ItemWrite(_item("g1", "One"), None, (), {})
    store.write_items(feed, [w], {}, NOW)
    with pytest.raises(StorageError):
        store.write_items(feed, [w], {}, NOW)
    assert store.query("SELECT count(*) AS n FROM items")[0]["n"] == 1


def test_an_inner_transaction_that_fails_rolls_back_only_itself(store: SQLStore) -> None:
    feed = _feed(store)
    with store.transaction():
        store.feed_event(feed, NOW, "moved", "1")
        with pytest.raises(RuntimeError), store.transaction():
            store.feed_event(feed, NOW, "moved", "2")
            raise RuntimeError("inner")
        store.feed_event(feed, NOW, "moved", "3")
    with pytest.raises(RuntimeError), store.transaction():
        store.feed_event(feed, NOW, "moved", "4")
        raise RuntimeError("outer")
    rows = store.query("SELECT detail FROM feed_events ORDER BY id")
    assert [r["detail"] for r in rows] == ["1", "3"]


def test_search_finds_the_same_items_for_plain_words(store: SQLStore) -> None:
    feed = _feed(store)
    writes = [
        ItemWrite(
            _item("g1", "Musk held talks with Putin", "The Kremlin confirmed."),
            None,
            (_match(),),
            {},
        ),
        ItemWrite(_item("g2", "Starlink over Taiwan", "Musk declined, sources say."), None, (), {}),
        ItemWrite(_item("g3", "Weather", "Rain in Taipei."), None, (), {}),
    ]
    store.write_items(feed, writes, {}, NOW)
    assert sorted(r.headline for r in search(store, "musk")) == [
        "Musk held talks with Putin",
        "Starlink over Taiwan",
    ]
    assert [r.headline for r in search(store, "MUSK putin")] == ["Musk held talks with Putin"]
    assert [r.headline for r in search(store, '"rain in taipei"')] == ["Weather"]
    assert [r.matches for r in search(store, "kremlin")] == ["c1:update"]
    assert search(store, "musk", Filters(claim="c1"))[0].headline.startswith("Musk held")
    assert search(store, "musk", Filters(feed="outlet a", limit=1))
    assert search(store, "'; DROP TABLE items; --") == []
    assert search(store, "NEAR( * AND OR") == []
    assert store.query("SELECT count(*) AS n FROM items")[0]["n"] == 3


def test_the_read_side_answers_alike(store: SQLStore) -> None:
    from bot.records import Claim

    feed = _feed(store)
    writes = [
        ItemWrite(_item("g1", "One"), None, (_match("c1", "update"),), {"c1": None}),
        ItemWrite(_item("g2", "Two"), None, (_match("c1", "contradiction"),), {"c1": None}),
    ]
    store.write_items(feed, writes, {"c1": "#d"}, NOW)
    assert [(r.claim_id, r.stance) for r in history(store)] == [
        ("c1", "contradiction"),
        ("c1", "update"),
    ] or sorted((r.claim_id, r.stance) for r in history(store)) == [
        ("c1", "contradiction"),
        ("c1", "update"),
    ]
    claims = [Claim(id="c1", statement="S", require=(("Musk",),))]  # type: ignore[call-arg]
    summary = claim_summaries(store, claims)[0]
    assert (summary.updates, summary.contradictions, summary.outlets) == (1, 1, ("Outlet A",))
    assert len(report_rows(store, "c1")) == 2
    for view in ("item_matches", "contradictions", "claim_outlets", "feed_status", "claim_matches"):
        assert store.query(f"SELECT * FROM {view}") is not None


def test_cycles_ops_notices_and_retention(store: SQLStore) -> None:
    feed = _feed(store)
    cycle = store.start_cycle(NOW)
    store.finish_cycle(cycle, CycleStats(feeds_polled=1, feeds_ok=1), NOW + timedelta(seconds=3))
    assert store.last_finished_cycle() == NOW + timedelta(seconds=3)
    store.queue_ops_notice(feed, NOW, "failing", "A is failing")
    assert [n["text"] for n in store.pending_ops_notices(NOW)] == ["A is failing"]
    store.write_items(
        feed,
        [
            ItemWrite(_item("old", "Old"), None, (), {}),
            ItemWrite(_item("kept", "Kept"), None, (_match(),), {}),
        ],
        {},
        NOW,
    )
    assert prune_unmatched(store, NOW + timedelta(days=40), 30) == 1
    assert [r["guid"] for r in store.query("SELECT guid FROM items")] == ["kept"]
    assert [h["items_recent"] for h in store.feed_health(NOW)] == [1]


def test_stories_and_their_features(store: SQLStore) -> None:
    feed = _feed(store)
    w = ItemWrite(
        _item("g1", "A story"),
        None,
        (_match(),),
        {"c1": None},
        story_id="s-1",
        new_story=True,
        story_features="{}",
    )
    store.write_items(feed, [w], {"c1": "#d"}, NOW)
    w2 = ItemWrite(_item("g2", "A story again"), None, (), {}, story_id="s-1", story_features="{}")
    store.write_items(feed, [w2], {}, NOW)
    assert store.query("SELECT items, outlets FROM stories") == [{"items": 2, "outlets": 1}]
    assert store.story_outlets("s-1") == ["Outlet A"]
    assert list(store.story_alerts("s-1")) == [("c1", "update")]
    rows = store.story_rows(NOW - timedelta(days=1))
    assert [r["item_key"] for r in rows] == [f"{feed}:g1", f"{feed}:g2"]
    store.save_story_features([(rows[0]["item_id"], '{"x": 1}')])
    store.forget_story_features(NOW + timedelta(days=1))
    assert store.query("SELECT count(*) AS n FROM story_features")[0]["n"] == 0


def test_workers_sharing_the_database_place_copies_of_a_story_in_one_story(
    store: SQLStore,
) -> None:
    """Two workers, each with its own story index: an item the other one stored is taken
    in before the next assignment, so its copy from another outlet joins its story (and
    alerts once), as it does in one process."""
    from bot.stories.corroboration import StoryTracker

    a = _feed(store, "http://127.0.0.1:1/a.xml", "Outlet A")
    b = _feed(store, "http://127.0.0.1:1/b.xml", "Outlet B")
    assert store.shared == (store.dialect == "postgresql")
    one, two = StoryTracker(store, shared=True), StoryTracker(store, shared=True)
    title = "Kremlin denies that Musk and Putin spoke about Starlink over Taiwan"
    summary = "The Kremlin said on Friday that the report of regular calls was false."
    two.index(NOW)  # the second worker built its index before the first stored anything
    first = ItemWrite(_item("a1", title, summary), None, (_match(),), {})
    (placed,) = one.assign(a, "Outlet A", [first], NOW)
    store.write_items(a, [placed], {"c1": "#d"}, NOW)
    copy = ItemWrite(_item("b1", "Report: " + title, summary), None, (_match(),), {})
    (joined,) = two.assign(b, "Outlet B", [copy], NOW + timedelta(minutes=5))
    assert joined.story_id == placed.story_id and not joined.new_story
    assert joined.alert_claims == {}  # the story alerted for c1 already

"""A restart rebuilds the story index by reading, not deriving (issue 14, defect 11).

What the index derives from an item's text is stored beside the item when it is placed
(story_features), so a restart over many stored items reads it back instead of deriving
it again (bench/restart.py: 11,000 items, 2.4 s -> 0.75 s of CPU). Decisions after a
restart are the same either way; features from other code are noticed and derived again.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from support.helpers import NOW

from bot.records import FeedConfig, Item
from bot.store import ItemWrite
from bot.store.retention import prune_unmatched
from bot.store.sqlite import SQLiteStore
from bot.stories.corroboration import StoryTracker, _rows
from bot.stories.index import StoryIndex

PEOPLE = ["Musk", "Putin", "Zelensky", "Macron", "Scholz", "Erdogan", "Modi", "Lula"]
TOPICS = ["satellite deal", "grain corridor", "energy prices", "peace talks", "tariffs"]
PLACES = ["Geneva", "Ankara", "Brussels", "Kyiv", "Delhi", "Brasilia"]
OUTLETS = ["Reuters", "AP", "BBC", "DW", "France 24"]


def _story(n: int) -> tuple[str, str]:
    a, b = PEOPLE[n % len(PEOPLE)], PEOPLE[(n * 3 + 1) % len(PEOPLE)]
    topic, place = TOPICS[n % len(TOPICS)], PLACES[(n * 5) % len(PLACES)]
    title = f"{a} and {b} discuss {topic} in {place} after {n + 2} weeks of pressure"
    summary = (
        f"{a} met {b} in {place} on Tuesday to discuss the {topic}, officials said, in talks"
        f" that lasted {n + 3} hours and ended without a joint statement on the {topic}."
    )
    return title, summary


def _copy(n: int, outlet: str) -> tuple[str, str]:
    title, summary = _story(n)
    return f"Report: {title} - {outlet}", summary.replace("officials said", "sources say")


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    s = SQLiteStore(str(tmp_path / "state" / "claimwatch.db"))
    s.sync_feeds(
        [FeedConfig(f"https://{o.lower().replace(' ', '')}.example/rss", o) for o in OUTLETS],
        NOW - timedelta(days=1),
    )
    return s


def _place(store: SQLiteStore, tracker: StoryTracker, outlet: str, n: int, copy: bool) -> str:
    """Place one item as the pipeline does (assign, then write); its story id."""
    (feed,) = [f for f in store.feeds() if f.name == outlet]
    title, summary = _copy(n, outlet) if copy else _story(n)
    now = NOW + timedelta(minutes=n)
    item = Item(f"{outlet}-{n}-{copy}", title, summary, f"https://x.example/{outlet}/{n}", now)
    (write,) = tracker.assign(feed.id, outlet, [ItemWrite(item, None, (), {})], now)
    store.write_items(feed.id, [write], {}, now)
    assert write.story_id is not None
    return write.story_id


@pytest.fixture
def placed(store: SQLiteStore) -> SQLiteStore:
    """40 stories from the first outlet, each copied by one or two others."""
    tracker = StoryTracker(store)
    for n in range(40):
        first = _place(store, tracker, OUTLETS[0], n, copy=False)
        assert _place(store, tracker, OUTLETS[1 + n % 4], n, copy=True) == first
        if n % 3 == 0:
            assert _place(store, tracker, OUTLETS[1 + (n + 1) % 4], n, copy=True) == first
    return store


def _features(store: SQLiteStore) -> int:
    return int(store.query("SELECT count(*) AS n FROM story_features")[0]["n"])


def _probe_decisions(index: StoryIndex) -> list[tuple[object, ...]]:
    """Decisions on new copies of stored stories and on new stories."""
    out = []
    at = NOW + timedelta(hours=2)
    for n in (*range(0, 40, 7), 41, 42):
        title, summary = _copy(n, "Wire")
        d = index.assign(f"probe-{n}", "", title, summary, at, "Wire", now=at)
        out.append((d.story_id, d.is_new, d.reason, d.similarity, d.outlets))
    return out


def test_every_placed_item_keeps_its_features(placed: SQLiteStore) -> None:
    assert _features(placed) == int(placed.query("SELECT count(*) AS n FROM items")[0]["n"])


def test_a_restart_reads_the_features_and_derives_nothing(placed: SQLiteStore) -> None:
    now = NOW + timedelta(hours=1)
    index = StoryTracker(placed).index(now)
    assert len(index) == _features(placed) > 90
    assert index.derived == []


def test_a_restart_decides_as_an_index_derived_from_the_text(placed: SQLiteStore) -> None:
    now = NOW + timedelta(hours=1)
    read = StoryTracker(placed).index(now)
    rows = _rows(placed.story_rows(now - timedelta(hours=72)))
    derived = StoryIndex.load(rows, now=now)  # no features: everything from the text
    assert len(derived.derived) == len(rows)
    for key in (r.item_key for r in rows):
        assert read.features(key) == derived.features(key)
    assert _probe_decisions(read) == _probe_decisions(derived)


def test_features_of_other_code_are_derived_again_and_rewritten(placed: SQLiteStore) -> None:
    # as if the headline normalisation had changed since they were stored
    placed.conn.execute("UPDATE story_features SET features = replace(features, 'discuss', 'x')")
    now = NOW + timedelta(hours=1)
    index = StoryTracker(placed).index(now)
    assert len(index.derived) == len(index)  # a sample differed: none was used
    rows = _rows(placed.story_rows(now - timedelta(hours=72)))
    assert _probe_decisions(index) == _probe_decisions(StoryIndex.load(rows, now=now))
    assert StoryTracker(placed).index(now).derived == []  # rewritten: the next restart reads


@pytest.mark.parametrize(
    "damage", ["DELETE FROM story_features", "UPDATE story_features SET features = '[0]'"]
)
def test_a_database_without_usable_features_derives_them_once(
    placed: SQLiteStore, damage: str
) -> None:
    placed.conn.execute(damage)
    now = NOW + timedelta(hours=1)
    first = StoryTracker(placed).index(now)
    assert len(first.derived) == len(first)
    assert StoryTracker(placed).index(now).derived == []


def test_features_leave_with_the_window_and_with_their_items(placed: SQLiteStore) -> None:
    later = NOW + timedelta(days=4)
    tracker = StoryTracker(placed)
    _place(placed, tracker, OUTLETS[0], 100, copy=False)  # (placed at NOW + 100 min)
    tracker.assign(1, OUTLETS[0], [], later)  # nothing new: no clean-up needed
    item = Item("late", "Scholz opens a bridge in Kyiv", "A new bridge.", None, later)
    (write,) = tracker.assign(1, OUTLETS[0], [ItemWrite(item, None, (), {})], later)
    placed.write_items(1, [write], {}, later)
    # only what is within 72 h of `later` is left
    assert _features(placed) == 1
    # retention deletes items with their features (no foreign key stands in the way)
    assert prune_unmatched(placed, later + timedelta(days=2), keep_days=1) > 0
    assert _features(placed) == 0

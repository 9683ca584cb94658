"""One story, one alert: put new items into story clusters and decide which of their
alerts are news and which only corroborate an alert already raised for the story.

The clustering decision itself is pure (bot.stories.index.StoryIndex); this module keeps the
index for the pipeline (rebuilt from the database when items first arrive, from the
features stored beside each item, so a restart reads instead of deriving) and applies the
alert rule:

* the first item of a story that matches a claim alerts;
* a later copy with the same claim and stance does not alert again: the earlier alert is
  marked for a chat.update ("also reported by …, N outlets");
* a copy that changes the stance (a denial appears) or matches a new claim alerts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.clock import parse_iso
from bot.store import ItemWrite
from bot.store.sql import SQLStore

if TYPE_CHECKING:
    # imported when the index is first built: a cycle that brings nothing new never
    # loads the clustering code (nor rapidfuzz)
    from bot.stories.index import StoryIndex, StoryRow


def split_alerts(
    write: ItemWrite, earlier: dict[tuple[str, str], int]
) -> tuple[dict[str, str | None], tuple[int, ...]]:
    """Pure: which of a copy's alert claims are news, and which earlier alerts it
    corroborates. `earlier` maps (claim, stance) -> the alert already raised for the story
    (0 for one queued in this same batch, which needs no update: it is not sent yet)."""
    news: dict[str, str | None] = {}
    corroborates: list[int] = []
    stances = {m.claim_id: m.stance for m in write.matches}
    for claim_id, change in write.alert_claims.items():
        prior = earlier.get((claim_id, stances[claim_id]))
        if prior is None:
            news[claim_id] = change
        elif prior:
            corroborates.append(prior)
    return news, tuple(dict.fromkeys(corroborates))


class StoryTracker:
    """Owns the story index of one pipeline (one writer thread).

    The index is rebuilt from the database when the first items arrive, not at start: a
    cycle in which no feed brings anything (all 304) never pays for it. Nothing is written
    before that point, so it is built from the same rows as it would be at start, and an
    index built later only lacks rows that the first assignment would expire anyway.

    What the index derives from each item's text is stored beside the item
    (story_features) when it is placed, so the rebuild only reads: 11,000 items in the
    window took seconds to derive again, time in which a restarted bot neither polled nor
    delivered. Rows without stored features (a database from before them, or features of
    an older version of the code) are derived once and stored. Features leave the table
    as their items leave the window.
    """

    #: how often the features of items past the window are deleted
    FORGET_EVERY = timedelta(hours=1)
    #: how often, at most, a shared database is read for the items other processes stored
    #: (a worker settles many feeds a second; copies of a story come minutes apart)
    CATCH_UP_EVERY = timedelta(seconds=1)

    def __init__(self, store: SQLStore, *, shared: bool = False) -> None:
        self.store = store
        #: other processes write items too (workers on PostgreSQL): before each assignment
        #: the index takes in the items stored since it last looked, so that copies of a
        #: story polled by different workers join one story (and alert once)
        self.shared = shared
        self._index: StoryIndex | None = None
        self._forgotten: datetime | None = None
        self._last_item = 0
        self._caught: datetime | None = None
        #: other processes' stored features passed a check (then they are used unchecked)
        self._checked = False

    def index(self, now: datetime) -> StoryIndex:
        """The story index, built from the stored rows of the window before `now` on first use."""
        if self._index is None:
            from bot.stories.index import StoryConfig, StoryIndex

            since = now - StoryConfig().window
            # (read first: what is stored meanwhile is caught up with, never missed)
            last = self.store.last_item_id() if self.shared else 0
            stored = self.store.story_rows(since)
            features = {str(r["item_key"]): str(r["features"]) for r in stored if r["features"]}
            index = StoryIndex.load(_rows(stored), now=now, features=features)
            self._keep_features(index, stored)
            self._index = index
            self._last_item = last
        elif self.shared and (self._caught is None or now - self._caught >= self.CATCH_UP_EVERY):
            self._catch_up(self._index)
            self._caught = now
        return self._index

    def _catch_up(self, index: StoryIndex) -> None:
        """Take in the items other processes stored since the index last looked."""
        stored = self.store.story_rows_after(self._last_item)
        if stored:
            features = {str(r["item_key"]): str(r["features"]) for r in stored if r["features"]}
            used = index.add_stored(_rows(stored), features, check=not self._checked)
            self._checked = self._checked or used
            self._last_item = int(str(stored[-1]["item_id"]))

    def _keep_features(self, index: StoryIndex, stored: list[dict[str, Any]]) -> None:
        """Store the features `load` had to derive, so the next restart reads them."""
        ids = {str(r["item_key"]): int(str(r["item_id"])) for r in stored}
        derived = [(ids[key], index.features(key)) for key in index.derived if key in ids]
        self.store.save_story_features([(i, f) for i, f in derived if f is not None])

    def _forget_features(self, now: datetime) -> None:
        if self._forgotten is None or now - self._forgotten >= self.FORGET_EVERY:
            from bot.stories.thresholds import StoryConfig

            self.store.forget_story_features(now - StoryConfig().window)
            self._forgotten = now

    def assign(
        self, feed_id: int, outlet: str, writes: Iterable[ItemWrite], now: datetime
    ) -> list[ItemWrite]:
        writes = list(writes)
        if not writes:
            return []
        index = self.index(now)
        self._forget_features(now)
        out: list[ItemWrite] = []
        batch: dict[str, dict[tuple[str, str], int]] = {}
        for w in writes:
            if w.item_id is not None:  # an edit: the item keeps its story and edit alerts
                out.append(w)
                continue
            item = w.item
            seen = min(item.published or now, now)
            d = index.assign(
                f"{feed_id}:{item.guid}",
                w.canonical_link or "",
                item.title,
                item.summary,
                seen,
                outlet,
                now=now,
            )
            story = str(d.story_id)
            earlier = batch.setdefault(story, {} if d.is_new else self.store.story_alerts(story))
            news, corroborates = split_alerts(w, earlier)
            if not w.stale:
                for m in w.matches:
                    if m.claim_id in news:
                        earlier.setdefault((m.claim_id, m.stance), 0)
            out.append(
                replace(
                    w,
                    story_id=story,
                    new_story=d.is_new,
                    alert_claims=news,
                    corroborates=corroborates,
                    story_features=index.features(f"{feed_id}:{item.guid}"),
                )
            )
        return out


def _rows(rows: list[dict[str, object]]) -> list[StoryRow]:
    from bot.stories.index import StoryRow

    out = []
    for r in rows:
        seen = parse_iso(str(r["seen"]))
        if seen is None:
            continue
        out.append(
            StoryRow(
                item_key=str(r["item_key"]),
                story_id=str(r["story_id"]),
                canonical_link=str(r["canonical_link"] or ""),
                title=str(r["title"] or ""),
                summary=str(r["summary"] or ""),
                seen=seen,
                outlet=str(r["outlet"]),
            )
        )
    return out

"""One polling cycle: due feeds -> fetch -> parse -> decide -> store (-> outbox).

Fetching and parsing run in worker threads; every database write happens on the thread
that runs the cycle, so the store has one writer. A feed's failure is recorded on that
feed and never stops the others.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field

from bot.clock import Clock
from bot.config import Config
from bot.decide import plan_writes
from bot.errors import FetchError
from bot.fetch import Fetcher
from bot.parse import ParsedFeed, parse_feed
from bot.records import FetchResult
from bot.store import CycleStats, FeedState
from bot.store.sqlite import SQLiteStore
from bot.timing import next_failure_poll, next_success_poll

log = logging.getLogger("claimwatch.poll")


@dataclass(slots=True)
class FeedOutcome:
    """What one poll of one feed came to."""

    feed: FeedState
    ok: bool
    #: fetched, not_modified, unchanged, error
    status: str
    new_items: int = 0
    edited_items: int = 0
    matches: int = 0
    alerts: int = 0
    error: str | None = None


@dataclass(slots=True)
class CycleReport:
    outcomes: list[FeedOutcome] = field(default_factory=list)
    alerts_sent: int = 0
    alerts_pending: int = 0

    @property
    def stats(self) -> CycleStats:
        return CycleStats(
            feeds_polled=len(self.outcomes),
            feeds_ok=sum(o.ok for o in self.outcomes),
            feeds_failed=sum(not o.ok for o in self.outcomes),
            new_items=sum(o.new_items for o in self.outcomes),
            matches=sum(o.matches for o in self.outcomes),
            alerts_sent=self.alerts_sent,
        )


@dataclass(frozen=True, slots=True)
class _Fetched:
    result: FetchResult | None = None
    parsed: ParsedFeed | None = None
    error: FetchError | None = None
    unchanged: bool = False


class Poller:
    def __init__(
        self,
        config: Config,
        store: SQLiteStore,
        clock: Clock,
        *,
        fetcher: Fetcher | None = None,
        canonical: Callable[[str], str] | None = None,
    ) -> None:
        self.store = store
        self.clock = clock
        self.fetcher = fetcher or Fetcher(
            config.bot.user_agent,
            timeout=config.bot.fetch_timeout,
            max_size=config.bot.max_feed_size,
            per_host=config.bot.per_host,
        )
        self.canonical = canonical
        self.apply_config(config)

    def apply_config(self, config: Config) -> None:
        """Switch to a new (validated) config: feeds follow it, claims apply from now on."""
        from bot.matching import Matcher

        self.config = config
        self.matcher = Matcher(config.claims)
        self.intervals = {f.url: config.interval(f) for f in config.feeds}
        self.channels = {c.id: config.channel_for(c) for c in config.claims}
        self.store.sync_feeds(config.feeds, self.clock.now())

    def close(self) -> None:
        self.fetcher.close()

    def poll(self, feeds: Sequence[FeedState] | None = None) -> list[FeedOutcome]:
        """Poll the given feeds (default: those due now); return one outcome per feed."""
        if feeds is None:
            feeds = self.store.due_feeds(self.clock.now())
        outcomes: list[FeedOutcome] = []
        if not feeds:
            return outcomes
        workers = min(self.config.bot.concurrency, len(feeds))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
            futures = {pool.submit(self._fetch_and_parse, f): f for f in feeds}
            for fut in as_completed(futures):
                feed = futures[fut]
                try:
                    outcomes.append(self._settle(feed, fut.result()))
                except Exception as e:  # a bug in one feed's handling must not stop the rest
                    log.exception("feed %s: unexpected error", feed.url)
                    outcomes.append(self._failed(feed, FetchError(f"internal error: {e!r}")))
        return outcomes

    # runs in a worker thread: network and parsing only, no database
    def _fetch_and_parse(self, feed: FeedState) -> _Fetched:
        try:
            result = self.fetcher.fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
            if result.not_modified:
                return _Fetched(result=result, unchanged=True)
            if feed.body_hash and body_hash(result.body) == feed.body_hash:
                return _Fetched(result=result, unchanged=True)
            return _Fetched(result=result, parsed=parse_feed(result))
        except FetchError as e:
            return _Fetched(error=e)

    def _settle(self, feed: FeedState, got: _Fetched) -> FeedOutcome:
        if got.error is not None:
            return self._failed(feed, got.error)
        assert got.result is not None
        now = self.clock.now()
        result = got.result
        outcome = FeedOutcome(feed, ok=True, status="fetched")
        if got.unchanged:
            outcome.status = "not_modified" if result.not_modified else "unchanged"
        elif got.parsed is not None:
            items = got.parsed.items
            known = self.store.known_items(feed.id, [i.guid for i in items])
            writes = plan_writes(
                items,
                known,
                self.matcher.match,
                now,
                alert_max_age=self.config.bot.alert_max_age,
                canonical=self.canonical,
            )
            n_matches, n_alerts = self.store.write_items(feed.id, writes, self.channels, now)
            outcome.new_items = sum(w.item_id is None for w in writes)
            outcome.edited_items = len(writes) - outcome.new_items
            outcome.matches, outcome.alerts = n_matches, n_alerts
            feed.body_hash = body_hash(result.body)
        if result.permanent_redirect and result.final_url != feed.url:
            self.store.feed_event(feed.id, now, "moved", f"{feed.url} -> {result.final_url}")
            log.info("feed %s moved permanently to %s", feed.url, result.final_url)
            feed.url = result.final_url
        if result.etag:
            feed.etag = result.etag
        if result.last_modified:
            feed.last_modified = result.last_modified
        if feed.failures:
            self.store.feed_event(feed.id, now, "recovered", f"after {feed.failures} failures")
        feed.last_status = result.status
        feed.failures = 0
        feed.failing_since = None
        feed.last_error = feed.error_kind = None
        feed.last_polled = feed.last_success = now
        feed.next_poll = next_success_poll(now, self._interval(feed), result.headers)
        self.store.save_feed(feed)
        return outcome

    def _failed(self, feed: FeedState, error: FetchError) -> FeedOutcome:
        now = self.clock.now()
        log.warning("feed %s (%s): %s", feed.name, feed.url, error)
        feed.failures += 1
        feed.failing_since = feed.failing_since or now
        feed.last_error = str(error)
        feed.error_kind = error.kind
        feed.last_polled = now
        if error.kind.startswith("http_"):
            feed.last_status = int(error.kind.removeprefix("http_"))
        if error.kind == "gone":
            feed.last_status = 410
            feed.active = False
            feed.disabled_reason = "the server says the feed is gone for good (HTTP 410)"
            self.store.feed_event(feed.id, now, "disabled", feed.disabled_reason)
        feed.next_poll = next_failure_poll(
            now, self._interval(feed), feed.failures, error.retry_after
        )
        self.store.save_feed(feed)
        return FeedOutcome(feed, ok=False, status="error", error=str(error))

    def _interval(self, feed: FeedState) -> float:
        return self.intervals.get(feed.configured_url, self.config.bot.poll_interval)


def body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()

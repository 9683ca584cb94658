"""One polling cycle: due feeds -> fetch -> parse -> decide -> store (-> outbox).

Fetching runs in worker threads (many feeds in flight, at most `per_host` per host); a body
whose hash equals the last one parsed is skipped without parsing; bodies are parsed in
parser processes once a cycle has brought enough big ones for that to pay (feedparser is
pure Python, so threads alone would parse one feed at a time). Every database write happens on the
thread that runs the cycle, one transaction per feed, so the store has one writer. A
feed's failure is recorded on that feed and never stops the others; a feed failing for
longer than `[slack] feed_failing_after` queues one ops notice, and one when it recovers.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bot.article_flow import ArticleReader
from bot.clock import Clock, iso
from bot.config import Config
from bot.decide import plan_writes
from bot.errors import FetchError, StorageError
from bot.intake.fetch import Fetcher
from bot.intake.malloc import malloc_trim
from bot.intake.parse import ParsedFeed, parse_feed
from bot.intake.parser_process import ParseRequest
from bot.intake.timing import next_failure_poll, next_success_poll
from bot.records import FetchResult
from bot.store import CycleStats, FeedState
from bot.store.sql import SQLStore
from bot.stories.corroboration import StoryTracker

if TYPE_CHECKING:
    from bot.intake.parser_process import ParserProcess
    from bot.matching import Matcher

log = logging.getLogger("claimwatch.poll")

#: bodies at least this big count towards starting the parser processes (below)
PROCESS_PARSE_MIN_BYTES = 64 * 1024
#: a parser pool is started only for a cycle with at least this many feeds to poll, once
#: this many big bodies have come in (a few feeds that fail to parse every cycle, in a
#: cycle of unchanged feeds, are not worth the processes' memory); once it runs, every
#: body goes to it, small ones too (each one parsed in the poller is work taken from the
#: thread that matches and stores, which holds up a first cycle)
PROCESS_POOL_MIN_FEEDS = 20
#: freed heap is given back to the system after every this many parsed feeds recorded: a
#: first cycle's parsed items come and go while caches stay, and the heap they leave
#: behind is fragmented (bot.intake.malloc). About 1 ms each time.
TRIM_EVERY_FEEDS = 8


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
    #: sha256 of the body (None for 304)
    digest: str | None = None


class Poller:
    def __init__(
        self,
        config: Config,
        store: SQLStore,
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
            allow_private=config.bot.allow_private_addresses,
        )
        self.canonical = canonical
        #: parser processes (started only when a cycle is big enough)
        self.parsers = ParserPool(config.bot.parser_processes)
        #: story clusters across all feeds: one story, one alert
        self.stories = StoryTracker(store, shared=store.shared)
        #: where new alerts are meant to go, "slack" or "console" (App.build decides)
        self.destination = "slack"
        #: told (feeds done, feeds in the cycle) as each feed is settled (a progress bar)
        self.progress: Callable[[int, int], None] | None = None
        #: feeds are recorded one at a time (poll_one may be called from several threads)
        self._settle_lock = threading.Lock()
        self._trim = malloc_trim()
        self._parsed_since_trim = 0
        #: items' articles (bot.article_flow)
        self.articles = ArticleReader(store, clock, self.fetcher, config.bot.user_agent)
        self.apply_config(config)

    def apply_config(self, config: Config) -> None:
        """Switch to a new (validated) config: feeds follow it, claims apply from now on."""
        self.config = config
        self.fetcher.allow_private = config.bot.allow_private_addresses
        self._matcher: Matcher | None = None
        if config.bot.parser_processes != self.parsers.asked:
            self.parsers.close()  # between cycles: no parse is in progress
            self.parsers = ParserPool(config.bot.parser_processes)
        self.intervals = {f.url: config.interval(f) for f in config.feeds}
        self.article_modes = {f.url: config.article_mode(f) for f in config.feeds}
        self.articles.configure(config.bot.article_wait, config.bot.article_rate)
        self.channels = {c.id: config.channel_for(c) for c in config.claims}
        self.store.sync_feeds(config.feeds, self.clock.now())

    @property
    def matcher(self) -> Matcher:
        """The claims' matcher, compiled when the first item needs it: a cycle that brings
        nothing new never loads the matching code."""
        if self._matcher is None:
            from bot.matching import Matcher

            self._matcher = Matcher(self.config.claims)
        return self._matcher

    def stop(self) -> None:
        """End the cycle in progress within a second, whatever the servers do: fetches in
        flight end, no more start, and the feeds not polled keep their state (they are due
        at the next start). For good: the bot is shutting down. Safe from a signal handler."""
        self.fetcher.stop()

    def close(self) -> None:
        self.articles.close()
        self.fetcher.close()
        self.parsers.close()

    def settle_articles(self, *, wait: bool) -> int:
        """Apply the articles that have come (with `wait`: waiting for each at most until
        its deadline, `[bot] article_wait` after it was asked for)."""
        if not self.articles.jobs:
            return 0
        return self.articles.settle(self.matcher, self.channels, self.destination, wait=wait)

    def poll(self, feeds: Sequence[FeedState] | None = None) -> list[FeedOutcome]:
        """Poll the given feeds (default: those due now); return one outcome per feed."""
        if feeds is None:
            feeds = self.store.due_feeds(self.clock.now())
        outcomes: list[FeedOutcome] = []
        self.settle_articles(wait=False)  # late articles of earlier cycles
        if not feeds:
            return outcomes
        # parser processes pay only for a big cycle; they start with its first big body
        self.parsers.wanted = self.parsers.wanted or len(feeds) >= PROCESS_POOL_MIN_FEEDS
        self.parsers.big_bodies = 0
        workers = min(self.config.bot.concurrency, len(feeds))
        queue = iter(interleave_hosts(feeds))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
            pending: dict[Future[_Fetched], FeedState] = {}

            def submit_next() -> None:
                feed = None if self.fetcher.stopped else next(queue, None)
                if feed is not None:
                    pending[pool.submit(self._fetch_and_parse, feed)] = feed

            try:
                # backpressure: at most `workers` feeds are fetched, parsed or waiting for
                # the writer, so a slow writer never has every fetched body and parsed feed
                # held in memory at once
                for _ in range(workers):
                    submit_next()
                while pending:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in done:
                        feed = pending.pop(fut)
                        submit_next()
                        outcome = self._settle_safely(feed, fut)
                        if outcome is not None:
                            outcomes.append(outcome)
                        if self.progress is not None:
                            self.progress(len(outcomes), len(feeds))
            except BaseException:
                self.stop()  # Ctrl-C in `run --once`: the fetch threads end before it exits
                raise
        self.settle_articles(wait=True)
        return outcomes

    def poll_one(self, feed: FeedState) -> FeedOutcome | None:
        """Poll one feed: fetched in the caller's thread, beside other calls, and recorded
        under a lock, one feed at a time, as `poll` records them (a worker's poll jobs run
        this: bot.cluster). None when a stop ended the fetch."""
        self.settle_articles(wait=False)  # articles this worker asked for earlier
        fut: Future[_Fetched] = Future()
        fut.set_result(self._fetch_and_parse(feed))
        with self._settle_lock:
            # the database failing is not the feed's failure: the job is retried
            return self._settle_safely(feed, fut, storage_errors=True)

    def _settle_safely(
        self, feed: FeedState, fut: Future[_Fetched], *, storage_errors: bool = False
    ) -> FeedOutcome | None:
        """Record what a fetch came to; None for a fetch ended by `stop` (not the feed's
        failure: the feed keeps its state and is polled at the next start).
        `storage_errors`: a failing database raises (a worker's job is retried) rather
        than count as the feed's failure."""
        before = replace(feed)  # its transaction rolls back: so does its state
        try:
            got = fut.result()
            if got.error is not None and got.error.kind == "stopped":
                return None
            return self._settle(feed, got)
        except Exception as e:  # a bug in one feed's handling must not stop the rest
            if storage_errors and isinstance(e, StorageError):
                raise
            log.exception("feed %s: unexpected error", feed.url)
            return self._failed(before, FetchError(f"internal error: {e!r}"))

    # runs in a worker thread: network and parsing only, no database
    def _fetch_and_parse(self, feed: FeedState) -> _Fetched:
        try:
            result = self.fetcher.fetch(
                feed.url,
                etag=feed.etag,
                last_modified=feed.last_modified,
                body_hash=feed.body_hash,
                feed_url=feed.configured_url,
            )
            if result.not_modified:
                return _Fetched(result=result, unchanged=True)
            digest = result.body_hash
            if result.same_body:  # the server ignored our conditional request
                return _Fetched(result=result, unchanged=True, digest=digest)
            head = replace(result, body=b"")  # the body is not kept past this point
            if self.parsers.takes(result):
                # while it waits for a parser process, the body is kept compressed
                request = ParseRequest.of(result)
                del result
                parsed = self.parsers.parse_request(request)
            else:
                parsed = self.parsers.parse_here(result)
            return _Fetched(result=head, parsed=parsed, digest=digest)
        except FetchError as e:
            return _Fetched(error=e)

    def _settle(self, feed: FeedState, got: _Fetched) -> FeedOutcome:
        if got.error is not None:
            return self._failed(feed, got.error)
        with self.store.transaction():  # one transaction per feed: items, state, events
            outcome = self._settle_ok(feed, got)
        if got.parsed is not None:
            self._parsed_since_trim += 1
            if self._parsed_since_trim >= TRIM_EVERY_FEEDS:
                self._parsed_since_trim = 0
                self._trim()
        return outcome

    def _settle_ok(self, feed: FeedState, got: _Fetched) -> FeedOutcome:
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
            writes = self.stories.assign(feed.id, feed.name, writes, now)
            mode = self.article_modes.get(feed.configured_url, self.config.bot.article)
            writes, wanted = self.articles.choose(mode, writes, self.matcher, now)
            n_matches, n_alerts = self.store.write_items(
                feed.id, writes, self.channels, now, destination=self.destination
            )
            self.articles.submit(feed, writes, wanted)
            outcome.new_items = sum(w.item_id is None for w in writes)
            outcome.edited_items = len(writes) - outcome.new_items
            outcome.matches, outcome.alerts = n_matches, n_alerts
            feed.body_hash = got.digest
            if got.parsed.warning:
                log.info("feed %s parsed with a complaint: %s", feed.url, got.parsed.warning)
        if result.permanent_redirect and result.final_url != feed.url:
            self.store.feed_event(feed.id, now, "moved", f"{feed.url} -> {result.final_url}")
            log.info("feed %s moved permanently to %s", feed.url, result.final_url)
            feed.url = result.final_url
        if result.etag:
            feed.etag = result.etag
        if result.last_modified:
            feed.last_modified = result.last_modified
        if feed.failures:
            self._recovered(feed, now)
        feed.last_status = result.status
        feed.failures = 0
        feed.failing_since = None
        feed.ops_notified = False
        feed.last_error = feed.error_kind = None
        feed.last_polled = feed.last_success = now
        feed.next_poll = next_success_poll(now, self._interval(feed), result.headers)
        self.store.save_feed(feed)
        return outcome

    def _failed(self, feed: FeedState, error: FetchError) -> FeedOutcome:
        with self.store.transaction():
            return self._record_failure(feed, error)

    def _record_failure(self, feed: FeedState, error: FetchError) -> FeedOutcome:
        now = self.clock.now()
        log.info("feed %s (%s): %s", feed.name, feed.url, error)
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
            self._tell_ops(
                feed,
                now,
                "disabled",
                f"Feed {feed.name} ({feed.url}) is disabled: the server says it is gone for"
                " good (HTTP 410). Remove it from config.toml or give it a new URL.",
            )
        elif not feed.ops_notified and now - feed.failing_since >= self._failing_after:
            feed.ops_notified = True
            since = iso(feed.failing_since)
            self.store.feed_event(feed.id, now, "failing", f"since {since}: {error}")
            self._tell_ops(
                feed,
                now,
                "failing",
                f"Feed {feed.name} ({feed.url}) has been failing since {since}"
                f" ({feed.failures} polls in a row): {error}. claimwatch keeps retrying.",
            )
        feed.next_poll = next_failure_poll(
            now, self._interval(feed), feed.failures, error.retry_after
        )
        self.store.save_feed(feed)
        return FeedOutcome(feed, ok=False, status="error", error=str(error))

    def _recovered(self, feed: FeedState, now: datetime) -> None:
        self.store.feed_event(feed.id, now, "recovered", f"after {feed.failures} failures")
        if feed.ops_notified:
            self._tell_ops(
                feed,
                now,
                "recovered",
                f"Feed {feed.name} ({feed.url}) works again, after {feed.failures} failed polls"
                f" since {iso(feed.failing_since)}.",
            )

    def _tell_ops(self, feed: FeedState, now: datetime, kind: str, text: str) -> None:
        """Queue a notice for [slack] ops_channel (delivered, with retries, by the app)."""
        if self.config.slack.ops_channel:
            self.store.queue_ops_notice(feed.id, now, kind, text)
        else:
            log.warning("%s", text)

    @property
    def _failing_after(self) -> timedelta:
        return timedelta(seconds=self.config.slack.feed_failing_after)

    def _interval(self, feed: FeedState) -> float:
        return self.intervals.get(feed.configured_url, self.config.bot.poll_interval)


def interleave_hosts(feeds: Sequence[FeedState]) -> list[FeedState]:
    """The feeds in host round-robin order, so workers waiting for one busy host's slots
    do not hold up every other host's feeds."""
    by_host: defaultdict[str, list[FeedState]] = defaultdict(list)
    for f in feeds:
        by_host[(urlsplit(f.url).hostname or "").lower()].append(f)
    queues = list(by_host.values())
    out: list[FeedState] = []
    for i in range(max((len(q) for q in queues), default=0)):
        out.extend(q[i] for q in queues if i < len(q))
    return out


class ParserPool:
    """Parser processes, used from the fetch threads.

    Started only when needed (a cycle with many feeds and big bodies): `[bot]
    parser_processes` of them, by default one per core beyond the first (up to 4; none on
    one core), so one core stays with the fetch threads and the writer, which matches and
    stores. Each is a lean child that only parses and turns entries into items (see
    bot.intake.parser_process). On two cores the one process cuts a 1,000-feed first cycle from
    ~46 s to ~32 s (bench/poll.py). Kept for later cycles; once started it takes every
    body; without it, a body parses in the calling thread.
    """

    def __init__(self, workers: int | None = None) -> None:
        #: the number asked for ([bot] parser_processes; None: decided by the core count)
        self.asked = workers
        #: parser processes; 0 means parsing in threads
        self.workers = workers if workers is not None else min(4, (os.cpu_count() or 1) - 1)
        #: whether a cycle big enough for processes to pay has been seen
        self.wanted = False
        #: big bodies to parse in this cycle so far
        self.big_bodies = 0
        #: the running processes (empty until started)
        self.processes: list[ParserProcess] = []
        self._idle: queue.SimpleQueue[ParserProcess] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._here = threading.Lock()

    def _started(self, big: bool) -> bool:
        if not self.wanted or self.workers < 1:
            return False
        with self._lock:
            self.big_bodies += big
            if not self.processes and self.big_bodies >= PROCESS_POOL_MIN_FEEDS:
                from bot.intake.parser_process import ParserProcess

                for _ in range(self.workers):
                    proc = ParserProcess()
                    self.processes.append(proc)
                    self._idle.put(proc)
            return bool(self.processes)

    def takes(self, result: FetchResult) -> bool:
        """Whether this body goes to a parser process (starting them when it is time):
        any body, once they run."""
        from bot.intake.parser_process import ParserGone

        try:
            return self._started(len(result.body) >= PROCESS_PARSE_MIN_BYTES)
        except ParserGone as e:
            self._unusable(e)
            return False

    def parse_request(self, request: ParseRequest) -> ParsedFeed:
        """Parse in the first parser process that is free."""
        from bot.intake.parser_process import ParserGone

        try:
            proc = self._idle.get()
            try:
                return proc.parse(request)
            finally:
                self._idle.put(proc)
        except ParserGone as e:
            self._unusable(e)
            return self.parse_here(request.result())

    def _unusable(self, e: Exception) -> None:
        # a process died (out of memory?) or cannot start here: carry on in threads
        log.warning("parser processes unusable (%s); parsing in threads from now on", e)
        self.workers = 0
        self.close()

    def parse_here(self, result: FetchResult) -> ParsedFeed:
        """Parse in the calling thread, one thread at a time: threads take turns on one
        core anyway, and each parse in progress holds its body and parser state."""
        with self._here:
            return parse_feed(result)

    def close(self) -> None:
        with self._lock:
            processes, self.processes = self.processes, []
            self._idle = queue.SimpleQueue()
        for proc in processes:
            proc.close()

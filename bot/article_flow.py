"""Reading items' articles beside polling (docs/articles.md).

The poller hands over each feed's writes before storing them (`choose`): the items whose
article is wanted (bot.articles) are stored with their feed-text alerts held until
`[bot] article_wait` from now, and their articles are fetched in worker threads
(`submit`). At the end of a cycle the poller waits for them, each at most until its
deadline (`settle`); an article that came in time replaces its item's held alerts with its
own verdict (matching over headline + lede + article), one that is late lets the held
alerts go out on the feed text, and its verdict follows, when it comes, as one edit of
the item. Every database write happens on the poller's thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.articles import article_alerts, matching_text, place_evidence, wants_article
from bot.clock import Clock
from bot.errors import FetchError
from bot.intake.article import ArticleFetcher
from bot.intake.fetch import Fetcher
from bot.records import Article, Item
from bot.store import FeedState, ItemWrite
from bot.store.articles import (
    fetched_for,
    item_alert_state,
    release_held,
    save_article,
    take_held,
)
from bot.store.sql import SQLStore

if TYPE_CHECKING:
    from bot.matching import Matcher

log = logging.getLogger("claimwatch.articles")

#: article pages fetched at once (each host is paced on its own: bot.intake.article)
ARTICLE_WORKERS = 4


@dataclass(slots=True)
class ArticleJob:
    """One item's article, asked for."""

    item_id: int
    #: the item's content hash when asked (an edit since makes this answer moot)
    item_hash: str
    feed_id: int
    #: the feed's configured URL (may its articles use private addresses?)
    feed_url: str
    item: Item
    canonical_link: str | None
    stale: bool
    story_id: str | None
    #: time.monotonic() after which the item's alerts go out on the feed text
    deadline: float
    future: Future[Article]
    #: the held alerts were let go (the article is late)
    released: bool = False


class ArticleReader:
    """Chooses, fetches and applies articles for one poller."""

    def __init__(self, store: SQLStore, clock: Clock, fetcher: Fetcher, user_agent: str) -> None:
        self.store = store
        self.clock = clock
        self.fetcher = fetcher
        self.user_agent = user_agent
        self.wait = 30.0
        self.rate = 1.0
        self._articles: ArticleFetcher | None = None
        self._pool: ThreadPoolExecutor | None = None
        #: articles asked for and not yet applied
        self.jobs: list[ArticleJob] = []

    def configure(self, wait: float, rate: float) -> None:
        self.wait = wait
        self.rate = rate
        if self._articles is not None:
            self._articles.pacer.rate = rate

    @property
    def articles(self) -> ArticleFetcher:
        if self._articles is None:
            self._articles = ArticleFetcher(
                self.fetcher, self.user_agent, self.clock.now, rate=self.rate
            )
        return self._articles

    # ── on the poller's thread, inside a feed's transaction ──────────────────────────
    def choose(
        self, mode: str, writes: Sequence[ItemWrite], matcher: Matcher, now: datetime
    ) -> tuple[list[ItemWrite], list[str]]:
        """The writes (those whose article is wanted hold their alerts), and the guids of
        the items whose article is wanted."""
        if mode == "never":
            return list(writes), []
        out: list[ItemWrite] = []
        wanted: list[str] = []
        hold = now + timedelta(seconds=self.wait)
        for w in writes:
            it = w.item
            if self._wanted(mode, w, matcher):
                wanted.append(it.guid)
                w = replace(w, hold_until=hold) if w.alert_claims and not w.stale else w
            out.append(w)
        return out, wanted

    def _wanted(self, mode: str, w: ItemWrite, matcher: Matcher) -> bool:
        """Whether the item's article is wanted (bot.articles); in "auto", the cheap
        questions first: the teaser, a require group (the matcher's screen), the story."""
        it = w.item
        if mode != "auto":
            return wants_article(mode, it.link, it.summary, candidate=False)
        if not wants_article(mode, it.link, it.summary, candidate=True):
            return False  # no http(s) link, or the feed's text is long enough to decide
        if w.matches or matcher.touches(it.title, it.summary):
            return True
        return bool(w.story_id and not w.new_story and self.store.story_alerts(w.story_id))

    def submit(self, feed: FeedState, writes: Sequence[ItemWrite], wanted: list[str]) -> None:
        """Start fetching the wanted items' articles (after their writes are stored)."""
        if not wanted:
            return
        known = self.store.known_items(feed.id, wanted)
        done = fetched_for(self.store, [k.id for k in known.values()])
        by_guid = {w.item.guid: w for w in writes}
        for guid in wanted:
            k, w = known.get(guid), by_guid.get(guid)
            if k is None or w is None or done.get(k.id) == k.content_hash:
                continue  # never refetch an article whose item has not changed
            if self._pool is None:
                self._pool = ThreadPoolExecutor(ARTICLE_WORKERS, thread_name_prefix="article")
            future = self._pool.submit(self._fetch, w.item, feed.configured_url)
            self.jobs.append(
                ArticleJob(
                    item_id=k.id,
                    item_hash=k.content_hash,
                    feed_id=feed.id,
                    feed_url=feed.configured_url,
                    item=w.item,
                    canonical_link=w.canonical_link,
                    stale=w.stale,
                    story_id=w.story_id,
                    deadline=time.monotonic() + self.wait,
                    future=future,
                )
            )

    # ── in a worker thread: network and extraction only ──────────────────────────────
    def _fetch(self, item: Item, feed_url: str) -> Article:
        assert item.link is not None
        return self.articles.fetch(item.link, feed_url=feed_url, feed_text=item.summary)

    # ── on the poller's thread, between feeds ────────────────────────────────────────
    def settle(
        self, matcher: Matcher, channels: dict[str, str], destination: str, *, wait: bool
    ) -> int:
        """Apply the articles that have come; with `wait`, wait for each until its
        deadline first. Late ones let their held alerts go and stay for later. Returns
        how many were applied."""
        applied = 0
        left: list[ArticleJob] = []
        for job in self.jobs:
            if wait and not job.future.done():
                wait_for([job.future], timeout=max(0.0, job.deadline - time.monotonic()))
            if not job.future.done():
                if not job.released and time.monotonic() >= job.deadline:
                    release_held(self.store, [job.item_id], self.clock.now())
                    job.released = True
                left.append(job)
                continue
            try:
                article = job.future.result()
            except FetchError as e:  # stopped: the bot is shutting down
                log.info("article of item %d not fetched: %s", job.item_id, e)
                continue
            except Exception:
                log.exception("article of item %d: unexpected error", job.item_id)
                release_held(self.store, [job.item_id], self.clock.now())
                continue
            try:
                self._apply(job, article, matcher, channels, destination)
                applied += 1
            except Exception:  # one article's bug must not stop the others
                log.exception("article of item %d: could not apply", job.item_id)
        self.jobs = left
        return applied

    def _apply(
        self,
        job: ArticleJob,
        article: Article,
        matcher: Matcher,
        channels: dict[str, str],
        destination: str,
    ) -> None:
        now = self.clock.now()
        with self.store.transaction():
            current, before, tried = item_alert_state(self.store, job.item_id)
            if current is None:
                return  # the item is gone (its feed's transaction rolled back)
            save_article(self.store, job.item_id, job.item_hash, article, now)
            if article.status != "ok":
                log.info("article %s: %s (%s)", article.url, article.status, article.error)
            if current != job.item_hash or article.status != "ok":
                release_held(self.store, [job.item_id], now)
                return
            it = job.item
            paras = article.paragraphs
            matches = matcher.match(it.title, matching_text(it.summary, paras), it.published)
            matches = place_evidence(matches, it.title, it.summary, paras)
            held = take_held(self.store, job.item_id)
            fresh = not tried
            alerts = article_alerts(before, matches, held, fresh=fresh)
            corroborates: list[int] = []
            if job.story_id and alerts:  # one story, one alert: another outlet's copy
                earlier = self.store.story_alerts(job.story_id)  # alerted this already
                for m in matches:
                    first = earlier.get((m.claim_id, m.stance))
                    if m.claim_id in alerts and first is not None:
                        del alerts[m.claim_id]
                        corroborates.append(first)
            write = ItemWrite(
                it,
                job.item_id,
                tuple(matches),
                alerts,
                job.canonical_link,
                job.stale,
                story_id=job.story_id,
                fresh=fresh,
                corroborates=tuple(corroborates),
            )
            self.store.write_items(job.feed_id, [write], channels, now, destination=destination)

    def close(self) -> None:
        if self._pool is not None:
            # an extraction in progress ends on its own; closing never waits for it
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

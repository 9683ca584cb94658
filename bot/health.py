"""Polling health: the feed table (`claimwatch feeds`), the liveness check
(`claimwatch health`) and delivery of ops notices to `[slack] ops_channel`.

Ops notices are queued by the poller in the `ops_notices` table, in the same transaction
as the feed state that caused them, and delivered from here with retries: Slack being
down delays a notice, never loses it, and never repeats one already sent.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.clock import parse_iso

if TYPE_CHECKING:
    from bot.config import Config
    from bot.slack.protocol import Sender
    from bot.store.sql import SQLStore

log = logging.getLogger("claimwatch.health")

#: the window for "items in the last N days" in `claimwatch feeds`
RECENT_DAYS = 7
#: `claimwatch health`: a cycle older than this many shortest poll intervals is stale...
STALE_INTERVALS = 3
#: ...but never less than this (seconds)
STALE_MIN = 300.0
#: ops notice retries: 30 s doubling up to an hour
NOTICE_RETRY_FIRST = 30.0
NOTICE_RETRY_CEILING = 3600.0


@dataclass(frozen=True, slots=True)
class FeedHealth:
    """One row of `claimwatch feeds`."""

    name: str
    url: str
    #: ok, failing, disabled, removed, new (never polled)
    status: str
    last_success: datetime | None
    last_polled: datetime | None
    #: the last error, if the feed is failing (or was disabled)
    last_error: str | None
    error_kind: str | None
    #: consecutive failed polls
    failures: int
    failing_since: datetime | None
    next_poll: datetime | None
    #: items first seen in the last RECENT_DAYS days
    items_recent: int
    #: why the feed is disabled (HTTP 410), if it is
    disabled_reason: str | None = None
    #: its items' articles by what came of them: ok, paywall, robots, blocked, failed
    articles: dict[str, int] = field(default_factory=dict)

    @property
    def articles_shown(self) -> str:
        """ "12 (1 failed, 2 robots, 1 paywall)": articles fetched, then those not read."""
        n = sum(self.articles.values())
        if not n:
            return ""
        bad = [
            f"{c} {k}"
            for k in ("failed", "blocked", "robots", "paywall")
            if (c := self.articles.get(k))
        ]
        return f"{n}" + (f" ({', '.join(bad)})" if bad else "")

    def as_json(self) -> dict[str, Any]:
        def stamp(dt: datetime | None) -> str | None:
            return dt.strftime("%Y-%m-%dT%H:%M:%SZ") if dt else None

        return {
            "name": self.name,
            "url": self.url,
            "status": self.status,
            "last_success": stamp(self.last_success),
            "last_polled": stamp(self.last_polled),
            "last_error": self.last_error,
            "error_kind": self.error_kind,
            "failures": self.failures,
            "failing_since": stamp(self.failing_since),
            "next_poll": stamp(self.next_poll),
            f"items_{RECENT_DAYS}d": self.items_recent,
            "disabled_reason": self.disabled_reason,
            "articles": dict(self.articles),
        }


def feed_health(store: SQLStore, now: datetime) -> list[FeedHealth]:
    """Every feed the database knows, active or not, with its polling health."""
    from bot.store.articles import article_counts

    rows = store.feed_health(now - timedelta(days=RECENT_DAYS))
    counts = article_counts(store)
    return [_row(r, counts.get(int(r["id"]), {})) for r in rows]


def _row(r: dict[str, Any], articles: dict[str, int]) -> FeedHealth:
    if not r["active"]:
        status = "disabled" if r["disabled_reason"] else "removed"
    elif r["failures"]:
        status = "failing"
    elif r["last_polled"] is None:
        status = "new"
    else:
        status = "ok"
    return FeedHealth(
        name=r["name"],
        url=r["url"],
        status=status,
        last_success=parse_iso(r["last_success"]),
        last_polled=parse_iso(r["last_polled"]),
        last_error=r["last_error"],
        error_kind=r["error_kind"],
        failures=int(r["failures"]),
        failing_since=parse_iso(r["failing_since"]),
        next_poll=parse_iso(r["next_poll"]) if r["active"] else None,
        items_recent=int(r["items_recent"]),
        disabled_reason=r["disabled_reason"],
        articles=articles,
    )


@dataclass(frozen=True, slots=True)
class Liveness:
    ok: bool
    #: when the scheduler last completed a cycle (None: never)
    last_cycle: datetime | None
    #: the allowed age, seconds
    max_age: float
    message: str


def stale_after(config: Config) -> float:
    """How old the last completed cycle may be: STALE_INTERVALS x the shortest poll
    interval, at least STALE_MIN."""
    intervals = [config.interval(f) for f in config.feeds] or [config.bot.poll_interval]
    return max(STALE_MIN, STALE_INTERVALS * min(intervals))


def liveness(store: SQLStore, now: datetime, max_age: float) -> Liveness:
    """Whether the scheduler completed a polling cycle within `max_age` seconds."""
    last = store.last_finished_cycle()
    if last is None:
        return Liveness(False, None, max_age, "no polling cycle has completed yet")
    age = (now - last).total_seconds()
    when = last.strftime("%Y-%m-%d %H:%M:%SZ")
    if age > max_age:
        return Liveness(
            False,
            last,
            max_age,
            f"last cycle completed {_ago(age)} ago ({when}), longer than {_ago(max_age)}",
        )
    return Liveness(True, last, max_age, f"last cycle completed {_ago(age)} ago ({when})")


def _ago(seconds: float) -> str:
    seconds = max(0.0, seconds)
    if seconds < 120:
        return f"{seconds:.0f}s"
    if seconds < 7200:
        return f"{seconds / 60:.0f}m"
    if seconds < 172800:
        return f"{seconds / 3600:.1f}h"
    return f"{seconds / 86400:.1f}d"


def deliver_ops_notices(store: SQLStore, sender: Sender, channel: str | None, now: datetime) -> int:
    """Send the ops notices that are due; return how many were sent. A failed send is
    retried later (30 s, doubling, at most an hour apart); nothing is dropped."""
    if not channel:
        return 0
    from bot.slack.render import escape

    sent = 0
    for notice in store.pending_ops_notices(now):
        try:
            sender.post_text(channel, escape(notice["text"]))
        except Exception as e:  # SendError, or any sender trouble: keep it, retry later
            wait = min(NOTICE_RETRY_CEILING, NOTICE_RETRY_FIRST * 2 ** notice["attempts"])
            store.ops_notice_failed(notice["id"], str(e), now + timedelta(seconds=wait))
            log.info("ops notice not delivered (%s); retrying in %.0fs", e, wait)
            break  # the channel is unreachable: the rest waits for the next round, in order
        store.ops_notice_sent(notice["id"], now)
        sent += 1
    return sent

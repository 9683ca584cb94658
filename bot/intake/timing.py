"""When to poll a feed next (pure): interval, server hints, backoff, jitter.

After a good poll the configured interval applies, stretched (never shortened) by what the
server says about freshness (Cache-Control max-age, Expires, Retry-After). After a failed
poll the wait doubles per consecutive failure, from the interval up to CEILING, and never
stops: a feed that has been down for a week is still tried every few hours. Every wait gets
jitter, so feeds added together do not stay in lock-step.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

#: never poll a feed more often than this, whatever it asks (unless its interval is shorter)
FLOOR = 60.0
#: never wait longer than this, however long a feed has been failing or asks us to wait
CEILING = 6 * 3600.0
#: a cache hint (max-age, Expires) stretches the interval to at most this: CDNs often send
#: a day's max-age by default, and news cannot wait a day
HINT_CEILING = 3600.0
#: +-10 % on every wait
JITTER = 0.1


def next_success_poll(
    now: datetime,
    interval: float,
    headers: dict[str, str] | None = None,
    rng: random.Random | None = None,
) -> datetime:
    """After a good poll: the configured interval, stretched (never shortened) by the
    server's Cache-Control max-age or Expires (up to HINT_CEILING) or Retry-After (up to
    CEILING), never below FLOOR, with jitter."""
    headers = headers or {}
    wait = interval
    hint = cache_lifetime(headers, now)
    if hint is not None:
        wait = max(wait, min(hint, max(HINT_CEILING, interval)))
    asked = parse_retry_after(headers.get("retry-after"), headers.get("date"))
    if asked is not None:
        wait = max(wait, min(asked, CEILING))
    wait = max(FLOOR, wait) if interval >= FLOOR else wait
    return now + timedelta(seconds=_jitter(wait, rng, at_least=asked))


def backoff(interval: float, failures: int) -> float:
    """Seconds to wait after `failures` consecutive failures (before jitter): the interval
    doubled for each failure after the first, capped at CEILING."""
    if failures <= 1:
        return min(CEILING, interval)
    return min(CEILING, interval * 2.0 ** min(failures - 1, 32))


def next_failure_poll(
    now: datetime,
    interval: float,
    failures: int,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> datetime:
    """After a failed poll: exponential backoff from the interval, capped at CEILING,
    never giving up; a Retry-After is honoured (up to the ceiling) when it asks for more."""
    wait = backoff(interval, failures)
    if retry_after is not None:
        wait = max(wait, min(retry_after, CEILING))
    return now + timedelta(seconds=_jitter(wait, rng, at_least=retry_after))


def cache_lifetime(headers: dict[str, str], now: datetime) -> float | None:
    """Seconds the response stays fresh by Cache-Control max-age (minus Age) or Expires;
    None when the server says nothing (or forbids caching)."""
    cc = headers.get("cache-control", "")
    directives = {}
    for part in cc.split(","):
        key, _, value = part.strip().partition("=")
        directives[key.strip().lower()] = value.strip().strip('"')
    if "no-store" in directives or "no-cache" in directives:
        return None
    max_age = directives.get("max-age", "")
    if _digits(max_age):
        age = headers.get("age", "0").strip()
        return max(0.0, float(max_age) - (float(age) if _digits(age) else 0.0))
    expires = headers.get("expires")
    if expires:
        try:
            when = parsedate_to_datetime(expires)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        return max(0.0, (when - now).total_seconds())
    return None


def _digits(value: str) -> bool:
    """ASCII digits only (str.isdigit also takes '²' and other digits float() refuses)."""
    return value.isascii() and value.isdigit()


def parse_retry_after(value: str | None, date: str | None = None) -> float | None:
    """Retry-After as seconds (it may be a number or an HTTP date, taken relative to the
    response's Date when there is one), at most CEILING: however long a server asks us to
    wait (99999999999999 s), we are back within CEILING, and no wait overflows a time."""
    if not value:
        return None
    value = value.strip()
    if _digits(value):
        return min(float(value), CEILING)
    try:
        when = parsedate_to_datetime(value)
        now = parsedate_to_datetime(date) if date else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        return None
    if now is None or now.tzinfo is None:
        now = datetime.now(UTC)
    return min(max(0.0, (when - now).total_seconds()), CEILING)


def _jitter(seconds: float, rng: random.Random | None, *, at_least: float | None = None) -> float:
    """seconds +-JITTER, never past CEILING, never before a Retry-After (`at_least`)."""
    r = (rng or random).uniform(-JITTER, JITTER)
    wait = min(max(0.0, seconds * (1 + r)), max(CEILING, seconds))
    if at_least is not None:
        wait = max(wait, min(at_least, CEILING))
    return wait

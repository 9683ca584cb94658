"""When to poll a feed next (pure): interval, server hints, backoff, jitter."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

#: never poll a feed more often than this, whatever it asks
FLOOR = 60.0
#: never wait longer than this, however long a feed has been failing or asks us to wait
CEILING = 6 * 3600.0
JITTER = 0.1


def next_success_poll(
    now: datetime,
    interval: float,
    headers: dict[str, str] | None = None,
    rng: random.Random | None = None,
) -> datetime:
    """After a good poll: the configured interval, stretched (never shortened) by the
    server's Cache-Control max-age or Expires, within FLOOR..CEILING, with jitter."""
    wait = interval
    hint = cache_lifetime(headers or {}, now)
    if hint is not None:
        wait = max(wait, min(hint, CEILING))
    wait = max(FLOOR, wait) if interval >= FLOOR else wait
    return now + timedelta(seconds=_jitter(wait, rng))


def next_failure_poll(
    now: datetime,
    interval: float,
    failures: int,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> datetime:
    """After a failed poll: exponential backoff from the interval, capped at CEILING,
    never giving up; a Retry-After is honoured (within the ceiling)."""
    wait = min(CEILING, interval * (2 ** max(0, failures - 1)))
    if retry_after is not None:
        wait = max(wait, min(retry_after, CEILING))
    return now + timedelta(seconds=_jitter(wait, rng))


def cache_lifetime(headers: dict[str, str], now: datetime) -> float | None:
    cc = headers.get("cache-control", "")
    for part in cc.split(","):
        key, _, value = part.strip().partition("=")
        if key.lower() == "max-age" and value.strip().isdigit():
            age = headers.get("age", "0").strip()
            return max(0.0, float(value) - (float(age) if age.isdigit() else 0.0))
    expires = headers.get("expires")
    if expires:
        try:
            when = parsedate_to_datetime(expires)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            return None
        return max(0.0, (when - now).total_seconds())
    return None


def _jitter(seconds: float, rng: random.Random | None) -> float:
    r = (rng or random).uniform(-JITTER, JITTER)
    return max(0.0, seconds * (1 + r))

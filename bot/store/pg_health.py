"""When pooled PostgreSQL connections are checked before use: only for a while after this
process has seen the database fail.

A check is a round trip before every query, which a busy worker pays on each of its
~15 statements per feed. Connections are sound until the server restarts or fails over;
the first query that meets a dead connection fails (its job is retried, as any job that
was in flight at that moment is), and from then on, for `WINDOW` seconds, every
connection is checked before use, so the pools replace their dead connections instead
of handing them to the retried jobs.
"""

from __future__ import annotations

import time
from typing import Any

from psycopg_pool import AsyncConnectionPool, ConnectionPool

#: seconds after a failure during which connections are checked before use
WINDOW = 30.0

_until = 0.0


def failed() -> None:
    """The database failed under this process: check connections for a while."""
    global _until
    _until = time.monotonic() + WINDOW


def suspect() -> bool:
    return time.monotonic() < _until


def check(conn: Any) -> None:
    """A `ConnectionPool` check: a round trip only while the database is suspect."""
    if suspect():
        ConnectionPool.check_connection(conn)


async def check_async(conn: Any) -> None:
    """An `AsyncConnectionPool` check (procrastinate's pool), likewise."""
    if suspect():
        await AsyncConnectionPool.check_connection(conn)

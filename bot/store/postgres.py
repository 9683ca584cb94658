"""PostgreSQL implementation of the Store protocol: the shared store of several workers.

Selected by a ``postgresql://`` URL in ``[bot] database`` (or CLAIMWATCH_DATABASE_URL).
psycopg 3 with a connection pool (psycopg_pool): a transaction takes a connection from
the pool and gives it back when it ends; one opened inside another, in the same thread,
is a savepoint on the same connection (so the pipeline's "one transaction per feed"
holds). Reads outside a transaction take a connection for one statement. A connection
broken by a server restart is noticed by the pool's check and replaced; the statement
that met the break fails with StorageError, and the job that ran it is retried.

The statements are the shared ones (bot.store.sql), translated once each by
bot.store.dialect. This module imports psycopg; nothing on the SQLite path imports it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from bot.clock import iso
from bot.errors import StorageError
from bot.store import pg_health, schema_pg
from bot.store.dialect import returns_id, to_postgres
from bot.store.schema_names import MIGRATION_SET, MIGRATIONS
from bot.store.sql import SQLStore

if TYPE_CHECKING:
    from psycopg import Connection

#: the advisory lock migrations run under (any number of nodes may start at once)
_MIGRATION_LOCK = 0x636C_6D77  # "clmw"


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    user = f"{parts.username}:***@" if parts.username else ""
    return urlunsplit(parts._replace(netloc=user + host))


class PgCursor:
    """The part of a DB-API cursor the shared statements use, lastrowid included."""

    def __init__(self, rows: list[Any], rowcount: int, lastrowid: int | None) -> None:
        self._rows = rows
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    def fetchall(self) -> list[Any]:
        rows, self._rows = self._rows, []
        return rows

    def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None


class PgConnection:
    """A pooled connection inside a transaction, speaking the shared dialect."""

    def __init__(self, conn: Connection[Any]) -> None:
        self.raw = conn

    def execute(self, sql: str, parameters: Any = (), /) -> PgCursor:
        with self.raw.cursor() as cur:
            cur.execute(to_postgres(sql), parameters or None)
            rows = cur.fetchall() if cur.description else []
            lastrowid = int(rows[0][0]) if returns_id(sql) and rows else None
            return PgCursor([tuple(r) for r in rows], cur.rowcount, lastrowid)

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> PgCursor:
        with self.raw.cursor() as cur:
            cur.executemany(to_postgres(sql), list(seq_of_parameters))
            return PgCursor([], cur.rowcount, None)


class PostgresStore(SQLStore):
    dialect = "postgresql"
    shared = True

    def __init__(self, url: str, *, min_size: int = 1, max_size: int = 8) -> None:
        self.url = url
        self.path = redact(url)
        self._local = threading.local()
        try:
            self.pool: ConnectionPool[Connection[Any]] = ConnectionPool(
                url,
                min_size=min_size,
                max_size=max_size,
                open=False,
                check=pg_health.check,
                kwargs={"autocommit": True},
                name="claimwatch",
            )
            self.pool.open(wait=True, timeout=30.0)
            self._migrate()
        except (psycopg.Error, OSError) as e:
            self.pool.close()
            raise StorageError(f"cannot open database {self.path}: {_say(e)}") from e
        except StorageError:
            self.pool.close()
            raise

    # ── plumbing ──────────────────────────────────────────────────────────────────
    @contextmanager
    def transaction(self) -> Iterator[PgConnection]:
        """One transaction; one opened inside another (same thread) is a savepoint."""
        current: PgConnection | None = getattr(self._local, "conn", None)
        try:
            if current is not None:
                with current.raw.transaction():
                    yield current
                return
            with self.pool.connection() as raw, raw.transaction():
                wrapped = self._local.conn = PgConnection(raw)
                try:
                    yield wrapped
                finally:
                    self._local.conn = None
        except psycopg.Error as e:
            _seen(e)
            raise StorageError(f"database write failed: {_say(e)}") from e

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        current: PgConnection | None = getattr(self._local, "conn", None)
        try:
            if current is not None:
                return _dicts(current.raw, sql, params)
            with self.pool.connection() as raw:
                return _dicts(raw, sql, params)
        except psycopg.Error as e:
            _seen(e)
            raise StorageError(f"database query failed: {_say(e)}") from e

    def _exclusive(self, conn: Any, what: str) -> None:
        """Nodes starting together take turns (an advisory lock for this transaction)."""
        import zlib

        conn.execute("SELECT pg_advisory_xact_lock(?)", (zlib.crc32(what.encode()),))

    def raw_query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """PostgreSQL's own SQL (%s parameters), not translated (search_pg's query)."""
        try:
            with self.pool.connection() as raw, raw.cursor(row_factory=dict_row) as cur:
                cur.execute(sql.encode(), params)
                return cur.fetchall()
        except psycopg.Error as e:
            _seen(e)
            raise StorageError(f"database query failed: {_say(e)}") from e

    def close(self) -> None:
        self.pool.close()

    # ── a cluster's own (PostgreSQL only: bot.cluster) ────────────────────────────
    def claim_due(self, now: datetime, lease_until: datetime, limit: int) -> list[int]:
        """Claim feeds due at `now`: their next poll moves to `lease_until` in the same
        transaction, so no other dispatcher claims them again before a poll records a new
        time (or the lease runs out: a claimed feed never polled is due again). Rows
        another dispatcher is claiming at this moment are skipped (FOR UPDATE SKIP
        LOCKED), never waited for."""
        try:
            with self.pool.connection() as raw, raw.transaction():
                rows = raw.execute(
                    "SELECT id FROM feeds WHERE active = 1 AND (next_poll IS NULL OR"
                    " next_poll <= %s) ORDER BY next_poll NULLS FIRST, id LIMIT %s"
                    " FOR UPDATE SKIP LOCKED",
                    (iso(now), limit),
                ).fetchall()
                ids = [int(r[0]) for r in rows]
                if ids:
                    raw.execute(
                        "UPDATE feeds SET next_poll = %s WHERE id = ANY(%s)",
                        (iso(lease_until), ids),
                    )
            return ids
        except psycopg.Error as e:
            _seen(e)
            raise StorageError(f"database write failed: {_say(e)}") from e

    def note_node(self, node: str, role: str, config_hash: str, now: datetime) -> None:
        """Record that `node` runs with the configuration whose hash is `config_hash`."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO nodes (node, role, config_hash, started, seen) VALUES (?,?,?,?,?)"
                " ON CONFLICT (node) DO UPDATE SET role = EXCLUDED.role,"
                " config_hash = EXCLUDED.config_hash, seen = EXCLUDED.seen",
                (node, role, config_hash, iso(now), iso(now)),
            )

    def forget_node(self, node: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM nodes WHERE node = ?", (node,))

    def nodes(self, since: datetime) -> list[dict[str, Any]]:
        """Nodes seen since `since`, newest first."""
        return self.query(
            "SELECT node, role, config_hash, started, seen FROM nodes WHERE seen >= ?"
            " ORDER BY seen DESC, node",
            (iso(since),),
        )

    # ── schema ────────────────────────────────────────────────────────────────────
    def _migrate(self) -> None:
        """Apply the pending migrations in one transaction, under an advisory lock (nodes
        starting together wait for the first, then find nothing left to do)."""
        wanted = {**schema_pg.MIGRATIONS, **schema_pg.CLUSTER}
        assert list(schema_pg.MIGRATIONS) == list(MIGRATIONS), "schema_pg lags schema_names"
        with self.pool.connection() as conn:
            if set(wanted) <= _applied(conn):
                return
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS claimwatch_migrations (migration_set TEXT NOT"
                    " NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL,"
                    " PRIMARY KEY (migration_set, name))"
                )
                done = _applied(conn)
                for name, ddl in wanted.items():
                    if name in done:
                        continue
                    conn.execute(ddl.encode())
                    conn.execute(
                        "INSERT INTO claimwatch_migrations (migration_set, name, applied_at)"
                        " VALUES (%s, %s, %s)",
                        (MIGRATION_SET, name, iso(datetime.now().astimezone())),
                    )

    def applied_migrations(self) -> list[str]:
        rows = self.query(
            "SELECT name FROM claimwatch_migrations WHERE migration_set = ? ORDER BY name",
            (MIGRATION_SET,),
        )
        return [r["name"] for r in rows]


def _applied(conn: Connection[Any]) -> set[str]:
    """The migrations recorded (none before the table exists)."""
    row = conn.execute("SELECT to_regclass('claimwatch_migrations')").fetchone()
    if row is None or row[0] is None:
        return set()
    rows = conn.execute(
        "SELECT name FROM claimwatch_migrations WHERE migration_set = %s", (MIGRATION_SET,)
    )
    return {r[0] for r in rows}


def _dicts(
    conn: Connection[Any], sql: str, params: Sequence[Any] | dict[str, Any]
) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(to_postgres(sql), params or None)
        return cur.fetchall() if cur.description else []


def _seen(e: psycopg.Error) -> None:
    """A connection-level failure makes the pools check connections for a while."""
    if isinstance(e, psycopg.OperationalError | psycopg.InterfaceError):
        pg_health.failed()


def _say(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__

"""SQLite implementation of the Store protocol.

One connection per store object, guarded by a lock: the bot writes from one place at a
time; readers (the CLI, Datasette, sqlite-utils) open their own connections and WAL mode
lets them read while the bot writes. Every statement is parameterised. The schema's
migrations (bot.store.schema) run through sqlite-utils, which is imported only when one
is pending: a database already at the latest schema is used with plain sqlite3.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bot.errors import StorageError
from bot.store.schema_names import MIGRATION_SET, MIGRATIONS
from bot.store.sql import SQLStore


class SQLiteStore(SQLStore):
    dialect = "sqlite"

    def __init__(self, path: str, *, readonly: bool = False) -> None:
        self.path = path
        self._lock = threading.RLock()
        conn: sqlite3.Connection | None = None
        try:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=30.0
            )
            conn.execute("PRAGMA busy_timeout=30000")
            # before anything is written (WAL mode, the migrations table): another
            # application's database is refused untouched
            check_ours(conn, path)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            #: the connection (autocommit; transactions are explicit, see `transaction`)
            self.conn = conn
            #: transactions open inside one another (the inner ones are savepoints)
            self._depth = 0
            if not readonly and _pending_migrations(conn):
                from bot.store._sqlite_utils import Database
                from bot.store.schema import migrations

                migrations.apply(Database(conn))
        except (sqlite3.Error, OSError, StorageError) as e:
            if conn is not None:
                conn.close()
            if isinstance(e, StorageError):
                raise
            raise StorageError(f"cannot open database {path}: {e}") from e

    # ── plumbing ──────────────────────────────────────────────────────────────────
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction; one opened inside another is a savepoint of it."""
        with self._lock:
            try:
                with self._atomic():
                    yield self.conn
            except sqlite3.Error as e:
                raise StorageError(f"database write failed: {e}") from e

    @contextmanager
    def _atomic(self) -> Iterator[None]:
        conn = self.conn
        nested = conn.in_transaction
        if nested:
            savepoint = f"claimwatch_{self._depth}"
            conn.execute(f"SAVEPOINT {savepoint}")
            self._depth += 1
            try:
                yield
            except BaseException:
                # an error may have ended the whole transaction, savepoints included
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            finally:
                self._depth -= 1
            return
        conn.execute("BEGIN")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cur = self.conn.execute(sql, params)
            names = [d[0] for d in cur.description or ()]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def close(self) -> None:
        with self._lock:
            self.conn.close()


def check_ours(conn: sqlite3.Connection, path: str) -> None:
    """Refuse (StorageError) a database that belongs to another application: one with
    tables of its own and no claimwatch migration recorded. Only reads."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
            " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name != '_sqlite_migrations'"
        )
    ]
    if not names:
        return  # a new database (or one whose first migration never completed)
    try:
        ours = conn.execute(
            "SELECT 1 FROM _sqlite_migrations WHERE migration_set = ? LIMIT 1", (MIGRATION_SET,)
        ).fetchone()
    except sqlite3.OperationalError:  # no such table
        ours = None
    if ours is None:
        shown = ", ".join(sorted(names)[:5]) + (", …" if len(names) > 5 else "")
        raise StorageError(
            f"{path} is not a claimwatch database (it holds other tables: {shown});"
            " claimwatch left it untouched. Point [bot] database (or --database) at a"
            " claimwatch database, or at a new file."
        )


def _pending_migrations(conn: sqlite3.Connection) -> bool:
    """Whether the database lacks any of the schema's migrations (a new one has none)."""
    try:
        rows = conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
        ).fetchall()
    except sqlite3.OperationalError:  # no such table: nothing applied yet
        return True
    return not set(MIGRATIONS) <= {r[0] for r in rows}

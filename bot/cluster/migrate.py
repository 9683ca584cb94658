"""`claimwatch migrate`: copy a desk's SQLite database into PostgreSQL.

Idempotent and resumable: a table with ids is copied in id order from just above the
highest id the target already holds (an interrupted copy goes on where it stopped; a
finished one copies nothing), the other tables row by row with ON CONFLICT DO NOTHING.
Each batch is one transaction. Ids are kept (the target's identities then continue after
them), so alerts, matches and Slack threads still point at the right rows. At the end,
every table's rows are counted on both sides: a difference (the target held another
database's rows, say) is an error, never silence.

The bot must not run on the SQLite database meanwhile: migrate takes its lock.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import sql

from bot.errors import StorageError
from bot.store.dialect import ID_TABLES
from bot.store.postgres import PostgresStore

#: every table, parents before children (foreign keys); a table added to the schema is
#: added here too (a test checks that none is missing)
TABLES = (
    "feeds",
    "feed_events",
    "items",
    "matches",
    "alerts",
    "cycles",
    "slack_threads",
    "ops_notices",
    "stories",
    "retry_requests",
    "bot_state",
    "story_features",
    "articles",
)
BATCH = 2000
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass
class TableCopy:
    table: str
    source: int
    copied: int = 0
    target: int = 0


@dataclass
class MigrateReport:
    tables: list[TableCopy] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(t.source == t.target for t in self.tables)


def source_tables(conn: sqlite3.Connection) -> list[str]:
    """The SQLite database's own tables (not FTS shadows, not bookkeeping)."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%'"
        " ESCAPE '\\' AND name NOT LIKE '%\\_fts%' ESCAPE '\\'"
        " AND name != '_sqlite_migrations'"
    ).fetchall()
    return sorted(r[0] for r in rows)


def count_rows(source: sqlite3.Connection) -> dict[str, int]:
    return {t: int(source.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}  # noqa: S608 (our table names)


def migrate(
    source: sqlite3.Connection,
    target: PostgresStore,
    *,
    batch: int = BATCH,
    progress: Callable[[str, int], None] = lambda table, n: None,
) -> MigrateReport:
    """Copy every table of `source` into `target`; `progress(table, rows)` after each batch."""
    missing = set(source_tables(source)) - set(TABLES)
    if missing:
        raise StorageError(f"migrate does not know these tables: {', '.join(sorted(missing))}")
    totals = count_rows(source)
    report = MigrateReport()
    with target.pool.connection() as conn:
        for table in TABLES:
            copy = TableCopy(table, totals[table])
            report.tables.append(copy)
            columns = _columns(source, conn, table)
            has_id = table in ID_TABLES  # an integer id (stories' ids are text)
            for rows in _batches(source, conn, table, columns, has_id, batch):
                try:
                    with conn.transaction(), conn.cursor() as cur:
                        cur.executemany(_insert(table, columns), rows)
                        inserted = max(cur.rowcount, 0)  # rows already there are not
                except psycopg.Error as e:
                    raise StorageError(f"copying {table}: {e}") from e
                copy.copied += inserted
                progress(table, len(rows))
            if has_id:
                conn.execute(
                    sql.SQL(
                        "SELECT setval(pg_get_serial_sequence({t}, 'id'),"
                        " coalesce((SELECT max(id) FROM {i}), 0) + 1, false)"
                    ).format(t=sql.Literal(table), i=sql.Identifier(table))
                )
            row = conn.execute(
                sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
            ).fetchone()
            copy.target = int(row[0]) if row else 0
    return report


def _columns(source: sqlite3.Connection, conn: psycopg.Connection[Any], table: str) -> list[str]:
    """The columns both sides have (the target's generated columns are not written)."""
    mine = [r[1] for r in source.execute(f"PRAGMA table_info({table})")]
    theirs = {
        r[0]
        for r in conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = %s"
            " AND table_schema = current_schema() AND is_generated = 'NEVER'",
            (table,),
        )
    }
    cols = [c for c in mine if c in theirs]
    bad = [c for c in cols if not _NAME.match(c)]
    if bad:
        raise StorageError(f"{table}: unexpected column names {bad}")
    return cols


def _batches(
    source: sqlite3.Connection,
    conn: psycopg.Connection[Any],
    table: str,
    columns: list[str],
    has_id: bool,
    size: int,
) -> Iterator[list[tuple[Any, ...]]]:
    names = ", ".join(columns)
    if has_id:
        row = conn.execute(
            sql.SQL("SELECT coalesce(max(id), 0) FROM {}").format(sql.Identifier(table))
        ).fetchone()
        last = int(row[0]) if row else 0
        while True:
            rows = source.execute(
                f"SELECT {names} FROM {table} WHERE id > ? ORDER BY id LIMIT ?",  # noqa: S608
                (last, size),
            ).fetchall()
            if not rows:
                return
            yield rows
            last = rows[-1][columns.index("id")]
    else:
        cur = source.execute(f"SELECT {names} FROM {table}")  # noqa: S608 (checked names)
        while rows := cur.fetchmany(size):
            yield rows


def _insert(table: str, columns: list[str]) -> sql.Composed:
    return sql.SQL("INSERT INTO {} ({}) VALUES ({}) ON CONFLICT DO NOTHING").format(
        sql.Identifier(table),
        sql.SQL(", ").join(map(sql.Identifier, columns)),
        sql.SQL(", ").join(sql.Placeholder() * len(columns)),
    )

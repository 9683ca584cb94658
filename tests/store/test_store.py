"""The SQLite store's plumbing: migrations, and transactions inside transactions."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import StorageError
from bot.store.schema import migrations
from bot.store.schema_names import MIGRATION_SET, MIGRATIONS
from bot.store.sqlite import SQLiteStore


def test_the_lean_list_of_migrations_is_the_schema(tmp_path: Path) -> None:
    from bot.store._sqlite_utils import Database

    store = SQLiteStore(str(tmp_path / "a.db"))
    try:
        applied = [m.name for m in migrations.applied(Database(store.conn))]
    finally:
        store.close()
    assert migrations.name == MIGRATION_SET
    assert sorted(applied) == sorted(MIGRATIONS)


def test_a_database_at_the_latest_schema_opens_without_sqlite_utils(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    SQLiteStore(str(db)).close()  # created: migrations applied
    code = (
        "import sys\n"
        "from bot.store.sqlite import SQLiteStore\n"
        f"SQLiteStore({str(db)!r}).close()\n"
        "assert 'sqlite_utils' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
    assert not _pending(db)
    conn = sqlite3.connect(db)  # as if the last migration were new
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", (MIGRATIONS[-1],))
    conn.commit()
    conn.close()
    assert _pending(db)
    assert _pending(tmp_path / "new.db")


def _pending(db: Path) -> bool:
    from bot.store.sqlite import _pending_migrations

    conn = sqlite3.connect(db)
    try:
        return _pending_migrations(conn)
    finally:
        conn.close()


def test_a_failed_inner_transaction_rolls_back_only_itself(tmp_path: Path) -> None:
    store = SQLiteStore(str(tmp_path / "a.db"))
    try:
        store.conn.execute("CREATE TABLE t (x INTEGER)")
        with store.transaction() as conn:
            conn.execute("INSERT INTO t VALUES (1)")
            with pytest.raises(RuntimeError), store.transaction() as inner:
                inner.execute("INSERT INTO t VALUES (2)")
                raise RuntimeError("inner")
            with store.transaction() as inner:
                inner.execute("INSERT INTO t VALUES (3)")
        assert [r["x"] for r in store.query("SELECT x FROM t ORDER BY x")] == [1, 3]
        with pytest.raises(RuntimeError), store.transaction() as conn:
            conn.execute("INSERT INTO t VALUES (4)")
            with store.transaction() as inner:
                inner.execute("INSERT INTO t VALUES (5)")
            raise RuntimeError("outer")
        assert [r["x"] for r in store.query("SELECT x FROM t ORDER BY x")] == [1, 3]
        with pytest.raises(StorageError), store.transaction() as conn:
            conn.execute("INSERT INTO nowhere VALUES (1)")
        assert not store.conn.in_transaction
    finally:
        store.close()


def test_the_sqlite_path_never_imports_postgresql_libraries(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from bot.store import open_store\n"
        "import bot.cli, bot.app, bot.cli.running, bot.cli.operating, bot.cli.migrating\n"
        f"open_store({str(tmp_path / 'a.db')!r}).close()\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in"
        " ('psycopg', 'psycopg_pool', 'procrastinate') or m.startswith('bot.cluster')]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])

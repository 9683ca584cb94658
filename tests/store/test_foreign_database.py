"""Another application's SQLite file is refused before anything is written (issue 14,
defect 11): it used to be switched to WAL and given claimwatch's migrations table (and,
when no table name clashed, all of claimwatch's tables) before the refusal, if any.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from support.helpers import write_config

from bot.cli import cli
from bot.errors import StorageError
from bot.store.queries import connect_readonly
from bot.store.sqlite import SQLiteStore


def _foreign(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return path


APPS = {
    # an app with tables of its own
    "users": ("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)",),
    # another feed reader, whose table name clashes with ours
    "reader": (
        "CREATE TABLE feeds (url TEXT PRIMARY KEY, title TEXT)",
        "CREATE TABLE entries (id TEXT, feed TEXT)",
        "INSERT INTO feeds VALUES ('https://x.example/rss', 'X')",
    ),
    # an app using sqlite-utils migrations of its own
    "migrated": (
        "CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)",
        "INSERT INTO _sqlite_migrations VALUES ('otherapp', '0001', '2026-01-01')",
        "CREATE TABLE notes (body TEXT)",
    ),
}


def _state(path: Path) -> tuple[str, list[Path], str, list[str]]:
    """The file's bytes (hash), its sidecar files, journal mode and schema."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    sidecars = sorted(path.parent.glob(path.name + "-*"))
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master ORDER BY name")]
    finally:
        conn.close()
    return digest, sidecars, mode, names


@pytest.mark.parametrize("app", sorted(APPS))
def test_another_apps_database_is_refused_untouched(tmp_path: Path, app: str) -> None:
    db = _foreign(tmp_path / "other.db", *APPS[app])
    before = _state(db)
    assert before[2] == "delete"
    for readonly in (False, True):
        with pytest.raises(StorageError, match="not a claimwatch database"):
            SQLiteStore(str(db), readonly=readonly)
    with pytest.raises(StorageError, match="not a claimwatch database"):
        connect_readonly(str(db))
    assert _state(db) == before


@pytest.mark.parametrize(
    "command", [["run", "--once"], ["feeds"], ["health"], ["history"], ["alerts"]]
)
def test_commands_refuse_it_with_a_clear_message(tmp_path: Path, command: list[str]) -> None:
    db = _foreign(tmp_path / "other.db", *APPS["reader"])
    cfg = write_config(tmp_path / "config.toml", bot={"database": str(db)})
    before = _state(db)
    result = CliRunner().invoke(cli, [*command, "--config", str(cfg)])
    assert result.exit_code == 2, result.output
    assert "is not a claimwatch database (it holds other tables: entries, feeds)" in (result.output)
    assert _state(db) == before


def test_new_empty_and_own_databases_still_open(tmp_path: Path) -> None:
    new = tmp_path / "state" / "new.db"
    SQLiteStore(str(new)).close()
    SQLiteStore(str(new)).close()  # and again, now that it is ours
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    SQLiteStore(str(empty)).close()
    # a first start that died after creating the migrations table, before migrating
    half = _foreign(
        tmp_path / "half.db",
        "CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)",
    )
    SQLiteStore(str(half)).close()
    assert "feeds" in _state(half)[3]


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 100)
    before = notes.read_bytes()
    with pytest.raises(StorageError, match="cannot open database"):
        SQLiteStore(str(notes))
    assert notes.read_bytes() == before
    assert not list(tmp_path.glob("notes.txt-*"))

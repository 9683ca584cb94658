"""`claimwatch migrate`: a database built by `run --once` copied into PostgreSQL, counted,
again (nothing copied twice), after an interruption (it goes on), and the toolkit answers
the same on both."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from support import FeedServer, rss_document
from support.helpers import DENIAL, NOW, REPORT, UNRELATED, write_config

from bot.cluster.migrate import TABLES, migrate, source_tables
from bot.store.postgres import PostgresStore
from bot.store.sqlite import SQLiteStore


def _cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLAIMWATCH_"))}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def desk(tmp_path: Path, feed_server: FeedServer) -> Path:
    """A desk's SQLite database, built by `claimwatch run --once`."""
    feed_server.add("/a.xml", rss_document([{**i, "pubDate": NOW} for i in (REPORT, UNRELATED)]))
    feed_server.add("/b.xml", rss_document([{**DENIAL, "pubDate": NOW}]))
    write_config(
        tmp_path / "config.toml",
        feeds=[
            {"name": "Outlet A", "url": feed_server.url("/a.xml")},
            {"name": "Outlet B", "url": feed_server.url("/b.xml")},
        ],
        bot={"alert_max_age": "3650d"},
    )
    done = _cli(tmp_path, "run", "--once")
    assert done.returncode == 0, done.stderr
    return tmp_path


def test_every_table_is_copied() -> None:
    store = SQLiteStore(":memory:")
    try:
        assert set(source_tables(store.conn)) == set(TABLES)
    finally:
        store.close()


def test_migrate_copies_counts_and_copies_nothing_twice(desk: Path, pg_dsn: str) -> None:
    db = str(desk / "state" / "claimwatch.db")
    first = _cli(desk, "migrate", "--from", db, "--to", pg_dsn)
    assert first.returncode == 0, first.stderr
    assert "DIFFERENT" not in first.stdout and " ok" in first.stdout
    again = _cli(desk, "migrate", "--from", db, "--to", pg_dsn)
    assert again.returncode == 0, again.stderr
    copied_now = [
        line.split("│")[3].strip()
        for line in again.stdout.splitlines()
        if line.count("│") >= 5 and "table" not in line
    ]
    assert copied_now and set(copied_now) == {"0"}, again.stdout
    # the toolkit reads the same history from both
    for args in (
        ["history", "--format", "json"],
        ["search", "Musk", "--format", "json"],
        ["claims", "--format", "json"],
    ):
        on_sqlite = _cli(desk, *args, "--database", db)
        on_pg = _cli(desk, *args, "--database", pg_dsn)
        assert on_sqlite.returncode == 0 and on_pg.returncode == 0, (on_sqlite.stderr, on_pg.stderr)
        if args[0] == "search":  # the same items; snippets and ranks are each engine's own
            strip = lambda out: [  # noqa: E731
                {k: v for k, v in row.items() if k not in ("snippet", "rank")}
                for row in json.loads(out)
            ]
            assert strip(on_sqlite.stdout) == strip(on_pg.stdout)
            assert json.loads(on_pg.stdout)
        else:
            assert on_sqlite.stdout == on_pg.stdout, args
    # ids go on after the copied ones
    store = PostgresStore(pg_dsn)
    try:
        before = store.query("SELECT max(id) AS m FROM cycles")[0]["m"]
        assert store.start_cycle(NOW) == before + 1
    finally:
        store.close()


def test_an_interrupted_migrate_goes_on_where_it_stopped(desk: Path, pg_dsn: str) -> None:
    source = sqlite3.connect(desk / "state" / "claimwatch.db")
    target = PostgresStore(pg_dsn)
    try:
        calls = []

        def stop_after_three(table: str, n: int) -> None:
            calls.append(table)
            if len(calls) == 3:
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            migrate(source, target, batch=1, progress=stop_after_three)
        report = migrate(source, target, batch=1)
        assert report.ok, report
        assert sum(t.copied for t in report.tables) == sum(t.source for t in report.tables) - 3
    finally:
        source.close()
        target.close()

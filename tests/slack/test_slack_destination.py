"""An alert meant for Slack leaves the outbox only through Slack.

Each alert records where it is meant to go (`alerts.destination`, set when it is
created): Slack when the bot that creates it has Slack credentials or the database has
been used with Slack before, the console for a bot that was never given Slack or whose
config says `[slack] enabled = false`. Without credentials, alerts meant for Slack are
printed but stay pending; `alerts --retry` refuses rather than "deliver" them to a
terminal.
"""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner
from support import FeedServer, SlackStandIn, rss_document
from support.delivery import NOW, Queue, Spec, fresh_store, make_deliverer
from support.helpers import DENIAL, REPORT, write_config

from bot.cli import cli
from bot.clock import FakeClock
from bot.slack.senders import ConsoleSender

TOKEN = "xoxb-test"


def _cli(cwd: Path, *args: str, token: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLAIMWATCH_"))}
    if token:
        env["SLACK_BOT_TOKEN"] = TOKEN
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _alerts(db_path: Path) -> list[tuple[str, str | None, str]]:
    db = sqlite3.connect(db_path)
    try:
        return db.execute(
            "SELECT status, delivered_to, destination FROM alerts ORDER BY id"
        ).fetchall()
    finally:
        db.close()


def test_without_credentials_alerts_meant_for_slack_stay_pending_until_slack_has_them(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    now = datetime.now(UTC)
    feed_server.add("/a.xml", rss_document([{**REPORT, "pubDate": now}]))
    write_config(
        tmp_path / "config.toml",
        feeds=[{"name": "Outlet A", "url": feed_server.url("/a.xml")}],
        slack={"channel": "#claims", "base_url": slack.base_url, "threads": False},
    )
    db = tmp_path / "state" / "claimwatch.db"
    # the bot runs with its token, but Slack cannot take the alert yet
    slack.set_channel_error("#claims", "not_in_channel")
    first = _cli(tmp_path, "run", "--once", token=True)
    assert first.returncode == 0, first.stderr
    assert _alerts(db) == [("pending", None, "slack")]

    # a journalist's new terminal, without the token
    retry = _cli(tmp_path, "alerts", "--retry")
    assert retry.returncode == 2, retry.stdout + retry.stderr
    assert "SLACK_BOT_TOKEN" in retry.stderr and "1 alert meant for Slack" in retry.stderr
    assert "nothing was sent" in retry.stderr and "Traceback" not in retry.stderr
    assert "enabled = false" in retry.stderr
    assert _alerts(db) == [("pending", None, "slack")]

    # the bot restarted without its token: it prints, keeps for Slack, and says so; a new
    # alert is meant for Slack too, as this database has been used with Slack
    feed_server.set("/a.xml", rss_document([{**i, "pubDate": now} for i in (REPORT, DENIAL)]))
    second = _cli(tmp_path, "run", "--once")
    assert second.returncode == 0, second.stderr
    assert "no Slack credentials" in second.stderr and "1 waiting" in second.stderr
    assert "Elon Musk held secret talks" in second.stdout and "Kremlin denies" in second.stdout
    assert _alerts(db) == [("pending", None, "slack"), ("pending", None, "slack")]
    assert slack.messages() == []

    # with the token (and the bot invited), Slack gets both, once
    slack.clear_channel_error("#claims")
    sent = _cli(tmp_path, "alerts", "--retry", token=True)
    assert sent.returncode == 0, sent.stderr
    assert "sent 2" in sent.stderr
    assert _alerts(db) == [("sent", "slack", "slack"), ("sent", "slack", "slack")]
    assert len(slack.messages("#claims")) == 2


def test_console_prints_alerts_kept_for_slack_once_and_records_nothing(tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    store = fresh_store(tmp_path)
    try:
        Queue(store, clock).add([Spec(title="Musk and Putin spoke"), Spec(title="Second one")])
        out = io.StringIO()
        deliverer = make_deliverer(store, ConsoleSender(file=out), clock, keep_for_slack=True)
        report = deliverer.deliver_pending()
        assert report.sent == 0
        shown = out.getvalue()
        assert "meant for Slack" in shown
        assert "Musk and Putin spoke" in shown and "Second one" in shown
        deliverer.deliver_pending()
        assert out.getvalue() == shown  # shown once per process, not every pass
        rows = store.query("SELECT status, delivered_to, attempts FROM alerts ORDER BY id")
        assert rows == [{"status": "pending", "delivered_to": None, "attempts": 0}] * 2
    finally:
        store.close()


def test_a_config_that_says_there_is_no_slack_lets_retry_print_everything(
    tmp_path: Path,
) -> None:
    clock = FakeClock(NOW)
    store = fresh_store(tmp_path)
    try:
        Queue(store, clock).add([Spec(title="Meant for Slack, once")])
    finally:
        store.close()
    cfg = write_config(tmp_path / "config.toml", slack={"enabled": False})
    retried = CliRunner().invoke(cli, ["alerts", "--config", str(cfg), "--retry"], env={})
    assert retried.exit_code == 0, retried.output
    assert "Meant for Slack, once" in retried.output and "sent 1" in retried.output
    db = sqlite3.connect(tmp_path / "state" / "claimwatch.db")
    try:
        assert db.execute("SELECT status, delivered_to FROM alerts").fetchall() == [
            ("sent", "console")
        ]
    finally:
        db.close()


def _old_database(tmp_path: Path, alerts: list[tuple[str, str | None, int]]) -> Path:
    """A database from before alerts recorded their destination, holding `alerts`
    (status, delivered_to, attempts)."""
    from bot.store._sqlite_utils import Database
    from bot.store.schema import migrations

    tmp_path.mkdir()
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.apply(Database(conn), stop_before="0007_alert_destination")
    conn.execute("INSERT INTO feeds (url, configured_url, name, added) VALUES ('u', 'u', 'A', 'x')")
    conn.execute(
        "INSERT INTO items (feed_id, guid, first_seen, content_hash) VALUES (1, 'g', 'x', 'h')"
    )
    conn.execute(
        "INSERT INTO matches (item_id, claim_id, stance, score, evidence, created)"
        " VALUES (1, 'c', 'update', 90, 'e', 'x')"
    )
    for status, delivered_to, attempts in alerts:
        conn.execute(
            "INSERT INTO alerts (match_id, claim_id, channel, status, delivered_to, attempts,"
            " created) VALUES (1, 'c', '#c', ?, ?, ?, '2026-01-01T00:00:00Z')",
            (status, delivered_to, attempts),
        )
    conn.close()
    return path


def test_migration_keeps_an_old_slack_databases_pending_alerts_for_slack(tmp_path: Path) -> None:
    from bot.store.outbox import Outbox
    from bot.store.sqlite import SQLiteStore

    slack_db = _old_database(tmp_path / "a", [("sent", "slack", 1), ("pending", None, 0)])
    trial_db = _old_database(tmp_path / "b", [("sent", "console", 1), ("pending", None, 0)])
    for path, pending_for, used_with_slack in (
        (slack_db, "slack", True),
        (trial_db, "console", False),
    ):
        store = SQLiteStore(str(path))
        try:
            rows = store.query("SELECT status, destination FROM alerts ORDER BY id")
            sent_via = "slack" if used_with_slack else "console"
            assert [r["destination"] for r in rows] == [sent_via, pending_for]
            assert (Outbox(store).slack_since() is not None) == used_with_slack
        finally:
            store.close()

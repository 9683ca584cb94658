"""What a journalist sees in the first hour: the start-up line, a progress bar on a
terminal (and silence off one), and a quiet log while things are ordinary."""

from __future__ import annotations

import os
import pty
import select
import sqlite3
import subprocess
import sys
from pathlib import Path

from support import FeedServer, rss_document
from support.helpers import NOW, REPORT, write_config

from bot import config as config_mod
from bot.app import App
from bot.clock import FakeClock
from bot.slack.senders import ConsoleSender


def _feeds(server: FeedServer, n: int) -> list[dict[str, str]]:
    for i in range(n):
        server.add(f"/f{i}.xml", rss_document([{**REPORT, "guid": f"g{i}", "pubDate": NOW}]))
    return [{"name": f"Outlet {i}", "url": server.url(f"/f{i}.xml")} for i in range(n)]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLAIMWATCH_"))}
    env["COLUMNS"] = "100"
    return env


def test_run_once_on_a_terminal_shows_a_progress_bar(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    cfg = write_config(tmp_path / "config.toml", feeds=_feeds(feed_server, 12))
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--once", "--config", str(cfg)],
        cwd=tmp_path,
        env=_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=follower,
    )
    os.close(follower)
    seen = b""
    try:
        while True:
            ready, _, _ = select.select([leader], [], [], 60)
            if not ready:
                break
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
    finally:
        code = proc.wait(timeout=60)
        os.close(leader)
    text = seen.decode("utf-8", "replace")
    assert code == 0, text
    assert "polling feeds" in text and "/12" in text
    assert "alerts go to this console" in text


def test_run_once_off_a_terminal_is_quiet_but_says_where_alerts_go(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    cfg = write_config(tmp_path / "config.toml", feeds=_feeds(feed_server, 12))
    out = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--once", "--config", str(cfg)],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "polling feeds" not in out.stderr and "\x1b[" not in out.stderr
    (line,) = [ln for ln in out.stderr.splitlines() if "claimwatch started" in ln]
    assert " INFO " in line
    assert (
        "alerts go to this console, because no SLACK_BOT_TOKEN or SLACK_WEBHOOK_URL is set;"
        " 12 feeds, 2 claims" in line
    )
    assert " WARNING " not in out.stderr, out.stderr


def test_start_up_line_names_the_slack_channel(tmp_path: Path) -> None:
    cfg = config_mod.load(str(write_config(tmp_path / "config.toml", slack={"channel": "#desk"})))
    from bot.slack.senders import SlackSender

    app = App.build(cfg, clock=FakeClock(NOW), sender=SlackSender("xoxb-x", "http://127.0.0.1:9/"))
    try:
        line = app.startup_line()
    finally:
        app.close()
    # the claims of the test config: one names #taiwan-desk
    assert "alerts go to Slack channel #desk (and #taiwan-desk for claims that name one)" in line
    assert "0 feeds, 2 claims" in line


def test_cycles_table_records_only_cycles_that_did_something(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    cfg = config_mod.load(str(write_config(tmp_path / "config.toml", feeds=_feeds(feed_server, 1))))
    clock = FakeClock(NOW)
    app = App.build(cfg, clock=clock, sender=ConsoleSender())
    try:
        app.cycle()  # the feed is due: polled
        for _ in range(5):  # ticks with nothing due
            clock.advance(15)
            app.cycle()
        last = app.store.last_finished_cycle()
    finally:
        app.close()
    db = sqlite3.connect(cfg.bot.database)
    try:
        rows = db.execute("SELECT feeds_polled FROM cycles").fetchall()
    finally:
        db.close()
    assert rows == [(1,)]
    # liveness still follows every cycle
    assert last is not None and last == clock.now()

"""The whole path with real parts: feed server -> claimwatch -> SQLite -> Slack stand-in."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from support import FeedServer, SlackStandIn, rss_document, slow_drip
from support.helpers import DENIAL, NOW, REPORT, UNRELATED, write_config

from bot import config as config_mod
from bot.app import App
from bot.clock import FakeClock
from bot.slack.senders import SlackSender

TOKEN = "xoxb-test"


def _build(cfg_path: Path, slack: SlackStandIn, clock: FakeClock) -> App:
    cfg = config_mod.load(str(cfg_path))
    return App.build(cfg, clock=clock, sender=SlackSender(TOKEN, slack.base_url))


def _items(*items: dict[str, str]) -> str:
    return rss_document([{**i, "pubDate": NOW} for i in items])


def test_once_run_posts_report_and_denial_then_nothing_twice(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    feed_server.add("/a.xml", _items(REPORT, UNRELATED))
    feed_server.add("/b.xml", _items(DENIAL))
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[
            {"name": "Outlet A", "url": feed_server.url("/a.xml")},
            {"name": "Outlet B", "url": feed_server.url("/b.xml")},
        ],
        slack={"channel": "#claims"},
    )
    clock = FakeClock(NOW)
    app = _build(cfg, slack, clock)
    try:
        report = app.cycle(all_feeds=True)
    finally:
        app.close()
    assert report.stats.feeds_ok == 2 and report.stats.new_items == 3
    # one thread for the claim: a parent with the tally, the two alerts as replies
    parents = [m for m in slack.messages("#claims") if m.thread_ts is None]
    msgs = [m for m in slack.messages("#claims") if m.thread_ts is not None]
    assert len(parents) == 1 and len(msgs) == 2
    assert all(m.thread_ts == parents[0].ts for m in msgs)
    assert "1 update · 1 contradiction" in str(parents[0].blocks)
    by_stance = {("CONTRADICTION" in (m.text or "")): m for m in msgs}
    assert set(by_stance) == {True, False}
    denial = by_stance[True]
    blocks_text = str(denial.blocks)
    assert "CONTRADICTION" in blocks_text and "Kremlin denies" in blocks_text
    assert "example.org/news/kremlin-denies" in blocks_text
    assert denial.link_names in (False, None)
    assert denial.reply_broadcast and not by_stance[False].reply_broadcast

    db = sqlite3.connect(tmp_path / "state" / "claimwatch.db")
    rows = db.execute("SELECT claim_id, stance, evidence FROM matches ORDER BY id").fetchall()
    assert {(r[0], r[1]) for r in rows} == {
        ("musk-putin-contact", "update"),
        ("musk-putin-contact", "contradiction"),
    }
    assert all(r[2] for r in rows)
    assert db.execute("SELECT count(*) FROM alerts WHERE status='sent'").fetchone()[0] == 2
    db.close()

    # the same process again, then a restart: nothing new is posted
    clock.advance(3600)
    app = _build(cfg, slack, clock)
    try:
        app.cycle(all_feeds=True)
        app.cycle(all_feeds=True)
    finally:
        app.close()
    assert len(slack.messages("#claims")) == 3


def test_hostile_title_reaches_slack_escaped(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    hostile = {
        **REPORT,
        "title": "<!channel> <@U123> <!subteam^S1> Musk held secret talks with Putin &amp;lt;",
    }
    feed_server.add("/h.xml", _items(hostile))
    cfg = write_config(
        tmp_path / "config.toml", feeds=[{"name": "<!here>", "url": feed_server.url("/h.xml")}]
    )
    app = _build(cfg, slack, FakeClock(NOW))
    try:
        app.cycle(all_feeds=True)
    finally:
        app.close()
    everything = " ".join(f"{m.text} {m.blocks}" for m in slack.messages())
    for ping in ("<!channel>", "<@U123>", "<!subteam^S1>", "<!here>"):
        assert ping not in everything
    assert "&lt;!channel&gt;" in everything


def test_one_bad_feed_does_not_stop_the_others(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    feed_server.add("/good.xml", _items(REPORT))
    feed_server.route("/slow.xml", slow_drip(interval=0.2, size=100_000))
    feed_server.add("/garbage.xml", b"\x00\xff not a feed at all \x01" * 50)
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[
            {"name": "Slow", "url": feed_server.url("/slow.xml")},
            {"name": "Garbage", "url": feed_server.url("/garbage.xml")},
            {"name": "Good", "url": feed_server.url("/good.xml")},
            {"name": "Refused", "url": "http://127.0.0.1:9/feed.xml"},
        ],
        bot={"fetch_timeout": "2s"},
    )
    app = _build(cfg, slack, FakeClock(NOW))
    try:
        report = app.cycle(all_feeds=True)
        feeds = {f.name: f for f in app.store.feeds()}
    finally:
        app.close()
    outcome = {o.feed.name: o for o in report.outcomes}
    assert outcome["Good"].ok and outcome["Good"].new_items == 1
    assert not outcome["Slow"].ok and feeds["Slow"].error_kind == "timeout"
    assert not outcome["Garbage"].ok and feeds["Garbage"].error_kind == "not_a_feed"
    assert not outcome["Refused"].ok and feeds["Refused"].error_kind == "connect"
    assert all(feeds[n].failures == 1 and feeds[n].last_error for n in ("Slow", "Garbage"))
    assert len([m for m in slack.messages() if m.thread_ts]) == 1


def _cli(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_once_run_with_slack_then_again(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    # the CLI uses the real clock: give the items a date that is recent for it
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    feed_server.add(
        "/a.xml", rss_document([{**REPORT, "pubDate": now}, {**DENIAL, "pubDate": now}])
    )
    write_config(
        tmp_path / "config.toml",
        feeds=[{"name": "Outlet A", "url": feed_server.url("/a.xml")}],
        slack={"channel": "#claims", "base_url": slack.base_url},
    )
    env = {"SLACK_BOT_TOKEN": TOKEN}
    first = _cli("run", "--once", cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    assert "alerts sent" in first.stdout
    assert len(slack.messages("#claims")) == 3  # thread parent + two replies
    second = _cli("run", "--once", cwd=tmp_path, env=env)
    assert second.returncode == 0, second.stderr
    assert len(slack.messages("#claims")) == 3
    assert TOKEN not in first.stdout + first.stderr + second.stdout + second.stderr


def test_cli_once_run_without_slack_prints_to_console(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    from datetime import UTC, datetime

    feed_server.add("/a.xml", rss_document([{**DENIAL, "pubDate": datetime.now(UTC)}]))
    write_config(
        tmp_path / "config.toml", feeds=[{"name": "Outlet A", "url": feed_server.url("/a.xml")}]
    )
    run = _cli("run", "--once", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "CONTRADICTION" in run.stdout and "Kremlin denies" in run.stdout
    db = sqlite3.connect(tmp_path / "state" / "claimwatch.db")
    assert db.execute("SELECT status, delivered_to FROM alerts").fetchall() == [("sent", "console")]
    db.close()


def test_once_run_exits_zero_when_feeds_fail_but_two_for_unusable_database(tmp_path: Path) -> None:
    write_config(tmp_path / "config.toml", feeds=[{"name": "Down", "url": "http://127.0.0.1:9/x"}])
    run = _cli("run", "--once", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "Down" in run.stdout
    (tmp_path / "blocker").write_text("a file where a folder should be")
    write_config(
        tmp_path / "config.toml",
        feeds=[{"name": "Down", "url": "http://127.0.0.1:9/x"}],
        bot={"database": str(tmp_path / "blocker" / "db.sqlite")},
    )
    bad = _cli("run", "--once", cwd=tmp_path)
    assert bad.returncode == 2
    assert "cannot open database" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.parametrize("args", [["--help"], ["run", "--help"], ["classify", "--help"]])
def test_help(args: list[str], tmp_path: Path) -> None:
    out = _cli(*args, cwd=tmp_path)
    assert out.returncode == 0 and "Usage" in out.stdout

"""Polling over time: per-feed state, timing, backoff, moves, edits and feed health.

Real loopback servers, the real SQLite store, and an injected FakeClock: nothing sleeps
through a backoff.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from support import FeedServer, SlackStandIn, redirect, rss_document, static, status
from support.feed_server import PUBLIC_IP, PretendInternet, slow_headers
from support.helpers import DENIAL, NOW, REPORT, write_config

from bot import config as config_mod
from bot.app import App
from bot.cli import cli
from bot.clock import FakeClock
from bot.intake.fetch import Fetcher
from bot.intake.timing import (
    CEILING,
    FLOOR,
    HINT_CEILING,
    backoff,
    next_failure_poll,
    next_success_poll,
)
from bot.pipeline import Poller
from bot.schedule import Runner
from bot.slack.protocol import SendError, Sent
from bot.slack.senders import SlackSender
from bot.store import FeedState, open_store

TOKEN = "xoxb-test"


def _app(cfg_path: Path, clock: FakeClock, slack: SlackStandIn | None = None, **kw: Any) -> App:
    cfg = config_mod.load(str(cfg_path))
    sender = kw.pop("sender", None)
    if sender is None and slack is not None:
        sender = SlackSender(TOKEN, slack.base_url, timeout=5)
    return App.build(cfg, clock=clock, sender=sender)


def _feed(app: App, name: str) -> FeedState:
    (feed,) = [f for f in app.store.feeds(active_only=False) if f.name == name]
    return feed


def _events(app: App) -> list[tuple[str, str]]:
    rows = app.store.query("SELECT event, detail FROM feed_events ORDER BY id")
    return [(r["event"], r["detail"]) for r in rows]


def _doc(*items: dict[str, Any]) -> str:
    return rss_document([{**i, "pubDate": NOW} for i in items])


# ── timing (pure) ──────────────────────────────────────────────────────────────────
def test_backoff_grows_exponentially_and_is_capped() -> None:
    waits = [backoff(600, n) for n in range(1, 12)]
    assert waits[:4] == [600, 1200, 2400, 4800]
    assert waits[-1] == CEILING and all(a <= b for a, b in itertools.pairwise(waits))
    rng = random.Random(7)
    for failures in range(1, 60):  # never gives up, never waits past the ceiling
        at = next_failure_poll(NOW, 600, failures, rng=rng)
        assert timedelta(seconds=500) <= at - NOW <= timedelta(seconds=CEILING)


def test_cache_control_and_expires_stretch_the_interval_within_limits() -> None:
    rng = random.Random(1)

    def wait(headers: dict[str, str], interval: float = 600) -> float:
        return (next_success_poll(NOW, interval, headers, rng) - NOW).total_seconds()

    assert 1800 * 0.9 <= wait({"cache-control": "public, max-age=1800"}) <= 1800 * 1.1
    assert 1500 * 0.9 <= wait({"cache-control": "max-age=1800", "age": "300"}) <= 1500 * 1.1
    expires = format_datetime(NOW + timedelta(minutes=40), usegmt=True)
    assert 2400 * 0.9 <= wait({"expires": expires}) <= 2400 * 1.1
    # a hint never shortens the interval, and a day-long CDN default is capped
    assert wait({"cache-control": "max-age=60"}) >= 600 * 0.9
    assert wait({"cache-control": "max-age=86400"}) <= HINT_CEILING * 1.1
    assert wait({"cache-control": "no-cache, max-age=3000"}) <= 600 * 1.1
    # a Retry-After on a good answer is honoured, jitter never makes it earlier
    assert wait({"retry-after": "7200"}) >= 7200
    # the floor: a feed configured at 10 minutes never polls faster than FLOOR
    assert wait({}, interval=FLOOR) >= FLOOR * 0.9


def test_retry_after_is_never_undercut_by_jitter() -> None:
    for seed in range(50):
        at = next_failure_poll(NOW, 60, 1, retry_after=900, rng=random.Random(seed))
        assert at - NOW >= timedelta(seconds=900)
    capped = next_failure_poll(NOW, 60, 1, retry_after=10 * 86400)
    assert capped - NOW <= timedelta(seconds=CEILING)


# ── per-feed state and scheduling ─────────────────────────────────────────────────
def test_due_feeds_selection(tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.add("/fast.xml", _doc(REPORT))
    feed_server.add("/slow.xml", _doc(DENIAL))
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[
            {"name": "Fast", "url": feed_server.url("/fast.xml"), "interval": "5m"},
            {"name": "Slow", "url": feed_server.url("/slow.xml"), "interval": "1h"},
        ],
    )
    clock = FakeClock(NOW)
    app = _app(cfg, clock)
    try:
        assert {f.name for f in app.store.due_feeds(clock.now())} == {"Fast", "Slow"}
        app.cycle()
        assert app.store.due_feeds(clock.now()) == []
        clock.advance(6 * 60)
        assert [f.name for f in app.store.due_feeds(clock.now())] == ["Fast"]
        report = app.cycle()
        assert [o.feed.name for o in report.outcomes] == ["Fast"]
        assert report.outcomes[0].status == "not_modified"
        clock.advance(3600)
        assert {f.name for f in app.store.due_feeds(clock.now())} == {"Fast", "Slow"}
        fast = _feed(app, "Fast")
        assert fast.etag and fast.last_modified and fast.body_hash and fast.last_success
    finally:
        app.close()


def test_unchanged_body_is_skipped_without_parsing_when_server_ignores_conditional_get(
    tmp_path: Path, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed_server.route("/feed.xml", static(_doc(REPORT), conditional=False))
    cfg = write_config(
        tmp_path / "config.toml", feeds=[{"name": "A", "url": feed_server.url("/feed.xml")}]
    )
    app = _app(cfg, FakeClock(NOW))
    try:
        assert app.cycle(all_feeds=True).outcomes[0].new_items == 1
        import bot.pipeline

        def no_parsing(*args: object) -> None:
            raise AssertionError("an unchanged body was parsed")

        monkeypatch.setattr(bot.pipeline, "parse_feed", no_parsing)
        (outcome,) = app.cycle(all_feeds=True).outcomes
        assert outcome.ok and outcome.status == "unchanged"
        assert feed_server.requests_for("/feed.xml")[1].header("If-None-Match") is None
    finally:
        app.close()


def test_cache_control_from_the_server_sets_next_poll(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.route("/feed.xml", static(_doc(REPORT), headers={"Cache-Control": "max-age=2400"}))
    cfg = write_config(
        tmp_path / "config.toml", feeds=[{"name": "A", "url": feed_server.url("/feed.xml")}]
    )
    app = _app(cfg, FakeClock(NOW))
    try:
        app.cycle()
        nxt = _feed(app, "A").next_poll
        assert nxt is not None and 2400 * 0.9 <= (nxt - NOW).total_seconds() <= 2400 * 1.1
    finally:
        app.close()


def test_failures_back_off_and_never_give_up(tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.route("/down.xml", status(503))
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[{"name": "Down", "url": feed_server.url("/down.xml"), "interval": "10m"}],
    )
    clock = FakeClock(NOW)
    app = _app(cfg, clock)
    waits = []
    try:
        for _ in range(12):
            report = app.cycle()
            assert len(report.outcomes) == 1 and not report.outcomes[0].ok
            feed = _feed(app, "Down")
            assert feed.next_poll is not None
            waits.append((feed.next_poll - clock.now()).total_seconds())
            clock.advance(waits[-1])
        feed = _feed(app, "Down")
        assert feed.failures == 12 and feed.active and feed.error_kind == "http_503"
        assert feed.failing_since == NOW
    finally:
        app.close()
    assert 540 <= waits[0] <= 660 and 1080 <= waits[1] <= 1320
    assert max(waits) <= CEILING and waits[-1] >= CEILING * 0.9


def test_429_next_poll_honours_retry_after(tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.route("/busy.xml", status(429, retry_after=5400))
    cfg = write_config(
        tmp_path / "config.toml", feeds=[{"name": "Busy", "url": feed_server.url("/busy.xml")}]
    )
    app = _app(cfg, FakeClock(NOW))
    try:
        app.cycle()
        feed = _feed(app, "Busy")
        assert feed.error_kind == "http_429" and feed.last_status == 429
        assert feed.next_poll is not None and feed.next_poll - NOW >= timedelta(seconds=5400)
    finally:
        app.close()


def test_301_then_200_updates_the_url_and_records_the_move(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.route("/old.xml", redirect("/new.xml", 301))
    feed_server.add("/new.xml", _doc(REPORT))
    old, new = feed_server.url("/old.xml"), feed_server.url("/new.xml")
    cfg = write_config(tmp_path / "config.toml", feeds=[{"name": "Mover", "url": old}])
    clock = FakeClock(NOW)
    app = _app(cfg, clock)
    try:
        assert app.cycle().outcomes[0].new_items == 1
        feed = _feed(app, "Mover")
        assert feed.url == new and feed.configured_url == old
        assert ("moved", f"{old} -> {new}") in _events(app)
        clock.advance(3600)
        app.cycle(all_feeds=True)
        assert feed_server.hits("/old.xml") == 1 and feed_server.hits("/new.xml") == 2
    finally:
        app.close()
    # writing the new URL into the config keeps the feed (its state and items) as it is
    write_config(tmp_path / "config.toml", feeds=[{"name": "Mover", "url": new}])
    app = _app(cfg, clock)
    try:
        (feed,) = app.store.feeds(active_only=False)
        assert feed.url == new == feed.configured_url and feed.etag
    finally:
        app.close()


def test_410_disables_the_feed_and_says_so(tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.route("/gone.xml", status(410))
    cfg = write_config(
        tmp_path / "config.toml", feeds=[{"name": "Gone", "url": feed_server.url("/gone.xml")}]
    )
    clock = FakeClock(NOW)
    app = _app(cfg, clock)
    try:
        app.cycle()
        feed = _feed(app, "Gone")
        assert not feed.active and feed.last_status == 410
        assert feed.disabled_reason and "410" in feed.disabled_reason
        assert [e for e, _ in _events(app)] == ["disabled"]
        clock.advance(86400)
        assert app.cycle().outcomes == [] and feed_server.hits("/gone.xml") == 1
    finally:
        app.close()
    rows = _cli_json(cfg)
    assert rows[0]["status"] == "disabled" and "410" in rows[0]["disabled_reason"]


def test_connection_refused_and_unresolvable_host_are_recorded(tmp_path: Path) -> None:
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[
            {"name": "Refused", "url": "http://127.0.0.1:9/feed.xml"},
            {"name": "Nowhere", "url": "http://feeds.example.invalid/rss"},
        ],
    )
    app = _app(cfg, FakeClock(NOW))
    try:
        app.cycle()
        assert _feed(app, "Refused").error_kind == "connect"
        nowhere = _feed(app, "Nowhere")
        assert nowhere.error_kind == "dns" and "feeds.example.invalid" in (nowhere.last_error or "")
    finally:
        app.close()


# ── edited items ──────────────────────────────────────────────────────────────────
def _alerts(app: App) -> list[dict[str, Any]]:
    return app.store.query("SELECT kind, change, claim_id FROM alerts ORDER BY id")


def test_an_edited_headline_alerts_once_with_the_change(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    feed_server.add("/feed.xml", _doc(REPORT))
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[{"name": "Outlet", "url": feed_server.url("/feed.xml")}],
        slack={"channel": "#claims", "threads": False},
    )
    clock = FakeClock(NOW)
    app = _app(cfg, clock, slack)
    try:
        app.cycle()
        assert [a["kind"] for a in _alerts(app)] == ["new"]
        edited = {
            **REPORT,
            "title": "Kremlin denies Elon Musk held secret talks with Vladimir Putin",
            "summary": "Kremlin spokesman Dmitry Peskov denied the report: Musk and Putin had"
            " only one phone call.",
        }
        feed_server.set("/feed.xml", _doc(edited))
        clock.advance(3600)
        report = app.cycle()
        assert report.outcomes[0].edited_items == 1 and report.outcomes[0].new_items == 0
        alerts = _alerts(app)
        assert [a["kind"] for a in alerts] == ["new", "edited"]
        assert alerts[1]["change"] == "edited: stance changed from update to contradiction"
        clock.advance(3600)
        app.cycle(all_feeds=True)
        assert len(_alerts(app)) == 2
    finally:
        app.close()
    texts = [str(m.blocks) + (m.text or "") for m in slack.messages("#claims")]
    assert len(texts) == 2 and "stance changed" in texts[1]


def test_cosmetic_changes_never_alert(tmp_path: Path, feed_server: FeedServer) -> None:
    """Whitespace, entity encoding and tracking parameters in the link (which stands in for
    the missing guid) are not edits."""
    item = (
        "<item><title>{title}</title><link>{link}</link>"
        "<description>{summary}</description><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>"
        "</item>"
    )
    link = "https://example.org/news/musk-putin-talks"

    def doc(title: str, link: str, summary: str) -> str:
        return (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
            + item.format(title=title, link=link, summary=summary)
            + "</channel></rss>"
        )

    feed_server.add(
        "/feed.xml",
        doc(
            "Elon Musk held secret talks with Vladimir Putin &amp; aides",
            link,
            "The billionaire has been in regular contact with the Russian president.",
        ),
    )
    cfg = write_config(
        tmp_path / "config.toml", feeds=[{"name": "A", "url": feed_server.url("/feed.xml")}]
    )
    clock = FakeClock(NOW)
    app = _app(cfg, clock)
    try:
        app.cycle()
        assert len(_alerts(app)) == 1
        feed_server.set(
            "/feed.xml",
            doc(
                "  Elon Musk held secret  talks with Vladimir Putin &#38; aides ",
                link + "?utm_source=rss&amp;utm_medium=feed&amp;fbclid=xyz",
                "The billionaire has been in regular\n contact with the Russian president.",
            ),
        )
        clock.advance(3600)
        (outcome,) = app.cycle(all_feeds=True).outcomes
        assert outcome.status == "fetched" and outcome.new_items == 0
        assert outcome.edited_items == 0 and len(_alerts(app)) == 1
    finally:
        app.close()


# ── feed health: ops notices, `claimwatch feeds`, `claimwatch health` ─────────────
def test_a_failing_feed_that_recovers_tells_ops_once_each_way(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    feed_server.route("/flaky.xml", status(500))
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[{"name": "Flaky <Outlet>", "url": feed_server.url("/flaky.xml"), "interval": "10m"}],
        slack={"channel": "#claims", "ops_channel": "#ops", "feed_failing_after": "1h"},
    )
    clock = FakeClock(NOW)
    app = _app(cfg, clock, slack)
    try:
        for _ in range(8):  # 0, 10, 30, 70 min, ... failing: one notice once past an hour
            app.cycle(all_feeds=True)
            clock.advance(30 * 60)
        assert _feed(app, "Flaky <Outlet>").failures == 8
        (failing,) = slack.messages("#ops")
        assert "failing since" in (failing.text or "") and "HTTP 500" in (failing.text or "")
        assert "&lt;Outlet&gt;" in (failing.text or "")  # feed-provided text is escaped
        feed_server.route("/flaky.xml", static(_doc(REPORT)))
        app.cycle(all_feeds=True)
        clock.advance(3600)
        app.cycle(all_feeds=True)
        ops = slack.messages("#ops")
        assert len(ops) == 2 and "works again" in (ops[1].text or "")
        assert [e for e, _ in _events(app)] == ["failing", "recovered"]
    finally:
        app.close()


class _FlakySender:
    """A sender whose ops posts fail until told otherwise."""

    name = "flaky"

    def __init__(self) -> None:
        self.up = False
        self.posted: list[tuple[str, str]] = []

    def post_text(self, channel: str, text: str) -> Sent:
        if not self.up:
            raise SendError("cannot reach Slack", code="connection")
        self.posted.append((channel, text))
        return Sent("flaky")


def test_ops_notices_wait_for_slack_and_are_sent_once(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    from bot.health import deliver_ops_notices

    feed_server.route("/gone.xml", status(410))
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[{"name": "Gone", "url": feed_server.url("/gone.xml")}],
        slack={"ops_channel": "#ops"},
    )
    clock = FakeClock(NOW)
    app = _app(cfg, clock)
    sender = _FlakySender()
    try:
        app.poller.poll()
        assert deliver_ops_notices(app.store, sender, "#ops", clock.now()) == 0  # type: ignore[arg-type]
        clock.advance(10)
        sender.up = True
        assert deliver_ops_notices(app.store, sender, "#ops", clock.now()) == 0  # type: ignore[arg-type]
        clock.advance(60)  # past the retry time
        assert deliver_ops_notices(app.store, sender, "#ops", clock.now()) == 1  # type: ignore[arg-type]
        assert deliver_ops_notices(app.store, sender, "#ops", clock.now()) == 0  # type: ignore[arg-type]
    finally:
        app.close()
    ((channel, text),) = sender.posted
    assert channel == "#ops" and "disabled" in text and "410" in text


def _cli_json(cfg: Path) -> list[dict[str, Any]]:
    out = CliRunner().invoke(cli, ["feeds", "--config", str(cfg), "--format", "json"])
    assert out.exit_code == 0, out.output
    rows: list[dict[str, Any]] = json.loads(out.output)
    return rows


def test_feeds_command_lists_every_feed_with_its_health(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    from datetime import UTC, datetime

    feed_server.add("/ok.xml", rss_document([{**REPORT, "pubDate": datetime.now(UTC)}]))
    feed_server.route("/missing.xml", status(404))
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[
            {"name": "Good", "url": feed_server.url("/ok.xml")},
            {"name": "Broken", "url": feed_server.url("/missing.xml")},
        ],
    )
    runner = CliRunner()
    assert runner.invoke(cli, ["health", "--config", str(cfg)]).exit_code == 1  # no cycle yet
    assert runner.invoke(cli, ["run", "--once", "--config", str(cfg)]).exit_code == 0
    rows = {r["name"]: r for r in _cli_json(cfg)}
    assert rows["Good"]["status"] == "ok" and rows["Good"]["items_7d"] == 1
    assert rows["Good"]["last_success"] and rows["Good"]["next_poll"]
    assert rows["Broken"]["status"] == "failing" and rows["Broken"]["failures"] == 1
    assert "404" in rows["Broken"]["last_error"] and rows["Broken"]["last_success"] is None
    table = runner.invoke(cli, ["feeds", "--config", str(cfg)])
    assert table.exit_code == 0 and "Broken" in table.output and "failing" in table.output
    healthy = runner.invoke(cli, ["health", "--config", str(cfg)])
    assert healthy.exit_code == 0 and healthy.output.startswith("healthy")
    # a cycle recorded long ago is stale
    db = sqlite3.connect(tmp_path / "state" / "claimwatch.db")
    db.execute("UPDATE cycles SET finished = '2020-01-01T00:00:00Z'")
    db.execute("UPDATE bot_state SET value = '2020-01-01T00:00:00Z' WHERE key = 'last_cycle'")
    db.commit()
    db.close()
    stale = runner.invoke(cli, ["health", "--config", str(cfg), "--max-age", "10m"])
    assert stale.exit_code == 1 and stale.output.startswith("UNHEALTHY")


def test_a_poller_starts_without_the_matcher_rich_or_httpx_cli() -> None:
    # loaded when needed: the matcher and story clustering for the first new item, rich
    # for the first console alert; httpx's command-line client never
    code = (
        "import dataclasses, sys\n"
        "from bot import config\n"
        "from bot.app import App\n"
        "from bot.slack.senders import ConsoleSender\n"
        "cfg = config.load(None)\n"
        "bot = dataclasses.replace(cfg.bot, database=':memory:')\n"
        "app = App.build(dataclasses.replace(cfg, bot=bot), sender=ConsoleSender())\n"
        "app.close()\n"
        "eager = {'bot.matching', 'bot.stories.index', 'rapidfuzz', 'rich', 'pygments', 'pydantic'}\n"
        "assert not eager & set(sys.modules), eager & set(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[1])


# ── parsing in worker processes ───────────────────────────────────────────────────
@pytest.fixture
def processes_for_every_body(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """Any body, however small, goes to the parser processes, started with the first one."""
    import bot.pipeline

    monkeypatch.setattr(bot.pipeline, "PROCESS_PARSE_MIN_BYTES", 0)
    monkeypatch.setattr(bot.pipeline, "PROCESS_POOL_MIN_FEEDS", 1)
    return monkeypatch


def test_parser_processes_parse_and_report_errors(
    tmp_path: Path, feed_server: FeedServer, processes_for_every_body: pytest.MonkeyPatch
) -> None:
    import bot.pipeline

    processes_for_every_body.setattr(bot.pipeline, "PROCESS_POOL_MIN_FEEDS", 2)
    feed_server.add("/a.xml", _doc(REPORT, DENIAL))
    feed_server.add("/page.xml", "<!DOCTYPE html><html><body>log in</body></html>")
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[
            {"name": "A", "url": feed_server.url("/a.xml")},
            {"name": "Page", "url": feed_server.url("/page.xml")},
        ],
    )
    app = _app(cfg, FakeClock(NOW))
    app.poller.parsers.workers = 2  # as on a machine with three cores
    try:
        outcomes = {o.feed.name: o for o in app.cycle().outcomes}
        processes = app.poller.parsers.processes
        assert len(processes) == 2  # the processes did the parsing
        pids = [p.pid for p in processes]
        if sys.platform.startswith("linux"):  # lean: no OpenSSL (hashlib, ssl) loaded
            maps = Path(f"/proc/{pids[0]}/maps").read_text()
            assert "libcrypto" not in maps and "libssl" not in maps
    finally:
        app.close()
    assert not app.poller.parsers.processes
    for pid in pids:  # closing ended them
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert outcomes["A"].new_items == 2 and outcomes["A"].matches == 2
    assert outcomes["A"].alerts == 2
    assert not outcomes["Page"].ok and "HTML page" in (outcomes["Page"].error or "")


@pytest.mark.usefixtures("processes_for_every_body")
def test_a_parser_process_that_dies_leaves_parsing_to_threads(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.route("/a.xml", static(_doc(REPORT), conditional=False))
    feed_server.route("/b.xml", static(_doc(DENIAL), conditional=False))
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[
            {"name": "A", "url": feed_server.url("/a.xml")},
            {"name": "B", "url": feed_server.url("/b.xml")},
        ],
    )
    app = _app(cfg, FakeClock(NOW))
    app.poller.parsers.workers = 1
    try:
        (first,) = app.poller.poll([f for f in app.store.feeds() if f.name == "A"])
        assert first.ok and len(app.poller.parsers.processes) == 1
        os.kill(app.poller.parsers.processes[0].pid, signal.SIGKILL)
        outcomes = {o.feed.name: o for o in app.cycle(all_feeds=True).outcomes}
    finally:
        app.close()
    assert outcomes["B"].ok and outcomes["B"].new_items == 1
    assert app.poller.parsers.workers == 0 and not app.poller.parsers.processes


@pytest.mark.usefixtures("processes_for_every_body")
def test_parser_processes_follow_the_config_and_zero_keeps_parsing_in_threads(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feed_server.route("/a.xml", static(_doc(REPORT), conditional=False))
    feeds = [{"name": "A", "url": feed_server.url("/a.xml")}]
    path = tmp_path / "config.toml"

    def with_processes(n: int) -> Path:
        return write_config(path, feeds=feeds, bot={"parser_processes": n})

    app = _app(with_processes(0), FakeClock(NOW))
    try:
        assert app.cycle(all_feeds=True).outcomes[0].new_items == 1
        assert app.poller.parsers.workers == 0 and not app.poller.parsers.processes
        # a live edit to one process applies from the next cycle
        app.apply_config(config_mod.load(str(with_processes(1))))
        feed_server.route("/a.xml", static(_doc(REPORT, DENIAL), conditional=False))
        assert app.cycle(all_feeds=True).outcomes[0].new_items == 1
        (proc,) = app.poller.parsers.processes
        # and back to none: the running process is ended
        app.apply_config(config_mod.load(str(with_processes(0))))
        assert not app.poller.parsers.processes
        with pytest.raises(ProcessLookupError):
            os.kill(proc.pid, 0)
    finally:
        app.close()


def test_a_failed_write_rolls_back_the_feed_state_too(
    tmp_path: Path, feed_server: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.errors import StorageError

    feed_server.route("/feed.xml", static(_doc(REPORT), conditional=False))
    cfg = write_config(
        tmp_path / "config.toml", feeds=[{"name": "A", "url": feed_server.url("/feed.xml")}]
    )
    app = _app(cfg, FakeClock(NOW))
    try:
        real = app.store.write_items

        def broken(*args: Any, **kwargs: Any) -> Any:
            raise StorageError("disk full")

        monkeypatch.setattr(app.store, "write_items", broken)
        (failed,) = app.cycle(all_feeds=True).outcomes
        assert not failed.ok and "disk full" in (failed.error or "")
        assert _feed(app, "A").body_hash is None  # the same body is parsed again next time
        monkeypatch.setattr(app.store, "write_items", real)
        (again,) = app.cycle(all_feeds=True).outcomes
        assert again.ok and again.new_items == 1
    finally:
        app.close()


def test_malloc_is_tuned_where_glibc_allows_it() -> None:
    import platform
    import sys

    from bot.intake.malloc import tune_malloc

    glibc = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"
    assert tune_malloc() is glibc
    assert tune_malloc() is glibc  # again: no harm


# ── where a feed may lead ─────────────────────────────────────────────────────────
def _poller(cfg_path: Path, internet: PretendInternet) -> Poller:
    cfg = config_mod.load(str(cfg_path))
    fetcher = Fetcher("claimwatch-test", timeout=5.0, network=internet)
    return Poller(cfg, open_store(cfg.bot.database), FakeClock(NOW), fetcher=fetcher)


@pytest.mark.parametrize("allow", [False, True])
def test_a_public_feed_redirected_to_a_private_address_is_refused_unless_allowed(
    tmp_path: Path, feed_server: FeedServer, allow: bool
) -> None:
    feed_server.route("/feed.xml", redirect(feed_server.url("/intranet.xml"), 302))
    feed_server.add("/intranet.xml", _doc(REPORT))
    internet = PretendInternet({"news.example.com": [PUBLIC_IP]}, {PUBLIC_IP: feed_server.port})
    cfg = write_config(
        tmp_path / "config.toml",
        feeds=[{"name": "News", "url": "http://news.example.com/feed.xml"}],
        bot={"allow_private_addresses": allow},
    )
    poller = _poller(cfg, internet)
    try:
        (outcome,) = poller.poll(poller.store.feeds())
    finally:
        poller.close()
        poller.store.close()
    if allow:
        assert outcome.ok and outcome.new_items == 1
    else:
        assert not outcome.ok and outcome.feed.error_kind == "blocked_address"
        assert "127.0.0.1" in (outcome.error or "") and feed_server.hits("/intranet.xml") == 0


def test_a_redirect_to_javascript_is_logged_as_a_refused_redirect(
    tmp_path: Path, feed_server: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    feed_server.route("/feed.xml", redirect("javascript:alert(document.domain)", 302))
    cfg = write_config(
        tmp_path / "config.toml", feeds=[{"name": "JS", "url": feed_server.url("/feed.xml")}]
    )
    app = _app(cfg, FakeClock(NOW))
    try:
        with caplog.at_level(logging.INFO, logger="claimwatch.poll"):
            (outcome,) = app.cycle().outcomes
    finally:
        app.close()
    assert outcome.feed.error_kind == "bad_redirect"
    assert (outcome.error or "").startswith("refused redirect to a non-HTTP URL: javascript:")
    assert not [r for r in caplog.records if r.exc_info or "internal error" in r.getMessage()]
    assert any("refused redirect" in r.getMessage() for r in caplog.records)


# ── stopping, and delivery beside polling ─────────────────────────────────────────
def _stuck_config(tmp_path: Path, feed_server: FeedServer) -> Path:
    """A feed whose server sends its status line, then a header byte every 0.2 s."""
    feed_server.route("/slow.xml", slow_headers(interval=0.2, size=100_000))
    return write_config(
        tmp_path / "config.toml",
        feeds=[{"name": "Slow", "url": feed_server.url("/slow.xml")}],
        bot={"fetch_timeout": "10m"},
    )


@pytest.mark.parametrize(
    ("args", "sig"), [(["run"], signal.SIGTERM), (["run", "--once"], signal.SIGINT)]
)
def test_a_stop_signal_ends_a_stuck_cycle_within_seconds(
    tmp_path: Path, feed_server: FeedServer, args: list[str], sig: signal.Signals
) -> None:
    cfg = _stuck_config(tmp_path, feed_server)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", *args, "--config", str(cfg)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while feed_server.hits("/slow.xml") < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert feed_server.hits("/slow.xml") == 1
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=15)  # not the 10 minutes of fetch_timeout
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert "Traceback" not in err
    if sig == signal.SIGTERM:
        assert proc.returncode == 0 and "claimwatch stopped" in err
    else:
        # run --once: the cycle ends cleanly, what came stored, and the summary printed
        assert proc.returncode == 0 and "interrupted" in err


def test_delivery_never_waits_on_polling(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    feed_server.add("/news.xml", _doc(REPORT))
    cfg = _stuck_config(tmp_path, feed_server)
    write_config(
        cfg,
        feeds=[
            {"name": "News", "url": feed_server.url("/news.xml")},
            {"name": "Slow", "url": feed_server.url("/slow.xml")},
        ],
        bot={"fetch_timeout": "10m"},
        slack={"channel": "#claims", "threads": False},
    )
    app = _app(cfg, FakeClock(NOW), slack)
    runner = Runner(app.config, str(cfg), app)
    poll = threading.Thread(target=runner.poll_job)
    try:
        app.poller.poll([_feed(app, "News")])  # its alert waits in the outbox
        assert app.deliverer.outbox.undelivered() == 1
        poll.start()  # Slow is due: this cycle is stuck on it
        deadline = time.monotonic() + 30
        while feed_server.hits("/slow.xml") < 1 and time.monotonic() < deadline:
            time.sleep(0.05)
        deliver = threading.Thread(target=runner.deliver_job)
        deliver.start()
        deliver.join(timeout=15)
        assert not deliver.is_alive() and poll.is_alive()
        assert app.deliverer.outbox.undelivered() == 0 and len(slack.messages("#claims")) == 1
    finally:
        runner.stop("the test is over")
        if poll.is_alive():
            poll.join(timeout=15)
        slow = _feed(app, "Slow")
        app.close()
    assert not poll.is_alive()
    assert slow.failures == 0 and slow.last_polled is None  # stopped: not the feed's failure

"""Live configuration: a running bot follows edits of config.toml, and survives bad ones.

One test drives a real `python -m bot run` subprocess against the feed server with real
file edits (the scheduler tick shortened through CLAIMWATCH_TICK); the others call the
Runner's reload job directly, to pin down each rule quickly.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from support import FeedServer, rss_document
from support.helpers import DENIAL, NOW, REPORT, write_config

from bot import config as config_mod
from bot.app import App
from bot.schedule import Runner, tick_seconds
from bot.slack.protocol import Sent
from bot.slack.render import Message
from bot.store import PendingAlert


class OpsRecorder:
    """A sender that records operational notices (and accepts alerts)."""

    name = "console"

    def __init__(self) -> None:
        self.notices: list[tuple[str, str]] = []

    def send(self, alert: PendingAlert, message: Message) -> Sent:
        return Sent("console")

    def post_text(self, channel: str, text: str) -> Sent:
        self.notices.append((channel, text))
        return Sent("console")


def _wait(what: str, cond: Callable[[], bool], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def rss_feed_items(*items: dict[str, str]) -> str:
    return rss_document([{**i, "pubDate": NOW} for i in items])


def _feed(server: FeedServer, path: str, name: str) -> dict[str, str]:
    return {"name": name, "url": server.url(path), "interval": "1s"}


@pytest.fixture
def runner(tmp_path: Path, feed_server: FeedServer) -> Iterator[tuple[Runner, OpsRecorder, Path]]:
    feed_server.add("/a.xml", rss_feed_items(REPORT))
    feed_server.add("/b.xml", rss_feed_items(DENIAL))
    cfg_path = write_config(
        tmp_path / "config.toml",
        feeds=[_feed(feed_server, "/a.xml", "Outlet A")],
        slack={"ops_channel": "#ops"},
    )
    ops = OpsRecorder()
    app = App.build(config_mod.load(str(cfg_path)), sender=ops)
    r = Runner(app.config, str(cfg_path), app)
    try:
        yield r, ops, cfg_path
    finally:
        app.close()


def _reload(r: Runner) -> None:
    r.reload_job()  # sees the new bytes
    r.reload_job()  # sees them again, unchanged: acts


def test_valid_edit_adds_a_feed_and_polls_it_at_once(
    runner: tuple[Runner, OpsRecorder, Path], feed_server: FeedServer
) -> None:
    r, ops, cfg_path = runner
    write_config(
        cfg_path,
        feeds=[_feed(feed_server, "/a.xml", "Outlet A"), _feed(feed_server, "/b.xml", "Outlet B")],
        slack={"ops_channel": "#ops"},
    )
    r.reload_job()
    assert len(r.app.config.feeds) == 1  # one look is not enough: the file may be half-written
    r.reload_job()
    assert [f.name for f in r.app.config.feeds] == ["Outlet A", "Outlet B"]
    assert len(feed_server.requests_for("/b.xml")) == 1  # polled by the reload, not a tick later
    assert ops.notices == []


def test_invalid_edit_keeps_the_last_good_config_and_tells_ops(
    runner: tuple[Runner, OpsRecorder, Path], caplog: pytest.LogCaptureFixture
) -> None:
    r, ops, cfg_path = runner
    before = r.app.config
    cfg_path.write_text(
        cfg_path.read_text(encoding="utf-8").replace('"1s"', '"soon"'), encoding="utf-8"
    )
    with caplog.at_level(logging.ERROR, logger="claimwatch.run"):
        _reload(r)
        _reload(r)  # reported once, not at every check
    assert r.app.config is before
    assert [rec.getMessage().count("feeds[0] Outlet A: interval") for rec in caplog.records] == [1]
    assert "last good config" in caplog.records[0].getMessage()
    assert len(ops.notices) == 1
    channel, text = ops.notices[0]
    assert channel == "#ops" and "feeds[0] Outlet A: interval" in text and "rejected" in text


def test_claims_edit_applies_to_matching_from_then_on(
    runner: tuple[Runner, OpsRecorder, Path],
) -> None:
    r, _, cfg_path = runner
    text = cfg_path.read_text(encoding="utf-8")
    cfg_path.write_text(
        text
        + '\n[[claims]]\nid = "new-claim"\nstatement = "A new claim"\nrequire = [["Peskov"]]\n',
        encoding="utf-8",
    )
    _reload(r)
    assert r.app.config.claim("new-claim") is not None
    assert r.app.poller.matcher.match("Peskov speaks", "")[0].claim_id == "new-claim"


def test_deleted_config_file_is_reported_and_ignored(
    runner: tuple[Runner, OpsRecorder, Path],
) -> None:
    r, ops, cfg_path = runner
    before = r.app.config
    cfg_path.unlink()
    _reload(r)
    assert r.app.config is before
    assert len(ops.notices) == 1 and "cannot read the config file" in ops.notices[0][1]


def test_tick_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMWATCH_TICK", "0.25")
    assert tick_seconds() == 0.25
    monkeypatch.setenv("CLAIMWATCH_TICK", "fast")
    assert tick_seconds() == 15.0


def test_running_bot_follows_real_config_edits(tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.add("/a.xml", rss_feed_items(REPORT))
    feed_server.add("/b.xml", rss_feed_items(DENIAL))
    a = _feed(feed_server, "/a.xml", "Outlet A")
    b = _feed(feed_server, "/b.xml", "Outlet B")
    cfg_path = write_config(tmp_path / "config.toml", feeds=[a])
    log_path = tmp_path / "bot.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env["CLAIMWATCH_TICK"] = "0.3"

    def polls(path: str) -> int:
        return len(feed_server.requests_for(path))

    def log() -> str:
        return log_path.read_text(encoding="utf-8")

    with open(log_path, "w", encoding="utf-8") as err, open(tmp_path / "out.txt", "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", "--config", str(cfg_path)],
            cwd=tmp_path,
            env=env,
            stdout=out,
            stderr=err,
        )
        try:
            _wait("the first poll of A", lambda: polls("/a.xml") >= 1)
            assert polls("/b.xml") == 0

            # a valid edit: B is added, and polled within seconds
            write_config(cfg_path, feeds=[a, b])
            _wait("B to be polled", lambda: polls("/b.xml") >= 1, timeout=10)
            assert "config reloaded" in log() and "1 added" in log()

            # an invalid edit: reported, and both feeds keep being polled
            cfg_path.write_text(
                cfg_path.read_text(encoding="utf-8") + "\n[bot]\nfetch_timeout = 0\n",
                encoding="utf-8",
            )
            _wait("the rejection in the log", lambda: "config edit rejected" in log())
            assert "last good config" in log()
            a_then, b_then = polls("/a.xml"), polls("/b.xml")
            _wait(
                "A and B polled again",
                lambda: polls("/a.xml") > a_then and polls("/b.xml") > b_then,
            )

            # a valid edit removing A: A stops being polled, B goes on
            write_config(cfg_path, feeds=[b])
            _wait("the removal", lambda: "1 removed" in log())
            a_then = polls("/a.xml")
            b_then = polls("/b.xml")
            _wait("B polled twice more", lambda: polls("/b.xml") >= b_then + 2)
            assert polls("/a.xml") <= a_then + 1  # at most one poll already in flight
        finally:
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=30)
    assert code == 0, log()
    assert "claimwatch stopped" in log()
    assert "Traceback" not in log()


def test_a_config_replaced_by_rename_is_reloaded(tmp_path: Path, feed_server: FeedServer) -> None:
    """An editor that saves by writing a new file and renaming it over config.toml (vim,
    most IDEs), in a config directory as Docker mounts it (CLAIMWATCH_CONFIG)."""
    feed_server.add("/a.xml", rss_feed_items(REPORT))
    feed_server.add("/b.xml", rss_feed_items(DENIAL))
    a = _feed(feed_server, "/a.xml", "Outlet A")
    b = _feed(feed_server, "/b.xml", "Outlet B")
    config_dir = tmp_path / "config"
    config_dir.mkdir()
    cfg_path = write_config(
        config_dir / "config.toml", feeds=[a], bot={"database": str(tmp_path / "state" / "c.db")}
    )
    log_path = tmp_path / "bot.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env["CLAIMWATCH_TICK"] = "0.3"
    env["CLAIMWATCH_CONFIG"] = str(cfg_path)

    def log() -> str:
        return log_path.read_text(encoding="utf-8")

    with open(log_path, "w", encoding="utf-8") as err, open(tmp_path / "out.txt", "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], cwd=tmp_path, env=env, stdout=out, stderr=err
        )
        try:
            _wait("the first poll of A", lambda: len(feed_server.requests_for("/a.xml")) >= 1)
            old_inode = cfg_path.stat().st_ino
            # save by rename: a new file beside it, renamed over the old one
            tmp_file = config_dir / ".config.toml.swp"
            write_config(tmp_file, feeds=[a, b], bot={"database": str(tmp_path / "state" / "c.db")})
            os.replace(tmp_file, cfg_path)
            assert cfg_path.stat().st_ino != old_inode
            _wait("B to be polled", lambda: len(feed_server.requests_for("/b.xml")) >= 1)
            _wait("the reload in the log", lambda: "config reloaded" in log())
            assert "1 added" in log()
        finally:
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(timeout=30)
    assert code == 0, log()
    assert "alerts go to this console" in log()
    assert "Traceback" not in log()

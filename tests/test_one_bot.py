"""One bot per database: a second `run` refuses, a killed bot's lock does not linger,
readers keep working, and SIGHUP stops the bot cleanly.

Real `python -m bot` processes on a real SQLite file, a feed on the loopback feed server;
the scheduler tick is shortened through CLAIMWATCH_TICK. Nothing waits on a fixed delay:
each step waits for the log line or exit it needs, with a generous deadline.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import FeedServer, rss_document
from support.helpers import REPORT, write_config

from bot.cli import cli

RUNNING = "claimwatch started"


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLAIMWATCH_"))}
    env["CLAIMWATCH_TICK"] = "0.3"
    return env


def _wait(what: str, cond: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


class Bot:
    """`claimwatch run` in a subprocess, its log in a file."""

    def __init__(self, cwd: Path, name: str) -> None:
        self.log_path = cwd / f"{name}.log"
        with open(self.log_path, "w", encoding="utf-8") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"],
                cwd=cwd,
                env=_env(),
                stdout=subprocess.DEVNULL,
                stderr=err,
            )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8")

    def wait_running(self) -> None:
        _wait("the bot to start", lambda: RUNNING in self.log() or self.proc.poll() is not None)
        assert self.proc.poll() is None, self.log()

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=30)


@pytest.fixture
def bot_dir(tmp_path: Path, feed_server: FeedServer) -> Iterator[Path]:
    feed_server.add("/a.xml", rss_document([REPORT]))
    write_config(
        tmp_path / "config.toml",
        feeds=[{"name": "Outlet A", "url": feed_server.url("/a.xml"), "interval": "1s"}],
    )
    yield tmp_path


def _cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_second_run_refuses_naming_the_first_and_a_killed_bots_lock_does_not_block(
    bot_dir: Path, feed_server: FeedServer
) -> None:
    first = Bot(bot_dir, "first")
    bots = [first]
    try:
        first.wait_running()
        _wait("a first poll", lambda: len(feed_server.requests_for("/a.xml")) >= 1)

        second = subprocess.run(
            [sys.executable, "-m", "bot", "run"],
            cwd=bot_dir,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 2, second.stderr
        assert "already running" in second.stderr
        assert f"pid {first.proc.pid} on {socket.gethostname()}" in second.stderr
        assert "claimwatch run" in second.stderr and "since 20" in second.stderr
        assert "Traceback" not in second.stderr
        once = _cli(bot_dir, "run", "--once")
        assert once.returncode == 2 and "already running" in once.stderr

        # readers keep working while the bot runs (in this process: quicker than new ones)
        config = ["--config", str(bot_dir / "config.toml")]
        for args in (
            ["history"],
            ["search", "Musk"],
            ["alerts"],
            ["feeds"],
            ["claims"],
            ["try", "--claim", "musk-putin-contact"],
            ["report", "--claim", "musk-putin-contact", "--out", str(bot_dir / "r.html")],
        ):
            out = CliRunner().invoke(cli, [*args, *config], env={"COLUMNS": "200"})
            assert out.exit_code == 0, (args, out.output)
        health = CliRunner().invoke(cli, ["health", "--max-age", "1h", *config])
        assert health.exit_code in (0, 1) and "healthy" in health.output.lower(), health.output

        # kill -9 leaves the lock file behind, but not the lock
        first.proc.send_signal(signal.SIGKILL)
        assert first.proc.wait(timeout=30) == -signal.SIGKILL
        assert (bot_dir / "state" / "claimwatch.db.lock").exists()
        third = Bot(bot_dir, "third")
        bots.append(third)
        third.wait_running()
        assert third.stop() == 0, third.log()
        assert "claimwatch stopped" in third.log()
    finally:
        for b in bots:
            if b.proc.poll() is None:
                b.proc.kill()
                b.proc.wait(timeout=30)


def test_sighup_stops_the_bot_cleanly_and_says_so(bot_dir: Path) -> None:
    bot = Bot(bot_dir, "bot")
    try:
        bot.wait_running()
        bot.proc.send_signal(signal.SIGHUP)
        code = bot.proc.wait(timeout=30)
    finally:
        if bot.proc.poll() is None:
            bot.proc.kill()
            bot.proc.wait(timeout=30)
    assert code == 0, bot.log()
    assert "received SIGHUP" in bot.log()
    assert "claimwatch stopped" in bot.log()

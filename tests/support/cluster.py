"""Workers and dispatchers as real processes (`python -m bot worker|run`) on one
PostgreSQL database, with feeds on the loopback feed server and Slack's stand-in.

Times are shortened through CLAIMWATCH_WORKER_* (a 1 s dispatch tick, 1 s heartbeats,
stalled after 3 s). Nothing waits on a fixed delay: `wait` polls a condition.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .feed_server import FeedServer, rss_document
from .helpers import write_config

TOKEN = "xoxb-test"
WORDS = (
    "amber basalt cobalt delta ember fjord garnet harbor indigo jasper kelp lagoon meadow"
    " nickel onyx prairie quartz reef sierra tundra umber valley willow xenon yarrow zephyr"
    " anchor beacon canyon dune estuary falcon glacier heron island juniper kestrel lichen"
).split()
CHANNELS = ("#desk-a", "#desk-b", "#desk-c")


def claims_toml() -> str:
    """Three claims, one per channel; an item naming `zorblaxN` matches claim N."""
    return "".join(
        f'\n[[claims]]\nid = "claim-{n}"\nstatement = "Zorblax{n} did it"\n'
        f'require = [["zorblax{n}"]]\nchannel = "{ch}"\n'
        for n, ch in enumerate(CHANNELS)
    )


def serve_feeds(server: FeedServer, n: int, *, matching_every: int = 10) -> list[dict[str, str]]:
    """`n` feeds of one item each; every `matching_every`-th item matches a claim. Words
    are drawn at random (a fixed seed) so no two items read as one story."""
    rng = random.Random(18)
    now = datetime.now(UTC)
    feeds = []
    for i in range(n):
        words = " ".join(rng.sample(WORDS, 6))
        title = f"Report {i} on {words}"
        if i % matching_every == 0:
            title = f"zorblax{(i // matching_every) % len(CHANNELS)} {title}"
        # published now (by the real clock the workers run on): fresh enough to alert
        item = {"guid": f"g-{i}", "title": title, "summary": words, "pubDate": now}
        path = f"/f{i}.xml"
        server.add(path, rss_document([item]))
        feeds.append({"name": f"Outlet {i}", "url": server.url(path), "interval": "1h"})
    return feeds


def write_cluster_config(
    directory: Path, dsn: str, feeds: list[dict[str, str]], slack_url: str
) -> Path:
    return write_config(
        directory / "config.toml",
        feeds=feeds,
        bot={"database": dsn, "concurrency": 16},
        slack={"channel": CHANNELS[0], "base_url": slack_url},
        claims=claims_toml(),
    )


def env(**extra: str) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLAIMWATCH_"))}
    out.update(
        SLACK_BOT_TOKEN=TOKEN,
        CLAIMWATCH_WORKER_TICK="1",
        CLAIMWATCH_WORKER_HEARTBEAT="1",
        CLAIMWATCH_WORKER_STALLED="3",
        PYTHONFAULTHANDLER="1",
        **extra,
    )
    return out


class Proc:
    """`claimwatch <args>` in a subprocess, its log in a file."""

    def __init__(self, cwd: Path, name: str, *args: str, **extra_env: str) -> None:
        self.log_path = cwd / f"{name}.log"
        with open(self.log_path, "w", encoding="utf-8") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot", *args],
                cwd=cwd,
                env=env(**extra_env),
                stdout=subprocess.DEVNULL,
                stderr=err,
            )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8")

    killed = False

    def kill(self) -> None:
        self.killed = True
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(timeout=30)


def wait(
    what: str,
    cond: Callable[[], bool],
    timeout: float = 90.0,
    on_fail: Callable[[], Any] | None = None,
    procs: list[Proc] = (),  # type: ignore[assignment]
) -> None:
    """Wait for `cond`; fail at the deadline, or as soon as one of `procs` has exited."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        if any(p.proc.poll() is not None and not p.killed for p in procs):
            break
        time.sleep(0.1)
    detail = on_fail() if on_fail else ""
    raise AssertionError(f"timed out waiting for {what} (or a process ended)\n{detail}")

"""`claimwatch alerts --retry` and the one sender of an outbox.

While a bot runs, `--retry` does not send beside it (two senders post the same alerts
twice): it leaves a request in the database and the bot does the retry on its next
delivery pass. Without a bot, `--retry` sends itself, holding the bot's lock.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from support import FeedServer, SlackStandIn, rss_document, slack_standin
from support.delivery import NOW, Queue, Spec, delivered_ids, fresh_store, make_deliverer
from support.helpers import write_config

from bot.clock import FakeClock
from bot.slack.senders import SlackSender
from bot.store.outbox import Outbox

TOKEN = "xoxb-test"

ITEMS = [
    ("m1", "Musk held secret talks with Putin, officials say"),
    ("m2", "Senators demand answers over Musk's calls with the Kremlin"),
    ("m3", "Pentagon reviews Musk conversations with Putin aides"),
]


def test_a_retry_request_is_done_by_the_next_pass_of_the_sender(tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    store = fresh_store(tmp_path)
    try:
        with SlackStandIn(clock=lambda: clock.now().timestamp()) as slack:
            Queue(store, clock).add([Spec(title="held back"), Spec(title="rejected")])
            slack.set_channel_error("#claims", "not_in_channel")
            deliverer = make_deliverer(
                store, SlackSender(TOKEN, slack.base_url), clock, threads=False
            )
            deliverer.deliver_pending()  # the channel is held for a while
            store.query("UPDATE alerts SET status = 'failed' WHERE id = 2")
            slack.clear()  # someone invited the bot
            deliverer.deliver_pending()
            assert delivered_ids(slack) == {}  # held, and failed waits for a person

            outbox = Outbox(store)
            request = outbox.request_retry(clock.now(), "claimwatch alerts --retry, pid 1")
            assert outbox.retry_result(request) is None
            assert deliverer.deliver_pending().sent == 2
            assert outbox.retry_result(request) == (
                "sent 2, found already in Slack 0, still not delivered 0"
            )
            assert outbox.open_retry_requests() == []
            deliverer.deliver_pending()
            assert sorted(delivered_ids(slack).items()) == [(1, 1), (2, 1)]
    finally:
        store.close()


class HoldingStandIn(SlackStandIn):
    """Stores the `hold_at`-th chat.postMessage, then holds its answer until released."""

    def __init__(self, hold_at: int) -> None:
        super().__init__()
        self.hold_at = hold_at
        self.posts = 0
        self.holding = threading.Event()
        self.release = threading.Event()

    def _post_message(self, params: Mapping[str, Any], *, via: str = "api") -> dict[str, Any]:
        with self._lock:
            self.posts += 1
            hold = self.posts == self.hold_at
        result = super()._post_message(params, via=via)
        if hold:
            self.holding.set()
            self.release.wait(60)
        return result


def _wait(what: str, cond: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def holding_slack(monkeypatch: pytest.MonkeyPatch) -> Iterator[HoldingStandIn]:
    # the stand-in dispatches through a table of base-class functions: route
    # chat.postMessage to the instance, so the override is used
    monkeypatch.setitem(
        slack_standin._METHODS,
        "chat.postMessage",
        lambda standin, params: standin._post_message(params),
    )
    with HoldingStandIn(hold_at=1) as slack:
        try:
            yield slack
        finally:
            slack.release.set()


def test_retry_while_the_bot_delivers_asks_the_bot_and_nothing_is_posted_twice(
    tmp_path: Path, feed_server: FeedServer, holding_slack: HoldingStandIn
) -> None:
    slack = holding_slack
    now = datetime.now(UTC)
    feed_server.add(
        "/feed.xml",
        rss_document(
            [
                {"guid": g, "link": f"https://example.org/{g}", "title": t, "pubDate": now}
                for g, t in ITEMS
            ]
        ),
    )
    write_config(
        tmp_path / "config.toml",
        feeds=[{"name": "Wire", "url": feed_server.url("/feed.xml")}],
        slack={"channel": "#claims", "base_url": slack.base_url, "threads": False},
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLAIMWATCH_"))}
    env |= {"SLACK_BOT_TOKEN": TOKEN, "CLAIMWATCH_TICK": "0.3"}
    bot_log, retry_log = tmp_path / "bot.log", tmp_path / "retry.log"
    with open(bot_log, "w") as err:
        bot = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    retry: subprocess.Popen[str] | None = None
    try:
        # the bot posted the first alert, and waits for Slack's answer
        assert slack.holding.wait(60), bot_log.read_text()
        with open(retry_log, "w") as err, open(tmp_path / "retry.out", "w") as out:
            retry = subprocess.Popen(
                [sys.executable, "-m", "bot", "alerts", "--retry"],
                cwd=tmp_path,
                env=env,
                stdout=out,
                stderr=err,
                text=True,
            )
        _wait(
            "the retry to ask the bot or finish",
            lambda: "asked it to retry" in retry_log.read_text() or retry.poll() is not None,
        )
        slack.release.set()
        assert retry.wait(timeout=60) == 0, retry_log.read_text()
        db = sqlite3.connect(tmp_path / "state" / "claimwatch.db")
        try:
            _wait(
                "every alert sent",
                lambda: (
                    db.execute("SELECT count(*) FROM alerts WHERE status != 'sent'").fetchone()
                    == (0,)
                ),
            )
            assert db.execute("SELECT count(*) FROM alerts").fetchone() == (len(ITEMS),)
        finally:
            db.close()
    finally:
        slack.release.set()
        bot.send_signal(signal.SIGTERM)
        assert bot.wait(timeout=30) == 0, bot_log.read_text()
        if retry is not None and retry.poll() is None:
            retry.kill()
            retry.wait()
    assert sorted(delivered_ids(slack).values()) == [1] * len(ITEMS), delivered_ids(slack)
    said = retry_log.read_text()
    assert f"pid {bot.pid}" in said and "claimwatch run" in said, said
    assert "The running bot retried: sent 0" in said and "still not delivered 0" in said
    assert "Traceback" not in bot_log.read_text()

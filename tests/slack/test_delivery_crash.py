"""kill -9 in the middle of delivering a batch, then a restart: every alert arrives once.

The bot runs as a real process (`python -m bot run --once`) against the feed server and
the Slack stand-in. The stand-in holds the Nth chat.postMessage — after storing the
message (the bot dies before it can record the answer) or before (the message never
lands) — and the test kills the process with SIGKILL while it waits.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from support import FeedServer, SlackStandIn, rss_document, slack_standin
from support.delivery import delivered_ids
from support.helpers import write_config

TOKEN = "xoxb-test"

ITEMS = [
    {
        "guid": "m1",
        "link": "https://example.org/m1",
        "title": "Musk held secret talks with Putin, officials say",
        "summary": "The contacts with the Kremlin began in late 2022.",
    },
    {
        "guid": "m2",
        "link": "https://example.org/m2",
        "title": "Senators demand answers over Musk's calls with the Kremlin",
        "summary": "Lawmakers asked about regular contact between Musk and Putin.",
    },
    {
        "guid": "m3",
        "link": "https://example.org/m3",
        "title": "Kremlin says Putin and Musk had only one phone call",
        "summary": "Peskov denied regular talks.",
    },
    {
        "guid": "m4",
        "link": "https://example.org/m4",
        "title": "Pentagon reviews Musk conversations with Putin aides",
        "summary": "Officials are examining the talks.",
    },
    {
        "guid": "t1",
        "link": "https://example.org/t1",
        "title": "Starlink still unavailable in Taiwan, ministry says",
        "summary": "Taipei has built its own satellite network.",
    },
    {
        "guid": "t2",
        "link": "https://example.org/t2",
        "title": "Taiwan lawmakers question Starlink refusal",
        "summary": "The island relies on other providers.",
    },
]


class HoldingStandIn(SlackStandIn):
    """Holds the `hold_at`-th chat.postMessage until released (stored before or after)."""

    def __init__(self, hold_at: int, *, after_effect: bool) -> None:
        super().__init__()
        self.hold_at = hold_at
        self.after_effect = after_effect
        self.posts = 0
        self.holding = threading.Event()
        self.release = threading.Event()

    def _post_message(self, params: Mapping[str, Any], *, via: str = "api") -> dict[str, Any]:
        with self._lock:
            self.posts += 1
            hold = self.posts == self.hold_at
        if hold and not self.after_effect:
            self.holding.set()
            self.release.wait(60)
            # the process that sent it is gone: this request is never processed
            raise slack_standin._ApiError("request_abandoned")
        result = super()._post_message(params, via=via)
        if hold:
            self.holding.set()
            self.release.wait(60)
        return result


def _bot(cwd: Path, slack_url: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env["SLACK_BOT_TOKEN"] = TOKEN
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--once"],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("after_effect", [True, False], ids=["landed", "lost"])
def test_sigkill_mid_batch_then_restart_delivers_every_alert_once(
    tmp_path: Path, feed_server: FeedServer, after_effect: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the stand-in dispatches through a table of base-class functions: route
    # chat.postMessage to the instance, so HoldingStandIn's override is used
    monkeypatch.setitem(
        slack_standin._METHODS,
        "chat.postMessage",
        lambda standin, params: standin._post_message(params),
    )
    now = datetime.now(UTC)
    feed_server.add("/feed.xml", rss_document([{**i, "pubDate": now} for i in ITEMS]))
    with HoldingStandIn(hold_at=4, after_effect=after_effect) as slack:
        write_config(
            tmp_path / "config.toml",
            feeds=[{"name": "Wire", "url": feed_server.url("/feed.xml")}],
            slack={"channel": "#claims", "base_url": slack.base_url},
        )
        first = _bot(tmp_path, slack.base_url)
        try:
            assert slack.holding.wait(60), "the bot never reached the 4th post"
            first.send_signal(signal.SIGKILL)
        finally:
            if first.poll() is None and not slack.holding.is_set():
                first.kill()
            first.communicate(timeout=30)  # reap it and close its pipes
            slack.release.set()
        assert first.returncode == -signal.SIGKILL

        db = sqlite3.connect(tmp_path / "state" / "claimwatch.db")
        rows = db.execute("SELECT status, attempt_started FROM alerts ORDER BY id").fetchall()
        n_alerts = len(rows)
        assert n_alerts == 6
        # the kill left exactly one attempt whose outcome the bot never learnt
        assert sum(1 for status, started in rows if status == "pending" and started) == 1
        before = len(slack.messages())

        second = _bot(tmp_path, slack.base_url)
        _out, err = second.communicate(timeout=120)
        assert second.returncode == 0, err

        statuses = db.execute("SELECT status, count(*) FROM alerts GROUP BY status").fetchall()
        db.close()
        assert statuses == [("sent", n_alerts)]
        seen = delivered_ids(slack)
        assert sorted(seen.values()) == [1] * n_alerts, seen
        parents = [m for m in slack.messages() if m.thread_ts is None]
        assert len(parents) == 2  # one thread per claim/channel, never a second parent
        # the restart looked in Slack before re-sending the unsure alert
        assert slack.calls("conversations.replies") or slack.calls("conversations.history")
        if after_effect:
            assert "already in Slack" in err
            assert len(slack.messages()) == 8 and before == 4
        else:
            assert len(slack.messages()) == 8 and before == 3

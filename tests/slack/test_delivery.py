"""Slack delivery under fault: the real slack_sdk client against the stand-in, a real
SQLite outbox, and a FakeClock (nothing here sleeps for real)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from support import SlackStandIn
from support.delivery import (
    NOW,
    Queue,
    Spec,
    alert_rows,
    delivered_ids,
    fresh_store,
    make_deliverer,
)

from bot.clock import FakeClock
from bot.slack.deliver import HOLD
from bot.slack.plan import plan
from bot.slack.protocol import Post, SendError
from bot.slack.render import MAX_BLOCKS, SECTION_LIMIT, Message, render_digest
from bot.slack.senders import ConsoleSender, SlackSender, WebhookSender
from bot.store.outbox import Outbox
from bot.store.sqlite import SQLiteStore

TOKEN = "xoxb-test"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def slack(clock: FakeClock) -> Iterator[SlackStandIn]:
    """A stand-in whose message timestamps and transcript follow the fake clock."""
    with SlackStandIn(clock=lambda: clock.now().timestamp()) as standin:
        yield standin


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    s = fresh_store(tmp_path)
    yield s
    s.close()


@pytest.fixture
def queue(store: SQLiteStore, clock: FakeClock) -> Queue:
    return Queue(store, clock)


@pytest.fixture
def sender(slack: SlackStandIn) -> SlackSender:
    return SlackSender(TOKEN, slack.base_url, timeout=5)


def _post_times(slack: SlackStandIn, channel: str) -> list[float]:
    cid = slack.channel_id(channel)
    return [
        c.at
        for c in slack.calls("chat.postMessage")
        if c.status == 200
        and c.outcome.startswith("ok")
        and c.params.get("channel")
        in (
            channel,
            cid,
        )
    ]


def _exactly_once(slack: SlackStandIn, ids: list[int]) -> None:
    seen = delivered_ids(slack)
    assert {i: seen[i] for i in ids} == dict.fromkeys(ids, 1)
    assert set(seen) == set(ids)


# ── rate limits, server errors, dropped connections ──────────────────────────────────
def test_burst_of_429s_honours_retry_after_per_channel_without_stalling_others(
    store: SQLiteStore, queue: Queue, sender: SlackSender, slack: SlackStandIn, clock: FakeClock
) -> None:
    queue.add([Spec(channel="#a", title=f"Musk Putin a{i}") for i in range(3)])
    queue.add(
        [Spec(claim="starlink-taiwan", channel="#b", title=f"Starlink b{i}") for i in range(3)]
    )
    slack.fail_next("chat.postMessage", 3, retry_after=5)
    report = make_deliverer(store, sender, clock).deliver_pending()

    ids = queue.ids()
    _exactly_once(slack, ids)
    assert report.sent == 6
    assert all(r["status"] == "sent" for r in alert_rows(store))
    calls = slack.calls("chat.postMessage")
    limited = [c for c in calls if c.status == 429]
    assert len(limited) == 3
    # after a 429 the same channel waits Retry-After; the other channel goes on meanwhile
    for c in limited:
        ch = c.params["channel"]
        later = [d for d in calls if d.at > c.at and d.params["channel"] == ch]
        assert later and later[0].at - c.at >= 5
    # pacing: at most one message per second per channel
    for ch in ("#a", "#b"):
        times = _post_times(slack, ch)
        assert all(b - a >= 1 for a, b in pairwise(times))
    # the waits happened on the fake clock, none of them long
    assert clock.sleeps and max(clock.sleeps) <= 5


def test_5xx_is_retried_with_backoff_and_recorded(
    store: SQLiteStore, queue: Queue, sender: SlackSender, slack: SlackStandIn, clock: FakeClock
) -> None:
    queue.add([Spec()])
    deliverer = make_deliverer(store, sender, clock, threads=False)
    slack.fail_next("chat.postMessage", 2, status=500)
    report = deliverer.deliver_pending()
    assert report.sent == 1
    _exactly_once(slack, queue.ids())
    (row,) = alert_rows(store)
    assert row["status"] == "sent" and row["attempts"] == 3
    assert row["unsure_since"] is None and row["attempt_started"] is None
    # backoff 2s then 4s; before each re-post it looked in the channel (a 5xx is ambiguous)
    assert 2.0 in clock.sleeps and 4.0 in clock.sleeps
    assert len(slack.calls("conversations.history")) == 2


def test_5xx_beyond_the_pass_budget_stays_pending_with_the_error(
    store: SQLiteStore, queue: Queue, sender: SlackSender, slack: SlackStandIn, clock: FakeClock
) -> None:
    queue.add([Spec()])
    slack.fail_next("chat.postMessage", 10, status=503)
    deliverer = make_deliverer(store, sender, clock, threads=False, budget=10)
    deliverer.deliver_pending()
    (row,) = alert_rows(store)
    assert row["status"] == "pending" and row["attempts"] >= 2
    assert "503" in row["last_error"] or "internal_error" in row["last_error"]
    assert row["next_attempt"] > row["created"]
    slack.clear()
    clock.advance(3600)
    deliverer.deliver_pending()
    _exactly_once(slack, queue.ids())


@pytest.mark.parametrize(
    "threads, failure",
    [
        (False, {"drop": True}),
        (False, {"status": 500}),
        (True, {"drop": True}),  # hits the thread parent
        (True, {"status": 502}),
    ],
)
def test_ambiguous_failure_that_took_effect_is_not_posted_twice(
    store: SQLiteStore,
    queue: Queue,
    sender: SlackSender,
    slack: SlackStandIn,
    clock: FakeClock,
    threads: bool,
    failure: dict[str, Any],
) -> None:
    queue.add([Spec()])
    slack.fail_next("chat.postMessage", after_effect=True, **failure)
    report = make_deliverer(store, sender, clock, threads=threads).deliver_pending()
    assert report.sent + report.found == 1
    _exactly_once(slack, queue.ids())
    (row,) = alert_rows(store)
    assert row["status"] == "sent"
    parents = [m for m in slack.messages() if m.thread_ts is None and threads]
    assert len(parents) == (1 if threads else 0)


def test_dropped_reply_in_a_thread_is_found_in_the_thread(
    store: SQLiteStore, queue: Queue, sender: SlackSender, slack: SlackStandIn, clock: FakeClock
) -> None:
    deliverer = make_deliverer(store, sender, clock)
    queue.add([Spec(title="first")])
    deliverer.deliver_pending()
    queue.add([Spec(title="second", stance="contradiction")])
    slack.fail_next("chat.postMessage", drop=True, after_effect=True)
    clock.advance(10)
    report = deliverer.deliver_pending()
    assert report.found == 1 and report.sent == 0
    _exactly_once(slack, queue.ids())
    assert slack.calls("conversations.replies")
    (parent,) = [m for m in slack.messages() if m.thread_ts is None]
    assert "1 update · 1 contradiction" in str(parent.blocks)


def test_dropped_connection_that_did_not_land_is_sent_again(
    store: SQLiteStore, queue: Queue, sender: SlackSender, slack: SlackStandIn, clock: FakeClock
) -> None:
    queue.add([Spec()])
    slack.fail_next("chat.postMessage", drop=True)
    make_deliverer(store, sender, clock, threads=False).deliver_pending()
    _exactly_once(slack, queue.ids())


def test_attempt_marker_left_by_a_crash_is_checked_before_resending(
    store: SQLiteStore, queue: Queue, sender: SlackSender, slack: SlackStandIn, clock: FakeClock
) -> None:
    """In-process version of the kill test: markers set, the process 'died' before recording."""
    queue.add([Spec(title="landed"), Spec(title="lost")])
    landed, lost = queue.ids()
    outbox = Outbox(store)
    outbox.attempt_started([landed, lost], clock.now())
    # the first call reached Slack before the crash; the second never did
    sender.post(
        Post(
            channel="#claims",
            message=Message(text="landed"),
            kind="alert",
            metadata={"event_type": "claimwatch_alert", "event_payload": {"alert_id": landed}},
        )
    )
    clock.advance(30)
    report = make_deliverer(store, sender, clock, threads=False).deliver_pending()
    assert report.found == 1 and report.sent == 1
    _exactly_once(slack, [landed, lost])
    rows = {r["id"]: r for r in alert_rows(store)}
    assert rows[landed]["attempts"] == 0 and rows[lost]["attempts"] == 1


# ── errors that need a person ────────────────────────────────────────────────────────
@pytest.mark.parametrize("error", ["invalid_auth", "token_revoked", "account_inactive"])
def test_token_errors_stop_sending_keep_everything_pending_and_log_once(
    store: SQLiteStore,
    queue: Queue,
    sender: SlackSender,
    slack: SlackStandIn,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
    error: str,
) -> None:
    queue.add([Spec(channel="#a", title=f"a{i}") for i in range(3)])
    queue.add([Spec(claim="starlink-taiwan", channel="#b", title="b")])
    slack.set_error(error)
    deliverer = make_deliverer(store, sender, clock)
    with caplog.at_level(logging.ERROR, logger="claimwatch.deliver"):
        first = deliverer.deliver_pending()
        deliverer.deliver_pending()  # still held: no call at all
        clock.advance(HOLD.total_seconds() + 1)
        deliverer.deliver_pending()  # tries once more, same error, no new log line
    assert first.stopped == error
    assert len(slack.requests) == 2
    assert all(r["status"] == "pending" for r in alert_rows(store))
    assert all("SLACK_BOT_TOKEN" in r["last_error"] for r in alert_rows(store))
    told = [r for r in caplog.records if "SLACK_BOT_TOKEN" in r.getMessage()]
    assert len(told) == 1 and error in told[0].getMessage()
    slack.clear()
    clock.advance(HOLD.total_seconds() + 1)
    deliverer.deliver_pending()
    _exactly_once(slack, queue.ids())


def test_channel_not_found_holds_that_channel_and_others_go_on(
    store: SQLiteStore,
    queue: Queue,
    sender: SlackSender,
    slack: SlackStandIn,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    queue.add([Spec(channel="#gone", title=f"gone {i}") for i in range(3)])
    queue.add([Spec(claim="starlink-taiwan", channel="#ok", title=f"ok {i}") for i in range(2)])
    slack.set_channel_error("#gone", "channel_not_found")
    deliverer = make_deliverer(store, sender, clock)
    with caplog.at_level(logging.ERROR, logger="claimwatch.deliver"):
        report = deliverer.deliver_pending()
        clock.advance(HOLD.total_seconds() + 1)
        deliverer.deliver_pending()
    assert report.held_channels == {"#gone"}
    rows = alert_rows(store)
    gone = [r for r in rows if r["channel"] == "#gone"]
    ok = [r for r in rows if r["channel"] == "#ok"]
    assert all(r["status"] == "sent" for r in ok)
    assert all(r["status"] == "pending" for r in gone)
    assert all("invite the bot to #gone" in r["last_error"] for r in gone)
    told = [r for r in caplog.records if "invite the bot" in r.getMessage()]
    assert len(told) == 1
    # one call per pass for the held channel, not one per alert
    assert len([c for c in slack.calls("chat.postMessage") if c.params["channel"] == "#gone"]) == 2
    slack.clear_channel_error("#gone")
    clock.advance(HOLD.total_seconds() + 1)
    deliverer.deliver_pending()
    _exactly_once(slack, queue.ids())


def test_message_slack_rejects_is_marked_failed_and_retry_resends(
    store: SQLiteStore, queue: Queue, sender: SlackSender, slack: SlackStandIn, clock: FakeClock
) -> None:
    queue.add([Spec(), Spec(title="other")])
    slack.fail_next("chat.postMessage", error="invalid_blocks")
    deliverer = make_deliverer(store, sender, clock, threads=False)
    deliverer.deliver_pending()
    statuses = [r["status"] for r in alert_rows(store)]
    assert statuses == ["failed", "sent"]
    Outbox(store).retry_now(clock.now())
    deliverer.deliver_pending(include_failed=True)
    _exactly_once(slack, queue.ids())


# ── threads, tally, digests ──────────────────────────────────────────────────────────
def test_thread_parent_tally_follows_updates_and_contradictions(
    store: SQLiteStore, queue: Queue, sender: SlackSender, slack: SlackStandIn, clock: FakeClock
) -> None:
    deliverer = make_deliverer(store, sender, clock)
    queue.add([Spec(title="u1"), Spec(title="u2")])
    deliverer.deliver_pending()
    clock.advance(600)
    seen = clock.now().strftime("%Y-%m-%d %H:%M:%S UTC")
    queue.add([Spec(title="denied", stance="contradiction")])
    deliverer.deliver_pending()
    msgs = slack.messages("#claims")
    (parent,) = [m for m in msgs if m.thread_ts is None]
    replies = [m for m in msgs if m.thread_ts is not None]
    assert len(replies) == 3 and all(r.thread_ts == parent.ts for r in replies)
    assert [r.reply_broadcast for r in replies] == [False, False, True]
    tally = str(parent.blocks)
    assert "2 updates · 1 contradiction" in tally and f"last seen {seen}" in tally
    assert parent.edits  # kept current with chat.update
    (thread,) = store.query("SELECT * FROM slack_threads")
    assert (thread["updates"], thread["contradictions"], thread["dirty"]) == (2, 1, 0)
    assert thread["ts"] == parent.ts
    # parent metadata survives the update (it is how a parent is found after a crash)
    assert parent.metadata == {
        "event_type": "claimwatch_thread",
        "event_payload": {"claim": "musk-putin"},
    }


def test_threads_off_sends_plain_messages(
    store: SQLiteStore, queue: Queue, sender: SlackSender, slack: SlackStandIn, clock: FakeClock
) -> None:
    queue.add([Spec(title="u1"), Spec(title="c1", stance="contradiction")])
    make_deliverer(store, sender, clock, threads=False).deliver_pending()
    msgs = slack.messages()
    assert len(msgs) == 2 and all(m.thread_ts is None for m in msgs)
    assert not slack.calls("chat.update")
    assert store.query("SELECT count(*) AS n FROM slack_threads")[0]["n"] == 0


def test_burst_of_30_alerts_for_one_claim_becomes_one_digest(
    store: SQLiteStore, queue: Queue, sender: SlackSender, slack: SlackStandIn, clock: FakeClock
) -> None:
    specs = [
        Spec(title=f"Report {i}: Musk and Putin", link=f"https://e.org/{i}") for i in range(28)
    ]
    specs += [Spec(title=f"Denial {i}", stance="contradiction") for i in range(2)]
    queue.add(specs)
    queue.add([Spec(claim="starlink-taiwan", title="unrelated claim")])
    report = make_deliverer(store, sender, clock).deliver_pending()
    assert report.sent == 31
    _exactly_once(slack, queue.ids())
    replies = [m for m in slack.messages() if m.thread_ts]
    digests = [m for m in replies if (m.metadata or {}).get("event_type") == "claimwatch_digest"]
    assert len(digests) == 1 and len(replies) == 2
    (digest,) = digests
    assert digest.reply_broadcast  # it contains contradictions
    body = str(digest.blocks)
    assert body.index("Denial 0") < body.index("Report 0")  # contradictions first
    assert "<https://e.org/27|Report 27: Musk and Putin>" in body
    rows = [r for r in alert_rows(store) if r["claim_id"] == "musk-putin"]
    assert {r["slack_ts"] for r in rows} == {digest.ts} and all(r["digest"] for r in rows)
    (thread,) = store.query("SELECT * FROM slack_threads WHERE claim_id='musk-putin'")
    assert (thread["updates"], thread["contradictions"]) == (28, 2)


def test_digest_up_to_the_threshold_is_not_used(
    store: SQLiteStore, queue: Queue, sender: SlackSender, slack: SlackStandIn, clock: FakeClock
) -> None:
    queue.add([Spec(title=f"r{i}") for i in range(5)])
    make_deliverer(store, sender, clock, digest_after=5).deliver_pending()
    assert len([m for m in slack.messages() if m.thread_ts]) == 5


def test_huge_hostile_burst_splits_into_digests_within_block_kit_limits(
    store: SQLiteStore, queue: Queue, sender: SlackSender, slack: SlackStandIn, clock: FakeClock
) -> None:
    long = "&<>" * 900 + "Musk"
    queue.add(
        [
            Spec(title=f"{i} {long}", link="https://e.org/?" + "a=1&" * 300, outlet="<!here>" * 50)
            for i in range(90)
        ]
    )
    make_deliverer(store, sender, clock).deliver_pending()
    _exactly_once(slack, queue.ids())
    digests = [m for m in slack.messages() if m.thread_ts]
    assert len(digests) == 3
    for m in digests:
        blocks = m.blocks or []
        assert len(blocks) <= MAX_BLOCKS
        for b in blocks:
            text = b.get("text", {}).get("text", "")
            assert len(text) <= SECTION_LIMIT
            assert not re.search(r"&[a-z]*$", text.removesuffix("…"))  # no cut entity


# ── untrusted text ───────────────────────────────────────────────────────────────────
HOSTILE = Spec(
    title="<!channel> <@U1> <!subteam^S1> <javascript:alert(1)|click> &amp;lt; <!here|here>",
    link="javascript:alert(1)",
    outlet="<!everyone> Outlet",
    evidence="Musk <@U2> and Putin <!channel> talked <https://evil.example|trusted.gov>",
)


def _assert_inert(slack: SlackStandIn) -> None:
    for m in slack.messages():
        texts = [m.text or ""]
        for b in m.blocks or []:
            texts.append(str(b.get("text", {}).get("text", "")))
            texts += [str(e.get("text", "")) for e in b.get("elements", [])]
        for text in texts:
            for ref in re.findall(r"<([^>]*)>", text):
                # the only <…> left are our own links, and only http(s)
                assert ref.startswith(("http://", "https://")), (ref, text)
            assert "<!" not in text
            assert "<@" not in text
        assert m.link_names in (False, None)
        if m.via == "api":
            assert m.params.get("link_names") is False
    joined = " ".join(str(m.blocks) for m in slack.messages())
    assert "&amp;lt;!channel&amp;gt;" not in joined  # not double-escaped
    assert "&lt;!channel&gt;" in joined and "&amp;amp;lt;" in joined


@pytest.mark.parametrize("threads", [True, False])
def test_hostile_feed_text_arrives_inert(
    store: SQLiteStore,
    queue: Queue,
    sender: SlackSender,
    slack: SlackStandIn,
    clock: FakeClock,
    threads: bool,
) -> None:
    queue.add([HOSTILE])
    make_deliverer(store, sender, clock, threads=threads).deliver_pending()
    _assert_inert(slack)


def test_hostile_feed_text_in_a_digest_arrives_inert(
    store: SQLiteStore, queue: Queue, sender: SlackSender, slack: SlackStandIn, clock: FakeClock
) -> None:
    queue.add([HOSTILE] * 8)
    make_deliverer(store, sender, clock).deliver_pending()
    _assert_inert(slack)


# ── incoming webhook ─────────────────────────────────────────────────────────────────
def test_webhook_delivers_to_one_channel_without_threads_through_429s(
    store: SQLiteStore, queue: Queue, slack: SlackStandIn, clock: FakeClock
) -> None:
    queue.add([Spec(channel="#a", title="a1"), Spec(channel="#a", title="a2")])
    queue.add([Spec(claim="starlink-taiwan", channel="#b", title="b1")])
    queue.add([HOSTILE])
    slack.fail_next("webhook", 2, retry_after=1)
    slack.fail_next("webhook", status=500)
    hook = WebhookSender(slack.webhook_url("#hook"), timeout=5)
    report = make_deliverer(store, hook, clock).deliver_pending()
    assert report.sent == 4
    msgs = slack.messages("#hook")
    assert len(msgs) == 4 and all(m.thread_ts is None and m.via == "webhook" for m in msgs)
    assert {r["delivered_to"] for r in alert_rows(store)} == {"webhook"}
    assert all(r["status"] == "sent" for r in alert_rows(store))
    times = [c.at for c in slack.calls("webhook") if c.status == 200]
    assert all(b - a >= 1 for a, b in pairwise(times))
    _assert_inert(slack)


def test_webhook_digest(
    store: SQLiteStore, queue: Queue, slack: SlackStandIn, clock: FakeClock
) -> None:
    queue.add([Spec(title=f"r{i}") for i in range(12)])
    hook = WebhookSender(slack.webhook_url("#hook"), timeout=5)
    make_deliverer(store, hook, clock).deliver_pending()
    (msg,) = slack.messages("#hook")
    assert "12 new items" in (msg.text or "")
    assert all(r["status"] == "sent" and r["digest"] for r in alert_rows(store))


# ── post_text, planning, rendering ───────────────────────────────────────────────────
def test_post_text_for_every_sender(
    slack: SlackStandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    sent = SlackSender(TOKEN, slack.base_url).post_text("#ops", "feed &lt;x&gt; failing")
    assert sent.via == "slack" and sent.ts
    assert (
        WebhookSender(slack.webhook_url("#ops")).post_text("#ops", "hook notice").via == "webhook"
    )
    texts = [m.text for m in slack.messages("#ops")]
    assert texts == ["feed &lt;x&gt; failing", "hook notice"]
    (call,) = slack.calls("chat.postMessage")
    assert call.params["link_names"] is False
    ConsoleSender().post_text("#ops", "console [notice]")
    assert "console [notice]" in capsys.readouterr().out
    slack.set_error("invalid_auth")
    with pytest.raises(SendError) as e:
        SlackSender(TOKEN, slack.base_url).post_text("#ops", "x")
    assert e.value.code == "invalid_auth"


def test_slack_sender_has_no_sdk_retry_handlers() -> None:
    assert SlackSender(TOKEN, "http://127.0.0.1:9/api/").client.retry_handlers == []


def test_plan_groups_per_claim_and_channel(
    store: SQLiteStore, queue: Queue, clock: FakeClock
) -> None:
    queue.add([Spec(title=f"r{i}") for i in range(7)])
    queue.add([Spec(claim="starlink-taiwan", channel="#tw", title="t")])
    queue.add([Spec(claim="starlink-taiwan", channel="#tw", title="t2")])
    alerts = Outbox(store).due(clock.now())
    units = plan(alerts, digest_after=5, one_channel=False)
    assert [(u.claim_id, len(u.alerts), u.digest) for u in units] == [
        ("musk-putin", 7, True),
        ("starlink-taiwan", 1, False),
        ("starlink-taiwan", 1, False),
    ]
    one = plan(alerts, digest_after=1, one_channel=True)
    assert {u.dest for u in one} == {"(webhook)"} and all(u.digest for u in one)


def test_render_digest_refuses_more_than_its_limit(
    store: SQLiteStore, queue: Queue, clock: FakeClock
) -> None:
    queue.add([Spec(title=f"r{i}") for i in range(41)])
    alerts = Outbox(store).due(clock.now())
    with pytest.raises(ValueError):
        render_digest(alerts, "s")
    assert len(render_digest(alerts[:40], "s").blocks) <= MAX_BLOCKS


# ── claimwatch alerts ────────────────────────────────────────────────────────────────
def test_alerts_command_lists_pending_and_failed_and_retry_sends_them(
    tmp_path: Path,
    store: SQLiteStore,
    queue: Queue,
    sender: SlackSender,
    slack: SlackStandIn,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    from click.testing import CliRunner
    from support.helpers import write_config

    from bot.cli import cli

    cfg = write_config(
        tmp_path / "config.toml", slack={"channel": "#claims", "base_url": slack.base_url}
    )
    queue.add([Spec(title="held <b>back</b>"), Spec(title="rejected")])
    slack.set_channel_error("#claims", "not_in_channel")
    make_deliverer(store, sender, clock, threads=False).deliver_pending()
    store.query("UPDATE alerts SET status='failed', last_error='invalid_blocks' WHERE id=2")

    runner = CliRunner()
    table = runner.invoke(cli, ["alerts", "--config", str(cfg)])
    assert table.exit_code == 0, table.output
    assert "not_in_channel" in table.output and "invite" in table.output
    assert "held <b>back</b>" in table.output
    as_json = runner.invoke(cli, ["alerts", "--config", str(cfg), "--format", "json"])
    rows = json.loads(as_json.output)
    assert [(r["id"], r["status"]) for r in rows] == [(1, "pending"), (2, "failed")]
    assert rows[0]["last_error"].startswith("not_in_channel")

    slack.clear()
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    monkeypatch.delenv("SLACK_WEBHOOK_URL", raising=False)
    retried = runner.invoke(cli, ["alerts", "--config", str(cfg), "--retry"])
    assert retried.exit_code == 0, retried.output
    assert "sent 2" in retried.output and "No alerts waiting" in retried.output
    _exactly_once(slack, [1, 2])

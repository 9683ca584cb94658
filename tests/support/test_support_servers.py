"""Tests of the loopback servers themselves, driven by the real httpx and slack_sdk clients."""

from __future__ import annotations

import json
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from http.client import RemoteDisconnected
from typing import Any
from urllib.error import URLError

import httpx
import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import (
    ConnectionErrorRetryHandler,
    FixedValueRetryIntervalCalculator,
    RateLimitErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_handlers import ServerErrorRetryHandler  # not re-exported
from slack_sdk.webhook import WebhookClient

from support import (
    FeedServer,
    SlackStandIn,
    atom_document,
    drop,
    garbage,
    gzip_bomb,
    html_page,
    redirect,
    rss_document,
    slow_drip,
    static,
    status,
    stream,
    truncated,
)

ITEMS: list[dict[str, Any]] = [
    {
        "title": "Mayor says <50% & rising",
        "link": "https://news.example/a?x=1&y=2",
        "guid": "urn:a",
        "summary": 'The "claim" <b>holds</b>',
        "pubDate": datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
    },
    {"title": "Second", "link": "https://news.example/b", "guid": "https://news.example/b"},
]


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5, trust_env=False) as client:
        yield client


def web_client(slack: SlackStandIn, **kwargs: object) -> WebClient:
    kwargs.setdefault("retry_handlers", [])
    return WebClient(token="xoxb-test", base_url=slack.base_url, **kwargs)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------------------
# Feed documents


def test_rss_document_escapes_and_parses() -> None:
    root = ET.fromstring(rss_document(ITEMS).encode())
    items = root.findall("./channel/item")
    assert [i.findtext("title") for i in items] == ["Mayor says <50% & rising", "Second"]
    assert items[0].findtext("link") == "https://news.example/a?x=1&y=2"
    assert items[0].findtext("description") == 'The "claim" <b>holds</b>'
    assert items[0].findtext("pubDate") == "Tue, 02 Jan 2024 03:04:05 GMT"
    assert items[1].find("guid").get("isPermaLink") == "true"  # type: ignore[union-attr]


def test_atom_document_escapes_and_parses() -> None:
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.fromstring(atom_document(ITEMS).encode())
    entries = root.findall("a:entry", ns)
    assert entries[0].findtext("a:title", namespaces=ns) == "Mayor says <50% & rising"
    assert entries[0].find("a:link", ns).get("href") == ITEMS[0]["link"]  # type: ignore[union-attr]
    assert entries[0].findtext("a:id", namespaces=ns) == "urn:a"
    assert entries[0].findtext("a:updated", namespaces=ns) == "2024-01-02T03:04:05+00:00"


# ----------------------------------------------------------------------------------------
# Feed server: well-behaved routes


def test_binds_loopback_only(feed_server: FeedServer, slack: SlackStandIn) -> None:
    assert feed_server.url("/x").startswith("http://127.0.0.1:")
    assert slack.base_url.startswith("http://127.0.0.1:") and slack.base_url.endswith("/api/")
    assert feed_server._httpd.server_address[0] == "127.0.0.1"  # type: ignore[union-attr]
    assert slack._httpd.server_address[0] == "127.0.0.1"  # type: ignore[union-attr]


def test_static_etag_and_304(feed_server: FeedServer, http: httpx.Client) -> None:
    feed_server.add("/feed.xml", rss_document(ITEMS))
    first = http.get(feed_server.url("/feed.xml"), headers={"User-Agent": "claimwatch-test/1"})
    assert first.status_code == 200
    assert first.headers["content-type"].startswith("application/rss+xml")
    etag, last_modified = first.headers["etag"], first.headers["last-modified"]
    assert etag == feed_server.etag("/feed.xml")

    assert (
        http.get(feed_server.url("/feed.xml"), headers={"If-None-Match": etag}).status_code == 304
    )
    by_date = http.get(feed_server.url("/feed.xml"), headers={"If-Modified-Since": last_modified})
    assert by_date.status_code == 304
    assert by_date.content == b""

    reqs = feed_server.requests_for("/feed.xml")
    assert [r.status for r in reqs] == [200, 304, 304]
    assert reqs[0].header("User-Agent") == "claimwatch-test/1"
    assert reqs[1].header("if-none-match") == etag


def test_set_changes_body_etag_and_last_modified(
    feed_server: FeedServer, http: httpx.Client
) -> None:
    feed_server.add("/feed.xml", rss_document(ITEMS[:1]))
    first = http.get(feed_server.url("/feed.xml"))
    feed_server.set("/feed.xml", body=rss_document(ITEMS))
    cond = {
        "If-None-Match": first.headers["etag"],
        "If-Modified-Since": first.headers["last-modified"],
    }
    second = http.get(feed_server.url("/feed.xml"), headers=cond)
    assert second.status_code == 200
    assert second.headers["etag"] != first.headers["etag"]
    assert second.headers["last-modified"] != first.headers["last-modified"]
    assert b"Second" in second.content
    # Only If-Modified-Since: the later Last-Modified makes it a 200 too.
    ims_only = {"If-Modified-Since": first.headers["last-modified"]}
    assert http.get(feed_server.url("/feed.xml"), headers=ims_only).status_code == 200


def test_conditional_false_ignores_validators(feed_server: FeedServer, http: httpx.Client) -> None:
    feed_server.add("/feed.xml", rss_document(ITEMS), conditional=False)
    first = http.get(feed_server.url("/feed.xml"))
    assert "etag" not in first.headers
    again = http.get(feed_server.url("/feed.xml"), headers={"If-None-Match": "*"})
    assert again.status_code == 200


def test_gzip_when_accepted(feed_server: FeedServer, http: httpx.Client) -> None:
    body = rss_document(ITEMS)
    feed_server.add("/feed.xml", body, gzip=True)
    resp = http.get(feed_server.url("/feed.xml"), headers={"Accept-Encoding": "gzip"})
    assert resp.headers["content-encoding"] == "gzip"
    assert resp.text == body  # httpx decodes
    plain = http.get(feed_server.url("/feed.xml"), headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.text == body


def test_scripted_redirect_then_ok(feed_server: FeedServer, http: httpx.Client) -> None:
    feed_server.route("/old", redirect("/new", 301), static("second"))
    feed_server.add("/new", rss_document(ITEMS))
    resp = http.get(feed_server.url("/old"), follow_redirects=True)
    assert resp.status_code == 200 and str(resp.url) == feed_server.url("/new")
    assert [r.status_code for r in resp.history] == [301]
    assert resp.history[0].headers["location"] == feed_server.url("/new")
    assert http.get(feed_server.url("/old")).text == "second"  # the script moved on
    assert http.get(feed_server.url("/old")).text == "second"  # and the last reply repeats


@pytest.mark.parametrize("code", [302, 307, 308])
def test_redirect_codes(feed_server: FeedServer, http: httpx.Client, code: int) -> None:
    feed_server.route("/a", redirect("/b", code))
    feed_server.add("/b", "ok")
    resp = http.get(feed_server.url("/a"), follow_redirects=True)
    assert resp.text == "ok" and resp.history[0].status_code == code


def test_redirect_loop(feed_server: FeedServer, http: httpx.Client) -> None:
    feed_server.route("/a", redirect("/b", 302))
    feed_server.route("/b", redirect("/a", 302))
    with pytest.raises(httpx.TooManyRedirects):
        http.get(feed_server.url("/a"), follow_redirects=True)


@pytest.mark.parametrize("code", [404, 410, 500, 502, 503])
def test_error_statuses(feed_server: FeedServer, http: httpx.Client, code: int) -> None:
    feed_server.route("/feed.xml", status(code))
    assert http.get(feed_server.url("/feed.xml")).status_code == code


def test_unknown_path_is_404(feed_server: FeedServer, http: httpx.Client) -> None:
    assert http.get(feed_server.url("/nope")).status_code == 404


def test_429_with_retry_after(feed_server: FeedServer, http: httpx.Client) -> None:
    feed_server.route("/feed.xml", status(429, retry_after=120), static("fine"))
    first = http.get(feed_server.url("/feed.xml"))
    assert first.status_code == 429 and first.headers["retry-after"] == "120"
    assert http.get(feed_server.url("/feed.xml")).text == "fine"


def test_html_and_garbage(feed_server: FeedServer, http: httpx.Client) -> None:
    feed_server.route("/html", html_page())
    feed_server.route("/junk", garbage(100))
    html = http.get(feed_server.url("/html"))
    assert html.headers["content-type"].startswith("text/html") and b"<html>" in html.content
    junk = http.get(feed_server.url("/junk")).content
    assert len(junk) == 100
    with pytest.raises(UnicodeDecodeError):
        junk.decode("utf-8")


def test_latency(http: httpx.Client) -> None:
    with FeedServer(latency=0.2) as feeds:
        feeds.add("/f", "x")
        start = time.monotonic()
        http.get(feeds.url("/f"))
        assert time.monotonic() - start >= 0.2


# ----------------------------------------------------------------------------------------
# Feed server: faults


def test_dropped_connection(feed_server: FeedServer, http: httpx.Client) -> None:
    feed_server.route("/feed.xml", drop())
    with pytest.raises(httpx.RemoteProtocolError):
        http.get(feed_server.url("/feed.xml"))
    assert feed_server.requests_for("/feed.xml")[0].status == 0


def test_truncated_body(feed_server: FeedServer, http: httpx.Client) -> None:
    feed_server.route("/feed.xml", truncated(rss_document(ITEMS)[:50], claimed_length=5000))
    with pytest.raises(httpx.RemoteProtocolError):
        http.get(feed_server.url("/feed.xml"))


def test_slow_drip_trips_a_total_deadline(feed_server: FeedServer, http: httpx.Client) -> None:
    feed_server.route("/feed.xml", slow_drip(interval=0.05, size=10_000))
    deadline = time.monotonic() + 0.3
    received = 0
    with pytest.raises(TimeoutError):
        with http.stream("GET", feed_server.url("/feed.xml")) as resp:
            assert resp.headers["content-length"] == "10000"
            for chunk in resp.iter_raw():
                received += len(chunk)
                if time.monotonic() > deadline:
                    raise TimeoutError
    assert 0 < received < 100


def test_slow_drip_stops_promptly_with_server(http: httpx.Client) -> None:
    feeds = FeedServer().start()
    feeds.route("/feed.xml", slow_drip(interval=30, size=100))
    got: list[BaseException] = []

    def fetch() -> None:
        try:
            http.get(feeds.url("/feed.xml"))
        except httpx.HTTPError as e:
            got.append(e)

    t = threading.Thread(target=fetch)
    t.start()
    while not feeds.requests:
        time.sleep(0.01)
    time.sleep(0.05)
    start = time.monotonic()
    feeds.stop()
    t.join(timeout=5)
    assert time.monotonic() - start < 2
    assert got and isinstance(got[0], httpx.RemoteProtocolError)


@pytest.mark.parametrize("mode", ["true", "missing", "lying_huge"])
def test_big_streamed_body(feed_server: FeedServer, http: httpx.Client, mode: str) -> None:
    size = 5 * 1024 * 1024
    feed_server.route("/big", stream(size, content_length=mode))  # type: ignore[arg-type]
    with http.stream("GET", feed_server.url("/big")) as resp:
        expected = {"true": str(size), "missing": None, "lying_huge": str(10 * 1024**3)}[mode]
        assert resp.headers.get("content-length") == expected
        received = 0
        try:
            for chunk in resp.iter_raw():
                received += len(chunk)
        except httpx.RemoteProtocolError:
            assert mode == "lying_huge"  # the promised bytes never come
    assert received == size


def test_lying_small_content_length(feed_server: FeedServer, http: httpx.Client) -> None:
    feed_server.route("/big", stream(100_000, content_length="lying_small"))
    resp = http.get(feed_server.url("/big"))
    assert resp.headers["content-length"] == "1024" and len(resp.content) == 1024


def test_gzip_bomb(feed_server: FeedServer, http: httpx.Client) -> None:
    feed_server.route("/bomb", gzip_bomb(32 * 1024 * 1024))
    with http.stream("GET", feed_server.url("/bomb")) as resp:
        assert resp.headers["content-encoding"] == "gzip"
        raw = resp.read()  # read() decodes; count the wire size from the header instead
        wire = int(resp.headers["content-length"])
    assert wire < 100_000
    assert len(raw) == 32 * 1024 * 1024
    assert len(raw) > 300 * wire


# ----------------------------------------------------------------------------------------
# Slack stand-in: the happy path through the real WebClient


def test_auth_test_and_bad_token(slack: SlackStandIn) -> None:
    assert web_client(slack).auth_test()["bot_id"]
    bad = WebClient(token="xoxb-wrong", base_url=slack.base_url, retry_handlers=[])
    with pytest.raises(SlackApiError) as err:
        bad.auth_test()
    assert err.value.response["error"] == "invalid_auth"
    assert slack.requests[0].headers["authorization"] == "Bearer xoxb-test"


def test_post_message_json_body_and_stored_fields(slack: SlackStandIn) -> None:
    client = web_client(slack)
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*hi*"}}]
    metadata = {"event_type": "claim_alert", "event_payload": {"alert_id": "a1"}}
    resp = client.chat_postMessage(
        channel="#claims",
        text="hi",
        blocks=blocks,
        metadata=metadata,
        unfurl_links=False,
        unfurl_media=False,
        link_names=True,
    )
    assert resp["ok"] and resp["channel"].startswith("C")
    assert resp["channel"] == slack.channel_id("claims")
    assert resp["message"]["text"] == "hi"
    call = slack.calls("chat.postMessage")[0]
    assert call.headers["content-type"].startswith("application/json")  # always JSON
    (msg,) = slack.messages("#claims")
    assert msg.ts == resp["ts"] and msg.blocks == blocks and msg.metadata == metadata
    assert (msg.unfurl_links, msg.unfurl_media, msg.link_names) == (False, False, True)
    # The same channel by name, #name or id.
    client.chat_postMessage(channel="claims", text="2")
    client.chat_postMessage(channel=resp["channel"], text="3")
    assert [m.text for m in slack.messages(resp["channel"])] == ["hi", "2", "3"]


def test_ts_unique_and_increasing_with_a_frozen_clock() -> None:
    with SlackStandIn(clock=lambda: 1_700_000_000.0) as slack:
        client = web_client(slack)
        tss = [client.chat_postMessage(channel="c", text=str(i))["ts"] for i in range(3)]
    assert tss == ["1700000000.000000", "1700000000.000100", "1700000000.000200"]


def test_threads_update_history_and_replies(slack: SlackStandIn) -> None:
    client = web_client(slack)
    parent = client.chat_postMessage(
        channel="#claims", text="parent", metadata={"event_type": "e", "event_payload": {}}
    )
    client.chat_postMessage(channel="#claims", text="reply", thread_ts=parent["ts"])
    client.chat_postMessage(
        channel="#claims", text="loud", thread_ts=parent["ts"], reply_broadcast=True
    )
    later = client.chat_postMessage(channel="#claims", text="later")
    client.chat_update(channel=parent["channel"], ts=parent["ts"], text="parent (edited)")

    history = client.conversations_history(channel="#claims", include_all_metadata=True)
    texts = [m["text"] for m in history["messages"]]
    assert texts == ["later", "loud", "parent (edited)"]  # newest first, no plain replies
    assert history["messages"][2]["metadata"]["event_type"] == "e"
    assert history["messages"][2]["reply_count"] == 2
    assert "metadata" not in client.conversations_history(channel="#claims")["messages"][2]

    since = client.conversations_history(channel="#claims", oldest=parent["ts"], limit=1)
    assert [m["ts"] for m in since["messages"]] == [later["ts"]] and since["has_more"]

    replies = client.conversations_replies(channel="#claims", ts=parent["ts"])
    assert [m["text"] for m in replies["messages"]] == ["parent (edited)", "reply", "loud"]
    (stored_reply,) = [m for m in slack.messages() if m.text == "loud"]
    assert stored_reply.thread_ts == parent["ts"] and stored_reply.reply_broadcast
    form = slack.calls("conversations.history")[0]
    assert form.headers["content-type"] == "application/x-www-form-urlencoded"


def test_update_unknown_message(slack: SlackStandIn) -> None:
    with pytest.raises(SlackApiError) as err:
        web_client(slack).chat_update(channel="#claims", ts="1.000001", text="x")
    assert err.value.response["error"] == "message_not_found"


def test_webhook(slack: SlackStandIn) -> None:
    hook = WebhookClient(slack.webhook_url("#alerts"), retry_handlers=[])
    resp = hook.send(text="hello", blocks=[{"type": "divider"}], unfurl_links=False)
    assert (resp.status_code, resp.body) == (200, "ok")
    (msg,) = slack.messages("#alerts")
    assert msg.via == "webhook" and msg.blocks == [{"type": "divider"}]
    assert msg.unfurl_links is False


# ----------------------------------------------------------------------------------------
# Slack stand-in: scripted failures


def test_429_raises_without_retry_handler(slack: SlackStandIn) -> None:
    slack.fail_next("chat.postMessage", status=429, retry_after=1)
    with pytest.raises(SlackApiError) as err:
        web_client(slack).chat_postMessage(channel="#claims", text="x")
    assert err.value.response.status_code == 429
    assert err.value.response.headers["Retry-After"] == "1"
    assert err.value.response["error"] == "ratelimited"
    assert slack.messages() == []


def test_rate_limit_retry_handler_honours_retry_after(slack: SlackStandIn) -> None:
    slack.fail_next("chat.postMessage", status=429, retry_after=1)
    client = web_client(slack, retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)])
    start = time.monotonic()
    resp = client.chat_postMessage(channel="#claims", text="x")
    elapsed = time.monotonic() - start
    assert resp["ok"] and len(slack.messages()) == 1
    assert 1.0 <= elapsed < 2.5  # slack_sdk sleeps int(Retry-After) + random()
    outcomes = [c.outcome for c in slack.calls("chat.postMessage")]
    assert outcomes[0] == "429 retry-after=1" and outcomes[1].startswith("ok ts=")


def test_error_without_http_failure(slack: SlackStandIn) -> None:
    slack.fail_next("chat.postMessage", error="channel_not_found")
    with pytest.raises(SlackApiError) as err:
        web_client(slack).chat_postMessage(channel="#claims", text="x")
    assert err.value.response.status_code == 200
    assert err.value.response["error"] == "channel_not_found"


def test_server_error_and_server_error_retry(slack: SlackStandIn) -> None:
    slack.fail_next("chat.postMessage", status=500)
    with pytest.raises(SlackApiError) as err:
        web_client(slack).chat_postMessage(channel="#claims", text="x")
    assert err.value.response.status_code == 500
    slack.fail_next("chat.postMessage", status=503)
    retrying = ServerErrorRetryHandler(
        max_retry_count=1, interval_calculator=FixedValueRetryIntervalCalculator(0)
    )
    assert web_client(slack, retry_handlers=[retrying]).chat_postMessage(channel="c", text="x")


def test_dropped_connection_is_not_a_slack_api_error(slack: SlackStandIn) -> None:
    slack.fail_next("chat.postMessage", drop=True)
    with pytest.raises((RemoteDisconnected, URLError, ConnectionError)) as err:
        web_client(slack).chat_postMessage(channel="#claims", text="x")
    assert not isinstance(err.value, SlackApiError)
    assert slack.calls("chat.postMessage")[0].outcome == "dropped"


def test_after_effect_with_default_connection_retry_duplicates(slack: SlackStandIn) -> None:
    """The ambiguous failure: stored, then dropped; slack_sdk's default retry posts again."""
    slack.fail_next("chat.postMessage", drop=True, after_effect=True)
    handler = ConnectionErrorRetryHandler(
        max_retry_count=1, interval_calculator=FixedValueRetryIntervalCalculator(0)
    )
    client = web_client(slack, retry_handlers=[handler])
    client.chat_postMessage(channel="#claims", text="once")
    assert [m.text for m in slack.messages("#claims")] == ["once", "once"]
    assert slack.calls("chat.postMessage")[0].outcome.startswith("dropped (took effect: ok ts=")


def test_after_effect_500(slack: SlackStandIn) -> None:
    slack.fail_next("chat.postMessage", status=500, after_effect=True)
    with pytest.raises(SlackApiError):
        web_client(slack).chat_postMessage(channel="#claims", text="x")
    assert len(slack.messages("#claims")) == 1


def test_fail_next_counts_and_is_per_method(slack: SlackStandIn) -> None:
    client = web_client(slack)
    slack.fail_next("chat.postMessage", n=2, error="ratelimited", status=200)
    assert client.auth_test()["ok"]
    for _ in range(2):
        with pytest.raises(SlackApiError):
            client.chat_postMessage(channel="c", text="x")
    assert client.chat_postMessage(channel="c", text="x")["ok"]
    assert slack.pending_failures("chat.postMessage") == 0


def test_channel_and_global_errors(slack: SlackStandIn) -> None:
    client = web_client(slack)
    slack.set_channel_error("#gone", "channel_not_found")
    with pytest.raises(SlackApiError) as err:
        client.chat_postMessage(channel="gone", text="x")
    assert err.value.response["error"] == "channel_not_found"
    assert client.chat_postMessage(channel="#ok", text="x")["ok"]

    slack.set_error("invalid_auth")
    with pytest.raises(SlackApiError) as err:
        client.chat_postMessage(channel="#ok", text="x")
    assert err.value.response["error"] == "invalid_auth"
    slack.clear()
    assert client.chat_postMessage(channel="#gone", text="x")["ok"]


def test_strict_channels() -> None:
    with SlackStandIn(channels=["claims"], strict_channels=True) as slack:
        client = web_client(slack)
        assert client.chat_postMessage(channel="#claims", text="x")["ok"]
        with pytest.raises(SlackApiError) as err:
            client.chat_postMessage(channel="#elsewhere", text="x")
        assert err.value.response["error"] == "channel_not_found"


def test_webhook_failures(slack: SlackStandIn) -> None:
    hook = WebhookClient(slack.webhook_url("alerts"), retry_handlers=[])
    slack.fail_next("webhook", error="channel_not_found")
    resp = hook.send(text="x")  # WebhookClient never raises on an HTTP error status
    assert (resp.status_code, resp.body) == (404, "channel_not_found")
    slack.fail_next("webhook", status=429, retry_after=0)
    resp = hook.send(text="x")
    assert resp.status_code == 429 and resp.headers["Retry-After"] == "0"
    assert slack.messages("alerts") == []


def test_transcript(slack: SlackStandIn) -> None:
    slack.fail_next("chat.postMessage", status=429, retry_after=0)
    client = web_client(slack, retry_handlers=[RateLimitErrorRetryHandler()])
    client.chat_postMessage(channel="#claims", text="x")
    lines = slack.transcript()
    assert lines[0].endswith("chat.postMessage #claims → 429 retry-after=0")
    assert " chat.postMessage #claims → ok ts=" in lines[1]


def test_records_json_params(slack: SlackStandIn) -> None:
    web_client(slack).chat_postMessage(channel="#c", text="x", thread_ts=None)
    params = slack.requests[0].params
    assert json.loads(json.dumps(params)) == {"channel": "#c", "text": "x"}


def test_slow_answer_trips_client_timeout(slack: SlackStandIn) -> None:
    slack.fail_next("chat.postMessage", delay=1.5)
    client = WebClient(token="xoxb-test", base_url=slack.base_url, timeout=1, retry_handlers=[])
    with pytest.raises(TimeoutError):  # raw socket timeout: not a SlackApiError, not a URLError
        client.chat_postMessage(channel="#claims", text="x")
    # The stand-in still took effect once the delay passed: an ambiguous failure.
    deadline = time.monotonic() + 3
    while not slack.calls("chat.postMessage") and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(slack.messages("#claims")) == 1


# ----------------------------------------------------------------------------------------
# Lifecycle: clean, prompt shutdown


def test_stop_cuts_idle_keepalive_and_leaves_no_threads() -> None:
    before = set(threading.enumerate())
    with httpx.Client(timeout=5, trust_env=False) as client:
        feeds = FeedServer().start()
        slack = SlackStandIn().start()
        feeds.add("/f", "x")
        assert client.get(feeds.url("/f")).text == "x"  # connection stays open (keep-alive)
        web_client(slack).auth_test()
        start = time.monotonic()
        feeds.stop()
        slack.stop()
        assert time.monotonic() - start < 1
        feeds.stop()  # idempotent
    assert set(threading.enumerate()) <= before


def test_restart_keeps_routes() -> None:
    feeds = FeedServer()
    with feeds:
        feeds.add("/f", "x")
    with pytest.raises(RuntimeError):
        feeds.url("/f")  # stopped: no port
    with feeds, httpx.Client(trust_env=False) as client:
        assert client.get(feeds.url("/f")).text == "x"


def test_head_request(feed_server: FeedServer, http: httpx.Client) -> None:
    feed_server.add("/f", "hello")
    resp = http.head(feed_server.url("/f"))
    assert resp.status_code == 200 and resp.headers["content-length"] == "5"
    assert resp.content == b"" and feed_server.requests[0].method == "HEAD"

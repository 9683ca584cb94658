"""A Slack Web API stand-in on 127.0.0.1 for the real ``slack_sdk`` clients.

Modelled on slack-sdk's own ``tests/mock_web_api_server``: the real client talks HTTP to a
real local server, and scenarios are chosen by the test.

    with SlackStandIn() as slack:
        client = WebClient(token="xoxb-test", base_url=slack.base_url)
        slack.fail_next("chat.postMessage", status=429, retry_after=0)
        client.chat_postMessage(channel="#claims", text="hi")  # -> SlackApiError (429)
        slack.messages("#claims")                               # -> []

What slack_sdk sends (3.4x, urllib ``WebClient``): every call is a POST to
``base_url + method``; ``chat.postMessage``/``chat.update`` send a JSON body, methods
called with ``params`` (``auth.test``, ``conversations.history``/``replies``) send a
form-encoded body with booleans as "1"/"0"; the token goes in ``Authorization: Bearer``.
``WebhookClient`` POSTs JSON to its URL and never raises on an HTTP error status.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from .feed_server import LoopbackService, QuietHandler

#: Errors an incoming webhook answers with, and the HTTP status Slack uses for each.
WEBHOOK_ERROR_STATUS = {
    "invalid_payload": 400,
    "no_text": 400,
    "invalid_token": 403,
    "action_prohibited": 403,
    "no_service": 404,
    "no_team": 404,
    "channel_not_found": 404,
    "channel_is_archived": 410,
    "rollup_error": 500,
}

TEAM_ID = "T0000CLAIM"
BOT_USER_ID = "U0000CLAIM"
BOT_ID = "B0000CLAIM"

_FLAGS = (
    "reply_broadcast",
    "link_names",
    "unfurl_links",
    "unfurl_media",
    "mrkdwn",
    "as_user",
    "include_all_metadata",
    "inclusive",
)
_JSON_FIELDS = ("blocks", "attachments", "metadata")


@dataclass
class StoredMessage:
    """A message the stand-in accepted (via chat.postMessage or a webhook)."""

    #: Channel id (``C…``).
    channel: str
    #: Channel name without ``#``.
    channel_name: str
    #: Slack timestamp, unique and increasing ("1700000000.000100").
    ts: str
    text: str | None
    blocks: list[Any] | None
    attachments: list[Any] | None
    #: Parent ts when this is a thread reply.
    thread_ts: str | None
    reply_broadcast: bool
    #: Message metadata as sent (``{"event_type": ..., "event_payload": {...}}``).
    metadata: dict[str, Any] | None
    link_names: bool | None
    unfurl_links: bool | None
    unfurl_media: bool | None
    #: "api" or "webhook".
    via: str
    #: Every parameter exactly as received (after JSON/form decoding).
    params: dict[str, Any]
    #: Edits applied by chat.update, oldest first (each the params of that call).
    edits: list[dict[str, Any]] = field(default_factory=list)

    def as_api(self, *, with_metadata: bool, replies: int = 0) -> dict[str, Any]:
        """The message as conversations.history / replies would return it."""
        out: dict[str, Any] = {
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "text": self.text or "",
            "ts": self.ts,
            "team": TEAM_ID,
        }
        if self.blocks is not None:
            out["blocks"] = self.blocks
        if self.attachments is not None:
            out["attachments"] = self.attachments
        if self.thread_ts is not None:
            out["thread_ts"] = self.thread_ts
            if self.reply_broadcast:
                out["subtype"] = "thread_broadcast"
        elif replies:
            out["thread_ts"] = self.ts
            out["reply_count"] = replies
        if self.edits:
            out["edited"] = {"user": BOT_USER_ID, "ts": self.edits[-1].get("_edit_ts", self.ts)}
        if with_metadata and self.metadata is not None:
            out["metadata"] = self.metadata
        return out


@dataclass(frozen=True)
class RecordedCall:
    """A request the stand-in received and how it answered."""

    #: API method ("chat.postMessage") or "webhook".
    method: str
    #: Request path.
    path: str
    #: Request headers, names lower-cased.
    headers: Mapping[str, str]
    #: Decoded parameters (JSON or form body merged with the query string).
    params: Mapping[str, Any]
    #: HTTP status answered, 0 if the connection was dropped.
    status: int
    #: Short outcome: "ok ts=…", "error channel_not_found", "429 retry-after=1", "dropped".
    outcome: str
    #: Stand-in clock time when the request arrived.
    at: float


@dataclass(frozen=True)
class _Failure:
    status: int
    error: str | None
    retry_after: int | str | None
    drop: bool
    after_effect: bool
    delay: float


class SlackStandIn(LoopbackService):
    """Plays the Slack Web API at ``base_url`` (``http://127.0.0.1:PORT/api/``).

    ``tokens``: accepted bearer tokens. ``strict_channels``: unknown channel names answer
    ``channel_not_found`` instead of being created on first use. ``clock``: gives message
    timestamps and transcript times (defaults to ``time.time``).
    """

    def __init__(
        self,
        *,
        tokens: Iterable[str] = ("xoxb-test",),
        channels: Iterable[str] = (),
        strict_channels: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.handler_class = _SlackHandler
        self.clock = clock
        self.strict_channels = strict_channels
        self._lock = threading.RLock()
        self._tokens = set(tokens)
        self._channels: dict[str, str] = {}  # name -> id
        self._messages: list[StoredMessage] = []
        self._calls: list[RecordedCall] = []
        self._failures: dict[str, deque[_Failure]] = {}
        self._channel_errors: dict[str, str] = {}  # id -> error
        self._global_error: str | None = None
        self._last_ts_us = 0
        for name in channels:
            self.add_channel(name)

    # -- addresses ---------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/api/`` — pass as ``WebClient(base_url=...)``."""
        return f"{self.origin}/api/"

    def webhook_url(self, channel: str = "webhook") -> str:
        """An incoming-webhook URL whose messages land in ``channel``."""
        return f"{self.origin}/webhook/{TEAM_ID}/B0000HOOK/{channel.lstrip('#')}"

    # -- channels and tokens -----------------------------------------------------------

    def add_channel(self, name: str, channel_id: str | None = None) -> str:
        """Register ``name`` (with or without ``#``); returns its id."""
        with self._lock:
            bare = name.lstrip("#")
            if bare not in self._channels:
                self._channels[bare] = channel_id or f"C{len(self._channels) + 1:08d}"
            return self._channels[bare]

    def channel_id(self, channel: str) -> str:
        """The id for a channel name, ``#name`` or id (registers an unknown name)."""
        found = self._resolve(channel, create=True)
        assert found is not None
        return found[0]

    def add_token(self, token: str) -> None:
        with self._lock:
            self._tokens.add(token)

    # -- scenario control --------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        n: int = 1,
        *,
        status: int | None = None,
        error: str | None = None,
        retry_after: int | str | None = None,
        drop: bool = False,
        after_effect: bool = False,
        delay: float = 0.0,
    ) -> None:
        """Make the next ``n`` calls of ``method`` fail (``method`` may be "webhook").

        - nothing but ``method``: 429 with ``Retry-After`` (``retry_after``, default 1);
        - ``error="channel_not_found"``: 200 with ``{"ok": false, "error": ...}``
          (for the webhook: plain-text error with Slack's status for it);
        - ``status=500`` (or 502/503…): that status with ``{"ok": false, ...}``;
        - ``drop=True``: read the request and close the connection without answering;
        - ``after_effect=True``: the call takes effect (the message is stored) and only
          then fails as above — an ambiguous failure to test duplicate avoidance;
        - ``delay=2.0``: wait that long before answering (or dropping), to trip a client
          timeout; with no other option given, the call then succeeds normally.
        """
        if delay and status is None and error is None and not drop:
            status = 0  # only slow: answer normally after the delay
        if status is None:
            status = 200 if error is not None else (500 if drop else 429)
        if status == 429 and retry_after is None:
            retry_after = 1
        failure = _Failure(status, error, retry_after, drop, after_effect, delay)
        with self._lock:
            self._failures.setdefault(method, deque()).extend([failure] * n)

    def set_channel_error(self, channel: str, error: str) -> None:
        """Every call naming ``channel`` answers ``error`` until cleared."""
        with self._lock:
            found = self._resolve(channel, create=True)
            assert found is not None
            self._channel_errors[found[0]] = error

    def clear_channel_error(self, channel: str) -> None:
        with self._lock:
            found = self._resolve(channel, create=False)
            if found is not None:
                self._channel_errors.pop(found[0], None)

    def set_error(self, error: str | None) -> None:
        """Every API call answers ``{"ok": false, "error": error}`` (e.g. "invalid_auth")."""
        with self._lock:
            self._global_error = error

    def clear(self) -> None:
        """Drop all scripted failures and errors (keeps messages and the request log)."""
        with self._lock:
            self._failures.clear()
            self._channel_errors.clear()
            self._global_error = None

    def reset(self) -> None:
        """Back to a fresh stand-in: no failures, messages or recorded requests."""
        with self._lock:
            self.clear()
            self._messages.clear()
            self._calls.clear()

    def pending_failures(self, method: str) -> int:
        with self._lock:
            return len(self._failures.get(method, ()))

    # -- inspection --------------------------------------------------------------------

    def messages(self, channel: str | None = None) -> list[StoredMessage]:
        """Stored messages (oldest first), optionally of one channel (name, #name or id)."""
        with self._lock:
            if channel is None:
                return list(self._messages)
            found = self._resolve(channel, create=False)
            if found is None:
                return []
            return [m for m in self._messages if m.channel == found[0]]

    @property
    def requests(self) -> list[RecordedCall]:
        """Every request so far, in arrival order (a copy)."""
        with self._lock:
            return list(self._calls)

    def calls(self, method: str) -> list[RecordedCall]:
        return [c for c in self.requests if c.method == method]

    def transcript(self) -> list[str]:
        """Readable lines: ``12:00:01 chat.postMessage #claims → 429 retry-after=1``."""
        lines = []
        for call in self.requests:
            stamp = time.strftime("%H:%M:%S", time.gmtime(call.at))
            where = self._display_channel(call.params.get("channel"), call)
            target = f" {where}" if where else ""
            lines.append(f"{stamp} {call.method}{target} → {call.outcome}")
        return lines

    # -- internals ---------------------------------------------------------------------

    def _display_channel(self, channel: Any, call: RecordedCall) -> str:
        if call.method == "webhook":
            return "#" + call.path.rstrip("/").rsplit("/", 1)[-1]
        if not isinstance(channel, str) or not channel:
            return ""
        with self._lock:
            for name, cid in self._channels.items():
                if channel == cid:
                    return f"#{name}"
        return channel if channel.startswith("#") else f"#{channel}"

    def _resolve(self, channel: str, *, create: bool) -> tuple[str, str] | None:
        """(id, name) for a name, #name or id; None if unknown and not created."""
        with self._lock:
            for name, cid in self._channels.items():
                if channel == cid:
                    return cid, name
            bare = channel.lstrip("#")
            if bare in self._channels:
                return self._channels[bare], bare
            if not bare or (not create):
                return None
            return self.add_channel(bare), bare

    def _next_ts(self) -> str:
        with self._lock:
            now_us = int(self.clock() * 1_000_000)
            self._last_ts_us = max(now_us, self._last_ts_us + 100)
            sec, us = divmod(self._last_ts_us, 1_000_000)
            return f"{sec}.{us:06d}"

    def _take_failure(self, method: str) -> _Failure | None:
        with self._lock:
            queue = self._failures.get(method)
            return queue.popleft() if queue else None

    def _record(self, call: RecordedCall) -> None:
        with self._lock:
            self._calls.append(call)

    # -- API methods: each returns the JSON answer; raise _ApiError for ok:false --------

    def _channel_for(self, params: Mapping[str, Any]) -> tuple[str, str]:
        channel = params.get("channel")
        if not isinstance(channel, str) or not channel:
            raise _ApiError("channel_not_found")
        with self._lock:
            found = self._resolve(channel, create=not self.strict_channels)
            if found is None:
                raise _ApiError("channel_not_found")
            if found[0] in self._channel_errors:
                raise _ApiError(self._channel_errors[found[0]])
            return found

    def _auth_test(self, params: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "url": "https://claimwatch-test.slack.com/",
            "team": "Claimwatch Test",
            "user": "claimwatch",
            "team_id": TEAM_ID,
            "user_id": BOT_USER_ID,
            "bot_id": BOT_ID,
            "is_enterprise_install": False,
        }

    def _post_message(self, params: Mapping[str, Any], *, via: str = "api") -> dict[str, Any]:
        cid, name = self._channel_for(params)
        if not params.get("text") and not params.get("blocks") and not params.get("attachments"):
            raise _ApiError("no_text")
        thread_ts = params.get("thread_ts")
        with self._lock:
            if thread_ts is not None:
                thread_ts = str(thread_ts)
                if not any(m.channel == cid and m.ts == thread_ts for m in self._messages):
                    raise _ApiError("thread_not_found")
            msg = StoredMessage(
                channel=cid,
                channel_name=name,
                ts=self._next_ts(),
                text=params.get("text"),
                blocks=params.get("blocks"),
                attachments=params.get("attachments"),
                thread_ts=thread_ts,
                reply_broadcast=bool(params.get("reply_broadcast")),
                metadata=params.get("metadata"),
                link_names=params.get("link_names"),
                unfurl_links=params.get("unfurl_links"),
                unfurl_media=params.get("unfurl_media"),
                via=via,
                params=dict(params),
            )
            self._messages.append(msg)
        return {"channel": cid, "ts": msg.ts, "message": msg.as_api(with_metadata=True)}

    def _update(self, params: Mapping[str, Any]) -> dict[str, Any]:
        cid, _ = self._channel_for(params)
        ts = str(params.get("ts") or "")
        with self._lock:
            for msg in self._messages:
                if msg.channel == cid and msg.ts == ts:
                    break
            else:
                raise _ApiError("message_not_found")
            for key in ("text", "blocks", "attachments", "metadata"):
                if key in params:
                    setattr(msg, key, params[key])
            msg.edits.append({**params, "_edit_ts": self._next_ts()})
        return {
            "channel": cid,
            "ts": ts,
            "text": msg.text or "",
            "message": msg.as_api(with_metadata=True),
        }

    def _history(self, params: Mapping[str, Any]) -> dict[str, Any]:
        cid, _ = self._channel_for(params)
        oldest = float(params.get("oldest") or 0)
        latest = float(params.get("latest") or "inf")
        inclusive = bool(params.get("inclusive"))
        limit = int(params.get("limit") or 100)
        start = int(params.get("cursor") or 0)
        with_metadata = bool(params.get("include_all_metadata"))
        with self._lock:
            reply_counts: dict[str, int] = {}
            for m in self._messages:
                if m.channel == cid and m.thread_ts:
                    reply_counts[m.thread_ts] = reply_counts.get(m.thread_ts, 0) + 1

            def in_range(ts: float) -> bool:
                if inclusive:
                    return oldest <= ts <= latest
                return oldest < ts < latest

            found = [
                m
                for m in reversed(self._messages)
                if m.channel == cid
                and (m.thread_ts is None or m.reply_broadcast)
                and in_range(float(m.ts))
            ]
        page = found[start : start + limit]
        has_more = start + limit < len(found)
        return {
            "messages": [
                m.as_api(with_metadata=with_metadata, replies=reply_counts.get(m.ts, 0))
                for m in page
            ],
            "has_more": has_more,
            "pin_count": 0,
            "response_metadata": {"next_cursor": str(start + limit) if has_more else ""},
        }

    def _replies(self, params: Mapping[str, Any]) -> dict[str, Any]:
        cid, _ = self._channel_for(params)
        ts = str(params.get("ts") or "")
        with_metadata = bool(params.get("include_all_metadata"))
        with self._lock:
            parent = next((m for m in self._messages if m.channel == cid and m.ts == ts), None)
            if parent is None:
                raise _ApiError("thread_not_found")
            thread = [m for m in self._messages if m.channel == cid and m.thread_ts == ts]
        return {
            "messages": [parent.as_api(with_metadata=with_metadata, replies=len(thread))]
            + [m.as_api(with_metadata=with_metadata) for m in thread],
            "has_more": False,
            "response_metadata": {"next_cursor": ""},
        }


class _ApiError(Exception):
    def __init__(self, error: str) -> None:
        super().__init__(error)
        self.error = error


_METHODS: dict[str, Callable[[SlackStandIn, Mapping[str, Any]], dict[str, Any]]] = {
    "auth.test": SlackStandIn._auth_test,
    "chat.postMessage": SlackStandIn._post_message,
    "chat.update": SlackStandIn._update,
    "conversations.history": SlackStandIn._history,
    "conversations.replies": SlackStandIn._replies,
}

#: Methods whose effect ``after_effect`` failures keep.
_EFFECTFUL = {"chat.postMessage", "chat.update", "webhook"}


class _SlackHandler(QuietHandler):
    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    @property
    def slack(self) -> SlackStandIn:
        owner = self.server.owner
        assert isinstance(owner, SlackStandIn)
        return owner

    _pending: bytes | None = None

    def _dispatch(self) -> None:
        self._pending = None
        slack = self.slack
        at = slack.clock()
        body = self.read_body()
        url = urlsplit(self.path)
        params: dict[str, Any] = dict(parse_qsl(url.query, keep_blank_values=True))
        params.update(_decode_body(body, self.headers.get("Content-Type") or ""))
        _normalise(params)
        headers = {k.lower(): v for k, v in self.headers.items()}

        if url.path.startswith("/webhook/"):
            method = "webhook"
            params["channel"] = unquote(url.path.rstrip("/").rsplit("/", 1)[-1])
        elif url.path.startswith("/api/"):
            method = url.path.removeprefix("/api/")
        else:
            slack._record(RecordedCall("?", self.path, headers, params, 404, "404", at))
            self._send(404, b"not found\n", "text/plain")
            self._flush()
            return

        status, outcome = self._handle(method, params, headers)
        # Record before answering, so a test never races the log after its call returns.
        slack._record(RecordedCall(method, self.path, headers, params, status, outcome, at))
        self._flush()

    def _flush(self) -> None:
        """Send the buffered response, or drop the connection when there is none."""
        pending = self._pending
        if pending is None:
            self.drop_connection()
        else:
            self.wfile.write(pending)

    def _handle(
        self, method: str, params: dict[str, Any], headers: Mapping[str, str]
    ) -> tuple[int, str]:
        slack = self.slack
        webhook = method == "webhook"
        failure = slack._take_failure(method)
        if failure is not None and failure.delay:
            if slack.stopping.wait(failure.delay):
                return 0, "dropped (stand-in stopping)"
            if failure.status == 0:
                failure = None  # slow, not failing

        effect: dict[str, Any] | None = None
        if failure is None or failure.after_effect:
            try:
                effect = self._effect(method, params, headers)
            except _ApiError as e:
                if failure is None:
                    return self._error(e.error, webhook=webhook)
        if failure is None:
            assert effect is not None
            if webhook:
                self._send(200, b"ok", "text/plain; charset=utf-8")
                return 200, "ok"
            self._json(200, {"ok": True, **effect})
            return 200, _ok_outcome(effect)

        stored = f" (took effect: {_ok_outcome(effect)})" if effect is not None else ""
        if failure.drop:
            return 0, "dropped" + stored
        if failure.error is not None and failure.status == 200 and not webhook:
            self._json(200, {"ok": False, "error": failure.error})
            return 200, f"error {failure.error}{stored}"
        extra = {}
        if failure.retry_after is not None:
            extra["Retry-After"] = str(failure.retry_after)
        error = failure.error or ("ratelimited" if failure.status == 429 else "internal_error")
        code = failure.status
        if webhook:
            if failure.error is not None and code == 200:
                code = WEBHOOK_ERROR_STATUS.get(failure.error, 400)
            self._send(code, error.encode(), "text/plain; charset=utf-8", extra)
        else:
            self._json(code, {"ok": False, "error": error}, extra)
        ra = f" retry-after={failure.retry_after}" if failure.retry_after is not None else ""
        detail = "" if failure.error is None else f" {failure.error}"
        return code, f"{code}{detail}{ra}{stored}"

    def _effect(
        self, method: str, params: dict[str, Any], headers: Mapping[str, str]
    ) -> dict[str, Any]:
        slack = self.slack
        if method == "webhook":
            effect = slack._post_message(params, via="webhook")
            return effect
        with slack._lock:
            global_error = slack._global_error
            tokens = set(slack._tokens)
        if global_error is not None:
            raise _ApiError(global_error)
        auth = headers.get("authorization", "")
        token = auth.removeprefix("Bearer ").strip() if auth.startswith("Bearer ") else None
        token = token or params.pop("token", None)
        if not token:
            raise _ApiError("not_authed")
        if token not in tokens:
            raise _ApiError("invalid_auth")
        handler = _METHODS.get(method)
        if handler is None:
            raise _ApiError("unknown_method")
        return handler(slack, params)

    def _error(self, error: str, *, webhook: bool) -> tuple[int, str]:
        if webhook:
            code = WEBHOOK_ERROR_STATUS.get(error, 400)
            self._send(code, error.encode(), "text/plain; charset=utf-8")
            return code, f"{code} {error}"
        self._json(200, {"ok": False, "error": error})
        return 200, f"error {error}"

    def _json(self, code: int, payload: Mapping[str, Any], extra: Mapping[str, str] = {}) -> None:
        self._send(code, json.dumps(payload).encode(), "application/json; charset=utf-8", extra)

    def _send(
        self, code: int, body: bytes, content_type: str, extra: Mapping[str, str] = {}
    ) -> None:
        """Buffer a complete response; _dispatch writes it after recording the call."""
        lines = [f"{self.protocol_version} {code} {self.responses[code][0]}"]
        lines.append(f"Date: {self.date_time_string()}")
        lines.append(f"Content-Type: {content_type}")
        lines += [f"{k}: {v}" for k, v in extra.items()]
        lines.append(f"Content-Length: {len(body)}")
        self._pending = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _ok_outcome(effect: Mapping[str, Any] | None) -> str:
    if effect is not None and "ts" in effect:
        return f"ok ts={effect['ts']}"
    return "ok"


def _decode_body(body: bytes, content_type: str) -> dict[str, Any]:
    if not body:
        return {}
    if "json" in content_type:
        data = json.loads(body.decode("utf-8"))
        return data if isinstance(data, dict) else {"_json": data}
    if "multipart/form-data" in content_type:
        return _decode_multipart(body, content_type)
    return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))


def _decode_multipart(body: bytes, content_type: str) -> dict[str, Any]:
    from email.parser import BytesParser
    from email.policy import HTTP

    msg = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    out: dict[str, Any] = {}
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str):
            payload = part.get_payload(decode=True)
            out[name] = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return out


def _normalise(params: dict[str, Any]) -> None:
    """Form bodies carry JSON fields as strings and booleans as "1"/"0"/"true"."""
    for key in _JSON_FIELDS:
        value = params.get(key)
        if isinstance(value, str) and value[:1] in ("[", "{"):
            try:
                params[key] = json.loads(value)
            except ValueError:
                pass
    for key in _FLAGS:
        value = params.get(key)
        if isinstance(value, str):
            params[key] = value.lower() in ("1", "true", "yes")


__all__ = [
    "BOT_ID",
    "BOT_USER_ID",
    "TEAM_ID",
    "WEBHOOK_ERROR_STATUS",
    "RecordedCall",
    "SlackStandIn",
    "StoredMessage",
]

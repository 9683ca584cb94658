"""The ways an alert leaves claimwatch: Slack Web API, an incoming webhook, the console.

Senders make exactly one HTTP request per call and never retry or sleep: pacing, retries
and backoff are the delivery loop's job, on its own clock, recorded in the outbox. (The
slack_sdk retry handlers would sleep with time.sleep, and the default connection-error
handler re-posts after a dropped connection, which can post a message twice.)
"""

from __future__ import annotations

import math
import os
from typing import IO, TYPE_CHECKING, Any

from bot.records import evidence_place
from bot.slack.protocol import RETRY_CEILING, Found, Post, SendError, Sent
from bot.slack.render import Message, cue_label
from bot.text import printable

if TYPE_CHECKING:
    from rich.console import Console

TOKEN_ENV = "SLACK_BOT_TOKEN"  # noqa: S105 (the variable name, not a secret)
WEBHOOK_ENV = "SLACK_WEBHOOK_URL"

#: pages of history read when looking for a message whose post may have landed
LOOKUP_PAGES = 5
LOOKUP_PAGE_SIZE = 200


def _retry_after(value: Any) -> float | None:
    """Slack's Retry-After in seconds, within 0..RETRY_CEILING (an hour, the longest
    backoff): a server may send anything there, and an absurd wait (99999999999999) would
    overflow the retry time or park the channel for good. None when it is not a number."""
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        seconds = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    if math.isnan(seconds):
        return None
    return min(max(0.0, seconds), RETRY_CEILING)


class SlackSender:
    """The Web API through slack_sdk's WebClient, with its retry handlers switched off."""

    name = "slack"
    web_api = True
    one_channel = False
    #: Slack's per-channel posting limit: about one message per second
    min_interval = 1.0

    def __init__(self, token: str, base_url: str | None = None, *, timeout: int = 30) -> None:
        from slack_sdk import WebClient

        kwargs: dict[str, Any] = {"token": token, "timeout": timeout}
        if base_url:
            kwargs["base_url"] = base_url
        self.client = WebClient(**kwargs)
        self.client.retry_handlers = []

    def _call(self, method: str, **kwargs: Any) -> dict[str, Any]:
        """One Web API call; every failure becomes a SendError with Slack's code."""
        from slack_sdk.errors import SlackApiError, SlackClientError

        try:
            # the typed methods (chat_postMessage, ...) do slack_sdk's argument handling
            resp = getattr(self.client, method.replace(".", "_"))(**kwargs)
        except SlackApiError as e:
            status = int(e.response.status_code)
            code = str(e.response.get("error") or f"http_{status}")
            if status == 429:
                code = "ratelimited"
            headers = e.response.headers or {}
            retry = headers.get("Retry-After", headers.get("retry-after"))
            raise SendError(
                f"Slack answered {code} to {method}",
                code=code,
                status=status,
                retry_after=_retry_after(retry) if retry is not None else None,
            ) from e
        except (SlackClientError, OSError) as e:
            raise SendError(
                f"cannot reach Slack ({method}): {type(e).__name__}", code="connection"
            ) from e
        return dict(resp.data) if isinstance(resp.data, dict) else {}

    def post(self, post: Post) -> Sent:
        kwargs: dict[str, Any] = {
            "channel": post.channel,
            "text": post.message.text,
            "link_names": False,
            "unfurl_links": False,
            "unfurl_media": False,
        }
        if post.message.blocks:
            kwargs["blocks"] = post.message.blocks
        if post.metadata is not None:
            kwargs["metadata"] = post.metadata
        if post.thread_ts is not None:
            kwargs["thread_ts"] = post.thread_ts
            if post.broadcast:
                kwargs["reply_broadcast"] = True
        data = self._call("chat.postMessage", **kwargs)
        return Sent("slack", str(data.get("channel") or ""), str(data.get("ts") or ""))

    def update(
        self, channel_id: str, ts: str, message: Message, metadata: dict[str, Any] | None
    ) -> None:
        kwargs: dict[str, Any] = {
            "channel": channel_id,
            "ts": ts,
            "text": message.text,
            "blocks": message.blocks,
            "link_names": False,
        }
        if metadata is not None:
            kwargs["metadata"] = metadata
        self._call("chat.update", **kwargs)

    def find(self, channel: str, oldest: float, thread_ts: str | None) -> list[Found]:
        """claimwatch's messages (with metadata) in a channel, or in one thread, since `oldest`."""
        method = "conversations.replies" if thread_ts else "conversations.history"
        found: list[Found] = []
        cursor: str | None = None
        for _ in range(LOOKUP_PAGES):
            params: dict[str, Any] = {
                "channel": channel,
                "oldest": f"{oldest:.6f}",
                "limit": LOOKUP_PAGE_SIZE,
                "include_all_metadata": True,
            }
            if thread_ts:
                params["ts"] = thread_ts
            if cursor:
                params["cursor"] = cursor
            data = self._call(method, **params)
            for msg in data.get("messages") or ():
                meta = msg.get("metadata") if isinstance(msg, dict) else None
                if isinstance(meta, dict) and isinstance(meta.get("event_payload"), dict):
                    found.append(
                        Found(
                            str(msg.get("ts")), str(meta.get("event_type")), meta["event_payload"]
                        )
                    )
            cursor = str((data.get("response_metadata") or {}).get("next_cursor") or "")
            if not data.get("has_more") or not cursor:
                break
        return found

    def post_text(self, channel: str, text: str) -> Sent:
        """A plain operational notice; the caller escapes any untrusted text in it."""
        data = self._call(
            "chat.postMessage",
            channel=channel,
            text=text,
            link_names=False,
            unfurl_links=False,
            unfurl_media=False,
        )
        return Sent("slack", str(data.get("channel") or ""), str(data.get("ts") or ""))


class WebhookSender:
    """An incoming webhook: one channel, no threads, no history to look in."""

    name = "webhook"
    web_api = False
    one_channel = True
    min_interval = 1.0

    def __init__(self, url: str, *, timeout: int = 30) -> None:
        from slack_sdk.webhook import WebhookClient

        self.client = WebhookClient(url, timeout=timeout)
        self.client.retry_handlers = []

    def _send(self, **kwargs: Any) -> None:
        try:
            resp = self.client.send(unfurl_links=False, unfurl_media=False, **kwargs)
        except OSError as e:
            raise SendError(
                f"cannot reach the webhook: {type(e).__name__}", code="connection"
            ) from e
        if resp.status_code == 200:
            return
        body = (resp.body or "").strip()
        if resp.status_code == 429:
            code = "ratelimited"
        elif resp.status_code >= 500 or not body:
            code = f"http_{resp.status_code}"
        else:
            code = body[:60]
        headers = resp.headers or {}
        retry = headers.get("Retry-After", headers.get("retry-after"))
        raise SendError(
            f"webhook answered {resp.status_code} {body[:100]}",
            code=code,
            status=resp.status_code,
            retry_after=_retry_after(retry) if retry is not None else None,
        )

    def post(self, post: Post) -> Sent:
        # a webhook takes no metadata and no thread; link_names is off by default
        self._send(text=post.message.text, blocks=post.message.blocks or None)
        return Sent("webhook")

    def update(
        self, channel_id: str, ts: str, message: Message, metadata: dict[str, Any] | None
    ) -> None:
        raise SendError("a webhook cannot update messages", code="not_supported")

    def find(self, channel: str, oldest: float, thread_ts: str | None) -> list[Found]:
        raise SendError("a webhook cannot read history", code="not_supported")

    def post_text(self, channel: str, text: str) -> Sent:
        """A plain notice to the webhook's one channel (`channel` cannot be chosen)."""
        self._send(text=text)
        return Sent("webhook")


class ConsoleSender:
    """No Slack credentials: print alerts readably, and record them as delivered here."""

    name = "console"
    web_api = False
    one_channel = False
    min_interval = 0.0

    def __init__(self, file: IO[str] | None = None) -> None:
        #: where alerts are printed (default: standard output)
        self.file = file
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        """The rich console, made on first use: a cycle with nothing to print never
        imports rich."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self.file, highlight=False)
        return self._console

    def post(self, post: Post) -> Sent:
        from rich.panel import Panel

        if post.kind == "digest":
            contra = any(a.stance == "contradiction" for a in post.alerts)
            lines = [
                f"{'CONTRADICTION' if a.stance == 'contradiction' else 'update'}:"
                f" {_shown(a.title or '(no headline)')} ({_shown(a.outlet)})"
                for a in post.alerts
            ]
            n = len(post.alerts)
            title = f"{n} item{'' if n == 1 else 's'} · {_shown(post.alerts[0].claim_id)} → {_shown(post.channel)}"
            self.console.print(
                Panel(
                    "\n".join(lines),
                    title=title,
                    title_align="left",
                    border_style="red" if contra else "blue",
                )
            )
            return Sent("console")
        for alert in post.alerts:
            contra = alert.stance == "contradiction"
            lines = [
                f"[bold]{_shown(alert.title or '(no headline)')}[/bold]",
                f"{_shown(alert.outlet)} · {_shown(alert.published or 'no date')}",
                _shown(alert.link or ""),
            ]
            if alert.change:
                lines.append(f"[yellow]{_shown(alert.change)}[/yellow]")
            if alert.evidence:
                lines.append(f"[italic]“{_shown(alert.evidence)}”[/italic]")
                if alert.paragraph:
                    lines.append(f"({evidence_place(alert.paragraph)})")
            if alert.cue:
                lines.append(f"{cue_label(alert.stance)}: {_shown(alert.cue)}")
            kind = "CONTRADICTION" if contra else "Update"
            title = f"{kind} · {_shown(alert.claim_id)} → {_shown(alert.channel)}"
            self.console.print(
                Panel(
                    "\n".join(lines),
                    title=title,
                    title_align="left",
                    border_style="red" if contra else "blue",
                )
            )
        return Sent("console")

    def update(
        self, channel_id: str, ts: str, message: Message, metadata: dict[str, Any] | None
    ) -> None:
        return None

    def find(self, channel: str, oldest: float, thread_ts: str | None) -> list[Found]:
        return []

    def post_text(self, channel: str, text: str) -> Sent:
        self.console.print(f"[bold]{_shown(channel)}[/bold] {_shown(text)}")
        return Sent("console")


def _shown(text: str) -> str:
    """Feed text for the console: printable (no terminal escapes, OSC-8 links, bells or
    bidi overrides) and rich's [markup] escaped."""
    from rich.markup import escape as markup_escape

    return markup_escape(printable(text))


def sender_from_env(base_url: str | None) -> SlackSender | WebhookSender | ConsoleSender:
    """SLACK_BOT_TOKEN -> Web API; else SLACK_WEBHOOK_URL -> webhook; else the console."""
    token = os.environ.get(TOKEN_ENV, "").strip()
    if token:
        return SlackSender(token, base_url)
    webhook = os.environ.get(WEBHOOK_ENV, "").strip()
    if webhook:
        return WebhookSender(webhook)
    return ConsoleSender()

"""The ways an alert leaves claimwatch: Slack Web API, an incoming webhook, the console."""

from __future__ import annotations

import os
from typing import Any

from bot.slack.deliver import SendError, Sent
from bot.slack.render import Message
from bot.store import PendingAlert

TOKEN_ENV = "SLACK_BOT_TOKEN"  # noqa: S105 (the variable name, not a secret)
WEBHOOK_ENV = "SLACK_WEBHOOK_URL"


class SlackSender:
    """slack-sdk WebClient, with its retry handlers for connection errors, 429 and 5xx."""

    name = "slack"

    def __init__(self, token: str, base_url: str | None = None, *, retries: int = 2) -> None:
        from slack_sdk import WebClient
        from slack_sdk.http_retry.builtin_handlers import (
            ConnectionErrorRetryHandler,
            RateLimitErrorRetryHandler,
            ServerErrorRetryHandler,
        )

        kwargs: dict[str, Any] = {"token": token, "timeout": 30}
        if base_url:
            kwargs["base_url"] = base_url
        self.client = WebClient(**kwargs)
        self.client.retry_handlers = [
            ConnectionErrorRetryHandler(max_retry_count=retries),
            RateLimitErrorRetryHandler(max_retry_count=retries),
            ServerErrorRetryHandler(max_retry_count=retries),
        ]

    def send(self, alert: PendingAlert, message: Message) -> Sent:
        from slack_sdk.errors import SlackApiError, SlackClientError

        try:
            resp = self.client.chat_postMessage(
                channel=alert.channel,
                text=message.text,
                blocks=message.blocks,
                link_names=False,
                unfurl_links=False,
                unfurl_media=False,
                metadata={
                    "event_type": "claimwatch_alert",
                    "event_payload": {"alert_id": alert.id, "claim": alert.claim_id},
                },
            )
        except SlackApiError as e:
            code = str(e.response.get("error") or f"http_{e.response.status_code}")
            retry = e.response.headers.get("Retry-After") if e.response.headers else None
            raise SendError(
                f"Slack answered {code}",
                code=code,
                retry_after=float(retry) if retry and str(retry).isdigit() else None,
            ) from e
        except (SlackClientError, OSError) as e:
            raise SendError(f"cannot reach Slack: {type(e).__name__}", code="connection") from e
        return Sent("slack", str(resp.get("channel") or ""), str(resp.get("ts") or ""))

    def post_text(self, channel: str, text: str) -> Sent:
        """A plain operational notice; the caller escapes any untrusted text in it."""
        from slack_sdk.errors import SlackApiError, SlackClientError

        try:
            resp = self.client.chat_postMessage(
                channel=channel,
                text=text,
                link_names=False,
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as e:
            code = str(e.response.get("error") or f"http_{e.response.status_code}")
            raise SendError(f"Slack answered {code}", code=code) from e
        except (SlackClientError, OSError) as e:
            raise SendError(f"cannot reach Slack: {type(e).__name__}", code="connection") from e
        return Sent("slack", str(resp.get("channel") or ""), str(resp.get("ts") or ""))


class WebhookSender:
    """An incoming webhook: one channel, no threads, same outbox guarantees."""

    name = "webhook"

    def __init__(self, url: str) -> None:
        from slack_sdk.webhook import WebhookClient

        self.client = WebhookClient(url, timeout=30)

    def send(self, alert: PendingAlert, message: Message) -> Sent:
        try:
            resp = self.client.send(text=message.text, blocks=message.blocks, unfurl_links=False)
        except OSError as e:
            raise SendError(
                f"cannot reach the webhook: {type(e).__name__}", code="connection"
            ) from e
        if resp.status_code != 200:
            code = resp.body.strip() if resp.status_code < 500 else f"http_{resp.status_code}"
            retry = resp.headers.get("Retry-After") or resp.headers.get("retry-after")
            retry_s = retry[0] if isinstance(retry, list) else retry
            raise SendError(
                f"webhook answered {resp.status_code} {resp.body[:100]}",
                code=code if resp.status_code != 429 else "ratelimited",
                retry_after=float(retry_s) if retry_s and str(retry_s).isdigit() else None,
            )
        return Sent("webhook")

    def post_text(self, channel: str, text: str) -> Sent:
        """A plain notice to the webhook's one channel (`channel` cannot be chosen)."""
        try:
            resp = self.client.send(text=text, unfurl_links=False)
        except OSError as e:
            raise SendError(
                f"cannot reach the webhook: {type(e).__name__}", code="connection"
            ) from e
        if resp.status_code != 200:
            raise SendError(f"webhook answered {resp.status_code}", code=f"http_{resp.status_code}")
        return Sent("webhook")


class ConsoleSender:
    """No Slack credentials: print alerts readably, and record them as delivered here."""

    name = "console"

    def __init__(self) -> None:
        from rich.console import Console

        self.console = Console(highlight=False)

    def send(self, alert: PendingAlert, message: Message) -> Sent:
        from rich.markup import escape
        from rich.panel import Panel

        contra = alert.stance == "contradiction"
        lines = [
            f"[bold]{escape(alert.title or '(no headline)')}[/bold]",
            f"{escape(alert.outlet)} · {escape(alert.published or 'no date')}",
            escape(alert.link or ""),
        ]
        if alert.change:
            lines.append(f"[yellow]{escape(alert.change)}[/yellow]")
        if alert.evidence:
            lines.append(f"[italic]“{escape(alert.evidence)}”[/italic]")
        if alert.cue:
            lines.append(f"stance cue: {escape(alert.cue)}")
        kind = "CONTRADICTION" if contra else "Update"
        title = f"{kind} · {escape(alert.claim_id)} → {escape(alert.channel)}"
        self.console.print(
            Panel(
                "\n".join(lines),
                title=title,
                title_align="left",
                border_style="red" if contra else "blue",
            )
        )
        return Sent("console")

    def post_text(self, channel: str, text: str) -> Sent:
        from rich.markup import escape

        self.console.print(f"[bold]{escape(channel)}[/bold] {escape(text)}")
        return Sent("console")


def sender_from_env(base_url: str | None) -> SlackSender | WebhookSender | ConsoleSender:
    """SLACK_BOT_TOKEN -> Web API; else SLACK_WEBHOOK_URL -> webhook; else the console."""
    token = os.environ.get(TOKEN_ENV, "").strip()
    if token:
        return SlackSender(token, base_url)
    webhook = os.environ.get(WEBHOOK_ENV, "").strip()
    if webhook:
        return WebhookSender(webhook)
    return ConsoleSender()

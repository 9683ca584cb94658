"""Deliver the outbox: pending alerts go out through a Sender, results are recorded.

Alerts are written to the `alerts` table in the same transaction as their match (see
SQLiteStore.write_items); this loop only reads pending rows, sends, and records the
outcome. Nothing is dropped: a failed send stays pending with a later next_attempt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Protocol

from bot.clock import Clock
from bot.errors import DeliveryError
from bot.slack.render import Message, render_alert
from bot.store import PendingAlert
from bot.store.sqlite import SQLiteStore

log = logging.getLogger("claimwatch.deliver")

#: errors that need a person and stop all sending until fixed
FATAL_ERRORS = {"invalid_auth", "not_authed", "token_revoked", "account_inactive", "token_expired"}
#: errors that hold one channel's alerts until fixed
CHANNEL_ERRORS = {"channel_not_found", "not_in_channel", "is_archived", "restricted_action"}
RETRY_CEILING = 3600.0


@dataclass(frozen=True, slots=True)
class Sent:
    via: str
    channel_id: str | None = None
    ts: str | None = None


class SendError(DeliveryError):
    def __init__(
        self, message: str, *, code: str = "error", retry_after: float | None = None
    ) -> None:
        #: Slack's error code (invalid_auth, channel_not_found, ratelimited, http_500, connection)
        self.code = code
        self.retry_after = retry_after
        super().__init__(message)


class Sender(Protocol):
    name: str

    def send(self, alert: PendingAlert, message: Message) -> Sent: ...

    def post_text(self, channel: str, text: str) -> Sent:
        """Post a plain operational notice (the caller escapes it); raises SendError."""
        ...


@dataclass(slots=True)
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    held_channels: set[str] = field(default_factory=set)
    stopped: str | None = None


class Deliverer:
    def __init__(
        self,
        store: SQLiteStore,
        sender: Sender,
        clock: Clock,
        statements: Callable[[str], str],
    ) -> None:
        self.store = store
        self.sender = sender
        self.clock = clock
        #: claim id -> statement (from the current config; the claim may have been removed)
        self.statements = statements

    def deliver_pending(self, *, include_failed: bool = False) -> DeliveryReport:
        report = DeliveryReport()
        for alert in self.store.pending_alerts(self.clock.now(), include_failed=include_failed):
            if alert.channel in report.held_channels:
                continue
            message = render_alert(alert, self.statements(alert.claim_id))
            try:
                sent = self.sender.send(alert, message)
            except SendError as e:
                report.failed += 1
                now = self.clock.now()
                if e.code in FATAL_ERRORS:
                    report.stopped = e.code
                    self.store.alert_failed(alert.id, f"{e.code}: {e}", now)
                    log.error(
                        "Slack refused the token (%s). Nothing more is sent; every alert stays"
                        " pending. Fix SLACK_BOT_TOKEN (reinstall the app or copy a new"
                        " xoxb- token) and restart, or run `claimwatch alerts --retry`.",
                        e.code,
                    )
                    break
                if e.code in CHANNEL_ERRORS:
                    report.held_channels.add(alert.channel)
                    self.store.alert_failed(alert.id, f"{e.code}: {e}", now + timedelta(minutes=5))
                    log.error(
                        "Slack channel %s: %s. Its alerts stay pending: invite the bot to %s"
                        " (/invite @claimwatch) or fix the channel name in config.toml.",
                        alert.channel,
                        e.code,
                        alert.channel,
                    )
                    continue
                wait = e.retry_after or min(RETRY_CEILING, 30.0 * 2**alert.attempts)
                self.store.alert_failed(alert.id, f"{e.code}: {e}", now + timedelta(seconds=wait))
                log.warning("alert %d not delivered (%s); retrying in %.0fs", alert.id, e, wait)
                continue
            self.store.alert_sent(alert.id, sent.via, sent.channel_id, sent.ts, self.clock.now())
            report.sent += 1
        return report

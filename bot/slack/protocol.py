"""What a sender is: the `Sender` protocol, what it posts and answers (`Post`, `Sent`,
`Found`), and how Slack's errors are classed (`SendError`: fatal, channel, transient,
unsure) with the retry timing that follows from them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Protocol

from bot.errors import DeliveryError
from bot.slack.render import Message
from bot.store import PendingAlert

#: errors that need a person and stop all sending until fixed
FATAL_ERRORS = {"invalid_auth", "not_authed", "token_revoked", "account_inactive", "token_expired"}
#: errors that hold one channel's alerts until fixed
CHANNEL_ERRORS = {
    "channel_not_found",
    "not_in_channel",
    "is_archived",
    "channel_is_archived",
    "restricted_action",
    "missing_scope",
}
#: errors worth trying again later by themselves (besides 429, 5xx and connection errors)
TRANSIENT_ERRORS = {
    "ratelimited",
    "connection",
    "internal_error",
    "fatal_error",
    "service_unavailable",
    "request_timeout",
}
#: errors after which the message may have been posted all the same
UNSURE_ERRORS = {"connection", "internal_error", "fatal_error", "request_timeout"}
RETRY_CEILING = 3600.0
BACKOFF_BASE = 2.0
#: how long a channel (or everything, for a token error) is held before trying again

EVENT_ALERT = "claimwatch_alert"
EVENT_DIGEST = "claimwatch_digest"
EVENT_THREAD = "claimwatch_thread"


@dataclass(frozen=True, slots=True)
class Sent:
    via: str
    channel_id: str | None = None
    ts: str | None = None


@dataclass(frozen=True, slots=True)
class Found:
    """A message claimwatch posted, found in a channel's history by its metadata."""

    ts: str
    event_type: str
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Post:
    """One message to post."""

    #: channel as configured (#name or id); a one-channel sender ignores it
    channel: str
    message: Message
    kind: Literal["alert", "digest", "parent"]
    #: the alerts this message delivers (none for a thread parent)
    alerts: tuple[PendingAlert, ...] = ()
    #: parent message, for a reply in a thread
    thread_ts: str | None = None
    #: also show the reply in the channel (contradictions)
    broadcast: bool = False
    #: Slack message metadata: how a message is recognised after an ambiguous attempt
    metadata: dict[str, Any] | None = None


class SendError(DeliveryError):
    def __init__(
        self,
        message: str,
        *,
        code: str = "error",
        retry_after: float | None = None,
        status: int | None = None,
    ) -> None:
        #: Slack's error code (invalid_auth, channel_not_found, ratelimited, http_500, connection)
        self.code = code
        #: seconds Slack asked us to wait (Retry-After), if any
        self.retry_after = retry_after
        #: HTTP status, None when no answer came
        self.status = status
        super().__init__(message)

    @property
    def transient(self) -> bool:
        return self.code in TRANSIENT_ERRORS or (self.status or 0) >= 500 or self.status == 429

    @property
    def unsure(self) -> bool:
        """The request may have taken effect although it failed."""
        return self.code in UNSURE_ERRORS or (self.status or 0) >= 500


class Sender(Protocol):
    #: slack, webhook or console (recorded as alerts.delivered_to)
    name: str
    #: threads, chat.update and history look-ups are available (the Web API)
    web_api: bool
    #: every message goes to one fixed channel (a webhook)
    one_channel: bool
    #: seconds between two messages to one channel
    min_interval: float

    def post(self, post: Post) -> Sent: ...

    def update(
        self, channel_id: str, ts: str, message: Message, metadata: dict[str, Any] | None
    ) -> None: ...

    def find(self, channel: str, oldest: float, thread_ts: str | None) -> list[Found]: ...

    def post_text(self, channel: str, text: str) -> Sent:
        """Post a plain operational notice (the caller escapes it); raises SendError."""
        ...


def backoff(attempts: int) -> float:
    """Seconds before trying again after `attempts` failed attempts (2, 4, 8, … ≤ 1 h)."""
    return float(min(RETRY_CEILING, BACKOFF_BASE * 2.0 ** max(0, attempts)))

"""Storage behind a small interface of our own.

The pipeline, the delivery loop and the CLI talk to a `Store`: `SQLiteStore` (the embedded
default) or `PostgresStore` (the shared store of several workers). Both run the same
statements (`sql`: written once, translated for PostgreSQL by `dialect`).

Here: the interface and its records; `sql` (the shared statements), `sqlite` and
`postgres` (the implementations), `schema`, `schema_pg` and `schema_names` (versioned
migrations, the same names on both), `outbox` (alerts not yet delivered), `queries`
(the read side: history, search, claims, report rows), `retention`, `lock` (one bot
per database: an OS lock beside it).

May import: `bot.records`, `bot.errors`, `bot.clock`. Never imports intake, matching,
stories, slack, toolkit or cli.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from bot.records import FeedConfig, Item, Match

if TYPE_CHECKING:
    from collections.abc import Sequence


@dataclass(slots=True)
class FeedState:
    """A feed's row: its configuration plus everything polling has learnt about it."""

    id: int
    url: str
    configured_url: str
    name: str
    active: bool = True
    disabled_reason: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_status: int | None = None
    last_error: str | None = None
    error_kind: str | None = None
    failures: int = 0
    failing_since: datetime | None = None
    ops_notified: bool = False
    last_polled: datetime | None = None
    last_success: datetime | None = None
    next_poll: datetime | None = None


@dataclass(frozen=True, slots=True)
class KnownItem:
    """What is stored about an item already seen (for deciding what is new or edited)."""

    id: int
    content_hash: str
    #: current matches: claim id -> stance
    matches: dict[str, str]


@dataclass(frozen=True, slots=True)
class ItemWrite:
    """An item to insert (item_id None) or update (an edit), with its matches and alerts."""

    item: Item
    item_id: int | None
    matches: tuple[Match, ...]
    #: claim ids among `matches` that should raise an alert, with the change described
    alert_claims: dict[str, str | None]
    canonical_link: str | None = None
    #: whether the item is too old to alert (still stored and matched)
    stale: bool = False
    #: the story cluster the item joined (None: not clustered)
    story_id: str | None = None
    #: True when this item founded its story
    new_story: bool = False
    #: earlier alerts this item corroborates (same story, claim and stance): they are
    #: marked for a chat.update ("also reported by …") instead of alerting again
    corroborates: tuple[int, ...] = ()
    #: what the story index derived from the item's text (StoryIndex.features), kept so a
    #: restart rebuilds the index without deriving it again
    story_features: str | None = None
    #: the alerts wait until then for the item's article (bot.article_flow); None: due now
    hold_until: datetime | None = None
    #: alerts of an existing item that are its first ones (an article's verdict that
    #: replaces feed-text alerts never sent): kind "new", not "edited"
    fresh: bool = False


@dataclass(frozen=True, slots=True)
class PendingAlert:
    """An alert in the outbox, joined with what a message needs to show."""

    id: int
    claim_id: str
    channel: str
    kind: str
    change: str | None
    attempts: int
    stance: str
    score: float
    evidence: str
    cue: str | None
    terms: str
    title: str
    summary: str
    link: str | None
    published: str | None
    outlet: str
    created: str
    #: earliest attempt whose outcome is unknown (it may have reached Slack), if any
    unsure_since: str | None = None
    #: last error recorded for this alert
    last_error: str | None = None
    #: the story cluster the alert speaks for (None: not clustered)
    story_id: str | None = None
    #: where it is meant to go: "slack" (only Slack may deliver it) or "console"
    destination: str = "slack"
    #: the article paragraph the evidence comes from (None: the feed's text)
    paragraph: int | None = None


@dataclass(frozen=True, slots=True)
class CycleStats:
    feeds_polled: int = 0
    feeds_ok: int = 0
    feeds_failed: int = 0
    new_items: int = 0
    matches: int = 0
    alerts_sent: int = 0


class Store(Protocol):
    """What the polling pipeline needs from storage.

    The outbox (bot/store/outbox.py), the read-side queries (bot/store/queries.py) and
    retention (bot/store/retention.py) are written against SQLiteStore's plain,
    parameterised SQL; a PostgreSQL store would provide those three modules too.
    """

    def sync_feeds(self, feeds: Sequence[FeedConfig], now: datetime) -> None: ...
    def feeds(self, *, active_only: bool = True) -> list[FeedState]: ...
    def due_feeds(self, now: datetime) -> list[FeedState]: ...
    def save_feed(self, state: FeedState) -> None: ...
    def feed_event(self, feed_id: int, at: datetime, event: str, detail: str | None) -> None: ...
    def known_items(self, feed_id: int, guids: Sequence[str]) -> dict[str, KnownItem]: ...
    def write_items(
        self,
        feed_id: int,
        writes: Sequence[ItemWrite],
        channels: dict[str, str],
        now: datetime,
        *,
        destination: str = "slack",
    ) -> tuple[int, int]: ...
    def story_rows(self, since: datetime) -> list[dict[str, Any]]: ...
    def last_item_id(self) -> int: ...
    def story_rows_after(self, item_id: int) -> list[dict[str, Any]]: ...
    def save_story_features(self, features: Sequence[tuple[int, str]]) -> None: ...
    def forget_story_features(self, before: datetime) -> None: ...
    def story_alerts(self, story_id: str) -> dict[tuple[str, str], int]: ...
    def story_outlets(self, story_id: str) -> list[str]: ...
    def start_cycle(self, now: datetime) -> int: ...
    def finish_cycle(self, cycle_id: int, stats: CycleStats, now: datetime) -> None: ...
    def last_finished_cycle(self) -> datetime | None: ...
    def close(self) -> None: ...


def is_postgres(database: str) -> bool:
    """Whether `database` names a PostgreSQL server (a URL) rather than a SQLite file."""
    return database.startswith(("postgresql://", "postgres://"))


def open_store(path: str) -> SQLStore:
    """The store `path` names: a ``postgresql://`` URL opens PostgreSQL (psycopg is imported
    only then), anything else is a SQLite file."""
    if is_postgres(path):
        try:
            from bot.store.postgres import PostgresStore
        except ImportError as e:
            from bot.errors import StorageError

            raise StorageError(
                f"{e.name or 'psycopg'} is not installed: PostgreSQL needs the optional"
                " extra (pip install 'claimwatch[postgres]')"
            ) from e
        return PostgresStore(path)
    from bot.store.sqlite import SQLiteStore

    return SQLiteStore(path)


if TYPE_CHECKING:
    from bot.store.sql import SQLStore

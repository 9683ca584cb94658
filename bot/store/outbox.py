"""The alert outbox and Slack threads, as the delivery loop sees them.

Alerts enter the outbox in the same transaction as their match (SQLStore.write_items).
Delivery marks an attempt as started *before* it calls Slack and records the answer
after; a marker still set when the bot starts again means the process died with the
outcome unknown, so the alert is looked up in the channel before it is sent again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.clock import iso
from bot.store import PendingAlert
from bot.store.sql import SQLStore

_PENDING_SQL = (
    "SELECT a.id, a.claim_id, a.channel, a.kind, a.change, a.attempts, m.stance, m.score,"
    " m.evidence, m.cue, m.terms, i.title, i.summary, i.link, i.published,"
    " f.name AS outlet, a.created, COALESCE(a.unsure_since, a.attempt_started) AS unsure_since,"
    " a.last_error, a.story_id, a.destination, m.paragraph"
    " FROM alerts a JOIN matches m ON m.id = a.match_id JOIN items i ON i.id = m.item_id"
    " JOIN feeds f ON f.id = i.feed_id"
)


@dataclass(frozen=True, slots=True)
class SlackThread:
    """A claim's thread in one channel: where its parent is, and the tally it shows."""

    claim_id: str
    #: channel as configured (#name or id)
    channel: str
    #: channel id as Slack answered; None until the parent is posted
    channel_id: str | None
    #: the parent message; None until posted (or while its post is unsure)
    ts: str | None
    updates: int
    contradictions: int
    #: when the latest alert in the thread was delivered (ISO 8601)
    last_seen: str | None
    #: a parent post was started and its outcome is unknown
    attempt_started: str | None
    #: the tally changed since the parent was last updated
    dirty: bool


@dataclass(frozen=True, slots=True)
class AlertRow:
    """An alert as `claimwatch alerts` lists it."""

    id: int
    claim_id: str
    channel: str
    status: str
    stance: str
    attempts: int
    next_attempt: str | None
    last_error: str | None
    unsure_since: str | None
    created: str
    title: str
    link: str | None


def _marks(n: int) -> str:
    return ",".join("?" * n)


class Outbox:
    """Outbox operations on a SQLStore; every write is one transaction.

    With `channel` set, the delivery side (due, corroborated, dirty_threads, recover) sees
    that channel's alerts and threads only: several workers deliver, one channel each at a
    time (bot.cluster), and never touch each other's attempts in flight.
    """

    def __init__(self, store: SQLStore, *, channel: str | None = None) -> None:
        self.store = store
        self.channel = channel

    def _only(self, column: str) -> tuple[str, tuple[str, ...]]:
        """A filter on the outbox's channel (none when it has no channel)."""
        if self.channel is None:
            return "", ()
        return f" AND {column} = ?", (self.channel,)

    # ── reading ──────────────────────────────────────────────────────────────────
    def due(self, now: datetime, *, include_failed: bool = False) -> list[PendingAlert]:
        """Pending (and optionally failed) alerts whose next attempt is due, oldest first."""
        statuses = ("pending", "failed") if include_failed else ("pending",)
        only, params = self._only("a.channel")
        rows = self.store.query(
            _PENDING_SQL + f" WHERE a.status IN ({_marks(len(statuses))})"
            f" AND (a.next_attempt IS NULL OR a.next_attempt <= ?){only} ORDER BY a.id",
            (*statuses, iso(now), *params),
        )
        return [PendingAlert(**r) for r in rows]

    def corroborated(self) -> list[tuple[PendingAlert, str, str, str | None]]:
        """Sent Web API alerts whose story gained outlets since: (alert, channel id, ts,
        thread ts) for a chat.update."""
        only, params = self._only("a.channel")
        rows = self.store.query(
            _PENDING_SQL.replace(
                " FROM alerts a",
                ", a.slack_channel_id, a.slack_ts, a.slack_thread_ts FROM alerts a",
                1,
            )
            + " WHERE a.needs_update = 1 AND a.status = 'sent' AND a.slack_ts IS NOT NULL"
            f" AND a.delivered_to = 'slack'{only} ORDER BY a.id",
            params,
        )
        out = []
        for r in rows:
            channel_id, ts, thread_ts = (
                r.pop("slack_channel_id"),
                r.pop("slack_ts"),
                r.pop("slack_thread_ts"),
            )
            out.append((PendingAlert(**r), channel_id or r["channel"], ts, thread_ts))
        return out

    def corroboration_shown(self, alert_id: int) -> None:
        with self.store.transaction() as conn:
            conn.execute("UPDATE alerts SET needs_update = 0 WHERE id = ?", (alert_id,))
            conn.execute(
                "UPDATE slack_threads SET dirty = 1 WHERE (claim_id, channel) IN"
                " (SELECT claim_id, channel FROM alerts WHERE id = ?)",
                (alert_id,),
            )

    def claim_outlets(self, claim_id: str) -> int:
        """Distinct outlets that carried items matching a claim (the thread parent shows it)."""
        rows = self.store.query(
            "SELECT count(DISTINCT f.name) AS n FROM matches m JOIN items i ON i.id = m.item_id"
            " JOIN feeds f ON f.id = i.feed_id WHERE m.claim_id = ? AND m.current = 1",
            (claim_id,),
        )
        return int(rows[0]["n"]) if rows else 0

    def undelivered(self) -> int:
        """How many alerts are pending or failed."""
        rows = self.store.query(
            "SELECT count(*) AS n FROM alerts WHERE status IN ('pending', 'failed')"
        )
        return int(rows[0]["n"])

    def waiting_for_slack(self) -> int:
        """How many undelivered alerts are meant for Slack (only Slack may deliver them)."""
        rows = self.store.query(
            "SELECT count(*) AS n FROM alerts WHERE status IN ('pending', 'failed')"
            " AND destination = 'slack'"
        )
        return int(rows[0]["n"])

    def slack_since(self) -> str | None:
        """When a bot with Slack credentials first ran on this database (None: never)."""
        rows = self.store.query("SELECT value FROM bot_state WHERE key = 'slack_since'")
        return str(rows[0]["value"]) if rows else None

    def note_slack(self, now: datetime) -> None:
        """A bot with Slack credentials runs on this database: alerts are for Slack now."""
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO bot_state (key, value) VALUES ('slack_since', ?)",
                (iso(now),),
            )

    def listing(self, statuses: Sequence[str] = ("pending", "failed")) -> list[AlertRow]:
        rows = self.store.query(
            "SELECT a.id, a.claim_id, a.channel, a.status, m.stance, a.attempts,"  # noqa: S608
            " a.next_attempt, a.last_error,"
            " COALESCE(a.unsure_since, a.attempt_started) AS unsure_since, a.created,"
            " i.title, i.link"
            " FROM alerts a JOIN matches m ON m.id = a.match_id JOIN items i ON i.id = m.item_id"
            f" WHERE a.status IN ({_marks(len(statuses))}) ORDER BY a.id",
            tuple(statuses),
        )
        return [AlertRow(**r) for r in rows]

    def channel_id(self, channel: str) -> str | None:
        """The Slack id a configured channel name resolved to last time, if known."""
        rows = self.store.query(
            "SELECT channel_id FROM ("
            " SELECT slack_channel_id AS channel_id, sent_at AS at FROM alerts"
            "  WHERE channel = ? AND slack_channel_id IS NOT NULL AND slack_channel_id != ''"
            " UNION ALL SELECT channel_id, created FROM slack_threads"
            "  WHERE channel = ? AND channel_id IS NOT NULL"
            ") ORDER BY at DESC LIMIT 1",
            (channel, channel),
        )
        return str(rows[0]["channel_id"]) if rows else None

    # ── alert attempts and outcomes ──────────────────────────────────────────────
    def recover(self) -> int:
        """Turn markers of attempts whose answer was never recorded into 'unsure'.

        Called when no attempt of this process is in flight: a marker still set means the
        process died mid-call (or another process is sending right now; looking in Slack
        before re-sending is harmless then too).
        """
        only, params = self._only("channel")
        with self.store.transaction() as conn:
            cur = conn.execute(
                "UPDATE alerts SET unsure_since = COALESCE(unsure_since, attempt_started),"  # noqa: S608
                " attempt_started = NULL WHERE attempt_started IS NOT NULL"
                f" AND status != 'sent'{only}",
                params,
            )
            return cur.rowcount

    def attempt_started(self, alert_ids: Sequence[int], now: datetime) -> None:
        """Mark alerts as being handed to Slack (before the call)."""
        with self.store.transaction() as conn:
            conn.execute(
                f"UPDATE alerts SET attempt_started = ? WHERE id IN ({_marks(len(alert_ids))})",  # noqa: S608
                (iso(now), *alert_ids),
            )

    def sent(
        self,
        alert_ids: Sequence[int],
        via: str,
        channel_id: str | None,
        ts: str | None,
        now: datetime,
        *,
        thread: SlackThread | None = None,
        counts: tuple[int, int] = (0, 0),
        digest: bool = False,
        attempted: bool = True,
        seen: str | None = None,
    ) -> None:
        """Record alerts as delivered as message `ts` (and bump their thread's tally).

        `counts` is (updates, contradictions) added to the thread's tally; `attempted`
        is False when the message was found in the channel rather than posted now;
        `seen` is when the newest of these items was first seen (the tally's "last seen").
        """
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE alerts SET status='sent', attempts=attempts+?, delivered_to=?,"  # noqa: S608
                " slack_channel_id=?, slack_ts=?, slack_thread_ts=?, digest=?, sent_at=?,"
                " last_error=NULL, attempt_started=NULL, unsure_since=NULL"
                f" WHERE id IN ({_marks(len(alert_ids))}) AND status != 'sent'",
                (
                    1 if attempted else 0,
                    via,
                    channel_id,
                    ts,
                    thread.ts if thread else None,
                    int(digest),
                    iso(now),
                    *alert_ids,
                ),
            )
            if thread is not None:
                conn.execute(
                    "UPDATE slack_threads SET updates=updates+?, contradictions=contradictions+?,"
                    " last_seen=max(COALESCE(last_seen, ''), ?), dirty=1"
                    " WHERE claim_id=? AND channel=?",
                    (counts[0], counts[1], seen or iso(now), thread.claim_id, thread.channel),
                )

    def failed(
        self,
        alert_ids: Sequence[int],
        error: str,
        next_attempt: datetime | None,
        *,
        unsure: bool = False,
        give_up: bool = False,
    ) -> None:
        """Record a failed attempt. `unsure`: it may have reached Slack (look before resending)."""
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE alerts SET status=?, attempts=attempts+1, last_error=?, next_attempt=?,"  # noqa: S608
                " unsure_since = CASE WHEN ? THEN COALESCE(unsure_since, attempt_started)"
                "  ELSE unsure_since END,"
                " attempt_started=NULL"
                f" WHERE id IN ({_marks(len(alert_ids))})",
                (
                    "failed" if give_up else "pending",
                    error,
                    iso(next_attempt),
                    int(unsure),
                    *alert_ids,
                ),
            )

    def held(self, error: str, *, channel: str | None = None) -> None:
        """Note why pending alerts (of one channel, or all) are held; attempts unchanged."""
        with self.store.transaction() as conn:
            if channel is None:
                conn.execute("UPDATE alerts SET last_error=? WHERE status='pending'", (error,))
            else:
                conn.execute(
                    "UPDATE alerts SET last_error=? WHERE status='pending' AND channel=?",
                    (error, channel),
                )

    def retry_now(self, now: datetime) -> int:
        """Make every pending and failed alert due now (`claimwatch alerts --retry`)."""
        with self.store.transaction() as conn:
            cur = conn.execute(
                "UPDATE alerts SET status='pending', next_attempt=?"
                " WHERE status IN ('pending', 'failed')",
                (iso(now),),
            )
            return cur.rowcount

    # ── retry requests (`claimwatch alerts --retry` while a bot runs) ─────────────────
    def request_retry(self, now: datetime, requested_by: str) -> int:
        """Ask the bot holding the outbox to retry everything on its next pass; the id."""
        with self.store.transaction() as conn:
            cur = conn.execute(
                "INSERT INTO retry_requests (requested, requested_by) VALUES (?, ?)",
                (iso(now), requested_by),
            )
            return int(cur.lastrowid or 0)

    def open_retry_requests(self) -> list[int]:
        rows = self.store.query("SELECT id FROM retry_requests WHERE handled IS NULL")
        return [int(r["id"]) for r in rows]

    def retry_handled(
        self, request_ids: Sequence[int], now: datetime, sent: int, found: int, note: str = ""
    ) -> None:
        """Record what the pass that acted on these requests did (`retry_result`)."""
        result = (
            f"sent {sent}, found already in Slack {found},"
            f" still not delivered {self.undelivered()}{note}"
        )
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE retry_requests SET handled = ?, result = ?"  # noqa: S608
                f" WHERE id IN ({_marks(len(request_ids))})",
                (iso(now), result, *request_ids),
            )

    def retry_result(self, request_id: int) -> str | None:
        """What the pass that handled a request did; None while it is not handled."""
        rows = self.store.query(
            "SELECT result FROM retry_requests WHERE id = ? AND handled IS NOT NULL",
            (request_id,),
        )
        return str(rows[0]["result"]) if rows else None

    # ── threads ──────────────────────────────────────────────────────────────────
    def thread(self, claim_id: str, channel: str) -> SlackThread | None:
        rows = self.store.query(
            "SELECT * FROM slack_threads WHERE claim_id = ? AND channel = ?", (claim_id, channel)
        )
        return _thread(rows[0]) if rows else None

    def dirty_threads(self) -> list[SlackThread]:
        only, params = self._only("channel")
        rows = self.store.query(
            f"SELECT * FROM slack_threads WHERE dirty = 1 AND ts IS NOT NULL{only}"  # noqa: S608
            " ORDER BY created",
            params,
        )
        return [_thread(r) for r in rows]

    def thread_attempt(self, claim_id: str, channel: str, now: datetime) -> None:
        """Mark a thread parent post as started (creating the row if needed)."""
        with self.store.transaction() as conn:
            conn.execute(
                "INSERT INTO slack_threads (claim_id, channel, created, attempt_started)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (claim_id, channel) DO UPDATE SET"
                " attempt_started = excluded.attempt_started",
                (claim_id, channel, iso(now), iso(now)),
            )

    def thread_failed(self, claim_id: str, channel: str) -> None:
        """The parent post certainly did not land: forget the attempt."""
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE slack_threads SET attempt_started=NULL WHERE claim_id=? AND channel=?"
                " AND ts IS NULL",
                (claim_id, channel),
            )

    def thread_posted(self, claim_id: str, channel: str, channel_id: str, ts: str) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE slack_threads SET channel_id=?, ts=?, attempt_started=NULL"
                " WHERE claim_id=? AND channel=?",
                (channel_id, ts, claim_id, channel),
            )

    def thread_gone(self, claim_id: str, channel: str) -> None:
        """The parent was deleted in Slack: the next alert starts a new thread."""
        with self.store.transaction() as conn:
            conn.execute(
                "DELETE FROM slack_threads WHERE claim_id=? AND channel=?", (claim_id, channel)
            )

    def thread_updated(self, thread: SlackThread) -> None:
        """The parent shows `thread`'s tally now (unless it changed again meanwhile)."""
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE slack_threads SET dirty=0 WHERE claim_id=? AND channel=?"
                " AND updates=? AND contradictions=?",
                (thread.claim_id, thread.channel, thread.updates, thread.contradictions),
            )


def _thread(row: dict[str, Any]) -> SlackThread:
    return SlackThread(
        claim_id=row["claim_id"],
        channel=row["channel"],
        channel_id=row["channel_id"],
        ts=row["ts"],
        updates=row["updates"],
        contradictions=row["contradictions"],
        last_seen=row["last_seen"],
        attempt_started=row["attempt_started"],
        dirty=bool(row["dirty"]),
    )

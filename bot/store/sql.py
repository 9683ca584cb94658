"""The SQL both stores share: every statement is written once, in SQLite's dialect, with
`?` (or `:name`) parameters; the PostgreSQL store (bot.store.postgres) translates it
(bot.store.dialect) on its way to the server.

`SQLStore` holds the Store protocol's methods; a subclass provides the plumbing:
`transaction()` (a connection whose statements commit together; one opened inside another
is a savepoint of it), `query()` and `close()`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, fields
from datetime import datetime
from typing import Any, Protocol

from bot.clock import iso, parse_iso
from bot.records import FeedConfig
from bot.store import CycleStats, FeedState, ItemWrite, KnownItem

_FEED_TIME_FIELDS = {"failing_since", "last_polled", "last_success", "next_poll"}
_FEED_BOOL_FIELDS = {"active", "ops_notified"}


class Cursor(Protocol):
    """What a statement gives back (sqlite3.Cursor, or the PostgreSQL store's own)."""

    @property
    def rowcount(self) -> int: ...
    @property
    def lastrowid(self) -> int | None: ...
    def fetchall(self) -> list[Any]: ...
    def fetchone(self) -> Any: ...


class Connection(Protocol):
    """A connection inside a transaction (sqlite3.Connection, or the PostgreSQL store's)."""

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor: ...
    def executemany(self, sql: str, seq_of_parameters: Any, /) -> Cursor: ...


#: the items of stories with what the story index needs of each (`story_rows`)
_STORY_ROWS = (
    "SELECT i.id AS item_id, i.feed_id || ':' || i.guid AS item_key, i.story_id,"
    " i.canonical_link, i.title, i.summary,"
    " min(coalesce(i.published, i.first_seen), i.first_seen) AS seen,"
    " f.name AS outlet, i.first_seen, sf.features"
    " FROM items i JOIN feeds f ON f.id = i.feed_id"
    " LEFT JOIN story_features sf ON sf.item_id = i.id"
    " WHERE i.story_id IS NOT NULL"
)


class SQLStore:
    """The Store protocol in plain, parameterised SQL, over a subclass's connection."""

    #: "sqlite" or "postgresql": the few read-side queries that differ (search) look here
    dialect: str = "sqlite"
    #: other processes write to it too (workers on PostgreSQL; one bot holds a SQLite file)
    shared: bool = False
    #: where the database is (a path, or a URL without its password)
    path: str

    def transaction(self) -> AbstractContextManager[Connection]:
        raise NotImplementedError

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def _exclusive(self, conn: Connection, what: str) -> None:
        """Make the rest of this transaction the only one doing `what` in the database.
        SQLite: nothing to do (one bot per database, and writers take turns anyway)."""

    # ── feeds ─────────────────────────────────────────────────────────────────────
    def sync_feeds(self, feeds: Sequence[FeedConfig], now: datetime) -> None:
        """Make the feeds table follow the config: add new feeds, deactivate removed ones."""
        with self.transaction() as conn:
            self._exclusive(conn, "sync_feeds")
            rows = conn.execute(
                "SELECT id, configured_url, disabled_reason, url FROM feeds"
            ).fetchall()
            by_url = {r[1]: (r[0], r[2]) for r in rows}
            # a feed that moved (301/308) and whose new URL was then written into the config
            # keeps its row, state and items rather than clashing with its own current URL
            moved = {r[3]: r[1] for r in rows if r[3] != r[1]}
            for f in feeds:
                old = moved.get(f.url)
                if f.url not in by_url and old in by_url and old not in {g.url for g in feeds}:
                    conn.execute(
                        "UPDATE feeds SET configured_url = ? WHERE configured_url = ?",
                        (f.url, old),
                    )
                    by_url[f.url] = by_url.pop(old)
            wanted = {f.url for f in feeds}
            for f in feeds:
                if f.url in by_url:
                    feed_id, disabled = by_url[f.url]
                    conn.execute(
                        "UPDATE feeds SET name = ?, active = ? WHERE id = ?",
                        (f.name, 0 if disabled else 1, feed_id),
                    )
                else:
                    conn.execute(
                        "INSERT INTO feeds (url, configured_url, name, active, added, next_poll)"
                        " VALUES (?, ?, ?, 1, ?, ?)",
                        (f.url, f.url, f.name, iso(now), iso(now)),
                    )
            for url, (feed_id, _) in by_url.items():
                if url not in wanted:
                    conn.execute("UPDATE feeds SET active = 0 WHERE id = ?", (feed_id,))

    def feeds(self, *, active_only: bool = True) -> list[FeedState]:
        rows = self.query(
            "SELECT * FROM feeds WHERE active = 1 OR ? ORDER BY id", (not active_only,)
        )
        return [_feed(r) for r in rows]

    def feed_by_id(self, feed_id: int) -> FeedState | None:
        rows = self.query("SELECT * FROM feeds WHERE id = ?", (feed_id,))
        return _feed(rows[0]) if rows else None

    def feed_by_configured_url(self, url: str) -> FeedState | None:
        rows = self.query("SELECT * FROM feeds WHERE configured_url = ?", (url,))
        return _feed(rows[0]) if rows else None

    def due_feeds(self, now: datetime) -> list[FeedState]:
        rows = self.query(
            "SELECT * FROM feeds WHERE active = 1 AND (next_poll IS NULL OR next_poll <= ?)"
            " ORDER BY next_poll, id",
            (iso(now),),
        )
        return [_feed(r) for r in rows]

    def save_feed(self, state: FeedState) -> None:
        values: dict[str, Any] = {}
        for f in fields(state):
            if f.name in ("id", "configured_url"):
                continue
            v = getattr(state, f.name)
            if f.name in _FEED_TIME_FIELDS:
                v = iso(v)
            elif f.name in _FEED_BOOL_FIELDS:
                v = int(v)
            values[f.name] = v
        assignments = ", ".join(f"{k} = :{k}" for k in values)  # keys are our field names
        with self.transaction() as conn:
            conn.execute(
                # only our own field names are interpolated; values are parameters
                f"UPDATE feeds SET {assignments} WHERE id = :id",  # noqa: S608
                {**values, "id": state.id},
            )

    def feed_event(self, feed_id: int, at: datetime, event: str, detail: str | None) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO feed_events (feed_id, at, event, detail) VALUES (?, ?, ?, ?)",
                (feed_id, iso(at), event, detail),
            )

    # ── items, matches, alerts ────────────────────────────────────────────────────
    def known_items(self, feed_id: int, guids: Sequence[str]) -> dict[str, KnownItem]:
        known: dict[str, KnownItem] = {}
        guids = list(dict.fromkeys(guids))
        for start in range(0, len(guids), 500):
            chunk = guids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.query(
                f"SELECT i.id, i.guid, i.content_hash, m.claim_id, m.stance FROM items i"  # noqa: S608
                f" LEFT JOIN matches m ON m.item_id = i.id AND m.current = 1"
                f" WHERE i.feed_id = ? AND i.guid IN ({marks})",
                (feed_id, *chunk),
            )
            for r in rows:
                k = known.get(r["guid"])
                if k is None:
                    k = known[r["guid"]] = KnownItem(r["id"], r["content_hash"], {})
                if r["claim_id"]:
                    k.matches[r["claim_id"]] = r["stance"]
        return known

    def write_items(
        self,
        feed_id: int,
        writes: Sequence[ItemWrite],
        channels: dict[str, str],
        now: datetime,
        *,
        destination: str = "slack",
    ) -> tuple[int, int]:
        """Store items, their matches and their alerts in one transaction (the outbox).

        `channels` maps claim id -> Slack channel; `destination` is where the alerts are
        meant to go ("slack" or "console"). Returns (matches written, alerts queued).
        """
        n_matches = n_alerts = 0
        stamp = iso(now)
        with self.transaction() as conn:
            for w in writes:
                it = w.item
                row = (
                    it.title,
                    it.summary,
                    it.link,
                    w.canonical_link,
                    it.author,
                    iso(it.published),
                    it.content_hash,
                )
                if w.item_id is None:
                    cur = conn.execute(
                        "INSERT INTO items (title, summary, link, canonical_link, author,"
                        " published, content_hash, feed_id, guid, first_seen, story_id)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        (*row, feed_id, it.guid, stamp, w.story_id),
                    )
                    item_id = int(cur.lastrowid or 0)
                    if w.story_id is not None:
                        self._count_story_copy(conn, w, stamp)
                    if w.story_features is not None:
                        conn.execute(
                            "INSERT OR REPLACE INTO story_features (item_id, first_seen,"
                            " features) VALUES (?, ?, ?)",
                            (item_id, stamp, w.story_features),
                        )
                else:
                    item_id = w.item_id
                    conn.execute(
                        "UPDATE items SET title=?, summary=?, link=?, canonical_link=?, author=?,"
                        " published=?, content_hash=?, last_changed=? WHERE id=?",
                        (*row, stamp, item_id),
                    )
                    conn.execute("UPDATE matches SET current = 0 WHERE item_id = ?", (item_id,))
                for m in w.matches:
                    cur = conn.execute(
                        "INSERT INTO matches (item_id, claim_id, stance, score, evidence, cue,"
                        " terms, created, paragraph) VALUES (?,?,?,?,?,?,?,?,?)",
                        (
                            item_id,
                            m.claim_id,
                            m.stance,
                            round(m.score, 1),
                            m.evidence,
                            m.cue,
                            json.dumps([asdict(t) for t in m.terms], ensure_ascii=False),
                            stamp,
                            m.paragraph,
                        ),
                    )
                    n_matches += 1
                    if m.claim_id in w.alert_claims and not w.stale:
                        conn.execute(
                            "INSERT INTO alerts (match_id, claim_id, channel, kind, change,"
                            " status, created, next_attempt, story_id, destination)"
                            " VALUES (?,?,?,?,?,'pending',?,?,?,?)",
                            (
                                cur.lastrowid,
                                m.claim_id,
                                channels.get(m.claim_id, ""),
                                "new" if w.item_id is None or w.fresh else "edited",
                                w.alert_claims[m.claim_id],
                                stamp,
                                iso(w.hold_until) if w.hold_until else stamp,
                                w.story_id,
                                destination,
                            ),
                        )
                        n_alerts += 1
                for alert_id in w.corroborates:
                    conn.execute(
                        "UPDATE alerts SET needs_update = 1 WHERE id = ? AND status = 'sent'",
                        (alert_id,),
                    )
        return n_matches, n_alerts

    @staticmethod
    def _count_story_copy(conn: Connection, w: ItemWrite, stamp: str | None) -> None:
        if w.new_story:
            conn.execute(
                "INSERT OR IGNORE INTO stories (id, first_seen, title, canonical_link)"
                " VALUES (?, ?, ?, ?)",
                (w.story_id, stamp, w.item.title, w.canonical_link),
            )
            return
        conn.execute(
            "UPDATE stories SET items = items + 1, outlets = (SELECT count(DISTINCT"
            " f.name) FROM items i JOIN feeds f ON f.id = i.feed_id WHERE i.story_id = ?)"
            " WHERE id = ?",
            (w.story_id, w.story_id),
        )

    # ── stories ───────────────────────────────────────────────────────────────────
    def story_rows(self, since: datetime) -> list[dict[str, Any]]:
        """Items of recent stories, for rebuilding the story index after a restart: those
        whose story time (published, or first seen if earlier) is `since` or later. An item
        first seen lately but published long ago would only be dropped by the index."""
        stamp = iso(since)
        return self.query(
            _STORY_ROWS + " AND i.first_seen >= ?"
            " AND min(coalesce(i.published, i.first_seen), i.first_seen) >= ? ORDER BY i.id",
            (stamp, stamp),
        )

    def last_item_id(self) -> int:
        """The id of the newest item stored (0: none)."""
        return int(self.query("SELECT coalesce(max(id), 0) AS n FROM items")[0]["n"])

    def story_rows_after(self, item_id: int) -> list[dict[str, Any]]:
        """The rows `story_rows` gives, of the items stored after item `item_id` (by other
        processes too): how a worker's story index catches up with the others' items."""
        return self.query(_STORY_ROWS + " AND i.id > ? ORDER BY i.id", (item_id,))

    def save_story_features(self, features: Sequence[tuple[int, str]]) -> None:
        """Keep the story index's features of stored items: (item id, features)."""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO story_features (item_id, first_seen, features)"
                " SELECT id, first_seen, ? FROM items WHERE id = ?",
                [(text, item_id) for item_id, text in features],
            )

    def forget_story_features(self, before: datetime) -> None:
        """Drop the features of items first seen before `before` (out of the window)."""
        with self.transaction() as conn:
            conn.execute("DELETE FROM story_features WHERE first_seen < ?", (iso(before),))

    def story_alerts(self, story_id: str) -> dict[tuple[str, str], int]:
        """(claim, stance) -> the first alert raised for that story."""
        rows = self.query(
            "SELECT a.claim_id, m.stance, min(a.id) AS id FROM alerts a"
            " JOIN matches m ON m.id = a.match_id WHERE a.story_id = ?"
            " GROUP BY a.claim_id, m.stance",
            (story_id,),
        )
        return {(r["claim_id"], r["stance"]): int(r["id"]) for r in rows}

    def story_outlets(self, story_id: str) -> list[str]:
        """Distinct outlets carrying a story, first reporter first."""
        rows = self.query(
            "SELECT f.name, min(i.first_seen) AS first FROM items i JOIN feeds f"
            " ON f.id = i.feed_id WHERE i.story_id = ? GROUP BY f.name ORDER BY first, f.name",
            (story_id,),
        )
        return [r["name"] for r in rows]

    # ── cycles (health) ───────────────────────────────────────────────────────────
    def start_cycle(self, now: datetime) -> int:
        with self.transaction() as conn:
            cur = conn.execute("INSERT INTO cycles (started) VALUES (?)", (iso(now),))
            return int(cur.lastrowid or 0)

    def finish_cycle(self, cycle_id: int, stats: CycleStats, now: datetime) -> None:
        """Record a cycle that did something; an idle one (nothing was due, nothing sent)
        only moves the liveness mark (`bot_state` 'last_cycle'), so the table holds the
        cycles worth reading, not one row per 15-second tick."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO bot_state (key, value) VALUES ('last_cycle', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (iso(now),),
            )
            if not (stats.feeds_polled or stats.new_items or stats.alerts_sent):
                conn.execute("DELETE FROM cycles WHERE id = ?", (cycle_id,))
                return
            conn.execute(
                "UPDATE cycles SET finished=?, feeds_polled=?, feeds_ok=?, feeds_failed=?,"
                " new_items=?, matches=?, alerts_sent=? WHERE id=?",
                (
                    iso(now),
                    stats.feeds_polled,
                    stats.feeds_ok,
                    stats.feeds_failed,
                    stats.new_items,
                    stats.matches,
                    stats.alerts_sent,
                    cycle_id,
                ),
            )

    def last_finished_cycle(self) -> datetime | None:
        rows = self.query(
            "SELECT max(coalesce((SELECT max(finished) FROM cycles), ''),"
            " coalesce((SELECT value FROM bot_state WHERE key = 'last_cycle'), '')) AS f"
        )
        return parse_iso(rows[0]["f"] or None) if rows else None

    # ── ops notices (feed health for [slack] ops_channel) ────────────────────────────
    def queue_ops_notice(self, feed_id: int | None, now: datetime, kind: str, text: str) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO ops_notices (feed_id, kind, text, created, next_attempt)"
                " VALUES (?, ?, ?, ?, ?)",
                (feed_id, kind, text, iso(now), iso(now)),
            )

    def pending_ops_notices(self, now: datetime) -> list[dict[str, Any]]:
        return self.query(
            "SELECT id, feed_id, kind, text, attempts FROM ops_notices WHERE status = 'pending'"
            " AND (next_attempt IS NULL OR next_attempt <= ?) ORDER BY id",
            (iso(now),),
        )

    def ops_notice_sent(self, notice_id: int, now: datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE ops_notices SET status = 'sent', attempts = attempts + 1, sent_at = ?,"
                " last_error = NULL WHERE id = ?",
                (iso(now), notice_id),
            )

    def ops_notice_failed(self, notice_id: int, error: str, next_attempt: datetime) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE ops_notices SET attempts = attempts + 1, last_error = ?,"
                " next_attempt = ? WHERE id = ?",
                (error, iso(next_attempt), notice_id),
            )

    def feed_health(self, since: datetime) -> list[dict[str, Any]]:
        """Every feed's row, with `items_recent`: items first seen since `since`."""
        return self.query(
            "SELECT f.*, (SELECT count(*) FROM items i WHERE i.feed_id = f.id"
            " AND i.first_seen >= ?) AS items_recent FROM feeds f ORDER BY f.name, f.id",
            (iso(since),),
        )


def _feed(row: dict[str, Any]) -> FeedState:
    kwargs = {k: row[k] for k in (f.name for f in fields(FeedState))}
    for k in _FEED_TIME_FIELDS:
        kwargs[k] = parse_iso(kwargs[k])
    for k in _FEED_BOOL_FIELDS:
        kwargs[k] = bool(kwargs[k])
    return FeedState(**kwargs)

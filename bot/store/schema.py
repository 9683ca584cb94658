"""The database schema, as named migrations (recorded in _sqlite_migrations).

Add a migration at the end; never edit one that has shipped. Timestamps are ISO 8601 UTC
text ("2026-11-27T08:00:00Z") so they sort, compare and read well in any SQLite tool.
"""

from __future__ import annotations

from bot.store._sqlite_utils import Database, Migrations
from bot.store.schema_names import MIGRATION_SET

#: a new migration's name goes into bot.store.schema_names.MIGRATIONS too
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_initial")
def _initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,           -- current URL (updated by permanent redirects)
            configured_url TEXT NOT NULL,       -- the URL as written in config.toml
            name TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,  -- 0: removed from config, or disabled (410)
            disabled_reason TEXT,
            etag TEXT,
            last_modified TEXT,
            body_hash TEXT,                     -- sha256 of the last body parsed
            last_status INTEGER,                -- HTTP status of the last poll
            last_error TEXT,
            error_kind TEXT,                    -- timeout, http_404, not_a_feed, too_large, ...
            failures INTEGER NOT NULL DEFAULT 0,-- consecutive failed polls
            failing_since TEXT,
            ops_notified INTEGER NOT NULL DEFAULT 0,
            last_polled TEXT,
            last_success TEXT,
            next_poll TEXT,
            added TEXT NOT NULL
        );
        CREATE TABLE feed_events (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id),
            at TEXT NOT NULL,
            event TEXT NOT NULL,                -- moved, disabled, failing, recovered
            detail TEXT
        );
        CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id),
            guid TEXT NOT NULL,                 -- identity within the feed
            title TEXT NOT NULL DEFAULT '',
            summary TEXT NOT NULL DEFAULT '',
            link TEXT,
            canonical_link TEXT,
            author TEXT,
            published TEXT,
            first_seen TEXT NOT NULL,
            last_changed TEXT,
            content_hash TEXT NOT NULL,
            story_id TEXT,                      -- the story cluster (table stories)
            UNIQUE (feed_id, guid)
        );
        CREATE INDEX items_first_seen ON items(first_seen);
        CREATE INDEX items_canonical_link ON items(canonical_link);
        CREATE TABLE matches (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES items(id),
            claim_id TEXT NOT NULL,
            stance TEXT NOT NULL CHECK (stance IN ('update', 'contradiction')),
            score REAL NOT NULL,
            evidence TEXT NOT NULL,
            cue TEXT,                           -- the stance cue that decided a contradiction
            terms TEXT NOT NULL DEFAULT '[]',   -- JSON: which terms matched, and how
            created TEXT NOT NULL,
            current INTEGER NOT NULL DEFAULT 1  -- 0 once an edit of the item replaced it
        );
        CREATE INDEX matches_claim_created ON matches(claim_id, created);
        CREATE INDEX matches_item ON matches(item_id);
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            match_id INTEGER NOT NULL REFERENCES matches(id),
            claim_id TEXT NOT NULL,
            channel TEXT NOT NULL,              -- as configured (#name or id)
            kind TEXT NOT NULL DEFAULT 'new',   -- new, edited
            change TEXT,                        -- for edited: what changed
            status TEXT NOT NULL DEFAULT 'pending', -- pending, sent, failed
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt TEXT,
            last_error TEXT,
            delivered_to TEXT,                  -- slack, webhook, console
            slack_channel_id TEXT,
            slack_ts TEXT,
            created TEXT NOT NULL,
            sent_at TEXT
        );
        CREATE INDEX alerts_status ON alerts(status, next_attempt);
        CREATE TABLE cycles (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            finished TEXT,
            feeds_polled INTEGER, feeds_ok INTEGER, feeds_failed INTEGER,
            new_items INTEGER, matches INTEGER, alerts_sent INTEGER
        );
        """
    )
    db.table("items").enable_fts(
        ["title", "summary"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )
    db.executescript(
        """
        CREATE VIEW claim_matches AS
        SELECT m.id AS match_id, m.claim_id, m.stance, m.score, m.evidence, m.cue,
               m.created AS matched_at, i.published, i.title AS headline, i.link,
               f.name AS outlet, i.id AS item_id, i.story_id
        FROM matches m JOIN items i ON i.id = m.item_id JOIN feeds f ON f.id = i.feed_id
        WHERE m.current = 1;
        """
    )


@migrations(name="0002_slack_threads")
def _slack_threads(db: Database) -> None:
    db.executescript(
        """
        -- set just before an alert is handed to Slack, cleared when the answer is recorded:
        -- still set after a crash means the attempt may have landed (look before re-sending)
        ALTER TABLE alerts ADD COLUMN attempt_started TEXT;
        -- earliest attempt whose outcome is unknown (dropped connection, timeout, 5xx, crash)
        ALTER TABLE alerts ADD COLUMN unsure_since TEXT;
        -- the thread parent (ts) this alert was posted under, and whether it went in a digest
        ALTER TABLE alerts ADD COLUMN slack_thread_ts TEXT;
        ALTER TABLE alerts ADD COLUMN digest INTEGER NOT NULL DEFAULT 0;
        -- one thread per claim and channel; the parent shows a running tally
        CREATE TABLE slack_threads (
            claim_id TEXT NOT NULL,
            channel TEXT NOT NULL,              -- as configured (#name or id)
            channel_id TEXT,                    -- as Slack answered (C...)
            ts TEXT,                            -- parent message; NULL until posted
            updates INTEGER NOT NULL DEFAULT 0,
            contradictions INTEGER NOT NULL DEFAULT 0,
            last_seen TEXT,                     -- when the newest alerted item was first seen
            attempt_started TEXT,               -- parent post in flight / outcome unknown
            dirty INTEGER NOT NULL DEFAULT 0,   -- 1: the tally changed and chat.update is due
            created TEXT NOT NULL,
            PRIMARY KEY (claim_id, channel)
        );
        """
    )


@migrations(name="0004_toolkit_views")
def _toolkit_views(db: Database) -> None:
    """Views for people querying the database by hand, and indexes for history/reports."""
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS matches_created ON matches(created);
        CREATE INDEX IF NOT EXISTS items_story ON items(story_id) WHERE story_id IS NOT NULL;

        -- every current match, with the item, its outlet, the claim and the stance
        CREATE VIEW item_matches AS
        SELECT m.id AS match_id, m.claim_id, m.stance, m.evidence, m.cue AS stance_cue,
               m.score, m.created AS matched_at, i.published, i.first_seen,
               f.name AS outlet, i.title AS headline, i.summary,
               coalesce(i.link, i.canonical_link) AS link, i.id AS item_id
        FROM matches m JOIN items i ON i.id = m.item_id JOIN feeds f ON f.id = i.feed_id
        WHERE m.current = 1;

        -- the same, contradictions only
        CREATE VIEW contradictions AS
        SELECT match_id, claim_id, stance_cue, evidence, matched_at, published, outlet,
               headline, link, item_id
        FROM item_matches WHERE stance = 'contradiction';

        -- per claim and outlet: how many updates and contradictions, first and last seen
        CREATE VIEW claim_outlets AS
        SELECT claim_id, outlet, sum(stance = 'update') AS updates,
               sum(stance = 'contradiction') AS contradictions,
               min(matched_at) AS first_seen, max(matched_at) AS last_seen
        FROM item_matches GROUP BY claim_id, outlet;

        -- each feed's health, in words
        CREATE VIEW feed_status AS
        SELECT name AS outlet, url, CASE WHEN active THEN 'polling' ELSE 'stopped' END AS status,
               disabled_reason, last_success, last_polled, next_poll,
               failures AS consecutive_failures, error_kind, last_error
        FROM feeds;
        """
    )


@migrations(name="0005_stories")
def _stories(db: Database) -> None:
    db.executescript(
        """
        -- one story, many copies: items of different outlets carrying the same report
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,                -- s-<16 hex>, from the founding item
            first_seen TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',     -- the founding item's headline
            canonical_link TEXT,
            items INTEGER NOT NULL DEFAULT 1,   -- copies seen
            outlets INTEGER NOT NULL DEFAULT 1  -- distinct outlets among them (corroboration)
        );
        CREATE INDEX IF NOT EXISTS items_story ON items(story_id) WHERE story_id IS NOT NULL;
        -- the story an alert speaks for; later copies update it instead of alerting again
        ALTER TABLE alerts ADD COLUMN story_id TEXT;
        -- 1: more outlets carry the story since the alert was sent: chat.update is due
        ALTER TABLE alerts ADD COLUMN needs_update INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX alerts_story ON alerts(story_id, claim_id);
        """
    )


@migrations(name="0003_feed_health")
def _feed_health(db: Database) -> None:
    """Ops notices about feeds (an outbox of their own) and indexes for polling health."""
    db.executescript(
        """
        -- one row per notice for [slack] ops_channel: a feed failing for too long, back
        -- again, or disabled; delivered with retries, so Slack being down loses none
        CREATE TABLE ops_notices (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER REFERENCES feeds(id),
            kind TEXT NOT NULL,                 -- failing, recovered, disabled
            text TEXT NOT NULL,                 -- plain text (escaped when sent)
            created TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending', -- pending, sent
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt TEXT,
            last_error TEXT,
            sent_at TEXT
        );
        CREATE INDEX ops_notices_status ON ops_notices(status, next_attempt);
        CREATE INDEX IF NOT EXISTS feeds_due ON feeds(active, next_poll);
        CREATE INDEX IF NOT EXISTS items_feed_first_seen ON items(feed_id, first_seen);
        CREATE INDEX IF NOT EXISTS feed_events_feed ON feed_events(feed_id, at);
        """
    )


@migrations(name="0006_retry_requests")
def _retry_requests(db: Database) -> None:
    """`claimwatch alerts --retry` while a bot runs asks that bot (the one sender of the
    outbox) to retry, instead of sending beside it."""
    db.executescript(
        """
        CREATE TABLE retry_requests (
            id INTEGER PRIMARY KEY,
            requested TEXT NOT NULL,
            requested_by TEXT NOT NULL,         -- host and pid of `claimwatch alerts --retry`
            handled TEXT,                       -- when the bot's delivery pass acted on it
            result TEXT                         -- what that pass did: sent, found, left
        );
        """
    )


@migrations(name="0007_alert_destination")
def _alert_destination(db: Database) -> None:
    """Where each alert is meant to go, set when it is created: an alert meant for Slack
    leaves the outbox only through Slack (never "delivered" to a terminal)."""
    db.executescript(
        """
        -- slack: only Slack (token or webhook) may deliver it; console: printing it will do
        ALTER TABLE alerts ADD COLUMN destination TEXT NOT NULL DEFAULT 'slack';
        -- facts about this database that outlive a process; slack_since: when a bot with
        -- Slack credentials first ran on it (from then on, new alerts are meant for Slack)
        CREATE TABLE bot_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        -- databases from before: used with Slack if anything was delivered there, or an
        -- undelivered alert was already tried (the console never fails)
        INSERT INTO bot_state (key, value)
            SELECT 'slack_since', min(created) FROM alerts
            WHERE delivered_to IN ('slack', 'webhook') OR (status != 'sent' AND attempts > 0)
            HAVING count(*) > 0;
        UPDATE alerts SET destination = 'console'
            WHERE delivered_to = 'console' OR (status != 'sent'
                AND NOT EXISTS (SELECT 1 FROM bot_state WHERE key = 'slack_since'));
        """
    )


@migrations(name="0008_story_features")
def _story_features(db: Database) -> None:
    db.executescript(
        """
        -- what the story index derived from an item's text (StoryIndex.features), so a
        -- restart rebuilds the index by reading instead of deriving; only items of the
        -- story window are kept (older rows are deleted as the window moves)
        CREATE TABLE story_features (
            item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
            first_seen TEXT NOT NULL,
            features TEXT NOT NULL              -- JSON, StoryIndex's own layout
        );
        CREATE INDEX story_features_first_seen ON story_features(first_seen);
        """
    )


@migrations(name="0009_articles")
def _articles(db: Database) -> None:
    """An item's article (bot.intake.article), and where a match's evidence stands."""
    db.executescript(
        """
        -- one row per item whose article was fetched: what came of it, and its text
        CREATE TABLE articles (
            item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
            item_hash TEXT NOT NULL,            -- the item's content_hash it was fetched for
            url TEXT NOT NULL,                  -- the item's link, as requested
            final_url TEXT,                     -- after redirects
            status TEXT NOT NULL,               -- ok, paywall, robots, blocked, failed
            http_status INTEGER,
            error TEXT,                         -- why it is not ok
            fetched TEXT NOT NULL,
            title TEXT,
            published TEXT,                     -- the date the page gives
            language TEXT,
            content_hash TEXT,                  -- sha256 of text
            cut INTEGER NOT NULL DEFAULT 0,     -- 1: the page was cut at the size cap
            text TEXT NOT NULL DEFAULT ''       -- extracted text, one paragraph a line
        );
        CREATE INDEX articles_status ON articles(status);
        -- the article paragraph (1-based) the evidence sentence comes from; NULL: the feed
        ALTER TABLE matches ADD COLUMN paragraph INTEGER;
        """
    )
    db.table("articles").enable_fts(
        ["text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )

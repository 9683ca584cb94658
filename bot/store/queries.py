"""Read-side queries for the journalist's toolkit (history, search, claims, try, report).

Readers open their own connection (read-only: ``file:…?mode=ro``) so they never block or
disturb the running bot; WAL mode lets them read while it writes. Every statement is
parameterised; the only text ever interpolated into SQL is our own fixed fragments.

Times are compared as the ISO 8601 UTC text the store writes, so the indexes on
``matches(claim_id, created)`` and ``items(first_seen)`` serve the ``since``/``until`` filters.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal

from bot.clock import iso, parse_iso
from bot.errors import ClaimwatchError, StorageError
from bot.records import Claim, ReportRow
from bot.store.sqlite import check_ours

__all__ = [
    "ClaimSummary",
    "Filters",
    "MatchRow",
    "SearchRow",
    "StoredItem",
    "claim_summaries",
    "connect_readonly",
    "fts_query",
    "history",
    "items_seen_between",
    "matched_item_ids",
    "parse_when",
    "report_rows",
    "search",
]


# ── connections ─────────────────────────────────────────────────────────────────────
def connect_readonly(path: str) -> sqlite3.Connection:
    """A read-only connection to the database at `path` (never creates or writes it)."""
    p = Path(path)
    if not p.is_file():
        raise StorageError(
            f"no database at {path} (it is created by `claimwatch run`; or pass --database)"
        )
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(
            p.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False, timeout=30.0
        )
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute("PRAGMA query_only=ON")
        check_ours(conn, path)
        conn.execute("SELECT 1 FROM matches LIMIT 1").fetchall()
    except (sqlite3.Error, StorageError) as e:
        if conn is not None:
            conn.close()
        if isinstance(e, StorageError):
            raise
        raise StorageError(f"cannot read database {path}: {e}") from e
    return conn


def _conn(db: Any) -> sqlite3.Connection:
    """A SQLiteStore or a sqlite3 connection -> the sqlite3 connection."""
    if isinstance(db, sqlite3.Connection):
        return db
    return db.conn  # type: ignore[no-any-return]


def _rows(db: Any, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    if getattr(db, "dialect", "sqlite") != "sqlite":  # PostgreSQL: the store translates
        return db.query(sql, params)  # type: ignore[no-any-return]
    conn = _conn(db)
    lock = getattr(db, "_lock", None)
    try:
        if lock is not None:
            with lock:
                cur = conn.execute(sql, params)
                fetched = cur.fetchall()
        else:
            cur = conn.execute(sql, params)
            fetched = cur.fetchall()
    except sqlite3.Error as e:
        raise StorageError(f"database query failed: {e}") from e
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, row, strict=True)) for row in fetched]


# ── filters ─────────────────────────────────────────────────────────────────────────
_RELATIVE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([mhdw])\s*$", re.IGNORECASE)
_UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


class BadFilter(ClaimwatchError):
    """A filter value (such as --since) could not be understood."""


#: the earliest and latest times a filter can name: a time outside them (`--since
#: 1000000d`, `--until 9999-12-31`) means "from the start" or "to the end"
EARLIEST = datetime(1, 1, 1, tzinfo=UTC)
LATEST = datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)


def parse_when(value: str, now: datetime, *, end: bool = False) -> datetime:
    """'7d', '12h', '2w', '2024-10-01' or '2024-10-01T08:30' (UTC) -> an aware datetime.

    A relative value counts back from `now`. A bare date means the start of that UTC day,
    or with ``end=True`` (for --until) the end of it, so ``--until 2024-10-01`` includes
    the whole day. Times before EARLIEST or after LATEST are clamped to them.
    """
    if m := _RELATIVE.match(value):
        seconds = float(m.group(1)) * _UNITS[m.group(2).lower()]  # inf for absurd digits
        if seconds >= (now - EARLIEST).total_seconds():
            return EARLIEST
        return now - timedelta(seconds=seconds)
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            if end and day == date.max:
                return LATEST
            start = datetime.combine(day, time(), tzinfo=UTC)
            return start + timedelta(days=1) if end else start
        dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise BadFilter(
            f"{value!r} is not a time: use e.g. 7d, 12h, 2w, 2024-10-01 or 2024-10-01T08:30"
        ) from None
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    try:
        return dt.astimezone(UTC)
    except OverflowError:  # an offset that takes it past the first or the last year
        return EARLIEST if dt.year == 1 else LATEST


@dataclass(frozen=True, slots=True)
class Filters:
    """What `history` and `search` narrow their results by (None: no restriction)."""

    #: only matches of this claim (search: items that match it)
    claim: str | None = None
    #: only this stance ("update" or "contradiction")
    stance: Literal["update", "contradiction"] | None = None
    #: at or after this time (by publication, or by `by`)
    since: datetime | None = None
    #: before this time
    until: datetime | None = None
    #: only items from the feed with this name (case-insensitive)
    feed: str | None = None
    #: at most this many rows (None: all)
    limit: int | None = None
    #: which time `since`/`until` and the order go by: when the outlet published the item
    #: (its first-seen time when the feed gives none), or when claimwatch saw it (history:
    #: when it was matched; search and try: when the item was first seen)
    by: Literal["published", "seen"] = "published"


#: when the outlet published an item; an item without a date counts from when it was seen
PUBLISHED = "coalesce(i.published, i.first_seen)"


def _time(filters: Filters, seen: str) -> str:
    """The SQL time expression `filters.by` names (fixed fragments only)."""
    return PUBLISHED if filters.by == "published" else seen


# ── history ─────────────────────────────────────────────────────────────────────────
@dataclass(frozen=True, slots=True)
class MatchRow:
    """One current match of an item with a claim, as history and reports show it."""

    #: when claimwatch matched the item (UTC ISO text)
    matched_at: str
    #: when the outlet says it published the item (UTC ISO text), if it says
    published: str | None
    outlet: str
    headline: str
    link: str | None
    claim_id: str
    stance: str
    #: the sentence that shows the match (for a contradiction, the one with the cue)
    evidence: str
    #: the stance cue that decided a contradiction
    cue: str | None
    score: float
    item_id: int
    match_id: int
    #: how many outlets carried the same story (1 when stories are not clustered)
    outlets_in_story: int = 1
    #: the article paragraph the evidence comes from (None: the feed's text)
    paragraph: int | None = None


_HISTORY_SELECT = """
SELECT m.created AS matched_at, i.published, f.name AS outlet, i.title AS headline,
       coalesce(i.link, i.canonical_link) AS link, m.claim_id, m.stance, m.evidence, m.cue,
       m.score, i.id AS item_id, m.id AS match_id, m.paragraph,
       CASE WHEN i.story_id IS NULL THEN 1 ELSE
         (SELECT count(DISTINCT s.feed_id) FROM items s WHERE s.story_id = i.story_id)
       END AS outlets_in_story
FROM matches m
JOIN items i ON i.id = m.item_id
JOIN feeds f ON f.id = i.feed_id
WHERE m.current = 1
"""


def _match_filters(filters: Filters) -> tuple[str, list[Any]]:
    sql = ""
    params: list[Any] = []
    if filters.claim is not None:
        sql += " AND m.claim_id = ?"
        params.append(filters.claim)
    if filters.stance is not None:
        sql += " AND m.stance = ?"
        params.append(filters.stance)
    when = _time(filters, "m.created")
    if filters.since is not None:
        sql += f" AND {when} >= ?"
        params.append(iso(filters.since))
    if filters.until is not None:
        sql += f" AND {when} < ?"
        params.append(iso(filters.until))
    if filters.feed is not None:
        sql += " AND f.name = ? COLLATE NOCASE"
        params.append(filters.feed)
    return sql, params


def history(db: Any, filters: Filters = Filters()) -> list[MatchRow]:
    """Current matches, newest first (by publication, or by `filters.by`), narrowed by
    `filters`."""
    where, params = _match_filters(filters)
    sql = _HISTORY_SELECT + where + f" ORDER BY {_time(filters, 'm.created')} DESC, m.id DESC"
    if filters.limit is not None:
        sql += " LIMIT ?"
        params.append(filters.limit)
    return [MatchRow(**r) for r in _rows(db, sql, params)]


@dataclass(frozen=True, slots=True)
class StoryMatchRow:
    """One story (all copies across outlets) matching a claim with one stance."""

    #: the story cluster id (an item's own id when it was never clustered)
    story: str
    claim_id: str
    stance: str
    #: headline of the first copy matched
    headline: str
    #: the first copy's link, as its outlet published it
    link: str | None
    #: when the first copy was published (its first-seen time when the feed gives none)
    published: str
    first_matched: str
    last_matched: str
    #: how many copies, and from how many distinct outlets (corroboration)
    copies: int
    outlets: int
    #: the outlets, first reporter first
    outlet_names: str
    evidence: str
    #: each outlet's link, as published: "outlet link" per line, first reporter first
    outlet_links: str = ""


def history_stories(db: Any, filters: Filters = Filters()) -> list[StoryMatchRow]:
    """Current matches grouped by story, claim and stance, newest story first."""
    where, params = _match_filters(filters)
    sql = (
        # `where` is built from fixed fragments only; every value is a parameter
        "SELECT coalesce(i.story_id, 'item-' || i.id) AS story, m.claim_id, m.stance,"  # noqa: S608
        " coalesce(st.title, i.title) AS headline,"
        # the link as an outlet published it: the canonical form is for clustering only
        " (SELECT coalesce(i4.link, i4.canonical_link) FROM items i4 JOIN matches m4"
        "   ON m4.item_id = i4.id AND m4.claim_id = m.claim_id AND m4.stance = m.stance"
        "   AND m4.current = 1"
        "   WHERE coalesce(i4.story_id, 'item-' || i4.id) = coalesce(i.story_id, 'item-' || i.id)"
        "   ORDER BY m4.created, i4.id LIMIT 1) AS link, m.evidence,"
        f" min({PUBLISHED}) AS published,"
        " min(m.created) AS first_matched, max(m.created) AS last_matched,"
        " count(*) AS copies, count(DISTINCT f.name) AS outlets,"
        " (SELECT group_concat(name, ', ') FROM (SELECT f2.name FROM items i2"
        "   JOIN feeds f2 ON f2.id = i2.feed_id JOIN matches m2 ON m2.item_id = i2.id"
        "   WHERE coalesce(i2.story_id, 'item-' || i2.id) = coalesce(i.story_id, 'item-' || i.id)"
        "   AND m2.claim_id = m.claim_id AND m2.stance = m.stance AND m2.current = 1"
        "   GROUP BY f2.name ORDER BY min(m2.created), f2.name)) AS outlet_names,"
        " (SELECT group_concat(name || ' ' || url, char(10)) FROM (SELECT f3.name,"
        "   coalesce(i3.link, i3.canonical_link, '') AS url FROM items i3"
        "   JOIN feeds f3 ON f3.id = i3.feed_id JOIN matches m3 ON m3.item_id = i3.id"
        "   WHERE coalesce(i3.story_id, 'item-' || i3.id) = coalesce(i.story_id, 'item-' || i.id)"
        "   AND m3.claim_id = m.claim_id AND m3.stance = m.stance AND m3.current = 1"
        "   ORDER BY m3.created, i3.id)) AS outlet_links"
        " FROM matches m JOIN items i ON i.id = m.item_id JOIN feeds f ON f.id = i.feed_id"
        " LEFT JOIN stories st ON st.id = i.story_id"
        " WHERE m.current = 1"
        + where
        + " GROUP BY story, m.claim_id, m.stance"
        + (
            " ORDER BY published DESC, story"
            if filters.by == "published"
            else " ORDER BY last_matched DESC, story"
        )
    )
    if filters.limit is not None:
        sql += " LIMIT ?"
        params.append(filters.limit)
    return [StoryMatchRow(**r) for r in _rows(db, sql, params)]


# ── search ──────────────────────────────────────────────────────────────────────────
_PHRASE = re.compile(r'"([^"]*)"')
_WORDLIKE = re.compile(r"\w", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def fts_query(text: str) -> str | None:
    """User input -> an FTS5 query of plain words and phrases (None if nothing to look for).

    Nothing the user types is FTS5 syntax: each whitespace-separated token, and each
    "quoted phrase" with balanced quotes, becomes one quoted FTS5 string (inner quotes
    doubled), and the strings are ANDed. So `NEAR(`, `*`, `AND OR NOT`, `'; DROP …` and
    unbalanced quotes or parentheses are searched for as words, never parsed. Tokens
    without a letter or digit (punctuation only) are dropped: the tokenizer ignores them.
    """
    quoted = ['"' + p.replace('"', '""') + '"' for p in search_terms(text)]
    return " ".join(quoted) if quoted else None


def search_terms(text: str) -> list[str]:
    """User input -> its words and "quoted phrases", each one term (see `fts_query`)."""
    text = _CONTROL.sub(" ", text)  # FTS5 strings end at NUL; control chars mean nothing
    parts: list[str] = []
    pos = 0
    for m in _PHRASE.finditer(text):
        parts.extend(text[pos : m.start()].split())
        if m.group(1).strip():
            parts.append(m.group(1).strip())
        pos = m.end()
    parts.extend(text[pos:].split())
    return [p for p in parts if _WORDLIKE.search(p)]


@dataclass(frozen=True, slots=True)
class SearchRow:
    """One stored item found by full-text search."""

    #: when claimwatch first saw the item (UTC ISO text)
    first_seen: str
    published: str | None
    outlet: str
    headline: str
    link: str | None
    #: the summary around the words found, with them marked [like this]
    snippet: str
    #: the item's current matches, "claim:stance" comma-separated ("" when none)
    matches: str
    #: bm25 relevance (lower is more relevant, as SQLite reports it)
    rank: float
    item_id: int


def search(db: Any, text: str, filters: Filters = Filters()) -> list[SearchRow]:
    """Items whose title or summary contain every word/phrase of `text`, best first (bm25)."""
    if getattr(db, "dialect", "sqlite") == "postgresql":
        from bot.store.search_pg import search_postgres

        return [SearchRow(**r) for r in search_postgres(db, search_terms(text), filters)]
    query = fts_query(text)
    if query is None:
        return []
    # Rank first (bm25 only), keep the best rows, then build snippets and match lists for
    # those rows alone: a common word can hit thousands of items. CROSS JOINs fix the order:
    # one pass of the second MATCH, then only the kept rows are looked up in items.
    hits = "SELECT items_fts.rowid AS id, bm25(items_fts, 2.0, 1.0) AS rank FROM items_fts"
    if filters.since or filters.until or filters.feed:  # joins only when a filter needs them
        hits += " JOIN items i ON i.id = items_fts.rowid JOIN feeds f ON f.id = i.feed_id"
    hits += " WHERE items_fts MATCH ?"
    params: list[Any] = [query]
    if filters.claim is not None or filters.stance is not None:
        hits += (
            " AND EXISTS (SELECT 1 FROM matches m WHERE m.item_id = items_fts.rowid"
            " AND m.current = 1"
            " AND (? IS NULL OR m.claim_id = ?) AND (? IS NULL OR m.stance = ?))"
        )
        params += [filters.claim, filters.claim, filters.stance, filters.stance]
    when = _time(filters, "i.first_seen")
    if filters.since is not None:
        hits += f" AND {when} >= ?"
        params.append(iso(filters.since))
    if filters.until is not None:
        hits += f" AND {when} < ?"
        params.append(iso(filters.until))
    if filters.feed is not None:
        hits += " AND f.name = ? COLLATE NOCASE"
        params.append(filters.feed)
    hits += " ORDER BY rank, items_fts.rowid DESC"
    if filters.limit is not None:
        hits += " LIMIT ?"
        params.append(filters.limit)
    sql = f"""
    WITH hits AS MATERIALIZED ({hits})
    SELECT i.first_seen, i.published, f.name AS outlet, i.title AS headline,
           coalesce(i.link, i.canonical_link) AS link,
           snippet(items_fts, 1, '[', ']', '…', 16) AS snippet,
           coalesce((SELECT group_concat(m.claim_id || ':' || m.stance, ', ')
                     FROM matches m WHERE m.item_id = i.id AND m.current = 1), '') AS matches,
           hits.rank, i.id AS item_id
    FROM items_fts
    CROSS JOIN hits ON hits.id = items_fts.rowid
    CROSS JOIN items i ON i.id = hits.id
    CROSS JOIN feeds f ON f.id = i.feed_id
    WHERE items_fts MATCH ?
    ORDER BY hits.rank, hits.id DESC
    """  # noqa: S608 (only our own fixed fragments are interpolated)
    params.append(query)
    rows = [SearchRow(**r) for r in _rows(db, sql, params)]
    seen = {r.item_id for r in rows}
    more = [r for r in _search_articles(db, query, filters) if r.item_id not in seen]
    rows += more[: None if filters.limit is None else max(0, filters.limit - len(rows))]
    return rows


def _search_articles(db: Any, query: str, filters: Filters) -> list[SearchRow]:
    """Items whose article's text (table articles) holds the words, best first; their
    snippet is the article's, marked "(article)"."""
    sql = (
        "SELECT i.first_seen, i.published, f.name AS outlet, i.title AS headline,"
        " coalesce(i.link, i.canonical_link) AS link,"
        " '(article) ' || snippet(articles_fts, 0, '[', ']', '…', 16) AS snippet,"
        " coalesce((SELECT group_concat(m.claim_id || ':' || m.stance, ', ')"
        " FROM matches m WHERE m.item_id = i.id AND m.current = 1), '') AS matches,"
        " bm25(articles_fts) AS rank, i.id AS item_id"
        " FROM articles_fts JOIN items i ON i.id = articles_fts.rowid"
        " JOIN feeds f ON f.id = i.feed_id WHERE articles_fts MATCH ?"
        " AND (? IS NULL OR i.first_seen >= ?) AND (? IS NULL OR i.first_seen < ?)"
        " AND (? IS NULL OR f.name = ? COLLATE NOCASE)"
        " AND ((? IS NULL AND ? IS NULL) OR EXISTS (SELECT 1 FROM matches m"
        " WHERE m.item_id = i.id AND m.current = 1"
        " AND (? IS NULL OR m.claim_id = ?) AND (? IS NULL OR m.stance = ?)))"
        " ORDER BY rank, i.id DESC LIMIT ?"
    )
    since = iso(filters.since) if filters.since else None
    until = iso(filters.until) if filters.until else None
    params = [
        query,
        since,
        since,
        until,
        until,
        filters.feed,
        filters.feed,
        filters.claim,
        filters.stance,
        filters.claim,
        filters.claim,
        filters.stance,
        filters.stance,
        filters.limit if filters.limit is not None else -1,
    ]
    return [SearchRow(**r) for r in _rows(db, sql, params)]


# ── claims ──────────────────────────────────────────────────────────────────────────
@dataclass(frozen=True, slots=True)
class ClaimSummary:
    """A claim and what has been seen of it."""

    claim_id: str
    statement: str
    updates: int = 0
    contradictions: int = 0
    #: first and last time a matching item was seen (UTC ISO text), None if never
    first_seen: str | None = None
    last_seen: str | None = None
    #: outlets that carried a matching item, by name
    outlets: tuple[str, ...] = field(default_factory=tuple)
    #: False for a claim that has stored matches but is no longer in the config
    configured: bool = True
    #: first and last publication time of a matching item (UTC ISO text), None if never
    first_published: str | None = None
    last_published: str | None = None


def claim_summaries(db: Any, claims: Sequence[Claim]) -> list[ClaimSummary]:
    """Every configured claim (in config order) with its counts; then stored-only claims."""
    counts = {
        r["claim_id"]: r
        for r in _rows(
            db,
            """
            SELECT m.claim_id, sum(m.stance = 'update') AS updates,
                   sum(m.stance = 'contradiction') AS contradictions,
                   min(m.created) AS first_seen, max(m.created) AS last_seen,
                   min(coalesce(i.published, i.first_seen)) AS first_published,
                   max(coalesce(i.published, i.first_seen)) AS last_published
            FROM matches m JOIN items i ON i.id = m.item_id
            WHERE m.current = 1 GROUP BY m.claim_id
            """,
        )
    }
    outlets: dict[str, list[str]] = {}
    for r in _rows(
        db,
        """
        SELECT m.claim_id, f.name FROM matches m
        JOIN items i ON i.id = m.item_id JOIN feeds f ON f.id = i.feed_id
        WHERE m.current = 1 GROUP BY m.claim_id, f.name
        ORDER BY m.claim_id, f.name COLLATE NOCASE
        """,
    ):
        outlets.setdefault(r["claim_id"], []).append(r["name"])

    def summary(claim_id: str, statement: str, configured: bool) -> ClaimSummary:
        c = counts.get(claim_id)
        if c is None:
            return ClaimSummary(claim_id, statement, configured=configured)
        return ClaimSummary(
            claim_id,
            statement,
            int(c["updates"] or 0),
            int(c["contradictions"] or 0),
            c["first_seen"],
            c["last_seen"],
            tuple(outlets.get(claim_id, ())),
            configured,
            c["first_published"],
            c["last_published"],
        )

    out = [summary(c.id, c.statement, True) for c in claims]
    known = {c.id for c in claims}
    out += [
        summary(cid, "(no longer in the config)", False)
        for cid in sorted(counts)
        if cid not in known
    ]
    return out


# ── report ──────────────────────────────────────────────────────────────────────────
def report_rows(db: Any, claim_id: str, filters: Filters = Filters()) -> list[ReportRow]:
    """A claim's current matches as `bot.records.ReportRow`s (for `render_report`)."""
    rows = history(
        db,
        Filters(
            claim=claim_id,
            stance=filters.stance,
            since=filters.since,
            until=filters.until,
            feed=filters.feed,
            limit=filters.limit,
            by=filters.by,
        ),
    )
    out: list[ReportRow] = []
    for r in rows:
        seen = parse_iso(r.matched_at)
        assert seen is not None
        out.append(
            ReportRow(
                seen=seen,
                published=parse_iso(r.published),
                outlet=r.outlet,
                title=r.headline,
                link=r.link,
                stance=r.stance,
                evidence=r.evidence,
                outlets_in_story=max(1, r.outlets_in_story),
                paragraph=r.paragraph,
            )
        )
    return out


# ── backtesting (`claimwatch try`) ──────────────────────────────────────────────────
@dataclass(frozen=True, slots=True)
class StoredItem:
    """A stored item, as a backtest re-matches it."""

    id: int
    first_seen: str
    published: str | None
    outlet: str
    title: str
    summary: str
    link: str | None


def items_seen_between(
    db: Any,
    since: datetime | None,
    until: datetime | None,
    *,
    batch: int = 2000,
    by: Literal["published", "seen"] = "seen",
) -> Iterator[StoredItem]:
    """Every stored item first seen (or with `by="published"`, published) in
    [since, until), oldest first, fetched in batches."""
    when = PUBLISHED if by == "published" else "i.first_seen"
    last_at, last_id = "", 0
    lo = iso(since) if since else ""
    hi = iso(until) if until else "9999"
    sql = f"""
        SELECT i.id, i.first_seen, i.published, f.name AS outlet, i.title, i.summary,
               coalesce(i.link, i.canonical_link) AS link, {when} AS at
        FROM items i JOIN feeds f ON f.id = i.feed_id
        WHERE {when} >= ? AND {when} < ?
          AND ({when} > ? OR ({when} = ? AND i.id > ?))
        ORDER BY {when}, i.id LIMIT ?
        """  # noqa: S608 (only our own fixed fragments are interpolated)
    while True:
        rows = _rows(db, sql, (lo, hi, last_at, last_at, last_id, batch))
        for r in rows:
            yield StoredItem(**{k: v for k, v in r.items() if k != "at"})
        if len(rows) < batch:
            return
        last_at, last_id = rows[-1]["at"], rows[-1]["id"]


def matched_item_ids(
    db: Any,
    claim_id: str,
    since: datetime | None,
    until: datetime | None = None,
    *,
    by: Literal["published", "seen"] = "seen",
) -> set[int]:
    """Items currently matched by a stored claim id (to compare a draft with it), first
    seen (or published) in [since, until)."""
    when = PUBLISHED if by == "published" else "i.first_seen"
    rows = _rows(
        db,
        "SELECT DISTINCT m.item_id FROM matches m JOIN items i ON i.id = m.item_id"  # noqa: S608
        f" WHERE m.claim_id = ? AND m.current = 1 AND {when} >= ? AND {when} < ?",
        (claim_id, iso(since) if since else "", iso(until) if until else "9999"),
    )
    return {int(r["item_id"]) for r in rows}

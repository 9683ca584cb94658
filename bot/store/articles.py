"""Articles in the database: an item's fetched article (table `articles`), the alerts held
for it, and the per-feed counts `claimwatch feeds` shows. Plain, parameterised SQL.

An item's row is deleted by retention with its article (ON DELETE CASCADE; the FTS
index follows through its triggers).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.clock import iso
from bot.records import Article
from bot.store.sql import SQLStore

__all__ = [
    "ARTICLE_STATUSES",
    "article_counts",
    "article_row",
    "fetched_for",
    "item_alert_state",
    "release_held",
    "save_article",
    "take_held",
]

#: what an article fetch came to (bot.records.Article.status)
ARTICLE_STATUSES = ("ok", "paywall", "robots", "blocked", "failed")


def save_article(
    store: SQLStore, item_id: int, item_hash: str, article: Article, now: datetime
) -> None:
    """Record an item's article (replacing an earlier one for an older version)."""
    with store.transaction() as conn:
        # delete + insert (not INSERT OR REPLACE): the FTS triggers see both
        conn.execute("DELETE FROM articles WHERE item_id = ?", (item_id,))
        conn.execute(
            "INSERT INTO articles (item_id, item_hash, url, final_url, status, http_status,"
            " error, fetched, title, published, language, content_hash, cut, text)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                item_id,
                item_hash,
                article.url,
                article.final_url,
                article.status,
                article.http_status,
                article.error,
                iso(now),
                article.title,
                article.published,
                article.language,
                article.content_hash,
                int(article.cut),
                article.text,
            ),
        )


def fetched_for(store: SQLStore, item_ids: list[int]) -> dict[int, str]:
    """item id -> the item content hash its article was fetched for (those with one)."""
    out: dict[int, str] = {}
    for start in range(0, len(item_ids), 500):
        chunk = item_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in store.query(
            f"SELECT item_id, item_hash FROM articles WHERE item_id IN ({marks})",  # noqa: S608
            chunk,
        ):
            out[int(r["item_id"])] = str(r["item_hash"])
    return out


def item_alert_state(store: SQLStore, item_id: int) -> tuple[str | None, dict[str, str], bool]:
    """(the item's content hash, its current matches claim -> stance, whether any alert of
    the item has been sent or tried)."""
    rows = store.query("SELECT content_hash FROM items WHERE id = ?", (item_id,))
    if not rows:
        return None, {}, False
    matches = {
        r["claim_id"]: r["stance"]
        for r in store.query(
            "SELECT claim_id, stance FROM matches WHERE item_id = ? AND current = 1", (item_id,)
        )
    }
    tried = store.query(
        "SELECT 1 FROM alerts a JOIN matches m ON m.id = a.match_id WHERE m.item_id = ?"
        " AND (a.status != 'pending' OR a.attempts > 0 OR a.attempt_started IS NOT NULL)"
        " LIMIT 1",
        (item_id,),
    )
    return rows[0]["content_hash"], matches, bool(tried)


def take_held(store: SQLStore, item_id: int) -> set[str]:
    """Delete the item's alerts never sent nor tried (held for its article, which now
    replaces them); return their claims."""
    with store.transaction() as conn:
        where = (
            " FROM alerts WHERE match_id IN (SELECT id FROM matches WHERE item_id = ?)"
            " AND status = 'pending' AND attempts = 0 AND attempt_started IS NULL"
        )
        claims = {r[0] for r in conn.execute("SELECT claim_id" + where, (item_id,)).fetchall()}
        conn.execute("DELETE" + where, (item_id,))
    return claims


def release_held(store: SQLStore, item_ids: list[int], now: datetime) -> int:
    """The items' held alerts become due now (their article is late or came to nothing)."""
    n = 0
    with store.transaction() as conn:
        for item_id in item_ids:
            cur = conn.execute(
                "UPDATE alerts SET next_attempt = ? WHERE status = 'pending' AND attempts = 0"
                " AND next_attempt > ? AND match_id IN"
                " (SELECT id FROM matches WHERE item_id = ? AND current = 1)",
                (iso(now), iso(now), item_id),
            )
            n += cur.rowcount
    return n


def article_row(store: SQLStore, item_id: int) -> dict[str, Any] | None:
    """The stored article of an item, with the item's headline and feed (None: none)."""
    rows = store.query(
        "SELECT a.*, i.title AS headline, i.summary, i.link, f.name AS outlet"
        " FROM items i JOIN feeds f ON f.id = i.feed_id"
        " LEFT JOIN articles a ON a.item_id = i.id WHERE i.id = ?",
        (item_id,),
    )
    return rows[0] if rows else None


def article_counts(store: SQLStore) -> dict[int, dict[str, int]]:
    """feed id -> article status -> how many items' articles came to it."""
    out: dict[int, dict[str, int]] = {}
    for r in store.query(
        "SELECT i.feed_id, a.status, count(*) AS n FROM articles a"
        " JOIN items i ON i.id = a.item_id GROUP BY i.feed_id, a.status"
    ):
        out.setdefault(int(r["feed_id"]), {})[r["status"]] = int(r["n"])
    return out

"""Full-text search on PostgreSQL: the `search` command's query over items' tsvector.

Each word or "quoted phrase" the user typed is one `phraseto_tsquery('simple', …)` (so
nothing typed is tsquery syntax), and they are ANDed, as on SQLite, where each is one
quoted FTS5 string. Both tokenizers lower-case words and split on what is not a letter or
digit, so plain words find the same items on both stores. Rank: ts_rank with the title
weighted as SQLite's bm25 weights it (2:1), negated so lower is better as there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.clock import iso

if TYPE_CHECKING:
    from bot.store.queries import Filters
    from bot.store.sql import SQLStore

#: weights for D, C, B (summary) and A (title)
_WEIGHTS = "{0, 0, 0.5, 1.0}"


def search_postgres(db: SQLStore, terms: list[str], filters: Filters) -> list[dict[str, Any]]:
    if not terms:
        return []
    # phrases from words: one parameter per term, never SQL text
    tsq = " && ".join("phraseto_tsquery('simple', %s)" for _ in terms)
    params: list[Any] = list(terms)
    # an item's own text, or its article's (bot.intake.article)
    where = [
        "(i.search @@ q.q OR EXISTS (SELECT 1 FROM articles a"
        " WHERE a.item_id = i.id AND a.search @@ q.q))"
    ]
    if filters.claim is not None or filters.stance is not None:
        where.append(
            "EXISTS (SELECT 1 FROM matches m WHERE m.item_id = i.id AND m.current = 1"
            " AND (%s::text IS NULL OR m.claim_id = %s) AND (%s::text IS NULL OR m.stance = %s))"
        )
        params += [filters.claim, filters.claim, filters.stance, filters.stance]
    # by publication (an item without a date: when first seen), or by when first seen
    when = "coalesce(i.published, i.first_seen)" if filters.by == "published" else "i.first_seen"
    if filters.since is not None:
        where.append(f"{when} >= %s")
        params.append(iso(filters.since))
    if filters.until is not None:
        where.append(f"{when} < %s")
        params.append(iso(filters.until))
    if filters.feed is not None:
        where.append("lower(f.name) = lower(%s)")
        params.append(filters.feed)
    limit = ""
    if filters.limit is not None:
        limit = " LIMIT %s"
        params.append(filters.limit)
    sql = f"""
    WITH q AS (SELECT {tsq} AS q)
    SELECT i.first_seen, i.published, f.name AS outlet, i.title AS headline,
           coalesce(i.link, i.canonical_link) AS link,
           ts_headline('simple', i.summary, q.q,
                       'StartSel=[, StopSel=], MaxWords=16, MinWords=4, ShortWord=0,
                        FragmentDelimiter=…, MaxFragments=1') AS snippet,
           coalesce((SELECT string_agg(m.claim_id || ':' || m.stance, ', ')
                     FROM matches m WHERE m.item_id = i.id AND m.current = 1), '') AS matches,
           -ts_rank('{_WEIGHTS}', i.search, q.q) AS rank, i.id AS item_id
    FROM q, items i JOIN feeds f ON f.id = i.feed_id
    WHERE {" AND ".join(where)}
    ORDER BY rank, i.id DESC{limit}
    """  # noqa: S608 (only our own fixed fragments are interpolated)
    return _raw(db, sql, params)


def _raw(db: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Run PostgreSQL's own SQL (no translation) on a PostgresStore."""
    return db.raw_query(sql, params)  # type: ignore[no-any-return]

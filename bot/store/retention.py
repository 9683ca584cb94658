"""Retention: items that never matched a claim are deleted after `[bot] keep_unmatched_days`.

Matched items (any match, current or replaced by an edit) are kept for good: they are the
record. The FTS index follows through its triggers. Deletes run in small batches so the
bot's other writes (and readers) are never held up for long.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.clock import iso
from bot.store.sql import SQLStore

__all__ = ["prune_unmatched"]

BATCH = 5000


def prune_unmatched(store: SQLStore, now: datetime, keep_days: int) -> int:
    """Delete items first seen more than `keep_days` ago that never matched; return how many."""
    cutoff = iso(now - timedelta(days=keep_days))
    deleted = 0
    while True:
        with store.transaction() as conn:
            cur = conn.execute(
                "DELETE FROM items WHERE id IN ("
                " SELECT i.id FROM items i WHERE i.first_seen < ?"
                " AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.item_id = i.id)"
                " LIMIT ?)",
                (cutoff, BATCH),
            )
            n = cur.rowcount
        deleted += n
        if n < BATCH:
            return deleted

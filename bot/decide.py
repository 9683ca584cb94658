"""Pure decisions: which parsed items are new or materially edited, and which alert.

No I/O here: given what was parsed, what is stored and a matcher, return the writes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from bot.records import Item, Match
from bot.store import ItemWrite, KnownItem

MatchFn = Callable[[str, str, datetime | None], list[Match]]


def plan_writes(
    items: Sequence[Item],
    known: dict[str, KnownItem],
    match: MatchFn,
    now: datetime,
    *,
    alert_max_age: float,
    canonical: Callable[[str], str] | None = None,
) -> list[ItemWrite]:
    """Decide what to store and what to alert for one feed's parsed items.

    - an item never seen before is stored, matched, and alerts for every claim it matches;
    - a seen item whose material content changed (content hash) is re-matched, and alerts
      only for claims it newly matches or whose stance changed;
    - anything else (unchanged, or cosmetic changes) is left alone;
    - items published longer ago than `alert_max_age` are stored and matched, not alerted;
    - the whole text is stored; the matcher reads at most `bot.text.MATCH_TEXT_LIMIT`
      characters of a title and of a summary.
    """
    writes: list[ItemWrite] = []
    seen: set[str] = set()
    oldest = now - timedelta(seconds=alert_max_age)
    for item in items:
        if item.guid in seen:
            continue
        seen.add(item.guid)
        prev = known.get(item.guid)
        if prev is not None and prev.content_hash == item.content_hash:
            continue
        matches = tuple(match(item.title, item.summary, item.published))
        stale = item.published is not None and item.published < oldest
        link = canonical(item.link) if canonical and item.link else item.link
        if prev is None:
            alert_claims: dict[str, str | None] = {m.claim_id: None for m in matches}
            writes.append(ItemWrite(item, None, matches, alert_claims, link, stale))
            continue
        alert_claims = {}
        for m in matches:
            before = prev.matches.get(m.claim_id)
            if before is None:
                alert_claims[m.claim_id] = "edited: now matches this claim"
            elif before != m.stance:
                alert_claims[m.claim_id] = f"edited: stance changed from {before} to {m.stance}"
        writes.append(ItemWrite(item, prev.id, matches, alert_claims, link, stale))
    return writes

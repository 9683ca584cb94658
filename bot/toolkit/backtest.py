"""Backtest a claim on stored coverage (``claimwatch try``): pure, no I/O.

Given stored items and a (draft) claim, say what it would have matched, with which stance
and evidence, and how many alerts a day it would have sent. An item alerts when it is
matched unless it was already older than ``alert_max_age`` when first seen (the same rule
as the live bot, see `bot.decide.plan_writes`), and matching considers the same text
(the matcher reads at most ``bot.text.MATCH_TEXT_LIMIT`` characters of each).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import timedelta

from bot.clock import parse_iso
from bot.matching import Matcher
from bot.records import Claim, Match
from bot.store.queries import StoredItem

__all__ = ["KEPT_OUT_LISTED", "Backtest", "BacktestHit", "backtest"]

#: how many of the items a claim's context kept out are listed (all are counted)
KEPT_OUT_LISTED = 20


@dataclass(frozen=True, slots=True)
class BacktestHit:
    """A stored item the claim would have matched."""

    item: StoredItem
    match: Match
    #: whether it would have alerted (False: already too old when first seen)
    alerts: bool
    #: whether the stored matches of the same claim id include this item
    already_matched: bool


@dataclass(slots=True)
class Backtest:
    """What a claim would have done over the items scanned."""

    claim: Claim
    items_scanned: int = 0
    hits: list[BacktestHit] = field(default_factory=list)
    #: UTC day (YYYY-MM-DD) -> alerts it would have sent that day
    alerts_per_day: Counter[str] = field(default_factory=Counter)
    #: items the stored claim of the same id matched that the draft would not
    lost: int = 0
    #: items the stored claim of the same id matched (0: nothing to compare with)
    stored: int = 0
    #: the scanned items the stored claim matched that the draft would not, oldest first
    lost_items: list[StoredItem] = field(default_factory=list)
    #: items holding every require group that the claim's `context` kept out (a context
    #: of rare words drops every report without one of them, in every language)
    kept_out_by_context: int = 0
    #: the first `KEPT_OUT_LISTED` of them, oldest first
    kept_out_items: list[StoredItem] = field(default_factory=list)

    @property
    def updates(self) -> int:
        return sum(h.match.stance == "update" for h in self.hits)

    @property
    def contradictions(self) -> int:
        return sum(h.match.stance == "contradiction" for h in self.hits)

    @property
    def alerts(self) -> int:
        return sum(self.alerts_per_day.values())

    @property
    def new(self) -> int:
        """Matches the stored claim of the same id does not have."""
        return sum(not h.already_matched for h in self.hits)


def backtest(
    claim: Claim,
    items: Iterable[StoredItem],
    *,
    alert_max_age: float,
    stored_matches: set[int] | None = None,
) -> Backtest:
    """Match `claim` against `items`; `stored_matches` are item ids it matches today."""
    matcher = Matcher([claim])
    # the same claim without its context: what the context words keep out
    loose = Matcher([replace(claim, context=())]) if claim.context else None
    stored = stored_matches or set()
    result = Backtest(claim, stored=len(stored))
    max_age = timedelta(seconds=alert_max_age)
    matched_ids: set[int] = set()
    for item in items:
        result.items_scanned += 1
        published = parse_iso(item.published)
        found = matcher.match(item.title, item.summary, published)
        if not found:
            if item.id in stored:
                result.lost_items.append(item)
            if loose is not None and loose.match(item.title, item.summary):
                result.kept_out_by_context += 1
                if len(result.kept_out_items) < KEPT_OUT_LISTED:
                    result.kept_out_items.append(item)
            continue
        seen = parse_iso(item.first_seen)
        alerts = not (published is not None and seen is not None and published < seen - max_age)
        result.hits.append(BacktestHit(item, found[0], alerts, item.id in stored))
        matched_ids.add(item.id)
        if alerts:
            result.alerts_per_day[item.first_seen[:10]] += 1
    result.lost = len(stored - matched_ids)
    return result

"""Helpers for the delivery tests: queue alerts straight into a real SQLite outbox."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.clock import FakeClock
from bot.records import FeedConfig, Item, Match
from bot.slack.deliver import Deliverer
from bot.slack.protocol import Sender
from bot.store import ItemWrite
from bot.store.sqlite import SQLiteStore
from support import SlackStandIn
from support.helpers import NOW

STATEMENTS = {
    "musk-putin": "Elon Musk has been in regular, secret contact with Vladimir Putin",
    "starlink-taiwan": "Putin asked Musk not to activate Starlink over Taiwan",
}


@dataclass(frozen=True)
class Spec:
    """An alert to queue."""

    claim: str = "musk-putin"
    channel: str = "#claims"
    stance: str = "update"
    title: str = "Musk held secret talks with Putin"
    link: str | None = "https://example.org/news/1"
    outlet: str = "Outlet A"
    evidence: str = "Musk and Putin spoke regularly, people familiar said."


class Queue:
    """Puts alerts into the outbox as the pipeline would (one transaction per batch)."""

    def __init__(self, store: SQLiteStore, clock: FakeClock) -> None:
        self.store = store
        self.clock = clock
        self.n = 0

    def add(self, specs: Iterable[Spec]) -> None:
        by_outlet: dict[str, list[Spec]] = {}
        for s in specs:
            by_outlet.setdefault(s.outlet, []).append(s)
        for outlet, group in by_outlet.items():
            url = f"https://feeds.example.org/{hashlib.sha1(outlet.encode()).hexdigest()[:8]}"
            known = {f.url for f in self.store.feeds()}
            if url not in known:
                configs = [FeedConfig(f.url, f.name) for f in self.store.feeds()]
                self.store.sync_feeds([*configs, FeedConfig(url, outlet)], self.clock.now())
            feed = next(f for f in self.store.feeds() if f.url == url)
            writes = []
            for s in group:
                self.n += 1
                item = Item(
                    guid=f"item-{self.n}",
                    title=s.title,
                    summary=s.evidence,
                    link=s.link,
                    published=self.clock.now(),
                    content_hash=f"h{self.n}",
                )
                match = Match(s.claim, s.stance, 90.0, s.evidence)  # type: ignore[arg-type]
                writes.append(ItemWrite(item, None, (match,), {s.claim: None}))
            channels = {s.claim: s.channel for s in group}
            # one channel per claim per batch (as the config has it)
            for s in group:
                assert channels[s.claim] == s.channel
            self.store.write_items(feed.id, writes, channels, self.clock.now())

    def ids(self) -> list[int]:
        return [r["id"] for r in self.store.query("SELECT id FROM alerts ORDER BY id")]


def make_deliverer(
    store: SQLiteStore,
    sender: Sender,
    clock: FakeClock,
    *,
    threads: bool = True,
    digest_after: int = 5,
    budget: float = 120.0,
    keep_for_slack: bool = False,
) -> Deliverer:
    return Deliverer(
        store,
        sender,
        clock,
        lambda claim: STATEMENTS.get(claim, claim),
        threads=threads,
        digest_after=digest_after,
        budget=budget,
        keep_for_slack=keep_for_slack,
    )


def delivered_ids(slack: SlackStandIn) -> Counter[int]:
    """How many messages in the stand-in carry each alert id (in metadata)."""
    seen: Counter[int] = Counter()
    for m in slack.messages():
        payload: dict[str, Any] = (m.metadata or {}).get("event_payload") or {}
        if "alert_id" in payload:
            seen[payload["alert_id"]] += 1
        for i in payload.get("alert_ids") or ():
            seen[i] += 1
    return seen


def alert_rows(store: SQLiteStore) -> list[dict[str, Any]]:
    return store.query("SELECT * FROM alerts ORDER BY id")


def fresh_store(tmp_path: Path) -> SQLiteStore:
    return SQLiteStore(str(tmp_path / "state" / "claimwatch.db"))


__all__ = ["NOW", "Queue", "Spec", "alert_rows", "delivered_ids", "fresh_store", "make_deliverer"]

"""Wiring: build the parts from a Config (used by the CLI and the scheduler)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from bot.clock import Clock, SystemClock
from bot.config import Config
from bot.intake.links import canonical_url
from bot.pipeline import CycleReport, Poller
from bot.slack.deliver import Deliverer
from bot.slack.protocol import Sender
from bot.store import open_store
from bot.store.sqlite import SQLiteStore

log = logging.getLogger("claimwatch")


class Statements:
    """Claim id -> statement for messages, from the current config (a removed claim
    still gets a readable line)."""

    def __init__(self, config: Config | None) -> None:
        self.config = config

    def __call__(self, claim_id: str) -> str:
        claim = self.config.claim(claim_id) if self.config else None
        return claim.statement if claim else f"(claim {claim_id} is no longer configured)"


@dataclass
class App:
    config: Config
    store: SQLiteStore
    poller: Poller
    deliverer: Deliverer
    clock: Clock = field(default_factory=SystemClock)
    #: claim id -> statement, following the live config
    statements: Statements = field(default_factory=lambda: Statements(None))

    @classmethod
    def build(
        cls, config: Config, *, clock: Clock | None = None, sender: Sender | None = None
    ) -> App:
        from bot.intake.malloc import tune_malloc
        from bot.slack.senders import sender_from_env

        tune_malloc()  # before the fetch threads start: see bot.intake.malloc
        clock = clock or SystemClock()
        store = open_store(config.bot.database)
        try:
            poller = Poller(config, store, clock, canonical=canonical_url)
        except BaseException:
            store.close()
            raise
        statements = Statements(config)
        deliverer = Deliverer(
            store,
            sender or sender_from_env(config.slack.base_url),
            clock,
            statements,
            threads=config.slack.threads,
            digest_after=config.slack.digest_after,
        )
        return cls(config, store, poller, deliverer, clock, statements)

    def apply_config(self, config: Config) -> None:
        self.poller.apply_config(config)
        self.statements.config = config
        self.deliverer.threads = config.slack.threads
        self.deliverer.digest_after = config.slack.digest_after
        self.config = config

    def cycle(self, *, all_feeds: bool = False, deliver: bool = True) -> CycleReport:
        """Poll (due or all active) feeds, then deliver what is pending (unless `deliver` is
        false: the scheduler delivers on a job of its own, so delivery never waits on
        polling); record the cycle."""
        started = self.clock.now()
        cycle_id = self.store.start_cycle(started)
        report = CycleReport()
        feeds = self.store.feeds() if all_feeds else None
        report.outcomes = self.poller.poll(feeds)
        if deliver:
            delivery = self.deliverer.deliver_pending()
            report.alerts_sent = delivery.sent
            self.deliver_ops_notices()
        report.alerts_pending = self.deliverer.outbox.undelivered()
        self.store.finish_cycle(cycle_id, report.stats, self.clock.now())
        return report

    def prune(self) -> int:
        """Delete items that never matched, older than [bot] keep_unmatched_days."""
        from bot.store.retention import prune_unmatched

        n = prune_unmatched(self.store, self.clock.now(), self.config.bot.keep_unmatched_days)
        if n:
            log.info(
                "pruned %d unmatched items older than %d days",
                n,
                self.config.bot.keep_unmatched_days,
            )
        return n

    def notify_ops(self, text: str) -> bool:
        """Queue a plain notice for [slack] ops_channel, if one is set, and try to send it
        now; a notice Slack does not take is retried with the feed-health notices."""
        if not self.config.slack.ops_channel:
            return False
        self.store.queue_ops_notice(None, self.clock.now(), "config", text)
        try:
            self.deliver_ops_notices()
        except Exception as e:  # an ops notice must never take the bot down
            log.warning("could not tell %s: %s", self.config.slack.ops_channel, e)
        return True

    def deliver_ops_notices(self) -> int:
        """Send queued feed-health notices to [slack] ops_channel (kept until sent)."""
        from bot.health import deliver_ops_notices

        return deliver_ops_notices(
            self.store, self.deliverer.sender, self.config.slack.ops_channel, self.clock.now()
        )

    def close(self) -> None:
        self.poller.close()
        self.store.close()

"""Wiring: build the parts from a Config (used by the CLI and the scheduler)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TextIO

from bot.clock import Clock, SystemClock
from bot.config import Config
from bot.intake.links import canonical_url
from bot.pipeline import CycleReport, Poller
from bot.slack.deliver import Deliverer
from bot.slack.protocol import Sender
from bot.store import open_store
from bot.store.lock import DatabaseLock, PostgresLock, lock_for
from bot.store.sql import SQLStore

log = logging.getLogger("claimwatch")
#: a first cycle over this many feeds or more shows a progress bar on a terminal
PROGRESS_MIN_FEEDS = 10


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
    store: SQLStore
    poller: Poller
    deliverer: Deliverer
    clock: Clock = field(default_factory=SystemClock)
    #: claim id -> statement, following the live config
    statements: Statements = field(default_factory=lambda: Statements(None))
    #: the database's lock: this App is the one that polls and sends (bot.store.lock)
    lock: DatabaseLock | PostgresLock | None = None

    @classmethod
    def build(
        cls,
        config: Config,
        *,
        clock: Clock | None = None,
        sender: Sender | None = None,
        command: str = "claimwatch",
        lock: bool = True,
    ) -> App:
        """Build the bot on config.bot.database, holding the database's lock until `close`.

        Raises AlreadyRunning (naming the holder) when another process holds it.
        `command` is how this process is named to a refused one ("claimwatch run").
        `lock=False`: a worker of several on PostgreSQL (bot.cluster), whose deliveries
        are one job per channel at a time instead.
        """
        from bot.intake.malloc import tune_malloc
        from bot.slack.senders import ConsoleSender, sender_from_env

        clock = clock or SystemClock()
        # before the database is even opened (or migrated): one bot per database
        held = lock_for(config.bot.database, command) if lock else None
        if held is not None:
            held.acquire(clock.now())
        tune_malloc()  # before the fetch threads start: see bot.intake.malloc
        try:
            store = open_store(config.bot.database)
        except BaseException:
            if held is not None:
                held.release()
            raise
        try:
            poller = Poller(config, store, clock, canonical=canonical_url)
        except BaseException:
            store.close()
            if held is not None:
                held.release()
            raise
        statements = Statements(config)
        if sender is None:
            # [slack] enabled = false: there is no Slack, whatever the environment holds
            sender = sender_from_env(config.slack.base_url) if config.slack.enabled else None
        sender = sender or ConsoleSender()
        deliverer = Deliverer(
            store,
            sender,
            clock,
            statements,
            threads=config.slack.threads,
            digest_after=config.slack.digest_after,
        )
        _choose_destination(config, poller, deliverer, clock)
        return cls(config, store, poller, deliverer, clock, statements, held)

    def alerts_go_to(self) -> str:
        """Where alerts go, for the start-up line: a Slack channel, the webhook, or the
        console and why."""
        name = getattr(self.deliverer.sender, "name", "console")
        if name == "slack":
            channels = sorted({self.config.channel_for(c) for c in self.config.claims})
            default = self.config.slack.channel
            others = [c for c in channels if c != default]
            more = f" (and {', '.join(others)} for claims that name one)" if others else ""
            return f"Slack channel {default}{more}, with the bot token"
        if name == "webhook":
            return "the Slack incoming webhook's channel (SLACK_WEBHOOK_URL)"
        if not self.config.slack.enabled:
            return "this console ([slack] enabled = false)"
        return "this console, because no SLACK_BOT_TOKEN or SLACK_WEBHOOK_URL is set"

    def startup_line(self) -> str:
        """'alerts go to Slack channel #claimwatch, with the bot token; 10 feeds, 4 claims'."""
        feeds, claims = len(self.config.feeds), len(self.config.claims)
        return (
            f"claimwatch started: alerts go to {self.alerts_go_to()};"
            f" {feeds} feed{'' if feeds == 1 else 's'}, {claims} claim{'' if claims == 1 else 's'};"
            f" database {self.config.bot.database}"
        )

    @contextmanager
    def progress_on_terminal(self, stream: TextIO | None = None) -> Iterator[None]:
        """A progress bar over the feeds of the cycles run inside, on a terminal and for a
        config of PROGRESS_MIN_FEEDS feeds or more; nothing at all when `stream` (stderr)
        is not a terminal (Docker, systemd, a pipe)."""
        stream = stream or sys.stderr
        if len(self.config.feeds) < PROGRESS_MIN_FEEDS or not stream.isatty():
            yield
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        bar = Progress(
            TextColumn("polling feeds"),
            BarColumn(),
            MofNCompleteColumn(),
            console=Console(file=stream),
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        task = bar.add_task("poll", total=len(self.config.feeds))

        def report(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        self.poller.progress = report
        try:
            with bar:
                yield
        finally:
            self.poller.progress = None

    def delivery_notice(self) -> str | None:
        """What to say at start-up when alerts meant for Slack cannot reach it from here."""
        if not self.deliverer.keep_for_slack:
            return None
        waiting = self.deliverer.outbox.waiting_for_slack()
        new_for_slack = self.poller.destination == "slack"
        if not waiting and not new_for_slack:
            return None  # a bot that was never given Slack: the console is its channel
        return (
            "no Slack credentials (SLACK_BOT_TOKEN or SLACK_WEBHOOK_URL is not set): alerts"
            " meant for Slack are printed here and stay in the outbox until a claimwatch with"
            f" Slack credentials sends them ({waiting} waiting)"
            + (
                "; this database has been used with Slack, so new alerts are meant for Slack too"
                if new_for_slack
                else ""
            )
            + f". If this bot has no Slack, set `enabled = false` under [slack] in"
            f" {_config_file(self.config)}."
        )

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
        try:
            self.poller.close()
            self.store.close()
        finally:
            if self.lock is not None:
                self.lock.release()


def _choose_destination(config: Config, poller: Poller, deliverer: Deliverer, clock: Clock) -> None:
    """Decide where this bot's new alerts are meant to go, and what it may deliver.

    An alert is meant for Slack when the bot creating it has Slack credentials, or when a
    bot with credentials has run on this database before (so a restart that lost its token
    does not turn Slack's alerts into console output); it is meant for the console for a
    bot that was never given Slack, or whose config says `[slack] enabled = false`. A bot
    without credentials whose config has Slack only shows alerts meant for Slack and keeps
    them in the outbox; with `enabled = false` the console delivers everything.
    """
    outbox = deliverer.outbox
    has_slack = deliverer.sender.name != "console"
    if config.slack.enabled and has_slack:
        outbox.note_slack(clock.now())
    for_slack = config.slack.enabled and (has_slack or outbox.slack_since() is not None)
    poller.destination = "slack" if for_slack else "console"
    deliverer.keep_for_slack = config.slack.enabled and not has_slack


def _config_file(config: Config) -> str:
    """The config file to edit, as a person would be told (not the built-in defaults)."""
    return "config.toml" if config.path.startswith("<") else config.path

"""`claimwatch run`: APScheduler 3 drives polling, delivery and live config reload.

Jobs (each at most one instance at a time):
- poll:    every TICK seconds, polls the feeds that are due (the database knows when each
           feed is next due: interval, server hints, backoff, jitter) — first run at start;
- deliver: every few seconds, and at once after a poll that raised alerts, sends pending
           alerts; it has a lock of its own, so polling never waits on Slack and delivery
           never waits on a slow feed;
- reload:  every RELOAD_CHECK seconds, re-reads config.toml if it changed; a valid edit is
           applied (feeds it adds are polled at once), an invalid one is reported (log, and
           [slack] ops_channel if set) and the last good config keeps running;
- prune:   once a day, deletes items that never matched, older than keep_unmatched_days.
SIGINT, SIGTERM and SIGHUP end the poll in progress within a second, whatever the feed
servers do (its unfinished feeds keep their state and are due at the next start), let a
delivery pass in progress finish, stop the scheduler, close the database and release its
lock. (SIGHUP is a stop, not a reload: config.toml is reloaded by itself, and a hang-up
usually means the terminal the bot was started in has gone.)
"""

from __future__ import annotations

import hashlib
import logging
import os
import signal
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from bot.app import App
from bot.config import Config
from bot.errors import ConfigError

if TYPE_CHECKING:
    from apscheduler.schedulers.background import BackgroundScheduler

log = logging.getLogger("claimwatch.run")

TICK = 15.0
#: environment variable overriding TICK (seconds), for tests and impatient operators
TICK_ENV = "CLAIMWATCH_TICK"
DELIVER_EVERY = 5.0
RELOAD_CHECK = 1.0
PRUNE_EVERY = 86400.0
#: settings read once at start: an edit of these is logged as needing a restart
_RESTART_KEYS = {
    "bot": ("database", "user_agent", "fetch_timeout", "max_feed_size", "per_host"),
    "slack": ("enabled", "base_url"),
}


def tick_seconds() -> float:
    """TICK, or $CLAIMWATCH_TICK when it holds a positive number of seconds up to an hour
    (not inf or nan: a scheduler that never wakes polls nothing)."""
    try:
        value = float(os.environ.get(TICK_ENV, ""))
    except ValueError:
        return TICK
    return value if 0 < value <= 3600 else TICK


class Runner:
    def __init__(self, config: Config, path: str | None, app: App | None = None) -> None:
        self.path = path
        self.app = app or App.build(config, command="claimwatch run")
        #: polling, config reloads and pruning, one at a time
        self.lock = threading.Lock()
        #: delivery passes, one at a time, beside polling
        self.deliver_lock = threading.Lock()
        self._scheduler: BackgroundScheduler | None = None
        self.tick = tick_seconds()
        #: hash of the config file's bytes as last acted on (applied, rejected or unchanged)
        self._settled = self.app.config.fingerprint
        #: a changed hash seen once: acted on when the next check sees the same bytes, so a
        #: file caught half-written by an editor is never applied nor reported
        self._candidate: str | None = None
        self._missing_reported = False
        self.stop_event = threading.Event()
        #: delivery passes skipped because the last one was still running (a slow Slack):
        #: counted and reported with the next polling line, never logged one by one
        self.skipped = 0
        self._first_cycle = True

    def poll_job(self) -> None:
        with self.lock:
            first, self._first_cycle = self._first_cycle, False
            try:
                if first:  # a progress bar over the first cycle, on a terminal only
                    with self.app.progress_on_terminal():
                        report = self.app.cycle(deliver=False)
                else:
                    report = self.app.cycle(deliver=False)
            except Exception:
                log.exception("polling cycle failed; will try again")
                return
        if any(o.alerts for o in report.outcomes):
            self._deliver_now()
        s = report.stats
        if s.feeds_polled:
            skipped, self.skipped = self.skipped, 0
            log.info(
                "polled %d feeds (%d failed): %d new items, %d matches, %d alerts sent%s",
                s.feeds_polled,
                s.feeds_failed,
                s.new_items,
                s.matches,
                s.alerts_sent,
                f"; {skipped} delivery passes skipped while one was still running (Slack slow)"
                if skipped
                else "",
            )

    def _deliver_now(self) -> None:
        """Run the delivery job now rather than at its next turn (unless a pass is running:
        the next one is seconds away)."""
        scheduler = self._scheduler
        if scheduler is not None and scheduler.running and not self.deliver_lock.locked():
            scheduler.modify_job("deliver", next_run_time=datetime.now(UTC))

    def deliver_job(self) -> None:
        with self.deliver_lock:
            try:
                self.app.deliverer.deliver_pending()
            except Exception:
                log.exception("delivery failed; alerts stay pending")
            try:
                self.app.deliver_ops_notices()
            except Exception:
                log.exception("ops notice delivery failed; notices stay queued")

    def prune_job(self) -> None:
        with self.lock:
            try:
                self.app.prune()
            except Exception:
                log.exception("pruning old unmatched items failed; will try again tomorrow")

    def reload_job(self) -> None:
        """Apply an edit of the config file, or report why it cannot be applied."""
        if self.path is None:
            return
        try:
            data = Path(self.path).read_bytes()
        except OSError as e:
            if not self._missing_reported:
                self._missing_reported = True
                self._reject(f"{self.path}: cannot read the config file ({e.strerror or e})")
            return
        self._missing_reported = False
        digest = hashlib.sha256(data).hexdigest()
        if digest == self._settled:
            self._candidate = None
            return
        if digest != self._candidate:
            self._candidate = digest
            return
        self._settled, self._candidate = digest, None
        if digest == self.app.config.fingerprint:
            log.info("%s is back to the configuration that is running", self.path)
            return
        from bot import config as config_mod
        from bot.matching import Matcher

        try:
            new = config_mod.parse(data, self.path)
            Matcher(new.claims)  # compile the claims before switching to them
        except ConfigError as e:
            self._reject(e.describe())
            return
        except Exception as e:
            log.exception("config edit could not be compiled")
            self._reject(f"{self.path}: cannot use this configuration: {e}")
            return
        old = self.app.config
        with self.lock:
            try:
                self.app.apply_config(new)
            except Exception as e:
                log.exception("applying the config edit failed")
                try:
                    self.app.apply_config(old)
                except Exception:
                    log.exception("could not go back to the previous configuration")
                self._reject(f"{self.path}: applying this configuration failed: {e}")
                return
        added = {f.url for f in new.feeds} - {f.url for f in old.feeds}
        removed = {f.url for f in old.feeds} - {f.url for f in new.feeds}
        log.info(
            "config reloaded from %s: %d feeds (%d added, %d removed), %d claims",
            self.path,
            len(new.feeds),
            len(added),
            len(removed),
            len(new.claims),
        )
        for section, keys in _RESTART_KEYS.items():
            for key in keys:
                if getattr(getattr(old, section), key) != getattr(getattr(new, section), key):
                    log.warning("[%s] %s changed: restart claimwatch to use it", section, key)
        if added:
            self.poll_job()  # new feeds are due now (sync_feeds): poll them without waiting

    def _reject(self, description: str) -> None:
        log.error("config edit rejected, still running the last good config:\n%s", description)
        self.app.notify_ops(
            "claimwatch: a config edit was rejected; the last good configuration keeps"
            f" running.\n{description}"
        )

    def stop(self, why: str) -> None:
        """Stop: the poll in progress ends within a second (fetches in flight are cut off,
        no more start), a delivery pass in progress finishes. Safe from a signal handler."""
        log.info("%s, stopping: the poll in progress ends now", why)
        self.app.poller.stop()
        self.stop_event.set()

    def run(self) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(
            timezone=UTC, job_defaults={"coalesce": True, "max_instances": 1}
        )
        now = datetime.now(UTC)
        scheduler.add_job(
            self.poll_job, "interval", seconds=self.tick, next_run_time=now, id="poll"
        )
        scheduler.add_job(self.deliver_job, "interval", seconds=DELIVER_EVERY, id="deliver")
        scheduler.add_job(self.reload_job, "interval", seconds=RELOAD_CHECK, id="reload")
        scheduler.add_job(
            self.prune_job,
            "interval",
            seconds=PRUNE_EVERY,
            next_run_time=now + timedelta(minutes=1),
            id="prune",
        )

        def on_signal(signum: int, frame: FrameType | None) -> None:
            self.stop(f"received {signal.Signals(signum).name}")

        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, on_signal)
        from apscheduler.events import EVENT_JOB_MAX_INSTANCES, JobSubmissionEvent

        def on_skip(event: JobSubmissionEvent) -> None:
            if event.job_id == "deliver":
                self.skipped += 1

        scheduler.add_listener(on_skip, EVENT_JOB_MAX_INSTANCES)
        self._scheduler = scheduler
        where = Path(self.path).resolve() if self.path else "the built-in defaults"
        log.info("%s; config %s", self.app.startup_line(), where)
        if notice := self.app.delivery_notice():
            log.warning("%s", notice)
        scheduler.start()
        try:
            self.stop_event.wait()
        finally:
            scheduler.shutdown(wait=True)
            self.app.close()
            log.info("claimwatch stopped")


def run_forever(config: Config, path: str | None) -> None:
    Runner(config, path).run()

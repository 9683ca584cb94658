"""`claimwatch run`: APScheduler 3 drives polling, delivery and live config reload.

Jobs (each at most one instance at a time):
- poll:    every TICK seconds, polls the feeds that are due (the database knows when each
           feed is next due: interval, server hints, backoff, jitter) — first run at start;
- deliver: every few seconds, sends pending alerts (so Slack trouble never delays polling);
- reload:  every RELOAD_CHECK seconds, re-reads config.toml if it changed; a valid edit is
           applied, an invalid one is reported and the last good config keeps running.
SIGINT/SIGTERM stop the scheduler after in-flight jobs finish; the database is closed.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

from bot.app import App
from bot.config import Config
from bot.errors import ConfigError

log = logging.getLogger("claimwatch.run")

TICK = 15.0
DELIVER_EVERY = 5.0
RELOAD_CHECK = 2.0


class Runner:
    def __init__(self, config: Config, path: str | None, app: App | None = None) -> None:
        self.path = path
        self.app = app or App.build(config)
        self.lock = threading.Lock()
        self._mtime = self._stat()
        self.stop_event = threading.Event()

    def _stat(self) -> tuple[float, int] | None:
        if not self.path:
            return None
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_mtime, st.st_size)

    def poll_job(self) -> None:
        with self.lock:
            try:
                report = self.app.cycle()
            except Exception:
                log.exception("polling cycle failed; will try again")
                return
        s = report.stats
        if s.feeds_polled:
            log.info(
                "polled %d feeds (%d failed): %d new items, %d matches, %d alerts sent",
                s.feeds_polled,
                s.feeds_failed,
                s.new_items,
                s.matches,
                s.alerts_sent,
            )

    def deliver_job(self) -> None:
        with self.lock:
            try:
                self.app.deliverer.deliver_pending()
            except Exception:
                log.exception("delivery failed; alerts stay pending")

    def reload_job(self) -> None:
        stat = self._stat()
        if stat is None or stat == self._mtime or self.path is None:
            return
        self._mtime = stat
        from bot import config as config_mod

        try:
            new = config_mod.load(self.path)
        except ConfigError as e:
            log.error("config edit rejected, still running the last good config:\n%s", e.describe())
            self.app.config_error(e.describe()) if hasattr(self.app, "config_error") else None
            return
        if new.fingerprint == self.app.config.fingerprint:
            return
        if new.bot.database != self.app.config.bot.database:
            log.warning("[bot] database changed in %s: restart claimwatch to use it", self.path)
        with self.lock:
            self.app.apply_config(new)
        log.warning(
            "config reloaded from %s: %d feeds, %d claims",
            self.path,
            len(new.feeds),
            len(new.claims),
        )

    def run(self) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(
            timezone=UTC, job_defaults={"coalesce": True, "max_instances": 1}
        )
        now = datetime.now(UTC)
        scheduler.add_job(self.poll_job, "interval", seconds=TICK, next_run_time=now, id="poll")
        scheduler.add_job(self.deliver_job, "interval", seconds=DELIVER_EVERY, id="deliver")
        scheduler.add_job(self.reload_job, "interval", seconds=RELOAD_CHECK, id="reload")

        def stop(signum: int, frame: FrameType | None) -> None:
            log.warning(
                "received %s, stopping after the work in flight", signal.Signals(signum).name
            )
            self.stop_event.set()

        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGTERM, stop)
        where = Path(self.path).resolve() if self.path else "built-in defaults"
        log.warning(
            "claimwatch running: %d feeds, %d claims (config: %s)",
            len(self.app.config.feeds),
            len(self.app.config.claims),
            where,
        )
        scheduler.start()
        try:
            self.stop_event.wait()
        finally:
            scheduler.shutdown(wait=True)
            self.app.close()
            log.warning("claimwatch stopped")


def run_forever(config: Config, path: str | None) -> None:
    Runner(config, path).run()

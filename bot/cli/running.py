"""Running the bot: `run` (the scheduler, or one cycle with --once) and `worker`
(PostgreSQL's jobs: bot.cluster)."""

from __future__ import annotations

import logging
import signal
from typing import TYPE_CHECKING, Any

import click

from bot.cli.common import (
    config_option,
    fail,
    handles_errors,
)

if TYPE_CHECKING:
    from types import FrameType


@click.command()
@config_option
@click.option(
    "--once", is_flag=True, help="Poll every feed once, deliver alerts, print a summary, exit."
)
@handles_errors
def run(config_path: str | None, once: bool) -> None:
    """Poll feeds and send alerts until stopped (Ctrl-C or SIGTERM stops cleanly)."""
    from bot import config as config_mod

    path = config_mod.resolve_path(config_path)
    cfg = config_mod.load(path)
    if once:
        from bot.app import App

        app = App.build(cfg, command="claimwatch run --once")
        log = logging.getLogger("claimwatch.run")

        def on_interrupt(signum: int, frame: FrameType | None) -> None:
            # the fetches in flight end and no more start; what came is stored and
            # delivered. A second Ctrl-C aborts at once. (No KeyboardInterrupt raised
            # at an arbitrary point: inside a lock, one could leave a thread waiting.)
            signal.signal(signal.SIGINT, signal.default_int_handler)
            log.warning("interrupted: stopping after the feeds in flight")
            app.poller.stop()

        signal.signal(signal.SIGINT, on_interrupt)
        try:
            log.info("%s", app.startup_line())
            if notice := app.delivery_notice():
                log.warning("%s", notice)
            with app.progress_on_terminal():
                report = app.cycle(all_feeds=True)
            app.prune()
        finally:
            app.close()
        _print_summary(report)
        return
    from bot.store import is_postgres

    if is_postgres(cfg.bot.database):
        # on PostgreSQL: a worker that also dispatches (docs/scaling.md)
        _work(cfg, dispatch=True, role="run")
        return
    from bot.schedule import run_forever

    run_forever(cfg, path)


@click.command()
@config_option
@click.option(
    "--dispatch", is_flag=True, help="Also dispatch: claim due feeds and queue their polls."
)
@click.option(
    "--concurrency",
    type=click.IntRange(1, 256),
    metavar="N",
    help="Jobs at once in this worker (default: [bot] concurrency).",
)
@click.option(
    "--until-empty",
    is_flag=True,
    help="Stop once the queue is empty instead of waiting for more (batch runs, benchmarks).",
)
@handles_errors
def worker(
    config_path: str | None, dispatch: bool, concurrency: int | None, until_empty: bool
) -> None:
    """Run polling and delivery jobs from the PostgreSQL queue (any number, any machines).

    Needs [bot] database (or CLAIMWATCH_DATABASE_URL) to be a postgresql:// URL and the
    optional extra: pip install 'claimwatch[postgres]'. See docs/scaling.md.
    """
    from bot import config as config_mod
    from bot.store import is_postgres

    cfg = config_mod.load(config_mod.resolve_path(config_path))
    if not is_postgres(cfg.bot.database):
        fail(
            "workers share a PostgreSQL database: set [bot] database (or"
            " CLAIMWATCH_DATABASE_URL) to a postgresql:// URL. On SQLite, `claimwatch run`"
            " is the whole bot."
        )
    role = "dispatcher" if dispatch else "worker"
    _work(cfg, dispatch=dispatch, role=role, jobs=concurrency, until_empty=until_empty)


def _work(
    cfg: Any, *, dispatch: bool, role: str, jobs: int | None = None, until_empty: bool = False
) -> None:
    try:
        from bot.cluster.jobs import WorkerOptions, run_worker
    except ImportError as e:
        fail(
            f"{e.name} is not installed: workers need the optional extra"
            " (pip install 'claimwatch[postgres]')"
        )
        return
    try:
        options = WorkerOptions.from_env(
            dispatch=dispatch, concurrency=jobs, until_empty=until_empty
        )
    except ValueError as e:
        fail(f"a CLAIMWATCH_WORKER_* setting is not a number: {e}")
        return
    logging.getLogger("claimwatch").warning(
        "claimwatch %s running (%s)", role, "dispatching and working" if dispatch else "working"
    )
    run_worker(cfg, options, role=role, first=dispatch)


def _print_summary(report: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    from bot.toolkit.output import shown

    console = Console(stderr=False, highlight=False)
    failed = [o for o in report.outcomes if not o.ok]
    if failed:
        t = Table(title="Feeds that failed", title_justify="left")
        t.add_column("feed")
        t.add_column("error")
        for o in sorted(failed, key=lambda o: o.feed.name):
            t.add_row(shown(o.feed.name), shown(o.error or ""))
        console.print(t)
    s = report.stats
    t = Table(title="claimwatch run --once", title_justify="left")
    for col in (
        "feeds ok",
        "feeds failed",
        "new items",
        "matches",
        "alerts sent",
        "alerts pending",
    ):
        t.add_column(col, justify="right")
    t.add_row(
        str(s.feeds_ok),
        str(s.feeds_failed),
        str(s.new_items),
        str(s.matches),
        str(s.alerts_sent),
        str(report.alerts_pending),
    )
    console.print(t)

"""Running the bot: `run` (the scheduler, or one cycle with --once)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import click

from bot.cli.common import (
    config_option,
    handles_errors,
)

if TYPE_CHECKING:
    pass


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
        try:
            log = logging.getLogger("claimwatch.run")
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
    from bot.schedule import run_forever

    run_forever(cfg, path)


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

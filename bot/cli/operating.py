"""Operating the bot: `alerts` (the outbox), `feeds` and `health`."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any

import click

from bot.cli.common import (
    article_row_or_fail,
    config_option,
    fail,
    handles_errors,
    load_config,
)

if TYPE_CHECKING:
    from bot.config import Config
    from bot.store.lock import AlreadyRunning
    from bot.store.outbox import AlertRow


@click.command("alerts")
@config_option
@click.option(
    "--format",
    "alerts_fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="A table for people, or JSON for scripts.",
)
@click.option(
    "--retry",
    is_flag=True,
    help="Send every pending and failed alert now (after fixing a token or a channel).",
)
@handles_errors
def alerts_command(config_path: str | None, alerts_fmt: str, retry: bool) -> None:
    """List alerts not yet delivered to Slack (pending and failed), with the last error.

    Pending alerts are retried by the running bot; failed ones were rejected by Slack and
    wait for a person. `--retry` sends both now, through the configured Slack token,
    webhook or console; while `claimwatch run` is running on the database it asks that
    bot to do it (one sender per outbox) and waits a little for the answer.
    """
    from dataclasses import asdict

    from bot.store.outbox import Outbox

    cfg = load_config(config_path)
    if retry:
        rows = _retry(cfg)
    else:
        from bot.store import open_store

        store = open_store(cfg.bot.database)
        try:
            rows = Outbox(store).listing()
        finally:
            store.close()
    if alerts_fmt == "json":
        click.echo(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False, width=max(120, Console().width))
    if not rows:
        console.print("No alerts waiting: everything has been delivered.")
        return
    table = Table(title="Alerts not yet delivered", title_justify="left")
    for col in ("id", "status", "claim", "channel", "stance", "attempts", "next attempt"):
        table.add_column(col, no_wrap=True)
    table.add_column("headline / last error")
    for r in rows:
        detail = _rich_escape(r.title or "(no headline)")
        if r.last_error:
            detail += f"\n[red]{_rich_escape(r.last_error)}[/red]"
        table.add_row(
            str(r.id),
            r.status,
            _rich_escape(r.claim_id),
            _rich_escape(r.channel),
            r.stance,
            str(r.attempts),
            (r.next_attempt or "").replace("T", " ").replace("Z", ""),
            detail,
        )
    console.print(table)


#: how long `alerts --retry` waits for a running bot to act on its request (seconds)
RETRY_WAIT = 30.0


def _retry(cfg: Config) -> list[AlertRow]:
    """`alerts --retry`: send everything now, holding the database's lock like a bot does,
    or, when a bot holds it, ask that bot (the one sender of the outbox) to."""
    from bot.app import App
    from bot.store import is_postgres
    from bot.store.lock import AlreadyRunning
    from bot.store.outbox import Outbox

    if is_postgres(cfg.bot.database):
        return _retry_by_workers(cfg)
    try:
        app = App.build(cfg, command="claimwatch alerts --retry")
    except AlreadyRunning as running:
        return _ask_running_bot(cfg, running)
    try:
        outbox = Outbox(app.store)
        waiting = outbox.waiting_for_slack()
        if app.deliverer.keep_for_slack and waiting:
            fail(_no_credentials(cfg, waiting))
        outbox.request_retry(app.clock.now(), _me())  # done by this pass, and recorded
        delivery = app.deliverer.deliver_pending(budget=120.0)
        rows = outbox.listing()
    finally:
        app.close()
    click.echo(
        f"sent {delivery.sent}, found already in Slack {delivery.found},"
        f" still not delivered {len(rows)}",
        err=True,
    )
    if delivery.stopped:
        click.echo(f"Slack refused the token ({delivery.stopped}): see the log.", err=True)
    return rows


def _retry_by_workers(cfg: Config) -> list[AlertRow]:
    """On PostgreSQL the workers send (one channel at a time each): make every pending and
    failed alert due now; the dispatcher queues their delivery within a tick."""
    from datetime import UTC, datetime

    from bot.store import open_store
    from bot.store.outbox import Outbox

    store = open_store(cfg.bot.database)
    try:
        outbox = Outbox(store)
        n = outbox.retry_now(datetime.now(UTC))
        click.echo(
            f"{n} undelivered alerts are due now: the workers deliver them at the next"
            " dispatch (a few seconds). `claimwatch alerts` shows what is left.",
            err=True,
        )
        return outbox.listing()
    finally:
        store.close()


def _warn_if_nodes_disagree(cfg: Config, store: Any) -> None:
    """On PostgreSQL: say so when running nodes read another configuration than this."""
    from datetime import UTC, datetime

    from bot.store import is_postgres

    if not is_postgres(cfg.bot.database):
        return
    from bot.cluster.nodes import disagreement

    found = disagreement(store, cfg.fingerprint, datetime.now(UTC))
    if found is not None:
        click.echo(f"warning: {found.describe()}", err=True)


def _ask_running_bot(cfg: Config, running: AlreadyRunning) -> list[AlertRow]:
    import time
    from datetime import UTC, datetime

    from bot.store import open_store
    from bot.store.outbox import Outbox

    who = running.holder.describe() if running.holder else "another process"
    store = open_store(cfg.bot.database)
    try:
        outbox = Outbox(store)
        request = outbox.request_retry(datetime.now(UTC), _me())
        click.echo(
            f"claimwatch is running on {cfg.bot.database} ({who}) and is the one that"
            " sends: asked it to retry every undelivered alert on its next delivery pass.",
            err=True,
        )
        deadline = time.monotonic() + RETRY_WAIT
        result = outbox.retry_result(request)
        while result is None and time.monotonic() < deadline:
            time.sleep(0.2)
            result = outbox.retry_result(request)
        if result is None:
            click.echo(
                f"It has not got to it within {RETRY_WAIT:.0f}s (a delivery pass can wait"
                " for a polling cycle); it will, or the next claimwatch to start will."
                " `claimwatch alerts` shows what is left.",
                err=True,
            )
        else:
            click.echo(f"The running bot retried: {result}.", err=True)
        return outbox.listing()
    finally:
        store.close()


def _no_credentials(cfg: Config, waiting: int) -> str:
    alerts = (
        "1 alert meant for Slack stays"
        if waiting == 1
        else f"{waiting} alerts meant for Slack stay"
    )
    where = "config.toml" if cfg.path.startswith("<") else cfg.path
    return (
        f"no Slack credentials here: SLACK_BOT_TOKEN (or SLACK_WEBHOOK_URL) is not set, so"
        f" {alerts} in the outbox; nothing was sent. Set SLACK_BOT_TOKEN and run `claimwatch"
        " alerts --retry` again, or start `claimwatch run` with it (the bot retries by"
        f" itself). If this bot has no Slack, set `enabled = false` under [slack] in {where}."
    )


def _me() -> str:
    import os
    import socket

    return f"claimwatch alerts --retry, pid {os.getpid()} on {socket.gethostname()}"


def _rich_escape(text: str) -> str:
    """Stored text for a table: printable (no terminal controls or bidi overrides from a
    feed or a server's error) and rich's [markup] escaped."""
    from bot.toolkit.output import shown

    return shown(text)


@click.command("feeds")
@config_option
@click.option(
    "--format",
    "feeds_fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="A table for people, or JSON for scripts.",
)
@handles_errors
def feeds_command(config_path: str | None, feeds_fmt: str) -> None:
    """List every feed with its polling health: status, last success, last error,
    failure streak, next poll, items seen in the last 7 days and articles fetched (with
    how many failed, were refused, blocked by robots.txt or paywalled).

    Status is ok, failing (retried with backoff, never given up), disabled (the server
    answered 410 Gone), removed (no longer in the config) or new (not polled yet).
    """
    from datetime import UTC, datetime

    from bot.health import RECENT_DAYS, feed_health
    from bot.store import open_store

    cfg = load_config(config_path)
    now = datetime.now(UTC)
    store = open_store(cfg.bot.database)
    try:
        rows = feed_health(store, now)
        _warn_if_nodes_disagree(cfg, store)
    finally:
        store.close()
    if feeds_fmt == "json":
        from bot.toolkit.output import json_text

        click.echo(json_text([r.as_json() for r in rows]))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False, width=max(120, Console().width))
    if not rows:
        console.print("No feeds yet: add [[feeds]] to the config and run claimwatch.")
        return
    colour = {"ok": "green", "failing": "red", "disabled": "red", "removed": "dim", "new": ""}
    table = Table(title=f"Feeds ({len(rows)})", title_justify="left")
    table.add_column("feed", no_wrap=True, max_width=32)
    table.add_column("status", no_wrap=True)
    table.add_column("last success", no_wrap=True)
    table.add_column("failures", justify="right")
    table.add_column("next poll", no_wrap=True)
    table.add_column(f"items {RECENT_DAYS}d", justify="right")
    table.add_column("articles", justify="right")
    table.add_column("last error")
    for r in rows:
        style = colour.get(r.status, "")
        status = f"[{style}]{r.status}[/{style}]" if style else r.status
        error = r.disabled_reason if r.status == "disabled" else r.last_error
        table.add_row(
            _rich_escape(r.name),
            status,
            _when(r.last_success, now) if r.last_success else "never",
            str(r.failures) if r.failures else "",
            _when(r.next_poll, now) if r.next_poll else "",
            str(r.items_recent),
            r.articles_shown,
            _rich_escape(error or ""),
        )
    console.print(table)


@click.command("article")
@config_option
@click.argument("item_id", type=int)
@handles_errors
def article_command(config_path: str | None, item_id: int) -> None:
    """Print what was extracted from an item's article (for tuning): status, final URL,
    title, date, language and the text paragraph by paragraph, as matching read it.

    ITEM_ID is the item's id (`claimwatch history`, `claimwatch search`, Datasette).
    """
    from bot.text import printable

    cfg = load_config(config_path)
    row = article_row_or_fail(cfg, item_id)
    click.echo(f"item {item_id}: {printable(row['headline'] or '')} ({printable(row['outlet'])})")
    if row["status"] is None:
        click.echo("no article fetched for this item")
        return
    for key in (
        "status",
        "url",
        "final_url",
        "http_status",
        "fetched",
        "title",
        "published",
        "language",
        "error",
    ):
        if row[key] is not None:
            click.echo(f"{key}: {printable(str(row[key]))}")
    if row["cut"]:
        click.echo("cut: the page was over the size cap and was cut before extraction")
    for n, para in enumerate((p for p in row["text"].splitlines() if p.strip()), 1):
        click.echo(f"[{n}] {printable(para)}")


def _when(dt: Any, now: Any) -> str:
    """How far away a time is: '5m ago', 'in 2h' (exact times: --format json)."""
    seconds = (dt - now).total_seconds()
    span = abs(seconds)
    text = (
        f"{span:.0f}s"
        if span < 120
        else f"{span / 60:.0f}m"
        if span < 7200
        else f"{span / 3600:.0f}h"
        if span < 172800
        else f"{span / 86400:.0f}d"
    )
    return f"in {text}" if seconds > 0 else f"{text} ago"


@click.command()
@config_option
@click.option(
    "--max-age",
    "max_age",
    metavar="DURATION",
    help="How recent the last completed cycle must be ('10m', '1h'; default: 3 x the"
    " shortest poll interval, at least 5m).",
)
@handles_errors
def health(config_path: str | None, max_age: str | None) -> None:
    """Exit 0 if the scheduler completed a polling cycle recently, 1 if not (for Docker's
    HEALTHCHECK and monitoring); prints when the last cycle completed."""
    from datetime import UTC, datetime

    from bot.config import parse_duration
    from bot.health import liveness, stale_after
    from bot.store import open_store

    cfg = load_config(config_path)
    try:
        limit = parse_duration(max_age) if max_age is not None else stale_after(cfg)
    except ValueError as e:
        fail(f"--max-age: {e}")
        return
    store = open_store(cfg.bot.database)
    try:
        state = liveness(store, datetime.now(UTC), limit)
        _warn_if_nodes_disagree(cfg, store)
    finally:
        store.close()
    click.echo(f"{'healthy' if state.ok else 'UNHEALTHY'}: {state.message}")
    sys.exit(0 if state.ok else 1)

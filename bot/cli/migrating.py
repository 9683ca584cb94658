"""Moving a desk's history: `migrate` (SQLite -> PostgreSQL; bot.cluster.migrate)."""

from __future__ import annotations

import click

from bot.cli.common import fail, handles_errors


@click.command()
@click.option(
    "--from", "source", required=True, metavar="PATH", help="The SQLite database to copy."
)
@click.option(
    "--to", "target", required=True, metavar="URL", help="The PostgreSQL database (postgresql://…)."
)
@click.option(
    "--batch",
    type=click.IntRange(1, 100_000),
    default=2000,
    show_default=True,
    help="Rows per transaction.",
)
@handles_errors
def migrate(source: str, target: str, batch: int) -> None:
    """Copy a SQLite database's history into PostgreSQL (docs/scaling.md).

    Safe to run again: an interrupted copy goes on where it stopped, a finished one copies
    nothing. Every table's rows are counted on both sides at the end. Stop the bot on the
    SQLite database first (migrate takes its lock).
    """
    from pathlib import Path

    from bot.store import is_postgres

    if not is_postgres(target):
        fail("--to must be a postgresql:// URL")
    if is_postgres(source) or not Path(source).is_file():
        fail(f"--from must be an existing SQLite database file: {source}")
    try:
        from bot.cluster.migrate import TABLES, count_rows
        from bot.cluster.migrate import migrate as copy_all
        from bot.store.postgres import PostgresStore, redact
    except ImportError as e:
        fail(f"{e.name} is not installed: pip install 'claimwatch[postgres]'")
        return
    from datetime import UTC, datetime

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
    from rich.table import Table

    from bot.store.lock import DatabaseLock
    from bot.store.sqlite import SQLiteStore

    console = Console(stderr=True, highlight=False)
    lock = DatabaseLock(source, "claimwatch migrate")
    lock.acquire(datetime.now(UTC))  # no bot polls or sends on it meanwhile
    try:
        sqlite = SQLiteStore(source)  # at the latest schema first (as the bot would)
        store = PostgresStore(target)
        try:
            totals = count_rows(sqlite.conn)
            with Progress(
                TextColumn("{task.description:>14}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=console,
                transient=False,
            ) as bar:
                tasks = {name: bar.add_task(name, total=totals[name]) for name in TABLES}

                def advance(table: str, n: int) -> None:
                    bar.advance(tasks[table], n)

                report = copy_all(sqlite.conn, store, batch=batch, progress=advance)
                for done in report.tables:  # rows copied by an earlier run count as done
                    bar.update(tasks[done.table], completed=done.source)
        finally:
            sqlite.close()
            store.close()
    finally:
        lock.release()
    table = Table(title=f"claimwatch migrate → {redact(target)}", title_justify="left")
    for col in ("table", "in SQLite", "copied now", "in PostgreSQL", "check"):
        table.add_column(col, justify="left" if col == "table" else "right")
    for t in report.tables:
        table.add_row(
            t.table,
            str(t.source),
            str(t.copied),
            str(t.target),
            "ok" if t.source == t.target else "DIFFERENT",
        )
    Console(highlight=False).print(table)
    if not report.ok:
        fail(
            "the row counts differ (see the table): the PostgreSQL database held other rows"
            " already. Migrate into an empty database."
        )

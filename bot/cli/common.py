"""What the commands share: error handling, the common options, and small formatters."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

import click

from bot.errors import ClaimwatchError, ConfigError, StorageError

if TYPE_CHECKING:
    from bot.config import Config

F = TypeVar("F", bound=Callable[..., Any])

EXIT_USAGE = 2


def fail(message: str) -> None:
    click.echo(f"claimwatch: {message}", err=True)
    sys.exit(EXIT_USAGE)


def handles_errors(fn: F) -> F:
    """Turn the bot's own errors into a message and exit code 2."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ConfigError as e:
            fail(e.describe())
        except StorageError as e:
            fail(str(e))
        except ClaimwatchError as e:
            fail(str(e))

    return wrapper  # type: ignore[return-value]


def config_option(fn: F) -> F:
    return click.option(
        "--config",
        "config_path",
        metavar="PATH",
        help="Config file (default: $CLAIMWATCH_CONFIG, else ./config.toml, else the built-in"
        " defaults).",
    )(fn)


def load_config(path: str | None) -> Config:
    from bot import config

    return config.load(config.resolve_path(path))


def database_option(fn: F) -> F:
    return click.option(
        "--database",
        "database",
        metavar="PATH",
        help="SQLite database (or postgresql:// URL) to read (default: [bot] database).",
    )(fn)


def format_option(fn: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "csv"]),
        default="table",
        show_default=True,
        help="Output as a table for people, or JSON / CSV for scripts and spreadsheets.",
    )(fn)


def by_option(fn: F) -> F:
    return click.option(
        "--by",
        type=click.Choice(["published", "seen"]),
        default="published",
        show_default=True,
        help="Which time --since/--until and the order go by: when the outlet published the"
        " item, or when claimwatch saw it.",
    )(fn)


def filter_options(fn: F) -> F:
    """--claim, --stance, --since, --until, --by, --feed, --limit (history and search)."""
    for decorator in reversed(
        (
            click.option("--claim", "claim_id", metavar="ID", help="Only this claim."),
            click.option(
                "--stance",
                type=click.Choice(["update", "contradiction"]),
                help="Only updates, or only contradictions.",
            ),
            click.option(
                "--since", metavar="WHEN", help="From this time: 7d, 12h, 2w, 2024-10-01, ..."
            ),
            click.option(
                "--until",
                metavar="WHEN",
                help="Up to this time (a bare date includes that whole day).",
            ),
            by_option,
            click.option("--feed", metavar="NAME", help="Only this outlet (feed name)."),
            click.option(
                "--limit", type=click.IntRange(1, 1_000_000), metavar="N", help="At most N rows."
            ),
        )
    ):
        fn = decorator(fn)
    return fn


def make_filters(
    claim_id: str | None,
    stance: str | None,
    since: str | None,
    until: str | None,
    feed: str | None,
    limit: int | None,
    by: str = "published",
) -> Any:
    from datetime import UTC, datetime

    from bot.store.queries import Filters, parse_when

    now = datetime.now(UTC)
    return Filters(
        claim=claim_id,
        stance=stance,  # type: ignore[arg-type]
        since=parse_when(since, now) if since else None,
        until=parse_when(until, now, end=True) if until else None,
        feed=feed,
        limit=limit,
        by=by,  # type: ignore[arg-type]
    )


def stance_label(stance: str) -> str:
    return "CONTRADICTION" if stance == "contradiction" else stance


def headline_link(headline: str, link: str | None) -> str:
    return f"{headline}\n{link}" if link else headline


def evidence_text(evidence: str, headline: str, paragraph: int | None = None) -> str:
    """The evidence as listed: "(the headline)" when it is the headline itself (the matcher
    makes the headline the whole evidence only when it names the claim), or the sentence
    and, for an article's, where it stands."""
    if evidence.strip() == headline.strip():
        return "(the headline)"
    from bot.records import evidence_place

    return f"{evidence} ({evidence_place(paragraph)})" if paragraph else evidence


def read_db(cfg: Config, database: str | None) -> Any:
    """A read-only SQLite connection, or for a ``postgresql://`` URL the PostgreSQL store
    (the queries take either; both have `close`)."""
    where = database or cfg.bot.database
    from bot.store import is_postgres

    if is_postgres(where):
        from bot.store import open_store

        return open_store(where)
    from bot.store.queries import connect_readonly

    return connect_readonly(where)


def article_row_or_fail(cfg: Config, item_id: int) -> dict[str, Any]:
    """An item with its article (`bot.store.articles.article_row`), or exit 2 naming it."""
    from bot.store import open_store
    from bot.store.articles import article_row

    store = open_store(cfg.bot.database)
    try:
        row = article_row(store, item_id)
    finally:
        store.close()
    if row is None:
        fail(f"no item {item_id} in {cfg.bot.database}")
    assert row is not None
    return row

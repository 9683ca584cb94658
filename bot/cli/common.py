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
        help="SQLite database to read (default: [bot] database in the config).",
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


def filter_options(fn: F) -> F:
    """--claim, --stance, --since, --until, --feed, --limit (history and search)."""
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
    )


def stance_label(stance: str) -> str:
    return "CONTRADICTION" if stance == "contradiction" else stance


def headline_link(headline: str, link: str | None) -> str:
    return f"{headline}\n{link}" if link else headline


def evidence_text(evidence: str, headline: str, paragraph: int | None = None) -> str:
    """The evidence as listed: "(the headline)", or the sentence and where it stands."""
    if evidence.strip() == headline.strip():
        return "(the headline)"
    from bot.records import evidence_place

    return f"{evidence} ({evidence_place(paragraph)})" if paragraph else evidence


def read_db(cfg: Config, database: str | None) -> Any:
    from bot.store.queries import connect_readonly

    return connect_readonly(database or cfg.bot.database)

"""The `claimwatch` command: a thin layer over the library.

Each command parses its options, calls the library and formats the result. Library
errors (ConfigError, StorageError) become a clean message and exit code 2, never a
traceback. Heavy imports happen inside commands, so `claimwatch --help` stays quick.

One module per command group: `running` (run), `checking` (check-config, classify,
explain), `querying` (history, search, claims, try, report, browse), `operating`
(alerts, feeds, health), `migrating` (migrate); `common` holds the shared options and
error handling.
May import anything in `bot`; nothing imports it.
"""

from __future__ import annotations

import logging
import sys

import click

from bot import __version__
from bot.cli import checking, migrating, operating, querying, running


class _PrintableFormatter(logging.Formatter):
    """Log lines without terminal controls or bidi overrides: they quote feed URLs, titles
    and servers' error text."""

    def format(self, record: logging.LogRecord) -> str:
        from bot.text import printable

        return printable(super().format(record))


class _NoSkippedRuns(logging.Filter):
    """APScheduler warns each time a job is due while its last run goes on ("maximum number
    of running instances reached"): with a slow Slack that is every few seconds. The
    scheduler counts those skips itself (bot.schedule) and says so at INFO."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "maximum number of running instances" not in record.getMessage()


def _setup_logging(verbose: int) -> None:
    # INFO by default: the start-up line (where alerts go) and ordinary events; WARNING
    # and above are what needs a person
    level = logging.INFO if verbose == 0 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_PrintableFormatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    # (a no-op when the root logger already has handlers, as before)
    logging.basicConfig(level=level, handlers=[handler])
    # never log request URLs with tokens, nor Slack payloads
    for noisy in ("httpx", "httpcore", "slack_sdk", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.getLogger("apscheduler.scheduler").addFilter(_NoSkippedRuns())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimwatch")
@click.option("-v", "--verbose", count=True, help="More log output (-v debug).")
def cli(verbose: int) -> None:
    """claimwatch: watch news feeds for updates to, and contradictions of, tracked claims.

    Polls the RSS/Atom feeds in config.toml, matches new items against the tracked claims,
    records everything in SQLite (or PostgreSQL) and alerts Slack (or the console, with no
    Slack token).
    """
    _setup_logging(verbose)


for _module in (running, checking, querying, operating, migrating):
    for _command in vars(_module).values():
        if isinstance(_command, click.Command):
            cli.add_command(_command)


def main() -> None:
    cli(prog_name="claimwatch")

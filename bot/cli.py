"""The `claimwatch` command: a thin layer over the library.

Each command parses its options, calls the library and formats the result. Library
errors (ConfigError, StorageError) become a clean message and exit code 2, never a
traceback. Heavy imports happen inside commands, so `claimwatch --help` stays quick.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from bot import __version__
from bot.errors import ClaimwatchError, ConfigError, StorageError

if TYPE_CHECKING:
    from bot.config import Config

F = TypeVar("F", bound=Callable[..., Any])

EXIT_USAGE = 2


def _fail(message: str) -> None:
    click.echo(f"claimwatch: {message}", err=True)
    sys.exit(EXIT_USAGE)


def handles_errors(fn: F) -> F:
    """Turn the bot's own errors into a message and exit code 2."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ConfigError as e:
            _fail(e.describe())
        except StorageError as e:
            _fail(str(e))
        except ClaimwatchError as e:
            _fail(str(e))

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


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    # never log request URLs with tokens, nor Slack payloads
    for noisy in ("httpx", "httpcore", "slack_sdk", "apscheduler.executors.default"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimwatch")
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
def cli(verbose: int) -> None:
    """claimwatch: watch news feeds for updates to, and contradictions of, tracked claims.

    Polls the RSS/Atom feeds in config.toml, matches new items against the tracked claims,
    records everything in SQLite and alerts Slack (or the console, with no Slack token).
    """
    _setup_logging(verbose)


# ── running ─────────────────────────────────────────────────────────────────────────
@cli.command()
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

        app = App.build(cfg)
        try:
            report = app.cycle(all_feeds=True)
        finally:
            app.close()
        _print_summary(report)
        return
    from bot.schedule import run_forever

    run_forever(cfg, path)


def _print_summary(report: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=False, highlight=False)
    failed = [o for o in report.outcomes if not o.ok]
    if failed:
        t = Table(title="Feeds that failed", title_justify="left")
        t.add_column("feed")
        t.add_column("error")
        for o in sorted(failed, key=lambda o: o.feed.name):
            t.add_row(o.feed.name, o.error or "")
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


@cli.command("check-config")
@config_option
@handles_errors
def check_config(config_path: str | None) -> None:
    """Validate a config file without running anything (exit 2 if invalid)."""
    cfg = load_config(config_path)
    click.echo(f"{cfg.path}: OK — {len(cfg.feeds)} feeds, {len(cfg.claims)} claims")


# ── matching ────────────────────────────────────────────────────────────────────────
@contextmanager
def _open_input(path: str | None) -> Iterator[IO[str]]:
    if path in (None, "-"):
        yield sys.stdin
    else:
        try:
            with open(path, encoding="utf-8") as f:
                yield f
        except OSError as e:
            _fail(f"cannot read {path}: {e.strerror}")


@cli.command()
@config_option
@click.option(
    "--input", "input_path", metavar="FILE", help="JSON lines to classify (default: stdin)."
)
@handles_errors
def classify(config_path: str | None, input_path: str | None) -> None:
    """Classify JSON-lines items against the claims; touches no database or network.

    Each input line is {"id", "title", "summary", ...}; each output line is
    {"id", "matches": [{"claim", "stance", "score", "evidence", "terms", "cue"}]}.
    """
    from bot.matching import Matcher

    cfg = load_config(config_path)
    matcher = Matcher(cfg.claims)
    out = sys.stdout
    with _open_input(input_path) as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                if not isinstance(item, dict):
                    raise ValueError("not a JSON object")
            except ValueError as e:
                _fail(f"input line {n}: not a JSON object ({e})")
            matches = matcher.match(str(item.get("title") or ""), str(item.get("summary") or ""))
            record = {
                "id": item.get("id"),
                "matches": [
                    {
                        "claim": m.claim_id,
                        "stance": m.stance,
                        "score": round(m.score, 1),
                        "evidence": m.evidence,
                        "cue": m.cue,
                        "terms": [
                            {
                                "term": t.term,
                                "found": t.found,
                                "how": t.how,
                                "score": round(t.score, 1),
                            }
                            for t in m.terms
                        ],
                    }
                    for m in matches
                ],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


@cli.command()
@config_option
@click.option("--claim", "claim_id", required=True, help="The claim id to explain.")
@click.option(
    "--input", "input_path", metavar="FILE", help="JSON lines {title, summary} instead of TEXT."
)
@click.argument("text", required=False)
@handles_errors
def explain(
    config_path: str | None, claim_id: str, input_path: str | None, text: str | None
) -> None:
    """Show why TEXT matches a claim or not, and which stance cue decided it."""
    from bot.matching import Matcher

    cfg = load_config(config_path)
    if cfg.claim(claim_id) is None:
        _fail(
            f"no claim {claim_id!r} in {cfg.path} (claims: {', '.join(c.id for c in cfg.claims)})"
        )
    matcher = Matcher(cfg.claims)
    texts: list[tuple[str, str]] = []
    if input_path:
        with _open_input(input_path) as f:
            for line in f:
                if line.strip():
                    item = json.loads(line)
                    texts.append((str(item.get("title") or ""), str(item.get("summary") or "")))
    elif text is not None:
        texts.append(("", text))
    else:
        _fail("give TEXT or --input FILE")
    for i, (title, summary) in enumerate(texts):
        if i:
            click.echo("")
        for line in matcher.explain(claim_id, title, summary).lines():
            click.echo(line)


def main() -> None:
    cli(prog_name="claimwatch")

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


# ── the journalist's toolkit: history, search, claims, try, report, browse ─────────
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
                "--limit", type=click.IntRange(min=1), metavar="N", help="At most N rows."
            ),
        )
    ):
        fn = decorator(fn)
    return fn


def _filters(
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


def _stance(stance: str) -> str:
    return "CONTRADICTION" if stance == "contradiction" else stance


def _headline_link(headline: str, link: str | None) -> str:
    return f"{headline}\n{link}" if link else headline


def _evidence(evidence: str, headline: str) -> str:
    return "(the headline)" if evidence.strip() == headline.strip() else evidence


def _read_db(cfg: Config, database: str | None) -> Any:
    from bot.store.queries import connect_readonly

    return connect_readonly(database or cfg.bot.database)


@cli.command()
@config_option
@database_option
@filter_options
@format_option
@click.option(
    "--stories",
    is_flag=True,
    help="One row per story (its copies across outlets grouped), with outlet counts.",
)
@handles_errors
def history(
    config_path: str | None,
    database: str | None,
    claim_id: str | None,
    stance: str | None,
    since: str | None,
    until: str | None,
    feed: str | None,
    limit: int | None,
    fmt: Any,
    stories: bool,
) -> None:
    """Matches so far, newest first: time, outlet, headline, link, stance, evidence."""
    from bot.store import queries
    from bot.toolkit.output import Column, emit, short_time

    cfg = load_config(config_path)
    filters = _filters(claim_id, stance, since, until, feed, limit)
    conn = _read_db(cfg, database)
    try:
        if stories:
            story_rows = queries.history_stories(conn, filters)
        else:
            rows = queries.history(conn, filters)
    finally:
        conn.close()
    if stories:
        story_columns = [
            Column("last matched (UTC)", lambda r: short_time(r.last_matched), no_wrap=True),
            Column("claim", lambda r: r.claim_id, no_wrap=True),
            Column("stance", lambda r: _stance(r.stance), no_wrap=True),
            Column("outlets", lambda r: str(r.outlets), no_wrap=True),
            Column("headline / link", lambda r: _headline_link(r.headline, r.link)),
            Column("carried by", lambda r: r.outlet_names),
        ]
        emit(story_rows, fmt, story_columns, sys.stdout, empty="no matches")
        return
    if claim_id and not rows and cfg.claim(claim_id) is None:
        click.echo(f"claimwatch: note: no claim {claim_id!r} in {cfg.path}", err=True)
    columns = [Column("matched (UTC)", lambda r: short_time(r.matched_at), no_wrap=True)]
    if not claim_id:
        columns.append(Column("claim", lambda r: r.claim_id, no_wrap=True))
    columns += [
        Column("outlet", lambda r: r.outlet),
        Column("stance", lambda r: _stance(r.stance), no_wrap=True),
        Column("headline / link", lambda r: _headline_link(r.headline, r.link)),
        Column("evidence", lambda r: _evidence(r.evidence, r.headline)),
    ]
    emit(rows, fmt, columns, sys.stdout, empty="no matches")


@cli.command()
@config_option
@database_option
@filter_options
@format_option
@click.argument("query")
@handles_errors
def search(
    config_path: str | None,
    database: str | None,
    claim_id: str | None,
    stance: str | None,
    since: str | None,
    until: str | None,
    feed: str | None,
    limit: int | None,
    fmt: Any,
    query: str,
) -> None:
    """Full-text search of every stored item (title and summary), best match first.

    QUERY is plain words, all of which must appear ("quoted phrases" stay together);
    nothing in it is search syntax. --claim and --stance keep items that matched them.
    """
    from bot.store import queries
    from bot.toolkit.output import Column, emit, short_time

    cfg = load_config(config_path)
    filters = _filters(claim_id, stance, since, until, feed, limit or 50)
    conn = _read_db(cfg, database)
    try:
        rows = queries.search(conn, query, filters)
    finally:
        conn.close()
    columns = [
        Column("seen (UTC)", lambda r: short_time(r.first_seen), no_wrap=True),
        Column("outlet", lambda r: r.outlet),
        Column("headline / link", lambda r: _headline_link(r.headline, r.link)),
        Column("summary (words found in [ ])", lambda r: r.snippet),
        Column("matches", lambda r: r.matches.replace(", ", "\n")),
    ]
    emit(rows, fmt, columns, sys.stdout, empty="no items found")


@cli.command()
@config_option
@database_option
@format_option
@handles_errors
def claims(config_path: str | None, database: str | None, fmt: Any) -> None:
    """Each claim with its updates, contradictions, first and last seen, and outlets."""
    from bot.store import queries
    from bot.toolkit.output import Column, emit, short_time

    cfg = load_config(config_path)
    conn = _read_db(cfg, database)
    try:
        rows = queries.claim_summaries(conn, cfg.claims)
    finally:
        conn.close()
    columns = [
        Column(
            "claim", lambda r: r.claim_id + ("" if r.configured else " (removed)"), no_wrap=True
        ),
        Column("updates", lambda r: str(r.updates), justify="right"),
        Column("contradictions", lambda r: str(r.contradictions), justify="right"),
        Column("first seen", lambda r: short_time(r.first_seen), no_wrap=True),
        Column("last seen", lambda r: short_time(r.last_seen), no_wrap=True),
        Column("outlets", lambda r: f"{len(r.outlets)}: {', '.join(r.outlets)}".rstrip(": ")),
    ]
    emit(rows, fmt, columns, sys.stdout, empty="no claims configured")


@cli.command("try")
@click.option(
    "--config",
    "config_path",
    metavar="PATH",
    help="Config holding the draft claim (e.g. a copy of config.toml you are editing).",
)
@database_option
@click.option("--claim", "claim_id", required=True, metavar="ID", help="The claim to try.")
@click.option(
    "--since",
    default="30d",
    show_default=True,
    metavar="WHEN",
    help="Items first seen from this time: 7d, 2w, 2024-10-01, ...",
)
@click.option("--until", metavar="WHEN", help="Items first seen up to this time.")
@format_option
@handles_errors
def try_claim(
    config_path: str | None,
    database: str | None,
    claim_id: str,
    since: str,
    until: str | None,
    fmt: Any,
) -> None:
    """Backtest a new or edited claim on stored items; sends and writes nothing.

    Shows what the claim would have matched (stance, evidence) and how many alerts a day
    it would have sent, compared with what the stored claim of the same id matched.
    """
    from datetime import UTC, datetime

    from bot.store import queries
    from bot.toolkit.backtest import backtest

    cfg = load_config(config_path)
    claim = cfg.claim(claim_id)
    if claim is None:
        _fail(f"no claim {claim_id!r} in {cfg.path} (claims: {_claim_ids(cfg)})")
        return
    now = datetime.now(UTC)
    start = queries.parse_when(since, now)
    end = queries.parse_when(until, now, end=True) if until else None
    conn = _read_db(cfg, database)
    try:
        stored = queries.matched_item_ids(conn, claim_id, start)
        result = backtest(
            claim,
            queries.items_seen_between(conn, start, end),
            alert_max_age=cfg.bot.alert_max_age,
            stored_matches=stored,
        )
    finally:
        conn.close()
    _print_backtest(result, start, end or now, fmt)


def _claim_ids(cfg: Config) -> str:
    return ", ".join(c.id for c in cfg.claims) or "none"


def _print_backtest(result: Any, start: Any, end: Any, fmt: str) -> None:
    from dataclasses import dataclass

    from bot.toolkit.output import Column, emit, short_time

    @dataclass(frozen=True)
    class Hit:
        first_seen: str
        published: str | None
        outlet: str
        headline: str
        link: str | None
        stance: str
        evidence: str
        cue: str | None
        score: float
        would_alert: bool
        #: the stored claim of the same id matched it too
        already_matched: bool

    hits = [
        Hit(
            h.item.first_seen,
            h.item.published,
            h.item.outlet,
            h.item.title,
            h.item.link,
            h.match.stance,
            h.match.evidence,
            h.match.cue,
            round(h.match.score, 1),
            h.alerts,
            h.already_matched,
        )
        for h in sorted(result.hits, key=lambda h: h.item.first_seen, reverse=True)
    ]
    days = max(1, round((end - start).total_seconds() / 86400))
    per_day = dict(sorted(result.alerts_per_day.items()))
    if fmt == "json":
        from dataclasses import asdict

        doc = {
            "claim": result.claim.id,
            "statement": result.claim.statement,
            "since": short_time(_iso(start)),
            "until": short_time(_iso(end)),
            "items_scanned": result.items_scanned,
            "matches": len(result.hits),
            "updates": result.updates,
            "contradictions": result.contradictions,
            "alerts": result.alerts,
            "alerts_per_day_average": round(result.alerts / days, 2),
            "alerts_per_day": per_day,
            "new_compared_with_stored": result.new,
            "lost_compared_with_stored": result.lost,
            "hits": [asdict(h) for h in hits],
        }
        click.echo(json.dumps(doc, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        emit(hits, "csv", [], sys.stdout)
        return
    busiest = max(per_day.items(), key=lambda kv: kv[1]) if per_day else None
    click.echo(f"Claim {result.claim.id}: {result.claim.statement}")
    click.echo(
        f"Tried on {result.items_scanned} stored items first seen"
        f" {short_time(_iso(start))} – {short_time(_iso(end))} UTC ({days} days)."
    )
    click.echo(
        f"Would have matched {len(result.hits)} ({result.updates} updates,"
        f" {result.contradictions} contradictions) and sent {result.alerts} alerts:"
        f" {result.alerts / days:.1f} a day"
        + (f", at most {busiest[1]} on {busiest[0]}." if busiest else ".")
    )
    if result.stored:
        click.echo(
            f"Compared with the {result.stored} stored matches of {result.claim.id}:"
            f" {result.new} new, {result.lost} no longer matched."
        )
    else:
        click.echo(f"No stored matches of {result.claim.id} in that time to compare with.")
    click.echo("Nothing was sent or written.\n")
    emit(
        hits,
        "table",
        [
            Column("seen (UTC)", lambda r: short_time(r.first_seen), no_wrap=True),
            Column("outlet", lambda r: r.outlet),
            Column("stance", lambda r: _stance(r.stance), no_wrap=True),
            Column("headline / link", lambda r: _headline_link(r.headline, r.link)),
            Column("evidence", lambda r: _evidence(r.evidence, r.headline)),
            Column("alert", lambda r: "yes" if r.would_alert else "no (old)"),
            Column("new", lambda r: "" if r.already_matched else "new"),
        ],
        sys.stdout,
        empty="(no matches)",
    )
    if per_day:
        from dataclasses import dataclass as _dc

        @_dc(frozen=True)
        class Day:
            day: str
            alerts: int

        emit(
            [Day(d, n) for d, n in per_day.items()],
            "table",
            [
                Column("day (UTC)", lambda r: r.day),
                Column("alerts", lambda r: str(r.alerts), "right"),
            ],
            sys.stdout,
            title="Alerts per day",
        )


def _iso(dt: Any) -> str | None:
    from bot.clock import iso

    return iso(dt)


@cli.command()
@config_option
@database_option
@click.option("--claim", "claim_id", required=True, metavar="ID", help="The claim to report.")
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(dir_okay=False, writable=True),
    metavar="FILE.html",
    help="Where to write the HTML page.",
)
@click.option("--since", metavar="WHEN", help="Only matches from this time (7d, 2024-10-01).")
@click.option("--until", metavar="WHEN", help="Only matches up to this time.")
@handles_errors
def report(
    config_path: str | None,
    database: str | None,
    claim_id: str,
    out_path: str,
    since: str | None,
    until: str | None,
) -> None:
    """Write one claim's matches as a self-contained HTML page (chart, table, evidence)."""
    from datetime import UTC, datetime
    from pathlib import Path

    from bot.store import queries
    from bot.toolkit.report import render_report

    cfg = load_config(config_path)
    claim = cfg.claim(claim_id)
    filters = _filters(None, None, since, until, None, None)
    conn = _read_db(cfg, database)
    try:
        rows = queries.report_rows(conn, claim_id, filters)
    finally:
        conn.close()
    if claim is None and not rows:
        _fail(f"no claim {claim_id!r} in {cfg.path} and no stored matches of it")
    statement = claim.statement if claim else "(this claim is no longer in the config)"
    page = render_report(claim_id, statement, rows, generated_at=datetime.now(UTC))
    try:
        Path(out_path).write_text(page, encoding="utf-8")
    except OSError as e:
        _fail(f"cannot write {out_path}: {e.strerror or e}")
    click.echo(f"wrote {out_path}: {len(rows)} matches of {claim_id}")


@cli.command()
@config_option
@database_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to serve on.")
@click.option("--port", default=8001, show_default=True, type=int, help="Port to serve on.")
@click.option("--no-open", is_flag=True, help="Do not open a browser.")
@handles_errors
def browse(
    config_path: str | None, database: str | None, host: str, port: int, no_open: bool
) -> None:
    """Explore the database in Datasette (needs the extra: pip install 'claimwatch[browse]').

    Comes with canned queries (latest contradictions, claim timeline, outlets per claim)
    and full-text search on items. Datasette opens the database read-only.
    """
    import tempfile
    from pathlib import Path

    from bot.toolkit import browse as browse_mod

    if not browse_mod.datasette_available():
        _fail(browse_mod.INSTALL_HINT)
    cfg = load_config(config_path)
    db_path = database or cfg.bot.database
    _read_db(cfg, db_path).close()  # a clear error if it is missing or not ours
    with tempfile.TemporaryDirectory(prefix="claimwatch-browse-") as tmp:
        meta = browse_mod.write_metadata(Path(tmp) / "metadata.json", db_path, cfg.claims)
        cmd = browse_mod.datasette_command(
            db_path, meta, host=host, port=port, open_browser=not no_open
        )
        click.echo(f"Starting Datasette on {host}, port {port} — Ctrl-C stops it", err=True)
        code = browse_mod.serve(cmd)
    if code:
        sys.exit(code)


# ── the outbox: alerts not yet delivered ─────────────────────────────────────────────
@cli.command("alerts")
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
    webhook or console.
    """
    from dataclasses import asdict

    from bot.store.outbox import Outbox

    cfg = load_config(config_path)
    if retry:
        from bot.app import App

        app = App.build(cfg)
        try:
            outbox = Outbox(app.store)
            outbox.retry_now(app.clock.now())
            delivery = app.deliverer.deliver_pending(include_failed=True, budget=120.0)
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


def _rich_escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


# ── polling health: feeds, health ───────────────────────────────────────────────────
@cli.command("feeds")
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
    failure streak, next poll and items seen in the last 7 days.

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
    finally:
        store.close()
    if feeds_fmt == "json":
        click.echo(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
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
            _rich_escape(error or ""),
        )
    console.print(table)


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


@cli.command()
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
        _fail(f"--max-age: {e}")
        return
    store = open_store(cfg.bot.database)
    try:
        state = liveness(store, datetime.now(UTC), limit)
    finally:
        store.close()
    click.echo(f"{'healthy' if state.ok else 'UNHEALTHY'}: {state.message}")
    sys.exit(0 if state.ok else 1)


def main() -> None:
    cli(prog_name="claimwatch")

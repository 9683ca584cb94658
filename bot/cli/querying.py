"""Querying the history: `history`, `search`, `claims`, `try`, `report`, `browse`."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from bot.cli.common import (
    by_option,
    config_option,
    database_option,
    evidence_text,
    fail,
    filter_options,
    format_option,
    handles_errors,
    headline_link,
    load_config,
    make_filters,
    read_db,
    stance_label,
)

if TYPE_CHECKING:
    from bot.config import Config


@click.command()
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
    by: str,
    feed: str | None,
    limit: int | None,
    fmt: Any,
    stories: bool,
) -> None:
    """Matches so far, newest first: when published and seen, outlet, headline, link, stance,
    evidence."""
    from bot.store import queries
    from bot.toolkit.output import Column, emit, short_time

    cfg = load_config(config_path)
    filters = make_filters(claim_id, stance, since, until, feed, limit, by)
    conn = read_db(cfg, database)
    try:
        if stories:
            story_rows = queries.history_stories(conn, filters)
        else:
            rows = queries.history(conn, filters)
    finally:
        conn.close()
    if stories:
        story_columns = [
            Column("published (UTC)", lambda r: short_time(r.published), no_wrap=True),
            Column("last seen (UTC)", lambda r: short_time(r.last_matched), no_wrap=True),
            Column("claim", lambda r: r.claim_id, no_wrap=True),
            Column("stance", lambda r: stance_label(r.stance), no_wrap=True),
            Column("outlets", lambda r: str(r.outlets), no_wrap=True),
            Column("headline", lambda r: r.headline),
            # each outlet's link as it published it (the canonical form is never shown)
            Column("carried by (as published)", lambda r: r.outlet_links),
        ]
        emit(story_rows, fmt, story_columns, sys.stdout, empty="no matches")
        return
    if claim_id and not rows and cfg.claim(claim_id) is None:
        click.echo(f"claimwatch: note: no claim {claim_id!r} in {cfg.path}", err=True)
    columns = [
        Column("published (UTC)", lambda r: short_time(r.published), no_wrap=True),
        Column("seen (UTC)", lambda r: short_time(r.matched_at), no_wrap=True),
    ]
    if not claim_id:
        columns.append(Column("claim", lambda r: r.claim_id, no_wrap=True))
    columns += [
        Column("outlet", lambda r: r.outlet),
        Column("stance", lambda r: stance_label(r.stance), no_wrap=True),
        Column("headline / link", lambda r: headline_link(r.headline, r.link)),
        Column("evidence", lambda r: evidence_text(r.evidence, r.headline, r.paragraph)),
    ]
    emit(rows, fmt, columns, sys.stdout, empty="no matches")


@click.command()
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
    by: str,
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
    filters = make_filters(claim_id, stance, since, until, feed, limit or 50, by)
    conn = read_db(cfg, database)
    try:
        rows = queries.search(conn, query, filters)
    finally:
        conn.close()
    columns = [
        Column("published (UTC)", lambda r: short_time(r.published), no_wrap=True),
        Column("seen (UTC)", lambda r: short_time(r.first_seen), no_wrap=True),
        Column("outlet", lambda r: r.outlet),
        Column("headline / link", lambda r: headline_link(r.headline, r.link)),
        Column("summary (words found in [ ])", lambda r: r.snippet),
        Column("matches", lambda r: r.matches.replace(", ", "\n")),
    ]
    emit(rows, fmt, columns, sys.stdout, empty="no items found")


@click.command()
@config_option
@database_option
@format_option
@handles_errors
def claims(config_path: str | None, database: str | None, fmt: Any) -> None:
    """Each claim with its updates, contradictions, first and last seen, and outlets."""
    from bot.store import queries
    from bot.toolkit.output import Column, emit, short_time

    cfg = load_config(config_path)
    conn = read_db(cfg, database)
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
        Column("first published", lambda r: short_time(r.first_published), no_wrap=True),
        Column("last published", lambda r: short_time(r.last_published), no_wrap=True),
        Column("last seen", lambda r: short_time(r.last_seen), no_wrap=True),
        Column("outlets", lambda r: f"{len(r.outlets)}: {', '.join(r.outlets)}".rstrip(": ")),
    ]
    emit(rows, fmt, columns, sys.stdout, empty="no claims configured")


@click.command("try")
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
    help="Items published (or with --by seen, first seen) from this time: 7d, 2w, 2024-10-01, ...",
)
@click.option("--until", metavar="WHEN", help="Items published (or seen) up to this time.")
@by_option
@format_option
@handles_errors
def try_claim(
    config_path: str | None,
    database: str | None,
    claim_id: str,
    since: str,
    until: str | None,
    by: Any,
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
        fail(f"no claim {claim_id!r} in {cfg.path} (claims: {_claim_ids(cfg)})")
        return
    now = datetime.now(UTC)
    start = queries.parse_when(since, now)
    end = queries.parse_when(until, now, end=True) if until else None
    conn = read_db(cfg, database)
    try:
        stored = queries.matched_item_ids(conn, claim_id, start, end, by=by)
        result = backtest(
            claim,
            queries.items_seen_between(conn, start, end, by=by),
            alert_max_age=cfg.bot.alert_max_age,
            stored_matches=stored,
        )
    finally:
        conn.close()
    _print_backtest(result, start, end or now, fmt, by)


def _claim_ids(cfg: Config) -> str:
    return ", ".join(c.id for c in cfg.claims) or "none"


def _print_backtest(result: Any, start: Any, end: Any, fmt: str, by: str) -> None:
    from dataclasses import dataclass

    from bot.text import printable
    from bot.toolkit.output import Column, emit, json_text, plural, short_time

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
        for h in sorted(
            result.hits,
            key=lambda h: (
                (h.item.published or h.item.first_seen) if by == "published" else h.item.first_seen
            ),
            reverse=True,
        )
    ]

    def listed(i: Any) -> dict[str, Any]:
        """A stored item as `try` lists it (lost, or kept out by the context)."""
        return {
            "first_seen": i.first_seen,
            "published": i.published,
            "outlet": i.outlet,
            "headline": i.title,
            "link": i.link,
        }

    lost = [listed(i) for i in result.lost_items]
    kept_out = [listed(i) for i in result.kept_out_items]
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
            "lost": lost,
            "kept_out_by_context": result.kept_out_by_context,
            "kept_out": kept_out,
        }
        click.echo(json_text(doc))
        return
    if fmt == "csv":
        emit(hits, "csv", [], sys.stdout)
        return
    busiest = max(per_day.items(), key=lambda kv: kv[1]) if per_day else None
    click.echo(f"Claim {result.claim.id}: {printable(result.claim.statement)}")
    click.echo(
        f"Tried on {plural(result.items_scanned, 'stored item')}"
        f" {'published' if by == 'published' else 'first seen'}"
        f" {short_time(_iso(start))} – {short_time(_iso(end))} UTC ({plural(days, 'day')})."
    )
    click.echo(
        f"Would have matched {len(result.hits)} ({plural(result.updates, 'update')},"
        f" {plural(result.contradictions, 'contradiction')}) and sent"
        f" {plural(result.alerts, 'alert')}: {result.alerts / days:.1f} a day"
        + (f", at most {busiest[1]} on {busiest[0]}." if busiest else ".")
    )
    if result.stored:
        click.echo(
            f"Compared with the {plural(result.stored, 'stored match')} of {result.claim.id}:"
            f" {result.new} new, {result.lost} no longer matched."
        )
    else:
        click.echo(f"No stored matches of {result.claim.id} in that time to compare with.")
    if result.kept_out_by_context:
        click.echo(
            f"Its context kept out {plural(result.kept_out_by_context, 'item')} holding every"
            " require group: if they are the story, widen `context` (broad words most reports"
            " carry; a rare one drops every item without it, in every language)."
        )
    click.echo("Nothing was sent or written.\n")
    if result.kept_out_by_context:
        _list_items(
            "Kept out by context (every require group, no context word)",
            [
                (i["published"] or i["first_seen"], i["outlet"], i["headline"], i["link"])
                for i in kept_out
            ],
        )
    if result.stored:
        _list_items(
            "Newly matched (the stored claim did not match these)",
            [
                (h.published or h.first_seen, h.outlet, h.headline, h.link)
                for h in hits
                if not h.already_matched
            ],
        )
        _list_items(
            "No longer matched (the stored claim matched these)",
            [
                (i["published"] or i["first_seen"], i["outlet"], i["headline"], i["link"])
                for i in lost
            ],
        )
    emit(
        hits,
        "table",
        [
            Column("published (UTC)", lambda r: short_time(r.published), no_wrap=True),
            Column("seen (UTC)", lambda r: short_time(r.first_seen), no_wrap=True),
            Column("outlet", lambda r: r.outlet),
            Column("stance", lambda r: stance_label(r.stance), no_wrap=True),
            Column("headline / link", lambda r: headline_link(r.headline, r.link)),
            Column("evidence", lambda r: evidence_text(r.evidence, r.headline)),
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


def _list_items(title: str, items: list[tuple[str, str, str, str | None]]) -> None:
    """A short list of items under a title: published time, outlet, headline, link."""
    from bot.text import printable
    from bot.toolkit.output import short_time

    click.echo(f"{title}: {len(items) or 'none'}")
    for when, outlet, headline, link in items:
        click.echo(f"  {short_time(when)}  {printable(outlet)}: {printable(headline)}")
        if link:
            click.echo(f"      {printable(link)}")
    click.echo("")


def _iso(dt: Any) -> str | None:
    from bot.clock import iso

    return iso(dt)


@click.command()
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
@by_option
@handles_errors
def report(
    config_path: str | None,
    database: str | None,
    claim_id: str,
    out_path: str,
    since: str | None,
    until: str | None,
    by: str,
) -> None:
    """Write one claim's matches as a self-contained HTML page (chart, table, evidence)."""
    from datetime import UTC, datetime
    from pathlib import Path

    from bot.store import queries
    from bot.toolkit.output import plural
    from bot.toolkit.report import render_report

    cfg = load_config(config_path)
    claim = cfg.claim(claim_id)
    filters = make_filters(None, None, since, until, None, None, by)
    conn = read_db(cfg, database)
    try:
        rows = queries.report_rows(conn, claim_id, filters)
    finally:
        conn.close()
    if claim is None and not rows:
        fail(f"no claim {claim_id!r} in {cfg.path} and no stored matches of it")
    statement = claim.statement if claim else "(this claim is no longer in the config)"
    page = render_report(claim_id, statement, rows, generated_at=datetime.now(UTC))
    try:
        Path(out_path).write_text(page, encoding="utf-8")
    except OSError as e:
        fail(f"cannot write {out_path}: {e.strerror or e}")
    click.echo(f"wrote {out_path}: {plural(len(rows), 'match')} of {claim_id}")


@click.command()
@config_option
@database_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to serve on.")
@click.option(
    "--port", default=8001, show_default=True, type=click.IntRange(1, 65535), help="Port."
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help="Also answer requests for this host name (besides localhost, 127.0.0.1, ::1 and"
    " --host); others are refused, against DNS rebinding.",
)
@click.option("--no-open", is_flag=True, help="Do not open a browser.")
@handles_errors
def browse(
    config_path: str | None,
    database: str | None,
    host: str,
    port: int,
    allow_hosts: tuple[str, ...],
    no_open: bool,
) -> None:
    """Explore the database in Datasette (needs the extra: .venv/bin/pip install -e '.[browse]').

    Comes with canned queries (latest contradictions, claim timeline, outlets per claim)
    and full-text search on items. Datasette opens the database read-only. Only requests
    that name this machine in their Host header are answered.
    """
    import tempfile
    from pathlib import Path

    from bot.toolkit import browse as browse_mod

    cfg = load_config(config_path)
    db_path = database or cfg.bot.database
    from bot.store import is_postgres

    if is_postgres(db_path):
        fail(
            "browse (Datasette) works on SQLite only; this database is PostgreSQL. Use the"
            " other commands (history, search, claims, report), or psql."
        )
    if not browse_mod.datasette_available():
        fail(browse_mod.INSTALL_HINT)
    read_db(cfg, db_path).close()  # a clear error if it is missing or not ours
    allowed = browse_mod.allowed_hosts(host, allow_hosts)
    with tempfile.TemporaryDirectory(prefix="claimwatch-browse-") as tmp:
        meta = browse_mod.write_metadata(Path(tmp) / "metadata.json", db_path, cfg.claims)
        plugins = browse_mod.write_host_guard(Path(tmp) / "plugins", allowed)
        cmd = browse_mod.datasette_command(
            db_path, meta, host=host, port=port, open_browser=not no_open, plugins_dir=plugins
        )
        click.echo(
            f"Starting Datasette on {host}, port {port}, for requests to"
            f" {', '.join(allowed)} — Ctrl-C stops it",
            err=True,
        )
        code = browse_mod.serve(cmd)
    if code:
        sys.exit(code)

"""Checking and explaining: `check-config`, `classify`, `explain`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import IO, TYPE_CHECKING

import click

from bot.cli.common import (
    article_row_or_fail,
    config_option,
    fail,
    handles_errors,
    load_config,
)

if TYPE_CHECKING:
    pass


@contextmanager
def _open_input(path: str | None) -> Iterator[IO[str]]:
    if path in (None, "-"):
        yield sys.stdin
    else:
        try:
            with open(path, encoding="utf-8") as f:
                yield f
        except OSError as e:
            fail(f"cannot read {path}: {e.strerror}")


@click.command()
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
    from bot.toolkit.output import json_text

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
                fail(f"input line {n}: not a JSON object ({e})")
            matches = matcher.match(
                str(item.get("title") or ""),
                str(item.get("summary") or ""),
                published_date(item.get("published")),
            )
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
            out.write(json_text(record, indent=None) + "\n")


@click.command()
@config_option
@click.option("--claim", "claim_id", required=True, help="The claim id to explain.")
@click.option(
    "--input", "input_path", metavar="FILE", help="JSON lines {title, summary} instead of TEXT."
)
@click.option(
    "--item",
    "item_id",
    type=int,
    default=None,
    help="Explain a stored item (by id), over its headline, summary and its article's text.",
)
@click.argument("text", required=False)
@handles_errors
def explain(
    config_path: str | None,
    claim_id: str,
    input_path: str | None,
    item_id: int | None,
    text: str | None,
) -> None:
    """Show why TEXT matches a claim or not, and which stance cue decided it."""
    from bot.matching import Matcher
    from bot.text import printable

    if item_id is not None:
        _explain_item(config_path, claim_id, item_id)
        return

    cfg = load_config(config_path)
    if cfg.claim(claim_id) is None:
        fail(f"no claim {claim_id!r} in {cfg.path} (claims: {', '.join(c.id for c in cfg.claims)})")
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
        fail("give TEXT or --input FILE")
    for i, (title, summary) in enumerate(texts):
        if i:
            click.echo("")
        for line in matcher.explain(claim_id, title, summary).lines():
            click.echo(printable(line))


def _explain_item(config_path: str | None, claim_id: str, item_id: int) -> None:
    """`explain --item`: a stored item as the poller matched it (with its article)."""
    from bot.articles import matching_text, paragraph_of
    from bot.matching import Matcher
    from bot.records import evidence_place
    from bot.text import printable

    cfg = load_config(config_path)
    if cfg.claim(claim_id) is None:
        fail(f"no claim {claim_id!r} in {cfg.path}")
    row = article_row_or_fail(cfg, item_id)
    title, summary = row["headline"] or "", row["summary"] or ""
    paras = [p for p in (row["text"] or "").splitlines() if p.strip()]
    why = Matcher(cfg.claims).explain(claim_id, title, matching_text(summary, paras))
    for line in why.lines():
        click.echo(printable(line))
    if why.sentence and (n := paragraph_of(why.sentence, title, summary, paras)):
        click.echo(f"evidence: {evidence_place(n)}")
    elif row["status"] is not None:
        click.echo(f"article: {row['status']} (read with the feed's text)")


@click.command("check-config")
@config_option
@handles_errors
def check_config(config_path: str | None) -> None:
    """Validate a config file without running anything (exit 2 if invalid)."""
    cfg = load_config(config_path)
    from bot.matching import lexicon  # a broken lexicon file is reported here too

    codes = ", ".join(lang.code for lang in lexicon.LANGUAGES)
    from bot.toolkit.output import plural

    click.echo(
        f"{cfg.path}: OK — {plural(len(cfg.feeds), 'feed')}, {plural(len(cfg.claims), 'claim')}"
    )
    click.echo(f"stance lexicons: {codes}")


def published_date(value: object) -> datetime | None:
    """An input item's publication date (ISO 8601, a date or a timestamp; None when it has
    none or one that does not parse: the item is matched as undated)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            return datetime.fromisoformat(value.strip()[:10])
        except ValueError:
            return None

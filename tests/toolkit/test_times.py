"""Two times: when the outlet published an item and when claimwatch saw it. The commands
show both and sort and filter by publication unless --by seen (on the docs' database: two
weeks of coverage found on install day, then a denial two days later)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import docs_fixture

from bot.cli import cli


@pytest.fixture(scope="module")
def cfg(tmp_path_factory: pytest.TempPathFactory) -> str:
    fx = docs_fixture.build(tmp_path_factory.mktemp("times"))
    text = fx.config.read_text(encoding="utf-8")
    fx.config.write_text(
        text.replace('"state/claimwatch.db"', f'"{fx.database.as_posix()}"'), encoding="utf-8"
    )
    return str(fx.config)


def _json(cfg: str, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, [*args, "--config", cfg, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_history_sorts_and_filters_by_publication(cfg: str) -> None:
    rows = _json(cfg, "history", "--claim", "musk-putin-contact")
    published = [r["published"] for r in rows]
    assert published == sorted(published, reverse=True)
    assert len({r["matched_at"] for r in rows}) == 2  # all seen at install or two days later
    recent = _json(cfg, "history", "--since", "2026-11-19")
    assert {r["published"][:10] for r in recent} == {"2026-11-22"}
    seen = _json(cfg, "history", "--since", "2026-11-19", "--by", "seen")
    assert len(seen) > len(recent) and min(r["published"] for r in seen) < "2026-11-10"


def test_search_claims_and_try_use_publication_time(cfg: str) -> None:
    hits = _json(cfg, "search", "Musk", "--until", "2026-11-10")
    assert hits and all(h["published"] < "2026-11-10" for h in hits)
    assert all(h["first_seen"] >= "2026-11-20" for h in hits)
    assert _json(cfg, "search", "Musk", "--until", "2026-11-10", "--by", "seen") == []
    (musk,) = [c for c in _json(cfg, "claims") if c["claim_id"] == "musk-putin-contact"]
    assert musk["first_published"] == "2026-11-06T08:33:00Z"
    assert musk["first_seen"] == "2026-11-20T09:00:00Z"
    doc = json.loads(
        CliRunner()
        .invoke(
            cli,
            [
                "try",
                "--config",
                cfg,
                "--claim",
                "musk-putin-contact",
                "--format",
                "json",
                "--since",
                "2026-11-01",
                "--until",
                "2026-11-10",
            ],
        )
        .output
    )
    assert doc["items_scanned"] == 4  # published 6-7 November, all seen on 20 November


def test_table_shows_both_times(cfg: str) -> None:
    out = (
        CliRunner()
        .invoke(
            cli, ["history", "--config", cfg, "--claim", "starlink-taiwan"], env={"COLUMNS": "160"}
        )
        .output
    )
    assert "published (UTC)" in out and "seen (UTC)" in out
    assert "2026-11-07 10:57" in out and "2026-11-20 09:00" in out


def test_history_stories_shows_each_link_as_published(cfg: str) -> None:
    (story,) = [
        s
        for s in _json(cfg, "history", "--stories", "--claim", "musk-putin-contact")
        if s["outlets"] == 2
    ]
    assert story["link"] == "https://www.cbsnews.com/news/spokesman-calls-report-fabrication"
    assert (
        "The Guardian – World http://www.theguardian.com/world/2026/nov/"
        "spokesman-calls-report-fabrication?utm_source=rss&utm_medium=feed"
    ) in story["outlet_links"]
    out = (
        CliRunner()
        .invoke(cli, ["history", "--stories", "--config", cfg], env={"COLUMNS": "400"})
        .output
    )
    assert "http://www.theguardian.com/world/2026/nov/spokesman" in out
    assert "https://www.theguardian.com/world/2026/nov/spokesman" not in out


def test_report_counts_by_publication_day(cfg: str, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(
        cli, ["report", "--config", cfg, "--claim", "musk-putin-contact", "--out", str(out)]
    )
    assert result.exit_code == 0 and "8 matches" in result.output
    page = out.read_text(encoding="utf-8")
    # published 6 to 22 November, though all seen on two days
    assert "over 17 days" in page

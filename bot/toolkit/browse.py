"""`claimwatch browse`: the database in Datasette, with canned queries for the newsroom.

Datasette is an optional extra (``pip install 'claimwatch[browse]'``). This module builds
the metadata (titles, descriptions, canned queries, the items full-text search) and the
command line; the CLI runs it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.records import Claim

__all__ = ["INSTALL_HINT", "datasette_available", "datasette_command", "metadata", "write_metadata"]

INSTALL_HINT = (
    "Datasette is not installed. Install the optional extra:\n"
    "    pip install 'claimwatch[browse]'\n"
    "(or: pip install datasette), then run `claimwatch browse` again."
)

LATEST_CONTRADICTIONS = """\
select matched_at, claim_id, outlet, headline, stance_cue, evidence, link
from contradictions
order by matched_at desc
limit 100"""

CLAIM_TIMELINE = """\
select matched_at, published, outlet, stance, headline, evidence, link
from item_matches
where claim_id = :claim_id
order by matched_at"""

OUTLETS_PER_CLAIM = """\
select claim_id, count(*) as outlets, sum(updates) as updates,
       sum(contradictions) as contradictions, min(first_seen) as first_seen,
       max(last_seen) as last_seen, group_concat(outlet, '; ') as outlet_names
from claim_outlets
group by claim_id
order by claim_id"""


def datasette_available() -> bool:
    return importlib.util.find_spec("datasette") is not None


def metadata(database: str, claims: Sequence[Claim] = ()) -> dict[str, Any]:
    """Datasette metadata for the claimwatch database at `database`."""
    name = Path(database).stem
    claim_list = ", ".join(f"{c.id}" for c in claims) or "(none configured)"
    return {
        "title": "claimwatch",
        "description": "News items, the claims they match, and the stance of each match.",
        "databases": {
            name: {
                "description": f"Claims in the config: {claim_list}.",
                "tables": {
                    "items": {
                        "description": "Every stored news item (title and summary are"
                        " full-text searchable).",
                        "fts_table": "items_fts",
                        "fts_pk": "id",
                        "sort_desc": "first_seen",
                        "label_column": "title",
                    },
                    "feeds": {"description": "The polled feeds.", "label_column": "name"},
                    "matches": {
                        "description": "Which item matched which claim, with stance and"
                        " evidence (current = 0: replaced by an edit of the item).",
                        "sort_desc": "created",
                    },
                    "alerts": {"description": "The Slack alert outbox.", "sort_desc": "created"},
                    "cycles": {"description": "One row per polling cycle.", "hidden": True},
                    "item_matches": {"description": "Current matches with item and outlet."},
                    "contradictions": {"description": "Current contradictions only."},
                    "claim_outlets": {"description": "Per claim and outlet: counts, dates."},
                    "feed_status": {"description": "Each feed's polling health."},
                },
                "queries": {
                    "latest_contradictions": {
                        "title": "Latest contradictions",
                        "description": "The 100 most recent items contradicting a claim.",
                        "sql": LATEST_CONTRADICTIONS,
                    },
                    "claim_timeline": {
                        "title": "Claim timeline",
                        "description": "Every match of one claim, oldest first. Claims: "
                        + claim_list,
                        "sql": CLAIM_TIMELINE,
                    },
                    "outlets_per_claim": {
                        "title": "Outlets per claim",
                        "description": "How many outlets carried each claim, and which.",
                        "sql": OUTLETS_PER_CLAIM,
                    },
                },
            }
        },
    }


def write_metadata(path: Path, database: str, claims: Sequence[Claim] = ()) -> Path:
    path.write_text(json.dumps(metadata(database, claims), indent=2), encoding="utf-8")
    return path


def datasette_command(
    database: str, metadata_path: Path, *, host: str, port: int, open_browser: bool
) -> list[str]:
    """The datasette command line (run with this Python, so the same environment)."""
    cmd = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(database),
        "--metadata",
        str(metadata_path),
        "--host",
        host,
        "--port",
        str(port),
        "--setting",
        "sql_time_limit_ms",
        "5000",
    ]
    if open_browser:
        cmd.append("--open")
    return cmd


def serve(cmd: list[str]) -> int:
    """Run datasette until it exits, or until we are interrupted or terminated (then stop it)."""
    import signal
    import subprocess
    from types import FrameType

    proc = subprocess.Popen(cmd)  # noqa: S603 (our own command line, no shell)

    def stop(signum: int, frame: FrameType | None) -> None:
        proc.terminate()

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        return proc.wait()
    except KeyboardInterrupt:  # Ctrl-C reached datasette too; let it finish
        proc.terminate()
        proc.wait(timeout=10)
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        if proc.poll() is None:
            proc.kill()
            proc.wait()

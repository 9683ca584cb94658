"""`claimwatch browse`: the database in Datasette, with canned queries for the newsroom.

Datasette is an optional extra (from a clone: ``.venv/bin/pip install -e '.[browse]'``). This module builds
the metadata (titles, descriptions, canned queries, the items full-text search) and the
command line; the CLI runs it.

Datasette listens on loopback, but a web page from anywhere can make the browser on this
machine call a name that resolves to 127.0.0.1 (DNS rebinding) and read the answers. So
every request must name this machine in its Host header (localhost, 127.0.0.1, ::1, the
address served on, or a name given with --allow-host): a small Datasette plugin,
written beside the metadata, wraps the app in `host_guard`, which answers anything else
with 400.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from pathlib import Path
from typing import Any

from bot.records import Claim

__all__ = [
    "INSTALL_HINT",
    "LOOPBACK_NAMES",
    "allowed_hosts",
    "datasette_available",
    "datasette_command",
    "host_guard",
    "metadata",
    "write_host_guard",
    "write_metadata",
]

INSTALL_HINT = (
    "Datasette is not installed. Install the optional extra, from the clone of claimwatch:\n"
    "    .venv/bin/pip install -e '.[browse]'\n"
    "then run `claimwatch browse` again."
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


# ── Host header check (DNS rebinding) ─────────────────────────────────────────────
#: names that always mean this machine's loopback
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
#: addresses that mean "every interface": no name to add for them
_WILDCARDS = ("", "0.0.0.0", "::")  # noqa: S104 (names to recognise, not to bind)

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def _name(host: str) -> str:
    """The host name of a Host header or an address, without port, brackets or final dot,
    lower-cased ("[::1]:8001" -> "::1", "LocalHost.:80" -> "localhost"); "" when it is
    not a host with an optional numeric port."""
    host = host.strip().lower()
    if host.startswith("["):
        name, bracket, port = host[1:].partition("]")
        if not bracket:
            return ""
    elif host.count(":") == 1:
        name, _, port = host.partition(":")
        port = ":" + port
    else:
        name, port = host, ""  # a name, or an IPv6 address without brackets
    if port and not (port.startswith(":") and port[1:].isdigit() and port[1:].isascii()):
        return ""
    return name.rstrip(".")


def allowed_hosts(host: str, extra: Sequence[str] = ()) -> list[str]:
    """The names a request's Host header may give: loopback, the address served on (unless
    it is a wildcard such as 0.0.0.0), and `extra` (--allow-host)."""
    names = {*LOOPBACK_NAMES, *(_name(h) for h in extra)}
    if _name(host) not in _WILDCARDS:
        names.add(_name(host))
    return sorted(n for n in names if n)


def host_guard(app: ASGIApp, allowed: Sequence[str]) -> ASGIApp:
    """`app`, answering 400 to any HTTP request whose Host header is not one of `allowed`
    (and closing such a websocket)."""
    names = frozenset(allowed)

    async def guarded(scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("type") in ("http", "websocket"):
            headers = dict(scope.get("headers") or ())
            host = bytes(headers.get(b"host", b"")).decode("latin-1")
            if _name(host) not in names:
                if scope["type"] == "websocket":
                    await send({"type": "websocket.close", "code": 1008})
                    return
                body = (
                    "claimwatch browse answers only requests for this machine"
                    f" ({', '.join(sorted(names))}), not for {host!r}.\n"
                ).encode()
                await send(
                    {
                        "type": "http.response.start",
                        "status": 400,
                        "headers": [
                            (b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body})
                return
        await app(scope, receive, send)

    return guarded


#: the Datasette plugin that applies host_guard (written into a --plugins-dir)
_GUARD_PLUGIN = '''"""claimwatch browse: answer only requests whose Host header names this machine."""

import json
from pathlib import Path

from datasette import hookimpl

from bot.toolkit.browse import host_guard

ALLOWED = json.loads(Path(__file__).with_name("allowed_hosts.json").read_text("utf-8"))


@hookimpl
def asgi_wrapper(datasette):
    return lambda app: host_guard(app, ALLOWED)
'''


def write_host_guard(plugins_dir: Path, allowed: Sequence[str]) -> Path:
    """Write the Host-checking plugin and its list of names into `plugins_dir`."""
    plugins_dir.mkdir(parents=True, exist_ok=True)
    (plugins_dir / "allowed_hosts.json").write_text(json.dumps(list(allowed)), encoding="utf-8")
    (plugins_dir / "claimwatch_host_guard.py").write_text(_GUARD_PLUGIN, encoding="utf-8")
    return plugins_dir


def datasette_command(
    database: str,
    metadata_path: Path,
    *,
    host: str,
    port: int,
    open_browser: bool,
    plugins_dir: Path | None = None,
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
    if plugins_dir is not None:
        cmd += ["--plugins-dir", str(plugins_dir)]
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

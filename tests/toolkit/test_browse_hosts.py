"""`claimwatch browse` answers only requests for this machine (issue 14, defect 11).

Datasette listens on loopback, but a page from anywhere can make this machine's browser
call a name resolving to 127.0.0.1 (DNS rebinding); such a request names the attacker's
host in its Host header and is refused.
"""

from __future__ import annotations

import asyncio
import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support.toolkit_fixture import build_db

from bot.toolkit.browse import allowed_hosts, host_guard


async def _ok_app(scope: Any, receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"ok"})


def _status(host: bytes | None, allowed: list[str]) -> int:
    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    headers = [(b"host", host)] if host is not None else []
    scope = {"type": "http", "method": "GET", "path": "/", "headers": headers}
    asyncio.run(host_guard(_ok_app, allowed)(scope, receive, send))
    return int(sent[0]["status"])


@pytest.mark.parametrize(
    ("host", "status"),
    [
        (b"127.0.0.1:8001", 200),
        (b"localhost:8001", 200),
        (b"LocalHost.:8001", 200),
        (b"[::1]:8001", 200),
        (b"127.0.0.1", 200),
        (b"evil.example:8001", 400),
        (b"127.0.0.1.evil.example:8001", 400),
        (b"localhost.evil.example", 400),
        (b"[::1].evil.example", 400),
        (b"", 400),
        (None, 400),
    ],
)
def test_only_this_machine_is_answered(host: bytes | None, status: int) -> None:
    assert _status(host, allowed_hosts("127.0.0.1")) == status


def test_the_served_address_and_allowed_names_are_answered_wildcards_add_nothing() -> None:
    assert "192.168.1.20" in allowed_hosts("192.168.1.20")
    assert allowed_hosts("0.0.0.0") == sorted(["localhost", "127.0.0.1", "::1"])
    assert _status(b"newsroom.lan:8001", allowed_hosts("0.0.0.0", ["Newsroom.LAN"])) == 200


def test_other_scopes_pass_through() -> None:
    seen: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        seen.append(scope["type"])

    asyncio.run(host_guard(app, ["localhost"])({"type": "lifespan"}, None, None))  # type: ignore[arg-type]
    assert seen == ["lifespan"]


# ── the real command, on loopback ────────────────────────────────────────────────────
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[int]:
    pytest.importorskip("datasette")
    cfg, _ = build_db(tmp_path)
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bot",
            "browse",
            "--no-open",
            "--port",
            str(port),
            "--config",
            str(cfg),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(proc.communicate()[1].decode()) from None
                time.sleep(0.05)
        yield port
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.communicate(timeout=30)


def _get(port: int, host: str | None) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.putrequest("GET", "/claimwatch/latest_contradictions.json", skip_host=True)
        if host is not None:
            conn.putheader("Host", host)
        conn.endheaders()
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


def test_browse_refuses_a_rebound_name_and_serves_this_machine(served: int) -> None:
    status, body = _get(served, "attacker.example")
    assert status == 400 and b"only requests for this machine" in body
    assert _get(served, f"attacker.example:{served}")[0] == 400
    for host in (f"127.0.0.1:{served}", f"localhost:{served}"):
        status, body = _get(served, host)
        assert status == 200 and b"Kremlin" in body

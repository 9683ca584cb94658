"""The PostgreSQL the tests use: a server named by CLAIMWATCH_TEST_POSTGRES (`.ci/run`
starts one), else a throwaway cluster started here when Debian's server binaries are
installed, else none: PostgreSQL tests then skip with one line, except under CI (CI=true),
where they fail, since CI must test both stores.

Every test gets a database of its own (CREATE DATABASE … TEMPLATE template0), dropped
after it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from . import pg_cluster

ENV = "CLAIMWATCH_TEST_POSTGRES"


class Server:
    """A running server: its admin DSN, and (if we started it) its directory."""

    def __init__(self, dsn: str, base: Path | None) -> None:
        self.dsn = dsn
        self.base = base

    def database_dsn(self, name: str) -> str:
        parts = urlsplit(self.dsn)
        return urlunsplit(parts._replace(path="/" + name))

    def create_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return name

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.dsn, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def restart(self, down_for: float = 0.0) -> None:
        if self.base is None:
            pytest.skip("restarting PostgreSQL needs a cluster the tests started")
        pg_cluster.restart(self.base, down_for=down_for)


def start_server() -> tuple[Server | None, str]:
    """The server to use, or None with the reason."""
    dsn = os.environ.get(ENV)
    if dsn:
        base = os.environ.get(ENV + "_DIR")
        return Server(dsn, Path(base) if base else None), ""
    if os.environ.get("CLAIMWATCH_TEST_NO_POSTGRES"):
        return None, "CLAIMWATCH_TEST_NO_POSTGRES is set"
    if pg_cluster.bindir() is None:
        return None, f"no PostgreSQL: set {ENV} or install Debian's postgresql"
    top = Path(tempfile.mkdtemp(prefix="claimwatch-pg-"))
    top.chmod(0o755)  # as root the cluster runs as nobody, who must reach it
    try:
        return Server(pg_cluster.start(top / "pg"), top / "pg"), ""
    except Exception as e:  # any failure to start is reported the same way
        shutil.rmtree(top, ignore_errors=True)
        return None, f"PostgreSQL did not start: {e}"


def unavailable(reason: str) -> None:
    """Fail under CI, skip elsewhere."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"PostgreSQL is required under CI: {reason}", pytrace=False)
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


def stop_server(server: Server | None) -> None:
    if server is not None and server.base is not None and not os.environ.get(ENV):
        pg_cluster.stop(server.base)
        shutil.rmtree(server.base.parent, ignore_errors=True)


def fresh_database(server: Server) -> Iterator[str]:
    name = server.create_database()
    try:
        yield server.database_dsn(name)
    finally:
        server.drop_database(name)

"""A throwaway PostgreSQL cluster for the tests: initdb in a temporary directory, started
on a free port of 127.0.0.1 (its unix socket in the same directory), dropped at the end.

`.ci/run` uses it from the shell (``python tests/support/pg_cluster.py start DIR`` prints
the DSN; ``stop DIR`` stops it); the test fixture uses it directly when no server is given
and Debian's binaries are installed. initdb refuses to run as root: as root, the cluster is
created and run as the unprivileged user `nobody`.

Durability is switched off (fsync, full_page_writes, synchronous_commit): the cluster
lives for one test run, and a crash loses nothing anyone wants.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

BINDIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin")
USER = "claimwatch"


def bindir() -> Path | None:
    """Where initdb and pg_ctl are (Debian's layout, or PATH), or None."""
    for d in BINDIRS:
        if (Path(d) / "initdb").exists():
            return Path(d)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--", *cmd]


def start(base: Path) -> str:
    """Create and start a cluster under `base`; return its DSN."""
    bins = bindir()
    if bins is None:
        raise RuntimeError("PostgreSQL's server binaries (initdb, pg_ctl) are not installed")
    base.mkdir(parents=True, exist_ok=True)
    data, sock = base / "data", base / "sock"
    sock.mkdir(exist_ok=True)
    if os.geteuid() == 0:
        for p in (base, sock):
            shutil.chown(p, "nobody", "nogroup")
            p.chmod(0o755)
    subprocess.run(
        _as_owner(
            [
                str(bins / "initdb"),
                "-D",
                str(data),
                "-U",
                USER,
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-sync",
                "--locale=C",
            ]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=base,
    )
    port = _free_port()
    opts = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={sock}"
        " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        " -c max_connections=200 -c shared_buffers=32MB"
    )
    subprocess.run(
        _as_owner(
            [
                str(bins / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                opts,
                "-l",
                str(base / "log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=base,
    )
    (base / "port").write_text(str(port))
    (base / "opts").write_text(opts)
    return f"postgresql://{USER}@127.0.0.1:{port}/postgres"


def restart(base: Path, *, down_for: float = 0.0) -> None:
    """Stop the server (fast: open connections are cut) and start it again."""
    bins = bindir()
    assert bins is not None
    data = base / "data"
    subprocess.run(
        _as_owner([str(bins / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=base,
    )
    time.sleep(down_for)
    opts = (base / "opts").read_text()
    subprocess.run(
        _as_owner(
            [
                str(bins / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                opts,
                "-l",
                str(base / "log"),
                "-w",
                "start",
            ]
        ),
        check=True,
        stdout=subprocess.DEVNULL,
        cwd=base,
    )


def stop(base: Path) -> None:
    """Stop the cluster (immediately) and remove its directory."""
    bins = bindir()
    if bins is not None and (base / "data" / "postmaster.pid").exists():
        subprocess.run(
            _as_owner([str(bins / "pg_ctl"), "-D", str(base / "data"), "-m", "immediate", "stop"]),
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=base,
        )
    shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    action, where = sys.argv[1], Path(sys.argv[2])
    if action == "start":
        print(start(where))
    elif action == "stop":
        stop(where)
    else:
        sys.exit(f"usage: {sys.argv[0]} start|stop DIR")

"""One sender per outbox: an OS lock on a file beside the database.

`claimwatch run` and `claimwatch alerts --retry` poll and send; two of them on one
database would send the same outbox twice. Whoever builds the bot (bot.app.App) first
takes an exclusive `flock` on `<database>.lock` and holds it until it closes. The kernel
releases the lock when the process ends in any way, `kill -9` included, so a lock left
by a dead bot never blocks the next start: there is nothing to expire or clean up. The
file also holds a small JSON record of the holder (host, pid, since, command), written
after the lock is taken and cleared before it is released, so a refused start can say
who is running. Readers (history, search, alerts, feeds, …) never take the lock.

flock works between processes on one machine (and in one container or volume); it does
not hold across machines on a network file system, where SQLite itself is unsafe anyway.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from bot.clock import iso
from bot.errors import StorageError

SUFFIX = ".lock"


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a database's lock, as its lock file records it."""

    host: str
    pid: int
    #: when it took the lock (ISO 8601 UTC)
    since: str
    #: what it is: "claimwatch run", "claimwatch alerts --retry", …
    command: str

    def describe(self) -> str:
        return f"{self.command}, pid {self.pid} on {self.host}, since {self.since}"


class AlreadyRunning(StorageError):
    """Another process holds the database's lock: it is the one sender of the outbox."""

    def __init__(self, database: str, holder: LockHolder | None) -> None:
        #: the other process, or None when its record could not be read
        self.holder = holder
        self.database = database
        who = holder.describe() if holder else "a process whose record cannot be read"
        super().__init__(
            f"another claimwatch is already running on {database} ({who}); only one may poll"
            " and send at a time. Stop it first (its lock goes when it ends, even if killed)."
        )


def lock_path(database: str) -> str:
    return database + SUFFIX


class DatabaseLock:
    """An exclusive, non-blocking lock on one database, held until `release`."""

    def __init__(self, database: str, command: str) -> None:
        self.database = database
        self.command = command
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, now: datetime) -> None:
        """Take the lock or raise AlreadyRunning naming the holder. An in-memory database
        belongs to one process and needs no lock."""
        if self.database == ":memory:" or self._fd is not None:
            return
        path = lock_path(self.database)
        try:
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
            # os.open's descriptors are not inherited by child processes (PEP 446): a
            # parser process outliving a killed bot cannot keep its lock
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            raise StorageError(
                f"cannot open database {self.database}: its lock file {path}: {e.strerror or e}"
            ) from e
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read(fd)
            os.close(fd)
            raise AlreadyRunning(self.database, holder) from None
        except OSError as e:
            os.close(fd)
            raise StorageError(
                f"cannot open database {self.database}: cannot lock {path}: {e.strerror or e}"
            ) from e
        record = LockHolder(socket.gethostname(), os.getpid(), iso(now) or "", self.command)
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps(asdict(record)).encode() + b"\n", 0)
        except OSError:
            pass  # the lock holds without its record; a refused start says less, that is all
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)  # no stale record once the lock is free
        except OSError:
            pass
        os.close(fd)  # closing the only descriptor releases the flock


def _read(fd: int) -> LockHolder | None:
    try:
        data = json.loads(os.pread(fd, 4096, 0) or b"null")
        return LockHolder(
            str(data["host"]), int(data["pid"]), str(data["since"]), str(data["command"])
        )
    except (OSError, ValueError, TypeError, KeyError):
        return None


#: the advisory lock key of "the one sender" on a PostgreSQL database
PG_SENDER_KEY = 0x636C_6D01


class PostgresLock:
    """DatabaseLock's counterpart on PostgreSQL: a session advisory lock, held on a
    connection of its own until `release`. The server drops it when that connection ends
    (the process died, the machine went away), so it never outlives its holder either. The
    holder is named by the connection's application_name, which others read back from
    pg_stat_activity. psycopg is imported here only, when a PostgreSQL database is used."""

    def __init__(self, database: str, command: str) -> None:
        self.database = database
        self.command = command
        self._conn: Any = None

    @property
    def held(self) -> bool:
        return self._conn is not None

    def acquire(self, now: datetime) -> None:
        import psycopg

        from bot.store.postgres import redact

        if self._conn is not None:
            return
        name = f"{self.command} pid {os.getpid()} on {socket.gethostname()}"[:63]
        try:
            conn = psycopg.connect(self.database, autocommit=True, application_name=name)
        except psycopg.Error as e:
            raise StorageError(f"cannot open database {redact(self.database)}: {e}") from e
        got = conn.execute("SELECT pg_try_advisory_lock(%s)", (PG_SENDER_KEY,)).fetchone()
        if got and got[0]:
            self._conn = conn
            return
        row = conn.execute(
            "SELECT a.application_name, a.pid, a.backend_start FROM pg_locks l"
            " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory'"
            " AND l.granted AND l.objid = %s LIMIT 1",
            (PG_SENDER_KEY & 0xFFFFFFFF,),
        ).fetchone()
        conn.close()
        holder = None
        if row:
            holder = LockHolder("postgres", int(row[1]), iso(row[2]) or "", str(row[0]))
        raise AlreadyRunning(redact(self.database), holder)

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()  # ends the session: the lock goes with it


def lock_for(database: str, command: str) -> DatabaseLock | PostgresLock:
    """The one-sender lock of a database: a file lock for SQLite, an advisory lock for
    PostgreSQL."""
    if database.startswith(("postgresql://", "postgres://")):
        return PostgresLock(database, command)
    return DatabaseLock(database, command)

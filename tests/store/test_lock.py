"""The database lock (bot.store.lock): one App per database, the holder named to others.

Cross-process behaviour (a second `run`, kill -9 of the holder) is in tests/test_one_bot.py.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from support.helpers import NOW, write_config

from bot import config as config_mod
from bot.app import App
from bot.clock import FakeClock
from bot.slack.senders import ConsoleSender
from bot.store.lock import AlreadyRunning, DatabaseLock, lock_path


def test_second_lock_on_one_database_is_refused_with_the_holder(tmp_path: Path) -> None:
    db = str(tmp_path / "state" / "claimwatch.db")
    first = DatabaseLock(db, "claimwatch run")
    first.acquire(NOW)
    try:
        with pytest.raises(AlreadyRunning) as refused:
            DatabaseLock(db, "claimwatch alerts --retry").acquire(NOW)
        holder = refused.value.holder
        assert holder is not None
        assert (holder.host, holder.pid, holder.since, holder.command) == (
            socket.gethostname(),
            os.getpid(),
            "2026-03-02T09:00:00Z",
            "claimwatch run",
        )
        assert f"pid {os.getpid()} on {socket.gethostname()}" in str(refused.value)
        assert json.loads(Path(lock_path(db)).read_text())["command"] == "claimwatch run"
    finally:
        first.release()
    assert Path(lock_path(db)).read_text() == ""  # no stale record once released
    again = DatabaseLock(db, "claimwatch run")
    again.acquire(NOW)
    again.release()


def test_an_app_holds_its_database_until_closed(tmp_path: Path) -> None:
    cfg = config_mod.load(str(write_config(tmp_path / "config.toml")))
    clock = FakeClock(NOW)
    app = App.build(cfg, clock=clock, sender=ConsoleSender(), command="claimwatch run")
    try:
        with pytest.raises(AlreadyRunning, match="claimwatch run, pid"):
            App.build(cfg, clock=clock, sender=ConsoleSender())
    finally:
        app.close()
    App.build(cfg, clock=clock, sender=ConsoleSender()).close()


def test_in_memory_database_needs_no_lock() -> None:
    lock = DatabaseLock(":memory:", "claimwatch")
    lock.acquire(NOW)
    DatabaseLock(":memory:", "claimwatch").acquire(NOW)
    assert not lock.held

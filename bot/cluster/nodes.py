"""Which configuration each node runs: recorded in PostgreSQL's `nodes` table, compared by
`claimwatch feeds` and `health` (every node must read the same config.toml)."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

#: a node not seen for this long is gone (it refreshes its row every dispatch tick or job)
SEEN_WITHIN = timedelta(minutes=10)


def node_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Nodes running a configuration other than this one's."""

    mine: str
    others: tuple[tuple[str, str, str], ...]  # (node, role, hash)

    def describe(self) -> str:
        who = ", ".join(f"{n} ({r}, config {h[:12]})" for n, r, h in self.others)
        return (
            f"nodes disagree on the configuration: this config.toml is {self.mine[:12]}, but"
            f" {who} run another. Give every node the same config.toml and restart them."
        )


def disagreement(store: Any, config_hash: str, now: datetime) -> Disagreement | None:
    """Nodes seen lately whose configuration differs from `config_hash` (None: all agree,
    or the store is SQLite, where one process is the only node)."""
    if getattr(store, "dialect", "sqlite") != "postgresql":
        return None
    rows = store.nodes(now - SEEN_WITHIN)
    others = tuple(
        (r["node"], r["role"], r["config_hash"]) for r in rows if r["config_hash"] != config_hash
    )
    return Disagreement(config_hash, others) if others else None

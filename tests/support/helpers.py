"""Small helpers shared by tests: config files and a fixed clock."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

CLAIMS_TOML = """
[[claims]]
id = "musk-putin-contact"
statement = "Elon Musk has been in regular, secret contact with Vladimir Putin since late 2022"
require = [["Musk"], ["Putin", "Kremlin"]]
context = ["talks", "contact", "contacts", "conversation", "conversations", "spoke", "call", "calls", "secret", "talked"]
contradict = ["only one phone call", "only one conversation"]

[[claims]]
id = "starlink-taiwan"
statement = "Putin asked Musk not to activate Starlink over Taiwan as a favour to Xi Jinping"
require = [["Starlink"], ["Taiwan", "Taipei"]]
channel = "#taiwan-desk"
"""


def _toml_value(v: Any) -> str:
    return json.dumps(v, ensure_ascii=False)


def write_config(
    path: Path,
    *,
    feeds: Iterable[Mapping[str, Any]] = (),
    bot: Mapping[str, Any] | None = None,
    slack: Mapping[str, Any] | None = None,
    claims: str = CLAIMS_TOML,
) -> Path:
    """Write a config.toml: [bot] (database inside path's folder by default), [slack], feeds."""
    # articles are read only where a test asks: the items' links lead off this machine
    bot = {
        "database": str(path.parent / "state" / "claimwatch.db"),
        "article": "never",
        **(bot or {}),
    }
    lines = ["[bot]"] + [f"{k} = {_toml_value(v)}" for k, v in bot.items()]
    lines += ["", "[slack]"] + [f"{k} = {_toml_value(v)}" for k, v in (slack or {}).items()]
    for f in feeds:
        lines += ["", "[[feeds]]"] + [f"{k} = {_toml_value(v)}" for k, v in f.items()]
    path.write_text("\n".join(lines) + "\n" + claims, encoding="utf-8")
    return path


REPORT = {
    "guid": "wsj-1",
    "link": "https://example.org/news/musk-putin-talks",
    "title": "Elon Musk held secret talks with Vladimir Putin, report says",
    "summary": "The billionaire has been in regular contact with the Russian president since late 2022.",
}
DENIAL = {
    "guid": "tass-1",
    "link": "https://example.org/news/kremlin-denies",
    "title": "Kremlin denies report that Musk held regular talks with Putin",
    "summary": "Kremlin spokesman Dmitry Peskov denied the report, saying Putin and Musk had only one phone call.",
}
UNRELATED = {
    "guid": "weather-1",
    "link": "https://example.org/news/weather",
    "title": "Storms expected across northern Europe",
    "summary": "Forecasters warn of high winds.",
}

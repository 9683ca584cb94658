"""Load and validate config.toml into typed records.

Every problem is reported at once, each naming its key path (``claims[2].require``) and
what is wrong, inside one ConfigError that also names the file. Pydantic does the type
checking; the messages are rewritten for journalists, not programmers.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator

from bot.errors import ConfigError
from bot.records import Claim, FeedConfig

DEFAULT_PATH = "config.toml"
ENV_PATH = "CLAIMWATCH_CONFIG"
DEFAULT_USER_AGENT = "claimwatch/{version} (+https://github.com/claimwatch/claimwatch)"

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$", re.IGNORECASE)


def parse_duration(value: object) -> float:
    """'90s', '10m', '6h', '2d', '1w' or a number of seconds -> seconds (> 0)."""
    if isinstance(value, bool):
        raise ValueError("must be a duration such as '30s', '10m', '6h' or '2d'")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and (m := _DURATION.match(value.lower())):
        seconds = float(m.group(1)) * _UNITS[m.group(2)]
    else:
        raise ValueError(f"{value!r} is not a duration such as '30s', '10m', '6h' or '2d'")
    if seconds <= 0:
        raise ValueError("must be longer than zero")
    return seconds


def parse_size(value: object) -> int:
    """'10MB', '512kb' or a number of bytes -> bytes (> 0)."""
    if isinstance(value, int) and not isinstance(value, bool):
        size = value
    elif isinstance(value, str) and (m := _SIZE.match(value)):
        unit = (m.group(2) or "b").lower()
        size = int(float(m.group(1)) * {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3}[unit])
    else:
        raise ValueError(f"{value!r} is not a size such as '10MB'")
    if size <= 0:
        raise ValueError("must be larger than zero")
    return size


Duration = Annotated[float, BeforeValidator(parse_duration)]
Size = Annotated[int, BeforeValidator(parse_size)]
Term = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class BotSection(_Strict):
    database: str = "state/claimwatch.db"
    poll_interval: Duration = 600.0
    user_agent: str = DEFAULT_USER_AGENT
    #: items published longer ago than this are stored and matched but do not alert
    alert_max_age: Duration = 3 * 86400.0
    #: prune items that never matched after this many days
    keep_unmatched_days: int = Field(default=365, ge=1)
    #: total deadline for one fetch (connect + headers + body)
    fetch_timeout: Duration = 30.0
    #: largest feed body accepted (after decompression)
    max_feed_size: Size = 10 * 1024 * 1024
    #: feeds fetched at once, and at most this many at once from one host
    concurrency: int = Field(default=16, ge=1, le=256)
    per_host: int = Field(default=2, ge=1, le=64)


class SlackSection(_Strict):
    channel: str = "#claimwatch"
    base_url: str | None = None
    ops_channel: str | None = None
    #: one thread per claim and channel, with a running tally in the parent message
    threads: bool = True
    #: more than this many alerts for one claim due at once become one digest message
    digest_after: int = Field(default=5, ge=1)
    #: tell the ops channel when a feed has been failing for this long
    feed_failing_after: Duration = 3600.0

    @field_validator("base_url")
    @classmethod
    def _http(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        if v is not None and not v.endswith("/"):
            v += "/"
        return v


class FeedSection(_Strict):
    url: str
    name: str = Field(min_length=1)
    interval: Duration | None = None

    @field_validator("url")
    @classmethod
    def _http(cls, v: str) -> str:
        if not v.startswith(("http://", "https://")):
            raise ValueError(f"{v!r} is not an http:// or https:// URL")
        return v


class ClaimSection(_Strict):
    id: str
    statement: str = Field(min_length=1)
    require: list[Annotated[list[Term], Field(min_length=1)]] = Field(min_length=1)
    context: list[Term] = []
    contradict: list[Term] = []
    exclude: list[Term] = []
    channel: str | None = None

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not _SLUG.match(v):
            raise ValueError(f"{v!r} is not a slug (lowercase letters, digits, - and _)")
        return v


class ConfigFile(_Strict):
    bot: BotSection = BotSection()
    slack: SlackSection = SlackSection()
    feeds: list[FeedSection] = []
    claims: list[ClaimSection] = []


@dataclass(frozen=True)
class Config:
    """A validated configuration."""

    #: the file it was loaded from ("<embedded default>" when none was found)
    path: str
    bot: BotSection
    slack: SlackSection
    feeds: tuple[FeedConfig, ...] = ()
    claims: tuple[Claim, ...] = ()
    #: the raw bytes' hash, to notice edits
    fingerprint: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)

    def interval(self, feed: FeedConfig) -> float:
        return feed.interval if feed.interval is not None else self.bot.poll_interval

    def channel_for(self, claim: Claim) -> str:
        return claim.channel or self.slack.channel


def resolve_path(explicit: str | None) -> str | None:
    """--config beats CLAIMWATCH_CONFIG beats ./config.toml; None means the embedded default."""
    if explicit:
        return explicit
    if env := os.environ.get(ENV_PATH):
        return env
    return DEFAULT_PATH if Path(DEFAULT_PATH).exists() else None


def embedded_default() -> bytes:
    return resources.files("bot").joinpath("default_config.toml").read_bytes()


def load(path: str | None) -> Config:
    """Load a config file (or the embedded default when path is None)."""
    if path is None:
        return parse(embedded_default(), "<embedded default config>")
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ConfigError(path, [("", "file not found")]) from None
    except OSError as e:
        raise ConfigError(path, [("", f"cannot read: {e.strerror or e}")]) from e
    return parse(data, path)


def parse(data: bytes, path: str) -> Config:
    import hashlib

    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(path, [("", "not UTF-8 text")]) from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(path, [("", f"not valid TOML: {e}")]) from None
    problems: list[tuple[str, str]] = []
    try:
        cfg = ConfigFile.model_validate(raw)
    except ValidationError as e:
        problems = [(_loc(err["loc"]), _msg(err)) for err in e.errors()]
    problems += _duplicates(raw)
    if problems:
        raise ConfigError(path, problems)
    from bot import __version__

    bot = cfg.bot
    if "{version}" in bot.user_agent:
        bot = bot.model_copy(update={"user_agent": bot.user_agent.format(version=__version__)})
    return Config(
        path=path,
        bot=bot,
        slack=cfg.slack,
        feeds=tuple(FeedConfig(url=f.url, name=f.name, interval=f.interval) for f in cfg.feeds),
        claims=tuple(
            Claim(
                id=c.id,
                statement=c.statement,
                require=tuple(tuple(g) for g in c.require),
                context=tuple(c.context),
                contradict=tuple(c.contradict),
                exclude=tuple(c.exclude),
                channel=c.channel,
            )
            for c in cfg.claims
        ),
        fingerprint=hashlib.sha256(data).hexdigest(),
    )


def _duplicates(raw: dict[str, Any]) -> list[tuple[str, str]]:
    """Duplicate claim ids and feed URLs (checked on the raw data, beside type errors)."""
    problems: list[tuple[str, str]] = []
    for section, key in (("claims", "id"), ("feeds", "url")):
        entries = raw.get(section)
        if not isinstance(entries, list):
            continue
        seen: dict[object, int] = {}
        for i, entry in enumerate(entries):
            value = entry.get(key) if isinstance(entry, dict) else None
            if not isinstance(value, str):
                continue
            if value in seen:
                problems.append(
                    (
                        f"{section}[{i}].{key}",
                        f"duplicate {value!r} (also {section}[{seen[value]}])",
                    )
                )
            seen.setdefault(value, i)
    return problems


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.startswith("function-") or part in ("str", "int", "float"):
            continue
        else:
            out += f".{part}" if out else part
    return out


def _msg(err: Any) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    if kind in ("too_short", "string_too_short"):
        return "must not be empty"
    if kind == "value_error":
        return str(err["msg"]).removeprefix("Value error, ")
    expected = {
        "string_type": "text",
        "int_type": "a whole number",
        "bool_type": "true or false",
        "list_type": "a list",
        "model_type": "a table",
        "dict_type": "a table",
        "float_type": "a number",
    }.get(kind)
    if expected:
        return f"must be {expected}, not {type(err['input']).__name__} {err['input']!r}"
    return str(err["msg"])

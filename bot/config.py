"""Load and validate config.toml into typed records.

Every problem is reported at once, each naming its key path (``claims[2].require``) and
what is wrong, inside one ConfigError that also names the file. Each section's keys are
declared once, as a dataclass, with their defaults and checks (strict: a number is not
text, text is not a number), and the messages are written for journalists, not
programmers. The validation itself is voluptuous (small, ~0.7 MB, where pydantic cost
~9 MB): a schema is built from the declarations, voluptuous collects every problem, and
its own messages are put into ours. It is imported only when a file is parsed.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import MISSING, dataclass, field, fields, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.errors import ConfigError
from bot.records import Claim, FeedConfig

if TYPE_CHECKING:
    import voluptuous

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


# ── checks: a raw TOML value -> the value, or ValueError with the message ────────────
Check = Callable[[object], Any]


def _expected(what: str, value: object) -> ValueError:
    return ValueError(f"must be {what}, not {type(value).__name__} {value!r}")


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise _expected("text", value)
    return value


def _nonempty(value: object) -> str:
    text = _text(value)
    if not text:
        raise ValueError("must not be empty")
    return text


def _flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise _expected("true or false", value)
    return value


def _whole(low: int, high: int | None = None) -> Check:
    def check(value: object) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _expected("a whole number", value)
        if value < low:
            raise ValueError(f"must be at least {low}")
        if high is not None and value > high:
            raise ValueError(f"must be at most {high}")
        return value

    return check


def _auto_or_whole(low: int, high: int) -> Check:
    """The value "auto" (None: the program decides), or a whole number from low to high."""
    whole = _whole(low, high)

    def check(value: object) -> int | None:
        if value == "auto":
            return None
        try:
            number: int = whole(value)
        except ValueError:
            raise _expected(f'"auto" or a whole number from {low} to {high}', value) from None
        return number

    return check


def _http_url(value: object) -> str:
    url = _text(value)
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"{url!r} is not an http:// or https:// URL")
    return url


def _base_url(value: object) -> str:
    url = _text(value)
    if not url.startswith(("http://", "https://")):
        raise ValueError("must start with http:// or https://")
    return url if url.endswith("/") else url + "/"


def _slug(value: object) -> str:
    slug = _text(value)
    if not _SLUG.match(slug):
        raise ValueError(f"{slug!r} is not a slug (lowercase letters, digits, - and _)")
    return slug


@dataclass(frozen=True)
class _ListOf:
    """A list whose items each pass `item`: a check, another list, or a table (a section
    dataclass, for [[feeds]] and [[claims]]); `min_items` > 0 rejects an empty list."""

    item: Check | _ListOf | type[Any]
    min_items: int = 0


def _key(default: Any, check: Check | _ListOf) -> Any:
    """A setting with a default, and how its value is checked."""
    return field(default=default, metadata={"check": check})


def _required(check: Check | _ListOf) -> Any:
    return field(metadata={"check": check})


# ── the sections, declared once: key, default, check ─────────────────────────────────
@dataclass(frozen=True)
class BotSection:
    database: str = _key("state/claimwatch.db", _text)
    poll_interval: float = _key(600.0, parse_duration)
    user_agent: str = _key(DEFAULT_USER_AGENT, _text)
    #: items published longer ago than this are stored and matched but do not alert
    alert_max_age: float = _key(3 * 86400.0, parse_duration)
    #: prune items that never matched after this many days
    keep_unmatched_days: int = _key(365, _whole(1))
    #: total deadline for one fetch (connect + headers + body)
    fetch_timeout: float = _key(30.0, parse_duration)
    #: largest feed body accepted (after decompression)
    max_feed_size: int = _key(10 * 1024 * 1024, parse_size)
    #: feeds fetched at once, and at most this many at once from one host
    concurrency: int = _key(16, _whole(1, 256))
    per_host: int = _key(2, _whole(1, 64))
    #: processes parsing big bodies beside the poller; None ("auto"): one per core beyond
    #: the first, up to 4 (none on one core); 0: the poller's threads parse everything
    parser_processes: int | None = _key(None, _auto_or_whole(0, 16))
    #: let every feed reach loopback, private, link-local and other non-public addresses
    #: (by default only a feed whose configured URL is on one may: bot.intake.network)
    allow_private_addresses: bool = _key(False, _flag)


@dataclass(frozen=True)
class SlackSection:
    channel: str = _key("#claimwatch", _text)
    base_url: str | None = _key(None, _base_url)
    ops_channel: str | None = _key(None, _text)
    #: one thread per claim and channel, with a running tally in the parent message
    threads: bool = _key(True, _flag)
    #: more than this many alerts for one claim due at once become one digest message
    digest_after: int = _key(5, _whole(1))
    #: tell the ops channel when a feed has been failing for this long
    feed_failing_after: float = _key(3600.0, parse_duration)


@dataclass(frozen=True)
class FeedSection:
    url: str = _required(_http_url)
    name: str = _required(_nonempty)
    interval: float | None = _key(None, parse_duration)


@dataclass(frozen=True)
class ClaimSection:
    id: str = _required(_slug)
    statement: str = _required(_nonempty)
    require: tuple[tuple[str, ...], ...] = _required(
        _ListOf(_ListOf(_nonempty, min_items=1), min_items=1)
    )
    context: tuple[str, ...] = _key((), _ListOf(_nonempty))
    contradict: tuple[str, ...] = _key((), _ListOf(_nonempty))
    exclude: tuple[str, ...] = _key((), _ListOf(_nonempty))
    channel: str | None = _key(None, _text)


#: the file's parts: each a section (a table, defaults when absent) or a list of tables
_PARTS: dict[str, type[Any] | _ListOf] = {
    "bot": BotSection,
    "slack": SlackSection,
    "feeds": _ListOf(FeedSection),
    "claims": _ListOf(ClaimSection),
}


def _validator(spec: Check | _ListOf | type[Any]) -> Any:
    """The voluptuous validator for a declared check, list or section."""
    import voluptuous as vol

    if isinstance(spec, _ListOf):
        return vol.All(
            _validator(_a_list),
            vol.Length(min=spec.min_items, msg="must not be empty"),
            _each(_validator(spec.item)),
        )
    if isinstance(spec, type):
        keys = {
            (vol.Required(f.name) if f.default is MISSING else vol.Optional(f.name)): _validator(
                f.metadata["check"]
            )
            for f in fields(spec)
        }
        return vol.All(vol.Schema(keys, extra=vol.PREVENT_EXTRA), lambda values: spec(**values))

    def check(value: object) -> Any:
        try:
            return spec(value)
        except ValueError as e:  # voluptuous would say only "not a valid value"
            raise vol.Invalid(str(e)) from None

    return check


def _a_list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise _expected("a list", value)
    return value


def _each(item: Any) -> Check:
    """Each item through `item`, every item's problems kept (named by index): voluptuous's
    own list schema stops at the first item whose problems are nested (a table, a list)."""
    import voluptuous as vol

    schema = vol.Schema(item)

    def check(value: Any) -> tuple[Any, ...]:
        out: list[Any] = []
        errors: list[vol.Invalid] = []
        for i, entry in enumerate(value):
            try:
                out.append(schema(entry))
            except vol.Invalid as e:
                e.prepend([i])
                errors.extend(e.errors if isinstance(e, vol.MultipleInvalid) else [e])
        if errors:
            raise vol.MultipleInvalid(errors)
        return tuple(out)

    return check


@cache
def _schema() -> voluptuous.Schema:
    import voluptuous as vol

    return vol.Schema(
        {vol.Optional(part): _validator(spec) for part, spec in _PARTS.items()},
        extra=vol.PREVENT_EXTRA,
    )


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _place(path: list[Any]) -> list[int]:
    """Where a problem's key comes in the declarations (unknown keys first in their table,
    list items by index), so problems are listed in the same order every time: voluptuous
    keeps required keys in a set, whose order changes from run to run."""
    place: list[int] = []
    declared: dict[str, Any] = dict(_PARTS)  # the keys at this level, and their specs
    spec: Any = None
    for step in path:
        if isinstance(step, int):
            place.append(step)
            spec = spec.item if isinstance(spec, _ListOf) else None
        else:
            names = list(declared)
            place.append(names.index(step) + 1 if step in names else 0)
            spec = declared.get(step)
        declared = (
            {f.name: f.metadata["check"] for f in fields(spec)} if isinstance(spec, type) else {}
        )
    return place


#: voluptuous's own messages in our words; "expected ..." ones name the value found
_MESSAGES = {
    "extra keys not allowed": "unknown key",
    "required key not provided": "required key is missing",
}
_EXPECTED = {"expected a dictionary": "a table", "expected a list": "a list"}


def _flat(error: voluptuous.Invalid) -> list[voluptuous.Invalid]:
    import voluptuous as vol

    if isinstance(error, vol.MultipleInvalid):
        return [e for inner in error.errors for e in _flat(inner)]
    return [error]


def _problem(error: voluptuous.Invalid, raw: object) -> tuple[str, str]:
    """(key path, message) for one problem voluptuous found, in our words."""
    where, value = "", raw
    for step in error.path:
        if isinstance(step, int):
            where += f"[{step}]"
            value = value[step] if isinstance(value, list) and step < len(value) else None
        else:
            where = _at(where, str(step))
            value = value.get(step) if isinstance(value, dict) else None
    said = error.error_message
    if said in _EXPECTED:
        return where, str(_expected(_EXPECTED[said], value))
    return where, _MESSAGES.get(said, said)


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
    import voluptuous as vol

    problems: list[tuple[str, str]] = []
    try:
        parts = _schema()(raw)
    except vol.Invalid as e:
        errors = sorted(_flat(e), key=lambda error: _place(error.path))
        problems += [_problem(error, raw) for error in errors]
    problems += _duplicates(raw)
    if problems:
        raise ConfigError(path, problems)
    bot: BotSection = parts.get("bot") or BotSection()
    slack: SlackSection = parts.get("slack") or SlackSection()
    feeds: tuple[FeedSection, ...] = parts.get("feeds", ())
    claims: tuple[ClaimSection, ...] = parts.get("claims", ())
    from bot import __version__

    if "{version}" in bot.user_agent:
        bot = replace(bot, user_agent=bot.user_agent.format(version=__version__))
    return Config(
        path=path,
        bot=bot,
        slack=slack,
        feeds=tuple(FeedConfig(url=f.url, name=f.name, interval=f.interval) for f in feeds),
        claims=tuple(
            Claim(
                id=c.id,
                statement=c.statement,
                require=c.require,
                context=c.context,
                contradict=c.contradict,
                exclude=c.exclude,
                channel=c.channel,
            )
            for c in claims
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

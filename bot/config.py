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

# durations and sizes, read here for callers of the config (claimwatch health --max-age)
from bot.units import MAX_DURATION as MAX_DURATION
from bot.units import MAX_SIZE as MAX_SIZE
from bot.units import parse_duration as parse_duration
from bot.units import parse_size as parse_size

if TYPE_CHECKING:
    import voluptuous

DEFAULT_PATH = "config.toml"
ENV_PATH = "CLAIMWATCH_CONFIG"
#: a database URL that replaces [bot] database (PostgreSQL: docs/scaling.md)
ENV_DATABASE = "CLAIMWATCH_DATABASE_URL"
DEFAULT_USER_AGENT = "claimwatch/{version} (+https://github.com/claimwatch/claimwatch)"

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


# ── checks: a raw TOML value -> the value, or ValueError with the message ────────────
Check = Callable[[object], Any]


def _duration(at_most: float) -> Check:
    """A duration check with this key's own upper bound."""

    def check(value: object) -> float:
        return parse_duration(value, at_most=at_most)

    return check


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
    if not _visible(text):
        raise ValueError(
            f"{text!r} has nothing visible in it (only spaces or invisible characters)"
        )
    return text


def _visible(text: str) -> bool:
    """Whether text has a character that shows (not white space, not a control or format
    character such as a zero-width joiner)."""
    return any(not ch.isspace() and ch.isprintable() for ch in text)


def _term(value: object) -> str:
    """A claim term: text with at least one letter or digit. Matching compares words, so a
    term of only spaces, punctuation or invisible characters (a zero-width joiner, a soft
    hyphen) could never match; it is refused rather than silently never matching."""
    text = _nonempty(value)
    from bot.text import plain_text

    if not any(ch.isalnum() for ch in plain_text(text)):
        raise ValueError(
            f"{text!r} has no letters or digits, so it could never match: write a word"
        )
    return text


#: the most characters of a User-Agent header
_MAX_USER_AGENT = 512


def _user_agent(value: object) -> str:
    """A User-Agent header value: printable ASCII (HTTP sends headers as ASCII; a newline
    would end the header), where only `{version}` is filled in."""
    text = _nonempty(value)
    bad = next((ch for ch in text if not (" " <= ch <= "~")), None)
    if bad is not None:
        raise ValueError(
            f"must be printable ASCII text on one line (HTTP headers are); {bad!r} is not"
        )
    if len(text) > _MAX_USER_AGENT:
        raise ValueError(f"is {len(text)} characters long: at most {_MAX_USER_AGENT}")
    rest = text.replace("{version}", "")
    if "{" in rest or "}" in rest:
        raise ValueError(f"{text!r}: only {{version}} is filled in; other braces are not allowed")
    return text


def _path(value: object) -> str:
    path = _nonempty(value)
    if "\x00" in path:
        raise ValueError("must not contain a NUL character")
    return path


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


#: when an item's article is fetched ([bot] article, [[feeds]] article)
ARTICLE_MODES = ("auto", "always", "never")


def _article_mode(value: object) -> str:
    if value not in ARTICLE_MODES:
        raise _expected('"auto", "always" or "never"', value)
    return str(value)


def _rate(value: object) -> float:
    """A rate per second: a number above 0, at most 100."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _expected("a number", value)
    if not 0 < value <= 100:
        raise ValueError("must be above 0 and at most 100")
    return float(value)


def _http_url(value: object) -> str:
    url = _text(value)
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"{url!r} is not an http:// or https:// URL")
    if any(ch.isspace() or not ch.isprintable() for ch in url):
        raise ValueError(f"{url!r} has spaces or control characters in it")
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port out of range)
    except ValueError as e:
        raise ValueError(f"{url!r} is not a valid URL ({e})") from None
    if not parts.hostname:
        raise ValueError(f"{url!r} has no host name")
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
#: bounds past which a value is a mistake (and times or numbers would overflow later)
MAX_INTERVAL = 30 * 86400.0
MAX_FETCH_TIMEOUT = 3600.0
MAX_KEEP_DAYS = 36500


@dataclass(frozen=True)
class BotSection:
    database: str = _key("state/claimwatch.db", _path)
    poll_interval: float = _key(600.0, _duration(MAX_INTERVAL))
    user_agent: str = _key(DEFAULT_USER_AGENT, _user_agent)
    #: items published longer ago than this are stored and matched but do not alert
    alert_max_age: float = _key(3 * 86400.0, _duration(MAX_DURATION))
    #: prune items that never matched after this many days
    keep_unmatched_days: int = _key(365, _whole(1, MAX_KEEP_DAYS))
    #: total deadline for one fetch (connect + headers + body)
    fetch_timeout: float = _key(30.0, _duration(MAX_FETCH_TIMEOUT))
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
    #: when an item's article is fetched (docs/articles.md): "auto" when the feed's text is
    #: too short to decide and the item is a candidate, "always", "never"
    article: str = _key("auto", _article_mode)
    #: longest an alert waits for its article; a later article's verdict follows as an edit
    article_wait: float = _key(30.0, _duration(MAX_FETCH_TIMEOUT))
    #: article pages fetched per second from one host, at most
    article_rate: float = _key(1.0, _rate)


@dataclass(frozen=True)
class SlackSection:
    #: false: there is no Slack; alerts are printed to the console and recorded as delivered
    enabled: bool = _key(True, _flag)
    channel: str = _key("#claimwatch", _text)
    base_url: str | None = _key(None, _base_url)
    ops_channel: str | None = _key(None, _text)
    #: one thread per claim and channel, with a running tally in the parent message
    threads: bool = _key(True, _flag)
    #: more than this many alerts for one claim due at once become one digest message
    digest_after: int = _key(5, _whole(1, 1000))
    #: tell the ops channel when a feed has been failing for this long
    feed_failing_after: float = _key(3600.0, _duration(MAX_INTERVAL))


@dataclass(frozen=True)
class FeedSection:
    url: str = _required(_http_url)
    name: str = _required(_nonempty)
    interval: float | None = _key(None, _duration(MAX_INTERVAL))
    #: overrides [bot] article for this feed
    article: str | None = _key(None, _article_mode)


@dataclass(frozen=True)
class ClaimSection:
    id: str = _required(_slug)
    statement: str = _required(_nonempty)
    require: tuple[tuple[str, ...], ...] = _required(
        _ListOf(_ListOf(_term, min_items=1), min_items=1)
    )
    context: tuple[str, ...] = _key((), _ListOf(_term))
    contradict: tuple[str, ...] = _key((), _ListOf(_term))
    exclude: tuple[str, ...] = _key((), _ListOf(_term))
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

    def article_mode(self, feed: FeedConfig) -> str:
        """When this feed's articles are fetched: its own `article`, else [bot] article."""
        return feed.article or self.bot.article

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
        return with_environment(parse(embedded_default(), "<embedded default config>"))
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise ConfigError(path, [("", "file not found")]) from None
    except OSError as e:
        raise ConfigError(path, [("", f"cannot read: {e.strerror or e}")]) from e
    return with_environment(parse(data, path))


def with_environment(config: Config) -> Config:
    """CLAIMWATCH_DATABASE_URL, when set, replaces [bot] database (a deployment gives every
    node the same config.toml and the database's URL, with its password, from outside)."""
    if url := os.environ.get(ENV_DATABASE):
        return replace(config, bot=replace(config.bot, database=url))
    return config


def parse(data: bytes, path: str) -> Config:
    import hashlib

    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(path, [("", "not UTF-8 text")]) from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(path, [("", _toml_problem(e, data))]) from None
    import voluptuous as vol

    problems: list[tuple[str, str]] = []
    try:
        parts = _schema()(raw)
    except vol.Invalid as e:
        errors = sorted(_flat(e), key=lambda error: _place(error.path))
        problems += [_problem(error, raw) for error in errors]
    problems += _duplicates(raw)
    if problems:
        raise ConfigError(path, problems, labels=_labels(raw))
    bot: BotSection = parts.get("bot") or BotSection()
    slack: SlackSection = parts.get("slack") or SlackSection()
    feeds: tuple[FeedSection, ...] = parts.get("feeds", ())
    claims: tuple[ClaimSection, ...] = parts.get("claims", ())
    from bot import __version__

    if "{version}" in bot.user_agent:  # the only placeholder (see _user_agent)
        bot = replace(bot, user_agent=bot.user_agent.replace("{version}", __version__))
    return Config(
        path=path,
        bot=bot,
        slack=slack,
        feeds=tuple(
            FeedConfig(url=f.url, name=f.name, interval=f.interval, article=f.article)
            for f in feeds
        ),
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


def _labels(raw: dict[str, Any]) -> dict[str, str]:
    """'claims[3]' -> 'hormuz-closed', 'feeds[0]' -> 'Wire': so a problem names a claim by
    its id and a feed by its name, as well as by its place in the file."""
    out: dict[str, str] = {}
    for section, key in (("claims", "id"), ("feeds", "name")):
        entries = raw.get(section)
        if not isinstance(entries, list):
            continue
        for i, entry in enumerate(entries):
            label = entry.get(key) if isinstance(entry, dict) else None
            if isinstance(label, str) and label.strip():
                out[f"{section}[{i}]"] = "".join(c for c in label.strip() if c.isprintable())[:60]
    return out


_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _toml_problem(error: tomllib.TOMLDecodeError, data: bytes) -> str:
    """'not valid TOML: …' with the offending line and a caret under the column."""
    message = str(error)
    m = _TOML_AT.search(message)
    if not m:
        return f"not valid TOML: {message}"
    line_no, col = int(m.group(1)), int(m.group(2))
    lines = data.decode("utf-8", "replace").splitlines()
    text = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    shown = "".join(ch if ch.isprintable() else " " for ch in text.expandtabs(1))[:200]
    caret = " " * (min(col, len(shown) + 1) - 1) + "^"
    what = message[: m.start()]
    return (
        f"not valid TOML at line {line_no}, column {col}: {what}\n"
        f"    {line_no} | {shown}\n    {' ' * len(str(line_no))} | {caret}"
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

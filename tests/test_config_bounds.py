"""Values that passed validation and failed at run time (issue 14, defect 8).

Every duration and number in the config is bounded at validation with a clear message;
--since/--until never end in a traceback; a server's Retry-After is clamped. The config
and the --since/--until parsers are property-tested: whatever the input, a clean error
or a usable value.
"""

from __future__ import annotations

import math
import subprocess
import sys
import tomllib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import FeedServer, SlackStandIn, status
from support.delivery import Queue, Spec, alert_rows, fresh_store, make_deliverer
from support.helpers import NOW, write_config
from support.toolkit_fixture import build_db

from bot import config
from bot.app import App
from bot.cli import cli
from bot.clock import FakeClock, iso, parse_iso
from bot.errors import ConfigError
from bot.intake.timing import CEILING, JITTER, cache_lifetime, parse_retry_after
from bot.schedule import TICK, TICK_ENV, tick_seconds
from bot.slack.protocol import RETRY_CEILING
from bot.slack.senders import SlackSender
from bot.store import queries

CLAIM = '[[claims]]\nid = "c1"\nstatement = "s"\nrequire = [["Musk"]]\n'


def _problems(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        config.load(str(path))
    return e.value.problems


# ── the values, each refused with its key and a clear message ─────────────────
@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ("[bot]\npoll_interval = inf\n", "bot.poll_interval", "too long: at most 30d"),
        ("[bot]\npoll_interval = -inf\n", "bot.poll_interval", "longer than zero"),
        ("[bot]\npoll_interval = '999999999w'\n", "bot.poll_interval", "at most 30d"),
        ("[bot]\nfetch_timeout = nan\n", "bot.fetch_timeout", "not a duration"),
        ("[bot]\nfetch_timeout = '2h'\n", "bot.fetch_timeout", "at most 1h"),
        ("[bot]\nalert_max_age = 1e300\n", "bot.alert_max_age", "at most 3650d"),
        ("[bot]\nalert_max_age = '" + "9" * 400 + "s'\n", "bot.alert_max_age", "too long"),
        ("[bot]\nkeep_unmatched_days = 99999999999\n", "bot.keep_unmatched_days", "at most"),
        ("[bot]\nmax_feed_size = '" + "9" * 400 + "MB'\n", "bot.max_feed_size", "too large"),
        ("[bot]\nmax_feed_size = '2GB'\n", "bot.max_feed_size", "at most 1GB"),
        ('[bot]\nuser_agent = "bot\\nX-Evil: 1"\n', "bot.user_agent", "one line"),
        ('[bot]\nuser_agent = "bot\\r"\n', "bot.user_agent", "one line"),
        ("[bot]\nuser_agent = 'claimwatch {0}'\n", "bot.user_agent", "only {version}"),
        ("[bot]\nuser_agent = 'claimwatch/{version} {'\n", "bot.user_agent", "only {version}"),
        ("[bot]\nuser_agent = 'café bot'\n", "bot.user_agent", "ASCII"),
        ('[bot]\ndatabase = "a\\u0000b"\n', "bot.database", "NUL"),
        ("[slack]\ndigest_after = 99999999999\n", "slack.digest_after", "at most 1000"),
        ("[slack]\nfeed_failing_after = 'inf'\n", "slack.feed_failing_after", "duration"),
        (
            "[[feeds]]\nurl='https://x/rss'\nname='x'\ninterval = 1e20\n",
            "feeds[0].interval",
            "at most 30d",
        ),
        ("[[feeds]]\nurl='https://x y/rss'\nname='x'\n", "feeds[0].url", "spaces"),
        ("[[feeds]]\nurl='https://x:99999/rss'\nname='x'\n", "feeds[0].url", "not a valid URL"),
        ("[[feeds]]\nurl='https:///rss'\nname='x'\n", "feeds[0].url", "no host"),
    ],
)
def test_absurd_values_are_refused_at_validation(
    tmp_path: Path, text: str, key: str, words: str
) -> None:
    problems = _problems(tmp_path, text)
    assert any(k == key and words in what for k, what in problems), problems


def test_the_check_config_command_names_them_without_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        "[bot]\npoll_interval = inf\nfetch_timeout = nan\nkeep_unmatched_days = 99999999999\n"
        'user_agent = "x\\ny"\n' + CLAIM,
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "bot", "check-config", "--config", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and "Traceback" not in out.stderr
    for key in ("poll_interval", "fetch_timeout", "keep_unmatched_days", "user_agent"):
        assert f"bot.{key}:" in out.stderr


def test_the_only_user_agent_placeholder_is_filled_in(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text("[bot]\nuser_agent = 'newsroom-bot/{version} (+https://x.example)'\n")
    from bot import __version__

    assert config.load(str(path)).bot.user_agent == (
        f"newsroom-bot/{__version__} (+https://x.example)"
    )


# ── property: any value for any bounded key gives a usable config or a ConfigError ───
_DURATIONS = ("poll_interval", "alert_max_age", "fetch_timeout")
_NUMBERS = ("keep_unmatched_days", "concurrency", "per_host", "parser_processes")

_toml_values = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.text(max_size=30),
    st.from_regex(r"\A[0-9]{1,30}(\.[0-9]{1,5})?\s?[smhdwkKmMgGbB]{0,2}\Z"),
    st.booleans(),
)


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, int):
        return str(value)
    escaped = (
        ch if ch.isascii() and (ch.isalnum() or ch in " .{}-") else f"\\U{ord(ch):08x}"
        for ch in value
    )
    return '"' + "".join(escaped) + '"'


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    key=st.sampled_from((*_DURATIONS, *_NUMBERS, "max_feed_size", "user_agent")),
    value=_toml_values,
)
def test_any_bot_value_is_usable_or_a_clean_error(key: str, value: Any) -> None:
    text = f"[bot]\n{key} = {_toml(value)}\n"
    assert tomllib.loads(text)  # the test writes valid TOML
    try:
        cfg = config.parse(text.encode(), "c.toml")
    except ConfigError as e:
        assert e.problems and all(k == f"bot.{key}" and what for k, what in e.problems)
        return
    bot = cfg.bot
    now = datetime(2026, 1, 1, tzinfo=UTC)
    for name in _DURATIONS:
        seconds = getattr(bot, name)
        assert math.isfinite(seconds) and seconds > 0
        now + timedelta(seconds=seconds) - timedelta(seconds=seconds)  # no overflow
    now - timedelta(days=bot.keep_unmatched_days)
    assert 0 < bot.max_feed_size <= config.MAX_SIZE
    assert bot.user_agent.isascii() and bot.user_agent.isprintable()
    assert "{" not in bot.user_agent


# ── --since / --until ────────────────────────────────────────────────────────────────
@settings(max_examples=200, deadline=None)
@given(
    value=st.one_of(
        st.text(max_size=40),
        st.from_regex(r"\A\s?[0-9]{1,40}(\.[0-9]{1,3})?\s?[mhdwMHDW]\s?\Z"),
        st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
        st.dates().map(lambda d: d.isoformat()),
    ),
    end=st.booleans(),
)
def test_any_since_or_until_is_a_time_in_range_or_a_clean_error(value: str, end: bool) -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    try:
        when = queries.parse_when(value, now, end=end)
    except queries.BadFilter as e:
        assert "is not a time" in str(e)
        return
    assert when.tzinfo is not None and when.utcoffset() == timedelta(0)
    assert queries.EARLIEST <= when <= queries.LATEST
    # it can be stored and compared as text, and read back
    text = iso(when)
    assert text is not None and len(text) == 20
    assert parse_iso(text) == when.replace(microsecond=0)


def test_times_beyond_the_calendar_are_clamped() -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert queries.parse_when("1000000d", now) == queries.EARLIEST
    assert queries.parse_when("9" * 400 + "w", now) == queries.EARLIEST
    assert queries.parse_when("9999-12-31", now, end=True) == queries.LATEST
    assert queries.parse_when("9999-12-31T23:59-05:00", now) == queries.LATEST
    assert queries.parse_when("0001-01-01T00:00+05:00", now) == queries.EARLIEST
    assert iso(queries.EARLIEST) == "0001-01-01T00:00:00Z"


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_db(tmp_path_factory.mktemp("bounds"))


@pytest.mark.parametrize(
    "args",
    [
        ["history", "--since", "1000000d"],
        ["history", "--until", "9999-12-31", "--format", "csv"],
        ["search", "Musk", "--since", "1000000d", "--until", "9999-12-31"],
        ["try", "--claim", "musk-putin-contact", "--since", "1000000d"],
        ["try", "--claim", "musk-putin-contact", "--until", "9999-12-31", "--format", "json"],
        ["report", "--claim", "musk-putin-contact", "--since", "1000000d", "--until", "9999-12-31"],
    ],
)
def test_since_and_until_far_away_mean_everything(
    fixture_db: tuple[Path, Path], tmp_path: Path, args: list[str]
) -> None:
    cfg, _ = fixture_db
    extra = ["--out", str(tmp_path / "r.html")] if args[0] == "report" else []
    result = CliRunner().invoke(cli, [*args, "--config", str(cfg), *extra], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert result.exception is None
    if args[0] == "history":
        assert "Musk" in result.output  # everything, not nothing


def test_an_absurd_limit_is_a_clean_error(fixture_db: tuple[Path, Path]) -> None:
    cfg, _ = fixture_db
    result = CliRunner().invoke(cli, ["history", "--limit", "9" * 30, "--config", str(cfg)])
    assert result.exit_code == 2 and "--limit" in result.output


def test_health_with_an_absurd_max_age_is_a_clean_error(tmp_path: Path) -> None:
    cfg = write_config(tmp_path / "config.toml")
    result = CliRunner().invoke(cli, ["health", "--max-age", "999999999w", "--config", str(cfg)])
    assert result.exit_code == 2 and "--max-age" in result.output


# ── server-supplied delays are clamped ───────────────────────────────────────────────
def test_a_feed_retry_after_is_clamped(tmp_path: Path, feed_server: FeedServer) -> None:
    feed_server.route("/busy.xml", status(429, retry_after=99999999999999))
    cfg_path = write_config(
        tmp_path / "config.toml", feeds=[{"name": "Busy", "url": feed_server.url("/busy.xml")}]
    )
    app = App.build(config.load(str(cfg_path)), clock=FakeClock(NOW))
    try:
        app.cycle()
        (feed,) = [f for f in app.store.feeds() if f.name == "Busy"]
        assert feed.error_kind == "http_429"
        assert feed.next_poll is not None
        assert feed.next_poll - NOW <= timedelta(seconds=CEILING * (1 + JITTER))
    finally:
        app.close()


def test_retry_after_and_max_age_odd_digits_are_ignored() -> None:
    assert parse_retry_after("99999999999999") == CEILING
    assert parse_retry_after("9" * 400) == CEILING
    assert parse_retry_after("²") is None  # str.isdigit says yes, float() says no
    assert parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT") == CEILING
    now = datetime(2026, 3, 2, tzinfo=UTC)
    assert cache_lifetime({"cache-control": "max-age=²"}, now) is None
    assert cache_lifetime({"cache-control": "max-age=60", "age": "³"}, now) == 60.0


def test_a_slack_retry_after_is_clamped(tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    store = fresh_store(tmp_path)
    with SlackStandIn(clock=lambda: clock.now().timestamp()) as slack:
        try:
            Queue(store, clock).add([Spec()])
            slack.fail_next("chat.postMessage", 1, retry_after="99999999999999")
            sender = SlackSender("xoxb-test", slack.base_url, timeout=5)
            report = make_deliverer(store, sender, clock, threads=False, budget=5).deliver_pending()
            (row,) = alert_rows(store)
            assert row["status"] == "pending" and report.sent == 0
            retry_at = parse_iso(row["next_attempt"])
            assert retry_at is not None
            assert retry_at - clock.now() <= timedelta(seconds=RETRY_CEILING)
        finally:
            store.close()


@pytest.mark.parametrize("value", ["inf", "nan", "-1", "1e400", "99999"])
def test_an_absurd_tick_falls_back_to_the_default(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv(TICK_ENV, value)
    assert tick_seconds() == TICK

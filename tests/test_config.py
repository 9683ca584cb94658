"""Config loading: every kind of mistake gets its message (file, key, problem) and exit 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot import config
from bot.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent

GOOD_CLAIM = '[[claims]]\nid = "c1"\nstatement = "s"\nrequire = [["a"]]\n'


def _problems(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        config.load(str(path))
    assert e.value.path == str(path)
    assert str(path) in e.value.describe()
    return e.value.problems


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ("[bot]\nfoo = 1\n", "bot.foo", "unknown key"),
        (
            "[[claims]]\nid='c'\nstatement='s'\nrequire=[['a']]\nrequires=[]\n",
            "claims[0].requires",
            "unknown key",
        ),
        ("[bot]\npoll_interval = 'ten minutes'\n", "bot.poll_interval", "not a duration"),
        ("[bot]\npoll_interval = '0m'\n", "bot.poll_interval", "longer than zero"),
        (
            "[[feeds]]\nurl='https://x/rss'\nname='x'\ninterval='-5m'\n",
            "feeds[0].interval",
            "duration",
        ),
        ("[bot]\nconcurrency = 'many'\n", "bot.concurrency", "whole number"),
        ("[slack]\nthreads = 'yes'\n", "slack.threads", "true or false"),
        (
            "[[claims]]\nid='c'\nstatement='s'\nrequire=[[]]\n",
            "claims[0].require[0]",
            "must not be empty",
        ),
        (
            "[[claims]]\nid='c'\nstatement='s'\nrequire=[]\n",
            "claims[0].require",
            "must not be empty",
        ),
        (
            "[[claims]]\nid='c'\nstatement='s'\nrequire=[['a', '']]\n",
            "claims[0].require[0][1]",
            "must not be empty",
        ),
        ("[[claims]]\nid='c'\nstatement='s'\nrequire='Musk'\n", "claims[0].require", "list"),
        (
            "[[claims]]\nid='c'\nstatement='s'\nrequire=[['a']]\ncontext=[1]\n",
            "claims[0].context[0]",
            "text",
        ),
        ("[[claims]]\nid='c'\nstatement='s'\n", "claims[0].require", "missing"),
        ("[[claims]]\nid='Not A Slug'\nstatement='s'\nrequire=[['a']]\n", "claims[0].id", "slug"),
        (GOOD_CLAIM + GOOD_CLAIM, "claims[1].id", "duplicate 'c1'"),
        ("[[feeds]]\nurl='ftp://x'\nname='x'\n", "feeds[0].url", "http"),
        ("[[feeds]]\nurl='https://x/rss'\n", "feeds[0].name", "missing"),
        (
            "[[feeds]]\nurl='https://x/rss'\nname='a'\n[[feeds]]\nurl='https://x/rss'\nname='b'\n",
            "feeds[1].url",
            "duplicate",
        ),
        ("[slack]\nbase_url = 'slack.com/api'\n", "slack.base_url", "http"),
        ("[bot]\nmax_feed_size = 'huge'\n", "bot.max_feed_size", "size"),
        ("feeds = 3\n", "feeds", "list"),
        ("[bot\n", "", "not valid TOML"),
    ],
)
def test_each_mistake_is_named(tmp_path: Path, text: str, key: str, words: str) -> None:
    problems = _problems(tmp_path, text)
    assert any(k == key and words in what for k, what in problems), problems


def test_all_problems_reported_at_once(tmp_path: Path) -> None:
    problems = _problems(
        tmp_path, "[bot]\nfoo = 1\npoll_interval = 'x'\n" + GOOD_CLAIM + GOOD_CLAIM
    )
    assert {k for k, _ in problems} == {"bot.foo", "bot.poll_interval", "claims[1].id"}


def test_every_item_of_every_list_is_checked(tmp_path: Path) -> None:
    # voluptuous's own list schema would stop at the first item with nested problems
    problems = _problems(
        tmp_path,
        "[[feeds]]\nurl='ftp://x'\nname='x'\n[[feeds]]\nurl='https://y'\nname=''\n"
        "[[claims]]\nid='c'\nstatement='s'\nrequire=[['a', ''], [1]]\n",
    )
    assert {k for k, _ in problems} == {
        "feeds[0].url",
        "feeds[1].name",
        "claims[0].require[0][1]",
        "claims[0].require[1][0]",
    }


def test_problems_come_in_the_declared_order(tmp_path: Path) -> None:
    # unknown keys first, then the keys as declared, whatever order the file (or a set) has
    problems = _problems(tmp_path, "x = 1\n[[claims]]\nfoo = 1\n[[feeds]]\n[slack]\nthreads = 1\n")
    assert [k for k, _ in problems] == [
        "x",
        "slack.threads",
        "feeds[0].url",
        "feeds[0].name",
        "claims[0].foo",
        "claims[0].id",
        "claims[0].statement",
        "claims[0].require",
    ]


@pytest.mark.parametrize(
    ("text", "key", "message"),
    [
        ("bot = 3\n", "bot", "must be a table, not int 3"),
        ("claims = ['c1']\n", "claims[0]", "must be a table, not str 'c1'"),
        ("feeds = 'x'\n", "feeds", "must be a list, not str 'x'"),
        ("[bot]\nconcurrency = 300\n", "bot.concurrency", "must be at most 256"),
        ("[bot]\nconcurrency = true\n", "bot.concurrency", "must be a whole number, not bool True"),
        (
            "[bot]\nparser_processes = 'many'\n",
            "bot.parser_processes",
            "must be \"auto\" or a whole number from 0 to 16, not str 'many'",
        ),
        (
            "[bot]\nparser_processes = -1\n",
            "bot.parser_processes",
            'must be "auto" or a whole number from 0 to 16, not int -1',
        ),
    ],
)
def test_messages_in_our_words(tmp_path: Path, text: str, key: str, message: str) -> None:
    assert _problems(tmp_path, text) == [(key, message)]


def test_voluptuous_is_imported_only_to_parse() -> None:
    code = (
        "import sys, bot.app\n"
        "assert 'voluptuous' not in sys.modules, 'eager import'\n"
        "from bot import config\n"
        "config.load(None)\n"
        "assert 'voluptuous' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, timeout=60)


def test_claims_only_file_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "claims.toml"
    path.write_text(GOOD_CLAIM, encoding="utf-8")
    cfg = config.load(str(path))
    assert cfg.feeds == () and [c.id for c in cfg.claims] == ["c1"]
    assert cfg.bot.database == "state/claimwatch.db"


def test_parser_processes_auto_or_a_number(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(GOOD_CLAIM)
    assert config.load(str(path)).bot.parser_processes is None  # "auto", the default
    path.write_text("[bot]\nparser_processes = 'auto'\n" + GOOD_CLAIM)
    assert config.load(str(path)).bot.parser_processes is None
    path.write_text("[bot]\nparser_processes = 0\n" + GOOD_CLAIM)
    assert config.load(str(path)).bot.parser_processes == 0


def test_durations_and_sizes() -> None:
    assert config.parse_duration("90s") == 90
    assert config.parse_duration("10m") == 600
    assert config.parse_duration("1.5h") == 5400
    assert config.parse_duration(30) == 30
    assert config.parse_size("10MB") == 10 * 1024 * 1024
    for bad in ("", "10", "m", "10 minutes", True, -1):
        with pytest.raises(ValueError):
            config.parse_duration(bad)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        config.load(str(tmp_path / "nope.toml"))


def test_shipped_config_is_valid_and_is_the_builtin_default() -> None:
    shipped = (REPO / "config.toml").read_bytes()
    assert shipped == (REPO / "bot" / "default_config.toml").read_bytes(), (
        "bot/default_config.toml must be a copy of config.toml"
    )
    cfg = config.load(str(REPO / "config.toml"))
    assert len(cfg.feeds) >= 5 and len(cfg.claims) == 4
    assert config.load(None).claims == cfg.claims


def test_path_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(config.ENV_PATH, raising=False)
    assert config.resolve_path(None) is None  # the embedded default
    (tmp_path / "config.toml").write_text(GOOD_CLAIM)
    assert config.resolve_path(None) == "config.toml"
    monkeypatch.setenv(config.ENV_PATH, "/elsewhere.toml")
    assert config.resolve_path(None) == "/elsewhere.toml"
    assert config.resolve_path("given.toml") == "given.toml"


@pytest.mark.parametrize(
    "command", [["check-config"], ["run", "--once"], ["classify", "--input", "-"]]
)
def test_cli_exit_code_2_without_traceback(tmp_path: Path, command: list[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[bot]\npoll_interval = 'soon'\n")
    out = subprocess.run(
        [sys.executable, "-m", "bot", *command, "--config", str(bad)],
        capture_output=True,
        text=True,
        input="",
        timeout=60,
    )
    assert out.returncode == 2
    assert str(bad) in out.stderr and "bot.poll_interval" in out.stderr
    assert "Traceback" not in out.stderr


def test_check_config_ok() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bot", "check-config", "--config", str(REPO / "config.toml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0 and "OK" in out.stdout


def test_problems_name_the_claim_by_id_and_the_feed_by_name(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[[feeds]]\nname = "Wire"\nurl = "ftp://x"\n\n'
        '[[claims]]\nid = "ok"\nstatement = "s"\nrequire = [["a"]]\n\n'
        '[[claims]]\nid = "hormuz-closed"\nstatement = "s"\nrequire = [[]]\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as e:
        config.load(str(path))
    text = e.value.describe()
    assert "  feeds[0] Wire: url: 'ftp://x' is not an http:// or https:// URL" in text
    assert "  claims[1] hormuz-closed: require[0]: must not be empty" in text
    # the problems themselves keep their key paths, for programs
    assert ("claims[1].require[0]", "must not be empty") in e.value.problems


def test_a_toml_syntax_error_shows_the_line_with_a_caret(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[[claims]]\nid = "x"\nstatement = "Iran closed the Strait\nrequire = [["a"]]\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError) as e:
        config.load(str(path))
    lines = e.value.describe().splitlines()
    assert "not valid TOML at line 3, column 36" in lines[1]
    assert lines[2] == '    3 | statement = "Iran closed the Strait'
    assert lines[3] == "      | " + " " * 35 + "^"

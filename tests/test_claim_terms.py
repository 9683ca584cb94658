"""Claim terms that could never match are refused (issue 14, defect 11).

A term of only white space, punctuation or invisible characters (a zero-width joiner, a
soft hyphen) has no word for matching to find: it used to be accepted and silently never
matched. It is refused at validation, so `check-config` and a live reload say so.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot import config
from bot.errors import ConfigError

FEED = "[[feeds]]\nurl = 'https://x.example/rss'\nname = 'X'\n"


def _claim(require: str, **more: str) -> str:
    extra = "".join(f"{k} = {v}\n" for k, v in more.items())
    return f'[[claims]]\nid = "c1"\nstatement = "Musk met Putin"\nrequire = {require}\n{extra}'


def _problems(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        config.load(str(path))
    return e.value.problems


@pytest.mark.parametrize(
    ("toml", "key", "words"),
    [
        (_claim('[["Musk", "\\u200d"]]'), "claims[0].require[0][1]", "nothing visible"),
        (_claim('[["Musk"], ["   "]]'), "claims[0].require[1][0]", "nothing visible"),
        (_claim('[["Musk"], ["\\t\\n"]]'), "claims[0].require[1][0]", "nothing visible"),
        (_claim('[["Musk"], ["\\u200b\\u2060\\ufeff"]]'), "claims[0].require[1][0]", "nothing"),
        (_claim('[["Musk"], ["\\u00ad"]]'), "claims[0].require[1][0]", "nothing visible"),
        (_claim('[["Musk"], ["\\u00ad-"]]'), "claims[0].require[1][0]", "no letters or digits"),
        (_claim('[["Musk"], ["—"]]'), "claims[0].require[1][0]", "no letters or digits"),
        (_claim('[["Musk"]]', context='["talks", " "]'), "claims[0].context[1]", "nothing"),
        (_claim('[["Musk"]]', exclude='["\\u200d"]'), "claims[0].exclude[0]", "nothing"),
        (_claim('[["Musk"]]', contradict='["..."]'), "claims[0].contradict[0]", "no letters"),
        (_claim('[["Musk"]]').replace("Musk met Putin", "  "), "claims[0].statement", "nothing"),
        (FEED.replace("'X'", '"\\u200d"'), "feeds[0].name", "nothing visible"),
    ],
)
def test_a_term_that_could_never_match_is_refused(
    tmp_path: Path, toml: str, key: str, words: str
) -> None:
    problems = _problems(tmp_path, toml)
    assert any(k == key and words in what for k, what in problems), problems


def test_real_terms_in_any_script_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        _claim('[["Musk\\u200d", "Маск", "马斯克"], ["Putin", "C-3PO", "7"]]'), encoding="utf-8"
    )
    (claim,) = config.load(str(path)).claims
    assert claim.require[0] == ("Musk\u200d", "Маск", "马斯克")


def test_check_config_says_which_term_and_why(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(_claim('[["Musk"], ["Putin", "\\u200d"]]'), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "bot", "check-config", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2 and "Traceback" not in out.stderr
    # the invisible character is shown escaped, so the reader sees what is there
    assert "claims[0] c1: require[1][1]: '\\u200d' has nothing visible in it" in out.stderr

"""Cue lexicons as data: one file per language, checked on load, extensible by a newsroom."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.matching import lexicon
from bot.text import fold

WANTED = {"en", "ru", "uk", "de", "fr", "es", "pt", "it", "pl", "zh", "ar", "tr"}
#: files of place names only, so far (no cues: their items' stance is read by the cues of
#: the languages they share words with)
PLACES_ONLY = {"bn", "ur", "te"}
#: files of news vocabulary only, so far (an English claim word finds its translations)
VOCABULARY_ONLY = {"is"}
#: full files beyond the twelve the issue asked for
FULL = {"ja", "ko", "fa", "nl", "id", "sr", "el", "hu", "vi", "tl"}


def test_the_built_in_languages_load() -> None:
    codes = {lang.code for lang in lexicon.LANGUAGES}
    assert codes >= WANTED | FULL
    for lang in lexicon.LANGUAGES:
        if lang.code in WANTED | FULL or lang.cues:
            assert lang.cues.get("denial"), lang.code
            assert lang.grammar.get("negation"), lang.code
        else:
            assert lang.code in PLACES_ONLY | VOCABULARY_ONLY, lang.code


def test_every_built_in_pattern_compiles() -> None:
    # a running bot does not compile them one by one at start-up: this test does
    import tomllib
    from importlib import resources

    folder = resources.files("bot.matching") / "lexicons"
    for entry in folder.iterdir():
        if entry.name.endswith(".toml"):
            data = tomllib.loads(entry.read_text(encoding="utf-8"))
            lexicon.parse_language(entry.name, data, check_patterns=True)


def test_word_lists_are_written_folded() -> None:
    for lang in lexicon.LANGUAGES:
        for key in ("report_ref", "event_nouns", "skip", "involvement", "proceedings"):
            for word in lang.grammar.get(key, ()):
                assert fold(word) == word, (lang.code, key, word)


@pytest.mark.parametrize(
    ("text", "key", "what"),
    [
        (
            "code = 'xx'\nlanguage = 'X'\n[cues]\ndenial = ['(unclosed']\n",
            "cues.denial[0]",
            "regular",
        ),
        ("code = 'xx'\nlanguage = 'X'\n[cues]\ndenials = ['x']\n", "cues.denials", "unknown"),
        ("code = 'xx'\nlanguage = 'X'\n[grammar]\nnegation = 'no'\n", "grammar.negation", "list"),
        ("code = 'X Y'\nlanguage = 'X'\n", "code", "language code"),
        ("code = 'xx'\nlanguage = 'X'\n[cues\n", "", "not valid TOML"),
    ],
)
def test_a_broken_file_names_the_file_the_key_and_the_problem(
    tmp_path: Path, text: str, key: str, what: str
) -> None:
    (tmp_path / "xx.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        lexicon.load_languages(str(tmp_path))
    message = err.value.describe()
    assert str(tmp_path / "xx.toml") in message and what in message
    assert any(k == key for k, _ in err.value.problems)


def test_a_newsroom_adds_a_language_without_code(tmp_path: Path) -> None:
    """A file in $CLAIMWATCH_LEXICONS adds a language; its denial verb then decides stance."""
    lexicons = tmp_path / "lexicons"
    lexicons.mkdir()
    (lexicons / "eo.toml").write_text(
        "language = 'Esperanto'\ncode = 'eo'\n[cues]\ndenial = ['\\bneis\\w*']\n"
        "[grammar]\nnegation = ['\\bne\\b']\n",
        encoding="utf-8",
    )
    claims = tmp_path / "claims.toml"
    claims.write_text(
        "[[claims]]\nid = 'pipeline'\nstatement = 'Valdoria blew up the Norvik pipeline'\n"
        "require = [['Norvik'], ['Valdoria']]\n",
        encoding="utf-8",
    )
    item = {"id": "1", "title": "Valdoria neis la Norvik-akuzojn", "summary": ""}
    env = {**os.environ, "CLAIMWATCH_LEXICONS": str(lexicons)}
    out = subprocess.run(
        [sys.executable, "-m", "bot", "classify", "--config", str(claims)],
        input=json.dumps(item),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    (match,) = json.loads(out.stdout)["matches"]
    assert match["stance"] == "contradiction" and match["cue"] == "neis"
    without = subprocess.run(
        [sys.executable, "-m", "bot", "classify", "--config", str(claims)],
        input=json.dumps(item),
        capture_output=True,
        text=True,
        env={k: v for k, v in env.items() if k != "CLAIMWATCH_LEXICONS"},
        check=True,
    )
    assert json.loads(without.stdout)["matches"][0]["stance"] == "update"


def test_a_broken_added_file_is_a_clean_error(tmp_path: Path) -> None:
    (tmp_path / "eo.toml").write_text("code = 'eo'\n[cues]\ndenial = 3\n", encoding="utf-8")
    env = {**os.environ, "CLAIMWATCH_LEXICONS": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "bot", "explain", "--claim", "x", "text"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert out.returncode == 2, out.stderr
    assert "eo.toml" in out.stderr and "cues.denial" in out.stderr
    assert "Traceback" not in out.stderr

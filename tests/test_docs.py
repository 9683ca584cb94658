"""The docs are policed: every command has help and is in the README; every config key is
documented in config.toml comments and in the README."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import click
import pytest

from bot.cli import cli
from bot.config import BotSection, ClaimSection, FeedSection, SlackSection

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
CONFIG = (REPO / "config.toml").read_text(encoding="utf-8")

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_and_is_documented(name: str) -> None:
    command = cli.commands[name]
    assert command.help and len(command.help.strip()) > 20
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, f"{name} {param.opts} has no help"
    assert f"claimwatch {name}" in README, f"README does not mention `claimwatch {name}`"


SECTIONS = {"bot": BotSection, "slack": SlackSection, "feeds": FeedSection, "claims": ClaimSection}


@pytest.mark.parametrize(
    ("section", "key"), [(s, f.name) for s, model in SECTIONS.items() for f in fields(model)]
)
def test_every_config_key_is_documented(section: str, key: str) -> None:
    assert re.search(rf"`{key}`", README), f"README does not document {section}.{key}"
    assert re.search(rf"^#?\s*{key}\b", CONFIG, re.MULTILINE), (
        f"config.toml does not mention {section}.{key} (as a key or in a comment)"
    )

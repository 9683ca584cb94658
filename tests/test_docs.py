"""The docs are policed: every command has help and is in the README; every config key is
documented in config.toml comments and in the configuration reference; every command
example of README.md and docs/*.md runs on a database the real bot builds, with the output
the page shows; every page is linked from the docs index; the README stays short."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import click
import pytest
from support import docs_examples, docs_fixture

from bot.cli import cli
from bot.config import BotSection, ClaimSection, FeedSection, SlackSection

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
CONFIG = (REPO / "config.toml").read_text(encoding="utf-8")
REFERENCE = (REPO / "docs" / "configuration.md").read_text(encoding="utf-8")
DOCS = REPO / "docs"

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
    assert re.search(rf"`{key}`", REFERENCE), f"docs/configuration.md lacks {section}.{key}"
    assert re.search(rf"^#?\s*{key}\b", CONFIG, re.MULTILINE), (
        f"config.toml does not mention {section}.{key} (as a key or in a comment)"
    )


def test_readme_is_an_introduction() -> None:
    assert len(README.splitlines()) <= 150
    # the two set-up commands, exactly as .ci/run and the Dockerfile rely on them
    assert (
        "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/claimwatch run" in README
    )
    test_command = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest"
    assert test_command in README
    assert (REPO / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith(test_command)
    assert "docs/alert.png" in README and (DOCS / "alert.png").stat().st_size > 10_000


def test_every_page_is_linked_and_every_link_resolves() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in sorted(DOCS.glob("*.md")):
        if page.name != "index.md":
            assert f"({page.name})" in index, f"docs/index.md does not link {page.name}"
    for page in [REPO / "README.md", *sorted(DOCS.glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+\.(?:md|png|yaml|py))(?:#[^)]*)?\)", text):
            assert (page.parent / target).exists(), f"{page.name}: broken link {target}"


def test_installing_extras_is_said_for_a_clone() -> None:
    for page in [REPO / "README.md", *sorted(DOCS.glob("*.md"))]:
        text = page.read_text(encoding="utf-8")
        assert "pip install 'claimwatch[" not in text, f"{page.name}: claimwatch is on no index"
    from bot.toolkit.browse import INSTALL_HINT

    assert ".venv/bin/pip install -e '.[browse]'" in INSTALL_HINT


def test_docker_files_match_the_docker_page() -> None:
    page = (DOCS / "docker.md").read_text(encoding="utf-8")
    compose = (REPO / "compose.yaml").read_text(encoding="utf-8")
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert "./config:/app/config:ro" in compose and "claimwatch-state:/app/state" in compose
    assert 'test: ["CMD", "claimwatch", "health"]' in compose
    assert "CLAIMWATCH_CONFIG=/app/config/config.toml" in dockerfile
    assert 'CMD ["claimwatch", "health"]' in dockerfile
    assert '-v "$PWD/config:/app/config:ro"' in page and "docker compose up" in page


# ── the examples ────────────────────────────────────────────────────────────────────
EXAMPLES = docs_examples.all_examples()


@pytest.fixture(scope="module")
def docs_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    fx = docs_fixture.build(tmp_path_factory.mktemp("docs"))
    docs_fixture.write_drafts(fx.root)
    return fx.root


def test_the_docs_have_examples() -> None:
    pages = {e.page.name for e in EXAMPLES}
    assert {"querying.md", "claims.md", "matching.md", "configuration.md"} <= pages
    assert len(EXAMPLES) >= 15


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e.page.name}:{e.line + 1}" for e in EXAMPLES])
def test_example_output_is_what_the_page_shows(
    example: docs_examples.Example, docs_root: Path
) -> None:
    code, got = docs_examples.run(example, docs_root)
    assert "Traceback" not in "\n".join(got)
    # an example that shows an error exits 2 (1 for an unhealthy bot); the others 0
    first = example.output[0] if example.output else ""
    assert code == (2 if first.startswith("claimwatch:") else 1 if "UNHEALTHY" in first else 0)
    assert docs_examples.same(example, got), (
        f"{example.page.name} line {example.line + 1}: `{example.command}` printed\n"
        + "\n".join(got)
        + "\n(run `.venv/bin/python docs/examples.py` to rewrite the page's outputs)"
    )

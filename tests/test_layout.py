"""The package layout's import rules (docs/development.md: Layout): each stage imports only downwards."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1] / "bot"

#: package -> packages its modules must never import
FORBIDDEN = {
    "intake": ("bot.matching", "bot.stories", "bot.slack", "bot.store", "bot.toolkit", "bot.cli"),
    "matching": ("bot.intake", "bot.stories", "bot.slack", "bot.store", "bot.toolkit", "bot.cli"),
    "stories": ("bot.intake", "bot.matching", "bot.slack", "bot.toolkit", "bot.cli"),
    "store": ("bot.intake", "bot.matching", "bot.stories", "bot.slack", "bot.toolkit", "bot.cli"),
    "slack": ("bot.intake", "bot.matching", "bot.stories", "bot.toolkit", "bot.cli"),
    "toolkit": ("bot.intake", "bot.slack", "bot.cli"),
}


def _imports(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_a_package_imports_only_downwards(package: str) -> None:
    bad = [
        f"{path.relative_to(BOT.parent)} imports {name}"
        for path in sorted((BOT / package).glob("*.py"))
        for name in sorted(_imports(path))
        if name.startswith(FORBIDDEN[package])
    ]
    assert not bad, bad


def test_no_module_outgrows_one_reading() -> None:
    long = {
        str(p.relative_to(BOT.parent)): n
        for p in BOT.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 650
    }
    assert not long, long

"""Find and run the command examples of README.md and docs/*.md.

An example is an indented (four-space) block line starting with `$ claimwatch` or
`$ sqlite-utils`; its output is the block's following lines up to the next `$ ` line or
the end of the block. They run in the docs fixture's directory (`support.docs_fixture`),
with a 130-column terminal.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
WIDTH = "130"

#: commands whose output holds the real time ("8s ago"): only their first word is compared
VOLATILE = ("claimwatch feeds", "claimwatch health", "claimwatch alerts")


@dataclass(frozen=True)
class Example:
    page: Path
    #: index of the `$ ` line in the page's lines
    line: int
    command: str
    #: the documented output (lines, indentation removed)
    output: list[str]
    #: index of the last output line + 1
    end: int

    @property
    def volatile(self) -> bool:
        return self.command.startswith(VOLATILE)


def examples(page: Path) -> list[Example]:
    lines = page.read_text(encoding="utf-8").split("\n")
    out: list[Example] = []
    i = 0
    while i < len(lines):
        m = re.match(r"^( {4,})\$ ((?:claimwatch|sqlite-utils) .*)$", lines[i])
        if not m:
            i += 1
            continue
        indent = len(m.group(1))
        j = i + 1
        while j < len(lines) and not lines[j].lstrip().startswith("$ "):
            line = lines[j]
            if line.strip() and not line.startswith(" " * indent):
                break
            j += 1
        end = j
        while end > i + 1 and not lines[end - 1].strip():
            end -= 1
        output = [ln[indent:] for ln in lines[i + 1 : end]]
        out.append(Example(page, i, m.group(2), output, end))
        i = j
    return out


def all_examples() -> list[Example]:
    return [e for p in PAGES for e in examples(p)]


def run(example: Example, root: Path) -> tuple[int, list[str]]:
    """Run an example in `root`; (exit code, output lines without trailing blanks)."""
    argv = shlex.split(example.command)
    env = {**os.environ, "COLUMNS": WIDTH, "TERM": "dumb", "NO_COLOR": "1"}
    env.pop("CLAIMWATCH_CONFIG", None)
    env.pop("SLACK_BOT_TOKEN", None)
    env.pop("SLACK_WEBHOOK_URL", None)
    if argv[0] == "claimwatch":
        cmd = [sys.executable, "-m", "bot", *argv[1:]]
    else:
        cmd = [str(Path(sys.executable).with_name(argv[0])), *argv[1:]]
    proc = subprocess.run(
        cmd, cwd=root, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    text = proc.stdout + proc.stderr
    lines = [ln.rstrip() for ln in text.rstrip("\n").split("\n")] if text.strip() else []
    return proc.returncode, lines


def same(example: Example, got: list[str]) -> bool:
    want = [ln.rstrip() for ln in example.output]
    if example.volatile:
        first = (want[0].split() or [""])[0] if want else ""
        return bool(got) and got[0].split()[:1] == [first]
    return want == got

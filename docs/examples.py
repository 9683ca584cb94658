"""Rewrite the output of every command example in README.md and docs/*.md, and draw the
picture of a real alert (docs/alert.png).

    .venv/bin/python docs/examples.py            # outputs and picture
    .venv/bin/python docs/examples.py --no-picture

The examples run on the database the real bot builds in `tests/support/docs_fixture.py`
(the tests run them the same way and fail when a page's output differs). The picture is
the exact Block Kit messages the bot sent to the Slack stand-in, drawn as HTML and
photographed with headless Chromium (`chromium` must be on PATH).
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from support import docs_examples, docs_fixture  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="claimwatch-docs-") as tmp:
        fx = docs_fixture.build(Path(tmp))
        docs_fixture.write_drafts(fx.root)
        for page in docs_examples.PAGES:
            rewrite(page, fx.root)
        if "--no-picture" not in sys.argv:
            picture(fx.messages, REPO / "docs" / "alert.png")


def rewrite(page: Path, root: Path) -> None:
    lines = page.read_text(encoding="utf-8").split("\n")
    for ex in reversed(docs_examples.examples(page)):
        _, got = docs_examples.run(ex, root)
        indent = " " * (len(lines[ex.line]) - len(lines[ex.line].lstrip()))
        lines[ex.line + 1 : ex.end] = [(indent + ln).rstrip() for ln in got]
    page.write_text("\n".join(lines), encoding="utf-8")


# ── the picture ─────────────────────────────────────────────────────────────────────
def mrkdwn(text: str) -> str:
    """Slack mrkdwn (already escaped &, <, > by the bot) -> HTML, as Slack shows it."""
    text = re.sub(r"<(https?://[^|>]+)\|([^>]+)>", r'<a href="\1">\2</a>', text)
    text = re.sub(r"\*([^*\n]+)\*", r"<b>\1</b>", text)
    text = re.sub(r"_([^_\n]+)_", r"<i>\1</i>", text)
    text = re.sub(r"`([^`\n]+)`", r"<code>\1</code>", text)
    # Slack's emoji as small badges (no emoji font is needed to draw them)
    emoji = {
        ":rotating_light:": '<span class="emo red">!</span>',
        ":newspaper:": '<span class="emo blue">i</span>',
        ":pushpin:": '<span class="emo grey">#</span>',
        ":link:": '<span class="emo grey">+</span>',
        ":pencil2:": '<span class="emo grey">~</span>',
    }
    for k, v in emoji.items():
        text = text.replace(k, v)
    out = []
    for line in text.split("\n"):
        if line.startswith("&gt;") or line.startswith(">"):
            body = line[4:] if line.startswith("&gt;") else line[1:]
            out.append(f"<blockquote>{body.strip()}</blockquote>")
        else:
            out.append(line + "<br>")
    return "".join(out)


def message_html(msg: Any) -> str:
    parts = []
    blocks = msg.blocks or []
    if msg.edits and msg.edits[-1].get("blocks"):  # as it shows now (chat.update)
        edited = msg.edits[-1]["blocks"]
        blocks = json.loads(edited) if isinstance(edited, str) else edited
    for block in blocks:
        if block["type"] == "section":
            parts.append(f'<div class="section">{mrkdwn(block["text"]["text"])}</div>')
        elif block["type"] == "context":
            texts = " ".join(mrkdwn(e["text"]) for e in block["elements"])
            parts.append(f'<div class="context">{texts}</div>')
    where = "replied to a thread · also sent to the channel" if msg.reply_broadcast else ""
    return (
        '<div class="msg"><div class="avatar">cw</div><div class="body">'
        f'<div class="name">claimwatch <span class="app">APP</span>'
        f' <span class="where">{html.escape(where)}</span></div>{"".join(parts)}</div></div>'
    )


CSS = """
body { font: 15px/1.45 "DejaVu Sans", Arial, sans-serif; margin: 0; background: #fff; color: #1d1c1d; }
.channel { padding: 10px 20px; border-bottom: 1px solid #ddd; font-weight: bold; }
.msg { display: flex; padding: 10px 20px; }
.avatar { width: 36px; height: 36px; border-radius: 6px; background: #4a154b; color: #fff;
  font-weight: bold; text-align: center; line-height: 36px; margin-right: 10px; flex: none; }
.name { font-weight: bold; } .app { font-size: 10px; background: #ddd; padding: 1px 3px; }
.where { font-weight: normal; color: #616061; font-size: 13px; }
.section { margin: 4px 0; } .context { color: #616061; font-size: 13px; margin: 4px 0; }
blockquote { margin: 2px 0; padding-left: 10px; border-left: 4px solid #ddd; }
.emo { display: inline-block; width: 16px; height: 16px; border-radius: 4px; color: #fff;
  font: bold 12px/16px "DejaVu Sans", sans-serif; text-align: center; margin-right: 2px; }
.red { background: #e01e5a; } .blue { background: #1264a3; } .grey { background: #888; }
a { color: #1264a3; text-decoration: none; } code { color: #e01e5a; background: #f6f6f6; }
"""


def picture(messages: list[Any], out: Path) -> None:
    """The channel as a reader sees it: the digest and the broadcast contradiction."""
    broadcast = [m for m in messages if m.reply_broadcast and m.metadata]
    digest = [m for m in broadcast if m.metadata["event_type"] == "claimwatch_digest"]
    single = [m for m in broadcast if m.metadata["event_type"] == "claimwatch_alert"]
    shown = digest[-1:] + single[-1:]
    page = (
        f"<!doctype html><meta charset=utf-8><style>{CSS}</style>"
        '<div class="channel"># claimwatch</div>' + "".join(message_html(m) for m in shown)
    )
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("docs/examples.py: chromium is not installed; the picture was not made")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "alert.html"
        src.write_text(page, encoding="utf-8")
        subprocess.run(  # noqa: S603
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--screenshot={out}",
                "--window-size=900,600",
                src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


if __name__ == "__main__":
    main()

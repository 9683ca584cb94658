"""Terminal, bidi and formula injection (issue 14, defect 10).

Feed text with ESC sequences, OSC-8 hyperlinks, BEL, C1 controls and bidi overrides is
stored as it came, and made printable (`bot.text.printable`) wherever a person reads it:
history and search tables, CSV (which also never starts a formula), the console sender,
Slack messages, the HTML report and the log. JSON keeps the data and escapes them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from support import SlackStandIn
from support.delivery import Queue, Spec, fresh_store, make_deliverer
from support.helpers import NOW, write_config

from bot import config as config_mod
from bot.cli import _PrintableFormatter, cli
from bot.clock import FakeClock
from bot.matching import Matcher
from bot.records import FeedConfig, Item
from bot.slack.protocol import Post
from bot.slack.render import render_alert
from bot.slack.senders import ConsoleSender, SlackSender
from bot.store import ItemWrite
from bot.store.outbox import Outbox
from bot.store.sqlite import SQLiteStore
from bot.text import printable
from bot.toolkit.output import csv_cell, json_text

ESC = "\x1b"
#: a red colour, an OSC-8 hyperlink to elsewhere, a bell, a one-byte CSI (clear screen),
#: a right-to-left override (exe.png shows as gnp.exe) and an isolate
HOSTILE = (
    f"{ESC}[31mred{ESC}[0m {ESC}]8;;https://evil.example/{ESC}\\click{ESC}]8;;{ESC}\\"
    " \x07 \x9b2J \u202egnp.exe\u202c \u2066iso\u2069 \x00\x08\r"
)
#: what must never reach a screen
UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

TITLE = "Musk held secret talks with Putin " + HOSTILE
FORMULA_TITLE = '=HYPERLINK("https://evil.example","Musk held talks with Putin")'
SUMMARY = "Officials say Musk and Putin spoke in secret calls. " + HOSTILE


def _clean(text: str) -> bool:
    return UNSHOWABLE.search(text) is None


# ── the shared function ──────────────────────────────────────────────────────────────
def test_printable_removes_controls_and_bidi_and_keeps_everything_else() -> None:
    assert (
        printable(HOSTILE) == "[31mred[0m ]8;;https://evil.example/\\click]8;;\\  2J gnp.exe iso "
    )
    kept = "Кремль «Маск» 马斯克 👩\u200d💻 naïve\ttab\nnew line \u200f"
    assert printable(kept) == kept


@given(st.text())
def test_printable_leaves_nothing_unshowable_and_is_idempotent(text: str) -> None:
    out = printable(text)
    assert _clean(out)
    assert printable(out) == out
    assert len(out) <= len(text)


def test_csv_cells_never_start_a_formula() -> None:
    for start in ("=", "+", "-", "@", "\t"):
        assert csv_cell(f"{start}1+1") == f"'{start}1+1"
    assert csv_cell("\r=1+1") == "'=1+1"  # the CR goes, the formula is still caught
    assert csv_cell("Musk - Putin") == "Musk - Putin"
    assert csv_cell(-5.5) == -5.5  # a number stays a number


def test_json_keeps_the_data_and_escapes_what_a_terminal_must_not_see() -> None:
    text = json_text({"title": TITLE})
    assert _clean(text)
    assert json.loads(text) == {"title": TITLE}


# ── the CLI on a database holding hostile items ───────────────────────────────────────
@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile")
    feed = FeedConfig("https://hostile.example/rss", "Hostile " + HOSTILE)
    cfg_path = write_config(tmp / "config.toml", feeds=[{"name": feed.name, "url": feed.url}])
    cfg = config_mod.load(str(cfg_path))
    store = SQLiteStore(cfg.bot.database)
    try:
        store.sync_feeds([feed], NOW - timedelta(days=2))
        (feed_id,) = [f.id for f in store.feeds()]
        matcher = Matcher(cfg.claims)
        channels = {c.id: cfg.channel_for(c) for c in cfg.claims}
        for n, title in enumerate((TITLE, FORMULA_TITLE)):
            item = Item(
                guid=f"h{n}",
                title=title,
                summary=SUMMARY,
                link=f"https://hostile.example/{n}",
                published=NOW - timedelta(hours=n + 1),
                content_hash=hashlib.sha256(title.encode()).hexdigest(),
            )
            matches = tuple(matcher.match(title, SUMMARY))
            assert matches, title
            write = ItemWrite(item, None, matches, {m.claim_id: None for m in matches})
            store.write_items(feed_id, [write], channels, NOW - timedelta(hours=n))
    finally:
        store.close()
    return cfg_path


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False, env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(
    "args",
    [
        ["history"],
        ["history", "--stories"],
        ["search", "Musk"],
        ["claims"],
        ["try", "--claim", "musk-putin-contact", "--since", "1000d"],
        ["feeds"],
        ["alerts"],
        ["explain", "--claim", "musk-putin-contact", TITLE],
    ],
)
def test_tables_show_no_terminal_controls_or_bidi(hostile_db: Path, args: list[str]) -> None:
    out = _run(*args, "--config", str(hostile_db))
    assert _clean(out)
    if args[0] in ("history", "search"):
        assert "gnp.exe" in out and "Hostile" in out  # the text is there, made harmless


@pytest.mark.parametrize("command", [["history"], ["search", "Musk"]])
def test_csv_is_printable_and_starts_no_formula(hostile_db: Path, command: list[str]) -> None:
    out = _run(*command, "--format", "csv", "--config", str(hostile_db))
    assert _clean(out.replace("\r\n", "\n"))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows
    for row in rows:
        for value in row.values():
            if re.fullmatch(r"-?[0-9.e+-]+", value):
                continue  # a number (the search rank), not a formula
            assert not value.startswith(("=", "+", "@", "-")), row
    headlines = [r["headline"] for r in rows]
    assert "'" + FORMULA_TITLE in headlines


@pytest.mark.parametrize("command", [["history"], ["search", "Musk"], ["feeds"]])
def test_json_output_escapes_but_keeps_the_stored_text(
    hostile_db: Path, command: list[str]
) -> None:
    out = _run(*command, "--format", "json", "--config", str(hostile_db))
    assert _clean(out)
    data = json.dumps(json.loads(out), ensure_ascii=False)
    assert "\u202egnp.exe" in data  # the parser gets what was stored


def test_the_html_report_has_no_bidi_overrides(hostile_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    _run("report", "--claim", "musk-putin-contact", "--out", str(out), "--config", str(hostile_db))
    page = out.read_text(encoding="utf-8")
    assert _clean(page.replace("\n", " "))
    assert "gnp.exe" in page


# ── alerts: the console sender and Slack ─────────────────────────────────────────────
def test_the_console_sender_prints_no_terminal_controls(tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    store = fresh_store(tmp_path)
    try:
        Queue(store, clock).add(
            [Spec(title=TITLE, outlet="Out " + HOSTILE, evidence=SUMMARY, channel="#c")]
        )
        (alert,) = Outbox(store).due(clock.now())
        message = render_alert(alert, "statement")
        screen = io.StringIO()
        sender = ConsoleSender(file=screen)
        sender.post(Post(alert.channel, message, "alert", (alert,)))
        sender.post_text("#ops", "feed failing: " + HOSTILE)
        printed = screen.getvalue()
        assert _clean(printed.replace("\n", " "))
        assert "gnp.exe" in printed
    finally:
        store.close()


def test_slack_messages_carry_no_controls_or_bidi(tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    store = fresh_store(tmp_path)
    with SlackStandIn(clock=lambda: clock.now().timestamp()) as slack:
        try:
            Queue(store, clock).add(
                [Spec(title=TITLE, outlet="Out " + HOSTILE, evidence=SUMMARY, channel="#c")]
            )
            sender = SlackSender("xoxb-test", slack.base_url, timeout=5)
            report = make_deliverer(store, sender, clock).deliver_pending()
            assert report.sent == 1
            (parent, reply) = slack.messages()
            for message in (parent, reply):
                sent = json.dumps([message.text, message.blocks], ensure_ascii=False)
                assert _clean(sent.replace("\\n", " ")), sent
            assert "gnp.exe" in json.dumps(reply.blocks, ensure_ascii=False)
        finally:
            store.close()


def test_log_lines_are_printable() -> None:
    record = logging.LogRecord(
        "claimwatch.poll", logging.WARNING, __file__, 1, "feed %s failed: %s", ("x", HOSTILE), None
    )
    line = _PrintableFormatter("%(name)s: %(message)s").format(record)
    assert line.startswith("claimwatch.poll: feed x failed: ")
    assert _clean(line)

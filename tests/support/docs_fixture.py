"""The database and Slack channel the docs show, made by the real bot.

A desk installs claimwatch on 2026-11-20 and finds two weeks of coverage of the Musk–Putin
story in its feeds (published 6–19 November); two days later a denial arrives, and a copy
of it from a second outlet. Everything goes through the real parts: a loopback feed
server, `App.cycle`, the real slack-sdk client against the Slack stand-in, a real SQLite
file, and a fixed clock, so every time in the docs is the same on every run.

`tests/test_docs.py` runs every `$ claimwatch …` example of README.md and docs/*.md on
this database; `docs/examples.py` rewrites their output and draws the alert picture.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot import config as config_mod
from bot.app import App
from bot.clock import FakeClock
from bot.slack.senders import SlackSender
from support import FeedServer, SlackStandIn, rss_document
from support.helpers import write_config

INSTALLED = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 22, 10, 30, tzinfo=UTC)

CLAIMS = """
[[claims]]
id = "musk-putin-contact"
statement = "Elon Musk has been in regular, secret contact with Vladimir Putin since late 2022"
require = [["Musk", "Маск"], ["Putin", "Kremlin", "Путин", "Кремль"]]
context = ["talks", "contact", "contacts", "conversation", "spoke", "talked", "call", "calls", "phone", "secret"]
contradict = ["only one phone call", "spoke only once"]

[[claims]]
id = "starlink-taiwan"
statement = "Putin asked Musk not to activate Starlink over Taiwan as a favour to Xi Jinping"
require = [["Starlink"], ["Taiwan", "Taipei"]]
contradict = ["does not provide service to Taiwan"]

[[claims]]
id = "kiriyenko-contacts"
statement = "Musk has been in regular conversations with Sergei Kiriyenko, Putin's first deputy chief of staff"
require = [["Kiriyenko", "Кириенко"], ["Musk", "Маск"]]

[[claims]]
id = "hormuz-closed"
statement = "Iran has closed the Strait of Hormuz to shipping"
require = [["Hormuz", "Ормуз", "هرمز"], ["close", "closed", "closure", "shut"]]
context = ["Iran", "tanker", "shipping", "strait"]
"""


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC)


#: outlet -> items (title, link, summary, published); the Guardian publishes one link over
#: plain http with tracking parameters (shown as published, clustered by its canonical form)
FIRST: dict[str, list[tuple[str, str, str, datetime]]] = {
    "Meduza (English)": [
        (
            "Kremlin denies report that Musk and Putin talk regularly",
            "https://meduza.io/en/news/kremlin-denies-report",
            "Kremlin spokesman Dmitry Peskov denied the report, saying Putin and Musk had only"
            " one phone call, in which they discussed space and technology.",
            _at(6, 8, 33),
        )
    ],
    "BBC News – World": [
        (
            "Musk's secret talks with Putin raise security concerns in Washington",
            "https://www.bbc.co.uk/news/musks-secret-talks",
            "Officials fear the billionaire's contacts with the Kremlin could expose US secrets.",
            _at(6, 13, 33),
        )
    ],
    "DW – World": [
        (
            "Putin asked Musk not to switch on Starlink over Taiwan, report says",
            "https://www.dw.com/en/starlink-taiwan",
            "The request was a favour to Chinese leader Xi Jinping, according to the report.",
            _at(7, 6, 21),
        )
    ],
    "Kyiv Independent": [
        (
            "Starlink does not provide service to Taiwan, SpaceX says after report",
            "https://kyivindependent.com/starlink-does-not-provide",
            "SpaceX said the service is not offered on the island.",
            _at(7, 10, 57),
        )
    ],
    "NPR World": [
        (
            "Report: Musk in contact with Kremlin deputy Kiriyenko",
            "https://www.npr.org/2026/11/14/musk-kiriyenko",
            "The billionaire held calls with Putin's first deputy chief of staff, sources say.",
            _at(14, 1, 9),
        )
    ],
    "New York Times – World": [
        (
            "Pentagon reviews Musk's security clearance",
            "https://www.nytimes.com/2026/11/15/world/pentagon-reviews-clearance",
            "The review follows reports that Musk held secret talks with Putin and other senior"
            " Russian officials since late 2022.",
            _at(15, 6, 0),
        )
    ],
    "France 24": [
        (
            "Musk denies ever talking to Putin about Ukraine",
            "https://www.france24.com/en/musk-denies",
            "The billionaire wrote on X that the reports of regular calls were false.",
            _at(17, 22, 57),
        )
    ],
    "The Guardian – World": [
        (
            "Musk spoke with Putin several times, officials tell WSJ",
            "https://www.theguardian.com/world/2026/nov/musk-spoke-with-putin",
            "Current and former officials describe calls on business and geopolitics.",
            _at(18, 19, 40),
        ),
        (
            "Storms expected across northern Europe",
            "https://www.theguardian.com/world/2026/nov/storms",
            "Forecasters warn of high winds.",
            _at(19, 7, 0),
        ),
    ],
}

#: arriving two days after the install: a denial whose headline names nobody, and a copy
LATER_ITEMS: dict[str, list[tuple[str, str, str, datetime]]] = {
    "CBS News – World": [
        (
            "Spokesman calls talks report 'a fabrication'",
            "https://www.cbsnews.com/news/spokesman-calls-report-fabrication",
            "Dmitry Peskov said Putin and Musk spoke only once, in 2022. The Kremlin said the"
            " newspaper had invented the meetings.",
            _at(22, 9, 57),
        ),
    ],
    # a copy of the same wire story, its link published over plain http with tracking
    # parameters: one story, two outlets; `history --stories` shows each link as published
    "The Guardian – World": [
        (
            "Spokesman calls talks report 'a fabrication' - Reuters",
            "http://www.theguardian.com/world/2026/nov/spokesman-calls-report-fabrication?utm_source=rss&utm_medium=feed",
            "Dmitry Peskov said Putin and Musk spoke only once, in 2022. The Kremlin said the"
            " newspaper had invented the meetings.",
            _at(22, 10, 5),
        ),
    ],
}


@dataclass
class DocsFixture:
    """What the docs are made from."""

    root: Path
    config: Path
    database: Path
    #: every message the Slack stand-in accepted, oldest first
    messages: list[Any]
    #: the stand-in's call log
    transcript: list[str]


def _feed(items: list[tuple[str, str, str, datetime]]) -> str:
    return rss_document(
        [
            {"title": t, "link": link, "guid": link, "summary": s, "pubDate": p}
            for t, link, s, p in items
        ]
    )


def build(root: Path) -> DocsFixture:
    """Poll the feeds at install time and again two days later; deliver to the stand-in."""
    root.mkdir(parents=True, exist_ok=True)
    with FeedServer() as server, SlackStandIn() as slack:
        slack.add_token("xoxb-docs")
        slack.add_channel("claimwatch")
        names = sorted(set(FIRST) | set(LATER_ITEMS))
        paths = {n: f"/feeds/{i}.xml" for i, n in enumerate(names)}
        for name in names:
            server.add(paths[name], _feed(FIRST.get(name, [])))
        cfg_path = write_config(
            root / "config.toml",
            feeds=[{"name": n, "url": server.url(paths[n])} for n in names],
            # one fetch at a time: items are stored in the same order (and ids) on every run
            bot={"database": "state/claimwatch.db", "alert_max_age": "30d", "concurrency": 1},
            slack={"channel": "#claimwatch"},
            claims=CLAIMS,
        )
        clock = FakeClock(INSTALLED)
        cfg = config_mod.load(str(cfg_path))
        cfg = _in(root, cfg)
        app = App.build(cfg, clock=clock, sender=SlackSender("xoxb-docs", slack.base_url))
        try:
            app.cycle(all_feeds=True)
            clock.advance((LATER - clock.now()).total_seconds())
            for name in LATER_ITEMS:
                items = FIRST.get(name, []) + LATER_ITEMS[name]
                server.set(paths[name], _feed(items))
            app.cycle(all_feeds=True)
        finally:
            app.close()
        return DocsFixture(
            root,
            cfg_path,
            root / "state" / "claimwatch.db",
            list(slack.messages()),
            slack.transcript(),
        )


def _in(root: Path, cfg: Any) -> Any:
    """The config with its database under `root` (the file names it relative to `root`)."""
    from dataclasses import replace

    return replace(cfg, bot=replace(cfg.bot, database=str(root / cfg.bot.database)))


BROKEN = """[bot]
poll_interval = "ten"
foo = 1

[[feeds]]
name = "Wire"
url = "ftp://x"

[[claims]]
id = "hormuz-closed"
statement = "Iran closed the Strait of Hormuz"
require = [[]]
"""

SYNTAX = """[[claims]]
id = "hormuz-closed"
statement = "Iran closed the Strait of Hormuz
require = [["Hormuz"]]
"""

DRAFT = """
[[claims]]
id = "kremlin-denies-contact"
statement = "The Kremlin denies that Musk and Putin are in regular contact"
require = [["Kremlin", "Peskov", "Кремль", "Песков"], ["Musk", "Маск"]]
context = ["talks", "contact", "call", "conversation", "spoke"]
"""


def write_drafts(root: Path) -> None:
    """The files the docs' examples name: broken.toml, syntax.toml, draft.toml, edited.toml."""
    (root / "broken.toml").write_text(BROKEN, encoding="utf-8")
    (root / "syntax.toml").write_text(SYNTAX, encoding="utf-8")
    config = (root / "config.toml").read_text(encoding="utf-8")
    (root / "draft.toml").write_text(config + DRAFT, encoding="utf-8")
    # an edit of a stored claim: no context needed any more, and Kiriyenko left out
    context = next(ln for ln in config.splitlines() if ln.startswith("context = "))
    edited = config.replace(context, 'exclude = ["Kiriyenko"]', 1)
    (root / "edited.toml").write_text(edited, encoding="utf-8")
    # another application's database, and a config pointing at it
    import sqlite3

    other = sqlite3.connect(root / "other.db")
    other.executescript("CREATE TABLE entries (id INTEGER); CREATE TABLE feeds (id INTEGER);")
    other.close()
    (root / "other.toml").write_text('[bot]\ndatabase = "other.db"\n' + CLAIMS, encoding="utf-8")

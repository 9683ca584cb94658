"""Articles behind the headlines (issue 17), with real parts: feeds and article pages from a
loopback FeedServer, Slack through the real client at the stand-in, a real SQLite file."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from support import FeedServer, SlackStandIn, redirect, rss_document, static
from support.articles import article_page, paywall_page
from support.feed_server import HTML_TYPE, PUBLIC_IP, PretendInternet
from support.helpers import NOW, write_config

from bot import config as config_mod
from bot.app import App
from bot.clock import FakeClock
from bot.intake.fetch import Fetcher
from bot.pipeline import Poller
from bot.slack.senders import SlackSender

TOKEN = "xoxb-test"
TEASER = "A newspaper says the billionaire talked to the Kremlin."
STORY = [
    "Elon Musk has spoken with Vladimir Putin several times since late 2022, according to"
    " people familiar with the matter, a newspaper reported on Monday.",
    "The report said the conversations covered business and geopolitics, and that several"
    " officials in Washington were aware of them.",
    "Neither Musk nor his companies responded to requests for comment on Monday evening.",
    "The Kremlin denied the report, saying Putin and Musk had only one phone call.",
    "Analysts said the claims, if true, would raise questions about security clearances.",
]
DENIAL = STORY[3]


def _item(feed_server: FeedServer, path: str, guid: str, summary: str = TEASER) -> dict[str, str]:
    return {
        "guid": guid,
        "link": feed_server.url(path),
        "title": "Musk and Putin in regular contact, report says",
        "summary": summary,
        "pubDate": NOW.strftime("%a, %d %b %Y %H:%M:%S +0000"),
    }


def _page(paragraphs: list[str] = STORY, **kw: Any) -> str:
    return article_page("Musk and Putin in regular contact, report says", paragraphs, **kw)


def _app(
    tmp_path: Path,
    slack: SlackStandIn,
    feeds: list[dict[str, Any]],
    clock: FakeClock,
    **bot: Any,
) -> App:
    cfg_path = write_config(
        tmp_path / "config.toml",
        feeds=feeds,
        bot={"article_rate": 100, "article": "auto", **bot},
        slack={"channel": "#claims"},
    )
    cfg = config_mod.load(str(cfg_path))
    return App.build(cfg, clock=clock, sender=SlackSender(TOKEN, slack.base_url))


def _one_cycle(tmp_path: Path, slack: SlackStandIn, feed_server: FeedServer) -> None:
    """One cycle of a bot polling the "Wire" feed at /feed.xml."""
    app = _app(
        tmp_path, slack, [{"name": "Wire", "url": feed_server.url("/feed.xml")}], FakeClock(NOW)
    )
    try:
        app.cycle(all_feeds=True)
    finally:
        app.close()


def _articles(tmp_path: Path) -> list[dict[str, Any]]:
    db = sqlite3.connect(tmp_path / "state" / "claimwatch.db")
    db.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in db.execute("SELECT * FROM articles ORDER BY item_id")]
    finally:
        db.close()


def _alerts(slack: SlackStandIn) -> list[str]:
    return [f"{m.text} {m.blocks}" for m in slack.messages("#claims") if m.thread_ts]


def test_denial_in_paragraph_4_is_a_contradiction_alert(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    feed_server.add("/feed.xml", rss_document([_item(feed_server, "/story", "s1")]))
    feed_server.add("/story", _page(), content_type=HTML_TYPE)
    app = _app(
        tmp_path, slack, [{"name": "Wire", "url": feed_server.url("/feed.xml")}], FakeClock(NOW)
    )
    try:
        app.cycle(all_feeds=True)
        app.cycle(all_feeds=True)  # nothing new: no second fetch, no second alert
    finally:
        app.close()
    alerts = _alerts(slack)
    assert len(alerts) == 1, alerts
    assert "CONTRADICTION" in alerts[0]
    assert DENIAL in alerts[0] and "in the article, paragraph 4" in alerts[0]
    assert feed_server.hits("/story") == 1
    (row,) = _articles(tmp_path)
    assert row["status"] == "ok" and row["language"] == "en" and row["title"]
    assert row["text"].splitlines()[3] == DENIAL
    assert "cookie" not in row["text"].lower() and "Related" not in row["text"]
    print("\n".join(slack.transcript()))
    for m in slack.messages("#claims"):  # what the desk sees (pytest -s)
        texts = [b["text"]["text"] for b in m.blocks or [] if "text" in b]
        texts += [e["text"] for b in m.blocks or [] for e in b.get("elements", [])]
        print(f"--- {m.ts} thread={m.thread_ts}\n" + "\n".join(texts))


def test_summary_only_feed_matches_on_the_article(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    item = _item(feed_server, "/story", "s1", summary="")
    item["title"] = "Kremlin talks: what we know about Musk"
    feed_server.add("/feed.xml", rss_document([item]))
    feed_server.add("/story", _page(), content_type=HTML_TYPE)
    _one_cycle(tmp_path, slack, feed_server)
    (alert,) = _alerts(slack)
    assert "CONTRADICTION" in alert and "paragraph 4" in alert


def test_paywall_is_recorded_and_never_retried(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    feed_server.add("/feed.xml", rss_document([_item(feed_server, "/story", "s1")]))
    feed_server.add("/story", paywall_page("Musk and Putin"), content_type=HTML_TYPE)
    clock = FakeClock(NOW)
    app = _app(tmp_path, slack, [{"name": "Wire", "url": feed_server.url("/feed.xml")}], clock)
    try:
        for _ in range(3):
            app.cycle(all_feeds=True)
            clock.advance(600)
    finally:
        app.close()
    (row,) = _articles(tmp_path)
    assert row["status"] == "paywall" and row["text"] == ""
    assert feed_server.hits("/story") == 1
    (alert,) = _alerts(slack)  # the feed text's own verdict, once
    assert "Update" in alert and "in the article" not in alert


def test_robots_txt_disallow_is_honoured(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    feed_server.add("/feed.xml", rss_document([_item(feed_server, "/news/story", "s1")]))
    feed_server.add("/news/story", _page(), content_type=HTML_TYPE)
    feed_server.add("/robots.txt", "User-agent: *\nDisallow: /news/\n", content_type="text/plain")
    _one_cycle(tmp_path, slack, feed_server)
    assert feed_server.hits("/news/story") == 0 and feed_server.hits("/robots.txt") == 1
    (row,) = _articles(tmp_path)
    assert row["status"] == "robots"
    (alert,) = _alerts(slack)
    assert "Update" in alert


def test_robots_txt_of_the_host_a_redirect_leads_to_is_honoured(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    # the item's link redirects to another origin, whose robots.txt disallows the page:
    # the redirect is not followed (the page is never asked for)
    with FeedServer() as other:
        other.add("/news/story", _page(), content_type=HTML_TYPE)
        other.add("/robots.txt", "User-agent: *\nDisallow: /news/\n", content_type="text/plain")
        feed_server.add("/feed.xml", rss_document([_item(feed_server, "/story", "s1")]))
        feed_server.route("/story", redirect(other.url("/news/story"), 302))
        _one_cycle(tmp_path, slack, feed_server)
        assert other.hits("/news/story") == 0 and other.hits("/robots.txt") == 1
        assert feed_server.hits("/story") == 1
    (row,) = _articles(tmp_path)
    assert row["status"] == "robots" and "redirected" in row["error"]


def test_slow_article_alerts_on_feed_text_then_edit(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    feed_server.add("/feed.xml", rss_document([_item(feed_server, "/story", "s1")]))
    feed_server.route("/story", static(_page(), content_type=HTML_TYPE, delay=3.0))
    clock = FakeClock(NOW)
    app = _app(
        tmp_path,
        slack,
        [{"name": "Wire", "url": feed_server.url("/feed.xml")}],
        clock,
        article_wait="1s",
    )
    try:
        app.cycle(all_feeds=True)
        (job,) = app.poller.articles.jobs
        assert not job.future.done()  # the alert went out while the article was on its way
        first = _alerts(slack)
        assert len(first) == 1 and "Update" in first[0]  # on the feed text
        job.future.result(timeout=30)  # the article comes in
        clock.advance(60)
        app.cycle()  # no feed is due: the late article is applied, and delivered
    finally:
        app.close()
    alerts = _alerts(slack)
    assert len(alerts) == 2, alerts
    assert (
        "CONTRADICTION" in alerts[1]
        and "stance changed from update to contradiction" in (alerts[1])
    )
    assert "paragraph 4" in alerts[1]


def test_redirect_to_a_private_address_is_refused(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    internet = PretendInternet(
        names={"news.example.com": [PUBLIC_IP]}, routes={PUBLIC_IP: feed_server.port}
    )
    item = _item(feed_server, "/story", "s1")
    item["link"] = "http://news.example.com/story"
    feed_server.add("/feed.xml", rss_document([item]))
    feed_server.route("/story", redirect(feed_server.url("/secret"), 302))
    feed_server.add("/secret", _page(), content_type=HTML_TYPE)
    cfg_path = write_config(
        tmp_path / "config.toml",
        feeds=[{"name": "Public", "url": "http://news.example.com/feed.xml"}],
        bot={"article_rate": 100, "article": "auto"},
    )
    cfg = config_mod.load(str(cfg_path))
    app = App.build(cfg, clock=FakeClock(NOW), sender=SlackSender(TOKEN, slack.base_url))
    app.poller.close()
    app.poller = Poller(cfg, app.store, app.clock, fetcher=Fetcher("t", network=internet))
    try:
        app.cycle(all_feeds=True)
    finally:
        app.close()
    assert feed_server.hits("/secret") == 0
    (row,) = _articles(tmp_path)
    assert row["status"] == "blocked" and "127.0.0.1" in row["error"]


def test_ten_megabyte_page_is_cut(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    page = _page().replace("</article>", "</article>" + "<p>filler filler</p>" * 600_000)
    assert len(page) > 10 * 1024 * 1024
    feed_server.add("/feed.xml", rss_document([_item(feed_server, "/story", "s1")]))
    feed_server.add("/story", page, content_type=HTML_TYPE)
    _one_cycle(tmp_path, slack, feed_server)
    (row,) = _articles(tmp_path)
    assert row["cut"] == 1 and row["status"] == "ok" and DENIAL in row["text"]
    (alert,) = _alerts(slack)
    assert "CONTRADICTION" in alert


def test_russian_page_in_windows_1251(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    paras = [
        "Илон Маск регулярно разговаривал с Владимиром Путиным с конца 2022 года, пишет газета.",
        "По данным издания, разговоры касались бизнеса и геополитики.",
        "Компания Маска не ответила на запрос о комментарии.",
        "Кремль опроверг эти сообщения: Песков заявил, что у Путина и Маска был только один"
        " телефонный разговор.",
    ]
    html = _page(paras, lang="ru", charset="windows-1251").encode("cp1251")
    item = _item(feed_server, "/ru", "r1", summary="Газета пишет о контактах Маска и Кремля.")
    item["title"] = "Маск и Путин: газета пишет о разговорах"
    feed_server.add("/feed.xml", rss_document([item]))
    feed_server.add("/ru", html, content_type="text/html; charset=windows-1251")
    app = _app(
        tmp_path, slack, [{"name": "RU", "url": feed_server.url("/feed.xml")}], FakeClock(NOW)
    )
    try:
        app.cycle(all_feeds=True)
    finally:
        app.close()
    (row,) = _articles(tmp_path)
    assert row["status"] == "ok" and row["language"] == "ru"
    assert "Песков заявил" in row["text"]


@pytest.mark.parametrize(("mode", "fetched"), [("never", 0), ("auto", 0), ("always", 2)])
def test_modes_per_feed(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn, mode: str, fetched: int
) -> None:
    weather = {
        "guid": "w1",
        "link": feed_server.url("/weather"),
        "title": "Storms expected across northern Europe",
        "summary": "Forecasters warn of high winds.",
    }
    full = _item(feed_server, "/story", "s1", summary=" ".join(STORY))  # the whole story
    feed_server.add("/feed.xml", rss_document([weather, full]))
    feed_server.add("/weather", _page(["Rain. " * 80]), content_type=HTML_TYPE)
    feed_server.add("/story", _page(), content_type=HTML_TYPE)
    feeds = [{"name": "Wire", "url": feed_server.url("/feed.xml"), "article": mode}]
    app = _app(
        tmp_path, slack, feeds, FakeClock(NOW), article="never" if mode != "never" else "always"
    )
    try:
        app.cycle(all_feeds=True)
    finally:
        app.close()
    assert feed_server.hits("/weather") + feed_server.hits("/story") == fetched


def test_operations_search_and_retention(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    from datetime import timedelta

    from click.testing import CliRunner

    from bot.cli import cli
    from bot.store.queries import search
    from bot.store.retention import prune_unmatched

    weather = {
        "guid": "w1",
        "link": feed_server.url("/weather"),
        "title": "Storms expected across northern Europe",
        "summary": "Forecasters warn of high winds.",
    }
    feed_server.add("/feed.xml", rss_document([_item(feed_server, "/story", "s1"), weather]))
    feed_server.add("/story", _page(), content_type=HTML_TYPE)
    feed_server.add("/weather", _page(["Heavy rain and gales over the Baltic."] * 4))
    feeds = [{"name": "Wire", "url": feed_server.url("/feed.xml"), "article": "always"}]
    app = _app(tmp_path, slack, feeds, FakeClock(NOW))
    try:
        app.cycle(all_feeds=True)
        hits = search(app.store.conn, "security clearances")  # only in the article
        assert [h.headline for h in hits] == ["Musk and Putin in regular contact, report says"]
        assert hits[0].snippet.startswith("(article)")
        # retention deletes an unmatched item with its article (and its FTS rows)
        app.clock.advance(timedelta(days=400).total_seconds())  # type: ignore[attr-defined]
        assert prune_unmatched(app.store, app.clock.now(), 365) == 1
        assert search(app.store.conn, "Baltic") == []
    finally:
        app.close()
    cfg = str(tmp_path / "config.toml")
    runner = CliRunner()
    out = runner.invoke(cli, ["feeds", "--config", cfg], env={"COLUMNS": "200"})
    assert out.exit_code == 0 and "articles" in out.output, out.output
    out = runner.invoke(cli, ["feeds", "--format", "json", "--config", cfg])
    assert '"ok": 1' in out.output
    (row,) = [r for r in _articles(tmp_path)]
    item_id = row["item_id"]
    out = runner.invoke(cli, ["article", str(item_id), "--config", cfg])
    assert out.exit_code == 0 and f"[4] {DENIAL}" in out.output and "status: ok" in out.output
    out = runner.invoke(
        cli, ["explain", "--claim", "musk-putin-contact", "--item", str(item_id), "--config", cfg]
    )
    assert out.exit_code == 0 and "in the article, paragraph 4" in out.output, out.output
    out = runner.invoke(cli, ["history", "--config", cfg], env={"COLUMNS": "300"})
    assert "paragraph 4" in out.output, out.output
    html = tmp_path / "report.html"
    out = runner.invoke(
        cli, ["report", "--claim", "musk-putin-contact", "--out", str(html), "--config", cfg]
    )
    assert out.exit_code == 0, out.output
    assert "in the article, paragraph 4" in html.read_text(encoding="utf-8")
    out = runner.invoke(cli, ["article", "999", "--config", cfg])
    assert out.exit_code == 2 and "no item 999" in out.output


def test_one_story_one_alert_for_article_verdicts(
    tmp_path: Path, feed_server: FeedServer, slack: SlackStandIn
) -> None:
    feed_server.add("/a.xml", rss_document([_item(feed_server, "/story", "a1")]))
    feed_server.add("/b.xml", rss_document([_item(feed_server, "/story", "b1")]))
    feed_server.add("/story", _page(), content_type=HTML_TYPE)
    feeds = [
        {"name": "Outlet A", "url": feed_server.url("/a.xml")},
        {"name": "Outlet B", "url": feed_server.url("/b.xml")},
    ]
    app = _app(tmp_path, slack, feeds, FakeClock(NOW))
    try:
        app.cycle(all_feeds=True)
    finally:
        app.close()
    alerts = _alerts(slack)
    assert len(alerts) == 1 and "CONTRADICTION" in alerts[0], alerts

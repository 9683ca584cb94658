"""The pure article decisions (bot.articles) and the extraction verdict (judge)."""

from __future__ import annotations

from bot.articles import (
    article_alerts,
    matching_text,
    paragraph_of,
    too_short,
    wants_article,
)
from bot.intake.article import Extracted, decode_page, judge
from bot.records import Article, Match

LINK = "https://news.example/story"


def test_too_short_and_wants_article() -> None:
    assert too_short("") and too_short("One teaser sentence. And another.")
    assert not too_short("One. Two sentences here. Three of them now.")
    assert not too_short("word " * 300)  # long enough, whatever its sentences
    assert wants_article("auto", LINK, "", candidate=True)
    assert not wants_article("auto", LINK, "", candidate=False)
    assert wants_article("always", LINK, "A. B. C. D.", candidate=False)
    assert not wants_article("never", LINK, "", candidate=True)
    assert not wants_article("always", "javascript:alert(1)", "", candidate=True)
    assert not wants_article("always", None, "", candidate=True)


def test_paragraph_of() -> None:
    paras = ["Intro sentence here.", "The Kremlin denied it. Others did not.", "End."]
    assert paragraph_of("The Kremlin denied it.", "T", "lede", paras) == 2
    assert paragraph_of("lede", "T", "lede", paras) is None  # the feed's own text
    assert paragraph_of("Not anywhere at all.", "T", "lede", paras) is None
    assert "Heading." in matching_text("", ["Heading", "Body text."])


def _m(claim: str, stance: str) -> Match:
    return Match(claim, stance, 90.0, "evidence")  # type: ignore[arg-type]


def test_article_alerts_one_follow_up_never_a_repeat() -> None:
    contra = [_m("c1", "contradiction")]
    # in time: the held alert is replaced by the article's verdict, as a new alert
    assert article_alerts({"c1": "update"}, contra, {"c1"}, fresh=True) == {"c1": None}
    # late: the feed text's alert was sent; the article's contradiction is one edit
    assert article_alerts({"c1": "update"}, contra, set(), fresh=False) == {
        "c1": "the article: stance changed from update to contradiction"
    }
    # the article agrees with what was sent: nothing
    assert article_alerts({"c1": "contradiction"}, contra, set(), fresh=False) == {}
    # a claim only the article has
    assert article_alerts({}, contra, set(), fresh=False) == {
        "c1": "the article: now matches this claim"
    }
    # the article removes a match: no alert
    assert article_alerts({"c1": "update"}, [], set(), fresh=False) == {}


def test_judge_walls_and_fallback() -> None:
    head = Article(LINK, "failed")
    assert judge(head, None, "teaser").status == "paywall"
    short = Extracted("teaser")
    assert judge(head, short, "teaser, and more").status == "paywall"
    wall = Extracted("Subscribe to continue reading. Already a subscriber? Sign in.")
    assert judge(head, wall, "x").status == "paywall"
    story = Extracted("Headline\nFirst paragraph of the story.\nSecond.", title="Headline")
    got = judge(head, story, "x")
    assert got.status == "ok" and got.paragraphs == ["First paragraph of the story.", "Second."]
    assert got.content_hash and len(got.content_hash) == 64


def test_decode_page_declared_charsets() -> None:
    ru = "Кремль".encode("cp1251")
    assert decode_page(ru, "text/html; charset=windows-1251") == "Кремль"
    meta = b'<meta charset="windows-1251">' + ru
    assert isinstance(decode_page(meta, "text/html"), str)
    assert decode_page(ru, "text/html") == ru  # none declared: trafilatura guesses
    assert decode_page(ru, "text/html; charset=nonsense") == ru


def test_host_pacer_one_page_a_second_per_host() -> None:
    import threading

    from bot.intake.article import HostPacer

    now = [100.0]

    class Waits(threading.Event):
        """A stop flag whose waits move the injected clock instead of sleeping."""

        def wait(self, timeout: float | None = None) -> bool:
            now[0] += timeout or 0.0
            return False

    pacer = HostPacer(1.0, Waits(), monotonic=lambda: now[0])
    for _ in range(3):
        pacer.wait("news.example")
    assert round(now[0] - 100.0, 6) == 2.0  # turns at 0 s, 1 s, 2 s
    pacer.wait("other.example")  # another host does not wait
    assert round(now[0] - 100.0, 6) == 2.0

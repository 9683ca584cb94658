"""StoryIndex: copies across outlets join one story; different stories stay apart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count

from bot.intake.links import canonical_url
from bot.stories.index import StoryConfig, StoryIndex, StoryRow, default_story_id
from bot.stories.titles import normalise_title

T0 = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)

FED = (
    "The Federal Reserve raised its benchmark interest rate by a quarter percentage point on "
    "Wednesday, its tenth increase in just over a year, while signalling it may soon pause as "
    "turmoil among regional banks weighs on lending."
)
MUSK = (
    "Elon Musk said on Tuesday he had spoken with Vladimir Putin about space launches and "
    "satellite coverage, according to people familiar with the call."
)
PUTIN = (
    "Russian President Vladimir Putin praised Elon Musk as an outstanding businessman during an "
    "economic forum in Moscow, the Kremlin said in a statement."
)


def assign(
    index: StoryIndex,
    key: str,
    title: str,
    summary: str = "",
    *,
    link: str = "",
    minutes: float = 0,
    outlet: str = "",
):
    return index.assign(
        key, canonical_url(link), title, summary, T0 + timedelta(minutes=minutes), outlet or key
    )


def test_three_outlets_one_story() -> None:
    index = StoryIndex()
    a = assign(
        index,
        "reuters",
        "Fed raises interest rates by a quarter point",
        FED,
        link="https://www.reuters.com/markets/fed-raises-rates-2024-05-01/",
    )
    b = assign(
        index,
        "ap",
        "Report: Fed raises interest rates by quarter point - AP News",
        FED[:140] + "…",
        link="https://apnews.com/article/fed-rates-abc123",
        minutes=20,
    )
    c = assign(
        index,
        "cnn",
        "WATCH: FED RAISES INTEREST RATES BY A QUARTER POINT",
        "",
        link="https://edition.cnn.com/2024/05/01/economy/fed-rates",
        minutes=45,
    )
    assert a.is_new and a.reason == "new" and a.matched_item is None
    assert (b.story_id, c.story_id) == (a.story_id, a.story_id)
    assert not b.is_new and b.reason == "text" and b.matched_item == "reuters"
    assert c.reason == "text" and c.similarity >= 88
    assert c.outlets == ("reuters", "ap", "cnn")
    assert index.members(a.story_id) == ("reuters", "ap", "cnn")


def test_html_entities_and_outlet_suffix_do_not_matter() -> None:
    index = StoryIndex()
    a = assign(index, "a", "Israel’s cabinet approves ceasefire deal with Hamas", FED)
    b = assign(index, "b", "Israel&#8217;s cabinet approves ceasefire deal with Hamas | CNN", "")
    assert b.story_id == a.story_id


def test_same_people_different_stories_stay_apart() -> None:
    index = StoryIndex()
    a = assign(index, "x", "Musk talks to Putin", MUSK)
    b = assign(index, "y", "Putin praises Musk", PUTIN, minutes=5)
    c = assign(index, "z", "Putin praises Musk", "", minutes=6)  # title only: the copy
    assert b.is_new and b.story_id != a.story_id
    assert c.story_id == b.story_id
    # without summaries the headlines alone do not merge either
    bare = StoryIndex()
    assert (
        assign(bare, "x", "Musk talks to Putin").story_id
        != assign(bare, "y", "Putin praises Musk").story_id
    )


def test_generic_and_empty_headlines_never_match_on_text() -> None:
    index = StoryIndex()
    for i, title in enumerate(
        [
            "World news",
            "Live updates",
            "",
            "World news",
            "Live updates",
            "",
            "Breaking news",
            "LIVE: Latest updates",
        ]
    ):
        decision = assign(index, f"k{i}", title, minutes=i)
        assert decision.is_new, title


def test_numbered_series_stay_apart() -> None:
    index = StoryIndex()
    a = assign(index, "a", "An App From Scratch: Part 4 – System Design", outlet="Blog A")
    b = assign(index, "b", "An App From Scratch: Part 5 – System Design", outlet="Blog B")
    assert a.story_id != b.story_id


def test_one_outlet_does_not_syndicate_to_itself() -> None:
    index = StoryIndex()
    a = assign(
        index,
        "a",
        "Gray Zone Warfare anti-cheat status",
        "Status: Broken => Running",
        outlet="AreWeAntiCheatYet",
    )
    b = assign(
        index,
        "b",
        "Gray Zone Warfare anti-cheat status",
        "Anticheats: Easy Anti-Cheat",
        outlet="AreWeAntiCheatYet",
    )
    assert a.story_id != b.story_id


def test_tracking_and_amp_links_join_by_link() -> None:
    index = StoryIndex()
    a = assign(
        index,
        "a",
        "Completely different headline one",
        link="https://www.example.com/news/story-1?utm_source=rss",
    )
    b = assign(index, "b", "Nothing alike here", link="https://m.example.com/news/amp/story-1#x")
    assert b.story_id == a.story_id and b.reason == "link" and b.similarity == 100


def test_known_item_is_idempotent() -> None:
    index = StoryIndex()
    a = assign(index, "a", "Fed raises interest rates by a quarter point", FED)
    again = assign(index, "a", "Edited headline", "", minutes=30)
    assert again.reason == "known" and again.story_id == a.story_id and not again.is_new
    assert len(index) == 1


def test_window_expiry() -> None:
    index = StoryIndex(StoryConfig(window=timedelta(hours=72)))
    a = assign(index, "a", "Fed raises interest rates by a quarter point", FED)
    inside = assign(
        index, "b", "Fed raises interest rates by a quarter point - Reuters", "", minutes=71 * 60
    )
    assert inside.story_id == a.story_id
    late = assign(
        index, "c", "Fed raises interest rates by a quarter point | AP", "", minutes=150 * 60
    )
    assert late.is_new and late.story_id != a.story_id
    assert "a" not in index and "b" not in index and "c" in index
    assert index.expire(T0 + timedelta(days=30)) == ["c"]
    assert len(index) == 0


def test_expiry_is_driven_by_now_when_given() -> None:
    index = StoryIndex()
    assign(index, "a", "Fed raises interest rates by a quarter point", FED)
    decision = index.assign(
        "b",
        "",
        "Fed raises interest rates by a quarter point",
        "",
        T0,
        "B",
        now=T0 + timedelta(days=4),
    )
    assert decision.is_new  # "a" expired before the decision
    assert index.story_of("a") is None


def test_load_rebuilds_the_same_clusters_and_decisions() -> None:
    items = [
        ("r", "Fed raises interest rates by a quarter point", FED, 0),
        ("p", "Putin praises Musk", PUTIN, 3),
        ("ap", "Report: Fed raises interest rates by quarter point", FED[:120], 10),
        ("m", "Musk talks to Putin", MUSK, 12),
    ]
    live = StoryIndex()
    rows: list[StoryRow] = []
    for key, title, summary, minute in items:
        rows.append(assign(live, key, title, summary, minutes=minute).row)
    rebuilt = StoryIndex.load(reversed(rows))
    for key, *_ in items:
        assert rebuilt.story_of(key) == live.story_of(key)
    follow = ("cnn", "FED RAISES INTEREST RATES BY A QUARTER POINT | CNN", "")
    d_live = assign(live, *follow, minutes=30)
    d_rebuilt = assign(rebuilt, *follow, minutes=30)
    assert d_live == d_rebuilt
    assert d_live.story_id == live.story_of("r")


def test_load_drops_rows_outside_the_window() -> None:
    rows = [
        StoryRow(
            "old",
            "s-old",
            "",
            "Fed raises interest rates by a quarter point",
            FED,
            T0 - timedelta(days=10),
            "A",
        ),
        StoryRow("new", "s-new", "", "Musk talks to Putin", MUSK, T0, "B"),
    ]
    index = StoryIndex.load(rows, now=T0)
    assert "old" not in index and index.story_of("new") == "s-new"


def test_story_ids_deterministic_and_from_callback() -> None:
    first = assign(StoryIndex(), "feed:guid-1", "Fed raises interest rates by a quarter point")
    second = assign(StoryIndex(), "feed:guid-1", "Fed raises interest rates by a quarter point")
    assert first.story_id == second.story_id == default_story_id("feed:guid-1")
    ids = count(1)
    index = StoryIndex(new_story_id=lambda _key: next(ids))
    a = assign(index, "a", "Fed raises interest rates by a quarter point", FED)
    b = assign(index, "b", "Musk talks to Putin", MUSK)
    c = assign(index, "c", "Fed raises interest rates by a quarter point - Reuters", "")
    assert (a.story_id, b.story_id, c.story_id) == (1, 2, 1)


def test_decisions_do_not_depend_on_hash_seed_or_order_of_equal_candidates() -> None:
    def run() -> list[object]:
        index = StoryIndex()
        out = []
        for i in range(3):
            out.append(
                assign(
                    index,
                    f"orig{i}",
                    "Fed raises interest rates by a quarter point",
                    FED,
                    outlet=f"O{i}",
                    minutes=i,
                ).story_id
            )
        return out

    assert run() == run()


def test_normalise_title() -> None:
    assert normalise_title("Report: Fed raises rates - Reuters") == "fed raise rate"
    assert normalise_title("WATCH: Zelenskyy’s visit (video)") == "zelenskyy visit"
    assert normalise_title("An App From Scratch: Part 4 – System Design") == (
        "an app from scratch part 4 system design"
    )


def test_one_outlet_two_links_are_two_items_even_with_the_same_text() -> None:
    index = StoryIndex()
    a = assign(
        index,
        "a",
        "AWS SSA-C03 exam renewal notes",
        FED,
        outlet="Blog",
        link="https://blog.example/2022/aws-ssa-c03-exam",
    )
    b = assign(
        index,
        "b",
        "AWS SSA-C03 exam renewal notes",
        FED,
        outlet="Blog",
        link="https://blog.example/2025/aws-ssa-c03-exam",
    )
    c = assign(index, "c", "AWS SSA-C03 exam renewal notes", FED, outlet="Blog")  # no link
    assert a.story_id != b.story_id
    assert c.story_id in (a.story_id, b.story_id)  # link-less identical entry: the same again


def test_headline_of_common_words_still_finds_its_copy() -> None:
    index = StoryIndex()
    for i in range(250):  # make every headline word common in the window
        assign(index, f"noise{i}", f"React state everything note {i}", outlet=f"N{i}")
    a = assign(index, "a", "React: Not Everything Is State", MUSK, outlet="Blog")
    b = assign(index, "b", "REACT: NOT EVERYTHING IS STATE | CNN", "", outlet="CNN")
    assert b.story_id == a.story_id


def test_status_updates_that_differ_only_in_punctuation_are_two_items() -> None:
    index = StoryIndex()
    text = "Anticheats: Active Anticheat, nProtect GameGuard, 4game Guard / Frost Security"
    a = assign(index, "a", "AION (EU)", f"{text} => 4game Guard (Frost Security)", outlet="ACY")
    b = assign(index, "b", "AION (EU)", f"{text} => 4game Guard (Frost Security)", outlet="ACY")
    c = assign(
        index, "c", "AION (EU)", "Anticheats: 4game Guard (Frost Security) => " + text, outlet="ACY"
    )
    assert a.story_id == b.story_id  # the same entry again (a feed minting new guids)
    assert c.story_id != a.story_id  # the reverse change is another update


def test_two_pages_of_one_site_are_two_articles() -> None:
    index = StoryIndex()
    title = "Preparing for the AWS solutions architect associate exam in one month"
    old = assign(index, "old", title, MUSK, link="https://blog.example.org/2022/10/aws-exam")
    # a copy elsewhere of the newer post first joins the old one on its text ...
    copy = assign(
        index,
        "copy",
        title,
        MUSK,
        link="https://blog.example.org/2025/10/aws-exam?utm_source=feed",
        outlet="aggregator",
        minutes=5,
    )
    # ... but a story holding one page of a site refuses another page of the same site
    assert copy.story_id != old.story_id


def test_backlog_items_far_outside_the_window_start_stories_without_matching() -> None:
    index = StoryIndex()
    title = "Fed raises interest rates by a quarter point"
    recent = index.assign("r", "", title, FED, T0 - timedelta(days=2), "A", now=T0)
    # 2.5 days before "r": within one window of it, so still a copy (then expired)
    near = index.assign("n", "", title, FED, T0 - timedelta(days=4, hours=12), "B", now=T0)
    assert near.story_id == recent.story_id and near.reason == "text"
    # more than two windows old: nothing in the index is within a window of it
    old = index.assign("o", "", title, FED, T0 - timedelta(days=7), "C", now=T0)
    assert old.is_new and old.reason == "new" and old.similarity == 0.0
    assert old.story_id == default_story_id("o") and old.outlets == ()
    assert "o" not in index and "n" not in index and index.members(recent.story_id) == ("r",)
    assert old.row.summary == FED and old.row.seen == T0 - timedelta(days=7)


def test_load_skips_expired_rows_but_keeps_the_first_row_of_a_key() -> None:
    title = "Fed raises interest rates by a quarter point"
    rows = [
        StoryRow("k", "s-old", "", title, FED, T0 - timedelta(days=10), "A"),
        StoryRow("k", "s-new", "", title, FED, T0, "A"),  # the earlier row of "k" stands
        StoryRow("m", "s-m", "", "Musk talks to Putin", MUSK, T0, "B"),
    ]
    index = StoryIndex.load(rows, now=T0)
    assert "k" not in index and index.story_of("m") == "s-m" and len(index) == 1
    assert StoryIndex.load(rows).story_of("m") == "s-m"  # relative to the newest row

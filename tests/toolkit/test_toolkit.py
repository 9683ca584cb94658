"""The journalist's toolkit on a fixture database built through the real store.

history, search, claims, try, report and browse through the CLI (every output format),
hostile search input, backtesting that writes nothing, retention, and WAL readers.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st
from support.toolkit_fixture import build_db, fixture_time

from bot.cli import cli
from bot.records import Item
from bot.store import ItemWrite, queries
from bot.store.retention import prune_unmatched
from bot.store.sqlite import SQLiteStore
from bot.toolkit import browse

HOSTILE = [
    '"',
    '""',
    "*",
    "kremlin*",
    "NEAR(",
    "NEAR(kremlin musk, 2)",
    "'; DROP TABLE items; --",
    "AND OR NOT",
    "musk AND",
    "(((",
    ")",
    "title:kremlin",
    "^kremlin",
    "- + : {} [] \\",
    "Кремль «Маск»",
    "马斯克 星链",
    "Ñandú café\u0301 \u200b",
    "\x00",
    "   ",
]


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_db(tmp_path_factory.mktemp("toolkit"))


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False, env={"COLUMNS": "200"})
    return result


def ok(*args: str) -> str:
    result = run(*args)
    assert result.exit_code == 0, result.output + (result.stderr or "")
    return result.stdout


# ── history ─────────────────────────────────────────────────────────────────────────
def test_history_table_lists_matches_newest_first(fixture_db: tuple[Path, Path]) -> None:
    cfg, _ = fixture_db
    out = ok("history", "--config", str(cfg))
    assert "CONTRADICTION" in out and "Kremlin denies report" in out
    assert "https://state.example/news/s-1" in out
    assert out.index("Кремль") < out.index("Kremlin denies")  # newest first
    assert "Storms expected" not in out  # never matched


def test_history_json_has_every_field(fixture_db: tuple[Path, Path]) -> None:
    cfg, _ = fixture_db
    rows = json.loads(ok("history", "--config", str(cfg), "--format", "json"))
    assert len(rows) == 5
    denial = next(r for r in rows if r["stance"] == "contradiction")
    assert denial["outlet"] == "State Agency"
    assert denial["claim_id"] == "musk-putin-contact"
    assert "only one phone call" in denial["evidence"]
    assert denial["cue"] and denial["link"] == "https://state.example/news/s-1"
    assert denial["matched_at"].endswith("Z") and denial["outlets_in_story"] == 1
    assert [r["matched_at"] for r in rows] == sorted((r["matched_at"] for r in rows), reverse=True)


def test_history_csv_round_trips(fixture_db: tuple[Path, Path]) -> None:
    cfg, _ = fixture_db
    out = ok("history", "--config", str(cfg), "--format", "csv", "--stance", "contradiction")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 1
    assert rows[0]["headline"] == "Kremlin denies report that Musk held regular talks with Putin"
    assert rows[0]["stance"] == "contradiction"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--claim", "starlink-taiwan"], {"d-1"}),
        (["--claim", "musk-putin-contact", "--since", "7d"], {"w-2", "s-2"}),
        (["--since", "15d", "--until", "5d"], {"d-1"}),
        (["--feed", "wire service"], {"w-1", "w-2"}),
        (["--stance", "update", "--limit", "2"], {"s-2", "w-2"}),
        (["--claim", "no-such-claim"], set()),
    ],
)
def test_history_filters(
    fixture_db: tuple[Path, Path], args: list[str], expected: set[str]
) -> None:
    cfg, _ = fixture_db
    rows = json.loads(ok("history", "--config", str(cfg), "--format", "json", *args))
    assert {r["link"].rsplit("/", 1)[1] for r in rows} == expected


def test_history_until_a_date_includes_that_day(fixture_db: tuple[Path, Path]) -> None:
    cfg, _ = fixture_db
    # the day it was published (20 minutes before it was seen: another day just after
    # midnight UTC)
    day = (fixture_time(12) - timedelta(minutes=20)).date().isoformat()
    rows = json.loads(
        ok("history", "--config", str(cfg), "--format", "json", "--since", day, "--until", day)
    )
    assert [r["link"].rsplit("/", 1)[1] for r in rows] == ["d-1"]


def test_bad_since_is_a_clean_error(fixture_db: tuple[Path, Path]) -> None:
    cfg, _ = fixture_db
    result = run("history", "--config", str(cfg), "--since", "last tuesday")
    assert result.exit_code == 2
    assert "'last tuesday' is not a time" in result.stderr


def test_missing_database_is_a_clean_error(tmp_path: Path) -> None:
    result = run("history", "--database", str(tmp_path / "none.db"))
    assert result.exit_code == 2 and "no database at" in result.stderr
    assert not (tmp_path / "none.db").exists()


# ── search ──────────────────────────────────────────────────────────────────────────
def test_search_ranks_and_marks(fixture_db: tuple[Path, Path]) -> None:
    cfg, _ = fixture_db
    rows = json.loads(ok("search", "--config", str(cfg), "kremlin denies", "--format", "json"))
    assert rows[0]["headline"].startswith("Kremlin denies")
    assert rows[0]["matches"] == "musk-putin-contact:contradiction"
    assert all(rows[i]["rank"] <= rows[i + 1]["rank"] for i in range(len(rows) - 1))
    out = ok("search", "--config", str(cfg), "kremlin")
    assert "Storms expected" in out  # search covers unmatched items too
    assert "[Kremlin]" in out


def test_search_phrases_and_filters(fixture_db: tuple[Path, Path]) -> None:
    cfg, _ = fixture_db
    rows = json.loads(ok("search", "--config", str(cfg), '"one phone call"', "--format", "json"))
    assert [r["item_id"] for r in rows] == [2]
    assert not json.loads(
        ok("search", "--config", str(cfg), '"phone one call"', "--format", "json")
    )
    rows = json.loads(
        ok("search", "--config", str(cfg), "musk", "--stance", "contradiction", "--format", "json")
    )
    assert [r["headline"][:14] for r in rows] == ["Kremlin denies"]
    out = ok("search", "--config", str(cfg), "musk", "--format", "csv", "--feed", "Daily Courier")
    assert next(iter(csv.DictReader(io.StringIO(out))))["outlet"] == "Daily Courier"


def test_search_unicode(fixture_db: tuple[Path, Path]) -> None:
    cfg, _ = fixture_db
    rows = json.loads(ok("search", "--config", str(cfg), "кремль", "--format", "json"))
    assert [r["outlet"] for r in rows] == ["State Agency"]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_search_input_is_plain_words(fixture_db: tuple[Path, Path], query: str) -> None:
    cfg, db = fixture_db
    result = run("search", "--config", str(cfg), "--format", "json", "--", query)
    assert result.exit_code == 0, result.stderr
    json.loads(result.stdout)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == 7
    conn.close()


def test_hostile_headline_is_found_by_its_words(fixture_db: tuple[Path, Path]) -> None:
    cfg, _ = fixture_db
    for query in ("'; DROP TABLE items; --", 'NEAR( "quotes"', "DROP TABLE"):
        rows = json.loads(ok("search", "--config", str(cfg), query, "--format", "json"))
        assert [r["link"].rsplit("/", 1)[1] for r in rows] == ["d-3"], query


def test_fts_query_quotes_every_token() -> None:
    assert queries.fts_query("kremlin denies") == '"kremlin" "denies"'
    assert queries.fts_query('"one phone call" musk') == '"one phone call" "musk"'
    assert queries.fts_query('say "hi') == '"say" """hi"'
    assert queries.fts_query("AND OR NOT") == '"AND" "OR" "NOT"'
    assert queries.fts_query("* ( ) --") is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_a_valid_fts_query(text: str) -> None:
    conn = _fts_conn()
    query = queries.fts_query(text)
    if query is not None:
        conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall()


_FTS: sqlite3.Connection | None = None


def _fts_conn() -> sqlite3.Connection:
    global _FTS
    if _FTS is None:
        _FTS = sqlite3.connect(":memory:", check_same_thread=False)
        _FTS.execute(
            "CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')"
        )
        _FTS.execute("INSERT INTO t VALUES ('kremlin denies the report')")
    return _FTS


# ── claims ──────────────────────────────────────────────────────────────────────────
def test_claims_counts_and_outlets(fixture_db: tuple[Path, Path]) -> None:
    cfg, _ = fixture_db
    rows = json.loads(ok("claims", "--config", str(cfg), "--format", "json"))
    by_id = {r["claim_id"]: r for r in rows}
    musk = by_id["musk-putin-contact"]
    assert (musk["updates"], musk["contradictions"]) == (3, 1)
    assert musk["outlets"] == ["State Agency", "Wire Service"]
    assert musk["first_seen"] < musk["last_seen"]
    assert by_id["starlink-taiwan"]["outlets"] == ["Daily Courier"]
    table = ok("claims", "--config", str(cfg))
    assert "2: State Agency, Wire Service" in table
    out = ok("claims", "--config", str(cfg), "--format", "csv")
    rows_csv = list(csv.DictReader(io.StringIO(out)))
    assert rows_csv[0]["outlets"] == "State Agency; Wire Service"


# ── try ─────────────────────────────────────────────────────────────────────────────
DRAFT = """
[[claims]]
id = "kremlin-denial"
statement = "The Kremlin denies that Musk and Putin are in contact"
require = [["Kremlin", "Peskov", "Кремль", "Песков"], ["Musk", "Маск"]]
"""


def _snapshot(db: Path) -> tuple[object, ...]:
    st_ = db.stat()
    conn = sqlite3.connect(db)
    counts = tuple(
        conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("items", "matches", "alerts", "feeds", "cycles")
    )
    conn.close()
    wal = db.with_name(db.name + "-wal")
    return (st_.st_mtime_ns, st_.st_size, wal.stat().st_size if wal.exists() else 0, counts)


def test_try_a_draft_claim_writes_nothing(fixture_db: tuple[Path, Path], tmp_path: Path) -> None:
    cfg, db = fixture_db
    draft = tmp_path / "draft.toml"
    draft.write_text(cfg.read_text(encoding="utf-8") + DRAFT, encoding="utf-8")
    before = _snapshot(db)
    out = ok("try", "--config", str(draft), "--claim", "kremlin-denial")
    assert "Would have matched 2 (1 update, 1 contradiction) and sent 2 alerts" in out
    assert "Nothing was sent or written." in out
    doc = json.loads(
        ok("try", "--config", str(draft), "--claim", "kremlin-denial", "--format", "json")
    )
    assert doc["items_scanned"] == 7 and doc["contradictions"] == 1
    assert sum(doc["alerts_per_day"].values()) == doc["alerts"] == 2
    assert {h["link"].rsplit("/", 1)[1] for h in doc["hits"]} == {"s-1", "s-2"}
    out = ok("try", "--config", str(draft), "--claim", "kremlin-denial", "--format", "csv")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 2
    assert _snapshot(db) == before


def test_try_an_edited_claim_compares_with_stored(
    fixture_db: tuple[Path, Path], tmp_path: Path
) -> None:
    cfg, _ = fixture_db
    edited = cfg.read_text(encoding="utf-8").replace(
        'require = [["Musk"], ["Putin", "Kremlin"]]',
        'require = [["Musk"], ["Putin"]]\nexclude = ["Кремль"]',
    )
    draft = tmp_path / "edited.toml"
    draft.write_text(edited, encoding="utf-8")
    doc = json.loads(
        ok("try", "--config", str(draft), "--claim", "musk-putin-contact", "--format", "json")
    )
    found = {h["link"].rsplit("/", 1)[1] for h in doc["hits"]}
    assert "s-2" not in found and doc["new_compared_with_stored"] == 0
    assert doc["lost_compared_with_stored"] == 4 - len(found) >= 1
    # the lost items are listed, not only counted
    assert {i["link"].rsplit("/", 1)[1] for i in doc["lost"]} >= {"s-2"}
    assert len(doc["lost"]) == doc["lost_compared_with_stored"]
    out = ok("try", "--config", str(draft), "--claim", "musk-putin-contact")
    lost_part = out.split("No longer matched (the stored claim matched these):")[1]
    assert "Кремль и Маск: WSJ пишет о регулярных переговорах" in lost_part.split("\n\n")[0]
    assert "Newly matched (the stored claim did not match these): none" in out
    result = run("try", "--config", str(draft), "--claim", "nope")
    assert result.exit_code == 2 and "no claim 'nope'" in result.stderr


def test_try_old_items_do_not_count_as_alerts(
    fixture_db: tuple[Path, Path], tmp_path: Path
) -> None:
    cfg, _ = fixture_db
    draft = tmp_path / "draft.toml"
    text = cfg.read_text(encoding="utf-8").replace("[bot]", '[bot]\nalert_max_age = "1m"')
    draft.write_text(text + DRAFT, encoding="utf-8")
    doc = json.loads(
        ok("try", "--config", str(draft), "--claim", "kremlin-denial", "--format", "json")
    )
    assert doc["matches"] == 2 and doc["alerts"] == 0  # published 20 minutes before seen


def test_try_says_what_a_narrow_context_keeps_out(
    fixture_db: tuple[Path, Path], tmp_path: Path
) -> None:
    # a journalist's context of one rare detail: the report that holds every require group
    # is dropped, and `try` says so, with its headline; the denial still matches (a word
    # of the statement in the denial's sentence stands in for the context)
    cfg, _ = fixture_db
    draft = tmp_path / "narrow.toml"
    narrow = DRAFT.rstrip() + '\ncontext = ["Varzaqan"]\n'
    draft.write_text(cfg.read_text(encoding="utf-8") + narrow, encoding="utf-8")
    doc = json.loads(
        ok("try", "--config", str(draft), "--claim", "kremlin-denial", "--format", "json")
    )
    assert doc["matches"] == 1 and doc["kept_out_by_context"] == 1
    assert {i["link"].rsplit("/", 1)[1] for i in doc["kept_out"]} == {"s-2"}
    out = ok("try", "--config", str(draft), "--claim", "kremlin-denial")
    assert "Its context kept out 1 item holding every require group" in out
    assert "Kept out by context (every require group, no context word): 1" in out
    # a claim without context keeps nothing out and says nothing about it
    plain = tmp_path / "plain.toml"
    plain.write_text(cfg.read_text(encoding="utf-8") + DRAFT, encoding="utf-8")
    out = ok("try", "--config", str(plain), "--claim", "kremlin-denial")
    assert "kept out" not in out.lower()


# ── report ──────────────────────────────────────────────────────────────────────────
class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "a":
            self.hrefs += [v or "" for k, v in attrs if k == "href"]

    def handle_data(self, data: str) -> None:
        self.text += data


def test_report_through_the_cli(fixture_db: tuple[Path, Path], tmp_path: Path) -> None:
    cfg, _ = fixture_db
    out = tmp_path / "report.html"
    msg = ok("report", "--config", str(cfg), "--claim", "musk-putin-contact", "--out", str(out))
    assert "4 matches" in msg
    page = _Page()
    page.feed(out.read_text(encoding="utf-8"))
    assert page.tags.count("tr") == 5  # header + 4 matches
    assert "svg" in page.tags and "script" not in page.tags
    assert "https://state.example/news/s-1" in page.hrefs
    assert "Elon Musk has been in regular, secret contact" in page.text
    assert "Peskov denied the report" in page.text
    result = run("report", "--config", str(cfg), "--claim", "nope", "--out", str(out))
    assert result.exit_code == 2


def test_report_counts_outlets_in_a_story(tmp_path: Path) -> None:
    _, db = build_db(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("UPDATE items SET story_id = 's-1' WHERE guid IN ('w-1', 's-1', 'd-1')")
    conn.commit()
    conn.close()
    ro = queries.connect_readonly(str(db))
    rows = {r.title[:10]: r.outlets_in_story for r in queries.report_rows(ro, "musk-putin-contact")}
    ro.close()
    assert rows["Elon Musk "] == 3 and rows["Kremlin de"] == 3 and rows["Musk and P"] == 1


# ── browse ──────────────────────────────────────────────────────────────────────────
def test_browse_without_datasette_says_how_to_install(
    fixture_db: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg, _ = fixture_db
    monkeypatch.setattr(browse, "datasette_available", lambda: False)
    result = run("browse", "--config", str(cfg))
    assert result.exit_code == 2
    assert ".venv/bin/pip install -e '.[browse]'" in result.stderr


def test_browse_metadata_and_command(fixture_db: tuple[Path, Path], tmp_path: Path) -> None:
    _, db = fixture_db
    meta = browse.metadata(str(db))
    queries_ = meta["databases"]["claimwatch"]["queries"]
    assert set(queries_) == {"latest_contradictions", "claim_timeline", "outlets_per_claim"}
    assert meta["databases"]["claimwatch"]["tables"]["items"]["fts_table"] == "items_fts"
    conn = queries.connect_readonly(str(db))
    try:
        latest = conn.execute(queries_["latest_contradictions"]["sql"]).fetchall()
        timeline = conn.execute(
            queries_["claim_timeline"]["sql"], {"claim_id": "musk-putin-contact"}
        ).fetchall()
        outlets = conn.execute(queries_["outlets_per_claim"]["sql"]).fetchall()
    finally:
        conn.close()
    assert len(latest) == 1 and len(timeline) == 4
    assert [(r[0], r[1]) for r in outlets] == [("musk-putin-contact", 2), ("starlink-taiwan", 1)]
    path = browse.write_metadata(tmp_path / "m.json", str(db))
    cmd = browse.datasette_command(str(db), path, host="127.0.0.1", port=8123, open_browser=False)
    assert cmd[1:4] == ["-m", "datasette", "serve"] and "--open" not in cmd
    assert cmd[cmd.index("--metadata") + 1] == str(path)


def test_datasette_serves_the_canned_queries(fixture_db: tuple[Path, Path]) -> None:
    pytest.importorskip("datasette")
    import asyncio

    from datasette.app import Datasette

    _, db = fixture_db

    async def fetch() -> tuple[dict[str, object], dict[str, object]]:
        ds = Datasette([str(db)], metadata=browse.metadata(str(db)))
        await ds.invoke_startup()
        q = await ds.client.get("/claimwatch/latest_contradictions.json?_shape=array")
        s = await ds.client.get("/claimwatch/items.json?_search=kremlin&_shape=objects")
        return {"status": q.status_code, "rows": q.json()}, {"status": s.status_code, **s.json()}

    latest, found = asyncio.run(fetch())
    assert latest["status"] == 200 and len(latest["rows"]) == 1  # type: ignore[arg-type]
    assert found["status"] == 200 and len(found["rows"]) == 2  # type: ignore[arg-type]


# ── retention ───────────────────────────────────────────────────────────────────────
def test_prune_deletes_old_unmatched_items_only(tmp_path: Path) -> None:
    _, db = build_db(tmp_path)
    store = SQLiteStore(str(db))
    try:
        feed = store.feeds()[0]
        old = Item("old-1", "Weather report from last year", "Rain.", content_hash="x")
        store.write_items(feed.id, [ItemWrite(old, None, (), {})], {}, fixture_time(400))
        assert prune_unmatched(store, datetime.now(UTC), keep_days=365) == 1
        # the 20-day-old unmatched item goes with a 10-day retention, matched ones stay
        assert prune_unmatched(store, datetime.now(UTC), keep_days=10) == 0
        assert prune_unmatched(store, datetime.now(UTC) + timedelta(days=30), keep_days=10) == 2
        rows = store.query("SELECT guid FROM items ORDER BY guid")
        assert [r["guid"] for r in rows] == ["d-1", "s-1", "s-2", "w-1", "w-2"]
        hits = store.query("SELECT rowid FROM items_fts WHERE items_fts MATCH 'weather OR storms'")
        assert hits == []
    finally:
        store.close()


# ── WAL: readers while the bot writes ───────────────────────────────────────────────
def test_reads_from_a_second_connection_while_the_bot_writes(tmp_path: Path) -> None:
    _, db = build_db(tmp_path)
    store = SQLiteStore(str(db))
    reader = queries.connect_readonly(str(db))
    try:
        feed = store.feeds()[0]
        with store.transaction() as conn:  # the bot is mid-write, transaction open
            conn.execute(
                "INSERT INTO items (feed_id, guid, title, first_seen, content_hash)"
                " VALUES (?, 'new', 'Kremlin statement pending', ?, 'h')",
                (feed.id, "2030-01-01T00:00:00Z"),
            )
            assert len(queries.history(reader)) == 5  # reads go on, see the last commit
            assert [r.item_id for r in queries.search(reader, "statement pending")] == []
        assert len(queries.search(reader, "statement pending")) == 1
    finally:
        reader.close()
        store.close()


def test_parse_when() -> None:
    now = datetime(2024, 10, 10, 12, 0, tzinfo=UTC)
    assert queries.parse_when("7d", now) == now - timedelta(days=7)
    assert queries.parse_when("12h", now) == now - timedelta(hours=12)
    assert queries.parse_when("2024-10-01", now) == datetime(2024, 10, 1, tzinfo=UTC)
    assert queries.parse_when("2024-10-01", now, end=True) == datetime(2024, 10, 2, tzinfo=UTC)
    assert queries.parse_when("2024-10-01T08:30", now) == datetime(2024, 10, 1, 8, 30, tzinfo=UTC)
    with pytest.raises(queries.BadFilter):
        queries.parse_when("yesterday", now)

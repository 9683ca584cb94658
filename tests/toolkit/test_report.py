"""Tests for bot.toolkit.report: structure, escaping, empty and long reports, a real browser."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bot.records import ReportRow
from bot.toolkit.report import render_report

GENERATED = datetime(2024, 5, 22, 9, 30, tzinfo=UTC)
START = datetime(2024, 5, 1, 6, 0, tzinfo=UTC)

HOSTILE_TITLE = "<script>alert('t')</script> Starlink \"Taiwan\" & more"
HOSTILE_OUTLET = 'Evil <b>Feed</b> " onmouseover="alert(1)'
HOSTILE_EVIDENCE = "<img src=x onerror=alert(1)> Peskov denied it"
HOSTILE_STATEMENT = (
    'Putin <i>asked</i> Musk "not" to activate Starlink </title><script>x()</script>'
)


class Page(HTMLParser):
    """Collects what the tests look at: tags, attributes, text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.anchors: list[dict[str, str | None]] = []
        self.text: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend((tag, k, v) for k, v in attrs)
        if tag == "a":
            self.anchors.append(dict(attrs))
        self._in_title = tag == "title"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_title:
            self.title += data


def parse(doc: str) -> Page:
    page = Page()
    page.feed(doc)
    page.close()
    return page


def row(
    i: int,
    *,
    seen: datetime | None = None,
    stance: str = "update",
    title: str | None = None,
    link: str | None = "auto",
    outlet: str = "Reuters",
    evidence: str = "Putin asked Musk not to activate Starlink over Taiwan.",
    outlets_in_story: int = 1,
) -> ReportRow:
    when = seen if seen is not None else START + timedelta(hours=7 * i)
    return ReportRow(
        seen=when,
        published=when - timedelta(minutes=30),
        outlet=outlet,
        title=title if title is not None else f"Story number {i}",
        link=f"https://news.example.com/story/{i}" if link == "auto" else link,
        stance=stance,
        evidence=evidence,
        outlets_in_story=outlets_in_story,
    )


def realistic_rows(n: int = 40, days: int = 21, seed: int = 7) -> list[ReportRow]:
    rnd = random.Random(seed)
    outlets = ["Reuters", "AP News", "BBC World", "Le Monde", "Meduza", "TASS", "Der Spiegel"]
    rows = []
    for i in range(n):
        seen = START + timedelta(hours=rnd.uniform(0, days * 24))
        stance = "contradiction" if rnd.random() < 0.3 else "update"
        rows.append(
            row(
                i,
                seen=seen,
                stance=stance,
                outlet=rnd.choice(outlets),
                outlets_in_story=rnd.choice([1, 1, 2, 3, 7]),
            )
        )
    rows.append(
        row(
            n,
            seen=START + timedelta(days=3),
            stance="contradiction",
            title=HOSTILE_TITLE,
            outlet=HOSTILE_OUTLET,
            evidence=HOSTILE_EVIDENCE,
            link="javascript:alert(document.cookie)",
        )
    )
    return rows


def render(
    rows: list[ReportRow], statement: str = "Putin asked Musk not to activate Starlink"
) -> str:
    return render_report("putin-musk", statement, rows, generated_at=GENERATED)


# --------------------------------------------------------------------------- structure


def test_import_does_not_load_matplotlib() -> None:
    code = "import sys, bot.toolkit.report; assert 'matplotlib' not in sys.modules, 'eager import'"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


def test_structure_of_a_realistic_report() -> None:
    rows = realistic_rows()
    doc = render(rows, statement=HOSTILE_STATEMENT)
    page = parse(doc)

    assert doc.startswith("<!DOCTYPE html>")
    assert "<?xml" not in doc and "<!DOCTYPE svg" not in doc
    assert page.tags.count("svg") == 1
    assert "script" not in page.tags
    assert "img" not in page.tags and "iframe" not in page.tags
    assert page.tags.count("tr") == len(rows) + 1
    assert ("meta", "charset", "utf-8") in page.attrs
    assert page.title == "claimwatch report: putin-musk"
    # no event handlers anywhere
    assert not [a for a in page.attrs if a[1].startswith("on")]
    # only the item links point outside the page: no external src/href of any kind
    item_links = {f"https://news.example.com/story/{i}" for i in range(len(rows))}
    for tag, name, value in page.attrs:
        if name in ("src", "srcset", "data", "action", "poster"):
            raise AssertionError(f"external resource on <{tag}>: {name}={value!r}")
        if name.endswith("href"):
            assert value is not None
            assert value.startswith("#") or value in item_links, (tag, name, value)
    assert len(page.anchors) == len(rows) - 1  # all but the javascript: one
    for a in page.anchors:
        assert a["rel"] == "noopener noreferrer"


def test_hostile_text_is_escaped_and_shown_as_text() -> None:
    doc = render(realistic_rows(), statement=HOSTILE_STATEMENT)
    page = parse(doc)
    text = "".join(page.text)
    for hostile in (HOSTILE_TITLE, HOSTILE_OUTLET, HOSTILE_EVIDENCE, HOSTILE_STATEMENT):
        assert hostile in text  # rendered literally, as text
    assert "<script>alert" not in doc
    assert "&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;" in doc
    assert '" onmouseover="' not in doc
    assert "&lt;img src=x onerror=alert(1)&gt;" in doc
    # the javascript: link is shown, but not linked
    assert "javascript:alert(document.cookie)" in text
    assert not [a for a in page.anchors if "javascript" in (a.get("href") or "")]


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example.com/x",
        "/relative/path",
        "ftp://example.com/file",
        "https://",
        "http://[::1",
        "",
    ],
)
def test_non_http_links_are_not_linked(link: str) -> None:
    page = parse(render([row(1, link=link)]))
    assert page.anchors == []


def test_http_links_keep_quotes_escaped_in_attribute() -> None:
    link = 'https://example.org/a"onclick="alert(1)&x=<b>'
    doc = render([row(1, link=link)])
    page = parse(doc)
    assert [a["href"] for a in page.anchors] == [link]
    assert not [a for a in page.attrs if a[1] == "onclick"]


def test_rows_newest_first_with_stance_badges_and_counts() -> None:
    rows = [
        row(1, seen=START, stance="update", outlets_in_story=1),
        row(2, seen=START + timedelta(days=2), stance="contradiction", outlets_in_story=4),
        row(3, seen=START + timedelta(days=1), stance="update", outlets_in_story=2),
    ]
    doc = render(rows)
    order = [doc.index(f"Story number {i}") for i in (2, 3, 1)]
    assert order == sorted(order)
    assert doc.count('class="badge badge-contradiction"') == 1
    assert doc.count('class="badge badge-update"') == 2
    assert 'title="carried by 4 outlets">4</td>' in doc
    assert 'title="carried by 1 outlet">1</td>' in doc


def test_totals() -> None:
    rows = [
        row(1, seen=START, stance="update", outlet="Reuters"),
        row(2, seen=START + timedelta(days=5), stance="contradiction", outlet="TASS"),
        row(3, seen=START + timedelta(days=1), stance="contradiction", outlet="reuters "),
    ]
    flat = "|".join(t.strip() for t in parse(render(rows)).text if t.strip())
    assert "Matches|3|" in flat
    assert "Updates|1|" in flat
    assert "Contradictions|2|" in flat
    assert "Outlets|2|" in flat
    assert "First published (UTC)|2024-05-01 05:30|" in flat
    assert "Last published (UTC)|2024-05-06 05:30|" in flat


def test_chart_counts_by_publication_day() -> None:
    """Two weeks of coverage found at once (on install) spread over their own days."""
    found = START + timedelta(days=14)
    rows = [replace(row(i, seen=found), published=START + timedelta(days=i)) for i in range(14)]
    doc = render(rows)
    assert "over 14 days" in doc
    times = re.findall(r'<td class="time"><time datetime="([^"]+)"', doc)
    assert times[0].startswith("2024-05-14") and times[-1].startswith("2024-05-01")


def test_empty_report_says_no_matches_yet() -> None:
    doc = render([])
    page = parse(doc)
    assert "svg" not in page.tags
    assert "No matches yet" in doc
    assert "table" not in page.tags
    assert "script" not in page.tags


def test_one_day_of_data() -> None:
    doc = render([row(1, seen=START), row(2, seen=START, stance="contradiction")])
    page = parse(doc)
    assert page.tags.count("svg") == 1
    assert "over 1 day" in doc


def test_many_days_of_data() -> None:
    rows = [
        row(i, seen=START + timedelta(days=i), stance="contradiction" if i % 3 else "update")
        for i in range(0, 200)
    ]
    doc = render(rows)
    page = parse(doc)
    assert page.tags.count("svg") == 1
    assert "over 200 days" in doc
    assert len(doc) < 400_000


def test_naive_and_non_utc_times_are_shown_in_utc() -> None:
    from datetime import timezone

    cet = timezone(timedelta(hours=2))
    rows = [
        row(1, seen=datetime(2024, 5, 1, 12, 0, tzinfo=cet)),
        row(2, seen=datetime(2024, 5, 2, 12, 0)),
    ]
    doc = render(rows)
    assert "2024-05-01 10:00" in doc
    assert "2024-05-02 12:00" in doc


def test_output_is_deterministic_and_has_no_svg_date() -> None:
    rows = realistic_rows()
    a = render(rows)
    b = render(list(reversed(rows)))
    assert a == b
    assert "<dc:date>" not in a
    assert "<metadata>" not in a


def test_unknown_stance_is_escaped_not_charted() -> None:
    doc = render([row(1, stance="<b>maybe</b>")])
    assert "&lt;b&gt;maybe&lt;/b&gt;" in doc
    assert "No matches yet" in doc  # nothing chartable


# --------------------------------------------------------------------------- browser

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    return subprocess.run(
        [
            BROWSER,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


@pytest.mark.skipif(BROWSER is None, reason="no chromium on PATH")
@pytest.mark.timeout(200)
def test_renders_in_headless_chromium(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render(realistic_rows(), statement=HOSTILE_STATEMENT), encoding="utf-8")
    url = page.as_uri()

    png = tmp_path / "shot.png"
    shot = _chromium(tmp_path, f"--screenshot={png}", "--window-size=1200,1600", url)
    assert png.exists(), shot.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 30_000  # a blank page is a few kB

    dom = _chromium(tmp_path, "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    parsed = parse(dom.stdout)
    assert parsed.tags.count("svg") == 1
    assert "script" not in parsed.tags  # the hostile <script> stayed text
    assert "badge-contradiction" in dom.stdout

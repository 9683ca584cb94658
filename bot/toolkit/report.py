"""Render one claim's matches as a self-contained HTML page (``claimwatch report``).

Pure: data in, HTML string out. No database access, no network, no JavaScript.
The page carries its own CSS and an inline SVG chart, so it works offline and prints.

Feed text is hostile: every piece of it is escaped, and only ``http``/``https``
links become anchors. A Content-Security-Policy meta tag blocks scripts and any
external load as a second line of defence.

matplotlib is imported lazily inside :func:`render_report` (only when there is
something to chart), so ``import bot.toolkit.report`` stays cheap.
"""

from __future__ import annotations

import html
import io
import re
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit

from bot.records import ReportRow, evidence_place
from bot.text import printable
from bot.toolkit.output import plural

__all__ = ["render_report"]

UPDATE_COLOUR = "#3b6ea8"
CONTRADICTION_COLOUR = "#c0171b"

_EPOCH = date(1970, 1, 1)
_SVG_START = re.compile(r"<svg\b")
_SVG_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)


# --------------------------------------------------------------------------- helpers


def _esc(value: object) -> str:
    """Escape text for element content and double-quoted attributes; drop control
    characters and bidi overrides (`printable`)."""
    return html.escape(printable(str(value)), quote=True)


def _utc(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _fmt_time(value: datetime) -> str:
    return _utc(value).strftime("%Y-%m-%d %H:%M")


def _time_tag(value: datetime, *, suffix: str = "") -> str:
    v = _utc(value)
    iso = v.isoformat(timespec="seconds").replace("+00:00", "Z")
    return f'<time datetime="{_esc(iso)}">{_esc(_fmt_time(v))}{suffix}</time>'


def _safe_link(link: str | None) -> str | None:
    """The link if it is an absolute http(s) URL with a host, else None."""
    if not link:
        return None
    candidate = link.strip()
    if any(c in candidate for c in "\t\r\n"):
        return None
    candidate = printable(candidate)
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return candidate


def _stance_badge(stance: str) -> str:
    if stance == "contradiction":
        return '<span class="badge badge-contradiction">\u2716 Contradiction</span>'
    if stance == "update":
        return '<span class="badge badge-update">Update</span>'
    return f'<span class="badge badge-other">{_esc(stance)}</span>'


# --------------------------------------------------------------------------- chart


def _daily_counts(rows: Sequence[ReportRow]) -> tuple[list[date], list[int], list[int]]:
    """Every UTC day of publication from the first to the last match, with updates and
    contradictions (two weeks of coverage found at once spread over their own days)."""
    upd: Counter[date] = Counter()
    con: Counter[date] = Counter()
    for row in rows:
        day = _utc(_published(row)).date()
        if row.stance == "update":
            upd[day] += 1
        elif row.stance == "contradiction":
            con[day] += 1
    all_days = set(upd) | set(con)
    if not all_days:
        return [], [], []
    first, last = min(all_days), max(all_days)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return days, [upd[d] for d in days], [con[d] for d in days]


def _chart_svg(days: list[date], updates: list[int], contradictions: list[int]) -> str:
    """A stacked bar chart (contradictions at the base, in red) as an inline SVG element."""
    # Lazy: matplotlib costs ~0.3 s to import; only reports with data pay for it.
    # Figure + savefig use the SVG backend directly: no pyplot, no global backend switch,
    # no figure registry to leak (nothing to close).
    import matplotlib
    from matplotlib import dates as mdates
    from matplotlib import ticker
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    with matplotlib.rc_context(
        {
            "svg.fonttype": "none",  # text as <text>, not glyph paths: small
            "svg.hashsalt": "claimwatch-report",  # deterministic ids
            "date.epoch": "1970-01-01T00:00:00",  # x below is days since this epoch
            "font.family": "sans-serif",
            "font.sans-serif": ["DejaVu Sans", "Arial", "Helvetica", "sans-serif"],
            "font.size": 9,
            "axes.edgecolor": "#888888",
            "xtick.color": "#444444",
            "ytick.color": "#444444",
        }
    ):
        fig = Figure(figsize=(9.0, 2.6), layout="constrained")
        ax = fig.add_subplot()
        # Bars centred on noon of each UTC day, 80 % of a day wide.
        x = [(d - _EPOCH).days + 0.5 for d in days]
        n_con, n_upd = sum(contradictions), sum(updates)
        con_x = [xi for xi, c in zip(x, contradictions, strict=True) if c]
        con_h = [c for c in contradictions if c]
        upd = [(xi, u, c) for xi, u, c in zip(x, updates, contradictions, strict=True) if u]
        ax.bar(
            con_x,
            con_h,
            width=0.8,
            color=CONTRADICTION_COLOUR,
            linewidth=0,
        )
        ax.bar(
            [p[0] for p in upd],
            [p[1] for p in upd],
            bottom=[p[2] for p in upd],
            width=0.8,
            color=UPDATE_COLOUR,
            linewidth=0,
        )
        # At least a week of x range, so a single day is a bar, not a wall.
        lo, hi = x[0] - 0.5, x[-1] + 0.5
        if hi - lo < 7:
            pad = (7 - (hi - lo)) / 2
            lo, hi = lo - pad, hi + pad
        else:
            lo, hi = lo - 0.5, hi + 0.5
        ax.set_xlim(lo, hi)
        top = max(u + c for u, c in zip(updates, contradictions, strict=True))
        ax.set_ylim(0, max(top * 1.08, 1.0))
        # (mdates' classes are untyped in matplotlib's stubs)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=9)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_formatter(formatter)
        ax.yaxis.set_major_locator(ticker.MaxNLocator(nbins=4, integer=True, min_n_ticks=1))
        ax.set_ylabel("matches per day")
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        # Legend above the axes, never over the bars.
        # Explicit handles: an empty series would otherwise get a default-coloured swatch.
        handles = [
            Patch(color=CONTRADICTION_COLOUR, label=f"Contradictions ({n_con})"),
            Patch(color=UPDATE_COLOUR, label=f"Updates ({n_upd})"),
        ]
        fig.legend(handles=handles, loc="outside upper left", frameon=False, ncols=2, fontsize=9)
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None}, transparent=True)
    svg = buf.getvalue()
    start = _SVG_START.search(svg)
    if start is None:  # pragma: no cover - matplotlib always writes an <svg> root
        raise RuntimeError("matplotlib produced no <svg> element")
    svg = _SVG_METADATA.sub("", svg[start.start() :])
    return svg.replace("<svg ", '<svg role="img" aria-labelledby="chart-caption" ', 1).strip()


# --------------------------------------------------------------------------- page

_CSS = f"""
:root {{ color-scheme: light; }}
* {{ box-sizing: border-box; }}
body {{ margin: 0; padding: 24px 32px 48px; font: 15px/1.45 system-ui, -apple-system, "Segoe UI",
  Roboto, "DejaVu Sans", Arial, sans-serif; color: #1d1d1f; background: #fff; }}
main {{ max-width: 1200px; margin: 0 auto; }}
.eyebrow {{ margin: 0; font-size: 12px; color: #666; }}
.eyebrow span {{ letter-spacing: .08em; text-transform: uppercase; }}
h1 {{ margin: 4px 0 6px; font-size: 26px; line-height: 1.25; overflow-wrap: anywhere; }}
h2 {{ margin: 28px 0 8px; font-size: 17px; }}
.meta {{ margin: 0; color: #555; font-size: 13px; }}
code {{ font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace;
  font-size: .92em; background: #f2f2f4; padding: 1px 5px; border-radius: 4px; }}
.stats {{ display: flex; flex-wrap: wrap; gap: 10px; margin: 18px 0 0; padding: 0; }}
.stat {{ margin: 0; padding: 10px 14px; min-width: 120px; border: 1px solid #e0e0e4;
  border-radius: 8px; background: #fafafb; }}
.stat dt {{ font-size: 12px; color: #666; }}
.stat dd {{ margin: 2px 0 0; font-size: 20px; font-weight: 650;
  font-variant-numeric: tabular-nums; }}
.stat dd.small {{ font-size: 14px; font-weight: 600; padding-top: 5px; }}
.stat.contradictions dd {{ color: {CONTRADICTION_COLOUR}; }}
.stat.contradictions {{ border-color: #f1b9ba; background: #fff5f5; }}
figure {{ margin: 0; }}
figure svg {{ display: block; width: 100%; height: auto; max-height: 340px; }}
figcaption {{ font-size: 12px; color: #666; margin-top: 2px; }}
.empty {{ margin: 0; padding: 28px; text-align: center; color: #555; font-size: 16px;
  border: 1px dashed #c8c8cc; border-radius: 8px; background: #fafafb; }}
table {{ width: 100%; border-collapse: collapse; font-size: 14px; }}
thead th {{ text-align: left; font-size: 12px; color: #555; font-weight: 600;
  border-bottom: 2px solid #d0d0d4; padding: 6px 8px; white-space: nowrap; }}
tbody td {{ border-bottom: 1px solid #e6e6ea; padding: 8px; vertical-align: top; }}
tbody tr {{ break-inside: avoid; }}
tr.contradiction td {{ background: #fff6f6; }}
tr.contradiction td:first-child {{ box-shadow: inset 4px 0 0 {CONTRADICTION_COLOUR}; }}
td.time {{ white-space: nowrap; font-variant-numeric: tabular-nums; font-size: 13px; }}
td.time .pub {{ display: block; color: #777; font-size: 12px; }}
td.outlet {{ font-weight: 600; overflow-wrap: anywhere; min-width: 9em; }}
td.title {{ overflow-wrap: anywhere; min-width: 14em; }}
td.evidence {{ overflow-wrap: anywhere; color: #333; min-width: 18em; }}
td.evidence q {{ quotes: "\\201C" "\\201D"; }}
td.count, th.count {{ text-align: right; font-variant-numeric: tabular-nums; }}
td.count.many {{ font-weight: 700; }}
a {{ color: #0b57a4; }}
a:visited {{ color: #5a3a8c; }}
.nolink {{ color: #333; }}
.badge {{ display: inline-block; padding: 2px 8px; border-radius: 999px; font-size: 12px;
  font-weight: 700; white-space: nowrap; }}
.badge-contradiction {{ background: {CONTRADICTION_COLOUR}; color: #fff; }}
.badge-update {{ background: #e3ecf7; color: #1f4f86; }}
.badge-other {{ background: #eee; color: #333; }}
footer {{ margin-top: 28px; font-size: 12px; color: #777; }}
@media print {{
  body {{ padding: 0; font-size: 11pt; }}
  * {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  figure, .stats {{ break-inside: avoid; }}
  a {{ color: inherit; }}
  thead {{ display: table-header-group; }}
}}
"""

# No scripts, no external loads of any kind; inline styles (ours and the SVG's) only.
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)


def _row_html(row: ReportRow) -> str:
    link = _safe_link(row.link)
    title = _esc(row.title.strip() or "(untitled)")
    if link is not None:
        headline = f'<a href="{_esc(link)}" rel="noopener noreferrer">{title}</a>'
    else:
        headline = f'<span class="nolink">{title}</span>'
        if row.link:
            headline += f'<br><small class="nolink">{_esc(row.link)}</small>'
    time_cell = _time_tag(_published(row))
    if row.published is not None and _fmt_time(row.published) != _fmt_time(row.seen):
        time_cell += f'<span class="pub">seen {_time_tag(row.seen)}</span>'
    count = max(int(row.outlets_in_story), 1)
    count_title = "carried by 1 outlet" if count == 1 else f"carried by {count} outlets"
    row_class = "contradiction" if row.stance == "contradiction" else "update"
    evidence = f"<q>{_esc(row.evidence)}</q>" if row.evidence.strip() else ""
    if evidence and row.paragraph:
        evidence += f" <small>({_esc(evidence_place(row.paragraph))})</small>"
    return (
        f'<tr class="{row_class}">'
        f'<td class="time">{time_cell}</td>'
        f'<td class="outlet" dir="auto">{_esc(row.outlet)}</td>'
        f'<td class="title" dir="auto">{headline}</td>'
        f'<td class="stance">{_stance_badge(row.stance)}</td>'
        f'<td class="evidence" dir="auto">{evidence}</td>'
        f'<td class="count{" many" if count > 1 else ""}" title="{count_title}">{count}</td>'
        "</tr>"
    )


def _published(row: ReportRow) -> datetime:
    """When the outlet published the item (when claimwatch saw it, if the feed gives no date)."""
    return row.published if row.published is not None else row.seen


def _stat(label: str, value: str, *, cls: str = "", small: bool = False) -> str:
    """One totals cell; label and value are trusted markup (escaped by the caller)."""
    div_class = f"stat {cls}" if cls else "stat"
    dd = '<dd class="small">' if small else "<dd>"
    return f'<div class="{div_class}"><dt>{label}</dt>{dd}{value}</dd></div>'


def render_report(
    claim_id: str,
    statement: str,
    rows: Sequence[ReportRow],
    *,
    generated_at: datetime,
) -> str:
    """The whole report page for one claim, as an HTML document string.

    Deterministic: the same arguments give the same bytes.
    """
    n_upd = sum(1 for r in rows if r.stance == "update")
    n_con = sum(1 for r in rows if r.stance == "contradiction")
    outlets = {r.outlet.strip().casefold() for r in rows if r.outlet.strip()}
    ordered = sorted(
        rows,
        key=lambda r: (_utc(_published(r)), _utc(r.seen)),
        reverse=True,
    )

    stats = [
        _stat("Matches", str(len(rows))),
        _stat("Updates", str(n_upd)),
        _stat("Contradictions", str(n_con), cls="contradictions"),
        _stat("Outlets", str(len(outlets))),
    ]
    if rows:
        first = min(_utc(_published(r)) for r in rows)
        last = max(_utc(_published(r)) for r in rows)
        stats.append(_stat("First published (UTC)", _time_tag(first), small=True))
        stats.append(_stat("Last published (UTC)", _time_tag(last), small=True))

    days, upd, con = _daily_counts(rows)
    if days:
        span = "1 day" if len(days) == 1 else f"{len(days)} days"
        chart = (
            f"<figure>{_chart_svg(days, upd, con)}"
            f'<figcaption id="chart-caption">Matches per day of publication (UTC) over {span}: '
            f"{plural(n_upd, 'update')} (blue), {plural(n_con, 'contradiction')} (red)."
            "</figcaption></figure>"
        )
    else:
        chart = '<p class="empty">No matches yet for this claim.</p>'

    if ordered:
        body_rows = "\n".join(_row_html(r) for r in ordered)
        table = (
            "<table>\n<thead><tr>"
            '<th scope="col">Published (UTC)</th><th scope="col">Outlet</th>'
            '<th scope="col">Headline</th><th scope="col">Stance</th>'
            '<th scope="col">Evidence</th>'
            '<th scope="col" class="count" title="outlets that carried the story">Outlets</th>'
            f"</tr></thead>\n<tbody>\n{body_rows}\n</tbody>\n</table>"
        )
    else:
        table = '<p class="empty">Nothing to list.</p>'

    cid = _esc(claim_id)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>claimwatch report: {cid}</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        "<header>\n"
        f'<p class="eyebrow"><span>claimwatch report &middot; claim</span> <code>{cid}</code></p>\n'
        f'<h1 dir="auto">{_esc(statement)}</h1>\n'
        f'<p class="meta">Generated {_time_tag(generated_at, suffix=" UTC")}</p>\n'
        f'<dl class="stats">{"".join(stats)}</dl>\n'
        "</header>\n"
        f"<section>\n<h2>Over time</h2>\n{chart}\n</section>\n"
        f'<section>\n<h2>Items <span class="meta">(newest first)</span></h2>\n{table}\n</section>\n'
        "<footer>Corroboration (&ldquo;Outlets&rdquo;) is the number of outlets that carried the "
        "same story. Times are when the outlet published the item (when claimwatch first saw it, below, if that differs), in UTC.</footer>\n"
        "</main>\n</body>\n</html>\n"
    )

"""Real-shaped news article pages for tests and bench/article.py: a site header with
navigation, a cookie banner, the story in <article>, related links and a footer."""

from __future__ import annotations

from html import escape

NAV = ["World", "Politics", "Business", "Technology", "Science", "Opinion", "Sport"]
RELATED = [
    "Markets slip as investors weigh rate outlook",
    "Five things to know before the summit",
    "Opinion: what the new rules mean for you",
]


def article_page(
    title: str,
    paragraphs: list[str],
    *,
    lang: str = "en",
    charset: str | None = "utf-8",
    site: str = "The Daily Example",
    published: str = "2026-03-02",
) -> str:
    """One article page; `charset` None declares none (neither <meta> nor a header)."""
    meta = f'<meta charset="{charset}">' if charset else ""
    nav = "".join(f'<li><a href="/{n.lower()}">{escape(n)}</a></li>' for n in NAV)
    related = "".join(
        f'<li><a href="/related/{i}">{escape(t)}</a></li>' for i, t in enumerate(RELATED)
    )
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>{meta}
<title>{escape(title)} | {escape(site)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="article:published_time" content="{published}T08:00:00Z">
</head><body>
<header><a class="logo" href="/">{escape(site)}</a><nav><ul>{nav}</ul></nav>
<form action="/search"><input name="q" placeholder="Search"></form></header>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
By continuing you accept our cookie policy. <button>Accept all</button></div>
<main>
<article>
<h1>{escape(title)}</h1>
<p class="byline">By Staff Reporter · {published}</p>
{body}
</article>
<aside class="related"><h2>Related</h2><ul>{related}</ul></aside>
</main>
<footer><p>© 2026 {escape(site)}. All rights reserved.</p>
<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
</body></html>
"""


def paywall_page(title: str) -> str:
    """A subscription wall: the headline and a sign-up box, no story."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>{escape(title)}</h1>
<div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p>
<a href="/subscribe">Subscribe for $1</a></div></article></main>
<footer>© 2026 The Daily Example</footer></body></html>
"""

"""Feed intake: fetching a feed politely and turning its body into items.

- `fetch` — HTTP with hard limits (size, time, redirects), conditional GET, over
  `network` (which addresses a feed may reach, one deadline per fetch, stop);
- `charset` — a few invalid bytes replaced in the declared encoding before parsing;
- `timing` — when to poll a feed next (intervals, backoff, Retry-After);
- `parse` — feedparser → `Item`s with stable identities; `sax_driver` (buffered expat
  for feedparser), `feed_split` (big feeds parsed in pieces);
- `parser_process`, `parser_child` — the lean child process that parses big bodies;
- `links` — canonical article links; `malloc` — glibc tuning for many fetch threads.

May import: `bot.records`, `bot.errors`, `bot.clock`, `bot.text`. Never imports matching,
stories, slack, store or cli. Kept free of imports here: the parser child starts as
``python -m bot.intake.parser_child`` and loads nothing it does not use.
"""

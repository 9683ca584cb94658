"""The journalist's tools over the stored history, each pure or read-only:

- `output` — tables, JSON and CSV for `history`, `search`, `claims`, `feeds`;
- `backtest` — `claimwatch try`: a claim run against past coverage before it goes live;
- `report` — one claim's coverage as a self-contained HTML page with a chart;
- `browse` — Datasette over the database (optional extra).

May import: `bot.records`, `bot.clock`, `bot.matching`, `bot.store` (read side).
Never imports intake, slack or cli.
"""

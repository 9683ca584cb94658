"""SQLite's dialect, as claimwatch writes it, translated for PostgreSQL.

The stores share their statements (bot.store.sql, outbox, queries, retention), written
once for SQLite. The PostgreSQL store passes each through `to_postgres`, which knows the
handful of constructs claimwatch uses that PostgreSQL spells differently:

- parameters: ``?`` -> ``%s``, ``:name`` -> ``%(name)s`` (and a literal ``%`` -> ``%%``);
- ``INSERT OR IGNORE`` -> ``ON CONFLICT DO NOTHING``; ``INSERT OR REPLACE`` -> ``ON CONFLICT
  (key) DO UPDATE`` (the key per table in `CONFLICT_KEYS`);
- scalar ``min(a, b)``/``max(a, b)`` -> ``LEAST``/``GREATEST``;
- ``sum(a = b)`` (a count of a condition) -> ``sum((a = b)::int)``;
- ``group_concat(x, sep)`` -> ``string_agg(x, sep)``;
- ``? IS NULL`` -> ``CAST(? AS TEXT) IS NULL`` (an untyped NULL parameter has no type);
- ``x = ? COLLATE NOCASE`` -> ``lower(x) = lower(?)``; ``ORDER BY x COLLATE NOCASE`` ->
  ``lower(x)``.

Anything else must already be common SQL; a test runs every statement on both stores.
Translations are cached: the statements are a fixed set.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: the unique key an ``INSERT OR REPLACE`` into each table replaces on
CONFLICT_KEYS = {"story_features": "item_id", "bot_state": "key"}

#: tables whose rows get a generated id (an INSERT into them returns it, for lastrowid)
ID_TABLES = frozenset(
    {
        "feeds",
        "feed_events",
        "items",
        "matches",
        "alerts",
        "cycles",
        "ops_notices",
        "retry_requests",
    }
)

_INSERT = re.compile(r"^\s*INSERT\s+(?:OR\s+(IGNORE|REPLACE)\s+)?INTO\s+(\w+)", re.IGNORECASE)
_COLUMNS = re.compile(r"INTO\s+\w+\s*\(([^)]*)\)", re.IGNORECASE)
_NOCASE_EQ = re.compile(r"([\w.]+)\s*=\s*\?\s+COLLATE\s+NOCASE", re.IGNORECASE)
_IS_NULL = re.compile(r"\?\s+IS\s+NULL", re.IGNORECASE)
_NOCASE = re.compile(r"([\w.]+)\s+COLLATE\s+NOCASE", re.IGNORECASE)
_FUNC = re.compile(r"\b(min|max|sum|group_concat)\(", re.IGNORECASE)


@lru_cache(maxsize=512)
def to_postgres(sql: str) -> str:
    """One statement in claimwatch's SQLite dialect -> the same statement for PostgreSQL."""
    sql = _NOCASE_EQ.sub(r"lower(\1) = lower(?)", sql)
    sql = _NOCASE.sub(r"lower(\1)", sql)
    sql = _IS_NULL.sub("CAST(? AS TEXT) IS NULL", sql)
    sql = _functions(sql)
    sql = _insert(sql)
    return _parameters(sql)


def returns_id(sql: str) -> bool:
    """Whether `to_postgres(sql)` ends in ``RETURNING id`` (an INSERT into an id table)."""
    m = _INSERT.match(sql)
    return bool(m and m.group(2).lower() in ID_TABLES and "returning" not in sql.lower())


def _insert(sql: str) -> str:
    m = _INSERT.match(sql)
    if m is None:
        return sql
    mode, table = (m.group(1) or "").upper(), m.group(2)
    body = "INSERT INTO " + table + sql[m.end() :]
    body = body.rstrip().rstrip(";")
    if mode == "IGNORE":
        body += " ON CONFLICT DO NOTHING"
    elif mode == "REPLACE":
        key = CONFLICT_KEYS[table.lower()]
        cols = _COLUMNS.search(body)
        assert cols is not None, "INSERT OR REPLACE needs its column list"
        names = [c.strip() for c in cols.group(1).split(",") if c.strip() != key]
        sets = ", ".join(f"{c} = EXCLUDED.{c}" for c in names)
        body += f" ON CONFLICT ({key}) DO UPDATE SET {sets}"
    if returns_id(sql):
        body += " RETURNING id"
    return body


def _functions(sql: str) -> str:
    out: list[str] = []
    pos = 0
    while (m := _FUNC.search(sql, pos)) is not None:
        if _in_string(sql, m.start()):
            out.append(sql[pos : m.end()])
            pos = m.end()
            continue
        close, commas, compares = _scan(sql, m.end())
        inner = _functions(sql[m.end() : close])
        name = m.group(1).lower()
        out.append(sql[pos : m.start()])
        if name in ("min", "max") and commas:
            out.append(("LEAST(" if name == "min" else "GREATEST(") + inner + ")")
        elif name == "sum" and compares:
            out.append("sum((" + inner + ")::int)")
        elif name == "group_concat":
            out.append("string_agg(" + (inner if commas else inner + ", ','") + ")")
        else:
            out.append(m.group(0) + inner + ")")
        pos = close + 1
    out.append(sql[pos:])
    return "".join(out)


def _scan(sql: str, start: int) -> tuple[int, bool, bool]:
    """From just inside a "(": the matching ")", and whether a top-level comma and a
    top-level comparison occur in between."""
    depth, commas, compares, quoted = 0, False, False, False
    for i in range(start, len(sql)):
        c = sql[i]
        if quoted:
            quoted = c != "'"
        elif c == "'":
            quoted = True
        elif c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i, commas, compares
            depth -= 1
        elif depth == 0 and c == ",":
            commas = True
        elif depth == 0 and c in "=<>":
            compares = True
    raise ValueError(f"unbalanced parentheses in {sql!r}")


def _in_string(sql: str, at: int) -> bool:
    return sql.count("'", 0, at) % 2 == 1


_PARAM = re.compile(r"'(?:[^']|'')*'|\?|(?<![:\w]):(\w+)|%")


def _parameters(sql: str) -> str:
    def swap(m: re.Match[str]) -> str:
        text = m.group(0)
        if text.startswith("'"):
            return text.replace("%", "%%")
        if text == "?":
            return "%s"
        if text == "%":
            return "%%"
        return f"%({m.group(1)})s"

    return _PARAM.sub(swap, sql)

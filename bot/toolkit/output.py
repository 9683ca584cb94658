"""Formatting query results for the terminal: a table, JSON or CSV (used by the CLI).

Rows are dataclass records. JSON and CSV carry every field with its record name (stable,
for scripts and spreadsheets); the table shows the chosen columns, headed for people.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, fields, is_dataclass
from typing import IO, Any, Literal

__all__ = ["FORMATS", "Column", "emit", "short_time"]

Format = Literal["table", "json", "csv"]
FORMATS: tuple[Format, ...] = ("table", "json", "csv")


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its heading and how to get its text from a row."""

    heading: str
    get: Callable[[Any], str]
    #: rich column options: "fold" long values (links), right-justify numbers, …
    justify: Literal["left", "right"] = "left"
    max_width: int | None = None
    no_wrap: bool = False


def short_time(value: str | None) -> str:
    """'2024-10-01T08:30:00Z' -> '2024-10-01 08:30' ('' for None)."""
    return value.replace("T", " ")[:16] if value else ""


def _plain(value: Any) -> Any:
    if isinstance(value, tuple | list):
        return "; ".join(str(v) for v in value)
    return value


def records(rows: Sequence[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for r in rows:
        if not is_dataclass(r) or isinstance(r, type):
            raise TypeError(f"not a dataclass record: {r!r}")
        out.append(asdict(r))
    return out


def emit(
    rows: Sequence[Any],
    fmt: Format,
    columns: Sequence[Column],
    out: IO[str],
    *,
    title: str | None = None,
    empty: str = "nothing found",
) -> None:
    """Write `rows` to `out` as a table (with `columns`), JSON (a list) or CSV."""
    if fmt == "json":
        out.write(json.dumps(records(rows), ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "csv":
        names = [f.name for f in fields(rows[0])] if rows else []
        writer = csv.writer(out, lineterminator="\n")
        if names:
            writer.writerow(names)
        for rec in records(rows):
            writer.writerow([_plain(rec[n]) for n in names])
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, highlight=False, soft_wrap=False)
    if not rows:
        console.print(empty, markup=False)
        return
    table = Table(title=title, title_justify="left", show_lines=False, expand=False)
    for c in columns:
        table.add_column(
            c.heading,
            justify=c.justify,
            max_width=c.max_width,
            no_wrap=c.no_wrap,
            overflow="fold",
        )
    for r in rows:
        table.add_row(*(_escape(c.get(r)) for c in columns))
    console.print(table)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)

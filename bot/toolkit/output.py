"""Formatting query results for the terminal: a table, JSON or CSV (used by the CLI).

Rows are dataclass records. JSON and CSV carry every field with its record name (stable,
for scripts and spreadsheets); the table shows the chosen columns, headed for people.

Stored text came from feeds and is hostile. What reaches a terminal or a spreadsheet goes
through `bot.text.printable` (no terminal controls, no bidi overrides): table cells and CSV
cells (which are also kept from starting a formula), while JSON keeps every value as
stored but writes those characters as \\u escapes, so a parser gets the data and a
terminal never sees them.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, fields, is_dataclass
from typing import IO, Any, Literal

from bot.text import printable

__all__ = ["FORMATS", "Column", "csv_cell", "emit", "json_text", "short_time", "shown"]

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


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 contradiction', '2 contradictions', '0 matches' (`many`: an irregular plural)."""
    if n == 1:
        return f"{n} {word}"
    return f"{n} {many or (word + 'es' if word.endswith(('ch', 'sh', 's', 'x')) else word + 's')}"


def short_time(value: str | None) -> str:
    """'2024-10-01T08:30:00Z' -> '2024-10-01 08:30' ('' for None)."""
    return value.replace("T", " ")[:16] if value else ""


#: a cell starting with one of these is a formula to a spreadsheet (OWASP: CSV injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: what JSON may hold raw but a terminal must not see (C0 controls JSON escapes itself)
_JSON_UNSHOWABLE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    """Text for a rich table or console: printable, and rich's [markup] escaped."""
    from rich.markup import escape

    return escape(printable(text))


def csv_cell(value: Any) -> Any:
    """A CSV cell: text made printable and, when it would start a formula (=, +, -, @,
    tab), prefixed with an apostrophe, as OWASP recommends; numbers stay numbers."""
    if not isinstance(value, str):
        return value
    text = printable(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def json_text(data: Any, *, indent: int | None = 2) -> str:
    """`data` as JSON (UTF-8 text kept readable; indented unless `indent` is None), with
    every character a terminal must not see written as a \\u escape: the same data to a
    parser."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _JSON_UNSHOWABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


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
        out.write(json_text(records(rows)) + "\n")
        return
    if fmt == "csv":
        names = [f.name for f in fields(rows[0])] if rows else []
        writer = csv.writer(out, lineterminator="\n")
        if names:
            writer.writerow(names)
        for rec in records(rows):
            writer.writerow([csv_cell(_plain(rec[n])) for n in names])
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, highlight=False, soft_wrap=False)
    if not rows:
        console.print(printable(empty), markup=False)
        return
    table = Table(
        title=title and shown(title), title_justify="left", show_lines=False, expand=False
    )
    for c in columns:
        table.add_column(
            c.heading,
            justify=c.justify,
            max_width=c.max_width,
            no_wrap=c.no_wrap,
            overflow="fold",
        )
    for r in rows:
        table.add_row(*(shown(c.get(r)) for c in columns))
    console.print(table)

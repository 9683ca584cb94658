"""How HTML-to-text scales on hostile markup (issue 14, defect 6).

    .venv/bin/python bench/text.py [--max-size BYTES] [--old]

For each kind of hostile markup (openers that never close, and a news-like baseline),
converts texts of growing size with `html_to_text` and `strip_markup` and prints the CPU
time and how it grew from the previous size: a linear conversion grows about 4x per 4x of
input. `--old` also times the regex used before issue 14 (`<(script|style)\\b.*?</\\1\\s*>`,
which looks from every opener to the end of the text) on the small sizes only.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.text import html_to_text, strip_markup  # noqa: E402

UNITS = {
    "news": '<p>Kremlin spokesman <a href="https://x.example/a">Peskov</a> denied it.</p>\n',
    "<script": "<script",
    "<style": "<style",
    "<!--": "<!--",
    "<br": "<br",
    "<a b=": "<a b=",
    "</script ": "</script ",
    "&amp;lt;": "&amp;lt;",
}
OLD_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def cpu(fn: object, text: str) -> float:
    start = time.process_time()
    fn(text)  # type: ignore[operator]
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-size", type=int, default=1 << 20)
    ap.add_argument("--old", action="store_true", help="also time the pre-issue-14 regex")
    args = ap.parse_args()
    sizes = [s for s in (1 << 14, 1 << 16, 1 << 18, 1 << 20, 1 << 22) if s <= args.max_size]
    print(f"{'markup':12} " + " ".join(f"{s // 1024:>10} KB" for s in sizes) + "   growth per 4x")
    for name, unit in UNITS.items():
        times = []
        for size in sizes:
            text = unit * (size // len(unit))
            times.append(cpu(html_to_text, text) + cpu(strip_markup, text))
        growth = [b / a for a, b in itertools.pairwise(times) if a > 0]
        print(
            f"{name:12} "
            + " ".join(f"{t * 1000:>10.1f} ms" for t in times)
            + "   "
            + " ".join(f"x{g:.1f}" for g in growth)
        )
    if args.old:
        print("\nthe regex before issue 14 (script/style only), on <script:")
        for size in (1 << 12, 1 << 14, 1 << 16):
            text = "<script" * (size // 7)
            print(f"  {size // 1024:>4} KB {cpu(lambda t: OLD_SCRIPT.sub(' ', t), text):8.2f} s")


if __name__ == "__main__":
    main()

"""Write bot/matching/hanja.txt, the Sino-Korean readings of Chinese characters, from the
Unicode Han Database (Debian's unicode-data package: /usr/share/unicode/Unihan_*.txt.bz2).

Korean names are written in Chinese characters in Chinese and Japanese news (李在明:
이재명, Lee Jae-myung); the table lets bot.matching.sound_names read them as Korean. Each
line is a hangul syllable, a tab, and the characters read so (simplified forms with their
traditional ones). A character keeps its first reading, or its name reading (金: 김, not 금)
when Unihan marks one.

    python scripts/make_hanja_table.py [UNIHAN_DIR]
"""

from __future__ import annotations

import bz2
import re
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "bot" / "matching" / "hanja.txt"
FIELD = re.compile(r"^U\+([0-9A-F]+)\t(\w+)\t(.*)$")


def _rows(path: Path) -> list[tuple[str, str, str]]:
    text = (
        bz2.open(path, "rt", encoding="utf-8").read() if path.suffix == ".bz2" else path.read_text()
    )
    out = []
    for line in text.splitlines():
        m = FIELD.match(line)
        if m:
            out.append((chr(int(m.group(1), 16)), m.group(2), m.group(3)))
    return out


def main(src: Path) -> None:
    def find(name: str) -> Path:
        for cand in (src / f"{name}.txt", src / f"{name}.txt.bz2"):
            if cand.exists():
                return cand
        raise SystemExit(f"{name} not found in {src}")

    reading: dict[str, str] = {}
    for ch, field, value in _rows(find("Unihan_Readings")):
        if field != "kHangul" or not "\u4e00" <= ch <= "\u9fff":
            continue
        options = [v.split(":") for v in value.split()]
        named = [h for h, tags in options if "N" in tags]
        reading[ch] = named[0] if named else options[0][0]
    for ch, field, value in _rows(find("Unihan_Variants")):
        if field == "kTraditionalVariant" and ch not in reading:
            for code in value.split():
                trad = chr(int(code.removeprefix("U+"), 16))
                if trad in reading:
                    reading[ch] = reading[trad]
                    break
    by_hangul: dict[str, list[str]] = defaultdict(list)
    for ch, h in sorted(reading.items()):
        by_hangul[h].append(ch)
    lines = [f"{h}\t{''.join(chars)}" for h, chars in sorted(by_hangul.items())]
    OUT.write_text(
        "# Sino-Korean readings of Chinese characters (hangul, tab, characters), made by\n"
        "# scripts/make_hanja_table.py from the Unicode Han Database (kHangul, kTraditionalVariant)\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(reading)} characters, {len(lines)} readings -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"))

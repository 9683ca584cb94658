#!/usr/bin/env python3
"""Tools for tuning on the tuning part (never on the untouched part before it is scored):
predictions saved to a file, what changed between two of them, and what is still wrong.

    .venv/bin/python tests/eval/diagnose.py preds DIR OUT.json [--root CHECKOUT]
    .venv/bin/python tests/eval/diagnose.py diff BEFORE.json AFTER.json DIR
    .venv/bin/python tests/eval/diagnose.py misses DIR PREDS.json [--kind K] [--batch BE ...]
    .venv/bin/python tests/eval/diagnose.py why DIR PREDS.json

- `preds`: each item's matches ({id: {claim: [stance, cue, evidence]}}), by this checkout's
  code or, with --root, another checkout's (a `git worktree` of an older commit: the
  start-of-stop comparison of the untouched part).
- `diff`: the items whose predictions changed, each marked GAIN, LOSS or SAME (whether it
  is more or less right), and the counts.
- `misses`: the errors, each with its text and what the bot said. Kinds: fnC (a denial
  read as an update), mc (a denial not matched at all), fc (an update read as a
  contradiction), fnU (an update not matched), fa (a match the labels do not have).
  --batch: only items of that batch (BE: ids gBE-…); repeat it for several.
- `why`: why each denial read as an update was missed: no cue at all, or the first
  reason `explain` gives for setting a cue aside.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

Preds = dict[str, dict[str, list[Any]]]


def _items(folder: Path) -> Iterator[dict[str, Any]]:
    with open(folder / "items.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def _matcher(folder: Path, root: Path) -> Any:
    sys.path.insert(0, str(root))
    from bot.config import load
    from bot.matching import Matcher

    return Matcher(load(str(folder / "claims.toml")).claims)


def preds(folder: Path, out: Path, root: Path) -> None:
    m = _matcher(folder, root)
    from bot.cli.checking import published_date

    got: Preds = {}
    for it in _items(folder):
        found = m.match(
            it.get("title") or "", it.get("summary") or "", published_date(it.get("published"))
        )
        got[it["id"]] = {x.claim_id: [x.stance, x.cue, x.evidence] for x in found}
    out.write_text(json.dumps(got, ensure_ascii=False), encoding="utf-8")
    print(f"{len(got)} items -> {out}")


def _right(it: dict[str, Any], got: dict[str, list[Any]]) -> int:
    want = {lab["claim"]: lab for lab in it["labels"]}
    right = sum(
        1
        for c, lab in want.items()
        if not lab.get("optional") and c in got and got[c][0] == lab["stance"]
    )
    return right - sum(1 for c in got if c not in want)


def diff(before: Path, after: Path, folder: Path) -> None:
    a: Preds = json.loads(before.read_text(encoding="utf-8"))
    b: Preds = json.loads(after.read_text(encoding="utf-8"))
    counts = Counter[str]()
    for it in _items(folder):
        ga, gb = a.get(it["id"], {}), b.get(it["id"], {})
        if {k: v[0] for k, v in ga.items()} == {k: v[0] for k, v in gb.items()}:
            continue
        d = _right(it, gb) - _right(it, ga)
        tag = "GAIN" if d > 0 else "LOSS" if d < 0 else "SAME"
        counts[tag] += 1
        labels = [(lab["claim"], lab["stance"]) for lab in it["labels"]]
        print(f"{tag} {it['id']} [{it.get('lang')}] labels={labels}")
        print(f"     {it['title'][:150]} | {it['summary'][:200]}")
        print(f"     before={ {k: v[:2] for k, v in ga.items()} }")
        print(f"     after={ {k: v[:2] for k, v in gb.items()} }")
    print(f"gain {counts['GAIN']} loss {counts['LOSS']} same {counts['SAME']}")


def _errors(it: dict[str, Any], got: dict[str, list[Any]]) -> Iterator[tuple[str, str]]:
    want = {lab["claim"]: lab for lab in it["labels"]}
    for c, lab in want.items():
        if lab.get("optional"):
            continue
        if c not in got:
            yield ("mc" if lab["stance"] == "contradiction" else "fnU"), c
        elif lab["stance"] == "contradiction" and got[c][0] != "contradiction":
            yield "fnC", c
        elif lab["stance"] == "update" and got[c][0] == "contradiction":
            yield "fc", c
    for c in got:
        if c not in want:
            yield "fa", c


def misses(folder: Path, predictions: Path, kind: str | None, batches: list[str]) -> None:
    p: Preds = json.loads(predictions.read_text(encoding="utf-8"))
    counts = Counter[str]()
    for it in _items(folder):
        if batches and not any(it["id"].startswith(f"g{b}-") for b in batches):
            continue
        got = p.get(it["id"], {})
        for k, c in _errors(it, got):
            counts[k] += 1
            if kind and k != kind:
                continue
            print(f"{k:4} {it['id']} [{it.get('lang')}] {c}")
            print(f"     T: {it['title']}")
            print(f"     S: {it['summary'][:400]}")
            if c in got:
                print(f"     -> {got[c][0]} cue={got[c][1]!r} evidence={str(got[c][2])[:200]!r}")
    print(dict(counts))


def why(folder: Path, predictions: Path) -> None:
    p: Preds = json.loads(predictions.read_text(encoding="utf-8"))
    m = _matcher(folder, ROOT)
    from bot.cli.checking import published_date

    counts = Counter[str]()
    for it in _items(folder):
        got = p.get(it["id"], {})
        for k, c in _errors(it, got):
            if k != "fnC":
                continue
            e = m.explain(c, it["title"], it["summary"], published_date(it.get("published")))
            ignored = [line for line in e.lines() if "ignored cue" in line]
            reason = ignored[0].split("): ", 1)[-1] if ignored else "no cue"
            counts[reason[:60]] += 1
            print(f"{it['id']} [{it.get('lang')}] {c}: {reason}")
    for reason, n in counts.most_common():
        print(f"{n:5} {reason}")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="command", required=True)
    a = sub.add_parser("preds")
    a.add_argument("dir", type=Path)
    a.add_argument("out", type=Path)
    a.add_argument("--root", type=Path, default=ROOT)
    a = sub.add_parser("diff")
    a.add_argument("before", type=Path)
    a.add_argument("after", type=Path)
    a.add_argument("dir", type=Path)
    a = sub.add_parser("misses")
    a.add_argument("dir", type=Path)
    a.add_argument("preds", type=Path)
    a.add_argument("--kind", choices=["fnC", "mc", "fc", "fnU", "fa"])
    a.add_argument("--batch", action="append", default=[], help="only this batch's items")
    a = sub.add_parser("why")
    a.add_argument("dir", type=Path)
    a.add_argument("preds", type=Path)
    args = ap.parse_args()
    if args.command == "preds":
        preds(args.dir, args.out, args.root.resolve())
    elif args.command == "diff":
        diff(args.before, args.after, args.dir)
    elif args.command == "misses":
        misses(args.dir, args.preds, args.kind, args.batch)
    else:
        why(args.dir, args.preds)


if __name__ == "__main__":
    main()

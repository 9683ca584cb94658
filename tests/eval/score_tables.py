#!/usr/bin/env python3
"""Score claimwatch and the keyword baseline on an evaluation set: overall, per claim and
per language, with ../shared/eval/score.py (the project's scorer) and baseline.py.

    .venv/bin/python tests/eval/score_tables.py tests/eval/generalisation   # the tuning part
    .venv/bin/python tests/eval/score_tables.py tests/eval/holdout          # the untouched part
    .venv/bin/python tests/eval/score_tables.py DIR --json                  # one JSON object

DIR holds claims.toml and items.jsonl (../shared/eval/README.md's format, plus "lang").
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tomllib
from collections import defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))

from bot.cli.checking import published_date  # noqa: E402
from bot.config import load  # noqa: E402
from bot.matching import Matcher  # noqa: E402


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predictions(folder: Path) -> list[dict[str, Any]]:
    """claimwatch's predictions, as `claimwatch classify` prints them."""
    matcher = Matcher(load(str(folder / "claims.toml")).claims)
    out = []
    for item in _items(folder):
        found = matcher.match(
            item.get("title") or "",
            item.get("summary") or "",
            published_date(item.get("published")),
        )
        out.append(
            {
                "id": item["id"],
                "matches": [{"claim": m.claim_id, "stance": m.stance} for m in found],
            }
        )
    return out


def baseline(folder: Path) -> list[dict[str, Any]]:
    """The keyword baseline of ../shared/eval/baseline.py (substring per require group)."""
    claims = tomllib.loads((folder / "claims.toml").read_text(encoding="utf-8"))["claims"]
    out = []
    for item in _items(folder):
        text = f"{item.get('title', '')} {item.get('summary', '')}".casefold()
        hit = [
            {"claim": c["id"], "stance": "update"}
            for c in claims
            if all(any(t.casefold() in text for t in group) for group in c["require"])
        ]
        out.append({"id": item["id"], "matches": hit})
    return out


def _items(folder: Path) -> list[dict[str, Any]]:
    with open(folder / "items.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def tables(folder: Path) -> dict[str, Any]:
    score = _module(SHARED / "score.py").score
    gold = _items(folder)
    pred, base = predictions(folder), baseline(folder)
    groups: dict[str, dict[str, list[dict[str, Any]]]] = {
        "claim": defaultdict(list),
        "language": defaultdict(list),
    }
    for g in gold:
        for c in {lab["claim"] for lab in g["labels"]} or {"(distractors)"}:
            groups["claim"][c].append(g)
        groups["language"][g.get("lang", "?")].append(g)
    non_en = [g for g in gold if g.get("lang", "en") != "en"]
    relevant = [g for g in gold if g["labels"]]
    return {
        "overall": {"claimwatch": score(gold, pred), "baseline": score(gold, base)},
        "non-English": {"claimwatch": score(non_en, pred), "baseline": score(non_en, base)},
        "false contradictions / relevant items": _false_contradictions(relevant, pred),
        "by claim": {
            k: {"claimwatch": score(v, pred), "baseline": score(v, base)}
            for k, v in sorted(groups["claim"].items())
        },
        "by language": {
            k: {"claimwatch": score(v, pred), "baseline": score(v, base)}
            for k, v in sorted(groups["language"].items())
        },
    }


def _false_contradictions(relevant: list[dict[str, Any]], pred: list[dict[str, Any]]) -> float:
    """Share of relevant items with a contradiction predicted for a claim labelled update
    (or not labelled at all)."""
    by_id = {p["id"]: {m["claim"]: m["stance"] for m in p["matches"]} for p in pred}
    bad = 0
    for g in relevant:
        want = {lab["claim"]: lab["stance"] for lab in g["labels"]}
        got = by_id.get(g["id"], {})
        bad += any(
            s == "contradiction" and want.get(c) not in ("contradiction", "any")
            for c, s in got.items()
        )
    return round(bad / len(relevant), 3) if relevant else 0.0


COLUMNS = (
    ("items", "items", "{:>5}"),
    ("pairs", "pairs", "{:>5}"),
    ("F1", "f1", "{:>5.3f}"),
    ("P", "precision", "{:>5.3f}"),
    ("R", "recall", "{:>5.3f}"),
    ("stance", "stance_accuracy", "{:>6.3f}"),
    ("contra R", "contradiction_recall", "{:>8.3f}"),
    ("distr FA", "distractor_false_alert_rate", "{:>8.3f}"),
)


def _print_rows(title: str, rows: dict[str, dict[str, Any]]) -> None:
    print(f"\n{title}")
    head = f"{'':24} {'who':10} " + " ".join(f"{c[0]:>{len(c[2].format(0))}}" for c in COLUMNS)
    print(head)
    for name, pair in rows.items():
        for who in ("claimwatch", "baseline"):
            s = pair[who]
            cells = " ".join(spec.format(s[key]) for _, key, spec in COLUMNS)
            print(f"{name[:24]:24} {who:10} {cells}")


def main() -> None:
    folder = Path(sys.argv[1])
    t = tables(folder)
    if "--json" in sys.argv:
        print(json.dumps(t))
        return
    _print_rows(
        f"{folder.name}: overall", {"all items": t["overall"], "non-English": t["non-English"]}
    )
    print(
        f"false contradictions: {t['false contradictions / relevant items']:.3f} of relevant items"
    )
    _print_rows("by claim", t["by claim"])
    _print_rows("by language", t["by language"])


if __name__ == "__main__":
    main()

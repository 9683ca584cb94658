"""Validate a batch and print its counts: python batch_stats.py (run inside the batch directory,
which holds claims.toml and items.jsonl; tests/eval/BRIEF.md says what a batch is)."""

import collections
import json
import sys
import tomllib
from pathlib import Path

here = Path(__file__).parent
claims = tomllib.loads((here / "claims.toml").read_text(encoding="utf-8"))["claims"]
ids = {c["id"] for c in claims}
problems = []
for c in claims:
    for key in ("id", "statement", "require"):
        if key not in c:
            problems.append(f"claim {c.get('id')}: no {key}")
    if "contradict" in c:
        problems.append(f"claim {c['id']}: has `contradict` (not allowed)")
    req = c.get("require", [])
    if not (isinstance(req, list) and all(isinstance(g, list) and g for g in req)):
        problems.append(f"claim {c['id']}: require must be a list of non-empty lists")
items = []
seen_ids, seen_urls = set(), set()
for n, line in enumerate((here / "items.jsonl").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        continue
    try:
        it = json.loads(line)
    except json.JSONDecodeError as e:
        problems.append(f"line {n}: bad JSON ({e})")
        continue
    for key in ("id", "lang", "source", "published", "url", "title", "summary", "labels"):
        if key not in it:
            problems.append(f"line {n}: no {key}")
    if it.get("id") in seen_ids:
        problems.append(f"line {n}: duplicate id {it.get('id')}")
    if it.get("url") in seen_urls:
        problems.append(f"line {n}: duplicate url {it.get('url')}")
    seen_ids.add(it.get("id"))
    seen_urls.add(it.get("url"))
    for lab in it.get("labels", []):
        if lab.get("claim") not in ids:
            problems.append(f"line {n}: unknown claim {lab.get('claim')}")
        if lab.get("stance") not in ("update", "contradiction"):
            problems.append(f"line {n}: bad stance {lab.get('stance')}")
        if set(lab) - {"claim", "stance", "optional"}:
            problems.append(f"line {n}: unexpected label keys {sorted(set(lab))}")
    items.append(it)

stances = collections.Counter()
langs = collections.Counter()
per_claim = collections.defaultdict(collections.Counter)
per_claim_langs = collections.defaultdict(lambda: collections.defaultdict(set))
optional = 0
for it in items:
    langs[it.get("lang")] += 1
    if not it.get("labels"):
        stances["distractor"] += 1
    for lab in it.get("labels", []):
        stances[lab["stance"]] += 1
        per_claim[lab["claim"]][lab["stance"]] += 1
        per_claim_langs[lab["claim"]][lab["stance"]].add(it.get("lang"))
        optional += bool(lab.get("optional"))
print(len(items), dict(stances))
print(dict(langs))
print("non-en", sum(v for k, v in langs.items() if k != "en") / max(1, len(items)))
for c in sorted(ids):
    print(c, dict(per_claim[c]), {k: sorted(v) for k, v in per_claim_langs[c].items()})
print("optional labels", optional)
print(problems if problems else "no problems")
sys.exit(1 if problems else 0)

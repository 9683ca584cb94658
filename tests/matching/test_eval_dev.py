"""Regression over the shared dev set: the issue's quality targets, scored by its score.py."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from bot.config import load
from bot.matching import Matcher
from bot.records import Claim

EVAL = Path(__file__).resolve().parents[3] / "shared" / "eval"

pytestmark = pytest.mark.skipif(
    not (EVAL / "dev.jsonl").exists(), reason="shared eval set not present"
)


def _claims() -> list[Claim]:
    return list(load(str(EVAL / "claims.toml")).claims)


def _score() -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gold = mod.load(str(EVAL / "dev.jsonl"))
    m = Matcher(_claims())
    pred = [
        {
            "id": g["id"],
            "matches": [
                {"claim": x.claim_id, "stance": x.stance}
                for x in m.match(g.get("title", ""), g.get("summary", ""))
            ],
        }
        for g in gold
    ]
    result: dict[str, Any] = mod.score(gold, pred)
    return result


def test_dev_set_meets_the_targets() -> None:
    s = _score()
    assert s["f1"] >= 0.97, json.dumps(s)
    assert s["stance_accuracy"] >= 0.92, json.dumps(s)
    assert s["contradiction_recall"] >= 0.90, json.dumps(s)
    assert s["distractor_false_alert_rate"] <= 0.03, json.dumps(s)

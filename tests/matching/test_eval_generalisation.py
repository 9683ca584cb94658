"""The generalisation set's tuning part (tests/eval/generalisation) does not fall below the
figures measured when the general stance mechanisms landed (issue 16). A held-out part,
when there is one, is scored by tests/eval/score_tables.py and reported, never asserted
here."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "eval"

pytestmark = pytest.mark.skipif(
    not (SHARED / "score.py").exists(), reason="../shared/eval/score.py not present"
)


def _tables() -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location("score_tables", EVAL / "score_tables.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    result: dict[str, Any] = mod.tables(EVAL / "generalisation")
    return result


@pytest.mark.timeout(900)  # 13,980 items, each matched against 446 claims and the baseline
def test_the_tuning_part_keeps_its_figures() -> None:
    t = _tables()
    ours, base = t["overall"]["claimwatch"], t["overall"]["baseline"]
    # figures over batches A-P, M, R, S and X (2,194 items; X, stop 20's held-out part,
    # joined the tuning part at stop 21): at the start of stop 21 F1 0.847, stance 0.923,
    # contra R 0.678, false contradictions 0.017; at its end F1 0.855, stance 0.923,
    # contra R 0.689, false contradictions 0.018. Stop 22 joined stop 21's untouched part
    # (batches V, W, Y, Z): at the start of stop 22 F1 0.802, stance 0.905, contra R
    # 0.605, false contradictions 0.016; at its end F1 0.833, stance 0.920, contra R
    # 0.666, false contradictions 0.018. Stop 23 joined stop 22's untouched part (batches
    # AA, AB; 3,009 items): at the start of stop 23 F1 0.828, stance 0.906, contra R
    # 0.642, false contradictions 0.017; at its end F1 0.843, stance 0.915, contra R
    # 0.675, false contradictions 0.019. Stop 24 joined stop 23's untouched part (batches
    # AC-AF; 3,527 items): at the start of stop 24 F1 0.840, stance 0.903, contra R 0.661,
    # false contradictions 0.023; at its end F1 0.851, stance 0.909, contra R 0.695, false
    # contradictions 0.025. Stop 25 joined stop 24's untouched part (batches AG-AJ; 4,058
    # items): at the start of stop 25 F1 0.826, stance 0.891, contra R 0.661, false
    # contradictions 0.036; at its end F1 0.838, stance 0.901, contra R 0.675, false
    # contradictions 0.030. Stop 26 joined stop 25's untouched part (batches AK-AN; 4,596
    # items): at the start of stop 26 F1 0.837, stance 0.891, contra R 0.668, false
    # contradictions 0.035; at its end F1 0.847, stance 0.895, contra R 0.693, false
    # contradictions 0.036. Stop 27 joined stop 26's untouched part (batches AO-AR; 5,121
    # items): at the start of stop 27 F1 0.844, stance 0.891, contra R 0.692, false
    # contradictions 0.042; at its end F1 0.845, stance 0.904, contra R 0.710, false
    # contradictions 0.039. Stop 28 joined stop 27's untouched part (batches AS-AV; 5,632
    # items): at the start of stop 28 F1 0.844, stance 0.898, contra R 0.694, false
    # contradictions 0.039; at its end F1 0.848, stance 0.901, contra R 0.705, false
    # contradictions 0.040. Stop 29 joined stop 28's untouched part (batches AW-AZ; 6,102
    # items): at the start of stop 29 F1 0.847, stance 0.898, contra R 0.705, false
    # contradictions 0.041; at its end F1 0.848, stance 0.903, contra R 0.713, false
    # contradictions 0.040. Stop 30 joined stop 29's untouched part (batches BA-BD; 6,594
    # items): at the start of stop 30 F1 0.844, stance 0.899, contra R 0.700, false
    # contradictions 0.042; at its end F1 0.847, stance 0.906, contra R 0.712, false
    # contradictions 0.040. Stop 31 joined stop 30's untouched part (batches BE-BH; 6,931
    # items): at the start of stop 31 F1 0.847, stance 0.905, contra R 0.707, false
    # contradictions 0.039; at its end F1 0.849, stance 0.909, contra R 0.714, false
    # contradictions 0.039. Stop 32 joined stop 31's untouched part (batches BI-BL; 7,428
    # items): at the start of stop 32 F1 0.837, stance 0.904, contra R 0.703, false
    # contradictions 0.045; at its end F1 0.841, stance 0.907, contra R 0.709, false
    # contradictions 0.043. Stop 33 joined stop 32's untouched part (batches BM-BP; 7,997
    # items): at the start of stop 33 F1 0.840, stance 0.898, contra R 0.699, false
    # contradictions 0.046; at its end F1 0.841, stance 0.904, contra R 0.714, false
    # contradictions 0.046. Stop 34 joined stop 33's untouched part (batches BQ-BT; 8,491
    # items): at the start of stop 34 F1 0.835, stance 0.901, contra R 0.711, false
    # contradictions 0.0495; at its end F1 0.855, stance 0.903, contra R 0.724, false
    # contradictions 0.0388. Stop 35 joined stop 34's untouched part (batches BU-BX; 8,974
    # items): at the start of stop 35 F1 0.854, stance 0.895, contra R 0.711, false
    # contradictions 0.0398; at its end F1 0.857, stance 0.897, contra R 0.717, false
    # contradictions 0.0389. Stop 36 joined stop 35's untouched part (batches BY-CB; 9,402
    # items): at the start of stop 36 F1 0.852, stance 0.893, contra R 0.712, false
    # contradictions 0.0422; at its end F1 0.852, stance 0.896, contra R 0.715, false
    # contradictions 0.0414. Stop 37 joined stop 36's untouched part (batches CC-CF; 9,896
    # items): at the start of stop 37 F1 0.848, stance 0.892, contra R 0.714, false
    # contradictions 0.0451; at its end F1 0.848, stance 0.897, contra R 0.718, false
    # contradictions 0.0424. Stop 38 joined stop 37's untouched part (batches CG-CJ; 10,448
    # items): at the start of stop 38 F1 0.846, stance 0.894, contra R 0.709, false
    # contradictions 0.0433; at its end F1 0.853, stance 0.897, contra R 0.716, false
    # contradictions 0.0414. Stop 39 joined stop 38's untouched part (batches CK-CN; 10,949
    # items): at the start of stop 39 F1 0.851, stance 0.894, contra R 0.712, false
    # contradictions 0.0437; at its end F1 0.851, stance 0.898, contra R 0.720, false
    # contradictions 0.0434. Stop 40 joined stop 39's untouched part (batches CO-CR; 11,501
    # items): at the start of stop 40 F1 0.850, stance 0.895, contra R 0.715, false
    # contradictions 0.0450; at its end F1 0.851, stance 0.897, contra R 0.722, false
    # contradictions 0.0452. Stop 41 joined stop 40's untouched part (batches CS-CV; 11,982
    # items): at the start of stop 41 F1 0.849, stance 0.895, contra R 0.720, false
    # contradictions 0.0474; at its end F1 0.850, stance 0.898, contra R 0.725, false
    # contradictions 0.0466. Stop 42 joined stop 41's untouched part (batches CW-CZ; 12,491
    # items): at the start of stop 42 F1 0.846, stance 0.896, contra R 0.722, false
    # contradictions 0.0493; at its end F1 0.848, stance 0.899, contra R 0.727, false
    # contradictions 0.0480. Stop 43 joined stop 42's untouched part (batches DA-DD; 12,959
    # items): at the start of stop 43 F1 0.842, stance 0.898, contra R 0.723, false
    # contradictions 0.0536; at its end F1 0.846, stance 0.903, contra R 0.730, false
    # contradictions 0.0505. Stop 44 joined stop 43's untouched part (batches DE-DI; 13,470
    # items): at the start of stop 44 F1 0.844, stance 0.899, contra R 0.725, false
    # contradictions 0.0515; at its end F1 0.845, stance 0.902, contra R 0.730, false
    # contradictions 0.0508. Stop 45 joined stop 44's untouched part (batches DJ-DM; 13,980
    # items): at the start of stop 45 F1 0.841, stance 0.895, contra R 0.719, false
    # contradictions 0.0546; at its end F1 0.844, stance 0.896, contra R 0.720, false
    # contradictions 0.0522
    assert ours["f1"] >= 0.84 and ours["f1"] > base["f1"]
    assert ours["stance_accuracy"] >= 0.89
    assert ours["contradiction_recall"] >= 0.71
    assert t["false contradictions / relevant items"] <= 0.053
    non_en = t["non-English"]["claimwatch"]
    assert non_en["f1"] > t["non-English"]["baseline"]["f1"]

"""The evaluation gate: development-set F1 per field must stay at or above its floor."""

from __future__ import annotations

import json
from pathlib import Path

from svpress.evaluate import evaluate, read_gold
from svpress.pipeline import parse

FLOORS = Path(__file__).with_name("eval_floors.json")


def test_eval_gate_fields_at_or_above_floors(gold_file: Path) -> None:
    floors = {k: v for k, v in json.loads(FLOORS.read_text()).items() if not k.startswith("_")}
    report = evaluate(read_gold(gold_file), lambda row: parse(row["text"]).to_dict())
    scores = report.scores()
    assert report.crashes == 0, report.misses
    below = {f: (scores[f]["f"], floor) for f, floor in floors.items() if scores[f]["f"] < floor}
    assert not below, f"fields below their floor (F1, floor): {below}\n{report.table()}"

"""`svpress evaluate` scores as the gold GUIDELINES define (same numbers as the team scorer)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from svpress.evaluate import Tally, evaluate, jaccard, org_key, read_gold, score_release
from svpress.pipeline import parse


def _tallies() -> dict[str, Tally]:
    from svpress.evaluate import ALL_FIELDS

    return {f: Tally() for f in ALL_FIELDS}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kungsleden AB (publ)", "Kungsleden"),
        ("AB Volvo", "Volvo"),
        ("Nokia Oyj", "nokia"),
    ],
    ids=["publ-and-ab", "ab-prefix", "oyj"],
)
def test_evaluate_org_key_ignores_legal_forms(a: str, b: str) -> None:
    assert org_key(a) == org_key(b)


def test_evaluate_quote_needs_speaker_and_half_the_words() -> None:
    gold = {"quotes": [{"speaker": "Anna Svensson", "text": "vi är mycket glada över beslutet"}]}
    t = _tallies()
    score_release(gold, {"quotes": [{"speaker": "Anna Svensson", "text": "vi är mycket glada"}]}, t)
    assert (t["quotes"].tp, t["quotes"].fp, t["quotes"].fn) == (1, 0, 0)
    t = _tallies()
    score_release(gold, {"quotes": [{"speaker": None, "text": "vi är mycket glada över beslutet"}]}, t)
    assert (t["quotes"].tp, t["quotes"].fp, t["quotes"].fn) == (0, 1, 1)
    assert jaccard("a b", "a c") == pytest.approx(1 / 3)


def test_evaluate_contact_phones_scored_only_for_found_contacts() -> None:
    gold = {"contacts": [{"name": "Eva Ek", "phones": ["+46701234567"]}, {"name": "Bo Al", "phones": ["+4681234567"]}]}
    pred = {"contacts": [{"name": "Eva Ek", "phones": ["+46701234567", "+4687654321"]}]}
    t = _tallies()
    score_release(gold, pred, t)
    assert (t["contacts"].tp, t["contacts"].fp, t["contacts"].fn) == (1, 0, 1)
    assert (t["contact_phones"].tp, t["contact_phones"].fp, t["contact_phones"].fn) == (1, 1, 1)


def test_evaluate_date_range_gives_both_ends() -> None:
    gold = {"dates": ["2010-03-10", "2010-03-11"]}
    t = _tallies()
    score_release(gold, {"dates": [{"date": "2010-03-10", "until": "2010-03-11"}]}, t)
    assert (t["dates"].tp, t["dates"].fp, t["dates"].fn) == (2, 0, 0)


def test_evaluate_matches_team_scorer(gold_file: Path) -> None:
    scorer = gold_file.parent.parent / "tools" / "score.py"
    if not scorer.is_file():
        pytest.skip("team scorer not found beside the gold set")
    proc = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold_file), "--api", "svpress", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    theirs = json.loads(proc.stdout)
    ours = evaluate(read_gold(gold_file), lambda row: parse(row["text"]).to_dict()).to_json()
    assert ours["fields"] == theirs["fields"]
    assert ours["macro_f1"] == theirs["macro_f1"]

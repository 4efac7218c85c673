"""Hostile inputs: every public function returns, with offsets inside the input (timing: benchmarks/hostile.py)."""

from __future__ import annotations

import json

import pytest

import svpress
from hostile_inputs import HOSTILE

SIZE = 30_000


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_parse_returns(name: str) -> None:
    text = HOSTILE[name](SIZE)
    d = svpress.parse(text).to_dict()
    json.dumps(d)
    for key in ("phones", "emails", "dates"):
        for item in d[key]:
            assert text[item["start"] : item["end"]] == item["raw"]


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_extractors_return(name: str) -> None:
    text = HOSTILE[name](SIZE)
    for found in (svpress.entities(text), svpress.phones(text), svpress.emails(text), svpress.dates(text)):
        for item in found:
            assert 0 <= item.start <= item.end <= len(text)

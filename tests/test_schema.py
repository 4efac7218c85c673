"""Real output validates against the published JSON Schema."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from svpress import parse
from svpress.schema import json_schema

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.stem)
def test_schema_validates_fixture_output(path: Path) -> None:
    jsonschema.validate(parse(path.read_text(encoding="utf-8")).to_dict(), json_schema())


def test_schema_validates_gold_output(gold_file: Path) -> None:
    from svpress.evaluate import read_gold

    schema = json_schema()
    for row in read_gold(gold_file):
        jsonschema.validate(parse(row["text"]).to_dict(), schema)

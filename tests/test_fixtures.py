"""Each hand-annotated fixture release parses to exactly its expectation, field group by field group.

The fixtures (fixtures/README.md) are written by the svpress team and annotated
by hand following ../shared/gold/GUIDELINES.md; the comparison uses the team
scorer's own matching rules (``svpress.evaluate.score_release``). Select or
deselect this module with ``-m fixtures`` / ``-m "not fixtures"``.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

from fixture_gold import GROUPS, load_fixtures, mismatches
from svpress import parse

pytestmark = pytest.mark.fixtures

FIXTURES = {f.stem: f for f in load_fixtures()}


@functools.cache
def _parsed(stem: str) -> dict[str, Any]:
    # Parse each fixture once for all its field groups.
    return parse(FIXTURES[stem].text).to_dict()


@pytest.mark.parametrize(
    ("stem", "group"),
    [pytest.param(f.stem, g, id=f"{f.short}-{g}") for f in FIXTURES.values() for g in GROUPS],
)
def test_fixtures_field_matches_expectation(stem: str, group: str) -> None:
    problems = mismatches(FIXTURES[stem].gold, _parsed(stem), group)
    assert not problems, "\n".join(problems)


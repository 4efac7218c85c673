"""People and organisations of whole invented releases, as ``parse`` resolves them.

``tests/ner_releases/<name>.txt`` is a short release written for these tests
(invented firms, clubs and people; public bodies with invented content), and
``<name>.json`` its hand annotation of ``people`` and ``organisations``
(../shared/gold/GUIDELINES.md) plus ``known_errors``: what the recogniser is
known to miss or add. A known error that gets fixed fails the test too, so
that the list is kept true; the names are compared as the team scorer does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from svpress import parse
from svpress.evaluate import norm, org_key

RELEASES = Path(__file__).with_name("ner_releases")


def _cases() -> list[Any]:
    return [pytest.param(p, id=p.stem) for p in sorted(RELEASES.glob("*.txt"))]


def _diff(gold: list[str], found: set[str], key: Any) -> dict[str, list[str]]:
    want = {key(x) for x in gold}
    out = {"missed": sorted(want - found), "extra": sorted(found - want)}
    return {k: v for k, v in out.items() if v}


@pytest.mark.parametrize("path", _cases())
def test_entities_releases_match_annotation_up_to_known_errors(path: Path) -> None:
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    release = parse(path.read_text(encoding="utf-8"))
    errors = {
        "people": _diff(gold["people"], {norm(p.name) for p in release.people}, norm),
        "organisations": _diff(gold["organisations"], {org_key(o.name) for o in release.organisations}, org_key),
    }
    errors = {k: v for k, v in errors.items() if v}
    assert errors == gold.get("known_errors", {})


def test_entities_releases_are_there() -> None:
    assert len(_cases()) >= 10

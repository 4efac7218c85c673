"""Shared test helpers: where the development gold set and fixtures live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def gold_path() -> Path | None:
    """The development gold set: $SVPRESS_GOLD, else ../shared/gold/dev.jsonl beside the checkout."""
    env = os.environ.get("SVPRESS_GOLD")
    candidates = [Path(env)] if env else []
    candidates.append(ROOT.parent / "shared" / "gold" / "dev.jsonl")
    for p in candidates:
        if p.is_file():
            return p
    return None


@pytest.fixture(scope="session")
def gold_file() -> Path:
    p = gold_path()
    if p is None:
        pytest.skip("development gold set not found (set SVPRESS_GOLD or place ../shared beside the checkout)")
    return p

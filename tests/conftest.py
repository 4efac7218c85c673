"""Shared test helpers: where the development gold set and fixtures live."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from pgserver import PostgresServer, in_ci, running_server

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


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server of our own for the session; skipped (failed on CI) when it cannot run."""
    with running_server() as server:
        if isinstance(server, str):
            if in_ci():
                pytest.fail(f"PostgreSQL tests must run on CI: {server}")
            pytest.skip(server)
        yield server


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """The URL of a fresh, empty database on the session's server."""
    return postgres_server.create_database()

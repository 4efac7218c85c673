"""The throwaway-PostgreSQL helper: finding binaries, and saying why there is no server."""

from __future__ import annotations

import pytest

import pgserver


def test_postgres_fixture_missing_binaries_give_a_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pgserver, "find_binary", lambda name: None)
    with pgserver.running_server() as server:
        assert isinstance(server, str) and "initdb" in server


@pytest.mark.parametrize(
    ("value", "ci"),
    [
        pytest.param("1", True, id="one"),
        pytest.param("true", True, id="true"),
        pytest.param("", False, id="empty"),
        pytest.param("0", False, id="zero"),
        pytest.param("false", False, id="false"),
    ],
)
def test_postgres_fixture_ci_detection(monkeypatch: pytest.MonkeyPatch, value: str, ci: bool) -> None:
    monkeypatch.setenv("CI", value)
    assert pgserver.in_ci() is ci

"""What every sink shares: the outcome of one record and the sink interface."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from svpress.io.readers import Record

Prepare = Callable[[Record, dict[str, Any], str], Any]
"""A sink's worker-side step: ``(record, release.to_dict(), parsed_at) -> payload``.

It runs in the worker processes, so the parent only writes finished rows;
it must be a module-level function so that it can be sent to them.
"""


class SinkError(Exception):
    """The output cannot be opened or written (bad URL, unreachable server, newer schema)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one record: a prepared result (``payload``) or a reject (``stage``, ``reason``)."""

    id: str
    source: str
    sha256: str
    encoding: str | None = None
    payload: Any = None
    stage: str | None = None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        """True for a parsed release, False for a reject."""
        return self.reason is None


@dataclass(frozen=True, slots=True)
class Stored:
    """What a sink already holds for an id: its hash and whether it is a reject."""

    sha256: str
    rejected: bool


@dataclass
class WriteReport:
    """What a write did besides storing rows.

    ``replaced``: ids that already had a row; ``superseded``: outcomes replaced
    by a later one with the same id in the batch; ``refused``: results the
    database refused and that were stored as rejects instead.
    """

    replaced: set[str] = field(default_factory=set)
    superseded: int = 0
    refused: int = 0


class Sink(Protocol):
    """Where results and rejects go; every ``write`` is one transaction."""

    description: str

    def preparer(self) -> Prepare:
        """The function workers apply to each parsed release."""
        ...

    def lookup(self, ids: Sequence[str]) -> dict[str, Stored]:
        """What is already stored for these ids."""
        ...

    def write(self, outcomes: Sequence[Outcome]) -> WriteReport:
        """Store results and rejects, replacing any row with the same id, all or nothing."""
        ...

    def close(self) -> None:
        """Finish and release the output."""
        ...


def last_per_id(outcomes: Sequence[Outcome]) -> tuple[list[Outcome], int]:
    """Keep the last outcome of each id (an id repeated in the input: the later one wins)."""
    latest: dict[str, Outcome] = {}
    for o in outcomes:
        latest[o.id] = o
    return list(latest.values()), len(outcomes) - len(latest)

"""PostgreSQL through psycopg 3 (``--db postgresql://…``); psycopg is imported only here."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from svpress.io.sinks import rows
from svpress.io.sinks.base import SinkError
from svpress.io.sinks.sql import SqlSink

# Any fixed number: concurrent runs take it so that only one migrates at a time.
_MIGRATION_LOCK = 0x5F5072657373


class PostgresDialect:
    """PostgreSQL's placeholders (with casts for dates, times and JSON) and transactions."""

    name = "postgresql"

    def param(self, column: str | None = None) -> str:
        """``%s``, cast where the value travels as ISO or JSON text."""
        cast = rows.CASTS.get(column or "")
        return f"%s::{cast}" if cast else "%s"

    def id_list(self, ids: Sequence[str]) -> tuple[str, list[Any]]:
        """``= ANY(%s)`` with one array parameter."""
        return "= ANY(%s)", [list(ids)]

    @contextmanager
    def transaction(self, conn: Any) -> Iterator[Any]:
        """Psycopg's transaction block: commit on success, roll back on any exception."""
        with conn.transaction():
            yield conn

    def migration_lock(self, conn: Any) -> None:
        """A transaction-level advisory lock."""
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))

    @property
    def errors(self) -> tuple[type[Exception], ...]:
        """The errors psycopg raises."""
        import psycopg  # noqa: PLC0415 - loaded only with this sink

        return (psycopg.Error,)


def pg_conninfo(url: str) -> str:
    """A libpq URL from ``postgresql://``, ``postgres://`` or SQLAlchemy's ``postgresql+psycopg://``."""
    scheme, sep, rest = url.partition("://")
    base = scheme.split("+", 1)[0]
    if not sep or base not in ("postgresql", "postgres"):
        raise SinkError(f"{url}: not a PostgreSQL URL")
    return f"postgresql://{rest}"


def open_postgres(url: str) -> SqlSink:
    """Connect to the PostgreSQL database at ``url`` and migrate its schema."""
    try:
        import psycopg  # noqa: PLC0415 - SQLite and JSON Lines users need no psycopg
    except ImportError:
        raise SinkError("PostgreSQL needs psycopg 3: pip install 'svpress[postgres]'") from None
    conninfo = pg_conninfo(url)
    try:
        conn = psycopg.connect(conninfo, autocommit=True)
    except psycopg.Error as exc:
        raise SinkError(f"cannot connect to PostgreSQL: {str(exc).strip()}") from None
    info = conn.info
    return SqlSink(conn, PostgresDialect(), f"postgresql://{info.user}@{info.host}:{info.port}/{info.dbname}")

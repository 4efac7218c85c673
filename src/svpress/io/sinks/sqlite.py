"""SQLite: the embedded default database (``--db sqlite:///path.db``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from svpress.io.sinks.base import SinkError
from svpress.io.sinks.sql import SqlSink


class SqliteDialect:
    """SQLite's placeholders and transactions."""

    name = "sqlite"

    def param(self, column: str | None = None) -> str:
        """SQLite stores dates, times and JSON as the text they arrive as."""
        return "?"

    def id_list(self, ids: Sequence[str]) -> tuple[str, list[Any]]:
        """``IN (?, ?, …)``."""
        return f"IN ({', '.join('?' * len(ids))})", list(ids)

    @contextmanager
    def transaction(self, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE``: take the write lock at once rather than fail half-way."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def migration_lock(self, conn: sqlite3.Connection) -> None:
        """``BEGIN IMMEDIATE`` already serialises writers."""

    @property
    def errors(self) -> tuple[type[Exception], ...]:
        """sqlite3's errors."""
        return (sqlite3.Error,)


def sqlite_path(url: str) -> str:
    """The file of a ``sqlite:///relative.db`` or ``sqlite:////absolute.db`` URL (or a bare path)."""
    if url.startswith("sqlite://"):
        rest = url.removeprefix("sqlite://")
        if not rest.startswith("/"):
            raise SinkError(f"{url}: a SQLite URL is sqlite:///relative/path.db or sqlite:////absolute/path.db")
        path = rest[1:]
        return path or ":memory:"
    return url


def open_sqlite(url: str) -> SqlSink:
    """Open (creating if needed) the SQLite database at ``url`` and migrate its schema."""
    path = sqlite_path(url)
    if path != ":memory:":
        parent = Path(path).parent
        if not parent.is_dir():
            raise SinkError(f"{url}: folder {parent} does not exist")
    try:
        # isolation_level=None: transactions are exactly the BEGIN/COMMIT we issue.
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        if path != ":memory:":
            # WAL + NORMAL: a killed process loses nothing committed, and commits
            # do not wait for the disk on every batch.
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        return SqlSink(conn, SqliteDialect(), f"sqlite:///{path}")
    except sqlite3.Error as exc:
        raise SinkError(f"{url}: {exc}") from None

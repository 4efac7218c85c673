"""The database sink shared by SQLite and PostgreSQL: migrations, lookups, batched writes.

A ``write`` is one transaction holding every release of the batch with all its
child rows and every reject: a run killed at any moment leaves whole releases
or none. A release whose id is already stored is deleted first (its child
rows go with it, ``ON DELETE CASCADE``), so a rerun replaces, never duplicates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

from svpress.io.readers import Record
from svpress.io.sinks import rows, schema
from svpress.io.sinks.base import Outcome, Prepare, SinkError, Stored, WriteReport, last_per_id

# Ids per IN (…) list: far below SQLite's limit on bound parameters.
_ID_CHUNK = 500


class Dialect(Protocol):
    """What differs between the databases: parameters, id lists, transactions."""

    name: str

    def param(self, column: str | None = None) -> str:
        """The placeholder for one value of ``column``."""
        ...

    def id_list(self, ids: Sequence[str]) -> tuple[str, list[Any]]:
        """A condition ``id`` is in ``ids``, and its parameters."""
        ...

    def transaction(self, conn: Any) -> AbstractContextManager[Any]:
        """A write transaction on ``conn``."""
        ...

    def migration_lock(self, conn: Any) -> None:
        """Serialise concurrent migrations (called inside the transaction)."""
        ...

    @property
    def errors(self) -> tuple[type[Exception], ...]:
        """The driver's exceptions, reported as :class:`SinkError`."""
        ...


def now() -> str:
    """The current time as stored in ``parsed_at`` / ``rejected_at`` (ISO 8601, UTC)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def prepare_rows(record: Record, doc: dict[str, Any], parsed_at: str) -> dict[str, list[rows.Row]]:
    """The worker-side step of both database sinks."""
    return rows.release_rows(record, doc, parsed_at)


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class SqlSink:
    """Releases and rejects in a database reached through a DB-API connection."""

    def __init__(self, conn: Any, dialect: Dialect, description: str) -> None:
        self._conn = conn
        self._d = dialect
        self.description = description
        try:
            self.migrate()
        except dialect.errors as exc:
            conn.close()
            raise SinkError(f"{description}: cannot create or migrate the schema: {exc}") from exc
        self._inserts = {
            table: self._insert_sql(table, cols)
            for table, cols in {**rows.TABLES, "rejects": rows.REJECT_COLUMNS}.items()
        }

    def _insert_sql(self, table: str, columns: Sequence[str]) -> str:
        values = ", ".join(self._d.param(c) for c in columns)
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({values})"

    def migrate(self) -> int:
        """Bring the schema to the latest version; return the version the database had."""
        conn, d = self._conn, self._d
        with d.transaction(conn):
            d.migration_lock(conn)
            for stmt in schema.render(schema.VERSION_TABLE, d.name):
                conn.execute(stmt)
            row = conn.execute("SELECT MAX(version) FROM svpress_schema").fetchone()
            current = int(row[0]) if row and row[0] is not None else 0
            if current > schema.LATEST_VERSION:
                raise SinkError(
                    f"{self.description}: database schema version {current} is newer than this svpress"
                    f" understands ({schema.LATEST_VERSION}); upgrade svpress"
                )
            for m in schema.MIGRATIONS:
                if m.version <= current:
                    continue
                for stmt in schema.render(m.sql, d.name):
                    conn.execute(stmt)
                conn.execute(
                    f"INSERT INTO svpress_schema (version, description, applied_at)"
                    f" VALUES ({d.param()}, {d.param()}, {d.param('applied_at')})",
                    (m.version, m.description, now()),
                )
        return current

    def schema_version(self) -> int:
        """The schema version the database is at."""
        row = self._conn.execute("SELECT MAX(version) FROM svpress_schema").fetchone()
        return int(row[0])

    def preparer(self) -> Prepare:
        """Workers turn each release into rows (``rows.release_rows``)."""
        return prepare_rows

    def lookup(self, ids: Sequence[str]) -> dict[str, Stored]:
        """Hash and kind of the rows already stored for ``ids``."""
        found: dict[str, Stored] = {}
        for part in _chunks(list(dict.fromkeys(ids)), _ID_CHUNK):
            cond, params = self._d.id_list(part)
            sql = (
                f"SELECT id, sha256, 0 FROM releases WHERE id {cond}"
                f" UNION ALL SELECT id, sha256, 1 FROM rejects WHERE id {cond}"
            )
            for rid, sha, rejected in self._conn.execute(sql, params + params).fetchall():
                found[rid] = Stored(sha, bool(rejected))
        return found

    def _present(self, ids: Sequence[str]) -> set[str]:
        return set(self.lookup(ids))

    def write(self, outcomes: Sequence[Outcome]) -> WriteReport:
        """Store one batch in one transaction; an id already stored is replaced.

        If the database refuses the batch, it is written again one release per
        transaction, and a release the database refuses on its own is stored
        as a reject (stage ``store``) so that it cannot stop the run. An error
        that a reject meets too (a lost connection, a full disk) raises
        :class:`SinkError`; what was committed before stays.
        """
        if not outcomes:
            return WriteReport()
        latest, superseded = last_per_id(outcomes)
        report = WriteReport(superseded=superseded)
        try:
            report.replaced = self._write(latest)
            return report
        except self._d.errors as exc:
            if all(not o.ok for o in latest):
                raise SinkError(f"{self.description}: write failed: {exc}") from exc
        for o in latest:
            try:
                report.replaced |= self._write([o])
                continue
            except self._d.errors as exc:
                if not o.ok:
                    raise SinkError(f"{self.description}: write failed: {exc}") from exc
                reason = f"the database refused the release: {' '.join(str(exc).split())}"
            refused = Outcome(o.id, o.source, o.sha256, o.encoding, stage="store", reason=reason)
            try:
                report.replaced |= self._write([refused])
            except self._d.errors as exc:
                raise SinkError(f"{self.description}: write failed: {exc}") from exc
            report.refused += 1
        return report

    def _write(self, outcomes: Sequence[Outcome]) -> set[str]:
        """One transaction: delete what these ids had, insert their rows; return the ids that had rows."""
        ids = [o.id for o in outcomes]
        table_rows: dict[str, list[rows.Row]] = {name: [] for name in rows.TABLES}
        reject_rows: list[rows.Row] = []
        stamp = now()
        for o in outcomes:
            if o.ok:
                for name, part in o.payload.items():
                    table_rows[name].extend(part)
            else:
                reject_rows.append(rows.reject_row(o, stamp))
        conn = self._conn
        with self._d.transaction(conn):
            present = self._present(ids)
            if present:
                for part in _chunks(sorted(present), _ID_CHUNK):
                    cond, params = self._d.id_list(part)
                    conn.execute(f"DELETE FROM releases WHERE id {cond}", params)
                    conn.execute(f"DELETE FROM rejects WHERE id {cond}", params)
            cur = conn.cursor()
            for name, values in table_rows.items():
                if values:
                    cur.executemany(self._inserts[name], values)
            if reject_rows:
                cur.executemany(self._inserts["rejects"], reject_rows)
        return present

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

"""Where batch results go: JSON Lines, SQLite or PostgreSQL (``open_sink``)."""

from __future__ import annotations

from svpress.io.sinks.base import Outcome, Sink, SinkError, Stored, WriteReport


def open_sink(*, out: str | None = None, db: str | None = None) -> Sink:
    """Open the JSON Lines file ``out`` or the database at URL ``db`` (SQLite for a bare path)."""
    if out is not None and db is not None:
        raise SinkError("give either a JSON Lines file or a database, not both")
    if out is not None:
        from svpress.io.sinks.jsonl import JsonlSink  # noqa: PLC0415 - each sink loads only when chosen

        return JsonlSink(out)
    url = db if db is not None else "sqlite:///svpress.db"
    scheme = url.partition("://")[0].split("+", 1)[0] if "://" in url else ""
    if scheme in ("postgresql", "postgres"):
        from svpress.io.sinks.postgres import open_postgres  # noqa: PLC0415 - psycopg only when asked for

        return open_postgres(url)
    if scheme in ("sqlite", ""):
        from svpress.io.sinks.sqlite import open_sqlite  # noqa: PLC0415

        return open_sqlite(url)
    raise SinkError(f"{url}: unknown database (use sqlite:///path.db or postgresql://…)")


__all__ = ["Outcome", "Sink", "SinkError", "Stored", "WriteReport", "open_sink"]

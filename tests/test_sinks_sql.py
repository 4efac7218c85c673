"""Database sinks (SQLite and PostgreSQL alike): schema, migrations, row mapping, replace, atomic writes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from svpress.io.readers import Record, record_from_text
from svpress.io.sinks import Outcome, SinkError, open_sink, schema
from svpress.io.sinks import rows as rowmap
from svpress.io.sinks.sql import SqlSink, now
from svpress.pipeline import parse
from synth import full_release, release_text

DOCS = Path(__file__).resolve().parent.parent / "docs" / "database.md"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'out.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def sink(db_url: str) -> Iterator[SqlSink]:
    s = open_sink(db=db_url)
    assert isinstance(s, SqlSink)
    yield s
    s.close()


def _q(sink: SqlSink, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if sink._d.name == "postgresql":
        sql = sql.replace("?", "%s")
    return [tuple(r) for r in sink._conn.execute(sql, params).fetchall()]


def _count(sink: SqlSink, table: str) -> int:
    return int(_q(sink, f"SELECT count(*) FROM {table}")[0][0])


def _columns(sink: SqlSink, table: str) -> set[str]:
    if sink._d.name == "sqlite":
        return {r[1] for r in _q(sink, f"PRAGMA table_info({table})")}
    return {r[0] for r in _q(sink, "SELECT column_name FROM information_schema.columns WHERE table_name = ?", (table,))}


def _result(record: Record, doc: dict[str, Any] | None = None) -> Outcome:
    assert record.text is not None
    doc = doc if doc is not None else parse(record.text).to_dict()
    payload = rowmap.release_rows(record, doc, now())
    return Outcome(record.id, record.source, record.sha256, record.encoding, payload=payload)


def _reject(rid: str, reason: str = "empty input") -> Outcome:
    return Outcome(rid, rid, "0" * 64, stage="read", reason=reason)


def _full(rid: str = "full") -> Outcome:
    rec = record_from_text(rid, "src", "Exempel AB växer. " * 10, "utf-8")
    return _result(rec, full_release().to_dict())


# --- schema -------------------------------------------------------------------------------------


def test_sinks_sql_fresh_database_is_at_latest_version_with_every_mapped_column(sink: SqlSink) -> None:
    assert sink.schema_version() == schema.LATEST_VERSION
    assert _q(sink, "SELECT version FROM svpress_schema") == [(schema.LATEST_VERSION,)]
    for table, columns in {**rowmap.TABLES, "rejects": rowmap.REJECT_COLUMNS}.items():
        assert set(columns) <= _columns(sink, table), table


def test_sinks_sql_reopening_does_not_migrate_again(db_url: str) -> None:
    open_sink(db=db_url).close()
    s = open_sink(db=db_url)
    assert isinstance(s, SqlSink)
    try:
        assert s.migrate() == schema.LATEST_VERSION
        assert _count(s, "svpress_schema") == schema.LATEST_VERSION
    finally:
        s.close()


def test_sinks_sql_refuses_a_newer_schema(sink: SqlSink, db_url: str) -> None:
    newer = schema.LATEST_VERSION + 1
    with sink._d.transaction(sink._conn):
        ph, ts = sink._d.param(), sink._d.param("applied_at")
        sink._conn.execute(
            f"INSERT INTO svpress_schema (version, description, applied_at) VALUES ({ph}, {ph}, {ts})",
            (newer, "from the future", now()),
        )
    with pytest.raises(SinkError, match=f"version {newer} is newer"):
        open_sink(db=db_url)


def test_sinks_sql_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in schema.MIGRATIONS] == list(range(1, len(schema.MIGRATIONS) + 1))


# --- writing ------------------------------------------------------------------------------------


def test_sinks_sql_full_release_fills_every_child_table(sink: SqlSink) -> None:
    sink.write([_full()])
    counts = {t: _count(sink, t) for t in rowmap.TABLES}
    assert counts == {
        "releases": 1, "quotes": 2, "quote_parts": 1, "fact_boxes": 1, "contacts": 2, "contact_phones": 2,
        "contact_emails": 1, "people": 1, "organisations": 1, "organisation_aliases": 1, "mentions": 3,
        "phones": 1, "emails": 1, "dates": 3,
    }  # fmt: skip
    (row,) = _q(sink, "SELECT kind, title, CAST(published AS TEXT), schema_version, body FROM releases")
    assert row == ("Pressmeddelande", "Exempel AB växer", "2010-05-04", 1, "Exempel AB växer.\n\nAndra stycket.")
    (doc,) = _q(sink, "SELECT document FROM releases")[0]
    assert (json.loads(doc) if isinstance(doc, str) else doc) == full_release().to_dict()
    assert _q(sink, "SELECT contact_ord, e164 FROM contact_phones ORDER BY contact_ord") == [
        (0, "+46701234567"),
        (1, "+4686000000"),
    ]
    assert _q(sink, "SELECT person_ord, organisation_ord, start_offset FROM mentions ORDER BY ord") == [
        (0, None, 28),
        (None, 0, 39),
        (None, 0, 0),
    ]
    dates = _q(
        sink, "SELECT CAST(date AS TEXT), CAST(until_date AS TEXT), precision, time_of_day FROM dates ORDER BY ord"
    )
    assert dates == [
        ("2010-05-04", None, "day", None),
        ("2010-06-02", "2010-06-03", "day", "10:00"),
        ("2010-06-01", None, "month", None),
    ]


def test_sinks_sql_lookup_reports_hash_and_kind(sink: SqlSink) -> None:
    rec = record_from_text("a", "a", release_text(1))
    sink.write([_result(rec), _reject("b")])
    found = sink.lookup(["a", "b", "c"])
    assert found["a"].sha256 == rec.sha256 and not found["a"].rejected
    assert found["b"].rejected
    assert "c" not in found


def test_sinks_sql_rewrite_replaces_release_and_all_its_child_rows(sink: SqlSink) -> None:
    sink.write([_full("x")])
    new = record_from_text("x", "x", release_text(3))
    report = sink.write([_result(new)])
    assert report.replaced == {"x"}
    assert _q(sink, "SELECT sha256 FROM releases") == [(new.sha256,)]
    # Exactly the new release's rows are left: none of the old one's.
    assert new.text is not None
    expected = rowmap.release_rows(new, parse(new.text).to_dict(), now())
    assert {t: _count(sink, t) for t in rowmap.TABLES} == {t: len(v) for t, v in expected.items()}


def test_sinks_sql_an_id_moves_between_releases_and_rejects(sink: SqlSink) -> None:
    sink.write([_full("x")])
    sink.write([_reject("x", "decode: looks binary")])
    assert _count(sink, "releases") == _count(sink, "phones") == 0
    assert _q(sink, "SELECT id, reason FROM rejects") == [("x", "decode: looks binary")]
    sink.write([_full("x")])
    assert _count(sink, "rejects") == 0 and _count(sink, "releases") == 1


def test_sinks_sql_same_id_twice_in_one_batch_keeps_the_last(sink: SqlSink) -> None:
    a = record_from_text("x", "first", release_text(1))
    b = record_from_text("x", "second", release_text(2))
    report = sink.write([_result(a), _result(b)])
    assert report.superseded == 1
    assert _q(sink, "SELECT source FROM releases") == [("second",)]


def test_sinks_sql_a_release_the_database_refuses_becomes_a_reject(sink: SqlSink) -> None:
    good = _result(record_from_text("good", "good", release_text(1)))
    bad = _full("bad")
    assert bad.payload is not None
    # A mention of neither a person nor an organisation violates the CHECK constraint.
    bad.payload["mentions"].append(("bad", 99, None, None, 0, 1))
    report = sink.write([good, bad, _reject("r")])
    assert report.refused == 1
    assert _q(sink, "SELECT id FROM releases") == [("good",)]
    for table in rowmap.TABLES:  # nothing of "bad" half-written
        key = "id" if table == "releases" else "release_id"
        assert _q(sink, f"SELECT count(*) FROM {table} WHERE {key} = 'bad'") == [(0,)], table
    rejects = dict(_q(sink, "SELECT id, stage FROM rejects"))
    assert rejects == {"bad": "store", "r": "read"}
    (reason,) = _q(sink, "SELECT reason FROM rejects WHERE id = 'bad'")[0]
    assert reason.startswith("the database refused the release") and "check" in reason.lower()


def test_sinks_sql_lost_connection_is_a_sink_error(sink: SqlSink) -> None:
    sink.write([_reject("first")])
    sink._conn.close()
    with pytest.raises(SinkError, match="write failed"):
        sink.write([_result(record_from_text("x", "x", release_text(1))), _reject("y")])


# --- documented queries -------------------------------------------------------------------------


def _doc_queries() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", DOCS.read_text(encoding="utf-8"), flags=re.S) if DOCS.exists() else []


def test_sinks_sql_documented_queries_run_and_find_the_release(sink: SqlSink) -> None:
    queries = _doc_queries()
    assert len(queries) >= 2, "docs/database.md shows example queries"
    sink.write([_full("x"), _reject("y")])
    for sql in queries:
        if sql.lstrip().upper().startswith(("SELECT", "WITH")):
            assert _q(sink, sql.strip().rstrip(";")), sql

"""PostgreSQL end to end: the same archive into SQLite and PostgreSQL gives the same rows, reconciled."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from svpress.cli import main
from svpress.io.sinks import rows
from synth import corrupt_zip_member, write_tree, write_zip

pytestmark = pytest.mark.postgres

TABLES = {**rows.TABLES, "rejects": rows.REJECT_COLUMNS}


def _norm(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


def _columns(table: str) -> list[str]:
    return [c for c in TABLES[table] if c not in ("parsed_at", "rejected_at")]


def _sqlite_content(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with sqlite3.connect(db) as conn:
        for table in TABLES:
            cols = _columns(table)
            got = conn.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
            if "document" in cols:
                i = cols.index("document")
                got = [(*r[:i], _norm(json.loads(r[i])), *r[i + 1 :]) for r in got]
            out[table] = sorted(got, key=repr)
    return out


def _pg_content(url: str) -> dict[str, list[tuple[Any, ...]]]:
    import psycopg

    out = {}
    with psycopg.connect(url) as conn:
        for table in TABLES:
            got = conn.execute(f"SELECT {', '.join(_columns(table))} FROM {table}").fetchall()
            out[table] = sorted((tuple(_norm(v) for v in r) for r in got), key=repr)
    return out


def _archive(tmp_path: Path) -> list[str]:
    write_tree(tmp_path / "tree", 30)
    (tmp_path / "tree" / "empty.txt").write_bytes(b"")
    (tmp_path / "tree" / "blob.txt").write_bytes(bytes(range(256)))
    (tmp_path / "tree" / "latin.txt").write_bytes("Pressmeddelande\n\nÖppet hus på måndag.".encode("cp1252"))
    z = write_zip(tmp_path / "a.zip", 20, start=100)
    corrupt_zip_member(z, "releases/r00105.txt")
    return [str(tmp_path / "tree"), str(z)]


def test_postgres_archive_matches_sqlite_and_reconciles(
    tmp_path: Path, postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = _archive(tmp_path)
    db = tmp_path / "out.db"
    assert main(["batch", *inputs, "--db", f"sqlite:///{db}", "-j", "2", "--commit-every", "7"]) == 0
    assert main(["batch", *inputs, "--db", postgres_url, "-j", "2", "--commit-every", "7"]) == 0
    err = capsys.readouterr().err
    # 30 + 1 cp1252 files and 19 zip members parse; empty, binary and the corrupt member are rejects.
    assert err.count("53 records · 50 results · 3 rejects · 0 skipped") == 2  # SQLite, then PostgreSQL
    lite, pg = _sqlite_content(db), _pg_content(postgres_url)
    assert len(pg["releases"]) + len(pg["rejects"]) == 53
    assert pg == lite
    # Rerun: nothing new, nothing duplicated.
    assert main(["batch", *inputs, "--db", postgres_url, "-j", "1"]) == 0
    assert "53 records · 0 results · 0 rejects · 53 skipped" in capsys.readouterr().err
    assert _pg_content(postgres_url) == pg


def test_postgres_url_forms_and_bad_server(postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from svpress.io.sinks import open_sink

    for url in (postgres_url, postgres_url.replace("postgresql://", "postgres://"),
                postgres_url.replace("postgresql://", "postgresql+psycopg://")):  # fmt: skip
        sink = open_sink(db=url)
        assert sink.lookup(["x"]) == {}
        sink.close()
    dead = "postgresql://postgres@127.0.0.1:1/none?connect_timeout=2"
    assert main(["batch", "-", "--db", dead]) == 2
    err = capsys.readouterr().err
    assert "cannot connect to PostgreSQL" in err and "Traceback" not in err

"""The batch runner: every record ends as one result or one reject; reruns skip, replace or redo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from svpress.io.readers import ReadOptions, Record, iter_records, record_from_text
from svpress.io.runner import run_batch
from svpress.io.sinks import open_sink
from synth import release_text, write_tree


def _run(inputs: list[str], db: Path, **kw: object) -> tuple[int, int, int, int, int]:
    sink = open_sink(db=f"sqlite:///{db}")
    try:
        s = run_batch(iter_records(inputs, ReadOptions()), sink, **kw)  # type: ignore[arg-type]
    finally:
        sink.close()
    assert s.records == s.results + s.rejects + s.skipped
    return s.records, s.results, s.rejects, s.skipped, s.replaced


def _stored(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT id, sha256 FROM releases UNION ALL SELECT id, sha256 FROM rejects ORDER BY 1"
        ).fetchall()


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_runner_every_record_lands_once_and_rerun_skips(tmp_path: Path, jobs: int) -> None:
    write_tree(tmp_path / "in", 25)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    db = tmp_path / "out.db"
    assert _run([str(tmp_path / "in")], db, jobs=jobs, batch_size=4, commit_every=7) == (26, 25, 1, 0, 0)
    first = _stored(db)
    assert len(first) == 26
    assert _run([str(tmp_path / "in")], db, jobs=jobs) == (26, 0, 0, 26, 0)
    assert _stored(db) == first


def test_batch_runner_changed_text_replaces_and_new_files_are_added(tmp_path: Path) -> None:
    paths = write_tree(tmp_path / "in", 5)
    db = tmp_path / "out.db"
    _run([str(tmp_path / "in")], db)
    paths[2].write_text(release_text(99), encoding="utf-8")
    write_tree(tmp_path / "in", 2, start=5)
    assert _run([str(tmp_path / "in")], db) == (7, 3, 0, 4, 1)
    assert len(_stored(db)) == 7


def test_batch_runner_force_and_retry_rejects(tmp_path: Path) -> None:
    write_tree(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    db = tmp_path / "out.db"
    _run([str(tmp_path / "in")], db)
    assert _run([str(tmp_path / "in")], db, retry_rejects=True) == (4, 0, 1, 3, 1)
    assert _run([str(tmp_path / "in")], db, force=True) == (4, 3, 1, 0, 4)
    assert len(_stored(db)) == 4


def test_batch_runner_duplicate_ids_keep_the_last_and_are_counted(tmp_path: Path) -> None:
    recs: list[Record] = [record_from_text("same", f"line{i}", release_text(i)) for i in range(3)]
    sink = open_sink(db=f"sqlite:///{tmp_path / 'out.db'}")
    try:
        s = run_batch(recs, sink, commit_every=2)
    finally:
        sink.close()
    assert (s.records, s.results, s.duplicates) == (3, 3, 2)
    assert _stored(tmp_path / "out.db") == [("same", recs[-1].sha256)]


def test_batch_runner_parse_failure_is_a_reject_with_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SVPRESS_MAX_CHARS", "100")
    recs = [record_from_text("short", "s", "Kort text."), record_from_text("long", "l", release_text(1))]
    sink = open_sink(db=f"sqlite:///{tmp_path / 'out.db'}")
    try:
        s = run_batch(recs, sink)
    finally:
        sink.close()
    assert (s.results, s.rejects) == (1, 1)
    with sqlite3.connect(tmp_path / "out.db") as conn:
        ((stage, reason),) = conn.execute("SELECT stage, reason FROM rejects WHERE id = 'long'").fetchall()
    assert stage == "parse" and reason.startswith("InputTooLarge")


def test_batch_runner_jsonl_sink_resumes_without_duplicates(tmp_path: Path) -> None:
    write_tree(tmp_path / "in", 6)
    out = tmp_path / "out.jsonl"
    for expected in [(6, 6, 0), (6, 0, 6)]:
        sink = open_sink(out=str(out))
        try:
            s = run_batch(iter_records([str(tmp_path / "in")]), sink, jobs=2, batch_size=2)
        finally:
            sink.close()
        assert (s.records, s.results, s.skipped) == expected
    assert len(out.read_text(encoding="utf-8").splitlines()) == 6


def test_batch_runner_release_refused_by_the_database_counts_as_a_reject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from svpress.io.sinks import rows as rowmap

    real = rowmap.release_rows

    def broken_for_b(record: Record, doc: dict[str, object], parsed_at: str) -> dict[str, list[rowmap.Row]]:
        out = real(record, doc, parsed_at)
        if record.id == "b":  # what a bug upstream could send: a date PostgreSQL and NOT NULL refuse
            out["dates"].append((record.id, 99, None, None, "day", None, False, "x", 0, 1))
        return out

    monkeypatch.setattr(rowmap, "release_rows", broken_for_b)
    recs = [record_from_text(rid, rid, release_text(i)) for i, rid in enumerate("abc")]
    sink = open_sink(db=f"sqlite:///{tmp_path / 'out.db'}")
    try:
        s = run_batch(recs, sink, jobs=1)
    finally:
        sink.close()
    assert (s.records, s.results, s.rejects) == (3, 2, 1)
    with sqlite3.connect(tmp_path / "out.db") as conn:
        assert conn.execute("SELECT id, stage FROM rejects").fetchall() == [("b", "store")]
        assert sorted(r[0] for r in conn.execute("SELECT id FROM releases")) == ["a", "c"]

"""JSON Lines sink: lines, lookup, resume after a partial line, compaction of replaced ids."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from svpress.io.readers import record_from_text
from svpress.io.sinks import Outcome
from svpress.io.sinks.jsonl import JsonlSink, result_line
from svpress.pipeline import parse
from synth import release_text


def _ok(rid: str, i: int) -> Outcome:
    rec = record_from_text(rid, f"src/{rid}", release_text(i), "cp1252")
    assert rec.text is not None
    line = result_line(rec, parse(rec.text).to_dict(), "2026-01-01T00:00:00+00:00")
    return Outcome(rec.id, rec.source, rec.sha256, rec.encoding, payload=line)


def _bad(rid: str) -> Outcome:
    return Outcome(rid, rid, "ab" * 32, stage="decode", reason="looks binary")


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_sinks_jsonl_one_line_per_outcome(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    sink = JsonlSink(out)
    sink.write([_ok("a", 1), _bad("b")])
    sink.close()
    a, b = _lines(out)
    assert (a["id"], a["source"], a["status"], a["encoding"]) == ("a", "src/a", "ok", "cp1252")
    assert a["release"] == parse(release_text(1)).to_dict()
    assert b == {
        "id": "b",
        "sha256": "ab" * 32,
        "status": "reject",
        "source": "b",
        "stage": "decode",
        "reason": "looks binary",
    }


def test_sinks_jsonl_reopen_knows_what_is_stored(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    sink = JsonlSink(out)
    first = _ok("a", 1)
    sink.write([first, _bad("b")])
    sink.close()
    again = JsonlSink(out)
    found = again.lookup(["a", "b", "c"])
    again.close()
    assert found["a"].sha256 == first.sha256 and not found["a"].rejected
    assert found["b"].rejected and "c" not in found


def test_sinks_jsonl_partial_last_line_is_cut_on_reopen(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    sink = JsonlSink(out)
    sink.write([_ok("a", 1)])
    sink.close()
    whole = out.read_bytes()
    with out.open("ab") as fh:
        fh.write(b'{"id": "b", "sha256": "12')  # a run killed mid-line
    again = JsonlSink(out)
    assert "b" not in again.lookup(["b"])
    again.write([_ok("b", 2)])
    again.close()
    assert out.read_bytes().startswith(whole)
    assert [r["id"] for r in _lines(out)] == ["a", "b"]


def test_sinks_jsonl_replaced_ids_are_compacted_to_their_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    sink = JsonlSink(out)
    sink.write([_ok("a", 1), _ok("b", 2), _bad("c")])
    sink.close()
    again = JsonlSink(out)
    report = again.write([_ok("a", 5), _ok("c", 6)])
    assert report.replaced == {"a", "c"}
    again.close()
    rows = _lines(out)
    assert [(r["id"], r["status"]) for r in rows] == [("b", "ok"), ("a", "ok"), ("c", "ok")]
    assert rows[1]["release"] == parse(release_text(5)).to_dict()
    assert not (tmp_path / "out.jsonl.compact").exists()


def test_sinks_jsonl_run_killed_before_compaction_is_compacted_next_time(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    old, new = _ok("a", 1), _ok("a", 2)
    out.write_text(old.payload + "\n" + new.payload + "\n", encoding="utf-8")
    sink = JsonlSink(out)
    assert sink.lookup(["a"])["a"].sha256 == new.sha256
    sink.close()
    assert [r["sha256"] for r in _lines(out)] == [new.sha256]

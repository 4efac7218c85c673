"""``svpress batch`` end to end: inputs of every kind, outcomes, summary, and resuming after SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

import svpress
from svpress.cli import main
from svpress.io.sinks import rows
from synth import corrupt_zip_member, release_text, write_tree, write_zip

SRC = Path(svpress.__file__).resolve().parent.parent


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")])
    return env


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "svpress.cli", "batch", *args]


def _mixed_inputs(tmp_path: Path) -> list[str]:
    """A folder (good, empty, binary, cp1252 files), a zip with one corrupt member, and JSON Lines."""
    folder = tmp_path / "folder"
    write_tree(folder, 4)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "old.txt").write_bytes("Pressmeddelande\n\nÅrets rapport är klar, säger Åsa Öberg.".encode("cp1252"))
    (folder / "skipped.csv").write_text("not selected", encoding="utf-8")
    archive = write_zip(tmp_path / "archive.zip", 5, start=10)
    corrupt_zip_member(archive, "releases/r00012.txt")
    jl = tmp_path / "feed.jsonl"
    jl.write_text(
        "\n".join(
            [
                json.dumps({"doc_id": "j1", "body": release_text(20)}),
                json.dumps({"doc_id": "j2", "body": ""}),
                "{broken",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    return [str(folder), str(archive), str(jl)]


EXPECTED_REJECTS = {
    "folder/empty.txt": ("read", "empty input"),
    "folder/image.txt": ("decode", "looks binary"),
    "archive.zip::releases/r00012.txt": ("read", "corrupt archive member"),
    "j2": ("decode", "empty input"),
    "feed.jsonl:3": ("decode", "invalid JSON"),
}


def _short(rid: str, tmp_path: Path) -> str:
    return rid.removeprefix(tmp_path.as_posix() + "/")


def test_batch_cli_mixed_inputs_into_sqlite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "out.db"
    args = [*_mixed_inputs(tmp_path), "--db", f"sqlite:///{db}", "--text-field", "body", "--id-field", "doc_id"]
    assert main(["batch", *args, "-j", "2"]) == 0
    err = capsys.readouterr().err
    assert "15 records · 10 results · 5 rejects · 0 skipped" in err
    with sqlite3.connect(db) as conn:
        results = {_short(r, tmp_path): enc for r, enc in conn.execute("SELECT id, encoding FROM releases")}
        rejects = {
            _short(r, tmp_path): (st, why) for r, st, why in conn.execute("SELECT id, stage, reason FROM rejects")
        }
    assert set(results) == {
        *(f"folder/part{i % 2}/release_{i:05d}.txt" for i in range(4)),
        "folder/old.txt",
        *(f"archive.zip::releases/r{i:05d}.txt" for i in (10, 11, 13, 14)),
        "j1",
    }
    assert results["folder/old.txt"] == "cp1252"
    assert set(rejects) == set(EXPECTED_REJECTS)
    for rid, (stage, why) in EXPECTED_REJECTS.items():
        assert rejects[rid][0] == stage
        assert rejects[rid][1].startswith(why), rejects[rid]
    # A rerun stores nothing new.
    assert main(["batch", *args, "-j", "1"]) == 0
    assert "15 records · 0 results · 0 rejects · 15 skipped" in capsys.readouterr().err


def test_batch_cli_mixed_inputs_into_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    args = [*_mixed_inputs(tmp_path), "--out", str(out), "--text-field", "body", "--id-field", "doc_id", "-q"]
    assert main(["batch", *args]) == 0
    assert capsys.readouterr().err == ""
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 15
    rejects = {_short(r["id"], tmp_path): r["reason"] for r in lines if r["status"] == "reject"}
    assert set(rejects) == set(EXPECTED_REJECTS)
    ok = [r for r in lines if r["status"] == "ok"]
    assert all(r["release"]["schema_version"] == 1 and r["source"] and r["sha256"] for r in ok)
    assert main(["batch", *args]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 15


def test_batch_cli_stdin_text_and_jsonl(tmp_path: Path) -> None:
    db = tmp_path / "out.db"
    feed = "".join(json.dumps({"text": release_text(i)}) + "\n" for i in range(3))
    for data in (feed, release_text(7)):
        proc = subprocess.run(
            _cli("-", "--db", f"sqlite:///{db}", "-j", "1"),
            input=data,
            text=True,
            capture_output=True,
            env=_env(),
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
    with sqlite3.connect(db) as conn:
        ids = sorted(r[0] for r in conn.execute("SELECT id FROM releases"))
    assert ids == ["<stdin>", "<stdin>:1", "<stdin>:2", "<stdin>:3"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["nope/missing.txt"], "nope/missing.txt: no such file", id="missing-input"),
        pytest.param(["-", "-"], "standard input", id="stdin-twice"),
        pytest.param(["{tmp}", "-j", "0"], "-j takes", id="zero-jobs"),
        pytest.param(["{tmp}", "--batch-size", "0"], "--batch-size and", id="zero-batch"),
        pytest.param(["{tmp}", "--db", "mysql://x/y"], "unknown database", id="unknown-db"),
        pytest.param(["{tmp}", "--db", "sqlite:///{tmp}/no/such/dir/x.db"], "does not exist", id="db-folder-missing"),
    ],
)
def test_batch_cli_usage_errors_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["batch", *(a.replace("{tmp}", str(tmp_path)) for a in args)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_batch_cli_default_database_is_sqlite_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(tmp_path / "in", 2)
    monkeypatch.chdir(tmp_path)
    assert main(["batch", "in", "-q", "-j", "1"]) == 0
    with sqlite3.connect(tmp_path / "svpress.db") as conn:
        assert sorted(r[0] for r in conn.execute("SELECT id FROM releases")) == [
            "in/part0/release_00000.txt",
            "in/part1/release_00001.txt",
        ]


# --- killed and resumed -------------------------------------------------------------------------


def _content(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, without the timestamps of the run that wrote them."""
    out = {}
    with sqlite3.connect(db) as conn:
        for table, cols in {**rows.TABLES, "rejects": rows.REJECT_COLUMNS}.items():
            keep = [c for c in cols if c not in ("parsed_at", "rejected_at")]
            out[table] = sorted(conn.execute(f"SELECT {', '.join(keep)} FROM {table}").fetchall())
    return out


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM releases").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet


def _kill_group(proc: subprocess.Popen[Any]) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _live_members(pgid: int) -> list[int]:
    """Processes of the group that are running (zombies, killed but not yet reaped, do not count)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _wait_for_rows(db: Path, proc: subprocess.Popen[Any], at_least: int, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = _count(db)
        if n >= at_least or proc.poll() is not None:
            return n
        time.sleep(0.01)
    raise AssertionError(f"no {at_least} rows in {db} after {timeout} s")


def test_batch_cli_sigkill_midway_then_rerun_equals_uninterrupted_run(tmp_path: Path) -> None:
    write_zip(tmp_path / "a.zip", 1500)
    with zipfile.ZipFile(tmp_path / "a.zip", "a") as zf:
        zf.writestr("releases/empty.txt", "")
    inputs = [str(tmp_path / "a.zip")]
    whole, killed = tmp_path / "whole.db", tmp_path / "killed.db"
    common = ["-j", "2", "--batch-size", "8", "--commit-every", "16", "-q"]
    subprocess.run(_cli(*inputs, "--db", f"sqlite:///{whole}", *common), check=True, env=_env(), timeout=300)

    # SIGKILL to the parent alone (as the OOM killer would), as soon as some rows are committed:
    # its workers must notice and exit rather than linger.
    proc = subprocess.Popen(_cli(*inputs, "--db", f"sqlite:///{killed}", *common), env=_env(), start_new_session=True)
    try:
        seen = _wait_for_rows(killed, proc, at_least=1)
        proc.send_signal(signal.SIGKILL)
        # Not reaped yet: the parent stays a zombie, and the workers must still notice.
        deadline = time.monotonic() + 10
        while _live_members(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        orphans = _live_members(proc.pid)
        proc.wait(timeout=30)
    finally:
        if _group_alive(proc.pid):
            _kill_group(proc)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    assert 0 < seen < 1500
    assert not orphans, "worker processes outlived their killed parent"

    subprocess.run(_cli(*inputs, "--db", f"sqlite:///{killed}", *common), check=True, env=_env(), timeout=300)
    assert _content(killed) == _content(whole)
    assert sum(len(v) for k, v in _content(killed).items() if k in ("releases", "rejects")) == 1501


def test_batch_cli_ctrl_c_keeps_what_was_parsed_and_exits_130(tmp_path: Path) -> None:
    db = tmp_path / "out.db"
    feed = "".join(json.dumps({"id": f"r{i}", "text": release_text(i)}) + "\n" for i in range(40)).encode()
    common = ["--id-field", "id", "-j", "2", "--batch-size", "5", "--commit-every", "100"]
    proc = subprocess.Popen(
        _cli("-", "--db", f"sqlite:///{db}", *common),
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_env(),
        start_new_session=True,
    )
    assert proc.stdin is not None and proc.stderr is not None
    try:
        proc.stdin.write(feed[: feed.index(b"\n", len(feed) // 2) + 1])  # about 20 records, then silence
        proc.stdin.flush()
        time.sleep(1.5)  # parsed, not yet committed (--commit-every 100, 2 s)
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C sends: the parent and its workers
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=30) == 130
    finally:
        if _group_alive(proc.pid):
            _kill_group(proc)
    assert "Traceback" not in err
    assert "interrupted: " in err and "run the same command again" in err
    assert _count(db) >= 15
    done = subprocess.run(
        _cli("-", "--db", f"sqlite:///{db}", *common), input=feed, capture_output=True, env=_env(), check=True
    )
    assert "40 records · " in done.stderr.decode() and _count(db) == 40


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_cli_live_feed_is_stored_while_the_stream_stays_open(tmp_path: Path, jobs: str) -> None:
    db = tmp_path / "out.db"
    proc = subprocess.Popen(
        _cli("-", "--db", f"sqlite:///{db}", "--id-field", "id", "-j", jobs, "-q"),
        stdin=subprocess.PIPE,
        env=_env(),
        start_new_session=True,
    )
    assert proc.stdin is not None
    try:
        for i in range(3):  # fewer than --batch-size and --commit-every, then silence
            proc.stdin.write((json.dumps({"id": f"r{i}", "text": release_text(i)}) + "\n").encode())
        proc.stdin.flush()
        deadline = time.monotonic() + 30
        while _count(db) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _count(db) == 3
        assert proc.poll() is None  # still waiting for more input
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
    finally:
        if _group_alive(proc.pid):
            _kill_group(proc)


@pytest.mark.parametrize("sink", ["sqlite", "jsonl"])
def test_batch_cli_sigkill_while_streaming_stdin_then_rerun(tmp_path: Path, sink: str) -> None:
    feed = [json.dumps({"id": f"r{i}", "text": release_text(i)}) + "\n" for i in range(120)]
    whole_in = tmp_path / "feed.jsonl"
    whole_in.write_text("".join(feed), encoding="utf-8")

    def target(name: str) -> list[str]:
        return (
            ["--db", f"sqlite:///{tmp_path / name}.db"]
            if sink == "sqlite"
            else ["--out", str(tmp_path / f"{name}.jsonl")]
        )

    common = ["--id-field", "id", "-j", "2", "--batch-size", "5", "--commit-every", "5", "-q"]
    data = whole_in.read_bytes()
    subprocess.run(_cli("-", *target("whole"), *common), input=data, check=True, env=_env(), timeout=300)

    proc = subprocess.Popen(
        _cli("-", *target("killed"), *common), stdin=subprocess.PIPE, env=_env(), start_new_session=True
    )
    assert proc.stdin is not None
    try:
        proc.stdin.write("".join(feed[:50]).encode("utf-8"))
        proc.stdin.flush()
        if sink == "sqlite":
            assert _wait_for_rows(tmp_path / "killed.db", proc, at_least=20) >= 20
        else:
            deadline = time.monotonic() + 60
            out = tmp_path / "killed.jsonl"
            while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 20):
                time.sleep(0.01)
            assert out.read_bytes().count(b"\n") >= 20
        # The process is alive, mid-stream, with work in flight.
        proc.stdin.write(feed[50].encode("utf-8")[:40])
        proc.stdin.flush()
        assert proc.poll() is None
    finally:
        _kill_group(proc)
    subprocess.run(_cli("-", *target("killed"), *common), input=data, check=True, env=_env(), timeout=300)
    if sink == "sqlite":
        assert _content(tmp_path / "killed.db") == _content(tmp_path / "whole.db")
    else:

        def lines(name: str) -> list[tuple[str, str, Any]]:
            text = (tmp_path / f"{name}.jsonl").read_text(encoding="utf-8")
            return sorted((r["id"], r["sha256"], r["release"]) for r in map(json.loads, text.splitlines()))

        assert lines("killed") == lines("whole")
        assert len(lines("killed")) == 120

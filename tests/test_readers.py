"""Readers: which inputs become which records, with stable ids, hashes, encodings and rejects."""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import os
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from svpress.io.readers import ReadOptions, Record, count_records, iter_records
from synth import corrupt_zip_member, release_text, write_zip

SWEDISH = "Pressmeddelande\n\nÅrets rapport är klar – säger Åsa Öberg."


def _records(*inputs: Path | str, **opts: object) -> list[Record]:
    return list(iter_records([str(i) for i in inputs], ReadOptions(**opts)))  # type: ignore[arg-type]


def _one(path: Path) -> Record:
    (rec,) = _records(path)
    return rec


# --- decoding -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(SWEDISH.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + SWEDISH.encode("utf-8"), "utf-8-sig", id="utf-8-with-bom"),
        pytest.param(codecs.BOM_UTF16_LE + SWEDISH.encode("utf-16-le"), "utf-16", id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + SWEDISH.encode("utf-16-be"), "utf-16", id="utf-16-be-bom"),
        pytest.param(SWEDISH.encode("cp1252"), "cp1252", id="cp1252-fallback"),
    ],
)
def test_readers_decode_records_encoding(tmp_path: Path, data: bytes, encoding: str) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes(data)
    rec = _one(f)
    assert rec.text == SWEDISH
    assert rec.encoding == encoding
    assert rec.sha256 == hashlib.sha256(SWEDISH.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty input", id="empty-file"),
        pytest.param(b"  \n\t\r\n", "empty input", id="whitespace-only"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="png-header"),
        pytest.param(bytes(range(256)) * 4, "binary", id="all-bytes"),
        pytest.param(bytes(range(1, 32)) * 40 + b"text", "binary", id="control-characters-without-nul"),
        pytest.param(b"abc \x81\x8d\x8f\x90\x9d def", "neither UTF-8 nor cp1252", id="undefined-cp1252-bytes"),
        pytest.param(codecs.BOM_UTF8 + b"ok \xff\xfe bad", "invalid UTF-8 after a UTF-8 BOM", id="broken-after-bom"),
    ],
)
def test_readers_undecodable_input_is_a_reject_with_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    rec = _one(f)
    assert rec.rejected
    assert rec.reason is not None and reason in rec.reason
    assert rec.id == f.as_posix()
    assert rec.sha256 == hashlib.sha256(data).hexdigest()


# --- files and folders --------------------------------------------------------------------------


def test_readers_folder_is_recursive_sorted_and_globbed(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    for rel in ["b/2.txt", "a/deep/1.md", "a/0.txt", "z.txt", "notes.csv", "a/image.png"]:
        (tmp_path / rel).write_text(f"Text {rel}", encoding="utf-8")
    ids = [r.id for r in _records(tmp_path)]
    root = tmp_path.as_posix()
    assert ids == [f"{root}/z.txt", f"{root}/a/0.txt", f"{root}/a/deep/1.md", f"{root}/b/2.txt"]
    csv = [r.id for r in _records(tmp_path, globs=("*.csv",))]
    assert csv == [f"{root}/notes.csv"]


def test_readers_ids_are_stable_and_normalised(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text(SWEDISH, encoding="utf-8")
    first = _records(f"{tmp_path}/./x.txt")
    again = _records(f"{tmp_path}//x.txt")
    assert [r.id for r in first] == [r.id for r in again] == [f.as_posix()]
    assert first == again


def test_readers_special_files_in_a_folder_are_rejects_not_hangs(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "ok.txt").write_text(SWEDISH, encoding="utf-8")
    recs = {Path(r.id).name: r for r in _records(tmp_path)}
    assert recs["ok.txt"].text == SWEDISH
    assert recs["pipe.txt"].reason == "not a regular file"
    assert recs["dangling.txt"].reason is not None and recs["dangling.txt"].reason.startswith("cannot read")


def test_readers_a_file_given_by_name_ignores_the_glob(tmp_path: Path) -> None:
    f = tmp_path / "release.html"
    f.write_text(SWEDISH, encoding="utf-8")
    assert _one(f).text == SWEDISH


def test_readers_missing_path_is_a_reject(tmp_path: Path) -> None:
    rec = _one(tmp_path / "nope.txt")
    assert rec.rejected and rec.reason == "no such file or directory"


def test_readers_oversized_file_is_rejected_unread(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("x" * 2000, encoding="utf-8")
    (rec,) = _records(f, max_bytes=1000)
    assert rec.rejected and rec.reason is not None and "limit" in rec.reason


# --- archives -----------------------------------------------------------------------------------


def test_readers_zip_members_get_archive_ids(tmp_path: Path) -> None:
    z = write_zip(tmp_path / "a.zip", 3)
    recs = _records(z)
    assert [r.id for r in recs] == [f"{z.as_posix()}::releases/r{i:05d}.txt" for i in range(3)]
    assert [r.text for r in recs] == [release_text(i) for i in range(3)]


def test_readers_corrupt_zip_member_is_rejected_and_the_rest_read(tmp_path: Path) -> None:
    z = write_zip(tmp_path / "a.zip", 3)
    corrupt_zip_member(z, "releases/r00001.txt")
    recs = _records(z)
    assert [r.rejected for r in recs] == [False, True, False]
    assert recs[1].reason is not None and recs[1].reason.startswith("corrupt archive member")
    assert recs[2].text == release_text(2)


def test_readers_not_a_zip_is_one_reject(tmp_path: Path) -> None:
    z = tmp_path / "fake.zip"
    z.write_bytes(b"this is not a zip archive at all")
    rec = _one(z)
    assert rec.rejected and rec.reason is not None and "not a readable zip" in rec.reason


def test_readers_zip_members_filtered_by_glob_and_dirs_skipped(tmp_path: Path) -> None:
    z = tmp_path / "a.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("dir/", "")
        zf.writestr("dir/a.txt", "Text A")
        zf.writestr("dir/b.json", "{}")
        zf.writestr("c.md", "Text C")
    assert [r.id.split("::")[1] for r in _records(z)] == ["dir/a.txt", "c.md"]


@pytest.mark.parametrize("suffix", ["tar", "tar.gz", "tgz", "tar.bz2", "tar.xz"])
def test_readers_tar_variants(tmp_path: Path, suffix: str) -> None:
    mode = {"tar": "w", "tar.gz": "w:gz", "tgz": "w:gz", "tar.bz2": "w:bz2", "tar.xz": "w:xz"}[suffix]
    path = tmp_path / f"a.{suffix}"
    with tarfile.open(path, mode) as tf:  # type: ignore[call-overload]
        for i in range(3):
            data = release_text(i).encode("utf-8")
            info = tarfile.TarInfo(f"r/{i}.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        info = tarfile.TarInfo("r/sub")
        info.type = tarfile.DIRTYPE
        tf.addfile(info)
    recs = _records(path)
    assert [r.id for r in recs] == [f"{path.as_posix()}::r/{i}.txt" for i in range(3)]
    assert [r.text for r in recs] == [release_text(i) for i in range(3)]
    assert count_records([str(path)]) == 3


def test_readers_truncated_tar_gz_keeps_members_read_and_rejects_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "a.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        for i in range(40):
            data = (release_text(i) * 5).encode("utf-8")
            info = tarfile.TarInfo(f"{i:02d}.txt")
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    full = path.read_bytes()
    path.write_bytes(full[: len(full) // 2])
    recs = _records(path)
    good = [r for r in recs if not r.rejected]
    bad = [r for r in recs if r.rejected]
    assert good and len(good) < 40
    assert [r.text for r in good] == [release_text(i) * 5 for i in range(len(good))]
    # The damaged member (if the damage is inside one) and the archive, whose rest cannot be read.
    assert 1 <= len(bad) <= 2 and recs[-1] is bad[-1]
    assert bad[-1].id == path.as_posix()
    assert bad[-1].reason is not None and "reading stopped" in bad[-1].reason


# --- JSON Lines and standard input --------------------------------------------------------------


def test_readers_jsonl_fields_ids_and_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    rows = [
        json.dumps({"doc_id": "a", "body": "Text A"}),
        "",
        "{not json",
        json.dumps({"doc_id": "c", "body": 5}),
        json.dumps(["a list"]),
        json.dumps({"body": "no id"}),
        json.dumps({"doc_id": 7, "body": "Text 7"}),
        json.dumps({"doc_id": "e", "body": "\u0000 bin"}),
    ]
    path.write_text("\ufeff" + "\n".join(rows) + "\n", encoding="utf-8")
    recs = _records(path, text_field="body", id_field="doc_id")
    p = path.as_posix()
    assert [(r.id, r.source, r.rejected) for r in recs] == [
        ("a", f"{p}:1", False),
        (f"{p}:3", f"{p}:3", True),
        ("c", f"{p}:4", True),
        (f"{p}:5", f"{p}:5", True),
        (f"{p}:6", f"{p}:6", True),
        ("7", f"{p}:7", False),
        ("e", f"{p}:8", True),
    ]
    assert recs[0].text == "Text A"
    assert count_records([str(path)]) == 7


def test_readers_jsonl_without_id_field_uses_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": "Ett"}) + "\n" + json.dumps({"text": "Två"}) + "\n", encoding="utf-8")
    assert [r.id for r in _records(path)] == [f"{path.as_posix()}:1", f"{path.as_posix()}:2"]


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BufferedReader(io.BytesIO(data))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "fmt", "ids"),
    [
        pytest.param(b'{"text": "A"}\n{"text": "B"}\n', "auto", ["<stdin>:1", "<stdin>:2"], id="auto-jsonl"),
        pytest.param(SWEDISH.encode("cp1252"), "auto", ["<stdin>"], id="auto-text"),
        pytest.param(b'{"text": "A"}\n', "text", ["<stdin>"], id="forced-text"),
    ],
)
def test_readers_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, fmt: str, ids: list[str]) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    recs = _records("-", stdin_format=fmt)
    assert [r.id for r in recs] == ids
    assert all(not r.rejected for r in recs)
    assert count_records(["-"]) is None

"""Turn command-line inputs into records: files, directories, archives, JSON Lines, stdin.

Every input the user selected becomes exactly one :class:`Record`: a text to
parse, or a reject that says why it cannot be (undecodable, corrupt archive
member, empty, too large). Readers are generators: an archive is never held in
memory whole, only one member at a time.

Ids are stable across runs of the same command: the path as given (joined
with the path inside a directory), ``archive::member`` for archive members,
and for JSON Lines the ``--id-field`` value or ``file:LINE``.
"""

from __future__ import annotations

import fnmatch
import gzip
import hashlib
import io
import json
import lzma
import os
import stat
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from svpress.errors import DecodeError
from svpress.inputs import BYTES_PER_CHAR_MAX, max_chars_setting
from svpress.io.decode import decode_bytes

DEFAULT_GLOBS = ("*.txt", "*.md")
"""Which files in directories and members in archives are read when no ``--glob`` is given."""

STDIN = "-"
STDIN_NAME = "<stdin>"

_ZIP_SUFFIXES = (".zip",)
_TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")

# Errors that reading a damaged archive or compressed stream can raise.
_ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    tarfile.TarError,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    NotImplementedError,  # a zip compression method Python lacks
    RuntimeError,  # an encrypted zip member
    ValueError,
)


@dataclass(frozen=True, slots=True)
class Record:
    """One input: its stable id, where it came from, and its text or why it has none.

    ``sha256`` is the hash of the text (UTF-8); for a reject without text it is
    the hash of the raw bytes, or of the reason when not even those exist, so
    that a rerun recognises an unchanged reject. ``encoding`` is the one that
    decoded the text (``cp1252`` marks the fallback).
    """

    id: str
    source: str
    sha256: str
    text: str | None = None
    encoding: str | None = None
    reason: str | None = None
    stage: str = "read"

    @property
    def rejected(self) -> bool:
        """True when the record cannot be parsed (``reason`` says why)."""
        return self.text is None


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are selected and read (the ``batch`` command's options)."""

    globs: tuple[str, ...] = DEFAULT_GLOBS
    text_field: str = "text"
    id_field: str | None = None
    stdin_format: str = "auto"  # auto | jsonl | text
    max_bytes: int | None = None

    def byte_limit(self) -> int:
        """The largest input read; longer ones are rejected without being read whole."""
        # Anything longer than this would exceed parse()'s character limit anyway.
        return self.max_bytes if self.max_bytes is not None else BYTES_PER_CHAR_MAX * max_chars_setting()


def sha256_text(text: str) -> str:
    """The hash of ``text`` as stored with each record."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _reject(rid: str, source: str, reason: str, data: bytes | None = None, stage: str = "read") -> Record:
    digest = _sha256(data) if data is not None else _sha256(reason.encode("utf-8"))
    return Record(id=rid, source=source, sha256=digest, reason=reason, stage=stage)


def _text_problem(text: str) -> str | None:
    """Why a decoded text cannot be stored, or None."""
    if not text.strip():
        return "empty input"
    if "\x00" in text:
        # Databases refuse NUL in text columns; it only occurs in binary data.
        return "contains NUL characters (binary data?)"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "contains unpaired surrogates (invalid Unicode)"
    return None


def record_from_text(rid: str, source: str, text: str, encoding: str | None = None) -> Record:
    """A record for an already decoded text (JSON Lines, stdin, library callers)."""
    problem = _text_problem(text)
    if problem is not None:
        return _reject(rid, source, problem, text.encode("utf-8", "surrogatepass"), stage="decode")
    return Record(id=rid, source=source, sha256=sha256_text(text), text=text, encoding=encoding)


def record_from_bytes(rid: str, source: str, data: bytes) -> Record:
    """Decode ``data`` (UTF-8, UTF-16 with BOM, cp1252) into a record, or a reject saying why not."""
    if not data:
        return _reject(rid, source, "empty input", data)
    try:
        decoded = decode_bytes(data, rid)
    except DecodeError as exc:
        return _reject(rid, source, str(exc).removeprefix(f"{rid}: "), data, stage="decode")
    problem = _text_problem(decoded.text)
    if problem is not None:
        return _reject(rid, source, problem, data, stage="decode")
    return Record(id=rid, source=source, sha256=sha256_text(decoded.text), text=decoded.text, encoding=decoded.encoding)


def _matches(name: str, globs: Sequence[str]) -> bool:
    base = name.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(base, g) or fnmatch.fnmatchcase(name, g) for g in globs)


def _kind(name: str) -> str:
    low = name.lower()
    if low.endswith(_ZIP_SUFFIXES):
        return "zip"
    if low.endswith(_TAR_SUFFIXES):
        return "tar"
    if low.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    return "file"


def _display(path: Path) -> str:
    return path.as_posix()


def iter_records(inputs: Sequence[str], options: ReadOptions | None = None) -> Iterator[Record]:
    """Yield one record per selected input, in a stable order."""
    opts = options or ReadOptions()
    for name in inputs:
        if name == STDIN:
            yield from _read_stdin(opts)
            continue
        path = Path(os.path.normpath(name))
        if path.is_dir():
            yield from _read_dir(path, opts)
        elif path.exists():
            yield from _read_path(path, opts)
        else:
            yield _reject(_display(path), _display(path), "no such file or directory")


def _read_dir(root: Path, opts: ReadOptions) -> Iterator[Record]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()  # os.walk follows this order: the record order is stable
        for fname in sorted(filenames):
            if not _matches(fname, opts.globs):
                continue
            path = Path(dirpath) / fname
            try:
                regular = stat.S_ISREG(path.stat().st_mode)
            except OSError as exc:  # a broken symbolic link
                yield _reject(_display(path), _display(path), f"cannot read: {exc.strerror or exc}")
                continue
            if regular:
                yield from _read_path(path, opts)
            else:  # a FIFO or device in a folder would block or never end
                yield _reject(_display(path), _display(path), "not a regular file")


def _read_path(path: Path, opts: ReadOptions) -> Iterator[Record]:
    kind = _kind(path.name)
    if kind == "zip":
        yield from _read_zip(path, opts)
    elif kind == "tar":
        yield from _read_tar(path, opts)
    elif kind == "jsonl":
        yield from _read_jsonl_file(path, opts)
    else:
        yield _read_file(path, opts)


def _read_file(path: Path, opts: ReadOptions) -> Record:
    rid = _display(path)
    limit = opts.byte_limit()
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        return _reject(rid, rid, f"cannot read: {exc.strerror or exc}")
    if len(data) > limit:
        return _reject(rid, rid, f"larger than the limit of {limit:,} bytes")
    return record_from_bytes(rid, rid, data)


def _read_zip(path: Path, opts: ReadOptions) -> Iterator[Record]:
    archive = _display(path)
    limit = opts.byte_limit()
    try:
        zf = zipfile.ZipFile(path)
    except _ARCHIVE_ERRORS as exc:
        yield _reject(archive, archive, f"not a readable zip archive: {exc}")
        return
    with zf:
        for info in zf.infolist():
            if info.is_dir() or not _matches(info.filename, opts.globs):
                continue
            rid = f"{archive}::{info.filename}"
            if info.flag_bits & 0x1:
                yield _reject(rid, rid, "encrypted zip member")
                continue
            if info.file_size > limit:
                yield _reject(rid, rid, f"larger than the limit of {limit:,} bytes")
                continue
            try:
                with zf.open(info) as fh:
                    data = fh.read(limit + 1)  # the header's size can lie: never read more
            except _ARCHIVE_ERRORS as exc:
                yield _reject(rid, rid, f"corrupt archive member: {exc}")
                continue
            if len(data) > limit:
                yield _reject(rid, rid, f"larger than the limit of {limit:,} bytes")
                continue
            yield record_from_bytes(rid, rid, data)


def _read_tar(path: Path, opts: ReadOptions) -> Iterator[Record]:
    archive = _display(path)
    limit = opts.byte_limit()
    last = None
    try:
        # Stream mode ("r|*"): members are read in order without seeking, so a
        # compressed archive is decompressed once and never held in memory.
        with tarfile.open(path, mode="r|*") as tf:
            for member in tf:
                last = member.name
                if not member.isfile() or not _matches(member.name, opts.globs):
                    continue
                rid = f"{archive}::{member.name}"
                if member.size > limit:
                    yield _reject(rid, rid, f"larger than the limit of {limit:,} bytes")
                    continue
                fh = tf.extractfile(member)
                if fh is None:  # pragma: no cover - isfile() members always have data
                    continue
                try:
                    data = fh.read()
                except _ARCHIVE_ERRORS as exc:
                    yield _reject(rid, rid, f"corrupt archive member: {exc}")
                    raise  # a stream cannot skip past damage: the rest is unreadable
                yield record_from_bytes(rid, rid, data)
    except _ARCHIVE_ERRORS as exc:
        where = f" after member {last!r}" if last is not None else ""
        yield _reject(archive, archive, f"corrupt or unreadable tar archive, reading stopped{where}: {exc}")


def _read_jsonl_file(path: Path, opts: ReadOptions) -> Iterator[Record]:
    name = _display(path)
    try:
        with _open_maybe_gzip(path) as fh:
            yield from _read_jsonl(fh, name, opts)
    except _ARCHIVE_ERRORS as exc:
        yield _reject(name, name, f"unreadable JSON Lines file: {exc}")


def _open_maybe_gzip(path: Path) -> gzip.GzipFile | io.BufferedReader:
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(path, "rb")
    return path.open("rb")


def _read_jsonl(fh: Iterable[bytes], name: str, opts: ReadOptions) -> Iterator[Record]:
    limit = opts.byte_limit()
    for lineno, raw_line in enumerate(fh, start=1):
        line = raw_line.removeprefix(b"\xef\xbb\xbf") if lineno == 1 else raw_line
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        if len(line) > limit:
            yield _reject(where, where, f"line longer than the limit of {limit:,} bytes")
            continue
        try:
            obj = json.loads(line)
        except (ValueError, UnicodeDecodeError) as exc:
            yield _reject(where, where, f"invalid JSON: {exc}", line, stage="decode")
            continue
        if not isinstance(obj, dict):
            yield _reject(where, where, "a JSON Lines row must be an object", line, stage="decode")
            continue
        rid = where
        if opts.id_field is not None:
            value = obj.get(opts.id_field)
            if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
                rid = str(value)
            else:
                yield _reject(where, where, f"no usable id field {opts.id_field!r}", line, stage="decode")
                continue
        text = obj.get(opts.text_field)
        if not isinstance(text, str):
            yield _reject(rid, where, f"no text field {opts.text_field!r} with a string value", line, stage="decode")
            continue
        yield record_from_text(rid, where, text, "utf-8")


def _stdin_stream() -> BinaryIO:
    """Standard input as bytes, through a private duplicate of its descriptor when it has one.

    A reader thread may be blocked on it when the program ends; if that were
    ``sys.stdin.buffer`` itself, Python's shutdown would find its lock taken
    and abort.
    """
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):  # replaced by a test or an embedding program
        return sys.stdin.buffer
    return open(os.dup(fd), "rb")  # read to the end by the caller, closed with the process


def _read_stdin(opts: ReadOptions) -> Iterator[Record]:
    stream = _stdin_stream()
    fmt = opts.stdin_format
    if fmt == "auto":
        fmt = "jsonl" if _starts_with_brace(stream) else "text"
    if fmt == "jsonl":
        yield from _read_jsonl(stream, STDIN_NAME, opts)
        return
    limit = opts.byte_limit()
    data = stream.read(limit + 1)
    if len(data) > limit:
        yield _reject(STDIN_NAME, STDIN_NAME, f"larger than the limit of {limit:,} bytes")
    else:
        yield record_from_bytes(STDIN_NAME, STDIN_NAME, data)


def _starts_with_brace(stream: BinaryIO) -> bool:
    """Peek (without consuming) whether the stream's first non-blank byte is ``{``."""
    peek = getattr(stream, "peek", None)
    head = peek(4096) if peek is not None else b""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def count_records(inputs: Sequence[str], options: ReadOptions | None = None) -> int | None:
    """Count the records ``iter_records`` will yield without decoding them (for a progress total).

    Returns None when the count cannot be known in advance (standard input).
    Damaged inputs count as the one reject they become.
    """
    opts = options or ReadOptions()
    total = 0
    for name in inputs:
        if name == STDIN:
            return None
        path = Path(os.path.normpath(name))
        if path.is_dir():
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames.sort()
                for fname in filenames:
                    if _matches(fname, opts.globs):
                        total += _count_path(Path(dirpath) / fname, opts)
        else:
            total += _count_path(path, opts)
    return total


def _count_path(path: Path, opts: ReadOptions) -> int:
    kind = _kind(path.name)
    try:
        if kind == "zip":
            with zipfile.ZipFile(path) as zf:
                return sum(1 for i in zf.infolist() if not i.is_dir() and _matches(i.filename, opts.globs))
        if kind == "tar":
            with tarfile.open(path, mode="r|*") as tf:
                return sum(1 for m in tf if m.isfile() and _matches(m.name, opts.globs))
        if kind == "jsonl":
            with _open_maybe_gzip(path) as fh:
                return sum(1 for line in fh if line.strip())
    except _ARCHIVE_ERRORS:
        return 1
    return 1

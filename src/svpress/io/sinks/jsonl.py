"""JSON Lines output (``--out FILE.jsonl``): one line per input, resumable.

Each line is a result ``{"id", "sha256", "status": "ok", "source", "encoding",
"release": {…}}`` or a reject ``{"id", "sha256", "status": "reject", "source",
"stage", "reason"}``. Lines are appended; on opening, an existing file is
read to know what is stored (a trailing partial line left by a killed run is
cut off). An id written again (its text changed, or ``--force``) gets a new
line; when the run closes, the file is rewritten (atomically) keeping only the
last line of each such id, so each id has one line.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from svpress.io.readers import Record
from svpress.io.sinks.base import Outcome, Prepare, SinkError, Stored, WriteReport, last_per_id

_REJECT_FLAG = b"R"


def _key(rid: str) -> bytes:
    # A 16-byte digest instead of the id string keeps the index small for
    # millions of lines (collisions: about 1 in 10^29 for a billion ids).
    return hashlib.blake2b(rid.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _value(sha256: str, rejected: bool) -> bytes:
    return bytes.fromhex(sha256) + (_REJECT_FLAG if rejected else b"")


def result_line(record: Record, doc: dict[str, Any], parsed_at: str) -> str:
    """The worker-side step: the JSON line of one release."""
    return json.dumps(
        {
            "id": record.id,
            "sha256": record.sha256,
            "status": "ok",
            "source": record.source,
            "encoding": record.encoding,
            "parsed_at": parsed_at,
            "release": doc,
        },
        ensure_ascii=False,
    )


def _reject_line(o: Outcome) -> str:
    return json.dumps(
        {"id": o.id, "sha256": o.sha256, "status": "reject", "source": o.source, "stage": o.stage, "reason": o.reason},
        ensure_ascii=False,
    )


class JsonlSink:
    """Results and rejects as lines of one JSON Lines file."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.description = str(self.path)
        self._index: dict[bytes, bytes] = {}
        self._replaced: set[bytes] = set()  # keys with more than one line: compact on close
        if not self.path.parent.is_dir():
            raise SinkError(f"{self.path}: folder {self.path.parent} does not exist")
        if self.path.exists():
            self._load()
        try:
            self._fh: IO[bytes] = self.path.open("ab")
        except OSError as exc:
            raise SinkError(f"{self.path}: cannot write: {exc.strerror or exc}") from None

    def _load(self) -> None:
        good = 0  # offset just past the last complete, readable line
        with self.path.open("rb") as fh:
            offset = 0
            for line in fh:
                offset += len(line)
                if not line.endswith(b"\n"):
                    break  # a partial line from a killed run
                try:
                    obj = json.loads(line)
                    key, value = _key(obj["id"]), _value(obj["sha256"], obj.get("status") == "reject")
                except (ValueError, KeyError, TypeError, AttributeError):
                    continue  # unreadable: its id (if any) is parsed again and appended
                if key in self._index:
                    self._replaced.add(key)  # an earlier run died before compacting
                self._index[key] = value
                good = offset
        if good < self.path.stat().st_size:
            with self.path.open("r+b") as fh:
                fh.truncate(good)

    def preparer(self) -> Prepare:
        """Workers serialise each release to its line."""
        return result_line

    def lookup(self, ids: Sequence[str]) -> dict[str, Stored]:
        """Hash and kind of the lines already written for ``ids``."""
        found: dict[str, Stored] = {}
        for rid in ids:
            value = self._index.get(_key(rid))
            if value is not None:
                found[rid] = Stored(value[:32].hex(), value.endswith(_REJECT_FLAG) and len(value) == 33)
        return found

    def write(self, outcomes: Sequence[Outcome]) -> WriteReport:
        """Append one line per outcome and flush; an id written before is marked for compaction."""
        latest, superseded = last_per_id(outcomes)
        report = WriteReport(superseded=superseded)
        lines: list[str] = []
        for o in latest:
            key, value = _key(o.id), _value(o.sha256, not o.ok)
            if key in self._index:
                report.replaced.add(o.id)
                self._replaced.add(key)
            self._index[key] = value
            lines.append(o.payload if o.ok else _reject_line(o))
        if lines:
            # One write of whole lines, then flush: a kill can only cut the last line.
            try:
                self._fh.write(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
                self._fh.flush()
            except OSError as exc:
                raise SinkError(f"{self.path}: write failed: {exc.strerror or exc}") from exc
        return report

    def close(self) -> None:
        """Flush, and drop replaced lines if this run replaced any."""
        self._fh.close()
        if self._replaced:
            self._compact()

    def _line_key(self, line: bytes) -> bytes | None:
        try:
            return _key(json.loads(line)["id"])
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    def _compact(self) -> None:
        # Two passes: count the lines of each replaced id, then keep only its last.
        left: dict[bytes, int] = dict.fromkeys(self._replaced, 0)
        with self.path.open("rb") as src:
            for line in src:
                key = self._line_key(line)
                if key in left:
                    left[key] += 1
        tmp = self.path.with_name(self.path.name + ".compact")
        with self.path.open("rb") as src, tmp.open("wb") as dst:
            for line in src:
                key = self._line_key(line)
                if key is not None and key in left:
                    left[key] -= 1
                    if left[key] > 0:
                        continue
                dst.write(line)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, self.path)
        self._replaced.clear()

"""What every public entry point accepts: a ``str`` (or bytes, decoded), within the size limit."""

from __future__ import annotations

import os
from pathlib import Path

from svpress.errors import InputTooLarge
from svpress.io.decode import decode_bytes

DEFAULT_MAX_CHARS = 20_000_000
"""Inputs longer than this are refused unless ``max_chars`` or ``SVPRESS_MAX_CHARS`` says otherwise.

About 20 MB of text: far above any press release, well below what would
exhaust a worker's memory (parsing needs roughly 20 bytes per character).
"""

BYTES_PER_CHAR_MAX = 4
"""UTF-8 needs at most this many bytes a character: a file larger than this times the limit is refused unread."""


def max_chars_setting() -> int:
    """The size limit: ``SVPRESS_MAX_CHARS`` from the environment, else the default."""
    value = os.environ.get("SVPRESS_MAX_CHARS")
    if value and value.strip().isdigit():
        return int(value)
    return DEFAULT_MAX_CHARS


def as_text(value: object, caller: str, max_chars: int | None = None) -> str:
    """Check and return the text a public function was given.

    ``str`` is taken as it is; ``bytes`` are decoded as the batch does
    (UTF-8, UTF-16 with BOM, cp1252; :class:`~svpress.errors.DecodeError`
    otherwise). Anything else is a ``TypeError``; text above the limit an
    :class:`~svpress.errors.InputTooLarge`.
    """
    limit = max_chars if max_chars is not None else max_chars_setting()
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        if len(data) > limit * BYTES_PER_CHAR_MAX:
            raise InputTooLarge(len(data), limit)
        value = decode_bytes(data, f"<bytes given to {caller}()>").text
    if not isinstance(value, str):
        raise TypeError(f"{caller}() takes a str (or bytes), not {type(value).__name__}")
    if len(value) > limit:
        raise InputTooLarge(len(value), limit)
    return value


def read_file(path: str | os.PathLike[str], max_chars: int | None = None) -> str:
    """Read and decode a file as every svpress entry point does, refusing one above the limit unread."""
    limit = max_chars if max_chars is not None else max_chars_setting()
    p = Path(path)
    size = p.stat().st_size
    if size > limit * BYTES_PER_CHAR_MAX:
        raise InputTooLarge(size, limit)
    text = decode_bytes(p.read_bytes(), str(p)).text
    if len(text) > limit:
        raise InputTooLarge(len(text), limit)
    return text

"""Decode bytes the way every svpress entry point does.

UTF-8 (a BOM is dropped), then UTF-16 when a BOM says so, then cp1252 as a
fallback that the caller is told about. Bytes that look binary (NUL bytes
outside UTF-16, or a text that is largely control characters) are refused
with :class:`DecodeError`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from svpress.errors import DecodeError

_BINARY_SAMPLE = 8192
_MAX_CONTROL_SHARE = 0.05
"""Above this share of control characters (tab, line ends and form feed aside)
in the first ``_BINARY_SAMPLE`` characters, decoded "text" is binary data."""
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes and the encoding that worked."""

    text: str
    encoding: str

    @property
    def fallback(self) -> bool:
        """True when the text was read as cp1252 because it was not UTF."""
        return self.encoding == "cp1252"


def decode_bytes(data: bytes, name: str = "<bytes>") -> Decoded:
    """Decode ``data``; raise :class:`DecodeError` naming ``name`` if it cannot be read as text."""
    decoded = _decode(data, name)
    sample = decoded.text[:_BINARY_SAMPLE]
    if sample and len(_CONTROLS.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise DecodeError(f"{name}: looks binary (control characters), not text")
    return decoded


def _decode(data: bytes, name: str) -> Decoded:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{name}: invalid UTF-8 after a UTF-8 BOM at byte {exc.start}") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(f"{name}: invalid UTF-16 at byte {exc.start}") from exc
    if b"\x00" in data[:_BINARY_SAMPLE]:
        raise DecodeError(f"{name}: looks binary (NUL bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise DecodeError(f"{name}: neither UTF-8 nor cp1252 (byte 0x{data[exc.start]:02x} at {exc.start})") from exc
    return Decoded(text, "cp1252")

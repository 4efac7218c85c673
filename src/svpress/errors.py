"""Exceptions raised by svpress; all derive from :class:`SvpressError`."""

from __future__ import annotations


class SvpressError(Exception):
    """Base class of every error svpress raises on purpose."""


class InputTooLarge(SvpressError, ValueError):
    """The input is longer than the configured limit (``max_chars``)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"input of {size:,} characters exceeds the limit of {limit:,}"
            " (raise it with max_chars= or SVPRESS_MAX_CHARS)"
        )
        self.size = size
        self.limit = limit


class DecodeError(SvpressError, ValueError):
    """Bytes that could not be decoded as UTF-8, UTF-16 (with BOM) or cp1252."""


class ModelNotAvailable(SvpressError, RuntimeError):
    """An NLP pipeline that was asked for is not installed."""

"""Helpers for running patterns fast on normalised text."""

from __future__ import annotations


def lower_view(text: str) -> str:
    """``text`` lowercased character by character, so offsets stay valid.

    Case-sensitive patterns on this view run several times faster than
    ``IGNORECASE`` ones; ``str.lower()`` is used whenever it keeps the length
    (it does not for "İ", which lowercases to two characters).
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)

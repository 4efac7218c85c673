"""Helpers for running patterns fast on normalised text."""

from __future__ import annotations

# "İ" (U+0130) is the only character whose lowercase is longer than one
# character ("i" + combining dot); it is kept as it is so offsets stay valid.
_DOTTED_I = "\u0130"


def lower_view(text: str) -> str:
    """``text`` lowercased character by character, so offsets stay valid.

    Case-sensitive patterns on this view run several times faster than
    ``IGNORECASE`` ones.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    # Lowercase everything but "İ": split on it, lowercase the pieces, join.
    return _DOTTED_I.join(piece.lower() for piece in text.split(_DOTTED_I))

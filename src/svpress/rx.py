"""Regular-expression helpers shared by the rule-based stages."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """Return a non-capturing group matching any of ``words``, longest first.

    Every word is escaped, so language data never carries regex syntax (the
    result suits both ``re`` and ``regex``); spaces
    in a word match one run of blanks. An empty list is refused: an empty
    alternation would match everywhere (or nowhere) and hide a data error.
    """
    unique = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not unique:
        raise ValueError("alternation() needs at least one non-empty word")
    parts = [re.escape(w).replace(r"\ ", r"[ \t]{1,3}") for w in unique]
    return "(?:" + "|".join(parts) + ")"


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

"""The one helper that turns a word list into a regular-expression alternation."""

from __future__ import annotations

from collections.abc import Iterable

import regex


def alternation(words: Iterable[str]) -> str:
    """Return ``(?:w1|w2|…)`` with every word escaped, longest first so no prefix shadows.

    Raises ``ValueError`` on an empty list: an empty alternation would match
    everywhere or nowhere, and either is a silent bug.
    """
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not items:
        raise ValueError("alternation() needs at least one non-empty word")
    return "(?:" + "|".join(regex.escape(w) for w in items) + ")"

"""Helpers for turning word lists into regular expressions."""

from __future__ import annotations

from collections.abc import Iterable

import regex


def alternation(words: Iterable[str], *, escape: bool = True) -> str:
    """A non-capturing alternation of ``words``, longest first so that prefixes do not win.

    Refuses an empty list: an empty alternation would match everywhere.
    """
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not items:
        raise ValueError("alternation() needs at least one non-empty word")
    return "(?:" + "|".join(regex.escape(w) if escape else w for w in items) + ")"

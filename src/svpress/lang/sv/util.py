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


def character_class(table: dict[int, str]) -> str:
    """A regular-expression character class matching every key of ``table``, as ranges."""
    codes = sorted(table)
    if not codes:
        raise ValueError("character_class() needs at least one character")
    ranges: list[tuple[int, int]] = []
    for c in codes:
        if ranges and c == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    parts = [f"\\U{a:08x}" if a == b else f"\\U{a:08x}-\\U{b:08x}" for a, b in ranges]
    return "[" + "".join(parts) + "]"

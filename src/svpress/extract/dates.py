"""Swedish dates (placeholder: ISO days only; issue 4 brings the grammar)."""

from __future__ import annotations

import datetime as dt

import regex

from svpress.model import DateMention
from svpress.text import Text

_ISO = regex.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")


def find_dates(text: Text, reference: dt.date | None = None) -> list[DateMention]:
    """Return the dates mentioned in ``text``; a missing year comes from ``reference``."""
    out: list[DateMention] = []
    for m in _ISO.finditer(text.norm):
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            continue
        a, b = text.span(*m.span())
        out.append(DateMention(date=day, raw=text.raw[a:b], start=a, end=b))
    return out

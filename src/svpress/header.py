"""Header fields: type label, publication date and headline (placeholder)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from svpress.model import DateMention, Field, Section
from svpress.text import Text

_LINE = regex.compile(r"[^\n]*\S[^\n]*")


@dataclass(frozen=True, slots=True)
class Header:
    """The header fields found, each with where it was printed."""

    kind: Field | None = None
    title: Field | None = None
    published: DateMention | None = None


def read_header(text: Text, secs: list[Section]) -> Header:
    """Read kind, title and publication date from the top of the release."""
    m = _LINE.search(text.norm)
    if m is None:
        return Header()
    value = m.group().strip()
    a, b = text.span(m.start() + len(m.group()) - len(m.group().lstrip()), m.end())
    return Header(title=Field(value=value, raw=text.raw[a:b], start=a, end=b))

"""E-mail addresses (placeholder: plain form only; issue 4 extends it)."""

from __future__ import annotations

import regex

from svpress.model import Email
from svpress.text import Text

_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")


def find_emails(text: Text) -> list[Email]:
    """Return every e-mail address in ``text``, in order, lowercased."""
    out: list[Email] = []
    for m in _EMAIL.finditer(text.norm):
        a, b = text.span(*m.span())
        out.append(Email(address=m.group().lower(), raw=text.raw[a:b], start=a, end=b))
    return out

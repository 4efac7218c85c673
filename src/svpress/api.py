"""Extraction for any text: ``svpress.phones``, ``svpress.emails``, ``svpress.dates``.

Thin wrappers that normalise the string (``Text``) and run one extractor;
offsets in the results index the string passed in.
"""

from __future__ import annotations

import datetime as dt

from svpress.extract.dates import find_dates
from svpress.extract.emails import find_emails
from svpress.extract.phones import find_phones
from svpress.inputs import as_text
from svpress.model import DateMention, Email, Phone
from svpress.text import Text


def _text(value: object, name: str) -> Text:
    return Text(as_text(value, name))


def phones(text: str | bytes) -> list[Phone]:
    """Every telephone number in ``text``, in order: E.164, type, area, label, offsets."""
    return find_phones(_text(text, "phones"))


def emails(text: str | bytes) -> list[Email]:
    """Every e-mail address in ``text``, plain or obfuscated ("namn(at)org.se"), lowercased."""
    return find_emails(_text(text, "emails"))


def dates(text: str | bytes, reference: dt.date | None = None) -> list[DateMention]:
    """Every date in ``text``, in order, resolved to the calendar.

    ``reference`` (a ``datetime.date``, e.g. the publication date) gives a
    year to days printed without one and resolves relative words ("i
    morgon"); without it, the first full date printed in ``text`` dates
    year-less days and relative words are left out. Never the clock.
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    elif reference is not None and not isinstance(reference, dt.date):
        raise TypeError(f"dates() reference must be a datetime.date or None, not {type(reference).__name__}")
    return find_dates(_text(text, "dates"), reference)

"""Swedish telephone numbers (placeholder: issue 4 completes types and negatives)."""

from __future__ import annotations

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from svpress.model import Phone
from svpress.text import Text


def find_phones(text: Text) -> list[Phone]:
    """Return every valid telephone number in ``text``, in order, as E.164."""
    out: list[Phone] = []
    for m in PhoneNumberMatcher(text.norm, "SE", Leniency.VALID):
        a, b = text.span(m.start, m.end)
        e164 = phonenumbers.format_number(m.number, PhoneNumberFormat.E164)
        out.append(Phone(e164=e164, raw=text.raw[a:b], start=a, end=b))
    return out

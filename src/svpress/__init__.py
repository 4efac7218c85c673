"""svpress: Swedish press releases into typed, trustworthy data.

``svpress.parse(text)`` returns a :class:`PressRelease`; ``svpress.parse_many``
parses an iterable lazily, in worker processes if asked; ``svpress.phones``,
``svpress.emails`` and ``svpress.dates`` extract from any text. See ``docs/``
for the data model and the JSON contract.
"""

from __future__ import annotations

from svpress.api import dates, emails, phones
from svpress.batch import ParseFailure, parse_many
from svpress.errors import DecodeError, InputTooLarge, ModelNotAvailable, SvpressError
from svpress.model import (
    Contact,
    DateMention,
    Email,
    Entity,
    FactBox,
    Field,
    Organisation,
    Paragraph,
    Person,
    Phone,
    PressRelease,
    Quote,
    Span,
)
from svpress.pipeline import entities, parse, parse_file

__version__ = "0.1.0"

__all__ = [
    "Contact",
    "DateMention",
    "DecodeError",
    "Email",
    "Entity",
    "FactBox",
    "Field",
    "InputTooLarge",
    "ModelNotAvailable",
    "Organisation",
    "Paragraph",
    "ParseFailure",
    "Person",
    "Phone",
    "PressRelease",
    "Quote",
    "Span",
    "SvpressError",
    "dates",
    "emails",
    "entities",
    "parse",
    "parse_file",
    "parse_many",
    "phones",
]

"""``parse()``: the one place where the stages are composed."""

from __future__ import annotations

import datetime as dt
import os

from svpress import contacts, header, quotes, sections
from svpress.errors import InputTooLarge
from svpress.extract.dates import find_dates
from svpress.extract.emails import find_emails
from svpress.extract.entities import find_entities
from svpress.extract.phones import find_phones
from svpress.lines import split_lines
from svpress.model import PressRelease
from svpress.names import NameIndex
from svpress.text import Text

DEFAULT_MAX_CHARS = 20_000_000
"""Inputs longer than this are refused unless ``max_chars`` says otherwise."""


def max_chars_setting() -> int:
    """The size limit: ``SVPRESS_MAX_CHARS`` from the environment, else the default."""
    value = os.environ.get("SVPRESS_MAX_CHARS")
    if value and value.strip().isdigit():
        return int(value)
    return DEFAULT_MAX_CHARS


def parse(
    text: str,
    *,
    reference: dt.date | None = None,
    fast: bool = False,
    max_chars: int | None = None,
) -> PressRelease:
    """Parse one press release into a :class:`PressRelease`.

    ``reference`` dates relative and year-less mentions when the release prints
    no date of its own; ``fast`` skips the statistical entity model.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    limit = max_chars if max_chars is not None else max_chars_setting()
    if len(text) > limit:
        raise InputTooLarge(len(text), limit)
    doc = Text(text)
    lines = split_lines(doc.norm)
    head = header.read_header(doc, lines)
    secs = sections.split_sections(doc, lines, head.body_start)
    published = head.published.date if head.published is not None else None
    found_phones = find_phones(doc)
    found_emails = find_emails(doc)
    found_dates = find_dates(doc, reference=published or reference)
    entities = find_entities(doc, fast=fast)
    names = NameIndex(doc, entities)
    found_contacts = contacts.find_contacts(doc, lines, secs, found_phones, found_emails, names)
    found_quotes = quotes.find_quotes(doc, lines, secs, names)
    full_names = [q.speaker for q in found_quotes if q.speaker]
    full_names += [c.name for c in found_contacts if c.name]
    full_names += [e.name for e in entities if e.label == "PER"]
    found_quotes = quotes.resolve_speakers(found_quotes, full_names)
    return PressRelease(
        kind=head.kind.value if head.kind else None,
        title=head.title.value if head.title else None,
        published=published,
        kind_field=head.kind,
        title_field=head.title,
        published_mention=head.published,
        body=tuple(sections.body_paragraphs(doc, secs)),
        quotes=tuple(found_quotes),
        fact_boxes=tuple(sections.fact_boxes(doc, secs)),
        contacts=tuple(found_contacts),
        phones=tuple(found_phones),
        emails=tuple(found_emails),
        dates=tuple(found_dates),
        sections=tuple(secs),
    )

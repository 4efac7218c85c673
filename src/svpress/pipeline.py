"""``parse()``: the one place where the stages are composed."""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Sequence
from typing import Any

from svpress import contacts, header, quotes, sections
from svpress.extract.dates import find_dates
from svpress.extract.emails import find_emails
from svpress.extract.entities import find_entities, find_entities_with, recognise
from svpress.extract.phones import find_phones
from svpress.inputs import as_text, read_file
from svpress.lines import split_lines
from svpress.model import Contact, Entity, PressRelease, Quote
from svpress.names import NameIndex
from svpress.resolve import KnownPerson, resolve_entities
from svpress.text import Text

GC_PAUSE_CHARS = 200_000
"""Inputs at least this long are parsed with the cyclic garbage collector paused (see :func:`parse`)."""

NAME_SEARCH_WINDOW = 400
"""Characters around a quote searched for the printed name of its speaker."""


def nlp_setting() -> str | None:
    """The spaCy pipeline to use for entities: ``SVPRESS_NLP`` from the environment, else None (built-in)."""
    value = os.environ.get("SVPRESS_NLP", "").strip()
    return value if value and value != "svpress" else None


def parse(
    text: str | bytes,
    *,
    reference: dt.date | None = None,
    fast: bool = False,
    max_chars: int | None = None,
    nlp: str | None = None,
) -> PressRelease:
    """Parse one press release into a :class:`PressRelease`.

    ``reference`` dates relative and year-less mentions when the release prints
    no date of its own; ``fast`` skips the statistical entity model. ``nlp``
    names an installed spaCy pipeline to find people and organisations instead
    of svpress's own recogniser (``"sv_core_news_lg"``), or beside it
    (``"+sv_core_news_lg"``); the ``SVPRESS_NLP`` environment variable sets a default.

    Any ``str`` gives a result. ``bytes`` are decoded as the batch does
    (offsets then index the decoded text). Raises ``TypeError`` for other
    types, :class:`~svpress.errors.DecodeError` for undecodable bytes and
    :class:`~svpress.errors.InputTooLarge` above ``max_chars`` (default from
    ``SVPRESS_MAX_CHARS``, else 20,000,000).
    """
    raw = as_text(text, "parse", max_chars)
    if len(raw) < GC_PAUSE_CHARS or not gc.isenabled():
        return _parse(Text(raw), reference=reference, fast=fast, nlp=nlp)
    # A long input keeps millions of small objects alive at once, and the cyclic collector's
    # passes over them grew its cost faster than the input (10 MB cost 12 times 1 MB, 10 with
    # the collector paused). A parse builds next to no reference cycles: reference counting frees
    # what it made, and the collector takes any leftover once it runs again.
    gc.disable()
    try:
        return _parse(Text(raw), reference=reference, fast=fast, nlp=nlp)
    finally:
        gc.enable()


def _parse(doc: Text, *, reference: dt.date | None, fast: bool, nlp: str | None) -> PressRelease:
    lines = split_lines(doc.norm, doc.lower)
    found_entities = _entities(doc, fast=fast, nlp=nlp)
    names = NameIndex(doc, found_entities)
    head = header.read_header(doc, lines, names)
    secs = sections.split_sections(doc, lines, head.body_start)
    published = head.published.date if head.published is not None else None
    found_phones = find_phones(doc)
    found_emails = find_emails(doc)
    found_dates = find_dates(doc, reference=published or reference)
    found_contacts = contacts.find_contacts(doc, lines, secs, found_phones, found_emails, names)
    found_quotes = quotes.find_quotes(doc, lines, secs, names)
    full_names = [q.speaker for q in found_quotes if q.speaker]
    full_names += [c.name for c in found_contacts if c.name]
    full_names += [e.name for e in found_entities if e.label == "PER"]
    found_quotes = quotes.resolve_speakers(found_quotes, full_names)
    known = _known_people(doc, found_quotes, found_contacts)
    people, organisations = resolve_entities(doc, found_entities, known)
    return PressRelease(
        kind=head.kind.value if head.kind else None,
        title=head.title.value if head.title else None,
        published=published,
        kind_field=head.kind,
        title_field=head.title,
        published_mention=head.published,
        body=tuple(sections.body_paragraphs(doc, secs, lines)),
        quotes=tuple(found_quotes),
        fact_boxes=tuple(sections.fact_boxes(doc, secs)),
        contacts=tuple(found_contacts),
        people=tuple(people),
        organisations=tuple(organisations),
        phones=tuple(found_phones),
        emails=tuple(found_emails),
        dates=tuple(found_dates),
        sections=tuple(secs),
    )


def parse_file(path: str | os.PathLike[str], **options: Any) -> PressRelease:
    """Read, decode (as the batch does) and parse one file; options as for :func:`parse`."""
    return parse(read_file(path, options.get("max_chars")), **options)


def _known_people(doc: Text, found_quotes: Sequence[Quote], found_contacts: Sequence[Contact]) -> list[KnownPerson]:
    """Quote speakers and contact names, where the text prints them, for entity resolution."""
    known: list[KnownPerson] = []
    for c in found_contacts:
        if c.name:
            i = c.raw.find(c.name)
            if i >= 0:
                known.append(KnownPerson(c.name, c.start + i, c.start + i + len(c.name), c.role, c.organisation))
    for q in found_quotes:
        if not q.speaker:
            continue
        lo = max(0, q.start - NAME_SEARCH_WINDOW)
        i = doc.raw.find(q.speaker, q.end, q.end + NAME_SEARCH_WINDOW)
        if i < 0:
            i = doc.raw.rfind(q.speaker, lo, q.start)
        if i >= 0:
            known.append(KnownPerson(q.speaker, i, i + len(q.speaker), q.role, q.organisation))
    return known


def _entities(doc: Text, *, fast: bool, nlp: str | None) -> list[Entity]:
    name = nlp if nlp is not None else nlp_setting()
    if name and name != "svpress":
        return find_entities_with(doc, name, fast=fast)
    return find_entities(doc, fast=fast)


def entities(
    text: str | bytes,
    *,
    fast: bool = False,
    nlp: str | None = None,
    release: bool = False,
    max_chars: int | None = None,
) -> list[Entity]:
    """Named people (PER), organisations (ORG) and places (LOC) in any running text, raw offsets.

    ``fast`` uses the rules alone; ``nlp`` an installed spaCy pipeline (see
    :func:`parse`); ``release`` applies the press-release priors that
    :func:`parse` uses (news and other text are read without them).
    """
    doc = Text(as_text(text, "entities", max_chars))
    if nlp:
        return find_entities_with(doc, nlp, fast=fast)
    return recognise(doc, "rules" if fast else "default", release=release)


__all__ = ["entities", "find_entities", "parse", "parse_file"]

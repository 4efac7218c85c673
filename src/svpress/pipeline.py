"""``parse()``: the one place where the stages are composed."""

from __future__ import annotations

import datetime as dt
import os

from svpress import header, quotes, sections
from svpress.errors import InputTooLarge
from svpress.extract.dates import find_dates
from svpress.extract.emails import find_emails
from svpress.extract.entities import find_entities, find_entities_with, recognise
from svpress.extract.phones import find_phones
from svpress.model import Entity, PressRelease
from svpress.resolve import resolve_entities
from svpress.text import Text

DEFAULT_MAX_CHARS = 20_000_000
"""Inputs longer than this are refused unless ``max_chars`` says otherwise."""


def nlp_setting() -> str | None:
    """The spaCy pipeline to use for entities: ``SVPRESS_NLP`` from the environment, else None (built-in)."""
    value = os.environ.get("SVPRESS_NLP", "").strip()
    return value if value and value != "svpress" else None


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
    nlp: str | None = None,
) -> PressRelease:
    """Parse one press release into a :class:`PressRelease`.

    ``reference`` dates relative and year-less mentions when the release prints
    no date of its own; ``fast`` skips the statistical entity model. ``nlp``
    names an installed spaCy pipeline to find people and organisations instead
    of svpress's own recogniser (``"sv_core_news_lg"``), or beside it
    (``"+sv_core_news_lg"``); the ``SVPRESS_NLP`` environment variable sets a default.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    limit = max_chars if max_chars is not None else max_chars_setting()
    if len(text) > limit:
        raise InputTooLarge(len(text), limit)
    doc = Text(text)
    secs = sections.split_sections(doc)
    head = header.read_header(doc, secs)
    published = head.published.date if head.published is not None else None
    found_dates = find_dates(doc, reference=published or reference)
    people, organisations = resolve_entities(doc, _entities(doc, fast=fast, nlp=nlp))
    return PressRelease(
        kind=head.kind.value if head.kind else None,
        title=head.title.value if head.title else None,
        published=published,
        kind_field=head.kind,
        title_field=head.title,
        published_mention=head.published,
        body=tuple(sections.body_paragraphs(doc, secs)),
        quotes=tuple(quotes.find_quotes(doc, secs)),
        people=tuple(people),
        organisations=tuple(organisations),
        phones=tuple(find_phones(doc)),
        emails=tuple(find_emails(doc)),
        dates=tuple(found_dates),
        sections=tuple(secs),
    )


def _entities(doc: Text, *, fast: bool, nlp: str | None) -> list[Entity]:
    name = nlp if nlp is not None else nlp_setting()
    if name and name != "svpress":
        return find_entities_with(doc, name, fast=fast)
    return find_entities(doc, fast=fast)


def entities(text: str, *, fast: bool = False, nlp: str | None = None, release: bool = False) -> list[Entity]:
    """Named people (PER), organisations (ORG) and places (LOC) in any running text, raw offsets.

    ``fast`` uses the rules alone; ``nlp`` an installed spaCy pipeline (see
    :func:`parse`); ``release`` applies the press-release priors that
    :func:`parse` uses (news and other text are read without them).
    """
    if not isinstance(text, str):
        raise TypeError(f"entities() takes a str, not {type(text).__name__}")
    doc = Text(text)
    if nlp:
        return find_entities_with(doc, nlp, fast=fast)
    return recognise(doc, "rules" if fast else "default", release=release)


__all__ = ["entities", "find_entities", "parse"]

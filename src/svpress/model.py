"""Typed results of a parse: frozen, slotted dataclasses.

Every extracted value carries ``start``/``end`` character offsets into the
ORIGINAL input string and the raw text found there (``text[start:end] == raw``),
next to its normalised value. ``PressRelease.to_dict()`` is the JSON contract,
schema version 1 (see ``docs/json-contract.md``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = 1

Precision = Literal["day", "month", "year"]
EntityLabel = Literal["PER", "ORG", "LOC"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original input: offsets and the raw text found there."""

    start: int
    end: int
    raw: str

    def to_list(self) -> list[int]:
        """Return ``[start, end]``, the compact JSON form of a mention."""
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Field:
    """A header value (kind, title) with its normalised form and where it was printed."""

    value: str
    raw: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One body paragraph; ``text`` is normalised (canonical dashes, spaces)."""

    text: str
    start: int
    end: int
    raw: str


@dataclass(frozen=True, slots=True)
class Phone:
    """A telephone number with its E.164 form, type and the label printed beside it."""

    e164: str
    raw: str
    start: int
    end: int
    type: str = "unknown"
    area: str | None = None
    label: str | None = None
    country: str = "SE"


@dataclass(frozen=True, slots=True)
class Email:
    """An e-mail address, lowercased; ``obfuscated`` when printed as ``namn(at)org.se``."""

    address: str
    raw: str
    start: int
    end: int
    obfuscated: bool = False


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date (or range) in the text, resolved to the calendar.

    ``precision`` is ``day`` for pinned days; month and year mentions carry the
    first day of their period in ``date``. ``relative`` marks words such as
    "i morgon" resolved against the reference date.
    """

    date: dt.date
    raw: str
    start: int
    end: int
    until: dt.date | None = None
    precision: Precision = "day"
    time: dt.time | None = None
    relative: bool = False


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention in running text (``svpress.entities``).

    ``text`` is the surface form (a genitive -s included); ``name`` the
    normalised nominative form.
    """

    label: str
    text: str
    start: int
    end: int
    name: str
    source: str = "rules"


@dataclass(frozen=True, slots=True)
class Organisation:
    """One organisation of a release, in its fullest nominative form, with all mentions."""

    name: str
    mentions: tuple[Span, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    """One person of a release, full name, with role, organisation and all mentions."""

    name: str
    role: str | None = None
    organisation: str | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: the quoted words only, its speaker and the speaker's role.

    ``parts`` holds the quoted stretches when the quote is interrupted by its
    attribution ("– A, säger X. – B.").
    """

    text: str
    start: int
    end: int
    speaker: str | None = None
    role: str | None = None
    organisation: str | None = None
    style: str = "dash"
    parts: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class FactBox:
    """A titled aside: "Fakta …", "Om <organisation>", "Bakgrund" …."""

    title: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Contact:
    """One entry of a contact section; ``name`` is None for a function contact."""

    name: str | None
    start: int
    end: int
    raw: str
    role: str | None = None
    organisation: str | None = None
    phones: tuple[Phone, ...] = ()
    emails: tuple[Email, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    """A classified stretch of the text, as found by ``sections.split_sections``."""

    kind: str
    start: int
    end: int
    heading: str | None = None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _phone_dict(p: Phone) -> dict[str, Any]:
    return {
        "e164": p.e164,
        "raw": p.raw,
        "type": p.type,
        "area": p.area,
        "label": p.label,
        "country": p.country,
        "start": p.start,
        "end": p.end,
    }


def _email_dict(e: Email) -> dict[str, Any]:
    return {"address": e.address, "raw": e.raw, "obfuscated": e.obfuscated, "start": e.start, "end": e.end}


def _date_dict(d: DateMention) -> dict[str, Any]:
    out: dict[str, Any] = {
        "date": d.date.isoformat(),
        "raw": d.raw,
        "start": d.start,
        "end": d.end,
        "precision": d.precision,
        "relative": d.relative,
    }
    if d.until is not None:
        out["until"] = d.until.isoformat()
    if d.time is not None:
        out["time"] = d.time.isoformat(timespec="minutes")
    return out


def _is_calendar_day(d: DateMention) -> bool:
    """A day printed as such: not a month, a year or a relative word ("i morgon")."""
    return d.precision == "day" and not d.relative


def _field_dict(f: Field | None) -> dict[str, Any] | None:
    if f is None:
        return None
    return {"value": f.value, "raw": f.raw, "start": f.start, "end": f.end}


@dataclass(frozen=True, slots=True)
class PressRelease:
    """The parse of one press release.

    ``kind``, ``title`` and ``published`` are the normalised header values;
    ``kind_field``, ``title_field`` and ``published_mention`` say where they
    were printed. In ``to_dict()``, ``dates`` holds the days printed as days
    (what a reader can pin to a day); ``other_dates`` the month and year
    mentions and the relative words ("i morgon") resolved against the
    release's date, each with its precision and ``relative`` flag.
    """

    kind: str | None = None
    title: str | None = None
    published: dt.date | None = None
    kind_field: Field | None = None
    title_field: Field | None = None
    published_mention: DateMention | None = None
    body: tuple[Paragraph, ...] = ()
    quotes: tuple[Quote, ...] = ()
    fact_boxes: tuple[FactBox, ...] = ()
    contacts: tuple[Contact, ...] = ()
    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    phones: tuple[Phone, ...] = ()
    emails: tuple[Email, ...] = ()
    dates: tuple[DateMention, ...] = ()
    sections: tuple[Section, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON contract (schema version 1) as plain JSON-ready data."""
        pub = self.published_mention
        return {
            "schema_version": SCHEMA_VERSION,
            "kind": self.kind,
            "title": self.title,
            "published": _iso(self.published),
            "header": {
                "kind": _field_dict(self.kind_field),
                "title": _field_dict(self.title_field),
                "published": _date_dict(pub) if pub is not None else None,
            },
            "body": [{"text": p.text, "start": p.start, "end": p.end} for p in self.body],
            "quotes": [
                {
                    "text": q.text,
                    "speaker": q.speaker,
                    "role": q.role,
                    "organisation": q.organisation,
                    "style": q.style,
                    "start": q.start,
                    "end": q.end,
                    "parts": [s.to_list() for s in q.parts],
                }
                for q in self.quotes
            ],
            "fact_boxes": [{"title": f.title, "text": f.text, "start": f.start, "end": f.end} for f in self.fact_boxes],
            "contacts": [
                {
                    "name": c.name,
                    "role": c.role,
                    "organisation": c.organisation,
                    "phones": [p.e164 for p in c.phones],
                    "emails": [e.address for e in c.emails],
                    "start": c.start,
                    "end": c.end,
                }
                for c in self.contacts
            ],
            "people": [
                {
                    "name": p.name,
                    "role": p.role,
                    "organisation": p.organisation,
                    "mentions": [m.to_list() for m in p.mentions],
                }
                for p in self.people
            ],
            "organisations": [
                {
                    "name": o.name,
                    "aliases": list(o.aliases),
                    "mentions": [m.to_list() for m in o.mentions],
                }
                for o in self.organisations
            ],
            "phones": [_phone_dict(p) for p in self.phones],
            "emails": [_email_dict(e) for e in self.emails],
            "dates": [_date_dict(d) for d in self.dates if _is_calendar_day(d)],
            "other_dates": [_date_dict(d) for d in self.dates if not _is_calendar_day(d)],
        }

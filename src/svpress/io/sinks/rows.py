"""The one mapping from a release (``PressRelease.to_dict()``) to database rows.

Both database sinks use it, and it runs in the worker processes. To store a
new key of the JSON contract: add a migration in ``schema.py`` that creates
the column or table, then the column here (``TABLES``) and its value in
``release_rows``. ``tests/test_sinks_sql.py`` checks that every column named
here exists in a freshly migrated database. The full JSON is also kept in
``releases.document``, so a key no table models yet is never lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from svpress.io.readers import Record
from svpress.io.sinks.base import Outcome

Row = tuple[Any, ...]

TABLES: dict[str, tuple[str, ...]] = {
    # Parents before children: this is also the order rows are inserted in.
    "releases": (
        "id", "source", "sha256", "encoding", "kind", "title", "published", "body", "text",
        "document", "schema_version", "parsed_at",
    ),
    "quotes": (
        "release_id", "ord", "text", "speaker", "role", "organisation", "style", "start_offset", "end_offset",
    ),
    "quote_parts": ("release_id", "quote_ord", "ord", "start_offset", "end_offset"),
    "fact_boxes": ("release_id", "ord", "title", "text", "start_offset", "end_offset"),
    "contacts": ("release_id", "ord", "name", "role", "organisation", "start_offset", "end_offset"),
    "contact_phones": ("release_id", "contact_ord", "ord", "e164"),
    "contact_emails": ("release_id", "contact_ord", "ord", "address"),
    "people": ("release_id", "ord", "name", "role", "organisation"),
    "organisations": ("release_id", "ord", "name"),
    "organisation_aliases": ("release_id", "organisation_ord", "ord", "alias"),
    "mentions": ("release_id", "ord", "person_ord", "organisation_ord", "start_offset", "end_offset"),
    "phones": ("release_id", "ord", "e164", "raw", "type", "area", "label", "start_offset", "end_offset"),
    "emails": ("release_id", "ord", "address", "raw", "start_offset", "end_offset"),
    "dates": (
        "release_id", "ord", "date", "until_date", "precision", "time_of_day", "relative", "raw",
        "start_offset", "end_offset",
    ),
}  # fmt: skip

REJECT_COLUMNS = ("id", "source", "sha256", "stage", "reason", "rejected_at")

CASTS = {
    "published": "date",
    "date": "date",
    "until_date": "date",
    "document": "jsonb",
    "parsed_at": "timestamptz",
    "rejected_at": "timestamptz",
}
"""Columns whose values travel as text and need a cast on PostgreSQL (SQLite stores the text)."""


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _spans(value: Any) -> Iterable[Sequence[int]]:
    return [s for s in _list(value) if isinstance(s, list | tuple) and len(s) == 2]


def release_rows(record: Record, doc: dict[str, Any], parsed_at: str) -> dict[str, list[Row]]:
    """All rows of one release, by table, in ``TABLES`` order."""
    rid = record.id
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    body = "\n\n".join(p.get("text", "") for p in _list(doc.get("body")))
    out["releases"].append((
        rid, record.source, record.sha256, record.encoding, doc.get("kind"), doc.get("title"), doc.get("published"),
        body, record.text, json.dumps(doc, ensure_ascii=False), doc.get("schema_version"), parsed_at,
    ))  # fmt: skip
    for i, q in enumerate(_list(doc.get("quotes"))):
        out["quotes"].append((
            rid, i, q.get("text"), q.get("speaker"), q.get("role"), q.get("organisation"), q.get("style"),
            q.get("start"), q.get("end"),
        ))  # fmt: skip
        out["quote_parts"].extend((rid, i, j, a, b) for j, (a, b) in enumerate(_spans(q.get("parts"))))
    for i, f in enumerate(_list(doc.get("fact_boxes"))):
        out["fact_boxes"].append((rid, i, f.get("title"), f.get("text"), f.get("start"), f.get("end")))
    for i, c in enumerate(_list(doc.get("contacts"))):
        out["contacts"].append(
            (rid, i, c.get("name"), c.get("role"), c.get("organisation"), c.get("start"), c.get("end"))
        )
        out["contact_phones"].extend((rid, i, j, p) for j, p in enumerate(_list(c.get("phones"))))
        out["contact_emails"].extend((rid, i, j, e) for j, e in enumerate(_list(c.get("emails"))))
    mentions = out["mentions"]
    for i, p in enumerate(_list(doc.get("people"))):
        out["people"].append((rid, i, p.get("name"), p.get("role"), p.get("organisation")))
        mentions.extend((rid, len(mentions), i, None, a, b) for a, b in _spans(p.get("mentions")))
    for i, o in enumerate(_list(doc.get("organisations"))):
        out["organisations"].append((rid, i, o.get("name")))
        out["organisation_aliases"].extend((rid, i, j, a) for j, a in enumerate(_list(o.get("aliases"))))
        mentions.extend((rid, len(mentions), None, i, a, b) for a, b in _spans(o.get("mentions")))
    for i, p in enumerate(_list(doc.get("phones"))):
        out["phones"].append((
            rid, i, p.get("e164"), p.get("raw"), p.get("type"), p.get("area"), p.get("label"),
            p.get("start"), p.get("end"),
        ))  # fmt: skip
    for i, e in enumerate(_list(doc.get("emails"))):
        out["emails"].append((rid, i, e.get("address"), e.get("raw"), e.get("start"), e.get("end")))
    all_dates = _list(doc.get("dates")) + _list(doc.get("other_dates"))
    for i, d in enumerate(all_dates):
        out["dates"].append((
            rid, i, d.get("date"), d.get("until"), d.get("precision"), d.get("time"), bool(d.get("relative")),
            d.get("raw"), d.get("start"), d.get("end"),
        ))  # fmt: skip
    return out


def reject_row(o: Outcome, rejected_at: str) -> Row:
    """The row of one reject."""
    return (o.id, o.source, o.sha256, o.stage or "read", o.reason or "", rejected_at)

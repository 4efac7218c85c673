"""The hand-annotated fixture releases and the field-by-field comparison the fixture tests share.

A fixture is ``fixtures/<stem>.txt`` (the raw release, read byte-exact: a BOM,
CRLF line ends and odd spaces stay in) plus ``fixtures/<stem>.expected.json``
(its gold annotation, see ../shared/gold/GUIDELINES.md). Its short id is the
stem up to the first underscore ("kommun_pressmeddelande" -> "kommun").
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from svpress.evaluate import ALL_FIELDS, SCALAR_FIELDS, Tally, norm, score_release

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

GOLD_KEYS = ("kind", "title", "published", "quotes", "fact_boxes", "contacts", "people", "organisations", "phones",
             "emails", "dates")
"""The keys of a gold annotation, in GUIDELINES order."""

GROUPS: dict[str, tuple[str, ...]] = {
    "kind": ("kind",),
    "title": ("title",),
    "published": ("published",),
    "quotes": ("quotes",),
    "fact_boxes": ("fact_boxes",),
    "contacts": ("contacts", "contact_phones"),
    "people": ("people",),
    "organisations": ("organisations",),
    "phones": ("phones",),
    "emails": ("emails",),
    "dates": ("dates",),
}
"""One test per fixture and group; a group lists the scorer tallies it must get exactly right."""


@dataclass(frozen=True, slots=True)
class Fixture:
    """One release text and its hand annotation."""

    stem: str
    text: str
    gold: dict[str, Any]

    @property
    def short(self) -> str:
        """The readable test id prefix."""
        return self.stem.split("_", 1)[0]


def load_fixtures() -> list[Fixture]:
    """Every ``fixtures/*.txt`` that has an ``.expected.json`` beside it, sorted by stem."""
    out = []
    for txt in sorted(FIXTURES.glob("*.txt")):
        expected = txt.with_name(txt.stem + ".expected.json")
        if expected.is_file():
            # Decode without newline translation or BOM stripping: the parser gets the file as stored.
            text = txt.read_bytes().decode("utf-8")
            out.append(Fixture(txt.stem, text, json.loads(expected.read_text(encoding="utf-8"))))
    shorts = [f.short for f in out]
    dupes = sorted({s for s in shorts if shorts.count(s) > 1})
    if dupes:
        raise ValueError(f"fixture ids must be unique before the first underscore: {dupes}")
    return out


def expected_tp(gold: Mapping[str, Any], field: str) -> int:
    """How many true positives a perfect prediction scores on ``field``."""
    if field in SCALAR_FIELDS:
        return 1 if norm(gold.get(field)) else 0
    if field == "contact_phones":
        return sum(len(set(c.get("phones") or ())) for c in gold.get("contacts") or ())
    return len(gold.get(field) or ())


def mismatches(gold: Mapping[str, Any], pred: Mapping[str, Any], group: str) -> list[str]:
    """Why ``pred`` does not match ``gold`` exactly on ``group`` (empty when it does).

    Exact means what the team scorer counts: every gold item found (tp equals the
    gold count), nothing missed, nothing extra.
    """
    tallies = {f: Tally() for f in ALL_FIELDS}
    misses = score_release(gold, pred, tallies)
    problems = []
    for field in GROUPS[group]:
        t = tallies[field]
        want = expected_tp(gold, field)
        if (t.tp, t.fp, t.fn) != (want, 0, 0):
            detail = misses.get(field) or misses.get("contacts" if field == "contact_phones" else field)
            shown = json.dumps(detail, ensure_ascii=False)
            problems.append(f"{field}: tp={t.tp} (want {want}) fp={t.fp} fn={t.fn}; {shown}")
    return problems


def as_prediction(gold: Mapping[str, Any]) -> dict[str, Any]:
    """The gold annotation dressed as a ``PressRelease.to_dict()`` result (for self-checks)."""
    return {
        "kind": gold["kind"],
        "title": gold["title"],
        "published": gold["published"],
        "quotes": [{"text": q["text"], "speaker": q["speaker"], "role": None, "organisation": None}
                   for q in gold["quotes"]],
        "fact_boxes": [{"title": f["title"], "text": ""} for f in gold["fact_boxes"]],
        "contacts": [dict(c) for c in gold["contacts"]],
        "people": [{"name": p, "role": None, "organisation": None, "mentions": []} for p in gold["people"]],
        "organisations": [{"name": o, "aliases": [], "mentions": []} for o in gold["organisations"]],
        "phones": [{"e164": p} for p in gold["phones"]],
        "emails": [{"address": e} for e in gold["emails"]],
        "dates": [{"date": d, "precision": "day"} for d in gold["dates"]],
    }

"""``svpress.phones``, ``svpress.emails``, ``svpress.dates`` and how parse() reports their results."""

from __future__ import annotations

import datetime as dt
from typing import Any

import jsonschema
import pytest

import svpress
from svpress.model import DateMention, PressRelease
from svpress.schema import json_schema

RELEASE = (
    "Pressmeddelande 2011-05-02\n"
    "Invigning i morgon\n"
    "Välkommen till invigningen tisdag 3 maj kl. 10.00 i Storgatan 1. Arbetet pågick "
    "under 2010–2011 och i mars 2011.\n"
    "Kontakt: Anna Berg, tfn 08-123 45 67, mobil 070-765 43 21, anna.berg(at)exempel.se\n"
)


def test_api_extract_names_are_public() -> None:
    for name in ("phones", "emails", "dates"):
        assert name in svpress.__all__
        assert callable(getattr(svpress, name))


def test_api_extract_phones() -> None:
    found = svpress.phones(RELEASE)
    assert [(p.e164, p.label, p.type) for p in found] == [
        ("+4681234567", "telefon", "fixed_line"),
        ("+46707654321", "mobil", "mobile"),
    ]
    assert all(RELEASE[p.start : p.end] == p.raw for p in found)


def test_api_extract_emails() -> None:
    (email,) = svpress.emails(RELEASE)
    assert (email.address, email.raw, email.obfuscated) == ("anna.berg@exempel.se", "anna.berg(at)exempel.se", True)


def test_api_extract_dates_without_reference_uses_the_text() -> None:
    found = svpress.dates(RELEASE)
    assert [(d.date.isoformat(), d.precision) for d in found] == [
        ("2011-05-02", "day"),
        ("2011-05-03", "day"),
        ("2010-01-01", "year"),
        ("2011-03-01", "month"),
    ]


@pytest.mark.parametrize(
    "reference",
    [
        pytest.param(dt.date(2011, 5, 2), id="date"),
        pytest.param(dt.datetime(2011, 5, 2, 13, 45), id="datetime"),
    ],
)
def test_api_extract_dates_with_reference_resolves_relative_words(reference: dt.date) -> None:
    relative = [d for d in svpress.dates(RELEASE, reference=reference) if d.relative]
    assert [(d.raw, d.date) for d in relative] == [("i morgon", dt.date(2011, 5, 3))]


@pytest.mark.parametrize(
    ("call", "args"),
    [
        pytest.param(svpress.phones, (["070-765 43 21"],), id="phones-list"),
        pytest.param(svpress.emails, (None,), id="emails-none"),
        pytest.param(svpress.dates, (42,), id="dates-int"),
        pytest.param(svpress.dates, ("den 4 mars", "2011-05-02"), id="dates-reference-str"),
    ],
)
def test_api_extract_rejects_wrong_types(call: Any, args: tuple[Any, ...]) -> None:
    with pytest.raises(TypeError):
        call(*args)


def test_api_extract_accepts_bytes_decoded_like_the_batch() -> None:
    assert [p.e164 for p in svpress.phones("tfn 070-765 43 21".encode("cp1252"))] == ["+46707654321"]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\x00", "\ud800", "0" * 1000])
def test_api_extract_degenerate_input_gives_lists(text: str) -> None:
    assert isinstance(svpress.phones(text), list)
    assert isinstance(svpress.emails(text), list)
    assert isinstance(svpress.dates(text, dt.date(2011, 5, 2)), list)


def test_api_extract_to_dict_keeps_days_apart_from_relative_and_coarse_dates() -> None:
    day = DateMention(date=dt.date(2011, 5, 3), raw="3 maj", start=0, end=5)
    tomorrow = DateMention(date=dt.date(2011, 5, 3), raw="i morgon", start=6, end=14, relative=True)
    month = DateMention(date=dt.date(2011, 3, 1), raw="mars 2011", start=15, end=24, precision="month")
    out = PressRelease(dates=(day, tomorrow, month)).to_dict()
    assert [d["raw"] for d in out["dates"]] == ["3 maj"]
    assert [d["raw"] for d in out["other_dates"]] == ["i morgon", "mars 2011"]


def test_api_extract_parse_output_validates_against_schema() -> None:
    out = svpress.parse(RELEASE, reference=dt.date(2011, 5, 2)).to_dict()
    jsonschema.validate(out, json_schema())
    assert [p["country"] for p in out["phones"]] == ["SE", "SE"]
    assert [e["obfuscated"] for e in out["emails"]] == [True]
    assert "2011-05-03" in {d["date"] for d in out["dates"]}
    assert all(not d["relative"] for d in out["dates"])
